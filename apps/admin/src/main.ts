import { storedLocale } from '@goaltrail/admin-util';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';

const pinia = createPinia();
createApp(App)
  .use(pinia)
  .use(createAppI18n(storedLocale() ?? 'sv'))
  .use(createAppRouter({ pinia }))
  .mount('#app');
