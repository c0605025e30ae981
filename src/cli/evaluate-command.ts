import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { formatReport } from '../evaluate/format-report';
import { runEvaluation } from '../evaluate/run-evaluation';
import { writeAll } from './write';

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('measure detection on fraud typologies and legitimate controls built apart from the generator')
    .option('--seed <s>', 'random seed (same seed, same report)', 'evaluate-1')
    .option('--per-typology <n>', 'cases per typology and per control kind', (v) => Number.parseInt(v, 10), 20)
    .option('--generator-count <n>', "claims of the generator's own set for the circular comparison (0 skips it)", (v) => Number.parseInt(v, 10), 5000)
    .option('--generator-seed <s>', "seed of the generator's own set", 'evaluate-generator')
    .option('--rules <dir>', 'rules directory (RULES_DIR)', process.env.RULES_DIR ?? 'rules')
    .option('--models <dir>', 'models directory (MODELS_DIR)', process.env.MODELS_DIR ?? 'models')
    .option('--model <name>', "model version under the models directory ('none': no model; default newest)", process.env.MODEL_NAME)
    .option('--alert-rate <r>', "share of ordinary claims the model flags (MODEL_ALERT_RATE; default: the model's own)", process.env.MODEL_ALERT_RATE)
    .option('--provider-cases <n>', 'cases per provider typology and provider control (default: --per-typology)', (v) => Number.parseInt(v, 10))
    .option('--no-providers', 'skip the provider-level typologies (provider patterns; the longest part of the run)')
    .option('--json', 'print the report as JSON')
    .option('--cases-out <file>', 'also write every case (its claims, target, mutated lines and verdicts) as NDJSON, to see what was missed')
    .action(async (o: { seed: string; perTypology: number; generatorCount: number; generatorSeed: string; rules: string; models: string; model?: string; alertRate?: string; json?: boolean; casesOut?: string; providerCases?: number; providers: boolean }) => {
      if (!Number.isInteger(o.perTypology) || o.perTypology < 1) throw new Error('--per-typology must be a whole number ≥ 1');
      if (!Number.isInteger(o.generatorCount) || o.generatorCount < 0) throw new Error('--generator-count must be a whole number ≥ 0');
      if (o.providerCases !== undefined && (!Number.isInteger(o.providerCases) || o.providerCases < 1)) throw new Error('--provider-cases must be a whole number ≥ 1');
      const alertRate = o.alertRate === undefined || o.alertRate === '' ? undefined : Number(o.alertRate);
      if (alertRate !== undefined && !(alertRate > 0 && alertRate < 1)) throw new Error('--alert-rate must be a number between 0 and 1');
      const out = o.casesOut ? createWriteStream(o.casesOut) : null;
      const report = await runEvaluation({
        seed: o.seed,
        perTypology: o.perTypology,
        rulesDir: resolve(o.rules),
        modelsDir: resolve(o.models),
        modelName: o.model || undefined,
        alertRate,
        generatorCount: o.generatorCount,
        generatorSeed: o.generatorSeed,
        providers: o.providers,
        providerCases: o.providerCases,
        onCase: out ? (c, verdicts) => writeAll(out, `${JSON.stringify({ ...c, verdicts })}\n`) : undefined,
        // A provider case is a whole population: its subject, mutated claim ids and findings, not its claims.
        onProviderCase: out
          ? ({ c, findings }) => writeAll(out, `${JSON.stringify({ id: c.id, typology: c.typology, kind: `provider-${c.kind}`, period: c.period, subject: c.subject, mutated: c.mutated, itemCode: c.itemCode, note: c.note, claims: c.claims.length, findings })}\n`)
          : undefined,
      });
      if (out) {
        out.end();
        await finished(out);
      }
      await writeAll(process.stdout, o.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    });
}
