import type { MessageBundle } from '@goaltrail/admin-util';
import { draftEn } from './messages/draft.en';
import { draftSv } from './messages/draft.sv';

/** Strings of the drafting view: start, goals and their edits, conflicts, lineage, adoption. */
export const draftMessages: MessageBundle = { sv: { draft: draftSv }, en: { draft: draftEn } };
