import { api, query } from './api.js';
import { h, pct, show, yuan } from './dom.js';
import { DECISION, INSPECTION_STATUS, STATUS, label } from './labels.js';

// 机构 and 医生 pages (#/institution/<hospitalId>, #/doctor/<hospitalId>/<doctorId>), reached from the rankings and
// the inspections: the provider's figures against its peers, its flag rate month by month beside the peers'
// (rates, not counts, so a month with few claims does not look quiet), its top rules, its cases, and for an
// institution its doctors and inspections. Built from the rankings, case and inspection APIs.

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
  let data;
  try {
    const match = (r) => r.hospitalId === hospitalId;
    const [rows, cases, doctors, inspections] = await Promise.all([
      providerRows('institutions', match),
      api(`/cases${query({ hospital: hospitalId, limit: 50 })}`),
      api(`/rankings/doctors${query({ limit: 500 })}`),
      api('/inspections'),
    ]);
    data = { ...rows, cases, doctors: doctors.items.filter(match), inspections: inspections.items.filter(match) };
  } catch (e) {
    return show(h('p', { class: 'error' }, `无法加载机构：${e.message}`));
  }
  const canvas = h('canvas', { 'data-testid': 'provider-trend' });
  show(
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
    h('section', {}, h('h3', {}, '疑点病例（涉及金额最高的 50 个）'), casesTable(data.cases.items),
      h('p', {}, h('a', { href: `#/queue?hospital=${encodeURIComponent(hospitalId)}` }, '在病例队列中查看全部 →'))),
  );
  drawTrend(canvas, data.months, data.monthly);
}

export async function renderDoctor(hospitalId, doctorId) {
  let data;
  try {
    const match = (r) => r.hospitalId === hospitalId && r.doctorId === doctorId;
    const [rows, cases] = await Promise.all([providerRows('doctors', match), api(`/cases${query({ hospital: hospitalId, doctor: doctorId, limit: 50 })}`)]);
    data = { ...rows, cases };
  } catch (e) {
    return show(h('p', { class: 'error' }, `无法加载医生：${e.message}`));
  }
  const canvas = h('canvas', { 'data-testid': 'provider-trend' });
  show(
    h('h2', { 'data-testid': 'provider-title' }, `医生 ${doctorId}`, ' · ', h('a', { href: `#/institution/${encodeURIComponent(hospitalId)}` }, hospitalId)),
    h('section', {}, summary(data.row)),
    h('div', { class: 'chart' }, h('h3', {}, '疑点率按月（与同级同区比较）'), h('div', { class: 'chart-box' }, canvas)),
    h('section', {}, h('h3', {}, '疑点病例（涉及金额最高的 50 个）'), casesTable(data.cases.items),
      h('p', {}, h('a', { href: `#/queue?doctor=${encodeURIComponent(doctorId)}` }, '在病例队列中查看全部 →'))),
  );
  drawTrend(canvas, data.months, data.monthly);
}
