import { writeFile } from 'node:fs/promises';
import { inventoryCsv, perfmonCsv } from '../src/features/measured/fixtures/perfmon-fixture';
import { artifact, expect, test } from './fixtures';
import { FilesPage } from './pages/files-page';
import { csvFile, MeasuredPage } from './pages/measured-page';
import { PlannerPage } from './pages/planner-page';
import { ReportPage } from './pages/report-page';
import { SharePage } from './pages/share-page';
import { SCHEMA_VERSION } from '../src/plan/schema';

/**
 * The privacy promise, walked end to end: a customer's plan never leaves the browser. Every
 * request and socket of the browser context (pages, workers, service worker) is recorded while a
 * consultant edits, shares, reports, exports and imports; anything not addressed to the app's own
 * origin fails the test (the `guard` fixture checks the same for every other test).
 */
test('edit, share link, report, save, open, CSV and measured import: every request stays on the app origin', async ({ planner, page, context, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const app = new URL(baseURL!);
  const requests: string[] = [];
  const sockets: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const watchSockets = (p: typeof page) => p.on('websocket', (socket) => sockets.push(socket.url()));
  context.pages().forEach(watchSockets);
  context.on('page', watchSockets);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  // Edit: name, uplink, a VM.
  await planner.goto();
  await planner.planName.fill('Fabrikam: confidential sizing');
  await planner.setUplink('1.5');
  await expect(planner.verdict).toContainText('1.5 Mbps');

  // Share: the link carries the plan in its hash (never sent to a server); open it in another tab.
  const share = new SharePage(page);
  await share.copyLinkButton.click();
  await expect(share.status).toHaveText(/^Link copied/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).hash).toMatch(new RegExp(`^#plan=${SCHEMA_VERSION}\\.`));
  const tab = await context.newPage();
  await tab.goto(link);
  await expect(new PlannerPage(tab).planName).toHaveValue('Fabrikam: confidential sizing');
  await tab.close();

  // Report and PDF.
  const report = await ReportPage.open(page);
  const pdf = await report.savePdf(testInfo.outputPath('privacy-report.pdf'), 'A4');
  expect(pdf.text(1)).toContain('Fabrikam: confidential sizing');
  await report.backButton.click();

  // Save the plan, export the results, open the saved file again.
  const files = new FilesPage(page);
  const saved = await files.saveJson();
  await files.exportResultsCsv();
  const planPath = testInfo.outputPath('plan.json');
  await writeFile(planPath, saved.text);
  await planner.planName.fill('Changed before opening the file');
  await files.openPlanFile(planPath);
  await expect(files.openDialog).toBeHidden();
  await expect(planner.planName).toHaveValue('Fabrikam: confidential sizing');

  // Inventory CSV import (the template, downloaded and read back).
  await files.openImport();
  const template = await files.download(() => files.importButton('Download template').click());
  const templatePath = testInfo.outputPath('template.csv');
  await writeFile(templatePath, template.text);
  await files.importDialog.getByLabel('Inventory file (.csv)').setInputFiles(templatePath);
  await expect(files.importDialog.getByRole('status')).toContainText('ready to import');
  await files.importButton('Add to plan').click();
  await expect(planner.vmTable.getByRole('row', { name: 'SQL01' })).toHaveCount(2); // the example's and the template's

  // Measured churn: import in the worker, analyse, keep the series in IndexedDB.
  const measured = new MeasuredPage(page);
  await measured.open();
  await measured.importFiles(csvFile('node01-churn.csv', perfmonCsv({ days: 2, vmCount: 4 })), csvFile('node01-inventory.csv', inventoryCsv({ vmCount: 4 })));
  await expect(measured.dialog).toContainText(/\d+ disk counters: \d+ matched/);
  await measured.button('Continue').click();
  await measured.button('Use measured series').click();
  await expect(measured.dialog.getByText(/Uplink to meet .* 100 % of the time/).locator('..')).toContainText(/\d Mbps$|Out of reach/, { timeout: 30_000 });
  await measured.button('Close').click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: artifact('privacy-flow-end.png') });

  const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== app.origin);
  expect(foreign, 'requests to any other origin').toEqual([]);
  // The dev server's reload socket is the only socket allowed, and only to the app's own host.
  expect(sockets.filter((url) => new URL(url).host !== app.host), 'sockets to another host').toEqual([]);
  // The recorder saw the app load (so an empty "foreign" list means something).
  expect(requests.some((url) => new URL(url).pathname === '/')).toBe(true);
  expect(requests.length).toBeGreaterThan(5);

  // The built app also tells the browser to refuse any other origin (the dev server has no CSP).
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null);
  if (csp !== null) {
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
  }
});
