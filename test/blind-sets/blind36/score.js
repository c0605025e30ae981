#!/usr/bin/env node
// score.js <outdir>: reads labels.json (next to this file) and <outdir>/verdicts.ndjson
'use strict';
const fs = require('fs'); const path = require('path');
const out = process.argv[2]; if (!out) { console.error('usage: score.js <outdir>'); process.exit(2); }
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const V = new Map();
for (const l of fs.readFileSync(path.join(out, 'verdicts.ndjson'), 'utf8').split('\n')) { if (!l.trim()) continue; const v = JSON.parse(l); V.set(v.claimId, v); }
const flagged = (v) => v && (v.decision === 'review' || v.decision === 'reject');
const ruleHits = (v) => (v && v.hits ? v.hits.filter((h) => !String(h.ruleId).startsWith('model')) : []);
const invalid = [...V.values()].filter((v) => v.decision === 'invalid');
const pct = (a, b) => (b ? (100 * a / b).toFixed(0) + '%' : '-');
function auc(pos, neg) { if (!pos.length || !neg.length) return NaN; let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return s / (pos.length * neg.length); }
const groups = new Map();
const misses = [];
const fraudScores = [], ctlScores = [];
let routineClaims = 0, routineFlagged = 0, ctlClaims = 0, ctlClaimsFlagged = 0;
const hitsStr = (v) => !v ? '(no verdict)' : `${v.decision} risk=${v.riskScore} ` + (v.hits || []).map((h) => `${h.ruleId}[${(h.lineIds || []).join(',')}]`).join(' ');
for (const c of labels) {
  if (c.kind === 'routine') { for (const id of c.claimIds) { routineClaims++; if (flagged(V.get(id))) routineFlagged++; } continue; }
  const g = groups.get(c.code) || { code: c.code, name: c.name, kind: c.kind, n: 0, caught: 0, evidence: 0, modelOnly: 0, flagged: 0, claims: 0, claimsFlagged: 0 };
  groups.set(c.code, g); g.n++;
  const score = Math.max(...c.targets.map((id) => (V.get(id) ? V.get(id).riskScore || 0 : 0)));
  if (c.kind === 'fraud') {
    fraudScores.push(score);
    const caught = c.targets.some((id) => flagged(V.get(id)));
    let ev = false;
    for (const id of c.targets) {
      const mut = (c.mutatedLines && c.mutatedLines[id]) || [];
      const anyMut = Object.values(c.mutatedLines || {}).some((a) => a.length);
      for (const h of ruleHits(V.get(id))) { if (!anyMut) ev = true; else if ((h.lineIds || []).some((x) => mut.includes(String(x)))) ev = true; }
    }
    if (caught) g.caught++;
    if (ev) g.evidence++;
    if (caught && !c.targets.some((id) => ruleHits(V.get(id)).length)) g.modelOnly++;
    if (!caught) misses.push(`MISS ${c.caseId} ${c.name}\n` + c.claimIds.map((id) => `   ${id}${c.targets.includes(id) ? ' *' : ''}: ${hitsStr(V.get(id))}`).join('\n'));
  } else {
    ctlScores.push(score);
    let f = false;
    for (const id of c.claimIds) { g.claims++; ctlClaims++; if (flagged(V.get(id))) { g.claimsFlagged++; ctlClaimsFlagged++; f = true; } }
    if (f) { g.flagged++; misses.push(`FLAGGED-CONTROL ${c.caseId} ${c.name}\n` + c.claimIds.map((id) => `   ${id}: ${hitsStr(V.get(id))}`).join('\n')); }
  }
}
const G = [...groups.values()];
const F = G.filter((g) => g.kind === 'fraud'), C = G.filter((g) => g.kind === 'control');
const sum = (a, k) => a.reduce((s, g) => s + g[k], 0);
const lines = [];
lines.push(`claims ${V.size}  invalid ${invalid.length}`);
lines.push(`OVERALL fraud cases ${sum(F, 'n')}: recall ${pct(sum(F, 'caught'), sum(F, 'n'))}, right evidence ${pct(sum(F, 'evidence'), sum(F, 'n'))}, model-only ${pct(sum(F, 'modelOnly'), sum(F, 'caught'))} of caught`);
lines.push(`OVERALL control cases ${sum(C, 'n')}: flagged ${pct(sum(C, 'flagged'), sum(C, 'n'))}; control claims flagged ${ctlClaimsFlagged}/${ctlClaims} (${pct(ctlClaimsFlagged, ctlClaims)}); routine claims flagged ${routineFlagged}/${routineClaims} (${pct(routineFlagged, routineClaims)})`);
lines.push(`AUC riskScore fraud vs control: ${auc(fraudScores, ctlScores).toFixed(3)}`);
lines.push('');
lines.push('code | n | recall | evidence | model-only | name');
for (const g of F) lines.push(`${g.code} | ${g.n} | ${pct(g.caught, g.n)} | ${pct(g.evidence, g.n)} | ${g.modelOnly} | ${g.name}`);
lines.push('');
lines.push('code | n | cases flagged | claims flagged | name');
for (const g of C) lines.push(`${g.code} | ${g.n} | ${pct(g.flagged, g.n)} | ${g.claimsFlagged}/${g.claims} | ${g.name}`);
console.log(lines.join('\n'));
if (invalid.length) console.log('\nINVALID:\n' + invalid.slice(0, 20).map((v) => v.claimId + ' ' + JSON.stringify(v.errors)).join('\n'));
fs.writeFileSync(path.join(out, 'misses.txt'), misses.join('\n') + '\n');
fs.writeFileSync(path.join(out, 'score.txt'), lines.join('\n') + '\n');
