import { api } from './api.js';
import { drawer, h } from './dom.js';
import { APPLIES_TO, FAMILY, SEVERITY, label } from './labels.js';

// 规则库: the active rule set with each rule's metadata (监管环节, 结果类型, 时间区间, 政策依据), scope and its
// examples (what it must and must not fire on, as patches of the base claims).

const scopeText = (s) => (s ? Object.entries(s).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join('、') : v}`).join('；') : '全部');
const exampleList = (title, list) => (list?.length ? [h('dt', {}, title), h('dd', {}, h('ul', {}, list.map((x) => h('li', {}, x.note ?? '', ' ', h('code', {}, JSON.stringify(Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'note'))))))))] : []);

export async function renderRules() {
  const draw = drawer();
  let data;
  try {
    data = await api('/rules');
  } catch (e) {
    return draw(h('p', { class: 'error' }, `无法加载规则：${e.message}`));
  }
  const filter = h('input', { placeholder: '按编号或名称筛选', 'data-testid': 'rule-filter', oninput: () => {
    const q = filter.value.trim().toLowerCase();
    for (const row of body.querySelectorAll('tr')) row.hidden = q !== '' && !row.dataset.search.includes(q);
  } });
  const body = h('tbody', {}, data.rules.map((r) => h('tr', { 'data-testid': 'rule-row', dataset: { search: `${r.id} ${r.title}`.toLowerCase() } },
    h('td', {}, h('code', {}, r.id)), h('td', {}, r.title), h('td', {}, label(FAMILY, r.family)), h('td', { class: `sev ${r.severity}` }, label(SEVERITY, r.severity)),
    h('td', {}, label(APPLIES_TO, r.appliesTo)), h('td', {}, (r.meta?.stages ?? []).join('、')), h('td', {}, r.meta?.resultType ?? ''), h('td', {}, r.meta?.period ?? ''),
    h('td', {}, h('ul', {}, (r.meta?.basis ?? []).map((b) => h('li', {}, b)))), h('td', {}, scopeText(r.scope)),
    h('td', {}, r.examples ? h('details', {}, h('summary', {}, `触发 ${r.examples.fires?.length ?? 0} · 不触发 ${r.examples.quiet?.length ?? 0}`),
      h('dl', { class: 'evidence' }, exampleList('应触发', r.examples.fires), exampleList('不应触发', r.examples.quiet))) : ''),
    h('td', {}, r.file))));
  draw(
    h('h2', {}, `规则库（${data.count} 条，版本 ${data.rulesetVersion}）`),
    h('div', { class: 'filters' }, h('label', {}, '筛选', filter)),
    h('table', { class: 'grid', 'data-testid': 'rule-table' },
      h('thead', {}, h('tr', {}, ['编号', '名称', '规则族', '严重程度', '适用', '监管环节', '结果类型', '时间区间', '政策依据', '适用范围', '示例', '文件'].map((x) => h('th', {}, x)))),
      body),
  );
}
