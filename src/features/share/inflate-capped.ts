import { Inflate } from 'fflate';

/** Input is fed to the inflater in slices this big, so a bomb is stopped within ~1 MB of overshoot (deflate expands at most ~1032×). */
const SLICE_BYTES = 1024;

class TooBig extends Error {}

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'corrupt' | 'too-big' };

/**
 * Raw-DEFLATE decompression that gives up as soon as the output passes `maxBytes` (a decompression
 * bomb never gets allocated) and reports truncated or damaged data as a value, never a throw.
 */
export function inflateCapped(data: Uint8Array, maxBytes: number): InflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  try {
    const inflater = new Inflate((chunk, final) => {
      total += chunk.length;
      if (total > maxBytes) throw new TooBig();
      chunks.push(chunk);
      ended = final;
    });
    if (data.length === 0) return { ok: false, problem: 'corrupt' };
    for (let at = 0; at < data.length; at += SLICE_BYTES) {
      const end = Math.min(at + SLICE_BYTES, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (error) {
    return { ok: false, problem: error instanceof TooBig ? 'too-big' : 'corrupt' };
  }
  if (!ended) return { ok: false, problem: 'corrupt' };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}
