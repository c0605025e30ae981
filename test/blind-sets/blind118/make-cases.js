#!/usr/bin/env node
'use strict';
// blind118 — issue 19's typologies written anew in every setting (controls-heavy).
// usage: node make-cases.js <outdir> [--catalogue <dir>] [--drg <dir>] [--policies <file>] [--groups <groups.ndjson>]
// Plain node, seeded RNG (1180118), deterministic. Writes <outdir>/claims.ndjson (settlement order) and labels.json.
const fs = require('fs');
const path = require('path');

const argv = process.argv.slice(2);
let OUT = null;
let CAT = '/work/wt/base118/rules/catalogue';
let DRG = '/work/shared/chs-drg-1.1';
let POL = '/work/wt/base118/rules/benefits/policies.json';
let GROUPS = null;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--catalogue') CAT = argv[++i];
  else if (a === '--drg') DRG = argv[++i];
  else if (a === '--policies') POL = argv[++i];
  else if (a === '--groups') GROUPS = argv[++i];
  else if (!OUT) OUT = a;
  else throw new Error('unexpected argument ' + a);
}
if (!OUT) throw new Error('usage: make-cases.js <outdir> [--catalogue dir] [--drg dir] [--groups file]');

// ---------------------------------------------------------------- RNG
const SEED = 1180118;
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

// ---------------------------------------------------------------- dates
const T = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
const add = (s, n) => new Date(T(s) + n * 864e5).toISOString().slice(0, 10);
const diff = (a, b) => Math.round((T(b) - T(a)) / 864e5);
function ageAt(birth, date) {
  let a = +date.slice(0, 4) - +birth.slice(0, 4);
  if (date.slice(5) < birth.slice(5)) a--;
  return a;
}
const randDate = (from, to) => add(from, ri(0, diff(from, to)));

// ---------------------------------------------------------------- reference data
const ROWS = new Map(); const BYNAME = new Map(); const BYBILL = new Map();
for (const f of fs.readdirSync(CAT).sort()) {
  if (!f.endsWith('.json') || f.endsWith('.rules.json') || f === 'indications.json') continue;
  const d = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  for (const r of d.rows || []) {
    ROWS.set(r.code, r);
    if (BYNAME.has(r.name)) BYNAME.set(r.name, null); else BYNAME.set(r.name, r);
    const bill = r.category === 'drug' && r.products && r.products.length ? r.products[0] : r.code;
    BYBILL.set(bill, r);
  }
}
function row(name) {
  const r = BYNAME.get(name);
  if (!r) throw new Error('no unique catalogue row named ' + name);
  return r;
}
const DX = JSON.parse(fs.readFileSync(path.join(DRG, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRG, 'procedures.json'), 'utf8'));
const POLICY = JSON.parse(fs.readFileSync(POL, 'utf8'));
const GROUP = new Map();
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) if (l.trim()) { const g = JSON.parse(l); GROUP.set(g.claimId, g.drg); }
function dxOk(code) { if (!(code in DX)) throw new Error('diagnosis not in chs-drg-1.1: ' + code); return code; }
function pxOk(code) { if (!(code in PX)) throw new Error('procedure not in chs-drg-1.1: ' + code); return code; }

// ---------------------------------------------------------------- regions, institutions, doctors
const REGIONS = {
  '510100': { prov: '51', city: '成都', a: '510104', b: '510107', c: '510106', e: '510108', f: '510112', cty: '510121' },
  '370100': { prov: '37', city: '济南', a: '370102', b: '370103', c: '370104', e: '370105', f: '370112', cty: '370124' },
  '230100': { prov: '23', city: '哈尔滨', a: '230102', b: '230103', c: '230104', e: '230108', f: '230109', cty: '230123' },
};
const REGION_CODES = Object.keys(REGIONS);
// kind: L3A 三甲综合, L3B 第二家三级(中医/专科), L2 区人民医院, CTY 县人民医院(二级), CHC 社区卫生服务中心, THC 乡镇卫生院,
// PV2 民营二级医院, PV1 民营一级医院, CLN 个体诊所, PH1–PH3 零售药店, DTP 双通道药店
const INST_SPEC = [
  ['L3A', 3, 'a', 'H', '市第一人民医院(三甲)'], ['L3B', 3, 'b', 'H', '市中医医院(三级)'], ['L2', 2, 'c', 'H', '区人民医院(二级)'],
  ['CTY', 2, 'cty', 'H', '县人民医院(二级)'], ['CHC', 1, 'e', 'H', '社区卫生服务中心'], ['THC', 1, 'cty', 'H', '乡镇卫生院'],
  ['PV2', 2, 'f', 'H', '民营医院(二级)'], ['PV1', 1, 'c', 'H', '民营医院(一级)'], ['CLN', 1, 'e', 'H', '个体诊所'],
  ['PH1', 1, 'a', 'P', '连锁药店A'], ['PH2', 1, 'c', 'P', '连锁药店B'], ['PH3', 1, 'f', 'P', '单体药店C'], ['DTP', 1, 'b', 'P', '双通道药店'],
];
const INST = {}; const distSerial = {};
for (const reg of REGION_CODES) {
  INST[reg] = {};
  let k = 0;
  for (const [key, level, dk, pre, label] of INST_SPEC) {
    const dist = REGIONS[reg][dk];
    k++;
    INST[reg][key] = { key, region: reg, level, dist, id: pre + dist + String(100 + k * 37).padStart(5, '0'), label, pharmacy: pre === 'P', docs: {} };
  }
}
function doctor(inst, dept) {
  const pool = inst.docs[dept] || (inst.docs[dept] = []);
  if (pool.length < (inst.level === 3 ? 4 : 2) && (pool.length === 0 || chance(0.4))) {
    distSerial[inst.dist] = (distSerial[inst.dist] || 0) + 1;
    pool.push('D' + inst.dist + String(distSerial[inst.dist] * 13 + 100).padStart(6, '0'));
  }
  return pick(pool);
}

// ---------------------------------------------------------------- members
let memberSeq = 0;
function member(region, o = {}) {
  const age = o.age != null ? o.age : ri(25, 80);
  const sex = o.sex || (chance(0.5) ? 'M' : 'F');
  let scheme = o.scheme;
  if (!scheme) scheme = age < 18 ? 'resident' : age >= 70 ? (chance(0.45) ? 'resident' : 'employee') : (chance(0.72) ? 'employee' : 'resident');
  const birthDate = add('2025-07-01', -Math.floor(age * 365.25) - ri(1, 360));
  const retireAge = sex === 'M' ? 60 : 55;
  const retired = scheme === 'employee' && age >= retireAge;
  let contributionYears;
  if (scheme === 'employee') contributionYears = retired ? ri(sex === 'M' ? 31 : 26, Math.min(42, age - 18)) : Math.max(1, Math.min(age - 20, ri(3, 33)));
  else contributionYears = ri(3, 14);
  memberSeq++;
  const m = {
    region, age, sex, scheme, retired,
    patient: { insuredId: 'P118' + String(memberSeq).padStart(6, '0'), gender: sex, birthDate, retired },
    enrollment: {
      enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 16), lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears, special: null,
    },
  };
  if (o.chronic && o.chronic.length) m.enrollment.chronicDiseases = o.chronic.slice();
  return m;
}

// ---------------------------------------------------------------- claims
const CLAIMS = [];
let claimSeq = 0;
function baseClaim(vt, m, inst, dept, dx, o = {}) {
  if (vt === 'pharmacy' && !inst.pharmacy) throw new Error('pharmacy claim at a hospital');
  const c = {
    _i: claimSeq++, _m: m, _inst: inst, _lines: 0,
    claimId: null,
    region: inst.region,
    insuranceType: m.scheme,
    visitType: vt,
    patient: m.patient,
    enrollment: m.enrollment,
    provider: { hospitalId: inst.id, level: inst.level, department: dept, doctorId: o.doctorId || doctor(inst, dept) },
    diagnoses: dx.map((code, i) => (i === 0 ? { code: dxOk(code), principal: true } : { code: dxOk(code) })),
    procedures: (o.procs || []).map((p) => ({ code: pxOk(p[0]), date: p[1] })),
    items: [],
  };
  CLAIMS.push(c);
  return c;
}
// add one line; returns its lineId. o.fraud marks a deliberate fraud line (exempt from the row checks), o.lp a 长处方 line.
function line(c, date, name, qty, o = {}) {
  const r = row(name);
  const code = r.category === 'drug' && r.products && r.products.length ? r.products[0] : r.code;
  const cap = r.priceCap[String(c.provider.level)];
  const fen = Math.round(cap * 100);
  if (Math.abs(fen - cap * 100) > 1e-6) throw new Error('price not in fen: ' + name);
  if (!(qty > 0) || Math.round(qty) !== qty) throw new Error('bad quantity ' + qty + ' for ' + name);
  c._lines++;
  const it = { lineId: String(c._lines), code, name: r.name, category: r.category, date, quantity: qty, _fen: fen, _row: r, _fraud: !!o.fraud };
  if (o.lp) it.longPrescription = true;
  c.items.push(it);
  return it.lineId;
}
function visit(vt, m, inst, dept, date, dx, lines, o = {}) {
  const c = baseClaim(vt, m, inst, dept, dx, o);
  c.visitDate = date;
  for (const l of lines) line(c, date, l[0], l[1], l[2] || {});
  return c;
}
// a stay: bed, 住院诊查费 and graded nursing per night (admission day … the day before discharge; a same-day stay bills one day)
function stay(m, inst, dept, adm, nights, dx, o = {}) {
  const c = baseClaim('inpatient', m, inst, dept, dx, o);
  c.admissionDate = adm;
  c.dischargeDate = add(adm, nights);
  c.admissionRoute = o.route || 'outpatient';
  c.dischargeMode = o.mode || 'ordered';
  if (o.transferFrom) c.transferFromHospitalId = o.transferFrom;
  const s = { c, adm, n: nights, lvl: inst.level, day: (d) => add(adm, d), inf: {}, draws: {}, nurse: o.nursing || (() => 'Ⅱ级护理') };
  const billDays = Math.max(1, nights);
  for (let d = 0; d < billDays; d++) {
    line(c, s.day(d), o.bed || '普通病房床位费(三人间)', 1);
    line(c, s.day(d), '住院诊查费', 1);
    line(c, s.day(d), s.nurse(d, nights), 1);
  }
  return s;
}
const BLOOD = new Set(['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '血脂(四项)', '空腹血糖测定', '糖化血红蛋白测定', '凝血四项',
  '心肌酶谱', '肌钙蛋白I测定', 'B型钠尿肽(BNP)测定', 'N末端B型钠尿肽前体(NT-proBNP)测定', 'C反应蛋白测定', '降钙素原测定', 'D-二聚体测定', '乙肝五项定量',
  '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '交叉配血', '肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定', '糖类抗原125(CA125)测定', '糖类抗原19-9(CA19-9)测定',
  '甲状腺功能(三项)', '促甲状腺激素测定(TSH)', '前列腺特异性抗原(PSA)测定', 'C肽测定', '血清白蛋白测定', '血培养及鉴定(需氧/厌氧)', '凝血酶原时间测定(PT/INR)',
  '口服葡萄糖耐量试验(OGTT)', '甲状旁腺激素(PTH)测定', '人绒毛膜促性腺激素(β-HCG)测定']);
// stay day helpers
function L(s, d, name, qty, o) { if (d === 0 && s.skip0 && s.skip0.has(name)) return null; const id = line(s.c, s.day(d), name, qty, o); if (BLOOD.has(name) && !(o && o.fraud)) s.draws[d] = true; return id; }
function labs(s, d, names) { for (const n of names) L(s, d, n, 1); }
function infuse(s, d, drugs, groups) {
  for (const [n, q] of drugs) L(s, d, n, q);
  s.inf[d] = (s.inf[d] || 0) + groups;
}
function monitor(s, d, hours, o = {}) {
  L(s, d, '心电监测', hours, o); L(s, d, '血氧饱和度监测', hours, o);
}
// closes a stay: infusion fees and sets per day, one venepuncture per day with blood tests
function close(s) {
  for (const k of Object.keys(s.inf)) {
    const d = +k; const g = Math.min(s.inf[k], 5);
    L(s, d, '静脉输液(第一组)', 1);
    if (g > 1) L(s, d, '静脉输液(每增加一组)', g - 1);
    L(s, d, '一次性使用输液器', Math.min(g, 3));
  }
  for (const k of Object.keys(s.draws)) line(s.c, s.day(+k), '静脉采血', 1);
  s.closed = true; s.c._closed = true;
  return s.c;
}
// at the end a stay's lines are put in date order and renumbered; the labels follow the map old → new
function renumber(c) {
  if (c.visitType === 'inpatient') c.items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (+a.lineId - +b.lineId));
  const map = {};
  c.items.forEach((it, i) => { const n = String(i + 1); map[it.lineId] = n; it.lineId = n; });
  c._map = map;
}
const hosp = (reg, key) => INST[reg][key];

// ---------------------------------------------------------------- row checks (every line that is not a deliberate fraud line)
function ageOn(c, date) { return ageAt(c.patient.birthDate, date); }
function validate(c) {
  const vt = c.visitType; const lvl = c.provider.level; const errs = [];
  const dxs = c.diagnoses.map((d) => d.code);
  const byDayCode = new Map(); const daysOf = new Map(); const gradedByDay = new Map();
  for (const it of c.items) {
    const r = it._row;
    if (it.date < '2025-01-01' || it.date > '2025-12-31') errs.push('date outside 2025');
    if (vt === 'inpatient') {
      if (!it._fraud && (it.date < c.admissionDate || it.date > c.dischargeDate)) errs.push(it.name + ' dated outside the stay');
    } else if (it.date !== c.visitDate) errs.push(it.name + ' dated off the visit');
    if (it._fraud) continue;
    const k = it.date + '|' + r.code;
    byDayCode.set(k, (byDayCode.get(k) || 0) + it.quantity);
    if (!daysOf.has(r.code)) daysOf.set(r.code, new Set());
    daysOf.get(r.code).add(it.date);
    if (r.gradedNursing) gradedByDay.set(it.date, (gradedByDay.get(it.date) || 0) + 1);
    if (r.setting === 'inpatient' && vt !== 'inpatient') errs.push(it.name + ' inpatient only');
    if (r.setting === 'outpatient' && !(vt === 'outpatient' || vt === 'chronic')) errs.push(it.name + ' outpatient only');
    if (vt === 'pharmacy' && r.category !== 'drug') errs.push(it.name + ' not a drug at a pharmacy');
    if (r.minLevel && lvl < r.minLevel) errs.push(it.name + ' below minLevel');
    if (r.gender && r.gender !== c.patient.gender) errs.push(it.name + ' sex');
    const age = ageOn(c, it.date);
    if (r.ageMin != null && age < r.ageMin) errs.push(it.name + ' ageMin');
    if (r.ageMax != null && age > r.ageMax) errs.push(it.name + ' ageMax');
    if (it._fen > Math.round(r.priceCap[String(lvl)] * 100)) errs.push(it.name + ' price');
    if (r.indications && !r.indications.some((p) => dxs.some((d) => d.startsWith(p)))) errs.push(it.name + ' indication');
    if (r.indicationClauses || r.indicationEvidence || r.extraPerDayWith || r.countedByDrugs || r.perDose) {
      if (!ALLOW_SPECIAL.has(r.name)) errs.push(it.name + ' has conditions this generator does not model');
    }
    if (vt === 'inpatient' && r.unit === '日' && r.category === 'service') {
      if (c.admissionDate !== c.dischargeDate && it.date === c.dischargeDate) errs.push(it.name + ' per-day item on the discharge day');
    }
    if (vt !== 'inpatient' && r.category === 'drug' && r.maxDays && r.usualPerDay) {
      if (it.quantity / r.usualPerDay > r.maxDays + 1e-9) errs.push(it.name + ' supply beyond maxDays');
    }
  }
  for (const [k, q] of byDayCode) {
    const [date, code] = k.split('|'); const r = ROWS.get(code);
    if (r.maxPerDay != null && q > r.maxPerDay) errs.push(r.name + ' over maxPerDay on ' + date);
    if (r.unit === '小时' && q > 24) errs.push(r.name + ' over 24 h on ' + date);
  }
  for (const [date, n] of gradedByDay) if (n > 1) errs.push('two graded nursing lines on ' + date);
  if (vt === 'inpatient') {
    const nights = Math.max(1, diff(c.admissionDate, c.dischargeDate));
    for (const [code, days] of daysOf) {
      const r = ROWS.get(code);
      if (r.maxDays && days.size > r.maxDays) errs.push(r.name + ' beyond maxDays');
      if (r.unit === '日' && r.category === 'service' && days.size > nights) errs.push(r.name + ' more days than the stay');
    }
  }
  // excludes / includes on the same date
  const codesOn = new Map();
  for (const it of c.items) { if (it._fraud) continue; if (!codesOn.has(it.date)) codesOn.set(it.date, new Set()); codesOn.get(it.date).add(it._row.code); }
  for (const [date, set] of codesOn) for (const code of set) {
    const r = ROWS.get(code);
    for (const x of r.excludes || []) if (set.has(x)) errs.push(r.name + ' excludes ' + ROWS.get(x).name + ' on ' + date);
    for (const x of r.includes || []) if (set.has(x)) errs.push(r.name + ' includes ' + ROWS.get(x).name + ' on ' + date);
  }
  if (errs.length) throw new Error('claim ' + c._i + ' (' + c.visitType + ' ' + c.diagnoses[0].code + '): ' + [...new Set(errs)].join('; '));
}
// rows whose extra conditions are met by construction where they are used (see TYPOLOGIES.md)
const ALLOW_SPECIAL = new Set(['依达拉奉注射液']); // billed only on stroke stays that bill a head CT (its evidence)

// ---------------------------------------------------------------- money (integer fen) and benefits
function merge(a, b) {
  if (b == null) return a;
  if (typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) || Array.isArray(b)) return b;
  const o = Object.assign({}, a);
  for (const k of Object.keys(b)) o[k] = merge(a[k], b[k]);
  return o;
}
function policyFor(region) {
  const prov = POLICY.provinces[region.slice(0, 2)];
  const over = prov.regions && prov.regions[region];
  return merge(prov, over || {});
}
function lineFen(it) { return it._fen * it.quantity; }
function policyFen(it, yi) {
  const r = it._row; const amt = lineFen(it);
  if (r.class === '丙') return 0;
  if (r.class === '乙') return amt - Math.round(amt * yi[r.category]);
  return amt;
}
const ledger = new Map(); // insuredId → {ded:{key:fen}, fund:{key:fen}, admissions:n}
function settle(c) {
  const pol = policyFor(c.region);
  const sch = pol.schemes[c.insuranceType];
  const key = c.visitType;
  const p = sch[key];
  let total = 0, policy = 0;
  for (const it of c.items) { total += lineFen(it); policy += policyFen(it, pol.yiSelfPayShare); }
  const L = ledger.get(c.patient.insuredId) || { ded: {}, fund: {}, admissions: 0 };
  ledger.set(c.patient.insuredId, L);
  let ratio; let dedDue;
  if (key === 'inpatient') {
    let ded = Math.round(p.deductible[String(c.provider.level)] * 100);
    if (L.admissions >= 1 && p.laterAdmissionDeductibleShare != null) ded = Math.round(ded * p.laterAdmissionDeductibleShare);
    L.admissions++;
    dedDue = ded;
    ratio = p.ratio[String(c.provider.level)] + (c.patient.retired ? p.retireeRatioBonus : 0);
    if (p.maxRatio != null) ratio = Math.min(ratio, p.maxRatio);
  } else {
    const yearDed = Math.round((p.deductible || 0) * 100);
    const used = L.ded[key] || 0;
    dedDue = Math.max(0, yearDed - used);
    ratio = p.ratio[String(c.provider.level)] + (c.patient.retired ? p.retireeRatioBonus : 0);
  }
  const base = Math.max(0, policy - dedDue);
  if (key !== 'inpatient') L.ded[key] = (L.ded[key] || 0) + Math.min(policy, dedDue);
  let fund = Math.floor(base * ratio + 1e-9);
  // annual fund cap (门诊慢特病: the disease group's own cap)
  let capKey = key; let cap = p.annualFundCap;
  if (key === 'chronic' && p.diseaseCaps) {
    const pd = c.diagnoses[0].code;
    for (const [g, dc] of Object.entries(p.diseaseCaps)) if (dc.codes.some((x) => pd.startsWith(x))) { capKey = 'chronic:' + g; cap = dc.annualFundCap; }
  }
  const capFen = Math.round(cap * 100);
  const usedFund = L.fund[capKey] || 0;
  fund = Math.max(0, Math.min(fund, capFen - usedFund));
  L.fund[capKey] = usedFund + fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}

// ---------------------------------------------------------------- stay templates (what a real bill of each condition carries)
const ADM_LABS = ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '电解质(四项)'];
const chestImg = (s) => (s.lvl >= 2 ? '胸部CT平扫' : '数字化X线摄影(DR)(胸部)');
const upTo = (s, k) => Math.min(s.n - 1, k); // last daily-treatment day index within the nights
const TPL = {
  pneumonia: {
    dept: 'respiratory', dx: ['J18.900'], nights: [6, 9],
    build(s, o) {
      labs(s, 0, ADM_LABS.concat(['C反应蛋白测定']));
      if (s.lvl >= 2) L(s, 0, '降钙素原测定', 1);
      L(s, 0, '常规心电图检查', 1); L(s, 0, chestImg(s), 1); L(s, 0, '痰细菌培养及鉴定', 1);
      L(s, 0, '静脉留置针置管', 1); L(s, 0, '一次性使用静脉留置针', 1); L(s, 0, '一次性使用吸氧管', 1);
      const last = upTo(s, 7);
      for (let d = 0; d <= last; d++) {
        infuse(s, d, [['注射用头孢曲松钠', 2], ['氯化钠注射液', 2]], 2);
        if (d <= 5) infuse(s, d, [['盐酸氨溴索注射液', 2]], 0);
      }
      if (!o.noOxygen) { const h = [10, 16, 12]; for (let d = 0; d <= Math.min(2, s.n - 1); d++) L(s, d, '吸氧', h[d]); }
      if (s.n >= 5) { L(s, 3, '静脉留置针置管', 1); L(s, 3, '一次性使用静脉留置针', 1); }
      if (s.n >= 4) labs(s, 3, ['血常规(五分类)', 'C反应蛋白测定']);
      L(s, s.n, '头孢呋辛酯片', 12); L(s, s.n, '盐酸氨溴索片', 18);
    },
  },
  copd: {
    dept: 'respiratory', dx: ['J44.100'], nights: [7, 10],
    build(s, o) {
      labs(s, 0, ADM_LABS.concat(['C反应蛋白测定']));
      if (!o.noGas) { L(s, 0, '血气分析', 1); L(s, 0, '动脉穿刺(采血)', 1); }
      L(s, 0, '常规心电图检查', 1); L(s, 0, chestImg(s), 1); L(s, 0, '痰细菌培养及鉴定', 1); L(s, 0, '一次性使用雾化器', 1);
      L(s, 0, '一次性使用吸氧管', 1);
      for (let d = 0; d <= upTo(s, 8); d++) {
        L(s, d, '雾化吸入', 2); L(s, d, '吸入用布地奈德混悬液', 2); L(s, d, '吸入用异丙托溴铵溶液', 2);
        if (!o.noGas) L(s, d, '吸氧', d === 0 ? 10 : 14);
      }
      for (let d = 0; d <= upTo(s, 4); d++) infuse(s, d, [['注射用甲泼尼龙琥珀酸钠', 1], ['氯化钠注射液', 1]], 1);
      for (let d = 0; d <= upTo(s, 6); d++) infuse(s, d, [['左氧氟沙星氯化钠注射液', 1], ['多索茶碱注射液', 1], ['葡萄糖注射液', 1]], 2);
      if (!o.noGas && s.n >= 4) { L(s, 3, '血气分析', 1); L(s, 3, '动脉穿刺(采血)', 1); }
      if (s.n >= 5) labs(s, 4, ['血常规(五分类)', '电解质(四项)']);
      L(s, s.n, pick(['沙美特罗替卡松吸入粉雾剂', '布地奈德福莫特罗吸入粉雾剂']), 1);
    },
  },
  stroke: {
    dept: 'neurology', dx: ['I63.900', 'I10.x00x002'], nights: [9, 13],
    nursing: (d) => (d <= 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'),
    build(s, o) {
      L(s, 0, '头颅CT平扫', 1);
      labs(s, 0, ADM_LABS.concat(['凝血四项', '血脂(四项)', '空腹血糖测定', '糖化血红蛋白测定']));
      L(s, 0, '常规心电图检查', 1);
      if (s.lvl >= 2) L(s, 1, '头颅MRI平扫', 1);
      L(s, 1, '颈部血管彩色多普勒超声', 1); L(s, 2, '心脏彩色多普勒超声', 1);
      if (!o.noMonitor) { monitor(s, 0, 12); monitor(s, 1, 24); }
      for (let d = 0; d < s.n; d++) { L(s, d, '阿司匹林肠溶片', 1); L(s, d, '硫酸氢氯吡格雷片', 1); L(s, d, '阿托伐他汀钙片', 1); }
      if (s.lvl >= 2) for (let d = 0; d <= upTo(s, 9); d++) infuse(s, d, [['依达拉奉注射液', 2], ['氯化钠注射液', 2]], 2);
      else for (let d = 0; d <= upTo(s, 6); d++) infuse(s, d, [['氯化钠注射液', 1]], 1);
      if (s.n >= 4) { L(s, 3, '康复评定', 1); for (let d = 3; d < s.n; d++) L(s, d, '偏瘫肢体综合训练', 1); }
      if (s.n >= 6) labs(s, 5, ['血常规(五分类)', '肝功能(全套)']);
      L(s, s.n, '阿司匹林肠溶片', 28); L(s, s.n, '阿托伐他汀钙片', 28);
    },
  },
  chole: {
    dept: 'general_surgery', dx: ['K80.101'], nights: [3, 5], minLevel: 2, opDay: 1,
    procs: (s) => [['51.2300', s.day(1)]],
    nursing: (d) => (d === 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'),
    build(s, o) {
      labs(s, 0, ADM_LABS.concat(['凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)']));
      L(s, 0, '尿常规', 1); L(s, 0, '腹部B超', 1); L(s, 0, '数字化X线摄影(DR)(胸部)', 1); L(s, 0, '常规心电图检查', 1);
      surgery(s, 1, '腹腔镜下胆囊切除术', { lap: true, clips: 3 });
      infuse(s, 1, [['注射用头孢呋辛钠', 1], ['葡萄糖氯化钠注射液', 2], ['乳酸钠林格注射液', 1]], 3);
      labs(s, 2, ['血常规(五分类)', '肝功能(全套)']); L(s, 2, '换药(小)', 1); L(s, 2, '一次性使用换药包', 1);
      infuse(s, 2, [['葡萄糖氯化钠注射液', 1]], 1);
      if (!o.noMonitor) monitor(s, 1, 10);
    },
  },
  appendix: {
    dept: 'general_surgery', dx: ['K35.800x001'], nights: [3, 5], route: 'emergency',
    procs: (s) => [['47.0100', s.day(0)]],
    nursing: (d) => (d === 0 ? 'Ⅰ级护理' : 'Ⅱ级护理'),
    build(s, o) {
      labs(s, 0, ADM_LABS.concat(['C反应蛋白测定', '凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)']));
      L(s, 0, '尿常规', 1); L(s, 0, s.lvl >= 2 ? '腹部CT平扫' : '腹部B超', 1); L(s, 0, '常规心电图检查', 1);
      surgery(s, 0, '腹腔镜下阑尾切除术', { lap: true, clips: 2 });
      for (let d = 0; d <= upTo(s, 2); d++) infuse(s, d, [['注射用头孢呋辛钠', 2], ['甲硝唑氯化钠注射液', 2], ['葡萄糖氯化钠注射液', 1]], 3);
      labs(s, 1, ['血常规(五分类)', 'C反应蛋白测定']);
      L(s, 2, '换药(小)', 1); L(s, 2, '一次性使用换药包', 1);
      if (!o.noMonitor) monitor(s, 0, 8);
    },
  },
  hernia: {
    dept: 'general_surgery', dx: ['K40.900x003'], nights: [2, 4], sex: 'M',
    procs: (s) => [['53.0201', s.day(1)]],
    build(s, o) {
      labs(s, 0, ADM_LABS.concat(['凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)']));
      L(s, 0, '尿常规', 1); L(s, 0, '数字化X线摄影(DR)(胸部)', 1); L(s, 0, '常规心电图检查', 1);
      L(s, 1, '椎管内麻醉', 1); L(s, 1, '一次性使用麻醉穿刺包', 1); L(s, 1, '腹股沟疝修补术', 1); L(s, 1, '疝修补补片', 1);
      L(s, 1, '一次性手术衣及铺单包', 1); L(s, 1, '可吸收缝线', 2); L(s, 1, '一次性电刀笔', 1);
      infuse(s, 1, [['注射用头孢呋辛钠', 1], ['乳酸钠林格注射液', 1]], 2);
      if (!o.noMonitor) monitor(s, 1, 6);
      L(s, 2, '换药(小)', 1);
    },
  },
  hip: {
    dept: 'orthopaedics', dx: ['S72.000x031'], nights: [7, 11], minLevel: 2, ageMin: 65,
    procs: (s) => [['81.5201', s.day(2)]],
    nursing: (d) => (d <= 3 ? 'Ⅰ级护理' : 'Ⅱ级护理'),
    build(s, o) {
      L(s, 0, '数字化X线摄影(DR)(四肢)', 1); L(s, 0, '数字化X线摄影(DR)(胸部)', 1);
      labs(s, 0, ADM_LABS.concat(['凝血四项', 'D-二聚体测定', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)']));
      L(s, 0, '尿常规', 1); L(s, 0, '常规心电图检查', 1); L(s, 1, '心脏彩色多普勒超声', 1); L(s, 1, '下肢血管彩色多普勒超声', 1);
      L(s, 0, '皮肤牵引术', 1);
      for (let d = 0; d < Math.min(s.n, 14); d++) if (d !== 2) L(s, d, '低分子量肝素钙注射液', 1);
      L(s, 2, '椎管内麻醉', 1); L(s, 2, '一次性使用麻醉穿刺包', 1); L(s, 2, '人工股骨头置换术', 1); L(s, 2, '人工股骨头假体', 1);
      L(s, 2, '骨水泥', 1); L(s, 2, '一次性手术衣及铺单包', 1); L(s, 2, '可吸收缝线', 3); L(s, 2, '一次性电刀笔', 1); L(s, 2, '一次性负压引流器', 1);
      for (let d = 2; d <= 3; d++) infuse(s, d, [['注射用头孢呋辛钠', 2], ['氯化钠注射液', 2]], 2);
      if (!o.noMonitor) { monitor(s, 2, 14); monitor(s, 3, 12); }
      labs(s, 3, ['血常规(五分类)', '电解质(四项)']);
      L(s, 3, '换药(中)', 1); L(s, 3, '一次性使用换药包', 1);
      if (s.n >= 6) { L(s, 5, '换药(中)', 1); L(s, 5, '数字化X线摄影(DR)(四肢)', 1); }
      for (let d = 3; d < s.n; d++) L(s, d, '塞来昔布胶囊', 2);
      if (s.n >= 5) for (let d = 4; d < s.n; d++) L(s, d, '运动疗法', 1);
      L(s, s.n, '利伐沙班片', 28);
    },
  },
  angina: {
    dept: 'cardiology', dx: ['I20.000', 'I10.x00x002'], nights: [3, 5], minLevel: 2,
    procs: (s) => (s.pci ? [['36.0700', s.day(1)], ['88.5500', s.day(1)]] : [['88.5500', s.day(1)]]),
    build(s, o) {
      labs(s, 0, ADM_LABS.concat(['肌钙蛋白I测定', '心肌酶谱', '凝血四项', '血脂(四项)', '术前八项(感染筛查)']));
      L(s, 0, '常规心电图检查', 1); L(s, 0, '数字化X线摄影(DR)(胸部)', 1); L(s, 0, '心脏彩色多普勒超声', 1);
      if (s.pci) { L(s, 1, '经皮冠状动脉支架置入术', 1); L(s, 1, '冠状动脉药物洗脱支架', 1); L(s, 1, '冠状动脉球囊扩张导管', 1); }
      else L(s, 1, '冠状动脉造影术', 1);
      L(s, 1, '冠脉造影导管', 2); L(s, 1, '导引导丝', 1); L(s, 1, '血管鞘组', 1); L(s, 1, '碘克沙醇注射液', 1); L(s, 1, '肝素钠注射液', 2);
      L(s, 1, '盐酸利多卡因注射液', 1); L(s, 1, '局部浸润麻醉', 1);
      if (!o.noMonitor) monitor(s, 1, 18);
      for (let d = 0; d < s.n; d++) { L(s, d, '阿司匹林肠溶片', 1); L(s, d, '替格瑞洛片', 2); L(s, d, '阿托伐他汀钙片', 1); L(s, d, '单硝酸异山梨酯缓释片', 1); }
      labs(s, 2, ['肌钙蛋白I测定', '肾功能(三项)']);
      L(s, s.n, '替格瑞洛片', 56); L(s, s.n, '阿托伐他汀钙片', 28);
    },
  },
  lumbar: {
    dept: 'rehabilitation', dx: ['M51.202'], nights: [8, 12],
    nursing: () => 'Ⅱ级护理',
    build(s, o) {
      L(s, 0, s.lvl >= 2 ? '腰椎MRI平扫' : '数字化X线摄影(DR)(腰椎)', 1);
      labs(s, 0, ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)']); L(s, 0, '常规心电图检查', 1);
      for (let d = 0; d < s.n; d++) {
        if (o.skip && o.skip.has(d)) continue;
        L(s, d, '普通针刺', 1); L(s, d, '推拿治疗', 1); L(s, d, '中频脉冲电治疗', 1); L(s, d, '牵引(腰椎牵引)', 1); L(s, d, '红外线治疗', 1);
        L(s, d, '塞来昔布胶囊', 2); L(s, d, '甲钴胺片', 3);
      }
      for (let d = 0; d <= 2; d++) infuse(s, d, [['甘露醇注射液', 1]], 1);
    },
  },
  knee: {
    dept: 'rehabilitation', dx: ['M17.101'], nights: [7, 10],
    build(s, o) {
      L(s, 0, '数字化X线摄影(DR)(四肢)', 1);
      labs(s, 0, ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', 'C反应蛋白测定']); L(s, 0, '常规心电图检查', 1);
      for (let d = 0; d < s.n; d++) {
        if (o.skip && o.skip.has(d)) continue;
        L(s, d, '温针', 1); L(s, d, '中频脉冲电治疗', 1); L(s, d, '超声波治疗', 1); L(s, d, '关节松动训练', 1); L(s, d, '中药熏洗治疗（局部）', 1);
        L(s, d, '塞来昔布胶囊', 2);
      }
    },
  },
  ugib: {
    dept: 'gastro', dx: ['K25.400x001'], nights: [5, 7], route: 'emergency',
    procs: (s) => [['44.1300x001', s.day(1)]],
    nursing: (d) => (d <= 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'),
    build(s, o) {
      L(s, 0, '血常规(五分类)', 2); labs(s, 0, ['肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '血型鉴定(ABO+Rh)']);
      L(s, 0, '大便常规+隐血', 1); L(s, 0, '常规心电图检查', 1);
      if (!o.noMonitor) { monitor(s, 0, 14); monitor(s, 1, 24); }
      L(s, 1, '胃镜检查', 1); L(s, 1, '血常规(五分类)', 1);
      for (let d = 0; d <= upTo(s, 5); d++) infuse(s, d, [['注射用泮托拉唑钠', 2], ['葡萄糖氯化钠注射液', 2], ['氯化钠注射液', 1], ['氯化钾注射液', 2]], 3);
      labs(s, 2, ['血常规(五分类)']);
      if (s.n >= 5) labs(s, 4, ['血常规(五分类)', '电解质(四项)']);
      L(s, s.n, '雷贝拉唑钠肠溶片', 28);
    },
  },
  hf: {
    dept: 'cardiology', dx: ['I50.000', 'I10.x00x002'], nights: [6, 9],
    nursing: (d) => (d <= 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'),
    build(s, o) {
      labs(s, 0, ADM_LABS.concat(['肌钙蛋白I测定'])); L(s, 0, 'N末端B型钠尿肽前体(NT-proBNP)测定', 1);
      L(s, 0, '常规心电图检查', 1); L(s, 0, '数字化X线摄影(DR)(胸部)', 1); L(s, 1, '心脏彩色多普勒超声', 1);
      L(s, 0, '一次性使用吸氧管', 1);
      for (let d = 0; d <= upTo(s, 2); d++) L(s, d, '吸氧', d === 0 ? 10 : 12);
      if (!o.noMonitor) { monitor(s, 0, 12); monitor(s, 1, 24); }
      for (let d = 0; d <= upTo(s, 3); d++) { L(s, d, '呋塞米注射液', 2); L(s, d, '静脉注射', 2); L(s, d, '一次性使用注射器(5ml)', 2); }
      for (let d = 0; d < s.n; d++) { L(s, d, '螺内酯片', 1); L(s, d, '沙库巴曲缬沙坦钠片', 2); L(s, d, '琥珀酸美托洛尔缓释片', 1); }
      for (let d = 2; d < s.n; d++) L(s, d, '达格列净片', 1);
      labs(s, 2, ['电解质(四项)', '肾功能(三项)']);
      if (s.n >= 5) labs(s, 4, ['电解质(四项)']);
      L(s, s.n, '沙库巴曲缬沙坦钠片', 56); L(s, s.n, '螺内酯片', 28);
    },
  },
  af: {
    dept: 'cardiology', dx: ['I48.000'], nights: [3, 5],
    build(s, o) {
      labs(s, 0, ADM_LABS.concat(['凝血四项', '肌钙蛋白I测定', 'D-二聚体测定'])); L(s, 0, 'B型钠尿肽(BNP)测定', 1);
      L(s, 0, '甲状腺功能(三项)', 1); L(s, 0, '常规心电图检查', 1); L(s, 0, '数字化X线摄影(DR)(胸部)', 1);
      L(s, 1, '心脏彩色多普勒超声', 1); L(s, 1, '动态心电图(24小时)', 1);
      if (!o.noMonitor) { monitor(s, 0, 12); monitor(s, 1, 20); }
      for (let d = 0; d < s.n; d++) { L(s, d, '盐酸胺碘酮片', 3); L(s, d, '利伐沙班片', 1); }
      L(s, s.n, '盐酸胺碘酮片', 28); L(s, s.n, '利伐沙班片', 28);
    },
  },
  uti: {
    dept: 'nephrology', dx: ['N39.000'], nights: [5, 7],
    build(s, o) {
      labs(s, 0, ADM_LABS.concat(['C反应蛋白测定'])); L(s, 0, '尿常规', 1); L(s, 0, '细菌培养及药敏', 1); L(s, 0, '泌尿系B超', 1);
      for (let d = 0; d <= upTo(s, 6); d++) infuse(s, d, [['左氧氟沙星氯化钠注射液', 1], ['氯化钠注射液', 1]], 2);
      if (s.n >= 4) { L(s, 3, '尿常规', 1); labs(s, 3, ['血常规(五分类)']); }
      L(s, s.n, '左氧氟沙星片', 5);
    },
  },
  vertigo: {
    dept: 'neurology', dx: ['H81.100'], nights: [4, 6],
    build(s, o) {
      L(s, 0, '头颅CT平扫', 1); labs(s, 0, ['血常规(五分类)', '电解质(四项)', '肾功能(三项)']); L(s, 0, '常规心电图检查', 1);
      L(s, 1, '前庭功能检查', 1); L(s, 1, '耳石症手法复位治疗', 1);
      for (let d = 0; d < s.n; d++) L(s, d, '甲磺酸倍他司汀片', 3);
      for (let d = 0; d <= upTo(s, 2); d++) infuse(s, d, [['氯化钠注射液', 1]], 1);
    },
  },
  htn: {
    dept: 'internal', dx: ['I10.x00x002'], nights: [5, 8],
    build(s, o) {
      labs(s, 0, ADM_LABS.concat(['血脂(四项)', '空腹血糖测定'])); L(s, 0, '尿常规', 1); L(s, 0, '常规心电图检查', 1);
      L(s, 1, '动态血压监测(24小时)', 1); L(s, 1, '心脏彩色多普勒超声', 1); L(s, 2, '颈部血管彩色多普勒超声', 1);
      for (let d = 0; d < s.n; d++) { L(s, d, '苯磺酸氨氯地平片', 1); L(s, d, '厄贝沙坦片', 1); }
      L(s, s.n, '苯磺酸氨氯地平片', 28); L(s, s.n, '厄贝沙坦片', 28);
    },
  },
  dm: {
    dept: 'endocrinology', dx: ['E11.900'], nights: [6, 9],
    build(s, o) {
      labs(s, 0, ADM_LABS.concat(['血脂(四项)', '糖化血红蛋白测定', '空腹血糖测定'])); L(s, 0, '尿常规', 1); L(s, 0, '常规心电图检查', 1);
      L(s, 1, 'C肽测定', 2); L(s, 1, '尿微量白蛋白测定', 1); L(s, 1, '眼底检查', 1); L(s, 2, '下肢血管彩色多普勒超声', 1);
      for (let d = 0; d < s.n; d++) { L(s, d, '血糖监测(快速)', 7); L(s, d, '血糖试纸', 7); L(s, d, '盐酸二甲双胍片', 3); }
      L(s, 0, '精蛋白生物合成人胰岛素注射液', 1); L(s, 0, '门冬胰岛素注射液', 1);
      L(s, s.n, '精蛋白生物合成人胰岛素注射液', 2); L(s, s.n, '盐酸二甲双胍片', 84);
    },
  },
  age: {
    dept: 'gastro', dx: ['A09.004', 'E86.x01'], nights: [3, 5],
    build(s, o) {
      labs(s, 0, ADM_LABS.concat(['C反应蛋白测定'])); L(s, 0, '大便常规+隐血', 1); L(s, 0, '腹部B超', 1);
      for (let d = 0; d <= upTo(s, 3); d++) infuse(s, d, [['葡萄糖氯化钠注射液', 2], ['复方氯化钠注射液', 1], ['氯化钾注射液', 2]], 3);
      for (let d = 0; d < s.n; d++) { L(s, d, '蒙脱石散', 3); L(s, d, '双歧杆菌三联活菌胶囊', 6); }
      labs(s, 2, ['电解质(四项)']);
    },
  },
};
// an operation day's theatre lines
function surgery(s, d, opName, o = {}) {
  L(s, d, '全身麻醉', 2); L(s, d, opName, 1);
  if (o.lap) L(s, d, '一次性腹腔镜穿刺器', 1);
  if (o.clips) L(s, d, '止血夹(结扎夹)', o.clips);
  L(s, d, '可吸收缝线', 2); L(s, d, '一次性手术衣及铺单包', 1); L(s, d, '一次性电刀笔', 1); L(s, d, '一次性气管插管', 1);
  L(s, d, '丙泊酚中/长链脂肪乳注射液', 2); L(s, d, '枸橼酸芬太尼注射液', 2); L(s, d, '注射用维库溴铵', 1);
  L(s, d, '病理检查(常规石蜡切片)', 1);
}
// make a stay from a template: returns the stay (call close(s) when done)
function mkStay(m, inst, tpl, adm, o = {}) {
  const t = TPL[tpl];
  if (t.minLevel && inst.level < t.minLevel) throw new Error(tpl + ' below its level at ' + inst.key);
  const nights = o.nights != null ? o.nights : ri(t.nights[0], t.nights[1]);
  const dx = (o.dx || t.dx).concat(o.dxExtra || []);
  const sPre = { day: (d) => add(adm, d), pci: !!o.pci };
  const procs = o.procs || (t.procs ? t.procs(sPre) : []);
  const s = stay(m, inst, o.dept || t.dept, adm, nights, dx, {
    procs, route: o.route || t.route, mode: o.mode, transferFrom: o.transferFrom, bed: o.bed,
    nursing: o.nursing || t.nursing, doctorId: o.doctorId,
  });
  s.pci = !!o.pci; s.tpl = tpl; s.skip0 = o.skip0 || null;
  t.build(s, o);
  return s;
}

// ---------------------------------------------------------------- outpatient, 门诊慢特病 and pharmacy
const opFee = (inst) => (['CHC', 'THC', 'CLN'].includes(inst.key) ? '一般诊疗费' : '普通门诊诊察费');
// an outpatient or chronic visit; a venepuncture is added when blood is drawn
function opVisit(vt, m, inst, dept, date, dx, lines, o = {}) {
  const ls = lines.slice();
  if (ls.some((l) => BLOOD.has(l[0])) && !ls.some((l) => l[0] === '静脉采血')) ls.push(['静脉采血', 1]);
  return visit(vt, m, inst, dept, date, dx, ls, o);
}
const OP = {
  urti: { dx: ['J06.900'], dept: 'internal', lines: (i) => [[opFee(i), 1], ['血常规(五分类)', 1], ['连花清瘟胶囊', 24], ['对乙酰氨基酚片', 6]] },
  bronchitis: { dx: ['J20.900'], dept: 'internal', lines: (i) => [[opFee(i), 1], ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['数字化X线摄影(DR)(胸部)', 1], ['头孢克肟胶囊', 12], ['盐酸氨溴索片', 18]] },
  gastritis: { dx: ['K29.300'], dept: 'gastro', lines: (i) => [[opFee(i), 1], ['奥美拉唑肠溶胶囊', 28], ['铝碳酸镁咀嚼片', 36]] },
  backpain: { dx: ['M54.500'], dept: 'orthopaedics', lines: (i) => [[opFee(i), 1], ['腰椎X线摄影', 1], ['塞来昔布胶囊', 14]] },
  sprain: { dx: ['S93.400'], dept: 'orthopaedics', lines: (i) => [[opFee(i), 1], ['数字化X线摄影(DR)(四肢)', 1], ['布洛芬缓释胶囊', 12]] },
  cystitis: { dx: ['N30.000'], dept: 'internal', lines: (i) => [[opFee(i), 1], ['尿常规', 1], ['磷霉素氨丁三醇散', 1]] },
  clinicIV: { dx: ['J20.900'], dept: 'general', lines: (i) => [[opFee(i), 1], ['血常规(五分类)', 1], ['注射用头孢曲松钠', 2], ['氯化钠注射液', 1], ['静脉输液(第一组)', 1], ['一次性使用输液器', 1]] },
  tonsil: { dx: ['J03.900'], dept: 'ent', lines: (i) => [[opFee(i), 1], ['血常规(五分类)', 1], ['阿莫西林胶囊', 42], ['对乙酰氨基酚片', 6]] },
};
function op(kind, m, inst, date, o = {}) {
  const t = OP[kind];
  return opVisit('outpatient', m, inst, o.dept || t.dept, date, o.dx || t.dx, t.lines(inst).concat(o.extra || []), o);
}
// chronic regimens: [drug, per day]; a supply of `days` bills perDay × days (inhalers by the pack)
const REG = {
  I10: { dx: 'I10.x00x002', drugs: [['苯磺酸氨氯地平片', 1], ['厄贝沙坦片', 1]] },
  I10b: { dx: 'I10.x00x002', drugs: [['硝苯地平控释片', 1], ['缬沙坦胶囊', 1]] },
  I10c: { dx: 'I10.x00x002', drugs: [['苯磺酸氨氯地平片', 1], ['氯沙坦钾片', 1], ['氢氯噻嗪片', 1]] },
  E11: { dx: 'E11.900', drugs: [['盐酸二甲双胍片', 3], ['达格列净片', 1]] },
  E11b: { dx: 'E11.900', drugs: [['盐酸二甲双胍缓释片', 2], ['磷酸西格列汀片', 1]] },
  E11c: { dx: 'E11.900', drugs: [['盐酸二甲双胍片', 3], ['格列美脲片', 1], ['阿卡波糖片', 3]] },
  I25: { dx: 'I25.103', drugs: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['单硝酸异山梨酯缓释片', 1]] },
  J44: { dx: 'J44.900', drugs: [['噻托溴铵粉吸入剂', 'pack30']] },
  I69: { dx: 'I69.300x002', drugs: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1]] },
  B18: { dx: 'B18.100', drugs: [['恩替卡韦分散片', 1]] },
  G20: { dx: 'G20.x00', drugs: [['多巴丝肼片', 3]] },
  F20: { dx: 'F20.900', drugs: [['利培酮片', 2]] },
};
function supply(reg, days, o = {}) {
  return REG[reg].drugs.map(([n, q]) => [n, q === 'pack30' ? Math.max(1, Math.round(days / 30)) : q * days, o.lp ? { lp: true } : {}]);
}
// a 门诊慢特病 visit at a clinic: management fee and the regimen's supply
function chronicVisit(m, inst, date, reg, days, o = {}) {
  const extra = o.extra || [];
  const dx = [REG[reg].dx].concat(o.dxExtra || []);
  const lines = [['门诊慢特病管理诊查费', 1]].concat(o.noDrugs ? [] : supply(reg, days, o), extra);
  return opVisit('chronic', m, inst, o.dept || (reg.startsWith('E11') ? 'endocrinology' : 'internal'), date, dx, lines, o);
}
// a pharmacy purchase on a prescription from the member's clinic (the prescriber is the claim's doctor)
function pharmacy(m, inst, date, dx, drugs, o = {}) {
  const prescriber = o.prescriber || doctor(hosp(inst.region, o.from || 'CHC'), 'general');
  return visit('pharmacy', m, inst, 'pharmacy', date, dx, drugs, { doctorId: prescriber });
}
function pharmacyReg(m, inst, date, reg, days, o = {}) {
  return pharmacy(m, inst, date, [REG[reg].dx].concat(o.dxExtra || []), supply(reg, days, o).concat(o.extra || []), o);
}

// ---------------------------------------------------------------- cases
const CASES = [];
function kase(kind, code, name, variant, claims, targets, mutated, typology) {
  CASES.push({ kind, code, name, variant, claims, targets, mutated: mutated || [], typology: typology || code });
}
const regionOf = (i) => REGION_CODES[i % 3];
const dateIn = (from, to) => randDate(from, to);
function findLine(c, name, date) {
  const it = c.items.find((x) => x.name === name && (!date || x.date === date));
  if (!it) throw new Error('no line ' + name + ' ' + (date || ''));
  return it.lineId;
}
function drugLines(c) { return c.items.filter((x) => x.category === 'drug').map((x) => x.lineId); }
// a real acute stay the member could have at this institution
function acuteTpl(m, inst, pool) {
  const ok = pool.filter((t) => {
    const x = TPL[t];
    if (x.minLevel && inst.level < x.minLevel) return false;
    if (x.sex && x.sex !== m.sex) return false;
    if (x.ageMin && m.age < x.ageMin) return false;
    return true;
  });
  return pick(ok);
}
const ACUTE = ['pneumonia', 'stroke', 'copd', 'ugib', 'hf', 'chole', 'hip', 'uti', 'angina'];
const v2 = (i) => (i % 2 === 0 ? 'overt' : 'careful');

// ================================================================ fraud typologies
// T01 冒名就医/借卡: a claim at another institution dated inside an inpatient stay
function T01() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i);
    const chronicReg = pick(['I10', 'I10b', 'E11', 'I25']);
    const m = member(reg, { age: ri(56, 83), chronic: [REG[chronicReg].dx.slice(0, 3)] });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY']));
    const s = mkStay(m, inst, acuteTpl(m, inst, ACUTE), dateIn('2025-02-03', '2025-11-25'));
    const stayC = close(s);
    let other;
    if (variant === 'overt') {
      const d = ri(2, s.n - 2); const date = s.day(d);
      if (i % 4 === 0) other = op('clinicIV', m, hosp(reg, pick(['CLN', 'PV1', 'THC'])), date);
      else other = chronicVisit(m, hosp(reg, 'CHC'), date, chronicReg, 28, { extra: [['血常规(五分类)', 1], ['常规心电图检查', 1]] });
    } else {
      const d = pick([1, s.n - 1]); const date = s.day(d);
      if (i % 4 === 1) other = pharmacyReg(m, hosp(reg, pick(['PH1', 'PH2', 'PH3'])), date, chronicReg, 28);
      else other = chronicVisit(m, hosp(reg, pick(['CHC', 'THC'])), date, chronicReg, 28);
    }
    kase('fraud', 'T01', '住院期间他院门诊或购药（冒名/借卡就医）', variant, [stayC, other], [other], [], 'T01');
  }
}
// T02 住院期间又住院: a stay lying inside another stay
function T02() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i);
    if (variant === 'overt') {
      const m = member(reg, { age: ri(62, 85) });
      const inst = hosp(reg, 'L3A');
      const s = mkStay(m, inst, acuteTpl(m, inst, ['stroke', 'hip', 'pneumonia', 'copd']), dateIn('2025-01-10', '2025-11-10'), { nights: ri(11, 14) });
      const real = close(s);
      const gInst = hosp(reg, pick(['PV1', 'PV2']));
      const gn = ri(4, 6); const gadm = s.day(ri(2, s.n - gn - 1));
      const g = close(mkStay(m, gInst, pick(['lumbar', 'htn', 'vertigo']), gadm, { nights: gn }));
      kase('fraud', 'T02', '住院期间另一医院又有住院（虚构住院）', variant, [real, g], [g], [], 'T02');
    } else {
      const m = member(reg, { age: ri(35, 70) });
      const gInst = hosp(reg, pick(['PV2', 'PV1']));
      const gadm = dateIn('2025-01-10', '2025-11-05'); const gn = ri(14, 18);
      const innerOff = ri(4, 8); const inner = hosp(reg, pick(['L3A', 'L2']));
      const itpl = acuteTpl(m, inner, m.sex === 'M' ? ['appendix', 'hernia'] : ['appendix']);
      const innerN = ri(3, 4);
      const skip = new Set(); for (let d = innerOff; d <= innerOff + innerN; d++) skip.add(d);
      const g = close(mkStay(m, gInst, pick(['lumbar', 'knee']), gadm, { nights: gn, skip }));
      const r = close(mkStay(m, inner, itpl, add(gadm, innerOff), { nights: innerN }));
      kase('fraud', 'T02', '住院期间另一医院又有住院（挂床期间他院手术）', variant, [g, r], [g], [], 'T02');
    }
  }
}
// T03 囤药: refills long before the last supply runs out
function T03() {
  const regs = ['E11', 'E11b', 'I10', 'I10b', 'I25', 'J44', 'B18', 'E11c'];
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i); const rg = regs[i % regs.length];
    const m = member(reg, { age: ri(50, 78), chronic: [REG[rg].dx.slice(0, 3)] });
    const claims = []; const targets = []; const mut = [];
    let date = dateIn('2025-01-06', '2025-06-20');
    const fills = variant === 'overt' ? 5 : 6; const days = variant === 'overt' ? 30 : 28;
    for (let k = 0; k < fills; k++) {
      let c;
      const where = variant === 'overt' ? ['CHC', 'PH1', 'PH2', 'PH3', 'CHC'][k] : ['CHC', 'PH1', 'L2', 'PH2', 'CHC', 'PH3'][k];
      const inst = hosp(reg, where);
      if (inst.pharmacy) c = pharmacyReg(m, inst, date, rg, days);
      else c = chronicVisit(m, inst, date, rg, days);
      claims.push(c);
      if (k >= (variant === 'overt' ? 2 : 3)) { targets.push(c); mut.push([c, drugLines(c)]); }
      date = add(date, variant === 'overt' ? ri(8, 11) : ri(19, 22));
    }
    kase('fraud', 'T03', '提前续药囤积（上次药量未用完即再取）', variant, claims, targets, mut, 'T03');
  }
}
// T04 倒卖药品: the same costly drug at several pharmacies within days
function T04() {
  const DRUGS = [
    ['司美格鲁肽注射液', 'E11.900', 2, 1, 'E11'], ['利拉鲁肽注射液', 'E11.900', 3, 2, 'E11'], ['布地奈德福莫特罗吸入粉雾剂', 'J44.900', 2, 1, 'J44'],
    ['特立帕肽注射液', 'M81.000', 1, 1, 'M81'], ['甘精胰岛素注射液', 'E11.900', 5, 3, 'E11'], ['沙库巴曲缬沙坦钠片', 'I50.000', 112, 56, 'I50'],
    ['噻托溴铵粉吸入剂', 'J44.900', 2, 1, 'J44'], ['替格瑞洛片', 'I25.103', 112, 56, 'I25'],
  ];
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i); const [drug, dx, qOvert, qCareful, chron] = DRUGS[i % DRUGS.length];
    const sex = chron === 'M81' ? 'F' : undefined;
    const approved = ['E11', 'J44', 'I25'].includes(chron);
    const m = member(reg, { age: ri(55, 76), sex, chronic: approved ? [chron] : [] });
    const claims = []; const targets = []; const mut = [];
    const d0 = dateIn('2025-01-08', '2025-11-20');
    if (variant === 'overt') {
      const offs = [0, 1, ri(2, 3), ri(4, 5)]; const ph = shuffle(['PH1', 'PH2', 'PH3', 'DTP']);
      offs.forEach((o, k) => {
        const c = pharmacy(m, hosp(reg, ph[k]), add(d0, o), [dx], [[drug, qOvert]], { from: pick(['L3A', 'L2']) });
        claims.push(c); if (k >= 1) { targets.push(c); mut.push([c, drugLines(c)]); }
      });
    } else {
      const c0 = approved ? opVisit('chronic', m, hosp(reg, 'CHC'), 'internal', d0, [dx], [['门诊慢特病管理诊查费', 1], [drug, qCareful]])
        : opVisit('outpatient', m, hosp(reg, 'L2'), 'internal', d0, [dx], [['普通门诊诊察费', 1], [drug, qCareful]]);
      claims.push(c0);
      const offs = [ri(4, 6), ri(9, 12)]; const ph = shuffle(['PH1', 'PH2', 'PH3']);
      offs.forEach((o, k) => {
        const c = pharmacy(m, hosp(reg, ph[k]), add(d0, o), [dx], [[drug, qCareful]]);
        claims.push(c); targets.push(c); mut.push([c, drugLines(c)]);
      });
    }
    kase('fraud', 'T04', '同一高值药品数日内多家药店购买（倒卖药品）', variant, claims, targets, mut, 'T04');
  }
}
// T05 慢特病三周三取: a chronic supply fetched three times in three weeks
function T05() {
  const regs = ['I10', 'E11', 'I25', 'I69', 'B18', 'F20', 'I10c', 'E11b'];
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i); const rg = regs[i % regs.length];
    const m = member(reg, { age: rg === 'F20' ? ri(30, 55) : ri(52, 80), chronic: [REG[rg].dx.slice(0, 3)] });
    const d0 = dateIn('2025-01-10', '2025-12-01');
    const claims = []; const targets = []; const mut = [];
    const offs = variant === 'overt' ? [0, 7, 14] : [0, ri(8, 10), ri(17, 20)];
    const where = variant === 'overt' ? ['CHC', 'CHC', 'CHC'] : pick([['CHC', 'L2', 'CHC'], ['THC', 'CTY', 'THC'], ['CHC', 'L3A', 'CHC']]);
    offs.forEach((o, k) => {
      const c = chronicVisit(m, hosp(reg, where[k]), add(d0, o), rg, 28);
      claims.push(c); if (k >= 1) { targets.push(c); mut.push([c, drugLines(c)]); }
    });
    kase('fraud', 'T05', '门诊慢特病三周内三次开具4周药量', variant, claims, targets, mut, 'T05');
  }
}
// T06 算进又算出: bed and nursing billed on both the admission and the discharge day
function T06() {
  const where = ['L3A', 'L2', 'CTY', 'PV2', 'PV1', 'THC', 'CHC', 'L3B'];
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i);
    const m = member(reg, { age: ri(40, 84) });
    const inst = hosp(reg, where[i % where.length]);
    const pool = inst.level >= 2 ? ['pneumonia', 'copd', 'lumbar', 'knee', 'chole', 'stroke', 'uti', 'htn', 'hernia'] : ['pneumonia', 'copd', 'lumbar', 'uti', 'htn', 'age', 'knee'];
    const s = mkStay(m, inst, acuteTpl(m, inst, pool), dateIn('2025-01-06', '2025-12-10'));
    const dd = s.n; const ids = [];
    if (variant === 'overt') {
      ids.push(L(s, dd, '普通病房床位费(三人间)', 1, { fraud: true }), L(s, dd, '住院诊查费', 1, { fraud: true }), L(s, dd, s.nurse(dd - 1, s.n), 1, { fraud: true }));
    } else {
      ids.push(L(s, dd, '普通病房床位费(三人间)', 1, { fraud: true }));
      if (i % 3 === 1) ids.push(L(s, dd, s.nurse(dd - 1, s.n), 1, { fraud: true }));
    }
    const c = close(s);
    kase('fraud', 'T06', '入院日和出院日均计床位护理（算进又算出）', variant, [c], [c], [[c, ids]], 'T06');
  }
}
// T07 per-day items billed for more days than the stay
function T07() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i);
    const m = member(reg, { age: ri(60, 86) });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY', 'PV2']));
    const ids = []; let s;
    if (variant === 'overt') {
      s = mkStay(m, inst, acuteTpl(m, inst, ['pneumonia', 'copd', 'stroke', 'hf', 'uti']), dateIn('2025-01-06', '2025-12-05'));
      const days = shuffle([...Array(s.n).keys()]).slice(0, ri(2, Math.min(4, s.n)));
      for (const d of days) {
        ids.push(L(s, d, '普通病房床位费(三人间)', 1, { fraud: true }), L(s, d, s.nurse(d, s.n), 1, { fraud: true }));
        if (chance(0.5)) ids.push(L(s, d, '住院诊查费', 1, { fraud: true }));
      }
    } else if (i % 4 === 1) {
      // monitoring and oxygen 24 h on every calendar day, the admission and discharge days included
      s = mkStay(m, inst, acuteTpl(m, inst, ['hf', 'stroke', 'ugib', 'copd']), dateIn('2025-01-06', '2025-12-05'), { noMonitor: true, noGas: false });
      for (let d = 0; d <= s.n; d++) {
        const f = d === 0 || d === s.n;
        const a = L(s, d, '心电监测', 24, { fraud: f }); const b = L(s, d, '血氧饱和度监测', 24, { fraud: f });
        if (f) ids.push(a, b);
      }
    } else {
      // the air mattress (per day) on every calendar day, the discharge day included
      s = mkStay(m, inst, acuteTpl(m, inst, ['hip', 'stroke', 'pneumonia']), dateIn('2025-01-06', '2025-12-05'));
      for (let d = 0; d <= s.n; d++) { const f = d === s.n; const a = L(s, d, '防褥疮气垫床', 1, { fraud: f }); if (f) ids.push(a); }
      if (chance(0.5)) ids.push(L(s, ri(0, s.n - 1), '防褥疮气垫床', 1, { fraud: true }));
    }
    const c = close(s);
    kase('fraud', 'T07', '按日计费项目超住院天数', variant, [c], [c], [[c, ids]], 'T07');
  }
}
// T08 a once-per-stay test repeated (术前八项, 血型)
function T08() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i);
    const m = member(reg, { age: ri(35, 82) });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY', 'PV2']));
    const tpl = acuteTpl(m, inst, ['chole', 'appendix', 'hernia', 'hip', 'angina']);
    const claims = []; const ids = [];
    let adm = dateIn('2025-01-10', '2025-12-05');
    if (variant === 'careful' && i % 4 === 3) {
      // tests done at the pre-admission clinic, billed again on the admission day
      const pre = opVisit('outpatient', m, inst, TPL[tpl].dept, add(adm, -ri(1, 3)), TPL[tpl].dx,
        [['普通门诊诊察费', 1], ['术前八项(感染筛查)', 1], ['血常规(五分类)', 1], ['凝血四项', 1], ['常规心电图检查', 1]]);
      claims.push(pre);
      const s = mkStay(m, inst, tpl, adm, { route: 'outpatient' });
      ids.push(findLine(s.c, '术前八项(感染筛查)', adm));
      const c = close(s); claims.push(c);
      kase('fraud', 'T08', '一次住院仅需一次的检验重复收费（院前已查又收）', variant, claims, [c], [[c, ids]], 'T08');
      continue;
    }
    const s = mkStay(m, inst, tpl, adm);
    const rd = Math.min(s.n - 1, ri(1, 3));
    if (variant === 'overt') {
      ids.push(L(s, rd, '术前八项(感染筛查)', 1, { fraud: true }), L(s, rd, '血型鉴定(ABO+Rh)', 1, { fraud: true }));
    } else {
      ids.push(L(s, rd, '血型鉴定(ABO+Rh)', 1, { fraud: true }));
    }
    const c = close(s); claims.push(c);
    kase('fraud', 'T08', '一次住院仅需一次的检验重复收费（术前八项、血型）', variant, claims, [c], [[c, ids]], 'T08');
  }
}
// T09 HbA1c more often than its period
function T09() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i);
    const rg = pick(['E11', 'E11b', 'E11c']);
    const m = member(reg, { age: ri(45, 78), chronic: ['E11'] });
    const claims = []; const targets = []; const mut = [];
    let date = dateIn('2025-01-06', '2025-06-30');
    if (variant === 'overt') {
      const inst = hosp(reg, pick(['CHC', 'L2', 'THC']));
      for (let k = 0; k < 5; k++) {
        const extra = [['糖化血红蛋白测定', 1], ['空腹血糖测定', 1]].concat(i % 4 === 0 ? [['血脂(四项)', 1]] : []);
        const c = chronicVisit(m, inst, date, rg, 28, { extra });
        claims.push(c);
        if (k >= 1) { targets.push(c); mut.push([c, [findLine(c, '糖化血红蛋白测定')]]); }
        date = add(date, ri(28, 31));
      }
    } else {
      for (let k = 0; k < 4; k++) {
        let c;
        if (k % 2 === 0) c = chronicVisit(m, hosp(reg, 'CHC'), date, rg, 28, { extra: [['糖化血红蛋白测定', 1], ['空腹血糖测定', 1]] });
        else c = opVisit('outpatient', m, hosp(reg, pick(['L2', 'L3A'])), 'endocrinology', date, ['E11.900'], [['普通门诊诊察费', 1], ['糖化血红蛋白测定', 1], ['肝功能(全套)', 1]]);
        claims.push(c);
        if (k >= 1) { targets.push(c); mut.push([c, [findLine(c, '糖化血红蛋白测定')]]); }
        date = add(date, ri(38, 52));
      }
    }
    kase('fraud', 'T09', '糖化血红蛋白检测频次超过周期（每3个月1次）', variant, claims, targets, mut, 'T09');
  }
}
// T10 lines dated after discharge or long before admission on the inpatient bill
function T10() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i);
    const m = member(reg, { age: ri(35, 82) });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY', 'PV2', 'PV1']));
    const pool = inst.level >= 2 ? ['pneumonia', 'chole', 'appendix', 'stroke', 'uti', 'lumbar', 'copd', 'htn'] : ['pneumonia', 'uti', 'lumbar', 'copd', 'htn'];
    const s = mkStay(m, inst, acuteTpl(m, inst, pool), dateIn('2025-01-25', '2025-12-05'));
    const ids = [];
    if (variant === 'overt') {
      const post = s.n + ri(2, 6);
      ids.push(L(s, post, '血常规(五分类)', 1, { fraud: true }), L(s, post, '肝功能(全套)', 1, { fraud: true }), L(s, post, '静脉采血', 1, { fraud: true }));
      if (chance(0.6)) ids.push(L(s, post + ri(0, 2), '换药(小)', 1, { fraud: true }));
      if (chance(0.6)) ids.push(L(s, post, pick(['头孢呋辛酯片', '塞来昔布胶囊', '奥美拉唑肠溶胶囊']), 14, { fraud: true }));
    } else {
      // the careful biller moves an earlier outpatient examination of the same condition onto the stay
      const pre = -ri(9, 20);
      const rel = { pneumonia: ['胸部CT平扫', '数字化X线摄影(DR)(胸部)'], copd: ['胸部CT平扫', '数字化X线摄影(DR)(胸部)'], chole: ['腹部CT平扫', '腹部B超'], appendix: ['腹部CT平扫', '腹部B超'],
        stroke: ['头颅MRI平扫', '头颅CT平扫'], uti: ['泌尿系B超', '泌尿系B超'], lumbar: ['腰椎MRI平扫', '数字化X线摄影(DR)(腰椎)'], htn: ['心脏彩色多普勒超声', '常规心电图检查'] }[s.tpl];
      const img = inst.level >= 2 ? rel[0] : rel[1];
      ids.push(L(s, pre, img, 1, { fraud: true }));
      if (chance(0.5)) ids.push(L(s, pre, '血常规(五分类)', 1, { fraud: true }));
    }
    const c = close(s);
    kase('fraud', 'T10', '住院费用含出院后或入院前较早日期的项目', variant, [c], [c], [[c, ids]], 'T10');
  }
}
// T11 same-day visits at two hospitals duplicating services
function T11() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i);
    const m = member(reg, { age: ri(30, 78) });
    const date = dateIn('2025-01-06', '2025-12-20');
    let a, b, dup;
    if (variant === 'overt') {
      const k = pick(['bronchitis', 'backpain']);
      if (k === 'bronchitis') {
        a = op('bronchitis', m, hosp(reg, 'L3A'), date, { extra: [['胸部CT平扫', 1]] });
        b = opVisit('outpatient', m, hosp(reg, pick(['L2', 'PV2'])), 'internal', date, ['J20.900'],
          [['普通门诊诊察费', 1], ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['胸部CT平扫', 1], ['头孢呋辛酯片', 12], ['盐酸氨溴索片', 18]]);
        dup = ['血常规(五分类)', 'C反应蛋白测定', '胸部CT平扫'];
      } else {
        a = op('backpain', m, hosp(reg, 'L3A'), date, { dx: ['M51.202'], extra: [['腰椎MRI平扫', 1]] });
        b = opVisit('outpatient', m, hosp(reg, pick(['L2', 'PV2'])), 'orthopaedics', date, ['M51.202'],
          [['普通门诊诊察费', 1], ['腰椎X线摄影', 1], ['腰椎MRI平扫', 1], ['双氯芬酸钠缓释片', 14]]);
        dup = ['腰椎X线摄影', '腰椎MRI平扫'];
      }
    } else {
      a = op(pick(['urti', 'bronchitis']), m, hosp(reg, 'CHC'), date);
      b = opVisit('outpatient', m, hosp(reg, pick(['CLN', 'PV1'])), 'general', date, ['J06.900'],
        [['一般诊疗费', 1], ['血常规(五分类)', 1], ['注射用头孢曲松钠', 2], ['氯化钠注射液', 1], ['静脉输液(第一组)', 1], ['一次性使用输液器', 1]]);
      dup = ['血常规(五分类)'];
    }
    const ids = dup.map((n) => findLine(b, n));
    kase('fraud', 'T11', '同日两家医院重复检查检验', variant, [a, b], [b], [[b, ids]], 'T11');
  }
}
// T12 tests no diagnosis supports (tumour markers, thyroid, hepatitis B, troponin, BNP for back pain)
const NOSUPPORT = ['肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定', '糖类抗原19-9(CA19-9)测定', '甲状腺功能(三项)', '乙肝五项定量', '肌钙蛋白I测定', 'B型钠尿肽(BNP)测定', '糖类抗原125(CA125)测定', '细胞角蛋白19片段(CYFRA21-1)测定'];
function T12() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i);
    const m = member(reg, { age: ri(38, 72) });
    const date = dateIn('2025-01-06', '2025-12-10');
    if (variant === 'overt') {
      const inst = hosp(reg, pick(['L3A', 'L2', 'PV2', 'CTY']));
      const tests = shuffle(NOSUPPORT).slice(0, ri(4, 7));
      const kind = pick(['backpain', 'backpain', 'sprain']);
      const c = op(kind, m, inst, date, { extra: tests.map((t) => [t, 1]).concat([['血常规(五分类)', 1]]) });
      kase('fraud', 'T12', '检验与诊断无关（腰背痛查肿瘤标志物、甲功、乙肝、心肌标志物）', variant, [c], [c], [[c, tests.map((t) => findLine(c, t))]], 'T12');
    } else {
      const inst = hosp(reg, pick(['L2', 'PV2', 'CTY', 'PV1']));
      const s = mkStay(m, inst, pick(['lumbar', 'knee']), date);
      const tests = shuffle(NOSUPPORT).slice(0, ri(2, 3));
      const ids = tests.map((t) => L(s, 0, t, 1));
      const c = close(s);
      kase('fraud', 'T12', '检验与诊断无关（腰椎/膝关节病住院查肿瘤标志物等）', variant, [c], [c], [[c, ids]], 'T12');
    }
  }
}
// T13 Ⅰ级护理 without the monitoring it implies
function T13() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i);
    const m = member(reg, { age: ri(45, 80) });
    let s; const ids = [];
    if (variant === 'overt') {
      const inst = hosp(reg, pick(['PV1', 'PV2', 'L2', 'CTY', 'THC']));
      s = mkStay(m, inst, pick(['lumbar', 'knee', 'htn', 'vertigo']), dateIn('2025-01-06', '2025-12-05'), { nursing: () => 'Ⅰ级护理' });
      for (let d = 0; d < s.n; d++) ids.push(findLine(s.c, 'Ⅰ级护理', s.day(d)));
    } else {
      const inst = hosp(reg, pick(['L2', 'CTY', 'PV2', 'L3A']));
      s = mkStay(m, inst, pick(['pneumonia', 'uti', 'age']), dateIn('2025-01-06', '2025-12-05'), { nursing: () => 'Ⅰ级护理' });
      monitor(s, 0, 12);
      for (let d = 2; d < s.n; d++) ids.push(findLine(s.c, 'Ⅰ级护理', s.day(d)));
    }
    const c = close(s);
    kase('fraud', 'T13', 'Ⅰ级护理无相应病情观察与监测', variant, [c], [c], [[c, ids]], 'T13');
  }
}
// T14 pharmacy drugs matching none of the member's diagnoses (串换)
const SWAP = [['奥美拉唑肠溶胶囊', 28], ['甲钴胺片', 60], ['碳酸钙D3片', 60], ['氯雷他定片', 14], ['双歧杆菌三联活菌胶囊', 36], ['塞来昔布胶囊', 20], ['六味地黄丸', 480], ['铝碳酸镁咀嚼片', 36], ['复方丹参滴丸', 270]];
function T14() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i);
    const rg = pick(['I10', 'I10b', 'E11', 'E11b']);
    const m = member(reg, { age: ri(50, 80), chronic: [REG[rg].dx.slice(0, 3)] });
    const d0 = dateIn('2025-01-06', '2025-10-20');
    const cv = chronicVisit(m, hosp(reg, pick(['CHC', 'L2'])), d0, rg, 28);
    const ph = hosp(reg, pick(['PH1', 'PH2', 'PH3']));
    const dp = add(d0, ri(20, 30));
    let c; let ids;
    if (variant === 'overt') {
      const drugs = shuffle(SWAP).slice(0, ri(3, 4));
      c = pharmacy(m, ph, dp, [REG[rg].dx], drugs);
      ids = drugLines(c);
    } else {
      const drugs = shuffle(SWAP.filter((d) => ['甲钴胺片', '碳酸钙D3片', '六味地黄丸', '双歧杆菌三联活菌胶囊', '复方丹参滴丸'].includes(d[0]))).slice(0, ri(1, 2));
      c = pharmacy(m, ph, dp, [REG[rg].dx], supply(rg, 28).concat(drugs));
      ids = c.items.filter((x) => drugs.some((d) => d[0] === x.name)).map((x) => x.lineId);
    }
    kase('fraud', 'T14', '药店药品与参保人诊断均不相符（串换药品）', variant, [cv, c], [c], [[c, ids]], 'T14');
  }
}
// T15 complications (MCC/CC) coded with nothing on the bill
function T15() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const variant = v2(i);
    const m = member(reg, { age: ri(45, 84) });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY', 'PV2']));
    let s;
    if (variant === 'overt') {
      const k = i % 6;
      if (k === 0) s = mkStay(m, inst, 'pneumonia', dateIn('2025-01-06', '2025-12-05'), { dxExtra: ['J96.000'], noOxygen: true });
      else if (k === 2) s = mkStay(m, inst, acuteTpl(m, inst, ['chole', 'appendix', 'hernia']), dateIn('2025-01-06', '2025-12-05'), { dxExtra: ['I50.000'] });
      else s = mkStay(m, inst, pick(['uti', 'vertigo', 'lumbar']), dateIn('2025-01-06', '2025-12-05'), { dxExtra: [pick(['N17.900', 'I50.000', 'J96.000'])] });
    } else {
      const k = i % 4;
      if (k === 1) s = mkStay(m, inst, acuteTpl(m, inst, ['chole', 'appendix', 'hernia']), dateIn('2025-01-06', '2025-12-05'), { dxExtra: ['D62.x00'] });
      else if (k === 3) s = mkStay(m, inst, 'pneumonia', dateIn('2025-01-06', '2025-12-05'), { dxExtra: ['E87.100'] });
      else s = mkStay(m, inst, pick(['uti', 'htn', 'vertigo']), dateIn('2025-01-06', '2025-12-05'), { dxExtra: ['E87.600'] });
    }
    const c = close(s);
    kase('fraud', 'T15', '并发症/合并症编码无相应诊疗（高套MCC/CC）', variant, [c], [c], [], 'T15');
  }
}

// ================================================================ controls (legitimate, uncommon, look like the typologies)
const ctl = (code, name, claims, typ) => kase('control', code, name, 'legit', claims, claims, [], typ || code);
// C01 first-day monitoring: monitoring and Ⅰ级护理 on the first day or two of an acute stay, then stepped down
function C01() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(50, 85) });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY']));
    const s = mkStay(m, inst, acuteTpl(m, inst, ['stroke', 'ugib', 'hf', 'af', 'angina']), dateIn('2025-01-06', '2025-12-10'));
    ctl('C01', '急性期首日心电血氧监护后停用', [close(s)]);
  }
}
// C02 chest pain work-up: serial ECG and troponin, BNP, D-dimer, imaging; not cardiac in the end
function C02() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(35, 78) });
    const date = dateIn('2025-01-06', '2025-12-20');
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY']));
    if (i % 3 !== 2) {
      const c = opVisit('outpatient', m, inst, 'emergency', date, ['R07.400'],
        [['急诊诊察费', 1], ['常规心电图检查', 2], ['肌钙蛋白I测定', 2], ['心肌酶谱', 1], ['D-二聚体测定', 1], ['血常规(五分类)', 1], ['电解质(四项)', 1],
          [i % 2 ? '胸部CT平扫' : '数字化X线摄影(DR)(胸部)', 1]].concat(i % 4 === 0 ? [['B型钠尿肽(BNP)测定', 1]] : []).concat([['硝酸甘油片', 3]]));
      ctl('C02', '胸痛中心急诊胸痛排查（心肌标志物、D-二聚体）', [c], 'C02');
    } else {
      const s = stay(m, inst, 'cardiology', date, 2, ['R07.400'], { route: 'emergency', nursing: (d) => (d === 0 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
      labs(s, 0, ['肌钙蛋白I测定', '心肌酶谱', '血常规(五分类)', '电解质(四项)', 'D-二聚体测定', '肝功能(全套)', '肾功能(三项)']);
      L(s, 0, '常规心电图检查', 2); L(s, 0, '数字化X线摄影(DR)(胸部)', 1); monitor(s, 0, 14);
      labs(s, 1, ['肌钙蛋白I测定']); L(s, 1, '心脏彩色多普勒超声', 1); L(s, 1, '动态心电图(24小时)', 1);
      L(s, 2, '肌钙蛋白I测定', 1); s.draws[2] = true;
      ctl('C02', '胸痛留观排除急性冠脉综合征（系列肌钙蛋白）', [close(s)], 'C02');
    }
  }
}
// C03 diabetes screening: raised glucose → OGTT and HbA1c; some followed up after three months
function C03() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(35, 70) });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CHC', 'CTY']));
    const date = dateIn('2025-01-06', '2025-08-30');
    const dx = pick([['R73.900x001'], ['R73.002'], ['Z13.100', 'I10.x00x002'], ['R73.000']]);
    const c1 = opVisit('outpatient', m, inst, 'endocrinology', date, dx, [[opFee(inst), 1], ['口服葡萄糖耐量试验(OGTT)', 1], ['糖化血红蛋白测定', 1], ['血脂(四项)', 1]]);
    const claims = [c1];
    if (i % 2 === 0) claims.push(opVisit('outpatient', m, inst, 'endocrinology', add(date, ri(92, 110)), ['R73.002'], [[opFee(inst), 1], ['空腹血糖测定', 1], ['糖化血红蛋白测定', 1]]));
    ctl('C03', '血糖升高者糖尿病筛查（OGTT、糖化血红蛋白）', claims);
  }
}
// C04 12-week long prescriptions (长处方)
function C04() {
  const regs = ['I10', 'E11', 'I25', 'I10b', 'E11b', 'I69', 'I10c'];
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const rg = regs[i % regs.length];
    const m = member(reg, { age: ri(55, 82), chronic: [REG[rg].dx.slice(0, 3)] });
    let date = dateIn('2025-01-06', '2025-04-10'); const claims = [];
    const inst = hosp(reg, pick(['CHC', 'L2', 'THC']));
    for (let k = 0; k < 3; k++) { claims.push(chronicVisit(m, inst, date, rg, 84, { lp: true })); date = add(date, ri(80, 86)); }
    ctl('C04', '病情稳定慢病12周长处方', claims);
  }
}
// a short stabilising stay before a transfer up (no per-day item on the discharge day)
function shortStay(m, inst, dept, adm, nights, dx, kind, o = {}) {
  const s = stay(m, inst, dept, adm, nights, dx, Object.assign({ nursing: () => 'Ⅰ级护理', route: 'emergency', mode: 'transfer' }, o));
  labs(s, 0, ['血常规(五分类)', '电解质(四项)', '肾功能(三项)']); L(s, 0, '常规心电图检查', 1);
  if (kind === 'stroke') { if (inst.level >= 2) L(s, 0, '头颅CT平扫', 1); L(s, 0, '阿司匹林肠溶片', 1); }
  if (kind === 'chest') { labs(s, 0, ['肌钙蛋白I测定']); L(s, 0, '阿司匹林肠溶片', 3); L(s, 0, '硝酸甘油片', 2); }
  if (kind === 'hip') { L(s, 0, '数字化X线摄影(DR)(四肢)', 1); L(s, 0, '皮肤牵引术', 1); }
  if (kind === 'ugib') { L(s, 0, '注射用泮托拉唑钠', 2); L(s, 0, '大便常规+隐血', 1); }
  for (let d = 0; d < Math.max(1, nights); d++) { monitor(s, d, d === 0 ? 12 : 20); infuse(s, d, [['氯化钠注射液', 2]], 1); }
  return s;
}
// C05 a legitimate transfer: 医嘱转院 at one hospital, admission by transfer at the next on the same day
function C05() {
  const plans = [['stroke', 'I63.900', 'neurology', ['THC', 'CHC', 'L2', 'PV1']], ['chest', 'I20.000', 'cardiology', ['L2', 'CTY', 'PV2']],
    ['hip', 'S72.000x031', 'orthopaedics', ['THC', 'CTY', 'PV1']], ['ugib', 'K25.400x001', 'gastro', ['THC', 'CHC', 'PV1']]];
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const [kind, dx, dept, froms] = plans[i % 4];
    const m = member(reg, { age: kind === 'hip' ? ri(68, 88) : ri(50, 82) });
    const a = hosp(reg, pick(froms)); const adm = dateIn('2025-01-06', '2025-12-05'); const n = ri(1, 2);
    const s1 = shortStay(m, a, dept, adm, n, [dx], kind);
    const c1 = close(s1);
    const b = hosp(reg, 'L3A'); const tpl = { stroke: 'stroke', chest: 'angina', hip: 'hip', ugib: 'ugib' }[kind];
    const s2 = mkStay(m, b, tpl, add(adm, n), { route: 'transfer', transferFrom: a.id, pci: kind === 'chest' });
    ctl('C05', '医嘱转院后当日转入上级医院住院', [c1, close(s2)]);
  }
}
// C06 readmission for an unrelated condition within days
function C06() {
  const pairs = [['chole', 'pneumonia'], ['hernia', 'uti'], ['appendix', 'pneumonia'], ['uti', 'hip'], ['chole', 'af'], ['copd', 'uti'], ['angina', 'age'], ['htn', 'hip']];
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const [t1, t2] = pairs[i % pairs.length];
    const m = member(reg, { age: ri(66, 86), sex: t1 === 'hernia' ? 'M' : undefined });
    const i1 = hosp(reg, pick(['L3A', 'L2'])); const s1 = mkStay(m, i1, t1, dateIn('2025-01-06', '2025-11-10'));
    const c1 = close(s1);
    const i2 = hosp(reg, pick(['L3A', 'L2', 'CTY']));
    const s2 = mkStay(m, i2, t2, add(c1.dischargeDate, ri(3, 12)), { route: 'emergency' });
    ctl('C06', '出院后短期内因无关疾病再入院', [c1, close(s2)]);
  }
}
// C07 monthly pharmacy refills
function C07() {
  const regs = ['I10', 'E11', 'I25', 'J44', 'I10b', 'E11b', 'B18'];
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const rg = regs[i % regs.length];
    const m = member(reg, { age: ri(48, 80), chronic: [REG[rg].dx.slice(0, 3)] });
    let date = dateIn('2025-01-06', '2025-06-30'); const claims = [];
    const phs = [hosp(reg, pick(['PH1', 'PH2', 'PH3']))]; if (i % 3 === 0) phs.push(hosp(reg, 'PH2'));
    for (let k = 0; k < 5; k++) { claims.push(pharmacyReg(m, phs[k % phs.length], date, rg, 30)); date = add(date, ri(28, 33)); }
    ctl('C07', '药店按月续购慢病用药', claims);
  }
}
// C08 tests at the pre-admission clinic a few days before an elective stay, not repeated on the ward
function C08() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(35, 78), sex: i % 3 === 1 ? 'M' : undefined });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY']));
    const tpl = acuteTpl(m, inst, ['chole', 'hernia', 'angina']);
    const adm = dateIn('2025-01-10', '2025-12-05');
    const pre = ['血常规(五分类)', '凝血四项', '术前八项(感染筛查)', '肝功能(全套)', '肾功能(三项)', '常规心电图检查', '数字化X线摄影(DR)(胸部)'];
    const extra = tpl === 'chole' ? ['腹部B超'] : [];
    const c0 = opVisit('outpatient', m, inst, TPL[tpl].dept, add(adm, -ri(1, 3)), TPL[tpl].dx, [['普通门诊诊察费', 1]].concat(pre.concat(extra).map((n) => [n, 1])));
    const s = mkStay(m, inst, tpl, adm, { skip0: new Set(pre.concat(extra)) });
    ctl('C08', '入院前3日内门诊术前检查（住院未重复）', [c0, close(s)]);
  }
}
// C09 same-day referral from a township centre to the county hospital
function C09() {
  const plans = [
    ['R10.400', [['一般诊疗费', 1], ['血常规(五分类)', 1], ['尿常规', 1]], 'emergency', ['K35.800x001'], [['急诊诊察费', 1], ['腹部CT平扫', 1], ['C反应蛋白测定', 1]]],
    ['R07.400', [['一般诊疗费', 1], ['常规心电图检查', 1], ['阿司匹林肠溶片', 3]], 'emergency', ['R07.400'], [['急诊诊察费', 1], ['常规心电图检查', 1], ['肌钙蛋白I测定', 1], ['心肌酶谱', 1], ['胸部CT平扫', 1]]],
    ['S52.500x001', [['一般诊疗费', 1], ['小夹板固定术', 1]], 'orthopaedics', ['S52.500x001'], [['普通门诊诊察费', 1], ['数字化X线摄影(DR)(四肢)', 1], ['骨折闭合复位术', 1], ['石膏固定术', 1]]],
  ];
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const [dx1, l1, dept2, dx2, l2] = plans[i % 3];
    const m = member(reg, { age: ri(20, 75) });
    const date = dateIn('2025-01-06', '2025-12-20');
    const a = opVisit('outpatient', m, hosp(reg, 'THC'), 'general', date, [dx1], l1);
    const b = opVisit('outpatient', m, hosp(reg, 'CTY'), dept2, date, dx2, l2);
    ctl('C09', '乡镇卫生院当日转诊县医院门诊', [a, b]);
  }
}
// C10 blood group repeated before a transfusion after a bleed
function C10() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(50, 86) });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY']));
    const tpl = acuteTpl(m, inst, ['ugib', 'ugib', 'hip']);
    const s = mkStay(m, inst, tpl, dateIn('2025-01-06', '2025-12-05'), { dxExtra: ['D62.x00'] });
    const d = tpl === 'hip' ? 3 : ri(1, 2);
    L(s, d, '血型鉴定(ABO+Rh)', 1); L(s, d, '交叉配血', 1); L(s, d, '悬浮红细胞(去白细胞)', 2); L(s, d, '静脉输血', 1); L(s, d, '一次性使用输血器', 1);
    if (d !== 3) L(s, d, '血常规(五分类)', 1);
    L(s, d + 1, '血常规(五分类)', 1);
    ctl('C10', '再出血输血前复查血型并交叉配血', [close(s)]);
  }
}
// C11 a pharmacy purchase on the day of discharge (or the next)
function C11() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const rg = pick(['I10', 'E11', 'I10b', 'I25']);
    const m = member(reg, { age: ri(55, 84), chronic: [REG[rg].dx.slice(0, 3)] });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY']));
    const s = mkStay(m, inst, acuteTpl(m, inst, ['pneumonia', 'uti', 'chole', 'copd', 'age']), dateIn('2025-01-06', '2025-12-05'));
    const c = close(s);
    const p = pharmacyReg(m, hosp(reg, pick(['PH1', 'PH2', 'PH3'])), add(c.dischargeDate, i % 3 === 0 ? 1 : 0), rg, 28);
    ctl('C11', '出院当日药店购买慢病用药', [c, p]);
  }
}
// C12 an emergency visit, then admission the same day at the same hospital
function C12() {
  const plans = [['appendix', ['K35.800x001'], [['急诊诊察费', 1], ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['腹部CT平扫', 1]]],
    ['stroke', ['I63.900'], [['急诊诊察费', 1], ['头颅CT平扫', 1], ['血糖监测(快速)', 1], ['常规心电图检查', 1]]],
    ['pneumonia', ['J18.900'], [['急诊诊察费', 1], ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['胸部CT平扫', 1]]],
    ['hip', ['S72.000x031'], [['急诊诊察费', 1], ['数字化X线摄影(DR)(四肢)', 1], ['常规心电图检查', 1]]],
    ['ugib', ['K25.400x001'], [['急诊诊察费', 1], ['常规心电图检查', 1], ['大便常规+隐血', 1]]]];
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const [tpl, dx, edl] = plans[i % plans.length];
    const m = member(reg, { age: tpl === 'hip' ? ri(68, 88) : ri(30, 82) });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY']));
    const date = dateIn('2025-01-06', '2025-12-05');
    const ed = opVisit('outpatient', m, inst, 'emergency', date, dx, edl);
    const s = mkStay(m, inst, tpl, date, { route: 'emergency', skip0: new Set(edl.map((l) => l[0])) });
    ctl('C12', '急诊就诊后当日收住院', [ed, close(s)]);
  }
}
// C13 HbA1c every three months at monthly diabetes visits
function C13() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const rg = pick(['E11', 'E11b', 'E11c']);
    const m = member(reg, { age: ri(45, 80), chronic: ['E11'] });
    const inst = hosp(reg, pick(['CHC', 'L2', 'THC']));
    let date = dateIn('2025-01-06', '2025-05-20'); const claims = []; let lastA1c = null;
    for (let k = 0; k < 6; k++) {
      const due = lastA1c === null || diff(lastA1c, date) >= 90;
      const extra = [['空腹血糖测定', 1]].concat(due ? [['糖化血红蛋白测定', 1]] : []);
      claims.push(chronicVisit(m, inst, date, rg, 30, { extra }));
      if (due) lastA1c = date;
      date = add(date, ri(29, 32));
    }
    ctl('C13', '糖尿病每月随访、糖化血红蛋白每3个月一次', claims);
  }
}
// C14 双通道 targeted drug dispensed monthly at the designated pharmacy
function C14() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(48, 78), chronic: ['C34'] });
    const dx = pick(['C34.100x004', 'C34.900x005', 'C34.100x003']);
    const drug = i % 3 === 2 ? '吉非替尼片' : '甲磺酸奥希替尼片';
    const onc = hosp(reg, 'L3A'); const dtp = hosp(reg, 'DTP');
    let date = dateIn('2025-01-06', '2025-07-20'); const claims = [];
    const presc = doctor(onc, 'oncology');
    claims.push(opVisit('outpatient', m, onc, 'oncology', date, [dx], [['普通门诊诊察费', 1], ['胸部CT平扫', 1], ['肿瘤标志物(CEA)测定', 1], ['细胞角蛋白19片段(CYFRA21-1)测定', 1], ['肝功能(全套)', 1]], { doctorId: presc }));
    for (let k = 0; k < 4; k++) {
      claims.push(visit('chronic', m, dtp, 'pharmacy', date, [dx], [[drug, 30]], { doctorId: presc }));
      date = add(date, ri(28, 31));
    }
    ctl('C14', '双通道药店按月购买靶向药（门诊慢特病）', claims);
  }
}
// C15 one refill early before the Spring Festival or a long trip, the next one later by as much
function C15() {
  const regs = ['I10', 'E11', 'I25', 'I10b', 'E11b'];
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const rg = regs[i % regs.length];
    const m = member(reg, { age: ri(55, 80), chronic: [REG[rg].dx.slice(0, 3)] });
    const spring = i % 2 === 0; const early = ri(7, 10);
    const e = spring ? 1 : ri(1, 3);
    let date = spring ? add('2025-01-02', ri(0, 2)) : dateIn('2025-03-01', '2025-07-15');
    const claims = []; const inst = hosp(reg, pick(['CHC', 'L2']));
    for (let k = 0; k < 5; k++) {
      const where = k % 2 === 0 ? inst : hosp(reg, pick(['PH1', 'PH2']));
      claims.push(where.pharmacy ? pharmacyReg(m, where, date, rg, 28) : chronicVisit(m, where, date, rg, 28));
      const gap = k + 1 === e ? 28 - early : k === e ? 28 + early + ri(0, 1) : ri(28, 29);
      date = add(date, gap);
    }
    ctl('C15', spring ? '春节前提前续药、节后顺延' : '外出前提前续药、返回后顺延', claims);
  }
}
// C16 Ⅰ级护理 after an operation, with the monitoring it implies
function C16() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(40, 85) });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY', 'PV2']));
    const tpl = acuteTpl(m, inst, ['chole', 'appendix', 'hip', 'hernia']);
    const op = tpl === 'appendix' ? 0 : tpl === 'hip' ? 2 : 1;
    const s = mkStay(m, inst, tpl, dateIn('2025-01-06', '2025-12-05'), { nursing: (d) => (d === op || d === op + 1 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
    if (tpl !== 'hip') { monitor(s, op + 1, 12); L(s, op + 1, '无创血压监测', 6); }
    L(s, op, '无创血压监测', 8);
    ctl('C16', '术后Ⅰ级护理伴心电血氧血压监测', [close(s)]);
  }
}
// C17 Ⅰ级护理 for a bedridden, heavily dependent patient (ADL assessed), with tube feeding and suction
function C17() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(70, 92) });
    const inst = hosp(reg, pick(['L2', 'CTY', 'PV2', 'L3B']));
    const n = ri(14, 20); const adm = dateIn('2025-01-06', '2025-11-25');
    const s = stay(m, inst, 'rehabilitation', adm, n, ['I69.300x002', 'R13.x00', 'I10.x00x002'], { nursing: () => 'Ⅰ级护理', route: i % 3 === 0 ? 'transfer' : 'outpatient', transferFrom: i % 3 === 0 ? hosp(reg, 'L3A').id : undefined });
    labs(s, 0, ADM_LABS); L(s, 0, '日常生活能力评定', 1); L(s, 0, '吞咽功能评定', 1); L(s, 0, '康复评定', 1);
    L(s, 0, '营养风险筛查(NRS 2002)', 1); L(s, 0, '鼻饲管置管', 1); L(s, 0, '一次性使用胃管', 1);
    for (let d = 0; d < n; d++) {
      if (d > 0) L(s, d, '鼻饲(注食)', 5);
      L(s, d, '吸痰护理', 4); L(s, d, '口腔护理', 2); L(s, d, '防褥疮气垫床', 1);
      L(s, d, '整蛋白型肠内营养剂(粉剂)', 1); L(s, d, '偏瘫肢体综合训练', 1); L(s, d, '吞咽功能障碍训练', 1);
      L(s, d, '阿司匹林肠溶片', 1); L(s, d, '阿托伐他汀钙片', 1); L(s, d, '苯磺酸氨氯地平片', 1);
    }
    if (n > 12) { L(s, 10, '日常生活能力评定', 1); L(s, 10, '康复评定', 1); labs(s, 10, ['血常规(五分类)', '电解质(四项)', '血清白蛋白测定']); }
    ctl('C17', '卧床重度依赖患者Ⅰ级护理（鼻饲、吸痰、翻身）', [close(s)]);
  }
}
// C18 complications coded with their treatment on the bill
function C18() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(60, 88) });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY']));
    const k = i % 5; let s;
    if (k === 0) {
      s = mkStay(m, inst, 'pneumonia', dateIn('2025-01-06', '2025-12-05'), { dxExtra: ['J96.000'], procs: [], noOxygen: true });
      for (let d = 0; d <= 2; d++) {
        L(s, d, '血气分析', d === 0 ? 2 : 1); L(s, d, '动脉穿刺(采血)', d === 0 ? 2 : 1); L(s, d, '无创呼吸机辅助通气', d === 0 ? 8 : 12); L(s, d, '吸氧', d === 0 ? 6 : 10);
      }
      for (let d = 3; d <= upTo(s, 4); d++) L(s, d, '吸氧', 12);
      s.c.procedures = [{ code: pxOk('93.9000'), date: s.day(0) }];
    } else if (k === 1) {
      s = mkStay(m, inst, 'pneumonia', dateIn('2025-01-06', '2025-12-05'), { dxExtra: ['E87.100'] });
      for (const d of [1, 2, 4]) if (d < s.n) L(s, d, '电解质(四项)', 1);
      for (let d = 0; d <= 3; d++) infuse(s, d, [['氯化钠注射液', 2]], 1);
    } else if (k === 2) {
      s = mkStay(m, inst, 'copd', dateIn('2025-01-06', '2025-12-05'), { dxExtra: ['I50.000'] });
      L(s, 0, 'N末端B型钠尿肽前体(NT-proBNP)测定', 1); L(s, 1, '心脏彩色多普勒超声', 1);
      for (let d = 0; d <= 3; d++) { L(s, d, '呋塞米注射液', 1); L(s, d, '静脉注射', 1); }
      for (let d = 0; d < s.n; d++) L(s, d, '螺内酯片', 1);
    } else if (k === 3) {
      s = mkStay(m, inst, 'uti', dateIn('2025-01-06', '2025-12-05'), { dxExtra: ['N17.900'] });
      for (const d of [1, 2, 4]) if (d < s.n) L(s, d, '肾功能(三项)', 1);
      for (let d = 0; d <= 3; d++) infuse(s, d, [['复方氯化钠注射液', 2]], 1);
      L(s, 1, '泌尿系B超', 1);
    } else {
      s = mkStay(m, inst, 'age', dateIn('2025-01-06', '2025-12-05'), { dxExtra: ['E87.600'] });
      L(s, 1, '电解质(四项)', 1); L(s, 0, '氯化钾注射液', 2);
    }
    ctl('C18', '并发症编码有相应检查与治疗（呼衰、低钠、心衰、急性肾损伤、低钾）', [close(s)]);
  }
}
// C19 new atrial fibrillation: thyroid function, BNP, echo, Holter
function C19() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(50, 84) });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY']));
    if (i % 2 === 0) {
      ctl('C19', '新发房颤住院评估（甲功、BNP、心超、动态心电图）', [close(mkStay(m, inst, 'af', dateIn('2025-01-06', '2025-12-05')))]);
    } else {
      const date = dateIn('2025-01-06', '2025-12-20');
      const c = opVisit('outpatient', m, inst, 'cardiology', date, ['I48.000'], [['普通门诊诊察费', 1], ['常规心电图检查', 1], ['甲状腺功能(三项)', 1], ['B型钠尿肽(BNP)测定', 1],
        ['心脏彩色多普勒超声', 1], ['电解质(四项)', 1], ['肾功能(三项)', 1], ['利伐沙班片', 28], ['琥珀酸美托洛尔缓释片', 28]]);
      ctl('C19', '新发房颤门诊评估（甲功、BNP、心超）', [c]);
    }
  }
}
// C20 hepatitis B screening before immunosuppression (RA starting a DMARD)
function C20() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(30, 70), sex: chance(0.75) ? 'F' : 'M' });
    const inst = hosp(reg, pick(['L3A', 'L2', 'L3B']));
    const date = dateIn('2025-01-06', '2025-11-20');
    const c1 = opVisit('outpatient', m, inst, 'rheumatology', date, ['M06.900'], [['普通门诊诊察费', 1], ['乙肝五项定量', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1],
      ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['数字化X线摄影(DR)(胸部)', 1], ['醋酸泼尼松片', 14]]);
    const drug = i % 3 === 0 ? [['来氟米特片', 28]] : [['甲氨蝶呤片', 16], ['硫酸羟氯喹片', 56]];
    const c2 = opVisit('outpatient', m, inst, 'rheumatology', add(date, ri(3, 7)), ['M06.900'], [['普通门诊诊察费', 1]].concat(drug));
    ctl('C20', '改善病情抗风湿药启用前乙肝筛查', [c1, c2]);
  }
}
// C21 a same-day admission and discharge (day surgery): one day of bed and nursing
function C21() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(45, 80) });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY']));
    const date = dateIn('2025-01-06', '2025-12-20');
    let s;
    if (i % 2 === 0) {
      s = stay(m, inst, 'ophthalmology', date, 0, ['H25.900'], { procs: [['13.7100', date]] });
      labs(s, 0, ['血常规(五分类)', '凝血四项', '术前八项(感染筛查)']); L(s, 0, '眼科A超(生物测量)', 1); L(s, 0, '裂隙灯检查', 1);
      L(s, 0, '白内障超声乳化摘除+人工晶体植入术', 1); L(s, 0, '人工晶状体', 1); L(s, 0, '眼科粘弹剂', 1); L(s, 0, '盐酸奥布卡因滴眼液', 1);
      L(s, 0, '托吡卡胺滴眼液', 1); L(s, 0, '妥布霉素地塞米松滴眼液', 1); L(s, 0, '左氧氟沙星滴眼液', 1);
    } else {
      s = stay(m, inst, 'gastro', date, 0, ['K63.500'], { procs: [['45.4200', date]] });
      labs(s, 0, ['血常规(五分类)', '凝血四项']); L(s, 0, '常规心电图检查', 1);
      L(s, 0, '结肠镜下息肉切除术', 1); L(s, 0, '病理检查(常规石蜡切片)', 1); L(s, 0, '止血夹(结扎夹)', 2);
      infuse(s, 0, [['复方氯化钠注射液', 1]], 1);
    }
    ctl('C21', '日间手术当日入出院（计1日床位护理）', [close(s)]);
  }
}
// C22 outpatient follow-up after discharge (stitches out, dressing, a blood count) on its own claim
function C22() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(30, 85), sex: i % 4 === 2 ? 'M' : undefined });
    const inst = hosp(reg, pick(['L3A', 'L2', 'CTY']));
    const tpl = acuteTpl(m, inst, ['chole', 'appendix', 'hernia', 'hip']);
    const c = close(mkStay(m, inst, tpl, dateIn('2025-01-06', '2025-11-30')));
    const where = i % 3 === 0 ? hosp(reg, 'CHC') : inst;
    const f = opVisit('outpatient', m, where, where.key === 'CHC' ? 'general' : 'general_surgery', add(c.dischargeDate, ri(6, 12)), ['Z48.000x001'],
      [[opFee(where), 1], ['拆线', 1], ['换药(小)', 1]].concat(tpl === 'hip' ? [['数字化X线摄影(DR)(四肢)', 1]] : i % 2 ? [['血常规(五分类)', 1]] : []));
    ctl('C22', '出院后门诊拆线换药复查（单独门诊结算）', [c, f]);
  }
}
// C23 emergency care at one hospital, then admission by transfer at another the same day
function C23() {
  const plans = [['stroke', 'I63.900', [['急诊诊察费', 1], ['血糖监测(快速)', 1], ['常规心电图检查', 1]]], ['angina', 'I20.000', [['急诊诊察费', 1], ['常规心电图检查', 1], ['肌钙蛋白I测定', 1], ['阿司匹林肠溶片', 3]]],
    ['hip', 'S72.000x031', [['急诊诊察费', 1], ['数字化X线摄影(DR)(四肢)', 1]]], ['appendix', 'K35.800x001', [['急诊诊察费', 1], ['血常规(五分类)', 1], ['腹部B超', 1]]]];
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const [tpl, dx, edl] = plans[i % plans.length];
    const m = member(reg, { age: tpl === 'hip' ? ri(68, 88) : ri(40, 82) });
    const a = hosp(reg, pick(['THC', 'CHC', 'PV1', 'L2'])); const date = dateIn('2025-01-06', '2025-12-05');
    const ed = opVisit('outpatient', m, a, 'emergency', date, [dx], edl);
    const s = mkStay(m, hosp(reg, 'L3A'), tpl, date, { route: 'transfer', transferFrom: a.id, pci: tpl === 'angina' && chance(0.5) });
    ctl('C23', '基层急诊处置后当日转上级医院住院', [ed, close(s)]);
  }
}
// C24 a proton-pump inhibitor beside dual antiplatelet therapy after a stent (no GI diagnosis: gastroprotection)
function C24() {
  for (let i = 0; i < 15; i++) {
    const reg = regionOf(i); const m = member(reg, { age: ri(50, 80), chronic: ['I25'] });
    let date = dateIn('2025-01-06', '2025-09-20'); const claims = [];
    const ppi = pick(['奥美拉唑肠溶胶囊', '雷贝拉唑钠肠溶片', '艾司奥美拉唑镁肠溶片']);
    const ppiQ = ppi === '奥美拉唑肠溶胶囊' ? 28 : 28;
    const dx = ['I25.103', 'Z95.501'];
    claims.push(opVisit('chronic', m, hosp(reg, pick(['L3A', 'L2'])), 'cardiology', date, dx, [['门诊慢特病管理诊查费', 1], ['阿司匹林肠溶片', 28], ['硫酸氢氯吡格雷片', 28], ['阿托伐他汀钙片', 28], [ppi, ppiQ]]));
    for (let k = 0; k < 2; k++) {
      date = add(date, ri(27, 30));
      claims.push(pharmacy(m, hosp(reg, pick(['PH1', 'PH2', 'PH3'])), date, dx, [['阿司匹林肠溶片', 28], ['硫酸氢氯吡格雷片', 28], ['阿托伐他汀钙片', 28], [ppi, ppiQ]], { from: 'L2' }));
    }
    ctl('C24', '冠脉支架术后双抗联用质子泵抑制剂护胃', claims);
  }
}

// ================================================================ routine care of the theme
function routine() {
  const opKinds = ['urti', 'bronchitis', 'gastritis', 'backpain', 'sprain', 'cystitis', 'tonsil', 'urti', 'bronchitis', 'backpain'];
  const opWhere = ['CHC', 'THC', 'CLN', 'L2', 'L3A', 'PV1', 'CTY', 'L3A', 'CHC', 'L2'];
  for (let i = 0; i < 100; i++) {
    const reg = regionOf(i); const date = dateIn('2025-01-06', '2025-12-15'); let claims;
    if (i < 30) {
      const kind = opKinds[i % opKinds.length];
      const m = member(reg, { age: kind === 'tonsil' ? ri(18, 45) : ri(20, 80) });
      claims = [op(kind, m, hosp(reg, opWhere[i % opWhere.length]), date)];
    } else if (i < 50) {
      const rg = pick(['I10', 'E11', 'I25', 'J44', 'I10b', 'E11b', 'I10c']);
      const m = member(reg, { age: ri(45, 82), chronic: [REG[rg].dx.slice(0, 3)] });
      if (i % 5 === 0) claims = [pharmacy(m, hosp(reg, pick(['PH1', 'PH2', 'PH3'])), date, ['J06.900'], [['连花清瘟胶囊', 24], ['对乙酰氨基酚片', 6]])];
      else claims = [pharmacyReg(m, hosp(reg, pick(['PH1', 'PH2', 'PH3'])), date, rg, pick([28, 30]))];
    } else if (i < 70) {
      const rg = pick(['I10', 'E11', 'I25', 'J44', 'I69', 'B18', 'F20', 'E11c']);
      const m = member(reg, { age: rg === 'F20' ? ri(28, 60) : ri(45, 84), chronic: [REG[rg].dx.slice(0, 3)] });
      claims = [chronicVisit(m, hosp(reg, pick(['CHC', 'THC', 'L2', 'CTY'])), date, rg, 28, rg.startsWith('E11') && chance(0.4) ? { extra: [['空腹血糖测定', 1]] } : {})];
    } else {
      const m = member(reg, { age: ri(30, 86) });
      const inst = hosp(reg, pick(['L3A', 'L2', 'CTY', 'PV2', 'THC', 'CHC', 'L3A']));
      const pool = inst.level >= 2 ? ['pneumonia', 'copd', 'stroke', 'chole', 'appendix', 'hernia', 'hip', 'ugib', 'hf', 'af', 'uti', 'angina', 'lumbar', 'knee', 'dm', 'age']
        : ['pneumonia', 'copd', 'uti', 'age', 'lumbar', 'htn', 'appendix'];
      claims = [close(mkStay(m, inst, acuteTpl(m, inst, pool), date > '2025-12-05' ? '2025-12-05' : date))];
    }
    kase('routine', 'R', '常规就诊', 'routine', claims, claims, [], 'R');
  }
}

// ================================================================ build, check, settle, write
T01(); T02(); T03(); T04(); T05(); T06(); T07(); T08(); T09(); T10(); T11(); T12(); T13(); T14(); T15();
C01(); C02(); C03(); C04(); C05(); C06(); C07(); C08(); C09(); C10(); C11(); C12();
C13(); C14(); C15(); C16(); C17(); C18(); C19(); C20(); C21(); C22(); C23(); C24();
routine();

for (const c of CLAIMS) if (c.visitType === 'inpatient' && !c._closed) throw new Error('stay not closed: ' + c._i);
const settleDate = (c) => c.dischargeDate || c.visitDate;
CLAIMS.sort((a, b) => (settleDate(a) < settleDate(b) ? -1 : settleDate(a) > settleDate(b) ? 1 : a._i - b._i));
const hospSeq = {};
for (const c of CLAIMS) {
  const h = c.provider.hospitalId; hospSeq[h] = (hospSeq[h] || 0) + 1;
  c.claimId = c.region + '-' + h + '-2025-' + String(hospSeq[h]).padStart(6, '0');
  renumber(c);
  validate(c);
  settle(c);
}
function out(c) {
  const o = {
    claimId: c.claimId, region: c.region, insuranceType: c.insuranceType, visitType: c.visitType,
    patient: c.patient, enrollment: c.enrollment, provider: c.provider,
  };
  if (c.visitType === 'inpatient') {
    o.admissionDate = c.admissionDate; o.dischargeDate = c.dischargeDate;
    o.admissionRoute = c.admissionRoute; o.dischargeMode = c.dischargeMode;
    if (c.transferFromHospitalId) o.transferFromHospitalId = c.transferFromHospitalId;
  } else o.visitDate = c.visitDate;
  o.diagnoses = c.diagnoses; o.procedures = c.procedures;
  if (c.visitType === 'inpatient' && GROUPS) o.reportedGroup = { drg: GROUP.has(c.claimId) ? GROUP.get(c.claimId) : null, dip: null };
  o.items = c.items.map((it) => {
    const x = { lineId: it.lineId, code: it.code, name: it.name, category: it.category, date: it.date, quantity: it.quantity, unitPrice: it._fen / 100, amount: (it._fen * it.quantity) / 100 };
    if (it.longPrescription) x.longPrescription = true;
    return x;
  });
  o.amounts = c.amounts;
  return o;
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map((c) => JSON.stringify(out(c))).join('\n') + '\n');
const order = (k) => (k.kind === 'fraud' ? 0 : k.kind === 'control' ? 1 : 2);
const sorted = CASES.map((k, i) => [k, i]).sort((a, b) => order(a[0]) - order(b[0]) || (a[0].code < b[0].code ? -1 : a[0].code > b[0].code ? 1 : a[1] - b[1])).map((x) => x[0]);
const labels = sorted.map((k, i) => {
  const mutatedLines = {};
  for (const [c, ids] of k.mutated) {
    if (!ids.length) continue;
    mutatedLines[c.claimId] = ids.map((id) => { if (!c._map[id]) throw new Error('unmapped line ' + id); return c._map[id]; });
  }
  return {
    caseId: 'B118-' + String(i + 1).padStart(4, '0'), kind: k.kind, code: k.code, name: k.name,
    claimIds: k.claims.map((c) => c.claimId), targets: k.targets.map((c) => c.claimId), mutatedLines, typology: k.typology, variant: k.variant,
  };
});
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
const n = (kind) => labels.filter((l) => l.kind === kind).length;
process.stderr.write(`blind118: ${CLAIMS.length} claims, ${labels.length} cases (fraud ${n('fraud')}, control ${n('control')}, routine ${n('routine')})\n`);
