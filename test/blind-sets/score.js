#!/usr/bin/env node
// usage: node test/blind-sets/score.js <set dir> <outdir>   (reads <outdir>/verdicts.ndjson and the set's labels.json)
// The scorer of blind42 on (their own score.js were byte copies of this); the earlier sets keep theirs.
'use strict';
const fs = require('fs'); const path = require('path');
const { setDir } = require('./set-dir');
const SET = setDir(process.argv[2]);
const OUT = path.resolve(process.argv[3] || '.');
const labels = JSON.parse(fs.readFileSync(path.join(SET, 'labels.json'), 'utf8'));
const V = {};
for (const line of fs.readFileSync(path.join(OUT, 'verdicts.ndjson'), 'utf8').split('\n')) { if (!line.trim()) continue; const v = JSON.parse(line); V[v.claimId] = v; } // last line per claimId = final
const flagged = (v) => v && (v.decision === 'review' || v.decision === 'reject');
// rule hits: not the model (ruleId model* or family anomaly) and not info-only notes
const ruleHits = (v) => (v && v.hits || []).filter(h => !String(h.ruleId).startsWith('model') && h.family !== 'anomaly' && !String(h.ruleId).startsWith('anomaly') && h.severity !== 'info');
let invalid = 0; for (const id in V) if (V[id].decision === 'invalid') invalid++;
function auc(pos, neg) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return pos.length && neg.length ? s / (pos.length * neg.length) : NaN; }
const caseScore = (l) => Math.max(...l.targets.map(id => (V[id] ? V[id].riskScore : 0)));
const rows = {}; const misses = [];
const fraudS = [], ctrlS = [];
for (const l of labels) {
  const r = rows[l.code] || (rows[l.code] = { kind: l.kind, name: l.name, n: 0, hit: 0, ev: 0, modelOnly: 0, claims: 0, claimsFlagged: 0 });
  r.n++;
  if (l.kind === 'fraud') {
    const det = l.targets.some(id => flagged(V[id]));
    let ev = false;
    for (const id of l.targets) {
      const hs = ruleHits(V[id]); const ml = l.mutatedLines[id];
      if (Object.keys(l.mutatedLines).length) { if (ml && hs.some(h => (h.lineIds || []).some(x => ml.includes(String(x))))) ev = true; }
      else if (hs.length) ev = true;
    }
    const anyRule = l.targets.some(id => flagged(V[id]) && ruleHits(V[id]).length > 0);
    if (det) { r.hit++; if (!anyRule) r.modelOnly++; }
    if (ev) r.ev++;
    fraudS.push(caseScore(l));
    if (!det) misses.push(`MISS ${l.caseId} ${l.name}\n` + l.targets.map(id => `   ${id} ${V[id] ? V[id].decision + ' ' + V[id].riskScore : 'NO VERDICT'} hits: ${(V[id] && V[id].hits || []).map(h => h.ruleId + '[' + (h.lineIds || []).join(',') + ']').join('; ')}`).join('\n'));
  } else {
    const fl = l.claimIds.filter(id => flagged(V[id]));
    if (fl.length) r.hit++;
    r.claims += l.claimIds.length; r.claimsFlagged += fl.length;
    if (l.kind === 'control') ctrlS.push(caseScore(l));
    if (fl.length && l.kind === 'control') misses.push(`FLAGGED ${l.caseId} ${l.name}\n` + fl.map(id => `   ${id} ${V[id].decision} ${V[id].riskScore} hits: ${(V[id].hits || []).map(h => h.ruleId + '/' + h.severity + '[' + (h.lineIds || []).join(',') + '] ' + String(h.message || '').slice(0, 140)).join(' | ')}`).join('\n'));
  }
}
const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + '%' : '-');
const tot = (k) => Object.values(rows).filter(r => r.kind === k).reduce((a, r) => ({ n: a.n + r.n, hit: a.hit + r.hit, ev: a.ev + r.ev, mo: a.mo + r.modelOnly, c: a.c + r.claims, cf: a.cf + r.claimsFlagged }), { n: 0, hit: 0, ev: 0, mo: 0, c: 0, cf: 0 });
const f = tot('fraud'), c = tot('control'), rt = tot('routine');
console.log(`verdicts ${Object.keys(V).length}, invalid ${invalid}`);
console.log(`FRAUD   cases ${f.n}  recall ${pct(f.hit, f.n)}  right-evidence ${pct(f.ev, f.n)}  model-only share of detected ${pct(f.mo, f.hit)}`);
console.log(`CONTROL cases ${c.n}  cases flagged ${pct(c.hit, c.n)}  claims flagged ${c.cf}/${c.c} ${pct(c.cf, c.c)}`);
console.log(`ROUTINE claims flagged ${rt.cf}/${rt.c} ${pct(rt.cf, rt.c)}`);
console.log(`AUC riskScore fraud vs control (case max over targets) ${auc(fraudS, ctrlS).toFixed(3)}`);
console.log('\ncode  n   recall  evidence modelOnly  name');
for (const [k, r] of Object.entries(rows)) if (r.kind === 'fraud') console.log(`${k}  ${r.n}  ${pct(r.hit, r.n).padStart(6)}  ${pct(r.ev, r.n).padStart(6)}  ${pct(r.modelOnly, r.hit).padStart(6)}   ${r.name}`);
console.log('\ncode  n   casesFlagged  claimsFlagged  name');
for (const [k, r] of Object.entries(rows)) if (r.kind === 'control') console.log(`${k}  ${r.n}  ${pct(r.hit, r.n).padStart(6)}  ${(r.claimsFlagged + '/' + r.claims).padStart(7)} ${pct(r.claimsFlagged, r.claims).padStart(6)}   ${r.name}`);
fs.writeFileSync(path.join(OUT, 'misses.txt'), misses.join('\n') + '\n');
// A provider set's second table, from the patterns run-set.sh wrote beside the verdicts (patterns.period in the set).
if (fs.existsSync(path.join(OUT, 'patterns.json'))) {
  const zlib = require('zlib'); const claimsById = {};
  for (const line of zlib.gunzipSync(fs.readFileSync(path.join(SET, 'claims.ndjson.gz'))).toString('utf8').split('\n')) { if (line.trim()) { const c = JSON.parse(line); claimsById[c.claimId] = c; } }
  console.log(require('./provider-findings').providerTable(labels, claimsById, OUT));
}
