import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { RequestHandler, Response } from 'express';
import { z } from 'zod';
import type { Principal } from '../../features/keys/principal';
import { exportQuerySchema, type ExportFormat } from '../../features/exports/query';
import { runExport, workbookName } from '../../features/exports/run-export';
import { TABLE_NAMES, type TableName } from '../../features/exports/sheets';
import type { ExportQuery } from '../../features/exports/export-store';
import { forbidden, invalid } from '../../contract/outcome';
import { queryOf } from '../validate';
import type { Store } from '../../features/stores';
import type { Policies } from '../../benefits/policy';
import type { RuleDescriptions } from '../../features/exports/rule-descriptions';

// GET /api/v1/exports/:month?province=|region=&format=xlsx|csv&table=<name>: one file of the monthly export.
// format=xlsx (default) sends the workbook; format=csv sends one table (table= is then required: summary,
// by-region, by-institution, by-rule, cases, patterns). GET /api/v1/exports/:month/manifest sends the manifest of the
// whole export (both formats) for that query. Each request runs the same runExport as the CLI into a
// temporary folder, streams the file from disk (memory stays bounded) with its SHA-256 in X-Export-Sha256,
// and removes the folder. A key limited to provinces may export only inside them.

export const exportFileQuery = z.strictObject({
  province: z.string().optional(),
  region: z.string().optional(),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  table: z.enum(TABLE_NAMES as [TableName, ...TableName[]]).optional(),
});
export const exportManifestQuery = z.strictObject({ province: z.string().optional(), region: z.string().optional() });

type FileQuery = z.infer<typeof exportFileQuery>;

/** The month and scope checked (400 naming the field), then narrowed to the caller's provinces (403). */
function exportQuery(month: string, q: { province?: string; region?: string }, res: Response): ExportQuery {
  const parsed = exportQuerySchema.safeParse({ month, province: q.province, region: q.region });
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || 'month', message: i.message }));
    throw invalid(`bad export query: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, errors);
  }
  const query: ExportQuery = parsed.data;
  const principal = res.locals.principal as Principal | undefined;
  const scope = principal?.provinces ?? [];
  if (scope.length === 0) return query;
  const province = query.region?.slice(0, 2) ?? query.province;
  if (province === undefined) {
    if (scope.length === 1) return { ...query, province: scope[0] };
    throw forbidden(`this key sees provinces ${scope.join(', ')}: give province or region`);
  }
  if (!scope.includes(province)) throw forbidden(`this key may not export province ${province}`);
  return query;
}

async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'yibao-export-'));
  try {
    return await work(join(dir, 'export'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** What an export reads beside the store: the live policy table (each province's DRG/DIP target) and the rules' metadata. */
export interface ExportRefs {
  policies: Policies | null;
  rules: RuleDescriptions;
}

export function exportFile(store: Store, refs: () => ExportRefs): RequestHandler {
  return async (req, res) => {
    const q = queryOf<FileQuery>(res);
    if (q.format === 'csv' && !q.table) {
      throw invalid('format=csv sends one table: give table', [{ path: 'table', message: `required with format=csv (${TABLE_NAMES.join(', ')})` }]);
    }
    const query = exportQuery(String(req.params.month), q, res);
    const format: ExportFormat = q.format;
    await inTempDir(async (dir) => {
      const { manifest } = await runExport(store, { query, formats: [format], outDir: dir, ...refs() });
      const name = format === 'xlsx' ? workbookName(query) : `${q.table}.csv`;
      const file = manifest.files.find((f) => f.name === name)!;
      res.setHeader('Content-Type', format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${format === 'xlsx' ? name : `${q.table}-${query.month}.csv`}"`);
      res.setHeader('Content-Length', String(file.bytes));
      res.setHeader('X-Export-Sha256', file.sha256);
      res.setHeader('X-Export-Rows', JSON.stringify(file.rows));
      await pipeline(createReadStream(join(dir, name)), res);
    });
  };
}

export function exportManifest(store: Store, refs: () => ExportRefs): RequestHandler {
  return async (req, res) => {
    const query = exportQuery(String(req.params.month), queryOf<{ province?: string; region?: string }>(res), res);
    const manifest = await inTempDir(async (dir) => (await runExport(store, { query, outDir: dir, ...refs() })).manifest);
    res.json(manifest);
  };
}
