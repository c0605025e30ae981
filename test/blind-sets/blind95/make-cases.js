#!/usr/bin/env node
// blind95: wounds, burns and hyperbaric oxygen (创面修复、烧伤与高压氧). Fixed seed, no dependencies.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CATDIR = path.resolve(opt('--catalogue') || '/work/wt/base95/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- rng ----------
let S = 95095 >>> 0;
function rnd() { S = (S + 0x6D2B79F5) >>> 0; let t = S; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue rows ----------
const ROW = {};
for (const f of fs.readdirSync(CATDIR)) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  const j = JSON.parse(fs.readFileSync(path.join(CATDIR, f), 'utf8'));
  for (const r of (Array.isArray(j) ? j : j.rows || [])) ROW[r.code] = r;
}
const C = {
  OPD: '001102000010001', OPD_VICE: '001102000020001', OPD_CHIEF: '001102000030001', GEN: '001102000040001', ER: '001102000050001',
  INP_EXAM: '001103000010001', CONSULT: '001104000010001',
  BED3: '001105000010001', BED2: '001105000020001', BED_ICU: '001105000030001', BED_BURN: '001105000060001',
  NURS_SP: '001201000010001', NURS1: '001201000020001', NURS2: '001201000030001', NURS3: '001201000040001', ICU: '001201000050001',
  IV1: '001204000010001', IVADD: '001204000020001', IVINJ: '001204000040001', IM: '001204000050001', SC: '001204000060001', DRAW: '001204000080001',
  DRS_S: '001205000010001', DRS_M: '001205000020001', DRS_L: '001205000030001', DRS_XL: '001205000040001', DRS_BURN: '001205000050001',
  O2: '001208000010001', ECGMON: '001209000010001', SPO2: '001210000010001', GLU: '001212000010001', PUMP: '001204000220001',
  DEBRIDE: '003309010010001', GRAFT: '003309020010001', VSD: '003309030010001', STITCH_OUT: '003309040010001', ABSCESS: '003309050010001', FLAP: '003309010040001',
  HBO: '003401030010001', HOME_BUILD: '001110000010001', HOME_VISIT: '001110000020001',
  GA: '003301010010001', LA: '003301010030001', SPINAL: '003301010020001', PTA: '003307020020001',
  CBC: '002501010010001', URINE: '002501020010001', LFT: '002502010010001', RFT: '002502020010001', LYTES: '002502030010001', FBG: '002502050010001',
  HBA1C: '002502050020001', COAG: '002502060010001', CRP: '002502080010001', PCT: '002502080020001', ABG: '002502090010001', CULTURE: '002502140010001',
  ALB: '002502010050001', PREALB: '002502010060001', PREOP8: '002502120010001', BLOODTYPE: '002502130010001', PATH: '002502200010001', CKMB: '002502070010001',
  ECG: '003107010010001', CXR: '002202010010001', XR_LIMB: '002202020010001', LEG_DOPPLER: '002103010040001', NRS: '003116010010001', CT_HEAD: '002301010010001',
  PURETONE: '003104010010001', IMPED: '003104010020001', ACUP: '004300000010001', EXERCISE: '001218000010001', MRI_HEAD: '002401010010001',
  // drugs
  CEFTRIAXONE: 'XJ01DDT504B002', CEFUROXIME: 'XJ01DCT505B002', PIPTAZO: 'XJ01CRP501B002', MERO: 'XJ01DHM501B002', LEVO_TAB: 'XJ01MAZ501A001', LEVO_INJ: 'XJ01MAZ501B002',
  METRO: 'XJ01XDJ501B002', CEPHALEXIN: 'XJ01DBT501A001', AMOXCLAV: 'XJ01CRA502A001', CEFUROX_TAB: 'XJ01DCT502A001', LINEZOLID: 'XJ01XXL501B002',
  MUPIROCIN: 'XD06AXM509E001', EGF: 'XD03AXC501E001', SSD: 'XD06BAH501E001', NS: 'XB05BBL511B002', GS: 'XB05BAP505B002', LR: 'XB05BBR503B002', ALBUMIN: 'XB05AAR504B002',
  INS_R: 'XA10ABS502B002', INS_ASP: 'XA10ABM504B002', GLARGINE: 'XA10AEG503B002', METFORMIN: 'XA10BAE503A001', ACARBOSE: 'XA10BFA514A001', ASPIRIN: 'XB01ACA509A001',
  ALPROSTADIL: 'XC01EAQ504B002', LMWH: 'XB01ABD502B002', IBUPROFEN: 'XM01AEB502A003', PARACET: 'XN02BED510A001', TRAMADOL: 'XN02AXQ505A003', MORPHINE: 'XN02AAM507B002',
  LIDOCAINE: 'XN01BBL509B002', PROPOFOL: 'XN01AXB503B002', OMEP_INJ: 'XA02BCA515B002', OMEP: 'XA02BCA515A001', DEXA: 'XH02ABD515B002', METHYLPRED: 'XH02ABJ504B002',
  MECOBAL: 'XB03BAJ501A001', EPALRESTAT: 'XA10XAY501A001', GINKGO: 'XN06DXY505B002', ATORVA: 'XC10AAA511A001', AMLODIPINE: 'XC08CAA512A001', KCL: 'XB05XAL512B002',
  ENTERAL: 'XV06DBC501A004', PREDNISONE: 'XH02ABP507A001', HYDROCORT_CREAM: 'XD07ABQ506E001', VITC: 'XA11GAW503A001', COQ10: 'XC01EBF512A001', FUROSEMIDE: 'XC03CAF503A001',
  // consumables
  GAUZE: 'C14020150100001506610000001', DRESSPACK: 'C14020150200001397260000001', TRANSP: 'C14020150300001037150000001', BANDAGE: 'C14020150400001537430000001',
  ALGINATE: 'C14020150700001472160000001', HYDROCOLL: 'C14020150800001472160000001', FOAM: 'C14020150900001583490000001', SILVER: 'C14020151000001694820000001',
  VSDKIT: 'C14040150400001519350000001', NEGDRAIN: 'C14040150300001408220000001', BIO: 'C14020151100001725180000001', IVSET: 'C14010150100001020350000001',
  CANNULA: 'C14010150200001215730000001', SYRINGE: 'C14010150300001156950000001', SUTURE: 'C11010150200001895120000001', GOWN: 'C11010150600001900710000001',
  HEMOSTAT: 'C14100150100001761320000001', STRIP: 'C14060150300001162280000001', O2TUBE: 'C14050150100001832230000001', ANESKIT: 'C11010150800001179070000001',
  ECGPAD: 'C14060150100001436170000001', URCATH: 'C14030150100001569850000001', PAD: 'C14020150500001800390000001',
};
for (const [k, v] of Object.entries(C)) if (!ROW[v]) throw new Error('catalogue row missing: ' + k + ' ' + v);

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const rdate = (from = '2025-02-03', to = '2025-10-20') => add(from, ri(0, diff(from, to)));

// ---------- regions, hospitals, doctors ----------
const REGIONS = ['510100', '510700', '220100', '230100', '370100', '370200'];
const HOSP = {}; const HL = {};
const DEPTS = {
  '01': ['burns', 'wound_care', 'endocrinology', 'general_surgery', 'orthopedics', 'hyperbaric_oxygen', 'emergency', 'plastic_surgery', 'vascular_surgery', 'otolaryngology', 'oncology'],
  '02': ['general_surgery', 'endocrinology', 'orthopedics', 'emergency', 'wound_care', 'hyperbaric_oxygen', 'otolaryngology', 'burns'],
  '03': ['general_practice'],
  '04': ['wound_care'],
  '05': ['wound_care', 'hyperbaric_oxygen', 'general_surgery', 'rehabilitation'],
  '06': ['pharmacy'],
};
const LEVEL = { '01': 3, '02': 2, '03': 1, '04': 1, '05': 2, '06': 1 };
const TITLES = { 3: ['chief', 'vice', 'attending', 'attending'], 2: ['vice', 'attending', 'attending', 'resident'], 1: ['attending', 'resident', 'resident', 'attending'] };
const DOCS = {};
for (const r of REGIONS) {
  for (const s of Object.keys(DEPTS)) {
    const id = 'H' + r + s; const level = LEVEL[s];
    const h = { id, region: r, level, kind: s, priceF: s === '01' ? 1 : [0.95, 0.96, 0.98, 1][ri(0, 3)], depts: DEPTS[s] };
    HOSP[id] = h; (HL[r] = HL[r] || {})[s] = h;
    DEPTS[s].forEach((dep, di) => {
      const list = [];
      const n = s === '01' ? 4 : s === '03' || s === '04' || s === '06' ? 2 : 3;
      for (let k = 0; k < n; k++) list.push({ id: 'D' + r + s + String(di + 1).padStart(2, '0') + (k + 1), title: TITLES[level][k % 4] });
      DOCS[id + '|' + dep] = list;
    });
  }
}
const H = (region, kind) => HL[region][kind];
const doc = (h, dep, k) => { const l = DOCS[h.id + '|' + dep]; if (!l) throw new Error('no dept ' + dep + ' at ' + h.id); return k == null ? pick(l) : l[k % l.length]; };

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  const age = o.age != null ? o.age : ri(35, 80);
  const gender = o.gender || (chance(0.55) ? 'M' : 'F');
  const type = o.type || (chance(0.6) ? 'employee' : 'resident');
  const region = o.region || pick(REGIONS);
  const birth = add(`${2025 - age}-01-01`, ri(0, 200) - 150);
  const retAge = gender === 'M' ? 60 : 55;
  const retired = type === 'employee' && age >= retAge;
  const contrib = type === 'employee' ? Math.max(1, Math.min(age - 20, retired ? Math.max(age - 22, gender === 'M' ? 31 : 26) : age - 22)) : 0;
  const m = {
    insuredId: 'P95' + String(++memberSeq).padStart(6, '0'), gender, birthDate: birth, retired, type, region, age,
    enrollment: type === 'employee'
      ? { enrolledOn: add('2003-01-01', ri(0, 3000)), inConcentratedPeriod: true, continuousYears: Math.min(20, Math.max(2, contrib)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contrib, special: null }
      : { enrolledOn: add('2024-11-01', ri(0, 50)), inConcentratedPeriod: true, continuousYears: ri(3, 12), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: 0, special: null },
  };
  if (age < 18) { m.type = 'resident'; m.retired = false; m.enrollment = { enrolledOn: add('2024-11-01', ri(0, 50)), inConcentratedPeriod: true, continuousYears: Math.min(age, ri(2, 8)) || 1, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: 0, special: null }; }
  if (o.chronic) m.enrollment.chronicDiseases = o.chronic;
  return m;
}

// ---------- items and claims ----------
// I(code, date, qty, {v: allow violation, mut: fraudulent line})
const I = (code, date, qty = 1, o = {}) => ({ code, date, qty, ...o });
const ALL = []; let claimSeq = 0;
function ageOn(m, date) { const b = D(m.birthDate), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }
function claim(o) {
  const { m, h, dep } = o; const dr = o.doc || doc(h, dep);
  const vt = o.vt || 'outpatient';
  const id = `${h.region}-${h.id}-2025-${String(++claimSeq).padStart(6, '0')}`;
  const dx = o.dx;
  const items = []; const perDay = {}; const days = {};
  const start = vt === 'inpatient' ? o.adm : o.date; const end = vt === 'inpatient' ? o.dis : o.date;
  let line = 0;
  for (const s of o.items) {
    const r = ROW[s.code]; if (!r) throw new Error('row ' + s.code);
    if (s.qty <= 0) continue;
    if (s.date < start || s.date > end) throw new Error(`${id} item ${r.name} ${s.date} outside ${start}..${end}`);
    if (!s.v) {
      if (r.setting === 'inpatient' && vt !== 'inpatient') throw new Error(`${id} ${r.name} inpatient-only on ${vt}`);
      if (r.setting === 'outpatient' && vt === 'inpatient') throw new Error(`${id} ${r.name} outpatient-only on inpatient`);
      if (r.minLevel && h.level < r.minLevel) throw new Error(`${id} ${r.name} minLevel ${r.minLevel} at ${h.level}`);
      if (r.gender && r.gender !== m.gender) throw new Error(`${id} ${r.name} gender`);
      const a = ageOn(m, s.date);
      if (r.ageMin != null && a < r.ageMin) throw new Error(`${id} ${r.name} ageMin`);
      if (r.ageMax != null && a > r.ageMax) throw new Error(`${id} ${r.name} ageMax`);
      if (Array.isArray(r.indications) && !dx.some(c => r.indications.some(p => c.startsWith(p)))) throw new Error(`${id} ${r.name} indication ${dx.join(',')}`);
    }
    const k = s.code + '|' + s.date; perDay[k] = (perDay[k] || 0) + s.qty;
    if (!s.v && r.maxPerDay != null && perDay[k] > r.maxPerDay) throw new Error(`${id} ${r.name} maxPerDay ${perDay[k]} on ${s.date}`);
    (days[s.code] = days[s.code] || new Set()).add(s.date);
    if (!s.v && r.maxDays != null && days[s.code].size > r.maxDays) throw new Error(`${id} ${r.name} maxDays`);
    const cap = r.priceCap[String(h.level)];
    const f = s.price != null ? s.price : (r.category === 'drug' || r.category === 'consumable' ? 1 : h.priceF);
    const unitFen = Math.floor(cap * 100 * f + 1e-6);
    items.push({ lineId: String(++line), code: r.code, name: r.name, category: r.category, date: s.date, quantity: s.qty, unitFen, amountFen: Math.round(unitFen * s.qty), mut: !!s.mut, share: r.class === '丙' ? 1 : (r.selfPayShare || 0), cls: r.class });
  }
  items.sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  items.forEach((it, i) => { it.lineId = String(i + 1); });
  const c = {
    _m: m, _h: h, _seq: claimSeq, _settle: end, _items: items,
    claimId: id, region: h.region, insuranceType: m.type, visitType: vt,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: m.enrollment,
    provider: { hospitalId: h.id, level: h.level, department: dep, doctorId: dr.id },
  };
  if (vt === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
  c.diagnoses = dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (vt === 'inpatient') {
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered';
    if (o.from) c.transferFromHospitalId = o.from;
  }
  if (o.insuredRegion && o.insuredRegion !== h.region) c.insuredRegion = o.insuredRegion;
  if (m.region !== h.region && !c.insuredRegion) c.insuredRegion = m.region;
  ALL.push(c);
  return c;
}
const consult = (h, dep, dr, date) => {
  if (dep === 'emergency') return I(C.ER, date);
  if (h.kind === '03') return I(C.GEN, date);
  if (h.level >= 2 && dr.title === 'chief') return I(C.OPD_CHIEF, date);
  if (h.level >= 2 && dr.title === 'vice') return I(C.OPD_VICE, date);
  return I(C.OPD, date);
};
// outpatient visit
function visit(m, h, dep, date, dx, extra, o = {}) {
  const dr = o.doc || doc(h, dep, o.dk);
  return claim({ m, h, dep, doc: dr, vt: o.vt || 'outpatient', date, dx, px: o.px, items: [...(o.noConsult ? [] : [consult(h, dep, dr, date)]), ...extra(date)], insuredRegion: o.insuredRegion });
}
// daily inpatient bundle
function stayItems(adm, dis, o = {}) {
  const n = Math.max(1, diff(adm, dis)); const out = [];
  for (let d = 0; d < n; d++) {
    const dt = add(adm, d);
    const icu = o.icuDays && d < o.icuDays;
    out.push(I(icu ? C.BED_ICU : (o.bed || C.BED3), dt));
    out.push(I(C.INP_EXAM, dt));
    if (icu) out.push(I(C.NURS_SP, dt)); else out.push(I(d < (o.n1 != null ? o.n1 : 3) ? C.NURS1 : (o.nurs || C.NURS2), dt));
  }
  return out;
}
function admitLabs(adm, o = {}) {
  const l = [I(C.DRAW, adm), I(C.CBC, adm), I(C.CRP, adm), I(C.LFT, adm), I(C.RFT, adm), I(C.LYTES, adm), I(C.URINE, adm), I(C.ECG, adm)];
  if (o.coag !== false) l.push(I(C.COAG, adm));
  if (o.dm) l.push(I(C.HBA1C, adm), I(C.FBG, adm));
  if (o.cxr) l.push(I(C.CXR, adm));
  if (o.preop) l.push(I(C.PREOP8, adm), I(C.BLOODTYPE, adm));
  if (o.culture) l.push(I(C.CULTURE, add(adm, o.culture === true ? 0 : o.culture)));
  return l;
}
function ivDays(adm, n, drug, qty, o = {}) { // IV antibiotic course
  const out = [];
  for (let d = o.from || 0; d < (o.from || 0) + n; d++) { const dt = add(adm, d); out.push(I(drug, dt, qty), I(C.NS, dt, 1), I(C.IV1, dt), I(C.IVSET, dt)); }
  return out;
}
function insulinDays(adm, n) { const out = []; for (let d = 0; d < n; d++) { const dt = add(adm, d); out.push(I(C.GLU, dt, 4), I(C.STRIP, dt, 4), I(C.SC, dt, 3)); if (d % 4 === 0) out.push(I(C.INS_ASP, dt, 1)); if (d % 7 === 0) out.push(I(C.GLARGINE, dt, 1)); } return out; }
function surgery(date, code, o = {}) { // one theatre session
  const out = [I(code, date)];
  if (o.ga) { out.push(I(C.GA, date, o.ga), I(C.PROPOFOL, date, 2), I(C.ANESKIT, date), I(C.GOWN, date)); } else { out.push(I(C.LA, date), I(C.LIDOCAINE, date, 2)); }
  if (o.suture) out.push(I(C.SUTURE, date, o.suture));
  return out;
}

// ---------- labels ----------
const LABELS = []; let caseSeq = 0;
function addCase(kind, code, name, claims, targets, o = {}) {
  const claimIds = claims.map(c => c.claimId);
  const t = (targets || claims).map(c => c.claimId);
  const mutatedLines = {};
  if (kind === 'fraud') for (const c of (targets || claims)) { const ml = c._items.filter(i => i.mut).map(i => i.lineId); if (ml.length) mutatedLines[c.claimId] = ml; }
  const l = { caseId: `B95-${String(++caseSeq).padStart(4, '0')}`, kind, code, name, claimIds, targets: kind === 'fraud' ? t : claimIds, mutatedLines };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  if (o.variant) l.variant = o.variant;
  LABELS.push(l);
}

// ======================================================================
// FRAUD TYPOLOGIES
// ======================================================================
const T = {};
const careful = (k) => k % 3 === 2;

// T01 换药升档: small wounds billed as 大换药/特大换药 (串换/超标准)
T.T01 = { name: '换药升档：小创面按大/特大换药计费', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '04'), H(r, '02'), H(r, '03'), H(r, '04')]); const dep = h.depts.includes('wound_care') ? 'wound_care' : h.depts[0];
  const m = member({ region: r, age: ri(22, 70) });
  const dx = pick([['S61.000x001'], ['S91.100'], ['T14.000x011'], ['Z48.000x002'], ['S61.000x002'], ['L02.402']]);
  const big = careful(k) ? C.DRS_L : pick([C.DRS_L, C.DRS_XL]);
  const d0 = rdate(); const n = ri(3, 5); const cs = []; const dr = doc(h, dep);
  for (let v = 0; v < n; v++) { const dt = add(d0, v * ri(2, 3)); cs.push(visit(m, h, dep, dt, dx, (d) => [I(big, d, 1, { mut: true }), I(C.DRESSPACK, d), I(C.GAUZE, d, 1), ...(careful(k) ? [] : [I(C.TRANSP, d)])], { doc: dr })); }
  if (dx[0] === 'Z48.000x002' && chance(0.5)) cs.push(visit(m, h, dep, add(d0, n * 3), dx, (d) => [I(C.STITCH_OUT, d), I(C.DRESSPACK, d)], { doc: dr }));
  return { claims: cs, variant: careful(k) ? 'careful: 换药(大) only, modest consumables' : 'overt' };
} };

// T02 每日换药 with long-wear dressings that stay several days (过度诊疗/虚记)
T.T02 = { name: '长效敷料每日更换计费（泡沫/水胶体/银离子敷料按日计）', fn(k) {
  const r = pick(REGIONS);
  if (k % 2 === 0) { // outpatient daily visits
    const h = pick([H(r, '04'), H(r, '05'), H(r, '02')]); const dep = 'wound_care';
    const m = member({ region: r, age: ri(55, 82) }); const dx = pick([['I83.000'], ['L89.101'], ['I83.200x001'], ['L89.104']]);
    const dr = doc(h, dep); const d0 = rdate(); const n = ri(8, 12); const cs = [];
    const dress = pick([C.FOAM, C.HYDROCOLL, C.SILVER]);
    for (let v = 0; v < n; v++) { const dt = add(d0, v); const mut = v > 0; cs.push(visit(m, h, dep, dt, dx, (d) => [I(C.DRS_M, d, 1, { mut }), I(dress, d, 1, { mut }), I(C.DRESSPACK, d)], { doc: dr, noConsult: v > 0 && v % 3 !== 0 })); }
    return { claims: cs, targets: cs.slice(1), variant: 'outpatient daily visits' };
  }
  const h = pick([H(r, '02'), H(r, '05'), H(r, '01')]); const dep = h.depts.includes('wound_care') ? 'wound_care' : 'general_surgery';
  const m = member({ region: r, age: ri(55, 85) }); const dx = pick([['L89.201', 'I69.300'], ['E11.500x043', 'I10.x00x002'], ['I83.000']]);
  const adm = rdate(); const los = ri(10, 14); const dis = add(adm, los);
  const dress = pick([C.SILVER, C.FOAM]); const it = [...stayItems(adm, dis), ...admitLabs(adm, { dm: dx[0].startsWith('E11') })];
  for (let d = 0; d < los; d++) { const dt = add(adm, d); const mut = d % 4 !== 0; it.push(I(C.DRS_M, dt, 1, { mut: mut && !careful(k) }), I(dress, dt, careful(k) ? 1 : 2, { mut }), I(C.DRESSPACK, dt)); }
  if (dx[0].startsWith('E11')) it.push(...insulinDays(adm, los));
  const c = claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, items: it });
  return { claims: [c], variant: 'inpatient daily premium dressing' };
} };

// T03 清创术 at every dressing change (重复收费/分解收费)
T.T03 = { name: '每次换药均计清创术', fn(k) {
  const r = pick(REGIONS);
  if (k % 2 === 0) {
    const h = pick([H(r, '04'), H(r, '02'), H(r, '05')]); const dep = 'wound_care'; const dr = doc(h, dep);
    const m = member({ region: r, age: ri(50, 80) }); const dx = pick([['E11.500x043'], ['I83.000'], ['L89.201'], ['L97.x00']]);
    const d0 = rdate(); const n = ri(5, 8); const cs = [];
    for (let v = 0; v < n; v++) { const dt = add(d0, v * ri(2, 3)); cs.push(visit(m, h, dep, dt, dx, (d) => [I(C.DEBRIDE, d, 1, { mut: v > 0 }), I(careful(k) ? C.DRS_L : C.DRS_M, d), I(C.LIDOCAINE, d, 1), I(C.GAUZE, d, 2), I(C.DRESSPACK, d)], { doc: dr })); }
    return { claims: cs, targets: cs.slice(1), variant: careful(k) ? 'outpatient, with 换药(大) to avoid the 清创含换药 bundle' : 'outpatient' };
  }
  const h = pick([H(r, '02'), H(r, '01'), H(r, '05')]); const dep = h.depts.includes('wound_care') ? 'wound_care' : 'general_surgery';
  const m = member({ region: r, age: ri(50, 82), chronic: ['E11'] }); const dx = ['E11.500x043', 'L03.109', 'I10.x00x002'];
  const adm = rdate(); const los = ri(10, 14); const dis = add(adm, los);
  const it = [...stayItems(adm, dis), ...admitLabs(adm, { dm: true, culture: true }), ...ivDays(adm, Math.min(los, 10), C.CEFUROXIME, 3), ...insulinDays(adm, los), I(C.LEG_DOPPLER, add(adm, 1)), I(C.XR_LIMB, add(adm, 1))];
  const step = careful(k) ? 2 : 1;
  for (let d = 1; d < los; d++) { const dt = add(adm, d); it.push(I(C.DRS_M, dt), I(C.GAUZE, dt, 2)); if (d === 1) it.push(...surgery(dt, C.DEBRIDE)); else if ((d - 1) % step === 0) it.push(I(C.DEBRIDE, dt, 1, { mut: true })); }
  const c = claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px: [['86.2201', add(adm, 1)]], items: it });
  return { claims: [c], variant: careful(k) ? 'inpatient, 清创术 every other day, one coded' : 'inpatient, 清创术 daily, one coded' };
} };

// T04 VSD kits billed more often than changed
T.T04 = { name: 'VSD敷料套件计费次数多于实际更换', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02')]); const dep = pick(['wound_care', 'orthopedics', 'general_surgery']);
  const m = member({ region: r, age: ri(30, 78) });
  const dxo = pick([['E11.500x043', 'L03.109'], ['S81.800x083', 'T79.300x001'], ['L89.301'], ['T81.406']]);
  const dm = dxo[0].startsWith('E11'); const adm = rdate(); const los = ri(14, 18); const dis = add(adm, los);
  const it = [...stayItems(adm, dis), ...admitLabs(adm, { dm, culture: true, preop: true }), ...ivDays(adm, 10, h.level >= 2 ? C.PIPTAZO : C.CEFUROXIME, 3)];
  if (dm) it.push(...insulinDays(adm, los));
  const vsdDays = [2, 9]; const px = [];
  for (const d of vsdDays) { const dt = add(adm, d); it.push(...surgery(dt, C.VSD, { ga: 1 }), I(C.DEBRIDE, dt), I(C.VSDKIT, dt, careful(k) ? 2 : 1, { mut: careful(k) }), I(C.NEGDRAIN, dt)); px.push(['86.2201', dt], ['86.0401', dt]); }
  if (!careful(k)) for (const d of [4, 6, 11, 13]) { if (d < los) it.push(I(C.VSDKIT, add(adm, d), 1, { mut: true })); }
  for (let d = 0; d < los; d++) if (d < 2 || d > 15) it.push(I(C.DRS_M, add(adm, d)));
  const c = claim({ m, h, dep, vt: 'inpatient', adm, dis, dx: dxo, px, items: it });
  return { claims: [c], variant: careful(k) ? 'careful: two kits on each change day' : 'extra kits on non-change days' };
} };

// T05 VSD per-day fee with no device
T.T05 = { name: '负压引流按日计费而无器械/无操作', fn(k) {
  const r = pick(REGIONS);
  if (k % 3 === 1) { // outpatient clinic
    const h = pick([H(r, '04'), H(r, '05')]); const dep = 'wound_care'; const dr = doc(h, dep);
    const m = member({ region: r, age: ri(45, 80) }); const dx = pick([['E11.500x043'], ['I83.000'], ['L89.201']]);
    const d0 = rdate(); const n = ri(4, 6); const cs = [];
    for (let v = 0; v < n; v++) { const dt = add(d0, v * 2); cs.push(visit(m, h, dep, dt, dx, (d) => [I(C.VSD, d, 1, { mut: true }), I(C.DRS_M, d), I(C.GAUZE, d, 2), I(C.DRESSPACK, d)], { doc: dr })); }
    return { claims: cs, variant: 'outpatient VSD fee each visit, no kit' };
  }
  const h = pick([H(r, '02'), H(r, '05'), H(r, '01')]); const dep = h.depts.includes('wound_care') ? 'wound_care' : 'general_surgery';
  const m = member({ region: r, age: ri(45, 82) }); const dx = pick([['E11.500x043', 'I10.x00x002'], ['L89.201'], ['T79.300x001']]);
  const dm = dx[0].startsWith('E11'); const adm = rdate(); const los = ri(9, 13); const dis = add(adm, los);
  const it = [...stayItems(adm, dis), ...admitLabs(adm, { dm }), ...ivDays(adm, 7, C.CEFUROXIME, 3)];
  if (dm) it.push(...insulinDays(adm, los));
  const px = []; const first = 2;
  if (!careful(k)) { it.push(I(C.VSDKIT, add(adm, first)), I(C.NEGDRAIN, add(adm, first))); px.push(['86.0401', add(adm, first)]); }
  for (let d = first; d < los; d += careful(k) ? 2 : 1) it.push(I(C.VSD, add(adm, d), 1, { mut: careful(k) || d > first }));
  const c = claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px, items: it });
  return { claims: [c], variant: careful(k) ? 'every other day, no kit, nothing coded' : 'daily after one real placement' };
} };

// T06 premium dressings billed for clean minor wounds (串换: gauze used)
T.T06 = { name: '清洁小创面计高价敷料（实用普通纱布）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '04'), H(r, '04'), H(r, '02'), H(r, '05')]); const dep = 'wound_care'; const dr = doc(h, dep);
  const m = member({ region: r, age: ri(20, 75) });
  const dx = pick([['Z48.000x002'], ['T14.000x011'], ['S61.000x001'], ['Z48.000x001']]);
  const prem = careful(k) ? [C.FOAM] : pick([[C.SILVER, C.ALGINATE], [C.SILVER], [C.SILVER, C.FOAM]]);
  const d0 = rdate(); const n = ri(3, 5); const cs = [];
  for (let v = 0; v < n; v++) { const dt = add(d0, v * ri(2, 4)); cs.push(visit(m, h, dep, dt, dx, (d) => [I(C.DRS_S, d), ...prem.map(p => I(p, d, 1, { mut: true })), I(C.DRESSPACK, d)], { doc: dr })); }
  return { claims: cs, variant: careful(k) ? 'foam dressing only' : 'silver/alginate' };
} };

// T07 burn area coded larger than recorded (高套)
T.T07 = { name: '烧伤面积高编（T31编码大于换药记录面积）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02')]); const dep = 'burns';
  const m = member({ region: r, age: ri(18, 70) });
  const real = careful(k) ? ri(14, 18) : ri(6, 11);
  const coded = careful(k) ? pick(['T31.300', 'T31.400']) : pick(['T31.200', 'T31.300', 'T31.400']);
  const site = pick([['T24.200x003', 'T22.200x002'], ['T21.200x042', 'T22.200x002'], ['T24.200x004', 'T25.200x003']]);
  const dx = [pick(['T29.200x001', site[0]]), coded, ...site.slice(1)];
  const adm = rdate(); const los = ri(8, 12); const dis = add(adm, los);
  const it = [...stayItems(adm, dis, { bed: C.BED_BURN }), ...admitLabs(adm, { culture: 2 }), I(C.ALB, adm)];
  for (let d = 0; d < los; d++) { const dt = add(adm, d); if (d % (d < 4 ? 1 : 2) === 0) it.push(I(C.DRS_BURN, dt, real), I(C.GAUZE, dt, Math.ceil(real / 3))); if (d < 4) it.push(I(C.SSD, dt, 1)); }
  it.push(...ivDays(adm, 5, C.CEFUROXIME, 3), I(C.LR, adm, 3), I(C.LR, add(adm, 1), 2), I(C.EGF, add(adm, 3), 1));
  if (!careful(k)) it.push(I(C.ALBUMIN, add(adm, 1), 1));
  const c = claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, items: it, route: 'emergency' });
  return { claims: [c], variant: careful(k) ? `careful: ${real}% dressed, coded ${coded}` : `${real}% dressed, coded ${coded}` };
} };

// T08 HBO for indications it does not serve (亚健康/美容/康复套餐)
T.T08 = { name: '高压氧用于非适应症（亚健康、美容、康复套餐）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '05'), H(r, '05'), H(r, '02')]); const dep = 'hyperbaric_oxygen'; const dr = doc(h, dep);
  const m = member({ region: r, age: ri(35, 72) });
  const dx = careful(k) ? pick([['I69.300'], ['I69.400'], ['I10.x00x002', 'I69.300']]) : pick([['R53.x00'], ['Z73.000'], ['L90.500x009'], ['L91.000'], ['I10.x00x002', 'R53.x00']]);
  const d0 = rdate(); const n = ri(6, 9); const cs = [];
  for (let v = 0; v < n; v++) { const dt = add(d0, v + Math.floor(v / 5) * 2); cs.push(visit(m, h, dep, dt, dx, (d) => [I(C.HBO, d, 1, { mut: true }), ...(careful(k) && v % 2 === 0 ? [I(C.ACUP, d)] : [])], { doc: dr, noConsult: v > 0 })); }
  return { claims: cs, variant: careful(k) ? 'chronic stroke sequelae rehab package' : 'sub-health / cosmetic' };
} };

// T09 HBO sessions more than given / on days the member was elsewhere
T.T09 = { name: '高压氧虚计次数（住院期间另院门诊、同日两院、慢性病每日两次）', fn(k) {
  const r = pick(REGIONS); const v = k % 3;
  if (v === 0) { // outpatient HBO at B while inpatient at A
    const hA = H(r, '01'); const hB = H(r, '05'); const m = member({ region: r, age: ri(45, 78) });
    const adm = rdate(); const los = ri(9, 12); const dis = add(adm, los);
    const dxA = pick([['E11.500x043', 'I10.x00x002'], ['L03.107'], ['T79.300x001']]); const depA = dxA[0].startsWith('E11') ? 'endocrinology' : 'general_surgery';
    const itA = [...stayItems(adm, dis), ...admitLabs(adm, { dm: dxA[0].startsWith('E11') }), ...ivDays(adm, 7, C.CEFUROXIME, 3)];
    if (dxA[0].startsWith('E11')) itA.push(...insulinDays(adm, los));
    for (let d = 1; d < los; d += 2) itA.push(I(C.DRS_M, add(adm, d)));
    const cA = claim({ m, h: hA, dep: depA, vt: 'inpatient', adm, dis, dx: dxA, items: itA });
    const drB = doc(hB, 'hyperbaric_oxygen'); const cs = [];
    for (let d = 2; d < los - 1; d += ri(1, 2)) cs.push(visit(m, hB, 'hyperbaric_oxygen', add(adm, d), pick([['H91.200x001'], ['I69.300']]), (dt) => [I(C.HBO, dt, 1, { mut: true })], { doc: drB, noConsult: d > 2 }));
    return { claims: [cA, ...cs], targets: cs, variant: 'outpatient HBO at another hospital during an inpatient stay' };
  }
  if (v === 1) { // same day at two hospitals
    const hA = H(r, '02'); const hB = H(r, '05'); const m = member({ region: r, age: ri(40, 75) }); const dx = ['H91.200x001'];
    const d0 = rdate(); const cs = []; const tg = [];
    const drA = doc(hA, 'hyperbaric_oxygen'), drB = doc(hB, 'hyperbaric_oxygen');
    for (let d = 0; d < ri(5, 7); d++) { const dt = add(d0, d); cs.push(visit(m, hA, 'hyperbaric_oxygen', dt, dx, (x) => [I(C.HBO, x, 1)], { doc: drA, noConsult: d > 0 })); if (d % 2 === 0) { const c = visit(m, hB, 'hyperbaric_oxygen', dt, dx, (x) => [I(C.HBO, x, 1, { mut: true })], { doc: drB, noConsult: d > 0 }); cs.push(c); tg.push(c); } }
    return { claims: cs, targets: tg, variant: 'the same session billed at a second hospital the same day' };
  }
  const h = pick([H(r, '02'), H(r, '05')]); const dep = h.depts.includes('hyperbaric_oxygen') ? 'hyperbaric_oxygen' : 'wound_care';
  const m = member({ region: r, age: ri(50, 80) }); const dx = pick([['E11.500x043', 'I10.x00x002'], ['H91.200x001'], ['I69.300', 'I10.x00x002']]);
  const adm = rdate(); const los = ri(12, 15); const dis = add(adm, los);
  const it = [...stayItems(adm, dis), ...admitLabs(adm, { dm: dx[0].startsWith('E11') })];
  if (dx[0].startsWith('E11')) it.push(...insulinDays(adm, los));
  if (dx[0] === 'H91.200x001') it.push(I(C.PURETONE, adm), I(C.PURETONE, add(adm, los - 1)));
  for (let d = 1; d < los; d++) it.push(I(C.HBO, add(adm, d), 2, { mut: true }));
  const c = claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px: [['93.9500', add(adm, 1)]], items: it });
  return { claims: [c], variant: 'two sessions a day every day on a chronic indication' };
} };

// T10 挂床 in a wound ward / clinic bed
T.T10 = { name: '创面病房挂床住院（住院日无诊疗）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '05'), H(r, '03'), H(r, '02')]); const dep = h.kind === '03' ? 'general_practice' : (h.depts.includes('wound_care') ? 'wound_care' : 'general_surgery');
  const m = member({ region: r, age: ri(60, 86), type: chance(0.6) ? 'resident' : 'employee' });
  const dx = pick([['L89.101'], ['I83.000'], ['L89.104'], ['E11.500x043'], ['L97.x00']]);
  const adm = rdate(); const los = ri(11, 16); const dis = add(adm, los);
  const it = [...stayItems(adm, dis, { n1: 0, nurs: C.NURS3 }), I(C.DRAW, adm), I(C.CBC, adm), I(C.FBG, adm)];
  for (let d = 1; d < los; d += ri(3, 4)) it.push(I(C.DRS_S, add(adm, d)), I(C.GAUZE, add(adm, d)));
  if (careful(k)) for (let d = 0; d < los; d++) it.push(I(C.MECOBAL, add(adm, d), 3), I(C.GLU, add(adm, d), 1));
  const c = claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, items: it });
  return { claims: [c], variant: careful(k) ? 'careful: daily oral tablet and a glucose check make every day look active' : 'overt' };
} };

// T11 分解住院
T.T11 = { name: '分解住院（同院同病出院后短期再入院）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02'), H(r, '05')]);
  const m = member({ region: r, age: ri(50, 82), chronic: ['E11'] });
  const kind = pick(['dfu', 'pu', 'burn']);
  const dx1 = kind === 'dfu' ? ['E11.500x043', 'L03.109', 'I10.x00x002'] : kind === 'pu' ? ['L89.201', 'I69.300'] : ['T24.200x004', 'T31.000'];
  const dep1 = kind === 'burn' && h.depts.includes('burns') ? 'burns' : (h.depts.includes('wound_care') ? 'wound_care' : 'general_surgery');
  const dep2 = careful(k) ? (kind === 'dfu' && h.depts.includes('endocrinology') ? 'endocrinology' : 'general_surgery') : dep1;
  const dx2 = careful(k) ? (kind === 'dfu' ? ['E11.503', 'L03.109'] : kind === 'pu' ? ['L89.200', 'I69.300'] : ['T24.200x003', 'T31.000']) : dx1;
  const adm1 = rdate('2025-02-03', '2025-09-30'); const los1 = ri(8, 11); const dis1 = add(adm1, los1);
  const adm2 = add(dis1, ri(1, 6)); const los2 = ri(7, 10); const dis2 = add(adm2, los2);
  const mk = (adm, dis, dx, dep, first) => {
    const los = diff(adm, dis); const dm = dx[0].startsWith('E11');
    const it = [...stayItems(adm, dis, { bed: dx[0].startsWith('T') && h.depts.includes('burns') ? C.BED_BURN : C.BED3 }), ...admitLabs(adm, { dm })];
    if (dm) it.push(...insulinDays(adm, los));
    it.push(...ivDays(adm, Math.min(7, los - 1), C.CEFUROXIME, 3));
    for (let d = 1; d < los; d += 2) it.push(dx[0].startsWith('T') ? I(C.DRS_BURN, add(adm, d), 4) : I(C.DRS_M, add(adm, d)), I(C.GAUZE, add(adm, d), 2));
    const px = [];
    if (first) { it.push(...surgery(add(adm, 2), C.DEBRIDE)); px.push(['86.2201', add(adm, 2)]); }
    return claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px, items: it });
  };
  const c1 = mk(adm1, dis1, dx1, dep1, true); const c2 = mk(adm2, dis2, dx2, dep2, false);
  return { claims: [c1, c2], targets: [c1, c2], variant: careful(k) ? 'careful: second stay in another department with a sibling code' : 'same department, same codes' };
} };

// T12 work or traffic injury billed to the fund
T.T12 = { name: '工伤/交通事故伤创面治疗由医保基金支付', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02')]);
  const m = member({ region: r, age: ri(24, 55), gender: chance(0.8) ? 'M' : 'F', type: 'employee' });
  const v = k % 3;
  const inj = pick([['S61.902'], ['S67.800', 'S61.700'], ['S91.300x002'], ['T23.600x003'], ['T75.400', 'T23.300x003'], ['S81.800x011']]);
  const ext = v === 0 ? [pick(['W31.x00', 'W23.x00', 'W24.x00']), 'Y96.x00'] : v === 1 ? [pick(['V23.x00', 'V43.x00', 'V87.000'])] : [];
  const dx = [...inj, ...ext];
  const dep = inj[0].startsWith('T2') || inj[0] === 'T75.400' ? (h.depts.includes('burns') ? 'burns' : 'general_surgery') : (h.level === 3 ? pick(['orthopedics', 'plastic_surgery']) : 'orthopedics');
  const adm = rdate(); const los = ri(12, 20); const dis = add(adm, los);
  const it = [...stayItems(adm, dis), ...admitLabs(adm, { preop: true }), I(C.XR_LIMB, adm), ...ivDays(adm, 7, C.CEFUROXIME, 3)];
  const px = [['86.2201', adm]]; it.push(...surgery(adm, C.DEBRIDE, { ga: 2, suture: 2 }));
  const d2 = add(adm, 5); it.push(...surgery(d2, C.VSD, { ga: 1 }), I(C.VSDKIT, d2), I(C.NEGDRAIN, d2)); px.push(['86.0401', d2]);
  const d3 = add(adm, 11); it.push(...surgery(d3, C.GRAFT, { ga: 2 })); px.push([inj[0].startsWith('S6') || inj[0].startsWith('T23') ? '86.6201' : '86.6906', d3]);
  for (let d = 12; d < los; d += 2) it.push(I(C.DRS_M, add(adm, d)));
  const c = claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px, items: it, route: 'emergency' });
  return { claims: [c], variant: v === 0 ? 'work injury, Y96 coded' : v === 1 ? 'traffic injury, V code' : 'careful: no external cause coded, occupational injury pattern only' };
} };

// T13 冒名就医: the card used after the holder's death, or by another person the same day elsewhere
T.T13 = { name: '冒名就医（参保人死亡后或同日异地持卡换药取药）', fn(k) {
  const r = pick(REGIONS);
  if (k % 2 === 0) {
    const hA = H(r, '01'); const m = member({ region: r, age: ri(68, 90), chronic: ['E11'] });
    const adm = rdate('2025-02-03', '2025-08-31'); const los = ri(6, 14); const dis = add(adm, los);
    const dx = pick([['A41.900', 'E11.500x044'], ['L89.301', 'J18.900', 'E11.900'], ['E11.500x044', 'I50.900']]);
    const it = [...stayItems(adm, dis, { icuDays: 2 }), ...admitLabs(adm, { dm: true, cxr: true, culture: true }), I(C.PCT, adm), ...ivDays(adm, los, C.MERO, 3)];
    for (let d = 0; d < los; d += 2) it.push(I(C.DRS_L, add(adm, d)), I(C.GAUZE, add(adm, d), 3));
    const cA = claim({ m, h: hA, dep: pick(['endocrinology', 'general_surgery']), vt: 'inpatient', adm, dis, dx, items: it, route: 'emergency', mode: 'death' });
    const hB = pick([H(r, '04'), H(r, '02'), H(r, '06')]); const cs = [];
    const n = ri(1, 3);
    for (let v = 0; v < n; v++) {
      const dt = add(dis, ri(6, 25) + v * 14);
      if (hB.kind === '06') cs.push(claim({ m, h: hB, dep: 'pharmacy', vt: 'pharmacy', date: dt, dx: ['E11.500x043'], items: [I(C.EGF, dt, 2), I(C.SILVER, dt, 2), I(C.INS_ASP, dt, 2)] }));
      else cs.push(visit(m, hB, 'wound_care', dt, ['E11.500x043'], (d) => [I(C.DRS_M, d), I(C.SILVER, d, 1), I(C.EGF, d, 1), I(C.DRESSPACK, d)]));
    }
    return { claims: [cA, ...cs], targets: cs, variant: 'claims after the holder died in hospital' };
  }
  const r2 = pick(REGIONS.filter(x => x.slice(0, 2) !== r.slice(0, 2)));
  const m = member({ region: r, age: ri(30, 70) }); const hA = H(r, '02'); const hB = H(r2, '04');
  const d0 = rdate(); const cs = []; const tg = [];
  const drA = doc(hA, 'wound_care');
  for (let v = 0; v < 3; v++) { const dt = add(d0, v * 3); cs.push(visit(m, hA, 'wound_care', dt, ['I83.000'], (d) => [I(C.DRS_M, d), I(C.FOAM, d), I(C.BANDAGE, d)], { doc: drA })); }
  for (let v = 0; v < 2; v++) { const dt = add(d0, v * 3 + (v === 0 ? 0 : 3)); const c = visit(m, hB, 'wound_care', dt, ['E11.500x043'], (d) => [I(C.DEBRIDE, d), I(C.DRS_L, d), I(C.SILVER, d, 2), I(C.EGF, d, 1)], { insuredRegion: r }); cs.push(c); tg.push(c); }
  return { claims: cs, targets: tg, variant: 'same-day dressings in two provinces, different wounds' };
} };

// T14 超量开药/倒卖: growth factor and silver cream in bulk, across hospitals
T.T14 = { name: '生长因子/磺胺嘧啶银超量开药（多院轮流开药倒卖）', fn(k) {
  const r = pick(REGIONS); const m = member({ region: r, age: ri(30, 75) });
  const hs = [H(r, '01'), H(r, '02'), H(r, '03'), H(r, '06')];
  const dx = pick([['T23.200x003'], ['S81.800x083'], ['E11.500x043'], ['L89.101'], ['T24.200x004']]);
  const d0 = rdate('2025-02-03', '2025-08-31'); const n = ri(4, 6); const cs = [];
  for (let v = 0; v < n; v++) {
    const h = hs[(v + k) % hs.length]; const dt = add(d0, v * ri(5, 9));
    const qE = careful(k) ? ri(5, 7) : ri(10, 20); const qS = careful(k) ? ri(4, 6) : ri(10, 20);
    if (h.kind === '06') cs.push(claim({ m, h, dep: 'pharmacy', vt: 'pharmacy', date: dt, dx, items: [I(C.EGF, dt, qE, { mut: true }), I(C.SSD, dt, qS, { mut: true })] }));
    else { const dep = h.kind === '03' ? 'general_practice' : h.depts.includes('wound_care') ? 'wound_care' : 'general_surgery'; cs.push(visit(m, h, dep, dt, dx, (d) => [I(C.EGF, d, qE, { mut: true }), I(C.SSD, d, qS, { mut: true }), I(C.DRS_S, d)])); }
  }
  return { claims: cs, variant: careful(k) ? 'careful: a month\'s supply each time, but weekly at rotating institutions' : 'bulk quantities' };
} };

// T15 诱导就医/低标准入院: batches of residents admitted together for dressing + HBO packages
T.T15 = { name: '诱导批量低标准入院（同日同医生、同样换药+高压氧套餐）', fn(k) {
  const r = pick(REGIONS); const h = H(r, '05'); const dep = pick(['wound_care', 'hyperbaric_oxygen']); const dr = doc(h, dep);
  const adm = rdate(); const los = careful(k) ? null : ri(7, 9); const n = ri(4, 6); const cs = [];
  for (let p = 0; p < n; p++) {
    const m = member({ region: r, age: ri(62, 84), type: 'resident' });
    const a = careful(k) ? add(adm, ri(0, 2)) : adm; const l = los || ri(6, 10); const dis = add(a, l);
    const dx = careful(k) ? [pick(['L89.001', 'I87.201', 'E11.900', 'L89.004'])] : [pick(['L89.001', 'I87.201'])];
    const it = [...stayItems(a, dis, { n1: 0, nurs: C.NURS3 }), I(C.DRAW, a), I(C.CBC, a), I(C.FBG, a), I(C.ECG, a)];
    for (let d = 1; d < l; d++) { const dt = add(a, d); it.push(I(C.HBO, dt), I(C.DRS_M, dt), I(C.HYDROCOLL, dt)); }
    cs.push(claim({ m, h, dep, doc: dr, vt: 'inpatient', adm: a, dis, dx, items: it, px: [['93.9500', add(a, 1)]] }));
  }
  return { claims: cs, variant: careful(k) ? 'careful: admissions staggered over three days, mixed codes' : 'same day, same length, same codes' };
} };

// ======================================================================
// CONTROLS (legitimate look-alikes)
// ======================================================================
const K = {};
K.C01 = { name: '大面积创面按大/特大换药（多处开放伤、切口裂开、脱套伤）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02')]); const dep = pick(['wound_care', 'general_surgery']); const dr = doc(h, dep);
  const m = member({ region: r, age: ri(25, 80) });
  const [dx, size] = pick([[['S81.700'], C.DRS_L], [['T81.406', 'T81.400x012'], C.DRS_L], [['S91.300x002'], C.DRS_XL], [['L89.308', 'G82.200'], C.DRS_XL], [['S81.901'], C.DRS_XL]]);
  const d0 = rdate(); const n = ri(4, 6); const cs = [];
  for (let v = 0; v < n; v++) { const dt = add(d0, v * ri(2, 3)); cs.push(visit(m, h, dep, dt, dx, (d) => [I(size, d), I(C.GAUZE, d, ri(3, 5)), I(C.DRESSPACK, d), I(C.BANDAGE, d, 2), ...(v === 0 ? [I(C.CULTURE, d)] : [])], { doc: dr })); }
  return { claims: cs };
} };
K.C02 = { name: '感染创面每日换药（纱布湿敷/填塞）', fn(k) {
  const r = pick(REGIONS); const m = member({ region: r, age: ri(20, 80) });
  if (k % 2 === 0) {
    const h = pick([H(r, '02'), H(r, '03'), H(r, '01')]); const dep = h.kind === '03' ? 'general_practice' : (h.depts.includes('wound_care') ? 'wound_care' : 'general_surgery'); const dr = doc(h, dep);
    const dx = pick([['L02.402'], ['T79.300x001'], ['T81.406']]); const d0 = rdate(); const cs = [];
    cs.push(visit(m, h, dep, d0, dx, (d) => [I(C.ABSCESS, d), I(C.LIDOCAINE, d), I(C.GAUZE, d, 3), I(C.CBC, d), I(C.DRAW, d), I(C.CEPHALEXIN, d, 24)], { doc: dr }));
    const n = ri(6, 9); for (let v = 1; v <= n; v++) cs.push(visit(m, h, dep, add(d0, v), dx, (d) => [I(C.DRS_M, d), I(C.GAUZE, d, 2), I(C.DRESSPACK, d)], { doc: dr, noConsult: v % 3 !== 0 }));
    return { claims: cs };
  }
  const h = pick([H(r, '01'), H(r, '02')]); const dep = 'general_surgery'; const dx = pick([['T81.406', 'T81.400x012'], ['L03.107', 'L02.402'], ['T79.300x001']]);
  const adm = rdate(); const los = ri(8, 12); const dis = add(adm, los);
  const it = [...stayItems(adm, dis), ...admitLabs(adm, { culture: true }), ...ivDays(adm, Math.min(10, los), C.CEFUROXIME, 3)];
  for (let d = 0; d < los; d++) it.push(I(C.DRS_M, add(adm, d)), I(C.GAUZE, add(adm, d), 3), I(C.DRESSPACK, add(adm, d)));
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, items: it })] };
} };
K.C03 = { name: '长效敷料按3–4天更换的门诊系列（静脉性溃疡、压疮、糖尿病足）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02'), H(r, '04')]); const dep = 'wound_care'; const dr = doc(h, dep);
  const m = member({ region: r, age: ri(50, 85), chronic: ['E11'] });
  const dx = pick([['I83.000'], ['L89.101'], ['E11.500x043'], ['I83.200x001']]); const dress = pick([C.FOAM, C.HYDROCOLL, C.SILVER, C.ALGINATE]);
  const d0 = rdate('2025-02-03', '2025-09-01'); const n = ri(8, 12); const cs = [];
  for (let v = 0; v < n; v++) { const dt = add(d0, v * ri(3, 4)); cs.push(visit(m, h, dep, dt, dx, (d) => [I(C.DRS_M, d), I(dress, d), I(C.DRESSPACK, d), ...(dx[0].startsWith('I83') ? [I(C.BANDAGE, d, 2)] : [])], { doc: dr, noConsult: v % 4 !== 0 })); }
  return { claims: cs };
} };
K.C04 = { name: '深度糖尿病足分次清创（编码与收费一致）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02')]); const dep = pick(['wound_care', 'endocrinology', 'vascular_surgery'].filter(d => h.depts.includes(d)));
  const m = member({ region: r, age: ri(48, 80), chronic: ['E11'] }); const dx = pick([['E11.500x044', 'L03.109', 'I70.203'], ['E11.700x031', 'M86.607'], ['E11.500x043', 'L03.109']]);
  const adm = rdate(); const los = ri(16, 22); const dis = add(adm, los);
  const it = [...stayItems(adm, dis), ...admitLabs(adm, { dm: true, culture: true, preop: true }), I(C.LEG_DOPPLER, add(adm, 1)), I(C.XR_LIMB, add(adm, 1)), ...ivDays(adm, 12, C.PIPTAZO, 3), ...insulinDays(adm, los), I(C.ALB, adm), I(C.PREALB, adm), I(C.NRS, adm)];
  const px = []; for (const d of [1, 6, 12]) { const dt = add(adm, d); it.push(...surgery(dt, C.DEBRIDE, { ga: d === 1 ? 1 : 0 })); px.push(['86.2201', dt]); it.push(I(C.CULTURE, dt)); }
  for (let d = 2; d < los; d++) if (![6, 12].includes(d)) it.push(I(C.DRS_L, add(adm, d)), I(C.GAUZE, add(adm, d), 3));
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px, items: it })] };
} };
K.C05 = { name: '糖尿病足/深部感染创面多次VSD更换（每5–7天一次）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02')]); const dep = pick(['wound_care', 'orthopedics', 'general_surgery'].filter(d => h.depts.includes(d)));
  const m = member({ region: r, age: ri(40, 80) }); const dx = pick([['E11.500x043', 'L03.109'], ['M72.600'], ['L89.301', 'G82.200'], ['E11.500x044', 'I70.203']]);
  const dm = dx[0].startsWith('E11'); const nv = ri(3, 4); const adm = rdate(); const los = 3 + nv * 6 + ri(1, 3); const dis = add(adm, los);
  const it = [...stayItems(adm, dis), ...admitLabs(adm, { dm, culture: true, preop: true }), ...ivDays(adm, 14, h.level === 3 ? C.PIPTAZO : C.CEFUROXIME, 3), I(C.ALB, adm)];
  if (dm) it.push(...insulinDays(adm, los));
  const px = [];
  for (let v = 0; v < nv; v++) { const dt = add(adm, 2 + v * 6); it.push(...surgery(dt, C.VSD, { ga: 1 }), I(C.VSDKIT, dt), I(C.NEGDRAIN, dt)); if (v === 0) { it.push(I(C.DEBRIDE, dt)); px.push(['86.2201', dt]); } px.push(['86.0401', dt]); }
  for (let d = 3 + (nv - 1) * 6 + 3; d < los; d++) it.push(I(C.DRS_M, add(adm, d)));
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px, items: it })] };
} };
K.C06 = { name: '开放性骨折软组织缺损：VSD后皮瓣修复', fn(k) {
  const r = pick(REGIONS); const h = H(r, '01'); const dep = 'orthopedics';
  const m = member({ region: r, age: ri(20, 65) }); const dx = pick([['S81.800x011', 'V23.x00'], ['S91.300x811', 'W19.x00'], ['S81.800x011', 'W17.x00'], ['S61.800x011', 'X59.x00']].map(a => a.filter(c => !/^[VWX]/.test(c))));
  const adm = rdate(); const los = ri(18, 24); const dis = add(adm, los);
  const it = [...stayItems(adm, dis), ...admitLabs(adm, { preop: true, culture: true }), I(C.XR_LIMB, adm, 2), ...ivDays(adm, 10, C.CEFUROXIME, 3)];
  const px = [['86.2201', adm]]; it.push(...surgery(adm, C.DEBRIDE, { ga: 2 }), I(C.VSDKIT, adm), I(C.NEGDRAIN, adm), I(C.VSD, adm)); px.push(['86.0401', adm]);
  const d2 = add(adm, 6); it.push(...surgery(d2, C.VSD, { ga: 1 }), I(C.VSDKIT, d2), I(C.NEGDRAIN, d2)); px.push(['86.0401', d2]);
  const d3 = add(adm, 12); it.push(...surgery(d3, C.FLAP, { ga: 3 }), I(C.HEMOSTAT, d3)); px.push(['86.7400x026', d3]);
  for (let d = 13; d < los; d += 2) it.push(I(C.DRS_M, add(adm, d)));
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px, items: it, route: 'emergency' })] };
} };
K.C07 = { name: '感染创面使用银离子敷料（有细菌培养）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02'), H(r, '04')]); const dep = 'wound_care'; const dr = doc(h, dep);
  const m = member({ region: r, age: ri(40, 82) }); const dx = pick([['E11.500x043', 'L03.109'], ['T79.300x001'], ['L89.201', 'L08.900'], ['T24.200x004', 'T31.000']]);
  const d0 = rdate(); const n = ri(4, 7); const cs = [];
  for (let v = 0; v < n; v++) { const dt = add(d0, v * ri(2, 3)); cs.push(visit(m, h, dep, dt, dx, (d) => [I(dx[0].startsWith('T24') ? C.DRS_BURN : C.DRS_M, d, dx[0].startsWith('T24') ? 3 : 1), I(C.SILVER, d), I(C.DRESSPACK, d), ...(v === 0 ? [I(C.CULTURE, d), I(C.CRP, d), I(C.DRAW, d)] : []), ...(v === 0 && !dx[0].startsWith('T') ? [I(C.AMOXCLAV, d, 21)] : [])], { doc: dr })); }
  return { claims: cs };
} };
K.C08 = { name: '大面积烧伤分期植皮（烧伤换药面积与T31一致）', fn(k) {
  const r = pick(REGIONS); const h = H(r, '01'); const dep = 'burns';
  const m = member({ region: r, age: ri(18, 65) }); const tb = ri(35, 55); const t31 = 'T31.' + Math.floor(tb / 10) + '00';
  const dx = ['T29.300x001', t31, 'T21.300x021', 'T24.300x003', 'T22.200x002'];
  const adm = rdate('2025-02-03', '2025-08-31'); const los = ri(30, 42); const dis = add(adm, los);
  const it = [...stayItems(adm, dis, { bed: C.BED_BURN, icuDays: 5 }), ...admitLabs(adm, { culture: true, preop: true, cxr: true }), I(C.ABG, adm), I(C.ABG, add(adm, 1)), I(C.ALB, adm)];
  for (let d = 0; d < 5; d++) it.push(I(C.ICU, add(adm, d), 24), I(C.ECGMON, add(adm, d), 24), I(C.SPO2, add(adm, d), 24));
  for (let d = 0; d < 3; d++) it.push(I(C.LR, add(adm, d), 8), I(C.ALBUMIN, add(adm, d), 2));
  it.push(...ivDays(adm, 14, C.PIPTAZO, 3));
  const px = [['86.0901', adm]]; it.push(...surgery(adm, C.DEBRIDE, { ga: 1 }));
  const grafts = [6, 16, 26].filter(d => d < los - 3);
  for (const d of grafts) { const dt = add(adm, d); it.push(...surgery(dt, C.GRAFT, { ga: 3 }), I(C.DEBRIDE, dt), I(C.BIO, dt, 2), I(C.HEMOSTAT, dt, 2)); px.push(['86.2202', dt], [pick(['86.6906', '86.6904', '86.6905']), dt]); }
  for (let d = 1; d < los; d++) { const dt = add(adm, d); if (grafts.includes(d)) continue; const area = Math.max(5, Math.round(tb * (1 - d / (los + 10)))); it.push(I(C.DRS_BURN, dt, area), I(C.GAUZE, dt, Math.min(10, Math.ceil(area / 5)))); if (d < 10) it.push(I(C.SSD, dt, 2)); }
  it.push(I(C.EGF, add(adm, 20), 2));
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px, items: it, route: 'emergency' })] };
} };
K.C09 = { name: '急性一氧化碳中毒高压氧（急性期每日2次）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02')]); const dep = pick(['emergency', 'hyperbaric_oxygen']);
  const m = member({ region: r, age: ri(18, 80) }); const dx = ['T58.x00'];
  const adm = rdate('2025-02-03', '2025-03-31'); const los = ri(8, 12); const dis = add(adm, los);
  const it = [...stayItems(adm, dis), ...admitLabs(adm, { cxr: true }), I(C.ABG, adm), I(C.ABG, add(adm, 1)), I(C.CKMB, adm), I(C.CT_HEAD, adm), I(C.O2, adm, 12), I(C.O2TUBE, adm)];
  for (let d = 0; d < los - 1; d++) it.push(I(C.HBO, add(adm, d), d < 3 ? 2 : 1));
  for (let d = 0; d < 3; d++) it.push(I(C.NS, add(adm, d), 1));
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px: [['93.9500', adm]], items: it, route: 'emergency' })] };
} };
K.C10 = { name: '放射性损伤高压氧疗程（放射性膀胱炎/直肠炎/皮肤溃疡）', fn(k) {
  const r = pick(REGIONS); const h = H(r, '01');
  const m = member({ region: r, age: ri(45, 75), gender: chance(0.6) ? 'F' : 'M' });
  const dx = pick([['N30.400', 'Z92.300'], ['K62.700', 'Z92.300'], ['L58.101', 'Z92.300']]);
  if (k % 2 === 0) {
    const dr = doc(h, 'hyperbaric_oxygen'); const d0 = rdate(); const cs = [];
    for (let v = 0; v < ri(8, 10); v++) { const dt = add(d0, v + Math.floor(v / 5) * 2); cs.push(visit(m, h, 'hyperbaric_oxygen', dt, dx, (d) => [I(C.HBO, d), ...(v === 0 ? [I(C.URINE, d)] : [])], { doc: dr, noConsult: v % 5 !== 0 })); }
    return { claims: cs };
  }
  const adm = rdate(); const los = ri(12, 16); const dis = add(adm, los);
  const it = [...stayItems(adm, dis, { n1: 0 }), ...admitLabs(adm, {})];
  for (let d = 1; d < los; d++) it.push(I(C.HBO, add(adm, d)));
  return { claims: [claim({ m, h, dep: 'hyperbaric_oxygen', vt: 'inpatient', adm, dis, dx, px: [['93.9500', add(adm, 1)]], items: it })] };
} };
K.C11 = { name: '突发性聋住院高压氧+激素', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02')]); const dep = 'otolaryngology';
  const m = member({ region: r, age: ri(25, 65) }); const dx = ['H91.200x001'];
  const adm = rdate(); const los = ri(9, 12); const dis = add(adm, los);
  const it = [...stayItems(adm, dis, { n1: 0 }), ...admitLabs(adm, { coag: true }), I(C.PURETONE, adm), I(C.IMPED, adm), I(C.PURETONE, add(adm, los - 1)), I(C.MRI_HEAD, add(adm, 1))];
  for (let d = 0; d < los; d++) { const dt = add(adm, d); if (d < 5) it.push(I(C.METHYLPRED, dt, 1), I(C.NS, dt), I(C.IV1, dt)); if (d < 10) it.push(I(C.GINKGO, dt, 2), I(C.IVADD, dt)); if (d >= 1) it.push(I(C.HBO, dt)); it.push(I(C.MECOBAL, dt, 3)); }
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px: [['93.9500', add(adm, 1)]], items: it })] };
} };
K.C12 = { name: '糖尿病足（Wagner 3级/骨髓炎）高压氧辅助治疗', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02')]); const dep = h.depts.includes('wound_care') ? 'wound_care' : 'endocrinology';
  const m = member({ region: r, age: ri(45, 78), chronic: ['E11'] }); const dx = pick([['E11.500x044', 'M86.607'], ['E11.500x043', 'M86.607', 'I70.203'], ['E11.700x031']]);
  const adm = rdate(); const los = ri(16, 21); const dis = add(adm, los);
  const it = [...stayItems(adm, dis), ...admitLabs(adm, { dm: true, culture: true, preop: true }), I(C.XR_LIMB, adm), I(C.LEG_DOPPLER, add(adm, 1)), ...insulinDays(adm, los), ...ivDays(adm, 14, C.PIPTAZO, 3)];
  const px = [['86.2201', add(adm, 2)]]; it.push(...surgery(add(adm, 2), C.DEBRIDE, { ga: 1 }));
  for (let d = 3; d < Math.min(los, 17); d++) it.push(I(C.HBO, add(adm, d)));
  px.push(['93.9500', add(adm, 3)]);
  for (let d = 3; d < los; d += 2) it.push(I(C.DRS_L, add(adm, d)), I(C.ALGINATE, add(adm, d)));
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px, items: it })] };
} };
K.C13 = { name: '家庭病床压疮换药（巡诊日换药，非巡诊日无收费）', fn(k) {
  const r = pick(REGIONS); const h = H(r, '03'); const dep = 'general_practice';
  const m = member({ region: r, age: ri(70, 92), type: chance(0.5) ? 'resident' : 'employee' }); const dx = pick([['L89.201', 'I69.300'], ['L89.101', 'G30.900'], ['L89.208', 'G82.200']]);
  const adm = rdate('2025-02-03', '2025-09-01'); const los = ri(26, 34); const dis = add(adm, los);
  const it = [I(C.HOME_BUILD, adm), I(C.DRAW, adm), I(C.CBC, adm), I(C.ALB, adm)];
  for (let d = 0; d < los; d += ri(3, 4)) { const dt = add(adm, d); it.push(I(C.HOME_VISIT, dt), I(C.DRS_M, dt), I(C.FOAM, dt), I(C.DRESSPACK, dt)); }
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, items: it, route: 'other' })] };
} };
K.C14 = { name: 'Ⅳ期压疮住院清创+VSD+皮瓣', fn(k) {
  const r = pick(REGIONS); const h = H(r, '01'); const dep = pick(['plastic_surgery', 'wound_care']);
  const m = member({ region: r, age: ri(35, 85) }); const dx = pick([['L89.301', 'G82.200'], ['L89.302', 'I69.300'], ['L89.304', 'G82.500']]);
  const adm = rdate(); const los = ri(22, 30); const dis = add(adm, los);
  const it = [...stayItems(adm, dis), ...admitLabs(adm, { culture: true, preop: true }), I(C.ALB, adm), I(C.PREALB, adm), I(C.NRS, adm), ...ivDays(adm, 10, C.CEFUROXIME, 3)];
  const px = []; const d1 = add(adm, 2); it.push(...surgery(d1, C.DEBRIDE, { ga: 1 }), I(C.VSD, d1), I(C.VSDKIT, d1), I(C.NEGDRAIN, d1)); px.push(['86.2201', d1], ['86.0401', d1]);
  const d2 = add(adm, 9); it.push(...surgery(d2, C.VSD, { ga: 1 }), I(C.VSDKIT, d2), I(C.NEGDRAIN, d2)); px.push(['86.0401', d2]);
  const d3 = add(adm, 16); it.push(...surgery(d3, C.FLAP, { ga: 3 }), I(C.HEMOSTAT, d3)); px.push(['86.7400x026', d3]);
  for (let d = 0; d < 2; d++) it.push(I(C.DRS_L, add(adm, d)));
  for (let d = 17; d < los; d += 2) it.push(I(C.DRS_M, add(adm, d)));
  for (let d = 0; d < los; d += 2) it.push(I(C.ENTERAL, add(adm, d), 2));
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px, items: it })] };
} };
K.C15 = { name: '病情加重同日上转（二级医院转三级医院）', fn(k) {
  const r = pick(REGIONS); const hA = H(r, '02'); const hB = H(r, '01');
  const m = member({ region: r, age: ri(50, 82), chronic: ['E11'] }); const dx = ['E11.500x044', 'L03.109', 'I70.203'];
  const adm = rdate(); const los1 = ri(3, 6); const dis1 = add(adm, los1);
  const it1 = [...stayItems(adm, dis1), ...admitLabs(adm, { dm: true, culture: true }), ...insulinDays(adm, los1), ...ivDays(adm, los1, C.CEFUROXIME, 3)];
  for (let d = 0; d < los1; d++) it1.push(I(C.DRS_M, add(adm, d)));
  const c1 = claim({ m, h: hA, dep: 'endocrinology', vt: 'inpatient', adm, dis: dis1, dx, items: it1, mode: 'transfer' });
  const los2 = ri(14, 20); const dis2 = add(dis1, los2);
  const it2 = [...stayItems(dis1, dis2, { icuDays: 1 }), ...admitLabs(dis1, { dm: true, culture: true, preop: true }), I(C.PCT, dis1), I(C.LEG_DOPPLER, dis1), ...insulinDays(dis1, los2), ...ivDays(dis1, 12, C.MERO, 3)];
  const px = []; const d1 = add(dis1, 1); it2.push(...surgery(d1, C.DEBRIDE, { ga: 1 })); px.push(['86.2201', d1]);
  const d2 = add(dis1, 4); it2.push(...surgery(d2, C.PTA, { ga: 0 })); px.push(['39.5000x031', d2]);
  for (let d = 5; d < los2; d += 2) it2.push(I(C.DRS_L, add(dis1, d)));
  const c2 = claim({ m, h: hB, dep: 'vascular_surgery', vt: 'inpatient', adm: dis1, dis: dis2, dx, px, items: it2, route: 'transfer', from: hA.id });
  return { claims: [c1, c2] };
} };
K.C16 = { name: '居家烫伤/火灾烧伤（非工伤，外因编码为家中热液/火焰）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02')]); const dep = 'burns';
  const child = k % 2 === 0; const m = member({ region: r, age: child ? ri(1, 9) : ri(65, 88) });
  const dx = child ? [pick(['T24.200x004', 'T22.200x002', 'T21.200']), 'T31.000', 'X12.x00'] : [pick(['T24.200x003', 'T25.200x003']), 'T31.100', pick(['X12.x00', 'X19.x00', 'X00.x00'])];
  const area = child ? ri(4, 8) : ri(10, 14); const adm = rdate(); const los = ri(7, 12); const dis = add(adm, los);
  const it = [...stayItems(adm, dis, { bed: C.BED_BURN }), ...admitLabs(adm, { coag: false })];
  for (let d = 0; d < los; d += (d < 4 ? 1 : 2)) it.push(I(C.DRS_BURN, add(adm, d), area), I(C.GAUZE, add(adm, d), 2));
  for (let d = 0; d < 4; d++) it.push(I(C.SSD, add(adm, d), 1));
  it.push(I(C.EGF, add(adm, 4), 1));
  if (!child) it.push(I(C.IBUPROFEN, adm, 6));
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, items: it, route: 'emergency' })] };
} };
K.C17 = { name: '大面积烧伤出院后门诊随访（生长因子/磺胺嘧啶银用量与残余创面相称）', fn(k) {
  const r = pick(REGIONS); const h = H(r, '01'); const dep = 'burns'; const dr = doc(h, dep);
  const m = member({ region: r, age: ri(20, 65) }); const dx = ['T29.300x001', 'T31.300'];
  const d0 = rdate('2025-02-03', '2025-09-01'); const cs = [];
  for (let v = 0; v < ri(3, 4); v++) { const dt = add(d0, v * 14); cs.push(visit(m, h, dep, dt, dx, (d) => [I(C.DRS_BURN, d, ri(12, 20) - v * 3), I(C.EGF, d, ri(4, 6)), I(C.SSD, d, ri(5, 8)), I(C.GAUZE, d, 3)], { doc: dr })); }
  return { claims: cs };
} };
K.C18 = { name: '群体烧伤事件同日批量入院（面积、病程各异）', fn(k) {
  const r = pick(REGIONS); const h = H(r, '01'); const dep = 'burns'; const adm = rdate(); const n = ri(3, 5); const cs = [];
  const cause = pick(['X00.x00', 'W40.x00', 'X09.x00']);
  for (let p = 0; p < n; p++) {
    const m = member({ region: r, age: ri(18, 70) }); const tb = pick([6, 9, 14, 22, 31, 45]); const t31 = 'T31.' + Math.floor(tb / 10) + '00';
    const dx = [tb >= 10 ? 'T29.200x001' : 'T22.200x002', t31, ...(tb >= 30 ? ['T21.300x021'] : [])].concat(cause ? [cause] : []);
    const los = tb >= 30 ? ri(24, 32) : tb >= 14 ? ri(12, 18) : ri(5, 9); const dis = add(adm, los);
    const it = [...stayItems(adm, dis, { bed: C.BED_BURN, icuDays: tb >= 30 ? 3 : 0 }), ...admitLabs(adm, { culture: tb >= 14, cxr: true }), I(C.ABG, adm)];
    if (tb >= 30) for (let d = 0; d < 3; d++) it.push(I(C.ICU, add(adm, d), 24), I(C.LR, add(adm, d), 6), I(C.ALBUMIN, add(adm, d), 2));
    for (let d = 0; d < los; d += (d < 5 ? 1 : 2)) it.push(I(C.DRS_BURN, add(adm, d), Math.max(3, Math.round(tb * (1 - d / (los + 5))))), I(C.GAUZE, add(adm, d), Math.ceil(tb / 6)));
    const px = [];
    if (tb >= 14) { const dt = add(adm, 7); it.push(...surgery(dt, C.GRAFT, { ga: 2 }), I(C.DEBRIDE, dt)); px.push(['86.2202', dt], ['86.6906', dt]); it.push(...ivDays(adm, 7, C.CEFUROXIME, 3)); }
    cs.push(claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px, items: it, route: 'emergency' }));
  }
  return { claims: cs };
} };
K.C19 = { name: '住院死亡（此前门诊换药，死亡后无任何就诊）', fn(k) {
  const r = pick(REGIONS); const m = member({ region: r, age: ri(70, 92), chronic: ['E11'] }); const cs = [];
  const hC = H(r, '02'); const dr = doc(hC, 'wound_care'); const d0 = rdate('2025-02-03', '2025-08-31');
  for (let v = 0; v < ri(2, 4); v++) cs.push(visit(m, hC, 'wound_care', add(d0, v * 4), ['E11.500x043'], (d) => [I(C.DRS_M, d), I(C.SILVER, d), I(C.DRESSPACK, d)], { doc: dr }));
  const hA = H(r, '01'); const adm = add(d0, 16); const los = ri(5, 12); const dis = add(adm, los);
  const dx = ['A41.900', 'E11.500x044', 'L03.109'];
  const it = [...stayItems(adm, dis, { icuDays: 3 }), ...admitLabs(adm, { dm: true, culture: true, cxr: true }), I(C.PCT, adm), ...ivDays(adm, los, C.MERO, 3), ...insulinDays(adm, los)];
  for (let d = 0; d < 3; d++) it.push(I(C.ICU, add(adm, d), 24));
  for (let d = 0; d < los; d += 2) it.push(I(C.DRS_L, add(adm, d)));
  cs.push(claim({ m, h: hA, dep: 'endocrinology', vt: 'inpatient', adm, dis, dx, items: it, route: 'emergency', mode: 'death' }));
  return { claims: cs };
} };
K.C20 = { name: '儿童小面积烫伤短期住院（面积与编码一致）', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '02'), H(r, '01')]); const dep = 'burns';
  const m = member({ region: r, age: ri(1, 8) }); const dx = [pick(['T24.200x004', 'T22.200x002', 'T21.200', 'T20.200x002']), 'T31.000', 'X12.x00'];
  const adm = rdate(); const los = ri(4, 7); const dis = add(adm, los); const area = ri(3, 8);
  const it = [...stayItems(adm, dis, { bed: C.BED_BURN }), I(C.DRAW, adm), I(C.CBC, adm), I(C.CRP, adm)];
  for (let d = 0; d < los; d++) it.push(I(C.DRS_BURN, add(adm, d), area), I(C.GAUZE, add(adm, d), 1));
  for (let d = 0; d < Math.min(4, los); d++) it.push(I(C.SSD, add(adm, d), 1));
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, items: it, route: 'emergency' })] };
} };
K.C21 = { name: '计划性二期修复再入院（间隔≥3周，瘢痕松解/植皮）', fn(k) {
  const r = pick(REGIONS); const h = H(r, '01'); const m = member({ region: r, age: ri(20, 65) });
  const burn = k % 2 === 0; const dep = burn ? 'burns' : 'plastic_surgery';
  const dx1 = burn ? ['T24.300x003', 'T31.100'] : ['S81.800x011'];
  const adm1 = rdate('2025-02-03', '2025-07-31'); const los1 = ri(12, 18); const dis1 = add(adm1, los1);
  const it1 = [...stayItems(adm1, dis1, { bed: burn ? C.BED_BURN : C.BED3 }), ...admitLabs(adm1, { preop: true, culture: true }), ...ivDays(adm1, 7, C.CEFUROXIME, 3)];
  const px1 = [[burn ? '86.2202' : '86.2201', add(adm1, 1)], ['86.0401', add(adm1, 1)]];
  it1.push(...surgery(add(adm1, 1), C.DEBRIDE, { ga: 2 }), I(C.VSD, add(adm1, 1)), I(C.VSDKIT, add(adm1, 1)), I(C.NEGDRAIN, add(adm1, 1)));
  it1.push(...surgery(add(adm1, 8), C.GRAFT, { ga: 2 })); px1.push(['86.6906', add(adm1, 8)]);
  for (let d = 9; d < los1; d += 2) it1.push(burn ? I(C.DRS_BURN, add(adm1, d), 6) : I(C.DRS_M, add(adm1, d)));
  const c1 = claim({ m, h, dep, vt: 'inpatient', adm: adm1, dis: dis1, dx: dx1, px: px1, items: it1, route: 'emergency' });
  const adm2 = add(dis1, ri(22, 40)); const los2 = ri(7, 10); const dis2 = add(adm2, los2);
  const dx2 = ['L90.502', 'T95.300'].filter(c => c !== 'T95.300');
  const it2 = [...stayItems(adm2, dis2), ...admitLabs(adm2, { preop: true }), ...surgery(add(adm2, 1), C.GRAFT, { ga: 2 }), I(C.DRS_M, add(adm2, 4)), I(C.DRS_M, add(adm2, 6))];
  const c2 = claim({ m, h, dep: 'plastic_surgery', vt: 'inpatient', adm: adm2, dis: dis2, dx: dx2, px: [['86.8401', add(adm2, 1)], ['86.6906', add(adm2, 1)]], items: it2 });
  return { claims: [c1, c2] };
} };
K.C22 = { name: '急诊清创缝合后换药、拆线', fn(k) {
  const r = pick(REGIONS); const h = pick([H(r, '01'), H(r, '02')]); const m = member({ region: r, age: ri(8, 70) });
  const dx = pick([['S61.000x001'], ['S81.800x083'], ['S91.303'], ['S61.901']]); const d0 = rdate(); const cs = [];
  cs.push(visit(m, h, 'emergency', d0, dx, (d) => [I(C.DEBRIDE, d), I(C.LA, d), I(C.LIDOCAINE, d, 2), I(C.SUTURE, d, 1), I(C.DRESSPACK, d), I(C.XR_LIMB, d)]));
  const dep = h.depts.includes('wound_care') ? 'wound_care' : 'general_surgery'; const dr = doc(h, dep);
  cs.push(visit(m, h, dep, add(d0, 2), dx, (d) => [I(C.DRS_S, d), I(C.DRESSPACK, d)], { doc: dr }));
  if (chance(0.5)) cs.push(visit(m, h, dep, add(d0, 5), dx, (d) => [I(C.DRS_S, d), I(C.DRESSPACK, d)], { doc: dr }));
  cs.push(visit(m, h, dep, add(d0, ri(9, 12)), dx, (d) => [I(C.STITCH_OUT, d), I(C.DRESSPACK, d)], { doc: dr }));
  return { claims: cs };
} };
K.C23 = { name: '坏死性筋膜炎一周内多次手术清创（ICU）', fn(k) {
  const r = pick(REGIONS); const h = H(r, '01'); const dep = 'general_surgery';
  const m = member({ region: r, age: ri(40, 75), chronic: ['E11'] }); const dx = ['M72.600', 'A41.900', 'E11.900'];
  const adm = rdate(); const los = ri(18, 26); const dis = add(adm, los);
  const it = [...stayItems(adm, dis, { icuDays: 4 }), ...admitLabs(adm, { dm: true, culture: true, preop: true, cxr: true }), I(C.PCT, adm), I(C.PCT, add(adm, 3)), ...ivDays(adm, 14, C.MERO, 3), ...insulinDays(adm, los)];
  for (let d = 0; d < 4; d++) it.push(I(C.ICU, add(adm, d), 24), I(C.ECGMON, add(adm, d), 24));
  const px = [];
  for (const d of [0, 2, 5]) { const dt = add(adm, d); it.push(...surgery(dt, C.DEBRIDE, { ga: 2 }), I(C.GAUZE, dt, 8)); px.push([d === 0 ? '83.4501' : '86.2201', dt]); }
  const dv = add(adm, 8); it.push(...surgery(dv, C.VSD, { ga: 1 }), I(C.VSDKIT, dv), I(C.NEGDRAIN, dv)); px.push(['86.0401', dv]);
  for (let d = 1; d < 8; d++) if (![2, 5].includes(d)) it.push(I(C.DRS_XL, add(adm, d)), I(C.GAUZE, add(adm, d), 6));
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, px, items: it, route: 'emergency' })] };
} };
K.C24 = { name: '一级医院糖尿病足低费用住院（有真实治疗）', fn(k) {
  const r = pick(REGIONS); const h = H(r, '03'); const dep = 'general_practice';
  const m = member({ region: r, age: ri(60, 85), type: chance(0.6) ? 'resident' : 'employee', chronic: ['E11'] }); const dx = ['E11.500x043', 'L03.109'];
  const adm = rdate(); const los = ri(8, 12); const dis = add(adm, los);
  const it = [...stayItems(adm, dis, { n1: 2 }), ...admitLabs(adm, { dm: true }), ...insulinDays(adm, los), ...ivDays(adm, 7, C.CEFUROXIME, 3)];
  for (let d = 0; d < los; d++) it.push(I(C.DRS_M, add(adm, d)), I(C.GAUZE, add(adm, d), 2));
  return { claims: [claim({ m, h, dep, vt: 'inpatient', adm, dis, dx, items: it })] };
} };

// ======================================================================
// ROUTINE single claims
// ======================================================================
function routine(i) {
  const r = pick(REGIONS); const t = i % 11; let m;
  switch (t) {
    case 0: { const h = pick([H(r, '02'), H(r, '03'), H(r, '01')]); const dep = h.kind === '03' ? 'general_practice' : 'general_surgery'; m = member({ region: r, age: ri(20, 80) });
      return visit(m, h, dep, rdate(), ['Z48.000x002'], (d) => [I(C.DRS_S, d), I(C.DRESSPACK, d)]); }
    case 1: { const h = pick([H(r, '02'), H(r, '03')]); const dep = h.kind === '03' ? 'general_practice' : 'general_surgery'; m = member({ region: r, age: ri(15, 80) });
      return visit(m, h, dep, rdate(), ['Z48.000x001'], (d) => [I(C.STITCH_OUT, d), I(C.DRESSPACK, d)]); }
    case 2: { const h = pick([H(r, '01'), H(r, '02')]); m = member({ region: r, age: ri(18, 70) });
      return visit(m, h, 'general_surgery', rdate(), ['L02.402'], (d) => [I(C.ABSCESS, d), I(C.LIDOCAINE, d), I(C.GAUZE, d, 2), I(C.DRESSPACK, d), I(C.CEPHALEXIN, d, 24)]); }
    case 3: { const h = pick([H(r, '01'), H(r, '02')]); m = member({ region: r, age: ri(3, 70) });
      return visit(m, h, 'burns', rdate(), [pick(['T23.200x003', 'T24.200x004', 'T22.200x002']), 'T31.000'], (d) => [I(C.DRS_BURN, d, ri(1, 3)), I(C.SSD, d, 1), I(C.GAUZE, d, 1)]); }
    case 4: { const h = pick([H(r, '01'), H(r, '02')]); m = member({ region: r, age: ri(45, 80), chronic: ['E11'] });
      return visit(m, h, 'endocrinology', rdate(), ['E11.900'], (d) => [I(C.HBA1C, d), I(C.DRAW, d), I(C.METFORMIN, d, 90), I(C.ACARBOSE, d, 60)], { vt: 'chronic' }); }
    case 5: { const h = pick([H(r, '01'), H(r, '02'), H(r, '04')]); m = member({ region: r, age: ri(50, 80) });
      return visit(m, h, 'wound_care', rdate(), ['I83.000'], (d) => [I(C.DRS_M, d), I(C.HYDROCOLL, d), I(C.BANDAGE, d, 2)]); }
    case 6: { const h = pick([H(r, '01'), H(r, '02')]); m = member({ region: r, age: ri(30, 85) }); const adm = rdate(); const los = ri(5, 8); const dis = add(adm, los);
      const it = [...stayItems(adm, dis), ...admitLabs(adm, {}), ...ivDays(adm, los - 1, C.CEFUROXIME, 3)]; for (let d = 1; d < los; d += 2) it.push(I(C.DRS_M, add(adm, d)));
      return claim({ m, h, dep: 'general_surgery', vt: 'inpatient', adm, dis, dx: ['L03.107'], items: it }); }
    case 7: { const h = pick([H(r, '01'), H(r, '02')]); m = member({ region: r, age: ri(20, 65) }); const adm = rdate(); const los = ri(8, 12); const dis = add(adm, los);
      const it = [...stayItems(adm, dis), ...admitLabs(adm, { preop: true }), ...surgery(add(adm, 1), C.DEBRIDE, { ga: 1 }), ...surgery(add(adm, 5), C.GRAFT, { ga: 2 }), ...ivDays(adm, 5, C.CEFUROXIME, 3)];
      for (let d = 6; d < los; d += 2) it.push(I(C.DRS_M, add(adm, d)));
      return claim({ m, h, dep: h.depts.includes('plastic_surgery') ? 'plastic_surgery' : 'orthopedics', vt: 'inpatient', adm, dis, dx: ['S81.800x083'], px: [['86.2201', add(adm, 1)], ['86.6906', add(adm, 5)]], items: it, route: 'emergency' }); }
    case 8: { const h = pick([H(r, '01'), H(r, '02')]); m = member({ region: r, age: ri(5, 75) });
      return visit(m, h, 'emergency', rdate(), [pick(['S61.000x001', 'S01.800', 'S81.800x083'])], (d) => [I(C.DEBRIDE, d), I(C.LA, d), I(C.LIDOCAINE, d), I(C.SUTURE, d), I(C.DRESSPACK, d)]); }
    case 9: { const h = pick([H(r, '01'), H(r, '02')]); m = member({ region: r, age: ri(20, 75) });
      return visit(m, h, 'emergency', rdate('2025-02-03', '2025-03-20'), ['T58.x00'], (d) => [I(C.HBO, d), I(C.ABG, d), I(C.O2, d, 3), I(C.ECG, d)]); }
    default: { const h = H(r, '06'); m = member({ region: r, age: ri(20, 75) }); const d = rdate();
      return claim({ m, h, dep: 'pharmacy', vt: 'pharmacy', date: d, dx: [pick(['T14.000x011', 'L08.900'])], items: [I(C.MUPIROCIN, d, 1), I(C.GAUZE, d, 2), I(C.TRANSP, d, 4)] }); }
  }
}

// ======================================================================
// build
// ======================================================================
for (const [code, t] of Object.entries(T)) for (let k = 0; k < 15; k++) { const r = t.fn(k); addCase('fraud', code, t.name, r.claims, r.targets, { variant: r.variant }); }
for (const [code, t] of Object.entries(K)) for (let k = 0; k < 15; k++) { const r = t.fn(k); addCase('control', code, t.name, r.claims, null); }
for (let i = 0; i < 100; i++) { const c = routine(i); addCase('routine', 'R', '常规单次结算', [c], null); }

// benefit figures (rules/benefits/policies.json of the frozen build, 2025 defaults; money in yuan)
const POL = {
  '22': { employee: { inpatient: { ded: [200, 500, 900], ratio: [0.9, 0.85, 0.8], bonus: 0.05, max: 0.95, cap: 200000 } }, resident: { inpatient: { ded: [200, 500, 1000], ratio: [0.8, 0.7, 0.6], bonus: 0, max: 0.8, cap: 150000 } } },
  '23': { employee: { inpatient: { ded: [200, 500, 1000], ratio: [0.9, 0.85, 0.8], bonus: 0.05, max: 0.95, cap: 200000 } }, resident: { inpatient: { ded: [200, 500, 1000], ratio: [0.8, 0.7, 0.6], bonus: 0, max: 0.8, cap: 150000 } } },
  '37': { employee: { inpatient: { ded: [300, 600, 1000], ratio: [0.9, 0.85, 0.8], bonus: 0.05, max: 0.95, cap: 250000 } }, resident: { inpatient: { ded: [300, 600, 1000], ratio: [0.8, 0.7, 0.6], bonus: 0, max: 0.8, cap: 180000 } } },
  '51': { employee: { inpatient: { ded: [200, 500, 1000], ratio: [0.9, 0.85, 0.8], bonus: 0.05, max: 0.95, cap: 250000, later: 0.5 } }, resident: { inpatient: { ded: [200, 600, 1100], ratio: [0.8, 0.7, 0.6], bonus: 0, max: 0.8, cap: 160000, later: 0.5 } } },
};
const OUTP = {
  employee: { outpatient: { ded: 1000, ratio: [0.7, 0.6, 0.5], bonus: 0.1, cap: 3000 }, chronic: { ded: 0, ratio: [0.85, 0.85, 0.8], bonus: 0.05, cap: 10000 }, pharmacy: { ded: 1000, ratio: [0.6, 0.6, 0.6], bonus: 0.1, cap: 3000 } },
  resident: { outpatient: { ded: 0, ratio: [0.6, 0.5, 0.5], bonus: 0, cap: 400 }, chronic: { ded: 0, ratio: [0.7, 0.65, 0.6], bonus: 0, cap: 5000 }, pharmacy: { ded: 0, ratio: [0.5, 0.5, 0.5], bonus: 0, cap: 400 } },
};
let groups = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); groups[g.claimId] = g.grouping && g.grouping.drg; }
ALL.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq));
const state = {};
const yuan = (f) => Math.round(f) / 100;
const outLines = [];
for (const c of ALL) {
  const m = c._m; const lvl = c.provider.level; const ins = c.insuredRegion || c.region; const prov = ins.slice(0, 2);
  const st = state[m.insuredId] || (state[m.insuredId] = { admissions: 0, inCap: 0, out: {} });
  let total = 0, policy = 0;
  for (const it of c._items) { total += it.amountFen; policy += Math.round(it.amountFen * (1 - it.share)); }
  let fund = 0;
  if (c.visitType === 'inpatient') {
    const p = POL[prov][m.type].inpatient; let ded = p.ded[lvl - 1] * 100; if (p.later && st.admissions > 0) ded = Math.round(ded * p.later); st.admissions++;
    const ratio = Math.min(p.max, p.ratio[lvl - 1] + (m.retired ? p.bonus : 0));
    fund = Math.floor(Math.max(0, policy - ded) * ratio); fund = Math.min(fund, p.cap * 100 - st.inCap); st.inCap += fund;
  } else {
    const p = OUTP[m.type][c.visitType]; const b = st.out[c.visitType] || (st.out[c.visitType] = { dedLeft: p.ded * 100, used: 0 });
    let cap = p.cap * 100; if (m.type === 'resident' && c.visitType === 'outpatient' && ins === '510100') cap = 50000;
    const apply = Math.min(b.dedLeft, policy); b.dedLeft -= apply;
    const ratio = p.ratio[lvl - 1] + (m.retired ? p.bonus : 0);
    fund = Math.floor((policy - apply) * ratio); fund = Math.max(0, Math.min(fund, cap - b.used)); b.used += fund;
  }
  const o = {};
  for (const k of Object.keys(c)) if (!k.startsWith('_')) o[k] = c[k];
  if (c.visitType === 'inpatient') o.reportedGroup = { drg: groups[c.claimId] || null, dip: null };
  o.items = c._items.map(it => ({ lineId: it.lineId, code: it.code, name: it.name, category: it.category, date: it.date, quantity: it.quantity, unitPrice: it.unitFen / 100, amount: it.amountFen / 100 }));
  o.amounts = { total: yuan(total), policy: yuan(policy), fundClaimed: yuan(fund) };
  // key order: put reportedGroup before items as in CONTRACTS
  const ordered = {}; for (const k of ['claimId', 'region', 'insuranceType', 'visitType', 'patient', 'enrollment', 'provider', 'admissionDate', 'dischargeDate', 'visitDate', 'admissionRoute', 'dischargeMode', 'transferFromHospitalId', 'insuredRegion', 'diagnoses', 'procedures', 'reportedGroup', 'items', 'amounts']) if (o[k] !== undefined) ordered[k] = o[k];
  outLines.push(JSON.stringify(ordered));
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), outLines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`blind95: ${ALL.length} claims, ${LABELS.length} cases (${LABELS.filter(l => l.kind === 'fraud').length} fraud, ${LABELS.filter(l => l.kind === 'control').length} control, ${LABELS.filter(l => l.kind === 'routine').length} routine)${GROUPS ? ', groups ' + Object.keys(groups).length : ''}`);
