#!/usr/bin/env node
// score.js <outdir>: reads <outdir>/verdicts.ndjson (last line per claimId = final state) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const out = process.argv[2]; if (!out) { console.error('usage: score.js <outdir>'); process.exit(2); }
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const V = {};
for (const l of fs.readFileSync(path.join(out, 'verdicts.ndjson'), 'utf8').split('\n')) { if (!l.trim()) continue; const v = JSON.parse(l); V[v.claimId] = v; }
const flagged = (id) => V[id] && (V[id].decision === 'review' || V[id].decision === 'reject');
const ruleHits = (id) => ((V[id] && V[id].hits) || []).filter((h) => !String(h.ruleId).startsWith('model'));
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + '%' : '-');
let invalid = 0; for (const id in V) if (V[id].decision === 'invalid') invalid++;
function caseInfo(c) {
  const detected = c.targets.some(flagged);
  const anyMut = Object.values(c.mutatedLines || {}).some((a) => a.length);
  let evidence = false;
  for (const t of c.targets) for (const h of ruleHits(t)) {
    if (!anyMut) { evidence = true; break; }
    const ml = (c.mutatedLines[t] || []).map(String);
    if ((h.lineIds || []).map(String).some((x) => ml.includes(x))) { evidence = true; break; }
  }
  const modelOnly = detected && c.targets.every((t) => !flagged(t) || ruleHits(t).filter((h) => h.severity !== 'info' && h.family !== 'anomaly').length === 0);
  const score = Math.max(...c.targets.map((t) => (V[t] ? V[t].riskScore || 0 : 0)));
  return { detected, evidence, modelOnly, score, anyFlag: c.claimIds.some(flagged) };
}
function auc(pos, neg) { if (!pos.length || !neg.length) return NaN; let s = 0; for (const p of pos) for (const q of neg) s += p > q ? 1 : p === q ? 0.5 : 0; return s / (pos.length * neg.length); }
const fraud = labels.filter((c) => c.kind === 'fraud'); const ctrl = labels.filter((c) => c.kind === 'control'); const rout = labels.filter((c) => c.kind === 'routine');
const FI = fraud.map((c) => ({ c, ...caseInfo(c) })); const CI = ctrl.map((c) => ({ c, ...caseInfo(c) }));
const ctrlClaims = [].concat(...ctrl.map((c) => c.claimIds)); const routClaims = [].concat(...rout.map((c) => c.claimIds));
const lines = [];
const P = (s) => { lines.push(s); };
P(`claims reviewed ${Object.keys(V).length}, invalid ${invalid}`);
const det = FI.filter((x) => x.detected).length;
P(`OVERALL fraud recall ${det}/${FI.length} = ${pct(det, FI.length)}; right evidence ${FI.filter((x) => x.evidence).length}/${FI.length} = ${pct(FI.filter((x) => x.evidence).length, FI.length)}; model-only share of detected ${pct(FI.filter((x) => x.modelOnly).length, det)}`);
P(`control cases flagged ${CI.filter((x) => x.anyFlag).length}/${CI.length} = ${pct(CI.filter((x) => x.anyFlag).length, CI.length)}; control claims flagged ${ctrlClaims.filter(flagged).length}/${ctrlClaims.length} = ${pct(ctrlClaims.filter(flagged).length, ctrlClaims.length)}; routine claims flagged ${routClaims.filter(flagged).length}/${routClaims.length} = ${pct(routClaims.filter(flagged).length, routClaims.length)}`);
P(`AUC riskScore fraud vs control (case = max over targets) ${auc(FI.map((x) => x.score), CI.map((x) => x.score)).toFixed(3)}`);
P('');
P('code  kind     n  recall  evidence  modelOnly  name');
const codes = [...new Set(labels.filter((c) => c.kind !== 'routine').map((c) => c.code))];
for (const code of codes) {
  const xs = [...FI, ...CI].filter((x) => x.c.code === code); const k = xs[0].c.kind;
  if (k === 'fraud') { const d = xs.filter((x) => x.detected).length; P(`${code}  fraud   ${xs.length}  ${pct(d, xs.length).padStart(6)}  ${pct(xs.filter((x) => x.evidence).length, xs.length).padStart(7)}  ${pct(xs.filter((x) => x.modelOnly).length, d).padStart(7)}   ${xs[0].c.name}`); }
  else { const cl = [].concat(...xs.map((x) => x.c.claimIds)); P(`${code}  control ${xs.length}  cases flagged ${pct(xs.filter((x) => x.anyFlag).length, xs.length).padStart(6)}  claims flagged ${pct(cl.filter(flagged).length, cl.length).padStart(6)}   ${xs[0].c.name}`); }
}
console.log(lines.join('\n'));
const M = [];
const hitStr = (id) => { const v = V[id]; if (!v) return `${id}: NO VERDICT`; return `${id} ${v.decision} ${v.riskScore}: ` + (v.hits || []).map((h) => `${h.ruleId}[${h.severity}]{${(h.lineIds || []).join(',')}}`).join(' '); };
for (const x of FI) if (!x.detected) { M.push(`MISS ${x.c.caseId} ${x.c.name}`); for (const id of x.c.claimIds) M.push('   ' + (x.c.targets.includes(id) ? '*' : ' ') + hitStr(id)); }
for (const x of CI) if (x.anyFlag) { M.push(`FLAGGED-CONTROL ${x.c.caseId} ${x.c.name}`); for (const id of x.c.claimIds) M.push('    ' + hitStr(id)); }
for (const c of rout) for (const id of c.claimIds) if (flagged(id)) M.push(`FLAGGED-ROUTINE ${c.caseId} ` + hitStr(id));
fs.writeFileSync(path.join(out, 'misses.txt'), M.join('\n') + '\n');
