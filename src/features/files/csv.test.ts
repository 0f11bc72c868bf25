import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { UTF8_BOM, csvStyleFor, detectDelimiter, readCsv, styleNote, toCsv, unneutralise } from './csv';

describe('toCsv', () => {
  it('starts with a BOM, ends rows with CRLF and quotes commas, quotes and line breaks', () => {
    const csv = toCsv([
      ['Name', 'Size (GiB)'],
      ['a,b', 1.5],
      ['say "hi"', 2],
      ['two\nlines', 3],
    ]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Name,Size (GiB)\r\n"a,b",1.5\r\n"say ""hi""",2\r\n"two\nlines",3\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula, but not numbers', () => {
    const csv = toCsv([['=SUM(A1)', '+1', '-x', '@cmd', '\tx', -5, 'ok', '=1+1\nsecond line']]);
    expect(csv.slice(1)).toBe(`"'=SUM(A1)","'+1","'-x","'@cmd","'\tx",-5,ok,"'=1+1\nsecond line"\r\n`);
  });

  it('writes null as an empty cell and booleans as text', () => {
    expect(toCsv([[null, true, 0]]).slice(1)).toBe(',true,0\r\n');
  });

  it('round-trips any text through papaparse (formula cells come back with their apostrophe removed)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // Our files always start with a header, which fixes the separator.
        const read = readCsv(toCsv([['h1', 'h2', 'h3'], ...rows]));
        // Blank rows are dropped on reading and cells are trimmed.
        const expected = rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some(Boolean));
        const got = read.rows.slice(1).map((r) => r.cells.map((c) => unneutralise(c).trim()));
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decimal-comma CSV', () => {
  const comma = csvStyleFor('de-DE');

  it('follows the locale: ";" and "1,5" where the decimal mark is a comma, else "," and "1.5"', () => {
    expect(comma).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvStyleFor('fr-FR')).toEqual({ delimiter: ';', decimal: ',' });
    expect(csvStyleFor('en-US')).toEqual({ delimiter: ',', decimal: '.' });
    expect(csvStyleFor('ja-JP')).toEqual({ delimiter: ',', decimal: '.' });
    expect(styleNote(comma)).toContain('“;”');
    expect(styleNote(csvStyleFor('en-GB'))).toBe('');
  });

  it('writes numbers with a decimal comma, keeps negative numbers as numbers and still neutralises formulas', () => {
    const csv = toCsv([['Name', 'Size (GiB)', 'Delta'], ['a;b', 1.5, -0.25], ['=cmd', 12, 3], ['1,5 as text', null, true]], comma);
    expect(csv.slice(1)).toBe(`Name;Size (GiB);Delta\r\n"a;b";1,5;-0,25\r\n"'=cmd";12;3\r\n1,5 as text;;true\r\n`);
  });

  it('reads back through readCsv with the same cells', () => {
    const read = readCsv(toCsv([['h1', 'h2'], ['x', 2.75], ['-y', -1]], comma));
    expect(read.delimiter).toBe(';');
    expect(read.rows.map((r) => r.cells.map(unneutralise))).toEqual([['h1', 'h2'], ['x', '2,75'], ['-y', '-1']]);
  });
});

describe('unneutralise', () => {
  it('removes only the apostrophe that toCsv added', () => {
    expect(unneutralise("'=x")).toBe('=x');
    expect(unneutralise("'-5")).toBe('-5');
    expect(unneutralise("'quoted'")).toBe("'quoted'");
    expect(unneutralise('plain')).toBe('plain');
    expect(toCsv([["'=x"]]).slice(1)).toBe('"\'\'=x"\r\n');
    expect(unneutralise("''=x")).toBe("'=x");
  });
});

describe('detectDelimiter', () => {
  it('picks the separator the header uses most, ignoring separators inside quotes', () => {
    expect(detectDelimiter('name,size\n')).toBe(',');
    expect(detectDelimiter('name;size;"a,b,c"\n1;2;3')).toBe(';');
    expect(detectDelimiter('name\tsize\n')).toBe('\t');
    expect(detectDelimiter('\n\nname;size')).toBe(';');
    expect(detectDelimiter('name')).toBe(',');
  });
});

describe('readCsv', () => {
  it('gives each row the line it starts on, across blank lines and multi-line cells', () => {
    const read = readCsv(`${UTF8_BOM}name,notes\r\nA,"two\r\nlines"\r\n\r\nB,x\r\n`);
    expect(read.rows).toEqual([
      { line: 1, cells: ['name', 'notes'] },
      { line: 2, cells: ['A', 'two\r\nlines'] },
      { line: 5, cells: ['B', 'x'] },
    ]);
    expect(read.errors).toEqual([]);
  });

  it('counts LF-only and CR-only files the same way', () => {
    expect(readCsv('a\n\nb\nc').rows.map((r) => r.line)).toEqual([1, 3, 4]);
    expect(readCsv('a\r\rb\rc').rows.map((r) => r.line)).toEqual([1, 3, 4]);
  });

  it('reads semicolon files (Excel in decimal-comma locales)', () => {
    const read = readCsv('name;size\n"a;b";1,5\n');
    expect(read.delimiter).toBe(';');
    expect(read.rows[1]!.cells).toEqual(['a;b', '1,5']);
  });

  it('reports an unclosed quote on the line where its row starts', () => {
    const read = readCsv('name,size\nA,1\n"B,2\nC,3\n');
    expect(read.errors).toEqual([{ line: 3, message: expect.stringContaining('never closed') }]);
  });

  it('agrees with papaparse on the cells of arbitrary text and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é') }), (text) => {
        const read = readCsv(text);
        const papa = Papa.parse<string[]>(text, { delimiter: read.delimiter, skipEmptyLines: false }).data;
        expect(read.rows.map((r) => r.cells)).toEqual(papa.map((r) => r.map((c) => c.trim())).filter((r) => r.some(Boolean)));
        for (const r of read.rows) expect(r.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
