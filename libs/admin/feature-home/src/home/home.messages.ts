import type { MessageBundle } from '@goaltrail/admin-util';

/** Strings of the start page. */
export const homeMessages: MessageBundle = {
  sv: {
    home: {
      title: 'Start',
      heading: 'Målspåret',
      lead: 'Följ hur nämndens politiska mål har förändrats år för år — varje formulering, varje beslut och varje mätning sparas som en händelse.',
      welcome: 'Välkommen, {username}',
      roleIntro: 'Du är inloggad som',
      can: {
        admin: 'Du kan ändra mål och planer och hantera användare, nämnder och indikatorer.',
        planner: 'Du kan formulera om mål och förbereda nästa års plan.',
        auditor: 'Du kan läsa allt — varje formulering, varje beslut och när det registrerades — men inte ändra något.',
      },
      readPlans: 'Läs nämndernas planer',
      status: 'Systemstatus',
      state: 'Läge',
      loadingStatus: 'Hämtar status …',
      running: 'I drift',
      version: 'Version',
      eventStore: 'Händelselager',
      head: 'Senaste händelse',
      noEvents: 'Inga händelser ännu',
      position: 'position {position}',
    },
  },
  en: {
    home: {
      title: 'Home',
      heading: 'Målspåret',
      lead: "Follow how the committee's political goals have changed year by year — every wording, every decision and every measurement is kept as an event.",
      welcome: 'Welcome, {username}',
      roleIntro: 'You are signed in as',
      can: {
        admin: 'You can change goals and plans and manage users, committees and indicators.',
        planner: "You can reword goals and prepare next year's plan.",
        auditor: 'You can read everything — every wording, every decision and when it was recorded — but change nothing.',
      },
      readPlans: "Read the committees' plans",
      status: 'System status',
      state: 'State',
      loadingStatus: 'Fetching status …',
      running: 'Running',
      version: 'Version',
      eventStore: 'Event store',
      head: 'Latest event',
      noEvents: 'No events yet',
      position: 'position {position}',
    },
  },
};
