import { enrichClaim } from '../../src/enrich/enrich';
import type { ClaimFacts } from '../../src/enrich/facts';
import { extractFeatures, FEATURES } from '../../src/model/features';
import { comparablePeers, fraudSignals, SIGNAL_Z } from '../../src/model/fraud-signal';
import { fitPeerStats, groupNorm, normalize, normFor, peerGroupOf } from '../../src/model/peer-stats';
import { addDays, makeClaim, makeItem, makeOutpatientClaim } from '../helpers/fixtures';
import { refs } from './helpers';

// The gate between "unusual" and "suspect": which deviations may send a claim to review on the model's word alone.
const col = (name: string) => FEATURES.findIndex((f) => f.name === name);
const visit = enrichClaim(makeOutpatientClaim(), refs).facts;
const stay = enrichClaim(makeClaim(), refs).facts;
/** The norm's length for claims no standard course explains (it is read only to stretch a course's total_cost). */
const NO_COURSE = 1;

/** A 门诊慢特病 visit of a member approved for N18 dispensing the given drug lines beside its consultation. */
function chronicVisit(drugs: { code: string; name: string; quantity: number; longPrescription?: boolean }[]): ClaimFacts {
  const items = [
    makeItem({ lineId: '1', code: '001101000020000', name: '门诊诊查费', category: 'service', date: '2025-03-15', quantity: 1, unitPrice: 10 }),
    ...drugs.map((d, i) => ({ ...makeItem({ lineId: String(i + 2), code: d.code, name: d.name, category: 'drug', date: '2025-03-15', quantity: d.quantity, unitPrice: 0.5 }), ...(d.longPrescription ? { longPrescription: true } : {}) })),
  ];
  return enrichClaim(makeOutpatientClaim({ visitType: 'chronic', diagnoses: [{ code: 'N18.500', principal: true }], enrollment: { chronicDiseases: ['N18'] }, items }), refs).facts;
}

/** Stored values x, z-scores and peer medians where only the given features deviate (value = median × ratio, log1p scale for money). */
function vectors(dev: Record<string, { z: number; ratio?: number; delta?: number }>) {
  const d = FEATURES.length;
  const median = new Array<number>(d).fill(Math.log1p(100));
  const x = Float64Array.from(median);
  const z = new Float64Array(d);
  for (const [name, v] of Object.entries(dev)) {
    const j = col(name);
    z[j] = v.z;
    if (v.ratio !== undefined) x[j] = Math.log1p(100 * v.ratio);
    if (v.delta !== undefined) {
      median[j] = 0.3;
      x[j] = 0.3 + v.delta;
    }
  }
  return { x, z, median };
}

describe('fraud signals', () => {
  it('never lets a neutral trait alone back an alert, however far it lies', () => {
    const { x, z, median } = vectors({ weekend_admission: { z: 8 }, class_yi_bing_share: { z: 8, delta: 0.7 }, drug_share: { z: -8, delta: -0.3 }, distinct_items: { z: 8, ratio: 3 }, age: { z: 8 } });
    expect(fraudSignals(visit, 'dx:outpatient|Z34', FEATURES, x, z, median, NO_COURSE)).toEqual([]);
  });

  it('backs an alert on a cost far above comparable peers, not on one that is merely a few SDs or 2.5 × above (the material line is 3 ×)', () => {
    const far = vectors({ total_cost: { z: 6, ratio: 4 } });
    expect(fraudSignals(visit, 'dx:outpatient|N18', FEATURES, far.x, far.z, far.median, NO_COURSE)).toEqual(['total_cost']);
    const near = vectors({ total_cost: { z: SIGNAL_Z + 1, ratio: 2.5 } });
    expect(fraudSignals(visit, 'dx:outpatient|N18', FEATURES, near.x, near.z, near.median, NO_COURSE)).toEqual([]);
    const below = vectors({ total_cost: { z: -6, ratio: 0.2 } });
    expect(fraudSignals(visit, 'dx:outpatient|N18', FEATURES, below.x, below.z, below.median, NO_COURSE)).toEqual([]);
  });

  it('does not judge cost against a coarse group that mixes purposes (out of the model\'s distribution)', () => {
    const far = vectors({ total_cost: { z: 8, ratio: 5 } });
    expect(comparablePeers('visit:outpatient|L2')).toBe(false);
    expect(comparablePeers('mdc:MDCI')).toBe(false);
    expect(comparablePeers('mdc:MDCI|medical')).toBe(true);
    expect(fraudSignals(visit, 'visit:outpatient|L2', FEATURES, far.x, far.z, far.median, NO_COURSE)).toEqual([]);
    // A quantity read against the claim's own usual use needs no such peers (100 days of amoxicillin: beyond the dispensing limit).
    const qty = vectors({ max_quantity_ratio: { z: 8, delta: 3 } });
    expect(fraudSignals(chronicVisit([{ code: 'XJ01CAA501A001010126436', name: '阿莫西林胶囊', quantity: 600 }]), 'visit:outpatient|L2', FEATURES, qty.x, qty.z, qty.median, NO_COURSE)).toEqual(['max_quantity_ratio']);
  });

  it('reads money levels against peers of the stay\'s own ADRG, never its MDC part; days and shares still there', () => {
    // A paracentesis with albumin against MDCH's surgical part (hepatectomies among it): a third of the care there,
    // its own ADRG's level unknown. A multidrug-resistant TB injection phase, seven times MDCE's medical part.
    const thin = vectors({ total_cost: { z: -8, ratio: 0.25 }, cost_vs_norm: { z: -8, ratio: 0.25 }, cost_per_day: { z: -6, ratio: 0.3 } });
    expect(fraudSignals(stay, 'mdc:MDCH|surgical', FEATURES, thin.x, thin.z, thin.median, NO_COURSE)).toEqual([]);
    expect(fraudSignals(stay, 'drg:ES35|adult', FEATURES, thin.x, thin.z, thin.median, NO_COURSE)).toEqual(expect.arrayContaining(['total_cost', 'cost_vs_norm', 'cost_per_day']));
    const costly = vectors({ total_cost: { z: 8, ratio: 7 }, cost_vs_norm: { z: 8, ratio: 7 } });
    expect(fraudSignals(stay, 'mdc:MDCE|medical', FEATURES, costly.x, costly.z, costly.median, NO_COURSE)).toEqual([]);
    expect(fraudSignals(stay, 'drg:ES35|adult', FEATURES, costly.x, costly.z, costly.median, NO_COURSE)).toEqual(expect.arrayContaining(['total_cost', 'cost_vs_norm']));
    // Days without any service carry no DRG weight: the MDC part still reads them (and the bed share: JZ19 below).
    const idle = vectors({ service_day_coverage: { z: -8, delta: -0.3 } });
    expect(fraudSignals(stay, 'mdc:MDCE|medical', FEATURES, idle.x, idle.z, idle.median, NO_COURSE)).toEqual(['service_day_coverage']);
  });

  it('reads a stay for too little care against its own DRG and age band only, for too much against its DRG of all ages too', () => {
    // A child's febrile seizure watched a night: a tenth of the DRG's adult stays, dosed by weight.
    const thin = vectors({ total_cost: { z: -8, ratio: 0.1 }, cost_vs_norm: { z: -8, ratio: 0.1 }, cost_per_day: { z: -6, ratio: 0.3 } });
    expect(fraudSignals(stay, 'drg:BZ15', FEATURES, thin.x, thin.z, thin.median, NO_COURSE)).toEqual([]);
    expect(fraudSignals(stay, 'adrg:BZ1', FEATURES, thin.x, thin.z, thin.median, NO_COURSE)).toEqual([]);
    expect(fraudSignals(stay, 'drg:BZ15|child', FEATURES, thin.x, thin.z, thin.median, NO_COURSE)).toEqual(expect.arrayContaining(['total_cost', 'cost_vs_norm', 'cost_per_day']));
    const costly = vectors({ total_cost: { z: 8, ratio: 5 } });
    expect(fraudSignals(stay, 'drg:BZ15', FEATURES, costly.x, costly.z, costly.median, NO_COURSE)).toEqual(['total_cost']);
  });

  it('does not read a chemotherapy cycle\'s stay (Z51.1, an L01 drug billed) for too little care; a Z51.1 stay without one still', () => {
    const thin = vectors({ total_cost: { z: -8, ratio: 0.3 }, cost_vs_norm: { z: -8, ratio: 0.3 } });
    const cisplatin = { ...stay.items[0], lineId: 'c', category: 'drug' as const, code: 'XL01XAS512B002', name: '顺铂注射液' };
    const cycle: ClaimFacts = { ...stay, principalDiagnosis: 'Z51.102', diagnosisCodes: ['Z51.102', 'C53.900'], items: [...stay.items, cisplatin] };
    expect(fraudSignals(cycle, 'drg:RU13|adult', FEATURES, thin.x, thin.z, thin.median, NO_COURSE)).toEqual([]);
    const noRegimen: ClaimFacts = { ...cycle, items: stay.items };
    expect(fraudSignals(noRegimen, 'drg:RU13|adult', FEATURES, thin.x, thin.z, thin.median, NO_COURSE)).toEqual(expect.arrayContaining(['total_cost', 'cost_vs_norm']));
    const costly = vectors({ total_cost: { z: 8, ratio: 5 } });
    expect(fraudSignals(cycle, 'drg:RU13|adult', FEATURES, costly.x, costly.z, costly.median, NO_COURSE)).toEqual(['total_cost']);
  });

  it('reads a visit\'s drug supply within the dispensing limit (a month, 84 days marked 长处方) as no overdose, beyond it as one', () => {
    // A 门诊慢特病 dialysis member's month: 碳酸钙D3片 ×60 (2 a day: 30 days), 腹膜透析液 ×120 (4 bags a day: 30 days).
    const month = chronicVisit([
      { code: 'XA12AXT512A001010158767', name: '碳酸钙D3片', quantity: 60 },
      { code: 'XB05DBF501F001010163215', name: '腹膜透析液(乳酸盐)', quantity: 120 },
    ]);
    const x60 = vectors({ max_quantity_ratio: { z: 8, delta: Math.log1p(60) - 0.3 } });
    x60.median[col('max_quantity_ratio')] = Math.log1p(14);
    expect(fraudSignals(month, 'dx:chronic|N18', FEATURES, x60.x, x60.z, x60.median, NO_COURSE)).toEqual([]);
    // Twelve weeks marked 长处方 (168 tablets: 84 days) is within its own limit.
    const long = chronicVisit([{ code: 'XA12AXT512A001010158767', name: '碳酸钙D3片', quantity: 168, longPrescription: true }]);
    expect(fraudSignals(long, 'dx:chronic|N18', FEATURES, x60.x, x60.z, x60.median, NO_COURSE)).toEqual([]);
    // 200 tablets (100 days) unmarked, or 400 bags of fluid, is beyond it: the model's quantity signal stands.
    for (const line of [{ code: 'XA12AXT512A001010158767', name: '碳酸钙D3片', quantity: 200 }, { code: 'XB05DBF501F001010163215', name: '腹膜透析液(乳酸盐)', quantity: 400 }]) {
      expect(fraudSignals(chronicVisit([line]), 'dx:chronic|N18', FEATURES, x60.x, x60.z, x60.median, NO_COURSE)).toEqual(['max_quantity_ratio']);
    }
  });

  it('reads a chemotherapy stay\'s capecitabine for one cycle\'s 14 days on (dispensed at the stay that starts it) as no overdose, two cycles as one', () => {
    // XELOX: capecitabine d1–14 q3w (label, catalogue supplyCycle), 8 tablets a day: 112 tablets on day 1 of a 3-night stay.
    const chemo = (quantity: number) =>
      enrichClaim(
        makeClaim({
          admissionDate: '2025-03-04',
          dischargeDate: '2025-03-07',
          diagnoses: [{ code: 'Z51.102', principal: true }, { code: 'C16.900' }],
          procedures: [{ code: '99.2500', date: '2025-03-05' }],
          items: [
            makeItem({ lineId: '1', code: '001102000010000', name: '住院诊查费', category: 'service', date: '2025-03-04', quantity: 3, unitPrice: 15 }),
            makeItem({ lineId: '2', code: 'XL01BCK502A001010173671', name: '卡培他滨片', category: 'drug', date: '2025-03-05', quantity, unitPrice: 5.8 }),
          ],
        }),
        refs,
      ).facts;
    const q = vectors({ max_quantity_ratio: { z: 8, delta: Math.log1p(18.67) - 0.3 } });
    expect(fraudSignals(chemo(112), 'drg:RU13|adult', FEATURES, q.x, q.z, q.median, NO_COURSE)).toEqual([]);
    expect(fraudSignals(chemo(224), 'drg:RU13|adult', FEATURES, q.x, q.z, q.median, NO_COURSE)).toEqual(['max_quantity_ratio']);
  });

  it('takes a costly drug out of the cost when the claim\'s diagnoses meet its catalogue indication restriction, not otherwise', () => {
    // 400 yuan against peers of 100: 350 of it a teriparatide pen (限 M80/M81), the rest a consultation.
    const teriparatide = (dx: string) =>
      enrichClaim(
        makeOutpatientClaim({
          patient: { insuredId: 'INS-5101-000002', gender: 'F', birthDate: '1951-06-01' },
          diagnoses: [{ code: dx, principal: true }],
          items: [
            makeItem({ lineId: '1', code: '001101000020000', name: '门诊诊查费', category: 'service', date: '2025-03-15', quantity: 1, unitPrice: 50 }),
            makeItem({ lineId: '2', code: 'XH05AAT511B002010193506', name: '特立帕肽注射液', category: 'drug', date: '2025-03-15', quantity: 1, unitPrice: 350 }),
          ],
        }),
        refs,
      ).facts;
    const far = vectors({ total_cost: { z: 6, ratio: 4 } });
    expect(fraudSignals(teriparatide('M81.000'), 'dx:outpatient|M81', FEATURES, far.x, far.z, far.median, NO_COURSE)).toEqual([]);
    expect(fraudSignals(teriparatide('M54.500'), 'dx:outpatient|M54', FEATURES, far.x, far.z, far.median, NO_COURSE)).toEqual(['total_cost']);
  });

  it('does not read a stay with more coded procedures than its peers as costing too much, but still reads it as too little care', () => {
    const far = vectors({ total_cost: { z: 8, ratio: 4 }, cost_vs_norm: { z: 8, ratio: 4 } });
    expect(fraudSignals(stay, 'drg:FM39|adult', FEATURES, far.x, far.z, far.median, NO_COURSE)).toEqual(['total_cost', 'cost_vs_norm']);
    const pci = vectors({ total_cost: { z: 8, ratio: 4 }, cost_vs_norm: { z: 8, ratio: 4 }, procedure_count: { z: 4, ratio: 2 } });
    expect(fraudSignals(stay, 'drg:FM39|adult', FEATURES, pci.x, pci.z, pci.median, NO_COURSE)).toEqual([]);
    const low = vectors({ total_cost: { z: -6, ratio: 0.3 }, procedure_count: { z: 4, ratio: 2 } });
    expect(fraudSignals(stay, 'drg:FM39|adult', FEATURES, low.x, low.z, low.median, NO_COURSE)).toEqual(['total_cost']);
  });

  it('reads a 门诊慢特病 visit with more conditions than its peers on the cost their own treatment does not explain', () => {
    // An elderly member with hypertension, diabetes and dyslipidaemia (approved 门诊慢特病) fetching a month of each drug.
    const chronic = (drugs: [string, string][], unitPrice = 2, services: ReturnType<typeof makeItem>[] = []) =>
      enrichClaim(
        makeOutpatientClaim({
          visitType: 'chronic',
          patient: { insuredId: 'INS-5101-000002', gender: 'F', birthDate: '1945-06-01' },
          enrollment: { chronicDiseases: ['I10', 'E11', 'E78'] },
          diagnoses: [{ code: 'I10.x00', principal: true }, { code: 'E11.900' }, { code: 'E78.500' }],
          items: [
            ...drugs.map(([code, name], i) => makeItem({ lineId: String(i + 1), code, name, category: 'drug', date: '2025-03-15', quantity: 30, unitPrice })),
            ...services.map((it, i) => ({ ...it, lineId: String(drugs.length + i + 1) })),
          ],
        }),
        refs,
      ).facts;
    const threeDrugs: [string, string][] = [['XC08CAA512A001010145149', '苯磺酸氨氯地平片'], ['XA10BAE503A001010168547', '盐酸二甲双胍片'], ['XC10AAA511A001010105600', '阿托伐他汀钙片']];
    // 500 yuan against peers of 100 (total_cost ratio 5), with twice their conditions.
    const fiveTimes = vectors({ total_cost: { z: 7, ratio: 5 }, diagnosis_count: { z: 4, ratio: 2 } });
    // Quiet: the conditions' own treatment and work-up: 450 yuan of their drugs, the diabetic's fundus exam (眼底检查, E11).
    const ownCare = chronic(threeDrugs, 5, [makeItem({ code: '002503010050001', name: '眼底检查', category: 'service', date: '2025-03-15', quantity: 1, unitPrice: 50 })]);
    expect(ownCare.items.filter((it) => it.indicationSupported === true)).toHaveLength(4);
    expect(fraudSignals(ownCare, 'dx:chronic|I10', FEATURES, fiveTimes.x, fiveTimes.z, fiveTimes.median, NO_COURSE)).toEqual([]);
    // Fires: the same conditions coded, 180 yuan of their drugs, and 320 yuan of an abdominal CT none of them calls for.
    const elsewhere = chronic(threeDrugs, 2, [makeItem({ code: '002301010030001', name: '腹部CT', category: 'service', date: '2025-03-15', quantity: 1, unitPrice: 320 })]);
    expect(fraudSignals(elsewhere, 'dx:chronic|I10', FEATURES, fiveTimes.x, fiveTimes.z, fiveTimes.median, NO_COURSE)).toEqual(['total_cost']);
    // 400 yuan, 180 of them the three indicated drugs: 220 left, within 3 × the peers.
    const indicated = chronic(threeDrugs);
    const more = vectors({ total_cost: { z: 6, ratio: 4 }, diagnosis_count: { z: 4, ratio: 2 } });
    expect(fraudSignals(indicated, 'dx:chronic|I10', FEATURES, more.x, more.z, more.median, NO_COURSE)).toEqual([]);
    // As many conditions as its peers: the cost is read as before.
    const same = vectors({ total_cost: { z: 6, ratio: 4 } });
    expect(fraudSignals(indicated, 'dx:chronic|I10', FEATURES, same.x, same.z, same.median, NO_COURSE)).toEqual(['total_cost']);
    // A drug none of its conditions calls for (an acid suppressant, no gastric disease) stays in the cost: 340 of 400 left.
    const unmatched = chronic([['XC08CAA512A001010145149', '苯磺酸氨氯地平片'], ['XA02BCP503B002010175232', '注射用泮托拉唑钠']]);
    expect(fraudSignals(unmatched, 'dx:chronic|I10', FEATURES, more.x, more.z, more.median, NO_COURSE)).toEqual(['total_cost']);
  });

  it('reads a whole stay far below its DRG as too little care, but not a stay ended by a transfer', () => {
    const low = vectors({ total_cost: { z: -6, ratio: 0.3 } });
    expect(fraudSignals(stay, 'drg:ES35|adult', FEATURES, low.x, low.z, low.median, NO_COURSE)).toEqual(['total_cost']);
    // Fewer lines a day is how a hospital itemises its bill, not less care: alone it backs nothing.
    const plain = vectors({ items_per_day: { z: -8, ratio: 0.3 } });
    expect(fraudSignals(stay, 'drg:ES35|adult', FEATURES, plain.x, plain.z, plain.median, NO_COURSE)).toEqual([]);
    const transferred = { ...stay, dischargeMode: 'transfer' };
    expect(fraudSignals(transferred, 'drg:ES35|adult', FEATURES, low.x, low.z, low.median, NO_COURSE)).toEqual([]);
    // Palliative care is long and cheap per day by nature: neither its days nor its cost per day back an alert.
    const longCheap = vectors({ los_vs_norm: { z: 6, ratio: 3 }, cost_per_day: { z: -6, ratio: 0.3 } });
    expect(fraudSignals(stay, 'drg:RU13|elderly', FEATURES, longCheap.x, longCheap.z, longCheap.median, NO_COURSE)).toEqual(['cost_per_day']);
    const palliative = { ...stay, principalDiagnosis: 'Z51.500x002' };
    expect(fraudSignals(palliative, 'drg:RU13|elderly', FEATURES, longCheap.x, longCheap.z, longCheap.median, NO_COURSE)).toEqual([]);
    // Coded beside the cancer (C22.9 principal, Z51.5 second) it is the same comfort care.
    const besideCancer = { ...stay, principalDiagnosis: 'C22.900', diagnosisCodes: ['C22.900', 'Z51.500x002', 'R18.x00'] };
    expect(fraudSignals(besideCancer, 'drg:HR19|elderly', FEATURES, longCheap.x, longCheap.z, longCheap.median, NO_COURSE)).toEqual([]);
  });

  it('counts indicated treatment left out of the cost as care when it reads a stay for too little care, indicated tests not', () => {
    // The cost features hold 100 yuan of unexplained lines (vectors' median); cost per day at 0.3 × the peers and bed share
    // 25 points above them. 200 yuan of oxygen and monitoring the heart failure explains are care given: with them
    // neither is thin. 200 yuan of indicated checks is a stay of checks (以体检为目的住院) and still reads as thin.
    const beside = (subcategory: string): ClaimFacts => {
      const first = stay.items[0];
      const line = { ...first, lineId: 'x', category: 'service' as const, amountFen: 20000, contextSupported: true, catalogue: { ...first.catalogue!, subcategory } };
      return { ...stay, items: [...stay.items, line] };
    };
    const thin = vectors({ cost_per_day: { z: -6, ratio: 0.3 }, bed_share: { z: 6, delta: 0.25 } });
    // (The bed share, raised by the thin care and not by more keep, is cost per day's finding: bedShareAtPeerKeep.)
    expect(fraudSignals(stay, 'drg:FR25|elderly', FEATURES, thin.x, thin.z, thin.median, NO_COURSE)).toEqual(['cost_per_day']);
    expect(fraudSignals(beside('treatment'), 'drg:FR25|elderly', FEATURES, thin.x, thin.z, thin.median, NO_COURSE)).toEqual([]);
    expect(fraudSignals(beside('exam'), 'drg:FR25|elderly', FEATURES, thin.x, thin.z, thin.median, NO_COURSE)).toEqual(['cost_per_day']);
  });

  it('reads the bed share of a stay with a complication (DRG …1, …3) only against its own DRG, not an ADRG or MDC part of other levels', () => {
    // 25 points of bed and nursing above the peers: a held bed against its own DRG; against LU15 (不伴并发症) peers it is
    // what an LU11 stay's longer ordinary course bills (a 95-year-old's UTI with dementia: 7.7 norm days against 5.9).
    expect(stay.grouping?.status).toBe('grouped');
    const level = (drg: string): ClaimFacts => ({ ...stay, grouping: { ...stay.grouping!, drg } as ClaimFacts['grouping'] });
    // (Cost per day 1.56 × the peers': the care beside the keep is the peers' 70 yuan a day, the keep 85 against 30.)
    const keep = vectors({ bed_share: { z: 6, delta: 0.25 }, cost_per_day: { z: 1, ratio: 1.56 } });
    for (const drg of ['LU11', 'LU13']) {
      expect(fraudSignals(level(drg), 'drg:' + drg + '|elderly', FEATURES, keep.x, keep.z, keep.median, NO_COURSE)).toEqual(['bed_share']);
      expect(fraudSignals(level(drg), 'drg:' + drg, FEATURES, keep.x, keep.z, keep.median, NO_COURSE)).toEqual(['bed_share']);
      expect(fraudSignals(level(drg), 'adrg:LU1', FEATURES, keep.x, keep.z, keep.median, NO_COURSE)).toEqual([]);
      expect(fraudSignals(level(drg), 'mdc:MDCL|medical', FEATURES, keep.x, keep.z, keep.median, NO_COURSE)).toEqual([]);
    }
    // A stay without a complication (…5) or of an unsplit DRG (…9) is read against the fallback as before.
    expect(fraudSignals(level('LU15'), 'adrg:LU1', FEATURES, keep.x, keep.z, keep.median, NO_COURSE)).toEqual(['bed_share']);
    expect(fraudSignals(level('JZ19'), 'mdc:MDCJ|medical', FEATURES, keep.x, keep.z, keep.median, NO_COURSE)).toEqual(['bed_share']);
    // Days without any service are still read there (too little care for the nights only against the own age band: below).
    const thin = vectors({ bed_share: { z: 6, delta: 0.25 }, cost_per_day: { z: -6, ratio: 0.3 }, service_day_coverage: { z: -8, delta: -0.3 } });
    expect(fraudSignals(level('LU11'), 'adrg:LU1', FEATURES, thin.x, thin.z, thin.median, NO_COURSE)).toEqual(['service_day_coverage']);
  });

  it('reads the bed share for keep beyond the peers\', not for care cheaper than theirs, unless the stay has days of keep without care', () => {
    // A pneumonia stay given its 集采 ceftriaxone (a few yuan a vial) every day at the peers' ward and nursing grade:
    // bed share 0.58 against 0.26, cost per day 0.51 × the peers' (above the half that makes it thin). At the peers'
    // keep per day (0.26 × 212 = 55 yuan) beside its own care the share would be 0.55: the keep adds 3 points, not 32.
    const median = new Array<number>(FEATURES.length).fill(Math.log1p(100));
    median[col('bed_share')] = 0.26;
    median[col('cost_per_day')] = Math.log1p(212);
    const x = Float64Array.from(median);
    x[col('bed_share')] = 0.58;
    x[col('cost_per_day')] = Math.log1p(108);
    const z = new Float64Array(FEATURES.length);
    z[col('bed_share')] = 5.5;
    z[col('cost_per_day')] = -4.4;
    const cheap: ClaimFacts = { ...stay, stay: { ...stay.stay!, idleDays: null } };
    expect(fraudSignals(cheap, 'drg:ES35|elderly', FEATURES, x, z, median, NO_COURSE)).toEqual([]);
    // The same bill with days of bed and nursing only (the idle-day reading's 挂床 days): the share is the held bed's.
    const held: ClaimFacts = { ...stay, stay: { ...stay.stay!, idleDays: { days: 4, inner: 6, share: 0.67, dates: '', lineIds: [], amount: 252 } } };
    expect(fraudSignals(held, 'drg:ES35|elderly', FEATURES, x, z, median, NO_COURSE)).toEqual(['bed_share']);
    // Keep beyond the peers' at their care per day (a higher nursing grade or bed billed every day): read as before.
    x[col('cost_per_day')] = Math.log1p(320);
    z[col('cost_per_day')] = 1;
    expect(fraudSignals(cheap, 'drg:ES35|elderly', FEATURES, x, z, median, NO_COURSE)).toEqual(['bed_share']);
  });

  it('does not read a stay admitted for an urgent work-up (a TIA, stay-content.json lowIntensity.admissionIndicated) as too little care', () => {
    const low = vectors({ total_cost: { z: -6, ratio: 0.2 }, cost_vs_norm: { z: -6, ratio: 0.2 } });
    const tia = enrichClaim(makeClaim({ diagnoses: [{ code: 'G45.900', principal: true }, { code: 'I10.x00' }] }), refs).facts;
    expect(tia.stay?.workUpAdmission).toBe(true);
    expect(fraudSignals(tia, 'drg:BR25|elderly', FEATURES, low.x, low.z, low.median, NO_COURSE)).toEqual([]);
    // The stroke the same bill could have been is read as before.
    expect(stay.stay?.workUpAdmission).toBe(false);
    expect(fraudSignals(stay, 'drg:BR25|elderly', FEATURES, low.x, low.z, low.median, NO_COURSE)).toEqual(['total_cost', 'cost_vs_norm']);
  });

  it('does not read a home sick bed (家庭病床, settled per bed-day, visited weekly) against ward stays', () => {
    const base = makeClaim();
    const home = enrichClaim({ ...base, provider: { ...base.provider, department: 'family_bed' } }, refs).facts;
    expect(home.stay?.homeSickBed).toMatchObject({ department: 'family_bed' });
    const longCheap = vectors({ los_vs_norm: { z: 6, ratio: 3 }, cost_per_day: { z: -6, ratio: 0.3 } });
    expect(fraudSignals(stay, 'drg:BR25|elderly', FEATURES, longCheap.x, longCheap.z, longCheap.median, NO_COURSE)).toEqual(['cost_per_day']);
    expect(fraudSignals(home, 'drg:BR25|elderly', FEATURES, longCheap.x, longCheap.z, longCheap.median, NO_COURSE)).toEqual([]);
  });

  describe('a day-surgery episode (日间手术, day-surgery.json: 24 h by definition, paid as 日间手术)', () => {
    /** A wet-AMD intravitreal injection (H35.3 + 14.7903) admitted and discharged after `nights`, billing the injection day's lines. */
    function injection(nights: number, procedure = '14.7903'): ClaimFacts {
      const day = '2025-03-04';
      const line = (lineId: string, code: string, name: string, category: 'drug' | 'service' | 'consumable', unitPrice: number) => makeItem({ lineId, code, name, category, date: day, quantity: 1, unitPrice });
      const items = [
        line('1', '001105000010001', '普通病房床位费(三人间)', 'service', 45),
        line('2', '001201000030001', 'Ⅱ级护理', 'service', 18),
        line('3', '001102000010000', '住院诊查费', 'service', 15),
        line('4', '003301010030001', '局部浸润麻醉', 'service', 30),
        line('5', 'C11010150600001900710000001', '一次性手术衣及铺单包', 'consumable', 50),
      ];
      const claim = makeClaim({ admissionDate: day, dischargeDate: addDays(day, nights), diagnoses: [{ code: 'H35.300x011', principal: true }], procedures: [{ code: procedure, date: day }], items });
      return enrichClaim({ ...claim, provider: { ...claim.provider, department: 'ophthalmology' } }, refs).facts;
    }
    // Its total and cost against the norm far below the ordinary stays of its DRG, one bed-day a third of the bill.
    const dayLevel = vectors({ total_cost: { z: -8, ratio: 0.05 }, cost_vs_norm: { z: -8, ratio: 0.05 }, cost_per_day: { z: -6, ratio: 0.3 }, bed_share: { z: 8, delta: 0.33 } });

    it('does not read its total, cost per day and bed share against ordinary stays', () => {
      const day = injection(0);
      expect(day.daySurgeryProcedure).toBe('14.7903');
      expect(fraudSignals(day, 'drg:CB39|elderly', FEATURES, dayLevel.x, dayLevel.z, dayLevel.median, NO_COURSE)).toEqual([]);
    });

    it('still reads them for the same bill kept three nights (beyond 48 h by any hours), or a one-day stay whose procedure is not on the list', () => {
      const kept = injection(3);
      expect(kept.daySurgeryProcedure).toBeNull();
      expect(fraudSignals(kept, 'drg:CB39|elderly', FEATURES, dayLevel.x, dayLevel.z, dayLevel.median, NO_COURSE)).toEqual(expect.arrayContaining(['total_cost', 'cost_vs_norm', 'cost_per_day']));
      const offList = injection(0, '16.0900');
      expect(offList.daySurgeryProcedure).toBeNull();
      expect(fraudSignals(offList, 'drg:CB39|elderly', FEATURES, dayLevel.x, dayLevel.z, dayLevel.median, NO_COURSE)).toEqual(expect.arrayContaining(['total_cost', 'cost_vs_norm', 'cost_per_day']));
    });

    it('still reads a day case padded beyond its procedure: lines nothing supports, a cost far above even ordinary stays, a day with no care', () => {
      const day = injection(0);
      const padded = vectors({ total_cost: { z: -8, ratio: 0.05 }, bed_share: { z: 8, delta: 0.33 }, unsupported_share: { z: 8, delta: 0.4 } });
      expect(fraudSignals(day, 'drg:CB39|elderly', FEATURES, padded.x, padded.z, padded.median, NO_COURSE)).toEqual(['unsupported_share']);
      const costly = vectors({ total_cost: { z: 8, ratio: 4 } });
      expect(fraudSignals(day, 'drg:CB39|elderly', FEATURES, costly.x, costly.z, costly.median, NO_COURSE)).toEqual(['total_cost']);
      const idle = vectors({ service_day_coverage: { z: -8, delta: -0.3 } });
      expect(fraudSignals(day, 'drg:CB39|elderly', FEATURES, idle.x, idle.z, idle.median, NO_COURSE)).toEqual(['service_day_coverage']);
    });
  });

  describe('a stay far longer than its norm', () => {
    /** A stay of `careDays` days of care (bed, nursing, ward round, dressing, infusion, exercise therapy, an antibiotic), then `bedDays` of bed and nursing only. */
    function stay(careDays: number, bedDays: number, diagnoses = [{ code: 'I63.900', principal: true }, { code: 'I10.x00' }]): ClaimFacts {
      const admission = '2025-03-04';
      const items: ReturnType<typeof makeItem>[] = [];
      const line = (code: string, name: string, category: 'drug' | 'service', day: number, quantity: number, unitPrice: number) =>
        items.push(makeItem({ lineId: String(items.length + 1), code, name, category, date: addDays(admission, day), quantity, unitPrice }));
      for (let day = 0; day < careDays + bedDays; day++) {
        line('001105000010001', '普通病房床位费(三人间)', 'service', day, 1, 45);
        line('001201000030001', 'Ⅱ级护理', 'service', day, 1, 18);
        if (day >= careDays) continue;
        line('001103000010001', '住院诊查费', 'service', day, 1, 15);
        line('001205000020001', '换药(中)', 'service', day, 1, 25);
        line('001204000010001', '静脉输液(第一组)', 'service', day, 1, 10);
        line('001218000010001', '运动疗法', 'service', day, 1, 40);
        line('XJ01DCT505B002010161001', '注射用头孢呋辛钠', 'drug', day, 3, 4.8);
      }
      return enrichClaim(makeClaim({ admissionDate: admission, dischargeDate: addDays(admission, careDays + bedDays), items, diagnoses }), refs).facts;
    }
    // Peers: the same care for 7 to 9 days.
    const { stats } = fitPeerStats(Array.from({ length: 45 }, (_, i) => stay(7 + (i % 3), 0)));
    function signalsOf(f: ClaimFacts): string[] {
      const group = peerGroupOf(stats, f);
      const x = extractFeatures(f, normFor(stats, group, f));
      const z = new Float32Array(x.length);
      normalize(stats, group, x, z);
      return fraudSignals(f, group, FEATURES, x, z, stats.groups[group].median, groupNorm(stats, group, f).los);
    }

    it('leaves a long stay of cheap care to the idle-day rules, which name a padded one\'s bed-only days', () => {
      const care = stay(17, 0);
      const padded = stay(8, 9);
      expect(comparablePeers(peerGroupOf(stats, care))).toBe(true);
      // Both are more than twice the peers' length: the days alone would back an alert.
      const los = FEATURES.findIndex((d) => d.name === 'los_vs_norm');
      for (const f of [care, padded]) {
        const x = extractFeatures(f, normFor(stats, peerGroupOf(stats, f), f));
        expect(Math.exp(x[los])).toBeGreaterThan(2 * Math.exp(stats.groups[peerGroupOf(stats, f)].median[los]));
      }
      expect(signalsOf(care)).toEqual([]);
      // Cost per day 0.67 × and bed share 18 points above the peers, where a long stay of cheap daily care lies too:
      // the model leaves it; its nine days of bed and nursing only are the stay-content rules' idle days.
      expect(signalsOf(padded)).toEqual([]);
      expect(care.stay.idleDays).toBeNull();
      expect(padded.stay.idleDays).toMatchObject({ days: 9 });
    });

    it('reads a stay a guideline course explains against that course, and a long stay of the same condition without its treatment as before', () => {
      // Infective endocarditis: 4–6 weeks of IV antibiotics (standard-courses.json). Peers: its ordinary 7–9-day stays.
      const ie = [{ code: 'I33.000x004', principal: true }];
      const peers = fitPeerStats(Array.from({ length: 45 }, (_, i) => stay(7 + (i % 3), 0, ie))).stats;
      const signals = (f: ClaimFacts) => {
        const group = peerGroupOf(peers, f);
        const x = extractFeatures(f, normFor(peers, group, f));
        const z = new Float32Array(x.length);
        normalize(peers, group, x, z);
        return fraudSignals(f, group, FEATURES, x, z, peers.groups[group].median, groupNorm(peers, group, f).los);
      };
      const course = stay(35, 0, ie);
      expect(course.stay.standardCourse).toMatchObject({ name: '感染性心内膜炎', treatmentDays: 35 });
      expect(comparablePeers(peerGroupOf(peers, course))).toBe(true);
      expect(signals(course)).toEqual([]);
      // A group the norms table does not know is read against its peers' norm: total_cost's course days are stretched by that norm too.
      const untabled = { ...course, normLos: null, normCost: null };
      expect(signals(untabled)).toEqual([]);
      // The same bill read without its course: about 4–5 × the peers' cost and length.
      const unexplained = { ...course, stay: { ...course.stay, standardCourse: null } };
      expect(signals(unexplained)).toEqual(expect.arrayContaining(['total_cost']));
      // Coded endocarditis, the antibiotic on three days, then a month of bed and nursing: no course, a held bed.
      const held = stay(3, 32, ie);
      expect(held.stay.standardCourse).toBeNull();
      expect(signals(held)).toEqual(expect.arrayContaining(['bed_share', 'cost_per_day']));
      expect(held.stay.idleDays).not.toBeNull();
    });

    it('counts fewer days with services as thin days too', () => {
      const long = vectors({ los_vs_norm: { z: 6, ratio: 3 } });
      expect(fraudSignals(stay(8, 0), 'drg:BR25|elderly', FEATURES, long.x, long.z, long.median, NO_COURSE)).toEqual([]);
      const uncovered = vectors({ los_vs_norm: { z: 6, ratio: 3 }, service_day_coverage: { z: -4, delta: -0.15 } });
      expect(fraudSignals(stay(8, 0), 'drg:BR25|elderly', FEATURES, uncovered.x, uncovered.z, uncovered.median, NO_COURSE)).toEqual(['los_vs_norm', 'service_day_coverage']);
    });
  });
});
