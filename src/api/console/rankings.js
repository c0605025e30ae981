import { api, query } from './api.js';
import { h, pct, show, yuan } from './dom.js';
import { FAMILY, RANK_SORT, label } from './labels.js';

// 机构排名 / 医生排名 for inspection planning, with a chart of the top ten and the monthly trend of flags by family.

let charts = [];
const COLORS = { grouping: '#8e44ad', catalogue: '#2980b9', benefits: '#16a085', history: '#d35400', anomaly: '#c0392b' };

export async function renderRankings(state = { by: 'institutions', sort: 'amount' }) {
  charts.forEach((c) => c.destroy());
  charts = [];
  let data;
  let trend;
  try {
    [data, trend] = await Promise.all([api(`/rankings/${state.by}${query({ sort: state.sort, limit: 50 })}`), api('/trends/flags')]);
  } catch (e) {
    show(h('p', { class: 'error' }, `无法加载排名：${e.message}`));
    return;
  }
  const isDoctor = state.by === 'doctors';
  const bar = h('canvas', { 'data-testid': 'ranking-chart' });
  const line = h('canvas', { 'data-testid': 'trend-chart' });
  show(
    h('h2', {}, isDoctor ? '医生排名' : '机构排名'),
    h('div', { class: 'filters' },
      h('label', {}, '对象', h('select', { 'data-testid': 'rank-by', onchange: (e) => renderRankings({ ...state, by: e.target.value }) },
        h('option', { value: 'institutions', selected: !isDoctor }, '医疗机构'), h('option', { value: 'doctors', selected: isDoctor }, '医生'))),
      h('label', {}, '排序', h('select', { 'data-testid': 'rank-sort', onchange: (e) => renderRankings({ ...state, sort: e.target.value }) },
        Object.entries(RANK_SORT).map(([v, t]) => h('option', { value: v, selected: state.sort === v }, t))))),
    h('div', { class: 'charts' },
      h('div', { class: 'chart' }, h('h3', {}, `前十名 · ${RANK_SORT[state.sort]}`), bar),
      h('div', { class: 'chart' }, h('h3', {}, '疑点趋势（按月、按规则族）'), line)),
    h('table', { class: 'grid', 'data-testid': 'ranking-table' },
      h('thead', {}, h('tr', {}, [isDoctor ? '医生' : '医疗机构', isDoctor ? '所在机构' : '级别', '统筹区', '就诊数', '疑点数', '疑点金额', '疑点率', '同级同区疑点率', '倍数', '确认违规率', '平均风险分', '拦截后继续执行', '主要规则'].map((t) => h('th', {}, t)))),
      h('tbody', {}, data.items.map((r) => h('tr', { 'data-testid': 'ranking-row' },
        h('td', {}, h('a', { href: `#/queue?${isDoctor ? `doctor=${encodeURIComponent(r.doctorId)}` : `hospital=${encodeURIComponent(r.hospitalId)}`}` }, isDoctor ? r.doctorId : r.hospitalId)),
        h('td', {}, isDoctor ? r.hospitalId : `${r.hospitalLevel}级`),
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
        h('td', {}, r.topRules.map((t) => `${t.ruleId}（${t.flagged}）`).join('、'))))),
    ),
  );
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
