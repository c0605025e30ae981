import { api, query } from './api.js';
import { h, show, yuan } from './dom.js';
import { DECISION, FAMILY, SORT, STATUS, label } from './labels.js';

// 病例队列: the filters of GET /api/v1/cases, a table of cases (identifiers masked), and 加载更多 for the next page.

const FIELDS = [
  ['region', '统筹区', 'text', '如 510100'],
  ['hospital', '医疗机构', 'text', '机构编码'],
  ['doctor', '医生', 'text', '医生编码'],
  ['department', '科室', 'text', ''],
  ['rule', '规则编号', 'text', '如 catalogue.gender'],
  ['assignee', '处理人', 'text', ''],
  ['scoreMin', '风险分≥', 'number', '0-1'],
  ['scoreMax', '风险分≤', 'number', '0-1'],
  ['from', '就诊日期自', 'date', ''],
  ['to', '至', 'date', ''],
  ['amountMin', '涉及金额≥(元)', 'number', ''],
  ['amountMax', '涉及金额≤(元)', 'number', ''],
];
const SELECTS = [
  ['family', '规则族', FAMILY],
  ['decision', '审核结论', { review: DECISION.review, reject: DECISION.reject }],
  ['status', '状态', STATUS],
];

let lastFilters = {};

export async function renderQueue(preset) {
  if (preset) lastFilters = preset;
  const form = h('form', { class: 'filters', 'data-testid': 'filters', onsubmit: (e) => { e.preventDefault(); load(true); } },
    FIELDS.map(([name, text, type, ph]) => h('label', {}, text, h('input', { name, type, placeholder: ph, step: type === 'number' ? 'any' : undefined, value: lastFilters[name] ?? '' }))),
    SELECTS.map(([name, text, map]) =>
      h('label', {}, text, h('select', { name, 'data-testid': `filter-${name}` }, h('option', { value: '' }, '全部'),
        Object.entries(map).map(([v, t]) => h('option', { value: v, selected: lastFilters[name] === v }, t))))),
    h('label', {}, '排序', h('select', { name: 'sort' }, Object.entries(SORT).map(([v, t]) => h('option', { value: v, selected: (lastFilters.sort ?? 'amount') === v }, t)))),
    h('label', {}, '顺序', h('select', { name: 'order' }, h('option', { value: 'desc' }, '从高到低'), h('option', { value: 'asc', selected: lastFilters.order === 'asc' }, '从低到高'))),
    h('button', { type: 'submit', 'data-testid': 'apply-filters' }, '应用筛选'),
    h('button', { type: 'button', onclick: () => { lastFilters = {}; renderQueue(); } }, '清除'),
  );
  const error = h('p', { class: 'error', 'data-testid': 'queue-error' });
  const body = h('tbody', { 'data-testid': 'queue-rows' });
  const more = h('button', { type: 'button', hidden: true, 'data-testid': 'more' }, '加载更多');
  const count = h('span', { class: 'muted', 'data-testid': 'queue-count' });
  let next = null;
  let shown = 0;

  async function load(fresh) {
    error.textContent = '';
    if (fresh) {
      lastFilters = Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => v !== ''));
      body.replaceChildren();
      shown = 0;
      next = null;
    }
    try {
      const page = await api(`/cases${query({ ...lastFilters, limit: 50, cursor: fresh ? undefined : next })}`);
      for (const c of page.items) body.append(row(c));
      shown += page.items.length;
      next = page.next;
      more.hidden = !next;
      count.textContent = `已显示 ${shown} 件${next ? '（还有更多）' : ''}`;
    } catch (e) {
      error.textContent = `查询失败：${e.message}`;
    }
  }
  more.addEventListener('click', () => load(false));

  show(
    h('h2', {}, '病例队列'),
    form,
    error,
    count,
    h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, ['病例号', '状态', '审核结论', '统筹区', '医疗机构', '医生', '科室', '就诊日期', '风险分', '涉及金额', '规则族', '参保人', '处理人'].map((t) => h('th', {}, t)))),
      body),
    more,
  );
  await load(true);
}

function row(c) {
  return h('tr', { class: 'link', 'data-testid': 'case-row', dataset: { claimId: c.claimId }, onclick: () => (location.hash = `#/case/${encodeURIComponent(c.claimId)}`) },
    h('td', {}, h('a', { href: `#/case/${encodeURIComponent(c.claimId)}` }, c.claimId)),
    h('td', {}, h('span', { class: `badge ${c.status}` }, label(STATUS, c.status))),
    h('td', {}, label(DECISION, c.decision)),
    h('td', {}, c.region),
    h('td', {}, c.hospitalId),
    h('td', {}, c.doctorId ?? '—'),
    h('td', {}, c.department ?? '—'),
    h('td', {}, c.serviceDate),
    h('td', { class: 'num' }, c.riskScore.toFixed(3)),
    h('td', { class: 'num' }, yuan(c.amountAtStake)),
    h('td', {}, c.families.map((f) => label(FAMILY, f)).join('、')),
    h('td', { 'data-testid': 'masked-id' }, c.insuredId),
    h('td', {}, c.assignee ?? '—'),
  );
}
