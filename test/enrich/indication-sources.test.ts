import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Review 30B item 9: a code added to a row's indications is sourced in that row's own `source`, not pasted into a
// symptomSupport entry's (which sources only the symptom it reads).
type Row = { name: string; indications?: string[]; source: string; symptomSupport?: { symptoms: string[]; source: string }[] };
const rows: Row[] = JSON.parse(readFileSync(resolve(__dirname, '../../rules/knowledge/test-indications.json'), 'utf8')).rows;

describe('test-indications sources', () => {
  const listing = rows.filter((r) => (r.indications ?? []).includes('N13.6'));
  it('N13.6 (pyonephrosis) is listed by the infection screen, blood group, PCT and culture rows', () => {
    expect(listing.length).toBeGreaterThanOrEqual(4);
  });
  it.each(listing.map((r) => [r.name, r] as const))('%s names N13.6 in its own source, and in no symptomSupport source', (_name, r) => {
    expect(r.source).toContain('N13.6');
    for (const s of r.symptomSupport ?? []) expect(s.source).not.toContain('N13.6');
  });
});
