/**
 * `strong`: only a letterhead has lines like these (contact labels, phone, postal and organisation
 * numbers, e-mail, web address). `weak`: a letterhead line that could also be ordinary text
 * ("Nacka kommun", "Granitvägen 15"); it counts only next to strong lines. `meta`: document
 * metadata and page numbers, skipped wherever they are.
 */
export type ContactClass = 'strong' | 'weak' | 'meta';

const labels =
  'postadress|besöksadress|leveransadress|fakturaadress|telefon|tel|växel|direkt|direkttelefon|mobil|' +
  'mobiltelefon|fax|telefax|e-post|epost|e-mail|mejl|hemsida|webbplats|webb|organisationsnummer|' +
  'org\\.?\\s?nr|bankgiro|plusgiro|sms';
const labelLine = new RegExp(`^(?:${labels})\\.?(?![\\p{L}])\\s*:?\\s*(.*)$`, 'iu');
const valueLike = /[\d@]|www\./u;
const phone = /^(?:\+46|0)[\d -]{5,16}\d$/u;
const organisationNumber = /^\d{6}-\d{4}$/u;
const postalCode = /^(?:SE-)?\d{3} ?\d{2} \p{Lu}[\p{L} -]{0,40}$/u;
const email = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/u;
const webAddress = /^(?:https?:\/\/|www\.)\S+$/iu;
const postBox = /^box \d{1,6}\b/iu;
const metadata =
  /^(?:(?:dnr|diarienr|diarienummer|ärendenr|ärendenummer|datum|beslutsdatum)(?![\p{L}])\.?:? ?(?:$|.*\d)|handläggare(?![\p{L}]))/iu;
const pageNumber = /^(?:sida )?\d{1,3} ?(?:\( ?\d{1,3} ?\)|av \d{1,3}|\/ ?\d{1,3})$/iu;
const municipalityLine = /^(\p{Lu}[\p{L}-]{0,30}(?: \p{Lu}[\p{L}-]{0,30})?) (kommun|stad)$|^Region \p{Lu}[\p{L}-]{0,30}$/u;
const mayNameMunicipality = / (?:kommun|stad)$|^Region /u;
const hasDigit = /\d/u;
const street =
  /^\p{Lu}[\p{L}-]{0,30}(?:gatan|vägen|väg|gata|gränd|torget|torg|plan|backe|allén|stigen|leden|platsen) \d{1,4} ?[A-Za-z]?$/u;

/** Classifies a cleaned, non-blank line; null means ordinary content. */
export function classifyContactLine(text: string): ContactClass | null {
  if (text.length > 80) return null;
  if (metadata.test(text) || pageNumber.test(text)) return 'meta';
  const label = labelLine.exec(text);
  if (label && (label[1] === '' || valueLike.test(label[1] ?? ''))) return 'strong';
  if (phone.test(text) || organisationNumber.test(text) || postalCode.test(text)) return 'strong';
  if (email.test(text) || webAddress.test(text) || postBox.test(text)) return 'strong';
  // Cheap necessary conditions first: most lines are neither.
  if (mayNameMunicipality.test(text) && municipalityLine.test(text)) return 'weak';
  if (hasDigit.test(text) && street.test(text)) return 'weak';
  return null;
}

/** "Nacka kommun", "Stockholms stad", "Region Gotland" on a line of their own. */
export function readMunicipalityLine(text: string): string | null {
  return text.length <= 80 && mayNameMunicipality.test(text) && municipalityLine.test(text) ? text : null;
}
