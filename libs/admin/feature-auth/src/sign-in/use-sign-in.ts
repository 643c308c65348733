import { useSessionStore } from '@goaltrail/admin-data-access';
import { safeRedirect } from '@goaltrail/admin-util';
import { computed, reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';

type Field = 'username' | 'password';

/** The sign-in form: values, which fields are missing, and submitting (then back to where the person was going). */
export function useSignIn() {
  const session = useSessionStore();
  const route = useRoute();
  const router = useRouter();
  const form = reactive({ username: '', password: '' });
  // Only after a submit attempt: an untouched form should not greet a person with errors.
  const attempted = ref(false);
  const missing = computed<Field[]>(() =>
    attempted.value ? (['username', 'password'] as const).filter((field) => form[field].trim() === '') : [],
  );
  const destination = computed(() => safeRedirect(route.query['redirect']));

  async function submit(): Promise<void> {
    if (session.signingIn) return;
    attempted.value = true;
    if (missing.value.length > 0) return;
    if (await session.login({ username: form.username.trim(), password: form.password })) {
      form.password = '';
      await router.replace(destination.value);
    }
  }

  async function signOut(): Promise<void> {
    await session.logout();
    attempted.value = false;
  }

  return { form, missing, destination, submit, signOut, session };
}
