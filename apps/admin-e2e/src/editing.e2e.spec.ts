import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/browser';
import { browserPresent, useBrowserAgainstBuiltApi } from './support/e2e-harness';

const newWording = 'För varje individuellt ärende ska det finnas mål som följs upp minst två gånger om året.';

describe.skipIf(!browserPresent)('editing a goal as a planner', () => {
  const e2e = useBrowserAgainstBuiltApi();
  let page: Page;

  beforeEach(async () => (page = await e2e.newPage()));

  async function openHistoryOfEffectGoal2(): Promise<void> {
    await page.goto(e2e.url('/planer/socialnamnden/2005'));
    await page.getByRole('link', { name: 'Historik för effektmål 2' }).click();
    await page.getByRole('heading', { level: 1, name: 'Historik: effektmål 2' }).waitFor();
  }

  it('shows the edit control to an admin', async () => {
    await e2e.signIn(page, 'admin');
    await openHistoryOfEffectGoal2();
    await page.getByRole('button', { name: 'Formulera om' }).waitFor();
  });

  it('lets a planner reword a goal; the history records who, role and why, and the past stays as it was', async () => {
    await e2e.signIn(page, 'planner');
    await openHistoryOfEffectGoal2();
    await page.getByRole('button', { name: 'Formulera om' }).click();
    const form = page.getByRole('region', { name: 'Ny formulering' });
    const text = form.getByLabel('Ny lydelse');
    await text.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reword-text');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'goal-reword-form');

    // Without a reason the API refuses with the field named; the form shows it.
    await text.fill(newWording);
    await form.getByRole('button', { name: 'Spara formuleringen' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('reason');

    await form.getByLabel('Skäl till ändringen').fill('Uppföljningen behöver en takt');
    await form.getByRole('button', { name: 'Spara formuleringen' }).click();
    await page.getByRole('status').filter({ hasText: 'Den nya formuleringen är sparad.' }).waitFor();
    const reworded = page.getByRole('article', { name: 'Omformulerat 2005' });
    await reworded.getByText(newWording).waitFor();
    for (const shown of ['pia.planner', 'Planerare', 'Uppföljningen behöver en takt', 'Formulering 1']) {
      await reworded.getByText(shown, { exact: true }).waitFor();
    }
    expect(await page.getByRole('region', { name: 'Ny formulering' }).count()).toBe(0);

    // The plan as recorded when the goal was added still has the old words.
    await page.getByRole('article', { name: 'Tillagt 2005' }).getByRole('link', { name: 'Planen 2005 som den var registrerad då' }).click();
    const effect = page.getByRole('region', { name: 'Effektmål' });
    await effect.waitFor();
    await effect.getByText('För varje individuellt ärende ska finnas mål och göras regelbunden uppföljning.').waitFor();
    expect(await effect.getByText(newWording).count()).toBe(0);
    await page.getByRole('button', { name: 'Visa nuläget' }).click();
    await effect.getByText(newWording).waitFor();
    await effect.getByText('formulering 1', { exact: true }).waitFor();
  });
});
