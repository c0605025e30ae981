import { type RuleExample } from '../../src/rules/examples';
import { join } from 'node:path';
import { createSqliteStore } from '../../src/features/stores';
import { buildClaim as build, arrive, arriveIn, hitOf as hit } from '../helpers/shipped-rules';
import { tempDir } from '../helpers/temp-dir';

// Cross-claim typologies (issue 19.1) through the whole review, on the shipped rules and tables: the hit lands
// on the claim that completes the pattern, names the other claims, and points at this claim's lines.


const PHARMACY = { visitType: 'pharmacy', items: [], diagnoses: [{ code: 'E11.900', principal: true }], 'provider.level': 1 };
const purchase = (claimId: string, hospitalId: string, shiftDays: number, code: string, quantity: number) =>
  build({ base: 'outpatient', shiftDays, set: { ...PHARMACY, claimId, 'provider.hospitalId': hospitalId }, addItems: [{ code, quantity }] });

describe('cross-claim typologies name both claims and the lines', () => {
  it('a pharmacy purchase elsewhere during a stay: on the purchase, or on the stay when it arrives second', async () => {
    const patient = { insuredId: 'EX-P-0002', gender: 'F', birthDate: '1990-09-23' };
    const stay = build({ shiftDays: 8, set: { claimId: 'STAY', patient } }); // 12 Mar – 17 Mar at H51010001
    const buy = purchase('BUY', 'P51010009', 0, 'XA10BAE503A001010168547', 90); // 15 Mar
    const [, onBuy] = await arrive(stay, buy);
    const h = hit(onBuy, 'history.visit-during-stay');
    expect(h?.message).toContain('STAY');
    expect(h?.lineIds).toEqual(buy.items.map((i: any) => i.lineId));
    const [, onStay] = await arrive(buy, stay);
    expect(hit(onStay, 'history.visit-during-stay')?.message).toContain('BUY');
  });

  it('stockpiling: the third 30-day metformin supply in two weeks , at three pharmacies', async () => {
    const a = purchase('PH-1', 'P51010001', -14, 'XA10BAE503A001010168547', 90);
    const b = purchase('PH-2', 'P51010002', -7, 'XA10BAE503A001010168547', 90);
    const c = purchase('PH-3', 'P51010003', 0, 'XA10BAE503A001010168547', 90);
    const [va, , vc] = await arrive(a, b, c);
    expect(hit(va, 'history.drug-oversupply')).toBeUndefined();
    const h = hit(vc, 'history.drug-oversupply')!;
    expect(h.message).toMatch(/PH-1.*PH-2|PH-2.*PH-1/);
    expect(h.lineIds).toEqual([c.items[0].lineId]);
    expect(h.amount).toBe(c.items[0].amount);
  });

  it("levodopa/benserazide is titrated up to 5 tablets a day in advanced Parkinson's disease: 150 tablets a month is a month's supply, 150 again after ten days is not", async () => {
    const PD = { ...PHARMACY, diagnoses: [{ code: 'G20.x00', principal: true }] };
    const buy = (claimId: string, shiftDays: number) =>
      build({ base: 'outpatient', shiftDays, set: { ...PD, claimId, 'provider.hospitalId': 'P51010001' }, addItems: [{ code: 'XN04BAD513A001010195217', quantity: 150 }] });
    const monthly = await arrive(buy('PD-1', -58), buy('PD-2', -29), buy('PD-3', 0));
    expect(monthly.map((v) => hit(v, 'history.drug-oversupply'))).toEqual([undefined, undefined, undefined]);
    const [, early] = await arrive(buy('PD-1', -10), buy('PD-2', 0));
    expect(hit(early, 'history.drug-oversupply')?.message).toContain('PD-1');
  });

  it('a 第二类精神药品 is held to its own 15 days and a week, not a month: tramadol refilled early at three hospitals; a 长处方 mark does not lengthen it', async () => {
    const TRAMADOL = 'XN02AXQ505A003010123097';
    const visit = (claimId: string, hospitalId: string, shiftDays: number, long = false) =>
      build({ base: 'outpatient', shiftDays, set: { claimId, items: [], 'provider.hospitalId': hospitalId, diagnoses: [{ code: 'K64.200', principal: true }, { code: 'R52.100' }] },
        addItems: [{ code: TRAMADOL, quantity: 28 }], ...(long ? { setAfter: { 'items[0].longPrescription': true } } : {}) });
    // 14, then 22 (within 15 + 7), then 30 days on hand: the third is named, its basis the controlled drug's.
    const [va, vb, vc] = await arrive(visit('TR-1', 'H51010002', -12), visit('TR-2', 'H51010003', -6), visit('TR-3', 'H51010004', 0));
    expect(hit(va, 'history.drug-oversupply')).toBeUndefined();
    expect(hit(vb, 'history.drug-oversupply')).toBeUndefined();
    const h = hit(vc, 'history.drug-oversupply')!;
    expect(h.message).toContain('限量15天，第二类精神药品处方限量');
    expect(h.message).toMatch(/TR-1.*TR-2|TR-2.*TR-1/);
    const [, , long] = await arrive(visit('TL-1', 'H51010002', -12, true), visit('TL-2', 'H51010003', -6, true), visit('TL-3', 'H51010004', 0, true));
    expect(hit(long, 'history.drug-oversupply')?.message).toContain('限量15天');
    // A refill every 14 days, one of them 5 days early: 19 days on hand at most.
    const [, , regular] = await arrive(visit('TC-1', 'H51010001', -23), visit('TC-2', 'H51010001', -9), visit('TC-3', 'H51010001', 0));
    expect(hit(regular, 'history.drug-oversupply')).toBeUndefined();
    // One prescription of 28 days alone (56 tablets, nothing on hand before): the prescriber's, judged at the ordinary 30.
    const single = build({ base: 'outpatient', set: { claimId: 'TS-1', items: [], 'provider.hospitalId': 'H51010002', diagnoses: [{ code: 'K64.200', principal: true }, { code: 'R52.100' }] }, addItems: [{ code: TRAMADOL, quantity: 56 }] });
    const [alone] = await arrive(single);
    expect(hit(alone, 'history.drug-oversupply')).toBeUndefined();
  });

  it('the same costly drug at three pharmacies within 20 days names the pharmacies and the earlier claims', async () => {
    const vs = await arrive(
      purchase('L-1', 'P51010001', -20, 'XA10BJL506B002010147391', 3),
      purchase('L-2', 'P51010002', -10, 'XA10BJL506B002010147391', 3),
      purchase('L-3', 'P51010003', 0, 'XA10BJL506B002010147391', 3),
    );
    const h = hit(vs[2], 'history.drug-multi-pharmacy')!;
    expect(h.message).toContain('3家机构');
    expect(h.message).toMatch(/L-1/);
    expect(h.lineIds).toHaveLength(1);
    expect(hit(vs[0], 'history.drug-multi-pharmacy')).toBeUndefined();
    // The second purchase already came while 20 of the first's 30 days were left (overlapping supply).
    expect(hit(vs[1], 'history.drug-multi-pharmacy')?.message).toContain('尚余20天');
  });

  it('a costly pen bought at a second pharmacy while the first still lasts is 倒卖药品; a refill near its end is not', async () => {
    const TERIPARATIDE = 'XH05AAT511B002010193506'; // one pen: 25 days of supply (usualPerDay 0.04), 1,500 yuan
    const vs = await arrive(purchase('T-1', 'P51010001', -12, TERIPARATIDE, 1), purchase('T-2', 'P51010002', 0, TERIPARATIDE, 1));
    const h = hit(vs[1], 'history.drug-multi-pharmacy')!;
    expect(h.message).toContain('尚余13天');
    expect(h.message).toContain('T-1');
    expect(h.lineIds).toHaveLength(1);
    expect(h.evidence).toMatchObject({ institutions: 2 });
    expect(hit(vs[0], 'history.drug-multi-pharmacy')).toBeUndefined();
    // 22 days after the first pen, 3 of its 25 days are left: an ordinary refill, wherever bought.
    const refill = await arrive(purchase('T-1', 'P51010001', -22, TERIPARATIDE, 1), purchase('T-2', 'P51010002', 0, TERIPARATIDE, 1));
    expect(hit(refill[1], 'history.drug-multi-pharmacy')).toBeUndefined();
    // Two different costly drugs at two pharmacies ten days apart: not one treatment bought twice.
    const other = await arrive(purchase('G-1', 'P51010001', -10, 'XA10AEG503B002010192693', 3), purchase('L-2', 'P51010002', 0, 'XA10BJL506B002010147391', 3));
    expect(hit(other[1], 'history.drug-multi-pharmacy')).toBeUndefined();
  });

  it('a once-per-stay test repeated the next day names the repeat line only', async () => {
    const c = build({ addItems: [{ code: '002502120010001', day: 0 }, { code: '002502120010001', day: 1 }] });
    const [v] = await arrive(c);
    const repeat = c.items.filter((i: any) => i.code === '002502120010001')[1];
    expect(hit(v, 'history.billed-too-often')?.lineIds).toEqual([repeat.lineId]);
  });

  it('HbA1c again at the receiving hospital of a transfer is not billed too often; at another hospital without a transfer it is', async () => {
    const HBA1C = '002502050020001';
    const sending = (claimId: string, transfer: boolean) =>
      build({ set: { claimId, 'provider.hospitalId': 'H51010009', admissionDate: '2025-02-24', dischargeDate: '2025-03-01', ...(transfer ? { dischargeMode: 'transfer' } : {}) }, addItems: [{ code: HBA1C, day: 0 }] });
    const receiving = (claimId: string, transfer: boolean) => build({ set: { claimId, admissionDate: '2025-03-01', ...(transfer ? { admissionRoute: 'transfer', transferFromHospitalId: 'H51010009' } : {}) }, addItems: [{ code: HBA1C, day: 0 }] });
    const [, moved] = await arrive(sending('S-1', true), receiving('R-1', true));
    expect(hit(moved, 'history.billed-too-often')).toBeUndefined();
    // The same pair arriving the other way round: the sending stay is not judged by the receiving one's test either.
    const [, back] = await arrive(receiving('R-2', true), sending('S-2', true));
    expect(hit(back, 'history.billed-too-often')).toBeUndefined();
    const [, again] = await arrive(sending('S-3', false), receiving('R-3', false));
    expect(hit(again, 'history.billed-too-often')?.evidence).toMatchObject({ otherClaims: 'S-3' });
    // The investigator reads the allowance itself, not a file name.
    expect(hit(again, 'history.billed-too-often')?.message).toMatch(/糖化血红蛋白.*（限\d+天内1次）/);
    expect(hit(again, 'history.billed-too-often')?.message).not.toContain('.json');
  });

  it('a benign endoscopy repeated within months at another hospital is billed too often; a new indication or a resection is not', async () => {
    const COLONOSCOPY = '002503010040001';
    const visit = (claimId: string, hospitalId: string, shiftDays: number, codes: string[], procedures: string[] = []) =>
      build({
        base: 'outpatient',
        shiftDays,
        set: { claimId, 'provider.hospitalId': hospitalId, diagnoses: codes.map((code, i) => ({ code, principal: i === 0 })), procedures: procedures.map((code) => ({ code })) },
        addItems: [{ code: COLONOSCOPY }],
      });
    const [, repeat] = await arrive(visit('EN-1', 'H37020031', 0, ['K63.500']), visit('EN-2', 'H37020021', 100, ['Z12.100']));
    expect(hit(repeat, 'history.billed-too-often')?.message).toMatch(/结肠镜检查（无新指征复查）（限180天内1次）/);
    expect(hit(repeat, 'history.billed-too-often')?.evidence).toMatchObject({ otherClaims: 'EN-1' });
    // Bleeding coded on the repeat, or a polypectomy on the first (its re-look is the resection's), leave it alone.
    const [, bleed] = await arrive(visit('EN-3', 'H37020031', 0, ['K63.500']), visit('EN-4', 'H37020021', 100, ['K92.200x001']));
    expect(hit(bleed, 'history.billed-too-often')).toBeUndefined();
    const [, afterResection] = await arrive(visit('EN-5', 'H37020031', 0, ['D12.600'], ['45.4200x003']), visit('EN-6', 'H37020021', 100, ['Z09.001']));
    expect(hit(afterResection, 'history.billed-too-often')).toBeUndefined();
    // Past the 180 days: the next screening is the member's own business.
    const [, later] = await arrive(visit('EN-7', 'H37020031', 0, ['K63.500']), visit('EN-8', 'H37020021', 200, ['Z12.100']));
    expect(hit(later, 'history.billed-too-often')).toBeUndefined();
  });

  it('bed billed on admission and discharge day (算进又算出) names the discharge-day bed line', async () => {
    const c = build({ addItems: [2, 3, 4, 5].map((day) => ({ code: '001105000010001', day })) });
    const [v] = await arrive(c);
    const last = c.items.find((i: any) => i.code === '001105000010001' && i.date === c.dischargeDate);
    expect(hit(v, 'catalogue.day-items-over-stay')?.lineIds).toEqual([last.lineId]);
  });

  it('a line dated after discharge is a finding naming it, not an invalid claim; a test in the pre-admission window is not', async () => {
    const c = build({ addItems: [{ code: '002301010010001', day: 6 }, { code: '002501010010001', day: -3 }] });
    const [v] = await arrive(c);
    expect(v.decision).toBe('review');
    expect(hit(v, 'catalogue.item-outside-stay')?.lineIds).toEqual([c.items.find((i: any) => i.date > c.dischargeDate).lineId]);
  });

  it('a long stay settled monthly (长期住院中途结算) is one stay: no split or re-dated duplicate on its segments; a short segment coded so is a split', async () => {
    const psy = { 'provider.department': 'psychiatry', diagnoses: [{ code: 'F20.000', principal: true }] };
    // Two 30-night segments with one bill (a stay paid by the bed-day), then the last: each admitted the day the one before was settled.
    const first = build({ shiftDays: -60, set: { ...psy, claimId: 'SEG-1', dischargeDate: '2025-02-02', dischargeMode: 'other' } });
    const second = build({ shiftDays: -30, set: { ...psy, claimId: 'SEG-2', dischargeDate: '2025-03-04', admissionRoute: 'other', dischargeMode: 'other' } });
    const last = build({ set: { ...psy, claimId: 'SEG-3', admissionRoute: 'other' } });
    const verdicts = await arrive(first, second, last);
    for (const v of verdicts.slice(1)) {
      expect(hit(v, 'history.split-hospitalisation')).toBeUndefined();
      expect(hit(v, 'history.redated-duplicate-stay')).toBeUndefined();
    }
    const short = build({ shiftDays: -5, set: { ...psy, claimId: 'SHORT', dischargeMode: 'other' } });
    const [, after] = await arrive(short, last);
    expect(hit(after, 'history.split-hospitalisation')?.message).toContain('SHORT');
  });

  it('a stay inside another stay elsewhere is an overlap naming the other stay and this stay\'s lines', async () => {
    const outer = build({ set: { claimId: 'OUTER', 'provider.hospitalId': 'H51010009', admissionDate: '2025-03-01', dischargeDate: '2025-03-12' } });
    const inner = build({});
    const [, v] = await arrive(outer, inner);
    const h = hit(v, 'history.overlapping-stay')!;
    expect(h.message).toContain('OUTER');
    expect(h.message).toContain('完全在另一次住院之内');
    expect(h.lineIds).toEqual(inner.items.map((i: any) => i.lineId));
  });

  it('same day at two institutions: duplicated tests or the same drug dispensed twice name the other claim and the lines; a referral or a different drug does not', async () => {
    const CONSULT = [{ lineId: '1', code: '001102000010001', name: '普通门诊诊察费', category: 'service', date: '2025-03-15', quantity: 1, unitPrice: 9, amount: 9 }];
    const visit = (claimId: string, hospitalId: string, add: RuleExample['addItems'] = []) =>
      build({ base: 'outpatient', set: { claimId, 'provider.hospitalId': hospitalId, items: CONSULT }, addItems: add });
    const fill = (claimId: string, code: string, quantity: number) =>
      build({ base: 'outpatient', set: { claimId, visitType: 'pharmacy', items: [], 'provider.hospitalId': 'P51010002', 'provider.level': 1 }, addItems: [{ code, quantity }] });
    const AMOX = 'XJ01CAA501A001010126436';
    const COUNT = '002501010010001';
    // Two hospitals, the same blood count at both.
    const [, second] = await arrive(visit('V-A', 'H51010009', [{ code: COUNT }]), visit('V-B', 'H51010002', [{ code: COUNT }]));
    const tests = hit(second, 'history.same-day-two-hospitals');
    expect(tests?.evidence).toMatchObject({ 同日另一单据: 'V-A', 另一医疗机构: 'H51010009', 是否同一疾病: '同一疾病', 相同药品: '无' });
    expect(tests?.lineIds).toEqual(['2']);
    // The message names the items and the condition in words, not codes and booleans.
    expect(tests?.message).toContain('血常规');
    expect(tests?.message).toContain('同一疾病');
    expect(tests?.message).not.toMatch(/002501010010001|true|false/);
    // A community centre's blood count repeated the same day at a level-3 hospital that works the patient up further
    // (CRP added) re-examines (上转复核); the count alone copied there repeats it; at another level-2 one it repeats.
    const CRP = '002502080010001';
    const primary = (claimId: string) => build({ base: 'outpatient', set: { claimId, 'provider.hospitalId': 'H51010031', 'provider.level': 1, items: CONSULT }, addItems: [{ code: COUNT }] });
    const tertiary = (claimId: string, add: RuleExample['addItems']) => build({ base: 'outpatient', set: { claimId, 'provider.hospitalId': 'H51010001', 'provider.level': 3, items: CONSULT }, addItems: add });
    const [, reexamined] = await arrive(primary('V-L'), tertiary('V-U', [{ code: COUNT }, { code: CRP }]));
    expect(hit(reexamined, 'history.same-day-two-hospitals')).toBeUndefined();
    const [, copied] = await arrive(primary('V-L2'), tertiary('V-U2', [{ code: COUNT }]));
    expect(hit(copied, 'history.same-day-two-hospitals')?.lineIds).toEqual(['2']);
    const peer = build({ base: 'outpatient', set: { claimId: 'V-W', 'provider.hospitalId': 'H51010005', 'provider.level': 2, items: CONSULT }, addItems: [{ code: COUNT }] });
    const [, repeated] = await arrive(visit('V-S', 'H51010009', [{ code: COUNT }]), peer);
    expect(hit(repeated, 'history.same-day-two-hospitals')?.lineIds).toEqual(['2']);
    // A visit prescribing amoxicillin, and amoxicillin bought at a pharmacy elsewhere the same day.
    const bought = fill('F-1', AMOX, 24);
    const [, twice] = await arrive(visit('V-C', 'H51010009', [{ code: AMOX, quantity: 24 }]), bought);
    expect(hit(twice, 'history.same-day-two-hospitals')?.evidence).toMatchObject({ 同日另一单据: 'V-C' });
    expect(hit(twice, 'history.same-day-two-hospitals')?.message).toMatch(/相同药品：阿莫西林/);
    expect(hit(twice, 'history.same-day-two-hospitals')?.lineIds).toEqual(bought.items.map((i: any) => i.lineId));
    // Controls: registration and consultation only at both (a referral); a different drug filled at the pharmacy.
    const [, referral] = await arrive(visit('V-D', 'H51010009'), visit('V-E', 'H51010002'));
    expect(hit(referral, 'history.same-day-two-hospitals')).toBeUndefined();
    const [, other] = await arrive(visit('V-F', 'H51010009', [{ code: AMOX, quantity: 24 }]), fill('F-2', 'XN02BED510A001010164042', 6));
    expect(hit(other, 'history.same-day-two-hospitals')).toBeUndefined();
  });

  it('two drugs of one chronic claim both above their supply limit: the hit names the lines of both', async () => {
    const visit = (claimId: string, shiftDays: number) =>
      build({ base: 'outpatient', shiftDays, set: { claimId, visitType: 'chronic', items: [], diagnoses: [{ code: 'E11.900', principal: true }] },
        addItems: [{ code: 'XA10BAE503A001010168547', quantity: 90 }, { code: 'XC10AAA511A001010105600', quantity: 30 }] });
    const c = visit('CH-3', 0);
    const [, , v] = await arrive(visit('CH-1', -14), visit('CH-2', -7), c);
    const h = hit(v, 'history.drug-oversupply')!;
    expect(h.lineIds.sort()).toEqual(c.items.map((i: any) => i.lineId).sort());
    expect(h.message).toContain('、');
  });
});

describe('rivaroxaban past its 21-day loading phase (利伐沙班片说明书: 15 mg b.i.d. days 1–21, then 20 mg once a day)', () => {
  const RIVAROXABAN = 'XB01AFL503A001010159963';
  const visit = (claimId: string, shiftDays: number, quantity: number, long = false) =>
    build({ base: 'outpatient', shiftDays, set: { claimId, items: [], 'provider.hospitalId': 'H51010002', diagnoses: [{ code: 'I80.201', principal: true }] },
      addItems: [{ code: RIVAROXABAN, quantity }], ...(long ? { setAfter: { 'items[0].longPrescription': true } } : {}) });

  it('counts refills after day 21 at one tablet a day: 30, then 56 and 56 seventeen days apart', async () => {
    // RX-2 (day 17 of the course): 4 loading days and 48 at one a day, 52; RX-3: 35 still on hand, 91. At two tablets
    // a day throughout they would be 28 and 39 days, within the month's limit and its grace: quiet.
    const [first, , third] = await arrive(visit('RX-1', -34, 30), visit('RX-2', -17, 56), visit('RX-3', 0, 56));
    expect(hit(first, 'history.drug-oversupply')).toBeUndefined();
    const h = hit(third, 'history.drug-oversupply')!;
    expect(h.message).toContain('RX-2');
    expect(h.message).toContain('约91天');
    // loading.end is the first day at the maintenance dose: named as where that count begins, not as the loading's last day.
    expect(h.message).toMatch(/负荷期为首次购药起21日，自\d{4}-\d{2}-\d{2}起按每日1片计/);
  });

  it('stays quiet on the loading phase itself and on a 12-week 长处方 refilled as it runs out', async () => {
    // 42 tablets: the 21 days of 15 mg twice a day; then 28 and 30 of 20 mg, each bought as the last runs out (29 days on hand).
    const [, , month] = await arrive(visit('LD-1', -48, 42), visit('LD-2', -27, 28), visit('LD-3', 0, 30));
    expect(hit(month, 'history.drug-oversupply')).toBeUndefined();
    // 84 tablets: 21 loading days and 42 maintenance days (63); the next 84 on day 80 finds none on hand.
    const [, again] = await arrive(visit('LP-1', -80, 84, true), visit('LP-2', 0, 84, true));
    expect(hit(again, 'history.drug-oversupply')).toBeUndefined();
  });
});

describe('claims after the member died (冒用已故人员身份), in the SQLite store', () => {
  const patient = { insuredId: 'EX-P-0002', gender: 'F', birthDate: '1990-09-23' };
  const deathStay = (dischargeMode: string) => build({ shiftDays: -10, set: { claimId: 'DEATH', patient, dischargeMode } }); // 22 Feb – 27 Feb
  const purchase = () => build({ base: 'outpatient', set: { claimId: 'AFTER', visitType: 'pharmacy', 'provider.hospitalId': 'P51010001', 'provider.level': 1 } }); // 15 Mar
  const sqlite = () => createSqliteStore({ path: join(tempDir('death-'), 'review.db') });

  it('a purchase after a stay that ended in death is rejected, naming the stay and every line of the purchase', async () => {
    const store = sqlite();
    const after = purchase();
    const [vStay, vAfter] = await arriveIn(store, deathStay('death'), after);
    await store.close();
    expect(hit(vStay, 'history.death-stay-later-claims')).toBeUndefined();
    const h = hit(vAfter, 'history.claim-after-death')!;
    expect(vAfter.decision).toBe('reject');
    expect(h.message).toContain('DEATH');
    expect(h.evidence).toMatchObject({ 死亡住院单据: 'DEATH', 死亡日期: '2025-02-27' });
    expect(h.lineIds).toEqual(after.items.map((i: any) => i.lineId));
  });

  it('the death stay arriving after the purchase names it, and goes to review (the stay itself is not the fraud)', async () => {
    const store = sqlite();
    const [vAfter, vStay] = await arriveIn(store, purchase(), deathStay('death'));
    await store.close();
    expect(hit(vAfter, 'history.claim-after-death')).toBeUndefined();
    const h = hit(vStay, 'history.death-stay-later-claims')!;
    expect(h.severity).toBe('warn');
    expect(h.message).toContain('AFTER');
    expect(hit(vStay, 'history.claim-after-death')).toBeUndefined();
  });

  it('no hit after an ordinary discharge', async () => {
    const [, v] = await arrive(deathStay('ordered'), purchase());
    expect(v.hits.filter((x) => x.ruleId.includes('death'))).toEqual([]);
  });
});

describe("a stay's intravenous course continued at the same hospital's clinic after discharge", () => {
  const CEFUROXIME_IV = 'XJ01DCT505B002010161001';
  const INFUSION = '001204000010001';
  const patient = { insuredId: 'EX-P-0002', gender: 'F', birthDate: '1990-09-23' };
  // 8 Mar – 13 Mar at H51010002; cefuroxime infused on `lastDay` (day 4 = the last day in bed).
  const stay = (lastDay = 4, hospitalId = 'H51010002', drug = CEFUROXIME_IV, administration = INFUSION) =>
    build({
      shiftDays: 4,
      set: { claimId: 'STAY', patient, 'provider.hospitalId': hospitalId },
      addItems: [{ code: administration, quantity: 1, day: lastDay }, { code: drug, quantity: 3, day: lastDay }],
    });
  // An outpatient visit at H51010002, `after` days after the 13 Mar discharge. It also infuses ambroxol, which the stay
  // did not end on: more than an antibiotic course finished in the clinic (OPAT, which may carry the base's blood count).
  const AMBROXOL_IV = 'XR05CBA522B002010183496';
  const visit = (claimId: string, after: number, extra: Record<string, unknown> = {}, addItems = [{ code: AMBROXOL_IV, quantity: 3 }, { code: INFUSION, quantity: 1 }, { code: CEFUROXIME_IV, quantity: 3 }]) =>
    build({ base: 'outpatient', shiftDays: after - 2, set: { claimId, ...extra }, addItems });
  const RULE = 'history.course-continued-outpatient';

  it('each visit continuing the course names the stay and carries its infusion and drug lines; the stay does not', async () => {
    const a = visit('OP-A', 1);
    const b = visit('OP-B', 3);
    const [vStay, va, vb] = await arrive(stay(), a, b);
    expect(hit(vStay, RULE)).toBeUndefined();
    for (const [v, c, days] of [[va, a, 1], [vb, b, 3]] as const) {
      const h = hit(v, RULE)!;
      expect(h.severity).toBe('warn');
      expect(h.message).toContain('STAY');
      expect(h.message).toContain('注射用头孢呋辛钠');
      const added = c.items.slice(-2).map((i: any) => i.lineId);
      expect(h.lineIds).toEqual(added);
      expect(h.amount).toBe(c.items.slice(-2).reduce((s: number, i: any) => s + i.amount, 0));
      expect(h.evidence).toMatchObject({ 住院单据: 'STAY', 住院止: '2025-03-13', 出院后天数: days, 门诊单据: c.claimId });
      expect((h.evidence as any)['住院末期用药明细']).toHaveLength(1);
    }
  });

  it('the stay arriving after its visits names them all and its own last-day lines of the drug', async () => {
    const s = stay();
    const [va, vb, vStay] = await arrive(visit('OP-A', 1), visit('OP-B', 3), s);
    expect([hit(va, RULE), hit(vb, RULE)]).toEqual([undefined, undefined]);
    const h = hit(vStay, RULE)!;
    expect(h.message).toMatch(/OP-A、OP-B/);
    const cef = s.items.filter((i: any) => i.code === CEFUROXIME_IV).map((i: any) => i.lineId);
    expect(h.lineIds).toEqual(cef);
    expect(h.evidence).toMatchObject({ 住院单据: 'STAY', 出院后天数: 3, 门诊单据: 'OP-A、OP-B' });
  });

  it('the stored ledger keeps the stay drugs of its last day in bed and discharge day, marked (and of its first two days, marked courseStart)', async () => {
    const kept = async (lastDay: number) => {
      const store = createSqliteStore({ path: join(tempDir('course-'), 'review.db') });
      await arriveIn(store, stay(lastDay));
      const [entry] = await store.getMemberClaims(['EX-P-0002']);
      await store.close();
      return (entry.lines ?? []).filter((l) => l.kind === 'drug' && !l.courseStart).map((l) => [l.code, l.date, l.courseEnd]);
    };
    expect(await kept(4)).toEqual([[CEFUROXIME_IV, '2025-03-12', true]]);
    expect(await kept(1)).toEqual([]);
    const store = createSqliteStore({ path: join(tempDir('course-'), 'review.db') });
    await arriveIn(store, stay(4));
    const [entry] = await store.getMemberClaims(['EX-P-0002']);
    await store.close();
    // The base stay's day-1 drugs: what a readmission is compared with (related-stays.ts newEvent).
    expect((entry.lines ?? []).filter((l) => l.courseStart).map((l) => l.date)).toEqual(['2025-03-09', '2025-03-09']);
  });

  it.each([
    ['a follow-up with a consultation and a dressing change', () => visit('OP-A', 1, {}, [{ code: '001205000010001', quantity: 1 }])],
    ['the visit is at another hospital', () => visit('OP-A', 1, { 'provider.hospitalId': 'H51010003' })],
    ['a chemotherapy visit (planned course Z51)', () => visit('OP-A', 1, { diagnoses: [{ code: 'Z51.100', principal: true }] })],
    ['a 门诊慢特病 visit', () => visit('OP-A', 1, { visitType: 'chronic' })],
    ['eight days after discharge', () => visit('OP-A', 8)],
  ])('quiet: %s', async (_, make) => {
    const [, v] = await arrive(stay(), make());
    expect(hit(v, RULE)).toBeUndefined();
  });

  it('quiet: the stay stopped the drug before its last days; insulin continued by subcutaneous injection', async () => {
    const [, v1] = await arrive(stay(2), visit('OP-A', 1));
    expect(hit(v1, RULE)).toBeUndefined();
    const INSULIN = 'XA10ABM504B002010105980';
    const SUBCUT = '001204000060001';
    const [, v2] = await arrive(stay(4, 'H51010002', INSULIN, SUBCUT), visit('OP-A', 1, {}, [{ code: SUBCUT, quantity: 1 }, { code: INSULIN, quantity: 1 }]));
    expect(hit(v2, RULE)).toBeUndefined();
  });
});

describe("a stay's admission work-up billed on an outpatient visit at its hospital before admission", () => {
  const patient = { insuredId: 'EX-P-0001', gender: 'M', birthDate: '1962-05-10', retired: true };
  const TESTS = [{ code: '002502010010001', quantity: 1 }, { code: '002502020010001', quantity: 1 }, { code: '003107010010001', quantity: 1 }];
  const RULE = 'history.workup-before-admission';
  // The stroke stay: 4 Mar – 9 Mar at H51010001, billing a head CT of its own.
  const stay = (addItems: { code: string; quantity: number }[] = []) => build({ set: { claimId: 'STAY', patient }, addItems });
  // A stroke clinic visit `before` days before admission: consultation, blood count (base) and TESTS.
  const visit = (before: number, extra: Record<string, unknown> = {}) =>
    build({ base: 'outpatient', shiftDays: -11 - before, set: { claimId: 'OP-W', patient, 'provider.hospitalId': 'H51010001', diagnoses: [{ code: 'I63.900', principal: true }], ...extra }, addItems: TESTS });

  it('on the stay arriving second: names the visit, the tests it lacks, and no line of its own', async () => {
    const v = visit(2);
    const [vVisit, vStay] = await arrive(v, stay());
    expect(hit(vVisit, RULE)).toBeUndefined();
    const h = hit(vStay, RULE)!;
    // A note, not a flag: planned pre-operative tests in the clinic look the same on the bill.
    expect([h.severity, vStay.hits.some((x) => x.severity !== 'info' && x.ruleId.startsWith('history.'))]).toEqual(['info', false]);
    expect(h.message).toContain('OP-W');
    expect(h.lineIds).toEqual([]);
    expect(h.evidence).toMatchObject({ 住院单据: 'STAY', 入院日期: '2025-03-04', 门诊单据: 'OP-W', 入院前天数: 2, 住院未收取项数: 4, 门诊检查项数: 4 });
    const tests = v.items.filter((i: any) => i.code !== '001102000010001');
    expect(h.amount).toBe(tests.reduce((s: number, i: any) => s + i.amount, 0));
  });

  it('on a visit settled after its stay: names the stay and the visit lines of the tests', async () => {
    const v = visit(1);
    const [, vVisit] = await arrive(stay(), v);
    const h = hit(vVisit, RULE)!;
    expect(h.message).toContain('STAY');
    expect(h.lineIds).toEqual(v.items.filter((i: any) => i.code !== '001102000010001').map((i: any) => i.lineId));
  });

  it.each([
    ['the visit is on the admission day', () => visit(0), stay()],
    ['the visit is for another condition', () => visit(2, { diagnoses: [{ code: 'J06.900', principal: true }] }), stay()],
    ['the visit is at another hospital', () => visit(2, { 'provider.hospitalId': 'H51010002' }), stay()],
    ['the visit is eight days before', () => visit(8), stay()],
    ['the stay repeats most of the tests', () => visit(2), stay([{ code: '002501010010001', quantity: 1 }, { code: '002502010010001', quantity: 1 }, { code: '002502020010001', quantity: 1 }])],
  ])('quiet: %s', async (_, make, s) => {
    const [, v] = await arrive(make(), s);
    expect(hit(v, RULE)).toBeUndefined();
  });

  it('the stay repeating exactly half of the tests is quiet; one fewer and it is the work-up moved', async () => {
    const two = [{ code: '002501010010001', quantity: 1 }, { code: '002502010010001', quantity: 1 }];
    const [, quiet] = await arrive(visit(2), stay(two));
    expect(hit(quiet, RULE)).toBeUndefined();
    const [, flagged] = await arrive(visit(2), stay(two.slice(0, 1)));
    expect(hit(flagged, RULE)?.evidence).toMatchObject({ 住院未收取项数: 3, 门诊检查项数: 4 });
  });
});

describe('a back-dated copy of a visit settled in a later batch (history.backdated-duplicate-visit)', () => {
  const AMOX = 'XJ01CAA501A001010126436';
  const visit = (claimId: string, shiftDays: number, quantity: number, doctorId = 'D0002') =>
    build({ base: 'outpatient', shiftDays, set: { claimId, 'provider.doctorId': doctorId }, addItems: [{ code: AMOX, quantity }] });

  it('flags the earlier-dated copy that arrives after the visit it repeats, naming it and the edited drug', async () => {
    const [first, late] = await arrive(visit('BD-JAN', 30, 24), visit('BD-DEC', 0, 20));
    expect(hit(first, 'history.backdated-duplicate-visit')).toBeUndefined();
    const h = hit(late, 'history.backdated-duplicate-visit')!;
    expect(h.message).toContain('BD-JAN');
    expect(h.message).toContain('30天');
    expect(h.evidence?.['数量改动的药品']).toMatch(/阿莫西林/);
  });

  it('stays quiet on the same bill arriving in date order, and on another doctor\'s visit', async () => {
    const [, inOrder] = await arrive(visit('BO-DEC', 0, 24), visit('BO-JAN', 30, 24));
    expect(hit(inOrder, 'history.backdated-duplicate-visit')).toBeUndefined();
    const [, other] = await arrive(visit('BX-JAN', 30, 24), visit('BX-DEC', 0, 24, 'D0009'));
    expect(hit(other, 'history.backdated-duplicate-visit')).toBeUndefined();
  });
});

describe('a second 长处方 elsewhere while the first lasts (history.drug-multi-pharmacy)', () => {
  const MET = 'XA10BAE503A001010168547';
  const long = (claimId: string, hospitalId: string, shiftDays: number, visitType: string) =>
    build({ base: 'outpatient', shiftDays, set: { claimId, visitType, items: [], 'provider.hospitalId': hospitalId, diagnoses: [{ code: 'E11.900', principal: true }] },
      addItems: [{ code: MET, quantity: 168 }], setAfter: { 'items[0].longPrescription': true } });

  it('flags a cheap drug\'s 56-day 长处方 at a pharmacy with 31 days of the hospital\'s left, not one with 11 left', async () => {
    const [, early] = await arrive(long('LP-H', 'H51010002', -25, 'chronic'), long('LP-P', 'P51010003', 0, 'pharmacy'));
    expect(hit(early, 'history.drug-multi-pharmacy')?.message).toContain('尚余31天');
    const [, onTime] = await arrive(long('LQ-H', 'H51010002', -45, 'chronic'), long('LQ-P', 'P51010003', 0, 'pharmacy'));
    expect(hit(onTime, 'history.drug-multi-pharmacy')).toBeUndefined();
  });
});
