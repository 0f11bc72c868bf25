import { describe, expect, it } from 'vitest';
import type { Warning } from '@/engine';
import { digestWarnings } from './warning-digest';

const breach = (i: number): Warning => ({ code: 'failure-window-breached', severity: 'error', vmId: `vm${i}`, message: `VM${i} breaches the window.` });

describe('digestWarnings', () => {
  it('keeps every warning of a short list, most severe first, kinds together', () => {
    const warnings: Warning[] = [
      { code: 'recommend-offline', severity: 'info', message: 'Ship it.' },
      breach(1),
      { code: 'health-warning', severity: 'warning', vmId: 'vm1', message: 'VM1 health.' },
      { code: 'resync-required', severity: 'error', vmId: 'vm1', message: 'VM1 resync.' },
      breach(2),
    ];
    const digest = digestWarnings(warnings, new Map());
    expect(digest.map((g) => [g.title, g.total, g.lines])).toEqual([
      ['Errors', 3, ['VM1 breaches the window.', 'VM2 breaches the window.', 'VM1 resync.']],
      ['Warnings', 1, ['VM1 health.']],
      ['Notes', 1, ['Ship it.']],
    ]);
  });

  it('prints a few of a long run and names the VMs of the rest', () => {
    const warnings = Array.from({ length: 14 }, (_, k) => breach(k + 1));
    const names = new Map(warnings.map((w, k) => [w.vmId!, `VM${k + 1}`]));
    const [errors] = digestWarnings(warnings, names, 3);
    // 14 warnings: 3 shown, 11 summarised; 8 names then "and 3 more".
    expect(errors!.total).toBe(14);
    expect(errors!.lines).toEqual([
      'VM1 breaches the window.',
      'VM2 breaches the window.',
      'VM3 breaches the window.',
      '…and 11 more like these: VM4, VM5, VM6, VM7, VM8, VM9, VM10, VM11 and 3 more.',
    ]);
  });
});
