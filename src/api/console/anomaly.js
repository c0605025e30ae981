import { h } from './dom.js';

// The anomaly explanation: each feature as the ratio of this claim's value to the peer median, on a logarithmic
// axis centred on 1× (same as peers), so 0.32× and 228× both show; bars start at 1×, left = below peers. Yes/no
// features are words (是/否), not bars. A zero on either side has no finite ratio: it is drawn at the axis end
// and said in words. Feature labels are the server's (src/model/features.ts), sent with the explanation.

const LIMIT = 1000;

/** One feature as the chart and list show it. */
export function ratioOf(t) {
  const flag = t.value === 'yes' || t.value === 'no';
  if (flag) return { flag: true, text: `${t.value === 'yes' ? '是' : '否'}（同组多数：${t.peerMedian === 'yes' ? '是' : '否'}）` };
  const v = parseFloat(t.value);
  const m = parseFloat(t.peerMedian);
  if (!Number.isFinite(v) || !Number.isFinite(m)) return { flag: false, ratio: null, text: '无法比较' };
  if (v === m) return { flag: false, ratio: 1, text: '与同组中位数相同' };
  if (m === 0) return { flag: false, ratio: LIMIT, text: '同组中位数为 0，本病例高于同组' };
  if (v === 0) return { flag: false, ratio: 1 / LIMIT, text: '本病例为 0，低于同组' };
  const ratio = Math.min(LIMIT, Math.max(1 / LIMIT, v / m));
  return { flag: false, ratio, text: `为同组中位数的 ${formatRatio(v / m)}` };
}

export function formatRatio(r) {
  return r >= 10 ? `${r.toFixed(0)}×` : r >= 1 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`;
}

export function anomalySection(ex) {
  const canvas = h('canvas', { 'data-testid': 'anomaly-chart', height: 240 });
  const top = (ex.top ?? []).map((t) => ({ ...t, name: t.label, ...ratioOf(t) }));
  const plotted = top.filter((t) => !t.flag && t.ratio !== null);
  const section = h('section', {}, h('h3', {}, '统计异常解释'),
    h('p', {}, `同组（${ex.peerGroup}，${ex.peerCount ?? '—'} 例）异常分 ${Number(ex.score).toFixed(3)}，阈值 ${Number(ex.threshold).toFixed(3)}。模型版本 ${ex.modelVersion}。`),
    h('ul', { 'data-testid': 'anomaly-features' }, top.map((t) => h('li', {},
      t.flag ? `${t.name}：${t.text}` : `${t.name}：本病例 ${t.value}，同组中位数 ${t.peerMedian}，${t.text}（偏离 ${t.z} 个稳健标准差）`))),
    plotted.length ? h('div', { class: 'chart ratio' }, canvas) : null);
  queueMicrotask(() => {
    if (!window.Chart || !plotted.length) return;
    const max = Math.max(10, ...plotted.map((t) => Math.max(t.ratio, 1 / t.ratio))) * 1.5;
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: plotted.map((t) => t.name),
        // Floating bars from 1× to the ratio: above peers to the right, below to the left.
        datasets: [{ label: '本病例 ÷ 同组中位数', data: plotted.map((t) => [1, t.ratio]), backgroundColor: plotted.map((t) => (t.ratio >= 1 ? '#c0392b' : '#2e86c1')) }],
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, indexAxis: 'y',
        scales: { x: { type: 'logarithmic', min: 1 / max, max, title: { display: true, text: '与同组中位数之比（对数刻度，1× = 与同组相同）' },
          ticks: { callback: (v) => ([0.001, 0.01, 0.1, 1, 10, 100, 1000].includes(Number(v)) ? formatRatio(Number(v)) : '') } } },
        plugins: { tooltip: { callbacks: { label: (ctx) => plotted[ctx.dataIndex].text } } },
      },
    });
  });
  return section;
}
