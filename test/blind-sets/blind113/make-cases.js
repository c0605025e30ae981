#!/usr/bin/env node
// blind113: obstetrics, newborns and children's wards. usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// No dependencies; fixed seed 1130113. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = args[0]; if (!OUT) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base112/rules/catalogue');
const GROUPS = opt('--groups', null);
const POLICIES = opt('--policies', path.join(CAT, '..', 'benefits', 'policies.json'));

// ---------- rng ----------
let s0 = 1130113 >>> 0;
function rnd() { s0 = (s0 + 0x6D2B79F5) >>> 0; let t = s0; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue ----------
const ROWS = {};
for (const f of fs.readdirSync(CAT).filter((f) => /^(services|drugs|consumables).*\.json$/.test(f))) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) { if (!ROWS[r.name]) ROWS[r.name] = r; }
}
const row = (name) => { const r = ROWS[name]; if (!r) throw new Error('catalogue row missing: ' + name); return r; };
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const dow = (s) => D(s).getUTCDay();
const ageYears = (birth, at) => { const b = D(birth), a = D(at); let y = a.getUTCFullYear() - b.getUTCFullYear(); if (a.getUTCMonth() < b.getUTCMonth() || (a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() < b.getUTCDate())) y--; return y; };
const dateIn = (m1, m2) => { const start = D(`2025-${String(m1).padStart(2, '0')}-01`); const end = D(`2025-${String(m2).padStart(2, '0')}-28`); return iso(new Date(start.getTime() + Math.floor(rnd() * ((end - start) / 86400000)) * 86400000)); };

// ---------- regions and institutions ----------
const REGIONS = [
  { code: '510100', city: '成都' }, { code: '370100', city: '济南' }, { code: '220100', city: '长春' }, { code: '230100', city: '哈尔滨' },
];
const H = {}; // key -> institution
for (const r of REGIONS) {
  const p = r.code.slice(0, 4);
  const defs = [
    ['mch', '01', 3, '市妇女儿童医院(三级公立)', ['obstetrics', 'neonatology', 'paediatrics', 'gynaecology']],
    ['child', '02', 3, '市儿童医院(三级公立)', ['neonatology', 'paediatrics']],
    ['county', '03', 2, '县人民医院(二级公立)', ['obstetrics', 'neonatology', 'paediatrics', 'gynaecology']],
    ['community', '04', 1, '社区卫生服务中心', ['general']],
    ['clinic', '05', 1, '民营儿科诊所', ['paediatrics']],
    ['pharmacy', '06', 1, '定点零售药店', ['pharmacy']],
  ];
  for (const [k, n, level, name, depts] of defs) {
    const id = `H${p}${n.padStart(4, '0')}`;
    const doctors = {}; depts.forEach((d, di) => { doctors[d] = [1, 2, 3].map((j) => `D${p}${n}${di}${j}`); });
    H[r.code + ':' + k] = { id, level, name: r.city + name, region: r.code, kind: k, doctors };
  }
}
const inst = (region, kind) => H[region + ':' + kind];

// ---------- members ----------
let memberSeq = 0;
const newId = () => `P113${String(++memberSeq).padStart(6, '0')}`;
function adult(opts = {}) {
  const region = opts.region || pick(REGIONS).code;
  const age = opts.age || ri(23, 38);
  const birth = `${2025 - age - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const scheme = opts.scheme || (chance(0.6) ? 'employee' : 'resident');
  const yrs = Math.max(1, age - 22);
  return { id: newId(), gender: 'F', birth, region, scheme, enrollment: { enrolledOn: scheme === 'employee' ? `${2025 - Math.min(yrs, 10)}-0${ri(1, 9)}-01` : '2024-12-20', inConcentratedPeriod: true, continuousYears: Math.min(yrs, 12), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: chance(0.3), contributionYears: scheme === 'employee' ? yrs : 0, special: null } };
}
function child(opts = {}) { // birth given or age in months
  const region = opts.region || pick(REGIONS).code;
  const birth = opts.birth || add('2025-01-01', -(opts.months != null ? opts.months * 30 + ri(0, 20) : ri(400, 3000)));
  const gender = opts.gender || (chance(0.5) ? 'M' : 'F');
  const k = { id: newId(), gender, birth, region, scheme: 'resident', _months: opts.birth ? null : opts.months };
  kidEnrol(k); return k;
}
function kidEnrol(k) {
  const y = Math.max(0, ageYears(k.birth, '2025-01-01'));
  k.enrollment = { enrolledOn: y >= 1 ? '2024-12-10' : (k.birth < '2025-01-01' ? '2024-12-10' : add(k.birth, 10)), inConcentratedPeriod: y >= 1 || k.birth < '2024-12-10', continuousYears: Math.max(0, y), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: chance(0.2), contributionYears: 0, special: (y >= 1 || k.birth < '2024-12-10') ? null : 'newborn' };
}
function newborn(mother, birth, opts = {}) {
  const enrolledOn = opts.enrolledOn || birth;
  return { id: newId(), gender: opts.gender || (chance(0.5) ? 'M' : 'F'), birth, region: mother.region, scheme: 'resident', weight: opts.weight || ri(2800, 3900),
    enrollment: { enrolledOn, inConcentratedPeriod: false, continuousYears: 0, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: 0, special: 'newborn' } };
}

// ---------- claims ----------
const CLAIMS = []; let claimSeq = 0;
function claim(m, h, dept, visitType, opts = {}) {
  if (m._months != null && !m._fixed) { m.birth = add(opts.adm || opts.date, -(m._months * 30 + ri(0, 20))); kidEnrol(m); m._fixed = true; }
  const c = { _m: m, _h: h, _lines: [], _daily: {}, _fraudOk: new Set(), claimId: `${h.region}-${h.id}-2025-${String(++claimSeq).padStart(6, '0')}`,
    region: h.region, insuranceType: m.scheme, visitType,
    patient: { insuredId: m.id, gender: m.gender, birthDate: m.birth },
    enrollment: { ...m.enrollment },
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: opts.doctor || pick(h.doctors[dept]) },
  };
  if (m.weight && visitType === 'inpatient') c.patient.birthWeightGrams = m.weight;
  if (opts.insuredRegion && opts.insuredRegion !== h.region) c.insuredRegion = opts.insuredRegion;
  if (visitType === 'inpatient') {
    c.admissionDate = opts.adm; c.dischargeDate = opts.dis;
    c.admissionRoute = opts.route || 'outpatient'; c.dischargeMode = opts.mode || 'ordered';
    if (opts.from) c.transferFromHospitalId = opts.from;
    if (m.weight && diff(m.birth, opts.adm) >= 29) delete c.patient.birthWeightGrams;
  } else c.visitDate = opts.date;
  c.diagnoses = (opts.dx || []).map((code, i) => { if (!DX[code]) throw new Error('unknown diagnosis ' + code); return i === 0 ? { code, principal: true } : { code }; });
  c.procedures = (opts.px || []).map(([code, date]) => { if (!PX[code]) throw new Error('unknown procedure ' + code); return { code, date }; });
  CLAIMS.push(c); return c;
}
const DX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/diagnoses.json', 'utf8'));
const PX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/procedures.json', 'utf8'));

// add a line; fraud=true lets it break a formal limit and marks it
function L(c, name, date, qty, o = {}) {
  const r = row(name);
  if (!(qty > 0)) throw new Error('qty ' + name);
  const lvl = String(c.provider.level);
  const price = o.price != null ? o.price : r.priceCap[lvl];
  const lineId = String(c._lines.length + 1);
  const code = r.products ? r.products[0] : r.code;
  const ln = { lineId, code, name: r.name, category: r.category, date, quantity: qty, unitPrice: price, _row: r };
  if (o.long) ln.longPrescription = true;
  c._lines.push(ln);
  if (o.fraud) c._fraudOk.add(lineId);
  return lineId;
}
// check every line against its row's formal limits
function checkLimits(c) {
  const byCodeDay = {}; const days = {}; const sameDay = {};
  const dx = c.diagnoses.map((d) => d.code);
  for (const ln of c._lines) {
    const r = ln._row; const ok = c._fraudOk.has(ln.lineId);
    const err = (m) => { if (!ok) throw new Error(`${c.claimId} line ${ln.lineId} ${ln.name} ${ln.date}: ${m}`); };
    if (c.visitType === 'inpatient') { if (ln.date < c.admissionDate || ln.date > c.dischargeDate) err('outside stay'); } else if (ln.date !== c.visitDate) err('date');
    if (r.setting === 'inpatient' && c.visitType !== 'inpatient') err('setting inpatient');
    if (r.setting === 'outpatient' && c.visitType === 'inpatient') err('setting outpatient');
    if (r.minLevel && c.provider.level < r.minLevel) err('minLevel');
    if (r.gender && r.gender !== c.patient.gender) err('gender');
    const age = ageYears(c.patient.birthDate, ln.date);
    if (r.ageMax != null && age > r.ageMax) err('ageMax');
    if (r.ageMin != null && age < r.ageMin) err('ageMin');
    if (r.indications && !dx.some((d) => r.indications.some((p) => d.startsWith(p)))) err('indication');
    if (ln.unitPrice > r.priceCap[String(c.provider.level)] + 1e-9) err('price');
    const k = ln.code + '|' + ln.date; byCodeDay[k] = (byCodeDay[k] || 0) + ln.quantity;
    if (r.maxPerDay != null && byCodeDay[k] > r.maxPerDay) err('maxPerDay');
    (days[ln.code] = days[ln.code] || new Set()).add(ln.date);
    if (r.maxDays != null && days[ln.code].size > r.maxDays) err('maxDays');
    (sameDay[ln.date] = sameDay[ln.date] || []).push(ln);
  }
  for (const [date, lns] of Object.entries(sameDay)) {
    const codes = new Map(); for (const l of lns) codes.set(l._row.code, (codes.get(l._row.code) || 0) + l.quantity);
    for (const l of lns) {
      const r = l._row; const ok = c._fraudOk.has(l.lineId);
      for (const x of [...(r.excludes || []), ...(r.includes || [])]) if (codes.has(x)) {
        const other = lns.find((o) => o._row.code === x);
        if (!ok && !c._fraudOk.has(other.lineId)) throw new Error(`${c.claimId} ${date} ${r.name} with ${other.name} (excludes/includes)`);
      }
      for (const inc of (r.includesDuring || [])) {
        if (inc.visitTypes && !inc.visitTypes.includes(c.visitType)) continue;
        for (const x of inc.codes) if (codes.has(x)) {
          const other = lns.find((o) => o._row.code === x);
          const devH = codes.get(r.code); const oH = codes.get(x);
          const fits = inc.hours && r.unit === '小时' && ((other._row.unit === '小时' && devH + oH <= 24 + (inc.overlapHours || 0)) || (other._row.unit !== '小时' && devH < 24));
          if (!fits && !ok && !c._fraudOk.has(other.lineId)) throw new Error(`${c.claimId} ${date} ${r.name} includes ${other.name}`);
        }
      }
    }
  }
}

// ---------- ward building blocks ----------
function nights(c) { const n = diff(c.admissionDate, c.dischargeDate); return [...Array(Math.max(n, 1)).keys()].map((i) => add(c.admissionDate, i)); }
function ward(c, o = {}) { // bed, 诊查, nursing each night; o.nursing(date)->name, o.bed(date)->name, o.skip(date)
  const ids = {};
  for (const d of nights(c)) {
    if (o.skip && o.skip(d)) continue;
    const bed = typeof o.bed === 'function' ? o.bed(d) : (o.bed || '普通病房床位费(三人间)');
    const nur = typeof o.nursing === 'function' ? o.nursing(d) : (o.nursing || 'Ⅱ级护理');
    ids[d] = [];
    if (bed) ids[d].push(L(c, bed, d, 1));
    ids[d].push(L(c, '住院诊查费', d, 1));
    if (nur) ids[d].push(L(c, nur, d, 1));
  }
  return ids;
}
const kidIV = (c, d) => (ageYears(c.patient.birthDate, d) <= 2 ? '小儿头皮静脉输液' : '静脉输液(第一组)');
function ivDay(c, d, groups, fluids) { // one day's infusion
  L(c, kidIV(c, d), d, 1);
  if (groups > 1) L(c, '静脉输液(每增加一组)', d, groups - 1);
  for (const [n, q] of fluids) L(c, n, d, q);
  L(c, '一次性使用输液器', d, Math.min(groups, 3));
}
function admitLabs(c, d, set) { for (const n of set) L(c, n, d, 1); }

// ---------- money ----------
const fen = (y) => Math.round(y * 100);
function finish(c) {
  checkLimits(c);
  let total = 0, policy = 0;
  c.items = c._lines.map((ln) => {
    const a = fen(ln.unitPrice) * ln.quantity; total += a;
    const share = ln._row.class === '丙' ? 1 : (ln._row.selfPayShare || 0);
    policy += Math.round(a * (1 - share));
    const o = { lineId: ln.lineId, code: ln.code, name: ln.name, category: ln.category, date: ln.date, quantity: ln.quantity, unitPrice: ln.unitPrice, amount: a / 100 };
    if (ln.longPrescription) o.longPrescription = true; return o;
  });
  c._total = total; c._policy = policy;
}
function settle(sorted) {
  const st = {};
  for (const c of sorted) {
    const prov = POL.provinces[(c.insuredRegion || c.region).slice(0, 2)];
    let sch = JSON.parse(JSON.stringify(prov.schemes[c.insuranceType]));
    const reg = prov.regions && prov.regions[c.insuredRegion || c.region];
    if (reg && reg.schemes && reg.schemes[c.insuranceType]) for (const [k, v] of Object.entries(reg.schemes[c.insuranceType])) Object.assign(sch[k], v);
    const s = st[c.patient.insuredId] = st[c.patient.insuredId] || { adm: 0, outDed: 0, outFund: 0 };
    const lvl = String(c.provider.level); let fund = 0;
    if (c.visitType === 'inpatient') {
      const p = sch.inpatient; let ded = fen(p.deductible[lvl]);
      if (s.adm > 0 && p.laterAdmissionDeductibleShare != null) ded = Math.round(ded * p.laterAdmissionDeductibleShare);
      s.adm++;
      fund = Math.floor(Math.max(0, c._policy - ded) * p.ratio[lvl]);
    } else {
      const p = c.visitType === 'pharmacy' ? sch.pharmacy : sch.outpatient;
      const dedLeft = Math.max(0, fen(p.deductible) - s.outDed);
      const over = Math.max(0, c._policy - dedLeft); s.outDed += Math.min(c._policy, dedLeft);
      fund = Math.floor(over * p.ratio[lvl]);
      const capLeft = Math.max(0, fen(p.annualFundCap) - s.outFund); fund = Math.min(fund, capLeft); s.outFund += fund;
    }
    c.amounts = { total: c._total / 100, policy: c._policy / 100, fundClaimed: fund / 100 };
  }
}

// =====================================================================================
// clinical builders
// =====================================================================================
const OBS_LABS = ['血常规(五分类)', '尿常规', '凝血四项', '肝功能(全套)', '肾功能(三项)', '血型鉴定(ABO+Rh)', '术前八项(感染筛查)'];
// vaginal delivery stay. o: {m,h,adm,labourDays,postDays,dx,extra(c,ctx),ctgPerDay,oxy}
function vaginalStay(o) {
  const m = o.m, h = o.h; const adm = o.adm; const del = add(adm, o.labourDays || 0); const dis = add(del, o.postDays || ri(2, 3));
  const c = claim(m, h, 'obstetrics', 'inpatient', { adm, dis, route: o.route || pick(['outpatient', 'emergency']), dx: o.dx || ['O80.000', 'Z37.000x001'], px: o.px || [['73.5900', del]] });
  const ctx = { c, adm, del, dis };
  const w = ward(c, { bed: o.bed || '普通病房床位费(三人间)', nursing: (d) => (d === del ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  ctx.ward = w;
  admitLabs(c, adm, OBS_LABS);
  L(c, '产科B超', adm, 1);
  for (let d = adm; d <= del; d = add(d, 1)) L(c, '胎心监护', d, o.ctgPerDay || 1);
  L(c, '阴道分娩接生', del, 1); L(c, '一次性产包', del, 1);
  L(c, '缩宫素注射液', del, o.oxy || 2); L(c, '肌肉注射', del, 1);
  L(c, '静脉留置针置管', del, 1); L(c, '一次性使用静脉留置针', del, 1);
  L(c, '静脉输液(第一组)', del, 1); L(c, '乳酸钠林格注射液', del, 1); L(c, '一次性使用输液器', del, 1);
  L(c, '血常规(五分类)', add(del, 1), 1);
  if (o.extra) o.extra(ctx);
  return ctx;
}
// caesarean stay. o: {m,h,adm,preDays,postDays,dx,emergency}
function caesareanStay(o) {
  const m = o.m, h = o.h; const adm = o.adm; const op = add(adm, o.preDays != null ? o.preDays : 1); const dis = add(op, o.postDays || ri(3, 4));
  const c = claim(m, h, 'obstetrics', 'inpatient', { adm, dis, route: o.route || (o.emergency ? 'emergency' : 'outpatient'), dx: o.dx || ['O34.201', 'O82.000', 'Z37.000x001'], px: o.px || [['74.1x01', op]] });
  const ctx = { c, adm, op, dis };
  ctx.ward = ward(c, { bed: o.bed || '普通病房床位费(三人间)', nursing: (d) => (d === op || d === add(op, 1) ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  admitLabs(c, adm, OBS_LABS);
  L(c, '产科B超', adm, 1); L(c, '常规心电图检查', adm, 1);
  for (let d = adm; d <= op; d = add(d, 1)) L(c, '胎心监护', d, 1);
  if (!o.noSurgeryLines) {
    L(c, '剖宫产术', op, 1); L(c, '椎管内麻醉', op, 1); L(c, '盐酸罗哌卡因注射液', op, 1); L(c, '盐酸利多卡因注射液', op, 1);
    L(c, '注射用头孢呋辛钠', op, 2); L(c, '缩宫素注射液', op, 2);
    L(c, '导尿', op, 1); L(c, '一次性使用导尿包', op, 1);
    L(c, '心电监测', op, 12); L(c, '血氧饱和度监测', op, 12);
  }
  L(c, '静脉留置针置管', op, 1); L(c, '一次性使用静脉留置针', op, 1);
  L(c, '静脉输液(第一组)', op, 1); L(c, '静脉输液(每增加一组)', op, 2); L(c, '复方氯化钠注射液', op, 2); L(c, '葡萄糖氯化钠注射液', op, 1); L(c, '一次性使用输液器', op, 3);
  const d1 = add(op, 1);
  L(c, '静脉输液(第一组)', d1, 1); L(c, '静脉输液(每增加一组)', d1, 1); L(c, '葡萄糖注射液', d1, 1); L(c, '复方氯化钠注射液', d1, 1); L(c, '缩宫素注射液', d1, 1); L(c, '一次性使用输液器', d1, 2);
  L(c, '血常规(五分类)', d1, 1);
  L(c, '换药(中)', add(op, 2), 1);
  if (o.extra) o.extra(ctx);
  return ctx;
}
// newborn jaundice stay
function jaundiceStay(o) {
  const b = o.baby, h = o.h; const adm = o.adm; const dis = add(adm, o.los || ri(3, 5));
  const c = claim(b, h, 'neonatology', 'inpatient', { adm, dis, route: o.route || 'outpatient', dx: o.dx || ['P59.901'], px: [['99.8301', adm]], from: o.from, mode: o.mode });
  if (o.from) c.admissionRoute = 'transfer';
  const ctx = { c, adm, dis };
  ctx.ward = ward(c, { bed: '新生儿床位费', nursing: '新生儿护理' });
  admitLabs(c, adm, ['血常规(五分类)', '血型鉴定(ABO+Rh)', 'C反应蛋白测定', '总胆红素测定']);
  const hours = o.hours || [12, 12, 8];
  ctx.photo = [];
  hours.forEach((hh, i) => { const d = add(adm, i); if (d < dis && hh > 0) ctx.photo.push(L(c, '新生儿蓝光治疗', d, hh, { fraud: o.photoFraud })); });
  for (let i = 1; i < diff(adm, dis); i++) L(c, '总胆红素测定', add(adm, i), 1);
  L(c, '静脉采血', adm, 1);
  if (o.extra) o.extra(ctx);
  return ctx;
}
// paediatric ward stay. kind: pneumonia | bronchiolitis | asthma | gastro | convulsion | urti | bronchitis | kawasaki
function paedStay(o) {
  const k = o.m, h = o.h; const adm = o.adm; const los = o.los || ri(5, 7); const dis = add(adm, los);
  const c = claim(k, h, 'paediatrics', 'inpatient', { adm, dis, route: o.route || pick(['outpatient', 'emergency']), dx: o.dx, px: o.px || [], from: o.from, mode: o.mode });
  if (o.from) c.admissionRoute = 'transfer';
  const ctx = { c, adm, dis, los };
  ctx.ward = ward(c, { bed: o.bed || '普通病房床位费(三人间)', nursing: o.nursing || 'Ⅱ级护理', skip: o.skipWard });
  const treatDays = nights(c).filter((d) => !(o.skipTreat && o.skipTreat(d)));
  admitLabs(c, adm, o.labs || ['血常规(五分类)', 'C反应蛋白测定', '尿常规', '大便常规+隐血', '肝功能(全套)', '肾功能(三项)', '电解质(四项)']);
  L(c, '静脉采血', adm, 1);
  const kind = o.kind;
  const ivDays = o.ivDays != null ? o.ivDays : los - 1;
  const antibiotic = o.antibiotic || (kind === 'pneumonia' ? ['注射用头孢呋辛钠', 3] : null);
  if (kind === 'pneumonia' || kind === 'bronchiolitis' || kind === 'asthma' || kind === 'bronchitis' || kind === 'urti') {
    L(c, o.xray || '数字化X线摄影(DR)(胸部)', adm, 1);
    if (kind === 'pneumonia') L(c, '痰细菌培养及鉴定', adm, 1);
  }
  treatDays.forEach((d, i) => {
    if (i < ivDays) {
      const fl = [['葡萄糖氯化钠注射液', 1]]; let g = 1;
      if (antibiotic) { fl.push([antibiotic[0], antibiotic[1]]); fl.push(['氯化钠注射液', 1]); g = 2; }
      if (o.ivExtra) { for (const [n, q] of o.ivExtra) fl.push([n, q]); g++; }
      ivDay(c, d, g, fl);
      if (i === 0) { L(c, '静脉留置针置管', d, 1); L(c, '一次性使用静脉留置针', d, 1); }
    }
    const neb = o.nebPerDay ? o.nebPerDay(i, d) : ((kind === 'pneumonia' || kind === 'bronchiolitis' || kind === 'asthma' || kind === 'bronchitis' || kind === 'urti') && i < los - 1 ? 2 : 0);
    if (neb) {
      L(c, '雾化吸入', d, neb);
      L(c, '吸入用布地奈德混悬液', d, o.nebDrug ? o.nebDrug(i, neb) : neb);
      if (kind === 'asthma' || kind === 'bronchiolitis') L(c, '吸入用异丙托溴铵溶液', d, neb);
      if (i === 0) L(c, '一次性使用雾化器', d, 1);
    }
    if (kind === 'gastro') { L(c, '蒙脱石散', d, 3); L(c, '双歧杆菌三联活菌胶囊', d, 3); }
    if (i === los - 1 && ['pneumonia', 'bronchiolitis', 'bronchitis', 'urti', 'asthma'].includes(kind) && ageYears(c.patient.birthDate, d) <= 14) L(c, '小儿肺热咳喘口服液', d, 3);
    if (o.daily) o.daily(c, d, i);
  });
  if (kind === 'gastro') L(c, '大便常规+隐血', add(adm, 2 < los ? 2 : 1), 1);
  if (kind === 'pneumonia' && los >= 5) { L(c, '血常规(五分类)', add(adm, 3), 1); L(c, 'C反应蛋白测定', add(adm, 3), 1); }
  if (o.extra) o.extra(ctx);
  return ctx;
}
function outpatient(m, h, dept, date, dx, lines, o = {}) {
  const c = claim(m, h, dept, h.kind === 'pharmacy' ? 'pharmacy' : 'outpatient', { date, dx, doctor: o.doctor });
  if (h.kind !== 'pharmacy') L(c, h.kind === 'community' ? '一般诊疗费' : (o.senior && h.level >= 2 ? '副主任医师门诊诊察费' : '普通门诊诊察费'), date, 1);
  for (const [n, q, lo] of lines) L(c, n, date, q, lo || {});
  return c;
}

// =====================================================================================
// cases
// =====================================================================================
const LABELS = []; let caseSeq = 0;
function addCase(kind, code, name, claims, targets, mutated, variant, extra = {}) {
  LABELS.push({ caseId: `B113-${String(++caseSeq).padStart(4, '0')}`, kind, code, name, claimIds: claims.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines: mutated, typology: code, variant, ...extra });
}
const regionOf = (i) => REGIONS[i % REGIONS.length].code;
const variantOf = (i) => (i % 3 === 2 ? 'careful' : 'overt');
const mut = (c, ids) => ({ [c.claimId]: ids.map(String) });
const mother = (i, o = {}) => adult({ region: regionOf(i), ...o });
const obsHosp = (i) => inst(regionOf(i), i % 2 ? 'county' : 'mch');
const neoHosp = (i) => inst(regionOf(i), ['mch', 'county', 'child'][i % 3]);
const kidHosp = (i) => inst(regionOf(i), ['child', 'county', 'mch'][i % 3]);

const FRAUD = [];
const T = (code, name, fn) => FRAUD.push({ code, name, fn });

T('T01', '胎心监护与产科B超逐日计费(超频次)', (i, v) => {
  const m = mother(i); const adm = dateIn(1, 11); const labourDays = v === 'overt' ? ri(1, 2) : ri(2, 3);
  const muts = [];
  const ctx = vaginalStay({ m, h: obsHosp(i), adm, labourDays, postDays: 3, dx: ['O80.000', 'Z37.000x001'], extra: ({ c, del, dis }) => {
    for (let d = adm; d < dis; d = add(d, 1)) {
      if (v === 'overt') { muts.push(L(c, '胎心监护', d, d <= del ? 2 : 3)); if (d > adm) muts.push(L(c, '产科B超', d, 1)); }
      else { if (d < del) muts.push(L(c, '胎心监护', d, 1)); if (d > adm && d <= add(del, 1)) muts.push(L(c, '产科B超', d, 1)); }
    }
  } });
  return { claims: [ctx.c], targets: [ctx.c], mut: mut(ctx.c, muts) };
});

T('T02', '新生儿蓝光治疗时数虚增', (i, v) => {
  const mo = mother(i); const birth = dateIn(1, 11); const b = newborn(mo, birth);
  const los = v === 'overt' ? ri(6, 7) : ri(4, 5);
  const hours = v === 'overt' ? Array(los).fill(24) : Array(los - 1).fill(20).concat([16]);
  const ctx = jaundiceStay({ baby: b, h: neoHosp(i), adm: add(birth, ri(3, 5)), los, dx: v === 'overt' ? ['P59.902'] : ['P59.901'], hours });
  return { claims: [ctx.c], targets: [ctx.c], mut: mut(ctx.c, ctx.photo) };
});

T('T03', '母婴同室健康新生儿计收新生儿床位费与护理费', (i, v) => {
  const mo = mother(i); const h = obsHosp(i); const adm = dateIn(1, 11);
  const mc = vaginalStay({ m: mo, h, adm, labourDays: 0, postDays: v === 'overt' ? 3 : 2 }).c;
  const b = newborn(mo, adm);
  const c = claim(b, h, 'neonatology', 'inpatient', { adm, dis: mc.dischargeDate, route: 'other', dx: v === 'overt' ? ['Z38.000x001'] : ['P59.902', 'Z38.000x001'] });
  const w = ward(c, { bed: '新生儿床位费', nursing: '新生儿护理' });
  L(c, '维生素K1注射液', adm, 1); L(c, '肌肉注射', adm, 1);
  if (v !== 'overt') { L(c, '总胆红素测定', add(adm, 1), 1); L(c, '静脉采血', add(adm, 1), 1); }
  const ids = Object.values(w).flat().filter((id) => /新生儿/.test(c._lines[id - 1].name));
  return { claims: [mc, c], targets: [c], mut: mut(c, ids) };
});

T('T04', '新生儿检查计入母亲账单并在新生儿账单重复收费', (i, v) => {
  const mo = mother(i); const h = inst(regionOf(i), i % 2 ? 'county' : 'mch'); const adm = dateIn(1, 11);
  const muts = [];
  const mctx = vaginalStay({ m: mo, h, adm, labourDays: 0, postDays: 3, extra: ({ c, del }) => {
    const d = add(del, 2);
    muts.push(L(c, '血型鉴定(ABO+Rh)', d, 1)); muts.push(L(c, '总胆红素测定', d, 1));
    if (v === 'overt') { muts.push(L(c, '耳声发射检查', d, 1)); muts.push(L(c, '血常规(五分类)', d, 1)); }
  } });
  const b = newborn(mo, adm);
  const bctx = jaundiceStay({ baby: b, h, adm: add(adm, 2), los: 4, hours: [12, 12, 8] , extra: ({ c }) => { if (v === 'overt') L(c, '耳声发射检查', add(adm, 2), 1); } });
  return { claims: [mctx.c, bctx.c], targets: [mctx.c], mut: mut(mctx.c, muts) };
});

T('T05', '阴道分娩高套为剖宫产编码', (i, v) => {
  const m = mother(i); const adm = dateIn(1, 11);
  const del = adm;
  const dx = v === 'overt' ? ['O82.100', 'O68.901', 'Z37.000x001'] : ['O64.001', 'O82.100', 'Z37.000x001'];
  const ctx = vaginalStay({ m, h: obsHosp(i), adm, labourDays: 0, postDays: 2, dx, px: [['74.1x01', del]], extra: ({ c, del }) => {
    if (v !== 'overt') { L(c, '注射用头孢呋辛钠', del, 2); L(c, '静脉输液(每增加一组)', del, 1); L(c, '氯化钠注射液', del, 1); }
  } });
  return { claims: [ctx.c], targets: [ctx.c], mut: {} };
});

T('T06', '分娩病例编码未发生的并发症(高套)', (i, v) => {
  const m = mother(i); const adm = dateIn(1, 11);
  const dx = v === 'overt' ? ['O72.101', 'O80.000', 'O99.007', 'Z37.000x001'] : ['O14.000', 'O80.000', 'Z37.000x001'];
  const ctx = vaginalStay({ m, h: obsHosp(i), adm, labourDays: ri(0, 1), postDays: ri(2, 3), dx });
  return { claims: [ctx.c], targets: [ctx.c], mut: {} };
});

T('T07', '剖宫产另收接生费与产包(分解收费)', (i, v) => {
  const m = mother(i); const adm = dateIn(1, 11); const muts = [];
  const ctx = caesareanStay({ m, h: obsHosp(i), adm, preDays: 1, extra: ({ c, op }) => {
    if (v === 'overt') muts.push(L(c, '阴道分娩接生', op, 1, { fraud: true }));
    muts.push(L(c, '一次性产包', op, 1, { fraud: true }));
  } });
  return { claims: [ctx.c], targets: [ctx.c], mut: mut(ctx.c, muts) };
});

T('T08', '无指征顺产缩宫素与抗菌药物超量使用', (i, v) => {
  const m = mother(i); const adm = dateIn(1, 11); const muts = [];
  const ctx = vaginalStay({ m, h: obsHosp(i), adm, labourDays: 0, postDays: 3, extra: ({ c, del, dis }) => {
    for (let d = del, k = 0; d < dis; d = add(d, 1), k++) {
      if (v === 'overt') {
        if (k > 0) { muts.push(L(c, '缩宫素注射液', d, 4)); }
        muts.push(L(c, '注射用头孢曲松钠', d, 4)); muts.push(L(c, '甲硝唑氯化钠注射液', d, 2));
        if (k > 0) { L(c, '静脉输液(第一组)', d, 1); L(c, '一次性使用输液器', d, 2); }
        L(c, '静脉输液(每增加一组)', d, 2); L(c, '氯化钠注射液', d, 2);
      } else {
        if (k > 0 && k < 3) { muts.push(L(c, '缩宫素注射液', d, 2)); L(c, '肌肉注射', d, 2); }
        if (k < 3) { muts.push(L(c, '注射用头孢呋辛钠', d, 3)); L(c, '静脉输液(每增加一组)', d, 1); L(c, '氯化钠注射液', d, 1); if (k > 0) { L(c, '静脉输液(第一组)', d, 1); L(c, '一次性使用输液器', d, 1); } }
      }
    }
  } });
  return { claims: [ctx.c], targets: [ctx.c], mut: mut(ctx.c, muts) };
});

T('T09', '儿童普通感冒/雾化低标准入院', (i, v) => {
  const k = child({ region: regionOf(i), months: ri(18, 84) });
  const h = inst(regionOf(i), i % 2 ? 'county' : 'mch');
  const los = ri(3, 4);
  const ctx = paedStay({ m: k, h, adm: dateIn(1, 12), los, kind: v === 'overt' ? 'urti' : 'bronchitis', dx: v === 'overt' ? [pick(['J06.900', 'J00.x00', 'J02.900'])] : ['J20.900'],
    ivDays: v === 'overt' ? 0 : 1, antibiotic: v === 'overt' ? null : ['注射用头孢呋辛钠', 2], labs: ['血常规(五分类)', 'C反应蛋白测定'],
    daily: (c, d, j) => { L(c, '小儿氨酚黄那敏颗粒', d, 2); if (v === 'overt') L(c, '小儿肺热咳喘口服液', d, 3); } });
  return { claims: [ctx.c], targets: [ctx.c], mut: {} };
});

T('T10', '雾化吸入超医嘱频次计费', (i, v) => {
  const k = child({ region: regionOf(i), months: ri(8, 60) }); const muts = [];
  const los = ri(6, 7);
  const ctx = paedStay({ m: k, h: kidHosp(i), adm: dateIn(1, 12), los, kind: 'pneumonia', dx: ['J18.000'], nebPerDay: () => 0,
    daily: (c, d, j) => {
      if (j >= los - 1) return;
      if (v === 'overt') { muts.push(L(c, '雾化吸入', d, 4)); L(c, '吸入用布地奈德混悬液', d, 2); muts.push(L(c, '一次性使用雾化器', d, j % 2 ? 1 : 2)); }
      else { muts.push(L(c, '雾化吸入', d, 3)); L(c, '吸入用布地奈德混悬液', d, 3); if (j === 0) L(c, '一次性使用雾化器', d, 1); }
    } });
  return { claims: [ctx.c], targets: [ctx.c], mut: mut(ctx.c, muts) };
});

T('T11', '儿童按成人剂量/整支多计药品', (i, v) => {
  const k = child({ region: regionOf(i), months: ri(10, 30) }); const muts = [];
  const los = ri(5, 7);
  const ctx = paedStay({ m: k, h: kidHosp(i), adm: dateIn(1, 12), los, kind: 'pneumonia', dx: ['J18.000'], antibiotic: ['注射用头孢呋辛钠', 1], ivDays: 0,
    daily: (c, d, j) => {
      if (j >= los - 1) return;
      const groups = v === 'overt' ? 4 : 3;
      L(c, kidIV(c, d), d, 1); L(c, '静脉输液(每增加一组)', d, groups - 1); L(c, '葡萄糖氯化钠注射液', d, 1); L(c, '氯化钠注射液', d, 2); L(c, '一次性使用输液器', d, 3);
      if (j === 0) { L(c, '静脉留置针置管', d, 1); L(c, '一次性使用静脉留置针', d, 1); }
      if (v === 'overt') { muts.push(L(c, '注射用头孢曲松钠', d, 4)); muts.push(L(c, '注射用阿奇霉素', d, 2)); muts.push(L(c, '盐酸氨溴索注射液', d, 4)); if (j < 3) muts.push(L(c, '注射用甲泼尼龙琥珀酸钠', d, 3)); }
      else { muts.push(L(c, '注射用头孢呋辛钠', d, 6)); muts.push(L(c, '盐酸氨溴索注射液', d, 3)); }
    } });
  return { claims: [ctx.c], targets: [ctx.c], mut: mut(ctx.c, muts) };
});

T('T12', '儿童周末挂床住院', (i, v) => {
  const k = child({ region: regionOf(i), months: ri(12, 96) });
  let adm = dateIn(1, 12); while (dow(adm) !== 3) adm = add(adm, 1); // Wednesday
  const los = v === 'overt' ? 12 : 6; // overt two weekends; careful one
  const weekend = (d) => dow(d) === 6 || dow(d) === 0 || (v === 'overt' && dow(d) === 5 && d > add(adm, 3));
  const ctx = paedStay({ m: k, h: inst(regionOf(i), i % 2 ? 'county' : 'mch'), adm, los, kind: 'gastro', dx: ['A08.000', 'E86.x01'], ivDays: 3, skipTreat: weekend,
    daily: (c, d, j) => {} , extra: ({ c }) => { if (v !== 'overt') for (const d of nights(c)) if (weekend(d)) L(c, '双歧杆菌三联活菌胶囊', d, 3); } });
  const ids = Object.entries(ctx.ward).filter(([d]) => weekend(d)).flatMap(([, v2]) => v2);
  return { claims: [ctx.c], targets: [ctx.c], mut: mut(ctx.c, ids) };
});

T('T13', '民营儿科诊所免费体检招揽儿童虚构诊疗', (i, v) => {
  const reg = regionOf(i); const h = inst(reg, 'clinic');
  const base = `2025-${String(3 + (i % 4) * 2).padStart(2, '0')}-1${i % 2 ? 2 : 4}`;
  const k = child({ region: reg, months: ri(36, 78) });
  const date = v === 'overt' ? base : add(base, ri(-6, 6));
  const dx = v === 'overt' ? ['J06.900'] : [pick(['J02.900', 'K30.x00', 'J06.900'])];
  if (!DX[dx[0]]) dx[0] = 'J06.900';
  const lines = [['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['雾化吸入', 1], ['吸入用布地奈德混悬液', 1], ['一次性使用雾化器', 1], ['小儿捏脊治疗', 1], ['小儿肺热咳喘口服液', 6]];
  if (v === 'overt') lines.push(['尿常规', 1], ['静脉采血', 1]);
  const c = outpatient(k, h, 'paediatrics', date, dx, lines, { doctor: h.doctors.paediatrics[0] });
  return { claims: [c], targets: [c], mut: {} };
});

T('T14', '冒用兄弟姐妹医保卡就医(冒名)', (i, v) => {
  const reg = regionOf(i);
  if (v === 'overt') { // an unenrolled newborn's jaundice stay billed on a 3–5-year-old sibling's card
    const sib = child({ region: reg, months: ri(36, 60) });
    const adm = dateIn(1, 12); const los = 4;
    const c = claim(sib, inst(reg, i % 2 ? 'county' : 'mch'), 'neonatology', 'inpatient', { adm, dis: add(adm, los), dx: ['P59.901'], px: [['99.8301', adm]] });
    const ids = [];
    for (const d of nights(c)) { ids.push(L(c, '新生儿床位费', d, 1, { fraud: true })); L(c, '住院诊查费', d, 1); ids.push(L(c, '新生儿护理', d, 1, { fraud: true })); }
    admitLabs(c, adm, ['血常规(五分类)', '血型鉴定(ABO+Rh)', 'C反应蛋白测定']);
    for (let j = 0; j < 3; j++) ids.push(L(c, '新生儿蓝光治疗', add(adm, j), 12, { fraud: true }));
    for (let j = 1; j < los; j++) L(c, '总胆红素测定', add(adm, j), 1);
    return { claims: [c], targets: [c], mut: mut(c, ids) };
  }
  // careful: a 4–7-year-old's card used for the infant sibling's bronchiolitis stay, while the card owner is seen in a community centre
  const sib = child({ region: reg, months: ri(50, 84) });
  const adm = dateIn(1, 12);
  const ctx = paedStay({ m: sib, h: inst(reg, i % 2 ? 'county' : 'child'), adm, los: 5, kind: 'bronchiolitis', dx: ['J21.900'], ivDays: 2, antibiotic: null,
    daily: (c, d, j) => { if (j < 3) { L(c, '吸氧', d, 12); L(c, '血氧饱和度监测', d, 12); } } });
  const oc = outpatient(sib, inst(reg, 'community'), 'general', add(adm, 2), ['J06.900'], [['小儿氨酚黄那敏颗粒', 6]]);
  return { claims: [ctx.c, oc], targets: [ctx.c], mut: {} };
});

T('T15', '住院期间另行门诊或药店结算', (i, v) => {
  const k = child({ region: regionOf(i), months: ri(12, 96) }); const reg = regionOf(i);
  const h = kidHosp(i); const adm = dateIn(1, 12); const los = 6;
  const ctx = paedStay({ m: k, h, adm, los, kind: 'pneumonia', dx: ['J18.000'] });
  let oc;
  if (v === 'overt') oc = outpatient(k, h, 'paediatrics', add(adm, 2), ['J18.000'], [['胸部CT平扫', 1], ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['阿奇霉素片', 6]]);
  else oc = outpatient(k, inst(reg, 'pharmacy'), 'pharmacy', add(adm, 3), ['J18.000'], [['小儿肺热咳喘口服液', 18], ['布洛芬混悬液', 1]]);
  return { claims: [ctx.c, oc], targets: [oc], mut: {} };
});

// ---------------------------------------------------- controls
const CONTROL = [];
const C = (code, name, source, fn) => CONTROL.push({ code, name, source, fn });

C('C01', '双胎新生儿各自住院(两张新生儿结算单)', '双胎早产低体重儿常需分别住院；各自参保、各自结算', (i) => {
  const mo = mother(i); const birth = dateIn(1, 11); const h = neoHosp(i);
  const w1 = ri(1900, 2400), w2 = ri(1800, 2300);
  const out = [];
  for (const w of [w1, w2]) {
    const b = newborn(mo, birth, { weight: w });
    const ctx = jaundiceStay({ baby: b, h, adm: birth, los: ri(7, 9), dx: ['P07.101', 'P07.300x021', 'P59.000', 'Z38.300x001'], hours: [0, 0, 12, 12, 8], route: 'other',
      extra: ({ c }) => { for (let j = 0; j < 3; j++) L(c, '血糖监测(快速)', add(birth, j), 3); L(c, '血氧饱和度监测', birth, 20); } });
    ctx.c.procedures = [{ code: '99.8301', date: add(birth, 2) }];
    out.push(ctx.c);
  }
  return out;
});
C('C02', '试产失败后急诊剖宫产', '《剖宫产手术的专家共识(2014)》：产程停滞/胎儿窘迫为剖宫产指征', (i) => {
  const m = mother(i); const adm = dateIn(1, 11);
  return [caesareanStay({ m, h: obsHosp(i), adm, preDays: 1, emergency: true, dx: ['O63.001', 'O82.100', 'Z37.000x001'], extra: ({ c }) => {
    L(c, '胎心监护', adm, 2); L(c, '缩宫素注射液', adm, 1); L(c, '胎心监护', add(adm, 1), 1);
  } }).c];
});
C('C03', '产后出血输血救治', '中华医学会《产后出血预防与处理指南(2023)》：宫缩剂、氨甲环酸、输血', (i) => {
  const m = mother(i); const adm = dateIn(1, 11);
  return [vaginalStay({ m, h: obsHosp(i), adm, labourDays: 0, postDays: 4, dx: ['O72.101', 'O80.000', 'Z37.000x001'], px: [['73.5900', adm], ['99.0401', adm]], oxy: 4, extra: ({ c, del }) => {
    L(c, '马来酸麦角新碱注射液', del, 1); L(c, '氨甲环酸注射液', del, 2); L(c, '静脉输液(每增加一组)', del, 2); L(c, '复方氯化钠注射液', del, 2);
    L(c, '交叉配血', del, 4); L(c, '悬浮红细胞(去白细胞)', del, 4); L(c, '新鲜冰冻血浆', del, 4); L(c, '静脉输血', del, 2); L(c, '一次性使用输血器', del, 2);
    L(c, '凝血四项', del, 1); L(c, '血常规(五分类)', del, 1); L(c, '心电监测', del, 20); L(c, '血氧饱和度监测', del, 20); L(c, '导尿', del, 1); L(c, '一次性使用导尿包', del, 1);
    L(c, '血常规(五分类)', add(del, 2), 1); L(c, '凝血四项', add(del, 1), 1);
    for (let j = 1; j < 3; j++) L(c, '缩宫素注射液', add(del, j), 2);
  } }).c];
});
C('C04', '重度子痫前期住院终止妊娠', '中华医学会《妊娠期高血压疾病诊治指南(2020)》', (i) => {
  const m = mother(i); const adm = dateIn(1, 11);
  return [caesareanStay({ m, h: obsHosp(i), adm, preDays: 2, postDays: 4, emergency: true, dx: ['O14.100', 'O82.100', 'Z37.000x001'], extra: ({ c, op, dis }) => {
    for (let d = adm; d < dis; d = add(d, 1)) { L(c, '硝苯地平控释片', d, 2); L(c, '尿常规', d, 1); L(c, '无创血压监测', d, 12); }
    L(c, '肝功能(全套)', add(adm, 1), 1); L(c, '肾功能(三项)', add(adm, 1), 1); L(c, '血常规(五分类)', add(adm, 1), 1); L(c, '心脏彩色多普勒超声', add(adm, 1), 1);
    L(c, '胎心监护', add(adm, 1), 1); L(c, '产科B超', add(adm, 1), 1);
  } }).c];
});
C('C05', '早产儿NICU长期住院', '《早产儿管理指南》(中华医学会儿科学分会新生儿学组)', (i) => {
  const mo = mother(i); const birth = dateIn(1, 9); const h = inst(regionOf(i), i % 2 ? 'child' : 'mch');
  const b = newborn(mo, birth, { weight: ri(1150, 1600) });
  const los = ri(32, 45); const icuDays = ri(8, 14); const cpapDays = ri(4, 7);
  const c = claim(b, h, 'neonatology', 'inpatient', { adm: birth, dis: add(birth, los), route: 'other', dx: ['P22.000', 'P07.102', 'P07.300x011', 'P59.000'], px: [['93.9001', birth], ['99.8301', add(birth, 3)]] });
  nights(c).forEach((d, j) => {
    L(c, '住院诊查费', d, 1);
    if (j < icuDays) { L(c, '监护病房床位费', d, 1); L(c, '重症监护', d, j === 0 ? 20 : 24); }
    else { L(c, '新生儿床位费', d, 1); L(c, '新生儿护理', d, 1); L(c, '血氧饱和度监测', d, 12); }
    if (j < cpapDays) L(c, '无创呼吸机辅助通气', d, j === 0 ? 20 : 24);
    else if (j < icuDays + 5) L(c, '吸氧', d, j < icuDays ? 12 : 8);
    if (j < 14) { L(c, '输液泵辅助静脉输液', d, 20); L(c, '葡萄糖注射液', d, 1); L(c, '一次性使用精密输液器', d, 1); }
    if (j < 3) { L(c, '血气分析', d, 2); L(c, '动脉穿刺(采血)', d, 2); L(c, '血糖监测(快速)', d, 4); }
    if (j >= 3 && j < 6) L(c, '新生儿蓝光治疗', d, 12);
    if (j % 7 === 0) { L(c, '血常规(五分类)', d, 1); L(c, 'C反应蛋白测定', d, 1); L(c, '静脉采血', d, 1); }
    if (j >= 3 && j < 8) L(c, '总胆红素测定', d, 1);
  });
  L(c, '血培养及鉴定(需氧/厌氧)', birth, 1); L(c, '注射用氨苄西林钠', birth, 2); L(c, '注射用氨苄西林钠', add(birth, 1), 2); L(c, '注射用氨苄西林钠', add(birth, 2), 2);
  L(c, '心脏彩色多普勒超声', add(birth, 3), 1); L(c, '维生素K1注射液', birth, 1); L(c, '肌肉注射', birth, 1);
  L(c, '数字化X线摄影(DR)(胸部)', birth, 1); L(c, '耳声发射检查', add(birth, los - 2), 1);
  return [c];
});
C('C06', '新生儿转诊至儿童医院(转院字段完整)', '危重新生儿转运与分级救治(国卫办妇幼发〔2017〕40号)', (i) => {
  const reg = regionOf(i); const mo = mother(i); const birth = dateIn(1, 11);
  const b = newborn(mo, birth, { weight: ri(2600, 3500) });
  const h1 = inst(reg, 'county'), h2 = inst(reg, 'child');
  const c1 = claim(b, h1, 'neonatology', 'inpatient', { adm: birth, dis: add(birth, 1), route: 'other', mode: 'transfer', dx: ['P22.900', 'Z38.000x001'] });
  ward(c1, { bed: '新生儿床位费', nursing: '新生儿护理' }); L(c1, '吸氧', birth, 10); L(c1, '血氧饱和度监测', birth, 12); L(c1, '血气分析', birth, 1); L(c1, '动脉穿刺(采血)', birth, 1); L(c1, '血常规(五分类)', birth, 1); L(c1, '数字化X线摄影(DR)(胸部)', birth, 1);
  const adm2 = add(birth, 1); const los = ri(7, 10);
  const c2 = claim(b, h2, 'neonatology', 'inpatient', { adm: adm2, dis: add(adm2, los), from: h1.id, dx: ['P22.000', 'P28.500'], px: [['93.9001', adm2]] });
  c2.admissionRoute = 'transfer';
  nights(c2).forEach((d, j) => {
    L(c2, '住院诊查费', d, 1);
    if (j < 4) { L(c2, '监护病房床位费', d, 1); L(c2, '重症监护', d, 24); L(c2, '无创呼吸机辅助通气', d, j === 0 ? 18 : 22); }
    else { L(c2, '新生儿床位费', d, 1); L(c2, '新生儿护理', d, 1); if (j < 6) L(c2, '吸氧', d, 10); }
    if (j < 3) { L(c2, '血气分析', d, 2); L(c2, '动脉穿刺(采血)', d, 2); }
  });
  L(c2, '血常规(五分类)', adm2, 1); L(c2, 'C反应蛋白测定', adm2, 1); L(c2, '血培养及鉴定(需氧/厌氧)', adm2, 1); L(c2, '数字化X线摄影(DR)(胸部)', adm2, 1); L(c2, '数字化X线摄影(DR)(胸部)', add(adm2, 3), 1);
  for (let j = 0; j < 3; j++) L(c2, '注射用氨苄西林钠', add(adm2, j), 2);
  return [c1, c2];
});
C('C07', '重症毛细支气管炎经鼻高流量氧疗', '《中国儿童毛细支气管炎诊断、治疗与预防专家共识(2014)》；HFNC 用于中重度', (i) => {
  const k = child({ region: regionOf(i), months: ri(2, 8) });
  return [paedStay({ m: k, h: inst(regionOf(i), i % 2 ? 'child' : 'mch'), adm: dateIn(1, 4), los: ri(6, 8), kind: 'bronchiolitis', dx: ['J21.000', 'J96.000'], px: [['93.9600', null]], antibiotic: null, ivDays: 3, nursing: 'Ⅰ级护理',
    daily: (c, d, j) => { if (j < 3) { L(c, '经鼻高流量湿化氧疗', d, j === 0 ? 18 : 22); L(c, '血氧饱和度监测', d, 2); L(c, '心电监测', d, 2); if (j < 2) { L(c, '血气分析', d, 1); L(c, '动脉穿刺(采血)', d, 1); } } else if (j < 5) { L(c, '吸氧', d, 10); L(c, '血氧饱和度监测', d, 12); } } ,
    extra: ({ c, adm }) => { c.procedures[0].date = adm; } }).c];
});
C('C08', '儿童出院数周后因新发感染再入院', '不同疾病的再次入院不属分解住院(《医疗保障基金使用监督管理条例》分解住院指同一疾病)', (i) => {
  const k = child({ region: regionOf(i), months: ri(10, 48) }); const h = kidHosp(i);
  const a1 = dateIn(1, 8); const c1 = paedStay({ m: k, h, adm: a1, los: 6, kind: 'pneumonia', dx: ['J18.000'] }).c;
  const a2 = add(c1.dischargeDate, ri(9, 25));
  const c2 = paedStay({ m: k, h, adm: a2, los: 4, kind: 'gastro', dx: ['A08.000', 'E86.x01'], ivDays: 2 }).c;
  return [c1, c2];
});
C('C09', '婴儿按体重给药整支开启(部分剂量按支计费)', '注射剂单剂量开启、余量弃去(《静脉用药集中调配质量管理规范》)；头孢呋辛 50–100 mg/kg/d 分3次', (i) => {
  const k = child({ region: regionOf(i), months: ri(2, 9) });
  return [paedStay({ m: k, h: kidHosp(i), adm: dateIn(1, 12), los: ri(6, 7), kind: 'pneumonia', dx: ['J18.000'], antibiotic: ['注射用头孢呋辛钠', 3], ivExtra: [['盐酸氨溴索注射液', 1]] }).c];
});
C('C10', '儿童哮喘急性发作首24小时多次雾化', 'GINA 2024 / 《儿童支气管哮喘诊断与防治指南(2016)》：急性发作首小时每20分钟雾化1次', (i) => {
  const k = child({ region: regionOf(i), months: ri(48, 120) });
  return [paedStay({ m: k, h: kidHosp(i), adm: dateIn(1, 12), los: ri(4, 5), kind: 'asthma', dx: ['J46.x00x003'], antibiotic: null, ivDays: 2, ivExtra: [['注射用甲泼尼龙琥珀酸钠', 1]],
    nebPerDay: (j) => (j === 0 ? 4 : j === 1 ? 3 : 2), nebDrug: (j, n) => n,
    daily: (c, d, j) => { if (j < 2) { L(c, '吸氧', d, 8); L(c, '血氧饱和度监测', d, 12); } } }).c];
});
C('C11', '川崎病IVIG治疗与超声心动图随访', 'AHA 2017 川崎病指南；《川崎病诊断和急性期治疗专家共识(2022)》：IVIG 2 g/kg 单次、阿司匹林、2周及6–8周超声心动图', (i) => {
  const k = child({ region: regionOf(i), months: ri(12, 48) }); const h = inst(regionOf(i), 'child');
  const adm = dateIn(1, 10);
  const ctx = paedStay({ m: k, h, adm, los: ri(6, 8), kind: 'kawasaki', dx: ['M30.300'], px: [['99.1400', add(adm, 1)]], antibiotic: null, ivDays: 2,
    labs: ['血常规(五分类)', 'C反应蛋白测定', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '心肌酶谱'],
    daily: (c, d, j) => { L(c, '阿司匹林肠溶片', d, j < 3 ? 4 : 1); },
    extra: ({ c, adm, dis }) => { L(c, '心脏彩色多普勒超声', adm, 1); L(c, '常规心电图检查', adm, 1); L(c, '静注人免疫球蛋白(pH4)', add(adm, 1), ri(10, 12)); L(c, '输液泵辅助静脉输液', add(adm, 1), 12);
      L(c, '血常规(五分类)', add(adm, 3), 1); L(c, 'C反应蛋白测定', add(adm, 3), 1); L(c, '心脏彩色多普勒超声', add(dis, -1), 1); } });
  const f1 = outpatient(k, h, 'paediatrics', add(adm, 14), ['M30.300'], [['心脏彩色多普勒超声', 1], ['血常规(五分类)', 1], ['阿司匹林肠溶片', 28]], { senior: true });
  const f2 = outpatient(k, h, 'paediatrics', add(adm, 49), ['M30.300'], [['心脏彩色多普勒超声', 1]], { senior: true });
  return [ctx.c, f1, f2];
});
C('C12', '输卵管妊娠期待治疗(连续β-HCG监测)', '中华医学会《输卵管妊娠诊治的中国专家共识(2019)》：HCG<1500 且下降者期待治疗，每48h复查', (i) => {
  const m = mother(i); const h = obsHosp(i); const adm = dateIn(1, 12); const los = ri(5, 7);
  const c = claim(m, h, 'gynaecology', 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: ['O00.104'] });
  ward(c, { nursing: (d) => (d === adm ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  admitLabs(c, adm, ['血常规(五分类)', '凝血四项', '血型鉴定(ABO+Rh)', '肝功能(全套)', '肾功能(三项)', '术前八项(感染筛查)']);
  for (let j = 0; j < los; j += 2) L(c, '人绒毛膜促性腺激素(β-HCG)测定', add(adm, j), 1);
  L(c, '妇科B超', adm, 1); L(c, '妇科B超', add(adm, los - 1), 1); L(c, '血常规(五分类)', add(adm, 2), 1); L(c, '静脉采血', adm, 1);
  return [c];
});
C('C13', '先兆流产住院保胎(黄体酮肌注)', '中华医学会妇产科学分会《孕激素维持妊娠与黄体支持临床实践指南(2021)》', (i) => {
  const m = mother(i); const h = obsHosp(i); const adm = dateIn(1, 12); const los = ri(5, 7);
  const c = claim(m, h, 'obstetrics', 'inpatient', { adm, dis: add(adm, los), route: 'outpatient', dx: ['O20.000'] });
  ward(c, {});
  admitLabs(c, adm, ['血常规(五分类)', '尿常规', '凝血四项', '人绒毛膜促性腺激素(β-HCG)测定']);
  for (const d of nights(c)) { L(c, '黄体酮注射液', d, 1); L(c, '肌肉注射', d, 1); }
  L(c, '产科B超', adm, 1); L(c, '产科B超', add(adm, los - 1), 1); L(c, '人绒毛膜促性腺激素(β-HCG)测定', add(adm, 3), 1);
  return [c];
});
C('C14', '先兆早产促胎肺成熟与胎心监护', '中华医学会《早产临床诊断与治疗指南(2024)》：地塞米松6 mg q12h×4；胎儿监护', (i) => {
  const m = mother(i); const h = obsHosp(i); const adm = dateIn(1, 12); const los = ri(5, 7);
  const c = claim(m, h, 'obstetrics', 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: ['O60.001'] });
  ward(c, { nursing: (d) => (d < add(adm, 2) ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  admitLabs(c, adm, ['血常规(五分类)', '尿常规', 'C反应蛋白测定', '凝血四项']);
  for (const d of nights(c)) L(c, '胎心监护', d, d < add(adm, 2) ? 2 : 1);
  for (let j = 0; j < 2; j++) { L(c, '地塞米松磷酸钠注射液', add(adm, j), 2); L(c, '肌肉注射', add(adm, j), 2); }
  L(c, '产科B超', adm, 1); L(c, '产科B超', add(adm, los - 1), 1); L(c, '细菌培养及药敏', adm, 1);
  return [c];
});
C('C15', '新生儿败血症(血培养阳性)全程抗感染', '《新生儿败血症诊断及治疗专家共识(2019)》：GBS 败血症疗程10–14天', (i) => {
  const mo = mother(i); const birth = dateIn(1, 11); const b = newborn(mo, birth);
  const h = inst(regionOf(i), i % 2 ? 'child' : 'mch'); const adm = add(birth, ri(2, 6)); const los = ri(12, 14);
  const c = claim(b, h, 'neonatology', 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: ['P36.000'] });
  ward(c, { bed: '新生儿床位费', nursing: '新生儿护理' });
  L(c, '血培养及鉴定(需氧/厌氧)', adm, 2); L(c, '血常规(五分类)', adm, 1); L(c, 'C反应蛋白测定', adm, 1); L(c, '降钙素原测定', adm, 1); L(c, '静脉采血', adm, 1); L(c, '尿常规', adm, 1);
  for (const [j, d] of nights(c).entries()) { L(c, '注射用氨苄西林钠', d, 2); if (j < 3) { L(c, '注射用头孢他啶', d, 2); L(c, '静脉输液(每增加一组)', d, 1); } L(c, '小儿头皮静脉输液', d, 1); L(c, '葡萄糖注射液', d, 1); L(c, '一次性使用输液器', d, j < 3 ? 2 : 1); }
  L(c, '血培养及鉴定(需氧/厌氧)', add(adm, 3), 1); L(c, 'C反应蛋白测定', add(adm, 3), 1); L(c, '血常规(五分类)', add(adm, 3), 1); L(c, 'C反应蛋白测定', add(adm, 7), 1); L(c, '降钙素原测定', add(adm, 7), 1);
  return [c];
});
C('C16', '新生儿ABO溶血病强光疗(连续)', 'AAP 2022 高胆红素血症指南；《新生儿高胆红素血症诊断和治疗专家共识(2014)》：溶血病连续强光疗', (i) => {
  const mo = mother(i); const birth = dateIn(1, 11); const b = newborn(mo, birth);
  return [jaundiceStay({ baby: b, h: neoHosp(i), adm: add(birth, 1), los: 5, dx: ['P55.101'], hours: [22, 24, 20, 12],
    extra: ({ c, adm }) => { L(c, '血氧饱和度监测', adm, 22); L(c, '血氧饱和度监测', add(adm, 1), 24); L(c, '血常规(五分类)', add(adm, 2), 1); } }).c];
});
C('C17', '糖尿病母亲婴儿低血糖频繁血糖监测', '《新生儿低血糖临床规范管理专家共识(2021)》：生后24–48h每1–3h监测', (i) => {
  const mo = mother(i); const birth = dateIn(1, 11); const b = newborn(mo, birth, { weight: ri(3900, 4400) });
  const c = claim(b, neoHosp(i), 'neonatology', 'inpatient', { adm: birth, dis: add(birth, ri(4, 5)), route: 'other', dx: ['P70.400x001'] });
  ward(c, { bed: '新生儿床位费', nursing: '新生儿护理' });
  L(c, '血糖监测(快速)', birth, 8); L(c, '血糖监测(快速)', add(birth, 1), 8); L(c, '血糖监测(快速)', add(birth, 2), 4); L(c, '血糖监测(快速)', add(birth, 3), 2);
  L(c, '空腹血糖测定', birth, 1); L(c, '血常规(五分类)', birth, 1); L(c, '静脉采血', birth, 1);
  for (let j = 0; j < 2; j++) { L(c, '葡萄糖注射液', add(birth, j), 1); L(c, '输液泵辅助静脉输液', add(birth, j), 20); L(c, '小儿头皮静脉输液', add(birth, j), 1); L(c, '一次性使用精密输液器', add(birth, j), 1); }
  return [c];
});
C('C18', '双胎妊娠剖宫产', '《双胎妊娠临床处理指南(2020)》：第一胎非头位等为剖宫产指征', (i) => {
  const m = mother(i); const adm = dateIn(1, 11);
  return [caesareanStay({ m, h: obsHosp(i), adm, preDays: 1, postDays: 4, dx: ['O30.000', 'O32.101', 'O82.000', 'Z37.200x003'], extra: ({ c, op }) => { L(c, '胎心监护', adm, 1); L(c, '缩宫素注射液', add(op, 1), 1); } }).c];
});
C('C19', '羊水过少/胎儿生长受限住院胎儿监护', '中华医学会《胎儿生长受限专家共识(2019)》：住院期间每日胎心监护，超声多普勒复查', (i) => {
  const m = mother(i); const h = obsHosp(i); const adm = dateIn(1, 12); const los = ri(5, 7);
  const c = claim(m, h, 'obstetrics', 'inpatient', { adm, dis: add(adm, los), route: 'outpatient', dx: ['O41.000', 'O36.500'].filter((x) => DX[x]) });
  ward(c, {});
  admitLabs(c, adm, ['血常规(五分类)', '尿常规', '肝功能(全套)']);
  for (const d of nights(c)) L(c, '胎心监护', d, 2);
  L(c, '产科B超', adm, 1); L(c, '产科B超', add(adm, 3), 1); L(c, '产科B超', add(adm, los - 1), 1);
  for (let j = 0; j < 3; j++) { L(c, '静脉输液(第一组)', add(adm, j), 1); L(c, '葡萄糖注射液', add(adm, j), 2); L(c, '一次性使用输液器', add(adm, j), 1); }
  return [c];
});
C('C20', '婴幼儿轮状病毒肠炎中度脱水静脉补液', 'WHO/《儿童急性感染性腹泻病诊疗规范(2020)》：中重度脱水静脉补液', (i) => {
  const k = child({ region: regionOf(i), months: ri(8, 24) });
  return [paedStay({ m: k, h: inst(regionOf(i), i % 2 ? 'county' : 'child'), adm: dateIn(1, 3), los: 3, kind: 'gastro', dx: ['A08.000', 'E86.x01'], ivDays: 2, ivExtra: [['氯化钾注射液', 1]], labs: ['血常规(五分类)', 'C反应蛋白测定', '大便常规+隐血', '电解质(四项)', '肾功能(三项)'],
    extra: ({ c, adm }) => { L(c, '电解质(四项)', add(adm, 1), 1); L(c, '血气分析', adm, 1); } }).c];
});
C('C21', '复杂性热性惊厥住院观察', '中华医学会儿科学分会《热性惊厥诊断治疗与管理专家共识(2017)》', (i) => {
  const k = child({ region: regionOf(i), months: ri(12, 48) });
  return [paedStay({ m: k, h: kidHosp(i), adm: dateIn(1, 12), los: ri(2, 3), route: 'emergency', kind: 'convulsion', dx: ['R56.000', 'J06.900'], ivDays: 1, antibiotic: null, labs: ['血常规(五分类)', 'C反应蛋白测定', '电解质(四项)', '空腹血糖测定', '肝功能(全套)', '肾功能(三项)'],
    nursing: 'Ⅰ级护理', daily: (c, d, j) => { L(c, '小儿对乙酰氨基酚颗粒', d, 3); if (j === 0) { L(c, '咪达唑仑注射液', d, 1); L(c, '心电监测', d, 12); L(c, '血氧饱和度监测', d, 12); } }, extra: ({ c, adm }) => L(c, '脑电图', add(adm, 1), 1) }).c];
});
C('C22', '新生儿出生后90日内参保、待遇追溯至出生', 'seeds/004：新生儿出生90日内参保自出生之日起享受待遇', (i) => {
  const mo = mother(i); const birth = dateIn(1, 10); const b = newborn(mo, birth, { enrolledOn: add(birth, ri(20, 60)) });
  return [jaundiceStay({ baby: b, h: neoHosp(i), adm: add(birth, 3), los: 4, hours: [12, 12, 8] }).c];
});
C('C23', '兄弟姐妹同日因同一感染住院', '家庭聚集性轮状病毒/诺如病毒感染', (i) => {
  const reg = regionOf(i); const h = inst(reg, i % 2 ? 'county' : 'child'); const adm = dateIn(1, 3);
  const birth1 = add('2025-01-01', -ri(400, 900)); const birth2 = add(birth1, -ri(500, 900));
  const out = [];
  for (const bd of [birth1, birth2]) { const k = child({ region: reg, birth: bd }); out.push(paedStay({ m: k, h, adm, los: ri(3, 4), kind: 'gastro', dx: ['A08.100', 'E86.x01'], ivDays: 2 }).c); }
  return out;
});
C('C24', '民营儿科诊所门诊喘息发作雾化治疗', 'GINA 2024：急性喘息门诊雾化吸入', (i) => {
  const k = child({ region: regionOf(i), months: ri(36, 96) });
  return [outpatient(k, inst(regionOf(i), 'clinic'), 'paediatrics', dateIn(1, 12), ['J45.900'], [['雾化吸入', 2], ['吸入用布地奈德混悬液', 2], ['吸入用异丙托溴铵溶液', 2], ['一次性使用雾化器', 1], ['血常规(五分类)', 1], ['C反应蛋白测定', 1]])];
});

// ---------------------------------------------------- routine
function routine(i) {
  const reg = regionOf(i); const r = i % 10;
  if (r === 0 || r === 1) return [vaginalStay({ m: mother(i), h: obsHosp(i), adm: dateIn(1, 12), labourDays: ri(0, 1), postDays: ri(2, 3) }).c];
  if (r === 2) return [caesareanStay({ m: mother(i), h: obsHosp(i), adm: dateIn(1, 12), preDays: 1, dx: pick([['O34.201', 'O82.000', 'Z37.000x001'], ['O32.101', 'O82.000', 'Z37.000x001']]) }).c];
  if (r === 3) { const mo = mother(i); const birth = dateIn(1, 11); return [jaundiceStay({ baby: newborn(mo, birth), h: neoHosp(i), adm: add(birth, ri(3, 6)), los: ri(3, 4), hours: [12, 12, 8] }).c]; }
  if (r === 4) return [paedStay({ m: child({ region: reg, months: ri(8, 72) }), h: kidHosp(i), adm: dateIn(1, 12), los: ri(6, 7), kind: 'pneumonia', dx: ['J18.000'], antibiotic: pick([['注射用头孢呋辛钠', 3], ['注射用头孢曲松钠', 1]]) }).c];
  if (r === 5) return [paedStay({ m: child({ region: reg, months: ri(8, 36) }), h: inst(reg, i % 2 ? 'county' : 'child'), adm: dateIn(1, 4), los: ri(3, 5), kind: 'gastro', dx: ['A08.000', 'E86.x01'], ivDays: 2 }).c];
  if (r === 6) { const m = mother(i); return [outpatient(m, inst(reg, i % 2 ? 'county' : 'mch'), 'obstetrics', dateIn(1, 12), ['Z34.900'], [['产科B超', 1], ['胎心监护', 1], ['血常规(五分类)', 1], ['尿常规', 1]])]; }
  if (r === 7) { const k = child({ region: reg, months: ri(12, 96) }); const h = inst(reg, pick(['community', 'clinic', 'county'])); return [outpatient(k, h, h.kind === 'community' ? 'general' : 'paediatrics', dateIn(1, 12), ['J06.900'], [['小儿氨酚黄那敏颗粒', 9], ['血常规(五分类)', 1]])]; }
  if (r === 8) { const k = child({ region: reg, months: ri(12, 96) }); return [outpatient(k, inst(reg, 'pharmacy'), 'pharmacy', dateIn(1, 12), ['J06.900'], [['小儿对乙酰氨基酚颗粒', 6], ['小儿肺热咳喘口服液', 9]])]; }
  return [paedStay({ m: child({ region: reg, months: ri(48, 120) }), h: kidHosp(i), adm: dateIn(1, 12), los: ri(4, 5), kind: 'asthma', dx: ['J45.900'], antibiotic: null, ivDays: 1 }).c];
}

// =====================================================================================
for (const t of FRAUD) for (let i = 0; i < 15; i++) {
  const v = variantOf(i); const r = t.fn(i, v);
  addCase('fraud', t.code, t.name, r.claims, r.targets, r.mut, v);
}
for (const t of CONTROL) for (let i = 0; i < 15; i++) { const cs = t.fn(i); addCase('control', t.code, t.name, cs, cs, {}, 'legitimate', { source: t.source }); }
for (let i = 0; i < 100; i++) { const cs = routine(i); addCase('routine', 'R', '常规诊疗', cs, cs, {}, 'routine'); }

// department fix for community/pharmacy claims
for (const c of CLAIMS) { const h = c._h; if (h.kind === 'community') { c.provider.department = 'general'; c.provider.doctorId = pick(h.doctors.general); } if (h.kind === 'pharmacy') { c.provider.department = 'pharmacy'; c.provider.doctorId = pick(h.doctors.pharmacy); } if (h.kind === 'clinic') { c.provider.department = 'paediatrics'; } }
// community centres bill 一般诊疗费 (fixed in outpatient()), the others 普通门诊诊察费

for (const c of CLAIMS) finish(c);
const sdate = (c) => c.dischargeDate || c.visitDate;
const sorted = CLAIMS.slice().sort((a, b) => (sdate(a) < sdate(b) ? -1 : sdate(a) > sdate(b) ? 1 : a.claimId < b.claimId ? -1 : 1));
settle(sorted);
let groups = {};
if (GROUPS) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); groups[g.claimId] = g.grouping && g.grouping.drg; }
const KEYS = ['claimId', 'region', 'insuredRegion', 'insuranceType', 'visitType', 'patient', 'enrollment', 'provider', 'admissionDate', 'dischargeDate', 'visitDate', 'admissionRoute', 'dischargeMode', 'transferFromHospitalId', 'diagnoses', 'procedures', 'reportedGroup', 'items', 'amounts'];
fs.mkdirSync(OUT, { recursive: true });
const out = sorted.map((c) => {
  if (c.visitType === 'inpatient') c.reportedGroup = { drg: GROUPS ? (groups[c.claimId] || null) : null, dip: null };
  if (c.visitType !== 'inpatient') delete c.procedures;
  const o = {}; for (const k of KEYS) if (c[k] !== undefined) o[k] = c[k];
  return JSON.stringify(o);
});
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`claims ${CLAIMS.length}, cases ${LABELS.length} (fraud ${LABELS.filter((l) => l.kind === 'fraud').length}, control ${LABELS.filter((l) => l.kind === 'control').length}, routine ${LABELS.filter((l) => l.kind === 'routine').length})`);
