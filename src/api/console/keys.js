import { api } from './api.js';
import { drawer, h } from './dom.js';
import { ROLE, label } from './labels.js';

// 密钥管理 (admin): the keys (never their secret), a new key shown once, revoke with a confirmation.

export async function renderKeys(draw = drawer()) {
  let data;
  try {
    data = await api('/keys');
  } catch (e) {
    return draw(h('p', { class: 'error' }, `无法加载密钥：${e.message}`));
  }
  const name = h('input', { 'data-testid': 'key-name', required: true, placeholder: '使用人或系统名称' });
  const role = h('select', { 'data-testid': 'key-role' }, Object.entries(ROLE).map(([v, t]) => h('option', { value: v }, t)));
  const provinces = h('input', { 'data-testid': 'key-provinces', placeholder: '如 51,22（留空为全部）' });
  const result = h('div', { 'data-testid': 'key-result' });
  draw(
    h('h2', {}, '密钥管理'),
    h('form', { class: 'filters', onsubmit: async (e) => {
      e.preventDefault();
      const list = provinces.value.split(/[,，\s]+/).filter(Boolean);
      try {
        const made = await api('/keys', { method: 'POST', body: { name: name.value.trim(), role: role.value, provinces: list } });
        await renderKeys(draw);
        document.querySelector('[data-testid=key-result]').replaceChildren(
          h('p', { class: 'ok' }, `已创建 ${made.record.name} 的密钥（只显示这一次，请立即转交）：`), h('code', { 'data-testid': 'new-key' }, made.key));
      } catch (err) {
        result.replaceChildren(h('p', { class: 'error' }, err.message));
      }
    } }, h('label', {}, '名称', name), h('label', {}, '角色', role), h('label', {}, '省份', provinces), h('button', { type: 'submit', 'data-testid': 'create-key' }, '创建密钥')),
    result,
    h('table', { class: 'grid', 'data-testid': 'key-table' },
      h('thead', {}, h('tr', {}, ['编号', '名称', '角色', '省份', '创建', '状态', ''].map((x) => h('th', {}, x)))),
      h('tbody', {}, data.keys.map((k) => h('tr', { 'data-testid': 'key-row' },
        h('td', {}, h('code', {}, k.id)), h('td', {}, k.name), h('td', {}, label(ROLE, k.role)), h('td', {}, k.provinces.join('、') || '全部'),
        h('td', {}, `${k.createdBy} ${k.createdAt.slice(0, 10)}`), h('td', {}, k.revokedAt ? `已吊销 ${k.revokedAt.slice(0, 10)}` : '有效'),
        h('td', {}, k.revokedAt ? '' : h('button', { type: 'button', class: 'danger', 'data-testid': 'revoke-key', onclick: async () => {
          if (!window.confirm(`吊销 ${k.name} 的密钥？吊销后立即失效，不能恢复。`)) return;
          try {
            await api(`/keys/${encodeURIComponent(k.id)}`, { method: 'DELETE' });
            await renderKeys(draw);
          } catch (err) {
            result.replaceChildren(h('p', { class: 'error' }, err.message));
          }
        } }, '吊销')))))),
  );
}
