import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeWithChromium, screenshot, logIn, newConsoleTab, serveConsole, waitForExpression, type ConsoleServer } from '../helpers/browser';
import { review } from '../../src/features/reviews/review';
import { makeKey } from '../helpers/auth';
import { testContext } from '../helpers/context';

// The console in a real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core): log in with a
// key, filter the queue, open a case, work it to 确认违规, and see the ranking page with its charts. Screenshots
// (CONSOLE_SCREENSHOTS=1) go to test-artifacts/. Without Chromium the suite is skipped locally and fails in CI (CI=true).

describeWithChromium('web console (headless Chromium)', () => {
  let served: ConsoleServer;
  let page: Page;
  let key: string;
  const t = testContext();

  beforeAll(async () => {
    const lines = readFileSync(join(__dirname, '../../samples/claims.sample.ndjson'), 'utf8').split('\n').filter((l) => l.trim());
    await review(lines.map((l) => JSON.parse(l)), t.ctx, { source: 'test' });
    key = await makeKey(t.ctx.store, 'investigator', ['22'], { name: '吉林稽核员' });
    served = await serveConsole(t);
  }, 120_000);

  afterAll(() => served?.close());

  it('logs in, filters the queue, opens a case, confirms it, and shows the ranking page', async () => {
    const errors: string[] = [];
    // The one refused request is the deliberate wrong key below.
    page = await newConsoleTab(served.browser, { errors: { into: errors, consoleErrors: true, expectedConsole: /status of 401/, statuses: [404] } });
    await page.goto(`${served.base}/console/`);
    await page.getByTestId('api-key').fill('yb_000000000000_wrong');
    await page.getByTestId('login').click();
    await page.getByTestId('login-error').waitFor();
    await logIn(page, key, '吉林稽核员');

    // The queue: only Jilin (22) cases, identifiers masked.
    await page.getByTestId('case-row').first().waitFor();
    const regions = await page.locator('[data-testid=case-row] td:nth-child(4)').allTextContents();
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.every((r) => r.startsWith('22'))).toBe(true);
    const masked = await page.getByTestId('masked-id').allTextContents();
    expect(masked.every((m) => m.includes('*'))).toBe(true);

    // Filter: rejected (拒付) cases only.
    await page.getByTestId('filter-decision').selectOption('reject');
    await page.getByTestId('apply-filters').click();
    // (Strings: these run in the page, and the test compiles without the DOM types.) Rows, not none: the new view
    // is drawn empty before its rows arrive.
    await waitForExpression(page, `(() => { const tds = [...document.querySelectorAll('[data-testid=case-row] td:nth-child(3)')]; return tds.length > 0 && tds.every((td) => td.textContent === '拒付'); })()`);
    const decisions = await page.locator('[data-testid=case-row] td:nth-child(3)').allTextContents();
    expect(decisions.length).toBeGreaterThan(0);
    expect(new Set(decisions)).toEqual(new Set(['拒付']));
    await screenshot(page, 'console-queue.png');

    // Open the first one: evidence in words, workflow buttons.
    const claimId = (await page.getByTestId('case-row').first().getAttribute('data-claim-id')) as string;
    await page.getByTestId('case-row').first().click();
    await page.getByTestId('case-id').filter({ hasText: claimId }).waitFor();
    expect(await page.getByTestId('case-status').textContent()).toBe('待分配');
    expect(await page.locator('[data-testid=hits] li').count()).toBeGreaterThan(0);
    // Each hit shows the rule library's metadata: result type and policy basis (issue 17.4).
    const metas = await page.locator('[data-testid=rule-meta]').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const m of metas) expect(m).toMatch(/^(明确违规|可疑) · /);
    expect(metas.some((m) => /依据：《/.test(m))).toBe(true);
    expect(await page.getByTestId('insured-id').textContent()).toContain('*');
    const kase = await t.ctx.store.getCase(claimId);
    const flaggedLines = new Set(kase!.verdict.hits.flatMap((h) => h.lineIds));
    expect(await page.getByTestId('offending-line').count()).toBe(kase!.claim.items.filter((i) => flaggedLines.has(i.lineId)).length);

    await page.getByTestId('action-assign').click();
    await page.getByTestId('case-status').filter({ hasText: '已分配' }).waitFor();
    await page.getByTestId('action-start').click();
    await page.getByTestId('case-status').filter({ hasText: '调查中' }).waitFor();
    await page.getByTestId('note-text').fill('已调取病历');
    await page.getByTestId('add-note').click();
    await page.getByTestId('notes').filter({ hasText: '已调取病历' }).waitFor();
    await page.getByTestId('violation-type').selectOption('超限定支付范围');
    await page.getByTestId('recover-amount').fill('0.5');
    await page.getByTestId('recover-summary').fill('超限定支付范围，追回');
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('case-status').filter({ hasText: '确认违规' }).waitFor();
    expect(await page.getByTestId('conclusion-text').textContent()).toBe('超限定支付范围，追回');
    await screenshot(page, 'console-case.png', { fullPage: true });

    expect((await t.ctx.store.getCase(claimId))?.status).toBe('confirmed');
    expect(await t.ctx.store.getCaseWork(claimId)).toMatchObject({ assignee: '吉林稽核员', outcome: { amountToRecoverFen: 50, summary: '超限定支付范围，追回', violationType: '超限定支付范围' } });
    const trail = await t.ctx.store.listAudit({ claimId, limit: 100 });
    expect(trail.map((e) => e.action)).toEqual(['assign', 'status', 'status', 'note', 'status', 'outcome']);
    expect(trail.every((e) => e.actor === '吉林稽核员')).toBe(true);

    // Full identity on request, and the view lands in the history.
    await page.getByTestId('reveal').click();
    await page.getByTestId('history').filter({ hasText: '查看身份信息' }).waitFor();
    expect(await page.getByTestId('insured-id').textContent()).toBe(kase!.claim.patient.insuredId);

    // The ranking page with its charts.
    await page.getByTestId('nav-rankings').click();
    await page.getByTestId('ranking-row').first().waitFor();
    const drawn = (await page.evaluate(`window.Chart.getChart(document.querySelector('[data-testid=ranking-chart]'))?.data.labels.length ?? 0`)) as number;
    expect(drawn).toBeGreaterThan(0);
    expect(await page.locator('h2').textContent()).toBe('机构排名');
    await screenshot(page, 'console-rankings.png', { fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);
});
