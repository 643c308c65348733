/** The drafting route (`/planer/:committeeId/:year/utkast`): carry forward, edit, link lineage, adopt. */
export { draftRoutes } from './draft.routes';
/** Strings of the drafting view in Swedish and English. */
export { draftMessages } from './draft.messages';
