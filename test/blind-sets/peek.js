#!/usr/bin/env node
// usage: node test/blind-sets/peek.js <set dir> <caseId> <outdir> [--items]   (run-set.sh unpacks the set's claims.ndjson)
'use strict';
const fs = require('fs'); const path = require('path');
const { setDir } = require('./set-dir');
const SET = setDir(process.argv[2]);
const [caseId, outdir] = process.argv.slice(3); const items = process.argv.includes('--items');
const L = JSON.parse(fs.readFileSync(path.join(SET, 'labels.json'), 'utf8')).find(l => l.caseId === caseId);
if (!L) { console.error('no case ' + caseId); process.exit(1); }
const C = {}; for (const line of fs.readFileSync(path.join(SET, 'claims.ndjson'), 'utf8').split('\n')) { if (line.trim()) { const c = JSON.parse(line); if (L.claimIds.includes(c.claimId)) C[c.claimId] = c; } }
const V = {}; if (outdir) for (const line of fs.readFileSync(path.join(outdir, 'verdicts.ndjson'), 'utf8').split('\n')) { if (line.trim()) { const v = JSON.parse(line); if (L.claimIds.includes(v.claimId)) V[v.claimId] = v; } }
console.log(`${L.caseId} [${L.kind}] ${L.name}`);
for (const id of L.claimIds) {
  const c = C[id]; const v = V[id];
  console.log(`\n${id} ${c.visitType} L${c.provider.level} ${c.provider.department} ${c.patient.gender} ${c.patient.birthDate} ${c.admissionDate ? c.admissionDate + '→' + c.dischargeDate : c.visitDate} dx ${(c.diagnoses || []).map(d => d.code).join(',')} px ${(c.procedures || []).map(p => p.code).join(',')} drg ${c.reportedGroup ? c.reportedGroup.drg : '-'} total ${c.amounts.total} fund ${c.amounts.fundClaimed}${L.targets.includes(id) ? ' TARGET' : ''} mutated [${(L.mutatedLines[id] || []).join(',')}]`);
  if (v) { console.log(`  => ${v.decision} risk ${v.riskScore}`); for (const h of v.hits || []) console.log(`     ${h.ruleId} ${h.severity} [${(h.lineIds || []).join(',')}] ${h.message}`); }
  if (items) for (const it of c.items) console.log(`     ${it.lineId.padStart(3)} ${it.date} ${it.name} ×${it.quantity} @${it.unitPrice} = ${it.amount}${it.longPrescription ? ' 长处方' : ''}`);
}
