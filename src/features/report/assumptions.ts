/**
 * The report's assumptions table: every plan-wide input with its value, whether it is the
 * planner's default or was entered, and whether it is a rule of thumb rather than a measurement.
 * A parsed plan has every default filled in, so "default" means "equals the default value".
 */
import { DEFAULTS, defaultMaxActiveTransfers, type Plan, type PlanLink } from '@/plan';
import { formatClock, formatDuration } from '@/lib/format';
import { frequencyText, METHOD_TEXT, num, percentText, VERSION_TEXT } from './report-format';

export type Basis = 'default' | 'entered';

export interface AssumptionRow {
  /** Section of the plan: "Replication", "Link: primary → replica", … */
  group: string;
  input: string;
  value: string;
  basis: Basis;
  /** An estimate, not a measured or configured value: the reader should check it. */
  ruleOfThumb: boolean;
  /** Why the value matters or where it comes from (source tags as in the method section). */
  note: string;
}

type Row = Omit<AssumptionRow, 'group'>;

function row(input: string, value: string, isDefault: boolean, note = '', ruleOfThumb = false): Row {
  return { input, value, basis: isDefault ? 'default' : 'entered', ruleOfThumb, note };
}

const mbps = (x: number) => `${num(x)} Mbps`;

function shareText(link: PlanLink): string {
  const hours = link.hourlySharePercent;
  if (!hours) return percentText(link.sharePercent);
  const lo = Math.min(...hours);
  const hi = Math.max(...hours);
  return lo === hi ? `${percentText(lo)} every hour` : `varies by hour, ${percentText(lo)} to ${percentText(hi)}`;
}

function linkRows(link: PlanLink, uplinkLabel: string): Row[] {
  return [
    row(uplinkLabel, mbps(link.uplinkMbps), link.uplinkMbps === DEFAULTS.uplinkMbps, 'Usually the bottleneck: an asymmetric line uploads far less than it downloads.'),
    row('Downlink at the receiving site', link.replicaDownlinkMbps === null ? 'not a constraint' : mbps(link.replicaDownlinkMbps), link.replicaDownlinkMbps === null),
    row('Share of the link for replication', shareText(link), link.hourlySharePercent === null && link.sharePercent === DEFAULTS.sharePercent, 'Other traffic or a QoS throttle takes the rest.'),
    row(
      'Link efficiency (goodput ÷ line rate)',
      percentText(link.efficiencyPercent),
      link.efficiencyPercent === DEFAULTS.efficiencyPercent,
      'TCP/IP over Ethernet carries about 94 % payload (1448 of 1538 bytes per frame); lower on VPNs and lossy links.',
      link.efficiencyPercent === DEFAULTS.efficiencyPercent,
    ),
    row('Round-trip time', link.rttMs === null ? 'not given' : `${num(link.rttMs)} ms`, link.rttMs === null, 'With the TCP window, caps each transfer [IBM-BDP].'),
    row('TCP window', link.tcpWindowKiB === null ? 'autotuned (no cap)' : `${num(link.tcpWindowKiB)} KiB`, link.tcpWindowKiB === null),
    row('Measured single-transfer speed', link.perStreamMbps === null ? 'not measured' : mbps(link.perStreamMbps), link.perStreamMbps === null),
  ];
}

function replicationRows(plan: Plan): Row[] {
  const r = plan.replication;
  const versionTransfers = defaultMaxActiveTransfers(r.windowsServer);
  return [
    row('Windows Server version', VERSION_TEXT[r.windowsServer], r.windowsServer === DEFAULTS.windowsServer, 'Sets the frequencies, recovery-point limits and transfer defaults available.'),
    row('Storage units', plan.units.storage === 'binary' ? 'GiB (binary, as Windows counts)' : 'GB (decimal)', plan.units.storage === DEFAULTS.storageUnits),
    row('Compression', r.compression ? 'on' : 'off', r.compression === DEFAULTS.compression, 'On by default; Microsoft recommends it on [BPA].'),
    r.compression
      ? row(
          'Compression ratio (wire ÷ raw)',
          `${num(r.compressionRatio)} (${percentText(Math.round((1 - r.compressionRatio) * 100))} smaller on the wire)`,
          r.compressionRatio === DEFAULTS.compressionRatio,
          'Assumption: Microsoft publishes no ratio; evidence suggests a 20–30 % saving on real churn [BPA] [RESYNC] [RIVERBED].',
          true,
        )
      : row('Compression ratio (wire ÷ raw)', 'not used (compression off)', r.compressionRatio === DEFAULTS.compressionRatio),
    row(
      'Failure window',
      formatDuration(r.failureWindowMinutes * 60),
      r.failureWindowMinutes === DEFAULTS.failureWindowMinutes,
      'From the brief: a cycle not completed within this time counts as failed. Not a Microsoft rule (see Method).',
    ),
    row('Health monitoring interval', `${num(r.monitoringIntervalHours)} h`, r.monitoringIntervalHours === DEFAULTS.monitoringIntervalHours, 'Microsoft default; Warning when more than 20 % of cycles in it are missed [HEALTH2].'),
    row(
      'MaximumActiveTransfers',
      r.maxActiveTransfers === null ? `${versionTransfers} (version default)` : String(r.maxActiveTransfers),
      r.maxActiveTransfers === null,
      'Logs sent in parallel; 3 on 2012, 6 later [KB2767928] [SAVILL].',
    ),
    row('Target RPO', r.targetRpoMinutes === null ? 'none set' : formatDuration(r.targetRpoMinutes * 60), r.targetRpoMinutes === null),
    row('Churn growth allowance', percentText(r.growthPercent), r.growthPercent === DEFAULTS.growthPercent, 'Added to every VM’s daily churn.'),
  ];
}

function extendedRows(plan: Plan): Row[] {
  const ext = plan.extended;
  if (ext === null) return [row('Extended replication', 'none', true)];
  return [
    row('Extended replication frequency', frequencyText(ext.frequencySeconds), ext.frequencySeconds === 300, '5 or 15 minutes only [EXTEND].'),
    row('Extended recovery points', ext.recoveryPoints === 0 ? 'latest only' : `${ext.recoveryPoints} additional`, ext.recoveryPoints === 0),
    ...linkRows(ext.link, 'Replica site uplink'),
  ];
}

function storageRows(plan: Plan): Row[] {
  const s = plan.replicaStorage;
  return [
    row('Replica disk format', s.diskFormat === 'dynamic' ? 'dynamic (stores used data)' : 'fixed (stores full size)', s.diskFormat === DEFAULTS.diskFormat, 'A fixed primary disk may be dynamic on the replica [FIX2DYN].'),
    row(
      'Unique share of hourly churn',
      percentText(s.uniqueChurnPercent),
      s.uniqueChurnPercent === DEFAULTS.uniqueChurnPercent,
      'Share of an hour’s writes landing on distinct blocks; sizes the recovery points (undo logs) [UNDO].',
      true,
    ),
    row('Free-space headroom', percentText(s.headroomPercent), s.headroomPercent === DEFAULTS.headroomPercent, 'Kept free on the replica volumes.'),
  ];
}

function initialReplicationRows(plan: Plan): Row[] {
  const ir = plan.initialReplication;
  const transfers = plan.replication.maxActiveTransfers ?? defaultMaxActiveTransfers(plan.replication.windowsServer);
  return [
    row('Method', METHOD_TEXT[ir.method], ir.method === DEFAULTS.irMethod, 'A VM may override it.'),
    row('Start', ir.startHour === null ? 'immediately' : `at ${formatClock(ir.startHour * 3600)}`, ir.startHour === null),
    row(
      'Compression ratio of the initial copy',
      num(ir.compressionRatio),
      ir.compressionRatio === DEFAULTS.irCompressionRatio,
      'Assumption: empty and zeroed space compresses well, real data less; no official ratio [FIX2DYN].',
      true,
    ),
    row('VMs copied at once', ir.concurrentVms === null ? `${transfers} (= MaximumActiveTransfers)` : String(ir.concurrentVms), ir.concurrentVms === null),
    row('Shipping time (offline media)', `${num(ir.offlineShippingDays)} days`, ir.offlineShippingDays === DEFAULTS.offlineShippingDays, 'Export, courier and import, in calendar days.'),
    row('Disk export/import speed', `${num(ir.mediaWriteMBps)} MB/s`, ir.mediaWriteMBps === DEFAULTS.mediaWriteMBps, 'Also the read speed for a seeded copy.'),
  ];
}

/** Every plan-wide input, grouped as in the planner's settings. */
export function buildAssumptionRows(plan: Plan): AssumptionRow[] {
  const groups: [string, Row[]][] = [
    ['Replication', replicationRows(plan)],
    ['Link: primary → replica', linkRows(plan.link, 'Uplink (primary site upload)')],
    ['Extended hop: replica → extended site', extendedRows(plan)],
    ['Replica storage', storageRows(plan)],
    ['Initial replication', initialReplicationRows(plan)],
  ];
  return groups.flatMap(([group, rows]) => rows.map((r) => ({ group, ...r })));
}
