/**
 * Writes rules/knowledge/test-norms.json, the SAMPLE per-DRG norms of tests per stay: for every computed DRG
 * (and ADRG, the fallback) with at least MIN_PEERS clean generated stays, the median and 95th percentile of the
 * lab/exam lines and their cost per stay. This is how a region would set them from its own settled history.
 * Deterministic. Run after a build:  node dist/src/tools/sample-test-norms.js [rulesDir] [claims]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateClaims } from '../generate';
import { createRulesetHolder } from '../rules/ruleset-holder';
import { validateClaim } from '../validate/validate-claim';
import { enrichClaim } from '../enrich/enrich';
import { TEST_NORMS_FILE } from '../enrich/knowledge';

const MIN_PEERS = 30;

function quantile(sorted: number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

const r2 = (x: number) => Math.round(x * 100) / 100;

export function sampleTestNorms(rulesDir: string, count: number) {
  const refs = createRulesetHolder(rulesDir).current().refs;
  const byGroup = new Map<string, { count: number[]; cost: number[] }>();
  const add = (key: string, n: number, cost: number) => {
    const g = byGroup.get(key) ?? byGroup.set(key, { count: [], cost: [] }).get(key)!;
    g.count.push(n);
    g.cost.push(cost);
  };
  for (const c of generateClaims({ count, seed: 'sample-test-norms', fraudRate: 0, rulesDir })) {
    if (c.visitType !== 'inpatient' || c.injected) continue;
    const v = validateClaim(c);
    if (!v.ok) continue;
    const f = enrichClaim(v.claim, refs).facts;
    const g = f.grouping;
    if (!g || g.status !== 'grouped') continue;
    add(g.drg, f.testCount, f.testCost);
    add(g.drg.slice(0, 3), f.testCount, f.testCost);
  }
  const rows = [...byGroup.entries()]
    .filter(([, g]) => g.count.length >= MIN_PEERS)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([group, g]) => {
      const count = [...g.count].sort((a, b) => a - b);
      const cost = [...g.cost].sort((a, b) => a - b);
      return {
        group,
        claims: count.length,
        countMedian: r2(quantile(count, 0.5)),
        countP95: r2(quantile(count, 0.95)),
        costMedian: r2(quantile(cost, 0.5)),
        costP95: r2(quantile(cost, 0.95)),
      };
    });
  return {
    note: `SAMPLE norms of tests per stay (lab and exam service lines of the catalogue, count and cost in yuan) per computed CHS-DRG group and its ADRG (fallback), from ${count.toLocaleString('en')} generated claims of which the clean inpatient stays with at least ${MIN_PEERS} peers are counted (src/enrich/sample-test-norms.ts; deterministic). Not any region's table: a region replaces it with the same figures from its settled stays. catalogue.over-testing compares a stay with its group's 95th percentile.`,
    rows,
  };
}

if (require.main === module) {
  const rulesDir = process.argv[2] ?? 'rules';
  const count = Number(process.argv[3] ?? 60_000);
  const table = sampleTestNorms(rulesDir, count);
  const file = join(rulesDir, 'knowledge', TEST_NORMS_FILE);
  // The hand-written parts (critical-care monitoring, principals read against another group, each with its source) are kept; the rows are regenerated around them.
  const old = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { criticalCareMonitoring?: unknown; principalNorms?: unknown }) : {};
  const keptLine =
    (old.criticalCareMonitoring === undefined ? '' : `"criticalCareMonitoring": ${JSON.stringify(old.criticalCareMonitoring)},\n`) +
    (old.principalNorms === undefined ? '' : `"principalNorms": ${JSON.stringify(old.principalNorms)},\n`);
  const body = `{\n"note": ${JSON.stringify(table.note)},\n${keptLine}"rows": [\n${table.rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n}\n`;
  writeFileSync(file, body);
  console.log(`${table.rows.length} groups → ${file}`);
}
