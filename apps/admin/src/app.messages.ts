import type { MessageBundle } from '@goaltrail/admin-util';

/** Strings of the shell: header, navigation, language switch, not-found page. */
export const appMessages: MessageBundle = {
  sv: {
    app: {
      brand: 'Målspåret',
      product: 'goaltrail',
      skipLink: 'Hoppa till innehållet',
      mainNav: 'Huvudmeny',
      nav: { home: 'Start', plans: 'Planer', compare: 'Jämför år', audit: 'Granskning', replay: 'Återspela', import: 'Importera', indicators: 'Indikatorer' },
      signedInAs: 'Inloggad som',
      signOut: 'Logga ut',
      language: 'Språk',
      notFound: {
        title: 'Sidan finns inte',
        text: 'Adressen leder inte till någon sida.',
        home: 'Till startsidan',
      },
    },
  },
  en: {
    app: {
      brand: 'Målspåret',
      product: 'goaltrail',
      skipLink: 'Skip to content',
      mainNav: 'Main menu',
      nav: { home: 'Home', plans: 'Plans', compare: 'Compare years', audit: 'Audit', replay: 'Replay', import: 'Import', indicators: 'Indicators' },
      signedInAs: 'Signed in as',
      signOut: 'Sign out',
      language: 'Language',
      notFound: {
        title: 'Page not found',
        text: 'The address does not lead to a page.',
        home: 'To the start page',
      },
    },
  },
};
