import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { atLevel, loadPolicies, parsePolicies, policyFor } from '../../src/benefits/policy';

const RULES = resolve(__dirname, '../../rules');

describe('policy tables (rules/benefits/policies.json)', () => {
  const policies = loadPolicies(RULES);

  it('cover the four provinces of the seeds, both schemes and every visit type', () => {
    for (const province of ['22', '23', '37', '51']) {
      const p = policyFor(policies, `${province}0100`, '2025-03-01');
      expect(p).not.toBeNull();
      for (const scheme of ['employee', 'resident'] as const) {
        for (const visit of ['inpatient', 'outpatient', 'chronic', 'pharmacy'] as const) {
          expect(p!.schemes[scheme][visit]!.annualFundCap).toBeGreaterThan(0);
        }
      }
    }
  });

  it('keep the seed figures: employee deductible ≤ 10% of the wage, ratio about 75%, level gaps, retiree years', () => {
    for (const province of ['22', '23', '37', '51']) {
      const p = policyFor(policies, `${province}0100`, '2025-03-01')!;
      const wage = p.assumedAverageWage;
      const ip = p.schemes.employee.inpatient!;
      for (const level of [1, 2, 3]) expect(atLevel(ip.deductible, level)).toBeLessThanOrEqual(wage * 0.1);
      expect(atLevel(ip.deductible, 1)).toBeLessThan(atLevel(ip.deductible, 3));
      expect(atLevel(ip.ratio, 1)).toBeGreaterThan(atLevel(p.schemes.resident.inpatient!.ratio, 1));
      expect(p.waitingPeriod!.fixedDays).toBe(90);
    }
    const shandong = policyFor(policies, '370100', '2025-03-01')!;
    expect([shandong.retirement!.minContributionYearsMale, shandong.retirement!.minContributionYearsFemale]).toEqual([30, 25]);
  });

  it('confirm the retirees\' minimum contribution years only where a seed gives them (Shandong, seed 003)', () => {
    const confirmed = ['22', '23', '37', '51'].filter((province) => policyFor(policies, `${province}0100`, '2025-03-01')!.retirement!.confirmed);
    expect(confirmed).toEqual(['37']);
    const json = JSON.parse(readFileSync(resolve(RULES, 'benefits/policies.json'), 'utf8'));
    delete json.provinces['51'].retirement.confirmed;
    expect(() => parsePolicies(json)).toThrow(/provinces\.51\.retirement/);
  });

  it('give every province the national earliest retirement ages (国发〔1978〕104号: 男50、女45), below the ordinary ones', () => {
    for (const province of ['22', '23', '37', '51']) {
      const r = policyFor(policies, `${province}0100`, '2025-03-01')!.retirement!;
      expect([r.earliestAgeMale, r.earliestAgeFemale]).toEqual([50, 45]);
      expect(r.earliestAgeMale).toBeLessThan(r.ageMale);
      expect(r.earliestAgeFemale).toBeLessThan(r.ageFemale);
    }
  });

  it('apply a regional override over the province', () => {
    expect(policyFor(policies, '510100', '2025-03-01')!.schemes.resident.outpatient!.annualFundCap).toBe(500);
    expect(policyFor(policies, '510700', '2025-03-01')!.schemes.resident.outpatient!.annualFundCap).toBe(400);
    expect(policyFor(policies, '510100', '2025-03-01')!.schemes.resident.outpatient!.ratio).toEqual(policyFor(policies, '510700', '2025-03-01')!.schemes.resident.outpatient!.ratio);
  });

  it('a province without a policy gives none (no benefit facts, no benefit hits)', () => {
    expect(policyFor(policies, '110100', '2025-03-01')).toBeNull();
  });

  describe('figures, dated like every entry', () => {
    /** The shipped table with Jilin's figures confirmed from 2026 on (its own published ones from that date). */
    const twoPeriods = (later: Record<string, unknown>) => {
      const json = JSON.parse(readFileSync(resolve(RULES, 'benefits/policies.json'), 'utf8'));
      const shipped = json.provinces['22'].figures;
      json.provinces['22'].figures = [{ ...shipped, effectiveTo: '2025-12-31' }, { ...shipped, confirmed: true, ...later }];
      return json;
    };

    it('judge a claim by the figures in force on its service date', () => {
      const dated = parsePolicies(twoPeriods({ effectiveFrom: '2026-01-01', ceilingRatio: 0.9 }));
      expect(policyFor(dated, '220100', '2025-12-31')!.figures).toEqual({ confirmed: false, ceilingRatio: 0.95 });
      expect(policyFor(dated, '220100', '2026-01-01')!.figures).toEqual({ confirmed: true, ceilingRatio: 0.9 });
      expect(policyFor(dated, '220100', '2026-01-01')!.inForce).toContain('22.figures 2026-01-01–');
    });

    it('refuse figures that leave a date without any (a claim would be judged by neither confirmed figures nor the ceiling)', () => {
      expect(() => parsePolicies(twoPeriods({ effectiveFrom: '2026-02-01' }))).toThrow(/provinces\.22\.figures: no variant is in force on 2026-01-01/);
    });
  });
});

