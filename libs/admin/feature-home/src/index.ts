/** Routes of the start page. */
export { homeRoutes } from './home/home.routes';
/** Strings of the start page in Swedish and English. */
export { homeMessages } from './home/home.messages';
