/**
 * Numbers typed into inputs, in the display locale: "1234.5" or "1 234,5" (fr), never grouped on
 * display so an edit never fights a thousands separator.
 */
import { formatNumber, getDisplayLocale } from './format';

/** The locale's decimal separator, e.g. "." (en-US) or "," (de-DE). */
export function decimalSeparator(locale: string = getDisplayLocale()): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/** A number as an input shows it: locale decimal mark, no grouping, up to 6 decimals. */
export function formatInputNumber(value: number, locale: string = getDisplayLocale()): string {
  if (!Number.isFinite(value)) return '';
  return locale === getDisplayLocale() ? formatNumber(value, 6, false) : value.toLocaleString(locale, { useGrouping: false, maximumFractionDigits: 6 });
}

/**
 * Text typed by the user → number; `null` for an empty box; `undefined` when it is not a number.
 * Spaces (incl. the no-break spaces some locales group with) are ignored; the locale's decimal
 * mark is accepted, and so is "." everywhere (a pasted "0.7" means 0.7 in any locale); where the
 * mark is ".", a lone comma that cannot group thousands ("20,5", "0,25") is a decimal comma too.
 */
export function parseInputNumber(text: string, locale: string = getDisplayLocale()): number | null | undefined {
  let s = text.replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return null;
  if (decimalSeparator(locale) === ',') {
    if (s.includes(',') && s.includes('.')) s = s.replace(/\./g, ''); // 1.234,5
    s = s.replace(',', '.');
  } else if (/^[-+]?\d+,(\d{1,2}|\d{4,})$/.test(s)) {
    // "20,5" cannot be a thousands group (those have 3 digits): a decimal comma typed in a "." locale.
    s = s.replace(',', '.');
  } else {
    s = s.replace(/,(?=\d{3}(\D|$))/g, ''); // 1,234.5
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return undefined;
  const value = Number(s);
  return Number.isFinite(value) ? value : undefined;
}
