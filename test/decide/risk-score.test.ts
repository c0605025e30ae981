import type { Hit } from '../../src/contract/verdict';
import { riskScore } from '../../src/decide/risk-score';

const hit = (severity: Hit['severity'], family: Hit['family'] = 'catalogue'): Hit => ({
  ruleId: `${family}.x`, family, severity, message: 'm', lineIds: [], amount: null,
});

describe('riskScore: rule findings and the model as independent evidence', () => {
  it('counts a block 0.9, a warn 0.6 and info nothing', () => {
    expect(riskScore([hit('block')], 0, false)).toBe(0.9);
    expect(riskScore([hit('warn')], 0, false)).toBe(0.6);
    expect(riskScore([hit('info')], 0, false)).toBe(0);
    expect(riskScore([hit('warn'), hit('warn')], 0, false)).toBe(0.84);
  });

  it('counts the model in full when it named a fraud-direction deviation, at half otherwise', () => {
    expect(riskScore([hit('warn', 'anomaly')], 0.99, true)).toBe(0.99);
    expect(riskScore([], 0.98, false)).toBe(0.49);
    expect(riskScore([hit('warn')], 0.5, false)).toBe(0.7);
  });

  it('ranks a claim with a finding above a merely unusual one, and a clean ordinary claim lowest', () => {
    const unusual = riskScore([], 0.97, false);
    const found = riskScore([hit('warn')], 0.1, false);
    const ordinary = riskScore([], 0.3, false);
    expect(found).toBeGreaterThan(unusual);
    expect(unusual).toBeGreaterThan(ordinary);
  });
});
