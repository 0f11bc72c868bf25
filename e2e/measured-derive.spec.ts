/**
 * Issue 15, through the dialog to the report: the hand-built host (a steady VM with a blank
 * Wednesday, a nightly 40 MiB/s burst, weekday business hours) imported, replayed and derived;
 * the planner's verdict weighs the measured week; the report carries the evidence.
 * Hand figures (compression off, efficiency 100 %, 5-minute cycles, target 15 min): 100 % answer
 * (12 000 + 600 + 30) MiB × 8 / 300 s = 353.2 Mbps; STEADY01 168.75 GiB a day, 85.7 % sampled.
 */
import { parsePlan } from '../src/plan';
import { encodePlanLink } from '../src/features/share/link-codec';
import { syntheticInventoryCsv, syntheticPerfmonCsv } from '../src/features/measured/fixtures/synthetic-host';
import { artifact, expect, test } from './fixtures';
import { csvFile, MeasuredPage } from './pages/measured-page';
import { ReportPage } from './pages/report-page';

function baseLink(): string {
  const parsed = parsePlan({
    name: 'Synthetic host',
    replication: { compression: false, targetRpoMinutes: 15 },
    link: { uplinkMbps: 100, efficiencyPercent: 100 },
    vms: [{ id: 'vm-1', name: 'VM 1', disks: [{ name: 'OS', sizeGB: 80 }] }],
  });
  if (!parsed.ok) throw new Error('base plan rejected');
  const link = encodePlanLink(parsed.plan);
  if (!link.ok) throw new Error('base plan too big for a link');
  return link.hash;
}

test('measured week → derived plan → verdict and report with the evidence', async ({ page, planner }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(`/${baseLink()}`);
  await expect(planner.verdict).toContainText('uplink');
  const measured = new MeasuredPage(page);
  await measured.open();
  await measured.importFiles(csvFile('hv01-churn.csv', syntheticPerfmonCsv()), csvFile('hv01-inventory.csv', syntheticInventoryCsv()));
  await expect(measured.dialog).toContainText('3 disk counters: 3 matched');
  await measured.button('Continue').click();

  // Gaps are visible and left out: STEADY01's average is its 2 MiB/s, not six sevenths of it.
  await expect(measured.vmRow('STEADY01')).toContainText('85.7 %');
  await expect(measured.vmRow('STEADY01')).toContainText('169 GiB');
  await expect(measured.vmRow('NIGHTLY01')).toContainText('100 %');
  await expect(measured.dialog.getByRole('note')).toContainText('STEADY01 85.7 % sampled, BIZ01 99.7 % sampled');
  await page.screenshot({ path: artifact('measured-derive-1-summary.png') });

  await measured.button('Use measured series').click();
  await expect(measured.dialog.getByText('Analysing the measured period…')).toBeHidden({ timeout: 60_000 });
  await expect(measured.dialog.getByText(/Uplink to meet 15 min 100 % of the time/).locator('..')).toContainText(/35\d Mbps/);
  await expect(measured.dialog.getByText('Measured', { exact: true }).locator('..')).toContainText('every VM sampled in 85.4 % of the period');
  await expect(measured.dialog.getByText(/Busiest moment/).locator('..')).toContainText('compression off');
  const days = measured.dialog.getByRole('table', { name: 'Peak RPO, violations and breaches per day' });
  await expect(days.getByRole('row')).toHaveCount(8);
  await page.screenshot({ path: artifact('measured-derive-2-analysis.png'), fullPage: true });
  // The target box reads a decimal comma as the editor's boxes do: "7,5" minutes is 7 min 30 s.
  const target = measured.dialog.getByLabel('Target RPO (minutes)');
  await target.fill('7,5');
  await expect(measured.dialog.getByText('Uplink to meet 7 min 30 s 100 % of the time')).toBeVisible({ timeout: 60_000 });
  await target.fill('15');
  await expect(measured.dialog.getByText('Uplink to meet 15 min 100 % of the time')).toBeVisible({ timeout: 60_000 });

  await measured.step('Measured VMs').click();
  await expect(measured.dialog.getByLabel(/Remove the plan VMs that were not measured/)).toBeChecked();
  await measured.button('Derive churn and profile').click();
  const status = measured.dialog.getByRole('status').filter({ hasText: 'Derived churn' });
  await expect(status).toContainText('from the 95th-percentile day of each hour (all days), disks split by the same day', { timeout: 60_000 });
  await expect(status).toContainText('removed VM 1 (not measured)');
  await expect(status).toContainText('Bursts kept in 5-minute steps for NIGHTLY01');
  await measured.button('Close').click();

  // The modelled day sees the burst, and the verdict names the week's replay too.
  await expect(planner.verdict).toContainText('Replaying the measured week at 100 Mbps misses the 15 min target');
  await expect(planner.verdict).not.toContainText(/^Enough/);
  await page.screenshot({ path: artifact('measured-derive-3-planner.png') });
  // The editor tags the derived figures as measured, beside the churn line and under the profile.
  await expect(page.getByRole('combobox', { name: 'Profile of NIGHTLY01' })).toHaveAccessibleDescription('Profile source: measured (derived from the customer’s measurements)');
  await expect(page.getByRole('button', { name: /^Disks of STEADY01:/ })).toContainText('Churn source: measured');

  const report = await ReportPage.open(page);
  const evidence = page.getByRole('region', { name: '2.1 Measured churn: the evidence' });
  await expect(evidence).toContainText('hv01-churn.csv');
  await expect(evidence).toContainText('Every VM was sampled in 85.4 % of the period');
  await expect(evidence.getByText(/Uplink to meet 15 min 100 % of the time/).locator('..')).toContainText(/35\d Mbps/);
  await expect(evidence.getByRole('table', { name: 'Peak RPO, violations and breaches per measured day' }).getByRole('row')).toHaveCount(8);
  const inputs = page.getByRole('table', { name: /Virtual machines/ });
  await expect(inputs.getByRole('row', { name: /NIGHTLY01/ })).toContainText('Measured: 95th-percentile day');
  await expect(inputs.getByRole('row', { name: /NIGHTLY01/ })).toContainText('bursts in 5-minute steps');
  for (const name of ['STEADY01', 'NIGHTLY01', 'BIZ01']) await expect(inputs.getByRole('row', { name: new RegExp(name) })).not.toContainText(/rule of thumb/i);
  await page.emulateMedia({ media: 'print' });
  const pdf = await report.savePdf(artifact('measured-derive-report.pdf'), 'A4');
  expect(pdf.pageCount()).toBeGreaterThan(2);
});
