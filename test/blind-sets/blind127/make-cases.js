#!/usr/bin/env node
// blind127 — who must pay and the edges of coverage (second set on the theme), written from public descriptions only.
// usage: node make-cases.js <outdir> [--catalogue <dir>] [--drg <dir>] [--policies <file>] [--groups <groups.ndjson>]
'use strict';
const fs = require('fs');
const path = require('path');
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const OUT = args[0];
if (!OUT || OUT.startsWith('--')) throw new Error('usage: make-cases.js <outdir> [--catalogue dir] [--groups file]');
const CAT = opt('--catalogue', '/work/wt/base126/rules/catalogue');
const DRG = opt('--drg', '/work/shared/chs-drg-1.1');
const POL = opt('--policies', path.join(CAT, '..', 'benefits', 'policies.json'));
const GROUPS = opt('--groups', null);

// ---------- seeded RNG ----------
let seed = 1270127;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- reference data ----------
const rows = new Map();
for (const f of fs.readdirSync(CAT)) {
  if (!f.endsWith('.json') || f.includes('rules') || f === 'indications.json') continue;
  const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  for (const r of j.rows || []) rows.set(r.code, r);
}
const DX = JSON.parse(fs.readFileSync(path.join(DRG, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRG, 'procedures.json'), 'utf8'));
const policies = JSON.parse(fs.readFileSync(POL, 'utf8'));
const groups = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) if (l.trim()) { const g = JSON.parse(l); groups[g.claimId] = g.drg; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const rdate = (from = '2025-01-06', to = '2025-11-30') => add(from, ri(0, diff(from, to)));
function ageAt(birth, date) { const b = D(birth), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }

// ---------- regions, institutions, doctors ----------
const REGIONS = [{ code: '510100', prov: '51', name: '成都' }, { code: '370100', prov: '37', name: '济南' }, { code: '230100', prov: '23', name: '哈尔滨' }];
const HOSP_KINDS = { '01': { level: 3, kind: 'public general' }, '02': { level: 2, kind: 'public county/district' }, '03': { level: 1, kind: 'community centre' },
  '04': { level: 2, kind: 'private general (民营)' }, '05': { level: 1, kind: 'private clinic (门诊部)' }, '06': { level: 1, kind: 'pharmacy' }, '07': { level: 2, kind: 'private specialist (整形/妇产)' } };
const hosp = (reg, k) => ({ id: 'H' + reg.code.slice(0, 4) + '00' + k, level: HOSP_KINDS[k].level, region: reg.code, prov: reg.prov, k });
const DEPTS = ['orthopaedics', 'emergency', 'general', 'dermatology', 'plastic', 'gynaecology', 'ophthalmology', 'endocrinology', 'paediatrics', 'stomatology', 'tcm', 'surgery', 'oncology', 'pharmacy', 'internal', 'check-up'];
const doctor = (h, dept, n) => 'D' + h.id.slice(1) + String(DEPTS.indexOf(dept)).padStart(2, '0') + (n == null ? ri(1, 3) : n);

// ---------- members ----------
let memberSeq = 0;
function member(o) {
  const reg = o.region || pick(REGIONS);
  const sex = o.sex || (rnd() < 0.5 ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(20, 80);
  const type = o.type || (age < 18 || age > 75 ? 'resident' : (rnd() < 0.7 ? 'employee' : 'resident'));
  const birth = add('2025-01-01', -(age * 365 + ri(30, 330) + Math.floor(age / 4)));
  const retAge = sex === 'M' ? 60 : 55;
  const retired = type === 'employee' && age >= retAge && o.retired !== false;
  const minY = sex === 'M' ? 30 : 25;
  const contributionYears = type === 'employee' ? (retired ? minY + ri(1, 10) : Math.max(1, Math.min(age - 20, ri(3, 30)))) : Math.max(1, Math.min(age, ri(2, 15)));
  const enrollment = Object.assign({ enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: Math.min(contributionYears, ri(3, 15)), lapsedYears: 0,
    backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null }, o.enrollment || {});
  return { id: 'P127' + String(++memberSeq).padStart(6, '0'), sex, birth, type, retired, reg, enrollment };
}

// ---------- claims ----------
const claims = [];
let claimSeq = 0;
function priceFen(row, level) { return Math.round(row.priceCap[String(level)] * 100); }
function share(row, prov) {
  if (row.selfPayShare != null) return row.selfPayShare;
  if (row.class === '丙') return 1;
  if (row.class === '甲') return 0;
  return policies.provinces[prov].yiSelfPayShare[row.category] || 0.1;
}
const STAY = { bed: '001105000010001', round: '001103000010001', n2: '001201000030001', n1: '001201000020001', n3: '001201000040001' };

function build(o) {
  // o: m, h, dept, visit, date | adm+dis, dx[], px[[code,date]], lines[[code,qty,date,{fraud}]], nursing, route, mode, insuredRegion, transferFrom, insType, idRegion
  const m = o.m, h = o.h, visit = o.visit;
  for (const d of o.dx) if (!(d in DX)) throw new Error('unknown diagnosis ' + d);
  for (const p of o.px || []) if (!(p[0] in PX)) throw new Error('unknown procedure ' + p[0]);
  const seq = ++claimSeq;
  const claimId = (o.idRegion || h.region) + '-' + h.id + '-2025-' + String(seq).padStart(6, '0');
  const lines = [];
  const addLine = (code, qty, date, f) => lines.push({ code, qty, date, fraud: !!(f && f.fraud) });
  if (visit === 'inpatient') {
    const nights = diff(o.adm, o.dis);
    if (nights < 1) throw new Error('stay with no night ' + claimId);
    const nurse = STAY[o.nursing || 'n2'];
    for (let i = 0; i < nights; i++) { const d = add(o.adm, i); addLine(STAY.bed, 1, d); addLine(STAY.round, 1, d); addLine(nurse, 1, d); }
  } else if (visit === 'outpatient' && !o.noConsult) addLine(h.level === 1 && h.k === '03' ? '001102000040001' : '001102000010001', 1, o.date);
  else if (visit === 'chronic') addLine('001109000010001', 1, o.date);
  for (const l of o.lines) addLine(l[0], l[1], l[2] || o.date || o.adm, l[3]);
  // validation
  const dxs = o.dx;
  const perDay = {}, days = {};
  const mutated = [];
  const items = lines.map((l, i) => {
    const row = rows.get(l.code);
    if (!row) throw new Error('no catalogue row ' + l.code);
    const lineId = String(i + 1);
    if (l.fraud) mutated.push(lineId);
    const k = l.code + '|' + l.date;
    perDay[k] = (perDay[k] || 0) + l.qty;
    (days[l.code] = days[l.code] || new Set()).add(l.date);
    if (!l.fraud) {
      const why = [];
      if (row.setting === 'inpatient' && visit !== 'inpatient') why.push('setting');
      if (row.setting === 'outpatient' && visit === 'inpatient') why.push('setting');
      if (row.minLevel && h.level < row.minLevel) why.push('level');
      if (row.gender && row.gender !== m.sex) why.push('gender');
      const age = ageAt(m.birth, l.date);
      if (row.ageMin != null && age < row.ageMin) why.push('ageMin');
      if (row.ageMax != null && age > row.ageMax) why.push('ageMax');
      if (Array.isArray(row.indications) && !dxs.some((d) => row.indications.some((p) => d.startsWith(p)))) why.push('indication');
      if (row.maxPerDay != null && perDay[k] > row.maxPerDay) why.push('maxPerDay');
      if (row.maxDays != null && days[l.code].size > row.maxDays) why.push('maxDays');
      if (visit === 'inpatient' && (l.date < o.adm || l.date > o.dis)) why.push('stay dates');
      if (visit !== 'inpatient' && l.date !== o.date) why.push('visit date');
      if (why.length) throw new Error(claimId + ' line ' + lineId + ' ' + row.name + ': ' + why.join(','));
    }
    const unit = priceFen(row, h.level);
    const code = row.products ? row.products[0] : row.code;
    return { lineId, code, name: row.name, category: row.category, date: l.date, quantity: l.qty, unitFen: unit, amountFen: unit * l.qty, shareV: share(row, (o.insuredRegion || h.region).slice(0, 2)) };
  });
  const c = {
    claimId, region: h.region, insuranceType: o.insType || m.type, visitType: visit,
    patient: { insuredId: m.id, gender: m.sex, birthDate: m.birth, retired: (o.insType || m.type) === 'employee' ? m.retired : false },
    enrollment: Object.assign({}, m.enrollment, o.enrollment || {}),
    provider: { hospitalId: h.id, level: h.level, department: o.dept, doctorId: o.doctor || doctor(h, o.dept) },
  };
  if (o.insuredRegion && o.insuredRegion !== h.region) c.insuredRegion = o.insuredRegion;
  if (visit === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
  c.diagnoses = dxs.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = (o.px || []).map((p) => ({ code: p[0], date: p[1] }));
  if (visit === 'inpatient') {
    c.reportedGroup = { drg: groups[claimId] || null, dip: null };
    c.admissionRoute = o.route || 'outpatient';
    c.dischargeMode = o.mode || 'ordered';
    if (o.transferFrom) c.transferFromHospitalId = o.transferFrom;
  }
  c._items = items; c._sortDate = o.dis || o.date; c._mutated = mutated;
  claims.push(c);
  return c;
}

// ---------- cases ----------
const labels = [];
let caseSeq = 0;
function kase(kind, code, name, cs, variant, targets) {
  const mutatedLines = {};
  for (const c of cs) if (c._mutated.length) mutatedLines[c.claimId] = c._mutated.slice();
  labels.push({ caseId: 'B127-' + String(++caseSeq).padStart(4, '0'), kind, code, name, claimIds: cs.map((c) => c.claimId),
    targets: (targets || cs).map((c) => c.claimId), mutatedLines: kind === 'fraud' ? mutatedLines : {}, typology: code,
    variant: kind === 'fraud' ? variant : kind === 'control' ? 'legit' : 'routine' });
}
const H = (reg, k) => hosp(reg, k);
const regs = (i) => REGIONS[i % 3];

// common bundles
const L = {
  adm: (d) => [['001204000080001', 1, d], ['002501010010001', 1, d], ['002501020010001', 1, d], ['002502010010001', 1, d], ['002502020010001', 1, d], ['002502030010001', 1, d], ['002502060010001', 1, d]],
  preop: (d) => [['002502120010001', 1, d], ['002502130010001', 1, d], ['003107010010001', 1, d], ['002202040010001', 1, d]],
  ivDays: (a, n, drug, q) => { const r = []; for (let i = 0; i < n; i++) { const d = add(a, i); r.push(['001204000010001', 1, d], ['C14010150100001020350000001', 1, d], ['XB05BBL511B002', 2, d]); if (drug) r.push([drug, q || 1, d]); } return r; },
  oral: (code, q, d) => [[code, q, d]],
};

// ORIF stay for a fracture: returns lines and procedure
function fractureStay(kind, a, dis) {
  const op = add(a, 1);
  const F = {
    tibia: { svc: '003303020060001', px: '79.3600', implant: [['C03010150400001786600000001', 1], ['C03010150500001199820000001', 6]] },
    radius: { svc: '003303020040001', px: '79.3200x011', implant: [['C03010150400001786600000001', 1], ['C03010150500001199820000001', 4]] },
    clavicle: { svc: '003303020030001', px: '79.3900', implant: [['C03010150400001786600000001', 1], ['C03010150500001199820000001', 6]] },
  }[kind];
  const lines = [...L.adm(a), ['002202040020001', 1, a], ...L.preop(a).filter((x) => x[0] !== '002202040020001'),
    [F.svc, 1, op], ['003301010020001', 1, op], ...F.implant.map((x) => [x[0], x[1], op]), ['C11010150600001900710000001', 1, op], ['C11010150200001895120000001', 2, op],
    ['XJ01DCT505B002', 3, op], ['XM01AEB502A003', 2, add(op, 1)], ['002202040020001', 1, add(op, 1)], ['001205000020001', 1, add(op, 2)], ...L.ivDays(a, 3)];
  return { lines, px: [[F.px, op]] };
}
const FRAC = { tibia: 'S82.201', radius: 'S52.500x001', clavicle: 'S42.000' };
const wound = (d, n) => [['003309010010001', 1, d], ['003301010030001', 1, d], ['C14020150200001397260000001', 1, d], ['C11010150200001895120000001', n || 1, d], ['XN01BBL509B002', 2, d]];

// check 79.3900 exists else use 79.3100? (clavicle ORIF is 79.39 其他特指骨)
if (!('79.3900' in PX)) throw new Error('79.3900 missing');

// ---------- fraud typologies ----------
function stayDates(lenMin, lenMax) { const a = rdate(); return [a, add(a, ri(lenMin, lenMax))]; }

const FR = [];
// T01 traffic injury (third-party liability) billed to basic insurance
FR.push(['T01', '交通事故第三方责任伤由基本医保支付', (i, v) => {
  const reg = regs(i); const h = H(reg, pick(['01', '02', '04'])); const m = member({ region: reg, age: ri(22, 58) });
  const kind = pick(['tibia', 'radius', 'clavicle']); const [a, dis] = stayDates(7, 11); const f = fractureStay(kind, a, dis);
  const dx = v === 'overt' ? [FRAC[kind], pick(['V89.200x091', 'V89.200x093', 'V43.x00'])] : [FRAC[kind], 'S06.000', 'S00.001'];
  return [build({ m, h, dept: 'orthopaedics', visit: 'inpatient', adm: a, dis, dx, px: f.px, lines: [...f.lines, ['002301010010001', 1, a]], route: 'emergency' })];
}]);
// T02 assault injury (third party) billed to basic insurance
FR.push(['T02', '打架斗殴他人加害致伤由基本医保支付', (i, v) => {
  const reg = regs(i); const m = member({ region: reg, sex: 'M', age: ri(19, 45) }); const d = rdate();
  if (i % 2 === 0) { const h = H(reg, pick(['01', '02'])); const [a, dis] = [d, add(d, ri(3, 5))];
    const dx = v === 'overt' ? ['S06.000', 'S01.000', pick(['Y04.x00', 'X99.x00'])] : ['S06.000', 'S01.000', 'S00.001'];
    return [build({ m, h, dept: 'emergency', visit: 'inpatient', adm: a, dis, dx, px: [['86.5902', a]], lines: [...L.adm(a), ['002301010010001', 1, a], ...wound(a, 2), ['XN06BXB506B002', 2, a], ['XN06BXB506B002', 2, add(a, 1)], ...L.ivDays(a, 2), ['001205000010001', 1, add(a, 2)]], route: 'emergency' })]; }
  const h = H(reg, pick(['01', '02', '03']));
  const dx = v === 'overt' ? ['S01.400', 'X99.x00'] : ['S61.000x001'];
  return [build({ m, h, dept: 'emergency', visit: 'outpatient', date: d, dx, px: [['86.5900x006', d]], lines: [['001102000050001', 1, d], ...wound(d, 2), ['XJ01DBT501A001', 12, d]], noConsult: true })];
}]);
// T03 work injury billed to basic insurance
FR.push(['T03', '工伤由基本医保支付', (i, v) => {
  const reg = regs(i); const m = member({ region: reg, sex: 'M', age: ri(23, 55), type: 'employee' }); const h = H(reg, pick(['02', '04', '01']));
  const a = rdate(); const dis = add(a, ri(5, 9));
  const dx = v === 'overt' ? ['S62.600', pick(['W31.x00', 'W23.x00']), 'S61.000x001'] : ['S62.600', 'S61.000x001'];
  return [build({ m, h, dept: 'orthopaedics', visit: 'inpatient', adm: a, dis, dx, px: [['86.2201', a], ['79.1400', add(a, 1)]],
    lines: [...L.adm(a), ['002202040020001', 1, a], ...wound(a, 4), ['003303020090001', 1, add(a, 1)], ['003301010020001', 1, add(a, 1)], ['C03010150500001199820000001', 2, add(a, 1)], ['XJ01DCT505B002', 3, a], ['XJ01DCT505B002', 3, add(a, 1)], ...L.ivDays(a, 3), ['001205000020001', 1, add(a, 3)]], route: 'emergency' })];
}]);
// T04 injury coded as disease to hide the cause
FR.push(['T04', '外伤编码为疾病以掩盖致伤原因', (i, v) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(25, 60) }); const h = H(reg, pick(['02', '04']));
  const [a, dis] = stayDates(8, 12); const f = fractureStay('tibia', a, dis);
  const dx = v === 'overt' ? ['M79.600', 'M25.500'] : ['M25.500', 'M79.600'];
  const lines = v === 'overt' ? f.lines : f.lines.filter((l) => !l[0].startsWith('C0301')).concat([['003303060010001', 1, add(a, 1)]]);
  const px = v === 'overt' ? f.px : [];
  return [build({ m, h, dept: 'orthopaedics', visit: 'inpatient', adm: a, dis, dx, px, lines: v === 'overt' ? lines : lines.filter((l) => l[0] !== '003303020060001'), route: 'emergency' })];
}]);
// T05 cosmetic care dressed as covered treatment
FR.push(['T05', '医疗美容以治疗名义纳入医保', (i, v) => {
  const reg = regs(i); const m = member({ region: reg, sex: 'F', age: ri(21, 42), type: 'employee' }); const h = H(reg, '07'); const a = rdate(); const dis = add(a, ri(2, 4));
  if (v === 'overt') {
    const dx = [pick(['Z41.100x003', 'Z41.100', 'H02.300x004'])];
    return [build({ m, h, dept: 'plastic', visit: 'inpatient', adm: a, dis, dx, px: [['08.7000', add(a, 1)]], lines: [...L.adm(a), ['003309010010001', 2, add(a, 1), { fraud: true }], ['003309020010001', 1, add(a, 1), { fraud: true }], ['003301010030001', 2, add(a, 1)], ['C11010150200001895120000001', 4, add(a, 1)], ['XJ01DCT505B002', 2, add(a, 1)], ['003309040010001', 1, dis]] })];
  }
  // careful: bilateral 'ptosis' repair in a young woman at a private specialist hospital, no visual-field test
  return [build({ m, h, dept: 'ophthalmology', visit: 'inpatient', adm: a, dis, dx: ['H02.400'], px: [['08.3200x001', add(a, 1)]], lines: [...L.adm(a), ['003309020010001', 1, add(a, 1)], ['003301010030001', 2, add(a, 1)], ['C11010150200001895120000001', 4, add(a, 1)], ['XJ01DCT505B002', 2, add(a, 1)], ['003309040010001', 1, dis]] })];
}]);
// T06 assisted reproduction dressed as covered gynaecology
FR.push(['T06', '辅助生殖以妇科疾病名义结算', (i, v) => {
  const reg = regs(i); const m = member({ region: reg, sex: 'F', age: ri(28, 40), type: 'employee' }); const h = H(reg, pick(['07', '01']));
  const d0 = rdate('2025-01-06', '2025-10-20'); const cs = [];
  const dx = v === 'overt' ? ['Z31.200', 'N97.100'] : [pick(['E28.200', 'N97.000'])];
  // follicle monitoring every 2 days, then luteal support and pregnancy test
  for (let k = 0; k < 4; k++) { const d = add(d0, k * 2); cs.push(build({ m, h, dept: 'gynaecology', visit: 'outpatient', date: d, dx, lines: [['002103010080001', 1, d], ...(k === 0 ? [['XG03CAC501A001', 14, d]] : [])] })); }
  const t = add(d0, 12);
  cs.push(build({ m, h, dept: 'gynaecology', visit: 'outpatient', date: t, dx, lines: [['XG03DAH502B002', 14, t], ['XG03DBD509A001', 28, t]] }));
  const b = add(d0, 26);
  cs.push(build({ m, h, dept: 'gynaecology', visit: 'outpatient', date: b, dx, lines: [['001204000080001', 1, b], ['002502190010001', 1, b]] }));
  return cs;
}]);
// T07 check-up dressed as illness
const CHECK = (d, m) => [['001204000080001', 1, d], ['002501010010001', 1, d], ['002501020010001', 1, d], ['002502010010001', 1, d], ['002502020010001', 1, d], ['002502040010001', 1, d], ['002502050010001', 1, d],
  ['002502170010001', 1, d], ['002502170020001', 1, d], ['002202040010001', 1, d], ['002103010010001', 1, d], ['002103010050001', 1, d], ['003107010010001', 1, d], ['002502180010001', 1, d],
  ...(m.sex === 'F' ? [['002502160010001', 1, d], ['002103010090001', 1, d]] : ageAt(m.birth, d) >= 40 ? [['002502150010001', 1, d]] : [])];
FR.push(['T07', '健康体检以疾病诊疗名义结算', (i, v) => {
  const reg = regs(i); const h = H(reg, pick(['02', '04'])); const d = rdate(); const doc = doctor(h, 'check-up', 1);
  // an employer's staff screened the same morning: three members, same doctor
  const cs = [];
  for (let k = 0; k < 3; k++) {
    const m = member({ region: reg, age: ri(28, 56), type: 'employee' });
    const dx = v === 'overt' ? ['Z00.000'] : [pick(['R51.x00', 'R42.x00', 'R53.x00', 'K29.500'])];
    cs.push(build({ m, h, dept: v === 'overt' ? 'check-up' : 'internal', doctor: doc, visit: 'outpatient', date: d, dx, lines: CHECK(d, m) }));
  }
  return cs;
}]);
// T08 non-covered services swapped into covered rows (串换)
FR.push(['T08', '非医保项目串换为医保项目（正畸/三伏贴/冷敷贴）', (i, v) => {
  const reg = regs(i); const sub = i % 3; const cs = [];
  if (sub === 0) { // orthodontic adjustments billed as periodontal scaling
    const m = member({ region: reg, age: ri(11, 16), type: 'resident' }); const h = H(reg, '05'); const d0 = rdate('2025-01-06', '2025-06-30');
    for (let k = 0; k < 4; k++) { const d = add(d0, k * 28 + ri(0, 3)); cs.push(build({ m, h, dept: 'stomatology', visit: 'outpatient', date: d, dx: v === 'overt' ? ['K07.300'] : ['K05.100'],
      lines: [['003105130010001', 1, d, v === 'overt' ? { fraud: true } : undefined], ...(k === 0 ? [['002202050020001', 1, d]] : [])] })); }
  } else if (sub === 1) { // 三伏贴 (丙) billed as 穴位贴敷 (乙) in the dog days
    const m = member({ region: reg, age: ri(30, 70) }); const h = H(reg, pick(['03', '05'])); const d0 = add('2025-07-20', ri(0, 2));
    for (let k = 0; k < 3; k++) { const d = add(d0, k * 10); cs.push(build({ m, h, dept: 'tcm', visit: 'outpatient', date: d, dx: v === 'overt' ? ['Z76.900'] : [pick(['J45.900', 'J31.000'])],
      lines: [['004300000230001', 6, d, { fraud: true }]] })); }
  } else { // cosmetic cold masks billed as wound dressings on acne
    const m = member({ region: reg, sex: 'F', age: ri(18, 35) }); const h = H(reg, '07'); const d0 = rdate();
    for (let k = 0; k < 3; k++) { const d = add(d0, k * 7); cs.push(build({ m, h, dept: 'dermatology', visit: 'outpatient', date: d, dx: ['L70.000'],
      lines: v === 'overt' ? [['C14020150900001583490000001', 12, d, { fraud: true }]] : [['C14020150800001472160000001', 4, d, { fraud: true }], ['XD06AXM509E001', 1, d]] })); }
  }
  return cs;
}]);
// T09 restricted drugs outside their conditions (限定支付)
FR.push(['T09', '限定支付药品超范围使用（减重/身高）', (i, v) => {
  const reg = regs(i); const cs = [];
  if (i % 2 === 0) { // semaglutide for weight loss
    const m = member({ region: reg, age: ri(25, 45), type: 'employee' }); const h = H(reg, pick(['01', '02', '06'])); const d0 = rdate('2025-01-06', '2025-08-31');
    const visit = h.k === '06' ? 'pharmacy' : 'outpatient'; const dept = visit === 'pharmacy' ? 'pharmacy' : 'endocrinology';
    for (let k = 0; k < 3; k++) { const d = add(d0, k * 28); cs.push(build({ m, h, dept, visit, date: d, noConsult: visit === 'pharmacy', dx: v === 'overt' ? ['E66.000'] : ['E11.900'],
      lines: [['XA10BJS501B002', 1, d, v === 'overt' ? { fraud: true } : undefined]] })); }
  } else { // growth hormone for idiopathic short stature
    const m = member({ region: reg, age: ri(7, 12), type: 'resident' }); const h = H(reg, '01'); const d0 = rdate('2025-01-06', '2025-08-31');
    for (let k = 0; k < 3; k++) { const d = add(d0, k * 30); cs.push(build({ m, h, dept: 'paediatrics', visit: 'outpatient', date: d, dx: v === 'overt' ? ['E34.300'] : ['E23.000'],
      lines: [['XH01ACS501B002', 30, d, v === 'overt' ? { fraud: true } : undefined]] })); }
  }
  return cs;
}]);
// T10 care inside the waiting period after a lapse (断保后补缴即就医)
FR.push(['T10', '断保后参保待遇等待期内就医结算', (i, v) => {
  const reg = regs(i); const lapsed = v === 'overt' ? ri(1, 2) : 3; const back = v === 'overt' ? 0 : 1;
  const enrolledOn = rdate('2025-03-01', '2025-06-30');
  const m = member({ region: reg, age: ri(30, 70), type: 'resident', enrollment: { enrolledOn, inConcentratedPeriod: false, continuousYears: 0, lapsedYears: lapsed, backPaidYears: back } });
  const wait = 90 + 30 * Math.max(0, lapsed - 1) - 30 * back;
  const a = add(enrolledOn, v === 'overt' ? ri(12, 40) : wait - ri(3, 12)); const h = H(reg, pick(['02', '04'])); const dis = add(a, ri(6, 9));
  const dx = pick([['K80.100'], ['J18.900'], ['I63.900']]);
  let lines;
  if (dx[0] === 'K80.100') lines = [...L.adm(a), ['002103010010001', 1, a], ['003302020010001', 1, add(a, 1)], ['003301010010001', 2, add(a, 1)], ['C11010150100001004460000001', 2, add(a, 1)], ['C11010150400001380140000001', 4, add(a, 1)], ...L.ivDays(a, 3, 'XJ01DCT505B002', 2)];
  else if (dx[0] === 'J18.900') lines = [...L.adm(a), ['002301010020001', 1, a], ['002502080010001', 1, a], ...L.ivDays(a, 6, 'XJ01DDT504B002', 2)];
  else lines = [...L.adm(a), ['002301010010001', 1, a], ['002103010030001', 1, add(a, 1)], ...L.ivDays(a, 6, 'ZA12BAX511B002', 2), ['XB01ACA509A001', 6, a]];
  const px = dx[0] === 'K80.100' ? [['51.2300', add(a, 1)]] : [];
  return [build({ m, h, dept: dx[0] === 'K80.100' ? 'surgery' : 'internal', visit: 'inpatient', adm: a, dis, dx, px, lines, route: v === 'overt' ? 'outpatient' : 'emergency' })];
}]);
// T11 claims after death
FR.push(['T11', '参保人死亡后继续刷卡结算', (i, v) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(68, 88), type: pick(['employee', 'resident']), enrollment: { chronicDiseases: ['I10', 'E11'] } });
  const h = H(reg, '01'); const a = rdate('2025-01-06', '2025-08-31'); const dis = add(a, ri(4, 12));
  const death = build({ m, h, dept: 'internal', visit: 'inpatient', adm: a, dis, dx: ['I63.900', 'I10.x00', 'E11.900'], lines: [...L.adm(a), ['002301010010001', 1, a], ...L.ivDays(a, diff(a, dis), 'ZA12BAX511B002', 2).filter((x) => x[0] !== 'ZA12BAX511B002' || diff(a, x[2]) < 14), ['001209000010001', 24, a]], route: 'emergency', mode: 'death', nursing: 'n1' });
  const after = [];
  if (v === 'overt') { const d = add(dis, ri(5, 20)); after.push(build({ m, h: H(reg, '03'), dept: 'general', visit: 'chronic', date: d, dx: ['I10.x00', 'E11.900'], lines: [['XC08CAA512A001', 28, d], ['XA10BAE503A001', 56, d]] })); }
  else { const d = add(dis, ri(40, 110)); after.push(build({ m, h: H(reg, '06'), dept: 'pharmacy', visit: 'pharmacy', date: d, noConsult: true, dx: ['I10.x00'], lines: [['XC09CAE502A001', 28, d]] })); }
  return [death, ...after];
}]);
// T12 same bills reimbursed twice (异地直接结算 + 手工报销; two registrations)
FR.push(['T12', '同一费用异地直接结算后再手工报销（重复报销）', (i, v) => {
  const home = regs(i), away = regs(i + 1); const m = member({ region: home, age: ri(55, 80), type: 'employee' });
  const h = H(away, '01'); const [a, dis] = stayDates(6, 10);
  const spec = { m, h, dept: 'internal', visit: 'inpatient', adm: a, dis, dx: ['J18.900', 'I10.x00'], insuredRegion: home.code,
    lines: [...L.adm(a), ['002301010020001', 1, a], ['002502080010001', 1, a], ['002502140020001', 1, a], ...L.ivDays(a, diff(a, dis), 'XJ01DDT504B002', 2).filter((x) => x[0] !== 'XJ01DDT504B002' || diff(a, x[2]) < 14)], route: 'emergency' };
  const first = build(spec);
  if (v === 'overt') return [first, build(Object.assign({}, spec, { idRegion: home.code }))];
  // careful: the manual claim under a second registration (resident scheme, other region), same stay and bill
  return [first, build(Object.assign({}, spec, { insType: 'resident', insuredRegion: regs(i + 2).code, idRegion: regs(i + 2).code }))];
}]);
// T13 member is not who the card says (冒名)
FR.push(['T13', '冒用他人医保凭证就医', (i, v) => {
  const reg = regs(i);
  if (v === 'overt') { const m = member({ region: reg, sex: 'F', age: ri(45, 70), type: 'employee' }); const h = H(reg, pick(['01', '02'])); const d = rdate();
    return [build({ m, h, dept: 'surgery', visit: 'outpatient', date: d, dx: ['N40.x00'], lines: [['001204000080001', 1, d], ['002502150010001', 1, d, { fraud: true }], ['002103010060001', 1, d], ['XG04CAT510A003', 28, d, { fraud: true }]] })]; }
  // careful: a grandparent's retiree card for a young relative's sports knee operation
  const m = member({ region: reg, sex: 'M', age: ri(71, 79), type: 'employee' }); const h = H(reg, '04'); const [a, dis] = stayDates(4, 6); const op = add(a, 1);
  return [build({ m, h, dept: 'orthopaedics', visit: 'inpatient', adm: a, dis, dx: ['S83.500x011'], px: [['81.4504', op]], lines: [...L.adm(a), ...L.preop(a), ['002401010030001', 1, a], ['003303040030001', 1, op], ['003301010020001', 1, op], ['C03010151000001628810000001', 2, op], ['C11010150600001900710000001', 1, op], ['XJ01DCT505B002', 3, op], ['XM01AEB502A003', 2, add(op, 1)], ...L.ivDays(a, 2)] })];
}]);
// T14 tonics and health products billed as covered drugs (保健品/自费转嫁)
FR.push(['T14', '保健滋补品以医保药品名义结算', (i, v) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(50, 78) }); const h = H(reg, pick(['06', '05'])); const cs = [];
  const visit = h.k === '06' ? 'pharmacy' : 'outpatient'; const dept = visit === 'pharmacy' ? 'pharmacy' : 'tcm';
  const d0 = rdate('2025-01-06', '2025-10-31');
  for (let k = 0; k < 3; k++) { const d = add(d0, k * ri(10, 16));
    const lines = v === 'overt' ? [['T001700502', 500, d, { fraud: true }], ['T001700501', 500, d, { fraud: true }], ['T001700503', 250, d, { fraud: true }]]
      : [['T001700502', 150, d, { fraud: true }], ['T001700501', 150, d], ['T001700503', 100, d], ['T001700504', 100, d], ['T001700505', 30, d]];
    cs.push(build({ m, h, dept, visit, date: d, noConsult: visit === 'pharmacy', dx: [v === 'overt' ? 'R53.x00' : 'D50.900'], lines }));
  }
  return cs;
}]);
// T15 public-health / child-health services billed to the fund
FR.push(['T15', '儿童保健/公共卫生服务以疾病名义结算', (i, v) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(1, 3), type: 'resident' }); const h = H(reg, pick(['03', '02'])); const d = rdate();
  const dx = v === 'overt' ? ['Z76.200'] : ['J06.900'];
  return [build({ m, h, dept: 'paediatrics', visit: 'outpatient', date: d, dx, lines: [['003402000200001', 1, d, { fraud: true }], ['002501010010001', 1, d], ['002501030010001', 1, d], ['003104010040001', 1, d, { fraud: true }], ['003103010060001', 1, d, { fraud: true }]] })];
}]);

// ---------- controls ----------
const CT = [];
CT.push(['C01', '先行支付：肇事方逃逸的交通伤（基本医保先行支付）', 'T01', (i) => {
  const reg = regs(i); const h = H(reg, pick(['01', '02'])); const m = member({ region: reg, age: ri(25, 75) }); const kind = pick(['tibia', 'radius', 'clavicle']); const [a, dis] = stayDates(7, 11); const f = fractureStay(kind, a, dis);
  return [build({ m, h, dept: 'orthopaedics', visit: 'inpatient', adm: a, dis, dx: [FRAC[kind], 'V89.200x091'], px: f.px, lines: f.lines, route: 'emergency' })];
}]);
CT.push(['C02', '居家跌倒骨折（无第三方）', 'T01,T04', (i) => {
  const reg = regs(i); const h = H(reg, pick(['01', '02'])); const m = member({ region: reg, sex: 'F', age: ri(62, 85) }); const kind = pick(['radius', 'tibia']); const [a, dis] = stayDates(7, 10); const f = fractureStay(kind, a, dis);
  return [build({ m, h, dept: 'orthopaedics', visit: 'inpatient', adm: a, dis, dx: [FRAC[kind], pick(['W01.x00', 'W10.x00']), 'M81.000'].filter((x) => x in DX), px: f.px, lines: f.lines, route: 'emergency' })];
}]);
CT.push(['C03', '运动损伤：前交叉韧带断裂重建（青年）', 'T13,T01', (i) => {
  const reg = regs(i); const m = member({ region: reg, sex: 'M', age: ri(18, 32) }); const h = H(reg, pick(['01', '02'])); const [a, dis] = stayDates(4, 6); const op = add(a, 1);
  return [build({ m, h, dept: 'orthopaedics', visit: 'inpatient', adm: a, dis, dx: ['S83.500x011'], px: [['81.4504', op]], lines: [...L.adm(a), ...L.preop(a), ['002401010030001', 1, a], ['003303040030001', 1, op], ['003301010020001', 1, op], ['C03010151000001628810000001', 2, op], ['C11010150600001900710000001', 1, op], ['XJ01DCT505B002', 3, op], ['XM01AEB502A003', 2, add(op, 1)], ...L.ivDays(a, 2)] })];
}]);
CT.push(['C04', '农民/灵活就业者自家劳作手外伤（无工伤保险）', 'T03', (i) => {
  const reg = regs(i); const m = member({ region: reg, sex: 'M', age: ri(40, 68), type: 'resident' }); const h = H(reg, pick(['02', '03'])); const d = rdate();
  return [build({ m, h, dept: 'emergency', visit: 'outpatient', date: d, dx: ['S61.000x001', 'W31.x00'], px: [['86.5900x006', d]], lines: [['001102000050001', 1, d], ...wound(d, 3), ['002202040020001', 1, d], ['XJ01DBT501A001', 12, d]], noConsult: true })];
}]);
CT.push(['C05', '退休人员在家使用工具致伤', 'T03', (i) => {
  const reg = regs(i); const m = member({ region: reg, sex: 'M', age: ri(62, 75), type: 'employee' }); const h = H(reg, pick(['01', '02'])); const a = rdate(); const dis = add(a, ri(5, 8));
  return [build({ m, h, dept: 'orthopaedics', visit: 'inpatient', adm: a, dis, dx: ['S62.600', 'W31.x00', 'S61.000x001'], px: [['86.2201', a], ['79.1400', add(a, 1)]],
    lines: [...L.adm(a), ['002202040020001', 1, a], ...wound(a, 4), ['003303020090001', 1, add(a, 1)], ['003301010020001', 1, add(a, 1)], ['C03010150500001199820000001', 2, add(a, 1)], ['XJ01DCT505B002', 3, a], ['XJ01DCT505B002', 3, add(a, 1)], ...L.ivDays(a, 3), ['001205000020001', 1, add(a, 3)]], route: 'emergency' })];
}]);
CT.push(['C06', '运动中意外碰撞头面部裂伤', 'T02', (i) => {
  const reg = regs(i); const m = member({ region: reg, sex: 'M', age: ri(16, 40) }); const h = H(reg, pick(['01', '02', '03'])); const d = rdate();
  return [build({ m, h, dept: 'emergency', visit: 'outpatient', date: d, dx: ['S01.400', 'W51.x00'], px: [['86.5900x006', d]], lines: [['001102000050001', 1, d], ...wound(d, 2), ['XJ01DBT501A001', 12, d]], noConsult: true })];
}]);
CT.push(['C07', '乳腺癌术后乳房重建', 'T05', (i) => {
  const reg = regs(i); const m = member({ region: reg, sex: 'F', age: ri(35, 55), type: 'employee' }); const h = H(reg, '01'); const [a, dis] = stayDates(7, 10); const op = add(a, 1);
  return [build({ m, h, dept: 'plastic', visit: 'inpatient', adm: a, dis, dx: ['Z42.100', 'Z90.100', 'Z85.300'].filter((x) => x in DX), px: [['85.7100', op]],
    lines: [...L.adm(a), ...L.preop(a), ['003309010040001', 1, op], ['003301010010001', 3, op], ['C14040150300001408220000001', 2, op], ['C11010150600001900710000001', 1, op], ['C11010150200001895120000001', 6, op], ['XJ01DCT505B002', 3, op], ['XJ01DCT505B002', 3, add(op, 1)], ['001205000020001', 1, add(op, 3)], ...L.ivDays(a, 3)] })];
}]);
CT.push(['C08', '老年性上睑下垂遮挡视野矫正', 'T05', (i) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(66, 82) }); const h = H(reg, pick(['01', '02'])); const a = rdate(); const dis = add(a, ri(2, 3));
  return [build({ m, h, dept: 'ophthalmology', visit: 'inpatient', adm: a, dis, dx: ['H02.400'], px: [['08.3200x001', add(a, 1)]], lines: [...L.adm(a), ['003103010040001', 2, a], ['003103010020001', 2, a], ['003309020010001', 1, add(a, 1)], ['003301010030001', 2, add(a, 1)], ['C11010150200001895120000001', 4, add(a, 1)], ['003309040010001', 1, dis]] })];
}]);
CT.push(['C09', '烧伤后瘢痕挛缩松解植皮', 'T05', (i) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(8, 60) }); const h = H(reg, '01'); const [a, dis] = stayDates(8, 12); const op = add(a, 2);
  return [build({ m, h, dept: 'plastic', visit: 'inpatient', adm: a, dis, dx: ['L91.000', 'T95.200'].filter((x) => x in DX), px: [['86.8401', op], ['86.6902', op]],
    lines: [...L.adm(a), ...L.preop(a), ['003309020010001', 1, op], ['003301010010001', 3, op], ['C11010150600001900710000001', 1, op], ['C14020150900001583490000001', 2, op], ['XJ01DCT505B002', 3, op], ['001205000030001', 1, add(op, 3)], ['001205000030001', 1, add(op, 6)], ...L.ivDays(a, 3)] })];
}]);
CT.push(['C10', '儿童血管瘤切除', 'T05', (i) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(1, 9), type: 'resident' }); const h = H(reg, '01'); const a = rdate(); const dis = add(a, ri(3, 4)); const op = add(a, 1);
  return [build({ m, h, dept: 'plastic', visit: 'inpatient', adm: a, dis, dx: ['D18.000x001'], px: [['86.3x02', op]], lines: [...L.adm(a), ['002502120010001', 1, a], ['003107010010001', 1, a], ['003301010010001', 2, op], ['C11010150200001895120000001', 2, op], ['002502200010001', 1, op], ['001205000010001', 1, add(op, 1)]] })];
}]);
CT.push(['C11', '唇腭裂修复术', 'T05', (i) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(1, 2), type: 'resident' }); const h = H(reg, '01'); const [a, dis] = stayDates(5, 8); const op = add(a, 1);
  const pal = i % 2 === 0; return [build({ m, h, dept: 'stomatology', visit: 'inpatient', adm: a, dis, dx: [pal ? 'Q35.300' : 'Q36.000'], px: [[pal ? '27.6200' : '27.5400', op]].filter((p) => p[0] in PX),
    lines: [...L.adm(a), ['002502120010001', 1, a], ['002202040010001', 1, a], ['003301010010001', 3, op], ['C11010150200001895120000001', 3, op], ['XJ01DCT505B002', 2, op], ['XJ01DCT505B002', 2, add(op, 1)], ['001205000010001', 1, add(op, 2)]] })];
}]);
CT.push(['C12', '痤疮/皮炎的药物治疗（皮肤科门诊）', 'T08', (i) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(16, 30) }); const h = H(reg, pick(['01', '02'])); const d = rdate();
  return [build({ m, h, dept: 'dermatology', visit: 'outpatient', date: d, dx: ['L70.000'], lines: [['XD06AXM509E001', 1, d], ['XJ01FAA503A001', 6, d]] })];
}]);
CT.push(['C13', '不孕症病因检查（输卵管通液、宫腔镜）', 'T06', (i) => {
  const reg = regs(i); const m = member({ region: reg, sex: 'F', age: ri(26, 38), type: 'employee' }); const h = H(reg, pick(['01', '02'])); const d = rdate(); const cs = [];
  cs.push(build({ m, h, dept: 'gynaecology', visit: 'outpatient', date: d, dx: ['N97.100'], lines: [['002103010080001', 1, d], ['001204000080001', 1, d], ['002502180010001', 1, d]] }));
  const a = add(d, ri(10, 20)); const dis = add(a, 2);
  cs.push(build({ m, h, dept: 'gynaecology', visit: 'inpatient', adm: a, dis, dx: ['N97.100', 'N70.100'], px: [['68.1200x001', add(a, 1)], ['66.8x03', add(a, 1)]], lines: [...L.adm(a), ['002502120010001', 1, a], ['003301010010001', 2, add(a, 1)], ['XJ01DCT505B002', 2, add(a, 1)]] }));
  return cs;
}]);
CT.push(['C14', '先兆流产保胎（黄体酮、β-HCG、产科B超）', 'T06', (i) => {
  const reg = regs(i); const m = member({ region: reg, sex: 'F', age: ri(24, 38) }); const h = H(reg, pick(['01', '02'])); const d = rdate(); const cs = [];
  cs.push(build({ m, h, dept: 'gynaecology', visit: 'outpatient', date: d, dx: ['O20.000'], lines: [['001204000080001', 1, d], ['002502190010001', 1, d], ['002103010070001', 1, d], ['XG03DBD509A001', 14, d]] }));
  const d2 = add(d, 7); cs.push(build({ m, h, dept: 'gynaecology', visit: 'outpatient', date: d2, dx: ['O20.000'], lines: [['001204000080001', 1, d2], ['002502190010001', 1, d2], ['XG03DBD509A001', 14, d2]] }));
  return cs;
}]);
CT.push(['C15', '症状驱动的全面检查（体重下降、贫血）', 'T07', (i) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(50, 75) }); const h = H(reg, pick(['01', '02'])); const d = rdate();
  return [build({ m, h, dept: 'internal', visit: 'outpatient', date: d, dx: ['R63.400', 'D50.900'], lines: [['001204000080001', 1, d], ['002501010010001', 1, d], ['002501030010001', 1, d], ['002502010010001', 1, d], ['002502020010001', 1, d], ['002502170010001', 1, d], ['002502170020001', 1, d], ['002502170040001', 1, d], ['002502180010001', 1, d], ['002103010010001', 1, d], ['002301010020001', 1, d]] })];
}]);
CT.push(['C16', '糖尿病年度并发症评估（门诊慢特病）', 'T07', (i) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(55, 78), type: 'employee', enrollment: { chronicDiseases: ['E11'] } }); const h = H(reg, pick(['01', '02'])); const d = rdate();
  return [build({ m, h, dept: 'endocrinology', visit: 'chronic', date: d, dx: ['E11.900'], lines: [['001204000080001', 1, d], ['002502050020001', 1, d], ['002502050010001', 1, d], ['002502010010001', 1, d], ['002502020010001', 1, d], ['002502040010001', 1, d], ['002502050040001', 1, d], ['002501020010001', 1, d], ['003107010010001', 1, d], ['002503010050001', 1, d], ['002103010030001', 1, d], ['XA10BAE503A001', 84, d]] })];
}]);
CT.push(['C17', '择期手术术前检查（日间门诊）', 'T07', (i) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(30, 70) }); const h = H(reg, pick(['01', '02'])); const d = rdate(); const cs = [];
  cs.push(build({ m, h, dept: 'surgery', visit: 'outpatient', date: d, dx: ['K40.900'], lines: [['001204000080001', 1, d], ['002501010010001', 1, d], ['002502060010001', 1, d], ['002502120010001', 1, d], ['002502010010001', 1, d], ['002502020010001', 1, d], ['002202040010001', 1, d], ['003107010010001', 1, d]] }));
  const a = add(d, ri(3, 7)); const dis = add(a, 3);
  cs.push(build({ m, h, dept: 'surgery', visit: 'inpatient', adm: a, dis, dx: ['K40.900'], px: [['53.0001', add(a, 1)]].filter((p) => p[0] in PX), lines: [['003302030010001', 1, add(a, 1)], ['003301010020001', 1, add(a, 1)], ['C11010150500001036850000001', 1, add(a, 1)], ['C11010150200001895120000001', 2, add(a, 1)], ['XJ01DCT505B002', 1, add(a, 1)]] }));
  return cs;
}]);
CT.push(['C18', '司美格鲁肽用于二甲双胍控制不佳的2型糖尿病', 'T09', (i) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(40, 70), type: 'employee' }); const h = H(reg, pick(['01', '02'])); const d0 = rdate('2025-01-06', '2025-08-31'); const cs = [];
  cs.push(build({ m, h, dept: 'endocrinology', visit: 'outpatient', date: d0, dx: ['E11.900'], lines: [['001204000080001', 1, d0], ['002502050020001', 1, d0], ['002502050010001', 1, d0], ['XA10BAE503A001', 84, d0], ['XA10BJS501B002', 1, d0]] }));
  for (let k = 1; k < 3; k++) { const d = add(d0, k * 28); cs.push(build({ m, h, dept: 'endocrinology', visit: 'outpatient', date: d, dx: ['E11.900'], lines: [['XA10BAE503A001', 56, d], ['XA10BJS501B002', 1, d]] })); }
  return cs;
}]);
CT.push(['C19', '生长激素缺乏症确诊后的生长激素治疗', 'T09', (i) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(6, 12), type: 'resident' }); const h = H(reg, '01'); const d0 = rdate('2025-01-06', '2025-07-31'); const cs = [];
  cs.push(build({ m, h, dept: 'paediatrics', visit: 'outpatient', date: d0, dx: ['E23.000', 'E34.300'], lines: [['001204000080001', 1, d0], ['002502190050001', 1, d0], ['002502190030001', 1, d0], ['002502180010001', 1, d0], ['002202040020001', 1, d0], ['002401010010001', 1, d0]] }));
  for (let k = 1; k < 3; k++) { const d = add(d0, k * 30 - 16); cs.push(build({ m, h, dept: 'paediatrics', visit: 'outpatient', date: d, dx: ['E23.000'], lines: [['XH01ACS501B002', 30, d]] })); }
  return cs;
}]);
CT.push(['C20', '限定药品在支付范围内：髋部骨折置换后抗凝/肝硬化腹水白蛋白', 'T09', (i) => {
  const reg = regs(i); const h = H(reg, '01');
  if (i % 2 === 0) { const m = member({ region: reg, age: ri(60, 80) }); const [a, dis] = stayDates(8, 11); const op = add(a, 1);
    return [build({ m, h, dept: 'orthopaedics', visit: 'inpatient', adm: a, dis, dx: ['S72.000', 'W01.x00'], px: [['81.5200', op]].filter((p) => p[0] in PX), route: 'emergency', lines: [...L.adm(a), ...L.preop(a), ['003303010020001', 1, op], ['003301010020001', 1, op], ['C03010150300001664990000001', 1, op], ['C03010150900001899880000001', 1, op], ['XJ01DCT505B002', 3, op], ...[1, 2, 3, 4, 5, 6].map((k) => ['XB01AFL503A001', 1, add(op, k)]).filter((x) => x[2] <= dis)] }) ]; }
  const m = member({ region: reg, age: ri(50, 75) }); const [a, dis] = stayDates(7, 10);
  return [build({ m, h, dept: 'internal', visit: 'inpatient', adm: a, dis, dx: ['K74.600', 'R18.x00'].filter((x) => x in DX), lines: [...L.adm(a), ['002103010010001', 1, a], ['002502010050001', 1, a], ...L.ivDays(a, 3), ['XB05AAR504B002', 2, add(a, 1)], ['XB05AAR504B002', 2, add(a, 2)], ['XC03DAL505A001', 4, a], ['XC03CAF503A001', 2, a]] })];
}]);
CT.push(['C21', '按政策恢复待遇的续保人员（职工转居民、退役军人、新生儿）', 'T10', (i) => {
  const reg = regs(i); const sp = ['scheme_switch', 'veteran', 'newborn'][i % 3]; const enrolledOn = rdate('2025-03-01', '2025-06-30');
  const age = sp === 'newborn' ? 0 : ri(25, 55);
  const m = member({ region: reg, age, type: 'resident', enrollment: { enrolledOn, inConcentratedPeriod: false, continuousYears: sp === 'scheme_switch' ? ri(3, 8) : 0, lapsedYears: 0, special: sp } });
  if (sp === 'newborn') { m.birth = add(enrolledOn, -ri(20, 60)); const d = add(enrolledOn, ri(5, 30)); const h = H(reg, '01');
    return [build({ m, h, dept: 'paediatrics', visit: 'outpatient', date: d, dx: ['J06.900'], lines: [['001204000080001', 1, d], ['002501010010001', 1, d], ['002502080010001', 1, d]] })]; }
  const a = add(enrolledOn, ri(10, 50)); const h = H(reg, '02'); const dis = add(a, ri(6, 8));
  return [build({ m, h, dept: 'internal', visit: 'inpatient', adm: a, dis, dx: ['J18.900'], lines: [...L.adm(a), ['002301010020001', 1, a], ['002502080010001', 1, a], ...L.ivDays(a, 6, 'XJ01DDT504B002', 2)], route: 'emergency' })];
}]);
CT.push(['C22', '断保补缴后等待期满再就医', 'T10', (i) => {
  const reg = regs(i); const lapsed = ri(2, 3); const back = 1; const enrolledOn = rdate('2025-01-10', '2025-04-30');
  const m = member({ region: reg, age: ri(30, 70), type: 'resident', enrollment: { enrolledOn, inConcentratedPeriod: false, continuousYears: 0, lapsedYears: lapsed, backPaidYears: back } });
  const wait = 90 + 30 * (lapsed - 1) - 30 * back; const a = add(enrolledOn, wait + ri(5, 40)); const h = H(reg, pick(['02', '04'])); const dis = add(a, ri(6, 8));
  return [build({ m, h, dept: 'internal', visit: 'inpatient', adm: a, dis, dx: ['J18.900'], lines: [...L.adm(a), ['002301010020001', 1, a], ['002502080010001', 1, a], ...L.ivDays(a, 6, 'XJ01DDT504B002', 2)], route: 'emergency' })];
}]);
CT.push(['C23', '住院死亡：死亡前的门诊和住院，无死亡后结算', 'T11', (i) => {
  const reg = regs(i); const m = member({ region: reg, age: ri(70, 90), type: 'employee', enrollment: { chronicDiseases: ['I10'] } }); const h = H(reg, '01'); const cs = [];
  const d = rdate('2025-01-06', '2025-08-31'); cs.push(build({ m, h: H(reg, '03'), dept: 'general', visit: 'chronic', date: d, dx: ['I10.x00'], lines: [['XC08CAA512A001', 28, d]] }));
  const a = add(d, ri(10, 25)); const dis = add(a, ri(3, 10));
  cs.push(build({ m, h, dept: 'internal', visit: 'inpatient', adm: a, dis, dx: ['I63.900', 'I10.x00'], lines: [...L.adm(a), ['002301010010001', 1, a], ...L.ivDays(a, diff(a, dis), 'ZA12BAX511B002', 2).filter((x) => x[0] !== 'ZA12BAX511B002' || diff(a, x[2]) < 14), ['001209000010001', 24, a]], route: 'emergency', mode: 'death', nursing: 'n1' }));
  return cs;
}]);
CT.push(['C24', '候鸟老人两地就医：异地直接结算与参保地就医日期不重叠', 'T12,T13', (i) => {
  const home = regs(i), away = regs(i + 1); const m = member({ region: home, age: ri(62, 80), type: 'employee', enrollment: { chronicDiseases: ['I10'] } }); const cs = [];
  const [a, dis] = stayDates(6, 9); const h = H(away, '01');
  cs.push(build({ m, h, dept: 'internal', visit: 'inpatient', adm: a, dis, dx: ['J18.900', 'I10.x00'], insuredRegion: home.code, lines: [...L.adm(a), ['002301010020001', 1, a], ['002502080010001', 1, a], ...L.ivDays(a, diff(a, dis), 'XJ01DDT504B002', 2)], route: 'emergency' }));
  const d = add(dis, ri(20, 40)); cs.push(build({ m, h: H(home, '03'), dept: 'general', visit: 'chronic', date: d, dx: ['I10.x00'], lines: [['XC08CAA512A001', 28, d]] }));
  return cs;
}]);

// ---------- routine ----------
const ROUT = [
  (reg) => { const m = member({ region: reg, age: ri(20, 60) }); const h = H(reg, pick(['01', '02', '03'])); const d = rdate(); return [build({ m, h, dept: 'general', visit: 'outpatient', date: d, dx: ['J06.900'], lines: [['001204000080001', 1, d], ['002501010010001', 1, d], ['XN02BED510A001', 6, d]] })]; },
  (reg) => { const m = member({ region: reg, age: ri(50, 80), enrollment: { chronicDiseases: ['I10'] } }); const h = H(reg, pick(['03', '02'])); const d = rdate(); return [build({ m, h, dept: 'general', visit: 'chronic', date: d, dx: ['I10.x00'], lines: [['XC08CAA512A001', 28, d]] })]; },
  (reg) => { const m = member({ region: reg, age: ri(30, 70) }); const h = H(reg, '06'); const d = rdate(); return [build({ m, h, dept: 'pharmacy', visit: 'pharmacy', noConsult: true, date: d, dx: ['J06.900'], lines: [['ZA01BAL514A001', 24, d]] })]; },
  (reg) => { const m = member({ region: reg, age: ri(20, 70) }); const h = H(reg, pick(['01', '02', '03'])); const d = rdate(); return [build({ m, h, dept: 'emergency', visit: 'outpatient', date: d, dx: ['S61.000x001', 'W01.x00'], px: [['86.5900x006', d]], noConsult: true, lines: [['001102000050001', 1, d], ...wound(d, 1)] })]; },
  (reg) => { const m = member({ region: reg, age: ri(20, 60) }); const h = H(reg, pick(['01', '02'])); const d = rdate(); return [build({ m, h, dept: 'orthopaedics', visit: 'outpatient', date: d, dx: ['S93.400'], lines: [['002202040020001', 1, d], ['XM01AEB502A003', 12, d]] })]; },
  (reg) => { const m = member({ region: reg, age: ri(20, 50) }); const h = H(reg, pick(['01', '02'])); const d = rdate(); return [build({ m, h, dept: 'dermatology', visit: 'outpatient', date: d, dx: ['L30.900'].filter((x) => x in DX).concat(['L30.900'] in DX ? [] : ['L20.800']), lines: [['XD07ABQ506E001', 1, d], ['XR06AXL513A001', 14, d]] })]; },
  (reg) => { const m = member({ region: reg, age: ri(65, 85) }); const h = H(reg, pick(['01', '02'])); const [a, dis] = stayDates(6, 9); return [build({ m, h, dept: 'internal', visit: 'inpatient', adm: a, dis, dx: ['J18.900'], lines: [...L.adm(a), ['002301010020001', 1, a], ['002502080010001', 1, a], ...L.ivDays(a, diff(a, dis), 'XJ01DDT504B002', 2)], route: 'emergency' })]; },
  (reg) => { const m = member({ region: reg, sex: 'F', age: ri(62, 85) }); const h = H(reg, pick(['01', '02'])); const d = rdate(); return [build({ m, h, dept: 'orthopaedics', visit: 'outpatient', date: d, dx: ['S52.500x001', 'W01.x00'], lines: [['002202040020001', 1, d], ['003303020090001', 1, d], ['003303060010001', 1, d]] })]; },
  (reg) => { const m = member({ region: reg, age: ri(45, 75), enrollment: { chronicDiseases: ['E11'] } }); const h = H(reg, pick(['03', '02'])); const d = rdate(); return [build({ m, h, dept: 'general', visit: 'chronic', date: d, dx: ['E11.900'], lines: [['001204000080001', 1, d], ['002502050010001', 1, d], ['XA10BAE503A001', 84, d]] })]; },
  (reg) => { const m = member({ region: reg, age: ri(25, 60) }); const h = H(reg, pick(['01', '02'])); const [a, dis] = stayDates(3, 5); const op = add(a, 1); return [build({ m, h, dept: 'surgery', visit: 'inpatient', adm: a, dis, dx: ['K35.800x001'], px: [['47.0100', op]].filter((p) => p[0] in PX), lines: [...L.adm(a), ['002103010010001', 1, a], ['003302010010001', 1, op], ['003301010010001', 2, op], ['C11010150100001004460000001', 2, op], ...L.ivDays(a, 3, 'XJ01DCT505B002', 2)], route: 'emergency' })]; },
];

// ---------- generate ----------
for (const [code, name, fn] of FR) for (let i = 0; i < 15; i++) { const v = i % 2 === 1 ? 'careful' : 'overt'; const cs = fn(i, v); kase('fraud', code, name, cs, v); }
for (const [code, name, resembles, fn] of CT) for (let i = 0; i < 15; i++) { const cs = fn(i); kase('control', code, name, cs); labels[labels.length - 1].resembles = resembles; }
for (let i = 0; i < 100; i++) { const cs = ROUT[i % ROUT.length](regs(i)); kase('routine', 'R', '常规就诊（本主题的普通诊疗）', cs); }

// ---------- settle in order: deductibles and caps per member/year ----------
claims.sort((a, b) => (a._sortDate < b._sortDate ? -1 : a._sortDate > b._sortDate ? 1 : 0));
const ytd = {};
function schemeOf(c) {
  const reg = c.insuredRegion || c.region; const p = policies.provinces[reg.slice(0, 2)];
  let s = JSON.parse(JSON.stringify(p.schemes[c.insuranceType][c.visitType]));
  const ov = p.regions && p.regions[reg] && p.regions[reg].schemes && p.regions[reg].schemes[c.insuranceType] && p.regions[reg].schemes[c.insuranceType][c.visitType];
  if (ov) s = Object.assign(s, ov);
  return s;
}
const out = [];
for (const c of claims) {
  let total = 0, pol = 0;
  c.items = c._items.map((it) => { total += it.amountFen; const p = Math.round(it.amountFen * (1 - it.shareV)); pol += p;
    const o = { lineId: it.lineId, code: it.code, name: it.name, category: it.category, date: it.date, quantity: it.quantity, unitPrice: it.unitFen / 100, amount: it.amountFen / 100 };
    return o; });
  const s = schemeOf(c); const lvl = String(c.provider.level);
  const key = c.patient.insuredId + '|' + c.insuranceType + '|' + (c.insuredRegion || c.region) + '|' + c.visitType;
  const st = ytd[key] = ytd[key] || { ded: 0, fund: 0 };
  let ded = typeof s.deductible === 'object' ? s.deductible[lvl] : s.deductible; ded = Math.round((ded || 0) * 100);
  let dueDed = c.visitType === 'inpatient' ? ded : Math.max(0, ded - st.ded);
  const usedDed = Math.min(dueDed, pol);
  if (c.visitType !== 'inpatient') st.ded += usedDed;
  let ratio = s.ratio[lvl] + (c.patient.retired ? (s.retireeRatioBonus || 0) : 0); if (s.maxRatio) ratio = Math.min(ratio, s.maxRatio);
  let fund = Math.round((pol - usedDed) * ratio);
  const cap = Math.round(s.annualFundCap * 100); fund = Math.max(0, Math.min(fund, cap - st.fund)); st.fund += fund;
  c.amounts = { total: total / 100, policy: pol / 100, fundClaimed: fund / 100 };
  delete c._items; delete c._sortDate; delete c._mutated;
  out.push(c);
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.map((c) => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind127: ${labels.length} cases, ${out.length} claims`);
