import { enrichClaim } from '../../src/enrich/enrich';
import { MIN_FLUID_DAYS } from '../../src/enrich/infusion-facts';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { RULES_DIR } from '../helpers/reviewed-file';

// 虚记输液数量: carrier-fluid bottles beyond the infusion groups of their day (a group is one bottle or bag hung).

const refs = createRulesetHolder(RULES_DIR).current().refs;
const bases = loadBaseClaims(RULES_DIR);
const fluids = (e: RuleExample) => {
  const v = validateClaim(buildExample(e, bases, refs.catalogue));
  if (!v.ok) throw new Error(JSON.stringify(v));
  return enrichClaim(v.claim, refs).facts.stay.fluidsBeyondGroups;
};
const SALINE = 'XB05BBL511B002010178601';
const CEFTRIAXONE = 'XJ01DDT504B002010162673';
const ALBUMIN = 'XB05AAR504B002010170824';
const day = (d: number, bottles: number, groups: number, extra: { code: string; quantity: number }[] = []) => [
  { code: SALINE, quantity: bottles, day: d },
  { code: CEFTRIAXONE, day: d },
  { code: '001204000010001', day: d },
  ...(groups > 1 ? [{ code: '001204000020001', quantity: groups - 1, day: d }] : []),
  ...extra.map((x) => ({ ...x, day: d })),
];
const stay = (days: number[], bottles: number, groups: number, extra: { code: string; quantity: number }[] = []): RuleExample => ({
  addItems: days.flatMap((d) => day(d, bottles, groups, extra)),
});

describe('fluidsBeyondGroups', () => {
  it('names the saline lines of days with two bottles beyond their groups, and the excess', () => {
    const f = fluids(stay([1, 2, 3], 4, 2));
    expect(MIN_FLUID_DAYS).toBe(3);
    expect(f).toMatchObject({ days: 3, bottles: 6, dates: '2025-03-05、2025-03-06、2025-03-07', amount: 15 });
    expect(f?.lineIds).toHaveLength(3);
  });

  it('is quiet within one spare bottle a day, on fewer days, or when the other bottles are a drug run on its own', () => {
    expect(fluids(stay([1, 2, 3, 4], 3, 2))).toBeNull();
    expect(fluids(stay([1, 2], 4, 2))).toBeNull();
    expect(fluids(stay([1, 2, 3, 4], 2, 2, [{ code: ALBUMIN, quantity: 2 }]))).toBeNull();
  });

  it('is not judged on a stay coding an operation, irrigation or dialysis', () => {
    expect(fluids({ ...stay([1, 2, 3], 4, 2), set: { procedures: [{ code: '96.4700' }] } })).toBeNull();
    expect(fluids({ ...stay([1, 2, 3], 4, 2), set: { procedures: [{ code: '39.9500' }] } })).toBeNull();
  });
});
