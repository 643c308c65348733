/** The goal history route (`/mal/:goalId`). */
export { goalHistoryRoutes } from './goal-history.routes';
/** Strings of the goal history view and the rewording form in Swedish and English. */
export { goalHistoryMessages } from './goal-history.messages';
