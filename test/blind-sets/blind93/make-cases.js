#!/usr/bin/env node
// blind93: heart rhythm and cardiac devices (心律失常、起搏器与电生理). Fixed seed, no dependencies.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CAT = opt('--catalogue') || '/work/wt/base92/rules/catalogue';
const GROUPS = opt('--groups');

// ---------- catalogue rows ----------
const ROW = {};
for (const f of fs.readdirSync(CAT).filter((f) => /^(services|drugs|consumables).*\.json$/.test(f))) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) ROW[r.code] = r;
}
const C = {
  // services
  opGen: '001102000010001', opAssoc: '001102000020001', opChief: '001102000030001', emerg: '001102000050001', chronicFee: '001109000010001',
  ipVisit: '001103000010001', bed3: '001105000010001', bedCCU: '001105000030001', nurse1: '001201000020001', nurse2: '001201000030001', nurse3: '001201000040001',
  ivFirst: '001204000010001', ivMore: '001204000020001', ivPush: '001204000040001', cannula: '001204000070001', dressS: '001205000010001', oxygen: '001208000010001',
  ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001', rehabEval: '001217000010001', exercise: '001218000010001', consult: '001104000010001',
  cbc: '002501010010001', urine: '002501020010001', liver: '002502010010001', renal: '002502020010001', lytes: '002502030010001', lipids: '002502040010001', glucose: '002502050010001',
  coag: '002502060010001', enzymes: '002502070010001', tni: '002502070020001', bnp: '002502070030001', ntbnp: '002502070040001', ddimer: '002502100010001', preop8: '002502120010001', blood: '001204000080001',
  thyroid: '002502180010001', tsh: '002502180020001',
  ecg: '003107010010001', holter: '003107010020001', abpm: '003107010030001', cxr: '002202010010001', echo: '002103010020001', carotid: '002103010030001', legUS: '002103010040001', headCT: '002301010010001', chestCT: '002301010020001',
  pmGeneric: '003101010040001', pmSingle: '003101010040101', pmDual: '003101010040201', eps: '003107030010001', rfa: '003107030020001', cryo: '003107030030001', map3d: '003107030040001',
  icdOp: '003107030050001', crtOp: '003107030060001', prog: '003107030070001', tilt: '003107030080001', localAn: '003301010030001', remoteImg: '002210000010001', followNet: '001102000910001',
  // consumables
  devSingle: 'C02010150700001415260000001', devDual: 'C02010150600001849440000001', lead: 'C02010150800001527390000001', devICD: 'C02010150900001638420000001',
  sheath: 'C02010150500001930830000001', guidewire: 'C02010150400001146670000001', drape: 'C11010150600001900710000001', suture: 'C11010150200001895120000001', haemo: 'C14100150100001761320000001',
  electrodes: 'C14060150100001436170000001', ivSet: 'C14010150100001020350000001', ivCath: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001', dressing: 'C14020150300001037150000001', o2tube: 'C14050150100001832230000001',
  // drugs
  lido: 'XN01BBL509B002', cefurox: 'XJ01DCT505B002', warfarin: 'XB01AAH501A001', rivaro: 'XB01AFL503A001', dabi: 'XB01AED501A001', enox: 'XB01ABY502B002',
  metop: 'XC07ABM503A001', metopSR: 'XC07ABM503A003', biso: 'XC07ABB501A001', digoxin: 'XC01AAD503A001', amioT: 'XC01BDA513A001', amioI: 'XC01BDA513B002', propaf: 'XC01BCP501A001',
  atorva: 'XC10AAA511A001', rosu: 'XC10AAR501A001', aspirin: 'XB01ACA509A001', amlo: 'XC08CAA512A001', valsartan: 'XC09CAX504A001', losartan: 'XC09CAL504A001', furoT: 'XC03CAF503A001', furoI: 'XC03CAF503B002',
  spirono: 'XC03DAL505A001', saline: 'XB05BBL511B002', glucoseInj: 'XB05BAP505B002', kcl: 'XB05XAL512B002', nitroT: 'XC01DAX501A001', metformin: 'XA10BAE503A001', omepr: 'XA02BCA515A001', isosorb: 'XC01DAD501A003', trimet: 'XC01EBQ503A001',
  sacval: 'XC09DXS501A001', clopi: 'XB01ACL502A001'
};
for (const [k, code] of Object.entries(C)) if (!ROW[code]) throw new Error(`catalogue row missing: ${k} ${code}`);

// ---------- random ----------
let seed = 93093;
const rnd = () => { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const randDate = (from, to) => add(from, ri(0, Math.round((D(to) - D(from)) / 864e5)));

// ---------- institutions and doctors ----------
const REGIONS = [
  { code: '220100', name: '长春' }, { code: '220200', name: '吉林' }, { code: '230100', name: '哈尔滨' }, { code: '230600', name: '大庆' },
  { code: '370100', name: '济南' }, { code: '370200', name: '青岛' }, { code: '510100', name: '成都' }, { code: '510700', name: '绵阳' }
];
const TITLES = ['chief', 'associate', 'associate', 'attending', 'attending', 'resident'];
const HOSP = [];
for (const r of REGIONS) {
  const big = ['220100', '230100', '370100', '510100'].includes(r.code);
  const levels = big ? [3, 3, 2, 2] : [3, 2];
  levels.forEach((lv, i) => {
    const id = `H${r.code}${String(i + 1).padStart(2, '0')}`;
    const h = { id, region: r.code, level: lv, chestPain: lv === 3 && i === 0, depts: {} };
    const mk = (dept, titles) => titles.map((t, j) => ({ id: `D${r.code.slice(0, 4)}${i + 1}${dept.slice(0, 2).toUpperCase()}${String(j + 1).padStart(2, '0')}`, title: t, dept }));
    h.depts.cardiology = mk('cardiology', TITLES);
    h.depts.emergency = mk('emergency', ['associate', 'attending', 'attending']);
    h.depts.rehabilitation = mk('rehabilitation', ['associate', 'attending']);
    h.depts.general = mk('general', ['chief', 'attending', 'resident']);
    HOSP.push(h);
  });
}
const hospIn = (region, level) => HOSP.filter((h) => (!region || h.region === region) && (!level || h.level === level));
const anyHosp = (level) => pick(hospIn(null, level));
const doctor = (h, dept, titles) => pick(h.depts[dept].filter((d) => !titles || titles.includes(d.title)));
const otherHospSameRegion = (h, level) => pick(HOSP.filter((x) => x.region === h.region && x.id !== h.id && (!level || x.level >= level)));
const otherRegionHosp = (h, level) => pick(HOSP.filter((x) => x.region !== h.region && (!level || x.level >= level)));

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  const gender = o.gender || (chance(0.55) ? 'M' : 'F');
  const age = ri(o.ageMin || 45, o.ageMax || 82);
  const scheme = o.scheme || (chance(0.65) ? 'employee' : 'resident');
  const birth = `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const retired = scheme === 'employee' && age >= (gender === 'M' ? 60 : 55) + 1;
  const contrib = scheme === 'employee' ? (retired ? ri(gender === 'M' ? 31 : 26, 40) : Math.max(1, Math.min(age - 20, ri(5, 30)))) : 0;
  memberSeq++;
  return {
    insuredId: `P93${String(memberSeq).padStart(5, '0')}`, gender, birthDate: birth, retired, scheme, age,
    enrollment: { enrolledOn: scheme === 'employee' ? `${2025 - Math.max(contrib, 1)}-01-01` : '2025-01-01', inConcentratedPeriod: true, continuousYears: scheme === 'employee' ? Math.max(contrib, 1) : ri(3, 12), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contrib, special: null, ...(o.chronic ? { chronicDiseases: o.chronic } : {}) },
    region: o.region || null
  };
}

// ---------- claims ----------
const CLAIMS = []; let claimSeq = 0;
function claim(m, h, dept, doc, vt, o) {
  claimSeq++;
  const c = {
    claimId: `${h.region}-${h.id}-2025-${String(930000 + claimSeq)}`,
    region: h.region, insuranceType: m.scheme, visitType: vt,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: { ...m.enrollment },
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: doc.id },
    diagnoses: o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code })),
    procedures: (o.procs || []).map(([code, date]) => ({ code, date })),
    items: [], amounts: null
  };
  if (m.insuredRegion && m.insuredRegion !== h.region) c.insuredRegion = m.insuredRegion;
  if (vt === 'inpatient') { c.admissionDate = o.admit; c.dischargeDate = o.discharge; c.reportedGroup = { drg: null, dip: null }; c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.dmode || 'ordered'; if (o.fromHosp) c.transferFromHospitalId = o.fromHosp; }
  else c.visitDate = o.date;
  c._level = h.level; c._title = doc.title; c._m = m;
  CLAIMS.push(c);
  return c;
}
// a line: price defaults to the row's cap at the hospital level; returns the lineId
function L(c, key, qty, date, o = {}) {
  const code = C[key] || key; const r = ROW[code]; if (!r) throw new Error('no row ' + key);
  const capFen = Math.round(r.priceCap[String(c._level)] * 100);
  const priceFen = o.priceFen != null ? o.priceFen : capFen;
  const id = String(c.items.length + 1);
  const it = { lineId: id, code, name: r.name, category: r.category, date, quantity: qty, unitPrice: priceFen / 100, amount: (priceFen * qty) / 100, _fen: priceFen * qty, _share: r.selfPayShare || 0 };
  if (o.longRx) it.longPrescription = true;
  c.items.push(it);
  return id;
}
const feeFor = (c, date) => { const t = c._title; if (c.visitType === 'chronic') return L(c, 'chronicFee', 1, date); if (c.provider.department === 'emergency') return L(c, 'emerg', 1, date); return L(c, t === 'chief' ? 'opChief' : t === 'associate' ? 'opAssoc' : 'opGen', 1, date); };

function outpatient(m, h, date, dx, fill, o = {}) {
  const dept = o.dept || 'cardiology';
  const doc = o.doc || doctor(h, dept, o.titles);
  const c = claim(m, h, dept, doc, o.vt || 'outpatient', { dx, date });
  feeFor(c, date);
  if (fill) fill(c, date);
  return c;
}
// inpatient stay: los nights, day(c, dayIndex, date) adds that day's items after the daily base
function stay(m, h, admit, los, dx, procs, day, o = {}) {
  const dept = o.dept || 'cardiology';
  const doc = o.doc || doctor(h, dept, o.titles || ['chief', 'associate', 'attending']);
  const discharge = add(admit, los);
  const c = claim(m, h, dept, doc, 'inpatient', { dx, admit, discharge, procs: procs.map(([code, off]) => [code, add(admit, off)]), route: o.route, dmode: o.dmode, fromHosp: o.fromHosp });
  for (let i = 0; i <= los; i++) {
    const d = add(admit, i);
    if (i < los || los === 0) {
      L(c, (o.ccuDays || []).includes(i) && h.level >= 2 ? 'bedCCU' : 'bed3', 1, d);
      L(c, (o.nurse1Days || [0]).includes(i) ? 'nurse1' : o.nurse3 ? 'nurse3' : 'nurse2', 1, d);
      L(c, 'ipVisit', 1, d);
    }
    if (i === 0 && !o.noAdmitLabs) { L(c, 'blood', 1, d); L(c, 'cbc', 1, d); L(c, 'liver', 1, d); L(c, 'renal', 1, d); L(c, 'lytes', 1, d); L(c, 'coag', 1, d); L(c, 'urine', 1, d); if (!o.noEcg0) L(c, 'ecg', 1, d); }
    if (day) day(c, i, d);
  }
  return c;
}
// the implant day of a device: returns { surg, dev, leads, sheath } lineIds
function implantDay(c, d, o) {
  const r = {};
  L(c, 'localAn', 1, d); L(c, 'lido', 2, d); L(c, 'cefurox', 2, d);
  r.sheath = L(c, 'sheath', Math.min(Math.max(o.leads, 1), 2), d);
  r.surg = L(c, o.surg, 1, d, o.surgPrice ? { priceFen: o.surgPrice } : {});
  r.dev = L(c, o.dev, 1, d, o.devPrice ? { priceFen: o.devPrice } : {});
  if (o.leads > 0) r.leads = L(c, 'lead', o.leads, d, o.leadPrice ? { priceFen: o.leadPrice } : {});
  L(c, 'drape', 1, d); L(c, 'suture', 1, d); L(c, 'ecgMon', 24, d); L(c, 'electrodes', 5, d);
  return r;
}
function postImplantDay(c, d) { L(c, 'cxr', 1, d); L(c, 'ecg', 1, d); L(c, 'prog', 1, d); L(c, 'cefurox', 2, d); L(c, 'dressS', 1, d); }
function ablationDay(c, d, o) {
  const r = {};
  L(c, 'localAn', 1, d); L(c, 'lido', 2, d); L(c, 'sheath', 2, d);
  r.eps = L(c, 'eps', 1, d);
  if (o.cryo) r.abl = L(c, 'cryo', 1, d); else r.abl = L(c, 'rfa', 1, d);
  if (o.map) r.map = L(c, 'map3d', 1, d);
  L(c, 'ecgMon', 24, d); L(c, 'electrodes', 5, d); L(c, 'drape', 1, d);
  if (o.af) { L(c, 'enox', 1, d); }
  return r;
}
const preopLabs = (c, d) => { L(c, 'preop8', 1, d); L(c, 'cxr', 1, d); L(c, 'echo', 1, d); };
const oral = (c, d, key, n) => L(c, key, n, d);

// ---------- labels ----------
const LABELS = [];
const TYP = {}; const CTRL = {};
function label(kind, code, name, claims, targets, mutated) {
  const n = LABELS.filter((l) => l.code === code).length + 1;
  const l = { caseId: `${code}-${String(n).padStart(2, '0')}`, kind, code, name, claimIds: claims.map((c) => c.claimId), targets: (targets || claims).map((c) => c.claimId), mutatedLines: {} };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  if (kind !== 'fraud') l.targets = l.claimIds.slice();
  for (const [c, ids] of mutated || []) { if (ids && ids.length) l.mutatedLines[c.claimId] = (l.mutatedLines[c.claimId] || []).concat(ids.map(String)); }
  LABELS.push(l);
}
const fraud = (code, claims, targets, mutated) => label('fraud', code, TYP[code], claims, targets, mutated);
const control = (code, claims) => label('control', code, CTRL[code], claims);

// =====================================================================
// fraud typologies
// =====================================================================
TYP.T01 = '串换: dual-chamber pacemaker billed where a single-chamber VVI was implanted (permanent AF)';
TYP.T02 = '虚记: pacing leads billed beyond the leads implanted';
TYP.T03 = '虚增: 3D mapping billed on a simple SVT/flutter ablation';
TYP.T04 = '超标准收费: 集采 device or lead billed at the old (pre-集采) price';
TYP.T05 = '过度诊疗: Holter and echo repeated at every follow-up visit';
TYP.T06 = '过度诊疗: pacemaker 程控 billed monthly for a stable old device';
TYP.T07 = '分解住院: EP study and ablation staged over two stays';
TYP.T08 = '虚增: generator (battery) change billed as a new system with new leads';
TYP.T09 = '超限定支付: NOAC without AF/VTE (限定支付 condition absent)';
TYP.T10 = '超量开药/倒卖: overlapping anticoagulant fills across institutions';
TYP.T11 = '冒名就医: outpatient claims at another hospital during an inpatient stay';
TYP.T12 = '低标准入院: syncope/dizziness admission for tests doable as outpatient';
TYP.T13 = '挂床住院: AF stay with days of bed and nursing only';
TYP.T14 = '重复收费: device implantation surgery fee billed twice (parent + sub-item / ICD + pacemaker)';
TYP.T15 = '分解收费: one AF ablation billed as two ablation procedures';
CTRL.C01 = 'dual-chamber pacemaker for complete AV block / SSS in sinus rhythm';
CTRL.C02 = 'single-chamber VVI for permanent AF with slow ventricular response, billed as such';
CTRL.C03 = 'CRT-D implantation with three leads (ICD row as CRT-D generator stand-in)';
CTRL.C04 = 'lead dislodgement: re-admission weeks after implant, one new lead';
CTRL.C05 = 'AF pulmonary vein isolation with 3D mapping (37.27 coded)';
CTRL.C06 = 'VT / atypical flutter ablation with 3D mapping';
CTRL.C07 = 'ICD for secondary prevention at the 集采 cap price';
CTRL.C08 = 'post-ablation follow-up: Holter at 3 and 6 months, echo at 6';
CTRL.C09 = 'cryoballoon PVI plus CTI RF ablation for concomitant typical flutter';
CTRL.C10 = 'device checks at 1, 3 and 12 months after implant';
CTRL.C11 = 'ICD shock: emergency interrogation then admission with a second check';
CTRL.C12 = 'redo AF ablation months after the first';
CTRL.C13 = 'readmission within two weeks for a post-ablation complication';
CTRL.C14 = 'pacemaker generator replacement billed as generator only';
CTRL.C15 = 'generator replacement with one lead replaced for a fractured lead';
CTRL.C16 = 'NOAC for non-valvular AF';
CTRL.C17 = 'rivaroxaban after DVT / pulmonary embolism';
CTRL.C18 = 'AF on warfarin with monthly INR';
CTRL.C19 = 'NOAC 长处方 (12 weeks) at one hospital';
CTRL.C20 = '异地: AF member moving cities, fills in two regions without overlap';
CTRL.C21 = 'inter-hospital transfer the same day (level 2 to level 3)';
CTRL.C22 = 'syncope admission finding AV block, pacemaker in the same stay';
CTRL.C23 = 'outpatient syncope work-up (tilt, Holter, echo)';
CTRL.C24 = 'inpatient cardiac rehabilitation with daily exercise therapy';

const dailyCardioDrugs = (c, d, set) => { for (const [k, n] of set) oral(c, d, k, n); };
const afDx = () => pick(['I48.000', 'I48.100', 'I48.900x004']);
const htn = () => pick(['I10.x03', 'I10.x04', 'I10.x00x002']);

// ---- pacemaker implant (shared by T01, T02, T04, T14, C01, C02) ----
function pacemakerStay(m, h, admit, o) {
  const los = o.los || ri(5, 8); const impDay = o.impDay || ri(1, 2);
  let imp;
  const c = stay(m, h, admit, los, o.dx, o.procs.map((p) => [p, impDay]), (c, i, d) => {
    if (i === 0) { L(c, 'preop8', 1, d); L(c, 'echo', 1, d); L(c, 'cxr', 1, d); L(c, 'ecgMon', 24, d); L(c, 'electrodes', 5, d); }
    if (i === 1 && o.holter) L(c, 'holter', 1, d);
    if (i === impDay) imp = implantDay(c, d, o);
    if (i === impDay + 1) postImplantDay(c, d);
    if (i > impDay + 1 && i < los) { L(c, 'dressS', 1, d); }
    if (i < los) dailyCardioDrugs(c, d, o.drugs || []);
    if (o.extraDay) o.extraDay(c, i, d, imp);
  }, { nurse1Days: [impDay, impDay + 1], ccuDays: o.ccu ? [impDay] : [], route: o.route });
  return { c, imp, impDay, los };
}

// T01 dual billed, single implanted
for (let k = 0; k < 15; k++) {
  const careful = k >= 8; const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 68, ageMax: 88 });
  const dx = [pick(['I48.100x002', 'I48.200']), pick(['I45.800x004', 'R00.100x001']), ...(chance(0.5) ? [htn()] : [])];
  const procs = careful ? ['37.8301', '37.7200'] : ['37.8101', '37.7100'];
  const { c, imp } = pacemakerStay(m, h, randDate('2025-01-15', '2025-11-20'), { dx, procs, surg: 'pmDual', dev: 'devDual', leads: 2, drugs: [['digoxin', 1], ['warfarin', 1]] });
  fraud('T01', [c], [c], [[c, [imp.surg, imp.dev, imp.leads]]]);
}
// T02 leads beyond those used
for (let k = 0; k < 15; k++) {
  const dual = k % 2 === 1; const careful = k >= 9; const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 62, ageMax: 88 });
  const dx = dual ? [pick(['I44.200', 'I44.102', 'I49.500']), ...(chance(0.5) ? [htn()] : [])] : [pick(['I48.100x002', 'I48.200']), 'I45.800x004'];
  const procs = dual ? ['37.8301', '37.7200'] : ['37.8101', '37.7100'];
  const realLeads = dual ? 2 : 1;
  let extra;
  const { c, imp } = pacemakerStay(m, h, randDate('2025-01-15', '2025-11-20'), {
    dx, procs, surg: dual ? 'pmDual' : 'pmSingle', dev: dual ? 'devDual' : 'devSingle', leads: careful ? realLeads : realLeads + 1, drugs: [['metop', 2]],
    extraDay: careful ? (c, i, d, imp2) => { if (imp2 && !extra && c.items.some((x) => x.code === C.prog)) { extra = L(c, 'lead', 1, d); } } : null
  });
  fraud('T02', [c], [c], [[c, careful ? [extra] : [imp.leads]]]);
}
// T03 mapping on a simple ablation
for (let k = 0; k < 15; k++) {
  const careful = k >= 9; const h = pick(hospIn(null, 3)); const m = member({ ageMin: 22, ageMax: 65 });
  const dx = [pick(['I47.100x004', 'I47.106', 'I47.104', 'I45.600', 'I47.102', 'I48.300'])];
  const los = ri(3, 5); const ad = ri(1, 2); let r;
  const procs = [['37.2600', ad], ['37.3401', ad]]; if (careful) procs.push(['37.2700', ad]);
  const c = stay(m, h, randDate('2025-01-10', '2025-12-10'), los, dx, procs, (c, i, d) => {
    if (i === 0) { L(c, 'preop8', 1, d); L(c, 'echo', 1, d); L(c, 'cxr', 1, d); }
    if (i === ad) r = ablationDay(c, d, { map: true });
    if (i === ad + 1) L(c, 'ecg', 1, d);
  }, { nurse1Days: [ad] });
  fraud('T03', [c], [c], [[c, [r.map]]]);
}
// T04 集采 devices at the old price
for (let k = 0; k < 15; k++) {
  const careful = k >= 9; const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 60, ageMax: 88 });
  const kind = k % 3; // 0 single, 1 dual, 2 dual with over-priced leads
  const f = careful ? 1 + ri(8, 14) / 100 : 1 + ri(35, 80) / 100;
  const o = kind === 0
    ? { dx: [pick(['I48.100x002', 'I48.200']), 'I45.800x004'], procs: ['37.8101', '37.7100'], surg: 'pmSingle', dev: 'devSingle', leads: 1, devPrice: Math.round(750000 * f / 100) * 100 }
    : { dx: [pick(['I44.200', 'I49.500', 'I49.501'])], procs: ['37.8301', '37.7200'], surg: 'pmDual', dev: 'devDual', leads: 2, ...(kind === 1 ? { devPrice: Math.round(2800000 * f / 100) * 100 } : { leadPrice: Math.round(320000 * f / 100) * 100 }) };
  const { c, imp } = pacemakerStay(m, h, randDate('2025-01-15', '2025-11-20'), { ...o, drugs: [['metop', 2]] });
  fraud('T04', [c], [c], [[c, [kind === 2 ? imp.leads : imp.dev]]]);
}
// T05 Holter and echo at every visit
for (let k = 0; k < 15; k++) {
  const careful = k >= 8; const h = pick(HOSP); const m = member({ ageMin: 50, ageMax: 80 });
  const dx = [afDx(), htn()]; const doc = doctor(h, 'cardiology', ['chief', 'associate', 'attending']);
  const n = careful ? ri(5, 6) : ri(6, 8); let d = randDate('2025-01-05', '2025-03-20'); const claims = []; const mut = [];
  for (let v = 0; v < n; v++) {
    const ids = [];
    const c = outpatient(m, h, d, dx, (c, d) => {
      if (v === 0) { L(c, 'holter', 1, d); L(c, 'echo', 1, d); L(c, 'blood', 1, d); L(c, 'thyroid', 1, d); L(c, 'renal', 1, d); }
      else if (careful) { ids.push(L(c, v % 2 ? 'holter' : 'echo', 1, d)); if (v % 3 === 0) ids.push(L(c, 'abpm', 1, d)); }
      else { ids.push(L(c, 'holter', 1, d)); ids.push(L(c, 'echo', 1, d)); if (chance(0.5)) ids.push(L(c, 'abpm', 1, d)); }
      L(c, 'metopSR', 30, d); L(c, 'rivaro', 30, d);
    }, { doc });
    claims.push(c); if (v > 0) mut.push([c, ids]);
    d = add(d, careful ? ri(35, 45) : ri(26, 33));
  }
  fraud('T05', claims, claims.slice(1), mut);
}
// T06 程控 monthly
for (let k = 0; k < 15; k++) {
  const careful = k >= 8; const h = pick(HOSP); const m = member({ ageMin: 65, ageMax: 88 });
  const dx = ['Z45.000', pick(['I49.500', 'I44.200', 'I48.100x002'])]; const doc = doctor(h, 'cardiology');
  const n = careful ? ri(6, 7) : ri(8, 10); let d = randDate('2025-01-05', '2025-02-20'); const claims = []; const mut = [];
  for (let v = 0; v < n; v++) {
    let id;
    const c = outpatient(m, h, d, dx, (c, d) => { id = L(c, 'prog', 1, d); L(c, 'ecg', 1, d); if (v === 0) L(c, 'cxr', 1, d); }, { doc });
    claims.push(c); if (v >= 2) mut.push([c, [id]]);
    d = add(d, careful ? ri(36, 44) : ri(27, 32));
  }
  fraud('T06', claims, claims.slice(2), mut);
}
// T07 EP study and ablation over two stays
for (let k = 0; k < 15; k++) {
  const careful = k >= 9; const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 25, ageMax: 70 });
  const dx = [pick(['I47.100x004', 'I47.104', 'I45.600', 'I47.102', 'I48.300'])];
  const a1 = randDate('2025-01-10', '2025-10-20'); const los1 = ri(2, 4);
  const c1 = stay(m, h, a1, los1, dx, [['37.2600', 1]], (c, i, d) => {
    if (i === 0) { L(c, 'echo', 1, d); L(c, 'cxr', 1, d); L(c, 'preop8', 1, d); }
    if (i === 1) { L(c, 'holter', 1, d); L(c, 'localAn', 1, d); L(c, 'lido', 2, d); L(c, 'sheath', 1, d); L(c, 'eps', 1, d); L(c, 'ecgMon', 12, d); }
  });
  const a2 = add(a1, los1 + (careful ? ri(16, 24) : ri(3, 12))); const los2 = ri(3, 4);
  const c2 = stay(m, h, a2, los2, dx, [['37.2600', 1], ['37.3401', 1]], (c, i, d) => {
    if (i === 1) ablationDay(c, d, {});
    if (i === 2) L(c, 'ecg', 1, d);
  }, { nurse1Days: [1] });
  fraud('T07', [c1, c2], [c1, c2], []);
}
// T08 generator change billed as a new system
for (let k = 0; k < 15; k++) {
  const careful = k >= 8; const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 68, ageMax: 90 });
  const base = pick(['I49.500', 'I44.200']); const doc = doctor(h, 'cardiology', ['chief', 'associate']);
  const d0 = randDate('2025-01-10', '2025-10-20');
  const c0 = outpatient(m, h, d0, ['Z45.000', base], (c, d) => { L(c, 'prog', 1, d); L(c, 'ecg', 1, d); }, { doc });
  const dx = careful ? [base, 'Z45.005'] : ['Z45.005', base];
  const procs = careful ? ['37.8301', '37.7200'] : ['37.8701'];
  const { c, imp } = pacemakerStay(m, h, add(d0, ri(10, 35)), { dx, procs, surg: 'pmDual', dev: 'devDual', leads: 2, los: ri(3, 5), impDay: 1, drugs: [] });
  fraud('T08', [c0, c], [c], [[c, [imp.leads, imp.sheath]]]);
}
// T09 NOAC without AF/VTE
for (let k = 0; k < 15; k++) {
  const careful = k >= 8; const h = pick(HOSP); const m = member({ ageMin: 50, ageMax: 85 });
  const dx = careful ? [pick(['I49.100x001', 'I49.300x002', 'I47.102', 'R00.000']), htn()] : [htn(), pick(['I25.103', 'E78.500', 'I63.900'])];
  let id;
  const c = outpatient(m, h, randDate('2025-01-05', '2025-12-20'), dx, (c, d) => {
    L(c, 'ecg', 1, d);
    id = chance(0.5) ? L(c, 'rivaro', ri(14, 30), d) : L(c, 'dabi', 2 * ri(14, 30), d);
    L(c, pick(['amlo', 'valsartan', 'losartan']), 30, d); if (chance(0.5)) L(c, 'atorva', 30, d);
  });
  fraud('T09', [c], [c], [[c, [id]]]);
}
// T10 overlapping NOAC fills across institutions
for (let k = 0; k < 15; k++) {
  const careful = k >= 8; const h1 = pick(HOSP); const m = member({ ageMin: 55, ageMax: 85 });
  const h2 = otherHospSameRegion(h1); const h3 = careful ? h1 : otherHospSameRegion(h1);
  const dx = [afDx(), htn()]; const drug = chance(0.5) ? 'rivaro' : 'dabi'; const per = drug === 'rivaro' ? 1 : 2;
  let d = randDate('2025-01-05', '2025-07-31'); const claims = []; const mut = [];
  const n = careful ? ri(5, 6) : ri(4, 6); const hs = [h1, h2, h3];
  for (let v = 0; v < n; v++) {
    const h = careful ? (v % 2 ? h2 : h1) : hs[v % 3]; let id;
    const c = outpatient(m, h, d, dx, (c, d) => { if (v < 2) L(c, 'ecg', 1, d); id = L(c, drug, per * (careful ? 28 : 30), d); L(c, 'metopSR', careful ? 28 : 30, d); });
    claims.push(c); if (v > 0) mut.push([c, [id]]);
    d = add(d, careful ? ri(12, 16) : ri(6, 11));
  }
  fraud('T10', claims, claims.slice(1), mut);
}
// T11 outpatient claims elsewhere during an inpatient stay
for (let k = 0; k < 15; k++) {
  const careful = k >= 8; const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 55, ageMax: 85 });
  const admit = randDate('2025-01-10', '2025-11-30'); const los = ri(6, 10);
  const dx = [pick(['I48.000', 'I48.100', 'I50.908']), htn()];
  const c = stay(m, h, admit, los, dx, [], (c, i, d) => {
    if (i === 0) { L(c, 'echo', 1, d); L(c, 'bnp', 1, d); L(c, 'cxr', 1, d); L(c, 'ecgMon', 24, d); L(c, 'amioI', 3, d); L(c, 'ivFirst', 1, d); L(c, 'saline', 2, d); L(c, 'ivSet', 1, d); }
    if (i === 1) { L(c, 'ecgMon', 24, d); L(c, 'amioI', 2, d); L(c, 'ivFirst', 1, d); L(c, 'saline', 1, d); L(c, 'ivSet', 1, d); }
    if (i < los) { L(c, 'metop', 2, d); L(c, 'rivaro', 1, d); if (i % 3 === 2) { L(c, 'blood', 1, d); L(c, 'lytes', 1, d); } }
    if (i === los - 1) L(c, 'ecg', 1, d);
  }, { nurse1Days: [0, 1] });
  const hB = careful ? otherHospSameRegion(h) : otherRegionHosp(h);
  const outs = [];
  const nOut = careful ? 1 : ri(1, 2);
  for (let v = 0; v < nOut; v++) {
    const d = add(admit, careful ? ri(2, los - 2) : ri(1, los - 1) + v);
    outs.push(outpatient(m, hB, d, careful ? [htn()] : [afDx(), htn()], (c, d) => { if (!careful) L(c, 'holter', 1, d); L(c, careful ? 'amlo' : 'rivaro', 30, d); L(c, 'atorva', 30, d); }));
  }
  fraud('T11', [c, ...outs], [c, ...outs], []);
}
// T12 syncope / dizziness admission for outpatient tests
for (let k = 0; k < 15; k++) {
  const careful = k >= 8; const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 25, ageMax: 70 });
  const dx = [pick(['R55.x00x013', 'R55.x00x001', 'R55.x00x006', 'R42.x00x004']), ...(chance(0.4) ? [htn()] : [])];
  const los = ri(3, 5);
  const c = stay(m, h, randDate('2025-01-10', '2025-12-15'), los, dx, [], (c, i, d) => {
    if (i === 0) { L(c, 'echo', 1, d); L(c, 'carotid', 1, d); if (careful) { L(c, 'ecgMon', 12, d); L(c, 'ivFirst', 1, d); L(c, 'saline', 1, d); L(c, 'ivSet', 1, d); } }
    if (i === 1) { L(c, 'holter', 1, d); L(c, 'abpm', 1, d); if (careful) { L(c, 'ivFirst', 1, d); L(c, 'glucoseInj', 1, d); L(c, 'ivSet', 1, d); } }
    if (i === 2) { L(c, 'tilt', 1, d); if (chance(0.5)) L(c, 'headCT', 1, d); }
  }, { nurse3: !careful, nurse1Days: [] });
  fraud('T12', [c], [c], []);
}
// T13 AF stay with bed-only days
for (let k = 0; k < 15; k++) {
  const careful = k >= 8; const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 60, ageMax: 88 });
  const los = careful ? ri(10, 14) : ri(8, 12);
  const c = stay(m, h, randDate('2025-01-10', '2025-11-30'), los, [afDx(), htn()], [], (c, i, d) => {
    if (i === 0) { L(c, 'echo', 1, d); L(c, 'thyroid', 1, d); L(c, 'ecgMon', 12, d); L(c, 'amioI', 2, d); L(c, 'ivFirst', 1, d); L(c, 'saline', 1, d); L(c, 'ivSet', 1, d); }
    if (i === 1) { L(c, 'holter', 1, d); }
    if (careful && i < los) L(c, 'metop', 2, d);
  }, { nurse1Days: [], nurse3: true });
  fraud('T13', [c], [c], []);
}
// T14 implantation fee billed twice
for (let k = 0; k < 15; k++) {
  const careful = k >= 9; const icd = k % 3 === 2;
  const h = pick(hospIn(null, 3).concat(icd ? [] : hospIn(null, 2))); const m = member({ ageMin: icd ? 40 : 62, ageMax: 85 });
  let dup;
  if (icd) {
    const { c } = pacemakerStay(m, h, randDate('2025-01-15', '2025-11-20'), {
      dx: [pick(['I47.200', 'I47.203', 'I46.000']), 'I42.000', 'I50.908'], procs: ['37.9400x001'], surg: 'icdOp', dev: 'devICD', leads: 1, drugs: [['metopSR', 1], ['amioT', 2]], ccu: true,
      extraDay: (c, i, d, imp) => { if (imp && !dup && (careful ? c.items.some((x) => x.code === C.prog) : true)) dup = L(c, 'pmGeneric', 1, d); }
    });
    fraud('T14', [c], [c], [[c, [dup]]]);
  } else {
    const dual = chance(0.6);
    const { c } = pacemakerStay(m, h, randDate('2025-01-15', '2025-11-20'), {
      dx: dual ? [pick(['I44.200', 'I49.500'])] : [pick(['I48.100x002', 'I48.200']), 'I45.800x004'], procs: dual ? ['37.8301', '37.7200'] : ['37.8101', '37.7100'],
      surg: dual ? 'pmDual' : 'pmSingle', dev: dual ? 'devDual' : 'devSingle', leads: dual ? 2 : 1, drugs: [['metop', 2]],
      extraDay: (c, i, d, imp) => { if (imp && !dup && c.items.some((x) => x.lineId === imp.dev) && (!careful || c.items.filter((x) => x.code === C.prog).length)) dup = L(c, 'pmGeneric', 1, d); }
    });
    fraud('T14', [c], [c], [[c, [dup]]]);
  }
}
// T15 one AF ablation billed as two
for (let k = 0; k < 15; k++) {
  const careful = k >= 8; const h = pick(hospIn(null, 3)); const m = member({ ageMin: 45, ageMax: 78 });
  const los = ri(4, 6); const ad = 1; let extra; const cryo = k % 2 === 0;
  const c = stay(m, h, randDate('2025-01-10', '2025-12-10'), los, [pick(['I48.000', 'I48.100']), ...(chance(0.5) ? [htn()] : [])], [['37.2600', ad], [cryo ? '37.3403' : '37.3400x001', ad], ...(cryo ? [] : [['37.2700', ad]])], (c, i, d) => {
    if (i === 0) { preopLabs(c, d); L(c, 'rivaro', 1, d); }
    if (i === ad) { ablationDay(c, d, { cryo, map: !cryo, af: true }); if (!careful) extra = L(c, cryo ? 'rfa' : 'rfa', 1, d); }
    if (i === ad + 1) { L(c, 'ecg', 1, d); L(c, 'echo', 1, d); if (careful) extra = L(c, cryo ? 'rfa' : 'cryo', 1, d); }
    if (i > 0 && i < los) { L(c, 'rivaro', 1, d); L(c, 'amioT', 2, d); }
  }, { nurse1Days: [ad] });
  fraud('T15', [c], [c], [[c, [extra]]]);
}

// =====================================================================
// controls
// =====================================================================
for (let k = 0; k < 15; k++) { // C01
  const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 60, ageMax: 88 });
  const { c } = pacemakerStay(m, h, randDate('2025-01-15', '2025-12-10'), { dx: [pick(['I44.200', 'I44.201', 'I49.500', 'I49.501', 'I44.102']), ...(chance(0.5) ? [htn()] : [])], procs: ['37.8301', '37.7200'], surg: 'pmDual', dev: 'devDual', leads: 2, drugs: [['amlo', 1]] });
  control('C01', [c]);
}
for (let k = 0; k < 15; k++) { // C02
  const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 70, ageMax: 90 });
  const { c } = pacemakerStay(m, h, randDate('2025-01-15', '2025-12-10'), { dx: [pick(['I48.100x002', 'I48.200']), pick(['I45.800x004', 'R00.100x001'])], procs: ['37.8101', '37.7100'], surg: 'pmSingle', dev: 'devSingle', leads: 1, drugs: [['digoxin', 1], ['warfarin', 1]] });
  control('C02', [c]);
}
for (let k = 0; k < 15; k++) { // C03 CRT-D
  const h = pick(hospIn(null, 3)); const m = member({ ageMin: 45, ageMax: 80 });
  const { c } = pacemakerStay(m, h, randDate('2025-01-15', '2025-12-10'), { dx: [pick(['I42.000', 'I50.908']), pick(['I44.700', 'I44.602']), 'I50.900x008'], procs: ['00.5101'], surg: 'crtOp', dev: 'devICD', leads: 3, los: ri(7, 10), drugs: [['sacval', 2], ['metopSR', 1], ['spirono', 1]], ccu: true, extraDay: (c, i, d) => { if (i === 0) L(c, 'ntbnp', 1, d); } });
  control('C03', [c]);
}
for (let k = 0; k < 15; k++) { // C04 lead dislodgement
  const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 65, ageMax: 88 });
  const dual = chance(0.6);
  const { c } = pacemakerStay(m, h, randDate('2025-01-15', '2025-10-30'), { dx: dual ? [pick(['I44.200', 'I49.500'])] : ['I48.100x002', 'I45.800x004'], procs: dual ? ['37.8301', '37.7200'] : ['37.8101', '37.7100'], surg: dual ? 'pmDual' : 'pmSingle', dev: dual ? 'devDual' : 'devSingle', leads: dual ? 2 : 1, drugs: [['metop', 2]] });
  const d1 = add(c.dischargeDate, ri(7, 30));
  const c1 = outpatient(m, h, d1, ['T82.100x008', dual ? 'I44.200' : 'I48.100x002'], (c, d) => { L(c, 'prog', 1, d); L(c, 'ecg', 1, d); L(c, 'cxr', 1, d); }, { dept: 'cardiology' });
  const c2 = stay(m, h, d1, ri(3, 5), ['T82.100x008', dual ? 'I44.200' : 'I48.100x002'], [['37.7600', 1]], (c, i, d) => {
    if (i === 1) { L(c, 'localAn', 1, d); L(c, 'lido', 2, d); L(c, 'cefurox', 2, d); L(c, 'sheath', 1, d); L(c, 'pmGeneric', 1, d); L(c, 'lead', 1, d); L(c, 'ecgMon', 24, d); }
    if (i === 2) postImplantDay(c, d);
  }, { nurse1Days: [1, 2], route: 'outpatient' });
  control('C04', [c, c1, c2]);
}
function afAblation(m, h, admit, o = {}) {
  const los = o.los || ri(4, 6); const ad = 1;
  return stay(m, h, admit, los, o.dx || [pick(['I48.000', 'I48.100']), ...(chance(0.5) ? [htn()] : [])], o.procs || [['37.2600', ad], ['37.3400x001', ad], ['37.2700', ad]], (c, i, d) => {
    if (i === 0) { preopLabs(c, d); L(c, 'rivaro', 1, d); if (o.ct !== false) L(c, 'chestCT', 1, d); }
    if (i === ad) { ablationDay(c, d, { cryo: o.cryo, map: o.map !== false, af: true }); if (o.both) L(c, 'rfa', 1, d); }
    if (i === ad + 1) { L(c, 'ecg', 1, d); L(c, 'echo', 1, d); }
    if (i > 0 && i < los) { L(c, 'rivaro', 1, d); L(c, 'amioT', 2, d); }
  }, { nurse1Days: [ad] });
}
for (let k = 0; k < 15; k++) { const m = member({ ageMin: 45, ageMax: 78 }); control('C05', [afAblation(m, pick(hospIn(null, 3)), randDate('2025-01-10', '2025-12-10'))]); }
for (let k = 0; k < 15; k++) { // C06 VT / atypical flutter with mapping
  const h = pick(hospIn(null, 3)); const m = member({ ageMin: 30, ageMax: 75 }); const vt = chance(0.6);
  const los = ri(4, 7);
  const c = stay(m, h, randDate('2025-01-10', '2025-12-10'), los, vt ? [pick(['I47.200x011', 'I47.200x003', 'I49.301']), ...(chance(0.3) ? ['I25.200'] : [])] : ['I48.401', 'I48.000'], [['37.2600', 1], ['37.3401', 1], ['37.2700', 1]], (c, i, d) => {
    if (i === 0) { preopLabs(c, d); L(c, 'ecgMon', 24, d); }
    if (i === 1) ablationDay(c, d, { map: true });
    if (i === 2) { L(c, 'ecg', 1, d); L(c, 'echo', 1, d); }
    if (i < los) L(c, vt ? 'metopSR' : 'amioT', vt ? 1 : 2, d);
  }, { nurse1Days: [1], ccuDays: [1] });
  control('C06', [c]);
}
for (let k = 0; k < 15; k++) { // C07 ICD at cap
  const h = pick(hospIn(null, 3)); const m = member({ ageMin: 35, ageMax: 80 });
  const { c } = pacemakerStay(m, h, randDate('2025-01-15', '2025-12-10'), { dx: [pick(['I46.000', 'I47.203', 'I49.001']), pick(['I42.000', 'I25.200', 'I45.804'])], procs: ['37.9400x001'], surg: 'icdOp', dev: 'devICD', leads: 1, los: ri(6, 10), drugs: [['metopSR', 1], ['amioT', 2]], ccu: true, extraDay: (c, i, d) => { if (i === 0) { L(c, 'tni', 1, d); L(c, 'ntbnp', 1, d); } } });
  control('C07', [c]);
}
for (let k = 0; k < 15; k++) { // C08 post-ablation follow-up
  const h = pick(hospIn(null, 3)); const m = member({ ageMin: 45, ageMax: 75 });
  const a = afAblation(m, h, randDate('2025-01-05', '2025-04-30'));
  const doc = doctor(h, 'cardiology', ['chief', 'associate']); const dx = ['Z09.000x001', 'I48.000'];
  const v1 = outpatient(m, h, add(a.dischargeDate, ri(28, 35)), dx, (c, d) => { L(c, 'ecg', 1, d); L(c, 'rivaro', 30, d); L(c, 'amioT', 30, d); }, { doc });
  const v3 = outpatient(m, h, add(a.dischargeDate, ri(88, 95)), dx, (c, d) => { L(c, 'holter', 1, d); L(c, 'blood', 1, d); L(c, 'thyroid', 1, d); L(c, 'liver', 1, d); L(c, 'rivaro', 30, d); }, { doc });
  const v6 = outpatient(m, h, add(a.dischargeDate, ri(178, 190)), dx, (c, d) => { L(c, 'holter', 1, d); L(c, 'echo', 1, d); }, { doc });
  control('C08', [a, v1, v3, v6]);
}
for (let k = 0; k < 15; k++) { // C09 cryo PVI + CTI RF
  const m = member({ ageMin: 50, ageMax: 78 });
  control('C09', [afAblation(m, pick(hospIn(null, 3)), randDate('2025-01-10', '2025-12-10'), { dx: ['I48.000', 'I48.300'], procs: [['37.2600', 1], ['37.3403', 1], ['37.3401', 1]], cryo: true, map: false, both: true })]);
}
for (let k = 0; k < 15; k++) { // C10 checks at 1, 3, 12 months
  const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 62, ageMax: 88 }); const dual = chance(0.6);
  const { c } = pacemakerStay(m, h, randDate('2025-01-05', '2025-02-28'), { dx: dual ? [pick(['I44.200', 'I49.500'])] : ['I48.100x002', 'I45.800x004'], procs: dual ? ['37.8301', '37.7200'] : ['37.8101', '37.7100'], surg: dual ? 'pmDual' : 'pmSingle', dev: dual ? 'devDual' : 'devSingle', leads: dual ? 2 : 1, drugs: [['metop', 2]] });
  const doc = doctor(h, 'cardiology', ['chief', 'associate']); const out = [c];
  for (const [mo, j] of [[1, 3], [3, 5], [12, 10]]) out.push(outpatient(m, h, add(c.dischargeDate, mo * 30 + ri(-2, j)), ['Z45.000', dual ? 'I44.200' : 'I48.100x002'], (c, d) => { L(c, 'prog', 1, d); L(c, 'ecg', 1, d); if (mo === 12) L(c, 'echo', 1, d); }, { doc }));
  control('C10', out);
}
for (let k = 0; k < 15; k++) { // C11 ICD shock
  const h = pick(hospIn(null, 3)); const m = member({ ageMin: 40, ageMax: 80 });
  const d0 = randDate('2025-01-10', '2025-09-30');
  const dx = ['Z45.800x006', 'I42.000'];
  const c0 = outpatient(m, h, d0, ['Z45.000', 'I47.200', 'I42.000'], (c, d) => { L(c, 'prog', 1, d); L(c, 'ecg', 1, d); });
  const dS = add(d0, ri(30, 75));
  const c1 = outpatient(m, h, dS, ['I47.200x011', 'I42.000'], (c, d) => { L(c, 'prog', 1, d); L(c, 'ecg', 1, d); L(c, 'lytes', 1, d); L(c, 'tni', 1, d); L(c, 'blood', 1, d); L(c, 'ecgMon', 4, d); }, { dept: 'emergency' });
  const los = ri(5, 8);
  const c2 = stay(m, h, dS, los, ['I47.200x011', 'I42.000', 'I50.908'], [['89.4900', 1]], (c, i, d) => {
    if (i === 0) { L(c, 'ecgMon', 24, d); L(c, 'amioI', 4, d); L(c, 'ivFirst', 1, d); L(c, 'glucoseInj', 2, d); L(c, 'ivSet', 1, d); L(c, 'kcl', 2, d); L(c, 'echo', 1, d); L(c, 'ntbnp', 1, d); }
    if (i === 1) { L(c, 'ecgMon', 24, d); L(c, 'prog', 1, d); L(c, 'amioI', 2, d); L(c, 'ivFirst', 1, d); L(c, 'glucoseInj', 1, d); L(c, 'ivSet', 1, d); L(c, 'lytes', 1, d); }
    if (i >= 2 && i < los) { L(c, 'amioT', 2, d); L(c, 'ecgMon', 12, d); }
    if (i < los) L(c, 'metopSR', 1, d);
  }, { route: 'emergency', ccuDays: [0, 1], nurse1Days: [0, 1] });
  void dx;
  control('C11', [c0, c1, c2]);
}
for (let k = 0; k < 15; k++) { // C12 redo ablation
  const h = pick(hospIn(null, 3)); const m = member({ ageMin: 45, ageMax: 75 });
  const a1 = afAblation(m, h, randDate('2025-01-05', '2025-04-15'));
  const vd = add(a1.dischargeDate, ri(80, 110));
  const v = outpatient(m, h, vd, ['I48.000'], (c, d) => { L(c, 'holter', 1, d); L(c, 'rivaro', 30, d); L(c, 'amioT', 30, d); }, { titles: ['chief', 'associate'] });
  const a2 = afAblation(m, h, add(vd, ri(40, 90)), { dx: [pick(['I48.000', 'I48.100'])], ct: false });
  control('C12', [a1, v, a2]);
}
for (let k = 0; k < 15; k++) { // C13 complication readmission
  const h = pick(hospIn(null, 3)); const m = member({ ageMin: 45, ageMax: 80 });
  const a1 = afAblation(m, h, randDate('2025-01-10', '2025-11-20'));
  const eff = chance(0.5);
  const los2 = ri(3, 6);
  const a2 = stay(m, h, add(a1.dischargeDate, ri(2, 10)), los2, eff ? ['I31.300', 'I48.000'] : ['I72.400x121', 'I48.000'], [], (c, i, d) => {
    if (i === 0) { L(c, eff ? 'echo' : 'legUS', 1, d); L(c, 'ecgMon', 24, d); L(c, 'cbc', 1, d); }
    if (i === 1) { L(c, eff ? 'echo' : 'legUS', 1, d); L(c, 'ecgMon', 24, d); }
    if (i === 3) L(c, eff ? 'echo' : 'legUS', 1, d);
    if (i < los2) L(c, 'rivaro', 1, d);
  }, { route: 'emergency', nurse1Days: [0, 1], noEcg0: false });
  control('C13', [a1, a2]);
}
for (let k = 0; k < 15; k++) { // C14 generator only
  const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 70, ageMax: 92 }); const base = pick(['I49.500', 'I44.200']);
  const d0 = randDate('2025-01-10', '2025-10-20');
  const c0 = outpatient(m, h, d0, ['Z45.000', base], (c, d) => { L(c, 'prog', 1, d); L(c, 'ecg', 1, d); }, { titles: ['chief', 'associate'] });
  const { c } = pacemakerStay(m, h, add(d0, ri(10, 35)), { dx: ['Z45.005', base], procs: ['37.8701'], surg: 'pmGeneric', dev: 'devDual', leads: 0, los: ri(3, 4), impDay: 1, drugs: [] });
  control('C14', [c0, c]);
}
for (let k = 0; k < 15; k++) { // C15 generator + one lead
  const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 70, ageMax: 92 }); const base = pick(['I49.500', 'I44.200']);
  const d0 = randDate('2025-01-10', '2025-10-20');
  const c0 = outpatient(m, h, d0, ['T82.100x009', base], (c, d) => { L(c, 'prog', 1, d); L(c, 'ecg', 1, d); L(c, 'cxr', 1, d); }, { titles: ['chief', 'associate'] });
  const { c } = pacemakerStay(m, h, add(d0, ri(3, 20)), { dx: ['T82.100x009', 'Z45.005', base], procs: ['37.8701', '37.7600'], surg: 'pmGeneric', dev: 'devDual', leads: 1, los: ri(4, 6), impDay: 1, drugs: [] });
  control('C15', [c0, c]);
}
for (let k = 0; k < 15; k++) { // C16 NOAC for AF
  const h = pick(HOSP); const m = member({ ageMin: 60, ageMax: 88 });
  const c = outpatient(m, h, randDate('2025-01-05', '2025-12-20'), [afDx(), htn()], (c, d) => { L(c, 'ecg', 1, d); if (chance(0.5)) L(c, 'rivaro', 30, d); else L(c, 'dabi', 60, d); L(c, 'metopSR', 30, d); if (chance(0.4)) L(c, 'renal', 1, d), L(c, 'blood', 1, d); });
  control('C16', [c]);
}
for (let k = 0; k < 15; k++) { // C17 rivaroxaban for VTE
  const h = pick(HOSP); const m = member({ ageMin: 40, ageMax: 85 }); const pe = chance(0.4);
  const c = outpatient(m, h, randDate('2025-01-05', '2025-12-20'), [pe ? 'I26.900x001' : 'I80.207'], (c, d) => { if (!pe) L(c, 'legUS', 1, d); L(c, 'ddimer', 1, d); L(c, 'blood', 1, d); L(c, 'rivaro', pick([21, 30]), d); });
  control('C17', [c]);
}
for (let k = 0; k < 15; k++) { // C18 warfarin monthly INR
  const h = pick(HOSP); const m = member({ ageMin: 60, ageMax: 88 }); const doc = doctor(h, 'cardiology');
  let d = randDate('2025-01-05', '2025-04-30'); const out = []; const n = ri(6, 8); const dx = [pick(['I48.100', 'I48.200', 'I05.000']), htn()];
  for (let v = 0; v < n; v++) { out.push(outpatient(m, h, d, dx, (c, d) => { L(c, 'blood', 1, d); L(c, 'coag', 1, d); L(c, 'warfarin', pick([30, 45]), d); L(c, 'metop', 60, d); if (v === 0) { L(c, 'ecg', 1, d); L(c, 'echo', 1, d); } }, { doc })); d = add(d, ri(26, 33)); }
  control('C18', out);
}
for (let k = 0; k < 15; k++) { // C19 long prescription
  const h = pick(HOSP); const m = member({ ageMin: 60, ageMax: 88 }); const doc = doctor(h, 'cardiology', ['chief', 'associate']);
  let d = randDate('2025-01-05', '2025-05-30'); const out = []; const dx = [pick(['I48.100', 'I48.200']), htn()];
  for (let v = 0; v < ri(2, 3); v++) { out.push(outpatient(m, h, d, dx, (c, d) => { L(c, 'ecg', 1, d); L(c, 'rivaro', 84, d, { longRx: true }); L(c, 'metopSR', 84, d, { longRx: true }); }, { doc })); d = add(d, ri(80, 86)); }
  control('C19', out);
}
for (let k = 0; k < 15; k++) { // C20 two regions, no overlap
  const h1 = pick(HOSP); const m = member({ ageMin: 58, ageMax: 85 }); m.insuredRegion = h1.region;
  const h2 = otherRegionHosp(h1); const dx = [pick(['I48.000', 'I48.100']), htn()];
  let d = randDate('2025-01-05', '2025-05-30'); const out = [];
  for (let v = 0; v < 5; v++) { const h = v < 2 ? h1 : h2; out.push(outpatient(m, h, d, dx, (c, d) => { if (v === 0 || v === 2) L(c, 'ecg', 1, d); L(c, 'dabi', 60, d); L(c, 'metopSR', 30, d); })); d = add(d, ri(27, 31)); }
  control('C20', out);
}
for (let k = 0; k < 15; k++) { // C21 transfer same day
  const h1 = pick(hospIn(null, 2)); const h2 = pick(HOSP.filter((x) => x.region === h1.region && x.level === 3)); const m = member({ ageMin: 55, ageMax: 85 });
  const a = randDate('2025-01-10', '2025-11-30'); const l1 = ri(1, 3);
  const dx = [pick(['I44.200', 'I47.200', 'I49.500']), htn()];
  const c1 = stay(m, h1, a, l1, dx, [], (c, i, d) => { L(c, 'ecgMon', 24, d); if (i === 0) { L(c, 'echo', 1, d); L(c, 'tni', 1, d); } }, { route: 'emergency', dmode: 'transfer', ccuDays: [0, 1, 2], nurse1Days: [0, 1, 2, 3] });
  const pm = dx[0] !== 'I47.200';
  let c2;
  if (pm) c2 = pacemakerStay(m, h2, c1.dischargeDate, { dx, procs: ['37.8301', '37.7200'], surg: 'pmDual', dev: 'devDual', leads: 2, drugs: [['amlo', 1]], route: 'transfer' }).c;
  else c2 = pacemakerStay(m, h2, c1.dischargeDate, { dx: [...dx, 'I42.000'], procs: ['37.9400x001'], surg: 'icdOp', dev: 'devICD', leads: 1, drugs: [['amioT', 2]], route: 'transfer', ccu: true }).c;
  c2.transferFromHospitalId = h1.id;
  control('C21', [c1, c2]);
}
for (let k = 0; k < 15; k++) { // C22 syncope → AV block → pacemaker
  const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 60, ageMax: 88 });
  const { c } = pacemakerStay(m, h, randDate('2025-01-10', '2025-12-10'), { dx: [pick(['I44.200', 'I44.102', 'I45.901']), 'R55.x00x002'], procs: ['37.8301', '37.7200'], surg: 'pmDual', dev: 'devDual', leads: 2, drugs: [], impDay: ri(2, 3), los: ri(6, 9), holter: true, ccu: true, route: 'emergency', extraDay: (c, i, d) => { if (i === 0) { L(c, 'headCT', 1, d); L(c, 'tni', 1, d); } if (i === 1) L(c, 'ecgMon', 24, d); } });
  control('C22', [c]);
}
for (let k = 0; k < 15; k++) { // C23 outpatient syncope work-up
  const h = pick(HOSP); const m = member({ ageMin: 18, ageMax: 70 }); const doc = doctor(h, 'cardiology', ['chief', 'associate', 'attending']);
  const d0 = randDate('2025-01-05', '2025-12-01'); const dx = [pick(['R55.x00x013', 'R55.x00x001', 'R55.x00x006'])];
  const c1 = outpatient(m, h, d0, dx, (c, d) => { L(c, 'ecg', 1, d); L(c, 'echo', 1, d); L(c, 'blood', 1, d); L(c, 'cbc', 1, d); L(c, 'lytes', 1, d); L(c, 'glucose', 1, d); }, { doc });
  const c2 = outpatient(m, h, add(d0, ri(2, 7)), dx, (c, d) => { L(c, 'holter', 1, d); L(c, 'tilt', 1, d); }, { doc });
  control('C23', [c1, c2]);
}
for (let k = 0; k < 15; k++) { // C24 inpatient cardiac rehab
  const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 45, ageMax: 80 }); const los = ri(10, 14);
  const c = stay(m, h, randDate('2025-01-10', '2025-11-30'), los, [pick(['I25.104', 'I50.908', 'I25.103']), ...(chance(0.5) ? ['I48.000'] : []), htn()], [['93.3600', 1]], (c, i, d) => {
    if (i === 0) { L(c, 'rehabEval', 1, d); L(c, 'echo', 1, d); L(c, 'ntbnp', 1, d); }
    if (i >= 1 && i < los) { L(c, 'exercise', i % 2 ? 2 : 1, d); L(c, 'ecgMon', 2, d); L(c, 'electrodes', 5, d); L(c, 'metopSR', 1, d); L(c, 'atorva', 1, d); L(c, 'aspirin', 1, d); }
    if (i === los - 1) { L(c, 'rehabEval', 1, d); L(c, 'ecg', 1, d); }
  }, { dept: 'rehabilitation', nurse1Days: [], titles: ['associate', 'attending'] });
  control('C24', [c]);
}

// =====================================================================
// routine single-claim cases
// =====================================================================
TYP.R = 'routine';
for (let k = 0; k < 100; k++) {
  const kind = k % 10; let c;
  if (kind <= 2) { // outpatient cardiology follow-up
    const h = pick(HOSP); const m = member({ ageMin: 40, ageMax: 85 });
    c = outpatient(m, h, randDate('2025-01-05', '2025-12-20'), [pick(['I48.000', 'I10.x03', 'I49.300x002', 'I47.102', 'I25.103']), ...(chance(0.4) ? [htn()] : [])], (c, d) => {
      const dx0 = c.diagnoses[0].code; const hol = !dx0.startsWith('I48') && !dx0.startsWith('I10') && !dx0.startsWith('I25') && chance(0.3); if (!hol) L(c, 'ecg', 1, d);
      if (dx0.startsWith('I48')) { L(c, 'metopSR', 30, d); L(c, 'rivaro', 30, d); }
      else if (dx0.startsWith('I10')) { L(c, pick(['amlo', 'valsartan', 'losartan']), 30, d); if (chance(0.3)) L(c, 'abpm', 1, d); }
      else if (dx0.startsWith('I25')) { L(c, 'aspirin', 30, d); L(c, 'atorva', 30, d); L(c, 'isosorb', 30, d); }
      else { L(c, chance(0.5) ? 'metop' : 'propaf', 60, d); if (hol) L(c, 'holter', 1, d); }
    });
  } else if (kind === 3) { // chronic hypertension / CHD visit
    const h = pick(HOSP); const m = member({ ageMin: 50, ageMax: 85, chronic: ['I10', 'I25'] });
    c = outpatient(m, h, randDate('2025-01-05', '2025-12-20'), [pick(['I10.x03', 'I10.x04', 'I25.103'])], (c, d) => { L(c, 'amlo', 30, d); L(c, 'atorva', 30, d); if (chance(0.5)) L(c, 'aspirin', 30, d); if (chance(0.3)) { L(c, 'blood', 1, d); L(c, 'lipids', 1, d); L(c, 'renal', 1, d); } }, { vt: 'chronic' });
  } else if (kind === 4) { // ED palpitations
    const h = pick(HOSP); const m = member({ ageMin: 20, ageMax: 80 });
    c = outpatient(m, h, randDate('2025-01-05', '2025-12-20'), [pick(['I47.102', 'I48.900x015', 'R00.000'])], (c, d) => { L(c, 'ecg', 2, d); L(c, 'blood', 1, d); L(c, 'lytes', 1, d); L(c, 'tni', 1, d); L(c, 'ecgMon', 3, d); if (chance(0.5)) L(c, 'amioI', 2, d), L(c, 'ivPush', 1, d), L(c, 'syringe', 2, d); }, { dept: 'emergency' });
  } else if (kind === 5) { // AF rate control admission
    const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 60, ageMax: 88 }); const los = ri(5, 8);
    c = stay(m, h, randDate('2025-01-05', '2025-12-15'), los, [pick(['I48.100', 'I48.000']), 'I50.908', htn()], [], (c, i, d) => {
      if (i === 0) { L(c, 'echo', 1, d); L(c, 'ntbnp', 1, d); L(c, 'thyroid', 1, d); L(c, 'cxr', 1, d); }
      if (i <= 2) { L(c, 'ecgMon', 24, d); L(c, 'furoI', 2, d); L(c, 'ivPush', 1, d); L(c, 'syringe', 2, d); }
      if (i === 3) { L(c, 'blood', 1, d); L(c, 'lytes', 1, d); L(c, 'renal', 1, d); }
      if (i < los) { L(c, 'metopSR', 1, d); L(c, 'digoxin', 1, d); L(c, 'rivaro', 1, d); L(c, 'spirono', 1, d); }
    }, { nurse1Days: [0, 1] });
  } else if (kind === 6) { // simple SVT ablation (no mapping)
    const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 20, ageMax: 65 }); const los = ri(3, 4);
    c = stay(m, h, randDate('2025-01-05', '2025-12-15'), los, [pick(['I47.100x004', 'I47.104', 'I45.600'])], [['37.2600', 1], ['37.3401', 1]], (c, i, d) => { if (i === 0) { L(c, 'preop8', 1, d); L(c, 'echo', 1, d); L(c, 'cxr', 1, d); } if (i === 1) ablationDay(c, d, {}); if (i === 2) L(c, 'ecg', 1, d); }, { nurse1Days: [1] });
  } else if (kind === 7) { // single or dual pacemaker, routine
    const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 65, ageMax: 88 }); const dual = chance(0.6);
    c = pacemakerStay(m, h, randDate('2025-01-05', '2025-12-10'), { dx: dual ? [pick(['I44.200', 'I49.500'])] : ['I48.100x002', 'I45.800x004'], procs: dual ? ['37.8301', '37.7200'] : ['37.8101', '37.7100'], surg: dual ? 'pmDual' : 'pmSingle', dev: dual ? 'devDual' : 'devSingle', leads: dual ? 2 : 1, drugs: [['metop', 2]] }).c;
  } else if (kind === 8) { // heart failure admission
    const h = pick(HOSP.filter((x) => x.level >= 2)); const m = member({ ageMin: 55, ageMax: 88 }); const los = ri(6, 10);
    c = stay(m, h, randDate('2025-01-05', '2025-12-15'), los, ['I50.908', pick(['I25.103', 'I42.000', 'I11.000']), ...(chance(0.5) ? ['I48.100'] : [])], [], (c, i, d) => {
      if (i === 0) { L(c, 'echo', 1, d); L(c, 'ntbnp', 1, d); L(c, 'cxr', 1, d); L(c, 'oxygen', 12, d); L(c, 'o2tube', 1, d); }
      if (i <= 3) { L(c, 'ecgMon', 24, d); L(c, 'furoI', 2, d); L(c, 'ivPush', 1, d); L(c, 'syringe', 2, d); }
      if (i === 4) { L(c, 'lytes', 1, d); L(c, 'renal', 1, d); L(c, 'blood', 1, d); }
      if (i < los) { L(c, 'sacval', 2, d); L(c, 'spirono', 1, d); L(c, 'metopSR', 1, d); }
    }, { nurse1Days: [0, 1, 2] });
  } else { // outpatient INR or Holter work-up
    const h = pick(HOSP); const m = member({ ageMin: 45, ageMax: 85 });
    c = outpatient(m, h, randDate('2025-01-05', '2025-12-20'), [pick(['I48.200', 'I48.100', 'I49.100x001'])], (c, d) => { const af = c.diagnoses[0].code.startsWith('I48'); L(c, 'blood', 1, d); if (af) { L(c, 'coag', 1, d); L(c, 'warfarin', 30, d); } else { L(c, 'holter', 1, d); L(c, 'thyroid', 1, d); } });
  }
  label('routine', 'R', 'routine', [c], [c], []);
}

// =====================================================================
// money (fen), settlement order, groups
// =====================================================================
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
function policyFor(region, scheme, vt) {
  const prov = POL.provinces[region.slice(0, 2)]; const s = JSON.parse(JSON.stringify(prov.schemes[scheme][vt]));
  const ov = prov.regions && prov.regions[region] && prov.regions[region].schemes && prov.regions[region].schemes[scheme] && prov.regions[region].schemes[scheme][vt];
  return ov ? { ...s, ...ov } : s;
}
const settleDate = (c) => c.dischargeDate || c.visitDate;
CLAIMS.sort((a, b) => (settleDate(a) < settleDate(b) ? -1 : settleDate(a) > settleDate(b) ? 1 : a.claimId < b.claimId ? -1 : 1));
const ytd = {}; // member|vt -> { dedFen, fundFen }
for (const c of CLAIMS) {
  let total = 0, self = 0;
  for (const it of c.items) { total += it._fen; self += Math.round(it._fen * it._share); }
  const policy = total - self;
  const insured = c.insuredRegion || c.region;
  const p = policyFor(insured, c.insuranceType, c.visitType);
  const lvl = String(c.provider.level);
  const ratio = (typeof p.ratio === 'object' ? p.ratio[lvl] : p.ratio) + (c.patient.retired ? p.retireeRatioBonus || 0 : 0);
  const key = `${c.patient.insuredId}|${c.visitType}|${settleDate(c).slice(0, 4)}`;
  const t = ytd[key] || (ytd[key] = { ded: 0, fund: 0 });
  let dedDue;
  if (c.visitType === 'inpatient') dedDue = Math.round((typeof p.deductible === 'object' ? p.deductible[lvl] : p.deductible) * 100);
  else { const ded = Math.round((p.deductible || 0) * 100); dedDue = Math.max(0, ded - t.ded); t.ded += Math.min(dedDue, policy); }
  let fund = Math.floor(Math.max(0, policy - dedDue) * ratio);
  const cap = Math.round(p.annualFundCap * 100);
  fund = Math.max(0, Math.min(fund, cap - t.fund)); t.fund += fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}
const groups = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const drg = g.drg || (g.grouping && g.grouping.drg) || (g.group && g.group.drg); if (g.claimId) groups[g.claimId] = drg || null; }
const out = CLAIMS.map((c) => {
  const o = { ...c }; delete o._level; delete o._title; delete o._m;
  o.items = c.items.map(({ _fen, _share, ...it }) => it);
  if (o.reportedGroup) o.reportedGroup = { drg: groups[c.claimId] || null, dip: null };
  return JSON.stringify(o);
});
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const cnt = (k) => LABELS.filter((l) => l.kind === k).length;
console.error(`blind93: ${CLAIMS.length} claims, ${cnt('fraud')} fraud, ${cnt('control')} control, ${cnt('routine')} routine cases${GROUPS ? ', groups ' + Object.keys(groups).length : ''}`);
