import { describe, expect, it } from 'vitest';
import { parseGoalDocument } from '../parse-goal-document';
import text from './utkast-med-oklarheter.txt?raw';

// A rough draft with every ambiguity the importer reports rather than guesses silently.
describe('layout: a draft with ambiguous structure', () => {
  const preview = parseGoalDocument(text, { fileName: 'socialnamnden-utkast-2024.txt' });

  it('names each doubt with its line', () => {
    expect(preview.warnings).toEqual([
      { line: null, message: 'the document names no committee: give one' },
      { line: null, message: 'the text names no year: 2024 is taken from the file name' },
      {
        line: 1,
        message:
          'text before the first heading is not part of any section: "Utkast – diskuteras på nämndens sammanträde" ignored',
      },
      {
        line: 2,
        message:
          'numbered line "1. Alla barn ska ha en trygg uppväxt." before any goal heading: read as a goal of an untitled committee section',
      },
      { line: 6, message: 'target line "Målvärde: 90 %" with no goal above it: ignored' },
      { line: 7, message: 'indicator table with no goal above it: its rows are ignored' },
      { line: 9, message: 'could not read a target value from "en ökning jämfört med föregående år"' },
      {
        line: 11,
        message:
          'paragraph "Familjerna ska få ett bättre stöd." has no number or bullet, unlike goal 1 above it: ignored',
      },
      {
        line: 13,
        message: 'description outside a focus area: read as the description of a focus area with no title',
      },
      { line: 16, message: 'focus area with no title' },
      {
        line: 19,
        message:
          'Inriktningsmål heading inside a focus area: its goals are read as directional goals of that focus area',
      },
      { line: 20, message: 'indicator heading "Indikatorer" with no goal above it: its list is ignored' },
      {
        line: 22,
        message: 'Effektmål heading inside a focus area: its goals are read as effect goals of that focus area',
      },
    ]);
  });

  it('still reads what it can', () => {
    expect(preview.committee).toBeNull();
    expect(preview.year).toBe(2024);
    expect(preview.sections).toEqual([
      {
        kind: 'committee',
        title: null,
        description: [],
        goals: [
          {
            number: '1',
            text: 'Alla barn ska ha en trygg uppväxt.',
            kind: 'committee',
            measurementMethod: null,
            target: null,
            sourceLines: [2, 2],
          },
          {
            number: null,
            text: 'Stödet till familjer ska vara lättillgängligt.',
            kind: 'committee',
            measurementMethod: null,
            target: null,
            sourceLines: [3, 3],
          },
        ],
      },
      {
        kind: 'effect',
        title: null,
        description: [],
        goals: [
          {
            number: '1',
            text: 'Andelen placerade barn som går ut grundskolan med godkända betyg ska öka.',
            kind: 'effect',
            measurementMethod: null,
            target: null,
            sourceLines: [8, 9],
          },
        ],
      },
      { kind: 'focus-area', title: null, description: ['Kommunen ska vara en bra plats att växa upp i.'], goals: [] },
      { kind: 'focus-area', title: null, description: ['Där alla har en meningsfull sysselsättning'], goals: [] },
    ]);
  });
});
