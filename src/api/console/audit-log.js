import { api, query } from './api.js';
import { drawer, h } from './dom.js';
import { AUDIT, auditChange, ROLE, label } from './labels.js';

// 审计日志 (auditor, admin): the whole trail in append order, one page at a time (#/audit?after=<seq>&claimId=).

export async function renderAuditLog(params = {}) {
  const draw = drawer();
  const after = /^\d+$/.test(params.after ?? '') ? params.after : undefined;
  const claimId = params.claimId || undefined;
  let data;
  try {
    data = await api(`/audit${query({ after, claimId, limit: 100 })}`);
  } catch (e) {
    return draw(h('p', { class: 'error' }, `无法加载审计日志：${e.message}`));
  }
  const claimInput = h('input', { value: claimId ?? '', placeholder: '结算单号', 'data-testid': 'audit-claim', onchange: (e) => { location.hash = `#/audit${query({ claimId: e.target.value.trim() })}`; } });
  draw(
    h('h2', {}, '审计日志'),
    h('div', { class: 'filters' }, h('label', {}, '只看一个病例', claimInput)),
    h('table', { class: 'grid', 'data-testid': 'audit-table' },
      h('thead', {}, h('tr', {}, ['序号', '时间', '人员', '角色', '操作', '病例', '变更', '详情'].map((x) => h('th', {}, x)))),
      h('tbody', {}, data.entries.map((e) => h('tr', { 'data-testid': 'audit-row' },
        h('td', { class: 'num' }, e.seq), h('td', {}, e.at.slice(0, 19).replace('T', ' ')), h('td', {}, e.actor), h('td', {}, label(ROLE, e.role)),
        h('td', {}, label(AUDIT, e.action)),
        h('td', {}, e.claimId ? h('a', { href: `#/case/${encodeURIComponent(e.claimId)}` }, e.claimId) : e.detail?.inspectionId ? h('a', { href: `#/inspection/${encodeURIComponent(e.detail.inspectionId)}` }, e.detail.inspectionId) : '—'),
        h('td', {}, auditChange(e)),
        h('td', {}, h('code', {}, JSON.stringify(Object.fromEntries(Object.entries(e.detail ?? {}).filter(([k]) => k !== 'keyId'))))))))),
    h('p', {},
      after ? h('a', { href: `#/audit${query({ claimId })}` }, '← 从头看') : null, ' ',
      data.next ? h('a', { href: `#/audit${query({ after: data.next, claimId })}`, 'data-testid': 'audit-next' }, '下一页 →') : h('span', { class: 'muted' }, '已到末尾')),
  );
}
