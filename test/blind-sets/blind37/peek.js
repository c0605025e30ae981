#!/usr/bin/env node
// peek.js <caseId> <outdir> [--items]
'use strict';
const fs = require('fs'); const path = require('path');
const [caseId, out] = process.argv.slice(2); const items = process.argv.includes('--items');
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const c = labels.find((x) => x.caseId === caseId); if (!c) { console.error('no case ' + caseId); process.exit(2); }
const ids = new Set(c.claimIds); const CL = {}; const V = {};
for (const l of fs.readFileSync(path.join(__dirname, 'claims.ndjson'), 'utf8').split('\n')) { if (!l.trim()) continue; const x = JSON.parse(l); if (ids.has(x.claimId)) CL[x.claimId] = x; }
if (out && fs.existsSync(path.join(out, 'verdicts.ndjson'))) for (const l of fs.readFileSync(path.join(out, 'verdicts.ndjson'), 'utf8').split('\n')) { if (!l.trim()) continue; const v = JSON.parse(l); if (ids.has(v.claimId)) V[v.claimId] = v; }
console.log(`${c.caseId} [${c.kind}] ${c.name}`);
for (const id of c.claimIds) {
  const x = CL[id]; const v = V[id]; const tgt = c.targets.includes(id) ? ' TARGET' : '';
  console.log(`\n${id}${tgt} ${x.visitType} ${x.provider.hospitalId} L${x.provider.level} ${x.provider.department} ${x.patient.insuredId} ${x.patient.gender} ${x.patient.birthDate} ${x.admissionDate ? x.admissionDate + '→' + x.dischargeDate : x.visitDate} dx ${x.diagnoses.map((d) => d.code).join(',')} drg ${x.reportedGroup ? x.reportedGroup.drg : '-'} total ${x.amounts.total}`);
  if ((c.mutatedLines[id] || []).length) console.log('  mutated lines: ' + c.mutatedLines[id].join(','));
  if (v) { console.log(`  verdict ${v.decision} risk ${v.riskScore} grouping ${v.grouping ? v.grouping.drg : '-'}`); for (const h of v.hits || []) console.log(`   - ${h.ruleId} [${h.family}/${h.severity}] lines ${(h.lineIds || []).join(',')} amount ${h.amount}: ${h.message}`); }
  if (items) for (const it of x.items) console.log(`   ${it.lineId.padStart(3)} ${it.date} ${it.name} ${it.quantity} × ${it.unitPrice} = ${it.amount}${it.longPrescription ? ' [长处方]' : ''}`);
}
