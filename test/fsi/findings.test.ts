import type { Verdict } from '../../src/contract/verdict';
import { toFindings, type EncounterContext } from '../../src/ingest/fsi/findings';
import { makeHit } from '../helpers/fixtures';

// 违规程度 (sev_deg) of each finding: a rule's follows its severity; the model's alone is 可疑 (3, 提醒) even
// though it sends the claim to review (severity warn).

const enc: EncounterContext = {
  claimId: 'C1', mdtrtId: 'M1', patnId: 'P1', fixmedinsCode: 'H1', hospitalId: 'H1', doctorId: null,
  trigScen: '8', stage: 'review', taskId: null, issuedAt: '2025-03-01T00:00:00Z',
};

const sampleMeta = { stages: ['事中'], resultType: '可疑', period: '当次就诊', basis: ['《示例》第一条'] };
const ruleOf = (id: string) => ({ name: id, meta: id.startsWith('anomaly.') ? null : sampleMeta });

describe('3101 findings: sev_deg', () => {
  it('gives a model finding sev_deg 3 and a rule finding its severity\'s degree', () => {
    const verdict = {
      claimId: 'C1',
      decision: 'review',
      hits: [
        makeHit({ ruleId: 'anomaly.autoencoder', family: 'anomaly', severity: 'warn', lineIds: [], amount: null }),
        makeHit({ ruleId: 'catalogue.test-not-indicated', severity: 'warn' }),
        makeHit({ ruleId: 'catalogue.gender-restricted', severity: 'block' }),
      ],
    } as unknown as Verdict;
    const byRule = Object.fromEntries(toFindings(verdict, enc, ruleOf).map((f) => [f.ruleId, f.sevDeg]));
    expect(byRule).toEqual({ 'anomaly.autoencoder': '3', 'catalogue.test-not-indicated': '2', 'catalogue.gender-restricted': '1' });
  });

  it('carries the rule-library metadata beside the evidence; the model is 可疑 with no basis', () => {
    const verdict = {
      claimId: 'C1',
      decision: 'review',
      hits: [makeHit({ ruleId: 'anomaly.autoencoder', family: 'anomaly', severity: 'warn', lineIds: [], amount: null, evidence: {} }), makeHit({ ruleId: 'catalogue.x', severity: 'warn', evidence: { limit: 1 } })],
    } as unknown as Verdict;
    const [model, rule] = toFindings(verdict, enc, ruleOf);
    expect(model.evidence).toEqual({ 结果类型: '可疑' });
    expect(rule.evidence).toEqual({ limit: 1, 结果类型: '可疑', 监管环节: '事中', 时间区间: '当次就诊', 政策依据: '《示例》第一条' });
  });
});
