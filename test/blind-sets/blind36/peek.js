#!/usr/bin/env node
// peek.js <caseId> <outdir> [--items]
'use strict';
const fs = require('fs'); const path = require('path');
const [caseId, out] = process.argv.slice(2); const items = process.argv.includes('--items');
if (!caseId || !out) { console.error('usage: peek.js <caseId> <outdir> [--items]'); process.exit(2); }
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const c = labels.find((x) => x.caseId === caseId); if (!c) { console.error('no case ' + caseId); process.exit(1); }
const ids = new Set(c.claimIds);
const claims = new Map(); for (const l of fs.readFileSync(path.join(__dirname, 'claims.ndjson'), 'utf8').split('\n')) { if (!l.trim()) continue; const o = JSON.parse(l); if (ids.has(o.claimId)) claims.set(o.claimId, o); }
const V = new Map(); for (const l of fs.readFileSync(path.join(out, 'verdicts.ndjson'), 'utf8').split('\n')) { if (!l.trim()) continue; const o = JSON.parse(l); if (ids.has(o.claimId)) V.set(o.claimId, o); }
console.log(`${c.caseId} ${c.kind} ${c.code} ${c.name}`);
for (const id of c.claimIds) {
  const k = claims.get(id); const v = V.get(id);
  const mut = (c.mutatedLines || {})[id] || [];
  console.log(`\n== ${id}${c.targets.includes(id) ? ' [target]' : ''} ${k.visitType} ${k.admissionDate || k.visitDate}..${k.dischargeDate || ''} L${k.provider.level} ${k.provider.department} ${k.patient.gender} ${k.patient.birthDate}`);
  console.log(`   dx ${k.diagnoses.map((d) => d.code).join(' ')} | proc ${k.procedures.map((p) => p.code).join(' ')} | reported ${k.reportedGroup ? k.reportedGroup.drg : '-'} | total ${k.amounts.total}`);
  console.log(`   mutated lines: ${mut.join(',') || '-'}`);
  if (v) { console.log(`   verdict ${v.decision} risk ${v.riskScore} grouping ${v.grouping ? v.grouping.drg : '-'}`); for (const h of v.hits || []) console.log(`     - ${h.ruleId} (${h.severity}) lines[${(h.lineIds || []).join(',')}] ${h.amount != null ? h.amount : ''} ${h.message}`); }
  if (items) for (const it of k.items) console.log(`     ${mut.includes(it.lineId) ? '*' : ' '}${it.lineId.padStart(3)} ${it.date} ${it.name} ${it.quantity} x ${it.unitPrice} = ${it.amount}`);
}
