import { api, query } from './api.js';
import { drawer, h, pct, yuan } from './dom.js';
import { DECISION, INSPECTION_STATUS, STATUS, VISIT, label } from './labels.js';

// 机构 and 医生 pages (#/institution/<hospitalId>, #/doctor/<hospitalId>/<doctorId>), reached from the rankings and
// the inspections: the provider's figures against its peers, its flag rate month by month beside the peers'
// (rates, not counts, so a month with few claims does not look quiet), its top rules, its cases, and for an
// institution its doctors and inspections; every claim it billed, a page at a time (GET /providers/claims); and the
// provider-level pattern findings of the latest run (GET /patterns). Built from the rankings, case, pattern and
// inspection APIs. The contract (CONTRACTS.md) carries no hospital or doctor names: providers show by code.

let chart = null;

const monthRange = (m) => {
  const [y, mo] = m.split('-').map(Number);
  return { from: `${m}-01`, to: `${m}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}` };
};

/** The provider's ranking row over all time and in each month with flags (null where it had no claims). */
async function providerRows(by, match) {
  const all = await api(`/rankings/${by}${query({ limit: 500 })}`);
  const trend = await api('/trends/flags');
  const monthly = await Promise.all(trend.months.map(async (m) => (await api(`/rankings/${by}${query({ limit: 500, ...monthRange(m) })}`)).items.find(match) ?? null));
  return { row: all.items.find(match) ?? null, months: trend.months, monthly };
}

const facts = (pairs) => h('div', { class: 'facts' }, pairs.map(([k, v]) => h('div', { class: 'fact' }, h('span', { class: 'k' }, k), h('span', {}, v))));

const summary = (r) => (r
  ? facts([['就诊数', r.claims], ['疑点数', r.flagged], ['疑点金额', yuan(r.flaggedAmount)], ['疑点率', pct(r.flagRate)], ['同级同区疑点率', pct(r.peerFlagRate)],
    ['高于同级倍数', r.peerRatio === null ? '—' : `${r.peerRatio.toFixed(2)}×`], ['确认违规率', pct(r.confirmedRate)], ['平均风险分', r.meanRisk.toFixed(3)],
    ['拦截后继续执行', r.continuedAfterBlock ?? 0], ['主要规则', r.topRules.map((t) => `${t.ruleId}（${t.flagged}，${yuan(t.amountFen / 100)}）`).join('、') || '—']])
  : h('p', { class: 'muted' }, '在您的省份范围内没有该对象的就诊记录'));

const casesTable = (items) => h('table', { class: 'grid', 'data-testid': 'provider-cases' },
  h('thead', {}, h('tr', {}, ['结算单号', '就诊日期', '审核结论', '状态', '医生', '科室', '涉及金额', '规则'].map((x) => h('th', {}, x)))),
  h('tbody', {}, items.map((c) => h('tr', { class: 'link', 'data-testid': 'provider-case', onclick: () => { location.hash = `#/case/${encodeURIComponent(c.claimId)}`; } },
    h('td', {}, h('a', { href: `#/case/${encodeURIComponent(c.claimId)}` }, c.claimId)), h('td', {}, c.serviceDate), h('td', {}, label(DECISION, c.decision)),
    h('td', {}, h('span', { class: `badge ${c.status}` }, label(STATUS, c.status))), h('td', {}, c.doctorId ?? '—'), h('td', {}, c.department ?? '—'),
    h('td', { class: 'num' }, yuan(c.amountAtStake)), h('td', {}, c.ruleIds.join('、'))))));

const rateText = (metric, x) => (metric === 'los-ratio' ? x.toFixed(2) : pct(x));

/** The provider's pattern findings: rate, rate after small-volume shrinkage, the peers' rate and the ratio. */
function patternsSection(items) {
  return h('section', {}, h('h3', {}, `模式发现（${items.length}）`),
    items.length ? h('table', { class: 'grid', 'data-testid': 'provider-patterns' },
      h('thead', {}, h('tr', {}, ['指标', '说明', '病例数/就诊数', '本方比率', '收缩后比率', '同级同区比率', '倍数', '统计期间', '相关单据'].map((x) => h('th', {}, x)))),
      h('tbody', {}, items.map((f) => h('tr', { 'data-testid': 'provider-pattern' },
        h('td', {}, f.metricLabel ?? f.metric), h('td', {}, f.title), h('td', { class: 'num' }, `${f.count}/${f.volume}`),
        h('td', { class: 'num' }, rateText(f.metric, f.rate)), h('td', { class: 'num' }, rateText(f.metric, f.shrunkRate)), h('td', { class: 'num' }, rateText(f.metric, f.peerRate)),
        h('td', { class: 'num' }, f.ratio === null ? '—' : `${f.ratio.toFixed(2)}×`), h('td', {}, `${f.period.from} 至 ${f.period.to}`),
        h('td', {}, f.evidenceClaimIds.slice(0, 5).join('、'), f.evidenceClaimIds.length > 5 ? ` 等 ${f.evidenceClaimIds.length} 条` : '')))))
      : h('p', { class: 'muted' }, '最近一次模式分析没有发现'));
}

/** Every claim of the provider, newest first, 50 at a time ("加载更多" fetches the next page). */
function claimsSection(params) {
  const body = h('tbody', {});
  const count = h('span', { 'data-testid': 'provider-claims-total' });
  const more = h('button', { type: 'button', 'data-testid': 'provider-claims-more', hidden: true }, '加载更多');
  const flaggedOnly = h('input', { type: 'checkbox', 'data-testid': 'provider-claims-flagged' });
  let next = null;
  const load = async (reset) => {
    if (reset) { body.replaceChildren(); next = null; }
    const page = await api(`/providers/claims${query({ ...params, flagged: flaggedOnly.checked ? 'true' : undefined, cursor: next ?? undefined, limit: 50 })}`);
    count.textContent = `共 ${page.total} 条，已显示 ${body.children.length + page.items.length} 条`;
    body.append(...page.items.map((c) => h('tr', { 'data-testid': 'provider-claim' },
      h('td', {}, c.caseStatus ? h('a', { href: `#/case/${encodeURIComponent(c.claimId)}` }, c.claimId) : c.claimId), h('td', {}, c.serviceDate),
      h('td', {}, label(VISIT, c.visitType)), h('td', {}, c.doctorId ?? '—'), h('td', {}, label(DECISION, c.decision)), h('td', { class: 'num' }, c.riskScore.toFixed(3)),
      h('td', { class: 'num' }, yuan(c.total)), h('td', { class: 'num' }, yuan(c.fundClaimed)), h('td', { class: 'num' }, c.amountAtStake ? yuan(c.amountAtStake) : '—'),
      h('td', {}, c.caseStatus ? label(STATUS, c.caseStatus) : '—'), h('td', {}, c.ruleIds.join('、')))));
    next = page.next;
    more.hidden = !next;
  };
  more.addEventListener('click', () => load(false));
  flaggedOnly.addEventListener('change', () => load(true));
  const section = h('section', {}, h('h3', {}, '全部就诊 ', count),
    h('label', {}, flaggedOnly, ' 只看疑点'),
    h('table', { class: 'grid', 'data-testid': 'provider-claims' },
      h('thead', {}, h('tr', {}, ['单据号', '就诊日期', '类型', '医生', '审核结论', '风险分', '总费用', '统筹申报', '涉及金额', '病例状态', '规则'].map((x) => h('th', {}, x)))), body),
    more);
  return { section, load };
}

function drawTrend(canvas, months, monthly) {
  chart?.destroy();
  chart = null;
  if (!window.Chart) return;
  const rate = (f) => monthly.map((r) => (r ? f(r) : null));
  chart = new window.Chart(canvas, {
    type: 'line',
    data: { labels: months, datasets: [
      { label: '疑点率', data: rate((r) => r.flagRate * 100), borderColor: '#c0392b', spanGaps: true },
      { label: '同级同区疑点率', data: rate((r) => (r.peerFlagRate === null ? null : r.peerFlagRate * 100)), borderColor: '#2980b9', borderDash: [4, 4], spanGaps: true },
    ] },
    options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, title: { display: true, text: '%' } } } },
  });
}

export async function renderInstitution(hospitalId) {
  const draw = drawer();
  let data;
  try {
    const match = (r) => r.hospitalId === hospitalId;
    const [rows, cases, doctors, inspections, patterns] = await Promise.all([
      providerRows('institutions', match),
      api(`/cases${query({ hospital: hospitalId, limit: 50 })}`),
      api(`/rankings/doctors${query({ limit: 500 })}`),
      api('/inspections'),
      api(`/patterns${query({ hospitalId, kind: 'institution' })}`),
    ]);
    // The queue's hospital filter is a code prefix: keep this institution's cases only.
    data = { ...rows, cases: cases.items.filter(match), doctors: doctors.items.filter(match), inspections: inspections.items.filter(match), patterns: patterns.items };
  } catch (e) {
    return draw(h('p', { class: 'error' }, `无法加载机构：${e.message}`));
  }
  const canvas = h('canvas', { 'data-testid': 'provider-trend' });
  const claims = claimsSection({ hospitalId });
  if (!draw(
    h('h2', { 'data-testid': 'provider-title' }, `医疗机构 ${hospitalId}`, data.row ? `（${data.row.hospitalLevel}级 · 统筹区 ${data.row.region}）` : ''),
    h('section', {}, summary(data.row)),
    h('div', { class: 'chart' }, h('h3', {}, '疑点率按月（与同级同区比较）'), h('div', { class: 'chart-box' }, canvas)),
    h('section', {}, h('h3', {}, '医生'),
      h('table', { class: 'grid', 'data-testid': 'provider-doctors' },
        h('thead', {}, h('tr', {}, ['医生', '就诊数', '疑点数', '疑点金额', '疑点率', '同级同区疑点率'].map((x) => h('th', {}, x)))),
        h('tbody', {}, data.doctors.map((d) => h('tr', {},
          h('td', {}, h('a', { href: `#/doctor/${encodeURIComponent(hospitalId)}/${encodeURIComponent(d.doctorId)}` }, d.doctorId)),
          h('td', { class: 'num' }, d.claims), h('td', { class: 'num' }, d.flagged), h('td', { class: 'num' }, yuan(d.flaggedAmount)),
          h('td', { class: 'num' }, pct(d.flagRate)), h('td', { class: 'num' }, pct(d.peerFlagRate))))))),
    h('section', {}, h('h3', {}, '检查任务'), data.inspections.length
      ? h('ul', {}, data.inspections.map((i) => h('li', {}, h('a', { href: `#/inspection/${encodeURIComponent(i.id)}` }, i.title), ` · ${label(INSPECTION_STATUS, i.status)} · 疑点 ${i.pointCount}`)))
      : h('p', { class: 'muted' }, '尚无检查任务')),
    patternsSection(data.patterns),
    h('section', {}, h('h3', {}, '疑点病例（涉及金额最高的 50 个）'), casesTable(data.cases),
      h('p', {}, h('a', { href: `#/queue?hospital=${encodeURIComponent(hospitalId)}` }, '在病例队列中查看全部 →'))),
    claims.section,
  )) return;
  drawTrend(canvas, data.months, data.monthly);
  await claims.load(true);
}

export async function renderDoctor(hospitalId, doctorId) {
  const draw = drawer();
  let data;
  try {
    const match = (r) => r.hospitalId === hospitalId && r.doctorId === doctorId;
    const [rows, cases, patterns] = await Promise.all([
      providerRows('doctors', match),
      api(`/cases${query({ hospital: hospitalId, doctor: doctorId, limit: 50 })}`),
      api(`/patterns${query({ hospitalId, doctorId, kind: 'doctor' })}`),
    ]);
    data = { ...rows, cases: cases.items.filter(match), patterns: patterns.items };
  } catch (e) {
    return draw(h('p', { class: 'error' }, `无法加载医生：${e.message}`));
  }
  const canvas = h('canvas', { 'data-testid': 'provider-trend' });
  const claims = claimsSection({ hospitalId, doctorId });
  if (!draw(
    h('h2', { 'data-testid': 'provider-title' }, `医生 ${doctorId}`, ' · ', h('a', { href: `#/institution/${encodeURIComponent(hospitalId)}` }, hospitalId)),
    h('section', {}, summary(data.row)),
    h('div', { class: 'chart' }, h('h3', {}, '疑点率按月（与同级同区比较）'), h('div', { class: 'chart-box' }, canvas)),
    patternsSection(data.patterns),
    h('section', {}, h('h3', {}, '疑点病例（涉及金额最高的 50 个）'), casesTable(data.cases),
      h('p', {}, h('a', { href: `#/queue?hospital=${encodeURIComponent(hospitalId)}&doctor=${encodeURIComponent(doctorId)}` }, '在病例队列中查看全部 →'))),
    claims.section,
  )) return;
  drawTrend(canvas, data.months, data.monthly);
  await claims.load(true);
}
