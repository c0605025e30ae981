import { evaluateExample } from '../helpers/enrich-example';

// Ⅰ级护理 after a kidney transplant (item-consistency.json afterOperations, whileSameDay): past the major operation's
// three days, a day is supported only while the graft's function is measured that day.

const RULE = 'catalogue.item-context-unsupported';
const GRADE_ONE = '001201000020001';
const KIDNEY_FUNCTION = '002502020010001';
const GENERAL_ANAESTHESIA = '003301010010001';
const transplant = {
  'provider.department': 'transplant',
  dischargeDate: '2025-03-20',
  diagnoses: [{ code: 'N18.500', principal: true }],
  procedures: [{ code: '55.6901', principal: true, date: '2025-03-04' }],
};

async function gradeOneHits(addItems: object[], set: Record<string, unknown> = transplant) {
  const { claim, hits: all } = await evaluateExample({ set, addItems } as never);
  const hits = all.filter((h) => h.ruleId === RULE);
  const grade = new Set(claim.items.filter((i) => i.code === GRADE_ONE).map((i) => i.lineId));
  return hits.flatMap((h) => h.lineIds).filter((id) => grade.has(id)).length;
}

describe('Ⅰ级护理 after a kidney transplant', () => {
  it('is supported on a later day that measures kidney function, not on one that does not', async () => {
    const days = [{ code: GENERAL_ANAESTHESIA, day: 0 }, { code: GRADE_ONE, day: 12 }, { code: GRADE_ONE, day: 13 }, { code: KIDNEY_FUNCTION, day: 12 }];
    expect(await gradeOneHits(days)).toBe(1);
    expect(await gradeOneHits([...days, { code: KIDNEY_FUNCTION, day: 13 }])).toBe(0);
  });

  it('needs the operation under general anaesthesia: daily kidney function alone on a medical stay does not carry it', async () => {
    const medical = { ...transplant, procedures: [] };
    expect(await gradeOneHits([{ code: GRADE_ONE, day: 12 }, { code: KIDNEY_FUNCTION, day: 12 }], medical)).toBe(1);
  });
});
