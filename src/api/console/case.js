import { api, query } from './api.js';
import { drawer, h, yuan } from './dom.js';
import { ACTION, AUDIT, CATEGORY, DECISION, DISMISSAL_REASONS, EVIDENCE, FAMILY, RELATION, ROLE, SEVERITY, STATUS, VIOLATION_TYPES, VISIT, evidenceText, label } from './labels.js';
import { anomalySection } from './anomaly.js';

// 病例详情: the claim, every hit in words with its evidence (field names in Chinese; repeated hits of one rule as
// one group), the offending lines highlighted (or alone), the anomaly explanation as a chart (this claim vs the
// peer median), related cases to open, the member's recent claims, workflow, notes, history. The insured person,
// institution and doctor each have their own page, linked from here.

export async function renderCase(claimId, me, { reveal = false, notice = '', draw = drawer() } = {}) {
  let c;
  try {
    c = await api(`/cases/${encodeURIComponent(claimId)}${query({ reveal: reveal ? 'identity' : undefined })}`);
  } catch (e) {
    draw(h('p', { class: 'error' }, `无法打开病例：${e.message}`), h('a', { href: '#/queue' }, '返回病例队列'));
    return;
  }
  const claim = c.claim;
  const rules = await ruleLibrary();
  const hitLines = new Map();
  for (const hit of c.hits) for (const id of hit.lineIds) hitLines.set(id, [...(hitLines.get(id) ?? []), hit.ruleId]);
  const msg = h('p', { class: 'error', 'data-testid': 'action-error' });
  // Every change sends the version this page shows; a stale page gets 409 and is redrawn with the case as it is now.
  const act = async (path, body) => {
    msg.textContent = '';
    try {
      await api(`/cases/${encodeURIComponent(claimId)}${path}`, { method: 'POST', body: path === '/notes' ? body : { ...body, expectedUpdatedAt: c.updatedAt } });
      await renderCase(claimId, me, { draw });
    } catch (e) {
      if (e.code === 'stale') await renderCase(claimId, me, { notice: e.message, draw });
      else msg.textContent = `操作失败：${e.message}`;
    }
  };
  const select = (testid, options, placeholder) => h('select', { 'data-testid': testid }, h('option', { value: '' }, placeholder), options.map((o) => h('option', { value: o }, o)));
  const mine = new Set(c.myActions ?? []);
  const supervisor = me.role === 'supervisor' || me.role === 'admin';
  const forms = [];
  if (mine.has('assign') && me.role === 'investigator') {
    forms.push(h('button', { type: 'button', 'data-testid': 'action-assign', onclick: () => act('/assign', { assignee: me.name }) }, ACTION.assign));
  }
  if (mine.has('assign') && supervisor) {
    const who = h('input', { type: 'text', 'data-testid': 'assign-to', placeholder: '处理人（本省稽核员）' });
    const why = h('input', { type: 'text', 'data-testid': 'assign-reason', placeholder: c.assignee ? '改派原因（必填）' : '原因（可不填）' });
    forms.push(h('form', { onsubmit: (e) => { e.preventDefault(); act('/assign', { assignee: who.value.trim(), ...(why.value.trim() ? { reason: why.value.trim() } : {}) }); } },
      c.assignee ? '改派给' : '分派给', who, why, h('button', { type: 'submit', 'data-testid': 'action-dispatch' }, c.assignee ? '改派' : '分派')));
  }
  for (const a of ['start', 'reopen']) {
    if (mine.has(a)) forms.push(h('button', { type: 'button', 'data-testid': `action-${a}`, onclick: () => act('/transition', { action: a }) }, ACTION[a]));
  }
  if (mine.has('confirm')) {
    const type = select('violation-type', VIOLATION_TYPES, '违规类型');
    const amount = h('input', { type: 'number', min: '0', step: '0.01', 'data-testid': 'recover-amount', value: c.outcome?.amountToRecover ?? '' });
    const summary = h('input', { type: 'text', size: 40, 'data-testid': 'recover-summary', placeholder: '结论（将显示在病例页）', value: c.outcome?.summary ?? '' });
    forms.push(h('form', { class: 'confirm', onsubmit: (e) => {
      e.preventDefault();
      const outcome = amount.value === '' ? undefined : { amountToRecover: Number(amount.value), summary: summary.value.trim() };
      act('/transition', { action: 'confirm', ...(type.value ? { violationType: type.value } : {}), ...(outcome && outcome.summary ? { outcome } : {}) });
    } }, type, h('label', {}, '追回金额(元)', amount), summary,
    h('span', { class: 'muted' }, `统筹申报 ${yuan(c.fundClaimed)}`),
    h('button', { type: 'submit', class: 'danger', 'data-testid': 'action-confirm' }, ACTION.confirm)));
  }
  if (mine.has('dismiss')) {
    const code = select('dismiss-reason', DISMISSAL_REASONS, '排除原因');
    const text = h('input', { type: 'text', size: 40, 'data-testid': 'dismiss-text', placeholder: '说明' });
    forms.push(h('form', { onsubmit: (e) => {
      e.preventDefault();
      act('/transition', { action: 'dismiss', ...(code.value ? { reasonCode: code.value } : {}), ...(text.value.trim() ? { reason: text.value.trim() } : {}) });
    } }, code, text, h('button', { type: 'submit', 'data-testid': 'action-dismiss' }, ACTION.dismiss)));
  }
  if (supervisor && (c.status === 'investigating' || c.status === 'confirmed')) {
    const max = h('input', { type: 'number', min: '0', step: '0.01', 'data-testid': 'approve-amount' });
    const why = h('input', { type: 'text', 'data-testid': 'approve-reason', placeholder: '审批理由' });
    forms.push(h('form', { onsubmit: (e) => { e.preventDefault(); act('/approvals', { amountToRecover: Number(max.value), reason: why.value.trim() }); } },
      '审批超过统筹申报额的追回，最高(元)', max, why, h('button', { type: 'submit', 'data-testid': 'action-approve' }, '审批')));
  }
  const canNote = c.assignee === me.name || supervisor;

  const noteText = h('textarea', { rows: 2, 'data-testid': 'note-text', placeholder: '备注内容' });
  const groups = groupHits(c.hits);
  const related = new Set((c.relatedCases ?? []).map((r) => r.claimId));
  let items = null;
  const p = claim.patient;
  draw(
    h('p', {}, h('a', { href: '#/queue' }, '← 返回病例队列')),
    h('h2', {}, '病例 ', h('span', { 'data-testid': 'case-id' }, c.claimId), ' ', h('span', { class: `badge ${c.status}`, 'data-testid': 'case-status' }, label(STATUS, c.status))),
    h('section', { class: 'facts' },
      fact('审核结论', label(DECISION, c.decision)),
      fact('风险分', c.summary.riskScore.toFixed(3)),
      fact('涉及金额', yuan(c.summary.amountAtStakeFen / 100)),
      fact('处理人', c.assignee ?? '—'),
      fact('办理期限', c.dueAt ? h('span', { 'data-testid': 'case-due' }, `${c.dueAt.slice(0, 10)}${c.overdue ? '（已逾期）' : ''}`) : '—'),
      fact('立案天数', `${c.ageDays} 天`),
      fact('追回金额', c.outcome ? yuan(c.outcome.amountToRecover) : '—'),
      fact('参保人', h('span', {}, h('span', { 'data-testid': 'insured-id' }, p.insuredId), ' ',
        h('a', { href: `#/member/${encodeURIComponent(c.claimId)}`, 'data-testid': 'member-link' }, '参保人页面 →'))),
      p.name ? fact('姓名', p.name) : null,
      p.idNumber ? fact('身份证号', p.idNumber) : null,
      fact('性别/出生', `${p.gender === 'M' ? '男' : '女'} / ${p.birthDate}`),
      fact('统筹区', claim.region),
      fact('医疗机构', h('span', {}, h('a', { href: `#/institution/${encodeURIComponent(claim.provider.hospitalId)}`, 'data-testid': 'institution-link' }, claim.provider.hospitalId), `（${claim.provider.level}级）`)),
      fact('科室/医生', h('span', {}, `${c.departmentName ?? '—'} / `, claim.provider.doctorId
        ? h('a', { href: `#/doctor/${encodeURIComponent(claim.provider.hospitalId)}/${encodeURIComponent(claim.provider.doctorId)}`, 'data-testid': 'doctor-link' }, claim.provider.doctorId) : '—')),
      fact('就诊类型', label(VISIT, claim.visitType)),
      fact('就诊日期', claim.admissionDate ? `${claim.admissionDate} 至 ${claim.dischargeDate ?? ''}` : claim.visitDate),
      fact('诊断', h('span', { 'data-testid': 'diagnoses' }, (c.diagnoses ?? claim.diagnoses).map((d) => `${d.code}${d.name ? ` ${d.name}` : ''}${d.principal ? '（主要诊断）' : ''}`).join('；'))),
      fact('总费用/统筹申报', `${yuan(claim.amounts.total)} / ${yuan(claim.amounts.fundClaimed)}`),
    ),
    c.identityRevealed ? h('p', { class: 'muted' }, '身份信息已完整显示，本次查看已记入审计记录。')
      : h('button', { type: 'button', 'data-testid': 'reveal', onclick: () => renderCase(claimId, me, { reveal: true, draw }) }, '显示完整身份信息（记入审计）'),
    notice ? h('p', { class: 'error', 'data-testid': 'stale-notice' }, notice) : null,
    resolution(c),
    h('section', { class: 'workflow' }, h('h3', {}, '处理'),
      forms.length ? forms : h('p', { class: 'muted', 'data-testid': 'read-only' }, c.assignee && c.assignee !== me.name && me.role === 'investigator' ? `由 ${c.assignee} 办理` : `${label(ROLE, me.role)}只读`), msg),
    h('section', {}, h('h3', {}, `规则命中（${c.hits.length} 次，${groups.length} 条规则）`),
      h('ol', { class: 'hits', 'data-testid': 'hits' }, groups.map((g) => hitGroup(g, rules, related)))),
    c.explanation ? anomalySection(c.explanation) : null,
    relatedSection(c),
    h('section', {}, h('h3', {}, '费用明细（命中行已标出）'),
      h('label', {}, h('input', { type: 'checkbox', 'data-testid': 'only-hit-lines', onchange: (e) => {
        for (const row of items.querySelectorAll('tbody tr')) row.hidden = e.target.checked && row.dataset.testid !== 'offending-line';
      } }), ' 只看命中行'),
      items = h('table', { class: 'grid', 'data-testid': 'items' },
        h('thead', {}, h('tr', {}, ['行号', '日期', '类别', '编码', '名称', '数量', '单价', '金额', '命中规则'].map((t) => h('th', {}, t)))),
        h('tbody', {}, claim.items.map((it) => h('tr', { class: hitLines.has(it.lineId) ? 'offending' : '', 'data-testid': hitLines.has(it.lineId) ? 'offending-line' : 'line' },
          h('td', {}, it.lineId), h('td', {}, it.date), h('td', {}, label(CATEGORY, it.category)), h('td', {}, it.code), h('td', {}, it.name ?? ''),
          h('td', { class: 'num' }, it.quantity), h('td', { class: 'num' }, yuan(it.unitPrice)), h('td', { class: 'num' }, yuan(it.amount)),
          h('td', {}, [...new Set(hitLines.get(it.lineId) ?? [])].join('、'))))))),
    h('section', {}, h('h3', {}, '参保人近期就诊 ', h('a', { href: `#/member/${encodeURIComponent(c.claimId)}` }, '（参保人页面：全部就诊、病例与趋势 →）')),
      c.memberClaims.length ? h('table', { class: 'grid', 'data-testid': 'member-claims' },
        h('thead', {}, h('tr', {}, ['病例号', '就诊日期', '类型', '医疗机构', '主诊断类目', '总费用', '审核结论', '风险分'].map((t) => h('th', {}, t)))),
        h('tbody', {}, c.memberClaims.map((m) => h('tr', {}, h('td', {}, related.has(m.claimId) ? h('a', { href: `#/case/${encodeURIComponent(m.claimId)}` }, m.claimId) : m.claimId), h('td', {}, `${m.serviceDate}${m.endDate !== m.serviceDate ? ` 至 ${m.endDate}` : ''}`), h('td', {}, label(VISIT, m.visitType)),
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
      canNote ? h('div', {}, noteText, h('button', { type: 'button', 'data-testid': 'add-note', onclick: () => noteText.value.trim() && act('/notes', { text: noteText.value.trim() }) }, '添加备注')) : null),
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

/** How the case ended: the violation type, amount and conclusion of a confirmation, or the reason of a dismissal. */
function resolution(c) {
  if (c.status === 'confirmed' && c.outcome) {
    return h('section', { class: 'conclusion', 'data-testid': 'conclusion' }, h('h3', {}, '处理结论'),
      h('p', {}, `违规类型：${c.outcome.violationType ?? '—'}；追回金额 ${yuan(c.outcome.amountToRecover)}`),
      h('p', { 'data-testid': 'conclusion-text' }, c.outcome.summary),
      c.approval ? h('p', { class: 'muted' }, `${c.approval.by} 已审批超额追回，最高 ${yuan(c.approval.maxAmount)}`) : null);
  }
  if (c.status === 'dismissed' && c.dismissal) {
    return h('section', { class: 'conclusion', 'data-testid': 'conclusion' }, h('h3', {}, '排除原因'),
      h('p', { 'data-testid': 'conclusion-text' }, `${c.dismissal.reasonCode}：${c.dismissal.text}`));
  }
  if (c.approval) return h('p', { class: 'muted', 'data-testid': 'approval' }, `${c.approval.by} 已审批超额追回，最高 ${yuan(c.approval.maxAmount)}（${c.approval.reason}）`);
  return null;
}

// The rule library's metadata (GET /rules: 结果类型, 监管环节, 时间区间, 政策依据), fetched once per page load.
let library = null;
async function ruleLibrary() {
  library ??= api('/rules').then((r) => new Map(r.rules.map((x) => [x.id, x])), () => new Map());
  return library;
}

function ruleMeta(rules, hit) {
  if (hit.family === 'anomaly') return h('div', { class: 'rule-meta muted', 'data-testid': 'rule-meta' }, '可疑 · 异常检测模型的提示，非规则认定');
  const m = rules.get(hit.ruleId)?.meta;
  if (!m) return null;
  return h('div', { class: 'rule-meta muted', 'data-testid': 'rule-meta' },
    `${m.resultType} · ${m.stages.join('、')} · ${m.period} · 依据：${m.basis.join('；')}`);
}

/** Hits of one rule together, in the order the rules first hit. */
function groupHits(hits) {
  const byRule = new Map();
  for (const hit of hits) byRule.set(hit.ruleId, [...(byRule.get(hit.ruleId) ?? []), hit]);
  return [...byRule.values()];
}

/** One rule's hits: a single one as it is; repeated ones as one entry with the count, the total and each occurrence. */
function hitGroup(g, rules, related) {
  const first = g[0];
  const amounts = g.filter((x) => x.amount !== null);
  const total = amounts.length ? Math.round(amounts.reduce((s, x) => s + x.amount * 100, 0)) / 100 : null;
  const lines = [...new Set(g.flatMap((x) => x.lineIds))];
  return h('li', { class: `hit ${first.severity}`, 'data-testid': 'hit-group', 'data-rule': first.ruleId, 'data-count': g.length },
    h('div', {}, h('span', { class: 'badge' }, label(FAMILY, first.family)), ' ', h('span', { class: `sev ${first.severity}` }, label(SEVERITY, first.severity)), ' ', h('code', {}, first.ruleId),
      g.length > 1 ? h('strong', { 'data-testid': 'hit-count' }, ` · 命中 ${g.length} 次`) : '',
      total !== null ? ` · 涉及 ${yuan(total)}` : '', lines.length ? ` · 明细行 ${lines.join('、')}` : ''),
    ruleMeta(rules, first),
    g.length === 1 ? occurrence(first, related)
      : h('details', { 'data-testid': 'hit-occurrences' }, h('summary', {}, `逐次查看（${g.length}）`), h('ol', {}, g.map((x) => h('li', {}, occurrence(x, related))))));
}

function occurrence(hit, related) {
  return h('div', {},
    h('div', { class: 'message' }, hit.message, ownFigures(hit)),
    hit.family !== 'anomaly' && hit.evidence ? h('dl', { class: 'evidence', 'data-testid': 'evidence' }, Object.entries(hit.evidence).map(([k, v]) =>
      [h('dt', {}, EVIDENCE[k] ?? k), h('dd', {}, typeof v === 'string' && related.has(v) ? h('a', { href: `#/case/${encodeURIComponent(v)}` }, v) : evidenceText(v))])) : null);
}

/** An occurrence's own money and lines, when it is one of several. */
function ownFigures(hit) {
  const parts = [hit.amount !== null ? `涉及 ${yuan(hit.amount)}` : '', hit.lineIds.length ? `明细行 ${hit.lineIds.join('、')}` : ''].filter(Boolean);
  return parts.length ? h('span', { class: 'muted' }, `（${parts.join('，')}）`) : '';
}

/** Cases to open from this one, each with why it is related; those in other provinces only counted. */
function relatedSection(c) {
  const items = c.relatedCases ?? [];
  const why = (r) => r.relations.map((x) => (x.kind === 'pair' ? `${RELATION.pair}（${x.ruleId}）` : x.kind === 'doctor-item' ? `${RELATION['doctor-item']}（${x.itemCode}）` : RELATION[x.kind])).join('、');
  return h('section', {}, h('h3', {}, `相关病例（${items.length}）`),
    items.length ? h('table', { class: 'grid', 'data-testid': 'related-cases' },
      h('thead', {}, h('tr', {}, ['病例号', '关联', '状态', '就诊日期', '医疗机构', '医生', '涉及金额', '规则'].map((t) => h('th', {}, t)))),
      h('tbody', {}, items.map((r) => h('tr', { 'data-testid': 'related-case' },
        h('td', {}, h('a', { href: `#/case/${encodeURIComponent(r.claimId)}` }, r.claimId)), h('td', {}, why(r)),
        h('td', {}, h('span', { class: `badge ${r.status}` }, label(STATUS, r.status))), h('td', {}, r.serviceDate), h('td', {}, r.hospitalId), h('td', {}, r.doctorId ?? '—'),
        h('td', { class: 'num' }, yuan(r.amountAtStake)), h('td', {}, r.ruleIds.join('、'))))))
      : h('p', { class: 'muted' }, '没有相关病例'),
    c.relatedCasesInOtherProvinces ? h('p', { class: 'muted', 'data-testid': 'related-elsewhere' }, `另有 ${c.relatedCasesInOtherProvinces} 个相关病例在其他省份（无权查看）`) : null);
}
