import Papa from 'papaparse';
import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { artifact, expect, test } from './fixtures';
import { FilesPage } from './pages/files-page';

/** Two good VMs (WEB01 with two disks, DB02) and one bad row: line 5, size "lots". */
const MIXED_CSV = fileURLToPath(new URL('../src/features/files/fixtures/inventory-mixed.csv', import.meta.url));

test('Save JSON, open it back: the identical plan', async ({ planner, page }, testInfo) => {
  await planner.goto();
  const files = new FilesPage(page);
  await planner.setUplink('2.5');
  await expect(planner.verdict).toContainText('2.5 Mbps');
  const saved = await files.saveJson();
  expect(saved.download.suggestedFilename()).toBe('Branch office on ADSL (300 kbps up).json');
  const savedPath = testInfo.outputPath('saved-plan.json');
  await writeFile(savedPath, saved.text);

  // The open plan moves on; opening the file brings the saved version back as a plan of its own.
  await planner.planName.fill('Edited after saving');
  await planner.setUplink('9');
  await files.openPlanFile(savedPath);
  await expect(files.openDialog).toBeHidden();
  await expect(files.status).toHaveText('Opened “Branch office on ADSL (300 kbps up)” from “saved-plan.json”. Your plan “Edited after saving” is kept in My plans.');
  await expect(planner.planName).toHaveValue('Branch office on ADSL (300 kbps up)');
  await expect(planner.uplink).toHaveValue('2.5');
  expect((await files.saveJson()).text).toBe(saved.text);
});

test('a bad plan file names the field and leaves the current plan untouched', async ({ planner, page }, testInfo) => {
  await planner.goto();
  const files = new FilesPage(page);
  const before = (await files.saveJson()).text;
  const bad = JSON.parse(before);
  bad.name = 'Should not load';
  bad.vms[2].disks[0].sizeGB = -10;
  const badPath = testInfo.outputPath('bad-plan.json');
  await writeFile(badPath, JSON.stringify(bad));

  await files.openPlanFile(badPath);
  const alert = files.openDialog.getByRole('alert');
  await expect(alert).toContainText('“bad-plan.json” is not a plan the planner can open. Your current plan is unchanged.');
  // The field in the editor's words, then where it is in the file.
  await expect(alert).toContainText('APP01, disk OS: Size (GiB) must be greater than 0 (vms[2].disks[0].sizeGB in the file)');
  await page.screenshot({ path: artifact('files-open-bad-plan.png') });

  // Pasted text goes through the same gate.
  await files.openDialog.getByLabel('Or paste plan JSON').fill('{"vms": [{"disks": [{"sizeGB": "big"}]}]}');
  await files.openDialog.getByRole('button', { name: 'Open pasted JSON' }).click();
  await expect(alert).toContainText('VM 1, disk 1: Size (GiB) must be a number, not text "big" (vms[0].disks[0].sizeGB in the file)');

  await files.openDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(files.openDialog).toBeHidden();
  await expect(planner.planName).toHaveValue('Branch office on ADSL (300 kbps up)');
  await expect(planner.undoButton).toBeDisabled();
  expect((await files.saveJson()).text).toBe(before);
});

test('import an inventory CSV: the bad row is marked by line and column, the good VMs are added in one undo step', async ({ planner, page }) => {
  await planner.goto();
  const files = new FilesPage(page);
  await files.chooseInventory(MIXED_CSV);
  await expect(files.importDialog.getByRole('status')).toContainText('2 VMs (3 disks) ready to import from “inventory-mixed.csv”. 1 row with problems was left out.');
  await expect(files.previewRow(5)).toContainText('BAD03');
  await expect(files.previewRow(5)).toContainText('Size (GiB): not a number ("lots")');
  await expect(files.previewRow(2)).toContainText('Ready');
  await files.importDialog.screenshot({ path: artifact('files-import-preview.png') });

  await files.importButton('Add to plan').click();
  await expect(files.importDialog).toBeHidden();
  await expect(files.status).toContainText('Added 2 VMs from “inventory-mixed.csv”. 1 row with problems was left out.');
  await expect(planner.vmTable.getByRole('row', { name: 'WEB01' })).toBeVisible();
  await expect(planner.vmTable.getByRole('row', { name: 'DB02' })).toBeVisible();
  await expect(planner.vmTable.getByRole('row', { name: 'BAD03' })).toHaveCount(0);
  await expect(planner.vmTable.getByRole('row', { name: 'FS01' })).toBeVisible();

  await planner.undoButton.click();
  await expect(planner.vmTable.getByRole('row', { name: 'WEB01' })).toHaveCount(0);
  await expect(planner.vmTable.getByRole('row', { name: 'DB02' })).toHaveCount(0);
});

test('cancelling an import leaves the plan unchanged; Replace VMs swaps the VM list', async ({ planner, page }) => {
  await planner.goto();
  const files = new FilesPage(page);
  const before = (await files.saveJson()).text;
  await files.chooseInventory(MIXED_CSV);
  await expect(files.previewRow(5)).toBeVisible();
  await files.importButton('Cancel').click();
  await expect(files.importDialog).toBeHidden();
  await expect(planner.undoButton).toBeDisabled();
  expect((await files.saveJson()).text).toBe(before);

  await files.chooseInventory(MIXED_CSV);
  await files.importButton('Replace VMs').click();
  await expect(files.status).toContainText("Replaced the plan's 4 VMs with 2 VMs");
  await expect(planner.vmTable.getByRole('row', { name: 'WEB01' })).toBeVisible();
  await expect(planner.vmTable.getByRole('row', { name: 'FS01' })).toHaveCount(0);
  await planner.undoButton.click();
  await expect(planner.vmTable.getByRole('row', { name: 'FS01' })).toBeVisible();
  await expect(planner.vmTable.getByRole('row', { name: 'WEB01' })).toHaveCount(0);
});

test('the downloaded template imports as its two sample VMs', async ({ planner, page }, testInfo) => {
  await planner.goto();
  const files = new FilesPage(page);
  await files.openImport();
  const template = await files.download(() => files.importButton('Download template').click());
  expect(template.download.suggestedFilename()).toBe('vm-inventory-template.csv');
  // Every per-VM field the editor has, and where churn and profile came from, so a plan's VMs travel to a spreadsheet and back.
  expect(
    template.text.startsWith(
      '\uFEFFVM name,Count,Disk name,Size (GiB),Used (GiB),Churn (GiB/day),Churn source,Replicated,Workload,Frequency,Recovery points,App-consistent (h),Profile,Profile source,Hourly weights (00-23 h),Initial replication,Write IOPS\r\n',
    ),
  ).toBe(true);
  const path = testInfo.outputPath('template.csv');
  await writeFile(path, template.text);
  await files.importDialog.getByLabel('Inventory file (.csv)').setInputFiles(path);
  await expect(files.importDialog.getByRole('status')).toContainText('2 VMs (6 disks) ready to import');
  await files.importButton('Add to plan').click();
  await expect(planner.vmTable.getByRole('row', { name: 'SQL01' })).toHaveCount(2); // the example's and the template's
});

test('Export results CSV: header with units, one row per VM', async ({ planner, page }) => {
  await planner.goto();
  const files = new FilesPage(page);
  const { download, text } = await files.exportResultsCsv();
  expect(download.suggestedFilename()).toBe('Branch office on ADSL (300 kbps up) - per-VM results.csv');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  const header = lines[0]!.split(',');
  expect(header.slice(0, 6)).toEqual(['VM', 'VM id', 'Copies', 'Workload', 'Frequency (s)', 'Worst RPO (s)']);
  expect(header).toContain('Replica storage (GiB)');
  const fs01 = lines.find((l) => l.startsWith('FS01,'))!.split(',');
  expect(fs01.slice(0, 5)).toEqual(['FS01', 'fs01', '1', 'File server', '300']);
  expect(Number(fs01[header.indexOf('Worst RPO (s)')])).toBeGreaterThan(0);
  expect(lines.filter((l) => l !== '')).toHaveLength(5);
  await expect(files.status).toContainText('Saved “Branch office on ADSL (300 kbps up) - per-VM results.csv”.');
});

test.describe('in a decimal-comma locale', () => {
  test.use({ locale: 'de-DE' });

  test('Export results CSV writes ";" and decimal commas, as Excel in German opens them', async ({ planner, page }) => {
    await planner.goto();
    const files = new FilesPage(page);
    const { text } = await files.exportResultsCsv();
    // Parsed as a CSV (quoted cells such as health reasons may hold ";"), with ";" as the separator.
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data;
    const header = rows[0]!;
    expect(header.slice(0, 3)).toEqual(['VM', 'VM id', 'Copies']);
    const fs01 = rows.find((r) => r[0] === 'FS01')!;
    expect(fs01[header.indexOf('Worst RPO (s)')]).toMatch(/^\d+(,\d)?$/);
    expect(fs01[header.indexOf('Average demand (Mbps)')]).toMatch(/^\d+,\d+$/);
    await expect(files.status).toContainText('columns separated by “;” and decimal commas');
  });
});

test('the dialogs work by keyboard and have no serious axe violations', async ({ planner, page }) => {
  await planner.goto();
  const files = new FilesPage(page);
  const serious = async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  const openButton = files.toolbar.getByRole('button', { name: 'Open…' });
  await openButton.focus();
  await page.keyboard.press('Enter');
  await expect(files.openDialog).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(files.openDialog).toBeHidden();
  await expect(openButton).toBeFocused();

  await files.chooseInventory(MIXED_CSV);
  await expect(files.previewRow(5)).toBeVisible();
  expect(await serious()).toEqual([]);
  await files.importButton('Cancel').focus();
  await page.keyboard.press('Enter');
  await expect(files.importDialog).toBeHidden();
  await expect(files.toolbar.getByRole('button', { name: 'Import VMs from CSV…' })).toBeFocused();
});
