#!/usr/bin/env node
// blind115: DRG/DIP-era hospital behaviour. usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = args[0]; if (!OUT) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base115/rules/catalogue');
const GROUPS = opt('--groups', null);
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
fs.mkdirSync(OUT, { recursive: true });

// ---------- seeded RNG ----------
let seed = 1150115 >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const ROW = {}; // by name
for (const f of fs.readdirSync(CAT).filter(f => /^(services|drugs|consumables).*\.json$/.test(f))) {
  for (const r of (JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows || [])) if (!ROW[r.name]) ROW[r.name] = r;
}
function row(name) { const r = ROW[name]; if (!r) throw new Error('no catalogue row: ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);

// ---------- institutions ----------
const REGIONS = {
  '510100': { prov: '51', name: '成都' }, '370100': { prov: '37', name: '济南' }, '220100': { prov: '22', name: '长春' },
};
const DEPTS = ['respiratory', 'cardiology', 'neurology', 'general_surgery', 'orthopaedics', 'oncology', 'endocrinology', 'rehabilitation', 'icu', 'ophthalmology', 'general_practice', 'emergency', 'hepatobiliary_surgery', 'gastroenterology'];
const INST = {};
for (const rg of Object.keys(REGIONS)) {
  INST[rg] = {
    H3: { id: `H${rg}301`, level: 3 }, H2: { id: `H${rg}201`, level: 2 }, P2: { id: `H${rg}202P`, level: 2 },
    C1: { id: `H${rg}101C`, level: 1 }, Y: { id: `Y${rg}001`, level: 1 },
  };
}
function doctor(inst, dept, k) { return `D${inst.id.slice(1)}${String(DEPTS.indexOf(dept) + 1).padStart(2, '0')}${(k % 3) + 1}`; }

// ---------- people ----------
let memberN = 0;
function member(o = {}) {
  memberN++;
  const age = o.age || ri(45, 82); const g = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const by = 2025 - age; const bd = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const employee = o.scheme ? o.scheme === 'employee' : rnd() < 0.65;
  const retired = employee && age >= (g === 'M' ? 60 : 55);
  return { insuredId: `P115${String(memberN).padStart(6, '0')}`, gender: g, birthDate: bd, retired, age, scheme: employee ? 'employee' : 'resident' };
}

// ---------- lines ----------
const MAXD = new Set(); // deliberate violations (labelled)
function claimCheck(c) {
  const setting = c.visitType === 'inpatient' ? 'inpatient' : 'outpatient';
  const perDay = {}; const days = {};
  const dx = c.diagnoses.map(d => d.code);
  for (const it of c.items) {
    const r = it._row; const k = r.code;
    const where = `${c.claimId} line ${it.lineId} ${r.name}`;
    if (it._deliberate) continue;
    if (r.setting && r.setting !== setting) throw new Error('setting ' + where);
    if (r.minLevel && c.provider.level < r.minLevel) throw new Error('minLevel ' + where);
    if (r.gender && r.gender !== c.patient.gender) throw new Error('gender ' + where);
    const age = 2025 - Number(c.patient.birthDate.slice(0, 4));
    if (r.ageMin != null && age < r.ageMin) throw new Error('ageMin ' + where);
    if (r.ageMax != null && age > r.ageMax) throw new Error('ageMax ' + where);
    if (Array.isArray(r.indications) && r.indications.length && !dx.some(d => r.indications.some(p => d.startsWith(p)))) throw new Error('indication ' + where + ' ' + dx.join(','));
    perDay[k + it.date] = (perDay[k + it.date] || 0) + it.quantity;
    if (r.maxPerDay != null && perDay[k + it.date] > r.maxPerDay) throw new Error("maxPerDay " + where + " " + it.date + " " + JSON.stringify(c.items.filter(x=>x.code===it.code).map(x=>[x.lineId,x.date])));
    (days[k] = days[k] || new Set()).add(it.date);
    if (r.maxDays != null && days[k].size > r.maxDays) throw new Error('maxDays ' + where);
  }
}

// ---------- claims ----------
const claims = []; const labels = [];
let claimSeq = 0;
function newClaim(m, rg, inst, dept, k, visitType, dates, dx, o = {}) {
  claimSeq++;
  const c = {
    claimId: `${rg}-${inst.id}-2025-${String(claimSeq).padStart(6, '0')}`, region: rg, insuranceType: m.scheme, visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(4, 20), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: m.scheme === 'employee' ? ri(12, 35) : ri(3, 15), special: null },
    provider: { hospitalId: inst.id, level: inst.level, department: dept, doctorId: visitType === 'pharmacy' ? undefined : doctor(inst, dept, k) },
  };
  if (visitType === 'pharmacy') delete c.provider.doctorId;
  if (visitType === 'inpatient') { c.admissionDate = dates[0]; c.dischargeDate = dates[1]; } else c.visitDate = dates[0];
  c.diagnoses = dx.map((code, i) => i === 0 ? { code, principal: true } : { code });
  c.procedures = [];
  if (visitType === 'inpatient') {
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered';
    if (o.from) c.transferFromHospitalId = o.from;
    c.reportedGroup = { drg: null, dip: null };
  }
  c.items = []; c._inst = inst; c._m = m;
  return c;
}
function line(c, name, date, qty, o = {}) {
  const r = row(name);
  const price = r.priceCap[String(c.provider.level)];
  const code = (r.products && r.products[0]) || r.code;
  const fen = Math.round(price * 100);
  const it = { lineId: String(c.items.length + 1), code, name: r.name, category: r.category, date, quantity: qty, unitPrice: fen / 100, amount: Math.round(fen * qty) / 100 };
  if (o.long) it.longPrescription = true;
  Object.defineProperty(it, '_row', { value: r, enumerable: false });
  Object.defineProperty(it, '_fen', { value: Math.round(fen * qty), enumerable: false });
  if (o.deliberate) Object.defineProperty(it, '_deliberate', { value: true, enumerable: false });
  c.items.push(it); return it.lineId;
}
function proc(c, code, date) { c.procedures.push({ code, date }); }
function finish(c) {
  claimCheck(c);
  let total = 0, policy = 0;
  for (const it of c.items) { total += it._fen; policy += Math.round(it._fen * (1 - (it._row.selfPayShare || 0))); }
  const pv = POL.provinces[REGIONS[c.region].prov].schemes[c.insuranceType];
  const lvl = String(c.provider.level);
  let fund;
  if (c.visitType === 'inpatient') {
    const p = pv.inpatient; const ded = Math.round(p.deductible[lvl] * 100);
    const ratio = p.ratio[lvl] + (c.patient.retired ? (p.retireeRatioBonus || 0) : 0);
    fund = Math.round(Math.max(0, policy - ded) * ratio);
    fund = Math.min(fund, Math.round(p.annualFundCap * 100));
  } else {
    const p = c.visitType === 'pharmacy' ? pv.pharmacy : pv.outpatient;
    const ratio = (typeof p.ratio === 'object' ? p.ratio[lvl] : p.ratio) + (c.patient.retired ? (p.retireeRatioBonus || 0) : 0);
    fund = Math.min(Math.round(policy * ratio), Math.round(p.annualFundCap * 100)); // yearly deductible taken as met (convention)
  }
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  delete c._inst; delete c._m;
  if (!c.procedures.length) delete c.procedures;
  claims.push(c); return c;
}

// ---------- ward day billing ----------
function wardDays(c, o = {}) {
  const n = diff(c.admissionDate, c.dischargeDate);
  const bed = o.bed || '普通病房床位费(三人间)';
  for (let i = 0; i < Math.max(n, 1); i++) {
    const d = add(c.admissionDate, i);
    const icu = o.icuDays && i >= o.icuDays[0] && i < o.icuDays[1];
    line(c, icu ? '监护病房床位费' : bed, d, 1);
    line(c, '住院诊查费', d, 1);
    if (icu) line(c, '重症监护', d, 24);
    else line(c, o.nursing ? o.nursing(i, n) : (i < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理'), d, 1);
  }
  return n;
}
function admitLabs(c, d, extra = []) {
  line(c, '静脉采血', d, 1); line(c, '血常规(五分类)', d, 1); line(c, '尿常规', d, 1); line(c, '肝功能(全套)', d, 1);
  line(c, '肾功能(三项)', d, 1); line(c, '电解质(四项)', d, 1); line(c, '凝血四项', d, 1); line(c, '常规心电图检查', d, 1);
  for (const e of extra) line(c, e, d, 1);
}
function preop(c, d) { line(c, '术前八项(感染筛查)', d, 1); line(c, '血型鉴定(ABO+Rh)', d, 1); line(c, '胸部X线摄影(正侧位)', d, 1); }
function infusion(c, d, groups) { line(c, '静脉输液(第一组)', d, 1); if (groups > 1) line(c, '静脉输液(每增加一组)', d, groups - 1); line(c, '一次性使用输液器', d, Math.min(groups, 4)); }
function recheck(c, d) { line(c, '静脉采血', d, 1); line(c, '血常规(五分类)', d, 1); line(c, 'C反应蛋白测定', d, 1); }

// ---------- clinical stays ----------
// each returns the claim (finished) ; o: {adm, los, inst, dept, k, dx(override), ...}
const S = {};
S.pneumonia = (m, rg, inst, adm, o = {}) => {
  const los = o.los || ri(6, 9); const dis = add(adm, los);
  const dx = o.dx || ['J18.900', ...(m.age > 60 ? ['I10.x00x002'] : [])];
  const c = newClaim(m, rg, inst, 'respiratory', o.k || 0, 'inpatient', [adm, dis], dx, o);
  const n = wardDays(c, o.ward);
  admitLabs(c, adm, ['C反应蛋白测定', '胸部CT平扫', ...(o.noSputum ? [] : ['痰细菌培养及鉴定'])]);
  const abx = inst.level >= 2 ? 'XX' : '';
  for (let i = 0; i < n; i++) {
    const d = add(adm, i);
    if (i < Math.min(n, 10)) { line(c, '注射用头孢曲松钠', d, 2); line(c, '氯化钠注射液', d, 2); line(c, '盐酸氨溴索注射液', d, 2); infusion(c, d, 2); }
    if (i < 3 && !o.noOxygen) line(c, '吸氧', d, o.oxyH || 8);
    if (i < 3 && !o.noOxygen) line(c, '一次性使用吸氧管', d, 1);
    if (o.kcl && i < 4) { line(c, '氯化钾注射液', d, 3); }
    if (o.kcl && (i === 1 || i === 3)) line(c, '电解质(四项)', d, 1);
    line(c, '雾化吸入', d, 2); line(c, '吸入用布地奈德混悬液', d, 2);
  }
  line(c, '静脉留置针置管', adm, 1); line(c, '一次性使用静脉留置针', adm, 1);
  recheck(c, add(adm, Math.min(3, n - 1)));
  if (o.hook) o.hook(c, n);
  return finish(c);
};
S.copd = (m, rg, inst, adm, o = {}) => {
  const los = o.los || ri(7, 10); const dis = add(adm, los);
  const c = newClaim(m, rg, inst, 'respiratory', o.k || 0, 'inpatient', [adm, dis], o.dx || ['J44.100', 'I10.x00x002'], o);
  const n = wardDays(c, o.ward);
  admitLabs(c, adm, ['C反应蛋白测定', '胸部CT平扫', '痰细菌培养及鉴定']);
  if (!o.noGas) { line(c, '动脉穿刺(采血)', adm, 1); line(c, '血气分析', adm, 1); }
  for (let i = 0; i < n; i++) {
    const d = add(adm, i);
    if (i < Math.min(n, 8)) { line(c, '注射用哌拉西林钠他唑巴坦钠', d, 3); line(c, '氯化钠注射液', d, 3); infusion(c, d, 3); }
    if (i < 5) line(c, '注射用甲泼尼龙琥珀酸钠', d, 1);
    line(c, '雾化吸入', d, 2); line(c, '吸入用布地奈德混悬液', d, 2); line(c, '吸入用异丙托溴铵溶液', d, 2);
    if (!o.noOxygen) line(c, '吸氧', d, i < 4 ? 16 : 8);
  }
  line(c, '静脉留置针置管', adm, 1); line(c, '一次性使用静脉留置针', adm, 1);
  recheck(c, add(adm, 4));
  if (o.hook) o.hook(c, n);
  return finish(c);
};
S.hf = (m, rg, inst, adm, o = {}) => {
  const los = o.los || ri(6, 9); const dis = add(adm, los);
  const c = newClaim(m, rg, inst, 'cardiology', o.k || 0, 'inpatient', [adm, dis], o.dx || ['I50.900', 'I10.x00x002', 'I25.103'], o);
  const n = wardDays(c, o.ward);
  admitLabs(c, adm, ['N末端B型钠尿肽前体(NT-proBNP)测定', '肌钙蛋白I测定', '心脏彩色多普勒超声', '胸部X线摄影(正侧位)']);
  for (let i = 0; i < n; i++) {
    const d = add(adm, i);
    if (i < 4) { line(c, '呋塞米注射液', d, 2); line(c, '静脉注射', d, 2); line(c, '一次性使用注射器(5ml)', d, 2); line(c, '心电监测', d, 24); }
    else line(c, '呋塞米片', d, 2);
    line(c, '沙库巴曲缬沙坦钠片', d, 2); line(c, '螺内酯片', d, 1); line(c, '比索洛尔片', d, 1);
  }
  line(c, '静脉采血', add(adm, 3), 1); line(c, '电解质(四项)', add(adm, 3), 1); line(c, 'N末端B型钠尿肽前体(NT-proBNP)测定', add(adm, Math.max(1, n - 1)), 1);
  if (o.hook) o.hook(c, n);
  return finish(c);
};
S.stroke = (m, rg, inst, adm, o = {}) => {
  const los = o.los || ri(10, 13); const dis = add(adm, los);
  const c = newClaim(m, rg, inst, 'neurology', o.k || 0, 'inpatient', [adm, dis], o.dx || ['I63.900', 'I10.x00x002'], o);
  const n = wardDays(c, o.ward);
  const d0 = o.dayOffset || 0; // for continuation stays
  if (!o.noWorkup) { admitLabs(c, adm, ['头颅CT平扫', '血脂(四项)', '糖化血红蛋白测定']); line(c, '头颅MRI平扫', add(adm, 1), 1); line(c, '颈部血管彩色多普勒超声', add(adm, 1), 1); }
  for (let i = 0; i < n; i++) {
    const d = add(adm, i);
    if (i + d0 < (o.edaDays || 12) && i < 14) { line(c, '依达拉奉注射液', d, 2); line(c, '氯化钠注射液', d, 2); infusion(c, d, 2); }
    line(c, '阿司匹林肠溶片', d, 1); line(c, '硫酸氢氯吡格雷片', d, 1); line(c, '阿托伐他汀钙片', d, 2);
    if (i >= 2) line(c, '偏瘫肢体综合训练', d, 1);
  }
  line(c, '康复评定', add(adm, 2), 1);
  if (o.hook) o.hook(c, n);
  return finish(c);
};
S.chole = (m, rg, inst, adm, o = {}) => {
  const los = o.los || ri(4, 6); const dis = add(adm, los);
  const c = newClaim(m, rg, inst, o.dept || 'general_surgery', o.k || 0, 'inpatient', [adm, dis], o.dx || ['K80.100'], o);
  const n = wardDays(c, o.ward);
  const op = add(adm, o.opDay != null ? o.opDay : 1);
  if (!o.noAdmitWork) { admitLabs(c, adm, ['腹部B超']); preop(c, adm); }
  line(c, '全身麻醉', op, 2); line(c, '腹腔镜下胆囊切除术', op, 1); line(c, '一次性腹腔镜穿刺器', op, 1); line(c, '止血夹(结扎夹)', op, 4);
  line(c, '可吸收缝线', op, 2); line(c, '一次性手术衣及铺单包', op, 1); line(c, '丙泊酚中/长链脂肪乳注射液', op, 2); line(c, '注射用维库溴铵', op, 1);
  line(c, '病理检查(常规石蜡切片)', op, 1); line(c, '心电监测', op, 12);
  proc(c, '51.2300', op);
  for (let i = 0; i < n; i++) {
    const d = add(adm, i);
    if (d >= op && i < diff(adm, op) + 2) { line(c, '注射用头孢呋辛钠', d, 2); line(c, '葡萄糖氯化钠注射液', d, 2); infusion(c, d, 2); }
  }
  recheck(c, add(op, 1));
  if (o.hook) o.hook(c, n);
  return finish(c);
};
S.appy = (m, rg, inst, adm, o = {}) => {
  const los = o.los || ri(3, 5); const dis = add(adm, los);
  const c = newClaim(m, rg, inst, 'general_surgery', o.k || 0, 'inpatient', [adm, dis], ['K35.800'], { route: 'emergency', ...o });
  const n = wardDays(c, o.ward);
  admitLabs(c, adm, ['腹部B超', 'C反应蛋白测定']); preop(c, adm);
  line(c, '全身麻醉', adm, 2); line(c, '腹腔镜下阑尾切除术', adm, 1); line(c, '一次性腹腔镜穿刺器', adm, 1); line(c, '止血夹(结扎夹)', adm, 2);
  line(c, '可吸收缝线', adm, 2); line(c, '一次性手术衣及铺单包', adm, 1); line(c, '病理检查(常规石蜡切片)', adm, 1);
  proc(c, '47.0100', adm);
  for (let i = 0; i < n; i++) { const d = add(adm, i); if (i < 3) { line(c, '注射用头孢呋辛钠', d, 2); line(c, '甲硝唑氯化钠注射液', d, 2); infusion(c, d, 2); } }
  recheck(c, add(adm, 1));
  return finish(c);
};
S.hip = (m, rg, inst, adm, o = {}) => { // femoral neck fracture
  const los = o.los || ri(9, 12); const dis = add(adm, los);
  const c = newClaim(m, rg, inst, 'orthopaedics', o.k || 0, 'inpatient', [adm, dis], o.dx || ['S72.000', 'I10.x00x002'], { route: 'emergency', ...o });
  const n = wardDays(c, o.ward);
  admitLabs(c, adm, ['D-二聚体测定', '四肢关节CT平扫']); preop(c, adm); line(c, '下肢血管彩色多普勒超声', adm, 1);
  line(c, '皮肤牵引术', adm, 1);
  const op = add(adm, 2);
  line(c, '全身麻醉', op, 3); line(c, '一次性手术衣及铺单包', op, 1); line(c, '骨水泥', op, 1);
  if (o.total) { line(c, '人工全髋关节置换术', op, 1); line(c, '髋关节假体(全髋)', op, 1); }
  else { line(c, '人工股骨头置换术', op, 1); line(c, '人工股骨头假体', op, 1); }
  proc(c, o.codeProc || (o.total ? '81.5100' : '81.5200'), op);
  line(c, '一次性负压引流器', op, 1); line(c, '交叉配血', op, 1); line(c, '悬浮红细胞(去白细胞)', op, 2); line(c, '静脉输血', op, 1); line(c, '一次性使用输血器', op, 1);
  for (let i = 0; i < n; i++) {
    const d = add(adm, i);
    if (d >= op && diff(op, d) < 3) { line(c, '注射用头孢呋辛钠', d, 2); line(c, '氯化钠注射液', d, 2); infusion(c, d, 2); }
    if (d >= op && diff(op, d) < 10) line(c, '低分子量肝素钙注射液', d, 1);
    if (d > op) { line(c, '运动疗法', d, 1); if (diff(op, d) % 2 === 1) { line(c, '换药(中)', d, 1); line(c, '一次性使用换药包', d, 1); } }
  }
  line(c, '静脉采血', add(op, 1), 1); line(c, '血常规(五分类)', add(op, 1), 1); line(c, '四肢X线摄影', add(op, 1), 1);
  if (o.hook) o.hook(c, n, op);
  return finish(c);
};
S.knee = (m, rg, inst, adm, o = {}) => {
  const los = o.los || ri(8, 10); const dis = add(adm, los);
  const c = newClaim(m, rg, inst, 'orthopaedics', o.k || 0, 'inpatient', [adm, dis], ['M17.100', 'I10.x00x002'], o);
  const n = wardDays(c, o.ward);
  admitLabs(c, adm, ['D-二聚体测定']); preop(c, adm); line(c, '下肢血管彩色多普勒超声', adm, 1);
  const op = add(adm, 1);
  line(c, '全身麻醉', op, 3); line(c, '人工全膝关节置换术', op, 1); line(c, '膝关节假体(全膝)', op, 1); line(c, '骨水泥', op, 2); line(c, '一次性手术衣及铺单包', op, 1);
  proc(c, '81.5400', op);
  for (let i = 0; i < n; i++) {
    const d = add(adm, i);
    if (d >= op && diff(op, d) < 3) { line(c, '注射用头孢呋辛钠', d, 2); line(c, '氯化钠注射液', d, 1); infusion(c, d, 1); }
    if (d >= op && diff(op, d) < 10) line(c, '低分子量肝素钙注射液', d, 1);
    if (d > op) { line(c, '运动疗法', d, 1); line(c, '关节松动训练', d, 1); }
  }
  line(c, '四肢X线摄影', add(op, 1), 1);
  return finish(c);
};
S.chemo = (m, rg, inst, adm, o = {}) => {
  const los = o.los || 3; const dis = add(adm, los);
  const c = newClaim(m, rg, inst, 'oncology', o.k || 0, 'inpatient', [adm, dis], ['Z51.100', 'C34.100'], o);
  const n = wardDays(c, o.ward);
  line(c, '静脉采血', adm, 1); line(c, '血常规(五分类)', adm, 1); line(c, '肝功能(全套)', adm, 1); line(c, '肾功能(三项)', adm, 1); line(c, '肿瘤标志物(CEA)测定', adm, 1); line(c, '细胞角蛋白19片段(CYFRA21-1)测定', adm, 1);
  const d1 = add(adm, 1);
  line(c, '注射用培美曲塞二钠', d1, 2); line(c, '顺铂注射液', d1, 6); line(c, '化疗药物配置', d1, 2); line(c, '盐酸帕洛诺司琼注射液', d1, 1);
  line(c, '氯化钠注射液', d1, 4); line(c, '一次性使用精密输液器', d1, 2); infusion(c, d1, 4); line(c, '静脉输液港维护', adm, 1);
  proc(c, '99.2500', d1);
  for (let i = 2; i < n; i++) { const d = add(adm, i); line(c, '盐酸昂丹司琼注射液', d, 1); line(c, '氯化钠注射液', d, 2); infusion(c, d, 2); }
  if (o.ct) line(c, '胸部CT平扫', adm, 1);
  return finish(c);
};
S.hernia = (m, rg, inst, adm, o = {}) => {
  const los = o.los || 1; const dis = add(adm, los);
  const c = newClaim(m, rg, inst, 'general_surgery', o.k || 0, 'inpatient', [adm, dis], ['K40.900'], o);
  const n = wardDays(c, { nursing: () => 'Ⅱ级护理' });
  if (!o.noLabs) { admitLabs(c, adm); preop(c, adm); }
  line(c, '椎管内麻醉', adm, 1); line(c, '腹股沟疝修补术', adm, 1); line(c, '疝修补补片', adm, 1); line(c, '一次性手术衣及铺单包', adm, 1); line(c, '可吸收缝线', adm, 2);
  proc(c, '53.0500', adm);
  line(c, '注射用头孢呋辛钠', adm, 1); line(c, '氯化钠注射液', adm, 1); infusion(c, adm, 1);
  return finish(c);
};
S.pci = (m, rg, inst, adm, o = {}) => {
  const los = o.los || ri(4, 6); const dis = add(adm, los);
  const c = newClaim(m, rg, inst, 'cardiology', o.k || 0, 'inpatient', [adm, dis], o.dx || ['I20.000', 'I10.x00x002'], o);
  const n = wardDays(c, o.ward);
  admitLabs(c, adm, ['肌钙蛋白I测定', '心肌酶谱', '心脏彩色多普勒超声', '血脂(四项)', '糖化血红蛋白测定']); line(c, '术前八项(感染筛查)', adm, 1);
  if (o.tropSerial) { line(c, '肌钙蛋白I测定', add(adm, 1), 1); line(c, '心肌酶谱', add(adm, 1), 1); }
  const op = add(adm, o.opDay != null ? o.opDay : 1);
  line(c, '冠状动脉造影术', op, 1); line(c, '冠脉造影导管', op, 2); line(c, '血管鞘组', op, 1); line(c, '导引导丝', op, 1); line(c, '碘海醇注射液', op, 2); line(c, '局部浸润麻醉', op, 1);
  proc(c, '88.5600', op);
  if (o.stents) { line(c, '经皮冠状动脉支架置入术', op, 1); line(c, '冠状动脉药物洗脱支架', op, o.stents); line(c, '冠状动脉球囊扩张导管', op, 1); proc(c, '36.0601', op); }
  line(c, '心电监测', op, 24);
  for (let i = 0; i < n; i++) { const d = add(adm, i); line(c, '阿司匹林肠溶片', d, 1); line(c, '替格瑞洛片', d, 2); line(c, '阿托伐他汀钙片', d, 2); line(c, '低分子量肝素钙注射液', d, i < 3 ? 2 : 0 || 1); }
  if (o.hook) o.hook(c, n, op);
  return finish(c);
};
S.diabetes = (m, rg, inst, adm, o = {}) => { // ordinary admission of a T2DM patient
  const los = o.los || ri(7, 9); const dis = add(adm, los);
  const c = newClaim(m, rg, inst, 'endocrinology', o.k || 0, 'inpatient', [adm, dis], o.dx || ['E11.900', 'I10.x00x002'], o);
  const n = wardDays(c, { nursing: o.nursing || (() => 'Ⅱ级护理') });
  admitLabs(c, adm, ['糖化血红蛋白测定', '血脂(四项)', 'C肽测定', '尿微量白蛋白测定', '腹部B超', '颈部血管彩色多普勒超声', '眼底检查']);
  for (let i = 0; i < n; i++) {
    const d = add(adm, i); line(c, '血糖监测(快速)', d, 4); line(c, '血糖试纸', d, 4);
    line(c, '盐酸二甲双胍片', d, 3); line(c, '苯磺酸氨氯地平片', d, 1);
    if (o.insulin) { line(c, '门冬胰岛素注射液', d, 1); line(c, '甘精胰岛素注射液', d, i % 3 === 0 ? 1 : 0 || 1); line(c, '皮下注射', d, 4); }
  }
  line(c, '下肢血管彩色多普勒超声', add(adm, 1), 1);
  if (o.hook) o.hook(c, n);
  return finish(c);
};
S.dka = (m, rg, inst, adm, o = {}) => {
  const los = o.los || ri(7, 9); const dis = add(adm, los);
  const c = newClaim(m, rg, inst, 'endocrinology', o.k || 0, 'inpatient', [adm, dis], ['E11.100', 'E87.600'], { route: 'emergency', ...o });
  const n = wardDays(c, { nursing: (i) => i < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理' });
  admitLabs(c, adm, ['糖化血红蛋白测定', '血气分析', 'β-羟丁酸测定', '血乳酸测定']); line(c, '动脉穿刺(采血)', adm, 1);
  for (let i = 0; i < n; i++) {
    const d = add(adm, i); line(c, '血糖监测(快速)', d, i < 2 ? 8 : 4); line(c, '血糖试纸', d, i < 2 ? 8 : 4);
    if (i < 2) { line(c, '生物合成人胰岛素注射液', d, 2); line(c, '氯化钠注射液', d, 6); line(c, '氯化钾注射液', d, 4); infusion(c, d, 4); line(c, '一次性使用精密输液器', d, 1); line(c, 'β-羟丁酸测定', d, 3); line(c, '电解质(四项)', d, i === 0 ? 1 : 2); line(c, '血气分析', d, 2); line(c, '动脉穿刺(采血)', d, 2); }
    else { line(c, '门冬胰岛素注射液', d, 1); line(c, '甘精胰岛素注射液', d, 1); line(c, '皮下注射', d, 4); }
  }
  return finish(c);
};
S.rehab = (m, rg, inst, adm, o = {}) => {
  const los = o.los || ri(28, 40); const dis = add(adm, los);
  const c = newClaim(m, rg, inst, 'rehabilitation', o.k || 0, 'inpatient', [adm, dis], ['I69.300', 'I10.x00x002'], o);
  const n = wardDays(c, { nursing: () => 'Ⅱ级护理' });
  admitLabs(c, adm, ['头颅CT平扫']);
  line(c, '康复评定', adm, 1); line(c, '日常生活能力评定', adm, 1); line(c, '平衡功能评定', adm, 1); line(c, '吞咽功能评定', adm, 1);
  for (let i = 1; i < n; i++) {
    const d = add(adm, i); const wd = D(d).getUTCDay();
    line(c, '阿司匹林肠溶片', d, 1); line(c, '阿托伐他汀钙片', d, 1);
    if (wd !== 0) { line(c, '偏瘫肢体综合训练', d, 2); line(c, '作业疗法', d, 1); line(c, '神经肌肉电刺激治疗', d, 1); if (i % 2) line(c, '平衡功能训练', d, 1); }
    if (i % 14 === 0) { line(c, '康复评定', d, 1); line(c, '日常生活能力评定', d, 1); }
  }
  return finish(c);
};
S.sepsisIcu = (m, rg, inst, adm, o = {}) => { // genuine sepsis / MCC with ICU
  const los = o.los || ri(12, 18); const dis = add(adm, los);
  const icuN = o.icuN || ri(5, 8);
  const c = newClaim(m, rg, inst, o.dept || 'icu', o.k || 0, 'inpatient', [adm, dis], o.dx || ['A41.900', 'J18.900', 'J96.000', 'N17.900'], { route: 'emergency', ...o });
  const n = wardDays(c, { icuDays: [0, icuN] });
  admitLabs(c, adm, ['降钙素原测定', 'C反应蛋白测定', '胸部CT平扫', '血乳酸测定', '血气分析']);
  line(c, '动脉穿刺(采血)', adm, 1); line(c, '血培养及鉴定(需氧/厌氧)', adm, 4); line(c, '痰细菌培养及鉴定', adm, 1); line(c, '深静脉穿刺置管术', adm, 1);
  line(c, '一次性气管插管', adm, 1); proc(c, '96.0400', adm);
  for (let i = 0; i < n; i++) {
    const d = add(adm, i);
    if (i < icuN) {
      line(c, '有创呼吸机辅助呼吸', d, i === 0 ? 20 : 24); line(c, '一次性呼吸机管路', d, 1);
      line(c, '血气分析', d, 2); line(c, '动脉穿刺(采血)', d, 2); line(c, '血乳酸测定', d, 2);
      line(c, '重酒石酸去甲肾上腺素注射液', d, i < 3 ? 4 : 1); line(c, '咪达唑仑注射液', d, 3);
      if (o.crrt && i < 3) line(c, '连续性血液净化(CRRT)', d, 20);
    }
    if (i < 10) { line(c, '注射用美罗培南', d, 3); line(c, '氯化钠注射液', d, 4); infusion(c, d, 4); }
    if (i >= icuN) line(c, '吸氧', d, 12);
    if (i % 2 === 0 && i > 0) { line(c, '静脉采血', d, 1); line(c, '血常规(五分类)', d, 1); line(c, '降钙素原测定', d, 1); line(c, '肾功能(三项)', d, 1); line(c, '电解质(四项)', d, 1); }
  }
  const vh = icuN * 24 - 4; proc(c, vh >= 96 ? '96.7200' : '96.7100', adm);
  if (o.crrt) proc(c, '39.9500', adm);
  return finish(c);
};

// ---------- outpatient / pharmacy ----------
function opVisit(m, rg, inst, dept, k, date, dx, build) {
  const c = newClaim(m, rg, inst, dept, k, 'outpatient', [date], dx);
  line(c, inst.level >= 2 ? '副主任医师门诊诊察费' : '一般诊疗费', date, 1);
  build(c, date); return finish(c);
}
function pharmacy(m, rg, date, dx, drugs) {
  const c = newClaim(m, rg, INST[rg].Y, 'pharmacy', 0, 'pharmacy', [date], dx);
  for (const [n, q] of drugs) line(c, n, date, q, { long: q >= 28 });
  return finish(c);
}

// ---------- case registry ----------
let caseN = 0;
function label(kind, code, name, cs, variant, targetsIdx, mutated) {
  caseN++;
  const ids = cs.map(c => c.claimId);
  const targets = kind === 'fraud' ? (targetsIdx || cs.map((_, i) => i)).map(i => ids[i]) : ids;
  labels.push({ caseId: `B115-${String(caseN).padStart(4, '0')}`, kind, code, name, claimIds: ids, targets, mutatedLines: mutated || {}, typology: code, variant });
}
const RG = Object.keys(REGIONS);
function month() { return ri(1, 11); }
function date(mo, dmax = 25) { return `2025-${String(mo).padStart(2, '0')}-${String(ri(1, dmax)).padStart(2, '0')}`; }
function ctx(i) { const rg = RG[i % 3]; return { rg, I: INST[rg], careful: i % 3 === 2, k: ri(0, 8) }; }

const T = []; const C = [];
// ===== FRAUD =====
T.push(['T01', '高套分组：编码呼吸衰竭(MCC)而账单无血气、无通气支持', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(60, 85) }); const adm = date(month());
  const c = S.pneumonia(m, rg, pick([I.H3, I.H2]), adm, { k, dx: ['J18.900', 'J96.000', 'I10.x00x002'], noOxygen: !careful, oxyH: 4 });
  return [[c], careful ? 'careful' : 'overt'];
}]);
T.push(['T02', '高套分组：主诊断升为脓毒症，实际按普通肺部/泌尿感染治疗', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(55, 85) }); const adm = date(month());
  const c = S.pneumonia(m, rg, pick([I.H3, I.H2, I.P2]), adm, { k, dx: ['A41.900', 'J18.900'], los: ri(6, 8), hook: careful ? (c) => { line(c, 'C反应蛋白测定', add(adm, 1), 1); line(c, '降钙素原测定', adm, 1); } : null });
  return [[c], careful ? 'careful' : 'overt'];
}]);
T.push(['T03', '高套分组：编码有创机械通气/气管插管，账单无呼吸机及插管收费', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(62, 85) }); const adm = date(month());
  const c = S.copd(m, rg, I.H3, adm, { k, dx: ['J44.100', 'J96.100', 'I10.x00x002'], hook: (c) => { proc(c, '96.0400', adm); proc(c, careful ? '96.7100' : '96.7200', adm); if (careful) line(c, '无创呼吸机辅助通气', adm, 6); } });
  return [[c], careful ? 'careful' : 'overt'];
}]);
T.push(['T04', '低码高编：实施人工股骨头置换(半髋)，编码为全髋关节置换', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(68, 88) }); const adm = date(month());
  const c = S.hip(m, rg, I.H3, adm, { k, codeProc: '81.5100', dx: careful ? ['S72.000', 'I10.x00x002', 'E87.600'] : ['S72.000', 'I10.x00x002'] });
  return [[c], careful ? 'careful' : 'overt'];
}]);
T.push(['T05', '分解住院：同院脑梗死一次诊疗拆为两次住院', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(58, 85) }); const adm = date(month(), 12);
  const inst = pick([I.H3, I.H2]);
  const a = S.stroke(m, rg, inst, adm, { k, los: ri(7, 9), edaDays: 14 });
  const adm2 = add(a.dischargeDate, careful ? ri(3, 6) : ri(0, 1));
  const b = S.stroke(m, rg, inst, adm2, { k, los: ri(6, 8), noWorkup: careful ? false : true, dayOffset: diff(adm, adm2), edaDays: 0, dx: careful ? ['I63.900', 'I10.x00x002', 'E11.900'] : ['I63.900', 'I10.x00x002'] });
  return [[a, b], careful ? 'careful' : 'overt', [1]];
}]);
T.push(['T06', '分解住院：三级医院出院后当日/次日以门诊入院转至合作民营医院继续同病治疗', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(60, 85) }); const adm = date(month(), 14);
  const f = i % 2 ? S.copd : S.hf;
  const a = f(m, rg, I.H3, adm, { k, los: ri(5, 7) });
  const b = f(m, rg, I.P2, add(a.dischargeDate, careful ? 2 : 0), { k, los: ri(8, 12) });
  return [[a, b], careful ? 'careful' : 'overt', [1]];
}]);
T.push(['T07', '转科按新住院结算：同院内科转外科拆成两张住院结算单', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(40, 78) }); const adm = date(month());
  const inst = pick([I.H3, I.H2]);
  const a = newClaim(m, rg, inst, 'gastroenterology', k, 'inpatient', [adm, add(adm, careful ? 4 : 3)], ['K80.000'], { route: 'emergency' });
  const n = wardDays(a); admitLabs(a, adm, ['腹部B超', 'C反应蛋白测定']);
  for (let d = 0; d < n; d++) { line(a, '注射用头孢哌酮钠舒巴坦钠', add(adm, d), 2); line(a, '氯化钠注射液', add(adm, d), 2); infusion(a, add(adm, d), 2); line(a, '消旋山莨菪碱注射液', add(adm, d), 2); line(a, '肌肉注射', add(adm, d), 2); }
  finish(a);
  const b = S.chole(m, rg, inst, careful ? add(a.dischargeDate, 1) : a.dischargeDate, { k, dept: 'hepatobiliary_surgery', opDay: 0, los: ri(3, 4), dx: ['K80.000'], noAdmitWork: !careful });
  return [[a, b], careful ? 'careful' : 'overt'];
}]);
T.push(['T08', '费用转移：入院前一两日本院门诊结算入院检查与本次手术用药，住院单不再检查', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(40, 75) }); const adm = date(month());
  const inst = pick([I.H3, I.H2]);
  const pre = add(adm, careful ? -2 : -1);
  const o = opVisit(m, rg, inst, 'general_surgery', k, pre, ['K80.100'], (c, d) => {
    admitLabs(c, d, ['腹部B超', '胸部CT平扫']); line(c, '术前八项(感染筛查)', d, 1); line(c, '血型鉴定(ABO+Rh)', d, 1);
    if (!careful) { line(c, '注射用头孢呋辛钠', d, 2); line(c, '一次性使用输液器', d, 1); line(c, '静脉输液(第一组)', d, 1); }
  });
  const s = S.chole(m, rg, inst, adm, { k, noAdmitWork: true, opDay: 0, los: ri(3, 4) });
  return [[o, s], careful ? 'careful' : 'overt', [0]];
}]);
T.push(['T09', '费用转移：出院后本院门诊继续静脉抗感染(住院疗程转门诊结算)', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(50, 85) }); const adm = date(month(), 15);
  const inst = pick([I.H3, I.H2]);
  const s = S.pneumonia(m, rg, inst, adm, { k, los: ri(4, 5) });
  const out = []; const nd = careful ? 3 : 5;
  for (let j = 0; j < nd; j++) {
    const d = add(s.dischargeDate, careful ? j + 1 : j);
    out.push(opVisit(m, rg, inst, 'respiratory', k, d, ['J18.900'], (c) => { line(c, '注射用头孢曲松钠', d, 2); line(c, '氯化钠注射液', d, 2); line(c, '盐酸氨溴索注射液', d, 2); infusion(c, d, 2); if (j === 0 && !careful) recheck(c, d); }));
  }
  return [[s, ...out], careful ? 'careful' : 'overt', out.map((_, j) => j + 1)];
}]);
T.push(['T10', '低标准入院：病情稳定的糖尿病/高血压患者住院做检查和常规口服药', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(55, 80) }); const adm = date(month());
  const c = S.diabetes(m, rg, pick([I.H2, I.P2, I.C1.level >= 1 ? I.H2 : I.H2]), adm, { k, los: careful ? ri(5, 6) : ri(8, 10), nursing: () => 'Ⅲ级护理', dx: careful ? ['E11.200', 'I10.x00x002'] : ['E11.900', 'I10.x00x002'] });
  return [[c], careful ? 'careful' : 'overt'];
}]);
T.push(['T11', '挂床住院：床位/诊查/护理逐日计费，后半程无任何诊疗', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(60, 85) }); const adm = date(month(), 10);
  const inst = pick([I.P2, I.H2]);
  const los = ri(15, 20);
  const c = newClaim(m, rg, inst, 'neurology', k, 'inpatient', [adm, add(adm, los)], ['I69.300', 'I10.x00x002']);
  wardDays(c, { nursing: () => 'Ⅱ级护理' }); admitLabs(c, adm, ['头颅CT平扫']);
  for (let d = 0; d < 3; d++) { line(c, '阿司匹林肠溶片', add(adm, d), 1); line(c, '偏瘫肢体综合训练', add(adm, d + 1), 1); }
  if (careful) for (let d = 3; d < los; d += 4) line(c, '阿司匹林肠溶片', add(adm, d), 1);
  finish(c);
  return [[c], careful ? 'careful' : 'overt'];
}]);
T.push(['T12', '规避高倍率：重症住院中途办出院，次日再入院续治', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(55, 85) }); const adm = date(month(), 8);
  const a = S.sepsisIcu(m, rg, I.H3, adm, { k, los: ri(8, 10), icuN: ri(4, 6), mode: 'ordered' });
  const adm2 = add(a.dischargeDate, careful ? 1 : 0);
  const b = S.sepsisIcu(m, rg, I.H3, adm2, { k, los: ri(7, 9), icuN: ri(2, 3), route: careful ? 'outpatient' : 'emergency', dx: careful ? ['J18.900', 'J96.000', 'N17.900'] : ['A41.900', 'J18.900', 'J96.000', 'N17.900'] });
  return [[a, b], careful ? 'careful' : 'overt'];
}]);
T.push(['T13', '凑高倍率：普通肺炎住院堆砌监护病房、特级护理和每日重复检验', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(55, 85) }); const adm = date(month());
  const mut = [];
  const c = S.pneumonia(m, rg, I.H3, adm, {
    k, los: ri(10, 13), ward: careful ? { nursing: () => '特级护理' } : { bed: '监护病房床位费', nursing: () => '特级护理' }, hook: (c, n) => {
      for (let d = 0; d < n; d++) {
        const dt = add(adm, d);
        mut.push(line(c, '心电监测', dt, 24), line(c, '血氧饱和度监测', dt, 24), line(c, '血气分析', dt, careful ? 1 : 3), line(c, 'N末端B型钠尿肽前体(NT-proBNP)测定', dt, 1), line(c, '降钙素原测定', dt, 1));
        if (!careful) mut.push(line(c, '人血白蛋白', dt, 2));
      }
    }, dx: careful ? ['J18.900', 'I10.x00x002'] : ['J18.900', 'I10.x00x002', 'E88.000'],
  });
  return [[c], careful ? 'careful' : 'overt', [0], { [c.claimId]: mut }];
}]);
T.push(['T14', '推诿/分解：高龄心衰患者未愈即出院，数日后同院同病再入院', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(72, 90) }); const adm = date(month(), 15);
  const inst = pick([I.H3, I.H2]);
  const a = S.hf(m, rg, inst, adm, { k, los: ri(2, 3) });
  const b = S.hf(m, rg, inst, add(a.dischargeDate, careful ? ri(5, 9) : ri(1, 3)), { k, los: ri(6, 8), route: 'emergency' });
  return [[a, b], careful ? 'careful' : 'overt'];
}]);
T.push(['T15', '住院期间同时发生门诊/药店医保结算', (i) => {
  const { rg, I, careful, k } = ctx(i); const m = member({ age: ri(50, 80) }); const adm = date(month());
  const s = S.pci(m, rg, I.H3, adm, { k, stents: 1, los: ri(5, 7) });
  const d = add(adm, ri(2, 3));
  const x = careful ? pharmacy(m, rg, d, ['I25.103'], [['阿托伐他汀钙片', 28], ['苯磺酸氨氯地平片', 28]])
    : opVisit(m, rg, I.C1, 'general_practice', k, d, ['I10.x00x002'], (c) => { line(c, '苯磺酸氨氯地平片', d, 28, { long: true }); line(c, '阿托伐他汀钙片', d, 28, { long: true }); line(c, '常规心电图检查', d, 1); });
  return [[s, x], careful ? 'careful' : 'overt', [1]];
}]);

// ===== CONTROLS =====
C.push(['C01', '真实呼吸衰竭(MCC)：血气、无创通气在账', '《成人急性呼吸衰竭诊治》/GOLD: PaO2<60mmHg 诊断；无创通气为 AECOPD 合并呼衰一线治疗', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(62, 88) }); const adm = date(month());
  const c = S.copd(m, rg, I.H3, adm, { k, dx: ['J44.100', 'J96.000', 'I10.x00x002'], hook: (c) => { for (let d = 0; d < 4; d++) { line(c, '无创呼吸机辅助通气', add(adm, d), 16); line(c, '血气分析', add(adm, d), 1); line(c, '动脉穿刺(采血)', add(adm, d), 1); line(c, '血氧饱和度监测', add(adm, d), 24); } proc(c, '93.9000', adm); } });
  return [c];
}]);
C.push(['C02', '真实脓毒症主诊断：血培养、乳酸、降钙素原、碳青霉烯、ICU', 'Surviving Sepsis Campaign 2021 / 中国脓毒症急诊治疗指南 2018', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(50, 85) }); return [S.sepsisIcu(m, rg, I.H3, date(month()), { k, los: ri(10, 14), icuN: ri(3, 4) })];
}]);
C.push(['C03', 'AECOPD 有创通气：插管、呼吸机逐时计费在账', '慢性阻塞性肺疾病诊治指南(2021修订版) 有创通气指征', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(62, 85) }); const adm = date(month());
  const c = S.copd(m, rg, I.H3, adm, { k, dx: ['J44.100', 'J96.000', 'I10.x00x002'], ward: { icuDays: [0, 4] }, hook: (c) => {
    line(c, '一次性气管插管', adm, 1); proc(c, '96.0400', adm); proc(c, '96.7100', adm);
    for (let d = 0; d < 3; d++) { line(c, '有创呼吸机辅助呼吸', add(adm, d), d === 0 ? 18 : 24); line(c, '一次性呼吸机管路', add(adm, d), 1); line(c, '血气分析', add(adm, d), 2); line(c, '动脉穿刺(采血)', add(adm, d), 2); line(c, '咪达唑仑注射液', add(adm, d), 2); }
  } });
  return [c];
}]);
C.push(['C04', '股骨颈骨折行全髋关节置换：全髋假体与术式一致', '中国老年髋部骨折诊疗指南(2022)：活动量较大的移位型股骨颈骨折可行 THA', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(62, 78) }); return [S.hip(m, rg, I.H3, date(month()), { k, total: true })];
}]);
C.push(['C05', '分期手术：多支病变 PCI 分期处理，4–8 周后再次入院', '中国经皮冠状动脉介入治疗指南(2016)：多支病变可分次 PCI', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(50, 78) }); const adm = date(ri(1, 9));
  const a = S.pci(m, rg, I.H3, adm, { k, stents: 1, dx: ['I20.000', 'I10.x00x002'] });
  const b = S.pci(m, rg, I.H3, add(a.dischargeDate, ri(28, 56)), { k, stents: ri(1, 2), los: 3, dx: ['I25.103', 'I10.x00x002'] });
  return [a, b];
}]);
C.push(['C06', '15日内因无关新病再入院(肺炎出院后急性阑尾炎)', '《医疗保障基金结算清单填写规范》；15日内再入院仅同病种为分解住院线索', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(30, 70) }); const adm = date(month(), 15);
  const a = S.pneumonia(m, rg, pick([I.H3, I.H2]), adm, { k, los: ri(5, 7) });
  const b = S.appy(m, rg, pick([I.H3, I.H2]), add(a.dischargeDate, ri(3, 12)), { k });
  return [a, b];
}]);
C.push(['C07', '计划性化疗周期再入院(每 21 天一周期)', 'NCCN/CSCO 非小细胞肺癌：培美曲塞+顺铂 q21d', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(45, 75) }); let adm = date(ri(1, 8)); const out = [];
  for (let j = 0; j < 3; j++) { const c = S.chemo(m, rg, I.H3, adm, { k, ct: j === 2 }); out.push(c); adm = add(adm, 21); }
  return out;
}]);
C.push(['C08', '病情超出能力，二级医院医嘱转院至三级医院(转院字段齐全)', '结算清单 离院方式 2 医嘱转院 / 入院途径 3 其他医疗机构转入', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(55, 85) }); const adm = date(month());
  const a = S.pneumonia(m, rg, I.H2, adm, { k, los: ri(2, 3), mode: 'transfer' });
  const b = S.sepsisIcu(m, rg, I.H3, a.dischargeDate, { k, route: 'transfer', from: I.H2.id, los: ri(10, 14), icuN: ri(3, 5), dx: ['J18.900', 'J96.000', 'I10.x00x002'] });
  return [a, b];
}]);
C.push(['C09', '真实高倍率：脓毒症休克+急性肾衰，ICU 长期机械通气与 CRRT', '脓毒症指南；KDIGO AKI 肾脏替代治疗', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(50, 80) });
  return [S.sepsisIcu(m, rg, I.H3, date(month()), { k, los: ri(20, 28), icuN: ri(9, 13), crrt: true, dx: ['A41.900', 'R57.900', 'J96.000', 'N17.900'] })];
}]);
C.push(['C10', '短住院因死亡(急性心梗抢救无效)', '结算清单 离院方式 5 死亡；低倍率病例按实际结算', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(70, 92) }); const adm = date(month());
  const c = newClaim(m, rg, I.H3, 'cardiology', k, 'inpatient', [adm, add(adm, 1)], ['I21.000', 'I50.900', 'R57.900'], { route: 'emergency', mode: 'death' });
  wardDays(c, { icuDays: [0, 1] }); admitLabs(c, adm, ['肌钙蛋白I测定', '心肌酶谱', 'N末端B型钠尿肽前体(NT-proBNP)测定', '血气分析']);
  line(c, '动脉穿刺(采血)', adm, 1); line(c, '一次性气管插管', adm, 1); line(c, '有创呼吸机辅助呼吸', adm, 14); line(c, '重酒石酸去甲肾上腺素注射液', adm, 6); line(c, '盐酸多巴胺注射液', adm, 6); line(c, '心电监测', adm, 24);
  proc(c, '96.0400', adm); proc(c, '96.7100', adm);
  return [finish(c)];
}]);
C.push(['C11', '短住院因患者自动出院(非医嘱离院)', '结算清单 离院方式 4 非医嘱离院', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(50, 85) }); return [S.stroke(m, rg, pick([I.H3, I.H2]), date(month()), { k, los: ri(2, 3), mode: 'against_advice' })];
}]);
C.push(['C12', '入院前诊断性门诊检查(发现胆囊结石，数日后择期入院)', '门诊确诊后择期手术；住院单自行完成术前检查', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(35, 70) }); const adm = date(month());
  const inst = pick([I.H3, I.H2]); const pre = add(adm, -ri(3, 7));
  const o = opVisit(m, rg, inst, 'general_surgery', k, pre, ['K80.100'], (c, d) => { line(c, '腹部B超', d, 1); line(c, '静脉采血', d, 1); line(c, '血常规(五分类)', d, 1); line(c, '肝功能(全套)', d, 1); });
  return [o, S.chole(m, rg, inst, adm, { k })];
}]);
C.push(['C13', '日间手术：腹股沟疝补片修补 24 小时内出院', '国家卫健委日间手术推荐目录(2022)', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(35, 75), gender: 'M' }); return [S.hernia(m, rg, pick([I.H3, I.H2]), date(month()), { k })];
}]);
C.push(['C14', '脑梗死后长期康复住院(30–40 天)', '中国脑卒中早期康复治疗指南；康复住院按床日', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(55, 82) }); return [S.rehab(m, rg, I.H2, date(ri(1, 10)), { k })];
}]);
C.push(['C15', 'PCI 术后 2–4 周门诊复诊取药(双抗)', '冠心病二级预防：DAPT 12 个月，出院后门诊随访', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(50, 78) }); const adm = date(ri(1, 10));
  const s = S.pci(m, rg, I.H3, adm, { k, stents: 1 }); const d = add(s.dischargeDate, ri(14, 28));
  const o = opVisit(m, rg, I.H3, 'cardiology', k, d, ['I25.103', 'I10.x00x002'], (c) => { line(c, '静脉采血', d, 1); line(c, '血常规(五分类)', d, 1); line(c, '肝功能(全套)', d, 1); line(c, '血脂(四项)', d, 1); line(c, '阿司匹林肠溶片', d, 28, { long: true }); line(c, '替格瑞洛片', d, 56, { long: true }); line(c, '阿托伐他汀钙片', d, 56, { long: true }); });
  return [s, o];
}]);
C.push(['C16', '同一住院内由内科转外科(一张结算单)', '转科不另行结算：一次住院一张结算清单', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(40, 78) }); const adm = date(month());
  return [S.chole(m, rg, pick([I.H3, I.H2]), adm, { k, dx: ['K80.000'], route: 'emergency', opDay: 3, los: ri(6, 7), hook: (c) => { for (let d = 0; d < 3; d++) { line(c, '注射用头孢哌酮钠舒巴坦钠', add(adm, d), 2); line(c, '氯化钠注射液', add(adm, d), 2); infusion(c, add(adm, d), 2); } line(c, 'C反应蛋白测定', adm, 1); } })];
}]);
C.push(['C17', '脑梗死出院后 10 天内因吸入性肺炎再入院(新并发症)', '卒中后肺炎为常见并发症；不同病种再入院', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(65, 88) }); const adm = date(month(), 15);
  const a = S.stroke(m, rg, I.H3, adm, { k }); const b = S.pneumonia(m, rg, I.H3, add(a.dischargeDate, ri(4, 10)), { k, dx: ['J18.900', 'I69.300'], route: 'emergency' });
  return [a, b];
}]);
C.push(['C18', '糖尿病酮症酸中毒住院：血气、β-羟丁酸、胰岛素静滴', '中国高血糖危象诊断与治疗指南(2012)', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(25, 70) }); return [S.dka(m, rg, pick([I.H3, I.H2]), date(month()), { k })];
}]);
C.push(['C19', '高龄髋部骨折术后并发症，住院较长且每日有诊疗', '老年髋部骨折围术期管理；术后肺炎/谵妄延长住院', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(78, 92) }); const adm = date(month());
  return [S.hip(m, rg, I.H3, adm, { k, los: ri(16, 20), dx: ['S72.000', 'J18.900', 'I10.x00x002'], hook: (c, n, op) => { for (let d = 3; d < 10; d++) { const dt = add(op, d); if (dt < c.dischargeDate) { line(c, '注射用头孢哌酮钠舒巴坦钠', dt, 2); line(c, '氯化钠注射液', dt, 1); infusion(c, dt, 1); line(c, '雾化吸入', dt, 2); } } line(c, '胸部CT平扫', add(op, 3), 1); recheck(c, add(op, 3)); } })];
}]);
C.push(['C20', '慢病患者入院前一日及出院后药店购药(不在住院期间)', '定点药店门诊统筹/长处方', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(50, 80) }); const adm = date(month());
  const p1 = pharmacy(m, rg, add(adm, -ri(1, 3)), ['I10.x00x002'], [['苯磺酸氨氯地平片', 28]]);
  const s = S.pci(m, rg, I.H3, adm, { k, stents: 1 });
  const p2 = pharmacy(m, rg, add(s.dischargeDate, ri(1, 5)), ['I10.x00x002'], [['苯磺酸氨氯地平片', 28]]);
  return [p1, s, p2];
}]);
C.push(['C21', '快速康复：腹腔镜阑尾切除术后 2–3 天出院', 'ERAS 加速康复外科中国专家共识', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(18, 60) }); return [S.appy(m, rg, pick([I.H3, I.H2, I.P2]), date(month()), { k, los: ri(2, 3) })];
}]);
C.push(['C22', '急性非 ST 段抬高心梗主诊断：肌钙蛋白动态、造影及支架', '2019 中国 NSTE-ACS 诊治指南', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(50, 80) }); return [S.pci(m, rg, I.H3, date(month()), { k, stents: ri(1, 2), dx: ['I21.400', 'I10.x00x002'], route: 'emergency', tropSerial: true, opDay: 0 })];
}]);
C.push(['C23', '肺炎合并低钾血症(CC)：复查电解质并静脉补钾', '低钾血症诊治；CC 有治疗支撑', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(60, 88) }); return [S.pneumonia(m, rg, pick([I.H3, I.H2]), date(month()), { k, dx: ['J18.900', 'E87.600', 'I10.x00x002'], kcl: true })];
}]);
C.push(['C24', '髋关节置换术后医嘱转社区卫生服务中心继续康复住院', '结算清单 离院方式 3 医嘱转社区；分级诊疗', (i) => {
  const { rg, I, k } = ctx(i); const m = member({ age: ri(65, 85) }); const adm = date(month(), 12);
  const a = S.hip(m, rg, I.H3, adm, { k, mode: 'community' });
  const b = newClaim(m, rg, I.C1, 'rehabilitation', k, 'inpatient', [a.dischargeDate, add(a.dischargeDate, ri(12, 16))], ['Z50.900', 'S72.000'], { route: 'transfer', from: I.H3.id });
  const n = wardDays(b, { nursing: () => 'Ⅱ级护理' }); line(b, '康复评定', b.admissionDate, 1);
  for (let d = 0; d < n; d++) { const dt = add(b.admissionDate, d); line(b, '运动疗法', dt, 1); line(b, '关节松动训练', dt, 1); if (d < 4) line(b, '利伐沙班片', dt, 1); if (d % 3 === 1) { line(b, '换药(小)', dt, 1); line(b, '一次性使用换药包', dt, 1); } }
  line(b, '四肢X线摄影', add(b.admissionDate, n - 1), 1);
  return [a, finish(b)];
}]);

// ===== build =====
const CASES = [];
for (const [code, name, fn] of T) for (let i = 0; i < 15; i++) CASES.push({ kind: 'fraud', code, name, fn, i });
for (const [code, name, , fn] of C) for (let i = 0; i < 15; i++) CASES.push({ kind: 'control', code, name, fn, i });
for (let i = 0; i < 100; i++) CASES.push({ kind: 'routine', code: 'R', name: '常规诊疗', i });

const ROUTINE = [
  (m, x, adm) => S.pneumonia(m, x.rg, pick([x.I.H3, x.I.H2, x.I.P2]), adm, { k: x.k }),
  (m, x, adm) => S.copd(m, x.rg, pick([x.I.H3, x.I.H2]), adm, { k: x.k }),
  (m, x, adm) => S.hf(m, x.rg, pick([x.I.H3, x.I.H2]), adm, { k: x.k }),
  (m, x, adm) => S.stroke(m, x.rg, pick([x.I.H3, x.I.H2]), adm, { k: x.k, route: 'emergency' }),
  (m, x, adm) => S.chole(m, x.rg, pick([x.I.H3, x.I.H2]), adm, { k: x.k }),
  (m, x, adm) => S.appy(m, x.rg, pick([x.I.H3, x.I.H2, x.I.P2]), adm, { k: x.k }),
  (m, x, adm) => S.hip(m, x.rg, x.I.H3, adm, { k: x.k }),
  (m, x, adm) => S.knee(m, x.rg, x.I.H3, adm, { k: x.k }),
  (m, x, adm) => S.pci(m, x.rg, x.I.H3, adm, { k: x.k, stents: 1 }),
  (m, x, adm) => S.hernia(m, x.rg, pick([x.I.H3, x.I.H2]), adm, { k: x.k, los: ri(2, 3) }),
  (m, x, adm) => opVisit(m, x.rg, pick([x.I.H3, x.I.H2, x.I.C1]), 'general_practice', x.k, adm, ['I10.x00x002'], (c, d) => { line(c, '苯磺酸氨氯地平片', d, 28, { long: true }); if (rnd() < 0.5) { line(c, '静脉采血', d, 1); line(c, '肾功能(三项)', d, 1); line(c, '电解质(四项)', d, 1); } }),
  (m, x, adm) => opVisit(m, x.rg, pick([x.I.H3, x.I.H2, x.I.C1]), 'endocrinology', x.k, adm, ['E11.900'], (c, d) => { line(c, '盐酸二甲双胍片', d, 84, { long: true }); line(c, '静脉采血', d, 1); line(c, '糖化血红蛋白测定', d, 1); }),
  (m, x, adm) => pharmacy(m, x.rg, adm, ['I10.x00x002'], [['苯磺酸氨氯地平片', 28], ['阿托伐他汀钙片', 28]]),
];
for (const cs of CASES) {
  let claimsOut, variant = 'standard', tIdx, mut;
  if (cs.kind === 'routine') {
    const x = ctx(cs.i); const m = member({ gender: cs.i % 13 === 9 ? 'M' : undefined });
    claimsOut = [ROUTINE[cs.i % ROUTINE.length](m, x, date(month()))]; variant = 'routine';
  } else if (cs.kind === 'fraud') {
    const r = cs.fn(cs.i); [claimsOut, variant, tIdx, mut] = r;
  } else claimsOut = cs.fn(cs.i);
  label(cs.kind, cs.code, cs.name, claimsOut, variant, tIdx, mut);
}

// reported groups from the frozen grouper's pass over the coded records
if (GROUPS) {
  const g = {};
  for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const o = JSON.parse(l); const id = o.claimId; const drg = (o.grouping && o.grouping.drg) || o.drg || null; if (id) g[id] = drg; }
  for (const c of claims) if (c.visitType === 'inpatient') c.reportedGroup = { drg: g[c.claimId] || null, dip: null };
}
const sd = (c) => c.dischargeDate || c.visitDate;
const ordered = claims.map((c, i) => [c, i]).sort((a, b) => sd(a[0]) < sd(b[0]) ? -1 : sd(a[0]) > sd(b[0]) ? 1 : a[1] - b[1]).map(x => x[0]);
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), ordered.map(c => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1));
console.error(`blind115: ${labels.length} cases, ${claims.length} claims`);
