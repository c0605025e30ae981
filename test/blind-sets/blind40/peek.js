#!/usr/bin/env node
// peek.js <caseId> <outdir> [--items]: a case's claims with verdicts (hits, messages, lineIds), optionally lines
'use strict';
const fs = require('fs');
const path = require('path');
const [caseId, outdir] = process.argv.slice(2);
const items = process.argv.includes('--items');
const L = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8')).find((x) => x.caseId === caseId);
if (!L) { console.error('no case ' + caseId); process.exit(2); }
const C = {}; for (const l of fs.readFileSync(path.join(__dirname, 'claims.ndjson'), 'utf8').split('\n')) if (l.trim()) { const c = JSON.parse(l); if (L.claimIds.includes(c.claimId)) C[c.claimId] = c; }
const V = {}; if (outdir) for (const l of fs.readFileSync(path.join(outdir, 'verdicts.ndjson'), 'utf8').split('\n')) if (l.trim()) { const v = JSON.parse(l); if (L.claimIds.includes(v.claimId)) V[v.claimId] = v; }
console.log(`${L.caseId} ${L.kind} ${L.code} ${L.name}`);
for (const id of L.claimIds) {
  const c = C[id], v = V[id];
  console.log(`\n${id} ${c.visitType} ${c.admissionDate ? c.admissionDate + '..' + c.dischargeDate : c.visitDate} L${c.provider.level} ${c.provider.department} ${c.insuredRegion ? 'insuredRegion=' + c.insuredRegion : ''} dx=${c.diagnoses.map((d) => d.code).join(',')} px=${c.procedures.map((p) => p.code).join(',')} drg=${c.reportedGroup ? c.reportedGroup.drg : ''} total=${c.amounts.total} fund=${c.amounts.fundClaimed}${L.targets.includes(id) ? ' TARGET' : ''} mutated=${(L.mutatedLines[id] || []).join(',')}`);
  if (v) { console.log(`  => ${v.decision} risk=${v.riskScore} group=${v.grouping ? v.grouping.drg : ''}`); for (const h of v.hits || []) console.log(`   - ${h.ruleId} [${h.severity}] lines=${(h.lineIds || []).join(',')} ${h.amount != null ? '¥' + h.amount : ''} ${h.message}`); }
  if (items) for (const it of c.items) console.log(`    ${it.lineId.padStart(3)} ${it.date} ${it.name} ${it.quantity} x ${it.unitPrice} = ${it.amount}${it.longPrescription ? ' 长处方' : ''}`);
}
