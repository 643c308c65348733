import { createFakeUpload, sampleKoladaImportResult, sampleMalformedKoladaAnswer } from '@goaltrail/admin-data-access';
import type { VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountIndicatorsRoute } from '../testing/mount-indicators-route';

const koladaFile = new File(['{"values":[]}'.padEnd(400, ' ')], 'kolada-nacka.json', { type: 'application/json' });

async function chooseFile(wrapper: VueWrapper): Promise<void> {
  const input = wrapper.get('#kolada-file');
  Object.defineProperty(input.element, 'files', { value: [koladaFile] });
  await input.trigger('change');
}

const buttonNamed = (wrapper: VueWrapper, name: string) => wrapper.findAll('button').find((button) => button.text() === name);

describe('uploading a Kolada file', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows the progress, then the dry run, then imports the same file', async () => {
    let release: () => void = () => undefined;
    const fake = createFakeUpload((call) => ({ body: sampleKoladaImportResult(call.url.searchParams.get('dryRun') === 'true') }), new Promise<void>((resolve) => (release = resolve)));
    vi.stubGlobal('XMLHttpRequest', fake.XMLHttpRequest);
    const { wrapper } = await mountIndicatorsRoute('/importera/kolada', {});
    await chooseFile(wrapper);
    await wrapper.get('#kolada-municipality').setValue('0182');
    await buttonNamed(wrapper, 'Provkör (inget sparas)')?.trigger('click');
    await vi.waitFor(() => expect(wrapper.find('progress[value="50"]').exists()).toBe(true));
    expect(wrapper.get('#kolada-progress-label').text()).toBe('Skickar filen: 50 %');
    release();
    await vi.waitFor(() => expect(wrapper.find('#kolada-result-heading').exists()).toBe(true));
    expect(wrapper.get('#kolada-result-heading').text()).toBe('Provkörning: så här skulle det bli');
    expect(document.activeElement?.id).toBe('kolada-result-heading');
    const result = wrapper.get('section[aria-labelledby="kolada-result-heading"]');
    expect(result.text()).toContain('Inget är sparat ännu.');
    expect(result.text()).toContain('Okända KPI-idN00002');
    expect(fake.calls[0]?.url.search).toBe('?dryRun=true&fileName=kolada-nacka.json&municipality=0182');

    await buttonNamed(wrapper, 'Importera filen')?.trigger('click');
    await vi.waitFor(() => expect(wrapper.find('#kolada-result-heading').text()).toBe('Importen är klar'));
    expect(wrapper.text()).toContain('1 händelse skrevs.');
    expect(fake.calls[1]?.url.searchParams.get('dryRun')).toBe('false');
    expect(fake.calls[1]?.body).toBe(koladaFile);
  });

  it('shows a malformed file’s line and path, and that nothing was written', async () => {
    vi.stubGlobal('XMLHttpRequest', createFakeUpload(() => ({ status: 400, body: sampleMalformedKoladaAnswer })).XMLHttpRequest);
    const { wrapper } = await mountIndicatorsRoute('/importera/kolada', {});
    await chooseFile(wrapper);
    await buttonNamed(wrapper, 'Importera')?.trigger('click');
    await vi.waitFor(() => expect(wrapper.find('#kolada-problem').exists()).toBe(true));
    const problem = wrapper.get('#kolada-problem');
    expect(problem.text()).toContain('Rad 3, values[1].values[0].value');
    expect(problem.text()).toContain('expected a finite number or null, got "x"');
    expect(problem.text()).toContain('Inget sparades.');
    expect(document.activeElement?.id).toBe('kolada-problem');
  });

  it('asks for a file before sending anything', async () => {
    const fake = createFakeUpload(() => ({ body: {} }));
    vi.stubGlobal('XMLHttpRequest', fake.XMLHttpRequest);
    const { wrapper } = await mountIndicatorsRoute('/importera/kolada', {});
    await buttonNamed(wrapper, 'Provkör (inget sparas)')?.trigger('click');
    expect(wrapper.get('#kolada-file-error').text()).toBe('Välj en fil först.');
    expect(fake.calls).toHaveLength(0);
  });

  it('shows an auditor no upload', async () => {
    const { wrapper } = await mountIndicatorsRoute('/importera/kolada', {}, { role: 'auditor' });
    expect(wrapper.findAll('form')).toHaveLength(0);
    expect(wrapper.text()).toContain('Du har läsbehörighet');
  });
});
