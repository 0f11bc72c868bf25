import { generatePlan } from '../bench/generate';
import { encodePlanLink } from '../src/features/share/link-codec';
import { parsePlan } from '../src/plan';
import { artifact, expect, test } from './fixtures';
import { PlannerPage } from './pages/planner-page';

test('opens on the branch-office example and answers in one sentence', async ({ planner, page }) => {
  await planner.goto();
  await expect(page).toHaveTitle('Replica Planner');
  await expect(planner.planName).toHaveValue('Branch office on ADSL (300 kbps up)');
  await expect(planner.verdict).toContainText('Not enough — the RPO grows without limit: The 0.3 Mbps uplink cannot keep up');
  await expect(planner.verdict).toContainText('SQL01 would need a resync after about 62 days');
  await expect(planner.card('Worst RPO')).toContainText('grows without limit');
  await expect(planner.card('Worst RPO')).toContainText('FS01');
  await page.screenshot({ path: artifact('branch-office.png'), fullPage: true });
  await page.screenshot({ path: artifact('branch-office-first-screen.png') });
});

test('the datacenter example, full screen', async ({ planner, page }) => {
  await planner.goto();
  await planner.chooseExample(/Datacenter/);
  await expect(planner.planName).toHaveValue('Datacenter: 40 VMs to DR site, extended to cloud');
  await expect(planner.verdict).toContainText('The 300 Mbps uplink');
  // The untouched branch-office example is not kept: it holds nothing of the user's.
  await expect(page.getByRole('status').filter({ hasText: 'Loaded the example' })).toHaveText('Loaded the example “Datacenter with extended replica (40 VMs)”.');
  await page.screenshot({ path: artifact('datacenter.png'), fullPage: true });
  await page.screenshot({ path: artifact('datacenter-first-screen.png') });
});

test('changing the uplink changes the verdict and the cards', async ({ planner }) => {
  await planner.goto();
  const rpoBefore = await planner.card('Worst RPO').textContent();
  await planner.setUplink('20');
  await expect(planner.verdict).toContainText('Enough: The 20 Mbps uplink is enough');
  await expect(planner.card('Uplink needed')).toContainText('20 Mbps');
  await expect(planner.card(/Failure window/)).toContainText('Never breached');
  await expect(planner.card('Worst RPO')).not.toHaveText(rpoBefore ?? '');
});

test('an invalid value shows the schema message by the field and keeps the results', async ({ planner, page }) => {
  await planner.goto();
  await planner.setUplink('fast');
  await expect(planner.uplink).toHaveAccessibleDescription(/must be a number/);
  await expect(planner.uplink).toHaveAttribute('aria-invalid', 'true');
  // The last valid plan's answers stay, marked as out of date.
  await expect(planner.verdict).toContainText('The 0.3 Mbps uplink cannot keep up');
  await expect(planner.verdict).toContainText('results are for the last valid plan');
  await page.screenshot({ path: artifact('invalid-uplink.png') });
  await planner.setUplink('2');
  await expect(planner.verdict).not.toContainText('out of date');
  await expect(planner.verdict).toContainText('The 2 Mbps uplink');
});

test('undo and redo, by button and by keyboard', async ({ planner, page }) => {
  await planner.goto();
  await planner.setUplink('20');
  await expect(planner.verdict).toContainText('The 20 Mbps uplink');
  await planner.undoButton.click();
  await expect(planner.uplink).toHaveValue('0.3');
  await expect(planner.verdict).toContainText('The 0.3 Mbps uplink');
  await page.keyboard.press('Control+Shift+Z');
  await expect(planner.uplink).toHaveValue('20');
  await page.keyboard.press('Control+Z');
  await expect(planner.uplink).toHaveValue('0.3');
  await planner.redoButton.click();
  await expect(planner.verdict).toContainText('The 20 Mbps uplink');
});

test('the plan survives a reload; a corrupt saved plan is set aside with a banner', async ({ planner, page }) => {
  await planner.goto();
  await planner.setUplink('7');
  await planner.planName.fill('Contoso DR');
  await expect(planner.verdict).toContainText('The 7 Mbps uplink');
  await page.waitForTimeout(700); // saving is debounced (500 ms)
  await page.reload();
  await expect(planner.planName).toHaveValue('Contoso DR');
  await expect(planner.uplink).toHaveValue('7');

  await page.evaluate(() => localStorage.setItem('replica-planner:plan', '{"schemaVersion":1,"plan":{"vms":"broken'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('The saved plan could not be opened');
  await expect(planner.verdict).toContainText('uplink');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('replica-planner:plan:corrupt:'))).toBe(true);
});

test('GiB/GB toggle converts sizes', async ({ planner, page }) => {
  await planner.goto();
  const storage = planner.card('Replica storage');
  await expect(storage).toContainText('GiB');
  await page.getByRole('radio', { name: 'GB', exact: true }).check();
  await expect(storage).toContainText(' GB');
  await expect(storage).not.toContainText('GiB');
});

test('following the initial-replication advice protects the plan when the advice said, sooner than before', async ({ planner, page }) => {
  test.slow(); // four edits of a 40-copy plan, each re-evaluated
  await planner.goto();
  await planner.chooseExample(/Datacenter/);
  const ir = planner.card('Initial replication');
  await expect(ir).toContainText('3 d 18 h');
  await expect(ir).toContainText('Ship FS01, EXCH, BATCH01 and CA01 on disk (offline): every VM protected after 2 d 19 h instead of 3 d 18 h.');
  const timeline = page.getByRole('figure', { name: 'Initial replication timeline per VM' });
  await timeline.scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('ir-before-advice.png') });
  for (const name of ['FS01', 'EXCH', 'BATCH01', 'CA01']) {
    await page.getByLabel(`Initial replication of ${name}`, { exact: true }).selectOption({ label: 'Offline (ship disk)' });
  }
  await expect(ir).toContainText('2 d 19 h');
  await expect(ir).not.toContainText('instead of 3 d 18 h');
  // The timeline's table tells the same story: the shipped VMs go through export, shipping and import.
  await expect(page.locator('#chart-initial-replication-summary')).toContainText('All 14 VMs protected after 2 d 19 h.');
  await timeline.scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifact('ir-advice-followed.png') });
});

test('with more cores a big plan is evaluated on the worker pool, with the same answers as one worker', async ({ page, browser, planner }) => {
  test.setTimeout(180_000);
  const parsed = parsePlan(generatePlan(120));
  if (!parsed.ok) throw new Error('generated plan rejected');
  const link = encodePlanLink(parsed.plan);
  if (!link.ok) throw new Error('generated plan too big for a link');
  /** The verdict and the headline cards, once the 120-VM plan's answers are on screen. */
  const answers = async (p: PlannerPage) => {
    await expect(p.verdict).toContainText('The 2,000 Mbps uplink', { timeout: 120_000 });
    await expect(p.verdict).not.toHaveAttribute('aria-busy', 'true');
    return Promise.all([p.verdict, p.card('Worst RPO'), p.card('Uplink needed'), p.card(/Failure window/)].map((l) => l.innerText()));
  };
  // 4 cores reported: a pool of 3 workers shares each evaluation.
  await page.addInitScript(() => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 4 }));
  await page.goto(`/${link.hash}`);
  const pooled = await answers(planner);
  expect(page.workers().length).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: artifact('pool-120-vms.png') });
  // 2 cores reported (this machine): no pool, the evaluation runs whole in one worker.
  const single = await browser.newContext();
  const other = await single.newPage();
  await other.addInitScript(() => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 2 }));
  await other.goto(`/${link.hash}`);
  expect(await answers(new PlannerPage(other))).toEqual(pooled);
  expect(other.workers()).toHaveLength(1);
  await single.close();
});
