import type { Verdict } from '../../src/contract/verdict';
import type { AnomalyModel } from '../../src/model/model';
import { review, type ReviewContext } from '../../src/features/reviews/review';
import { parseLine } from '../../src/features/reviews/not-json';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { createMemoryStore, type Store } from '../../src/features/stores';
import { makeClaim, makeOutpatientClaim } from '../helpers/fixtures';
import { ruleDef, rulesDir } from '../helpers/rules';

function ctxWith(rules: Record<string, unknown>, model?: AnomalyModel): ReviewContext & { store: Store } {
  const m: AnomalyModel = model ?? { version: 'none', threshold: Infinity, scoreBatch: async (c) => c.map(() => ({ score: 0, hit: null })) };
  return { rules: createRulesetHolder(rulesDir(rules)), model: { current: () => m }, store: createMemoryStore() };
}

const itemRule = ruleDef({
  id: 'catalogue.dear-line',
  appliesTo: 'item',
  severity: 'warn',
  message: '{{item.name}} line {{item.lineId}} costs {{item.amount}} yuan, over {{params.limit}}',
  params: { limit: 100 },
  conditions: { all: [{ fact: 'item', path: '$.amount', operator: 'greaterThan', value: 100 }] },
});

describe('review()', () => {
  it('an empty rule set and no model pass a clean claim, with the versions named', async () => {
    const ctx = ctxWith({});
    const [v] = await review([makeClaim()], ctx, { source: 'test' });
    expect(v).toMatchObject({ decision: 'pass', hits: [], riskScore: 0, modelVersion: 'none' });
    expect(v.rulesetVersion).toBe(ctx.rules.current().version);
  });

  it('keeps input order across valid, invalid and non-JSON inputs', async () => {
    const ctx = ctxWith({});
    const inputs = [makeClaim({ claimId: 'a' }), parseLine('{oops'), makeOutpatientClaim({ claimId: 'c' }), { claimId: 'd' }];
    const verdicts = await review(inputs, ctx, { source: 'test' });
    expect(verdicts.map((v) => [v.claimId, v.decision])).toEqual([
      ['a', 'pass'],
      [null, 'invalid'],
      ['c', 'pass'],
      ['d', 'invalid'],
    ]);
    expect(await ctx.store.countInvalid()).toBe(2);
  });

  it('item rules name the line, the amount and the evidence in words', async () => {
    const ctx = ctxWith({ 'catalogue/t.rules.json': { rules: [itemRule] } });
    const claim = makeClaim();
    const dear = claim.items.filter((i) => i.amount > 100);
    expect(dear.length).toBeGreaterThan(0); // the fixture must exercise the rule
    const [v] = await review([claim], ctx, { source: 'test' });
    expect(v.decision).toBe('review');
    expect(v.hits.map((h) => h.lineIds[0])).toEqual(dear.map((i) => i.lineId));
    expect(v.hits[0].amount).toBe(dear[0].amount);
    expect(v.hits[0].message).toBe(`${dear[0].name} line ${dear[0].lineId} costs ${dear[0].amount} yuan, over 100`);
    const record = await ctx.store.getVerdict(claim.claimId);
    expect(record?.families).toEqual(['catalogue']);
    expect(record?.amountAtStakeFen).toBe(dear.reduce((s, i) => s + Math.round(i.amount * 100), 0));
    // The provider patterns' admission clusters read the member's age on admission and the principal diagnosis.
    expect(record).toMatchObject({ ageYears: 66, principalDiagnosis: 'I63.900' });
    expect((await ctx.store.getCase(claim.claimId))?.status).toBe('new');
  });

  it('a score above the model threshold sends the claim to review with the model hit', async () => {
    const model: AnomalyModel = {
      version: 'm-test',
      threshold: 0.9,
      scoreBatch: async (claims) =>
        claims.map(() => ({
          score: 0.95,
          hit: { ruleId: 'anomaly.autoencoder', family: 'anomaly', severity: 'info', message: 'unusual', lineIds: [], amount: null },
        })),
    };
    const [v] = await review([makeClaim()], ctxWith({}, model), { source: 'test' });
    expect(v).toMatchObject({ decision: 'review', riskScore: 0.95, modelVersion: 'm-test' });
    expect(v.hits.map((h) => h.family)).toEqual(['anomaly']);
  });

  it('scope limits a rule by province and by service date, not today', async () => {
    const scoped = (scope: object) => ({ 'a.rules.json': { rules: [ruleDef({ scope })] } });
    const claim = makeClaim(); // region 510100, service in 2025
    const decision = async (scope: object) => (await review([claim], ctxWith(scoped(scope)), { source: 't' }))[0].decision;
    expect(await decision({ provinces: ['51'] })).toBe('review');
    expect(await decision({ provinces: ['22'] })).toBe('pass');
    expect(await decision({ effectiveFrom: '2020-01-01', effectiveTo: '2030-12-31' })).toBe('review');
    expect(await decision({ effectiveFrom: '2026-01-01' })).toBe('pass');
    expect(await decision({ effectiveTo: '2024-12-31' })).toBe('pass');
  });

  it('judges a whole batch by the rule set it started with', async () => {
    const first = createRulesetHolder(rulesDir({})).current();
    const second = createRulesetHolder(rulesDir({ 'a.rules.json': { rules: [ruleDef({ severity: 'block' })] } })).current();
    let active = first;
    const ctx: ReviewContext = { ...ctxWith({}), rules: { current: () => active } };
    const pending = review(Array.from({ length: 200 }, (_, i) => makeClaim({ claimId: `x${i}` })), ctx, { source: 't' });
    active = second; // a reload lands while the batch is under way
    const verdicts: Verdict[] = await pending;
    expect(new Set(verdicts.map((v) => v.rulesetVersion))).toEqual(new Set([first.version]));
    expect(new Set(verdicts.map((v) => v.decision))).toEqual(new Set(['pass']));
  });
});
