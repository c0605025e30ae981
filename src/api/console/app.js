import { api, session } from './api.js';
import { renderCase } from './case.js';
import { h, newRoute, show } from './dom.js';
import { ROLE, label } from './labels.js';
import { renderQueue, rememberQueueScroll } from './queue.js';
import { rankingState, renderRankings } from './rankings.js';
import { inspectionQuery, renderInspection, renderInspectionList, renderInspectionReport, renderNewInspection } from './inspections.js';
import { renderExports } from './exports.js';
import { renderAuditLog } from './audit-log.js';
import { renderRules } from './rules.js';
import { renderKeys } from './keys.js';
import { renderDoctor, renderInstitution } from './provider.js';
import { renderMember } from './member.js';

// The console's shell: 登录 (paste an API key), then hash routes #/queue, #/case/<id>, #/rankings, #/inspections,
// #/inspection/<id>[/report], #/exports, #/audit, #/rules, #/keys, #/institution/<id>, #/doctor/<hospital>/<doctor>,
// #/member/<claimId> (the insured person of that case) (links shown to the roles that may use them).

let me = null;

function renderLogin(message = '') {
  document.getElementById('nav').hidden = true;
  const input = h('input', { type: 'password', 'data-testid': 'api-key', autocomplete: 'off', placeholder: 'yb_…', size: 60 });
  show(h('form', { class: 'login', onsubmit: async (e) => {
    e.preventDefault();
    session.set(input.value.trim());
    await route();
  } },
  h('h2', {}, '登录'),
  h('p', {}, '粘贴您的 API 密钥（仅保存在本标签页，关闭即清除）。'),
  input, h('button', { type: 'submit', 'data-testid': 'login' }, '登录'),
  message ? h('p', { class: 'error', 'data-testid': 'login-error' }, message) : null));
}

async function route() {
  newRoute();
  if (!session.key()) return renderLogin();
  if (!me) {
    try {
      me = await api('/me');
    } catch (e) {
      session.clear();
      return renderLogin(e.status === 401 ? '密钥无效或已吊销' : `登录失败：${e.message}`);
    }
  }
  if (me.role === 'intake') {
    session.clear();
    me = null;
    return renderLogin('接入密钥不能使用工作台');
  }
  document.getElementById('nav').hidden = false;
  document.getElementById('whoami').textContent = `${me.name}（${label(ROLE, me.role)}${me.provinces.length ? ` · 省份 ${me.provinces.join('、')}` : ''}）`;
  const hash = location.hash || '#/queue';
  for (const a of document.querySelectorAll('[data-roles]')) a.hidden = !a.dataset.roles.split(' ').includes(me.role);
  const memberMatch = /^#\/member\/(.+)$/.exec(hash);
  if (memberMatch) return renderMember(decodeURIComponent(memberMatch[1]));
  const caseMatch = /^#\/case\/(.+)$/.exec(hash);
  if (caseMatch) return renderCase(decodeURIComponent(caseMatch[1]), me);
  const params = inspectionQuery(hash);
  if (hash.startsWith('#/rankings')) return renderRankings(rankingState(params), me);
  if (hash.startsWith('#/inspections/new')) return renderNewInspection(params, me);
  if (hash.startsWith('#/inspections')) return renderInspectionList(me);
  const inspectionMatch = /^#\/inspection\/([^/?]+)(\/report)?$/.exec(hash);
  if (inspectionMatch) return inspectionMatch[2] ? renderInspectionReport(decodeURIComponent(inspectionMatch[1])) : renderInspection(decodeURIComponent(inspectionMatch[1]));
  if (hash.startsWith('#/exports')) return renderExports(me, params);
  if (hash.startsWith('#/audit')) return renderAuditLog(params);
  if (hash.startsWith('#/rules')) return renderRules();
  if (hash.startsWith('#/keys')) return renderKeys();
  const institution = /^#\/institution\/([^/?]+)$/.exec(hash);
  if (institution) return renderInstitution(decodeURIComponent(institution[1]));
  const doctor = /^#\/doctor\/([^/?]+)\/([^/?]+)$/.exec(hash);
  if (doctor) return renderDoctor(decodeURIComponent(doctor[1]), decodeURIComponent(doctor[2]));
  const q = hash.indexOf('?');
  return renderQueue(q >= 0 ? Object.fromEntries(new URLSearchParams(hash.slice(q + 1))) : {}, me);
}

document.getElementById('logout').addEventListener('click', () => {
  session.clear();
  me = null;
  location.hash = '';
  newRoute();
  renderLogin();
});
window.addEventListener('hashchange', (e) => {
  rememberQueueScroll(new URL(e.oldURL).hash);
  route();
});
route();
