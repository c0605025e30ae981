import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportQuery } from './export-store';
import type { MonthAggregate } from './aggregate';
import { yuan } from './format';
import { queryRecord } from './query';
import type { WrittenFile } from './table-writer';

// manifest.json: what an export folder holds and how to check it. Each file's SHA-256 and size (verify
// recomputes them), rows per table, cell hashes (equal for equal data in both formats), the ruleset and
// model versions of the month's verdicts, the query and when the export was made.

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_VERSION = 1;

export interface ManifestFile extends WrittenFile {
  bytes: number;
  sha256: string;
}

export interface Manifest {
  manifestVersion: number;
  kind: 'yibao-review monthly audit export';
  query: ReturnType<typeof queryRecord>;
  generatedAt: string;
  files: ManifestFile[];
  /** Verdicts and cases the export read. */
  counts: { verdicts: number; cases: number };
  totals: { claimsReviewed: number; flagged: number; rejected: number; totalClaimed: string; fundClaimed: string; amountAtStake: string };
  versions: { ruleset: string[]; model: string[] };
  reproducibility: string;
}

export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

export async function buildManifest(
  dir: string,
  query: ExportQuery,
  generatedAt: Date,
  written: WrittenFile[],
  counts: Manifest['counts'],
  a: MonthAggregate,
): Promise<Manifest> {
  const files: ManifestFile[] = [];
  for (const f of [...written].sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const path = join(dir, f.name);
    files.push({ ...f, bytes: (await stat(path)).size, sha256: await sha256File(path) });
  }
  const t = a.total;
  return {
    manifestVersion: MANIFEST_VERSION,
    kind: 'yibao-review monthly audit export',
    query: queryRecord(query),
    generatedAt: generatedAt.toISOString(),
    files,
    counts,
    totals: {
      claimsReviewed: t.claims,
      flagged: t.flagged,
      rejected: t.rejected,
      totalClaimed: yuan(t.totalFen),
      fundClaimed: yuan(t.fundClaimedFen),
      amountAtStake: yuan(t.amountAtStakeFen),
    },
    versions: { ruleset: [...a.rulesetVersions].sort(), model: [...a.modelVersions].sort() },
    reproducibility:
      'CSV files are byte-identical for the same data (sha256). XLSX zip entries carry their write time, so ' +
      'workbook bytes differ per run; its cell contents do not (cellsSha256, equal to the CSV tables).',
  };
}

export async function writeManifest(dir: string, m: Manifest): Promise<void> {
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(m, null, 2)}\n`);
}
