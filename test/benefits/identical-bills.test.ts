import { billKey, screeningDay, testBattery } from '../../src/benefits/identical-bills';
import { billLocks, createBillLockMemory } from '../../src/features/reviews/bill-locks';
import type { MemberClaim } from '../../src/benefits/member-claim';
import { review, type ReviewContext } from '../../src/features/reviews/review';
import { createMemoryStore, createSqliteStore, type Store } from '../../src/features/stores';
import { NO_MODEL } from '../../src/model/model';
import { arriveIn, buildClaim, hitOf, shippedRules } from '../helpers/shipped-rules';

// 集中刷卡 through the whole review on the shipped rules: one doctor's identical two-drug bill for many members on
// one day is flagged on each claim that arrives with four other members' already seen, naming them.

const RULE = 'history.identical-bills-many-members';
const DRUGS = [
  { code: 'XC08CAA512A001010145149', quantity: 28 },
  { code: 'ZA12BAX510A001010101237', quantity: 84 },
];
const bill = (n: number, over: Record<string, unknown> = {}, addItems = DRUGS) =>
  buildClaim({
    base: 'outpatient',
    set: {
      claimId: `TB-${n}`,
      patient: { insuredId: `TB-P-${n}`, gender: 'M', birthDate: '1950-01-01' },
      provider: { hospitalId: 'H51010901', level: 1, department: 'general', doctorId: 'D0901' },
      diagnoses: [{ code: ['I10.x00x002', 'R42.x00', 'I25.103'][n % 3], principal: true }],
      ...over,
    },
    addItems,
  });
const seven = () => [1, 2, 3, 4, 5, 6, 7].map((n) => bill(n));
const ctx = (store: Store): ReviewContext => ({ rules: shippedRules, model: { current: () => NO_MODEL }, store });
const counts = (vs: Awaited<ReturnType<typeof arriveIn>>) => vs.map((v) => hitOf(v, RULE)?.evidence?.参保人数 ?? null);

describe('identical bills of many members', () => {
  it('one at a time: the 5th, 6th and 7th are flagged, naming the earlier bills and the whole bill', async () => {
    const claims = seven();
    const vs = await arriveIn(createMemoryStore(), ...claims);
    expect(counts(vs)).toEqual([null, null, null, null, 5, 6, 7]);
    const h = hitOf(vs[4], RULE)!;
    expect(h.severity).toBe('warn');
    expect(h.evidence).toMatchObject({ 相同费用单据: 'TB-1、TB-2、TB-3、TB-4', 首张相同单据: 'TB-1', 接诊医师: 'D0901', 药品种数: 2 });
    expect(h.lineIds).toEqual(claims[4].items.map((i: any) => i.lineId));
    expect(h.amount).toBe(claims[4].amounts.total);
    expect(h.message).toContain('TB-1');
  });

  it('in one batch, and on SQLite across batches, the same claims are flagged', async () => {
    const store = createMemoryStore();
    const batch = await review(seven(), ctx(store), { source: 'test' });
    expect(counts(batch)).toEqual([null, null, null, null, 5, 6, 7]);
    const sqlite = createSqliteStore({ path: ':memory:' });
    const claims = seven();
    const first = await review(claims.slice(0, 3), ctx(sqlite), { source: 'test' });
    const second = await review(claims.slice(3), ctx(sqlite), { source: 'test' });
    expect(counts([...first, ...second])).toEqual([null, null, null, null, 5, 6, 7]);
    // Re-reviewed once all seven are stored, a claim sees what it saw: the bills that arrived before it.
    const again = await review([claims[4], claims[0]], ctx(sqlite), { source: 'test' });
    expect(counts(again)).toEqual([5, null]);
    await sqlite.close();
  });

  it('counts members, not claims: a member billed twice is one', async () => {
    const twice = bill(4, { claimId: 'TB-4B', patient: { insuredId: 'TB-P-1', gender: 'M', birthDate: '1950-01-01' } });
    const vs = await arriveIn(createMemoryStore(), bill(1), bill(2), bill(3), twice, bill(5));
    expect(counts(vs)).toEqual([null, null, null, null, null]);
  });

  it("a course or follow-up: members seen at the institution before for the bill's condition are its patients and not counted; another condition or another institution earlier counts nothing", async () => {
    // Each member's earlier visit, 14 days before: a one-drug refill for the condition of their bill (bill(n) codes it), or another one.
    const seenBefore = (n: number, over: { dx?: string; hospitalId?: string } = {}) =>
      buildClaim({
        base: 'outpatient',
        set: {
          claimId: `TB-E${n}`,
          patient: { insuredId: `TB-P-${n}`, gender: 'M', birthDate: '1950-01-01' },
          provider: { hospitalId: over.hospitalId ?? 'H51010901', level: 1, department: 'general', doctorId: 'D0901' },
          diagnoses: [{ code: over.dx ?? ['I10.x00x002', 'R42.x00', 'I25.103'][n % 3], principal: true }],
        },
        addItems: [DRUGS[0]],
        shiftDays: -14,
      });
    const five = [1, 2, 3, 4, 5];
    const course = await arriveIn(createMemoryStore(), ...five.map((n) => seenBefore(n)), ...five.map((n) => bill(n)));
    expect(counts(course.slice(5))).toEqual([null, null, null, null, null]);
    // Two of the institution's patients among seven: the five new members are the set, the patients are not flagged.
    const mixed = await arriveIn(createMemoryStore(), seenBefore(1), seenBefore(2), ...seven());
    expect(counts(mixed.slice(2))).toEqual([null, null, null, null, null, null, 5]);
    const otherCondition = await arriveIn(createMemoryStore(), ...five.map((n) => seenBefore(n, { dx: 'J06.900' })), ...five.map((n) => bill(n)));
    expect(counts(otherCondition.slice(5))).toEqual([null, null, null, null, 5]);
    const elsewhere = await arriveIn(createMemoryStore(), ...five.map((n) => seenBefore(n, { hospitalId: 'H51010902' })), ...five.map((n) => bill(n)));
    expect(counts(elsewhere.slice(5))).toEqual([null, null, null, null, 5]);
  });

  it('集中刷卡 every month: a member whose earlier visits there were themselves the template is not the clinic\'s patient; months 2 and 3 are flagged naming them, a follow-up clinic whose members had care of their own there stays clear', async () => {
    // Eight hypertension members (I10) of one doctor, on the same day of three months 30 days apart.
    const eight = [1, 2, 3, 4, 5, 6, 7, 8];
    const monthly = (n: number, month: number, addItems: { code: string; quantity: number }[] = DRUGS) =>
      buildClaim({
        base: 'outpatient',
        set: {
          claimId: `TM-${month}-${n}`,
          patient: { insuredId: `TB-P-${n}`, gender: 'M', birthDate: '1950-01-01' },
          provider: { hospitalId: 'H51010901', level: 1, department: 'general', doctorId: 'D0901' },
          diagnoses: [{ code: 'I10.x00x002', principal: true }],
        },
        addItems,
        shiftDays: 30 * (month - 3),
      });
    const swiped = await arriveIn(createMemoryStore(), ...[1, 2, 3].flatMap((m) => eight.map((n) => monthly(n, m))));
    const flagged = [null, null, null, null, 5, 6, 7, 8];
    expect([counts(swiped.slice(0, 8)), counts(swiped.slice(8, 16)), counts(swiped.slice(16))]).toEqual([flagged, flagged, flagged]);
    const third = hitOf(swiped[20], RULE)!;
    expect(third.evidence).toMatchObject({ 相同费用单据: 'TM-3-1、TM-3-2、TM-3-3、TM-3-4', 本人此前的模板单据: 'TM-1-5、TM-2-5' });
    expect(third.message).toContain('本参保人此前在本机构同一疾病的就诊单据TM-1-5、TM-2-5本身亦为多名参保人逐项相同的单据');
    expect(hitOf(swiped[4], RULE)!.evidence).toMatchObject({ 本人此前的模板单据: null });
    // On SQLite, the first two months stored and the third in one batch: the same.
    const sqlite = createSqliteStore({ path: ':memory:' });
    await review([1, 2].flatMap((m) => eight.map((n) => monthly(n, m))), ctx(sqlite), { source: 'test' });
    expect(counts(await review(eight.map((n) => monthly(n, 3)), ctx(sqlite), { source: 'test' }))).toEqual(flagged);
    await sqlite.close();
    // The near miss: the same eight at a genuine follow-up clinic, each earlier visit fitted to its member (another
    // dose, a second drug or a test of their own) — the third month's identical refill is their own follow-up.
    const fitted = (n: number, month: number) =>
      monthly(n, month, month === 1 ? [{ ...DRUGS[0], quantity: 7 + n }, DRUGS[1]] : [DRUGS[0], { ...DRUGS[1], quantity: 20 + n }, { code: '002503010050001', quantity: 1 }]);
    const followUp = await arriveIn(createMemoryStore(), ...[1, 2].flatMap((m) => eight.map((n) => fitted(n, m))), ...eight.map((n) => monthly(n, 3)));
    expect(counts(followUp.slice(16))).toEqual([null, null, null, null, null, null, null, null]);
  });

  it('is not judged on a bill of one drug, on another doctor, or on a claim that names no doctor', async () => {
    const oneDrug = await arriveIn(createMemoryStore(), ...[1, 2, 3, 4, 5].map((n) => bill(n, {}, [DRUGS[0]])));
    expect(counts(oneDrug)).toEqual([null, null, null, null, null]);
    const noDoctor = await arriveIn(createMemoryStore(), ...[1, 2, 3, 4, 5].map((n) => bill(n, { provider: { hospitalId: 'H51010901', level: 1 } })));
    expect(counts(noDoctor)).toEqual([null, null, null, null, null]);
    const lastByAnother = await arriveIn(createMemoryStore(), ...[1, 2, 3, 4].map((n) => bill(n)), bill(5, { provider: { hospitalId: 'H51010901', level: 1, doctorId: 'D0902' } }));
    expect(counts(lastByAnother)).toEqual([null, null, null, null, null]);
  });

  it('an influenza cluster (流感样病例暴发): five villagers given the one oseltamivir regimen of the 诊疗方案 by one doctor are not judged; the same bill under a cold is', async () => {
    const FLU = [
      { code: 'XJ05AHA508A001010113529', quantity: 10 },
      { code: 'XN02BED510A001010164042', quantity: 9 },
    ];
    const under = (code: string) => [1, 2, 3, 4, 5].map((n) => bill(n, { diagnoses: [{ code, principal: true }] }, FLU));
    expect(counts(await arriveIn(createMemoryStore(), ...under('J11.100')))).toEqual([null, null, null, null, null]);
    expect(counts(await arriveIn(createMemoryStore(), ...under('J06.900')))).toEqual([null, null, null, null, 5]);
  });

  it('诱导就医: the same three treatments, line for line, are a template at the 3rd member; two treatments, or quantities fitted to each, are not', async () => {
    const TREATMENTS = [
      { code: '004100000060001', quantity: 1 },
      { code: '004100009010001', quantity: 3 },
      { code: '004300000010001', quantity: 1 },
    ];
    const over = { provider: { hospitalId: 'H51010901', level: 1, department: 'tcm', doctorId: 'D0901' } };
    const three = await arriveIn(createMemoryStore(), ...[1, 2, 3, 4].map((n) => bill(n, over, [...TREATMENTS, DRUGS[0]])));
    expect(counts(three)).toEqual([null, null, 3, 4]);
    expect(hitOf(three[2], RULE)!.evidence).toMatchObject({ 治疗项目数: 3, 药品种数: 1 });
    const two = await arriveIn(createMemoryStore(), ...[1, 2, 3, 4].map((n) => bill(n, over, TREATMENTS.slice(0, 2))));
    expect(counts(two)).toEqual([null, null, null, null]);
    const fitted = await arriveIn(createMemoryStore(), ...[1, 2, 3, 4].map((n) => bill(n, over, [...TREATMENTS.slice(0, 2), { code: '004300000010001', quantity: n }])));
    expect(counts(fitted)).toEqual([null, null, null, null]);
  });

  it('诱导就医: the bundle is the template whatever tablets each member got beside it, in memory and on SQLite; a drug refill stays judged line for line', async () => {
    const TREATMENTS = [
      { code: '004100000060001', quantity: 1 },
      { code: '004100009010001', quantity: 2 },
      { code: '004300000010001', quantity: 1 },
      { code: '004400000040001', quantity: 1 },
    ];
    const over = { provider: { hospitalId: 'H51010901', level: 1, department: 'tcm', doctorId: 'D0901' } };
    const nudged = () => [1, 2, 3].map((n) => bill(n, over, [...TREATMENTS, { ...DRUGS[0], quantity: 19 + n }]));
    const memory = await arriveIn(createMemoryStore(), ...nudged());
    expect(counts(memory)).toEqual([null, null, 3]);
    expect(hitOf(memory[2], RULE)!.message).toContain('药品以外的诊疗项目');
    const sqlite = createSqliteStore({ path: ':memory:' });
    const claims = nudged();
    const first = await review(claims.slice(0, 2), ctx(sqlite), { source: 'test' });
    const second = await review(claims.slice(2), ctx(sqlite), { source: 'test' });
    expect(counts([...first, ...second])).toEqual([null, null, 3]);
    await sqlite.close();
    // Two drugs in quantities fitted to each member, no treatment: prescriptions, not a template.
    const refills = await arriveIn(createMemoryStore(), ...[1, 2, 3, 4, 5].map((n) => bill(n, {}, [DRUGS[0], { ...DRUGS[1], quantity: 80 + n }])));
    expect(counts(refills)).toEqual([null, null, null, null, null]);
  });

  it('团伙住院/诱导住院: the 3rd member admitted the same day by one doctor with the same orders is flagged, whatever day each went home; one drug, or orders fitted to each, is not judged', async () => {
    const stay = (n: number, drugs = 2, dischargeDate = '2025-03-09', aspirin = 3, admissionDate?: string, extra: object = {}) =>
      buildClaim({
        base: 'inpatient',
        set: {
          claimId: `TS-${n}`,
          ...(admissionDate && { admissionDate }),
          ...extra,
          insuranceType: 'resident',
          patient: { insuredId: `TS-P-${n}`, gender: n % 2 ? 'M' : 'F', birthDate: '1955-01-01', retired: false },
          provider: { hospitalId: 'H51010905', level: 1, department: 'internal', doctorId: 'D0905' },
          diagnoses: [{ code: 'J20.900', principal: true }],
          dischargeDate,
          items: [
            { lineId: '1', code: '001105000010001', name: '床位费', category: 'service', date: '2025-03-04', quantity: 1, unitPrice: 30, amount: 30 },
            { lineId: '2', code: '001201000030001', name: 'Ⅱ级护理', category: 'service', date: '2025-03-04', quantity: 1, unitPrice: 18, amount: 18 },
            { lineId: '3', code: 'XB01ACA509A001010119008', name: '阿司匹林肠溶片', category: 'drug', date: '2025-03-05', quantity: aspirin, unitPrice: 0.11, amount: Math.round(aspirin * 11) / 100 },
            { lineId: '4', code: 'XC10AAA511A001010105600', name: '阿托伐他汀钙片', category: 'drug', date: '2025-03-05', quantity: 1, unitPrice: 0.35, amount: 0.35 },
          ].slice(0, 2 + drugs),
        },
      });
    // Discharged on different days: the orders, not the dates, are compared.
    const four = await arriveIn(createMemoryStore(), ...[1, 2, 3, 4].map((n) => stay(n, 2, `2025-03-0${7 + (n % 3)}`)));
    expect(counts(four)).toEqual([null, null, 3, 4]);
    expect(hitOf(four[2], RULE)!.message).toContain('为同日或相邻日入院的3名参保人');
    expect(hitOf(four[2], RULE)!.message).toContain('不计日期与住院天数');
    // A group admitted over two days (batchAdmission roundDays 1) is one round, in memory and on SQLite across
    // batches; a member admitted two days before the others is not of their round.
    const round = () => [stay(1), stay(2), stay(3, 2, '2025-03-09', 3, '2025-03-03')];
    expect(counts(await arriveIn(createMemoryStore(), ...round()))).toEqual([null, null, 3]);
    const sqlite = createSqliteStore({ path: ':memory:' });
    const claims = round();
    const first = await review(claims.slice(0, 2), ctx(sqlite), { source: 'test' });
    const second = await review(claims.slice(2), ctx(sqlite), { source: 'test' });
    expect(counts([...first, ...second])).toEqual([null, null, 3]);
    await sqlite.close();
    const apart = await arriveIn(createMemoryStore(), stay(1), stay(2), stay(3, 2, '2025-03-09', 3, '2025-03-02'));
    expect(counts(apart)).toEqual([null, null, null]);
    // Only a stay batchAdmission could judge is compared over its round: one coding a procedure (a sleep lab's list of
    // overnight PSG stays) or an emergency admission is compared with the same day's admissions only (review 31 item 2).
    const psg = { procedures: [{ code: '89.1702', date: '2025-03-04' }] };
    const roundOf = (extra: object) => [stay(1, 2, '2025-03-09', 3, undefined, extra), stay(2, 2, '2025-03-09', 3, undefined, extra), stay(3, 2, '2025-03-09', 3, '2025-03-03', extra)];
    expect(counts(await arriveIn(createMemoryStore(), ...roundOf(psg)))).toEqual([null, null, null]);
    expect(counts(await arriveIn(createMemoryStore(), ...roundOf({ admissionRoute: 'emergency' })))).toEqual([null, null, null]);
    const sameDay = await arriveIn(createMemoryStore(), ...[1, 2, 3].map((n) => stay(n, 2, '2025-03-09', 3, undefined, psg)));
    expect(counts(sameDay)).toEqual([null, null, 3]);
    expect(hitOf(sameDay[2], RULE)!.message).toContain('为同日入院的3名参保人');
    const oneDrug = await arriveIn(createMemoryStore(), ...[1, 2, 3, 4, 5].map((n) => stay(n, 1)));
    expect(counts(oneDrug)).toEqual([null, null, null, null, null]);
    // A dose fitted to each patient is each patient's orders.
    const fitted = await arriveIn(createMemoryStore(), ...[1, 2, 3].map((n) => stay(n, 2, '2025-03-09', n)));
    expect(counts(fitted)).toEqual([null, null, null]);
  });

  it('诱导就医 (异地): operation stays of members of one other region, one doctor, same orders over two days are flagged at the 3rd, in memory and on SQLite; local members, or members of different regions, are not judged', async () => {
    const stay = (n: number, insuredRegion: string | null, admissionDate: string) =>
      buildClaim({
        base: 'inpatient',
        set: {
          claimId: `TO-${n}`,
          insuranceType: 'resident',
          ...(insuredRegion ? { insuredRegion } : {}),
          patient: { insuredId: `TO-P-${n}`, gender: n % 2 ? 'M' : 'F', birthDate: '1952-01-01', retired: false },
          provider: { hospitalId: 'H51010906', level: 1, department: 'anorectal', doctorId: 'D0906' },
          diagnoses: [{ code: 'K64.200', principal: true }],
          procedures: [{ code: '49.4600', date: admissionDate }],
          admissionRoute: 'outpatient',
          admissionDate,
          dischargeDate: '2025-03-10',
          items: [
            { lineId: '1', code: '001105000010001', name: '床位费', category: 'service', date: admissionDate, quantity: 1, unitPrice: 30, amount: 30 },
            { lineId: '2', code: '003302040010001', name: '痔切除术', category: 'service', date: admissionDate, quantity: 1, unitPrice: 720, amount: 720 },
            { lineId: '3', code: 'XB01ACA509A001010119008', name: '阿司匹林肠溶片', category: 'drug', date: admissionDate, quantity: 1, unitPrice: 0.11, amount: 0.11 },
            { lineId: '4', code: 'XC10AAA511A001010105600', name: '阿托伐他汀钙片', category: 'drug', date: admissionDate, quantity: 1, unitPrice: 0.35, amount: 0.35 },
          ],
        },
      });
    const days = ['2025-03-04', '2025-03-04', '2025-03-05'];
    const group = (regions: (string | null)[]) => regions.map((r, i) => stay(i + 1, r, days[i]));
    const brought = await arriveIn(createMemoryStore(), ...group(['510700', '510700', '510700']));
    expect(counts(brought)).toEqual([null, null, 3]);
    expect(hitOf(brought[2], RULE)!.message).toContain('参保地510700（异地）同日或相邻日入院手术的3名参保人');
    // The store is asked for the round's other days (billKeys): the same on SQLite across batches.
    const sqlite = createSqliteStore({ path: ':memory:' });
    const claims = group(['510700', '510700', '510700']);
    const first = await review(claims.slice(0, 2), ctx(sqlite), { source: 'test' });
    const second = await review(claims.slice(2), ctx(sqlite), { source: 'test' });
    expect(counts([...first, ...second])).toEqual([null, null, 3]);
    await sqlite.close();
    // A hospital's own patients on one operation package (临床路径), or members each from their own region: not judged.
    expect(counts(await arriveIn(createMemoryStore(), ...group([null, null, null])))).toEqual([null, null, null]);
    expect(counts(await arriveIn(createMemoryStore(), ...group(['510700', '511300', '510700'])))).toEqual([null, null, null]);
    // An emergency admission was not brought.
    const emergency = group(['510700', '510700', '510700']).map((c) => ({ ...c, admissionRoute: 'emergency' }));
    expect(counts(await arriveIn(createMemoryStore(), ...emergency))).toEqual([null, null, null]);
  });

  it("药店集中刷卡: a pharmacy's identical two-drug basket for a 5th member is flagged whichever pharmacist (or none) dispensed; baskets fitted to each buyer, or another pharmacy, are not", async () => {
    const buy = (n: number, pharmacist: string | null, over: Record<string, unknown> = {}, addItems = DRUGS) =>
      bill(n, { visitType: 'pharmacy', provider: { hospitalId: 'Y510100001', level: 1, department: 'pharmacy', ...(pharmacist && { doctorId: pharmacist }) }, ...over }, addItems);
    const shifts = [1, 2, 3, 4, 5].map((n) => buy(n, n % 2 ? 'YS01' : n === 4 ? null : 'YS02'));
    const vs = await arriveIn(createMemoryStore(), ...shifts);
    expect(counts(vs)).toEqual([null, null, null, null, 5]);
    const h = hitOf(vs[4], RULE)!;
    expect(h.evidence).toMatchObject({ 相同费用单据: 'TB-1、TB-2、TB-3、TB-4' });
    expect(h.message).toContain('定点药店Y510100001');
    const sqlite = createSqliteStore({ path: ':memory:' });
    const claims = [1, 2, 3, 4, 5].map((n) => buy(n, n % 2 ? 'YS01' : 'YS02'));
    const first = await review(claims.slice(0, 3), ctx(sqlite), { source: 'test' });
    const second = await review(claims.slice(3), ctx(sqlite), { source: 'test' });
    expect(counts([...first, ...second])).toEqual([null, null, null, null, 5]);
    await sqlite.close();
    // A household and its neighbours each buying their own quantities, or the 5th at another pharmacy: no template.
    const fitted = await arriveIn(createMemoryStore(), ...[1, 2, 3, 4, 5].map((n) => buy(n, 'YS01', {}, [DRUGS[0], { ...DRUGS[1], quantity: 28 * n }])));
    expect(counts(fitted)).toEqual([null, null, null, null, null]);
    const elsewhere = await arriveIn(createMemoryStore(), ...[1, 2, 3, 4].map((n) => buy(n, 'YS01')), buy(5, 'YS01', { provider: { hospitalId: 'Y510100002', level: 1, department: 'pharmacy', doctorId: 'YS01' } }));
    expect(counts(elsewhere)).toEqual([null, null, null, null, null]);
  });

  it('billKey: visits and purchases with a doctor and two drugs, stays with a doctor (no operation, no planned course), never an entry without lines', () => {
    const k = shippedRules.current().refs.history;
    const entry = (over: Partial<MemberClaim>): MemberClaim => ({
      insuredId: 'P', claimId: 'C', insuranceType: 'resident', visitType: 'outpatient', serviceDate: '2025-03-15', endDate: '2025-03-15',
      hospitalId: 'H', doctorId: 'D', principalCategory: 'I10', mdc: null, totalFen: 1, policyFen: 1, fundClaimedFen: 0, itemsSignature: 'S', serviceCodes: [],
      lines: [
        { lineId: '1', code: 'A', date: '2025-03-15', kind: 'drug', amountFen: 1, drug: 'A' },
        { lineId: '2', code: 'B', date: '2025-03-15', kind: 'drug', amountFen: 1, drug: 'B' },
      ],
      ...over,
    });
    expect(billKey(entry({}), k)).toEqual({ hospitalId: 'H', doctorId: 'D', serviceDate: '2025-03-15', itemsSignature: 'S' });
    // A pharmacy purchase is the pharmacy's, whoever dispensed: no doctor in its key, and none needed.
    expect(billKey(entry({ visitType: 'pharmacy' }), k)).toEqual({ hospitalId: 'H', doctorId: null, serviceDate: '2025-03-15', itemsSignature: 'S' });
    expect(billKey(entry({ visitType: 'pharmacy', doctorId: null }), k)).toEqual({ hospitalId: 'H', doctorId: null, serviceDate: '2025-03-15', itemsSignature: 'S' });
    // A stay's drugs are counted on its own items (the ledger keeps only some of them): its key needs none.
    expect(billKey(entry({ visitType: 'inpatient', lines: [] }), k)).not.toBeNull();
    expect(billKey(entry({ visitType: 'inpatient', lines: [{ lineId: '9', code: 'OP', date: '2025-03-15', kind: 'service', amountFen: 1, operation: true }] }), k)).toBeNull();
    expect(billKey(entry({ visitType: 'inpatient', principalCategory: 'Z51' }), k)).toBeNull();
    // A dialysis session (Z49 coded beside N18) is the programme's one protocol: not judged; N18 alone stays judged.
    expect(billKey(entry({ visitType: 'chronic', principalCategory: 'N18', codes: ['N18.500', 'Z49.101'] }), k)).toBeNull();
    expect(billKey(entry({ visitType: 'chronic', principalCategory: 'N18', codes: ['N18.500'] }), k)).not.toBeNull();
    // A chemotherapy session (Z51.1) is a course's; palliative or other care (Z51.5, Z51.8, Z51.9) is no session and stays judged.
    expect(billKey(entry({ visitType: 'outpatient', principalCategory: 'C34', codes: ['C34.900', 'Z51.100x002'] }), k)).toBeNull();
    for (const z of ['Z51.500', 'Z51.800', 'Z51.900']) expect(billKey(entry({ visitType: 'outpatient', principalCategory: 'C34', codes: ['C34.900', z] }), k)).not.toBeNull();
    expect(billKey(entry({ lines: undefined }), k)).toBeNull();
    expect(billKey(entry({ doctorId: null }), k)).toBeNull();
    // The same drug on two lines is one drug.
    expect(billKey(entry({ lines: entry({}).lines!.map((l) => ({ ...l, drug: 'A' })) }), k)).toBeNull();
    expect(billKey(entry({}), undefined)).toBeNull();
  });

  it('testBattery (诱导检查): a visit of three tests is a battery with no drug or with one (the same cold granules on every bill of a free check-up), not with two drugs or a treatment', () => {
    const k = shippedRules.current().refs.history;
    const test = (n: number) => ({ lineId: `t${n}`, code: `T${n}`, date: '2025-03-15', kind: 'service' as const, amountFen: 1, test: true });
    const drug = (c: string) => ({ lineId: `d${c}`, code: c, date: '2025-03-15', kind: 'drug' as const, amountFen: 1, drug: c });
    const visit = (lines: MemberClaim['lines']): MemberClaim => ({
      insuredId: 'P', claimId: 'C', insuranceType: 'resident', visitType: 'outpatient', serviceDate: '2025-03-15', endDate: '2025-03-15',
      hospitalId: 'H', doctorId: 'D', principalCategory: 'J06', mdc: null, totalFen: 1, policyFen: 1, fundClaimedFen: 0, itemsSignature: 'S', serviceCodes: [], lines,
    });
    const tests = [test(1), test(2), test(3)];
    expect(testBattery(visit(tests), k)).toBe(true);
    expect(testBattery(visit([...tests, drug('A')]), k)).toBe(true);
    expect(testBattery(visit([...tests, drug('A'), drug('B')]), k)).toBe(false);
    expect(testBattery(visit([...tests, { lineId: 'n', code: 'NEB', date: '2025-03-15', kind: 'service', amountFen: 1 }]), k)).toBe(false);
    expect(testBattery(visit([test(1), test(2), drug('A')]), k)).toBe(false);
  });

  it('testBattery: a sick visit is no check-up — an anti-infective or antipyretic, an acute-phase marker or pathogen test, an outbreak category', () => {
    const k = shippedRules.current().refs.history;
    const test = (code: string) => ({ lineId: code, code, date: '2025-01-15', kind: 'service' as const, amountFen: 1, test: true });
    const drug = (c: string) => ({ lineId: `d${c}`, code: c, date: '2025-01-15', kind: 'drug' as const, amountFen: 1, drug: c });
    const visit = (lines: MemberClaim['lines'], principalCategory = 'J06'): MemberClaim => ({
      insuredId: 'P', claimId: 'C', insuranceType: 'resident', visitType: 'outpatient', serviceDate: '2025-01-15', endDate: '2025-01-15',
      hospitalId: 'H', doctorId: 'D', principalCategory, mdc: null, totalFen: 1, policyFen: 1, fundClaimedFen: 0, itemsSignature: 'S', serviceCodes: [], lines,
    });
    const tests = [test('002501010010001'), test('002501020010001'), test('002103010010001')];
    expect(testBattery(visit([...tests, drug('XR05XAX507A010')]), k)).toBe(true);
    expect(testBattery(visit([...tests, drug('XJ05AHA508A001')]), k)).toBe(false); // oseltamivir (ATC J)
    expect(testBattery(visit([...tests, drug('XM01AEB502A004')]), k)).toBe(false); // ibuprofen suspension
    expect(testBattery(visit([...tests, drug('XN02BED510A010')]), k)).toBe(false); // paracetamol granules
    expect(testBattery(visit([...tests, test('002502080010001')]), k)).toBe(false); // CRP
    expect(testBattery(visit([...tests, test('002502140010001')]), k)).toBe(false); // culture
    expect(testBattery(visit(tests, 'A05'), k)).toBe(false); // food poisoning
    expect(testBattery(visit(tests, 'J10'), k)).toBe(false); // influenza: a cluster's children seen alike
  });

  it('billKey and screeningDay read the battery their caller judged once a claim (attachMemberFacts), not their own', () => {
    const k = shippedRules.current().refs.history;
    const test = (n: number) => ({ lineId: `t${n}`, code: `T${n}`, date: '2025-03-15', kind: 'service' as const, amountFen: 1, test: true });
    const visit: MemberClaim = {
      insuredId: 'P', claimId: 'C', insuranceType: 'resident', visitType: 'outpatient', serviceDate: '2025-03-15', endDate: '2025-03-15', hospitalId: 'H',
      doctorId: 'D', principalCategory: 'Z00', mdc: null, totalFen: 1, policyFen: 1, fundClaimedFen: 0, itemsSignature: 'S', bundleSignature: 'B', serviceCodes: [], lines: [test(1), test(2), test(3)],
    };
    const bundle = { hospitalId: 'H', doctorId: 'D', serviceDate: '2025-03-15', itemsSignature: 'B', bundle: true };
    expect(testBattery(visit, k)).toBe(true);
    expect(billKey(visit, k)).toEqual(bundle);
    expect(billKey(visit, k, true)).toEqual(bundle);
    // Told it is no battery, a bill of tests alone (no two drugs) has no key.
    expect(billKey(visit, k, false)).toBeNull();
    expect(screeningDay(visit, [], [], () => false, k, false)).toBeNull();
  });
});

describe('bill locks (file-intake workers take turns on identical bills)', () => {
  const key = { hospitalId: 'H', doctorId: 'D', serviceDate: '2025-03-15', itemsSignature: 'S' };

  it('a held bill makes another taker wait; another bill, or the bill once released, does not', () => {
    const memory = createBillLockMemory();
    const first = billLocks(memory, 200);
    const second = billLocks(memory, 200); // another thread's view of the same memory
    const release = first.acquire([key]);
    const waited = (keys: (typeof key)[]) => {
      const t = Date.now();
      second.acquire(keys)();
      return Date.now() - t;
    };
    expect(waited([{ ...key, itemsSignature: 'OTHER' }])).toBeLessThan(150);
    expect(waited([key])).toBeGreaterThanOrEqual(190); // gave up at the limit: a dead holder stops nobody for good
    release();
    expect(waited([key, key])).toBeLessThan(150);
  });

  it('review() holds the bills it looked up until the batch is recorded, then releases them', async () => {
    const events: string[] = [];
    const store = createMemoryStore();
    const save = store.saveReviews.bind(store);
    store.saveReviews = async (batch) => {
      events.push('save');
      return save(batch);
    };
    const locks = { acquire: (keys: readonly unknown[]) => (events.push(`acquire ${keys.length}`), () => void events.push('release')) };
    await review([bill(1), bill(2)], { ...ctx(store), billLocks: locks }, { source: 'test' });
    expect(events).toEqual(['acquire 1', 'save', 'release']);
  });
});
