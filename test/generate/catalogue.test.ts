import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueRows, RULES } from './helpers';

describe('sample catalogue (rules/catalogue)', () => {
  const rows = catalogueRows();

  it('has at least 300 entries with unique codes and names', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });

  it('says the codes are SAMPLE values in the national formats', () => {
    for (const f of ['drugs.json', 'services.json', 'consumables.json']) {
      const doc = JSON.parse(readFileSync(join(RULES, 'catalogue', f), 'utf8'));
      expect(doc.note).toMatch(/^SAMPLE catalogue in the national code format/);
      expect(doc.note).toMatch(/NOT the national 医保编码/);
    }
    expect(readFileSync(join(RULES, 'catalogue', 'README.md'), 'utf8')).toMatch(/SAMPLE/);
  });

  it('codes are national formats at a segment boundary; each drug row names a 23-character product beneath it', () => {
    for (const r of rows) {
      if (r.category === 'drug') {
        // 药品标识码 X/Z, 5-character 分类码, 通用名码 (letter + 3 digits), 剂型码 (letter + 3 digits): 14 characters.
        expect(r.code).toMatch(/^[XZ][A-Z][0-9]{2}[A-Z]{2}[A-Z][0-9]{3}[A-Z][0-9]{3}$/);
        expect(r.products?.length).toBeGreaterThanOrEqual(1);
        for (const p of r.products!) expect(p).toMatch(new RegExp(`^${r.code}[0-9]{9}$`));
      } else if (r.category === 'service') expect(r.code).toMatch(/^[0-9]{15}$/);
      else expect(r.code).toMatch(/^C[0-9]{26}$/);
    }
    // 西药 rows carry their ATC level-4 class: amoxicillin and ampicillin are J01CA.
    expect(rows.find((r) => r.name === '阿莫西林胶囊')!.code.slice(0, 6)).toBe('XJ01CA');
    expect(rows.find((r) => r.name === '注射用氨苄西林钠')!.code.slice(0, 6)).toBe('XJ01CA');
    // No old illustrative code (X<ATC>X<nnn>, S<9 digits>, HC<nnnn>) is left anywhere in the catalogue.
    const text = ['drugs.json', 'services.json', 'consumables.json'].map((f) => readFileSync(join(RULES, 'catalogue', f), 'utf8')).join('\n');
    expect(text).not.toMatch(/\b(X[A-Z][0-9]{2}[A-Z]{2}X[0-9]{3}|S[0-9]{9}|HC[0-9]{4})\b/);
  });

  it('rows are well formed', () => {
    // A row's includes/excludes may name a row of another catalogue file: the files are loaded as one catalogue.
    const codes = new Set(readdirSync(join(RULES, 'catalogue')).filter((f) => f.endsWith('.json')).flatMap((f) => ((JSON.parse(readFileSync(join(RULES, 'catalogue', f), 'utf8')) as { rows?: { code: string }[] }).rows ?? []).map((r) => r.code)));
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
