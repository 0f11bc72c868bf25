import { readFileSync, readdirSync } from 'node:fs';
import { artifact, expect, test } from './fixtures';

/**
 * The built planner on a plain static server (e2e/static-server.mjs, the `static-dist` project)
 * with the deploy headers README documents: the page renders under the strict policy, every file
 * has its MIME type and caching, and the documented nginx snippet and public/web.config say the
 * same policy the server sends.
 */
const file = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const asset = (pattern: RegExp) => `/assets/${readdirSync(new URL('../dist/assets/', import.meta.url)).find((name) => pattern.test(name))}`;

test('renders results with no Content-Security-Policy violation under the deploy headers', async ({ planner, page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`);
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(planner.verdict).toContainText('The 0.3 Mbps uplink cannot keep up');
  await planner.chooseExample(/Datacenter/);
  await expect(planner.verdict).toContainText('The 300 Mbps uplink');
  // Charts (SVG with inline style attributes set by script) and the warnings list are drawn.
  await expect(page.getByRole('region', { name: 'Warnings' })).toBeVisible();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await page.screenshot({ path: artifact('static-deploy-datacenter.png'), fullPage: false });
  expect(violations, 'securitypolicyviolation events').toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);
});

test('MIME types and caching: hashed assets immutable, everything else revalidated', async ({ request }) => {
  const expected: [string, RegExp, string][] = [
    ['/', /^text\/html/, 'no-cache'],
    ['/index.html', /^text\/html/, 'no-cache'],
    ['/sw.js', /^text\/javascript/, 'no-cache'],
    ['/manifest.webmanifest', /^application\/manifest\+json/, 'no-cache'],
    ['/examples/datacenter.json', /^application\/json/, 'no-cache'],
    ['/icon.svg', /^image\/svg\+xml/, 'no-cache'],
    ['/collector/Measure-ReplicaChurn.ps1', /^text\/plain/, 'no-cache'],
    [asset(/^index-.*\.js$/), /^text\/javascript/, 'public, max-age=31536000, immutable'],
    [asset(/^engine\.worker-.*\.js$/), /^text\/javascript/, 'public, max-age=31536000, immutable'],
    [asset(/^index-.*\.css$/), /^text\/css/, 'public, max-age=31536000, immutable'],
  ];
  for (const [path, type, cache] of expected) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(type);
    expect(response.headers()['cache-control'], path).toBe(cache);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
  expect((await request.get('/web.config')).status(), 'server configuration is not served').toBe(404);
});

test('the nginx snippet, web.config, the built page and the server state one policy', async ({ request }) => {
  const served = (await request.get('/')).headers()['content-security-policy'];
  const readme = file('README.md');
  const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  expect(/set \$csp "([^"]+)";/.exec(nginx)?.[1], 'README nginx snippet').toBe(served);
  expect(/name="Content-Security-Policy" value="([^"]+)"/.exec(file('public/web.config'))?.[1], 'public/web.config').toBe(served);
  // The page's own <meta> policy (no frame-ancestors: browsers ignore it there) is the header's.
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(file('dist/index.html'))?.[1];
  expect(`${meta}; frame-ancestors 'none'`).toBe(served);
});
