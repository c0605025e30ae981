#!/usr/bin/env node
// score.js <outdir>: recall, right evidence, model-only share, control/routine flag rates, AUC; writes <outdir>/misses.txt
'use strict';
const fs = require('fs'); const path = require('path');
const out = process.argv[2] || 'out';
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const V = {};
for (const l of fs.readFileSync(path.join(out, 'verdicts.ndjson'), 'utf8').split('\n')) { if (!l.trim()) continue; const v = JSON.parse(l); if (v.claimId) V[v.claimId] = v; } // last line per claim = final
const flagged = (v) => v && (v.decision === 'review' || v.decision === 'reject');
const ruleHits = (v) => ((v && v.hits) || []).filter((h) => !String(h.ruleId).startsWith('model'));
const invalid = Object.values(V).filter((v) => v.decision === 'invalid');
const groups = {}; const miss = [];
function g(k) { return groups[k] || (groups[k] = { kind: '', name: '', n: 0, caught: 0, evid: 0, modelOnly: 0, claims: 0, fclaims: 0, scores: [] }); }
const fraudScores = [], ctrlScores = []; let routineN = 0, routineF = 0;
for (const L of labels) {
  const G = g(L.code); G.kind = L.kind; G.name = L.name; G.n++;
  if (L.kind === 'routine') { for (const id of L.claimIds) { routineN++; if (flagged(V[id])) routineF++; } continue; }
  const score = Math.max(...L.targets.map((id) => (V[id] ? V[id].riskScore || 0 : 0)));
  if (L.kind === 'fraud') {
    fraudScores.push(score);
    const caught = L.targets.some((id) => flagged(V[id]));
    const hasMut = Object.keys(L.mutatedLines).length > 0;
    const evid = L.targets.some((id) => ruleHits(V[id]).some((h) => !hasMut || (L.mutatedLines[id] || []).some((x) => (h.lineIds || []).includes(x))));
    const anyRule = L.targets.some((id) => flagged(V[id]) && ruleHits(V[id]).some((h) => h.severity !== 'info'));
    if (caught) G.caught++; if (evid) G.evid++; if (caught && !anyRule) G.modelOnly++;
    if (!caught) miss.push(`MISS ${L.caseId} ${L.name}\n` + L.targets.map((id) => `  ${id} ${V[id] ? V[id].decision + ' ' + V[id].riskScore : 'NO VERDICT'} ${JSON.stringify((V[id] && V[id].hits || []).map((h) => h.ruleId + ':' + h.severity))}`).join('\n'));
  } else {
    ctrlScores.push(score);
    const f = L.claimIds.filter((id) => flagged(V[id]));
    G.claims += L.claimIds.length; G.fclaims += f.length; if (f.length) G.caught++;
    if (f.length) miss.push(`FLAGGED-CONTROL ${L.caseId} ${L.name}\n` + f.map((id) => `  ${id} ${V[id].decision} ${V[id].riskScore} ${JSON.stringify(V[id].hits.map((h) => ({ r: h.ruleId, s: h.severity, l: h.lineIds, m: String(h.message || '').slice(0, 160) })))}`).join('\n'));
  }
}
function auc(pos, neg) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return pos.length && neg.length ? s / (pos.length * neg.length) : NaN; }
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + '%' : '-');
const F = Object.entries(groups).filter(([, x]) => x.kind === 'fraud'); const Cc = Object.entries(groups).filter(([, x]) => x.kind === 'control');
const fn = F.reduce((a, [, x]) => a + x.n, 0), fc = F.reduce((a, [, x]) => a + x.caught, 0), fe = F.reduce((a, [, x]) => a + x.evid, 0), fm = F.reduce((a, [, x]) => a + x.modelOnly, 0);
const cn = Cc.reduce((a, [, x]) => a + x.n, 0), cf = Cc.reduce((a, [, x]) => a + x.caught, 0), ccl = Cc.reduce((a, [, x]) => a + x.claims, 0), cfl = Cc.reduce((a, [, x]) => a + x.fclaims, 0);
const lines = [];
lines.push(`verdicts ${Object.keys(V).length}, invalid ${invalid.length}`);
lines.push(`OVERALL fraud recall ${fc}/${fn} = ${pct(fc, fn)}; right evidence ${fe}/${fn} = ${pct(fe, fn)}; model-only share of caught ${pct(fm, fc)}`);
lines.push(`        control cases flagged ${cf}/${cn} = ${pct(cf, cn)}; control claims flagged ${cfl}/${ccl} = ${pct(cfl, ccl)}; routine claims flagged ${routineF}/${routineN} = ${pct(routineF, routineN)}`);
lines.push(`        AUC riskScore fraud vs control ${auc(fraudScores, ctrlScores).toFixed(3)}`);
lines.push('', 'code | n | recall | right evidence | model-only | name');
for (const [k, x] of F) lines.push(`${k} | ${x.n} | ${pct(x.caught, x.n)} | ${pct(x.evid, x.n)} | ${x.modelOnly} | ${x.name}`);
lines.push('', 'code | n | cases flagged | claims flagged | name');
for (const [k, x] of Cc) lines.push(`${k} | ${x.n} | ${pct(x.caught, x.n)} | ${x.fclaims}/${x.claims} | ${x.name}`);
console.log(lines.join('\n'));
fs.writeFileSync(path.join(out, 'misses.txt'), miss.join('\n') + '\n');
if (invalid.length) fs.writeFileSync(path.join(out, 'invalid.txt'), invalid.map((v) => v.claimId + ' ' + JSON.stringify(v.errors)).join('\n') + '\n');
