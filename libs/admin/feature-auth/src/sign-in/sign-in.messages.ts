import type { MessageBundle } from '@goaltrail/admin-util';

/** Strings of the sign-in page. */
export const signInMessages: MessageBundle = {
  sv: {
    auth: {
      title: 'Logga in',
      lead: 'Logga in för att följa nämndens mål genom åren.',
      username: 'Användarnamn',
      password: 'Lösenord',
      submit: 'Logga in',
      failed: 'Inloggningen misslyckades',
      required: 'Fyll i {field}.',
      signedInAs: 'Du är inloggad som {username}',
      continue: 'Fortsätt',
      signOut: 'Logga ut',
    },
  },
  en: {
    auth: {
      title: 'Sign in',
      lead: "Sign in to follow the committee's goals through the years.",
      username: 'Username',
      password: 'Password',
      submit: 'Sign in',
      failed: 'Sign-in failed',
      required: 'Enter your {field}.',
      signedInAs: 'You are signed in as {username}',
      continue: 'Continue',
      signOut: 'Sign out',
    },
  },
};
