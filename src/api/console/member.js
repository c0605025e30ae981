import { api } from './api.js';
import { drawer, h, pct, yuan } from './dom.js';
import { DECISION, STATUS, VISIT, label } from './labels.js';

// 参保人页面 (#/member/<claimId>): reached from one of the person's cases, so the address never holds their ID.
// Their claims the reader's provinces hold (ID masked; the others only counted), which are cases (each openable),
// the rules that hit them, and month by month the share of claims flagged: a rate, not a count.

let chart = null;

export async function renderMember(claimId) {
  const draw = drawer();
  let m;
  try {
    m = await api(`/cases/${encodeURIComponent(claimId)}/member`);
  } catch (e) {
    return draw(h('p', { class: 'error' }, `无法加载参保人：${e.message}`), h('a', { href: `#/case/${encodeURIComponent(claimId)}` }, '返回病例'));
  }
  const canvas = h('canvas', { 'data-testid': 'member-trend' });
  const caseLink = (id) => h('a', { href: `#/case/${encodeURIComponent(id)}` }, id);
  if (!draw(
    h('p', {}, h('a', { href: `#/case/${encodeURIComponent(claimId)}` }, `← 返回病例 ${claimId}`)),
    h('h2', { 'data-testid': 'member-title' }, '参保人 ', h('span', { 'data-testid': 'member-id' }, m.insuredId)),
    h('div', { class: 'facts' },
      h('div', { class: 'fact' }, h('span', { class: 'k' }, '就诊数'), h('span', {}, m.claims.length)),
      h('div', { class: 'fact' }, h('span', { class: 'k' }, '疑点病例'), h('span', {}, m.cases.length)),
      h('div', { class: 'fact' }, h('span', { class: 'k' }, '疑点率'), h('span', {}, m.claims.length ? pct(m.cases.length / m.claims.length) : '—'))),
    m.otherProvinces ? h('p', { class: 'muted', 'data-testid': 'member-elsewhere' }, `另有 ${m.otherProvinces} 条其他省份的就诊记录（无权查看）`) : null,
    h('div', { class: 'chart' }, h('h3', {}, '疑点率按月'), h('div', { class: 'chart-box' }, canvas)),
    h('section', {}, h('h3', {}, `疑点病例（${m.cases.length}）`),
      h('table', { class: 'grid', 'data-testid': 'member-cases' },
        h('thead', {}, h('tr', {}, ['病例号', '状态', '审核结论', '就诊日期', '医疗机构', '医生', '涉及金额', '规则'].map((x) => h('th', {}, x)))),
        h('tbody', {}, m.cases.map((c) => h('tr', { 'data-testid': 'member-case' }, h('td', {}, caseLink(c.claimId)),
          h('td', {}, h('span', { class: `badge ${c.status}` }, label(STATUS, c.status))), h('td', {}, label(DECISION, c.decision)), h('td', {}, c.serviceDate),
          h('td', {}, h('a', { href: `#/institution/${encodeURIComponent(c.hospitalId)}` }, c.hospitalId)), h('td', {}, c.doctorId ?? '—'),
          h('td', { class: 'num' }, yuan(c.amountAtStake)), h('td', {}, c.ruleIds.join('、'))))))),
    h('section', {}, h('h3', {}, '规则命中'),
      m.findings.length ? h('table', { class: 'grid', 'data-testid': 'member-findings' },
        h('thead', {}, h('tr', {}, ['规则', '命中病例数', '涉及金额'].map((x) => h('th', {}, x)))),
        h('tbody', {}, m.findings.map((f) => h('tr', {}, h('td', {}, h('code', {}, f.ruleId)), h('td', { class: 'num' }, f.claims), h('td', { class: 'num' }, yuan(f.amountAtStake))))))
        : h('p', { class: 'muted' }, '没有规则命中')),
    h('section', {}, h('h3', {}, `全部就诊（${m.claims.length}）`),
      h('table', { class: 'grid', 'data-testid': 'member-claims' },
        h('thead', {}, h('tr', {}, ['单据号', '就诊日期', '类型', '医疗机构', '主诊断类目', '总费用', '审核结论', '风险分', '病例状态'].map((x) => h('th', {}, x)))),
        h('tbody', {}, m.claims.map((c) => h('tr', { 'data-testid': 'member-claim' },
          h('td', {}, c.caseStatus ? caseLink(c.claimId) : c.claimId), h('td', {}, `${c.serviceDate}${c.endDate !== c.serviceDate ? ` 至 ${c.endDate}` : ''}`),
          h('td', {}, label(VISIT, c.visitType)), h('td', {}, c.hospitalId), h('td', {}, c.principalCategory), h('td', { class: 'num' }, yuan(c.total)),
          h('td', {}, label(DECISION, c.decision)), h('td', { class: 'num' }, c.riskScore?.toFixed(3) ?? '—'), h('td', {}, c.caseStatus ? label(STATUS, c.caseStatus) : '—')))))),
  )) return;
  // Only once drawn: a page dropped for a newer one must not destroy the chart on screen.
  chart?.destroy();
  chart = null;
  if (!window.Chart) return;
  chart = new window.Chart(canvas, {
    type: 'bar',
    data: { labels: m.months.map((x) => x.month), datasets: [{ label: '疑点率（%）', data: m.months.map((x) => x.flagRate * 100), backgroundColor: '#c0392b' }] },
    options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, max: 100, title: { display: true, text: '%' } } },
      plugins: { tooltip: { callbacks: { label: (ctx) => `${m.months[ctx.dataIndex].flagged}/${m.months[ctx.dataIndex].claims} 条就诊被标记（${pct(m.months[ctx.dataIndex].flagRate)}）` } } } },
  });
}
