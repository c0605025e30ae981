'use strict';
// score.js <outdir>: recall, right evidence, model-only share, control/routine flag rates, AUC; writes <outdir>/misses.txt
const fs = require('fs');
const path = require('path');
const outdir = process.argv[2];
if (!outdir) { console.error('usage: node score.js <outdir>'); process.exit(2); }
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const V = new Map();
for (const l of fs.readFileSync(path.join(outdir, 'verdicts.ndjson'), 'utf8').split('\n')) if (l.trim()) { const v = JSON.parse(l); V.set(v.claimId, v); }
const flagged = (v) => v && (v.decision === 'review' || v.decision === 'reject');
const isRule = (h) => !String(h.ruleId).startsWith('model') && h.family !== 'anomaly';
let invalid = 0; for (const v of V.values()) if (v.decision === 'invalid') invalid++;
const per = {}; const misses = [];
const fraudScores = [], ctrlScores = [];
let routineClaims = 0, routineFlag = 0;
for (const c of labels) {
  const g = (per[c.code] = per[c.code] || { code: c.code, name: c.name, kind: c.kind, n: 0, hit: 0, ev: 0, modelOnly: 0, claims: 0, claimsFlag: 0 });
  g.n++;
  const vs = c.targets.map((id) => V.get(id));
  const score = Math.max(...vs.map((v) => (v ? v.riskScore || 0 : 0)));
  const hitsSeen = () => c.claimIds.map((id) => { const v = V.get(id); return `  ${id} ${v ? v.decision : 'MISSING'} ${(v && v.riskScore != null) ? v.riskScore.toFixed(3) : ''} ` + (v ? v.hits.map((h) => `${h.ruleId}[${(h.lineIds || []).join(',')}]`).join(' ') : ''); }).join('\n');
  if (c.kind === 'fraud') {
    fraudScores.push(score);
    const caught = vs.some(flagged);
    if (caught) g.hit++;
    let ev = false;
    const mutAny = Object.values(c.mutatedLines).some((a) => a.length);
    for (const id of c.targets) {
      const v = V.get(id); if (!v) continue;
      const mut = new Set(c.mutatedLines[id] || []);
      for (const h of v.hits) { if (!isRule(h)) continue; if (!mutAny || (h.lineIds || []).some((x) => mut.has(String(x)))) ev = true; }
    }
    if (ev) g.ev++;
    if (caught && !c.targets.some((id) => { const v = V.get(id); return v && v.hits.some(isRule) && flagged(v); })) g.modelOnly++;
    if (!caught) misses.push(`MISSED ${c.caseId} ${c.name}\n${hitsSeen()}`);
  } else {
    ctrlScores.push(score);
    const cs = c.claimIds.map((id) => V.get(id));
    if (c.kind === 'routine') { routineClaims += cs.length; routineFlag += cs.filter(flagged).length; g.claims += cs.length; g.claimsFlag += cs.filter(flagged).length; if (cs.some(flagged)) { g.hit++; misses.push(`ROUTINE FLAGGED ${c.caseId}\n${hitsSeen()}`); } continue; }
    g.claims += cs.length; g.claimsFlag += cs.filter(flagged).length;
    if (cs.some(flagged)) { g.hit++; misses.push(`CONTROL FLAGGED ${c.caseId} ${c.name}\n${hitsSeen()}`); }
  }
}
function auc(pos, neg) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return pos.length && neg.length ? s / (pos.length * neg.length) : NaN; }
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) + '%' : '-');
const rows = Object.values(per);
const F = rows.filter((r) => r.kind === 'fraud'), Cn = rows.filter((r) => r.kind === 'control');
const sum = (arr, k) => arr.reduce((s, r) => s + r[k], 0);
console.log(`claims reviewed ${V.size}, invalid ${invalid}`);
console.log(`OVERALL fraud recall ${pct(sum(F, 'hit'), sum(F, 'n'))} (${sum(F, 'hit')}/${sum(F, 'n')}), right evidence ${pct(sum(F, 'ev'), sum(F, 'n'))}, model-only share of caught ${pct(sum(F, 'modelOnly'), sum(F, 'hit'))}`);
console.log(`OVERALL control cases flagged ${pct(sum(Cn, 'hit'), sum(Cn, 'n'))} (${sum(Cn, 'hit')}/${sum(Cn, 'n')}), control claims flagged ${pct(sum(Cn, 'claimsFlag'), sum(Cn, 'claims'))}, routine claims flagged ${pct(routineFlag, routineClaims)} (${routineFlag}/${routineClaims})`);
const ctrlOnly = labels.filter((c) => c.kind === 'control').map((c) => Math.max(...c.targets.map((id) => (V.get(id) ? V.get(id).riskScore || 0 : 0))));
console.log(`AUC riskScore fraud vs control ${auc(fraudScores, ctrlOnly).toFixed(3)} (fraud vs control+routine: ${auc(fraudScores, ctrlScores).toFixed(3)})`);
console.log('\nFRAUD  code  n  recall  evidence  model-only  name');
for (const r of F) console.log(`${r.code}  ${r.n}  ${pct(r.hit, r.n)}  ${pct(r.ev, r.n)}  ${pct(r.modelOnly, r.hit)}  ${r.name}`);
console.log('\nCONTROL code  n  cases-flagged  claims-flagged  name');
for (const r of Cn) console.log(`${r.code}  ${r.n}  ${pct(r.hit, r.n)}  ${pct(r.claimsFlag, r.claims)}  ${r.name}`);
fs.writeFileSync(path.join(outdir, 'misses.txt'), misses.join('\n\n') + '\n');
