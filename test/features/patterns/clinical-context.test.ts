import { ledgerEntry } from '../../../src/benefits/ledger-entry';
import { clinicalContexts, MIN_CONTEXT_CLAIMS } from '../../../src/features/patterns/clinical-context';
import { findPatterns } from '../../../src/features/patterns/find-patterns';
import type { PatternClaim } from '../../../src/features/patterns/pattern-store';
import { EXACT_TAIL_STEPS, FAMILY_ALPHA, normalUpperTail, poissonBinomialUpperTail, poissonUpperTail } from '../../../src/features/patterns/significance';
import { enrichClaim } from '../../../src/enrich/enrich';
import { loadCatalogue } from '../../../src/enrich/catalogue';
import { makeClaim, makeItem } from '../../helpers/fixtures';
import { join } from 'node:path';

// Provider patterns compared within clinical context (clinical-context.ts), the excess tested beyond chance with a
// provider's tests as one family (significance.ts), length of stay within the department, and the stay's costly
// consumables the ledger keeps for them.

const period = { from: '2025-03-01', to: '2025-03-31' };
const STENT = 'STENT';
const CT = 'CT';

let n = 0;
const claim = (hospitalId: string, o: Partial<PatternClaim> = {}): PatternClaim => ({
  claimId: `C${String(++n).padStart(5, '0')}`, hospitalId, doctorId: null, region: '510100', province: '51', hospitalLevel: 3,
  department: null, visitType: 'inpatient', serviceDate: '2025-03-05', endDate: '2025-03-10', totalFen: 1_000_000, ruleIds: [],
  drg: 'ES35', insuredId: `M${n}`, dischargeMode: null, admissionRoute: null, ageYears: 60, principalDiagnosis: 'J18.900', codes: [], diagnosisCodes: [], ...o,
});
const pci = (h: string, codes = [STENT]) => claim(h, { drg: 'FM15', principalDiagnosis: 'I25.100', codes });
const pneumonia = (h: string, codes: string[] = []) => claim(h, { codes });
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));
const costly = { isCostly: (c: string) => c === STENT || c === CT };
const costlyFindings = (claims: PatternClaim[]) => findPatterns(claims, { ...costly, period }).filter((f) => f.metric === 'costly-item' && f.providerKind === 'institution');

describe('costly-item share within clinical context', () => {
  it('names a stay by its DRG and principal-diagnosis category; a visit by its diagnosis, finest first', () => {
    expect(clinicalContexts(pci('H'))).toEqual(['drg:FM15|I25']);
    expect(clinicalContexts(claim('H', { visitType: 'outpatient', drg: null, principalDiagnosis: 'I25.103' }))).toEqual(['outpatient:I25.1', 'outpatient:I25']);
    expect(clinicalContexts(claim('H', { visitType: 'outpatient', drg: null, principalDiagnosis: null }))).toEqual([]);
  });

  it('names a chemotherapy session by the tumour it treats, and a bed-day stay by its setting instead of its DRG', () => {
    const chemo = (tumour: string) => claim('H', { drg: 'RU13', principalDiagnosis: 'Z51.100', diagnosisCodes: ['Z51.100', tumour, 'E11.900'] });
    expect(clinicalContexts(chemo('C18.700'))).toEqual(['drg:RU13|Z51|C18']);
    expect(clinicalContexts(chemo('C34.100'))).toEqual(['drg:RU13|Z51|C34']);
    // Another principal keeps its diagnosis alone, whatever else is coded.
    expect(clinicalContexts(claim('H', { diagnosisCodes: ['J18.900', 'C34.100'] }))).toEqual(['drg:ES35|J18']);
    const rehab = (c: PatternClaim) => (c.department === 'rehabilitation' ? '康复类住院（按床日付费）' : null);
    expect(clinicalContexts(claim('H', { drg: 'BR25', principalDiagnosis: 'I63.000', department: 'rehabilitation' }), rehab)).toEqual(['bed-day:康复类住院（按床日付费）|I63']);
    expect(clinicalContexts(claim('H', { drg: 'BR25', principalDiagnosis: 'I63.000', department: 'neurology' }), rehab)).toEqual(['drg:BR25|I63']);
  });

  it('does not hold a referral centre\'s colon-cancer courses (abdominal CT) against its peers\' lung-cancer courses', () => {
    const chemo = (h: string, tumour: string, codes: string[] = []) => claim(h, { drg: 'RU13', principalDiagnosis: 'Z51.100', diagnosisCodes: ['Z51.100', tumour], codes });
    // Peers: lung-cancer courses, chest CT (not this CT) on none; the centre: colon-cancer courses, the CT on most.
    const peers = ['HA', 'HB', 'HC', 'HD'].flatMap((h) => [...times(8, () => chemo(h, 'C34.100')), ...times(22, () => pneumonia(h))]);
    const centre = [...times(12, (i) => chemo('H-REF', 'C18.700', i < 9 ? [CT] : [])), ...times(18, () => pneumonia('H-REF'))];
    expect(costlyFindings([...peers, ...centre])).toEqual([]);
    // The same CT on most of its lung-cancer courses, where the peers' have none, is a finding.
    const lung = [...times(12, (i) => chemo('H-REF', 'C34.100', i < 9 ? [CT] : [])), ...times(18, () => pneumonia('H-REF'))];
    expect(costlyFindings([...peers, ...lung]).map((f) => f.hospitalId)).toEqual(['H-REF']);
  });

  // Four general hospitals: 3 PCI stays (each with its stent) and 27 pneumonia stays (CT on 3) each.
  const general = ['HA', 'HB', 'HC', 'HD'].flatMap((h) => [...times(3, () => pci(h)), ...times(27, (i) => pneumonia(h, i < 3 ? [CT] : []))]);

  it('does not find a cardiology centre whose many PCI stays carry a stent each, as its peers\' PCI stays do', () => {
    // 24 of its 30 stays are PCI: 80% against the peers' 10% overall, but 100% of PCI stays everywhere.
    const centre = [...times(24, () => pci('H-CARD')), ...times(6, (i) => pneumonia('H-CARD', i < 1 ? [CT] : []))];
    expect(costlyFindings([...general, ...centre])).toEqual([]);
  });

  it('finds a hospital putting the costly item on most stays of a context where its peers rarely do', () => {
    const over = [...times(3, () => pci('H-OVER')), ...times(27, (i) => pneumonia('H-OVER', i < 20 ? [CT] : []))];
    const found = costlyFindings([...general, ...over]);
    expect(found.map((f) => [f.hospitalId, f.itemCode])).toEqual([['H-OVER', CT]]);
    // Its 27 pneumonia stays at the peers' 12 of 108 (1/9), its 3 PCI stays at the peers' none: 3 of 30 expected.
    expect(found[0]).toMatchObject({ count: 20, volume: 30, peerRate: 0.1 });
    expect(found[0].pValue).toBeLessThan(FAMILY_ALPHA / 2);
  });

  it('leaves out the claims of contexts its peers lack (no baseline), however often they carry the item', () => {
    // 24 stays of a DRG no peer has: nothing to compare them with.
    const rare = [...times(24, () => claim('H-RARE', { drg: 'FM11', principalDiagnosis: 'I21.000', codes: [STENT] })), ...times(6, () => pneumonia('H-RARE'))];
    expect(costlyFindings([...general, ...rare])).toEqual([]);
    // The baseline needs MIN_CONTEXT_CLAIMS of the peers' claims in the context.
    expect(MIN_CONTEXT_CLAIMS).toBe(5);
  });
});

describe('a provider\'s tests as one family', () => {
  it('computes the Poisson upper tail and the normal upper tail', () => {
    // P(X ≥ 3 | mean 0.5) = 1 − e^−0.5 (1 + 0.5 + 0.125)
    expect(poissonUpperTail(3, 0.5)).toBeCloseTo(1 - Math.exp(-0.5) * 1.625, 12);
    expect(poissonUpperTail(0, 2)).toBe(1);
    expect(poissonUpperTail(1, 0)).toBe(0);
    // A far excess keeps its size instead of cancelling to 0: P(X ≥ 40 | mean 0.5) = Σ_{k≥40} e^−0.5 0.5^k / k!.
    let logFact = 0;
    let tail = 0;
    for (let k = 1; k <= 80; k++) {
      logFact += Math.log(k);
      if (k >= 40) tail += Math.exp(-0.5 + k * Math.log(0.5) - logFact);
    }
    expect(tail).toBeGreaterThan(1e-61);
    expect(poissonUpperTail(40, 0.5) / tail).toBeCloseTo(1, 9);
    expect(normalUpperTail(1.959964)).toBeCloseTo(0.025, 6);
    expect(normalUpperTail(-1.959964)).toBeCloseTo(0.975, 6);
  });

  // Peers: 40 pneumonia stays each; one bills CT on 8 of them, the others never (5% pooled, widely spread, so the
  // shrinkage is weak); each bills nine other costly items on 4 of 40.
  const others = times(9, (k) => `X${k}`);
  const all = new Set([CT, ...others]);
  const peers = ['HA', 'HB', 'HC', 'HD', 'HE'].flatMap((h) => times(40, (i) => pneumonia(h, [...(h === 'HA' && i < 8 ? [CT] : []), ...(i >= 30 && i < 34 ? others : [])])));
  const run = (claims: PatternClaim[]) => findPatterns(claims, { isCostly: (c) => all.has(c), period }).filter((f) => f.hospitalId === 'H-S');

  it('finds a modest excess on a provider\'s only test, and not the same excess among ten', () => {
    // 5 of 40 with CT where the peers' rate (8 of 200) gives 1.6: 40 claims at 4% each, P(X ≥ 5) ≈ 0.021, within 0.05
    // for one test.
    const alone = times(40, (i) => pneumonia('H-S', i < 5 ? [CT] : []));
    const found = run([...peers, ...alone]);
    expect(found.map((f) => f.itemCode)).toEqual([CT]);
    expect(found[0].pValue).toBeCloseTo(poissonBinomialUpperTail(5, times(40, () => 0.04)), 4);
    expect(found[0].pValue).toBeGreaterThan(FAMILY_ALPHA / 10);
    // The same CT excess while the provider also bills each of the nine other items on 4 of 40 claims, as its
    // peers do: ten tests, and 0.021 is above 0.05 / 10.
    const among = times(40, (i) => pneumonia('H-S', [...(i < 5 ? [CT] : []), ...(i >= 30 && i < 34 ? others : [])]));
    expect(run([...peers, ...among])).toEqual([]);
  });
});

describe('an excess where the peers\' rate leaves room', () => {
  it('computes the exact tail of claims with their own rates: a claim certain to carry the item adds its count, no chance', () => {
    // Two claims at 1/2: P(X ≥ 1) = 3/4, P(X ≥ 2) = 1/4.
    expect(poissonBinomialUpperTail(1, [0.5, 0.5])).toBeCloseTo(0.75, 12);
    expect(poissonBinomialUpperTail(2, [0.5, 0.5])).toBeCloseTo(0.25, 12);
    expect(poissonBinomialUpperTail(0, [0.1])).toBe(1);
    expect(poissonBinomialUpperTail(3, [1, 1])).toBe(0);
    // Ten claims certain to carry it and three at 1/10: 13 or more is 1/1000 (the Poisson with mean 10.3 gives 0.22).
    const rates = [...times(10, () => 1), 0.1, 0.1, 0.1];
    expect(poissonBinomialUpperTail(13, rates)).toBeCloseTo(0.001, 12);
    expect(poissonUpperTail(13, 10.3)).toBeGreaterThan(0.2);
    // Past the step limit, the Poisson tail (larger: errs towards no finding).
    const many = times(EXACT_TAIL_STEPS, () => 0.5);
    expect(poissonBinomialUpperTail(2, many)).toBe(poissonUpperTail(2, EXACT_TAIL_STEPS / 2));
  });

  // Peers: cholecystectomies (trocar on each) and hernia repairs (never a trocar), 10 and 10 each.
  const TROCAR = 'TROCAR';
  const chole = (h: string) => claim(h, { drg: 'HC29', principalDiagnosis: 'K80.200', codes: [TROCAR] });
  const hernia = (h: string, codes: string[] = []) => claim(h, { drg: 'GE15', principalDiagnosis: 'K40.900', codes });
  const peers = ['HA', 'HB', 'HC', 'HD', 'HE'].flatMap((h) => [...times(10, () => chole(h)), ...times(10, () => hernia(h))]);
  const found = (claims: PatternClaim[]) =>
    findPatterns(claims, { isCostly: (c) => c === TROCAR, period }).filter((f) => f.metric === 'costly-item' && f.providerKind === 'institution').map((f) => f.hospitalId);

  it('finds a trocar on most hernia repairs though the peers\' rate over the same casemix is already 60%', () => {
    // 12 cholecystectomies (the peers' rate: 12 expected) and 8 hernia repairs, 7 with the trocar: 19 of 20 against
    // 12 expected. The rate cannot double (95% against 60%), its odds can (19 against 1.5); the excess lies where the
    // peers never use it.
    const s = [...times(12, () => chole('H-S')), ...times(8, (i) => hernia('H-S', i < 7 ? [TROCAR] : []))];
    expect(found([...peers, ...s])).toEqual(['H-S']);
  });

  it('does not find a provider whose trocars are on its cholecystectomies alone, however many', () => {
    const s = [...times(18, () => chole('H-S')), ...times(2, () => hernia('H-S'))];
    expect(found([...peers, ...s])).toEqual([]);
  });
});

describe('length of stay within the department', () => {
  const stay = (h: string, department: string, los: number) =>
    claim(h, { department, drg: 'BR25', principalDiagnosis: 'I63.900', endDate: new Date(Date.parse('2025-03-05') + los * 86_400_000).toISOString().slice(0, 10) });
  const acute = ['HA', 'HB', 'HC', 'HD'].flatMap((h) => times(15, (i) => stay(h, 'neurology', i % 2 ? 7 : 9)));
  const los = (claims: PatternClaim[]) => findPatterns(claims, { isCostly: () => false, period, normLos: () => 8 }).filter((f) => f.metric === 'los-ratio' && f.providerKind === 'institution');

  it('does not hold a rehabilitation ward\'s long stays against acute wards\' DRG norms', () => {
    const rehab = times(15, () => stay('H-REHAB', 'rehabilitation', 30));
    expect(los([...acute, ...rehab])).toEqual([]);
  });

  it('leaves a stay paid by the bed-day out of the length over the DRG norm, even where the peers\' wards of the setting are short', () => {
    const settingOf = (c: PatternClaim) => (c.department === 'rehabilitation' ? '康复类住院（按床日付费）' : null);
    const run = (claims: PatternClaim[], withSettings: boolean) =>
      findPatterns(claims, { isCostly: () => false, period, normLos: () => 8, ...(withSettings ? { bedDaySetting: settingOf } : {}) })
        .filter((f) => f.metric === 'los-ratio' && f.providerKind === 'institution');
    // The peers' rehabilitation wards keep stroke patients 9 days, the rehabilitation hospital 30.
    const peers = ['HA', 'HB', 'HC', 'HD'].flatMap((h) => [...times(15, (i) => stay(h, 'neurology', i % 2 ? 7 : 9)), ...times(3, () => stay(h, 'rehabilitation', 9))]);
    const hospital = times(15, () => stay('H-REHAB', 'rehabilitation', 30));
    expect(run([...peers, ...hospital], false).map((f) => f.hospitalId)).toEqual(['H-REHAB']);
    expect(run([...peers, ...hospital], true)).toEqual([]);
    // An acute ward's long stays are still measured.
    expect(run([...peers, ...times(15, () => stay('H-LONG', 'neurology', 16))], true).map((f) => f.hospitalId)).toEqual(['H-LONG']);
  });

  it('holds a chemotherapy course\'s length against the same tumour\'s courses, not the DRG\'s other tumours\'', () => {
    const course = (h: string, tumour: string, days: number) =>
      claim(h, { department: 'oncology', drg: 'RU13', principalDiagnosis: 'Z51.100', diagnosisCodes: ['Z51.100', tumour], endDate: new Date(Date.parse('2025-03-05') + days * 86_400_000).toISOString().slice(0, 10) });
    const peers = ['HA', 'HB', 'HC', 'HD'].flatMap((h) => [...times(8, () => course(h, 'C34.100', 3)), ...times(2, () => course(h, 'C18.700', 6))]);
    const run = (claims: PatternClaim[]) => findPatterns(claims, { isCostly: () => false, period, normLos: () => 3 }).filter((f) => f.metric === 'los-ratio' && f.providerKind === 'institution');
    // A centre of colon-cancer courses of 6 days, as the peers' colon-cancer courses: no finding.
    expect(run([...peers, ...times(15, () => course('H-REF', 'C18.700', 6))])).toEqual([]);
    // Its lung-cancer courses twice the peers' are.
    expect(run([...peers, ...times(15, () => course('H-REF', 'C34.100', 6))]).map((f) => f.hospitalId)).toEqual(['H-REF']);
  });

  it('finds a ward twice as long as the same department\'s peers', () => {
    const long = times(15, () => stay('H-LONG', 'neurology', 16));
    expect(los([...acute, ...long]).map((f) => f.hospitalId)).toEqual(['H-LONG']);
  });
});

describe('the ledger keeps a stay\'s costly consumables', () => {
  it('marks a stapler on a stay costly and leaves a cheap suture out', () => {
    const catalogue = loadCatalogue(join(__dirname, '../../../rules/catalogue'));
    const stapler = 'C11010150300001825820000001'; // 一次性使用吻合器, cap 2600 yuan
    const suture = 'C11010150200001895120000001'; // 可吸收缝线, cap 60 yuan
    const c = makeClaim({
      items: [
        makeItem({ lineId: '1', code: stapler, name: '一次性使用吻合器', category: 'consumable', date: '2025-03-02', quantity: 1, unitPrice: 2000 }),
        makeItem({ lineId: '2', code: suture, name: '可吸收缝线', category: 'consumable', date: '2025-03-02', quantity: 2, unitPrice: 50 }),
      ],
    });
    const entry = ledgerEntry(enrichClaim(c, { grouper: null, catalogue, policies: null }).facts);
    expect(entry.lines?.filter((l) => l.kind === 'consumable')).toEqual([expect.objectContaining({ lineId: '1', code: stapler, costly: true })]);
  });
});
