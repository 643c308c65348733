import type { MessageBundle } from '@goaltrail/admin-util';
import { importEn } from './messages/import.en';
import { importSv } from './messages/import.sv';

/** Strings of the import view: the document, its preview with warnings by line, and the outcome. */
export const importMessages: MessageBundle = { sv: { import: importSv }, en: { import: importEn } };
