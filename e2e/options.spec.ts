/**
 * Options (SPEC §5.9), as a consultant uses them: three variants, the comparison, the optimizer,
 * its first option made the plan (one undo step), the whole thing in a share link, and the report
 * that recommends it, printed and read back page by page.
 */
import type { Locator, Page } from '@playwright/test';
import { artifact, expect, test } from './fixtures';
import { PlannerPage } from './pages/planner-page';
import { ReportPage } from './pages/report-page';
import { SharePage } from './pages/share-page';

test.describe.configure({ timeout: 180_000 });

const panel = (page: Page) => page.getByRole('region', { name: 'Options: goals, prices and variants' });

async function addVariant(page: Page, index: number, name: string, path: string, value: string) {
  const options = panel(page);
  await options.getByRole('button', { name: 'Add variant' }).click();
  await options.getByRole('textbox', { name: `Variant ${index} name` }).fill(name);
  await options.getByRole('combobox', { name: `Variant ${index}, change 1: field` }).fill(path);
  await options.getByRole('textbox', { name: `Variant ${index}, change 1: new value` }).fill(value);
}

const compareRows = (page: Page): Locator => panel(page).getByRole('table', { name: /side by side/ }).locator('tbody > tr');


test('three variants, compare, the optimizer, make its first option the plan, share it and print the report', async ({ planner, page, context, browser }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await planner.goto(); // branch office: 0.3 Mbps ADSL, three priced offers in the example

  await addVariant(page, 1, 'VDSL 50/10', 'link.uplinkMbps', '10');
  await addVariant(page, 2, 'File server every 15 min', 'vms[1].frequencySeconds', '900');
  await addVariant(page, 3, 'Typo in a path', 'link.uplnkMbps', '40');
  // A path that leads nowhere is named under the variant, and the others are still compared.
  await expect(panel(page).getByRole('alert').filter({ hasText: 'link has no field “uplnkMbps”' }).first()).toBeVisible();
  await panel(page).getByRole('combobox', { name: 'Variant 3, change 1: field' }).fill('link.uplinkMbps');

  const rows = compareRows(page);
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('Plan as it is');
  await expect(rows.nth(0)).toContainText('unbounded');
  await expect(rows.nth(1)).toContainText('Meets the goals');
  await expect(rows.nth(2)).toContainText('misses the 15 min target RPO');

  // The optimizer runs in the worker; typing stays possible while it searches.
  await panel(page).getByRole('button', { name: 'Find the cheapest option that meets the goals' }).click();
  await planner.planName.fill('Contoso branch — options');
  await expect(panel(page).getByRole('status').filter({ hasText: 'Cheapest option that meets the goals' })).toBeVisible({ timeout: 60_000 });
  await expect(planner.planName).toHaveValue('Contoso branch — options');
  await panel(page).getByRole('button', { name: 'Find the cheapest option that meets the goals' }).click();
  await expect(panel(page).getByRole('status').filter({ hasText: 'Cheapest option that meets the goals: Option 1: VDSL 50/10' })).toBeVisible({ timeout: 60_000 });
  await expect(rows).toHaveCount(4 + 4);
  await panel(page).scrollIntoViewIfNeeded();
  await panel(page).screenshot({ path: artifact('options-compare.png') });

  // Make the first option the plan: one undo step brings the old plan back.
  await panel(page).getByRole('button', { name: /^Make “Option 1: VDSL 50\/10/ }).click();
  await expect(planner.uplink).toHaveValue('10');
  await expect(planner.verdict).toContainText('Enough');
  await planner.undoButton.click();
  await expect(planner.uplink).toHaveValue('0.3');
  await planner.redoButton.click();
  await expect(planner.uplink).toHaveValue('10');

  // The link carries goals, prices and variants.
  const share = new SharePage(page);
  await page.waitForTimeout(800);
  await share.copyLinkButton.click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const opened = new PlannerPage(other);
  await expect(opened.uplink).toHaveValue('10');
  // The options panel loads after the first screen.
  await expect(panel(other).getByRole('textbox', { name: 'Variant 2 name' })).toHaveValue('File server every 15 min', { timeout: 20_000 });
  await expect(panel(other).getByRole('textbox', { name: 'Offer 3 name' })).toHaveValue('Fibre 100/40');
  await expect(compareRows(other)).toHaveCount(4);
  await fresh.close();

  // Back to the plan before the change, so the report has something to recommend.
  await planner.undoButton.click();
  await expect(planner.uplink).toHaveValue('0.3');
  const report = await ReportPage.open(page);
  const summary = report.section('1. Executive summary');
  await expect(summary).toContainText('Recommended option', { timeout: 60_000 });
  await expect(summary).toContainText('VDSL 50/10');
  const considered = report.section('6. Options considered');
  await expect(considered.getByRole('table')).toContainText('File server every 15 min');
  const pdf = await report.savePdf(artifact('report-options-a4.pdf'), 'A4');
  expect(pdf.text(1), 'the recommendation is on page 1').toContain('Recommended option');
  const optionsPages = pdf.pagesWith('Options considered');
  expect(optionsPages.length).toBeGreaterThanOrEqual(1);
  expect(pdf.text()).toContain('Monthly cost against worst RPO');
  pdf.toPngs();
});

test('says plainly when nothing in the price list is enough, and which goal fails', async ({ planner, page }) => {
  await planner.goto();
  const options = panel(page);
  // Only the ADSL offer the branch has today: nothing meets the goals.
  await options.getByRole('button', { name: /Remove offer 3/ }).click();
  await options.getByRole('button', { name: /Remove offer 2/ }).click();
  await options.getByRole('button', { name: 'Find the cheapest option that meets the goals' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Nothing in the price list meets the goals' })).toContainText('the backlog grows without limit', { timeout: 60_000 });
});
