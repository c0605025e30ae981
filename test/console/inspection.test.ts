import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ARTIFACTS, describeWithChromium, screenshot, openConsole, serveConsole, type ConsoleServer } from '../helpers/browser';
import { review } from '../../src/features/reviews/review';
import { makeKey } from '../helpers/auth';
import { testContext } from '../helpers/context';

// An inspection walked in a real headless Chromium (Debian's /usr/bin/chromium via playwright-core): a Jilin
// supervisor picks the target in the rankings (month, region, minimum volume), creates the inspection with a
// team; a member records every point (one refusal shown in Chinese first); the leader closes it; the XLSX report
// is downloaded and read back, and the printable report opened. Then the pages that were API-only: monthly
// exports with the download checked against the manifest, the audit log, the rule library, key management.
// Screenshots (CONSOLE_SCREENSHOTS=1) go to test-artifacts/ (gitignored). Without Chromium: skipped locally, failing under CI=true.

describeWithChromium('web console: inspections and the admin pages (headless Chromium)', () => {
  let served: ConsoleServer;
  let page: Page;
  let base: string;
  const keys: Record<string, string> = {};
  const t = testContext();
  const errors: string[] = [];

  beforeAll(async () => {
    const lines = readFileSync(join(__dirname, '../../samples/claims.sample.ndjson'), 'utf8').split('\n').filter((l) => l.trim());
    await review(lines.map((l) => JSON.parse(l)), t.ctx, { source: 'test' });
    keys.supervisor = await makeKey(t.ctx.store, 'supervisor', ['22'], { name: '吉林督导' });
    keys.member = await makeKey(t.ctx.store, 'investigator', ['22'], { name: '王调查' });
    keys.leader = await makeKey(t.ctx.store, 'investigator', ['22'], { name: '李组长' });
    keys.auditor = await makeKey(t.ctx.store, 'auditor', [], { name: '审计员' });
    keys.admin = await makeKey(t.ctx.store, 'admin', [], { name: '管理员' });
    served = await serveConsole(t);
    base = served.base;
  }, 120_000);

  afterAll(() => served?.close());

  /** A fresh tab per user (sessionStorage is per tab), so nothing of the last user's page is still loading. */
  async function login(who: string, name: string) {
    await page?.close();
    // Refusals the test provokes on purpose answer 400; anything else logged as an error is a defect.
    const watch = { into: errors, consoleErrors: true, expectedConsole: /status of 400/, statuses: [401, 404] };
    page = await openConsole(served.browser, base, { key: keys[who], name }, { viewport: { width: 1500, height: 1000 }, acceptDownloads: true, errors: watch });
  }

  it('walks an inspection from the rankings to the exported report', async () => {
    await login('supervisor', '吉林督导');
    await page.goto(`${base}/console/#/rankings?month=2025-02&region=2201&minClaims=2`);
    await page.getByTestId('ranking-row').first().waitFor();
    expect(await page.getByTestId('rank-month').inputValue()).toBe('2025-02');
    const rows = await page.$$eval('[data-testid=ranking-row]', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r[2].startsWith('2201')).toBe(true);
      expect(Number(r[3])).toBeGreaterThanOrEqual(2);
    }
    await screenshot(page, 'inspection-1-rankings.png', { fullPage: true });
    // The institution with the most suspect claims that month (at least two, so the list has several points).
    const target = rows.reduce((best, r, i) => (Number(r[4]) > Number(rows[best][4]) ? i : best), 0);
    expect(Number(rows[target][4])).toBeGreaterThanOrEqual(2);
    const hospitalId = rows[target][0];

    await page.getByTestId('start-inspection').nth(target).click();
    await page.getByTestId('new-inspection').waitFor();
    expect(await page.getByTestId('new-hospital').inputValue()).toBe(hospitalId);
    expect([await page.getByTestId('new-from').inputValue(), await page.getByTestId('new-to').inputValue()]).toEqual(['2025-02-01', '2025-02-28']);
    await page.locator('[data-testid=new-member][value=王调查]').check();
    await page.getByTestId('new-leader').selectOption('李组长');
    await page.getByTestId('create-inspection').click();
    await page.getByTestId('point-table').waitFor();
    const inspectionId = decodeURIComponent(page.url().split('#/inspection/')[1]);
    const stored = (await t.ctx.store.getInspection(inspectionId))!;
    const expected = (await t.ctx.store.listCases({ hospitalId, serviceFrom: '2025-02-01', serviceTo: '2025-02-28' }, { field: 'amount', dir: 'desc' }, null, 200)).items;
    expect(stored.points.map((p) => p.claimId)).toEqual(expected.map((c) => c.claimId));
    expect(stored.team).toEqual(['王调查', '李组长']);
    expect(await page.getByTestId('point-row').count()).toBe(expected.length);
    expect(await page.getByTestId('inspection-status').textContent()).toBe('进行中');
    await screenshot(page, 'inspection-2-created.png', { fullPage: true });

    // A member records every point: the first one confirmed in part, the others unfounded.
    await login('member', '王调查');
    await page.goto(`${base}/console/#/inspection/${encodeURIComponent(inspectionId)}`);
    await page.getByTestId('result-1').waitFor();
    await page.getByTestId('result-1').selectOption('partial');
    await page.getByTestId('amount-1').fill('1.5');
    await page.getByTestId('note-1').fill('部分项目超标准收费');
    await page.getByTestId('record-1').click();
    await page.getByTestId('record-error-1').filter({ hasText: '须选择违规类型' }).waitFor();
    await page.getByTestId('violation-1').selectOption('超标准收费');
    await page.getByTestId('record-1').click();
    await page.getByTestId('finding-1').filter({ hasText: '部分属实 · 超标准收费 · ¥1.50' }).waitFor();
    for (let no = 2; no <= expected.length; no++) {
      await page.getByTestId(`result-${no}`).selectOption('unfounded');
      await page.getByTestId(`note-${no}`).fill('病历齐全，诊疗合理');
      await page.getByTestId(`record-${no}`).click();
      await page.getByTestId(`finding-${no}`).filter({ hasText: '不属实' }).waitFor();
    }
    expect(await page.getByTestId('close-inspection').count()).toBe(0);

    // The leader closes it.
    await login('leader', '李组长');
    await page.goto(`${base}/console/#/inspection/${encodeURIComponent(inspectionId)}`);
    await page.getByTestId('conclusion').fill('一项部分属实，应追回 ¥1.50');
    await page.getByTestId('close-inspection').click();
    await page.getByTestId('inspection-status').filter({ hasText: '已结束' }).waitFor();
    expect(await page.getByTestId('total-recover').textContent()).toBe('¥1.50');
    expect(await page.getByTestId('inspection-audit').textContent()).toContain('进行中 → 已结束');
    await screenshot(page, 'inspection-3-closed.png', { fullPage: true });

    // The report: the workbook downloaded and read back, the printable page.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-report').click()]);
    const file = join(ARTIFACTS, `inspection-report-${inspectionId}.xlsx`);
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const summary: unknown[][] = [];
    wb.getWorksheet('汇总')!.eachRow((r) => summary.push((r.values as unknown[]).slice(1)));
    expect(summary).toContainEqual(['被检查机构', hospitalId]);
    expect(summary).toContainEqual(['应追回金额(元)', '1.50']);
    expect(summary).toContainEqual(['超标准收费', 1, '1.50']);
    expect(summary).toContainEqual(['不属实', expected.length - 1]);
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(wb.getWorksheet('疑点清单')!.rowCount).toBe(expected.length + 1);
    await page.getByTestId('report-page').click();
    await page.getByTestId('inspection-report').waitFor();
    expect(await page.locator('[data-testid=inspection-report] h2').textContent()).toContain('检查报告');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'inspection-4-report-print.png', { fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    const trail = await t.ctx.store.inspectionTrail(inspectionId);
    expect(trail.map((e) => e.action)).toEqual(['inspection-create', ...expected.map(() => 'inspection-record'), 'inspection-close', 'inspection-report']);
    expect(errors).toEqual([]);
  }, 180_000);

  it('monthly exports with the download checked, the audit log, the rule library, key management', async () => {
    await login('auditor', '审计员');
    expect(await page.getByTestId('nav-keys').isHidden()).toBe(true);
    await page.goto(`${base}/console/#/exports?month=2025-01&province=22`);
    await page.getByTestId('manifest-file').first().waitFor();
    const files = await page.locator('[data-testid=manifest-file] td:first-child').allTextContents();
    expect(files).toEqual(expect.arrayContaining(['summary.csv', 'cases.csv']));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv-summary').click()]);
    await page.getByTestId('export-verified').filter({ hasText: 'SHA-256 校验通过' }).waitFor();
    expect(csv.suggestedFilename()).toBe('summary-2025-01.csv');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    await page.getByTestId('export-verified').filter({ hasText: `已下载 ${xlsx.suggestedFilename()}，SHA-256 校验通过` }).waitFor();
    await screenshot(page, 'admin-exports.png', { fullPage: true });

    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-row').first().waitFor();
    const actions = await page.locator('[data-testid=audit-row] td:nth-child(5)').allTextContents();
    expect(actions).toEqual(expect.arrayContaining(['创建密钥', '创建检查任务', '记录核查结果', '结束检查', '导出检查报告']));
    await screenshot(page, 'admin-audit.png', { fullPage: true });

    await page.getByTestId('nav-rules').click();
    await page.getByTestId('rule-row').first().waitFor();
    const rules = (await t.ctx.rules.current()).rules;
    expect(await page.getByTestId('rule-row').count()).toBe(rules.length);
    const first = rules[0].def;
    // By the row's own id (data-search opens with it): another rule's id may begin with this one's.
    const row = page.locator(`[data-testid=rule-row][data-search^="${first.id} "]`);
    expect(await row.textContent()).toContain(first.meta.resultType);
    await row.locator('summary').click();
    expect(await row.locator('dl').textContent()).toContain('应触发');
    await screenshot(page, 'admin-rules.png');

    await login('admin', '管理员');
    await page.getByTestId('nav-keys').click();
    await page.getByTestId('key-row').first().waitFor();
    await page.getByTestId('key-name').fill('新督导');
    await page.getByTestId('key-role').selectOption('supervisor');
    await page.getByTestId('key-provinces').fill('51');
    await page.getByTestId('create-key').click();
    const newKey = (await page.getByTestId('new-key').textContent()) as string;
    expect(newKey).toMatch(/^yb_/);
    const made = (await t.ctx.store.listApiKeys()).find((k) => k.name === '新督导')!;
    expect(made).toMatchObject({ role: 'supervisor', provinces: ['51'], revokedAt: null });
    page.once('dialog', (d) => void d.accept());
    await page.locator('[data-testid=key-row]', { hasText: '新督导' }).getByTestId('revoke-key').click();
    await page.locator('[data-testid=key-row]', { hasText: '新督导' }).filter({ hasText: '已吊销' }).waitFor();
    expect((await t.ctx.store.findApiKey(made.id))?.revokedAt).not.toBeNull();
    await screenshot(page, 'admin-keys.png', { fullPage: true });
    expect(errors).toEqual([]);
  }, 180_000);
  it('institution and doctor pages from the rankings: figures, monthly rates beside the peers, cases, doctors, inspections', async () => {
    await login('supervisor', '吉林督导');
    await page.goto(`${base}/console/#/rankings?month=2025-02&region=2201&minClaims=2`);
    await page.locator('[data-testid=provider-link]', { hasText: 'H22010010' }).click();
    await page.getByTestId('provider-title').filter({ hasText: '医疗机构 H22010010' }).waitFor();
    const cases = (await t.ctx.store.listCases({ hospitalId: 'H22010010' }, { field: 'amount', dir: 'desc' }, null, 50)).items;
    expect(await page.getByTestId('provider-case').count()).toBe(cases.length);
    expect(await page.locator('[data-testid=provider-case] td:first-child').allTextContents()).toEqual(cases.map((c) => c.claimId));
    const series = (await page.evaluate(`window.Chart.getChart(document.querySelector('[data-testid=provider-trend]')).data.datasets.map((d) => d.label)`)) as string[];
    expect(series).toEqual(['疑点率', '同级同区疑点率']);
    // The inspection made in the first test is listed on its institution's page.
    expect(await page.locator('section', { hasText: '检查任务' }).locator('a').count()).toBeGreaterThan(0);
    await screenshot(page, 'provider-institution.png', { fullPage: true });

    const doctorId = cases.find((c) => c.doctorId)!.doctorId!;
    await page.locator('[data-testid=provider-doctors] a', { hasText: doctorId }).click();
    await page.getByTestId('provider-title').filter({ hasText: `医生 ${doctorId}` }).waitFor();
    const own = cases.filter((c) => c.doctorId === doctorId).map((c) => c.claimId);
    expect(await page.locator('[data-testid=provider-case] td:first-child').allTextContents()).toEqual(own);
    await screenshot(page, 'provider-doctor.png', { fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);
});
