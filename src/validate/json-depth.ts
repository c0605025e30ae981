import type { FieldError } from '../contract/verdict';
import { formatPath } from './field-path';

// How deep a message may nest, checked at every door right after JSON.parse. A claim nests 3 levels (claim →
// items → item) and a 3101 message 9 (… → fsi_order_dtos → order); 32 leaves room for any honest extra field.
// Deeper input is refused before anything unbounded touches it: V8's JSON.parse copes with a million levels,
// but structured clone (postMessage to the review thread), JSON.stringify and SQLite's JSON functions overflow
// or fail.

export const MAX_JSON_DEPTH = 32;
const MAX_PATH = 300;

/**
 * The error for the first object or array nested deeper than maxDepth (the top-level value is level 1),
 * naming its path; null when the value fits. The walk recurses, but never past maxDepth + 1 frames, however
 * deep the input: it stops at the first container past the limit.
 */
export function jsonDepthError(value: unknown, maxDepth = MAX_JSON_DEPTH): FieldError | null {
  const path = tooDeep(value, 1, maxDepth);
  if (!path) return null;
  const text = formatPath(path.reverse());
  // Keys can be long: the path is named, not echoed in full.
  return { path: text.length > MAX_PATH ? `${text.slice(0, MAX_PATH)}…` : text, message: `nested deeper than ${maxDepth} levels` };
}

/** The path (innermost key first) to the first container past maxDepth, or null. */
function tooDeep(v: unknown, level: number, maxDepth: number): (string | number)[] | null {
  if (typeof v !== 'object' || v === null) return null;
  if (level > maxDepth) return [];
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x !== 'object' || x === null) continue;
      const p = tooDeep(x, level + 1, maxDepth);
      if (p) return (p.push(i), p);
    }
    return null;
  }
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    const x: unknown = (v as Record<string, unknown>)[k];
    if (typeof x !== 'object' || x === null) continue;
    const p = tooDeep(x, level + 1, maxDepth);
    if (p) return (p.push(k), p);
  }
  return null;
}
