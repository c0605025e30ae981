import { buildClaim as build, judge, hitOf as hit } from '../helpers/shipped-rules';

// 低倍率 (issue 19): a stay below 0.4 × its group's norm is a settlement case (按项目结算); it is a 低标准入院 lead
// (grouping.low-rate, warn) only when nothing shows a patient who needed the ward. Close care (nursing at 一级 or
// above, 新生儿护理, intensive care, organ support on two days or more: rules/knowledge/stay-content.json closeCare)
// makes it grouping.low-rate-close-care (info). On the shipped rules; the base stay is a 5-night cerebral
// infarction (4–9 Mar, 二级护理 on day 0, 288 yuan) in Chengdu, a DRG region.

const onDays = (code: string, days: number[], quantity = 1) => days.map((day) => ({ code, day, quantity }));

const LEVEL1 = '001201000020001'; // Ⅰ级护理
const LEVEL3 = '001201000040001'; // Ⅲ级护理
const NEWBORN_NURSING = '001201000060001';

describe('低倍率 with close care: a settlement case, not a 低标准入院 lead', () => {
  it("a newborn's phototherapy stay for jaundice far below PU15's norm passes with the info rule naming its 新生儿护理 lines", async () => {
    const c = build({
      set: { 'reportedGroup.drg': 'PU15', 'patient.birthDate': '2025-03-01', 'patient.birthWeightGrams': 3200, 'provider.department': 'neonatology', dischargeDate: '2025-03-07', diagnoses: [{ code: 'P59.901', principal: true }], items: [] },
      addItems: [...onDays('001105000050001', [0, 1, 2]), ...onDays(NEWBORN_NURSING, [0, 1, 2]), ...onDays('002502010040001', [0, 1, 2]), ...onDays('003112010010001', [0, 1], 12)],
    });
    const v = await judge(c);
    expect(hit(v, 'grouping.low-rate')).toBeUndefined();
    const h = hit(v, 'grouping.low-rate-close-care')!;
    expect(h.severity).toBe('info');
    expect(h.evidence).toMatchObject({ 住院护理天数: 3, 住院护理项目: '新生儿护理' });
    expect(h.evidence!['费用倍率']).toBeLessThan(0.4);
    expect(h.lineIds.sort()).toEqual(c.items.filter((i: any) => i.code === NEWBORN_NURSING).map((i: any) => i.lineId).sort());
    expect(v.decision).toBe('pass');
  });

  it('a long schizophrenia stay nursed at 一级 in its first week and on oral antipsychotics is neither a lead nor a 低倍率 case: psychiatric stays are paid by the bed-day (国办发〔2017〕55号)', async () => {
    const days = Array.from({ length: 40 }, (_, d) => d);
    const c = build({
      set: { 'reportedGroup.drg': 'TR19', 'provider.department': 'psychiatry', dischargeDate: '2025-04-13', diagnoses: [{ code: 'F20.900', principal: true }], items: [] },
      addItems: [...onDays('001105000010001', days), ...onDays(LEVEL1, days.slice(0, 7)), ...onDays('001201000030001', days.slice(7)), ...onDays('001103000010001', days), ...onDays('XN05AXL516A001', days, 2)],
    });
    const v = await judge(c);
    expect(hit(v, 'grouping.low-rate')).toBeUndefined();
    expect(hit(v, 'grouping.low-rate-close-care')).toBeUndefined();
    expect(v.decision).toBe('pass');
  });
});

describe('低倍率 with no close care stays the 低标准入院 lead (warn)', () => {
  const hypertension = { 'reportedGroup.drg': 'FV25', 'provider.department': 'internal', dischargeDate: '2025-03-08', diagnoses: [{ code: 'I10.x00x002', principal: true }], items: [] };
  const stay = [...onDays('001105000010001', [0, 1, 2, 3]), ...onDays('001103000010001', [0, 1, 2, 3]), ...onDays('XB05BBL511B002010178601', [0, 1, 2, 3]), ...onDays('001204000010001', [0, 1, 2, 3])];

  it('four nights of 三级护理 and a daily saline drip for stable hypertension', async () => {
    const v = await judge(build({ set: hypertension, addItems: [...stay, ...onDays(LEVEL3, [0, 1, 2, 3])] }));
    expect(hit(v, 'grouping.low-rate')?.severity).toBe('warn');
    expect(hit(v, 'grouping.low-rate-close-care')).toBeUndefined();
    expect(v.decision).toBe('review');
  });

  it('一级护理 on the admission day alone is the admission grade, not close care', async () => {
    const v = await judge(build({ set: hypertension, addItems: [...stay, ...onDays(LEVEL1, [0]), ...onDays(LEVEL3, [1, 2, 3])] }));
    expect(hit(v, 'grouping.low-rate')?.severity).toBe('warn');
    expect(hit(v, 'grouping.low-rate-close-care')).toBeUndefined();
  });
});
