/**
 * Local amendments (地方化调整) on top of a scheme's national tables: the optional
 * `local-amendments.json` of a scheme directory adds codes to one list of one ADRG's condition.
 * The national files stay byte-identical to their source; every change is here, with its reason.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GrouperLoadError } from './errors';
import { readJson } from './read-json';

export const AMENDMENTS_FILE = 'local-amendments.json';

export interface Amendment {
  adrg: string;
  add: Record<string, string[]>;
  reason: string;
  source: string;
}

function fail(where: string, msg: string): never {
  throw new GrouperLoadError(`${AMENDMENTS_FILE} ${where}: ${msg}`);
}

export function readAmendments(dir: string): Amendment[] {
  if (!existsSync(join(dir, AMENDMENTS_FILE))) return [];
  const raw = readJson(dir, AMENDMENTS_FILE);
  const list = (raw as { amendments?: unknown }).amendments;
  if (!Array.isArray(list)) fail('', 'needs an amendments list');
  return list.map((a: Partial<Amendment>, i) => {
    const where = `amendments[${i}]`;
    if (typeof a?.adrg !== 'string') fail(where, 'needs adrg');
    if (typeof a.reason !== 'string' || a.reason === '' || typeof a.source !== 'string' || a.source === '')
      fail(where, 'needs a reason and a source');
    const add = a.add;
    if (typeof add !== 'object' || add === null || Object.keys(add).length === 0) fail(where, 'needs add: {list: [codes]}');
    for (const [k, v] of Object.entries(add))
      if (!Array.isArray(v) || !v.every((c) => typeof c === 'string')) fail(where, `add.${k} must be a list of codes`);
    return a as Amendment;
  });
}

/** The adrgs object with the amendments applied; the input is not changed. */
export function applyAmendments(adrgs: Record<string, unknown>, amendments: readonly Amendment[]): Record<string, unknown> {
  if (amendments.length === 0) return adrgs;
  const out: Record<string, unknown> = { ...adrgs };
  for (const [i, a] of amendments.entries()) {
    const where = `amendments[${i}] (${a.adrg})`;
    const adrg = out[a.adrg] as { condition?: Record<string, unknown> } | undefined;
    if (!adrg || typeof adrg.condition !== 'object' || adrg.condition === null) fail(where, 'names no ADRG with a condition in adrg.json');
    const condition = { ...adrg.condition };
    for (const [list, codes] of Object.entries(a.add)) {
      const current = condition[list];
      if (!Array.isArray(current)) fail(where, `the ADRG's condition has no list ${list}`);
      condition[list] = [...current, ...codes.filter((c) => !current.includes(c))];
    }
    out[a.adrg] = { ...adrg, condition };
  }
  return out;
}
