/**
 * A growing column of float samples in fixed chunks: memory follows the samples kept, never the
 * file size, and growth never copies what is already there.
 */
const CHUNK = 8192;

export class ColumnBuilder {
  private readonly chunks: Float32Array[] = [];
  samples = 0;

  set(slot: number, value: number): void {
    const c = (slot / CHUNK) | 0;
    while (this.chunks.length <= c) this.chunks.push(new Float32Array(CHUNK).fill(NaN));
    const chunk = this.chunks[c]!;
    const k = slot - c * CHUNK;
    if (chunk[k] !== chunk[k]) this.samples++; // NaN: first sample in this slot
    chunk[k] = value;
  }

  /** The first `length` slots as one array (NaN where nothing was set). */
  toArray(length: number): Float32Array {
    const out = new Float32Array(length).fill(NaN);
    for (let c = 0; c < this.chunks.length && c * CHUNK < length; c++) {
      const chunk = this.chunks[c]!;
      out.set(chunk.subarray(0, Math.min(CHUNK, length - c * CHUNK)), c * CHUNK);
    }
    this.chunks.length = 0;
    return out;
  }
}
