'use strict';
// usage: node peek.js <caseId> <outdir> [--items]
const fs = require('fs'); const path = require('path');
const [caseId, out, flag] = process.argv.slice(2);
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const l = labels.find((x) => x.caseId === caseId); if (!l) { console.error('no case ' + caseId); process.exit(1); }
const C = {}; for (const line of fs.readFileSync(path.join(__dirname, 'claims.ndjson'), 'utf8').split('\n')) if (line.trim()) { const c = JSON.parse(line); C[c.claimId] = c; }
const V = {}; const vf = path.join(out, 'verdicts.ndjson');
if (fs.existsSync(vf)) for (const line of fs.readFileSync(vf, 'utf8').split('\n')) if (line.trim()) { const v = JSON.parse(line); V[v.claimId] = v; }
console.log(`${l.caseId} [${l.kind}] ${l.name}`);
for (const id of l.claimIds) {
  const c = C[id]; const v = V[id]; const m = (l.mutatedLines || {})[id] || [];
  console.log(`\n${id} ${c.visitType} ${c.provider.department} L${c.provider.level} ${c.admissionDate ? c.admissionDate + '→' + c.dischargeDate : c.visitDate} ${c.patient.gender} b.${c.patient.birthDate} dx=${c.diagnoses.map((d) => d.code).join(',')} px=${c.procedures.map((p) => p.code).join(',')} total=${c.amounts.total}${l.targets.includes(id) ? ' TARGET' : ''} mutated=[${m.join(',')}]`);
  if (v) { console.log(`  verdict ${v.decision} risk=${v.riskScore} grouping=${v.grouping ? v.grouping.drg : '-'}`); for (const h of v.hits || []) console.log(`   - ${h.ruleId} (${h.severity}) lines=[${(h.lineIds || []).join(',')}] ${h.message}`); if (v.errors) console.log('  errors', JSON.stringify(v.errors)); }
  if (flag === '--items') for (const it of c.items) console.log(`   ${m.includes(it.lineId) ? '*' : ' '}${it.lineId.padStart(3)} ${it.date} ${it.name} ${it.quantity}×${it.unitPrice}=${it.amount}`);
}
