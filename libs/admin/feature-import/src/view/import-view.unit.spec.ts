import { sampleCommitAnswer, sampleImportAnswer, sampleImportText, type FakeAnswer, type FakeRoute } from '@goaltrail/admin-data-access';
import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountImportRoute } from '../testing/mount-import-route';

const committedAnswer = sampleCommitAnswer;
const importRoute = (commit: FakeAnswer = { body: committedAnswer }): Record<string, FakeRoute> => ({
  'POST /api/imports': (_call, url) => (url.searchParams.get('dryRun') === 'true' ? { body: sampleImportAnswer } : commit),
});

async function previewSample(wrapper: VueWrapper) {
  await wrapper.get('#import-text').setValue(sampleImportText);
  await wrapper.get('#import-file-name').setValue('socialnamndens-mal-2006.txt');
  await wrapper.get('form').trigger('submit');
  await vi.waitFor(() => expect(wrapper.find('#import-preview-heading').exists()).toBe(true));
}

describe('importing a goal document', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('previews the text: target, sections with numbered goals, methods, targets and the warning by line', async () => {
    const { wrapper, api } = await mountImportRoute(importRoute());
    await previewSample(wrapper);
    expect(api.calls[0]).toMatchObject({ path: '/api/imports?dryRun=true', body: { text: sampleImportText, fileName: 'socialnamndens-mal-2006.txt' } });
    expect(document.activeElement?.id).toBe('import-preview-heading');
    const preview = wrapper.get('section[aria-labelledby="import-preview-heading"]');
    expect(preview.text()).toContain('Socialnämnden (socialnamnden)');
    expect(preview.findAll('h4').map((heading) => heading.text())).toEqual(['Inriktningsmål', 'Effektmål']);
    expect(preview.text()).toContain('Andelen nöjda brukare ska öka till 80 %.');
    expect(preview.text()).toContain('Mäts genom: brukarundersökning');
    expect(preview.text()).toContain('Målvärde: minst 80 %');
    expect(wrapper.get('#import-warnings-heading').text()).toBe('En oklarhet');
    expect(wrapper.get('section[aria-labelledby="import-warnings-heading"]').text()).toContain('rad 11');
    expect(preview.text()).toContain('4 nya mål');
    // The committee and year read from the document are now in the form, to correct if need be.
    expect((wrapper.get('#import-committee').element as HTMLInputElement).value).toBe('socialnamnden');
    expect((wrapper.get('#import-year').element as HTMLInputElement).value).toBe('2006');
  });

  it('selects the line a warning is about in the text field', async () => {
    const { wrapper } = await mountImportRoute(importRoute());
    await previewSample(wrapper);
    await wrapper.get('section[aria-labelledby="import-warnings-heading"] button').trigger('click');
    const field = wrapper.get('#import-text').element as HTMLTextAreaElement;
    expect(document.activeElement).toBe(field);
    expect(field.value.slice(field.selectionStart, field.selectionEnd)).toBe('Målvärde: fler rätt än i fjol');
  });

  it('commits exactly what was previewed and says what was written, with the way to the plan', async () => {
    const { wrapper, api } = await mountImportRoute(importRoute());
    await previewSample(wrapper);
    await wrapper.findAll('button').find((button) => button.text() === 'Spara planen 2006')?.trigger('click');
    await vi.waitFor(() => expect(wrapper.find('#import-outcome-heading').exists()).toBe(true));
    expect(api.calls[1]).toMatchObject({ path: '/api/imports?dryRun=false', body: api.calls[0]?.body });
    expect(wrapper.get('#import-outcome-heading').text()).toBe('Importen är sparad');
    expect(wrapper.text()).toContain('5 händelser skrevs.');
    // What was written, counted from the answer's changes: the commit answer carries no commands.
    expect(wrapper.get('section[aria-labelledby="import-outcome-heading"] .actions').text()).toContain('Ny plan för 2006 (utkast)');
    expect(wrapper.get('section[aria-labelledby="import-outcome-heading"] .actions').text()).toContain('4 nya mål');
    expect(wrapper.get('a.gt-button').attributes('href')).toBe('/planer/socialnamnden/2006');
    expect(document.activeElement?.id).toBe('import-outcome-heading');
  });

  it('asks for a new preview once the year is changed, instead of committing the old one', async () => {
    const { wrapper, api } = await mountImportRoute(importRoute());
    await previewSample(wrapper);
    await wrapper.get('#import-year').setValue('2007');
    expect(wrapper.text()).toContain('Granska igen innan du sparar');
    expect(wrapper.findAll('button').some((button) => button.text() === 'Spara planen 2006')).toBe(false);
    await wrapper.get('section[aria-labelledby="import-preview-heading"] .commit button').trigger('click');
    await vi.waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls[1]).toMatchObject({ path: '/api/imports?dryRun=true', body: { committeeId: 'socialnamnden', year: 2007 } });
  });

  it('says plainly when the document is already imported', async () => {
    const { wrapper } = await mountImportRoute({ 'POST /api/imports': { body: { ...sampleImportAnswer, unchanged: true, actions: [] } } });
    await previewSample(wrapper);
    expect(wrapper.get('.unchanged').text()).toContain('Dokumentet är redan importerat till planen 2006');
    expect(wrapper.findAll('button').some((button) => button.text().startsWith('Spara planen'))).toBe(false);
  });

  it('puts a missing committee beside the committee field', async () => {
    const refused = { statusCode: 422, error: 'Unprocessable Entity', message: 'The document cannot be imported: no committee is named: give one', rule: 'import-not-committable' };
    const { wrapper } = await mountImportRoute({ 'POST /api/imports': { status: 422, body: refused } });
    await wrapper.get('#import-text').setValue('Mål 2006\nInriktningsmål\n1. Ett mål.');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('#import-committee-error').exists()).toBe(true));
    expect(wrapper.get('#import-committee-error').text()).toBe('Dokumentet namnger ingen nämnd: ange nämndens id.');
    expect(wrapper.get('#import-committee').attributes('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('import-committee');
  });

  it('reads an uploaded text file into the text field with its name', async () => {
    const { wrapper } = await mountImportRoute(importRoute());
    const input = wrapper.get('#import-file');
    const file = new File([sampleImportText], 'socialnamndens-mal-2006.txt', { type: 'text/plain' });
    Object.defineProperty(input.element, 'files', { value: [file] });
    await input.trigger('change');
    await vi.waitFor(() => expect((wrapper.get('#import-text').element as HTMLTextAreaElement).value).toBe(sampleImportText));
    expect((wrapper.get('#import-file-name').element as HTMLInputElement).value).toBe('socialnamndens-mal-2006.txt');
  });

  it('shows an auditor no import form', async () => {
    const { wrapper } = await mountImportRoute({}, { role: 'auditor' });
    expect(wrapper.findAll('form')).toHaveLength(0);
    expect(wrapper.text()).toContain('Du har läsbehörighet');
  });

  it('speaks English', async () => {
    const { wrapper } = await mountImportRoute(importRoute(), { locale: 'en' });
    await previewSample(wrapper);
    expect(wrapper.get('h1').text()).toBe('Import a goal document');
    expect(wrapper.get('#import-warnings-heading').text()).toBe('One doubt');
    expect(wrapper.text()).toContain('Target: at least 80 %');
  });
});
