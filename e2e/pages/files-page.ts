import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';

/** The header's file actions and their dialogs, located by role and label only. */
export class FilesPage {
  readonly toolbar: Locator;
  readonly status: Locator;
  readonly openDialog: Locator;
  readonly importDialog: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    this.toolbar = page.getByRole('toolbar', { name: 'Share and files' });
    this.status = this.toolbar.getByRole('status', { name: 'File status' });
    this.openDialog = page.getByRole('dialog', { name: 'Open a plan' });
    this.importDialog = page.getByRole('dialog', { name: 'Import VMs from CSV' });
    this.preview = this.importDialog.getByRole('table', { name: /^Rows of/ });
  }

  /** Click a button that downloads, and return the download with its text. */
  async download(click: () => Promise<void>): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), click()]);
    const path = await download.path();
    return { download, text: await readFile(path, 'utf8') };
  }

  saveJson() {
    return this.download(() => this.toolbar.getByRole('button', { name: 'Save JSON' }).click());
  }

  exportResultsCsv() {
    return this.download(() => this.toolbar.getByRole('button', { name: 'Export results CSV' }).click());
  }

  /** Open a plan file from disk through "Open…". */
  async openPlanFile(path: string): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Open…' }).click();
    await this.openDialog.getByLabel('Plan file (.json)').setInputFiles(path);
  }

  /** Open the import dialog and choose an inventory file. */
  async chooseInventory(path: string): Promise<void> {
    await this.openImport();
    await this.importDialog.getByLabel('Inventory file (.csv)').setInputFiles(path);
  }

  async openImport(): Promise<void> {
    await this.toolbar.getByRole('button', { name: 'Import VMs from CSV…' }).click();
  }

  /** A row of the import preview by the file line it came from. */
  previewRow(line: number): Locator {
    return this.preview.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: String(line), exact: true }) });
  }

  importButton(name: 'Add to plan' | 'Replace VMs' | 'Cancel' | 'Download template' | "Download this plan's VMs"): Locator {
    return this.importDialog.getByRole('button', { name, exact: true });
  }
}
