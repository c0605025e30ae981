#!/usr/bin/env node
// blind73: 项目内涵、除外内容、加收与分解收费 — fraud cases and look-alike controls.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Money is computed in integer fen and written as yuan (CONTRACTS.md: JSON number).
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || __dirname);
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base72/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- seeded random ----------
let seed = 7302025;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const ROW = {};
for (const f of ['services.json', 'services-procedures.json', 'services-tcm.json', 'services-mental-health.json', 'services-home-and-online.json', 'drugs.json', 'consumables.json', 'consumables-procedures.json', 'drugs-tcm-herbs.json', 'drugs-mental-health.json', 'drugs-immunology-and-gout.json']) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) ROW[r.code] = r;
}
// short names -> row codes (looked up by name so the rows' own codes are billed)
const byName = {}; for (const c in ROW) byName[ROW[c].name] = c;
function R(name) { const c = byName[name]; if (!c) throw new Error('no catalogue row named ' + name); return ROW[c]; }

// ---------- policies (frozen build's defaults, copied as numbers; see TYPOLOGIES.md) ----------
const POL = {
  '22': { emp: { ded: { 1: 200, 2: 500, 3: 900 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 }, bonus: 0.05 }, res: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 }, bonus: 0 } },
  '23': { emp: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 }, bonus: 0.05 }, res: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 }, bonus: 0 } },
  '37': { emp: { ded: { 1: 300, 2: 600, 3: 1000 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 }, bonus: 0.05 }, res: { ded: { 1: 300, 2: 600, 3: 1000 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 }, bonus: 0 } },
  '51': { emp: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 }, bonus: 0.05 }, res: { ded: { 1: 200, 2: 600, 3: 1100 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 }, bonus: 0 } },
};
const OPR = { // outpatient-type ratios by scheme (deductible taken as 0: the upper-bound entitlement)
  outpatient: { emp: { 1: 0.7, 2: 0.6, 3: 0.5 }, empBonus: 0.1, res: { 1: 0.6, 2: 0.5, 3: 0.5 } },
  chronic: { emp: { 1: 0.85, 2: 0.85, 3: 0.8 }, empBonus: 0.05, res: { 1: 0.7, 2: 0.65, 3: 0.6 } },
  pharmacy: { emp: { 1: 0.6, 2: 0.6, 3: 0.6 }, empBonus: 0.1, res: { 1: 0.5, 2: 0.5, 3: 0.5 } },
};
const YI = { drug: 0.1, service: 0.1, consumable: 0.2 };

// ---------- institutions and doctors ----------
const REGIONS = ['220100', '220200', '230100', '230600', '370100', '370200', '510100', '510700'];
const DEPTS = ['general_surgery', 'orthopedics', 'gynecology', 'obstetrics', 'cardiology', 'respiratory', 'neurology', 'nephrology', 'icu', 'emergency', 'pediatrics', 'tcm', 'psychiatry', 'ophthalmology', 'gastroenterology', 'internal_medicine', 'rehabilitation'];
const TITLES = ['住院医师', '主治医师', '副主任医师', '主任医师'];
const HOSP = [];
for (const reg of REGIONS) for (const [n, lvl] of [[1, 3], [2, 3], [3, 2], [4, 2], [5, 1], [6, 1]]) HOSP.push({ id: 'H' + reg + String(n).padStart(2, '0'), region: reg, level: lvl, docs: {} });
function doctor(h, dept) {
  if (!h.docs[dept]) {
    const di = DEPTS.indexOf(dept); const n = h.level === 1 ? 2 : 4; h.docs[dept] = [];
    for (let k = 0; k < n; k++) h.docs[dept].push({ id: 'D' + h.id.slice(1) + String(di).padStart(2, '0') + k, title: h.level === 1 ? TITLES[k % 2] : TITLES[k % 4] });
  }
  return pick(h.docs[dept]);
}
const hospFor = (minLevel, maxLevel = 3) => pick(HOSP.filter(h => h.level >= minLevel && h.level <= maxLevel));

// ---------- members ----------
let memberNo = 0;
function member(o = {}) {
  memberNo++;
  const age = o.age != null ? o.age : ri(20, 78);
  const gender = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const by = 2025 - age; const bd = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const type = o.type || (age < 18 ? 'resident' : (rnd() < 0.65 ? 'employee' : 'resident'));
  const retired = type === 'employee' && ((gender === 'M' && age >= 62) || (gender === 'F' && age >= 57));
  return {
    insuredId: 'P73' + String(memberNo).padStart(6, '0'), gender, birthDate: bd, retired, type,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: Math.min(Math.max(age - 18, 2), 20), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: retired ? 32 : Math.max(1, Math.min(age - 20, 30)), special: null },
  };
}

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const ds = (d) => new Date(D0 + d * 86400000).toISOString().slice(0, 10);
let dayCursor = 10;
const nextDay = () => { dayCursor = 10 + ((dayCursor - 10 + ri(1, 3)) % 320); return dayCursor; };

// ---------- claims ----------
const claims = []; const labels = [];
let claimNo = 0;
function priceFen(row, level, f) { return Math.round(row.priceCap[String(level)] * 100 * f); }
// item spec: [name, day, qty, {f: price factor, mut: true, price: fen}]
function build(c) {
  const h = c.h; const level = h.level;
  const items = []; const mut = []; let total = 0, policy = 0;
  let ln = 0;
  for (const it of c.items) {
    const [name, day, qty, o = {}] = it; const row = R(name);
    const unit = o.price != null ? o.price : priceFen(row, level, o.f != null ? o.f : c.pf);
    const amount = unit * qty; ln++;
    const code = row.products ? row.products[0] : row.code;
    items.push({ lineId: String(ln), code, name: row.name, category: row.category, date: ds(day), quantity: qty, unitPrice: unit / 100, amount: amount / 100 });
    if (o.mut) mut.push(String(ln));
    total += amount;
    const cls = row.class; if (cls === '甲') policy += amount; else if (cls === '乙') policy += Math.round(amount * (1 - (YI[row.category] || 0.1)));
  }
  const m = c.m; const prov = h.region.slice(0, 2); const sch = m.type === 'employee' ? 'emp' : 'res';
  let fund;
  if (c.visitType === 'inpatient') {
    const p = POL[prov][sch]; const ratio = p.ratio[level] + (m.retired ? p.bonus : 0);
    fund = Math.floor(Math.max(0, policy - p.ded[level] * 100) * ratio);
  } else {
    const t = OPR[c.visitType]; const ratio = t[sch][level] + (m.retired ? t.empBonus : 0);
    fund = Math.floor(policy * ratio);
  }
  claimNo++;
  const id = `${h.region}-${h.id}-2025-73${String(claimNo).padStart(5, '0')}`;
  const cl = { claimId: id, region: h.region, insuranceType: m.type, visitType: c.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: Object.assign({}, m.enrollment, c.chronic ? { chronicDiseases: c.chronic } : {}),
    provider: { hospitalId: h.id, level, department: c.dept, doctorId: (c.doc || doctor(h, c.dept)).id } };
  if (c.visitType === 'inpatient') { cl.admissionDate = ds(c.adm); cl.dischargeDate = ds(c.dis); } else cl.visitDate = ds(c.adm);
  if (c.route) cl.admissionRoute = c.route;
  if (c.from) cl.transferFromHospitalId = c.from;
  if (c.visitType === 'inpatient') cl.dischargeMode = c.mode || 'ordered';
  cl.diagnoses = c.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  cl.procedures = (c.px || []).map(([code, day]) => ({ code, date: ds(day) }));
  cl.reportedGroup = { drg: null, dip: null };
  cl.items = items;
  cl.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  cl._settle = c.visitType === 'inpatient' ? c.dis : c.adm;
  claims.push(cl);
  return { id, mut };
}

// ---------- building blocks ----------
function consult(h, doc, day) {
  if (h.level === 1) return [pick(['普通门诊诊察费', '一般诊疗费']), day, 1];
  const n = doc.title === '主任医师' ? '主任医师门诊诊察费' : doc.title === '副主任医师' ? '副主任医师门诊诊察费' : '普通门诊诊察费';
  return [n, day, 1];
}
// ward days: bed, 诊查费, nursing (per night), admission labs
function ward(adm, los, o = {}) {
  const it = [];
  for (let d = 0; d < los; d++) {
    it.push([o.bed || '普通病房床位费(三人间)', adm + d, 1]);
    it.push(['住院诊查费', adm + d, 1]);
    const nurse = (o.nurse && o.nurse(d)) || 'Ⅱ级护理';
    if (nurse !== 'none') it.push([nurse, adm + d, 1]);
  }
  it.push(['血常规(五分类)', adm, 1], ['尿常规', adm, 1], ['肝功能(全套)', adm, 1], ['肾功能(三项)', adm, 1], ['电解质(四项)', adm, 1]);
  if (!o.noEcg) it.push(['常规心电图检查', adm, 1]);
  return it;
}
// infusion day: n groups (one carrier bottle each), first group + extra groups, one set
function infusionDay(day, n, drugs = []) {
  const it = [['静脉输液(第一组)', day, 1]];
  if (n > 1) it.push(['静脉输液(每增加一组)', day, n - 1]);
  it.push(['一次性使用输液器', day, 1], ['氯化钠注射液', day, n]);
  for (const [d, q] of drugs) it.push([d, day, q]);
  return it;
}
// general anaesthesia operation day
function gaDay(day, hours) {
  return [['全身麻醉', day, hours], ['丙泊酚中/长链脂肪乳注射液', day, 2], ['枸橼酸芬太尼注射液', day, 2], ['注射用维库溴铵', day, 1]];
}
const OPS = {
  lapappy: { row: '腹腔镜下阑尾切除术', dx: ['K35.800x001'], px: '47.0100', dept: 'general_surgery', min: 1, cons: [['一次性腹腔镜穿刺器', 1], ['可吸收缝线', 2], ['止血夹(结扎夹)', 2]], ga: 2, abx: '注射用头孢呋辛钠' },
  lapchole: { row: '腹腔镜下胆囊切除术', dx: ['K80.101'], px: '51.2300', dept: 'general_surgery', min: 2, cons: [['一次性腹腔镜穿刺器', 1], ['可吸收缝线', 2], ['止血夹(结扎夹)', 4]], ga: 2, abx: '注射用头孢呋辛钠' },
  hernia: { row: '腹股沟疝修补术', dx: ['K40.900x003'], px: '53.0000', dept: 'general_surgery', min: 1, cons: [['疝修补补片', 1], ['可吸收缝线', 2]], ga: 2, abx: '注射用头孢呋辛钠' },
  orif: { row: '骨折切开复位内固定术', dx: ['S82.202'], px: '79.3600', dept: 'orthopedics', min: 1, cons: [['接骨板', 1], ['骨科螺钉', 6], ['可吸收缝线', 2]], ga: 3, abx: '注射用头孢呋辛钠' },
  thyroid: { row: '甲状腺腺叶切除术', dx: ['E04.100'], px: '06.2x00', dept: 'general_surgery', min: 2, cons: [['可吸收缝线', 3]], ga: 2, abx: null },
  varicose: { row: '大隐静脉高位结扎+剥脱术', dx: ['I83.903'], px: '38.5901', dept: 'general_surgery', min: 1, cons: [['可吸收缝线', 2], ['医用弹力绷带', 2]], ga: 2, abx: null },
};
// a surgical stay: adm day a, operation day a+1, los nights
function surgicalStay(op, a, los, extraOpDay = [], o = {}) {
  const od = a + 1; const it = ward(a, los, { nurse: (d) => (d === 1 || d === 2 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  it.push(['凝血四项', a, 1], ['术前八项(感染筛查)', a, 1], ['血型鉴定(ABO+Rh)', a, 1], ['胸部X线摄影(正侧位)', a, 1]);
  it.push([op.row, od, 1, o.opOpt || {}], ...gaDay(od, o.gaHours || op.ga));
  for (const [c, q] of op.cons) it.push([c, od, q]);
  it.push(['心电监测', od, o.monHours || 12], ['血氧饱和度监测', od, o.monHours || 12]);
  it.push(...extraOpDay);
  for (let d = 1; d <= Math.min(3, los - 1); d++) it.push(...infusionDay(a + d, 2, op.abx ? [[op.abx, 3]] : [['葡萄糖注射液', 1]]));
  if (los > 3) it.push(['换药(小)', a + 3, 1]);
  it.push(['血常规(五分类)', a + 2, 1]);
  return it;
}

// ---------- case helpers ----------
function addCase(kind, code, name, parts, o = {}) {
  // parts: array of {id, mut} in claim order; targets default: all fraud parts with o.targets filter
  const claimIds = parts.map(p => p.id);
  const idx = o.targetIdx || parts.map((_, i) => i);
  const targets = kind === 'routine' ? [] : idx.map(i => parts[i].id);
  const mutatedLines = {};
  if (kind === 'fraud' && !o.claimLevel) for (const i of idx) if (parts[i].mut.length) mutatedLines[parts[i].id] = parts[i].mut;
  const caseId = `b73-${code}-${String(labels.filter(l => l.code === code).length + 1).padStart(2, '0')}`;
  const l = { caseId, kind, code, name, claimIds, targets: kind === 'routine' ? claimIds : targets, mutatedLines };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  labels.push(l);
}
const careful = (i) => i >= 10; // cases 11–15 of each typology are the careful fraudster's versions
const pfOf = (i) => (careful(i) ? pick([0.9, 0.92, 0.95]) : pick([1, 1, 0.98]));

const T = {}; const C = {};
// ================= FRAUD TYPOLOGIES =================
T.T01 = ['手术分解收费: 局部浸润麻醉/清创缝合/切开引流 billed beside the operation they belong to', (i) => {
  const op = OPS[pick(['lapappy', 'lapchole', 'hernia', 'orif', 'thyroid', 'varicose'])];
  const h = hospFor(op.min); const m = member({ age: ri(25, 70) }); const a = nextDay(); const los = ri(4, 7);
  const extra = careful(i) ? [[pick(['局部浸润麻醉', '清创术']), a + 1, 1, { mut: true }]]
    : [['局部浸润麻醉', a + 1, 1, { mut: true }], ['清创术', a + 1, 1, { mut: true }], ...(i % 3 === 0 ? [['体表脓肿切开引流术', a + 1, 1, { mut: true }]] : [])];
  if (!careful(i)) extra.push(['盐酸利多卡因注射液', a + 1, 2]);
  return [build({ h, m, dept: op.dept, visitType: 'inpatient', adm: a, dis: a + los, dx: op.dx, px: [[op.px, a + 1]], pf: pfOf(i), items: surgicalStay(op, a, los, extra) })];
}];
T.T02 = ['特级护理 with 心电监测/血氧饱和度监测 billed the same days (the monitoring is in 特级护理)', (i) => {
  const h = hospFor(2); const m = member({ age: ri(55, 85) }); const a = nextDay(); const los = ri(6, 10);
  const dx = pick([['I63.900', 'I10.x00x002'], ['K92.201'], ['I50.900', 'I25.103']]);
  const dept = dx[0] === 'I63.900' ? 'neurology' : dx[0] === 'K92.201' ? 'gastroenterology' : 'cardiology';
  const sp = ri(3, 4);
  const it = ward(a, los, { nurse: (d) => (d < sp ? '特级护理' : 'Ⅰ级护理') });
  for (let d = 0; d < sp; d++) {
    if (careful(i)) { if (d < 2) it.push(['血氧饱和度监测', a + d, 20, { mut: true }]); }
    else it.push(['心电监测', a + d, 24, { mut: true }], ['血氧饱和度监测', a + d, 24, { mut: true }]);
  }
  for (let d = 0; d < los - 1; d++) it.push(...infusionDay(a + d, 2, dx[0] === 'K92.201' && d < 6 ? [['注射用泮托拉唑钠', 2]] : [['呋塞米注射液', 1]]));
  it.push(['吸氧', a, 12], ['吸氧', a + 1, 12]);
  return [build({ h, m, dept, visitType: 'inpatient', adm: a, dis: a + los, dx, pf: pfOf(i), items: it, route: 'emergency' })];
}];
T.T03 = ['重症监护 by the hour with 分级护理 and monitoring billed for the same ICU days', (i) => {
  const h = hospFor(2); const m = member({ age: ri(50, 85) }); const a = nextDay(); const los = ri(7, 11); const icu = ri(3, 4);
  const dx = pick([['J18.900', 'J44.100'], ['I21.001', 'I50.900'], ['I63.900', 'J18.900']]);
  const it = ward(a, los, { bed: '普通病房床位费(三人间)', nurse: (d) => (d < icu ? 'none' : 'Ⅱ级护理') });
  // replace ICU days' bed with ICU bed
  for (const x of it) if (x[0] === '普通病房床位费(三人间)' && x[1] < a + icu) x[0] = '监护病房床位费';
  for (let d = 0; d < icu; d++) {
    it.push(['重症监护', a + d, d === 0 ? 20 : 24]);
    const mid = d > 0;
    if (mid && (!careful(i) || d === 1)) it.push(['Ⅰ级护理', a + d, 1, { mut: true }]);
    if (mid && !careful(i)) it.push(['心电监测', a + d, 24, { mut: true }], ['血氧饱和度监测', a + d, 24, { mut: true }]);
    it.push(...infusionDay(a + d, 3, [['注射用哌拉西林钠他唑巴坦钠', 3]]));
  }
  return [build({ h, m, dept: 'icu', visitType: 'inpatient', adm: a, dis: a + los, dx, pf: pfOf(i), items: it, route: 'emergency' })];
}];
T.T04 = ['麻醉 and 心电/血氧/血压监测 billed for the same hours on the operation day', (i) => {
  const op = OPS[pick(['lapappy', 'lapchole', 'hernia', 'orif', 'thyroid'])];
  const h = hospFor(op.min); const m = member({ age: ri(30, 75) }); const a = nextDay(); const los = ri(4, 7);
  const ga = op.ga + ri(0, 1); const mon = careful(i) ? 24 - ga + ri(1, 2) : 24;
  const it = surgicalStay(op, a, los, [], { gaHours: ga, monHours: 0 });
  const filtered = it.filter(x => !((x[0] === '心电监测' || x[0] === '血氧饱和度监测') && x[1] === a + 1));
  filtered.push(['心电监测', a + 1, mon, { mut: true }], ['血氧饱和度监测', a + 1, mon, { mut: true }]);
  if (!careful(i)) filtered.push(['无创血压监测', a + 1, 24, { mut: true }]);
  return [build({ h, m, dept: op.dept, visitType: 'inpatient', adm: a, dis: a + los, dx: op.dx, px: [[op.px, a + 1]], pf: pfOf(i), items: filtered })];
}];
T.T05 = ['静脉输液 with a 静脉注射 billed for each group (the puncture is in the infusion) and daily 留置针置管', (i) => {
  const h = hospFor(1); const m = member({ age: ri(30, 85) }); const a = nextDay(); const los = ri(5, 8);
  const dx = pick([['J18.900'], ['J20.900', 'J44.100'], ['N39.000']]);
  const it = ward(a, los, {});
  for (let d = 0; d < los - 1; d++) {
    const n = ri(2, 3);
    it.push(...infusionDay(a + d, n, [['注射用头孢曲松钠', 2]]));
    if (careful(i)) { if (d % 2 === 0) it.push(['静脉注射', a + d, 1, { mut: true }]); }
    else it.push(['静脉注射', a + d, n, { mut: true }], ['静脉留置针置管', a + d, 1, { mut: true }]);
  }
  it.push(['一次性使用静脉留置针', a, 1]);
  if (careful(i)) it.push(['静脉留置针置管', a, 1]);
  return [build({ h, m, dept: dx[0] === 'N39.000' ? 'internal_medicine' : 'respiratory', visitType: 'inpatient', adm: a, dis: a + los, dx, pf: pfOf(i), items: it })];
}];
T.T06 = ['超标准收费: every extra bottle billed as 静脉输液(第一组)', (i) => {
  const h = hospFor(1); const m = member({ age: ri(25, 85) }); const a = nextDay(); const los = ri(5, 8);
  const dx = pick([['J18.900'], ['A09.901'], ['J44.100']]);
  const it = ward(a, los, {});
  for (let d = 0; d < los - 1; d++) {
    const n = ri(3, 4); const bad = careful(i) ? d < 2 : true;
    if (bad) {
      it.push(['静脉输液(第一组)', a + d, careful(i) ? 2 : n, { mut: true }]);
      if (careful(i)) it.push(['静脉输液(每增加一组)', a + d, n - 2]);
      it.push(['一次性使用输液器', a + d, 1], ['氯化钠注射液', a + d, n], ['注射用头孢呋辛钠', a + d, 3]);
    } else it.push(...infusionDay(a + d, n, [['注射用头孢呋辛钠', 3]]));
  }
  return [build({ h, m, dept: dx[0] === 'A09.901' ? 'gastroenterology' : 'respiratory', visitType: 'inpatient', adm: a, dis: a + los, dx, pf: pfOf(i), items: it })];
}];
T.T07 = ['加收 with no basis: CT增强扫描(加收) with no CT scan it adds to', (i) => {
  const h = hospFor(2); const m = member({ type: 'employee',  age: ri(35, 80) });
  if (i % 2 === 0) { // outpatient
    const a = nextDay(); const doc = doctor(h, 'gastroenterology');
    const it = [consult(h, doc, a), ['CT增强扫描(加收)', a, 1, { mut: true }], ['血常规(五分类)', a, 1]];
    if (careful(i)) it.push(['腹部B超', a, 1]); else it.push(['腹部B超', a, 1], ['肿瘤标志物(CEA)测定', a, 1]);
    return [build({ h, m, doc, dept: 'gastroenterology', visitType: 'outpatient', adm: a, dx: ['R10.400'], pf: pfOf(i), items: it })];
  }
  const a = nextDay(); const los = ri(5, 8); const it = ward(a, los, {});
  const ctDay = a + 1;
  it.push(['CT增强扫描(加收)', ctDay, 1, { mut: true }]);
  if (careful(i)) it.push(['胸部CT平扫', a + los - 1, 1]); // a plain CT on another day, nothing enhanced that day
  for (let d = 0; d < los - 1; d++) it.push(...infusionDay(a + d, 2, [['注射用头孢呋辛钠', 3]]));
  return [build({ h, m, dept: 'respiratory', visitType: 'inpatient', adm: a, dis: a + los, dx: ['J18.900'], pf: pfOf(i), items: it })];
}];
T.T08 = ['双侧 charge for one side: a unilateral inguinal hernia repair billed at quantity 2', (i) => {
  const op = OPS.hernia; const h = hospFor(1); const m = member({ age: ri(30, 78), gender: 'M' }); const a = nextDay(); const los = ri(3, 5);
  const it = surgicalStay(op, a, los, [], { opOpt: { mut: true } });
  for (const x of it) { if (x[0] === op.row) x[2] = 2; if (x[0] === '疝修补补片' && !careful(i)) x[2] = 2; }
  return [build({ h, m, dept: op.dept, visitType: 'inpatient', adm: a, dis: a + los, dx: ['K40.900x003'], px: [['53.0000', a + 1]], pf: pfOf(i), items: it })];
}];
T.T09 = ['second operation through the same incision/ports billed at full price (should be 50%)', (i) => {
  const gyn = i % 3 !== 2;
  const h = hospFor(2); const m = member({ age: ri(32, 55), gender: gyn ? 'F' : pick(['M', 'F']) }); const a = nextDay(); const los = ri(5, 7);
  const op1 = gyn ? '腹腔镜下子宫切除术' : '腹腔镜下胆囊切除术'; const op2 = gyn ? '腹腔镜下卵巢囊肿剥除术' : '腹腔镜下阑尾切除术';
  const dx = gyn ? ['D25.900', 'N83.200'] : ['K80.101', 'K36.x02'];
  const px = gyn ? [['68.4100', a + 1], ['65.2501', a + 1]] : [['51.2300', a + 1], ['47.0100', a + 1]];
  const it = ward(a, los, { nurse: (d) => (d === 1 || d === 2 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  it.push(['凝血四项', a, 1], ['术前八项(感染筛查)', a, 1], ['血型鉴定(ABO+Rh)', a, 1]);
  it.push([op1, a + 1, 1], [op2, a + 1, 1, { mut: true, f: careful(i) ? pick([0.8, 0.85]) : 1 }], ...gaDay(a + 1, 3), ['一次性腹腔镜穿刺器', a + 1, 1], ['可吸收缝线', a + 1, 3], ['止血夹(结扎夹)', a + 1, 4]);
  it.push(['心电监测', a + 1, 12], ['血氧饱和度监测', a + 1, 12]);
  for (let d = 1; d < 4; d++) it.push(...infusionDay(a + d, 2, [['注射用头孢呋辛钠', 3]]));
  return [build({ h, m, dept: gyn ? 'gynecology' : 'general_surgery', visitType: 'inpatient', adm: a, dis: a + los, dx, px, pf: 1, items: it })];
}];
T.T10 = ['重复收费: a panel and its own component test billed the same day', (i) => {
  const h = hospFor(1); const m = member({ age: ri(30, 80) }); const a = nextDay();
  const pairs = [['血常规(五分类)', '血红蛋白测定'], ['肝功能(全套)', '丙氨酸氨基转移酶测定'], ['肝功能(全套)', '天门冬氨酸氨基转移酶测定'], ['肾功能(三项)', '肌酐测定'], ['血脂(四项)', '总胆固醇测定'], ['肾功能(三项)', '尿素测定']];
  if (i % 2 === 0) { // outpatient check-up visit
    const doc = doctor(h, 'internal_medicine'); const it = [consult(h, doc, a)];
    const use = careful(i) ? [pick(pairs)] : [pairs[0], pairs[1], pairs[3], pairs[4]];
    for (const [p] of use) it.push([p, a, 1]);
    for (const [, c] of use) it.push([c, a, 1, { mut: true }]);
    it.push(['空腹血糖测定', a, 1], ['苯磺酸氨氯地平片', a, 28]);
    return [build({ h, m, doc, dept: 'internal_medicine', visitType: 'outpatient', adm: a, dx: ['I10.x00x002', 'E78.500'], pf: pfOf(i), items: it })];
  }
  const los = ri(5, 8); const it = ward(a, los, {});
  const use = careful(i) ? [pick(pairs.slice(1))] : [pairs[0], pairs[2], pairs[3]];
  for (const [p, c] of use) { if (!it.some(x => x[0] === p && x[1] === a)) it.push([p, a, 1]); it.push([c, a, 1, { mut: true }]); }
  for (let d = 0; d < los - 1; d++) it.push(...infusionDay(a + d, 2, [['注射用头孢呋辛钠', 3]]));
  return [build({ h, m, dept: 'internal_medicine', visitType: 'inpatient', adm: a, dis: a + los, dx: ['N39.000', 'E11.900'], pf: pfOf(i), items: it })];
}];
T.T11 = ['TCM 重复收费: 电针/温针 with 普通针刺 the same visit, over a course of visits', (i) => {
  const h = hospFor(1); const m = member({ age: ri(35, 75), type: 'employee' }); const doc = doctor(h, 'tcm');
  const a = nextDay(); const parts = []; const bad = careful(i) ? [1, 3] : [0, 1, 2, 3, 4];
  for (let v = 0; v < 5; v++) {
    const d = a + v * 2; const it = [consult(h, doc, d)];
    const tech = i % 2 ? '温针' : '电针';
    it.push([tech, d, tech === '电针' ? 2 : 1]);
    if (bad.includes(v)) it.push(['普通针刺', d, 1, { mut: true }]);
    it.push(['拔罐疗法', d, 1]);
    parts.push(build({ h, m, doc, dept: 'tcm', visitType: 'outpatient', adm: d, dx: [pick(['M54.500', 'M51.200', 'M47.800'])], pf: pfOf(i), items: it }));
  }
  return { parts, targetIdx: bad };
}];
T.T12 = ['included consumables and monitoring billed apart: 血液透析 with its monitoring/电极片/输液, 剖宫产 with the 产包', (i) => {
  if (i % 2 === 0 || i === 13) { // dialysis session (门诊慢特病)
    const h = hospFor(2); const m = member({ age: ri(40, 78) }); const a = nextDay(); const doc = doctor(h, 'nephrology');
    const it = [['血液透析', a, 1], ['透析器', a, 1], ['一次性使用血液透析管路', a, 1], ['低分子量肝素钙注射液', a, 1]];
    if (careful(i)) it.push(['心电电极片', a, 5, { mut: true }]);
    else it.push(['心电监测', a, 4, { mut: true }], ['血氧饱和度监测', a, 4, { mut: true }], ['心电电极片', a, 5, { mut: true }], ['静脉输液(第一组)', a, 1, { mut: true }], ['一次性使用输液器', a, 1, { mut: true }]);
    return [build({ h, m, doc, dept: 'nephrology', visitType: 'chronic', adm: a, dx: ['N18.500'], chronic: ['N18'], pf: pfOf(i), items: it })];
  }
  const h = hospFor(1); const m = member({ age: ri(24, 38), gender: 'F' }); const a = nextDay(); const los = ri(4, 6);
  const it = ward(a, los, { nurse: (d) => (d < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  it.push(['剖宫产术', a + 1, 1], ['椎管内麻醉', a + 1, 1], ['盐酸罗哌卡因注射液', a + 1, 1], ['缩宫素注射液', a + 1, 2], ['可吸收缝线', a + 1, 3], ['一次性产包', a + 1, 1, { mut: true }]);
  if (!careful(i)) it.push(['导尿', a + 1, 1], ['一次性使用导尿包', a + 1, 1]);
  for (let d = 1; d < 4; d++) it.push(...infusionDay(a + d, 2, [['注射用头孢呋辛钠', 2]]));
  return [build({ h, m, dept: 'obstetrics', visitType: 'inpatient', adm: a, dis: a + los, dx: ['O82.000', 'O34.200'], px: [['74.1x00', a + 1]], pf: pfOf(i), items: it })];
}];
T.T13 = ['清创缝合 with a 换药 billed the same day (the day\'s dressing is in 清创), some on a second same-day claim', (i) => {
  const h = hospFor(1); const m = member({ type: 'employee',  age: ri(18, 70) }); const a = nextDay(); const doc = doctor(h, 'emergency');
  const dx = pick([['S61.000'], ['S01.800'], ['S81.800'], ['S51.800']]);
  const base = [['急诊诊察费', a, 1], ['清创术', a, 1], ['局部浸润麻醉', a, 1], ['盐酸利多卡因注射液', a, 1], ['可吸收缝线', a, 1]];
  if (i < 10) {
    base.push([careful(i) ? '换药(小)' : '换药(中)', a, 1, { mut: true }]);
    if (!careful(i)) base.push(['一次性使用换药包', a, 1, { mut: true }]);
    return [build({ h, m, doc, dept: 'emergency', visitType: 'outpatient', adm: a, dx, pf: pfOf(i), items: base })];
  }
  const p1 = build({ h, m, doc, dept: 'emergency', visitType: 'outpatient', adm: a, dx, pf: pfOf(i), items: base });
  const doc2 = doctor(h, 'general_surgery');
  const p2 = build({ h, m, doc: doc2, dept: 'general_surgery', visitType: 'outpatient', adm: a, dx, pf: pfOf(i), items: [consult(h, doc2, a), ['换药(中)', a, 1, { mut: true }], ['一次性使用换药包', a, 1, { mut: true }]] });
  return { parts: [p1, p2], targetIdx: [1] };
}];
T.T14 = ['分解住院 to bill 冠状动脉造影 apart from the stent it belongs to: angiography stay, discharge, PCI stay days later', (i) => {
  const h = hospFor(3); const m = member({ age: ri(45, 78) }); const a = nextDay(); const gap = careful(i) ? ri(8, 13) : ri(2, 5);
  const dx = [pick(['I20.000', 'I25.103']), 'I10.x00x002'];
  const it1 = ward(a, 2, { nurse: () => 'Ⅱ级护理' });
  it1.push(['冠状动脉造影术', a + 1, 1], ['冠脉造影导管', a + 1, 2], ['血管鞘组', a + 1, 1], ['导引导丝', a + 1, 1], ['阿司匹林肠溶片', a, 2], ['硫酸氢氯吡格雷片', a, 2], ['心电监测', a + 1, 12]);
  const p1 = build({ h, m, dept: 'cardiology', visitType: 'inpatient', adm: a, dis: a + 2, dx, px: [['88.5600', a + 1]], pf: pfOf(i), items: it1 });
  const b = a + 2 + gap; const los = ri(4, 6);
  const it2 = ward(b, los, { nurse: (d) => (d < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  it2.push(['经皮冠状动脉支架置入术', b + 1, 1], ['冠状动脉药物洗脱支架', b + 1, 1], ['冠状动脉球囊扩张导管', b + 1, 1], ['导引导丝', b + 1, 1], ['血管鞘组', b + 1, 1], ['心电监测', b + 1, 24], ['心电监测', b + 2, 24], ['阿司匹林肠溶片', b, los], ['替格瑞洛片', b, los * 2], ['阿托伐他汀钙片', b, los]);
  if (!careful(i)) it2.push(['冠状动脉造影术', b + 1, 1]);
  const p2 = build({ h, m, dept: 'cardiology', visitType: 'inpatient', adm: b, dis: b + los, dx, px: [['36.0700', b + 1], ['88.5600', b + 1]], pf: pfOf(i), items: it2 });
  return { parts: [p1, p2], claimLevel: true };
}];
T.T15 = ['精神科 MECT 重复收费: 多参数监护无抽搐电休克 with 电休克治疗 and monitoring billed for the same session', (i) => {
  const h = hospFor(2); const m = member({ age: ri(20, 60) }); const a = nextDay(); const los = ri(18, 24);
  const dx = [pick(['F32.200', 'F33.200', 'F20.000'])];
  const it = ward(a, los, { nurse: () => 'Ⅱ级护理', noEcg: false });
  const drug = dx[0] === 'F20.000' ? ['利培酮片', 2] : ['盐酸舍曲林片', 1];
  for (let d = 0; d < los; d++) it.push([drug[0], a + d, drug[1]]);
  for (let s = 0; s < 8; s++) {
    const d = a + 2 + s * 2;
    it.push(['多参数监护无抽搐电休克治疗', d, 1], ['丙泊酚中/长链脂肪乳注射液', d, 1]);
    if (careful(i)) { if (s % 3 === 0) it.push(['心电监测', d, 2, { mut: true }], ['血氧饱和度监测', d, 2, { mut: true }]); }
    else it.push(['电休克治疗', d, 1, { mut: true }], ['心电监测', d, 2, { mut: true }]);
  }
  return [build({ h, m, dept: 'psychiatry', visitType: 'inpatient', adm: a, dis: a + los, dx, px: [['94.2700', a + 2]], pf: pfOf(i), items: it })];
}];

// ================= CONTROLS =================
C.C01 = ['two operations through separate incisions the same day, both at full price (lap cholecystectomy + open hernia repair)', () => {
  const h = hospFor(2); const m = member({ age: ri(40, 75), gender: 'M' }); const a = nextDay(); const los = ri(5, 7);
  const it = surgicalStay(OPS.lapchole, a, los, [['腹股沟疝修补术', a + 1, 1], ['疝修补补片', a + 1, 1]], { gaHours: 3 });
  return [build({ h, m, dept: 'general_surgery', visitType: 'inpatient', adm: a, dis: a + los, dx: ['K80.101', 'K40.900x003'], px: [['51.2300', a + 1], ['53.0000', a + 1]], pf: pick([1, 0.98]), items: it })];
}];
C.C02 = ['true bilateral inguinal hernia repair billed at quantity 2 with two meshes', () => {
  const h = hospFor(1); const m = member({ age: ri(35, 80), gender: 'M' }); const a = nextDay(); const los = ri(4, 6);
  const it = surgicalStay(OPS.hernia, a, los, [], { gaHours: 3 });
  for (const x of it) { if (x[0] === '腹股沟疝修补术') x[2] = 2; if (x[0] === '疝修补补片') x[2] = 2; }
  return [build({ h, m, dept: 'general_surgery', visitType: 'inpatient', adm: a, dis: a + los, dx: ['K40.201'], px: [['53.1700', a + 1]], pf: 1, items: it })];
}];
C.C03 = ['a young child\'s 小儿头皮静脉输液 (the child\'s rate) on a paediatric stay', () => {
  const h = hospFor(1); const m = member({ age: ri(1, 5), type: 'resident' }); const a = nextDay(); const los = ri(4, 6);
  const it = ward(a, los, { noEcg: true });
  for (let d = 0; d < los - 1; d++) it.push(['小儿头皮静脉输液', a + d, 1], ['静脉输液(每增加一组)', a + d, 1], ['一次性使用输液器', a + d, 1], ['氯化钠注射液', a + d, 2], ['注射用头孢呋辛钠', a + d, 2]);
  it.push(['小儿对乙酰氨基酚颗粒', a, 3], ['雾化吸入', a, 2], ['雾化吸入', a + 1, 2], ['吸入用布地奈德混悬液', a, 2], ['吸入用布地奈德混悬液', a + 1, 2]);
  return [build({ h, m, dept: 'pediatrics', visitType: 'inpatient', adm: a, dis: a + los, dx: ['J18.900'], pf: pick([1, 0.95]), items: it })];
}];
C.C04 = ['24-hour 心电监测 on ward days with no anaesthesia (acute heart failure / unstable angina)', () => {
  const h = hospFor(1); const m = member({ age: ri(55, 85) }); const a = nextDay(); const los = ri(6, 9);
  const it = ward(a, los, { nurse: (d) => (d < 3 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  for (let d = 0; d < 3; d++) it.push(['心电监测', a + d, 24], ['血氧饱和度监测', a + d, 24], ['无创血压监测', a + d, 12]);
  for (let d = 0; d < los - 1; d++) it.push(...infusionDay(a + d, 1, [['呋塞米注射液', 2]]), ['静脉注射', a + d, 2]);
  it.push(['B型钠尿肽(BNP)测定', a, 1], ['心脏彩色多普勒超声', a + 1, 1], ['螺内酯片', a, los * 2]);
  return [build({ h, m, dept: 'cardiology', visitType: 'inpatient', adm: a, dis: a + los, dx: ['I50.900', 'I10.x00x002'], pf: 1, items: it, route: 'emergency' })];
}];
C.C05 = ['extra infusion bottles that really were extra: 第一组 once plus 每增加一组 per further bottle', () => {
  const h = hospFor(1); const m = member({ age: ri(30, 85) }); const a = nextDay(); const los = ri(5, 8);
  const it = ward(a, los, {});
  for (let d = 0; d < los - 1; d++) it.push(...infusionDay(a + d, ri(3, 5), [['注射用头孢呋辛钠', 3], ['盐酸氨溴索注射液', 2]]));
  return [build({ h, m, dept: 'respiratory', visitType: 'inpatient', adm: a, dis: a + los, dx: ['J18.900'], pf: 1, items: it })];
}];
C.C06 = ['除外内容 consumables billed beside the operation (mesh, trocar, clips, sutures, plate and screws)', () => {
  const op = OPS[pick(['lapappy', 'lapchole', 'hernia', 'orif'])];
  const h = hospFor(op.min); const m = member({ age: ri(25, 75) }); const a = nextDay(); const los = ri(4, 7);
  const it = surgicalStay(op, a, los, [['可吸收止血材料(止血纱布/明胶海绵)', a + 1, 1], ['一次性使用引流袋', a + 1, 1]]);
  return [build({ h, m, dept: op.dept, visitType: 'inpatient', adm: a, dis: a + los, dx: op.dx, px: [[op.px, a + 1]], pf: 1, items: it })];
}];
C.C07 = ['a second 清创 on a later day (infected wound re-debrided on day 3)', () => {
  const h = hospFor(1); const m = member({ type: 'employee',  age: ri(20, 70) }); const a = nextDay(); const doc = doctor(h, 'emergency'); const doc2 = doctor(h, 'general_surgery');
  const p1 = build({ h, m, doc, dept: 'emergency', visitType: 'outpatient', adm: a, dx: ['S81.800'], pf: 1, items: [['急诊诊察费', a, 1], ['清创术', a, 1], ['局部浸润麻醉', a, 1], ['盐酸利多卡因注射液', a, 1], ['可吸收缝线', a, 1]] });
  const b = a + ri(3, 4);
  const p2 = build({ h, m, doc: doc2, dept: 'general_surgery', visitType: 'outpatient', adm: b, dx: ['L03.100', 'S81.800'], pf: 1, items: [consult(h, doc2, b), ['清创术', b, 1], ['局部浸润麻醉', b, 1], ['盐酸利多卡因注射液', b, 1], ['细菌培养及药敏', b, 1], ['头孢呋辛酯片', b, 14]] });
  return [p1, p2];
}];
C.C08 = ['血液透析 session billing only its 除外内容 (透析器, 管路) and the anticoagulant', () => {
  const h = hospFor(2); const m = member({ age: ri(40, 80) }); const a = nextDay(); const doc = doctor(h, 'nephrology');
  const it = [['血液透析', a, 1], ['透析器', a, 1], ['一次性使用血液透析管路', a, 1], ['低分子量肝素钙注射液', a, 1]];
  if (rnd() < 0.4) it.push(['重组人促红素注射液', a, 1]);
  return [build({ h, m, doc, dept: 'nephrology', visitType: 'chronic', adm: a, dx: ['N18.500'], chronic: ['N18'], pf: 1, items: it })];
}];
C.C09 = ['ICU transfer day: 重症监护 for the ICU hours, 分级护理 and monitoring for the ward hours of that day', () => {
  const h = hospFor(2); const m = member({ age: ri(50, 85) }); const a = nextDay(); const los = ri(7, 10);
  const it = ward(a, los, { nurse: (d) => (d === 0 || d >= 3 ? 'Ⅰ级护理' : 'none') });
  for (const x of it) if (x[0] === '普通病房床位费(三人间)' && (x[1] === a + 1 || x[1] === a + 2)) x[0] = '监护病房床位费';
  it.push(['重症监护', a, 14], ['心电监测', a, 8], ['血氧饱和度监测', a, 8]);
  it.push(['重症监护', a + 1, 24], ['重症监护', a + 2, 24]);
  it.push(['重症监护', a + 3, 10], ['心电监测', a + 3, 12], ['血氧饱和度监测', a + 3, 12]);
  for (let d = 0; d < 5; d++) it.push(...infusionDay(a + d, 3, [['注射用哌拉西林钠他唑巴坦钠', 3]]));
  return [build({ h, m, dept: 'icu', visitType: 'inpatient', adm: a, dis: a + los, dx: ['J18.900', 'J44.100'], pf: 1, items: it, route: 'emergency' })];
}];
C.C10 = ['CT增强扫描(加收) with its base CT scan the same day', () => {
  const h = hospFor(2); const m = member({ type: 'employee',  age: ri(35, 80) }); const a = nextDay();
  const ct = pick(['腹部CT平扫', '胸部CT平扫', '头颅CT平扫']);
  const dx = ct === '腹部CT平扫' ? ['R10.400'] : ct === '胸部CT平扫' ? ['J18.900'] : ['R51.x00'];
  const dept = ct === '头颅CT平扫' ? 'neurology' : ct === '胸部CT平扫' ? 'respiratory' : 'gastroenterology'; const doc = doctor(h, dept);
  return [build({ h, m, doc, dept, visitType: 'outpatient', adm: a, dx, pf: 1, items: [consult(h, doc, a), [ct, a, 1], ['CT增强扫描(加收)', a, 1], ['肾功能(三项)', a, 1]] })];
}];
C.C11 = ['TCM course: 普通针刺 with 灸法 and 拔罐 (different items, nothing included in another)', () => {
  const h = hospFor(1); const m = member({ age: ri(35, 75), type: 'employee' }); const doc = doctor(h, 'tcm'); const a = nextDay(); const parts = [];
  for (let v = 0; v < 5; v++) { const d = a + v * 2; parts.push(build({ h, m, doc, dept: 'tcm', visitType: 'outpatient', adm: d, dx: ['M54.500'], pf: 1, items: [consult(h, doc, d), ['普通针刺', d, 1], ['灸法', d, 1], ['拔罐疗法', d, 1]] })); }
  return parts;
}];
C.C12 = ['a component test repeated on a later day (Hb after bleeding, creatinine after contrast), not beside its panel', () => {
  const h = hospFor(1); const m = member({ age: ri(40, 85) }); const a = nextDay(); const los = ri(6, 9);
  const it = ward(a, los, {});
  it.push(['血红蛋白测定', a + 2, 1], ['血红蛋白测定', a + 4, 1], ['肌酐测定', a + 3, 1]);
  for (let d = 0; d < los - 1; d++) it.push(...infusionDay(a + d, 2, d < 6 ? [['注射用泮托拉唑钠', 2]] : [['葡萄糖注射液', 1]]));
  return [build({ h, m, dept: 'gastroenterology', visitType: 'inpatient', adm: a, dis: a + los, dx: ['K92.201'], pf: 1, items: it })];
}];
C.C13 = ['two laparoscopic operations through the same ports, the second at 50%', () => {
  const h = hospFor(2); const m = member({ age: ri(32, 55), gender: 'F' }); const a = nextDay(); const los = ri(5, 7);
  const it = ward(a, los, { nurse: (d) => (d === 1 || d === 2 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  it.push(['凝血四项', a, 1], ['术前八项(感染筛查)', a, 1], ['血型鉴定(ABO+Rh)', a, 1]);
  it.push(['腹腔镜下子宫切除术', a + 1, 1], ['腹腔镜下卵巢囊肿剥除术', a + 1, 1, { f: 0.5 }], ...gaDay(a + 1, 3), ['一次性腹腔镜穿刺器', a + 1, 1], ['可吸收缝线', a + 1, 3], ['止血夹(结扎夹)', a + 1, 4], ['心电监测', a + 1, 12], ['血氧饱和度监测', a + 1, 12]);
  for (let d = 1; d < 4; d++) it.push(...infusionDay(a + d, 2, [['注射用头孢呋辛钠', 3]]));
  return [build({ h, m, dept: 'gynecology', visitType: 'inpatient', adm: a, dis: a + los, dx: ['D25.900', 'N83.200'], px: [['68.4100', a + 1], ['65.2501', a + 1]], pf: 1, items: it })];
}];
C.C14 = ['angiography at a level-2 hospital, transfer the next day to a level-3 hospital for the stent (no second 造影 billed)', () => {
  const r = pick(REGIONS); const h1 = pick(HOSP.filter(x => x.region === r && x.level === 2)); const h2 = pick(HOSP.filter(x => x.region === r && x.level === 3));
  const m = member({ age: ri(45, 80) }); const a = nextDay(); const dx = ['I21.001', 'I10.x00x002'];
  const it1 = ward(a, 1, { nurse: () => 'Ⅰ级护理' });
  it1.push(['冠状动脉造影术', a, 1], ['冠脉造影导管', a, 2], ['血管鞘组', a, 1], ['导引导丝', a, 1], ['心电监测', a, 24], ['肌钙蛋白I测定', a, 1], ['阿司匹林肠溶片', a, 3]);
  const p1 = build({ h: h1, m, dept: 'cardiology', visitType: 'inpatient', adm: a, dis: a + 1, dx, px: [['88.5600', a]], pf: 1, items: it1, route: 'emergency', mode: 'transfer' });
  const los = ri(5, 7); const it2 = ward(a + 1, los, { nurse: (d) => (d < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  it2.push(['经皮冠状动脉支架置入术', a + 1, 1], ['冠状动脉药物洗脱支架', a + 1, 1], ['冠状动脉球囊扩张导管', a + 1, 1], ['导引导丝', a + 1, 1], ['血管鞘组', a + 1, 1], ['心电监测', a + 1, 24], ['心电监测', a + 2, 24], ['替格瑞洛片', a + 1, los * 2], ['阿托伐他汀钙片', a + 1, los]);
  const p2 = build({ h: h2, m, dept: 'cardiology', visitType: 'inpatient', adm: a + 1, dis: a + 1 + los, dx, px: [['36.0700', a + 1]], pf: 1, items: it2, route: 'transfer', from: h1.id });
  return [p1, p2];
}];
C.C15 = ['Ⅰ级护理 with 24-hour 心电监测 for an acute myocardial infarction treated medically (monitoring is not in 分级护理)', () => {
  const h = hospFor(2); const m = member({ age: ri(60, 88) }); const a = nextDay(); const los = ri(7, 10);
  const it = ward(a, los, { nurse: (d) => (d < 4 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  for (let d = 0; d < 4; d++) it.push(['心电监测', a + d, 24], ['血氧饱和度监测', a + d, 12]);
  it.push(['肌钙蛋白I测定', a, 2], ['心肌酶谱', a, 1], ['阿司匹林肠溶片', a, los], ['硫酸氢氯吡格雷片', a, los], ['阿托伐他汀钙片', a, los], ['低分子量肝素钙注射液', a, 2 * Math.min(los, 7)]);
  return [build({ h, m, dept: 'cardiology', visitType: 'inpatient', adm: a, dis: a + los, dx: ['I21.001', 'I10.x00x002'], pf: 1, items: it, route: 'emergency' })];
}];
C.C16 = ['a course of MECT sessions on alternate days with the anaesthetic drug only', () => {
  const h = hospFor(2); const m = member({ age: ri(20, 60) }); const a = nextDay(); const los = ri(18, 24);
  const it = ward(a, los, { nurse: () => 'Ⅱ级护理' });
  for (let d = 0; d < los; d++) it.push(['盐酸舍曲林片', a + d, 1]);
  for (let s = 0; s < 8; s++) { const d = a + 2 + s * 2; it.push(['多参数监护无抽搐电休克治疗', d, 1], ['丙泊酚中/长链脂肪乳注射液', d, 1]); }
  it.push(['汉密尔顿抑郁量表（HAMD）测查', a, 1], ['汉密尔顿抑郁量表（HAMD）测查', a + los - 1, 1]);
  return [build({ h, m, dept: 'psychiatry', visitType: 'inpatient', adm: a, dis: a + los, dx: [pick(['F32.200', 'F33.200'])], px: [['94.2700', a + 2]], pf: 1, items: it })];
}];
C.C17 = ['静脉留置针 replaced every three days: 置管 with a new needle each time', () => {
  const h = hospFor(1); const m = member({ age: ri(40, 85) }); const a = nextDay(); const los = ri(8, 11);
  const it = ward(a, los, {});
  for (let d = 0; d < los - 1; d++) { it.push(...infusionDay(a + d, 2, [['注射用头孢呋辛钠', 3]])); if (d % 3 === 0) it.push(['静脉留置针置管', a + d, 1], ['一次性使用静脉留置针', a + d, 1], ['透明敷贴', a + d, 1]); }
  return [build({ h, m, dept: 'respiratory', visitType: 'inpatient', adm: a, dis: a + los, dx: ['J18.900', 'J44.100'], pf: 1, items: it })];
}];
C.C18 = ['静脉输液 and a separate 静脉注射 of an IV-push drug (furosemide, dexamethasone)', () => {
  const h = hospFor(1); const m = member({ age: ri(55, 88) }); const a = nextDay(); const los = ri(5, 8);
  const it = ward(a, los, {});
  for (let d = 0; d < los - 1; d++) it.push(...infusionDay(a + d, 1, []), ['静脉注射', a + d, 2], ['呋塞米注射液', a + d, 2]);
  return [build({ h, m, dept: 'cardiology', visitType: 'inpatient', adm: a, dis: a + los, dx: ['I50.900'], pf: 1, items: it })];
}];
C.C19 = ['two separate wounds debrided the same day (清创术 ×2, two sites)', () => {
  const h = hospFor(1); const m = member({ type: 'employee',  age: ri(18, 65) }); const a = nextDay(); const doc = doctor(h, 'emergency');
  return [build({ h, m, doc, dept: 'emergency', visitType: 'outpatient', adm: a, dx: ['S01.800', 'S61.000'], pf: 1, items: [['急诊诊察费', a, 1], ['清创术', a, 2], ['局部浸润麻醉', a, 2], ['盐酸利多卡因注射液', a, 2], ['可吸收缝线', a, 2], ['头颅CT平扫', a, 1]] })];
}];
C.C20 = ['清创 then 换药 on later days and 拆线 at day 7–10 (separate visits)', () => {
  const h = hospFor(1); const m = member({ type: 'employee',  age: ri(18, 70) }); const a = nextDay(); const doc = doctor(h, 'emergency'); const doc2 = doctor(h, 'general_surgery');
  const parts = [build({ h, m, doc, dept: 'emergency', visitType: 'outpatient', adm: a, dx: ['S61.000'], pf: 1, items: [['急诊诊察费', a, 1], ['清创术', a, 1], ['局部浸润麻醉', a, 1], ['盐酸利多卡因注射液', a, 1], ['可吸收缝线', a, 1]] })];
  for (const k of [2, 4]) parts.push(build({ h, m, doc: doc2, dept: 'general_surgery', visitType: 'outpatient', adm: a + k, dx: ['S61.000'], pf: 1, items: [consult(h, doc2, a + k), ['换药(小)', a + k, 1]] }));
  const s = a + ri(7, 10); parts.push(build({ h, m, doc: doc2, dept: 'general_surgery', visitType: 'outpatient', adm: s, dx: ['S61.000'], pf: 1, items: [consult(h, doc2, s), ['拆线', s, 1]] }));
  return parts;
}];
C.C21 = ['电针 over several point pairs without 普通针刺, with 推拿', () => {
  const h = hospFor(1); const m = member({ age: ri(35, 75), type: 'employee' }); const doc = doctor(h, 'tcm'); const a = nextDay(); const parts = [];
  for (let v = 0; v < 4; v++) { const d = a + v * 2; parts.push(build({ h, m, doc, dept: 'tcm', visitType: 'outpatient', adm: d, dx: [pick(['M54.500', 'M51.200'])], pf: 1, items: [consult(h, doc, d), ['电针', d, ri(3, 4)], ['推拿治疗', d, 1]] })); }
  return parts;
}];
C.C22 = ['second-eye cataract operation 2–4 weeks after the first (true bilateral, staged)', () => {
  const h = hospFor(2); const m = member({ age: ri(60, 85) }); const a = nextDay(); const parts = [];
  for (const off of [0, ri(14, 28)]) {
    const d = a + off; const it = ward(d, 2, { nurse: () => 'Ⅱ级护理' });
    it.push(['白内障超声乳化摘除+人工晶体植入术', d + 1, 1], ['人工晶状体', d + 1, 1], ['眼科粘弹剂', d + 1, 1], ['局部浸润麻醉', d + 1, 1], ['眼科A超(生物测量)', d, 1], ['裂隙灯检查', d, 1], ['左氧氟沙星滴眼液', d + 1, 1], ['妥布霉素地塞米松滴眼液', d + 1, 1]);
    parts.push(build({ h, m, dept: 'ophthalmology', visitType: 'inpatient', adm: d, dis: d + 2, dx: ['H25.900'], px: [['13.4100', d + 1], ['13.7000', d + 1]], pf: 1, items: it }));
  }
  return parts;
}];
C.C23 = ['胃镜 and 结肠镜 the same day (two different examinations, one sedation)', () => {
  const h = hospFor(1); const m = member({ type: 'employee',  age: ri(40, 75) }); const a = nextDay(); const doc = doctor(h, 'gastroenterology');
  return [build({ h, m, doc, dept: 'gastroenterology', visitType: 'outpatient', adm: a, dx: ['K29.700', 'K57.300'], pf: 1, items: [consult(h, doc, a), ['胃镜检查', a, 1], ['结肠镜检查', a, 1], ['病理检查(常规石蜡切片)', a, 1], ['乳果糖口服溶液', a, 2]] })];
}];
C.C24 = ['operation day: 2–3 h general anaesthesia and post-operative 心电/血氧 monitoring for the rest of the day', () => {
  const op = OPS[pick(['lapappy', 'lapchole', 'thyroid', 'orif'])]; const h = hospFor(op.min); const m = member({ age: ri(30, 80) }); const a = nextDay(); const los = ri(4, 7);
  const ga = op.ga; const it = surgicalStay(op, a, los, [['无创血压监测', a + 1, 12]], { gaHours: ga, monHours: 24 - ga - 2 });
  it.push(['心电监测', a + 2, 12]);
  return [build({ h, m, dept: op.dept, visitType: 'inpatient', adm: a, dis: a + los, dx: op.dx, px: [[op.px, a + 1]], pf: 1, items: it })];
}];

// ================= ROUTINE =================
const ROUT = [
  () => { const h = hospFor(1); const m = member({}); const a = nextDay(); const doc = doctor(h, 'internal_medicine');
    return build({ h, m, doc, dept: 'internal_medicine', visitType: 'outpatient', adm: a, dx: ['J06.900'], pf: 1, items: [consult(h, doc, a), ['血常规(五分类)', a, 1], ['连花清瘟胶囊', a, 24], ['对乙酰氨基酚片', a, 6]] }); },
  () => { const h = hospFor(1); const m = member({ age: ri(50, 80) }); const a = nextDay(); const doc = doctor(h, 'internal_medicine');
    return build({ h, m, doc, dept: 'internal_medicine', visitType: 'chronic', adm: a, dx: ['I10.x00x002'], chronic: ['I10'], pf: 1, items: [['门诊慢特病管理诊查费', a, 1], ['苯磺酸氨氯地平片', a, 30], ['缬沙坦胶囊', a, 30]] }); },
  () => { const h = hospFor(1); const m = member({ age: ri(45, 80) }); const a = nextDay(); const doc = doctor(h, 'internal_medicine');
    return build({ h, m, doc, dept: 'internal_medicine', visitType: 'chronic', adm: a, dx: ['E11.900'], chronic: ['E11'], pf: 1, items: [['门诊慢特病管理诊查费', a, 1], ['盐酸二甲双胍片', a, 90], ['糖化血红蛋白测定', a, 1], ['空腹血糖测定', a, 1]] }); },
  () => { const h = hospFor(1); const m = member({ age: ri(2, 10), type: 'resident' }); const a = nextDay(); const doc = doctor(h, 'pediatrics');
    return build({ h, m, doc, dept: 'pediatrics', visitType: 'outpatient', adm: a, dx: ['J02.900'], pf: 1, items: [consult(h, doc, a), ['血常规(五分类)', a, 1], ['C反应蛋白测定', a, 1], ['小儿氨酚黄那敏颗粒', a, 6]] }); },
  () => { const h = hospFor(1); const m = member({}); const a = nextDay(); const los = ri(5, 8); const it = ward(a, los, {});
    for (let d = 0; d < los - 1; d++) it.push(...infusionDay(a + d, 2, [['注射用头孢呋辛钠', 3]]));
    it.push(['胸部X线摄影(正侧位)', a, 1], ['C反应蛋白测定', a, 1]);
    return build({ h, m, dept: 'respiratory', visitType: 'inpatient', adm: a, dis: a + los, dx: ['J18.900'], pf: 1, items: it }); },
  () => { const op = OPS[pick(['lapappy', 'hernia', 'varicose'])]; const h = hospFor(op.min); const m = member({ age: ri(20, 70), gender: op === OPS.hernia ? 'M' : undefined }); const a = nextDay(); const los = ri(4, 6);
    return build({ h, m, dept: op.dept, visitType: 'inpatient', adm: a, dis: a + los, dx: op.dx, px: [[op.px, a + 1]], pf: 1, items: surgicalStay(op, a, los, []) }); },
  () => { const h = hospFor(1); const m = member({ age: ri(30, 80) }); const a = nextDay(); const doc = doctor(h, 'orthopedics');
    return build({ h, m, doc, dept: 'orthopedics', visitType: 'outpatient', adm: a, dx: ['M17.900'], pf: 1, items: [consult(h, doc, a), ['四肢X线摄影', a, 1], ['塞来昔布胶囊', a, 14]] }); },
  () => { const h = hospFor(1); const m = member({ age: ri(40, 80) }); const a = nextDay();
    return build({ h, m, doc: doctor(h, 'internal_medicine'), dept: 'internal_medicine', visitType: 'pharmacy', adm: a, dx: ['I10.x00x002'], pf: 1, items: [['苯磺酸氨氯地平片', a, 28], ['阿托伐他汀钙片', a, 28]] }); },
  () => { const h = hospFor(1); const m = member({ age: ri(20, 60), gender: 'F' }); const a = nextDay(); const los = ri(2, 4); const it = ward(a, los, { nurse: () => 'Ⅱ级护理' });
    it.push(['阴道分娩接生', a, 1], ['一次性产包', a, 1], ['缩宫素注射液', a, 1], ['胎心监护', a, 2]);
    m.birthDate = `${2025 - ri(24, 36)}-0${ri(1, 9)}-1${ri(0, 9)}`;
    return build({ h, m, dept: 'obstetrics', visitType: 'inpatient', adm: a, dis: a + los, dx: ['O80.000'], px: [['73.5900', a]], pf: 1, items: it }); },
  () => { const h = hospFor(1); const m = member({ age: ri(30, 70) }); const a = nextDay(); const doc = doctor(h, 'gastroenterology');
    return build({ h, m, doc, dept: 'gastroenterology', visitType: 'outpatient', adm: a, dx: ['K29.700'], pf: 1, items: [consult(h, doc, a), ['胃镜检查', a, 1], ['奥美拉唑肠溶胶囊', a, 28]] }); },
];

// ================= write =================
for (const code of Object.keys(T)) { const [name, fn] = T[code]; for (let i = 0; i < 15; i++) { const r = fn(i); const parts = Array.isArray(r) ? r : r.parts; addCase('fraud', code, name, parts, Array.isArray(r) ? {} : r); } }
for (const code of Object.keys(C)) { const [name, fn] = C[code]; for (let i = 0; i < 15; i++) addCase('control', code, name, fn(i)); }
for (let i = 0; i < 100; i++) { const p = ROUT[i % ROUT.length](); addCase('routine', 'R', 'routine care', [p]); }

// groups from pass 1 (reportedGroup.drg as grouped)
if (GROUPS && fs.existsSync(GROUPS)) {
  const g = {}; const lines = fs.readFileSync(GROUPS, 'utf8').split('\n').filter(Boolean);
  lines.forEach((ln, k) => { const o = JSON.parse(ln); const id = o.claimId; const drg = (o.grouping && o.grouping.drg) || o.drg || (o.result && o.result.drg) || null; if (id) g[id] = drg; });
  for (const c of claims) if (c.visitType === 'inpatient' && g[c.claimId] && g[c.claimId] !== '0000') c.reportedGroup = { drg: g[c.claimId], dip: null };
}
const order = claims.map((c, k) => [c, k]).sort((x, y) => x[0]._settle - y[0]._settle || x[1] - y[1]).map(x => x[0]);
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), order.map(c => { const o = Object.assign({}, c); delete o._settle; return JSON.stringify(o); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind73: ${claims.length} claims, ${labels.length} cases`);
