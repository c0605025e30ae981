import { join } from 'node:path';
import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';
import { CATALOGUE_SUBDIR } from '../enrich/load-refs';
import type { CatalogueKind } from './columns';
import { importRows, type ImportedRows } from './import-rows';
import { readTable } from './read-table';
import type { ConditionMapping } from './restrictions';
import { checkNewVersion, diffVersions, listVersions, previousVersion, type VersionChanges, writeVersion } from './versions';

// `catalogue import`: a published catalogue file → a new version beside the others, with a report.

export const INDICATIONS_FILE = 'indications.json';

const conditionsSchema = z.strictObject({
  note: z.string(),
  conditions: z.array(z.strictObject({ name: z.string().min(1), aliases: z.array(z.string().min(1)).optional(), icd: z.array(z.string().min(1)).min(1) })),
});

/** The maintained mapping from named conditions to ICD-10 医保版 prefixes (rules/catalogue/indications.json). */
export function loadConditions(rulesDir: string): ConditionMapping[] {
  const file = join(rulesDir, CATALOGUE_SUBDIR, INDICATIONS_FILE);
  return readJsonTable(file, conditionsSchema)?.conditions ?? [];
}

export interface ImportOptions {
  file: string;
  kind: CatalogueKind;
  version: string;
  effectiveFrom: string;
  /** Optional last day in force (a catalogue withdrawn without a successor). */
  effectiveTo?: string;
  rulesDir: string;
  acceptPartial?: boolean;
}

export interface ImportReport extends Omit<ImportedRows, 'rows'> {
  imported: number;
  /** Path of the version written, or null when rejected rows stopped it. */
  written: string | null;
  changes: VersionChanges;
}

export async function importCatalogue(opts: ImportOptions): Promise<ImportReport> {
  const existing = listVersions(opts.rulesDir, opts.kind);
  checkNewVersion(existing, opts.version, opts.effectiveFrom, opts.effectiveTo);
  const result = importRows(opts.kind, await readTable(opts.file), loadConditions(opts.rulesDir));
  const changes = diffVersions(previousVersion(existing, opts.effectiveFrom), result.rows);
  let written: string | null = null;
  if (result.rows.length === 0) throw new Error(`${opts.file}: no rows imported`);
  if (result.rejected.length === 0 || opts.acceptPartial) {
    written = writeVersion(opts.rulesDir, {
      note: `Imported by \`yibao-review catalogue import\` from ${opts.file.split(/[\\/]/).pop()}; rows as published, 备注 read into restrictions (restrictionCoverage says how fully).`,
      kind: opts.kind,
      version: opts.version,
      effectiveFrom: opts.effectiveFrom,
      ...(opts.effectiveTo ? { effectiveTo: opts.effectiveTo } : {}),
      importedFrom: opts.file,
      coverage: result.coverage,
      rows: result.rows,
    });
  }
  const { rows, ...rest } = result;
  return { ...rest, imported: rows.length, written, changes };
}

/** The report as an administrator reads it. */
export function formatReport(r: ImportReport, acceptPartial: boolean): string {
  const lines: string[] = [];
  lines.push(`表头在第 ${r.headerRow} 行；导入 ${r.imported} 行，拒绝 ${r.rejected.length} 行，跳过标题行 ${r.skipped} 行`);
  for (const x of r.rejected) lines.push(`  拒绝 第 ${x.rowNumber} 行：${x.reason}`);
  lines.push(`限定支付范围（备注）解析：完全 ${r.coverage.full} 行，部分 ${r.coverage.partial} 行，未能解析 ${r.coverage.none} 行`);
  const c = r.changes;
  if (c.against === null) lines.push('变更：没有更早的版本可比');
  else {
    lines.push(`变更（对比版本 ${c.against}）：新增 ${c.added.length}，删除 ${c.removed.length}，价格变更 ${c.priceChanged.length}，限定支付范围变更 ${c.restrictionChanged.length}，甲乙类变更 ${c.classChanged.length}`);
    for (const code of c.added) lines.push(`  新增 ${code}`);
    for (const code of c.removed) lines.push(`  删除 ${code}`);
    for (const p of c.priceChanged) lines.push(`  价格 ${p.code}: ${JSON.stringify(p.before ?? null)} → ${JSON.stringify(p.after ?? null)}`);
    for (const p of c.restrictionChanged) lines.push(`  限定支付范围 ${p.code}: “${p.before ?? ''}” → “${p.after ?? ''}”`);
    for (const p of c.classChanged) lines.push(`  甲乙类 ${p.code}: ${p.before} → ${p.after}`);
  }
  if (r.written) lines.push(`已写入版本：${r.written}`);
  else lines.push(`有被拒绝的行，未创建版本${acceptPartial ? '' : '（确认无误后可加 --accept-partial 只导入通过的行）'}`);
  return `${lines.join('\n')}\n`;
}
