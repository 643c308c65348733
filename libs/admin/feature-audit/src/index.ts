/** The audit route (`/granskning?stream=&type=&actor=&clock=&from=&to=`). */
export { auditRoutes } from './audit.routes';
/** Strings of the audit view in Swedish and English. */
export { auditMessages } from './audit.messages';
