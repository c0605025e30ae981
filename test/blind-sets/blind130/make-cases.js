#!/usr/bin/env node
// blind130 generator: the national typology list over a member's whole history, in every setting.
// usage: node make-cases.js <outdir> [--catalogue <dir>] [--drg <dir>] [--groups <groups.ndjson>]
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const OUT = args[0];
if (!OUT || OUT.startsWith('--')) throw new Error('usage: make-cases.js <outdir> [--catalogue dir] [--drg dir] [--groups file]');
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base129/rules/catalogue');
const DRG = opt('--drg', '/work/shared/chs-drg-1.1');
const POL = opt('--policies', path.join(CAT, '..', 'benefits', 'policies.json'));
const GROUPS = opt('--groups', null);

// ---------- reference data ----------
const rows = {};
for (const f of fs.readdirSync(CAT).filter((f) => /^(drugs|services|consumables).*\.json$/.test(f))) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) rows[r.code] = r;
}
const DX = JSON.parse(fs.readFileSync(path.join(DRG, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRG, 'procedures.json'), 'utf8'));
const policies = JSON.parse(fs.readFileSync(POL, 'utf8'));
const groups = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n').filter(Boolean)) { const g = JSON.parse(l); groups[g.claimId] = g.drg; }

// ---------- rng ----------
let seed = 130130;
function rnd() { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- dates ----------
const D = (s) => Date.parse(s + 'T00:00:00Z');
const S = (ms) => new Date(ms).toISOString().slice(0, 10);
const add = (s, n) => S(D(s) + n * 86400000);
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const randDate = (from, to) => add(from, ri(0, diff(from, to)));

// ---------- world ----------
const REGIONS = ['220100', '370100', '510100'];
const RNAME = { '220100': '长春', '370100': '济南', '510100': '成都' };
// kind: t3 三级公立, t2 二级, p2 二级民营, c1 社区卫生服务中心, x1 乡镇卫生院, z1 诊所, v1 村卫生室, ph 定点药店
const INST = [['01', 3, 't3'], ['02', 3, 't3'], ['03', 2, 't2'], ['04', 2, 'p2'], ['05', 1, 'c1'], ['06', 1, 'x1'], ['07', 1, 'z1'], ['08', 1, 'v1'], ['11', 1, 'ph'], ['12', 1, 'ph'], ['13', 1, 'ph'], ['14', 1, 'ph'], ['15', 1, 'ph']];
const inst = {};
for (const r of REGIONS) { inst[r] = {}; for (const [n, lv, k] of INST) { const id = 'H' + r.slice(0, 4) + '00' + n; inst[r][n] = { id, level: lv, kind: k, region: r }; } }
const H = (r, n) => inst[r][n];
const pharmacies = (r) => ['11', '12', '13', '14', '15'].map((n) => inst[r][n]);
const DEPTS = { general: '01', respiratory: '02', cardiology: '03', neurology: '04', endocrinology: '05', nephrology: '06', oncology: '07', 'general-surgery': '08', orthopaedics: '09', emergency: '10', rehabilitation: '11', ophthalmology: '12', dental: '13', pharmacy: '20', geriatrics: '14' };
function doctor(h, dept) { const n = h.kind === 'v1' || h.kind === 'z1' || h.kind === 'ph' ? 1 : ri(1, 3); return 'D' + h.region.slice(0, 4) + h.id.slice(-2) + DEPTS[dept] + String(n); }

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  memberSeq++;
  const gender = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(25, 82);
  const by = 2025 - age; const birthDate = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const ins = o.ins || (rnd() < 0.62 ? 'employee' : 'resident');
  const region = o.region || pick(REGIONS);
  const cont = ri(3, 15);
  let contributionYears = ins === 'employee' ? Math.max(cont, Math.min(age - 20, ri(8, 40))) : cont;
  let retired = false;
  if (ins === 'employee' && age >= (gender === 'M' ? 63 : 58)) { retired = true; contributionYears = Math.max(contributionYears, gender === 'M' ? ri(30, 42) : ri(25, 38)); contributionYears = Math.min(contributionYears, age - 16); }
  const m = { insuredId: 'P130' + String(memberSeq).padStart(6, '0'), gender, birthDate, age, ins, region, retired, contributionYears, continuousYears: cont, chronic: o.chronic || null };
  return m;
}

// ---------- lines ----------
const yuan = (fen) => Math.round(fen) / 100;
function prod(r) { return r.products ? r.products[0] : r.code; }
// L(code, qty, date, extra) → a line spec
const L = (code, qty, date, extra) => Object.assign({ code, qty, date }, extra || {});

// ---------- claims ----------
const claims = [];
let claimOrder = 0;
function mkClaim(o) {
  // o: {m, h, dept, vt, date | adm+dis, dx:[codes], px:[[code,date]], lines:[L], route, mode, from, mutated:[idx...]}
  const m = o.m, h = o.h;
  if (!rows) throw 0;
  for (const c of o.dx) if (!DX[c]) throw new Error('unknown diagnosis ' + c);
  for (const [c] of o.px || []) if (!PX[c]) throw new Error('unknown procedure ' + c);
  const c = {
    _key: 'K' + (++claimOrder), _settle: o.vt === 'inpatient' ? o.dis : o.date, _ord: claimOrder,
    claimId: null, region: h.region, insuranceType: m.ins, visitType: o.vt,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: m.continuousYears, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: m.contributionYears, special: null },
    provider: { hospitalId: h.id, level: h.level, department: o.dept, doctorId: doctor(h, o.dept) },
  };
  if (m.region !== h.region) c.insuredRegion = m.region;
  if (m.chronic) c.enrollment.chronicDiseases = m.chronic;
  if (o.vt === 'inpatient') {
    c.admissionDate = o.adm; c.dischargeDate = o.dis;
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered';
    if (o.from) c.transferFromHospitalId = o.from;
  } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (o.vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  const mut = new Set(o.mutated || []);
  c._mut = [];
  c._lines = o.lines;
  c.items = o.lines.map((ln, i) => {
    const r = rows[ln.code]; if (!r) throw new Error('no catalogue row ' + ln.code);
    const lineId = String(i + 1);
    const priceFen = Math.round(r.priceCap[String(h.level)] * 100);
    const it = { lineId, code: prod(r), name: r.name, category: r.category, date: ln.date, quantity: ln.qty, unitPrice: yuan(priceFen), amount: yuan(priceFen * ln.qty) };
    if (ln.long) it.longPrescription = true;
    it._fen = priceFen * ln.qty; it._row = r;
    if (mut.has(i)) c._mut.push(lineId);
    return it;
  });
  validate(c, m, mut);
  claims.push(c);
  return c;
}

function ageAt(m, date) { const b = m.birthDate; let a = +date.slice(0, 4) - +b.slice(0, 4); if (date.slice(5) < b.slice(5)) a--; return a; }
function validate(c, m, mut) {
  const inpt = c.visitType === 'inpatient';
  const perDay = {}; const dates = {};
  c.items.forEach((it, i) => {
    const r = it._row; const where = `${c._key} line ${it.lineId} ${r.name}`;
    if (mut.has(i)) return;
    const bad = (why) => { throw new Error(where + ': ' + why); };
    if (r.setting === 'inpatient' && !inpt) bad('inpatient only');
    if (r.setting === 'outpatient' && inpt) bad('outpatient only');
    if (r.minLevel && c.provider.level < r.minLevel) bad('minLevel');
    if (r.gender && r.gender !== m.gender) bad('gender');
    const a = ageAt(m, it.date);
    if (r.ageMin != null && a < r.ageMin) bad('ageMin'); if (r.ageMax != null && a > r.ageMax) bad('ageMax');
    if (r.indications && !c.diagnoses.some((d) => r.indications.some((p) => d.code.startsWith(p)))) bad('indication');
    if (inpt && !c._lines[i].obs && (it.date < c.admissionDate || it.date > c.dischargeDate)) bad('outside stay');
    if (!inpt && it.date !== c.visitDate) bad('not visit date');
    const k = r.code + '|' + it.date; perDay[k] = (perDay[k] || 0) + it.quantity;
    if (r.maxPerDay && (inpt || r.category === 'service') && perDay[k] > r.maxPerDay) bad('maxPerDay');
    (dates[r.code] = dates[r.code] || new Set()).add(it.date);
    if (r.maxDays) {
      if (inpt && dates[r.code].size > r.maxDays) bad('maxDays');
      if (!inpt && r.category === 'drug' && it.quantity / (r.supplyPerDay || r.usualPerDay) > r.maxDays + 1e-9) bad('maxDays');
    }
    if (r.class === '丙') bad('丙类 in a routine line');
    if (r.unit === '日' && inpt) {
      const nights = Math.max(1, diff(c.admissionDate, c.dischargeDate));
      const count = c.items.filter((x) => x._row.code === r.code).reduce((s, x) => s + x.quantity, 0);
      if (count > nights && !c.items.some((x, j) => x._row.code === r.code && mut.has(j))) bad('day items over nights');
    }
  });
}

// ---------- money (in settlement order) ----------
function scheme(region, ins, key) {
  const p = policies.provinces[region.slice(0, 2)];
  let s = p.schemes[ins][key];
  const ov = p.regions && p.regions[region] && p.regions[region].schemes && p.regions[region].schemes[ins] && p.regions[region].schemes[ins][key];
  return ov ? Object.assign({}, s, ov) : s;
}
const ledger = {};
function settle(c) {
  let total = 0, policy = 0;
  for (const it of c.items) {
    total += it._fen;
    const share = it._row.class === '丙' ? 1 : (it._row.selfPayShare || 0);
    policy += it._fen - Math.round(it._fen * share);
  }
  const key = c.visitType; const region = c.insuredRegion || c.region;
  const s = scheme(region, c.insuranceType, key);
  const lv = String(c.provider.level);
  const ratio = (typeof s.ratio === 'object' ? s.ratio[lv] : s.ratio) + (c.patient.retired ? s.retireeRatioBonus || 0 : 0);
  const L = (ledger[c.patient.insuredId + '|' + key] = ledger[c.patient.insuredId + '|' + key] || { ded: 0, fund: {} });
  let ded;
  if (key === 'inpatient') ded = Math.round(s.deductible[lv] * 100);
  else { const due = Math.max(0, Math.round((typeof s.deductible === 'object' ? s.deductible[lv] : s.deductible) * 100) - L.ded); ded = Math.min(due, policy); L.ded += ded; }
  let fund = Math.floor(Math.max(0, policy - ded) * Math.min(ratio, s.maxRatio || 1));
  let capKey = 'all', cap = s.annualFundCap;
  if (key === 'chronic' && s.diseaseCaps) for (const [g, dc] of Object.entries(s.diseaseCaps)) if (dc.codes.some((p) => c.diagnoses[0].code.startsWith(p))) { capKey = g; cap = dc.annualFundCap; }
  const used = L.fund[capKey] || 0; fund = Math.max(0, Math.min(fund, Math.round(cap * 100) - used)); L.fund[capKey] = used + fund;
  c.amounts = { total: yuan(total), policy: yuan(policy), fundClaimed: yuan(fund) };
}

// ---------- templates ----------
const night = (adm, dis) => { const out = []; for (let d = adm; d < dis; d = add(d, 1)) out.push(d); return out; };
const BED = '001105000010001', ZC = '001103000010001', N1 = '001201000020001', N2 = '001201000030001', N3 = '001201000040001';
function dailyLines(adm, dis, nursing) {
  const out = []; const ns = night(adm, dis); if (ns.length === 0) ns.push(adm);
  for (const d of ns) out.push(L(BED, 1, d), L(ZC, 1, d), L(nursing || N2, 1, d));
  return out;
}
// stay kinds: each gives dx, dept, min level, procedures and clinical lines given the dates
const STAYS = {
  pneumonia: { dx: ['J18.900'], dept: 'respiratory', min: 1, len: [5, 9], lines(adm, dis, lv) {
    const o = [L('002501010010001', 1, adm), L('002502080010001', 1, adm), L('002202010010001', 1, adm), L('002502010010001', 1, add(adm, 1)), L('002502020010001', 1, add(adm, 1))];
    for (const d of night(adm, dis)) o.push(L(lv >= 2 ? 'XJ01DDT507B002' : 'XJ01DCT505B002', 2, d), L('XB05BBL511B002', 2, d), L('001204000010001', 1, d), L('C14010150100001020350000001', 1, d));
    o.push(L('002501010010001', 1, add(dis, -1)));
    return o; } },
  copd: { dx: ['J44.100', 'I10.x00x002'], dept: 'respiratory', min: 1, len: [6, 10], lines(adm, dis) {
    const o = [L('002501010010001', 1, adm), L('002502090010001', 1, adm), L('002202010010001', 1, adm), L('002503010020001', 1, add(adm, 2))];
    for (const d of night(adm, dis)) o.push(L('XR03DAD516B002', 2, d), L('XR03BAB508C003', 2, d), L('001207000010001', 2, d), L('001208000010001', 8, d), L('XC08CAA512A001', 1, d));
    return o; } },
  stroke: { dx: ['I63.900', 'I10.x00x002'], dept: 'neurology', min: 2, len: [8, 13], lines(adm, dis) {
    const o = [L('002301010010001', 1, adm), L('002501010010001', 1, adm), L('002502060010001', 1, adm), L('002502040010001', 1, add(adm, 1)), L('002103010030001', 1, add(adm, 2))];
    const ns = night(adm, dis);
    ns.forEach((d, i) => { o.push(L('XB01ACA509A001', 1, d), L('XC10AAA511A001', 1, d)); if (i < 12) o.push(L('ZA12BAX511B002', 2, d), L('XB05BBL511B002', 1, d), L('001204000010001', 1, d)); });
    return o; } },
  angina: { dx: ['I20.000', 'I10.x00x002'], dept: 'cardiology', min: 2, len: [4, 8], lines(adm, dis) {
    const o = [L('003107010010001', 1, adm), L('002502070010001', 1, adm), L('002502070020001', 1, adm), L('002103010020001', 1, add(adm, 1)), L('002502040010001', 1, add(adm, 1))];
    for (const d of night(adm, dis)) o.push(L('XB01ACA509A001', 1, d), L('XB01ACL502A001', 1, d), L('XC10AAA511A001', 1, d), L('XC07ABM503A003', 1, d));
    return o; } },
  diabetes: { dx: ['E11.900', 'I10.x00x002'], dept: 'endocrinology', min: 1, len: [6, 10], lines(adm, dis) {
    const o = [L('002502050020001', 1, adm), L('002502010010001', 1, adm), L('002502020010001', 1, adm), L('002502040010001', 1, adm), L('XA10ABM504B002', 1, adm)];
    for (const d of night(adm, dis)) o.push(L('001212000010001', 4, d), L('XA10BAE503A001', 3, d));
    return o; } },
  gallstone: { dx: ['K80.100'], dept: 'general-surgery', min: 2, len: [4, 7], px: (adm) => [['51.2300', add(adm, 1)]], lines(adm, dis) {
    const op = add(adm, 1);
    const o = [L('002501010010001', 1, adm), L('002502120010001', 1, adm), L('002502060010001', 1, adm), L('002103010010001', 1, adm), L('003107010010001', 1, adm),
      L('003302020010001', 1, op), L('003301010010001', 2, op), L('C11010150100001004460000001', 1, op), L('C11010150400001380140000001', 4, op), L('XJ01DCT505B002', 2, op)];
    return o; } },
  chemo: { dx: ['Z51.100', 'C34.900'], dept: 'oncology', min: 3, len: [2, 4], px: (adm, dis) => [['99.2500', dis > adm ? add(adm, 1) : adm]], lines(adm, dis) {
    const d1 = dis > adm ? add(adm, 1) : adm;
    return [L('002501010010001', 1, adm), L('002502010010001', 1, adm), L('002502020010001', 1, adm),
      L('XL01BCJ505B002', 8, d1), L('XL01XAS512B002', 6, d1), L('XA04AAA524B002', 2, d1), L('003310020010001', 2, d1), L('XB05BBL511B002', 2, d1), L('001204000010001', 1, d1)]; } },
  bronchitis: { dx: ['J20.900'], dept: 'general', min: 1, len: [4, 6], lines(adm, dis) {
    const o = [L('002501010020001', 1, adm), L('002202010010001', 1, adm)];
    for (const d of night(adm, dis)) o.push(L('XJ01DCT505B002', 2, d), L('XB05BBL511B002', 1, d), L('001204000010001', 1, d));
    return o; } },
  rehab: { dx: ['I69.300', 'I10.x00x002'], dept: 'rehabilitation', min: 1, len: [10, 14], lines(adm, dis) {
    const o = [L('002501010020001', 1, adm), L('001217000010001', 1, adm)];
    night(adm, dis).slice(1).forEach((d) => o.push(L('001218000010001', 1, d), L('001215000010001', 1, d)));
    return o; } },
  fracture: { dx: ['S72.000', 'W19.x00'], dept: 'orthopaedics', min: 2, len: [8, 12], px: (adm) => [['81.5200', add(adm, 2)]], lines(adm, dis) {
    const op = add(adm, 2);
    return [L('002202020010001', 1, adm), L('002501010010001', 1, adm), L('002502120010001', 1, adm), L('002502060010001', 1, adm), L('003107010010001', 1, adm),
      L('003303010020001', 1, op), L('003301010010001', 2, op), L('C03010150300001664990000001', 1, op), L('XJ01DCT505B002', 2, op), L('XB01ABD502B002', 1, add(op, 1)), L('XB01ABD502B002', 1, add(op, 2))]; } },
  hyperk: { dx: ['N18.500', 'E87.500'], dept: 'nephrology', min: 2, len: [4, 6], px: () => [], lines(adm, dis) {
    const o = [L('002501010010001', 1, adm), L('002502020010001', 1, adm), L('003107010010001', 1, adm)];
    for (const d of night(adm, dis)) o.push(L('002502030010001', 2, d));
    o.push(L('003310010010001', 1, adm), L('C10010150100001014100000001', 1, adm), L('C10010150200001187780000001', 1, adm));
    return o; } },
};
for (const c of ['W19.x00', 'E87.500']) if (!DX[c]) { /* fallbacks resolved below */ }
function stayDx(k) { return STAYS[k].dx; }
function stay(m, h, kind, adm, o = {}) {
  const t = STAYS[kind];
  const len = o.len != null ? o.len : ri(t.len[0], t.len[1]);
  const dis = o.dis || add(adm, len);
  const lines = dailyLines(adm, dis, o.nursing).concat(t.lines(adm, dis, h.level));
  const extra = o.extra ? o.extra(adm, dis) : [];
  const mutated = [];
  for (const e of extra) { if (e.mut) mutated.push(lines.length); lines.push(e); }
  return mkClaim({ m, h, dept: o.dept || t.dept, vt: 'inpatient', adm, dis, dx: o.dx || t.dx, px: t.px ? t.px(adm, dis) : [], lines, route: o.route, mode: o.mode, from: o.from, mutated: (o.mutated || []).concat(mutated) });
}
function dropLines(c) { return c; }

// outpatient visit
function consult(h) { return ['c1', 'x1', 'v1'].includes(h.kind) ? '001102000040001' : '001102000010001'; }
function visit(m, h, date, dx, drugLines, o = {}) {
  const vt = o.vt || (h.kind === 'ph' ? 'pharmacy' : 'outpatient');
  const lines = [];
  if (vt === 'outpatient') lines.push(L(o.consult || consult(h), 1, date));
  if (vt === 'chronic') lines.push(L('001109000010001', 1, date));
  const mutated = [];
  for (const d of drugLines) { if (d.mut) mutated.push(lines.length); lines.push(Object.assign({ date }, d, { date })); }
  return mkClaim({ m, h, dept: o.dept || (vt === 'pharmacy' ? 'pharmacy' : 'general'), vt, date, dx, lines, mutated });
}
const Dg = (code, qty, extra) => Object.assign({ code, qty }, extra || {});
// chronic regimen packs
const REG = {
  htn: { dx: ['I10.x00x002'], chronic: ['I10'], drugs: [['XC08CAA512A001', 1], ['XC09CAE502A001', 1]] },
  dm: { dx: ['E11.900'], chronic: ['E11'], drugs: [['XA10BAE503A001', 3], ['XA10BBG501A001', 1]] },
  chd: { dx: ['I25.103', 'I10.x00x002'], chronic: ['I25', 'I10'], drugs: [['XB01ACA509A001', 1], ['XC10AAA511A001', 1], ['XC07ABM503A003', 1]] },
  copd: { dx: ['J44.000'], chronic: ['J44'], drugs: [['XR03BBS510C003', 0.035]] },
};
function regimen(key, days, extra) { return REG[key].drugs.map(([c, pd]) => Dg(c, Math.max(1, Math.round(pd * days)), extra)); }

// ---------- cases ----------
const labels = [];
let caseSeq = 0;
function addCase(kind, code, name, variant, cls, targets, mutatedFrom) {
  const mut = {};
  for (const c of mutatedFrom || targets) if (c._mut && c._mut.length) mut[c._key] = c._mut.slice();
  labels.push({ caseId: 'B130-' + String(++caseSeq).padStart(4, '0'), kind, code, name, claimIds: cls.map((c) => c._key), targets: targets.map((c) => c._key), mutatedLines: mut, typology: code, variant });
}
const var15 = (i) => (i % 3 === 0 ? 'overt' : 'careful');
const bigH = (r) => pick([H(r, '01'), H(r, '02'), H(r, '03')]);
const anyH = (r) => pick([H(r, '01'), H(r, '02'), H(r, '03'), H(r, '04')]);
const kindFor = (h) => { const ok = Object.keys(STAYS).filter((k) => STAYS[k].min <= h.level && !['chemo', 'hyperk', 'fracture', 'rehab'].includes(k)); return pick(ok); };
const ymd = (mo, d) => `2025-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const rdate = (a = 1, b = 11) => ymd(ri(a, b), ri(1, 28));

const names = {
  T01: '住院期间他处药店/诊所结算（冒名就医、借卡）', T02: '住院期间另一医院住院（住院套住院）', T03: '同一高值药品数日内多家药店购买（倒卖药品）',
  T04: '跨机构提前重复配药（慢病药品超量囤积）', T05: '限定周期项目重复收费（每次住院/每周期一次）', T06: '床位/护理/诊查天数多于住院夜数（算进又算出）',
  T07: '入院前/出院后日期的住院收费（出院后收费）', T08: '同日两院就诊重复检查检验', T09: '无诊断支撑的检验检查（虚假检验）', T10: '分解住院（同院同病短期再入院）',
  T11: '虚假转院（同级互转、往返转院拆分住院）', T12: '药店冒用他人医保卡（购药与参保人性别年龄不符）', T13: '住院期间本院门诊结算（住院费用转门诊）',
  T14: '虚假住院/挂床（住院期间参保人在他处门诊购药）', T15: '村卫生室/诊所虚构高频就诊',
};

// T01 住院期间他处药店/诊所结算
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const m = member({ region: r, age: ri(45, 80), chronic: ['I10'] });
  const h = bigH(r); const kind = kindFor(h); const adm = rdate(1, 10);
  const s = stay(m, h, kind, adm, { len: ri(7, 11) });
  const mid = add(adm, v === 'overt' ? ri(2, 4) : ri(1, diff(adm, s.dischargeDate) - 2));
  const where = v === 'overt' ? pick(pharmacies(r)) : pick([H(r, '07'), H(r, '08'), pick(pharmacies(r))]);
  const drugs = v === 'overt' ? [Dg('XC09DXS501A001', 56), Dg('XC10AAR501A001', 28)].slice(0, 1).concat([Dg('XC08CAF502A003', 30)]) : regimen('htn', 30);
  const dx = v === 'overt' ? ['I50.900'] : ['I10.x00x002'];
  const o = visit(m, where, mid, dx, drugs);
  addCase('fraud', 'T01', names.T01, v, [s, o], [o]);
}
// T02 住院套住院
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const m = member({ region: r, age: ri(50, 85) });
  const h1 = H(r, pick(['01', '03'])); const h2 = H(r, pick(['04', '05', '06']));
  const adm = rdate(1, 10); const s1 = stay(m, h1, kindFor(h1), adm, { len: ri(9, 13) });
  const off = v === 'overt' ? ri(2, 4) : ri(5, 7);
  const adm2 = add(adm, off);
  const k2 = pick(['bronchitis', 'diabetes', 'copd']);
  const s2 = stay(m, h2, k2, adm2, { len: v === 'overt' ? ri(4, 5) : ri(6, 9) });
  addCase('fraud', 'T02', names.T02, v, [s1, s2], [s2]);
}
// T03 倒卖药品: same costly drug at several pharmacies within days
const COSTLY = [['XA10BJS501B002', 1, ['E11.900'], ['E11']], ['XR03AKB507C003', 1, ['J44.000'], ['J44']], ['XA10AEG503B002', 3, ['E11.900'], ['E11']], ['XL01EBA501A001', 30, ['C34.900'], ['C34']]];
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const [code, q, dx] = COSTLY[i % 4];
  const m = member({ region: r, age: ri(40, 75) });
  const phs = pharmacies(r).slice(); phs.sort(() => rnd() - 0.5);
  const d0 = rdate(1, 10); const cl = [];
  const n = v === 'overt' ? 4 : 3;
  let d = d0;
  for (let k = 0; k < n; k++) {
    const qty = v === 'overt' ? q * 2 : q;
    const where = v === 'careful' && k === 1 ? H(r, '07') : phs[k];
    cl.push(visit(m, where, d, dx, [Dg(code, qty)]));
    d = add(d, v === 'overt' ? ri(1, 3) : ri(5, 8));
  }
  for (const c of cl.slice(1)) c._mut = c.items.filter((it) => it._row.code === code).map((it) => it.lineId);
  addCase('fraud', 'T03', names.T03, v, cl, cl.slice(1));
}
// T04 跨机构提前重复配药
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const key = pick(['htn', 'dm', 'chd']);
  const m = member({ region: r, age: ri(50, 80), chronic: REG[key].chronic });
  const d0 = rdate(1, 9);
  const c1 = visit(m, H(r, pick(['01', '03'])), d0, REG[key].dx, regimen(key, v === 'overt' ? 84 : 56, { long: true }), { vt: 'chronic', dept: 'general' });
  const d1 = add(d0, v === 'overt' ? ri(5, 12) : ri(18, 26));
  const c2 = visit(m, H(r, pick(['05', '06'])), d1, REG[key].dx, regimen(key, 30));
  const d2 = add(d1, v === 'overt' ? ri(3, 8) : ri(14, 20));
  const c3 = visit(m, pick(pharmacies(r)), d2, REG[key].dx, regimen(key, 30));
  for (const c of [c2, c3]) c._mut = c.items.filter((it) => it._row.category === 'drug').map((it) => it.lineId);
  addCase('fraud', 'T04', names.T04, v, [c1, c2, c3], [c2, c3]);
}
// T05 限定周期项目重复
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const sub = i % 3; let cl, tg;
  if (sub === 0) { // 术前八项/血型 twice in one stay
    const m = member({ region: r, age: ri(35, 70) }); const h = H(r, pick(['01', '02', '03']));
    const adm = rdate(1, 11);
    const s = stay(m, h, 'gallstone', adm, { len: ri(5, 7), extra: (a, d) => [L('002502120010001', 1, add(a, v === 'overt' ? 1 : 3), { mut: 1 }), L('002502130010001', 1, a)].concat(v === 'overt' ? [L('002502130010001', 1, add(a, 2), { mut: 1 })] : []) });
    cl = [s]; tg = [s];
  } else if (sub === 1) { // HbA1c again within weeks at another institution
    const m = member({ region: r, age: ri(45, 75), chronic: ['E11'] }); const d0 = rdate(1, 10);
    const c1 = visit(m, H(r, pick(['01', '03'])), d0, ['E11.900'], [L('002502050020001', 1, d0), L('001204000080001', 1, d0)].concat(regimen('dm', 30)), { vt: 'chronic' });
    const d1 = add(d0, v === 'overt' ? ri(7, 14) : ri(30, 40));
    const c2 = visit(m, H(r, pick(['02', '04', '05'])), d1, ['E11.900'], [L('002502050020001', 1, d1, { mut: 1 }), L('001204000080001', 1, d1), L('002502050010001', 1, d1)].concat(regimen('dm', 30)), { vt: 'chronic' });
    cl = [c1, c2]; tg = [c2];
  } else { // 骨密度/动态心电图 repeated within weeks
    const m = member({ region: r, age: ri(55, 80), gender: 'F' }); const d0 = rdate(1, 10);
    const code = v === 'overt' ? '002503010010001' : '003107010020001'; const dx = v === 'overt' ? ['M81.000'] : ['I48.900'];
    const c1 = visit(m, H(r, pick(['01', '02'])), d0, dx, [L(code, 1, d0)]);
    const d1 = add(d0, v === 'overt' ? ri(10, 20) : ri(21, 35));
    const c2 = visit(m, H(r, pick(['03', '04'])), d1, dx, [L(code, 1, d1, { mut: 1 })]);
    cl = [c1, c2]; tg = [c2];
  }
  addCase('fraud', 'T05', names.T05, v, cl, tg);
}
// T06 床位/护理天数多于住院夜数
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const m = member({ region: r, age: ri(40, 85) });
  const h = anyH(r); const kind = kindFor(h); const adm = rdate(1, 11); const len = ri(5, 9); const dis = add(adm, len);
  const s = stay(m, h, kind, adm, { len, extra: (a, d) => v === 'overt'
    ? [L(BED, 1, d, { mut: 1 }), L(ZC, 1, d, { mut: 1 }), L(N2, 1, d, { mut: 1 }), L(BED, 1, add(a, 2), { mut: 1 }), L(N2, 1, add(a, 2), { mut: 1 })]
    : [L(N2, 1, d, { mut: 1 })] });
  addCase('fraud', 'T06', names.T06, v, [s], [s]);
}
// T07 入院前/出院后日期的住院收费
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const m = member({ region: r, age: ri(40, 85) });
  const h = anyH(r); const kind = kindFor(h); const adm = rdate(1, 11); const len = ri(5, 9);
  const s = stay(m, h, kind, adm, { len });
  // lines dated outside the stay: rebuild with out-of-range dates
  const dis = s.dischargeDate;
  const extra = v === 'overt'
    ? [L('002501010010001', 1, add(dis, 1)), L('002502010010001', 1, add(dis, 1)), L('XC10AAA511A001', 1, add(dis, 2)), L(BED, 1, add(dis, 1))]
    : (i % 2 ? [L('002301010020001', 1, add(adm, -1))] : [L('002502030010001', 1, add(dis, 1))]);
  claims.pop();
  const lines = s._lines.concat(extra);
  const mutated = extra.map((_, k) => s._lines.length + k);
  const c = mkClaim({ m, h, dept: s.provider.department, vt: 'inpatient', adm, dis, dx: s.diagnoses.map((d) => d.code), px: s.procedures.map((p) => [p.code, p.date]), lines, mutated });
  addCase('fraud', 'T07', names.T07, v, [c], [c]);
}
// T08 同日两院就诊重复检查检验
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const m = member({ region: r, age: ri(35, 80) });
  const d = rdate(1, 11); const dx = pick([['R07.400'], ['R10.400'], ['R42.x00']]);
  const tests = dx[0] === 'R07.400' ? ['003107010010001', '002502070020001', '002501010010001'] : dx[0] === 'R10.400' ? ['002103010010001', '002501010010001', '002502010010001'] : ['002301010010001', '002501010010001', '003107010010001'];
  const c1 = visit(m, H(r, '01'), d, dx, tests.map((t) => L(t, 1, d)));
  const h2 = v === 'overt' ? H(r, '02') : H(r, pick(['03', '04']));
  const t2 = v === 'overt' ? tests : tests.slice(0, 2);
  const c2 = visit(m, h2, d, dx, t2.map((t) => L(t, 1, d, { mut: 1 })).concat(v === 'overt' ? [] : [L('XN02BED510A001', 9, d)]));
  addCase('fraud', 'T08', names.T08, v, [c1, c2], [c2]);
}
// T09 无诊断支撑的检验检查（虚假检验）
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const m = member({ region: r, age: ri(25, 70) });
  const h = H(r, pick(['04', '07', '05', '03'])); const d = rdate(1, 11);
  const dx = pick([['J06.900'], ['K29.700'], ['M54.500'], ['J02.900']]);
  const base = dx[0].startsWith('J') ? [Dg('XJ01CAA501A001', 18)] : dx[0] === 'K29.700' ? [Dg('XA02BCA515A001', 14)] : [Dg('XM01AEB502A003', 12)];
  const tests = v === 'overt'
    ? ['002502170010001', '002502170020001', '002502180010001', '002502070030001', '002502100010001']
    : pick([['002502060010001', '002502100010001'], ['002502180010001', '002502040010001'], ['002502070010001', '002502170010001']]);
  const lines = base.concat(tests.map((t) => L(t, 1, d, { mut: 1 })));
  if (v === 'overt' && h.level >= 1) lines.push(L('002502050020001', 1, d, { mut: 1 }));
  const c = visit(m, h, d, dx, lines);
  addCase('fraud', 'T09', names.T09, v, [c], [c]);
}
// T10 分解住院
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const m = member({ region: r, age: ri(50, 85) });
  const h = anyH(r); const kind = pick(['pneumonia', 'copd', 'diabetes'].concat(h.level >= 2 ? ['stroke', 'angina'] : []));
  const adm = rdate(1, 10); const s1 = stay(m, h, kind, adm, { len: ri(6, 9) });
  const adm2 = add(s1.dischargeDate, v === 'overt' ? ri(0, 2) : ri(6, 12));
  const s2 = stay(m, h, kind, adm2, { len: ri(5, 8), dept: v === 'careful' && kind !== 'stroke' ? 'geriatrics' : undefined, dx: v === 'careful' ? STAYS[kind].dx.slice(0, 1).concat(['E78.500']) : undefined });
  addCase('fraud', 'T10', names.T10, v, [s1, s2], [s2]);
}
// T11 虚假转院
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const m = member({ region: r, age: ri(55, 88) });
  const hA = H(r, '03'), hB = H(r, '04');
  const kind = pick(['pneumonia', 'copd', 'stroke']); const adm = rdate(1, 10);
  const s1 = stay(m, hA, kind, adm, { len: ri(4, 6), mode: 'transfer' });
  const s2 = stay(m, hB, kind, s1.dischargeDate, { len: ri(5, 8), route: 'transfer', from: hA.id, mode: v === 'overt' ? 'transfer' : 'ordered' });
  const cl = [s1, s2], tg = [s2];
  if (v === 'overt') { const s3 = stay(m, hA, kind, s2.dischargeDate, { len: ri(4, 6), route: 'transfer', from: hB.id }); cl.push(s3); tg.push(s3); }
  addCase('fraud', 'T11', names.T11, v, cl, tg);
}
// T12 药店冒用他人医保卡
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS);
  const male = i % 2 === 0; const m = member({ region: r, gender: male ? 'M' : 'F', age: male ? ri(25, 70) : ri(30, 39) });
  const d = rdate(1, 11); const ph = pick(pharmacies(r));
  const lines = male ? [Dg('XG03DBD509A001', v === 'overt' ? 40 : 20, { mut: 1 })] : [Dg('XG04CAT510A003', 30, { mut: 1 }), Dg('XG04CBF505A001', 30, { mut: 1 })];
  if (v === 'careful') lines.push(male ? Dg('XN02BED510A001', 12) : Dg('XR06AXL513A001', 10));
  const dx = male ? ['N97.900'] : ['N40.x00'];
  const c = visit(m, ph, d, dx, lines);
  addCase('fraud', 'T12', names.T12, v, [c], [c]);
}
// T13 住院期间本院门诊结算
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const m = member({ region: r, age: ri(45, 85) });
  const h = H(r, pick(['01', '02', '03', '04'])); const kind = kindFor(h); const adm = rdate(1, 11);
  const s = stay(m, h, kind, adm, { len: ri(6, 9) });
  const d = v === 'overt' ? add(adm, ri(2, 4)) : adm;
  const lines = v === 'overt' ? [L('002301010020001', 1, d), L('002502100010001', 1, d), Dg('XC10AAR501A001', 28)] : [L('002103010010001', 1, d), L('002502060010001', 1, d)];
  const o = visit(m, h, d, s.diagnoses.map((x) => x.code).slice(0, 1), lines, { dept: s.provider.department });
  addCase('fraud', 'T13', names.T13, v, [s, o], [o]);
}
// T14 虚假住院/挂床: member active elsewhere during the stay
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const m = member({ region: r, age: ri(55, 85), chronic: ['I10'] });
  const h = H(r, pick(['04', '06', '05'])); const adm = rdate(1, 10);
  const s = stay(m, h, pick(['bronchitis', 'diabetes']), adm, { len: ri(7, 10) });
  const other = [];
  const n = v === 'overt' ? 3 : 1;
  for (let k = 0; k < n; k++) {
    const d = add(adm, 1 + k * 2 + ri(0, 1));
    const where = v === 'overt' ? (k === 1 ? H(r, '01') : pick(pharmacies(r))) : pick(pharmacies(r));
    other.push(visit(m, where, d, ['I10.x00x002'], regimen('htn', 14)));
  }
  addCase('fraud', 'T14', names.T14, v, [s].concat(other), [s]);
}
// T15 村卫生室/诊所虚构高频就诊
for (let i = 0; i < 15; i++) {
  const v = var15(i); const r = pick(REGIONS); const m = member({ region: r, age: ri(55, 85), ins: 'resident' });
  const h = H(r, pick(['08', '07', '06'])); const d0 = rdate(1, 9); const cl = [];
  const n = v === 'overt' ? ri(9, 12) : ri(6, 8);
  let d = d0;
  for (let k = 0; k < n; k++) {
    cl.push(visit(m, h, d, pick([['J06.900'], ['I10.x00x002'], ['M54.500']]), [Dg('XN02BED510A001', 6), Dg('ZA01BAL514A001', 24)]));
    d = add(d, v === 'overt' ? 1 : ri(3, 5));
  }
  addCase('fraud', 'T15', names.T15, v, cl, cl.slice(2));
}

// ---------- controls ----------
const CN = {
  C01: '长处方12周后按期续方', C02: '春节前提前数日续方', C03: '家属本人医保卡在住院期间药店购药', C04: '住院当日入院前门诊透析（他院）',
  C05: '出院当日双通道药店购药', C06: '医嘱转院（上转三级）', C07: '短期内因无关疾病再入院', C08: '化疗周期性再入院',
  C09: '入院前数日本院门诊术前检查', C10: '急诊留观转住院（留观费用并入住院结算）', C11: '当日入出院计一天', C12: '有疑似诊断的筛查检验',
  C13: '每三个月一次糖化血红蛋白（不同机构）', C14: '同日两院不同专科就诊', C15: '急诊后同日转上级医院（肌钙蛋白动态复查）', C16: '夫妻各用本人医保卡同日同店购同药',
  C17: '高值药每月在不同药店购买（用量相符）', C18: '换药后新处方（供应期内换用另一种药）', C19: '出院带药后按期药店续购', C20: '医嘱转社区卫生服务机构康复住院',
  C21: '村卫生室换药/注射疗程', C22: '高钾血症住院每日复查电解质', C23: '入院前一日药店购药', C24: '他院急诊后同日入院',
};
function ctl(code, variant, cls, tg) { labels.push({ caseId: 'B130-' + String(++caseSeq).padStart(4, '0'), kind: 'control', code, name: CN[code], claimIds: cls.map((c) => c._key), targets: tg.map((c) => c._key), mutatedLines: {}, typology: code, variant }); }
for (let i = 0; i < 15; i++) {
  const v = var15(i);
  // C01
  { const r = pick(REGIONS); const key = pick(['htn', 'dm', 'chd']); const m = member({ region: r, age: ri(55, 80), chronic: REG[key].chronic });
    const d0 = rdate(1, 5); const h = H(r, pick(['01', '03']));
    const c1 = visit(m, h, d0, REG[key].dx, regimen(key, 84, { long: true }), { vt: 'chronic' });
    const c2 = visit(m, h, add(d0, ri(80, 84)), REG[key].dx, regimen(key, 84, { long: true }), { vt: 'chronic' });
    ctl('C01', v, [c1, c2], [c2]); }
  // C02 refills before Spring Festival (2025-01-29)
  { const r = pick(REGIONS); const key = pick(['htn', 'dm']); const m = member({ region: r, age: ri(55, 80), chronic: REG[key].chronic });
    const d0 = add('2025-01-01', -ri(0, 3) + ri(0, 3)); const h = H(r, pick(['03', '05', '01']));
    const c0 = visit(m, h, add('2024-12-30', 0) < '2025-01-01' ? '2025-01-02' : d0, REG[key].dx, regimen(key, 28), { vt: 'chronic' });
    const c1 = visit(m, h, add(c0.visitDate, ri(23, 25)), REG[key].dx, regimen(key, 28), { vt: 'chronic' });
    const c2 = visit(m, h, add(c1.visitDate, 28 + ri(2, 4)), REG[key].dx, regimen(key, 28), { vt: 'chronic' });
    ctl('C02', v, [c0, c1, c2], [c1]); }
  // C03 relative's own card during the patient's stay
  { const r = pick(REGIONS); const p = member({ region: r, age: ri(60, 85) }); const rel = member({ region: r, age: ri(30, 60), chronic: ['I10'] });
    const h = bigH(r); const adm = rdate(1, 11); const s = stay(p, h, kindFor(h), adm, { len: ri(6, 9) });
    const o = visit(rel, pick(pharmacies(r)), add(adm, ri(2, 4)), ['I10.x00x002'], regimen('htn', 30));
    ctl('C03', v, [s, o], [o]); }
  // C04 dialysis the morning of an admission elsewhere
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(50, 80), chronic: ['N18'] }); const hd = H(r, '03'); const d0 = rdate(1, 11);
    const dial = (d) => visit(m, hd, d, ['N18.500', 'Z49.100'], [L('003310010010001', 1, d), Dg('C10010150100001014100000001', 1), Dg('C10010150200001187780000001', 1), Dg('XB01ABG501B002', 1)], { vt: 'chronic', dept: 'nephrology' });
    const c0 = dial(add(d0, -2)); const c1 = dial(d0);
    const s = stay(m, H(r, '01'), 'gallstone', d0, { len: ri(3, 4), dx: ['K80.100', 'N18.500'] });
    const c2 = dial(add(s.dischargeDate, v === 'overt' ? 0 : 1));
    ctl('C04', v, [c0, c1, s, c2], [c1, c2]); }
  // C05 双通道 pharmacy purchase on discharge day
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(50, 75), chronic: ['C34'] }); const h = H(r, '01'); const adm = rdate(1, 11);
    const s = stay(m, h, 'chemo', adm, { len: 3 });
    const o = visit(m, pick(pharmacies(r)), s.dischargeDate, ['C34.900'], [Dg('XL01EBA501A001', 30)]);
    ctl('C05', v, [s, o], [o]); }
  // C06 医嘱转院 up-level
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(50, 85) }); const adm = rdate(1, 10);
    const k = pick(['pneumonia', 'copd']);
    const s1 = stay(m, H(r, pick(['05', '06'])), k, adm, { len: ri(2, 3), mode: 'transfer' });
    const s2 = stay(m, H(r, '01'), k === 'pneumonia' ? 'pneumonia' : 'copd', s1.dischargeDate, { len: ri(6, 9), route: 'transfer', from: s1.provider.hospitalId, nursing: N1 });
    ctl('C06', v, [s1, s2], [s1, s2]); }
  // C07 readmission unrelated
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(65, 88) }); const h = H(r, pick(['01', '02'])); const adm = rdate(1, 10);
    const s1 = stay(m, h, 'pneumonia', adm, { len: ri(6, 8) });
    const s2 = stay(m, h, 'fracture', add(s1.dischargeDate, ri(3, 12)), { route: 'emergency' });
    ctl('C07', v, [s1, s2], [s2]); }
  // C08 chemotherapy cycles
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(45, 75) }); const h = H(r, pick(['01', '02'])); let adm = rdate(1, 6); const cl = [];
    for (let k = 0; k < 4; k++) { const s = stay(m, h, 'chemo', adm, { len: ri(2, 3) }); cl.push(s); adm = add(adm, 21); }
    ctl('C08', v, cl, cl.slice(1)); }
  // C09 pre-admission outpatient tests at the same hospital
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(35, 70) }); const h = H(r, pick(['01', '02', '03'])); const adm = rdate(1, 11); const d = add(adm, -ri(1, 3));
    const o = visit(m, h, d, ['K80.100'], [L('002103010010001', 1, d), L('002502120010001', 1, d), L('003107010010001', 1, d), L('002202010010001', 1, d)], { dept: 'general-surgery' });
    const op = add(adm, 1); const dis = add(adm, ri(4, 5));
    const lines = dailyLines(adm, dis).concat([L('002501010010001', 1, adm), L('002502060010001', 1, adm), L('003302020010001', 1, op), L('003301010010001', 2, op), L('C11010150100001004460000001', 1, op), L('XJ01DCT505B002', 2, op)]);
    const s = mkClaim({ m, h, dept: 'general-surgery', vt: 'inpatient', adm, dis, dx: ['K80.100'], px: [['51.2300', op]], lines });
    ctl('C09', v, [o, s], [o, s]); }
  // C10 pre-admission tests within the allowed window carried on the stay bill — modelled as the tests done on the admission day (see doubts)
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(55, 80) }); const h = H(r, pick(['01', '02'])); const adm = rdate(1, 11);
    const ob = add(adm, -1);
    const s = stay(m, h, 'fracture', adm, { route: 'emergency', extra: () => [L('001102000050001', 1, ob, { obs: 1 }), L('002202020010001', 1, ob, { obs: 1 }), L('002501010010001', 1, ob, { obs: 1 }), L('001209000010001', 8, ob, { obs: 1 }), L('XN02BED510A001', 3, ob, { obs: 1 })] });
    ctl('C10', v, [s], [s]); }
  // C11 same-day admission and discharge: one day billed
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(40, 80) }); const h = H(r, pick(['01', '02'])); const adm = rdate(1, 11);
    const s = stay(m, h, 'chemo', adm, { dis: adm, extra: () => [] });
    ctl('C11', v, [s], [s]); }
  // C12 screening with a suspected diagnosis
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(35, 75) }); const h = H(r, pick(['01', '02', '03'])); const d = rdate(1, 11);
    const opts = [[['E04.900'], ['002502180010001', '002103010050001']], [['R07.400'], ['002502100010001', '002502070020001', '003107010010001']], [['R73.900'], ['002502050020001', '002502050010001']], [['I50.900'], ['002502070030001', '002103010020001']]];
    const [dx, t] = opts[i % 4];
    const c = visit(m, h, d, dx, t.map((x) => L(x, 1, d)), { consult: '001102000020001' });
    ctl('C12', v, [c], [c]); }
  // C13 HbA1c every three months at different institutions
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(45, 75), chronic: ['E11'] }); let d = rdate(1, 3); const cl = [];
    for (let k = 0; k < 3; k++) { const h = H(r, ['01', '03', '05'][k]); cl.push(visit(m, h, d, ['E11.900'], [L('002502050020001', 1, d), L('001204000080001', 1, d)].concat(regimen('dm', 28)), { vt: 'chronic' })); d = add(d, ri(88, 100)); }
    ctl('C13', v, cl, cl.slice(1)); }
  // C14 two hospitals, same day, different specialties
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(50, 80) }); const d = rdate(1, 11);
    const c1 = visit(m, H(r, '01'), d, ['H26.900'], [L('002503010060001', 1, d), L('002503010050001', 1, d)], { dept: 'ophthalmology' });
    const c2 = visit(m, H(r, '03'), d, ['K05.100'], [L('003105130010001', 1, d)], { dept: 'dental' });
    ctl('C14', v, [c1, c2], [c1, c2]); }
  // C15 emergency then referral the same day, serial troponin
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(50, 80) }); const d = rdate(1, 11);
    const c1 = visit(m, H(r, '05'), d, ['R07.400'], [L('003107010010001', 1, d), L('002502070020001', 1, d)], { consult: '001102000050001', dept: 'emergency' });
    const c2 = visit(m, H(r, '01'), d, ['I20.000'], [L('003107010010001', 1, d), L('002502070020001', 1, d), L('002502070010001', 1, d), Dg('XB01ACA509A001', 7), Dg('XB01ACL502A001', 7)], { consult: '001102000050001', dept: 'emergency' });
    ctl('C15', v, [c1, c2], [c2]); }
  // C16 spouses, own cards, same pharmacy, same day
  { const r = pick(REGIONS); const a = member({ region: r, age: ri(55, 75), gender: 'M' }); const b = member({ region: r, age: ri(52, 72), gender: 'F' }); const d = rdate(1, 11); const ph = pick(pharmacies(r));
    const c1 = visit(a, ph, d, ['E11.900'], [Dg('XA10BAE503A001', 90), Dg('XA10BHX505A001', 30)]);
    const c2 = visit(b, ph, d, ['E11.900'], [Dg('XA10BAE503A001', 90), Dg('XA10BHX505A001', 30)]);
    ctl('C16', v, [c1, c2], [c1, c2]); }
  // C17 costly drug monthly at different pharmacies
  { const r = pick(REGIONS); const [code, q, dx] = COSTLY[i % 4]; const m = member({ region: r, age: ri(45, 75) }); let d = rdate(1, 5); const cl = []; const phs = pharmacies(r);
    const every = code === 'XL01EBA501A001' ? 30 : code === 'XA10AEG503B002' ? 30 : 28;
    for (let k = 0; k < 4; k++) { cl.push(visit(m, phs[k], d, dx, [Dg(code, q)])); d = add(d, every + ri(-1, 2)); }
    ctl('C17', v, cl, cl.slice(1)); }
  // C18 drug switched within the supply window
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(50, 80), chronic: ['I10'] }); const h = H(r, pick(['01', '03'])); const d0 = rdate(1, 10);
    const c1 = visit(m, h, d0, ['I10.x00x002'], [Dg('XC09AAY504A001', 60)], { vt: 'chronic' });
    const d1 = add(d0, ri(7, 12));
    const c2 = visit(m, h, d1, ['I10.x00x002', 'R05.x00'], [Dg('XC09CAL504A001', 30), Dg('XC08CAA512A001', 30)], { vt: 'chronic' });
    ctl('C18', v, [c1, c2], [c2]); }
  // C19 discharge medication then refill
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(55, 80), chronic: ['I25', 'I10'] }); const h = H(r, pick(['01', '02'])); const adm = rdate(1, 10);
    const s = stay(m, h, 'angina', adm, { len: ri(5, 7), extra: (a, d) => [L('XB01ACA509A001', 14, d), L('XC10AAA511A001', 14, d)] });
    const o = visit(m, pick(pharmacies(r)), add(s.dischargeDate, ri(13, 15)), ['I25.103'], [Dg('XB01ACA509A001', 30), Dg('XC10AAA511A001', 30)]);
    ctl('C19', v, [s, o], [s, o]); }
  // C20 医嘱转社区 then rehabilitation stay
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(60, 85) }); const adm = rdate(1, 9);
    const s1 = stay(m, H(r, '01'), 'stroke', adm, { len: ri(10, 13), mode: 'community' });
    const s2 = stay(m, H(r, pick(['05', '06'])), 'rehab', s1.dischargeDate, { route: 'transfer', from: s1.provider.hospitalId });
    ctl('C20', v, [s1, s2], [s2]); }
  // C21 village clinic dressing course
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(40, 80), ins: 'resident' }); const h = H(r, pick(['08', '06'])); let d = rdate(1, 10); const cl = [];
    for (let k = 0; k < 6; k++) { cl.push(visit(m, h, d, ['L03.900'], [L('001205000010001', 1, d), Dg('C14020150200001397260000001', 1)].concat(k === 0 ? [Dg('XJ01DBT501A001', 56)] : []))); d = add(d, 2); }
    ctl('C21', v, cl, cl.slice(2)); }
  // C22 hyperkalaemia stay with daily electrolytes
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(50, 80) }); const h = H(r, pick(['01', '02', '03'])); const adm = rdate(1, 11);
    const s = stay(m, h, 'hyperk', adm);
    ctl('C22', v, [s], [s]); }
  // C23 pharmacy the day before an emergency admission
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(55, 85), chronic: ['I10'] }); const adm = rdate(1, 11);
    const o = visit(m, pick(pharmacies(r)), add(adm, -1), ['I10.x00x002'], regimen('htn', 30));
    const h = bigH(r); const s = stay(m, h, kindFor(h), adm, { route: 'emergency' });
    ctl('C23', v, [o, s], [o]); }
  // C24 emergency visit at A, admitted at B the same day
  { const r = pick(REGIONS); const m = member({ region: r, age: ri(55, 85) }); const d = rdate(1, 11);
    const o = visit(m, H(r, '03'), d, ['J18.900'], [L('002501010010001', 1, d), L('002202010010001', 1, d)], { consult: '001102000050001', dept: 'emergency' });
    const s = stay(m, H(r, '01'), 'pneumonia', d, { route: 'emergency' });
    ctl('C24', v, [o, s], [o, s]); }
}

// ---------- routine ----------
for (let i = 0; i < 100; i++) {
  const r = pick(REGIONS); const t = i % 5; let cl;
  if (t === 0) { const m = member({ region: r }); const h = anyH(r); cl = [stay(m, h, kindFor(h), rdate(1, 11))]; }
  else if (t === 1) { const key = pick(['htn', 'dm', 'chd']); const m = member({ region: r, age: ri(50, 82), chronic: REG[key].chronic }); let d = rdate(1, 4); cl = []; const h = H(r, pick(['03', '05', '01']));
    for (let k = 0; k < 3; k++) { cl.push(visit(m, h, d, REG[key].dx, regimen(key, 30), { vt: 'chronic' })); d = add(d, ri(29, 33)); } }
  else if (t === 2) { const m = member({ region: r }); const d = rdate(1, 11); cl = [visit(m, H(r, pick(['05', '06', '07', '08'])), d, pick([['J06.900'], ['J02.900']]), [Dg('XJ01CAA501A001', 18), Dg('XN02BED510A001', 9)])]; }
  else if (t === 3) { const key = pick(['htn', 'dm']); const m = member({ region: r, age: ri(45, 80) }); let d = rdate(1, 5); cl = [];
    for (let k = 0; k < 2; k++) { cl.push(visit(m, pick(pharmacies(r)), d, REG[key].dx, regimen(key, 30))); d = add(d, ri(28, 34)); } }
  else { const m = member({ region: r }); const d = rdate(1, 11); cl = [visit(m, H(r, pick(['01', '02', '03'])), d, ['K29.700'], [L('002501010010001', 1, d), Dg('XA02BCA515A001', 28), Dg('XA03FAD507A001', 21)])]; }
  labels.push({ caseId: 'B130-' + String(++caseSeq).padStart(4, '0'), kind: 'routine', code: 'R', name: '常规诊疗', claimIds: cl.map((c) => c._key), targets: [], mutatedLines: {}, typology: 'R', variant: 'overt' });
}

// ---------- settlement order, ids, money ----------
for (const c of claims) if (c.items.some((it) => !it.date.startsWith('2025'))) throw new Error('date outside 2025 ' + c._key);
claims.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._ord - b._ord));
const idOf = {}; let n = 0;
for (const c of claims) { c.claimId = `${c.region}-${c.provider.hospitalId}-2025-${String(++n).padStart(6, '0')}`; idOf[c._key] = c.claimId; settle(c); if (c.reportedGroup && groups[c.claimId] !== undefined) c.reportedGroup.drg = groups[c.claimId]; }
for (const lb of labels) { lb.claimIds = lb.claimIds.map((k) => idOf[k]); lb.targets = lb.targets.map((k) => idOf[k]); const mm = {}; for (const [k, v] of Object.entries(lb.mutatedLines)) mm[idOf[k]] = v; lb.mutatedLines = mm; }
const clean = (c) => { const o = {}; for (const [k, v] of Object.entries(c)) if (!k.startsWith('_')) o[k] = v; o.items = c.items.map((it) => { const x = {}; for (const [k, v] of Object.entries(it)) if (!k.startsWith('_')) x[k] = v; return x; }); return o; };
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), claims.map((c) => JSON.stringify(clean(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind130: ${claims.length} claims, ${labels.length} cases`);
