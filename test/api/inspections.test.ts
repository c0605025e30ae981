import ExcelJS from 'exceljs';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import type { PatternFinding } from '../../src/features/patterns/pattern-store';
import type { ProviderFindingSource } from '../../src/features/inspections/inspection';
import { withKey } from '../helpers/auth';
import { silentLogger, testContext } from '../helpers/context';
import { API_SPECS, reviewedFrom } from '../features/cases/case-store-contract';

// Inspection campaigns over the API: a supervisor creates an inspection of one institution for a period, the
// team records each suspect point, the leader closes it, the report (JSON and XLSX read back with exceljs)
// gives totals by violation type and the amount to recover, and the audit trail has every step. Each refusal
// is checked with its status, stable code and Chinese message.
// Cases: A1 A2 (H1, Sichuan 510100), A3 (H2, 510700), B1 (H3, Jilin 220100); P1 passes (no case).

const CASES = API_SPECS;

const PERIOD = { from: '2025-01-01', to: '2025-03-31' };
const TEAM = { team: ['王调查', '李组长'], leader: '李组长' };

async function setup(providerFindings?: ProviderFindingSource) {
  const { ctx, config } = testContext();
  const app = createApp({ ctx, config, logger: silentLogger, providerFindings });
  await ctx.store.saveReviews(CASES.map(reviewedFrom));
  const key = (role: Parameters<typeof withKey>[1], provinces: string[], name: string) => withKey(ctx.store, role, provinces, { name });
  const as = {
    supervisor: await key('supervisor', ['51'], '张督导'),
    member: await key('investigator', ['51'], '王调查'),
    leader: await key('investigator', ['51'], '李组长'),
    outsider: await key('investigator', ['51'], '赵旁观'),
    jilinSupervisor: await key('supervisor', ['22'], '吉林督导'),
    jilinInvestigator: await key('investigator', ['22'], '吉林稽核'),
    auditor: await key('auditor', [], '审计'),
    admin: await key('admin', [], '管理员'),
  };
  const create = (who = as.supervisor, body: Record<string, unknown> = { hospitalId: 'H1', ...PERIOD, ...TEAM }) =>
    request(app).post('/api/v1/inspections').set(who).send(body);
  return { ctx, app, as, create };
}

/** A refusal: its status, its stable code, and a message in Chinese. */
function refused(res: request.Response, status: number, code: string, message: RegExp) {
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(res.body.error).toMatch(message);
  expect(res.body.error).toMatch(/[\u4e00-\u9fff]/);
}

async function readWorkbook(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows = (name: string) => {
    const out: unknown[][] = [];
    wb.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };
  return { names: wb.worksheets.map((w) => w.name), rows };
}

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('inspection API: lifecycle', () => {
  it('creates the 疑点清单 from the institution\'s cases of the period, records, closes, reports and audits every step', async () => {
    const { app, as, create, ctx } = await setup();
    const created = await create().expect(201);
    const id: string = created.body.id;
    expect(id).toMatch(/^JC\d{8}-[0-9A-F]{6}$/);
    expect(created.body).toMatchObject({ hospitalId: 'H1', region: '510100', province: '51', ...PERIOD, ...TEAM, status: 'open', createdBy: '张督导', omittedClaims: 0 });
    // H1's cases of the period, highest amount at stake first; P1 passed and is no suspect.
    const points = created.body.points;
    expect(points.map((p: { claimId: string }) => p.claimId)).toEqual(['A2', 'A1']);
    expect(points[0]).toMatchObject({ no: 1, kind: 'claim', ruleIds: ['history.split'], serviceDate: '2025-02-10', amountAtStakeFen: 30000, finding: null });
    expect(points[0].evidence[0]).toMatchObject({ ruleId: 'history.split', amountFen: 30000 });
    expect(points[0].insuredIdMasked).toMatch(/^IN\*+01$/);
    expect(JSON.stringify(created.body)).not.toContain('INS-A2-0001');
    expect(points[0].fundClaimedFen).toBe((await ctx.store.getCase('A2'))!.summary.fundClaimedFen);
    // The supervisor creating it is not on the team: it may read but not record.
    expect(created.body).toMatchObject({ canRecord: false, canClose: false });

    const member = await request(app).get(`/api/v1/inspections/${id}`).set(as.member).expect(200);
    expect(member.body).toMatchObject({ canRecord: true, canClose: false });
    await request(app).post(`/api/v1/inspections/${id}/points/1`).set(as.member)
      .send({ result: 'partial', violationType: '超标准收费', amountToRecover: 250.5, note: '现场核实：部分项目超标准收费' }).expect(200);
    await request(app).post(`/api/v1/inspections/${id}/points/2`).set(as.leader)
      .send({ result: 'confirmed', violationType: '串换项目', amountToRecover: 80, note: '串换属实' }).expect(200);
    // A point may be recorded again while open (the trail keeps both).
    await request(app).post(`/api/v1/inspections/${id}/points/2`).set(as.leader)
      .send({ result: 'confirmed', violationType: '超标准收费', amountToRecover: 100, note: '=HYPERLINK("http://x")复核后改为超标准收费\u0007' }).expect(200);

    const closed = await request(app).post(`/api/v1/inspections/${id}/close`).set(as.leader).send({ conclusion: '两项疑点属实，应追回 ¥350.50' }).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedBy: '李组长', conclusion: '两项疑点属实，应追回 ¥350.50', canRecord: false, canClose: false });

    const report = await request(app).get(`/api/v1/inspections/${id}/report`).set(as.auditor).expect(200);
    expect(report.body.totals).toEqual({
      points: 2, recorded: 2, pending: 0, byResult: { confirmed: 1, partial: 1, unfounded: 0 },
      amountAtStakeFen: 40000, amountToRecoverFen: 35050,
      byViolation: [{ violationType: '超标准收费', points: 2, amountToRecoverFen: 35050 }],
    });

    const xlsx = await request(app).get(`/api/v1/inspections/${id}/report.xlsx`).set(as.auditor).buffer(true).parse(binary).expect(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = await readWorkbook(xlsx.body as Buffer);
    expect(wb.names).toEqual(['汇总', '疑点清单']);
    const summary = wb.rows('汇总');
    expect(summary).toContainEqual(['应追回金额(元)', '350.50']);
    expect(summary).toContainEqual(['违规类型', '疑点数', '应追回金额(元)']);
    expect(summary).toContainEqual(['超标准收费', 2, '350.50']);
    expect(summary).toContainEqual(['合计', 2, '350.50']);
    expect(summary).toContainEqual(['部分属实', 1]);
    const list = wb.rows('疑点清单');
    expect(list).toHaveLength(3);
    expect(list[1].slice(0, 5)).toEqual([1, '疑点病例', 'A2', points[0].insuredIdMasked, '2025-02-10']);
    expect(list[1].slice(10, 13)).toEqual(['部分属实', '超标准收费', '250.50']);
    expect(JSON.stringify(wb.rows('疑点清单'))).not.toContain('INS-A');
    // Free text is hostile: a formula start is made text, a control character replaced (the exports' safeCell).
    expect(list[2][13]).toBe('\'=HYPERLINK("http://x")复核后改为超标准收费\ufffd');

    const audit = await request(app).get(`/api/v1/inspections/${id}/audit`).set(as.auditor).expect(200);
    expect(audit.body.entries.map((e: { action: string; actor: string }) => `${e.action}:${e.actor}`)).toEqual([
      'inspection-create:张督导', 'inspection-record:王调查', 'inspection-record:李组长', 'inspection-record:李组长',
      'inspection-close:李组长', 'inspection-report:审计',
    ]);
    // A recorded claim point is in that case's own history too.
    const caseAudit = await request(app).get('/api/v1/cases/A2/audit').set(as.auditor).expect(200);
    expect(caseAudit.body.entries.map((e: { action: string }) => e.action)).toContain('inspection-record');
  });

  it('lists inspections inside the caller\'s provinces only', async () => {
    const { app, as, create } = await setup();
    const id = (await create().expect(201)).body.id;
    const jilinId = (await create(as.jilinSupervisor, { hospitalId: 'H3', ...PERIOD, team: ['吉林稽核'], leader: '吉林稽核' }).expect(201)).body.id;
    const ids = async (who: { Authorization: string }) => (await request(app).get('/api/v1/inspections').set(who).expect(200)).body.items.map((i: { id: string }) => i.id);
    expect(await ids(as.member)).toEqual([id]);
    expect(await ids(as.jilinInvestigator)).toEqual([jilinId]);
    expect((await ids(as.auditor)).sort()).toEqual([id, jilinId].sort());
    const staff = await request(app).get('/api/v1/inspections/staff').set(as.jilinSupervisor).expect(200);
    expect(staff.body.items.map((s: { name: string }) => s.name).sort()).toEqual(['吉林督导', '吉林稽核'].sort());
    refused(await request(app).get('/api/v1/inspections/staff').set(as.member), 403, 'inspection-role', /督导员或管理员/);
  });

  it('adds provider-level findings after the claims, each with its evidence', async () => {
    const calls: string[][] = [];
    const source: ProviderFindingSource = {
      async findingsFor(hospitalId, from, to) {
        calls.push([hospitalId, from, to]);
        return [{ ruleId: 'pattern.weekend-surge', title: '周末就诊量为同级机构的 3.2 倍', amountFen: 123400, evidence: { ratio: 3.2 } }];
      },
    };
    const { create } = await setup(source);
    const body = (await create().expect(201)).body;
    expect(calls).toEqual([['H1', PERIOD.from, PERIOD.to]]);
    expect(body.points.map((p: { kind: string }) => p.kind)).toEqual(['claim', 'claim', 'provider']);
    expect(body.points[2]).toMatchObject({ no: 3, claimId: null, title: '周末就诊量为同级机构的 3.2 倍', fundClaimedFen: null, amountAtStakeFen: 123400 });
    expect(body.points[2].evidence[0].evidence).toEqual({ ratio: 3.2 });
  });

  it('by default takes the latest pattern run\'s findings of the institution whose period overlaps', async () => {
    const { ctx, create } = await setup();
    const finding = (over: Partial<PatternFinding>): PatternFinding => ({
      providerKind: 'doctor', hospitalId: 'H1', doctorId: 'D1', region: '510100', province: '51', hospitalLevel: 3, metric: 'costly-item',
      itemCode: '002401010010001', title: '高值项目使用占比：头颅MRI平扫', count: 12, volume: 20, rate: 0.6, shrunkRate: 0.4, peerRate: 0.1,
      ratio: 4, priorStrength: 10, peerGroup: { region: '510100', hospitalLevel: 3, department: '内科', providers: 6 },
      period: { from: '2025-03-01', to: '2025-03-31' }, evidenceClaimIds: ['C1', 'C2'], ...over,
    });
    await ctx.store.savePatternRun({ ranAt: '2025-04-01T02:00:00.000Z', from: '2025-01-01', to: '2025-03-31', trigger: 'test', findings: 3 }, [
      finding({}),
      finding({ hospitalId: 'H2', doctorId: 'D9' }), // another institution
      finding({ period: { from: '2024-10-01', to: '2024-12-31' } }), // before the inspection's period
    ]);
    const body = (await create().expect(201)).body;
    const providers = body.points.filter((p: { kind: string }) => p.kind === 'provider');
    expect(providers).toHaveLength(1);
    expect(providers[0]).toMatchObject({ claimId: null, title: '医师 D1：高值项目使用占比：头颅MRI平扫' });
    expect(providers[0].evidence[0]).toMatchObject({ ruleId: 'pattern.costly-item' });
    expect(providers[0].evidence[0].evidence).toMatchObject({ 指标: '高值项目使用率', 本方比率: '60.0%', 同级同地区比率: '10.0%', 倍数: 4, 病例数: '12/20', 相关病例: ['C1', 'C2'] });
  });
});

describe('inspection API: refusals', () => {
  it('creation: role, province, team, leader, period, nothing to inspect, bad body', async () => {
    const { as, create } = await setup();
    refused(await create(as.member), 403, 'inspection-role', /督导员或管理员/);
    refused(await create(as.auditor), 403, 'inspection-role', /督导员或管理员/);
    refused(await create(as.jilinSupervisor), 403, 'inspection-out-of-province', /H1 不在您的省份范围内/);
    refused(await create(as.supervisor, { hospitalId: 'H1', ...PERIOD, team: ['王调查'], leader: '李组长' }), 400, 'inspection-bad-team', /组长 李组长 必须是检查组成员/);
    refused(await create(as.supervisor, { hospitalId: 'H1', ...PERIOD, team: ['王调查', '吉林稽核'], leader: '王调查' }), 400, 'inspection-bad-team', /吉林稽核 不是 51 省有效的稽核员或督导员/);
    refused(await create(as.supervisor, { hospitalId: 'H1', from: '2025-03-01', to: '2025-01-01', ...TEAM }), 400, 'inspection-bad-period', /开始日期晚于结束日期/);
    refused(await create(as.supervisor, { hospitalId: 'H1', from: '2024-01-01', to: '2024-12-31', ...TEAM }), 422, 'inspection-no-suspects', /没有疑点病例/);
    const bad = await create(as.supervisor, { hospitalId: 'H1', from: '2025-02-30', to: '2025-03-01', ...TEAM }).expect(400);
    expect(bad.body.errors).toContainEqual({ path: 'from', message: '不是有效日期' });
    const extra = await create(as.supervisor, { hospitalId: 'H1', ...PERIOD, ...TEAM, status: 'closed' }).expect(400);
    expect(extra.body.errors[0].path).toBe('status');
  });

  it('recording and closing: membership, leader, pending points, amounts, closed inspections, other provinces', async () => {
    const { app, as, create } = await setup();
    const id = (await create().expect(201)).body.id;
    const rec = (who: { Authorization: string }, no: number | string, body: Record<string, unknown>) => request(app).post(`/api/v1/inspections/${id}/points/${no}`).set(who).send(body);
    const ok = { result: 'confirmed', violationType: '重复收费', amountToRecover: 10, note: '属实' };

    refused(await rec(as.outsider, 1, ok), 403, 'inspection-not-member', /只有检查组成员/);
    refused(await rec(as.supervisor, 1, ok), 403, 'inspection-not-member', /只有检查组成员/);
    refused(await rec(as.jilinInvestigator, 1, ok), 403, 'inspection-out-of-province', /不在您的省份范围内/);
    refused(await rec(as.member, 7, ok), 404, 'inspection-point-not-found', /没有第 7 号疑点/);
    refused(await request(app).post('/api/v1/inspections/JC20250101-000000/points/1').set(as.member).send(ok), 404, 'inspection-not-found', /不存在/);
    refused(await rec(as.member, 1, { ...ok, violationType: undefined }), 400, 'inspection-bad-finding', /须选择违规类型/);
    refused(await rec(as.member, 1, { ...ok, amountToRecover: 0 }), 400, 'inspection-bad-finding', /追回金额须大于 0/);
    refused(await rec(as.member, 1, { result: 'unfounded', amountToRecover: 5, note: '不属实' }), 400, 'inspection-bad-finding', /追回金额须为 0/);
    // No point recovers more than the fund amount its claim asked for.
    const detail = (await request(app).get(`/api/v1/inspections/${id}`).set(as.member).expect(200)).body;
    const fund = detail.points[0].fundClaimedFen as number;
    refused(await rec(as.member, 1, { ...ok, amountToRecover: fund / 100 + 0.01 }), 400, 'inspection-bad-finding', /超过该病例申报的基金支付金额/);
    await rec(as.member, 1, { ...ok, amountToRecover: fund / 100 }).expect(200);
    const badResult = await rec(as.member, 1, { ...ok, result: 'yes' }).expect(400);
    expect(badResult.body.errors[0]).toMatchObject({ path: 'result', message: expect.stringMatching(/属实/) });

    refused(await request(app).post(`/api/v1/inspections/${id}/close`).set(as.member).send({ conclusion: '结束' }), 403, 'inspection-not-leader', /只有检查组组长/);
    const pending = await request(app).post(`/api/v1/inspections/${id}/close`).set(as.leader).send({ conclusion: '结束' });
    refused(pending, 409, 'inspection-points-pending', /还有 1 个疑点未记录/);
    expect(pending.body.pending).toEqual([2]);
    await rec(as.leader, 2, { result: 'unfounded', amountToRecover: 0, note: '资料齐全' }).expect(200);
    await request(app).post(`/api/v1/inspections/${id}/close`).set(as.leader).send({ conclusion: '结束' }).expect(200);
    refused(await rec(as.member, 1, ok), 409, 'inspection-closed', /已结束/);
    refused(await request(app).post(`/api/v1/inspections/${id}/close`).set(as.leader).send({ conclusion: '再结束' }), 409, 'inspection-closed', /已结束/);
    refused(await request(app).get(`/api/v1/inspections/${id}/report.xlsx`).set(as.jilinInvestigator), 403, 'inspection-out-of-province', /不在您的省份范围内/);
    expect((await request(app).get(`/api/v1/inspections/${id}`).set(as.admin).expect(200)).body.status).toBe('closed');
  });
});
