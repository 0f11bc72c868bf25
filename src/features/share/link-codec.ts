/**
 * Share links: the plan in the address bar's hash as `#plan=<version>.<payload>`, where the payload
 * is base64url(zlib(plan JSON)) — deflate plus an Adler-32, so a typo is caught — and <version>
 * is the plan's schema version. The full plan
 * is encoded (defaults included), so a later release that changes a default still opens today's
 * links unchanged; migrations (inside parsePlan) take care of schema changes.
 *
 * Links are untrusted: the decoder caps the link length before decoding and the inflated size while
 * inflating (decompression bombs), and everything that comes out goes through parsePlan.
 */
import { strFromU8, strToU8, zlibSync } from 'fflate';
import { SCHEMA_VERSION, describeIssue, parsePlan, type Plan } from '@/plan';
import { fromBase64Url, toBase64Url } from './base64url';
import { unzlibChecked } from './zlib-frame';

/** The hash of a plan link starts with this (after `#`); any other hash is not ours and is ignored. */
export const LINK_KEY = 'plan=';
/** Longest link payload accepted or produced, characters (a 40-VM plan needs ~1 700; mail and chat may cut far shorter links). */
export const MAX_LINK_CHARS = 100_000;
/** Largest plan JSON a link may inflate to, bytes. */
export const MAX_PLAN_JSON_BYTES = 4 * 1024 * 1024;

export type LinkProblem = 'corrupt' | 'too-long' | 'too-big' | 'future-version' | 'invalid-plan';

export type DecodedLink =
  /** The hash is not a plan link (empty, `#results`, …). */
  | { kind: 'none' }
  | { kind: 'plan'; plan: Plan }
  /** `message` says what is wrong, in a sentence that can follow "The shared link could not be opened:". */
  | { kind: 'error'; problem: LinkProblem; message: string };

/**
 * `chars`: the payload length, for the message when a plan is too large for a link; `estimated`
 * when it was judged from a sample without encoding the whole plan.
 */
export type EncodedLink = { ok: true; hash: string } | { ok: false; chars: number; estimated?: boolean };

/** Plan JSON above this size has its link length estimated before any full encoding, bytes. */
const ESTIMATE_FROM_BYTES = 256 * 1024;
/** Leading JSON compressed for the estimate, bytes (deflate's window is 32 KiB, so it is representative). */
const SAMPLE_BYTES = 128 * 1024;
/** The full encoding is skipped only when the estimate is this far past the limit. */
const CLEARLY_TOO_LONG = 1.5;

/**
 * `#plan=1.…` for `plan`, or the payload length when it is too long for a link. A plan clearly
 * too large (a 5 000-VM plan's link would be ~280 000 characters) is refused from an estimate:
 * compressing its whole JSON would hold the page for hundreds of milliseconds on every edit.
 */
export function encodePlanLink(plan: Plan): EncodedLink {
  const text = JSON.stringify(plan);
  // The estimate needs the JSON's UTF-8 size and first bytes only: encoding a 5 000-VM plan's
  // 2.5 MB of JSON just to measure it took longer than the estimate itself.
  const jsonBytes = utf8Length(text);
  if (jsonBytes > ESTIMATE_FROM_BYTES) {
    // One character past the sample, so a pair of surrogates cut by the slice still encodes whole.
    const head = strToU8(text.slice(0, SAMPLE_BYTES + 1)).subarray(0, SAMPLE_BYTES);
    const sample = zlibSync(head, { level: 6 });
    const estimate = Math.round((((sample.length * 4) / 3) * jsonBytes) / SAMPLE_BYTES);
    if (estimate > CLEARLY_TOO_LONG * MAX_LINK_CHARS || jsonBytes > MAX_PLAN_JSON_BYTES) return { ok: false, chars: estimate, estimated: true };
  }
  const json = strToU8(text);
  const payload = toBase64Url(zlibSync(json, { level: 9 }));
  // Either cap would make the decoder refuse the link: refuse it here instead.
  if (payload.length > MAX_LINK_CHARS || json.length > MAX_PLAN_JSON_BYTES) return { ok: false, chars: payload.length };
  return { ok: true, hash: `#${LINK_KEY}${SCHEMA_VERSION}.${payload}` };
}

/** Bytes of `text` in UTF-8 as TextEncoder writes it (a lone surrogate becomes U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point past U+FFFF
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const fail = (problem: LinkProblem, message: string): DecodedLink => ({ kind: 'error', problem, message });
const DAMAGED = 'it is damaged or incomplete (was it cut off when it was copied?)';

/** Read a location hash (`#plan=1.…`); never throws. */
export function decodePlanLink(hash: string): DecodedLink {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!text.startsWith(LINK_KEY)) return { kind: 'none' };
  // Length first, before any decoding work.
  if (text.length > LINK_KEY.length + 8 + MAX_LINK_CHARS) {
    return fail('too-long', `it is ${text.length.toLocaleString('en')} characters long; links are limited to ${MAX_LINK_CHARS.toLocaleString('en')}`);
  }
  const match = /^(\d{1,6})\.(.*)$/s.exec(text.slice(LINK_KEY.length));
  if (!match) return fail('corrupt', DAMAGED);
  const version = Number(match[1]);
  if (version > SCHEMA_VERSION) {
    return fail('future-version', `it was made by a newer Replica Planner (plan version ${version}); this one opens versions up to ${SCHEMA_VERSION}`);
  }
  if (version < 1) return fail('corrupt', DAMAGED);

  const bytes = fromBase64Url(match[2]!);
  if (!bytes) return fail('corrupt', DAMAGED);
  const inflated = unzlibChecked(bytes, MAX_PLAN_JSON_BYTES);
  if (!inflated.ok) {
    return inflated.problem === 'too-big' ? fail('too-big', `the plan in it is larger than ${MAX_PLAN_JSON_BYTES / 2 ** 20} MiB`) : fail('corrupt', DAMAGED);
  }
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflated.bytes));
  } catch {
    return fail('corrupt', DAMAGED);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('invalid-plan', 'it does not contain a plan');
  // The version in the prefix decides how the plan is read; a payload claiming another one was edited.
  const claimed = (json as Record<string, unknown>).schemaVersion;
  if (claimed !== undefined && claimed !== version) return fail('invalid-plan', 'its version marks disagree (it was edited by hand)');
  const parsed = parsePlan({ ...json, schemaVersion: version });
  if (!parsed.ok) {
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : '';
    return fail('invalid-plan', `the plan in it is not valid: ${describeIssue(parsed.issues[0]!, json as object)}${more}`);
  }
  return { kind: 'plan', plan: parsed.plan };
}
