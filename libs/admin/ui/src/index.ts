/** An accessible error message with an optional retry button. */
export { default as ErrorAlert } from './error-alert/ErrorAlert.vue';
