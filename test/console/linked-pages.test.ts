import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describeWithChromium, screenshot, openConsole, serveConsole, type ConsoleServer } from '../helpers/browser';
import { review } from '../../src/features/reviews/review';
import { loadCatalogue } from '../../src/enrich/catalogue';
import { patternRefs, runPatterns } from '../../src/features/patterns/pattern-service';
import { makeKey } from '../helpers/auth';
import { testContext } from '../helpers/context';
import { PERIOD, patternClaims } from '../features/patterns/pattern-data';
import { nightsOf, shift, type EvalClaim } from '../../src/evaluate/claim-edit';

// The linked pages in a real headless Chromium (issue 20.3, 20.6), on the sample claims plus the pattern test
// data (H4 and its doctor D41 readmit and upcode): a case's related cases opened from its page, its diagnoses
// named in Chinese, evidence field names in Chinese, repeated hits of one rule as one group, only the hit lines;
// the insured person's page reached from the case; the institution and doctor pages with the full claim list and
// the pattern findings; a refusal in Chinese. One browser for the file. Screenshots (CONSOLE_SCREENSHOTS=1) go to test-artifacts/.

// A pair of overlapping stays that are both cases, made in beforeAll from a stay of the sample (not pinned to the
// sample's own claims, which change whenever the generator does).
let PAIRED = '';
let OTHER = '';
let PAIRED_INSURED = '';
const REPEATED = '230100-H23010002-2025-000001'; // catalogue.days-of-supply on many lines
const SHANDONG = '370300-H37030010-2025-000001';
const CJK = /[\u4e00-\u9fff]/;

/** Every evidence field name the rule files declare. */
function ruleEvidenceFields(dir = join(__dirname, '../../rules')): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return ruleEvidenceFields(p);
    if (!p.endsWith('.rules.json')) return [];
    const j = JSON.parse(readFileSync(p, 'utf8'));
    return (Array.isArray(j) ? j : j.rules).flatMap((r: { evidence?: Record<string, string> }) => Object.keys(r.evidence ?? {}));
  });
}

describeWithChromium('web console: linked pages (headless Chromium)', () => {
  let served: ConsoleServer;
  let page: Page;
  let base: string;
  let key: string;
  const t = testContext();
  const errors: string[] = [];

  beforeAll(async () => {
    const lines = readFileSync(join(__dirname, '../../samples/claims.sample.ndjson'), 'utf8').split('\n').filter((l) => l.trim());
    await review(lines.map((l) => JSON.parse(l)), t.ctx, { source: 'test' });
    // A pair whose both claims are cases: a stay of the sample copied twice for another member, each copy
    // admitted the day before the previous one's discharge: the second overlaps the first, the third the second.
    const stay = lines.map((l) => JSON.parse(l) as EvalClaim).find((c) => c.visitType === 'inpatient' && c.region.startsWith('23') && nightsOf(c) >= 3)!;
    const chain = [0, 1, 2].map((k) => {
      const c = shift(structuredClone(stay), k * (nightsOf(stay) - 1));
      c.claimId = `${stay.claimId.slice(0, stay.claimId.lastIndexOf('-'))}-90000${k}`;
      c.patient.insuredId = 'P9000061';
      return c;
    });
    for (const c of chain) await review([c], t.ctx, { source: 'test' });
    [PAIRED, OTHER] = [chain[2].claimId, chain[1].claimId];
    PAIRED_INSURED = 'P9000061';
    await t.ctx.store.saveReviews(patternClaims());
    await runPatterns(t.ctx.store, PERIOD, patternRefs({ catalogue: loadCatalogue(join(resolve(__dirname, '../..'), 'rules/catalogue')), norms: null }), { trigger: 'test' });
    key = await makeKey(t.ctx.store, 'investigator', ['23', '51'], { name: '黑川稽核' });
    served = await serveConsole(t);
    base = served.base;
  }, 180_000);

  afterAll(() => served?.close());

  async function open(hash: string) {
    await page?.close();
    page = await openConsole(served.browser, base, { key, name: '黑川稽核' }, { viewport: { width: 1500, height: 1000 }, errors: { into: errors } });
    await page.goto(`${base}/console/${hash}`);
  }
  const texts = (selector: string) => page.locator(selector).allTextContents();

  it('a case: related cases linked and openable, diagnoses and evidence fields in Chinese', async () => {
    await open(`#/case/${PAIRED}`);
    await page.getByTestId('related-cases').waitFor();
    // Each diagnosis as its code and its Chinese name, the principal one marked.
    const dx = JSON.parse(readFileSync(join(__dirname, '../../rules/grouping/chs-drg-1.1/diagnoses.json'), 'utf8')) as Record<string, { name?: string } | string>;
    const nameOf = (code: string) => { const d = dx[code]; return typeof d === 'string' ? d : d?.name; };
    const claim = (await t.ctx.store.getCase(PAIRED))!.claim as { diagnoses: { code: string; principal?: boolean }[] };
    const shown = (await page.getByTestId('diagnoses').textContent())!;
    for (const d of claim.diagnoses) expect(shown).toContain(`${d.code} ${nameOf(d.code)}${d.principal ? '（主要诊断）' : ''}`);
    const row = page.getByTestId('related-case').filter({ hasText: OTHER });
    expect(await row.locator('td').nth(1).textContent()).toContain('规则配对（history.overlapping-stay）');
    // Every evidence field name on the page is Chinese.
    const names = await texts('[data-testid=evidence] dt');
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(CJK);
    expect(names).toContain('另一单据');
    // Every evidence field of the rule files and of the stored cases has a Chinese name.
    const table = (await page.evaluate(`import('/console/labels.js').then((m) => m.EVIDENCE)`)) as Record<string, string>;
    const cases = (await t.ctx.store.listCases({}, { field: 'amount', dir: 'desc' }, null, 1000)).items;
    const stored = (await Promise.all(cases.map((c) => t.ctx.store.getCase(c.claimId))))
      .flatMap((k) => k!.verdict.hits.filter((x) => x.family !== 'anomaly').flatMap((x) => Object.keys(x.evidence ?? {})));
    const unnamed = [...new Set([...ruleEvidenceFields(), ...stored])].filter((k) => !CJK.test(k) && !CJK.test(table[k] ?? ''));
    expect(unnamed).toEqual([]);
    await screenshot(page, 'linked-case-related.png', { fullPage: true });
    await row.locator('a').first().click();
    await page.getByTestId('case-id').filter({ hasText: OTHER }).waitFor();
    // And back again: the pair is related both ways.
    await page.getByTestId('related-case').filter({ hasText: PAIRED }).waitFor();
  }, 120_000);

  it('a case: repeated hits of one rule grouped, and a view of only the hit lines', async () => {
    await open(`#/case/${REPEATED}`);
    await page.getByTestId('hits').waitFor();
    const kase = (await t.ctx.store.getCase(REPEATED))!;
    const times = kase.verdict.hits.filter((x) => x.ruleId === 'catalogue.days-of-supply').length;
    expect(times).toBeGreaterThan(1);
    const group = page.locator('[data-testid=hit-group][data-rule="catalogue.days-of-supply"]');
    expect(await group.count()).toBe(1);
    expect(await group.getAttribute('data-count')).toBe(String(times));
    expect(await group.getByTestId('hit-count').textContent()).toBe(` · 命中 ${times} 次`);
    expect(await page.getByTestId('hit-group').count()).toBe(new Set(kase.verdict.hits.map((x) => x.ruleId)).size);
    const all = await page.locator('[data-testid=items] tbody tr').count();
    const hit = await page.getByTestId('offending-line').count();
    expect(hit).toBeGreaterThan(0);
    expect(hit).toBeLessThan(all);
    await page.getByTestId('only-hit-lines').check();
    expect(await page.locator('[data-testid=items] tbody tr:visible').count()).toBe(hit);
    expect(await page.locator('[data-testid=items] tbody tr[data-testid=line]:visible').count()).toBe(0);
    await screenshot(page, 'linked-case-hit-lines.png', { fullPage: true });
    await page.getByTestId('only-hit-lines').uncheck();
    expect(await page.locator('[data-testid=items] tbody tr:visible').count()).toBe(all);
  }, 120_000);

  it('the insured person\'s page from a case: masked, claims, cases, findings, monthly rates', async () => {
    await open(`#/case/${PAIRED}`);
    const masked = (await page.getByTestId('insured-id').textContent())!;
    expect(masked).not.toBe(PAIRED_INSURED);
    await page.getByTestId('member-link').click();
    await page.getByTestId('member-title').waitFor();
    expect(await page.getByTestId('member-id').textContent()).toBe(masked);
    expect(await page.content()).not.toContain(PAIRED_INSURED);
    const ledger = (await t.ctx.store.getMemberClaims([PAIRED_INSURED])).map((m) => m.claimId);
    expect((await texts('[data-testid=member-claim] td:first-child')).sort()).toEqual([...ledger].sort());
    expect(await texts('[data-testid=member-case] td:first-child')).toEqual(expect.arrayContaining([PAIRED, OTHER]));
    expect(await texts('[data-testid=member-findings] code')).toEqual(expect.arrayContaining(['history.overlapping-stay']));
    const chart = (await page.evaluate(`(() => { const c = window.Chart.getChart(document.querySelector('[data-testid=member-trend]'));
      return { label: c.data.datasets[0].label, data: c.data.datasets[0].data }; })()`)) as { label: string; data: number[] };
    expect(chart.label).toBe('疑点率（%）');
    for (const v of chart.data) expect(v).toBeLessThanOrEqual(100);
    await screenshot(page, 'linked-member.png', { fullPage: true });
    await page.locator('[data-testid=member-case] a', { hasText: OTHER }).click();
    await page.getByTestId('case-id').filter({ hasText: OTHER }).waitFor();
  }, 120_000);

  it('institution and doctor pages: every claim from the verdict columns and the provider-level pattern findings', async () => {
    // H4's readmissions within 15 days are unplanned readmissions within 31 days as well (unplanned-readmissions.ts).
    await open('#/institution/H4');
    await page.getByTestId('provider-patterns').waitFor();
    expect((await texts('[data-testid=provider-pattern] td:first-child')).sort()).toEqual(['31日内非计划再入院率', '再入院率', '高套病组率']);
    const all = await t.ctx.store.providerClaims({ scope: { provinces: ['23', '51'] }, hospitalId: 'H4', limit: 500 });
    await page.getByTestId('provider-claims-total').filter({ hasText: `共 ${all.total} 条` }).waitFor();
    expect(await texts('[data-testid=provider-claim] td:first-child')).toEqual(all.items.map((c) => c.claimId));
    const flagged = all.items.filter((c) => c.decision !== 'pass').length;
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(all.total);
    await page.getByTestId('provider-claims-flagged').check();
    await page.getByTestId('provider-claims-total').filter({ hasText: `共 ${flagged} 条` }).waitFor();
    expect(await page.getByTestId('provider-claim').count()).toBe(flagged);
    await screenshot(page, 'linked-institution.png', { fullPage: true });

    await page.goto(`${base}/console/#/doctor/H4/D41`);
    await page.getByTestId('provider-title').filter({ hasText: '医生 D41' }).waitFor();
    await page.getByTestId('provider-patterns').waitFor();
    expect((await texts('[data-testid=provider-pattern] td:first-child')).sort()).toEqual(['31日内非计划再入院率', '再入院率', '高套病组率']);
    await page.getByTestId('provider-claims-total').filter({ hasText: '共' }).waitFor();
    const doctors = await texts('[data-testid=provider-claim] td:nth-child(4)');
    expect(doctors.length).toBeGreaterThan(0);
    expect(new Set(doctors)).toEqual(new Set(['D41']));
    await screenshot(page, 'linked-doctor.png', { fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);

  it('a refusal reached from a link shows in Chinese', async () => {
    await open(`#/member/${SHANDONG}`);
    await page.locator('.error').filter({ hasText: '无法加载参保人：该病例或所选省份不在您负责的范围内' }).waitFor();
    await page.goto(`${base}/console/#/inspection/JC20250101-000000`);
    await page.locator('.error').filter({ hasText: '检查任务 JC20250101-000000 不存在' }).waitFor();
    await screenshot(page, 'linked-refusal-zh.png', { fullPage: true });
  }, 60_000);
});
