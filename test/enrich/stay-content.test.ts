import { type ExampleItem, type RuleExample } from '../../src/rules/examples';
import { baseClaims as bases, buildClaim as build, judge, hitOf as hit } from '../helpers/shipped-rules';
import { enrichClaim } from '../../src/enrich/enrich';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';
import { RULES_DIR } from '../helpers/rules-dir';

// What a stay's days contain (issue 19): 挂床 (days with a bed and no care), 低标准入院 (a short stay with nothing
// that needs a bed), rehabilitation no diagnosis calls for. On the shipped rules and knowledge tables; the base
// stay is a 5-night cerebral infarction (4–9 Mar) with a CT and oral drugs on days 0–1.

const ROUTINE = ['001105000010001', '001201000030001', '001103000010001']; // bed, Ⅱ级护理, 住院诊查费
const routineOn = (days: number[]) => days.flatMap((day) => ROUTINE.map((code) => ({ code, day })));

describe('挂床住院: days between admission and discharge with only bed, nursing and the ward round', () => {
  it('names the routine lines of the idle days, not the days with care', async () => {
    const c = build({ set: { dischargeDate: '2025-03-12' }, addItems: [...routineOn([1, 2, 3, 4, 5, 6, 7]), ...[1, 2].map((day) => ({ code: 'XJ01CAA501A001010126436', day }))] });
    const v = await judge(c);
    const h = hit(v, 'catalogue.bed-blocking-stay')!;
    const idleDates = ['2025-03-07', '2025-03-08', '2025-03-09', '2025-03-10', '2025-03-11'];
    const expected = c.items.filter((i: any) => idleDates.includes(i.date)).map((i: any) => i.lineId);
    expect(h.lineIds.sort()).toEqual(expected.sort());
    expect(h.evidence).toMatchObject({ 无诊疗天数: 5, 住院中间天数: 7 });
    expect(v.decision).toBe('review');
  });

  // A five-a-week rehabilitation course rests on weekends and short holidays; eight days without a session over 春节 is no rest.
  const spring = { 'provider.department': 'rehabilitation', 'provider.level': 1, admissionDate: '2025-01-24', dischargeDate: '2025-02-08', diagnoses: [{ code: 'I69.300', principal: true }, { code: 'G81.900' }], items: [] };
  const springDays = [...Array(15).keys()];
  it('a rehabilitation course broken over the whole 春节 holiday: the holiday days are idle', async () => {
    const c = build({ set: spring, addItems: [...routineOn(springDays), ...[0, 1, 2, 3, 12, 13, 14].map((day) => ({ code: '001218000010001', day }))] });
    const h = hit(await judge(c), 'catalogue.bed-blocking-stay')!;
    expect(h.evidence).toMatchObject({ 无诊疗天数: 8, 无诊疗日期: '2025-01-28、2025-01-29、2025-01-30、2025-01-31、2025-02-01、2025-02-02、2025-02-03、2025-02-04' });
  });
  it('a long course pausing over the holiday (the break a quarter of the stay) keeps it as rest: quiet', async () => {
    const long = { ...spring, admissionDate: '2025-01-06', dischargeDate: '2025-02-22' };
    const workdays = [...Array(47).keys()].filter((d) => {
      const date = new Date(Date.UTC(2025, 0, 6 + d));
      const iso = date.toISOString().slice(0, 10);
      if (iso >= '2025-01-28' && iso <= '2025-02-04') return false;
      return iso === '2025-01-26' || iso === '2025-02-08' || (date.getUTCDay() !== 0 && date.getUTCDay() !== 6);
    });
    const c = build({ set: long, addItems: [...routineOn([...Array(47).keys()]), ...workdays.map((day) => ({ code: '001218000010001', day }))] });
    expect(hit(await judge(c), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
  it('the same course with one session inside the holiday leaves breaks of a week\'s rest at most: quiet', async () => {
    const c = build({ set: spring, addItems: [...routineOn(springDays), ...[0, 1, 2, 3, 7, 12, 13, 14].map((day) => ({ code: '001218000010001', day }))] });
    expect(hit(await judge(c), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });

  it('a long stay with a treatment drug on most days is not 挂床', async () => {
    const days = [1, 2, 3, 4, 5, 6, 7];
    const c = build({ set: { dischargeDate: '2025-03-12' }, addItems: [...routineOn(days), ...[2, 3, 4, 5, 6].map((day) => ({ code: 'XJ01CAA501A001010126436', day }))] });
    expect(hit(await judge(c), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });

  // The member's routine oral medication (aspirin, a statin, an antihypertensive) is taken at home too.
  const tokenAspirin = { dischargeDate: '2025-03-12' };
  const tokenDays = [...routineOn([1, 2, 3, 4, 5, 6, 7]), ...[2, 4, 6].map((day) => ({ code: 'XB01ACA509A001010119008', day }))];
  it('days whose only content beside bed and nursing is a tablet of the routine aspirin are idle, the tablets named', async () => {
    const c = build({ set: tokenAspirin, addItems: tokenDays });
    const h = hit(await judge(c), 'catalogue.bed-blocking-stay')!;
    expect(h.evidence).toMatchObject({ 无诊疗天数: 7 }); // day 1 holds the base stay's aspirin and statin only
    expect(h.lineIds).toEqual(expect.arrayContaining(c.items.filter((i: any) => i.code === 'XB01ACA509A001010119008').map((i: any) => i.lineId)));
  });

  // An anti-infective course dispensed as one supply, and a negative-pressure dressing between its changes, treat the
  // days they cover (stay-content.json bedBlocking.courseSupply, continuousTherapy; src/enrich/course-cover-days.ts).
  const OSELTAMIVIR = 'XJ05AHA508A001010113529'; // usualPerDay 2, maxDays 5
  const flu = (quantity: number) => build({ set: { dischargeDate: '2025-03-13', diagnoses: [{ code: 'J10.100', principal: true }], items: [] }, addItems: [...routineOn([...Array(9).keys()]), { code: OSELTAMIVIR, day: 0, quantity }] });
  it('an antiviral course dispensed on admission covers its days; the days after it are idle, the row\'s 5 days however many capsules', async () => {
    for (const quantity of [10, 30]) {
      const h = hit(await judge(flu(quantity)), 'catalogue.bed-blocking-stay')!;
      expect(h.evidence).toMatchObject({ 无诊疗天数: 4, 无诊疗日期: '2025-03-09、2025-03-10、2025-03-11、2025-03-12' });
    }
  });
  it('a clinic condition\'s oral antibiotic supply (acute bronchitis) covers no day', async () => {
    const c = build({ set: { dischargeDate: '2025-03-11', diagnoses: [{ code: 'J20.900', principal: true }], items: [] }, addItems: [...routineOn([...Array(7).keys()]), { code: 'XJ01CAA501A001010126436', day: 0, quantity: 42 }] });
    expect(hit(await judge(c), 'catalogue.bed-blocking-stay')?.evidence).toMatchObject({ 无诊疗天数: 6 });
  });
  it('a VSD changed every 6 days keeps the wound under treatment between the changes; past 7 days without a change the days are idle', async () => {
    const ulcer = (vsdDays: number[]) => build({ set: { dischargeDate: '2025-03-18', diagnoses: [{ code: 'L89.301', principal: true }], items: [] }, addItems: [...routineOn([...Array(14).keys()]), ...vsdDays.map((day) => ({ code: '003309030010001', day }))] });
    expect(hit(await judge(ulcer([1, 7, 13])), 'catalogue.bed-blocking-stay')).toBeUndefined();
    expect(hit(await judge(ulcer([1])), 'catalogue.bed-blocking-stay')?.evidence).toMatchObject({ 无诊疗天数: 6 });
  });

  it('an AKI on alternate-day haemodialysis is held between sessions; the same bill for end-stage disease is not covered', async () => {
    const HD = '003310010010001';
    const aki = (code: string) => build({ set: { dischargeDate: '2025-03-13', diagnoses: [{ code, principal: true }], items: [] }, addItems: [...routineOn([...Array(9).keys()]), ...[0, 2, 4, 6, 8].map((day) => ({ code: HD, day }))] });
    expect(hit(await judge(aki('N17.900')), 'catalogue.bed-blocking-stay')).toBeUndefined();
    expect(hit(await judge(aki('N18.500')), 'catalogue.bed-blocking-stay')?.evidence).toMatchObject({ 无诊疗天数: 4 });
  });

  // First-line TB drugs are given free and never billed (stay-content.json bedBlocking.freeCourses): a day of bed and
  // nursing within 14 days after the regimen's liver function is a treatment day; past the window it is idle again.
  const LFT = '002502010010001';
  const TB = [{ code: 'A15.000x018', principal: true }];
  const innerDays = [...Array(24).keys()].slice(1); // days 1–23 of a 24-night stay
  const tbStay = (lftDays: number[]) => build({ set: { dischargeDate: '2025-03-28', diagnoses: TB }, addItems: [...routineOn(innerDays), ...lftDays.map((day) => ({ code: LFT, day }))] });
  it('a TB stay\'s bed-only days within 14 days after a liver function test are the free regimen, later ones idle', async () => {
    const h = hit(await judge(tbStay([1])), 'catalogue.bed-blocking-stay')!;
    // day 1 tested, days 2–15 inside the window; days 16–23 (2025-03-20 … 03-27) idle
    expect(h.evidence).toMatchObject({ 无诊疗天数: 8 });
    expect(hit(await judge(tbStay([1, 12])), 'catalogue.bed-blocking-stay')).toBeUndefined(); // tested every 11 days
  });

  it('the same days without a TB diagnosis stay idle whatever the liver tests', async () => {
    const c = build({ set: { dischargeDate: '2025-03-28' }, addItems: [...routineOn(innerDays), { code: LFT, day: 1 }, { code: LFT, day: 12 }] });
    expect(hit(await judge(c), 'catalogue.bed-blocking-stay')).toBeDefined();
  });

  // Idle days ending the stay over a public holiday (stay-content.json bedBlocking.minHolidayTailRun): care ended
  // before 元旦 and the bed billed through it until a discharge after it.
  // 元旦 2026 is 01-01 to 01-03 (stay-content.json publicHolidays).
  const newYear = { admissionDate: '2025-12-26', dischargeDate: '2026-01-04' };
  const newYearStay = (extra: ExampleItem[] = []) => build({ set: newYear, addItems: [...routineOn([1, 2, 3, 4, 5, 6, 7, 8]), ...[1, 2, 3, 4, 5].map((day) => ({ code: 'XJ01CAA501A001010126436', day })), ...extra] });
  it('three idle public-holiday days ending the stay are 挂床: only they are named', async () => {
    const c = newYearStay();
    const h = hit(await judge(c), 'catalogue.bed-blocking-stay')!;
    expect(h.evidence).toMatchObject({ 无诊疗天数: 3, 无诊疗日期: '2026-01-01、2026-01-02、2026-01-03' });
    expect(h.lineIds.sort()).toEqual(c.items.filter((i: any) => i.date >= '2026-01-01' && i.date < '2026-01-04').map((i: any) => i.lineId).sort());
  });
  // Review 29 item 10: two idle days are exactly a weekend, ordinary at a course's end whether or not the calendar
  // names them holidays (清明, 端午, 中秋 list their weekend days).
  it('two idle holiday days ending the stay (a discharge on its last day) are quiet', async () => {
    const c = build({ set: { admissionDate: '2025-12-26', dischargeDate: '2026-01-03' }, addItems: [...routineOn([1, 2, 3, 4, 5, 6, 7]), ...[1, 2, 3, 4, 5].map((day) => ({ code: 'XJ01CAA501A001010126436', day }))] });
    expect(hit(await judge(c), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
  it('the day after a test (its result awaited) is not counted: two holiday days left are quiet', async () => {
    expect(hit(await judge(newYearStay([{ code: '002502010010001', day: 5 }])), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
  it('the two days after an intravenous antibiotic course ended are its observation: quiet (an oral one is not)', async () => {
    expect(hit(await judge(newYearStay([{ code: 'XJ01CRP501B002010136192', day: 5 }])), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
  it('a course whose last care falls on the holiday itself (the ward treating through it) is quiet', async () => {
    const c = build({ set: { admissionDate: '2025-12-26', dischargeDate: '2026-01-04' }, addItems: [...routineOn([1, 2, 3, 4, 5, 6, 7, 8]), ...[1, 2, 3, 4, 5, 6].map((day) => ({ code: 'XJ01CAA501A001010126436', day }))] });
    expect(hit(await judge(c), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
  it('a stay treated on working days only (no care on an earlier day off) rests over the holiday: quiet', async () => {
    const c = build({ set: { admissionDate: '2025-12-29', dischargeDate: '2026-01-03' }, addItems: [...routineOn([1, 2, 3, 4]), ...[1, 2].map((day) => ({ code: 'XJ01CAA501A001010126436', day }))] });
    expect(hit(await judge(c), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
  it('the same two idle days on a plain weekend before a Monday discharge are quiet', async () => {
    const c = build({ set: { admissionDate: '2025-03-03', dischargeDate: '2025-03-10' }, addItems: [...routineOn([1, 2, 3, 4, 5, 6]), ...[1, 2, 3, 4].map((day) => ({ code: 'XJ01CAA501A001010126436', day }))] });
    expect(hit(await judge(c), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
  it('holiday days with care after them are not a tail: quiet', async () => {
    expect(hit(await judge(newYearStay([{ code: 'XJ01CAA501A001010126436', day: 7 }])), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });

  it('a palliative stay (安宁疗护 Z51.5) is not judged', async () => {
    const c = build({ set: { ...tokenAspirin, diagnoses: [{ code: 'C34.900', principal: true }, { code: 'Z51.500' }] }, addItems: tokenDays });
    expect(hit(await judge(c), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
});

describe('术后住院恢复: the clinical pathway\'s ward days after an operation (post-operative-recovery.json)', () => {
  const FIBROID = [{ code: 'D25.900', principal: true }];
  const HYSTERECTOMY = [{ code: '68.4100', date: '2025-03-05' }];
  const GA = { code: '003301010010001', quantity: 3, day: 1 };
  const LOCAL = { code: '003301010030001', day: 1 };
  const stay = (dischargeDate: string, anaesthesia: ExampleItem, inner: number[]) =>
    build({ set: { dischargeDate, diagnoses: FIBROID, procedures: HYSTERECTOMY }, addItems: [{ code: '003305020010001', day: 1 }, anaesthesia, ...routineOn(inner)] });

  it('bed, nursing and the ward round on days 2–6 after a hysterectomy under general anaesthesia are its recovery', async () => {
    expect(hit(await judge(stay('2025-03-11', GA, [1, 2, 3, 4, 5, 6])), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });

  it('days past the 7-day window are judged: only they are named', async () => {
    const c = stay('2025-03-17', GA, [...Array(13).keys()].slice(1));
    const h = hit(await judge(c), 'catalogue.bed-blocking-stay')!;
    // operation on day 1 (03-05), recovery days 2–8 (03-06 … 03-12); days 9–12 (03-13 … 03-16) idle
    expect(h.evidence).toMatchObject({ 无诊疗天数: 4, 无诊疗日期: '2025-03-13、2025-03-14、2025-03-15、2025-03-16' });
  });

  // A mastectomy, a flap breast reconstruction after it, a cleft palate repair and an ACL reconstruction have their own windows.
  it.each([
    ['a modified radical mastectomy (85.43)', 'C50.900', '85.4301', null, 12],
    ['a flap breast reconstruction (85.71)', 'Z42.100', '85.7100', '003309010040001', 7],
    ['a cleft palate repair (27.62)', 'Q35.300', '27.6200', null, 7],
    ['an arthroscopic ACL reconstruction (81.45)', 'S83.500x011', '81.4504', '003303040030001', 5],
    // blind129 C03/C07/C09/C14: sinus surgery, PCNL and a thoracoscopic wedge resection have their pathways' windows too.
    ['an endoscopic ethmoidectomy (22.63)', 'J32.900', '22.6301', '003304070020201', 4],
    ['a PCNL coded 经皮肾镜取石术(I期) (55.0300x003)', 'N20.000', '55.0300x003', '003306020030001', 5],
    ['a thoracoscopic wedge resection (32.20)', 'R91.x04', '32.2001', '003308020010001', 5],
  ])('%s: its recovery days are quiet, the days past them named', async (_name, dx, px, service, recovery) => {
    const op = (dischargeDay: number) =>
      build({
        set: { dischargeDate: `2025-03-${String(4 + dischargeDay).padStart(2, '0')}`, diagnoses: [{ code: dx, principal: true }], procedures: [{ code: px, date: '2025-03-05' }] },
        addItems: [...(service ? [{ code: service, day: 1 }] : []), GA, ...routineOn([...Array(dischargeDay).keys()].slice(1))],
      });
    expect(hit(await judge(op(recovery + 2)), 'catalogue.bed-blocking-stay')).toBeUndefined();
    const h = hit(await judge(op(recovery + 6)), 'catalogue.bed-blocking-stay')!;
    expect(h.evidence).toMatchObject({ 无诊疗天数: 4 });
  });

  it('the same days after the operation under local infiltration alone are not excused', async () => {
    expect(hit(await judge(stay('2025-03-11', LOCAL, [1, 2, 3, 4, 5, 6])), 'catalogue.bed-blocking-stay')).toBeDefined();
  });

  // blind126 C09/C14/C18/C20: the pathway's ward days after a colectomy, anterior resection, thyroid lobectomy,
  // mastectomy or lumbar fusion are recovery too; a bed kept past the window is still 挂床.
  const major = (dx: string, px: string, service: string, dischargeDate: string, inner: number[]) =>
    build({ set: { dischargeDate, diagnoses: [{ code: dx, principal: true }], procedures: [{ code: px, date: '2025-03-05' }] }, addItems: [{ code: service, day: 1 }, GA, ...routineOn(inner)] });
  it.each([
    ['an anterior resection of the rectum (48.63), 8 quiet days', 'C20.x00', '48.6300', '003302050010001', '2025-03-14'],
    ['a sigmoid colectomy (45.76), 8 quiet days', 'C18.700', '45.7601', '003302050010001', '2025-03-14'],
    ['a modified radical mastectomy (85.43), 8 quiet days', 'C50.400', '85.4301', '003304040010001', '2025-03-14'],
    ['a lumbar interbody fusion (81.08), 8 quiet days', 'M48.000', '81.0801', '003303050010001', '2025-03-14'],
    ['a thyroid lobectomy (06.2), 5 quiet days', 'D34.x00', '06.2x00', '003304030010001', '2025-03-11'],
  ])('is quiet for %s', async (_name, dx, px, service, dischargeDate) => {
    const nights = (Date.parse(dischargeDate) - Date.parse('2025-03-04')) / 86400000;
    expect(hit(await judge(major(dx, px, service, dischargeDate, [...Array(nights).keys()].slice(1))), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
  it('a thyroid lobectomy kept 12 nights: the days past its 6-day window are named', async () => {
    const h = hit(await judge(major('D34.x00', '06.2x00', '003304030010001', '2025-03-16', [...Array(12).keys()].slice(1))), 'catalogue.bed-blocking-stay')!;
    // operation on day 1 (03-05), recovery days 2–7 (03-06 … 03-11); days 8–11 (03-12 … 03-15) idle
    expect(h.evidence).toMatchObject({ 无诊疗天数: 4, 无诊疗日期: '2025-03-12、2025-03-13、2025-03-14、2025-03-15' });
  });
});

describe('周末挂床 read from a carrier fluid (course-break.ts): the saline runs as the drugs it carries', () => {
  const SALINE = 'XB05BBL511B002010178601';
  const CEFUROXIME = 'XJ01DCT505B002010161001';
  const PIPTAZO = 'XJ01CRP501B002010136192';
  // Wednesday 03-05 to Wednesday 03-12: days 3–4 are Saturday and Sunday, billing bed, nursing and the round only.
  const stay = (after: string) =>
    build({
      set: { admissionDate: '2025-03-05', dischargeDate: '2025-03-12', diagnoses: [{ code: 'K80.101', principal: true }, { code: 'J18.900' }] },
      addItems: [...routineOn([0, 1, 2, 3, 4, 5, 6]), ...[0, 1, 2].flatMap((day) => [{ code: SALINE, day }, { code: CEFUROXIME, quantity: 2, day }]), ...[5, 6].flatMap((day) => [{ code: SALINE, day }, { code: after, quantity: 2, day }])],
    });
  it('resumed on Monday carrying a new antibiotic (a complication treated) is a new order: quiet', async () => {
    expect(hit(await judge(stay(PIPTAZO)), 'catalogue.course-break-stay')).toBeUndefined();
  });
  it('resumed carrying the same antibiotic is the course paused over the weekend: named', async () => {
    expect(hit(await judge(stay(CEFUROXIME)), 'catalogue.course-break-stay')).toBeDefined();
  });
});

describe('切除手术无病理: an excision coded and billed with no pathology on the stay', () => {
  const cyst = (extra: ExampleItem[]) =>
    build({ set: { dischargeDate: '2025-03-07', diagnoses: [{ code: 'N83.100', principal: true }], procedures: [{ code: '65.2501', date: '2025-03-05' }] }, addItems: [{ code: '003305020020001', day: 1 }, { code: '003301010010001', quantity: 2, day: 1 }, ...extra] });

  it('names the operation line and the coded excision', async () => {
    const c = cyst([]);
    const h = hit(await judge(c), 'catalogue.excision-without-pathology')!;
    expect(h.lineIds).toEqual(c.items.filter((i: any) => i.code === '003305020020001').map((i: any) => i.lineId));
    expect(h.evidence).toMatchObject({ 切除手术编码: '65.2501', 手术收费: '腹腔镜下卵巢囊肿剥除术（2025-03-05）' });
  });

  it('is quiet when pathology is billed on any day of the stay, or under a local code named 病理', async () => {
    expect(hit(await judge(cyst([{ code: '002502200010001', day: 2 }])), 'catalogue.excision-without-pathology')).toBeUndefined();
    expect(hit(await judge(cyst([{ code: 'L9999', name: '病理检查（免疫组化）', category: 'service', unitPrice: 100, day: 2 }])), 'catalogue.excision-without-pathology')).toBeUndefined();
  });
});

describe('低标准入院: a stable chronic condition\'s 6-night stay of Ⅲ级护理 and a daily 中药注射剂 (stableCourse.stableInfusions)', () => {
  const days = [0, 1, 2, 3, 4, 5];
  const chd = (nursing: string, principal = 'I25.103') =>
    build({
      set: { admissionDate: '2025-12-07', dischargeDate: '2025-12-13', diagnoses: [{ code: principal, principal: true }, { code: 'I10.x00x002' }], items: [] },
      addItems: [
        ...days.flatMap((day) => ['001105000010001', nursing, '001103000010001', '001204000010001', 'C14010150100001020350000001', 'XB05BBL511B002010178601'].map((code) => ({ code, day }))),
        ...days.map((day) => ({ code: 'ZA12BAD505B002010154575', quantity: 4, day })),
        { code: '002501010010001', day: 0 }, { code: '002502010010001', day: 0 }, { code: '003107010010001', day: 0 },
      ],
    });
  it('flags stable CHD dripped 丹参注射液 daily under Ⅲ级护理, and 椎-基底动脉供血不足 G45.002 likewise', async () => {
    expect(hit(await judge(chd('001201000040001')), 'catalogue.low-standard-admission')).toBeDefined();
    expect(hit(await judge(chd('001201000040001', 'G45.002')), 'catalogue.low-standard-admission')).toBeDefined();
  });
  // Review 29 item 16: the catalogue pays these injections on a stay only (setting inpatient), so the finding is the
  // stay without grounds for admission, not an infusion that belonged in the clinic.
  it('says the stay had no grounds for admission (无住院指征), not that a clinic drip would do', async () => {
    const { message } = hit(await judge(chd('001201000040001')), 'catalogue.low-standard-admission')!;
    expect(message).toContain('无住院指征');
    expect(message).not.toContain('门诊输液');
  });
  it('flags it under Ⅱ级护理 too: the grade is the hospital\'s choice, the daily drip the whole of the care', async () => {
    expect(hit(await judge(chd('001201000030001')), 'catalogue.low-standard-admission')).toBeDefined();
  });
  it('is quiet for a TIA G45.9 (its urgent work-up)', async () => {
    expect(hit(await judge(chd('001201000040001', 'G45.900')), 'catalogue.low-standard-admission')).toBeUndefined();
  });
});

describe('低标准入院: a short stay with only oral drugs and tests', () => {
  const cold = { dischargeDate: '2025-03-07', diagnoses: [{ code: 'J06.900', principal: true }] };

  it('flags a 3-night stay for a cold with a blood count and oral amoxicillin, as 可疑 (warn)', async () => {
    const v = await judge(build({ set: cold, addItems: [{ code: '002501010010001', day: 0 }, { code: 'XJ01CAA501A001010126436', quantity: 6, day: 1 }] }));
    const h = hit(v, 'catalogue.low-standard-admission')!;
    expect(h.severity).toBe('warn');
    expect(h.evidence).toMatchObject({ 住院天数: 3, 主诊断: 'J06.900' });
  });

  // A principal outside the outpatient-treatable list (acute bronchitis is not on it), so only the content counts.
  const diarrhoea = { dischargeDate: '2025-03-07', diagnoses: [{ code: 'J20.900', principal: true }] };
  it.each([
    ['an infusion', [{ code: 'XB05BBL511B002010178601', day: 1 }, { code: '001204000010001', day: 1 }], {}],
    ['an injection drug alone', [{ code: 'XJ01DDT504B002010162673', day: 1 }], {}],
    ['a coded procedure', [], { procedures: [{ code: '47.0100', date: '2025-03-05' }] }],
    ['a stay that ended in a transfer', [], { dischargeMode: 'transfer' }],
  ])('is quiet with %s', async (_name, addItems, set) => {
    const v = await judge(build({ set: { ...diarrhoea, ...set }, addItems }));
    expect(hit(v, 'catalogue.low-standard-admission')).toBeUndefined();
  });
});

describe('低标准入院 by diagnosis: a condition normally treated in outpatient clinics, alone on the claim', () => {
  const infusions = [1, 2].flatMap((day) => [{ code: 'XA02BCP503B002010175232', day }, { code: 'XB05BBL511B002010178601', day }, { code: '001204000010001', day }]);
  // The base stay's head CT (a stroke work-up) would show the bed was needed: a chest film instead.
  const gastritis = { dischargeDate: '2025-03-07', diagnoses: [{ code: 'K29.500', principal: true }], 'items[2].code': '002202010010001', 'items[2].name': '胸部X线摄影(正侧位)' };

  it('flags a 3-night stay for chronic gastritis even with infusions, naming its bed and nursing lines', async () => {
    const c = build({ set: gastritis, addItems: infusions });
    const h = hit(await judge(c), 'catalogue.low-standard-admission')!;
    expect(h.severity).toBe('warn');
    expect(h.evidence).toMatchObject({ 住院天数: 3, 主诊断: 'K29.500' });
    expect(String(h.evidence?.诊疗内容)).toContain('门诊可治疗');
    expect(h.lineIds.sort()).toEqual(c.items.filter((i: any) => ['001105000010001', '001201000030001'].includes(i.code)).map((i: any) => i.lineId).sort());
  });

  it.each([
    ['a comorbidity coded (type 2 diabetes)', { diagnoses: [{ code: 'K29.500', principal: true }, { code: 'E11.900' }] }],
    ['a stay longer than the list allows', { dischargeDate: '2025-03-14' }],
    ['a stay that ended in death', { dischargeMode: 'death' }],
    ['a principal not on the list (acute pancreatitis)', { diagnoses: [{ code: 'K85.900', principal: true }] }],
    ['a 70-year-old (the elderly are admitted on a lower threshold)', { 'patient.birthDate': '1954-06-01' }],
    ['a head CT on the bill (a work-up beyond the clinic\'s shows the bed was needed)', { 'items[2].code': '002301010010001', 'items[2].name': '头颅CT平扫' }],
    ['electrolytes on two days (monitored IV rehydration)', { 'items[2].code': '002502030010001', 'items[2].name': '电解质(四项)', 'items[5].code': '002502030010001', 'items[5].name': '电解质(四项)' }],
  ])('is quiet with %s', async (_name, set) => {
    const v = await judge(build({ set: { ...gastritis, ...set }, addItems: infusions }));
    expect(hit(v, 'catalogue.low-standard-admission')).toBeUndefined();
  });
});

describe('低标准入院 by diagnosis: myalgia (M79.1), a pain the clinic treats', () => {
  // A young adult at Ⅲ级护理 with a saline drip each day: the infusion does not need a bed.
  const drips = [0, 1, 2, 3].flatMap((day) => [{ code: 'XB05BBL511B002010178601', day }, { code: '001204000010001', day }]);
  const myalgia = { dischargeDate: '2025-03-08', 'patient.birthDate': '1995-04-01', diagnoses: [{ code: 'M79.100', principal: true }], 'items[2].code': '002202010010001', 'items[2].name': '胸部X线摄影(正侧位)' };

  it('flags a 4-night stay for myalgia alone on the claim, infusions and all', async () => {
    const h = hit(await judge(build({ set: myalgia, addItems: drips })), 'catalogue.low-standard-admission')!;
    expect(h.severity).toBe('warn');
    expect(h.evidence).toMatchObject({ 住院天数: 4, 主诊断: 'M79.100' });
  });

  it.each([
    ['rhabdomyolysis coded beside it (M62.803)', { diagnoses: [{ code: 'M79.100', principal: true }, { code: 'M62.803' }] }],
    ['myositis as the principal (M60.900, off the list)', { diagnoses: [{ code: 'M60.900', principal: true }] }],
  ])('is quiet with %s', async (_name, set) => {
    expect(hit(await judge(build({ set: { ...myalgia, ...set }, addItems: drips })), 'catalogue.low-standard-admission')).toBeUndefined();
  });
});

describe('静脉输液 with no drug to infuse (虚记数量)', () => {
  const SALINE = 'XB05BBL511B002010178601';
  const CEFTRIAXONE = 'XJ01DDT504B002010162673';

  it('names the infusion lines of a day with no parenteral drug, and the additional groups of a day with too few units', async () => {
    const c = build({
      addItems: [
        { code: '001204000010001', day: 2 }, { code: '001204000020001', quantity: 2, day: 2 }, // day 2: nothing to infuse
        { code: SALINE, day: 3 }, { code: CEFTRIAXONE, day: 3 }, { code: '001204000010001', day: 3 }, { code: '001204000020001', quantity: 4, day: 3 }, // 5 groups, 2 units
        { code: SALINE, day: 1 }, { code: CEFTRIAXONE, day: 1 }, { code: '001204000010001', day: 1 }, { code: '001204000020001', day: 1 }, // 2 groups, 2 units: fine
      ],
    });
    const h = hit(await judge(c), 'catalogue.infusion-without-drug')!;
    const lines = (day: string, codes: string[]) => c.items.filter((i: any) => i.date === day && codes.includes(i.code)).map((i: any) => i.lineId);
    const expected = [...lines('2025-03-06', ['001204000010001', '001204000020001']), ...lines('2025-03-07', ['001204000020001'])];
    expect(h.lineIds.sort()).toEqual(expected.sort());
    expect(h.evidence).toMatchObject({ 日期: '2025-03-06、2025-03-07', '无相应药品或瓶（袋）的输液组数': 6 });
    expect(h.severity).toBe('warn');
  });

  it("is quiet when a day's saline bottles cover its groups, and for injections that are not infusions", async () => {
    const c = build({ addItems: [{ code: SALINE, quantity: 3, day: 1 }, { code: '001204000010001', day: 1 }, { code: '001204000020001', quantity: 2, day: 1 }, { code: '001204000060001', day: 2 }] });
    expect(hit(await judge(c), 'catalogue.infusion-without-drug')).toBeUndefined();
  });
});

describe('静脉注射 of drugs already in the infusion (重复收费)', () => {
  const SALINE = 'XB05BBL511B002010178601';
  const PUSH = '001204000040001';
  const vials = (day: number, codes: string[]) => codes.map((code) => ({ code, day }));
  // ceftriaxone, dexamethasone, ondansetron: three drugs that can be pushed; KCl and cisplatin are infused only.
  // Only chemotherapy days (a cytotoxic given that day) are judged.
  const PUSHABLE = ['XJ01DDT504B002010162673', 'XH02ABD515B002', 'XA04AAA524B002'];

  const CISPLATIN = 'XL01XAS512B002';
  it('counts a vial drug as infused when a group has no bottle of its own, and names the pushes beyond the rest', async () => {
    const c = build({
      addItems: [
        // day 1 (cisplatin): four groups, one bottle — the cisplatin and two more vial drugs carry three, leaving one drug to push; two pushes billed
        { code: SALINE, day: 1 }, ...vials(1, [...PUSHABLE, CISPLATIN]), { code: '001204000010001', day: 1 }, { code: '001204000020001', quantity: 3, day: 1 }, { code: PUSH, quantity: 2, day: 1 },
        // day 2 (cisplatin): three groups, two of them carried by the infusion-only KCl and cisplatin: three drugs left, three pushes
        { code: SALINE, day: 2 }, ...vials(2, [...PUSHABLE, 'XB05XAL512B002', CISPLATIN]), { code: '001204000010001', day: 2 }, { code: '001204000020001', quantity: 2, day: 2 }, { code: PUSH, quantity: 3, day: 2 },
        // day 3 (no cytotoxic): two pushes of furosemide beside a group of saline — a ward day is not judged
        { code: SALINE, day: 3 }, { code: 'XC03CAF503B002', quantity: 2, day: 3 }, { code: '001204000010001', day: 3 }, { code: PUSH, quantity: 2, day: 3 },
        // day 4: two pushes of furosemide and no infusion
        { code: 'XC03CAF503B002', quantity: 2, day: 4 }, { code: PUSH, quantity: 2, day: 4 },
      ],
    });
    const h = hit(await judge(c), 'catalogue.push-beyond-drugs')!;
    expect(h.lineIds).toEqual(c.items.filter((i: any) => i.code === PUSH && i.date === '2025-03-05').map((i: any) => i.lineId));
    expect(h.evidence).toMatchObject({ 日期: '2025-03-05', 超出的静脉注射次数: 1 });
    expect(h.amount).toBe(5); // one push of the two, at the level-3 price
    expect(h.severity).toBe('warn');
  });
});

describe('主要诊断高编: a heavy principal diagnosis with none of its characteristic work-up', () => {
  // The base stay is a 5-night cerebral infarction; lines 4 and 5 are aspirin and atorvastatin.
  const noDrugs = (bases.inpatient.items as { lineId: string }[]).filter((i) => !['4', '5'].includes(i.lineId));
  const dizzy = [{ code: '002103010030001', day: 1 }, { code: 'XN07CAB504A001010110512', quantity: 3, day: 1 }]; // carotid ultrasound, betahistine

  it('flags a cerebral infarction with only a head CT and a carotid ultrasound, naming the principal, the group and what was expected', async () => {
    const c = build({ set: { items: noDrugs }, addItems: dizzy });
    const v = await judge(c);
    const h = hit(v, 'grouping.principal-unsupported')!;
    expect(h.severity).toBe('warn');
    expect(h.evidence).toMatchObject({ 主要诊断: 'I63.900', 疾病: '脑梗死' });
    expect(String(h.evidence?.应有诊疗)).toContain('MRI');
    expect(h.evidence).toHaveProperty('病组');
    expect(h.lineIds.sort()).toEqual(c.items.filter((i: any) => ['001105000010001', '001201000030001'].includes(i.code)).map((i: any) => i.lineId).sort());
    expect(v.decision).toBe('review');
  });

  it.each([
    ['aspirin and a statin (the base stay)', {}, dizzy],
    ['only a head MRI', { items: noDrugs }, [{ code: '002401010010001', day: 1 }]],
    ['a patient who died on day 1', { items: noDrugs, dischargeDate: '2025-03-05', dischargeMode: 'death' }, dizzy],
    ['a transfer to a level-3 hospital', { items: noDrugs, dischargeMode: 'transfer' }, dizzy],
  ])('a real stroke is quiet: %s', async (_name, set, addItems) => {
    const v = await judge(build({ set, addItems }));
    expect(hit(v, 'grouping.principal-unsupported')).toBeUndefined();
  });

  it('pneumonia needs chest imaging or an anti-infective', async () => {
    const pneumonia = build({ set: { diagnoses: [{ code: 'J18.900', principal: true }] } });
    expect(hit(await judge(pneumonia), 'grouping.principal-unsupported')?.evidence).toMatchObject({ 疾病: '肺炎' });
    const withXray = build({ set: { diagnoses: [{ code: 'J18.900', principal: true }] }, addItems: [{ code: '002202010010001', day: 0 }] });
    expect(hit(await judge(withXray), 'grouping.principal-unsupported')).toBeUndefined();
  });

  it('an infarction coded on an angina bill (one troponin, aspirin) is flagged; troponin followed over two days, or PCI, is an infarction', async () => {
    const ami = (addItems: RuleExample['addItems'], procedures: { code: string }[] = []) =>
      build({ set: { items: noDrugs, procedures, diagnoses: [{ code: 'I21.900', principal: true }] }, addItems });
    const angina = [{ code: '002502070020001', day: 0 }, { code: 'XB01ACA509A001010119008', day: 1 }];
    expect(hit(await judge(ami(angina)), 'grouping.principal-unsupported')?.evidence).toMatchObject({ 疾病: '急性心肌梗死' });
    expect(hit(await judge(ami([...angina, { code: '002502070010001', day: 1 }])), 'grouping.principal-unsupported')).toBeUndefined();
    expect(hit(await judge(ami([{ code: '002502070020001', quantity: 2, day: 0 }])), 'grouping.principal-unsupported')).toBeUndefined();
    expect(hit(await judge(ami([{ code: '003101010020001', day: 1 }])), 'grouping.principal-unsupported')).toBeUndefined();
  });

  it('heart failure coded on a hypertension bill (an ARB and a β-blocker) is flagged; a loop diuretic injection or BNP is heart-failure care', async () => {
    const hf = (addItems: RuleExample['addItems']) => build({ set: { items: noDrugs, diagnoses: [{ code: 'I50.900', principal: true }] }, addItems });
    const hypertension = [{ code: 'XC09CAE502A001010180286', day: 1 }, { code: 'XC07ABM503A001010124717', day: 1 }];
    expect(hit(await judge(hf(hypertension)), 'grouping.principal-unsupported')?.evidence).toMatchObject({ 疾病: '心力衰竭' });
    expect(hit(await judge(hf([...hypertension, { code: 'XC03CAF503B002010175620', quantity: 2, day: 1 }])), 'grouping.principal-unsupported')).toBeUndefined();
    expect(hit(await judge(hf([...hypertension, { code: '002502070030001', day: 0 }])), 'grouping.principal-unsupported')).toBeUndefined();
  });
});

describe('主要诊断高编 within a disease: the graver form is judged by what tells it from the lighter one', () => {
  const appendicitis = (code: string, abxDays: number[]) =>
    build({
      set: { diagnoses: [{ code, principal: true }], procedures: [{ code: '47.0100', date: '2025-03-05' }] },
      addItems: [{ code: '003302010010001', day: 1 }, { code: '003301010010001', quantity: 2, day: 1 }, ...abxDays.map((day) => ({ code: 'XJ01DCT505B002', quantity: 2, day }))],
    });

  it('appendicitis with peritonitis on an appendectomy with one day of prophylaxis is flagged under the graver row; the simple appendicitis is not', async () => {
    const h = hit(await judge(appendicitis('K35.201', [1])), 'grouping.principal-unsupported')!;
    expect(h.evidence).toMatchObject({ 主要诊断: 'K35.201', 疾病: '急性阑尾炎伴腹膜炎或脓肿' });
    expect(String(h.evidence?.应有诊疗)).toContain('抗菌药物治疗疗程');
    expect(hit(await judge(appendicitis('K35.800x001', [1])), 'grouping.principal-unsupported')).toBeUndefined();
  });

  it('a course of antibiotics on three days is the treatment of peritonitis', async () => {
    expect(hit(await judge(appendicitis('K35.201', [1, 2, 3])), 'grouping.principal-unsupported')).toBeUndefined();
  });
});

describe('手术操作高编: a coded procedure nothing on the bill performs', () => {
  const coded = (procedures: string[], addItems: RuleExample['addItems']) =>
    build({ set: { procedures: procedures.map((code) => ({ code, date: '2025-03-05' })) }, addItems });

  it('names the coded appendectomy with no operation billed, and what would bill it', async () => {
    const v = await judge(coded(['47.0100'], []));
    const h = hit(v, 'grouping.procedure-unsupported')!;
    expect(h.severity).toBe('warn');
    expect(String(h.evidence?.无收费的手术操作)).toBe('47.0100（腹腔镜下阑尾切除术）');
    expect(String(h.evidence?.应有收费)).toContain('阑尾切除术');
    expect(v.decision).toBe('review');
  });

  it('ventilation coded as 96 hours or more with a day of it billed says how much was billed', async () => {
    const h = hit(await judge(coded(['96.7201'], [{ code: '001214000010001', quantity: 24, day: 1 }])), 'grouping.procedure-unsupported')!;
    expect(String(h.evidence?.无收费的手术操作)).toContain('仅收费24，该编码要求至少96');
  });

  it.each([
    ['a coronary angiography (88.56) billed within the stent operation whose price item includes it', ['36.0601', '88.5600'], [{ code: '003101010020001', day: 1 }]],
    ['cataract extraction and lens insertion billed as the one bundled operation', ['13.4100x001', '13.7100x001'], [{ code: '003304010010001', day: 1 }]],
    ['a procedure the table does not map (AV fistula)', ['39.2700'], []],
  ])('is quiet for %s', async (_name, procedures, addItems) => {
    expect(hit(await judge(coded(procedures, addItems)), 'grouping.procedure-unsupported')).toBeUndefined();
  });
});

describe('串换手术项目: a billed operation no coded procedure supports (the same table read from service to procedure)', () => {
  const LAP = '003302010010001'; // 腹腔镜下阑尾切除术
  const OPEN = '003302010020001'; // 阑尾切除术
  const stay = (procedures: string[], addItems: RuleExample['addItems']) =>
    build({ set: { diagnoses: [{ code: 'K35.800x001', principal: true }], procedures: procedures.map((code) => ({ code, date: '2025-03-05' })) }, addItems });

  it('names the laparoscopic operation billed on a stay coding the open one, the coded procedure and what the service stands for', async () => {
    const c = stay(['47.0901'], [{ code: LAP, day: 1 }, { code: '003301010010001', quantity: 2, day: 1 }]);
    const v = await judge(c);
    const h = hit(v, 'catalogue.operation-unsupported')!;
    expect(h.severity).toBe('warn');
    expect(h.lineIds).toEqual(c.items.filter((i: any) => i.code === LAP).map((i: any) => i.lineId));
    expect(h.evidence).toMatchObject({ 病案手术操作: '47.0901', 该项目对应的编码: '腹腔镜下阑尾切除术：47.01' });
    // The open appendectomy is coded and an operation is billed: the coding direction has nothing to say.
    expect(hit(v, 'grouping.procedure-unsupported')).toBeUndefined();
  });

  it('names an operation billed on a stay that codes none', async () => {
    const h = hit(await judge(stay([], [{ code: '003303010010001', day: 1 }])), 'catalogue.operation-unsupported')!;
    expect(h.evidence).toMatchObject({ 病案手术操作: '无' });
  });

  it.each([
    ['the laparoscopic operation coded and billed', ['47.0100'], [{ code: LAP, day: 1 }]],
    ['a laparoscopic operation billed as the cheaper open one', ['47.0100'], [{ code: OPEN, day: 1 }]],
    ['the open operation coded and billed', ['47.0901'], [{ code: OPEN, day: 1 }]],
    ['a varicose-vein stripping coded without its site (38.5000)', ['38.5000'], [{ code: '003307010010001', day: 1 }]],
    ['anaesthesia alone (shared by whatever operation was done)', [], [{ code: '003301010010001', day: 1 }]],
    ['an operation the table does not map (阴道分娩接生)', [], [{ code: '003305010020001', day: 1 }]],
    // blind129 C07/C14: the 国家临床版 codes a PCNL's stone removal under 55.03 (I期 55.0300x003), billed as 经皮肾镜碎石取石术.
    ['a PCNL coded 经皮肾镜取石术(I期) 55.0300x003', ['55.0300x003'], [{ code: '003306020030001', day: 1 }]],
  ])('is quiet for %s', async (_name, procedures, addItems) => {
    expect(hit(await judge(stay(procedures, addItems)), 'catalogue.operation-unsupported')).toBeUndefined();
  });

  it('names a PCNL billed on a stay coding only a nephrostomy tube (55.0300x005 经皮肾造口术: no stone taken)', async () => {
    expect(hit(await judge(stay(['55.0300x005'], [{ code: '003306020030001', day: 1 }])), 'catalogue.operation-unsupported')).toBeDefined();
  });
});


describe('清创缝合 of a fresh wound coded by its skin suture (procedure-billing.json 86.5900 with an open wound)', () => {
  const DEBRIDEMENT = '003309010010001'; // 清创术
  const visit = (dx: string, px: string) =>
    build({ base: 'outpatient', set: { 'provider.department': 'emergency', diagnoses: [{ code: dx, principal: true }, { code: 'W31.x00' }], procedures: [{ code: px, date: '2025-03-15' }] }, addItems: [{ code: DEBRIDEMENT, day: 0 }] });

  it('is quiet for 清创术 on an open hand wound whose record codes the skin suture (86.5900x006)', async () => {
    expect(hit(await judge(visit('S61.000x001', '86.5900x006')), 'catalogue.operation-unsupported')).toBeUndefined();
  });

  it('still names 清创术 beside a skin suture where no open wound is coded (a closed contusion)', async () => {
    expect(hit(await judge(visit('S60.000', '86.5900x006')), 'catalogue.operation-unsupported')).toBeDefined();
  });
});

describe('串换手术项目 among operations of one kind: the dearer fee for a cheaper operation (PKP for PVP, meniscal repair for a resection, 全组 for one sinus)', () => {
  const stay = (diagnoses: string[], procedures: string[], service: string) =>
    build({
      set: { diagnoses: diagnoses.map((code, i) => ({ code, principal: i === 0 })), procedures: procedures.map((code) => ({ code, date: '2025-03-05' })) },
      addItems: [{ code: service, day: 1 }],
    });
  const PKP = '003303050030001';
  const PVP = '003303050020001';
  const REPAIR = '003303040020001'; // 关节镜下半月板缝合术
  const RESECT = '003303040010001'; // 关节镜下半月板切除术
  const FESS_ALL = '003304070020201'; // 经鼻内镜鼻窦手术(全组鼻窦)
  const FESS_ONE = '003304070020101';

  it.each([
    ['PKP billed on a vertebroplasty (81.65)', ['M80.000'], ['81.6500'], PKP],
    ['meniscal repair billed on a meniscectomy (80.6)', ['M23.205'], ['80.6x07'], REPAIR],
    ['the whole-set sinus fee on one sinus’s disease (J32.0)', ['J32.000'], ['22.5301'], FESS_ALL],
  ])('flags %s', async (_name, dx, px, service) => {
    expect(hit(await judge(stay(dx, px, service)), 'catalogue.operation-unsupported')).toBeDefined();
  });

  it.each([
    ['PKP coded and billed', ['M80.000'], ['81.6601'], PKP],
    ['a kyphoplasty billed as the cheaper PVP', ['M80.000'], ['81.6601'], PVP],
    ['meniscal repair coded and billed', ['S83.200'], ['81.4700x013'], REPAIR],
    ['a meniscectomy billed as such', ['M23.205'], ['80.6x07'], RESECT],
    ['the whole-set sinus fee on pansinusitis (J32.4)', ['J32.400'], ['22.5301'], FESS_ALL],
    ['the one-sinus fee on maxillary sinusitis', ['J32.000'], ['22.5301'], FESS_ONE],
    ['an open fracture’s debridement (79.66) billed as 清创术', ['S82.210'], ['79.6601'], '003309010010001'],
    ['an anterior resection of the rectum (48.63) billed as 大肠部分切除术 (the rectum is large bowel; no rectal row)', ['C20.x00'], ['48.6300'], '003302050010001'],
  ])('is quiet for %s', async (_name, dx, px, service) => {
    const v = await judge(stay(dx, px, service));
    expect(hit(v, 'catalogue.operation-unsupported')).toBeUndefined();
    expect(hit(v, 'grouping.procedure-unsupported')).toBeUndefined();
  });
});
describe('an operation whose price item includes a coded procedure (procedure-billing.json includedIn: the chest drain of a lung resection)', () => {
  const VATS_LOBE = '003308020020001'; // 胸腔镜下肺叶切除术
  const DRAIN = '003308010010001'; // 胸腔闭式引流术
  const stay = (procedures: string[], addItems: RuleExample['addItems']) =>
    build({ set: { diagnoses: [{ code: 'C34.100', principal: true }], procedures: procedures.map((code) => ({ code, date: '2025-03-05' })) }, addItems });
  const GA = { code: '003301010010001', quantity: 4, day: 1 };

  it('the resection bills the drain it leaves: 34.04 beside 32.41 is supported', async () => {
    const v = await judge(stay(['32.4100', '34.0400'], [{ code: VATS_LOBE, day: 1 }, GA]));
    expect(hit(v, 'grouping.procedure-unsupported')).toBeUndefined();
    expect(hit(v, 'catalogue.operation-unsupported')).toBeUndefined();
  });

  it('but does not stand for it: a resection billed on a stay coding only the drain is not supported', async () => {
    const h = hit(await judge(stay(['34.0400'], [{ code: VATS_LOBE, day: 1 }, GA])), 'catalogue.operation-unsupported')!;
    expect(h.evidence).toMatchObject({ 病案手术操作: '34.0400' });
    expect(String(h.evidence?.该项目对应的编码)).not.toContain('34.04');
  });

  it('a drain coded with nothing that places it (no resection, no drain billed) is unsupported', async () => {
    const h = hit(await judge(stay(['34.0400'], [])), 'grouping.procedure-unsupported')!;
    expect(String(h.evidence?.无收费的手术操作)).toBe('34.0400（胸腔闭式引流术）');
  });

  it("the ward's own drain billed supports it", async () => {
    expect(hit(await judge(stay(['34.0400'], [{ code: DRAIN, day: 1 }])), 'grouping.procedure-unsupported')).toBeUndefined();
  });
});

describe('植入物/手术耗材 at a visit with no operation', () => {
  const LENS = 'C08010150100001152110000001';
  const OVD = 'C08010150200001585740000001'; // 眼科粘弹剂
  const visit = (addItems: RuleExample['addItems']) => build({ base: 'outpatient', set: { diagnoses: [{ code: 'H25.900', principal: true }] }, addItems });

  it('names the lens and the viscoelastic billed at an eye clinic visit with no operation charge', async () => {
    const c = visit([{ code: LENS, day: 0 }, { code: OVD, day: 0 }]);
    const h = hit(await judge(c), 'catalogue.implant-without-procedure')!;
    expect(h.severity).toBe('warn');
    expect(h.lineIds.sort()).toEqual(c.items.filter((i: any) => [LENS, OVD].includes(i.code)).map((i: any) => i.lineId).sort());
    expect(String(h.evidence?.植入物与手术操作)).toContain('当日无手术收费');
  });

  it('is quiet when the visit bills the cataract operation that day', async () => {
    const c = visit([{ code: '003304010010001', day: 0 }, { code: LENS, day: 0 }, { code: OVD, day: 0 }]);
    expect(hit(await judge(c), 'catalogue.implant-without-procedure')).toBeUndefined();
  });
});

describe('手术耗材 counted per operation (implant-procedures.json countOnly rows: trocar set, clips, sutures)', () => {
  const TROCAR = 'C11010150100001004460000001';
  const SUTURE = 'C11010150200001895120000001';
  const stay = (procedures: string[], addItems: RuleExample['addItems']) =>
    build({ set: { diagnoses: [{ code: 'K80.101', principal: true }], procedures: procedures.map((code) => ({ code, date: '2025-03-05' })) }, addItems });

  it('names the second trocar set of one laparoscopic cholecystectomy, not the first', async () => {
    const c = stay(['51.2300'], [{ code: '003302020010001', day: 1 }, { code: TROCAR, day: 1 }, { code: TROCAR, day: 1 }]);
    const h = hit(await judge(c), 'catalogue.implant-without-procedure')!;
    const trocars = c.items.filter((i: any) => i.code === TROCAR).map((i: any) => i.lineId);
    expect(h.lineIds).toEqual([trocars[1]]);
    expect(h.evidence).toMatchObject({ 超出数量: 1 });
    expect(String(h.evidence?.植入物与手术操作)).toContain('至多使用1');
  });

  it('does not judge a count-only consumable billed with no operation that uses it, or on another day', async () => {
    // Sutures on a stay coding no operation (a wound closed on the ward), a trocar with an open appendicectomy
    // (theatre.rules.json's question, not this table's), sutures the day after the operation within its count.
    const none = stay([], [{ code: SUTURE, quantity: 2, day: 2 }]);
    const open = stay(['47.0901'], [{ code: '003302010020001', day: 1 }, { code: TROCAR, day: 1 }]);
    const later = stay(['51.2300'], [{ code: '003302020010001', day: 1 }, { code: SUTURE, quantity: 2, day: 1 }, { code: SUTURE, day: 3 }]);
    for (const c of [none, open, later]) expect(hit(await judge(c), 'catalogue.implant-without-procedure')).toBeUndefined();
  });
});

describe('康复理疗 on the day of an operation under general or spinal anaesthesia', () => {
  const hip = { diagnoses: [{ code: 'M16.900', principal: true }], procedures: [{ code: '81.5100', date: '2025-03-05' }] };
  const op = [{ code: '003303010010001', day: 1 }, { code: '003301010020001', day: 1 }];
  it('names the operation-day sessions, not those of the following days', async () => {
    const c = build({ set: hip, addItems: [...op, { code: '001218000010001', day: 1 }, { code: '001216000010001', day: 1 }, { code: '001218000010001', day: 2 }] });
    const h = hit(await judge(c), 'catalogue.therapy-on-operation-day')!;
    expect(h.severity).toBe('warn');
    expect(h.lineIds.sort()).toEqual(c.items.filter((i: any) => ['001218000010001', '001216000010001'].includes(i.code) && i.date === '2025-03-05').map((i: any) => i.lineId).sort());
    expect(h.evidence).toMatchObject({ 手术麻醉日: '2025-03-05' });
  });
  it('is quiet for sessions from the day after the operation', async () => {
    const c = build({ set: hip, addItems: [...op, { code: '001218000010001', day: 2 }, { code: '001215000010001', day: 3 }] });
    expect(hit(await judge(c), 'catalogue.therapy-on-operation-day')).toBeUndefined();
  });
});

describe('a stapler on an appendicectomy (implant-procedures.json placesWith: only with complicated appendicitis)', () => {
  const STAPLER = 'C11010150300001825820000001';
  const stay = (dx: string) =>
    build({
      set: { diagnoses: [{ code: dx, principal: true }], procedures: [{ code: '47.0100', date: '2025-03-05' }] },
      addItems: [{ code: '003302010010001', day: 1 }, { code: STAPLER, day: 1 }],
    });

  it('names the stapler of a simple appendicitis and says the operation uses one only with peritonitis or abscess', async () => {
    const c = stay('K35.800x001');
    const h = hit(await judge(c), 'catalogue.implant-without-procedure')!;
    expect(h.lineIds).toEqual(c.items.filter((i: any) => i.code === STAPLER).map((i: any) => i.lineId));
    expect(String(h.evidence?.植入物与手术操作)).toContain('47.0100仅在诊断为K35.0、K35.1、K35.2、K35.3时使用');
  });

  it('is quiet on a perforated appendicitis with localized peritonitis (WSES 2020: stapler for an inflamed caecal base)', async () => {
    expect(hit(await judge(stay('K35.300')), 'catalogue.implant-without-procedure')).toBeUndefined();
  });
});

describe('冬病夏治三伏贴 billed as 穴位贴敷治疗 (therapy-indications.json preventiveSeason)', () => {
  const PLASTER = '004300000230001';
  const visit = (date: string, dx: string, addItems: ExampleItem[] = []) =>
    build({
      base: 'outpatient',
      set: {
        visitDate: date,
        'patient.birthDate': '2015-06-13',
        'provider.department': 'tcm_pediatrics',
        diagnoses: [{ code: dx, principal: true }],
        items: [{ lineId: '1', code: '001102000010001', name: '普通门诊诊察费', category: 'service', date, quantity: 1, unitPrice: 9, amount: 9 }],
      },
      addItems: [{ code: PLASTER, quantity: 6 }, ...addItems],
    } as RuleExample);
  it('the plasters alone in the 三伏 for asthma are named, on both ends of the window', async () => {
    for (const date of ['2025-07-11', '2025-08-26']) {
      const c = visit(date, 'J45.900');
      const h = hit(await judge(c), 'catalogue.preventive-therapy-swap')!;
      expect(h.lineIds).toEqual(c.items.filter((i: any) => i.code === PLASTER).map((i: any) => i.lineId));
    }
  });
  it('not the day before or after the window, not with a drug beside, not for a digestive complaint', async () => {
    for (const c of [visit('2025-07-10', 'J45.900'), visit('2025-08-27', 'J45.900'), visit('2025-07-22', 'J45.900', [{ code: 'XR03BAB508C003', quantity: 2 }]), visit('2025-07-22', 'K30.x00')]) {
      expect(hit(await judge(c), 'catalogue.preventive-therapy-swap')).toBeUndefined();
    }
  });
  it('cough (R05) and acute bronchitis (J20) are current illnesses, not a 冬病 in remission', async () => {
    for (const dx of ['R05.x00', 'J20.900']) expect(hit(await judge(visit('2025-07-22', dx)), 'catalogue.preventive-therapy-swap')).toBeUndefined();
  });
  it("the plaster's own tape and paste herbs are not a treatment beside it; another herb (a decoction) is", async () => {
    const tape = { code: 'C14020150300001037150000001', quantity: 6 };
    const herb = (name: string) => ({ code: 'T000700123', name, category: 'drug', unitPrice: 0.1, quantity: 10 }) as ExampleItem;
    expect(hit(await judge(visit('2025-07-22', 'J45.900', [tape, herb('白芥子')])), 'catalogue.preventive-therapy-swap')).toBeDefined();
    expect(hit(await judge(visit('2025-07-22', 'J45.900', [tape, herb('麻黄')])), 'catalogue.preventive-therapy-swap')).toBeUndefined();
  });
  it('a region that pays 三伏贴 under 穴位贴敷治疗 (disabledRegions) is not judged', () => {
    const ruleset = createRulesetHolder(RULES_DIR).current();
    const refs = ruleset.refs;
    const v = validateClaim(visit('2025-07-22', 'J45.900'));
    if (!v.ok) throw new Error(JSON.stringify(v));
    expect(enrichClaim(v.claim, refs).facts.stay.therapyPreventive).not.toBeNull();
    const therapy = new Map([...refs.knowledge!.therapy].map(([code, row]) => [code, row.preventiveSeason ? { ...row, preventiveSeason: { ...row.preventiveSeason, disabledRegions: [v.claim.region.slice(0, 4)] } } : row]));
    expect(enrichClaim(v.claim, { ...refs, knowledge: { ...refs.knowledge!, therapy } }).facts.stay.therapyPreventive).toBeNull();
  });
});

describe('静注人免疫球蛋白 is an infused drug (stay-content.json parenteralDrugNameMarks 静注)', () => {
  it('a Kawasaki IVIG day billing one infusion group is quiet; the same group with no drug that day is named', async () => {
    const set = { 'patient.birthDate': '2021-03-01', 'provider.department': 'paediatrics', diagnoses: [{ code: 'M30.300', principal: true }] };
    const ivig = build({ set, addItems: [{ code: 'XJ06BAJ501B002010148424', quantity: 7, day: 2 }, { code: '001204000010001', day: 2 }] } as RuleExample);
    expect(hit(await judge(ivig), 'catalogue.infusion-without-drug')).toBeUndefined();
    const none = build({ set, addItems: [{ code: '001204000010001', day: 2 }] } as RuleExample);
    expect(hit(await judge(none), 'catalogue.infusion-without-drug')).toBeDefined();
  });
});

describe('挂床: oral drugs of a condition the clinic treats (stay-content.json outpatientTreatable) are home medication', () => {
  const SYRUP = 'ZA03AAX508A004010132155';
  const childStay = (dx: string, syrupDays: number[], extra: ExampleItem[] = []) =>
    build({
      set: { 'patient.birthDate': '2016-05-01', 'provider.department': 'paediatrics', 'provider.level': 1, items: [], dischargeDate: '2025-03-12', diagnoses: [{ code: dx, principal: true }] },
      addItems: [
        ...[0, 1, 2, 3, 4, 5, 6, 7].flatMap((day) => ['001105000010001', '001201000040001', '001103000010001'].map((code) => ({ code, day }))),
        ...[0, 1].flatMap((day) => [{ code: '001204000010001', day }, { code: 'XJ01DCT505B002', day }, { code: 'XB05BBL511B002010178601', day }]),
        ...syrupDays.map((day) => ({ code: SYRUP, quantity: 3, day })),
        ...extra,
      ],
    } as RuleExample);
  it('a bronchitis stay with cough syrup alone on days 2–7 names them; a run of four broken by a test, or a pneumonia, does not', async () => {
    const h = hit(await judge(childStay('J20.900', [2, 3, 4, 5, 6, 7])), 'catalogue.bed-blocking-stay')!;
    expect(h.evidence).toMatchObject({ 无诊疗天数: 6 });
    expect(hit(await judge(childStay('J20.900', [2, 3, 4, 5, 7], [{ code: '002501010010001', day: 6 }])), 'catalogue.bed-blocking-stay')).toBeUndefined();
    expect(hit(await judge(childStay('J18.900', [2, 3, 4, 5, 6, 7])), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
});

describe('hyperbaric oxygen billed as 吸氧 under 93.95 (therapy-indications.json withProcedures)', () => {
  const OXYGEN = '001208000010001';
  const visit = (dx: string, procedures: { code: string }[]) =>
    build({ base: 'outpatient', set: { 'provider.department': 'hyperbaric-oxygen', diagnoses: [{ code: dx, principal: true }], procedures }, addItems: [{ code: OXYGEN, quantity: 2 }] });
  it('a session for fatigue alone names the oxygen line', async () => {
    const c = visit('R53.x00x006', [{ code: '93.9500' }]);
    const h = hit(await judge(c), 'catalogue.therapy-not-indicated')!;
    expect(h.lineIds).toEqual(c.items.filter((i: any) => i.code === OXYGEN).map((i: any) => i.lineId));
    expect(h.evidence).toMatchObject({ 治疗项目: '高压氧治疗' });
  });
  it('the same oxygen without 93.95 is ordinary oxygen, and a session for CO poisoning is indicated: quiet', async () => {
    expect(hit(await judge(visit('R53.x00x006', [])), 'catalogue.therapy-not-indicated')).toBeUndefined();
    expect(hit(await judge(visit('T58.x00', [{ code: '93.9500' }])), 'catalogue.therapy-not-indicated')).toBeUndefined();
  });
  it('on a stay coding 93.95 reads at most a session (2 h) a day as HBO, and none on a day billing the own row', async () => {
    const stay = build({
      set: { diagnoses: [{ code: 'J44.100', principal: true }], procedures: [{ code: '93.9500' }] },
      addItems: [{ code: OXYGEN, day: 1, quantity: 24 }, { code: OXYGEN, day: 2, quantity: 24 }, { code: '003401030010001', day: 2 }],
    });
    const h = hit(await judge(stay), 'catalogue.therapy-not-indicated')!;
    const day1 = stay.items.find((i: any) => i.code === OXYGEN && i.quantity === 24 && h.lineIds.includes(i.lineId));
    expect(day1).toBeDefined();
    expect(h.lineIds.filter((id: string) => stay.items.some((i: any) => i.lineId === id && i.code === OXYGEN))).toEqual([day1.lineId]);
    expect(h.evidence).toMatchObject({ 治疗次数: 3 });
    // The own row's amount and 2 of the 24 hours' share of day 1's oxygen.
    const own = stay.items.find((i: any) => i.code === '003401030010001');
    expect(h.amount).toBeCloseTo(own.amount + Math.floor((day1.amount * 100 * 2) / 24) / 100, 2);
  });
  it('the own row 高压氧舱治疗 is HBO with no procedure coded: fatigue flagged, CO poisoning quiet', async () => {
    const own = (dx: string) => build({ base: 'outpatient', set: { 'provider.department': 'hyperbaric-oxygen', diagnoses: [{ code: dx, principal: true }] }, addItems: [{ code: '003401030010001' }] });
    const c = own('R53.x00x006');
    expect(hit(await judge(c), 'catalogue.therapy-not-indicated')!.lineIds).toEqual(c.items.filter((i: any) => i.code === '003401030010001').map((i: any) => i.lineId));
    expect(hit(await judge(own('T58.x00')), 'catalogue.therapy-not-indicated')).toBeUndefined();
  });
});

describe('a wound culture on a dehisced surgical wound (test-indications.json suspected T81.3: CDC/NHSN deep incisional SSI)', () => {
  const culture = (dx: string[]) =>
    build({ set: { diagnoses: dx.map((code, i) => ({ code, principal: i === 0 })) }, addItems: [{ code: '002502140010001', day: 1 }] });
  // The base stay's own head CT is judged too: only the culture's hits are read.
  const cultureHits = async (dx: string[]) =>
    (await judge(culture(dx))).hits.filter((h: any) => h.ruleId === 'catalogue.test-not-indicated' && String(h.message).startsWith('细菌培养'));
  it('is indicated with T81.3 coded, and not on the same stay without it', async () => {
    expect(await cultureHits(['M17.101', 'T81.300'])).toHaveLength(0);
    expect(await cultureHits(['M17.101'])).toHaveLength(1);
  });
});

describe('fundus and pressure before a child’s cataract operation (test-indications.json: Q12–Q14 congenital eye malformations)', () => {
  const eyeTests = async (dx: string) => {
    const c = build({ set: { 'patient.birthDate': '2023-06-19', diagnoses: [{ code: dx, principal: true }] }, addItems: [{ code: '002503010050001', day: 0 }, { code: '003103010050001', day: 0 }] });
    return (await judge(c)).hits.filter((h: any) => h.ruleId === 'catalogue.test-not-indicated' && /眼底检查|眼压测量/.test(String(h.message)));
  };
  it('are indicated by congenital cataract Q12.0, not by a congenital heart defect', async () => {
    expect(await eyeTests('Q12.000')).toHaveLength(0);
    expect(await eyeTests('Q21.100')).toHaveLength(2);
  });
});

describe('an operation’s own approach billed beside it the same day (catalogue includes: 分解收费)', () => {
  const sameDay = (operation: string, component: string, componentDay: number) =>
    build({ set: { diagnoses: [{ code: 'N20.100', principal: true }] }, addItems: [{ code: operation, day: 1 }, { code: component, day: componentDay }] });
  const bundled = async (c: ReturnType<typeof sameDay>, component: string) =>
    (await judge(c)).hits.filter((h: any) => h.ruleId === 'catalogue.bundled-charge' && h.lineIds.some((id: string) => c.items.find((i: any) => i.lineId === id)?.code === component));
  it.each([
    ['a cystoscopy beside a ureteroscopic lithotripsy', '003306020010001', '002503010150001'],
    ['a nasal endoscopy beside endoscopic sinus surgery', '003304070020201', '003104020010001'],
    ['a chest drain beside a thoracoscopic wedge resection', '003308020010001', '003308010010001'],
  ])('names %s; the same item on another day is its own', async (_name, operation, component) => {
    expect(await bundled(sameDay(operation, component, 1), component)).toHaveLength(1);
    expect(await bundled(sameDay(operation, component, 3), component)).toHaveLength(0);
  });
});

describe('视野检查 before a ptosis repair (test-indications.json 视野检查 H02.4: the functional ptosis its field shows)', () => {
  const FIELD = '003103010040001';
  const visit = (dx: string) => build({ base: 'outpatient', set: { 'provider.department': 'ophthalmology', diagnoses: [{ code: dx, principal: true }] }, addItems: [{ code: FIELD, quantity: 2, day: 0 }] });
  const fieldHit = async (dx: string) =>
    (await judge(visit(dx))).hits.find((h: any) => h.ruleId === 'catalogue.test-not-indicated' && String(h.message).startsWith('视野检查'));

  it('is quiet for a visual field on a ptosis (H02.400)', async () => {
    expect(await fieldHit('H02.400')).toBeUndefined();
  });

  it('still names it on lower-lid bags (H02.300x004): no field for a cosmetic complaint', async () => {
    expect(await fieldHit('H02.300x004')).toBeDefined();
  });
});
