import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The trainer studio as a trainer uses it: by role and visible name, mouse-free where the flow is about
// keyboard authoring, and axe on every studio screen.

async function expectAxeClean(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const report = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join('\n  ')}`);
  expect(report, `${screen}: axe-core violations`).toEqual([]);
}

async function newScenario(page: Page): Promise<void> {
  await page.goto('/#/studio');
  await page.getByRole('button', { name: 'New scenario' }).click();
  await expect(page.getByRole('status').filter({ hasText: /paths · pass rate/ })).toBeVisible();
}

const graph = (page: Page) => page.getByRole('group', { name: 'Scenario graph' });
const node = (page: Page, id: string) => graph(page).getByRole('button', { name: new RegExp(`^${id}:`) });

test.beforeEach(async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
});

test('builds a small scenario from scratch, sees a trap appear for a bad reply, undoes it, and finds the draft after a reload', async ({ page }) => {
  await newScenario(page);
  await expect(node(page, 'opening')).toBeVisible();
  await node(page, 'opening').click();
  await expect(page.getByRole('heading', { name: 'Node opening' })).toBeVisible();

  // A new ending, and a reply of the opening that leads there.
  await page.getByRole('textbox', { name: 'New node id' }).fill('angry');
  await page.getByRole('button', { name: 'Add node' }).click();
  await expect(node(page, 'angry')).toBeVisible();
  await page.getByRole('textbox', { name: "Customer's line" }).fill('I want your manager. Now.');
  await page.getByRole('combobox', { name: 'Kind of node' }).selectOption({ label: 'ending (escalated)' });
  await expect(node(page, 'angry')).toHaveAccessibleName(/ending \(escalated\)/);

  await node(page, 'opening').click();
  await page.getByRole('button', { name: 'Add reply' }).click();
  await expect(page.getByRole('heading', { name: 'Reply reply-1 of node opening' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Reply text' }).fill("That's your own fault, you gave us the wrong address.");
  await page.getByRole('combobox', { name: 'Target node' }).selectOption('angry');
  // The analysis (in its worker) marks the blaming reply as a trap: no path passes after it.
  const trapEdge = graph(page).getByText(/^reply-1 ⚠ trap$/);
  await expect(trapEdge).toBeVisible();

  // Undo until the reply is gone (target, text, then the reply itself), across the form.
  const undo = page.getByRole('button', { name: /^Undo: add reply$/ });
  for (let i = 0; i < 5 && !(await undo.isVisible()); i++) await page.getByRole('button', { name: /^Undo: / }).click();
  await undo.click();
  await expect(trapEdge).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved in this browser' })).toBeVisible();

  await page.reload();
  await page.getByRole('link', { name: 'All drafts' }).click();
  await page.getByRole('link', { name: 'Edit New scenario' }).first().click();
  await expect(node(page, 'angry')).toBeVisible();
  await expect(graph(page).getByText(/^reply-1/)).toHaveCount(0);
});

test('the form and the YAML view edit one document: comments survive, undo crosses views', async ({ page }) => {
  await newScenario(page);
  await node(page, 'opening').click();
  await page.getByRole('textbox', { name: "Customer's line" }).fill('Where is my refund?');
  await page.getByRole('textbox', { name: "Customer's line" }).press('Tab');
  await page.getByRole('tab', { name: 'YAML' }).click();
  const code = page.getByRole('textbox', { name: 'Scenario YAML' });
  await expect(code).toContainText('customer: Where is my refund?');
  await expect(code).toContainText('# A new scenario');
  await expect(code).toContainText('temperament: lively # lively | peaceful | powerful | perfect');
  // A typo in the YAML shows as a located problem, in the problems list, while typing.
  await code.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n  stray: [');
  await expect(page.locator('.problem-lines .problem-error')).toContainText(/line \d+, column \d+/);
  await page.keyboard.press('Control+z');
  await expect(page.locator('.problem-lines .problem-error')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Form' }).click();
  await page.getByRole('button', { name: /^Undo: edit field$/ }).click();
  await page.getByRole('tab', { name: 'YAML' }).click();
  await expect(code).not.toContainText('Where is my refund?');
});

test('imports a Twine story, shows what it dropped, and plays it from a node', async ({ page }) => {
  await page.goto('/#/studio');
  await page.getByLabel('Import Twine story…').setInputFiles({ name: 'refund.twee', mimeType: 'text/plain', buffer: readFileSync('tests/fixtures/twine/refund.twee') });
  await expect(page.getByRole('heading', { level: 1, name: 'Refund for a broken kettle' })).toBeVisible();
  await expect(page.getByText('The Twine import could not carry over everything:')).toBeVisible();
  await expect(page.getByText(/refund\.twee:14:1: warning: macro left out/)).toBeVisible();
  // The broken link stands out in the graph as a missing node.
  await expect(node(page, 'Nowhere')).toHaveAccessibleName(/missing node/);
  await node(page, 'Opening').click();
  await expect(page.getByRole('button', { name: 'Play from here' })).toBeDisabled();
  // Finish the import: the broken link goes to the manager ending, which is an escalation.
  await node(page, 'Angrier').click();
  await page.getByRole('button', { name: 'Edit reply that-s-our-policy' }).click();
  await page.getByRole('combobox', { name: 'Target node' }).selectOption('Escalate');
  await expect(node(page, 'Nowhere')).toHaveCount(0);
  await node(page, 'Escalate').click();
  await page.getByRole('combobox', { name: 'Kind of node' }).selectOption({ label: 'ending (escalated)' });
  await node(page, 'Opening').click();
  await page.getByRole('spinbutton', { name: 'Anger at the start (0–100)' }).fill('40');
  await page.getByRole('button', { name: 'Play from here' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Refund for a broken kettle' })).toBeVisible();
  await expect(page.getByText('The kettle you sold me broke after a week!', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: /I'm sorry the kettle broke after only a week/ }).click();
  await expect(page.getByRole('heading', { name: /The call has ended/ })).toBeVisible();
});

test('keyboard only: moves through the graph with arrow keys and edits a node', async ({ page }) => {
  await newScenario(page);
  await node(page, 'opening').focus();
  await page.keyboard.press('ArrowRight');
  await expect(node(page, 'resolved')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Node resolved' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(node(page, 'opening')).toBeFocused();
  await page.getByRole('combobox', { name: 'Go to node' }).fill('resolved');
  await page.keyboard.press('Enter');
  await expect(node(page, 'resolved')).toBeFocused();
  // From the graph, Tab reaches the form of the selected node; typing there edits the scenario.
  const line = page.getByRole('textbox', { name: "Customer's line" });
  for (let i = 0; i < 15 && !(await line.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(line).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Bye.');
  await page.keyboard.press('Tab');
  await expect(node(page, 'resolved')).toContainText('Fine, thanks. Bye.');
  await page.keyboard.press('Control+z');
  await expect(node(page, 'resolved')).not.toContainText('Bye.');
});

for (const [lang, label, studio] of [
  ['en', 'English', 'Trainer studio'],
  ['zh-Hans', '简体中文', '培训师工作室'],
  ['zh-Hant', '繁體中文', '培訓師工作室'],
] as const) {
  test(`studio screens are axe clean (${lang})`, async ({ page }) => {
    await page.goto('/#/studio');
    await page.getByRole('combobox', { name: /Interface language|界面语言|介面語言/ }).selectOption({ label });
    await expect(page.getByRole('heading', { level: 1, name: studio })).toBeVisible();
    await expectAxeClean(page, `drafts (${lang})`);
    await page.locator('.studio-start button.primary').click();
    await expect(page.locator('.graph-box [data-node="opening"]')).toBeVisible();
    await expect(page.locator('.analysis-summary [role=status]')).not.toHaveText(/…/);
    await expectAxeClean(page, `editor (${lang})`);
    await page.locator('[data-node="opening"]').click();
    await expectAxeClean(page, `node form (${lang})`);
    await page.locator('.studio-replies button').first().click();
    await expect(page.locator('.variants')).toBeVisible();
    await expectAxeClean(page, `reply form (${lang})`);
    await page.locator('#tab-code').click();
    await expect(page.locator('.cm-editor')).toBeVisible();
    await expectAxeClean(page, `YAML view (${lang})`);
  });
}
