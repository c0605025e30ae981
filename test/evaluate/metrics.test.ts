import type { EvalCase } from '../../src/evaluate/case';
import { controlFigures, hasRightEvidence, isModelOnly, typologyFigures } from '../../src/evaluate/metrics';
import type { Hit, Verdict } from '../../src/contract/verdict';

const hit = (h: Partial<Hit>): Hit => ({ ruleId: 'catalogue.x', family: 'catalogue', severity: 'warn', message: '', lineIds: [], amount: null, ...h });
const verdict = (decision: Verdict['decision'], hits: Hit[]): Verdict => ({
  claimId: 'T', decision, riskScore: 0.5, hits, grouping: null, rulesetVersion: 'r', modelVersion: 'm', reviewedAt: '2025-01-01T00:00:00Z',
});
const kase = (lineIds: string[], related: string[] = []): EvalCase => ({ id: 'x#1', typology: 'x', kind: 'typology', claims: [], target: 'T', lineIds, related, note: '' });
const anomaly = hit({ ruleId: 'anomaly.autoencoder', family: 'anomaly', lineIds: ['7'] });

describe('evaluation metrics on hand-made verdicts', () => {
  it('counts right evidence only for a rule hit naming a mutated line', () => {
    const c = kase(['7']);
    expect(hasRightEvidence(c, verdict('review', [hit({ lineIds: ['7'] })]), { evidence: 'lines' })).toBe(true);
    expect(hasRightEvidence(c, verdict('review', [hit({ lineIds: ['3'] })]), { evidence: 'lines' })).toBe(false);
    // The model naming the line is not rule evidence; nor is an info hit, which sends nothing to review.
    expect(hasRightEvidence(c, verdict('review', [anomaly]), { evidence: 'lines' })).toBe(false);
    expect(hasRightEvidence(c, verdict('pass', [hit({ lineIds: ['7'], severity: 'info' })]), { evidence: 'lines' })).toBe(false);
  });

  it('accepts a pair hit naming the other claim, and a claim-level hit of the expected family', () => {
    const pair = kase([], ['C-1']);
    expect(hasRightEvidence(pair, verdict('review', [hit({ family: 'history', message: '15天内再入院，前次 C-1' })]), { evidence: 'pair' })).toBe(true);
    expect(hasRightEvidence(pair, verdict('review', [hit({ family: 'history', evidence: { other: 'C-1' } })]), { evidence: 'pair' })).toBe(true);
    expect(hasRightEvidence(pair, verdict('review', [hit({ family: 'history', message: '别的' })]), { evidence: 'pair' })).toBe(false);
    const claim = kase([]);
    expect(hasRightEvidence(claim, verdict('reject', [hit({ family: 'grouping', severity: 'block' })]), { evidence: 'claim', families: ['grouping'] })).toBe(true);
    expect(hasRightEvidence(claim, verdict('review', [hit({ family: 'catalogue' })]), { evidence: 'claim', families: ['grouping'] })).toBe(false);
    expect(hasRightEvidence(claim, verdict('review', [anomaly]), { evidence: 'claim' })).toBe(false);
  });

  it('computes recall, right evidence and the model-only share of the flagged', () => {
    const c = kase(['7']);
    const f = typologyFigures(
      'x',
      [
        { c, v: verdict('review', [hit({ lineIds: ['7'] })]) }, // caught, right evidence
        { c, v: verdict('review', [anomaly]) }, // caught by the model only
        { c, v: verdict('reject', [hit({ lineIds: ['1'], severity: 'block' }), anomaly]) }, // caught, wrong lines
        { c, v: verdict('pass', []) },
        { c, v: verdict('invalid', []) },
      ],
      { evidence: 'lines' },
    );
    expect(f).toMatchObject({ cases: 5, flagged: 3, rightEvidence: 1, modelOnly: 1, invalid: 1 });
    expect(f.recall).toBeCloseTo(0.6);
    expect(f.rightEvidenceRate).toBeCloseTo(0.2);
    expect(f.modelOnlyShare).toBeCloseTo(1 / 3);
    expect(isModelOnly(verdict('review', [anomaly, hit({ severity: 'info' })]))).toBe(true);
  });

  it('computes the controls’ false-flag rate', () => {
    const f = controlFigures('k', [verdict('pass', []), verdict('review', [anomaly]), verdict('pass', []), verdict('reject', [hit({ severity: 'block' })])]);
    expect(f).toMatchObject({ cases: 4, flagged: 2, modelOnly: 1 });
    expect(f.falseFlagRate).toBeCloseTo(0.5);
  });
});
