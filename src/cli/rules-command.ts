import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { NO_MODEL } from '../model/model';
import { diffRulesets, type DiffSummary } from '../tools/diff-rulesets';
import { createRulesetHolder } from '../rules/ruleset-holder';
import { runRuleExamples } from '../tools/run-examples';
import { writeAll } from './write';

export function registerRules(program: Command): void {
  const rules = program.command('rules').description('rule files: check their examples, compare rule sets');
  rules
    .command('test')
    .description("run every rule's examples: each must fire on its 'fires' claims and stay quiet on its 'quiet' ones")
    .option('--rules <dir>', 'rules directory', 'rules')
    .action(async (o: { rules: string }) => {
      const dir = resolve(o.rules);
      const ruleset = createRulesetHolder(dir).current();
      const report = await runRuleExamples(ruleset, dir);
      for (const f of report.failures) {
        const which = f.kind === 'missing' ? '' : ` ${f.kind}[${f.index}]${f.note ? ` (${f.note})` : ''}`;
        process.stdout.write(`FAIL ${f.ruleId}${which}: ${f.problem}\n`);
      }
      const failedRules = new Set(report.failures.map((f) => f.ruleId)).size;
      process.stdout.write(
        `${report.rules} rules, ${report.examples} examples: ${report.rules - failedRules} rules passed, ${failedRules} failed (ruleset ${ruleset.version})\n`,
      );
      if (report.failures.length) process.exitCode = 1;
    });

  rules
    .command('diff')
    .argument('<candidate-dir>', 'the rules directory to compare against the active one')
    .requiredOption('--input <file>', 'NDJSON claims to judge under both rule sets')
    .option('--rules <dir>', 'the active rules directory', 'rules')
    .description('backtest: each claim whose decision or hits change (NDJSON on stdout), then counts per rule and money')
    .action(async (candidateDir: string, o: { input: string; rules: string }) => {
      const active = createRulesetHolder(resolve(o.rules)).current();
      const candidate = createRulesetHolder(resolve(candidateDir)).current();
      const summary = await diffRulesets(createReadStream(o.input), active, candidate, NO_MODEL, (c) =>
        writeAll(process.stdout, `${JSON.stringify(c)}\n`),
      );
      process.stderr.write(formatDiff(summary));
    });
}

export function formatDiff(s: DiffSummary): string {
  const out = [
    `active ${s.activeVersion} → candidate ${s.candidateVersion}`,
    `${s.claims} claims judged, ${s.changed} changed; amount at stake ${s.amountAtStakeDelta >= 0 ? '+' : ''}${s.amountAtStakeDelta.toFixed(2)} yuan`,
  ];
  for (const [k, n] of Object.entries(s.decisionChanges).sort()) out.push(`  decision ${k}: ${n}`);
  for (const [id, d] of Object.entries(s.perRule).sort()) {
    out.push(`  ${id}: +${d.added} hits (${d.amountAdded.toFixed(2)} yuan), −${d.removed} hits (${d.amountRemoved.toFixed(2)} yuan)`);
  }
  return `${out.join('\n')}\n`;
}

