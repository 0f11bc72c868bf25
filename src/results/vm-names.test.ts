import { describe, expect, it } from 'vitest';
import { makeTestResult, makeTestVm } from '@/test/plan-result';
import { vmNameOf } from './vm-names';

describe('vmNameOf', () => {
  it('names a VM by id, and falls back to the id', () => {
    const result = makeTestResult({ vms: [makeTestVm({ id: 'fs', name: 'FS01' }), makeTestVm({ id: 'sql', name: 'SQL01' })] });
    expect(vmNameOf(result, 'sql')).toBe('SQL01');
    expect(vmNameOf(result, 'gone')).toBe('gone');
  });

  it('sees a new result with the same ids but other names', () => {
    const a = makeTestResult({ vms: [makeTestVm({ id: 'fs', name: 'FS01' })] });
    const b = makeTestResult({ vms: [makeTestVm({ id: 'fs', name: 'FILES' })] });
    expect([vmNameOf(a, 'fs'), vmNameOf(b, 'fs')]).toEqual(['FS01', 'FILES']);
  });
});
