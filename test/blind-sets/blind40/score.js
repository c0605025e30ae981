#!/usr/bin/env node
// score.js <outdir>: reads <outdir>/verdicts.ndjson and ./labels.json; prints detection figures; writes <outdir>/misses.txt
'use strict';
const fs = require('fs');
const path = require('path');
const outdir = process.argv[2];
if (!outdir) { console.error('usage: score.js <outdir>'); process.exit(2); }
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const V = {};
for (const l of fs.readFileSync(path.join(outdir, 'verdicts.ndjson'), 'utf8').split('\n')) {
  if (!l.trim()) continue;
  const v = JSON.parse(l); V[v.claimId] = v; // last line per claimId is the final state
}
const flagged = (id) => V[id] && (V[id].decision === 'review' || V[id].decision === 'reject');
const ruleHits = (id) => ((V[id] && V[id].hits) || []).filter((h) => !String(h.ruleId).startsWith('model'));
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) + '%' : '-');
let invalid = 0, missingV = 0;
for (const L of labels) for (const id of L.claimIds) { if (!V[id]) missingV++; else if (V[id].decision === 'invalid') invalid++; }

const rows = {}; const misses = [];
const fraudScores = [], ctlScores = [];
let ctlClaims = 0, ctlClaimsF = 0, rtClaims = 0, rtF = 0;
for (const L of labels) {
  const k = L.code === 'R' ? 'R' : L.code;
  const r = rows[k] || (rows[k] = { code: k, name: L.name, kind: L.kind, n: 0, det: 0, ev: 0, modelOnly: 0, claims: 0, claimsF: 0 });
  r.n++;
  const score = Math.max(...L.targets.map((id) => (V[id] ? V[id].riskScore || 0 : 0)));
  if (L.kind === 'fraud') {
    fraudScores.push(score);
    const det = L.targets.some(flagged);
    const mutated = L.mutatedLines || {};
    const hasMut = Object.keys(mutated).length > 0;
    const ev = L.targets.some((id) => ruleHits(id).some((h) => !hasMut || (mutated[id] && (h.lineIds || []).some((x) => mutated[id].includes(String(x))))));
    const anyRule = L.targets.some((id) => ruleHits(id).length > 0);
    if (det) r.det++;
    if (ev) r.ev++;
    if (det && !anyRule) r.modelOnly++;
    if (!det) misses.push(`MISS ${L.caseId} ${L.name}\n` + L.targets.map((id) => `  ${id} ${V[id] ? V[id].decision : 'none'} score=${V[id] ? V[id].riskScore : ''} hits=${((V[id] && V[id].hits) || []).map((h) => h.ruleId + '[' + h.severity + ']').join(',')}`).join('\n'));
  } else {
    if (L.kind === 'control') ctlScores.push(score);
    const f = L.claimIds.filter(flagged);
    r.claims += L.claimIds.length; r.claimsF += f.length;
    if (L.kind === 'control') { ctlClaims += L.claimIds.length; ctlClaimsF += f.length; } else { rtClaims += L.claimIds.length; rtF += f.length; }
    if (f.length) { r.det++; if (L.kind === 'control') misses.push(`FLAGGED ${L.caseId} ${L.name}\n` + f.map((id) => `  ${id} ${V[id].visitType || ''} ${V[id].decision} score=${V[id].riskScore} hits=${(V[id].hits || []).map((h) => h.ruleId + '[' + h.severity + '](' + (h.lineIds || []).join(',') + ')').join(',')}`).join('\n')); }
  }
}
function auc(pos, neg) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return pos.length && neg.length ? s / (pos.length * neg.length) : NaN; }
const F = Object.values(rows).filter((r) => r.kind === 'fraud');
const Cc = Object.values(rows).filter((r) => r.kind === 'control');
const fN = F.reduce((a, r) => a + r.n, 0), fD = F.reduce((a, r) => a + r.det, 0), fE = F.reduce((a, r) => a + r.ev, 0), fM = F.reduce((a, r) => a + r.modelOnly, 0);
const cN = Cc.reduce((a, r) => a + r.n, 0), cD = Cc.reduce((a, r) => a + r.det, 0);
console.log(`claims reviewed: ${Object.keys(V).length}, invalid: ${invalid}, missing verdicts: ${missingV}`);
console.log(`fraud recall: ${fD}/${fN} = ${pct(fD, fN)}; right evidence: ${fE}/${fN} = ${pct(fE, fN)}; model-only share of detected: ${fM}/${fD} = ${pct(fM, fD)}`);
console.log(`control cases flagged: ${cD}/${cN} = ${pct(cD, cN)}; control claims flagged: ${ctlClaimsF}/${ctlClaims} = ${pct(ctlClaimsF, ctlClaims)}`);
console.log(`routine claims flagged: ${rtF}/${rtClaims} = ${pct(rtF, rtClaims)}`);
console.log(`AUC riskScore fraud vs control (case = max over targets): ${auc(fraudScores, ctlScores).toFixed(3)}`);
console.log('\ncode  n  recall  evidence  model-only  name');
for (const r of F) console.log(`${r.code}  ${r.n}  ${pct(r.det, r.n).padStart(6)}  ${pct(r.ev, r.n).padStart(6)}  ${String(r.modelOnly).padStart(3)}  ${r.name}`);
console.log('\ncode  n  cases-flagged  claims-flagged  name');
for (const r of Cc) console.log(`${r.code}  ${r.n}  ${pct(r.det, r.n).padStart(6)}  ${(r.claimsF + '/' + r.claims).padStart(7)}  ${r.name}`);
fs.writeFileSync(path.join(outdir, 'misses.txt'), misses.join('\n') + '\n');
