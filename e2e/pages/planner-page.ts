import type { Locator, Page } from '@playwright/test';

/** The planner screen, located by role and label only. */
export class PlannerPage {
  readonly exampleSelect: Locator;
  /** The loaded plan, an article named after the plan. */
  readonly plan: Locator;
  readonly planName: Locator;
  readonly verdict: Locator;
  readonly alerts: Locator;

  constructor(readonly page: Page) {
    this.exampleSelect = page.getByLabel('Example plan');
    this.plan = page.getByRole('article');
    this.planName = this.plan.getByRole('heading', { level: 2 });
    this.verdict = page.getByRole('region', { name: 'Verdict' });
    this.alerts = page.getByRole('alert');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }

  /** Pick an example plan by its visible label. */
  async chooseExample(label: string): Promise<void> {
    await this.exampleSelect.selectOption({ label });
  }
}
