import { resolve } from 'node:path';
import type { EvalCase } from '../../src/evaluate/case';
import type { EvalClaim } from '../../src/evaluate/claim-edit';
import { settleFunds } from '../../src/evaluate/settle-funds';
import { generateClaims } from '../../src/generate';
import { NO_MODEL } from '../../src/model/model';
import { judge } from '../../src/features/reviews/review';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';

const RULES = resolve(__dirname, '../../rules');

describe('settling case funds before the measured run', () => {
  const ruleset = createRulesetHolder(RULES).current();
  const clean = [...generateClaims({ count: 60, seed: 'settle-test', fraudRate: 0, rulesDir: RULES })].find((c) => c.visitType === 'inpatient' && c.amounts.fundClaimed > 0)!;
  const { injected: _label, ...claim } = clean;
  const kase = (c: EvalClaim): EvalCase => ({ id: 's#1', typology: 's', kind: 'control', claims: [c], target: c.claimId, lineIds: [], related: [], note: '' });
  const benefitHits = async (c: EvalClaim) => (await judge([c], ruleset, NO_MODEL, { source: 't', reviewedAt: '2025-06-30T00:00:00Z', history: async () => [] })).verdicts[0].hits.filter((h) => h.family === 'benefits');

  it('lowers a fund amount above the entitlement to the entitlement, and leaves a settled one alone', async () => {
    const inflated = structuredClone(claim) as unknown as EvalClaim;
    inflated.amounts.fundClaimed = inflated.amounts.policy;
    expect((await benefitHits(inflated)).length).toBeGreaterThan(0);
    expect(await settleFunds([kase(inflated)], ruleset)).toBeGreaterThan(0);
    expect(inflated.amounts.fundClaimed).toBeLessThan(inflated.amounts.policy);
    expect(await benefitHits(inflated)).toEqual([]);

    const settled = structuredClone(claim) as unknown as EvalClaim;
    expect(await settleFunds([kase(settled)], ruleset)).toBe(0);
    expect(settled.amounts.fundClaimed).toBe(claim.amounts.fundClaimed);
  });
});
