/**
 * Hostile input at the edge (STYLE rules 3, 4, 10): whatever arrives by file, link, paste or local
 * storage, `parsePlan` returns a value — ok, or issues that each name a path and say something —
 * and never throws, hangs, or pollutes prototypes.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePlan, type ParsePlanResult } from '@/plan';
import { makeDisk, makePlan, makeVm } from '@/test/factories';
import { arbPlanInput } from '@/test/arbitraries';

/** parsePlan must return, not throw; a rejection carries ≥ 1 issue, each with a path and a message. */
function expectCleanResult(result: ParsePlanResult): void {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.path.length).toBeGreaterThan(0);
      expect(typeof issue.message).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
    }
  }
}

/** Rejected, with an issue on `path` (or, with `prefix`, on `path` or a field under it). */
function rejectedOn(input: unknown, path: string, prefix = false): void {
  let result: ParsePlanResult | undefined;
  expect(() => {
    result = parsePlan(input);
  }).not.toThrow();
  expectCleanResult(result!);
  expect(result!.ok).toBe(false);
  if (result!.ok) return;
  const paths = result!.issues.map((i) => i.path);
  const hit = paths.some((p) => p === path || (prefix && (p.startsWith(`${path}.`) || p.startsWith(`${path}[`))));
  expect(hit, `no issue on ${path}; issues: ${paths.join(', ')}`).toBe(true);
}

function expectPrototypesClean(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'x', 'vms', 'hacked']) {
    expect(probe[key], `Object.prototype.${key}`).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>)[key], `Array.prototype.${key}`).toBeUndefined();
  }
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(typeof Object.prototype.toString).toBe('function');
}

afterEach(expectPrototypesClean);

describe('non-objects are rejected on `plan`', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an array', []],
    ['an array of plans', [makePlan()]],
    ['a string', 'plan'],
    ['a JSON string of a valid plan', JSON.stringify(makePlan())],
    ['a number', 42],
    ['NaN', Number.NaN],
    ['a boolean', true],
  ])('%s', (_label, input) => {
    rejectedOn(input, 'plan');
  });
});

describe('wrong types are rejected on their path', () => {
  it.each([
    ['link.uplinkMbps', makePlan({ link: { uplinkMbps: '20' as unknown as number } })],
    ['link.uplinkMbps', makePlan({ link: { uplinkMbps: Number.NaN } })],
    ['link.uplinkMbps', makePlan({ link: { uplinkMbps: Number.POSITIVE_INFINITY } })],
    ['link.uplinkMbps', makePlan({ link: { uplinkMbps: -5 } })],
    ['link.uplinkMbps', makePlan({ link: { uplinkMbps: null as unknown as number } })],
    ['link.efficiencyPercent', makePlan({ link: { efficiencyPercent: 'NaN' as unknown as number } })],
    ['replication.compression', makePlan({ replication: { compression: 'false' as unknown as boolean } })],
    ['replication.compression', makePlan({ replication: { compression: 0 as unknown as boolean } })],
    ['replication.growthPercent', makePlan({ replication: { growthPercent: Number.NaN } })],
    ['vms[0].count', makePlan({ vms: [makeVm({ count: '3' as unknown as number })] })],
    ['vms[0].frequencySeconds', makePlan({ vms: [makeVm({ frequencySeconds: '300' as unknown as 300 })] })],
    ['vms[0].frequencySeconds', makePlan({ vms: [makeVm({ frequencySeconds: 60 as 300 })] })],
    ['vms[0].disks[0].sizeGB', makePlan({ vms: [makeVm({ disks: [makeDisk({ sizeGB: '100' as unknown as number })] })] })],
    ['vms[0].disks[0].sizeGB', makePlan({ vms: [makeVm({ disks: [makeDisk({ sizeGB: Number.NaN })] })] })],
    ['vms[0].disks[0].sizeGB', makePlan({ vms: [makeVm({ disks: [makeDisk({ sizeGB: Number.POSITIVE_INFINITY })] })] })],
    ['vms[0].disks[0].churnGBPerDay', makePlan({ vms: [makeVm({ disks: [makeDisk({ churnGBPerDay: Number.NEGATIVE_INFINITY })] })] })],
    ['vms[0].disks[0].replicated', makePlan({ vms: [makeVm({ disks: [makeDisk({ replicated: 'yes' as unknown as boolean })] })] })],
    ['vms[0].disks', makePlan({ vms: [makeVm({ disks: 'C:' as unknown as [] })] })],
    ['vms[0].disks[0]', makePlan({ vms: [makeVm({ disks: [null as unknown as ReturnType<typeof makeDisk>] })] })],
    ['vms[0]', makePlan({ vms: [42 as unknown as ReturnType<typeof makeVm>] })],
    ['vms', { ...makePlan(), vms: { 0: makeVm() } }],
    ['vms', { ...makePlan(), vms: 'all' }],
    ['link', { ...makePlan(), link: 20 }],
    ['replication', { ...makePlan(), replication: [] }],
    ['name', { ...makePlan(), name: 12 }],
    ['vms[0].id', makePlan({ vms: [makeVm({ id: 7 as unknown as string })] })],
    ['vms[0].id', makePlan({ vms: [makeVm({ id: '' })] })],
    ['vms[0].hourlyWeights[3]', makePlan({ vms: [makeVm({ profile: 'custom', hourlyWeights: Array.from({ length: 24 }, (_, i) => (i === 3 ? Number.NaN : 1)) })] })],
  ])('%s', (path, input) => {
    rejectedOn(input, path);
  });
});

describe('huge inputs are rejected promptly', () => {
  it('100 000 VMs → `vms`', () => {
    const vm = makeVm();
    const vms = Array.from({ length: 100_000 }, (_, i) => ({ ...vm, id: `v${i}` }));
    const t0 = performance.now();
    rejectedOn({ ...makePlan(), vms }, 'vms');
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('10^6-element hourlyWeights → vms[0].hourlyWeights', () => {
    const hourlyWeights = new Array<number>(1_000_000).fill(1);
    rejectedOn(makePlan({ vms: [makeVm({ profile: 'custom', hourlyWeights })] }), 'vms[0].hourlyWeights');
  });

  it('10^6-element hourlySharePercent → link.hourlySharePercent', () => {
    const hourlySharePercent = new Array<number>(1_000_000).fill(50);
    rejectedOn(makePlan({ link: { hourlySharePercent } }), 'link.hourlySharePercent');
  });

  it('10^5 disks on one VM → vms[0].disks', () => {
    const disks = Array.from({ length: 100_000 }, () => makeDisk());
    rejectedOn(makePlan({ vms: [makeVm({ disks })] }), 'vms[0].disks');
  });

  it('a 1 MB name → `name`', () => {
    rejectedOn({ ...makePlan(), name: 'x'.repeat(1_000_000) }, 'name');
  });

  it('numbers beyond the limits are rejected, not overflowed', () => {
    rejectedOn(makePlan({ vms: [makeVm({ count: 1e300 })] }), 'vms[0].count');
    rejectedOn(makePlan({ vms: [makeVm({ disks: [makeDisk({ sizeGB: 1e308, usedGB: 1 })] })] }), 'vms[0].disks[0].sizeGB');
    rejectedOn(makePlan({ link: { uplinkMbps: Number.MAX_VALUE } }), 'link.uplinkMbps');
  });
});

describe('deep nesting', () => {
  function nested(depth: number): unknown {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
    return v;
  }

  it('a 100 000-deep value in a number field is rejected without a stack overflow', () => {
    rejectedOn(makePlan({ link: { uplinkMbps: nested(100_000) as number } }), 'link.uplinkMbps');
  });

  it('a 100 000-deep value in an unknown field is rejected on that field', () => {
    rejectedOn({ ...makePlan(), extra: nested(100_000) }, 'extra');
  });

  it('a 100 000-deep value as a disk (an object {a: [...]}: unknown key, missing size)', () => {
    rejectedOn(makePlan({ vms: [makeVm({ disks: [nested(100_000) as ReturnType<typeof makeDisk>] })] }), 'vms[0].disks[0]', true);
    rejectedOn(makePlan({ vms: [makeVm({ disks: [nested(99_999) as ReturnType<typeof makeDisk>] })] }), 'vms[0].disks[0]');
  });

  it('deeply nested JSON text, parsed then validated', () => {
    const text = `{"vms":${'['.repeat(5000)}1${']'.repeat(5000)}}`;
    rejectedOn(JSON.parse(text), 'vms[0]');
  });
});

describe('prototype keys', () => {
  it('`__proto__` at the top level (as JSON.parse creates it) is rejected and pollutes nothing', () => {
    const text = JSON.stringify(makePlan()).replace(/^\{/, '{"__proto__":{"polluted":true,"vms":[]},');
    const input = JSON.parse(text) as unknown;
    expect(Object.prototype.hasOwnProperty.call(input, '__proto__')).toBe(true);
    rejectedOn(input, '__proto__');
  });

  it('`constructor` and `prototype` keys are rejected', () => {
    const text = JSON.stringify(makePlan()).replace(/^\{/, '{"constructor":{"prototype":{"polluted":true}},"prototype":{"isAdmin":true},');
    const result = parsePlan(JSON.parse(text));
    expectCleanResult(result);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['constructor', 'prototype']));
  });

  it('`__proto__` inside a VM, a disk and a section', () => {
    const plan = makePlan();
    const text = JSON.stringify(plan)
      .replace('"id":"vm1"', '"__proto__":{"hacked":true},"id":"vm1"')
      .replace('"name":"Data"', '"__proto__":{"hacked":true},"name":"Data"')
      .replace('"uplinkMbps"', '"__proto__":{"polluted":true},"uplinkMbps"');
    const result = parsePlan(JSON.parse(text));
    expectCleanResult(result);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining(['vms[0].__proto__', 'vms[0].disks[0].__proto__', 'link.__proto__']),
      );
    }
  });

  it('an object whose prototype is null (Object.create(null)) still parses as a plan', () => {
    const input = Object.assign(Object.create(null) as object, makePlan());
    const result = parsePlan(input);
    expect(result.ok).toBe(true);
  });

  it('a valid plan parsed from JSON holds only plain data', () => {
    const result = parsePlan(JSON.parse(JSON.stringify(makePlan())));
    expect(result.ok).toBe(true);
    if (result.ok) expect(JSON.parse(JSON.stringify(result.plan))).toEqual(result.plan);
  });
});

describe('non-JSON hostile values (parsePlan documents "never throws")', () => {
  it('a getter that throws on a section field returns issues', () => {
    const input = makePlan() as Record<string, unknown>;
    Object.defineProperty(input, 'link', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expectCleanResult(parsePlan(input));
    expect(parsePlan(input).ok).toBe(false);
  });

  it('a getter that throws on schemaVersion returns issues', () => {
    const input = makePlan() as Record<string, unknown>;
    Object.defineProperty(input, 'schemaVersion', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    let result: ParsePlanResult | undefined;
    expect(() => {
      result = parsePlan(input);
    }).not.toThrow();
    expectCleanResult(result!);
    expect(result!.ok).toBe(false);
  });

  it('a Proxy whose traps all throw returns issues', () => {
    const input = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
      },
    );
    let result: ParsePlanResult | undefined;
    expect(() => {
      result = parsePlan(input);
    }).not.toThrow();
    expectCleanResult(result!);
    expect(result!.ok).toBe(false);
  });

  it.each([
    ['a function', () => 1],
    ['a symbol', Symbol('plan')],
    ['a bigint', 10n],
    ['a Date', new Date(0)],
    ['a Map', new Map([['vms', []]])],
  ])('%s is rejected', (_label, input) => {
    let result: ParsePlanResult | undefined;
    expect(() => {
      result = parsePlan(input);
    }).not.toThrow();
    expectCleanResult(result!);
    expect(result!.ok).toBe(false);
  });

  it('a bigint in a number field is rejected on that field', () => {
    rejectedOn(makePlan({ link: { uplinkMbps: 20n as unknown as number } }), 'link.uplinkMbps');
  });
});

describe('properties: parsePlan never throws (fast-check)', () => {
  it('1 000 random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectCleanResult(parsePlan(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('1 000 random objects with plan-like keys', () => {
    const keys = ['schemaVersion', 'name', 'units', 'replication', 'link', 'extended', 'replicaStorage', 'initialReplication', 'vms', 'goals', 'costs', 'variants'];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor'), fc.jsonValue()), (value) => {
        expectCleanResult(parsePlan(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('every generated valid plan parses', () => {
    fc.assert(
      fc.property(arbPlanInput, (input) => {
        const result = parsePlan(input);
        if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
      }),
      { numRuns: 300 },
    );
  });

  it('1 000 valid plans with one field replaced by a random value', () => {
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom<unknown>(Number.NaN, Number.POSITIVE_INFINITY, -0, -1, 1e308, '', '1', [], {}, null, undefined, true),
    );
    fc.assert(
      fc.property(arbPlanInput, fc.nat(), hostile, (input, pick, value) => {
        const copy = JSON.parse(JSON.stringify(input)) as unknown;
        const slots = collectSlots(copy);
        const slot = slots[pick % slots.length]!;
        (slot.parent as Record<string | number, unknown>)[slot.key] = value;
        expectCleanResult(parsePlan(copy));
      }),
      { numRuns: 1000 },
    );
  });

  it('1 000 valid plans with one field deleted or an extra key added', () => {
    fc.assert(
      fc.property(arbPlanInput, fc.nat(), fc.boolean(), fc.string(), (input, pick, remove, extraKey) => {
        const copy = JSON.parse(JSON.stringify(input)) as unknown;
        const slots = collectSlots(copy).filter((s) => !Array.isArray(s.parent));
        const slot = slots[pick % slots.length]!;
        const parent = slot.parent as Record<string, unknown>;
        if (remove) delete parent[slot.key];
        else parent[extraKey] = 1;
        expectCleanResult(parsePlan(copy));
      }),
      { numRuns: 1000 },
    );
  });
});

/** Every (container, key) pair in a JSON tree, so a property can overwrite any field. */
function collectSlots(root: unknown): { parent: object; key: string | number }[] {
  const out: { parent: object; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        out.push({ parent: node, key: i });
        walk(child);
      });
    } else if (node && typeof node === 'object') {
      for (const [k, child] of Object.entries(node)) {
        out.push({ parent: node, key: k });
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}
