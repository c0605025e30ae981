#!/usr/bin/env node
// blind35: DRG/DIP payment era and member histories. Plain Node 20, fixed seed.
'use strict';
const fs = require('fs');
const path = require('path');
const OUT = __dirname;
const CAT = '/work/wt/base35/rules/catalogue';
const N = 15; // cases per typology / control kind
// reportedGroup: the hospital's grouper result for the coded record (filled by build.sh from the tree's `group` command)
const GROUPS = fs.existsSync(path.join(OUT, 'groups.json')) ? JSON.parse(fs.readFileSync(path.join(OUT, 'groups.json'), 'utf8')) : {};

// ---------- rng ----------
let seed = 35035;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- catalogue ----------
const cat = new Map();
for (const f of ['drugs', 'services', 'consumables']) {
  let a = JSON.parse(fs.readFileSync(path.join(CAT, f + '.json'), 'utf8'));
  if (!Array.isArray(a)) a = a.rows;
  for (const r of a) cat.set(r.code, r);
}
const byName = new Map([...cat.values()].map((r) => [r.name, r]));
function C(name) { const r = byName.get(name); if (!r) throw new Error('no catalogue row ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
function rdate(from = '2025-01-06', to = '2026-05-20') { return add(from, ri(0, diff(from, to))); }

// ---------- providers ----------
const REGIONS = ['510100', '220100', '230100', '370100', '440100', '460200', '320100'];
const HOSP = [];
for (const reg of REGIONS) {
  for (let i = 1; i <= 9; i++) {
    const level = i <= 3 ? 3 : i <= 6 ? 2 : 1;
    HOSP.push({ id: `H${reg}${String(i).padStart(2, '0')}`, region: reg, level });
  }
  for (let i = 1; i <= 4; i++) HOSP.push({ id: `Y${reg}${String(i).padStart(2, '0')}`, region: reg, level: 1, pharmacy: true });
}
const hosps = (reg, lv) => HOSP.filter((h) => h.region === reg && !h.pharmacy && (lv == null || (Array.isArray(lv) ? lv.includes(h.level) : h.level === lv)));
const pharm = (reg) => HOSP.filter((h) => h.region === reg && h.pharmacy);
const homeReg = () => pick(['510100', '220100', '230100', '370100', '320100']);
const hospFor = (reg, min = 1) => pick(hosps(reg).filter((h) => h.level >= min));

// ---------- patients ----------
let pseq = 0;
function patient(o = {}) {
  pseq++;
  const age = o.age != null ? o.age : ri(o.ageMin || 25, o.ageMax || 85);
  const gender = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const ref = o.ref || '2025-06-01';
  const by = Number(ref.slice(0, 4)) - age;
  const birthDate = o.birthDate || `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const ins = o.insuranceType || (rnd() < 0.6 ? 'employee' : 'resident');
  const p = { insuredId: 'B35' + String(pseq).padStart(6, '0'), gender, birthDate, retired: ins === 'employee' && age >= 60 };
  if (o.birthWeightGrams) p.birthWeightGrams = o.birthWeightGrams;
  return { patient: p, insuranceType: ins, home: o.home || homeReg(), age, special: o.special || null, chronic: o.chronic };
}
function enrollment(pt) {
  const e = { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: pt.insuranceType === 'employee' ? (pt.patient.retired ? ri(31, 40) : ri(3, Math.max(3, Math.min(35, pt.age - 20)))) : 0, special: pt.special };
  if (pt.special === 'newborn') { e.enrolledOn = pt.patient.birthDate; e.continuousYears = 0; e.contributionYears = 0; }
  if (pt.chronic) e.chronicDiseases = pt.chronic;
  return e;
}

// ---------- claim building ----------
let cseq = 0;
function Bill(level, day0) { this.level = level; this.items = []; this.day0 = day0; }
Bill.prototype.add = function (name, date, qty, extra) {
  const r = C(name);
  if (!qty) return null;
  const price = r.priceCap[String(this.level)];
  const it = { lineId: String(this.items.length + 1), code: r.code, name: r.name, category: r.category, date, quantity: qty, unitPrice: price, amount: r2(qty * price) };
  if (extra) Object.assign(it, extra);
  this.items.push(it);
  return it.lineId;
};
function amounts(items, level, visitType, ins) {
  const total = r2(items.reduce((s, i) => s + i.amount, 0));
  let policy = 0;
  for (const i of items) { const r = cat.get(i.code); if (r && r.class !== '丙') policy += i.amount * (1 - (r.selfPayShare || 0)); }
  policy = r2(policy);
  let fund;
  // conservative fund shares (the settlement system's own figures are not the subject of this set)
  if (visitType === 'inpatient') fund = r2(Math.max(0, policy - 1600) * 0.5);
  else if (visitType === 'chronic') fund = r2(Math.max(0, policy - 300) * 0.4);
  else fund = 0; // ordinary outpatient and pharmacy: paid from the personal account / under the deductible
  return { total, policy, fundClaimed: fund };
}
function claim(pt, h, visitType, o) {
  cseq++;
  const d0 = o.admissionDate || o.visitDate;
  const c = {
    claimId: `${h.region}-${h.id}-${d0.slice(0, 4)}-B35${String(cseq).padStart(5, '0')}`,
    region: h.region, insuranceType: pt.insuranceType, visitType,
    patient: pt.patient, enrollment: enrollment(pt),
    provider: { hospitalId: h.id, level: h.level, department: o.dept, doctorId: o.doctor || `D${h.id.slice(1)}${ri(10, 40)}` },
  };
  if (visitType === 'inpatient') { c.admissionDate = o.admissionDate; c.dischargeDate = o.dischargeDate; } else c.visitDate = o.visitDate;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = o.procs || [];
  if (visitType === 'inpatient') {
    c.reportedGroup = { drg: o.drg || null, dip: null };
    c.admissionRoute = o.admissionRoute || 'outpatient';
    c.dischargeMode = o.dischargeMode || 'ordered';
    if (o.transferFromHospitalId) c.transferFromHospitalId = o.transferFromHospitalId;
  }
  if (pt.home !== h.region) c.insuredRegion = pt.home;
  if (o.insuredRegion) c.insuredRegion = o.insuredRegion;
  c.items = o.bill.items;
  if (visitType === 'inpatient' && !o.drg && GROUPS[c.claimId]) c.reportedGroup.drg = GROUPS[c.claimId];
  c.amounts = amounts(c.items, h.level, visitType, pt.insuranceType);
  return c;
}

// ---------- inpatient condition templates ----------
// each: dx, dept, min level, los range, build(bill, adm, los, ctx) -> {procs}
function stdAdmission(b, d, extra = []) {
  for (const n of ['血常规(五分类)', '尿常规', '大便常规+隐血', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '常规心电图检查', ...extra]) b.add(n, d, 1);
}
function daily(b, adm, los, grade, o = {}) {
  const bed = o.bed || '普通病房床位费(三人间)';
  for (let i = 0; i < los; i++) {
    const d = add(adm, i);
    b.add(bed, d, 1);
    const g = typeof grade === 'function' ? grade(i) : grade;
    b.add(g, d, 1);
    b.add('住院诊查费', d, 1);
  }
}
function infusionDays(b, adm, from, to, groups = 2) {
  for (let i = from; i <= to; i++) { const d = add(adm, i); b.add('静脉输液(第一组)', d, 1); if (groups > 1) b.add('静脉输液(每增加一组)', d, groups - 1); b.add('一次性使用输液器', d, groups); }
}
function drugDays(b, adm, name, from, to, q, extra) { const ids = []; for (let i = from; i <= to; i++) ids.push(b.add(name, add(adm, i), q, extra)); return ids; }

const T = {
  pneumonia: { dx: ['J18.900'], dept: 'respiratory', min: 1, los: [6, 10], build(b, a, los, x) {
    stdAdmission(b, a, ['胸部X线摄影(正侧位)', 'C反应蛋白测定']); b.add('细菌培养及药敏', a, 1);
    const ab = x.age < 18 ? '注射用头孢呋辛钠' : pick(['注射用头孢曲松钠', '左氧氟沙星氯化钠注射液', '注射用头孢呋辛钠']);
    drugDays(b, a, ab, 0, Math.min(los - 2, 9), ab.includes('头孢曲松') ? 2 : ab.includes('呋辛') ? 3 : 1);
    drugDays(b, a, '氯化钠注射液', 0, Math.min(los - 2, 9), 2); infusionDays(b, a, 0, Math.min(los - 2, 9), 2);
    drugDays(b, a, '盐酸氨溴索片', 0, los - 1, 3); if (los >= 5) { b.add('血常规(五分类)', add(a, 4), 1); b.add('C反应蛋白测定', add(a, 4), 1); }
    for (let i = 0; i < Math.min(3, los); i++) b.add('吸氧', add(a, i), 12); b.add('一次性使用吸氧管', a, 1);
  } },
  copd: { dx: ['J44.100', 'I10.x00x002'], dept: 'respiratory', min: 1, los: [7, 12], build(b, a, los) {
    stdAdmission(b, a, ['胸部X线摄影(正侧位)', 'C反应蛋白测定', '血气分析']); b.add('血气分析', add(a, 2), 1);
    drugDays(b, a, '注射用头孢呋辛钠', 0, 6, 3); drugDays(b, a, '氯化钠注射液', 0, 6, 2); infusionDays(b, a, 0, 6, 2);
    drugDays(b, a, '注射用甲泼尼龙琥珀酸钠', 0, 4, 1); drugDays(b, a, '吸入用布地奈德混悬液', 0, los - 1, 2); drugDays(b, a, '吸入用异丙托溴铵溶液', 0, los - 1, 2);
    for (let i = 0; i < los; i++) { b.add('雾化吸入', add(a, i), 2); b.add('吸氧', add(a, i), 16); } b.add('一次性使用雾化器', a, 1); b.add('一次性使用吸氧管', a, 1);
    drugDays(b, a, '苯磺酸氨氯地平片', 0, los - 1, 1);
  } },
  stroke: { dx: ['I63.900', 'I10.x00x002'], dept: 'neurology', min: 2, los: [9, 14], build(b, a, los) {
    stdAdmission(b, a, ['头颅CT平扫', '血脂(四项)', '空腹血糖测定']); b.add('头颅MRI平扫', add(a, 1), 1); b.add('颈部血管彩色多普勒超声', add(a, 2), 1); b.add('心脏彩色多普勒超声', add(a, 2), 1);
    drugDays(b, a, '阿司匹林肠溶片', 0, los - 1, 1); drugDays(b, a, '硫酸氢氯吡格雷片', 0, Math.min(los - 1, 20), 1); drugDays(b, a, '阿托伐他汀钙片', 0, los - 1, 2);
    drugDays(b, a, '依达拉奉注射液', 0, Math.min(los - 1, 12), 2); drugDays(b, a, '氯化钠注射液', 0, Math.min(los - 1, 12), 2); infusionDays(b, a, 0, Math.min(los - 1, 12), 2);
    b.add('康复评定', add(a, 3), 1); for (let i = 4; i < los; i++) b.add('运动疗法', add(a, i), 1);
    drugDays(b, a, '苯磺酸氨氯地平片', 0, los - 1, 1);
  } },
  hf: { dx: ['I50.900', 'I10.x00x002', 'I48.000'], dept: 'cardiology', min: 2, los: [7, 11], build(b, a, los) {
    stdAdmission(b, a, ['胸部X线摄影(正侧位)', 'B型钠尿肽(BNP)测定', '肌钙蛋白I测定']); b.add('心脏彩色多普勒超声', add(a, Math.min(1, los - 1)), 1); if (los >= 5) b.add('B型钠尿肽(BNP)测定', add(a, los - 2), 1);
    drugDays(b, a, '呋塞米注射液', 0, 3, 2); for (let i = 0; i <= 3; i++) b.add('静脉注射', add(a, i), 2);
    drugDays(b, a, '呋塞米片', 4, los - 1, 2); drugDays(b, a, '螺内酯片', 0, los - 1, 1); drugDays(b, a, '沙库巴曲缬沙坦钠片', 0, los - 1, 2); drugDays(b, a, '琥珀酸美托洛尔缓释片', 0, los - 1, 1); drugDays(b, a, '利伐沙班片', 0, los - 1, 1);
    for (let i = 0; i < 3; i++) { b.add('心电监测', add(a, i), 24); b.add('吸氧', add(a, i), 12); } b.add('心电电极片', a, 5); b.add('一次性使用吸氧管', a, 1);
    b.add('电解质(四项)', add(a, 3), 1);
  } },
  lapchole: { dx: ['K80.101'], procs: ['51.2300'], dept: 'general_surgery', min: 2, los: [4, 5], surg: 1, build(b, a, los) {
    stdAdmission(b, a, ['术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '胸部X线摄影(正侧位)', '腹部B超']);
    const op = add(a, 1); b.add('腹腔镜下胆囊切除术', op, 1); b.add('全身麻醉', op, 2); b.add('丙泊酚中/长链脂肪乳注射液', op, 2); b.add('枸橼酸芬太尼注射液', op, 2); b.add('注射用维库溴铵', op, 1);
    b.add('一次性腹腔镜穿刺器', op, 1); b.add('止血夹(结扎夹)', op, 4); b.add('可吸收缝线', op, 2); b.add('一次性手术衣及铺单包', op, 1); b.add('一次性电刀笔', op, 1); b.add('病理检查(常规石蜡切片)', op, 1);
    drugDays(b, a, '注射用头孢呋辛钠', 1, 2, 3); drugDays(b, a, '葡萄糖氯化钠注射液', 1, 3, 2); infusionDays(b, a, 1, 3, 2); b.add('换药(小)', add(a, 3), 1); b.add('一次性使用换药包', add(a, 3), 1);
    return { procDay: 1 };
  } },
  appy: { dx: ['K35.800x001'], procs: ['47.0100'], dept: 'general_surgery', min: 1, los: [4, 6], surg: 1, build(b, a, los) {
    stdAdmission(b, a, ['腹部B超', 'C反应蛋白测定', '术前八项(感染筛查)']);
    b.add('腹腔镜下阑尾切除术', a, 1); b.add('全身麻醉', a, 2); b.add('丙泊酚中/长链脂肪乳注射液', a, 2); b.add('枸橼酸芬太尼注射液', a, 1); b.add('一次性腹腔镜穿刺器', a, 1); b.add('止血夹(结扎夹)', a, 2); b.add('可吸收缝线', a, 2); b.add('一次性手术衣及铺单包', a, 1); b.add('病理检查(常规石蜡切片)', a, 1);
    drugDays(b, a, '注射用头孢呋辛钠', 0, 2, 3); drugDays(b, a, '甲硝唑氯化钠注射液', 0, 2, 2); drugDays(b, a, '葡萄糖氯化钠注射液', 0, 2, 2); infusionDays(b, a, 0, 2, 3); b.add('换药(小)', add(a, 2), 1);
    return { procDay: 0 };
  } },
  hernia: { dx: ['K40.900x003'], procs: ['53.0001'], dept: 'general_surgery', min: 1, los: [3, 5], surg: 1, build(b, a, los) {
    stdAdmission(b, a, ['胸部X线摄影(正侧位)', '术前八项(感染筛查)']);
    const op = add(a, 1); b.add('腹股沟疝修补术', op, 1); b.add('椎管内麻醉', op, 1); b.add('盐酸罗哌卡因注射液', op, 1); b.add('一次性使用麻醉穿刺包', op, 1); b.add('疝修补补片', op, 1); b.add('可吸收缝线', op, 2); b.add('一次性手术衣及铺单包', op, 1);
    drugDays(b, a, '注射用头孢呋辛钠', 1, 1, 2); drugDays(b, a, '氯化钠注射液', 1, 2, 2); infusionDays(b, a, 1, 2, 1); b.add('换药(小)', add(a, 2), 1);
    return { procDay: 1 };
  } },
  tkr: { dx: ['M17.101', 'I10.x00x002'], procs: ['81.5400'], dept: 'orthopaedics', min: 3, los: [8, 12], surg: 1, build(b, a, los) {
    stdAdmission(b, a, ['术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '胸部X线摄影(正侧位)', '四肢X线摄影', '下肢血管彩色多普勒超声', 'D-二聚体测定']);
    const op = add(a, 2); b.add('人工全膝关节置换术', op, 1); b.add('椎管内麻醉', op, 1); b.add('盐酸罗哌卡因注射液', op, 2); b.add('一次性使用麻醉穿刺包', op, 1); b.add('膝关节假体(全膝)', op, 1); b.add('一次性负压引流器', op, 1); b.add('可吸收缝线', op, 3); b.add('一次性手术衣及铺单包', op, 1); b.add('一次性电刀笔', op, 1); b.add('氨甲环酸注射液', op, 2);
    drugDays(b, a, '注射用头孢呋辛钠', 2, 3, 3); drugDays(b, a, '依诺肝素钠注射液', 3, los - 1, 1); for (let i = 3; i < los; i++) b.add('皮下注射', add(a, i), 1); drugDays(b, a, '塞来昔布胶囊', 3, los - 1, 2);
    drugDays(b, a, '氯化钠注射液', 2, 4, 2); infusionDays(b, a, 2, 4, 2); b.add('血常规(五分类)', add(a, 3), 1); b.add('四肢X线摄影', add(a, 4), 1);
    b.add('康复评定', add(a, 4), 1); for (let i = 4; i < los; i++) b.add('运动疗法', add(a, i), 1); b.add('换药(中)', add(a, 4), 1); b.add('换药(中)', add(a, los - 1), 1);
    drugDays(b, a, '苯磺酸氨氯地平片', 0, los - 1, 1);
    return { procDay: 2 };
  } },
  hipfx: { dx: ['S72.000', 'I10.x00x002'], procs: ['81.5201'], dept: 'orthopaedics', min: 2, los: [9, 14], surg: 1, build(b, a, los) {
    stdAdmission(b, a, ['术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '胸部X线摄影(正侧位)', '四肢X线摄影', '下肢血管彩色多普勒超声', 'D-二聚体测定', '心脏彩色多普勒超声']);
    const op = add(a, 2); b.add('人工股骨头置换术', op, 1); b.add('椎管内麻醉', op, 1); b.add('盐酸罗哌卡因注射液', op, 2); b.add('一次性使用麻醉穿刺包', op, 1); b.add('人工股骨头假体', op, 1); b.add('一次性负压引流器', op, 1); b.add('可吸收缝线', op, 3); b.add('一次性手术衣及铺单包', op, 1);
    drugDays(b, a, '注射用头孢呋辛钠', 2, 3, 3); drugDays(b, a, '低分子量肝素钙注射液', 0, Math.min(los - 1, 12), 1); for (let i = 0; i <= Math.min(los - 1, 12); i++) b.add('皮下注射', add(a, i), 1);
    drugDays(b, a, '氯化钠注射液', 2, 4, 2); infusionDays(b, a, 2, 4, 2); b.add('血常规(五分类)', add(a, 3), 1); b.add('四肢X线摄影', add(a, 4), 1); b.add('康复评定', add(a, 5), 1); for (let i = 5; i < los; i++) b.add('运动疗法', add(a, i), 1);
    drugDays(b, a, '苯磺酸氨氯地平片', 0, los - 1, 1); b.add('导尿', op, 1); b.add('一次性使用导尿包', op, 1);
    return { procDay: 2 };
  } },
  chemo: { dx: ['Z51.102', 'C34.900x001'], procs: ['99.2500'], dept: 'oncology', min: 2, los: [3, 4], build(b, a, los) {
    for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '常规心电图检查', '肿瘤标志物(CEA)测定']) b.add(n, a, 1);
    const d = add(a, 1); b.add('注射用吉西他滨', d, 8); b.add('顺铂注射液', d, 4); b.add('化疗药物配置', d, 2); b.add('盐酸帕洛诺司琼注射液', d, 1); b.add('地塞米松磷酸钠注射液', d, 2);
    drugDays(b, a, '氯化钠注射液', 1, 2, 3); infusionDays(b, a, 1, 2, 3); b.add('一次性使用精密输液器', d, 1); b.add('血常规(五分类)', add(a, los - 1), 1);
    return { procDay: 1 };
  } },
  pci: { dx: ['I20.000', 'I10.x00x002', 'E78.500'], procs: ['36.0601'], dept: 'cardiology', min: 3, los: [4, 7], surg: 1, build(b, a, los) {
    stdAdmission(b, a, ['肌钙蛋白I测定', '心肌酶谱', '血脂(四项)', '胸部X线摄影(正侧位)', '心脏彩色多普勒超声', '术前八项(感染筛查)']);
    const op = add(a, 1); b.add('经皮冠状动脉支架置入术', op, 1); b.add('局部浸润麻醉', op, 1); b.add('盐酸利多卡因注射液', op, 2); b.add('冠状动脉药物洗脱支架', op, 1); b.add('冠状动脉球囊扩张导管', op, 1); b.add('冠脉造影导管', op, 2); b.add('导引导丝', op, 1); b.add('血管鞘组', op, 1);
    drugDays(b, a, '阿司匹林肠溶片', 0, los - 1, 1); drugDays(b, a, '替格瑞洛片', 0, los - 1, 2); drugDays(b, a, '阿托伐他汀钙片', 0, los - 1, 2); drugDays(b, a, '酒石酸美托洛尔片', 0, los - 1, 2);
    for (let i = 1; i <= 2; i++) b.add('心电监测', add(a, i), 24); b.add('心电电极片', op, 5); b.add('肌钙蛋白I测定', add(a, 2), 1);
    return { procDay: 1 };
  } },
  t2dm: { dx: ['E11.900', 'I10.x00x002'], dept: 'endocrinology', min: 1, los: [7, 10], build(b, a, los) {
    stdAdmission(b, a, ['糖化血红蛋白测定', '血脂(四项)', '腹部B超', '眼底检查']);
    for (let i = 0; i < los; i++) { b.add('血糖监测(快速)', add(a, i), 4); b.add('血糖试纸', add(a, i), 4); }
    drugDays(b, a, '门冬胰岛素注射液', 0, los - 1, 0.2); drugDays(b, a, '甘精胰岛素注射液', 0, los - 1, 0.1); for (let i = 0; i < los; i++) b.add('皮下注射', add(a, i), 4);
    drugDays(b, a, '盐酸二甲双胍片', 0, los - 1, 3); drugDays(b, a, '苯磺酸氨氯地平片', 0, los - 1, 1);
  } },
  uti: { dx: ['N39.000'], dept: 'nephrology', min: 1, los: [5, 8], build(b, a, los) {
    stdAdmission(b, a, ['泌尿系B超', 'C反应蛋白测定']); b.add('细菌培养及药敏', a, 1);
    drugDays(b, a, '注射用头孢曲松钠', 0, Math.min(los - 2, 6), 2); drugDays(b, a, '氯化钠注射液', 0, Math.min(los - 2, 6), 1); infusionDays(b, a, 0, Math.min(los - 2, 6), 1); b.add('尿常规', add(a, 3), 1);
  } },
  gastro: { dx: ['A09.001'], dept: 'gastroenterology', min: 1, los: [3, 5], build(b, a, los) {
    stdAdmission(b, a, ['腹部B超']);
    drugDays(b, a, '葡萄糖氯化钠注射液', 0, 2, 2); drugDays(b, a, '复方氯化钠注射液', 0, 2, 1); drugDays(b, a, '氯化钾注射液', 0, 1, 2); infusionDays(b, a, 0, 2, 3); drugDays(b, a, '蒙脱石散', 0, los - 1, 3); drugDays(b, a, '双歧杆菌三联活菌胶囊', 0, los - 1, 6); b.add('电解质(四项)', add(a, 2), 1);
  } },
  lumbar: { dx: ['M51.202'], dept: 'orthopaedics', min: 1, los: [8, 12], build(b, a, los) {
    stdAdmission(b, a, ['腰椎X线摄影']); if (b.level >= 2) b.add('腰椎MRI平扫', add(a, 1), 1);
    drugDays(b, a, '甘露醇注射液', 0, 4, 2); drugDays(b, a, '地塞米松磷酸钠注射液', 0, 2, 1); infusionDays(b, a, 0, 4, 1); drugDays(b, a, '塞来昔布胶囊', 0, los - 1, 2);
    for (let i = 1; i < los; i++) { b.add('针灸', add(a, i), 1); b.add('推拿治疗', add(a, i), 1); }
  } },
  vaginal: { dx: ['O80.000', 'Z37.000'], procs: ['73.5900x002'], dept: 'obstetrics', min: 1, los: [2, 4], build(b, a, los) {
    for (const n of ['血常规(五分类)', '尿常规', '凝血四项', '肝功能(全套)', '肾功能(三项)', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '产科B超']) b.add(n, a, 1);
    b.add('胎心监护', a, 2); b.add('阴道分娩接生', a, 1); b.add('一次性产包', a, 1); b.add('缩宫素注射液', a, 2); b.add('肌肉注射', a, 1); b.add('可吸收缝线', a, 1); b.add('血常规(五分类)', add(a, 1), 1);
    return { procDay: 0 };
  } },
  caesar: { dx: ['O82.000', 'Z37.000'], procs: ['74.1x01'], dept: 'obstetrics', min: 2, los: [4, 6], surg: 1, build(b, a, los) {
    for (const n of ['血常规(五分类)', '尿常规', '凝血四项', '肝功能(全套)', '肾功能(三项)', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '产科B超', '常规心电图检查']) b.add(n, a, 1);
    b.add('胎心监护', a, 1); b.add('剖宫产术', a, 1); b.add('椎管内麻醉', a, 1); b.add('盐酸罗哌卡因注射液', a, 1); b.add('一次性使用麻醉穿刺包', a, 1); b.add('缩宫素注射液', a, 2); b.add('可吸收缝线', a, 3); b.add('一次性手术衣及铺单包', a, 1); b.add('导尿', a, 1); b.add('一次性使用导尿包', a, 1);
    drugDays(b, a, '注射用头孢呋辛钠', 0, 1, 2); drugDays(b, a, '乳酸钠林格注射液', 0, 1, 2); infusionDays(b, a, 0, 1, 2); b.add('血常规(五分类)', add(a, 1), 1); b.add('换药(中)', add(a, 2), 1);
    return { procDay: 0 };
  } },
  cataract: { dx: ['H25.900'], procs: ['13.4100x001'], dept: 'ophthalmology', min: 2, los: [2, 3], surg: 1, build(b, a, los) {
    for (const n of ['血常规(五分类)', '凝血四项', '术前八项(感染筛查)', '常规心电图检查', '眼科A超(生物测量)', '裂隙灯检查']) b.add(n, a, 1);
    const op = add(a, 1); b.add('白内障超声乳化摘除+人工晶体植入术', op, 1); b.add('局部浸润麻醉', op, 1); b.add('盐酸利多卡因注射液', op, 1); b.add('人工晶状体', op, 1); b.add('眼科粘弹剂', op, 1); b.add('左氧氟沙星滴眼液', op, 1); b.add('妥布霉素地塞米松滴眼液', op, 1);
    return { procDay: 1 };
  } },
};
const MED = ['pneumonia', 'copd', 'stroke', 'hf', 't2dm', 'uti', 'gastro', 'lumbar'];
const SURG = ['lapchole', 'appy', 'hernia', 'tkr', 'hipfx', 'pci', 'cataract'];

const PROCDAY = { lapchole: 1, appy: 0, hernia: 1, tkr: 2, hipfx: 2, pci: 1, cataract: 1, caesar: 0 };
function gradeFor(key, los) {
  const surgical = T[key].surg; const pd = PROCDAY[key] || 0;
  return (i) => (surgical ? (i >= pd && i <= pd + 2 && key !== 'cataract' ? 'Ⅰ级护理' : 'Ⅱ级护理') : (i < 2 && ['stroke', 'hf', 'copd'].includes(key) ? 'Ⅰ级护理' : 'Ⅱ级护理'));
}
// post-operative days: oral analgesia and wound care so no day is bed-only
function postOp(b, key, a, los) {
  const pd = PROCDAY[key]; if (pd == null || key === 'cataract') return;
  for (let i = pd + 1; i < los; i++) { const d = add(a, i); if (!['tkr', 'pci'].includes(key)) b.add(key === 'hipfx' ? '塞来昔布胶囊' : '布洛芬缓释胶囊', d, 2); if (i >= pd + 3 && (i - pd) % 2 === 1 && !b.items.some((it) => it.date === d && it.name.startsWith('换药'))) { b.add('换药(小)', d, 1); b.add('一次性使用换药包', d, 1); } }
}
// build a stay; returns claim and meta
function stay(pt, h, key, adm, o = {}) {
  const t = T[key];
  const [lo, hi] = t.los;
  const los = o.los || ri(lo, hi);
  const dis = add(adm, los);
  const b = new Bill(h.level, adm);
  daily(b, adm, los, o.grade || gradeFor(key, los));
  const x = { age: pt.age };
  const r = t.build(b, adm, los, x) || {};
  postOp(b, key, adm, los);
  if (o.extra) o.extra(b, adm, los);
  // short stays: nothing after the last night
  const last = add(adm, los - 1);
  b.items = b.items.filter((it) => it.date <= last); b.items.forEach((it, i) => { it.lineId = String(i + 1); });
  const procs = (o.procs || t.procs || []).map((code) => ({ code, date: add(adm, r.procDay || 0) }));
  const dx = o.dx || t.dx;
  const c = claim(pt, h, 'inpatient', { admissionDate: adm, dischargeDate: dis, dept: o.dept || t.dept, doctor: o.doctor, dx, procs, bill: b, admissionRoute: o.admissionRoute, dischargeMode: o.dischargeMode, transferFromHospitalId: o.transferFromHospitalId, drg: o.drg });
  return { c, los, dis, b };
}
// outpatient visits
const OV = {
  uri: { dx: ['J06.900'], dept: 'general_practice', build(b, d) { b.add('血常规(五分类)', d, 1); b.add('连花清瘟胶囊', d, 36); b.add('对乙酰氨基酚片', d, 6); } },
  htn: { dx: ['I10.x00x002'], dept: 'cardiology', build(b, d, days = 30) { b.add('苯磺酸氨氯地平片', d, days); b.add('厄贝沙坦片', d, days); } },
  dm: { dx: ['E11.900'], dept: 'endocrinology', build(b, d, days = 30) { b.add('空腹血糖测定', d, 1); b.add('盐酸二甲双胍片', d, days * 3); b.add('格列美脲片', d, days); } },
  gastritis: { dx: ['K29.700'], dept: 'gastroenterology', build(b, d) { b.add('奥美拉唑肠溶胶囊', d, 28); b.add('铝碳酸镁咀嚼片', d, 42); } },
  backpain: { dx: ['M54.500'], dept: 'orthopaedics', build(b, d) { b.add('腰椎X线摄影', d, 1); b.add('塞来昔布胶囊', d, 14); } },
  uti: { dx: ['N39.000'], dept: 'general_practice', build(b, d) { b.add('尿常规', d, 1); b.add('左氧氟沙星片', d, 5); } },
  bronchitis: { dx: ['J20.900'], dept: 'respiratory', build(b, d) { b.add('血常规(五分类)', d, 1); b.add('C反应蛋白测定', d, 1); b.add('阿莫西林胶囊', d, 42); b.add('盐酸氨溴索片', d, 21); } },
  pharyngitis: { dx: ['J02.900'], dept: 'ent', build(b, d) { b.add('板蓝根颗粒', d, 15); b.add('对乙酰氨基酚片', d, 6); } },
  rhinitis: { dx: ['J30.400'], dept: 'ent', build(b, d) { b.add('氯雷他定片', d, 14); } },
  dermatitis: { dx: ['L30.900'], dept: 'dermatology', build(b, d) { b.add('丁酸氢化可的松乳膏', d, 2); b.add('西替利嗪片', d, 14); } },
};
function visit(pt, h, key, d, o = {}) {
  const v = OV[key];
  const b = new Bill(h.level, d);
  const vt = o.visitType || 'outpatient';
  if (vt === 'outpatient') b.add(h.level >= 2 && rnd() < 0.3 ? '副主任医师门诊诊察费' : '普通门诊诊察费', d, 1);
  if (vt === 'chronic') b.add('门诊慢特病管理诊查费', d, 1);
  v.build(b, d, o.days);
  if (o.extra) o.extra(b, d);
  return claim(pt, h, vt, { visitDate: d, dept: o.dept || (vt === 'pharmacy' ? 'pharmacy' : v.dept), doctor: o.doctor, dx: o.dx || v.dx, bill: b });
}
function customVisit(pt, h, vt, d, dept, dx, fill, o = {}) {
  const b = new Bill(h.level, d);
  if (vt === 'outpatient' && !o.noFee) b.add(o.fee || '普通门诊诊察费', d, 1);
  if (vt === 'chronic' && !o.noFee) b.add('门诊慢特病管理诊查费', d, 1);
  const mut = fill(b, d) || [];
  return { c: claim(pt, h, vt, { visitDate: d, dept, doctor: o.doctor, dx, bill: b }), mut };
}

// ---------- output ----------
const claims = []; // {c, order}
const labels = [];
let settle = 0;
function emit(c, order) { claims.push({ c, order: order == null ? settle++ : order }); return c; }
function label(caseId, kind, code, name, cs, targets, mutated = {}) {
  labels.push({ caseId, kind, code, name, claimIds: cs.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines: mutated });
}
// settle order: we push claims in settlement order via emitAll(list sorted by settle date)
function emitSorted(list) { // list of [c, settleDate]
  list.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  for (const [c] of list) emit(c);
}
const sd = (c) => c.dischargeDate || c.visitDate;

// ======================= FRAUD TYPOLOGIES =======================
const TYP = [];
function typ(code, name, fn) { TYP.push({ code, name, fn }); }

// T01 分解住院 across a medical alliance: discharged "ordered" and readmitted at a partner hospital within 0-2 days, same condition, no transfer fields
typ('T01', '医联体内分解住院：出院次日在合作医院再入院（无转院记录）', (k) => {
  const key = pick(['pneumonia', 'copd', 'stroke', 'hf', 'uti', 'lumbar']);
  const pt = patient({ ageMin: 55, ageMax: 88 });
  const reg = pt.home; const h1 = hospFor(reg, T[key].min); const h2 = pick(hosps(reg).filter((h) => h.id !== h1.id && h.level >= Math.max(T[key].min, h1.level - 1)));
  const adm = rdate(); const s1 = stay(pt, h1, key, adm, { los: T[key].los[0] });
  const gap = ri(0, 2);
  const s2 = stay(pt, h2, key, add(s1.dis, gap), { los: ri(4, 7), admissionRoute: 'outpatient' });
  emitSorted([[s1.c, sd(s1.c)], [s2.c, sd(s2.c)]]);
  return [[s1.c, s2.c], [s2.c], {}];
});
// T02 one continuous stay settled in two parts at the same hospital (中途结算拆分, not at year end)
typ('T02', '同院连续住院中途拆分两次结算（非跨年）', (k) => {
  const key = pick(['stroke', 'hipfx', 'copd', 'hf', 'lumbar', 'pneumonia']);
  const pt = patient({ ageMin: 60, ageMax: 90 }); const h = hospFor(pt.home, Math.max(2, T[key].min));
  let adm = rdate('2025-01-10', '2025-11-20'); const s1 = stay(pt, h, key, adm, { los: ri(8, 12) });
  const b = new Bill(h.level, s1.dis); const los2 = ri(5, 10); const a2 = s1.dis; // same day re-admission
  daily(b, a2, los2, 'Ⅱ级护理');
  if (key === 'stroke' || key === 'hipfx') { for (let i = 0; i < los2; i++) b.add('运动疗法', add(a2, i), 1); drugDays(b, a2, '阿司匹林肠溶片', 0, los2 - 1, 1); }
  else if (key === 'lumbar') { for (let i = 0; i < los2; i++) { b.add('针灸', add(a2, i), 1); b.add('推拿治疗', add(a2, i), 1); } drugDays(b, a2, '塞来昔布胶囊', 0, los2 - 1, 2); }
  else { drugDays(b, a2, pick(['阿莫西林克拉维酸钾片', '头孢呋辛酯片']), 0, Math.min(6, los2 - 1), 2); drugDays(b, a2, '盐酸氨溴索片', 0, los2 - 1, 3); }
  b.add('血常规(五分类)', a2, 1); b.add('电解质(四项)', a2, 1);
  const c2 = claim(pt, h, 'inpatient', { admissionDate: a2, dischargeDate: add(a2, los2), dept: T[key].dept, doctor: s1.c.provider.doctorId, dx: T[key].dx, bill: b, admissionRoute: 'other' });
  emitSorted([[s1.c, sd(s1.c)], [c2, sd(c2)]]);
  return [[s1.c, c2], [c2], {}];
});
// T03 高套: surgical procedure coded on the settlement list but never billed (no operation, anaesthesia or implant lines)
typ('T03', '结算清单虚编手术操作（无对应收费）高套手术组', (k) => {
  const v = pick([
    ['lumbar', ['80.5100x013'], 'M51.202'], ['lapchole', null, null], ['hf', ['37.8300'], 'I50.900'], ['uti', ['59.8x00x001'], 'N39.000'], ['t2dm', ['86.2200x011'], 'E11.900'], ['gastro', ['45.2302'], 'A09.001'], ['pneumonia', ['33.2200'], 'J18.900'],
  ]);
  const pt = patient({ ageMin: 40, ageMax: 85 }); const h = hospFor(pt.home, 2);
  let key = v[0]; let procs = v[1];
  if (key === 'lapchole') { // cholecystitis treated conservatively but coded as lap cholecystectomy
    key = 'conschole'; const b = new Bill(h.level); const adm = rdate(); const los = ri(5, 7);
    daily(b, adm, los, 'Ⅱ级护理'); stdAdmission(b, adm, ['腹部B超', 'C反应蛋白测定']); drugDays(b, adm, '注射用头孢呋辛钠', 0, 4, 3); drugDays(b, adm, '甲硝唑氯化钠注射液', 0, 4, 2); drugDays(b, adm, '葡萄糖氯化钠注射液', 0, 4, 2); infusionDays(b, adm, 0, 4, 3); drugDays(b, adm, '熊去氧胆酸胶囊', 2, los - 1, 3);
    const c = claim(pt, h, 'inpatient', { admissionDate: adm, dischargeDate: add(adm, los), dept: 'general_surgery', dx: ['K81.000'], procs: [{ code: '51.2300', date: add(adm, 1) }], bill: b, drg: 'HC19' });
    emit(c); return [[c], [c], {}];
  }
  const adm = rdate(); const s = stay(pt, h, key, adm, { procs });
  s.c.procedures = procs.map((p) => ({ code: p, date: add(adm, 1) }));
  emit(s.c); return [[s.c], [s.c], {}];
});
// T04 推诿患者: discharged as "against advice" when costs approach the group norm, readmitted same hospital 2-6 days later
typ('T04', '费用接近病组标准时以"非医嘱离院"推出，数日后同院再入院', (k) => {
  const key = pick(['stroke', 'hf', 'copd', 'pneumonia', 'hipfx']);
  const pt = patient({ ageMin: 65, ageMax: 92 }); const h = hospFor(pt.home, 3);
  const s1 = stay(pt, h, key, rdate(), { dischargeMode: 'against_advice' });
  const s2 = stay(pt, h, key, add(s1.dis, ri(2, 6)), { los: ri(5, 9), admissionRoute: pick(['emergency', 'outpatient']) });
  emitSorted([[s1.c, sd(s1.c)], [s2.c, sd(s2.c)]]);
  return [[s1.c, s2.c], [s2.c], {}];
});
// T05 住院检查挪到门诊: imaging/endoscopy for the inpatient condition done during the stay but settled as an outpatient claim of the same hospital
typ('T05', '住院期间检查以门诊名义结算（费用转嫁门诊）', (k) => {
  const key = pick(['stroke', 'hf', 'lumbar', 'pneumonia', 'tkr', 'gastro', 't2dm']);
  const pt = patient({ ageMin: 45, ageMax: 85 }); const h = hospFor(pt.home, Math.max(2, T[key].min));
  const s = stay(pt, h, key, rdate());
  const d = add(s.c.admissionDate, ri(1, 3));
  const tests = { stroke: ['颈部血管彩色多普勒超声', '动态心电图(24小时)'], hf: ['动态心电图(24小时)', '胸部CT平扫'], lumbar: ['腰椎MRI平扫'], pneumonia: ['胸部CT平扫', 'CT增强扫描(加收)'], tkr: ['膝关节MRI平扫', '下肢血管彩色多普勒超声'], gastro: ['胃镜检查', '结肠镜检查'], t2dm: ['颈部血管彩色多普勒超声', '下肢血管彩色多普勒超声'] }[key];
  const o = customVisit(pt, h, 'outpatient', d, T[key].dept, T[key].dx.slice(0, 1), (b) => tests.map((n) => b.add(n, d, 1)), { doctor: s.c.provider.doctorId });
  emitSorted([[o.c, d], [s.c, sd(s.c)]]);
  return [[o.c, s.c], [o.c], { [o.c.claimId]: o.mut }];
});
// T06 住院期间让患者外购: pharmacy claim during the stay for the inpatient condition's drugs
typ('T06', '住院期间患者到定点药店外购本次住院用药', (k) => {
  const v = pick([
    ['tkr', [['利伐沙班片', 10], ['塞来昔布胶囊', 20]]], ['hipfx', [['利伐沙班片', 14], ['碳酸钙D3片', 30]]], ['copd', [['噻托溴铵粉吸入剂', 1], ['布地奈德福莫特罗吸入粉雾剂', 1]]],
    ['t2dm', [['甘精胰岛素注射液', 2], ['门冬胰岛素注射液', 3]]], ['hf', [['沙库巴曲缬沙坦钠片', 28], ['达格列净片', 14]]], ['stroke', [['硫酸氢氯吡格雷片', 28], ['血塞通软胶囊', 36]]], ['pci', [['替格瑞洛片', 28], ['瑞舒伐他汀钙片', 28]]],
  ]);
  const pt = patient({ ageMin: 50, ageMax: 85 }); const h = hospFor(pt.home, T[v[0]].min);
  const s = stay(pt, h, v[0], rdate());
  const d = add(s.c.admissionDate, ri(1, Math.max(1, s.los - 2)));
  const o = customVisit(pt, pick(pharm(pt.home)), 'pharmacy', d, 'pharmacy', T[v[0]].dx.slice(0, 1), (b) => v[1].map(([n, q]) => b.add(n, d, q)));
  emitSorted([[o.c, d], [s.c, sd(s.c)]]);
  return [[o.c, s.c], [o.c], { [o.c.claimId]: o.mut }];
});
// T07 虚构住院: the member is treated / buys drugs in another city during the stay
typ('T07', '虚构住院：住院期间本人在外地就诊或购药', (k) => {
  const key = pick(['lumbar', 't2dm', 'copd', 'gastro', 'uti', 'pneumonia']);
  const pt = patient({ ageMin: 40, ageMax: 80 }); const h = hospFor(pt.home, 1);
  const s = stay(pt, h, key, rdate(), { los: ri(7, 12) });
  const away = pick(REGIONS.filter((r) => r !== pt.home));
  const out = [];
  const n = ri(1, 3);
  for (let i = 0; i < n; i++) {
    const d = add(s.c.admissionDate, ri(1, s.los - 1));
    if (i % 2 === 0) out.push(visit(pt, hospFor(away, 1), pick(['uri', 'gastritis', 'dermatitis', 'pharyngitis']), d));
    else out.push(customVisit(pt, pick(pharm(away)), 'pharmacy', d, 'pharmacy', ['J06.900'], (b) => { b.add('连花清瘟胶囊', d, 24); }).c);
  }
  emitSorted([...out.map((c) => [c, c.visitDate]), [s.c, sd(s.c)]]);
  return [[...out, s.c], [s.c], {}];
});
// T08 重复结算: the same settlement submitted twice under a new serial (sometimes a line re-dated or quantity nudged)
typ('T08', '同一次就诊/购药重复结算（换流水号）', (k) => {
  const pt = patient({ ageMin: 30, ageMax: 85 });
  let c1;
  const r = rnd();
  if (r < 0.35) c1 = visit(pt, hospFor(pt.home, 1), pick(['htn', 'dm', 'bronchitis', 'backpain']), rdate());
  else if (r < 0.65) c1 = customVisit(pt, pick(pharm(pt.home)), 'pharmacy', rdate(), 'pharmacy', ['I10.x00x002'], (b, d) => { b.add('硝苯地平控释片', d, 30); b.add('阿托伐他汀钙片', d, 30); }).c;
  else c1 = stay(pt, hospFor(pt.home, 1), pick(['gastro', 'uti', 'pneumonia']), rdate()).c;
  const c2 = JSON.parse(JSON.stringify(c1)); cseq++;
  c2.claimId = c1.claimId.replace(/B35\d{5}$/, 'B35' + String(cseq).padStart(5, '0'));
  if (rnd() < 0.4) { const it = c2.items[c2.items.length - 1]; it.quantity = it.quantity + 1; it.amount = r2(it.quantity * it.unitPrice); c2.amounts = amounts(c2.items, c2.provider.level, c2.visitType, c2.insuranceType); }
  emit(c1); emit(c2);
  return [[c1, c2], [c2], {}];
});
// T09 异地同日就医: the card used on the same day in two far-apart regions (card lent)
typ('T09', '同一参保人同日在两个相距遥远的统筹区就医（借卡）', (k) => {
  const pt = patient({ ageMin: 30, ageMax: 80 }); const d = rdate();
  const away = pick(REGIONS.filter((r) => r !== pt.home));
  const c1 = visit(pt, hospFor(pt.home, 1), pick(['htn', 'dm', 'gastritis', 'backpain']), d);
  let c2;
  if (rnd() < 0.5) c2 = visit(pt, hospFor(away, 2), pick(['bronchitis', 'uti', 'dermatitis', 'rhinitis']), d);
  else c2 = customVisit(pt, pick(pharm(away)), 'pharmacy', d, 'pharmacy', ['E11.900'], (b) => { b.add(pick(['甘精胰岛素注射液', '门冬胰岛素注射液']), d, ri(2, 5)); }).c;
  emit(c1); emit(c2);
  return [[c1, c2], [c1, c2], {}];
});
// T10 死亡后继续刷卡: claims on the card after the member died in hospital
typ('T10', '参保人住院死亡后其医保卡继续就医购药', (k) => {
  const key = pick(['stroke', 'hf', 'copd', 'pneumonia']);
  const pt = patient({ ageMin: 70, ageMax: 93 }); const h = hospFor(pt.home, 2);
  const s = stay(pt, h, key, rdate('2025-01-10', '2025-12-31'), { dischargeMode: 'death', los: ri(3, 8) });
  const after = [];
  const n = ri(1, 3);
  let d = add(s.dis, ri(10, 40));
  for (let i = 0; i < n; i++) {
    if (rnd() < 0.5) after.push(visit(pt, hospFor(pt.home, 1), pick(['htn', 'dm']), d, { visitType: pick(['chronic', 'outpatient']) }));
    else after.push(customVisit(pt, pick(pharm(pt.home)), 'pharmacy', d, 'pharmacy', ['I10.x00x002'], (b) => { b.add(pick(['苯磺酸氨氯地平片', '硝苯地平控释片']), d, 30); b.add(pick(['阿托伐他汀钙片', '复方丹参滴丸']), d, 30); }).c);
    d = add(d, ri(20, 35));
  }
  emit(s.c); for (const c of after) emit(c);
  return [[s.c, ...after], after, {}];
});
// T11 倒卖药品: high-value drugs collected from several institutions in overlapping windows
typ('T11', '多机构轮流开取高值药品（倒卖回流），累计供应量远超用量', (k) => {
  const v = pick([
    ['E11.900', 'endocrinology', [['甘精胰岛素注射液', 3], ['门冬胰岛素注射液', 4]]], ['J44.100', 'respiratory', [['布地奈德福莫特罗吸入粉雾剂', 2], ['噻托溴铵粉吸入剂', 2]]],
    ['I25.103', 'cardiology', [['替格瑞洛片', 56]]], ['B18.100', 'infectious', [['恩替卡韦分散片', 90]]], ['E11.900', 'endocrinology', [['利拉鲁肽注射液', 3]]], ['I48.000', 'cardiology', [['利伐沙班片', 60]]],
  ]);
  const pt = patient({ ageMin: 45, ageMax: 78 }); const start = rdate('2025-01-10', '2026-03-31');
  const places = [...hosps(pt.home, [1, 2, 3]).slice(0), ...pharm(pt.home)];
  const n = ri(4, 6); const cs = []; const mut = {};
  let d = start;
  for (let i = 0; i < n; i++) {
    const pl = places[(i * 3 + k) % places.length];
    const vt = pl.pharmacy ? 'pharmacy' : 'outpatient';
    const o = customVisit(pt, pl, vt, d, vt === 'pharmacy' ? 'pharmacy' : v[1], [v[0]], (b) => v[2].map(([n2, q]) => b.add(n2, d, q)));
    cs.push(o.c); if (i >= 1) mut[o.c.claimId] = o.mut;
    d = add(d, ri(3, 8));
  }
  for (const c of cs) emit(c);
  return [cs, cs.slice(1), mut];
});
// T12 团伙住院: a group of unrelated members admitted the same day to a level-1/private hospital with identical bills
typ('T12', '团伙式聚集住院：多名参保人同日入住同一基层医院、同诊断同医嘱', (k) => {
  const key = pick(['lumbar', 'gastro', 'uti', 'copd', 't2dm']);
  const reg = homeReg(); const h = pick(hosps(reg, 1)); const adm = rdate(); const los = ri(T[key].los[0], T[key].los[1]); const doc = `D${h.id.slice(1)}77`;
  const cs = [];
  const n = ri(5, 7);
  for (let i = 0; i < n; i++) {
    const pt = patient({ ageMin: 55, ageMax: 80, home: reg, insuranceType: 'resident' });
    cs.push(stay(pt, h, key, adm, { los, doctor: doc }).c);
  }
  for (const c of cs) emit(c);
  return [cs, cs, {}];
});
// T13 虚记床日: hospital A keeps billing bed/nursing days after the patient moved to hospital B
typ('T13', '患者已转入他院后原医院继续记床日（两院住院期重叠）', (k) => {
  const key = pick(['stroke', 'hf', 'hipfx', 'copd', 'pneumonia']);
  const pt = patient({ ageMin: 60, ageMax: 90 }); const h1 = hospFor(pt.home, Math.max(2, T[key].min)); const h2 = pick(hosps(pt.home).filter((h) => h.id !== h1.id && h.level >= h1.level));
  const losReal = ri(T[key].los[0], T[key].los[1]); const extra = ri(3, 7);
  const adm = rdate();
  const s1 = stay(pt, h1, key, adm, { los: losReal + extra, dischargeMode: 'transfer' });
  // the treatment lines stop at losReal; the tail days hold only bed/nursing/round lines
  const realEnd = add(adm, losReal);
  s1.c.items = s1.c.items.filter((it) => it.date < realEnd || ['bed', 'nursing', 'consult'].includes(cat.get(it.code).subcategory));
  s1.c.items.forEach((it, i) => { it.lineId = String(i + 1); });
  s1.c.amounts = amounts(s1.c.items, h1.level, 'inpatient', pt.insuranceType);
  const mut = s1.c.items.filter((it) => it.date >= realEnd).map((it) => it.lineId);
  const s2 = stay(pt, h2, key === 'hipfx' ? 'hipfx' : key, realEnd, { admissionRoute: 'transfer', transferFromHospitalId: h1.id });
  emitSorted([[s2.c, sd(s2.c)], [s1.c, add(sd(s1.c), 1)]]);
  return [[s1.c, s2.c], [s1.c], { [s1.c.claimId]: mut }];
});
// T14 超限定支付 by date: a course-limited drug continued after transfer/readmission, total days beyond the limit
typ('T14', '限定疗程药品跨两次住院累计超过限定天数', (k) => {
  const v = pick([
    ['stroke', '依达拉奉注射液', 2, 'neurology'], ['stroke', '单唾液酸四己糖神经节苷脂钠注射液', 2, 'neurology'], ['stroke', '奥拉西坦注射液', 4, 'neurology'],
    ['stroke', '疏血通注射液', 6, 'neurology'], ['hf', '前列地尔注射液', 1, 'cardiology'], ['stroke', '银杏叶提取物注射液', 2, 'neurology'], ['copd', '盐酸氨溴索注射液', 2, 'respiratory'],
  ]);
  const pt = patient({ ageMin: 55, ageMax: 88 }); const h1 = hospFor(pt.home, 3); const h2 = pick(hosps(pt.home, 2));
  const los1 = ri(10, 13);
  const s1 = stay(pt, h1, v[0], rdate(), { los: los1, dischargeMode: 'transfer', extra: (b, a, los) => { if (v[1] !== '依达拉奉注射液') drugDays(b, a, v[1], 0, los - 1, v[2]); } });
  const adm2 = s1.dis; const los2 = ri(10, 14);
  const b = new Bill(h2.level); daily(b, adm2, los2, 'Ⅱ级护理');
  for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '电解质(四项)']) b.add(n, adm2, 1);
  const drugDays2 = ri(6, 10);
  const mut = drugDays(b, adm2, v[1], 0, drugDays2 - 1, v[2]);
  drugDays(b, adm2, '氯化钠注射液', 0, drugDays2 - 1, 1); infusionDays(b, adm2, 0, drugDays2 - 1, 1);
  if (v[0] === 'stroke') { drugDays(b, adm2, '阿司匹林肠溶片', 0, los2 - 1, 1); drugDays(b, adm2, '阿托伐他汀钙片', 0, los2 - 1, 1); b.add('康复评定', adm2, 1); for (let i = 1; i < los2; i++) b.add('运动疗法', add(adm2, i), 1); }
  else { drugDays(b, adm2, '呋塞米片', 0, los2 - 1, 1); drugDays(b, adm2, '螺内酯片', 0, los2 - 1, 1); }
  const dx = v[0] === 'stroke' ? ['I63.900', 'I10.x00x002'] : v[0] === 'hf' ? ['I50.900', 'I10.x00x002'] : ['J44.100'];
  const c2 = claim(pt, h2, 'inpatient', { admissionDate: adm2, dischargeDate: add(adm2, los2), dept: v[3], dx, bill: b, admissionRoute: 'transfer', transferFromHospitalId: h1.id });
  emitSorted([[s1.c, sd(s1.c)], [c2, sd(c2)]]);
  return [[s1.c, c2], [c2], { [c2.claimId]: mut }];
});
// T15 虚报新生儿出生体重: term newborn with routine care reported at low birth weight with a LBW diagnosis
typ('T15', '虚报新生儿出生体重（足月常规护理按低体重儿申报）', (k) => {
  const born = rdate('2025-01-10', '2026-05-01');
  const bw = ri(1500, 2300);
  const pt = patient({ age: 0, birthDate: born, special: 'newborn', birthWeightGrams: bw, ref: born, insuranceType: 'resident' });
  const h = hospFor(pt.home, 2); const los = ri(4, 7); const adm = add(born, ri(1, 3));
  const b = new Bill(h.level);
  for (let i = 0; i < los; i++) { const d = add(adm, i); b.add('新生儿床位费', d, 1); b.add('新生儿护理', d, 1); b.add('住院诊查费', d, 1); }
  b.add('血常规(五分类)', adm, 1); b.add('肝功能(全套)', adm, 1); b.add('C反应蛋白测定', adm, 1);
  for (let i = 0; i < Math.min(3, los); i++) b.add('新生儿蓝光治疗', add(adm, i), 12);
  b.add('肝功能(全套)', add(adm, 3), 1);
  const c = claim(pt, h, 'inpatient', { admissionDate: adm, dischargeDate: add(adm, los), dept: 'neonatology', dx: ['P59.901', 'P07.100'], bill: b });
  emit(c); return [[c], [c], {}];
});
// T16 虚构转诊: transfer recorded from a hospital where the member had no stay; minor condition
typ('T16', '虚构转院来源（转出医院无对应住院记录）', (k) => {
  const key = pick(['gastro', 'uti', 'lumbar', 'pneumonia', 't2dm', 'hernia']);
  const pt = patient({ ageMin: 30, ageMax: 80 });
  const away = pick(REGIONS.filter((r) => r !== pt.home));
  const h = hospFor(away, 3); const from = pick(hosps(pt.home, [1, 2]));
  const s = stay(pt, h, key, rdate('2025-04-15', '2026-05-20'), { admissionRoute: 'transfer', transferFromHospitalId: from.id });
  const prior = visit(pt, hospFor(pt.home, 1), pick(['htn', 'dm']), add(s.c.admissionDate, -ri(30, 90)), { visitType: 'outpatient' });
  emit(prior); emit(s.c);
  return [[prior, s.c], [s.c], {}];
});
// T17 出院带药重复: discharge drugs billed on the stay's last day and again on an outpatient claim the same day
typ('T17', '出院带药在住院结算中已计费，同日门诊再次开具结算', (k) => {
  const v = pick([
    ['stroke', [['阿司匹林肠溶片', 14], ['硫酸氢氯吡格雷片', 14], ['阿托伐他汀钙片', 28]]], ['hf', [['沙库巴曲缬沙坦钠片', 28], ['呋塞米片', 14], ['螺内酯片', 14]]],
    ['pci', [['替格瑞洛片', 28], ['阿托伐他汀钙片', 14]]], ['copd', [['布地奈德福莫特罗吸入粉雾剂', 1], ['盐酸氨溴索片', 21]]], ['t2dm', [['甘精胰岛素注射液', 1], ['盐酸二甲双胍片', 42]]], ['tkr', [['塞来昔布胶囊', 14], ['利伐沙班片', 10]]],
  ]);
  const pt = patient({ ageMin: 50, ageMax: 85 }); const h = hospFor(pt.home, T[v[0]].min);
  const s = stay(pt, h, v[0], rdate(), { extra: (b, a, los) => { for (const [n, q] of v[1]) b.add(n, add(a, los - 1), q); } });
  const d = add(s.dis, ri(0, 1) ? 0 : -1);
  const o = customVisit(pt, h, 'outpatient', d, T[v[0]].dept, T[v[0]].dx.slice(0, 1), (b) => v[1].map(([n, q]) => b.add(n, d, q)), { doctor: s.c.provider.doctorId });
  emitSorted([[o.c, d], [s.c, add(sd(s.c), 1)]]);
  return [[s.c, o.c], [o.c], { [o.c.claimId]: o.mut }];
});
// T18 同时住院: a phantom stay at a level-1/private hospital overlapping a real stay elsewhere
typ('T18', '同一时段在两家医院同时住院（其一为挂床虚构）', (k) => {
  const realKey = pick(['pci', 'lapchole', 'hipfx', 'stroke', 'tkr', 'cataract']); const fakeKey = pick(['lumbar', 'gastro', 't2dm', 'copd']);
  const pt = patient({ ageMin: 50, ageMax: 82 }); const h1 = hospFor(pt.home, 3); const h2 = pick(hosps(pt.home, 1));
  const a1 = rdate(); const s1 = stay(pt, h1, realKey, a1);
  const s2 = stay(pt, h2, fakeKey, add(a1, -ri(1, 4)), { los: ri(9, 14) });
  emitSorted([[s1.c, sd(s1.c)], [s2.c, sd(s2.c)]]);
  return [[s1.c, s2.c], [s2.c], {}];
});
// T19 高套: principal diagnosis swapped to a severe condition on one cycle of an otherwise routine chemotherapy series
typ('T19', '化疗周期中一次将主诊断改为重症（脓毒症/呼衰等）高套病组，费用与常规周期相同', (k) => {
  const ca = pick(['C34.900x001', 'C50.900', 'C18.900', 'C16.900']);
  const pt = patient({ ageMin: 40, ageMax: 75, gender: ca === 'C50.900' ? 'F' : undefined }); const h = hospFor(pt.home, 3);
  let a = rdate('2025-01-10', '2026-02-01'); const cs = [];
  for (let i = 0; i < 3; i++) { const s = stay(pt, h, 'chemo', a, { dx: ['Z51.102', ca] }); cs.push(s.c); a = add(a, 21); }
  const fake = pick([['A41.900', 'J96.900x003'], ['J96.900x003', ca], ['N17.900', ca], ['A41.900', ca, 'R57.000'], ['I26.900x001', ca]]);
  const tgt = cs[ri(1, 2)];
  tgt.diagnoses = [{ code: fake[0], principal: true }, ...fake.slice(1).map((c) => ({ code: c })), { code: 'Z51.102' }].filter((d, i, arr) => arr.findIndex((x) => x.code === d.code) === i);
  for (const c of cs) emit(c);
  return [cs, [tgt], {}];
});
// T20 异地就医重复报销: a stay settled by direct cross-region settlement, then claimed again in the home region
typ('T20', '异地直接结算后回参保地再次报销同一住院', (k) => {
  const key = pick([...MED, ...SURG]);
  const pt = patient({ ageMin: 30, ageMax: 85 }); const away = pick(REGIONS.filter((r) => r !== pt.home));
  const h = hospFor(away, Math.max(2, T[key].min));
  const s = stay(pt, h, key, rdate(), { admissionRoute: 'emergency' });
  const c2 = JSON.parse(JSON.stringify(s.c)); cseq++;
  c2.region = pt.home; delete c2.insuredRegion;
  c2.claimId = `${pt.home}-${h.id}-${c2.admissionDate.slice(0, 4)}-B35${String(cseq).padStart(5, '0')}`;
  emit(s.c); emit(c2);
  return [[s.c, c2], [c2], {}];
});

// ======================= CONTROLS =======================
const CTL = [];
function ctl(code, name, fn) { CTL.push({ code, name, fn }); }
ctl('C01', '计划分期治疗：分期PCI或双膝分期置换', (k) => {
  const pt = patient({ ageMin: 55, ageMax: 78 }); const h = hospFor(pt.home, 3);
  if (k % 2 === 0) {
    const s1 = stay(pt, h, 'pci', rdate('2025-01-10', '2026-03-01'));
    const s2 = stay(pt, h, 'pci', add(s1.dis, ri(28, 56)), { dx: ['I25.103', 'I10.x00x002', 'E78.500'] });
    emitSorted([[s1.c, sd(s1.c)], [s2.c, sd(s2.c)]]); return [[s1.c, s2.c]];
  }
  const s1 = stay(pt, h, 'tkr', rdate('2025-01-10', '2026-01-01'), { dx: ['M17.000', 'I10.x00x002'] });
  const s2 = stay(pt, h, 'tkr', add(s1.dis, ri(90, 150)), { dx: ['M17.000', 'I10.x00x002'] });
  emitSorted([[s1.c, sd(s1.c)], [s2.c, sd(s2.c)]]); return [[s1.c, s2.c]];
});
ctl('C02', '合规上转：基层接诊后医嘱转院，当日上级医院转入', (k) => {
  const key = pick(['stroke', 'hf', 'pneumonia', 'appy']);
  const pt = patient({ ageMin: 45, ageMax: 88 }); const h1 = pick(hosps(pt.home, [1, 2])); const h2 = hospFor(pt.home, 3);
  const adm = rdate(); const b = new Bill(h1.level); const los1 = ri(1, 2);
  daily(b, adm, los1, 'Ⅰ级护理'); for (const n of ['血常规(五分类)', '电解质(四项)', '常规心电图检查', 'C反应蛋白测定']) b.add(n, adm, 1);
  if (key === 'stroke') b.add('头颅CT平扫', adm, 1); if (key === 'hf') { b.add('B型钠尿肽(BNP)测定', adm, 1); b.add('呋塞米注射液', adm, 2); b.add('静脉注射', adm, 2); }
  if (key === 'pneumonia') { b.add('胸部X线摄影(正侧位)', adm, 1); b.add('注射用头孢曲松钠', adm, 2); b.add('静脉输液(第一组)', adm, 1); b.add('一次性使用输液器', adm, 1); }
  if (key === 'appy') { b.add('腹部B超', adm, 1); }
  b.add('吸氧', adm, 8); b.add('心电监测', adm, 12);
  const c1 = claim(pt, h1, 'inpatient', { admissionDate: adm, dischargeDate: add(adm, los1), dept: T[key].dept, dx: T[key].dx, bill: b, admissionRoute: 'emergency', dischargeMode: 'transfer' });
  const s2 = stay(pt, h2, key, add(adm, los1), { admissionRoute: 'transfer', transferFromHospitalId: h1.id });
  emitSorted([[c1, sd(c1)], [s2.c, sd(s2.c)]]); return [[c1, s2.c]];
});
ctl('C03', '合规下转：三级医院术后/急性期后转社区或二级医院康复', (k) => {
  const key = pick(['hipfx', 'stroke', 'tkr']);
  const pt = patient({ ageMin: 60, ageMax: 88 }); const h1 = hospFor(pt.home, 3); const h2 = pick(hosps(pt.home, [1, 2]));
  const s1 = stay(pt, h1, key, rdate(), { dischargeMode: k % 2 ? 'community' : 'transfer' });
  const a2 = s1.dis; const los2 = ri(12, 20); const b = new Bill(h2.level);
  daily(b, a2, los2, (i) => (i < 3 ? 'Ⅱ级护理' : 'Ⅲ级护理')); b.add('血常规(五分类)', a2, 1); b.add('康复评定', a2, 1); b.add('康复评定', add(a2, los2 - 1), 1);
  for (let i = 1; i < los2; i++) { b.add('运动疗法', add(a2, i), 2); }
  if (key === 'stroke') { drugDays(b, a2, '阿司匹林肠溶片', 0, los2 - 1, 1); drugDays(b, a2, '阿托伐他汀钙片', 0, los2 - 1, 1); }
  else { drugDays(b, a2, '利伐沙班片', 0, Math.min(los2 - 1, 20), 1); drugDays(b, a2, '碳酸钙D3片', 0, los2 - 1, 1); }
  drugDays(b, a2, '苯磺酸氨氯地平片', 0, los2 - 1, 1);
  const dx = key === 'stroke' ? ['I69.300', 'I10.x00x002'] : ['Z47.800x003', 'I10.x00x002'];
  const c2 = claim(pt, h2, 'inpatient', { admissionDate: a2, dischargeDate: add(a2, los2), dept: 'rehabilitation', dx, bill: b, admissionRoute: 'transfer', transferFromHospitalId: h1.id });
  emitSorted([[s1.c, sd(s1.c)], [c2, sd(c2)]]); return [[s1.c, c2]];
});
ctl('C04', '出院后15日内因新的并发症再入院（切口感染/深静脉血栓/肺栓塞/吸入性肺炎）', (k) => {
  const v = pick([['tkr', 'I80.207'], ['hipfx', 'I80.207'], ['lapchole', 'T81.400x001'], ['appy', 'T81.400x001'], ['stroke', 'J69.000'], ['hipfx', 'I26.900x001']]);
  const pt = patient({ ageMin: 55, ageMax: 88 }); const h = hospFor(pt.home, Math.max(2, T[v[0]].min));
  const s1 = stay(pt, h, v[0], rdate());
  const a2 = add(s1.dis, ri(3, 12)); const los2 = ri(6, 10); const b = new Bill(h.level);
  daily(b, a2, los2, (i) => (i < 3 && (v[1] === 'I26.900x001' || v[1] === 'J69.000') ? 'Ⅰ级护理' : 'Ⅱ级护理')); stdAdmission(b, a2, ['C反应蛋白测定']); if (v[1] === 'I26.900x001') for (let i = 0; i < 3; i++) { b.add('心电监测', add(a2, i), 24); b.add('血氧饱和度监测', add(a2, i), 24); b.add('吸氧', add(a2, i), 16); }
  if (v[1] === 'I80.207' || v[1] === 'I26.900x001') { b.add('下肢血管彩色多普勒超声', a2, 1); b.add('D-二聚体测定', a2, 1); if (v[1] === 'I26.900x001') { b.add('胸部CT平扫', a2, 1); b.add('CT增强扫描(加收)', a2, 1); b.add('血气分析', a2, 1); } drugDays(b, a2, '依诺肝素钠注射液', 0, Math.min(los2 - 1, 9), 2); for (let i = 0; i <= Math.min(los2 - 1, 9); i++) b.add('皮下注射', add(a2, i), 2); drugDays(b, a2, '利伐沙班片', Math.min(los2 - 1, 9), los2 - 1, 2); }
  else if (v[1] === 'T81.400x001') { b.add('细菌培养及药敏', a2, 1); b.add('腹部B超', a2, 1); drugDays(b, a2, '注射用哌拉西林钠他唑巴坦钠', 0, 6, 3); drugDays(b, a2, '氯化钠注射液', 0, 6, 3); infusionDays(b, a2, 0, 6, 3); for (let i = 0; i < los2; i++) { b.add('换药(中)', add(a2, i), 1); b.add('一次性使用换药包', add(a2, i), 1); } }
  else { b.add('胸部CT平扫', a2, 1); b.add('细菌培养及药敏', a2, 1); drugDays(b, a2, '注射用哌拉西林钠他唑巴坦钠', 0, 7, 3); drugDays(b, a2, '氯化钠注射液', 0, 7, 3); infusionDays(b, a2, 0, 7, 3); for (let i = 0; i < 4; i++) b.add('吸氧', add(a2, i), 16); }
  const dx = v[1] === 'T81.400x001' ? ['T81.400x001'] : v[1] === 'J69.000' ? ['J69.000', 'I69.300'] : [v[1], 'Z96.600'];
  const c2 = claim(pt, h, 'inpatient', { admissionDate: a2, dischargeDate: add(a2, los2), dept: v[1] === 'J69.000' ? 'respiratory' : T[v[0]].dept, dx, bill: b, admissionRoute: 'emergency' });
  emitSorted([[s1.c, sd(s1.c)], [c2, sd(c2)]]); return [[s1.c, c2]];
});
ctl('C05', '标注的长处方按期续开（12周），医院与药店交替', (k) => {
  const v = pick([['I10.x00x002', [['苯磺酸氨氯地平片', 1], ['缬沙坦胶囊', 1]]], ['E11.900', [['盐酸二甲双胍片', 3], ['阿卡波糖片', 3]]], ['I25.103', [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['比索洛尔片', 1]]], ['E03.900', [['左甲状腺素钠片', 1]]], ['N40.x00', [['盐酸坦索罗辛缓释胶囊', 1], ['非那雄胺片', 1]]]]);
  const pt = patient({ ageMin: 50, ageMax: 82, gender: v[0] === 'N40.x00' ? 'M' : undefined }); const h = hospFor(pt.home, 2);
  let d = rdate('2025-01-10', '2025-10-01'); const cs = [];
  for (let i = 0; i < 3; i++) {
    const days = pick([56, 84]);
    cs.push(customVisit(pt, h, 'outpatient', d, 'general_practice', [v[0]], (b) => v[1].map(([n, q]) => b.add(n, d, q * days, { longPrescription: true }))).c);
    d = add(d, days - ri(0, 4));
  }
  for (const c of cs) emit(c); return [cs];
});
ctl('C06', '异地旅居/出差就医：备案异地急诊住院，前后在参保地正常取药', (k) => {
  const key = pick(['appy', 'pneumonia', 'gastro', 'uti', 'hipfx']);
  const pt = patient({ ageMin: 30, ageMax: 80 }); const away = pick(REGIONS.filter((r) => r !== pt.home));
  const pre = visit(pt, hospFor(pt.home, 1), 'htn', rdate('2025-01-10', '2026-01-01'));
  const s = stay(pt, hospFor(away, Math.max(2, T[key].min)), key, add(pre.visitDate, ri(10, 25)), { admissionRoute: 'emergency' });
  const post = visit(pt, hospFor(pt.home, 1), 'htn', add(s.dis, ri(10, 25)));
  emit(pre); emit(s.c); emit(post); return [[pre, s.c, post]];
});
ctl('C07', '多病共存的慢病患者在多家机构分科就诊、药品不重叠', (k) => {
  const pt = patient({ ageMin: 58, ageMax: 82, chronic: ['E11', 'I10', 'N18'] }); const reg = pt.home;
  let d = rdate('2025-01-10', '2026-01-15'); const cs = [];
  cs.push(visit(pt, hospFor(reg, 3), 'dm', d, { visitType: 'chronic', extra: (b, dd) => b.add('糖化血红蛋白测定', dd, 1) }));
  d = add(d, ri(2, 9)); cs.push(customVisit(pt, hospFor(reg, 2), 'chronic', d, 'nephrology', ['E11.200', 'N18.300'], (b) => { b.add('肾功能(三项)', d, 1); b.add('尿常规', d, 1); b.add('达格列净片', d, 30); b.add('缬沙坦胶囊', d, 30); }).c);
  d = add(d, ri(2, 9)); cs.push(customVisit(pt, hospFor(reg, 3), 'outpatient', d, 'ophthalmology', ['E11.300', 'H25.900'], (b) => { b.add('眼底检查', d, 1); b.add('裂隙灯检查', d, 1); }).c);
  d = add(d, ri(5, 15)); cs.push(customVisit(pt, pick(pharm(reg)), 'pharmacy', d, 'pharmacy', ['I10.x00x002'], (b) => { b.add('苯磺酸氨氯地平片', d, 30); }).c);
  for (const c of cs) emit(c); return [cs];
});
ctl('C08', '家属各自就医：夫妻同日同药店/同诊所各取本人慢病用药', (k) => {
  const reg = homeReg(); const pl = rnd() < 0.5 ? pick(pharm(reg)) : pick(hosps(reg, 1)); const d = rdate();
  const a = patient({ ageMin: 60, ageMax: 80, gender: 'M', home: reg }); const b2 = patient({ ageMin: 58, ageMax: 78, gender: 'F', home: reg });
  const vt = pl.pharmacy ? 'pharmacy' : 'outpatient';
  const c1 = customVisit(a, pl, vt, d, vt === 'pharmacy' ? 'pharmacy' : 'general_practice', ['I10.x00x002'], (b) => { b.add('苯磺酸氨氯地平片', d, 30); b.add('阿托伐他汀钙片', d, 30); }).c;
  const c2 = customVisit(b2, pl, vt, d, vt === 'pharmacy' ? 'pharmacy' : 'general_practice', ['E11.900'], (b) => { b.add('盐酸二甲双胍片', d, 90); b.add('格列齐德缓释片', d, 30); }).c;
  emit(c1); emit(c2); return [[c1, c2]];
});
ctl('C09', '住院死亡：短住院高费用（抢救）', (k) => {
  const pt = patient({ ageMin: 60, ageMax: 92 }); const h = hospFor(pt.home, 3); const adm = rdate(); const los = ri(1, 3);
  const b = new Bill(h.level);
  for (let i = 0; i < los; i++) { const d = add(adm, i); b.add('监护病房床位费', d, 1); b.add('重症监护', d, 24); b.add('住院诊查费', d, 1); b.add('有创呼吸机辅助呼吸', d, 24); b.add('重酒石酸去甲肾上腺素注射液', d, 6); b.add('血气分析', d, 3); b.add('注射用美罗培南', d, 3); b.add('氯化钠注射液', d, 4); b.add('静脉输液(第一组)', d, 1); b.add('静脉输液(每增加一组)', d, 3); b.add('一次性使用输液器', d, 4); b.add('血乳酸测定', d, 3); }
  stdAdmission(b, adm, ['降钙素原测定', 'B型钠尿肽(BNP)测定', '胸部X线摄影(正侧位)']); b.add('一次性气管插管', adm, 1); b.add('一次性呼吸机管路', adm, 1); b.add('细菌培养及药敏', adm, 2);
  const c = claim(pt, h, 'inpatient', { admissionDate: adm, dischargeDate: add(adm, los), dept: 'icu', dx: ['A41.900', 'R57.000', 'J96.900x003'], procs: [{ code: '96.7100', date: adm }], bill: b, admissionRoute: 'emergency', dischargeMode: 'death' });
  emit(c); return [[c]];
});
ctl('C10', '非医嘱离院后次日到另一家医院急诊入院（患者自行择院）', (k) => {
  const key = pick(['pneumonia', 'hf', 'stroke', 'copd']);
  const pt = patient({ ageMin: 50, ageMax: 88 }); const h1 = hospFor(pt.home, 2); const h2 = pick(hosps(pt.home, 3).filter((h) => h.id !== h1.id));
  const s1 = stay(pt, h1, key, rdate(), { los: ri(2, 3), dischargeMode: 'against_advice', admissionRoute: 'emergency' });
  const s2 = stay(pt, h2, key, add(s1.dis, ri(0, 1)), { admissionRoute: 'emergency' });
  emitSorted([[s1.c, sd(s1.c)], [s2.c, sd(s2.c)]]); return [[s1.c, s2.c]];
});
ctl('C11', '母婴同院：分娩住院与新生儿黄疸住院（新生儿参保、记出生体重）', (k) => {
  const mom = patient({ ageMin: 22, ageMax: 38, gender: 'F' }); const h = hospFor(mom.home, 2);
  const del = rdate('2025-01-10', '2026-05-01');
  const s = stay(mom, h, k % 2 ? 'vaginal' : 'caesar', del);
  const bw = ri(2600, 3900); const baby = patient({ age: 0, birthDate: del, special: 'newborn', birthWeightGrams: bw, ref: del, insuranceType: 'resident', home: mom.home });
  const adm = add(del, ri(2, 4)); const los = ri(3, 6); const b = new Bill(h.level);
  for (let i = 0; i < los; i++) { const d = add(adm, i); b.add('新生儿床位费', d, 1); b.add('新生儿护理', d, 1); b.add('住院诊查费', d, 1); }
  b.add('血常规(五分类)', adm, 1); b.add('肝功能(全套)', adm, 1); b.add('血型鉴定(ABO+Rh)', adm, 1);
  for (let i = 0; i < Math.min(3, los); i++) b.add('新生儿蓝光治疗', add(adm, i), ri(8, 16)); b.add('总胆红素测定', add(adm, 2), 1);
  const c2 = claim(baby, h, 'inpatient', { admissionDate: adm, dischargeDate: add(adm, los), dept: 'neonatology', dx: ['P59.901'], bill: b, admissionRoute: 'other' });
  emitSorted([[s.c, sd(s.c)], [c2, sd(c2)]]); return [[s.c, c2]];
});
ctl('C12', '跨年度住院按年度中途结算（12月31日/1月1日分段）', (k) => {
  const key = pick(['stroke', 'hipfx', 'copd', 'lumbar']);
  const pt = patient({ ageMin: 60, ageMax: 90 }); const h = hospFor(pt.home, 2);
  const adm = add('2025-12-31', -ri(8, 14)); const los1 = diff(adm, '2026-01-01');
  const s1 = stay(pt, h, key, adm, { los: los1 });
  const a2 = '2026-01-01'; const los2 = ri(5, 10); const b = new Bill(h.level);
  daily(b, a2, los2, 'Ⅱ级护理'); b.add('血常规(五分类)', add(a2, 2), 1);
  if (key === 'stroke' || key === 'hipfx') { for (let i = 0; i < los2; i++) b.add('运动疗法', add(a2, i), 2); b.add('康复评定', add(a2, los2 - 1), 1); drugDays(b, a2, key === 'stroke' ? '阿司匹林肠溶片' : '利伐沙班片', 0, los2 - 1, 1); drugDays(b, a2, '阿托伐他汀钙片', 0, los2 - 1, 1); drugDays(b, a2, '苯磺酸氨氯地平片', 0, los2 - 1, 1); if (key === 'stroke') { drugDays(b, a2, '血塞通软胶囊', 0, los2 - 1, 6); b.add('头颅CT平扫', add(a2, 3), 1); } else b.add('四肢X线摄影', add(a2, 3), 1); }
  else if (key === 'lumbar') { for (let i = 0; i < los2; i++) { b.add('针灸', add(a2, i), 1); b.add('推拿治疗', add(a2, i), 1); } drugDays(b, a2, '塞来昔布胶囊', 0, los2 - 1, 2); }
  else { drugDays(b, a2, '吸入用布地奈德混悬液', 0, los2 - 1, 2); drugDays(b, a2, '吸入用异丙托溴铵溶液', 0, los2 - 1, 2); drugDays(b, a2, '注射用头孢呋辛钠', 0, 3, 3); drugDays(b, a2, '氯化钠注射液', 0, 3, 2); infusionDays(b, a2, 0, 3, 2); b.add('血气分析', add(a2, 1), 1); for (let i = 0; i < los2; i++) { b.add('雾化吸入', add(a2, i), 2); b.add('吸氧', add(a2, i), 12); } }
  const c2 = claim(pt, h, 'inpatient', { admissionDate: a2, dischargeDate: add(a2, los2), dept: T[key].dept, doctor: s1.c.provider.doctorId, dx: T[key].dx, bill: b, admissionRoute: 'other' });
  emitSorted([[s1.c, sd(s1.c)], [c2, sd(c2)]]); return [[s1.c, c2]];
});
ctl('C13', '维持性血透患者：门诊透析与一次住院（住院期间透析在院内做）', (k) => {
  const pt = patient({ ageMin: 45, ageMax: 80, chronic: ['N18'] }); const h = hospFor(pt.home, 2);
  let d = rdate('2025-01-13', '2026-03-01'); const cs = [];
  const dial = (dd) => customVisit(pt, h, 'chronic', dd, 'nephrology', ['N18.500'], (b) => { b.add('血液透析', dd, 1); b.add('透析器', dd, 1); b.add('一次性使用血液透析管路', dd, 1); b.add('重组人促红素注射液', dd, 1); b.add('皮下注射', dd, 1); }, { noFee: true }).c;
  for (let i = 0; i < 3; i++) { cs.push(dial(d)); d = add(d, i % 3 === 2 ? 3 : 2); }
  const s = stay(pt, h, 'pneumonia', d, { dx: ['J18.900', 'N18.500'], los: 7, extra: (b, a, los) => { for (let i = 0; i < los; i += 2) { b.add('血液透析', add(a, i), 1); b.add('透析器', add(a, i), 1); b.add('一次性使用血液透析管路', add(a, i), 1); } } });
  cs.push(s.c); d = s.dis;
  for (let i = 0; i < 2; i++) { d = add(d, 2); cs.push(dial(d)); }
  for (const c of cs) emit(c); return [cs];
});
ctl('C14', '同日在两家医院就诊不同问题（牙科/眼科/皮肤科与慢病复诊）', (k) => {
  const pt = patient({ ageMin: 25, ageMax: 80 }); const d = rdate();
  const c1 = visit(pt, hospFor(pt.home, 3), pick(['htn', 'dm', 'gastritis']), d);
  const c2 = visit(pt, hospFor(pt.home, 1), pick(['dermatitis', 'rhinitis', 'pharyngitis']), d);
  emit(c1); emit(c2); return [[c1, c2]];
});
ctl('C15', '孕期系列产检（多家医院）后分娩住院', (k) => {
  const mom = patient({ ageMin: 22, ageMax: 38, gender: 'F' }); const h = hospFor(mom.home, 2); const h1 = pick(hosps(mom.home, 1));
  const del = rdate('2025-07-01', '2026-05-10'); const cs = [];
  for (const wk of [24, 16, 8, 2]) {
    const d = add(del, -wk * 7); const hh = wk >= 16 ? h1 : h;
    cs.push(customVisit(mom, hh, 'outpatient', d, 'obstetrics', ['Z34.900'], (b) => { b.add('产科B超', d, 1); b.add('血常规(五分类)', d, 1); b.add('尿常规', d, 1); if (wk <= 8) b.add('胎心监护', d, 1); if (wk === 24) b.add('空腹血糖测定', d, 1); }).c);
  }
  const s = stay(mom, h, k % 3 ? 'vaginal' : 'caesar', del); cs.push(s.c);
  for (const c of cs) emit(c); return [cs];
});
ctl('C16', '心衰反复加重：半年内三次住院，间隔均超过30天', (k) => {
  const pt = patient({ ageMin: 68, ageMax: 90 }); const h = hospFor(pt.home, 2);
  let a = rdate('2025-01-10', '2025-12-01'); const cs = [];
  for (let i = 0; i < 3; i++) { const s = stay(pt, h, 'hf', a, { admissionRoute: 'emergency' }); cs.push(s.c); a = add(s.dis, ri(35, 70)); }
  for (const c of cs) emit(c); return [cs];
});

// ======================= build =======================
for (const t of TYP) for (let k = 0; k < N; k++) {
  const [cs, tg, mut] = t.fn(k);
  label(`${t.code}-${String(k + 1).padStart(2, '0')}`, 'fraud', t.code, t.name, cs, tg, mut);
}
for (const t of CTL) for (let k = 0; k < N; k++) {
  const [cs] = t.fn(k);
  label(`${t.code}-${String(k + 1).padStart(2, '0')}`, 'control', t.code, t.name, cs, cs, {});
}
// routine: 100 claims: single stays/visits and members with 2-4 ordinary claims
let routineCount = 0; let rk = 0;
while (routineCount < 100) {
  rk++;
  const pt = patient({ ageMin: 3, ageMax: 88 });
  const cs = [];
  if (rk % 4 === 0 && routineCount <= 96) { // member history
    let d = rdate('2025-01-06', '2025-12-01'); const n = ri(2, 4);
    for (let i = 0; i < n && routineCount + cs.length < 100; i++) {
      if (i === 1 && rnd() < 0.4 && pt.age >= 18) { const key = pick(['gastro', 'uti', 'pneumonia', 'appy', 'hernia', 'cataract']); const s = stay(pt, hospFor(pt.home, T[key].min), key, d); cs.push(s.c); d = add(s.dis, ri(30, 90)); }
      else { cs.push(visit(pt, hospFor(pt.home, 1), pick(pt.age >= 18 ? ['htn', 'dm', 'gastritis', 'uri', 'backpain', 'dermatitis'] : ['uri', 'pharyngitis', 'dermatitis']), d)); d = add(d, ri(30, 100)); }
    }
  } else if (pt.age >= 18 && rnd() < 0.45) {
    const key = pick([...MED, ...SURG]); cs.push(stay(pt, hospFor(pt.home, T[key].min), key, rdate()).c);
  } else {
    cs.push(visit(pt, hospFor(pt.home, 1), pick(pt.age >= 18 ? Object.keys(OV) : ['uri', 'pharyngitis', 'dermatitis', 'rhinitis']), rdate()));
  }
  for (const c of cs) emit(c);
  routineCount += cs.length;
  label(`R-${String(rk).padStart(3, '0')}`, 'routine', 'R', 'routine', cs, cs, {});
}

// settlement order: case blocks interleaved by a deterministic shuffle of blocks while keeping order inside a member
// (claims were emitted in each case's settlement order; we interleave cases by their first settlement date)
const caseOf = new Map(); labels.forEach((l, i) => l.claimIds.forEach((id) => caseOf.set(id, i)));
const blocks = new Map();
for (const x of claims) { const ci = caseOf.get(x.c.claimId); if (!blocks.has(ci)) blocks.set(ci, []); blocks.get(ci).push(x.c); }
// global order by the settlement date of each claim while preserving intra-case order
const flat = [];
for (const [ci, list] of blocks) list.forEach((c, j) => flat.push({ c, ci, j, key: (sd(c)) }));
// keep within-case order: make key monotone inside a case
for (const [ci, list] of blocks) { let prev = ''; for (const f of flat.filter((f) => f.ci === ci)) { if (f.key < prev) f.key = prev; prev = f.key; } }
flat.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.ci - b.ci || a.j - b.j));
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), flat.map((f) => JSON.stringify(f.c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1));
console.error(`claims ${flat.length}, cases ${labels.length} (fraud ${labels.filter((l) => l.kind === 'fraud').length}, control ${labels.filter((l) => l.kind === 'control').length}, routine ${labels.filter((l) => l.kind === 'routine').length})`);
