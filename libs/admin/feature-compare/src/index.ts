/** The compare-years route (`/jamfor?committee=&from=&to=`). */
export { compareRoutes } from './compare.routes';
/** Strings of the compare-years view in Swedish and English. */
export { compareMessages } from './compare.messages';
