import { artifact, expect, test } from './fixtures';

/** "157 GiB" → 157 (the card's headline figure). */
function figure(text: string | null): number {
  const match = /([\d.,]+)\s*(GiB|GB|TiB|TB|MiB|MB)/.exec(text ?? '');
  if (!match) throw new Error(`no size in "${text}"`);
  return Number(match[1]!.replace(/,/g, ''));
}

test('add a VM, name it, see it in the results; delete it again', async ({ planner, page }) => {
  await planner.goto();
  const perVm = page.getByRole('table', { name: 'Per-VM results' });
  await page.getByRole('button', { name: 'Add VM' }).click();
  const name = page.getByRole('textbox', { name: 'Name of VM in row 5' });
  await expect(name).toBeFocused();
  await name.fill('WEB01');
  await expect(planner.vmRow('WEB01')).toBeVisible();
  await expect(perVm.getByRole('row', { name: /WEB01/ })).toBeVisible();

  await page.getByRole('button', { name: 'Delete WEB01' }).click();
  await expect(planner.vmRow('WEB01')).toHaveCount(0);
  await expect(perVm.getByRole('row', { name: /WEB01/ })).toHaveCount(0);
  await expect(perVm.getByRole('row', { name: /SQL01/ })).toBeVisible();
});

test('excluding a disk in one click lowers the demand and shows the saving', async ({ planner, page }) => {
  await planner.goto();
  const monthly = planner.card('Monthly transfer');
  const before = figure(await monthly.textContent());
  await page.getByRole('button', { name: /^Disks of FS01:/ }).click();
  await page.getByRole('checkbox', { name: 'Replicate Data of FS01' }).uncheck();
  // FS01's Data disk churns 3 GiB/day (× 1.1 growth): the saving is shown next to the disk.
  await expect(page.getByText(/Excluded: saves 3\.3 GiB\/day/)).toBeVisible();
  await expect(monthly).not.toContainText(`${before} GiB`);
  const after = figure(await monthly.textContent());
  expect(after).toBeLessThan(before);
  await page.screenshot({ path: artifact('disk-excluded.png') });
});

test('a 40-VM plan stays responsive while typing', async ({ planner }) => {
  await planner.goto();
  await planner.chooseExample(/Datacenter/);
  await expect(planner.verdict).toContainText('The 300 Mbps uplink');
  await planner.uplink.fill('');
  // Each keystroke is a new plan; no keystroke may be lost and the last one wins.
  await planner.uplink.pressSequentially('125.5', { delay: 30 });
  await expect(planner.uplink).toHaveValue('125.5');
  await expect(planner.verdict).toContainText('The 125.5 Mbps uplink');
  await expect(planner.verdict).not.toContainText('out of date');
  // The page still answers clicks right away. (Keystrokes of one field within a second form one
  // undo step; on a slow machine the cleared field may be a step of its own, so only the value is checked.)
  await planner.undoButton.click();
  await expect(planner.uplink).not.toHaveValue('125.5');
});
