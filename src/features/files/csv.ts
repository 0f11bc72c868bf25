/**
 * CSV in and out, for spreadsheets: papaparse does the quoting, this module adds what Excel needs
 * (a UTF-8 byte-order mark, CRLF line ends) and keeps text cells from running as formulas.
 */
import Papa from 'papaparse';
import { decimalSeparator } from '@/lib/number-input';

/** Read first by Excel: without it, UTF-8 names like "Zürich" open garbled. */
export const UTF8_BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula (OWASP "CSV injection"): it starts with
 * = + - @ tab or CR. Papaparse's own pattern ends in `.*$` without the `s` flag, so a cell like
 * "=1+1\nx" would slip past it. Text with apostrophes before such a character gets one more, so
 * `unneutralise` reads every cell back as it was.
 */
const NEEDS_APOSTROPHE = /^'*[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null;

/** Separator and decimal mark of a CSV file. */
export interface CsvStyle {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

/** "1.5" in cells separated by ",": what every spreadsheet reads. */
export const PLAIN_CSV: CsvStyle = { delimiter: ',', decimal: '.' };

/**
 * The CSV a spreadsheet in `locale` opens into columns: where the decimal mark is "," (de-DE,
 * fr-FR…), Excel's list separator is ";" and it reads "1,5" as a number; elsewhere "," and "1.5".
 * `readCsv` detects either on the way back in.
 */
export function csvStyleFor(locale: string): CsvStyle {
  return decimalSeparator(locale) === ',' ? { delimiter: ';', decimal: ',' } : PLAIN_CSV;
}

/** Said after a file is saved in the decimal-comma style (nothing for the plain one). */
export function styleNote(style: CsvStyle): string {
  return style.delimiter === ';' ? ' (columns separated by “;” and decimal commas, as spreadsheets in your language expect)' : '';
}

/**
 * Rows → CSV text with BOM and CRLF; text cells starting with = + - @ (tab, CR) get a leading
 * apostrophe (and quotes), numbers are written with the style's decimal mark.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], style: CsvStyle = PLAIN_CSV): string {
  // Neutralised here rather than by papaparse's escapeFormulae: once a number is text ("-1,5"),
  // papaparse could no longer tell it from a formula.
  const cells = rows.map((row) =>
    row.map((cell) => {
      if (typeof cell === 'string') return NEEDS_APOSTROPHE.test(cell) ? `'${cell}` : cell;
      if (typeof cell === 'number' && style.decimal === ',') return String(cell).replace('.', ',');
      return cell;
    }),
  );
  const neutralised = (value: unknown) => typeof value === 'string' && value.startsWith("'") && NEEDS_APOSTROPHE.test(value.slice(1));
  const body = Papa.unparse(cells, { newline: '\r\n', delimiter: style.delimiter, quotes: neutralised });
  return `${UTF8_BOM}${body}\r\n`;
}

/** A cell our own `toCsv` neutralised ("'=x") → its text ("=x"), so exports read back as they were. */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && NEEDS_APOSTROPHE.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export interface CsvRow {
  /** Line of the file the row starts on, 1-based (a quoted cell may span lines). */
  line: number;
  cells: string[];
}

export interface CsvRead {
  rows: CsvRow[];
  delimiter: string;
  /** Structural problems (an unclosed quote), on the line where the row starts. */
  errors: { line: number; message: string }[];
}

/**
 * The separator the header line uses most, outside quotes: "," by default, ";" where Excel's
 * list separator is ";" (decimal-comma locales), or a tab.
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/** Parse CSV text into rows with their line numbers; blank rows are dropped, cells trimmed. */
export function readCsv(text: string): CsvRead {
  const input = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const delimiter = detectDelimiter(input);
  const rows: CsvRow[] = [];
  const errors: CsvRead['errors'] = [];
  let line = 1;
  let counted = 0; // characters of `input` whose line breaks are already in `line`
  const advanceTo = (offset: number) => {
    const seen = input.slice(counted, offset);
    // CRLF is one break; a lone CR (old Mac files) or LF is one each.
    line += (seen.match(/\r\n|\r|\n/g) ?? []).length;
    counted = offset;
  };
  Papa.parse<string[]>(input, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const start = line;
      const cells = result.data.map((c) => c.trim());
      for (const e of result.errors) {
        if (e.code === 'MissingQuotes') errors.push({ line: start, message: 'a quoted cell is never closed (a " is missing), so the rest of the file was read as one cell' });
        else if (e.code !== 'UndetectableDelimiter') errors.push({ line: start, message: e.message });
      }
      if (cells.some(Boolean)) rows.push({ line: start, cells });
      // The cursor stands past the row's own line break, so the next row starts on the next line.
      advanceTo(result.meta.cursor);
    },
  });
  return { rows, delimiter, errors };
}
