import { auditMessages } from '@goaltrail/admin-feature-audit';
import { signInMessages } from '@goaltrail/admin-feature-auth';
import { compareMessages } from '@goaltrail/admin-feature-compare';
import { draftMessages } from '@goaltrail/admin-feature-draft';
import { goalHistoryMessages } from '@goaltrail/admin-feature-goal-history';
import { homeMessages } from '@goaltrail/admin-feature-home';
import { importMessages } from '@goaltrail/admin-feature-import';
import { indicatorsMessages } from '@goaltrail/admin-feature-indicators';
import { plansMessages } from '@goaltrail/admin-feature-plans';
import { replayMessages } from '@goaltrail/admin-feature-replay';
import { applyDocumentLanguage, createAdminI18n, type LocaleCode } from '@goaltrail/admin-util';
import { appMessages } from './app.messages';

/** Every bundle the app shows; the key-parity test reads this list too. */
export const allMessageBundles = [appMessages, homeMessages, signInMessages, plansMessages, goalHistoryMessages, compareMessages, auditMessages, replayMessages, draftMessages, importMessages, indicatorsMessages];

/** The app's i18n: Swedish unless the person chose English on this device before. */
export function createAppI18n(locale: LocaleCode = 'sv') {
  applyDocumentLanguage(locale);
  return createAdminI18n({ locale, bundles: allMessageBundles });
}
