/** Routes of the start page. */
export { homeRoutes } from './home/home.routes';
