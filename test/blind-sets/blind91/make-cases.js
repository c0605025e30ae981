#!/usr/bin/env node
// blind91: diabetes technology, obesity and endocrine care. Fixed seed, no dependencies.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || path.join(__dirname, '../../base87/rules/catalogue'));
const GROUPS = opt('--groups');

// ---------- random (fixed seed) ----------
let seed = 91091;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue rows ----------
const FILES = ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json',
  'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json',
  'services-dental.json', 'services-imaging-and-lab.json', 'services-palliative-care.json', 'services-rehabilitation.json', 'drugs-cardiology-and-nutrition.json'];
const ROW = {};
for (const f of FILES) { const p = path.join(CAT, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!ROW[r.name]) ROW[r.name] = r; }
function row(name) { const r = ROW[name]; if (!r) throw new Error('no catalogue row ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const ageAt = (birth, on) => { const b = D(birth), o = D(on); let a = o.getUTCFullYear() - b.getUTCFullYear(); if (o.getUTCMonth() < b.getUTCMonth() || (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- institutions and doctors ----------
// id: H hospital, C community centre, M clinic (门诊部), Y pharmacy; region; level
const INST = {};
function inst(id, region, level, name, depts) { INST[id] = { id, region, level, name, depts: {} }; let k = 0; for (const d of depts) { INST[id].depts[d] = mkDocs(id, ++k, level, d); } return INST[id]; }
const TITLES3 = ['主任医师', '副主任医师', '主治医师', '主治医师', '住院医师'];
const TITLES1 = ['主治医师', '住院医师', '住院医师'];
function mkDocs(id, k, level, dept) {
  if (dept === 'pharmacy') return [{ id: id.slice(-3) + 'YS1', title: '药师' }];
  const titles = level >= 2 ? TITLES3 : TITLES1;
  return titles.map((t, i) => ({ id: `D${id.slice(1, 3)}${id.slice(-2)}${String(k).padStart(2, '0')}${i + 1}`, title: t }));
}
const BIG = ['endocrinology', 'pediatrics', 'obstetrics', 'general_surgery', 'orthopedics', 'ophthalmology', 'nephrology', 'icu', 'tcm', 'internal_medicine', 'general_practice', 'emergency', 'cardiology', 'respiratory', 'gastroenterology', 'thyroid_surgery'];
const MID = ['endocrinology', 'internal_medicine', 'obstetrics', 'general_surgery', 'orthopedics', 'tcm', 'pediatrics', 'emergency', 'general_practice', 'respiratory', 'ophthalmology'];
const SMALL = ['general_practice', 'internal_medicine', 'tcm'];
inst('H22010001', '220100', 3, '长春某三甲医院', BIG); inst('H22010012', '220100', 2, '长春某二级医院', MID); inst('C22010031', '220100', 1, '长春某社区卫生服务中心', SMALL); inst('Y22010051', '220100', 1, '长春某定点药店', ['pharmacy']);
inst('H22020002', '220200', 3, '吉林市某三级医院', BIG); inst('H22020015', '220200', 2, '吉林市某二级医院', MID); inst('C22020033', '220200', 1, '吉林市某社区卫生服务中心', SMALL); inst('Y22020055', '220200', 1, '吉林市某定点药店', ['pharmacy']);
inst('H23010003', '230100', 3, '哈尔滨某三甲医院', BIG); inst('H23010016', '230100', 2, '哈尔滨某二级医院', MID); inst('C23010035', '230100', 1, '哈尔滨某社区卫生服务中心', SMALL); inst('Y23010052', '230100', 1, '哈尔滨某定点药店', ['pharmacy']);
inst('H37010004', '370100', 3, '济南某三甲医院', BIG); inst('H37010017', '370100', 2, '济南某二级医院', MID); inst('C37010036', '370100', 1, '济南某社区卫生服务中心', SMALL); inst('Y37010053', '370100', 1, '济南某定点药店', ['pharmacy']);
inst('H37020005', '370200', 3, '青岛某三级医院', BIG); inst('M37020041', '370200', 1, '青岛某综合门诊部(体重管理)', ['endocrinology', 'tcm', 'general_practice']); inst('Y37020056', '370200', 1, '青岛某定点药店', ['pharmacy']);
inst('H51010006', '510100', 3, '成都某三甲医院', BIG); inst('H51010018', '510100', 2, '成都某民营二级医院', MID); inst('C51010037', '510100', 1, '成都某社区卫生服务中心', SMALL); inst('Y51010054', '510100', 1, '成都某定点药店', ['pharmacy']); inst('M51010042', '510100', 1, '成都某中医诊所(体重管理)', ['tcm', 'endocrinology', 'general_practice']);
inst('H51070007', '510700', 3, '绵阳某三级医院', BIG); inst('H51070019', '510700', 2, '绵阳某二级医院', MID); inst('C51070038', '510700', 1, '绵阳某乡镇卫生院', SMALL.concat(['endocrinology']));
inst('H23020008', '230200', 2, '齐齐哈尔某二级医院', MID); inst('H23020009', '230200', 3, '齐齐哈尔某三级医院', BIG); inst('H23020020', '230200', 2, '齐齐哈尔某民营二级医院', MID);
const byRegion = (r, pred) => Object.values(INST).filter((h) => h.region === r && pred(h));
const REGIONS = ['220100', '220200', '230100', '370100', '370200', '510100', '510700', '230200'];
function doc(h, dept, title) { const ds = h.depts[dept]; if (!ds) throw new Error(`no ${dept} at ${h.id}`); const c = title ? ds.filter((d) => d.title === title) : ds; return pick(c.length ? c : ds); }

// ---------- members ----------
let memberSeq = 0;
function member({ age, gender, region, scheme, on = '2025-06-01', chronic = null, birth = null }) {
  const by = Number(on.slice(0, 4)) - age; const birthDate = birth || `${by - (on.slice(5) < '06-15' ? 1 : 0)}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const a = ageAt(birthDate, on);
  const insuranceType = scheme || (a >= 18 && a < 70 && rnd() < 0.6 ? 'employee' : 'resident');
  const retired = insuranceType === 'employee' && a >= (gender === 'M' ? 60 : 55);
  const contributionYears = insuranceType === 'employee' ? Math.max(1, Math.min(a - 20, retired ? ri(30, 38) : ri(3, 28))) : 0;
  memberSeq++;
  return { region, insuranceType, patient: { insuredId: 'P91' + String(memberSeq).padStart(5, '0'), gender, birthDate, retired },
    enrollment: { enrolledOn: '2024-01-01', inConcentratedPeriod: true, continuousYears: a < 2 ? 1 : Math.min(a, ri(3, 12)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null,
      ...(chronic ? { chronicDiseases: chronic } : {}) } };
}

// ---------- claims ----------
let claimSeq = 0; const CLAIMS = [];
function claim(m, h, dept, { visitType, date, adm, dis, dx, px = [], doctor, title, consult = true, route, mode, transferFrom, insuredRegion }) {
  claimSeq++;
  const d = doctor || (dept === 'pharmacy' ? h.depts.pharmacy[0] : doc(h, dept, title));
  const c = { claimId: `${h.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`, region: h.region, insuranceType: m.insuranceType, visitType,
    patient: { ...m.patient }, enrollment: { ...m.enrollment }, provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: d.id } };
  if (insuredRegion) c.insuredRegion = insuredRegion;
  if (visitType === 'inpatient') { c.admissionDate = adm; c.dischargeDate = dis; if (route) c.admissionRoute = route; c.dischargeMode = mode || 'ordered'; if (transferFrom) c.transferFromHospitalId = transferFrom; }
  else c.visitDate = date;
  c.diagnoses = dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = px.map(([code, dt]) => ({ code, date: dt }));
  if (visitType === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = []; c._h = h; c._doc = d; c._settle = visitType === 'inpatient' ? dis : date;
  if (visitType !== 'inpatient' && visitType !== 'pharmacy' && consult) {
    let fee;
    if (visitType === 'chronic') fee = '门诊慢特病管理诊查费';
    else if (h.id[0] === 'C') fee = '一般诊疗费';
    else if (h.level >= 2 && d.title === '主任医师') fee = '主任医师门诊诊察费';
    else if (h.level >= 2 && d.title === '副主任医师') fee = '副主任医师门诊诊察费';
    else fee = '普通门诊诊察费';
    it(c, fee, 1, date);
  }
  if (visitType === 'inpatient') {
    const los = Math.round((D(dis) - D(adm)) / 86400000);
    for (let k = 0; k < los; k++) { const dt = add(adm, k); it(c, '住院诊查费', 1, dt); }
  }
  CLAIMS.push(c); return c;
}
function it(c, name, qty, date, extra) {
  const r = row(name); const lvl = String(c.provider.level);
  const cap = r.priceCap[lvl]; const unitFen = Math.round(cap * 100);
  const lineId = String(c.items.length + 1);
  const amountFen = Math.round(unitFen * qty);
  c.items.push({ lineId, code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date, quantity: qty, unitPrice: unitFen / 100, amount: amountFen / 100, ...(extra || {}), _fen: amountFen, _row: r });
  return lineId;
}
function days(c, adm, los, fn) { for (let k = 0; k < los; k++) fn(add(adm, k), k); }
function ward(c, adm, los, { nursing = 'Ⅱ级护理', bed = '普通病房床位费(三人间)', icuDays = 0 } = {}) {
  days(c, adm, los, (dt, k) => { if (k < icuDays) { it(c, '监护病房床位费', 1, dt); it(c, 'Ⅰ级护理', 1, dt); } else { it(c, bed, 1, dt); it(c, nursing, 1, dt); } });
}

// ---------- amounts (fen) from policies ----------
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '../benefits/policies.json'), 'utf8'));
function scheme(region, ins, kind) {
  const p = POL.provinces[region.slice(0, 2)]; let s = JSON.parse(JSON.stringify(p.schemes[ins][kind]));
  const ov = p.regions && p.regions[region] && p.regions[region].schemes && p.regions[region].schemes[ins] && p.regions[region].schemes[ins][kind];
  if (ov) s = { ...s, ...ov }; return s;
}
const used = {};
function amounts(c) {
  let total = 0, policy = 0;
  for (const x of c.items) { total += x._fen; const r = x._row; const share = r.class === '丙' ? 1 : (r.selfPayShare || 0); policy += x._fen - Math.round(x._fen * share); }
  const ins = c.insuredRegion || c.region; const kind = c.visitType === 'inpatient' ? 'inpatient' : c.visitType === 'chronic' ? 'chronic' : c.visitType === 'pharmacy' ? 'pharmacy' : 'outpatient';
  const s = scheme(ins, c.insuranceType, kind); const lvl = String(c.provider.level);
  const year = c._settle.slice(0, 4); const key = `${c.patient.insuredId}|${kind}|${year}`;
  const u = used[key] || (used[key] = { ded: 0, fund: 0 });
  let dedDue;
  if (kind === 'inpatient') dedDue = Math.round((typeof s.deductible === 'object' ? s.deductible[lvl] : s.deductible) * 100);
  else dedDue = Math.max(0, Math.round(s.deductible * 100) - u.ded);
  const dedPaid = Math.min(dedDue, policy); if (kind !== 'inpatient') u.ded += dedPaid;
  const ratio = (typeof s.ratio === 'object' ? s.ratio[lvl] : s.ratio) + (c.patient.retired ? (s.retireeRatioBonus || 0) : 0);
  let fund = Math.floor((policy - dedPaid) * Math.min(ratio, s.maxRatio || 1));
  const capLeft = Math.round(s.annualFundCap * 100) - u.fund; fund = Math.max(0, Math.min(fund, capLeft)); u.fund += fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}

// ---------- labels ----------
const LABELS = [];
const NAMES = {};
function label(kind, code, name, idx, claims, targets, mutated) {
  NAMES[code] = name;
  LABELS.push({ caseId: `${code}-${String(idx + 1).padStart(2, '0')}`, kind, code, name, ...(kind === 'fraud' ? { typology: code } : kind === 'control' ? { control: code } : {}),
    claimIds: claims.map((c) => c.claimId), targets: (targets || claims).map((c) => c.claimId), mutatedLines: mutated || {} });
}
const ML = (pairs) => { const o = {}; for (const [c, ids] of pairs) if (ids.length) o[c.claimId] = ids.map(String); return o; };

// ---------- helpers for common visits ----------
const T2_ORAL = [['盐酸二甲双胍片', 3], ['格列美脲片', 1], ['格列齐德缓释片', 1], ['磷酸西格列汀片', 1], ['阿卡波糖片', 3], ['盐酸二甲双胍缓释片', 2]];
function oralRx(c, date, ndays, n = 2, extra) { const list = T2_ORAL.slice(); const out = []; for (let k = 0; k < n; k++) { const j = ri(0, list.length - 1); const [name, perDay] = list.splice(j, 1)[0]; out.push(it(c, name, perDay * ndays, date, extra)); } return out; }
function hosp(region, pred) { const hs = byRegion(region, pred); return pick(hs); }
const H3 = (r) => hosp(r, (h) => h.level === 3 && h.id[0] === 'H');
const H2 = (r) => hosp(r, (h) => h.level === 2 && h.id[0] === 'H') || H3(r);
const CC = (r) => hosp(r, (h) => h.id[0] === 'C') || H2(r);
const PH = (r) => hosp(r, (h) => h.id[0] === 'Y');
const anyRegion = () => pick(REGIONS);
const regionWithPharmacy = () => pick(['220100', '220200', '230100', '370100', '370200', '510100']);
const chronicE10 = (r) => r.startsWith('37'); // only 山东 lists 1型糖尿病 as 门诊慢特病 in these policies
function month(i, k, day = 10) { return `2025-${String(Math.min(12, i + k)).padStart(2, '0')}-${String(day).padStart(2, '0')}`; }
function baseDate(lo = 1, hi = 6) { return `2025-${String(ri(lo, hi)).padStart(2, '0')}-${String(ri(3, 26)).padStart(2, '0')}`; }

// ================= FRAUD TYPOLOGIES =================
const T = {};
// T01 GLP-1 for weight loss billed under a diabetes code (串换诊断 / 超限定支付)
T.T01 = ['GLP-1（利拉鲁肽）用于减重，挂2型糖尿病诊断（串换/超限定支付）', (i) => {
  const r = pick(['370200', '510100', '220100', '230100']); const h = i % 3 === 0 ? hosp(r, (x) => x.id[0] === 'M') || H2(r) : (i % 3 === 1 ? H2(r) : H3(r));
  const m = member({ age: ri(23, 42), gender: i % 4 === 0 ? 'M' : 'F', region: r, scheme: 'employee' });
  const dept = h.depts.endocrinology ? 'endocrinology' : 'general_practice'; const d = doc(h, dept);
  const pens = i < 5 ? 3 : 5; const dx = i >= 10 ? ['E66.900'] : ['E11.900']; const start = baseDate(1, 7); const cs = []; const mut = [];
  for (let k = 0; k < 3; k++) {
    const c = claim(m, h, dept, { visitType: 'outpatient', date: add(start, 30 * k), dx, doctor: d });
    if (k === 0 && i >= 5 && i < 10) it(c, '空腹血糖测定', 1, c.visitDate);
    mut.push([c, [it(c, '利拉鲁肽注射液', pens, c.visitDate)]]); cs.push(c);
  }
  return { claims: cs, mutated: ML(mut) };
}];
// T02 weight-loss clinic billing acupuncture/cupping as diabetes care (串换项目/诊断)
T.T02 = ['减重门诊的针灸拔罐埋线类项目挂糖尿病诊断报销（串换）', (i) => {
  const r = pick(['510100', '370200', '510100']); const h = i < 10 ? (hosp(r, (x) => x.id[0] === 'M') || CC(r)) : CC(r);
  const m = member({ age: ri(22, 40), gender: i % 5 === 0 ? 'M' : 'F', region: r, scheme: i % 2 ? 'employee' : 'resident' });
  const dept = 'tcm'; const d = doc(h, dept); const start = baseDate(2, 8); const cs = []; const mut = [];
  for (let k = 0; k < 4; k++) {
    const c = claim(m, h, dept, { visitType: 'outpatient', date: add(start, k * ri(3, 5)), dx: i >= 12 ? ['E66.900'] : ['E11.900'], doctor: d });
    const L = [it(c, '电针', i < 8 ? 4 : 3, c.visitDate), it(c, '拔罐疗法', 2, c.visitDate)];
    if (i % 3 !== 2) L.push(it(c, '穴位贴敷治疗', 6, c.visitDate));
    mut.push([c, L]); cs.push(c);
  }
  return { claims: cs, mutated: ML(mut) };
}];
// T03 glucose strips (CGM stand-in) dispensed far beyond use to oral-only T2DM
T.T03 = ['血糖试纸（动态血糖传感器替代行）超出使用量开具，口服药2型糖尿病（超量/倒卖）', (i) => {
  const r = regionWithPharmacy(); const m = member({ age: ri(50, 74), gender: pick(['M', 'F']), region: r, chronic: ['E11'] });
  const h = i % 2 ? PH(r) : CC(r); const start = baseDate(1, 6); const cs = []; const mut = [];
  const strips = i < 5 ? 300 : i < 10 ? 200 : 150;
  for (let k = 0; k < 3; k++) {
    const date = add(start, 30 * k + ri(-2, 2));
    const c = h.id[0] === 'Y' ? claim(m, h, 'pharmacy', { visitType: 'pharmacy', date, dx: ['E11.900'] }) : claim(m, h, 'general_practice', { visitType: 'chronic', date, dx: ['E11.900'] });
    oralRx(c, date, 30, 2); mut.push([c, [it(c, '血糖试纸', strips, date)]]); cs.push(c);
  }
  return { claims: cs, mutated: ML(mut) };
}];
// T04 HbA1c every month for stable T2DM (过度检查/超频次)
T.T04 = ['稳定期2型糖尿病每月查糖化血红蛋白（过度检查）', (i) => {
  const r = anyRegion(); const h = i % 3 === 0 ? CC(r) : H2(r); const m = member({ age: ri(48, 76), gender: pick(['M', 'F']), region: r, chronic: ['E11'] });
  const dept = h.depts.endocrinology ? 'endocrinology' : 'general_practice'; const d = doc(h, dept); const start = baseDate(1, 4); const gap = i < 10 ? 30 : 42; const cs = []; const mut = [];
  for (let k = 0; k < 5; k++) {
    const date = add(start, gap * k + ri(-2, 2)); const c = claim(m, h, dept, { visitType: 'chronic', date, dx: ['E11.900', ...(i % 2 ? ['I10.x00x002'] : [])], doctor: d });
    const L = it(c, '糖化血红蛋白测定', 1, date); it(c, '空腹血糖测定', 1, date); it(c, '静脉采血', 1, date); oralRx(c, date, 30, 2);
    if (k > 0) mut.push([c, [L]]); cs.push(c);
  }
  return { claims: cs, targets: cs.slice(1), mutated: ML(mut) };
}];
// T05 bedside glucose billed (near-)hourly on a stable ward
T.T05 = ['稳定病房床旁快速血糖按近乎每小时计费（虚记/过度）', (i) => {
  const r = anyRegion(); const h = i % 2 ? H2(r) : H3(r); const m = member({ age: ri(52, 80), gender: pick(['M', 'F']), region: r });
  const adm = baseDate(1, 10); const los = ri(7, 10); const c = claim(m, h, h.depts.endocrinology ? 'endocrinology' : 'internal_medicine', { visitType: 'inpatient', adm, dis: add(adm, los), dx: ['E11.900', 'I10.x00x002'], route: 'outpatient' });
  ward(c, adm, los); const per = i < 10 ? 8 : 12; const L = [];
  days(c, adm, los, (dt, k) => { L.push(it(c, '血糖监测(快速)', per, dt)); if (k === 0) { it(c, '糖化血红蛋白测定', 1, dt); it(c, '血常规(五分类)', 1, dt); it(c, '肝功能(全套)', 1, dt); it(c, '肾功能(三项)', 1, dt); it(c, '血脂(四项)', 1, dt); it(c, '尿常规', 1, dt); it(c, '常规心电图检查', 1, dt); } });
  it(c, '盐酸二甲双胍片', 3 * los, adm); it(c, '格列美脲片', los, adm); it(c, '苯磺酸氨氯地平片', los, adm);
  return { claims: [c], mutated: ML([[c, L]]) };
}];
// T06 insulin dispensed beyond any dose, several institutions (超量开药/倒卖)
T.T06 = ['胰岛素超剂量开具、多机构轮流取药（超量开药/倒卖）', (i) => {
  const r = regionWithPharmacy(); const m = member({ age: ri(55, 78), gender: pick(['M', 'F']), region: r, chronic: ['E11'] });
  const places = [H3(r), H2(r), PH(r), CC(r)]; const start = baseDate(1, 7); const cs = []; const mut = [];
  const n = i < 8 ? 4 : 5; const gap = i < 8 ? 15 : 10; const g = i < 8 ? 10 : 5; const a = i < 8 ? 10 : 5;
  for (let k = 0; k < n; k++) {
    const h = places[k % places.length]; const date = add(start, gap * k + ri(0, 2));
    const c = h.id[0] === 'Y' ? claim(m, h, 'pharmacy', { visitType: 'pharmacy', date, dx: ['E11.900'] }) : claim(m, h, h.depts.endocrinology ? 'endocrinology' : 'general_practice', { visitType: 'chronic', date, dx: ['E11.900'] });
    mut.push([c, [it(c, '甘精胰岛素注射液', g, date), it(c, '门冬胰岛素注射液', a, date)]]); cs.push(c);
  }
  return { claims: cs, mutated: ML(mut) };
}];
// T07 thyroid panel (+ ultrasound) at every refill visit of stable hypothyroidism
T.T07 = ['稳定甲减/桥本每次复诊都查甲功三项和甲状腺彩超（过度检查）', (i) => {
  const r = anyRegion(); const h = i % 2 ? H2(r) : H3(r); const m = member({ age: ri(30, 70), gender: i % 5 === 0 ? 'M' : 'F', region: r });
  const dept = 'endocrinology'; const d = doc(h, dept); const start = baseDate(1, 5); const cs = []; const mut = [];
  for (let k = 0; k < 5; k++) {
    const date = add(start, 30 * k + ri(-2, 3)); const c = claim(m, h, dept, { visitType: 'outpatient', date, dx: [i % 2 ? 'E06.304' : 'E03.900'], doctor: d });
    const L = [it(c, '甲状腺功能(三项)', 1, date)]; if (i < 10 || k % 2 === 0) L.push(it(c, '甲状腺彩超', 1, date)); it(c, '静脉采血', 1, date); it(c, '左甲状腺素钠片', 30, date);
    if (k > 0) mut.push([c, L]); cs.push(c);
  }
  return { claims: cs, targets: cs.slice(1), mutated: ML(mut) };
}];
// T08 admission for diabetes education only (低标准入院)
T.T08 = ['稳定2型糖尿病仅为教育/调药住院（低标准入院）', (i) => {
  const r = anyRegion(); const h = i % 3 === 0 ? (hosp(r, (x) => x.id[0] === 'C') || H2(r)) : H2(r); const m = member({ age: ri(45, 78), gender: pick(['M', 'F']), region: r });
  const adm = baseDate(1, 11); const los = ri(5, 8); const dept = h.depts.endocrinology ? 'endocrinology' : 'internal_medicine';
  const c = claim(m, h, dept, { visitType: 'inpatient', adm, dis: add(adm, los), dx: ['E11.900'], route: 'outpatient' });
  ward(c, adm, los, { nursing: 'Ⅲ级护理' });
  it(c, '空腹血糖测定', 1, adm); it(c, '糖化血红蛋白测定', 1, adm); if (i >= 5) { it(c, '血常规(五分类)', 1, adm); it(c, '尿常规', 1, adm); }
  if (i >= 10) { it(c, '肝功能(全套)', 1, adm); it(c, '肾功能(三项)', 1, adm); it(c, '常规心电图检查', 1, adm); }
  days(c, adm, los, (dt) => it(c, '血糖监测(快速)', i >= 10 ? 4 : 2, dt));
  it(c, '盐酸二甲双胍片', 3 * los, adm);
  return { claims: [c], mutated: {} };
}];
// T09 门诊慢特病 card used for another family member (冒名就医)
T.T09 = ['门诊慢特病卡给家属冒用（冒名就医）', (i) => {
  const r = pick(['220100', '230100', '370100', '510100']); const home = H2(r); const m = member({ age: ri(60, 76), gender: 'M', region: r, chronic: ['E11'], scheme: 'employee' });
  const d = doc(home, 'endocrinology'); const start = baseDate(1, 6); const cs = [];
  for (let k = 0; k < 2; k++) { const c = claim(m, home, 'endocrinology', { visitType: 'chronic', date: add(start, 30 * k), dx: ['E11.900'], doctor: d }); it(c, '盐酸二甲双胍片', 90, c.visitDate); it(c, '格列美脲片', 30, c.visitDate); cs.push(c); }
  const fdate = add(start, 30 + (i < 5 ? 0 : ri(1, 3)));
  let f, mut = {};
  if (i < 5) {
    const oh = H3(r); f = claim(m, oh, 'endocrinology', { visitType: 'chronic', date: fdate, dx: ['E11.900'] });
    it(f, '盐酸二甲双胍片', 60, fdate); mut = ML([[f, [it(f, i % 2 ? '地屈孕酮片' : '戊酸雌二醇片', 28, fdate)]]]);
  } else {
    const other = pick(byRegion(r, (x) => x.id[0] === 'H' && x.id !== home.id).concat(byRegion(r === '220100' ? '220200' : r === '230100' ? '230200' : r === '370100' ? '370200' : '510700', (x) => x.id[0] === 'H')));
    f = claim(m, other, 'endocrinology', { visitType: 'chronic', date: fdate, dx: ['E11.900'] });
    it(f, '甘精胰岛素注射液', 3, fdate); it(f, '门冬胰岛素注射液', 4, fdate); it(f, '血糖试纸', 100, fdate); if (i >= 10) it(f, '达格列净片', 30, fdate);
  }
  cs.push(f);
  return { claims: cs, targets: [f], mutated: mut };
}];
// T10 zoledronic acid (yearly drug) repeated within months at another hospital
T.T10 = ['唑来膦酸（每年一次）数月内在另一医院重复输注（重复/超量）', (i) => {
  const r = anyRegion(); const m = member({ age: ri(60, 80), gender: i % 6 === 0 ? 'M' : 'F', region: r });
  const dx = m.patient.gender === 'F' ? 'M81.000' : 'M81.800x091'; const start = baseDate(1, 5); const hA = H3(r), hB = H2(r); const cs = []; const mut = [];
  const mk = (h, date) => { const c = claim(m, h, pick(['endocrinology', 'orthopedics']), { visitType: 'outpatient', date, dx: [dx] }); const z = it(c, '唑来膦酸注射液', 1, date); it(c, '静脉输液(第一组)', 1, date); it(c, '一次性使用输液器', 1, date); it(c, '碳酸钙D3片', 30, date); cs.push(c); return [c, z]; };
  mk(hA, start); const [c2, z2] = mk(hB, add(start, ri(90, 150))); mut.push([c2, [z2]]);
  if (i >= 10) { const [c3, z3] = mk(hA, add(c2.visitDate, ri(60, 90))); mut.push([c3, [z3]]); }
  return { claims: cs, targets: cs.slice(1), mutated: ML(mut) };
}];
// T11 split hospitalisation for diabetes with complications (分解住院)
T.T11 = ['糖尿病并发症住院出院后数日内同院同诊断再入院（分解住院）', (i) => {
  const r = anyRegion(); const h = i % 2 ? H2(r) : H3(r); const m = member({ age: ri(55, 82), gender: pick(['M', 'F']), region: r });
  const dx = pick([['E11.400x024+G63.2*', 'I10.x00x002'], ['E11.700x033', 'I10.x00x002'], ['E11.200x023+N08.3*']]);
  const a1 = baseDate(1, 10); const l1 = ri(7, 10); const gap = i < 8 ? ri(1, 6) : ri(7, 13); const a2 = add(a1, l1 + gap); const l2 = ri(6, 9); const cs = [];
  for (const [adm, los] of [[a1, l1], [a2, l2]]) {
    const c = claim(m, h, 'endocrinology', { visitType: 'inpatient', adm, dis: add(adm, los), dx, route: 'outpatient' }); ward(c, adm, los);
    it(c, '血常规(五分类)', 1, adm); it(c, '肾功能(三项)', 1, adm); it(c, '血脂(四项)', 1, adm); if (adm === a1) it(c, '糖化血红蛋白测定', 1, adm);
    days(c, adm, los, (dt) => { it(c, '血糖监测(快速)', 4, dt); it(c, '前列地尔注射液', 1, dt); it(c, '静脉输液(第一组)', 1, dt); it(c, '一次性使用输液器', 1, dt); });
    it(c, '甘精胰岛素注射液', 1, adm); it(c, '盐酸二甲双胍片', 3 * los, adm); cs.push(c);
  }
  return { claims: cs, targets: [cs[1]], mutated: {} };
}];
// T12 bariatric (sleeve) surgery for simple obesity coded as T2DM with obesity (串换诊断/高套)
T.T12 = ['单纯性肥胖减重手术编码为2型糖尿病伴肥胖以获报销（串换诊断）', (i) => {
  const r = pick(['220100', '230100', '370100', '370200', '510100', '510700']); const h = H3(r); const m = member({ age: ri(20, 36), gender: i % 3 === 0 ? 'M' : 'F', region: r });
  const adm = baseDate(2, 10); const los = ri(5, 7); const op = add(adm, 2);
  const c = claim(m, h, 'general_surgery', { visitType: 'inpatient', adm, dis: add(adm, los), dx: ['E11.700x025', 'E66.900'], px: [['43.8903', op]], route: 'outpatient' });
  ward(c, adm, los);
  for (const t of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '术前八项(感染筛查)', '凝血四项', '胸部X线摄影(正侧位)', '常规心电图检查', '腹部B超', '血型鉴定(ABO+Rh)']) it(c, t, 1, adm);
  if (i >= 5) it(c, '空腹血糖测定', 1, adm); if (i >= 10) it(c, '糖化血红蛋白测定', 1, adm);
  it(c, '胃大部切除术', 1, op); it(c, '全身麻醉', 3, op); it(c, '一次性腹腔镜穿刺器', 1, op); it(c, '一次性使用吻合器', 2, op); it(c, '可吸收缝线', 3, op); it(c, '一次性手术衣及铺单包', 1, op);
  it(c, '丙泊酚中/长链脂肪乳注射液', 2, op); it(c, '注射用维库溴铵', 1, op); it(c, '枸橼酸芬太尼注射液', 2, op);
  days(c, op, los - 2, (dt) => { it(c, '葡萄糖氯化钠注射液', 2, dt); it(c, '复方氯化钠注射液', 2, dt); it(c, '注射用泮托拉唑钠', 2, dt); it(c, '静脉输液(第一组)', 1, dt); it(c, '静脉输液(每增加一组)', 2, dt); it(c, '一次性使用输液器', 1, dt); });
  return { claims: [c], mutated: {} };
}];
// T13 panel billed together with its own component tests (重复收费)
T.T13 = ['肾功能/血脂/肝功能套餐与其组成单项同日重复收费（重复收费）', (i) => {
  const r = anyRegion(); const h = i % 2 ? H2(r) : H3(r); const m = member({ age: ri(45, 78), gender: pick(['M', 'F']), region: r, chronic: ['E11'] });
  const date = baseDate(1, 11); const c = claim(m, h, 'endocrinology', { visitType: 'chronic', date, dx: ['E11.200x016+N08.3*'] });
  it(c, '肾功能(三项)', 1, date); const L = [it(c, '肌酐测定', 1, date)]; if (i < 10) L.push(it(c, '尿素测定', 1, date));
  it(c, '血脂(四项)', 1, date); if (i < 10) L.push(it(c, '总胆固醇测定', 1, date));
  if (i < 5) { it(c, '肝功能(全套)', 1, date); L.push(it(c, '丙氨酸氨基转移酶测定', 1, date)); }
  it(c, '尿常规', 1, date); it(c, '静脉采血', 1, date); it(c, '达格列净片', 30, date); it(c, '盐酸二甲双胍片', 60, date);
  return { claims: [c], mutated: ML([[c, L]]) };
}];
// T14 subcutaneous injection fees beyond the insulin given (虚增)
T.T14 = ['住院仅用基础胰岛素却每日按4次皮下注射计费（虚增计费）', (i) => {
  const r = anyRegion(); const h = i % 2 ? H2(r) : H3(r); const m = member({ age: ri(50, 80), gender: pick(['M', 'F']), region: r });
  const adm = baseDate(1, 10); const los = ri(7, 10);
  const c = claim(m, h, 'endocrinology', { visitType: 'inpatient', adm, dis: add(adm, los), dx: ['E11.700x033', 'I10.x00x002'], route: 'outpatient' }); ward(c, adm, los);
  for (const t of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '血脂(四项)', '糖化血红蛋白测定', '尿常规', '眼底检查']) it(c, t, 1, adm);
  it(c, '甘精胰岛素注射液', 1, adm); it(c, '盐酸二甲双胍片', 2 * los, adm); const L = [];
  days(c, adm, los, (dt) => { L.push(it(c, '皮下注射', i < 10 ? 4 : 3, dt)); it(c, '血糖监测(快速)', 4, dt); });
  return { claims: [c], mutated: ML([[c, L]]) };
}];
// T15 induced admissions: a cluster of identical "complication screening" stays (诱导住院)
const T15H = {};
T.T15 = ['以免费筛查诱导老年糖尿病人集中住院、医嘱雷同（诱导住院）', (i) => {
  const r = i < 8 ? '510100' : '230200'; const h = T15H[r] || (T15H[r] = hosp(r, (x) => x.level === 2 && x.id[0] === 'H' && (x.id.endsWith('18') || x.id.endsWith('20'))));
  const m = member({ age: ri(65, 82), gender: pick(['M', 'F']), region: r, scheme: 'resident' });
  const adm = add(r === '510100' ? '2025-05-06' : '2025-09-08', ri(0, 16)); const los = 7; const d = h.depts.internal_medicine[i % 2 + 2];
  const c = claim(m, h, 'internal_medicine', { visitType: 'inpatient', adm, dis: add(adm, los), dx: ['E11.400x024+G63.2*', 'I10.x00x002'], route: 'outpatient', doctor: d }); ward(c, adm, los);
  for (const t of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '血脂(四项)', '糖化血红蛋白测定', '尿常规', '动态心电图(24小时)', '心脏彩色多普勒超声', '颈部血管彩色多普勒超声', '下肢血管彩色多普勒超声', '头颅CT平扫', '骨密度测定(双能X线)', '眼底检查']) it(c, t, 1, add(adm, 1));
  days(c, adm, los, (dt) => { it(c, '前列地尔注射液', 1, dt); it(c, '静脉输液(第一组)', 1, dt); it(c, '一次性使用输液器', 1, dt); it(c, '血糖监测(快速)', 2, dt); });
  it(c, '盐酸二甲双胍片', 21, adm);
  return { claims: [c], mutated: {} };
}];

// ================= CONTROLS =================
const C = {};
C.C01 = ['肥胖（BMI>28）2型糖尿病在限定支付内使用利拉鲁肽，有糖化与二甲双胍史', (i) => {
  const r = anyRegion(); const h = i % 2 ? H2(r) : H3(r); const m = member({ age: ri(35, 66), gender: pick(['M', 'F']), region: r, chronic: ['E11'] });
  const d = doc(h, 'endocrinology'); const start = baseDate(1, 6); const cs = [];
  for (let k = 0; k < 3; k++) {
    const date = add(start, 30 * k); const c = claim(m, h, 'endocrinology', { visitType: 'chronic', date, dx: ['E11.700x025', 'E66.900'], doctor: d });
    if (k === 0) { it(c, '糖化血红蛋白测定', 1, date); it(c, '空腹血糖测定', 1, date); it(c, '肾功能(三项)', 1, date); it(c, '血脂(四项)', 1, date); it(c, '静脉采血', 1, date); }
    it(c, '盐酸二甲双胍片', 90, date); it(c, '利拉鲁肽注射液', 3, date); cs.push(c);
  }
  return { claims: cs };
}];
C.C02 = ['2型糖尿病合并慢性肾病/心衰使用SGLT2抑制剂（限定支付内）', (i) => {
  const r = anyRegion(); const h = H3(r); const m = member({ age: ri(55, 80), gender: pick(['M', 'F']), region: r, chronic: ['E11'] });
  const date = baseDate(1, 10); const dx = i % 2 ? ['E11.200x023+N08.3*', 'N18.300'] : ['E11.900', 'I50.900', 'I10.x00x002'];
  const c = claim(m, h, i % 2 ? 'nephrology' : 'cardiology', { visitType: 'chronic', date, dx });
  it(c, '达格列净片', 30, date); it(c, '盐酸二甲双胍片', 60, date); it(c, '肾功能(三项)', 1, date); if (i % 2 === 0) it(c, 'N末端B型钠尿肽前体(NT-proBNP)测定', 1, date);
  return { claims: [c] };
}];
C.C03 = ['糖尿病痛性周围神经病变的电针/熏洗治疗（二级以上中医科）', (i) => {
  const r = anyRegion(); const h = H2(r); const m = member({ age: ri(55, 78), gender: pick(['M', 'F']), region: r });
  const start = baseDate(2, 9); const cs = []; const d = doc(h, 'tcm');
  for (let k = 0; k < 3; k++) { const date = add(start, 7 * k); const c = claim(m, h, 'tcm', { visitType: 'outpatient', date, dx: ['E11.400x024+G63.2*'], doctor: d }); it(c, '电针', 3, date); it(c, '中药熏洗治疗（局部）', 1, date); if (k === 0) it(c, '盐酸二甲双胍片', 90, date); cs.push(c); }
  return { claims: cs };
}];
C.C04 = ['新发1型糖尿病儿童强化胰岛素治疗，每日多次指血（试纸量大）', (i) => {
  const r = pick(['370100', '370200', '220100', '510100']); const h = H3(r); const m = member({ age: ri(5, 13), gender: pick(['M', 'F']), region: r, scheme: 'resident', chronic: chronicE10(r) ? ['E10'] : null });
  const start = baseDate(1, 6); const cs = []; const d = doc(h, 'pediatrics');
  const adm = start; const c0 = claim(m, h, 'pediatrics', { visitType: 'inpatient', adm, dis: add(adm, 6), dx: ['E10.101'], route: 'emergency' }); ward(c0, adm, 6, { icuDays: 1 });
  it(c0, '血气分析', 3, adm); it(c0, '电解质(四项)', 2, adm); it(c0, '糖化血红蛋白测定', 1, adm); it(c0, '生物合成人胰岛素注射液', 2, adm); it(c0, '氯化钠注射液', 6, adm); it(c0, '氯化钾注射液', 4, adm);
  days(c0, adm, 6, (dt, k) => it(c0, '血糖监测(快速)', k < 2 ? 8 : 7, dt)); it(c0, '甘精胰岛素注射液', 1, add(adm, 3)); it(c0, '门冬胰岛素注射液', 1, add(adm, 3)); cs.push(c0);
  for (let k = 1; k <= 2; k++) { const date = add(adm, 6 + 30 * k - 20); const c = claim(m, h, 'pediatrics', { visitType: chronicE10(r) ? 'chronic' : 'outpatient', date, dx: ['E10.900'], doctor: d }); it(c, '门冬胰岛素注射液', 3, date); it(c, '甘精胰岛素注射液', 1, date); it(c, '血糖试纸', 200, date); cs.push(c); }
  return { claims: cs };
}];
C.C05 = ['妊娠期糖尿病孕妇频繁测血糖（试纸+门诊）', (i) => {
  const r = anyRegion(); const h = i % 2 ? H2(r) : H3(r); const m = member({ age: ri(25, 38), gender: 'F', region: r });
  const start = baseDate(2, 8); const cs = []; const d = doc(h, 'obstetrics');
  for (let k = 0; k < 3; k++) { const date = add(start, 14 * k); const c = claim(m, h, 'obstetrics', { visitType: 'outpatient', date, dx: ['O24.400'], doctor: d }); it(c, '空腹血糖测定', 1, date); it(c, '血糖试纸', 100, date); if (k === 1 && i % 2) it(c, '门冬胰岛素注射液', 2, date); if (k === 2) it(c, '产科B超', 1, date); cs.push(c); }
  return { claims: cs };
}];
C.C06 = ['起用胰岛素的2型糖尿病：每月复诊，糖化每3个月一次', (i) => {
  const r = anyRegion(); const h = H2(r); const m = member({ age: ri(45, 75), gender: pick(['M', 'F']), region: r, chronic: ['E11'] });
  const start = baseDate(1, 3); const cs = []; const d = doc(h, 'endocrinology');
  for (let k = 0; k < 7; k++) { const date = add(start, 30 * k + (k % 3 === 0 ? 2 : 0)); const c = claim(m, h, 'endocrinology', { visitType: 'chronic', date, dx: ['E11.900'], doctor: d }); if (k % 3 === 0) it(c, '糖化血红蛋白测定', 1, date); it(c, '空腹血糖测定', 1, date); it(c, '甘精胰岛素注射液', 3, date); it(c, '盐酸二甲双胍片', 90, date); it(c, '血糖试纸', 50, date); cs.push(c); }
  return { claims: cs };
}];
C.C07 = ['孕前糖尿病合并妊娠，按指南每月查糖化', (i) => {
  const r = anyRegion(); const h = H3(r); const m = member({ age: ri(26, 39), gender: 'F', region: r });
  const start = baseDate(1, 5); const cs = []; const d = doc(h, 'obstetrics');
  for (let k = 0; k < 4; k++) { const date = add(start, 28 * k); const c = claim(m, h, 'obstetrics', { visitType: 'outpatient', date, dx: [i % 3 === 0 ? 'O24.000x021' : 'O24.100x021'], doctor: d }); it(c, '糖化血红蛋白测定', 1, date); it(c, '空腹血糖测定', 1, date); it(c, '门冬胰岛素注射液', 3, date); it(c, '精蛋白生物合成人胰岛素注射液', 2, date); it(c, '血糖试纸', 150, date); cs.push(c); }
  return { claims: cs };
}];
C.C08 = ['糖尿病酮症酸中毒入院，前两日每小时床旁血糖', (i) => {
  const r = anyRegion(); const h = i % 2 ? H2(r) : H3(r); const m = member({ age: ri(18, 70), gender: pick(['M', 'F']), region: r });
  const adm = baseDate(1, 11); const los = ri(5, 8); const dx = i % 3 === 0 ? ['E10.101'] : ['E11.101', 'E87.201'];
  const c = claim(m, h, 'endocrinology', { visitType: 'inpatient', adm, dis: add(adm, los), dx, route: 'emergency' }); ward(c, adm, los, { icuDays: h.level >= 2 ? 1 : 0, nursing: 'Ⅰ级护理' });
  it(c, '急诊诊察费', 1, adm); it(c, '血气分析', 3, adm); it(c, '血气分析', 2, add(adm, 1)); it(c, '电解质(四项)', 2, adm); it(c, '电解质(四项)', 2, add(adm, 1)); it(c, '肾功能(三项)', 1, adm); it(c, '血常规(五分类)', 1, adm); it(c, '糖化血红蛋白测定', 1, adm); it(c, '尿常规', 2, adm);
  days(c, adm, los, (dt, k) => { it(c, '血糖监测(快速)', k < 2 ? 8 : 4, dt); it(c, '静脉输液(第一组)', 1, dt); if (k < 3) { it(c, '氯化钠注射液', 4, dt); it(c, '氯化钾注射液', 3, dt); it(c, '静脉输液(每增加一组)', 3, dt); it(c, '一次性使用精密输液器', 1, dt); } else it(c, '一次性使用输液器', 1, dt); });
  it(c, '生物合成人胰岛素注射液', 2, adm); it(c, '甘精胰岛素注射液', 1, add(adm, 3)); it(c, '门冬胰岛素注射液', 1, add(adm, 3)); it(c, '一次性使用静脉留置针', 1, adm);
  return { claims: [c] };
}];
C.C09 = ['择期手术前控制血糖的2型糖尿病（围术期每日多次血糖）', (i) => {
  const r = anyRegion(); const h = H3(r); const m = member({ age: ri(50, 78), gender: pick(['M', 'F']), region: r });
  const adm = baseDate(1, 10); const los = ri(9, 12); const op = add(adm, 4);
  const hip = i % 2 === 0; const c = claim(m, h, hip ? 'orthopedics' : 'general_surgery', { visitType: 'inpatient', adm, dis: add(adm, los), dx: hip ? ['M16.900', 'E11.900'] : ['K80.100', 'E11.900'], px: [[hip ? '81.5100' : '51.2300', op]], route: 'outpatient' }); ward(c, adm, los);
  for (const t of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '术前八项(感染筛查)', '凝血四项', '胸部X线摄影(正侧位)', '常规心电图检查', '糖化血红蛋白测定', '血型鉴定(ABO+Rh)']) it(c, t, 1, adm);
  days(c, adm, los, (dt, k) => it(c, '血糖监测(快速)', k <= 5 ? 7 : 4, dt)); it(c, '门冬胰岛素注射液', 2, adm); it(c, '甘精胰岛素注射液', 1, adm);
  if (hip) { it(c, '人工全髋关节置换术', 1, op); it(c, '髋关节假体(全髋)', 1, op); } else { it(c, '腹腔镜下胆囊切除术', 1, op); it(c, '一次性腹腔镜穿刺器', 1, op); it(c, '止血夹(结扎夹)', 4, op); }
  it(c, '全身麻醉', 2, op); it(c, '丙泊酚中/长链脂肪乳注射液', 2, op); it(c, '一次性手术衣及铺单包', 1, op);
  days(c, op, 3, (dt) => { it(c, '静脉输液(第一组)', 1, dt); it(c, '葡萄糖氯化钠注射液', 2, dt); it(c, '一次性使用输液器', 1, dt); });
  return { claims: [c] };
}];
C.C10 = ['成人1型糖尿病大剂量基础-餐时胰岛素，单一机构按月取药', (i) => {
  const r = pick(['370100', '370200']); const h = H3(r); const m = member({ age: ri(20, 45), gender: pick(['M', 'F']), region: r, chronic: ['E10'] });
  const start = baseDate(1, 6); const cs = []; const d = doc(h, 'endocrinology');
  for (let k = 0; k < 3; k++) { const date = add(start, 30 * k); const c = claim(m, h, 'endocrinology', { visitType: 'chronic', date, dx: ['E10.900'], doctor: d }); it(c, '门冬胰岛素注射液', 5, date); it(c, '甘精胰岛素注射液', 3, date); it(c, '血糖试纸', 150, date); if (k === 0) it(c, '糖化血红蛋白测定', 1, date); cs.push(c); }
  return { claims: cs };
}];
C.C11 = ['稳定2型糖尿病胰岛素长处方（12周）', (i) => {
  const r = anyRegion(); const h = i % 2 ? CC(r) : H2(r); const m = member({ age: ri(55, 80), gender: pick(['M', 'F']), region: r, chronic: ['E11'] });
  const date = baseDate(1, 9); const c = claim(m, h, h.depts.endocrinology ? 'endocrinology' : 'general_practice', { visitType: 'chronic', date, dx: ['E11.900'] });
  it(c, '甘精胰岛素注射液', 8, date, { longPrescription: true }); it(c, '盐酸二甲双胍片', 252, date, { longPrescription: true }); it(c, '血糖试纸', 100, date);
  return { claims: [c] };
}];
C.C12 = ['甲状腺癌术后TSH抑制治疗随访，甲功反复复查', (i) => {
  const r = anyRegion(); const h = H3(r); const m = member({ age: ri(28, 65), gender: i % 4 === 0 ? 'M' : 'F', region: r });
  const adm = baseDate(1, 4); const los = 5; const op = add(adm, 1); const cs = [];
  const s = claim(m, h, h.depts.thyroid_surgery ? 'thyroid_surgery' : 'general_surgery', { visitType: 'inpatient', adm, dis: add(adm, los), dx: ['C73.x00'], px: [['06.4x00', op]], route: 'outpatient' }); ward(s, adm, los);
  for (const t of ['血常规(五分类)', '甲状腺功能(三项)', '甲状腺彩超', '术前八项(感染筛查)', '凝血四项', '胸部X线摄影(正侧位)', '常规心电图检查']) it(s, t, 1, adm);
  it(s, '甲状腺腺叶切除术', 1, op); it(s, '全身麻醉', 2, op); it(s, '病理检查(常规石蜡切片)', 1, op); it(s, '术中冰冻切片检查与诊断', 1, op); it(s, '可吸收缝线', 2, op); it(s, '一次性手术衣及铺单包', 1, op); cs.push(s);
  for (let k = 1; k <= 4; k++) { const date = add(adm, los + 42 * k); const c = claim(m, h, 'endocrinology', { visitType: 'outpatient', date, dx: ['Z08.000', 'E89.000'] }); it(c, '甲状腺功能(三项)', 1, date); it(c, '静脉采血', 1, date); if (k === 4) it(c, '甲状腺彩超', 1, date); it(c, '左甲状腺素钠片', 42 * (k < 3 ? 2 : 1), date); cs.push(c); }
  return { claims: cs };
}];
C.C13 = ['新诊断甲减起始左甲状腺素，每6周复查甲功调量', (i) => {
  const r = anyRegion(); const h = i % 3 === 0 ? CC(r) : H2(r); const m = member({ age: ri(25, 70), gender: i % 5 === 0 ? 'M' : 'F', region: r });
  const start = baseDate(1, 6); const cs = []; const dept = h.depts.endocrinology ? 'endocrinology' : 'general_practice'; const d = doc(h, dept);
  for (let k = 0; k < 3; k++) { const date = add(start, 42 * k); const c = claim(m, h, dept, { visitType: 'outpatient', date, dx: [k === 0 ? 'E03.900' : 'E03.900'], doctor: d }); it(c, '甲状腺功能(三项)', 1, date); if (k === 0) it(c, '甲状腺彩超', 1, date); it(c, '左甲状腺素钠片', 42 * (k + 1 > 2 ? 2 : 1), date); cs.push(c); }
  return { claims: cs };
}];
C.C14 = ['重度高血糖伴多并发症的2型糖尿病住院起始胰岛素', (i) => {
  const r = anyRegion(); const h = i % 2 ? H2(r) : H3(r); const m = member({ age: ri(40, 78), gender: pick(['M', 'F']), region: r });
  const adm = baseDate(1, 11); const los = ri(8, 11); const c = claim(m, h, 'endocrinology', { visitType: 'inpatient', adm, dis: add(adm, los), dx: ['E11.700x011', 'E11.300x021+H36.0*', 'E11.200x016+N08.3*', 'I10.x00x002'], route: 'outpatient' }); ward(c, adm, los);
  for (const t of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '血脂(四项)', '糖化血红蛋白测定', '尿常规', '眼底检查', '常规心电图检查', '下肢血管彩色多普勒超声', '颈部血管彩色多普勒超声', '电解质(四项)']) it(c, t, 1, adm);
  days(c, adm, los, (dt) => { it(c, '血糖监测(快速)', 7, dt); it(c, '皮下注射', 4, dt); }); it(c, '甘精胰岛素注射液', 1, adm); it(c, '门冬胰岛素注射液', 2, adm); it(c, '盐酸二甲双胍片', 3 * los, adm); it(c, '厄贝沙坦片', los, adm);
  return { claims: [c] };
}];
C.C15 = ['夫妻各持本人门诊慢特病卡同日同医生复诊', (i) => {
  const r = anyRegion(); const h = H2(r); const d = doc(h, 'endocrinology'); const date = baseDate(1, 11); const cs = [];
  const age = ri(58, 75); for (const g of ['M', 'F']) { const m = member({ age: age + (g === 'F' ? -ri(0, 4) : 0), gender: g, region: r, chronic: ['E11'] }); const c = claim(m, h, 'endocrinology', { visitType: 'chronic', date, dx: ['E11.900'], doctor: d }); oralRx(c, date, 30, 2); cs.push(c); }
  return { claims: cs };
}];
C.C16 = ['慢特病患者随子女迁居外地（异地就医备案），同一方案延续', (i) => {
  const home = pick(['220100', '230100', '510700']); const there = pick(['370100', '510100', '370200']); const m = member({ age: ri(62, 78), gender: pick(['M', 'F']), region: home, chronic: ['E11'], scheme: 'employee' });
  const h1 = H2(home); const d1 = doc(h1, 'endocrinology'); const start = baseDate(1, 4); const cs = [];
  for (let k = 0; k < 2; k++) { const date = add(start, 30 * k); const c = claim(m, h1, 'endocrinology', { visitType: 'chronic', date, dx: ['E11.900'], doctor: d1 }); it(c, '盐酸二甲双胍片', 90, date); it(c, '甘精胰岛素注射液', 3, date); cs.push(c); }
  const h2 = H3(there); const d2 = doc(h2, 'endocrinology');
  for (let k = 0; k < 2; k++) { const date = add(start, 100 + 30 * k); const c = claim(m, h2, 'endocrinology', { visitType: 'outpatient', date, dx: ['E11.900'], doctor: d2, insuredRegion: home }); it(c, '盐酸二甲双胍片', 90, date); it(c, '甘精胰岛素注射液', 3, date); if (k === 0) it(c, '糖化血红蛋白测定', 1, date); cs.push(c); }
  return { claims: cs };
}];
C.C17 = ['唑来膦酸每年一次（间隔约12个月）', (i) => {
  const r = anyRegion(); const h = H3(r); const m = member({ age: ri(60, 80), gender: 'F', region: r }); const cs = [];
  const d0 = `2024-${String(ri(1, 10)).padStart(2, '0')}-${String(ri(3, 26)).padStart(2, '0')}`;
  for (const date of [d0, add(d0, ri(365, 380))]) { const c = claim(m, h, 'endocrinology', { visitType: 'outpatient', date, dx: ['M81.000'] }); it(c, '唑来膦酸注射液', 1, date); it(c, '静脉输液(第一组)', 1, date); it(c, '一次性使用输液器', 1, date); it(c, '骨密度测定(双能X线)', 1, date); it(c, '碳酸钙D3片', 60, date); cs.push(c); }
  return { claims: cs };
}];
C.C18 = ['脆性骨折后特立帕肽按月续药', (i) => {
  const r = anyRegion(); const h = H3(r); const m = member({ age: ri(65, 85), gender: i % 4 === 0 ? 'M' : 'F', region: r }); const start = baseDate(1, 7); const cs = []; const d = doc(h, 'orthopedics');
  for (let k = 0; k < 3; k++) { const date = add(start, 28 * k); const c = claim(m, h, 'orthopedics', { visitType: 'outpatient', date, dx: [m.patient.gender === 'F' ? 'M80.000' : 'M80.801'], doctor: d }); it(c, '特立帕肽注射液', 1, date); it(c, '碳酸钙D3片', 28, date); if (k === 0) it(c, '骨密度测定(双能X线)', 1, date); cs.push(c); }
  return { claims: cs };
}];
C.C19 = ['血糖控制出院后因糖尿病足感染再入院清创（不同病情）', (i) => {
  const r = anyRegion(); const h = H3(r); const m = member({ age: ri(55, 80), gender: pick(['M', 'F']), region: r });
  const a1 = baseDate(1, 9); const l1 = ri(7, 9); const cs = [];
  const c1 = claim(m, h, 'endocrinology', { visitType: 'inpatient', adm: a1, dis: add(a1, l1), dx: ['E11.700x033', 'I10.x00x002'], route: 'outpatient' }); ward(c1, a1, l1);
  for (const t of ['血常规(五分类)', '肾功能(三项)', '糖化血红蛋白测定', '下肢血管彩色多普勒超声']) it(c1, t, 1, a1); days(c1, a1, l1, (dt) => { it(c1, '血糖监测(快速)', 4, dt); it(c1, '皮下注射', 4, dt); }); it(c1, '甘精胰岛素注射液', 1, a1); it(c1, '门冬胰岛素注射液', 2, a1); cs.push(c1);
  const a2 = add(a1, l1 + ri(4, 12)); const l2 = ri(10, 14); const op = add(a2, 1);
  const c2 = claim(m, h, 'general_surgery', { visitType: 'inpatient', adm: a2, dis: add(a2, l2), dx: ['E11.500x051', 'L97.x00'], px: [['86.2200x011', op]], route: 'emergency' }); ward(c2, a2, l2);
  it(c2, '急诊诊察费', 1, a2); it(c2, '细菌培养及药敏', 1, a2); it(c2, 'C反应蛋白测定', 1, a2); it(c2, '降钙素原测定', 1, a2); it(c2, '血常规(五分类)', 1, a2); it(c2, '四肢X线摄影', 1, a2);
  it(c2, '清创术', 1, op); it(c2, '负压封闭引流术(VSD)', 1, op); it(c2, '一次性负压引流器', 1, op); it(c2, '局部浸润麻醉', 1, op);
  days(c2, a2, l2, (dt, k) => { it(c2, '血糖监测(快速)', 4, dt); if (k < 10) { it(c2, '注射用头孢哌酮钠舒巴坦钠', 2, dt); it(c2, '静脉输液(第一组)', 1, dt); it(c2, '一次性使用输液器', 1, dt); } if (k > 2 && k % 2) it(c2, '换药(中)', 1, dt); });
  it(c2, '甘精胰岛素注射液', 1, a2); it(c2, '门冬胰岛素注射液', 2, a2); cs.push(c2);
  return { claims: cs };
}];
C.C20 = ['脆性1型糖尿病短期内两次酮症酸中毒急诊入院', (i) => {
  const r = anyRegion(); const h = H3(r); const m = member({ age: ri(12, 35), gender: pick(['M', 'F']), region: r }); const cs = [];
  const a1 = baseDate(1, 9); const l1 = ri(5, 7); const a2 = add(a1, l1 + ri(10, 25)); const l2 = ri(4, 6);
  for (const [adm, los, k] of [[a1, l1, 0], [a2, l2, 1]]) {
    const dept = ageAt(m.patient.birthDate, adm) < 14 ? 'pediatrics' : 'endocrinology';
    const c = claim(m, h, dept, { visitType: 'inpatient', adm, dis: add(adm, los), dx: k ? ['E10.101', 'J06.900'] : ['E10.101', 'E87.201'], route: 'emergency' }); ward(c, adm, los, { icuDays: 1, nursing: 'Ⅰ级护理' });
    it(c, '急诊诊察费', 1, adm); it(c, '血气分析', 3, adm); it(c, '电解质(四项)', 2, adm); it(c, '肾功能(三项)', 1, adm); it(c, '血常规(五分类)', 1, adm); if (!k) it(c, '糖化血红蛋白测定', 1, adm);
    days(c, adm, los, (dt, j) => { it(c, '血糖监测(快速)', j < 2 ? 8 : 5, dt); if (j < 2) { it(c, '氯化钠注射液', 4, dt); it(c, '氯化钾注射液', 3, dt); it(c, '静脉输液(第一组)', 1, dt); it(c, '静脉输液(每增加一组)', 2, dt); it(c, '一次性使用精密输液器', 1, dt); } });
    it(c, '生物合成人胰岛素注射液', 2, adm); it(c, '门冬胰岛素注射液', 1, adm); it(c, '甘精胰岛素注射液', 1, adm); cs.push(c);
  }
  return { claims: cs };
}];
C.C21 = ['长病程肥胖2型糖尿病（BMI≥32.5）代谢手术，术前有长期降糖治疗史', (i) => {
  const r = pick(['220100', '230100', '370100', '370200', '510100', '510700']); const h = H3(r); const m = member({ age: ri(30, 58), gender: pick(['M', 'F']), region: r, chronic: ['E11'] });
  const start = baseDate(1, 4); const cs = []; const d = doc(h, 'endocrinology');
  for (let k = 0; k < 2; k++) { const date = add(start, 90 * k); const c = claim(m, h, 'endocrinology', { visitType: 'chronic', date, dx: ['E11.700x025', 'E66.901'], doctor: d }); it(c, '糖化血红蛋白测定', 1, date); it(c, '盐酸二甲双胍片', 90, date); it(c, '利拉鲁肽注射液', 3, date); cs.push(c); }
  const adm = add(start, 210); const los = ri(6, 8); const op = add(adm, 2);
  const c = claim(m, h, 'general_surgery', { visitType: 'inpatient', adm, dis: add(adm, los), dx: ['E11.700x025', 'E66.901', 'G47.301'], px: [['43.8903', op]], route: 'outpatient' }); ward(c, adm, los);
  for (const t of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '术前八项(感染筛查)', '凝血四项', '胸部X线摄影(正侧位)', '常规心电图检查', '腹部B超', '糖化血红蛋白测定', '胃镜检查', '肺功能检查', '血型鉴定(ABO+Rh)']) it(c, t, 1, adm);
  it(c, '胃大部切除术', 1, op); it(c, '全身麻醉', 3, op); it(c, '一次性腹腔镜穿刺器', 1, op); it(c, '一次性使用吻合器', 2, op); it(c, '可吸收缝线', 3, op); it(c, '一次性手术衣及铺单包', 1, op);
  days(c, adm, los, (dt) => it(c, '血糖监测(快速)', 4, dt));
  days(c, op, los - 2, (dt) => { it(c, '葡萄糖氯化钠注射液', 2, dt); it(c, '注射用泮托拉唑钠', 2, dt); it(c, '静脉输液(第一组)', 1, dt); it(c, '一次性使用输液器', 1, dt); });
  cs.push(c); return { claims: cs };
}];
C.C22 = ['酮症酸中毒合并急性肾损伤：入院查肾功能，次日起单测肌酐复查', (i) => {
  const r = anyRegion(); const h = H3(r); const m = member({ age: ri(30, 75), gender: pick(['M', 'F']), region: r });
  const adm = baseDate(1, 11); const los = ri(6, 9);
  const c = claim(m, h, 'endocrinology', { visitType: 'inpatient', adm, dis: add(adm, los), dx: ['E11.101', 'N17.900'], route: 'emergency' }); ward(c, adm, los, { icuDays: 1, nursing: 'Ⅰ级护理' });
  it(c, '急诊诊察费', 1, adm); it(c, '肾功能(三项)', 1, adm); it(c, '血气分析', 3, adm); it(c, '电解质(四项)', 2, adm); it(c, '血常规(五分类)', 1, adm); it(c, '糖化血红蛋白测定', 1, adm);
  for (let k = 1; k <= 3; k++) it(c, '肌酐测定', 1, add(adm, k));
  days(c, adm, los, (dt, k) => { it(c, '血糖监测(快速)', k < 2 ? 8 : 4, dt); if (k < 3) { it(c, '氯化钠注射液', 4, dt); it(c, '静脉输液(第一组)', 1, dt); it(c, '静脉输液(每增加一组)', 2, dt); it(c, '一次性使用输液器', 1, dt); } });
  it(c, '生物合成人胰岛素注射液', 2, adm); it(c, '甘精胰岛素注射液', 1, add(adm, 3));
  return { claims: [c] };
}];
C.C23 = ['住院基础-餐时胰岛素（甘精+门冬），每日4次皮下注射与用药相符', (i) => {
  const r = anyRegion(); const h = i % 2 ? H2(r) : H3(r); const m = member({ age: ri(45, 80), gender: pick(['M', 'F']), region: r });
  const adm = baseDate(1, 10); const los = ri(7, 10);
  const c = claim(m, h, 'endocrinology', { visitType: 'inpatient', adm, dis: add(adm, los), dx: ['E11.700x033', 'I10.x00x002'], route: 'outpatient' }); ward(c, adm, los);
  for (const t of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '血脂(四项)', '糖化血红蛋白测定', '尿常规', '眼底检查']) it(c, t, 1, adm);
  it(c, '甘精胰岛素注射液', 1, adm); it(c, '门冬胰岛素注射液', 2, adm); if (los > 8) it(c, '门冬胰岛素注射液', 1, add(adm, 6));
  days(c, adm, los, (dt) => { it(c, '皮下注射', 4, dt); it(c, '血糖监测(快速)', 7, dt); });
  return { claims: [c] };
}];
C.C24 = ['长病程2型糖尿病三级医院并发症评估住院（有视网膜/肾病/神经病变诊断）', (i) => {
  const r = anyRegion(); const h = H3(r); const m = member({ age: ri(55, 82), gender: pick(['M', 'F']), region: r });
  const adm = baseDate(1, 11); const los = ri(7, 10);
  const c = claim(m, h, 'endocrinology', { visitType: 'inpatient', adm, dis: add(adm, los), dx: ['E11.700x011', 'E11.300x021+H36.0*', 'E11.400x024+G63.2*', 'E11.200x016+N08.3*', 'I10.x00x002'], route: 'outpatient' }); ward(c, adm, los);
  for (const t of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '血脂(四项)', '糖化血红蛋白测定', '尿常规', '常规心电图检查', '心脏彩色多普勒超声', '颈部血管彩色多普勒超声', '下肢血管彩色多普勒超声', '眼底检查']) it(c, t, 1, add(adm, 1));
  if (i % 2) it(c, '动态血压监测(24小时)', 1, add(adm, 2));
  days(c, adm, los, (dt) => { it(c, '血糖监测(快速)', 7, dt); it(c, '皮下注射', 4, dt); if (i % 3 === 0) { it(c, '前列地尔注射液', 1, dt); it(c, '静脉输液(第一组)', 1, dt); it(c, '一次性使用输液器', 1, dt); } });
  it(c, '甘精胰岛素注射液', 1, adm); it(c, '门冬胰岛素注射液', 2, adm); it(c, '达格列净片', los, adm); it(c, '缬沙坦胶囊', los, adm);
  return { claims: [c] };
}];

// ================= ROUTINE =================
const ROUT = [
  () => { const r = anyRegion(); const h = pick([CC(r), H2(r)]); const m = member({ age: ri(45, 80), gender: pick(['M', 'F']), region: r, chronic: ['E11'] }); const date = baseDate(1, 11); const c = claim(m, h, h.depts.endocrinology ? 'endocrinology' : 'general_practice', { visitType: 'chronic', date, dx: ['E11.900'] }); oralRx(c, date, 30, ri(1, 2)); if (rnd() < 0.3) it(c, '空腹血糖测定', 1, date); return c; },
  () => { const r = regionWithPharmacy(); const h = PH(r); const m = member({ age: ri(45, 80), gender: pick(['M', 'F']), region: r }); const date = baseDate(1, 11); const c = claim(m, h, 'pharmacy', { visitType: 'pharmacy', date, dx: ['E11.900'] }); oralRx(c, date, 30, 1); if (rnd() < 0.4) it(c, '血糖试纸', 50, date); return c; },
  () => { const r = anyRegion(); const h = pick([H2(r), H3(r)]); const m = member({ age: ri(25, 75), gender: rnd() < 0.8 ? 'F' : 'M', region: r }); const date = baseDate(1, 11); const c = claim(m, h, 'endocrinology', { visitType: 'outpatient', date, dx: [pick(['E03.900', 'E06.304', 'E04.101'])] }); it(c, '左甲状腺素钠片', 30 * ri(1, 2), date); if (rnd() < 0.3) it(c, '甲状腺功能(三项)', 1, date); return c; },
  () => { const r = anyRegion(); const h = CC(r); const m = member({ age: ri(50, 85), gender: pick(['M', 'F']), region: r, chronic: ['I10'] }); const date = baseDate(1, 11); const c = claim(m, h, 'general_practice', { visitType: 'chronic', date, dx: ['I10.x00x002'] }); it(c, pick(['苯磺酸氨氯地平片', '缬沙坦胶囊', '厄贝沙坦片', '硝苯地平控释片']), 30, date); return c; },
  () => { const r = anyRegion(); const h = pick([CC(r), H2(r)]); const m = member({ age: ri(3, 70), gender: pick(['M', 'F']), region: r }); const date = baseDate(1, 11); const c = claim(m, h, ageAt(m.patient.birthDate, date) < 14 && h.depts.pediatrics ? 'pediatrics' : (h.depts.internal_medicine ? 'internal_medicine' : 'general_practice'), { visitType: 'outpatient', date, dx: ['J06.900'] }); it(c, '血常规(五分类)', 1, date); if (ageAt(m.patient.birthDate, date) < 12) it(c, '小儿氨酚黄那敏颗粒', 9, date); else it(c, '连花清瘟胶囊', 36, date); return c; },
  () => { const r = anyRegion(); const h = H2(r); const m = member({ age: ri(25, 70), gender: pick(['M', 'F']), region: r }); const date = baseDate(1, 11); const c = claim(m, h, 'internal_medicine', { visitType: 'outpatient', date, dx: ['K29.500'] }); it(c, '奥美拉唑肠溶胶囊', 28, date); if (rnd() < 0.4) it(c, '铝碳酸镁咀嚼片', 42, date); return c; },
  () => { const r = anyRegion(); const h = H3(r); const m = member({ age: ri(55, 80), gender: pick(['M', 'F']), region: r }); const date = baseDate(1, 11); const c = claim(m, h, 'ophthalmology', { visitType: 'outpatient', date, dx: ['E11.300x011+H36.0*'] }); it(c, '眼底检查', 1, date); it(c, '裂隙灯检查', 1, date); return c; },
  () => { const r = anyRegion(); const h = H2(r); const m = member({ age: ri(58, 82), gender: rnd() < 0.8 ? 'F' : 'M', region: r }); const date = baseDate(1, 11); const c = claim(m, h, 'orthopedics', { visitType: 'outpatient', date, dx: [m.patient.gender === 'F' ? 'M81.000' : 'M81.800x091'] }); it(c, '阿仑膦酸钠片', 4, date); it(c, '碳酸钙D3片', 30, date); if (rnd() < 0.3) it(c, '骨密度测定(双能X线)', 1, date); return c; },
  () => { const r = anyRegion(); const h = H2(r); const m = member({ age: ri(45, 80), gender: pick(['M', 'F']), region: r, chronic: ['E11'] }); const date = baseDate(1, 11); const c = claim(m, h, 'endocrinology', { visitType: 'chronic', date, dx: ['E11.900'] }); it(c, '糖化血红蛋白测定', 1, date); it(c, '空腹血糖测定', 1, date); it(c, '静脉采血', 1, date); oralRx(c, date, 30, 2); return c; },
  () => { const r = anyRegion(); const h = H3(r); const m = member({ age: ri(30, 65), gender: rnd() < 0.75 ? 'F' : 'M', region: r }); const adm = baseDate(1, 10); const los = 4; const op = add(adm, 1); const c = claim(m, h, h.depts.thyroid_surgery ? 'thyroid_surgery' : 'general_surgery', { visitType: 'inpatient', adm, dis: add(adm, los), dx: ['E04.101'], px: [['06.2x00', op]], route: 'outpatient' }); ward(c, adm, los); for (const t of ['血常规(五分类)', '甲状腺功能(三项)', '术前八项(感染筛查)', '凝血四项', '常规心电图检查']) it(c, t, 1, adm); it(c, '甲状腺腺叶切除术', 1, op); it(c, '全身麻醉', 2, op); it(c, '病理检查(常规石蜡切片)', 1, op); it(c, '可吸收缝线', 2, op); it(c, '一次性手术衣及铺单包', 1, op); return c; },
  () => { const r = anyRegion(); const h = H2(r); const m = member({ age: ri(25, 36), gender: 'F', region: r }); const date = baseDate(1, 11); const c = claim(m, h, 'obstetrics', { visitType: 'outpatient', date, dx: ['Z34.900'] }); it(c, '产科B超', 1, date); it(c, '空腹血糖测定', 1, date); it(c, '血常规(五分类)', 1, date); return c; },
  () => { const r = anyRegion(); const h = CC(r); const m = member({ age: ri(50, 80), gender: pick(['M', 'F']), region: r }); const date = baseDate(1, 11); const c = claim(m, h, 'general_practice', { visitType: 'outpatient', date, dx: ['M54.502'] }); it(c, '双氯芬酸钠缓释片', 14, date); return c; },
];

// ================= BUILD =================
const KINDS = { fraud: T, control: C };
for (const [kind, set] of Object.entries(KINDS)) for (const [code, [name, fn]] of Object.entries(set)) for (let i = 0; i < 15; i++) { const r = fn(i); label(kind, code, name, i, r.claims, r.targets, r.mutated); }
for (let i = 0; i < 100; i++) { const c = pick(ROUT)(); label('routine', 'routine', '常规单次就诊', i, [c]); }

// settlement order, then amounts (annual deductibles and caps met in that order)
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a.claimId < b.claimId ? -1 : 1));
for (const c of CLAIMS) amounts(c);
if (GROUPS && fs.existsSync(GROUPS)) {
  const g = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const o = JSON.parse(line); if (o.grouping && o.grouping.drg) g[o.claimId] = o.grouping.drg; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient' && g[c.claimId]) c.reportedGroup = { drg: g[c.claimId], dip: null };
}
const clean = (c) => { const o = {}; for (const k of Object.keys(c)) if (!k.startsWith('_')) o[k] = c[k]; o.items = c.items.map((x) => { const y = {}; for (const k of Object.keys(x)) if (!k.startsWith('_')) y[k] = x[k]; return y; }); return o; };
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map((c) => JSON.stringify(clean(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`blind91: ${CLAIMS.length} claims, ${LABELS.length} cases (${LABELS.filter((l) => l.kind === 'fraud').length} fraud, ${LABELS.filter((l) => l.kind === 'control').length} control, ${LABELS.filter((l) => l.kind === 'routine').length} routine)`);
