import { expect, type Locator, type Page } from '@playwright/test';

/** The planner screen, located by role and label only. */
export class PlannerPage {
  readonly verdict: Locator;
  readonly planName: Locator;
  readonly loadExample: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly settings: Locator;
  readonly results: Locator;
  readonly uplink: Locator;
  readonly vmTable: Locator;

  constructor(readonly page: Page) {
    this.verdict = page.getByRole('region', { name: 'Verdict' });
    this.planName = page.getByRole('textbox', { name: 'Plan name' });
    this.loadExample = page.getByLabel('Load example');
    this.undoButton = page.getByRole('button', { name: 'Undo' });
    this.redoButton = page.getByRole('button', { name: 'Redo' });
    this.settings = page.getByRole('region', { name: 'Plan settings' });
    this.results = page.getByRole('region', { name: 'Results' });
    this.uplink = this.settings.getByRole('textbox', { name: /^Uplink/ }).first();
    this.vmTable = page.getByRole('table', { name: /Virtual machines/ });
  }

  /** Open the planner with an empty browser storage (the branch-office example loads). */
  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.verdict).toContainText('uplink');
  }

  /** Load an example plan from the toolbar by its visible label. */
  async chooseExample(label: string | RegExp): Promise<void> {
    const option = this.loadExample.getByRole('option', { name: label });
    await this.loadExample.selectOption({ label: (await option.textContent()) ?? '' });
  }

  /** A headline card by its title, e.g. "Worst RPO". */
  card(title: string | RegExp): Locator {
    return this.results.getByRole('region', { name: title });
  }

  /** The row of a VM in the VM editor table (rows are named after their VM). */
  vmRow(name: string): Locator {
    return this.vmTable.getByRole('row', { name, exact: true });
  }

  async setUplink(mbps: string): Promise<void> {
    await this.uplink.fill(mbps);
  }
}
