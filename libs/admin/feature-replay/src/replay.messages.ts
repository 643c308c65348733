import type { MessageBundle } from '@goaltrail/admin-util';
import { replayEn } from './i18n/replay.en';
import { replaySv } from './i18n/replay.sv';

/** Strings of the replay view in Swedish and English (one file per language: each is long). */
export const replayMessages: MessageBundle = { sv: replaySv, en: replayEn };
