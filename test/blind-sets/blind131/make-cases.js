#!/usr/bin/env node
// blind131 — DRG/DIP 2.0 era hospital behaviour (高套分组, 分解住院, 低标准入院, 费用转移, 编码, 推诿) in medical and
// surgical wards of level-2/3 hospitals. Written from public descriptions only (see TYPOLOGIES.md).
// usage: node make-cases.js <outdir> [--catalogue <dir>] [--drg <dir>] [--policies <file>] [--groups <groups.ndjson>]
'use strict';
const fs = require('fs');
const path = require('path');

const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : def; };
const OUT = argv[0];
if (!OUT || OUT.startsWith('--')) throw new Error('usage: make-cases.js <outdir> [--catalogue dir] [--groups file]');
const CAT = opt('--catalogue', '/work/wt/base129/rules/catalogue');
const DRG = opt('--drg', '/work/shared/chs-drg-1.1');
const POL = opt('--policies', path.join(CAT, '..', 'benefits', 'policies.json'));
const GROUPS = opt('--groups', null);

// ---------- seeded RNG ----------
let seed = 1310131;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- reference data ----------
const rows = new Map();
for (const f of fs.readdirSync(CAT)) {
  if (!/^(drugs|services|consumables).*\.json$/.test(f)) continue;
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) rows.set(r.code, r);
}
const DX = JSON.parse(fs.readFileSync(path.join(DRG, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRG, 'procedures.json'), 'utf8'));
const POLICY = JSON.parse(fs.readFileSync(POL, 'utf8'));
const groups = new Map();
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n').filter(Boolean)) { const g = JSON.parse(l); groups.set(g.claimId, g.drg); }

// catalogue rows by name (the generator names what it bills; the code comes from the row)
const byName = new Map();
for (const r of rows.values()) if (!byName.has(r.name)) byName.set(r.name, r);
function R(name) { const r = byName.get(name); if (!r) throw new Error('no catalogue row named ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
function ageAt(birth, date) { const b = D(birth), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }
const cl = (a, k, d) => { const x = add(a, k); return x > d ? d : x; };
function randDate(from = '2025-01-20', to = '2025-11-20') { return add(from, ri(0, diff(from, to))); }

// ---------- regions, institutions, doctors ----------
const REGIONS = [
  { code: '220100', prov: '22', name: '长春' },
  { code: '370100', prov: '37', name: '济南' },
  { code: '510100', prov: '51', name: '成都' },
];
// per region: 01 public L3 (university), 02 public L3 (municipal), 03 public L2 (district), 04 private L2,
// 05 community health centre L1, 06 retail pharmacy, 07 DTP pharmacy beside the L3
const HOSP = {};
for (const rg of REGIONS) {
  const p = rg.code;
  HOSP[rg.code] = {
    L3a: { id: `H${p}01`, level: 3, kind: 'public' }, L3b: { id: `H${p}02`, level: 3, kind: 'public' },
    L2a: { id: `H${p}03`, level: 2, kind: 'public' }, L2p: { id: `H${p}04`, level: 2, kind: 'private' },
    L1: { id: `H${p}05`, level: 1, kind: 'community' }, PH: { id: `H${p}06`, level: 1, kind: 'pharmacy' },
    DTP: { id: `H${p}07`, level: 1, kind: 'pharmacy' },
  };
}
function doctor(h, dept, n) { return `D${h.id.slice(1)}${dept.slice(0, 3).toUpperCase()}${String(n).padStart(2, '0')}`; }

// ---------- members ----------
let memberSeq = 0;
function member(rg, o = {}) {
  const gender = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(o.minAge || 35, o.maxAge || 82);
  const birth = `${2025 - age - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const type = o.type || (rnd() < 0.7 ? 'employee' : 'resident');
  const retireAge = gender === 'M' ? 60 : 55;
  const retired = type === 'employee' && age >= retireAge + 1;
  const minYears = gender === 'M' ? 30 : 25;
  const contributionYears = type === 'employee' ? (retired ? ri(minYears + 1, Math.min(42, age - 18)) : Math.max(1, Math.min(age - 22, ri(5, 30)))) : ri(3, 15);
  memberSeq++;
  return {
    rg, insuranceType: type, ded: {}, fundUsed: {},
    patient: { insuredId: `P131${String(memberSeq).padStart(6, '0')}`, gender, birthDate: birth, retired },
    enrollment: { enrolledOn: type === 'employee' ? '2005-01-01' : '2025-01-01', inConcentratedPeriod: true, continuousYears: Math.min(contributionYears, 20), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null },
  };
}

// ---------- claims ----------
const claims = [];
const claimSeq = {};
function newId(rg, h) { const k = h.id; claimSeq[k] = (claimSeq[k] || 0) + 1; return `${rg}-${h.id}-2025-${String(claimSeq[k]).padStart(6, '0')}`; }

function checkDx(c) { if (!DX[c]) throw new Error('diagnosis not in chs-drg-1.1: ' + c); return c; }
function checkPx(c) { if (!PX[c]) throw new Error('procedure not in chs-drg-1.1: ' + c); return c; }

const toFen = (y) => Math.round(y * 100);

// A bill under construction: L(name, date, qty, {fraud}) adds a line priced at the row's cap for the level.
function bill(level) {
  const lines = [];
  const f = (name, date, qty, o = {}) => {
    const r = R(name);
    const price = o.price != null ? o.price : r.priceCap[String(level)];
    if (qty <= 0) return;
    lines.push({ row: r, date, qty, priceFen: toFen(price), fraud: !!o.fraud });
  };
  f.lines = lines;
  return f;
}

function validate(c, b, m) {
  const inpatient = c.visitType === 'inpatient';
  const dxs = c.diagnoses.map((d) => d.code);
  const perDay = new Map(); const days = new Map();
  for (const l of b.lines) {
    if (l.fraud) continue;
    const r = l.row; const where = `${c.claimId} ${r.name} ${l.date}`;
    if (r.setting === 'inpatient' && !inpatient) throw new Error('inpatient-only row on outpatient claim: ' + where);
    if (r.setting === 'outpatient' && inpatient) throw new Error('outpatient-only row on stay: ' + where);
    if (r.minLevel && c.provider.level < r.minLevel && c.visitType !== 'pharmacy') throw new Error('minLevel: ' + where);
    if (r.gender && r.gender !== m.patient.gender) throw new Error('gender: ' + where);
    const age = ageAt(m.patient.birthDate, l.date);
    if (r.ageMin != null && age < r.ageMin) throw new Error('ageMin: ' + where);
    if (r.ageMax != null && age > r.ageMax) throw new Error('ageMax: ' + where);
    if (r.indications && !dxs.some((d) => r.indications.some((p) => d.startsWith(p)))) throw new Error('indication: ' + where);
    if (l.priceFen > toFen(r.priceCap[String(c.provider.level)])) throw new Error('price: ' + where);
    if (inpatient) {
      if (l.date < c.admissionDate || l.date > c.dischargeDate) throw new Error('outside stay: ' + where);
      if ((r.unit === '日' || r.gradedNursing) && l.date >= c.dischargeDate && c.dischargeDate !== c.admissionDate) throw new Error('day item on discharge day: ' + where);
    } else if (l.date !== c.visitDate) throw new Error('date: ' + where);
    const k = r.code + '|' + l.date; perDay.set(k, (perDay.get(k) || 0) + l.qty);
    if (!days.has(r.code)) days.set(r.code, new Set()); days.get(r.code).add(l.date);
    if (r.category === 'drug' && !inpatient && r.maxDays) {
      const per = r.supplyPerDay || r.usualPerDay; if (l.qty / per > r.maxDays + 1e-9) throw new Error('maxDays supply: ' + where);
    }
  }
  for (const [k, q] of perDay) {
    const r = rows.get(k.split('|')[0]);
    const applies = inpatient || r.category === 'service';
    if (applies && r.maxPerDay != null && q > r.maxPerDay) throw new Error(`maxPerDay ${r.name} ${k} ${q} on ${c.claimId}`);
  }
  if (inpatient) for (const [code, s] of days) { const r = rows.get(code); if (r.maxDays && s.size > r.maxDays) throw new Error('maxDays ' + r.name + ' ' + c.claimId); }
}

function policyFor(m, visitType) {
  const prov = POLICY.provinces[m.rg.slice(0, 2)];
  let s = prov.schemes[m.insuranceType][visitType];
  const reg = prov.regions && prov.regions[m.rg];
  if (reg && reg.schemes && reg.schemes[m.insuranceType] && reg.schemes[m.insuranceType][visitType]) s = { ...s, ...reg.schemes[m.insuranceType][visitType] };
  return s;
}

function settle(c, b, m) {
  let total = 0, pol = 0;
  c.items = b.lines.map((l, i) => {
    const amt = l.priceFen * l.qty; // integer fen when qty integer
    if (!Number.isInteger(amt)) throw new Error('fractional fen');
    total += amt;
    const share = l.row.class === '丙' ? 1 : (l.row.selfPayShare || 0);
    pol += Math.round(amt * (1 - share));
    const code = l.row.category === 'drug' && l.row.products ? l.row.products[0] : l.row.code;
    const it = { lineId: String(i + 1), code, name: l.row.name, category: l.row.category, date: l.date, quantity: l.qty, unitPrice: l.priceFen / 100, amount: amt / 100 };
    if (l.longRx) it.longPrescription = true;
    return it;
  });
  const vt = c.visitType === 'chronic' ? 'chronic' : c.visitType;
  const p = policyFor(m, vt);
  const level = String(c.provider.level);
  const dedTotal = toFen(typeof p.deductible === 'object' ? p.deductible[level] : p.deductible);
  let dedDue;
  if (c.visitType === 'inpatient') dedDue = dedTotal;
  else { const key = vt; const used = m.ded[key] || 0; dedDue = Math.max(0, dedTotal - used); m.ded[key] = used + Math.min(pol, dedDue); }
  let ratio = (typeof p.ratio === 'object' ? p.ratio[level] : p.ratio) + (m.patient.retired ? (p.retireeRatioBonus || 0) : 0);
  if (p.maxRatio) ratio = Math.min(ratio, p.maxRatio);
  let fund = Math.floor(Math.max(0, pol - dedDue) * ratio);
  const capKey = vt; const capFen = toFen(p.annualFundCap || 1e9); const used = m.fundUsed[capKey] || 0;
  fund = Math.max(0, Math.min(fund, capFen - used)); m.fundUsed[capKey] = used + fund;
  c.amounts = { total: total / 100, policy: pol / 100, fundClaimed: fund / 100 };
}

function mkClaim(m, h, visitType, o) {
  const rg = m.rg;
  const c = { claimId: newId(rg, h), region: rg, insuranceType: m.insuranceType, visitType, patient: { ...m.patient }, enrollment: { ...m.enrollment } };
  if (o.chronicDiseases) c.enrollment.chronicDiseases = o.chronicDiseases;
  c.provider = { hospitalId: h.id, level: h.level, department: o.dept || 'pharmacy', doctorId: o.doctorId || doctor(h, o.dept || 'pharmacy', 1) };
  if (visitType === 'inpatient') {
    c.admissionDate = o.adm; c.dischargeDate = o.dis;
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered';
    if (o.fromHosp) c.transferFromHospitalId = o.fromHosp;
  } else c.visitDate = o.date;
  c.diagnoses = (o.dx || []).map((d, i) => (i === 0 ? { code: checkDx(d), principal: true } : { code: checkDx(d) }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code: checkPx(code), date }));
  if (visitType === 'inpatient') c.reportedGroup = { drg: groups.get(c.claimId) || null, dip: null };
  validate(c, o.bill, m);
  for (const l of o.bill.lines) if (l.longRx) l.longRx = true;
  settle(c, o.bill, m);
  c._mut = o.bill.lines.map((l, i) => (l.fraud ? String(i + 1) : null)).filter(Boolean);
  c._sort = visitType === 'inpatient' ? c.dischargeDate : c.visitDate;
  claims.push(c);
  return c;
}

// ---------- clinical building blocks ----------
const DEPT = { resp: 'respiratory', card: 'cardiology', neuro: 'neurology', endo: 'endocrinology', gs: 'general_surgery', uro: 'urology', gi: 'gastroenterology', onc: 'oncology', geri: 'geriatrics', rehab: 'rehabilitation', icu: 'icu' };

// per-night bed, 诊查费 and nursing: admission day up to the day before discharge
function nights(b, adm, dis, o = {}) {
  const n = Math.max(1, diff(adm, dis));
  for (let i = 0; i < n; i++) {
    const d = add(adm, i);
    const icu = o.icuDays && i < o.icuDays;
    b(icu ? '监护病房床位费' : (o.bed || '普通病房床位费(三人间)'), d, 1);
    b('住院诊查费', d, 1);
    if (icu) b('重症监护', d, 24); else b(o.nurse1 && i < o.nurse1 ? 'Ⅰ级护理' : 'Ⅱ级护理', d, 1);
  }
  return n;
}
function admitLabs(b, d, o = {}) {
  b('血常规(五分类)', d, 1); b('尿常规', d, 1); b('肝功能(全套)', d, 1); b('肾功能(三项)', d, 1); b('电解质(四项)', d, 1); b('凝血四项', d, 1);
  if (o.ecg !== false) b('常规心电图检查', d, 1);
}
function ivDays(b, from, n, o = {}) { // IV infusion per day with its fluids
  for (let i = 0; i < n; i++) { const d = add(from, i); b('静脉输液(第一组)', d, 1); if (o.extra) b('静脉输液(每增加一组)', d, o.extra); b('氯化钠注射液', d, 1 + (o.extra || 0)); b('一次性使用输液器', d, 1 + (o.extra || 0)); if (i === 0) b('一次性使用静脉留置针', d, 1); }
}
function oralTakeHome(b, d, name, qty) { b(name, d, qty); }

// Condition templates: each returns {dx, px, dept, route, build(b, adm, dis, lvl)}
const T = {
  pneumonia(o = {}) {
    return { dept: DEPT.resp, dx: ['J18.900', ...(o.sec || [])], px: [], route: 'outpatient', build(b, adm, dis) {
      const n = nights(b, adm, dis, { nurse1: 2, icuDays: o.icuDays }); admitLabs(b, adm); b('C反应蛋白测定', adm, 1); b('痰细菌培养及鉴定', adm, 1);
      if (o.level >= 2) b('降钙素原测定', adm, 1);
      if (!o.noImaging) b('胸部CT平扫', adm, 1);
      const ivN = Math.min(n, o.ivN || n);
      ivDays(b, adm, ivN, { extra: 1 });
      for (let i = 0; i < ivN; i++) { const d = add(adm, i); b('注射用头孢曲松钠', d, 2); b('盐酸氨溴索注射液', d, 2); }
      for (let i = 0; i < Math.min(n, 3); i++) b('吸氧', add(adm, i), 12);
      if (n >= 4) { b('血常规(五分类)', cl(adm, 3, dis), 1); b('C反应蛋白测定', cl(adm, 3, dis), 1); }
      if (o.takeHome !== false) oralTakeHome(b, dis, '盐酸氨溴索片', 18);
    } };
  },
  copd(o = {}) {
    return { dept: DEPT.resp, dx: ['J44.100', ...(o.sec || [])], px: [], route: 'emergency', build(b, adm, dis) {
      const n = nights(b, adm, dis, { nurse1: 3 }); admitLabs(b, adm); b('血气分析', adm, 1); b('C反应蛋白测定', adm, 1); b('胸部CT平扫', adm, 1); b('N末端B型钠尿肽前体(NT-proBNP)测定', adm, 1);
      ivDays(b, adm, n, { extra: 2 });
      for (let i = 0; i < n; i++) { const d = add(adm, i); b('左氧氟沙星氯化钠注射液', d, 1); b('多索茶碱注射液', d, 2); b('雾化吸入', d, 2); b('吸入用布地奈德混悬液', d, 2); b('吸入用异丙托溴铵溶液', d, 2); b('吸氧', d, 16); if (i < 5) b('注射用甲泼尼龙琥珀酸钠', d, 1); }
      b('一次性使用雾化器', adm, 1); b('一次性使用吸氧管', adm, 1);
      if (n >= 3) b('血气分析', cl(adm, 2, dis), 1);
      if (o.niv) { for (let i = 0; i < Math.min(3, n); i++) b('无创呼吸机辅助通气', add(adm, i), 10); }
      b('布地奈德福莫特罗吸入粉雾剂', dis, 1);
    } };
  },
  hf(o = {}) {
    return { dept: DEPT.card, dx: ['I50.900', 'I10.x00x002', ...(o.sec || [])], px: [], route: 'emergency', build(b, adm, dis) {
      const n = nights(b, adm, dis, { nurse1: 2 }); admitLabs(b, adm); b('N末端B型钠尿肽前体(NT-proBNP)测定', adm, 1); b('心脏彩色多普勒超声', cl(adm, 1, dis), 1); b('胸部X线摄影(正侧位)', adm, 1); b('肌钙蛋白I测定', adm, 1);
      const ivN = o.ivN != null ? o.ivN : Math.min(n, 5); ivDays(b, adm, ivN);
      for (let i = 0; i < ivN; i++) b('呋塞米注射液', add(adm, i), 2);
      for (let i = 0; i < n; i++) { const d = add(adm, i); b('螺内酯片', d, 1); b('沙库巴曲缬沙坦钠片', d, 2); b('吸氧', d, 8); }
      if (n >= 4) { b('电解质(四项)', cl(adm, 3, dis), 1); b('N末端B型钠尿肽前体(NT-proBNP)测定', add(adm, n - 1), 1); }
      if (o.takeHome !== false) { b('沙库巴曲缬沙坦钠片', dis, 14); b('螺内酯片', dis, 14); }
    } };
  },
  angina(o = {}) { // unstable angina: angiography ± PCI at level 3
    const px = []; if (o.cag !== false) px.push(['88.5500', 1]); if (o.pci) px.push(['36.0601', 1]);
    return { dept: DEPT.card, dx: ['I20.000', 'I10.x00x002', ...(o.sec || [])], pxRel: px, route: 'outpatient', build(b, adm, dis) {
      const n = nights(b, adm, dis, { nurse1: 2 }); admitLabs(b, adm); b('肌钙蛋白I测定', adm, 1); b('心肌酶谱', adm, 1); b('血脂(四项)', adm, 1); b('心脏彩色多普勒超声', adm, 1);
      const pd = cl(adm, 1, dis);
      if (o.cag !== false && !o.pci && !o.noCagBill) b('冠状动脉造影术', pd, 1);
      if (o.pci) { b('经皮冠状动脉支架置入术', pd, 1); b('冠状动脉药物洗脱支架', pd, o.stents || 1); b('冠状动脉球囊扩张导管', pd, 1); b('局部浸润麻醉', pd, 1); b('肌钙蛋白I测定', add(pd, 1), 1); }
      else if (o.cag !== false && !o.noCagBill) b('局部浸润麻醉', pd, 1);
      for (let i = 0; i < n; i++) { const d = add(adm, i); b('阿司匹林肠溶片', d, 1); b(o.pci ? '替格瑞洛片' : '硫酸氢氯吡格雷片', d, o.pci ? 2 : 1); b('阿托伐他汀钙片', d, 1); b('酒石酸美托洛尔片', d, 2); if (i < Math.min(n, 4)) b('依诺肝素钠注射液', d, 2); }
      ivDays(b, adm, Math.min(n, 3));
      if (o.takeHome !== false) { b('阿司匹林肠溶片', dis, 14); b(o.pci ? '替格瑞洛片' : '硫酸氢氯吡格雷片', dis, o.pci ? 28 : 14); b('阿托伐他汀钙片', dis, 14); }
    } };
  },
  chestObs() { // chest pain observation, troponin series
    return { dept: DEPT.card, dx: ['R07.400', 'I10.x00x002'], px: [], route: 'emergency', build(b, adm, dis) {
      nights(b, adm, dis, { nurse1: 1 }); admitLabs(b, adm); b('肌钙蛋白I测定', adm, 2); b('心肌酶谱', adm, 1); b('D-二聚体测定', adm, 1); b('肌钙蛋白I测定', cl(adm, 1, dis), 1); b('常规心电图检查', cl(adm, 1, dis), 1); b('胸部CT平扫', adm, 1); b('心脏彩色多普勒超声', cl(adm, 1, dis), 1);
      b('阿司匹林肠溶片', adm, 1); b('无创血压监测', adm, 6); b('吸氧', adm, 6);
    } };
  },
  diabetes(o = {}) {
    return { dept: DEPT.endo, dx: [o.dx || 'E11.900', ...(o.sec || [])], px: [], route: 'outpatient', build(b, adm, dis) {
      const n = nights(b, adm, dis); admitLabs(b, adm); b('糖化血红蛋白测定', adm, 1); b('血脂(四项)', adm, 1); b('空腹血糖测定', adm, 1);
      if (!o.noExtra) { b('颈部血管彩色多普勒超声', cl(adm, 1, dis), 1); b('下肢血管彩色多普勒超声', cl(adm, 1, dis), 1); }
      for (let i = 0; i < n; i++) { const d = add(adm, i); b('血糖监测(快速)', d, 4); b('血糖试纸', d, 4); if (!o.oralOnly) { b('门冬胰岛素注射液', d, i === 0 ? 1 : 0); b('皮下注射', d, 3); } b('盐酸二甲双胍片', d, 3); }
      if (!o.oralOnly) b('甘精胰岛素注射液', adm, 1);
      if (o.takeHome !== false) b('盐酸二甲双胍片', dis, 42);
    } };
  },
  stroke(o = {}) {
    return { dept: DEPT.neuro, dx: [o.dx || 'I63.900', 'I10.x00x002', ...(o.sec || [])], px: [], route: 'emergency', build(b, adm, dis) {
      const n = nights(b, adm, dis, { nurse1: 3 }); admitLabs(b, adm); b('头颅CT平扫', adm, 1); b('头颅MRI平扫', cl(adm, 1, dis), 1); b('颈部血管彩色多普勒超声', cl(adm, 1, dis), 1); b('心脏彩色多普勒超声', cl(adm, 2, dis), 1); b('血脂(四项)', adm, 1); b('糖化血红蛋白测定', adm, 1);
      const ivN = Math.min(n, o.ivN || 10); ivDays(b, adm, ivN, { extra: 1 });
      for (let i = 0; i < n; i++) { const d = add(adm, i); b('阿司匹林肠溶片', d, 1); b('硫酸氢氯吡格雷片', d, 1); b('阿托伐他汀钙片', d, 1); if (i < ivN) b('依达拉奉注射液', d, 2); }
      if (o.takeHome !== false) { b('阿司匹林肠溶片', dis, 14); b('阿托伐他汀钙片', dis, 14); }
    } };
  },
  appendicitis(o = {}) {
    return { dept: DEPT.gs, dx: ['K35.800', ...(o.sec || [])], pxRel: [['47.0100', 0]], route: 'emergency', build(b, adm, dis) {
      const n = nights(b, adm, dis, { nurse1: 1 }); admitLabs(b, adm); b('C反应蛋白测定', adm, 1); b('腹部CT平扫', adm, 1);
      b('腹腔镜下阑尾切除术', adm, 1); b('全身麻醉', adm, 2); b('一次性手术衣及铺单包', adm, 1); b('止血夹(结扎夹)', adm, 2); b('病理检查(常规石蜡切片)', adm, 1);
      ivDays(b, adm, Math.min(n, 3), { extra: 1 });
      for (let i = 0; i < Math.min(n, 3); i++) { const d = add(adm, i); b('注射用头孢呋辛钠', d, 3); b('甲硝唑氯化钠注射液', d, 2); }
      for (let i = 1; i < n; i++) b('换药(中)', add(adm, i), 1);
      b('血常规(五分类)', add(adm, Math.min(n, 2)), 1);
    } };
  },
  gallbladder(o = {}) {
    return { dept: DEPT.gs, dx: [o.dx || 'K80.100', ...(o.sec || [])], pxRel: [['51.2300', 1]], route: 'outpatient', build(b, adm, dis) {
      const n = nights(b, adm, dis, { nurse1: 1 }); if (!o.noAdmitTests) { admitLabs(b, adm); b('腹部B超', adm, 1); b('胸部X线摄影(正侧位)', adm, 1); } else b('血常规(五分类)', adm, 1);
      const od = add(adm, n >= 2 ? 1 : 0);
      b('腹腔镜下胆囊切除术', od, 1); b('全身麻醉', od, 2); b('一次性手术衣及铺单包', od, 1); b('止血夹(结扎夹)', od, 4); b('病理检查(常规石蜡切片)', od, 1);
      ivDays(b, od, Math.max(1, Math.min(2, diff(od, dis))));
      b('注射用头孢呋辛钠', od, 2);
      for (let d = add(od, 1); d < dis; d = add(d, 1)) b('换药(中)', d, 1);
    } };
  },
  hernia(o = {}) {
    return { dept: DEPT.gs, dx: ['K40.900', ...(o.sec || [])], pxRel: [['53.0500', 1]], route: 'outpatient', build(b, adm, dis) {
      nights(b, adm, dis, { nurse1: 1 }); admitLabs(b, adm); b('胸部X线摄影(正侧位)', adm, 1);
      const od = cl(adm, 1, dis);
      b('腹股沟疝修补术', od, 1); b('椎管内麻醉', od, 1); b('一次性使用麻醉穿刺包', od, 1); b('疝修补补片', od, 1); b('一次性手术衣及铺单包', od, 1);
      ivDays(b, od, 1); b('注射用头孢呋辛钠', od, 1);
      for (let d = add(od, 1); d < dis; d = add(d, 1)) b('换药(中)', d, 1);
    } };
  },
  stone(o = {}) {
    return { dept: DEPT.uro, dx: ['N20.100', ...(o.sec || [])], pxRel: [['56.0x00x005', 1], ...(o.stent ? [['59.8x00', 1]] : [])], route: 'outpatient', build(b, adm, dis) {
      const n = nights(b, adm, dis, { nurse1: 1 }); admitLabs(b, adm); b('泌尿系B超', adm, 1); if (!o.noCT) b('CT尿路成像(CTU)', adm, 1);
      const od = cl(adm, 1, dis);
      b('经输尿管镜碎石取石术', od, 1); b('椎管内麻醉', od, 1); b('一次性使用麻醉穿刺包', od, 1); b('一次性使用导尿包', od, 1);
      if (o.stent) { b('输尿管支架(双J管)', od, 1); }
      ivDays(b, od, Math.min(2, diff(od, dis))); b('注射用头孢呋辛钠', od, 2); if (diff(od, dis) >= 2) b('注射用头孢呋辛钠', add(od, 1), 2);
      b('腹部X线平片(KUB)', add(od, 1) < dis ? add(od, 1) : od, 1);
      void n;
    } };
  },
  stentRemoval() { // outpatient cystoscopic stent removal
    return null;
  },
  chemo(o = {}) { // colon cancer XELOX cycle
    const dx = o.tumourPrincipal ? ['C18.900', ...(o.withZ ? ['Z51.100'] : [])] : ['Z51.100', 'C18.900'];
    return { dept: DEPT.onc, dx: [...dx, ...(o.sec || [])], pxRel: [['99.2500', 1]], route: 'outpatient', build(b, adm, dis) {
      nights(b, adm, dis); b('血常规(五分类)', adm, 1); b('肝功能(全套)', adm, 1); b('肾功能(三项)', adm, 1); b('肿瘤标志物(CEA)测定', adm, 1); b('常规心电图检查', adm, 1);
      if (o.ct) b('腹部CT平扫', adm, 1);
      const cd = cl(adm, 1, dis);
      b('注射用奥沙利铂', cd, 3); b('盐酸帕洛诺司琼注射液', cd, 1); b('化疗药物配置', cd, 1); b('静脉输液(第一组)', cd, 1); b('静脉输液(每增加一组)', cd, 2); b('葡萄糖注射液', cd, 3); b('一次性使用输液器', cd, 3); b('一次性使用静脉留置针', cd, 1); b('地塞米松磷酸钠注射液', cd, 2);
      if (o.capeHome !== false) b('卡培他滨片', dis, 84);
    } };
  },
  gibleed(o = {}) {
    return { dept: DEPT.gi, dx: ['K25.400', ...(o.sec || [])], pxRel: [['44.4302', 0]], route: 'emergency', build(b, adm, dis) {
      const n = nights(b, adm, dis, { nurse1: 2 }); admitLabs(b, adm); b('血常规(五分类)', cl(adm, 1, dis), 1);
      b('胃镜检查', adm, 1); b('止血夹(结扎夹)', adm, 3);
      ivDays(b, adm, n, { extra: 1 });
      for (let i = 0; i < Math.min(n, 7); i++) b('注射用泮托拉唑钠', add(adm, i), 2);
      for (let i = 0; i < Math.min(n, 3); i++) b('氨甲环酸注射液', add(adm, i), 2);
      b('艾司奥美拉唑镁肠溶片', dis, 28);
    } };
  },
  colonoscopy(o = {}) {
    return { dept: DEPT.gi, dx: [o.dx || 'K63.500', ...(o.sec || [])], pxRel: o.polyp === false ? [['45.2300', 1]] : [['45.4300', 1]], route: 'outpatient', build(b, adm, dis) {
      nights(b, adm, dis); b('血常规(五分类)', adm, 1); b('凝血四项', adm, 1); b('常规心电图检查', adm, 1);
      const od = add(adm, 1 < diff(adm, dis) ? 1 : 0);
      b('结肠镜检查', od, 1); if (o.polyp !== false) { b('结肠镜下息肉切除术', od, 1); b('止血夹(结扎夹)', od, 2); b('病理检查(常规石蜡切片)', od, 1); }
      b('复方氯化钠注射液', od, 1); b('静脉输液(第一组)', od, 1); b('一次性使用输液器', od, 1);
    } };
  },
};

// run a template as a stay
function stay(m, h, tpl, adm, nightsN, o = {}) {
  const dis = add(adm, nightsN);
  const b = bill(h.level);
  tpl.build(b, adm, dis, h.level);
  if (o.extra) o.extra(b, adm, dis);
  const px = [...(tpl.px || []), ...((tpl.pxRel || []).map(([c, off]) => [c, add(adm, Math.min(off, nightsN))])), ...(o.px || [])];
  const dept = o.dept || tpl.dept;
  return mkClaim(m, h, 'inpatient', { dept, doctorId: o.doctorId || doctor(h, dept, o.doc || 1), adm, dis, route: o.route || tpl.route, mode: o.mode, fromHosp: o.fromHosp, dx: o.dx || tpl.dx, px, bill: b });
}
function outpatient(m, h, date, dx, fill, o = {}) {
  const b = bill(h.level); b(o.consult || (h.level >= 2 ? '副主任医师门诊诊察费' : '普通门诊诊察费'), date, 1); fill(b, date);
  const dept = o.dept || 'internal_medicine';
  return mkClaim(m, h, o.visitType || 'outpatient', { dept, doctorId: o.doctorId || doctor(h, dept, o.doc || 1), date, dx, bill: b, chronicDiseases: o.chronicDiseases });
}
function pharmacy(m, h, date, dx, fill) {
  const b = bill(h.level); fill(b, date);
  return mkClaim(m, h, 'pharmacy', { dept: 'pharmacy', doctorId: doctor(h, 'pharmacy', 1), date, dx, bill: b });
}

// ---------- cases ----------
const labels = [];
let caseNo = 0;
function label(kind, code, name, cl, targets, variant, mutated) {
  caseNo++;
  const mut = {};
  if (mutated) for (const c of targets) if (c._mut.length) mut[c.claimId] = c._mut;
  labels.push({ caseId: `B131-${String(caseNo).padStart(4, '0')}`, kind, code, name, claimIds: cl.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines: mut, typology: code, variant: variant || 'overt' });
}
const rgPick = () => pick(REGIONS).code;
const hosp = (rg, k) => HOSP[rg][k];
const L23 = (rg) => hosp(rg, pick(['L3a', 'L3b', 'L2a', 'L2p']));
const L3 = (rg) => hosp(rg, pick(['L3a', 'L3b']));
const ovc = (i) => (i % 3 === 2 ? 'careful' : (i % 2 === 0 ? 'overt' : 'careful'));

function fraud(code, name, fn) { for (let i = 0; i < 15; i++) { const v = i < 7 ? 'overt' : 'careful'; const rg = REGIONS[i % 3].code; const r = fn(rg, v, i); label('fraud', code, name, r.claims, r.targets, v, true); } }
function control(code, name, fn) { for (let i = 0; i < 15; i++) { const rg = REGIONS[i % 3].code; const r = fn(rg, i); label('control', code, name, r.claims, r.targets || r.claims, 'legit', false); } }
void ovc;

// T01 高套：主要诊断升级（呼吸衰竭/心衰作主诊断而账单无相应治疗）
fraud('T01', '高套分组：主要诊断升级（账单不支持的重症主诊断）', (rg, v) => {
  const h = L23(rg); const m = member(rg, { minAge: 55 });
  const adm = randDate();
  if (v === 'overt') { // pneumonia bill, principal coded J96.000 acute respiratory failure; no blood gas, no ventilation
    const t = T.pneumonia({ level: h.level }); const c = stay(m, h, t, adm, ri(6, 8), { dx: ['J96.000', 'J18.900'] });
    return { claims: [c], targets: [c] };
  }
  // careful: hypertension/angina stay coded as heart failure (I50.000) principal; one BNP billed, no diuretic
  const t = { dept: DEPT.card, dx: [], px: [], route: 'outpatient', build(b, adm2, dis) {
    const n = nights(b, adm2, dis); admitLabs(b, adm2); b('B型钠尿肽(BNP)测定', adm2, 1); b('心脏彩色多普勒超声', add(adm2, 1), 1); b('动态心电图(24小时)', add(adm2, 1), 1);
    for (let i = 0; i < n; i++) { b('苯磺酸氨氯地平片', add(adm2, i), 1); b('缬沙坦胶囊', add(adm2, i), 1); }
    ivDays(b, adm2, Math.min(3, n));
  } };
  const c = stay(m, h, t, adm, ri(6, 9), { dx: ['I50.000', 'I10.x00x002', 'I25.100'] });
  return { claims: [c], targets: [c] };
});

// T02 高套：虚增并发症/合并症（MCC/CC 编码而账单无对应检查治疗）
fraud('T02', '高套分组：编码并发症合并症而无相应诊疗', (rg, v, i) => {
  const h = L23(rg); const m = member(rg, { minAge: 50 }); const adm = randDate();
  const kind = i % 3;
  let tpl, extraDx;
  if (kind === 0) { tpl = T.appendicitis(); extraDx = v === 'overt' ? ['J96.000', 'E87.600'] : ['E87.100']; }
  else if (kind === 1) { tpl = T.gallbladder(); extraDx = v === 'overt' ? ['D62.x00', 'E87.600'] : ['E87.600']; }
  else { tpl = T.stone(); extraDx = v === 'overt' ? ['J96.900', 'D62.x00'] : ['E87.800']; }
  const c = stay(m, h, tpl, adm, ri(3, 5), { dx: [...tpl.dx, ...extraDx] });
  return { claims: [c], targets: [c] };
});

// T03 高套：编码未实施/未收费的手术操作
fraud('T03', '高套分组：编码未实施（未收费）的手术或操作', (rg, v, i) => {
  const m = member(rg, { minAge: 55 }); const adm = randDate();
  if (v === 'overt') {
    const kind = i % 2;
    if (kind === 0) { // pneumonia coded with invasive ventilation <96h; nothing of ventilation billed
      const h = L23(rg); const t = T.pneumonia({ level: h.level }); const c = stay(m, h, t, adm, ri(6, 9), { px: [['96.7101', add(adm, 1)], ['96.0400', add(adm, 1)]] });
      return { claims: [c], targets: [c] };
    }
    // heart failure coded with thoracic closed drainage 34.0401 (OR) — no drainage billed
    const h = L23(rg); const t = T.hf(); const c = stay(m, h, t, adm, ri(6, 9), { px: [['34.0401', add(adm, 1)]] });
    return { claims: [c], targets: [c] };
  }
  // careful: unstable angina stay coded with coronary angiography 88.5500 — no angiography fee, only a local anaesthetic line
  const h = L3(rg); const t = T.angina({ noCagBill: true }); const c = stay(m, h, t, adm, ri(3, 5), {});
  return { claims: [c], targets: [c] };
});

// T04 分解住院：出院后短期内因同一疾病再入院（同院）
fraud('T04', '分解住院：出院后数日内同病再入院', (rg, v, i) => {
  const h = L23(rg); const m = member(rg, { minAge: 60 }); const adm = randDate('2025-01-20', '2025-10-30');
  const kind = i % 3;
  const mk = (o) => (kind === 0 ? T.pneumonia({ level: h.level, ...o }) : kind === 1 ? T.copd(o) : T.stroke(o));
  const n1 = ri(5, 7);
  const c1 = stay(m, h, mk({ takeHome: false }), adm, n1, { doc: 1 });
  const gap = v === 'overt' ? ri(0, 2) : ri(5, 12);
  const adm2 = add(c1.dischargeDate, gap);
  const t2 = mk({});
  const dx2 = v === 'careful' ? (kind === 0 ? ['J18.000'] : kind === 1 ? ['J44.000'] : ['I63.500', 'I10.x00x002']) : undefined;
  const c2 = stay(m, h, t2, adm2, ri(5, 7), { doc: v === 'overt' ? 1 : 2, dx: dx2, route: v === 'careful' ? 'emergency' : 'outpatient' });
  return { claims: [c1, c2], targets: [c2] };
});

// T05 分解住院：院内转科拆成两次住院结算
fraud('T05', '分解住院：院内转科按两次住院结算', (rg, v, i) => {
  const h = L3(rg); const m = member(rg, { minAge: 60 }); const adm = randDate('2025-01-20', '2025-10-30');
  if (i % 2 === 0) { // stroke in neurology, then "new admission" to rehabilitation the same/next day
    const c1 = stay(m, h, T.stroke({ takeHome: false }), adm, ri(7, 9));
    const adm2 = add(c1.dischargeDate, v === 'overt' ? 0 : 1);
    const t = { dept: DEPT.rehab, dx: [], px: [], route: 'outpatient', build(b, a, d) { const n = nights(b, a, d); b('血常规(五分类)', a, 1); b('电解质(四项)', a, 1); for (let k = 0; k < n; k++) { b('阿司匹林肠溶片', add(a, k), 1); b('阿托伐他汀钙片', add(a, k), 1); b('超声波治疗', add(a, k), 1); } } };
    const c2 = stay(m, h, t, adm2, ri(10, 14), { dx: v === 'overt' ? ['I63.900', 'I10.x00x002'] : ['I69.300x003', 'I10.x00x002'] });
    return { claims: [c1, c2], targets: [c2] };
  }
  // pneumonia in respiratory, then "new admission" to geriatrics/cardiology for the heart failure it decompensated
  const c1 = stay(m, h, T.pneumonia({ level: 3, takeHome: false }), adm, ri(5, 7));
  const adm2 = add(c1.dischargeDate, v === 'overt' ? 0 : 1);
  const c2 = stay(m, h, T.hf({}), adm2, ri(5, 7), { dept: v === 'overt' ? DEPT.card : DEPT.geri, dx: ['I50.900', 'J18.900', 'I10.x00x002'], route: 'outpatient' });
  return { claims: [c1, c2], targets: [c2] };
});

// T06 低标准入院：检查式住院（体检/检查套餐）
fraud('T06', '低标准入院：以检查为目的住院', (rg, v) => {
  const h = L23(rg); const m = member(rg, { minAge: 45 }); const adm = randDate();
  const t = { dept: v === 'overt' ? DEPT.endo : DEPT.card, dx: [], px: [], route: 'outpatient', build(b, a, d) {
    const n = nights(b, a, d); admitLabs(b, a); b('血脂(四项)', a, 1); if (v === 'overt') b('糖化血红蛋白测定', a, 1); b('肿瘤标志物(CEA)测定', a, 1);
    b('胸部CT平扫', a, 1); b('腹部B超', a, 1); b('心脏彩色多普勒超声', add(a, 1), 1); b('颈部血管彩色多普勒超声', add(a, 1), 1); b('甲状腺彩超', add(a, 1), 1);
    if (v === 'overt') { b('头颅MRI平扫', add(a, 1), h.level >= 2 ? 1 : 0); b('骨密度测定(双能X线)', add(a, 2), 1); b('动态心电图(24小时)', add(a, 2), 1); }
    else { b('动态心电图(24小时)', add(a, 1), 1); for (let k = 0; k < n; k++) b('苯磺酸氨氯地平片', add(a, k), 1); }
  } };
  const c = stay(m, h, t, adm, v === 'overt' ? ri(3, 5) : ri(4, 6), { dx: v === 'overt' ? ['E11.900', 'E78.500'] : ['I10.x00x002', 'E78.500'] });
  return { claims: [c], targets: [c] };
});

// T07 低标准入院：单纯输液疗程住院
fraud('T07', '低标准入院：单纯输液疗程住院', (rg, v) => {
  const h = pick([hosp(rg, 'L2a'), hosp(rg, 'L2p'), hosp(rg, 'L3b')]); const m = member(rg, { minAge: 60 }); const adm = randDate();
  const t = { dept: DEPT.card, dx: [], px: [], route: 'outpatient', build(b, a, d) {
    const n = nights(b, a, d); if (v === 'careful') { b('常规心电图检查', a, 1); b('血脂(四项)', a, 1); b('血常规(五分类)', a, 1); }
    for (let k = 0; k < n; k++) { const dd = add(a, k); b('丹参注射液', dd, 4); b('静脉输液(第一组)', dd, 1); b('葡萄糖注射液', dd, 1); b('一次性使用输液器', dd, 1); if (v === 'careful') b('单硝酸异山梨酯缓释片', dd, 1); }
    b('一次性使用静脉留置针', a, 1);
  } };
  const c = stay(m, h, t, adm, v === 'overt' ? ri(7, 10) : ri(8, 12), { dx: v === 'overt' ? ['I25.100'] : ['I25.100', 'I10.x00x002', 'E78.500'] });
  return { claims: [c], targets: [c] };
});

// T08 费用转移：入院前检查检验转门诊结算（住院账单无检查）
fraud('T08', '费用转移：住院检查提前至门诊结算', (rg, v, i) => {
  const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 40 }); const adm = randDate();
  const od = v === 'overt' ? adm : add(adm, -ri(1, 2));
  const kind = i % 2;
  const o1 = outpatient(m, h, od, [kind === 0 ? 'K80.100' : 'N20.100'], (b, d) => {
    admitLabs(b, d); if (kind === 0) { b('腹部CT平扫', d, 1); b('腹部B超', d, 1); } else { b('CT尿路成像(CTU)', d, 1); b('泌尿系B超', d, 1); }
    b('胸部X线摄影(正侧位)', d, 1); if (v === 'overt') b('D-二聚体测定', d, 1);
  }, { dept: kind === 0 ? DEPT.gs : DEPT.uro });
  const tpl = kind === 0 ? T.gallbladder({ noAdmitTests: true }) : { ...T.stone({ noCT: true }) };
  let c;
  if (kind === 0) c = stay(m, h, tpl, adm, ri(3, 4), { route: 'outpatient' });
  else { // stone stay with its admission labs moved out: build a lean stone stay
    const t = { dept: DEPT.uro, dx: ['N20.100'], pxRel: [['56.0x00x005', 1]], route: 'outpatient', build(b, a, d) { nights(b, a, d); b('血常规(五分类)', a, 1); const o = add(a, 1); b('经输尿管镜碎石取石术', o, 1); b('椎管内麻醉', o, 1); b('一次性使用麻醉穿刺包', o, 1); b('一次性使用导尿包', o, 1); ivDays(b, o, 1); b('注射用头孢呋辛钠', o, 2); } };
    c = stay(m, h, t, adm, ri(3, 4));
  }
  return { claims: [o1, c], targets: [o1] };
});

// T09 费用转移：出院后治疗转门诊（出院次日起门诊续输液/注射）
fraud('T09', '费用转移：出院后续治疗转门诊结算', (rg, v, i) => {
  const h = L23(rg); const m = member(rg, { minAge: 55 }); const adm = randDate('2025-01-20', '2025-11-10');
  const kind = i % 2;
  const c = kind === 0 ? stay(m, h, T.pneumonia({ level: h.level, ivN: 3, takeHome: false }), adm, ri(3, 4), { doc: 1 }) : stay(m, h, T.stroke({ ivN: 4, takeHome: false }), adm, ri(4, 5), { doc: 1 });
  const out = [];
  const start = v === 'overt' ? 0 : ri(1, 2);
  const k = v === 'overt' ? 4 : 3;
  for (let j = 0; j < k; j++) {
    const d = add(c.dischargeDate, start + j);
    out.push(outpatient(m, h, d, kind === 0 ? ['J18.900'] : ['I63.900'], (b, dd) => {
      b('静脉输液(第一组)', dd, 1); b('氯化钠注射液', dd, 1); b('一次性使用输液器', dd, 1);
      if (kind === 0) { b('注射用头孢曲松钠', dd, 2); } else { b('银杏叶提取物注射液', dd, 2); }
    }, { dept: kind === 0 ? DEPT.resp : DEPT.neuro, doctorId: c.provider.doctorId, consult: j === 0 ? undefined : '普通门诊诊察费' }));
  }
  return { claims: [c, ...out], targets: out };
});

// T10 外购药：住院期间由门诊/药店结算本应由住院提供的药品
fraud('T10', '费用转移：住院期间外购药（药店/门诊结算）', (rg, v, i) => {
  const m = member(rg, { minAge: 50 }); const adm = randDate();
  const kind = i % 3;
  let c, ph;
  if (kind === 0) { // PCI stay; ticagrelor bought at the pharmacy mid-stay
    const h = L3(rg); c = stay(m, h, T.angina({ pci: true, takeHome: false }), adm, ri(4, 6));
    const d = v === 'overt' ? add(adm, 2) : adm;
    ph = pharmacy(m, hosp(rg, v === 'overt' ? 'PH' : 'DTP'), d, ['I20.000'], (b, dd) => b('替格瑞洛片', dd, 28));
  } else if (kind === 1) { // chemo stay; capecitabine bought at the DTP pharmacy on the chemo day
    const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); c = stay(m, h, T.chemo({ capeHome: false }), adm, 2);
    ph = pharmacy(m, hosp(rg, 'DTP'), v === 'overt' ? add(adm, 1) : adm, ['C18.900'], (b, dd) => b('卡培他滨片', dd, 84));
  } else { // heart failure stay; sacubitril/valsartan and dapagliflozin via an outpatient claim at another hospital
    const h = L23(rg); c = stay(m, h, T.hf({ takeHome: false }), adm, ri(6, 8));
    const d = add(adm, v === 'overt' ? 3 : 1);
    ph = v === 'overt' ? pharmacy(m, hosp(rg, 'PH'), d, ['I50.900'], (b, dd) => { b('沙库巴曲缬沙坦钠片', dd, 28); b('达格列净片', dd, 28); })
      : outpatient(m, hosp(rg, 'L1'), d, ['I50.900'], (b, dd) => { b('达格列净片', dd, 28); }, { dept: 'general_practice' });
  }
  return { claims: [c, ph], targets: [ph] };
});

// T11 编码：症状代码作主要诊断（病因明确并已手术/治疗）
fraud('T11', '编码：以症状代码作主要诊断（病因已明确）', (rg, v, i) => {
  const m = member(rg, { minAge: 35 }); const adm = randDate();
  if (v === 'overt') {
    const h = hosp(rg, pick(['L3a', 'L3b', 'L2a', 'L2p']));
    if (i % 2 === 0) { const t = T.gallbladder(); const c = stay(m, h, t, adm, ri(3, 5), { dx: ['R10.400', 'K80.100'] }); return { claims: [c], targets: [c] }; }
    const t = T.appendicitis(); const c = stay(m, h, t, adm, ri(3, 4), { dx: ['R10.400', 'K35.800'] }); return { claims: [c], targets: [c] };
  }
  const h = L23(rg);
  if (i % 2 === 0) { const t = T.pneumonia({ level: h.level }); const c = stay(m, h, t, adm, ri(6, 8), { dx: ['R50.900', 'J18.900'] }); return { claims: [c], targets: [c] }; }
  const h3 = L3(rg); const t = T.angina({ pci: true }); const c = stay(m, h3, t, adm, ri(3, 5), { dx: ['R07.300', 'I20.000', 'I10.x00x002'] }); return { claims: [c], targets: [c] };
});

// T12 编码：化疗住院以肿瘤为主要诊断（不按 Z51.1 编码）
fraud('T12', '编码：化疗住院主要诊断选肿瘤而非化疗', (rg, v) => {
  const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 45 }); const adm = randDate();
  const c = stay(m, h, T.chemo({ tumourPrincipal: true, withZ: v === 'careful', ct: v === 'overt' }), adm, 2);
  return { claims: [c], targets: [c] };
});

// T13 推诿：费用达标后提前出院，数日后再入院
fraud('T13', '推诿：未愈提前出院后再入院', (rg, v, i) => {
  const h = L23(rg); const m = member(rg, { minAge: 65 }); const adm = randDate('2025-01-20', '2025-10-30');
  const kind = i % 2;
  const n1 = ri(3, 4);
  const c1 = kind === 0 ? stay(m, h, T.hf({ ivN: n1, takeHome: false }), adm, n1, { mode: v === 'overt' ? 'ordered' : 'community' })
    : stay(m, h, T.copd({}), adm, n1, { mode: v === 'overt' ? 'ordered' : 'community' });
  const adm2 = add(c1.dischargeDate, v === 'overt' ? ri(1, 3) : ri(4, 8));
  const c2 = kind === 0 ? stay(m, h, T.hf({ sec: ['E87.600'] , extraK: true }), adm2, ri(7, 9), { route: 'emergency', extra: (b, a) => { b('氯化钾注射液', a, 2); b('氯化钾注射液', add(a, 1), 2); } })
    : stay(m, h, T.copd({ niv: true }), adm2, ri(7, 9), { route: 'emergency' });
  return { claims: [c1, c2], targets: [c1, c2] };
});

// T14 低标准入院：门诊可完成的治疗/检查住院（ESWL、单纯结肠镜）
fraud('T14', '低标准入院：门诊可完成的操作收住院', (rg, v) => {
  const h = L23(rg); const m = member(rg, { minAge: 40 }); const adm = randDate();
  if (v === 'overt') {
    const t = { dept: DEPT.uro, dx: ['N20.000'], pxRel: [['98.5100', 1]], route: 'outpatient', build(b, a, d) { nights(b, a, d); b('血常规(五分类)', a, 1); b('尿常规', a, 1); b('泌尿系B超', a, 1); b('体外冲击波碎石', add(a, 1), 1); b('腹部X线平片(KUB)', add(a, 2 < diff(a, d) ? 2 : 1), 1); } };
    const c = stay(m, h, t, adm, ri(3, 4)); return { claims: [c], targets: [c] };
  }
  const t = T.colonoscopy({ polyp: false, dx: 'K63.500' });
  const c = stay(m, h, t, adm, 2); return { claims: [c], targets: [c] };
});

// T15 分解住院：冠脉造影与支架置入（或诊断性与治疗性内镜）分两次住院
fraud('T15', '分解住院：诊断性操作与治疗性手术拆为两次住院', (rg, v, i) => {
  const h = L3(rg); const m = member(rg, { minAge: 50 }); const adm = randDate('2025-01-20', '2025-10-30');
  if (i % 2 === 0 || v === 'overt') {
    const c1 = stay(m, h, T.angina({}), adm, ri(2, 3));
    const c2 = stay(m, h, T.angina({ pci: true, cag: false }), add(c1.dischargeDate, v === 'overt' ? ri(0, 2) : ri(5, 9)), ri(3, 4), { doc: v === 'overt' ? 1 : 2 });
    return { claims: [c1, c2], targets: [c2] };
  }
  const c1 = stay(m, h, T.colonoscopy({ polyp: false, dx: 'K63.500' }), adm, 2);
  const c2 = stay(m, h, T.colonoscopy({}), add(c1.dischargeDate, ri(3, 7)), 2);
  return { claims: [c1, c2], targets: [c2] };
});

// ---------- controls ----------
// C01 real CC with its treatment billed (hypokalaemia, hyponatraemia on a pneumonia stay)
control('C01', '真实并发症：低钾/低钠有复查与补钾', (rg) => {
  const h = L23(rg); const m = member(rg, { minAge: 65 }); const adm = randDate();
  const c = stay(m, h, T.pneumonia({ level: h.level, sec: ['E87.600', 'E87.100'] }), adm, ri(7, 9), { extra: (b, a, d) => { for (let k = 0; k < 4; k++) { b('氯化钾注射液', add(a, k), 3); } b('电解质(四项)', add(a, 1), 1); b('电解质(四项)', add(a, 2), 1); b('电解质(四项)', add(d, -1), 1); b('氯化钠注射液', add(a, 1), 2); } });
  return { claims: [c] };
});
// C02 real respiratory failure principal: blood gas series, NIV, oxygen
control('C02', '真实呼吸衰竭主诊断：血气系列与无创通气', (rg) => {
  const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 65 }); const adm = randDate();
  const c = stay(m, h, T.copd({ niv: true }), adm, ri(8, 11), { dx: ['J96.000', 'J44.100'], px: [['93.9000x002', adm]], extra: (b, a) => { b('血气分析', a, 1); b('血气分析', add(a, 1), 2); b('一次性呼吸机管路', a, 1); } });
  return { claims: [c] };
});
// C03 procedure coded and billed: thoracentesis / chest drain for a parapneumonic effusion
control('C03', '编码操作与收费一致：胸腔闭式引流', (rg) => {
  const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 50 }); const adm = randDate();
  const c = stay(m, h, T.pneumonia({ level: h.level }), adm, ri(8, 11), { dx: ['J18.900', 'J90.x00'], px: [['34.0401', add(adm, 1)]], extra: (b, a) => { const d = add(a, 1); b('胸腔闭式引流术', d, 1); b('局部浸润麻醉', d, 1); b('一次性使用引流袋', d, 1); b('一次性使用引流袋', add(d, 2), 1); b('胸部X线摄影(正侧位)', add(d, 1), 1); } });
  return { claims: [c] };
});
// C04 chemotherapy cycles every 21 days
control('C04', '计划再入院：结肠癌 XELOX 化疗周期', (rg) => {
  const h = hosp(rg, pick(['L3a', 'L3b'])); const m = member(rg, { minAge: 45, maxAge: 75 }); let adm = randDate('2025-01-20', '2025-08-30');
  const cl = [];
  for (let k = 0; k < 4; k++) { cl.push(stay(m, h, T.chemo({ ct: k === 3 }), adm, 2)); adm = add(adm, 21); }
  return { claims: cl };
});
// C05 staged urology: emergency stent for an obstructing stone, ureteroscopy 3–5 weeks later
control('C05', '分期手术：梗阻结石先置管、择期输尿管镜碎石', (rg) => {
  const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 30, maxAge: 70 }); const adm = randDate('2025-01-20', '2025-09-30');
  const t1 = { dept: DEPT.uro, dx: ['N13.200', 'N20.100'], pxRel: [['59.8x00', 0]], route: 'emergency', build(b, a, d) { const n = nights(b, a, d); admitLabs(b, a); b('C反应蛋白测定', a, 1); b('CT尿路成像(CTU)', a, 1); b('经膀胱镜输尿管支架置入术', a, 1); b('输尿管支架(双J管)', a, 1); b('局部浸润麻醉', a, 1); ivDays(b, a, n); for (let k = 0; k < n; k++) b('注射用头孢呋辛钠', add(a, k), 2); } };
  const c1 = stay(m, h, t1, adm, ri(2, 3));
  const c2 = stay(m, h, T.stone({ noCT: true }), add(c1.dischargeDate, ri(21, 35)), 3, { px: [] });
  return { claims: [c1, c2] };
});
// C06 staged PCI for multivessel disease 4–8 weeks later
control('C06', '计划再入院：多支病变分期 PCI', (rg) => {
  const h = L3(rg); const m = member(rg, { minAge: 50 }); const adm = randDate('2025-01-20', '2025-09-20');
  const c1 = stay(m, h, T.angina({ pci: true, sec: ['I25.100'] }), adm, ri(4, 5));
  const c2 = stay(m, h, T.angina({ pci: true, cag: false, sec: ['I25.100'] }), add(c1.dischargeDate, ri(28, 56)), 3);
  return { claims: [c1, c2] };
});
// C07 readmission soon after for an unrelated condition
control('C07', '短期再入院：与前次无关的疾病', (rg, i) => {
  const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 45 }); const adm = randDate('2025-01-20', '2025-10-30');
  const c1 = i % 2 === 0 ? stay(m, h, T.hernia(), adm, 3) : stay(m, h, T.stone({}), adm, 3);
  const c2 = i % 2 === 0 ? stay(m, h, T.pneumonia({ level: h.level }), add(c1.dischargeDate, ri(3, 9)), ri(6, 8), { route: 'emergency' }) : stay(m, h, T.gibleed(), add(c1.dischargeDate, ri(3, 9)), ri(4, 6));
  return { claims: [c1, c2] };
});
// C08 real transfer up: level-2 stay 医嘱转院 → level-3 stay admitted as transfer the same day
control('C08', '医嘱转院：二级医院转三级医院', (rg, i) => {
  const h2 = hosp(rg, pick(['L2a', 'L2p'])); const h3 = L3(rg); const m = member(rg, { minAge: 55 }); const adm = randDate('2025-01-20', '2025-10-30');
  const stemi = i % 2 === 0;
  const t1 = stemi ? T.angina({ cag: false, takeHome: false }) : T.stroke({ takeHome: false });
  const c1 = stay(m, h2, t1, adm, ri(1, 2), { mode: 'transfer' });
  const c2 = stemi ? stay(m, h3, T.angina({ pci: true, cag: false }), c1.dischargeDate, ri(4, 6), { route: 'transfer', fromHosp: h2.id, px: [['88.5500', add(c1.dischargeDate, 1)]] })
    : stay(m, h3, T.stroke({ dx: 'I63.500' }), c1.dischargeDate, ri(9, 12), { route: 'transfer', fromHosp: h2.id });
  return { claims: [c1, c2] };
});
// C09 chest pain observation with troponin series, discharged without a cause: symptom code is right
control('C09', '胸痛观察：肌钙蛋白序列后排除 ACS 的短住院', (rg) => {
  const h = L23(rg); const m = member(rg, { minAge: 40 }); const adm = randDate();
  const c = stay(m, h, T.chestObs(), adm, 1);
  return { claims: [c] };
});
// C10 day surgery: laparoscopic cholecystectomy in 1 night
control('C10', '日间手术：腹腔镜胆囊切除 24 小时出入院', (rg) => {
  const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 30, maxAge: 65 }); const adm = randDate();
  const o = outpatient(m, h, add(adm, -ri(3, 10)), ['K80.100'], (b, d) => { admitLabs(b, d); b('腹部B超', d, 1); b('胸部X线摄影(正侧位)', d, 1); }, { dept: DEPT.gs });
  const t = T.gallbladder({ noAdmitTests: true });
  const c = stay(m, h, t, adm, 1, { dept: 'day_surgery' });
  return { claims: [o, c], targets: [c] };
});
// C11 real pre-admission visit: the diagnosing outpatient visit 6–14 days before an elective operation; the stay repeats what it must
control('C11', '入院前门诊确诊检查（确诊就诊，择期手术）', (rg, i) => {
  const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 30, maxAge: 75 }); const adm = randDate();
  const od = add(adm, -ri(6, 14));
  const hern = i % 2 === 0;
  const o = outpatient(m, h, od, [hern ? 'K40.900' : 'K80.100'], (b, d) => { b('血常规(五分类)', d, 1); if (hern) b('腹部B超', d, 1); else { b('腹部B超', d, 1); b('肝功能(全套)', d, 1); } }, { dept: DEPT.gs });
  const c = stay(m, h, hern ? T.hernia() : T.gallbladder(), adm, ri(3, 4));
  return { claims: [o, c], targets: [o, c] };
});
// C12 take-home drugs at discharge within the usual limits
control('C12', '出院带药：合理天数内的带药', (rg, i) => {
  const h = L23(rg); const m = member(rg, { minAge: 55 }); const adm = randDate();
  const c = i % 2 === 0 ? stay(m, h, T.stroke(), adm, ri(8, 10)) : stay(m, h, T.hf(), adm, ri(6, 8));
  return { claims: [c] };
});
// C13 short stay that needs admission: upper GI bleed 2 nights with endoscopic haemostasis
control('C13', '必要短住院：上消化道出血内镜止血', (rg) => {
  const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 40 }); const adm = randDate();
  const c = stay(m, h, T.gibleed(), adm, ri(2, 3));
  return { claims: [c] };
});
// C14 outpatient follow-up after discharge: wound check and stitches out at 7–10 days
control('C14', '出院后复诊：伤口换药拆线', (rg, i) => {
  const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 25, maxAge: 70 }); const adm = randDate('2025-01-20', '2025-11-10');
  const c = i % 2 === 0 ? stay(m, h, T.appendicitis(), adm, 3) : stay(m, h, T.hernia(), adm, 3);
  const o = outpatient(m, h, add(c.dischargeDate, ri(6, 9)), ['Z48.000'], (b, d) => { b('换药(中)', d, 1); b('一次性使用换药包', d, 1); }, { dept: DEPT.gs, consult: '普通门诊诊察费' });
  return { claims: [c, o] };
});
// C15 a chronic-disease pharmacy purchase days before admission, none during the stay
control('C15', '入院前药店购慢病药（住院期间无购药）', (rg, i) => {
  const h = L23(rg); const m = member(rg, { minAge: 50 }); const adm = randDate();
  const p = pharmacy(m, hosp(rg, 'PH'), add(adm, -ri(4, 12)), ['E11.900', 'I10.x00x002'], (b, d) => { b('盐酸二甲双胍片', d, 90); b('苯磺酸氨氯地平片', d, 30); });
  const c = i % 2 === 0 ? stay(m, h, T.pneumonia({ level: h.level, sec: ['E11.900', 'I10.x00x002'] }), adm, ri(6, 8)) : stay(m, h, T.hernia({ sec: ['E11.900', 'I10.x00x002'] }), adm, 3);
  return { claims: [p, c] };
});
// C16 unplanned readmission for a real complication: surgical-site infection 8–20 days after appendicectomy
control('C16', '真实并发症再入院：术后切口感染', (rg) => {
  const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 25, maxAge: 75 }); const adm = randDate('2025-01-20', '2025-10-30');
  const c1 = stay(m, h, T.appendicitis(), adm, 3);
  const t = { dept: DEPT.gs, dx: ['T81.400x001'], pxRel: [['86.2200', 0]], route: 'emergency', build(b, a, d) { const n = nights(b, a, d); b('血常规(五分类)', a, 1); b('C反应蛋白测定', a, 1); b('体表脓肿切开引流术', a, 1); b('局部浸润麻醉', a, 1); ivDays(b, a, n); for (let k = 0; k < n; k++) { b('注射用头孢呋辛钠', add(a, k), 3); b('换药(大)', add(a, k), 1); } b('血常规(五分类)', add(a, n - 1), 1); } };
  const c2 = stay(m, h, t, add(c1.dischargeDate, ri(8, 20)), ri(4, 6));
  return { claims: [c1, c2] };
});
// C17 fever of unknown origin: symptom code principal after a full work-up that found no cause
control('C17', '症状诊断合理：不明原因发热全面检查未明确病因', (rg) => {
  const h = L3(rg); const m = member(rg, { minAge: 30 }); const adm = randDate();
  const t = { dept: 'infectious_disease', dx: ['R50.900'], px: [], route: 'outpatient', build(b, a, d) { const n = nights(b, a, d); admitLabs(b, a); b('C反应蛋白测定', a, 1); b('降钙素原测定', a, 1); b('血培养及鉴定(需氧/厌氧)', a, 2); b('血培养及鉴定(需氧/厌氧)', add(a, 1), 2); b('胸部CT平扫', a, 1); b('腹部CT平扫', add(a, 1), 1); b('心脏彩色多普勒超声', add(a, 2), 1); b('血常规(五分类)', add(a, 3), 1); b('C反应蛋白测定', add(a, 3), 1); for (let k = 0; k < n; k++) b('布洛芬缓释胶囊', add(a, k), 2); ivDays(b, a, 3); } };
  const c = stay(m, h, t, adm, ri(6, 8));
  return { claims: [c] };
});
// C18 chemotherapy coded correctly (Z51.100 principal) with CT restaging in the same stay
control('C18', '化疗住院按 Z51.1 主诊断正确编码（含复查）', (rg) => {
  const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 45 }); const adm = randDate();
  const c = stay(m, h, T.chemo({ ct: true }), adm, ri(2, 3));
  return { claims: [c] };
});
// C19 real MCC: diabetic ketoacidosis with insulin infusion, blood gas and potassium
control('C19', '真实严重并发症：糖尿病酮症酸中毒', (rg) => {
  const h = L23(rg); const m = member(rg, { minAge: 25, maxAge: 75 }); const adm = randDate();
  const c = stay(m, h, T.diabetes({ dx: 'E11.101', sec: ['E87.600'], noExtra: true }), adm, ri(5, 7), { route: 'emergency', extra: (b, a) => { b('血气分析', a, 2); b('血气分析', add(a, 1), 1); for (let k = 0; k < 3; k++) { const d = add(a, k); b('静脉输液(第一组)', d, 1); b('氯化钠注射液', d, 3); b('一次性使用输液器', d, 1); b('氯化钾注射液', d, 3); b('生物合成人胰岛素注射液', d, 1); b('输液泵辅助静脉输液', d, 12); } b('电解质(四项)', add(a, 1), 1); b('电解质(四项)', add(a, 2), 1); b('尿常规', add(a, 1), 1); } });
  return { claims: [c] };
});
// C20 inpatient diagnostic work-up that needs admission: suspected lung cancer, bronchoscopy with lavage and biopsy
control('C20', '需住院的诊断性检查：疑似肺癌支气管镜', (rg) => {
  const h = L3(rg); const m = member(rg, { minAge: 50 }); const adm = randDate();
  const t = { dept: DEPT.resp, dx: ['C34.900'], pxRel: [['33.2403', 1]], route: 'outpatient', build(b, a, d) { nights(b, a, d); admitLabs(b, a); b('胸部CT平扫', a, 1); b('CT增强扫描(加收)', a, 1); b('肿瘤标志物(CEA)测定', a, 1); b('血气分析', a, 1); const o = add(a, 1); b('局部浸润麻醉', o, 1); b('病理检查(常规石蜡切片)', o, 2); b('痰细菌培养及鉴定', o, 1); b('头颅MRI平扫', add(a, 2), 1); b('腹部B超', add(a, 2), 1); } };
  const c = stay(m, h, t, adm, ri(4, 6));
  return { claims: [c] };
});
// C21 IV course that needs admission: COPD exacerbation with systemic steroid and IV antibiotic
control('C21', '需住院的静脉治疗：慢阻肺急性加重', (rg) => {
  const h = L23(rg); const m = member(rg, { minAge: 60 }); const adm = randDate();
  const c = stay(m, h, T.copd(), adm, ri(7, 9));
  return { claims: [c] };
});
// C22 patient left against advice and came back: dischargeMode against_advice, readmitted through the ED
control('C22', '非医嘱离院后病情反复再入院', (rg, i) => {
  const h = L23(rg); const m = member(rg, { minAge: 60 }); const adm = randDate('2025-01-20', '2025-10-30');
  const c1 = i % 2 === 0 ? stay(m, h, T.pneumonia({ level: h.level, takeHome: false }), adm, ri(2, 3), { mode: 'against_advice' }) : stay(m, h, T.copd(), adm, ri(2, 3), { mode: 'against_advice' });
  const c2 = i % 2 === 0 ? stay(m, h, T.pneumonia({ level: h.level, sec: ['J96.000'] }), add(c1.dischargeDate, ri(2, 5)), ri(7, 9), { route: 'emergency', extra: (b, a) => { b('血气分析', a, 2); b('血气分析', add(a, 2), 1); } })
    : stay(m, h, T.copd({ niv: true }), add(c1.dischargeDate, ri(2, 5)), ri(7, 9), { route: 'emergency' });
  return { claims: [c1, c2] };
});
// C23 ICU then ward in one stay (a transfer between departments billed once)
control('C23', '院内转科一次结算：ICU 转普通病房', (rg) => {
  const h = L3(rg); const m = member(rg, { minAge: 55 }); const adm = randDate();
  const c = stay(m, h, T.pneumonia({ level: 3, sec: ['J96.000'], icuDays: 2 }), adm, ri(9, 12), { dept: DEPT.resp, route: 'emergency', extra: (b, a) => { b('血气分析', a, 3); b('血气分析', add(a, 1), 2); for (let k = 0; k < 2; k++) b('无创呼吸机辅助通气', add(a, k), 16); b('一次性呼吸机管路', a, 1); }, px: [['93.9000x002', adm]] });
  // ICU days replace the first two ward days
  return { claims: [c] };
});
// C24 门诊慢特病 visit with a long prescription the week before admission
control('C24', '入院前门诊慢特病长处方（与住院无重叠）', (rg, i) => {
  const h = L23(rg); const m = member(rg, { minAge: 50, type: 'employee' }); const adm = randDate();
  const ch = outpatient(m, hosp(rg, 'L1'), add(adm, -ri(5, 15)), ['E11.900'], (b, d) => { b('盐酸二甲双胍片', d, 252); b.lines[b.lines.length - 1].longRx = true; }, { visitType: 'chronic', consult: '门诊慢特病管理诊查费', dept: 'general_practice', chronicDiseases: ['E11'] });
  const c = i % 2 === 0 ? stay(m, h, T.gallbladder({ sec: ['E11.900'] }), adm, ri(3, 4)) : stay(m, h, T.stroke({ sec: ['E11.900'] }), adm, ri(8, 10));
  return { claims: [ch, c] };
});

// ---------- routine ----------
for (let i = 0; i < 100; i++) {
  const rg = REGIONS[i % 3].code; const adm = randDate(); const k = i % 10;
  let cl;
  if (k === 0) { const h = L23(rg); const m = member(rg, { minAge: 50 }); cl = [stay(m, h, T.pneumonia({ level: h.level }), adm, ri(6, 9))]; }
  else if (k === 1) { const h = L23(rg); const m = member(rg, { minAge: 60 }); cl = [stay(m, h, T.copd(), adm, ri(6, 9))]; }
  else if (k === 2) { const h = L23(rg); const m = member(rg, { minAge: 60 }); cl = [stay(m, h, T.hf(), adm, ri(6, 9))]; }
  else if (k === 3) { const h = L3(rg); const m = member(rg, { minAge: 45 }); cl = [stay(m, h, T.angina({ pci: rnd() < 0.5 }), adm, ri(3, 5))]; }
  else if (k === 4) { const h = L23(rg); const m = member(rg, { minAge: 40 }); cl = [stay(m, h, T.diabetes({ sec: ['I10.x00x002'] }), adm, ri(6, 9))]; }
  else if (k === 5) { const h = L23(rg); const m = member(rg, { minAge: 50 }); cl = [stay(m, h, T.stroke(), adm, ri(9, 12))]; }
  else if (k === 6) { const h = L23(rg); const m = member(rg, { minAge: 16, maxAge: 60 }); cl = [stay(m, h, T.appendicitis(), adm, ri(3, 5))]; }
  else if (k === 7) { const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 30, maxAge: 75 }); cl = [stay(m, h, T.gallbladder(), adm, ri(3, 5))]; }
  else if (k === 8) { const h = L23(rg); const m = member(rg, { minAge: 30, maxAge: 80 }); cl = [stay(m, h, T.hernia(), adm, ri(3, 4))]; }
  else { const h = hosp(rg, pick(['L3a', 'L3b', 'L2a'])); const m = member(rg, { minAge: 25, maxAge: 70 }); cl = [stay(m, h, T.stone({ stent: rnd() < 0.5 }), adm, ri(3, 4))]; }
  label('routine', 'R', '常规住院', cl, cl, 'routine', false);
}

// ---------- output ----------
claims.sort((a, b) => (a._sort < b._sort ? -1 : a._sort > b._sort ? 1 : 0));
const out = claims.map((c) => { const x = { ...c }; delete x._mut; delete x._sort; return JSON.stringify(x); });
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind131: ${claims.length} claims, ${labels.length} cases`);
