import { buildClaim as build, judge, hitOf as hit } from '../helpers/shipped-rules';

// Past an operation's post-operative stay — its pathway's recovery (post-operative-recovery.json) or, for a 日间手术
// operation with none, the day-surgery night (day-surgery.json) — the analgesic tablet is what the patient goes home
// with: days of bed, nursing, the round and that tablet are 挂床. And a day-surgery row naming its 病种 reads only stays
// of that condition. The base stay is admitted on 4 Mar.

const ROUTINE = ['001105000010001', '001201000030001', '001103000010001']; // bed, Ⅱ级护理, 住院诊查费
const CELECOXIB = 'XM01AHS505A001010132247';
const days = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** An inguinal hernia repair under spinal anaesthesia on day 1 (recovery row 3 days), a celecoxib capsule every day after. */
const hernia = (dischargeDate: string, lastDay: number) => build({
  set: {
    'provider.department': 'general_surgery', dischargeDate, items: [],
    diagnoses: [{ code: 'K40.900x003', principal: true }], procedures: [{ code: '53.0301', date: '2025-03-05' }],
  },
  addItems: [
    ...days(0, lastDay).flatMap((day) => ROUTINE.map((code) => ({ code, day }))),
    { code: '003302030010001', day: 1 }, { code: '003301010020001', day: 1 }, { code: 'C11010150500001036850000001', day: 1 },
    { code: '002501010010001', day: 2 }, { code: '001205000020001', day: 2 },
    ...days(2, lastDay).map((day) => ({ code: CELECOXIB, day, quantity: 2 })),
  ],
});

describe('挂床 after an operation: the analgesic tablet past the post-operative stay', () => {
  it('five days of bed and a celecoxib capsule after the hernia repair\'s 3 recovery days are idle', async () => {
    const h = hit(await judge(hernia('2025-03-14', 9)), 'catalogue.bed-blocking-stay')!;
    expect(h.evidence).toMatchObject({ 无诊疗天数: 5 });
  });

  it('three such days (a discharge on day 8) are quiet', async () => {
    expect(hit(await judge(hernia('2025-03-12', 7)), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });

  it('the same days are quiet when a small-bowel resection with no recovery row is coded beside the repair: the stay is not the repair\'s', async () => {
    const c = hernia('2025-03-14', 9);
    c.procedures!.push({ code: '45.6201', date: '2025-03-05' });
    expect(hit(await judge(c), 'catalogue.bed-blocking-stay')).toBeUndefined();
  });
});

/** Laparoscopic cholecystectomy on day 3 after two days of bed, nursing and the round only. */
const waited = (principal: string) => build({
  set: {
    'provider.department': 'general_surgery', dischargeDate: '2025-03-10', items: [],
    diagnoses: [{ code: principal, principal: true }], procedures: [{ code: '51.2300', date: '2025-03-07' }],
  },
  addItems: [
    ...days(0, 5).flatMap((day) => ROUTINE.map((code) => ({ code, day }))),
    { code: '002501010010001', day: 0 }, { code: '003302020010001', day: 3 }, { code: '003301010010001', day: 3 },
    ...days(3, 5).map((day) => ({ code: CELECOXIB, day, quantity: 2 })),
  ],
});

describe('日间手术 laparoscopic cholecystectomy (day-surgery.json, its 病种 gallstones)', () => {
  it('two idle days before it on a gallstone stay are waiting days', async () => {
    expect(hit(await judge(waited('K80.101')), 'catalogue.day-surgery-preoperative-idle')).toBeDefined();
  });

  it('the same days before it on a gallstone pancreatitis stay (not the 病种: treated first, operated when it settles) are quiet', async () => {
    expect(hit(await judge(waited('K85.100')), 'catalogue.day-surgery-preoperative-idle')).toBeUndefined();
  });
});
