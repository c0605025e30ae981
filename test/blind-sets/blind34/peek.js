'use strict';
// peek.js <caseId> <outdir> [--items]
const fs = require('fs');
const path = require('path');
const [caseId, outdir] = process.argv.slice(2);
const items = process.argv.includes('--items');
const labels = JSON.parse(fs.readFileSync(path.join(__dirname, 'labels.json'), 'utf8'));
const c = labels.find((x) => x.caseId === caseId);
if (!c) { console.error('no case ' + caseId); process.exit(2); }
const claims = new Map();
for (const l of fs.readFileSync(path.join(__dirname, 'claims.ndjson'), 'utf8').split('\n')) if (l.trim()) { const x = JSON.parse(l); if (c.claimIds.includes(x.claimId)) claims.set(x.claimId, x); }
const V = new Map();
if (outdir && fs.existsSync(path.join(outdir, 'verdicts.ndjson'))) for (const l of fs.readFileSync(path.join(outdir, 'verdicts.ndjson'), 'utf8').split('\n')) if (l.trim()) { const v = JSON.parse(l); if (c.claimIds.includes(v.claimId)) V.set(v.claimId, v); }
console.log(`${c.caseId} [${c.kind}] ${c.code} ${c.name}`);
for (const id of c.claimIds) {
  const x = claims.get(id); const v = V.get(id);
  const mut = new Set((c.mutatedLines[id] || []).map(String));
  console.log(`\n${id} ${x.visitType} ${x.provider.department} L${x.provider.level} ${x.admissionDate || x.visitDate}${x.dischargeDate ? '→' + x.dischargeDate : ''} ${x.patient.gender} ${x.patient.birthDate} dx=${x.diagnoses.map((d) => d.code).join(',')} px=${x.procedures.map((p) => p.code).join(',')} total=${x.amounts.total} fund=${x.amounts.fundClaimed} ${c.targets.includes(id) ? 'TARGET' : ''}`);
  if (v) { console.log(`  decision ${v.decision} risk ${v.riskScore}`); for (const h of v.hits) console.log(`  - ${h.ruleId} ${h.severity} lines[${(h.lineIds || []).join(',')}] ${h.message}`); }
  if (items) for (const it of x.items) console.log(`    ${mut.has(it.lineId) ? '*' : ' '}${it.lineId} ${it.date} ${it.name} ${it.quantity}×${it.unitPrice}=${it.amount}`);
}
