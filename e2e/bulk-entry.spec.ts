import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { artifact, expect, test } from './fixtures';
import { ReportPage } from './pages/report-page';

/**
 * A 15-VM customer as a consultant gets it: a spreadsheet with one row per disk, every VM with
 * a paging disk that is still ticked for replication, SQL servers among them. Sizes in GiB.
 * PRINT01's churn is unknown (cells left empty): the workload preset's rule of thumb fills it.
 */
const VMS: [name: string, workload: string, data: number, churn: number][] = [
  ['DC01', 'Domain controller', 60, 0.4],
  ['DC02', 'Domain controller', 60, 0.4],
  ['FS01', 'File server', 900, 12],
  ['FS02', 'File server', 700, 9],
  ['SQL01', 'SQL Server', 400, 30],
  ['SQL02', 'SQL Server', 300, 22],
  ['SQL03', 'SQL Server', 250, 18],
  ['EX01', 'Exchange', 600, 40],
  ['WEB01', 'Web server', 80, 1],
  ['WEB02', 'Web server', 80, 1],
  ['APP01', 'General purpose', 200, 5],
  ['APP02', 'General purpose', 200, 5],
  ['APP03', 'General purpose', 150, 4],
  ['VDI-GOLD', 'VDI desktop', 120, 3],
  ['PRINT01', 'General purpose', 60, NaN],
];

function engagementTsv(): string {
  const rows = [['VM', 'Disk', 'Size', 'Used', 'Churn (GiB/day)', 'Workload', 'Owner']];
  for (const [name, workload, data, churn] of VMS) {
    const known = !Number.isNaN(churn);
    rows.push([name, 'OS', '80', '40', known ? '0.5' : '', workload, 'IT']);
    rows.push([name, 'Data', String(data), String(Math.round(data * 0.6)), known ? String(churn) : '', workload, 'IT']);
    rows.push([name, 'Pagefile', '16', '16', known ? '12' : '', workload, 'IT']);
  }
  return rows.map((r) => r.join('\t')).join('\n');
}

/** Counts what the user does: each click, choice, key press or fill of one box is one action. */
class Actions {
  count = 0;
  constructor(private readonly page: Page) {}
  async click(name: string | RegExp, role: 'button' | 'checkbox' = 'button') {
    this.count++;
    await this.page.getByRole(role, { name }).click();
  }
  async choose(label: string | RegExp, option: string | RegExp) {
    this.count++;
    const select = this.page.getByLabel(label, { exact: typeof label === 'string' });
    const match = select.getByRole('option', { name: option });
    await select.selectOption({ label: (await match.first().textContent()) ?? '' });
  }
  async fill(label: string | RegExp, text: string) {
    this.count++;
    await this.page.getByLabel(label, { exact: typeof label === 'string' }).fill(text);
  }
}

test('a 15-VM engagement: paste and two bulk edits in under 15 actions, one undo step each', async ({ planner, page }) => {
  test.setTimeout(120_000); // 45 pasted rows and two bulk edits on a shared 2-core machine
  await planner.goto();
  const act = new Actions(page);
  const bulk = page.getByRole('form', { name: /Change the \d+ selected VMs?/ });

  await act.click('New plan');
  await act.click('Paste rows…');
  await act.fill('Rows (tab-separated)', engagementTsv());
  const dialog = page.getByRole('dialog', { name: 'Paste rows from a spreadsheet' });
  await expect(dialog).toContainText('15 VMs ready to add');
  await expect(dialog).toContainText('Ignored column (not plan fields): “Owner”.');
  await page.screenshot({ path: artifact('bulk-paste-preview.png') });
  await act.click('Replace VMs');
  await expect(planner.vmTable.getByRole('row')).toHaveCount(16); // header + 15 VMs
  await expect(page.getByRole('status').filter({ hasText: /Replaced the plan's 1 VM with 15 VMs from the paste/ })).toBeVisible();

  // Plausibility: every paging disk is still replicated, and the warnings list says so.
  const warnings = page.getByRole('region', { name: 'Warnings' });
  await expect(warnings.getByText(/DC01: disk "Pagefile" looks like a paging-file disk/)).toBeVisible();
  await expect(warnings.getByRole('button', { name: 'Go to DC01, disk Pagefile: Replicated' })).toBeVisible();

  // Bulk edit 1: every VM keeps 4 recovery points, and the paging disks are excluded.
  await act.click('Select all');
  await expect(bulk).toBeVisible();
  await act.fill('Recovery points', '4');
  await act.choose('Disks named like', 'Exclude');
  await act.click('Apply to 15 VMs');
  await expect(page.getByRole('status').filter({ hasText: /^15 VMs changed: recovery points 4, disks named “page, paging, swap, temp, tmp, scratch” excluded\. 15 disks excluded\./ })).toBeVisible();
  await expect(warnings.getByText(/looks like a paging-file disk/)).toHaveCount(0);

  // Bulk edit 2: the SQL servers get hourly app-consistent points and replicate every 30 s.
  await act.choose('Select by workload', /SQL Server \(3\)/);
  await expect(page.getByText('3 of 15 VMs selected.')).toBeVisible();
  await act.choose('App-consistent', 'Every 1 h');
  await act.choose('Frequency', '30 s');
  await act.click('Apply to 3 VMs');
  await expect(page.getByRole('status').filter({ hasText: /^3 VMs changed: frequency 30 s, app-consistent every 1 h\./ })).toBeVisible();

  expect(act.count, 'UI actions to enter the engagement').toBeLessThan(15);
  console.log(`UI actions for the 15-VM engagement: ${act.count}`);

  // What the table now holds.
  await expect(page.getByRole('textbox', { name: 'App-consistent interval of SQL02, hours' })).toHaveValue('1');
  await expect(page.getByRole('combobox', { name: 'Frequency of SQL03' })).toHaveValue('30');
  await expect(page.getByRole('combobox', { name: 'Frequency of FS01' })).toHaveValue('300');
  await expect(page.getByRole('textbox', { name: 'Recovery points of PRINT01' })).toHaveValue('4');
  await page.getByRole('button', { name: /^Disks of EX01:/ }).click();
  await expect(page.getByRole('checkbox', { name: 'Replicate Pagefile of EX01' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Replicate Data of EX01' })).toBeChecked();
  await planner.vmTable.scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('bulk-after-two-edits.png'), fullPage: false });

  // Each bulk edit is one undo step; the status line clears once the plan changes.
  await planner.undoButton.click();
  await expect(page.getByRole('combobox', { name: 'Frequency of SQL03' })).toHaveValue('300');
  await expect(page.getByRole('textbox', { name: 'Recovery points of SQL03' })).toHaveValue('4');
  await expect(page.getByRole('status').filter({ hasText: /VMs changed/ })).toHaveCount(0);
  await planner.undoButton.click();
  await expect(page.getByRole('textbox', { name: 'Recovery points of SQL03' })).toHaveValue('0');

  // Redone, the engagement goes to the report: typed churn is the customer's figure, PRINT01's the preset's.
  await planner.redoButton.click();
  await planner.redoButton.click();
  await expect(page.getByRole('combobox', { name: 'Frequency of SQL03' })).toHaveValue('30');
  // The editor says the same beside each VM's churn line (rule-of-thumb disks of PRINT01, typed ones of SQL01).
  await expect(page.getByRole('button', { name: /^Disks of SQL01:/ })).toContainText('Churn source: entered');
  await expect(page.getByRole('button', { name: /^Disks of PRINT01:/ })).toContainText('Churn source: rule of thumb (workload preset)');
  await expect(page.getByRole('combobox', { name: 'Profile of PRINT01' })).toHaveAccessibleDescription('Profile source: rule of thumb (workload preset)');
  const report = await ReportPage.open(page);
  const inputs = report.section('2. Assumptions').getByRole('table', { name: /Virtual machines/ });
  const row = (name: string) => inputs.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}\\b`) }) });
  for (const typed of ['SQL01', 'FS01', 'DC02', 'EX01']) {
    await expect(row(typed).getByRole('cell').nth(4)).toContainText('Entered');
    await expect(row(typed)).not.toContainText(/rule of thumb/i);
  }
  // PRINT01, general purpose: 3 % of used per day over its replicated disks (the paging disk is excluded).
  await expect(row('PRINT01').getByRole('cell').nth(4)).toContainText('Rule of thumb: General purpose, 3 % of used per day');
  await row('PRINT01').scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('bulk-report-provenance.png') });
});

test('bulk selection works from the keyboard: Space, Shift+Space for a range, Enter applies', async ({ planner, page }) => {
  await planner.goto();
  await page.getByRole('checkbox', { name: 'Select DC01' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: 'Select APP01' }).focus();
  await page.keyboard.press('Shift+Space');
  await expect(page.getByText('3 of 4 VMs selected.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Select FS01' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Select SQL01' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Select all VMs' })).toHaveJSProperty('indeterminate', true);

  const points = page.getByLabel('Recovery points', { exact: true });
  await points.fill('7');
  await points.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^3 VMs changed: recovery points 7\./ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Recovery points of APP01' })).toHaveValue('7');
  await expect(page.getByRole('textbox', { name: 'Recovery points of SQL01' })).toHaveValue('2');

  // A number the version does not allow is named beside the box and nothing changes.
  await points.fill('99');
  await expect(page.getByText('Recovery points must be a whole number from 0 to 24')).toBeVisible();

  const results = await new AxeBuilder({ page }).include('.vm-bulk').include('.vm-table').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('messages name fields as the editor does, and the link goes to the field; decimal commas are read', async ({ planner }) => {
  await planner.goto();
  await planner.setUplink('0');
  const link = planner.verdict.getByRole('button', { name: 'Uplink (Mbps) must be at least 0.001' });
  await expect(link).toBeVisible();
  await expect(planner.verdict).not.toContainText('link.uplinkMbps');
  await planner.page.getByRole('heading', { name: 'Virtual machines' }).scrollIntoViewIfNeeded();
  await link.click();
  await expect(planner.uplink).toBeFocused();
  await planner.setUplink('20,5');
  await expect(planner.verdict).toContainText('The 20.5 Mbps uplink');
});

test('a churn figure above the disk size is flagged beside the field and in the warnings', async ({ planner, page }) => {
  await planner.goto();
  await page.getByRole('button', { name: /^Disks of FS01:/ }).click();
  await page.getByRole('textbox', { name: 'Churn of Data of FS01' }).fill('5000');
  await expect(page.getByText(/This disk rewrites 12\.5× its size per day/)).toBeVisible();
  const warnings = page.getByRole('region', { name: 'Warnings' });
  await expect(warnings.getByText(/FS01: disk "Data" rewrites 12\.5× its size per day/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Churn of Data of FS01' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('plausibility-beside-field.png') });
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the VM name stays in view while the VM table and the per-VM results scroll sideways', async ({ planner, page }) => {
    await planner.goto();
    const wrap = page.locator('.vm-table-wrap');
    await wrap.scrollIntoViewIfNeeded();
    await wrap.evaluate((el) => (el.scrollLeft = 600));
    const box = (await wrap.boundingBox())!;
    const name = page.getByRole('textbox', { name: 'Name of VM in row 2' });
    const nameBox = (await name.boundingBox())!;
    // Scrolled 600 px, the name box is still at the left edge of the table (after the selection
    // box: 28 px in), wholly on screen. Its width is the column's, which may change as rows render.
    const where = JSON.stringify({ table: box, name: nameBox });
    expect(nameBox.x, where).toBeGreaterThanOrEqual(box.x);
    expect(nameBox.x, where).toBeLessThan(box.x + 60);
    expect(nameBox.x + nameBox.width, where).toBeLessThanOrEqual(box.x + box.width);
    await expect(name).toHaveValue('FS01');
    await page.screenshot({ path: artifact('phone-vm-table-scrolled.png') });
    // Editing a cell of that row while scrolled: the row's name is beside it.
    const points = page.getByRole('textbox', { name: 'Recovery points of FS01' });
    await points.scrollIntoViewIfNeeded();
    expect((await name.boundingBox())!.x).toBeGreaterThanOrEqual(box.x);

    const results = page.locator('.vm-results-scroll');
    await results.scrollIntoViewIfNeeded();
    await results.evaluate((el) => (el.scrollLeft = 500));
    const rbox = (await results.boundingBox())!;
    const vmLink = page.getByRole('table', { name: 'Per-VM results' }).getByRole('button', { name: 'FS01' });
    const linkBox = (await vmLink.boundingBox())!;
    expect(linkBox.x).toBeGreaterThanOrEqual(rbox.x);
    expect(linkBox.x).toBeLessThan(rbox.x + 120);
    await page.screenshot({ path: artifact('phone-vm-results-scrolled.png') });
    // The bulk form wraps to the phone's width; the page itself never scrolls sideways.
    await page.getByRole('button', { name: 'Select all' }).click();
    const bulk = page.getByRole('form', { name: 'Change the 4 selected VMs' });
    await bulk.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('phone-bulk-form.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
