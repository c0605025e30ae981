import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadEnrichRefs } from '../enrich/load-refs';
import { createAnomalyModel } from '../model/anomaly-model';
import { listModels, readModelFiles, writeModelFiles } from '../model/artifacts';
import { initBackend } from '../model/backend';
import { evaluateModel, type Evaluation } from '../model/evaluate';
import { resolveModelDir } from '../model/model-holder';
import { readClaimSet } from '../model/read-claims';
import { DEFAULT_TRAIN, trainModel } from '../model/train';
import { attachMemberFacts } from '../features/reviews/review';
import { createRulesetHolder } from '../rules/ruleset-holder';

const num = (v: string) => Number.parseFloat(v);
const int = (v: string) => Number.parseInt(v, 10);

export function registerModel(program: Command): void {
  const model = program.command('model').description('anomaly model: train, evaluate, list (models/<version>/)');

  model
    .command('train')
    .description('train an autoencoder on NDJSON claims and write a versioned model directory')
    .requiredOption('--input <file>', 'claims, one JSON per line (invalid lines are skipped)')
    .option('--models <dir>', 'models directory', 'models')
    .option('--rules <dir>', 'rules directory (catalogue, grouping tables)', 'rules')
    .option('--seed <n>', 'random seed', int, DEFAULT_TRAIN.seed)
    .option('--alert-rate <r>', 'most of the ordinary claims of any peer group to flag (calibrated on the clean claims of a labelled file)', num, DEFAULT_TRAIN.alertRate)
    .option('--epochs <n>', 'training epochs', int, DEFAULT_TRAIN.epochs)
    .action(async (o) => {
      if (!(o.alertRate > 0 && o.alertRate < 1)) throw new Error('--alert-rate must be between 0 and 1');
      const backend = await initBackend();
      const set = readClaimSet(o.input, loadEnrichRefs(o.rules).refs);
      process.stderr.write(`backend ${backend}: training on ${set.claims.length} claims (${set.skipped} lines skipped)\n`);
      const trained = await trainModel(set.claims.map((c) => c.facts), set, { seed: o.seed, alertRate: o.alertRate, epochs: o.epochs });
      const dir = writeModelFiles(o.models, { ...trained.files, metrics: trained.metrics });
      process.stdout.write(`${JSON.stringify({ version: trained.files.meta.version, dir, ...trained.metrics, lossByEpoch: undefined })}\n`);
    });

  model
    .command('evaluate')
    .description('score a labelled NDJSON file (generated claims with "injected") and report ROC-AUC, PR-AUC, precision/recall')
    .requiredOption('--input <file>', 'labelled claims')
    .option('--models <dir>', 'models directory', 'models')
    .option('--model <version>', 'model version (default: newest)')
    .option('--rules <dir>', 'rules directory', 'rules')
    .option('--alert-rate <r>', 'override the model’s alert rate', num)
    .option('--json', 'print the full report as JSON')
    .option('--save', 'also write evaluation.json into the model directory')
    .action(async (o) => {
      const dir = resolveModelDir(o.models, o.model);
      if (!dir) throw new Error(`no model in ${o.models}`);
      const m = createAnomalyModel(readModelFiles(dir), { alertRate: o.alertRate });
      const backend = await initBackend();
      const set = readClaimSet(o.input, loadEnrichRefs(o.rules).refs);
      // Rule findings (no member history) tell what share of the model's flags it alone sends to review.
      const ruleset = createRulesetHolder(o.rules).current();
      await attachMemberFacts(set.claims, ruleset, { history: async () => [] });
      const ruleFlagged: boolean[] = [];
      for (const c of set.claims) ruleFlagged.push((await ruleset.evaluate(c)).some((h) => h.severity !== 'info'));
      const report = await evaluateModel(m, set, ruleFlagged);
      if (o.save) writeFileSync(join(dir, 'evaluation.json'), `${JSON.stringify({ input: o.input, inputSha256: set.sha256, backend, ...report }, null, 1)}\n`);
      process.stdout.write(o.json ? `${JSON.stringify(report, null, 1)}\n` : formatEvaluation(report));
    });

  model
    .command('list')
    .description('model directories, newest first')
    .option('--models <dir>', 'models directory', 'models')
    .action((o) => {
      for (const m of listModels(o.models)) process.stdout.write(`${m.version}\t${m.trainedAt}\n`);
    });
}

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '–');
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '–');

export function formatEvaluation(e: Evaluation): string {
  const lines = [
    `model ${e.modelVersion}: ${e.claims} claims, ${e.positives} injected, threshold ${e.threshold} (alert rate ${pct(e.alertRate)})`,
    `overall      ROC-AUC ${f3(e.overall.rocAuc)}  PR-AUC ${f3(e.overall.prAuc)}  precision ${pct(e.overall.precision)}  recall ${pct(e.overall.recall)}  flagged ${e.overall.flagged} (${pct(e.overall.flagRate)}; clean ${pct(e.cleanFlagRate)})`,
    `statistical  ROC-AUC ${f3(e.statistical.rocAuc)}  PR-AUC ${f3(e.statistical.prAuc)}  precision ${pct(e.statistical.precision)}  recall ${pct(e.statistical.recall)}  [${e.statistical.patterns.join(', ')}]`,
    `baseline     ROC-AUC ${f3(e.baseline.rocAuc)}  PR-AUC ${f3(e.baseline.prAuc)}  statistical ROC-AUC ${f3(e.baseline.statisticalRocAuc)}  (${e.baseline.name})`,
    '',
    'pattern                      n  ROC-AUC  recall@threshold',
    ...Object.entries(e.perPattern).map(([p, r]) => `${p.padEnd(26)} ${String(r.n).padStart(4)}  ${f3(r.rocAuc).padStart(7)}  ${pct(r.recall).padStart(8)}`),
    '',
    ...(e.anomalyOnly
      ? [`anomaly-only flags (no rule finding): ${e.anomalyOnly.modelOnly} of ${e.anomalyOnly.flagged} (${pct(e.anomalyOnly.share)}); clean claims: ${e.anomalyOnly.cleanModelOnly} of ${e.anomalyOnly.cleanFlagged} (${pct(e.anomalyOnly.cleanShare)})`]
      : []),
    `alert rate per peer-group kind: ${Object.entries(e.peerGroups.byKind).map(([k, v]) => `${k} ${pct(v.alertRate)} of ${v.claims}`).join('; ')}`,
    `highest-alerting peer groups (≥ 100 claims): ${e.peerGroups.highest.map((g) => `${g.group} ${pct(g.alertRate)} of ${g.claims}`).join('; ')}`,
    `clean claims, alert rate per peer-group kind: ${Object.entries(e.cleanPeerGroups.byKind).map(([k, v]) => `${k} ${pct(v.alertRate)} of ${v.claims}`).join('; ')}`,
    `clean claims, highest-alerting peer groups (≥ 100 claims): ${e.cleanPeerGroups.highest.map((g) => `${g.group} ${pct(g.alertRate)} of ${g.claims}`).join('; ')}`,
  ];
  return `${lines.join('\n')}\n`;
}
