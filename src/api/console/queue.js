import { api, query } from './api.js';
import { drawer, h, yuan } from './dom.js';
import { DECISION, FAMILY, STATUS, label } from './labels.js';

// 病例队列: search and filters of GET /api/v1/cases, kept in the address (#/queue?…) so a view can be shared, survives
// a refresh, and Back returns to it (scrolled where it was); sortable columns; the total; overdue cases marked;
// bulk assignment for supervisors. Identifiers are masked by the API.

const SEARCH = [
  ['claim', '病例号', '病例号或其开头'],
  ['insuredId', '参保人编号', '完整编号（精确匹配）'],
  ['patientName', '姓名', '完整姓名'],
];
const FIELDS = [
  ['region', '统筹区', 'text', '如 510100'],
  ['hospital', '医疗机构', 'text', '机构编码或其开头'],
  ['doctor', '医生', 'text', '医生编码或其开头'],
  ['department', '科室', 'text', '科室名称，如 骨科、内科'],
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
  ['overdue', '是否逾期', { true: '仅逾期' }],
];
/** Columns: heading, and the API sort it orders by when clicked (none: not sortable). */
const COLUMNS = [
  ['病例号', null], ['状态', null], ['审核结论', null], ['统筹区', null], ['医疗机构', null], ['医生', null], ['科室', null],
  ['就诊日期', 'serviceDate'], ['风险分', 'score'], ['涉及金额', 'amount'], ['规则族', null], ['参保人', null], ['处理人', null],
  ['办理期限', null], ['更新时间', 'updatedAt'],
];
const SCROLL = 'yibao.queueScroll';
let rulesCache = null;

/** The address of a queue view. */
export const queueHash = (filters) => `#/queue${query(filters)}`;

/** Rule ids and their titles for the picker (GET /rules), fetched once per page load. */
async function rules() {
  if (!rulesCache) rulesCache = api('/rules').then((r) => r.rules.map((x) => ({ id: x.id, title: x.title }))).catch(() => []);
  return rulesCache;
}

export async function renderQueue(filters = {}, me = null, draw = drawer()) {
  const setFilters = (next) => {
    // A new address: Back returns to the view before it.
    location.hash = queueHash(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== '' && v !== undefined && v !== null)));
  };
  const ruleOptions = await rules();
  const form = h('form', { class: 'filters', 'data-testid': 'filters', onsubmit: (e) => {
    e.preventDefault();
    const f = Object.fromEntries([...new FormData(form).entries()].filter(([, v]) => v !== ''));
    setFilters({ ...f, sort: filters.sort, order: filters.order });
  } },
  h('fieldset', { class: 'search' }, h('legend', {}, '查找'),
    SEARCH.map(([name, text, ph]) => h('label', {}, text, h('input', { name, type: 'search', 'data-testid': `search-${name}`, placeholder: ph, value: filters[name] ?? '' })))),
  FIELDS.map(([name, text, type, ph]) => h('label', {}, text, h('input', { name, type, 'data-testid': `filter-${name}`, placeholder: ph, step: type === 'number' ? 'any' : undefined, value: filters[name] ?? '' }))),
  h('label', {}, '规则', h('select', { name: 'rule', 'data-testid': 'filter-rule' }, h('option', { value: '' }, '全部规则'),
    ruleOptions.map((r) => h('option', { value: r.id, selected: filters.rule === r.id }, `${r.title}（${r.id}）`)))),
  SELECTS.map(([name, text, map]) =>
    h('label', {}, text, h('select', { name, 'data-testid': `filter-${name}` }, h('option', { value: '' }, '全部'),
      Object.entries(map).map(([v, t]) => h('option', { value: v, selected: filters[name] === v }, t))))),
  h('button', { type: 'submit', 'data-testid': 'apply-filters' }, '查询'),
  h('button', { type: 'button', 'data-testid': 'clear-filters', onclick: () => setFilters({}) }, '清除'),
  );
  const error = h('p', { class: 'error', 'data-testid': 'queue-error' });
  const body = h('tbody', { 'data-testid': 'queue-rows' });
  const more = h('button', { type: 'button', hidden: true, 'data-testid': 'more' }, '加载更多');
  const count = h('span', { class: 'muted', 'data-testid': 'queue-count' });
  const sort = filters.sort ?? 'amount';
  const order = filters.order ?? 'desc';
  const supervisor = me && (me.role === 'supervisor' || me.role === 'admin');
  const head = h('tr', {}, supervisor ? h('th', {}, '选择') : null, COLUMNS.map(([text, key]) => {
    if (!key) return h('th', {}, text);
    const active = sort === key;
    const arrow = active ? (order === 'asc' ? ' ▲' : ' ▼') : '';
    return h('th', { class: 'sortable', 'data-testid': `sort-${key}`, 'aria-sort': active ? (order === 'asc' ? 'ascending' : 'descending') : 'none',
      onclick: () => setFilters({ ...filters, cursor: undefined, sort: key, order: active && order === 'desc' ? 'asc' : 'desc' }) }, text + arrow);
  }));
  const bulk = supervisor ? bulkAssign(body, () => renderQueue(filters, me, draw)) : null;
  let next = null;
  let shown = 0;

  async function load(fresh) {
    error.textContent = '';
    try {
      const page = await api(`/cases${query({ ...filters, limit: 50, cursor: fresh ? undefined : next })}`);
      for (const c of page.items) body.append(row(c, supervisor));
      shown += page.items.length;
      next = page.next;
      more.hidden = !next;
      count.textContent = `共 ${page.total} 件，已显示 ${shown} 件`;
    } catch (e) {
      error.textContent = `查询失败：${e.message}`;
    }
  }
  more.addEventListener('click', () => load(false));

  if (!draw(
    h('h2', {}, '病例队列'),
    form,
    error,
    count,
    bulk,
    h('table', { class: 'grid' }, h('thead', {}, head), body),
    more,
  )) return;
  await load(true);
  // Back to this view: where it was scrolled to.
  const saved = JSON.parse(sessionStorage.getItem(SCROLL) ?? 'null');
  if (saved && saved.hash === location.hash) window.scrollTo(0, saved.y);
}

/** Remember the queue's scroll position before leaving it (app.js calls this on every route change). */
export function rememberQueueScroll(hash) {
  if (hash.startsWith('#/queue') || hash === '' || hash === '#') sessionStorage.setItem(SCROLL, JSON.stringify({ hash, y: window.scrollY }));
}

function bulkAssign(body, reload) {
  const assignee = h('input', { type: 'text', 'data-testid': 'bulk-assignee', placeholder: '处理人（本省稽核员）' });
  const reason = h('input', { type: 'text', 'data-testid': 'bulk-reason', placeholder: '原因（改派时必填）' });
  const result = h('span', { class: 'muted', 'data-testid': 'bulk-result' });
  return h('div', { class: 'bulk' }, '批量分派所选病例：', assignee, reason,
    h('button', { type: 'button', 'data-testid': 'bulk-assign', onclick: async () => {
      const claimIds = [...body.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value);
      if (!claimIds.length || !assignee.value.trim()) { result.textContent = '请选择病例并填写处理人'; return; }
      try {
        const r = await api('/cases/assign', { method: 'POST', body: { claimIds, assignee: assignee.value.trim(), ...(reason.value.trim() ? { reason: reason.value.trim() } : {}) } });
        await reload();
        document.querySelector('[data-testid=bulk-result]').textContent = `已分派 ${r.assigned} 件，未分派 ${claimIds.length - r.assigned} 件`;
      } catch (e) {
        result.textContent = `分派失败：${e.message}`;
      }
    } }, '分派'), result);
}

function row(c, selectable) {
  const open = () => (location.hash = `#/case/${encodeURIComponent(c.claimId)}`);
  return h('tr', { class: `link${c.overdue ? ' overdue' : ''}`, 'data-testid': 'case-row', dataset: { claimId: c.claimId, overdue: c.overdue ? '1' : '0' } },
    selectable ? h('td', {}, h('input', { type: 'checkbox', value: c.claimId, 'data-testid': 'select-case', 'aria-label': `选择 ${c.claimId}` })) : null,
    h('td', { onclick: open }, h('a', { href: `#/case/${encodeURIComponent(c.claimId)}` }, c.claimId)),
    h('td', { onclick: open }, h('span', { class: `badge ${c.status}` }, label(STATUS, c.status))),
    h('td', { onclick: open }, label(DECISION, c.decision)),
    h('td', { onclick: open }, c.region),
    h('td', { onclick: open }, c.hospitalId),
    h('td', { onclick: open }, c.doctorId ?? '—'),
    h('td', { onclick: open }, c.departmentName ?? '—'),
    h('td', { onclick: open }, c.serviceDate),
    h('td', { class: 'num', onclick: open }, c.riskScore.toFixed(3)),
    h('td', { class: 'num', onclick: open }, yuan(c.amountAtStake)),
    h('td', { onclick: open }, c.families.map((f) => label(FAMILY, f)).join('、')),
    h('td', { 'data-testid': 'masked-id', onclick: open }, c.insuredId),
    h('td', { onclick: open }, c.assignee ?? '—'),
    h('td', { onclick: open, 'data-testid': 'due' }, c.dueAt ? [c.dueAt.slice(0, 10), c.overdue ? h('span', { class: 'badge overdue', 'data-testid': 'overdue' }, '逾期') : ''] : '—', ` · 已 ${c.ageDays} 天`),
    h('td', { onclick: open }, c.updatedAt.slice(0, 16).replace('T', ' ')),
  );
}
