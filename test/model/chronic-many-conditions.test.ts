import { enrichClaim } from '../../src/enrich/enrich';
import { FEATURES } from '../../src/model/features';
import { fraudSignals } from '../../src/model/fraud-signal';
import { makeItem, makeOutpatientClaim } from '../helpers/fixtures';
import { refs } from './helpers';

// An elderly member with many approved 门诊慢特病 fetching each disease's drugs: a costly visit her conditions
// explain. The drugs the drug table (rules/knowledge/drug-indications.json) finds within them are taken out of the
// cost, and what is left is judged against the peers.
const col = (name: string) => FEATURES.findIndex((f) => f.name === name);
/** The norm's length for claims no standard course explains. */
const NO_COURSE = 1;

/** Stored values, z-scores and medians: the cost `ratio` × its peers' 100 yuan (z 6), the conditions twice as many (z 4). */
function costlyWithMoreConditions(ratio: number) {
  const median = new Array<number>(FEATURES.length).fill(Math.log1p(100));
  const x = Float64Array.from(median);
  const z = new Float64Array(FEATURES.length);
  for (const [name, zv, r] of [['total_cost', 6, ratio], ['diagnosis_count', 4, 2]] as const) {
    z[col(name)] = zv;
    x[col(name)] = Math.log1p(100 * r);
  }
  return { x, z, median };
}

const APPROVED: [string, string][] = [
  ['G20', 'G20.x00'], // 帕金森病
  ['J44', 'J44.900'], // 慢阻肺
  ['M81', 'M81.000'], // 绝经后骨质疏松
  ['I48', 'I48.x00'], // 心房颤动
  ['I50', 'I50.900'], // 心力衰竭
  ['E11', 'E11.900'], // 2型糖尿病
  ['N18', 'N18.400'], // 慢性肾脏病4期
  ['I10', 'I10.x00'], // 高血压
  ['E78', 'E78.500'], // 高脂血症
];

const DRUGS: [string, string][] = [
  ['XN04BAD513A001010195217', '多巴丝肼片'],
  ['XR03BBS510C003010157776', '噻托溴铵粉吸入剂'],
  ['XM05BAA520A001010147915', '阿仑膦酸钠片'],
  ['XA12AXT512A001010158767', '碳酸钙D3片'],
  ['XB01AFL503A001010159963', '利伐沙班片'],
  ['XC01AAD503A001010155770', '地高辛片'],
  ['XA10BAE503A001010168547', '盐酸二甲双胍片'],
  ['XA11CCG506A001010101576', '骨化三醇软胶囊'],
  ['XC08CAA512A001010145149', '苯磺酸氨氯地平片'],
  ['XC10AAA511A001010105600', '阿托伐他汀钙片'],
];

/** Each drug a month at 3 yuan a day (90 yuan), or at the price given. */
function visit(drugs: [string, string, number?][]) {
  return enrichClaim(
    makeOutpatientClaim({
      visitType: 'chronic',
      patient: { insuredId: 'INS-5101-000003', gender: 'F', birthDate: '1943-02-11' },
      enrollment: { chronicDiseases: APPROVED.map(([category]) => category) },
      diagnoses: APPROVED.map(([, code], i) => ({ code, principal: i === 0 })),
      items: drugs.map(([code, name, unitPrice = 3], i) => makeItem({ lineId: String(i + 1), code, name, category: 'drug', date: '2025-03-15', quantity: 30, unitPrice })),
    }),
    refs,
  ).facts;
}

describe('a 门诊慢特病 visit of a member with many approved chronic diseases', () => {
  it('is not read as costing too much when the drug table finds each drug within an approved disease (Parkinson\'s, COPD, osteoporosis, AF, heart failure, diabetes, CKD)', () => {
    // Ten drugs of 90 yuan: 900, nine times the peers, all of it her conditions' treatment.
    const { x, z, median } = costlyWithMoreConditions(9);
    const facts = visit(DRUGS);
    expect(facts.items.filter((it) => it.indicationSupported !== true && it.catalogueIndicationMet !== true).map((it) => it.name)).toEqual([]);
    expect(fraudSignals(facts, 'dx:chronic|G20', FEATURES, x, z, median, NO_COURSE)).toEqual([]);
  });

  it('reads the cost no condition explains: a costly drug that serves none of them (an antipsychotic, no approved psychiatric disease)', () => {
    // 900 yuan of her conditions' drugs and 360 of risperidone: 360 left, above three times the peers.
    const costly = costlyWithMoreConditions(12.6);
    const facts = visit([...DRUGS, ['XN05AXL516A001010153776', '利培酮片', 12]]);
    expect(facts.items.find((it) => it.name === '利培酮片')?.indicationSupported).toBe(false);
    expect(fraudSignals(facts, 'dx:chronic|G20', FEATURES, costly.x, costly.z, costly.median, NO_COURSE)).toEqual(['total_cost']);
    // A month of it at 3 yuan a day leaves 90 yuan: not a cost outlier (whether it was due is the indication rules' question).
    const cheap = costlyWithMoreConditions(9.9);
    expect(fraudSignals(visit([...DRUGS, ['XN05AXL516A001010153776', '利培酮片']]), 'dx:chronic|G20', FEATURES, cheap.x, cheap.z, cheap.median, NO_COURSE)).toEqual([]);
  });
});
