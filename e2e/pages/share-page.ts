import { expect, type Locator, type Page } from '@playwright/test';
import { SCHEMA_VERSION } from '../../src/plan/schema';

/** Copy link, My plans and the notice banner, located by role and label only. */
export class SharePage {
  readonly toolbar: Locator;
  readonly status: Locator;
  readonly copyLinkButton: Locator;
  readonly myPlansButton: Locator;
  readonly dialog: Locator;
  readonly dialogStatus: Locator;
  readonly banner: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Share and files' });
    this.status = this.toolbar.getByRole('status', { name: 'Share status' });
    this.copyLinkButton = this.toolbar.getByRole('button', { name: 'Copy link' });
    this.myPlansButton = this.toolbar.getByRole('button', { name: 'My plans' });
    this.dialog = page.getByRole('dialog', { name: 'My plans' });
    this.dialogStatus = this.dialog.getByRole('status');
    // A bad link raises an alert; a shared plan opened as asked, a polite status.
    this.banner = page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: /shared/ });
  }

  /** The address bar once it carries a plan link different from `previous`. */
  async waitForPlanUrl(previous = ''): Promise<string> {
    await expect.poll(() => this.page.url()).toMatch(new RegExp(`#plan=${SCHEMA_VERSION}\\.[A-Za-z0-9_-]+$`));
    if (previous) await expect.poll(() => this.page.url()).not.toBe(previous);
    return this.page.url();
  }

  async openMyPlans(): Promise<void> {
    await this.myPlansButton.click();
    await expect(this.dialog).toBeVisible();
  }

  /** The row of a plan in My plans, by its name. */
  row(name: string): Locator {
    return this.dialog.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}( \\(open\\))?$`) }) });
  }

  /** The plan names listed in My plans, in order. */
  names(): Promise<string[]> {
    return this.dialog.getByRole('rowheader').allTextContents();
  }

  /** A row action, e.g. `action('Rename', 'Plan Beta')` clicks "Rename Plan Beta". */
  action(verb: 'Open' | 'Rename' | 'Duplicate' | 'Delete', name: string): Locator {
    return this.row(name).getByRole('button', { name: `${verb} ${name}`, exact: true });
  }
}
