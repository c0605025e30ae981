import { type RuleExample } from '../../src/rules/examples';
import { exampleFacts, shippedRules } from '../helpers/shipped-rules';
import { addDays } from '../../src/contract/dates';

const { refs } = shippedRules.current();

/** Facts of the clean inpatient base claim (I63.900 + I10.x00, 510100 成都, 5 days, 288.46 yuan) patched. */
const facts = exampleFacts;

describe('grouping facts', () => {
  it('join the computed DRG with the region norms', () => {
    const f = facts({ set: { 'reportedGroup.drg': 'BR25' } });
    const norm = refs.norms!.drgNorm('510100', 'BR25')!;
    expect(f).toMatchObject({
      paymentScheme: 'DRG', groupSettled: true, groupable: true, computedDrg: 'BR25', groupComputed: 'BR25', groupReported: 'BR25',
      computedWeight: norm.weight, reportedWeight: norm.weight, weightDifference: 0, estimatedOverpayment: 0,
      normLos: norm.normLos, normCost: norm.normCost, totalCost: 288.46,
    });
    expect(f.costRatio).toBeCloseTo(288.46 / norm.normCost, 2);
    expect(f.losRatio).toBeCloseTo(5 / norm.normLos, 2);
  });

  it('price an upcoded DRG at weight difference × the region base rate', () => {
    const f = facts({ set: { 'reportedGroup.drg': 'BR21' } });
    const w = (d: string) => refs.norms!.drgNorm('510100', d)!.weight;
    expect(f.weightDifference).toBeCloseTo(w('BR21') - w('BR25'), 4);
    expect(f.estimatedOverpayment).toBeCloseTo((w('BR21') - w('BR25')) * refs.norms!.schemeOf('510100')!.baseRate, 1);
  });

  it('name the complication that drove the split and whether an item supports it', () => {
    const dx = [{ code: 'I63.900', principal: true }, { code: 'J96.000' }];
    const bare = facts({ set: { diagnoses: dx, 'reportedGroup.drg': 'BR21' } });
    expect(bare).toMatchObject({ computedDrg: 'BR21', splitComplication: 'J96.000', splitComplicationKind: 'mcc', complicationSupported: false });
    expect(bare.complicationAmount).toBeGreaterThan(0);
    // Oxygen alone does not evidence respiratory failure; ventilation does.
    expect(facts({ set: { diagnoses: dx }, addItems: [{ code: '001208000010001' }] }).complicationSupported).toBe(false);
    expect(facts({ set: { diagnoses: dx }, addItems: [{ code: '001214000010001' }] }).complicationSupported).toBe(true);
    expect(facts({}).splitComplication).toBeNull();
  });

  it('not read SpO₂ monitoring as the gas behind long-term oxygen for chronic respiratory failure, at a township hospital either', () => {
    const dx = [{ code: 'I63.900', principal: true }, { code: 'J96.100' }];
    const oxygen = [0, 1, 2, 3].map((day) => ({ code: '001208000010001', day, quantity: 24 }));
    const spo2 = [0, 1, 2, 3].map((day) => ({ code: '001210000010001', day, quantity: 24 }));
    const at = (level: number, extra: RuleExample['addItems'] = []) =>
      facts({ set: { diagnoses: dx, 'provider.level': level }, addItems: [...oxygen, ...extra] });
    expect(at(1, spo2)).toMatchObject({ splitComplication: 'J96.100', complicationSupported: false });
    expect(at(2, spo2).complicationSupported).toBe(false);
    expect(at(1, [{ code: '002502090010001', day: 0 }]).complicationSupported).toBe(true);
  });

  it('leave a complication unjudged (null) on a stay ended by 医嘱转院 on its admission day or the next, and judge it after longer', () => {
    const dx = [{ code: 'I63.900', principal: true }, { code: 'I48.000' }];
    const early = facts({ set: { diagnoses: dx, dischargeDate: '2025-03-05', dischargeMode: 'transfer' } });
    expect(early).toMatchObject({ splitComplication: 'I48.000', complicationSupported: null, complicationSplitsGroup: true, complicationLineIds: null });
    expect(facts({ set: { diagnoses: dx, dischargeDate: '2025-03-07', dischargeMode: 'transfer' } }).complicationSupported).toBe(false);
    expect(facts({ set: { diagnoses: dx, dischargeDate: '2025-03-05' } }).complicationSupported).toBe(false);
  });

  it('use the DIP 病种 and score in a DIP region', () => {
    const f = facts({ set: { region: '510600', 'reportedGroup.dip': 'I63:*' } });
    expect(f).toMatchObject({ paymentScheme: 'DIP', computedDip: 'I63:保守治疗', groupComputed: 'I63:保守治疗', groupReported: 'I63:*' });
    expect(f.reportedScore!).toBeGreaterThan(f.computedScore!);
    expect(f.estimatedOverpayment).toBeCloseTo((f.reportedScore! - f.computedScore!) * refs.norms!.schemeOf('510600')!.pointValue!, 0);
  });

  it('say when a record cannot be grouped, and stay empty outside DRG/DIP regions and for outpatients', () => {
    expect(facts({ set: { diagnoses: [{ code: 'I63.999x999', principal: true }] } })).toMatchObject({ groupable: false, computedDrg: '0000', computedWeight: null });
    expect(facts({ set: { region: '510900' }, setAfter: { 'amounts.fundClaimed': 10 } })).toMatchObject({ paymentScheme: null, groupSettled: false, normCost: null });
    expect(facts({ base: 'outpatient' })).toMatchObject({ paymentScheme: null, groupable: null, computedDrg: null });
  });

  it('treat a claim that names no group and asks nothing of the fund as outside group settlement', () => {
    expect(facts({}).groupSettled).toBe(false);
    expect(facts({ setAfter: { 'amounts.fundClaimed': 50 } }).groupSettled).toBe(true);
  });

  it('leave a parent-coded stay the settlement grouped 0000 outside group settlement, and judge one it grouped', () => {
    const hernia = [{ code: 'K40.900', principal: true }];
    expect(facts({ set: { diagnoses: hernia, 'reportedGroup.drg': '0000' } })).toMatchObject({ groupedThroughParent: true, groupSettled: false });
    expect(facts({ set: { diagnoses: hernia, 'reportedGroup.drg': 'GZ15' } })).toMatchObject({ groupedThroughParent: true, groupSettled: true });
    expect(facts({ set: { 'reportedGroup.drg': '0000' } })).toMatchObject({ groupedThroughParent: false, groupSettled: true });
  });

  it('judge a preterm stay against a norm that follows birth weight (SAMPLE priors from neonatal network figures)', () => {
    // Born on the day of admission, principal diagnosis 其他早产儿, newborn bed and nursing on the first day.
    const preterm = (grams: number, days: number) =>
      facts({
        set: {
          'reportedGroup.drg': 'PS25', 'patient.birthDate': '2025-03-04', 'patient.birthWeightGrams': grams, 'provider.department': 'neonatology',
          dischargeDate: addDays('2025-03-04', days), diagnoses: [{ code: 'P07.300', principal: true }], items: [],
        },
        addItems: [{ code: '001105000050001' }, { code: '001201000060001' }],
      });
    const norms = [1300, 1800, 2200, 2700].map((g) => [preterm(g, 10).groupComputed, preterm(g, 10).normLos]);
    expect(norms.map(([g]) => g)).toEqual(['PS15', 'PS25', 'PS39', 'PS45']);
    // Lighter infants stay longer: weeks below 2,000 g, not the letter rule's week.
    const los = norms.map(([, l]) => l as number);
    expect(los).toEqual([...los].sort((a, b) => b - a));
    expect(los[1]).toBeGreaterThanOrEqual(14);
    // Three weeks at 1,800 g is within the far-off bounds (below 3× the norm); two days and sixty are not.
    expect(preterm(1800, 21).losRatio).toBeLessThan(3);
    expect(preterm(1800, 21).losRatio).toBeGreaterThan(0.25);
    expect(preterm(1800, 60).losRatio).toBeGreaterThanOrEqual(3);
    expect(preterm(1800, 2).losRatio).toBeLessThan(0.25);
  });
});
