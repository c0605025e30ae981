'use strict';
// usage: node peek.js <caseId> <outdir> [--items]
const fs = require('fs'); const path = require('path');
const [id, outdir, flag] = process.argv.slice(2);
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const l = labels.find((x) => x.caseId === id); if (!l) { console.error('no case ' + id); process.exit(1); }
const C = {}; for (const ln of fs.readFileSync(path.join(__dirname, 'claims.ndjson'), 'utf8').split('\n')) if (ln.trim()) { const c = JSON.parse(ln); if (l.claimIds.includes(c.claimId)) C[c.claimId] = c; }
const V = {}; if (outdir) for (const ln of fs.readFileSync(path.join(outdir, 'verdicts.ndjson'), 'utf8').split('\n')) if (ln.trim()) { const v = JSON.parse(ln); if (l.claimIds.includes(v.claimId)) V[v.claimId] = v; }
console.log(`${l.caseId} ${l.kind} ${l.name}`);
for (const cid of l.claimIds) {
  const c = C[cid]; const v = V[cid];
  console.log(`\n${cid} ${c.visitType} ${c.provider.hospitalId} L${c.provider.level} ${c.provider.department} ${c.admissionDate ? c.admissionDate + '→' + c.dischargeDate : c.visitDate} ${c.patient.gender} b.${c.patient.birthDate} ${c.insuranceType} dx ${c.diagnoses.map((d) => d.code).join(',')} proc ${c.procedures.map((p) => p.code).join(',')} drg ${c.reportedGroup ? c.reportedGroup.drg : '-'} total ${c.amounts.total} fund ${c.amounts.fundClaimed}${l.targets.includes(cid) ? ' [TARGET]' : ''} mutated ${(l.mutatedLines[cid] || []).join(',')}`);
  if (v) { console.log(`  => ${v.decision} risk ${v.riskScore} group ${v.grouping ? v.grouping.drg : '-'}`); for (const h of v.hits || []) console.log(`   - ${h.ruleId} [${h.severity}] lines ${(h.lineIds || []).join(',')} ${h.amount || ''} ${h.message}`); }
  if (flag === '--items') for (const it of c.items) console.log(`    ${it.lineId}\t${it.date}\t${it.name}\t${it.quantity} x ${it.unitPrice} = ${it.amount}${it.longPrescription ? ' LP' : ''}`);
}
