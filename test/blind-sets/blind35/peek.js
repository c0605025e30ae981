#!/usr/bin/env node
'use strict';
const fs = require('fs'); const path = require('path');
const [caseId, out] = process.argv.slice(2); const items = process.argv.includes('--items');
if (!caseId || !out) { console.error('usage: peek.js <caseId> <outdir> [--items]'); process.exit(2); }
const l = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8')).find((x) => x.caseId === caseId);
if (!l) { console.error('no case ' + caseId); process.exit(1); }
const C = new Map(); for (const line of fs.readFileSync(path.join(__dirname, 'claims.ndjson'), 'utf8').split('\n')) if (line.trim()) { const c = JSON.parse(line); if (l.claimIds.includes(c.claimId)) C.set(c.claimId, c); }
const V = new Map(); const vf = path.join(out, 'verdicts.ndjson');
if (fs.existsSync(vf)) for (const line of fs.readFileSync(vf, 'utf8').split('\n')) if (line.trim()) { const v = JSON.parse(line); if (l.claimIds.includes(v.claimId)) V.set(v.claimId, v); }
console.log(`${l.caseId} ${l.kind} ${l.code} ${l.name}`);
for (const id of l.claimIds) {
  const c = C.get(id); const v = V.get(id);
  const mut = (l.mutatedLines || {})[id] || [];
  console.log(`\n${id}${l.targets.includes(id) ? ' <target>' : ''}  ${c.visitType} ${c.provider.hospitalId} L${c.provider.level} ${c.provider.department} ${c.admissionDate ? c.admissionDate + '..' + c.dischargeDate : c.visitDate} route=${c.admissionRoute || '-'} mode=${c.dischargeMode || '-'} from=${c.transferFromHospitalId || '-'} region=${c.region} insured=${c.insuredRegion || '-'}`);
  console.log(`  patient ${c.patient.insuredId} ${c.patient.gender} ${c.patient.birthDate}${c.patient.birthWeightGrams ? ' bw=' + c.patient.birthWeightGrams : ''}; dx ${c.diagnoses.map((d) => d.code).join(' ')}; procs ${(c.procedures || []).map((p) => p.code).join(' ')}; total ${c.amounts.total}${mut.length ? '; mutated ' + mut.join(',') : ''}`);
  if (v) { console.log(`  verdict ${v.decision} risk ${v.riskScore} group ${v.grouping ? v.grouping.drg : '-'}`); for (const h of v.hits || []) console.log(`   - ${h.ruleId} [${h.severity}] L${(h.lineIds || []).join(',')} ${h.amount != null ? h.amount : ''} ${h.message}`); if (v.errors) console.log('  errors', JSON.stringify(v.errors)); }
  if (items) for (const it of c.items) console.log(`    ${mut.includes(it.lineId) ? '*' : ' '}${it.lineId} ${it.date} ${it.name} ${it.quantity}×${it.unitPrice}=${it.amount}${it.longPrescription ? ' 长处方' : ''}`);
}
