#!/usr/bin/env node
// blind109 generator: dialysis, kidney failure and kidney transplants. No dependencies. Fixed seed 1090109.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = args[0]; if (!OUT) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CATDIR = opt('--catalogue', '/work/wt/base109/rules/catalogue');
const GROUPS = opt('--groups', null);
const POL = JSON.parse(fs.readFileSync(path.join(CATDIR, '..', 'benefits', 'policies.json'), 'utf8'));

// ---------- rng ----------
let seed = 1090109 >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const CAT = {};
for (const f of fs.readdirSync(CATDIR)) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  const j = JSON.parse(fs.readFileSync(path.join(CATDIR, f), 'utf8'));
  for (const r of j.rows) CAT[r.code] = r;
}
const C = { // codes used, by meaning
  HD: '003310010010001', CRRT: '003310010020001', HDF: '003310010030001', HP: '003310010040001', PD: '003310010050001', PDX: '003310010060001',
  PDCATH: '003310010070001', AVF: '003307060010001', TUNNEL: '003307040040001', CVC: '003307040030001', PTA: '003307020020001',
  DIALYZER: 'C10010150100001014100000001', LINES: 'C10010150200001187780000001', HDFFILTER: 'C10010150300001406660000001', HPCART: 'C10010150400001522430000001',
  TEMPCATH: 'C10020150100001828910000001', TUNCATH: 'C10020150200001604460000001', PDCATHC: 'C10030150100001200920000001',
  HEPARIN: 'XB01ABG501B002', EPO: 'XB03XAZ505B002', IRON: 'XB03ACZ501B002', ROXA: 'XB03XAL501A001', CALCITRIOL: 'XA11CCG506A001', SEVELAMER: 'XV03AES501A001',
  LANTH: 'XV03AET501A001', CACO3: 'XA12AXT512A001', CINA: 'XH05BXX501A001', PARIC: 'XH05BXP501B002', CARN: 'XA16AAZ509B002', PDFLUID: 'XB05DBF501F001',
  FERROUS: 'XB03AAH503A001', TAC: 'XL04ADT501A001', MMF: 'XL04AAM501A001', CSA: 'XL04ADH501A001', PRED: 'XH02ABP507A001', MP: 'XH02ABJ504B002',
  AMLO: 'XC08CAA512A001', NIFE: 'XC08CAX503A003', FUROS: 'XC03CAF503A001', FUROSIV: 'XC03CAF503B002', NS: 'XB05BBL511B002', GLU: 'XB05BAP505B002', INSULIN: 'XA10ABS502B002',
  NOREPI: 'XC01CAQ502B002', CEFTRI: 'XJ01DDT504B002', PIPTAZ: 'XJ01CRP501B002', OMEP: 'XA02BCA515A001', PANTO: 'XA02BCP503B002', RBC: '002600000010001', TRANSF: '001204000210001', XMATCH: '002502130020001', ABO: '002502130010001',
  CONSULT_CHRONIC: '001109000010001', CONSULT_OP: '001102000010001', CONSULT_ASSOC: '001102000020001', CONSULT_ER: '001102000050001', WARD: '001103000010001',
  BED3: '001105000010001', BEDICU: '001105000030001', NURSE1: '001201000020001', NURSE2: '001201000030001', NURSE3: '001201000040001', NURSESP: '001201000010001', ICUHR: '001201000050001',
  ECGMON: '001209000010001', SPO2: '001210000010001', NIBP: '001211000010001', ELECTRODE: 'C14060150100001436170000001', SPO2PROBE: 'C14060150200001655310000001',
  IVFIRST: '001204000010001', IVNEXT: '001204000020001', IVSET: 'C14010150100001020350000001', SC: '001204000060001', DRAW: '001204000080001', ART: '001204000090001',
  CBC: '002501010010001', RENAL: '002502020010001', LYTES: '002502030010001', LFT: '002502010010001', PTH: '002502190040001', HBV: '002502110010001', INF8: '002502120010001',
  COAG: '002502060010001', BGA: '002502090010001', LACT: '002502090020001', PCT: '002502080020001', CRP: '002502080010001', BNP: '002502070030001', ALB: '002502010050001', URINE: '002501020010001', BCULT: '002502140030001',
  ECG: '003107010010001', CXR: '002202040010001', ECHO: '002103010020001', USABD: '002103010010001', USURO: '002103010060001', USVESSEL: '002103010040001',
  LOCALAN: '003301010030001', O2: '001208000010001', O2TUBE: 'C14050150100001832230000001', DRESS: '001205000010001', DRESSPACK: 'C14020150200001397260000001', SUTURE_RM: '003309040010001',
  CANNULA: 'C14010150200001215730000001', VENT: '001214000010001',
};
for (const [k, v] of Object.entries(C)) if (!CAT[v]) throw new Error('catalogue row missing: ' + k + ' ' + v);

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const dow = (s) => D(s).getUTCDay(); // 0 Sun
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
function range(a, b) { const r = []; for (let d = a; d <= b; d = add(d, 1)) r.push(d); return r; }
const monthStart = (m) => `2025-${String(m).padStart(2, '0')}-01`;
const monthEnd = (m) => add(m === 12 ? '2026-01-01' : monthStart(m + 1), -1);
function sessions(from, to, pat) { // pat: 'MWF' | 'TTS'
  const days = pat === 'MWF' ? [1, 3, 5] : [2, 4, 6];
  return range(from, to).filter(d => days.includes(dow(d)));
}

// ---------- regions and institutions ----------
const REGIONS = [
  { region: '510100', prov: '51', city: '成都', monthly: true },
  { region: '220100', prov: '22', city: '长春', monthly: true },
  { region: '370100', prov: '37', city: '济南', monthly: true },
  { region: '230100', prov: '23', city: '哈尔滨', monthly: false },
];
const KINDS = [
  { k: 'L3', n: '01', level: 3, depts: ['nephrology', 'blood_purification', 'icu', 'transplant', 'emergency', 'cardiology'] },
  { k: 'L2', n: '02', level: 2, depts: ['nephrology', 'blood_purification', 'icu', 'emergency'] },
  { k: 'CHC', n: '03', level: 1, depts: ['general'] },
  { k: 'PRIV', n: '04', level: 2, depts: ['blood_purification', 'nephrology', 'icu', 'emergency'] }, // private hospital with a dialysis centre
  { k: 'COUNTY', n: '05', level: 2, depts: ['nephrology', 'blood_purification', 'icu', 'emergency'] },
  { k: 'PHARM', n: '06', level: 1, depts: ['pharmacy'] },
];
function hosp(reg, k) { const K = KINDS.find(x => x.k === k); return { id: (k === 'PHARM' ? 'Y' : 'H') + reg.region + K.n, level: K.level, kind: k, reg }; }
function doctor(h, dept) { const K = KINDS.find(x => x.k === h.kind); const di = K.depts.indexOf(dept); if (di < 0) throw new Error('dept ' + dept + ' not at ' + h.kind); return `D${h.id.slice(1)}${di}${ri(1, 3)}`; }
const R = (i) => REGIONS[i];

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  memberSeq++;
  const gender = o.gender || (rnd() < 0.55 ? 'M' : 'F');
  const age = o.age || ri(38, 78);
  const by = 2025 - age; const birthDate = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const insuranceType = o.insuranceType || (rnd() < 0.6 ? 'employee' : 'resident');
  const retired = insuranceType === 'employee' && age >= (gender === 'M' ? 61 : 56);
  const contributionYears = insuranceType === 'employee' ? Math.max(5, Math.min(age - 20, retired ? ri(gender === 'M' ? 30 : 25, 40) : ri(5, 30))) : 0;
  return {
    insuredId: 'P109' + String(memberSeq).padStart(6, '0'), gender, birthDate, retired, insuranceType,
    chronic: o.chronic || ['N18'],
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(6, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null, chronicDiseases: o.chronic || ['N18'] },
  };
}

// ---------- claims ----------
let claimSeq = 0; const ALL = [];
function claim(h, dept, type, m, o) {
  claimSeq++;
  const c = {
    claimId: `${h.reg.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`,
    region: h.reg.region, insuranceType: m.insuranceType, visitType: type,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: JSON.parse(JSON.stringify(m.enrollment)),
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: o.doctorId || doctor(h, dept) },
  };
  if (o.insuredRegion && o.insuredRegion !== h.reg.region) c.insuredRegion = o.insuredRegion;
  if (type === 'inpatient') {
    c.admissionDate = o.adm; c.dischargeDate = o.dis;
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered';
    if (o.transferFrom) c.transferFromHospitalId = o.transferFrom;
  } else c.visitDate = o.date;
  c.diagnoses = o.diags.map((d, i) => i === 0 ? { code: d, principal: true } : { code: d });
  if (o.procs) c.procedures = o.procs.map(([code, date]) => ({ code, date }));
  if (type === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = []; c._h = h; c._fraud = []; c._limits = o.limits || {};
  ALL.push(c); return c;
}
function diagOK(c, inds) { const codes = c.diagnoses.map(d => d.code); return inds.some(p => codes.some(x => x.startsWith(p))); }
// add a line; checks the row's formal limits unless fraud===true (then labelled as mutated)
function L(c, code, date, qty, o = {}) {
  const r = CAT[code]; if (!r) throw new Error('no row ' + code);
  const lvl = c.provider.level; let price = r.priceCap[String(lvl)];
  const lineId = String(c.items.length + 1);
  const it = { lineId, code, name: r.name, category: r.category, date, quantity: qty, unitPrice: price, amount: Math.round(Math.round(price * 100) * qty) / 100 };
  if (o.long) it.longPrescription = true;
  c.items.push(it);
  if (o.fraud) c._fraud.push(lineId); else it._check = true;
  return lineId;
}
function checkLimits(c) {
  const inpatient = c.visitType === 'inpatient';
  const perDay = {};
  for (const it of c.items) { const k = it.code + '|' + it.date; perDay[k] = (perDay[k] || 0) + it.quantity; }
  for (const it of c.items) {
    if (!it._check) continue; const r = CAT[it.code]; const bad = (why) => { throw new Error(`${c.claimId} line ${it.lineId} ${r.name}: ${why}`); };
    if (r.setting === 'inpatient' && !inpatient) bad('inpatient only');
    if (r.setting === 'outpatient' && inpatient) bad('outpatient only');
    if (r.minLevel && c.provider.level < r.minLevel) bad('minLevel');
    if (r.gender && c.patient.gender !== r.gender) bad('gender');
    if (r.maxPerDay != null && perDay[it.code + '|' + it.date] > r.maxPerDay + 1e-9) bad('maxPerDay ' + perDay[it.code + '|' + it.date]);
    if (r.indications && !diagOK(c, r.indications)) bad('indication');
    if (it.date < (c.admissionDate || c.visitDate) && c.visitType === 'inpatient') bad('before admission');
    if (inpatient && it.date > c.dischargeDate) bad('after discharge');
    const same = c.items.filter(x => x.code === it.code);
    const dates = [...new Set(same.map(x => x.date))].sort();
    if (r.maxDays != null) { const span = inpatient ? dates.length : diff(dates[0], dates[dates.length - 1]) + 1; if (span > r.maxDays) bad('maxDays ' + span); }
    if (r.supplyPerDay != null && !inpatient) {
      const days = c._limits.supplyDays || 30; const q = same.reduce((a, x) => a + x.quantity, 0);
      let spd = r.supplyPerDay; for (const f of (r.supplyPerDayFor || [])) if (diagOK(c, f.codes)) spd = Math.max(spd, f.perDay);
      if (q > spd * days + 1e-9) bad(`supply ${q} > ${spd}x${days}`);
    }
    if (r.code === C.CARN && inpatient && !c.items.some(x => x.code === C.HD || x.code === C.HDF)) bad('carnitine without HD in stay');
  }
}
function finish(c) {
  checkLimits(c);
  let total = 0, policy = 0;
  for (const it of c.items) { const r = CAT[it.code]; const fen = Math.round(it.amount * 100); total += fen; if (r.class !== '丙') policy += Math.round(fen * (1 - (r.selfPayShare || 0))); }
  const ins = c.insuredRegion || c.region; const P = POL.provinces[ins.slice(0, 2)];
  let sch = JSON.parse(JSON.stringify(P.schemes[c.insuranceType]));
  const ro = P.regions && P.regions[ins]; if (ro && ro.schemes && ro.schemes[c.insuranceType]) for (const [k, v] of Object.entries(ro.schemes[c.insuranceType])) Object.assign(sch[k], v);
  const s = sch[c.visitType]; const lvl = String(c.provider.level);
  const ded = c.visitType === 'inpatient' ? s.deductible[lvl] : 0; // outpatient/pharmacy: deductible taken as already met (upper-bound entitlement, policies.json basis)
  const ratio = (typeof s.ratio === 'object' ? s.ratio[lvl] : s.ratio) + (c.patient.retired ? (s.retireeRatioBonus || 0) : 0);
  let fund = Math.round(Math.max(0, policy - ded * 100) * ratio);
  let cap = s.annualFundCap; if (c.visitType === 'chronic' && s.diseaseCaps) { for (const g of Object.values(s.diseaseCaps)) if (g.codes.some(p => c.diagnoses[0].code.startsWith(p))) cap = g.annualFundCap; }
  fund = Math.min(fund, cap * 100);
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  for (const it of c.items) delete it._check;
}
const sdate = (c) => c.dischargeDate || c.visitDate;

// ---------- building blocks ----------
const HD_DIAG = () => pick([['N18.500', 'Z49.101', 'I12.000'], ['N18.500x001+D63.8*', 'Z49.101'], ['N18.500', 'E11.200x031+N29.8*', 'Z49.101'], ['N18.500', 'Z49.101', 'N25.801']]);
function profile(o = {}) { return { pat: o.pat || pick(['MWF', 'TTS']), binder: pick([C.SEVELAMER, C.CACO3, C.LANTH]), epoWeek: o.epoWeek || pick([1, 2, 2]), iron: rnd() < 0.4, amlo: rnd() < 0.6, diags: o.diags || HD_DIAG() }; }
// one clinic dialysis session's lines
function session(c, d, p, o = {}) {
  if (o.hdf) { L(c, C.HDF, d, 1, { fraud: o.fraudHDF }); L(c, C.HDFFILTER, d, 1, { fraud: o.fraudHDF }); }
  else { L(c, C.HD, d, 1, { fraud: o.fraud }); L(c, C.DIALYZER, d, o.dialyzerQty || 1, { fraud: o.fraud || o.dialyzerQty > 1 }); }
  L(c, C.LINES, d, 1, { fraud: o.fraud });
  L(c, C.HEPARIN, d, 1, { fraud: o.fraud });
  if (o.hp) { L(c, C.HP, d, 1, { fraud: o.fraudHP }); L(c, C.HPCART, d, 1, { fraud: o.fraudHP }); }
  if (o.epo) L(c, C.EPO, d, o.epo, { fraud: o.fraud || o.fraudEPO });
}
// a month (or part) of maintenance HD at a centre: returns claims (monthly claim, or one per session where the region settles so)
function hdPeriod(h, m, p, from, to, o = {}) {
  const ds = (o.dates || sessions(from, to, p.pat)).filter(d => !(o.skip || []).includes(d));
  const extra = (o.extraDates || []);
  const all = [...new Set([...ds, ...extra])].sort();
  const monthly = h.reg.monthly && !o.perSession;
  const groups = monthly ? [all] : all.map(d => [d]);
  const out = [];
  for (const g of groups) {
    if (!g.length) continue;
    const c = claim(h, 'blood_purification', 'chronic', m, { date: g[g.length - 1], diags: p.diags.slice(), insuredRegion: o.insuredRegion, limits: { supplyDays: 30 } });
    // EPO on p.epoWeek sessions a week: first sessions of each week
    const wk = {}; let labsDone = false; let ironCount = 0;
    for (const d of g) {
      const w = Math.floor(diff('2024-12-30', d) / 7); wk[w] = (wk[w] || 0) + 1;
      const isExtra = extra.includes(d) && !ds.includes(d);
      const epo = o.noEpo || diff(g[0], d) >= 28 ? 0 : (wk[w] <= p.epoWeek && !isExtra ? (o.epoQty || 1) : 0);
      session(c, d, p, { hdf: (o.hdfDates || []).includes(d), fraudHDF: o.fraudHDF, hp: (o.hpDates || []).includes(d), fraudHP: o.fraudHP, epo, fraudEPO: o.fraudEPO, fraud: isExtra && o.fraudExtra, dialyzerQty: o.dialyzerQty });
      if (!labsDone && monthly) {
        labsDone = true; L(c, C.CONSULT_CHRONIC, d, 1); L(c, C.DRAW, d, 1); L(c, C.CBC, d, 1); L(c, C.RENAL, d, 1); L(c, C.LYTES, d, 1);
        if (o.quarter) { L(c, C.PTH, d, 1); L(c, C.LFT, d, 1); }
        if (o.halfYear) L(c, C.HBV, d, 1);
        const days = 28; L(c, C.CALCITRIOL, d, days); L(c, p.binder, d, p.binder === C.CACO3 ? days * 3 : days * 3);
        if (p.amlo) L(c, C.AMLO, d, days);
      }
      if (p.iron && monthly && ironCount < 2 && wk[w] === 1 && !isExtra) { L(c, C.IRON, d, 1); ironCount++; }
    }
    out.push(c);
  }
  return out;
}
// inpatient ward routine per night
function wardDays(c, adm, dis, o = {}) {
  const nights = range(adm, add(dis, -1));
  for (const d of nights) {
    const icu = o.icuDays && o.icuDays.includes(d);
    L(c, icu ? C.BEDICU : C.BED3, d, 1); L(c, C.WARD, d, 1);
    L(c, icu ? C.NURSESP : (o.nurse || C.NURSE2), d, 1);
    if (icu && o.icuHours) L(c, C.ICUHR, d, o.icuHours);
  }
  return nights;
}
function admitLabs(c, d, o = {}) {
  L(c, C.DRAW, d, 1); L(c, C.CBC, d, 1); L(c, C.RENAL, d, 1); L(c, C.LYTES, d, 1); L(c, C.LFT, d, 1); L(c, C.COAG, d, 1); L(c, C.URINE, d, 1); L(c, C.ECG, d, 1); L(c, C.CXR, d, 1);
  if (o.crp) L(c, C.CRP, d, 1);
}
function wardSession(c, d, o = {}) { L(c, C.HD, d, 1, { fraud: o.fraud }); L(c, C.DIALYZER, d, 1, { fraud: o.fraud }); L(c, C.LINES, d, 1, { fraud: o.fraud }); L(c, C.HEPARIN, d, 1, { fraud: o.fraud }); }

// ---------- cases ----------
const LABELS = []; let caseSeq = 0;
function addCase(kind, code, name, claims, targets, mutated, variant) {
  caseSeq++;
  for (const c of claims) finish(c);
  const mutatedLines = {}; for (const c of (mutated || [])) if (c._fraud.length) mutatedLines[c.claimId] = c._fraud.slice();
  LABELS.push({ caseId: 'B109-' + String(caseSeq).padStart(4, '0'), kind, code, name, claimIds: claims.map(c => c.claimId), targets: targets.map(c => c.claimId), mutatedLines, typology: code, variant });
}
const regI = () => ri(0, 3);
const centreOf = (reg) => hosp(reg, pick(['L3', 'L2', 'PRIV', 'COUNTY']));
const monthPick = () => ri(2, 10);
const variantOf = (i) => (i % 3 === 2 ? 'careful' : 'overt');

const FRAUD = [];
const T = (code, name, fn) => FRAUD.push({ code, name, fn });

T('T01', '透析期间在他院住院或异地透析仍记账透析（虚记透析次数）', (v) => {
  const reg = R(ri(0, 2)); const home = hosp(reg, pick(['PRIV', 'L2', 'COUNTY'])); const m = member(); const p = profile(); const mo = monthPick();
  const prev = hdPeriod(home, m, p, monthStart(mo - 1), monthEnd(mo - 1), { quarter: true });
  if (v === 'overt') {
    const l3 = hosp(reg, 'L3'); const adm = add(monthStart(mo), ri(4, 10)); const los = ri(8, 11); const dis = add(adm, los);
    const ip = claim(l3, 'nephrology', 'inpatient', m, { adm, dis, diags: ['J18.900', 'N18.500', 'Z49.101'], route: 'emergency' });
    wardDays(ip, adm, dis, { nurse: C.NURSE1 }); admitLabs(ip, adm, { crp: true });
    for (const d of range(adm, add(dis, -1))) { L(ip, C.CEFTRI, d, 2); }
    const wardS = sessions(add(adm, 1), add(dis, -1), p.pat); for (const d of wardS) wardSession(ip, d);
    L(ip, C.BCULT, adm, 2);
    const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), { extraDates: [], fraudExtra: false });
    // mark the home centre's sessions inside the stay as fraud (they are billed though the member was on the ward)
    for (const c of hc) for (const it of c.items) if (it.date > adm && it.date < dis && [C.HD, C.DIALYZER, C.LINES, C.HEPARIN, C.EPO].includes(it.code)) c._fraud.push(it.lineId);
    return { claims: [...prev, ip, ...hc], targets: hc.filter(c => c._fraud.length), mutated: hc };
  }
  // careful: member dialysing on holiday in another province (异地); home centre bills two sessions of that fortnight
  const away = R(3); const hol = hosp(away, pick(['L2', 'L3'])); const start = add(monthStart(mo), ri(6, 10)); const end = add(start, 13);
  const holS = hdPeriod(hol, m, p, start, end, { insuredRegion: reg.region, perSession: true, noEpo: true });
  const homeDates = sessions(monthStart(mo), monthEnd(mo), p.pat).filter(d => d < start || d > end);
  const fake = sessions(start, end, p.pat).filter((_, i) => i === 1 || i === 4);
  const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), { dates: homeDates, extraDates: fake, fraudExtra: true });
  return { claims: [...prev, ...holS, ...hc], targets: hc, mutated: hc };
});

T('T02', '参保人死亡后继续记账透析', (v) => {
  const reg = R(ri(0, 3)); const home = hosp(reg, pick(['PRIV', 'L2', 'COUNTY'])); const m = member({ age: ri(62, 84) }); const p = profile(); const mo = monthPick();
  const prev = hdPeriod(home, m, p, monthStart(mo - 1), monthEnd(mo - 1), {});
  const l3 = hosp(reg, 'L3'); const adm = add(monthStart(mo), ri(8, 14)); const dis = add(adm, ri(1, 3));
  const ip = claim(l3, 'icu', 'inpatient', m, { adm, dis, diags: ['I50.000', 'N18.500', 'E87.500', 'Z49.101'], route: 'emergency', mode: 'death' });
  const icuDays = range(adm, add(dis, -1)); wardDays(ip, adm, dis, { icuDays, icuHours: 24 }); admitLabs(ip, adm); L(ip, C.BNP, adm, 1); L(ip, C.BGA, adm, 2);
  for (const d of icuDays) { L(ip, C.ECGMON, d, 24); L(ip, C.NOREPI, d, 4); L(ip, C.FUROSIV, d, 2); }
  L(ip, C.CRRT, adm, 16); L(ip, C.DIALYZER, adm, 1); L(ip, C.LINES, adm, 1); L(ip, C.HEPARIN, adm, 2);
  const before = sessions(monthStart(mo), add(adm, -1), p.pat);
  let after = sessions(add(dis, 1), monthEnd(mo), p.pat); if (v === 'careful') after = after.slice(0, 2);
  const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), { dates: before, extraDates: after, fraudExtra: true });
  return { claims: [...prev, ip, ...hc], targets: hc.filter(c => c._fraud.length), mutated: hc };
});

T('T03', '稳定维持性透析每周4-6次虚增透析次数', (v) => {
  const reg = R(ri(0, 3)); const home = hosp(reg, pick(['PRIV', 'COUNTY', 'L2'])); const m = member(); const p = profile(); const mo = monthPick();
  const prev = hdPeriod(home, m, p, monthStart(mo - 1), monthEnd(mo - 1), {});
  const base = sessions(monthStart(mo), monthEnd(mo), p.pat);
  const other = sessions(monthStart(mo), monthEnd(mo), p.pat === 'MWF' ? 'TTS' : 'MWF');
  const extra = v === 'overt' ? other.filter(() => rnd() < 0.8) : other.filter((_, i) => i % 3 === 0);
  const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), { dates: base, extraDates: extra, fraudExtra: true, perSession: reg.monthly ? false : false });
  return { claims: [...prev, ...hc], targets: hc.filter(c => c._fraud.length), mutated: hc };
});

T('T04', '普通血液透析串换为血液透析滤过(HDF)收费', (v) => {
  const reg = R(ri(0, 2)); const home = hosp(reg, pick(['PRIV', 'COUNTY', 'L2'])); const m = member(); const p = profile(); const mo = monthPick();
  const prev = hdPeriod(home, m, p, monthStart(mo - 1), monthEnd(mo - 1), {});
  const ds = sessions(monthStart(mo), monthEnd(mo), p.pat);
  const hdf = v === 'overt' ? ds : ds.filter((_, i) => i % 3 !== 2);
  const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), { hdfDates: hdf, fraudHDF: true });
  return { claims: [...prev, ...hc], targets: hc, mutated: hc };
});

T('T05', '维持性透析每次加收血液灌流(HP)', (v) => {
  const reg = R(ri(0, 2)); const home = hosp(reg, pick(['PRIV', 'COUNTY', 'L2'])); const m = member(); const p = profile(); const mo = monthPick();
  const prev = hdPeriod(home, m, p, monthStart(mo - 1), monthEnd(mo - 1), {});
  const ds = sessions(monthStart(mo), monthEnd(mo), p.pat);
  const hp = v === 'overt' ? ds : ds.filter((_, i) => i % 3 !== 1);
  const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), { hpDates: hp, fraudHP: true });
  return { claims: [...prev, ...hc], targets: hc, mutated: hc };
});

T('T06', '透析器/管路超次数记账（一次透析记多个或无透析日记耗材）', (v) => {
  const reg = R(ri(0, 2)); const home = hosp(reg, pick(['PRIV', 'COUNTY', 'L2', 'L3'])); const m = member(); const p = profile(); const mo = monthPick();
  const prev = hdPeriod(home, m, p, monthStart(mo - 1), monthEnd(mo - 1), {});
  if (v === 'overt') { const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), { dialyzerQty: 2 }); return { claims: [...prev, ...hc], targets: hc, mutated: hc }; }
  const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), {});
  const c = hc[0]; const off = sessions(monthStart(mo), monthEnd(mo), p.pat === 'MWF' ? 'TTS' : 'MWF').filter((_, i) => i % 3 === 0);
  for (const d of off) { L(c, C.DIALYZER, d, 1, { fraud: true }); L(c, C.LINES, d, 1, { fraud: true }); }
  return { claims: [...prev, ...hc], targets: hc, mutated: hc };
});

T('T07', '透析中心电监护、血氧饱和度监测每次另行收费', (v) => {
  const reg = R(ri(0, 2)); const home = hosp(reg, pick(['PRIV', 'COUNTY', 'L2', 'L3'])); const m = member(); const p = profile(); const mo = monthPick();
  const prev = hdPeriod(home, m, p, monthStart(mo - 1), monthEnd(mo - 1), {});
  const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), {}); const c = hc[0];
  const ds = [...new Set(c.items.filter(i => i.code === C.HD).map(i => i.date))];
  ds.forEach((d, i) => {
    if (v === 'overt') { L(c, C.ECGMON, d, 4, { fraud: true }); L(c, C.SPO2, d, 4, { fraud: true }); L(c, C.NIBP, d, 4, { fraud: true }); L(c, C.ELECTRODE, d, 5, { fraud: true }); }
    else if (i % 2 === 0) { L(c, C.ECGMON, d, 4, { fraud: true }); L(c, C.NIBP, d, 4, { fraud: true }); }
  });
  return { claims: [...prev, ...hc], targets: hc, mutated: hc };
});

T('T08', '促红素/铁剂超体重与血红蛋白所需剂量', (v) => {
  const reg = R(ri(0, 2)); const home = hosp(reg, pick(['PRIV', 'COUNTY', 'L2', 'L3'])); const m = member(); const p = profile({ epoWeek: 2 }); const mo = monthPick();
  const prev = hdPeriod(home, m, p, monthStart(mo - 1), monthEnd(mo - 1), {});
  if (v === 'overt') { const p2 = { ...p, epoWeek: 3 }; const hc = hdPeriod(home, m, p2, monthStart(mo), monthEnd(mo), { epoQty: 2, fraudEPO: true }); return { claims: [...prev, ...hc], targets: hc, mutated: hc }; }
  const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), {}); const c = hc[0];
  const d0 = c.items.find(i => i.code === C.HD).date; L(c, C.ROXA, d0, 24, { fraud: true });
  return { claims: [...prev, ...hc], targets: hc, mutated: hc };
});

T('T09', '无血液透析的住院使用左卡尼汀注射液', (v) => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L2', 'COUNTY'])); const m = member(); const mo = monthPick();
  const adm = add(monthStart(mo), ri(2, 20)); const los = ri(6, 9); const dis = add(adm, los);
  const diags = v === 'overt' ? ['N18.400', 'I12.000', 'D63.8'] : ['N18.500', 'Z49.201'];
  const ip = claim(h, 'nephrology', 'inpatient', m, { adm, dis, diags: diags.filter(x => x !== 'D63.8').concat(v === 'overt' ? ['D64.904'] : []) });
  const nights = wardDays(ip, adm, dis); admitLabs(ip, adm); L(ip, C.USURO, add(adm, 1), 1);
  for (const d of nights) { L(ip, C.CARN, d, 1, { fraud: true }); L(ip, C.IVFIRST, d, 1); L(ip, C.NS, d, 1); L(ip, C.IVSET, d, 1); }
  if (v !== 'overt') for (const d of nights) { L(ip, C.PD, d, 1); L(ip, C.PDFLUID, d, 4); }
  else { L(ip, C.EPO, add(adm, 1), 1); L(ip, C.CALCITRIOL, adm, los); L(ip, C.FUROS, adm, los * 2); }
  return { claims: [ip], targets: [ip], mutated: [ip] };
});

T('T10', '借用他人医保卡透析（冒名）', (v) => {
  const home = R(ri(0, 2)); const m = member({ chronic: ['I10'] }); m.enrollment.chronicDiseases = ['I10']; const mo = monthPick();
  const chc = hosp(home, 'CHC'); const claims = [];
  for (const mm of [mo - 1, mo]) { const c = claim(chc, 'general', 'chronic', m, { date: add(monthStart(mm), ri(9, 14)), diags: ['I10.x00x002'], limits: { supplyDays: 30 } }); L(c, C.CONSULT_CHRONIC, c.visitDate, 1); L(c, C.AMLO, c.visitDate, 30); if (mm === mo) { L(c, C.DRAW, c.visitDate, 1); L(c, C.RENAL, c.visitDate, 1); } claims.push(c); }
  const p = profile({ diags: ['N18.500', 'Z49.101'] }); let t;
  if (v === 'overt') { const centre = hosp(R((REGIONS.indexOf(home) + 1) % 3), 'PRIV'); t = hdPeriod(centre, m, p, monthStart(mo), monthEnd(mo), { insuredRegion: home.region }); }
  else { const centre = hosp(home, 'PRIV'); t = hdPeriod(centre, m, p, monthStart(mo), monthEnd(mo), {}); }
  return { claims: [...claims, ...t], targets: t, mutated: [] };
});

T('T11', '间歇性血液透析按连续性血液净化(CRRT)小时计费', (v) => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L2', 'COUNTY', 'L3'])); const m = member(); const mo = monthPick();
  const adm = add(monthStart(mo), ri(2, 18)); const los = ri(6, 9); const dis = add(adm, los);
  const ip = claim(h, v === 'overt' ? 'nephrology' : 'icu', 'inpatient', m, { adm, dis, diags: ['N18.500', 'E87.700', 'I12.000', 'Z49.101'], route: 'outpatient' });
  const nights = range(adm, add(dis, -1)); const icuDays = v === 'overt' ? [] : nights.slice(0, 3);
  wardDays(ip, adm, dis, { icuDays, icuHours: 24, nurse: C.NURSE2 }); admitLabs(ip, adm);
  const sess = nights.filter((_, i) => i % 2 === 0);
  for (const d of sess) { L(ip, C.CRRT, d, v === 'overt' ? 20 : 12, { fraud: true }); L(ip, C.DIALYZER, d, 1); L(ip, C.LINES, d, 1); L(ip, C.HEPARIN, d, 1); L(ip, C.LYTES, d, 1); }
  L(ip, C.FUROS, adm, los * 2); L(ip, C.AMLO, adm, los);
  return { claims: [ip], targets: [ip], mutated: [ip] };
});

T('T12', '无肾移植史参保人开具抗排异药', (v) => {
  const reg = R(ri(0, 2)); const home = hosp(reg, pick(['PRIV', 'L2'])); const m = member({ chronic: ['N18', 'Z94'] }); const p = profile(); const mo = monthPick();
  const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), {});
  let t;
  if (v === 'overt') { const ph = hosp(reg, 'PHARM'); t = claim(ph, 'pharmacy', 'pharmacy', m, { date: add(monthStart(mo), ri(3, 20)), diags: ['N18.500'], limits: { supplyDays: 30 } }); L(t, C.TAC, t.visitDate, 120, { fraud: true }); L(t, C.MMF, t.visitDate, 120, { fraud: true }); }
  else { const l3 = hosp(reg, 'L3'); t = claim(l3, 'transplant', 'chronic', m, { date: add(monthStart(mo), ri(3, 20)), diags: ['Z94.000', 'N18.500'], limits: { supplyDays: 30 } }); L(t, C.CONSULT_CHRONIC, t.visitDate, 1); L(t, C.TAC, t.visitDate, 90, { fraud: true }); L(t, C.MMF, t.visitDate, 120, { fraud: true }); L(t, C.PRED, t.visitDate, 30, { fraud: true }); }
  return { claims: [...hc, t], targets: [t], mutated: v === 'overt' ? [t] : [] };
});

T('T13', '透析用药经定点药店重复购药倒卖', (v) => {
  const reg = R(ri(0, 2)); const home = hosp(reg, pick(['PRIV', 'L2', 'COUNTY'])); const m = member(); const p = profile({ epoWeek: 2 }); const mo = monthPick();
  const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), {}); const ph = hosp(reg, 'PHARM'); const ts = [];
  if (v === 'overt') { for (const k of [2, 12, 22]) { const c = claim(ph, 'pharmacy', 'pharmacy', m, { date: add(monthStart(mo), k), diags: ['N18.500'], limits: { supplyDays: 28 } }); L(c, C.EPO, c.visitDate, 12); ts.push(c); } }
  else { for (const [k, rg] of [[3, reg], [9, R((REGIONS.indexOf(reg) + 1) % 3)]]) { const c = claim(hosp(rg, 'PHARM'), 'pharmacy', 'pharmacy', m, { date: add(monthStart(mo), k), diags: ['N18.500'], limits: { supplyDays: 28 }, insuredRegion: reg.region }); L(c, C.ROXA, c.visitDate, 24); L(c, C.CINA, c.visitDate, 56); ts.push(c); } }
  return { claims: [...hc, ...ts], targets: ts, mutated: [] };
});

T('T14', '病情稳定的透析患者低标准入院“体检”', (v) => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L2', 'COUNTY', 'PRIV'])); const m = member(); const mo = monthPick(); const p = profile();
  const adm = add(monthStart(mo), ri(3, 12)); const los = v === 'overt' ? ri(7, 9) : ri(5, 6); const dis = add(adm, los);
  const prev = hdPeriod(h.kind === 'PRIV' ? h : hosp(reg, 'PRIV'), m, p, monthStart(mo - 1), monthEnd(mo - 1), {});
  const ip = claim(h, 'nephrology', 'inpatient', m, { adm, dis, diags: v === 'overt' ? ['N18.500', 'Z49.101'] : ['N18.500x001+D63.8*', 'N25.801', 'Z49.101'] });
  wardDays(ip, adm, dis, { nurse: v === 'overt' ? C.NURSE3 : C.NURSE2 }); admitLabs(ip, adm);
  L(ip, C.ECHO, add(adm, 1), 1); L(ip, C.USABD, add(adm, 1), 1); L(ip, C.PTH, adm, 1); L(ip, C.HBV, adm, 1);
  for (const d of sessions(adm, add(dis, -1), p.pat)) wardSession(ip, d);
  if (v !== 'overt') { L(ip, C.IRON, add(adm, 1), 1); L(ip, C.CALCITRIOL, adm, los); L(ip, C.EPO, add(adm, 1), 1); }
  return { claims: [...prev, ip], targets: [ip], mutated: [] };
});

T('T15', '透析当日静脉输液等已含项目另行收费（分解收费）', (v) => {
  const reg = R(ri(0, 2)); const home = hosp(reg, pick(['PRIV', 'COUNTY', 'L2', 'L3'])); const m = member(); const p = profile(); const mo = monthPick();
  const prev = hdPeriod(home, m, p, monthStart(mo - 1), monthEnd(mo - 1), {});
  const hc = hdPeriod(home, m, p, monthStart(mo), monthEnd(mo), {}); const c = hc[0];
  const ds = [...new Set(c.items.filter(i => i.code === C.HD).map(i => i.date))];
  ds.forEach((d, i) => {
    if (v === 'overt') { L(c, C.IVFIRST, d, 1, { fraud: true }); L(c, C.IVSET, d, 1, { fraud: true }); L(c, C.NS, d, 1); }
    else if (i % 3 === 0) { L(c, C.IVFIRST, d, 1, { fraud: true }); L(c, C.IVNEXT, d, 1, { fraud: true }); }
  });
  return { claims: [...prev, ...hc], targets: hc, mutated: hc };
});

// ---------- controls ----------
const CTRL = []; const K = (code, name, fn) => CTRL.push({ code, name, fn });
K('C01', '新入透析患者诱导期：临时导管与首周加密透析', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2', 'COUNTY'])); const m = member(); const mo = monthPick();
  const adm = add(monthStart(mo), ri(2, 12)); const dis = add(adm, ri(8, 10));
  const ip = claim(h, 'nephrology', 'inpatient', m, { adm, dis, diags: ['N18.500', 'E87.500', 'I12.000'], procs: [['38.9502', adm], ['39.9500', adm]], route: 'emergency' });
  wardDays(ip, adm, dis, { nurse: C.NURSE1 }); admitLabs(ip, adm); L(ip, C.HBV, adm, 1); L(ip, C.INF8, adm, 1); L(ip, C.ECHO, add(adm, 1), 1);
  L(ip, C.CVC, adm, 1); L(ip, C.TEMPCATH, adm, 1); L(ip, C.LOCALAN, adm, 1);
  const ds = [adm, add(adm, 1), add(adm, 2), ...sessions(add(adm, 4), add(dis, -1), 'MWF')];
  for (const d of [...new Set(ds)]) { wardSession(ip, d); L(ip, C.LYTES, d, 1); }
  L(ip, C.EPO, add(adm, 2), 1); L(ip, C.AMLO, adm, 9); L(ip, C.FUROS, adm, 18);
  const p = profile(); const after = hdPeriod(h, m, p, add(dis, 1), add(dis, 20), {});
  return [ip, ...after];
});
K('C02', '容量超负荷加做一次透析（当周4次）', () => {
  const reg = R(ri(0, 3)); const h = centreOf(reg); const m = member(); const p = profile(); const mo = monthPick();
  p.diags = p.diags.concat(['E87.700']);
  const ds = sessions(monthStart(mo), monthEnd(mo), p.pat); const x = add(ds[ri(3, 6)], 1);
  return hdPeriod(h, m, p, monthStart(mo), monthEnd(mo), { extraDates: [x] });
});
K('C03', '高钾血症急诊临时加透', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2', 'COUNTY'])); const m = member(); const p = profile(); const mo = monthPick();
  const ds = sessions(monthStart(mo), monthEnd(mo), p.pat); const sun = ds.find((d, i) => i > 3 && dow(d) === (p.pat === 'MWF' ? 5 : 6)); const x = add(sun, 2);
  const routine = hdPeriod(h, m, p, monthStart(mo), monthEnd(mo), {});
  const er = claim(h, 'emergency', 'outpatient', m, { date: x, diags: ['E87.500', 'N18.500', 'Z49.101'] });
  L(er, C.CONSULT_ER, x, 1); L(er, C.DRAW, x, 2); L(er, C.LYTES, x, 2); L(er, C.BGA, x, 1); L(er, C.ECG, x, 1);
  L(er, C.HD, x, 1); L(er, C.DIALYZER, x, 1); L(er, C.LINES, x, 1); L(er, C.HEPARIN, x, 1); L(er, C.GLU, x, 1); L(er, C.INSULIN, x, 0.1);
  return [...routine, er];
});
K('C04', '急性肾损伤临时血液透析', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2'])); const m = member({ chronic: [] }); m.enrollment.chronicDiseases = []; const mo = monthPick();
  const adm = add(monthStart(mo), ri(2, 15)); const dis = add(adm, ri(11, 14));
  const d1 = add(adm, 1);
  const ip = claim(h, 'nephrology', 'inpatient', m, { adm, dis, diags: ['N17.000', 'E87.500', 'E87.201'], procs: [['38.9502', d1], ['39.9500', d1]], route: 'emergency' });
  wardDays(ip, adm, dis, { nurse: C.NURSE1 }); admitLabs(ip, adm); L(ip, C.USURO, adm, 1); L(ip, C.BGA, adm, 1);
  L(ip, C.CVC, d1, 1); L(ip, C.TEMPCATH, d1, 1); L(ip, C.LOCALAN, d1, 1);
  for (const d of [d1, add(d1, 2), add(d1, 4), add(d1, 7)]) { wardSession(ip, d); L(ip, C.RENAL, d, 1); L(ip, C.LYTES, d, 1); }
  for (const d of range(adm, add(dis, -1))) { L(ip, C.IVFIRST, d, 1); L(ip, C.NS, d, 1); L(ip, C.IVSET, d, 1); }
  return [ip];
});
K('C05', '脓毒性休克合并AKI行CRRT（ICU）', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2'])); const m = member({ chronic: [] }); m.enrollment.chronicDiseases = []; const mo = monthPick();
  const adm = add(monthStart(mo), ri(2, 15)); const dis = add(adm, ri(12, 16));
  const ip = claim(h, 'icu', 'inpatient', m, { adm, dis, diags: ['A41.900', 'R57.200', 'N17.000', 'J18.903'], procs: [['38.9502', adm], ['39.9500x007', adm]], route: 'emergency', mode: pick(['ordered', 'transfer']) });
  const nights = range(adm, add(dis, -1)); const icuDays = nights.slice(0, 7);
  wardDays(ip, adm, dis, { icuDays, icuHours: 24, nurse: C.NURSE1 }); admitLabs(ip, adm, { crp: true }); L(ip, C.PCT, adm, 1); L(ip, C.BCULT, adm, 2); L(ip, C.LACT, adm, 3);
  L(ip, C.CVC, adm, 1); L(ip, C.TEMPCATH, adm, 1);
  icuDays.forEach((d, i) => { L(ip, C.ECGMON, d, 24); L(ip, C.SPO2, d, 24); L(ip, C.BGA, d, 3); L(ip, C.PIPTAZ, d, 3); if (i < 4) { L(ip, C.NOREPI, d, 4); L(ip, C.CRRT, d, ri(20, 23)); L(ip, C.HEPARIN, d, 2); if (i % 2 === 0) { L(ip, C.DIALYZER, d, 1); L(ip, C.LINES, d, 1); } } });
  return [ip];
});
K('C06', '异地度假透析（异地就医），本地中心同期暂停', () => {
  const home = R(ri(0, 2)); const h = centreOf(home); const m = member(); const p = profile(); const mo = monthPick();
  const start = add(monthStart(mo), ri(6, 10)); const end = add(start, 13);
  const awayReg = R(pick([0, 1, 2, 3].filter(i => REGIONS[i] !== home))); const hol = hosp(awayReg, pick(['L2', 'L3', 'PRIV']));
  const a = hdPeriod(h, m, p, monthStart(mo), add(start, -1), {}); const b = hdPeriod(hol, m, p, start, end, { insuredRegion: home.region, noEpo: true });
  const c = hdPeriod(h, m, p, add(end, 1), monthEnd(mo), {});
  return [...a, ...b, ...c];
});
K('C07', '血液透析转腹膜透析：置管、培训与居家腹透', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2'])); const m = member(); const mo = monthPick(); const p = profile();
  const adm = add(monthStart(mo), ri(3, 10)); const dis = add(adm, ri(9, 11)); const op = add(adm, 1);
  const before = hdPeriod(h, m, p, monthStart(mo), add(adm, -1), {});
  const ip = claim(h, 'nephrology', 'inpatient', m, { adm, dis, diags: ['N18.500', 'Z49.201'], procs: [['54.9300x011', op]] });
  wardDays(ip, adm, dis); admitLabs(ip, adm); L(ip, C.PDCATH, op, 1); L(ip, C.PDCATHC, op, 1); L(ip, C.LOCALAN, op, 1); L(ip, C.CEFTRI, op, 1);
  for (const d of range(add(op, 3), add(dis, -1))) { L(ip, C.PD, d, 1); L(ip, C.PDX, d, 4); L(ip, C.PDFLUID, d, 4); }
  L(ip, C.DRESS, add(op, 2), 1); L(ip, C.DRESSPACK, add(op, 2), 1);
  const fu = claim(h, 'nephrology', 'chronic', m, { date: add(dis, 14), diags: ['N18.500', 'Z49.201'], limits: { supplyDays: 30 } });
  L(fu, C.CONSULT_CHRONIC, fu.visitDate, 1); L(fu, C.DRAW, fu.visitDate, 1); L(fu, C.RENAL, fu.visitDate, 1); L(fu, C.LYTES, fu.visitDate, 1); L(fu, C.PDFLUID, fu.visitDate, 112); L(fu, C.CALCITRIOL, fu.visitDate, 28);
  return [...before, ip, fu];
});
K('C08', '内瘘狭窄经皮球囊扩张(PTA)住院', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2'])); const m = member(); const mo = monthPick(); const p = profile();
  const adm = add(monthStart(mo), ri(3, 15)); const dis = add(adm, ri(3, 5)); const op = add(adm, 1);
  const ip = claim(h, 'nephrology', 'inpatient', m, { adm, dis, diags: ['T82.800x004', 'N18.500', 'Z49.101'], procs: [['39.5000x032', op]] });
  wardDays(ip, adm, dis); admitLabs(ip, adm); L(ip, C.USVESSEL, adm, 1); L(ip, C.PTA, op, 1); L(ip, C.LOCALAN, op, 1);
  for (const d of sessions(add(op, 1), add(dis, -1), p.pat)) wardSession(ip, d);
  const after = hdPeriod(hosp(reg, 'PRIV'), m, p, add(dis, 1), monthEnd(mo), {});
  return [ip, ...after];
});
K('C09', '导管功能不良更换带隧道带涤纶套透析导管', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2', 'COUNTY'])); const m = member({ age: ri(70, 86) }); const mo = monthPick(); const p = profile();
  const adm = add(monthStart(mo), ri(3, 15)); const dis = add(adm, ri(3, 5)); const op = add(adm, 1);
  const ip = claim(h, 'nephrology', 'inpatient', m, { adm, dis, diags: ['T82.800x411', 'N18.500', 'Z49.101'], procs: [['38.9501', op]] });
  wardDays(ip, adm, dis); admitLabs(ip, adm); L(ip, C.TUNNEL, op, 1); L(ip, C.TUNCATH, op, 1); L(ip, C.LOCALAN, op, 1); L(ip, C.CXR, op, 1);
  for (const d of sessions(op, add(dis, -1), p.pat)) wardSession(ip, d);
  const after = hdPeriod(h, m, p, add(dis, 1), monthEnd(mo), {});
  return [ip, ...after];
});
K('C10', '透析前自体动静脉内瘘成形术', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2'])); const m = member(); const mo = monthPick();
  const adm = add(monthStart(mo), ri(3, 15)); const dis = add(adm, ri(4, 6)); const op = add(adm, 1);
  const ip = claim(h, 'nephrology', 'inpatient', m, { adm, dis, diags: ['N18.500', 'Z49.000x004', 'I12.000'], procs: [['39.2700x001', op]] });
  wardDays(ip, adm, dis); admitLabs(ip, adm); L(ip, C.USVESSEL, adm, 1); L(ip, C.AVF, op, 1); L(ip, C.LOCALAN, op, 1); L(ip, C.DRESS, add(op, 2), 1); L(ip, C.DRESSPACK, add(op, 2), 1);
  L(ip, C.CALCITRIOL, adm, 6); L(ip, C.AMLO, adm, 6);
  const fu = claim(h, 'nephrology', 'chronic', m, { date: add(dis, 12), diags: ['N18.500', 'I12.000'], limits: { supplyDays: 30 } });
  L(fu, C.CONSULT_CHRONIC, fu.visitDate, 1); L(fu, C.SUTURE_RM, fu.visitDate, 1); L(fu, C.DRAW, fu.visitDate, 1); L(fu, C.RENAL, fu.visitDate, 1); L(fu, C.CBC, fu.visitDate, 1); L(fu, C.EPO, fu.visitDate, 8); L(fu, C.CALCITRIOL, fu.visitDate, 28);
  return [ip, fu];
});
function txClinic(h, m, date, o = {}) {
  const c = claim(h, 'transplant', 'chronic', m, { date, diags: o.diags || ['Z94.000'], limits: { supplyDays: o.days || 14 } });
  L(c, C.CONSULT_CHRONIC, date, 1); L(c, C.DRAW, date, 1); L(c, C.CBC, date, 1); L(c, C.RENAL, date, 1); L(c, C.LYTES, date, 1); if (o.lft) L(c, C.LFT, date, 1); if (o.urine) L(c, C.URINE, date, 1);
  const d = o.days || 14; L(c, C.TAC, date, (o.tac || 6) * d); L(c, C.MMF, date, 4 * d); L(c, C.PRED, date, (o.pred || 2) * d);
  return c;
}
K('C11', '肾移植术后首月：每周复查与足量抗排异药', () => {
  const reg = R(ri(0, 2)); const h = hosp(reg, 'L3'); const m = member({ chronic: ['Z94'], age: ri(25, 55) }); m.enrollment.chronicDiseases = ['Z94']; const mo = monthPick();
  const d0 = add(monthStart(mo), ri(1, 8)); const out = [];
  for (let w = 0; w < 4; w++) out.push(txClinic(h, m, add(d0, 7 * w), { days: 7, tac: 8, pred: 4, lft: true, urine: true }));
  return out;
});
K('C12', '移植肾功能延迟恢复仍需透析', () => {
  const reg = R(ri(0, 2)); const h = hosp(reg, 'L3'); const m = member({ chronic: ['Z94', 'N18'], age: ri(28, 58) }); m.enrollment.chronicDiseases = ['Z94', 'N18']; const mo = monthPick();
  const d0 = add(monthStart(mo), ri(1, 6)); const out = [];
  out.push(txClinic(h, m, d0, { days: 14, tac: 8, pred: 4, diags: ['T86.102', 'Z94.000', 'N18.500'] }));
  const p = profile({ diags: ['T86.102', 'N18.500', 'Z94.000', 'Z49.101'], epoWeek: 1 }); p.iron = false; p.amlo = false;
  const c = claim(h, 'blood_purification', 'chronic', m, { date: add(d0, 13), diags: p.diags, limits: { supplyDays: 30 } });
  for (const d of sessions(add(d0, 1), add(d0, 13), 'MWF').slice(0, 4)) { L(c, C.HD, d, 1); L(c, C.DIALYZER, d, 1); L(c, C.LINES, d, 1); L(c, C.HEPARIN, d, 1); }
  L(c, C.DRAW, add(d0, 1), 1); L(c, C.RENAL, add(d0, 1), 1); L(c, C.LYTES, add(d0, 1), 1);
  out.push(c); out.push(txClinic(h, m, add(d0, 14), { days: 14, tac: 7, pred: 4, diags: ['T86.102', 'Z94.000'] }));
  return out;
});
K('C13', '促红素低反应合并消化道出血：大剂量促红素与输血', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2'])); const m = member(); const mo = monthPick(); const p = profile({ epoWeek: 3 });
  const adm = add(monthStart(mo), ri(3, 12)); const dis = add(adm, ri(6, 8));
  const ip = claim(h, 'nephrology', 'inpatient', m, { adm, dis, diags: ['K92.208', 'N18.500x001+D63.8*', 'Z49.101'], route: 'emergency' });
  wardDays(ip, adm, dis, { nurse: C.NURSE1 }); admitLabs(ip, adm); L(ip, C.ABO, adm, 1); L(ip, C.XMATCH, adm, 2); L(ip, C.RBC, adm, 2); L(ip, C.TRANSF, adm, 1);
  range(adm, add(dis, -1)).forEach((d, i) => { if (i < 7) L(ip, C.PANTO, d, 2); L(ip, C.CBC, d, 1); });
  for (const d of sessions(adm, add(dis, -1), p.pat)) { wardSession(ip, d); L(ip, C.EPO, d, 1); }
  const after = hdPeriod(hosp(reg, 'PRIV'), m, p, add(dis, 1), monthEnd(mo), {});
  return [ip, ...after];
});
K('C14', '透析患者因肺炎住院，病房代行透析（本中心暂停）', () => {
  const reg = R(ri(0, 3)); const home = hosp(reg, 'PRIV'); const l3 = hosp(reg, 'L3'); const m = member(); const mo = monthPick(); const p = profile();
  const adm = add(monthStart(mo), ri(6, 12)); const dis = add(adm, ri(8, 11));
  const ip = claim(l3, 'nephrology', 'inpatient', m, { adm, dis, diags: ['J18.900', 'N18.500', 'Z49.101'], route: 'emergency' });
  wardDays(ip, adm, dis, { nurse: C.NURSE1 }); admitLabs(ip, adm, { crp: true }); L(ip, C.BCULT, adm, 2);
  for (const d of range(adm, add(dis, -1))) L(ip, C.CEFTRI, d, 2);
  for (const d of sessions(add(adm, 1), add(dis, -1), p.pat)) { wardSession(ip, d); L(ip, C.CARN, d, 1); }
  const before = hdPeriod(home, m, p, monthStart(mo), add(adm, -1), {}); const after = hdPeriod(home, m, p, add(dis, 1), monthEnd(mo), {});
  return [...before, ip, ...after];
});
K('C15', '急性药物中毒血液灌流（急诊住院）', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2', 'COUNTY'])); const m = member({ chronic: [], age: ri(20, 50) }); m.enrollment.chronicDiseases = []; const mo = monthPick();
  const adm = add(monthStart(mo), ri(2, 20)); const dis = add(adm, ri(3, 5));
  const ip = claim(h, 'icu', 'inpatient', m, { adm, dis, diags: [pick(['T42.400', 'T42.401', 'T42.600x004']), 'R40.2'.length ? 'E87.201' : ''], procs: [['38.9502', adm], ['39.9600x003', adm]], route: 'emergency' });
  const nights = range(adm, add(dis, -1)); wardDays(ip, adm, dis, { icuDays: nights.slice(0, 2), icuHours: 24 }); admitLabs(ip, adm); L(ip, C.BGA, adm, 2);
  L(ip, C.CVC, adm, 1); L(ip, C.TEMPCATH, adm, 1); L(ip, C.HP, adm, 1); L(ip, C.HPCART, adm, 1); L(ip, C.HEPARIN, adm, 2);
  if (rnd() < 0.5) { L(ip, C.HP, add(adm, 1), 1); L(ip, C.HPCART, add(adm, 1), 1); }
  for (const d of nights.slice(0, 2)) { L(ip, C.ECGMON, d, 24); L(ip, C.SPO2, d, 24); L(ip, C.NS, d, 3); L(ip, C.IVFIRST, d, 1); L(ip, C.IVNEXT, d, 2); }
  return [ip];
});
K('C16', '维持性透析按规程每两周1-2次HDF替代HD', () => {
  const reg = R(ri(0, 3)); const h = centreOf(reg); const m = member(); const p = profile(); const mo = monthPick();
  const ds = sessions(monthStart(mo), monthEnd(mo), p.pat); const hdf = [ds[2], ds[8]].filter(Boolean);
  return hdPeriod(h, m, p, monthStart(mo), monthEnd(mo), { hdfDates: hdf, perSession: false });
});
K('C17', '维持性血透患者住院期间透析后使用左卡尼汀', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2', 'COUNTY'])); const m = member(); const mo = monthPick(); const p = profile();
  const adm = add(monthStart(mo), ri(3, 15)); const dis = add(adm, ri(7, 10));
  const ip = claim(h, 'nephrology', 'inpatient', m, { adm, dis, diags: ['N18.502+F02.8*'.length ? 'N18.500' : '', 'I50.000', 'Z49.101'], route: 'outpatient' });
  wardDays(ip, adm, dis, { nurse: C.NURSE1 }); admitLabs(ip, adm); L(ip, C.BNP, adm, 1); L(ip, C.ECHO, add(adm, 1), 1);
  for (const d of sessions(adm, add(dis, -1), p.pat)) { wardSession(ip, d); L(ip, C.CARN, d, 1); }
  L(ip, C.FUROS, adm, 8);
  return [ip];
});
K('C18', '慢性肾脏病4期门诊随访：促红素、铁剂、骨化三醇', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2'])); const m = member(); const mo = monthPick(); const out = [];
  for (const mm of [mo, mo + 1]) {
    const d = add(monthStart(mm), ri(5, 20));
    const c = claim(h, 'nephrology', 'chronic', m, { date: d, diags: ['N18.400x001+D63.8*', 'I12.000'], limits: { supplyDays: 28 } });
    L(c, C.CONSULT_CHRONIC, d, 1); L(c, C.DRAW, d, 1); L(c, C.CBC, d, 1); L(c, C.RENAL, d, 1); L(c, C.LYTES, d, 1); if (mm === mo) L(c, C.PTH, d, 1);
    L(c, C.EPO, d, 8); L(c, C.FERROUS, d, 84); L(c, C.CALCITRIOL, d, 28); L(c, C.CACO3, d, 28); L(c, C.AMLO, d, 28);
    out.push(c);
  }
  return out;
});
K('C19', '居家腹膜透析月度随访与腹透液', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2'])); const m = member(); const mo = monthPick(); const out = [];
  for (const mm of [mo, mo + 1]) {
    const d = add(monthStart(mm), ri(5, 20));
    const c = claim(h, 'nephrology', 'chronic', m, { date: d, diags: ['N18.500', 'Z49.201'], limits: { supplyDays: 30 } });
    L(c, C.CONSULT_CHRONIC, d, 1); L(c, C.DRAW, d, 1); L(c, C.CBC, d, 1); L(c, C.RENAL, d, 1); L(c, C.LYTES, d, 1); L(c, C.ALB, d, 1);
    L(c, C.PDFLUID, d, 120); L(c, C.CALCITRIOL, d, 30); L(c, C.EPO, d, 8); L(c, C.PDX, d, 1);
    out.push(c);
  }
  return out;
});
K('C20', '肾移植术后长期稳定：门诊抗排异药（门诊慢特病）', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, 'L3'); const m = member({ chronic: ['Z94'] }); m.enrollment.chronicDiseases = ['Z94']; const mo = monthPick();
  return [txClinic(h, m, add(monthStart(mo), ri(3, 20)), { days: 28, tac: 3, pred: 1, lft: true }), txClinic(h, m, add(monthStart(mo + 1), ri(3, 20)), { days: 28, tac: 3, pred: 1 })];
});
K('C21', '透析患者急诊入院死亡，中心此后无透析记账', () => {
  const reg = R(ri(0, 3)); const home = hosp(reg, pick(['PRIV', 'L2', 'COUNTY'])); const m = member({ age: ri(65, 86) }); const p = profile(); const mo = monthPick();
  const l3 = hosp(reg, 'L3'); const adm = add(monthStart(mo), ri(10, 16)); const dis = add(adm, ri(1, 3));
  const before = hdPeriod(home, m, p, monthStart(mo), add(adm, -1), {});
  const ip = claim(l3, 'icu', 'inpatient', m, { adm, dis, diags: ['I50.000', 'N18.500', 'E87.500', 'Z49.101'], route: 'emergency', mode: 'death' });
  const icuDays = range(adm, add(dis, -1)); wardDays(ip, adm, dis, { icuDays, icuHours: 24 }); admitLabs(ip, adm); L(ip, C.BNP, adm, 1); L(ip, C.BGA, adm, 2);
  for (const d of icuDays) { L(ip, C.ECGMON, d, 24); L(ip, C.NOREPI, d, 4); }
  L(ip, C.CRRT, adm, 16); L(ip, C.DIALYZER, adm, 1); L(ip, C.LINES, adm, 1); L(ip, C.HEPARIN, adm, 2);
  return [...before, ip];
});
K('C22', '月中转到另一透析中心（无重叠）', () => {
  const reg = R(ri(0, 3)); const a = hosp(reg, pick(['L3', 'L2'])); const b = hosp(reg, pick(['PRIV', 'COUNTY'])); const m = member(); const p = profile(); const mo = monthPick();
  const mid = add(monthStart(mo), ri(12, 16));
  return [...hdPeriod(a, m, p, monthStart(mo), mid, {}), ...hdPeriod(b, m, p, add(mid, 2), monthEnd(mo), {})];
});
K('C23', '尿毒症性心包炎住院强化每日透析', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2'])); const m = member(); const mo = monthPick();
  const adm = add(monthStart(mo), ri(3, 15)); const dis = add(adm, ri(9, 12));
  const ip = claim(h, 'nephrology', 'inpatient', m, { adm, dis, diags: ['N18.506+I32.8*', 'N18.500', 'Z49.101'], route: 'emergency' });
  wardDays(ip, adm, dis, { nurse: C.NURSE1 }); admitLabs(ip, adm); L(ip, C.ECHO, adm, 1); L(ip, C.ECHO, add(adm, 6), 1);
  for (const d of range(add(adm, 1), add(adm, 7))) wardSession(ip, d);
  for (const d of sessions(add(adm, 8), add(dis, -1), 'MWF')) wardSession(ip, d);
  return [ip];
});
K('C24', '心衰住院监护下床旁透析（住院监护另计）', () => {
  const reg = R(ri(0, 3)); const h = hosp(reg, pick(['L3', 'L2'])); const m = member(); const mo = monthPick(); const p = profile();
  const adm = add(monthStart(mo), ri(3, 15)); const dis = add(adm, ri(7, 10));
  const ip = claim(h, 'icu', 'inpatient', m, { adm, dis, diags: ['I50.000', 'J81.x00x002', 'N18.500', 'Z49.101'], route: 'emergency' });
  const nights = range(adm, add(dis, -1)); wardDays(ip, adm, dis, { icuDays: nights.slice(0, 3), icuHours: 24, nurse: C.NURSE1 }); admitLabs(ip, adm); L(ip, C.BNP, adm, 1); L(ip, C.BGA, adm, 2);
  for (const d of nights.slice(0, 3)) { L(ip, C.ECGMON, d, 24); L(ip, C.SPO2, d, 24); L(ip, C.NIBP, d, 12); L(ip, C.ELECTRODE, d, 5); L(ip, C.O2, d, 20); }
  for (const d of [adm, add(adm, 1), ...sessions(add(adm, 3), add(dis, -1), p.pat)]) wardSession(ip, d);
  L(ip, C.FUROSIV, adm, 4);
  return [ip];
});

// ---------- routine ----------
function routine(i) {
  const reg = R(i % 4); const mo = ri(2, 11); const k = i % 10;
  if (k <= 3) { const h = centreOf(reg); const m = member(); const p = profile(); const from = reg.monthly ? monthStart(mo) : add(monthStart(mo), ri(0, 20)); const cs = hdPeriod(h, m, p, from, reg.monthly ? monthEnd(mo) : add(from, 6), { quarter: k === 1, halfYear: k === 2 }); return cs.slice(0, 1); }
  if (k === 4) { const h = hosp(reg, pick(['L3', 'L2'])); const m = member(); const d = add(monthStart(mo), ri(2, 25)); const c = claim(h, 'nephrology', 'chronic', m, { date: d, diags: ['N18.400', 'I12.000'], limits: { supplyDays: 28 } }); L(c, C.CONSULT_CHRONIC, d, 1); L(c, C.DRAW, d, 1); L(c, C.RENAL, d, 1); L(c, C.LYTES, d, 1); L(c, C.CBC, d, 1); L(c, C.CALCITRIOL, d, 28); L(c, C.AMLO, d, 28); if (rnd() < 0.5) L(c, C.EPO, d, 8); return [c]; }
  if (k === 5) { const h = hosp(reg, pick(['L3', 'L2'])); const m = member(); const d = add(monthStart(mo), ri(2, 25)); const c = claim(h, 'nephrology', 'chronic', m, { date: d, diags: ['N18.500', 'Z49.201'], limits: { supplyDays: 30 } }); L(c, C.CONSULT_CHRONIC, d, 1); L(c, C.DRAW, d, 1); L(c, C.RENAL, d, 1); L(c, C.LYTES, d, 1); L(c, C.PDFLUID, d, 120); L(c, C.CALCITRIOL, d, 30); return [c]; }
  if (k === 6) { const h = hosp(reg, 'L3'); const m = member({ chronic: ['Z94'] }); m.enrollment.chronicDiseases = ['Z94']; return [txClinic(h, m, add(monthStart(mo), ri(2, 25)), { days: 28, tac: 3, pred: 1 })]; }
  if (k === 7) { const h = hosp(reg, 'PHARM'); const m = member(); const d = add(monthStart(mo), ri(2, 25)); const c = claim(h, 'pharmacy', 'pharmacy', m, { date: d, diags: ['N18.500'], limits: { supplyDays: 28 } }); L(c, C.CALCITRIOL, d, 28); L(c, pick([C.SEVELAMER, C.LANTH]), d, 84); return [c]; }
  if (k === 8) { const h = hosp(reg, pick(['L3', 'L2', 'CHC'])); const m = member({ chronic: [] }); m.enrollment.chronicDiseases = []; const d = add(monthStart(mo), ri(2, 25)); const c = claim(h, h.kind === 'CHC' ? 'general' : 'nephrology', 'outpatient', m, { date: d, diags: [pick(['N03.900x003', 'N18.300', 'N39.000'])] }); L(c, C.CONSULT_OP, d, 1); L(c, C.URINE, d, 1); L(c, C.DRAW, d, 1); L(c, C.RENAL, d, 1); if (rnd() < 0.5) L(c, C.USURO, d, 1); return [c]; }
  const h = hosp(reg, pick(['L2', 'COUNTY'])); const m = member(); const p = profile(); const adm = add(monthStart(mo), ri(2, 18)); const dis = add(adm, ri(5, 8));
  const ip = claim(h, 'nephrology', 'inpatient', m, { adm, dis, diags: ['J18.900', 'N18.500', 'Z49.101'], route: 'emergency' }); wardDays(ip, adm, dis, { nurse: C.NURSE1 }); admitLabs(ip, adm, { crp: true });
  for (const d of range(adm, add(dis, -1))) L(ip, C.CEFTRI, d, 2); for (const d of sessions(adm, add(dis, -1), p.pat)) wardSession(ip, d); return [ip];
}

// ---------- build ----------
for (const t of FRAUD) for (let i = 0; i < 15; i++) { const v = variantOf(i); const r = t.fn(v); addCase('fraud', t.code, t.name, r.claims, r.targets, r.mutated, v); }
for (const k of CTRL) for (let i = 0; i < 15; i++) { const cs = k.fn(); addCase('control', k.code, k.name, cs, cs, [], 'legitimate'); }
for (let i = 0; i < 100; i++) { const cs = routine(i); addCase('routine', 'R', '常规诊疗', cs, cs, [], 'routine'); }

// drop claims not in any case (perSession empty etc.) and diagnoses emptied
const inCase = new Set(LABELS.flatMap(l => l.claimIds));
const claims = ALL.filter(c => inCase.has(c.claimId));
for (const c of claims) c.diagnoses = c.diagnoses.filter(d => d.code);
// reported groups from the frozen grouper (pass 2)
if (GROUPS) {
  const G = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || (g.result && g.result.drg); G[id] = { drg: drg || null, dip: (g.dip !== undefined ? g.dip : (g.grouping && g.grouping.dip)) || null }; }
  for (const c of claims) if (c.visitType === 'inpatient') { if (!G[c.claimId]) throw new Error('no group for ' + c.claimId); c.reportedGroup = G[c.claimId]; }
}
claims.sort((a, b) => sdate(a) < sdate(b) ? -1 : sdate(a) > sdate(b) ? 1 : (a.claimId < b.claimId ? -1 : 1));
fs.mkdirSync(OUT, { recursive: true });
const clean = (c) => { const o = {}; for (const [k, v] of Object.entries(c)) if (!k.startsWith('_')) o[k] = v; return o; };
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), claims.map(c => JSON.stringify(clean(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1));
console.error(`claims ${claims.length}, cases ${LABELS.length}`);
