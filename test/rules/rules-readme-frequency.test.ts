import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Review 30B item 13: rules/README.md described the fistula PTA row by a guideline the row no longer cites (KDOQI
// CPG 6) and the TACE row's reasons not at all. The README's account of these rows follows the table.
const RULES = resolve(__dirname, '../../rules');
const readme = readFileSync(resolve(RULES, 'README.md'), 'utf8');
type Row = { name: string; withProcedures?: string[]; reasonCodes?: string[]; source: string };
const rows: Row[] = JSON.parse(readFileSync(resolve(RULES, 'history/billing-frequency.json'), 'utf8')).rows;
const pta = rows.find((r) => (r.withProcedures ?? []).includes('39.5000x032'))!;
const tace = rows.find((r) => r.name.includes('TACE'))!;

describe('rules/README.md on the billing-frequency rows with reasons', () => {
  it('cites for the fistula PTA row only KDOQI guidelines the row itself cites, as it names them', () => {
    const cited = [...readme.matchAll(/KDOQI[^;)]*?((?:CPG|Guideline) \d+(?:\.\d+)?)/g)].map((m) => m[1]);
    expect(cited.length).toBeGreaterThan(0);
    for (const g of cited) expect(pta.source).toContain(g);
  });
  it('names the PTA row’s declot reasons and every reason of the TACE row', () => {
    for (const c of ['39.4900x004', '99.10', ...tace.reasonCodes!]) expect(readme).toContain(c);
  });
});
