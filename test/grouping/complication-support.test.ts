import { resolve } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import { buildExample, loadBaseClaims, type RuleExample } from '../../src/rules/examples';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';
import { validateClaim } from '../../src/validate/validate-claim';

// grouping.complication-unsupported on the real rule files and tables: an item counts as evidence of a coded
// MCC/CC only when the other diagnoses do not already call for it (rules/grouping/norms/complication-support.json,
// rules/knowledge/test-indications.json), and monitoring counts when repeated over the course.

const RULES = resolve(__dirname, '../../rules');
const ruleset = createRulesetHolder(RULES).current();
const bases = loadBaseClaims(RULES);
const RULE = 'grouping.complication-unsupported';

async function judge(example: RuleExample) {
  const checked = validateClaim(buildExample(example, bases, ruleset.refs.catalogue));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const claim = checked.claim;
  const hit = (await ruleset.evaluate(enrichClaim(claim, ruleset.refs))).find((h) => h.ruleId === RULE);
  const lineOf = (code: string) => claim.items.filter((i) => i.code.startsWith(code)).map((i) => i.lineId);
  return { hit, lineOf };
}

const stay = (principal: string, complication: string, drg: string, addItems: RuleExample['addItems'] = []): RuleExample => ({
  set: { 'reportedGroup.drg': drg, diagnoses: [{ code: principal, principal: true }, { code: complication }] },
  addItems,
});

const BNP = '002502070030001';
const ECHO = '002103010020001';

describe('an MCC/CC is supported only by items its own care needs', () => {
  it('chronic heart failure: oral furosemide supplied for every night before the discharge day is its maintenance; a day of tablets, or the take-home supply, is not', async () => {
    const FUROSEMIDE_TABLETS = 'XC03CAF503A001';
    // The base stay has 5 nights (2025-03-04 → 03-09): a tablet a night, billed day by day or all on admission.
    expect((await judge(stay('I25.103', 'I50.900x007', 'FR41', [0, 1, 2, 3, 4].map((day) => ({ code: FUROSEMIDE_TABLETS, day }))))).hit).toBeUndefined();
    expect((await judge(stay('I25.103', 'I50.900x007', 'FR41', [{ code: FUROSEMIDE_TABLETS, quantity: 5, day: 0 }]))).hit).toBeUndefined();
    const oneDay = await judge(stay('I25.103', 'I50.900x007', 'FR41', [{ code: FUROSEMIDE_TABLETS, quantity: 2, day: 1 }]));
    expect(oneDay.hit?.lineIds).toEqual(oneDay.lineOf(FUROSEMIDE_TABLETS));
    expect(oneDay.hit?.message).toContain('够住院每晚的维持治疗');
    expect((await judge(stay('I25.103', 'I50.900x007', 'FR41', [{ code: FUROSEMIDE_TABLETS, quantity: 14, day: 5 }]))).hit?.severity).toBe('warn');
  });

  it('heart failure on a coronary stay: one BNP and an echo are the coronary work-up; IV furosemide or BNP followed up is heart failure care', async () => {
    const workUp = await judge(stay('I25.103', 'I50.900', 'FR41', [{ code: BNP, day: 0 }, { code: ECHO, day: 1 }]));
    expect(workUp.hit?.severity).toBe('warn');
    // The hit points at the lines offered as support and names them.
    expect(workUp.hit?.lineIds.sort()).toEqual([...workUp.lineOf(BNP), ...workUp.lineOf(ECHO)].sort());
    expect(workUp.hit?.message).toContain('B型钠尿肽(BNP)测定');
    expect(workUp.hit?.evidence).toMatchObject({ complication: 'I50.900', explainedItems: expect.stringContaining('心脏彩色多普勒超声') });

    expect((await judge(stay('I25.103', 'I50.900', 'FR41', [{ code: 'XC03CAF503B002', quantity: 2, day: 0 }]))).hit).toBeUndefined();
    expect((await judge(stay('I25.103', 'I50.900', 'FR41', [{ code: BNP, day: 0 }, { code: BNP, day: 2 }]))).hit).toBeUndefined();
  });

  it('chronic respiratory failure on a COPD stay: oxygen on the first day with one blood gas is the exacerbation care; oxygen 15 h a day or more on three days is long-term oxygen therapy', async () => {
    const OXYGEN = '001208000010001';
    const GAS = { code: '002502090010001', day: 0 };
    const hours = (h: number, days: number[]) => days.map((day) => ({ code: OXYGEN, quantity: h, day }));
    expect((await judge(stay('J44.100', 'J96.100', 'ET21', [GAS, ...hours(24, [0])]))).hit).toBeDefined();
    // Round the clock on two days only, or 14 hours a day on four: not yet the long-term pattern.
    expect((await judge(stay('J44.100', 'J96.100', 'ET21', [GAS, ...hours(24, [0, 1])]))).hit).toBeDefined();
    expect((await judge(stay('J44.100', 'J96.100', 'ET21', [GAS, ...hours(14, [0, 1, 2, 3])]))).hit).toBeDefined();
    expect((await judge(stay('J44.100', 'J96.100', 'ET21', [GAS, ...hours(15, [0, 1, 2])]))).hit).toBeUndefined();
    // Two lines of one day add up (8 + 8 hours).
    expect((await judge(stay('J44.100', 'J96.100', 'ET21', [GAS, ...hours(8, [0, 1, 2]), ...hours(8, [0, 1, 2])]))).hit).toBeUndefined();
    // Without a blood gas on the stay the hours are an exacerbation's controlled oxygen: chronic respiratory failure is
    // diagnosed by PaO₂ (慢阻肺诊治指南 2021), and the message says what was looked for, with the unit.
    const noGas = await judge(stay('J44.100', 'J96.100', 'ET21', hours(24, [0, 1, 2])));
    expect(noGas.hit).toBeDefined();
    expect(noGas.hit?.message).toContain('每日吸氧15小时及以上');
    // Acute respiratory failure is not judged by the oxygen hours: its course shows in gases or ventilation.
    expect((await judge(stay('J44.100', 'J96.000', 'ET21', [GAS, ...hours(24, [0, 1, 2])]))).hit).toBeDefined();
  });

  it('sepsis on pneumonia: antibiotics, one culture and PCT are the pneumonia care; vasopressors, lactate and ICU monitoring are sepsis care', async () => {
    const pneumonia = [{ code: 'XJ01DDT504B002', quantity: 2, day: 0 }, { code: '002502140010001', day: 0 }, { code: '002502080020001', day: 0 }];
    const bare = await judge(stay('J18.900', 'A41.900', 'ES31', pneumonia));
    expect(bare.hit).toBeDefined();
    expect(bare.hit?.lineIds).toEqual(expect.arrayContaining([...bare.lineOf('XJ01DDT504B002'), ...bare.lineOf('002502140010001')]));
    const real = [...pneumonia, { code: 'XC01CAQ502B002', quantity: 4, day: 0 }, { code: '002502090020001', day: 0 }, { code: '001201000050001', quantity: 24, day: 0 }];
    expect((await judge(stay('J18.900', 'A41.900', 'ES31', real))).hit).toBeUndefined();
    // Blood cultures repeated on another day follow the sepsis.
    expect((await judge(stay('J18.900', 'A41.900', 'ES31', [...pneumonia, { code: '002502140010001', day: 2 }]))).hit).toBeUndefined();
    // One lactate beside one PCT is a screen; lactate remeasured the next day guides resuscitation (SSC 2021).
    const LAC = '002502090020001';
    const screened = await judge(stay('J18.900', 'A41.900', 'ES31', [...pneumonia, { code: LAC, day: 0 }]));
    expect(screened.hit?.lineIds).toEqual(expect.arrayContaining(screened.lineOf(LAC)));
    expect((await judge(stay('J18.900', 'A41.900', 'ES31', [...pneumonia, { code: LAC, day: 0 }, { code: LAC, day: 1 }]))).hit).toBeUndefined();
  });

  it('type-I respiratory failure on pneumonia: one blood gas with low-flow oxygen is the pneumonia care; blood gases on two days follow the failure', async () => {
    const pneumonia = [{ code: 'XJ01DDT504B002', quantity: 2, day: 0 }, { code: '001208000010001', quantity: 12, day: 0 }, { code: '001208000010001', quantity: 12, day: 1 }];
    const GAS = '002502090010001';
    const once = await judge(stay('J18.900', 'J96.900', 'ES31', [...pneumonia, { code: GAS, day: 0 }]));
    expect(once.hit?.lineIds).toEqual(expect.arrayContaining([...once.lineOf(GAS), ...once.lineOf('001208000010001')]));
    expect((await judge(stay('J18.900', 'J96.900', 'ES31', [...pneumonia, { code: GAS, day: 0 }, { code: GAS, day: 1 }]))).hit).toBeUndefined();
  });

  it('respiratory failure on COPD: oxygen and a blood gas are not enough, ventilation is', async () => {
    const oxygen = await judge(stay('J44.100', 'J96.100', 'ET21', [{ code: '001208000010001', quantity: 12, day: 0 }, { code: '002502090010001', day: 0 }]));
    expect(oxygen.hit).toBeDefined();
    expect(oxygen.hit?.lineIds).toEqual(expect.arrayContaining(oxygen.lineOf('002502090010001')));
    // The exacerbation's own gases are rechecked as its oxygen is titrated (J44 monitoring): two days of them do not
    // show a failure beside it, as they do beside a pneumonia.
    const twoGases = [{ code: '001208000010001', quantity: 12, day: 0 }, { code: '002502090010001', day: 0 }, { code: '002502090010001', day: 1 }];
    expect((await judge(stay('J44.100', 'J96.100', 'ET21', twoGases))).hit).toBeDefined();
    for (const vent of ['001214000010001', '001214000020001', '001208000020001']) {
      expect((await judge(stay('J44.100', 'J96.100', 'ET21', [{ code: vent, quantity: 12, day: 0 }]))).hit).toBeUndefined();
    }
  });

  it('acute kidney injury: the admission panel and one recheck are not enough, creatinine followed on a third day or dialysis is', async () => {
    expect((await judge(stay('I63.900', 'N17.900', 'BR21', [{ code: '002502020010001', day: 0 }]))).hit).toBeDefined();
    // The admission renal panel is every stay's baseline; one more value shows a rise at most, not an injury
    // followed to recovery (KDIGO 2012).
    expect((await judge(stay('I63.900', 'N17.900', 'BR21', [{ code: '002502020010001', day: 0 }, { code: '002502020020001', day: 2 }]))).hit).toBeDefined();
    expect((await judge(stay('I63.900', 'N17.900', 'BR21', [{ code: '002502020010001', day: 0 }, { code: '002502020020001', day: 2 }, { code: '002502020020001', day: 3 }]))).hit).toBeUndefined();
    expect((await judge(stay('I63.900', 'N17.900', 'BR21', [{ code: '003310010020001', quantity: 20, day: 1 }]))).hit).toBeUndefined();
  });

  it('acute kidney injury on a heart-failure stay: renal function rechecked once under diuretics is the heart failure\'s own monitoring; a third day or dialysis is the injury followed', async () => {
    const CREA = '002502020010001';
    const rechecked = await judge(stay('I50.900', 'N17.900', 'FR21', [{ code: CREA, day: 0 }, { code: CREA, day: 2 }]));
    expect(rechecked.hit?.severity).toBe('warn');
    expect(rechecked.hit?.lineIds).toEqual(expect.arrayContaining(rechecked.lineOf(CREA)));
    expect((await judge(stay('I50.900', 'N17.900', 'FR21', [{ code: CREA, day: 0 }, { code: CREA, day: 1 }, { code: '002502020020001', day: 3 }]))).hit).toBeUndefined();
    expect((await judge(stay('I50.900', 'N17.900', 'FR21', [{ code: CREA, day: 0 }, { code: '003310010020001', quantity: 20, day: 1 }]))).hit).toBeUndefined();
    // Septic shock with AKI: sepsis does not itself recheck creatinine, so three days show the injury followed, as on
    // any stay (not a fourth, as beside heart failure's own rechecks).
    expect((await judge(stay('A41.900', 'N17.900', 'ES31', [{ code: CREA, day: 0 }, { code: CREA, day: 1 }]))).hit).toBeDefined();
    expect((await judge(stay('A41.900', 'N17.900', 'ES31', [{ code: CREA, day: 0 }, { code: CREA, day: 1 }, { code: CREA, day: 2 }]))).hit).toBeUndefined();
  });

  it('post-haemorrhagic anaemia after an operation: the admission blood count and its post-operative recheck are the operation\'s course; a third day or a transfusion is the anaemia followed', async () => {
    const CBC = '002501010010001';
    const operated = (addItems: RuleExample['addItems']): RuleExample => ({
      set: { 'reportedGroup.drg': 'GD23', diagnoses: [{ code: 'K35.800x001', principal: true }, { code: 'D62.x00' }], procedures: [{ code: '47.0100', date: '2025-03-05' }] },
      addItems,
    });
    const twoDays = await judge(operated([{ code: CBC, day: 0 }, { code: CBC, day: 2 }]));
    expect(twoDays.hit?.severity).toBe('warn');
    expect(twoDays.hit?.lineIds).toEqual(expect.arrayContaining(twoDays.lineOf(CBC)));
    expect((await judge(operated([{ code: CBC, day: 0 }, { code: CBC, day: 2 }, { code: CBC, day: 3 }]))).hit).toBeUndefined();
    // Without an operation two days still follow the anaemia, as before (one does not).
    expect((await judge(stay('I63.900', 'D62.x00', 'BR23', [{ code: CBC, day: 0 }]))).hit).toBeDefined();
    expect((await judge(stay('I63.900', 'D62.x00', 'BR23', [{ code: CBC, day: 0 }, { code: CBC, day: 2 }]))).hit).toBeUndefined();
  });

  it('post-haemorrhagic anaemia on a pneumonia stay: the admission blood count and its recheck after 48–72 h of antibiotics are the pneumonia\'s course; a third day is the anaemia followed', async () => {
    const CBC = '002501010010001';
    const twoDays = await judge(stay('J18.900', 'D62.x00', 'ES33', [{ code: CBC, day: 0 }, { code: CBC, day: 4 }]));
    expect(twoDays.hit?.severity).toBe('warn');
    expect(twoDays.hit?.lineIds).toEqual(expect.arrayContaining(twoDays.lineOf(CBC)));
    expect((await judge(stay('J18.900', 'D62.x00', 'ES33', [{ code: CBC, day: 0 }, { code: CBC, day: 2 }, { code: CBC, day: 4 }]))).hit).toBeUndefined();
  });

  it('hypokalaemia or hyponatraemia after an operation: the admission electrolytes and one post-operative recheck are the operation\'s course; a third day or potassium is the disorder followed', async () => {
    const LYTES = '002502030010001';
    const operated = (complication: string, addItems: RuleExample['addItems']): RuleExample => ({
      set: { 'reportedGroup.drg': 'GD23', diagnoses: [{ code: 'K35.800x001', principal: true }, { code: complication }], procedures: [{ code: '47.0100', date: '2025-03-05' }] },
      addItems,
    });
    const twoDays = await judge(operated('E87.600', [{ code: LYTES, day: 0 }, { code: LYTES, day: 2 }]));
    expect(twoDays.hit?.lineIds).toEqual(expect.arrayContaining(twoDays.lineOf(LYTES)));
    expect((await judge(operated('E87.102', [{ code: LYTES, day: 0 }, { code: LYTES, day: 3 }]))).hit).toBeDefined();
    expect((await judge(operated('E87.600', [{ code: LYTES, day: 0 }, { code: LYTES, day: 2 }, { code: LYTES, day: 3 }]))).hit).toBeUndefined();
    expect((await judge(operated('E87.600', [{ code: LYTES, day: 0 }, { code: 'XB05XAL512B002', day: 2 }]))).hit).toBeUndefined();
  });

  it('pneumonia after a fracture fixation: cefuroxime within the implant prophylaxis window (the operation day and two after) is the operation\'s, a course beyond it treats the pneumonia', async () => {
    const CEFUROXIME = 'XJ01DCT505B002';
    const fixed = (days: number[]): RuleExample => ({
      set: { 'reportedGroup.drg': 'IF13', diagnoses: [{ code: 'S42.000x021', principal: true }, { code: 'W01.x00' }, { code: 'J18.900' }], procedures: [{ code: '79.3900x051', date: '2025-03-05' }] },
      addItems: [{ code: '003303020030001', day: 1 }, { code: '003301010010001', quantity: 2, day: 1 }, ...days.map((day) => ({ code: CEFUROXIME, quantity: 2, day }))],
    });
    const prophylaxis = await judge(fixed([1, 2]));
    expect(prophylaxis.hit?.lineIds).toEqual(expect.arrayContaining(prophylaxis.lineOf(CEFUROXIME)));
    expect((await judge(fixed([1, 2, 3, 4, 5]))).hit).toBeUndefined();
    // with a bowel operation coded beside it (not a clean operation: its own windows), the cefuroxime is no one's prophylaxis
    const withBowel = fixed([1, 2]);
    withBowel.set!.procedures = [{ code: '79.3900x051', date: '2025-03-05' }, { code: '47.0100', date: '2025-03-05' }];
    expect((await judge(withBowel)).hit).toBeUndefined();
  });

  it('a routine admission test (chest X-ray, urine routine, blood group) is no evidence of a complication', async () => {
    const xray = await judge(stay('I63.900', 'J18.900', 'BR23', [{ code: '002202010010001', day: 0 }]));
    expect(xray.hit).toBeDefined();
    expect(xray.hit?.lineIds).toEqual(expect.arrayContaining(xray.lineOf('002202010010001')));
    expect((await judge(stay('I63.900', 'J18.900', 'BR23', [{ code: '002202010010001', day: 0 }, { code: '002301010020001', day: 1 }]))).hit).toBeUndefined();
    const norms = ruleset.refs.norms!;
    for (const [dx, routine] of [['J18.900', '002202010010001'], ['N39.000', '002501020010001'], ['D62.x00', '002502130010001'], ['I21.900', '003107010010001'], ['K72.900', '002502010010001'], ['D65.x00', '002502060010001']]) {
      const row = norms.complicationSupport(dx)!;
      expect([dx, row.codes.includes(routine)]).toEqual([dx, false]);
      expect([dx, row.workUp.includes(routine)]).toEqual([dx, true]);
    }
  });

  it('deep-vein thrombosis on a leg-cellulitis stay: the Doppler and D-dimer are the cellulitis\'s differential work-up, an antithrombotic is thrombosis care', async () => {
    // DVT is the differential of a red swollen leg (test-indications.json `differential`), so the work-up proves no thrombosis.
    const doppler = [{ code: '002103010040001', day: 0 }, { code: '002502100010001', day: 0 }];
    // The base stay's aspirin (an antithrombotic, thrombosis care) swapped for its statin.
    const noAspirin = (e: RuleExample): RuleExample => ({ ...e, set: { ...e.set, 'items[3].code': 'XC10AAA511A001010105600' } });
    const workUp = await judge(noAspirin(stay('L03.107', 'I80.207', 'JU13', doppler)));
    expect(workUp.hit).toBeDefined();
    expect(workUp.hit?.lineIds.sort()).toEqual([...workUp.lineOf('002103010040001'), ...workUp.lineOf('002502100010001')].sort());
    // Pneumonia does not call for a leg Doppler, so there it is the thrombosis's own evidence.
    const legScan = [{ code: '002103010040001', day: 0 }];
    expect((await judge(noAspirin(stay('J18.900', 'I80.207', 'ES33', legScan)))).hit).toBeUndefined();
    expect((await judge(noAspirin(stay('J18.900', 'I80.207', 'ES33')))).hit).toBeDefined();
    // The base stay's aspirin on the cellulitis stay is thrombosis care.
    expect((await judge(stay('L03.107', 'I80.207', 'JU13', doppler))).hit).toBeUndefined();
  });

  it('an item the principal does not explain still counts: BNP on a stroke stay repeated, antibiotics for pneumonia coded on a stroke stay', async () => {
    expect((await judge(stay('I63.900', 'J18.900', 'BR23', [{ code: 'XJ01DDT504B002', quantity: 2, day: 1 }]))).hit).toBeUndefined();
    expect((await judge(stay('I63.900', 'J18.900', 'BR23'))).hit).toBeDefined();
  });

  it('every common MCC/CC has a row with a source', () => {
    const norms = ruleset.refs.norms!;
    for (const code of ['I50.900', 'J96.000', 'J96.100', 'A41.900', 'N17.900', 'J18.900', 'E87.600', 'E87.100', 'E87.500', 'E87.200', 'I48.000', 'D64.900', 'R57.000', 'J80.x00', 'N18.500', 'E86.x00', 'I26.900', 'K92.200', 'D65.x00', 'I46.900']) {
      const row = norms.complicationSupport(code);
      expect({ code, sourced: !!row?.source, items: (row?.codes.length ?? 0) + (row?.subcategories.length ?? 0) + (row?.repeated.length ?? 0) }).toMatchObject({ code, sourced: true, items: expect.any(Number) });
      expect((row?.codes.length ?? 0) + (row?.subcategories.length ?? 0) + (row?.repeated.length ?? 0)).toBeGreaterThan(0);
    }
  });
});
