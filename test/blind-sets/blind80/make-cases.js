#!/usr/bin/env node
// blind80: the county hospital's medical wards (县级医院内科病房). Fixed seed; Node, no dependencies.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base77/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- catalogue ----------
const ROWFILES = ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json',
  'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json'];
const ROW = {};
for (const f of ROWFILES) { const p = path.join(CAT, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!ROW[r.name]) ROW[r.name] = r; }

// ---------- groups (pass 2) ----------
const GRP = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); GRP[g.claimId] = g; }

// ---------- rng ----------
let seed = 80080;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => iso(new Date(D(s).getTime() + n * 86400000));
const dayOfYear = (n) => addDays('2025-01-01', n);

// ---------- regions, hospitals, doctors ----------
const REGIONS = {
  '511300': { prov: '51', city: 'H51130001', county: ['H51130021', 'H51130022'], town: ['H51130051', 'H51130052', 'H51130053'] },
  '510700': { prov: '51', city: 'H51070001', county: ['H51070021'], town: ['H51070051', 'H51070052'] },
  '370800': { prov: '37', city: 'H37080001', county: ['H37080021', 'H37080022'], town: ['H37080051', 'H37080052'] },
  '220200': { prov: '22', city: 'H22020001', county: ['H22020021'], town: ['H22020051', 'H22020052'] },
  '230600': { prov: '23', city: 'H23060001', county: ['H23060021'], town: ['H23060051'] },
};
const REGION_KEYS = Object.keys(REGIONS);
const REGION_W = ['511300', '511300', '511300', '510700', '510700', '370800', '370800', '370800', '220200', '230600'];
const HOSP = {};
for (const [reg, r] of Object.entries(REGIONS)) {
  HOSP[r.city] = { id: r.city, region: reg, level: 3 };
  for (const h of r.county) HOSP[h] = { id: h, region: reg, level: 2 };
  for (const h of r.town) HOSP[h] = { id: h, region: reg, level: 1 };
}
HOSP.H51010001 = { id: 'H51010001', region: '510100', level: 3 }; // Chengdu (异地就医 control)
const DEPTS = { 3: ['respiratory', 'cardiology', 'endocrinology', 'neurology'], 2: ['respiratory', 'cardiology', 'endocrinology', 'neurology'], 1: ['internal_medicine'] };
const TITLES = ['resident', 'attending', 'associate_chief', 'chief'];
const DOCS = {}; // hospId|dept -> [{id,title}]
let docSeed = 0;
function doctors(h, dept) {
  const k = h + '|' + dept;
  if (!DOCS[k]) {
    const lvl = HOSP[h].level; const n = lvl === 1 ? 3 : 4; const list = [];
    const di = (DEPTS[lvl].indexOf(dept) + 1);
    for (let i = 0; i < n; i++) {
      // fixed titles by position (deterministic, not rng): a doctor keeps one title
      const title = lvl === 1 ? ['resident', 'attending', 'attending'][i] : ['resident', 'attending', 'associate_chief', 'chief'][i];
      list.push({ id: 'D' + h.slice(1) + String(di) + String(i + 1), title });
    }
    DOCS[k] = list; docSeed++;
  }
  return DOCS[k];
}
const doc = (h, dept, i) => { const l = doctors(h, dept); return i == null ? pick(l) : l[i % l.length]; };
const deptFor = (h, d) => (HOSP[h].level === 1 ? 'internal_medicine' : d);

// ---------- members ----------
let memSeq = 0;
function member(o = {}) {
  memSeq++;
  const age = o.age != null ? o.age : ri(55, 86);
  const gender = o.gender || (chance(0.55) ? 'M' : 'F');
  const scheme = o.scheme || (chance(0.62) ? 'resident' : 'employee');
  const birthDate = `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const retired = scheme === 'employee' && age >= (gender === 'M' ? 60 : 55);
  const contributionYears = scheme === 'employee' ? (retired ? ri(gender === 'M' ? 31 : 26, 40) : Math.max(1, Math.min(age - 20, ri(5, 30)))) : 0;
  return { insuredId: 'P80' + String(memSeq).padStart(5, '0'), gender, birthDate, age, scheme, retired, contributionYears,
    region: o.region || pick(REGION_W), continuousYears: ri(3, 15) };
}

// ---------- money (fen) and policies (rules/benefits/policies.json figures, read by the author) ----------
const POL = {
  '51': { employee: { ded: { 1: 200, 2: 500, 3: 1000 } }, resident: { ded: { 1: 200, 2: 600, 3: 1100 } } },
  '22': { employee: { ded: { 1: 200, 2: 500, 3: 900 } }, resident: { ded: { 1: 200, 2: 500, 3: 1000 } } },
  '23': { employee: { ded: { 1: 200, 2: 500, 3: 1000 } }, resident: { ded: { 1: 200, 2: 500, 3: 1000 } } },
  '37': { employee: { ded: { 1: 300, 2: 600, 3: 1000 } }, resident: { ded: { 1: 300, 2: 600, 3: 1000 } } },
};
const INP_RATIO = { employee: { 1: 0.9, 2: 0.85, 3: 0.8 }, resident: { 1: 0.8, 2: 0.7, 3: 0.6 } };
const OUT_RATIO = { employee: { 1: 0.7, 2: 0.6, 3: 0.5 }, resident: { 1: 0.6, 2: 0.5, 3: 0.5 } };
const OUT_YTD = {}; // insuredId -> {policy, fund}
const yuan = (f) => Math.round(f) / 100;

// ---------- bill ----------
class Bill {
  constructor(level, start) { this.level = level; this.start = start; this.lines = []; }
  add(name, day, qty, o = {}) {
    const r = ROW[name]; if (!r) throw new Error('no catalogue row ' + name);
    if (!qty) return null;
    if (r.minLevel && r.minLevel > this.level && !o.force) throw new Error(`${name} minLevel ${r.minLevel} at level ${this.level}`);
    const priceFen = Math.round(r.priceCap[String(this.level)] * 100 * (o.factor || 1));
    const l = { lineId: String(this.lines.length + 1), code: r.products ? r.products[0] : r.code, name: r.name, category: r.category,
      date: addDays(this.start, day), quantity: qty, unitPrice: priceFen / 100, amount: Math.round(qty * priceFen) / 100,
      _fen: Math.round(qty * priceFen), _row: r };
    if (o.longPrescription) l.longPrescription = true;
    this.lines.push(l); return l.lineId;
  }
  has(name) { return this.lines.some((l) => l.name === name); }
}

let claimSeq = 0;
const ALL = [];
function finish(c, bill, mem) {
  c.items = bill.lines.map((l) => { const o = { ...l }; delete o._fen; delete o._row; return o; });
  let total = 0, policy = 0;
  for (const l of bill.lines) {
    total += l._fen;
    const r = l._row; if (r.class === '丙') continue;
    policy += l._fen - Math.round(l._fen * (r.selfPayShare || 0));
  }
  const prov = (c.insuredRegion || c.region).slice(0, 2);
  const lvl = c.provider.level; let fund = 0;
  if (c.visitType === 'inpatient') {
    const ded = POL[prov][mem.scheme].ded[lvl] * 100;
    let ratio = INP_RATIO[mem.scheme][lvl] + (mem.scheme === 'employee' && mem.retired ? 0.05 : 0);
    ratio = Math.min(ratio, mem.scheme === 'employee' ? 0.95 : 0.8);
    fund = Math.max(0, Math.round((policy - ded) * ratio));
  } else {
    const y = OUT_YTD[mem.insuredId] || (OUT_YTD[mem.insuredId] = { policy: 0, fund: 0 });
    const dedDue = mem.scheme === 'employee' ? Math.max(0, 100000 - y.policy) : 0;
    const ratio = OUT_RATIO[mem.scheme][lvl] + (mem.scheme === 'employee' && mem.retired ? 0.1 : 0);
    const cap = mem.scheme === 'employee' ? 300000 : (c.region === '510100' ? 50000 : 40000);
    fund = Math.max(0, Math.round((policy - dedDue) * ratio));
    fund = Math.min(fund, Math.max(0, cap - y.fund));
    y.policy += policy; y.fund += fund;
  }
  c.amounts = { total: yuan(total), policy: yuan(policy), fundClaimed: yuan(fund) };
  return c;
}
function head(mem, h, dept, d) {
  const H = HOSP[h]; claimSeq++;
  return { claimId: `${H.region}-${h}-2025-${String(claimSeq).padStart(6, '0')}`, region: H.region, insuranceType: mem.scheme,
    patient: { insuredId: mem.insuredId, gender: mem.gender, birthDate: mem.birthDate, retired: mem.retired },
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: mem.continuousYears, lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears: mem.contributionYears, special: null },
    provider: { hospitalId: h, level: H.level, department: deptFor(h, dept), doctorId: d.id } };
}

// inpatient: o = {mem, h, dept, doc, adm, los, dx:[..], procs:[{code,day}], fill(b,ctx), route, dmode, from, insuredRegion, pad}
function inpatient(o) {
  const H = HOSP[o.h]; const dept = deptFor(o.h, o.dept);
  const d = o.doc || doc(o.h, dept);
  const c = head(o.mem, o.h, dept, d);
  if (o.insuredRegion) c.insuredRegion = o.insuredRegion;
  c.visitType = 'inpatient';
  // key order as in CONTRACTS
  const b = new Bill(H.level, o.adm);
  const ctx = { level: H.level, los: o.los, mem: o.mem };
  o.fill(b, ctx);
  c.admissionDate = o.adm; c.dischargeDate = addDays(o.adm, o.los);
  if (o.route) c.admissionRoute = o.route;
  if (o.dmode) c.dischargeMode = o.dmode;
  if (o.from) c.transferFromHospitalId = o.from;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.procs || []).map((p) => ({ code: p.code, date: addDays(o.adm, p.day) }));
  c.reportedGroup = { drg: null, dip: null };
  if (o.pad) { const g = GRP[c.claimId]; o.pad(b, g && g.norms ? g.norms.normCost : 4000); }
  const g = GRP[c.claimId]; if (g && g.grouping) c.reportedGroup.drg = g.grouping.drg;
  finish(c, b, o.mem); ALL.push(c); c._b = b; return c;
}
function outpatient(o) {
  const H = HOSP[o.h]; const dept = deptFor(o.h, o.dept);
  const d = o.doc || doc(o.h, dept);
  const c = head(o.mem, o.h, dept, d);
  c.visitType = 'outpatient'; c.visitDate = o.date;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = [];
  const b = new Bill(H.level, o.date);
  const consult = H.level === 1 ? '一般诊疗费' : d.title === 'chief' ? '主任医师门诊诊察费' : d.title === 'associate_chief' ? '副主任医师门诊诊察费' : '普通门诊诊察费';
  b.add(consult, 0, 1);
  o.fill(b, { level: H.level });
  finish(c, b, o.mem); ALL.push(c); c._b = b; return c;
}

// ---------- bill pieces ----------
function ward(b, los, o = {}) { // bed + nursing + daily consult, nights 0..los-1
  for (let d = 0; d < (o.days || los); d++) {
    b.add(o.icuDays && d < o.icuDays ? '监护病房床位费' : (o.bed || '普通病房床位费(三人间)'), d, 1);
    const nurse = o.nurse1 && d < o.nurse1 ? 'Ⅰ级护理' : (o.nurse || 'Ⅱ级护理');
    b.add(nurse, d, 1);
    b.add('住院诊查费', d, 1);
  }
}
function iv(b, d, groups, o = {}) { // infusion fees and consumables for one day
  b.add('静脉输液(第一组)', d, 1);
  if (groups > 1) b.add('静脉输液(每增加一组)', d, Math.min(groups - 1, 5));
  b.add(o.precise ? '一次性使用精密输液器' : '一次性使用输液器', d, 1);
  b.add('一次性使用输液贴', d, 2);
  if (d === 0 || o.cannula) { b.add('一次性使用静脉留置针', d, 1); b.add('静脉留置针置管', d, 1); }
}
function basicLabs(b, d, lvl, extra = []) {
  b.add('血常规(五分类)', d, 1); b.add('尿常规', d, 1); b.add('肝功能(全套)', d, 1); b.add('肾功能(三项)', d, 1);
  b.add('电解质(四项)', d, 1); b.add('常规心电图检查', d, 1);
  if (lvl >= 2) b.add('凝血四项', d, 1);
  for (const e of extra) b.add(e, d, 1);
}
function chestImage(b, d, lvl) { if (lvl >= 2) b.add('胸部CT平扫', d, 1); else b.add('胸部X线摄影(正侧位)', d, 1); }
function oxygen(b, d, hours) { b.add('吸氧', d, hours); if (d === 0) b.add('一次性使用吸氧管', d, 1); }
function antibioticPlan(lvl) {
  if (lvl === 1) return pick([{ n: '注射用头孢曲松钠', q: 2, fl: 1 }, { n: '左氧氟沙星氯化钠注射液', q: 1, fl: 0 }, { n: '注射用头孢呋辛钠', q: 3, fl: 2 }]);
  return pick([{ n: '注射用哌拉西林钠他唑巴坦钠', q: 3, fl: 3 }, { n: '注射用头孢呋辛钠', q: 3, fl: 2 }, { n: '注射用头孢曲松钠', q: 2, fl: 1 },
    { n: '左氧氟沙星氯化钠注射液', q: 1, fl: 0 }, { n: '注射用头孢他啶', q: 3, fl: 2 }]);
}
function abxDay(b, d, a, extraGroups = 0) {
  b.add(a.n, d, a.q); if (a.fl) b.add('氯化钠注射液', d, a.fl);
  iv(b, d, Math.max(1, a.fl) + extraGroups);
}
function dischargeMeds(b, d, list) { for (const [n, q] of list) b.add(n, d, q); }

// ---------- condition templates (fill functions) ----------
// Each returns a fill(b, ctx) that bills a clinically ordinary stay of ctx.los nights; options tweak it.
function pneumoniaFill(o = {}) {
  return (b, ctx) => {
    const { level: lvl, los } = ctx; const a = o.abx || antibioticPlan(lvl);
    ward(b, los, { nurse1: o.nurse1 != null ? o.nurse1 : 2, icuDays: o.icuDays });
    basicLabs(b, 0, lvl, ['C反应蛋白测定'].concat(lvl >= 2 ? ['降钙素原测定', '细菌培养及药敏'] : []));
    chestImage(b, 0, lvl);
    const abxDays = Math.min(los - 1, o.abxDays || ri(6, 9), 14);
    for (let d = 0; d < abxDays; d++) { abxDay(b, d, a, d < 6 ? 1 : 0); if (d < 6) b.add('盐酸氨溴索注射液', d, 2); }
    const oxDays = o.oxDays != null ? o.oxDays : Math.min(3, los - 1);
    for (let d = 0; d < oxDays; d++) oxygen(b, d, o.oxHours || 10);
    if (!o.noSpo2) for (let d = 0; d < Math.min(2, los); d++) b.add('血氧饱和度监测', d, 12);
    for (let d = 0; d < Math.min(los - 1, 5); d++) { b.add('雾化吸入', d, 2); b.add('吸入用布地奈德混悬液', d, 2); }
    b.add('一次性使用雾化器', 0, 1);
    if (los >= 5) { b.add('血常规(五分类)', 3, 1); b.add('C反应蛋白测定', 3, 1); }
    if (los >= 8 && !o.noRecheck) chestImage(b, los - 1, 1);
    dischargeMeds(b, los - 1, [[pick(['头孢呋辛酯片', '阿莫西林克拉维酸钾片']), 10], ['盐酸氨溴索片', 15]]);
    if (o.extra) o.extra(b, ctx);
  };
}
function copdFill(o = {}) {
  return (b, ctx) => {
    const { level: lvl, los } = ctx; const a = o.abx || antibioticPlan(lvl);
    ward(b, los, { nurse1: o.nurse1 != null ? o.nurse1 : 3, icuDays: o.icuDays });
    basicLabs(b, 0, lvl, ['C反应蛋白测定'].concat(lvl >= 2 ? ['降钙素原测定', '细菌培养及药敏'] : []));
    if (lvl >= 2 && !o.noGas) b.add('血气分析', 0, 1);
    chestImage(b, 0, lvl);
    const abxDays = Math.min(los - 1, o.abxDays || ri(5, 8), 14);
    for (let d = 0; d < abxDays; d++) abxDay(b, d, a, d < 5 ? 2 : 0);
    for (let d = 0; d < Math.min(5, los - 1); d++) { b.add('多索茶碱注射液', d, 1); b.add('注射用甲泼尼龙琥珀酸钠', d, 1); }
    for (let d = 0; d < Math.min(los - 1, 14); d++) { b.add('雾化吸入', d, 2); b.add('吸入用布地奈德混悬液', d, 2); b.add('吸入用异丙托溴铵溶液', d, 2); }
    b.add('一次性使用雾化器', 0, 1);
    const oxDays = o.oxDays != null ? o.oxDays : los - 1;
    for (let d = 0; d < oxDays; d++) oxygen(b, d, o.oxHours || 12);
    for (let d = 0; d < Math.min(3, los); d++) b.add('血氧饱和度监测', d, 12);
    if (lvl >= 2 && los >= 5 && !o.noGas) b.add('血气分析', 2, 1);
    if (los >= 5) { b.add('血常规(五分类)', 3, 1); b.add('C反应蛋白测定', 3, 1); }
    dischargeMeds(b, los - 1, [['噻托溴铵粉吸入剂', 1], [pick(['布地奈德福莫特罗吸入粉雾剂', '沙美特罗替卡松吸入粉雾剂']), 1]]);
    if (o.extra) o.extra(b, ctx);
  };
}
function hfFill(o = {}) {
  return (b, ctx) => {
    const { level: lvl, los } = ctx;
    ward(b, los, { nurse1: o.nurse1 != null ? o.nurse1 : 3, icuDays: o.icuDays });
    basicLabs(b, 0, lvl, ['B型钠尿肽(BNP)测定', '心肌酶谱', '肌钙蛋白I测定', 'D-二聚体测定']);
    b.add('胸部X线摄影(正侧位)', 0, 1); b.add('心脏彩色多普勒超声', 1, 1);
    const ivDays = o.ivDays || Math.min(4, los - 1);
    for (let d = 0; d < los - 1; d++) {
      if (d < ivDays) { b.add('呋塞米注射液', d, o.furoQ ? o.furoQ(d) : 2); b.add('静脉注射', d, 2); b.add('一次性使用注射器(5ml)', d, 2); }
      else b.add('呋塞米片', d, 2);
      b.add('螺内酯片', d, 1);
      b.add(o.raas || '沙库巴曲缬沙坦钠片', d, 2);
      b.add('比索洛尔片', d, 1);
    }
    for (let d = 0; d < Math.min(3, los); d++) { b.add('心电监测', d, 12); b.add('心电电极片', d, 5); oxygen(b, d, 8); }
    if (los >= 4) b.add('电解质(四项)', 2, 1);
    if (!o.noBnpRecheck && los >= 5) b.add('B型钠尿肽(BNP)测定', los - 2, 1);
    dischargeMeds(b, los - 1, [['呋塞米片', 14], ['螺内酯片', 7], ['比索洛尔片', 7]]);
    if (o.extra) o.extra(b, ctx);
  };
}
function dmFill(o = {}) {
  return (b, ctx) => {
    const { level: lvl, los } = ctx;
    ward(b, los, { nurse: 'Ⅱ级护理' });
    basicLabs(b, 0, lvl, ['糖化血红蛋白测定', '空腹血糖测定', '血脂(四项)']);
    b.add('眼底检查', 1, 1); b.add('颈部血管彩色多普勒超声', 1, 1); b.add('下肢血管彩色多普勒超声', 2, 1);
    for (let d = 0; d < los; d++) {
      const g = o.glu || 7; b.add('血糖监测(快速)', d, g); b.add('血糖试纸', d, g);
      if (o.insulin !== false && d < los - 1) b.add('皮下注射', d, 4);
      if (d < los - 1) b.add('盐酸二甲双胍片', d, 3);
    }
    if (o.insulin !== false) { b.add('门冬胰岛素注射液', 0, 1); b.add('甘精胰岛素注射液', 0, 1); }
    if (o.extra) o.extra(b, ctx);
  };
}
function strokeFill(o = {}) {
  return (b, ctx) => {
    const { level: lvl, los } = ctx;
    ward(b, los, { nurse1: 3, icuDays: o.icuDays });
    basicLabs(b, 0, lvl, ['血脂(四项)', '糖化血红蛋白测定', 'D-二聚体测定']);
    b.add('头颅CT平扫', 0, 1);
    if (lvl >= 2) b.add('头颅MRI平扫', 1, 1);
    b.add('颈部血管彩色多普勒超声', 1, 1); b.add('心脏彩色多普勒超声', 2, 1);
    const edDays = Math.min(los - 1, 14); const tcmDays = Math.min(los - 1, o.tcmDays || 10);
    for (let d = 0; d < los - 1; d++) {
      b.add('阿司匹林肠溶片', d, 1); b.add('硫酸氢氯吡格雷片', d, 1); b.add('阿托伐他汀钙片', d, 2);
      let groups = 0;
      if (d < edDays && lvl >= 2) { b.add('依达拉奉注射液', d, 2); b.add('氯化钠注射液', d, 1); groups++; }
      if (d < tcmDays && lvl >= 2 && !o.noTcm) { b.add('血栓通注射液', d, 2); b.add('葡萄糖注射液', d, 1); groups++; }
      if (lvl === 1 && d < edDays) { b.add('胞磷胆碱钠注射液', d, 2); b.add('氯化钠注射液', d, 1); groups++; }
      if (groups) iv(b, d, groups);
    }
    b.add('康复评定', Math.min(2, los - 1), 1);
    for (let d = 3; d < los - 1; d++) b.add('运动疗法', d, 1);
    dischargeMeds(b, los - 1, [['阿司匹林肠溶片', 14], ['阿托伐他汀钙片', 14]]);
    if (o.extra) o.extra(b, ctx);
  };
}
function htnCrisisFill(o = {}) {
  return (b, ctx) => {
    const { level: lvl, los } = ctx;
    ward(b, los, { nurse1: 2 });
    basicLabs(b, 0, lvl, ['肌钙蛋白I测定']);
    b.add('头颅CT平扫', 0, 1); b.add('心脏彩色多普勒超声', 1, 1); b.add('眼底检查', 1, 1);
    for (let d = 0; d < 2; d++) { b.add('硝酸甘油注射液', d, 3); iv(b, d, 2, { precise: true }); b.add('氯化钠注射液', d, 1); b.add('心电监测', d, d ? 12 : 24); b.add('心电电极片', d, 5); b.add('无创血压监测', d, 12); }
    for (let d = 0; d < los - 1; d++) { b.add('苯磺酸氨氯地平片', d, 1); b.add('缬沙坦胶囊', d, 1); if (d >= 1) b.add('氢氯噻嗪片', d, 1); }
    if (los >= 3) b.add('动态血压监测(24小时)', los - 2, 1);
    if (o.extra) o.extra(b, ctx);
  };
}
// a stable chronic patient's thin bill (what a 低标准入院 looks like)
function thinFill(o = {}) {
  return (b, ctx) => {
    const { level: lvl, los } = ctx;
    ward(b, los, { nurse: o.nurse || pick(['Ⅱ级护理', 'Ⅲ级护理']) });
    basicLabs(b, 0, lvl, o.labs || ['血脂(四项)', '空腹血糖测定']);
    if (o.dm) for (let d = 0; d < los; d++) { b.add('血糖监测(快速)', d, 4); b.add('血糖试纸', d, 4); }
    for (let d = 0; d < los - 1; d++) for (const [n, q] of o.oral) b.add(n, d, q);
    if (o.extra) o.extra(b, ctx);
  };
}

// ---------- case bookkeeping ----------
const labels = [];
let caseSeq = 0;
function label(kind, code, name, claims, targets, mutated) {
  caseSeq++;
  const l = { caseId: `B80-${kind[0].toUpperCase()}${String(caseSeq).padStart(4, '0')}`, kind, code, name, claimIds: claims.map((c) => c.claimId),
    targets: (targets || claims).map((c) => c.claimId), mutatedLines: mutated || {} };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  labels.push(l);
}
const county = (reg) => pick(REGIONS[reg].county);
const town = (reg) => pick(REGIONS[reg].town);
const randDate = (from = 10, to = 320) => dayOfYear(ri(from, to));
const winterDate = () => (chance(0.6) ? dayOfYear(ri(5, 55)) : dayOfYear(ri(320, 345)));

// principal diagnoses by condition
const PNEU = ['J18.900', 'J18.000', 'J15.900'];
const COPD = ['J44.100', 'J44.000'];
const HF = ['I50.900', 'I50.000', 'I50.907', 'I50.900x018'];
const STROKE = ['I63.900', 'I63.906', 'I63.905'];
const COMORB = ['I10.x00x002', 'E11.900', 'E78.500', 'I25.100'];
const comorb = (n) => { const s = new Set(); while (s.size < n) s.add(pick(COMORB)); return [...s]; };
function condition(kind) {
  switch (kind) {
    case 'pneu': return { dept: 'respiratory', dx: [pick(PNEU)], fill: pneumoniaFill, los: [6, 10] };
    case 'copd': return { dept: 'respiratory', dx: [pick(COPD)], fill: copdFill, los: [7, 11] };
    case 'hf': return { dept: 'cardiology', dx: [pick(HF)], fill: hfFill, los: [6, 10] };
    case 'stroke': return { dept: 'neurology', dx: [pick(STROKE)], fill: strokeFill, los: [9, 14] };
    case 'dm': return { dept: 'endocrinology', dx: [pick(['E11.201+N08.3*', 'E11.400', 'E11.501+I79.2*'])], fill: dmFill, los: [7, 11] };
    default: throw new Error(kind);
  }
}
const lineIdsWhere = (c, pred) => c.items.filter(pred).map((l) => l.lineId);

// =====================================================================================
// FRAUD TYPOLOGIES
// =====================================================================================
const TNAME = {
  T01: '低标准入院: 稳定的高血压/糖尿病患者住院"检查"、只做监测与口服药',
  T02: '挂床住院: 治疗于前几天结束, 其后只剩床位/护理/诊查费',
  T03: '分解住院(同院): 出院后数日内同病再入院',
  T04: '分解住院(县乡之间): 县医院出院后乡镇卫生院同病再收治(或反向), 未走转诊',
  T05: '高套: 编码MCC/CC(呼吸衰竭、心衰、脓毒症、低钠)而费用中无支持项目',
  T06: '过度检查: 每次住院全套检查(肿瘤标志物、甲功、动态心电/血压、腹部CT等)',
  T07: '串换项目: 普通吸氧/普通病房按高流量、无创通气、监护病房收费',
  T08: '重复收费: 吸氧按小时又按日、高流量与普通吸氧同时、套餐与子项同收',
  T09: '超量中药注射剂: 多种活血化瘀注射剂联用、超14天、超日剂量',
  T10: '超限定支付: 限适应证/限级别药品检查用于不符患者(依达拉奉、白蛋白、沙库巴曲等)',
  T11: '虚记费用: 出院后记账、无输注记录的静脉药品',
  T12: '超量开药/倒卖: 胰岛素、吸入剂在县乡多家机构重叠开具',
  T13: '冒名就医: 参保人本人就诊期间另有他人以其身份住院(或年龄与病情不符)',
  T14: '推高至低倍率线之上: 短住院以补记检查/延长床日使总费用刚过0.4倍',
  T15: '诱导住院: 乡镇卫生院组织老年人集体"体检式"住院, 模板化账单',
};
const CNAME = {
  C01: '高龄(≥85岁)重症肺炎真实长住院, 每日有治疗、抗菌药升级',
  C02: '慢阻肺20天后新的急性加重再入院',
  C03: '真实呼吸衰竭: 多次血气 + 无创通气 + 呼吸机管路',
  C04: '心衰调药: 多次BNP、逐日电解质与利尿剂调整',
  C05: '真实糖尿病酮症酸中毒: 每小时血糖、胰岛素静滴、反复血气',
  C06: '短住院后转上级医院(医嘱转院) + 市医院转入住院',
  C07: '冬季流感高峰: 同院同周多名流感肺炎住院',
  C08: '真实下转: 县医院医嘱转乡镇卫生院, 乡镇转入康复/恢复期治疗',
  C09: '真实高血压危象住院: 静脉降压、心电监护',
  C10: '血糖控制差伴多种并发症的真实住院: 胰岛素起始与滴定',
  C11: '急性脑梗死: 适应证内依达拉奉与中药注射剂(≤14天)',
  C12: '脑梗死静脉溶栓(阿替普酶, 二级医院)',
  C13: '慢阻肺慢性呼吸衰竭: 全天持续低流量吸氧 + 血气复查',
  C14: '规范的经鼻高流量氧疗: 低氧血症肺炎, 血气与血氧监测, 不与普通吸氧同时',
  C15: '短住院低费用: 非医嘱离院或死亡',
  C16: '慢病长处方(12周)门诊',
  C17: '同月乡镇取药 + 县医院专科就诊, 药量不重叠',
  C18: '有指征的扩大检查: 肺部阴影查肿瘤标志物/支气管镜, 房颤查甲功',
  C19: '重症肺炎合并脓毒症的县医院真实救治',
  C20: '出院一周内因不同疾病再入院',
  C21: '乡镇卫生院脑梗死后遗症长期康复住院, 每日有康复治疗',
  C22: '夫妻同日因流感肺炎入住乡镇卫生院',
  C23: '心衰早期再入院: 急性肺水肿急诊入院',
  C24: '异地就医: 在成都子女处住院, 与参保地门诊不重叠',
};

// T01 低标准入院
function T01(i) {
  const reg = pick(REGION_W); const lvl2 = chance(0.7); const h = lvl2 ? county(reg) : town(reg);
  const m = member({ region: reg, age: ri(58, 80) });
  const careful = i % 3 === 2; const dmCase = i % 2 === 1;
  const los = ri(5, 8);
  const oral = dmCase ? [['盐酸二甲双胍片', 3], ['阿卡波糖片', 3]] : [['苯磺酸氨氯地平片', 1], ['厄贝沙坦片', 1]];
  const dx = dmCase ? ['E11.900', 'E78.500'] : [pick(['I10.x00x002', 'I10.x03', 'I10.x04']), 'E78.500'];
  const c = inpatient({ mem: m, h, dept: dmCase ? 'endocrinology' : 'cardiology', adm: randDate(), los, dx, route: 'outpatient', dmode: 'ordered',
    fill: thinFill({ oral, dm: dmCase, labs: dmCase ? ['糖化血红蛋白测定', '空腹血糖测定', '血脂(四项)'] : ['血脂(四项)', '空腹血糖测定'],
      extra: (b, ctx) => {
        if (HOSP[h].level >= 2) b.add('颈部血管彩色多普勒超声', 1, 1);
        if (careful) { for (let d = 0; d < 2; d++) { b.add('氯化钠注射液', d, 1); iv(b, d, 1); } b.add('动态血压监测(24小时)', 1, 1); b.add('心脏彩色多普勒超声', 2, 1); }
      } }) });
  label('fraud', 'T01', TNAME.T01, [c], [c], {});
}
// T02 挂床住院
function T02(i) {
  const reg = pick(REGION_W); const h = chance(0.6) ? county(reg) : town(reg);
  const m = member({ region: reg, age: ri(62, 84) });
  const kind = pick(['pneu', 'copd', 'stroke']); const cd = condition(kind);
  const active = ri(5, 7); const idle = ri(5, 9); const los = active + idle;
  const careful = i % 3 === 2;
  const c = inpatient({ mem: m, h, dept: cd.dept, adm: randDate(), los, dx: cd.dx.concat(comorb(1)), route: 'outpatient', dmode: 'ordered',
    fill: (b, ctx) => {
      // an ordinary stay of `active` nights, then idle nights with ward fees (and, careful, a daily oral tablet)
      const inner = { ...ctx, los: active + 1 };
      const save = b.lines.length; cd.fill({ nurse1: 2, abxDays: active - 1, noRecheck: true })(b, inner);
      // drop the inner ward lines beyond (they only cover active+1 nights) — ward for idle nights added below
      for (let d = active + 1; d < los; d++) { b.add('普通病房床位费(三人间)', d, 1); b.add(careful ? 'Ⅱ级护理' : 'Ⅲ级护理', d, 1); b.add('住院诊查费', d, 1); if (careful) b.add(kind === 'stroke' ? '阿司匹林肠溶片' : '盐酸氨溴索片', d, kind === 'stroke' ? 1 : 3); }
      void save;
    } });
  const idleStart = addDays(c.admissionDate, active + 1);
  const mut = lineIdsWhere(c, (l) => l.date >= idleStart && ['普通病房床位费(三人间)', 'Ⅱ级护理', 'Ⅲ级护理', '住院诊查费'].includes(l.name));
  label('fraud', 'T02', TNAME.T02, [c], [c], { [c.claimId]: mut });
}
// T03 分解住院 same hospital
function T03(i) {
  const reg = pick(REGION_W); const h = county(reg);
  const m = member({ region: reg, age: ri(60, 85) });
  const kind = pick(['pneu', 'copd', 'hf', 'copd', 'stroke']); const cd = condition(kind);
  const los1 = ri(6, 9); const adm1 = randDate(10, 300);
  const c1 = inpatient({ mem: m, h, dept: cd.dept, adm: adm1, los: los1, dx: cd.dx.concat(comorb(1)), route: 'outpatient', dmode: 'ordered', fill: cd.fill() });
  const gap = ri(1, 7); const careful = i % 3 === 2;
  const sib = { pneu: ['J15.900', 'J18.000'], copd: ['J44.000', 'J44.100'], hf: ['I11.000', 'I50.000'], stroke: ['I63.906', 'I63.905'] }[kind];
  const dx2 = careful ? [sib.find((x) => x !== cd.dx[0]) || sib[0]] : [cd.dx[0]];
  const c2 = inpatient({ mem: m, h, dept: cd.dept, doc: careful ? undefined : doc(h, deptFor(h, cd.dept), 1), adm: addDays(c1.dischargeDate, gap), los: ri(4, 7), dx: dx2.concat(comorb(1)),
    route: 'outpatient', dmode: 'ordered', fill: cd.fill({ abxDays: 3 }) });
  label('fraud', 'T03', TNAME.T03, [c1, c2], [c2], {});
}
// T04 分解住院 county <-> township
function T04(i) {
  const reg = pick(REGION_W); const hc = county(reg); const ht = town(reg);
  const m = member({ region: reg, age: ri(62, 86), scheme: 'resident' });
  const kind = pick(['pneu', 'copd', 'pneu', 'stroke']); const cd = condition(kind);
  const reverse = i % 4 === 3;
  const [h1, h2] = reverse ? [ht, hc] : [hc, ht];
  const adm1 = randDate(10, 300); const los1 = ri(6, 9);
  const c1 = inpatient({ mem: m, h: h1, dept: cd.dept, adm: adm1, los: los1, dx: cd.dx.concat(comorb(1)), route: 'outpatient', dmode: 'ordered', fill: cd.fill() });
  const gap = ri(0, 3);
  const c2 = inpatient({ mem: m, h: h2, dept: cd.dept, adm: addDays(c1.dischargeDate, gap), los: ri(5, 8), dx: [i % 3 === 2 ? (kind === 'pneu' ? 'J15.900' : cd.dx[0]) : cd.dx[0]].concat(comorb(1)),
    route: 'outpatient', dmode: 'ordered', fill: cd.fill() });
  label('fraud', 'T04', TNAME.T04, [c1, c2], [c2], {});
}
// T05 高套: MCC/CC with nothing behind it
function T05(i) {
  const reg = pick(REGION_W); const h = chance(0.8) ? county(reg) : town(reg); const lvl = HOSP[h].level;
  const m = member({ region: reg, age: ri(60, 85) });
  const v = i % 5; const careful = i >= 10;
  let cd, extraDx;
  if (v === 0) { cd = condition('pneu'); extraDx = 'J96.000'; }
  else if (v === 1) { cd = condition('copd'); extraDx = pick(['J96.000', 'J96.900']); }
  else if (v === 2) { cd = condition('pneu'); extraDx = 'I50.900'; }
  else if (v === 3) { cd = condition('pneu'); extraDx = 'A41.900'; }
  else { cd = condition('stroke'); extraDx = pick(['I50.900', 'J96.000']); }
  const base = cd.dx[0] === 'J44.100' || cd.dx[0] === 'J44.000' ? { noGas: true } : {};
  const c = inpatient({ mem: m, h, dept: cd.dept, adm: randDate(), los: ri(cd.los[0], cd.los[1]), dx: [cd.dx[0], extraDx].concat(comorb(1)), route: 'outpatient', dmode: 'ordered',
    fill: cd.fill({ ...base, extra: (b) => { if (careful && lvl >= 2) { if (extraDx.startsWith('J96')) b.add('血气分析', 0, 1); else if (extraDx === 'I50.900') b.add('呋塞米片', 1, 2); else b.add('血乳酸测定', 0, 1); } } }) });
  label('fraud', 'T05', TNAME.T05, [c], [c], {});
}
// T06 过度检查
function T06(i) {
  const reg = pick(REGION_W); const h = county(reg);
  const m = member({ region: reg, age: ri(55, 82) });
  const kind = pick(['pneu', 'copd', 'hf', 'dm']); const cd = condition(kind);
  const careful = i % 3 === 2;
  const big = ['甲状腺功能(三项)', '肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定', '糖类抗原19-9(CA19-9)测定', '乙肝五项定量', '术前八项(感染筛查)', '动态心电图(24小时)',
    '动态血压监测(24小时)', '头颅CT平扫', '腹部CT平扫', '甲状腺彩超', '骨密度测定(双能X线)', '冠状动脉CTA', '下肢血管彩色多普勒超声', '腹部B超', '泌尿系B超'];
  const small = ['甲状腺功能(三项)', '肿瘤标志物(CEA)测定', '乙肝五项定量', '腹部B超'];
  const tests = careful ? small : big.filter(() => chance(0.8));
  const c = inpatient({ mem: m, h, dept: cd.dept, adm: randDate(), los: ri(cd.los[0], cd.los[1]), dx: cd.dx.concat(comorb(1)), route: 'outpatient', dmode: 'ordered',
    fill: cd.fill({ extra: (b, ctx) => {
      b._mut = [];
      tests.forEach((t, k) => { if (b.has(t)) return; b._mut.push(b.add(t, 1 + (k % 2), 1)); });
      if (!careful) for (let d = 1; d < ctx.los - 1; d++) { if (d !== 3) { b._mut.push(b.add('血常规(五分类)', d, 1)); b._mut.push(b.add('C反应蛋白测定', d, 1)); } }
    } }) });
  label('fraud', 'T06', TNAME.T06, [c], [c], { [c.claimId]: c._b._mut.filter(Boolean) });
}
// T07 串换: ordinary oxygen/ward billed as HFNC / NIV / monitored bed
function T07(i) {
  const reg = pick(REGION_W); const h = county(reg);
  const m = member({ region: reg, age: ri(60, 84) });
  const v = i % 3;
  const cd = condition(v === 1 ? 'copd' : 'pneu');
  const mutNames = v === 0 ? ['经鼻高流量湿化氧疗'] : v === 1 ? ['无创呼吸机辅助通气'] : ['监护病房床位费'];
  const los = ri(6, 9);
  const c = inpatient({ mem: m, h, dept: cd.dept, adm: randDate(), los, dx: cd.dx.concat(comorb(1)), route: 'outpatient', dmode: 'ordered',
    fill: (b, ctx) => {
      if (v === 2) {
        // ordinary ward care billed at the monitored-bed rate, no monitoring at all
        cd.fill({ oxDays: 2, icuDays: ri(4, los) })(b, ctx);
      } else {
        cd.fill({ oxDays: 0, noGas: true })(b, ctx);
        const days = ri(3, 5);
        for (let d = 0; d < days; d++) b.add(mutNames[0], d, v === 0 ? 20 : 12);
        b.add('一次性使用吸氧管', 0, 1);
      }
    } });
  label('fraud', 'T07', TNAME.T07, [c], [c], { [c.claimId]: lineIdsWhere(c, (l) => mutNames.includes(l.name)) });
}
// T08 重复收费
function T08(i) {
  const reg = pick(REGION_W); const h = chance(0.7) ? county(reg) : town(reg); const lvl = HOSP[h].level;
  const m = member({ region: reg, age: ri(60, 85) });
  const v = i % 4; const cd = condition(v === 3 ? 'hf' : pick(['pneu', 'copd']));
  const c = inpatient({ mem: m, h, dept: cd.dept, adm: randDate(), los: ri(6, 9), dx: cd.dx.concat(comorb(1)), route: 'outpatient', dmode: 'ordered',
    fill: (b, ctx) => {
      b._mut = [];
      if (v === 0) { // oxygen by the hour and by the day
        cd.fill({ oxDays: 0 })(b, ctx);
        const days = Math.min(ctx.los - 1, ri(4, 6));
        for (let d = 0; d < days; d++) { oxygen(b, d, i >= 8 ? 12 : 24); b._mut.push(b.add('吸氧', d, 1)); }
      } else if (v === 1 && lvl >= 2) { // HFNC and ordinary oxygen over the same hours
        cd.fill({ oxDays: 0 })(b, ctx);
        if (!b.has('血气分析')) b.add('血气分析', 0, 1);
        for (let d = 0; d < 4; d++) { b.add('经鼻高流量湿化氧疗', d, 20); b._mut.push(b.add('吸氧', d, 12)); }
        b.add('一次性使用吸氧管', 0, 1);
      } else if (v === 1) { // township: first-group infusion fee twice a day
        cd.fill({})(b, ctx);
        for (let d = 0; d < 5; d++) b._mut.push(b.add('静脉输液(第一组)', d, 1));
      } else if (v === 2) { // panel and its components on the same day
        cd.fill({})(b, ctx);
        for (const d of [0, 3]) { b._mut.push(b.add('血红蛋白测定', d, 1)); }
        for (const n of ['丙氨酸氨基转移酶测定', '天门冬氨酸氨基转移酶测定', '总胆红素测定', '肌酐测定', '尿素测定']) b._mut.push(b.add(n, 0, 1));
      } else { // HF: ECG + SpO2 monitoring hours billed beside 特级护理 (which includes them)
        cd.fill({})(b, ctx);
        for (let d = 0; d < 3; d++) { b.add('特级护理', d, 1, { force: true }); b._mut.push(b.add('血氧饱和度监测', d, 24)); }
        for (const l of b.lines) if (l.name === 'Ⅰ级护理' && ['0', '1', '2'].includes(String((D(l.date) - D(b.start)) / 86400000))) l._drop = true;
        b.lines = b.lines.filter((l) => !l._drop); b.lines.forEach((l, k) => { l.lineId = String(k + 1); });
        b._mut = [];
        for (const l of b.lines) if (['血氧饱和度监测', '心电监测'].includes(l.name) && (D(l.date) - D(b.start)) / 86400000 < 3) b._mut.push(l.lineId);
      }
    } });
  label('fraud', 'T08', TNAME.T08, [c], [c], { [c.claimId]: c._b._mut.filter(Boolean) });
}
// T09 超量中药注射剂
function T09(i) {
  const reg = pick(REGION_W); const h = county(reg);
  const m = member({ region: reg, age: ri(58, 84) });
  const v = i % 3;
  const c = inpatient({ mem: m, h, dept: 'neurology', adm: randDate(), los: v === 1 ? ri(18, 22) : ri(10, 13), dx: [pick(STROKE)].concat(comorb(2)), route: 'outpatient', dmode: 'ordered',
    fill: (b, ctx) => {
      b._mut = [];
      if (v === 0) { // three 活血化瘀 injections together
        strokeFill({ tcmDays: 10 })(b, ctx);
        for (let d = 0; d < 10; d++) { b._mut.push(b.add('疏血通注射液', d, 6)); b._mut.push(b.add('银杏叶提取物注射液', d, 2)); b.add('氯化钠注射液', d, 2); b.add('静脉输液(每增加一组)', d, 2); }
      } else if (v === 1) { // TCM injection beyond 14 days
        strokeFill({ tcmDays: 1 })(b, ctx); b.lines = b.lines.filter((l) => l.name !== '血栓通注射液'); b.lines.forEach((l, k) => { l.lineId = String(k + 1); });
        for (let d = 0; d < ctx.los - 1; d++) { const id = b.add('血栓通注射液', d, 2); if (d >= 14) b._mut.push(id); }
      } else { // 2-3x the daily dose
        strokeFill({ noTcm: true })(b, ctx);
        for (let d = 0; d < 10; d++) b._mut.push(b.add(pick(['疏血通注射液']), d, i >= 9 ? 10 : 14));
      }
    } });
  label('fraud', 'T09', TNAME.T09, [c], [c], { [c.claimId]: c._b._mut.filter(Boolean) });
}
// T10 超限定支付
function T10(i) {
  const reg = pick(REGION_W); const v = i % 5;
  const h = v === 3 ? town(reg) : county(reg);
  const m = member({ region: reg, age: ri(58, 85) });
  let dx, fill, dept, mutName;
  if (v === 0) { // 依达拉奉 for TIA / vertigo
    dept = 'neurology'; dx = [pick(['G45.900', 'R42.x00x004', 'I67.200']), 'I10.x00x002']; mutName = ['依达拉奉注射液'];
    fill = thinFill({ oral: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1]], nurse: 'Ⅱ级护理', extra: (b, ctx) => { b.add('头颅CT平扫', 0, 1); for (let d = 0; d < Math.min(10, ctx.los - 1); d++) { b.add('依达拉奉注射液', d, 2); b.add('氯化钠注射液', d, 1); iv(b, d, 1); } } });
  } else if (v === 1) { // 人血白蛋白 for pneumonia without its indications
    dept = 'respiratory'; dx = [pick(PNEU)].concat(comorb(1)); mutName = ['人血白蛋白'];
    fill = pneumoniaFill({ extra: (b) => { for (let d = 1; d < 4; d++) b.add('人血白蛋白', d, i >= 10 ? 1 : 2); } });
  } else if (v === 2) { // 沙库巴曲缬沙坦 / 氯吡格雷 for hypertension without HF / vascular disease
    dept = 'cardiology'; dx = [pick(['I10.x05', 'I10.x04']), 'E78.500']; mutName = ['沙库巴曲缬沙坦钠片', '硫酸氢氯吡格雷片'];
    fill = thinFill({ oral: [['沙库巴曲缬沙坦钠片', 2], ['硫酸氢氯吡格雷片', 1], ['苯磺酸氨氯地平片', 1]], nurse: 'Ⅱ级护理', extra: (b) => { b.add('心脏彩色多普勒超声', 1, 1); b.add('颈部血管彩色多普勒超声', 1, 1); } });
  } else if (v === 3) { // township billing level-2 items (PCT, cefoperazone-sulbactam)
    dept = 'internal_medicine'; dx = [pick(PNEU)].concat(comorb(1)); mutName = ['降钙素原测定', '注射用头孢哌酮钠舒巴坦钠'];
    fill = (b, ctx) => {
      pneumoniaFill({ abx: { n: '注射用头孢哌酮钠舒巴坦钠', q: 0, fl: 1 } })(b, ctx);
      b.lines = b.lines.filter((l) => l.name !== '注射用头孢哌酮钠舒巴坦钠'); b.lines.forEach((l, k) => { l.lineId = String(k + 1); });
      b.add('降钙素原测定', 0, 1, { force: true });
      for (let d = 0; d < Math.min(7, ctx.los - 1); d++) b.add('注射用头孢哌酮钠舒巴坦钠', d, 2, { force: true });
    };
  } else { // 奥拉西坦 / 胞磷胆碱 for hypertension with dizziness
    dept = 'neurology'; dx = [pick(['I10.x00x002', 'R42.x00x004']), 'E78.500']; mutName = ['奥拉西坦注射液', '胞磷胆碱钠注射液'];
    fill = thinFill({ oral: [['苯磺酸氨氯地平片', 1]], nurse: 'Ⅱ级护理', extra: (b, ctx) => { b.add('头颅CT平扫', 0, 1); for (let d = 0; d < Math.min(8, ctx.los - 1); d++) { b.add(i >= 10 ? '胞磷胆碱钠注射液' : '奥拉西坦注射液', d, 2); b.add('氯化钠注射液', d, 1); iv(b, d, 1); } } });
  }
  const c = inpatient({ mem: m, h, dept, adm: randDate(), los: ri(7, 10), dx, route: 'outpatient', dmode: 'ordered', fill });
  label('fraud', 'T10', TNAME.T10, [c], [c], { [c.claimId]: lineIdsWhere(c, (l) => mutName.includes(l.name)) });
}
// T11 虚记
function T11(i) {
  const reg = pick(REGION_W); const h = chance(0.7) ? county(reg) : town(reg);
  const m = member({ region: reg, age: ri(60, 85) });
  const kind = pick(['pneu', 'copd']); const cd = condition(kind); const v = i % 2;
  const los = ri(6, 9);
  const c = inpatient({ mem: m, h, dept: cd.dept, adm: randDate(), los, dx: cd.dx.concat(comorb(1)), route: 'outpatient', dmode: 'ordered',
    fill: (b, ctx) => {
      b._mut = [];
      if (v === 0) { // lines after discharge
        const a = antibioticPlan(ctx.level); cd.fill({ abx: a })(b, ctx);
        const extra = ri(1, 3);
        for (let d = los; d < los + extra; d++) { b._mut.push(b.add('普通病房床位费(三人间)', d, 1)); b._mut.push(b.add('Ⅱ级护理', d, 1)); b._mut.push(b.add(a.n, d, a.q)); if (i < 10) b._mut.push(b.add('吸氧', d, 12)); }
      } else { // IV antibiotic billed on days with no infusion at all (drug never given)
        const a = antibioticPlan(ctx.level); const give = ri(3, 4);
        cd.fill({ abx: a, abxDays: give })(b, ctx);
        for (let d = give; d < los - 1; d++) b._mut.push(b.add(a.n, d, a.q));
      }
    } });
  label('fraud', 'T11', TNAME.T11, [c], [c], { [c.claimId]: c._b._mut.filter(Boolean) });
}
// T12 超量开药 across institutions
function T12(i) {
  const reg = pick(REGION_W); const hc = county(reg); const ht = town(reg); const ht2 = pick(REGIONS[reg].town);
  const dmCase = i % 2 === 0;
  const m = member({ region: reg, age: ri(50, 78) });
  const start = ri(20, 260); const claims = []; const mut = {};
  const visits = i >= 10 ? 3 : 4;
  const plan = dmCase ? [['甘精胰岛素注射液', i >= 10 ? 3 : 5], ['门冬胰岛素注射液', i >= 10 ? 3 : 4], ['血糖试纸', 100]] : [['布地奈德福莫特罗吸入粉雾剂', i >= 10 ? 2 : 3], ['噻托溴铵粉吸入剂', i >= 10 ? 2 : 3]];
  const dx = dmCase ? ['E11.900'] : ['J44.900'];
  for (let k = 0; k < visits; k++) {
    const h = [hc, ht, k % 2 ? ht2 : hc, ht][k];
    const c = outpatient({ mem: m, h, dept: dmCase ? 'endocrinology' : 'respiratory', date: dayOfYear(start + k * ri(8, 12)), dx,
      fill: (b) => { for (const [n, q] of plan) b.add(n, 0, n === '血糖试纸' ? q : q); } });
    claims.push(c); if (k > 0) mut[c.claimId] = lineIdsWhere(c, (l) => plan.some(([n]) => n === l.name));
  }
  label('fraud', 'T12', TNAME.T12, claims, claims.slice(1), mut);
}
// T13 冒名就医
function T13(i) {
  const reg = pick(REGION_W); const otherRegs = REGION_KEYS.filter((r) => r !== reg && REGIONS[r].prov === REGIONS[reg].prov);
  const v = i % 3;
  const claims = [];
  if (v === 2) { // a young member's id on an old man's COPD + cor pulmonale stay
    const m = member({ region: reg, age: ri(19, 27), scheme: 'resident' });
    const h = county(reg);
    const c = inpatient({ mem: m, h, dept: 'respiratory', adm: randDate(), los: ri(8, 11), dx: ['J44.100', 'I27.900', 'I10.x00x002'], route: 'outpatient', dmode: 'ordered', fill: copdFill() });
    label('fraud', 'T13', TNAME.T13, [c], [c], {});
    return;
  }
  // genuine member: working-age employee with outpatient visits at her own hospital; an impostor is admitted in another county
  const m = member({ region: reg, age: ri(38, 55), scheme: 'employee' });
  const adm = randDate(20, 300); const los = ri(7, 10);
  const hImp = otherRegs.length && chance(0.5) ? county(pick(otherRegs)) : REGIONS[reg].county[REGIONS[reg].county.length - 1];
  const hOwn = town(reg);
  const pre = outpatient({ mem: m, h: hOwn, dept: 'internal_medicine', date: addDays(adm, -ri(20, 40)), dx: ['J06.900'], fill: (b) => { b.add('对乙酰氨基酚片', 0, 6); b.add('阿莫西林胶囊', 0, 24); } });
  const mid = outpatient({ mem: m, h: hOwn, dept: 'internal_medicine', date: addDays(adm, ri(2, los - 2)), dx: ['J06.900'], fill: (b) => { b.add('氯雷他定片', 0, 6); b.add('复方甘草片', 0, 27); } });
  const cd = condition(pick(['pneu', 'copd']));
  const c = inpatient({ mem: m, h: hImp, dept: cd.dept, adm, los, dx: cd.dx.concat(['I10.x00x002']), route: 'outpatient', dmode: 'ordered', fill: cd.fill() });
  claims.push(pre, mid, c);
  label('fraud', 'T13', TNAME.T13, claims, [c], {});
}
// T14 pushed just past the low-rate threshold (0.4x the group's norm cost)
function T14(i) {
  const reg = pick(['511300', '510700', '220200', '230600', '511300']); const h = county(reg);
  const m = member({ region: reg, age: ri(55, 80) });
  const kind = pick(['pneu', 'htn', 'pneu', 'dm']);
  const los = ri(2, 3);
  const target = 0.41 + (i % 5) * 0.015;
  let dept, dx;
  if (kind === 'pneu') { dept = 'respiratory'; dx = ['J18.900', 'I10.x00x002']; }
  else if (kind === 'htn') { dept = 'cardiology'; dx = ['I10.x05', 'E78.500']; }
  else { dept = 'endocrinology'; dx = ['E11.900', 'I10.x00x002']; }
  const fill = (b, ctx) => {
    ward(b, ctx.los);
    for (const n of ['血常规(五分类)', '尿常规', '肾功能(三项)', '电解质(四项)', '常规心电图检查']) b.add(n, 0, 1);
    if (kind === 'pneu') { b.add('胸部X线摄影(正侧位)', 0, 1); b.add('C反应蛋白测定', 0, 1); for (let d = 0; d < ctx.los - 1; d++) abxDay(b, d, { n: '注射用头孢曲松钠', q: 2, fl: 1 }); dischargeMeds(b, ctx.los - 1, [['头孢呋辛酯片', 10]]); }
    else if (kind === 'htn') { for (let d = 0; d < ctx.los; d++) { b.add('苯磺酸氨氯地平片', d, 1); b.add('无创血压监测', d, 4); } }
    else { for (let d = 0; d < ctx.los; d++) { b.add('血糖监测(快速)', d, 4); b.add('血糖试纸', d, 4); b.add('盐酸二甲双胍片', d, 3); } }
  };
  const FILL = ['肝功能(全套)', '血脂(四项)', '心肌酶谱', '凝血四项', 'D-二聚体测定', '甲状腺功能(三项)', '动态心电图(24小时)', '胸部CT平扫', '腹部CT平扫', '颈部血管彩色多普勒超声',
    '心脏彩色多普勒超声', '下肢血管彩色多普勒超声', '腹部B超', '泌尿系B超', '头颅CT平扫', '肺功能检查', '动态血压监测(24小时)', '空腹血糖测定', 'C反应蛋白测定', '尿常规'];
  const c = inpatient({ mem: m, h, dept, adm: randDate(), los, dx, route: 'outpatient', dmode: 'ordered', fill,
    pad: (b, normCost) => {
      b._mut = []; const want = Math.round(normCost * target * 100);
      let tot = b.lines.reduce((s, l) => s + l._fen, 0);
      const cands = FILL.filter((n) => !b.has(n)).map((n) => [n, Math.round(ROW[n].priceCap[String(b.level)] * 100)]).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
      const used = new Set();
      for (const [n, p] of cands) { if (tot >= want) break; if (tot + p <= want * 1.06) { const id = b.add(n, los - 1 - (b._mut.length % 2), 1); b._mut.push(id); tot += p; used.add(n); } }
      if (tot < want) for (const [n, p] of cands.slice().reverse()) { if (used.has(n)) continue; b._mut.push(b.add(n, los - 1, 1)); tot += p; break; }
    } });
  label('fraud', 'T14', TNAME.T14, [c], [c], { [c.claimId]: c._b._mut || [] });
}
// T15 诱导住院: township group admissions with template bills
function T15(i) {
  const reg = pick(REGION_W); const h = town(reg); const careful = i % 3 === 2;
  const d0 = doc(h, 'internal_medicine', 1);
  const adm = randDate(60, 300); const n = ri(3, 5); const claims = [];
  const dxT = [pick(['I10.x00x002', 'I67.200', 'E11.900']), 'E78.500'];
  for (let k = 0; k < n; k++) {
    const m = member({ region: reg, age: ri(66, 82), scheme: 'resident' });
    const a = careful ? addDays(adm, ri(0, 2)) : adm;
    const c = inpatient({ mem: m, h, dept: 'internal_medicine', doc: careful ? doc(h, 'internal_medicine', ri(1, 2)) : d0, adm: a, los: careful ? ri(6, 8) : 7, dx: careful ? [pick(['I10.x00x002', 'I67.200', 'E11.900']), 'E78.500'] : dxT,
      route: 'outpatient', dmode: 'ordered',
      fill: (b, ctx) => {
        ward(b, ctx.los, { nurse: 'Ⅲ级护理' });
        basicLabs(b, 0, 1, ['血脂(四项)', '空腹血糖测定']); b.add('胸部X线摄影(正侧位)', 0, 1); b.add('腹部B超', 1, 1); b.add('颈部血管彩色多普勒超声', 1, 1);
        for (let d = 0; d < ctx.los - 1; d++) { b.add('葡萄糖氯化钠注射液', d, 1); iv(b, d, 1); b.add('普通针刺', d, 1); b.add('阿司匹林肠溶片', d, 1); b.add('复合维生素B片', d, 3); }
        for (let d = 0; d < 3; d++) b.add('穴位贴敷治疗', d, careful ? ri(2, 4) : 4);
      } });
    claims.push(c);
  }
  label('fraud', 'T15', TNAME.T15, claims, claims, {});
}

// =====================================================================================
// CONTROLS
// =====================================================================================
function C01() { // frail 85+ long pneumonia
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(85, 94) });
  const los = ri(17, 24);
  const c = inpatient({ mem: m, h, dept: 'respiratory', adm: winterDate(), los, dx: [pick(['J18.900', 'J15.900', 'J69.000']), 'I10.x00x002', 'I25.100', 'E87.100'], route: 'emergency', dmode: 'ordered',
    fill: (b, ctx) => {
      ward(b, los, { nurse1: los - 3 });
      basicLabs(b, 0, 2, ['C反应蛋白测定', '降钙素原测定', '细菌培养及药敏', 'B型钠尿肽(BNP)测定']); b.add('胸部CT平扫', 0, 1);
      const a1 = { n: '注射用头孢呋辛钠', q: 3, fl: 2 }; const a2 = { n: '注射用哌拉西林钠他唑巴坦钠', q: 3, fl: 3 };
      for (let d = 0; d < los - 2; d++) { abxDay(b, d, d < 5 ? a1 : a2, 1); b.add('盐酸氨溴索注射液', d, 2, {}); if (d >= 13) b.lines.pop(); }
      for (let d = 0; d < los - 1; d++) { oxygen(b, d, d < 8 ? 16 : 8); b.add('血氧饱和度监测', d, 12); b.add('雾化吸入', d, 2); if (d < 14) b.add('吸入用布地奈德混悬液', d, 2); b.add('吸入用异丙托溴铵溶液', d, 2); }
      b.add('一次性使用雾化器', 0, 1); b.add('一次性使用雾化器', 8, 1);
      for (let d = 3; d < los; d += 3) { b.add('血常规(五分类)', d, 1); b.add('C反应蛋白测定', d, 1); b.add('电解质(四项)', d, 1); }
      b.add('细菌培养及药敏', 5, 1); b.add('胸部CT平扫', 10, 1); b.add('降钙素原测定', 5, 1);
      b.add('鼻饲管置管', 2, 1); b.add('一次性使用胃管', 2, 1);
    } });
  label('control', 'C01', CNAME.C01, [c]);
}
function C02() { // COPD readmission after ~20 days, new exacerbation
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(65, 85) });
  const c1 = inpatient({ mem: m, h, dept: 'respiratory', adm: winterDate(), los: ri(8, 11), dx: ['J44.100', 'I10.x00x002'], route: 'outpatient', dmode: 'ordered', fill: copdFill() });
  const c2 = inpatient({ mem: m, h, dept: 'respiratory', adm: addDays(c1.dischargeDate, ri(18, 30)), los: ri(8, 11), dx: ['J44.000', 'I10.x00x002'], route: 'emergency', dmode: 'ordered', fill: copdFill({ abx: { n: '注射用哌拉西林钠他唑巴坦钠', q: 3, fl: 3 } }) });
  label('control', 'C02', CNAME.C02, [c1, c2]);
}
function C03() { // real respiratory failure with blood gas + NIV
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(65, 88) });
  const copd = chance(0.6);
  const c = inpatient({ mem: m, h, dept: 'respiratory', adm: winterDate(), los: ri(9, 13), dx: [copd ? 'J44.100' : 'J18.900', 'J96.000', 'I10.x00x002'], route: 'emergency', dmode: 'ordered',
    procs: [{ code: '93.9000x002', day: 0 }],
    fill: (b, ctx) => {
      (copd ? copdFill({ oxDays: 0, icuDays: 3, nurse1: 5 }) : pneumoniaFill({ oxDays: 0, icuDays: 3, nurse1: 5 }))(b, ctx);
      const nivDays = ri(3, 5);
      for (let d = 0; d < nivDays; d++) b.add('无创呼吸机辅助通气', d, ri(10, 16));
      b.add('一次性呼吸机管路', 0, 1);
      for (const d of [0, 1, 3]) b.add('血气分析', d, d === 0 ? 2 : 1);
      for (let d = nivDays; d < ctx.los - 1; d++) oxygen(b, d, 12);
      for (let d = 0; d < 3; d++) { b.add('心电监测', d, 24); b.add('心电电极片', d, 5); }
    } });
  label('control', 'C03', CNAME.C03, [c]);
}
function C04() { // HF titration with many BNPs
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(66, 88) });
  const los = ri(10, 13);
  const c = inpatient({ mem: m, h, dept: 'cardiology', adm: randDate(), los, dx: [pick(['I50.900', 'I50.907', 'I50.900x018']), 'I10.x00x002', 'I48.000', 'N18.300'], route: 'emergency', dmode: 'ordered',
    fill: hfFill({ ivDays: 7, furoQ: (d) => [4, 4, 3, 3, 2, 2, 2][d] || 2, extra: (b, ctx) => {
      for (const d of [2, 4, 6, 8]) if (d < ctx.los - 1 && d !== ctx.los - 2) b.add('B型钠尿肽(BNP)测定', d, 1);
      for (let d = 1; d < 8; d++) if (d !== 2) b.add('电解质(四项)', d, 1);
      for (const d of [3, 6]) b.add('肾功能(三项)', d, 1);
      for (let d = 0; d < 7; d++) b.add('氯化钾注射液', d, 2);
    } }) });
  label('control', 'C04', CNAME.C04, [c]);
}
function C05() { // real DKA
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(30, 72) });
  const los = ri(7, 10);
  const c = inpatient({ mem: m, h, dept: 'endocrinology', adm: randDate(), los, dx: ['E11.101', 'E87.600', 'E86.x00'], route: 'emergency', dmode: 'ordered',
    fill: (b, ctx) => {
      ward(b, los, { icuDays: 2, nurse1: 4 });
      basicLabs(b, 0, 2, ['糖化血红蛋白测定', '血脂(四项)', 'C反应蛋白测定']);
      for (let d = 0; d < 2; d++) { b.add('血糖监测(快速)', d, 8); b.add('血糖试纸', d, 8); b.add('电解质(四项)', d, d ? 2 : 1); b.add('血气分析', d, d ? 2 : 3); b.add('尿常规', d, d ? 2 : 1); b.add('心电监测', d, 24); b.add('心电电极片', d, 5); }
      b.add('血乳酸测定', 0, 2);
      b.add('生物合成人胰岛素注射液', 0, 2); b.add('生物合成人胰岛素注射液', 1, 1);
      for (let d = 0; d < 3; d++) { b.add('氯化钠注射液', d, [6, 4, 2][d]); b.add('氯化钾注射液', d, [6, 4, 3][d]); iv(b, d, [5, 4, 2][d], { precise: d < 2 }); }
      for (let d = 2; d < los; d++) { b.add('血糖监测(快速)', d, 7); b.add('血糖试纸', d, 7); if (d < los - 1) b.add('皮下注射', d, 4); }
      b.add('电解质(四项)', 3, 1); b.add('门冬胰岛素注射液', 2, 1); b.add('甘精胰岛素注射液', 2, 1);
    } });
  label('control', 'C05', CNAME.C05, [c]);
}
function C06() { // short stay, transfer to the city hospital
  const reg = pick(REGION_W); const hc = county(reg); const hcity = REGIONS[reg].city; const m = member({ region: reg, age: ri(55, 82) });
  const v = pick(['stroke', 'resp', 'hf']); const adm = randDate();
  let c1, c2;
  if (v === 'stroke') {
    c1 = inpatient({ mem: m, h: hc, dept: 'neurology', adm, los: 1, dx: ['I63.900', 'I10.x00x002'], route: 'emergency', dmode: 'transfer',
      fill: (b) => { ward(b, 1, { nurse1: 1 }); basicLabs(b, 0, 2, ['血脂(四项)', 'D-二聚体测定']); b.add('头颅CT平扫', 0, 1); b.add('阿司匹林肠溶片', 0, 1); b.add('心电监测', 0, 12); } });
    c2 = inpatient({ mem: m, h: hcity, dept: 'neurology', adm: c1.dischargeDate, los: ri(10, 14), dx: ['I63.300', 'I10.x00x002'], route: 'transfer', from: hc, dmode: 'ordered', fill: strokeFill({ icuDays: 2 }) });
  } else if (v === 'resp') {
    c1 = inpatient({ mem: m, h: hc, dept: 'respiratory', adm, los: ri(1, 2), dx: ['J44.100', 'J96.000'], route: 'emergency', dmode: 'transfer',
      fill: (b, ctx) => { ward(b, ctx.los, { icuDays: ctx.los, nurse1: ctx.los }); basicLabs(b, 0, 2, ['C反应蛋白测定']); b.add('血气分析', 0, 2); b.add('胸部CT平扫', 0, 1); abxDay(b, 0, { n: '注射用头孢他啶', q: 3, fl: 2 }, 1); b.add('无创呼吸机辅助通气', 0, 14); b.add('一次性呼吸机管路', 0, 1); b.add('心电监测', 0, 24); } });
    c2 = inpatient({ mem: m, h: hcity, dept: 'respiratory', adm: c1.dischargeDate, los: ri(10, 14), dx: ['J44.100', 'J96.000', 'I27.900'], route: 'transfer', from: hc, dmode: 'ordered', procs: [{ code: '96.7101', day: 0 }],
      fill: (b, ctx) => { copdFill({ icuDays: 5, nurse1: 7, oxDays: 0 })(b, ctx); for (let d = 0; d < 4; d++) b.add('有创呼吸机辅助呼吸', d, 24); b.add('一次性气管插管', 0, 1); b.add('一次性呼吸机管路', 0, 1); for (const d of [0, 1, 2, 4]) b.add('血气分析', d, 1); } });
  } else {
    c1 = inpatient({ mem: m, h: hc, dept: 'cardiology', adm, los: 2, dx: ['I50.907', 'I48.000'], route: 'emergency', dmode: 'transfer',
      fill: (b) => { ward(b, 2, { icuDays: 2, nurse1: 2 }); basicLabs(b, 0, 2, ['B型钠尿肽(BNP)测定', '肌钙蛋白I测定']); b.add('胸部X线摄影(正侧位)', 0, 1); b.add('呋塞米注射液', 0, 4); b.add('静脉注射', 0, 2); b.add('心电监测', 0, 24); b.add('心电监测', 1, 24); b.add('心电电极片', 0, 5); } });
    c2 = inpatient({ mem: m, h: hcity, dept: 'cardiology', adm: c1.dischargeDate, los: ri(8, 12), dx: ['I50.907', 'I48.000', 'I25.100'], route: 'transfer', from: hc, dmode: 'ordered', fill: hfFill({ icuDays: 2 }) });
  }
  label('control', 'C06', CNAME.C06, [c1, c2]);
}
function C07() { // winter influenza surge: 3 admissions in one week, same county hospital
  const reg = pick(REGION_W); const h = county(reg); const base = dayOfYear(ri(8, 40)); const claims = [];
  for (let k = 0; k < 3; k++) {
    const m = member({ region: reg, age: ri(45, 90) });
    claims.push(inpatient({ mem: m, h, dept: 'respiratory', adm: addDays(base, ri(0, 5)), los: ri(5, 9), dx: [pick(['J10.000', 'J10.100', 'J10.000x001'])].concat(chance(0.5) ? ['J18.900'] : []).concat(comorb(1)),
      route: pick(['emergency', 'outpatient']), dmode: 'ordered',
      fill: pneumoniaFill({ extra: (b) => { for (let d = 0; d < 5; d++) b.add('磷酸奥司他韦胶囊', d, 2); } }) }));
  }
  label('control', 'C07', CNAME.C07, claims);
}
function C08() { // real 下转 county -> township
  const reg = pick(REGION_W); const hc = county(reg); const ht = town(reg); const m = member({ region: reg, age: ri(66, 88), scheme: 'resident' });
  const kind = pick(['pneu', 'copd', 'stroke']); const cd = condition(kind);
  const c1 = inpatient({ mem: m, h: hc, dept: cd.dept, adm: randDate(), los: ri(cd.los[0], cd.los[1]), dx: cd.dx.concat(comorb(1)), route: 'emergency', dmode: 'community', fill: cd.fill() });
  const dx2 = kind === 'stroke' ? ['I69.300', 'I10.x00x002'] : [cd.dx[0], 'I10.x00x002'];
  const c2 = inpatient({ mem: m, h: ht, dept: 'internal_medicine', adm: c1.dischargeDate, los: ri(7, 12), dx: dx2, route: 'transfer', from: hc, dmode: 'ordered',
    fill: (b, ctx) => {
      ward(b, ctx.los);
      b.add('血常规(五分类)', 0, 1); b.add('电解质(四项)', 0, 1);
      for (let d = 0; d < ctx.los - 1; d++) {
        if (kind === 'stroke') { b.add('阿司匹林肠溶片', d, 1); b.add('阿托伐他汀钙片', d, 1); b.add('运动疗法', d, 1); b.add('普通针刺', d, 1); }
        else { b.add('盐酸氨溴索片', d, 3); b.add('雾化吸入', d, 2); b.add('吸入用异丙托溴铵溶液', d, 2); if (d < 4) b.add(pick(['头孢呋辛酯片', '阿莫西林克拉维酸钾片']), d, 2); if (d < 5) oxygen(b, d, 6); }
      }
      b.add('一次性使用雾化器', 0, kind === 'stroke' ? 0 : 1);
      if (ctx.los >= 7) b.add('血常规(五分类)', ctx.los - 2, 1);
    } });
  label('control', 'C08', CNAME.C08, [c1, c2]);
}
function C09() { // real hypertensive crisis
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(45, 80) });
  const c = inpatient({ mem: m, h, dept: 'cardiology', adm: randDate(), los: ri(4, 6), dx: [pick(['I10.x06', 'I10.x10', 'I67.400']), 'E78.500'], route: 'emergency', dmode: 'ordered', fill: htnCrisisFill() });
  label('control', 'C09', CNAME.C09, [c]);
}
function C10() { // poorly controlled diabetic with complications
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(45, 80) });
  const c = inpatient({ mem: m, h, dept: 'endocrinology', adm: randDate(), los: ri(9, 13), dx: [pick(['E11.201+N08.3*', 'E11.400', 'E11.501+I79.2*']), pick(['N18.300', 'E11.500']), 'I10.x00x002', 'E78.500'], route: 'outpatient', dmode: 'ordered',
    fill: dmFill({ extra: (b, ctx) => { b.add('糖化血红蛋白测定', 0, 0); for (let d = 0; d < ctx.los - 1; d++) { b.add('达格列净片', d, 1); b.add('阿托伐他汀钙片', d, 1); } b.add('门冬胰岛素注射液', 5, 1); b.add('尿常规', 4, 1); } }) });
  label('control', 'C10', CNAME.C10, [c]);
}
function C11() { // acute stroke with indicated edaravone + TCM injection within 14 days
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(55, 85) });
  const c = inpatient({ mem: m, h, dept: 'neurology', adm: randDate(), los: ri(12, 15), dx: [pick(['I63.300', 'I63.906', 'I63.905']), 'I10.x00x002', 'E11.900'], route: 'emergency', dmode: 'ordered',
    fill: strokeFill({ tcmDays: 14, extra: (b, ctx) => { for (let d = 0; d < Math.min(10, ctx.los - 1); d++) b.add('胞磷胆碱钠注射液', d, 2); for (let d = 3; d < ctx.los - 1; d++) b.add('吞咽功能障碍训练', d, 1); } }) });
  label('control', 'C11', CNAME.C11, [c]);
}
function C12() { // thrombolysis at a level-2 hospital
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(50, 80) });
  const c = inpatient({ mem: m, h, dept: 'neurology', adm: randDate(), los: ri(10, 14), dx: [pick(['I63.300', 'I63.400', 'I63.900']), 'I10.x00x002'], route: 'emergency', dmode: 'ordered',
    procs: [{ code: '99.1000', day: 0 }],
    fill: strokeFill({ icuDays: 2, extra: (b) => { b.add('注射用阿替普酶', 0, ri(2, 3)); b.add('头颅CT平扫', 1, 1); b.add('无创血压监测', 0, 24); b.add('无创血压监测', 1, 12); b.add('心电监测', 0, 24); b.add('心电监测', 1, 24); b.add('心电电极片', 0, 5); } }) });
  label('control', 'C12', CNAME.C12, [c]);
}
function C13() { // COPD with chronic respiratory failure: 24-h oxygen
  const reg = pick(REGION_W); const h = chance(0.7) ? county(reg) : town(reg); const lvl = HOSP[h].level; const m = member({ region: reg, age: ri(68, 88) });
  const c = inpatient({ mem: m, h, dept: 'respiratory', adm: winterDate(), los: ri(9, 13), dx: ['J44.100', 'J96.100', 'I27.900'], route: 'outpatient', dmode: 'ordered',
    fill: copdFill({ oxDays: 0, extra: (b, ctx) => { for (let d = 0; d < ctx.los; d++) oxygen(b, d, d === ctx.los - 1 ? 8 : 24); if (lvl >= 2) { b.add('血气分析', 5, 1); b.add('血气分析', ctx.los - 2, 1); } else { for (let d = 3; d < ctx.los - 1; d++) b.add('血氧饱和度监测', d, 24); } } }) });
  label('control', 'C13', CNAME.C13, [c]);
}
function C14() { // proper HFNC
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(60, 88) });
  const c = inpatient({ mem: m, h, dept: 'respiratory', adm: winterDate(), los: ri(9, 12), dx: [pick(['J18.900', 'J15.900']), 'J96.000', 'I10.x00x002'], route: 'emergency', dmode: 'ordered',
    fill: pneumoniaFill({ oxDays: 0, noSpo2: true, icuDays: 3, nurse1: 5, extra: (b, ctx) => {
      const days = ri(3, 5);
      for (let d = 0; d < days; d++) { b.add('经鼻高流量湿化氧疗', d, 20); b.add('血氧饱和度监测', d, 24); }
      b.add('一次性血氧探头', 0, 1);
      for (const d of [0, 1, 3]) b.add('血气分析', d, 1);
      for (let d = days; d < ctx.los - 1; d++) oxygen(b, d, 10);
    } }) });
  label('control', 'C14', CNAME.C14, [c]);
}
function C15() { // short low-cost stay: against advice or death
  const reg = pick(REGION_W); const h = chance(0.6) ? county(reg) : town(reg); const lvl = HOSP[h].level; const m = member({ region: reg, age: ri(70, 95) });
  const death = chance(0.4); const los = ri(1, 2);
  const c = inpatient({ mem: m, h, dept: 'respiratory', adm: winterDate(), los, dx: [pick(['J18.900', 'J44.100']), 'I10.x00x002'].concat(death ? ['J96.000'] : []), route: 'emergency', dmode: death ? 'death' : 'against_advice',
    fill: (b, ctx) => {
      ward(b, los, { nurse1: los, icuDays: death && lvl >= 2 ? los : 0 });
      basicLabs(b, 0, lvl, ['C反应蛋白测定']); chestImage(b, 0, lvl);
      if (death && lvl >= 2) { b.add('血气分析', 0, 2); b.add('无创呼吸机辅助通气', 0, 16); b.add('一次性呼吸机管路', 0, 1); b.add('心电监测', 0, 24); b.add('重酒石酸去甲肾上腺素注射液', 0, 4); }
      else oxygen(b, 0, 12);
      abxDay(b, 0, antibioticPlan(lvl));
    } });
  label('control', 'C15', CNAME.C15, [c]);
}
function C16() { // 12-week long prescription for stable chronic disease
  const reg = pick(REGION_W); const h = pick([county(reg), town(reg)]); const m = member({ region: reg, age: ri(55, 80) });
  const v = pick(['htn', 'dm', 'copd']);
  const d1 = randDate(10, 150);
  const mk = (date) => outpatient({ mem: m, h, dept: v === 'dm' ? 'endocrinology' : v === 'copd' ? 'respiratory' : 'cardiology', date, dx: v === 'dm' ? ['E11.900', 'I10.x00x002'] : v === 'copd' ? ['J44.900'] : ['I10.x00x002', 'E78.500'],
    fill: (b) => {
      if (v === 'htn') { b.add('苯磺酸氨氯地平片', 0, 84, { longPrescription: true }); b.add('阿托伐他汀钙片', 0, 84, { longPrescription: true }); }
      else if (v === 'dm') { b.add('盐酸二甲双胍片', 0, 252, { longPrescription: true }); b.add('格列美脲片', 0, 84, { longPrescription: true }); }
      else { b.add('噻托溴铵粉吸入剂', 0, 3, { longPrescription: true }); b.add('布地奈德福莫特罗吸入粉雾剂', 0, 3, { longPrescription: true }); }
    } });
  const c1 = mk(d1); const c2 = mk(addDays(d1, ri(82, 90)));
  label('control', 'C16', CNAME.C16, [c1, c2]);
}
function C17() { // township refill + county specialist, same month, no overlap
  const reg = pick(REGION_W); const ht = town(reg); const hc = county(reg); const m = member({ region: reg, age: ri(55, 80) });
  const d1 = randDate(10, 300);
  const c1 = outpatient({ mem: m, h: ht, dept: 'internal_medicine', date: d1, dx: ['I10.x00x002'], fill: (b) => { b.add('苯磺酸氨氯地平片', 0, 28); b.add('阿司匹林肠溶片', 0, 28); } });
  const c2 = outpatient({ mem: m, h: hc, dept: 'endocrinology', date: addDays(d1, ri(5, 20)), dx: ['E11.900', 'I10.x00x002'], fill: (b) => { b.add('糖化血红蛋白测定', 0, 1); b.add('肝功能(全套)', 0, 1); b.add('肾功能(三项)', 0, 1); b.add('盐酸二甲双胍缓释片', 0, 56); b.add('磷酸西格列汀片', 0, 28); } });
  label('control', 'C17', CNAME.C17, [c1, c2]);
}
function C18() { // indicated broad work-up
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(58, 82) });
  const v = chance(0.5);
  const c = v
    ? inpatient({ mem: m, h, dept: 'respiratory', adm: randDate(), los: ri(9, 12), dx: ['J18.900', 'R91.x03', 'R63.400'], route: 'outpatient', dmode: 'ordered', procs: [{ code: '33.2400x001', day: 3 }],
      fill: pneumoniaFill({ extra: (b) => { b.add('肿瘤标志物(CEA)测定', 1, 1); b.add('糖类抗原19-9(CA19-9)测定', 1, 1); b.add('CT增强扫描(加收)', 2, 1); b.add('纤维支气管镜检查', 3, 1); b.add('病理检查(常规石蜡切片)', 3, 1); b.add('术前八项(感染筛查)', 2, 1); b.add('腹部B超', 2, 1); } }) })
    : inpatient({ mem: m, h, dept: 'cardiology', adm: randDate(), los: ri(7, 10), dx: ['I48.000', 'I50.900', 'I10.x00x002'], route: 'emergency', dmode: 'ordered',
      fill: hfFill({ extra: (b, ctx) => { b.add('甲状腺功能(三项)', 1, 1); b.add('甲状腺彩超', 2, 1); b.add('动态心电图(24小时)', 3, 1); for (let d = 1; d < ctx.los - 1; d++) b.add('利伐沙班片', d, 1); b.add('盐酸胺碘酮片', 1, 2); } }) });
  label('control', 'C18', CNAME.C18, [c]);
}
function C19() { // severe pneumonia + sepsis at a county hospital
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(60, 90) });
  const los = ri(12, 16);
  const c = inpatient({ mem: m, h, dept: 'respiratory', adm: winterDate(), los, dx: ['J18.900', 'A41.900', 'E87.100', 'I10.x00x002'], route: 'emergency', dmode: 'ordered',
    fill: pneumoniaFill({ abx: { n: '注射用头孢哌酮钠舒巴坦钠', q: 2, fl: 2 }, abxDays: 12, icuDays: 4, nurse1: 7, extra: (b) => {
      for (const d of [0, 2]) b.add('细菌培养及药敏', d, 1);
      for (const d of [0, 1, 2]) b.add('血乳酸测定', d, 2);
      b.add('降钙素原测定', 3, 1); b.add('降钙素原测定', 7, 1);
      for (let d = 0; d < 3; d++) { b.add('重酒石酸去甲肾上腺素注射液', d, 3); b.add('复方氯化钠注射液', d, 3); b.add('心电监测', d, 24); b.add('血气分析', d, 1); }
      for (let d = 0; d < 7; d++) b.add('盐酸莫西沙星氯化钠注射液', d, 1);
      b.add('深静脉穿刺置管术', 0, 1);
    } }) });
  label('control', 'C19', CNAME.C19, [c]);
}
function C20() { // readmission within a week for a different illness
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(62, 86) });
  const c1 = inpatient({ mem: m, h, dept: 'respiratory', adm: randDate(), los: ri(7, 9), dx: ['J18.900', 'I10.x00x002', 'I48.000'], route: 'outpatient', dmode: 'ordered', fill: pneumoniaFill() });
  const second = pick(['stroke', 'hf']);
  const c2 = second === 'stroke'
    ? inpatient({ mem: m, h, dept: 'neurology', adm: addDays(c1.dischargeDate, ri(2, 7)), los: ri(10, 13), dx: ['I63.400', 'I48.000', 'I10.x00x002'], route: 'emergency', dmode: 'ordered', fill: strokeFill() })
    : inpatient({ mem: m, h, dept: 'cardiology', adm: addDays(c1.dischargeDate, ri(2, 7)), los: ri(7, 9), dx: ['I50.907', 'I48.000', 'I10.x00x002'], route: 'emergency', dmode: 'ordered', fill: hfFill() });
  label('control', 'C20', CNAME.C20, [c1, c2]);
}
function C21() { // long township rehab stay after stroke
  const reg = pick(REGION_W); const ht = town(reg); const m = member({ region: reg, age: ri(60, 85), scheme: 'resident' });
  const los = ri(21, 28);
  const c = inpatient({ mem: m, h: ht, dept: 'internal_medicine', adm: randDate(), los, dx: ['I69.300', 'I10.x00x002', 'E11.900'], route: 'outpatient', dmode: 'ordered',
    fill: (b) => {
      ward(b, los); basicLabs(b, 0, 1, ['血脂(四项)', '空腹血糖测定']);
      b.add('康复评定', 0, 1); b.add('康复评定', 14, 1);
      for (let d = 0; d < los - 1; d++) {
        b.add('运动疗法', d, (d % 7) === 6 ? 1 : 2); b.add('普通针刺', d, 1); if (d % 2 === 0) b.add('言语训练', d, 1); if (d % 3 === 0) b.add('作业疗法', d, 1);
        b.add('阿司匹林肠溶片', d, 1); b.add('阿托伐他汀钙片', d, 1); b.add('盐酸二甲双胍片', d, 3); b.add('苯磺酸氨氯地平片', d, 1);
        if (d % 2 === 0) { b.add('血糖监测(快速)', d, 2); b.add('血糖试纸', d, 2); }
      }
      b.add('血常规(五分类)', 12, 1); b.add('肝功能(全套)', 12, 1);
    } });
  label('control', 'C21', CNAME.C21, [c]);
}
function C22() { // couple admitted the same day with influenza pneumonia at a township hospital
  const reg = pick(REGION_W); const ht = town(reg); const adm = winterDate();
  const husband = member({ region: reg, age: ri(68, 82), gender: 'M', scheme: 'resident' }); const wife = member({ region: reg, age: husband.age - ri(0, 4), gender: 'F', scheme: 'resident' });
  const claims = [husband, wife].map((m) => inpatient({ mem: m, h: ht, dept: 'internal_medicine', adm, los: ri(6, 9), dx: ['J10.000', 'I10.x00x002'], route: 'outpatient', dmode: 'ordered',
    fill: pneumoniaFill({ extra: (b) => { for (let d = 0; d < 5; d++) b.add('磷酸奥司他韦胶囊', d, 2); } }) }));
  label('control', 'C22', CNAME.C22, claims);
}
function C23() { // HF early readmission with acute pulmonary oedema
  const reg = pick(REGION_W); const h = county(reg); const m = member({ region: reg, age: ri(68, 90) });
  const c1 = inpatient({ mem: m, h, dept: 'cardiology', adm: randDate(), los: ri(7, 9), dx: ['I50.900x018', 'I10.x00x002', 'N18.300'], route: 'emergency', dmode: 'ordered', fill: hfFill() });
  const c2 = inpatient({ mem: m, h, dept: 'cardiology', adm: addDays(c1.dischargeDate, ri(8, 14)), los: ri(8, 11), dx: ['I50.103', 'J96.000', 'I10.x00x002', 'N18.300'], route: 'emergency', dmode: 'ordered',
    procs: [{ code: '93.9000x002', day: 0 }],
    fill: hfFill({ icuDays: 3, nurse1: 4, ivDays: 5, furoQ: (d) => [6, 4, 4, 3, 2][d] || 2, extra: (b) => { b.add('无创呼吸机辅助通气', 0, 14); b.add('无创呼吸机辅助通气', 1, 10); b.add('一次性呼吸机管路', 0, 1); b.add('血气分析', 0, 2); b.add('血气分析', 1, 1); b.add('硝酸甘油注射液', 0, 4); b.add('硝酸甘油注射液', 1, 3); b.add('B型钠尿肽(BNP)测定', 3, 1); } }) });
  label('control', 'C23', CNAME.C23, [c1, c2]);
}
function C24() { // 异地就医 in Chengdu, no overlap with home claims
  const home = pick(['511300', '510700']); const ht = town(home); const m = member({ region: home, age: ri(68, 85) });
  const d1 = randDate(20, 250);
  const c1 = outpatient({ mem: m, h: ht, dept: 'internal_medicine', date: d1, dx: ['I10.x00x002'], fill: (b) => { b.add('苯磺酸氨氯地平片', 0, 28); b.add('阿托伐他汀钙片', 0, 28); } });
  const adm = addDays(d1, ri(35, 60));
  const c2 = inpatient({ mem: m, h: 'H51010001', dept: 'respiratory', adm, los: ri(8, 11), dx: [pick(PNEU), 'I10.x00x002'], route: 'emergency', dmode: 'ordered', insuredRegion: home, fill: pneumoniaFill() });
  const c3 = outpatient({ mem: m, h: ht, dept: 'internal_medicine', date: addDays(c2.dischargeDate, ri(10, 25)), dx: ['I10.x00x002'], fill: (b) => { b.add('苯磺酸氨氯地平片', 0, 28); b.add('阿托伐他汀钙片', 0, 28); } });
  label('control', 'C24', CNAME.C24, [c1, c2, c3]);
}

// =====================================================================================
// ROUTINE
// =====================================================================================
function routine(i) {
  const reg = pick(REGION_W);
  if (i < 60) {
    const kind = ['pneu', 'pneu', 'copd', 'copd', 'hf', 'stroke', 'dm', 'pneu', 'copd', 'hf'][i % 10];
    const cd = condition(kind); const h = kind === 'stroke' || kind === 'hf' || kind === 'dm' ? (chance(0.85) ? county(reg) : REGIONS[reg].city) : (chance(0.3) ? town(reg) : county(reg));
    const lvl = HOSP[h].level; let k = kind;
    if (lvl === 1 && (kind === 'stroke' || kind === 'hf' || kind === 'dm')) k = 'pneu';
    const m = member({ region: reg, age: ri(45, 88) });
    const c = inpatient({ mem: m, h, dept: cd.dept, adm: kind === 'pneu' || kind === 'copd' ? winterDate() : randDate(), los: ri(cd.los[0], cd.los[1]), dx: cd.dx.concat(comorb(ri(1, 2))), route: pick(['outpatient', 'emergency', 'outpatient']), dmode: 'ordered', fill: cd.fill() });
    label('routine', 'R', '常规住院', [c]); void k;
  } else {
    const v = i % 5; const h = chance(0.5) ? town(reg) : county(reg); const m = member({ region: reg, age: ri(30, 85) });
    let c;
    if (v === 0) c = outpatient({ mem: m, h, dept: 'cardiology', date: randDate(), dx: ['I10.x00x002'], fill: (b) => { b.add('苯磺酸氨氯地平片', 0, 28); b.add(pick(['缬沙坦胶囊', '厄贝沙坦片']), 0, 28); } });
    else if (v === 1) c = outpatient({ mem: m, h, dept: 'endocrinology', date: randDate(), dx: ['E11.900'], fill: (b) => { b.add('盐酸二甲双胍片', 0, 84); b.add('空腹血糖测定', 0, 1); } });
    else if (v === 2) c = outpatient({ mem: m, h, dept: 'respiratory', date: winterDate(), dx: [pick(['J06.900', 'J20.900'])], fill: (b) => { b.add('血常规(五分类)', 0, 1); b.add('阿莫西林胶囊', 0, 36); b.add('复方甘草片', 0, 27); } });
    else if (v === 3) c = outpatient({ mem: m, h, dept: 'respiratory', date: randDate(), dx: ['J44.900'], fill: (b) => { b.add('噻托溴铵粉吸入剂', 0, 1); b.add('硫酸沙丁胺醇吸入气雾剂', 0, 1); } });
    else c = outpatient({ mem: m, h, dept: 'neurology', date: randDate(), dx: ['I69.300', 'I10.x00x002'], fill: (b) => { b.add('阿司匹林肠溶片', 0, 28); b.add('阿托伐他汀钙片', 0, 28); } });
    label('routine', 'R', '常规门诊', [c]);
  }
}

// ---------- build ----------
const FR = { T01, T02, T03, T04, T05, T06, T07, T08, T09, T10, T11, T12, T13, T14, T15 };
const CT = { C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21, C22, C23, C24 };
for (let i = 0; i < 15; i++) {
  for (const f of Object.values(FR)) f(i);
  for (const f of Object.values(CT)) f(i);
}
for (let i = 0; i < 100; i++) routine(i);

// settlement order: settlement date (discharge / visit), then claimId
const settle = (c) => c.dischargeDate || c.visitDate;
ALL.sort((a, b) => (settle(a) < settle(b) ? -1 : settle(a) > settle(b) ? 1 : a.claimId < b.claimId ? -1 : 1));
const out = ALL.map((c) => { const o = { ...c }; delete o._b; return JSON.stringify(o); });
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind80: ${ALL.length} claims, ${labels.length} cases (${labels.filter((l) => l.kind === 'fraud').length} fraud, ${labels.filter((l) => l.kind === 'control').length} control, ${labels.filter((l) => l.kind === 'routine').length} routine)${GROUPS ? ', groups ' + Object.keys(GRP).length : ''}`);
