import { inventoryCsv, perfmonCsv } from '../src/features/measured/fixtures/perfmon-fixture';
import { artifact, expect, STATIC_PROJECT, test } from './fixtures';
import { FilesPage } from './pages/files-page';
import { csvFile, MeasuredPage } from './pages/measured-page';
import { ReportPage } from './pages/report-page';
import type { BrowserContext, Page } from '@playwright/test';

// The service worker exists in built apps only: the dev server never registers it. The static
// server always serves a build, so there a skip would only hide a broken deploy: it fails instead.
test.beforeEach(async ({ request }, testInfo) => {
  const built = (await (await request.get('/')).text()).includes('Content-Security-Policy');
  if (testInfo.project.name === STATIC_PROJECT) expect(built, 'the static server serves the built app').toBe(true);
  test.skip(!built, 'needs a built app (vite preview or the static server), not the dev server');
});

/** First visit: wait until the service worker has stored the app and controls this page. */
async function installOffline(page: Page): Promise<string[]> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none')).toBe('activated');
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('replica-planner-'));
    const cache = await caches.open(names[0]!);
    return [names.length, ...(await cache.keys()).map((request) => new URL(request.url).pathname)].map(String);
  });
}

/** Cut the network, and record what still reaches for it: every page response must come from the service worker. */
function goOffline(context: BrowserContext) {
  const network: string[] = [];
  context.on('response', (response) => {
    if (!response.fromServiceWorker()) network.push(`${response.status()} ${response.url()}`);
  });
  context.on('requestfinished', (request) => {
    // Requests the service worker itself sends go to the network: none should succeed offline.
    if (request.serviceWorker()) network.push(`service worker fetched ${request.url()}`);
  });
  return { network, cut: () => context.setOffline(true) };
}

test('after the first visit the planner loads, computes, prints and imports with the network gone', async ({ planner, page, context }) => {
  test.slow(); // a PDF and several on-demand chunks
  await planner.goto();
  const [cacheCount, ...stored] = await installOffline(page);
  expect(Number(cacheCount), 'one cache for the one version').toBe(1);
  for (const path of [/^\/$/, /^\/assets\/index-.*\.js$/, /^\/assets\/report-view-.*\.js$/, /^\/assets\/engine\.worker-.*\.js$/, /^\/assets\/import\.worker-.*\.js$/]) {
    expect(stored, `stored for offline use: ${path}`).toContainEqual(expect.stringMatching(path));
  }
  for (const path of ['/examples/datacenter.json', '/examples/branch-office.json', '/collector/Measure-ReplicaChurn.ps1', '/manifest.webmanifest', '/icon.svg', '/icon-192.png']) {
    expect(stored, `stored for offline use: ${path}`).toContain(path);
  }
  expect(stored, 'the service worker does not store itself').not.toContain('/sw.js');
  // IIS refuses to serve web.config: were it on the list, the install would fail there.
  expect(stored, 'server configuration is not part of the app').not.toContain('/web.config');

  const offline = goOffline(context);
  await offline.cut();
  await page.reload();
  await expect(planner.verdict).toContainText('The 0.3 Mbps uplink cannot keep up');
  // Truly offline: a file the app never stored cannot be fetched.
  expect(await page.evaluate(() => fetch('/not-stored.txt').then((r) => `HTTP ${r.status}`, (error: Error) => error.name))).toBe('TypeError');

  // Editing runs the engine (in its worker) without the network.
  await planner.setUplink('20');
  await expect(planner.verdict).toContainText('Enough: The 20 Mbps uplink is enough');
  await planner.chooseExample(/Datacenter/);
  await expect(planner.verdict).toContainText('The 300 Mbps uplink');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: artifact('offline-datacenter.png') });

  // The report's code loads on demand, from the stored copy; printing to PDF works.
  const report = await ReportPage.open(page);
  await expect(report.printButton).toBeVisible();
  const pdf = await report.savePdf(artifact('offline-report-a4.pdf'), 'A4');
  expect(pdf.text()).toContain('Hyper-V Replica sizing report');
  await report.backButton.click();

  // The file dialogs and the measured-churn import (with its worker) load on demand too.
  const files = new FilesPage(page);
  await files.toolbar.getByRole('button', { name: 'Open…' }).click();
  await expect(files.openDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await files.toolbar.getByRole('button', { name: 'Import VMs from CSV…' }).click();
  await expect(files.importDialog).toBeVisible();
  await page.keyboard.press('Escape');
  const measured = new MeasuredPage(page);
  await measured.open();
  await measured.importFiles(csvFile('churn.csv', perfmonCsv({ days: 1, vmCount: 4 })), csvFile('inventory.csv', inventoryCsv({ vmCount: 4 })));
  await expect(measured.dialog).toContainText(/\d+ disk counters: \d+ matched/);
  await measured.button('Close').click();

  expect(offline.network, 'everything came from the stored copy').toEqual([]);
});

test('offline, a share link opens its plan in a new tab (the plan lives in the hash)', async ({ planner, page, context }) => {
  await planner.goto();
  await installOffline(page);
  const before = new URL(page.url()).hash;
  await planner.setUplink('20');
  await expect(planner.verdict).toContainText('The 20 Mbps uplink');
  // The address bar carries the open plan as a link (written shortly after the edit).
  await expect.poll(() => new URL(page.url()).hash).not.toBe(before);
  const link = page.url();
  // The saved plan moves on, so the new tab can only show 20 Mbps by reading the link; closing the
  // tab saves it at once.
  await planner.setUplink('5');
  await expect(planner.verdict).toContainText('The 5 Mbps uplink');
  await page.close();

  const offline = goOffline(context);
  await offline.cut();
  const tab = await context.newPage();
  const verdict = tab.getByRole('region', { name: 'Verdict' });
  await tab.goto('/index.html?from=bookmark');
  await expect(verdict, 'without a link: the saved plan').toContainText('The 5 Mbps uplink');
  await tab.goto(link);
  await expect(verdict, 'the link’s plan').toContainText('Enough: The 20 Mbps uplink is enough');
  expect(offline.network, 'everything came from the stored copy').toEqual([]);
});

test('the app is installable: a valid web app manifest with icons, and a service worker', async ({ planner, page, context }) => {
  await planner.goto();
  await installOffline(page);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors, 'the manifest parses cleanly').toEqual([]);
  expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: 'Replica Planner', display: 'standalone' });
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // A test browser's context is a private window, where no browser offers to install: not the app's doing.
  const errors = installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito');
  expect(errors, 'Chromium would offer to install the app').toEqual([]);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/icon.svg');
});
