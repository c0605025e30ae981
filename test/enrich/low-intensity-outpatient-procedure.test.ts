import type { RuleExample } from '../../src/rules/examples';
import { enrichExample } from '../helpers/enrich-example';

// 将可在门诊完成的检查收治住院 (stay-content.json outpatientProcedures): a diagnostic gastroscopy on a functional
// dyspepsia stay, with the admission tests' blood draw and two days of a plain glucose-saline drip with nothing added
// (bedBlocking.plainDrip: no coded condition keeps the patient from drinking), is the clinic's procedure in a bed.

const lowIntensity = (e: RuleExample) => enrichExample(e).facts.stay.lowIntensity;
const NIGHTS = 4;
const days = [...Array(NIGHTS).keys()];
const ward = days.flatMap((day) => ['001105000010001', '001201000040001', '001103000010001'].map((code) => ({ code, day })));
const work = ['001204000080001', '002501010010001', '002502010010001', '002502040010001', '003107010010001'].map((code) => ({ code, day: 0 }));
const oral = days.map((day) => ({ code: 'XA02BCL507A001010138626', quantity: 2, day }));
const drip = [0, 1].flatMap((day) => [
  { code: '001204000010001', day }, { code: 'C14010150100001020350000001', day }, { code: 'XB05BBP506B002010139736', quantity: 2, day },
  ...(day === 0 ? [{ code: '001204000070001', day }, { code: 'C14010150200001215730000001', day }] : []),
]);
const stay = (codes: string[]): RuleExample => ({
  set: {
    'provider.department': 'gastroenterology', items: [], dischargeDate: `2025-03-${String(4 + NIGHTS).padStart(2, '0')}`,
    diagnoses: codes.map((code, i) => ({ code, principal: i === 0 })), procedures: [{ code: '44.1300x001', date: '2025-03-05' }],
  },
  addItems: [...ward, ...work, ...oral, ...drip, { code: '002503010030001', day: 1 }],
});

describe('outpatient procedure stay with the admission blood draw and a plain drip', () => {
  it('reads a dyspepsia stay for a diagnostic gastroscopy as the clinic procedure in a bed', () => {
    expect(lowIntensity(stay(['K30.x00']))?.content).toContain('诊断性胃镜检查');
  });

  it('is quiet when a coded condition calls for the drip (vomiting, dehydration)', () => {
    expect(lowIntensity(stay(['K30.x00', 'R11.x00']))).toBeNull();
    expect(lowIntensity(stay(['K30.x00', 'E86.x00']))).toBeNull();
  });
});
