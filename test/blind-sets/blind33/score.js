'use strict';
// usage: node score.js <outdir>
const fs = require('fs'); const path = require('path');
const out = process.argv[2]; if (!out) { console.error('usage: node score.js <outdir>'); process.exit(2); }
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const V = {};
for (const l of fs.readFileSync(path.join(out, 'verdicts.ndjson'), 'utf8').split('\n')) if (l.trim()) { const v = JSON.parse(l); V[v.claimId] = v; }
const flagged = (v) => v && (v.decision === 'review' || v.decision === 'reject');
const ruleHits = (v) => (v && v.hits ? v.hits.filter((h) => !String(h.ruleId).startsWith('model')) : []);
let invalid = 0; for (const k in V) if (V[k].decision === 'invalid') invalid++;
function auc(pos, neg) { let s = 0; for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0; return pos.length && neg.length ? s / (pos.length * neg.length) : NaN; }
const groups = {}; const misses = [];
for (const c of labels) {
  const g = groups[c.code] || (groups[c.code] = { code: c.code, name: c.name, kind: c.kind, n: 0, caught: 0, evid: 0, modelOnly: 0, claims: 0, claimsFlagged: 0, scores: [] });
  g.n++;
  const tv = c.targets.map((id) => V[id]);
  const score = Math.max(...tv.map((v) => (v ? v.riskScore || 0 : 0)));
  g.scores.push(score);
  if (c.kind === 'fraud') {
    const caught = tv.some(flagged);
    const muts = c.mutatedLines || {}; const anyMut = Object.values(muts).some((a) => a.length);
    const evid = c.targets.some((id) => { const hs = ruleHits(V[id]); if (!anyMut) return hs.length > 0; const m = new Set(muts[id] || []); return hs.some((h) => (h.lineIds || []).some((x) => m.has(String(x)))); });
    const anyRule = c.targets.some((id) => ruleHits(V[id]).length > 0 && flagged(V[id]));
    if (caught) g.caught++; if (evid) g.evid++; if (caught && !anyRule) g.modelOnly++;
    if (!caught) misses.push({ c, tag: 'MISSED' });
  } else {
    const fl = c.claimIds.some((id) => flagged(V[id]));
    if (fl) { g.caught++; misses.push({ c, tag: 'FLAGGED' }); }
    g.claims += c.claimIds.length; g.claimsFlagged += c.claimIds.filter((id) => flagged(V[id])).length;
  }
}
const pct = (a, b) => (b ? (100 * a / b).toFixed(0) + '%' : '-');
const all = Object.values(groups);
const F = all.filter((g) => g.kind === 'fraud'), Cn = all.filter((g) => g.kind === 'control'), R = all.filter((g) => g.kind === 'routine');
const sum = (arr, k) => arr.reduce((s, g) => s + g[k], 0);
const fs_ = F.flatMap((g) => g.scores), cs_ = Cn.flatMap((g) => g.scores);
console.log(`claims reviewed ${Object.keys(V).length}, invalid ${invalid}`);
console.log(`OVERALL fraud recall ${pct(sum(F, 'caught'), sum(F, 'n'))} (${sum(F, 'caught')}/${sum(F, 'n')}), right evidence ${pct(sum(F, 'evid'), sum(F, 'n'))}, model-only ${pct(sum(F, 'modelOnly'), sum(F, 'caught'))} of caught`);
console.log(`controls: cases flagged ${pct(sum(Cn, 'caught'), sum(Cn, 'n'))} (${sum(Cn, 'caught')}/${sum(Cn, 'n')}), claims flagged ${pct(sum(Cn, 'claimsFlagged'), sum(Cn, 'claims'))} (${sum(Cn, 'claimsFlagged')}/${sum(Cn, 'claims')})`);
console.log(`routine claims flagged ${pct(sum(R, 'claimsFlagged'), sum(R, 'claims'))} (${sum(R, 'claimsFlagged')}/${sum(R, 'claims')})`);
console.log(`AUC riskScore fraud vs control ${auc(fs_, cs_).toFixed(3)}`);
console.log('\ncode  n  recall evidence modelOnly  AUCvsCtl  name');
for (const g of F) console.log(`${g.code}  ${g.n}  ${pct(g.caught, g.n).padStart(5)}  ${pct(g.evid, g.n).padStart(6)}  ${pct(g.modelOnly, g.caught).padStart(6)}    ${auc(g.scores, cs_).toFixed(2)}   ${g.name}`);
console.log('\ncode  n  casesFlagged claimsFlagged  name');
for (const g of Cn) console.log(`${g.code}  ${g.n}  ${pct(g.caught, g.n).padStart(6)}  ${(g.claimsFlagged + '/' + g.claims).padStart(8)}   ${g.name}`);
const lines = [];
for (const m of misses) {
  lines.push(`${m.tag} ${m.c.caseId} ${m.c.name}`);
  for (const id of m.c.claimIds) { const v = V[id]; lines.push(`  ${id} ${v ? v.decision : '?'} risk=${v ? v.riskScore : '?'} ` + (v && v.hits ? v.hits.map((h) => `${h.ruleId}[${h.severity}](${(h.lineIds || []).join(',')})`).join(' ') : '')); }
}
fs.writeFileSync(path.join(out, 'misses.txt'), lines.join('\n') + '\n');
