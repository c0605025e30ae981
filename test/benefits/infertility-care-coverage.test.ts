import { resolve } from 'node:path';
import type { Claim } from '../../src/contract/claim';
import { daysBetween } from '../../src/contract/dates';
import { enrichClaim } from '../../src/enrich/enrich';
import { attachMemberFacts, judge } from '../../src/features/reviews/review';
import type { AnomalyModel } from '../../src/model/model';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// Infertility care is judged by the insured province's date of taking it in (policies.json infertilityCare):
// before it, the national exclusion (劳社部发〔1999〕22号); from it, the ordinary rules.

const RULES = resolve(__dirname, '../../rules');
const bases = loadBaseClaims(RULES);
const ruleset = createRulesetHolder(RULES).current();
const NO_MODEL: AnomalyModel = { version: 'none', threshold: Infinity, scoreBatch: async (c) => c.map(() => ({ score: 0, hit: null })) };

/** The base outpatient visit (2025-03-15, Chengdu) moved to `date`, coded `diagnoses`, the fund paying 10 yuan. */
function visitOn(date: string, diagnoses: { code: string; principal?: boolean }[], set: Record<string, unknown> = {}): Claim {
  const e: RuleExample = {
    base: 'outpatient',
    shiftDays: daysBetween('2025-03-15', date),
    set: { 'provider.department': 'gynecology', diagnoses, ...set },
    setAfter: { 'amounts.fundClaimed': 10 },
  };
  const checked = validateClaim(buildExample(e, bases, ruleset.refs.catalogue, ruleset.refs.policies));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.claim;
}

async function excluded(claim: Claim) {
  const enriched = enrichClaim(claim, ruleset.refs);
  await attachMemberFacts([enriched], ruleset, { history: async () => [] });
  return enriched.facts.benefits?.infertilityCareExcluded ?? null;
}

async function ruleIds(claim: Claim) {
  const judged = await judge([claim], ruleset, NO_MODEL, { source: 't', reviewedAt: '2026-12-01T00:00:00Z', history: async () => [] });
  return judged.verdicts[0].hits.map((h) => h.ruleId);
}

const infertility = [{ code: 'N97.000', principal: true }];

describe('infertility care by the insured province and date', () => {
  it('flags an infertility visit the day before Sichuan took infertility care in (2024-09-01)', async () => {
    const claim = visitOn('2024-08-31', infertility);
    expect(await excluded(claim)).toMatchObject({ diagnosis: 'N97.000' });
    expect(await ruleIds(claim)).toContain('benefits.infertility-care-excluded');
  });

  it('gives the investigator its basis (依据) in Chinese, in every province', async () => {
    for (const region of ['510100', '370100', '220100', '230100']) {
      const shown = (await excluded(visitOn('2023-08-31', infertility, { insuredRegion: region })))?.source;
      expect(shown).toContain('劳社部发〔1999〕22号');
      expect(shown).not.toMatch(/[A-Za-z]/);
    }
  });

  it('leaves the same visit on the province date itself to the ordinary rules', async () => {
    const claim = visitOn('2024-09-01', infertility);
    expect(await excluded(claim)).toBeNull();
    expect(await ruleIds(claim)).not.toContain('benefits.infertility-care-excluded');
  });

  it('judges by the insured province: a Shandong member (covered from 2024-06-01) treated in Chengdu on 2024-08-31', async () => {
    expect(await excluded(visitOn('2024-08-31', infertility, { insuredRegion: '370100' }))).toBeNull();
  });

  it('does not judge tubal disease coded as principal beside the infertility', async () => {
    expect(await excluded(visitOn('2024-08-31', [{ code: 'N70.100', principal: true }, { code: 'N97.100' }]))).toBeNull();
  });
});
