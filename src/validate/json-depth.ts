import type { FieldError } from '../contract/verdict';
import { formatPath } from './field-path';

// How deep a message may nest, checked at every door right after JSON.parse. A claim needs 4 levels (claim →
// items → item → value) and a 3101 message about 8; 32 leaves room for any honest extra field. Deeper input is
// refused before anything recursive touches it: V8's JSON.parse copes with a million levels, but structured
// clone (postMessage to the review thread), JSON.stringify and SQLite's JSON functions overflow or fail.

export const MAX_JSON_DEPTH = 32;
const MAX_PATH = 300;

/**
 * The error for the first object or array nested deeper than maxDepth (the top-level value is level 1),
 * naming its path; null when the value fits. Iterative, so any depth JSON.parse produced is safe to check.
 */
export function jsonDepthError(value: unknown, maxDepth = MAX_JSON_DEPTH, prefix: (string | number)[] = []): FieldError | null {
  if (typeof value !== 'object' || value === null) return null;
  // Each entry: a container, its level and the key it sits under (parents found through `up`).
  const stack: { v: object; level: number; key: string | number | null; up: number }[] = [];
  const seen: { key: string | number | null; up: number }[] = [];
  stack.push({ v: value, level: 1, key: null, up: -1 });
  while (stack.length) {
    const e = stack.pop()!;
    const at = seen.push({ key: e.key, up: e.up }) - 1;
    if (e.level > maxDepth) {
      const path: (string | number)[] = [];
      for (let i = at; i >= 0 && seen[i].key !== null; i = seen[i].up) path.unshift(seen[i].key!);
      const text = formatPath([...prefix, ...path]);
      // Keys can be long: the path is named, not echoed in full.
      return { path: text.length > MAX_PATH ? `${text.slice(0, MAX_PATH)}…` : text, message: `nested deeper than ${maxDepth} levels` };
    }
    if (Array.isArray(e.v)) {
      for (let i = e.v.length - 1; i >= 0; i--) {
        const x: unknown = e.v[i];
        if (typeof x === 'object' && x !== null) stack.push({ v: x, level: e.level + 1, key: i, up: at });
      }
    } else {
      const keys = Object.keys(e.v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const x: unknown = (e.v as Record<string, unknown>)[keys[i]];
        if (typeof x === 'object' && x !== null) stack.push({ v: x, level: e.level + 1, key: keys[i], up: at });
      }
    }
  }
  return null;
}
