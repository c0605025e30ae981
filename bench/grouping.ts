import { join, resolve } from 'node:path';
import { groupingFacts } from '../src/enrich/grouping-facts';
import { generateClaims } from '../src/generate';
import { loadGrouper, type GrouperInput } from '../src/grouping';
import { loadNorms } from '../src/grouping/norms';
import { printResult, REPO_ROOT, type BenchResult } from './result';

// Groupings per second on one core: the CHS-DRG grouper plus the norms lookup and grouping facts, over
// 100,000 records taken in turn from generated inpatient claims (the grouper keeps no cache, so a record
// seen again costs the same as a new one).
const RECORDS = 100_000;
const TARGET_PER_SECOND = 100_000;

export async function benchGrouping(rulesDir = resolve(REPO_ROOT, 'rules')): Promise<BenchResult> {
  const grouper = loadGrouper(join(rulesDir, 'grouping', 'chs-drg-1.1'));
  const norms = loadNorms(join(rulesDir, 'grouping', 'norms'));
  const claims = [...generateClaims({ count: 30_000, seed: 'bench-grouping', fraudRate: 0.1, rulesDir })].filter((c) => c.visitType === 'inpatient');
  const records = claims.map((c) => ({
    region: c.region,
    reportedDrg: c.reportedGroup?.drg ?? null,
    totalFen: Math.round(c.amounts.total * 100),
    input: {
      gender: c.patient.gender,
      ageYears: 50,
      diagnoses: c.diagnoses.map((d) => d.code),
      procedures: c.procedures.map((p) => p.code),
    } satisfies GrouperInput,
  }));
  let grouped = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < RECORDS; i++) {
    const r = records[i % records.length];
    const g = grouper.group(r.input);
    const f = groupingFacts(
      { region: r.region, inpatient: true, principalDiagnosis: r.input.diagnoses[0], procedureCodes: r.input.procedures, lengthOfStay: 7, dischargeMode: null,
        totalFen: r.totalFen, fundClaimedFen: 1, reportedDrg: r.reportedDrg, reportedDip: null, grouping: g, items: [], diagnosisCodes: r.input.diagnoses,
        diagnosisName: grouper.diagnosisName, itemName: (c) => c },
      norms,
    );
    if (f.groupable) grouped++;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = Math.round(RECORDS / seconds);
  return {
    name: 'grouping',
    figures: {
      records: RECORDS,
      distinctRecords: records.length,
      groupedShare: Math.round((grouped / RECORDS) * 1000) / 1000,
      seconds: Math.round(seconds * 1000) / 1000,
      groupingsPerSecond: perSecond,
      targetPerSecond: TARGET_PER_SECOND,
      ratioToTarget: Math.round((perSecond / TARGET_PER_SECOND) * 100) / 100,
    },
  };
}

if (require.main === module) {
  benchGrouping().then(
    (r) => printResult(r),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
