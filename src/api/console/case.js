import { api, query } from './api.js';
import { h, show, yuan } from './dom.js';
import { ACTION, AUDIT, CATEGORY, DECISION, FAMILY, ROLE, SEVERITY, STATUS, VISIT, label } from './labels.js';

// 病例详情: the claim, every hit in words with its evidence, the offending lines highlighted, the anomaly
// explanation as a chart (this claim vs the peer median), the member's recent claims, workflow, notes, history.

export async function renderCase(claimId, me, { reveal = false } = {}) {
  let c;
  try {
    c = await api(`/cases/${encodeURIComponent(claimId)}${query({ reveal: reveal ? 'identity' : undefined })}`);
  } catch (e) {
    show(h('p', { class: 'error' }, `无法打开病例：${e.message}`), h('a', { href: '#/queue' }, '返回病例队列'));
    return;
  }
  const claim = c.claim;
  const hitLines = new Map();
  for (const hit of c.hits) for (const id of hit.lineIds) hitLines.set(id, [...(hitLines.get(id) ?? []), hit.ruleId]);
  const msg = h('p', { class: 'error', 'data-testid': 'action-error' });
  const act = async (path, body) => {
    msg.textContent = '';
    try {
      await api(`/cases/${encodeURIComponent(claimId)}${path}`, { method: 'POST', body });
      await renderCase(claimId, me);
    } catch (e) {
      msg.textContent = `操作失败：${e.message}`;
    }
  };

  const amountInput = h('input', { type: 'number', min: '0', step: '0.01', 'data-testid': 'recover-amount', value: c.outcome?.amountToRecover ?? '' });
  const summaryInput = h('input', { type: 'text', 'data-testid': 'recover-summary', placeholder: '结论（如：超限定支付范围，追回）', value: c.outcome?.summary ?? '' });
  const buttons = c.allowedActions.map((a) => {
    if (a === 'assign') return h('button', { type: 'button', 'data-testid': 'action-assign', onclick: () => act('/assign', { assignee: me.name }) }, ACTION.assign);
    if (a === 'confirm') {
      return h('span', { class: 'confirm' }, h('label', {}, '追回金额(元)', amountInput), summaryInput,
        h('button', { type: 'button', class: 'danger', 'data-testid': 'action-confirm', onclick: () => {
          const amount = Number(amountInput.value);
          if (amountInput.value === '' || !Number.isFinite(amount)) { msg.textContent = '请填写追回金额'; return; }
          act('/transition', { action: 'confirm', outcome: { amountToRecover: amount, summary: summaryInput.value.trim() || '确认违规' } });
        } }, ACTION.confirm));
    }
    return h('button', { type: 'button', 'data-testid': `action-${a}`, onclick: () => act('/transition', { action: a }) }, ACTION[a]);
  });
  const canWork = me.role === 'investigator';

  const noteText = h('textarea', { rows: 2, 'data-testid': 'note-text', placeholder: '备注内容' });
  const p = claim.patient;
  show(
    h('p', {}, h('a', { href: '#/queue' }, '← 返回病例队列')),
    h('h2', {}, '病例 ', h('span', { 'data-testid': 'case-id' }, c.claimId), ' ', h('span', { class: `badge ${c.status}`, 'data-testid': 'case-status' }, label(STATUS, c.status))),
    h('section', { class: 'facts' },
      fact('审核结论', label(DECISION, c.decision)),
      fact('风险分', c.summary.riskScore.toFixed(3)),
      fact('涉及金额', yuan(c.summary.amountAtStakeFen / 100)),
      fact('处理人', c.assignee ?? '—'),
      fact('追回金额', c.outcome ? yuan(c.outcome.amountToRecover) : '—'),
      fact('参保人', h('span', { 'data-testid': 'insured-id' }, p.insuredId)),
      p.name ? fact('姓名', p.name) : null,
      p.idNumber ? fact('身份证号', p.idNumber) : null,
      fact('性别/出生', `${p.gender === 'M' ? '男' : '女'} / ${p.birthDate}`),
      fact('统筹区', claim.region),
      fact('医疗机构', `${claim.provider.hospitalId}（${claim.provider.level}级）`),
      fact('科室/医生', `${claim.provider.department ?? '—'} / ${claim.provider.doctorId ?? '—'}`),
      fact('就诊类型', label(VISIT, claim.visitType)),
      fact('就诊日期', claim.admissionDate ? `${claim.admissionDate} 至 ${claim.dischargeDate ?? ''}` : claim.visitDate),
      fact('诊断', claim.diagnoses.map((d) => d.code).join('、')),
      fact('总费用/统筹申报', `${yuan(claim.amounts.total)} / ${yuan(claim.amounts.fundClaimed)}`),
    ),
    c.identityRevealed ? h('p', { class: 'muted' }, '身份信息已完整显示，本次查看已记入审计记录。')
      : h('button', { type: 'button', 'data-testid': 'reveal', onclick: () => renderCase(claimId, me, { reveal: true }) }, '显示完整身份信息（记入审计）'),
    h('section', { class: 'workflow' }, h('h3', {}, '处理'), canWork ? buttons : h('p', { class: 'muted' }, `${label(ROLE, me.role)}只读`), msg),
    h('section', {}, h('h3', {}, `规则命中（${c.hits.length}）`),
      h('ol', { class: 'hits', 'data-testid': 'hits' }, c.hits.map((hit) => h('li', { class: `hit ${hit.severity}` },
        h('div', {}, h('span', { class: 'badge' }, label(FAMILY, hit.family)), ' ', h('span', { class: `sev ${hit.severity}` }, label(SEVERITY, hit.severity)), ' ', h('code', {}, hit.ruleId), hit.amount !== null ? ` · 涉及 ${yuan(hit.amount)}` : '', hit.lineIds.length ? ` · 明细行 ${hit.lineIds.join('、')}` : ''),
        h('div', { class: 'message' }, hit.message),
        hit.family !== 'anomaly' && hit.evidence ? h('dl', { class: 'evidence' }, Object.entries(hit.evidence).map(([k, v]) => [h('dt', {}, k), h('dd', {}, typeof v === 'object' ? JSON.stringify(v) : String(v))])) : null,
      )))),
    c.explanation ? anomalySection(c.explanation) : null,
    h('section', {}, h('h3', {}, '费用明细（命中行已标出）'),
      h('table', { class: 'grid', 'data-testid': 'items' },
        h('thead', {}, h('tr', {}, ['行号', '日期', '类别', '编码', '名称', '数量', '单价', '金额', '命中规则'].map((t) => h('th', {}, t)))),
        h('tbody', {}, claim.items.map((it) => h('tr', { class: hitLines.has(it.lineId) ? 'offending' : '', 'data-testid': hitLines.has(it.lineId) ? 'offending-line' : 'line' },
          h('td', {}, it.lineId), h('td', {}, it.date), h('td', {}, label(CATEGORY, it.category)), h('td', {}, it.code), h('td', {}, it.name ?? ''),
          h('td', { class: 'num' }, it.quantity), h('td', { class: 'num' }, yuan(it.unitPrice)), h('td', { class: 'num' }, yuan(it.amount)),
          h('td', {}, (hitLines.get(it.lineId) ?? []).join('、'))))))),
    h('section', {}, h('h3', {}, '参保人近期就诊'),
      c.memberClaims.length ? h('table', { class: 'grid', 'data-testid': 'member-claims' },
        h('thead', {}, h('tr', {}, ['病例号', '就诊日期', '类型', '医疗机构', '主诊断类目', '总费用', '审核结论', '风险分'].map((t) => h('th', {}, t)))),
        h('tbody', {}, c.memberClaims.map((m) => h('tr', {}, h('td', {}, m.claimId), h('td', {}, `${m.serviceDate}${m.endDate !== m.serviceDate ? ` 至 ${m.endDate}` : ''}`), h('td', {}, label(VISIT, m.visitType)),
          h('td', {}, m.hospitalId), h('td', {}, m.principalCategory), h('td', { class: 'num' }, yuan(m.total)), h('td', {}, label(DECISION, m.decision)), h('td', { class: 'num' }, m.riskScore?.toFixed(3) ?? '—')))))
        : c.memberClaimsInOtherProvinces ? null : h('p', { class: 'muted' }, '无其他就诊记录'),
      c.memberClaimsInOtherProvinces ? h('p', { class: 'muted', 'data-testid': 'member-claims-elsewhere' }, `另有 ${c.memberClaimsInOtherProvinces} 条其他省份的就诊记录（无权查看）`) : null),
    c.findings?.length ? h('section', {}, h('h3', {}, '事前事中提示（3101）与医生处理（3103）'),
      h('table', { class: 'grid', 'data-testid': 'fsi-findings' },
        h('thead', {}, h('tr', {}, ['提示号', '场景', '规则', '违规程度', '医嘱', '医生处理', '理由'].map((t) => h('th', {}, t)))),
        h('tbody', {}, c.findings.map((f) => h('tr', {},
          h('td', {}, f.jrId), h('td', {}, f.stage === 'reminder' ? '事前提醒' : '事中审核'), h('td', {}, f.ruleName),
          h('td', {}, f.severity === 'block' ? '明确违规' : f.severity === 'warn' ? '高度可疑' : '提醒'), h('td', {}, f.rxIds.join('、')),
          h('td', {}, f.feedback ? (f.feedback.dspoWay === '1' ? '继续执行' : '返回修改') : '未反馈'), h('td', {}, f.feedback?.reason ?? '')))))) : null,
    h('section', {}, h('h3', {}, '备注'),
      h('ul', { 'data-testid': 'notes' }, c.notes.map((n) => h('li', {}, h('span', { class: 'muted' }, `${n.at.slice(0, 16).replace('T', ' ')} ${n.actor}：`), n.detail?.text ?? ''))),
      canWork ? h('div', {}, noteText, h('button', { type: 'button', 'data-testid': 'add-note', onclick: () => noteText.value.trim() && act('/notes', { text: noteText.value.trim() }) }, '添加备注')) : null),
    h('section', {}, h('h3', {}, '处理记录（审计）'),
      h('ol', { class: 'history', 'data-testid': 'history' }, c.history.map((e) => h('li', {},
        `${e.at.slice(0, 19).replace('T', ' ')} · ${e.actor}（${label(ROLE, e.role)}） · ${label(AUDIT, e.action)}`,
        e.from !== null || e.to !== null ? ` · ${display(e)}` : '')))),
  );
}

function display(e) {
  const map = e.action === 'status' ? STATUS : {};
  return `${label(map, e.from) ?? '—'} → ${label(map, e.to) ?? '—'}`;
}

function fact(name, value) {
  return h('div', { class: 'fact' }, h('span', { class: 'k' }, name), h('span', { class: 'v' }, value));
}

function anomalySection(ex) {
  const canvas = h('canvas', { 'data-testid': 'anomaly-chart', height: 220 });
  const top = ex.top ?? [];
  const section = h('section', {}, h('h3', {}, '统计异常解释'),
    h('p', {}, `同组（${ex.peerGroup}，${ex.peerCount ?? '—'} 例）异常分 ${Number(ex.score).toFixed(3)}，阈值 ${Number(ex.threshold).toFixed(3)}。模型版本 ${ex.modelVersion}。`),
    h('ul', {}, top.map((t) => h('li', {}, `${t.label}：本病例 ${t.value}，同组中位数 ${t.peerMedian}（偏离 ${t.z} 个稳健标准差）`))),
    h('div', { class: 'chart small' }, canvas));
  // Values are shown as the model displays them; the chart plots them where they are numbers.
  queueMicrotask(() => {
    if (!window.Chart || !top.length) return;
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: top.map((t) => t.label),
        datasets: [
          { label: '本病例', data: top.map((t) => parseFloat(t.value)), backgroundColor: '#c0392b' },
          { label: '同组中位数', data: top.map((t) => parseFloat(t.peerMedian)), backgroundColor: '#7f8c8d' },
        ],
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false, indexAxis: 'y' },
    });
  });
  return section;
}
