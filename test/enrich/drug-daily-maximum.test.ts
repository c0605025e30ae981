import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { catalogueRows } from '../generate/helpers';

const rowsOf = () => catalogueRows() as unknown as Record<string, any>[];

// 虚记数量 of drugs: every injected antibiotic of the sample catalogue carries a daily maximum read from its label,
// and catalogue.quantity-per-day judges an inpatient day above it (rules/catalogue/drugs.json). Oral drugs carry
// none: an inpatient claim bills the take-home supply (出院带药) on the discharge day.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);

async function quantityHits(addItems: object[]) {
  const checked = validateClaim(buildExample({ addItems } as never, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return (await ruleset.evaluate(enrichClaim(checked.claim, ruleset.refs))).filter((h) => h.ruleId === 'catalogue.quantity-per-day');
}

describe('drug doses above the label maximum per day', () => {
  it('every injected antibiotic has a daily maximum no lower than its usual daily use', () => {
    const rows = rowsOf().filter((r) => r.category === 'drug' && r.subcategory === 'antibiotic' && String(r.name).includes('注射'));
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const r of rows) {
      expect({ name: r.name, max: typeof r.maxPerDay }).toEqual({ name: r.name, max: 'number' });
      expect(r.maxPerDay).toBeGreaterThanOrEqual(r.usualPerDay);
    }
  });

  it('added maxima name their label source', () => {
    for (const r of rowsOf().filter((x) => x.maxPerDaySource !== undefined)) {
      expect(String(r.maxPerDaySource)).toMatch(/说明书/);
      expect(r.maxPerDay).toBeDefined();
    }
  });

  it('eight vials of amikacin on one inpatient day are judged; the usual two are not', async () => {
    const amikacin = 'XJ01GBA506B002010120603';
    expect(await quantityHits([{ code: amikacin, day: 2, quantity: 8 }])).toHaveLength(1);
    expect(await quantityHits([{ code: amikacin, day: 2, quantity: 2 }])).toEqual([]);
  });

  it('every injected antineoplastic has a ceiling from the label dose per body surface, at least its usual daily use', () => {
    const rows = rowsOf().filter((r) => r.category === 'drug' && r.subcategory === 'antineoplastic' && String(r.name).includes('注射'));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows.filter((x) => !String(x.name).includes('亚叶酸'))) {
      // A row covers every strength of the generic: the ceiling in units is counted in the smallest one.
      expect({ name: r.name, source: String(r.maxPerDaySource) }).toEqual({ name: r.name, source: expect.stringMatching(/mg\/m².*体表面积上限.*最小规格/) });
      expect(r.maxPerDay).toBeGreaterThanOrEqual(r.usualPerDay);
    }
  });

  it('paclitaxel above 250 mg/m² × 2.4 m² in its smallest strength is judged; ten 30 mg vials (175 mg/m² × 1.7 m²) are not', async () => {
    const paclitaxel = 'XL01CDZ508B002010110238';
    expect(await quantityHits([{ code: paclitaxel, day: 1, quantity: 24 }])).toHaveLength(1);
    expect(await quantityHits([{ code: paclitaxel, day: 1, quantity: 10 }])).toEqual([]);
  });
});
