import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalogue } from '../../src/enrich/catalogue';
import { runExport } from '../../src/features/exports/run-export';
import { header, TABLES } from '../../src/features/exports/sheets';
import { patternRefs, runPatterns } from '../../src/features/patterns/pattern-service';
import { createSqliteStore } from '../../src/features/stores';
import { CLUSTER_PERIOD, PERIOD, patternClaims } from '../features/patterns/pattern-data';
import { tempDir } from '../helpers/temp-dir';

// The monthly export's provider-pattern table: the latest run's findings in the export's scope and month.

describe('monthly export: provider patterns', () => {
  it('writes the findings whose period overlaps the month, in scope, guarded against formulas, with no patient identifier', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    await store.saveReviews(patternClaims());
    const refs = patternRefs({ catalogue: loadCatalogue(join(resolve(__dirname, '../..'), 'rules/catalogue')), norms: null });
    const { findings } = await runPatterns(store, PERIOD, refs, { trigger: 'test' });
    const dir = tempDir('pat-export-');
    const csvOf = async (query: { month: string; province?: string; region?: string }, out: string) => {
      const r = await runExport(store, { query, outDir: join(dir, out), formats: ['csv'] });
      return { text: readFileSync(join(r.dir, 'patterns.csv'), 'utf8'), rows: r.manifest.files.find((f) => f.name === 'patterns.csv')!.rows.patterns };
    };

    const march = await csvOf({ month: '2025-03', province: '51' }, 'm3');
    expect(march.rows).toBe(findings.length);
    const lines = march.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toContain(header(TABLES.patterns.columns[0]));
    const mri = lines.find((l) => l.startsWith('医师 doctor,H1,D-MRI,'))!;
    expect(mri).toContain('60.00%');
    expect(mri).toContain('002401010010001');
    expect(mri).toContain('OP-D-MRI-00');
    expect(march.text).not.toMatch(/INS-/);

    expect((await csvOf({ month: '2025-03', province: '22' }, 'p22')).rows).toBe(0);
    expect((await csvOf({ month: '2025-03', region: '510100' }, 'r510100')).rows).toBe(findings.length);
    expect((await csvOf({ month: '2025-05' }, 'm5')).rows).toBe(0);

    // A provider code that would run as a formula in Excel is written as text.
    await store.savePatternRun({ ranAt: new Date().toISOString(), ...PERIOD, trigger: 'test', findings: 1 }, [{ ...findings[0], hospitalId: '=HYPERLINK("x")' }]);
    expect((await csvOf({ month: '2025-03' }, 'guard')).text).toContain(`'=HYPERLINK`);
    await store.close();
  });

  it('writes an admission cluster (集中收治住院) with its window in the title and its admissions as evidence', async () => {
    const store = createSqliteStore({ path: ':memory:' });
    await store.saveReviews(patternClaims());
    const refs = patternRefs({ catalogue: loadCatalogue(join(resolve(__dirname, '../..'), 'rules/catalogue')), norms: null });
    await runPatterns(store, CLUSTER_PERIOD, refs, { trigger: 'test' });
    const r = await runExport(store, { query: { month: '2025-02' }, outDir: join(tempDir('pat-cluster-'), 'out'), formats: ['csv'] });
    const lines = readFileSync(join(r.dir, 'patterns.csv'), 'utf8').split(/\r?\n/);
    const row = lines.find((l) => l.startsWith('机构 institution,HC-CLUSTER,'))!;
    expect(row).toContain('admission-cluster');
    expect(row).toContain('2025-02-10至2025-02-16');
    expect(row).toContain('IP-HC-CLUSTER-C00');
    expect(lines.join('\n')).not.toMatch(/INS-/);
    await store.close();
  });
});
