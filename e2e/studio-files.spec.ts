import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// Files in and out of the studio. The File System Access pickers are native dialogs a test cannot click,
// so the page's pickers hand out real handles of the origin-private file system instead: the studio
// opens, reads and writes through the same FileSystemFileHandle API it uses for a file on disk.

const FILE = readFileSync('tests/fixtures/valid/mini-delivery.yaml', 'utf8');

test('opens a file, saves back to it after an edit, and keeps its comments', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto('/#/studio');
  await page.evaluate(async (text) => {
    const root = await navigator.storage.getDirectory();
    const handle = await root.getFileHandle('mine.yaml', { create: true });
    const w = await handle.createWritable();
    await w.write(`# kept comment\n${text}`);
    await w.close();
    const win = window as unknown as Record<string, unknown>;
    win.showOpenFilePicker = async () => [handle];
    win.showSaveFilePicker = async () => handle;
  }, FILE);
  await page.getByRole('button', { name: 'Open scenario file…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '快递晚到三天' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Title' }).fill('Saved back');
  await page.getByRole('textbox', { name: 'Title' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Saved back' })).toBeVisible();
  await page.getByRole('button', { name: 'Save to file' }).click();
  await expect(page.getByText('Saved to mine.yaml')).toBeVisible();
  const written = await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    return (await (await root.getFileHandle('mine.yaml')).getFile()).text();
  });
  expect(written).toContain('title: Saved back');
  expect(written.startsWith('# kept comment\n')).toBe(true);
});

test('without the File System Access API: opens through a file input and downloads the YAML', async ({ page }) => {
  await page.addInitScript(() => {
    const win = window as unknown as Record<string, unknown>;
    delete win.showOpenFilePicker;
    delete win.showSaveFilePicker;
  });
  await page.goto('/#/studio');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open scenario file…' }).click();
  await (await chooser).setFiles({ name: 'plain.yaml', mimeType: 'text/yaml', buffer: Buffer.from(FILE) });
  await expect(page.getByRole('heading', { level: 1, name: '快递晚到三天' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save to file' })).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download YAML' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('plain.yaml');
  expect(readFileSync(await file.path(), 'utf8')).toBe(FILE);
});
