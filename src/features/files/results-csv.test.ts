import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@/engine';
import { parsePlan, type Plan } from '@/plan';
import { makePlan, makeVm } from '@/test/factories';
import { makeTestIrVm, makeTestResult, makeTestVm } from '@/test/plan-result';
import branchOffice from '../../../public/examples/branch-office.json';
import { UTF8_BOM, csvStyleFor } from './csv';
import { resultsCsv, resultsTable } from './results-csv';

const parsed = (input: unknown): Plan => {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.plan;
};

/** The CSV as a spreadsheet reads it: header → cells by column name. */
function read(csv: string): Record<string, string>[] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
}

const GiB = 2 ** 30;

describe('resultsCsv', () => {
  it('has one row per VM of the example, in plan order, agreeing with the engine', () => {
    const plan = parsed(branchOffice);
    const result = evaluatePlan(plan);
    const rows = read(resultsCsv(plan, result));
    expect(rows.map((r) => r.VM)).toEqual(['DC01', 'FS01', 'APP01', 'SQL01']);
    result.vms.forEach((vm, i) => {
      expect(Number(rows[i]!['Worst RPO (s)'])).toBeCloseTo(vm.worstRpoSeconds, 1);
      expect(Number(rows[i]!['Replica storage (GiB)'])).toBeCloseTo(vm.replicaStorageBytes / GiB, 3);
    });
  });

  it('names units in the header and converts bytes to the plan unit (hand oracle)', () => {
    const plan = parsed(makePlan({ vms: [makeVm({ id: 'fs01', name: 'FS01' })] }));
    // 60 GiB of replica storage, 2^27 B = 0.125 GiB of pending logs, 100 GiB replicated.
    const result = makeTestResult({ vms: [makeTestVm({ id: 'fs01', replicaStorageBytes: 60 * GiB, peakPendingLogBytes: 2 ** 27, worstRpoSeconds: 612.345 })] });
    const [header, row] = resultsTable(plan, result);
    expect(header).toContain('Worst RPO (s)');
    expect(header).toContain('Replica storage (GiB)');
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('Replica storage (GiB)')).toBe(60);
    expect(cell('Peak pending logs per copy (GiB)')).toBe(0.125);
    expect(cell('Replicated size per copy (GiB)')).toBe(100);
    expect(cell('Worst RPO (s)')).toBe(612.3);
    expect(cell('Health')).toBe('Normal');
    expect(cell('First failure-window breach (hh:mm)')).toBeNull();
  });

  it('in a decimal-comma locale: ";" between columns and "612,3" (hand oracle as above)', () => {
    const plan = parsed(makePlan({ vms: [makeVm({ id: 'fs01', name: 'FS01' })] }));
    const result = makeTestResult({ vms: [makeTestVm({ id: 'fs01', peakPendingLogBytes: 2 ** 27, worstRpoSeconds: 612.345 })] });
    const csv = resultsCsv(plan, result, csvStyleFor('de-DE'));
    const [row] = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, delimiter: ';', skipEmptyLines: true }).data;
    expect(row!['Worst RPO (s)']).toBe('612,3');
    expect(row!['Peak pending logs per copy (GiB)']).toBe('0,125'); // 2^27 B = 0.125 GiB
    expect(row!.VM).toBe('FS01');
  });

  it('uses GB (10^9 bytes) for a decimal plan', () => {
    const plan = parsed(makePlan({ units: { storage: 'decimal' }, vms: [makeVm({ id: 'fs01' })] }));
    const result = makeTestResult({ vms: [makeTestVm({ id: 'fs01', replicaStorageBytes: 60e9 })] });
    const [header, row] = resultsTable(plan, result);
    expect(row![header!.indexOf('Replica storage (GB)')]).toBe(60);
    expect(header).not.toContain('Replica storage (GiB)');
  });

  it('writes a breach as a clock time, an initial replication that never ends as "never"', () => {
    const plan = parsed(makePlan({ vms: [makeVm({ id: 'fs01' })] }));
    const result = makeTestResult({
      vms: [makeTestVm({ id: 'fs01', health: 'critical', healthReasons: [{ kind: 'behind-an-hour' }, { kind: 'resync-required', afterDays: null }], failureWindowBreach: { atSeconds: 13 * 3600 + 5 * 60, delaySeconds: 2400 } })],
    });
    result.initialReplication = { totalSeconds: null, vms: [makeTestIrVm({ id: 'fs01', completeSeconds: null })], recommendOffline: false, recommendation: null, order: 'plan', concurrentCopies: 6 };
    const [header, row] = resultsTable(plan, result);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('First failure-window breach (hh:mm)')).toBe('13:05');
    expect(cell('Breach delay (s)')).toBe(2400);
    expect(cell('Health reasons')).toBe('The replica falls more than an hour behind the primary; Logs waiting on the primary exceed 50 % of the replicated disk size: resynchronization required');
    expect(cell('Initial replication complete (h)')).toBe('never');
  });

  it('adds the extended-site column only when the plan has an extended hop', () => {
    const plain = parsed(makePlan({ vms: [makeVm({ id: 'fs01' })] }));
    const extended = parsed(makePlan({ extended: { frequencySeconds: 900 }, vms: [makeVm({ id: 'fs01' })] }));
    const result = makeTestResult({ vms: [makeTestVm({ id: 'fs01', extendedWorstRpoSeconds: 1234.56 })] });
    expect(resultsTable(plain, result)[0]).not.toContain('Extended site worst RPO (s)');
    const [header, row] = resultsTable(extended, result);
    expect(row![header!.indexOf('Extended site worst RPO (s)')]).toBe(1234.6);
    expect(row).toHaveLength(header!.length);
  });

  it('keeps a VM name from running as a formula in the spreadsheet', () => {
    const plan = parsed(makePlan({ vms: [makeVm({ id: 'x', name: '=HYPERLINK("http://evil","x")' })] }));
    const result = makeTestResult({ vms: [makeTestVm({ id: 'x' })] });
    const rows = read(resultsCsv(plan, result));
    expect(rows[0]!.VM).toBe('\'=HYPERLINK("http://evil","x")');
  });
});
