/** Routes of the plans views: `/planer`, `/planer/:committeeId`, `/planer/:committeeId/:year?asOf=`. */
export { plansRoutes } from './plans.routes';
/** Strings of the plans views in Swedish and English. */
export { plansMessages } from './plans.messages';
