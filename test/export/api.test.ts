import { parse } from 'csv-parse/sync';
import { describeRules, type RuleDescriptions } from '../../src/features/exports/rule-descriptions';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type express from 'express';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { runExport } from '../../src/features/exports/run-export';
import { TABLES } from '../../src/features/exports/sheets';
import { withKey } from '../helpers/auth';
import { silentLogger, testContext } from '../helpers/context';
import { MONTH, reviewedMonth, type ReviewedMonth } from './helpers';
import { loadPolicies } from '../../src/benefits/policy';

/** The shipped policy table: each province's DRG/DIP target, as the API and the CLI pass it. */
const policies = loadPolicies(resolve(__dirname, '../../rules'));

// The export over HTTP: the same runExport as the CLI, one file per request, checked query parameters.

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let m: ReviewedMonth;
let app: express.Express;
let auditor: { Authorization: string };
let rules: RuleDescriptions;

beforeAll(async () => {
  m = await reviewedMonth(800);
  const { ctx, config } = testContext({ CONSOLE: 'off' }); // the workbench console is not what this tests
  await ctx.store.close();
  rules = describeRules(ctx.rules.current().rules.map((r) => r.def));
  app = createApp({ ctx: { ...ctx, store: m.store }, config, logger: silentLogger });
  auditor = await withKey(m.store, 'auditor');
}, 120_000);
afterAll(() => m.store.close());

describe('GET /api/v1/exports/:month', () => {
  it('sends one CSV table, byte-identical to the CLI export, with its SHA-256', async () => {
    const res = await request(app).get(`/api/v1/exports/${MONTH}?format=csv&table=by-region&province=51`).set(auditor).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="by-region-${MONTH}.csv"`);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers['x-export-sha256']).toBe(sha(body));
    const local = await runExport(m.store, { policies, rules, query: { month: MONTH, province: '51' }, outDir: join(m.dir, 'api-cmp'), formats: ['csv'] });
    expect(sha(readFileSync(join(local.dir, 'by-region.csv')))).toBe(sha(body));
  });

  it('names each rule of the by-rule table with its result type and policy basis, from the rule files', async () => {
    const res = await request(app).get(`/api/v1/exports/${MONTH}?format=csv&table=by-rule`).set(auditor).buffer(true).parse(binary).expect(200);
    const [header, ...rows] = parse((res.body as Buffer).toString('utf8').replace(/^\uFEFF/, '')) as string[][];
    const at = (en: string) => header.findIndex((h) => h.endsWith(`(${en})`));
    const gender = rows.find((r) => r[at('ruleId')] === 'catalogue.gender-restricted');
    expect(gender).toBeDefined();
    expect(gender![at('title')]).toMatch(/限性别/);
    expect(gender![at('resultType')]).toBe('明确违规');
    expect(gender![at('basis')]).toMatch(/^《医疗保障基金使用监督管理条例》/);
    for (const r of rows) expect(['明确违规', '可疑']).toContain(r[at('resultType')]);
  });

  it('sends the workbook by default', async () => {
    const res = await request(app).get(`/api/v1/exports/${MONTH}?region=510100`).set(auditor).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="audit-${MONTH}-510100.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(TABLES).map((t) => t.sheet));
    expect(JSON.parse(String(res.headers['x-export-rows'])).cases).toBe(wb.getWorksheet(TABLES.cases.sheet)!.rowCount - 1);
  });

  it('sends the manifest of the whole export for the query', async () => {
    const res = await request(app).get(`/api/v1/exports/${MONTH}/manifest?province=51`).set(auditor).expect(200);
    const local = await runExport(m.store, { policies, rules, query: { month: MONTH, province: '51' }, outDir: join(m.dir, 'api-manifest'), formats: ['csv'] });
    expect(res.body.query).toEqual({ month: MONTH, province: '51', region: null });
    expect(res.body.totals).toEqual(local.manifest.totals);
    expect(res.body.files.map((f: { name: string }) => f.name)).toContain(`audit-${MONTH}-51.xlsx`);
    const csvShas = Object.fromEntries(local.manifest.files.map((f) => [f.name, f.sha256]));
    for (const f of res.body.files as { name: string; sha256: string }[]) if (f.name.endsWith('.csv')) expect(f.sha256).toBe(csvShas[f.name]);
  });

  it.each([
    ['2025-3', '', 'month'],
    [MONTH, '?province=5', 'province'],
    [MONTH, '?region=51010', 'region'],
    [MONTH, '?province=37&region=510100', 'region'],
    [MONTH, '?format=pdf', 'format'],
    [MONTH, '?format=csv', 'table'],
    [MONTH, '?format=csv&table=secrets', 'table'],
  ])('answers 400 naming the field for %s%s', async (month, qs, field) => {
    const res = await request(app).get(`/api/v1/exports/${month}${qs}`).set(auditor).expect(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it('refuses an unknown or repeated parameter', async () => {
    await request(app).get(`/api/v1/exports/${MONTH}?foo=1`).set(auditor).expect(400);
    await request(app).get(`/api/v1/exports/${MONTH}?province=51&province=37`).set(auditor).expect(400);
  });

  it('needs an auditor or admin key, and keeps a key limited to provinces inside them', async () => {
    await request(app).get(`/api/v1/exports/${MONTH}?format=csv&table=summary`).expect(401);
    await request(app).get(`/api/v1/exports/${MONTH}?format=csv&table=summary`).set(await withKey(m.store, 'intake')).expect(403);
    await request(app).get(`/api/v1/exports/${MONTH}/manifest`).set(await withKey(m.store, 'admin')).expect(200);
    const only51 = await withKey(m.store, 'auditor', ['51']);
    await request(app).get(`/api/v1/exports/${MONTH}?format=csv&table=summary&province=37`).set(only51).expect(403);
    await request(app).get(`/api/v1/exports/${MONTH}?format=csv&table=summary&region=370100`).set(only51).expect(403);
    const own = await request(app).get(`/api/v1/exports/${MONTH}?format=csv&table=by-region`).set(only51).expect(200);
    const regions = own.text.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((l) => l.split(',')[0]);
    expect(new Set(regions)).toEqual(new Set(['51']));
    const twoProvinces = await withKey(m.store, 'auditor', ['37', '51']);
    await request(app).get(`/api/v1/exports/${MONTH}?format=csv&table=summary`).set(twoProvinces).expect(403);
  });
});
