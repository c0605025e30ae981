import { api, fetchFile, saveBlob } from './api.js';
import { drawer, h, yuan } from './dom.js';
import { AUDIT, auditChange, EVIDENCE, evidenceText, INSPECTION_STATUS, POINT_KIND, RESULT, ROLE, VIOLATION_TYPES, label } from './labels.js';

// 检查任务: the list (#/inspections), a new inspection of an institution chosen in the rankings
// (#/inspections/new?hospital=&from=&to=), one inspection with its 疑点清单 and per-point recording
// (#/inspection/<id>), and its printable report (#/inspection/<id>/report). Money comes in fen and is shown in yuan.

const CREATORS = ['supervisor', 'admin'];
const fenYuan = (fen) => yuan(fen / 100);
const error = (e) => h('p', { class: 'error', 'data-testid': 'inspection-error' }, e.message);

export async function renderInspectionList(me) {
  const draw = drawer();
  let data;
  try {
    data = await api('/inspections');
  } catch (e) {
    return draw(error(e));
  }
  draw(
    h('h2', {}, '检查任务'),
    CREATORS.includes(me.role) ? h('p', {}, h('a', { href: '#/rankings', 'data-testid': 'inspection-from-rankings' }, '从机构排名选择检查对象并发起检查 →')) : null,
    data.items.length === 0
      ? h('p', { class: 'muted' }, '暂无检查任务')
      : h('table', { class: 'grid', 'data-testid': 'inspection-table' },
        h('thead', {}, h('tr', {}, ['编号', '名称', '机构', '统筹区', '检查期间', '组长', '疑点', '已核查', '状态', '创建'].map((t) => h('th', {}, t)))),
        h('tbody', {}, data.items.map((i) => h('tr', { class: 'link', 'data-testid': 'inspection-row', onclick: () => { location.hash = `#/inspection/${encodeURIComponent(i.id)}`; } },
          h('td', {}, h('a', { href: `#/inspection/${encodeURIComponent(i.id)}` }, i.id)),
          h('td', {}, i.title), h('td', {}, i.hospitalId), h('td', {}, i.region), h('td', {}, `${i.from} 至 ${i.to}`), h('td', {}, i.leader),
          h('td', { class: 'num' }, i.pointCount), h('td', { class: 'num' }, i.recordedCount),
          h('td', {}, h('span', { class: `badge ${i.status}` }, label(INSPECTION_STATUS, i.status))), h('td', {}, `${i.createdBy} ${i.createdAt.slice(0, 10)}`))))),
  );
}

export async function renderNewInspection(params, me) {
  const draw = drawer();
  if (!CREATORS.includes(me.role)) return draw(h('p', { class: 'error' }, '只有督导员或管理员可以创建检查任务'));
  let staff;
  try {
    staff = (await api('/inspections/staff')).items;
  } catch (e) {
    return draw(error(e));
  }
  const input = (name, attrs = {}) => h('input', { name, 'data-testid': `new-${name}`, ...attrs });
  const hospital = input('hospital', { value: params.hospital ?? '', required: true });
  const from = input('from', { type: 'date', value: params.from ?? '', required: true });
  const to = input('to', { type: 'date', value: params.to ?? '', required: true });
  const title = input('title', { size: 40, placeholder: '默认：机构 + 期间' });
  const leader = h('select', { 'data-testid': 'new-leader', required: true }, h('option', { value: '' }, '请选择'), staff.map((s) => h('option', { value: s.name }, s.name)));
  const members = staff.map((s) => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: s.name, 'data-testid': 'new-member' }), ` ${s.name}（${label(ROLE, s.role)}）`));
  const message = h('p', { class: 'error', 'data-testid': 'new-error' });
  draw(h('form', { class: 'panel', 'data-testid': 'new-inspection', onsubmit: async (e) => {
    e.preventDefault();
    const team = members.map((m) => m.querySelector('input')).filter((c) => c.checked).map((c) => c.value);
    if (leader.value && !team.includes(leader.value)) team.push(leader.value);
    try {
      const created = await api('/inspections', { method: 'POST', body: { hospitalId: hospital.value.trim(), from: from.value, to: to.value, team, leader: leader.value, ...(title.value.trim() ? { title: title.value.trim() } : {}) } });
      location.hash = `#/inspection/${encodeURIComponent(created.id)}`;
    } catch (err) {
      message.textContent = err.message;
    }
  } },
  h('h2', {}, '发起检查'),
  h('p', { class: 'muted' }, '疑点清单由该机构在检查期间的全部疑点病例（按涉及金额从高到低）及机构级发现组成，每个疑点附规则命中证据。'),
  h('div', { class: 'filters' }, h('label', {}, '被检查机构', hospital), h('label', {}, '开始日期', from), h('label', {}, '结束日期', to), h('label', {}, '名称', title)),
  h('fieldset', {}, h('legend', {}, '检查组成员'), members.length ? members : h('p', { class: 'muted' }, '本省暂无可派出的稽核员或督导员')),
  h('div', { class: 'filters' }, h('label', {}, '组长', leader)),
  h('button', { type: 'submit', 'data-testid': 'create-inspection' }, '创建检查任务'),
  message));
}

function recordForm(i, p, draw) {
  const result = h('select', { 'data-testid': `result-${p.no}` }, Object.entries(RESULT).map(([v, t]) => h('option', { value: v, selected: p.finding?.result === v }, t)));
  const violation = h('select', { 'data-testid': `violation-${p.no}` }, h('option', { value: '' }, '违规类型'), VIOLATION_TYPES.map((v) => h('option', { value: v, selected: p.finding?.violationType === v }, v)));
  const amount = h('input', { type: 'number', min: 0, step: '0.01', size: 8, 'data-testid': `amount-${p.no}`, value: p.finding ? (p.finding.amountFen / 100).toFixed(2) : '', placeholder: '追回金额（元）' });
  const note = h('input', { size: 24, 'data-testid': `note-${p.no}`, value: p.finding?.note ?? '', placeholder: '核查说明' });
  const message = h('span', { class: 'error', 'data-testid': `record-error-${p.no}` });
  return h('form', { class: 'record', onsubmit: async (e) => {
    e.preventDefault();
    const body = { result: result.value, amountToRecover: Number(amount.value || 0), note: note.value.trim(), ...(violation.value ? { violationType: violation.value } : {}) };
    try {
      await api(`/inspections/${encodeURIComponent(i.id)}/points/${p.no}`, { method: 'POST', body });
      await renderInspection(i.id, draw);
    } catch (err) {
      message.textContent = err.message;
    }
  } }, result, violation, amount, note, h('button', { type: 'submit', 'data-testid': `record-${p.no}` }, '保存'), message);
}

function totalsTable(t) {
  return h('table', { class: 'grid', 'data-testid': 'violation-totals' },
    h('thead', {}, h('tr', {}, h('th', {}, '违规类型'), h('th', {}, '疑点数'), h('th', {}, '应追回金额'))),
    h('tbody', {}, t.byViolation.map((v) => h('tr', {}, h('td', {}, v.violationType), h('td', { class: 'num' }, v.points), h('td', { class: 'num' }, fenYuan(v.amountToRecoverFen)))),
      h('tr', { class: 'total' }, h('td', {}, '合计'), h('td', { class: 'num' }, t.byViolation.reduce((n, v) => n + v.points, 0)), h('td', { class: 'num', 'data-testid': 'total-recover' }, fenYuan(t.amountToRecoverFen)))));
}

const facts = (i, t) => h('div', { class: 'facts' },
  [['编号', i.id], ['机构', h('a', { href: `#/institution/${encodeURIComponent(i.hospitalId)}` }, i.hospitalId)], ['统筹区', i.region], ['检查期间', `${i.from} 至 ${i.to}`], ['检查组', i.team.join('、')], ['组长', i.leader],
    ['状态', label(INSPECTION_STATUS, i.status)], ['创建', `${i.createdBy} ${i.createdAt.slice(0, 16).replace('T', ' ')}`],
    ['疑点', `${t.points}（已核查 ${t.recorded}，属实 ${t.byResult.confirmed}，部分属实 ${t.byResult.partial}，不属实 ${t.byResult.unfounded}）`],
    ['疑点涉及金额', fenYuan(t.amountAtStakeFen)], ['应追回金额', fenYuan(t.amountToRecoverFen)],
    ...(i.omittedClaims ? [['未列入清单', `${i.omittedClaims} 个疑点病例（清单只列涉及金额最高的部分）`]] : []),
    ...(i.conclusion ? [['检查结论', i.conclusion]] : [])]
    .map(([k, v]) => h('div', { class: 'fact' }, h('span', { class: 'k' }, k), h('span', {}, v))));

const evidenceList = (p) => h('details', {}, h('summary', {}, `${p.evidence.length} 项证据`),
  h('ul', { class: 'hits' }, p.evidence.map((e) => h('li', {}, h('code', {}, e.ruleId), ' ', e.message, e.amountFen ? `（${fenYuan(e.amountFen)}）` : '',
    Object.keys(e.evidence ?? {}).length ? h('dl', { class: 'evidence' }, Object.entries(e.evidence).map(([k, v]) => [h('dt', {}, EVIDENCE[k] ?? k), h('dd', {}, evidenceText(v))])) : null))));

export async function downloadReport(id) {
  const { blob, name } = await fetchFile(`/inspections/${encodeURIComponent(id)}/report.xlsx`);
  saveBlob(blob, name);
}

export async function renderInspection(id, draw = drawer()) {
  let i;
  let audit;
  try {
    [i, audit] = await Promise.all([api(`/inspections/${encodeURIComponent(id)}`), api(`/inspections/${encodeURIComponent(id)}/audit`)]);
  } catch (e) {
    return draw(error(e));
  }
  const t = i.totals;
  const closeMessage = h('span', { class: 'error', 'data-testid': 'close-error' });
  const conclusion = h('textarea', { rows: 3, 'data-testid': 'conclusion', placeholder: '检查结论' });
  const downloadMessage = h('span', { class: 'error' });
  draw(
    h('h2', {}, i.title, ' ', h('span', { class: `badge ${i.status}`, 'data-testid': 'inspection-status' }, label(INSPECTION_STATUS, i.status))),
    h('section', {}, facts(i, t),
      h('p', {}, h('button', { type: 'button', 'data-testid': 'download-report', onclick: () => downloadReport(i.id).catch((e) => { downloadMessage.textContent = e.message; }) }, '下载检查报告（XLSX）'), ' ',
        h('a', { href: `#/inspection/${encodeURIComponent(i.id)}/report`, 'data-testid': 'report-page' }, '打印版检查报告'), ' ', downloadMessage)),
    h('section', {}, h('h3', {}, '疑点清单'),
      h('table', { class: 'grid', 'data-testid': 'point-table' },
        h('thead', {}, h('tr', {}, ['序号', '类别', '结算单号', '参保人', '就诊日期', '疑点', '证据', '涉及金额', '基金申报', '核查结果', i.status === 'open' && i.canRecord ? '记录' : null].filter(Boolean).map((x) => h('th', {}, x)))),
        h('tbody', {}, i.points.map((p) => h('tr', { 'data-testid': 'point-row' },
          h('td', { class: 'num' }, p.no), h('td', {}, label(POINT_KIND, p.kind)),
          h('td', {}, p.claimId ? h('a', { href: `#/case/${encodeURIComponent(p.claimId)}` }, p.claimId) : '—'),
          h('td', {}, p.insuredIdMasked ?? '—'), h('td', {}, p.serviceDate ?? '—'), h('td', {}, p.title), h('td', {}, evidenceList(p)),
          h('td', { class: 'num' }, fenYuan(p.amountAtStakeFen)), h('td', { class: 'num' }, p.fundClaimedFen === null ? '—' : fenYuan(p.fundClaimedFen)),
          h('td', { 'data-testid': `finding-${p.no}` }, p.finding ? `${label(RESULT, p.finding.result)}${p.finding.violationType ? ` · ${p.finding.violationType}` : ''} · ${fenYuan(p.finding.amountFen)} · ${p.finding.note}（${p.finding.by}）` : h('span', { class: 'muted' }, '未核查')),
          i.status === 'open' && i.canRecord ? h('td', {}, recordForm(i, p, draw)) : null))))),
    h('section', {}, h('h3', {}, '按违规类型汇总'), totalsTable(t)),
    i.canClose
      ? h('section', {}, h('h3', {}, '结束检查（组长）'), conclusion,
        h('button', { type: 'button', class: 'danger', 'data-testid': 'close-inspection', onclick: async () => {
          try {
            await api(`/inspections/${encodeURIComponent(i.id)}/close`, { method: 'POST', body: { conclusion: conclusion.value.trim() } });
            await renderInspection(i.id, draw);
          } catch (err) {
            closeMessage.textContent = err.message;
          }
        } }, '结束检查'), ' ', closeMessage)
      : null,
    h('section', {}, h('h3', {}, '处理记录'),
      h('table', { class: 'grid', 'data-testid': 'inspection-audit' },
        h('thead', {}, h('tr', {}, ['时间', '人员', '角色', '操作', '变更', '说明'].map((x) => h('th', {}, x)))),
        h('tbody', {}, audit.entries.map((e) => h('tr', {},
          h('td', {}, e.at.slice(0, 19).replace('T', ' ')), h('td', {}, e.actor), h('td', {}, label(ROLE, e.role)), h('td', {}, label(AUDIT, e.action)),
          h('td', {}, auditChange(e)),
          h('td', {}, [e.detail?.no ? `第 ${e.detail.no} 号` : '', e.detail?.violationType ?? '', e.detail?.note ?? e.detail?.conclusion ?? ''].filter(Boolean).join(' · '))))))),
  );
}

/** The report as a page to print (the header, navigation and buttons are hidden in print). */
export async function renderInspectionReport(id) {
  const draw = drawer();
  let r;
  try {
    r = await api(`/inspections/${encodeURIComponent(id)}/report`);
  } catch (e) {
    return draw(error(e));
  }
  const { inspection: i, totals: t } = r;
  draw(h('article', { class: 'report', 'data-testid': 'inspection-report' },
    h('p', { class: 'no-print' }, h('a', { href: `#/inspection/${encodeURIComponent(i.id)}` }, '← 返回检查任务'), ' ', h('button', { type: 'button', onclick: () => window.print() }, '打印')),
    h('h2', {}, `检查报告：${i.title}`),
    facts(i, t),
    h('h3', {}, '按违规类型汇总'), totalsTable(t),
    h('h3', {}, '疑点核查结果'),
    h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, ['序号', '类别', '结算单号', '参保人', '疑点', '涉及金额', '核查结果', '违规类型', '追回金额', '说明', '记录人'].map((x) => h('th', {}, x)))),
      h('tbody', {}, i.points.map((p) => h('tr', {},
        h('td', { class: 'num' }, p.no), h('td', {}, label(POINT_KIND, p.kind)), h('td', {}, p.claimId ?? '—'), h('td', {}, p.insuredIdMasked ?? '—'), h('td', {}, p.title),
        h('td', { class: 'num' }, fenYuan(p.amountAtStakeFen)), h('td', {}, p.finding ? label(RESULT, p.finding.result) : '未核查'), h('td', {}, p.finding?.violationType ?? ''),
        h('td', { class: 'num' }, p.finding ? fenYuan(p.finding.amountFen) : ''), h('td', {}, p.finding?.note ?? ''), h('td', {}, p.finding?.by ?? ''))))),
    h('p', { class: 'muted' }, `参保人编号已脱敏。报告生成于 ${new Date().toLocaleString('zh-CN')}。`)));
}

export const inspectionQuery = (hash) => {
  const q = hash.indexOf('?');
  return q >= 0 ? Object.fromEntries(new URLSearchParams(hash.slice(q + 1))) : {};
};
