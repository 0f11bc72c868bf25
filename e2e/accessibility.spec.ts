import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

for (const example of [null, /Datacenter/] as const) {
  test(`no serious or critical axe violations (${example ?? 'branch office'})`, async ({ planner, page }) => {
    await planner.goto();
    if (example) await planner.chooseExample(example);
    await expect(planner.verdict).toContainText('uplink');
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
  });
}

test('the uplink can be reached and changed by keyboard alone', async ({ planner, page }) => {
  await planner.goto();
  for (let i = 0; i < 40 && !(await planner.uplink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(planner.uplink).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('50');
  await expect(planner.verdict).toContainText('The 50 Mbps uplink');
});

test('on a phone the page never scrolls sideways: wide tables scroll inside their own box', async ({ planner, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await planner.goto();
  await planner.chooseExample(/Datacenter/);
  // The five result charts and the options' cost chart (the example has variants; its comparison
  // runs in its own worker and may land before or after the charts): all drawn, tables in place.
  await expect(page.getByRole('figure')).toHaveCount(6, { timeout: 60_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
