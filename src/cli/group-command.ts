import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { enrichClaim } from '../enrich/enrich';
import { loadEnrichRefs } from '../enrich/load-refs';
import { validateClaim } from '../validate/validate-claim';
import { writeAll } from './write';

/** One output line: the computed grouping with its path, the region's scheme and the norms, for checking a coder's work. */
function groupLine(input: unknown, refs: ReturnType<typeof loadEnrichRefs>['refs'], line: number): Record<string, unknown> {
  const checked = validateClaim(input);
  if (!checked.ok) return { line, claimId: checked.claimId, error: 'invalid claim', errors: checked.errors };
  const f = enrichClaim(checked.claim, refs).facts;
  if (!f.inpatient) return { line, claimId: f.claimId, visitType: f.visitType, grouping: null, note: 'not an inpatient claim: DRG/DIP grouping applies to inpatient stays only' };
  return {
    line,
    claimId: f.claimId,
    region: f.region,
    paymentScheme: f.paymentScheme,
    grouping: f.grouping,
    reported: { drg: f.reportedDrg, dip: f.reportedDip },
    computed: { group: f.groupComputed, name: f.groupComputedName, dip: f.computedDip, score: f.computedScore, weight: f.computedWeight },
    reportedWeight: f.reportedWeight,
    weightDifference: f.weightDifference,
    estimatedOverpayment: f.estimatedOverpayment,
    norms: { normLos: f.normLos, normCost: f.normCost, baseRate: f.baseRate },
    actual: { lengthOfStay: f.lengthOfStay, totalCost: f.totalCost, losRatio: f.losRatio, costRatio: f.costRatio },
    complication: f.splitComplication && f.complicationSplitsGroup !== false
      ? { code: f.splitComplication, kind: f.splitComplicationKind, name: f.splitComplicationName, supported: f.complicationSupported }
      : null,
  };
}

export function registerGroup(program: Command): void {
  program
    .command('group')
    .argument('<file>', 'NDJSON claims, or - for stdin')
    .description('print each claim\'s DRG/DIP grouping with its path, weight and norms (one NDJSON line per input line)')
    .option('--rules <dir>', 'rules directory (grouping tables and norms)', process.env.RULES_DIR ?? 'rules')
    .action(async (file: string, opts: { rules: string }) => {
      const { refs } = loadEnrichRefs(opts.rules);
      const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
      let line = 0;
      for await (const text of createInterface({ input, crlfDelay: Infinity })) {
        line += 1;
        if (!text.trim()) continue;
        let out: Record<string, unknown>;
        try {
          out = groupLine(JSON.parse(text), refs, line);
        } catch (e) {
          out = { line, claimId: null, error: `not valid JSON: ${(e as Error).message}` };
        }
        await writeAll(process.stdout, `${JSON.stringify(out)}\n`);
      }
    });
}
