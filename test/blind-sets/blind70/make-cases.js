#!/usr/bin/env node
// blind70: rational drug use in hospitals (医院合理用药). Usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || __dirname);
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || path.join(__dirname, '../base70/rules/catalogue'));
const GROUPS = opt('--groups');

// ---------- random ----------
let seed = 70070070;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const FILES = ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json', 'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json'];
const BYNAME = {};
for (const f of FILES) { const p = path.join(CAT, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!BYNAME[r.name]) BYNAME[r.name] = r; }
function row(name) { const r = BYNAME[name]; if (!r) throw new Error('no catalogue row: ' + name); return r; }

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const addDays = (d, n) => iso(Date.parse(d + 'T00:00:00Z') + n * 86400000);
const dayOf = (n) => iso(D0 + n * 86400000); // day n of 2025

// ---------- institutions ----------
const H = [
  // id, region, level, kind
  ['H51010001', '510100', 3, '成都 三级综合'], ['H51010002', '510100', 2, '成都 二级综合'], ['H51010003', '510100', 1, '成都 社区卫生服务中心'],
  ['H51012101', '510121', 2, '金堂县人民医院'], ['H51012102', '510121', 1, '金堂县 乡镇卫生院'],
  ['H22010001', '220100', 3, '长春 三级综合'], ['H22010002', '220100', 2, '长春 二级综合'], ['H22010003', '220100', 1, '长春 社区卫生服务中心'],
  ['H22012201', '220122', 2, '农安县人民医院'], ['H22012202', '220122', 1, '农安县 乡镇卫生院'],
  ['H23010001', '230100', 3, '哈尔滨 三级综合'], ['H23010002', '230100', 2, '哈尔滨 二级综合'],
  ['H23012301', '230123', 2, '依兰县人民医院'], ['H23012302', '230123', 1, '依兰县 乡镇卫生院'],
  ['H37010001', '370100', 3, '济南 三级综合'], ['H37010002', '370100', 2, '济南 二级综合'], ['H37010003', '370100', 1, '济南 社区卫生服务中心'],
  ['H37012401', '370124', 2, '平阴县人民医院'], ['H37012402', '370124', 1, '平阴县 乡镇卫生院'],
].map(([id, region, level, name], i) => ({ id, region, level, name, pf: [1, 0.95, 0.9][i % 3] }));
const hosp = (id) => H.find(h => h.id === id);
const L = (lv) => H.filter(h => h.level === lv);
const L23 = () => H.filter(h => h.level >= 2);
const DEPTS = ['neurology', 'neurosurgery', 'icu', 'general_surgery', 'orthopedics', 'gastroenterology', 'respiratory', 'cardiology', 'geriatrics', 'oncology', 'general_practice', 'rehabilitation', 'internal_medicine', 'hepatology', 'urology'];
const TITLES = ['主任医师', '副主任医师', '主治医师', '住院医师'];
const DOCS = {};
function doc(h, dept, k) { // k 1..4, fixed title per doctor
  const di = DEPTS.indexOf(dept); if (di < 0) throw new Error('dept ' + dept);
  const id = 'D' + h.id.slice(1) + String(di).padStart(2, '0') + k;
  let title = TITLES[k - 1]; if (h.level === 1 && k <= 2) title = '主治医师';
  DOCS[id] = { doctorId: id, hospitalId: h.id, department: dept, title };
  return id;
}

// ---------- members ----------
let pseq = 0;
function person({ age = [40, 75], gender, scheme, region, chronic }) {
  pseq++;
  const a = Array.isArray(age) ? ri(age[0], age[1]) : age;
  const g = gender || (rnd() < 0.5 ? 'M' : 'F');
  const sc = scheme || (rnd() < 0.55 ? 'employee' : 'resident');
  const birth = `${2025 - a - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  let retired = false, contrib = 0;
  if (sc === 'employee') {
    const retAge = g === 'M' ? 60 : 55;
    contrib = Math.max(1, Math.min(a - 20, 38));
    retired = a >= retAge + 1 && contrib >= (g === 'M' ? 30 : 25);
  }
  const enr = sc === 'employee'
    ? { enrolledOn: `${2025 - contrib}-07-01`, inConcentratedPeriod: true, continuousYears: contrib, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contrib, special: null }
    : { enrolledOn: '2024-11-20', inConcentratedPeriod: true, continuousYears: ri(4, 12), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: 0, special: null };
  if (chronic) enr.chronicDiseases = chronic;
  return { insuredId: 'P7' + String(pseq).padStart(6, '0'), gender: g, birthDate: birth, retired, scheme: sc, region, enr };
}

// ---------- policies / money ----------
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '../benefits/policies.json'), 'utf8'));
function schemePolicy(region, scheme, vt) {
  const p = POL.provinces[region.slice(0, 2)]; let s = p.schemes[scheme][vt];
  const ov = p.regions && p.regions[region] && p.regions[region].schemes && p.regions[region].schemes[scheme] && p.regions[region].schemes[scheme][vt];
  if (ov) s = Object.assign({}, s, ov);
  return s;
}
const fen = (y) => Math.round(y * 100);

// ---------- claims ----------
const CLAIMS = []; const LABELS = [];
let cseq = 0;
class Bill {
  constructor(h, level) { this.h = h; this.lines = []; }
  add(name, date, qty, o = {}) {
    if (!qty) return null;
    const r = row(name);
    let cap = r.priceCap[String(this.h.level)];
    let unit = fen(cap * (r.category === 'service' ? this.h.pf : 1));
    if (o.price) unit = fen(o.price);
    const id = String(this.lines.length + 1);
    this.lines.push({ lineId: id, code: r.code, name: r.name, category: r.category, date, quantity: qty, unitFen: unit, amountFen: unit * qty, cls: r.class, share: r.selfPayShare || 0, ...(o.longPrescription ? { longPrescription: true } : {}) });
    return id;
  }
  ids(pred) { return this.lines.filter(pred).map(l => l.lineId); }
}
function makeClaim(c) {
  // c: {h, dept, doctorId, p, visitType, adm, dis, visit, dx, procs, bill, route, mode, transferFrom}
  cseq++;
  const h = c.h; const p = c.p;
  const claim = { claimId: `${h.region}-${h.id}-2025-${String(cseq).padStart(6, '0')}`, region: h.region, insuranceType: p.scheme, visitType: c.visitType,
    patient: { insuredId: p.insuredId, gender: p.gender, birthDate: p.birthDate, retired: p.retired }, enrollment: p.enr,
    provider: { hospitalId: h.id, level: h.level, department: c.dept, doctorId: c.doctorId } };
  if (p.region && p.region !== h.region) claim.insuredRegion = p.region;
  if (c.visitType === 'inpatient') { claim.admissionDate = c.adm; claim.dischargeDate = c.dis; if (c.route) claim.admissionRoute = c.route; claim.dischargeMode = c.mode || 'ordered'; if (c.transferFrom) claim.transferFromHospitalId = c.transferFrom; }
  else claim.visitDate = c.visit;
  claim.diagnoses = c.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  claim.procedures = (c.procs || []).map(([code, date]) => ({ code, date }));
  let tot = 0, self = 0;
  claim.items = c.bill.lines.map(l => { tot += l.amountFen; self += l.cls === '丙' ? l.amountFen : Math.round(l.amountFen * l.share);
    const it = { lineId: l.lineId, code: l.code, name: l.name, category: l.category, date: l.date, quantity: l.quantity, unitPrice: l.unitFen / 100, amount: l.amountFen / 100 };
    if (l.longPrescription) it.longPrescription = true; return it; });
  const policy = tot - self;
  const sp = schemePolicy(p.region || h.region, p.scheme, c.visitType);
  let ded = 0, ratio;
  if (c.visitType === 'inpatient') { ded = fen(sp.deductible[String(h.level)]); }
  ratio = typeof sp.ratio === 'object' ? sp.ratio[String(h.level)] : sp.ratio;
  if (p.retired) ratio += sp.retireeRatioBonus || 0;
  let fund = Math.floor(Math.max(0, policy - ded) * ratio);
  fund = Math.min(fund, fen(sp.annualFundCap));
  claim.amounts = { total: tot / 100, policy: policy / 100, fundClaimed: fund / 100 };
  claim._settle = c.visitType === 'inpatient' ? c.dis : c.visit;
  CLAIMS.push(claim);
  return claim;
}

// ---------- stay templates ----------
// inpatient stay: returns {b, days[], adm, dis}; base items billed; caller adds clinical items then calls finish
function stay(h, adm, los, o = {}) {
  const b = new Bill(h); const days = []; for (let i = 0; i < los; i++) days.push(addDays(adm, i));
  const dis = addDays(adm, los);
  const bed = o.bed || '普通病房床位费(三人间)';
  for (const d of days) {
    if (o.icuDays && o.icuDays.includes(d)) { b.add('监护病房床位费', d, 1); b.add('重症监护', d, 24); }
    else { b.add(bed, d, 1); b.add(o.nursing || 'Ⅱ级护理', d, 1); }
    b.add('住院诊查费', d, 1);
  }
  if (!o.noLabs) {
    b.add('血常规(五分类)', adm, 1); b.add('尿常规', adm, 1); b.add('肝功能(全套)', adm, 1); b.add('肾功能(三项)', adm, 1);
    b.add('电解质(四项)', adm, 1); b.add('常规心电图检查', adm, 1);
    if (o.coag !== false) b.add('凝血四项', adm, 1);
    if (los >= 5) b.add('血常规(五分类)', days[Math.min(los - 1, 3)], 1);
  }
  return { b, days, adm, dis, h };
}
// IV infusion day: fee + sets + diluent; groups 1..4
function ivDay(b, d, groups) {
  b.add('静脉输液(第一组)', d, 1); if (groups > 1) b.add('静脉输液(每增加一组)', d, groups - 1);
  b.add('一次性使用输液器', d, Math.min(groups, 4)); b.add('氯化钠注射液', d, groups);
}
function surgeryItems(b, d, kind, h) {
  const S = {
    hernia: ['腹股沟疝修补术', [['疝修补补片', 1]], 'spinal'],
    chole: ['腹腔镜下胆囊切除术', [['一次性腹腔镜穿刺器', 2], ['止血夹(结扎夹)', 4]], 'ga'],
    appy: ['腹腔镜下阑尾切除术', [['一次性腹腔镜穿刺器', 2], ['止血夹(结扎夹)', 2]], 'ga'],
    thyroid: ['甲状腺腺叶切除术', [['可吸收止血材料(止血纱布/明胶海绵)', 1]], 'ga'],
    varicose: ['大隐静脉高位结扎+剥脱术', [['医用弹力绷带', 2]], 'spinal'],
    hip: ['人工全髋关节置换术', [['髋关节假体(全髋)', 1], ['骨科螺钉', 2]], 'ga'],
    knee: ['人工全膝关节置换术', [['膝关节假体(全膝)', 1]], 'ga'],
    orif: ['骨折切开复位内固定术', [['接骨板', 1], ['骨科螺钉', 6]], 'ga'],
  }[kind];
  b.add(S[0], d, 1);
  if (S[2] === 'ga') { b.add('全身麻醉', d, 2); b.add('丙泊酚中/长链脂肪乳注射液', d, 2); b.add('注射用维库溴铵', d, 1); b.add('枸橼酸芬太尼注射液', d, 2); }
  else { b.add('椎管内麻醉', d, 1); b.add('一次性使用麻醉穿刺包', d, 1); b.add('盐酸罗哌卡因注射液', d, 1); }
  for (const [n, q] of S[1]) b.add(n, d, q);
  b.add('可吸收缝线', d, 2); b.add('一次性手术衣及铺单包', d, 1); b.add('一次性电刀笔', d, 1);
}
const PROC = { hernia: '53.0400', chole: '51.2300', appy: '47.0100', thyroid: '06.2x00', varicose: '38.5901', hip: '81.5100', knee: '81.5400', orif: '79.3500' };
const SURG_DX = { hernia: 'K40.901', chole: 'K80.101', appy: 'K35.800x001', thyroid: 'E04.101', varicose: 'I83.903', hip: 'M16.900', knee: 'M17.900', orif: 'S72.000' };
const SURG_MIN = { hernia: 1, chole: 2, appy: 1, thyroid: 2, varicose: 1, hip: 3, knee: 3, orif: 2 };
const SURG_DEPT = { hernia: 'general_surgery', chole: 'general_surgery', appy: 'general_surgery', thyroid: 'general_surgery', varicose: 'general_surgery', hip: 'orthopedics', knee: 'orthopedics', orif: 'orthopedics' };

// generic surgical stay with prophylaxis on op day only (≤24 h)
function surgicalStay(h, p, adm, kind, o = {}) {
  const los = o.los || ({ hernia: 4, chole: 5, appy: 5, thyroid: 5, varicose: 4, hip: 10, knee: 10, orif: 9 }[kind] + ri(0, 1));
  const s = stay(h, adm, los, { nursing: o.nursing || (kind === 'hip' || kind === 'knee' || kind === 'orif' ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  const { b, days } = s; const op = days[1];
  b.add('术前八项(感染筛查)', days[0], 1); b.add('血型鉴定(ABO+Rh)', days[0], 1); b.add('胸部X线摄影(正侧位)', days[0], 1);
  if (kind === 'chole' || kind === 'appy') b.add('腹部B超', days[0], 1);
  if (kind === 'thyroid') b.add('甲状腺彩超', days[0], 1);
  if (kind === 'varicose') b.add('下肢血管彩色多普勒超声', days[0], 1);
  if (kind === 'hip' || kind === 'orif') b.add('四肢X线摄影', days[0], 1);
  surgeryItems(b, op, kind, h);
  if (kind === 'appy') b.add('病理检查(常规石蜡切片)', op, 1);
  // prophylaxis: 注射用头孢呋辛钠 before incision (+ 1 dose within 24 h)
  if (!o.noProphylaxis) { b.add('注射用头孢呋辛钠', op, kind === 'hip' || kind === 'knee' ? 3 : 2); }
  for (let i = 1; i < Math.min(days.length, 4); i++) ivDay(b, days[i], 2);
  b.add('复方氯化钠注射液', op, 2);
  b.add('对乙酰氨基酚片', days[2] || op, 3);
  if (kind === 'hip' || kind === 'knee' || kind === 'orif') { for (let i = 2; i < Math.min(days.length, 12); i++) b.add('低分子量肝素钙注射液', days[i], 1); b.add('下肢血管彩色多普勒超声', days[days.length - 2], 1); }
  if (days.length > 3) b.add('换药(中)', days[3], 1);
  b.add('一次性使用换药包', days[Math.min(3, days.length - 1)], 1);
  return Object.assign(s, { op, dx: [SURG_DX[kind]], procs: [[PROC[kind], op]], dept: SURG_DEPT[kind] });
}
// acute ischaemic stroke stay (neurology)
function strokeStay(h, p, adm, los, o = {}) {
  const s = stay(h, adm, los, { nursing: 'Ⅰ级护理' }); const { b, days } = s;
  b.add('头颅CT平扫', days[0], 1);
  if (h.level >= 2 && o.mri !== false) b.add('头颅MRI平扫', days[1], 1);
  b.add('颈部血管彩色多普勒超声', days[1], 1); b.add('心脏彩色多普勒超声', days[2], 1);
  b.add('血脂(四项)', days[1], 1); b.add('糖化血红蛋白测定', days[1], 1);
  for (const d of days) { b.add('阿司匹林肠溶片', d, 1); b.add('阿托伐他汀钙片', d, 1); }
  for (let i = 0; i < Math.min(days.length, 21); i++) b.add('硫酸氢氯吡格雷片', days[i], 1);
  if (o.rehab) for (let i = 3; i < days.length; i++) { b.add('运动疗法', days[i], 1); if (i % 2) b.add('言语训练', days[i], 1); }
  return Object.assign(s, { dx: o.dx || ['I63.900', 'I10.x00x002'], procs: [], dept: o.dept || 'neurology' });
}
// community pneumonia stay (respiratory)
function pneumoniaStay(h, p, adm, los, o = {}) {
  const s = stay(h, adm, los, {}); const { b, days } = s;
  b.add(h.level >= 2 ? '胸部CT平扫' : '胸部X线摄影(正侧位)', days[0], 1); b.add('C反应蛋白测定', days[0], 1);
  if (o.culture) b.add('细菌培养及药敏', days[0], 1);
  if (h.level >= 2 && o.pct) b.add('降钙素原测定', days[0], 1);
  for (let i = 0; i < days.length; i++) {
    if (!o.noAbx) { b.add('注射用头孢曲松钠', days[i], 2); }
    if (i < 5) b.add('盐酸氨溴索注射液', days[i], 2);
    ivDay(b, days[i], o.noAbx ? 1 : 2);
  }
  b.add('吸氧', days[0], 12); b.add('一次性使用吸氧管', days[0], 1);
  return Object.assign(s, { dx: o.dx || ['J18.900'], procs: [], dept: 'respiratory' });
}
function outpatient(h, p, visit, dept, k, items, dx, o = {}) {
  const b = new Bill(h); const docId = doc(h, dept, k); const title = DOCS[docId].title;
  const fee = o.chronic ? '门诊慢特病管理诊查费' : title === '主任医师' && h.level >= 2 ? '主任医师门诊诊察费' : title === '副主任医师' && h.level >= 2 ? '副主任医师门诊诊察费' : '普通门诊诊察费';
  b.add(fee, visit, 1);
  const marks = {};
  for (const [n, q, tag, lp] of items) { const id = b.add(n, visit, q, lp ? { longPrescription: true } : {}); if (tag) (marks[tag] = marks[tag] || []).push(id); }
  const c = makeClaim({ h, dept, doctorId: docId, p, visitType: o.chronic ? 'chronic' : 'outpatient', visit, dx, bill: b });
  return { c, marks };
}
function closeStay(s, p, dept, k, o = {}) {
  return makeClaim({ h: s.h, dept: dept || s.dept, doctorId: o.doctorId || doc(s.h, dept || s.dept, k || 2), p, visitType: 'inpatient', adm: s.adm, dis: s.dis, dx: o.dx || s.dx, procs: o.procs || s.procs, bill: s.b, route: o.route || 'outpatient', mode: o.mode, transferFrom: o.transferFrom });
}
function label(kind, code, name, claims, targets, mutated) {
  const mut = {}; for (const [cl, ids] of mutated || []) if (ids && ids.length) mut[cl.claimId] = (mut[cl.claimId] || []).concat(ids.map(String));
  const l = { caseId: `${code}-${String(LABELS.filter(x => x.code === code).length + 1).padStart(2, '0')}`, kind, code, name, claimIds: claims.map(c => c.claimId), targets: targets.map(c => c.claimId), mutatedLines: mut };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  LABELS.push(l);
}
const startDay = () => ri(10, 320);
const lineIdsOn = (b, names, pred) => b.ids(l => names.includes(l.name) && (!pred || pred(l)));

// ================= FRAUD TYPOLOGIES =================
const TN = {
  T01: '重点监控药品无指征全覆盖（同一医生各住院均用神经保护类重点监控药品）',
  T02: '特殊使用级抗菌药物首选用于社区感染（无培养、无会诊）',
  T03: '清洁手术预防用抗菌药物超疗程（5–7天）',
  T04: '两种中药注射剂同日联用',
  T05: '中药注射剂超限定支付（限二级以上/限急性期/疗程）',
  T06: '西药超限定医院级别（限二级/限三级药品在低级别机构）',
  T07: '无危险因素的质子泵抑制剂应激性溃疡预防（每例住院均用）',
  T08: '人血白蛋白/肠外营养超限定适应证',
  T09: '串换：目录外辅助用药以目录内神经保护药名义收费',
  T10: '同一药品以两个名称/剂型重复收费',
  T11: '分解住院以重开中药注射剂/重点监控药品疗程',
  T12: '多机构重复开具抗菌药物/PPI（超量开药）',
  T13: '低标准入院/挂床：一级机构反复住院仅输注辅助用药',
  T14: '虚记静脉用药：无输液操作日仍计静脉药品',
  T15: '虚增诊断以满足限定支付（无检查依据）',
};
const CN = {
  C01: '颅脑外伤（神经外科）说明书内使用神经节苷脂',
  C02: '急性脑梗死（MRI确诊）三级医院依达拉奉14天',
  C03: '脓毒症培养后降阶梯/升级至碳青霉烯（有会诊）',
  C04: '术后院内肺炎培养阳性使用利奈唑胺/替加环素',
  C05: '人工关节假体感染长疗程抗菌治疗（清创+培养）',
  C06: '化脓/穿孔性阑尾炎术后治疗性抗菌5–7天',
  C07: '清洁手术规范预防（≤24小时）',
  C08: '二级医院急性脑梗死单用一种中药注射剂（≤14天）',
  C09: '不稳定型心绞痛二级医院丹参注射液（限定内）',
  C10: '中药注射剂序贯更换（不重叠）',
  C11: 'ICU机械通气患者应激性溃疡预防用PPI',
  C12: '消化性溃疡出血静脉PPI+内镜止血',
  C13: '静脉PPI序贯改口服（不重叠）',
  C14: '肝硬化腹水腹腔穿刺后输注白蛋白（低白蛋白）',
  C15: '急性胰腺炎/肠梗阻禁食期肠外营养',
  C16: '县级医院脑梗死后康复住院（康复治疗为主）',
  C17: '计划性化疗周期再入院',
  C18: '脑梗死出院后跌倒骨折再入院（不同疾病）',
  C19: '幽门螺杆菌根除四联疗法14天',
  C20: '慢性反流病长处方PPI（单一机构）',
  C21: '一级机构转入三级医院后使用碳青霉烯',
  C22: '二级医院下肢动脉硬化闭塞症介入术后前列地尔（≤14天）',
  C23: '静脉推注/皮下注射药物无输液费（给药途径不同）',
  C24: '住院中新发脑梗死有影像证据后使用限定药品',
};
const RCODE = 'R00';

function T01(i) { // same doctor, 3 stays, monitored neuro drug whatever the diagnosis
  const h = pick(L23()); const dept = pick(['neurology', 'geriatrics', 'internal_medicine']); const d = doc(h, dept, ri(2, 3));
  const careful = i >= 8; const drug = pick(['奥拉西坦注射液', '单唾液酸四己糖神经节苷脂钠注射液', '胞磷胆碱钠注射液']);
  const dxs = careful ? [['R42.x00x004', 'I10.x00x002'], ['H81.100'], ['I67.800x003', 'I10.x00x002'], ['R51.x00'], ['I67.200', 'E11.900']] : [['I10.x00x002'], ['E11.900', 'I10.x00x002'], ['M54.500'], ['J20.900'], ['K29.700'], ['I25.103']];
  const claims = [], mut = []; let t = startDay();
  for (let k = 0; k < 3; k++) {
    const p = person({ age: [50, 80], region: h.region }); const los = ri(6, 9); const adm = dayOf(t + k * ri(5, 20));
    const s = stay(h, adm, los, {}); const { b, days } = s;
    b.add('头颅CT平扫', days[0], 1);
    const ids = [];
    for (let j = 0; j < los; j++) { ivDay(b, days[j], 2); ids.push(b.add(drug, days[j], drug === '单唾液酸四己糖神经节苷脂钠注射液' ? 1 : 2)); }
    if (!careful) for (const dd of days) b.add('苯磺酸氨氯地平片', dd, 1);
    const c = makeClaim({ h, dept, doctorId: d, p, visitType: 'inpatient', adm, dis: s.dis, dx: dxs[(i + k) % dxs.length], procs: [], bill: b, route: 'outpatient' });
    claims.push(c); mut.push([c, ids]);
  }
  label('fraud', 'T01', TN.T01, claims, claims, mut);
}
function T02(i) {
  const h = pick(L(3)); const p = person({ age: [25, 70], region: h.region }); const adm = dayOf(startDay()); const los = ri(5, 8);
  const v = i % 3; const careful = i >= 8;
  const s = stay(h, adm, los, {}); const { b, days } = s; let dx, dept;
  if (v === 0) { dx = ['J18.900']; dept = 'respiratory'; b.add('胸部CT平扫', days[0], 1); }
  else if (v === 1) { dx = ['N39.000']; dept = 'urology'; b.add('泌尿系B超', days[0], 1); }
  else { dx = ['K81.000', 'K80.101']; dept = 'general_surgery'; b.add('腹部B超', days[0], 1); }
  b.add('C反应蛋白测定', days[0], 1); if (careful) b.add('降钙素原测定', days[0], 1);
  const drug = pick([['注射用美罗培南', 3], ['注射用亚胺培南西司他丁钠', 4], ['注射用替加环素', 2], ['利奈唑胺注射液', 2]]);
  const ids = [];
  for (let j = 0; j < los; j++) { ivDay(b, days[j], 2); ids.push(b.add(drug[0], days[j], drug[1])); }
  const c = closeStay(s, p, dept, ri(2, 4), { dx, route: careful ? 'emergency' : 'outpatient' });
  label('fraud', 'T02', TN.T02, [c], [c], [[c, ids]]);
}
function T03(i) {
  const kind = pick(['hernia', 'thyroid', 'varicose', 'hernia', 'chole']);
  const h = pick(H.filter(x => x.level >= SURG_MIN[kind])); const p = person({ age: [30, 68], region: h.region });
  const careful = i >= 8; const los = careful ? ri(6, 7) : ri(7, 8);
  const s = surgicalStay(h, p, dayOf(startDay()), kind, { los }); const { b, days, op } = s;
  const opIdx = days.indexOf(op); const ids = [];
  const runDays = careful ? 3 : ri(5, 6);
  for (let j = opIdx + 1; j < Math.min(days.length, opIdx + 1 + runDays); j++) {
    if (careful && j >= opIdx + 2) ids.push(b.add('头孢呋辛酯片', days[j], 2));
    else { ids.push(b.add('注射用头孢呋辛钠', days[j], 3)); if (j >= 4) ivDay(b, days[j], 1); }
  }
  // day op+1 within 24 h is acceptable: mark only beyond op+1
  const late = ids.filter(id => { const l = b.lines[Number(id) - 1]; return l.date > addDays(op, 1); });
  const c = closeStay(s, p, s.dept, ri(1, 3));
  label('fraud', 'T03', TN.T03, [c], [c], [[c, late]]);
}
function T04(i) {
  const h = pick(L23()); const p = person({ age: [55, 82], region: h.region }); const adm = dayOf(startDay());
  const v = i % 2; const los = ri(9, 13); let s, ids = [], dept;
  if (v === 0) { s = strokeStay(h, p, adm, los); dept = 'neurology';
    for (let j = 0; j < Math.min(los, 12); j++) { ivDay(s.b, s.days[j], 3); s.b.add('疏血通注射液', s.days[j], 4); ids.push(s.b.add('血栓通注射液', s.days[j], 2)); } }
  else { s = stay(h, adm, los, { nursing: 'Ⅰ级护理' }); dept = 'cardiology'; s.dx = ['I20.000', 'I10.x00x002']; s.procs = [];
    s.b.add('肌钙蛋白I测定', s.days[0], 1); s.b.add('心脏彩色多普勒超声', s.days[1], 1); s.b.add('心肌酶谱', s.days[0], 1);
    for (const d of s.days) { s.b.add('阿司匹林肠溶片', d, 1); s.b.add('硫酸氢氯吡格雷片', d, 1); s.b.add('阿托伐他汀钙片', d, 1); s.b.add('单硝酸异山梨酯缓释片', d, 1); }
    for (let j = 0; j < Math.min(los, 12); j++) { ivDay(s.b, s.days[j], 3); s.b.add('丹参注射液', s.days[j], 4); ids.push(s.b.add(pick(['参麦注射液', '血栓通注射液']), s.days[j], v ? 4 : 2)); } }
  const c = closeStay(s, p, dept, ri(1, 3));
  label('fraud', 'T04', TN.T04, [c], [c], [[c, ids]]);
}
function T05(i) {
  const v = i % 3; let h, s, ids = [], dept, p, dx;
  if (v === 0) { // level-1 hospital bills a 限二级 TCM injection
    h = pick(L(1)); p = person({ age: [58, 85], region: h.region, scheme: 'resident' }); s = stay(h, dayOf(startDay()), ri(7, 10), {}); dept = pick(['internal_medicine', 'general_practice']);
    const drug = pick(['丹参注射液', '血栓通注射液']); dx = drug === '丹参注射液' ? ['I25.103', 'I10.x00x002'] : ['I63.900'];
    s.b.add('头颅CT平扫', s.days[0], drug === '丹参注射液' ? 0 : 1);
    for (const d of s.days) { ivDay(s.b, d, 2); ids.push(s.b.add(drug, d, drug === '丹参注射液' ? 4 : 2)); s.b.add('阿司匹林肠溶片', d, 1); }
  } else if (v === 1) { // sequelae (not acute phase)
    h = pick(L23()); p = person({ age: [60, 85], region: h.region }); s = stay(h, dayOf(startDay()), ri(8, 12), {}); dept = pick(['neurology', 'geriatrics', 'rehabilitation']);
    dx = ['I69.300', 'I10.x00x002']; s.b.add('头颅CT平扫', s.days[0], 1);
    const drug = pick(['疏血通注射液', '血栓通注射液']);
    for (const d of s.days) { ivDay(s.b, d, 2); ids.push(s.b.add(drug, d, drug === '疏血通注射液' ? 6 : 2)); s.b.add('阿司匹林肠溶片', d, 1); }
  } else { // course beyond 14 days
    h = pick(L23()); p = person({ age: [60, 85], region: h.region }); const los = ri(19, 23); s = strokeStay(h, p, dayOf(startDay()), los, { rehab: true }); dept = 'neurology'; dx = s.dx;
    const drug = pick(['疏血通注射液', '血栓通注射液']);
    for (let j = 0; j < los - 1; j++) { ivDay(s.b, s.days[j], 2); const id = s.b.add(drug, s.days[j], drug === '疏血通注射液' ? 6 : 2); if (j >= 14) ids.push(id); }
  }
  const c = closeStay(s, p, dept, ri(2, 3), { dx });
  label('fraud', 'T05', TN.T05, [c], [c], [[c, ids]]);
}
function T06(i) {
  const v = i % 5; let h, s, ids = [], dept, dx, p;
  if (v === 0) { h = pick(L(1)); p = person({ age: [45, 80], region: h.region }); s = pneumoniaStay(h, p, dayOf(startDay()), ri(6, 8), { noAbx: true }); dept = 'internal_medicine'; dx = ['J18.900'];
    for (const d of s.days) ids.push(s.b.add('注射用头孢哌酮钠舒巴坦钠', d, 2)); }
  else if (v === 1) { h = pick(L(2)); p = person({ age: [45, 80], region: h.region }); s = pneumoniaStay(h, p, dayOf(startDay()), ri(8, 10), { noAbx: true, culture: true, pct: true }); dept = 'respiratory'; dx = ['J15.900'];
    for (let j = 0; j < s.days.length; j++) ids.push(s.b.add(j < 2 ? '注射用头孢他啶' : '注射用美罗培南', s.days[j], 3)); ids.splice(0, 2); }
  else if (v === 2) { h = pick(L(1)); p = person({ age: [55, 80], region: h.region }); s = stay(h, dayOf(startDay()), ri(7, 10), {}); dept = 'general_practice'; dx = ['E11.503', 'I70.203'];
    for (const d of s.days) { ivDay(s.b, d, 2); ids.push(s.b.add('前列地尔注射液', d, 1)); s.b.add('盐酸二甲双胍片', d, 3); } }
  else if (v === 3) { h = pick(L(1)); p = person({ age: [55, 80], region: h.region }); s = stay(h, dayOf(startDay()), ri(7, 10), {}); dept = 'internal_medicine'; dx = ['K74.600', 'R18.x00'];
    s.b.add('腹部B超', s.days[0], 1); for (let j = 0; j < 4; j++) ids.push(s.b.add('人血白蛋白', s.days[j + 1], 1)); for (const d of s.days) { ivDay(s.b, d, 1); s.b.add('螺内酯片', d, 2); s.b.add('呋塞米片', d, 1); } }
  else { h = pick(L(1)); p = person({ age: [45, 80], region: h.region }); s = pneumoniaStay(h, p, dayOf(startDay()), ri(6, 8), { noAbx: true }); dept = 'internal_medicine'; dx = ['J18.900'];
    for (const d of s.days) ids.push(s.b.add(pick(['注射用头孢他啶', '注射用哌拉西林钠他唑巴坦钠']), d, 3)); }
  const c = closeStay(s, p, dept, ri(2, 4), { dx });
  label('fraud', 'T06', TN.T06, [c], [c], [[c, ids]]);
}
function T07(i) { // PPI on every stay of one surgeon
  const careful = i >= 8; const h = pick(L23()); const kinds = ['hernia', 'appy', 'varicose', 'chole', 'thyroid'].filter(k => SURG_MIN[k] <= h.level);
  const d = doc(h, 'general_surgery', ri(1, 3)); const claims = [], mut = []; let t = startDay();
  for (let k = 0; k < 3; k++) {
    const kind = kinds[(i + k) % kinds.length]; const p = person({ age: [25, 62], region: h.region });
    const s = surgicalStay(h, p, dayOf(t + k * ri(3, 15)), kind, careful ? {} : { los: ri(6, 8) });
    const ppi = pick(['注射用泮托拉唑钠', '注射用奥美拉唑钠']); const ids = [];
    const n = careful ? Math.min(s.days.length, 4) : Math.min(s.days.length, 7);
    for (let j = 0; j < n; j++) ids.push(s.b.add(ppi, s.days[j], 2));
    const c = makeClaim({ h, dept: 'general_surgery', doctorId: d, p, visitType: 'inpatient', adm: s.adm, dis: s.dis, dx: s.dx, procs: s.procs, bill: s.b, route: 'outpatient' });
    claims.push(c); mut.push([c, ids]);
  }
  label('fraud', 'T07', TN.T07, claims, claims, mut);
}
function T08(i) {
  const v = i % 4; let s, ids = [], p, h, dept, dx;
  if (v === 0) { const kind = pick(['chole', 'hip', 'orif']); h = pick(H.filter(x => x.level >= Math.max(2, SURG_MIN[kind]))); p = person({ age: [50, 78], region: h.region });
    s = surgicalStay(h, p, dayOf(startDay()), kind); dept = s.dept; dx = s.dx;
    for (let j = 2; j < 5; j++) ids.push(s.b.add('人血白蛋白', s.days[j], ri(1, 2))); }
  else if (v === 1) { h = pick(L23()); p = person({ age: [55, 85], region: h.region }); s = strokeStay(h, p, dayOf(startDay()), ri(9, 12)); dept = 'neurology'; dx = s.dx;
    for (let j = 1; j < 8; j++) { ivDay(s.b, s.days[j], 2); ids.push(s.b.add('脂肪乳注射液(C14～24)', s.days[j], 1)); ids.push(s.b.add('复方氨基酸注射液(18AA)', s.days[j], 2)); } }
  else if (v === 2) { h = pick(L23()); p = person({ age: [55, 85], region: h.region }); s = pneumoniaStay(h, p, dayOf(startDay()), ri(7, 10)); dept = 'respiratory'; dx = s.dx;
    for (let j = 1; j < 6; j++) { ids.push(s.b.add('复方氨基酸注射液(18AA)', s.days[j], 2)); ids.push(s.b.add('脂肪乳注射液(C14～24)', s.days[j], 1)); } }
  else { h = pick(L23()); p = person({ age: [55, 85], region: h.region }); s = pneumoniaStay(h, p, dayOf(startDay()), ri(7, 10)); dept = 'respiratory'; dx = ['J18.900', 'I10.x00x002'];
    for (let j = 2; j < 6; j++) ids.push(s.b.add('人血白蛋白', s.days[j], 1)); }
  const c = closeStay(s, p, dept, ri(2, 4), { dx });
  label('fraud', 'T08', TN.T08, [c], [c], [[c, ids]]);
}
function T09(i) { // non-catalogue 脑蛋白水解物 / 小牛血去蛋白 dispensed, billed as a covered neuro drug
  const careful = i >= 8; const h = pick(L23()); const p = person({ age: [62, 88], region: h.region });
  const los = ri(10, 14); const s = stay(h, dayOf(startDay()), los, {}); const dept = pick(['neurology', 'geriatrics']);
  s.b.add('头颅CT平扫', s.days[0], 1);
  const drug = pick(['奥拉西坦注射液', '胞磷胆碱钠注射液']); const ids = [];
  for (const d of s.days) { ivDay(s.b, d, 2); ids.push(s.b.add(drug, d, careful ? 4 : ri(5, 6))); }
  const dx = careful ? ['I69.300', 'I10.x00x002'] : pick([['F01.900', 'I10.x00x002'], ['F03.x00'], ['I67.800x003']]);
  const c = closeStay(s, p, dept, ri(2, 3), { dx });
  label('fraud', 'T09', TN.T09, [c], [c], [[c, ids]]);
}
function T10(i) {
  const v = i % 5; let h = pick(L23()), p = person({ age: [40, 80], region: h.region }), s, ids = [], dept, dx;
  if (v === 0) { s = stay(h, dayOf(startDay()), ri(6, 8), { nursing: 'Ⅰ级护理' }); dept = 'gastroenterology'; dx = ['K25.400x001'];
    s.b.add('胃镜检查', s.days[1], 1); s.b.add('大便常规+隐血', s.days[0], 1);
    for (let j = 0; j < Math.min(6, s.days.length); j++) { ivDay(s.b, s.days[j], 2); s.b.add('注射用奥美拉唑钠', s.days[j], 2); if (j < 5) ids.push(s.b.add('注射用泮托拉唑钠', s.days[j], 2)); } }
  else if (v === 1) { s = stay(h, dayOf(startDay()), ri(5, 7), {}); dept = 'gastroenterology'; dx = ['K29.700', 'K21.000'];
    s.b.add('胃镜检查', s.days[1], 1);
    for (let j = 0; j < 5; j++) { ivDay(s.b, s.days[j], 1); s.b.add('注射用奥美拉唑钠', s.days[j], 2); ids.push(s.b.add('奥美拉唑肠溶胶囊', s.days[j], 2)); } }
  else if (v === 2) { s = pneumoniaStay(h, p, dayOf(startDay()), ri(7, 9)); dept = 'respiratory'; dx = s.dx;
    for (let j = 0; j < 5; j++) ids.push(s.b.add('盐酸氨溴索片', s.days[j], 3)); }
  else if (v === 3) { s = pneumoniaStay(h, p, dayOf(startDay()), ri(7, 9), { noAbx: true }); dept = 'respiratory'; dx = s.dx;
    for (let j = 0; j < s.days.length; j++) { s.b.add('左氧氟沙星氯化钠注射液', s.days[j], 1); if (j < 6) ids.push(s.b.add('左氧氟沙星片', s.days[j], 1)); } }
  else { const kind = pick(['hip', 'knee']); h = pick(L(3)); p = person({ age: [55, 80], region: h.region }); s = surgicalStay(h, p, dayOf(startDay()), kind); dept = s.dept; dx = s.dx;
    for (let j = 2; j < Math.min(s.days.length, 9); j++) ids.push(s.b.add('依诺肝素钠注射液', s.days[j], 1)); }
  const c = closeStay(s, p, dept, ri(2, 4), { dx });
  label('fraud', 'T10', TN.T10, [c], [c], [[c, ids]]);
}
function T11(i) { // split stay to restart a 14-day course
  const careful = i >= 8; const h = pick(L23()); const p = person({ age: [58, 85], region: h.region });
  const drug = pick([['疏血通注射液', 6], ['血栓通注射液', 2], ['依达拉奉注射液', 2]]);
  const a1 = dayOf(startDay()); const s1 = strokeStay(h, p, a1, 14);
  for (const d of s1.days) { ivDay(s1.b, d, 2); s1.b.add(drug[0], d, drug[1]); }
  const c1 = closeStay(s1, p, 'neurology', 2);
  const a2 = addDays(s1.dis, ri(2, 6)); const los2 = ri(10, 14);
  const s2 = stay(h, a2, los2, { nursing: 'Ⅱ级护理' }); s2.b.add('头颅CT平扫', s2.days[0], careful ? 0 : 1);
  for (let j = 0; j < Math.min(los2, 14); j++) { ivDay(s2.b, s2.days[j], 2); s2.b.add(drug[0], s2.days[j], drug[1]); s2.b.add('阿司匹林肠溶片', s2.days[j], 1); }
  const dept2 = careful ? pick(['geriatrics', 'rehabilitation']) : 'neurology';
  const c2 = closeStay(s2, p, dept2, careful ? 3 : 2, { dx: ['I63.900', 'I10.x00x002'] });
  label('fraud', 'T11', TN.T11, [c1, c2], [c2], []);
}
function T12(i) { // same oral antibiotic / PPI from several institutions within days
  const careful = i >= 8; const region = pick(['510100', '220100', '370100', '230100']);
  const hs = H.filter(x => x.region.slice(0, 2) === region.slice(0, 2)); const p = person({ age: [45, 78], region, scheme: 'employee' });
  const cls = i % 2 ? 'ppi' : 'abx';
  const seq = cls === 'ppi' ? (careful ? ['艾司奥美拉唑镁肠溶片', '雷贝拉唑钠肠溶片', '奥美拉唑肠溶胶囊'] : ['艾司奥美拉唑镁肠溶片', '艾司奥美拉唑镁肠溶片', '艾司奥美拉唑镁肠溶片'])
    : (careful ? ['莫西沙星片', '左氧氟沙星片', '头孢克肟胶囊'] : ['莫西沙星片', '莫西沙星片', '莫西沙星片']);
  const qty = { 艾司奥美拉唑镁肠溶片: 56, 雷贝拉唑钠肠溶片: 56, 奥美拉唑肠溶胶囊: 56, 莫西沙星片: 14, 左氧氟沙星片: 14, 头孢克肟胶囊: 28 };
  const dx = cls === 'ppi' ? ['K29.700'] : ['J20.900'];
  let t = startDay(); const claims = [], mut = [];
  const used = new Set();
  for (let k = 0; k < 3; k++) {
    let h; do { h = pick(hs); } while (used.has(h.id)); used.add(h.id);
    const dept = cls === 'ppi' ? (h.level === 1 ? 'general_practice' : 'gastroenterology') : (h.level === 1 ? 'general_practice' : 'respiratory');
    const items = [[seq[k], qty[seq[k]], 'm']]; if (cls === 'abx') items.push(['血常规(五分类)', 1]);
    const { c, marks } = outpatient(h, p, dayOf(t), dept, ri(2, 4), items, dx);
    claims.push(c); if (k > 0) mut.push([c, marks.m]);
    t += careful ? ri(6, 9) : ri(2, 4);
  }
  label('fraud', 'T12', TN.T12, claims, claims.slice(1), mut);
}
function T13(i) { // repeated low-standard admissions, IV adjuncts only
  const careful = i >= 8; const h = pick(L(1)); const p = person({ age: [66, 88], region: h.region, scheme: 'resident' });
  const dept = pick(['general_practice', 'internal_medicine']); const d = doc(h, dept, ri(1, 3));
  const dx = careful ? pick([['I63.900', 'I10.x00x002'], ['I63.900', 'E11.900']]) : pick([['I69.300', 'I10.x00x002'], ['I10.x00x002', 'E11.900'], ['I25.103'], ['I67.200']]);
  let t = ri(5, 120); const claims = [];
  for (let k = 0; k < 3; k++) {
    const los = ri(8, 12); const adm = dayOf(t);
    const s = stay(h, adm, los, { noLabs: true, nursing: careful ? 'Ⅱ级护理' : 'Ⅲ级护理' });
    s.b.add('血常规(五分类)', s.days[0], 1); if (careful) { s.b.add('常规心电图检查', s.days[0], 1); s.b.add('空腹血糖测定', s.days[0], 1); s.b.add('肾功能(三项)', s.days[0], 1); }
    for (const dd of s.days) { ivDay(s.b, dd, 2); s.b.add('胞磷胆碱钠注射液', dd, 2); s.b.add('葡萄糖注射液', dd, 1); }
    claims.push(makeClaim({ h, dept, doctorId: d, p, visitType: 'inpatient', adm, dis: s.dis, dx, procs: [], bill: s.b, route: 'outpatient' }));
    t += los + ri(35, 70);
  }
  label('fraud', 'T13', TN.T13, claims, claims, []);
}
function T14(i) { // IV drug billed on days with no infusion
  const careful = i >= 8; const h = pick(L23()); const p = person({ age: [50, 85], region: h.region });
  const v = i % 3; let s, dept, dx, drug; const los = ri(11, 14);
  if (v === 0) { s = strokeStay(h, p, dayOf(startDay()), los); dept = 'neurology'; dx = s.dx; drug = ['依达拉奉注射液', 2]; }
  else if (v === 1) { s = stay(h, dayOf(startDay()), los, { nursing: 'Ⅰ级护理' }); dept = 'neurosurgery'; dx = ['S06.600']; s.b.add('头颅CT平扫', s.days[0], 1); s.b.add('头颅CT平扫', s.days[3], 1); drug = ['单唾液酸四己糖神经节苷脂钠注射液', 2]; }
  else { s = strokeStay(h, p, dayOf(startDay()), los); dept = 'neurology'; dx = s.dx; drug = ['血栓通注射液', 2]; }
  const ivUntil = careful ? ri(7, 9) : ri(4, 6); const ids = [];
  for (let j = 0; j < Math.min(los, 14); j++) {
    if (j < ivUntil) ivDay(s.b, s.days[j], 2);
    const id = s.b.add(drug[0], s.days[j], drug[1]);
    if (j >= ivUntil) ids.push(id);
    if (j < ivUntil && careful) s.b.add('一次性使用输液贴', s.days[j], 2);
  }
  const c = closeStay(s, p, dept, ri(2, 3), { dx });
  label('fraud', 'T14', TN.T14, [c], [c], [[c, ids]]);
}
function T15(i) { // diagnosis added to open a restriction, no supporting evidence
  const v = i % 4; let h = pick(L23()), p = person({ age: [55, 85], region: h.region }), s, ids = [], dept, dx;
  if (v === 0) { s = stay(h, dayOf(startDay()), ri(8, 11), {}); dept = 'cardiology'; dx = ['I25.103', 'I63.900', 'I10.x00x002'];
    s.b.add('心脏彩色多普勒超声', s.days[1], 1); s.b.add('心肌酶谱', s.days[0], 1);
    for (let j = 0; j < s.days.length; j++) { ivDay(s.b, s.days[j], 2); ids.push(s.b.add('依达拉奉注射液', s.days[j], 2)); s.b.add('阿司匹林肠溶片', s.days[j], 1); } }
  else if (v === 1) { const kind = pick(['chole', 'hernia']); h = pick(L23()); s = surgicalStay(h, p, dayOf(startDay()), kind, { los: ri(6, 8) }); dept = s.dept; dx = [s.dx[0], 'K74.600'];
    for (let j = 2; j < 5; j++) ids.push(s.b.add('人血白蛋白', s.days[j], 1)); s.lines = null;
    // the liver panel of the stay is removed: no albumin measurement
    s.b.lines = s.b.lines.filter(l => l.name !== '肝功能(全套)'); s.b.lines.forEach((l, k) => { const old = l.lineId; l.lineId = String(k + 1); const q = ids.indexOf(old); if (q >= 0) ids[q] = l.lineId; }); }
  else if (v === 2) { s = stay(h, dayOf(startDay()), ri(7, 10), {}); dept = pick(['cardiology', 'geriatrics']); dx = ['I50.900', 'N18.500'];
    s.b.add('B型钠尿肽(BNP)测定', s.days[0], 1);
    for (const d of s.days) { ivDay(s.b, d, 2); s.b.add('呋塞米注射液', d, 2); ids.push(s.b.add('左卡尼汀注射液', d, 1)); }
    dx = ['I11.001', 'N18.500']; }
  else { s = pneumoniaStay(h, p, dayOf(startDay()), ri(8, 10)); dept = 'respiratory'; dx = ['J18.900', 'R13.x00'];
    for (let j = 1; j < 7; j++) { ids.push(s.b.add('脂肪乳注射液(C14～24)', s.days[j], 1)); ids.push(s.b.add('复方氨基酸注射液(18AA)', s.days[j], 2)); } }
  const c = closeStay(s, p, dept, ri(2, 4), { dx });
  label('fraud', 'T15', TN.T15, [c], [c], [[c, ids]]);
}

// ================= CONTROLS =================
function C01(i) { const h = pick(L23()); const p = person({ age: [20, 70], region: h.region }); const los = ri(10, 16);
  const s = stay(h, dayOf(startDay()), los, { nursing: 'Ⅰ级护理' }); s.b.add('头颅CT平扫', s.days[0], 1); s.b.add('头颅CT平扫', s.days[2], 1); if (los > 8) s.b.add('头颅CT平扫', s.days[7], 1);
  for (let j = 0; j < los; j++) { ivDay(s.b, s.days[j], j < 5 ? 3 : 2); if (j < 5) s.b.add('甘露醇注射液', s.days[j], 3); s.b.add('单唾液酸四己糖神经节苷脂钠注射液', s.days[j], j < 5 ? 2 : 1); }
  s.b.add('吸氧', s.days[0], 24); s.b.add('心电监测', s.days[0], 24);
  const c = closeStay(s, p, 'neurosurgery', ri(1, 3), { dx: [pick(['S06.600', 'S06.500', 'S06.301']), 'S06.000'], route: 'emergency' });
  label('control', 'C01', CN.C01, [c], [c]); }
function C02(i) { const h = pick(L(3)); const p = person({ age: [55, 85], region: h.region }); const los = ri(12, 15);
  const s = strokeStay(h, p, dayOf(startDay()), los); for (let j = 0; j < 14 && j < los; j++) { ivDay(s.b, s.days[j], 2); s.b.add('依达拉奉注射液', s.days[j], 2); }
  const c = closeStay(s, p, 'neurology', ri(1, 3), { dx: [pick(['I63.900', 'I63.500']), 'I10.x00x002'], route: 'emergency' }); label('control', 'C02', CN.C02, [c], [c]); }
function C03(i) { const h = pick(L(3)); const p = person({ age: [45, 85], region: h.region }); const los = ri(10, 14);
  const icu = []; const s0 = { days: [] }; const adm = dayOf(startDay()); for (let j = 0; j < 5; j++) icu.push(addDays(adm, j));
  const s = stay(h, adm, los, { icuDays: icu, nursing: 'Ⅰ级护理' }); const { b, days } = s;
  b.add('细菌培养及药敏', days[0], 2); b.add('降钙素原测定', days[0], 1); b.add('降钙素原测定', days[3], 1); b.add('血乳酸测定', days[0], 2); b.add('血气分析', days[0], 2); b.add('胸部CT平扫', days[0], 1); b.add('腹部CT平扫', days[0], 1);
  b.add('深静脉穿刺置管术', days[0], 1); b.add('院内会诊', days[2], 1); b.add('细菌培养及药敏', days[5], 1);
  for (let j = 0; j < los; j++) { ivDay(b, days[j], 3); if (j < 2) b.add('注射用哌拉西林钠他唑巴坦钠', days[j], 3); else if (j < 10) b.add('注射用美罗培南', days[j], 3); if (j < 3) b.add('重酒石酸去甲肾上腺素注射液', days[j], 4); }
  const c = closeStay(s, p, 'icu', ri(1, 2), { dx: [pick(['A41.900', 'A41.501']), pick(['N39.000', 'J18.900', 'K83.000']), 'R57.100'], route: 'emergency' }); label('control', 'C03', CN.C03, [c], [c]); }
function C04(i) { const kind = pick(['hip', 'chole', 'orif']); const h = pick(L(3)); const p = person({ age: [60, 85], region: h.region });
  const s = surgicalStay(h, p, dayOf(startDay()), kind, { los: ri(15, 18) }); const { b, days } = s;
  b.add('胸部CT平扫', days[5], 1); b.add('细菌培养及药敏', days[5], 1); b.add('降钙素原测定', days[5], 1); b.add('院内会诊', days[7], 1); b.add('细菌培养及药敏', days[11], 1);
  const drug = pick([['利奈唑胺注射液', 2], ['注射用替加环素', 2]]);
  for (let j = 5; j < days.length; j++) { if (j >= 4) ivDay(b, days[j], 2); if (j < 7) b.add('注射用哌拉西林钠他唑巴坦钠', days[j], 3); else if (j < 17) b.add(drug[0], days[j], drug[1]); }
  b.add('吸氧', days[5], 24); const c = closeStay(s, p, s.dept, ri(1, 2), { dx: [s.dx[0], 'J15.200'] }); label('control', 'C04', CN.C04, [c], [c]); }
function C05(i) { const h = pick(L(3)); const p = person({ age: [55, 82], region: h.region }); const los = ri(16, 20);
  const s = stay(h, dayOf(startDay()), los, { nursing: 'Ⅰ级护理' }); const { b, days } = s;
  b.add('细菌培养及药敏', days[0], 1); b.add('C反应蛋白测定', days[0], 1); b.add('四肢X线摄影', days[0], 1); b.add('降钙素原测定', days[0], 1);
  b.add('清创术', days[2], 1); b.add('全身麻醉', days[2], 2); b.add('丙泊酚中/长链脂肪乳注射液', days[2], 2); b.add('细菌培养及药敏', days[2], 2); b.add('病理检查(常规石蜡切片)', days[2], 1); b.add('负压封闭引流术(VSD)', days[2], 1); b.add('一次性负压引流器', days[2], 1);
  b.add('院内会诊', days[4], 1); b.add('C反应蛋白测定', days[9], 1);
  for (let j = 0; j < los; j++) { ivDay(b, days[j], 2); if (j < 14) b.add('注射用头孢呋辛钠', days[j], 3); }
  for (let j = 14; j < los; j++) b.add('左氧氟沙星片', days[j], 1);
  const c = closeStay(s, p, 'orthopedics', ri(1, 2), { dx: ['T84.500', 'M16.900'], procs: [['86.2200', days[2]]] }); label('control', 'C05', CN.C05, [c], [c]); }
function C06(i) { const h = pick(L23()); const p = person({ age: [18, 70], region: h.region });
  const s = surgicalStay(h, p, dayOf(startDay()), 'appy', { los: ri(7, 8), noProphylaxis: true }); const { b, days } = s;
  b.add('细菌培养及药敏', days[1], 1); b.add('C反应蛋白测定', days[0], 1); b.add('C反应蛋白测定', days[4], 1);
  for (let j = 0; j < Math.min(days.length, 7); j++) { if (j >= 4) ivDay(b, days[j], 2); b.add('注射用头孢曲松钠', days[j], 2); b.add('甲硝唑氯化钠注射液', days[j], 2); }
  const c = closeStay(s, p, 'general_surgery', ri(1, 3), { dx: [pick(['K35.200', 'K35.300']), 'K65.000'], route: 'emergency' }); label('control', 'C06', CN.C06, [c], [c]); }
function C07(i) { const kind = pick(['hernia', 'thyroid', 'varicose', 'chole']); const h = pick(H.filter(x => x.level >= SURG_MIN[kind])); const p = person({ age: [25, 70], region: h.region });
  const s = surgicalStay(h, p, dayOf(startDay()), kind); const c = closeStay(s, p, s.dept, ri(1, 3)); label('control', 'C07', CN.C07, [c], [c]); }
function C08(i) { const h = pick(L(2)); const p = person({ age: [55, 85], region: h.region, scheme: pick(['employee', 'resident']) }); const los = ri(10, 14);
  const s = strokeStay(h, p, dayOf(startDay()), los); const drug = pick([['疏血通注射液', 6], ['血栓通注射液', 2]]);
  for (let j = 0; j < Math.min(los, 14); j++) { ivDay(s.b, s.days[j], 2); s.b.add(drug[0], s.days[j], drug[1]); }
  const c = closeStay(s, p, 'neurology', ri(1, 3), { route: 'emergency' }); label('control', 'C08', CN.C08, [c], [c]); }
function C09(i) { const h = pick(L(2)); const p = person({ age: [55, 85], region: h.region }); const los = ri(7, 10);
  const s = stay(h, dayOf(startDay()), los, { nursing: 'Ⅰ级护理' }); const { b, days } = s;
  b.add('肌钙蛋白I测定', days[0], 1); b.add('肌钙蛋白I测定', days[0], 1); b.add('心肌酶谱', days[0], 1); b.add('心脏彩色多普勒超声', days[1], 1); b.add('动态心电图(24小时)', days[2], 1); b.add('血脂(四项)', days[1], 1);
  for (const d of days) { b.add('阿司匹林肠溶片', d, 1); b.add('硫酸氢氯吡格雷片', d, 1); b.add('阿托伐他汀钙片', d, 1); b.add('酒石酸美托洛尔片', d, 2); }
  for (let j = 0; j < Math.min(los, 10); j++) { ivDay(b, days[j], 2); b.add('丹参注射液', days[j], 4); }
  for (let j = 0; j < 5; j++) b.add('低分子量肝素钙注射液', days[j], 2);
  const c = closeStay(s, p, 'cardiology', ri(1, 3), { dx: ['I20.000', 'I10.x00x002'], route: 'emergency' }); label('control', 'C09', CN.C09, [c], [c]); }
function C10(i) { const h = pick(L23()); const p = person({ age: [55, 85], region: h.region }); const los = ri(12, 14);
  const s = strokeStay(h, p, dayOf(startDay()), los); const sw = ri(3, 5);
  for (let j = 0; j < Math.min(los, 14); j++) { ivDay(s.b, s.days[j], 2); if (j < sw) s.b.add('疏血通注射液', s.days[j], 6); else s.b.add('血栓通注射液', s.days[j], 2); }
  s.b.add('地塞米松磷酸钠注射液', s.days[sw - 1], 1); s.b.add('氯雷他定片', s.days[sw - 1], 1); s.b.add('氯雷他定片', s.days[sw], 1);
  const c = closeStay(s, p, 'neurology', ri(1, 3), { route: 'emergency' }); label('control', 'C10', CN.C10, [c], [c]); }
function C11(i) { const h = pick(L23()); const p = person({ age: [50, 85], region: h.region }); const los = ri(8, 12); const adm = dayOf(startDay());
  const icu = []; for (let j = 0; j < 7; j++) icu.push(addDays(adm, j));
  const s = stay(h, adm, los, { icuDays: icu, nursing: 'Ⅰ级护理' }); const { b, days } = s;
  b.add('血气分析', days[0], 3); b.add('胸部CT平扫', days[0], 1); b.add('细菌培养及药敏', days[0], 1); b.add('降钙素原测定', days[0], 1); b.add('一次性气管插管', days[0], 1); b.add('一次性呼吸机管路', days[0], 1);
  for (let j = 0; j < 6; j++) { b.add('有创呼吸机辅助呼吸', days[j], 24); b.add('注射用泮托拉唑钠', days[j], 2); b.add('咪达唑仑注射液', days[j], 2); ivDay(b, days[j], 3); b.add('注射用哌拉西林钠他唑巴坦钠', days[j], 3); }
  for (let j = 6; j < los; j++) { ivDay(b, days[j], 1); b.add('奥美拉唑肠溶胶囊', days[j], 2); }
  const c = closeStay(s, p, 'icu', ri(1, 2), { dx: ['J96.000', 'J44.100', 'J18.900'], procs: [['96.0400', days[0]], ['96.7200', days[0]]], route: 'emergency' }); label('control', 'C11', CN.C11, [c], [c]); }
function C12(i) { const h = pick(L23()); const p = person({ age: [35, 80], region: h.region }); const los = ri(6, 8);
  const s = stay(h, dayOf(startDay()), los, { nursing: 'Ⅰ级护理' }); const { b, days } = s;
  b.add('大便常规+隐血', days[0], 1); b.add('血常规(五分类)', days[1], 1); b.add('胃镜检查', days[1], 1); b.add('交叉配血', days[0], 1); b.add('血型鉴定(ABO+Rh)', days[0], 1);
  b.add('悬浮红细胞(去白细胞)', days[0], 2); b.add('静脉输血', days[0], 1); b.add('一次性使用输血器', days[0], 1);
  for (let j = 0; j < Math.min(5, los); j++) { ivDay(b, days[j], 2); b.add('注射用泮托拉唑钠', days[j], 3); }
  for (let j = 5; j < los; j++) b.add('艾司奥美拉唑镁肠溶片', days[j], 2);

  const c = closeStay(s, p, 'gastroenterology', ri(1, 3), { dx: [pick(['K25.400x001', 'K26.401', 'K25.000']), 'K92.200'], procs: [['44.4302', days[1]]], route: 'emergency' }); label('control', 'C12', CN.C12, [c], [c]); }
function C13(i) { const h = pick(L23()); const p = person({ age: [35, 80], region: h.region }); const los = ri(7, 9);
  const s = stay(h, dayOf(startDay()), los, {}); const { b, days } = s; b.add('胃镜检查', days[1], 1); b.add('大便常规+隐血', days[0], 1);
  const sw = ri(3, 4); const iv = pick(['注射用奥美拉唑钠', '注射用泮托拉唑钠']);
  for (let j = 0; j < los; j++) { if (j < sw) { ivDay(b, days[j], 1); b.add(iv, days[j], 2); } else b.add(iv === '注射用奥美拉唑钠' ? '奥美拉唑肠溶胶囊' : '艾司奥美拉唑镁肠溶片', days[j], 2); }
  const c = closeStay(s, p, 'gastroenterology', ri(1, 3), { dx: [pick(['K26.401', 'K25.400x001']), 'K92.100'], route: 'emergency' }); label('control', 'C13', CN.C13, [c], [c]); }
function C14(i) { const h = pick(L23()); const p = person({ age: [45, 78], region: h.region }); const los = ri(8, 12);
  const s = stay(h, dayOf(startDay()), los, { nursing: 'Ⅰ级护理' }); const { b, days } = s;
  b.add('腹部B超', days[0], 1); b.add('肝功能(全套)', days[3], 1); b.add('乙肝五项定量', days[0], 1); b.add('一次性使用引流袋', days[1], 1); b.add('一次性使用换药包', days[1], 1); b.add('细菌培养及药敏', days[1], 1);
  for (let j = 1; j < 5; j++) { b.add('人血白蛋白', days[j], 2); ivDay(b, days[j], 1); }
  for (const d of days) { b.add('螺内酯片', d, 2); b.add('呋塞米片', d, 1); }
  const c = closeStay(s, p, pick(['gastroenterology', 'hepatology']), ri(1, 3), { dx: [pick(['K74.600', 'K70.300']), 'R18.x00'], procs: [['54.9101', days[1]]] }); label('control', 'C14', CN.C14, [c], [c]); }
function C15(i) { const h = pick(L23()); const p = person({ age: [30, 80], region: h.region }); const los = ri(9, 13);
  const s = stay(h, dayOf(startDay()), los, { nursing: 'Ⅰ级护理' }); const { b, days } = s; const v = i % 2;
  b.add('腹部CT平扫', days[0], 1); b.add('血气分析', days[0], 1);
  for (let j = 0; j < 6; j++) { b.add('胃肠减压', days[j], 1); ivDay(b, days[j], 3); b.add('脂肪乳注射液(C14～24)', days[j], 1); b.add('复方氨基酸注射液(18AA)', days[j], 2); b.add('葡萄糖注射液', days[j], 2); b.add('氯化钾注射液', days[j], 3); }
  b.add('一次性使用胃管', days[0], 1); b.add('鼻饲管置管', days[0], 1);
  const c = closeStay(s, p, v ? 'gastroenterology' : 'general_surgery', ri(1, 3), { dx: v ? ['K85.900'] : ['K56.700'], route: 'emergency' }); label('control', 'C15', CN.C15, [c], [c]); }
function C16(i) { const h = pick(L(2)); const p = person({ age: [55, 85], region: h.region }); const los = ri(14, 20);
  const s = stay(h, dayOf(startDay()), los, {}); const { b, days } = s;
  b.add('康复评定', days[0], 1); b.add('康复评定', days[los - 2], 1);
  for (let j = 1; j < los; j++) { b.add('运动疗法', days[j], 2); b.add(j % 2 ? '言语训练' : '作业疗法', days[j], 1); if (j % 3 === 0) b.add('吞咽功能障碍训练', days[j], 1); b.add('针灸', days[j], 1); }
  for (const d of days) { b.add('阿司匹林肠溶片', d, 1); b.add('阿托伐他汀钙片', d, 1); }
  const c = closeStay(s, p, 'rehabilitation', ri(1, 3), { dx: ['I69.300', 'I10.x00x002'], route: 'transfer', transferFrom: H.find(x => x.level === 3 && x.region.slice(0, 2) === h.region.slice(0, 2)).id });
  label('control', 'C16', CN.C16, [c], [c]); }
function C17(i) { const h = pick(L(3)); const p = person({ age: [40, 72], region: h.region }); const cancer = pick([['C18.900', '注射用奥沙利铂', 1], ['C16.900', '注射用奥沙利铂', 1], ['C34.900', '紫杉醇注射液', 2]]);
  let t = startDay(); if (t > 270) t = 270; const claims = [];
  for (let k = 0; k < 3; k++) { const s = stay(h, dayOf(t), 3, {}); const { b, days } = s;
    b.add('肿瘤标志物(CEA)测定', days[0], 1); b.add('化疗药物配置', days[1], 1); b.add(cancer[1], days[1], cancer[2]); b.add('盐酸帕洛诺司琼注射液', days[1], 1); b.add('地塞米松磷酸钠注射液', days[1], 1); ivDay(b, days[1], 3); ivDay(b, days[2], 1);
    if (k === 0) { b.add('经外周静脉置入中心静脉导管术(PICC)', days[0], 1); b.add('经外周插管的中心静脉导管(PICC)', days[0], 1); } else b.add('经外周静脉置入中心静脉导管维护(PICC维护)', days[0], 1);
    claims.push(closeStay(s, p, 'oncology', 2, { dx: ['Z51.102', cancer[0]], procs: [['99.2500', days[1]]] })); t += 21; }
  label('control', 'C17', CN.C17, claims, claims); }
function C18(i) { const h = pick(L(3)); const p = person({ age: [65, 88], region: h.region }); const s1 = strokeStay(h, p, dayOf(startDay()), ri(10, 13));
  for (let j = 0; j < Math.min(10, s1.days.length); j++) ivDay(s1.b, s1.days[j], 1);
  const c1 = closeStay(s1, p, 'neurology', 2, { route: 'emergency' });
  const s2 = surgicalStay(h, p, addDays(s1.dis, ri(4, 12)), pick(['orif', 'hip']), {});
  const c2 = closeStay(s2, p, 'orthopedics', 1, { dx: ['S72.000', 'I69.300'], route: 'emergency' });
  label('control', 'C18', CN.C18, [c1, c2], [c1, c2]); }
function C19(i) { const h = pick(L23()); const p = person({ age: [25, 70], region: h.region });
  const { c } = outpatient(h, p, dayOf(startDay()), 'gastroenterology', ri(1, 3), [['雷贝拉唑钠肠溶片', 28], ['阿莫西林胶囊', 56], ['克拉霉素片', 28], ['胃镜检查', 1]], ['K29.700', 'B96.800']);
  label('control', 'C19', CN.C19, [c], [c]); }
function C20(i) { const h = pick(L23()); const p = person({ age: [45, 80], region: h.region, scheme: 'employee' }); let t = ri(5, 120); const claims = [];
  for (let k = 0; k < 2; k++) { const { c } = outpatient(h, p, dayOf(t), 'gastroenterology', 1, [[pick(['雷贝拉唑钠肠溶片', '奥美拉唑肠溶胶囊']), 84, null, true]], [pick(['K21.000', 'K22.700'])]); claims.push(c); t += ri(84, 92); }
  label('control', 'C20', CN.C20, claims, claims); }
function C21(i) { const l1 = pick(L(1)); const h = H.find(x => x.level === 3 && x.region.slice(0, 2) === l1.region.slice(0, 2)); const p = person({ age: [55, 88], region: l1.region });
  const a1 = dayOf(startDay()); const s1 = pneumoniaStay(l1, p, a1, 3, {}); const c1 = closeStay(s1, p, 'internal_medicine', 2, { mode: 'transfer' });
  const s2 = stay(h, s1.dis, ri(10, 13), { nursing: 'Ⅰ级护理' }); const { b, days } = s2;
  b.add('胸部CT平扫', days[0], 1); b.add('细菌培养及药敏', days[0], 2); b.add('降钙素原测定', days[0], 1); b.add('血气分析', days[0], 1); b.add('院内会诊', days[1], 1);
  for (let j = 0; j < days.length; j++) { ivDay(b, days[j], 2); if (j < 9) b.add('注射用美罗培南', days[j], 3); else b.add('左氧氟沙星氯化钠注射液', days[j], 1); }
  const c2 = closeStay(s2, p, 'respiratory', 1, { dx: ['J15.900', 'J96.000'], route: 'transfer', transferFrom: l1.id });
  label('control', 'C21', CN.C21, [c1, c2], [c1, c2]); }
function C22(i) { const h = pick(L(2)); const p = person({ age: [55, 85], region: h.region }); const los = ri(9, 13);
  const s = stay(h, dayOf(startDay()), los, {}); const { b, days } = s;
  b.add('下肢血管彩色多普勒超声', days[0], 1); b.add('经皮外周血管腔内成形术(PTA)', days[2], 1); b.add('外周血管球囊扩张导管', days[2], 1); b.add('血管介入导丝(非冠脉)', days[2], 1); b.add('血管鞘组', days[2], 1); b.add('局部浸润麻醉', days[2], 1); b.add('盐酸利多卡因注射液', days[2], 2);
  for (let j = 0; j < Math.min(los, 12); j++) { ivDay(b, days[j], 1); b.add('前列地尔注射液', days[j], 1); }
  for (const d of days) { b.add('阿司匹林肠溶片', d, 1); b.add('硫酸氢氯吡格雷片', d, 1); b.add('阿托伐他汀钙片', d, 1); }
  const c = closeStay(s, p, pick(['general_surgery', 'cardiology']), ri(1, 3), { dx: ['I70.203', 'E11.503'], procs: [['39.5000', days[2]]] }); label('control', 'C22', CN.C22, [c], [c]); }
function C23(i) { const h = pick(L23()); const p = person({ age: [50, 85], region: h.region }); const v = i % 2;
  let s, dx, dept;
  if (v === 0) { const kind = pick(['hip', 'knee']); const hh = pick(L(3)); s = surgicalStay(hh, p, dayOf(startDay()), kind); dept = s.dept; dx = s.dx;
    for (let j = 2; j < Math.min(s.days.length, 12); j++) s.b.add('皮下注射', s.days[j], 1); }
  else { s = stay(h, dayOf(startDay()), ri(7, 10), {}); dept = 'cardiology'; dx = ['I50.900', 'I10.x00x002']; s.b.add('B型钠尿肽(BNP)测定', s.days[0], 1); s.b.add('心脏彩色多普勒超声', s.days[1], 1);
    for (let j = 0; j < s.days.length; j++) { s.b.add('呋塞米注射液', s.days[j], j < 4 ? 2 : 1); s.b.add('静脉注射', s.days[j], j < 4 ? 2 : 1); s.b.add('一次性使用注射器(5ml)', s.days[j], j < 4 ? 2 : 1); s.b.add('螺内酯片', s.days[j], 1); s.b.add('沙库巴曲缬沙坦钠片', s.days[j], 2); } }
  const c = closeStay(s, p, dept, ri(1, 3), { dx }); label('control', 'C23', CN.C23, [c], [c]); }
function C24(i) { const h = pick(L(3)); const p = person({ age: [60, 85], region: h.region }); const los = ri(12, 16);
  const s = stay(h, dayOf(startDay()), los, { nursing: 'Ⅰ级护理' }); const { b, days } = s;
  b.add('心脏彩色多普勒超声', days[0], 1); b.add('肌钙蛋白I测定', days[0], 1); b.add('动态心电图(24小时)', days[1], 1);
  b.add('头颅CT平扫', days[3], 1); b.add('头颅MRI平扫', days[4], 1); b.add('院内会诊', days[3], 1); b.add('颈部血管彩色多普勒超声', days[4], 1);
  for (const d of days) { b.add('利伐沙班片', d, 1); b.add('酒石酸美托洛尔片', d, 2); }
  for (let j = 3; j < Math.min(los, 17); j++) { ivDay(b, days[j], 1); b.add('依达拉奉注射液', days[j], 2); }
  const c = closeStay(s, p, 'cardiology', ri(1, 3), { dx: ['I48.000', 'I63.500', 'I10.x00x002'], route: 'emergency' }); label('control', 'C24', CN.C24, [c], [c]); }

// ================= ROUTINE =================
function routine(i) {
  const v = i % 20; let c; const claims = [];
  if (v === 0 || v === 10) { const h = pick(L23()); const p = person({ age: [20, 80], region: h.region }); const s = pneumoniaStay(h, p, dayOf(startDay()), ri(5, 8)); c = closeStay(s, p, 'respiratory', ri(1, 4)); }
  else if (v === 1) { const kind = pick(['hernia', 'appy', 'chole', 'varicose']); const h = pick(H.filter(x => x.level >= SURG_MIN[kind])); const p = person({ age: [20, 70], region: h.region }); const s = surgicalStay(h, p, dayOf(startDay()), kind); c = closeStay(s, p, s.dept, ri(1, 4)); }
  else if (v === 2) { const h = pick(L23()); const p = person({ age: [55, 85], region: h.region }); const s = strokeStay(h, p, dayOf(startDay()), ri(8, 12)); for (let j = 0; j < 7; j++) ivDay(s.b, s.days[j], 1); c = closeStay(s, p, 'neurology', ri(1, 4), { route: 'emergency' }); }
  else if (v === 3) { const h = pick(L23()); const p = person({ age: [60, 85], region: h.region }); const los = ri(6, 9); const s = stay(h, dayOf(startDay()), los, {});
    s.b.add('胸部X线摄影(正侧位)', s.days[0], 1); s.b.add('血气分析', s.days[0], 1); s.b.add('肺功能检查', s.days[los - 2], 1);
    for (let j = 0; j < los; j++) { s.b.add('吸入用布地奈德混悬液', s.days[j], 2); s.b.add('吸入用异丙托溴铵溶液', s.days[j], 2); s.b.add('雾化吸入', s.days[j], 2); if (j < 6) { ivDay(s.b, s.days[j], 2); s.b.add('注射用头孢呋辛钠', s.days[j], 3); s.b.add('多索茶碱注射液', s.days[j], 1); } }
    c = closeStay(s, p, 'respiratory', ri(1, 4), { dx: ['J44.100'] }); }
  else if (v === 4) { const h = pick(L23()); const p = person({ age: [60, 88], region: h.region }); const los = ri(6, 9); const s = stay(h, dayOf(startDay()), los, {});
    s.b.add('B型钠尿肽(BNP)测定', s.days[0], 1); s.b.add('心脏彩色多普勒超声', s.days[1], 1); s.b.add('胸部X线摄影(正侧位)', s.days[0], 1);
    for (const d of s.days) { s.b.add('呋塞米片', d, 2); s.b.add('螺内酯片', d, 1); s.b.add('琥珀酸美托洛尔缓释片', d, 1); s.b.add('沙库巴曲缬沙坦钠片', d, 2); }
    c = closeStay(s, p, 'cardiology', ri(1, 4), { dx: ['I50.900', 'I10.x00x002'] }); }
  else if (v === 5) { const kind = pick(['hip', 'knee']); const h = pick(L(3)); const p = person({ age: [55, 80], region: h.region }); const s = surgicalStay(h, p, dayOf(startDay()), kind); for (let j = 2; j < Math.min(s.days.length, 12); j++) s.b.add('皮下注射', s.days[j], 1); c = closeStay(s, p, 'orthopedics', ri(1, 3)); }
  else if (v === 6 || v === 11 || v === 15) { const h = pick(H); const p = person({ age: [18, 70], region: h.region });
    ({ c } = outpatient(h, p, dayOf(startDay()), h.level === 1 ? 'general_practice' : 'respiratory', ri(2, 4), [['血常规(五分类)', 1], [pick(['连花清瘟胶囊', '板蓝根颗粒']), pick([24, 12])], ['对乙酰氨基酚片', 6]], ['J06.900'])); }
  else if (v === 7 || v === 12 || v === 16) { const h = pick(H); const p = person({ age: [45, 85], region: h.region, scheme: 'employee', chronic: ['I10'] });
    ({ c } = outpatient(h, p, dayOf(startDay()), h.level === 1 ? 'general_practice' : 'cardiology', ri(2, 4), [[pick(['苯磺酸氨氯地平片', '硝苯地平控释片', '厄贝沙坦片']), 28], ['阿司匹林肠溶片', 28]], ['I10.x00x002'], { chronic: true })); }
  else if (v === 8 || v === 13 || v === 17) { const h = pick(H); const p = person({ age: [45, 85], region: h.region, chronic: ['E11'] });
    ({ c } = outpatient(h, p, dayOf(startDay()), h.level === 1 ? 'general_practice' : 'internal_medicine', ri(2, 4), [['盐酸二甲双胍片', 84], [pick(['格列美脲片', '阿卡波糖片']), 28], ['空腹血糖测定', 1]], ['E11.900'], { chronic: true })); }
  else if (v === 9 || v === 14) { const h = pick(H); const p = person({ age: [25, 75], region: h.region });
    ({ c } = outpatient(h, p, dayOf(startDay()), h.level === 1 ? 'general_practice' : 'gastroenterology', ri(2, 4), [['奥美拉唑肠溶胶囊', 28], ['铝碳酸镁咀嚼片', 36]], ['K29.700'])); }
  else if (v === 18) { const h = pick(H); const p = person({ age: [20, 70], gender: 'F', region: h.region });
    ({ c } = outpatient(h, p, dayOf(startDay()), h.level === 1 ? 'general_practice' : 'urology', ri(2, 4), [['尿常规', 1], ['左氧氟沙星片', 7]], ['N39.000'])); }
  else { const h = pick(L23()); const p = person({ age: [20, 60], region: h.region }); const s = surgicalStay(h, p, dayOf(startDay()), 'appy'); c = closeStay(s, p, 'general_surgery', ri(1, 4), { route: 'emergency' }); }
  LABELS.push({ caseId: `R-${String(i + 1).padStart(3, '0')}`, kind: 'routine', code: RCODE, name: '常规单次结算', claimIds: [c.claimId], targets: [c.claimId], mutatedLines: {} });
}

// ================= build =================
const T = { T01, T02, T03, T04, T05, T06, T07, T08, T09, T10, T11, T12, T13, T14, T15 };
const C = { C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21, C22, C23, C24 };
for (const k of Object.keys(T)) for (let i = 0; i < 15; i++) T[k](i);
for (const k of Object.keys(C)) for (let i = 0; i < 15; i++) C[k](i);
for (let i = 0; i < 100; i++) routine(i);

// DRG groups (pass 2)
if (GROUPS && fs.existsSync(GROUPS)) {
  const G = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || null; if (id) G[id] = drg; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient' && G[c.claimId]) c.reportedGroup = { drg: G[c.claimId], dip: null };
}
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a.claimId < b.claimId ? -1 : 1));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(c => { const o = Object.assign({}, c); delete o._settle; return JSON.stringify(o); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
fs.writeFileSync(path.join(OUT, 'doctors.json'), JSON.stringify(Object.values(DOCS), null, 1) + '\n');
console.error(`blind70: ${CLAIMS.length} claims, ${LABELS.length} cases`);
