import { enrichClaim } from '../../src/enrich/enrich';
import type { ClaimFacts } from '../../src/enrich/facts';
import { loadEnrichRefs } from '../../src/enrich/load-refs';
import { claimBasics, displayValue, explainedTreatmentFen, extractFeatures, FEATURES, FEATURE_NAMES, stayLineDays } from '../../src/model/features';
import { adrgType, ageBand, diagnosisCategory, fitPeerStats, HIGH_ONLY, normalize, normFor, peerChain, peerGroupOf } from '../../src/model/peer-stats';
import { perVisitDateLabels, visitDays } from '../../src/model/visit-days';
import { makeClaim, makeItem, makeOutpatientClaim } from '../helpers/fixtures';

const refs = loadEnrichRefs('rules').refs;
const col = (name: string) => FEATURE_NAMES.indexOf(name);

// A four-day stay admitted on a Saturday, with one line of each kind the features tell apart.
const items = [
  makeItem({ lineId: '1', code: 'XJ01CAA501A001010126436', name: '阿莫西林胶囊', category: 'drug', date: '2025-03-01', quantity: 10, unitPrice: 0.18 }), // 甲 1.80
  makeItem({ lineId: '2', code: 'XJ01CRA502A001010185875', name: '阿莫西林克拉维酸钾片', category: 'drug', date: '2025-03-02', quantity: 10, unitPrice: 1.35 }), // 乙 13.50
  makeItem({ lineId: '3', code: '003107010010001', name: '常规心电图检查', category: 'service', date: '2025-03-02', quantity: 1, unitPrice: 25 }), // exam 甲
  makeItem({ lineId: '4', code: '001105000010001', name: '普通病房床位费(三人间)', category: 'service', date: '2025-03-01', quantity: 4, unitPrice: 50 }), // bed, cap 45 → excess 20
  makeItem({ lineId: '5', code: 'C14010150100001020350000001', name: '一次性使用输液器', category: 'consumable', date: '2025-03-03', quantity: 10, unitPrice: 1.8 }), // 18
  makeItem({ lineId: '6', code: 'XV06DXZ123A001010100000', name: '自备营养补充剂', category: 'drug', date: '2025-03-03', quantity: 1, unitPrice: 20 }), // unknown
  makeItem({ lineId: '7', code: '003112030010001', name: '健康体检套餐', category: 'service', date: '2025-03-04', quantity: 1, unitPrice: 300 }), // exam 丙
];
const total = 1.8 + 13.5 + 25 + 200 + 18 + 20 + 300;
const claim = makeClaim({ admissionDate: '2025-03-01', dischargeDate: '2025-03-05', items, patient: { insuredId: 'P1', gender: 'F', birthDate: '1960-03-02', retired: true } });
const facts = enrichClaim(claim, refs).facts;

describe('extractFeatures on a hand-built stay', () => {
  const x = extractFeatures(facts, { los: 8, cost: total * 2 });
  const v = (name: string) => x[col(name)];

  it('has one value per documented feature', () => {
    expect(x).toHaveLength(FEATURES.length);
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURES.length);
  });

  it('splits cost into drug, consumable, service and exam shares that add up to 1', () => {
    expect(Math.expm1(v('total_cost'))).toBeCloseTo(total, 6);
    expect(v('drug_share')).toBeCloseTo((1.8 + 13.5 + 20) / total, 9);
    expect(v('consumable_share')).toBeCloseTo(18 / total, 9);
    expect(v('service_share')).toBeCloseTo(200 / total, 9);
    expect(v('exam_share')).toBeCloseTo((25 + 300) / total, 9);
    expect(v('drug_share') + v('consumable_share') + v('service_share') + v('exam_share')).toBeCloseTo(1, 9);
    expect(v('bed_share')).toBeCloseTo(200 / total, 9);
  });

  it('computes per-day figures and the stay against the group norm', () => {
    expect(Math.expm1(v('cost_per_day'))).toBeCloseTo(total / 4, 6);
    expect(Math.expm1(v('items_per_day'))).toBeCloseTo(7 / 4, 9);
    expect(Math.exp(v('los_vs_norm'))).toBeCloseTo(4 / 8, 9);
    expect(Math.exp(v('cost_vs_norm'))).toBeCloseTo(0.5, 9);
    expect(v('service_day_coverage')).toBeCloseTo(3 / 4, 9); // services on days 0, 1 and 3 of 4
  });

  it('reads age, weekend admission, distinct counts and catalogue classes', () => {
    expect(v('age')).toBe(64); // birthday on 2 March, admitted 1 March 2025
    expect(v('weekend_admission')).toBe(1); // 2025-03-01 is a Saturday
    expect(Math.expm1(v('distinct_items'))).toBeCloseTo(7, 9);
    expect(Math.expm1(v('distinct_drugs'))).toBeCloseTo(3, 9);
    expect(v('class_yi_bing_share')).toBeCloseTo((13.5 + 300) / total, 9);
    expect(v('class_bing_share')).toBeCloseTo(300 / total, 9);
    expect(v('unknown_code_share')).toBeCloseTo(20 / total, 9);
    expect(v('price_excess_share')).toBeCloseTo(20 / total, 9);
    expect(v('max_line_share')).toBeCloseTo(300 / total, 9);
    expect(Math.expm1(v('max_quantity_ratio'))).toBeCloseTo(10, 9); // 10 infusion sets against a usual 1 a day
    expect(v('policy_share')).toBeCloseTo(1, 9);
    expect(v('fund_share')).toBeCloseTo(0.85, 3);
  });

  it('shows values as a reader says them', () => {
    const def = (name: string) => FEATURES[col(name)];
    expect(displayValue(def('drug_share'), v('drug_share'))).toBe(((1.8 + 13.5 + 20) / total).toFixed(2));
    expect(displayValue(def('los_vs_norm'), v('los_vs_norm'))).toBe('0.50×');
    expect(displayValue(def('cost_per_day'), v('cost_per_day'))).toBe(String(Math.round(total / 4)));
    expect(displayValue(def('weekend_admission'), 1)).toBe('yes');
  });

  it('treats a visit as one day with no stay', () => {
    const op = enrichClaim(makeOutpatientClaim(), refs).facts;
    const y = extractFeatures(op, { los: 0, cost: 50 });
    expect(y[col('los_vs_norm')]).toBe(0);
    expect(y[col('service_day_coverage')]).toBe(1);
    expect(Math.expm1(y[col('cost_per_day')])).toBeCloseTo(op.totalFen / 100, 6);
  });

  // A 门诊慢特病 period settlement (按月结算): one claim, each line dated at its session (visit-days.ts).
  const session = (n: number, date: string) => [
    makeItem({ lineId: `${n}a`, code: '001101000020000', name: '门诊诊查费', category: 'service', date, quantity: 1, unitPrice: 10 }),
    makeItem({ lineId: `${n}b`, code: 'XJ01CAA040E001010100001', name: '阿莫西林胶囊', category: 'drug', date, quantity: 2, unitPrice: 12.5 }),
  ];
  const periodVisit = (extra: ReturnType<typeof makeItem>[] = []) =>
    enrichClaim(makeOutpatientClaim({ visitType: 'chronic', items: [...session(1, '2025-03-03'), ...session(2, '2025-03-08'), ...session(3, '2025-03-15'), ...extra] }), refs).facts;

  it('reads a visit whose lines carry several service dates per visit-date in its cost and line figures', () => {
    const f = periodVisit();
    expect(visitDays(f)).toBe(3);
    const y = extractFeatures(f, { los: 0, cost: 20 });
    const perDate = f.totalFen / 100 / 3;
    expect(Math.expm1(y[col('cost_per_day')])).toBeCloseTo(perDate, 6);
    expect(Math.expm1(y[col('items_per_day')])).toBeCloseTo(2, 9);
    expect(Math.expm1(y[col('total_cost')])).toBeCloseTo(perDate, 6); // a visit's peers are single visits
    expect(Math.exp(y[col('cost_vs_norm')])).toBeCloseTo(perDate / 20, 6);
    expect(claimBasics(f).total).toBeCloseTo(perDate, 6); // the training norm is a visit-date's too
    // Kinds are the claim's: a month of sessions repeats its items.
    expect(Math.expm1(y[col('distinct_items')])).toBeCloseTo(2, 9);
    expect(y[col('los_vs_norm')]).toBe(0);
  });

  it('counts no date after the visit as a visit-date, and leaves a stay its length', () => {
    const after = makeItem({ lineId: '9', code: '001101000020000', name: '门诊诊查费', category: 'service', date: '2025-03-20', quantity: 1, unitPrice: 10 });
    expect(visitDays(periodVisit([after]))).toBe(3);
    // A dialyser or drug dated on a day with no service is no visit; a pharmacy's drug-only claim counts its dispensing dates.
    const noSession = makeItem({ lineId: '8', code: 'XJ01CAA040E001010100001', name: '阿莫西林胶囊', category: 'drug', date: '2025-03-10', quantity: 2, unitPrice: 12.5 });
    expect(visitDays(periodVisit([noSession]))).toBe(3);
    const drugsOnly = [...session(1, '2025-03-03'), ...session(2, '2025-03-15')].filter((it) => it.category === 'drug');
    expect(visitDays(enrichClaim(makeOutpatientClaim({ items: drugsOnly }), refs).facts)).toBe(2);
    expect(visitDays(facts)).toBe(4);
    expect(visitDays(enrichClaim(makeOutpatientClaim(), refs).facts)).toBe(1);
  });

  it('names total_cost per visit-date in an explanation of a period settlement', () => {
    const top = [{ feature: 'total_cost', label: '总费用' }, { feature: 'drug_share', label: '药品费占比' }];
    expect(perVisitDateLabels(top, 1)).toEqual(top);
    expect(perVisitDateLabels(top, 13).map((c) => c.label)).toEqual(['每就诊日费用（13个就诊日）', '药品费占比']);
  });
});

describe('peer groups', () => {
  it('chains DRG × age band → DRG → ADRG → MDC part → MDC → visit type × level → visit type → all for grouped stays, diagnosis category first for visits', () => {
    expect(facts.grouping?.status).toBe('grouped');
    const g = facts.grouping!;
    expect(peerChain(facts)).toEqual([
      `drg:${g.drg}|${ageBand(facts.ageYears)}`, `drg:${g.drg}`, `adrg:${g.adrg}`, `mdc:${g.mdc}|${adrgType(g.adrg)}`, `mdc:${g.mdc}`, 'visit:inpatient|L3', 'visit:inpatient', 'all',
    ]);
    const op = enrichClaim(makeOutpatientClaim(), refs).facts;
    expect(peerChain(op)).toEqual([`dx:outpatient|${op.principalDiagnosis.slice(0, 3)}`, 'visit:outpatient|L3', 'visit:outpatient', 'all']);
    // CHS-DRG: A–J operations, K–Q non-OR procedures, R–Z medical.
    expect(['IC2', 'IU1', 'FM1', 'ES3'].map(adrgType)).toEqual(['surgical', 'medical', 'procedure', 'medical']);
    expect(['N18.500', 'z34.900', '', null].map(diagnosisCategory)).toEqual(['N18', 'Z34', null, null]);
  });

  it('falls back past groups with too few training claims, and keeps their norms', () => {
    const many: ClaimFacts[] = [];
    for (let i = 0; i < 40; i++) many.push({ ...facts, claimId: `c${i}`, lengthOfStay: 4 + (i % 3), days: 4 + (i % 3) });
    const op = enrichClaim(makeOutpatientClaim(), refs).facts;
    const { stats } = fitPeerStats([...many, op, op], { minCount: 30 });
    expect(peerGroupOf(stats, facts)).toBe(`drg:${facts.grouping!.drg}|${ageBand(facts.ageYears)}`);
    expect(peerGroupOf(stats, op)).toBe('all'); // two outpatient claims are too few for a group of their own
    expect(stats.groups[`drg:${facts.grouping!.drg}`].norm.los).toBe(5);
    // Without a norms table on the claim, the peer group's own norm is used.
    const noTable = { ...facts, normLos: null, normCost: null } as unknown as ClaimFacts;
    expect(normFor(stats, `drg:${facts.grouping!.drg}`, noTable).los).toBe(5);
  });

  it('prefers a norms table from the enrichment when one is present', () => {
    const withTable = { ...facts, normLos: 9, normCost: 12345 } as ClaimFacts;
    const { stats } = fitPeerStats(Array.from({ length: 40 }, () => facts));
    expect(normFor(stats, 'all', withTable)).toEqual({ los: 9, cost: 12345 });
  });
});

describe('normalisation: one-sided features and scale floors', () => {
  const peers = Array.from({ length: 40 }, (_, i) => enrichClaim(makeOutpatientClaim({ claimId: `O${i}`, visitDate: '2025-03-11' }), refs).facts);
  const { stats } = fitPeerStats(peers, { minCount: 30 });
  const z = (x: Float64Array) => {
    const out = new Float32Array(x.length);
    normalize(stats, peerGroupOf(stats, peers[0]), x, out);
    return out;
  };

  it('gives no z below the peers to a feature whose low side is no fraud signal, and keeps it above', () => {
    expect(stats.highOnly).toEqual([...HIGH_ONLY]);
    const x = extractFeatures(peers[0], normFor(stats, peerGroupOf(stats, peers[0]), peers[0]));
    const low = Float64Array.from(x);
    low[col('fund_share')] = x[col('fund_share')] - 0.5; // paid less from the fund than the peers (below the deductible)
    expect(z(low)[col('fund_share')]).toBe(0);
    const high = Float64Array.from(x);
    high[col('fund_share')] = x[col('fund_share')] + 0.5;
    expect(z(high)[col('fund_share')]).toBeGreaterThan(2);
    const cheaper = Float64Array.from(x);
    cheaper[col('total_cost')] = x[col('total_cost')] - 1; // two-sided: a far cheaper claim stays an outlier
    expect(z(cheaper)[col('total_cost')]).toBeLessThan(-2);
  });

  it('reads a weekend admission in a weekday-only group as 2 robust SDs, not 4', () => {
    const x = extractFeatures(peers[0], normFor(stats, peerGroupOf(stats, peers[0]), peers[0]));
    const w = Float64Array.from(x);
    w[col('weekend_admission')] = 1 - x[col('weekend_admission')];
    expect(Math.abs(z(w)[col('weekend_admission')])).toBeCloseTo(2, 6);
  });
});

describe('largest quantity against usual use', () => {
  it('reads a line marked 长处方 against 12 weeks', () => {
    const line = (long: boolean) =>
      makeOutpatientClaim({
        visitType: 'chronic',
        items: [makeItem({ lineId: '1', code: 'XA10BAE503A001010168547', name: '盐酸二甲双胍片', category: 'drug', date: '2025-03-15', quantity: 168, unitPrice: 0.3, ...(long ? { longPrescription: true } : {}) })],
      });
    const ratio = (long: boolean) => Math.expm1(extractFeatures(enrichClaim(line(long), refs).facts, { los: 1, cost: 1 })[col('max_quantity_ratio')]);
    expect(ratio(true)).toBeLessThan(ratio(false) / 2);
  });

  it('reads a day\'s infusion sets against its infusion groups (a set per bottle hung), not one a day', () => {
    const day = '2025-03-02';
    const stay = (groups: number, sets: number) =>
      makeClaim({
        admissionDate: '2025-03-01',
        dischargeDate: '2025-03-04',
        items: [
          makeItem({ lineId: '2', code: 'XB05BBL511B002010178601', name: '氯化钠注射液', category: 'drug', date: day, quantity: 2, unitPrice: 2.5 }),
          makeItem({ lineId: '3', code: '001204000010001', name: '静脉输液(第一组)', category: 'service', date: day, quantity: 1, unitPrice: 9 }),
          ...(groups > 1 ? [makeItem({ lineId: '4', code: '001204000020001', name: '静脉输液(每增加一组)', category: 'service', date: day, quantity: groups - 1, unitPrice: 2.7 })] : []),
          makeItem({ lineId: '5', code: 'C14010150100001020350000001', name: '一次性使用输液器', category: 'consumable', date: day, quantity: sets, unitPrice: 1.8 }),
        ],
      });
    const facts = (groups: number, sets: number) => enrichClaim(stay(groups, sets), refs).facts;
    const ratio = (groups: number, sets: number) => Math.expm1(extractFeatures(facts(groups, sets), { los: 3, cost: 1 })[col('max_quantity_ratio')]);
    expect(facts(2, 2).items.find((i) => i.lineId === '5')!.dayGroups).toBe(2);
    expect(ratio(2, 2)).toBeCloseTo(1, 9);
    expect(ratio(1, 2)).toBeCloseTo(2, 9);
    expect(ratio(2, 6)).toBeCloseTo(3, 9);
  });

  it('reads a drug line on a stay\'s discharge day as a take-home supply, not one day\'s use', () => {
    // 28 tablets of amlodipine (usual 1 a day): day 3 of the stay is ~9 × a day's use over the days left; on the discharge day it is 出院带药.
    const stay = (date: string) =>
      makeClaim({
        admissionDate: '2025-03-04',
        dischargeDate: '2025-03-10',
        items: [
          makeItem({ lineId: '1', code: '001209000010001', name: '心电监测', category: 'service', date: '2025-03-04', quantity: 1, unitPrice: 10 }),
          makeItem({ lineId: '2', code: 'XC08CAA512A001010145149', name: '苯磺酸氨氯地平片', category: 'drug', date, quantity: 28, unitPrice: 0.08 }),
        ],
      });
    const ratio = (date: string) => Math.expm1(extractFeatures(enrichClaim(stay(date), refs).facts, { los: 6, cost: 1 })[col('max_quantity_ratio')]);
    expect(ratio('2025-03-07')).toBeCloseTo(28 / 3, 6); // on day 3 of 6 it covers the 3 days left (stayLineDays): still 9 a day
    expect(ratio('2025-03-10')).toBeLessThan(1);
    // A home sick bed (家庭病床) dispenses at its weekly visit for the weeks to come: the same line on day 3 is a supply.
    const home = (c: ReturnType<typeof stay>) => ({ ...c, provider: { ...c.provider, department: 'family_bed' } });
    expect(enrichClaim(home(stay('2025-03-07')), refs).facts.stay?.homeSickBed).not.toBeNull();
    expect(Math.expm1(extractFeatures(enrichClaim(home(stay('2025-03-07')), refs).facts, { los: 6, cost: 1 })[col('max_quantity_ratio')])).toBeLessThan(1);
  });

  it('reads a stay\'s drug line over the days until the same drug is billed again or the stay ends (a standing order dispensed ahead)', () => {
    // Aspirin (usual 1 a day) in a 21-night stay: 21 on the admission day is the stay's supply, one a day; 21 on the
    // admission day and again a week later is three a day; two billed daily are two a day.
    const aspirin = (lineId: string, date: string, quantity: number) => makeItem({ lineId, code: 'XB01ACA509A001010119008', name: '阿司匹林肠溶片', category: 'drug', date, quantity, unitPrice: 0.11 });
    const bed = makeItem({ lineId: 'b', code: '001105000010001', name: '普通病房床位费(三人间)', category: 'service', date: '2025-04-07', quantity: 1, unitPrice: 45 });
    const ratio = (drugs: ReturnType<typeof makeItem>[]) =>
      Math.expm1(extractFeatures(enrichClaim(makeClaim({ admissionDate: '2025-04-07', dischargeDate: '2025-04-28', items: [bed, ...drugs] }), refs).facts, { los: 21, cost: 1 })[col('max_quantity_ratio')]);
    expect(ratio([aspirin('1', '2025-04-07', 21)])).toBeCloseTo(1, 6);
    expect(ratio([aspirin('1', '2025-04-07', 21), aspirin('2', '2025-04-14', 21)])).toBeCloseTo(3, 6);
    expect(ratio([aspirin('1', '2025-04-07', 2), aspirin('2', '2025-04-08', 2), aspirin('3', '2025-04-09', 2)])).toBeCloseTo(2, 6);
  });
});

describe('model gate: what counts as treatment given, and how long a drug line lasts', () => {
  const mk = (lineId: string, name: string, category: string, subcategory: string | undefined, amountFen: number, extra: Record<string, unknown> = {}) =>
    ({ lineId, code: `C${lineId}`, name, category, dayIndex: 0, amountFen, catalogue: subcategory ? { subcategory } : null, indicationSupported: null, contextSupported: true, ...extra }) as unknown as ClaimFacts['items'][number];

  it('leaves supported bed and nursing lines out of the treatment given (a 挂床 stay is not cared for by its bed)', () => {
    const f = { items: [mk('1', 'Ⅰ级护理', 'service', 'nursing', 5000), mk('2', '普通病房床位费', 'service', 'bed', 4000), mk('3', '吸氧', 'service', 'treatment', 3000)] };
    expect(explainedTreatmentFen(f)).toBe(3000);
  });

  it('reads an injection line as that day\'s doses, a tablet line over the days until it is billed again', () => {
    const f = {
      inpatient: true,
      lengthOfStay: 10,
      items: [mk('1', '注射用头孢曲松钠', 'drug', undefined, 100, { quantity: 20, parenteral: true }), mk('2', '苯磺酸氨氯地平片', 'drug', undefined, 100, { quantity: 10, parenteral: false })],
    } as unknown as Parameters<typeof stayLineDays>[0];
    const days = stayLineDays(f);
    expect(days.get('1')).toBeUndefined();
    expect(days.get('2')).toBe(10);
  });
});
