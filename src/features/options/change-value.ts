/**
 * A change's value as typed: numbers (either decimal mark), true/false, null, or JSON lists and
 * objects; anything else is text. Pure, so the editor's parsing is tested on its own.
 */
export function parseChangeValue(text: string): unknown {
  const t = text.trim();
  if (t === '') return '';
  if (t === 'true' || t === 'yes') return true;
  if (t === 'false' || t === 'no') return false;
  if (t === 'null' || t === 'none') return null;
  if (/^-?\d+([.,]\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (t.startsWith('[') || t.startsWith('{')) {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return t;
    }
  }
  return t;
}

/** The value as the editor shows it. */
export function changeValueText(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
