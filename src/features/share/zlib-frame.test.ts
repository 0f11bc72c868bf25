import fc from 'fast-check';
import { deflateSync, strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { adler32, unzlibChecked } from './zlib-frame';

const MAX = 1 << 20;

describe('adler32', () => {
  it('oracles: "" = 1, "Wikipedia" = 0x11E60398 (RFC 1950 worked example in the article)', () => {
    expect(adler32(new Uint8Array())).toBe(1);
    expect(adler32(strToU8('Wikipedia'))).toBe(0x11e60398);
  });

  it('equals the checksum fflate writes, also past the 5 552-byte fold (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        const framed = zlibSync(bytes);
        const tail = new DataView(framed.buffer, framed.byteOffset + framed.length - 4).getUint32(0);
        expect(adler32(bytes)).toBe(tail);
      }),
      { numRuns: 100 },
    );
  });
});

describe('unzlibChecked', () => {
  const text = strToU8('{"name":"Branch office","vms":[]}'.repeat(20));

  it('returns the original bytes', () => {
    expect(unzlibChecked(zlibSync(text), MAX)).toEqual({ ok: true, bytes: text });
  });

  it('a wrong checksum, a raw deflate stream or a bad header is corrupt', () => {
    const framed = zlibSync(text);
    const wrongSum = framed.slice();
    wrongSum[wrongSum.length - 1]! ^= 1;
    expect(unzlibChecked(wrongSum, MAX)).toEqual({ ok: false, problem: 'corrupt' });
    expect(unzlibChecked(deflateSync(text), MAX)).toEqual({ ok: false, problem: 'corrupt' });
    const badHeader = framed.slice();
    badHeader[1]! ^= 1;
    expect(unzlibChecked(badHeader, MAX)).toEqual({ ok: false, problem: 'corrupt' });
    expect(unzlibChecked(framed.subarray(0, 6), MAX)).toEqual({ ok: false, problem: 'corrupt' });
  });

  it('stops at the size cap', () => {
    expect(unzlibChecked(zlibSync(new Uint8Array(MAX + 1)), MAX)).toEqual({ ok: false, problem: 'too-big' });
    expect(unzlibChecked(zlibSync(new Uint8Array(MAX)), MAX).ok).toBe(true);
  });

  it('a flipped character in a real payload is caught far more often than raw deflate would (≥ 99.9 %)', () => {
    const framed = zlibSync(text, { level: 9 });
    let accepted = 0;
    let tried = 0;
    for (let i = 2; i < framed.length - 4; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const copy = framed.slice();
        copy[i]! ^= 1 << bit;
        tried++;
        if (unzlibChecked(copy, MAX).ok) accepted++;
      }
    }
    expect(accepted / tried).toBeLessThan(0.001);
  });
});
