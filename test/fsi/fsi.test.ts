import request from 'supertest';
import { createApp } from '../../src/api/app';
import { request3101Schema } from '../../src/ingest/fsi/envelope';
import { encounterClaimId, encounterToClaim } from '../../src/ingest/fsi/to-claim';
import { silentLogger, testContext } from '../helpers/context';
import { makeKey } from '../helpers/auth';
import { make3101, make3103, order, PROGESTERONE } from '../helpers/fsi';
import { countCases } from '../helpers/cases';

async function setup() {
  const { ctx, config } = testContext({ MODEL_NAME: 'none' });
  const service = createApp({ ctx, config, logger: silentLogger });
  // Hospital systems call with an intake key; every request here carries one.
  const authorization = `Bearer ${await makeKey(ctx.store, 'intake')}`;
  const app: typeof service = ((req: { headers: Record<string, string> }, res: unknown) => {
    req.headers.authorization ??= authorization;
    return (service as unknown as (q: unknown, r: unknown) => void)(req, res);
  }) as unknown as typeof service;
  return { ctx, app };
}
const CLAIM_ID = encounterClaimId('H51010001', 'MD202503040001');

describe('national 3101 (明细审核事前事中分析服务)', () => {
  it('answers a clean 50-order stay with infcode 0 and an empty result, saying what it assumed', async () => {
    const { app, ctx } = await setup();
    const res = await request(app).post('/api/fsi/3101').send(make3101()).expect(200);
    expect(res.body).toMatchObject({ infcode: 0, err_msg: null, output: { result: [] } });
    expect(res.body.warn_msg).toMatch(/enrollment: 3101 carries no enrolment/);
    expect(res.body.warn_msg).toMatch(/fundClaimed: not settled yet/);
    // settlement (trig_scen 8): the claim was reviewed and recorded
    expect((await ctx.store.getVerdict(CLAIM_ID))?.decision).toBe('pass');
  });

  it('returns each finding in the national shape, with the offending and involved orders', async () => {
    const { app } = await setup();
    const dup = order('RX9002', { hilist_code: '001105000010001', hilist_name: '普通病房床位费(三人间)', hilist_type: '201', pric: 45 }, '2025-03-04');
    const res = await request(app).post('/api/fsi/3101').send(make3101({ extraOrders: [PROGESTERONE, dup] })).expect(200);
    expect(res.body.infcode).toBe(0);
    const result = res.body.output.result as any[];
    const gender = result.find((r) => r.rule_id === 'catalogue.gender-restricted');
    expect(gender).toMatchObject({
      rule_name: expect.stringContaining('限性别'),
      patn_id: 'P51010000088',
      mdtrt_id: 'MD202503040001',
      vola_amt: 1.8,
      vola_amt_stas: '1',
      sev_deg: '1',
      vola_bhvr_type: '12',
      task_id: 'TASK-0001',
      judge_result_detail_dtos: [{ jrd_id: `${gender.jr_id}-1`, rx_id: 'RX9001', vola_item_type: '1', vola_amt: 1.8, patn_id: 'P51010000088', mdtrt_id: 'MD202503040001' }],
    });
    expect(gender.jr_id).toMatch(/^JR[0-9a-f]{24}$/);
    expect(gender.vola_cont).toMatch(/黄体酮注射液/);
    // Evidence fields by their Chinese names, from the table the console reads (src/contract/evidence-labels.ts).
    expect(gender.vola_evid).toMatch(/限定条件: F; 实际情况: M/);
    expect(gender.vola_evid).not.toMatch(/\b(limit|actual):/);
    // The rule library's metadata (issue 17 point 4), from the rule file: a clear violation and its basis.
    expect(gender.vola_evid).toMatch(/结果类型: 明确违规; 监管环节: 事前、事中、事后; 时间区间: 当次就诊; 政策依据: 《医疗保障基金使用监督管理条例》/);
    const duplicate = result.find((r) => r.rule_id === 'catalogue.duplicate-charge');
    expect(duplicate.sev_deg).toBe('2');
    expect(duplicate.vola_evid).toMatch(/重复于: RX0001/);
    expect(duplicate.judge_result_detail_dtos.map((d: any) => [d.rx_id, d.vola_item_type])).toEqual([['RX9002', '1'], ['RX0001', '2']]);
  });

  const mapped = (opts: Parameters<typeof make3101>[0], extra?: (m: any) => void) => {
    const msg = make3101(opts);
    extra?.(msg);
    const req = request3101Schema.parse(msg);
    const p = req.input.data.patient_dtos[0];
    const r = encounterToClaim(req, p, p.fsi_encounter_dtos[0], 'enc');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.value.claim as any;
  };

  it.each<[string, Parameters<typeof make3101>[0], Record<string, unknown>]>([
    ['insutype 310 → employee', {}, { insuranceType: 'employee' }],
    ['insutype 390 → resident', { insutype: '390' }, { insuranceType: 'resident' }],
    ['med_type 11 → outpatient', { medType: '11', orders: 3 }, { visitType: 'outpatient', visitDate: '2025-03-04' }],
    ['med_type 14 → chronic', { medType: '14', orders: 3 }, { visitType: 'chronic', visitDate: '2025-03-04' }],
    ['med_type 21 → inpatient, dates with times → dates', {}, { visitType: 'inpatient', admissionDate: '2025-03-04', dischargeDate: '2025-03-14' }],
    ['gend 1 → M', {}, { patient: expect.objectContaining({ gender: 'M', birthDate: '1958-06-12', insuredId: 'P51010000088' }) }],
    ['gend 2 → F', { gend: '2' }, { patient: expect.objectContaining({ gender: 'F' }) }],
    ['fixmedins + mdtrt_id → a stable claim id; medins_lv → level', {}, { claimId: CLAIM_ID, region: '510100', provider: expect.objectContaining({ hospitalId: 'H51010001', level: 3, doctorId: 'D5101000123' }) }],
    ['discharge main diagnosis first', {}, { diagnoses: [{ code: 'I63.900', principal: true }, { code: 'I10.x00' }, { code: 'R13.x00' }] }],
  ])('maps %s', (_name, opts, expected) => {
    expect(mapped(opts)).toMatchObject(expected);
  });

  it('maps adm_way / dscg_way (医保结算清单 codes) and a 参保地 elsewhere; leaves them out when absent or unknown', () => {
    const enc = (m: any) => m.input.data.patient_dtos[0].fsi_encounter_dtos[0];
    const transfer = mapped({}, (m) => Object.assign(enc(m), { adm_way: '3', dscg_way: 2 }));
    expect([transfer.admissionRoute, transfer.dischargeMode]).toEqual(['transfer', 'transfer']);
    expect(mapped({}, (m) => Object.assign(enc(m), { adm_way: '1', dscg_way: '5' }))).toMatchObject({ admissionRoute: 'emergency', dischargeMode: 'death' });
    const plain = mapped({});
    expect(['admissionRoute', 'dischargeMode', 'insuredRegion'].filter((k) => k in plain)).toEqual([]);
    expect('admissionRoute' in mapped({}, (m) => Object.assign(enc(m), { adm_way: '7' }))).toBe(false);
    expect(mapped({}, (m) => (m.insuplc_admdvs = '510600')).insuredRegion).toBe('510600');
    // outpatient encounters carry no 入院途径
    expect('admissionRoute' in mapped({ medType: '11', orders: 3 }, (m) => Object.assign(enc(m), { adm_way: '1' }))).toBe(false);
  });

  it('maps hilist_type 101/102 → drug, 201 → service, 301 → consumable, orders → lines', () => {
    const extra = [
      order('RXA', { hilist_code: 'XB01ACA509A001010119008', hilist_name: '阿司匹林肠溶片', hilist_type: '102', pric: 0.11 }, '2025-03-06'),
      order('RXB', { hilist_code: 'C14010150100001020350000001', hilist_name: '一次性使用输液器', hilist_type: '301', pric: 1.8 }, '2025-03-06', 3),
    ];
    const claim = mapped({ orders: 2, extraOrders: extra });
    expect(claim.items.map((i: any) => [i.lineId, i.category, i.date])).toEqual([
      ['RX0001', 'service', '2025-03-04'],
      ['RX0002', 'service', '2025-03-04'],
      ['RXA', 'drug', '2025-03-06'],
      ['RXB', 'consumable', '2025-03-06'],
    ]);
    expect(claim.items[3]).toMatchObject({ quantity: 3, unitPrice: 1.8, amount: 5.4, code: 'C14010150100001020350000001' });
    expect(claim.amounts).toEqual({ total: 68.51, policy: 68.51, fundClaimed: 0 }); // 45 + 18 + 0.11 + 3 × 1.8
    expect(mapped({ orders: 2, hifpPayamt: 30 }).amounts.fundClaimed).toBe(30);
  });

  it.each<[string, (m: any) => void, RegExp]>([
    ['no fixmedins_code', (m) => delete m.fixmedins_code, /fixmedins_code/],
    ['no trig_scen', (m) => delete m.input.data.trig_scen, /input\.data\.trig_scen/],
    ['unknown trig_scen', (m) => (m.input.data.trig_scen = '99'), /trig_scen: unknown trigger scenario "99"/],
    ['no patient_dtos', (m) => delete m.input.data.patient_dtos, /input\.data\.patient_dtos/],
    ['no encounter', (m) => (m.input.data.patient_dtos[0].fsi_encounter_dtos = []), /fsi_encounter_dtos: needs at least one encounter/],
    ['missing gend', (m) => delete m.input.data.patient_dtos[0].gend, /patient_dtos\[0\]\.gend/],
    ['birth date that does not parse', (m) => (m.input.data.patient_dtos[0].brdy = '12/06/1958'), /patient_dtos\[0\]\.brdy: is not a date/],
    ['missing mdtrt_id', (m) => delete m.input.data.patient_dtos[0].fsi_encounter_dtos[0].mdtrt_id, /fsi_encounter_dtos\[0\]\.mdtrt_id/],
    ['missing medins_lv', (m) => delete m.input.data.patient_dtos[0].fsi_encounter_dtos[0].medins_lv, /fsi_encounter_dtos\[0\]\.medins_lv/],
    ['medins_lv 9', (m) => (m.input.data.patient_dtos[0].fsi_encounter_dtos[0].medins_lv = '9'), /medins_lv: "9" is not a hospital level/],
    ['adm_date that does not parse', (m) => (m.input.data.patient_dtos[0].fsi_encounter_dtos[0].adm_date = '2025/03/04'), /adm_date: is not a date/],
    ['unknown med_type', (m) => (m.input.data.patient_dtos[0].fsi_encounter_dtos[0].med_type = '99'), /med_type: unsupported med_type "99"/],
    ['unknown insutype', (m) => (m.input.data.patient_dtos[0].fsi_encounter_dtos[0].insutype = '320'), /insutype: unsupported insutype "320"/],
    ['no diagnoses', (m) => (m.input.data.patient_dtos[0].fsi_encounter_dtos[0].fsi_diagnose_dtos = []), /fsi_diagnose_dtos: needs at least one diagnosis/],
    ['amount that does not parse', (m) => (m.input.data.patient_dtos[0].fsi_encounter_dtos[0].fsi_order_dtos[3].sumamt = '12,5'), /fsi_order_dtos\[3\]\.sumamt: is not a number/],
    ['order date that does not parse', (m) => (m.input.data.patient_dtos[0].fsi_encounter_dtos[0].fsi_order_dtos[0].drord_begn_date = 'yesterday'), /fsi_order_dtos\[0\]\.drord_begn_date/],
    ['unknown hilist_type', (m) => (m.input.data.patient_dtos[0].fsi_encounter_dtos[0].fsi_order_dtos[1].hilist_type = '999'), /fsi_order_dtos\[1\]\.hilist_type: unsupported/],
  ])('a malformed envelope (%s) gets the national error envelope naming the field', async (_name, edit, message) => {
    const { app, ctx } = await setup();
    const msg = make3101();
    edit(msg);
    const res = await request(app).post('/api/fsi/3101').send(msg).expect(200);
    expect(res.body.infcode).not.toBe(0);
    expect(res.body.err_msg).toMatch(message);
    expect(res.body.output).toBeNull();
    expect(await ctx.store.countVerdicts()).toBe(0);
  });

  it('at ordering time (住院执行医嘱) findings are reminders: kept on the encounter, no case, no ledger entry', async () => {
    const { app, ctx } = await setup();
    const res = await request(app).post('/api/fsi/3101').send(make3101({ trigScen: '5', dscgDate: null, extraOrders: [PROGESTERONE] })).expect(200);
    expect(res.body.infcode).toBe(0);
    expect(res.body.warn_msg).toMatch(/the stay is ongoing; judged as of the latest order date/);
    expect(res.body.output.result.map((r: any) => r.rule_id)).toContain('catalogue.gender-restricted');
    expect(await ctx.store.getCase(CLAIM_ID)).toBeUndefined();
    expect(await ctx.store.getVerdict(CLAIM_ID)).toBeUndefined();
    expect(await ctx.store.getMemberClaims(['P51010000088'])).toEqual([]);
    const findings = await ctx.store.listFindings(CLAIM_ID);
    expect(findings.map((f) => [f.ruleId, f.stage])).toContainEqual(['catalogue.gender-restricted', 'reminder']);
  });

  it('at settlement (住院结算) the full review runs and a flagged encounter becomes a case', async () => {
    const { app, ctx } = await setup();
    await request(app).post('/api/fsi/3101').send(make3101({ trigScen: '8', extraOrders: [PROGESTERONE] })).expect(200);
    const kase = await ctx.store.getCase(CLAIM_ID);
    expect(kase?.decision).toBe('reject');
    expect((await ctx.store.listFindings(CLAIM_ID)).every((f) => f.stage === 'review')).toBe(true);
  });

  it('at settlement the findings are recorded in the review\'s own transaction: findings that fail to write leave no verdict', async () => {
    const { app, ctx } = await setup();
    const write = ctx.store.writeFindings;
    ctx.store.writeFindings = () => {
      throw Object.assign(new Error('disk full'), { code: 'SQLITE_FULL' });
    };
    const res = await request(app).post('/api/fsi/3101').send(make3101({ trigScen: '8', extraOrders: [PROGESTERONE] }));
    expect(res.body).toMatchObject({ infcode: -1, output: null }); // the national envelope of a failure
    expect(JSON.stringify(res.body)).not.toContain('jr_id');
    expect(await ctx.store.getVerdict(CLAIM_ID)).toBeUndefined();
    expect(await ctx.store.getCase(CLAIM_ID)).toBeUndefined();
    ctx.store.writeFindings = write;
    // Sent again, both are stored, and the findings answered are those stored.
    const again = await request(app).post('/api/fsi/3101').send(make3101({ trigScen: '8', extraOrders: [PROGESTERONE] })).expect(200);
    expect((await ctx.store.getVerdict(CLAIM_ID))?.decision).toBe('reject');
    expect((await ctx.store.listFindings(CLAIM_ID)).map((f) => f.jrId)).toEqual(again.body.output.result.map((r: { jr_id: string }) => r.jr_id));
  });

  it('at settlement a message with one invalid encounter is refused whole: nothing of the valid one is stored', async () => {
    const { app, ctx } = await setup();
    const msg = make3101({ trigScen: '8', extraOrders: [PROGESTERONE] });
    const patient = msg.input.data.patient_dtos[0];
    // Two current encounters; the second discharged before its admission, which the claim's validation refuses.
    const bad = JSON.parse(JSON.stringify(patient.fsi_encounter_dtos[0]));
    bad.mdtrt_id = 'MD202503040002';
    bad.dscg_date = '2025-03-01 10:00:00';
    patient.fsi_encounter_dtos.push(bad);
    delete patient.curr_mdtrt_id;
    const res = await request(app).post('/api/fsi/3101').send(msg).expect(200);
    expect(res.body).toMatchObject({ infcode: -1, output: null, err_msg: expect.stringMatching(/^encounter MD202503040002: dischargeDate: 2025-03-01 is before admissionDate/) });
    expect(await ctx.store.getVerdict(CLAIM_ID)).toBeUndefined();
    expect(await ctx.store.getCase(CLAIM_ID)).toBeUndefined();
    expect(await ctx.store.getMemberClaims(['P51010000088'])).toEqual([]);
    expect(await ctx.store.listFindings(CLAIM_ID)).toEqual([]);
    expect(await ctx.store.countInvalid()).toBe(0);
  });

  it('the same body posted to the single endpoint dispatches on infno', async () => {
    const { app } = await setup();
    const res = await request(app).post('/api/fsi').send(make3101({ extraOrders: [PROGESTERONE] })).expect(200);
    expect(res.body.infcode).toBe(0);
    const bad = await request(app).post('/api/fsi').send({ infno: '9999' }).expect(200);
    expect(bad.body).toMatchObject({ infcode: -1, err_msg: expect.stringMatching(/infno: unsupported interface "9999"/) });
  });

  it('repeated calls for one encounter update it rather than duplicate it, keeping jr_ids', async () => {
    const { app, ctx } = await setup();
    const first = await request(app).post('/api/fsi/3101').send(make3101({ trigScen: '5', dscgDate: null, extraOrders: [PROGESTERONE] }));
    const again = await request(app).post('/api/fsi/3101').send(make3101({ trigScen: '5', dscgDate: null, extraOrders: [PROGESTERONE] }));
    const ids = (r: request.Response) => r.body.output.result.map((x: any) => x.jr_id).sort();
    expect(ids(again)).toEqual(ids(first));
    expect(await ctx.store.listFindings(CLAIM_ID)).toHaveLength(first.body.output.result.length);
    await request(app).post('/api/fsi/3101').send(make3101({ trigScen: '8', extraOrders: [PROGESTERONE] }));
    await request(app).post('/api/fsi/3101').send(make3101({ trigScen: '8', extraOrders: [PROGESTERONE] }));
    expect(await countCases(ctx.store)).toBe(1);
    expect(await ctx.store.countVerdicts()).toBe(1);
    // the order withdrawn: its finding goes away
    await request(app).post('/api/fsi/3101').send(make3101({ trigScen: '8' }));
    expect((await ctx.store.listFindings(CLAIM_ID)).map((f) => f.ruleId)).not.toContain('catalogue.gender-restricted');
  });
});

describe('national 3103 (事前事中服务反馈服务)', () => {
  it('stores what the doctor did on each finding, keeps it across repeated 3101 calls, and counts continuing after a block', async () => {
    const { app, ctx } = await setup();
    const res = await request(app).post('/api/fsi/3101').send(make3101({ trigScen: '5', dscgDate: null, extraOrders: [PROGESTERONE] }));
    const block = res.body.output.result.find((r: any) => r.sev_deg === '1');
    const fb = await request(app).post('/api/fsi/3103').send(make3103([{ jrId: block.jr_id, dspoWay: '1', reason: '患者知情同意' }])).expect(200);
    expect(fb.body).toMatchObject({ infcode: 0, output: { accepted: 1 } });
    await request(app).post('/api/fsi/3101').send(make3101({ trigScen: '8', extraOrders: [PROGESTERONE] }));
    const finding = (await ctx.store.listFindings(CLAIM_ID)).find((f) => f.jrId === block.jr_id);
    expect(finding?.feedback).toMatchObject({ dspoWay: '1', reason: '患者知情同意' });
    expect(await ctx.store.continuedAfterBlock()).toEqual([{ hospitalId: 'H51010001', doctorId: 'D5101000123', count: 1 }]);
  });

  it("shows the feedback on the case and counts the doctor's continuing in the rankings", async () => {
    const { app, ctx } = await setup();
    const res = await request(app).post('/api/fsi/3101').send(make3101({ trigScen: '8', extraOrders: [PROGESTERONE] }));
    const block = res.body.output.result.find((r: any) => r.sev_deg === '1');
    await request(app).post('/api/fsi/3103').send(make3103([{ jrId: block.jr_id, dspoWay: '1', reason: '患者知情同意' }])).expect(200);
    const auditor = `Bearer ${await makeKey(ctx.store, 'auditor')}`;
    const kase = await request(app).get(`/api/v1/cases/${CLAIM_ID}`).set('authorization', auditor).expect(200);
    expect(kase.body.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ jrId: block.jr_id, ruleId: 'catalogue.gender-restricted', feedback: expect.objectContaining({ dspoWay: '1', reason: '患者知情同意' }) })]),
    );
    const doctors = await request(app).get('/api/v1/rankings/doctors').set('authorization', auditor).expect(200);
    expect(doctors.body.items.find((d: any) => d.doctorId === 'D5101000123')).toMatchObject({ hospitalId: 'H51010001', continuedAfterBlock: 1 });
    const institutions = await request(app).get('/api/v1/rankings/institutions').set('authorization', auditor).expect(200);
    expect(institutions.body.items.find((d: any) => d.hospitalId === 'H51010001')).toMatchObject({ continuedAfterBlock: 1 });
  });

  it('refuses an unknown warn_rslt_id or a bad dspo_way, naming the field', async () => {
    const { app } = await setup();
    const unknown = await request(app).post('/api/fsi/3103').send(make3103([{ jrId: 'JRnope', dspoWay: '2' }]));
    expect(unknown.body).toMatchObject({ infcode: -1, err_msg: expect.stringMatching(/unknown warn_rslt_id JRnope/) });
    const bad = await request(app).post('/api/fsi/3103').send(make3103([{ jrId: 'JRx', dspoWay: '3' as '1' }]));
    expect(bad.body.err_msg).toMatch(/input\.data\.warns\[0\]\.dspo_way: must be 1/);
  });
});
