/**
 * The zlib frame (RFC 1950) around a deflate stream: a 2-byte header and an Adler-32 of the
 * uncompressed data. Raw deflate has no check, so about 1 % of one-character typos in a link
 * would inflate to a different but valid plan; the checksum turns them into "damaged link".
 * fflate writes the frame but does not verify the checksum, so it is verified here.
 */
import { inflateCapped, type InflateResult } from './inflate-capped';

/** Adler-32 (RFC 1950 §8.2): two sums mod 65521, folded every 5552 bytes so they stay exact. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Header byte pair valid: deflate method, no preset dictionary, check bits right. */
const validHeader = (cmf: number, flg: number) => (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (flg & 0x20) === 0 && (cmf * 256 + flg) % 31 === 0;

/** Unwrap, inflate (capped) and verify a zlib stream; any mismatch is 'corrupt'. */
export function unzlibChecked(data: Uint8Array, maxBytes: number): InflateResult {
  if (data.length < 7 || !validHeader(data[0]!, data[1]!)) return { ok: false, problem: 'corrupt' };
  const inflated = inflateCapped(data.subarray(2, -4), maxBytes);
  if (!inflated.ok) return inflated;
  const tail = data.subarray(-4);
  const expected = ((tail[0]! << 24) | (tail[1]! << 16) | (tail[2]! << 8) | tail[3]!) >>> 0;
  return adler32(inflated.bytes) === expected ? inflated : { ok: false, problem: 'corrupt' };
}
