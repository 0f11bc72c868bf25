import fc from 'fast-check';
import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { examplePlan } from '@/app/examples';
import { SCHEMA_VERSION, parsePlan, type Plan } from '@/plan';
import { arbPlanInput } from '@/test/arbitraries';
import { fromBase64Url, toBase64Url } from './base64url';
import { LINK_KEY, MAX_LINK_CHARS, decodePlanLink, encodePlanLink, utf8Length, type DecodedLink } from './link-codec';
import { edgePlan, minimalPlan, tenVmPlan } from './testing/sample-plans';

const hashOf = (plan: Plan): string => {
  const link = encodePlanLink(plan);
  if (!link.ok) throw new Error('too long');
  return link.hash;
};
/** A link whose payload is `json` (any text), deflated and encoded like the app does. */
const linkWithJson = (json: string, version = SCHEMA_VERSION) => `#${LINK_KEY}${version}.${toBase64Url(zlibSync(strToU8(json)))}`;
const problem = (decoded: DecodedLink) => (decoded.kind === 'error' ? decoded.problem : decoded.kind);

describe('round trip', () => {
  it.each([
    ['branch office', () => examplePlan('branch-office')],
    ['datacenter', () => examplePlan('datacenter')],
    ['10 VMs', tenVmPlan],
    ['edge plan (every optional section, odd names)', edgePlan],
    ['minimal plan', minimalPlan],
  ])('%s decodes to the identical plan', (_, make) => {
    const plan = make();
    const hash = hashOf(plan);
    expect(hash).toMatch(new RegExp(`^#plan=${SCHEMA_VERSION}\\.[A-Za-z0-9_-]+$`)); // URL-safe: nothing to escape
    expect(decodePlanLink(hash)).toEqual({ kind: 'plan', plan });
  });

  it('any valid plan survives encode → decode unchanged (property)', () => {
    fc.assert(
      fc.property(arbPlanInput, (input) => {
        const parsed = parsePlan(input);
        if (!parsed.ok) return;
        expect(decodePlanLink(hashOf(parsed.plan))).toEqual({ kind: 'plan', plan: parsed.plan });
      }),
      { numRuns: 200 },
    );
  });

  it('links stay short: 10 VMs well under 2 000 characters (measured: see the report)', () => {
    const lengths = {
      branchOffice: hashOf(examplePlan('branch-office')).length,
      datacenter: hashOf(examplePlan('datacenter')).length,
      tenVms: hashOf(tenVmPlan()).length,
    };
    // Schema v2 added ~110 characters of default goals and costs to every link, and the examples
    // carry three priced link tiers (measured 1 527, 1 251 and 1 920). Schema v3 adds each VM's
    // provenance and (empty) within-hour shape: ten VMs 1 608.
    expect(lengths.tenVms).toBeLessThan(1700);
    expect(lengths.branchOffice).toBeLessThan(1350);
    expect(lengths.datacenter).toBeLessThan(2100);
  });
});

describe('base64url', () => {
  it('round-trips every byte value and rejects foreign characters and impossible lengths', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(toBase64Url(bytes)).not.toMatch(/[+/=]/);
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull(); // 4n + 1 characters
    expect(fromBase64Url('')).toEqual(new Uint8Array());
  });
});

describe('hashes that are not plan links are ignored', () => {
  it.each(['', '#', '#results', '#plans=1.abc', '#Plan=1.abc', 'results'])('%j', (hash) => {
    expect(decodePlanLink(hash)).toEqual({ kind: 'none' });
  });
  it('accepts the hash with or without its #', () => {
    const hash = hashOf(minimalPlan());
    expect(decodePlanLink(hash.slice(1))).toEqual(decodePlanLink(hash));
  });
});

describe('bad links are values that say what is wrong', () => {
  const good = hashOf(examplePlan('branch-office'));

  it('truncated (cut off in a mail)', () => {
    for (const keep of [0.9, 0.5, 0.1]) {
      const decoded = decodePlanLink(good.slice(0, Math.floor(good.length * keep)));
      expect(problem(decoded)).toBe('corrupt');
      expect(decoded.kind === 'error' && decoded.message).toMatch(/damaged or incomplete/);
    }
  });

  it('characters outside base64url, no payload, or no version', () => {
    expect(problem(decodePlanLink(`${good.slice(0, 20)}%20${good.slice(20)}`))).toBe('corrupt');
    expect(problem(decodePlanLink('#plan=1.'))).toBe('corrupt');
    expect(problem(decodePlanLink('#plan=abc'))).toBe('corrupt');
    expect(problem(decodePlanLink('#plan=0.abcd'))).toBe('corrupt');
  });

  it('a newer version names both versions', () => {
    const decoded = decodePlanLink(good.replace(`#plan=${SCHEMA_VERSION}.`, `#plan=${SCHEMA_VERSION + 1}.`));
    expect(decoded).toMatchObject({ kind: 'error', problem: 'future-version' });
    expect(decoded.kind === 'error' && decoded.message).toContain(`plan version ${SCHEMA_VERSION + 1}`);
  });

  it('tampered: a valid container with an invalid plan names the field', () => {
    const plan = examplePlan('branch-office');
    const bad = { ...plan, vms: [{ ...plan.vms[0]!, disks: [{ ...plan.vms[0]!.disks[0]!, usedGB: 999 }] }] };
    const decoded = decodePlanLink(linkWithJson(JSON.stringify(bad)));
    expect(decoded).toMatchObject({ kind: 'error', problem: 'invalid-plan' });
    expect(decoded.kind === 'error' && decoded.message).toContain('DC01, disk OS: Used (GiB)');
  });

  it('tampered: version inside the payload disagrees with the prefix', () => {
    const json = JSON.stringify({ ...minimalPlan(), schemaVersion: 7 });
    expect(decodePlanLink(linkWithJson(json))).toMatchObject({ kind: 'error', problem: 'invalid-plan', message: expect.stringMatching(/version marks disagree/) });
  });

  it('not JSON, or JSON that is not an object', () => {
    expect(problem(decodePlanLink(linkWithJson('{"vms": [')))).toBe('corrupt');
    expect(problem(decodePlanLink(linkWithJson('[1,2]')))).toBe('invalid-plan');
    expect(problem(decodePlanLink(linkWithJson('"plan"')))).toBe('invalid-plan');
  });

  it('a prototype key in the payload is refused and pollutes nothing', () => {
    const json = `{"__proto__":{"polluted":true},"vms":[{"disks":[{"sizeGB":1}]}]}`;
    expect(problem(decodePlanLink(linkWithJson(json)))).toBe('invalid-plan');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('oversized: refused by length before any decoding', () => {
    const decoded = decodePlanLink(`#plan=1.${'A'.repeat(MAX_LINK_CHARS + 10)}`);
    expect(decoded).toMatchObject({ kind: 'error', problem: 'too-long' });
  });

  it('decompression bomb: 64 MiB of spaces in a ~90 KB link stops at the cap, quickly', () => {
    const bomb = new Uint8Array(64 * 2 ** 20).fill(32);
    const hash = `#plan=1.${toBase64Url(zlibSync(bomb, { level: 9 }))}`;
    expect(hash.length).toBeLessThan(MAX_LINK_CHARS);
    const started = performance.now();
    expect(problem(decodePlanLink(hash))).toBe('too-big');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('a plan too large for a link is refused when encoding, with its length', () => {
    const plan = examplePlan('datacenter');
    // Custom hourly weights with pseudo-random digits defeat compression.
    const weights = (i: number) => Array.from({ length: 24 }, (_, h) => ((i * 24 + h) * 2654435761) % 1000003 / 7);
    const vms = Array.from({ length: 1000 }, (_, i) => ({ ...plan.vms[0]!, id: `v${i}`, profile: 'custom' as const, hourlyWeights: weights(i) }));
    const big = encodePlanLink({ ...plan, vms });
    expect(big.ok).toBe(false);
    expect(!big.ok && big.chars).toBeGreaterThan(MAX_LINK_CHARS);
  });

  it('a plan clearly too large is refused from an estimate close to its real length (5 000 VMs)', () => {
    const plan = examplePlan('datacenter');
    const weights = (i: number) => Array.from({ length: 24 }, (_, h) => ((i * 24 + h) * 2654435761) % 1000003 / 7);
    const vms = Array.from({ length: 5000 }, (_, i) => ({ ...plan.vms[0]!, id: `v${i}`, profile: 'custom' as const, hourlyWeights: weights(i) }));
    const big = { ...plan, vms };
    const refused = encodePlanLink(big);
    expect(refused).toMatchObject({ ok: false, estimated: true });
    // The real payload, for comparison: the estimate is within 15 % of it.
    const real = toBase64Url(zlibSync(strToU8(JSON.stringify(big)), { level: 9 })).length;
    expect(!refused.ok && Math.abs(refused.chars - real) / real).toBeLessThan(0.15);
  });

  it('the estimate is the one made from the fully encoded JSON, also with names outside ASCII', () => {
    const plan = examplePlan('datacenter');
    const weights = (i: number) => Array.from({ length: 24 }, (_, h) => ((i * 24 + h) * 2654435761) % 1000003 / 7);
    // Names of 1-, 2-, 3- and 4-byte characters shift where the 128 KiB sample ends.
    const names = ['SQL', 'Zürich', 'Ελλάδα', '東京', '😀 app'];
    const vms = Array.from({ length: 5000 }, (_, i) => ({ ...plan.vms[0]!, id: `v${i}`, name: names[i % names.length]!, profile: 'custom' as const, hourlyWeights: weights(i) }));
    const big = { ...plan, vms };
    // The former way: encode everything, then sample the first 128 KiB.
    const json = strToU8(JSON.stringify(big));
    const sample = zlibSync(json.subarray(0, 128 * 1024), { level: 6 });
    expect(encodePlanLink(big)).toEqual({ ok: false, chars: Math.round((((sample.length * 4) / 3) * json.length) / (128 * 1024)), estimated: true });
  });

  it('utf8Length counts what TextEncoder writes', () => {
    for (const text of ['', 'plain', 'Zürich', '東京', '😀', 'lone \ud800 high', 'lone \udc00 low', 'end \ud83d']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => utf8Length(text) === new TextEncoder().encode(text).length));
  });

  it('a large plan that fits is still encoded in full (1 000 generated-like VMs, no estimate)', () => {
    const plan = examplePlan('datacenter');
    const vms = Array.from({ length: 1000 }, (_, i) => ({ ...plan.vms[i % plan.vms.length]!, id: `v${i}`, name: `VM ${i}` }));
    const link = encodePlanLink({ ...plan, vms });
    expect(link.ok).toBe(true);
    expect(link.ok && decodePlanLink(link.hash).kind).toBe('plan');
  });
});
