#!/usr/bin/env node
// blind112: heart and brain (心血管内科、神经内科、胸痛中心与卒中中心), written on the real catalogue rows.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Writes <outdir>/claims.ndjson (settlement order) and <outdir>/labels.json. No dependencies, fixed seed 1120112.
'use strict';
const fs = require('fs'); const path = require('path');

// ---------- arguments ----------
const argv = process.argv.slice(2);
if (!argv[0]) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const OUT = path.resolve(argv[0]);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = path.resolve(opt('--catalogue', '/work/wt/base112/rules/catalogue'));
const GROUPS = opt('--groups', null);
const POLICIES = path.join(CAT, '..', 'benefits', 'policies.json');

// ---------- random ----------
let SEED = 1120112 >>> 0;
function rnd() { SEED = (SEED + 0x6D2B79F5) >>> 0; let t = SEED; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue ----------
const ROW = {}; const BYCODE = {};
for (const f of fs.readdirSync(CAT).filter((f) => /^(services|drugs|consumables).*\.json$/.test(f)).sort()) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) { if (!ROW[r.name]) ROW[r.name] = r; BYCODE[r.code] = r; }
}
const row = (name) => { const r = ROW[name]; if (!r) throw new Error('no catalogue row named ' + name); return r; };
const billCode = (r) => (r.products && r.products[0]) || r.code;
const shareOf = (r) => (r.class === '丙' ? 1 : (r.selfPayShare || 0));
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const dow = (s) => D(s).getUTCDay(); // 0 Sunday
const HOLIDAYS = new Set(); // 2025 statutory holidays (国务院办公厅 2025年部分节假日安排): 春节 1.28–2.4, 国庆中秋 10.1–10.8
for (let i = 0; i < 8; i++) { HOLIDAYS.add(add('2025-01-28', i)); HOLIDAYS.add(add('2025-10-01', i)); }
const dateIn = (from, to) => add(from, ri(0, diff(from, to)));

// ---------- institutions ----------
const REGIONS = [
  { code: '510100', city: '成都', prov: '51' }, { code: '510700', city: '绵阳', prov: '51' },
  { code: '370100', city: '济南', prov: '37' }, { code: '220100', city: '长春', prov: '22' },
];
const H = {}; // by id
for (const r of REGIONS) {
  const p = r.code.slice(0, 4);
  const mk = (suffix, level, kind, name, depts) => {
    const id = `H${p}${suffix}`; const h = { id, region: r.code, prov: r.prov, level, kind, name: r.city + name, docs: {} };
    for (const dp of depts) { h.docs[dp] = []; const n = dp === 'pharmacy' ? 2 : (level === 3 ? 4 : 3); for (let i = 1; i <= n; i++) h.docs[dp].push(`D${p}${suffix}${dp.slice(0, 2).toUpperCase()}${i}`); }
    H[id] = h; r[kind] = h; return h;
  };
  mk('0001', 3, 'l3', '市第一人民医院（胸痛中心、卒中中心）', ['cardiology', 'neurology', 'emergency', 'rehabilitation']);
  mk('0002', 2, 'l2', '县人民医院', ['cardiology', 'neurology', 'emergency', 'rehabilitation']);
  mk('0003', 1, 'l1', '社区卫生服务中心', ['general']);
  mk('0004', 2, 'pv', '康复医院（民营）', ['internal', 'rehabilitation']);
  mk('0091', 1, 'ph1', '大药房（定点零售药店）', ['pharmacy']);
  mk('0092', 1, 'ph2', '医药连锁（定点零售药店）', ['pharmacy']);
}
const regionOf = (code) => REGIONS.find((r) => r.code === code);

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  memberSeq++;
  const region = o.region || pick(REGIONS).code;
  const gender = o.gender || (chance(0.58) ? 'M' : 'F');
  const age = ri(o.ageMin || 50, o.ageMax || 82);
  const birthDate = `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const insuranceType = o.insuranceType || (chance(0.6) ? 'employee' : 'resident');
  const retired = insuranceType === 'employee' && age >= (gender === 'M' ? 61 : 56);
  const m = {
    insuredId: `P112${String(memberSeq).padStart(6, '0')}`, gender, birthDate, retired, insuranceType, region,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(4, 15), lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears: insuranceType === 'employee' ? (retired ? ri(30, 40) : ri(12, 30)) : 0, special: null },
  };
  if (o.chronic) m.enrollment.chronicDiseases = o.chronic;
  return m;
}
const ageAt = (m, date) => { const b = D(m.birthDate), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- claims ----------
const CLAIMS = []; const seqByHosp = {};
function claim(m, h, dept, visitType, dates, dx, o = {}) {
  seqByHosp[h.id] = (seqByHosp[h.id] || 0) + 1;
  const c = {
    claimId: `${h.region}-${h.id}-2025-${String(seqByHosp[h.id]).padStart(6, '0')}`,
    region: h.region, insuranceType: m.insuranceType, visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: JSON.parse(JSON.stringify(m.enrollment)),
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: o.doctor || pick(h.docs[dept]) },
  };
  if (m.region !== h.region) c.insuredRegion = m.region;
  if (visitType === 'inpatient') { c.admissionDate = dates[0]; c.dischargeDate = dates[1]; } else c.visitDate = dates[0];
  c.diagnoses = dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = [];
  if (visitType === 'inpatient') {
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.discharge || 'ordered';
    if (o.from) c.transferFromHospitalId = o.from;
  }
  c.reportedGroup = { drg: null, dip: null };
  c.items = []; c._h = h; c._m = m; c._allow = new Set();
  CLAIMS.push(c);
  return c;
}
// one line; returns its lineId. o.price overrides the cap (an over-priced line), o.lp marks a long prescription.
function line(c, name, date, qty, o = {}) {
  const r = row(name); const lvl = c._h.level;
  const unitPrice = o.price != null ? o.price : r.priceCap[String(lvl)];
  const fen = Math.round(unitPrice * 100) * qty;
  const it = { lineId: String(c.items.length + 1), code: billCode(r), name: r.name, category: r.category, date, quantity: qty, unitPrice: Math.round(unitPrice * 100) / 100, amount: fen / 100 };
  if (o.lp) it.longPrescription = true;
  c.items.push(it); it._r = r;
  if (o.allow) c._allow.add(it.lineId);
  return it.lineId;
}
const proc = (c, code, date) => { c.procedures.push({ code, date }); };
const nights = (c) => { const out = []; for (let d = c.admissionDate; d < c.dischargeDate; d = add(d, 1)) out.push(d); return out; };

// ---------- checks: every line inside its row's formal limits unless labelled ----------
const startsAny = (codes, prefixes) => codes.some((c) => prefixes.some((p) => c.startsWith(p)));
function check(c) {
  const dx = c.diagnoses.map((d) => d.code); const px = c.procedures.map((p) => p.code);
  const perDay = {}; const dates = {}; const byDate = {};
  for (const it of c.items) {
    const r = it._r; const bad = (why) => { if (!c._allow.has(it.lineId)) throw new Error(`${c.claimId} line ${it.lineId} ${it.name}: ${why}`); };
    const inpatient = c.visitType === 'inpatient';
    if (inpatient && (it.date < c.admissionDate || it.date > c.dischargeDate)) bad('date outside stay');
    if (!inpatient && it.date !== c.visitDate) bad('date not the visit date');
    if (r.setting === 'inpatient' && !inpatient) bad('inpatient-only row');
    if (r.setting === 'outpatient' && inpatient) bad('outpatient-only row');
    if (r.minLevel && c.provider.level < r.minLevel) bad('below minLevel');
    if (r.gender && r.gender !== c.patient.gender) bad('gender');
    const age = ageAt(c._m, it.date);
    if (r.ageMin != null && age < r.ageMin) bad('age below');
    if (r.ageMax != null && age > r.ageMax) bad('age above');
    if (r.indications && !(startsAny(dx, r.indications) || (r.indicationProcedures && startsAny(px, r.indicationProcedures)))) bad('indication');
    if (it.unitPrice > r.priceCap[String(c.provider.level)] + 1e-9) bad('price above cap');
    const k = r.code + '|' + it.date; perDay[k] = (perDay[k] || 0) + it.quantity;
    if (r.maxPerDay != null && perDay[k] > r.maxPerDay) bad('maxPerDay');
    (dates[r.code] = dates[r.code] || new Set()).add(it.date);
    if (r.maxDays != null) {
      if (inpatient) { if (dates[r.code].size > r.maxDays) bad('maxDays'); }
      else if (it.quantity / (r.usualPerDay || 1) > r.maxDays + 1e-9) bad('maxDays (supply)');
    }
    (byDate[it.date] = byDate[it.date] || []).push(it);
  }
  for (const its of Object.values(byDate)) {
    const codes = new Set(its.map((i) => i._r.code));
    for (const it of its) for (const other of [...(it._r.excludes || []), ...(it._r.includes || [])]) {
      if (codes.has(other)) {
        const o = its.find((i) => i._r.code === other);
        if (!c._allow.has(it.lineId) && !c._allow.has(o.lineId)) throw new Error(`${c.claimId}: ${it.name} with ${o.name} on ${it.date}`);
      }
    }
  }
  for (const p of c.procedures) if (c.visitType === 'inpatient' && (p.date < c.admissionDate || p.date > c.dischargeDate)) throw new Error(c.claimId + ' procedure date');
}

// ---------- common habits of the hospitals ----------
const OP_CONSULT = (h) => (h.level === 1 ? '一般诊疗费' : h.level === 3 ? pick(['普通门诊诊察费', '副主任医师门诊诊察费', '主任医师门诊诊察费']) : pick(['普通门诊诊察费', '副主任医师门诊诊察费']));
function ward(c, o = {}) { // bed, 住院诊查费 and nursing each night; o.ccu: nights in CCU (监护病房+特级护理); o.grade1: nights of Ⅰ级护理 after the CCU
  const ns = nights(c); const ccu = o.ccu || 0; const g1 = o.grade1 != null ? o.grade1 : 2;
  ns.forEach((d, i) => {
    if (i < ccu) { line(c, '监护病房床位费', d, 1); line(c, '住院诊查费', d, 1); line(c, '特级护理', d, 1); }
    else { line(c, o.bed || '普通病房床位费(三人间)', d, 1); line(c, '住院诊查费', d, 1); line(c, i < ccu + g1 ? 'Ⅰ级护理' : (o.low ? 'Ⅲ级护理' : 'Ⅱ级护理'), d, 1); }
  });
  return ns;
}
function admitLabs(c, d, o = {}) {
  line(c, '静脉采血', d, 1); line(c, '血常规(五分类)', d, 1); line(c, '尿常规', d, 1); line(c, '大便常规+隐血', d, 1);
  line(c, '肝功能(全套)', d, 1); line(c, '肾功能(三项)', d, 1); line(c, '电解质(四项)', d, 1); line(c, '血脂(四项)', d, 1);
  line(c, '空腹血糖测定', d, 1); line(c, '凝血四项', d, 1); line(c, 'C反应蛋白测定', d, 1);
  if (o.ecg !== false) line(c, '常规心电图检查', d, 1);
  if (o.xray !== false) line(c, '数字化X线摄影(DR)(胸部)', d, 1);
  if (o.preop) { line(c, '术前八项(感染筛查)', d, 1); line(c, '血型鉴定(ABO+Rh)', d, 1); }
}
function ivDay(c, d, groups, first) { // infusion service and consumables of one day
  line(c, '静脉输液(第一组)', d, 1); if (groups > 1) line(c, '静脉输液(每增加一组)', d, groups - 1);
  line(c, '一次性使用输液器', d, Math.min(groups, 4));
  if (first) { line(c, '静脉留置针置管', d, 1); line(c, '一次性使用静脉留置针', d, 1); line(c, '透明敷贴', d, 1); }
}
function oral(c, days, list) { for (const d of days) for (const [n, q] of list) line(c, n, d, q); }

// ---------- scenario builders ----------
const CARDIO_ORAL_ACS = (clopi) => [['阿司匹林肠溶片', 1], clopi ? ['硫酸氢氯吡格雷片', 1] : ['替格瑞洛片', 2], ['阿托伐他汀钙片', 2], ['琥珀酸美托洛尔缓释片', 1], ['奥美拉唑肠溶胶囊', 1]];
function cathConsumables(c, d, o) { // sheath, catheters, wires, contrast, heparin, lidocaine of one procedure
  line(c, '血管鞘组', d, 1); line(c, '冠脉造影导管', d, o.cath || 2); line(c, '导引导丝', d, o.wires || 1);
  line(c, pick(['碘克沙醇注射液', '碘海醇注射液']), d, o.contrast || 2); line(c, '肝素钠注射液', d, o.heparin || 2); line(c, '盐酸利多卡因注射液', d, 1);
  line(c, '一次性使用注射器(5ml)', d, 2);
}
const STENT_CODE = { 1: '00.4500', 2: '00.4600', 3: '00.4700' }; const VESSEL_CODE = { 1: '00.4000', 2: '00.4100', 3: '00.4200' };
// PCI stay. o: adm, n (nights), dx, pciDay (index), stents, vessels, ccu, route, from, clopi, stentsBilled, balloonsBilled, stentPrice, angioSameDay, angioPrevDay, extraCath
function pciStay(m, h, o) {
  const adm = o.adm, dis = add(adm, o.n);
  const c = claim(m, h, 'cardiology', 'inpatient', [adm, dis], o.dx, { route: o.route || 'emergency', from: o.from, discharge: o.discharge });
  const ns = ward(c, { ccu: o.ccu != null ? o.ccu : 0, grade1: o.grade1 });
  const pd = add(adm, o.pciDay || 0); const r = { c, lines: {} };
  admitLabs(c, adm, { preop: true });
  line(c, '肌钙蛋白I测定', adm, o.acute ? 2 : 1); line(c, '心肌酶谱', adm, 1);
  if (o.acute) line(c, 'N末端B型钠尿肽前体(NT-proBNP)测定', adm, 1);
  if (o.acute && o.n >= 2) { line(c, '肌钙蛋白I测定', add(adm, 1), 1); line(c, '心肌酶谱', add(adm, 1), 1); }
  if (o.n >= 2) line(c, '心脏彩色多普勒超声', add(adm, 1), 1); else line(c, '心脏彩色多普勒超声', adm, 1);
  if (o.n >= 3) { line(c, '血常规(五分类)', add(adm, 2), 1); line(c, '肾功能(三项)', add(adm, 2), 1); line(c, '静脉采血', add(adm, 2), 1); }
  // monitoring on Ⅰ级护理 nights after the CCU (CCU nights carry it inside 特级护理)
  const ccu = o.ccu || 0; const g1 = o.grade1 != null ? o.grade1 : 2;
  ns.forEach((d, i) => { if (i >= ccu && i < ccu + g1 && o.acute) { line(c, '心电监测', d, 24); line(c, '血氧饱和度监测', d, 24); } });
  if (o.acute && o.n >= 1) for (let i = 0; i < Math.min(2, o.n); i++) line(c, '吸氧', add(adm, i), 12);
  // drugs: DAPT etc each night; LMWH before PCI for NSTE-ACS
  oral(c, ns, CARDIO_ORAL_ACS(o.clopi));
  if (o.acute && (o.pciDay || 0) > 0) for (let i = 0; i < o.pciDay; i++) { line(c, '低分子量肝素钙注射液', add(adm, i), 2); line(c, '皮下注射', add(adm, i), 2); }
  // procedure day
  const st = o.stents || 1, vs = o.vessels || 1;
  r.lines.pci = line(c, '经皮冠状动脉支架置入术', pd, 1);
  if (o.angioSameDay) r.lines.angio = line(c, '冠状动脉造影术', pd, 1, { allow: true });
  if (o.angioPrevDay) r.lines.angio = line(c, '冠状动脉造影术', add(pd, -1), 1, { allow: true });
  cathConsumables(c, pd, { cath: 2 + (o.extraCath || 0), wires: vs + (o.extraWire || 0), contrast: vs >= 2 ? 3 : 2 });
  r.lines.balloon = line(c, '冠状动脉球囊扩张导管', pd, o.balloonsBilled || st);
  r.lines.stent = line(c, '冠状动脉药物洗脱支架', pd, o.stentsBilled || st, o.stentPrice ? { price: o.stentPrice, allow: true } : {});
  ivDay(c, pd, 2, true); line(c, '氯化钠注射液', pd, 2);
  if (pd === adm) line(c, '阿司匹林肠溶片', pd, 2); // loading dose 300 mg (1 + 2 tablets on the day)
  proc(c, '36.0601', pd); proc(c, '00.6600', pd); proc(c, VESSEL_CODE[vs], pd); proc(c, STENT_CODE[st], pd); proc(c, '88.5600', pd);
  if (o.n >= 2) line(c, '常规心电图检查', add(pd, 1), 1);
  return r;
}
// diagnostic angiography stay. o: adm, n, dx
function angioStay(m, h, o) {
  const adm = o.adm, dis = add(adm, o.n);
  const c = claim(m, h, 'cardiology', 'inpatient', [adm, dis], o.dx, { route: o.route || 'outpatient', discharge: o.discharge });
  const ns = ward(c, { grade1: 1 });
  admitLabs(c, adm, { preop: true }); line(c, '肌钙蛋白I测定', adm, 1); line(c, '心脏彩色多普勒超声', adm, 1);
  const pd = add(adm, o.n >= 2 ? 1 : 0);
  line(c, '冠状动脉造影术', pd, 1); cathConsumables(c, pd, { cath: 2, wires: 1, contrast: 1, heparin: 1 });
  ivDay(c, pd, 1, true); line(c, '氯化钠注射液', pd, 2);
  proc(c, '88.5600', pd);
  oral(c, ns, [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['单硝酸异山梨酯缓释片', 1]]);
  return { c };
}
// heart failure stay. o: adm, n, dx, ntpDays (indices), echoDays, monitorDays, monitorHours
function hfStay(m, h, o) {
  const adm = o.adm, dis = add(adm, o.n);
  const c = claim(m, h, o.dept || 'cardiology', 'inpatient', [adm, dis], o.dx, { route: o.route || 'emergency', discharge: o.discharge });
  const ns = ward(c, { grade1: 3, bed: o.bed }); const r = { c, lines: { ntp: [], mon: [], echo: [], carotid: [] } };
  admitLabs(c, adm); line(c, '肌钙蛋白I测定', adm, 1);
  for (const i of (o.ntpDays || [0, o.n - 1])) r.lines.ntp.push({ id: line(c, 'N末端B型钠尿肽前体(NT-proBNP)测定', add(adm, i), 1, { allow: !!o.allowNtp }), i });
  for (const i of (o.echoDays || [1])) r.lines.echo.push({ id: line(c, '心脏彩色多普勒超声', add(adm, i), 1), i });
  for (const i of (o.carotidDays || [])) r.lines.carotid.push({ id: line(c, '颈部血管彩色多普勒超声', add(adm, i), 1), i });
  for (const i of [2, 4]) if (i < o.n) { line(c, '电解质(四项)', add(adm, i), 1); line(c, '肾功能(三项)', add(adm, i), 1); line(c, '静脉采血', add(adm, i), 1); }
  const monDays = o.monitorDays || [0, 1];
  for (const i of monDays) if (i < o.n) r.lines.mon.push({ id: line(c, '心电监测', add(adm, i), o.monitorHours || 24), i }, { id: line(c, '血氧饱和度监测', add(adm, i), o.monitorHours || 24), i });
  for (let i = 0; i < Math.min(3, o.n); i++) line(c, '吸氧', add(adm, i), 12);
  const ivd = Math.min(o.ivDays != null ? o.ivDays : 4, o.n);
  for (let i = 0; i < ivd; i++) { const d = add(adm, i); line(c, '呋塞米注射液', d, 2); line(c, '静脉注射', d, 2); line(c, '一次性使用注射器(5ml)', d, 2); }
  oral(c, ns, [['沙库巴曲缬沙坦钠片', 2], ['螺内酯片', 1], ['达格列净片', 1], ['琥珀酸美托洛尔缓释片', 1]]);
  oral(c, ns.slice(ivd), [['呋塞米片', 1]]);
  return r;
}
// AF stay
function afStay(m, h, o) {
  const adm = o.adm, dis = add(adm, o.n);
  const c = claim(m, h, 'cardiology', 'inpatient', [adm, dis], o.dx, { route: o.route || 'emergency' });
  const ns = ward(c, { grade1: 2 }); const r = { c, lines: {} };
  admitLabs(c, adm); line(c, '甲状腺功能(三项)', adm, 1); line(c, '肌钙蛋白I测定', adm, 1); line(c, 'N末端B型钠尿肽前体(NT-proBNP)测定', adm, 1);
  line(c, '心脏彩色多普勒超声', add(adm, 1), 1);
  line(c, '心电监测', adm, 24); line(c, '心电监测', add(adm, 1), 24);
  line(c, '盐酸胺碘酮注射液', adm, 4); line(c, '盐酸胺碘酮注射液', add(adm, 1), 3); ivDay(c, adm, 1, true); ivDay(c, add(adm, 1), 1, false); line(c, '葡萄糖注射液', adm, 1); line(c, '葡萄糖注射液', add(adm, 1), 1);
  for (let i = 0; i < Math.min(3, o.n); i++) { line(c, '依诺肝素钠注射液', add(adm, i), 2); line(c, '皮下注射', add(adm, i), 2); }
  oral(c, ns.slice(2), [['盐酸胺碘酮片', 2]]); oral(c, ns.slice(3), [['利伐沙班片', 1]]); oral(c, ns, [['比索洛尔片', 1]]);
  if (o.n >= 4) r.lines.holter = line(c, '动态心电图(24小时)', add(adm, o.n - 1), 1);
  return r;
}
// ischaemic stroke stay. o: adm, n, dx, neuro: {name, days, from, perDay}, thrombolysis, rehabFrom, dysphagia, mri (bool), route, discharge, from
function strokeStay(m, h, o) {
  const adm = o.adm, dis = add(adm, o.n);
  const c = claim(m, h, 'neurology', 'inpatient', [adm, dis], o.dx, { route: o.route || 'emergency', discharge: o.discharge, from: o.from });
  const ns = ward(c, { grade1: o.grade1 != null ? o.grade1 : 3 }); const r = { c, lines: { neuro: [] } };
  admitLabs(c, adm, { xray: o.xray !== false }); line(c, '糖化血红蛋白测定', add(adm, o.n >= 2 ? 1 : 0), 1);
  if (!o.noCT) line(c, '头颅CT平扫', adm, 1);
  if (o.mri !== false && o.n >= 2 && h.level >= 2) line(c, '头颅MRI平扫', add(adm, 1), 1);
  if (o.n >= 3) { line(c, '颈部血管彩色多普勒超声', add(adm, 2), 1); line(c, '心脏彩色多普勒超声', add(adm, 2), 1); }
  if (o.holter && o.n >= 4) line(c, '动态心电图(24小时)', add(adm, 3), 1);
  if (!o.noSwallow) line(c, '吞咽功能评定', adm, 1);
  if (o.thrombolysis) { line(c, '注射用阿替普酶', adm, 2); ivDay(c, adm, 1, true); line(c, '氯化钠注射液', adm, 1); proc(c, '99.1000', adm); line(c, '心电监测', adm, 24); line(c, '无创血压监测', adm, 24); line(c, '无创血压监测', add(adm, 1), 12); }
  const start = o.thrombolysis ? 1 : 0; // antiplatelets 24 h after alteplase
  oral(c, ns.slice(start), o.dapt === false ? [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 2]] : [['阿司匹林肠溶片', 1], ['硫酸氢氯吡格雷片', 1], ['阿托伐他汀钙片', 2]]);
  if (o.neuro) {
    const nd = o.neuro; for (let i = nd.from || 0; i < (nd.from || 0) + nd.days && i < o.n; i++) {
      const d = add(adm, i); r.lines.neuro.push({ id: line(c, nd.name, d, nd.perDay || 2, { allow: nd.allow && nd.allow(i) }), i });
      if (!(o.thrombolysis && i === 0)) ivDay(c, d, 2, i === (nd.from || 0) && !o.thrombolysis); line(c, '氯化钠注射液', d, 2);
    }
  }
  if (o.dysphagia) { // feeding tube placed on day 1, fed five times a day
    const d1 = add(adm, 1); line(c, '鼻饲管置管', d1, 1); line(c, '一次性使用胃管', d1, 1); proc(c, '96.0700', d1); line(c, '营养风险筛查(NRS 2002)', d1, 1);
    for (let i = 1; i < o.n; i++) { const d = add(adm, i); if (i > 1) line(c, '鼻饲(注食)', d, 5); line(c, '肠内营养乳剂(TPF)', d, 2); if (i >= 3) line(c, '吞咽功能障碍训练', d, 1); }
    line(c, '电视X线透视吞咽功能检查(VFSS)', add(adm, Math.min(6, o.n - 1)), 1);
  }
  if (o.rehabFrom != null) for (let i = o.rehabFrom; i < o.n; i++) { const d = add(adm, i); if (dow(d) === 0 || HOLIDAYS.has(d)) continue; line(c, '偏瘫肢体综合训练', d, 1); }
  if (o.rehabFrom != null && o.rehabFrom < o.n) line(c, '日常生活能力评定', add(adm, o.rehabFrom), 1);
  return r;
}
function ichStay(m, h, o) {
  const adm = o.adm, dis = add(adm, o.n);
  const c = claim(m, h, 'neurology', 'inpatient', [adm, dis], o.dx, { route: 'emergency' });
  const ns = ward(c, { grade1: 5 });
  admitLabs(c, adm); line(c, '头颅CT平扫', adm, 1); line(c, '头颅CT平扫', add(adm, 1), 1); // 24-h CT for haematoma growth
  if (o.n >= 7) line(c, '头颅CT平扫', add(adm, 6), 1);
  line(c, '吞咽功能评定', adm, 1);
  for (let i = 0; i < 2; i++) { line(c, '心电监测', add(adm, i), 24); line(c, '无创血压监测', add(adm, i), 24); }
  line(c, '乌拉地尔注射液', adm, 4); line(c, '乌拉地尔注射液', add(adm, 1), 2);
  for (let i = 0; i < Math.min(5, o.n); i++) { const d = add(adm, i); line(c, '甘露醇注射液', d, 3); ivDay(c, d, 3, i === 0); line(c, '氯化钠注射液', d, 1); }
  oral(c, ns.slice(1), [['苯磺酸氨氯地平片', 1], ['奥美拉唑肠溶胶囊', 1]]);
  for (let i = 1; i < 4 && i < o.n; i++) { line(c, '电解质(四项)', add(adm, i), 1); line(c, '静脉采血', add(adm, i), 1); }
  if (o.n >= 8) for (let i = 5; i < o.n; i++) { const d = add(adm, i); if (dow(d) !== 0) line(c, '偏瘫肢体综合训练', d, 1); }
  return { c };
}
function tiaStay(m, h, o) {
  const adm = o.adm, dis = add(adm, o.n);
  const c = claim(m, h, 'neurology', 'inpatient', [adm, dis], o.dx, { route: 'emergency' });
  const ns = ward(c, { grade1: 1 });
  admitLabs(c, adm); line(c, '头颅CT平扫', adm, 1); line(c, '糖化血红蛋白测定', adm, 1);
  if (o.mri) line(c, '头颅MRI平扫', add(adm, 1), 1);
  if (o.carotid !== false && o.n >= 2) line(c, '颈部血管彩色多普勒超声', add(adm, 1), 1);
  if (o.echo && o.n >= 2) line(c, '心脏彩色多普勒超声', add(adm, Math.min(2, o.n - 1)), 1);
  oral(c, ns, [['阿司匹林肠溶片', 1], ['硫酸氢氯吡格雷片', 1], ['阿托伐他汀钙片', 2]]);
  return { c };
}
// stroke-rehabilitation stay on a rehabilitation ward. o: adm, n, therapyDay(d) -> list of [name, qty] (default Mon–Sat, not on holidays)
function rehabStay(m, h, o) {
  const adm = o.adm, dis = add(adm, o.n);
  const c = claim(m, h, 'rehabilitation', 'inpatient', [adm, dis], o.dx, { route: o.route || 'outpatient', from: o.from });
  const ns = ward(c, { grade1: 0 }); const r = { c, lines: { therapy: [] } };
  admitLabs(c, adm, { xray: false }); line(c, '康复评定', adm, 1); line(c, '日常生活能力评定', adm, 1); line(c, '平衡功能评定', adm, 1);
  if (o.aphasia) line(c, '言语能力评定', adm, 1);
  line(c, '康复评定', add(adm, o.n - 1), 1); line(c, '日常生活能力评定', add(adm, o.n - 1), 1);
  oral(c, ns, [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['苯磺酸氨氯地平片', 1]]);
  for (let i = 1; i < o.n; i++) {
    const d = add(adm, i);
    const list = o.therapyDay ? o.therapyDay(d, i) : ((dow(d) === 0 || HOLIDAYS.has(d)) ? [] : [['偏瘫肢体综合训练', 1], ['作业疗法', 1], ['头皮针', 1], ...(o.aphasia ? [['言语训练', 1]] : [])]);
    for (const [n, q, allow] of list) r.lines.therapy.push({ id: line(c, n, d, q, { allow: !!allow }), d, n });
  }
  return r;
}
// outpatient / chronic visit with drug supply. o: date, dept, dx, drugs [[name, perDay]], days, tests [names], lp, vt
function visit(m, h, o) {
  const vt = o.vt || 'outpatient';
  const dept = o.dept || (h.level === 1 ? 'general' : 'cardiology');
  const c = claim(m, h, dept, vt, [o.date], o.dx, { doctor: o.doctor });
  if (vt === 'chronic') line(c, '门诊慢特病管理诊查费', o.date, 1);
  else if (o.ed) line(c, '急诊诊察费', o.date, 1);
  else line(c, OP_CONSULT(h), o.date, 1);
  const lines = {};
  if ((o.tests || []).some((t) => /测定|血常规|血脂|肝功能|肾功能|电解质|凝血|血糖|糖化|肌钙|心肌酶|PT/.test(t))) line(c, '静脉采血', o.date, 1);
  for (const t of (o.tests || [])) lines[t] = line(c, t, o.date, 1);
  for (const [n, perDay] of (o.drugs || [])) lines[n] = line(c, n, o.date, Math.round(perDay * (o.days || 28)), { lp: !!o.lp });
  return { c, lines };
}
function pharmacyFill(m, h, o) {
  const c = claim(m, h, 'pharmacy', 'pharmacy', [o.date], o.dx, { doctor: o.doctor });
  const lines = {};
  for (const [n, perDay] of o.drugs) lines[n] = line(c, n, o.date, Math.round(perDay * (o.days || 28)));
  return { c, lines };
}

// ---------- diagnoses ----------
const DX = {
  stemi: ['I21.001', 'I21.103', 'I21.004', 'I21.300x004', 'I21.206'], nstemi: ['I21.401', 'I21.400'], ua: ['I20.000', 'I20.003', 'I20.002'],
  cad: ['I25.103', 'I25.102'], sap: ['I25.103'], hf: ['I50.900x018', 'I50.907', 'I50.101', 'I50.908'], hfSec: ['I50.900x008', 'I50.900x009'],
  af: ['I48.000', 'I48.900x015'], afChronic: ['I48.100', 'I48.100x002', 'I48.200'], htn: ['I10.x04', 'I10.x05', 'I10.x03', 'I10.x09'],
  lipid: ['E78.500', 'E78.000'], dm: ['E11.900'], stroke: ['I63.900', 'I63.300', 'I63.500', 'I63.906', 'I63.400', 'I63.905'],
  strokeLAA: ['I63.300', 'I63.500'], strokeSeq: ['I69.300', 'I69.300x002'], strokeRecov: ['I69.300x003'], tia: ['G45.900', 'G45.004', 'G45.002'],
  ich: ['I61.004', 'I61.802', 'I61.005', 'I61.101'], epi: ['G40.900', 'G40.200x006', 'G40.300x007', 'G40.100x001'], epiStatus: ['G40.308'],
  migraine: ['G43.000', 'G43.100'], tension: ['G44.200', 'G44.207'], pd: ['G20.x00', 'G20.x03'], ad: ['G30.901+F00.9*', 'G30.100x003+F00.1*'],
  dysphagia: ['R13.x00'], chestPain: ['R07.400'], carotid: ['I65.201', 'I67.200x003'], ckd: ['N18.300'],
};
const dx1 = (k) => pick(DX[k]);

// ---------- cases ----------
const LABELS = []; let caseSeq = 0;
function addCase(kind, code, name, claims, targets, mutated, variant) {
  caseSeq++;
  LABELS.push({ caseId: `B112-${String(caseSeq).padStart(4, '0')}`, kind, code: kind === 'routine' ? 'R' : code, name,
    claimIds: claims.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines: mutated || {}, typology: kind === 'routine' ? 'R' : code, variant });
}
const mut = (pairs) => { const o = {}; for (const [c, ids] of pairs) if (ids.length) o[c.claimId] = (o[c.claimId] || []).concat(ids.map(String)); return o; };
const variantOf = (i) => (i % 3 === 2 ? 'careful' : 'overt');
const anyDate = (from = '2025-01-06', to = '2025-12-10') => dateIn(from, to);
const regionPick = () => pick(REGIONS);
const chronicFor = (r, list) => list; // approved 门诊慢特病 of the member

const TYP = {}; const CTRL = {};
// T01 stents and balloons billed beyond those placed
TYP.T01 = { name: '冠脉支架/球囊计费数量多于置入数量', src: '国家医保局飞行检查通报：心内科介入耗材“多计支架、球囊”；2024年心血管内科自查自纠问题清单：超实际使用数量收取冠脉介入耗材', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 48, ageMax: 80 });
  const adm = anyDate(); const careful = v === 'careful';
  const st = careful ? 2 : 1;
  const p = pciStay(m, r.l3, { adm, n: ri(4, 6), dx: [dx1(chance(0.5) ? 'nstemi' : 'ua'), dx1('htn')], pciDay: 1, stents: st, vessels: st, acute: true, stentsBilled: st + 1, balloonsBilled: careful ? st : st + 2 });
  const c = p.c; c._allow.add(p.lines.stent); if (!careful) c._allow.add(p.lines.balloon);
  return { claims: [c], targets: [c], mutated: mut([[c, careful ? [p.lines.stent] : [p.lines.stent, p.lines.balloon]]]) };
} };
// T02 集采 stents at premium prices
TYP.T02 = { name: '集采冠脉支架按集采前高价收费', src: '国家组织冠脉支架集中带量采购（2021年起中选价约700元）；医保飞检通报“集采耗材高价收费、串换为非中选产品”', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 48, ageMax: 80 });
  const price = v === 'careful' ? ri(860, 990) : ri(68, 92) * 100;
  const p = pciStay(m, r.l3, { adm: anyDate(), n: ri(3, 6), dx: [dx1(pick(['stemi', 'nstemi', 'ua'])), dx1('htn')], pciDay: 0, stents: 1, acute: true, stentPrice: price, ccu: 1 });
  return { claims: [p.c], targets: [p.c], mutated: mut([[p.c, [p.lines.stent]]]) };
} };
// T03 angiography billed on top of the PCI that includes it
TYP.T03 = { name: 'PCI同时另收冠状动脉造影术', src: '《全国医疗服务价格项目规范》经皮冠状动脉支架置入术内涵含冠脉造影；心血管内科自查自纠清单：支架置入术同时收取冠状动脉造影费', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 48, ageMax: 80 });
  const careful = v === 'careful';
  const p = pciStay(m, r.l3, { adm: anyDate(), n: ri(3, 6), dx: [dx1(pick(['nstemi', 'ua'])), dx1('htn')], pciDay: careful ? 2 : ri(0, 1), stents: 1, acute: true, angioSameDay: !careful, angioPrevDay: careful });
  return { claims: [p.c], targets: [p.c], mutated: mut([[p.c, [p.lines.angio]]]) };
} };
// T04 monitoring and NT-proBNP every day without need
TYP.T04 = { name: '无指征每日心电监测及NT-proBNP', src: '心血管内科自查自纠问题清单：无指征持续心电监护、过度检查（BNP/NT-proBNP每日重复检测）；飞行检查通报“过度检查”', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 55, ageMax: 85 }); const careful = v === 'careful';
  const h = chance(0.5) ? r.l3 : r.l2; const n = ri(6, 8);
  if (!careful) { // stable angina / hypertension admitted: NT-proBNP and 24 h monitoring every day
    const adm = anyDate(); const c = claim(m, h, 'cardiology', 'inpatient', [adm, add(adm, n)], [dx1('sap'), dx1('htn')], { route: 'outpatient' });
    const ns = ward(c, { grade1: 0 }); admitLabs(c, adm); line(c, '肌钙蛋白I测定', adm, 1); line(c, '心脏彩色多普勒超声', add(adm, 1), 1);
    const ids = [];
    ns.forEach((d, k) => { const a = line(c, 'N末端B型钠尿肽前体(NT-proBNP)测定', d, 1); const b = line(c, '心电监测', d, 24); const e = line(c, '血氧饱和度监测', d, 24); if (k > 0) ids.push(a, b, e); });
    oral(c, ns, [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['单硝酸异山梨酯缓释片', 1], ['苯磺酸氨氯地平片', 1]]);
    return { claims: [c], targets: [c], mutated: mut([[c, ids]]) };
  }
  const all = []; for (let k = 0; k < n; k += 2) all.push(k); all.push(n - 1);
  const p = hfStay(m, h, { adm: anyDate(), n, dx: [dx1('hf'), dx1('htn')], ntpDays: [...new Set(all)], monitorDays: [...Array(n).keys()] });
  const ids = p.lines.ntp.filter((x) => x.i !== 0 && x.i !== n - 1).map((x) => x.id).concat(p.lines.mon.filter((x) => x.i >= 3).map((x) => x.id));
  return { claims: [p.c], targets: [p.c], mutated: mut([[p.c, ids]]) };
} };
// T05 echo and carotid ultrasound repeated at every admission
TYP.T05 = { name: '每次住院重复心脏彩超与颈部血管彩超', src: '心血管内科自查自纠问题清单：短期内重复检查（心脏彩超、颈部血管彩超每次入院均做）；国家医保局典型案例“过度检查”', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 60, ageMax: 86 }); const careful = v === 'careful';
  const h = r.l2; const claims = []; const mp = [];
  let adm = anyDate('2025-01-06', '2025-06-30');
  for (let k = 0; k < 3; k++) {
    const n = ri(5, 8);
    const p = hfStay(m, h, { adm, n, dx: [dx1('cad'), dx1('htn'), ...(k ? [] : [dx1('lipid')])], echoDays: careful ? [1] : [1, n - 1], carotidDays: careful ? [1] : [1, n - 1], ntpDays: [0], route: 'outpatient', ivDays: 0, monitorDays: [] });
    // a coronary-disease admission at a county hospital: no diuretic IV; oral drugs already billed by the HF builder are the wrong drugs: rebuild drugs below
    p.c.items = p.c.items.filter((it) => !/沙库巴曲|螺内酯|达格列净|呋塞米/.test(it.name)); p.c.items.forEach((it, j) => { it.lineId = String(j + 1); });
    oral(p.c, nights(p.c), [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['单硝酸异山梨酯缓释片', 1], ['苯磺酸氨氯地平片', 1]]);
    const echoIds = p.c.items.filter((it) => /心脏彩色|颈部血管彩色/.test(it.name));
    claims.push(p.c);
    const ids = careful ? (k > 0 ? echoIds.map((x) => x.lineId) : []) : (k > 0 ? echoIds.map((x) => x.lineId) : echoIds.filter((x) => x.date !== add(adm, 1)).map((x) => x.lineId));
    mp.push([p.c, ids]);
    adm = add(add(adm, n), ri(careful ? 35 : 20, careful ? 50 : 35));
  }
  return { claims, targets: careful ? claims.slice(1) : claims, mutated: mut(mp) };
} };
// T06 brain-protection / neurotrophic drugs outside their 限定支付
TYP.T06 = { name: '脑保护/神经营养药超限定支付（非急性期或超天数）', src: '国家医保药品目录限定支付：依达拉奉、奥拉西坦、神经节苷脂限急性期、限定天数；神经内科自查自纠问题清单：超限定支付范围使用脑保护类药品', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 55, ageMax: 85 }); const careful = v === 'careful';
  if (!careful) { // old stroke admitted with neuro drugs whose 限定 is acute stroke
    const h = chance(0.5) ? r.l2 : r.pv; const dept = h.kind === 'pv' ? 'internal' : 'neurology';
    const drug = pick(['依达拉奉注射液', '奥拉西坦注射液', '单唾液酸四己糖神经节苷脂钠注射液']); const n = ri(8, 12);
    const adm = anyDate(); const c = claim(m, h, dept, 'inpatient', [adm, add(adm, n)], [dx1('strokeSeq'), dx1('htn')], { route: 'outpatient' });
    const ns = ward(c, { grade1: 0 }); admitLabs(c, adm); line(c, '头颅CT平扫', adm, 1);
    const ids = [];
    ns.forEach((d, k) => { ids.push(line(c, drug, d, 2, { allow: true })); ivDay(c, d, 2, k === 0); line(c, '氯化钠注射液', d, 2); });
    oral(c, ns, [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['苯磺酸氨氯地平片', 1]]);
    return { claims: [c], targets: [c], mutated: mut([[c, ids]]) };
  }
  const drug = pick([{ name: '依达拉奉注射液', max: 14, perDay: 2 }, { name: '单唾液酸四己糖神经节苷脂钠注射液', max: 18, perDay: 2 }]);
  const days = drug.max + ri(3, 5); const n = days + ri(1, 3);
  const p = strokeStay(m, r.l2, { adm: anyDate(), n, dx: [dx1('stroke'), dx1('htn')], neuro: { name: drug.name, days, perDay: drug.perDay, allow: (k) => k >= drug.max }, rehabFrom: 4 });
  const ids = p.lines.neuro.filter((x) => x.i >= drug.max).map((x) => x.id);
  return { claims: [p.c], targets: [p.c], mutated: mut([[p.c, ids]]) };
} };
// T07 low-standard admission for an infusion course
TYP.T07 = { name: '慢性稳定患者低标准入院“输液疗程”', src: '国家医保局曝光台典型案例：民营医院将慢病稳定患者收治入院输注活血化瘀中药注射剂；自查自纠问题清单：低标准入院、挂床住院', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 62, ageMax: 85, insuranceType: chance(0.5) ? 'resident' : 'employee' }); const careful = v === 'careful';
  const h = chance(0.6) ? r.pv : r.l2; const dept = h.kind === 'pv' ? 'internal' : 'cardiology'; const n = careful ? ri(5, 6) : ri(7, 9);
  const adm = anyDate(); const c = claim(m, h, dept, 'inpatient', [adm, add(adm, n)], [dx1('cad'), dx1('htn')], { route: 'outpatient' });
  const ns = ward(c, { grade1: 0, low: true });
  line(c, '静脉采血', adm, 1); line(c, '血常规(五分类)', adm, 1);
  if (careful) { line(c, '常规心电图检查', adm, 1); line(c, '肝功能(全套)', adm, 1); line(c, '肾功能(三项)', adm, 1); line(c, '血脂(四项)', adm, 1); line(c, '心脏彩色多普勒超声', add(adm, 1), 1); }
  ns.forEach((d, k) => { line(c, '血栓通注射液', d, 2); line(c, '丹参注射液', d, 4); ivDay(c, d, 2, k === 0); line(c, '葡萄糖注射液', d, 1); line(c, '氯化钠注射液', d, 1); });
  oral(c, ns, [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1]]);
  return { claims: [c], targets: [c], mutated: {} };
} };
// T08 rehabilitation billed on days with no therapy (statutory holiday closures)
TYP.T08 = { name: '康复/针灸治疗在无治疗日（法定节假日闭诊）照常计费', src: '国家医保局飞行检查：康复医院节假日治疗师休假期间康复项目照常计费、虚记治疗次数；康复医学科自查自纠问题清单：虚计康复治疗项目', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 55, ageMax: 82 }); const careful = v === 'careful';
  const h = chance(0.6) ? r.pv : r.l2; const hol = chance(0.5) ? '2025-01-28' : '2025-10-01';
  const adm = add(hol, -ri(8, 14)); const n = ri(24, 30);
  const ids = [];
  const p = rehabStay(m, h, { adm, n, dx: [dx1('strokeRecov'), dx1('htn')], aphasia: chance(0.4), therapyDay: (d) => {
    const off = HOLIDAYS.has(d) || (!careful && dow(d) === 0);
    const base = careful ? [['偏瘫肢体综合训练', 1], ['作业疗法', 1], ['头皮针', 1]] : [['偏瘫肢体综合训练', 2], ['作业疗法', 1], ['头皮针', 1], ['平衡功能训练', 1]];
    if (careful && dow(d) === 0 && !HOLIDAYS.has(d)) return [];
    return base.map(([nm, q]) => [nm, q, off]);
  } });
  for (const t of p.lines.therapy) if (HOLIDAYS.has(t.d) || (!careful && dow(t.d) === 0)) ids.push(t.id);
  return { claims: [p.c], targets: [p.c], mutated: mut([[p.c, ids]]) };
} };
// T09 Holter / ambulatory BP billed twice
TYP.T09 = { name: '动态心电图/动态血压一次监测重复收费', src: '心血管内科自查自纠问题清单：动态心电图、动态血压按佩戴和取机分两次收费或重复收费', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 45, ageMax: 80 }); const careful = v === 'careful';
  const h = chance(0.5) ? r.l3 : r.l2; const d = anyDate(); const item = chance(0.5) ? '动态心电图(24小时)' : '动态血压监测(24小时)';
  const dx = item.startsWith('动态血压') ? [dx1('htn')] : [pick(['I49.900', 'R00.200', 'I47.100']) , dx1('htn')];
  if (!careful) {
    const c = visit(m, h, { date: d, dx, drugs: [['苯磺酸氨氯地平片', 1]], days: 14 }).c;
    const a = line(c, item, d, 1); const b = line(c, item, d, 1, { allow: true });
    return { claims: [c], targets: [c], mutated: mut([[c, [b]]]) };
  }
  const c1 = visit(m, h, { date: d, dx, drugs: [] }).c; line(c1, item, d, 1);
  const c2 = claim(m, h, c1.provider.department, 'outpatient', [add(d, 1)], dx, { doctor: c1.provider.doctorId }); const b = line(c2, item, add(d, 1), 1);
  line(c2, '苯磺酸氨氯地平片', add(d, 1), 14);
  return { claims: [c1, c2], targets: [c2], mutated: mut([[c2, [b]]]) };
} };
// T10 TIA coded as cerebral infarction (高套)
TYP.T10 = { name: 'TIA编码为脑梗死高套分组', src: '国家医保局DRG飞检：将短暂性脑缺血发作编码为脑梗死、高套病组；神经内科自查自纠问题清单：高套诊断编码', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 82 }); const careful = v === 'careful';
  const h = chance(0.6) ? r.l2 : r.l3;
  const p = tiaStay(m, h, { adm: anyDate(), n: careful ? ri(4, 5) : ri(2, 3), dx: [dx1('stroke'), dx1('htn')], mri: careful, echo: careful, carotid: true });
  return { claims: [p.c], targets: [p.c], mutated: {} };
} };
// T11 anticoagulant and statin stockpiling across pharmacies
TYP.T11 = { name: '抗凝药与他汀跨机构重复开药囤药', src: '国家医保局曝光：参保人在多家定点药店及医院短期内重复购药（超量开药、囤药倒卖）；2025年定点零售药店自查自纠清单', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 60, ageMax: 82 }); const careful = v === 'careful';
  const dx = [dx1('afChronic'), dx1('lipid')];
  const drugs = [[chance(0.6) ? '利伐沙班片' : '达比加群酯胶囊', 0], ['阿托伐他汀钙片', 1]]; drugs[0][1] = drugs[0][0] === '利伐沙班片' ? 1 : 2;
  const d0 = anyDate('2025-01-06', '2025-09-30'); const claims = [];
  const places = [r.l3, r.ph1, r.ph2, r.l2];
  const gaps = careful ? [0, 12, 25, 37, 50] : [0, 3, 6, 9];
  gaps.forEach((g, k) => {
    const h = places[k % places.length]; const date = add(d0, g);
    const c = h.kind.startsWith('ph') ? pharmacyFill(m, h, { date, dx, drugs, days: 28 }).c : visit(m, h, { date, dx, drugs, days: 28, tests: k ? [] : ['凝血酶原时间测定(PT/INR)'] }).c;
    claims.push(c);
  });
  return { claims, targets: claims.slice(1), mutated: {} };
} };
// T12 outpatient/pharmacy claims settled during an inpatient stay
TYP.T12 = { name: '住院期间门诊/药店结算（冒名或挂床）', src: '国家医保局大数据筛查：住院期间发生门诊、药店结算；飞行检查通报“住院期间同时门诊购药”', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 55, ageMax: 85, chronic: ['I10', 'I25'] }); const careful = v === 'careful';
  const adm = anyDate('2025-01-06', '2025-11-20'); const n = ri(9, 12);
  const stay = chance(0.5) ? hfStay(m, r.l3, { adm, n, dx: [dx1('hf'), 'I10.x05', 'I25.103'] }).c : strokeStay(m, r.l3, { adm, n, dx: [dx1('stroke'), 'I10.x05'], neuro: { name: '依达拉奉注射液', days: Math.min(n, 14) }, rehabFrom: 3 }).c;
  const out = [];
  out.push(pharmacyFill(m, r.ph1, { date: add(adm, ri(2, 4)), dx: ['I10.x05'], drugs: [['苯磺酸氨氯地平片', 1], ['阿托伐他汀钙片', 1]], days: 30 }).c);
  if (!careful) {
    out.push(visit(m, r.l1, { vt: 'chronic', date: add(adm, ri(5, 6)), dx: ['I10.x05', 'I25.103'], drugs: [['苯磺酸氨氯地平片', 1], ['阿托伐他汀钙片', 1], ['阿司匹林肠溶片', 1]], days: 30 }).c);
    out.push(pharmacyFill(m, r.ph2, { date: add(adm, ri(7, 8)), dx: ['I25.103'], drugs: [['单硝酸异山梨酯缓释片', 1], ['复方丹参滴丸', 30]], days: 30 }).c);
  }
  return { claims: [stay, ...out], targets: out, mutated: {} };
} };
// T13 split stays around angiography and PCI
TYP.T13 = { name: '造影与PCI分解住院', src: '国家医保局DRG飞检：将一次介入诊疗拆分为造影、支架两次住院（分解住院）；心血管内科自查自纠问题清单', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 80 }); const careful = v === 'careful';
  const adm = anyDate('2025-01-06', '2025-11-15'); const n1 = ri(2, 3);
  const a = angioStay(m, r.l3, { adm, n: n1, dx: [dx1('ua'), dx1('htn')], route: 'emergency' }).c;
  const gap = careful ? ri(7, 12) : ri(1, 3);
  const p = pciStay(m, r.l3, { adm: add(add(adm, n1), gap), n: ri(3, 4), dx: [careful ? 'I25.103' : a.diagnoses[0].code, dx1('htn')], pciDay: 1, stents: 1, route: 'outpatient' }).c;
  return { claims: [a, p], targets: [a, p], mutated: {} };
} };
// T14 items included in another billed separately
TYP.T14 = { name: '项目内涵重复收费（特级护理另收监护/偏瘫训练另收运动疗法）', src: '《全国医疗服务价格项目规范》特级护理含心电、血氧监测，偏瘫肢体综合训练含运动疗法；自查自纠问题清单：重复收取已含项目', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 85 }); const careful = v === 'careful';
  if (!careful) {
    const ccu = ri(2, 3);
    const p = pciStay(m, r.l3, { adm: anyDate(), n: ri(5, 7), dx: [dx1('stemi'), dx1('htn')], pciDay: 0, stents: 1, acute: true, ccu, grade1: 1 });
    const ids = []; for (let k = 0; k < ccu; k++) { const d = add(p.c.admissionDate, k); ids.push(line(p.c, '心电监测', d, 24, { allow: true }), line(p.c, '血氧饱和度监测', d, 24, { allow: true })); }
    return { claims: [p.c], targets: [p.c], mutated: mut([[p.c, ids]]) };
  }
  const h = chance(0.5) ? r.pv : r.l2;
  const p = rehabStay(m, h, { adm: anyDate('2025-02-10', '2025-09-01'), n: ri(18, 24), dx: [dx1('strokeRecov'), dx1('htn')], therapyDay: (d) => (dow(d) === 0 ? [] : [['偏瘫肢体综合训练', 1], ['运动疗法', 1, true], ['作业疗法', 1]]) });
  const ids = p.lines.therapy.filter((t) => t.n === '运动疗法').map((t) => t.id);
  return { claims: [p.c], targets: [p.c], mutated: mut([[p.c, ids]]) };
} };
// T15 sacubitril/valsartan outside its 限定支付
TYP.T15 = { name: '沙库巴曲缬沙坦超限定支付用于单纯高血压', src: '国家医保药品目录：沙库巴曲缬沙坦钠片限定支付（慢性心力衰竭）；医保审核通报“超限定支付范围开具”及“为满足限定支付虚增诊断”', f(i, v) {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 80, chronic: ['I10'] }); const careful = v === 'careful';
  const h = pick([r.l2, r.l3]); const claims = []; const mp = [];
  const d0 = anyDate('2025-01-06', '2025-09-20');
  const c0 = visit(m, h, { vt: 'chronic', date: d0, dx: ['I10.x05'], drugs: [['苯磺酸氨氯地平片', 1], ['厄贝沙坦片', 1]], days: 28 }).c; claims.push(c0);
  for (let k = 1; k <= 2; k++) {
    const date = add(d0, 28 * k);
    const dx = careful ? ['I10.x05', 'I50.900x002'] : ['I10.x05'];
    const x = visit(m, h, { vt: 'chronic', date, dx, drugs: [['苯磺酸氨氯地平片', 1]], days: 28 });
    const s = line(x.c, '沙库巴曲缬沙坦钠片', date, 56, { allow: !careful });
    claims.push(x.c); mp.push([x.c, [s]]);
  }
  return { claims, targets: claims.slice(1), mutated: mut(mp) };
} };

// ---------- controls ----------
CTRL.C01 = { name: '分期PCI：第二支血管数周后再次介入', src: '《中国经皮冠状动脉介入治疗指南（2016）》及2021 ACC/AHA/SCAI冠脉血运重建指南：STEMI/多支病变非罪犯血管择期分期PCI', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 48, ageMax: 78 }); const adm = anyDate('2025-01-06', '2025-10-10');
  const a = pciStay(m, r.l3, { adm, n: ri(5, 7), dx: [dx1('stemi'), dx1('htn')], pciDay: 0, stents: 1, acute: true, ccu: 2, grade1: 1 }).c;
  const b = pciStay(m, r.l3, { adm: add(a.dischargeDate, ri(25, 50)), n: ri(2, 3), dx: ['I25.103', 'I25.200', dx1('htn')], pciDay: 1, stents: 1, route: 'outpatient' }).c;
  return [a, b];
} };
CTRL.C02 = { name: '多支病变一次置入多枚支架（编码与耗材一致）', src: '《中国经皮冠状动脉介入治疗指南（2016）》多支血管病变PCI；编码00.46/00.47与支架数一致', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 80 }); const st = ri(2, 3);
  return [pciStay(m, r.l3, { adm: anyDate(), n: ri(4, 6), dx: [dx1(pick(['nstemi', 'ua'])), dx1('htn'), dx1('dm')], pciDay: 1, stents: st, vessels: st === 3 ? 2 : st, acute: true }).c];
} };
CTRL.C03 = { name: '县医院ACS转诊胸痛中心行PCI（转院字段完整）', src: '《中国胸痛中心认证标准》基层转诊：不具备PCI条件的医院首诊后转运至PCI医院；结算清单入院途径“其他医疗机构转入”', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 82 }); const adm = anyDate();
  const dx = [dx1('stemi'), dx1('htn')];
  const a = claim(m, r.l2, 'cardiology', 'inpatient', [adm, add(adm, 1)], dx, { route: 'emergency', discharge: 'transfer' });
  ward(a, { ccu: 1 }); admitLabs(a, adm, { xray: false }); line(a, '肌钙蛋白I测定', adm, 1); line(a, '心肌酶谱', adm, 1);
  line(a, '阿司匹林肠溶片', adm, 3); line(a, '替格瑞洛片', adm, 2); line(a, '阿托伐他汀钙片', adm, 2); line(a, '肝素钠注射液', adm, 1); line(a, '静脉注射', adm, 1); line(a, '硝酸甘油注射液', adm, 1); ivDay(a, adm, 1, true); line(a, '吸氧', adm, 10);
  const b = pciStay(m, r.l3, { adm: add(adm, 1), n: ri(5, 7), dx, pciDay: 0, stents: 1, acute: true, ccu: 2, grade1: 1, route: 'transfer', from: r.l2.id });
  return [a, b.c];
} };
CTRL.C04 = { name: '心衰真实失代偿再入院', src: '《中国心力衰竭诊断和治疗指南2024》：心衰出院后30–90天再住院常见（易损期），NT-proBNP升高、静脉利尿', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 62, ageMax: 88 }); const adm = anyDate('2025-01-06', '2025-10-01');
  const a = hfStay(m, r.l3, { adm, n: ri(7, 9), dx: [dx1('hf'), 'I25.103', dx1('htn')] }).c;
  const b = hfStay(m, r.l3, { adm: add(a.dischargeDate, ri(18, 45)), n: ri(6, 9), dx: ['I50.900x018', 'I25.103', 'J18.900'] }).c;
  return [a, b];
} };
CTRL.C05 = { name: '新发房颤住院药物复律并启动抗凝', src: '《心房颤动诊断和治疗中国指南（2023）》：血流动力学稳定的新发房颤可静脉胺碘酮复律，复律前后抗凝（经食管超声行目录缺项，见 gaps）', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 80 });
  return [afStay(m, r.l3, { adm: anyDate(), n: ri(4, 6), dx: ['I48.900x015', dx1('htn')] }).c];
} };
CTRL.C06 = { name: '县医院静脉溶栓后转卒中中心', src: '《中国急性缺血性脑卒中诊治指南2023》：静脉溶栓后桥接转运至具备血管内治疗能力的卒中中心（drip and ship）', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 82 }); const adm = anyDate();
  const a = strokeStay(m, r.l2, { adm, n: 1, dx: [dx1('stroke'), dx1('htn')], thrombolysis: true, discharge: 'transfer', mri: false, xray: false, dapt: false }).c;
  const b = strokeStay(m, r.l3, { adm: add(adm, 1), n: ri(8, 11), dx: [a.diagnoses[0].code, dx1('htn')], route: 'transfer', from: r.l2.id, neuro: { name: '依达拉奉注射液', days: ri(7, 10) }, rehabFrom: 3, dapt: false }).c;
  return [a, b];
} };
CTRL.C07 = { name: '卒中伴吞咽障碍留置胃管鼻饲', src: '《中国卒中吞咽障碍与营养管理手册》及《中国急性缺血性脑卒中诊治指南2023》：吞咽障碍者早期鼻饲肠内营养', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 60, ageMax: 88 });
  return [strokeStay(m, r.l3, { adm: anyDate(), n: ri(10, 14), dx: [dx1('stroke'), 'R13.x00', dx1('htn')], dysphagia: true, neuro: { name: '依达拉奉注射液', days: ri(8, 12) }, rehabFrom: 3 }).c];
} };
CTRL.C08 = { name: '数月内复发性脑梗死再住院', src: '《中国缺血性脑卒中和短暂性脑缺血发作二级预防指南2022》：卒中后早期复发风险（1年约10%）', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 58, ageMax: 86 }); const adm = anyDate('2025-01-06', '2025-08-01');
  const a = strokeStay(m, r.l3, { adm, n: ri(8, 11), dx: [dx1('strokeLAA'), dx1('htn'), dx1('dm')], neuro: { name: '依达拉奉注射液', days: ri(7, 10) }, rehabFrom: 3 }).c;
  const b = strokeStay(m, r.l3, { adm: add(a.dischargeDate, ri(50, 110)), n: ri(8, 11), dx: [dx1('strokeLAA'), 'I69.300', dx1('htn'), dx1('dm')], neuro: { name: '依达拉奉注射液', days: ri(7, 10) }, rehabFrom: 3, holter: true }).c;
  return [a, b];
} };
CTRL.C09 = { name: '稳定慢病12周长处方', src: '国家医保局、国家卫生健康委《关于做好医保长期处方管理工作的通知》（2021）：病情稳定慢病长期处方最长12周', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 55, ageMax: 82, chronic: ['I10', 'I25'] }); const d = anyDate('2025-01-06', '2025-08-20');
  const drugs = [['苯磺酸氨氯地平片', 1], ['阿托伐他汀钙片', 1], ['阿司匹林肠溶片', 1], ...(chance(0.5) ? [['缬沙坦胶囊', 1]] : [['比索洛尔片', 1]])];
  const a = visit(m, r.l1, { vt: 'chronic', date: d, dx: ['I10.x04', 'I25.103'], drugs, days: 84, lp: true }).c;
  const b = visit(m, r.l1, { vt: 'chronic', date: add(d, ri(80, 86)), dx: ['I10.x04', 'I25.103'], drugs, days: 84, lp: true, tests: ['血脂(四项)', '肝功能(全套)'] }).c;
  return [a, b];
} };
CTRL.C10 = { name: '调药后复查动态心电图', src: '《心房颤动诊断和治疗中国指南（2023）》/《室性心律失常中国专家共识》：调整抗心律失常药物或室率控制药物后复查24小时动态心电图评估疗效', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 80 }); const d = anyDate('2025-01-06', '2025-10-01'); const h = r.l3;
  const dx = [pick(['I48.000', 'I49.300', 'I47.100'])];
  const a = visit(m, h, { date: d, dx, drugs: [['酒石酸美托洛尔片', 2]], days: 28, tests: ['动态心电图(24小时)'] }).c;
  const b = visit(m, h, { date: add(d, ri(28, 42)), dx, drugs: [['普罗帕酮片', 3]], days: 28, tests: ['动态心电图(24小时)', '电解质(四项)'] }).c;
  return [a, b];
} };
CTRL.C11 = { name: 'NSTEMI入CCU：特级护理期间不另收监护，转Ⅰ级护理后监护', src: '《非ST段抬高型急性冠脉综合征诊断和治疗指南（2024）》：高危NSTE-ACS心电监测24–48小时；肌钙蛋白0/1–3h复测', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 55, ageMax: 85 });
  return [pciStay(m, r.l3, { adm: anyDate(), n: ri(5, 7), dx: [dx1('nstemi'), dx1('htn'), dx1('dm')], pciDay: 1, stents: 1, acute: true, ccu: 1, grade1: 2 }).c];
} };
CTRL.C12 = { name: '急性脑梗死14天内使用依达拉奉', src: '国家医保药品目录依达拉奉注射液限定支付（急性缺血性脑卒中，限14天）；《中国急性缺血性脑卒中诊治指南2023》', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 55, ageMax: 85 });
  return [strokeStay(m, pick([r.l3, r.l2]), { adm: anyDate(), n: ri(10, 15), dx: [dx1('stroke'), dx1('htn')], neuro: { name: '依达拉奉注射液', days: 14 }, rehabFrom: 3 }).c];
} };
CTRL.C13 = { name: '卒中恢复期康复病房住院（工作日治疗）', src: '《中国脑卒中早期康复治疗指南》：病情稳定后康复训练每日1次以上、每周5–6日；国家卫健委康复医疗服务规范', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 55, ageMax: 82 });
  return [rehabStay(m, pick([r.pv, r.l2, r.l3]), { adm: anyDate('2025-02-10', '2025-09-10'), n: ri(20, 28), dx: [dx1('strokeRecov'), dx1('htn')], aphasia: chance(0.4) }).c];
} };
CTRL.C14 = { name: '高危TIA住院（正确编码G45，双抗21天）', src: '《中国缺血性脑卒中和短暂性脑缺血发作二级预防指南2022》：ABCD2≥4高危TIA住院评估，阿司匹林+氯吡格雷21天', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 82 });
  return [tiaStay(m, pick([r.l2, r.l3]), { adm: anyDate(), n: ri(3, 5), dx: [dx1('tia'), dx1('htn')], mri: true, echo: true }).c];
} };
CTRL.C15 = { name: '脑出血住院复查头颅CT', src: '《中国脑出血诊治指南（2019）》：发病后24小时内复查CT评估血肿扩大；甘露醇降颅压', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 82 });
  return [ichStay(m, pick([r.l3, r.l2]), { adm: anyDate(), n: ri(10, 16), dx: [dx1('ich'), 'I10.x05'] }).c];
} };
CTRL.C16 = { name: '房颤抗凝每28天规律购药（药店与医院交替）', src: '《心房颤动诊断和治疗中国指南（2023）》长期口服抗凝；定点药店凭处方按月购药', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 60, ageMax: 82 }); const d0 = anyDate('2025-01-06', '2025-08-01');
  const dx = [dx1('afChronic'), dx1('lipid')]; const out = [];
  const drugs = [['利伐沙班片', 1], ['阿托伐他汀钙片', 1]];
  for (let k = 0; k < 4; k++) { const date = add(d0, 28 * k + ri(-1, 2)); out.push(k % 2 === 0 ? visit(m, r.l3, { date, dx, drugs, days: 28 }).c : pharmacyFill(m, r.ph1, { date, dx, drugs, days: 28 }).c); }
  return out;
} };
CTRL.C17 = { name: '急诊胸痛当日收入院（急诊结算与住院同日）', src: '胸痛中心流程：急诊首诊（心电图、肌钙蛋白）后收住心内科；急诊费用单独结算', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 82 }); const d = anyDate();
  const e = visit(m, r.l3, { date: d, ed: true, dept: 'emergency', dx: ['R07.400'], tests: ['常规心电图检查', '肌钙蛋白I测定', '血常规(五分类)'] }).c;
  const p = pciStay(m, r.l3, { adm: d, n: ri(4, 6), dx: [dx1('nstemi'), dx1('htn')], pciDay: 1, stents: 1, acute: true, route: 'emergency' }).c;
  return [e, p];
} };
CTRL.C18 = { name: 'HFrEF门诊使用沙库巴曲缬沙坦（超声与NT-proBNP证实）', src: '《中国心力衰竭诊断和治疗指南2024》：HFrEF使用ARNI；目录限定支付慢性心力衰竭', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 55, ageMax: 85 }); const h = pick([r.l3, r.l2]); const d = anyDate('2025-01-06', '2025-10-01');
  const a = visit(m, h, { date: d, dx: ['I50.908', 'I25.103'], tests: ['N末端B型钠尿肽前体(NT-proBNP)测定', '心脏彩色多普勒超声', '肾功能(三项)', '电解质(四项)'], drugs: [['沙库巴曲缬沙坦钠片', 2], ['螺内酯片', 1], ['达格列净片', 1], ['琥珀酸美托洛尔缓释片', 1]], days: 28 }).c;
  const b = visit(m, h, { date: add(d, 28), dx: ['I50.908', 'I25.103'], tests: ['肾功能(三项)', '电解质(四项)'], drugs: [['沙库巴曲缬沙坦钠片', 2], ['螺内酯片', 1], ['达格列净片', 1], ['琥珀酸美托洛尔缓释片', 1]], days: 28 }).c;
  return [a, b];
} };
CTRL.C19 = { name: '县医院造影后转上级医院PCI', src: '分级诊疗：二级医院导管室完成诊断性造影，复杂病变转三级医院介入', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 80 }); const adm = anyDate('2025-01-06', '2025-11-15');
  const a = angioStay(m, r.l2, { adm, n: 2, dx: [dx1('ua'), dx1('htn')], discharge: 'transfer' }).c;
  const b = pciStay(m, r.l3, { adm: add(a.dischargeDate, ri(3, 10)), n: ri(3, 4), dx: ['I25.103', dx1('htn')], pciDay: 1, stents: ri(1, 2), route: 'transfer', from: r.l2.id }).c;
  if (b.procedures.some((p) => p.code === '00.4600')) b.procedures = b.procedures.map((p) => (p.code === '00.4000' ? { code: '00.4100', date: p.date } : p));
  return [a, b];
} };
CTRL.C20 = { name: '癫痫发作住院复查脑电图及血药浓度', src: '《临床诊疗指南·癫痫病分册（2023修订版）》：发作控制评估需视频/常规脑电图复查，丙戊酸血药浓度监测', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 20, ageMax: 75 }); const adm = anyDate(); const n = ri(6, 9); const h = pick([r.l3, r.l2]);
  const c = claim(m, h, 'neurology', 'inpatient', [adm, add(adm, n)], [dx1('epi')], { route: 'emergency' });
  const ns = ward(c, { grade1: 2 }); admitLabs(c, adm); line(c, '头颅CT平扫', adm, 1); line(c, '头颅MRI平扫', add(adm, 1), 1);
  line(c, '脑电图', add(adm, 1), 1); line(c, '脑电图', add(adm, n - 1), 1); line(c, '丙戊酸血药浓度测定', add(adm, 2), 1); line(c, '丙戊酸血药浓度测定', add(adm, n - 1), 1);
  oral(c, ns, [['丙戊酸钠缓释片', 2], ['左乙拉西坦片', 2]]);
  return [c];
} };
CTRL.C21 = { name: '中重度阿尔茨海默病多奈哌齐联用美金刚', src: '《中国痴呆与认知障碍诊治指南》：中重度AD可胆碱酯酶抑制剂联合美金刚；目录美金刚限中重度AD', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 68, ageMax: 90 }); const h = r.l3; const d = anyDate('2025-01-06', '2025-10-20');
  const dx = [dx1('ad')];
  const a = visit(m, h, { date: d, dept: 'neurology', dx, tests: ['简易智能精神状态检查（MMSE）'], drugs: [['盐酸多奈哌齐片', 1], ['盐酸美金刚片', 2]], days: 28 }).c;
  const b = visit(m, h, { date: add(d, 28), dept: 'neurology', dx, drugs: [['盐酸多奈哌齐片', 1], ['盐酸美金刚片', 2]], days: 28 }).c;
  return [a, b];
} };
CTRL.C22 = { name: '急诊胸痛肌钙蛋白0/3小时复测后离院', src: '《急性胸痛急诊诊疗专家共识》：高敏肌钙蛋白0/1h或0/3h方案复测排除心梗', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 40, ageMax: 80 }); const d = anyDate(); const h = pick([r.l3, r.l2]);
  const c = visit(m, h, { date: d, ed: true, dept: 'emergency', dx: ['R07.400'], tests: ['常规心电图检查', '肌钙蛋白I测定', '心肌酶谱', 'D-二聚体测定', '血常规(五分类)'] }).c;
  line(c, '常规心电图检查', d, 1); line(c, '肌钙蛋白I测定', d, 1); line(c, '数字化X线摄影(DR)(胸部)', d, 1);
  return [c];
} };
CTRL.C23 = { name: '急性心梗住院出院前复查心脏彩超', src: '《急性ST段抬高型心肌梗死诊断和治疗指南（2019）》：入院评估及出院前复查超声评估LVEF、附壁血栓', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 50, ageMax: 82 });
  const p = pciStay(m, r.l3, { adm: anyDate(), n: ri(6, 8), dx: [dx1('stemi'), dx1('htn')], pciDay: 0, stents: 1, acute: true, ccu: 2, grade1: 1 });
  line(p.c, '心脏彩色多普勒超声', add(p.c.dischargeDate, -1), 1);
  return [p.c];
} };
CTRL.C24 = { name: '高血压伴心悸同日动态心电图与动态血压', src: '《中国高血压防治指南（2024年修订版）》诊室外血压监测；心悸评估24小时动态心电图——两项不同监测', f() {
  const r = regionPick(); const m = member({ region: r.code, ageMin: 40, ageMax: 75 }); const h = pick([r.l3, r.l2]);
  return [visit(m, h, { date: anyDate(), dx: [dx1('htn'), 'R00.200'], tests: ['动态心电图(24小时)', '动态血压监测(24小时)'], drugs: [['比索洛尔片', 1]], days: 14 }).c];
} };

// ---------- routine ----------
function routine(k) {
  const r = regionPick(); const chronicSet = r.prov === '22' ? ['I10', 'I25', 'E11', 'I69', 'G20'] : ['I10', 'I25', 'E11', 'I69'];
  const kinds = ['htnChronic', 'htnChronic', 'htnChronic', 'htnChronic', 'lipid', 'lipid', 'pharm', 'pharm', 'angina', 'angio', 'pci', 'stroke', 'stroke', 'hf', 'afWarf', 'epi', 'headache', 'pd', 'dementia', 'seqChronic'];
  const kind = kinds[k % kinds.length];
  const m = member({ region: r.code, ageMin: kind === 'epi' || kind === 'headache' ? 22 : 50, ageMax: 85, chronic: chronicSet });
  const d = anyDate();
  switch (kind) {
    case 'htnChronic': return [visit(m, pick([r.l1, r.l2]), { vt: 'chronic', date: d, dx: [dx1('htn')], drugs: [['苯磺酸氨氯地平片', 1], ...(chance(0.5) ? [['厄贝沙坦片', 1]] : [['氢氯噻嗪片', 1]])], days: 30, tests: chance(0.3) ? ['肾功能(三项)', '电解质(四项)'] : [] }).c];
    case 'lipid': return [visit(m, pick([r.l1, r.l3]), { vt: 'chronic', date: d, dx: ['I25.103', dx1('lipid')], drugs: [['阿托伐他汀钙片', 1], ['阿司匹林肠溶片', 1], ...(chance(0.3) ? [['依折麦布片', 1]] : [])], days: 30, tests: chance(0.4) ? ['血脂(四项)', '肝功能(全套)'] : [] }).c];
    case 'pharm': return [pharmacyFill(m, pick([r.ph1, r.ph2]), { date: d, dx: [dx1('htn')], drugs: [['硝苯地平控释片', 1]], days: 28 }).c];
    case 'angina': return [visit(m, r.l3, { date: d, dx: ['I25.103'], tests: ['常规心电图检查'], drugs: [['单硝酸异山梨酯缓释片', 1], ['硝酸甘油片', 0.5], ['曲美他嗪片', 3]], days: 28 }).c];
    case 'angio': return [angioStay(m, pick([r.l3, r.l2]), { adm: d, n: ri(2, 3), dx: [dx1('ua'), dx1('htn')] }).c];
    case 'pci': return [pciStay(m, r.l3, { adm: d, n: ri(4, 6), dx: [dx1('nstemi'), dx1('htn')], pciDay: 1, stents: 1, acute: true }).c];
    case 'stroke': return [strokeStay(m, pick([r.l3, r.l2]), { adm: d, n: ri(8, 12), dx: [dx1('stroke'), dx1('htn')], neuro: chance(0.5) ? { name: '依达拉奉注射液', days: ri(7, 12) } : null, rehabFrom: 3 }).c];
    case 'hf': return [hfStay(m, pick([r.l3, r.l2]), { adm: d, n: ri(6, 9), dx: [dx1('hf'), dx1('htn')] }).c];
    case 'afWarf': return [visit(m, pick([r.l3, r.l2]), { date: d, dx: [dx1('afChronic')], tests: ['凝血酶原时间测定(PT/INR)'], drugs: [['华法林钠片', 1], ['地高辛片', 1]], days: 28 }).c];
    case 'epi': return [visit(m, r.l3, { date: d, dept: 'neurology', dx: [dx1('epi')], drugs: [['丙戊酸钠缓释片', 2]], days: 28, tests: chance(0.3) ? ['丙戊酸血药浓度测定', '肝功能(全套)'] : [] }).c];
    case 'headache': return [visit(m, pick([r.l3, r.l2]), { date: d, dept: 'neurology', dx: [chance(0.6) ? dx1('migraine') : dx1('tension')], drugs: [['布洛芬缓释胶囊', 2]], days: 10 }).c];
    case 'pd': return [visit(m, r.l3, { vt: r.prov === '22' ? 'chronic' : 'outpatient', date: d, dept: 'neurology', dx: [dx1('pd')], drugs: [['多巴丝肼片', 3]], days: 28 }).c];
    case 'dementia': return [visit(m, r.l3, { date: d, dept: 'neurology', dx: [dx1('ad')], drugs: [['盐酸多奈哌齐片', 1]], days: 28 }).c];
    case 'seqChronic': return [visit(m, pick([r.l1, r.l2]), { vt: 'chronic', date: d, dx: ['I69.300', 'I10.x04'], drugs: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['苯磺酸氨氯地平片', 1]], days: 30 }).c];
  }
  throw new Error(kind);
}

// ---------- build ----------
for (const code of Object.keys(TYP)) for (let i = 0; i < 15; i++) {
  const v = variantOf(i); const res = TYP[code].f(i, v);
  addCase('fraud', code, TYP[code].name, res.claims, res.targets, res.mutated, v);
}
for (const code of Object.keys(CTRL)) for (let i = 0; i < 15; i++) { const cl = CTRL[code].f(i); addCase('control', code, CTRL[code].name, cl, cl, {}, 'legitimate'); }
for (let k = 0; k < 100; k++) { const cl = routine(k); addCase('routine', 'R', '常规诊疗', cl, cl, {}, 'routine'); }

// labelled lines must be the only ones outside the limits
const labelled = {}; for (const l of LABELS) for (const [cid, ids] of Object.entries(l.mutatedLines)) for (const id of ids) labelled[cid + ':' + id] = true;
for (const c of CLAIMS) { for (const id of c._allow) if (!labelled[c.claimId + ':' + id]) throw new Error('allowed but unlabelled ' + c.claimId + ':' + id); check(c); }

// ---------- settlement order and fund amounts ----------
const settleDate = (c) => c.dischargeDate || c.visitDate;
CLAIMS.sort((a, b) => (settleDate(a) < settleDate(b) ? -1 : settleDate(a) > settleDate(b) ? 1 : ((a.admissionDate || a.visitDate) < (b.admissionDate || b.visitDate) ? -1 : (a.admissionDate || a.visitDate) > (b.admissionDate || b.visitDate) ? 1 : (a.claimId < b.claimId ? -1 : 1))));
const merge = (a, b) => { if (!b) return a; const o = Array.isArray(a) ? a.slice() : { ...a }; for (const [k, v] of Object.entries(b)) o[k] = (v && typeof v === 'object' && !Array.isArray(v) && a && typeof a[k] === 'object') ? merge(a[k], v) : v; return o; };
const schemeOf = (c) => { const region = c.insuredRegion || c.region; const p = POL.provinces[region.slice(0, 2)]; const reg = p.regions && p.regions[region]; return merge(p.schemes, reg && reg.schemes)[c.insuranceType]; };
const used = {}; // per member: fund by bucket, deductible used, admissions
for (const c of CLAIMS) {
  const m = c._m; const u = used[m.insuredId] = used[m.insuredId] || { ip: 0, op: 0, ch: 0, opDed: 0, adm: 0 };
  let totalF = 0, policyF = 0;
  for (const it of c.items) { const f = Math.round(it.amount * 100); totalF += f; policyF += Math.round(f * (1 - shareOf(it._r))); }
  const sch = schemeOf(c); const lvl = String(c.provider.level); let fundF = 0;
  const ratioOf = (s) => Math.min((typeof s.ratio === 'object' ? s.ratio[lvl] : s.ratio) + (m.retired ? (s.retireeRatioBonus || 0) : 0), s.maxRatio || 1);
  if (c.visitType === 'inpatient') {
    const s = sch.inpatient; u.adm++;
    let ded = Math.round(s.deductible[lvl] * 100); if (u.adm > 1 && s.laterAdmissionDeductibleShare != null) ded = Math.round(ded * s.laterAdmissionDeductibleShare);
    fundF = Math.round(Math.max(0, policyF - ded) * ratioOf(s)); fundF = Math.min(fundF, Math.round(s.annualFundCap * 100) - u.ip); u.ip += fundF;
  } else if (c.visitType === 'chronic') {
    const s = sch.chronic; fundF = Math.round(Math.max(0, policyF - Math.round((s.deductible || 0) * 100)) * ratioOf(s)); fundF = Math.max(0, Math.min(fundF, Math.round(s.annualFundCap * 100) - u.ch)); u.ch += fundF;
  } else {
    const s = c.visitType === 'pharmacy' ? sch.pharmacy : sch.outpatient; const capS = sch.outpatient;
    const dedLeft = Math.max(0, Math.round(capS.deductible * 100) - u.opDed); const dedNow = Math.min(dedLeft, policyF); u.opDed += dedNow;
    fundF = Math.round((policyF - dedNow) * ratioOf(s)); fundF = Math.max(0, Math.min(fundF, Math.round(capS.annualFundCap * 100) - u.op)); u.op += fundF;
  }
  c.amounts = { total: totalF / 100, policy: policyF / 100, fundClaimed: fundF / 100 };
}

// ---------- reported groups (pass 2) ----------
if (GROUPS) {
  const g = {}; for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const x = JSON.parse(l); g[x.claimId] = x.grouping; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient') { const x = g[c.claimId]; if (!x) throw new Error('no group for ' + c.claimId); c.reportedGroup = { drg: x.drg, dip: x.dip != null ? x.dip : null }; }
}

// ---------- write ----------
fs.mkdirSync(OUT, { recursive: true });
const clean = (c) => { const o = {}; for (const [k, v] of Object.entries(c)) if (!k.startsWith('_')) o[k] = v; o.items = c.items.map((it) => { const x = {}; for (const [k, v] of Object.entries(it)) if (!k.startsWith('_')) x[k] = v; return x; }); if (c.visitType !== 'inpatient') delete o.procedures; if (c.visitType !== 'inpatient') delete o.reportedGroup; return o; };
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map((c) => JSON.stringify(clean(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const kinds = {}; for (const l of LABELS) kinds[l.kind] = (kinds[l.kind] || 0) + 1;
console.error(`blind112: ${CLAIMS.length} claims, ${LABELS.length} cases ${JSON.stringify(kinds)}${GROUPS ? ' (groups from ' + GROUPS + ')' : ' (pass 1: no groups)'}`);
