import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import request from 'supertest';
import { loadDoctorRegistry, registryDir } from '../../src/benefits/doctor-registry';
import { formatDoctorReport, importDoctors } from '../../src/catalogue/import-doctors';
import { authedApp } from '../helpers/auth';
import { tempDir } from '../helpers/temp-dir';

// `doctors import` and POST /api/v1/doctors/import: the register as exported → a dated version, checked as a catalogue is.

const HEADER = '医保医师代码,姓名,定点医药机构编码,职称,职称起始日期,职称终止日期';

function csv(lines: string[], encoding: 'utf-8' | 'gb18030' = 'gb18030'): string {
  const file = join(tempDir('doctors-csv-'), 'register.csv');
  writeFileSync(file, iconv.encode(`${lines.join('\r\n')}\r\n`, encoding));
  return file;
}

describe('医保医师 register import', () => {
  it('imports a GB18030 CSV under a title row; rejects bad rows by number; writes only when asked', async () => {
    const rules = tempDir('doctors-rules-');
    const file = csv([
      '某市定点医疗机构医保医师登记表',
      HEADER,
      'D0001,张三,H1,主治医师,2019-07-01,2025-06-30',
      'D0001,张三,H1,副主任医师,2025/7/1,',
      'D0002,李四,H1,主任医师,20100101,',
      'D0003,王五,H1,教授,2010-01-01,',
      'D0004,赵六,H1,住院医师,2025-02-30,',
      'D0001,张三,H1,主任医师,2025-12-01,',
      ',,,,,',
    ]);
    const opts = { file, version: 'reg-2025', effectiveFrom: '2025-01-01', rulesDir: rules };
    const refused = await importDoctors(opts);
    expect(refused.headerRow).toBe(2);
    expect(refused.imported).toBe(3);
    expect(refused.rejected.map((r) => r.rowNumber)).toEqual([6, 7, 8]);
    expect(refused.rejected[0].reason).toMatch(/职称“教授”/);
    expect(refused.rejected[2].reason).toMatch(/重叠/);
    expect(refused.written).toBeNull();
    expect(existsSync(registryDir(rules))).toBe(false);
    // The report names doctors by code, never by name.
    const text = formatDoctorReport(refused, false);
    expect(text).toMatch(/拒绝 第 6 行/);
    expect(text).not.toMatch(/张三|李四|王五/);

    const written = await importDoctors({ ...opts, acceptPartial: true });
    expect(written.written).toBe(join(registryDir(rules), 'reg-2025.json'));
    const reg = loadDoctorRegistry(rules)!;
    // The promotion mid-year: 主治医师 until 30 June, 副主任医师 from 1 July.
    expect(reg.on('H1', 'D0001', '2025-06-30')?.row.title).toBe('主治医师');
    expect(reg.on('H1', 'D0001', '2025-07-01')?.row.title).toBe('副主任医师');
    expect(reg.on('H1', 'D0002', '2025-03-01')?.row).toEqual({ doctorCode: 'D0002', name: '李四', hospitalId: 'H1', title: '主任医师', effectiveFrom: '2010-01-01' });

    // A version is never overwritten; a later one reports what changed against it.
    await expect(importDoctors({ ...opts, acceptPartial: true })).rejects.toThrow(/already exists/);
    const next = await importDoctors({ file: csv([HEADER, 'D0001,张三,H1,副主任医师,2025-07-01,', 'D0005,钱七,H1,住院医师,2025-08-01,'], 'utf-8'), version: 'reg-2026', effectiveFrom: '2026-01-01', rulesDir: rules });
    expect(next.changes).toEqual({
      against: 'reg-2025',
      added: ['D0005（H1）'],
      removed: ['D0002（H1）'],
      titleChanged: [{ doctor: 'D0001（H1）', before: '主治医师 2019-07-01～2025-06-30；副主任医师 2025-07-01～', after: '副主任医师 2025-07-01～' }],
    });
    expect(loadDoctorRegistry(rules)!.on('H1', 'D0002', '2026-01-01')).toBeNull();
  });

  it('imports over HTTP (admin only) and reloads the rules so reviews read the new version', async () => {
    const rules = join(tempDir('doctors-http-'), 'rules');
    cpSync(resolve(__dirname, '../../rules'), rules, { recursive: true });
    const { app, ctx, as } = await authedApp({ RULES_DIR: rules });
    const before = ctx.rules.current().version;
    const body = { version: 'reg-http', effectiveFrom: '2026-01-01', csv: [HEADER, 'D0001,张三,H1,主任医师,2016-01-01,'].join('\n') };
    await request(app).post('/api/v1/doctors/import').set(as.auditor).send(body).expect(403);
    const r = await request(app).post('/api/v1/doctors/import').set(as.admin).send(body).expect(201);
    expect(r.body).toMatchObject({ imported: 1, rejected: [], version: 'reg-http' });
    expect(r.body.rulesetVersion).not.toBe(before);
    expect(ctx.rules.current().refs.history?.doctorRegistry?.on('H1', 'D0001', '2026-02-01')?.row.title).toBe('主任医师');
    expect(JSON.parse(readFileSync(join(registryDir(rules), 'reg-http.json'), 'utf8')).rows).toHaveLength(1);
    // The same version again: refused, nothing overwritten.
    await request(app).post('/api/v1/doctors/import').set(as.admin).send(body).expect(400);
    // A day not on the calendar is refused naming the field, before anything is written (issue 18 point 8).
    const feb30 = await request(app).post('/api/v1/doctors/import').set(as.admin).send({ ...body, version: 'reg-feb30', effectiveFrom: '2026-02-30' }).expect(400);
    expect(feb30.body.errors).toContainEqual({ path: 'effectiveFrom', message: expect.stringMatching(/calendar/) });
    expect(existsSync(join(registryDir(rules), 'reg-feb30.json'))).toBe(false);
    const bad = await request(app).post('/api/v1/doctors/import').set(as.admin).send({ ...body, version: 'reg-bad', effectiveFrom: '2026-02-01', csv: [HEADER, 'D0009,孙八,H1,教授,2016-01-01,', 'D0010,周九,H1,住院医师,2020-01-01,'].join('\n') }).expect(422);
    expect(bad.body.rejected).toEqual([{ rowNumber: 2, reason: expect.stringMatching(/教授/) }]);
    await ctx.store.close();
  });
});
