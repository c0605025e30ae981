import type { Verdict } from '../../src/contract/verdict';
import { buildClaim as build, arrive } from '../helpers/shipped-rules';

// Device checks (程控) at most twice in 90 days, save the checks an operation or an MRI calls for (aroundProcedures):
// a check within 7 days of another claim coding an operation (00–86) or an MRI, at any institution, is neither judged
// nor counted; one further away is a routine check like any other.

const tooOften = (v: Verdict) => v.hits.find((h) => h.ruleId === 'history.billed-too-often');
const check = (i: number, shiftDays: number) => build({
  base: 'outpatient',
  shiftDays,
  set: {
    items: [], claimId: `CHK-${i}`, 'provider.hospitalId': 'H51010001', 'provider.department': 'cardiology',
    diagnoses: [{ code: 'Z95.001', principal: true }], procedures: [{ code: '89.4501' }],
  },
  addItems: [{ code: '001102000020001' }],
});
const outpatientOperation = (shiftDays: number) => build({
  base: 'outpatient',
  shiftDays,
  set: {
    items: [], claimId: `OP-${shiftDays}`, 'provider.hospitalId': 'H51010002', 'provider.department': 'ophthalmology',
    diagnoses: [{ code: 'H25.900', principal: true }], procedures: [{ code: '13.4100' }],
  },
  addItems: [{ code: '001102000010001' }],
});
const mri = (shiftDays: number) => build({
  base: 'outpatient',
  shiftDays,
  set: { items: [], claimId: `MRI-${shiftDays}`, 'provider.hospitalId': 'H51010002', diagnoses: [{ code: 'M51.200', principal: true }] },
  addItems: [{ code: '002401010020001' }],
});

describe('device checks around an operation or an MRI', () => {
  it('checks before and after an outpatient operation beside the routine one: quiet; the same three with no operation: the third flagged', async () => {
    const around = await arrive(check(1, 0), check(2, 50), outpatientOperation(54), check(3, 57));
    expect(around.map(tooOften)).toEqual([undefined, undefined, undefined, undefined]);
    const routine = await arrive(check(1, 0), check(2, 50), check(3, 57));
    expect(tooOften(routine[2])).toBeDefined();
  });

  it('a check on the day of an MRI elsewhere is not counted against a later routine check', async () => {
    const vs = await arrive(check(1, 0), mri(30), check(2, 30), check(3, 60));
    expect(vs.map(tooOften)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('an operation 20 days before the check does not excuse it', async () => {
    const vs = await arrive(check(1, 0), check(2, 30), outpatientOperation(40), check(3, 60));
    expect(tooOften(vs[3])).toBeDefined();
  });

  it('a check billing the 程控 row beyond the schedule: the 程控 line is judged, the consultation beside it is not (REVIEW31B item 3)', async () => {
    const billed = (i: number, shiftDays: number) => build({
      base: 'outpatient',
      shiftDays,
      set: {
        items: [], claimId: `PGM-${i}`, 'provider.hospitalId': 'H51010001', 'provider.department': 'cardiology',
        diagnoses: [{ code: 'Z95.001', principal: true }], procedures: [{ code: '89.4501' }],
      },
      addItems: [{ code: '001102000020001' }, { code: '003107030070001' }],
    });
    const third = billed(3, 80);
    const vs = await arrive(billed(1, 0), billed(2, 40), third);
    const hit = tooOften(vs[2]);
    expect(hit).toBeDefined();
    const codeOf = new Map((third.items as { lineId: string; code: string }[]).map((l) => [l.lineId, l.code]));
    expect(hit!.lineIds.map((id) => codeOf.get(id))).toEqual(['003107030070001']);
  });
});
