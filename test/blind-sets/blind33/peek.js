'use strict';
// usage: node peek.js <caseId> <outdir> [--items]
const fs = require('fs'); const path = require('path');
const [caseId, out, flag] = process.argv.slice(2);
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const c = labels.find((l) => l.caseId === caseId); if (!c) { console.error('no case ' + caseId); process.exit(2); }
const ids = new Set(c.claimIds); const CL = {}; const V = {};
for (const l of fs.readFileSync(path.join(__dirname, 'claims.ndjson'), 'utf8').split('\n')) if (l.trim()) { const x = JSON.parse(l); if (ids.has(x.claimId)) CL[x.claimId] = x; }
if (out) for (const l of fs.readFileSync(path.join(out, 'verdicts.ndjson'), 'utf8').split('\n')) if (l.trim()) { const x = JSON.parse(l); if (ids.has(x.claimId)) V[x.claimId] = x; }
console.log(`${c.caseId} ${c.kind} ${c.name}`);
for (const id of c.claimIds) {
  const x = CL[id]; const v = V[id]; const mut = new Set((c.mutatedLines || {})[id] || []);
  console.log(`\n${id} ${x.visitType} ${x.provider.hospitalId} L${x.provider.level} ${x.provider.department} ${x.patient.insuredId} ${x.patient.gender} b.${x.patient.birthDate} ${x.admissionDate ? x.admissionDate + '..' + x.dischargeDate : x.visitDate} dx=${x.diagnoses.map((d) => d.code).join(',')} total=${x.amounts.total}${c.targets.includes(id) ? ' [target]' : ''}`);
  if (v) { console.log(`  verdict ${v.decision} risk=${v.riskScore} group=${v.grouping ? v.grouping.drg : ''}`); for (const h of v.hits || []) console.log(`   - ${h.ruleId} [${h.severity}] lines=${(h.lineIds || []).join(',')} ${h.message}`); }
  if (flag === '--items') for (const l of x.items) console.log(`   ${mut.has(l.lineId) ? '*' : ' '}${l.lineId.padStart(3)} ${l.date} ${l.name} ${l.quantity}×${l.unitPrice}=${l.amount}${l.longPrescription ? ' 长处方' : ''}`);
}
