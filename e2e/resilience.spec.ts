import { artifact, expect, test } from './fixtures';
import { SCHEMA_VERSION } from '../src/plan/schema';

/**
 * Failures the planner must survive without a blank page or lost work: one chart throwing (forced
 * here in the real browser: Recharts' ResponsiveContainer observes its box with a ResizeObserver,
 * which the init script makes throw for the storage chart only), and browser storage that is
 * full or switched off.
 */

test('a chart that throws shows a contained message; the other charts and the editor keep working', async ({ planner, page }) => {
  await page.addInitScript(() => {
    const observe = ResizeObserver.prototype.observe;
    ResizeObserver.prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
      if (target.closest('figure[aria-labelledby="chart-storage-title"]')) throw new Error('forced failure in the storage chart');
      observe.call(this, target, options);
    };
  });
  await planner.goto();
  const charts = planner.results.getByRole('region', { name: 'Charts' });
  const failure = charts.getByRole('alert');
  await expect(failure).toContainText('The storage chart could not be shown: forced failure in the storage chart.');
  await expect(failure).toContainText('your plan is unchanged');
  await expect(charts.getByRole('figure')).toHaveCount(4);
  await expect(charts.getByRole('figure', { name: 'Backlog and worst RPO through the day' })).toBeVisible();

  // The rest of the page still answers: an edit moves the verdict and the cards.
  await expect(planner.verdict).toContainText('0.3 Mbps');
  await planner.setUplink('2');
  await expect(planner.verdict).toContainText('2 Mbps');
  await expect(planner.card('Worst RPO')).not.toContainText('5 d 22 h');
  // A new result tries the chart again; it fails again (the fault is still there) and stays contained.
  await expect(charts.getByRole('alert')).toHaveCount(1);
  // (each new result draws the message anew: retry until it holds still)
  await expect(async () => failure.scrollIntoViewIfNeeded({ timeout: 1000 })).toPass();
  await page.screenshot({ path: artifact('resilience-chart-failure.png') });
});

test('local storage full: the planner runs, says the plan is not being saved, and edits still count', async ({ planner, page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await planner.goto();
  await planner.setUplink('2');
  await expect(planner.verdict).toContainText('2 Mbps');
  await expect(page.getByRole('alert').filter({ hasText: 'not letting the planner save' })).toContainText('Keep the plan with Save JSON or Copy link.');
  // Everything else still works: undo, another example, the report.
  await planner.undoButton.click();
  await expect(planner.uplink).toHaveValue('0.3');
  await planner.chooseExample(/Datacenter/);
  await expect(planner.vmTable.getByRole('row')).not.toHaveCount(0);
  await page.screenshot({ path: artifact('resilience-storage-full.png'), clip: { x: 0, y: 0, width: 1280, height: 420 } });
  await expect(planner.planName).toHaveValue(/^Datacenter/);
  await page.getByRole('button', { name: 'Report / Print' }).click();
  await expect(page.getByRole('main', { name: 'Hyper-V Replica sizing report' })).toContainText('Datacenter: 40 VMs to DR site');
});

test('local and session storage disabled: the example opens with a notice and the planner works', async ({ planner, page }) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(`Access to '${name}' is denied for this document.`, 'SecurityError');
        },
      });
    }
  });
  await planner.goto();
  await expect(page.getByRole('alert').filter({ hasText: 'not letting the planner save' })).toBeVisible();
  await planner.setUplink('5');
  await expect(planner.verdict).toContainText('5 Mbps');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: artifact('resilience-storage-disabled.png'), clip: { x: 0, y: 0, width: 1280, height: 420 } });
  // The share link still carries the plan in the address bar, so nothing is lost on the way out.
  await expect.poll(() => page.url()).toMatch(new RegExp(`#plan=${SCHEMA_VERSION}\\.`));
});
