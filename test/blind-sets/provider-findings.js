'use strict';
// The second table of a provider set (one whose TYPOLOGIES make each case a doctor, department, institution or
// pharmacy): which cases the provider patterns name. A finding names a case when it is the case's institution (or one
// of its doctors) and its evidence carries at least one of the case's claims, so a doctor's colleagues' finding at the
// same hospital does not count for him. Reads <outdir>/patterns.json (`yibao-review patterns --json`).
const fs = require('fs'); const path = require('path');

exports.providerTable = (labels, claimsById, outDir) => {
  const file = path.join(outDir, 'patterns.json');
  if (!fs.existsSync(file)) return null;
  const { run, findings } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const rows = {};
  for (const l of labels) {
    if (l.kind === 'routine') continue;
    const r = rows[l.code] || (rows[l.code] = { kind: l.kind, name: l.name, n: 0, named: 0, metrics: {} });
    r.n++;
    const ids = new Set(l.claimIds);
    const hospitals = new Set(l.claimIds.map((id) => claimsById[id] && claimsById[id].provider.hospitalId));
    const naming = findings.filter((f) => hospitals.has(f.hospitalId) && (f.evidenceClaimIds || []).some((id) => ids.has(id)));
    if (naming.length) r.named++;
    for (const f of naming) { const k = `${f.metric}/${f.providerKind === 'doctor' ? 'doctor' : 'inst'}`; r.metrics[k] = (r.metrics[k] || 0) + 1; }
  }
  const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + '%' : '-');
  const tot = (k) => Object.values(rows).filter((r) => r.kind === k).reduce((a, r) => ({ n: a.n + r.n, named: a.named + r.named }), { n: 0, named: 0 });
  const f = tot('fraud'), c = tot('control');
  const out = [`\nprovider findings (patterns ${run.from}..${run.to}: ${findings.length} findings; a case is named when a finding of its institution or doctor carries its claims)`,
    `FRAUD   cases ${f.n}  named ${f.named} ${pct(f.named, f.n)}    CONTROL cases ${c.n}  named ${c.named} ${pct(c.named, c.n)}`,
    'code  n   named  families (findings naming the case)  name'];
  const fam = (r) => Object.entries(r.metrics).map(([k, v]) => `${k} ${v}`).join(', ') || '-';
  for (const kind of ['fraud', 'control']) for (const [k, r] of Object.entries(rows)) if (r.kind === kind) out.push(`${k}  ${r.n}  ${String(r.named).padStart(5)}  ${fam(r).padEnd(36)}  ${r.name}`);
  return out.join('\n');
};
