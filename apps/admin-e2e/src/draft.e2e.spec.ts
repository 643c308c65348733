import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiGet } from './support/api-session';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/browser';
import type { BuiltApi } from './support/built-api';
import { browserPresent, useBrowserAgainstBuiltApi } from './support/e2e-harness';

const reworded = 'Socialnämnden är en attraktiv arbetsgivare som erbjuder tjänster av hög kvalitet';
const added = 'Socialnämnden erbjuder digitala kontaktvägar dygnet runt';

/** A write over HTTP with the session cookie, as a second person in another place would make it. */
async function apiWrite(api: BuiltApi, method: string, path: string, cookie: string, body: unknown): Promise<void> {
  const response = await fetch(`${api.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
}

describe.skipIf(!browserPresent)('drafting next year', () => {
  const e2e = useBrowserAgainstBuiltApi();
  let page: Page;

  beforeEach(async () => (page = await e2e.newPage()));

  it('lets a planner draft 2021 from 2020, reword, add and link a goal, and adopt it', async () => {
    await e2e.signIn(page, 'planner');
    await page.goto(e2e.url('/planer/socialnamnden'));
    await page.getByRole('link', { name: 'Nytt utkast för 2021' }).click();
    await page.getByRole('heading', { level: 1, name: 'Socialnämnden: utkast 2021' }).waitFor();
    expect(await page.getByRole('radio', { name: 'För vidare 2020 (Utkast, 5 mål)' }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'draft-start');
    await page.getByRole('button', { name: 'Skapa utkastet för 2021' }).click();

    const goals = page.getByRole('region', { name: 'Utkastets mål 2021' });
    await goals.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft-goals-heading');
    expect(await goals.getByRole('listitem').filter({ hasText: 'Från 2020' }).count()).toBe(5);

    // Reword with the keyboard: the form opens with focus in the text, Enter in the reason field saves.
    await goals.getByRole('button', { name: 'Formulera om nämndmål 1 i En attraktiv och växande kommun' }).press('Enter');
    const reword = page.getByRole('form', { name: 'Formulera om nämndmål 1 i En attraktiv och växande kommun' });
    await reword.getByLabel('Ny lydelse').fill(reworded);
    await reword.getByLabel('Skäl till ändringen').fill('Tydligare om kvaliteten');
    await reword.getByLabel('Skäl till ändringen').press('Enter');
    await page.getByRole('status').filter({ hasText: 'Den nya lydelsen är sparad.' }).waitFor();
    await goals.getByText(reworded).waitFor();

    const addGoal = page.getByRole('region', { name: 'Lägg till ett mål' });
    expect(await addGoal.getByLabel('Målslag').inputValue()).toBe('committee');
    expect(await addGoal.getByLabel('Nummer').inputValue()).toBe('2');
    await addGoal.getByLabel('Lydelse').fill(added);
    await addGoal.getByRole('button', { name: 'Lägg till målet' }).click();
    await page.getByRole('status').filter({ hasText: 'Målet nämndmål 2 är tillagt.' }).waitFor();
    const newGoal = goals.getByRole('listitem').filter({ hasText: added });
    await newGoal.getByText('Nytt', { exact: true }).waitFor();

    const link = page.getByRole('region', { name: 'Släktskap mellan åren' });
    await link.getByLabel('Mål 2020').selectOption({ label: 'nämndmål 1 i En öppen kommun: Socialnämnden ska ha en tydlig och förståelig myndighetsutövning' });
    await link.getByLabel('Relation').selectOption({ label: 'Delat' });
    await link.getByLabel('Mål i utkastet 2021').selectOption({ label: `nämndmål 2 i En attraktiv och växande kommun: ${added}` });
    await link.getByLabel('Motivering').fill('Tillgängligheten bröts ut ur myndighetsmålet');
    await link.getByRole('button', { name: 'Spara kopplingen' }).click();
    await newGoal.getByText('Delat från 2020').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'draft-editor');

    const adopt = page.getByRole('region', { name: 'Anta planen 2021' });
    await adopt.getByLabel('Beslutsreferens').fill('SOCN 2020/98 § 12');
    await adopt.getByLabel('Beslutsdatum').fill('2020-12-14');
    await adopt.getByRole('button', { name: 'Anta planen 2021' }).click();
    await page.getByRole('heading', { level: 2, name: 'Planen 2021 är antagen' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('adopted-heading');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'draft-adopted');

    await page.getByRole('link', { name: 'Till nämndens planer' }).click();
    const table = page.getByRole('table', { name: 'Planer per år' });
    const row2021 = table.getByRole('row').filter({ hasText: '2021' });
    await row2021.waitFor();
    expect((await row2021.innerText()).replace(/\s+/g, ' ').trim()).toBe('2021 Antagen 6 mål SOCN 2020/98 § 12 (2020-12-14)');
  });

  it("shows a stale rewording as a conflict with the other person's words, and saves on top only when asked", async () => {
    const plannerCookie = await e2e.sessionCookie('planner');
    await apiWrite(e2e.api, 'POST', '/api/committees/socialnamnden/plans/2030', plannerCookie, { fromYear: 2020 });
    const plan = (await apiGet(e2e.api.baseUrl, '/api/committees/socialnamnden/plans/2030', plannerCookie)) as {
      sections: { title: string; goals: { goalId: string; revision: number }[] }[];
    };
    const target = plan.sections.find((section) => section.title === 'En hållbar kommun')?.goals[0];
    if (!target) throw new Error('the 2030 draft has no goal in En hållbar kommun');

    await e2e.signIn(page, 'planner');
    await page.goto(e2e.url('/planer/socialnamnden/2030/utkast'));
    const name = 'nämndmål 1 i En hållbar kommun';
    await page.getByRole('button', { name: `Formulera om ${name}` }).click();
    const form = page.getByRole('form', { name: `Formulera om ${name}` });
    await form.getByLabel('Ny lydelse').fill('Planerarens lydelse om välfärdsteknik');
    await form.getByLabel('Skäl till ändringen').fill('Kortare');

    // Someone else saves first, after the planner opened the form.
    const adminCookie = await e2e.sessionCookie('admin');
    const theirs = 'Socialnämnden effektiviserar verksamheten med välfärdsteknik';
    await apiWrite(e2e.api, 'PATCH', `/api/goals/${target.goalId}`, adminCookie, { text: theirs, reason: 'Admins ändring', expectedRevision: target.revision });

    await form.getByRole('button', { name: 'Spara lydelsen' }).click();
    const conflict = form.getByRole('alert');
    await conflict.getByText(`Någon annan har ändrat målet: ”${theirs}” (av admin)`).waitFor();
    await conflict.getByText('Planerarens lydelse om välfärdsteknik').waitFor();
    // Nothing was overwritten: the list shows the other person's words.
    await page.getByRole('region', { name: 'Utkastets mål 2030' }).getByRole('paragraph').filter({ hasText: new RegExp(`^${theirs}$`) }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'draft-conflict');

    await conflict.getByRole('button', { name: 'Spara min ändring ovanpå' }).click();
    await page.getByRole('status').filter({ hasText: 'Den nya lydelsen är sparad.' }).waitFor();
    const history = (await apiGet(e2e.api.baseUrl, `/api/goals/${target.goalId}/history`, plannerCookie)) as { entries: { actor: string; goal: { text: string } }[] };
    expect(history.entries.slice(-2).map((entry) => [entry.actor, entry.goal.text])).toEqual([
      ['admin', theirs],
      ['pia.planner', 'Planerarens lydelse om välfärdsteknik'],
    ]);
  });

  it('gives an auditor no way to draft: no entry point, no controls on the drafting page', async () => {
    await e2e.signIn(page, 'auditor');
    await page.goto(e2e.url('/planer/socialnamnden'));
    await page.getByRole('table', { name: 'Planer per år' }).waitFor();
    expect(await page.getByRole('link', { name: /Nytt utkast|Arbeta med utkastet/ }).count()).toBe(0);
    await page.goto(e2e.url('/planer/socialnamnden/2022/utkast'));
    await page.getByText('Du har läsbehörighet. Utkast skrivs av planerare och administratörer.').waitFor();
    await page.waitForLoadState('networkidle');
    const main = page.getByRole('main');
    expect(await main.getByRole('button').count()).toBe(0);
    expect(await main.getByRole('textbox').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'draft-auditor');
  });
});
