import { inject, provide, type InjectionKey } from 'vue';

/** What the editor offers the forms inside it: one live region for confirmations, and a place to put focus. */
export interface EditorContext {
  /** Says what was saved, politely, in the editor's one status region. */
  announce(message: string): void;
  /** Moves keyboard focus to the editor's heading, e.g. when the goal a form belonged to has left the list. */
  focusHeading(): void;
}

const key: InjectionKey<EditorContext> = Symbol('draft-editor');

/** Called by the editor. */
export function provideEditorContext(context: EditorContext): void {
  provide(key, context);
}

/** Called by the forms; outside an editor (in a test of one form) confirmations go nowhere. */
export function useEditorContext(): EditorContext {
  return inject(key, { announce: () => undefined, focusHeading: () => undefined });
}
