import Papa from 'papaparse';
import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { parsePlan, type Plan } from '../src/plan';
import { syntheticInventoryCsv, syntheticPerfmonCsv } from '../src/features/measured/fixtures/synthetic-host';
import { parseInventoryCsv } from '../src/features/measured/inventory/inventory-csv';
import { parsePerfmonText } from '../src/features/measured/perfmon/csv-driver';
import { DEFAULT_DERIVE, deriveMeasuredPlan, measuredVms } from '../src/features/measured/analysis/run-measured';
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
      '\uFEFFVM name,Count,Disk name,Size (GiB),Used (GiB),Churn (GiB/day),Churn source,Replicated,Workload,Frequency,Recovery points,App-consistent (h),Profile,Profile source,Hourly weights (00-23 h),5-minute shape,Initial replication,Write IOPS\r\n',
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

/**
 * The hand-built host's week (NIGHTLY01's 40 MiB/s burst) derived as the measured-churn dialog
 * does, at 100 Mbps: NIGHTLY01 keeps a 5-minute shape at 02:00, every VM is marked measured.
 */
function derivedPlan(): Plan {
  const base = parsePlan({
    name: 'Synthetic host',
    replication: { compression: false, targetRpoMinutes: 15 },
    link: { uplinkMbps: 100, efficiencyPercent: 100 },
    vms: [{ id: 'vm-1', name: 'VM 1', disks: [{ name: 'OS', sizeGB: 80 }] }],
  });
  const perfmon = parsePerfmonText(syntheticPerfmonCsv());
  const inventory = parseInventoryCsv(syntheticInventoryCsv());
  if (!base.ok || !perfmon.ok || !inventory.ok) throw new Error('the synthetic host did not parse');
  const vms = measuredVms(perfmon.measurement, inventory.disks);
  const derived = deriveMeasuredPlan(base.plan, perfmon.measurement, vms, { ...DEFAULT_DERIVE, removeUnmeasured: true }, 15);
  if (!derived.ok) throw new Error('the synthetic host did not derive');
  return derived.plan;
}

test.describe('in a decimal-comma locale', () => {
  test.use({ locale: 'de-DE' });

  test('a derived plan’s VMs exported and imported back with Replace VMs keep their 5-minute shapes and sources', async ({ planner, page }, testInfo) => {
    const derived = derivedPlan();
    const planPath = testInfo.outputPath('derived-plan.json');
    await writeFile(planPath, JSON.stringify(derived));
    const files = new FilesPage(page);
    await planner.goto();
    await files.openPlanFile(planPath);
    await expect(files.openDialog).toBeHidden();
    // The burst at 02:05 decides: "NIGHTLY01 breaches the 30 min failure window at 02:40; … 354 Mbps to never miss a cycle".
    await expect(planner.verdict).toContainText('NIGHTLY01 breaches');
    const verdict = await planner.verdict.innerText();

    await files.openImport();
    const exported = await files.download(() => files.importButton("Download this plan's VMs").click());
    const rows = Papa.parse<string[]>(exported.text.slice(1), { delimiter: ';' }).data;
    const shapeOf = (vm: string) => rows.find((r) => r[0] === vm)![rows[0]!.indexOf('5-minute shape')];
    // Only the uneven hour, in decimal commas as Excel in German reads them; the steady VM's cell is empty.
    expect(shapeOf('NIGHTLY01')).toMatch(/^02: (\d+,\d+ ){11}\d+,\d+$/);
    expect(shapeOf('STEADY01')).toBe('');
    const csvPath = testInfo.outputPath('derived-vms.csv');
    await writeFile(csvPath, exported.text);
    await files.importDialog.getByLabel('Inventory file (.csv)').setInputFiles(csvPath);
    await expect(files.importDialog.getByRole('status')).toContainText('3 VMs (3 disks) ready to import');
    await files.importButton('Replace VMs').click();
    await expect(files.status).toContainText("Replaced the plan's 3 VMs with 3 VMs");

    // The cycle simulation still sees the burst: the same verdict, and the same shapes and sources in the plan.
    await expect(planner.verdict).toHaveText(verdict);
    const saved = JSON.parse((await files.saveJson()).text) as Plan;
    const kept = (plan: Plan) => plan.vms.map((vm) => [vm.name, vm.profile, vm.withinHourWeights, vm.provenance]);
    expect(kept(saved)).toEqual(kept(derived));
    expect(saved.vms.some((vm) => vm.withinHourWeights !== null)).toBe(true);
  });

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
