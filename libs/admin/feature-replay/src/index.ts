/** The replay route (`/aterspelning`): the event log folded in a Web Worker, stepped through event by event. */
export { replayRoutes } from './replay.routes';
/** Strings of the replay view in Swedish and English. */
export { replayMessages } from './replay.messages';
