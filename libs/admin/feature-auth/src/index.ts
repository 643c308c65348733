/** The sign-in route (`/logga-in`, alias `/sign-in`). */
export { signInRoutes } from './sign-in/sign-in.routes';
/** Strings of the sign-in page in Swedish and English. */
export { signInMessages } from './sign-in/sign-in.messages';
