import { describe, expect, it } from 'vitest';
import { isSavedMeasurement, summaryOf, type SavedMeasurement } from './saved-measurement';

const saved = (): SavedMeasurement => ({
  version: 1,
  savedAt: 1,
  perfmonFileName: 'churn.csv',
  inventoryFileName: 'inventory.csv',
  measurement: {
    timeZone: { name: 'UTC', biasMinutes: 0 },
    startMs: 0,
    intervalSeconds: 60,
    slots: 2880,
    counters: [{ host: 'H', instance: 'a', path: 'p', values: new Float32Array(2880), samples: 2880 }, { host: 'H', instance: 'b', path: 'q', values: new Float32Array(2880), samples: 0 }],
    rows: 2881,
    ignoredColumns: 0,
    notes: [],
  },
  inventory: [
    { vm: 'SQL01', path: 'a', sizeBytes: 1, fileBytes: 1, host: 'H' },
    { vm: 'FS01', path: 'b', sizeBytes: 1, fileBytes: 1, host: 'H' },
  ],
  matches: [
    { disk: 0, status: 'matched', candidates: [0], included: true },
    { disk: 1, status: 'matched', candidates: [1], included: false },
  ],
});

describe('saved measurement', () => {
  it('accepts its own shape and sums it up for the header', () => {
    expect(isSavedMeasurement(saved())).toBe(true);
    expect(summaryOf(saved())).toEqual({ savedAt: 1, perfmonFileName: 'churn.csv', days: 2, vms: 1 });
  });

  it('rejects damaged or foreign records instead of trusting them', () => {
    const wrongLength = saved();
    wrongLength.measurement.counters[0]!.values = new Float32Array(3);
    const badDisk = saved();
    badDisk.matches[0] = { ...badDisk.matches[0]!, disk: 9 };
    for (const v of [null, 1, {}, { ...saved(), version: 2 }, wrongLength, badDisk, { ...saved(), matches: [] }]) expect(isSavedMeasurement(v)).toBe(false);
  });
});
