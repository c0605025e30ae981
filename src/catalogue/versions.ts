import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isCalendarDate } from '../contract/claim';
import { CATALOGUE_SUBDIR } from '../enrich/load-refs';
import { type CatalogueEntry, VERSIONS_SUBDIR } from '../enrich/catalogue';
import type { CatalogueKind } from './columns';

// Catalogue versions side by side: rules/catalogue/versions/<kind>/<version>.json. A version is written once
// and never overwritten; the one in force on a date is the latest effectiveFrom on or before it.

export interface CatalogueVersionFile {
  note: string;
  kind: CatalogueKind;
  version: string;
  effectiveFrom: string;
  /** Optional last day in force (inclusive); otherwise the next version ends it. */
  effectiveTo?: string;
  importedFrom: string;
  coverage: { full: number; partial: number; none: number };
  rows: CatalogueEntry[];
}

export function versionsDir(rulesDir: string, kind: CatalogueKind): string {
  return join(rulesDir, CATALOGUE_SUBDIR, VERSIONS_SUBDIR, kind);
}

export function listVersions(rulesDir: string, kind: CatalogueKind): CatalogueVersionFile[] {
  const dir = versionsDir(rulesDir, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as CatalogueVersionFile)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/** The version a new one follows: the latest taking effect before it (else none). */
export function previousVersion(existing: CatalogueVersionFile[], effectiveFrom: string): CatalogueVersionFile | null {
  const before = existing.filter((v) => v.effectiveFrom < effectiveFrom);
  return before.length ? before[before.length - 1] : null;
}

const VERSION_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Refuses a bad name, bad dates, an existing version and a second version taking effect on the same day (catalogue and doctor register). */
export function checkNewVersion(
  existing: readonly Pick<CatalogueVersionFile, 'version' | 'effectiveFrom'>[],
  version: string,
  effectiveFrom: string,
  effectiveTo?: string,
): void {
  if (!VERSION_NAME.test(version)) throw new Error(`--version “${version}”: use letters, digits, . _ - (up to 64)`);
  if (!isCalendarDate(effectiveFrom)) throw new Error(`--effective-from “${effectiveFrom}”: expected a date YYYY-MM-DD`);
  if (effectiveTo !== undefined) {
    if (!isCalendarDate(effectiveTo)) throw new Error(`--effective-to “${effectiveTo}”: expected a date YYYY-MM-DD`);
    if (effectiveTo < effectiveFrom) throw new Error(`--effective-to ${effectiveTo} is before --effective-from ${effectiveFrom}`);
  }
  const same = existing.find((v) => v.version === version);
  if (same) throw new Error(`version ${version} already exists (effective from ${same.effectiveFrom}); a version is never overwritten`);
  const sameDay = existing.find((v) => v.effectiveFrom === effectiveFrom);
  if (sameDay) throw new Error(`version ${sameDay.version} already takes effect on ${effectiveFrom}`);
}

/**
 * Writes a dated version file beside the others, never over one ('wx' fails if it appeared meanwhile): its fields in
 * the order given (an undefined one left out), then its rows one to a line so that two versions diff row by row. The
 * catalogue's versions and the 医保医师 register's (import-doctors.ts) are written alike.
 */
export function writeVersionFile(dir: string, fields: Readonly<Record<string, unknown>> & { version: string }, rows: readonly unknown[]): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${fields.version}.json`);
  const body = `{\n${[
    ...Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`),
    `"rows": [\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`,
  ].join(',\n')}\n}\n`;
  writeFileSync(path, body, { flag: 'wx' });
  return path;
}

export function writeVersion(rulesDir: string, file: CatalogueVersionFile): string {
  const { note, kind, version, effectiveFrom, effectiveTo, importedFrom, coverage } = file;
  return writeVersionFile(
    versionsDir(rulesDir, kind),
    { note, kind, version, effectiveFrom, effectiveTo: effectiveTo || undefined, importedFrom: basename(importedFrom), coverage },
    file.rows,
  );
}

export interface VersionChanges {
  against: string | null;
  added: string[];
  removed: string[];
  priceChanged: { code: string; before: CatalogueEntry['priceCap']; after: CatalogueEntry['priceCap'] }[];
  restrictionChanged: { code: string; before: string | null; after: string | null }[];
  classChanged: { code: string; before: string; after: string }[];
}

function samePrice(a: CatalogueEntry['priceCap'], b: CatalogueEntry['priceCap']): boolean {
  return (['1', '2', '3'] as const).every((l) => (a?.[l] ?? null) === (b?.[l] ?? null));
}

/** What a new version changes against the one it follows, by row code. */
export function diffVersions(previous: CatalogueVersionFile | null, rows: CatalogueEntry[]): VersionChanges {
  const before = new Map((previous?.rows ?? []).map((r) => [r.code, r]));
  const after = new Map(rows.map((r) => [r.code, r]));
  const out: VersionChanges = { against: previous?.version ?? null, added: [], removed: [], priceChanged: [], restrictionChanged: [], classChanged: [] };
  if (!previous) return out;
  for (const [code, row] of after) {
    const old = before.get(code);
    if (!old) {
      out.added.push(code);
      continue;
    }
    if (!samePrice(old.priceCap, row.priceCap)) out.priceChanged.push({ code, before: old.priceCap, after: row.priceCap });
    if ((old.remark ?? null) !== (row.remark ?? null)) out.restrictionChanged.push({ code, before: old.remark ?? null, after: row.remark ?? null });
    if (old.class !== row.class) out.classChanged.push({ code, before: old.class, after: row.class });
  }
  for (const code of before.keys()) if (!after.has(code)) out.removed.push(code);
  return out;
}
