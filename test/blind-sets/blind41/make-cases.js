'use strict';
// blind41: controls-heavy blind set in high-volume conditions. Plain Node 20, fixed seed.
// usage: node make-cases.js [outdir] [groups.ndjson]   (pass 2 fills reportedGroup.drg from the groups file)
const fs = require('fs');
const path = require('path');
const OUT = path.resolve(process.argv[2] || __dirname);
const GROUPS = process.argv[3];
const CATDIR = '/work/wt/base42/rules/catalogue';

// ---------- rng ----------
let seed = 41041041;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const r2 = (x) => Math.round(x * 100 + 1e-9) / 100;

// ---------- catalogue ----------
const CAT = {};
for (const f of ['drugs', 'services', 'consumables']) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f + '.json'), 'utf8')).rows) CAT[r.name] = r;
}
function row(name) { const r = CAT[name]; if (!r) throw new Error('no catalogue row ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
function rdate(from = '2025-01-06', to = '2026-02-20') { return add(from, ri(0, diff(from, to))); }

// ---------- hospitals ----------
const REG = ['220100', '230100', '370100', '510100', '420100', '320100'];
const H = {}; // by kind: L3, L2, L1 (community/township), V (village), P (pharmacy)
for (const rg of REG) {
  const mk = (n, level, kind) => { const h = { id: 'H' + rg + String(n).padStart(2, '0'), region: rg, level, kind }; (H[kind] = H[kind] || []).push(h); return h; };
  mk(1, 3, 'L3'); mk(2, 3, 'L3'); mk(3, 2, 'L2'); mk(4, 2, 'L2'); mk(5, 1, 'L1'); mk(6, 1, 'L1'); mk(7, 1, 'V'); mk(8, 1, 'V');
  for (const n of [91, 92]) { const h = { id: 'P' + rg + String(n).padStart(2, '0'), region: rg, level: 1, kind: 'P' }; (H.P = H.P || []).push(h); }
}
const hosp = (kind, region) => { const l = H[kind].filter((h) => !region || h.region === region); return pick(l); };
const doc = (h, dept) => 'D' + h.id.slice(1, 5) + String((dept.length * 7 + ri(0, 5)) % 60).padStart(2, '0') + h.id.slice(-2);

// ---------- patients ----------
let pseq = 0;
function patient({ ageMin = 30, ageMax = 80, sex, type, ageDays, on = '2025-06-01', enr } = {}) {
  pseq++;
  const gender = sex || (rnd() < 0.5 ? 'M' : 'F');
  let birth;
  if (ageDays !== undefined) birth = add(on, -ageDays);
  else { const age = ri(ageMin, ageMax); birth = add(on, -(age * 365 + ri(0, 300))); }
  const age = diff(birth, on) / 365.25;
  const insuranceType = type || (age < 18 || rnd() < 0.4 ? 'resident' : 'employee');
  const retired = insuranceType === 'employee' && age >= (gender === 'M' ? 60 : 55);
  const p = { insuredId: 'P41' + String(pseq).padStart(6, '0'), gender, birthDate: birth, retired, insuranceType,
    enrollment: Object.assign({ enrolledOn: insuranceType === 'resident' ? '2025-01-01' : add(birth, 22 * 365), inConcentratedPeriod: true, continuousYears: Math.max(1, Math.min(20, Math.floor(age) - 1)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: rnd() < 0.2, contributionYears: insuranceType === 'employee' ? Math.max(1, Math.min(40, Math.floor(age) - 22)) : 0, special: null }, enr || {}) };
  if (p.enrollment.enrolledOn > on) p.enrollment.enrolledOn = '2025-01-01';
  return p;
}
const ageAt = (p, d) => diff(p.birthDate, d) / 365.25;

// ---------- claims ----------
const seqs = {};
const ALL = [];
function claim({ p, h, dept, vt, adm, dis, date, dx, procs = [], route, dmode, extra }) {
  const key = h.id; seqs[key] = (seqs[key] || 0) + 1;
  const c = { claimId: `${h.region}-${h.id}-2025-${String(seqs[key]).padStart(6, '0')}`, region: h.region, insuranceType: p.insuranceType,
    visitType: vt, patient: { insuredId: p.insuredId, gender: p.gender, birthDate: p.birthDate, retired: p.retired },
    enrollment: JSON.parse(JSON.stringify(p.enrollment)), provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: doc(h, dept) } };
  if (p.chronic) c.enrollment.chronicDiseases = p.chronic.slice();
  if (p.birthWeightGrams) c.patient.birthWeightGrams = p.birthWeightGrams;
  if (vt === 'inpatient') { c.admissionDate = adm; c.dischargeDate = dis; c.admissionRoute = route || 'outpatient'; c.dischargeMode = dmode || 'ordered'; }
  else c.visitDate = date;
  c.diagnoses = dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = procs.map(([code, d]) => ({ code, date: d }));
  if (vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = [];
  if (extra) Object.assign(c, extra);
  const C = { c, h, p, n: 0 };
  C.add = (name, qty, d, o = {}) => {
    const r = row(name);
    const up = o.price !== undefined ? o.price : r2(r.priceCap[String(h.level)] * (o.pf || 1));
    C.n++;
    const it = { lineId: String(C.n), code: (r.products && r.products[0]) || r.code, name: r.name, category: r.category, date: d || c.admissionDate || c.visitDate, quantity: qty, unitPrice: up, amount: r2(qty * up) };
    if (o.lp) it.longPrescription = true;
    c.items.push(it); return it.lineId;
  };
  C.fin = () => fin(C);
  ALL.push(C);
  return C;
}
function fin(C) {
  const c = C.c;
  let total = 0, pol = 0;
  for (const it of c.items) { total += it.amount; const r = CAT[it.name]; if (r.class !== '丙') pol += it.amount * (1 - (r.selfPayShare || 0)); }
  total = r2(total); pol = r2(pol);
  const emp = c.insuranceType === 'employee', L = c.provider.level;
  let fund;
  if (c.visitType === 'inpatient') {
    const ded = emp ? { 1: 200, 2: 500, 3: 800 }[L] : { 1: 150, 2: 400, 3: 700 }[L];
    let ratio = emp ? { 1: 0.92, 2: 0.87, 3: 0.82 }[L] : { 1: 0.85, 2: 0.75, 3: 0.65 }[L];
    if (emp && c.patient.retired) ratio = Math.min(0.95, ratio + 0.03);
    fund = Math.min(Math.max(0, pol - ded) * ratio, emp ? 300000 : 200000);
  } else if (c.visitType === 'chronic') fund = pol * (emp ? 0.75 : 0.65);
  else if (c.visitType === 'pharmacy') fund = pol * 0.5;
  else fund = pol * (emp ? { 1: 0.7, 2: 0.6, 3: 0.5 }[L] : { 1: 0.6, 2: 0.5, 3: 0.4 }[L]);
  c.amounts = { total, policy: pol, fundClaimed: r2(fund) };
  return c;
}

// ---------- building blocks ----------
const days = (adm, dis) => { const a = []; for (let i = 0; i < diff(adm, dis); i++) a.push(add(adm, i)); return a; };
// bed, 诊查, nursing per day; sched: array of [grade, ndays] in order, last grade fills the rest
function stayBase(C, sched = [['Ⅱ级护理', 99]], bed = '普通病房床位费(三人间)') {
  const ds = days(C.c.admissionDate, C.c.dischargeDate);
  let k = 0; const ex = [];
  for (const [g, n] of sched) for (let j = 0; j < n && k < ds.length; j++) ex.push(g), k++;
  while (ex.length < ds.length) ex.push(sched[sched.length - 1][0]);
  ds.forEach((d, i) => { C.add(bed, 1, d); C.add('住院诊查费', 1, d); if (ex[i]) C.add(ex[i], 1, d); });
  return ds;
}
function labs(C, d, names) { for (const n of names) C.add(n, 1, d); }
const has = (C, n, d) => C.c.items.some((x) => x.name === n && x.date === d);
function once(C, n, d, q = 1) { if (!has(C, n, d)) return C.add(n, q, d); }
function bump(C, n, d, q) { const it = C.c.items.find((x) => x.name === n && x.date === d); if (!it) return C.add(n, q, d); it.quantity += q; it.amount = r2(it.quantity * it.unitPrice); return it.lineId; }
const ADM_LABS = ['血常规(五分类)', '尿常规', '大便常规+隐血', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '空腹血糖测定', '凝血四项', '常规心电图检查'];
// IV drugs for a day: list of [name, qty]; groups = number of infusion groups
function ivDay(C, d, drugs, groups) {
  for (const [n, q] of drugs) C.add(n, q, d);
  const g = groups || drugs.length;
  if (C.p && ageAt(C.p, d) <= 6 && C.kid) C.add('小儿头皮静脉输液', 1, d); else C.add('静脉输液(第一组)', 1, d);
  if (g > 1) C.add('静脉输液(每增加一组)', g - 1, d);
  C.add('一次性使用输液器', g, d); C.add('一次性使用输液贴', 2, d);
}
function oral(C, d, name, qty, o) { return C.add(name, qty, d, o); }

// ---------- condition templates (inpatient) ----------
function pneumoniaStay(C, { los, abx = 'ceftriaxone', old = false, ct = true }) {
  const a = C.c.admissionDate; const ds = stayBase(C, old ? [['Ⅰ级护理', 3], ['Ⅱ级护理', 99]] : [['Ⅱ级护理', 99]]);
  labs(C, a, ADM_LABS.concat(['C反应蛋白测定', '细菌培养及药敏']));
  if (C.h.level >= 2) C.add('降钙素原测定', 1, a);
  C.add(ct ? '胸部CT平扫' : '胸部X线摄影(正侧位)', 1, a);
  C.add('留置针' in CAT ? '留置针' : '一次性使用静脉留置针', 1, a); C.add('静脉留置针置管', 1, a);
  const ivd = ds.slice(0, Math.min(ds.length, los - 1));
  ivd.forEach((d, i) => {
    const drugs = abx === 'ceftriaxone' ? [['注射用头孢曲松钠', 2], ['氯化钠注射液', 1]] : [['注射用头孢呋辛钠', 3], ['氯化钠注射液', 3]];
    if (i < 5 && C.h.level >= 1) drugs.push(['盐酸氨溴索注射液', 2]);
    ivDay(C, d, drugs, abx === 'ceftriaxone' ? 2 : 3);
    if (i < 3) C.add('吸氧', ri(8, 14), d);
    if (i < 5) { C.add('雾化吸入', 2, d); C.add('吸入用异丙托溴铵溶液', 2, d); }
  });
  C.add('一次性使用吸氧管', 1, a); C.add('一次性使用雾化器', 1, a);
  labs(C, ds[Math.min(3, ds.length - 1)], ['血常规(五分类)', 'C反应蛋白测定']);
  C.add('阿奇霉素片', 3, ds[ds.length - 1]);
  return ds;
}
function copdStay(C, { los }) {
  const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅰ级护理', 2], ['Ⅱ级护理', 99]]);
  labs(C, a, ADM_LABS.concat(['C反应蛋白测定', '血气分析', 'B型钠尿肽(BNP)测定']));
  C.add('胸部CT平扫', 1, a); C.add('一次性使用静脉留置针', 1, a); C.add('静脉留置针置管', 1, a);
  ds.forEach((d, i) => {
    if (i < los - 1) ivDay(C, d, [['注射用头孢呋辛钠', 3], ['氯化钠注射液', 3], ...(i < 5 ? [['注射用甲泼尼龙琥珀酸钠', 1], ['多索茶碱注射液', 2]] : [])], i < 5 ? 4 : 3);
    C.add('雾化吸入', 2, d); C.add('吸入用布地奈德混悬液', 2, d); C.add('吸入用异丙托溴铵溶液', 2, d);
    C.add('吸氧', ri(10, 16), d);
  });
  C.add('一次性使用吸氧管', 1, a); C.add('一次性使用雾化器', 1, a);
  labs(C, ds[2], ['血气分析', '电解质(四项)']);
  C.add('噻托溴铵粉吸入剂', 1, ds[ds.length - 1]);
  return ds;
}
function hfStay(C, { los }) {
  const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅰ级护理', 3], ['Ⅱ级护理', 99]]);
  labs(C, a, ADM_LABS.concat(['B型钠尿肽(BNP)测定', '肌钙蛋白I测定', '血脂(四项)']));
  C.add('胸部X线摄影(正侧位)', 1, a); C.add('心脏彩色多普勒超声', 1, ds[1]);
  ds.forEach((d, i) => {
    if (i < 3) { C.add('呋塞米注射液', 2, d); C.add('静脉注射', 2, d); C.add('一次性使用注射器(5ml)', 2, d); C.add('心电监测', 24, d); C.add('心电电极片', 5, d); C.add('吸氧', 12, d); }
    else C.add('呋塞米片', 1, d);
    C.add('螺内酯片', 1, d); C.add('琥珀酸美托洛尔缓释片', 1, d); C.add('沙库巴曲缬沙坦钠片', 2, d);
  });
  C.add('一次性使用吸氧管', 1, a);
  labs(C, ds[3 < ds.length ? 3 : ds.length - 1], ['电解质(四项)', '肾功能(三项)']);
  return ds;
}
function strokeStay(C, { los }) {
  const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅰ级护理', 4], ['Ⅱ级护理', 99]]);
  labs(C, a, ADM_LABS.concat(['血脂(四项)', '糖化血红蛋白测定'].filter((n) => n !== '糖化血红蛋白测定' || C.c.diagnoses.some((x) => x.code.startsWith('E11')))));
  C.add('头颅CT平扫', 1, a); if (C.h.level >= 2) C.add('头颅MRI平扫', 1, ds[1]);
  C.add('颈部血管彩色多普勒超声', 1, ds[1]); C.add('心脏彩色多普勒超声', 1, ds[2]);
  const edv = Math.min(los - 1, ri(10, 14));
  ds.forEach((d, i) => {
    if (i < edv && C.h.level >= 2) ivDay(C, d, [['依达拉奉注射液', 2], ['氯化钠注射液', 2]], 2);
    else if (i < edv) ivDay(C, d, [['胞磷胆碱钠注射液', 2], ['氯化钠注射液', 1]], 1);
    C.add('阿司匹林肠溶片', 1, d); if (i < 21) C.add('硫酸氢氯吡格雷片', 1, d); C.add('阿托伐他汀钙片', 2, d);
  });
  C.add('康复评定', 1, ds[2]); ds.slice(3).forEach((d) => C.add('运动疗法', 1, d));
  return ds;
}
function anginaPciStay(C, { los, stents = 1 }) {
  const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅰ级护理', 2], ['Ⅱ级护理', 99]]);
  labs(C, a, ADM_LABS.concat(['心肌酶谱', '肌钙蛋白I测定', '血脂(四项)', '术前八项(感染筛查)']));
  C.add('心脏彩色多普勒超声', 1, a); C.add('胸部X线摄影(正侧位)', 1, a);
  const op = ds[1];
  C.add('经皮冠状动脉支架置入术', 1, op); C.add('冠状动脉药物洗脱支架', stents, op); /* angiography lies within the stent item (price 内涵); coded 88.56 only */
  C.add('冠状动脉球囊扩张导管', stents, op); C.add('导引导丝', 1, op); C.add('血管鞘组', 1, op); C.add('冠脉造影导管', 2, op);
  C.add('局部浸润麻醉', 1, op); C.add('盐酸利多卡因注射液', 2, op); C.add('心电监测', 24, op); C.add('心电电极片', 5, op);
  labs(C, ds[2], ['肌钙蛋白I测定', '肾功能(三项)']);
  ds.forEach((d) => { C.add('阿司匹林肠溶片', 1, d); C.add('替格瑞洛片', 2, d); C.add('阿托伐他汀钙片', 2, d); C.add('琥珀酸美托洛尔缓释片', 1, d); });
  return ds;
}
function anaesGA(C, d, h) { C.add('全身麻醉', h, d); C.add('丙泊酚中/长链脂肪乳注射液', 2, d); C.add('枸橼酸芬太尼注射液', 2, d); C.add('注射用维库溴铵', 1, d); C.add('一次性气管插管', 1, d); }
function hipStay(C, { los, old = false }) {
  const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅰ级护理', old ? 99 : 6], ['Ⅱ级护理', 99]]);
  labs(C, a, ADM_LABS.concat(['术前八项(感染筛查)', '血型鉴定(ABO+Rh)', 'D-二聚体测定']));
  C.add('四肢X线摄影', 1, a); C.add('胸部X线摄影(正侧位)', 1, a); C.add('下肢血管彩色多普勒超声', 1, a); C.add('心脏彩色多普勒超声', 1, ds[1]);
  const op = ds[2];
  C.add('人工股骨头置换术', 1, op); C.add('人工股骨头假体', 1, op); C.add('椎管内麻醉', 1, op); C.add('一次性使用麻醉穿刺包', 1, op); C.add('盐酸罗哌卡因注射液', 1, op);
  C.add('一次性手术衣及铺单包', 1, op); C.add('一次性电刀笔', 1, op); C.add('可吸收缝线', 3, op); C.add('一次性负压引流器', 1, op);
  C.add('导尿', 1, op); C.add('一次性使用导尿包', 1, op);
  [op, ds[3]].forEach((d) => ivDay(C, d, [['注射用头孢呋辛钠', 2], ['氯化钠注射液', 2]], 2));
  ds.slice(1, 1 + Math.min(14, ds.length - 1)).forEach((d) => { C.add('低分子量肝素钙注射液', 1, d); C.add('皮下注射', 1, d); });
  ds.slice(2).forEach((d) => C.add('塞来昔布胶囊', 2, d));
  labs(C, ds[3], ['血常规(五分类)', '电解质(四项)']); C.add('四肢X线摄影', 1, ds[4]);
  [ds[4], ds[7] || ds[ds.length - 1]].forEach((d) => { C.add('换药(中)', 1, d); C.add('一次性使用换药包', 1, d); });
  C.add('康复评定', 1, ds[4]); ds.slice(5).forEach((d) => C.add('运动疗法', 1, d));
  return { ds, op };
}
function wristStay(C, { los }) {
  const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅱ级护理', 99]]);
  labs(C, a, ADM_LABS.concat(['术前八项(感染筛查)', '血型鉴定(ABO+Rh)'])); C.add('四肢X线摄影', 1, a); C.add('胸部X线摄影(正侧位)', 1, a);
  const op = ds[1]; const sc = ri(5, 8);
  C.add('骨折切开复位内固定术', 1, op); C.add('接骨板', 1, op); C.add('骨科螺钉', sc, op); anaesGA(C, op, ri(1, 2));
  C.add('一次性手术衣及铺单包', 1, op); C.add('可吸收缝线', 2, op);
  ivDay(C, op, [['注射用头孢呋辛钠', 2], ['氯化钠注射液', 2]], 2);
  C.add('四肢X线摄影', 1, ds[2]); ds.slice(1).forEach((d) => C.add('塞来昔布胶囊', 2, d));
  C.add('换药(小)', 1, ds[2]); C.add('一次性使用换药包', 1, ds[2]);
  return { ds, op, sc };
}
function appStay(C, { lap = true }) {
  const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅰ级护理', 2], ['Ⅱ级护理', 99]]);
  labs(C, a, ADM_LABS.concat(['C反应蛋白测定', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)'])); C.add('腹部B超', 1, a);
  if (C.p.gender === 'F' && ageAt(C.p, a) < 50) C.add('人绒毛膜促性腺激素(β-HCG)测定', 1, a);
  const op = a;
  C.add(lap ? '腹腔镜下阑尾切除术' : '阑尾切除术', 1, op); anaesGA(C, op, ri(1, 2));
  if (lap) { C.add('一次性腹腔镜穿刺器', 1, op); C.add('止血夹(结扎夹)', ri(2, 3), op); }
  C.add('一次性手术衣及铺单包', 1, op); C.add('可吸收缝线', 2, op);
  ds.slice(0, 3).forEach((d) => ivDay(C, d, [['注射用头孢呋辛钠', 3], ['甲硝唑氯化钠注射液', 2], ['葡萄糖氯化钠注射液', 2]], 4));
  C.add('换药(小)', 1, ds[2]); C.add('一次性使用换药包', 1, ds[2]); labs(C, ds[2], ['血常规(五分类)']);
  return { ds, op };
}
function choleStay(C, {}) {
  const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅱ级护理', 99]]);
  labs(C, a, ADM_LABS.concat(['术前八项(感染筛查)', '血型鉴定(ABO+Rh)'])); C.add('腹部B超', 1, a); C.add('胸部X线摄影(正侧位)', 1, a);
  const op = ds[1];
  C.add('腹腔镜下胆囊切除术', 1, op); anaesGA(C, op, 2); C.add('一次性腹腔镜穿刺器', 1, op); C.add('止血夹(结扎夹)', ri(3, 6), op);
  C.add('一次性手术衣及铺单包', 1, op); C.add('可吸收缝线', 2, op); C.add('一次性电刀笔', 1, op);
  ivDay(C, op, [['注射用头孢呋辛钠', 2], ['葡萄糖氯化钠注射液', 2]], 3); ivDay(C, ds[2], [['葡萄糖氯化钠注射液', 2], ['氯化钾注射液', 2]], 2);
  labs(C, ds[2], ['肝功能(全套)', '血常规(五分类)']); C.add('换药(小)', 1, ds[2]); C.add('一次性使用换药包', 1, ds[2]);
  return { ds, op };
}
function vagBirth(C, { epis = true }) {
  const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅱ级护理', 99]]);
  labs(C, a, ['血常规(五分类)', '尿常规', '凝血四项', '肝功能(全套)', '肾功能(三项)', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)']);
  C.add('产科B超', 1, a); C.add('胎心监护', 2, a);
  const bd = ds[Math.min(1, ds.length - 1)];
  C.add('阴道分娩接生', 1, bd); C.add('一次性产包', 1, bd); C.add('缩宫素注射液', 2, bd); C.add('肌肉注射', 1, bd); C.add('胎心监护', 1, bd);
  if (epis) { C.add('可吸收缝线', 1, bd); C.add('局部浸润麻醉', 1, bd); C.add('盐酸利多卡因注射液', 2, bd); }
  labs(C, ds[ds.length - 1], ['血常规(五分类)']);
  return { ds, bd };
}
function csStay(C, {}) {
  const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅰ级护理', 2], ['Ⅱ级护理', 99]]);
  labs(C, a, ['血常规(五分类)', '尿常规', '凝血四项', '肝功能(全套)', '肾功能(三项)', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '常规心电图检查']);
  C.add('产科B超', 1, a); C.add('胎心监护', 2, a);
  const op = ds[1];
  C.add('剖宫产术', 1, op); C.add('椎管内麻醉', 1, op); C.add('一次性使用麻醉穿刺包', 1, op); C.add('盐酸罗哌卡因注射液', 1, op);
  C.add('一次性手术衣及铺单包', 1, op); C.add('可吸收缝线', 3, op); C.add('缩宫素注射液', 4, op); C.add('导尿', 1, op); C.add('一次性使用导尿包', 1, op);
  ivDay(C, op, [['注射用头孢呋辛钠', 1], ['氯化钠注射液', 2], ['复方氯化钠注射液', 2]], 3);
  ivDay(C, ds[2], [['葡萄糖氯化钠注射液', 2], ['缩宫素注射液', 2]], 2);
  labs(C, ds[2], ['血常规(五分类)']); C.add('换药(中)', 1, ds[3] || ds[2]); C.add('一次性使用换药包', 1, ds[3] || ds[2]);
  ds.slice(2).forEach((d) => C.add('布洛芬缓释胶囊', 2, d)); if (ds[5]) { C.add('换药(中)', 1, ds[5]); C.add('一次性使用换药包', 1, ds[5]); }
  return { ds, op };
}
function cataractStay(C) {
  const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅱ级护理', 99]]);
  labs(C, a, ['血常规(五分类)', '凝血四项', '空腹血糖测定', '术前八项(感染筛查)', '常规心电图检查']);
  C.add('眼科A超(生物测量)', 1, a); C.add('裂隙灯检查', 1, a); C.add('眼底检查', 1, a);
  const op = ds[ds.length > 1 ? 1 : 0];
  C.add('白内障超声乳化摘除+人工晶体植入术', 1, op); C.add('人工晶状体', 1, op); C.add('眼科粘弹剂', 1, op); C.add('局部浸润麻醉', 1, op);
  C.add('左氧氟沙星滴眼液', 1, op); C.add('妥布霉素地塞米松滴眼液', 1, op); if (ds[ds.length - 1] !== a) C.add('裂隙灯检查', 1, ds[ds.length - 1]);
  return { ds, op };
}
function bronchiolitisStay(C) {
  C.kid = true; const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅱ级护理', 99]]);
  labs(C, a, ['血常规(五分类)', 'C反应蛋白测定', '尿常规', '大便常规+隐血', '电解质(四项)', '肝功能(全套)']); C.add('胸部X线摄影(正侧位)', 1, a);
  ds.forEach((d, i) => { C.add('雾化吸入', 3, d); C.add('吸入用布地奈德混悬液', 2, d); C.add('吸入用异丙托溴铵溶液', 2, d); if (i < 2) C.add('吸氧', ri(8, 16), d); if (i < 3) ivDay(C, d, [['葡萄糖氯化钠注射液', 1]], 1); });
  C.add('一次性使用雾化器', 1, a); C.add('一次性使用吸氧管', 1, a); C.add('小儿对乙酰氨基酚颗粒', 3, a);
  return ds;
}
function geStayKid(C) {
  C.kid = true; const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅱ级护理', 99]]);
  labs(C, a, ['血常规(五分类)', 'C反应蛋白测定', '大便常规+隐血', '电解质(四项)', '尿常规', '肾功能(三项)']);
  ds.forEach((d, i) => { if (i < 3) ivDay(C, d, [['葡萄糖氯化钠注射液', 2], ['氯化钾注射液', 1]], 2); C.add('蒙脱石散', 3, d); C.add('双歧杆菌三联活菌胶囊', 3, d); });
  labs(C, ds[1], ['电解质(四项)']);
  return ds;
}
function utiStay(C, { abx = 'ceftriaxone' }) {
  const a = C.c.admissionDate; const ds = stayBase(C, [['Ⅱ级护理', 99]]);
  labs(C, a, ADM_LABS.concat(['C反应蛋白测定', '细菌培养及药敏'])); C.add('泌尿系B超', 1, a);
  ds.forEach((d, i) => { if (i < ds.length - 1) ivDay(C, d, abx === 'ceftriaxone' ? [['注射用头孢曲松钠', 2], ['氯化钠注射液', 1]] : [['左氧氟沙星氯化钠注射液', 1]], 1); });
  labs(C, ds[Math.min(3, ds.length - 1)], ['尿常规', '血常规(五分类)']);
  return ds;
}

// ---------- outpatient / chronic / pharmacy ----------
function visitFee(C, d, h, opts = {}) {
  if (h.kind === 'V' || h.kind === 'L1') return C.add('一般诊疗费', 1, d);
  if (opts.chronic) return C.add('门诊慢特病管理诊查费', 1, d);
  return C.add(opts.senior ? '副主任医师门诊诊察费' : '普通门诊诊察费', 1, d);
}
const CHRONIC_DRUGS = {
  htn: [['苯磺酸氨氯地平片', 1], ['缬沙坦胶囊', 1], ['硝苯地平控释片', 1], ['厄贝沙坦片', 1], ['氯沙坦钾片', 1]],
  dm: [['盐酸二甲双胍片', 3], ['格列美脲片', 1], ['阿卡波糖片', 3], ['磷酸西格列汀片', 1]],
  chd: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['单硝酸异山梨酯缓释片', 1], ['瑞舒伐他汀钙片', 1]],
  copd: [['噻托溴铵粉吸入剂', 0.035], ['布地奈德福莫特罗吸入粉雾剂', 1 / 30]],
};
function chronicRx(C, d, kinds, dayz, o = {}) {
  const ids = [];
  for (const k of kinds) for (const [n, pd] of CHRONIC_DRUGS[k].slice(0, k === 'copd' ? 1 : 2)) ids.push(C.add(n, Math.max(1, Math.ceil(pd * dayz)), d, o));
  return ids;
}
const DX = { htn: 'I10.x00x002', dm: 'E11.900', chd: 'I25.103', copd: 'J44.900' };

// ---------- cases ----------
const LABELS = [];
function caseOf(kind, code, name, idx, fn) {
  const before = ALL.length;
  const r = fn(idx) || {};
  const cl = ALL.slice(before).map((C) => C.c);
  cl.forEach((c) => c.amounts || fin(ALL.find((x) => x.c === c)));
  const ids = cl.map((c) => c.claimId);
  const targets = kind === 'fraud' ? (r.targets || ids) : ids;
  LABELS.push({ caseId: `${code}-${String(idx + 1).padStart(2, '0')}`, kind, code, name, claimIds: ids, targets: targets.map((t) => (typeof t === 'string' ? t : t.claimId)), mutatedLines: r.mutated || {} });
}
const mut = (m, c, ids) => { m[c.claimId] = (m[c.claimId] || []).concat(ids); };
const dxPick = (a) => pick(a);
const PNEU = ['J18.900', 'J18.000', 'J15.000x002', 'J18.903'];

// generic stay makers for variety
const STAYS = {
  pneu: (p, h, adm, o = {}) => { const los = o.los || ri(6, 10); const C = claim({ p, h, dept: 'respiratory', vt: 'inpatient', adm, dis: add(adm, los), dx: [o.dx0 || dxPick(['J18.900', 'J18.000']), ...(o.dx || [])], route: o.route || 'emergency' }); const ds = pneumoniaStay(C, { los, old: ageAt(p, adm) > 75 }); return { C, ds }; },
  copd: (p, h, adm, o = {}) => { const los = o.los || ri(7, 11); const C = claim({ p, h, dept: 'respiratory', vt: 'inpatient', adm, dis: add(adm, los), dx: ['J44.100', ...(o.dx || [])], route: 'emergency' }); const ds = copdStay(C, { los }); return { C, ds }; },
  hf: (p, h, adm, o = {}) => { const los = o.los || ri(7, 10); const C = claim({ p, h, dept: 'cardiology', vt: 'inpatient', adm, dis: add(adm, los), dx: [pick(['I50.900x008', 'I50.000', 'I50.100x006']), 'I10.x00x002', ...(o.dx || [])], route: 'emergency' }); const ds = hfStay(C, { los }); return { C, ds }; },
  stroke: (p, h, adm, o = {}) => { const los = o.los || ri(10, 14); const C = claim({ p, h, dept: 'neurology', vt: 'inpatient', adm, dis: add(adm, los), dx: [pick(['I63.900', 'I63.906', 'I63.500']), 'I10.x00x002', ...(o.dx || [])], route: 'emergency' }); const ds = strokeStay(C, { los }); return { C, ds }; },
  pci: (p, h, adm, o = {}) => { const los = o.los || ri(4, 6); const C = claim({ p, h, dept: 'cardiology', vt: 'inpatient', adm, dis: add(adm, los), dx: [pick(['I20.000', 'I20.003', 'I25.103']), 'I25.103', ...(o.dx || [])], procs: [['88.5600', add(adm, 1)], ['36.0700', add(adm, 1)], ['00.4000', add(adm, 1)], ['00.4500', add(adm, 1)]] }); if (C.c.diagnoses[0].code === 'I25.103') C.c.diagnoses.splice(1, 1); const ds = anginaPciStay(C, { los }); return { C, ds }; },
  hip: (p, h, adm, o = {}) => { const los = o.los || ri(9, 13); const C = claim({ p, h, dept: 'orthopaedics', vt: 'inpatient', adm, dis: add(adm, los), dx: [pick(['S72.000', 'S72.000x031', 'S72.000x041']), ...(o.dx || [])], procs: [['81.5201', add(adm, 2)]], route: 'emergency' }); const r = hipStay(C, { los, old: o.old }); return { C, ds: r.ds }; },
  wrist: (p, h, adm, o = {}) => { const los = o.los || ri(4, 6); const C = claim({ p, h, dept: 'orthopaedics', vt: 'inpatient', adm, dis: add(adm, los), dx: [pick(['S52.500x001', 'S52.500x011', 'S52.600x002']), ...(o.dx || [])], procs: [['79.3200x011', add(adm, 1)]], route: 'emergency' }); const r = wristStay(C, { los }); return { C, ds: r.ds }; },
  app: (p, h, adm, o = {}) => { const los = o.los || ri(3, 5); const C = claim({ p, h, dept: 'general_surgery', vt: 'inpatient', adm, dis: add(adm, los), dx: [o.dx0 || 'K35.800x001', ...(o.dx || [])], procs: [['47.0100', adm]], route: 'emergency' }); const r = appStay(C, {}); return { C, ds: r.ds }; },
  chole: (p, h, adm, o = {}) => { const los = o.los || ri(3, 4); const C = claim({ p, h, dept: 'general_surgery', vt: 'inpatient', adm, dis: add(adm, los), dx: [o.dx0 || pick(['K80.100x001', 'K80.101', 'K80.200x003']), ...(o.dx || [])], procs: [['51.2300', add(adm, 1)]] }); const r = choleStay(C, {}); return { C, ds: r.ds }; },
  vag: (p, h, adm, o = {}) => { const los = o.los || ri(2, 4); const C = claim({ p, h, dept: 'obstetrics', vt: 'inpatient', adm, dis: add(adm, los), dx: ['O80.000', ...(o.dx || []), 'Z37.000'], procs: [['73.6x01', add(adm, 1)]], route: 'emergency' }); const r = vagBirth(C, {}); return { C, ds: r.ds }; },
  cs: (p, h, adm, o = {}) => { const los = o.los || ri(4, 6); const C = claim({ p, h, dept: 'obstetrics', vt: 'inpatient', adm, dis: add(adm, los), dx: [o.dx0 || 'O82.000', o.ind || pick(['O34.200x002', 'O32.101']), ...(o.dx || []), 'Z37.000'], procs: [['74.1x01', add(adm, 1)]] }); const r = csStay(C, {}); return { C, ds: r.ds }; },
  cat: (p, h, adm, o = {}) => { const los = o.los || ri(1, 3); const C = claim({ p, h, dept: 'ophthalmology', vt: 'inpatient', adm, dis: add(adm, los), dx: [pick(['H25.100', 'H25.900']), ...(o.dx || [])], procs: [['13.4100x001', add(adm, los > 1 ? 1 : 0)], ['13.7000', add(adm, los > 1 ? 1 : 0)]] }); const r = cataractStay(C); return { C, ds: r.ds }; },
  bronch: (p, h, adm, o = {}) => { const los = o.los || ri(4, 6); const C = claim({ p, h, dept: 'paediatrics', vt: 'inpatient', adm, dis: add(adm, los), dx: [pick(['J21.000', 'J21.900']), ...(o.dx || [])], route: 'emergency' }); const ds = bronchiolitisStay(C); return { C, ds }; },
  ge: (p, h, adm, o = {}) => { const los = o.los || ri(3, 5); const C = claim({ p, h, dept: 'paediatrics', vt: 'inpatient', adm, dis: add(adm, los), dx: [pick(['A08.000', 'A09.001']), 'E86.x01', ...(o.dx || [])], route: 'emergency' }); const ds = geStayKid(C); return { C, ds }; },
  uti: (p, h, adm, o = {}) => { const los = o.los || ri(5, 8); const C = claim({ p, h, dept: pick(['nephrology', 'urology', 'internal_medicine']), vt: 'inpatient', adm, dis: add(adm, los), dx: [pick(['N10.x02', 'N39.000']), ...(o.dx || [])] }); const ds = utiStay(C, { abx: p.gender === 'F' && ageAt(p, adm) > 18 && rnd() < 0.4 ? 'levo' : 'ceftriaxone' }); return { C, ds }; },
};
const ADULT = { pneu: [55, 88], copd: [58, 86], hf: [60, 90], stroke: [52, 85], pci: [48, 80], hip: [68, 92], wrist: [50, 80], app: [18, 65], chole: [35, 75], vag: [22, 38], cs: [24, 41], cat: [58, 85], bronch: [0, 1], ge: [1, 5], uti: [25, 80] };
const LVL = { pneu: ['L1', 'L2', 'L3'], copd: ['L1', 'L2', 'L3'], hf: ['L2', 'L3'], stroke: ['L2', 'L3'], pci: ['L3'], hip: ['L2', 'L3'], wrist: ['L1', 'L2', 'L3'], app: ['L1', 'L2', 'L3'], chole: ['L2', 'L3'], vag: ['L1', 'L2', 'L3'], cs: ['L2', 'L3'], cat: ['L2', 'L3'], bronch: ['L2', 'L3'], ge: ['L1', 'L2', 'L3'], uti: ['L1', 'L2', 'L3'] };
function pstay(kind, o = {}) {
  const [a0, a1] = ADULT[kind]; const adm = o.adm || rdate();
  const sex = kind === 'vag' || kind === 'cs' ? 'F' : o.sex;
  const p = o.p || (kind === 'bronch' ? patient({ ageDays: ri(40, 330), on: adm, type: 'resident' }) : kind === 'ge' ? patient({ ageMin: 1, ageMax: 4, on: adm, type: 'resident' }) : patient({ ageMin: a0, ageMax: a1, sex, on: adm }));
  const h = o.h || hosp(pick(o.lv || LVL[kind]));
  const r = STAYS[kind](p, h, adm, o); r.p = p; r.h = h; r.adm = adm; return r;
}
function opVisit(kindKey, o = {}) {
  const d = o.date || rdate(); const p = o.p || patient({ ageMin: 40, ageMax: 82, on: d }); const h = o.h || hosp(pick(['L1', 'L2', 'L3', 'V']));
  const C = claim({ p, h, dept: o.dept || 'internal_medicine', vt: o.vt || 'outpatient', date: d, dx: o.dx || [DX[kindKey]] });
  visitFee(C, d, h, { chronic: o.vt === 'chronic' }); return { C, p, h, d };
}

// ================= FRAUD TYPOLOGIES =================
const FR = [];
// T01 高套病组: MCC/CC added that the bill does not support
FR.push(['T01', '高套病组：虚增并发症/合并症编码（无对应诊疗）', (i) => {
  // only conditions whose ADRG splits by MCC/CC (a no-split group such as IC29/HC29/OC19 would gain nothing)
  const v = [['pneu', ['J96.000', 'E87.100']], ['hf', ['N17.900', 'J96.000']], ['copd', ['J96.000', 'I50.000']], ['app', ['K65.001', 'A41.900']], ['stroke', ['J69.000', 'N17.900']], ['uti', ['A41.501']], ['wrist', ['I26.900x001']], ['pneu', ['A41.900', 'N17.900']], ['hf', ['J18.900', 'E87.100']], ['ge', ['E87.200', 'R57.100']]][i % 10];
  const r = pstay(v[0]);
  const extra = v[1].filter(Boolean);
  const dx = r.C.c.diagnoses; const last = dx[dx.length - 1];
  const ins = dx.length;
  extra.forEach((e, k) => dx.splice(ins + k, 0, { code: e }));
  return {};
}]);
// T02 分解住院: same hospital, same disease, readmitted 1–7 days later
FR.push(['T02', '分解住院：同院同病出院后1–7天再入院', (i) => {
  const kind = ['pneu', 'copd', 'hf', 'stroke', 'uti'][i % 5];
  const r1 = pstay(kind, { los: ri(5, 7) });
  const adm2 = add(r1.C.c.dischargeDate, ri(1, 7));
  const r2 = pstay(kind, { p: r1.p, h: r1.h, adm: adm2, los: ri(4, 7) });
  r2.C.c.diagnoses[0].code = r1.C.c.diagnoses[0].code;
  r2.C.c.admissionRoute = 'outpatient';
  return { targets: [r2.C.c] };
}]);
// T03 低标准入院: mild conditions admitted with oral drugs / normal labs
FR.push(['T03', '低标准入院：可门诊治疗的轻症收住院', (i) => {
  const adm = rdate(); const kind = i % 3;
  if (kind === 0) { // toddler mild diarrhoea, no dehydration, oral only
    const p = patient({ ageMin: 1, ageMax: 5, on: adm, type: 'resident' }); const h = hosp(pick(['L1', 'L2'])); const los = ri(3, 5);
    const C = claim({ p, h, dept: 'paediatrics', vt: 'inpatient', adm, dis: add(adm, los), dx: [pick(['K52.904', 'A09.004'])] });
    const ds = stayBase(C, [['Ⅲ级护理', 99]]); labs(C, adm, ['血常规(五分类)', '大便常规+隐血', 'C反应蛋白测定']);
    ds.forEach((d) => { C.add('蒙脱石散', 3, d); C.add('双歧杆菌三联活菌胶囊', 3, d); });
  } else if (kind === 1) { // young woman cystitis, oral antibiotic
    const p = patient({ ageMin: 20, ageMax: 45, sex: 'F', on: adm }); const h = hosp(pick(['L1', 'L2'])); const los = ri(4, 6);
    const C = claim({ p, h, dept: 'internal_medicine', vt: 'inpatient', adm, dis: add(adm, los), dx: ['N30.000'] });
    const ds = stayBase(C, [['Ⅲ级护理', 99]]); labs(C, adm, ['血常规(五分类)', '尿常规', '肾功能(三项)']); C.add('泌尿系B超', 1, adm);
    ds.forEach((d) => C.add('左氧氟沙星片', 1, d));
  } else { // mechanical low back pain, oral NSAID + massage
    const p = patient({ ageMin: 30, ageMax: 60, on: adm }); const h = hosp(pick(['L1', 'L2'])); const los = ri(5, 8);
    const C = claim({ p, h, dept: 'rehabilitation', vt: 'inpatient', adm, dis: add(adm, los), dx: [pick(['M54.505', 'M54.502'])] });
    const ds = stayBase(C, [['Ⅲ级护理', 99]]); labs(C, adm, ['血常规(五分类)', '尿常规']); C.add('腰椎X线摄影', 1, adm);
    ds.forEach((d) => { C.add('双氯芬酸钠缓释片', 1, d); C.add('推拿治疗', 1, d); });
  }
  return {};
}]);
// T04 超频次检验: biomarkers repeated daily without change in condition
FR.push(['T04', '超频次检验：稳定病程中每日重复生物标志物', (i) => {
  const m = {}; const v = i % 4;
  const kind = ['pneu', 'hf', 'pci', 'uti'][v];
  const r = pstay(kind, { lv: ['L2', 'L3'] });
  const tests = [['降钙素原测定', 'C反应蛋白测定'], ['B型钠尿肽(BNP)测定'], ['肌钙蛋白I测定', '心肌酶谱'], ['降钙素原测定', '细菌培养及药敏']][v];
  const ids = [];
  r.ds.slice(1).forEach((d) => tests.forEach((t) => ids.push(r.C.add(t, 1, d))));
  mut(m, r.C.c, ids); return { mutated: m };
}]);
// T05 重复收费: mutually exclusive pairs the same day
FR.push(['T05', '重复收费：同日收取互斥项目（双重护理/床位/诊察）', (i) => {
  const m = {}; const v = i % 5;
  if (v <= 2) {
    const r = pstay(['pneu', 'stroke', 'hip'][v]);
    const ids = []; r.ds.forEach((d, k) => { if (v === 0) ids.push(r.C.add('Ⅲ级护理', 1, d)); if (v === 1 && k < 8) ids.push(r.C.add('普通病房床位费(双人间)', 1, d)); if (v === 2) ids.push(r.C.add('Ⅱ级护理', 1, d)); });
    mut(m, r.C.c, ids);
  } else if (v === 3) { // outpatient: 一般诊疗费 + 普通门诊诊察费 at township/village
    const { C, d } = opVisit('htn', { h: hosp(pick(['V', 'L1'])) }); const id = C.add('普通门诊诊察费', 1, d); chronicRx(C, d, ['htn'], 14); C.add('常规心电图检查', 1, d); mut(m, C.c, [id]);
  } else { // Holter and ECG same day in outpatient angina
    const { C, d } = opVisit('chd', { h: hosp(pick(['L2', 'L3'])), dept: 'cardiology', dx: ['I20.801'] }); C.add('动态心电图(24小时)', 1, d); const id = C.add('常规心电图检查', 1, d); chronicRx(C, d, ['chd'], 28); mut(m, C.c, [id]);
  }
  return { mutated: m };
}]);
// T06 超量开药 (non-long prescription) of high-value chronic drugs
FR.push(['T06', '超量开药：未标长处方的高值慢病药一次开足数月', (i) => {
  const m = {}; const v = i % 5;
  const cfg = [['copd', ['J44.900'], [['布地奈德福莫特罗吸入粉雾剂', ri(5, 8)], ['噻托溴铵粉吸入剂', ri(5, 7)]]],
    ['hf', ['I50.900x007'], [['沙库巴曲缬沙坦钠片', ri(300, 420)], ['达格列净片', ri(150, 210)]]],
    ['chd', ['Z95.501', 'I25.103'], [['替格瑞洛片', ri(300, 360)], ['依折麦布片', ri(150, 180)]]],
    ['dm', ['E11.900'], [['磷酸西格列汀片', ri(150, 200)], ['甘精胰岛素注射液', ri(12, 18)]]],
    ['af', ['I48.000'], [['利伐沙班片', ri(150, 200)]]]][v];
  const d = rdate(); const p = patient({ ageMin: 50, ageMax: 82, on: d }); const h = hosp(pick(['L2', 'L3', 'P']));
  const C = claim({ p, h, dept: h.kind === 'P' ? 'pharmacy' : 'internal_medicine', vt: h.kind === 'P' ? 'pharmacy' : 'outpatient', date: d, dx: cfg[1] });
  if (h.kind !== 'P') visitFee(C, d, h);
  const ids = cfg[2].map(([n, q]) => C.add(n, q, d)); mut(m, C.c, ids); return { mutated: m };
}]);
// T07 串换: non-covered goods dispensed, billed as a covered drug
FR.push(['T07', '串换药品：药店/村卫生室把非医保商品按医保药品结算', (i) => {
  const m = {}; const d = rdate(); const p = patient({ ageMin: 45, ageMax: 80, on: d }); const v = i % 3;
  const h = v === 2 ? hosp('V') : hosp('P');
  const dxk = pick(['htn', 'dm', 'chd']);
  const C = claim({ p, h, dept: v === 2 ? 'general_practice' : 'pharmacy', vt: v === 2 ? 'outpatient' : 'pharmacy', date: d, dx: [DX[dxk]] });
  if (v === 2) visitFee(C, d, h);
  chronicRx(C, d, [dxk], 28);
  // the swapped line: an expensive covered item at the value of 阿胶/辅酶Q10 goods, off-indication for the member
  const sw = [['布地奈德福莫特罗吸入粉雾剂', ri(2, 3)], ['甘精胰岛素注射液', ri(5, 8)], ['血塞通软胶囊', ri(200, 360)], ['多烯磷脂酰胆碱胶囊', ri(150, 300)], ['复方丹参滴丸', ri(1500, 3000)]][i % 5];
  if (dxk === 'dm' && sw[0] === '甘精胰岛素注射液') sw[0] = '噻托溴铵粉吸入剂', sw[1] = 3;
  mut(m, C.c, [C.add(sw[0], sw[1], d)]); return { mutated: m };
}]);
// T08 超限定支付范围 (indication)
FR.push(['T08', '超限定支付：限定适应症药品用于不符诊断', (i) => {
  const m = {}; const v = i % 5;
  if (v === 0) { const r = pstay('chole'); const ids = r.ds.slice(1).map((d) => r.C.add('注射用还原型谷胱甘肽', 2, d)); mut(m, r.C.c, ids); }
  else if (v === 1) { const r = pstay('hip'); const ids = r.ds.slice(3, 6).map((d) => r.C.add('丹参注射液', 4, d)); mut(m, r.C.c, ids); }
  else if (v === 2) { const r = pstay('pneu', { lv: ['L2', 'L3'] }); const ids = r.ds.slice(0, 5).map((d) => r.C.add('脂肪乳注射液(C14～24)', 1, d)); mut(m, r.C.c, ids); }
  else if (v === 3) { const { C, d } = opVisit('htn', { h: hosp(pick(['L2', 'L3'])) }); chronicRx(C, d, ['htn'], 28); mut(m, C.c, [C.add('沙库巴曲缬沙坦钠片', 56, d), C.add('硫酸氢氯吡格雷片', 28, d)]); }
  else { const r = pstay('uti', { lv: ['L2', 'L3'] }); const ids = r.ds.slice(0, 5).map((d) => r.C.add('银杏叶提取物注射液', 2, d)); mut(m, r.C.c, ids); }
  return { mutated: m };
}]);
// T09 冒名就医: card holder's sex/age contradicts the care given
FR.push(['T09', '冒名就医：持卡人性别/年龄与所诊疗不符', (i) => {
  const m = {}; const v = i % 3; const d = rdate();
  if (v === 0) { // husband's card for the wife's threatened-miscarriage / antenatal care
    const p = patient({ ageMin: 26, ageMax: 40, sex: 'M', on: d, type: 'employee' }); const h = hosp(pick(['L2', 'L3']));
    const C = claim({ p, h, dept: 'obstetrics', vt: 'outpatient', date: d, dx: ['Z34.900'] }); visitFee(C, d, h);
    mut(m, C.c, [C.add('产科B超', 1, d), C.add('人绒毛膜促性腺激素(β-HCG)测定', 1, d), C.add('地屈孕酮片', 28, d)]); C.add('血常规(五分类)', 1, d);
  } else if (v === 1) { // grandchild's (6–10 y) card for an adult's back pain / prostate
    const p = patient({ ageMin: 6, ageMax: 10, sex: 'M', on: d, type: 'resident' }); const h = hosp(pick(['L1', 'L2', 'P']));
    const C = claim({ p, h, dept: h.kind === 'P' ? 'pharmacy' : 'internal_medicine', vt: h.kind === 'P' ? 'pharmacy' : 'outpatient', date: d, dx: [pick(['M54.502', 'N39.000'])] }); if (h.kind !== 'P') visitFee(C, d, h);
    mut(m, C.c, [C.add('塞来昔布胶囊', 20, d), C.add('左氧氟沙星片', 7, d)]);
  } else { // elderly father's card for the son's inpatient appendicectomy? no: old woman's card for a man's prostate drugs
    const p = patient({ ageMin: 70, ageMax: 86, sex: 'F', on: d }); const h = hosp(pick(['L2', 'L3', 'P']));
    const C = claim({ p, h, dept: h.kind === 'P' ? 'pharmacy' : 'urology', vt: h.kind === 'P' ? 'pharmacy' : 'outpatient', date: d, dx: ['N40.x00'] }); if (h.kind !== 'P') visitFee(C, d, h);
    mut(m, C.c, [C.add('盐酸坦索罗辛缓释胶囊', 30, d), C.add('非那雄胺片', 30, d)]);
  }
  return { mutated: m };
}]);
// T10 一台手术按两项/互斥手术与麻醉收费
FR.push(['T10', '分解收费：一台手术按两个互斥术式/两种麻醉收费', (i) => {
  const m = {}; const v = i % 5;
  const r = pstay(['app', 'chole', 'cs', 'pci', 'hip'][v]);
  const op = r.C.c.items.find((x) => /术$|置换术|切除术/.test(x.name) && CAT[x.name].subcategory === 'surgery');
  const d = op ? op.date : r.ds[1];
  const add1 = [['阑尾切除术'], ['胆囊切除术'], ['全身麻醉'], ['经皮冠状动脉腔内成形术(PTCA)'], ['骨折切开复位内固定术', '全身麻醉']][v];
  const ids = add1.map((n) => r.C.add(n, n === '全身麻醉' ? 2 : 1, d)); mut(m, r.C.c, ids); return { mutated: m };
}]);
// T11 耗材虚增数量
FR.push(['T11', '虚记耗材：留置针/输液器/试纸/吸氧管按日计且超量', (i) => {
  const m = {}; const v = i % 4; const r = pstay(['pneu', 'stroke', 'hf', 'copd'][v]);
  const ids = []; r.ds.forEach((d) => { if (v === 0) ids.push(r.C.add('一次性使用静脉留置针', 2, d)); if (v === 1) { ids.push(r.C.add('血糖试纸', 8, d)); ids.push(r.C.add('血糖监测(快速)', 8, d)); } if (v === 2) ids.push(r.C.add('一次性血氧探头', 1, d)); if (v === 3) ids.push(r.C.add('一次性使用吸氧管', 2, d), r.C.add('一次性使用雾化器', 2, d)); });
  mut(m, r.C.c, ids); return { mutated: m };
}]);
// T12 重复检查: exam done at the outpatient/ED visit repeated on admission
FR.push(['T12', '重复检查：门急诊已做的影像/检验入院当日再收', (i) => {
  const m = {}; const kind = ['stroke', 'pneu', 'app', 'chole', 'hip'][i % 5];
  const adm = rdate(); const h = hosp(pick(['L2', 'L3']));
  const [a0, a1] = ADULT[kind]; const p = patient({ ageMin: a0, ageMax: a1, on: adm });
  const ex = { stroke: ['头颅CT平扫', '血常规(五分类)'], pneu: ['胸部CT平扫', '血常规(五分类)', 'C反应蛋白测定'], app: ['腹部B超', '血常规(五分类)'], chole: ['腹部B超', '肝功能(全套)'], hip: ['四肢X线摄影', '血常规(五分类)'] }[kind];
  const E = claim({ p, h, dept: 'emergency', vt: 'outpatient', date: adm, dx: [{ stroke: 'I63.900', pneu: 'J18.900', app: 'K35.800x001', chole: 'K80.000', hip: 'S72.000' }[kind]] });
  E.add('急诊诊察费', 1, adm); ex.forEach((n) => E.add(n, 1, adm));
  const r = pstay(kind, { p, h, adm });
  if (kind === 'pneu' || kind === 'stroke' || kind === 'app' || kind === 'chole') {} // templates already bill these on admission day
  else r.C.add('血常规(五分类)', 1, adm);
  const ids = r.C.c.items.filter((x) => x.date === adm && ex.includes(x.name)).map((x) => x.lineId);
  mut(m, r.C.c, ids); return { targets: [r.C.c], mutated: m };
}]);
// T13 超标准收费: unit prices above the level's cap
FR.push(['T13', '超标准收费：单价高于本级医疗机构限价', (i) => {
  const m = {}; const v = i % 3;
  if (v === 0) { // pharmacy/village drug mark-ups
    const d = rdate(); const p = patient({ ageMin: 45, ageMax: 80, on: d }); const h = hosp(pick(['P', 'V'])); const k = pick(['htn', 'dm', 'chd']);
    const C = claim({ p, h, dept: h.kind === 'P' ? 'pharmacy' : 'general_practice', vt: h.kind === 'P' ? 'pharmacy' : 'outpatient', date: d, dx: [DX[k]] }); if (h.kind !== 'P') visitFee(C, d, h);
    const f = 1.2 + rnd() * 0.4; const ids = CHRONIC_DRUGS[k].slice(0, 2).map(([n, pd]) => C.add(n, Math.ceil(pd * 30), d, { pf: f })); mut(m, C.c, ids);
  } else { // level 1/2 stay billing services at level-3 price
    const r = pstay(pick(['pneu', 'copd', 'uti']), { lv: ['L1', 'L2'] });
    const ids = []; for (const it of r.C.c.items) { const rw = CAT[it.name]; if (rw.category === 'service' && /护理|床位|诊查|输液/.test(it.name) && rw.priceCap['3'] > it.unitPrice) { it.unitPrice = rw.priceCap['3']; it.amount = r2(it.quantity * it.unitPrice); ids.push(it.lineId); } }
    mut(m, r.C.c, ids);
  }
  return { mutated: m };
}]);
// T14 无指征监护
FR.push(['T14', '过度诊疗：低危患者全程24小时心电/血氧监测', (i) => {
  const m = {}; const r = pstay(['cat', 'app', 'wrist', 'uti', 'vag'][i % 5], { los: undefined });
  const ids = []; r.ds.forEach((d) => { ids.push(r.C.add('心电监测', 24, d), r.C.add('血氧饱和度监测', 24, d), r.C.add('无创血压监测', 12, d)); });
  mut(m, r.C.c, ids); return { mutated: m };
}]);
// T15 超疗程用药 within one stay
FR.push(['T15', '超疗程：限定疗程药品在一次住院内超天数', (i) => {
  const m = {}; const v = i % 5;
  const kind = ['pneu', 'stroke', 'hip', 'copd', 'pneu'][v];
  const r = pstay(kind, { los: ri(18, 24), lv: ['L2', 'L3'] });
  const drug = ['注射用奥美拉唑钠', '单唾液酸四己糖神经节苷脂钠注射液', '依诺肝素钠注射液', '盐酸氨溴索注射液', '注射用头孢曲松钠'][v];
  const lim = CAT[drug].maxDays; const ids = [];
  r.ds.forEach((d, k) => { const id = r.C.add(drug, drug === '单唾液酸四己糖神经节苷脂钠注射液' ? 2 : drug === '注射用头孢曲松钠' ? 2 : 1, d); if (k >= lim) ids.push(id); });
  mut(m, r.C.c, ids); return { mutated: m };
}]);
// T16 待遇等待期内结算
FR.push(['T16', '待遇等待期内享受待遇：断保后补缴者等待期内住院/门诊结算', (i) => {
  const kind = ['pneu', 'app', 'chole', 'uti', 'wrist'][i % 5];
  const adm = rdate('2025-04-01', '2026-01-30'); const lapsed = ri(1, 3);
  const enrolled = add(adm, -ri(15, 80));
  const [a0, a1] = ADULT[kind];
  const p = patient({ ageMin: Math.max(a0, 20), ageMax: a1, on: adm, type: 'resident', enr: { enrolledOn: enrolled, inConcentratedPeriod: false, continuousYears: 0, lapsedYears: lapsed, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: 0 } });
  pstay(kind, { p, adm });
  return {};
}]);

// ================= CONTROLS =================
const CO = [];
CO.push(['C01', '高龄(≥90岁)髋部骨折：半髋置换伴术后谵妄，全程Ⅰ级护理，住院12–16天', (i) => {
  const adm = rdate(); const p = patient({ ageMin: 90, ageMax: 98, sex: i % 3 ? 'F' : 'M', on: adm });
  const r = pstay('hip', { p, los: ri(12, 16), old: true, dx: ['F05.001', 'I10.x00x002', 'D62.x00'], lv: ['L2', 'L3'] });
  const d = r.ds[3]; r.C.add('院内会诊', 1, d); r.C.add('头颅CT平扫', 1, d); r.C.add('血气分析', 1, d); r.C.add('电解质(四项)', 1, r.ds[5]); r.C.add('血常规(五分类)', 1, r.ds[5]);
}]);
CO.push(['C02', '心衰加重：静脉袢利尿剂+每日电解质+补钾（低钾血症已编码）', (i) => {
  const r = pstay('hf', { los: ri(9, 12), dx: ['E87.600'] });
  r.ds.slice(0, 6).forEach((d, k) => { if (k >= 3) { r.C.add('呋塞米注射液', 2, d); r.C.add('静脉注射', 2, d); } once(r.C, '电解质(四项)', d); r.C.add('氯化钾注射液', 3, d); });
  r.ds.slice(1, 6).forEach((d) => once(r.C, '肾功能(三项)', d)); r.C.add('B型钠尿肽(BNP)测定', 1, r.ds[r.ds.length - 1]);
}]);
CO.push(['C03', '老年社区获得性肺炎伴胸腔积液：抗生素升级、复查CT、培养×2、住院15–20天', (i) => {
  const adm = rdate(); const p = patient({ ageMin: 76, ageMax: 92, on: adm });
  const h = hosp(pick(['L2', 'L3'])); const los = ri(15, 20);
  const C = claim({ p, h, dept: 'respiratory', vt: 'inpatient', adm, dis: add(adm, los), dx: ['J18.900', 'J90.x00', 'I10.x00x002'], route: 'emergency' });
  const ds = stayBase(C, [['Ⅰ级护理', 5], ['Ⅱ级护理', 99]]);
  labs(C, adm, ADM_LABS.concat(['C反应蛋白测定', '降钙素原测定', '细菌培养及药敏', 'D-二聚体测定', 'B型钠尿肽(BNP)测定'])); C.add('胸部CT平扫', 1, adm);
  ds.forEach((d, k) => { if (k < 4) ivDay(C, d, [['注射用头孢曲松钠', 2], ['氯化钠注射液', 1]], 1); else if (k < los - 2) ivDay(C, d, [['注射用哌拉西林钠他唑巴坦钠', 3], ['氯化钠注射液', 3]], 3); if (k < 6) C.add('吸氧', ri(12, 18), d); });
  C.add('一次性使用吸氧管', 1, adm); C.add('一次性使用静脉留置针', 1, adm); C.add('一次性使用静脉留置针', 1, ds[7]);
  labs(C, ds[4], ['细菌培养及药敏', '降钙素原测定', '血常规(五分类)', 'C反应蛋白测定']); labs(C, ds[9], ['降钙素原测定', '血常规(五分类)', 'C反应蛋白测定']);
  C.add('胸部CT平扫', 1, ds[4]); C.add('胸部CT平扫', 1, ds[los - 2]); C.add('院内会诊', 1, ds[5]);
}]);
CO.push(['C04', 'COPD加重伴激素相关高血糖：床旁血糖4次/日、短期胰岛素', (i) => {
  const r = pstay('copd', { los: ri(8, 11), dx: ['R73.900x001'] });
  r.ds.slice(1, 7).forEach((d) => { r.C.add('血糖监测(快速)', 4, d); r.C.add('血糖试纸', 4, d); r.C.add('生物合成人胰岛素注射液', 1, d); r.C.add('皮下注射', 3, d); });
}]);
CO.push(['C05', 'TIA 48小时内完整评估：MRI+颈动脉+Holter+心超+血脂', (i) => {
  const adm = rdate(); const p = patient({ ageMin: 50, ageMax: 82, on: adm }); const h = hosp(pick(['L2', 'L3'])); const los = ri(2, 4);
  const C = claim({ p, h, dept: 'neurology', vt: 'inpatient', adm, dis: add(adm, los), dx: ['G45.900', 'I10.x00x002'], route: 'emergency' });
  const ds = stayBase(C, [['Ⅰ级护理', 1], ['Ⅱ级护理', 99]]); labs(C, adm, ADM_LABS.concat(['血脂(四项)']));
  C.add('头颅CT平扫', 1, adm); C.add('头颅MRI平扫', 1, ds[1]); C.add('颈部血管彩色多普勒超声', 1, ds[1]); C.add('动态心电图(24小时)', 1, ds[1]); C.add('心脏彩色多普勒超声', 1, ds[1]);
  ds.forEach((d) => { C.add('阿司匹林肠溶片', 1, d); C.add('硫酸氢氯吡格雷片', 1, d); C.add('阿托伐他汀钙片', 2, d); });
  C.add('硫酸氢氯吡格雷片', 19, ds[ds.length - 1]);
}]);
CO.push(['C06', '心衰门诊：限定药品（沙库巴曲缬沙坦、达格列净）适应症相符，非糖尿病', (i) => {
  const d = rdate(); const p = patient({ ageMin: 55, ageMax: 85, on: d }); const h = hosp(pick(['L2', 'L3', 'P']));
  const C = claim({ p, h, dept: h.kind === 'P' ? 'pharmacy' : 'cardiology', vt: h.kind === 'P' ? 'pharmacy' : 'outpatient', date: d, dx: ['I50.900x007', 'I10.x00x002'] });
  if (h.kind !== 'P') { visitFee(C, d, h); if (i % 2) C.add('B型钠尿肽(BNP)测定', 1, d); }
  C.add('沙库巴曲缬沙坦钠片', 56, d); C.add('达格列净片', 28, d); C.add('螺内酯片', 28, d); C.add('琥珀酸美托洛尔缓释片', 28, d);
}]);
CO.push(['C07', '冠脉造影阴性（微血管性心绞痛）：仅造影不置支架，二级医院', (i) => {
  const adm = rdate(); const p = patient({ ageMin: 45, ageMax: 72, sex: i % 3 ? 'F' : 'M', on: adm }); const h = hosp(pick(['L2', 'L3'])); const los = ri(3, 4);
  const C = claim({ p, h, dept: 'cardiology', vt: 'inpatient', adm, dis: add(adm, los), dx: ['I20.800x007'], procs: [['88.5600', add(adm, 1)]] });
  const ds = stayBase(C, [['Ⅱ级护理', 99]]); labs(C, adm, ADM_LABS.concat(['心肌酶谱', '肌钙蛋白I测定', '血脂(四项)', '术前八项(感染筛查)'])); C.add('心脏彩色多普勒超声', 1, adm);
  const op = ds[1]; C.add('冠状动脉造影术', 1, op); C.add('冠脉造影导管', 2, op); C.add('血管鞘组', 1, op); C.add('局部浸润麻醉', 1, op); C.add('盐酸利多卡因注射液', 2, op);
  ds.forEach((d) => { C.add('单硝酸异山梨酯缓释片', 1, d); C.add('阿托伐他汀钙片', 1, d); });
}]);
CO.push(['C08', '试产失败转剖宫产：缩宫素引产、多次胎心监护后急诊剖宫产', (i) => {
  const adm = rdate(); const p = patient({ ageMin: 23, ageMax: 38, sex: 'F', on: adm }); const h = hosp(pick(['L2', 'L3'])); const los = ri(5, 7);
  const C = claim({ p, h, dept: 'obstetrics', vt: 'inpatient', adm, dis: add(adm, los), dx: ['O82.100', pick(['O63.001', 'O62.001', 'O63.100']), ...(i % 3 === 0 ? ['O36.301'] : []), 'Z37.000'], procs: [['74.1x01', add(adm, 1)]], route: 'emergency' });
  const ds = stayBase(C, [['Ⅰ级护理', 3], ['Ⅱ级护理', 99]]);
  labs(C, adm, ['血常规(五分类)', '尿常规', '凝血四项', '肝功能(全套)', '肾功能(三项)', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '常规心电图检查']); C.add('产科B超', 1, adm);
  C.add('胎心监护', 3, adm); C.add('胎心监护', 3, ds[1]); C.add('缩宫素注射液', 2, adm); ivDay(C, adm, [['缩宫素注射液', 1], ['乳酸钠林格注射液', 1]], 1);
  const op = ds[1]; C.add('剖宫产术', 1, op); C.add('椎管内麻醉', 1, op); C.add('一次性使用麻醉穿刺包', 1, op); C.add('盐酸罗哌卡因注射液', 1, op); C.add('一次性手术衣及铺单包', 1, op); C.add('可吸收缝线', 3, op); C.add('缩宫素注射液', 4, op); C.add('导尿', 1, adm); C.add('一次性使用导尿包', 1, adm);
  ivDay(C, op, [['注射用头孢呋辛钠', 2], ['氯化钠注射液', 2]], 2); ivDay(C, ds[2], [['注射用头孢呋辛钠', 2], ['氯化钠注射液', 2]], 2);
  labs(C, ds[2], ['血常规(五分类)', 'C反应蛋白测定']); C.add('换药(中)', 1, ds[3]); C.add('一次性使用换药包', 1, ds[3]);
  ds.slice(2).forEach((d) => C.add('布洛芬缓释胶囊', 2, d)); if (ds[5]) { C.add('换药(中)', 1, ds[5]); C.add('一次性使用换药包', 1, ds[5]); }
}]);
CO.push(['C09', '顺产伴Ⅱ度裂伤与产后贫血：缝合、补铁、复查血常规', (i) => {
  const r = pstay('vag', { los: ri(3, 5), dx: ['O70.100', 'O99.000x031'] });
  r.C.c.procedures.push({ code: '75.6900', date: r.ds[1] });
  r.ds.slice(1).forEach((d) => r.C.add('琥珀酸亚铁片', 3, d)); r.C.add('琥珀酸亚铁片', 60, r.ds[r.ds.length - 1]); r.C.add('血红蛋白测定', 1, r.ds[1]); bump(r.C, '可吸收缝线', r.ds[1], 1);
}]);
CO.push(['C10', '白内障日间手术按门诊结算（含晶体、粘弹剂）', (i) => {
  const d = rdate(); const p = patient({ ageMin: 60, ageMax: 86, on: d }); const h = hosp(pick(['L2', 'L3']));
  const C = claim({ p, h, dept: 'ophthalmology', vt: 'outpatient', date: d, dx: [pick(['H25.100', 'H25.900'])], procs: [['13.4100x001', d], ['13.7000', d]] });
  visitFee(C, d, h); labs(C, d, ['血常规(五分类)', '凝血四项', '空腹血糖测定', '常规心电图检查']); C.add('眼科A超(生物测量)', 1, d); C.add('裂隙灯检查', 1, d);
  C.add('白内障超声乳化摘除+人工晶体植入术', 1, d); C.add('人工晶状体', 1, d); C.add('眼科粘弹剂', 1, d); C.add('局部浸润麻醉', 1, d); C.add('左氧氟沙星滴眼液', 1, d); C.add('妥布霉素地塞米松滴眼液', 1, d);
}]);
CO.push(['C11', '双胞胎/兄弟姐妹同日因轮状病毒肠炎伴脱水同院住院', (i) => {
  const adm = rdate(); const h = hosp(pick(['L2', 'L3', 'L1'])); const n = i % 4 === 0 ? 3 : 2; const b = patient({ ageMin: 1, ageMax: 4, on: adm, type: 'resident' });
  for (let k = 0; k < n; k++) { const p = k === 0 || i % 2 === 0 ? patient({ ageMin: 1, ageMax: 4, on: adm, type: 'resident' }) : patient({ ageMin: 1, ageMax: 4, on: adm, type: 'resident' }); if (i % 2 === 0) p.birthDate = b.birthDate; pstay('ge', { p, h, adm: add(adm, k === 2 ? 1 : 0), los: ri(3, 5) }); }
}]);
CO.push(['C12', '婴儿RSV毛细支气管炎：经鼻高流量3天+血气（不另收吸氧）', (i) => {
  const adm = rdate(); const p = patient({ ageDays: ri(35, 200), on: adm, type: 'resident' }); const h = hosp('L3'); const los = ri(6, 9);
  const C = claim({ p, h, dept: 'paediatrics', vt: 'inpatient', adm, dis: add(adm, los), dx: ['J21.000', 'J96.000'], route: 'emergency' }); C.kid = true;
  const ds = stayBase(C, [['Ⅰ级护理', 4], ['Ⅱ级护理', 99]]); labs(C, adm, ['血常规(五分类)', 'C反应蛋白测定', '电解质(四项)', '肝功能(全套)', '尿常规']); C.add('胸部X线摄影(正侧位)', 1, adm);
  ds.forEach((d, k) => { if (k < 3) { C.add('经鼻高流量湿化氧疗', ri(20, 24), d); C.add('血氧饱和度监测', 24, d); C.add('心电监测', 24, d); C.add('血气分析', k === 0 ? 2 : 1, d); } else if (k < 5) C.add('吸氧', ri(6, 12), d); if (k < 4) ivDay(C, d, [['葡萄糖氯化钠注射液', 1]], 1); C.add('雾化吸入', 2, d); C.add('吸入用异丙托溴铵溶液', 2, d); });
  C.add('一次性使用吸氧管', 1, ds[3]);
}]);
CO.push(['C13', '新启动胰岛素的2型糖尿病：6周内每周门诊滴定，多次血糖试纸', (i) => {
  const d0 = rdate('2025-01-10', '2025-11-01'); const p = patient({ ageMin: 45, ageMax: 75, on: d0 }); p.chronic = ['E11']; const h = hosp(pick(['L1', 'L2', 'L3'])); const n = ri(5, 7);
  for (let k = 0; k < n; k++) { const d = add(d0, k * 7 + ri(0, 1)); const C = claim({ p, h, dept: 'endocrinology', vt: k === 0 ? 'outpatient' : 'chronic', date: d, dx: ['E11.900'] }); visitFee(C, d, h, { chronic: k > 0 });
    C.add('血糖监测(快速)', 1, d); if (k === 0) { labs(C, d, ['糖化血红蛋白测定', '肝功能(全套)', '肾功能(三项)', '尿常规']); C.add('甘精胰岛素注射液', 2, d); C.add('血糖试纸', 50, d); } else { C.add('血糖试纸', 50, d); if (k % 2 === 0) C.add('甘精胰岛素注射液', 1, d); } C.add('盐酸二甲双胍片', 21, d); }
}]);
CO.push(['C14', '稳定慢病患者同一药店按月续购（28–31天间隔，30天量）', (i) => {
  const d0 = rdate('2025-01-06', '2025-06-30'); const p = patient({ ageMin: 55, ageMax: 80, on: d0 }); const h = hosp('P'); const ks = pick([['htn'], ['htn', 'dm'], ['dm', 'chd'], ['htn', 'chd']]);
  let d = d0; for (let k = 0; k < 6; k++) { const C = claim({ p, h, dept: 'pharmacy', vt: 'pharmacy', date: d, dx: ks.map((x) => DX[x]) }); chronicRx(C, d, ks, 30); d = add(d, ri(28, 31)); }
}]);
CO.push(['C15', '复杂性肾盂肾炎：培养指导换药、复查培养、住院9–12天', (i) => {
  const adm = rdate(); const p = patient({ ageMin: 55, ageMax: 85, on: adm }); const h = hosp(pick(['L2', 'L3'])); const los = ri(9, 12);
  const C = claim({ p, h, dept: 'nephrology', vt: 'inpatient', adm, dis: add(adm, los), dx: ['N10.x02', 'E11.900', ...(i % 2 ? ['N13.201'] : [])], route: 'emergency' });
  const ds = stayBase(C, [['Ⅰ级护理', 2], ['Ⅱ级护理', 99]]); labs(C, adm, ADM_LABS.concat(['C反应蛋白测定', '降钙素原测定', '糖化血红蛋白测定'])); C.add('细菌培养及药敏', 2, adm); C.add('泌尿系B超', 1, adm);
  ds.forEach((d, k) => { if (k < 3) ivDay(C, d, [['注射用头孢曲松钠', 2], ['氯化钠注射液', 1]], 1); else if (k < los - 1) ivDay(C, d, [['注射用哌拉西林钠他唑巴坦钠', 3], ['氯化钠注射液', 3]], 3); C.add('血糖监测(快速)', 4, d); C.add('血糖试纸', 4, d); C.add('盐酸二甲双胍片', 2, d); });
  labs(C, ds[3], ['细菌培养及药敏', '降钙素原测定', 'C反应蛋白测定']); labs(C, ds[los - 2], ['尿常规', '细菌培养及药敏', '血常规(五分类)']); C.add('腹部CT平扫', 1, ds[2]);
}]);
CO.push(['C16', '反复尿路感染女性：两月内3次门诊，每次尿培养', (i) => {
  const d0 = rdate('2025-01-06', '2025-10-30'); const p = patient({ ageMin: 28, ageMax: 70, sex: 'F', on: d0 }); const h = hosp(pick(['L2', 'L3']));
  [0, ri(18, 25), ri(45, 58)].forEach((o, k) => { const d = add(d0, o); const C = claim({ p, h, dept: 'urology', vt: 'outpatient', date: d, dx: [k === 2 ? 'N39.000' : 'N30.000'] }); visitFee(C, d, h); C.add('尿常规', 1, d); C.add('细菌培养及药敏', 1, d); if (k === 2) C.add('泌尿系B超', 1, d); C.add(k === 1 ? '头孢克肟胶囊' : '左氧氟沙星片', k === 1 ? 14 : 7, d); });
}]);
CO.push(['C17', '腰椎间盘突出伴进行性神经根损害：门诊MRI后3周内手术（不重复MRI）', (i) => {
  const d0 = rdate(); const p = patient({ ageMin: 30, ageMax: 65, on: d0 }); const h = hosp(pick(['L2', 'L3']));
  const O = claim({ p, h, dept: 'orthopaedics', vt: 'outpatient', date: d0, dx: ['M51.202'] }); visitFee(O, d0, h, { senior: true }); O.add('腰椎X线摄影', 1, d0); O.add('腰椎MRI平扫', 1, d0); O.add('塞来昔布胶囊', 14, d0);
  const adm = add(d0, ri(8, 20)); const los = ri(6, 9);
  const C = claim({ p, h, dept: 'orthopaedics', vt: 'inpatient', adm, dis: add(adm, los), dx: ['M51.202'], procs: [['80.5100', add(adm, 1)]] });
  const ds = stayBase(C, [['Ⅰ级护理', 3], ['Ⅱ级护理', 99]]); labs(C, adm, ADM_LABS.concat(['术前八项(感染筛查)', '血型鉴定(ABO+Rh)'])); C.add('胸部X线摄影(正侧位)', 1, adm);
  const op = ds[1]; C.add('腰椎间盘切除术', 1, op); anaesGA(C, op, ri(2, 3)); C.add('一次性手术衣及铺单包', 1, op); C.add('可吸收缝线', 2, op); C.add('一次性负压引流器', 1, op);
  ivDay(C, op, [['注射用头孢呋辛钠', 2], ['氯化钠注射液', 2], ['甘露醇注射液', 1]], 3); ivDay(C, ds[2], [['甘露醇注射液', 2], ['地塞米松磷酸钠注射液', 1]], 2);
  ds.slice(1).forEach((d) => C.add('塞来昔布胶囊', 2, d)); C.add('换药(中)', 1, ds[3]); C.add('一次性使用换药包', 1, ds[3]); C.add('腰椎X线摄影', 1, ds[4] || ds[3]);
}]);
CO.push(['C18', '急性胆囊炎保守治疗后6–10周择期腹腔镜胆囊切除（两次同病住院）', (i) => {
  const adm = rdate('2025-01-06', '2025-10-15'); const p = patient({ ageMin: 40, ageMax: 78, on: adm }); const h = hosp(pick(['L2', 'L3'])); const los = ri(6, 9);
  const C = claim({ p, h, dept: 'general_surgery', vt: 'inpatient', adm, dis: add(adm, los), dx: ['K80.000x002'], route: 'emergency' });
  const ds = stayBase(C, [['Ⅰ级护理', 2], ['Ⅱ级护理', 99]]); labs(C, adm, ADM_LABS.concat(['C反应蛋白测定', '降钙素原测定'].filter((n) => h.level >= 2))); C.add('腹部B超', 1, adm); C.add('腹部CT平扫', 1, adm);
  ds.forEach((d, k) => { if (k < los - 1) ivDay(C, d, [['注射用头孢哌酮钠舒巴坦钠', 2], ['甲硝唑氯化钠注射液', 2], ['葡萄糖氯化钠注射液', 2]], 4); if (k < 3) { C.add('胃肠减压', 1, d); C.add('注射用泮托拉唑钠', 1, d); } });
  C.add('一次性使用胃管', 1, adm); labs(C, ds[3], ['血常规(五分类)', '肝功能(全套)', 'C反应蛋白测定']);
  pstay('chole', { p, h, adm: add(C.c.dischargeDate, ri(42, 70)), dx0: 'K80.100x001' });
}]);
CO.push(['C19', '穿孔性阑尾炎伴腹腔脓肿：引流、哌拉西林他唑巴坦、复查CT，住院9–12天', (i) => {
  const r = pstay('app', { los: ri(9, 12), dx0: pick(['K35.201', 'K35.301']), lv: ['L2', 'L3'] });
  r.ds.slice(3, r.ds.length - 1).forEach((d) => ivDay(r.C, d, [['注射用哌拉西林钠他唑巴坦钠', 3], ['甲硝唑氯化钠注射液', 2]], 3));
  r.C.add('一次性负压引流器', 1, r.ds[0]); r.C.add('腹部CT平扫', 1, r.ds[0]); r.C.add('腹部CT平扫', 1, r.ds[5]); r.C.add('细菌培养及药敏', 1, r.ds[0]);
  r.ds.slice(3, 8).forEach((d) => { r.C.add('换药(中)', 1, d); r.C.add('一次性使用换药包', 1, d); r.C.add('一次性使用引流袋', 1, d); });
  labs(r.C, r.ds[5], ['血常规(五分类)', 'C反应蛋白测定']);
}]);
CO.push(['C20', '桡骨远端骨折门诊手法复位后再移位，5–10天后住院切开复位内固定', (i) => {
  const d0 = rdate(); const p = patient({ ageMin: 50, ageMax: 78, sex: i % 4 ? 'F' : 'M', on: d0 }); const h = hosp(pick(['L2', 'L3']));
  const O = claim({ p, h, dept: 'orthopaedics', vt: 'outpatient', date: d0, dx: ['S52.500x011'], procs: [['79.0201', d0]] }); O.add('急诊诊察费', 1, d0); O.add('四肢X线摄影', 2, d0); O.add('医用弹力绷带', 2, d0); O.add('布洛芬缓释胶囊', 12, d0);
  const d1 = add(d0, ri(5, 10)); const F = claim({ p, h, dept: 'orthopaedics', vt: 'outpatient', date: d1, dx: ['S52.500x011'] }); visitFee(F, d1, h); F.add('四肢X线摄影', 1, d1);
  pstay('wrist', { p, h, adm: d1, los: ri(4, 6), dx: i % 3 === 0 ? ['M81.000'] : [] });
}]);
CO.push(['C21', '房颤相关脑栓塞：Holter、心超、两次头颅CT（出血转化评估）后启动利伐沙班', (i) => {
  const r = pstay('stroke', { los: ri(11, 15), dx: ['I48.000'], lv: ['L2', 'L3'] });
  r.C.c.diagnoses[0].code = 'I63.402';
  r.C.add('动态心电图(24小时)', 1, r.ds[2]); r.C.add('头颅CT平扫', 1, r.ds[5]); labs(r.C, r.ds[5], ['凝血四项', '肾功能(三项)']);
  r.ds.slice(6).forEach((d) => r.C.add('利伐沙班片', 1, d));
}]);
CO.push(['C22', '高血压门诊慢特病年度评估：动态血压+心超+颈动脉+尿/肾功/血脂同日', (i) => {
  const d = rdate(); const p = patient({ ageMin: 45, ageMax: 80, on: d }); p.chronic = ['I10']; const h = hosp(pick(['L2', 'L3']));
  const C = claim({ p, h, dept: 'cardiology', vt: 'chronic', date: d, dx: ['I10.x00x002', ...(i % 2 ? ['E78.500'] : [])] }); visitFee(C, d, h, { chronic: true });
  C.add('动态血压监测(24小时)', 1, d); C.add('心脏彩色多普勒超声', 1, d); C.add('颈部血管彩色多普勒超声', 1, d); labs(C, d, ['尿常规', '肾功能(三项)', '电解质(四项)', '血脂(四项)', '空腹血糖测定', '常规心电图检查']);
  chronicRx(C, d, ['htn'], 30); if (i % 2) C.add('阿托伐他汀钙片', 30, d);
}]);
CO.push(['C23', '村卫生室家庭医生随访日：6–9名签约慢病老人同日随访取药（各自药物）', (i) => {
  const d = rdate(); const h = hosp('V'); const n = ri(6, 9);
  for (let k = 0; k < n; k++) { const p = patient({ ageMin: 62, ageMax: 88, on: d }); const ks = pick([['htn'], ['dm'], ['htn', 'dm'], ['htn', 'chd'], ['chd']]);
    const C = claim({ p, h, dept: 'general_practice', vt: 'outpatient', date: d, dx: ks.map((x) => DX[x]) }); visitFee(C, d, h); if (ks.includes('dm')) C.add('血糖监测(快速)', 1, d);
    for (const kk of ks) { const [n1, pd] = pick(CHRONIC_DRUGS[kk]); C.add(n1, Math.ceil(pd * pick([14, 21, 28, 30])), d); } }
}]);
CO.push(['C24', '新近参保但依法免等待期（新生儿/转学学生/退役军人/跨险种接续）的就医', (i) => {
  const v = i % 4; const adm = rdate('2025-03-01', '2026-01-30');
  if (v === 0) { const p = patient({ ageDays: ri(40, 85), on: adm, type: 'resident' }); p.enrollment = Object.assign(p.enrollment, { enrolledOn: add(p.birthDate, ri(20, 35)), inConcentratedPeriod: false, continuousYears: 0, special: 'newborn' }); pstay('bronch', { p, adm }); }
  else if (v === 1) { const p = patient({ ageMin: 18, ageMax: 22, on: adm, type: 'resident' }); p.enrollment = Object.assign(p.enrollment, { enrolledOn: add(adm, -ri(10, 40)), inConcentratedPeriod: false, continuousYears: 0, special: 'student_transfer' }); pstay('app', { p, adm }); }
  else if (v === 2) { const p = patient({ ageMin: 22, ageMax: 30, sex: 'M', on: adm, type: 'resident' }); p.enrollment = Object.assign(p.enrollment, { enrolledOn: add(adm, -ri(10, 60)), inConcentratedPeriod: false, continuousYears: 0, special: 'veteran' }); pstay(pick(['wrist', 'app']), { p, adm }); }
  else { const p = patient({ ageMin: 35, ageMax: 58, on: adm, type: 'resident' }); p.enrollment = Object.assign(p.enrollment, { enrolledOn: add(adm, -ri(10, 60)), inConcentratedPeriod: false, continuousYears: ri(2, 8), special: 'scheme_switch' }); pstay(pick(['pneu', 'chole', 'uti']), { p, adm }); }
}]);

// ================= ROUTINE =================
function routine(i) {
  const v = i % 20;
  const stays = ['pneu', 'copd', 'hf', 'stroke', 'pci', 'hip', 'wrist', 'app', 'chole', 'vag', 'cs', 'cat', 'bronch', 'ge', 'uti'];
  if (v < 12) { pstay(stays[(i * 7) % stays.length]); return; }
  const d = rdate();
  if (v === 12 || v === 13) { const k = pick(['htn', 'dm', 'chd']); const { C } = opVisit(k, { date: d }); chronicRx(C, d, [k], pick([7, 14, 28])); if (k === 'dm') C.add('空腹血糖测定', 1, d); return; }
  if (v === 14) { const p = patient({ ageMin: 50, ageMax: 80, on: d }); const h = hosp('P'); const k = pick(['htn', 'dm', 'chd']); const C = claim({ p, h, dept: 'pharmacy', vt: 'pharmacy', date: d, dx: [DX[k]] }); chronicRx(C, d, [k], 30); return; }
  if (v === 15) { const p = patient({ ageMin: 25, ageMax: 70, sex: 'F', on: d }); const h = hosp(pick(['L1', 'L2', 'L3'])); const C = claim({ p, h, dept: 'internal_medicine', vt: 'outpatient', date: d, dx: ['N30.000'] }); visitFee(C, d, h); C.add('尿常规', 1, d); C.add('左氧氟沙星片', 3, d); return; }
  if (v === 16) { const p = patient({ ageMin: 1, ageMax: 6, on: d, type: 'resident' }); const h = hosp(pick(['L1', 'L2', 'V'])); const C = claim({ p, h, dept: 'paediatrics', vt: 'outpatient', date: d, dx: ['A09.004'] }); visitFee(C, d, h); C.add('大便常规+隐血', 1, d); C.add('蒙脱石散', 9, d); return; }
  if (v === 17) { const p = patient({ ageMin: 30, ageMax: 70, on: d }); const h = hosp(pick(['L1', 'L2', 'L3'])); const C = claim({ p, h, dept: 'orthopaedics', vt: 'outpatient', date: d, dx: ['M54.502'] }); visitFee(C, d, h); C.add('腰椎X线摄影', 1, d); C.add(pick(['塞来昔布胶囊', '双氯芬酸钠缓释片']), 14, d); return; }
  if (v === 18) { const p = patient({ ageMin: 55, ageMax: 80, on: d }); p.chronic = ['J44']; const h = hosp(pick(['L2', 'L3'])); const C = claim({ p, h, dept: 'respiratory', vt: 'chronic', date: d, dx: ['J44.900'] }); visitFee(C, d, h, { chronic: true }); C.add('噻托溴铵粉吸入剂', 1, d); C.add('布地奈德福莫特罗吸入粉雾剂', 1, d); return; }
  { const p = patient({ ageMin: 45, ageMax: 80, on: d }); p.chronic = ['E11', 'I10']; const h = hosp(pick(['L1', 'L2', 'L3'])); const C = claim({ p, h, dept: 'endocrinology', vt: 'chronic', date: d, dx: ['E11.900', 'I10.x00x002'] }); visitFee(C, d, h, { chronic: true }); C.add('空腹血糖测定', 1, d); chronicRx(C, d, ['dm', 'htn'], 30); }
}

// ---------- run ----------
const NF = 15, NC = 15, NR = 100;
for (const [code, name, fn] of FR) for (let i = 0; i < NF; i++) caseOf('fraud', code, name, i, fn);
for (const [code, name, fn] of CO) for (let i = 0; i < NC; i++) caseOf('control', code, name, i, fn);
for (let i = 0; i < NR; i++) caseOf('routine', 'R', '常规就诊/住院', i, (k) => { routine(k); return {}; });
for (const C of ALL) if (!C.c.amounts) fin(C);

// groups (pass 2)
if (GROUPS && fs.existsSync(GROUPS)) {
  const g = {}; for (const ln of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!ln.trim()) continue; const o = JSON.parse(ln); const id = o.claimId; const drg = o.drg || (o.grouping && o.grouping.drg) || (o.group && o.group.drg); if (id) g[id] = drg || null; }
  for (const C of ALL) if (C.c.visitType === 'inpatient') C.c.reportedGroup.drg = g[C.c.claimId] || null;
}
const settle = (c) => c.dischargeDate || c.visitDate;
const order = ALL.map((C, k) => ({ c: C.c, k })).sort((a, b) => (settle(a.c) < settle(b.c) ? -1 : settle(a.c) > settle(b.c) ? 1 : a.k - b.k));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), order.map((o) => JSON.stringify(o.c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1));
console.error(`claims ${ALL.length}, cases ${LABELS.length}`);
