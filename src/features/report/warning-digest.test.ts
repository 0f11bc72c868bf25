import { describe, expect, it } from 'vitest';
import { warningWithMessage, type Warning } from '@/engine';
import { digestWarnings } from './warning-digest';

const breach = (i: number): Warning =>
  warningWithMessage({ code: 'failure-window-breached', severity: 'error', vmId: `vm${i}`, params: { vmName: `VM${i}`, failureWindowMinutes: 30, growsDaily: true, atSeconds: 0, delaySeconds: 2400 } });
const breachText = (i: number) => `VM${i} breaches the 30-minute failure window from the first days on, and its wait grows every day.`;

describe('digestWarnings', () => {
  it('keeps every warning of a short list, most severe first, kinds together', () => {
    const warnings: Warning[] = [
      warningWithMessage({ code: 'recommend-offline', severity: 'info', params: { vmNames: ['VM2'], withAdviceSeconds: 90_000, withoutAdviceSeconds: null } }),
      breach(1),
      warningWithMessage({ code: 'health-warning', severity: 'warning', vmId: 'vm1', params: { vmName: 'VM1', reasons: [{ kind: 'behind-an-hour' }] } }),
      warningWithMessage({ code: 'resync-required', severity: 'error', vmId: 'vm1', params: { vmName: 'VM1' } }),
      breach(2),
    ];
    const digest = digestWarnings(warnings, new Map());
    expect(digest.map((g) => [g.title, g.total, g.lines])).toEqual([
      ['Errors', 3, [breachText(1), breachText(2), 'VM1: logs waiting on the primary exceed 50 % of its replicated disk size — Hyper-V would stop tracking and require resynchronization.']],
      ['Warnings', 1, ['VM1 would show replication health Warning: the replica falls more than an hour behind the primary.']],
      // 90 000 s = 1 d 1 h.
      ['Notes', 1, ['Ship VM2 on disk (offline): every VM protected after 1 d 1 h instead of never.']],
    ]);
  });

  it('prints a few of a long run and names the VMs of the rest', () => {
    const warnings = Array.from({ length: 14 }, (_, k) => breach(k + 1));
    const names = new Map(warnings.map((w, k) => [w.vmId!, `VM${k + 1}`]));
    const [errors] = digestWarnings(warnings, names, 3);
    // 14 warnings: 3 shown, 11 summarised; 8 names then "and 3 more".
    expect(errors!.total).toBe(14);
    expect(errors!.lines).toEqual([
      breachText(1),
      breachText(2),
      breachText(3),
      '…and 11 more like these: VM4, VM5, VM6, VM7, VM8, VM9, VM10, VM11 and 3 more.',
    ]);
  });
});
