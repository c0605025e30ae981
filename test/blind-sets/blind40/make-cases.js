#!/usr/bin/env node
// blind40: oncology/haematology, critical care, lab & imaging, ophthalmology, elderly care, 异地就医,
// endocrinology/nephrology. Plain Node 20, fixed seed. Writes claims.ndjson + labels.json in this folder.
// Pass 2: if groups.json (claimId -> drg, written by build.sh) exists, reportedGroup.drg is filled from it.
'use strict';
const fs = require('fs');
const path = require('path');
const OUT = __dirname;
const CAT = '/work/wt/base41/rules/catalogue';
const N = Number(process.env.N_PER_KIND || 15);

// ---------- rng ----------
let s = 40404040 >>> 0;
function rnd() { s |= 0; s = (s + 0x6D2B79F5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- catalogue ----------
const ROW = {};
for (const f of ['drugs', 'services', 'consumables']) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f + '.json'), 'utf8')).rows) ROW[r.name] = r;
}
function row(name) { const r = ROW[name]; if (!r) throw new Error('no catalogue row ' + name); return r; }

// ---------- dates ----------
function addDays(d, n) { const t = new Date(d + 'T00:00:00Z'); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
function diffDays(a, b) { return Math.round((new Date(b + 'T00:00:00Z') - new Date(a + 'T00:00:00Z')) / 86400000); }
function dow(d) { return new Date(d + 'T00:00:00Z').getUTCDay(); }
function randDate(from, to) { return addDays(from, ri(0, diffDays(from, to))); }
function weekday(d) { while (dow(d) === 0 || dow(d) === 6) d = addDays(d, 1); return d; }

// ---------- hospitals ----------
const HOME = ['220100', '230100', '370100', '510100', '420100'];
const AWAY = ['310100', '110100', '440100', '460100', '530100'];
const HOSP = {};
function hosp(region, level, k = 1) {
  const id = `H${region}${level}${k}`;
  if (!HOSP[id]) HOSP[id] = { id, region, level };
  return HOSP[id];
}
function pharmacy(region, k = 1) { return { id: `Y${region}0${k}`, region, level: 1, pharmacy: true }; }
const doc = (h, dept) => `D${h.id.slice(1, 5)}${h.level}${(dept.length * 7 + ri(0, 5)) % 10}${ri(0, 9)}`;

// ---------- patients ----------
let pseq = 0;
function person({ age, gender, type, region, chronic }) {
  const y = 2025 - age;
  const bd = `${y}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const insType = type || (age >= 60 ? pick(['employee', 'resident']) : pick(['employee', 'employee', 'resident']));
  gender = gender || pick(['M', 'F']);
  return {
    insuredId: `P40${String(++pseq).padStart(6, '0')}`, gender, birthDate: bd,
    retired: false, insType, age, home: region || pick(HOME),
    chronic: chronic || null,
  };
}

// ---------- claims ----------
const claims = [];
let cseq = 0;
let groups = {};
try { groups = JSON.parse(fs.readFileSync(path.join(OUT, 'groups.json'), 'utf8')); } catch (e) { groups = {}; }

function claim(o) {
  // o: {p, h, dept, vt, adm, dis, date, dx, px, route, mode, transferFrom}
  const h = o.h;
  const c = {
    claimId: `${h.region}-${h.id}-2025-${String(++cseq).padStart(6, '0')}`,
    region: h.region,
    insuranceType: o.p.insType,
    visitType: o.vt,
    patient: { insuredId: o.p.insuredId, gender: o.p.gender, birthDate: o.p.birthDate, retired: o.p.retired },
    enrollment: {
      enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 20), lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears: o.p.insType === 'employee' ? ri(12, 38) : 0, special: null,
    },
    provider: { hospitalId: h.id, level: h.level, department: o.dept, doctorId: o.doctor || doc(h, o.dept) },
  };
  // retirement status and contribution years consistent with the member (seed 003: 30 years men / 25 women for retiree benefits)
  const retired = o.p.retired || (o.p.insType === 'employee' && o.p.age >= (o.p.gender === 'F' ? 55 : 60));
  c.patient.retired = retired;
  if (o.p.insType === 'employee') { o.p.cy = o.p.cy || (retired ? (o.p.gender === 'F' ? 26 : 31) + ri(0, 10) : Math.max(1, Math.min(o.p.age - 20, ri(3, 30)))); c.enrollment.contributionYears = o.p.cy; }
  if (o.p.chronic) c.enrollment.chronicDiseases = o.p.chronic;
  if (h.region !== o.p.home) c.insuredRegion = o.p.home;
  if (o.vt === 'inpatient') {
    c.admissionDate = o.adm; c.dischargeDate = o.dis;
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered';
    if (o.transferFrom) c.transferFromHospitalId = o.transferFrom;
  } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (o.vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = [];
  c._n = 0;
  claims.push(c);
  return c;
}
function add(c, name, date, qty, opt = {}) {
  const r = row(name);
  const price = opt.price != null ? opt.price : r.priceCap[String(c.provider.level)];
  const code = r.products ? r.products[0] : r.code;
  const it = { lineId: String(++c._n), code, name: r.name, category: r.category, date, quantity: qty, unitPrice: price, amount: r2(qty * price) };
  if (opt.long) it.longPrescription = true;
  c.items.push(it);
  return it.lineId;
}
function fundOf(c) {
  let total = 0, policy = 0;
  for (const it of c.items) {
    const r = row(it.name);
    total += it.amount;
    if (r.class !== '丙') policy += it.amount * (1 - (r.selfPayShare || 0));
  }
  total = r2(total); policy = r2(policy);
  const emp = c.insuranceType === 'employee';
  const L = c.provider.level;
  const away = c.insuredRegion && c.insuredRegion !== c.region;
  let fund;
  if (c.visitType === 'inpatient') {
    const ded = (emp ? { 1: 200, 2: 500, 3: 800 } : { 1: 300, 2: 600, 3: 1000 })[L];
    let ratio = (emp ? { 1: 0.9, 2: 0.85, 3: 0.8 } : { 1: 0.85, 2: 0.7, 3: 0.6 })[L];
    if (c.patient.retired) ratio += 0.03;
    if (away) ratio -= 0.05;
    fund = Math.min(Math.max(0, policy - ded) * ratio, 300000);
  } else if (c.visitType === 'chronic') {
    fund = Math.max(0, policy) * (emp ? 0.75 : 0.65);
  } else if (c.visitType === 'pharmacy') {
    fund = policy * 0.5;
  } else {
    let ratio = emp ? 0.6 : 0.5; if (L === 1) ratio += 0.1; if (away) ratio -= 0.05;
    fund = policy * ratio;
  }
  return { total, policy, fundClaimed: r2(fund) };
}

// ---------- building blocks ----------
const NURS = { 1: 'Ⅰ级护理', 2: 'Ⅱ级护理', 3: 'Ⅲ级护理', S: '特级护理' };
function los(c) { return diffDays(c.admissionDate, c.dischargeDate); }
function dayDates(c) { const n = Math.max(1, los(c)); return Array.from({ length: n }, (_, i) => addDays(c.admissionDate, i)); }
// per-day bed, nursing, round; plan(i,date) -> {bed:'ward'|'icu'|'clean', nurse: 1|2|3|'S'|'ICU'}
function stayBase(c, plan) {
  dayDates(c).forEach((d, i) => {
    const p = plan ? plan(i, d) : { bed: 'ward', nurse: 2 };
    add(c, p.bed === 'icu' ? '监护病房床位费' : p.bed === 'clean' ? '层流洁净病房床位费' : '普通病房床位费(三人间)', d, 1);
    if (p.nurse === 'ICU') add(c, '重症监护', d, p.hours || 24);
    else add(c, NURS[p.nurse], d, 1);
    add(c, '住院诊查费', d, 1);
  });
}
function admLabs(c, d, extra = []) {
  for (const n of ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '常规心电图检查', ...extra]) add(c, n, d, 1);
}
function infuse(c, d, groups) { c._inf = c._inf || {}; c._inf[d] = (c._inf[d] || 0) + groups; }
function emitInfusions(c) {
  for (const d of Object.keys(c._inf || {}).sort()) {
    const g = c._inf[d];
    add(c, '静脉输液(第一组)', d, 1);
    if (g > 1) add(c, '静脉输液(每增加一组)', d, Math.min(g - 1, 5));
    add(c, '一次性使用输液器', d, Math.min(g, 4));
    add(c, '一次性使用输液贴', d, 1);
  }
  delete c._inf;
}
function opd(c, d, senior) { add(c, senior ? '副主任医师门诊诊察费' : '普通门诊诊察费', d, 1); }

// vials for a dose in mg/m2 at BSA, by the catalogue's smallest vial as the price note says
const VIAL = { '注射用奥沙利铂': 50, '紫杉醇注射液': 30, '顺铂注射液': 10, '注射用吉西他滨': 200, '亚叶酸钙注射液': 100 };
const vials = (drug, mgm2, bsa) => Math.ceil((mgm2 * bsa) / VIAL[drug]);

const CANCERS = [
  { dx: 'C18.900', name: 'colon', reg: 'XELOX' }, { dx: 'C16.900', name: 'gastric', reg: 'XELOX' },
  { dx: 'C34.900x001', name: 'lung', reg: 'TP' }, { dx: 'C50.900', name: 'breast', reg: 'TP', f: true },
  { dx: 'C15.900', name: 'oesophagus', reg: 'TP' }, { dx: 'C53.900', name: 'cervix', reg: 'TP', f: true },
  { dx: 'C56.x00', name: 'ovary', reg: 'TP', f: true }, { dx: 'C25.900', name: 'pancreas', reg: 'GEM' },
  { dx: 'C67.900', name: 'bladder', reg: 'GP' }, { dx: 'C11.900', name: 'nasopharynx', reg: 'GP' },
];
// a chemotherapy stay: day-1 regimen, labs, antiemetics, hydration. returns {c, drugLines:[...], cfgLines:[...]}.
function chemoStay(p, h, adm, days, ca, bsa, opt = {}) {
  const dis = addDays(adm, days);
  const zc = opt.z || pick(['Z51.102', 'Z51.103', 'Z51.102']);
  const c = claim({ p, h, dept: 'oncology', vt: 'inpatient', adm, dis, dx: [zc, ca.dx, ...(opt.extraDx || [])], px: [['99.2500', addDays(adm, 1)]], route: 'outpatient' });
  stayBase(c, () => ({ bed: 'ward', nurse: 2 }));
  admLabs(c, adm, ['肿瘤标志物(CEA)测定']);
  const d1 = addDays(adm, 1);
  const out = { c, drug: [], cfg: [], anti: [], d1 };
  const reg = opt.reg || ca.reg;
  const give = (drug, q, d) => { out.drug.push(add(c, drug, d, q)); out.cfg.push(add(c, '化疗药物配置', d, 1)); };
  if (!opt.noDrugs) {
    if (reg === 'XELOX') give('注射用奥沙利铂', vials('注射用奥沙利铂', 130, bsa), d1);
    else if (reg === 'TP') { give('紫杉醇注射液', vials('紫杉醇注射液', 175, bsa), d1); give('顺铂注射液', vials('顺铂注射液', 75, bsa), d1); }
    else if (reg === 'GEM') give('注射用吉西他滨', vials('注射用吉西他滨', 1000, bsa), d1);
    else if (reg === 'GP') { give('注射用吉西他滨', vials('注射用吉西他滨', 1000, bsa), d1); give('顺铂注射液', vials('顺铂注射液', 75, bsa), d1); }
  }
  out.anti.push(add(c, '盐酸帕洛诺司琼注射液', d1, 1));
  add(c, '地塞米松磷酸钠注射液', d1, 2);
  add(c, '氯化钠注射液', d1, 3);
  add(c, '葡萄糖注射液', d1, 1);
  infuse(c, d1, 4);
  for (let i = 2; i < days; i++) { const d = addDays(adm, i); add(c, '盐酸甲氧氯普胺注射液', d, 2); add(c, '氯化钠注射液', d, 1); infuse(c, d, 1); }
  add(c, '血常规(五分类)', addDays(adm, days - 1 > 1 ? days - 1 : 1), 1);
  if (reg === 'XELOX' && !opt.noCape) out.cape = add(c, '卡培他滨片', addDays(adm, days - 1 > 1 ? days - 1 : 1), 7 * 14);
  return out;
}

// ---------- labels ----------
const labels = [];
function label(caseId, kind, code, name, cl, targets, mutated) {
  labels.push({ caseId, kind, code, name, claimIds: cl.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines: mutated || {} });
}
const mut = (pairs) => { const m = {}; for (const [c, ls] of pairs) { if (!ls || !ls.length) continue; m[c.claimId] = (m[c.claimId] || []).concat(ls); } return m; };

// settle order: we collect cases as lists of [claim, settleKey]; output sorted by settle date (stable)
const settleKey = new Map();
function settle(c, date) { settleKey.set(c, date); }

// ---------- helpers for specific care ----------
function bsaFor(p) { return p.gender === 'F' ? r2(1.42 + rnd() * 0.32) : r2(1.6 + rnd() * 0.35); }
const ageOnc = () => ri(38, 78);

// =============== FRAUD TYPOLOGIES ===============
const T = [];
// T01 化疗药超体表面积剂量
T.push(['T01', '化疗药按体表面积超剂量计费', (id, i) => {
  const ca = pick(CANCERS.filter((x) => x.reg !== 'GEM'));
  const p = person({ age: ageOnc(), gender: ca.f ? 'F' : undefined });
  const h = hosp(p.home, pick([2, 3, 3]), ri(1, 2));
  const bsa = bsaFor(p);
  const adm = randDate('2025-02-01', '2025-11-20');
  const o = chemoStay(p, h, adm, ri(3, 5), ca, bsa);
  const c = o.c; const v = i % 4; const m = [];
  const first = c.items.find((x) => x.lineId === o.drug[0]);
  if (v === 0) { // quantity inflated far above any BSA (x1.8-2.6)
    first.quantity = Math.ceil(first.quantity * (1.8 + rnd() * 0.8)); first.amount = r2(first.quantity * first.unitPrice); m.push(first.lineId);
  } else if (v === 1) { // a q3w single-day dose billed again on day 2
    m.push(add(c, first.name, addDays(o.d1, 1), first.quantity)); add(c, '化疗药物配置', addDays(o.d1, 1), 1);
  } else if (v === 2) { // moderate inflation on every cytotoxic line (+35-60%)
    for (const lid of o.drug) { const it = c.items.find((x) => x.lineId === lid); it.quantity = Math.ceil(it.quantity * (1.35 + rnd() * 0.25)); it.amount = r2(it.quantity * it.unitPrice); m.push(lid); }
  } else { // dose split over days 1-3 as if a d1-3 schedule though a single-day regimen: total 2.5x
    const q = first.quantity;
    for (let k = 1; k <= 2; k++) m.push(add(c, first.name, addDays(o.d1, k), Math.ceil(q * 0.75)));
  }
  settle(c, c.dischargeDate);
  label(id, 'fraud', 'T01', '化疗药按体表面积超剂量计费', [c], [c], mut([[c, m]]));
}]);

// T02 双通道药品药店购买同时住院计费
T.push(['T02', '双通道药店购药与住院重复计费', (id, i) => {
  const useZol = i % 3 === 2;
  if (!useZol) {
    const ca = pick(CANCERS.filter((x) => x.reg === 'XELOX').concat([{ dx: 'C50.900', reg: 'XELOX', f: true }]));
    const p = person({ age: ageOnc(), gender: ca.f ? 'F' : undefined });
    const h = hosp(p.home, 3, ri(1, 2));
    const adm = randDate('2025-02-01', '2025-11-20');
    const o = chemoStay(p, h, adm, ri(3, 4), ca, bsaFor(p), { reg: 'XELOX' });
    const ph = pharmacy(p.home, ri(1, 3));
    const pd = addDays(adm, pick([-2, -1, 1, 2]));
    const pc = claim({ p, h: ph, dept: 'pharmacy', vt: 'pharmacy', date: pd, dx: [ca.dx] });
    const pl = add(pc, '卡培他滨片', pd, pick([84, 98, 112]));
    settle(pc, pd); settle(o.c, o.c.dischargeDate);
    label(id, 'fraud', 'T02', '双通道药店购药与住院重复计费', [pc, o.c], [pc, o.c], mut([[pc, [pl]], [o.c, [o.cape]]]));
  } else {
    const prim = pick([{ dx: 'C50.900', f: true }, { dx: 'C61.x00', m: true }, { dx: 'C34.900x001' }]);
    const p = person({ age: ri(50, 80), gender: prim.f ? 'F' : prim.m ? 'M' : undefined });
    const h = hosp(p.home, pick([2, 3]), ri(1, 2));
    const adm = randDate('2025-02-01', '2025-11-20');
    const dis = addDays(adm, ri(2, 4));
    const c = claim({ p, h, dept: 'oncology', vt: 'inpatient', adm, dis, dx: ['C79.500x001', prim.dx], px: [['99.2900', addDays(adm, 1)]] });
    stayBase(c); admLabs(c, adm, ['骨密度测定(双能X线)']);
    const hl = add(c, '唑来膦酸注射液', addDays(adm, 1), 1);
    add(c, '氯化钠注射液', addDays(adm, 1), 1); infuse(c, addDays(adm, 1), 1); add(c, '碳酸钙D3片', addDays(adm, 1), 7);
    const ph = pharmacy(p.home, ri(1, 3)); const pd = addDays(adm, -ri(1, 3));
    const pc = claim({ p, h: ph, dept: 'pharmacy', vt: 'pharmacy', date: pd, dx: ['C79.500x001'] });
    const pl = add(pc, '唑来膦酸注射液', pd, 1);
    settle(pc, pd); settle(c, dis);
    label(id, 'fraud', 'T02', '双通道药店购药与住院重复计费', [pc, c], [pc, c], mut([[pc, [pl]], [c, [hl]]]));
  }
}]);

// T03 放疗分次超计划
T.push(['T03', '放疗次数超出计划计费', (id, i) => {
  const v = i % 3;
  const p = person({ age: ri(45, 80) });
  const h = hosp(p.home, 3, ri(1, 2));
  const adm = weekday(randDate('2025-02-01', '2025-10-30'));
  if (v === 0 || v === 2) { // palliative bone / brain mets, plan 10 fractions, billed 2 per weekday
    const met = v === 0 ? 'C79.500x001' : 'C79.300x002';
    const prim = pick(['C34.900x001', 'C50.900', 'C18.900']);
    const dis = addDays(adm, ri(13, 15));
    const c = claim({ p, h, dept: 'radiotherapy', vt: 'inpatient', adm, dis, dx: ['Z51.000x003', met, prim], px: [['92.2400x003', adm]] });
    stayBase(c); admLabs(c, adm, [v === 0 ? '腰椎X线摄影' : '头颅CT平扫']);
    const m = []; let fx = 0;
    for (const d of dayDates(c)) {
      if (dow(d) === 0 || dow(d) === 6 || d === adm) continue;
      const q = fx < 10 ? (chance(0.6) ? 2 : 1) : 1; fx += q;
      const l = add(c, '放射治疗(调强)', d, q); if (q > 1 || fx > 10) m.push(l);
      if (v === 2) add(c, '甘露醇注射液', d, 2);
    }
    add(c, '盐酸吗啡注射液', addDays(adm, 1), 2); add(c, '血常规(五分类)', addDays(adm, 7), 1);
    settle(c, dis);
    label(id, 'fraud', 'T03', '放疗次数超出计划计费', [c], [c], mut([[c, m]]));
  } else { // radical course in a stay, plus outpatient RT claims on days inside the stay
    const ca = pick([{ dx: 'C11.900' }, { dx: 'C53.900', f: true }, { dx: 'C20.x00' }, { dx: 'C15.900' }]);
    if (ca.f) p.gender = 'F';
    const dis = addDays(adm, ri(36, 42));
    const c = claim({ p, h, dept: 'radiotherapy', vt: 'inpatient', adm, dis, dx: ['Z51.000x003', ca.dx], px: [['92.2400x003', addDays(adm, 2)]] });
    stayBase(c); admLabs(c, adm, ['胸部CT平扫']);
    const fxDays = dayDates(c).filter((d) => d > addDays(adm, 1) && dow(d) !== 0 && dow(d) !== 6).slice(0, 28);
    for (const d of fxDays) add(c, '放射治疗(调强)', d, 1);
    for (let w = 7; w < los(c); w += 7) add(c, '血常规(五分类)', addDays(adm, w), 1);
    const outs = []; const m = [];
    for (let k = 0; k < ri(2, 4); k++) {
      const d = fxDays[ri(3, fxDays.length - 2)];
      const oc = claim({ p, h, dept: 'radiotherapy', vt: 'outpatient', date: d, dx: ['Z51.000x003', ca.dx] });
      opd(oc, d); const l = add(oc, '放射治疗(调强)', d, 1); settle(oc, d); outs.push(oc); m.push([oc, [l]]);
    }
    settle(c, dis);
    label(id, 'fraud', 'T03', '放疗次数超出计划计费', [...outs, c], outs, mut(m));
  }
}]);

// T04 ICU 呼吸机/监护/CRRT 时长超出在ICU时间
T.push(['T04', 'ICU呼吸机/监护/CRRT计费时长超实际', (id, i) => {
  const v = i % 3;
  const p = person({ age: ri(48, 86) });
  const h = hosp(p.home, pick([2, 3, 3]), ri(1, 2));
  const adm = randDate('2025-01-10', '2025-11-20');
  const icuDays = ri(3, 5); const wardDays = ri(4, 7);
  const dis = addDays(adm, icuDays + wardDays);
  const dx = pick([['J18.903', 'J96.000'], ['J44.100', 'J96.100'], ['A41.900', 'J96.000', 'R57.200']]);
  if (v === 2) dx.push('N17.900');
  const px = [['96.0400', adm], ['96.7101', adm]]; if (v === 2) px.push(['39.9500x007', addDays(adm, 1)]);
  const c = claim({ p, h, dept: 'icu', vt: 'inpatient', adm, dis, dx, px, route: 'emergency' });
  stayBase(c, (k) => (k < icuDays ? { bed: 'icu', nurse: 'ICU' } : { bed: 'ward', nurse: k < icuDays + 2 ? 1 : 2 }));
  admLabs(c, adm, ['降钙素原测定', '胸部X线摄影(正侧位)', '细菌培养及药敏']);
  add(c, '一次性气管插管', adm, 1); add(c, '一次性呼吸机管路', adm, 1);
  const m = [];
  for (let k = 0; k < icuDays; k++) {
    const d = addDays(adm, k);
    add(c, '血气分析', d, k < 2 ? 3 : 2); add(c, '注射用哌拉西林钠他唑巴坦钠', d, 3); infuse(c, d, 3);
    if (v !== 1 || k < 3) add(c, '有创呼吸机辅助呼吸', d, k === 0 ? ri(10, 16) : k === icuDays - 1 ? ri(4, 10) : 24);
    else m.push(add(c, '有创呼吸机辅助呼吸', d, 24));
    add(c, '咪达唑仑注射液', d, 2); add(c, '枸橼酸芬太尼注射液', d, 2);
    if (v === 2) add(c, '连续性血液净化(CRRT)', d, k === icuDays - 1 ? 12 : 22);
  }
  if (v === 1) { // coded <96h, billed hours: first day full 24, extra days
    const first = c.items.find((x) => x.name === '有创呼吸机辅助呼吸'); first.quantity = 24; first.amount = r2(24 * first.unitPrice); m.push(first.lineId);
  }
  for (let k = icuDays; k < icuDays + wardDays; k++) {
    const d = addDays(adm, k);
    add(c, '注射用哌拉西林钠他唑巴坦钠', d, 3); infuse(c, d, 2);
    if (v === 0 && k < icuDays + ri(2, 4)) m.push(add(c, '有创呼吸机辅助呼吸', d, ri(20, 24)));
    else if (v === 2 && k < icuDays + ri(2, 3)) m.push(add(c, '连续性血液净化(CRRT)', d, 24));
    else if (v === 1 && k < icuDays + 2) m.push(add(c, '重症监护', d, 24));
    else add(c, '吸氧', d, ri(8, 14));
  }
  add(c, '肾功能(三项)', addDays(adm, icuDays), 1); add(c, '胸部X线摄影(正侧位)', addDays(adm, icuDays + 1), 1);
  settle(c, dis);
  label(id, 'fraud', 'T04', 'ICU呼吸机/监护/CRRT计费时长超实际', [c], [c], mut([[c, m]]));
}]);

// T05 白内障自费高端晶体串换为医保晶体（超标准价）
function cataract(p, h, d, opt = {}) {
  const day = opt.outpatient;
  const dx = opt.dx || ['H25.900'];
  const c = day ? claim({ p, h, dept: 'ophthalmology', vt: 'outpatient', date: d, dx })
    : claim({ p, h, dept: 'ophthalmology', vt: 'inpatient', adm: d, dis: addDays(d, opt.days || ri(1, 3)), dx, px: [['13.4100x001', addDays(d, day ? 0 : 1)], ['13.7000', addDays(d, day ? 0 : 1)]] });
  const sd = day ? d : addDays(d, 1);
  if (!day) { stayBase(c, (k) => ({ bed: 'ward', nurse: k === 1 ? 2 : 3 })); for (const n of ['血常规(五分类)', '凝血四项', '术前八项(感染筛查)', '常规心电图检查', '空腹血糖测定']) add(c, n, d, 1); }
  else opd(c, d, true);
  add(c, '裂隙灯检查', d, 1); add(c, '眼科A超(生物测量)', d, 1); add(c, '眼底检查', d, 1);
  add(c, '白内障超声乳化摘除+人工晶体植入术', sd, 1); add(c, '局部浸润麻醉', sd, 1);
  const lens = add(c, '人工晶状体', sd, 1, opt.lensPrice ? { price: opt.lensPrice } : {});
  const ovd = add(c, '眼科粘弹剂', sd, opt.ovd || 1);
  add(c, '一次性手术衣及铺单包', sd, 1);
  add(c, '左氧氟沙星滴眼液', sd, 1); add(c, '妥布霉素地塞米松滴眼液', sd, 1);
  return { c, lens, ovd, sd };
}
T.push(['T05', '白内障自费高端晶体串换为医保晶体', (id, i) => {
  const p = person({ age: ri(58, 86) });
  const h = hosp(p.home, pick([2, 3]), ri(1, 3));
  const d = randDate('2025-01-10', '2025-12-10');
  const o = cataract(p, h, d, { outpatient: i % 3 === 0, lensPrice: pick([2680, 3980, 4800, 5600, 6800, 8800]), dx: [pick(['H25.900', 'H25.100', 'H26.900'])] });
  if (i % 2 === 1) { const it = o.c.items.find((x) => x.lineId === o.ovd); it.unitPrice = pick([480, 560, 680]); it.amount = r2(it.quantity * it.unitPrice); }
  settle(o.c, o.c.dischargeDate || o.c.visitDate);
  const ml = [o.lens]; if (i % 2 === 1) ml.push(o.ovd);
  label(id, 'fraud', 'T05', '白内障自费高端晶体串换为医保晶体', [o.c], [o.c], mut([[o.c, ml]]));
}]);

// T06 串换检验方法/检查项目（低价方法按高价项目计费）
T.push(['T06', '串换检验方法或检查项目', (id, i) => {
  const v = i % 3;
  const p = person({ age: ri(60, 88) });
  const d = randDate('2025-01-05', '2025-12-20');
  let c, m;
  if (v === 0) { // level-1 community centre with a 3-part analyser bills the 5-part CBC
    const h = hosp(p.home, 1, ri(1, 4));
    c = claim({ p, h, dept: 'general', vt: 'outpatient', date: d, dx: [pick(['J20.900', 'J06.900', 'N39.000']), 'I10.x00'] });
    add(c, '一般诊疗费', d, 1); m = [add(c, '血常规(五分类)', d, 1)];
    add(c, '尿常规', d, 1); add(c, pick(['阿莫西林胶囊', '头孢克肟胶囊']), d, 12); add(c, '苯磺酸氨氯地平片', d, 30);
  } else if (v === 1) { // CRP done, PCT billed in a plain URTI/bronchitis visit
    const h = hosp(p.home, 2, ri(1, 3));
    c = claim({ p, h, dept: 'general', vt: 'outpatient', date: d, dx: [pick(['J06.900', 'J20.900', 'J02.900'].filter((x) => x !== 'J02.900'))] });
    opd(c, d); add(c, '血常规(五分类)', d, 1); m = [add(c, '降钙素原测定', d, 1)];
    add(c, '盐酸氨溴索片', d, 18); add(c, '对乙酰氨基酚片', d, 6);
  } else { // resting ECG recorded, 24-h Holter billed in a same-day visit
    const h = hosp(p.home, pick([1, 2]), ri(1, 3));
    c = claim({ p, h, dept: 'cardiology', vt: 'outpatient', date: d, dx: [pick(['I10.x00', 'R00.200', 'I25.103'])] });
    opd(c, d); m = [add(c, '动态心电图(24小时)', d, 1)]; add(c, '电解质(四项)', d, 1);
    add(c, pick(['酒石酸美托洛尔片', '苯磺酸氨氯地平片']), d, 28);
  }
  settle(c, d);
  label(id, 'fraud', 'T06', '串换检验方法或检查项目', [c], [c], mut([[c, m]]));
}]);

// T07 医养结合机构把入住老人日常照护按诊疗项目计费
T.push(['T07', '医养结合机构日常照护按治疗计费', (id, i) => {
  const p = person({ age: ri(80, 96), type: 'resident' });
  const h = hosp(p.home, 1, 5 + (i % 3));
  const dx = [pick(['F03.x01', 'I69.300', 'G30.100', 'G20.x00']), pick(['I10.x00', 'Z74.100', 'R54.x00x003'])];
  let d = randDate('2025-01-06', '2025-10-01');
  const cl = []; const m = []; const v = i % 3;
  for (let w = 0; w < ri(3, 4); w++, d = addDays(d, 7)) {
    const c = claim({ p, h, dept: 'general', vt: 'outpatient', date: d, dx, doctor: `DYY${h.id.slice(-3)}1` });
    add(c, '一般诊疗费', d, 1);
    const ls = [];
    if (v === 0) { ls.push(add(c, '换药(小)', d, 7)); ls.push(add(c, '一次性使用换药包', d, 7)); ls.push(add(c, '吸氧', d, 7 * ri(6, 10))); }
    else if (v === 1) { ls.push(add(c, '血糖监测(快速)', d, 14)); ls.push(add(c, '血糖试纸', d, 14)); ls.push(add(c, '心电监测', d, 7 * ri(8, 12))); ls.push(add(c, '无创血压监测', d, 14)); }
    else { ls.push(add(c, '推拿治疗', d, 7)); ls.push(add(c, '静脉注射', d, 7)); ls.push(add(c, '葡萄糖注射液', d, 7)); }
    add(c, pick(['苯磺酸氨氯地平片', '阿司匹林肠溶片']), d, 7);
    settle(c, d); cl.push(c); m.push([c, ls]);
  }
  label(id, 'fraud', 'T07', '医养结合机构日常照护按治疗计费', cl, cl, mut(m));
}]);

// T08 异地住院期间参保地持卡门诊/购药/慢特病结算
T.push(['T08', '异地住院期间参保地持卡结算', (id, i) => {
  const p = person({ age: ri(55, 85), chronic: ['I10', 'E11'] });
  const away = pick(AWAY);
  const h = hosp(away, 3, ri(1, 2));
  const adm = randDate('2025-01-10', '2025-11-10');
  const dis = addDays(adm, ri(8, 14));
  const dx = pick([['I63.900', 'I10.x00'], ['J18.900', 'E11.900'], ['I21.000', 'I10.x00']].filter((x) => x[0] !== 'I21.000'));
  const c = claim({ p, h, dept: dx[0] === 'I63.900' ? 'neurology' : 'respiratory', vt: 'inpatient', adm, dis, dx, route: 'emergency' });
  stayBase(c, (k) => ({ bed: 'ward', nurse: k < 3 ? 1 : 2 })); admLabs(c, adm, [dx[0] === 'I63.900' ? '头颅CT平扫' : '胸部CT平扫']);
  for (const d of dayDates(c)) { if (dx[0] === 'I63.900') { add(c, '阿司匹林肠溶片', d, 1); add(c, '阿托伐他汀钙片', d, 1); add(c, '氯化钠注射液', d, 1); infuse(c, d, 1); } else { add(c, '注射用头孢曲松钠', d, 2); add(c, '氯化钠注射液', d, 2); infuse(c, d, 2); } }
  const homes = []; const v = i % 3;
  for (let k = 0; k < (v === 0 ? 1 : 2); k++) {
    const d = addDays(adm, ri(2, los(c) - 2));
    let hc;
    if (v === 0) { hc = claim({ p, h: hosp(p.home, pick([1, 2]), ri(1, 3)), dept: 'endocrinology', vt: 'chronic', date: d, dx: ['E11.900', 'I10.x00'] }); add(hc, '门诊慢特病管理诊查费', d, 1); add(hc, '盐酸二甲双胍片', d, 90); add(hc, '苯磺酸氨氯地平片', d, 30); add(hc, '空腹血糖测定', d, 1); }
    else if (v === 1) { hc = claim({ p, h: pharmacy(p.home, ri(1, 3)), dept: 'pharmacy', vt: 'pharmacy', date: d, dx: ['I10.x00'] }); add(hc, pick(['缬沙坦胶囊', '苯磺酸氨氯地平片', '硝苯地平控释片']), d, 28); if (chance(0.5)) add(hc, '阿卡波糖片', d, 60); }
    else { hc = claim({ p, h: hosp(p.home, 1, ri(1, 3)), dept: 'general', vt: 'outpatient', date: d, dx: ['I10.x00'] }); add(hc, '一般诊疗费', d, 1); add(hc, '血常规(五分类)', d, 1); add(hc, '肾功能(三项)', d, 1); add(hc, '苯磺酸氨氯地平片', d, 28); }
    settle(hc, d); homes.push(hc);
  }
  settle(c, dis);
  label(id, 'fraud', 'T08', '异地住院期间参保地持卡结算', [...homes, c], homes, {});
}]);

// T09 老年门诊统筹 虚记检验（同一套检验逐月照抄）
T.push(['T09', '老年门诊统筹逐月虚记成套检验', (id, i) => {
  const p = person({ age: ri(65, 88), type: pick(['resident', 'employee']) });
  const h = hosp(p.home, pick([1, 1, 2]), ri(1, 4));
  const base = ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '血脂(四项)', '空腹血糖测定'];
  const extra = [['糖化血红蛋白测定'], ['甲状腺功能(三项)'], ['B型钠尿肽(BNP)测定'], ['肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定'], ['心肌酶谱', '肌钙蛋白I测定']][i % 5];
  const dx = [pick(['I10.x00', 'I10.x00x007', 'M17.900'])];
  let d = randDate('2025-01-06', '2025-08-01'); const cl = []; const m = [];
  for (let k = 0; k < 3; k++, d = addDays(d, ri(26, 33))) {
    const c = claim({ p, h, dept: 'general', vt: 'outpatient', date: d, dx, doctor: `DCH${h.id.slice(-4)}` });
    add(c, h.level === 1 ? '一般诊疗费' : '普通门诊诊察费', d, 1);
    const ls = [...base.slice(0, ri(4, 6)), ...extra].map((n) => add(c, n, d, 1));
    add(c, dx[0] === 'M17.900' ? '双氯芬酸钠缓释片' : '苯磺酸氨氯地平片', d, 28);
    settle(c, d); cl.push(c); m.push([c, ls]);
  }
  label(id, 'fraud', 'T09', '老年门诊统筹逐月虚记成套检验', cl, cl, mut(m));
}]);

// T10 化疗周期缩短：3周方案按10-13天间隔重复住院计费
T.push(['T10', '三周方案化疗周期缩短重复计费', (id, i) => {
  const ca = pick(CANCERS.filter((x) => x.reg === 'XELOX' || x.reg === 'TP'));
  const p = person({ age: ageOnc(), gender: ca.f ? 'F' : undefined });
  const h = hosp(p.home, pick([2, 3]), ri(1, 3));
  const bsa = bsaFor(p);
  let adm = randDate('2025-01-10', '2025-09-30'); const cl = []; const m = [];
  for (let k = 0; k < 3; k++) {
    const o = chemoStay(p, h, adm, ri(3, 4), ca, bsa, { z: k ? 'Z51.103' : 'Z51.102' });
    settle(o.c, o.c.dischargeDate); cl.push(o.c);
    if (k) m.push([o.c, o.drug.concat(o.cape ? [o.cape] : [])]);
    adm = addDays(adm, ri(9, 13));
  }
  label(id, 'fraud', 'T10', '三周方案化疗周期缩短重复计费', cl, cl.slice(1), mut(m));
}]);

// T11 止吐药超疗程/重复：帕洛诺司琼逐日计费
T.push(['T11', '长效止吐药逐日重复计费', (id, i) => {
  const ca = pick(CANCERS);
  const p = person({ age: ageOnc(), gender: ca.f ? 'F' : undefined });
  const h = hosp(p.home, pick([2, 3]), ri(1, 3));
  const adm = randDate('2025-01-10', '2025-11-30');
  const v = i % 3; let c; const m = [];
  if (v < 2) {
    const o = chemoStay(p, h, adm, ri(4, 6), ca, bsaFor(p)); c = o.c;
    for (let k = 2; k < los(c); k++) m.push(add(c, '盐酸帕洛诺司琼注射液', addDays(adm, k), 1));
    if (v === 1) m.push(add(c, '盐酸昂丹司琼注射液', o.d1, 2));
  } else { // RT course stay with palonosetron every treatment day
    const dis = addDays(adm, ri(12, 16));
    c = claim({ p, h: hosp(p.home, 3, ri(1, 2)), dept: 'radiotherapy', vt: 'inpatient', adm, dis, dx: ['Z51.000x003', ca.dx], px: [['92.2400x003', addDays(adm, 1)]] });
    stayBase(c); admLabs(c, adm);
    for (const d of dayDates(c)) { if (d === adm || dow(d) === 0 || dow(d) === 6) continue; add(c, '放射治疗(调强)', d, 1); m.push(add(c, '盐酸帕洛诺司琼注射液', d, 1)); add(c, '静脉注射', d, 1); }
  }
  settle(c, c.dischargeDate);
  label(id, 'fraud', 'T11', '长效止吐药逐日重复计费', [c], [c], mut([[c, m]]));
}]);

// T12 PET-CT（自费）串换为多部位CT+增强
T.push(['T12', '自费PET-CT串换为多部位CT增强', (id, i) => {
  const ca = pick([{ dx: 'C83.300' }, { dx: 'C34.900x001' }, { dx: 'C15.900' }, { dx: 'C18.900' }, { dx: 'C50.900', f: true }]);
  const p = person({ age: ri(35, 78), gender: ca.f ? 'F' : undefined });
  const h = hosp(p.home, 3, ri(1, 2));
  const d = randDate('2025-01-10', '2025-12-10');
  const inpt = i % 2 === 0; let c; let sd;
  if (inpt) {
    c = claim({ p, h, dept: ca.dx === 'C83.300' ? 'haematology' : 'oncology', vt: 'inpatient', adm: d, dis: addDays(d, ri(4, 7)), dx: [ca.dx] });
    stayBase(c); admLabs(c, d, ['肿瘤标志物(CEA)测定']); add(c, '病理检查(常规石蜡切片)', addDays(d, 1), 1); sd = addDays(d, 2);
  } else { c = claim({ p, h, dept: 'oncology', vt: 'outpatient', date: d, dx: [ca.dx] }); opd(c, d, true); add(c, '肿瘤标志物(CEA)测定', d, 1); sd = d; }
  const m = ['头颅CT平扫', '胸部CT平扫', '腹部CT平扫', 'CT增强扫描(加收)'].filter((n, k) => k !== 0 || chance(0.6)).map((n) => add(c, n, sd, 1));
  settle(c, c.dischargeDate || d);
  label(id, 'fraud', 'T12', '自费PET-CT串换为多部位CT增强', [c], [c], mut([[c, m]]));
}]);

// T13 住院内重复影像：同一次化疗住院入院日与第3-5天重复胸腹CT增强
T.push(['T13', '化疗住院内重复胸腹部CT增强', (id, i) => {
  const ca = pick(CANCERS);
  const p = person({ age: ageOnc(), gender: ca.f ? 'F' : undefined });
  const h = hosp(p.home, pick([2, 3]), ri(1, 3));
  const adm = randDate('2025-01-10', '2025-11-30');
  const v = i % 2; let c; const m = []; const cl = [];
  if (v === 0) {
    const o = chemoStay(p, h, adm, ri(5, 7), ca, bsaFor(p)); c = o.c;
    add(c, '胸部CT平扫', adm, 1); add(c, '腹部CT平扫', adm, 1); add(c, 'CT增强扫描(加收)', adm, 1);
    const d2 = addDays(adm, ri(3, 4));
    m.push(add(c, '胸部CT平扫', d2, 1), add(c, '腹部CT平扫', d2, 1), add(c, 'CT增强扫描(加收)', d2, 1));
    cl.push(c);
  } else { // outpatient CT at same hospital 1-3 days before, repeated on admission day
    const od = addDays(adm, -ri(1, 3));
    const oc = claim({ p, h, dept: 'oncology', vt: 'outpatient', date: od, dx: [ca.dx] }); opd(oc, od, true);
    add(oc, '胸部CT平扫', od, 1); add(oc, '腹部CT平扫', od, 1); add(oc, 'CT增强扫描(加收)', od, 1); settle(oc, od); cl.push(oc);
    const o = chemoStay(p, h, adm, ri(3, 5), ca, bsaFor(p)); c = o.c;
    m.push(add(c, '胸部CT平扫', adm, 1), add(c, '腹部CT平扫', adm, 1), add(c, 'CT增强扫描(加收)', adm, 1)); cl.push(c);
  }
  settle(c, c.dischargeDate);
  label(id, 'fraud', 'T13', '化疗住院内重复胸腹部CT增强', cl, [c], mut([[c, m]]));
}]);

// T14 化疗药物配置费虚记（非细胞毒药物、非化疗日按配置计费）
T.push(['T14', '化疗药物配置费虚记', (id, i) => {
  const ca = pick(CANCERS);
  const p = person({ age: ageOnc(), gender: ca.f ? 'F' : undefined });
  const h = hosp(p.home, pick([2, 3]), ri(1, 3));
  const adm = randDate('2025-01-10', '2025-11-30');
  const o = chemoStay(p, h, adm, ri(4, 6), ca, bsaFor(p)); const c = o.c; const m = [];
  m.push(add(c, '化疗药物配置', o.d1, ri(2, 3)));
  for (let k = 2; k < los(c); k++) if (i % 2 === 0 || k === 2) m.push(add(c, '化疗药物配置', addDays(adm, k), ri(1, 2)));
  if (i % 3 === 0) { add(c, '注射用还原型谷胱甘肽', o.d1, 2); }
  settle(c, c.dischargeDate);
  label(id, 'fraud', 'T14', '化疗药物配置费虚记', [c], [c], mut([[c, m]]));
}]);

// =============== CONTROLS ===============
const C = [];
const ctl = (id, code, name, cl) => label(id, 'control', code, name, cl, cl, {});
// C01 GEMOX 每2周
C.push(['C01', 'GEMOX两周方案（胆管/胰腺癌）三次住院', (id) => {
  const dx = pick(['C24.000', 'C22.100', 'C25.900']);
  const p = person({ age: ri(45, 76) }); const h = hosp(p.home, 3, ri(1, 2)); const bsa = bsaFor(p);
  let adm = randDate('2025-01-10', '2025-09-01'); const cl = [];
  for (let k = 0; k < 3; k++, adm = addDays(adm, 14)) {
    const o = chemoStay(p, h, adm, 3, { dx, reg: 'GEM' }, bsa, { z: 'Z51.103' });
    add(o.c, '注射用奥沙利铂', addDays(adm, 2), vials('注射用奥沙利铂', 100, bsa)); add(o.c, '化疗药物配置', addDays(adm, 2), 1);
    settle(o.c, o.c.dischargeDate); cl.push(o.c);
  }
  ctl(id, 'C01', 'GEMOX两周方案三次住院', cl);
}]);
// C02 GP 方案 d1/d8 分两次短住院
C.push(['C02', 'GP方案第1、8天两次短住院', (id) => {
  const dx = pick(['C34.900x001', 'C11.900', 'C67.900']);
  const p = person({ age: ri(45, 76) }); const h = hosp(p.home, 3, ri(1, 2)); const bsa = bsaFor(p);
  const adm = randDate('2025-01-10', '2025-10-01'); const cl = [];
  const o1 = chemoStay(p, h, adm, 3, { dx, reg: 'GP' }, bsa, { z: 'Z51.102' }); settle(o1.c, o1.c.dischargeDate); cl.push(o1.c);
  const a2 = addDays(adm, 8);
  const c2 = claim({ p, h, dept: 'oncology', vt: 'inpatient', adm: a2, dis: addDays(a2, 1), dx: ['Z51.102', dx], px: [['99.2500', a2]] });
  stayBase(c2); add(c2, '血常规(五分类)', a2, 1); add(c2, '肝功能(全套)', a2, 1); add(c2, '注射用吉西他滨', a2, vials('注射用吉西他滨', 1000, bsa)); add(c2, '化疗药物配置', a2, 1);
  add(c2, '盐酸昂丹司琼注射液', a2, 1); add(c2, '氯化钠注射液', a2, 2); infuse(c2, a2, 2); settle(c2, c2.dischargeDate); cl.push(c2);
  const o3 = chemoStay(p, h, addDays(adm, 21), 3, { dx, reg: 'GP' }, bsa, { z: 'Z51.102' }); settle(o3.c, o3.c.dischargeDate); cl.push(o3.c);
  ctl(id, 'C02', 'GP方案第1、8天两次短住院', cl);
}]);
// C03 每周紫杉醇
C.push(['C03', '乳腺癌每周紫杉醇辅助化疗', (id) => {
  const p = person({ age: ri(35, 68), gender: 'F' }); const h = hosp(p.home, pick([2, 3]), ri(1, 3)); const bsa = bsaFor(p);
  let adm = randDate('2025-01-10', '2025-09-01'); const cl = [];
  for (let k = 0; k < ri(3, 4); k++, adm = addDays(adm, 7)) {
    const c = claim({ p, h, dept: 'oncology', vt: 'inpatient', adm, dis: addDays(adm, 1), dx: ['Z51.102', 'C50.900'], px: [['99.2500', adm]] });
    stayBase(c); add(c, '血常规(五分类)', adm, 1); if (k === 0) add(c, '肝功能(全套)', adm, 1);
    add(c, '紫杉醇注射液', adm, vials('紫杉醇注射液', 80, bsa)); add(c, '化疗药物配置', adm, 1);
    add(c, '地塞米松磷酸钠注射液', adm, 2); add(c, '盐酸昂丹司琼注射液', adm, 1); add(c, '氯化钠注射液', adm, 2); infuse(c, adm, 3);
    settle(c, c.dischargeDate); cl.push(c);
  }
  ctl(id, 'C03', '乳腺癌每周紫杉醇辅助化疗', cl);
}]);
// C04 顺铂分3天 + 水化
C.push(['C04', '顺铂分三天给药伴水化利尿', (id) => {
  const ca = pick([{ dx: 'C15.900' }, { dx: 'C53.900', f: true }, { dx: 'C11.900' }, { dx: 'C34.900x001' }]);
  const p = person({ age: ri(40, 72), gender: ca.f ? 'F' : undefined }); const h = hosp(p.home, 3, ri(1, 2)); const bsa = bsaFor(p);
  const adm = randDate('2025-01-10', '2025-11-20');
  const o = chemoStay(p, h, adm, 5, ca, bsa, { noDrugs: true, reg: 'TP' }); const c = o.c;
  add(c, '紫杉醇注射液', o.d1, vials('紫杉醇注射液', 135, bsa)); add(c, '化疗药物配置', o.d1, 1);
  for (let k = 1; k <= 3; k++) { const d = addDays(adm, k); add(c, '顺铂注射液', d, vials('顺铂注射液', 25, bsa)); add(c, '化疗药物配置', d, 1); add(c, '氯化钠注射液', d, 4); add(c, '氯化钾注射液', d, 2); add(c, '甘露醇注射液', d, 1); add(c, '呋塞米注射液', d, 1); if (k > 1) { add(c, '盐酸昂丹司琼注射液', d, 2); infuse(c, d, 4); } }
  add(c, '电解质(四项)', addDays(adm, 3), 1); add(c, '肾功能(三项)', addDays(adm, 4), 1);
  settle(c, c.dischargeDate); ctl(id, 'C04', '顺铂分三天给药伴水化利尿', [c]);
}]);
// C05 根治性放疗 25-33 次长住院
function rtCourse(p, h, ca, adm, nfx, concurrent, bsa) {
  const dis = addDays(adm, Math.ceil(nfx / 5) * 7 + ri(2, 5));
  const dx = [concurrent ? 'Z51.000x003' : 'Z51.000x003', ca.dx]; if (concurrent) dx.push('Z51.102');
  const c = claim({ p, h, dept: 'radiotherapy', vt: 'inpatient', adm, dis, dx, px: [['92.2400x003', addDays(adm, 2)]].concat(concurrent ? [['99.2500', addDays(adm, 2)]] : []) });
  stayBase(c); admLabs(c, adm, ['胸部CT平扫', 'CT增强扫描(加收)']);
  const fxDays = dayDates(c).filter((d) => d > addDays(adm, 1) && dow(d) !== 0 && dow(d) !== 6).slice(0, nfx);
  fxDays.forEach((d, k) => {
    add(c, '放射治疗(调强)', d, 1);
    if (concurrent && k % 5 === 0) { add(c, '顺铂注射液', d, vials('顺铂注射液', 40, bsa)); add(c, '化疗药物配置', d, 1); add(c, '盐酸昂丹司琼注射液', d, 2); add(c, '地塞米松磷酸钠注射液', d, 1); add(c, '氯化钠注射液', d, 3); infuse(c, d, 3); }
  });
  for (let w = 7; w < los(c); w += 7) { add(c, '血常规(五分类)', addDays(adm, w), 1); if (concurrent) add(c, '肾功能(三项)', addDays(adm, w), 1); }
  if (ca.dx === 'C11.900' || ca.dx === 'C15.900') { for (let w = 14; w < los(c); w += 7) add(c, '复方氨基酸注射液(18AA)', addDays(adm, w), 1); }
  return c;
}
const RTCA = [{ dx: 'C11.900' }, { dx: 'C53.900', f: true }, { dx: 'C20.x00' }, { dx: 'C15.900' }, { dx: 'C32.900' }];
C.push(['C05', '根治性放疗25-33次长住院', (id) => {
  const ca = pick(RTCA); const p = person({ age: ri(40, 78), gender: ca.f ? 'F' : undefined }); const h = hosp(p.home, 3, ri(1, 2));
  const c = rtCourse(p, h, ca, weekday(randDate('2025-01-06', '2025-10-10')), ri(25, 33), false);
  settle(c, c.dischargeDate); ctl(id, 'C05', '根治性放疗25-33次长住院', [c]);
}]);
C.push(['C06', '同步放化疗每周顺铂', (id) => {
  const ca = pick(RTCA.filter((x) => x.dx !== 'C20.x00')); const p = person({ age: ri(38, 70), gender: ca.f ? 'F' : undefined }); const h = hosp(p.home, 3, ri(1, 2));
  const c = rtCourse(p, h, ca, weekday(randDate('2025-01-06', '2025-10-10')), ri(28, 33), true, bsaFor(p));
  settle(c, c.dischargeDate); ctl(id, 'C06', '同步放化疗每周顺铂', [c]);
}]);
// C07 化疗后粒缺伴发热
C.push(['C07', '化疗后粒细胞缺乏伴发热', (id) => {
  const ca = pick([{ dx: 'C83.300' }, { dx: 'C50.900', f: true }, { dx: 'C34.900x001' }, { dx: 'C92.000' }]);
  const p = person({ age: ri(30, 75), gender: ca.f ? 'F' : undefined }); const h = hosp(p.home, 3, ri(1, 2));
  const adm = randDate('2025-01-10', '2025-11-20'); const n = ri(7, 11); const dis = addDays(adm, n);
  const c = claim({ p, h, dept: ca.dx.startsWith('C8') || ca.dx.startsWith('C9') ? 'haematology' : 'oncology', vt: 'inpatient', adm, dis, dx: ['D70.x00x003', ca.dx, 'R50.800'], route: 'emergency' });
  stayBase(c, (k) => (k < 4 ? { bed: 'clean', nurse: 1 } : { bed: 'ward', nurse: 2 })); admLabs(c, adm, ['降钙素原测定', 'C反应蛋白测定', '胸部CT平扫']);
  add(c, '细菌培养及药敏', adm, 2); add(c, '细菌培养及药敏', addDays(adm, 3), 1);
  dayDates(c).forEach((d, k) => { add(c, '血常规(五分类)', d, 1); if (k < n - 2) { add(c, '注射用美罗培南', d, 3); add(c, '氯化钠注射液', d, 3); infuse(c, d, 3); } if (k >= 2 && k < 9) add(c, '氟康唑胶囊', d, 1); if (k === 2 || k === 5) add(c, '降钙素原测定', d, 1); });
  settle(c, dis); ctl(id, 'C07', '化疗后粒细胞缺乏伴发热', [c]);
}]);
// C08 恶性腹水姑息（二级医院，非安宁病房）
C.push(['C08', '恶性腹水反复腹穿姑息治疗', (id) => {
  const ca = pick([{ dx: 'C56.x00', f: true }, { dx: 'C16.900' }, { dx: 'C22.000' }, { dx: 'C25.900' }]);
  const p = person({ age: ri(50, 85), gender: ca.f ? 'F' : undefined }); const h = hosp(p.home, 2, ri(1, 3));
  const adm = randDate('2025-01-10', '2025-11-20'); const n = ri(9, 15); const dis = addDays(adm, n);
  const taps = [1, 4, 8].filter((k) => k < n - 1);
  const c = claim({ p, h, dept: 'oncology', vt: 'inpatient', adm, dis, dx: ['Z51.500x002', ca.dx, 'R18.x00'], px: taps.map((k) => ['54.9101', addDays(adm, k)]) });
  stayBase(c, (k) => ({ bed: 'ward', nurse: 1 })); admLabs(c, adm, ['腹部B超']);
  dayDates(c).forEach((d, k) => {
    if (taps.includes(k)) { add(c, '一次性使用引流袋', d, 1); add(c, '局部浸润麻醉', d, 1); add(c, '人血白蛋白', d, 2); add(c, '换药(小)', d, 1); }
    if (k < 5) add(c, '人血白蛋白', d, 1);
    add(c, '螺内酯片', d, 2); add(c, '呋塞米片', d, 1);
    if (k < n - 2) { add(c, '脂肪乳注射液(C14～24)', d, 1); add(c, '复方氨基酸注射液(18AA)', d, 1); infuse(c, d, 2); }
    add(c, '盐酸吗啡注射液', d, k < 4 ? 2 : 3);
  });
  add(c, '肝功能(全套)', addDays(adm, 5), 1); add(c, '电解质(四项)', addDays(adm, 5), 1);
  settle(c, dis); ctl(id, 'C08', '恶性腹水反复腹穿姑息治疗', [c]);
}]);
// C09 长ICU + 机械通气≥96h + 气管切开
C.push(['C09', '长ICU病程机械通气≥96小时伴气管切开', (id) => {
  const p = person({ age: ri(45, 84) }); const h = hosp(p.home, 3, ri(1, 2));
  const adm = randDate('2025-01-10', '2025-11-01'); const icu = ri(12, 19); const ward = ri(3, 6); const dis = addDays(adm, icu + ward);
  const trach = ri(6, 9);
  const c = claim({ p, h, dept: 'icu', vt: 'inpatient', adm, dis, dx: [pick(['J18.903', 'J80.x01']), 'J96.000', pick(['A41.900', 'E87.102', 'I10.x00']), 'E43.x00'], px: [['96.0400', adm], ['96.7201', adm], ['31.1x00x005', addDays(adm, trach)]], route: 'emergency' });
  stayBase(c, (k) => (k < icu ? { bed: 'icu', nurse: 'ICU' } : { bed: 'ward', nurse: 1 }));
  admLabs(c, adm, ['降钙素原测定', '胸部CT平扫', 'B型钠尿肽(BNP)测定']);
  add(c, '一次性气管插管', adm, 1);
  const ventEnd = icu - ri(1, 3);
  for (let k = 0; k < icu; k++) {
    const d = addDays(adm, k);
    if (k % 7 === 0 && k < ventEnd) add(c, '一次性呼吸机管路', d, 1);
    if (k < ventEnd) add(c, '有创呼吸机辅助呼吸', d, k === 0 ? ri(14, 20) : 24); else add(c, '吸氧', d, 20);
    add(c, '血气分析', d, k < 5 ? ri(3, 4) : 2); add(c, '血乳酸测定', d, k < 5 ? 3 : 1);
    add(c, '血常规(五分类)', d, 1); add(c, '电解质(四项)', d, k < 5 ? 2 : 1); if (k % 2 === 0) add(c, '肾功能(三项)', d, 1);
    if (k % 3 === 1) add(c, '降钙素原测定', d, 1); if (k % 4 === 0) add(c, '胸部X线摄影(正侧位)', d, 1);
    add(c, k < 8 ? '注射用美罗培南' : '注射用哌拉西林钠他唑巴坦钠', d, 3);
    if (k < ventEnd) { add(c, '丙泊酚中/长链脂肪乳注射液', d, 2); add(c, '枸橼酸芬太尼注射液', d, 2); }
    add(c, '脂肪乳注射液(C14～24)', d, 1); add(c, '复方氨基酸注射液(18AA)', d, 1); if (k < 7) add(c, '注射用泮托拉唑钠', d, 1); else add(c, '奥美拉唑肠溶胶囊', d, 2);
    if (k < 14) add(c, '依诺肝素钠注射液', d, 1); infuse(c, d, 5);
  }
  add(c, '细菌培养及药敏', adm, 2); add(c, '细菌培养及药敏', addDays(adm, 5), 1);
  add(c, '局部浸润麻醉', addDays(adm, trach), 1);
  for (let k = icu; k < icu + ward; k++) { const d = addDays(adm, k); add(c, '吸氧', d, 12); add(c, '雾化吸入', d, 2); add(c, '吸入用异丙托溴铵溶液', d, 2); add(c, '换药(小)', d, 1); }
  settle(c, dis); ctl(id, 'C09', '长ICU病程机械通气≥96小时伴气管切开', [c]);
}]);
// C10 癫痫持续状态 ICU
C.push(['C10', '癫痫持续状态入ICU短期通气', (id) => {
  const p = person({ age: ri(18, 75) }); const h = hosp(p.home, pick([2, 3]), ri(1, 2));
  const adm = randDate('2025-01-10', '2025-11-20'); const icu = ri(3, 6); const ward = ri(3, 6); const dis = addDays(adm, icu + ward);
  const vent = ri(1, 2);
  const c = claim({ p, h, dept: 'icu', vt: 'inpatient', adm, dis, dx: ['G41.000', pick(['I69.300', 'E87.102', 'I10.x00'])], px: [['96.0400', adm], ['96.7101', adm], ['89.1400', addDays(adm, 1)]], route: 'emergency' });
  stayBase(c, (k) => (k < icu ? { bed: 'icu', nurse: 'ICU' } : { bed: 'ward', nurse: k < icu + 2 ? 1 : 2 }));
  admLabs(c, adm, ['头颅CT平扫', '血气分析']); add(c, '一次性气管插管', adm, 1); add(c, '一次性呼吸机管路', adm, 1);
  for (let k = 0; k < icu; k++) {
    const d = addDays(adm, k);
    if (k < vent) add(c, '有创呼吸机辅助呼吸', d, k === 0 ? 18 : 12); else add(c, '吸氧', d, 12);
    add(c, '脑电图', d, 1); add(c, '血气分析', d, k < vent + 1 ? 3 : 1); add(c, '电解质(四项)', d, 1);
    if (k < vent + 1) { add(c, '咪达唑仑注射液', d, 6); add(c, '丙泊酚中/长链脂肪乳注射液', d, 2); }
    add(c, '左乙拉西坦片', d, 2); add(c, '氯化钠注射液', d, 3); infuse(c, d, 3);
  }
  add(c, '头颅MRI平扫', addDays(adm, icu), 1);
  for (let k = icu; k < icu + ward; k++) { add(c, '左乙拉西坦片', addDays(adm, k), 2); add(c, '丙戊酸钠缓释片', addDays(adm, k), 2); }
  settle(c, dis); ctl(id, 'C10', '癫痫持续状态入ICU短期通气', [c]);
}]);
// C11 急性闭角型青光眼双眼药物降压
C.push(['C11', '急性闭角型青光眼急性发作药物降压', (id) => {
  const p = person({ age: ri(55, 82), gender: chance(0.7) ? 'F' : 'M' }); const h = hosp(p.home, pick([2, 3]), ri(1, 3));
  const adm = randDate('2025-01-10', '2025-12-10'); const n = ri(3, 5); const dis = addDays(adm, n);
  const c = claim({ p, h, dept: 'ophthalmology', vt: 'inpatient', adm, dis, dx: ['H40.200x006', pick(['H25.900', 'I10.x00'])], route: 'emergency' });
  stayBase(c, (k) => ({ bed: 'ward', nurse: k < 1 ? 1 : 2 }));
  for (const n2 of ['血常规(五分类)', '肾功能(三项)', '电解质(四项)', '常规心电图检查', '眼科A超(生物测量)']) add(c, n2, adm, 1);
  dayDates(c).forEach((d, k) => { add(c, '裂隙灯检查', d, 1); add(c, '眼底检查', d, 1); if (k < 3) { add(c, '甘露醇注射液', d, 2); infuse(c, d, 1); } });
  add(c, '马来酸噻吗洛尔滴眼液', adm, 2); add(c, '醋酸泼尼松片', adm, 0 || 4);
  settle(c, dis); ctl(id, 'C11', '急性闭角型青光眼急性发作药物降压', [c]);
}]);
// C12 糖尿病视网膜病变患者白内障（围术期血糖管理）
C.push(['C12', '糖尿病视网膜病变患者白内障围术期血糖管理', (id) => {
  const p = person({ age: ri(55, 82), chronic: ['E11'] }); const h = hosp(p.home, pick([2, 3]), ri(1, 3));
  const d = randDate('2025-01-10', '2025-12-10');
  const o = cataract(p, h, d, { days: ri(2, 3), dx: ['H25.900', 'E11.300x011+H36.0*', 'I10.x00'] }); const c = o.c;
  add(c, '糖化血红蛋白测定', d, 1);
  dayDates(c).forEach((dd) => { add(c, '血糖监测(快速)', dd, 4); add(c, '血糖试纸', dd, 4); add(c, '门冬胰岛素注射液', dd, 0 || 1); add(c, '皮下注射', dd, 3); });
  settle(c, c.dischargeDate); ctl(id, 'C12', '糖尿病视网膜病变患者白内障围术期血糖管理', [c]);
}]);
// C13 复杂白内障使用两支粘弹剂
C.push(['C13', '复杂白内障（假性剥脱/高度近视）两支粘弹剂', (id) => {
  const p = person({ age: ri(52, 85) }); const h = hosp(p.home, 3, ri(1, 2));
  const d = randDate('2025-01-10', '2025-12-10');
  const o = cataract(p, h, d, { ovd: 2, days: 2, dx: ['H25.900', pick(['H40.102', 'H44.200x001'])] });
  add(o.c, '马来酸噻吗洛尔滴眼液', o.sd, 1);
  settle(o.c, o.c.dischargeDate); ctl(id, 'C13', '复杂白内障两支粘弹剂', [o.c]);
}]);
// C14 医养结合入住老人一月内因不同急性问题多次就诊
C.push(['C14', '医养结合入住老人月内不同问题多次就诊', (id) => {
  const p = person({ age: ri(80, 95), type: 'resident' }); const h = hosp(p.home, 1, 5 + ri(0, 2));
  let d = randDate('2025-01-06', '2025-11-01'); const cl = [];
  const probs = [
    (c, dd) => { c.diagnoses = [{ code: 'N39.000', principal: true }, { code: 'F03.x01' }]; add(c, '尿常规', dd, 1); add(c, '细菌培养及药敏', dd, 1); add(c, '左氧氟沙星片', dd, 7); },
    (c, dd) => { c.diagnoses = [{ code: 'J20.900', principal: true }, { code: 'I69.300' }]; add(c, '血常规(五分类)', dd, 1); add(c, 'C反应蛋白测定', dd, 1); add(c, '胸部X线摄影(正侧位)', dd, 1); add(c, '阿莫西林胶囊', dd, 18); add(c, '盐酸氨溴索片', dd, 18); },
    (c, dd) => { c.diagnoses = [{ code: 'L89.001', principal: true }, { code: 'I69.300' }]; add(c, '换药(小)', dd, 1); add(c, '水胶体敷料', dd, 2); add(c, '医用脱脂纱布', dd, 1); },
    (c, dd) => { c.diagnoses = [{ code: 'I10.x00', principal: true }, { code: 'F03.x01' }]; add(c, '苯磺酸氨氯地平片', dd, 30); add(c, '阿司匹林肠溶片', dd, 30); add(c, '电解质(四项)', dd, 1); },
    (c, dd) => { c.diagnoses = [{ code: 'K59.000', principal: true }, { code: 'F03.x01' }]; add(c, '乳果糖口服溶液', dd, 14); },
  ];
  const order = [0, 1, 2, 3, 4].sort(() => rnd() - 0.5).slice(0, ri(3, 4));
  for (const k of order) { const c = claim({ p, h, dept: 'general', vt: 'outpatient', date: d, dx: ['Z74.100'] }); add(c, '一般诊疗费', d, 1); probs[k](c, d); settle(c, d); cl.push(c); d = addDays(d, ri(4, 9)); }
  if (order.includes(2)) { /* a second dressing visit a week later */ const c = claim({ p, h, dept: 'general', vt: 'outpatient', date: d, dx: ['L89.001', 'I69.300'] }); add(c, '一般诊疗费', d, 1); add(c, '换药(小)', d, 1); add(c, '水胶体敷料', d, 2); settle(c, d); cl.push(c); }
  ctl(id, 'C14', '医养结合入住老人月内不同问题多次就诊', cl);
}]);
// C15 CKD4 门诊慢特病 每月复查+促红素
C.push(['C15', 'CKD4期门诊慢特病每月复查与促红素', (id) => {
  const p = person({ age: ri(45, 82), chronic: ['N18', 'I10'] }); const h = hosp(p.home, pick([2, 3]), ri(1, 3));
  let d = randDate('2025-01-06', '2025-08-01'); const cl = [];
  const third = pick(['E11.200', 'N25.801', 'E83.500']); if (third === 'E11.200') p.chronic.push('E11');
  for (let k = 0; k < 3; k++, d = addDays(d, ri(27, 31))) {
    const c = claim({ p, h, dept: 'nephrology', vt: 'chronic', date: d, dx: ['N18.400x001+D63.8*', 'I10.x00', third] });
    add(c, '门诊慢特病管理诊查费', d, 1);
    for (const n of ['肾功能(三项)', '电解质(四项)', '血常规(五分类)', '尿常规']) add(c, n, d, 1);
    if (k === 0) add(c, '泌尿系B超', d, 1);
    add(c, '重组人促红素注射液', d, ri(8, 9)); add(c, '皮下注射', d, 1); add(c, '琥珀酸亚铁片', d, 60); add(c, '骨化三醇软胶囊', d, 30); add(c, '碳酸钙D3片', d, 30); add(c, '硝苯地平控释片', d, 30);
    if (chance(0.5)) add(c, '达格列净片', d, 30);
    settle(c, d); cl.push(c);
  }
  ctl(id, 'C15', 'CKD4期门诊慢特病每月复查与促红素', cl);
}]);
// C16 成人1型糖尿病胰岛素泵
C.push(['C16', '成人1型糖尿病胰岛素泵耗材与速效胰岛素', (id) => {
  const p = person({ age: ri(19, 55), chronic: ['E10'] }); const h = hosp(p.home, 3, ri(1, 2));
  let d = randDate('2025-01-06', '2025-08-01'); const cl = [];
  for (let k = 0; k < 3; k++, d = addDays(d, ri(28, 31))) {
    const c = claim({ p, h, dept: 'endocrinology', vt: 'chronic', date: d, dx: [pick(['E10.900', 'E10.901', 'E10.900x003'])] });
    add(c, '门诊慢特病管理诊查费', d, 1);
    add(c, '门冬胰岛素注射液', d, ri(5, 7)); add(c, '血糖试纸', d, ri(180, 240)); add(c, '血糖监测(快速)', d, 1);
    if (k === 0 || k === 2) add(c, '糖化血红蛋白测定', d, 1);
    if (k === 0) { add(c, '肾功能(三项)', d, 1); add(c, '尿常规', d, 1); add(c, '甲状腺功能(三项)', d, 1); }
    settle(c, d); cl.push(c);
  }
  ctl(id, 'C16', '成人1型糖尿病胰岛素泵耗材与速效胰岛素', cl);
}]);
// C17 甲状腺癌术后TSH抑制+甲旁减
C.push(['C17', '甲状腺癌术后TSH抑制治疗长处方', (id) => {
  const p = person({ age: ri(28, 65), gender: chance(0.75) ? 'F' : 'M' }); const h = hosp(p.home, pick([2, 3]), ri(1, 3));
  let d = randDate('2025-01-06', '2025-07-01'); const cl = [];
  const hypo = chance(0.5);
  for (let k = 0; k < 3; k++, d = addDays(d, ri(40, 46))) {
    const c = claim({ p, h, dept: 'endocrinology', vt: 'outpatient', date: d, dx: ['Z08.000', 'C73.x00', ...(hypo ? ['E89.200'] : [])] });
    opd(c, d, true); add(c, '甲状腺功能(三项)', d, 1); if (k !== 1) add(c, '甲状腺彩超', d, 1);
    add(c, '左甲状腺素钠片', d, 42 * pick([3, 3.5, 4]), { long: true });
    if (hypo) { add(c, '骨化三醇软胶囊', d, 84, { long: true }); add(c, '碳酸钙D3片', d, 84, { long: true }); add(c, '电解质(四项)', d, 1); }
    settle(c, d); cl.push(c);
  }
  ctl(id, 'C17', '甲状腺癌术后TSH抑制治疗长处方', cl);
}]);
// C18 异地长期居住（备案）退休人员慢病按月取药
C.push(['C18', '异地长期居住退休人员慢特病按月取药', (id) => {
  const p = person({ age: ri(62, 82), type: 'employee', chronic: ['E11', 'I10', 'I25'] }); p.retired = true;
  const away = pick(AWAY); const h = hosp(away, pick([2, 3]), ri(1, 3));
  let d = randDate('2025-01-06', '2025-08-01'); const cl = [];
  for (let k = 0; k < 3; k++, d = addDays(d, ri(28, 31))) {
    const c = claim({ p, h, dept: 'endocrinology', vt: 'chronic', date: d, dx: ['E11.900', 'I10.x00', 'I25.103'] });
    add(c, '门诊慢特病管理诊查费', d, 1);
    add(c, '盐酸二甲双胍片', d, 90); add(c, '苯磺酸氨氯地平片', d, 30); add(c, '阿托伐他汀钙片', d, 30); add(c, '阿司匹林肠溶片', d, 30);
    if (k === 0) { add(c, '糖化血红蛋白测定', d, 1); add(c, '血脂(四项)', d, 1); add(c, '肾功能(三项)', d, 1); }
    settle(c, d); cl.push(c);
  }
  ctl(id, 'C18', '异地长期居住退休人员慢特病按月取药', cl);
}]);
// C19 异地转诊肿瘤：参保地初诊→异地三级确诊首程化疗→参保地继续化疗
C.push(['C19', '肿瘤异地转诊首程治疗后回参保地续化疗', (id) => {
  const ca = pick([{ dx: 'C15.900', reg: 'TP', sus: 'K22.900', scope: '胃镜检查', bx: '45.1600' }, { dx: 'C16.900', reg: 'XELOX', sus: 'D37.101', scope: '胃镜检查', bx: '44.1400' }, { dx: 'C18.900', reg: 'XELOX', sus: 'K63.500', scope: '结肠镜检查', bx: '45.2500' }]);
  const p = person({ age: ri(42, 75) }); const bsa = bsaFor(p);
  const d0 = randDate('2025-01-06', '2025-08-01'); const cl = [];
  const hh = hosp(p.home, 2, ri(1, 3));
  const oc = claim({ p, h: hh, dept: 'gastroenterology', vt: 'outpatient', date: d0, dx: [ca.sus] });
  opd(oc, d0, true); add(oc, ca.scope, d0, 1); add(oc, '病理检查(常规石蜡切片)', d0, 1); add(oc, '肿瘤标志物(CEA)测定', d0, 1); add(oc, '血常规(五分类)', d0, 1); add(oc, '大便常规+隐血', d0, 1);
  oc.procedures = [{ code: ca.bx, date: d0 }];
  settle(oc, d0); cl.push(oc);
  const ah = hosp(pick(AWAY), 3, ri(1, 2)); const adm = addDays(d0, ri(8, 14));
  const cd = addDays(adm, ri(3, 4));
  const sc = claim({ p, h: ah, dept: 'oncology', vt: 'inpatient', adm, dis: addDays(cd, 2), dx: [ca.dx, 'Z51.102'], px: [['99.2500', cd]], route: 'outpatient' });
  stayBase(sc); admLabs(sc, adm, ['胸部CT平扫', '腹部CT平扫', 'CT增强扫描(加收)', '肿瘤标志物(CEA)测定', '乙肝五项定量']);
  add(sc, '病理检查(常规石蜡切片)', addDays(adm, 1), 1); // review of the outside slides (病理会诊 billed as the nearest row)
  add(sc, '心脏彩色多普勒超声', addDays(adm, 1), 1);
  if (ca.reg === 'TP') { add(sc, '紫杉醇注射液', cd, vials('紫杉醇注射液', 175, bsa)); add(sc, '顺铂注射液', cd, vials('顺铂注射液', 75, bsa)); add(sc, '化疗药物配置', cd, 2); }
  else { add(sc, '注射用奥沙利铂', cd, vials('注射用奥沙利铂', 130, bsa)); add(sc, '化疗药物配置', cd, 1); add(sc, '卡培他滨片', addDays(cd, 1), 98); }
  add(sc, '盐酸帕洛诺司琼注射液', cd, 1); add(sc, '地塞米松磷酸钠注射液', cd, 2); add(sc, '氯化钠注射液', cd, 3); infuse(sc, cd, 4);
  add(sc, '盐酸甲氧氯普胺注射液', addDays(cd, 1), 2); add(sc, '血常规(五分类)', addDays(cd, 1), 1);
  settle(sc, sc.dischargeDate); cl.push(sc);
  const o = chemoStay(p, hosp(p.home, 3, ri(1, 2)), addDays(cd, 20), 3, ca, bsa, { z: 'Z51.102' }); settle(o.c, o.c.dischargeDate); cl.push(o.c);
  ctl(id, 'C19', '肿瘤异地转诊首程治疗后回参保地续化疗', cl);
}]);
// C20 淋巴瘤利妥昔单抗后 HBV 再激活预防与随访
C.push(['C20', '淋巴瘤治疗后随访与乙肝再激活预防', (id) => {
  const p = person({ age: ri(35, 75) }); const h = hosp(p.home, 3, ri(1, 2));
  let d = randDate('2025-01-06', '2025-06-01'); const cl = [];
  for (let k = 0; k < 3; k++, d = addDays(d, ri(84, 95))) {
    const c = claim({ p, h, dept: 'haematology', vt: 'outpatient', date: d, dx: ['Z08.200', 'C83.300', 'B18.100'] });
    opd(c, d, true); add(c, '血常规(五分类)', d, 1); add(c, '肝功能(全套)', d, 1); add(c, '乙肝五项定量', d, 1);
    if (k !== 1) { add(c, '胸部CT平扫', d, 1); add(c, '腹部CT平扫', d, 1); add(c, 'CT增强扫描(加收)', d, 1); }
    add(c, '恩替卡韦分散片', d, 84, { long: true });
    settle(c, d); cl.push(c);
  }
  ctl(id, 'C20', '淋巴瘤治疗后随访与乙肝再激活预防', cl);
}]);
// C21 社区医院恶性胸腔积液姑息治疗
C.push(['C21', '社区/一级医院恶性胸腔积液姑息治疗', (id) => {
  const p = person({ age: ri(62, 90) }); const h = hosp(p.home, 1, ri(1, 4));
  const adm = randDate('2025-01-10', '2025-11-10'); const n = ri(14, 24); const dis = addDays(adm, n);
  const taps = [1, 6, 12].filter((k) => k < n - 1);
  const c = claim({ p, h, dept: 'general', vt: 'inpatient', adm, dis, dx: ['Z51.500x002', 'C34.900x001', 'C78.201'], px: taps.map((k) => ['34.9101', addDays(adm, k)]), route: 'transfer', transferFrom: hosp(p.home, 3, 1).id });
  stayBase(c, () => ({ bed: 'ward', nurse: 1 })); admLabs(c, adm, ['胸部X线摄影(正侧位)']);
  dayDates(c).forEach((d, k) => {
    add(c, '吸氧', d, ri(14, 20)); add(c, '一次性使用吸氧管', d, k % 3 === 0 ? 1 : 0 || 1);
    add(c, '盐酸吗啡注射液', d, k < 5 ? 2 : k < 12 ? 3 : 4); add(c, '皮下注射', d, 2);
    if (taps.includes(k)) { add(c, '局部浸润麻醉', d, 1); add(c, '一次性使用引流袋', d, 1); add(c, '一次性使用换药包', d, 1); add(c, '胸部X线摄影(正侧位)', addDays(d, 1), 1); }
    if (k % 2 === 0) { add(c, '葡萄糖氯化钠注射液', d, 1); infuse(c, d, 1); }
  });
  settle(c, dis); ctl(id, 'C21', '社区/一级医院恶性胸腔积液姑息治疗', [c]);
}]);
// C22 双通道卡培他滨：住院只用奥沙利铂，出院后药店购卡培他滨
C.push(['C22', 'XELOX住院+双通道药店购卡培他滨（不重复）', (id) => {
  const ca = pick([{ dx: 'C18.900', reg: 'XELOX' }, { dx: 'C16.900', reg: 'XELOX' }, { dx: 'C20.x00', reg: 'XELOX' }]);
  const p = person({ age: ri(40, 78) }); const h = hosp(p.home, 3, ri(1, 2)); const bsa = bsaFor(p);
  let adm = randDate('2025-01-10', '2025-09-01'); const cl = [];
  for (let k = 0; k < 2; k++, adm = addDays(adm, 21)) {
    const o = chemoStay(p, h, adm, 3, ca, bsa, { noCape: true, z: 'Z51.102' }); settle(o.c, o.c.dischargeDate); cl.push(o.c);
    const pd = addDays(o.c.dischargeDate, ri(0, 1));
    const pc = claim({ p, h: pharmacy(p.home, ri(1, 3)), dept: 'pharmacy', vt: 'pharmacy', date: pd, dx: [ca.dx] });
    add(pc, '卡培他滨片', pd, 7 * 14); settle(pc, pd); cl.push(pc);
  }
  ctl(id, 'C22', 'XELOX住院+双通道药店购卡培他滨', cl);
}]);

// =============== ROUTINE ===============
function routine(k) {
  const v = k % 10; const p = person({ age: ri(18, 85) }); const d = randDate('2025-01-05', '2025-12-15'); let c;
  if (v === 0) { // pneumonia stay
    const h = hosp(p.home, pick([1, 2, 3]), ri(1, 3)); c = claim({ p, h, dept: 'respiratory', vt: 'inpatient', adm: d, dis: addDays(d, ri(6, 9)), dx: ['J18.900'], route: 'emergency' });
    stayBase(c); admLabs(c, d, ['胸部X线摄影(正侧位)', 'C反应蛋白测定']); for (const dd of dayDates(c)) { add(c, '注射用头孢呋辛钠', dd, 3); add(c, '氯化钠注射液', dd, 2); infuse(c, dd, 2); add(c, '盐酸氨溴索片', dd, 3); }
  } else if (v === 1) { // lap appendectomy
    const h = hosp(p.home, pick([2, 3]), ri(1, 3)); c = claim({ p, h, dept: 'surgery', vt: 'inpatient', adm: d, dis: addDays(d, ri(3, 5)), dx: ['K35.800x001'], px: [['47.0100', d]], route: 'emergency' });
    stayBase(c, (i) => ({ bed: 'ward', nurse: i < 2 ? 1 : 2 })); admLabs(c, d, ['腹部B超', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)']);
    add(c, '腹腔镜下阑尾切除术', d, 1); add(c, '全身麻醉', d, 2); add(c, '一次性腹腔镜穿刺器', d, 1); add(c, '可吸收缝线', d, 2); add(c, '一次性手术衣及铺单包', d, 1); add(c, '丙泊酚中/长链脂肪乳注射液', d, 2); add(c, '枸橼酸芬太尼注射液', d, 2);
    for (const dd of dayDates(c)) { add(c, '注射用头孢呋辛钠', dd, 2); add(c, '甲硝唑氯化钠注射液', dd, 2); infuse(c, dd, 3); } add(c, '病理检查(常规石蜡切片)', addDays(d, 1), 1);
  } else if (v === 2) { // hernia
    const h = hosp(p.home, pick([2, 3]), ri(1, 3)); p.gender = 'M'; c = claim({ p, h, dept: 'surgery', vt: 'inpatient', adm: d, dis: addDays(d, ri(3, 4)), dx: ['K40.900x003'], px: [['53.0401', addDays(d, 1)]] });
    stayBase(c); admLabs(c, d, ['术前八项(感染筛查)']); const sd = addDays(d, 1);
    add(c, '腹股沟疝修补术', sd, 1); add(c, '椎管内麻醉', sd, 1); add(c, '一次性使用麻醉穿刺包', sd, 1); add(c, '疝修补补片', sd, 1); add(c, '可吸收缝线', sd, 2); add(c, '注射用头孢呋辛钠', sd, 1); infuse(c, sd, 1);
  } else if (v === 3) { // COPD exacerbation
    const h = hosp(p.home, pick([1, 2]), ri(1, 3)); c = claim({ p, h, dept: 'respiratory', vt: 'inpatient', adm: d, dis: addDays(d, ri(7, 10)), dx: ['J44.100'], route: 'emergency' });
    stayBase(c); admLabs(c, d, ['胸部X线摄影(正侧位)', '血气分析']); for (const dd of dayDates(c)) { add(c, '吸氧', dd, 12); add(c, '雾化吸入', dd, 2); add(c, '吸入用布地奈德混悬液', dd, 2); add(c, '多索茶碱注射液', dd, 1); add(c, '注射用头孢曲松钠', dd, 1); infuse(c, dd, 2); }
  } else if (v === 4) { // URTI outpatient
    const h = hosp(p.home, pick([1, 2, 3]), ri(1, 4)); c = claim({ p, h, dept: 'general', vt: 'outpatient', date: d, dx: ['J06.900'] }); h.level === 1 ? add(c, '一般诊疗费', d, 1) : opd(c, d); add(c, '血常规(五分类)', d, 1); add(c, '连花清瘟胶囊', d, 24); add(c, '对乙酰氨基酚片', d, 6);
  } else if (v === 5) { // hypertension follow-up
    const h = hosp(p.home, pick([1, 2]), ri(1, 4)); c = claim({ p, h, dept: 'cardiology', vt: 'outpatient', date: d, dx: ['I10.x00'] }); opd(c, d); add(c, pick(['苯磺酸氨氯地平片', '缬沙坦胶囊', '厄贝沙坦片']), d, 28); if (chance(0.3)) add(c, '常规心电图检查', d, 1);
  } else if (v === 6) { // gastritis
    const h = hosp(p.home, pick([2, 3]), ri(1, 3)); c = claim({ p, h, dept: 'gastroenterology', vt: 'outpatient', date: d, dx: ['K29.100x001'] }); opd(c, d); add(c, '奥美拉唑肠溶胶囊', d, 28); add(c, '铝碳酸镁咀嚼片', d, 42);
  } else if (v === 7) { // pharmacy
    const h = pharmacy(p.home, ri(1, 4)); c = claim({ p, h, dept: 'pharmacy', vt: 'pharmacy', date: d, dx: [pick(['I10.x00', 'J06.900', 'E78.000'])] });
    if (c.diagnoses[0].code === 'I10.x00') add(c, '硝苯地平控释片', d, 28); else if (c.diagnoses[0].code === 'E78.000') add(c, '阿托伐他汀钙片', d, 28); else add(c, '板蓝根颗粒', d, 15);
  } else if (v === 8) { // chronic T2DM
    p.chronic = ['E11']; const h = hosp(p.home, pick([1, 2, 3]), ri(1, 3)); c = claim({ p, h, dept: 'endocrinology', vt: 'chronic', date: d, dx: ['E11.900'] }); add(c, '门诊慢特病管理诊查费', d, 1); add(c, '盐酸二甲双胍片', d, 90); add(c, pick(['格列美脲片', '阿卡波糖片']), d, 30); add(c, '空腹血糖测定', d, 1);
  } else { // lumbar pain outpatient
    const h = hosp(p.home, pick([1, 2]), ri(1, 3)); c = claim({ p, h, dept: 'orthopaedics', vt: 'outpatient', date: d, dx: ['M54.500'] }); opd(c, d); add(c, '腰椎X线摄影', d, 1); add(c, '双氯芬酸钠缓释片', d, 14);
  }
  settle(c, c.dischargeDate || c.visitDate);
  label(`R-${String(k + 1).padStart(3, '0')}`, 'routine', 'R', 'routine', [c], [c], {});
}

// =============== build ===============
for (const [code, name, fn] of T) for (let i = 0; i < N; i++) fn(`${code}-${String(i + 1).padStart(2, '0')}`, i);
for (const [code, name, fn] of C) for (let i = 0; i < N; i++) fn(`${code}-${String(i + 1).padStart(2, '0')}`, i);
for (let k = 0; k < 100; k++) routine(k);

// drop zero-quantity lines (none expected) and finalise
// consolidate: one line per item and day (tests: once; others: quantities summed), except the mutated lines,
// which stay the separate entries they were made as; then renumber lineIds and remap the labels
const MUT = {}; for (const L of labels) for (const [cid, ls] of Object.entries(L.mutatedLines)) MUT[cid] = new Set([...(MUT[cid] || []), ...ls]);
for (const c of claims) {
  emitInfusions(c);
  const m = MUT[c.claimId] || new Set(); const keep = []; const first = {};
  for (const it of c.items) {
    if (it.quantity <= 0) continue;
    const k = it.code + '|' + it.date + '|' + it.unitPrice + '|' + (it.longPrescription ? 1 : 0);
    if (m.has(it.lineId)) { keep.push(it); continue; }
    const f = first[k];
    if (!f) { first[k] = it; keep.push(it); continue; }
    const sub = row(it.name).subcategory;
    if (sub === 'lab' || sub === 'exam') f.quantity = Math.max(f.quantity, it.quantity); else f.quantity = r2(f.quantity + it.quantity);
    f.amount = r2(f.quantity * f.unitPrice);
  }
  const map = {}; keep.forEach((it, k) => { map[it.lineId] = String(k + 1); it.lineId = String(k + 1); });
  c.items = keep; c._map = map;
}
const byId = Object.fromEntries(claims.map((c) => [c.claimId, c]));
for (const L of labels) for (const cid of Object.keys(L.mutatedLines)) L.mutatedLines[cid] = L.mutatedLines[cid].map((x) => byId[cid]._map[x]);
for (const c of claims) {
  delete c._map;
  c.amounts = fundOf(c);
  if (c.reportedGroup) c.reportedGroup.drg = groups[c.claimId] || null;
  delete c._n;
}
// check codes against the CHS-DRG tables
const DX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/diagnoses.json', 'utf8'));
const PX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/procedures.json', 'utf8'));
const bad = new Set();
for (const c of claims) { for (const d of c.diagnoses) if (!DX[d.code]) bad.add('dx ' + d.code); for (const p of c.procedures) if (!PX[p.code]) bad.add('px ' + p.code); }
if (bad.size) console.error('unknown codes:', [...bad].join(', '));

// settlement order: by settle date, stable on creation order
const order = claims.map((c, k) => ({ c, k, d: settleKey.get(c) || c.dischargeDate || c.visitDate }));
order.sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : a.k - b.k));
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), order.map((o) => JSON.stringify(o.c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1));
console.error(`claims ${claims.length}, cases ${labels.length} (fraud ${labels.filter((l) => l.kind === 'fraud').length}, control ${labels.filter((l) => l.kind === 'control').length}, routine ${labels.filter((l) => l.kind === 'routine').length}), grouped ${Object.keys(groups).length}`);
