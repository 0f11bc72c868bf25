import { z } from './zod';
import {
  DEFAULTS,
  DISK_FORMATS,
  EXTENDED_FREQUENCIES_SECONDS,
  FREQUENCIES_SECONDS,
  INITIAL_REPLICATION_METHODS,
  INITIAL_REPLICATION_ORDERS,
  LIMITS,
  PROFILE_IDS,
  STORAGE_UNITS,
  WINDOWS_SERVER_VERSIONS,
} from './limits';
import { GoalsSchema, CostsSchema, VariantSchema } from './options-schema';
import { MeasuredEvidenceSchema } from './measured-evidence';
import { WORKLOAD_IDS, workloadPreset } from './presets';
import { ProvenanceSchema, type Provenance } from './provenance';
import { planRules } from './rules';

/** Current plan schema version (SPEC §4). */
export const SCHEMA_VERSION = 3;

const range = (lim: { min: number; max: number }) => z.number().min(lim.min).max(lim.max);
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().default(null);
const hours24 = (item: z.ZodNumber) => z.array(item).length(24);

/** A WAN link (primary → replica, or replica → extended). Speeds in decimal Mbps. */
export const LinkSchema = z.strictObject({
  /** Primary-site upload speed, Mbps (decimal: 1 Mbps = 10^6 bit/s). */
  uplinkMbps: range(LIMITS.linkMbps).default(DEFAULTS.uplinkMbps),
  /** Replica-site download speed, Mbps; null = not a constraint. */
  replicaDownlinkMbps: nullable(range(LIMITS.linkMbps)),
  /** Share of the link replication may use, percent. */
  sharePercent: range(LIMITS.sharePercent).default(DEFAULTS.sharePercent),
  /** Optional per-hour share (hour 0..23), percent; overrides sharePercent. */
  hourlySharePercent: nullable(hours24(range(LIMITS.hourlySharePercent))),
  /** Goodput ÷ line rate, percent. */
  efficiencyPercent: range(LIMITS.efficiencyPercent).default(DEFAULTS.efficiencyPercent),
  /** Round-trip time, ms; with tcpWindowKiB caps each stream. */
  rttMs: nullable(range(LIMITS.rttMs)),
  /** TCP window, KiB; null = autotuned. */
  tcpWindowKiB: nullable(range(LIMITS.tcpWindowKiB)),
  /** Measured single-stream throughput between the hosts, Mbps. */
  perStreamMbps: nullable(range(LIMITS.linkMbps)),
});

const DiskSchema = z.strictObject({
  name: z.string().max(LIMITS.nameChars).default(''),
  /** Provisioned size, plan GB. */
  sizeGB: z.number().gt(0).max(LIMITS.diskSizeGB),
  /** Used (allocated) size, plan GB; defaults to the provisioned size. */
  usedGB: z.number().min(0).max(LIMITS.diskSizeGB).optional(),
  /** Daily write churn, plan GB/day; defaults to the workload preset's % of used size. */
  churnGBPerDay: z.number().min(0).max(LIMITS.churnGBPerDay).optional(),
  replicated: z.boolean().default(true),
});

const VmSchema = z
  .strictObject({
    id: z.string().min(1).max(LIMITS.idChars).optional(),
    name: z.string().max(LIMITS.nameChars).optional(),
    /** Identical copies of this VM (a VM group). */
    count: int(1, LIMITS.vmCount).default(DEFAULTS.vmCount),
    workload: z.enum(WORKLOAD_IDS).default(DEFAULTS.workload),
    /** Replication frequency, seconds. */
    frequencySeconds: z.literal(FREQUENCIES_SECONDS).default(DEFAULTS.frequencySeconds),
    /** Additional hourly recovery points. */
    recoveryPoints: int(0, LIMITS.recoveryPoints).default(DEFAULTS.recoveryPoints),
    /** App-consistent (VSS) snapshot interval, hours; null = off. */
    appConsistentHours: nullable(int(LIMITS.appConsistentHours.min, LIMITS.appConsistentHours.max)),
    /** Primary write IOPS, for the replica IOPS estimate. */
    writeIops: nullable(z.number().min(0).max(LIMITS.writeIops)),
    /** Shape of the day; defaults to the workload preset's. */
    profile: z.enum(PROFILE_IDS).optional(),
    /** 24 non-negative weights for the custom profile (normalised to mean 1). */
    hourlyWeights: nullable(hours24(z.number().min(0).max(LIMITS.hourlyWeight))),
    /** Per-VM override of the initial replication method. */
    initialReplication: nullable(z.enum(INITIAL_REPLICATION_METHODS)),
    disks: z.array(DiskSchema).min(1).max(LIMITS.disksPerVm),
    /**
     * v3: the shape within each hour, in 12 five-minute steps (weights normalised to mean 1 within
     * the hour, so the hour's total stays the profile's); null for an even hour. Null = every hour
     * even. A measured burst (40 MiB/s for 20 minutes) keeps its rate for the cycle simulation.
     */
    withinHourWeights: nullable(z.array(z.array(z.number().min(0).max(LIMITS.hourlyWeight)).length(12).nullable()).length(24)),
    /** v3: where the VM's values came from (provenance.ts); filled from what the file gives when absent. */
    provenance: ProvenanceSchema.optional(),
  })
  .transform((vm) => {
    // Presets fill what the user left out: churn as % of used size, and the profile.
    const preset = workloadPreset(vm.workload);
    // A value the file leaves out is the preset's; one it gives is the user's — unless the record says otherwise.
    const omitted = vm.disks.map((d) => d.churnGBPerDay === undefined);
    const provenance: Provenance = {
      churn: omitted.every(Boolean) ? 'preset' : 'entered',
      // Some disks left to the preset, others given: the preset ones say so.
      ...(omitted.some(Boolean) && !omitted.every(Boolean) ? Object.fromEntries(omitted.flatMap((o, j) => (o ? [[`disks[${j}].churnGBPerDay`, 'preset']] : []))) : {}),
      profile: vm.profile === undefined ? 'preset' : 'entered',
      ...vm.provenance,
    };
    return {
      ...vm,
      provenance,
      profile: vm.profile ?? preset.profile,
      disks: vm.disks.map((d, j) => {
        const usedGB = d.usedGB ?? d.sizeGB;
        return {
          name: d.name || `Disk ${j + 1}`,
          sizeGB: d.sizeGB,
          usedGB,
          churnGBPerDay: d.churnGBPerDay ?? (usedGB * preset.churnPercentPerDay) / 100,
          replicated: d.replicated,
        };
      }),
    };
  });

const ExtendedSchema = z.strictObject({
  frequencySeconds: z.literal(EXTENDED_FREQUENCIES_SECONDS).default(300),
  recoveryPoints: int(0, LIMITS.recoveryPoints).default(0),
  link: LinkSchema.prefault({}),
});

const PlanObjectSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION).default(SCHEMA_VERSION),
  name: z.string().max(LIMITS.nameChars).default(DEFAULTS.name),
  units: z.strictObject({ storage: z.enum(STORAGE_UNITS).default(DEFAULTS.storageUnits) }).prefault({}),
  replication: z
    .strictObject({
      windowsServer: z.enum(WINDOWS_SERVER_VERSIONS).default(DEFAULTS.windowsServer),
      compression: z.boolean().default(DEFAULTS.compression),
      /** Wire bytes ÷ raw bytes when compression is on. An assumption: no official ratio. */
      compressionRatio: range(LIMITS.compressionRatio).default(DEFAULTS.compressionRatio),
      failureWindowMinutes: range(LIMITS.failureWindowMinutes).default(DEFAULTS.failureWindowMinutes),
      monitoringIntervalHours: int(LIMITS.monitoringIntervalHours.min, LIMITS.monitoringIntervalHours.max).default(
        DEFAULTS.monitoringIntervalHours,
      ),
      /** null = version default (3 on 2012, 6 later). */
      maxActiveTransfers: nullable(int(LIMITS.maxActiveTransfers.min, LIMITS.maxActiveTransfers.max)),
      targetRpoMinutes: nullable(range(LIMITS.targetRpoMinutes)),
      /** Planning headroom applied to all churn, percent. */
      growthPercent: range(LIMITS.growthPercent).default(DEFAULTS.growthPercent),
    })
    .prefault({}),
  link: LinkSchema.prefault({}),
  extended: nullable(ExtendedSchema),
  replicaStorage: z
    .strictObject({
      diskFormat: z.enum(DISK_FORMATS).default(DEFAULTS.diskFormat),
      uniqueChurnPercent: range(LIMITS.uniqueChurnPercent).default(DEFAULTS.uniqueChurnPercent),
      headroomPercent: range(LIMITS.headroomPercent).default(DEFAULTS.headroomPercent),
    })
    .prefault({}),
  initialReplication: z
    .strictObject({
      method: z.enum(INITIAL_REPLICATION_METHODS).default(DEFAULTS.irMethod),
      startHour: nullable(int(LIMITS.startHour.min, LIMITS.startHour.max)),
      compressionRatio: range(LIMITS.compressionRatio).default(DEFAULTS.irCompressionRatio),
      concurrentVms: nullable(int(LIMITS.concurrentVms.min, LIMITS.concurrentVms.max)),
      offlineShippingDays: range(LIMITS.offlineShippingDays).default(DEFAULTS.offlineShippingDays),
      mediaWriteMBps: range(LIMITS.mediaWriteMBps).default(DEFAULTS.mediaWriteMBps),
      /** Network copies in plan order, or the smallest first (small VMs protected sooner). */
      order: z.enum(INITIAL_REPLICATION_ORDERS).default('plan'),
    })
    .prefault({}),
  vms: z.array(VmSchema).min(1).max(LIMITS.vms),
  /** Which answers an option must give to "meet the goals" (SPEC §5.9). */
  goals: GoalsSchema.prefault({}),
  /** Prices of link tiers, replica storage and shipments (SPEC §5.9). */
  costs: CostsSchema.prefault({}),
  /** Named options: the base plan plus a list of changes by field path (SPEC §5.9). */
  variants: z.array(VariantSchema).max(LIMITS.variants).default([]),
  /** v3: the measured evidence when the plan was derived from measurements (measured-evidence.ts). */
  measured: nullable(MeasuredEvidenceSchema),
  /** v3: where plan-wide values came from, by field path (`link.uplinkMbps`); see provenance.ts. */
  provenance: ProvenanceSchema.default({}),
});

/** A VM the file leaves without an id is `vm-<position>`; without a name, it is called by its id. */
const withVmIds = (plan: z.output<typeof PlanObjectSchema>) => ({
  ...plan,
  vms: plan.vms.map((vm, i) => {
    const id = vm.id ?? `vm-${i + 1}`;
    return { ...vm, id, name: vm.name ?? id };
  }),
});

/** The plan schema (version 3): defaults filled, ids assigned, cross-field rules checked. */
export const PlanSchema = PlanObjectSchema.transform(withVmIds).superRefine(planRules);

/**
 * What PlanSchema is made of, for parse-in-steps.ts, which checks a big plan's VMs a slice at a
 * time and must give exactly PlanSchema's plan (parse-in-steps.test.ts compares the two).
 */
export const PLAN_SCHEMA_PARTS = { PlanObjectSchema, VmSchema, withVmIds, planRules } as const;

/** A validated plan with every default filled. Trusted everywhere inside the app. */
export type Plan = z.output<typeof PlanSchema>;
/** What a plan file may contain: any omitted field takes its default. */
export type PlanInput = z.input<typeof PlanSchema>;
export type PlanVm = Plan['vms'][number];
export type PlanDisk = PlanVm['disks'][number];
export type PlanLink = Plan['link'];
export type PlanGoals = Plan['goals'];
export type PlanCosts = Plan['costs'];
export type LinkTier = PlanCosts['linkTiers'][number];
export type PlanVariant = Plan['variants'][number];
export type PlanChange = PlanVariant['changes'][number];
