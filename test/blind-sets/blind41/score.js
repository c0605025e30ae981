'use strict';
// usage: node score.js <outdir>  (reads labels.json next to this script and <outdir>/verdicts.ndjson; last line per claimId is final)
const fs = require('fs'); const path = require('path');
const out = path.resolve(process.argv[2] || '.');
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const V = {};
for (const ln of fs.readFileSync(path.join(out, 'verdicts.ndjson'), 'utf8').split('\n')) { if (!ln.trim()) continue; const v = JSON.parse(ln); V[v.claimId] = v; }
const flagged = (v) => v && (v.decision === 'review' || v.decision === 'reject');
const ruleHits = (v) => (v && v.hits ? v.hits.filter((h) => !String(h.ruleId).startsWith('model')) : []);
let invalid = 0, missing = 0; for (const l of labels) for (const id of l.claimIds) { if (!V[id]) missing++; else if (V[id].decision === 'invalid') invalid++; }
function auc(pos, neg) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return pos.length && neg.length ? s / (pos.length * neg.length) : NaN; }
const caseScore = (l) => Math.max(...l.targets.map((id) => (V[id] ? V[id].riskScore || 0 : 0)));
const groups = {}; for (const l of labels) (groups[l.code] = groups[l.code] || []).push(l);
const pct = (a, b) => (b ? (100 * a / b).toFixed(0) + '%' : '-');
const misses = []; const rows = [];
const F = { n: 0, rec: 0, ev: 0, mo: 0 }, Cc = { n: 0, fl: 0, cl: 0, clf: 0 }, R = { n: 0, fl: 0 };
for (const code of Object.keys(groups).sort()) {
  const ls = groups[code]; const kind = ls[0].kind;
  if (kind === 'fraud') {
    let rec = 0, ev = 0, mo = 0;
    for (const l of ls) {
      const caught = l.targets.some((id) => flagged(V[id]));
      let right = false;
      for (const id of l.targets) { const hs = ruleHits(V[id]); const ml = (l.mutatedLines || {})[id]; const anyMut = Object.values(l.mutatedLines || {}).some((a) => a.length);
        if (anyMut) { if (ml && hs.some((h) => (h.lineIds || []).some((x) => ml.includes(String(x))))) right = true; } else if (hs.length) right = true; }
      const modelOnly = caught && !l.targets.some((id) => flagged(V[id]) && ruleHits(V[id]).some((h) => h.severity !== 'info'));
      rec += caught; ev += right; mo += modelOnly;
      if (!caught) misses.push(`MISS ${l.caseId} ${l.name} :: ` + l.targets.map((id) => `${id} ${V[id] ? V[id].decision : '?'} ${V[id] ? (V[id].riskScore || 0).toFixed(2) : ''} [${(V[id] && V[id].hits || []).map((h) => h.ruleId + '/' + h.severity).join(', ')}]`).join(' | '));
    }
    F.n += ls.length; F.rec += rec; F.ev += ev; F.mo += mo;
    rows.push(`${code}\tfraud\t${ls.length}\trecall ${pct(rec, ls.length)}\tright-evidence ${pct(ev, ls.length)}\tmodel-only ${pct(mo, rec)}\t${ls[0].name}`);
  } else if (kind === 'control') {
    let fl = 0, cl = 0, clf = 0;
    for (const l of ls) { const f = l.claimIds.some((id) => flagged(V[id])); fl += f; cl += l.claimIds.length; clf += l.claimIds.filter((id) => flagged(V[id])).length;
      if (f) misses.push(`FLAG ${l.caseId} ${l.name} :: ` + l.claimIds.filter((id) => flagged(V[id])).map((id) => `${id} ${V[id].decision} ${(V[id].riskScore || 0).toFixed(2)} [${(V[id].hits || []).map((h) => h.ruleId + '/' + h.severity + (h.lineIds && h.lineIds.length ? ':' + h.lineIds.join(',') : '')).join(', ')}]`).join(' | ')); }
    Cc.n += ls.length; Cc.fl += fl; Cc.cl += cl; Cc.clf += clf;
    rows.push(`${code}\tcontrol\t${ls.length}\tcases flagged ${pct(fl, ls.length)}\tclaims flagged ${clf}/${cl}\t\t${ls[0].name}`);
  } else { for (const l of ls) { R.n += l.claimIds.length; R.fl += l.claimIds.filter((id) => flagged(V[id])).length; } }
}
const fr = labels.filter((l) => l.kind === 'fraud'), co = labels.filter((l) => l.kind === 'control');
const A = auc(fr.map(caseScore), co.map((l) => Math.max(...l.claimIds.map((id) => (V[id] ? V[id].riskScore || 0 : 0)))));
const lines = [];
lines.push(`claims: ${Object.keys(V).length} verdicts, ${invalid} invalid, ${missing} missing`);
lines.push(`FRAUD  cases ${F.n}: recall ${pct(F.rec, F.n)} (${F.rec}), right evidence ${pct(F.ev, F.n)} (${F.ev}), model-only ${pct(F.mo, F.rec)} of caught (${F.mo})`);
lines.push(`CONTROL cases ${Cc.n}: flagged ${pct(Cc.fl, Cc.n)} (${Cc.fl}); control claims flagged ${Cc.clf}/${Cc.cl} (${pct(Cc.clf, Cc.cl)})`);
lines.push(`ROUTINE claims ${R.n}: flagged ${R.fl} (${pct(R.fl, R.n)})`);
lines.push(`AUC riskScore fraud vs control (case = max over target claims): ${A.toFixed(3)}`);
lines.push(''); lines.push(...rows);
console.log(lines.join('\n'));
fs.writeFileSync(path.join(out, 'misses.txt'), misses.join('\n') + '\n');
fs.writeFileSync(path.join(out, 'score.txt'), lines.join('\n') + '\n');
