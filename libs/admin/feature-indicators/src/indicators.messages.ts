import type { MessageBundle } from '@goaltrail/admin-util';
import { followUpEn } from './messages/follow-up.en';
import { followUpSv } from './messages/follow-up.sv';
import { indicatorsEn } from './messages/indicators.en';
import { indicatorsSv } from './messages/indicators.sv';
import { koladaEn } from './messages/kolada.en';
import { koladaSv } from './messages/kolada.sv';

/** Strings of the indicator views, the follow-up and the Kolada import. */
export const indicatorsMessages: MessageBundle = {
  sv: { indicators: indicatorsSv, followUp: followUpSv, kolada: koladaSv },
  en: { indicators: indicatorsEn, followUp: followUpEn, kolada: koladaEn },
};
