/**
 * Schema version 2 (SPEC §5.9): the plan's goals, the prices of the options and named variants.
 * Each section is optional in a file and takes the defaults below; the scenario module
 * (`src/scenario`) gives them meaning.
 */
import { z } from './zod';
import { DEFAULTS, LIMITS } from './limits';

const price = z.number().min(LIMITS.price.min).max(LIMITS.price.max);

/** Which answers an option must give to meet the goals. */
export const GoalsSchema = z.strictObject({
  /** The backlog keeps up day over day (no unbounded growth). */
  stable: z.boolean().default(DEFAULTS.goals.stable),
  /** No VM breaches the failure window. */
  withinFailureWindow: z.boolean().default(DEFAULTS.goals.withinFailureWindow),
  /** Every VM meets `replication.targetRpoMinutes` (ignored while no target is set). */
  targetRpo: z.boolean().default(DEFAULTS.goals.targetRpo),
  /** Every cycle completes within its interval. */
  noMissedCycles: z.boolean().default(DEFAULTS.goals.noMissedCycles),
});

/** One line offer: what the primary site's line uploads, and what it costs per month. */
export const LinkTierSchema = z.strictObject({
  name: z.string().trim().min(1).max(LIMITS.nameChars),
  /** Upload speed of the offer, decimal Mbps: the planner's `link.uplinkMbps` on this tier. */
  uplinkMbps: z.number().min(LIMITS.linkMbps.min).max(LIMITS.linkMbps.max),
  /** Download speed of the offer, Mbps (shown only; the primary's download does not carry replication). */
  downlinkMbps: z
    .number()
    .min(LIMITS.linkMbps.min)
    .max(LIMITS.linkMbps.max)
    .nullable()
    .default(null),
  /** Monthly price, in `costs.currency`. */
  monthly: price,
});

export const CostsSchema = z.strictObject({
  /** Shown beside every price; no conversion happens. */
  currency: z.string().trim().max(LIMITS.currencyChars).default(DEFAULTS.currency),
  linkTiers: z.array(LinkTierSchema).max(LIMITS.linkTiers).default([]),
  /** Replica storage price per TB-month (TB = 10^12 bytes); null = not priced. */
  replicaStoragePerTBMonth: price.nullable().default(null),
  /** One-off price of one shipment of initial-copy disks; null = not priced. */
  offlineShipmentOneOff: price.nullable().default(null),
});

/** `vms[2].disks[0].replicated`, `link.hourlySharePercent`: the syntax of validation errors. */
export const CHANGE_PATH_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(?:\[\d{1,6}\]|\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Sections a variant may not change: the options describe the systems, not themselves. */
export const UNCHANGEABLE_ROOTS = ['schemaVersion', 'goals', 'costs', 'variants'] as const;

const ChangeSchema = z.strictObject({
  path: z
    .string()
    .max(LIMITS.changePathChars)
    .regex(CHANGE_PATH_PATTERN, 'must be a field path such as link.uplinkMbps or vms[2].disks[0].replicated')
    .refine((path) => !(UNCHANGEABLE_ROOTS as readonly string[]).includes(path.split(/[.[]/)[0]!), {
      message: 'a variant changes the plan itself, not its schema version, goals, costs or variants',
    }),
  /** The new value, any JSON; whether it fits the field is checked when the variant is applied. */
  value: z.json(),
});

export const VariantSchema = z.strictObject({
  id: z.string().trim().min(1).max(LIMITS.idChars),
  name: z.string().trim().min(1).max(LIMITS.nameChars),
  changes: z.array(ChangeSchema).max(LIMITS.changesPerVariant).default([]),
});
