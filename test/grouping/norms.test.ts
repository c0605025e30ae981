import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadGrouper } from '../../src/grouping';
import { loadNorms } from '../../src/grouping/norms';
import { tempDir } from '../helpers/temp-dir';

const NORMS = resolve(__dirname, '../../rules/grouping/norms');
const norms = loadNorms(NORMS);
const grouper = loadGrouper(resolve(__dirname, '../../rules/grouping/chs-drg-1.1'));

describe('payment norms (rules/grouping/norms)', () => {
  it('list DRG and DIP regions in the four provinces, with base rates differing by province and region', () => {
    expect(norms.schemeOf('510100')).toMatchObject({ scheme: 'DRG' });
    expect(norms.schemeOf('510600')).toMatchObject({ scheme: 'DIP', scorePerWeight: 1000 });
    expect(norms.schemeOf('999999')).toBeNull();
    const rate = (r: string) => norms.schemeOf(r)!.baseRate;
    expect(rate('370100')).toBeGreaterThan(rate('230100')); // Shandong above Heilongjiang
    expect(rate('220100')).toBeGreaterThan(rate('220300')); // capital above another city
  });

  it('carry all 628 DRGs in every DRG region, with MCC heavier than CC heavier than none', () => {
    const drgRegions = ['220100', '220200', '220300', '230100', '230200', '230600', '370100', '370200', '370700', '510100', '510700', '511300'];
    for (const region of drgRegions) for (const drg of grouper.drgCodes()) expect(norms.drgNorm(region, drg)).toBeDefined();
    expect(norms.counts.drgRows).toBe(628 * drgRegions.length);
    const w = (d: string) => norms.drgNorm('510100', d)!.weight;
    expect(w('ES31')).toBeGreaterThan(w('ES33'));
    expect(w('ES33')).toBeGreaterThan(w('ES35'));
    expect(w('FM19')).toBeGreaterThan(w('FR45')); // surgical above medical in one MDC
    // Medical groups of short stays; psychiatric medical stays (MDCT) last weeks and weigh accordingly, and so do
    // preterm infants below 2,500 g, newborn RDS and burns over 30% of the body (sample-norms.ts COURSE_STAY).
    const los = (d: string) => norms.drgNorm('510100', d)!.normLos;
    const courseStay = (d: string) => ['PR1', 'PS1', 'PS2', 'PS3', 'WR1'].includes(d.slice(0, 3));
    const medicalDrgs = grouper.drgCodes().filter((d) => d[0] !== 'A' && d[1] >= 'R' && d[3] === '5');
    const medical = medicalDrgs.filter((d) => d[0] !== 'T' && !courseStay(d)).map(w);
    expect(Math.min(...medical)).toBeGreaterThanOrEqual(0.4);
    expect(Math.max(...medical)).toBeLessThanOrEqual(1.5);
    for (const d of medicalDrgs.filter((x) => x[0] === 'T')) {
      expect(los(d)).toBeGreaterThanOrEqual(30);
      expect(w(d)).toBeGreaterThan(3);
    }
    // Their days are priced at no less than an ordinary day of the same MDC (term newborns, small burns).
    for (const d of medicalDrgs.filter(courseStay)) {
      const ordinary = d[0] === 'P' ? 'PU15' : 'WZ15';
      expect(los(d)).toBeGreaterThanOrEqual(10);
      expect(w(d) / los(d)).toBeGreaterThanOrEqual(w(ordinary) / los(ordinary));
    }
    expect(los('PS15')).toBeGreaterThan(los('PS25'));
    expect(los('PS25')).toBeGreaterThan(los('PS39'));
  });

  it('find the DIP 病种 by principal-diagnosis category and principal procedure', () => {
    expect(norms.dipOf('510600', 'K80.101', ['51.2200'])).toMatchObject({ via: 'procedure', row: { code: 'K80:51.2200' } });
    // The laparoscopic operation (51.23) is a 病种 of its own beside the open one (51.22).
    expect(norms.dipOf('510600', 'K80.101', ['51.2300'])).toMatchObject({ via: 'procedure', row: { code: 'K80:51.2300' } });
    expect(norms.dipOf('510600', 'K80.101', ['99.9999'])).toMatchObject({ via: 'other-procedure', row: { code: 'K80:*' } });
    expect(norms.dipOf('510600', 'I63.900', [])).toMatchObject({ via: 'conservative', row: { code: 'I63:保守治疗' } });
    expect(norms.dipOf('510600', 'QQQ.000', [])).toBeUndefined();
    expect(norms.dipByCode('510600', 'I63:保守治疗')!.score).toBeGreaterThan(0);
  });

  it('match a complication to its support row by the longest prefix', () => {
    expect(norms.complicationSupport('E87.600')?.prefix).toBe('E87.6');
    expect(norms.complicationSupport('J96.000')?.prefix).toBe('J96');
    expect(norms.complicationSupport('K74.600')).toBeUndefined();
  });

  it('load a real-shaped table unchanged: extra columns, regional DIP rows, point value only', () => {
    const dir = tempDir('norms-');
    const file = (name: string, rows: unknown[]) => writeFileSync(join(dir, name), JSON.stringify({ note: '某市医保局 2025年DRG/DIP付费标准', rows }));
    file('payment-schemes.json', [
      { region: '370100', name: '济南市', scheme: 'DRG', baseRate: 13210.5, 生效日期: '2025-01-01' },
      { region: '370300', name: '淄博市', scheme: 'DIP', pointValue: 12.37, scorePerWeight: 1000 },
    ]);
    file('drg-norms.json', [
      { region: '370100', drg: 'FM19', name: '经皮冠状动脉支架植入', weight: 2.8731, normLos: 6.9, normCost: 37954.2, 病组类型: '手术组', 病例数: 1280 },
      { region: '370100', drg: 'GW19', name: '食管炎、胃肠炎', weight: 0.4312, normLos: 5.1, normCost: 5696.3 },
    ]);
    file('dip-scores.json', [
      { code: 'K80.1:51.2300', diagnosisCategory: 'K80', procedure: '51.2300', name: '胆囊结石伴胆囊炎：腹腔镜胆囊切除术', score: 1235 },
      { region: '370300', code: 'K80.1:51.2300', diagnosisCategory: 'K80', procedure: '51.2300', score: 1301, normLos: 6 },
    ]);
    const real = loadNorms(dir);
    expect(real.schemeOf('370300')).toMatchObject({ scheme: 'DIP', baseRate: 12370 });
    expect(real.drgNorm('370100', 'FM19')).toMatchObject({ weight: 2.8731, normCost: 37954.2 });
    expect(real.dipOf('370300', 'K80.100', ['51.2300'])!.row.score).toBe(1301);
    expect(real.dipOf('370301', 'K80.100', ['51.2300'])!.row.score).toBe(1235);
    expect(real.complicationSupport('J96.000')).toBeUndefined(); // optional file absent
  });

  it('give a DRG\'s length across the regions as the median: the mean of the two middle regions for an even count', () => {
    const dir = tempDir('norms-median-');
    const file = (name: string, rows: unknown[]) => writeFileSync(join(dir, name), JSON.stringify({ note: '', rows }));
    file('payment-schemes.json', ['370100', '370200', '370700', '510100'].map((region) => ({ region, scheme: 'DRG', baseRate: 10000 })));
    const fm19 = (region: string, normLos: number) => ({ region, drg: 'FM19', weight: 2.9, normLos, normCost: 38000 });
    file('drg-norms.json', [fm19('370100', 8), fm19('370200', 6.9), fm19('370700', 5.2), fm19('510100', 9.4), { region: '370100', drg: 'GW19', weight: 0.4, normLos: 5.1, normCost: 5700 }]);
    // 5.2, 6.9 | 8, 9.4: (6.9 + 8) / 2 = 7.45, to the table's tenth of a day.
    expect(loadNorms(dir).drgLos!('FM19')).toBe(7.5);
    expect(loadNorms(dir).drgLos!('GW19')).toBe(5.1);
  });

  it('refuse a bad row, naming file and row', () => {
    const dir = tempDir('norms-bad-');
    writeFileSync(join(dir, 'payment-schemes.json'), JSON.stringify({ note: '', rows: [{ region: '370100', scheme: 'DRG', baseRate: 100 }] }));
    writeFileSync(join(dir, 'drg-norms.json'), JSON.stringify({ note: '', rows: [{ region: '370100', drg: 'FM19', weight: -1, normLos: 5, normCost: 10 }] }));
    expect(() => loadNorms(dir)).toThrow(/drg-norms.json row 0: weight/);
  });
});
