import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp-dir';

// score.js's second table for provider sets: a case is named only by a finding of its own provider that carries its
// claims; a colleague's finding at the same hospital, or another hospital's, names nobody.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { providerTable } = require('./provider-findings') as { providerTable: (l: unknown[], c: Record<string, unknown>, out: string) => string | null };

const claim = (claimId: string, hospitalId: string, doctorId: string) => ({ claimId, provider: { hospitalId, doctorId } });
const claims = Object.fromEntries([
  claim('a1', 'H1', 'D1'), claim('a2', 'H1', 'D1'), claim('col', 'H1', 'D2'), claim('b1', 'H2', 'D3'), claim('c1', 'H3', 'D4'),
].map((c) => [c.claimId, c]));
const labels = [
  { caseId: 'T01-01', kind: 'fraud', code: 'T01', name: 'doctor', claimIds: ['a1', 'a2'], targets: ['a1', 'a2'] },
  { caseId: 'T02-01', kind: 'fraud', code: 'T02', name: 'institution', claimIds: ['b1'], targets: ['b1'] },
  { caseId: 'C01-01', kind: 'control', code: 'C01', name: 'control', claimIds: ['c1'], targets: ['c1'] },
  { caseId: 'R', kind: 'routine', code: 'R', name: 'routine', claimIds: ['col'], targets: [] },
];
const finding = (hospitalId: string, doctorId: string | null, metric: string, evidenceClaimIds: string[]) =>
  ({ hospitalId, doctorId, providerKind: doctorId ? 'doctor' : 'institution', metric, evidenceClaimIds });

function table(findings: unknown[]): string | null {
  const out = tempDir('provider-findings-');
  writeFileSync(join(out, 'patterns.json'), JSON.stringify({ run: { from: '2025-01-01', to: '2025-12-31' }, findings }));
  return providerTable(labels, claims, out);
}

describe('provider findings table (test/blind-sets/provider-findings.js)', () => {
  it('is absent without patterns.json', () => {
    expect(providerTable(labels, claims, tempDir('provider-findings-'))).toBeNull();
  });
  it('names the doctor case by his own finding, with its family', () => {
    const t = table([finding('H1', 'D1', 'costly-item', ['a1', 'a2'])])!;
    expect(t).toMatch(/FRAUD {3}cases 2 {2}named 1 50\.0% {4}CONTROL cases 1 {2}named 0 0\.0%/);
    expect(t).toMatch(/T01 {2}1 {6}1 {2}costly-item\/doctor 1/);
  });
  it('does not name the case for a colleague\'s finding at the same hospital nor another hospital\'s', () => {
    const t = table([finding('H1', 'D2', 'costly-item', ['col']), finding('H2', null, 'readmission', ['a1'])])!;
    expect(t).toMatch(/FRAUD {3}cases 2 {2}named 0 0\.0%/);
  });
  it('counts a control named by a finding of its institution', () => {
    expect(table([finding('H3', null, 'low-rate', ['c1'])])).toMatch(/C01 {2}1 {6}1 {2}low-rate\/inst 1/);
  });
});
