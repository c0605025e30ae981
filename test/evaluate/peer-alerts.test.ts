import type { Hit, Verdict } from '../../src/contract/verdict';
import { loadEnrichRefs } from '../../src/enrich/load-refs';
import { modelShare, peerGroupsOf } from '../../src/evaluate/peer-alerts';
import { createModelHolder } from '../../src/model/model-holder';
import { NO_MODEL } from '../../src/model/model';
import { makeClaim, makeOutpatientClaim } from '../helpers/fixtures';

// What the anomaly model adds (issue 19.5): the anomaly-only share of the flags and the alert rate per peer group.

const hit = (h: Partial<Hit>): Hit => ({ ruleId: 'catalogue.x', family: 'catalogue', severity: 'warn', message: '', lineIds: [], amount: null, ...h });
const anomaly = hit({ ruleId: 'anomaly.autoencoder', family: 'anomaly' });
const verdict = (decision: Verdict['decision'], hits: Hit[]): Verdict => ({
  claimId: 'T', decision, riskScore: 0.5, hits, grouping: null, rulesetVersion: 'r', modelVersion: 'm', reviewedAt: '2025-01-01T00:00:00Z',
});

describe('modelShare', () => {
  const verdicts = [
    verdict('review', [anomaly]), // anomaly-only
    verdict('review', [anomaly, hit({})]), // the model and a rule
    verdict('review', [hit({})]), // a rule alone
    verdict('pass', []),
    verdict('pass', [hit({ severity: 'info' })]),
    verdict('review', [anomaly, hit({ severity: 'info' })]), // anomaly-only: an info hit sends nothing to review
  ];
  const groups = ['drg:ES35|child', 'drg:ES35|child', 'drg:ES35|child', 'visit:outpatient|L1', 'visit:outpatient|L1', 'mdc:MDCE'];
  const m = modelShare(verdicts, groups, 2);

  it('counts the flags the model alone sent to review, and its alerts', () => {
    expect(m).toMatchObject({ claims: 6, flagged: 4, anomalyOnly: 2, anomalyOnlyShare: 0.5, modelAlerts: 3, modelAlertRate: 0.5 });
  });

  it('gives the alert rate per kind of peer group and for the groups that alert most', () => {
    expect(m.byKind).toEqual({
      'drg×age': { claims: 3, alerts: 2, alertRate: 2 / 3 },
      mdc: { claims: 1, alerts: 1, alertRate: 1 },
      'visit×level': { claims: 2, alerts: 0, alertRate: 0 },
    });
    // mdc:MDCE has fewer claims than the minimum and is not listed.
    expect(m.highest.map((g) => g.group)).toEqual(['drg:ES35|child', 'visit:outpatient|L1']);
  });
});

describe('peerGroupsOf', () => {
  const refs = loadEnrichRefs('rules').refs;
  it('asks the shipped model which group each claim is compared with; none without a model or for an invalid claim', () => {
    const model = createModelHolder({ modelsDir: 'models' }).current();
    const claims = [makeClaim({ claimId: 'S1' }), makeOutpatientClaim({ claimId: 'O1' }), { claimId: 'broken' }];
    const groups = peerGroupsOf(model, claims, refs);
    expect(groups[0]).toMatch(/^(drg|adrg|mdc|visit):/);
    expect(groups[1]).toMatch(/^(dx|visit):outpatient/);
    expect(groups[2]).toBe('none');
    expect(peerGroupsOf(NO_MODEL, claims, refs)).toEqual(['none', 'none', 'none']);
  });
});
