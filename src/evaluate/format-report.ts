import { CONTROLS, TYPOLOGIES } from './catalogue';
import type { ModelShare } from './peer-alerts';
import type { ProviderReport } from './provider-run';
import type { EvaluationReport } from './run-evaluation';

// The report as text tables (Markdown, so the README can hold it as printed).

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The anomaly model's part in a set of claims: anomaly-only share of the flags, alert rate per peer group. */
function modelLines(title: string, m: ModelShare): string[] {
  const kinds = Object.entries(m.byKind).map(([k, g]) => `${k} ${pct(g.alertRate)} of ${g.claims}`);
  const top = m.highest.map((g) => `${g.group} ${pct(g.alertRate)} of ${g.claims}`);
  return [
    `${title}: flagged ${m.flagged} of ${m.claims}, anomaly-only (可疑, model alone) ${m.anomalyOnly} (${pct(m.anomalyOnlyShare)} of the flagged); model alerts ${m.modelAlerts} (${pct(m.modelAlertRate)})`,
    `  model alert rate by peer-group kind: ${kinds.join('; ') || '–'}`,
    `  highest-alerting peer groups: ${top.join('; ') || '–'}`,
  ];
}

/** The provider section: per typology recall (a finding of the expected metric naming the subject), per control the false-finding rate. */
function providerLines(p: ProviderReport): string[] {
  const metrics = (m: Record<string, number>) => Object.entries(m).map(([k, n]) => `${k} ${n}`).join(', ') || '–';
  return [
    `Provider-level typologies (provider patterns over ${p.period.from}..${p.period.to}, each case a subject and its peers in a store of its own, ${p.claims} claims):`,
    'recall = a finding of the expected metric naming the subject (evidence at the level of the family).',
    '',
    '| provider typology | 类别 | metric | cases | recall | evidence lists a mutated claim | peers with a finding |',
    '|---|---|---|---|---|---|---|',
    ...p.typologies.map((t) => `| ${t.id} ${t.name} | ${t.category} | ${t.metrics.join(', ')} | ${t.cases} | ${pct(t.recall)} | ${t.evidenceNamesMutated} of ${t.found} | ${pct(t.peersFlaggedRate)} |`),
    `| **all provider typologies** | | | ${p.overall.cases} | ${pct(p.overall.recall)} | | |`,
    '',
    '| provider control (legitimate) | cases | cases with a finding naming it | false-finding rate | metrics found | peers with a finding |',
    '|---|---|---|---|---|---|',
    ...p.controls.map((c) => `| ${c.id} ${c.name} | ${c.cases} | ${c.falseFindings} | ${pct(c.falseFindingRate)} | ${metrics(c.metrics)} | ${pct(c.peersFlaggedRate)} |`),
    `| **all provider controls** | ${p.controlsOverall.cases} | ${p.controlsOverall.falseFindings} | ${pct(p.controlsOverall.falseFindingRate)} | | |`,
    '',
    `Provider cases not built (no population of the seed fits the description; not in the tables above): ${p.unbuilt.map((u) => `${u.kind} ${u.id} ${u.count}`).join('; ') || 'none'}`,
  ];
}

export function formatReport(r: EvaluationReport): string {
  const names = new Map([...TYPOLOGIES, ...CONTROLS].map((t) => [t.id, t.name]));
  const out: string[] = [];
  out.push(`Evaluation apart from the generator — seed ${r.seed}, ${r.perTypology} cases per typology`);
  out.push(`ruleset ${r.rulesetVersion} · model ${r.modelVersion}`);
  out.push('');
  out.push('| typology | 类别 | cases | recall | right evidence | model-only (of flagged) | invalid |');
  out.push('|---|---|---|---|---|---|---|');
  for (const t of r.typologies) {
    const cat = TYPOLOGIES.find((x) => x.id === t.id)!.category;
    out.push(`| ${t.id} ${names.get(t.id)} | ${cat} | ${t.cases} | ${pct(t.recall)} | ${pct(t.rightEvidenceRate)} | ${pct(t.modelOnlyShare)} | ${t.invalid} |`);
  }
  out.push(`| **all typologies** | | ${r.overall.cases} | ${pct(r.overall.recall)} | ${pct(r.overall.rightEvidenceRate)} | ${pct(r.overall.modelOnlyShare)} | |`);
  out.push('');
  out.push('| control (legitimate care) | cases | flagged | false-flag rate | model-only |');
  out.push('|---|---|---|---|---|');
  for (const c of r.controls) out.push(`| ${c.id} ${names.get(c.id)} | ${c.cases} | ${c.flagged} | ${pct(c.falseFlagRate)} | ${c.modelOnly} |`);
  out.push(`| **all controls** (without the reference row) | ${r.controlsOverall.cases} | ${r.controlsOverall.flagged} | ${pct(r.controlsOverall.falseFlagRate)} | |`);
  out.push('');
  out.push(...modelLines('Anomaly model on the controls (reference row included)', r.controlsModel));
  out.push('');
  const unbuilt = r.unbuilt.map((u) => `${u.kind} ${u.id} ${u.count} of ${r.perTypology}`);
  out.push(`Cases not built (no clean base claim of the seed fits the description; not in the tables above): ${unbuilt.join('; ') || 'none'}`);
  if (r.providers) {
    out.push('');
    out.push(...providerLines(r.providers));
  }
  if (r.generator) {
    const g = r.generator;
    out.push('');
    out.push(`Circular comparison — the generator's own labelled claims (seed ${g.seed}, ${g.claims} claims, fraud rate 0.1), judged by the same build:`);
    out.push(`the rules and the generator were written from the same list, so these figures do not measure generalisation.`);
    out.push('');
    out.push('| generator pattern | claims | recall |');
    out.push('|---|---|---|');
    for (const p of g.patterns) out.push(`| ${p.pattern} | ${p.claims} | ${pct(p.recall)} |`);
    out.push(`| clean claims flagged | ${g.clean.claims} | ${pct(g.clean.rate)} |`);
    out.push('');
    out.push(...modelLines(`Anomaly model on the generator's clean claims`, g.cleanModel));
  }
  return `${out.join('\n')}\n`;
}
