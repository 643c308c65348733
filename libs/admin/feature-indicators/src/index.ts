/** The indicator routes: list, one indicator, follow-up per committee and year, Kolada upload. */
export { indicatorsRoutes } from './indicators.routes';
/** Strings of the indicator views in Swedish and English. */
export { indicatorsMessages } from './indicators.messages';
