#!/usr/bin/env node
// peek.js <caseId> <outdir> [--items]
'use strict';
const fs = require('fs'); const path = require('path');
const [caseId, out = 'out'] = process.argv.slice(2); const items = process.argv.includes('--items');
const L = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8')).find((x) => x.caseId === caseId);
if (!L) { console.error('no case ' + caseId); process.exit(1); }
const C = {}; for (const l of fs.readFileSync(path.join(__dirname, 'claims.ndjson'), 'utf8').split('\n')) if (l.trim()) { const c = JSON.parse(l); if (L.claimIds.includes(c.claimId)) C[c.claimId] = c; }
const V = {}; if (fs.existsSync(path.join(out, 'verdicts.ndjson'))) for (const l of fs.readFileSync(path.join(out, 'verdicts.ndjson'), 'utf8').split('\n')) if (l.trim()) { const v = JSON.parse(l); if (L.claimIds.includes(v.claimId)) V[v.claimId] = v; }
console.log(`${L.caseId} ${L.kind} ${L.code} ${L.name}`);
for (const id of L.claimIds) {
  const c = C[id], v = V[id];
  console.log(`\n${id} ${c.visitType} ${c.provider.hospitalId} L${c.provider.level} ${c.provider.department} ${c.admissionDate || c.visitDate}${c.dischargeDate ? '→' + c.dischargeDate : ''} age-birth ${c.patient.birthDate} ${c.patient.gender} dx ${c.diagnoses.map((d) => d.code).join(',')} px ${(c.procedures || []).map((p) => p.code).join(',')} drg ${c.reportedGroup ? c.reportedGroup.drg : '-'} total ${c.amounts.total} fund ${c.amounts.fundClaimed}${L.targets.includes(id) ? ' TARGET' : ''} mutated ${JSON.stringify(L.mutatedLines[id] || [])}`);
  if (v) { console.log(`  => ${v.decision} risk ${v.riskScore}`); for (const h of v.hits || []) console.log(`   - ${h.ruleId} [${h.severity}] lines ${JSON.stringify(h.lineIds || [])} ${h.amount ?? ''} ${String(h.message || '').slice(0, 220)}`); }
  if (items) for (const it of c.items) console.log(`   ${it.lineId}\t${it.date}\t${it.name}\t${it.quantity} × ${it.unitPrice} = ${it.amount}`);
}
