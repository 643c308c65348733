import './styles/tokens.css';
import './styles/base.css';
import './styles/button.css';
import './styles/goal-item.css';
import './styles/data-table.css';
import './styles/fieldset-panel.css';

/** An accessible error message: the API's problem (message and refused fields), with an optional retry. */
export { default as ErrorAlert } from './error-alert/ErrorAlert.vue';
/** A button in the design system's variants (primary, secondary, ghost), with a busy state. */
export { default as UiButton } from './button/UiButton.vue';
/** A small label in a tone (neutral, info, success, warning, danger, accent). */
export { default as UiBadge } from './badge/UiBadge.vue';
/** A surface with border and shadow, rendered as the element the content needs. */
export { default as UiCard } from './card/UiCard.vue';
/** A view's header: breadcrumbs, the h1, a lead, meta and actions. */
export { default as PageHeader } from './page-header/PageHeader.vue';
/** A polite live-region loading message with a spinner. */
export { default as LoadingState } from './loading-state/LoadingState.vue';
/** Why there is nothing to show, and what to do about it. */
export { default as EmptyState } from './empty-state/EmptyState.vue';
/** The message beside a refused form field, which the field's aria-describedby names by id. */
export { default as FieldError } from './field-error/FieldError.vue';
/** A follow-up colour (green, yellow, red, grey) as a badge with its shape and the caller's word for it. */
export { default as StatusBadge } from './status-badge/StatusBadge.vue';
/** A user's role as a translated, coloured badge. */
export { default as RoleBadge } from './role-badge/RoleBadge.vue';
/** A captioned table in a keyboard-scrollable region: the column heads, and the rows in the default slot. */
export { default as DataTable } from './data-table/DataTable.vue';
/** The trail from the section's start to the current page, as a labelled nav. */
export { default as UiBreadcrumbs, type Crumb } from './breadcrumbs/UiBreadcrumbs.vue';
