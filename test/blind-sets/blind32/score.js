'use strict';
// usage: node score.js <outdir>   (reads labels.json next to this file, <outdir>/verdicts.ndjson)
const fs = require('fs'); const path = require('path');
const out = process.argv[2];
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const V = {};
for (const line of fs.readFileSync(path.join(out, 'verdicts.ndjson'), 'utf8').split('\n')) { if (line.trim()) { const v = JSON.parse(line); V[v.claimId] = v; } }
const flagged = (v) => v && (v.decision === 'review' || v.decision === 'reject');
const ruleHits = (v) => (v && v.hits ? v.hits.filter((h) => !String(h.ruleId).startsWith('model')) : []);
let invalid = 0; for (const v of Object.values(V)) if (v.decision === 'invalid') invalid++;
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + '%' : '-');
function caseScore(l) { return Math.max(...l.targets.map((id) => (V[id] ? V[id].riskScore || 0 : 0))); }
function evalFraud(l) {
  const caught = l.targets.some((id) => flagged(V[id]));
  let evidence = false;
  for (const id of l.targets) {
    const hits = ruleHits(V[id]); const m = (l.mutatedLines || {})[id];
    if (m && m.length) { if (hits.some((h) => (h.lineIds || []).some((x) => m.includes(x)))) evidence = true; }
    else if (!Object.values(l.mutatedLines || {}).some((a) => a.length) && hits.length) evidence = true;
  }
  const anyRule = l.targets.some((id) => ruleHits(V[id]).length > 0);
  return { caught, evidence, modelOnly: caught && !anyRule };
}
function auc(pos, neg) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return pos.length && neg.length ? s / (pos.length * neg.length) : NaN; }
const frauds = labels.filter((l) => l.kind === 'fraud'), ctrls = labels.filter((l) => l.kind === 'control'), routs = labels.filter((l) => l.kind === 'routine');
const misses = [];
const hitStr = (id) => { const v = V[id]; if (!v) return `${id}: NO VERDICT`; return `${id}: ${v.decision} risk=${(v.riskScore || 0).toFixed(2)} ` + (v.hits || []).map((h) => `${h.ruleId}[${(h.lineIds || []).join(',')}]`).join(' '); };
let fc = 0, fe = 0, fm = 0;
const rows = [];
const byCode = {};
for (const l of frauds) { (byCode[l.code] = byCode[l.code] || []).push(l); }
for (const [code, ls] of Object.entries(byCode)) {
  let c = 0, e = 0, m = 0;
  for (const l of ls) { const r = evalFraud(l); if (r.caught) c++; else misses.push(`MISS ${l.caseId} ${l.name}\n  ` + l.targets.map(hitStr).join('\n  ')); if (r.evidence) e++; if (r.modelOnly) m++; }
  fc += c; fe += e; fm += m;
  rows.push(`${code}  ${ls[0].name.padEnd(40)} n=${ls.length} recall=${pct(c, ls.length)} evidence=${pct(e, ls.length)} modelOnly=${pct(m, c)} meanRisk=${(ls.reduce((s, l) => s + caseScore(l), 0) / ls.length).toFixed(2)}`);
}
let cc = 0, ccl = 0, ccn = 0; const crow = []; const byC = {};
for (const l of ctrls) (byC[l.code] = byC[l.code] || []).push(l);
for (const [code, ls] of Object.entries(byC)) {
  let f = 0, fcl = 0, ncl = 0;
  for (const l of ls) { const any = l.claimIds.some((id) => flagged(V[id])); if (any) { f++; misses.push(`FLAGGED-CONTROL ${l.caseId} ${l.name}\n  ` + l.claimIds.map(hitStr).join('\n  ')); } for (const id of l.claimIds) { ncl++; if (flagged(V[id])) fcl++; } }
  cc += f; ccl += fcl; ccn += ncl;
  crow.push(`${code}  ${ls[0].name.padEnd(40)} n=${ls.length} casesFlagged=${pct(f, ls.length)} claimsFlagged=${pct(fcl, ncl)} meanRisk=${(ls.reduce((s, l) => s + caseScore(l), 0) / ls.length).toFixed(2)}`);
}
let rf = 0; for (const l of routs) if (flagged(V[l.claimIds[0]])) { rf++; misses.push(`FLAGGED-ROUTINE ${l.caseId}\n  ` + hitStr(l.claimIds[0])); }
console.log(`verdicts ${Object.keys(V).length}, invalid ${invalid}`);
console.log(`OVERALL fraud recall ${pct(fc, frauds.length)} (${fc}/${frauds.length}), right evidence ${pct(fe, frauds.length)}, model-only share of caught ${pct(fm, fc)}`);
console.log(`        control cases flagged ${pct(cc, ctrls.length)} (${cc}/${ctrls.length}), control claims flagged ${pct(ccl, ccn)}, routine claims flagged ${pct(rf, routs.length)} (${rf}/${routs.length})`);
console.log(`        AUC riskScore fraud vs control ${auc(frauds.map(caseScore), ctrls.map(caseScore)).toFixed(3)}`);
console.log('\nFRAUD TYPOLOGIES'); rows.forEach((r) => console.log(r));
console.log('\nCONTROL KINDS'); crow.forEach((r) => console.log(r));
fs.writeFileSync(path.join(out, 'misses.txt'), misses.join('\n') + '\n');
