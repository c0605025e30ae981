// Chinese for every machine code a 4xx (or 503) can carry (src/contract/error-codes.ts; test/console/workbench.test.ts
// holds this table to that list). The API's English text stays in the error object for support, never on screen.

export const MESSAGES = {
  invalid: '请求有误',
  unauthenticated: '未登录或密钥无效，请重新登录',
  forbidden: '无权执行此操作',
  'not-found': '未找到该记录',
  conflict: '当前状态下不能执行此操作',
  unprocessable: '内容无法使用',
  'not-supported': '本服务不支持此操作',
  'bad-json': '请求内容不是有效的 JSON',
  'body-too-large': '提交的内容过长',
  unsupported_media_type: '请求内容须为 JSON',
  'no-such-route': '请求的地址不存在',
  'too-many-failures': '登录失败次数过多，请稍后再试',
  'store-unavailable': '存储暂时不可写，请稍后重试',
  'role-not-allowed': '您的角色无权执行此操作',
  'outside-provinces': '该病例或所选省份不在您负责的范围内',
  'not-assignee': '只有该病例的处理人可以办理',
  'take-new-only': '该病例已被他人领取；改派请联系科长（督导）',
  'take-self-only': '稽核员只能把病例分配给自己；分派给他人须由科长（督导）办理',
  'reassign-reason-required': '改派病例须填写原因',
  'unknown-assignee': '处理人须为本省有效的稽核员或科长（督导）',
  stale: '病例已被他人更新，页面已刷新为最新状态，请核对后重试',
  'illegal-transition': '病例当前状态不允许此操作',
  'dismissal-reason-required': '排除病例须选择排除原因并填写说明',
  'violation-type-required': '确认违规须选择违规类型',
  'conclusion-required': '确认违规须填写追回金额和结论',
  'outcome-only-with-confirm': '只有确认违规时才能填写处理结果',
  'amount-over-claimed': '追回金额超过统筹基金申报金额，须先经科长（督导）审批',
  'outcome-not-allowed': '只有调查中或已确认的病例才能登记处理结果',
  'bad-cursor': '翻页位置已失效，请重新查询',
  'too-many-cases': '一次选择的病例过多',
  'inspection-role': '只有督导员或管理员可以创建检查任务、组建检查组',
  'inspection-out-of-province': '该检查任务或机构不在您的省份范围内',
  'inspection-not-found': '检查任务不存在',
  'inspection-point-not-found': '该检查任务没有这个疑点',
  'inspection-no-suspects': '该机构在检查期间没有疑点病例，无需检查',
  'inspection-bad-period': '检查期间的开始日期晚于结束日期',
  'inspection-bad-team': '检查组成员或组长不符合要求',
  'inspection-not-member': '只有检查组成员可以记录核查结果',
  'inspection-not-leader': '只有检查组组长可以结束检查',
  'inspection-closed': '检查任务已结束，不能再修改',
  'inspection-points-pending': '还有疑点未记录核查结果，不能结束检查',
  'inspection-bad-finding': '核查结果、金额与违规类型不一致',
};

/** Chinese names of the fields a 400 can name. */
const FIELDS = {
  assignee: '处理人', reason: '原因/说明', reasonCode: '排除原因', violationType: '违规类型', outcome: '处理结果',
  'outcome.amountToRecover': '追回金额', 'outcome.summary': '结论', amountToRecover: '追回金额', summary: '结论',
  text: '备注', expectedUpdatedAt: '页面版本', claimIds: '病例', claim: '病例号', insuredId: '参保人编号',
  patientName: '姓名', hospital: '医疗机构', doctor: '医生', department: '科室', rule: '规则', region: '统筹区',
  province: '省份', scoreMin: '风险分下限', scoreMax: '风险分上限', from: '就诊日期自', to: '就诊日期至',
  amountMin: '金额下限', amountMax: '金额上限', sort: '排序', order: '顺序', limit: '每页条数', cursor: '翻页位置',
  status: '状态', decision: '审核结论', family: '规则族', assigneeName: '处理人',
  hospitalId: '医疗机构', doctorId: '医生', leader: '组长', team: '检查组成员', result: '核查结论', note: '说明',
  conclusion: '检查结论', title: '任务名称', month: '月份', minClaims: '最少就诊数', name: '名称', role: '角色', provinces: '省份',
};

const CHINESE = /[\u4e00-\u9fff]/;

/**
 * What the console shows for a failed request: the code's Chinese text, with the fields a 400 names. Where the
 * server's own message is already Chinese (the inspections' say which point, which member), that more precise
 * text is shown; the table's text stands for every other code.
 */
export function zhMessage(status, body) {
  const code = body?.code;
  const own = typeof body?.error === 'string' && CHINESE.test(body.error) ? body.error : null;
  const base = own ?? MESSAGES[code] ?? (status >= 500 ? '服务暂时不可用，请稍后重试' : `请求失败（${status}）`);
  const fields = (body?.errors ?? []).map((e) => FIELDS[e.path] ?? e.path).filter(Boolean);
  return fields.length ? `${base}：${[...new Set(fields)].join('、')}` : base;
}
