import { describe, expect, it } from 'vitest';
import { checkpointParentKey, instanceKey, isWriteBytesColumn, parseCounterPath } from './counter-path';

describe('counter paths', () => {
  it('splits host, object, instance and counter', () => {
    expect(parseCounterPath('\\\\HOST01\\Hyper-V Virtual Storage Device(D:-Hyper-V-Virtual Hard Disks-SQL01-Data.vhdx)\\Write Bytes/sec')).toEqual({
      host: 'HOST01',
      object: 'Hyper-V Virtual Storage Device',
      instance: 'D:-Hyper-V-Virtual Hard Disks-SQL01-Data.vhdx',
      counter: 'Write Bytes/sec',
    });
    expect(parseCounterPath('\\\\H\\Memory\\Available MBytes')).toMatchObject({ object: 'Memory', instance: '' });
    expect(parseCounterPath('SQL01')).toBeNull();
  });

  it('knows the write-bytes column of the virtual storage device only', () => {
    const p = (s: string) => parseCounterPath(s)!;
    expect(isWriteBytesColumn(p('\\\\h\\hyper-v virtual storage device(x.vhdx)\\write bytes/sec'))).toBe(true);
    expect(isWriteBytesColumn(p('\\\\h\\Hyper-V Virtual Storage Device(x.vhdx)\\Read Bytes/sec'))).toBe(false);
    expect(isWriteBytesColumn(p('\\\\h\\PhysicalDisk(0 C:)\\Disk Write Bytes/sec'))).toBe(false);
  });

  it('spells a disk path as perfmon does, and a perfmon instance the same way', () => {
    // \ → -, ( ) → [ ], # and / → _, \\?\ prefix dropped; case ignored.
    expect(instanceKey('D:\\VMs\\SQL (prod)\\#1\\Data.vhdx')).toBe('d:-vms-sql [prod]-_1-data.vhdx');
    expect(instanceKey('D:-VMs-SQL [prod]-_1-Data.vhdx')).toBe('d:-vms-sql [prod]-_1-data.vhdx');
    expect(instanceKey('\\\\?\\C:\\ClusterStorage\\Volume1\\a.vhdx')).toBe(instanceKey('--?-C:-ClusterStorage-Volume1-a.vhdx'));
    expect(instanceKey('--?-C:-ClusterStorage-Volume1-a.vhdx')).toBe('c:-clusterstorage-volume1-a.vhdx');
  });

  it('finds the parent of a checkpoint differencing disk', () => {
    expect(checkpointParentKey('d:-vms-sql01-data_6f1c2a3b-1111-2222-3333-444455556666.avhdx')).toBe('d:-vms-sql01-data.vhdx');
    expect(checkpointParentKey('d:-vms-sql01-data.vhdx')).toBeNull();
  });
});
