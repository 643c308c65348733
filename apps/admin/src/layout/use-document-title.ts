import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';

/** Keeps `<title>` on the current page's name, in the current language (route params fill it, e.g. the year). */
export function useDocumentTitle(): void {
  const route = useRoute();
  const { t } = useI18n();
  watchEffect(() => {
    const key = route.meta.titleKey;
    const page = key ? t(key, route.params) : t('app.notFound.title');
    document.title = `${page} · ${t('app.brand')}`;
  });
}
