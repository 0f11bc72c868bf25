import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** The printable report view, located by role and label only. */
export class ReportPage {
  readonly title: Locator;
  readonly backButton: Locator;
  readonly printButton: Locator;
  readonly staleNote: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1, name: 'Hyper-V Replica sizing report' });
    this.backButton = page.getByRole('button', { name: 'Back to the planner' });
    this.printButton = page.getByRole('button', { name: 'Print / Save as PDF' });
    this.staleNote = page.getByRole('note').filter({ hasText: 'last valid plan' });
  }

  /** Open the report from the planner's header. */
  static async open(page: Page): Promise<ReportPage> {
    await page.getByRole('button', { name: 'Report / Print' }).click();
    const report = new ReportPage(page);
    // The report's code loads on demand: allow for a cold dev server compiling it on first use.
    await expect(report.title).toBeVisible({ timeout: 15_000 });
    return report;
  }

  /** A numbered section by its heading, e.g. "2. Assumptions". */
  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** Record window.print() calls instead of opening the browser's print dialog. */
  async stubPrint(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { printCalls: number }).printCalls = 0;
      window.print = () => {
        (window as unknown as { printCalls: number }).printCalls++;
      };
    });
  }

  async printCalls(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
  }

  /** Print the page to a PDF file as the browser's "Save as PDF" would (print media, no backgrounds). */
  async savePdf(path: string, format: 'A4' | 'Letter'): Promise<PrintedPdf> {
    mkdirSync(dirname(path), { recursive: true });
    for (let attempt = 1; ; attempt++) {
      try {
        await this.page.pdf({ path, format });
        return new PrintedPdf(path);
      } catch (error) {
        // Chromium's printToPDF now and then answers "Printing failed" on a busy machine, for the same
        // page that prints on the next try (a known upstream flake): retry, but not forever.
        if (attempt >= 3 || !String(error).includes('Printing failed')) throw error;
      }
    }
  }
}

/** A printed PDF read back with poppler-utils (pdfinfo, pdftotext, pdftoppm). */
export class PrintedPdf {
  constructor(readonly path: string) {}

  pageCount(): number {
    const info = execFileSync('pdfinfo', [this.path], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  }

  /** Text of one page (1-based), or of the whole document. */
  text(page?: number): string {
    const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    return execFileSync('pdftotext', [...range, this.path, '-'], { encoding: 'utf8' });
  }

  /** Pages (1-based) whose text contains `needle`. */
  pagesWith(needle: string): number[] {
    return Array.from({ length: this.pageCount() }, (_, k) => k + 1).filter((p) => this.text(p).includes(needle));
  }

  /** One PNG per page at 60 dpi beside the PDF (`<name>-<n>.png`), for people to look at; returns their paths. */
  toPngs(): string[] {
    const prefix = this.path.replace(/\.pdf$/, '');
    const dir = dirname(prefix);
    const base = prefix.slice(dir.length + 1);
    for (const f of readdirSync(dir)) if (f.startsWith(`${base}-`) && f.endsWith('.png')) rmSync(`${dir}/${f}`);
    execFileSync('pdftoppm', ['-r', '60', '-png', this.path, prefix]);
    return readdirSync(dir)
      .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
      .sort()
      .map((f) => `${dir}/${f}`);
  }
}
