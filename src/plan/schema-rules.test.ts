/**
 * SPEC §4 cross-field rules and defaults, tested through `parsePlan` (the one gate). Each rule must
 * be reported on the field the user has to change, and its valid neighbour must parse.
 */
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, parsePlan, WORKLOAD_PRESETS } from '@/plan';
import { issuePaths, makeDisk, makePlan, makeVm, parseValid } from '@/test/factories';

const weights24: number[] = Array.from({ length: 24 }, (_, h) => (h < 12 ? 1 : 2));

function issueAt(input: unknown, path: string) {
  const result = parsePlan(input);
  expect(result.ok, `expected ${path} to be rejected`).toBe(false);
  if (result.ok) throw new Error('unreachable');
  const hit = result.issues.find((i) => i.path === path);
  expect(hit, `no issue on ${path}; got ${result.issues.map((i) => i.path).join(', ')}`).toBeDefined();
  expect(hit!.message.length).toBeGreaterThan(0);
  return hit!;
}

describe('cross-field rules (SPEC §4)', () => {
  describe('Windows Server 2012', () => {
    it.each([30, 900] as const)('allows only frequency 300 s, so %i s is rejected on vms[i].frequencySeconds', (freq) => {
      const input = makePlan({
        replication: { windowsServer: '2012' },
        vms: [makeVm({ id: 'a' }), makeVm({ id: 'b', frequencySeconds: freq })],
      });
      const issue = issueAt(input, 'vms[1].frequencySeconds');
      expect(issue.message).toMatch(/300/);
      expect(issuePaths(input)).not.toContain('vms[0].frequencySeconds');
    });

    it('accepts 300 s', () => {
      const plan = parseValid(makePlan({ replication: { windowsServer: '2012' }, vms: [makeVm({ frequencySeconds: 300 })] }));
      expect(plan.vms[0]!.frequencySeconds).toBe(300);
    });

    it('accepts 30 s and 900 s on 2012 R2 and 2016', () => {
      for (const windowsServer of ['2012R2', '2016'] as const) {
        const plan = parseValid(
          makePlan({ replication: { windowsServer }, vms: [makeVm({ id: 'a', frequencySeconds: 30 }), makeVm({ id: 'b', frequencySeconds: 900 })] }),
        );
        expect(plan.vms.map((v) => v.frequencySeconds)).toEqual([30, 900]);
      }
    });

    it('keeps at most 15 additional recovery points: 16 rejected on vms[i].recoveryPoints, 15 accepted', () => {
      const bad = makePlan({ replication: { windowsServer: '2012' }, vms: [makeVm({ recoveryPoints: 16 })] });
      expect(issueAt(bad, 'vms[0].recoveryPoints').message).toMatch(/15/);
      const good = parseValid(makePlan({ replication: { windowsServer: '2012' }, vms: [makeVm({ recoveryPoints: 15 })] }));
      expect(good.vms[0]!.recoveryPoints).toBe(15);
    });

    it('2012 R2+ keeps up to 24 points; 25 is rejected', () => {
      expect(parseValid(makePlan({ vms: [makeVm({ recoveryPoints: 24 })] })).vms[0]!.recoveryPoints).toBe(24);
      issueAt(makePlan({ vms: [makeVm({ recoveryPoints: 25 })] }), 'vms[0].recoveryPoints');
    });

    it('has no extended hop: rejected on `extended`', () => {
      const input = makePlan({
        replication: { windowsServer: '2012' },
        extended: { frequencySeconds: 300, recoveryPoints: 0 },
      });
      expect(issueAt(input, 'extended').message).toMatch(/2012 R2|2012R2/);
    });
  });

  describe('app-consistent points', () => {
    it('need at least one additional recovery point: rejected on vms[i].appConsistentHours', () => {
      const input = makePlan({ vms: [makeVm({ recoveryPoints: 0, appConsistentHours: 4 })] });
      issueAt(input, 'vms[0].appConsistentHours');
    });

    it('are accepted with one recovery point', () => {
      const plan = parseValid(makePlan({ vms: [makeVm({ recoveryPoints: 1, appConsistentHours: 4 })] }));
      expect(plan.vms[0]!.appConsistentHours).toBe(4);
    });

    it.each([0, 13, 1.5])('interval %s h is out of the 1–12 whole-hour range', (hours) => {
      issueAt(makePlan({ vms: [makeVm({ recoveryPoints: 2, appConsistentHours: hours })] }), 'vms[0].appConsistentHours');
    });
  });

  describe('extended replication', () => {
    it('frequency must be 300 or 900: 600 is rejected on extended.frequencySeconds', () => {
      const input = makePlan({ extended: { frequencySeconds: 600 as 300 } });
      issueAt(input, 'extended.frequencySeconds');
    });

    it('30 s is not an extended-hop frequency', () => {
      issueAt(makePlan({ vms: [makeVm({ frequencySeconds: 30 })], extended: { frequencySeconds: 30 as 300 } }), 'extended.frequencySeconds');
    });

    it('must be ≥ every VM’s primary frequency: 300 with a 900 s VM is rejected on extended.frequencySeconds', () => {
      const input = makePlan({
        vms: [makeVm({ id: 'fast', frequencySeconds: 30 }), makeVm({ id: 'slow', frequencySeconds: 900 })],
        extended: { frequencySeconds: 300 },
      });
      issueAt(input, 'extended.frequencySeconds');
    });

    it('900 with a 900 s VM, and 300 with 30/300 s VMs, are accepted', () => {
      const a = parseValid(makePlan({ vms: [makeVm({ frequencySeconds: 900 })], extended: { frequencySeconds: 900 } }));
      expect(a.extended?.frequencySeconds).toBe(900);
      const b = parseValid(
        makePlan({
          vms: [makeVm({ id: 'a', frequencySeconds: 30 }), makeVm({ id: 'b', frequencySeconds: 300 })],
          extended: { frequencySeconds: 300 },
        }),
      );
      expect(b.extended?.frequencySeconds).toBe(300);
    });

    it('recoveryPoints above 24 rejected on extended.recoveryPoints', () => {
      issueAt(makePlan({ extended: { frequencySeconds: 300, recoveryPoints: 25 } }), 'extended.recoveryPoints');
    });
  });

  describe('disks', () => {
    it('usedGB > sizeGB is rejected on vms[i].disks[j].usedGB', () => {
      const input = makePlan({
        vms: [makeVm({ id: 'a' }), makeVm({ id: 'b', disks: [makeDisk(), makeDisk({ sizeGB: 50, usedGB: 50.5 })] })],
      });
      issueAt(input, 'vms[1].disks[1].usedGB');
      expect(issuePaths(input)).not.toContain('vms[1].disks[0].usedGB');
    });

    it('usedGB = sizeGB is accepted', () => {
      const plan = parseValid(makePlan({ vms: [makeVm({ disks: [makeDisk({ sizeGB: 50, usedGB: 50 })] })] }));
      expect(plan.vms[0]!.disks[0]!.usedGB).toBe(50);
    });

    it('sizeGB must be positive', () => {
      issueAt(makePlan({ vms: [makeVm({ disks: [makeDisk({ sizeGB: 0, usedGB: 0 })] })] }), 'vms[0].disks[0].sizeGB');
    });

    it('negative churn is rejected on its field', () => {
      issueAt(makePlan({ vms: [makeVm({ disks: [makeDisk({ churnGBPerDay: -1 })] })] }), 'vms[0].disks[0].churnGBPerDay');
    });

    it('a VM with no disks is rejected on vms[i].disks', () => {
      issueAt(makePlan({ vms: [makeVm({ disks: [] })] }), 'vms[0].disks');
    });

    it('a VM with no replicated disk is a warning, not an error (it parses)', () => {
      const plan = parseValid(makePlan({ vms: [makeVm({ disks: [makeDisk({ replicated: false })] })] }));
      expect(plan.vms[0]!.disks[0]!.replicated).toBe(false);
    });
  });

  describe('VM list', () => {
    it('duplicate ids are rejected on the later vms[i].id', () => {
      const input = makePlan({ vms: [makeVm({ id: 'x' }), makeVm({ id: 'y' }), makeVm({ id: 'x' })] });
      const issue = issueAt(input, 'vms[2].id');
      expect(issue.message).toMatch(/x/);
      expect(issuePaths(input)).not.toContain('vms[1].id');
    });

    it('at least one VM: an empty list is rejected on `vms`', () => {
      issueAt(makePlan({ vms: [] }), 'vms');
    });

    it('a missing VM list is rejected on `vms`', () => {
      const { vms: _omit, ...rest } = makePlan();
      void _omit;
      issueAt(rest, 'vms');
    });

    it('count must be a whole number ≥ 1', () => {
      issueAt(makePlan({ vms: [makeVm({ count: 0 })] }), 'vms[0].count');
      issueAt(makePlan({ vms: [makeVm({ count: 2.5 })] }), 'vms[0].count');
    });
  });

  describe('custom profile', () => {
    it('needs hourlyWeights: rejected on vms[i].hourlyWeights', () => {
      issueAt(makePlan({ vms: [makeVm({ profile: 'custom' })] }), 'vms[0].hourlyWeights');
    });

    it('accepts 24 non-negative weights', () => {
      const plan = parseValid(makePlan({ vms: [makeVm({ profile: 'custom', hourlyWeights: weights24 })] }));
      expect(plan.vms[0]!.hourlyWeights).toHaveLength(24);
    });

    it.each([23, 25])('rejects %i weights', (n) => {
      issueAt(makePlan({ vms: [makeVm({ profile: 'custom', hourlyWeights: Array(n).fill(1) })] }), 'vms[0].hourlyWeights');
    });

    it('rejects a negative weight on its own index', () => {
      const w = [...weights24];
      w[7] = -1;
      issueAt(makePlan({ vms: [makeVm({ profile: 'custom', hourlyWeights: w })] }), 'vms[0].hourlyWeights[7]');
    });
  });

  describe('plain ranges (SPEC §4 comments)', () => {
    it.each([
      ['replication.compressionRatio', { replication: { compressionRatio: 0 } }],
      ['replication.compressionRatio', { replication: { compressionRatio: 1.01 } }],
      ['replication.failureWindowMinutes', { replication: { failureWindowMinutes: 0.5 } }],
      ['replication.monitoringIntervalHours', { replication: { monitoringIntervalHours: 0 } }],
      ['replication.monitoringIntervalHours', { replication: { monitoringIntervalHours: 169 } }],
      ['replication.maxActiveTransfers', { replication: { maxActiveTransfers: 0 } }],
      ['replication.maxActiveTransfers', { replication: { maxActiveTransfers: 1025 } }],
      ['link.uplinkMbps', { link: { uplinkMbps: 0 } }],
      ['link.sharePercent', { link: { sharePercent: 0 } }],
      ['link.sharePercent', { link: { sharePercent: 101 } }],
      ['link.hourlySharePercent', { link: { hourlySharePercent: [100, 100] } }],
      ['initialReplication.startHour', { initialReplication: { startHour: 24 } }],
      ['replicaStorage.uniqueChurnPercent', { replicaStorage: { uniqueChurnPercent: 0 } }],
      ['units.storage', { units: { storage: 'kibi' as 'binary' } }],
      ['replication.windowsServer', { replication: { windowsServer: '2008' as '2016' } }],
    ] as const)('%s out of range is rejected on that path', (path, overrides) => {
      issueAt(makePlan(overrides as Parameters<typeof makePlan>[0]), path);
    });

    it('name longer than 200 characters is rejected on `name`', () => {
      issueAt(makePlan({ name: 'x'.repeat(201) }), 'name');
    });
  });

  it('reports several independent problems at once', () => {
    const input = makePlan({
      replication: { windowsServer: '2012' },
      vms: [makeVm({ id: 'a', frequencySeconds: 900 }), makeVm({ id: 'a', disks: [makeDisk({ sizeGB: 10, usedGB: 20 })] })],
    });
    const paths = issuePaths(input);
    expect(paths).toEqual(expect.arrayContaining(['vms[0].frequencySeconds', 'vms[1].id', 'vms[1].disks[0].usedGB']));
  });
});

describe('schema version (SPEC §4, STYLE rule 5)', () => {
  it('a future version is rejected with a message on `schemaVersion`', () => {
    const result = parsePlan({ ...makePlan(), schemaVersion: SCHEMA_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.path).toBe('schemaVersion');
    expect(result.issues[0]!.message).toMatch(/newer/i);
  });

  it.each([0, -1, 1.5, '1', null, true])('schemaVersion %j is rejected on `schemaVersion`', (v) => {
    expect(issuePaths({ ...makePlan(), schemaVersion: v })).toContain('schemaVersion');
  });

  it('the current version parses and reports no migration', () => {
    const result = parsePlan(makePlan());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.migratedFrom).toBeNull();
  });
});

describe('defaults (SPEC §4): a minimal plan gets every documented default', () => {
  const plan = parseValid({ vms: [{ disks: [{ sizeGB: 100, usedGB: 60, churnGBPerDay: 3 }] }] });

  it('top level', () => {
    expect(plan.schemaVersion).toBe(SCHEMA_VERSION);
    expect(plan.units.storage).toBe('binary');
    expect(plan.extended).toBeNull();
  });

  it('options (schema v2, SPEC §5.9): goals, no prices, no variants', () => {
    expect(plan.goals).toEqual({ stable: true, withinFailureWindow: true, targetRpo: true, noMissedCycles: false });
    expect(plan.costs).toEqual({ currency: 'EUR', linkTiers: [], replicaStoragePerTBMonth: null, offlineShipmentOneOff: null });
    expect(plan.variants).toEqual([]);
  });

  it('replication', () => {
    expect(plan.replication).toEqual({
      windowsServer: '2016',
      compression: true,
      compressionRatio: 0.7,
      failureWindowMinutes: 30,
      monitoringIntervalHours: 12,
      maxActiveTransfers: null,
      targetRpoMinutes: null,
      growthPercent: 0,
    });
  });

  it('link', () => {
    expect(plan.link).toEqual({
      uplinkMbps: 20,
      replicaDownlinkMbps: null,
      sharePercent: 100,
      hourlySharePercent: null,
      efficiencyPercent: 94,
      rttMs: null,
      tcpWindowKiB: null,
      perStreamMbps: null,
    });
  });

  it('replica storage and initial replication', () => {
    expect(plan.replicaStorage).toEqual({ diskFormat: 'dynamic', uniqueChurnPercent: 100, headroomPercent: 20 });
    expect(plan.initialReplication).toEqual({
      method: 'network',
      order: 'plan',
      startHour: null,
      compressionRatio: 0.7,
      concurrentVms: null,
      offlineShippingDays: 2,
      mediaWriteMBps: 150,
    });
  });

  it('VM and disk', () => {
    const vm = plan.vms[0]!;
    expect(vm.count).toBe(1);
    expect(vm.frequencySeconds).toBe(300);
    expect(vm.recoveryPoints).toBe(0);
    expect(vm.appConsistentHours).toBeNull();
    expect(vm.writeIops).toBeNull();
    expect(vm.hourlyWeights).toBeNull();
    expect(vm.initialReplication).toBeNull();
    expect(typeof vm.id).toBe('string');
    expect(vm.id.length).toBeGreaterThan(0);
    expect(vm.disks[0]).toMatchObject({ sizeGB: 100, usedGB: 60, churnGBPerDay: 3, replicated: true });
  });

  it('omitted ids are filled and unique', () => {
    const p = parseValid({ vms: [{ disks: [{ sizeGB: 1 }] }, { disks: [{ sizeGB: 1 }] }, { disks: [{ sizeGB: 1 }] }] });
    const ids = p.vms.map((v) => v.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('extended hop fills its own link defaults', () => {
    const p = parseValid({ extended: { frequencySeconds: 900 }, vms: [{ frequencySeconds: 900, disks: [{ sizeGB: 1 }] }] });
    expect(p.extended).toMatchObject({ frequencySeconds: 900, recoveryPoints: 0 });
    expect(p.extended!.link).toEqual(p.link);
  });

  it('a workload preset fills churn (% of used size per day) and profile when omitted', () => {
    for (const preset of WORKLOAD_PRESETS) {
      const p = parseValid({ vms: [{ workload: preset.id, disks: [{ sizeGB: 400, usedGB: 200 }] }] });
      const vm = p.vms[0]!;
      expect(vm.profile, preset.id).toBe(preset.profile);
      // e.g. sql: 10 %/day of 200 GB used = 20 GB/day
      expect(vm.disks[0]!.churnGBPerDay, preset.id).toBeCloseTo((200 * preset.churnPercentPerDay) / 100, 9);
    }
  });

  it('explicit values beat preset values', () => {
    const p = parseValid({ vms: [{ workload: 'sql', profile: 'flat', disks: [{ sizeGB: 400, usedGB: 200, churnGBPerDay: 1 }] }] });
    expect(p.vms[0]!.profile).toBe('flat');
    expect(p.vms[0]!.disks[0]!.churnGBPerDay).toBe(1);
  });

  it('unknown fields are rejected, naming the field (typo guard)', () => {
    expect(issuePaths({ ...makePlan(), replicaton: {} })).toContain('replicaton');
    expect(issuePaths(makePlan({ vms: [{ ...makeVm(), frequency: 300 } as never] }))).toContain('vms[0].frequency');
  });
});
