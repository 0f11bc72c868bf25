/**
 * Field paths as the validation errors spell them (`vms[2].disks[0].replicated`), read and written
 * on plain JSON data. Writing copies only the objects on the way down (the rest is shared), and
 * every failure is a value naming where the path stops making sense.
 */
import { CHANGE_PATH_PATTERN } from '@/plan';

export type PathSegment = string | number;

/** `vms[2].disks[0].replicated` → `['vms', 2, 'disks', 0, 'replicated']`; null when it is not a path. */
export function parseChangePath(path: string): PathSegment[] | null {
  if (!CHANGE_PATH_PATTERN.test(path)) return null;
  const out: PathSegment[] = [];
  for (const match of path.matchAll(/([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g)) {
    out.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return out;
}

/** `['vms', 2, 'name']` → `vms[2].name`. */
export function joinPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

export type SetResult = { ok: true; root: unknown } | { ok: false; message: string };

/** Set the field at `segments` to `value`; the field must already exist (no new fields, no appending). */
export function setAtPath(root: unknown, segments: readonly PathSegment[], value: unknown): SetResult {
  if (segments.length === 0) return { ok: false, message: 'the path is empty' };
  const step = (node: unknown, depth: number): SetResult => {
    const key = segments[depth]!;
    const here = joinPath(segments.slice(0, depth)) || 'the plan';
    const last = depth === segments.length - 1;
    if (typeof key === 'number') {
      if (!Array.isArray(node)) return { ok: false, message: `${here} is ${kindOf(node)}, not a list: [${key}] does not apply` };
      if (key >= node.length) {
        return { ok: false, message: `there is no ${joinPath(segments.slice(0, depth + 1))}: ${here} has ${node.length} item${node.length === 1 ? '' : 's'}` };
      }
      const inner = last ? { ok: true as const, root: value } : step(node[key], depth + 1);
      if (!inner.ok) return inner;
      const copy = node.slice();
      copy[key] = inner.root;
      return { ok: true, root: copy };
    }
    if (!isRecord(node)) {
      const hint = node === null ? ` (set ${here} itself first)` : '';
      return { ok: false, message: `${here} is ${kindOf(node)}, so it has no field “${key}”${hint}` };
    }
    if (!Object.hasOwn(node, key)) return { ok: false, message: `${here} has no field “${key}” (check the spelling)` };
    const inner = last ? { ok: true as const, root: value } : step(node[key], depth + 1);
    if (!inner.ok) return inner;
    return { ok: true, root: { ...node, [key]: inner.root } };
  };
  return step(root, 0);
}

/** The value at `segments`, or undefined when the path leads nowhere. */
export function getAtPath(root: unknown, segments: readonly PathSegment[]): unknown {
  let node = root;
  for (const key of segments) {
    if (typeof key === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[key];
    } else {
      if (!isRecord(node) || !Object.hasOwn(node, key)) return undefined;
      node = node[key];
    }
  }
  return node;
}
