import { api, query } from './api.js';
import { drawer, h, pct, yuan } from './dom.js';
import { FAMILY, RANK_SORT, label } from './labels.js';

// 机构排名 / 医生排名 for inspection planning, with a chart of the top ten and the monthly trend of flags by family.
// Filters live in the URL (#/rankings?by=&sort=&month=&region=&minClaims=): the month narrows the service dates,
// region and minimum volume (就诊数下限, so a provider with a handful of claims does not lead) narrow the rows.
// A supervisor or admin starts an inspection (发起检查) of an institution from its row, for the month chosen.

const CREATORS = ['supervisor', 'admin'];
/** YYYY-MM → its first and last day. */
const monthRange = (m) => {
  const [y, mo] = m.split('-').map(Number);
  return { from: `${m}-01`, to: `${m}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}` };
};
export const rankingState = (params = {}) => ({
  by: params.by === 'doctors' ? 'doctors' : 'institutions',
  sort: params.sort ?? 'amount',
  month: /^\d{4}-\d{2}$/.test(params.month ?? '') ? params.month : '',
  region: /^\d{2,6}$/.test(params.region ?? '') ? params.region : '',
  minClaims: /^\d{1,6}$/.test(params.minClaims ?? '') ? params.minClaims : '',
});
const go = (state) => {
  location.hash = `#/rankings${query(state)}`;
};

let charts = [];
const COLORS = { grouping: '#8e44ad', catalogue: '#2980b9', benefits: '#16a085', history: '#d35400', anomaly: '#c0392b' };

export async function renderRankings(state = rankingState(), me = null) {
  const draw = drawer();
  let data;
  let trend;
  const period = state.month ? monthRange(state.month) : {};
  const narrowed = Boolean(state.region || state.minClaims);
  try {
    [data, trend] = await Promise.all([
      api(`/rankings/${state.by}${query({ sort: state.sort, limit: narrowed ? 500 : 50, ...period })}`),
      api(`/trends/flags${query(period)}`),
    ]);
  } catch (e) {
    draw(h('p', { class: 'error' }, `无法加载排名：${e.message}`));
    return;
  }
  data.items = data.items
    .filter((r) => !state.region || r.region.startsWith(state.region))
    .filter((r) => !state.minClaims || r.claims >= Number(state.minClaims))
    .slice(0, 50);
  const isDoctor = state.by === 'doctors';
  const canInspect = !isDoctor && CREATORS.includes(me?.role);
  const inspectLink = (r) => {
    const p = state.month ? period : { from: trend.months[0] ? `${trend.months[0]}-01` : '', to: trend.months.length ? monthRange(trend.months[trend.months.length - 1]).to : '' };
    return `#/inspections/new${query({ hospital: r.hospitalId, from: p.from, to: p.to })}`;
  };
  const bar = h('canvas', { 'data-testid': 'ranking-chart' });
  const line = h('canvas', { 'data-testid': 'trend-chart' });
  if (!draw(
    h('h2', {}, isDoctor ? '医生排名' : '机构排名'),
    h('div', { class: 'filters' },
      h('label', {}, '对象', h('select', { 'data-testid': 'rank-by', onchange: (e) => go({ ...state, by: e.target.value }) },
        h('option', { value: 'institutions', selected: !isDoctor }, '医疗机构'), h('option', { value: 'doctors', selected: isDoctor }, '医生'))),
      h('label', {}, '排序', h('select', { 'data-testid': 'rank-sort', onchange: (e) => go({ ...state, sort: e.target.value }) },
        Object.entries(RANK_SORT).map(([v, t]) => h('option', { value: v, selected: state.sort === v }, t)))),
      h('label', {}, '月份', h('input', { type: 'month', 'data-testid': 'rank-month', value: state.month, onchange: (e) => go({ ...state, month: e.target.value }) })),
      h('label', {}, '统筹区（代码前缀）', h('input', { 'data-testid': 'rank-region', value: state.region, size: 8, placeholder: '如 51 或 510100', onchange: (e) => go({ ...state, region: e.target.value.trim() }) })),
      h('label', {}, '就诊数下限', h('input', { type: 'number', min: 0, 'data-testid': 'rank-min-claims', value: state.minClaims, onchange: (e) => go({ ...state, minClaims: e.target.value }) }))),
    h('div', { class: 'charts' },
      h('div', { class: 'chart' }, h('h3', {}, `前十名 · ${RANK_SORT[state.sort]}`), bar),
      h('div', { class: 'chart' }, h('h3', {}, '疑点趋势（按月、按规则族）'), line)),
    h('table', { class: 'grid', 'data-testid': 'ranking-table' },
      h('thead', {}, h('tr', {}, [isDoctor ? '医生' : '医疗机构', isDoctor ? '所在机构' : '级别', '统筹区', '就诊数', '疑点数', '疑点金额', '疑点率', '同级同区疑点率', '倍数', '确认违规率', '平均风险分', '拦截后继续执行', '主要规则', canInspect ? '检查' : null].filter(Boolean).map((t) => h('th', {}, t)))),
      h('tbody', {}, data.items.map((r) => h('tr', { 'data-testid': 'ranking-row' },
        h('td', {}, h('a', { 'data-testid': 'provider-link', href: isDoctor ? `#/doctor/${encodeURIComponent(r.hospitalId)}/${encodeURIComponent(r.doctorId)}` : `#/institution/${encodeURIComponent(r.hospitalId)}` }, isDoctor ? r.doctorId : r.hospitalId)),
        h('td', {}, isDoctor ? h('a', { href: `#/institution/${encodeURIComponent(r.hospitalId)}` }, r.hospitalId) : `${r.hospitalLevel}级`),
        h('td', {}, r.region),
        h('td', { class: 'num' }, r.claims),
        h('td', { class: 'num' }, r.flagged),
        h('td', { class: 'num' }, yuan(r.flaggedAmount)),
        h('td', { class: 'num' }, pct(r.flagRate)),
        h('td', { class: 'num' }, pct(r.peerFlagRate)),
        h('td', { class: 'num', title: r.rawPeerRatio == null ? '' : `小样本收缩后的倍数；未收缩 ${r.rawPeerRatio.toFixed(2)}×` }, r.peerRatio === null ? '—' : `${r.peerRatio.toFixed(2)}×`),
        h('td', { class: 'num' }, pct(r.confirmedRate)),
        h('td', { class: 'num' }, r.meanRisk.toFixed(3)),
        h('td', { class: 'num', title: '3101 明确违规提示后仍选择继续执行 (3103 dspo_way 1)' }, r.continuedAfterBlock ?? 0),
        h('td', {}, r.topRules.map((t) => `${t.ruleId}（${t.flagged}）`).join('、')),
        canInspect ? h('td', {}, h('a', { class: 'button', href: inspectLink(r), 'data-testid': 'start-inspection' }, '发起检查')) : null))),
    ),
  )) return;
  // Only once drawn: a page dropped for a newer one must not destroy the charts on screen.
  charts.forEach((c) => c.destroy());
  charts = [];
  if (!window.Chart) return;
  const top = data.items.slice(0, 10);
  const metric = (r) => ({ amount: r.flaggedAmount, flagRate: r.shrunkFlagRate ?? r.flagRate, peerRatio: r.peerRatio ?? 0, confirmedRate: r.confirmedRate ?? 0, risk: r.meanRisk })[state.sort];
  charts.push(new window.Chart(bar, {
    type: 'bar',
    data: { labels: top.map((r) => (isDoctor ? r.doctorId : r.hospitalId)), datasets: [{ label: RANK_SORT[state.sort], data: top.map(metric), backgroundColor: '#2c7be5' }] },
    options: { animation: false, indexAxis: 'y', plugins: { legend: { display: false } } },
  }));
  charts.push(new window.Chart(line, {
    type: 'bar',
    data: {
      labels: trend.months,
      datasets: Object.entries(trend.byFamily).map(([f, values]) => ({ label: label(FAMILY, f), data: values, backgroundColor: COLORS[f] })),
    },
    options: { animation: false, scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: '疑点病例数' } } } },
  }));
}
