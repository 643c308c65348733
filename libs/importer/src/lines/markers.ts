import type { GoalKind } from '@goaltrail/goals-domain';

/** A list marker at the start of a line and the text after it. */
export type Marker =
  | { type: 'bullet'; rest: string }
  | { type: 'number'; label: string; rest: string; kindHint: GoalKind | null }
  | { type: 'letter'; label: string; rest: string };

// Word exports its Symbol/Wingdings bullets as private-use characters (U+F0A7, U+F0B7, …).
const glyphBullet = /^[•·▪■□○●◦►▶➢➤✓✔\uF000-\uF0FF]\s*(.*)$/u;
// Dashes and asterisks are bullets only with a space after them ("-5 %" is not a bullet).
const dashBullet = /^(?:[-–—*]|o)\s+(.*)$/u;
// "1. text", "1) text", "1.1 text", "1.1. text", "1:2 text". Up to three digits, so years are not numbers.
const dotted = String.raw`\d{1,3}(?:[.:]\d{1,3})+`;
const numbered = new RegExp(String.raw`^(?:(${dotted})[.):]?|(\d{1,3})[.)])\s+(.*)$`, 'u');
// "Mål 3", "Mål 3: text", "Delmål 1.2 – text", "Effektmål 4. text".
const goalWordNumbered = new RegExp(
  String.raw`^(\p{L}{0,20}mål)\s+(${dotted}|\d{1,3})(?:[.):]|\s*[–-])?(?:\s+(.*))?$`,
  'iu',
);
const lettered = /^([A-ZÅÄÖa-zåäö])[.)]\s+(.*)$/u;

/** Reads the list marker a line starts with, if any. Bullets are tried first, then numbers, then letters. */
export function readMarker(text: string): Marker | null {
  const glyph = glyphBullet.exec(text) ?? dashBullet.exec(text);
  if (glyph) return { type: 'bullet', rest: glyph[1] ?? '' };
  const word = goalWordNumbered.exec(text);
  if (word) return { type: 'number', label: word[2] ?? '', rest: word[3] ?? '', kindHint: kindOf(word[1] ?? '') };
  const number = numbered.exec(text);
  if (number) return { type: 'number', label: number[1] ?? number[2] ?? '', rest: number[3] ?? '', kindHint: null };
  const letter = lettered.exec(text);
  if (letter) return { type: 'letter', label: letter[1] ?? '', rest: letter[2] ?? '' };
  return null;
}

function kindOf(goalWord: string): GoalKind | null {
  const word = goalWord.toLowerCase();
  if (word.startsWith('inriktnings')) return 'directional';
  if (word.startsWith('effekt')) return 'effect';
  if (word.startsWith('nämnd')) return 'committee';
  return null;
}

/** Labels of sub-goals ("1.2", "1:2") and the label of their parent ("1"). */
export function parentLabel(label: string): string | null {
  const match = /^(\d{1,3})[.:]\d/u.exec(label);
  return match ? (match[1] ?? null) : null;
}
