import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { perfmonCsv } from '../fixtures/perfmon-fixture';
import { parsePerfmonText } from './csv-driver';
import type { ParseOutcome, PerfmonMeasurement } from './types';

const HEAD = '"(PDH-CSV 4.0) (Pacific Standard Time)(480)"';
const col = (instance: string, host = 'HV01') => `"\\\\${host}\\Hyper-V Virtual Storage Device(${instance})\\Write Bytes/sec"`;
const A = 'D:-VMs-SQL01-Data.vhdx';
const B = 'D:-VMs-FS01-OS.vhdx';
const file = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const row = (stamp: string, ...values: string[]) => [stamp, ...values].map((v) => `"${v}"`).join(',');

function ok(outcome: ParseOutcome): PerfmonMeasurement {
  if (!outcome.ok) throw new Error(`expected success, got line ${outcome.issue.line}: ${outcome.issue.message}`);
  return outcome.measurement;
}
function issue(outcome: ParseOutcome) {
  if (outcome.ok) throw new Error('expected an issue');
  return outcome.issue;
}

describe('parsePerfmonText', () => {
  it('reads the header, the time zone, a blank first row and one slot per later row', () => {
    const m = ok(
      parsePerfmonText(
        file(
          `${HEAD},${col(A)},${col(B)}`,
          row('11/22/2026 14:00:00.123', ' ', ' '),
          row('11/22/2026 14:01:00.130', '1000', '20.5'),
          row('11/22/2026 14:02:00.127', '3000', ' '),
        ),
      ),
    );
    expect(m.timeZone).toEqual({ name: 'Pacific Standard Time', biasMinutes: 480 });
    expect(m.intervalSeconds).toBe(60);
    // The blank first row only marks the start: slot 0 is 14:00–14:01.
    expect(m.startMs).toBe(Date.UTC(2026, 10, 22, 14, 0, 0, 123));
    expect(m.slots).toBe(2);
    expect(m.counters.map((c) => [c.host, c.instance, c.samples])).toEqual([
      ['HV01', A, 2],
      ['HV01', B, 1],
    ]);
    expect(Array.from(m.counters[0]!.values)).toEqual([1000, 3000]);
    expect(Array.from(m.counters[1]!.values)).toEqual([20.5, NaN]);
  });

  it('reads a time-zone name that holds parentheses', () => {
    const head = (zone: string) => `"(PDH-CSV 4.0) ${zone}",${col(A)}`;
    const zoneOf = (zone: string) => ok(parsePerfmonText(file(head(zone), row('11/22/2026 14:00:00.000', ' '), row('11/22/2026 14:01:00.000', '1')))).timeZone;
    expect(zoneOf('(Central Standard Time (Mexico))(360)')).toEqual({ name: 'Central Standard Time (Mexico)', biasMinutes: 360 });
    expect(zoneOf('(Central Standard Time (Mexico))')).toEqual({ name: 'Central Standard Time (Mexico)', biasMinutes: null });
    expect(zoneOf('(W. Europe Standard Time)(-60)')).toEqual({ name: 'W. Europe Standard Time', biasMinutes: -60 });
    expect(zoneOf('')).toEqual({ name: '', biasMinutes: null });
  });

  it('puts a first row that has values (Get-Counter) in the slot before its time', () => {
    const m = ok(parsePerfmonText(file(`${HEAD},${col(A)}`, row('01/05/2026 00:00:30.000', '7'), row('01/05/2026 00:01:00.000', '8'))));
    expect(m.intervalSeconds).toBe(30);
    expect(m.startMs).toBe(Date.UTC(2026, 0, 5, 0, 0, 0));
    expect(Array.from(m.counters[0]!.values)).toEqual([7, 8]);
  });

  it('leaves a gap of missed samples as missing slots, and skips other counters', () => {
    const m = ok(
      parsePerfmonText(
        file(
          `${HEAD},"\\\\HV01\\Processor(_Total)\\% Processor Time",${col(A)}`,
          row('11/22/2026 14:00:00.000', ' ', ' '),
          row('11/22/2026 14:01:00.000', '5', '1'),
          row('11/22/2026 14:02:00.000', '5', '2'),
          row('11/22/2026 14:05:00.000', '5', '5'),
        ),
      ),
    );
    expect(m.ignoredColumns).toBe(1);
    expect(Array.from(m.counters[0]!.values)).toEqual([1, 2, NaN, NaN, 5]);
  });

  it('matches counter names whatever their case (Get-Counter writes lower case)', () => {
    const lower = `"\\\\hv01\\hyper-v virtual storage device(d:-vms-sql01-data.vhdx)\\write bytes/sec"`;
    const m = ok(parsePerfmonText(file(`${HEAD},${lower}`, row('11/22/2026 14:00:00.000', ' '), row('11/22/2026 14:01:00.000', '1'))));
    expect(m.counters[0]!.instance).toBe('d:-vms-sql01-data.vhdx');
  });

  it('keeps time in sequence across a daylight-saving change and says so', () => {
    const m = ok(
      parsePerfmonText(
        file(
          `${HEAD},${col(A)}`,
          row('11/01/2026 01:58:00.000', ' '),
          row('11/01/2026 01:59:00.000', '1'),
          row('11/01/2026 01:00:00.000', '2'), // clocks go back an hour
          row('11/01/2026 01:01:00.000', '3'),
        ),
      ),
    );
    expect(Array.from(m.counters[0]!.values)).toEqual([1, 2, 3]);
    expect(m.notes.join(' ')).toMatch(/daylight saving/);
  });

  it('accepts a decimal comma and treats negative (unreadable) samples as missing', () => {
    const m = ok(parsePerfmonText(file(`${HEAD},${col(A)}`, row('11/22/2026 14:00:00.000', ' '), row('11/22/2026 14:01:00.000', '12,5'), row('11/22/2026 14:02:00.000', '-1'))));
    expect(Array.from(m.counters[0]!.values)).toEqual([12.5, NaN]);
    expect(m.notes.join(' ')).toMatch(/1 unreadable/);
  });

  it('skips a last line cut short, but not one in the middle', () => {
    const base = [`${HEAD},${col(A)},${col(B)}`, row('11/22/2026 14:00:00.000', ' ', ' '), row('11/22/2026 14:01:00.000', '1', '2')];
    const cut = '"11/22/2026 14:02:00.000","3"';
    const m = ok(parsePerfmonText(file(...base, cut)));
    expect(m.slots).toBe(1);
    expect(m.notes.join(' ')).toMatch(/Line 4 was cut short/);
    expect(issue(parsePerfmonText(file(...base, cut, row('11/22/2026 14:03:00.000', '1', '2'))))).toEqual({
      line: 4,
      column: null,
      message: '2 fields where the header has 3.',
    });
  });

  it('names the line and column of a value that is not a number', () => {
    const lines = [`${HEAD},${col(A)},${col(B)}`, row('11/22/2026 14:00:00.000', ' ', ' ')];
    for (let k = 1; k <= 40; k++) lines.push(row(`11/22/2026 14:${String(k).padStart(2, '0')}:00.000`, '1', k === 37 ? 'n/a' : '2'));
    expect(issue(parsePerfmonText(file(...lines), 256))).toEqual({ line: 39, column: 3, message: `"n/a" is not a number (${B}).` });
  });

  it('names the line of a bad time and of time going backwards', () => {
    const head = `${HEAD},${col(A)}`;
    expect(issue(parsePerfmonText(file(head, row('11/22/2026 14:00:00.000', ' '), row('2026-11-22 14:01', '1'))))).toMatchObject({ line: 3, column: 1 });
    expect(issue(parsePerfmonText(file(head, row('02/30/2026 14:00:00.000', ' '))))).toMatchObject({ line: 2, column: 1 });
    const back = issue(parsePerfmonText(file(head, row('11/22/2026 14:00:00.000', ' '), row('11/22/2026 14:01:00.000', '1'), row('11/22/2026 13:20:00.000', '1'))));
    expect(back).toMatchObject({ line: 4, column: 1 });
    expect(back.message).toMatch(/backwards/);
  });

  it('says what is wrong with a file that is not perfmon, has no disk counter or no samples', () => {
    expect(issue(parsePerfmonText('Name,Size\r\nSQL01,10\r\n'))).toMatchObject({ line: 1, column: 1 });
    expect(issue(parsePerfmonText(file(`${HEAD},"\\\\HV01\\Processor(_Total)\\% Processor Time"`, row('11/22/2026 14:00:00.000', '1')))).message).toMatch(
      /No "\\Hyper-V Virtual Storage Device\(\*\)\\Write Bytes\/sec" column/,
    );
    expect(issue(parsePerfmonText(file(`${HEAD},${col(A)}`))).message).toMatch(/no samples/);
    expect(issue(parsePerfmonText(''))).toMatchObject({ line: 1 });
  });

  it('reads a file from a Windows in another language when its one counter on virtual disks is the write counter', () => {
    // A German host names object and counter in German; the instances are still the disk files.
    const de = (instance: string) => `"\\\\HV01\\Hyper-V-Speichergerät(${instance})\\Geschriebene Bytes/s"`;
    const text = file(`${HEAD},${de(A)},${de(B)},"\\\\HV01\\Prozessor(_Total)\\Prozessorzeit (%)"`, row('11/22/2026 14:00:00.000', '100', '200', '5'), row('11/22/2026 14:01:00.000', '300', '400', '6'));
    const outcome = parsePerfmonText(text);
    if (!outcome.ok) throw new Error(outcome.issue.message);
    expect(outcome.measurement.counters.map((c) => c.instance)).toEqual([A, B]);
    expect(outcome.measurement.ignoredColumns).toBe(1);
    expect(outcome.measurement.notes.join(' ')).toContain('“\\Hyper-V-Speichergerät(*)\\Geschriebene Bytes/s” was read as');
    // Two translated counters on the disks (read and write): which is which cannot be told.
    const read = (instance: string) => `"\\\\HV01\\Hyper-V-Speichergerät(${instance})\\Gelesene Bytes/s"`;
    const both = file(`${HEAD},${de(A)},${read(A)}`, row('11/22/2026 14:00:00.000', '1', '2'));
    expect(issue(parsePerfmonText(both)).message).toMatch(/one counter on virtual disks only/);
  });

  it('reports malformed CSV quoting with its line', () => {
    const bad = file(`${HEAD},${col(A)}`, row('11/22/2026 14:00:00.000', ' '), '"11/22/2026 14:01:00.000","1"x"');
    expect(issue(parsePerfmonText(bad))).toMatchObject({ line: 3, column: null });
  });

  it('reads a file alike wherever the chunk boundaries fall, and names a bad line alike', () => {
    // A chunk that ends between the \r and \n after a closing quote made papaparse flag the
    // unfinished row as malformed: a valid file failed for about one boundary in a line's length.
    const text = perfmonCsv({ days: 0.1, vmCount: 2 }); // 145 lines of 6 quoted cells
    const whole = ok(parsePerfmonText(text, 1 << 20));
    const lines = text.split('\r\n');
    lines[100] = lines[100]!.replace(/"$/, '"x"'); // line 101: a stray quote at the end
    const broken = lines.join('\r\n');
    for (let size = 97; size < 260; size++) {
      expect(ok(parsePerfmonText(text, size)), `chunks of ${size} B`).toEqual(whole);
      expect(issue(parsePerfmonText(broken, size)), `chunks of ${size} B`).toMatchObject({ line: 101, column: null });
    }
  });

  it('reads a generated week of 20 VMs at 60 s: 10 080 slots for every disk', () => {
    const m = ok(parsePerfmonText(perfmonCsv({ days: 7 }), 1 << 20));
    expect(m.intervalSeconds).toBe(60);
    expect(m.slots).toBe(10_080);
    expect(m.counters.length).toBeGreaterThanOrEqual(40);
    expect(m.counters.every((c) => c.samples === 10_080)).toBe(true);
  });

  it('never throws on hostile input: it returns a measurement or an issue with a line', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(' ', '1', '-1', 'NaN', '11/22/2026 14:00:00.000', HEAD, col(A)));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 8 }), fc.boolean(), (rows, withHead) => {
        const text = (withHead ? `${HEAD},${col(A)}\r\n` : '') + rows.map((r) => r.join(',')).join('\r\n');
        const out = parsePerfmonText(text);
        if (!out.ok) expect(out.issue.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
