#!/usr/bin/env node
// blind100 (eyes): usage node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed 1000100. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = args[0]; if (!OUT) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base96/rules/catalogue');
const GROUPS = opt('--groups', null);
const POL = JSON.parse(fs.readFileSync(path.join(path.dirname(CAT), 'benefits', 'policies.json'), 'utf8'));

// ---------- rng ----------
let s0 = 1000100 >>> 0;
function rnd() { s0 = (s0 + 0x6D2B79F5) >>> 0; let t = s0; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const ROWS = {}; const BYNAME = {};
for (const f of fs.readdirSync(CAT)) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) { ROWS[r.code] = r; BYNAME[r.name] = r; }
}
function row(name) { const r = BYNAME[name]; if (!r) throw new Error('no catalogue row ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const fmt = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return fmt(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const randDate = (from = '2025-01-06', to = '2025-11-20') => add(from, ri(0, diff(from, to)));

// ---------- regions, institutions, doctors ----------
const REGIONS = { '220100': '22', '230100': '23', '370100': '37' };
const INST = {}; // id -> {id, region, level, kind, name}
const KINDS = [
  ['01', 3, 'public-l3', '市第一人民医院（三甲综合，眼科）'],
  ['02', 3, 'public-eye', '市眼科医院（公立三级眼科专科）'],
  ['03', 2, 'private-eye', '民营连锁眼科医院（二级专科）'],
  ['04', 2, 'county-l2', '县人民医院（二级综合）'],
  ['05', 1, 'community', '社区卫生服务中心'],
  ['06', 1, 'optometry', '民营视光门诊部'],
  ['07', 1, 'pharmacy', '定点零售药店A'],
  ['08', 1, 'pharmacy', '定点零售药店B'],
  ['09', 1, 'pharmacy', '定点零售药店C'],
];
for (const r of Object.keys(REGIONS)) for (const [n, level, kind, name] of KINDS) { const id = 'H' + r + n; INST[id] = { id, region: r, level, kind, name }; }
const inst = (r, kind, k = 0) => Object.values(INST).filter(i => i.region === r && i.kind === kind)[k] || Object.values(INST).find(i => i.region === r && i.kind === kind);
const DOCS = {};
function doctor(h, dept) { const k = h.id + dept; if (!DOCS[k]) { const base = h.id.slice(1) + { ophthalmology: 'Y', emergency: 'J', optometry: 'S', general: 'Q', pharmacy: 'Y' }[dept]; DOCS[k] = [base + '01', base + '02', base + '03']; } return pick(DOCS[k]); }
// IOL usual price by institution (集采 lens prices)
const IOLPRICE = { 'public-l3': 680, 'public-eye': 720, 'private-eye': 760, 'county-l2': 580 };

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  memberSeq++;
  const age = o.age != null ? o.age : ri(55, 80);
  const gender = o.gender || pick(['M', 'F']);
  const scheme = o.scheme || (rnd() < 0.5 ? 'resident' : 'employee');
  const by = 2025 - age; const bd = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const retired = scheme === 'employee' && age >= (gender === 'M' ? 60 : 55);
  const region = o.region || pick(Object.keys(REGIONS));
  return {
    id: 'P100' + String(memberSeq).padStart(6, '0'), age, gender, scheme, birthDate: bd, retired, region,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: scheme === 'employee' ? (retired ? ri(31, 40) : ri(3, 29)) : ri(3, 15), special: null },
    insuredRegion: o.insuredRegion || null, ytd: {},
  };
}
const ageAt = (m, date) => { const b = D(m.birthDate), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- claims ----------
const CLAIMS = []; let claimSeq = 0;
function claim(m, h, dept, visitType, dates, diagnoses, o = {}) {
  claimSeq++;
  const c = {
    claimId: `${h.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`, region: h.region, insuranceType: m.scheme, visitType,
    patient: { insuredId: m.id, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: m.enrollment,
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: o.doctorId || doctor(h, dept === 'pharmacy' ? 'ophthalmology' : dept) },
  };
  if (m.insuredRegion) c.insuredRegion = m.insuredRegion;
  if (visitType === 'inpatient') { c.admissionDate = dates[0]; c.dischargeDate = dates[1]; c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.dmode || 'ordered'; if (o.transferFrom) c.transferFromHospitalId = o.transferFrom; }
  else c.visitDate = dates[0];
  c.diagnoses = diagnoses.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  if (visitType === 'inpatient') { c.procedures = (o.procedures || []); c.reportedGroup = { drg: null, dip: null }; }
  c.items = [];
  c._m = m; c._h = h; c._mut = [];
  CLAIMS.push(c); return c;
}
// add a line; price defaults to the row's cap at the level (public price list), drugs at the cap
function line(c, name, date, qty, o = {}) {
  const r = row(name); const lvl = String(c.provider.level);
  let unit = o.price != null ? o.price : r.priceCap[lvl];
  if (o.factor) unit = Math.round(unit * o.factor * 100) / 100;
  const unitFen = Math.round(unit * 100);
  const it = { lineId: String(c.items.length + 1), code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date, quantity: qty, unitPrice: unitFen / 100, amount: (unitFen * qty) / 100 };
  if (o.long) it.longPrescription = true;
  it._row = r; it._ok = !!o.fraud; it._fen = unitFen * qty;
  c.items.push(it); if (o.fraud) c._mut.push(it.lineId);
  return it.lineId;
}
// check every line against its row's formal limits (throws unless the line is a labelled fraud line)
function check(c) {
  const perDay = {}, days = {};
  const setting = c.visitType === 'inpatient' ? 'inpatient' : 'outpatient';
  for (const it of c.items) {
    const r = it._row; const bad = [];
    if (r.setting && r.setting !== setting) bad.push('setting');
    if (r.minLevel && c.provider.level < r.minLevel) bad.push('minLevel');
    if (r.gender && r.gender !== c.patient.gender) bad.push('gender');
    const age = ageAt(c._m, it.date);
    if (r.ageMin != null && age < r.ageMin) bad.push('ageMin');
    if (r.ageMax != null && age > r.ageMax) bad.push('ageMax');
    if (r.indications && !c.diagnoses.some(d => r.indications.some(p => d.code.startsWith(p)))) bad.push('indications');
    if (it.unitPrice > r.priceCap[String(c.provider.level)] + 1e-9) bad.push('priceCap');
    const k = r.code + '|' + it.date; perDay[k] = (perDay[k] || 0) + it.quantity;
    if (r.maxPerDay != null && perDay[k] > r.maxPerDay) bad.push('maxPerDay');
    (days[r.code] = days[r.code] || new Set()).add(it.date);
    if (r.maxDays != null && days[r.code].size > r.maxDays) bad.push('maxDays');
    if (c.visitType === 'inpatient' && (it.date < c.admissionDate || it.date > c.dischargeDate)) bad.push('date outside stay');
    if (c.visitType !== 'inpatient' && it.date !== c.visitDate) bad.push('date');
    if (c.visitType === 'pharmacy' && r.category !== 'drug') bad.push('pharmacy non-drug');
    if (bad.length && !it._ok) throw new Error(`${c.claimId} line ${it.lineId} ${it.name}: ${bad.join(',')}`);
  }
}
// fund: policies.json (deductible, ratio by level, retiree bonus, caps); outpatient/pharmacy deductibles and caps per year tracked per member
function settle(c) {
  const m = c._m; const prov = REGIONS[c.insuredRegion || c.region] || REGIONS[c.region];
  const sch = POL.provinces[prov].schemes[c.insuranceType][c.visitType];
  let totalFen = 0, policyFen = 0;
  for (const it of c.items) { totalFen += it._fen; policyFen += Math.round(it._fen * (1 - it._row.selfPayShare)); }
  const lvl = String(c.provider.level);
  let fundFen;
  const ratio = Math.min((sch.ratio[lvl] != null ? sch.ratio[lvl] : sch.ratio) + (m.retired ? sch.retireeRatioBonus || 0 : 0), sch.maxRatio || 1);
  if (c.visitType === 'inpatient') {
    const ded = Math.round((sch.deductible[lvl] != null ? sch.deductible[lvl] : sch.deductible) * 100);
    fundFen = Math.round(Math.max(0, policyFen - ded) * ratio);
  } else {
    const y = m.ytd[c.visitType] || (m.ytd[c.visitType] = { dedLeft: Math.round((sch.deductible || 0) * 100), paid: 0 });
    const take = Math.min(y.dedLeft, policyFen); y.dedLeft -= take;
    fundFen = Math.round((policyFen - take) * ratio);
    fundFen = Math.max(0, Math.min(fundFen, Math.round(sch.annualFundCap * 100) - y.paid)); y.paid += fundFen;
  }
  c.amounts = { total: totalFen / 100, policy: policyFen / 100, fundClaimed: fundFen / 100 };
}

// ---------- building blocks ----------
const nights = (a, b) => { const out = []; for (let d = a; d < b; d = add(d, 1)) out.push(d); return out; };
function ward(c, o = {}) { // per night: bed, 住院诊查费, nursing
  const ns = nights(c.admissionDate, c.dischargeDate); const ids = [];
  ns.forEach((d, i) => {
    const fr = o.fraudFrom && d >= o.fraudFrom;
    ids.push(line(c, o.bed || '普通病房床位费(三人间)', d, 1, { fraud: fr }));
    ids.push(line(c, '住院诊查费', d, 1, { fraud: fr }));
    ids.push(line(c, (o.nurse1 && i === 0) ? 'Ⅰ级护理' : (o.nurse || 'Ⅱ级护理'), d, 1, { fraud: fr }));
  });
  return ids;
}
function preop(c, d, o = {}) {
  const ids = [];
  for (const n of ['血常规(五分类)', '凝血四项', '术前八项(感染筛查)', '空腹血糖测定', '常规心电图检查', '尿常规'])
    if (!o.only || o.only.includes(n)) ids.push(line(c, n, d, 1, { fraud: o.fraud }));
  ids.push(line(c, '静脉采血', d, 1, { fraud: o.fraud }));
  return ids;
}
function eyeExam(c, d, o = {}) { const ids = [line(c, '裂隙灯检查', d, 1, { fraud: o.fraud })]; if (o.fundus !== false) ids.push(line(c, '眼底检查', d, 1, { fraud: o.fraud })); return ids; }
function phaco(c, d, o = {}) {
  const h = c._h; const ids = [];
  ids.push(line(c, '白内障超声乳化摘除+人工晶体植入术', d, o.qty || 1, { fraud: o.fraud }));
  ids.push(line(c, '人工晶状体', d, o.qty || 1, { price: o.iolPrice || IOLPRICE[h.kind], fraud: o.fraud || o.iolFraud }));
  ids.push(line(c, '眼科粘弹剂', d, o.visco || 1, { fraud: o.fraud || o.viscoFraud }));
  ids.push(line(c, '一次性使用注射器(5ml)', d, 2));
  if (!o.noProc) c.procedures.push({ code: '13.4100x001', date: d }, { code: '13.7100x001', date: d });
  return ids;
}
function opVisit(c, d, o = {}) { // outpatient consultation line
  const h = c._h;
  if (o.emergency) return line(c, '急诊诊察费', d, 1);
  if (h.kind === 'community') return line(c, '一般诊疗费', d, 1, { fraud: o.fraud });
  if (h.level >= 2 && (o.senior || rnd() < 0.35)) return line(c, '副主任医师门诊诊察费', d, 1, { fraud: o.fraud });
  return line(c, '普通门诊诊察费', d, 1, { fraud: o.fraud });
}
const CAT_DX = ['H25.100', 'H25.900', 'H25.800x002', 'H25.001', 'H25.100'];
const COMORB = () => (rnd() < 0.35 ? ['I10.x00x002'] : []);
// an ordinary cataract stay: admit day 0 (work-up), surgery day 1, discharge day 1+post (post nights)
function cataractStay(m, h, start, o = {}) {
  const post = o.post != null ? o.post : 1;
  const surg = add(start, o.surgDay != null ? o.surgDay : 1);
  const dis = add(surg, post);
  const dx = [o.dx || pick(CAT_DX), ...(o.extraDx || COMORB())];
  const c = claim(m, h, 'ophthalmology', 'inpatient', [start, dis], dx, { route: o.route, procedures: [] });
  ward(c, { nurse1: o.nurse1, fraudFrom: o.fraudFrom });
  if (!o.noPreop) preop(c, start);
  eyeExam(c, start);
  if (!o.noBiometry) line(c, '眼科A超(生物测量)', start, 1);
  line(c, '左氧氟沙星滴眼液', start, 1);
  const ph = phaco(c, surg, o.phaco || {});
  for (let d = add(surg, 1); d <= dis; d = add(d, 1)) { if (o.sparse && d >= o.fraudFrom && d !== dis) continue; line(c, '裂隙灯检查', d, 1, { fraud: !!(o.fraudFrom && d >= o.fraudFrom && d !== dis) }); }
  if (dx.includes('I10.x00x002')) line(c, '苯磺酸氨氯地平片', start, post + 2);
  line(c, '妥布霉素地塞米松滴眼液', dis, o.tobra || 1, { fraud: o.dischargeFraud });
  c._surg = surg; c._ph = ph;
  return c;
}
function simpleVisit(m, h, d, dx, o = {}) {
  const c = claim(m, h, o.dept || 'ophthalmology', 'outpatient', [d], dx);
  opVisit(c, d, o);
  return c;
}
function pharmacyBuy(m, h, d, dx, drugs, o = {}) {
  const c = claim(m, h, 'pharmacy', 'pharmacy', [d], dx, { doctorId: o.doctorId });
  for (const [n, q] of drugs) line(c, n, d, q, { factor: o.factor || 0.95, fraud: o.fraud, long: o.long });
  return c;
}

// ---------- labels ----------
const LABELS = []; let caseSeq = 0;
function label(kind, code, name, claims, targets, variant) {
  caseSeq++;
  const mut = {};
  if (kind === 'fraud') for (const c of targets) if (c._mut.length) mut[c.claimId] = c._mut.slice();
  LABELS.push({ caseId: 'B100-' + String(caseSeq).padStart(4, '0'), kind, code, name, claimIds: claims.map(c => c.claimId), targets: targets.map(c => c.claimId), mutatedLines: mut, typology: code, variant });
}
const regionOf = (i) => Object.keys(REGIONS)[i % 3];
const variantOf = (i) => (i % 3 === 2 ? 'careful' : 'overt');
const cataractHosp = (r, i) => inst(r, ['public-l3', 'public-eye', 'private-eye', 'county-l2'][i % 4]);

// =====================================================================================
// FRAUD TYPOLOGIES
// =====================================================================================
const T = {};
T.T01 = ['早期白内障（未达手术指征）施行超声乳化手术', (i, v) => {
  const r = regionOf(i); const m = member({ age: ri(52, 66), region: r }); const h = inst(r, i % 2 ? 'private-eye' : 'public-eye');
  const st = randDate(); const pre = add(st, -ri(7, 20));
  const o = simpleVisit(m, h, pre, [v === 'overt' ? 'H25.000' : 'H25.000x007', 'H52.100']); eyeExam(o, pre); line(o, '眼科A超(生物测量)', pre, 1);
  const c = cataractStay(m, h, st, { dx: v === 'overt' ? pick(['H25.000', 'H25.000x007', 'H25.000x005']) : 'H25.900', noBiometry: true, phaco: { fraud: true }, extraDx: [] });
  return [[o, c], [c]];
}];
T.T02 = ['筛查车招揽老年患者住院并捆绑与白内障无关的检查', (i, v) => {
  const r = regionOf(i); const m = member({ age: ri(68, 84), scheme: 'resident', region: r }); const h = inst(r, 'private-eye');
  const st = add('2025-03-10', 14 * Math.floor(i / 3) + (i % 3) * 3);
  const c = cataractStay(m, h, st, { route: 'other', post: 2, extraDx: ['I10.x00x002'] });
  const tests = v === 'overt' ? ['头颅CT平扫', '胸部CT平扫', '心脏彩色多普勒超声', '颈部血管彩色多普勒超声', '腹部B超', '肝功能(全套)', '血脂(四项)'] : ['心脏彩色多普勒超声', '颈部血管彩色多普勒超声', '血脂(四项)'];
  for (const t of tests) line(c, t, c.admissionDate, 1, { fraud: true });
  return [[c], [c]];
}];
T.T03 = ['单眼手术按双眼计费（手术、晶体、粘弹剂重复）', (i, v) => {
  const r = regionOf(i); const m = member({ region: r }); const h = cataractHosp(r, i);
  const st = randDate();
  if (v === 'overt') {
    const c = cataractStay(m, h, st, { phaco: { qty: 2, fraud: true } });
    return [[c], [c]];
  }
  const c = cataractStay(m, h, st, { post: 2 });
  const d2 = add(c._surg, 1);
  line(c, '白内障超声乳化摘除+人工晶体植入术', d2, 1, { fraud: true });
  line(c, '人工晶状体', d2, 1, { price: IOLPRICE[h.kind], fraud: true });
  line(c, '眼科粘弹剂', d2, 1, { fraud: true });
  return [[c], [c]];
}];
T.T04 = ['集采人工晶体按高价晶体计费', (i, v) => {
  const r = regionOf(i); const m = member({ region: r }); const h = cataractHosp(r, i);
  const price = v === 'overt' ? pick([2680, 3280, 3880, 4280]) : 1200;
  const c = cataractStay(m, h, randDate(), { phaco: { iolPrice: price, iolFraud: true } });
  return [[c], [c]];
}];
T.T05 = ['日间白内障手术后挂床住院', (i, v) => {
  const r = regionOf(i); const m = member({ age: ri(65, 82), region: r }); const h = inst(r, i % 2 ? 'private-eye' : 'county-l2');
  const st = randDate(); const post = v === 'overt' ? ri(7, 10) : ri(4, 5);
  const c = cataractStay(m, h, st, { post, fraudFrom: add(st, 3), sparse: v === 'overt' });
  if (v === 'careful') for (let d = add(st, 3); d < c.dischargeDate; d = add(d, 1)) line(c, '玻璃酸钠滴眼液', d, 1, { fraud: true });
  return [[c], [c]];
}];
T.T06 = ['眼表/可疑青光眼低标准入院', (i, v) => {
  const r = regionOf(i); const m = member({ age: ri(45, 78), region: r }); const h = inst(r, i % 2 ? 'private-eye' : 'county-l2');
  const st = randDate(); const n = ri(3, 5); const dis = add(st, n);
  if (v === 'overt') {
    const c = claim(m, h, 'ophthalmology', 'inpatient', [st, dis], [pick(['H04.103', 'H10.400', 'H04.101'])], { procedures: [] });
    ward(c, { nurse: 'Ⅲ级护理' }); line(c, '血常规(五分类)', st, 1); line(c, '静脉采血', st, 1);
    for (const d of nights(st, dis)) line(c, '裂隙灯检查', d, 1);
    line(c, '玻璃酸钠滴眼液', st, 1); line(c, '左氧氟沙星滴眼液', st, 1);
    return [[c], [c]];
  }
  const c = claim(m, h, 'ophthalmology', 'inpatient', [st, dis], ['H40.000', 'H52.100'], { procedures: [] });
  ward(c, { nurse: 'Ⅲ级护理' }); preop(c, st, { only: ['血常规(五分类)', '空腹血糖测定'] });
  for (const d of nights(st, dis)) eyeExam(c, d);
  line(c, '马来酸噻吗洛尔滴眼液', st, 1);
  return [[c], [c]];
}];
T.T07 = ['眼科检查逐次重复而诊疗方案不变（过度检查）', (i, v) => {
  const r = regionOf(i); const m = member({ age: ri(58, 76), scheme: 'resident', region: r }); const h = inst(r, 'private-eye');
  let d = randDate('2025-01-06', '2025-06-30'); const n = v === 'overt' ? 8 : 6; const cs = [];
  const dx = pick([['H25.000'], ['H52.100', 'H25.000'], ['H35.300x010']]);
  for (let k = 0; k < n; k++) {
    const c = simpleVisit(m, h, d, dx, { senior: true }); const fr = k >= 1;
    line(c, '裂隙灯检查', d, 1, { fraud: fr && v === 'overt' }); line(c, '眼底检查', d, 1, { fraud: fr });
    if (v === 'overt' || k % 2 === 1) line(c, '眼科A超(生物测量)', d, 1, { fraud: fr });
    if (k === 0) line(c, '玻璃酸钠滴眼液', d, 1);
    cs.push(c); d = add(d, v === 'overt' ? ri(10, 14) : ri(26, 32));
  }
  return [cs, cs.slice(1)];
}];
T.T08 = ['视光门诊近视防控（角膜塑形镜复查）串换为医保眼病诊疗', (i, v) => {
  const r = regionOf(i); const m = member({ age: ri(8, 13), scheme: 'resident', region: r }); const h = inst(r, 'optometry');
  let d = randDate('2025-01-06', '2025-06-30'); const cs = [];
  for (let k = 0; k < 5; k++) {
    const c = claim(m, h, 'optometry', 'outpatient', [d], v === 'overt' ? ['H52.100'] : ['H04.103', 'H52.100']);
    opVisit(c, d); eyeExam(c, d, { fraud: true, fundus: k % 2 === 0 }); line(c, '玻璃酸钠滴眼液', d, 2, { fraud: true });
    cs.push(c); d = add(d, ri(28, 35));
  }
  return [cs, cs];
}];
T.T09 = ['滴眼液跨医院、跨药店重复购药囤积', (i, v) => {
  const r = regionOf(i); const m = member({ age: ri(60, 78), region: r }); const h = inst(r, 'public-l3');
  const glaucoma = i % 2 === 0; const dx = glaucoma ? ['H40.100'] : ['H04.103']; const drug = glaucoma ? '马来酸噻吗洛尔滴眼液' : '玻璃酸钠滴眼液';
  const d0 = randDate('2025-02-01', '2025-09-30'); const cs = []; const tg = [];
  const o = simpleVisit(m, h, d0, dx); eyeExam(o, d0, { fundus: glaucoma }); line(o, drug, d0, v === 'overt' ? 4 : 2); cs.push(o);
  const ph = [inst(r, 'pharmacy', 0), inst(r, 'pharmacy', 1), inst(r, 'pharmacy', 2)];
  const buys = v === 'overt' ? [[2, 4, 0], [4, 4, 1], [7, 4, 2], [9, 4, 0]] : [[9, 2, 0], [17, 3, 1], [26, 2, 2], [33, 3, 0], [41, 2, 1]];
  for (const [off, q, k] of buys) { const c = pharmacyBuy(m, ph[k], add(d0, off), dx, [[drug, q]], { fraud: true, doctorId: o.provider.doctorId }); cs.push(c); tg.push(c); }
  return [cs, tg];
}];
T.T10 = ['住院期间医保卡在门诊或药店另行结算', (i, v) => {
  const r = regionOf(i); const m = member({ region: r }); const h = inst(r, i % 2 ? 'public-l3' : 'county-l2');
  const st = randDate(); const c = cataractStay(m, h, st, { post: 2 });
  const d = add(st, ri(1, 2));
  let x;
  if (v === 'overt') { x = simpleVisit(m, inst(r, 'community'), d, ['I10.x00x002', 'E11.900'], { dept: 'general' }); line(x, '苯磺酸氨氯地平片', d, 28); line(x, '盐酸二甲双胍片', d, 84); }
  else x = pharmacyBuy(m, inst(r, 'pharmacy', i % 3), d, ['H04.103'], [['玻璃酸钠滴眼液', 2], ['左氧氟沙星滴眼液', 1]]);
  return [[c, x], [x]];
}];
T.T11 = ['术前检查单独住院后再次入院手术（分解住院）', (i, v) => {
  const r = regionOf(i); const m = member({ region: r }); const h = cataractHosp(r, i);
  const st = randDate('2025-01-06', '2025-11-01'); const dx = pick(CAT_DX);
  const n1 = v === 'overt' ? ri(2, 3) : ri(3, 4);
  const a = claim(m, h, 'ophthalmology', 'inpatient', [st, add(st, n1)], v === 'overt' ? [dx] : [dx, 'I10.x00x002'], { procedures: [] });
  ward(a); preop(a, st); eyeExam(a, st); line(a, '眼科A超(生物测量)', add(st, 1), 1); line(a, '左氧氟沙星滴眼液', st, 1);
  if (v === 'careful') { line(a, '苯磺酸氨氯地平片', st, n1 + 1); for (let d = add(st, 1); d < a.dischargeDate; d = add(d, 1)) line(a, '无创血压监测', d, 4); }
  const st2 = add(a.dischargeDate, v === 'overt' ? ri(1, 2) : ri(5, 8));
  const b = cataractStay(m, h, st2, { dx, surgDay: 0, post: 1, noPreop: true, noBiometry: true, extraDx: v === 'overt' ? [] : ['I10.x00x002'] });
  return [[a, b], [a, b]];
}];
T.T12 = ['眼科粘弹剂及手术耗材虚记多记', (i, v) => {
  const r = regionOf(i); const m = member({ region: r }); const h = cataractHosp(r, i);
  const c = cataractStay(m, h, randDate(), { dx: 'H25.100', phaco: { visco: v === 'overt' ? 3 : 2, viscoFraud: true } });
  if (v === 'careful') line(c, '可吸收缝线', c._surg, 2, { fraud: true });
  else line(c, '一次性使用注射器(5ml)', c._surg, 6, { fraud: true });
  return [[c], [c]];
}];
T.T13 = ['白内障手术高套为玻璃体切除术编码（高套分组）', (i, v) => {
  const r = regionOf(i); const m = member({ region: r }); const h = cataractHosp(r, i);
  const c = cataractStay(m, h, randDate(), { dx: v === 'overt' ? 'H25.100' : 'H26.100x002', phaco: { noProc: true } });
  const d = c._surg;
  c.procedures = v === 'overt' ? [{ code: '14.7401', date: d }, { code: '13.4100x001', date: d }, { code: '13.7100x001', date: d }]
    : [{ code: '14.7300x001', date: d }, { code: '13.4100x001', date: d }, { code: '13.7100x001', date: d }];
  if (v === 'overt') c.diagnoses.push({ code: 'H43.100' });
  return [[c], [c]];
}];
T.T14 = ['门诊术前检查入院后重复检查收费', (i, v) => {
  const r = regionOf(i); const m = member({ region: r }); const h = cataractHosp(r, i);
  const st = randDate('2025-01-20', '2025-11-20'); const pre = add(st, -ri(1, 5)); const dx = pick(CAT_DX);
  const o = simpleVisit(m, h, pre, [dx]); preop(o, pre); eyeExam(o, pre); line(o, '眼科A超(生物测量)', pre, 1);
  const c = cataractStay(m, h, st, { dx, noPreop: true, noBiometry: v === 'careful', extraDx: [] });
  if (v === 'overt') { preop(c, st, { fraud: true }); c.items.filter(x => x.name === '眼科A超(生物测量)').forEach(x => { x._ok = true; c._mut.push(x.lineId); }); }
  else preop(c, st, { only: ['凝血四项', '术前八项(感染筛查)'], fraud: true });
  return [[o, c], [c]];
}];
T.T15 = ['白内障出院带药超量（多种滴眼液多支）', (i, v) => {
  const r = regionOf(i); const m = member({ region: r }); const h = cataractHosp(r, i);
  const q = v === 'overt' ? ri(5, 6) : 3;
  const c = cataractStay(m, h, randDate(), { tobra: q, dischargeFraud: true });
  line(c, '左氧氟沙星滴眼液', c.dischargeDate, q, { fraud: true }); line(c, '玻璃酸钠滴眼液', c.dischargeDate, q, { fraud: true });
  return [[c], [c]];
}];

// =====================================================================================
// CONTROLS (legitimate, uncommon; closest look-alikes)
// =====================================================================================
const C = {};
C.C01 = ['双眼白内障间隔数周先后手术', (i) => {
  const r = regionOf(i); const m = member({ age: ri(66, 82), region: r }); const h = cataractHosp(r, i);
  const st = randDate('2025-01-06', '2025-09-30'); const a = cataractStay(m, h, st, { dx: 'H25.100' });
  const v1 = simpleVisit(m, h, add(a.dischargeDate, 6), ['H25.100']); eyeExam(v1, v1.visitDate);
  const b = cataractStay(m, h, add(a.dischargeDate, ri(14, 35)), { dx: 'H25.100', noBiometry: true });
  return [a, v1, b];
}];
C.C02 = ['成熟期/致密核白内障复杂超声乳化（两支粘弹剂、延长一日观察）', (i) => {
  const r = regionOf(i); const m = member({ age: ri(70, 86), region: r }); const h = inst(r, i % 2 ? 'public-eye' : 'public-l3');
  const c = cataractStay(m, h, randDate(), { dx: pick(['H25.002', 'H25.200', 'H25.004']), extraDx: i % 3 ? ['H40.102'] : [], post: 2, phaco: { visco: 2 } });
  line(c, '妥布霉素地塞米松滴眼液', c._surg, 1);
  return [c];
}];
C.C03 = ['2型糖尿病性白内障（有降糖治疗与血糖监测）', (i) => {
  const r = regionOf(i); const m = member({ age: ri(58, 78), region: r }); const h = cataractHosp(r, i);
  const c = cataractStay(m, h, randDate(), { dx: 'E11.302+H28.0*', extraDx: ['E11.900'], post: 2 });
  line(c, '糖化血红蛋白测定', c.admissionDate, 1); line(c, '盐酸二甲双胍片', c.admissionDate, 9);
  for (const d of nights(c.admissionDate, c.dischargeDate)) { line(c, '血糖监测(快速)', d, 4); line(c, '血糖试纸', d, 4); }
  return [c];
}];
C.C04 = ['急性闭角型青光眼急性发作急诊降眼压后住院', (i) => {
  const r = regionOf(i); const m = member({ age: ri(55, 78), gender: i % 4 ? 'F' : 'M', region: r }); const h = inst(r, i % 2 ? 'public-eye' : 'public-l3');
  const d0 = randDate(); const dx = ['H40.200x006'];
  const e = claim(m, h, 'emergency', 'outpatient', [d0], dx); opVisit(e, d0, { emergency: true }); eyeExam(e, d0, { fundus: false });
  line(e, '甘露醇注射液', d0, 1); line(e, '静脉输液(第一组)', d0, 1); line(e, '一次性使用输液器', d0, 1); line(e, '马来酸噻吗洛尔滴眼液', d0, 1);
  const n = ri(3, 5); const c = claim(m, h, 'ophthalmology', 'inpatient', [d0, add(d0, n)], dx, { route: 'emergency', procedures: [] });
  ward(c, { nurse1: true }); preop(c, d0, { only: ['血常规(五分类)', '电解质(四项)', '肾功能(三项)', '空腹血糖测定', '常规心电图检查'] }); line(c, '电解质(四项)', d0, 1); line(c, '肾功能(三项)', d0, 1);
  nights(d0, add(d0, n)).forEach((d, k) => { eyeExam(c, d, { fundus: k === n - 1 }); if (k < 3) { line(c, '甘露醇注射液', d, 2); line(c, '静脉输液(第一组)', d, 1); line(c, '一次性使用输液器', d, 1); } });
  line(c, '一次性使用静脉留置针', d0, 1); line(c, '静脉留置针置管', d0, 1); line(c, '马来酸噻吗洛尔滴眼液', d0, 1);
  return [e, c];
}];
C.C05 = ['原发性开角型青光眼频繁随访（眼压控制欠佳期）', (i) => {
  const r = regionOf(i); const m = member({ age: ri(50, 75), scheme: 'resident', region: r }); const h = inst(r, i % 2 ? 'public-eye' : 'public-l3');
  let d = randDate('2025-01-06', '2025-05-30'); const cs = [];
  for (let k = 0; k < 6; k++) { const c = simpleVisit(m, h, d, ['H40.100']); eyeExam(c, d, { fundus: k % 2 === 0 }); if (k % 3 === 0) line(c, '马来酸噻吗洛尔滴眼液', d, 3, { long: true }); cs.push(c); d = add(d, k < 3 ? ri(12, 16) : ri(28, 35)); }
  return cs;
}];
C.C06 = ['青光眼长处方与药店按期续购滴眼液', (i) => {
  const r = regionOf(i); const m = member({ age: ri(55, 80), region: r }); const h = inst(r, 'public-l3');
  let d = randDate('2025-01-06', '2025-04-30'); const cs = [];
  const o = simpleVisit(m, h, d, ['H40.100']); eyeExam(o, d); line(o, '马来酸噻吗洛尔滴眼液', d, 3, { long: true }); cs.push(o);
  for (let k = 0; k < 3; k++) { d = add(d, ri(80, 90)); if (d > '2025-12-20') break; cs.push(pharmacyBuy(m, inst(r, 'pharmacy', k % 2), d, ['H40.100'], [['马来酸噻吗洛尔滴眼液', 3]], { long: true, doctorId: o.provider.doctorId })); }
  return cs;
}];
C.C07 = ['儿童弱视定期复查（视光与眼科门诊）', (i) => {
  const r = regionOf(i); const m = member({ age: ri(4, 8), scheme: 'resident', region: r }); const h = inst(r, i % 2 ? 'public-eye' : 'public-l3');
  let d = randDate('2025-01-06', '2025-05-30'); const cs = [];
  for (let k = 0; k < 4; k++) { const c = claim(m, h, 'ophthalmology', 'outpatient', [d], [pick(['H53.002', 'H53.000x005', 'H53.001']), ...(k ? [] : ['H52.000'])]); opVisit(c, d); eyeExam(c, d, { fundus: k % 2 === 0 }); cs.push(c); d = add(d, ri(55, 70)); }
  return cs;
}];
C.C08 = ['儿童急性细菌性结膜炎', (i) => {
  const r = regionOf(i); const m = member({ age: ri(3, 12), scheme: 'resident', region: r }); const h = inst(r, pick(['community', 'public-l3', 'county-l2']));
  const d = randDate(); const c = simpleVisit(m, h, d, ['H10.901'], { dept: h.kind === 'community' ? 'general' : 'ophthalmology' });
  if (h.kind !== 'community') eyeExam(c, d, { fundus: false }); line(c, '左氧氟沙星滴眼液', d, 1);
  const cs = [c]; if (i % 3 === 0) { const f = simpleVisit(m, h, add(d, 4), ['H10.901'], { dept: c.provider.department }); if (h.kind !== 'community') eyeExam(f, f.visitDate, { fundus: false }); cs.push(f); }
  return cs;
}];
C.C09 = ['高龄合并冠心病心衰白内障术前心脏评估与会诊', (i) => {
  const r = regionOf(i); const m = member({ age: ri(80, 92), scheme: 'employee', region: r }); const h = inst(r, 'public-l3');
  const c = cataractStay(m, h, randDate(), { dx: 'H25.100', extraDx: ['I25.103', 'I50.900x007', 'I10.x00x002'], post: 2 });
  const d = c.admissionDate; line(c, '心脏彩色多普勒超声', d, 1); line(c, 'B型钠尿肽(BNP)测定', d, 1); line(c, '院内会诊', d, 1); line(c, '电解质(四项)', d, 1); line(c, '肾功能(三项)', d, 1);
  line(c, '酒石酸美托洛尔片', d, 6); line(c, '呋塞米片', d, 3);
  return [c];
}];
C.C10 = ['白内障术后感染性眼内炎再入院', (i) => {
  const r = regionOf(i); const m = member({ age: ri(62, 82), region: r }); const h = inst(r, i % 2 ? 'public-eye' : 'public-l3');
  const a = cataractStay(m, h, randDate('2025-01-06', '2025-10-15'), { dx: 'H25.100' });
  const st = add(a.dischargeDate, ri(3, 7)); const n = ri(6, 9);
  const e = claim(m, h, 'ophthalmology', 'inpatient', [st, add(st, n)], ['H44.000x002', 'Z96.100'], { route: 'emergency', procedures: [] });
  ward(e, { nurse1: true }); preop(e, st, { only: ['血常规(五分类)', 'C反应蛋白测定'] }); line(e, 'C反应蛋白测定', st, 1); line(e, '细菌培养及药敏', st, 1);
  nights(st, add(st, n)).forEach((d, k) => { eyeExam(e, d, { fundus: k % 2 === 0 }); line(e, '注射用头孢他啶', d, 2); line(e, '氯化钠注射液', d, 2); line(e, '静脉输液(第一组)', d, 1); line(e, '静脉输液(每增加一组)', d, 1); line(e, '一次性使用输液器', d, 2); if (k < 3) line(e, '地塞米松磷酸钠注射液', d, 1); });
  line(e, '左氧氟沙星滴眼液', st, 2); line(e, '妥布霉素地塞米松滴眼液', st, 1);
  return [a, e];
}];
C.C11 = ['白内障术后规范随访（术后1周、1月、3月）', (i) => {
  const r = regionOf(i); const m = member({ region: r }); const h = cataractHosp(r, i);
  const a = cataractStay(m, h, randDate('2025-01-06', '2025-08-30'), { dx: 'H25.100' }); const cs = [a];
  for (const off of [7, 30, 90]) { const d = add(a.dischargeDate, off + ri(-1, 2)); const c = simpleVisit(m, h, d, ['Z96.100']); eyeExam(c, d, { fundus: off !== 7 }); if (off === 7) line(c, '妥布霉素地塞米松滴眼液', d, 1); cs.push(c); }
  return cs;
}];
C.C12 = ['青壮年外伤性白内障超声乳化', (i) => {
  const r = regionOf(i); const m = member({ age: ri(22, 45), gender: i % 5 ? 'M' : 'F', scheme: 'employee', region: r }); const h = inst(r, i % 2 ? 'public-eye' : 'public-l3');
  const st = randDate(); const e = claim(m, h, 'emergency', 'outpatient', [add(st, -ri(10, 40))], ['S05.100x004']); opVisit(e, e.visitDate, { emergency: true }); eyeExam(e, e.visitDate); line(e, '妥布霉素地塞米松滴眼液', e.visitDate, 1);
  const c = cataractStay(m, h, st, { dx: 'H26.100', extraDx: [] });
  return [e, c];
}];
C.C13 = ['中年并发性/老年前期白内障（葡萄膜炎、高度近视）', (i) => {
  const r = regionOf(i); const m = member({ age: ri(42, 55), region: r }); const h = inst(r, i % 2 ? 'public-eye' : 'public-l3');
  const dx = i % 2 ? ['H26.200x005', 'H20.002'] : ['H26.003', 'H52.101'];
  const o = simpleVisit(m, h, randDate('2025-01-06', '2025-10-30'), dx, { senior: true }); eyeExam(o, o.visitDate); if (i % 2) line(o, '妥布霉素地塞米松滴眼液', o.visitDate, 1);
  const c = cataractStay(m, h, add(o.visitDate, ri(14, 30)), { dx: dx[0], extraDx: [dx[1]] });
  return [o, c];
}];
C.C14 = ['二级医院成熟期白内障短期住院手术', (i) => {
  const r = regionOf(i); const m = member({ age: ri(70, 88), scheme: 'resident', region: r }); const h = inst(r, 'county-l2');
  return [cataractStay(m, h, randDate(), { dx: pick(['H25.002', 'H25.200']), post: 2 })];
}];
C.C15 = ['干燥综合征重度干眼长期人工泪液', (i) => {
  const r = regionOf(i); const m = member({ age: ri(40, 68), gender: i % 6 ? 'F' : 'M', region: r }); const h = inst(r, 'public-l3');
  let d = randDate('2025-01-06', '2025-04-30'); const cs = [];
  const o = simpleVisit(m, h, d, ['M35.005+H19.3*']); eyeExam(o, d, { fundus: false }); line(o, '玻璃酸钠滴眼液', d, 3); cs.push(o);
  for (let k = 0; k < 4; k++) { d = add(d, ri(30, 38)); cs.push(pharmacyBuy(m, inst(r, 'pharmacy', k % 3), d, ['M35.005+H19.3*'], [['玻璃酸钠滴眼液', 3]], { doctorId: o.provider.doctorId })); }
  return cs;
}];
C.C16 = ['社区糖尿病视网膜病变年度眼底筛查', (i) => {
  const r = regionOf(i); const m = member({ age: ri(50, 78), region: r }); const h = inst(r, 'community');
  const d = randDate(); const c = simpleVisit(m, h, d, ['E11.900', 'Z13.500'], { dept: 'general' }); line(c, '眼底检查', d, 1); line(c, '空腹血糖测定', d, 1); line(c, '静脉采血', d, 1); line(c, '盐酸二甲双胍片', d, 84, { long: true });
  const cs = [c]; if (i % 2) { const d2 = add(d, ri(170, 200)); if (d2 < '2025-12-28') { const c2 = simpleVisit(m, h, d2, ['E11.900'], { dept: 'general' }); line(c2, '糖化血红蛋白测定', d2, 1); line(c2, '静脉采血', d2, 1); line(c2, '盐酸二甲双胍片', d2, 84, { long: true }); cs.push(c2); } }
  return cs;
}];
C.C17 = ['白内障合并青光眼术后高眼压延长住院降压', (i) => {
  const r = regionOf(i); const m = member({ age: ri(62, 82), region: r }); const h = inst(r, i % 2 ? 'public-eye' : 'public-l3');
  const c = cataractStay(m, h, randDate(), { dx: 'H26.202', extraDx: ['H40.100'], post: ri(4, 5) });
  line(c, '马来酸噻吗洛尔滴眼液', add(c._surg, 1), 1);
  nights(add(c._surg, 1), c.dischargeDate).forEach((d, k) => { if (k < 2) { line(c, '甘露醇注射液', d, 1); line(c, '静脉输液(第一组)', d, 1); line(c, '一次性使用输液器', d, 1); } });
  return [c];
}];
C.C18 = ['社区筛查发现白内障转诊上级医院手术', (i) => {
  const r = regionOf(i); const m = member({ age: ri(65, 85), scheme: 'resident', region: r }); const s = inst(r, 'community'); const h = inst(r, i % 2 ? 'public-l3' : 'county-l2');
  const d = randDate('2025-01-06', '2025-10-20'); const a = simpleVisit(m, s, d, ['H25.100'], { dept: 'general' }); line(a, '眼底检查', d, 1);
  const o = simpleVisit(m, h, add(d, ri(5, 15)), ['H25.100']); eyeExam(o, o.visitDate); line(o, '眼科A超(生物测量)', o.visitDate, 1);
  const c = cataractStay(m, h, add(o.visitDate, ri(3, 10)), { dx: 'H25.100', noBiometry: true });
  return [a, o, c];
}];
C.C19 = ['异地就医（随子女居住）白内障手术', (i) => {
  const regs = Object.keys(REGIONS); const r = regs[i % 3]; const ins = regs[(i + 1) % 3];
  const m = member({ age: ri(66, 84), region: r, insuredRegion: ins }); const h = inst(r, i % 2 ? 'public-eye' : 'public-l3');
  return [cataractStay(m, h, randDate(), { dx: pick(CAT_DX) })];
}];
C.C20 = ['儿童先天/发育性白内障全麻手术', (i) => {
  const r = regionOf(i); const m = member({ age: ri(3, 9), scheme: 'resident', region: r }); const h = inst(r, i % 2 ? 'public-eye' : 'public-l3');
  const st = randDate(); const c = claim(m, h, 'ophthalmology', 'inpatient', [st, add(st, 3)], [pick(['H26.002', 'H26.000x005'])], { procedures: [] });
  ward(c, { nurse1: true }); preop(c, st, { only: ['血常规(五分类)', '凝血四项', '术前八项(感染筛查)', '常规心电图检查'] }); eyeExam(c, st); line(c, '眼科A超(生物测量)', st, 1);
  const sd = add(st, 1); phaco(c, sd); line(c, '全身麻醉', sd, 1);
  line(c, '裂隙灯检查', add(st, 2), 1); line(c, '妥布霉素地塞米松滴眼液', add(st, 3), 1); line(c, '左氧氟沙星滴眼液', st, 1);
  return [c];
}];
C.C21 = ['门诊完成术前检查后入院手术（入院不重复检查）', (i) => {
  const r = regionOf(i); const m = member({ region: r }); const h = cataractHosp(r, i);
  const st = randDate('2025-01-20', '2025-11-20'); const pre = add(st, -ri(2, 6)); const dx = pick(CAT_DX);
  const o = simpleVisit(m, h, pre, [dx]); preop(o, pre); eyeExam(o, pre); line(o, '眼科A超(生物测量)', pre, 1);
  return [o, cataractStay(m, h, st, { dx, noPreop: true, noBiometry: true, extraDx: [] })];
}];
C.C22 = ['细菌性角膜溃疡门诊高频点药', (i) => {
  const r = regionOf(i); const m = member({ age: ri(30, 70), region: r }); const h = inst(r, i % 2 ? 'public-eye' : 'public-l3');
  let d = randDate(); const cs = [];
  for (let k = 0; k < 4; k++) { const c = simpleVisit(m, h, d, ['H16.006']); eyeExam(c, d, { fundus: false }); if (k === 0) line(c, '细菌培养及药敏', d, 1); if (k < 3) line(c, '左氧氟沙星滴眼液', d, k === 0 ? 3 : 2); cs.push(c); d = add(d, k < 2 ? 3 : 7); }
  return cs;
}];
C.C23 = ['出院当日出院后在药店购人工泪液', (i) => {
  const r = regionOf(i); const m = member({ region: r }); const h = cataractHosp(r, i);
  const c = cataractStay(m, h, randDate(), {});
  return [c, pharmacyBuy(m, inst(r, 'pharmacy', i % 3), c.dischargeDate, ['H04.103', 'Z96.100'], [['玻璃酸钠滴眼液', 1]])];
}];
C.C24 = ['高度近视眼轴异常白内障术前重复生物测量', (i) => {
  const r = regionOf(i); const m = member({ age: ri(48, 68), region: r }); const h = inst(r, i % 2 ? 'public-eye' : 'public-l3');
  const d = randDate('2025-01-06', '2025-10-30'); const o = simpleVisit(m, h, d, ['H25.100', 'H52.101'], { senior: true }); eyeExam(o, d); line(o, '眼科A超(生物测量)', d, 1);
  const c = cataractStay(m, h, add(d, ri(10, 25)), { dx: 'H25.100', extraDx: ['H52.101'] });
  return [o, c];
}];

// =====================================================================================
// ROUTINE (ordinary care of the same institutions)
// =====================================================================================
const R = [
  (r) => { const m = member({ region: r }); return cataractStay(m, cataractHosp(r, ri(0, 3)), randDate(), {}); },
  (r) => { const m = member({ age: ri(20, 70), region: r }); const h = inst(r, pick(['public-l3', 'public-eye', 'county-l2'])); const d = randDate(); const c = simpleVisit(m, h, d, [pick(['H10.901', 'H10.400', 'H10.101'])]); eyeExam(c, d, { fundus: false }); line(c, pick(['左氧氟沙星滴眼液', '妥布霉素地塞米松滴眼液']), d, 1); return c; },
  (r) => { const m = member({ age: ri(30, 70), region: r }); const h = inst(r, pick(['public-l3', 'private-eye', 'public-eye'])); const d = randDate(); const c = simpleVisit(m, h, d, ['H04.103']); eyeExam(c, d, { fundus: false }); line(c, '玻璃酸钠滴眼液', d, 1); return c; },
  (r) => { const m = member({ age: ri(50, 80), region: r }); const h = inst(r, pick(['public-l3', 'public-eye'])); const d = randDate(); const c = simpleVisit(m, h, d, ['H40.100']); eyeExam(c, d); line(c, '马来酸噻吗洛尔滴眼液', d, 2); return c; },
  (r) => { const m = member({ age: ri(50, 80), region: r }); const d = randDate(); return pharmacyBuy(m, inst(r, 'pharmacy', ri(0, 2)), d, [pick(['H04.103', 'H40.100'])], [[pick(['玻璃酸钠滴眼液', '马来酸噻吗洛尔滴眼液']), 1]]); },
  (r) => { const m = member({ age: ri(50, 80), region: r }); const h = inst(r, 'community'); const d = randDate(); const c = simpleVisit(m, h, d, ['H25.900'], { dept: 'general' }); line(c, '眼底检查', d, 1); return c; },
  (r) => { const m = member({ age: ri(6, 16), scheme: 'resident', region: r }); const h = inst(r, pick(['optometry', 'public-eye'])); const d = randDate(); const c = claim(m, h, h.kind === 'optometry' ? 'optometry' : 'ophthalmology', 'outpatient', [d], ['H52.100']); opVisit(c, d); line(c, '裂隙灯检查', d, 1); return c; },
  (r) => { const m = member({ age: ri(45, 75), region: r }); const h = inst(r, pick(['public-l3', 'county-l2'])); const d = randDate(); const c = simpleVisit(m, h, d, ['H25.100']); eyeExam(c, d); return c; },
];
const RW = [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 7]; // weights: about 20 stays among 100

// ---------- build ----------
for (const [code, [name, fn]] of Object.entries(T)) for (let i = 0; i < 15; i++) { const v = variantOf(i); const [cs, tg] = fn(i, v); label('fraud', code, name, cs, tg, v); }
for (const [code, [name, fn]] of Object.entries(C)) for (let i = 0; i < 15; i++) { const cs = fn(i); cs.forEach(c => { c._mut = []; }); label('control', code, name, cs, [], 'legitimate'); }
for (let i = 0; i < 100; i++) { const c = R[pick(RW)](regionOf(i)); c._mut = []; label('routine', 'R', '常规眼科诊疗', [c], [], 'routine'); }

// groups from pass 1 (the frozen grouper on each stay's coded record)
const G = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const g = JSON.parse(l); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || (g.result && g.result.drg); if (id) G[id] = drg || null; }

const key = (c) => (c.visitType === 'inpatient' ? c.dischargeDate : c.visitDate);
const order = CLAIMS.map((c, k) => [c, k]).sort((a, b) => (key(a[0]) < key(b[0]) ? -1 : key(a[0]) > key(b[0]) ? 1 : a[1] - b[1])).map(x => x[0]);
const lines = [];
for (const c of order) {
  check(c);
  // each member's outpatient/pharmacy deductibles and caps run in service order
}
for (const c of order) settle(c);
for (const c of order) {
  if (c.visitType === 'inpatient') c.reportedGroup = { drg: GROUPS ? (G[c.claimId] != null ? G[c.claimId] : null) : null, dip: null };
  const o = {};
  for (const [k, v] of Object.entries(c)) if (!k.startsWith('_')) o[k] = v;
  o.items = c.items.map(it => { const x = {}; for (const [k, v] of Object.entries(it)) if (!k.startsWith('_')) x[k] = v; return x; });
  lines.push(JSON.stringify(o));
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), lines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const n = (k) => LABELS.filter(l => l.kind === k).length;
console.error(`claims ${lines.length}; cases fraud ${n('fraud')} control ${n('control')} routine ${n('routine')}; groups ${Object.keys(G).length}`);
