import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/planner-page';

const artifact = (name: string) => fileURLToPath(new URL(`../test-artifacts/${name}`, import.meta.url));

test('shows the branch office verdict, then the datacenter one', async ({ page, baseURL }) => {
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin && !request.url().startsWith('data:')) {
      foreignRequests.push(request.url());
    }
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  const planner = new PlannerPage(page);
  await planner.goto();

  await expect(page).toHaveTitle('Replica Planner');
  await expect(planner.planName).toHaveText('Branch office on ADSL (300 kbps up)');
  await expect(planner.verdict).toBeVisible();
  await expect(planner.verdict).toContainText(/Stable|Not stable/);
  await expect(planner.alerts).toHaveCount(0);
  const branchVerdict = await planner.verdict.textContent();
  await page.screenshot({ path: artifact('branch-office.png'), fullPage: true });

  await planner.chooseExample('Datacenter with extended replica (40 VMs)');
  await expect(planner.planName).toHaveText('Datacenter: 40 VMs to DR site, extended to cloud');
  await expect(planner.verdict).toBeVisible();
  await expect(planner.verdict).not.toHaveText(branchVerdict ?? '');
  await expect(planner.alerts).toHaveCount(0);
  await page.screenshot({ path: artifact('datacenter.png'), fullPage: true });

  expect(foreignRequests, 'the app must never request another origin').toEqual([]);
  expect(pageErrors).toEqual([]);
});
