'use strict';
// blind33: NHSA typical-case typologies at level-1/2 hospitals, township health centres, private hospitals,
// designated pharmacies and 门诊慢特病, plus legitimate uncommon-care controls. Plain Node 20, fixed seed.
const fs = require('fs');
const path = require('path');
const OUT = __dirname;
const N_CASES = 20;

// ---------- deterministic random ----------
let seed = 330033;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- catalogue ----------
const CAT = {};
for (const f of ['drugs', 'services', 'consumables']) {
  const j = JSON.parse(fs.readFileSync(path.join(OUT, 'catalogue', f + '.json'), 'utf8'));
  for (const r of j.rows) CAT[r.name] = r;
}
let GROUPS = {};
try { GROUPS = JSON.parse(fs.readFileSync(path.join(OUT, 'reported-groups.json'), 'utf8')); } catch (e) { GROUPS = {}; }
function cat(name) { const r = CAT[name]; if (!r) throw new Error('no catalogue row: ' + name); return r; }

// ---------- dates ----------
function addDays(d, n) { const t = new Date(d + 'T00:00:00Z'); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
function diffDays(a, b) { return Math.round((new Date(b + 'T00:00:00Z') - new Date(a + 'T00:00:00Z')) / 86400000); }
function randDate(from = '2025-01-06', to = '2025-11-20') { return addDays(from, ri(0, diffDays(from, to))); }

// ---------- providers ----------
const REGIONS = ['220100', '230100', '370100', '510100', '220200', '370200', '510700', '230200'];
function hosp(region, level, n) { return 'H' + region + String(level) + String(n).padStart(2, '0'); }
function pharmacyId(region, n) { return 'Y' + region + String(n).padStart(3, '0'); }
let docSeq = 0;
function doctor() { docSeq++; return 'D33' + String(ri(100, 999)) + String(docSeq % 10); }

// ---------- patients ----------
let pSeq = 0;
function patient(opts = {}) {
  pSeq++;
  const gender = opts.gender || (rnd() < 0.5 ? 'M' : 'F');
  const age = opts.age != null ? opts.age : ri(opts.ageMin || 25, opts.ageMax || 80);
  const bd = `${2025 - age - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const type = opts.type || (rnd() < 0.55 ? 'employee' : 'resident');
  const out = {
    insuranceType: type,
    patient: { insuredId: 'P33' + String(pSeq).padStart(6, '0'), gender, birthDate: bd, retired: type === 'employee' && age >= (gender === 'M' ? 60 : 55) },
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 18), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: type === 'employee' ? ri(8, 35) : 0, special: null },
    age,
  };
  if (out.patient.retired) out.enrollment.contributionYears = ri(gender === 'M' ? 30 : 25, 42);
  return out;
}

// ---------- lines ----------
class Bill {
  constructor(level) { this.level = level; this.items = []; }
  add(name, date, qty, opt = {}) {
    const r = cat(name);
    const code = r.products ? r.products[0] : r.code;
    const unitPrice = opt.price != null ? opt.price : r.priceCap[String(this.level)];
    qty = Math.round(qty * 1000) / 1000;
    const line = { lineId: String(this.items.length + 1), code, name: r.name, category: r.category, date, quantity: qty, unitPrice, amount: r2(qty * unitPrice) };
    if (opt.longPrescription) line.longPrescription = true;
    this.items.push(line);
    return line.lineId;
  }
  // daily item from day `from` for `days` days starting at `start`
  daily(name, start, from, days, qtyPerDay, opt) { const ids = []; for (let d = from; d < from + days; d++) ids.push(this.add(name, addDays(start, d), qtyPerDay, opt)); return ids; }
}

const OUTPT_USED = {};
function amounts(items, insuranceType, visitType, level, opt = {}) {
  const total = r2(items.reduce((s, l) => s + l.amount, 0));
  let policy = 0;
  for (const l of items) {
    const r = Object.values(CAT).find((x) => (x.products ? x.products[0] : x.code) === l.code);
    const share = opt.policyAll ? 0 : (r ? r.selfPayShare : 0);
    policy += l.amount * (1 - share);
  }
  policy = r2(policy);
  let fund;
  if (visitType === 'inpatient') {
    const ded = { 1: 350, 2: 700, 3: 1200 }[level];
    const ratio = insuranceType === 'employee' ? { 1: 0.85, 2: 0.8, 3: 0.75 }[level] : { 1: 0.75, 2: 0.65, 3: 0.55 }[level];
    fund = Math.max(0, policy - ded) * ratio;
  } else if (visitType === 'chronic') fund = policy * (insuranceType === 'employee' ? 0.75 : 0.6);
  else if (insuranceType === 'employee') fund = 0; // under the annual outpatient deductible: paid from the personal account
  else { // resident outpatient pooling: the settlement system stops at the annual outpatient cap (400 yuan here)
    const used = OUTPT_USED[opt.insuredId] || 0;
    fund = Math.max(0, Math.min(policy * (visitType === 'pharmacy' ? 0.4 : level === 1 ? 0.5 : 0.4), 60, 400 - used));
    OUTPT_USED[opt.insuredId] = used + r2(fund);
  }
  return { total, policy, fundClaimed: r2(fund) };
}

let claimSeq = 0;
function claimId(region, hid) { claimSeq++; return `${region}-${hid}-2025-33${String(claimSeq).padStart(5, '0')}`; }

function makeClaim(p, prov, visitType, dates, diags, procs, bill, extra = {}) {
  const region = prov.region;
  const c = {
    claimId: claimId(region, prov.hospitalId), region, insuranceType: p.insuranceType, visitType,
    patient: { ...p.patient }, enrollment: JSON.parse(JSON.stringify(p.enrollment)),
    provider: { hospitalId: prov.hospitalId, level: prov.level, department: prov.department, doctorId: prov.doctorId },
  };
  if (visitType === 'inpatient') { c.admissionDate = dates[0]; c.dischargeDate = dates[1]; } else c.visitDate = dates[0];
  c.diagnoses = diags.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = procs || [];
  if (visitType === 'inpatient') c.reportedGroup = { drg: GROUPS[c.claimId] || null, dip: null };
  c.items = bill.items;
  Object.assign(c, extra.fields || {});
  c.amounts = amounts(bill.items, p.insuranceType, visitType, prov.level, { ...extra, insuredId: p.patient.insuredId });
  c._settle = visitType === 'inpatient' ? dates[1] : dates[0];
  return c;
}
function prov(region, level, department, n, docId) { return { region, level, department, hospitalId: hosp(region, level, n || ri(1, 6)), doctorId: docId || doctor() }; }

// ---------- clinical building blocks ----------
const NURSE = { 1: 'Ⅰ级护理', 2: 'Ⅱ级护理', 3: 'Ⅲ级护理' };
// a stay skeleton: bed, nursing, ward rounds each day, admission labs day 0
function staySkeleton(b, adm, los, grade, opt = {}) {
  const bed = opt.bed || '普通病房床位费(三人间)';
  const ids = { bed: [], nurse: [], round: [] };
  for (let d = 0; d < los; d++) {
    const date = addDays(adm, d);
    ids.bed.push(b.add(bed, date, 1));
    const g = Array.isArray(grade) ? grade[Math.min(d, grade.length - 1)] : grade;
    ids.nurse.push(b.add(NURSE[g] || g, date, 1));
    ids.round.push(b.add('住院诊查费', date, 1));
  }
  return ids;
}
function admLabs(b, adm, extra = []) {
  const base = ['血常规(五分类)', '尿常规', '大便常规+隐血', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '空腹血糖测定', '常规心电图检查'];
  return base.concat(extra).map((n) => b.add(n, adm, 1));
}
function ivDays(b, adm, from, days, groups) {
  for (let d = from; d < from + days; d++) {
    const date = addDays(adm, d);
    b.add('静脉输液(第一组)', date, 1);
    if (groups > 1) b.add('静脉输液(每增加一组)', date, groups - 1);
    b.add('一次性使用输液器', date, groups);
  }
}

// clinical templates for stays: return {diags, procs, dept, build(b, adm, los, level)}
const STAY = {
  pneumonia: { diags: ['J18.900'], dept: 'respiratory', grade: 2, los: [6, 9], build(b, a, los) {
    admLabs(b, a, ['C反应蛋白测定']); b.add('胸部CT平扫', a, 1); b.add('胸部X线摄影(正侧位)', addDays(a, los - 1), 1);
    const ab = Math.min(los - 1, 8);
    b.daily('注射用头孢曲松钠', a, 0, ab, 2); b.daily('盐酸氨溴索注射液', a, 0, ab, 2); b.daily('氯化钠注射液', a, 0, ab, 2);
    ivDays(b, a, 0, ab, 2); b.add('一次性使用静脉留置针', a, 1); b.add('静脉留置针置管', a, 1);
    b.daily('盐酸氨溴索片', a, ab, los - ab, 3); b.daily('头孢呋辛酯片', a, ab, los - ab, 2); b.add('血常规(五分类)', addDays(a, 4), 1); b.add('C反应蛋白测定', addDays(a, 4), 1);
  } },
  copd: { diags: ['J44.100'], dept: 'respiratory', grade: 1, los: [8, 12], build(b, a, los) {
    admLabs(b, a, ['C反应蛋白测定', 'B型钠尿肽(BNP)测定']); b.add('血气分析', a, 1); b.add('血气分析', addDays(a, 3), 1); b.add('胸部CT平扫', a, 1);
    const iv = Math.min(los - 1, 7);
    b.daily('左氧氟沙星氯化钠注射液', a, 0, iv, 1); b.daily('多索茶碱注射液', a, 0, iv, 2); b.daily('氯化钠注射液', a, 0, iv, 1);
    ivDays(b, a, 0, iv, 2); b.daily('吸入用布地奈德混悬液', a, 0, Math.min(los, 10), 2); b.daily('吸入用异丙托溴铵溶液', a, 0, Math.min(los, 10), 2);
    b.daily('雾化吸入', a, 0, Math.min(los, 10), 2); b.add('一次性使用雾化器', a, 1); b.daily('吸氧', a, 0, los, 12); b.add('一次性使用吸氧管', a, 1);
    b.add('布地奈德福莫特罗吸入粉雾剂', addDays(a, los - 1), 1);
  } },
  stroke: { diags: ['I63.900', 'I10.x00'], dept: 'neurology', grade: 1, los: [10, 14], minLevel: 2, build(b, a, los) {
    admLabs(b, a, ['血脂(四项)', '凝血四项']); b.add('头颅CT平扫', a, 1); b.add('头颅MRI平扫', addDays(a, 1), 1);
    b.add('颈部血管彩色多普勒超声', addDays(a, 1), 1); b.add('心脏彩色多普勒超声', addDays(a, 2), 1);
    b.daily('阿司匹林肠溶片', a, 0, los, 1); b.daily('阿托伐他汀钙片', a, 0, los, 1); b.daily('苯磺酸氨氯地平片', a, 1, los - 1, 1);
    const iv = Math.min(los - 1, 12); b.daily('依达拉奉注射液', a, 0, iv, 2); b.daily('氯化钠注射液', a, 0, iv, 2); ivDays(b, a, 0, iv, 2);
    b.add('康复评定', addDays(a, 2), 1); b.daily('运动疗法', a, 3, los - 3, 1);
  } },
  heartfailure: { diags: ['I50.900', 'I11.900'], dept: 'cardiology', grade: 1, los: [7, 10], build(b, a, los) {
    admLabs(b, a, ['B型钠尿肽(BNP)测定', '心肌酶谱', '肌钙蛋白I测定']); b.add('心脏彩色多普勒超声', addDays(a, 1), 1); b.add('胸部X线摄影(正侧位)', a, 1);
    b.daily('呋塞米注射液', a, 0, 4, 2); b.daily('呋塞米片', a, 4, los - 4, 1); b.daily('螺内酯片', a, 0, los, 1); b.daily('沙库巴曲缬沙坦钠片', a, 1, los - 1, 2);
    b.daily('琥珀酸美托洛尔缓释片', a, 2, los - 2, 1); b.daily('心电监测', a, 0, 3, 24); b.add('心电电极片', a, 5); b.daily('吸氧', a, 0, 3, 12);
    b.add('B型钠尿肽(BNP)测定', addDays(a, los - 1), 1); b.add('电解质(四项)', addDays(a, 3), 1);
  } },
  diabetes: { diags: ['E11.900', 'I10.x00'], dept: 'endocrinology', grade: 2, los: [7, 10], build(b, a, los) {
    admLabs(b, a, ['糖化血红蛋白测定', '血脂(四项)']); b.add('眼底检查', addDays(a, 1), 1); b.add('下肢血管彩色多普勒超声', addDays(a, 2), 1);
    b.daily('血糖监测(快速)', a, 0, los, 4); b.daily('门冬胰岛素注射液', a, 0, 1, 1); b.add('甘精胰岛素注射液', a, 1); b.daily('盐酸二甲双胍片', a, 0, los, 3);
    b.daily('皮下注射', a, 0, los, 2); b.daily('苯磺酸氨氯地平片', a, 0, los, 1); b.add('一次性使用注射器(5ml)', a, 4);
  } },
  gastroenteritis: { diags: ['A09.000x001', 'E87.600'], dept: 'internal_medicine', grade: 2, los: [3, 5], build(b, a, los) {
    admLabs(b, a, ['C反应蛋白测定']); b.add('腹部B超', a, 1);
    const iv = Math.min(los, 3); b.daily('葡萄糖氯化钠注射液', a, 0, iv, 2); b.daily('氯化钾注射液', a, 0, iv, 2); b.daily('复方氯化钠注射液', a, 0, iv, 1); ivDays(b, a, 0, iv, 3);
    b.daily('蒙脱石散', a, 0, los, 3); b.daily('双歧杆菌三联活菌胶囊', a, 0, los, 6); b.add('电解质(四项)', addDays(a, 2), 1);
  } },
  appendix: { diags: ['K35.800x001'], procs: ['47.0100'], dept: 'general_surgery', grade: [1, 1, 2], los: [4, 6], build(b, a, los) {
    admLabs(b, a, ['凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', 'C反应蛋白测定']); b.add('腹部B超', a, 1);
    b.add('腹腔镜下阑尾切除术', a, 1); b.add('全身麻醉', a, 2); b.add('丙泊酚中/长链脂肪乳注射液', a, 2); b.add('枸橼酸芬太尼注射液', a, 2); b.add('注射用维库溴铵', a, 1);
    b.add('一次性腹腔镜穿刺器', a, 1); b.add('可吸收缝线', a, 2); b.add('一次性手术衣及铺单包', a, 1); b.add('一次性电刀笔', a, 1); b.add('一次性使用麻醉穿刺包', a, 1);
    b.daily('注射用头孢呋辛钠', a, 0, 3, 2); b.daily('甲硝唑氯化钠注射液', a, 0, 3, 2); b.daily('葡萄糖氯化钠注射液', a, 0, 2, 2); ivDays(b, a, 0, 3, 3);
    b.daily('心电监测', a, 0, 1, 12); b.add('换药(小)', addDays(a, 2), 1); b.add('一次性使用换药包', addDays(a, 2), 1); b.daily('头孢呋辛酯片', a, 3, los - 3, 2);
  } },
  chole: { diags: ['K80.101'], procs: ['51.2300'], dept: 'general_surgery', grade: [2, 1, 2], los: [3, 5], minLevel: 2, build(b, a, los) {
    admLabs(b, a, ['凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)']); b.add('腹部B超', a, 1); b.add('胸部X线摄影(正侧位)', a, 1);
    const op = addDays(a, 1);
    b.add('腹腔镜下胆囊切除术', op, 1); b.add('全身麻醉', op, 2); b.add('丙泊酚中/长链脂肪乳注射液', op, 2); b.add('枸橼酸芬太尼注射液', op, 2);
    b.add('一次性腹腔镜穿刺器', op, 1); b.add('止血夹(结扎夹)', op, 4); b.add('可吸收缝线', op, 2); b.add('一次性手术衣及铺单包', op, 1); b.add('病理检查(常规石蜡切片)', op, 1);
    b.daily('注射用头孢呋辛钠', a, 1, 2, 2); b.daily('葡萄糖氯化钠注射液', a, 1, 2, 2); ivDays(b, a, 1, 2, 2); b.add('换药(小)', addDays(a, 2), 1); b.daily('奥美拉唑肠溶胶囊', a, 2, los - 2, 2);
  } },
  kneeOA: { diags: ['M17.900', 'I10.x00'], dept: 'orthopaedics', grade: 2, los: [6, 9], build(b, a, los) {
    admLabs(b, a, ['C反应蛋白测定']); b.add('四肢X线摄影', a, 2);
    b.daily('塞来昔布胶囊', a, 0, los, 2); b.daily('针灸', a, 1, los - 1, 1); b.daily('推拿治疗', a, 1, los - 1, 1); b.daily('苯磺酸氨氯地平片', a, 0, los, 1);
  } },
  backpain: { diags: ['M51.200x004', 'M54.500'], dept: 'rehabilitation', grade: 2, los: [7, 10], build(b, a, los, level) {
    admLabs(b, a); b.add('腰椎X线摄影', a, 1); if (level >= 2) b.add('腰椎MRI平扫', addDays(a, 1), 1);
    b.daily('塞来昔布胶囊', a, 0, los, 2); b.daily('甘露醇注射液', a, 0, 3, 1); ivDays(b, a, 0, 3, 1); b.add('康复评定', a, 1);
    b.daily('针灸', a, 1, los - 1, 1); b.daily('推拿治疗', a, 1, los - 1, 1); b.daily('运动疗法', a, 2, los - 2, 1);
  } },
  rehabStroke: { diags: ['I69.300', 'I10.x00'], dept: 'rehabilitation', grade: 2, los: [14, 20], build(b, a, los) {
    admLabs(b, a, ['血脂(四项)']); b.add('康复评定', a, 1); b.add('康复评定', addDays(a, los - 1), 1);
    b.daily('针灸', a, 1, los - 1, 1); b.daily('运动疗法', a, 1, los - 1, 1); b.daily('推拿治疗', a, 2, los - 2, 1);
    b.daily('阿司匹林肠溶片', a, 0, los, 1); b.daily('阿托伐他汀钙片', a, 0, los, 1); b.daily('苯磺酸氨氯地平片', a, 0, los, 1);
  } },
};
function stayClaim(p, pv, tplName, adm, los, opt = {}) {
  const t = STAY[tplName];
  const b = new Bill(pv.level);
  const sk = staySkeleton(b, adm, los, opt.grade || t.grade, opt);
  t.build(b, adm, los, pv.level);
  const procs = (t.procs || []).map((code) => ({ code, date: tplName === 'chole' ? addDays(adm, 1) : adm }));
  const diags = opt.diags || t.diags;
  return { b, sk, finish: (extra) => makeClaim(p, pv, 'inpatient', [adm, addDays(adm, los)], diags, procs, b, extra) };
}

// outpatient visit
function visit(p, pv, date, diags, fill, opt = {}) {
  const b = new Bill(pv.level);
  if (opt.consult !== false) b.add(opt.consult || (pv.level === 1 ? '一般诊疗费' : '普通门诊诊察费'), date, 1);
  const ids = fill(b, date) || {};
  const c = makeClaim(p, pv, opt.visitType || 'outpatient', [date], diags, [], b, opt.extra || {});
  return { c, ids };
}
// pharmacy purchase
function pharm(p, region, n, date, diags, fill, opt = {}) {
  const pv = { region, level: 1, department: 'pharmacy', hospitalId: pharmacyId(region, n), doctorId: opt.doctorId || doctor() };
  const b = new Bill(1);
  const ids = fill(b, date) || {};
  const c = makeClaim(p, pv, 'pharmacy', [date], diags, [], b, opt.extra || {});
  return { c, ids };
}

// ---------- case registry ----------
const claims = [];
const labels = [];
function addCase(kind, code, name, cls, targets, mutated) {
  const caseId = `${code}-${String(labels.filter((l) => l.code === code).length + 1).padStart(2, '0')}`;
  for (const c of cls) claims.push(c);
  labels.push({ caseId, kind, code, name, claimIds: cls.map((c) => c.claimId), targets: (targets || cls).map((c) => c.claimId), mutatedLines: mutated || {} });
}
const TNAMES = {}; const CNAMES = {};

// chronic maintenance prescriptions (drug, perDay) by disease
const CHRONIC_RX = {
  'I10.x00': [['苯磺酸氨氯地平片', 1], ['缬沙坦胶囊', 1], ['厄贝沙坦片', 1], ['硝苯地平控释片', 1], ['氯沙坦钾片', 1], ['琥珀酸美托洛尔缓释片', 1]],
  'E11.900': [['盐酸二甲双胍片', 3], ['格列美脲片', 1], ['阿卡波糖片', 3], ['磷酸西格列汀片', 1], ['格列齐德缓释片', 1]],
  'I25.103': [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['单硝酸异山梨酯缓释片', 1], ['比索洛尔片', 1]],
  'E78.500': [['瑞舒伐他汀钙片', 1], ['阿托伐他汀钙片', 1], ['依折麦布片', 1]],
  'J44.900': [['沙美特罗替卡松吸入粉雾剂', 0.034], ['噻托溴铵粉吸入剂', 0.034]],
  'G20.x00': [['多巴丝肼片', 3]],
  'E03.900': [['左甲状腺素钠片', 1]],
  'I48.000': [['利伐沙班片', 1], ['比索洛尔片', 1]],
};
function rxFill(b, date, dx, days, n, opt) {
  const list = CHRONIC_RX[dx]; const ids = [];
  const used = b._usedRx || (b._usedRx = new Set());
  for (let k = 0; k < n && k < list.length; k++) {
    let d = pick(list); let guard = 0; while (used.has(d[0]) && guard++ < 10) d = pick(list); if (used.has(d[0])) continue; used.add(d[0]);
    ids.push(b.add(d[0], date, d[1] < 0.1 ? Math.max(1, Math.round(d[1] * days)) : Math.ceil(d[1] * days), opt));
  }
  return ids;
}

// =====================================================================================
// FRAUD TYPOLOGIES
// =====================================================================================
const T = [];

// T01 虚记康复理疗次数: township/private rehab wards billing physiotherapy sessions above what was done
TNAMES.T01 = '虚记康复理疗次数（乡镇卫生院/民营康复科）';
T.push((i) => {
  const region = pick(REGIONS); const level = i % 3 === 2 ? 2 : 1;
  const p = patient({ ageMin: 55, ageMax: 85 }); const pv = prov(region, level, 'rehabilitation');
  const tpl = i % 2 === 0 ? 'rehabStroke' : 'backpain';
  const adm = randDate(); const los = ri(10, 18);
  const s = stayClaim(p, pv, tpl, adm, los);
  const mut = [];
  const variant = i % 4;
  for (let d = 2; d < los; d++) {
    const date = addDays(adm, d);
    if (variant === 0) mut.push(s.b.add('针灸', date, 1)); // second acupuncture session every day
    else if (variant === 1) { if (d % 2 === 0) mut.push(s.b.add('运动疗法', date, 1)); mut.push(s.b.add('康复评定', date, 1)); }
    else if (variant === 2) { mut.push(s.b.add('推拿治疗', date, 1)); if (d % 3 === 0) mut.push(s.b.add('康复评定', date, 1)); }
    else { mut.push(s.b.add('针灸', date, 1)); mut.push(s.b.add('运动疗法', date, 1)); }
  }
  const c = s.finish();
  addCase('fraud', 'T01', TNAMES.T01, [c], null, { [c.claimId]: mut });
});

// T02 超资质/虚计大型检查: level-1 township centre billing CT-enhancement, MRI, CTA, PCT it has no equipment for
TNAMES.T02 = '一级/乡镇卫生院虚计超资质检查（MRI、增强CT、冠脉CTA、降钙素原）';
T.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 45, ageMax: 82 }); const pv = prov(region, 1, 'internal_medicine');
  const tpl = pick(['pneumonia', 'gastroenteritis', 'kneeOA', 'diabetes', 'heartfailure']);
  const adm = randDate(); const los = ri(...STAY[tpl].los);
  const s = stayClaim(p, pv, tpl, adm, los);
  const pool = ['头颅MRI平扫', 'CT增强扫描(加收)', '冠状动脉CTA', '降钙素原测定', '腰椎MRI平扫', '膝关节MRI平扫'];
  const k = 1 + (i % 3); const mut = []; const used = new Set();
  for (let j = 0; j < k; j++) { let n = pick(pool); while (used.has(n)) n = pick(pool); used.add(n); mut.push(s.b.add(n, addDays(adm, ri(0, 2)), 1)); }
  if (used.has('CT增强扫描(加收)') && !s.b.items.some((l) => /CT平扫/.test(l.name))) s.b.add('腹部CT平扫', addDays(adm, 1), 1);
  const c = s.finish();
  addCase('fraud', 'T02', TNAMES.T02, [c], null, { [c.claimId]: mut });
});

// T03 门诊串换: 丙类保健品/滋补品 dispensed, billed as covered Chinese patent medicine in large quantity
TNAMES.T03 = '门诊/药店将保健滋补品串换为目录内中成药';
T.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 40, ageMax: 75 });
  const swaps = [['血塞通软胶囊', 180, 420], ['复方丹参滴丸', 1800, 3000], ['六味地黄丸', 4000, 9000], ['连花清瘟胶囊', 240, 480], ['板蓝根颗粒', 200, 500]];
  const sw = swaps[i % swaps.length]; const q = ri(sw[1], sw[2]);
  const date = randDate(); let out;
  const dx = sw[0] === '连花清瘟胶囊' || sw[0] === '板蓝根颗粒' ? ['J06.900'] : sw[0] === '六味地黄丸' ? ['G47.000'] : ['I25.103'];
  if (i % 2 === 0) {
    out = pharm(p, region, ri(1, 30), date, dx, (b, d) => ({ m: [b.add(sw[0], d, q)], o: [b.add('阿司匹林肠溶片', d, 30)] }));
  } else {
    const pv = prov(region, pick([1, 2]), 'tcm');
    out = visit(p, pv, date, dx, (b, d) => ({ m: [b.add(sw[0], d, q)] }));
  }
  addCase('fraud', 'T03', TNAMES.T03, [out.c], null, { [out.c.claimId]: out.ids.m });
});

// T04 体检项目串换为诊疗: company check-up day, each employee billed as an outpatient visit with a covered panel
TNAMES.T04 = '单位体检串换为门诊诊疗（同日同机构多名参保人体检套餐式检查）';
T.push((i) => {
  const region = pick(REGIONS); const level = pick([1, 2, 2]); const hid = hosp(region, level, ri(1, 6)); const doc = doctor();
  const date = randDate(); const n = ri(3, 6); const cls = []; const mut = {};
  for (let k = 0; k < n; k++) {
    const p = patient({ ageMin: 24, ageMax: 58, type: 'employee' });
    const pv = { region, level, department: 'general', hospitalId: hid, doctorId: doc };
    const dx = pick(['R42.x00', 'I10.x00', 'K29.500', 'E78.500', 'R51.x00']);
    const out = visit(p, pv, date, [dx], (b, d) => {
      const m = ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '血脂(四项)', '空腹血糖测定', '常规心电图检查', '胸部X线摄影(正侧位)', '腹部B超'].map((x) => b.add(x, d, 1));
      if (i % 3 === 0) m.push(b.add('甲状腺彩超', d, 1));
      if (i % 3 === 1) m.push(b.add(p.patient.gender === 'F' ? '乳腺彩超' : '肿瘤标志物(CEA)测定', d, 1));
      if (i % 4 === 2) m.push(b.add('乙肝五项定量', d, 1));
      return { m };
    });
    cls.push(out.c); mut[out.c.claimId] = out.ids.m;
  }
  addCase('fraud', 'T04', TNAMES.T04, cls, null, mut);
});

// T05 分解住院 with the diagnosis re-coded on the second stay (same disease, different code), next-day readmission
TNAMES.T05 = '分解住院：次日再入院并改编码（同病不同编码/转科）';
T.push((i) => {
  const region = pick(REGIONS); const level = pick([1, 2]); const p = patient({ ageMin: 60, ageMax: 88 });
  const pairs = [['copd', ['J44.100', 'J96.900'], ['J42.x00x004', 'J44.900']], ['pneumonia', ['J18.900'], ['J20.900', 'J18.900']], ['rehabStroke', ['I69.300', 'I10.x00'], ['I67.900', 'I10.x00']], ['diabetes', ['E11.900', 'I10.x00'], ['E11.400', 'I10.x00']], ['heartfailure', ['I50.900', 'I11.900'], ['I11.900', 'I50.900']]];
  const pr = pairs[i % pairs.length];
  const hid = ri(1, 6); const pv1 = prov(region, level, STAY[pr[0]].dept, hid); const pv2 = { ...prov(region, level, i % 2 ? 'internal_medicine' : 'tcm', hid) };
  const adm = randDate('2025-01-06', '2025-10-01'); const los1 = ri(...STAY[pr[0]].los);
  const c1 = stayClaim(p, pv1, pr[0], adm, los1, { diags: pr[1] }).finish();
  const adm2 = addDays(adm, los1 + (i % 3)); const los2 = ri(5, 9);
  const tpl2 = pr[0] === 'copd' ? 'pneumonia' : pr[0];
  const c2 = stayClaim(p, pv2, tpl2, adm2, los2, { diags: pr[2] }).finish();
  addCase('fraud', 'T05', TNAMES.T05, [c1, c2], [c2], {});
});

// T06 挂床住院: all treatment in the first days, the rest of the stay bed/nursing/rounds only
TNAMES.T06 = '挂床住院：治疗集中于前几日，其后仅计床位、护理、诊查';
T.push((i) => {
  const region = pick(REGIONS); const level = pick([1, 1, 2]); const p = patient({ ageMin: 50, ageMax: 86 });
  const tpl = pick(['gastroenteritis', 'pneumonia', 'kneeOA', 'diabetes']); const pv = prov(region, level, STAY[tpl].dept);
  const adm = randDate(); const treat = ri(...STAY[tpl].los); const idle = ri(6, 14); const los = treat + idle;
  const b = new Bill(level); const sk = staySkeleton(b, adm, los, STAY[tpl].grade); STAY[tpl].build(b, adm, treat, level);
  const mut = [...sk.bed.slice(treat), ...sk.nurse.slice(treat), ...sk.round.slice(treat)];
  const c = makeClaim(p, pv, 'inpatient', [adm, addDays(adm, los)], STAY[tpl].diags, (STAY[tpl].procs || []).map((x) => ({ code: x, date: adm })), b);
  addCase('fraud', 'T06', TNAMES.T06, [c], null, { [c.claimId]: mut });
});

// T07 低标准入院: private hospital admits for physiotherapy of mild neck/back/shoulder pain, 3–6 days, no acute treatment
TNAMES.T07 = '民营医院低标准入院：轻症颈肩腰腿痛住院做理疗';
T.push((i) => {
  const region = pick(REGIONS); const level = pick([1, 2]); const p = patient({ ageMin: 35, ageMax: 78 });
  const pv = prov(region, level, pick(['rehabilitation', 'tcm', 'orthopaedics']));
  const dx = pick([['M54.500'], ['M47.800'], ['M75.100'], ['M79.600'], ['M17.900']]);
  const adm = randDate(); const los = ri(3, 6);
  const b = new Bill(level); staySkeleton(b, adm, los, 3);
  b.add('血常规(五分类)', adm, 1); if (i % 2) b.add('尿常规', adm, 1);
  b.add(dx[0] === 'M17.900' ? '四肢X线摄影' : '腰椎X线摄影', adm, 1);
  for (let d = 0; d < los; d++) { const date = addDays(adm, d); b.add('针灸', date, 1); if (i % 3 !== 2) b.add('推拿治疗', date, 1); }
  b.add('双氯芬酸钠缓释片', adm, los);
  const c = makeClaim(p, pv, 'inpatient', [adm, addDays(adm, los)], dx, [], b);
  addCase('fraud', 'T07', TNAMES.T07, [c], null, {});
});

// T08 过度诊疗：uncomplicated patients kept on 特级/Ⅰ级 nursing and 24h monitoring
TNAMES.T08 = '过度诊疗：轻症住院全程心电/血氧监测与高等级护理';
T.push((i) => {
  const region = pick(REGIONS); const level = pick([1, 2]); const p = patient({ ageMin: 30, ageMax: 80 });
  const tpl = pick(['gastroenteritis', 'pneumonia', 'kneeOA', 'backpain']); const pv = prov(region, level, STAY[tpl].dept);
  const adm = randDate(); const los = ri(...STAY[tpl].los);
  const special = i % 2 === 0;
  const b = new Bill(level); const mut = [];
  for (let d = 0; d < los; d++) {
    const date = addDays(adm, d); b.add('普通病房床位费(三人间)', date, 1); b.add('住院诊查费', date, 1);
    if (special) mut.push(b.add('特级护理', date, 1)); else mut.push(b.add('Ⅰ级护理', date, 1));
    mut.push(b.add('心电监测', date, 24)); mut.push(b.add('血氧饱和度监测', date, 24));
    if (!special) mut.push(b.add('无创血压监测', date, 12));
  }
  mut.push(b.add('心电电极片', adm, 5));
  STAY[tpl].build(b, adm, los, level);
  const c = makeClaim(p, pv, 'inpatient', [adm, addDays(adm, los)], STAY[tpl].diags, (STAY[tpl].procs || []).map((x) => ({ code: x, date: adm })), b);
  addCase('fraud', 'T08', TNAMES.T08, [c], null, { [c.claimId]: mut });
});

// T09 重复收费：panel billed together with its component tests / items included in another
TNAMES.T09 = '重复收费：组合项目与其所含单项同日重复计费';
T.push((i) => {
  const region = pick(REGIONS); const level = pick([1, 2, 3]); const p = patient({ ageMin: 40, ageMax: 85 });
  const tpl = pick(['pneumonia', 'diabetes', 'heartfailure', 'gastroenteritis', 'copd']); const pv = prov(region, level, STAY[tpl].dept);
  const adm = randDate(); const los = ri(...STAY[tpl].los);
  const s = stayClaim(p, pv, tpl, adm, los); const mut = [];
  const v = i % 4;
  if (v === 0) ['丙氨酸氨基转移酶测定', '天门冬氨酸氨基转移酶测定', '总胆红素测定'].forEach((x) => mut.push(s.b.add(x, adm, 1)));
  else if (v === 1) { mut.push(s.b.add('肌酐测定', adm, 1)); mut.push(s.b.add('尿素测定', adm, 1)); mut.push(s.b.add('血红蛋白测定', adm, 1)); }
  else if (v === 2) { mut.push(s.b.add('总胆固醇测定', adm, 1)); if (!s.b.items.some((l) => l.name === '血脂(四项)')) s.b.add('血脂(四项)', adm, 1); mut.push(s.b.add('丙氨酸氨基转移酶测定', adm, 1)); }
  else { // 特级护理 days with monitoring also billed separately
    for (let d = 0; d < 2; d++) { const date = addDays(adm, d); s.b.add('特级护理', date, 1); mut.push(s.b.add('心电监测', date, 24)); mut.push(s.b.add('血氧饱和度监测', date, 24)); }
    // drop the ordinary nursing lines of those two days so nursing stays one grade per day
    s.b.items = s.b.items.filter((l, idx) => !(idx < s.sk.nurse.length * 3 && /级护理/.test(l.name) && l.name !== '特级护理' && (l.date === adm || l.date === addDays(adm, 1))));
    renumber(s.b, mut);
  }
  const c = s.finish();
  addCase('fraud', 'T09', TNAMES.T09, [c], null, { [c.claimId]: mut.map(String) });
});
function mergeSameDay(b) {
  const keep = []; const seen = {};
  for (const l of b.items) { const k = l.code + '|' + l.date + '|' + l.unitPrice; if (seen[k]) { seen[k].quantity += l.quantity; seen[k].amount = r2(seen[k].quantity * seen[k].unitPrice); } else { seen[k] = l; keep.push(l); } }
  b.items = keep; renumber(b, []);
}
function renumber(b, mut) {
  const map = {}; b.items.forEach((l, k) => { map[l.lineId] = String(k + 1); l.lineId = String(k + 1); });
  for (let k = 0; k < mut.length; k++) mut[k] = map[mut[k]];
}

// T10 超标准收费: level-1/2 institution charging above its level's cap (bed, nursing, consult, tests), or a markup on drugs
TNAMES.T10 = '超标准收费：一二级机构按三级价或加价收费';
T.push((i) => {
  const region = pick(REGIONS); const level = pick([1, 2]); const p = patient({ ageMin: 30, ageMax: 85 });
  const v = i % 3; const mut = []; let c;
  if (v === 2) { // outpatient: consult and tests priced at higher tier, drug marked up 15%
    const pv = prov(region, level, 'internal_medicine');
    c = visit(p, pv, randDate(), ['I10.x00', 'E11.900'], (b, d) => {
      mut.push(b.add('普通门诊诊察费', d, 1, { price: cat('普通门诊诊察费').priceCap['3'] }));
      mut.push(b.add('糖化血红蛋白测定', d, 1, { price: cat('糖化血红蛋白测定').priceCap['3'] }));
      b.add('空腹血糖测定', d, 1);
      mut.push(b.add('磷酸西格列汀片', d, 28, { price: r2(cat('磷酸西格列汀片').priceCap['1'] * 1.15) }));
      b.add('苯磺酸氨氯地平片', d, 28);
    }, { consult: false }).c;
  } else {
    const tpl = pick(['pneumonia', 'gastroenteritis', 'diabetes', 'kneeOA']); const pv = prov(region, level, STAY[tpl].dept);
    const adm = randDate(); const los = ri(...STAY[tpl].los);
    const b = new Bill(level);
    for (let d = 0; d < los; d++) {
      const date = addDays(adm, d);
      const bedId = b.add('普通病房床位费(三人间)', date, 1, v === 0 ? { price: cat('普通病房床位费(三人间)').priceCap['3'] } : {});
      const nId = b.add(NURSE[STAY[tpl].grade] || 'Ⅱ级护理', date, 1, v === 1 ? { price: cat(NURSE[STAY[tpl].grade] || 'Ⅱ级护理').priceCap['3'] } : {});
      b.add('住院诊查费', date, 1, v === 0 ? { price: cat('住院诊查费').priceCap['3'] } : {});
      if (v === 0) mut.push(bedId, String(b.items.length)); else mut.push(nId);
    }
    STAY[tpl].build(b, adm, los, level);
    if (v === 1) { const l = b.items.find((x) => x.name === '血常规(五分类)'); l.unitPrice = cat('血常规(五分类)').priceCap['3'] + 5; l.amount = r2(l.unitPrice * l.quantity); mut.push(l.lineId); }
    c = makeClaim(p, pv, 'inpatient', [adm, addDays(adm, los)], STAY[tpl].diags, (STAY[tpl].procs || []).map((x) => ({ code: x, date: adm })), b);
  }
  addCase('fraud', 'T10', TNAMES.T10, [c], null, { [c.claimId]: mut });
});

// T11 超限定范围用药: restricted 乙类 drugs given outside their indication at level-2 hospitals
TNAMES.T11 = '超限定支付范围用药（无相应诊断的限定药品）';
T.push((i) => {
  const region = pick(REGIONS); const level = 2; const p = patient({ ageMin: 50, ageMax: 88 });
  const cases = [
    ['rehabStroke', '依达拉奉注射液', 2, 10], ['kneeOA', '人血白蛋白', 1, 3], ['pneumonia', '注射用还原型谷胱甘肽', 2, 6], ['gastroenteritis', '脂肪乳注射液(C14～24)', 1, 3],
    ['rehabStroke', '单唾液酸四己糖神经节苷脂钠注射液', 2, 10], ['diabetes', '异甘草酸镁注射液', 1, 6], ['backpain', '奥拉西坦注射液', 2, 6], ['kneeOA', '疏血通注射液', 4, 7],
  ];
  const cs = cases[i % cases.length]; const pv = prov(region, level, STAY[cs[0]].dept);
  const adm = randDate(); const los = Math.max(ri(...STAY[cs[0]].los), cs[3] + 1);
  const s = stayClaim(p, pv, cs[0], adm, los);
  const mut = s.b.daily(cs[1], adm, 0, cs[3], cs[2]);
  if (i % 3 === 0) mut.push(...s.b.daily('硫酸氢氯吡格雷片', adm, 0, los, 1).slice(0, 0)); // (kept indicated drugs untouched)
  const c = s.finish();
  addCase('fraud', 'T11', TNAMES.T11, [c], null, { [c.claimId]: mut });
});

// T12 回流药: 门诊慢特病 card used to obtain high-value resellable drugs of a disease the member is not approved/diagnosed for
TNAMES.T12 = '门诊慢特病待遇套取高值药品（药品与认定病种不符，疑回流）';
T.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 45, ageMax: 80 });
  const base = pick(['I10.x00', 'I25.103', 'G20.x00', 'E03.900']);
  p.enrollment.chronicDiseases = [base.slice(0, 3)];
  const hv = [['甘精胰岛素注射液', 6], ['利拉鲁肽注射液', 3], ['布地奈德福莫特罗吸入粉雾剂', 3], ['沙美特罗替卡松吸入粉雾剂', 3], ['特立帕肽注射液', 1], ['噻托溴铵粉吸入剂', 3]];
  const pv = prov(region, pick([2, 3]), 'chronic_clinic');
  const out = visit(p, pv, randDate(), [base], (b, d) => {
    const normal = rxFill(b, d, base, 30, 2);
    const m = []; const a = hv[i % hv.length]; m.push(b.add(a[0], d, a[1]));
    if (i % 3 === 0) { const a2 = hv[(i + 2) % hv.length]; m.push(b.add(a2[0], d, a2[1])); }
    return { m, normal };
  }, { consult: '门诊慢特病管理诊查费', visitType: 'chronic' });
  addCase('fraud', 'T12', TNAMES.T12, [out.c], null, { [out.c.claimId]: out.ids.m });
});

// T13 冒名就医/借卡购药: a child's or spouse's card used to buy drugs that fit another person
TNAMES.T13 = '冒名购药：用子女或配偶医保卡购买成人/异性用药';
T.push((i) => {
  const region = pick(REGIONS); const v = i % 3; let p, dx, drugs;
  if (v === 0) { p = patient({ age: ri(3, 11), type: 'resident' }); dx = ['I10.x00']; drugs = [['苯磺酸氨氯地平片', 30], ['阿托伐他汀钙片', 30]]; }
  else if (v === 1) { p = patient({ gender: 'F', ageMin: 55, ageMax: 80 }); dx = ['N40.x00']; drugs = [['盐酸坦索罗辛缓释胶囊', 30], ['非那雄胺片', 30]]; }
  else { p = patient({ age: ri(8, 15), type: 'resident' }); dx = ['J20.900']; drugs = [['左氧氟沙星片', 14], ['莫西沙星片', 10]]; }
  const date = randDate();
  const usePharm = i % 2 === 0;
  const fill = (b, d) => { const m = drugs.slice(0, 1 + (i % 2)).map((x) => b.add(x[0], d, x[1])); if (v === 0) b.add('小儿对乙酰氨基酚颗粒', d, 6); return { m }; };
  const out = usePharm ? pharm(p, region, ri(1, 30), date, dx, fill) : visit(p, prov(region, 1, 'general'), date, dx, fill);
  addCase('fraud', 'T13', TNAMES.T13, [out.c], null, { [out.c.claimId]: out.ids.m });
});

// T14 药店/门诊将非目录（丙类）商品计入医保政策范围结算
TNAMES.T14 = '定点药店将非医保商品按政策范围内费用结算（个人账户/门诊统筹违规支付）';
T.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 30, ageMax: 80, type: 'employee' });
  const goods = [['医用护理垫', 30, 120], ['医用冷敷贴', 4, 12], ['维生素C片', 100, 300], ['辅酶Q10胶囊', 60, 180], ['复方樟脑乳膏', 2, 6], ['阿胶', 1, 3]];
  const dx = pick([['I10.x00'], ['M17.900'], ['K29.500'], ['E11.900']]);
  const out = pharm(p, region, ri(1, 30), randDate(), dx, (b, d) => {
    const ok = dx[0] === 'I10.x00' ? b.add('苯磺酸氨氯地平片', d, 28) : dx[0] === 'M17.900' ? b.add('双氯芬酸钠缓释片', d, 20) : dx[0] === 'K29.500' ? b.add('奥美拉唑肠溶胶囊', d, 28) : b.add('盐酸二甲双胍片', d, 84);
    const m = []; const g = goods[i % goods.length]; m.push(b.add(g[0], d, ri(g[1], g[2])));
    if (i % 2) { const g2 = goods[(i + 3) % goods.length]; m.push(b.add(g2[0], d, ri(g2[1], g2[2]))); }
    return { m };
  }, { extra: { policyAll: true } });
  addCase('fraud', 'T14', TNAMES.T14, [out.c], null, { [out.c.claimId]: out.ids.m });
});

// T15 超量开药: ordinary outpatient, acute or symptomatic drugs for 2–3 months, no 长处方
TNAMES.T15 = '普通门诊超量开药（急性/对症用药开至数月量，未标长处方）';
T.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 25, ageMax: 80 }); const pv = prov(region, pick([1, 2, 3]), 'general');
  const opts = [[['M17.900'], '塞来昔布胶囊', 2, [60, 90]], [['G47.000'], '酒石酸唑吡坦片', 1, [60, 90]], [['J11.100'], '磷酸奥司他韦胶囊', 2, [15, 30]], [['K29.500'], '艾司奥美拉唑镁肠溶片', 2, [60, 90]], [['J20.900'], '阿莫西林克拉维酸钾片', 3, [28, 42]], [['M54.500'], '盐酸曲马多缓释片', 2, [45, 90]], [['R42.x00'], '甲磺酸倍他司汀片', 3, [60, 90]]];
  const o = opts[i % opts.length]; const days = ri(...o[3]);
  const out = visit(p, pv, randDate(), o[0], (b, d) => ({ m: [b.add(o[1], d, o[2] * days)] }));
  addCase('fraud', 'T15', TNAMES.T15, [out.c], null, { [out.c.claimId]: out.ids.m });
});

// T16 虚假就医/刷卡套现: one village/township doctor, same day, many members, near-identical prescriptions
TNAMES.T16 = '虚假就医：同医生同日批量刷卡、处方雷同（聚集套现）';
T.push((i) => {
  const region = pick(REGIONS); const level = 1; const hid = hosp(region, 1, ri(1, 6)); const doc = doctor(); const date = randDate();
  const n = ri(5, 8); const cls = [];
  const rxs = [['复方丹参滴丸', 270], ['血塞通软胶囊', 90], ['六味地黄丸', 720], ['阿托伐他汀钙片', 30], ['连花清瘟胶囊', 48]];
  const rx = [rxs[i % rxs.length], rxs[(i + 1) % rxs.length]];
  const dx = pick(['I25.103', 'I10.x00', 'R42.x00']);
  for (let k = 0; k < n; k++) {
    const p = patient({ ageMin: 50, ageMax: 85, type: 'resident' });
    const pv = { region, level, department: 'general', hospitalId: hid, doctorId: doc };
    const out = visit(p, pv, date, [dx], (b, d) => { rx.forEach((x) => b.add(x[0], d, x[1])); if (i % 2) b.add('常规心电图检查', d, 1); });
    cls.push(out.c);
  }
  addCase('fraud', 'T16', TNAMES.T16, cls, null, {});
});

// T17 超频次/分解收费: infusion first-group fee per bottle, wound dressing twice a day, nebulisation/glucose checks beyond need
TNAMES.T17 = '超频次与分解收费（每瓶计首组输液费、一日多次换药/雾化/血糖监测）';
T.push((i) => {
  const region = pick(REGIONS); const level = pick([1, 2]); const p = patient({ ageMin: 20, ageMax: 85 });
  const v = i % 4; const mut = []; let c;
  if (v === 3) { // outpatient infusion clinic: 3 bottles, each billed as first group, over 3 days (3 claims)
    const pv = prov(region, level, 'general'); const d0 = randDate(); const cls = [];
    const mm = {};
    for (let d = 0; d < 3; d++) {
      const out = visit(p, pv, addDays(d0, d), ['J20.900'], (b, dd) => {
        b.add('注射用阿奇霉素', dd, 1); b.add('氯化钠注射液', dd, 2); b.add('一次性使用输液器', dd, 2);
        const m = [b.add('静脉输液(第一组)', dd, 3)]; return { m };
      });
      cls.push(out.c); mm[out.c.claimId] = out.ids.m;
    }
    addCase('fraud', 'T17', TNAMES.T17, cls, null, mm); return;
  }
  const tpl = v === 0 ? 'pneumonia' : v === 1 ? 'appendix' : 'gastroenteritis'; const pv = prov(region, level, STAY[tpl].dept);
  const adm = randDate(); const los = ri(...STAY[tpl].los);
  const s = stayClaim(p, pv, tpl, adm, los);
  if (v === 0) { // nebulisation 4x/day and glucose checks 6x/day in a non-diabetic
    mut.push(...s.b.daily('雾化吸入', adm, 0, los, 4)); mut.push(...s.b.daily('血糖监测(快速)', adm, 0, los, 6)); s.b.daily('吸入用布地奈德混悬液', adm, 0, Math.min(los, 7), 2);
  } else if (v === 1) { // dressing twice a day, both small and medium
    for (let d = 1; d < los; d++) { const dt = addDays(adm, d); mut.push(s.b.add('换药(中)', dt, 2)); mut.push(s.b.add('一次性使用换药包', dt, 2)); }
  } else { // each bottle billed as 第一组
    for (const l of s.b.items) if (l.name === '静脉输液(第一组)') { l.quantity = 3; l.amount = r2(3 * l.unitPrice); mut.push(l.lineId); }
  }
  c = s.finish();
  addCase('fraud', 'T17', TNAMES.T17, [c], null, { [c.claimId]: mut });
});

// T18 虚记透析次数: 门诊慢特病 haemodialysis, one claim per session; extra sessions invented (4–7 a week, or two a day)
TNAMES.T18 = '门诊慢特病血液透析虚记次数（每周4–7次或同日两次）';
function dialysisSession(p, pv, dt, first) {
  return visit(p, pv, dt, ['N18.500', 'N18.500x001+D63.8*'], (b, d) => {
    b.add('血液透析', d, 1); b.add('透析器', d, 1); b.add('一次性使用血液透析管路', d, 1); b.add('重组人促红素注射液', d, 1); b.add('静脉注射', d, 1);
    if (first) { b.add('血常规(五分类)', d, 1); b.add('肾功能(三项)', d, 1); b.add('电解质(四项)', d, 1); }
  }, { consult: '门诊慢特病管理诊查费', visitType: 'chronic' }).c;
}
T.push((i) => {
  const region = pick(REGIONS); const level = pick([2, 2, 3, 1]); const p = patient({ ageMin: 40, ageMax: 80 });
  p.enrollment.chronicDiseases = ['N18'];
  const pv = prov(region, level, 'nephrology');
  const start = addDays(randDate('2025-01-06', '2025-10-20'), 0);
  const cls = []; const fakes = [];
  const extraPerWeek = 1 + (i % 4);
  for (let d = 0; d < 28; d++) {
    const dow = d % 7; const real = dow === 0 || dow === 2 || dow === 4;
    if (real) cls.push(dialysisSession(p, pv, addDays(start, d), d === 0));
    if (i % 5 === 4) { if (real && d % 14 < 7) { const c = dialysisSession(p, pv, addDays(start, d), false); cls.push(c); fakes.push(c); } }
    else if (!real && [1, 3, 5, 6].indexOf(dow) >= 0 && [1, 3, 5, 6].indexOf(dow) < extraPerWeek) { const c = dialysisSession(p, pv, addDays(start, d), false); cls.push(c); fakes.push(c); }
  }
  addCase('fraud', 'T18', TNAMES.T18, cls, fakes, {});
});

// T19 虚增诊断高套: level-1/2 hospitals add MCC/CC diagnoses with no supporting treatment
TNAMES.T19 = '虚增并发症诊断（无相应检查治疗的MCC/CC）';
T.push((i) => {
  const region = pick(REGIONS); const level = pick([1, 2]); const p = patient({ ageMin: 55, ageMax: 88 });
  const tpl = pick(['pneumonia', 'diabetes', 'kneeOA', 'appendix', 'copd']); const pv = prov(region, level, STAY[tpl].dept); // groups that split by MCC/CC
  const adm = randDate(); const los = ri(...STAY[tpl].los);
  const extra = [['J96.900x001'], ['N17.900'], ['A41.900'], ['R57.100'], ['J81.x00'], ['E87.200', 'E87.100'], ['I21.900']][i % 7];
  const s = stayClaim(p, pv, tpl, adm, los, { diags: STAY[tpl].diags.concat(extra) });
  const c = s.finish();
  addCase('fraud', 'T19', TNAMES.T19, [c], null, {});
});

// T20 模板化伪造病历: identical template bills across patients containing items that contradict the patient's sex/age
TNAMES.T20 = '模板化伪造文书：套用模板计入与性别/年龄不符的项目';
T.push((i) => {
  const region = pick(REGIONS); const level = pick([1, 2]); const hid = ri(1, 6); const doc = doctor();
  const tpl = pick(['pneumonia', 'gastroenteritis', 'kneeOA']); const adm = randDate();
  const cls = []; const mut = {};
  const n = 2 + (i % 2);
  for (let k = 0; k < n; k++) {
    const male = k % 2 === 0; const p = patient({ gender: male ? 'M' : 'F', ageMin: 30, ageMax: 80 });
    const pv = { region, level, department: STAY[tpl].dept, hospitalId: hosp(region, level, hid), doctorId: doc };
    const los = STAY[tpl].los[0] + 1;
    const s = stayClaim(p, pv, tpl, addDays(adm, k), los);
    const m = [];
    // template items: gynaecological ultrasound / TCT / PSA regardless of sex; bone density regardless of age
    m.push(s.b.add(male ? '妇科B超' : '前列腺特异性抗原(PSA)测定', addDays(adm, k + 1), 1));
    if (i % 3 === 0) m.push(s.b.add(male ? '宫颈液基细胞学检查(TCT)' : '泌尿系B超', addDays(adm, k + 1), 1));
    if (i % 3 === 1) s.b.add('乳腺彩超', addDays(adm, k + 1), 1);
    const c = s.finish(); cls.push(c);
    mut[c.claimId] = male || i % 3 !== 0 ? m : m.slice(0, 1);
  }
  addCase('fraud', 'T20', TNAMES.T20, cls, null, mut);
});

// =====================================================================================
// CONTROLS
// =====================================================================================
const C = [];

CNAMES.C01 = '长处方：稳定慢病多药12周处方（已标长处方）';
C.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 55, ageMax: 85 });
  const dxs = pick([['I10.x00', 'E11.900'], ['I25.103', 'E78.500'], ['I10.x00', 'E78.500', 'I25.103'], ['E11.900', 'I10.x00', 'E78.500']]);
  const pv = prov(region, pick([1, 2, 3]), 'general'); const days = pick([56, 84]);
  const out = visit(p, pv, randDate(), dxs, (b, d) => { dxs.forEach((dx) => rxFill(b, d, dx, days, 2, { longPrescription: true })); if (i % 2) b.add('空腹血糖测定', d, 1); });
  addCase('control', 'C01', CNAMES.C01, [out.c]);
});

CNAMES.C02 = '门诊慢特病月度取药：多病种多药（认定病种内）';
C.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 60, ageMax: 88 });
  const dxs = pick([['I10.x00', 'E11.900', 'I25.103'], ['J44.900', 'I10.x00'], ['E11.900', 'I10.x00', 'E78.500'], ['I25.103', 'I10.x00', 'E78.500']]);
  p.enrollment.chronicDiseases = dxs.map((d) => d.slice(0, 3));
  const pv = prov(region, pick([2, 3]), 'chronic_clinic'); const d0 = randDate('2025-01-06', '2025-08-20'); const cls = [];
  for (let m = 0; m < 3; m++) {
    const out = visit(p, pv, addDays(d0, m * 30 + ri(-2, 2)), dxs, (b, d) => { dxs.forEach((dx) => rxFill(b, d, dx, 30, 2)); if (m === 0 && dxs.includes('E11.900')) b.add('糖化血红蛋白测定', d, 1); }, { consult: '门诊慢特病管理诊查费', visitType: 'chronic' });
    cls.push(out.c);
  }
  addCase('control', 'C02', CNAMES.C02, cls);
});

CNAMES.C03 = '家庭成员同日就诊：流感聚集，同医生相似处方';
C.push((i) => {
  const region = pick(REGIONS); const level = pick([1, 2]); const hid = hosp(region, level, ri(1, 6)); const doc = doctor(); const date = randDate('2025-01-06', '2025-03-20');
  const members = [patient({ ageMin: 35, ageMax: 48 }), patient({ ageMin: 33, ageMax: 46 }), patient({ age: ri(5, 11), type: 'resident' })];
  if (i % 2) members.push(patient({ ageMin: 65, ageMax: 78 }));
  const cls = members.map((p) => visit(p, { region, level, department: p.age < 14 ? 'paediatrics' : 'general', hospitalId: hid, doctorId: doc }, date, ['J11.100'], (b, d) => {
    b.add('血常规(五分类)', d, 1);
    if (p.age < 14) { b.add('小儿对乙酰氨基酚颗粒', d, 6); b.add('磷酸奥司他韦胶囊', d, 10); } else { b.add('磷酸奥司他韦胶囊', d, 10); b.add('对乙酰氨基酚片', d, 6); }
  }).c);
  addCase('control', 'C03', CNAMES.C03, cls);
});

CNAMES.C04 = '出行途中在两地药店分别购药（不同药品、正常数量）';
C.push((i) => {
  const p = patient({ ageMin: 30, ageMax: 70 }); const r1 = pick(REGIONS); let r2x = pick(REGIONS); while (r2x === r1) r2x = pick(REGIONS);
  const d = randDate();
  const a = pharm(p, r1, ri(1, 30), d, ['I10.x00'], (b, dd) => { b.add('苯磺酸氨氯地平片', dd, 28); });
  const bb = pharm(p, r2x, ri(1, 30), addDays(d, ri(1, 4)), ['J02.900'], (b, dd) => { b.add('对乙酰氨基酚片', dd, 10); if (i % 2) b.add('板蓝根颗粒', dd, 9); else b.add('阿莫西林胶囊', dd, 24); }, {});
  bb.c.insuredRegion = r1;
  addCase('control', 'C04', CNAMES.C04, [a.c, bb.c]);
});

CNAMES.C05 = '频繁换药：糖尿病足/术后切口感染门诊换药隔日一次';
C.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 45, ageMax: 85 }); const pv = prov(region, pick([1, 2]), 'general_surgery');
  const dx = i % 2 ? ['E11.500x043', 'L97.x00', 'L08.900'] : ['T81.400x001'];
  const d0 = randDate(); const n = ri(8, 12); const cls = [];
  for (let k = 0; k < n; k++) {
    const out = visit(p, pv, addDays(d0, k * 2), dx, (b, d) => {
      b.add(k === 0 ? '换药(中)' : '换药(小)', d, 1); b.add('一次性使用换药包', d, 1); b.add(i % 2 ? '藻酸盐敷料' : '医用脱脂纱布', d, 1);
      if (k === 0) { b.add('细菌培养及药敏', d, 1); b.add('血常规(五分类)', d, 1); b.add('头孢呋辛酯片', d, 14); }
      if (i % 2 && k % 3 === 0) b.add('血糖监测(快速)', d, 1);
    });
    cls.push(out.c);
  }
  addCase('control', 'C05', CNAMES.C05, cls);
});

CNAMES.C06 = '门诊慢特病血液透析：每周3次、每次单独结算';
C.push((i) => {
  const region = pick(REGIONS); const level = pick([2, 3]); const p = patient({ ageMin: 35, ageMax: 80 });
  p.enrollment.chronicDiseases = ['N18'];
  const pv = prov(region, level, 'nephrology'); const start = randDate('2025-01-06', '2025-10-20');
  const off = i % 2; const cls = [];
  for (let d = 0; d < 28; d++) { const dow = (d + off) % 7; if (![0, 2, 4].includes(dow)) continue; cls.push(dialysisSession(p, pv, addDays(start, d), cls.length === 0)); }
  addCase('control', 'C06', CNAMES.C06, cls);
});

CNAMES.C07 = '长住院有因：脑梗死合并坠积性肺炎、压疮，20–28 天';
C.push((i) => {
  const region = pick(REGIONS); const level = pick([2, 3]); const p = patient({ ageMin: 65, ageMax: 90 });
  const pv = prov(region, level, 'neurology'); const adm = randDate(); const los = ri(20, 28);
  const s = stayClaim(p, pv, 'stroke', adm, los, { diags: ['I63.900', 'J18.900', 'I10.x00', 'L89.001'], grade: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2] });
  const pd = ri(4, 7);
  s.b.daily('注射用哌拉西林钠他唑巴坦钠', adm, pd, 9, 3); for (let d = pd; d < pd + 9; d++) { const dt = addDays(adm, d); if (d >= Math.min(los - 1, 12)) { s.b.add('静脉输液(第一组)', dt, 1); s.b.add('一次性使用输液器', dt, 1); } else s.b.add('静脉输液(每增加一组)', dt, 1); } s.b.add('胸部CT平扫', addDays(adm, pd), 1); s.b.add('细菌培养及药敏', addDays(adm, pd), 1); s.b.add('C反应蛋白测定', addDays(adm, pd), 1);
  s.b.daily('吸氧', adm, pd, 6, 12); s.b.add('降钙素原测定', addDays(adm, pd), 1);
  for (let d = pd; d < los; d += 2) { s.b.add('换药(小)', addDays(adm, d), 1); s.b.add('水胶体敷料', addDays(adm, d), 1); }
  s.b.daily('针灸', adm, 14, los - 14, 1);
  mergeSameDay(s.b);
  addCase('control', 'C07', CNAMES.C07, [s.finish()]);
});

CNAMES.C08 = '合规转诊：乡镇卫生院短住后同日上转二三级医院';
C.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 55, ageMax: 85 });
  const adm = randDate(); const los1 = ri(1, 2);
  const pv1 = prov(region, 1, 'internal_medicine');
  const tplTo = pick(['heartfailure', 'stroke', 'copd']);
  const b = new Bill(1); staySkeleton(b, adm, los1, 1); admLabs(b, adm);
  b.add('胸部X线摄影(正侧位)', adm, 1); b.daily('吸氧', adm, 0, los1, 12); b.daily('心电监测', adm, 0, los1, 12);
  const c1 = makeClaim(p, pv1, 'inpatient', [adm, addDays(adm, los1)], STAY[tplTo].diags, [], b, { fields: { dischargeMode: 'transfer' } });
  const pv2 = prov(region, pick([2, 3]), STAY[tplTo].dept);
  const s2 = stayClaim(p, pv2, tplTo, addDays(adm, los1), ri(...STAY[tplTo].los));
  const c2 = s2.finish({ fields: { admissionRoute: 'transfer', transferFromHospitalId: pv1.hospitalId } });
  addCase('control', 'C08', CNAMES.C08, [c1, c2]);
});

CNAMES.C09 = '出院后两周内因不同疾病再入院';
C.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 60, ageMax: 88 }); const level = pick([2, 3]);
  const first = pick(['pneumonia', 'gastroenteritis', 'diabetes']); const second = pick(['chole', 'appendix', 'heartfailure']);
  const adm = randDate('2025-01-06', '2025-10-01'); const los = ri(...STAY[first].los);
  const c1 = stayClaim(p, prov(region, level, STAY[first].dept, 2), first, adm, los).finish();
  const adm2 = addDays(adm, los + ri(3, 12));
  const c2 = stayClaim(p, prov(region, level, STAY[second].dept, 2), second, adm2, ri(...STAY[second].los)).finish();
  addCase('control', 'C09', CNAMES.C09, [c1, c2]);
});

CNAMES.C10 = '危重症有据：呼吸衰竭/心衰加重特级护理、持续监护、多次血气';
C.push((i) => {
  const region = pick(REGIONS); const level = pick([2, 3]); const p = patient({ ageMin: 60, ageMax: 90 });
  const tpl = i % 2 ? 'copd' : 'heartfailure'; const pv = prov(region, level, STAY[tpl].dept);
  const adm = randDate(); const los = ri(9, 13);
  const icu = 3;
  const grade = []; for (let d = 0; d < los; d++) grade.push(d < icu ? '特级护理' : d < icu + 3 ? 1 : 2);
  const diags = tpl === 'copd' ? ['J44.100', 'J96.000', 'I50.900'] : ['I50.900', 'J81.x00', 'I11.900', 'E87.600'];
  const s = stayClaim(p, pv, tpl, adm, los, { grade, diags });
  for (let d = 0; d < icu; d++) { const dt = addDays(adm, d); s.b.add('血气分析', dt, 3); s.b.add('无创呼吸机辅助通气', dt, 16); s.b.add('无创血压监测', dt, 12); }
  s.b.add('一次性使用静脉留置针', adm, 1); s.b.add('B型钠尿肽(BNP)测定', addDays(adm, 3), 1);
  const icuDays = new Set([0, 1, 2].map((d) => addDays(adm, d)));
  s.b.items = s.b.items.filter((l) => !((l.name === '心电监测' || l.name === '血氧饱和度监测' || l.name === '无创血压监测') && icuDays.has(l.date)));
  mergeSameDay(s.b);
  addCase('control', 'C10', CNAMES.C10, [s.finish()]);
});

CNAMES.C11 = '高值项目有指征：关节置换/白蛋白用于低蛋白血症肝硬化';
C.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 58, ageMax: 82 }); const adm = randDate();
  if (i % 2 === 0) {
    const pv = prov(region, 3, 'orthopaedics'); const los = ri(8, 12); const b = new Bill(3);
    staySkeleton(b, adm, los, [2, 2, 1, 1, 1, 2]); admLabs(b, adm, ['凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', 'D-二聚体测定']);
    b.add('四肢X线摄影', adm, 2); b.add('下肢血管彩色多普勒超声', addDays(adm, 1), 1); b.add('心脏彩色多普勒超声', addDays(adm, 1), 1);
    const op = addDays(adm, 2); const knee = i % 4 === 0;
    b.add(knee ? '人工全膝关节置换术' : '人工全髋关节置换术', op, 1); b.add(knee ? '膝关节假体(全膝)' : '髋关节假体(全髋)', op, 1);
    b.add('椎管内麻醉', op, 1); b.add('一次性使用麻醉穿刺包', op, 1); b.add('盐酸罗哌卡因注射液', op, 2); b.add('可吸收缝线', op, 3); b.add('一次性手术衣及铺单包', op, 1); b.add('一次性负压引流器', op, 1);
    b.add('氨甲环酸注射液', op, 2); b.daily('注射用头孢呋辛钠', adm, 2, 2, 3); ivDays(b, adm, 2, 3, 2); b.daily('氯化钠注射液', adm, 2, 3, 2);
    b.daily('依诺肝素钠注射液', adm, 3, Math.min(los - 3, 10), 1); b.daily('皮下注射', adm, 3, Math.min(los - 3, 10), 1); b.daily('塞来昔布胶囊', adm, 3, los - 3, 2);
    b.daily('心电监测', adm, 2, 1, 24); b.add('血常规(五分类)', addDays(adm, 4), 1); b.add('换药(中)', addDays(adm, 4), 1); b.daily('运动疗法', adm, 4, los - 4, 1);
    const c = makeClaim(p, pv, 'inpatient', [adm, addDays(adm, los)], [knee ? 'M17.900' : 'M19.900', 'I10.x00'], [{ code: knee ? '81.5400' : '81.5100', date: op }], b);
    addCase('control', 'C11', CNAMES.C11, [c]);
  } else {
    const pv = prov(region, pick([2, 3]), 'gastroenterology'); const los = ri(9, 14); const b = new Bill(pv.level);
    staySkeleton(b, adm, los, 1); admLabs(b, adm, ['凝血四项', '乙肝五项定量', '甲胎蛋白(AFP)测定']); b.add('腹部B超', adm, 1); b.add('腹部CT平扫', addDays(adm, 1), 1);
    b.daily('人血白蛋白', adm, 0, 5, 1); b.daily('呋塞米注射液', adm, 0, 5, 1); b.daily('螺内酯片', adm, 0, los, 2); ivDays(b, adm, 0, 5, 1);
    b.daily('恩替卡韦分散片', adm, 0, los, 1); b.daily('异甘草酸镁注射液', adm, 0, 7, 2); b.daily('葡萄糖注射液', adm, 0, 7, 1); b.add('肝功能(全套)', addDays(adm, 6), 1);
    const c = makeClaim(p, pv, 'inpatient', [adm, addDays(adm, los)], ['K74.600', 'R18.x00', 'E88.000', 'B18.100'], [], b);
    addCase('control', 'C11', CNAMES.C11, [c]);
  }
});

CNAMES.C12 = '化疗周期性短住院（每21天一次）';
C.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 45, ageMax: 75 }); const pv = prov(region, pick([2, 3]), 'oncology', 3);
  const ca = i % 2 ? 'C34.900x001' : 'C18.900'; const zc = i % 2 ? 'Z51.103' : 'Z51.102'; const regimen = i % 2 ? [['注射用吉西他滨', 8], ['顺铂注射液', 6]] : [['注射用奥沙利铂', 2], ['亚叶酸钙注射液', 4]];
  const d0 = randDate('2025-01-06', '2025-08-01'); const cls = [];
  for (let k = 0; k < 3; k++) {
    const adm = addDays(d0, k * 21); const los = 3; const b = new Bill(pv.level);
    staySkeleton(b, adm, los, 2); b.add('血常规(五分类)', adm, 1); b.add('肝功能(全套)', adm, 1); b.add('肾功能(三项)', adm, 1); b.add('肿瘤标志物(CEA)测定', adm, 1);
    const cd = addDays(adm, 1); regimen.forEach((r) => b.add(r[0], cd, r[1])); b.add('盐酸帕洛诺司琼注射液', cd, 1); b.add('化疗药物配置', cd, 2); b.add('静脉输液(第一组)', cd, 1); b.add('静脉输液(每增加一组)', cd, 2); b.add('一次性使用精密输液器', cd, 2); b.add('氯化钠注射液', cd, 3);
    if (k === 0) b.add('胸部CT平扫', adm, 1);
    cls.push(makeClaim(p, pv, 'inpatient', [adm, addDays(adm, los)], [zc, ca], [{ code: '99.2503', date: cd }], b));
  }
  addCase('control', 'C12', CNAMES.C12, cls);
});

CNAMES.C13 = '新诊断糖尿病门诊全面评估（多项检查均有指征）';
C.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 40, ageMax: 70 }); const pv = prov(region, pick([2, 3]), 'endocrinology');
  const out = visit(p, pv, randDate(), ['E11.900', 'E78.500', 'K76.000'], (b, d) => {
    ['空腹血糖测定', '糖化血红蛋白测定', '血脂(四项)', '肝功能(全套)', '肾功能(三项)', '尿常规', '常规心电图检查', '眼底检查', '腹部B超'].forEach((x) => b.add(x, d, 1));
    if (i % 2) b.add('下肢血管彩色多普勒超声', d, 1);
    b.add('盐酸二甲双胍片', d, 84); b.add('阿托伐他汀钙片', d, 28); b.add('血糖试纸', d, 50);
  }, { consult: pv.level > 1 ? '副主任医师门诊诊察费' : undefined });
  addCase('control', 'C13', CNAMES.C13, [out.c]);
});

CNAMES.C14 = '家长持儿童医保卡在药店购儿童用药';
C.push((i) => {
  const region = pick(REGIONS); const p = patient({ age: ri(1, 10), type: 'resident' });
  const dx0 = pick(['J06.900', 'J02.900', 'R50.900']);
  const out = pharm(p, region, ri(1, 30), randDate(), [dx0], (b, d) => {
    b.add(i % 2 ? '布洛芬混悬液' : '小儿对乙酰氨基酚颗粒', d, i % 2 ? 1 : 9); if (dx0 === 'R50.900') return; b.add('小儿氨酚黄那敏颗粒', d, 9); if (i % 3 === 0) b.add('小儿肺热咳喘口服液', d, 9);
  });
  addCase('control', 'C14', CNAMES.C14, [out.c]);
});

CNAMES.C15 = '脑梗死恢复期规范康复住院 14–21 天（每日各项一次）';
C.push((i) => {
  const region = pick(REGIONS); const level = pick([1, 2, 2, 3]); const p = patient({ ageMin: 50, ageMax: 82 });
  const pv = prov(region, level, 'rehabilitation'); const adm = randDate(); const los = ri(14, 21);
  const s = stayClaim(p, pv, 'rehabStroke', adm, los, { diags: i % 2 ? ['I69.300', 'I10.x00', 'E11.900'] : ['I69.300', 'I10.x00'] });
  if (i % 2) { s.b.daily('盐酸二甲双胍片', adm, 0, los, 3); s.b.add('糖化血红蛋白测定', adm, 1); }
  s.b.add('康复评定', addDays(adm, 7), 1);
  addCase('control', 'C15', CNAMES.C15, [s.finish()]);
});

CNAMES.C16 = '同日两科就诊：不同疾病分别挂号';
C.push((i) => {
  const region = pick(REGIONS); const p = patient({ ageMin: 50, ageMax: 80 }); const level = pick([2, 3]); const hid = ri(1, 6); const date = randDate();
  const a = visit(p, prov(region, level, 'ophthalmology', hid), date, ['H40.100'], (b, d) => { b.add('眼底检查', d, 1); b.add('裂隙灯检查', d, 1); b.add('马来酸噻吗洛尔滴眼液', d, 2); });
  const opts = [[['M17.900'], 'orthopaedics', (b, d) => { b.add('四肢X线摄影', d, 2); b.add('塞来昔布胶囊', d, 14); }], [['K29.500'], 'gastroenterology', (b, d) => { b.add('胃镜检查', d, 1); b.add('奥美拉唑肠溶胶囊', d, 28); }], [['N40.x00'], 'urology', (b, d) => { b.add('泌尿系B超', d, 1); b.add('盐酸坦索罗辛缓释胶囊', d, 28); }]];
  let o = opts[i % 3]; if (o[0][0] === 'N40.x00' && p.patient.gender === 'F') o = opts[0];
  if (o[0][0] === 'N40.x00' && p.age < 40) o = opts[0];
  const bb = visit(p, prov(region, level, o[1], hid), date, o[0], o[2]);
  addCase('control', 'C16', CNAMES.C16, [a.c, bb.c]);
});

// =====================================================================================
for (let t = 0; t < T.length; t++) for (let i = 0; i < N_CASES; i++) T[t](i);
for (let t = 0; t < C.length; t++) for (let i = 0; i < N_CASES; i++) C[t](i);

// routine background
const ROUT = ['pneumonia', 'copd', 'stroke', 'heartfailure', 'diabetes', 'gastroenteritis', 'appendix', 'chole', 'kneeOA', 'backpain'];
for (let i = 0; i < 100; i++) {
  const region = pick(REGIONS);
  if (i % 2 === 0) {
    const tpl = ROUT[(i / 2) % ROUT.length]; const level = Math.max(STAY[tpl].minLevel || 1, pick([1, 2, 3]));
    const p = patient({ ageMin: tpl === 'appendix' ? 18 : 45, ageMax: 85 });
    const c = stayClaim(p, prov(region, level, STAY[tpl].dept), tpl, randDate(), ri(...STAY[tpl].los)).finish();
    addCase('routine', 'R', 'routine stay', [c]);
  } else {
    const p = patient({ ageMin: 20, ageMax: 80 }); const pv = prov(region, pick([1, 2, 3]), 'general'); const k = i % 5;
    const out = visit(p, pv, randDate(), [['J06.900'], ['I10.x00'], ['E11.900'], ['K29.500'], ['M54.500']][k], (b, d) => {
      if (k === 0) { b.add('血常规(五分类)', d, 1); b.add('连花清瘟胶囊', d, 24); }
      else if (k === 1) { b.add('苯磺酸氨氯地平片', d, 28); }
      else if (k === 2) { b.add('空腹血糖测定', d, 1); b.add('盐酸二甲双胍片', d, 84); }
      else if (k === 3) { b.add('奥美拉唑肠溶胶囊', d, 28); b.add('铝碳酸镁咀嚼片', d, 36); }
      else { b.add('腰椎X线摄影', d, 1); b.add('双氯芬酸钠缓释片', d, 14); }
    });
    addCase('routine', 'R', 'routine visit', [out.c]);
  }
}

// settle order: by settlement date, stable
const order = claims.map((c, k) => [c._settle, k]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])).map((x) => x[1]);
const lines = order.map((k) => { const c = claims[k]; delete c._settle; return JSON.stringify(c); });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), lines.join('\n') + '\n');
labels.forEach((l) => { if (l.kind === 'routine') l.caseId = 'R-' + l.claimIds[0].slice(-7); for (const k of Object.keys(l.mutatedLines)) l.mutatedLines[k] = l.mutatedLines[k].map(String); });
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1));
console.log(`claims ${claims.length}, cases ${labels.length}`);
