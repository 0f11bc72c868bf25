import { artifact, expect, test } from './fixtures';

test('opens on the branch-office example and answers in one sentence', async ({ planner, page }) => {
  await planner.goto();
  await expect(page).toHaveTitle('Replica Planner');
  await expect(planner.planName).toHaveValue('Branch office on ADSL (300 kbps up)');
  await expect(planner.verdict).toContainText('Not enough: The 0.3 Mbps uplink cannot keep up');
  await expect(planner.card('Worst RPO')).toContainText('FS01');
  await page.screenshot({ path: artifact('branch-office.png'), fullPage: true });
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
