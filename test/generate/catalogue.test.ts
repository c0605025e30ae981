import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueRows, RULES } from './helpers';

describe('sample catalogue (rules/catalogue)', () => {
  const rows = catalogueRows();

  it('has at least 300 entries with unique codes and names', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });

  it('says the codes are illustrative', () => {
    for (const f of ['drugs.json', 'services.json', 'consumables.json']) {
      const doc = JSON.parse(readFileSync(join(RULES, 'catalogue', f), 'utf8'));
      expect(doc.note).toMatch(/NOT the national 医保编码/);
    }
    expect(readFileSync(join(RULES, 'catalogue', 'README.md'), 'utf8')).toMatch(/illustrative/);
  });

  it('rows are well formed', () => {
    const codes = new Set(rows.map((r) => r.code));
    for (const r of rows) {
      expect(['drug', 'service', 'consumable']).toContain(r.category);
      expect(['甲', '乙', '丙']).toContain(r.class);
      expect(r.selfPayShare).toBe(r.class === '甲' ? 0 : r.class === '丙' ? 1 : r.selfPayShare);
      expect(r.selfPayShare).toBeGreaterThanOrEqual(0);
      expect(r.selfPayShare).toBeLessThanOrEqual(1);
      for (const l of ['1', '2', '3']) expect(r.priceCap[l]).toBeGreaterThan(0);
      for (const c of [...(r.includes ?? []), ...(r.excludes ?? [])]) expect(codes.has(c)).toBe(true);
    }
  });

  it.each(['gender', 'ageMin', 'ageMax', 'minLevel', 'setting', 'indications', 'maxPerDay', 'maxDays', 'includes', 'excludes'] as const)(
    'has at least 5 entries restricted by %s',
    (k) => {
      expect(rows.filter((r) => r[k] !== undefined).length).toBeGreaterThanOrEqual(5);
    },
  );
});

describe('benefit policy table (rules/benefits/policies.json)', () => {
  const doc = JSON.parse(readFileSync(join(RULES, 'benefits', 'policies.json'), 'utf8'));

  it('covers the four provinces, both schemes and every visit type, with sources', () => {
    for (const p of ['22', '23', '37', '51']) {
      const prov = doc.provinces[p];
      for (const scheme of ['employee', 'resident']) {
        for (const v of ['inpatient', 'outpatient', 'chronic', 'pharmacy']) {
          const rule = prov.schemes[scheme][v];
          expect(rule.sources).toBeDefined();
          for (const l of ['1', '2', '3']) expect(rule.ratio[l]).toBeGreaterThan(0);
          expect(rule.annualFundCap).toBeGreaterThan(0);
        }
      }
      const emp = prov.schemes.employee.inpatient;
      const res = prov.schemes.resident.inpatient;
      // Seed 000: employee deductible ≤ 10% of the average wage, levels apart; employees above residents.
      expect(emp.deductible['3']).toBeLessThanOrEqual(prov.assumedAverageWage.value * 0.1);
      expect(emp.deductible['1']).toBeLessThan(emp.deductible['3']);
      for (const l of ['1', '2', '3']) expect(emp.ratio[l]).toBeGreaterThan(res.ratio[l]);
      expect(prov.waitingPeriod.fixedDays).toBe(90);
    }
  });
});
