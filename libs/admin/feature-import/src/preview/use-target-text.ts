import type { PreviewTarget } from '@goaltrail/importer';
import { useI18n } from 'vue-i18n';

/** A target value as a reader says it: "minst 80 %", "öka med 5 dagar", "4,5" (the locale's decimals). */
export function useTargetText() {
  const { t, locale } = useI18n();
  return (target: PreviewTarget): string => {
    const value = new Intl.NumberFormat(locale.value === 'sv' ? 'sv-SE' : 'en-GB').format(target.value);
    const amount = target.unit ? t(`import.target.unit.${target.unit}`, { value }) : value;
    return t(`import.target.comparator.${target.comparator}`, { amount });
  };
}
