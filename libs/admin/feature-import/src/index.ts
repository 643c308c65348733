/** The import route (`/importera`): a goal document's text → preview → recorded plan. */
export { importRoutes } from './import.routes';
/** Strings of the import view in Swedish and English. */
export { importMessages } from './import.messages';
