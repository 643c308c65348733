import type { ImportCommitAnswer, ImportPreviewAnswer } from './import-schemas';

/** The small 2005-style document for 2006 that the sample answer reads (line 11 holds an unreadable target). */
export const sampleImportText = [
  'Socialnämndens mål 2006',
  'Inriktningsmål',
  '',
  '1. Medborgarna i Nacka som behöver social omsorg ska erbjudas sådan med god kvalitet.',
  '2. Samverkan med sjukvård och frivilligorganisationer ska stärkas.',
  '',
  'Effektmål',
  '',
  '1. Andelen nöjda brukare ska öka till 80 %. (Mäts genom brukarundersökning)',
  '2. Beslut ska vara välgrundade och korrekta.',
  'Målvärde: fler rätt än i fjol',
  '',
].join('\n');

const target = { committeeId: 'socialnamnden', year: 2006 };

/** `POST /api/imports?dryRun=true` for `sampleImportText`, as the seeded API answers it. */
export const sampleImportAnswer: ImportPreviewAnswer = {
  dryRun: true,
  unchanged: false,
  ...target,
  fileName: 'socialnamndens-mal-2006.txt',
  sha256: '5f0c2b3a9d1e4c7b8a6f0e2d1c3b5a7968574e3d2c1b0a9f8e7d6c5b4a392817',
  preview: {
    committee: 'Socialnämnden',
    municipality: null,
    year: 2006,
    sections: [
      {
        kind: 'directional',
        title: null,
        description: [],
        goals: [
          { number: '1', text: 'Medborgarna i Nacka som behöver social omsorg ska erbjudas sådan med god kvalitet.', kind: 'directional', measurementMethod: null, target: null, sourceLines: [4, 4] },
          { number: '2', text: 'Samverkan med sjukvård och frivilligorganisationer ska stärkas.', kind: 'directional', measurementMethod: null, target: null, sourceLines: [5, 5] },
        ],
      },
      {
        kind: 'effect',
        title: null,
        description: [],
        goals: [
          {
            number: '1',
            text: 'Andelen nöjda brukare ska öka till 80 %.',
            kind: 'effect',
            measurementMethod: 'brukarundersökning',
            target: { value: 80, unit: 'percent', comparator: 'at-least' },
            sourceLines: [9, 9],
          },
          { number: '2', text: 'Beslut ska vara välgrundade och korrekta.', kind: 'effect', measurementMethod: null, target: null, sourceLines: [10, 11] },
        ],
      },
    ],
    warnings: [{ line: 11, message: 'could not read a target value from "fler rätt än i fjol"' }],
  },
  actions: [
    { type: 'DraftPlan', ...target, fromYear: null },
    { type: 'AddGoal', ...target, goalId: 'g-2006-d1', kind: 'directional', number: 1, text: 'Medborgarna i Nacka som behöver social omsorg ska erbjudas sådan med god kvalitet.' },
    { type: 'AddGoal', ...target, goalId: 'g-2006-d2', kind: 'directional', number: 2, text: 'Samverkan med sjukvård och frivilligorganisationer ska stärkas.' },
    { type: 'AddGoal', ...target, goalId: 'g-2006-e1', kind: 'effect', number: 1, text: 'Andelen nöjda brukare ska öka till 80 %.', measurementMethod: 'brukarundersökning' },
    { type: 'AddGoal', ...target, goalId: 'g-2006-e2', kind: 'effect', number: 2, text: 'Beslut ska vara välgrundade och korrekta.' },
  ],
  changes: { committeeRegistered: null, planDrafted: 2006, focusAreasAdded: 0, goalsAdded: 4, goalsReworded: 0 },
  problems: [],
  eventsWritten: 0,
  position: null,
};

/** `POST /api/imports?dryRun=false` for `sampleImportText`: what was written, without the dry run's preview. */
export const sampleCommitAnswer: ImportCommitAnswer = {
  ...sampleImportAnswer,
  dryRun: false,
  preview: null,
  actions: null,
  eventsWritten: 5,
  position: '120',
};
