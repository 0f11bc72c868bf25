import AxeBuilder from '@axe-core/playwright';
import { artifact, expect, test } from './fixtures';
import { ReportPage, type PrintedPdf } from './pages/report-page';

/** Each chart's title and the label under its plot: on one page means the chart was not split. */
const CHART_ENDS: [string, string][] = [
  ['Wire demand by hour vs usable link capacity', 'Hour of day (local time)'],
  ['Backlog and worst RPO through the day', 'Time of day (reported day, 5-minute steps)'],
  ['What if the uplink changes', 'Uplink (Mbps, log scale)'],
  ['Storage: replica site and primary free space', 'Size ('],
  ['Initial replication timeline per VM', 'Time since initial replication starts'],
];

// Both examples carry a price list, so both reports have the options section (SPEC §5.9).
const SECTIONS = ['1. Executive summary', '2. Assumptions', '3. Charts', '4. Per-VM results', '5. Recommendations and warnings', '6. Options considered', '7. Method and sources'];

/** What every printed report must hold, and what must not print. */
function expectPrintedReport(pdf: PrintedPdf, planName: string) {
  const text = pdf.text();
  const pages = pdf.pageCount();
  expect(pdf.text(1), 'page numbers in the footer').toContain(`Page 1 of ${pages}`);
  expect(pdf.text(pages)).toContain(`Page ${pages} of ${pages}`);
  for (const needle of ['Hyper-V Replica sizing report', planName, ...SECTIONS, 'rule of thumb', 'Default', '[HEALTH1]', '[RESYNC]', 'Sources']) {
    expect(text, `printed report contains "${needle}"`).toContain(needle);
  }
  for (const needle of ['Back to the planner', 'Print / Save as PDF', 'Show data as table', 'Plans stay in this browser']) {
    expect(text, `"${needle}" must not print`).not.toContain(needle);
  }
  for (const [title, axis] of CHART_ENDS) {
    const titlePages = pdf.pagesWith(title);
    expect(titlePages, `chart "${title}" printed once`).toHaveLength(1);
    expect(pdf.text(titlePages[0]), `chart "${title}" whole on page ${titlePages[0]}`).toContain(axis);
  }
}

async function printBoth(report: ReportPage, name: string, planName: string) {
  const counts: Record<string, number> = {};
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await report.savePdf(artifact(`report-${name}-${format.toLowerCase()}.pdf`), format);
    counts[format] = pdf.pageCount();
    expectPrintedReport(pdf, planName);
    expect(pdf.toPngs()).toHaveLength(counts[format]!);
  }
  return counts;
}

test('branch office: the report reads as a deliverable and prints whole on A4 and Letter', async ({ planner, page }) => {
  test.slow(); // two PDFs, each read back page by page
  await planner.goto();
  const report = await ReportPage.open(page);
  await expect(report.title).toBeFocused();
  await expect(page.getByRole('region', { name: 'Verdict' })).toHaveCount(0);

  const summary = report.section('1. Executive summary');
  await expect(summary).toContainText('Not enough — the RPO grows without limit.');
  await expect(summary).toContainText('SQL01 would need a resync after about 62 days');
  await expect(summary.getByRole('table', { name: /Uplink needed for each goal/ })).toContainText('0.28 Mbps short');
  await expect(summary.getByRole('table', { name: 'Headline figures' })).toContainText('never completes');

  const settings = report.section('2. Assumptions').getByRole('table', { name: 'Plan settings' });
  await expect(settings.getByRole('row', { name: /Compression ratio \(wire ÷ raw\)/ })).toContainText('Default, rule of thumb');
  await expect(settings.getByRole('row', { name: /Uplink \(primary site upload\)/ })).toContainText('Entered');
  await expect(report.section('2. Assumptions').getByRole('table', { name: /Virtual machines/ })).toContainText('Pagefile (6 GiB/day)');

  const advice = report.section('5. Recommendations and warnings');
  await expect(advice.getByRole('list', { name: 'Recommendations' })).toContainText('Raise the uplink from 0.3 Mbps to at least 0.58 Mbps');
  await expect(advice.getByRole('list', { name: 'Recommendations' })).toContainText('Keep FS01 “Pagefile” out of replication');
  await expect(advice).toContainText('FS01 breaches the 30-minute failure window');

  await report.stubPrint();
  await report.printButton.click();
  expect(await report.printCalls()).toBe(1);

  const counts = await printBoth(report, 'branch-office', 'Branch office on ADSL (300 kbps up)');
  expect(counts.A4).toBeGreaterThanOrEqual(5);
  expect(counts.A4).toBeLessThanOrEqual(10);
  expect(counts.Letter).toBeGreaterThanOrEqual(counts.A4!);
  console.log(`branch office report: ${counts.A4} A4 pages, ${counts.Letter} Letter pages`);
});

test('datacenter: 40 VMs with an extended hop, every VM group in the printed tables', async ({ planner, page }) => {
  test.slow(); // three PDFs, each read back page by page
  await planner.goto();
  await planner.chooseExample(/Datacenter/);
  await expect(planner.verdict).toContainText('300 Mbps');
  const report = await ReportPage.open(page);

  await expect(page.getByText('40 VMs in 14 groups')).toBeVisible();
  await expect(report.section('1. Executive summary')).toContainText('Enough.');
  await expect(report.section('1. Executive summary').getByRole('table', { name: 'Headline figures' })).toContainText('Extended site');
  const results = report.section('4. Per-VM results').getByRole('table');
  await expect(results.getByRole('columnheader', { name: 'Extended RPO' })).toBeVisible();
  await expect(results.getByRole('row')).toHaveCount(15);
  await expect(report.section('5. Recommendations and warnings')).toContainText('Ship FS01, EXCH, BATCH01 and CA01 on disk (offline): every VM protected after 2 d 19 h instead of 3 d 18 h');

  const counts = await printBoth(report, 'datacenter', 'Datacenter: 40 VMs to DR site, extended to cloud');
  const text = (await report.savePdf(artifact('report-datacenter-a4.pdf'), 'A4')).text();
  for (const vm of ['DC', 'FS01', 'FS-DEPT', 'SQL01', 'SQL02', 'SQL-RPT', 'EXCH', 'WEB', 'VDI', 'APP', 'BATCH01', 'MON01', 'PRINT01', 'CA01']) {
    expect(text.match(new RegExp(`^${vm}( × \\d+)?\\b`, 'gm'))?.length ?? 0, `${vm} in both VM tables`).toBeGreaterThanOrEqual(2);
  }
  expect(counts.A4).toBeLessThanOrEqual(10);
  console.log(`datacenter report: ${counts.A4} A4 pages, ${counts.Letter} Letter pages`);
});

test('a draft with errors: the report says it describes the last valid plan', async ({ planner, page }) => {
  await planner.goto();
  await planner.setUplink('-5');
  const report = await ReportPage.open(page);
  await expect(report.staleNote).toBeVisible();
  // The last valid plan's uplink, not the draft's.
  await expect(report.section('1. Executive summary')).toContainText('The 0.3 Mbps uplink');
});

test('back to the planner: the report closes and focus returns to its button', async ({ planner, page }) => {
  await planner.goto();
  const report = await ReportPage.open(page);
  await report.backButton.click();
  await expect(report.title).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Report / Print' })).toBeFocused();
  await expect(planner.verdict).toBeVisible();
});

test('the report has no serious or critical axe violations', async ({ planner, page }) => {
  test.slow(); // axe walks every table cell and chart node of the 40-VM report
  await planner.goto();
  await planner.chooseExample(/Datacenter/);
  await ReportPage.open(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
});
