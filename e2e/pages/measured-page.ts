import { expect, type Locator, type Page } from '@playwright/test';

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The measured-churn dialog, located by role and label only. */
export class MeasuredPage {
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly perfmonInput: Locator;
  readonly inventoryInput: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Import measurements…' });
    this.dialog = page.getByRole('dialog', { name: 'Measured churn' });
    this.perfmonInput = this.dialog.getByLabel('Perfmon CSV (write bytes/s)');
    this.inventoryInput = this.dialog.getByLabel('Inventory CSV (VMs and disks)');
  }

  async open(): Promise<void> {
    await this.openButton.click();
    // The dialog's code loads on first use.
    await expect(this.dialog).toBeVisible({ timeout: 15_000 });
  }

  step(name: string): Locator {
    return this.dialog.getByRole('navigation', { name: 'Measured churn steps' }).getByRole('button', { name });
  }

  button(name: string | RegExp): Locator {
    return this.dialog.getByRole('button', { name });
  }

  /** Choose both files (buffers or paths) and start the import. */
  async importFiles(perfmon: UploadFile | string, inventory: UploadFile | string): Promise<void> {
    await this.perfmonInput.setInputFiles(perfmon);
    await this.inventoryInput.setInputFiles(inventory);
    await this.button('Import').click();
  }

  /** A row of the per-VM table by its VM name. */
  vmRow(name: string): Locator {
    return this.dialog.getByRole('table', { name: 'Measured write churn per VM' }).getByRole('row', { name: new RegExp(`^${name}\\b`) });
  }
}

export const csvFile = (name: string, text: string): UploadFile => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
