#!/usr/bin/env node
'use strict';
const fs = require('fs'); const path = require('path');
const out = process.argv[2]; if (!out) { console.error('usage: score.js <outdir>'); process.exit(2); }
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const V = new Map();
for (const line of fs.readFileSync(path.join(out, 'verdicts.ndjson'), 'utf8').split('\n')) { if (!line.trim()) continue; const v = JSON.parse(line); V.set(v.claimId, v); }
const flagged = (v) => v && (v.decision === 'review' || v.decision === 'reject');
const ruleHits = (v) => (v && v.hits ? v.hits.filter((h) => !String(h.ruleId).startsWith('model')) : []);
let invalid = 0; for (const v of V.values()) if (v.decision === 'invalid') invalid++;
const missing = labels.flatMap((l) => l.claimIds).filter((id) => !V.has(id)).length;
function evalCase(l) {
  const tv = l.targets.map((id) => V.get(id));
  const recall = tv.some(flagged);
  let evidence = false;
  for (const id of l.targets) {
    const v = V.get(id); const mut = (l.mutatedLines && l.mutatedLines[id]) || [];
    const hasMut = Object.values(l.mutatedLines || {}).some((a) => a.length);
    for (const h of ruleHits(v)) { if (!hasMut) evidence = true; else if ((h.lineIds || []).some((x) => mut.includes(String(x)))) evidence = true; }
  }
  const modelOnly = recall && !l.targets.some((id) => ruleHits(V.get(id)).length);
  const score = Math.max(...tv.map((v) => (v ? v.riskScore || 0 : 0)));
  const anyFlag = l.claimIds.some((id) => flagged(V.get(id)));
  const claimFlags = l.claimIds.filter((id) => flagged(V.get(id))).length;
  return { recall, evidence, modelOnly, score, anyFlag, claimFlags };
}
const R = labels.map((l) => ({ l, r: evalCase(l) }));
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + '%' : '-');
function auc(pos, neg) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return pos.length && neg.length ? s / (pos.length * neg.length) : NaN; }
const fr = R.filter((x) => x.l.kind === 'fraud'), co = R.filter((x) => x.l.kind === 'control'), ro = R.filter((x) => x.l.kind === 'routine');
const lines = [];
lines.push(`verdicts ${V.size}, invalid ${invalid}, missing ${missing}`);
lines.push(`FRAUD cases ${fr.length}: recall ${pct(fr.filter((x) => x.r.recall).length, fr.length)}, right evidence ${pct(fr.filter((x) => x.r.evidence).length, fr.length)}, model-only ${pct(fr.filter((x) => x.r.modelOnly).length, fr.length)}`);
const cClaims = co.flatMap((x) => x.l.claimIds);
lines.push(`CONTROL cases ${co.length}: flagged ${pct(co.filter((x) => x.r.anyFlag).length, co.length)}; control claims flagged ${pct(cClaims.filter((id) => flagged(V.get(id))).length, cClaims.length)} of ${cClaims.length}`);
const rClaims = ro.flatMap((x) => x.l.claimIds);
lines.push(`ROUTINE claims ${rClaims.length}: flagged ${pct(rClaims.filter((id) => flagged(V.get(id))).length, rClaims.length)}`);
lines.push(`AUC riskScore fraud vs control (case max over targets): ${auc(fr.map((x) => x.r.score), co.map((x) => x.r.score)).toFixed(3)}`);
lines.push('');
lines.push('code | n | recall | evidence | model-only | name');
const codes = [...new Set(fr.map((x) => x.l.code))];
for (const c of codes) { const g = fr.filter((x) => x.l.code === c); lines.push(`${c} | ${g.length} | ${pct(g.filter((x) => x.r.recall).length, g.length)} | ${pct(g.filter((x) => x.r.evidence).length, g.length)} | ${pct(g.filter((x) => x.r.modelOnly).length, g.length)} | ${g[0].l.name}`); }
lines.push('');
lines.push('code | n | cases flagged | claims flagged | name');
for (const c of [...new Set(co.map((x) => x.l.code))]) { const g = co.filter((x) => x.l.code === c); const ids = g.flatMap((x) => x.l.claimIds); lines.push(`${c} | ${g.length} | ${pct(g.filter((x) => x.r.anyFlag).length, g.length)} | ${pct(ids.filter((id) => flagged(V.get(id))).length, ids.length)} | ${g[0].l.name}`); }
console.log(lines.join('\n'));
const fmtHits = (id) => { const v = V.get(id); if (!v) return `  ${id}: NO VERDICT`; return `  ${id} [${v.decision} ${(v.riskScore || 0).toFixed(2)}] ` + (v.hits || []).map((h) => `${h.ruleId}(${h.severity}${h.lineIds && h.lineIds.length ? ' L' + h.lineIds.join(',') : ''})`).join(' '); };
const m = [];
for (const x of fr.filter((x) => !x.r.recall)) { m.push(`MISSED ${x.l.caseId} ${x.l.name}`); for (const id of x.l.claimIds) m.push(fmtHits(id) + (x.l.targets.includes(id) ? '  <target>' : '')); }
for (const x of co.filter((x) => x.r.anyFlag)) { m.push(`FLAGGED CONTROL ${x.l.caseId} ${x.l.name}`); for (const id of x.l.claimIds) m.push(fmtHits(id)); }
fs.writeFileSync(path.join(out, 'misses.txt'), m.join('\n') + '\n');
