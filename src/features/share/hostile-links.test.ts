/**
 * Links are untrusted input: whatever follows `#plan=` (random text, random base64url, random
 * deflate streams, random JSON, mutated real links), the decoder returns a value, fast, and only
 * ever hands out plans that passed parsePlan. 11 000 cases in all.
 */
import fc from 'fast-check';
import { deflateSync, strToU8, zlibSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { examplePlan } from '@/app/examples';
import { SCHEMA_VERSION, parsePlan } from '@/plan';
import { toBase64Url } from './base64url';
import { LINK_KEY, decodePlanLink, encodePlanLink } from './link-codec';
import { edgePlan, tenVmPlan } from './testing/sample-plans';

let cases = 0;
let slowestMs = 0;

/** Decode, timing it; the result must be one of the three kinds and a plan must be trusted. */
function check(hash: string): void {
  cases++;
  const started = performance.now();
  const decoded = decodePlanLink(hash);
  slowestMs = Math.max(slowestMs, performance.now() - started);
  expect(['none', 'plan', 'error']).toContain(decoded.kind);
  if (decoded.kind === 'error') {
    expect(decoded.message.length).toBeGreaterThan(10);
    expect(decoded.message).not.toMatch(/undefined|NaN|\[object/);
  }
  if (decoded.kind === 'plan') expect(parsePlan(decoded.plan)).toMatchObject({ ok: true, plan: decoded.plan });
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('');
const arbB64 = (maxLength: number) => fc.array(fc.constantFrom(...B64), { maxLength }).map((chars) => chars.join(''));
const arbVersion = fc.oneof(fc.constant(SCHEMA_VERSION), fc.integer({ min: -2, max: 1_000_000 }));
const link = (version: number, payload: string) => `#${LINK_KEY}${version}.${payload}`;
const deflated = (bytes: Uint8Array) => toBase64Url(zlibSync(bytes));

const realLinks = [examplePlan('branch-office'), examplePlan('datacenter'), tenVmPlan(), edgePlan()].map((plan) => {
  const encoded = encodePlanLink(plan);
  if (!encoded.ok) throw new Error('fixture plan too large');
  return encoded.hash;
});

/** One edit of a real link: flip, delete, insert, duplicate or truncate. */
const arbMutation = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: fc.string({ minLength: 1, maxLength: 3 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(arbB64(8), fc.string({ maxLength: 8 })) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof arbMutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(hash: string, m: Mutation): string {
  const at = m.at % (hash.length + 1);
  switch (m.op) {
    case 'replace':
      return hash.slice(0, at) + m.text + hash.slice(at + m.text.length);
    case 'delete':
      return hash.slice(0, at) + hash.slice(at + m.length);
    case 'insert':
      return hash.slice(0, at) + m.text + hash.slice(at);
    case 'duplicate':
      return hash.slice(0, at) + hash.slice(at, at + m.length) + hash.slice(at);
    case 'truncate':
      return hash.slice(0, at);
  }
}

describe('hostile links never throw, never hang', () => {
  afterAll(() => {
    expect(cases).toBeGreaterThanOrEqual(10_000);
    expect(slowestMs).toBeLessThan(1000);
  });

  it('any text after #plan=', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => check(`#${LINK_KEY}${text}`)), { numRuns: 2500 });
  });

  it('random base64url payloads with any version', () => {
    fc.assert(fc.property(arbVersion, arbB64(2000), (version, payload) => check(link(version, payload))), { numRuns: 2000 });
  });

  it('valid zlib and raw deflate streams of random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), (bytes, framed) =>
        check(link(SCHEMA_VERSION, framed ? deflated(bytes) : toBase64Url(deflateSync(bytes)))),
      ),
      { numRuns: 1500 },
    );
  });

  it('valid deflate streams of random JSON, plan-shaped or not', () => {
    const planish = fc.record(
      { schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()), name: fc.jsonValue(), link: fc.jsonValue(), vms: fc.oneof(fc.jsonValue(), fc.array(fc.object())) },
      { requiredKeys: [] },
    );
    const json = fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v)), planish.map((v) => JSON.stringify(v)), fc.string());
    fc.assert(fc.property(json, (text) => check(link(SCHEMA_VERSION, deflated(strToU8(text))))), { numRuns: 1500 });
  });

  it('real links with 1–4 edits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...realLinks), fc.array(arbMutation, { minLength: 1, maxLength: 4 }), (hash, edits) => check(edits.reduce(mutate, hash))),
      { numRuns: 3500 },
    );
  });
});
