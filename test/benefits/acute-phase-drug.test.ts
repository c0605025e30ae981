import { arrive, buildClaim as build, hitOf } from '../helpers/shipped-rules';

// A drug the catalogue pays only in the acute phase (银杏叶提取物注射液: 限缺血性心脑血管疾病急性期住院患者) on a stay coded
// as the acute cerebral infarction 2 weeks to 6 months after the member's stroke stay, with no new event shown
// (history.acute-phase-drug-in-recovery; 中国急性缺血性脑卒中诊治指南2023: 急性期 2 weeks, 恢复期 to 6 months → I69.3).

const RULE = 'history.acute-phase-drug-in-recovery';
const GINKGO = 'XN06DXY505B002010124156';
const SHUXUETONG = 'ZA12BAS513B002010119612';
const ALTEPLASE = 'XB01ADA510B002010198849';
const MRI = '002401010010001';
type Line = { code: string; day: number; quantity?: number };
const days = (code: string, quantity: number, n: number): Line[] => Array.from({ length: n }, (_, day) => ({ code, day, quantity }));
// The base stay (2025-03-04, I63.900 with a head CT on its admission day) shifted; `noImaging` turns its CT into a blood count.
const noImaging = { 'items[2].code': '002501010010001', 'items[2].name': '血常规(五分类)', 'items[2].unitPrice': 25 };
const acute = (id: string, shift: number) => build({ shiftDays: shift, set: { claimId: id }, addItems: [{ code: MRI, day: 1 }, ...days(SHUXUETONG, 6, 5)] });
const later = (id: string, shift: number, extra: Record<string, unknown> = {}, items: Line[] = []) =>
  build({
    shiftDays: shift,
    set: { claimId: id, 'provider.department': 'tcm', diagnoses: [{ code: 'I63.900', principal: true }, { code: 'G81.900' }, { code: 'I10.x00' }], ...noImaging, ...extra },
    addItems: [...days(GINKGO, 2, 5), ...items],
  });

describe('acute-phase drug on a recovery-phase stay coded as acute', () => {
  it('100 days after the stroke stay, no imaging: names the earlier stay, the restriction and the ginkgo lines', async () => {
    const c = later('REC-1', 100);
    const [, v] = await arrive(acute('STK-1', 0), c);
    const h = hitOf(v, RULE)!;
    expect(h.message).toContain('STK-1');
    expect(h.message).toContain('100天');
    expect(h.message).toContain('急性期住院患者');
    expect(h.message).toContain('I69.3');
    expect(h.lineIds).toEqual(c.items.filter((i: any) => i.code === GINKGO).map((i: any) => i.lineId));
  });

  it('10 days after the stroke stay (still its acute phase) and 200 days after (beyond the window): quiet', async () => {
    const [, soon] = await arrive(acute('STK-1', 0), later('REC-1', 10));
    expect(hitOf(soon, RULE)).toBeUndefined();
    const [, late] = await arrive(acute('STK-1', 0), later('REC-1', 200));
    expect(hitOf(late, RULE)).toBeUndefined();
  });

  it('a recurrence treated with alteplase, or admitted by transfer (the scan at the sending hospital): quiet', async () => {
    const [, lysed] = await arrive(acute('STK-1', 0), later('REC-1', 100, {}, [{ code: ALTEPLASE, day: 0 }]));
    expect(hitOf(lysed, RULE)).toBeUndefined();
    const [, moved] = await arrive(acute('STK-1', 0), later('REC-1', 100, { admissionRoute: 'transfer' }));
    expect(hitOf(moved, RULE)).toBeUndefined();
  });

  it('the latest earlier stroke stay dates the phase: a recurrence 10 days before this stay restarts it', async () => {
    const [, , v] = await arrive(acute('STK-1', 0), acute('STK-2', 90), later('REC-1', 100));
    expect(hitOf(v, RULE)).toBeUndefined();
  });

  it('a stay dated before the restriction took effect (indicationsFrom 2025-01-01): quiet', async () => {
    const [, v] = await arrive(acute('STK-1', -200), later('REC-1', -100));
    expect(hitOf(v, RULE)).toBeUndefined();
  });
});
