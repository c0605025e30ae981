#!/usr/bin/env node
// blind125 generator: who must pay and the edges of coverage (第三方责任、工伤、除外项目、断保/身故、异地重复、限定支付、自费转嫁).
// usage: node make-cases.js <outDir> [--catalogue <dir>] [--drg <dir>] [--policies <file>] [--groups <groups.ndjson>]
// Plain node, seeded RNG, deterministic. Written from CONTRACTS.md, chs-drg-1.1, the frozen catalogue rows and policies.json only.
'use strict';
const fs = require('fs');
const path = require('path');

const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : def; };
const outDir = argv[0];
if (!outDir || outDir.startsWith('--')) throw new Error('usage: make-cases.js <outDir> [--catalogue dir] [--groups file]');
const CAT = opt('--catalogue', '/work/wt/base123/rules/catalogue');
const DRG = opt('--drg', '/work/shared/chs-drg-1.1');
const POL = opt('--policies', path.join(CAT, '..', 'benefits', 'policies.json'));
const GROUPS = opt('--groups', null);

// ---------- RNG ----------
let seed = 1250125 >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- reference data ----------
const rows = new Map();
for (const f of fs.readdirSync(CAT)) {
  if (!f.endsWith('.json') || f.includes('.rules.') || f === 'indications.json') continue;
  const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  for (const r of j.rows || []) rows.set(r.code, r);
}
const DX = JSON.parse(fs.readFileSync(path.join(DRG, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRG, 'procedures.json'), 'utf8'));
const policies = JSON.parse(fs.readFileSync(POL, 'utf8'));
const groups = new Map();
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) if (l.trim()) { const g = JSON.parse(l); groups.set(g.claimId, g.drg); }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const day2025 = (lo, hi) => add('2025-01-01', ri(lo, hi));
const ageAt = (birth, date) => { const b = D(birth), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- regions, institutions, doctors ----------
const REGIONS = { '510100': '成都', '370100': '济南', '220100': '长春' };
const RKEYS = Object.keys(REGIONS);
// 01 public L3 general, 02 public L2 general, 03 community health centre L1, 04 private L2 hospital,
// 05 private general clinic L1, 06 pharmacy, 07 private L1 clinic (皮肤/医美门诊部, 口腔), 08 public L2 TCM hospital
const INST = { '01': 3, '02': 2, '03': 1, '04': 2, '05': 1, '06': 1, '07': 1, '08': 2 };
const H = (region, n) => ({ id: 'H' + region + n, level: INST[n], region });
const DEPTS = { ortho: 'ORT', emergency: 'EMG', neurosurgery: 'NSG', surgery: 'SUR', plastic: 'PLS', gynaecology: 'GYN', endocrinology: 'END', general: 'GEN', dental: 'DEN', dermatology: 'DER', neurology: 'NEU', ophthalmology: 'OPH', rehabilitation: 'REH', oncology: 'ONC', internal: 'INT', tcm: 'TCM', pharmacy: 'PHA', paediatrics: 'PED', respiratory: 'RES', burns: 'BRN', health_check: 'CHK' };
const doc = (h, dept, n) => 'D' + h.id.slice(1) + DEPTS[dept] + String(n || ri(1, 4)).padStart(2, '0');

// ---------- members ----------
let memberSeq = 0;
const members = new Map();
function member(o) {
  // o: {sex, age:[lo,hi], ins:'employee'|'resident', retired, region, enrol:{...}, chronic:[...]}
  const id = 'P125' + String(++memberSeq).padStart(6, '0');
  const sex = o.sex || pick(['M', 'F']);
  const age = ri(o.age[0], o.age[1]);
  const birth = iso(new Date(Date.UTC(2025 - age - 1, ri(5, 11), ri(1, 28))));
  const ins = o.ins || (age >= 60 ? pick(['employee', 'resident']) : pick(['employee', 'employee', 'resident']));
  let retired = o.retired;
  if (retired === undefined) retired = ins === 'employee' && age >= (sex === 'M' ? 61 : 56);
  const contributionYears = ins === 'employee' ? (retired ? ri(sex === 'M' ? 31 : 26, 40) : Math.max(1, Math.min(age - 20, ri(3, 30)))) : ri(3, 12);
  const enrollment = Object.assign({
    enrolledOn: ins === 'employee' ? iso(new Date(Date.UTC(2025 - Math.min(contributionYears, 25), ri(0, 11), 1))) : '2024-' + pick(['09', '10', '11', '12']) + '-' + String(ri(1, 28)).padStart(2, '0'),
    inConcentratedPeriod: ins === 'resident', continuousYears: ins === 'employee' ? Math.min(contributionYears, 25) : contributionYears,
    lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null,
  }, o.enrol || {});
  if (o.chronic) enrollment.chronicDiseases = o.chronic;
  const m = { insuredId: id, gender: sex, birthDate: birth, retired, ins, region: o.region, enrollment, ytd: { ded: {}, cap: {} }, admissions: 0 };
  members.set(id, m);
  return m;
}

// ---------- claims ----------
const claims = [];
const R = (code) => { const r = rows.get(code); if (!r) throw new Error('no catalogue row ' + code); return r; };
const fen = (y) => { const f = Math.round(y * 100); if (Math.abs(f - y * 100) > 1e-6) throw new Error('sub-fen price ' + y); return f; };
function checkDx(c) { if (!Object.prototype.hasOwnProperty.call(DX, c)) throw new Error('diagnosis not in chs-drg-1.1: ' + c); }
function checkPx(c) { if (!Object.prototype.hasOwnProperty.call(PX, c)) throw new Error('procedure not in chs-drg-1.1: ' + c); }

// spec: {m, h, dept, doctor, vt, date | adm+dis, dx:[], px:[[code,date]], lines:[[code, qty, date, fraud?]], route, mode, transferFrom, insuredRegion}
function claim(s) {
  const m = s.m, h = s.h;
  const c = {
    _m: m, _h: h, _lines: [], claimId: null, region: h.region, insuranceType: m.ins, visitType: s.vt,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: Object.assign({}, m.enrollment),
    provider: { hospitalId: h.id, level: h.level, department: s.dept, doctorId: s.doctor || doc(h, s.dept) },
  };
  if (s.insuredRegion && s.insuredRegion !== h.region) c.insuredRegion = s.insuredRegion;
  else if (m.region !== h.region) c.insuredRegion = m.region;
  if (s.vt === 'inpatient') { c.admissionDate = s.adm; c.dischargeDate = s.dis; } else c.visitDate = s.date;
  c.diagnoses = s.dx.map((code, i) => { checkDx(code); return i === 0 ? { code, principal: true } : { code }; });
  c.procedures = (s.px || []).map(([code, date]) => { checkPx(code); return { code, date }; });
  if (s.vt === 'inpatient') {
    c.reportedGroup = { drg: null, dip: null };
    if (s.route) c.admissionRoute = s.route;
    c.dischargeMode = s.mode || 'ordered';
    if (s.transferFrom) c.transferFromHospitalId = s.transferFrom;
  }
  const fraud = [];
  let n = 0;
  for (const [code, qty, date0, isFraud] of s.lines) {
    const r = R(code);
    const date = date0 || s.date || s.adm;
    const priceF = fen(r.priceCap[String(h.level)]);
    const it = { lineId: String(++n), code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date, quantity: qty, unitPrice: priceF / 100, amount: (priceF * qty) / 100 };
    if (s.longRx && r.category === 'drug') it.longPrescription = true;
    c._lines.push({ it, r, amountF: priceF * qty, fraud: !!isFraud });
    if (isFraud) fraud.push(it.lineId);
  }
  c.items = c._lines.map((l) => l.it);
  validate(c, s);
  c._fraudLines = fraud;
  claims.push(c);
  return c;
}

function validate(c, s) {
  const m = c._m, lvl = c.provider.level;
  const dxs = c.diagnoses.map((d) => d.code);
  const perDay = new Map(), days = new Map();
  for (const { it, r, fraud } of c._lines) {
    if (c.visitType === 'inpatient') { if (it.date < c.admissionDate || it.date > c.dischargeDate) throw new Error(`${s.tag}: line date outside stay ${r.name}`); }
    else if (it.date !== c.visitDate) throw new Error(`${s.tag}: line date != visit ${r.name}`);
    if (c.visitType === 'pharmacy' && r.category !== 'drug') throw new Error(`${s.tag}: non-drug at pharmacy ${r.name}`);
    if (!Number.isInteger(it.quantity) || it.quantity <= 0) throw new Error(`${s.tag}: quantity ${r.name}`);
    const k = r.code + '|' + it.date; perDay.set(k, (perDay.get(k) || 0) + it.quantity);
    if (!days.has(r.code)) days.set(r.code, new Set()); days.get(r.code).add(it.date);
    if (fraud) continue;
    const why = [];
    if (r.setting === 'inpatient' && c.visitType !== 'inpatient') why.push('inpatient-only');
    if (r.setting === 'outpatient' && c.visitType === 'inpatient') why.push('outpatient-only');
    if (r.minLevel && lvl < r.minLevel) why.push('minLevel');
    if (r.gender && r.gender !== m.gender) why.push('gender');
    const age = ageAt(m.birthDate, it.date);
    if (r.ageMin != null && age < r.ageMin) why.push('ageMin');
    if (r.ageMax != null && age > r.ageMax) why.push('ageMax');
    if (r.indications && !r.indications.some((p) => dxs.some((d) => d.startsWith(p)))) why.push('indication');
    if (r.excludes) for (const o of c._lines) if (o.it.date === it.date && r.excludes.includes(o.r.code)) why.push('excludes ' + o.r.code);
    if (why.length) throw new Error(`${s.tag}: ${r.code} ${r.name}: ${why.join(',')}`);
  }
  for (const { it, r, fraud } of c._lines) {
    if (fraud) continue;
    if (r.maxPerDay && perDay.get(r.code + '|' + it.date) > r.maxPerDay) throw new Error(`${s.tag}: maxPerDay ${r.name} ${perDay.get(r.code + '|' + it.date)}`);
    if (r.maxDays && days.get(r.code).size > r.maxDays) throw new Error(`${s.tag}: maxDays ${r.name}`);
  }
}

// ---------- bill fragments ----------
const L = (code, qty, date, fraud) => [code, qty, date, fraud];
const C = { bed: '001105000010001', ward: '001103000010001', n1: '001201000020001', n2: '001201000030001', n3: '001201000040001', opd: '001102000010001', opdChief: '001102000030001', ed: '001102000050001', chronicConsult: '001109000010001', gp: '001102000040001' };
function stayDaily(adm, nights, nursing) {
  const out = [];
  for (let i = 0; i < nights; i++) { const d = add(adm, i); out.push(L(C.bed, 1, d), L(C.ward, 1, d), L(nursing || C.n2, 1, d)); }
  return out;
}
const preop = (d) => [L('002501010010001', 1, d), L('002502120010001', 1, d), L('002502060010001', 1, d), L('002502010010001', 1, d), L('002502020010001', 1, d), L('003107010010001', 1, d), L('002202010010001', 1, d), L('002502130010001', 1, d)];
const ivDays = (adm, from, n, drug, q) => { const o = []; for (let i = from; i < from + n; i++) { const d = add(adm, i); o.push(L(drug, q, d), L('XB05BBL511B002', 2, d), L('001204000010001', 1, d), L('001204000020001', 1, d), L('C14010150100001020350000001', 1, d)); } return o; };
// fracture kinds: dx, px, surgery row, imaging row
const FRACT = {
  radius: { dx: 'S52.500x001', px: '79.3200', op: '003303020040001', img: '002202040020001', plate: 1, screws: 6 },
  tibia: { dx: 'S82.200x081', px: '79.3600', op: '003303020060001', img: '002202040020001', plate: 1, screws: 8 },
  ankle: { dx: 'S82.600', px: '79.3600x009', op: '003303020070001', img: '002202040020001', plate: 1, screws: 6 },
  femneck: { dx: 'S72.000', px: '79.1500x006', op: '003303020080001', img: '002202040020001', nail: 1 },
};
function fractureStay(o) {
  // o: {m,h,dept,adm,nights,kind,dx:[extra dx], principal (override), tag, route, mode, opDay}
  const f = FRACT[o.kind];
  const nights = o.nights || ri(6, 10);
  const dis = add(o.adm, nights); const opDay = add(o.adm, o.opDay == null ? 1 : o.opDay);
  const lines = [...stayDaily(o.adm, nights, C.n2), ...preop(o.adm), L(f.img, 1, o.adm), L(f.img, 1, add(opDay, 1)),
    L(f.op, 1, opDay), L('003301010010001', 2, opDay), L('XN01AXB503B002', 2, opDay), L('C11010150600001900710000001', 1, opDay)];
  if (f.plate) lines.push(L('C03010150400001786600000001', f.plate, opDay), L('C03010150500001199820000001', f.screws, opDay));
  if (f.nail) lines.push(L('C03010150800001787350000001', 1, opDay));
  lines.push(...ivDays(o.adm, o.opDay == null ? 1 : o.opDay, 2, 'XJ01DCT505B002', 3));
  for (let i = 2; i < nights; i += 2) lines.push(L('001205000020001', 1, add(o.adm, i)), L('C14020150200001397260000001', 1, add(o.adm, i)));
  for (let i = 0; i < nights; i++) lines.push(L('XM01AEB502A003', 2, add(o.adm, i)));
  if (o.extra) lines.push(...o.extra);
  const dx = [o.principal || f.dx, ...(o.dx || [])];
  return claim({ tag: o.tag, m: o.m, h: o.h, dept: o.dept || 'ortho', vt: 'inpatient', adm: o.adm, dis, dx, px: [[o.px || f.px, opDay]], lines, route: o.route || 'emergency', mode: o.mode, insuredRegion: o.insuredRegion, doctor: o.doctor });
}
function concussionStay(o) {
  const nights = o.nights || ri(3, 5); const dis = add(o.adm, nights);
  const lines = [...stayDaily(o.adm, nights, C.n1), L('002301010010001', 1, o.adm), L('002301010010001', 1, add(o.adm, 2)), L('002501010010001', 1, o.adm), L('002502030010001', 1, o.adm), L('002502060010001', 1, o.adm), L('003107010010001', 1, o.adm)];
  for (let i = 0; i < Math.min(nights, 5); i++) lines.push(L('XN06BXB506B002', 2, add(o.adm, i), o.fraudDrug), L('XB05BBL511B002', 1, add(o.adm, i)), L('001204000010001', 1, add(o.adm, i)));
  for (let i = 0; i < nights; i++) lines.push(L('001209000010001', 12, add(o.adm, i)));
  if (o.extra) lines.push(...o.extra);
  return claim({ tag: o.tag, m: o.m, h: o.h, dept: o.dept || 'neurosurgery', vt: 'inpatient', adm: o.adm, dis, dx: o.dx, px: [], lines, route: 'emergency' });
}
function woundVisit(o) {
  // outpatient ED debridement and closure of a laceration
  const d = o.date; const lines = [L(C.ed, 1, d), L('003309010010001', 1, d), L('003301010030001', 1, d), L('XN01BBL509B002', 2, d), L('C14020150200001397260000001', 1, d), L('C11010150200001895120000001', 1, d), L('XJ01DCT502A001', 12, d), L('XM01AEB502A003', 6, d)];
  if (o.xray) lines.push(L('002202040020001', 1, d));
  if (o.ct) lines.push(L('002301010010001', 1, d));
  return claim({ tag: o.tag, m: o.m, h: o.h, dept: o.dept || 'emergency', vt: 'outpatient', date: d, dx: o.dx, lines, insuredRegion: o.insuredRegion });
}
function dressingVisit(o) {
  const d = o.date;
  return claim({ tag: o.tag, m: o.m, h: o.h, dept: o.dept || 'surgery', vt: 'outpatient', date: d, dx: o.dx, lines: [L(C.opd, 1, d), L('001205000010001', 1, d), L('C14020150200001397260000001', 1, d), ...(o.stitches ? [L('003309040010001', 1, d)] : [])] });
}
function rehabStay(o) {
  const nights = o.nights || ri(10, 14); const dis = add(o.adm, nights);
  const lines = [...stayDaily(o.adm, nights, C.n3), L('001217000010001', 1, o.adm), L('001217000010001', 1, add(dis, -1)), L('002501010010001', 1, o.adm), L('002202040020001', 1, o.adm)];
  for (let i = 1; i < nights; i++) { const d = add(o.adm, i); lines.push(L('001218000010001', 1, d), L('003402000120001', 1, d), L('003401009010001', 1, d)); if (i % 2) lines.push(L('003402000010001', 1, d)); }
  return claim({ tag: o.tag, m: o.m, h: o.h, dept: 'rehabilitation', vt: 'inpatient', adm: o.adm, dis, dx: o.dx, px: [['93.1100', add(o.adm, 1)]], lines, route: o.route || 'outpatient' });
}
function chronicVisit(o) {
  const d = o.date; const lines = [L(C.chronicConsult, 1, d), ...(o.drugs || [L('XC08CAA512A001', 30, d), L('XC09CAE502A001', 30, d)])];
  return claim({ tag: o.tag, m: o.m, h: o.h, dept: o.dept || 'internal', vt: 'chronic', date: d, dx: o.dx, lines, longRx: o.longRx });
}
function pharmacy(o) { return claim({ tag: o.tag, m: o.m, h: o.h, dept: 'pharmacy', doctor: o.doctor || doc(o.h, 'pharmacy', 1), vt: 'pharmacy', date: o.date, dx: o.dx, lines: o.lines.map((l) => L(l[0], l[1], o.date, l[3])) }); }
function opd(o) { return claim({ tag: o.tag, m: o.m, h: o.h, dept: o.dept, doctor: o.doctor, vt: 'outpatient', date: o.date, dx: o.dx, lines: o.lines.map((l) => L(l[0], l[1], o.date, l[3])), insuredRegion: o.insuredRegion }); }

// ---------- cases ----------
const labels = [];
let caseSeq = 0;
function addCase(kind, code, name, cs, targets, variant, mutated) {
  labels.push({ _kind: kind, kind, code, name, _claims: cs, _targets: targets, _mutated: mutated, typology: kind === 'routine' ? 'R' : code, variant: variant || null });
}
const caseOf = (kind, code, name, variant, cs, targets, useLines) => addCase(kind, code, name, cs, targets, variant, useLines ? targets.filter((c) => c._fraudLines.length) : []);

const reg = () => pick(RKEYS);
const EXT_TRAFFIC = ['V89.200x091', 'V89.200x093', 'V43.x00', 'V89.200'];
const OV = (i) => (i % 2 === 0 ? 'overt' : 'careful');

// T01 交通事故伤（应由第三人负担）由医保结算
for (let i = 0; i < 15; i++) {
  const v = i < 8 ? 'overt' : 'careful'; const r = reg(); const m = member({ age: [19, 66], region: r });
  const ext = v === 'overt' ? [pick(EXT_TRAFFIC)] : [];
  const h = H(r, v === 'careful' && i % 2 ? '04' : pick(['01', '02', '04']));
  let c; const adm = day2025(10, 330);
  if (i % 3 === 0) c = concussionStay({ tag: 'T01', m, h, adm, dx: ['S06.000', 'S22.300', ...ext] });
  else if (i % 3 === 1) c = fractureStay({ tag: 'T01', m, h, adm, kind: pick(['radius', 'tibia', 'ankle']), dx: [...(rnd() < 0.5 ? ['S00.001'] : []), ...ext] });
  else c = woundVisit({ tag: 'T01', m, h, date: adm, dx: [pick(['S01.800', 'S61.900']), 'T14.000x011', ...ext], xray: true });
  caseOf('fraud', 'T01', '交通事故伤（应由第三人负担）由医保基金结算', v, [c], [c]);
}
// T02 打架斗殴致伤（应由第三人负担）由医保结算
for (let i = 0; i < 15; i++) {
  const v = i < 8 ? 'overt' : 'careful'; const r = reg(); const m = member({ sex: rnd() < 0.85 ? 'M' : 'F', age: [18, 52], region: r, ins: pick(['employee', 'resident']) });
  const ext = v === 'overt' ? [pick(['Y04.x00', 'X99.x00'])] : [];
  const h = H(r, pick(['01', '02', '04'])); const d = day2025(10, 340); let c;
  if (i % 3 === 2) c = concussionStay({ tag: 'T02', m, h, adm: d, dx: ['S06.000', 'S02.200', ...ext] });
  else c = woundVisit({ tag: 'T02', m, h, date: d, dx: [pick(['S01.800', 'S09.901', 'S61.900']), 'S00.001', ...ext], ct: i % 3 === 0, xray: i % 3 === 1 });
  caseOf('fraud', 'T02', '斗殴致伤（应由第三人负担）由医保基金结算', v, [c], [c]);
}
// T03 工伤（应由工伤保险基金支付）由基本医保结算
for (let i = 0; i < 15; i++) {
  const v = i < 7 ? 'overt' : 'careful'; const r = reg(); const m = member({ sex: rnd() < 0.8 ? 'M' : 'F', age: [20, 55], region: r, ins: 'employee', retired: false });
  const ext = v === 'overt' ? [pick(['W31.x00', 'W23.x00', 'W11.x00'])] : [];
  const h = H(r, pick(['02', '04', '04'])); const d = day2025(10, 330); let c;
  if (i % 3 === 0) c = fractureStay({ tag: 'T03', m, h, adm: d, kind: pick(['radius', 'ankle', 'tibia']), dx: ext });
  else c = woundVisit({ tag: 'T03', m, h, date: d, dx: ['S61.900', ...(rnd() < 0.5 ? ['S62.600x011'] : []), ...ext], xray: true });
  caseOf('fraud', 'T03', '工伤（应由工伤保险基金支付）由基本医保结算', v, [c], [c]);
}
// T04 外伤伪装为疾病（伤病性质编造）
for (let i = 0; i < 15; i++) {
  const v = i < 8 ? 'overt' : 'careful'; const r = reg(); let m, c; const d = day2025(10, 330);
  if (v === 'overt' && i % 2 === 0) { // ORIF of a traumatic fracture coded as pathological fracture, young man, no tumour/osteoporosis
    m = member({ sex: 'M', age: [24, 45], region: r }); c = fractureStay({ tag: 'T04', m, h: H(r, pick(['02', '04'])), adm: d, kind: pick(['radius', 'tibia']), principal: 'M84.400' });
    caseOf('fraud', 'T04', '外伤伪装为疾病（骨折编为病理性骨折）', v, [c], [c]);
  } else if (v === 'overt') { // head injury stay coded as headache, head-injury-only drug billed
    m = member({ age: [20, 55], region: r }); c = concussionStay({ tag: 'T04', m, h: H(r, pick(['02', '04'])), adm: d, dx: ['R51.x00'], fraudDrug: true });
    caseOf('fraud', 'T04', '外伤伪装为疾病（颅脑外伤编为头痛）', v, [c], [c], true);
  } else { // careful: traumatic fracture of a middle-aged woman coded as postmenopausal osteoporotic fracture, no DEXA, no osteoporosis drug
    m = member({ sex: 'F', age: [50, 57], region: r }); c = fractureStay({ tag: 'T04', m, h: H(r, pick(['01', '02', '04'])), adm: d, kind: pick(['radius', 'ankle']), principal: 'M80.000' });
    caseOf('fraud', 'T04', '外伤伪装为疾病（外伤骨折编为骨质疏松性骨折）', v, [c], [c]);
  }
}
// T05 美容注射（肉毒毒素除皱）串换为面肌痉挛治疗
for (let i = 0; i < 15; i++) {
  const v = i < 7 ? 'overt' : 'careful'; const r = reg(); const m = member({ sex: rnd() < 0.85 ? 'F' : 'M', age: [26, 48], region: r, ins: 'employee', retired: false });
  const h = H(r, '07'); const d = day2025(10, 340);
  const lines = v === 'overt'
    ? [L(C.opd, 1), L('003112040010001', 1), L('XM03AXA501B002', 1, null, true), L('001204000060001', 2)]
    : [L(C.opd, 1), L('XM03AXA501B002', 1, null, true), L('001204000060001', 2)];
  const c = opd({ tag: 'T05', m, h, dept: 'dermatology', date: d, dx: v === 'overt' ? [pick(['Z41.100', 'Z41.100x003'])] : ['G51.301'], lines });
  caseOf('fraud', 'T05', '美容注射（肉毒毒素）串换为面肌痉挛治疗', v, [c], [c], true);
}
// T06 不孕不育诊疗（除外）由医保结算
for (let i = 0; i < 15; i++) {
  const v = i < 8 ? 'overt' : 'careful'; const r = reg();
  if (v === 'overt' && i % 4 === 3) { // male infertility
    const m = member({ sex: 'M', age: [26, 40], region: r, ins: 'employee', retired: false }); const h = H(r, pick(['01', '02']));
    const c = opd({ tag: 'T06', m, h, dept: 'gynaecology', date: day2025(10, 330), dx: ['N46.x02'], lines: [L(C.opd, 1), L('002501020020001', 1), L('002502190020001', 1), L('XG03BAG504A001', 60)] });
    caseOf('fraud', 'T06', '不孕不育诊疗（除外项目）由医保结算', v, [c], [c]); continue;
  }
  const m = member({ sex: 'F', age: [27, 40], region: r, ins: 'employee', retired: false }); const h = H(r, pick(['01', '02', '04']));
  const d0 = day2025(10, 300); const cs = [];
  const dx = v === 'overt' ? [pick(['N97.900', 'N97.000', 'N97.902'])] : [pick(['N92.600', 'N91.100'])];
  const visits = v === 'overt' ? 1 : 3;
  for (let k = 0; k < visits; k++) {
    const d = add(d0, k * 3);
    const lines = [L(C.opd, 1), L('002103010080001', 1)];
    if (k === 0) lines.push(L('002502190010001', 1), L('XG03CAC501A001', 14));
    if (k === visits - 1) lines.push(L('XG03DAH502B002', 3), L('001204000050001', 1), L('XG03DBD509A001', 28));
    cs.push(opd({ tag: 'T06', m, h, dept: 'gynaecology', date: d, dx, lines }));
  }
  caseOf('fraud', 'T06', '不孕不育诊疗（促排卵监测）（除外项目）由医保结算', v, cs, cs);
}
// T07 健康体检串换为门诊诊疗
for (let g = 0; g < 3; g++) {
  const r = RKEYS[g]; const h = H(r, g === 1 ? '02' : '04'); const d = day2025(60 + g * 80, 100 + g * 80); const dr = doc(h, 'internal', 1);
  for (let k = 0; k < 5; k++) {
    const v = g === 0 || (g === 1 && k < 3) ? 'overt' : 'careful';
    const m = member({ age: [24, 58], region: r, ins: 'employee', retired: false });
    const dx = v === 'overt' ? ['Z00.001'] : [pick(['I10.x00x002', 'K29.700', 'E78.500', 'R53.x00x002', 'J06.900'])];
    const lines = [L(C.opd, 1), L('002501010010001', 1), L('002501020010001', 1), L('002502010010001', 1), L('002502020010001', 1), L('002502040010001', 1), L('002502050010001', 1), L('003107010010001', 1), L('002202010010001', 1), L('002103010010001', 1), L('002103010050001', 1), L('001204000080001', 1)];
    if (m.gender === 'F') lines.push(L('002103010090001', 1)); else if (ageAt(m.birthDate, d) >= 40) lines.push(L('002502150010001', 1));
    const c = opd({ tag: 'T07', m, h, dept: 'internal', doctor: dr, date: d, dx, lines });
    caseOf('fraud', 'T07', '单位健康体检串换为门诊诊疗由医保结算', v, [c], [c]);
  }
}
// T08 非定点机构的诊疗经定点诊所结算（超执业范围）
for (let i = 0; i < 15; i++) {
  const v = i < 7 ? 'overt' : 'careful'; const r = reg(); const m = member({ age: [25, 70], region: r }); const h = H(r, '05'); const d = day2025(10, 340);
  let c;
  if (v === 'overt') c = opd({ tag: 'T08', m, h, dept: 'general', date: d, dx: [pick(['M54.500', 'M51.202'])], lines: [L(C.gp, 1), L('002401010020001', 1, null, true), L('XM01AEB502A003', 20)] });
  else c = opd({ tag: 'T08', m, h, dept: 'general', date: d, dx: [pick(['K04.002', 'K04.001'])], lines: [L(C.gp, 1), L('002202050020001', 1, null, true), L('003105120010001', 2, null, true), L('003105150020001', 1, null, true), L('003105170010001', 1)] });
  caseOf('fraud', 'T08', '非定点机构诊疗借定点诊所结算（超执业范围项目）', v, [c], [c], true);
}
// T09 断保/待遇等待期内或参保前发生费用由医保结算
for (let i = 0; i < 15; i++) {
  const v = i < 8 ? 'overt' : 'careful'; const r = reg();
  const enrolledOn = day2025(45, 150); const lapsed = v === 'overt' ? ri(1, 3) : ri(3, 4);
  const m = member({ age: [30, 70], region: r, ins: 'resident', enrol: { enrolledOn, inConcentratedPeriod: false, continuousYears: 0, lapsedYears: lapsed, contributionYears: ri(2, 8) } });
  const wait = 90 + Math.max(0, lapsed - 1) * 30; // 90 fixed + 30 per lapsed year beyond the first (policies.json countFirstLapsedYear=false)
  let d;
  if (v === 'overt') d = i % 2 === 0 ? add(enrolledOn, ri(15, 80)) : add(enrolledOn, -ri(5, 40));
  else d = add(enrolledOn, ri(92, wait - 2));
  const h = H(r, pick(['01', '02'])); const c = i % 2 === 0
    ? claim({ tag: 'T09', m, h, dept: 'respiratory', vt: 'inpatient', adm: d, dis: add(d, 7), dx: ['J18.900'], px: [], route: 'emergency', lines: [...stayDaily(d, 7), L('002202010010001', 1, d), L('002501010010001', 1, d), L('002502080010001', 1, d), ...ivDays(d, 0, 7, 'XJ01DDT504B002', 2)] })
    : fractureStay({ tag: 'T09', m, h, adm: d, kind: 'radius', dx: ['W01.x00'] });
  caseOf('fraud', 'T09', v === 'overt' ? '断保期间/待遇等待期内费用由医保结算' : '断保再参保变动等待期内费用由医保结算', v, [c], [c]);
}
// T10 参保人死亡后冒用医保凭证
for (let i = 0; i < 15; i++) {
  const v = i < 7 ? 'overt' : 'careful'; const r = reg();
  const m = member({ age: [66, 88], region: r, ins: 'employee', retired: true, chronic: ['I10', 'E11'] });
  const adm = day2025(10, 200); const nights = ri(5, 12); const dis = add(adm, nights);
  const death = claim({ tag: 'T10', m, h: H(r, '01'), dept: 'neurology', vt: 'inpatient', adm, dis, dx: ['I63.900', 'I10.x00x002', 'E11.900'], px: [], route: 'emergency', mode: 'death',
    lines: [...stayDaily(adm, nights, C.n1), L('002301010010001', 1, adm), L('002501010010001', 1, adm), L('002502030010001', 1, adm), ...ivDays(adm, 0, Math.min(nights, 10), 'XN07XXY507B002', 2)] });
  const after = v === 'overt'
    ? chronicVisit({ tag: 'T10', m, h: H(r, '03'), date: add(dis, ri(8, 40)), dx: ['I10.x00x002', 'E11.900'], drugs: [L('XC08CAA512A001', 30, null), L('XA10BAE503A001', 90, null)].map((l) => [l[0], l[1], null]) })
    : pharmacy({ m, h: H(r, '06'), date: add(dis, ri(60, 150)), dx: ['I10.x00x002'], lines: [L('XC08CAA512A001', 28), L('XC09CAE502A001', 28)] });
  caseOf('fraud', 'T10', '参保人死亡后冒用其医保凭证结算', v, [death, after], [after]);
}
// T11 异地就医直接结算后回参保地重复报销
for (let i = 0; i < 15; i++) {
  const v = i < 8 ? 'overt' : 'careful'; const home = RKEYS[i % 3]; const away = RKEYS[(i + 1) % 3];
  const m = member({ age: [40, 80], region: home });
  const adm = day2025(10, 300); const kind = pick(['radius', 'ankle', 'femneck']);
  const a = fractureStay({ tag: 'T11', m, h: H(away, '01'), adm, kind, dx: ['W01.x00'] });
  // the copy at home: same stay (overt) or shifted a day with a few lines dropped (careful), billed by a home L2 hospital
  const shift = v === 'overt' ? 0 : 1;
  const f = FRACT[kind]; const nights = diff(a.admissionDate, a.dischargeDate) - shift * 2; const adm2 = add(adm, shift);
  const b = fractureStay({ tag: 'T11', m, h: H(home, pick(['02', '04'])), adm: adm2, nights, kind, dx: ['W01.x00'], route: v === 'overt' ? 'emergency' : 'outpatient' });
  void f;
  caseOf('fraud', 'T11', '异地就医已直接结算费用回参保地重复报销', v, [a, b], [b]);
}
// T12 超限定支付范围用药（减重、增高）
for (let i = 0; i < 15; i++) {
  const v = i < 8 ? 'overt' : 'careful'; const r = reg(); const d = day2025(10, 340); let c;
  if (i % 2 === 0) {
    const m = member({ sex: rnd() < 0.75 ? 'F' : 'M', age: [22, 40], region: r, ins: 'employee', retired: false });
    c = opd({ tag: 'T12', m, h: H(r, v === 'overt' ? '02' : '07'), dept: v === 'overt' ? 'endocrinology' : 'general', date: d, dx: v === 'overt' ? ['E66.000'] : ['E11.900'], lines: [L(C.opd, 1), L('XA10BJS501B002', 2, null, true)] });
  } else {
    const m = member({ age: [7, 13], region: r, ins: 'resident' });
    c = opd({ tag: 'T12', m, h: H(r, v === 'overt' ? '01' : '07'), dept: v === 'overt' ? 'endocrinology' : 'paediatrics', date: d, dx: v === 'overt' ? [pick(['E34.301', 'E34.302', 'E34.300x003'])] : ['E23.000'], lines: [L(C.opd, 1), L('XH01ACS501B002', 30, null, true)] });
  }
  caseOf('fraud', 'T12', '超限定支付范围用药（司美格鲁肽减重/生长激素增高）', v, [c], [c], true);
}
// T13 自费（丙类）项目串换为甲类项目
for (let i = 0; i < 15; i++) {
  const v = i < 7 ? 'overt' : 'careful'; const r = reg(); const d = day2025(10, 340); let c;
  const m = member({ age: [25, 70], region: r });
  if (i % 3 === 2) { // tooth whitening billed as fillings
    c = opd({ tag: 'T13', m, h: H(r, '07'), dept: 'dental', date: d, dx: ['K03.600x001'], lines: [L(C.opd, 1), L('003105150020001', v === 'overt' ? ri(8, 12) : ri(3, 4), null, true)] });
  } else if (v === 'overt') { // tonic gift boxes (西洋参/冬虫夏草) dispensed as 党参/黄芪 by the kilogram at a pharmacy
    c = pharmacy({ m, h: H(r, '06'), date: d, dx: ['R53.x00x002'], lines: [L('T001700502', ri(500, 1000), null, true), L('T001700501', ri(500, 1000), null, true)] });
  } else { // careful: a TCM clinic prescription of tonic herbs only, two weeks, in a healthy adult
    c = opd({ tag: 'T13', m, h: H(r, '05'), dept: 'tcm', date: d, dx: ['R53.x00x002'], lines: [L(C.gp, 1), L('004100000500001', 1), L('T001700502', 14 * 30, null, true), L('T001700501', 14 * 30, null, true), L('T001700503', 14 * 10), L('T001700505', 14 * 6)] });
  }
  caseOf('fraud', 'T13', '自费（丙类）滋补品/美白项目串换为医保甲类项目', v, [c], [c], true);
}
// T14 美容整形手术串换为重建/瘢痕修复手术
for (let i = 0; i < 15; i++) {
  const v = i < 7 ? 'overt' : 'careful'; const r = reg(); const h = H(r, '04'); const adm = day2025(10, 330); const nights = ri(3, 5);
  let dx, px;
  if (i % 3 !== 2) { dx = v === 'overt' ? ['Z41.100x002'] : ['Z42.100x001', 'Z90.100', 'Z85.300']; px = v === 'overt' ? '85.5000' : '85.7100'; }
  else { dx = v === 'overt' ? ['Z41.100'] : ['L90.500x009']; px = '86.8401'; }
  const m = member({ sex: i % 3 !== 2 ? 'F' : pick(['F', 'F', 'M']), age: [24, 42], region: r, ins: 'employee', retired: false });
  const op = i % 3 !== 2 ? '003309010040001' : '003309020010001';
  const lines = [...stayDaily(adm, nights, C.n2), ...preop(adm), L(op, 1, add(adm, 1), true), L('003301010010001', 2, add(adm, 1)), L('XN01AXB503B002', 2, add(adm, 1)), L('C11010150600001900710000001', 1, add(adm, 1)), L('C11010150200001895120000001', 3, add(adm, 1)), ...ivDays(adm, 1, 2, 'XJ01DCT505B002', 2), L('001205000020001', 1, add(adm, 3))];
  if (v === 'overt') lines.push(L('003112040010001', 1, adm));
  const c = claim({ tag: 'T14', m, h, dept: 'plastic', vt: 'inpatient', adm, dis: add(adm, nights), dx, px: [[px, add(adm, 1)]], lines, route: 'outpatient' });
  caseOf('fraud', 'T14', '美容整形（隆胸/瘢痕美容）串换为乳房重建/瘢痕修复', v, [c], [c], true);
}
// T15 交通事故伤后续康复（应由第三人负担）由医保结算，急性期费用不在医保
for (let i = 0; i < 15; i++) {
  const v = i < 7 ? 'overt' : 'careful'; const r = reg(); const m = member({ age: [22, 65], region: r });
  const seq = pick(['T93.101', 'T92.100x008', 'T93.100']);
  const dx = v === 'overt' ? [seq, 'Y85.000'] : ['Z50.100x001', seq];
  const c = rehabStay({ tag: 'T15', m, h: H(r, pick(['02', '04', '08'])), adm: day2025(40, 320), dx });
  caseOf('fraud', 'T15', '交通事故伤后续康复由医保结算（急性期由第三方/商业保险支付）', v, [c], [c]);
}

// ---------- controls ----------
const ctrl = (code, name, cs, targets) => addCase('control', code, name, cs, targets || cs, null, []);
for (let i = 0; i < 15; i++) { // C01 home fall
  const r = reg(); const m = member({ sex: rnd() < 0.7 ? 'F' : 'M', age: [62, 88], region: r });
  const kind = i % 2 ? 'femneck' : 'radius';
  const c = fractureStay({ tag: 'C01', m, h: H(r, kind === 'femneck' ? '01' : pick(['01', '02'])), adm: day2025(10, 330), kind, dx: [pick(['W01.x00', 'W19.x00']), 'I10.x00x002'], nights: ri(7, 12) });
  ctrl('C01', '居家跌倒骨折（无第三人）', [c]);
}
for (let i = 0; i < 15; i++) { // C02 sports injury: ACL reconstruction
  const r = reg(); const m = member({ sex: rnd() < 0.7 ? 'M' : 'F', age: [18, 40], region: r, ins: pick(['employee', 'resident']) });
  const h = H(r, pick(['01', '02'])); const adm = day2025(10, 330); const nights = ri(4, 6); const op = add(adm, 1);
  const c = claim({ tag: 'C02', m, h, dept: 'ortho', vt: 'inpatient', adm, dis: add(adm, nights), dx: ['S83.500x012', ...(i % 3 === 0 ? ['W21.x00'] : [])], px: [['81.4504', op]], route: 'outpatient',
    lines: [...stayDaily(adm, nights), ...preop(adm), L('002401010030001', 1, adm), L('003303040030001', 1, op), L('003301010010001', 2, op), L('XN01AXB503B002', 2, op), L('C03010151000001628810000001', 2, op), L('C11010150600001900710000001', 1, op), ...ivDays(adm, 1, 1, 'XJ01DCT505B002', 2), L('C03010150700001280150000001', 1, add(op, 1)), L('001218000010001', 1, add(op, 2))] });
  ctrl('C02', '运动损伤（前交叉韧带重建，无第三人）', [c]);
}
for (let i = 0; i < 15; i++) { // C03 hit-and-run: third party cannot be identified, fund pays in advance
  const r = reg(); const m = member({ age: [20, 75], region: r });
  const c = i % 2 ? fractureStay({ tag: 'C03', m, h: H(r, '01'), adm: day2025(10, 330), kind: pick(['tibia', 'femneck', 'radius']), dx: ['V89.200x091'] })
    : concussionStay({ tag: 'C03', m, h: H(r, '01'), adm: day2025(10, 330), dx: ['S06.000', 'V89.200x091'] });
  ctrl('C03', '交通肇事逃逸，第三人无法确定，医保先行支付', [c]);
}
for (let i = 0; i < 15; i++) { // C04 assault, assailant unknown / not paying
  const r = reg(); const m = member({ age: [18, 70], region: r });
  const c = i % 3 === 0 ? concussionStay({ tag: 'C04', m, h: H(r, '01'), adm: day2025(10, 330), dx: ['S06.000', 'Y04.x00'] })
    : woundVisit({ tag: 'C04', m, h: H(r, pick(['01', '02'])), date: day2025(10, 340), dx: ['S01.800', 'Y04.x00'], ct: true });
  ctrl('C04', '被侵害致伤，第三人不支付或无法确定，医保先行支付', [c]);
}
for (let i = 0; i < 15; i++) { // C05 farmer / self-employed work injury (no 工伤保险)
  const r = reg(); const m = member({ sex: rnd() < 0.8 ? 'M' : 'F', age: [35, 68], region: r, ins: 'resident' });
  const d = day2025(60, 300);
  const c = i % 3 === 0 ? fractureStay({ tag: 'C05', m, h: H(r, '02'), adm: d, kind: 'radius', dx: ['W31.x00'] })
    : woundVisit({ tag: 'C05', m, h: H(r, pick(['02', '03'])), date: d, dx: ['S61.900', pick(['W31.x00', 'W23.x00'])], xray: true });
  ctrl('C05', '农民/个体经营者劳动中受伤（无工伤保险）', [c]);
}
for (let i = 0; i < 15; i++) { // C06 genuine osteoporotic fracture in an old woman
  const r = reg(); const m = member({ sex: 'F', age: [66, 86], region: r });
  const adm = day2025(10, 320);
  const c = fractureStay({ tag: 'C06', m, h: H(r, pick(['01', '02'])), adm, kind: pick(['radius', 'femneck']), principal: 'M80.000', dx: ['W01.x00'], nights: 9, extra: [L('002503010010001', 1, add(adm, 3)), L('XM05BAZ507B002', 1, add(adm, 6))] });
  ctrl('C06', '绝经后骨质疏松伴病理性骨折（跌倒）', [c]);
}
for (let i = 0; i < 15; i++) { // C07 pathological fracture from bone metastasis
  const r = reg(); const m = member({ age: [50, 80], region: r, sex: pick(['F', 'M']) });
  const adm = day2025(10, 320);
  const c = fractureStay({ tag: 'C07', m, h: H(r, '01'), adm, kind: 'femneck', principal: 'M84.400', dx: ['C79.500x001', m.gender === 'F' ? 'C50.900' : 'C34.900'], nights: 10, extra: [L('XM05BAZ507B002', 1, add(adm, 7)), L('002502200010001', 1, add(adm, 2))], route: 'outpatient' });
  ctrl('C07', '骨转移瘤病理性骨折内固定', [c]);
}
for (let i = 0; i < 15; i++) { // C08 breast reconstruction after mastectomy (mastectomy in the data)
  const r = reg(); const m = member({ sex: 'F', age: [32, 55], region: r, ins: 'employee', retired: false });
  const h = H(r, '01'); const adm = day2025(5, 120); const n1 = 8; const op1 = add(adm, 2);
  const a = claim({ tag: 'C08', m, h, dept: 'surgery', vt: 'inpatient', adm, dis: add(adm, n1), dx: ['C50.900'], px: [['85.4301', op1]], route: 'outpatient',
    lines: [...stayDaily(adm, n1), ...preop(adm), L('002103010090001', 1, adm), L('003304040010001', 1, op1), L('003301010010001', 3, op1), L('XN01AXB503B002', 2, op1), L('002502200020001', 1, op1), L('002502200010001', 2, add(op1, 1)), L('C11010150600001900710000001', 1, op1), ...ivDays(adm, 2, 2, 'XJ01DCT505B002', 2)] });
  const adm2 = add(adm, ri(150, 230)); const n2 = 6; const op2 = add(adm2, 1);
  const b = claim({ tag: 'C08', m, h, dept: 'plastic', vt: 'inpatient', adm: adm2, dis: add(adm2, n2), dx: ['Z42.100x001', 'Z90.100', 'Z85.300'], px: [['85.7100', op2]], route: 'outpatient',
    lines: [...stayDaily(adm2, n2), ...preop(adm2), L('003309010040001', 1, op2), L('003301010010001', 3, op2), L('XN01AXB503B002', 2, op2), L('C11010150200001895120000001', 3, op2), L('C11010150600001900710000001', 1, op2), ...ivDays(adm2, 1, 2, 'XJ01DCT505B002', 2), L('001205000030001', 1, add(adm2, 3))] });
  ctrl('C08', '乳腺癌根治术后乳房重建', [a, b], [b]);
}
for (let i = 0; i < 15; i++) { // C09 burn scar contracture release with skin graft, burn stay in the data
  const r = reg(); const m = member({ age: [8, 60], region: r });
  const h = H(r, '01'); const adm = day2025(5, 120); const n1 = 14;
  const bl = [...stayDaily(adm, n1, C.n1).map((l) => (l[0] === C.bed ? ['001105000060001', 1, l[2]] : l))];
  for (let k = 0; k < n1; k += 2) bl.push(L('001205000050001', 20, add(adm, k)), L('XD06BAH501E001', 2, add(adm, k)));
  bl.push(L('002501010010001', 1, adm), L('002502030010001', 1, adm), L('003309010010001', 1, add(adm, 1)));
  const a = claim({ tag: 'C09', m, h, dept: 'burns', vt: 'inpatient', adm, dis: add(adm, n1), dx: [pick(['T22.000x002', 'T24.000x003']), 'T31.100', 'X10.x00'], px: [['86.2202', add(adm, 1)]], route: 'emergency', lines: bl });
  const adm2 = add(adm, ri(180, 230)); const n2 = 7; const op2 = add(adm2, 1);
  const b = claim({ tag: 'C09', m, h, dept: 'plastic', vt: 'inpatient', adm: adm2, dis: add(adm2, n2), dx: [pick(['T95.200', 'T95.300']), 'L91.000'], px: [['86.8401', op2], ['86.6000', op2]], route: 'outpatient',
    lines: [...stayDaily(adm2, n2), ...preop(adm2), L('003309020010001', 1, op2), L('003301010010001', 2, op2), L('XN01AXB503B002', 2, op2), L('C11010150600001900710000001', 1, op2), ...ivDays(adm2, 1, 2, 'XJ01DCT505B002', 2), L('001205000030001', 1, add(adm2, 4))] });
  ctrl('C09', '烧伤后瘢痕挛缩松解植皮（功能重建）', [a, b], [b]);
}
for (let i = 0; i < 15; i++) { // C10 hemifacial spasm botulinum toxin at a L3 neurology clinic
  const r = reg(); const m = member({ age: [45, 75], region: r }); const d = day2025(10, 340);
  const c = opd({ tag: 'C10', m, h: H(r, '01'), dept: 'neurology', date: d, dx: ['G51.301'], lines: [L(C.opdChief, 1), L('002503010100001', 1), L('XM03AXA501B002', 1), L('001204000060001', 4)] });
  ctrl('C10', '面肌痉挛肉毒毒素注射（神经内科，肌电图）', [c]);
}
for (let i = 0; i < 15; i++) { // C11 blepharospasm / strabismus botulinum toxin
  const r = reg(); const strab = i % 3 === 0; const m = member({ age: strab ? [12, 40] : [50, 78], region: r }); const d = day2025(10, 340);
  const c = opd({ tag: 'C11', m, h: H(r, '01'), dept: 'ophthalmology', date: d, dx: [strab ? 'H50.000x004' : 'G24.500x002'], lines: [L(C.opdChief, 1), L('002503010060001', 1), L('XM03AXA501B002', 1), L('001204000060001', 2)] });
  ctrl('C11', '眼睑痉挛/斜视肉毒毒素注射（眼科）', [c]);
}
for (let i = 0; i < 15; i++) { // C12 PCOS / irregular bleeding treated, not fertility care
  const r = reg(); const m = member({ sex: 'F', age: [18, 45], region: r }); const d = day2025(10, 340);
  const c = opd({ tag: 'C12', m, h: H(r, pick(['01', '02'])), dept: 'gynaecology', date: d, dx: [pick(['E28.200', 'N92.101', 'N92.000x001'])], lines: [L(C.opd, 1), L('002103010080001', 1), L('002502190010001', 1), L('002501010010001', 1), L('XG03DBD509A001', 20)] });
  ctrl('C12', '多囊卵巢/异常子宫出血孕激素治疗（非助孕）', [c]);
}
for (let i = 0; i < 15; i++) { // C13 threatened miscarriage
  const r = reg(); const m = member({ sex: 'F', age: [23, 40], region: r }); const adm = day2025(10, 330);
  let c;
  if (i % 3 === 0) {
    const nights = 5; const lines = [...stayDaily(adm, nights), L('002103010070001', 1, adm), L('002502190010001', 1, adm), L('002502190010001', 1, add(adm, 3)), L('002501010010001', 1, adm)];
    for (let k = 0; k < nights; k++) lines.push(L('XG03DAH502B002', 1, add(adm, k)), L('001204000050001', 1, add(adm, k)));
    c = claim({ tag: 'C13', m, h: H(r, '02'), dept: 'gynaecology', vt: 'inpatient', adm, dis: add(adm, nights), dx: ['O20.000'], px: [], route: 'emergency', lines });
  } else c = opd({ tag: 'C13', m, h: H(r, pick(['01', '02'])), dept: 'gynaecology', date: adm, dx: ['O20.000'], lines: [L(C.opd, 1), L('002103010070001', 1), L('002502190010001', 1), L('XG03DAH502B002', 1), L('001204000050001', 1), L('XG03DBD509A001', 28)] });
  ctrl('C13', '先兆流产保胎（妊娠期，非不孕诊疗）', [c]);
}
for (let i = 0; i < 15; i++) { // C14 community health centre dental room
  const r = reg(); const m = member({ age: [20, 75], region: r }); const d = day2025(10, 340);
  const c = opd({ tag: 'C14', m, h: H(r, '03'), dept: 'dental', date: d, dx: [pick(['K04.002', 'K04.001'])], lines: [L(C.gp, 1), L('002202050010001', 1), L('003105120010001', 1), L('003105170010001', 1)] });
  ctrl('C14', '社区卫生服务中心口腔科根管治疗（执业范围内）', [c]);
}
for (let i = 0; i < 15; i++) { // C15 diabetes annual complication screening under 门诊慢特病
  const r = reg(); const m = member({ age: [45, 78], region: r, chronic: ['E11', 'I10'] }); const d = day2025(10, 340);
  const c = claim({ tag: 'C15', m, h: H(r, pick(['01', '02'])), dept: 'endocrinology', vt: 'chronic', date: d, dx: ['E11.900', 'I10.x00x002'],
    lines: [L(C.chronicConsult, 1, d), L('002502050020001', 1, d), L('002502050010001', 1, d), L('002502040010001', 1, d), L('002502010010001', 1, d), L('002502020010001', 1, d), L('002502050040001', 1, d), L('002501020010001', 1, d), L('003107010010001', 1, d), L('003103010020001', 1, d), L('002103010030001', 1, d), L('001204000080001', 1, d), L('XA10BAE503A001', 90, d)] });
  ctrl('C15', '糖尿病年度并发症筛查（门诊慢特病，检查面广似体检）', [c]);
}
for (let i = 0; i < 15; i++) { // C16 TCM tonic herbs for post-chemotherapy fatigue
  const r = reg(); const m = member({ age: [45, 75], region: r }); const d = day2025(10, 340);
  // (invalid-input fix after the first run: chronicDiseases takes the cancer's category, not the bare chapter letter 'C')
  const ca = pick(['C34.900', 'C18.900', 'C50.900']); m.enrollment.chronicDiseases = [ca.slice(0, 3)];
  const c = opd({ tag: 'C16', m, h: H(r, '08'), dept: 'tcm', date: d, dx: [ca, 'R53.x00x002'], lines: [L(C.opd, 1), L('004100000500001', 1), L('T001700501', 14 * 30), L('T001700502', 14 * 15), L('T001700504', 14 * 10), L('T000600501', 14 * 12), L('T001700505', 14 * 6)] });
  ctrl('C16', '肿瘤化疗后乏力中药扶正（黄芪党参常规剂量）', [c]);
}
for (let i = 0; i < 15; i++) { // C17 properly filed 异地就医 stay
  const home = RKEYS[i % 3]; const away = RKEYS[(i + 2) % 3]; const m = member({ age: [40, 82], region: home });
  const adm = day2025(10, 320);
  const c = i % 2 ? fractureStay({ tag: 'C17', m, h: H(away, '01'), adm, kind: pick(['femneck', 'radius']), dx: ['W01.x00'] })
    : claim({ tag: 'C17', m, h: H(away, '01'), dept: 'surgery', vt: 'inpatient', adm, dis: add(adm, 5), dx: ['K35.800x001'], px: [['47.0100', adm]], route: 'emergency', lines: [...stayDaily(adm, 5), ...preop(adm), L('002103010010001', 1, adm), L('003302010010001', 1, adm), L('003301010010001', 2, adm), L('C11010150100001004460000001', 1, adm), ...ivDays(adm, 0, 3, 'XJ01DCT505B002', 2), L('XJ01XDJ501B002', 2, adm)] });
  ctrl('C17', '异地就医备案住院直接结算（参保地无重复）', [c]);
}
for (let i = 0; i < 15; i++) { // C18 异地 stay then follow-up at home after discharge
  const home = RKEYS[(i + 1) % 3]; const away = RKEYS[i % 3]; const m = member({ age: [30, 75], region: home });
  const adm = day2025(10, 300);
  const a = fractureStay({ tag: 'C18', m, h: H(away, '01'), adm, kind: pick(['radius', 'ankle']), dx: ['W01.x00'] });
  const f1 = add(a.dischargeDate, ri(7, 12));
  const b = opd({ tag: 'C18', m, h: H(home, '02'), dept: 'ortho', date: f1, dx: ['Z47.000', 'T92.100x008'], lines: [L(C.opd, 1), L('002202040020001', 1), L('001205000020001', 1), L('003309040010001', 1)] });
  ctrl('C18', '异地住院后回参保地门诊复查换药（日期在出院后）', [a, b], [b]);
}
for (let i = 0; i < 15; i++) { // C19 re-enrolled after a gap, waiting period honoured
  const r = reg(); const enrolledOn = day2025(0, 90); const lapsed = ri(1, 3);
  const m = member({ age: [30, 70], region: r, ins: 'resident', enrol: { enrolledOn, inConcentratedPeriod: false, continuousYears: 0, lapsedYears: lapsed, contributionYears: ri(2, 8) } });
  const wait = 90 + Math.max(0, lapsed - 1) * 30; const d = add(enrolledOn, wait + ri(5, 60));
  const c = i % 2 ? fractureStay({ tag: 'C19', m, h: H(r, '02'), adm: d, kind: 'radius', dx: ['W01.x00'] })
    : claim({ tag: 'C19', m, h: H(r, '02'), dept: 'respiratory', vt: 'inpatient', adm: d, dis: add(d, 7), dx: ['J18.900'], px: [], route: 'emergency', lines: [...stayDaily(d, 7), L('002202010010001', 1, d), L('002501010010001', 1, d), L('002502080010001', 1, d), ...ivDays(d, 0, 7, 'XJ01DDT504B002', 2)] });
  ctrl('C19', '断保后重新参保，待遇等待期满后就医', [c]);
}
for (let i = 0; i < 15; i++) { // C20 employee→resident scheme switch within 90 days (treated as continuous)
  const r = reg(); const enrolledOn = day2025(30, 200);
  const m = member({ age: [35, 62], region: r, ins: 'resident', enrol: { enrolledOn, inConcentratedPeriod: false, continuousYears: ri(3, 12), lapsedYears: 0, contributionYears: ri(3, 15), special: 'scheme_switch' } });
  const d = add(enrolledOn, ri(10, 60));
  const c = i % 2 ? woundVisit({ tag: 'C20', m, h: H(r, '02'), date: d, dx: ['S61.900', 'W25.x00'], xray: false })
    : claim({ tag: 'C20', m, h: H(r, '02'), dept: 'respiratory', vt: 'inpatient', adm: d, dis: add(d, 6), dx: ['J18.900'], px: [], route: 'emergency', lines: [...stayDaily(d, 6), L('002202010010001', 1, d), L('002501010010001', 1, d), L('002502080010001', 1, d), ...ivDays(d, 0, 6, 'XJ01DDT504B002', 2)] });
  ctrl('C20', '职工转居民医保90日内接续（视同连续参保，无等待期）', [c]);
}
for (let i = 0; i < 15; i++) { // C21 ED then transfer, dies in the L3 hospital; nothing after death
  const r = reg(); const m = member({ age: [65, 90], region: r, ins: 'employee', retired: true, chronic: ['I10'] });
  const d = day2025(25, 330);
  const pre = chronicVisit({ tag: 'C21', m, h: H(r, '03'), date: add(d, -ri(3, 20)), dx: ['I10.x00x002'], longRx: true, drugs: [['XC08CAA512A001', 84, null]] });
  const ed = opd({ tag: 'C21', m, h: H(r, '02'), dept: 'emergency', date: d, dx: ['I63.900'], lines: [L(C.ed, 1), L('002301010010001', 1), L('002501010010001', 1), L('003107010010001', 1), L('002502060010001', 1)] });
  const nights = ri(1, 3); const h1 = H(r, '01');
  const st = claim({ tag: 'C21', m, h: h1, dept: 'neurology', vt: 'inpatient', adm: d, dis: add(d, nights), dx: ['I63.902', 'I10.x00x002'], px: [], route: 'transfer', transferFrom: ed.provider.hospitalId, mode: 'death',
    lines: [...stayDaily(d, nights, '001201000010001').map((l) => (l[0] === C.bed ? ['001105000030001', 1, l[2]] : l)), L('002502090010001', 2, d), L('001209000010001', 24, d), L('001208000010001', 24, d), L('XB05BCG505B002', 3, d), L('C14050150100001832230000001', 1, d)] });
  ctrl('C21', '急诊转院后院内死亡（死亡后无任何结算）', [pre, ed, st]);
}
for (let i = 0; i < 15; i++) { // C22 GH for proven GH deficiency (stimulation test in the data)
  const r = reg(); const m = member({ age: [5, 12], region: r, ins: 'resident' }); const h = H(r, '01'); const d = day2025(10, 200);
  const a = opd({ tag: 'C22', m, h, dept: 'endocrinology', date: d, dx: ['E34.301'], lines: [L(C.opdChief, 1), L('002502190030001', 1), L('002502190050001', 1)].filter((l) => rows.has(l[0])) });
  const b = opd({ tag: 'C22', m, h, dept: 'endocrinology', date: add(d, ri(14, 30)), dx: ['E23.000'], lines: [L(C.opdChief, 1), L('XH01ACS501B002', 30)] });
  ctrl('C22', '生长激素缺乏症确诊（激发试验）后生长激素治疗', [a, b], [b]);
}
for (let i = 0; i < 15; i++) { // C23 semaglutide for T2DM after metformin
  const r = reg(); const m = member({ age: [35, 70], region: r, chronic: ['E11'] }); const h = H(r, pick(['01', '02'])); const d = day2025(10, 200);
  const a = claim({ tag: 'C23', m, h, dept: 'endocrinology', vt: 'chronic', date: d, dx: ['E11.900'], lines: [L(C.chronicConsult, 1, d), L('002502050020001', 1, d), L('002502050010001', 1, d), L('XA10BAE503A001', 180, d)] });
  const d2 = add(d, ri(80, 100));
  const b = claim({ tag: 'C23', m, h, dept: 'endocrinology', vt: 'chronic', date: d2, dx: ['E11.900', 'E66.000'], lines: [L(C.chronicConsult, 1, d2), L('002502050020001', 1, d2), L('XA10BAE503A001', 180, d2), L('XA10BJS501B002', 2, d2)] });
  ctrl('C23', '二甲双胍控制不佳的2型糖尿病加用司美格鲁肽', [a, b], [b]);
}
for (let i = 0; i < 15; i++) { // C24 rehab after a fall fracture whose fixation stay is in the data
  const r = reg(); const m = member({ age: [45, 80], region: r }); const adm = day2025(10, 250);
  const a = fractureStay({ tag: 'C24', m, h: H(r, '01'), adm, kind: pick(['femneck', 'tibia']), dx: ['W01.x00'] });
  const b = rehabStay({ tag: 'C24', m, h: H(r, pick(['02', '08'])), adm: add(a.dischargeDate, ri(1, 10)), dx: ['Z50.100x001', 'T93.100'], route: 'transfer' });
  ctrl('C24', '跌倒骨折内固定后转康复（急性期在医保数据中）', [a, b], [b]);
}

// ---------- routine ----------
for (let i = 0; i < 100; i++) {
  const r = reg(); const t = i % 10; let c;
  if (t === 0) { const m = member({ age: [3, 80], region: r }); c = woundVisit({ tag: 'R', m, h: H(r, pick(['02', '03'])), date: day2025(5, 350), dx: ['S61.900', pick(['W25.x00', 'W01.x00'])] }); }
  else if (t === 1) { const m = member({ age: [18, 70], region: r }); c = opd({ tag: 'R', m, h: H(r, pick(['02', '03'])), dept: 'ortho', date: day2025(5, 350), dx: ['S93.400', 'W01.x00'], lines: [L(C.opd, 1), L('002202040020001', 1), L('XM01AEB502A003', 12)] }); }
  else if (t === 2) { const m = member({ age: [50, 85], region: r, chronic: ['I10'] }); c = chronicVisit({ tag: 'R', m, h: H(r, '03'), date: day2025(5, 350), dx: ['I10.x00x002'] }); }
  else if (t === 3) { const m = member({ age: [20, 70], region: r }); c = pharmacy({ m, h: H(r, '06'), date: day2025(5, 350), dx: ['J06.900'], lines: [L('XJ01CAA501A001', 24), L('XN02BED510A001', 6)] }); }
  else if (t === 4) { const m = member({ age: [3, 70], region: r }); c = opd({ tag: 'R', m, h: H(r, pick(['03', '05'])), dept: 'general', date: day2025(5, 350), dx: ['J06.900'], lines: [L(C.gp, 1), L('002501010010001', 1), L(ageAt(m.birthDate, '2025-06-30') >= 18 ? 'XJ01FAA503A001' : 'XJ01CAA501A001', 6)] }); }
  else if (t === 5) { const m = member({ age: [15, 70], region: r }); const adm = day2025(5, 340); c = claim({ tag: 'R', m, h: H(r, pick(['01', '02'])), dept: 'surgery', vt: 'inpatient', adm, dis: add(adm, 4), dx: ['K35.800x001'], px: [['47.0100', adm]], route: 'emergency', lines: [...stayDaily(adm, 4), ...preop(adm), L('002103010010001', 1, adm), L('003302010010001', 1, adm), L('003301010010001', 2, adm), L('C11010150100001004460000001', 1, adm), ...ivDays(adm, 0, 3, 'XJ01DCT505B002', 2)] }); }
  else if (t === 6) { const m = member({ age: [55, 88], region: r }); const adm = day2025(5, 340); c = claim({ tag: 'R', m, h: H(r, pick(['01', '02'])), dept: 'respiratory', vt: 'inpatient', adm, dis: add(adm, 8), dx: ['J18.900'], px: [], route: 'emergency', lines: [...stayDaily(adm, 8), L('002202010010001', 1, adm), L('002501010010001', 1, adm), L('002502080010001', 1, adm), ...ivDays(adm, 0, 7, 'XJ01DDT504B002', 2)] }); }
  else if (t === 7) { const m = member({ age: [20, 85], region: r }); c = fractureStay({ tag: 'R', m, h: H(r, pick(['01', '02'])), adm: day2025(5, 340), kind: pick(['radius', 'ankle', 'tibia']), dx: [pick(['W01.x00', 'W19.x00', 'W11.x00'])] }); }
  else if (t === 8) { const m = member({ age: [5, 80], region: r }); const d = day2025(5, 340); c = opd({ tag: 'R', m, h: H(r, pick(['02', '03'])), dept: 'ortho', date: d, dx: ['S52.500x001', 'W01.x00'], lines: [L(C.opd, 1), L('002202040020001', 2), L('003303020090001', 1), L('003303060010001', 1)] }); }
  else { const m = member({ age: [40, 80], region: r, chronic: ['E11'] }); c = chronicVisit({ tag: 'R', m, h: H(r, pick(['02', '03'])), date: day2025(5, 350), dx: ['E11.900'], drugs: [['XA10BAE503A001', 90, null], ['XA10BBG501A001', 30, null]] }); }
  addCase('routine', 'R', '日常诊疗', [c], [], null, []);
}

// ---------- settle: order, ids, money ----------
const sortDate = (c) => c.dischargeDate || c.visitDate;
claims.forEach((c, i) => { c._i = i; });
claims.sort((a, b) => (sortDate(a) < sortDate(b) ? -1 : sortDate(a) > sortDate(b) ? 1 : a._i - b._i));
const seqs = {};
function merge(a, b) { if (!b) return a; const o = Array.isArray(a) ? a.slice() : Object.assign({}, a); for (const k of Object.keys(b)) o[k] = (b[k] && typeof b[k] === 'object' && !Array.isArray(b[k]) && a && typeof a[k] === 'object') ? merge(a[k], b[k]) : b[k]; return o; }
function inForce(x, date) { if (Array.isArray(x) && x.length && x[0] && typeof x[0] === 'object' && ('effectiveFrom' in x[0] || 'effectiveTo' in x[0])) return x.find((v) => (!v.effectiveFrom || v.effectiveFrom <= date) && (!v.effectiveTo || date <= v.effectiveTo)); return x; }
for (const c of claims) {
  const hid = c.provider.hospitalId; seqs[hid] = (seqs[hid] || 0) + 1;
  c.claimId = `${c.region}-${hid}-2025-${String(seqs[hid]).padStart(6, '0')}`;
  const m = c._m; const ins = c.insuredRegion || c.region; const prov = policies.provinces[ins.slice(0, 2)];
  const pol = merge(prov, prov.regions && prov.regions[ins]);
  const vt = c.visitType; const sch = inForce(pol.schemes[m.ins][vt], sortDate(c));
  let totalF = 0, policyF = 0;
  for (const { r, amountF } of c._lines) {
    totalF += amountF;
    const share = r.selfPayShare != null ? r.selfPayShare : r.class === '丙' ? 1 : r.class === '乙' ? pol.yiSelfPayShare[r.category] : 0;
    policyF += Math.round(amountF * (1 - share));
  }
  const lvl = String(c.provider.level);
  let dedF;
  if (vt === 'inpatient') {
    m.admissions++;
    dedF = Math.round((typeof sch.deductible === 'object' ? sch.deductible[lvl] : sch.deductible) * 100 * (m.admissions > 1 && sch.laterAdmissionDeductibleShare != null ? sch.laterAdmissionDeductibleShare : 1));
  } else {
    const key = vt === 'chronic' ? 'chronic' : 'outpatient';
    const annual = Math.round((typeof sch.deductible === 'object' ? sch.deductible[lvl] : sch.deductible || 0) * 100);
    const used = m.ytd.ded[key] || (m.ytd.ded[key] = 0);
    dedF = Math.max(0, annual - used);
  }
  const dedUsed = Math.min(dedF, policyF);
  if (vt !== 'inpatient') { const key = vt === 'chronic' ? 'chronic' : 'outpatient'; m.ytd.ded[key] = (m.ytd.ded[key] || 0) + dedUsed; }
  let ratio = sch.ratio[lvl] + (m.retired ? sch.retireeRatioBonus || 0 : 0);
  if (sch.maxRatio != null) ratio = Math.min(ratio, sch.maxRatio);
  let fundF = Math.floor((policyF - dedUsed) * ratio);
  let capKey = vt === 'pharmacy' ? 'outpatient' : vt; let capY = sch.annualFundCap;
  if (vt === 'chronic' && sch.diseaseCaps) { const pd = c.diagnoses[0].code; for (const [g, dc] of Object.entries(sch.diseaseCaps)) if (dc.codes.some((p) => pd.startsWith(p))) { capKey = 'chronic:' + g; capY = dc.annualFundCap; } }
  const capUsed = m.ytd.cap[capKey] || 0; fundF = Math.max(0, Math.min(fundF, Math.round(capY * 100) - capUsed)); m.ytd.cap[capKey] = capUsed + fundF;
  c.amounts = { total: totalF / 100, policy: policyF / 100, fundClaimed: fundF / 100 };
  if (c.reportedGroup) c.reportedGroup.drg = groups.get(c.claimId) || null;
}
// ---------- write ----------
const clean = (c) => { const o = {}; for (const k of Object.keys(c)) if (!k.startsWith('_')) o[k] = c[k]; return o; };
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'claims.ndjson'), claims.map((c) => JSON.stringify(clean(c))).join('\n') + '\n');
const prefix = { fraud: 0, control: 1, routine: 2 };
labels.sort((a, b) => prefix[a._kind] - prefix[b._kind] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
const out = labels.map((l) => {
  const mutated = {}; for (const c of l._mutated) mutated[c.claimId] = c._fraudLines;
  return { caseId: 'B125-' + String(++caseSeq).padStart(4, '0'), kind: l.kind, code: l.code, name: l.name, claimIds: l._claims.map((c) => c.claimId), targets: l._targets.map((c) => c.claimId), mutatedLines: mutated, typology: l.typology, variant: l.variant };
});
fs.writeFileSync(path.join(outDir, 'labels.json'), JSON.stringify(out, null, 1) + '\n');
process.stderr.write(`blind125: ${claims.length} claims, ${out.length} cases\n`);
