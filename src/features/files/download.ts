/**
 * Saving a file from the page: a Blob behind an object URL and a click on a temporary link. The
 * bytes never leave the browser (same origin, no request).
 */

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** "Branch / HQ: plan" + ".json" → "Branch - HQ - plan.json"; never empty, at most ~120 characters. */
export function fileNameFor(planName: string, suffix: string, fallback = 'replica-plan'): string {
  const base = planName
    .replace(UNSAFE, ' - ')
    .replace(/\s+/g, ' ')
    .replace(/( - )+/g, ' - ')
    .trim()
    .replace(/^[-.\s]+|[-.\s]+$/g, '')
    .slice(0, 120)
    .trim();
  return `${base || fallback}${suffix}`;
}

/** Start a download of `text` as `fileName`. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the Blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
