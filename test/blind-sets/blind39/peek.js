'use strict';
// node peek.js <caseId> <outdir> [--items]
const fs = require('fs'); const path = require('path');
const [caseId, outdir] = process.argv.slice(2); const items = process.argv.includes('--items');
const lab = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8')).find((c) => c.caseId === caseId);
if (!lab) { console.error('no case ' + caseId); process.exit(1); }
const C = new Map(); for (const l of fs.readFileSync(path.join(__dirname, 'claims.ndjson'), 'utf8').split('\n')) if (l.trim()) { const c = JSON.parse(l); if (lab.claimIds.includes(c.claimId)) C.set(c.claimId, c); }
const V = new Map(); if (outdir && fs.existsSync(path.join(outdir, 'verdicts.ndjson'))) for (const l of fs.readFileSync(path.join(outdir, 'verdicts.ndjson'), 'utf8').split('\n')) if (l.trim()) { const v = JSON.parse(l); if (lab.claimIds.includes(v.claimId)) V.set(v.claimId, v); }
console.log(`${lab.caseId} ${lab.kind} ${lab.code} ${lab.name}`);
for (const id of lab.claimIds) {
  const c = C.get(id); const v = V.get(id); const mut = (lab.mutatedLines || {})[id] || [];
  console.log(`\n${id} ${c.visitType} ${c.provider.hospitalId} L${c.provider.level} ${c.provider.department} ${c.admissionDate ? c.admissionDate + '..' + c.dischargeDate : c.visitDate} ${c.patient.gender} ${c.patient.birthDate} dx=${c.diagnoses.map((d) => d.code).join(',')} px=${c.procedures.map((p) => p.code).join(',')} drg=${c.reportedGroup ? c.reportedGroup.drg : '-'} total=${c.amounts.total} fund=${c.amounts.fundClaimed} target=${lab.targets.includes(id)} mutated=[${mut}]`);
  if (v) { console.log(`  verdict ${v.decision} risk=${v.riskScore} group=${v.grouping ? v.grouping.drg : '-'}`); for (const h of v.hits || []) console.log(`   - ${h.ruleId} ${h.severity} [${(h.lineIds || []).join(',')}] ${h.amount != null ? h.amount : ''} ${h.message}`); }
  if (items) for (const it of c.items) console.log(`    ${mut.includes(it.lineId) ? '*' : ' '}${it.lineId} ${it.date} ${it.name} ${it.quantity}×${it.unitPrice}=${it.amount}${it.longPrescription ? ' LP' : ''}`);
}
