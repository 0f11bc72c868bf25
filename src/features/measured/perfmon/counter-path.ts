/**
 * Perfmon counter paths and instance names as `relog` and `Export-Counter` write them in a
 * PDH-CSV header: `\\HOST01\Hyper-V Virtual Storage Device(D:-VMs-SQL01-Data.vhdx)\Write Bytes/sec`.
 */

/** The object and counter the collector records (English names; a localised Windows uses its own). */
export const STORAGE_OBJECT = 'Hyper-V Virtual Storage Device';
export const WRITE_COUNTER = 'Write Bytes/sec';

export interface CounterPath {
  host: string;
  object: string;
  /** Instance name exactly as perfmon spells it (empty for single-instance objects). */
  instance: string;
  counter: string;
}

// \\host\object(instance)\counter — perfmon never leaves "(" or ")" inside an instance (it writes [ ]).
const PATH = /^\\\\([^\\]+)\\([^\\(]+?)(?:\((.*)\))?\\([^\\]+)$/;

/** Split a counter path; null when the text is not one. */
export function parseCounterPath(text: string): CounterPath | null {
  const m = PATH.exec(text.trim());
  if (!m) return null;
  return { host: m[1]!, object: m[2]!, instance: m[3] ?? '', counter: m[4]! };
}

/** Whether a column carries per-virtual-disk write bytes/s (names compared case-insensitively: Get-Counter lowercases paths). */
export function isWriteBytesColumn(path: CounterPath): boolean {
  return path.object.toLowerCase() === STORAGE_OBJECT.toLowerCase() && path.counter.toLowerCase() === WRITE_COUNTER.toLowerCase() && path.instance !== '';
}

/** An instance that names a virtual disk file (the object's instances on a Hyper-V host). */
export function isVirtualDiskInstance(instance: string): boolean {
  return /\.a?vhdx?$/i.test(instance.trim());
}

/**
 * On a Windows in another language the object and counter have translated names
 * (`\\HV01\<object>(D:-VMs-A.vhdx)\<counter>`). Columns whose instances are virtual disks and that
 * all share one object and counter can only be the collector's write counter: that pair, else null
 * (none, or several pairs, e.g. read and write bytes, which cannot be told apart without English names).
 */
export function translatedWriteCounter(paths: readonly (CounterPath | null)[]): { object: string; counter: string } | null {
  const pairs = new Map<string, { object: string; counter: string }>();
  for (const path of paths) {
    if (!path || !isVirtualDiskInstance(path.instance)) continue;
    pairs.set(`${path.object.toLowerCase()}\n${path.counter.toLowerCase()}`, { object: path.object, counter: path.counter });
  }
  return pairs.size === 1 ? [...pairs.values()][0]! : null;
}

/**
 * A virtual-disk path spelled as a perfmon instance name. Perfmon writes `\` as `-` in these
 * instances (`D:\VMs\SQL01\Data.vhdx` → `D:-VMs-SQL01-Data.vhdx`; the `\\?\` prefix of some paths
 * becomes `--?-`), and, as for every instance name, `(` `)` as `[` `]` and `#` `/` as `_`.
 * The result is lower-cased so both sides of a match compare alike.
 */
export function instanceKey(pathOrInstance: string): string {
  let s = pathOrInstance.trim().replace(/[\\]/g, '-').replace(/\(/g, '[').replace(/\)/g, ']').replace(/[#/]/g, '_');
  if (s.startsWith('--?-')) s = s.slice(4);
  else if (s.startsWith('--.-')) s = s.slice(4);
  return s.toLowerCase();
}

/**
 * A checkpoint's differencing disk (`Data_6F1C…-…E2.avhdx`) receives the writes of its parent
 * `Data.vhdx`: the parent's key, or null when the key is not such a disk.
 */
export function checkpointParentKey(key: string): string | null {
  const m = /^(.*)_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.avhd(x?)$/.exec(key);
  return m ? `${m[1]}.vhd${m[2]}` : null;
}
