'use strict';
// node score.js <outdir>: scores <outdir>/verdicts.ndjson against labels.json; writes <outdir>/misses.txt
const fs = require('fs'); const path = require('path');
const outdir = process.argv[2]; if (!outdir) { console.error('usage: node score.js <outdir>'); process.exit(2); }
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const V = new Map();
for (const line of fs.readFileSync(path.join(outdir, 'verdicts.ndjson'), 'utf8').split('\n')) { if (!line.trim()) continue; const v = JSON.parse(line); V.set(v.claimId, v); }
const flagged = (v) => v && (v.decision === 'review' || v.decision === 'reject');
// model hits: ruleId starting with 'model' (brief) or the contract's anomaly family (this build names them anomaly.*)
const isModel = (h) => String(h.ruleId).startsWith('model') || String(h.ruleId).startsWith('anomaly') || h.family === 'anomaly';
const ruleHits = (v) => (v && v.hits ? v.hits.filter((h) => !isModel(h) && h.severity !== 'info') : []);
let invalid = 0; for (const v of V.values()) if (v.decision === 'invalid') invalid++;
const per = {}; const misses = [];
const g = (code, name, kind) => (per[code] = per[code] || { code, name, kind, n: 0, hit: 0, ev: 0, modelOnly: 0, claims: 0, claimsFlagged: 0 });
const fraudScores = [], ctrlScores = [];
for (const c of labels) {
  const s = g(c.code, c.name, c.kind); s.n++;
  const tv = c.targets.map((id) => V.get(id));
  if (c.kind === 'fraud') {
    const caught = tv.some(flagged);
    let ev = false;
    for (const id of c.targets) {
      const v = V.get(id); const mut = (c.mutatedLines || {})[id];
      const hasMut = Object.values(c.mutatedLines || {}).some((a) => a && a.length);
      for (const h of ruleHits(v)) {
        if (!hasMut) ev = true;
        else if (mut && mut.length && (h.lineIds || []).some((l) => mut.includes(l))) ev = true;
      }
    }
    const anyRule = tv.some((v) => flagged(v) && ruleHits(v).some((h) => h.severity !== 'info'));
    if (caught) s.hit++; if (ev) s.ev++; if (caught && !anyRule) s.modelOnly++;
    fraudScores.push(Math.max(...tv.map((v) => (v ? v.riskScore || 0 : 0))));
    if (!caught) misses.push(`MISS ${c.caseId} ${c.name}\n` + c.targets.map((id) => { const v = V.get(id); return `  ${id} ${v ? v.decision : 'NO VERDICT'} risk=${v ? v.riskScore : ''} hits=${v ? v.hits.map((h) => h.ruleId + '[' + (h.lineIds || []).join(',') + ']').join(' ') : ''}`; }).join('\n'));
  } else {
    const cf = c.claimIds.some((id) => flagged(V.get(id)));
    if (cf) s.hit++;
    s.claims += c.claimIds.length; s.claimsFlagged += c.claimIds.filter((id) => flagged(V.get(id))).length;
    if (c.kind === 'control') ctrlScores.push(Math.max(...tv.map((v) => (v ? v.riskScore || 0 : 0))));
    if (cf && c.kind === 'control') misses.push(`FLAGGED-CONTROL ${c.caseId} ${c.name}\n` + c.claimIds.map((id) => { const v = V.get(id); return `  ${id} ${v ? v.decision : 'NO VERDICT'} risk=${v ? v.riskScore : ''} hits=${v ? v.hits.map((h) => h.ruleId + '(' + h.severity + ')[' + (h.lineIds || []).join(',') + ']').join(' ') : ''}`; }).join('\n'));
  }
}
function auc(pos, neg) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return pos.length && neg.length ? s / (pos.length * neg.length) : NaN; }
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + '%' : '-');
const rows = Object.values(per);
const fr = rows.filter((r) => r.kind === 'fraud'), co = rows.filter((r) => r.kind === 'control'), ro = rows.filter((r) => r.kind === 'routine');
const sum = (a, k) => a.reduce((x, r) => x + r[k], 0);
console.log(`claims with verdicts: ${V.size}; invalid: ${invalid}`);
console.log(`FRAUD cases ${sum(fr, 'n')}: recall ${pct(sum(fr, 'hit'), sum(fr, 'n'))}, right evidence ${pct(sum(fr, 'ev'), sum(fr, 'n'))}, model-only share of caught ${pct(sum(fr, 'modelOnly'), sum(fr, 'hit'))}`);
console.log(`CONTROL cases ${sum(co, 'n')}: flagged ${pct(sum(co, 'hit'), sum(co, 'n'))}; control claims flagged ${pct(sum(co, 'claimsFlagged'), sum(co, 'claims'))}`);
console.log(`ROUTINE claims ${sum(ro, 'claims')}: flagged ${pct(sum(ro, 'claimsFlagged'), sum(ro, 'claims'))}`);
console.log(`AUC riskScore fraud vs control (case max over targets): ${auc(fraudScores, ctrlScores).toFixed(3)}`);
console.log('\ncode  n   recall  evidence  modelOnly  name');
for (const r of fr) console.log(`${r.code}  ${r.n}  ${pct(r.hit, r.n).padStart(6)}  ${pct(r.ev, r.n).padStart(6)}  ${String(r.modelOnly).padStart(4)}     ${r.name}`);
console.log('\ncode  n   casesFlagged  claimsFlagged  name');
for (const r of co) console.log(`${r.code}  ${r.n}  ${pct(r.hit, r.n).padStart(6)}  ${(r.claimsFlagged + '/' + r.claims).padStart(8)}  ${r.name}`);
fs.writeFileSync(path.join(outdir, 'misses.txt'), misses.join('\n') + '\n');
