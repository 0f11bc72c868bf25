import { NumberField } from '@/components';
import { formatMbps } from '@/lib/format';
import { LIMITS } from '@/plan';
import { getIn, usePlanStore, type FieldPath } from '@/store';
import { Collapsible } from './collapsible';
import { streamCapMbps } from './stream-cap';

/** RTT, TCP window and measured per-stream speed: what caps a single log transfer. */
export function LinkAdvanced({ link }: { link: FieldPath }) {
  const rtt = usePlanStore((s) => getIn(s.draft, [...link, 'rttMs']));
  const windowKiB = usePlanStore((s) => getIn(s.draft, [...link, 'tcpWindowKiB']));
  const measured = usePlanStore((s) => getIn(s.draft, [...link, 'perStreamMbps']));
  const cap = streamCapMbps(windowKiB, rtt);
  const anySet = [rtt, windowKiB, measured].some((v) => v !== null && v !== undefined);
  const rttPath = [...link, 'rttMs'];
  const windowPath = [...link, 'tcpWindowKiB'];
  const streamPath = [...link, 'perStreamMbps'];

  return (
    <Collapsible className="settings-advanced" title="Advanced: latency and TCP window" paths={[rttPath, windowPath, streamPath]} defaultOpen={anySet}>
      <p className="settings-note">
        One log transfer cannot go faster than TCP window ÷ round-trip time; with few parallel transfers on a long link that, not the line, can be the limit.
      </p>
      <div className="settings-grid">
        <NumberField path={rttPath} label="Round-trip time" unit="ms" size={6} min={LIMITS.rttMs.min} max={LIMITS.rttMs.max} placeholder="unknown" />
        <NumberField path={windowPath} label="TCP window" unit="KiB" size={6} min={LIMITS.tcpWindowKiB.min} max={LIMITS.tcpWindowKiB.max} placeholder="autotuned" />
        <NumberField
          path={streamPath}
          label="Measured per stream"
          unit="Mbps"
          size={6}
          min={LIMITS.linkMbps.min}
          max={LIMITS.linkMbps.max}
          placeholder="unknown"
          hint="One file copy between the hosts."
        />
      </div>
      {cap !== null ? <p className="settings-note">Each transfer is capped at about {formatMbps(cap)} by window ÷ RTT.</p> : null}
    </Collapsible>
  );
}
