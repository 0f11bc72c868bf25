/**
 * The engine writes its warning sentences in en-US; the results layer writes the same sentence in
 * the reader's locale from the warning's figures.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { evaluatePlan, warningWithMessage } from '@/engine';
import { setDisplayLocale } from '@/lib/format';
import { flatVm, plainPlan } from '@/test/cycle-plans';
import { warningMessage } from './warnings';

afterEach(() => setDisplayLocale('en-US'));

// A 64 KiB window over 50 ms caps each transfer at 64 × 1024 × 8 bit ÷ 0.050 s = 10 485 760 bit/s
// = 10.48576 Mbps → "10.5 Mbps" at three significant digits; 4 transfers × 10.49 = 41.9 Mbps of 100.
const cappedPlan = () => plainPlan(100, [flatVm('a', 300)], { tcpWindowKiB: 64, rttMs: 50 }, { maxActiveTransfers: 4 });

describe('warningMessage', () => {
  it('writes the per-stream cap with a decimal comma in de-DE; the engine message stays en-US', () => {
    setDisplayLocale('de-DE');
    const capped = evaluatePlan(cappedPlan()).warnings.find((w) => w.code === 'per-stream-cap-limiting');
    expect(capped?.params).toEqual({ perStreamCapMbps: expect.closeTo(10.48576, 4), maxActiveTransfers: 4 });
    expect(capped?.message).toBe('Each transfer is capped at 10.5 Mbps (TCP window ÷ RTT or measured copy speed), so 4 parallel transfers cannot fill the link.');
    expect(warningMessage(capped!)).toBe('Each transfer is capped at 10,5 Mbps (TCP window ÷ RTT or measured copy speed), so 4 parallel transfers cannot fill the link.');
  });

  it('is the engine message itself in en-US', () => {
    const capped = evaluatePlan(cappedPlan()).warnings.find((w) => w.code === 'per-stream-cap-limiting')!;
    expect(warningMessage(capped)).toBe(capped.message);
  });

  it('groups thousands and writes fractional seconds in the reader locale; clock times stay hh:mm', () => {
    const target = warningWithMessage({
      code: 'target-rpo-missed',
      severity: 'warning',
      params: { targetRpoMinutes: 7.5, worstRpoSeconds: 2.5, requiredUplinkMbps: 1234.4 },
    });
    const breach = warningWithMessage({
      code: 'failure-window-breached',
      severity: 'error',
      params: { vmName: 'SQL01', failureWindowMinutes: 30, growsDaily: false, atSeconds: 13 * 3600 + 5 * 60, delaySeconds: 2400 },
    });
    setDisplayLocale('de-DE');
    // 1234.4 Mbps rounds to 1234 (whole digits kept above 1000): "1,234" in en-US, "1.234" in de-DE.
    expect(target.message).toBe('The target RPO of 7.5 min is missed: worst RPO 2.5 s. It needs 1,234 Mbps.');
    expect(warningMessage(target)).toBe('The target RPO of 7,5 min is missed: worst RPO 2,5 s. It needs 1.234 Mbps.');
    // 13 h 05 min after midnight; 2 400 s = 40 min.
    expect(warningMessage(breach)).toBe('SQL01 breaches the 30-minute failure window at 13:05 (a cycle waits up to 40 min).');
  });
});
