#!/usr/bin/env node
// blind124 — the careful fraudster, in every setting. Generator (plain node, seeded, deterministic).
// usage: node make-cases.js <outdir> [--catalogue <dir>] [--chs <dir>] [--policies <file>] [--groups <groups.ndjson>]
'use strict';
const fs = require('fs');
const path = require('path');

const argv = process.argv.slice(2);
const OUT = argv[0];
if (!OUT) throw new Error('usage: make-cases.js <outdir> [--catalogue dir] [--groups file]');
function opt(name, def) { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : def; }
const CAT = opt('--catalogue', '/work/wt/base123/rules/catalogue');
const CHS = opt('--chs', '/work/shared/chs-drg-1.1');
const POL = opt('--policies', path.join(CAT, '..', 'benefits', 'policies.json'));
const GROUPS = opt('--groups', null);

// ---------- reference data ----------
const ROWS = {};
for (const f of fs.readdirSync(CAT).filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  if (Array.isArray(j.rows)) for (const r of j.rows) if (r.code && r.priceCap) ROWS[r.code] = r;
}
const DX = JSON.parse(fs.readFileSync(path.join(CHS, 'diagnoses.json'), 'utf8'));
const PR = JSON.parse(fs.readFileSync(path.join(CHS, 'procedures.json'), 'utf8'));
const POLICIES = JSON.parse(fs.readFileSync(POL, 'utf8'));
const GROUPMAP = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n').filter(Boolean)) { const g = JSON.parse(l); GROUPMAP[g.claimId] = g.drg; }

// ---------- RNG ----------
let seed = 1240124;
function rnd() { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const addDays = (d, n) => iso(Date.parse(d + 'T00:00:00Z') + n * 86400000);
const dayOf = (doy) => iso(D0 + (doy - 1) * 86400000);
const diffDays = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
function ageAt(birth, d) { const b = new Date(birth), x = new Date(d); let a = x.getUTCFullYear() - b.getUTCFullYear(); if (x.getUTCMonth() < b.getUTCMonth() || (x.getUTCMonth() === b.getUTCMonth() && x.getUTCDate() < b.getUTCDate())) a--; return a; }

// ---------- codes ----------
const S = {
  CONS: '001102000010001', GEN: '001102000040001', CHRON: '001109000010001', ED: '001102000050001', INCONS: '001103000010001',
  BED3: '001105000010001', BED2: '001105000020001', BEDICU: '001105000030001', BEDLAM: '001105000040001',
  N1: '001201000020001', N2: '001201000030001', N3: '001201000040001',
  IV1: '001204000010001', IVADD: '001204000020001', IVPUSH: '001204000040001', IM: '001204000050001', SC: '001204000060001',
  DRS: '001205000010001', DRM: '001205000020001', NEB: '001207000010001', O2: '001208000010001',
  ECGMON: '001209000010001', SPO2: '001210000010001', NIBP: '001211000010001', GLU: '001212000010001', NIV: '001214000020001',
  ACU: '001215000010001', TUINA: '001216000010001', REVAL: '001217000010001', PT: '001218000010001',
  OT: '003402000010001', SPEECH: '003402000020001', SWAL: '003402000030001', HEMI: '003402000070001', MIDF: '003401009010001',
  LTRAC: '003401000230201', IR: '003401000010001', BAL: '003402000110001', JMOB: '003402000120001', ADL: '003402000100001',
  CBC: '002501010010001', URINE: '002501020010001', STOOL: '002501030010001', LFT: '002502010010001', ALT: '002502010020001',
  AST: '002502010030001', TBIL: '002502010040001', RFT: '002502020010001', CREA: '002502020020001', ELEC: '002502030010001',
  LIPID: '002502040010001', FBG: '002502050010001', HBA1C: '002502050020001', COAG: '002502060010001', CK: '002502070010001',
  TNI: '002502070020001', BNP: '002502070030001', CRP: '002502080010001', PCT: '002502080020001', ABG: '002502090010001',
  DD: '002502100010001', PREOP: '002502120010001', ABO: '002502130010001', CULT: '002502140010001', TCT: '002502160010001',
  CEA: '002502170010001', AFP: '002502170020001', THY: '002502180010001', HCG: '002502190010001', PATH: '002502200010001',
  VENI: '001204000080001', BLCULT: '002502140030001', SPCULT: '002502140020001',
  ECG: '003107010010001', HOLTER: '003107010020001', DRCHEST: '002202040010001', DRLIMB: '002202040020001', DRLSP: '002202030020001',
  ABDUS: '002103010010001', ECHO: '002103010020001', CAROT: '002103010030001', LLDOP: '002103010040001', THYUS: '002103010050001',
  URUS: '002103010060001', GYNUS: '002103010080001', HEADCT: '002301010010001', CHESTCT: '002301010020001', ABDCT: '002301010030001',
  CTA: '002301010050001', HEADMRI: '002401010010001', LMRI: '002401010020001', KMRI: '002401010030001', DEXA: '002503010010001',
  PFT: '002503010020001', GASTRO: '002503010030001', COLON: '002503010040001', PETCT: '002401010040001',
  GA: '003301010010001', SPINAL: '003301010020001', LOCAL: '003301010030001', LAPAPP: '003302010010001', LAPCHOLE: '003302020010001',
  HERNIA: '003302030010001', ORIF: '003303020010001', PHACO: '003304010010001', CAG: '003101010010001', PCI: '003101010020001',
  TKR: '003303010030001', TOOTHX: '003105110030001', DEBRIDE: '003309010010001', SUTOUT: '003309040010001',
  PASTE: '004300000230001', PASTE3: '004300000230002', TCMDX: '004100000500001', MOXA: '004400000010001', CUP: '004400000040001',
  TRANSF: '001204000210001', RBC: '002600000010001', XMATCH: '002502130020001', CHEMOPREP: '003310020010001',
};
const C = {
  IVSET: 'C14010150100001020350000001', PREC: 'C14010150400001288520000001', CANN: 'C14010150200001215730000001',
  SYR: 'C14010150300001156950000001', GAUZE: 'C14020150100001506610000001', DPACK: 'C14020150200001397260000001',
  SILVER: 'C14020151000001694820000001', FOAM: 'C14020150900001583490000001', O2T: 'C14050150100001832230000001',
  ELEC: 'C14060150100001436170000001', DES: 'C02010150100001259060000001', BALL: 'C02010150200001882100000001',
  CATH: 'C02010150300001651190000001', WIRE: 'C02010150400001146670000001', SHEATH: 'C02010150500001930830000001',
  PLATE: 'C03010150400001786600000001', SCREW: 'C03010150500001199820000001', TROCAR: 'C11010150100001004460000001',
  CLIP: 'C11010150400001380140000001', SUT: 'C11010150200001895120000001', DRAPE: 'C11010150600001900710000001',
  ESU: 'C11010150700001990950000001', MESH: 'C11010150500001036850000001', IOL: 'C08010150100001152110000001',
  OVD: 'C08010150200001585740000001', KNEE: 'C03010150200001029290000001', NEBK: 'C14050150200001429150000001',
};
const M = {
  NS: 'XB05BBL511B002', GS: 'XB05BAP505B002', CEFTRI: 'XJ01DDT504B002', CEFUR: 'XJ01DCT505B002', PIPTAZ: 'XJ01CRP501B002',
  LEVOIV: 'XJ01MAZ501B002', AMBIV: 'XR05CBA522B002', DOXO: 'XR03DAD516B002', BUDNEB: 'XR03BAB508C003', IPRA: 'XR03BBY508C003',
  MP: 'XH02ABJ504B002', AMLO: 'XC08CAA512A001', ATOR: 'XC10AAA511A001', METF: 'XA10BAE503A001', ASP: 'XB01ACA509A001',
  CLOP: 'XB01ACL502A001', OMEP: 'XA02BCA515A001', OMEPIV: 'XA02BCA515B002', PANTO: 'XA02BCP503B002', IBU: 'XM01AEB502A003',
  CELE: 'XM01AHS505A001', DICLO: 'XM01ABS506A003', AMOX: 'XJ01CAA501A001', CXM: 'XJ01DCT502A001', LHQW: 'ZA01BAL514A001',
  AMBPO: 'XR05CBA522A001', GLARG: 'XA10AEG503B002', LIRA: 'XA10BJL506B002', DAPA: 'XA10BKD506A001', SITA: 'XA10BHX505A001',
  BUDFORM: 'XR03AKB507C003', TIO: 'XR03BBS510C003', ENOX: 'XB01ABY502B002', MORPH: 'XN02AAM507B002', FUROIV: 'XC03CAF503B002',
  KCL: 'XB05XAL512B002', LORAT: 'XR06AXL513A001', RIVA: 'XB01AFL503A001', ROSU: 'XC10AAR501A001', IRBE: 'XC09CAE502A001',
  ASPART: 'XA10ABM504B002', PACLI: 'XL01CDZ508B002', CISPL: 'XL01XAS512B002', ONDAN: 'XA04AAA524B002', DEXIV: 'XH02ABD515B002',
  TRAM: 'XN02AXQ505A003', METRO: 'XJ01XDJ501B002', TXA: 'XB02AAA519B002', LIDO: 'XN01BBL509B002', PROP: 'XN01AXB503B002',
  FENT: 'XN02ABF506B002', ROPI: 'XN01BBL510B002', TOBDEX: 'XS01CAT513D001', LEVOEYE: 'XS01AEZ501D001', CEFOSUL: 'XJ01DDT507B002',
  METOP: 'XC07ABM503A003', NTG: 'XC01DAX501B002', FUROPO: 'XC03CAF503A001', SPIRO: 'XC03DAL505A001', MUPI: 'XD06AXM509E001',
  PREDN: 'XH02ABP507A001', BETAH: 'XN07CAB504A001', DZP: 'XN05BAD511A001', LACT: 'XA06ADR502A004', SMECTA: 'XA07BCM505A006',
};
for (const o of [S, C, M]) for (const k in o) if (!ROWS[o[k]]) throw new Error('catalogue row missing: ' + k + ' ' + o[k]);

function checkDx(c) { if (!DX[c]) throw new Error('diagnosis not in chs-drg-1.1: ' + c); return c; }
function checkPr(c) { if (!PR[c]) throw new Error('procedure not in chs-drg-1.1: ' + c); return c; }

// ---------- regions, institutions, doctors ----------
const REGIONS = ['510100', '370100', '230100'];
const INST = [
  ['01', 3, 'public L3 general'], ['02', 2, 'public L2 county/district'], ['03', 1, 'community health centre'],
  ['04', 2, 'private L2 hospital'], ['05', 1, 'private clinic'], ['06', 1, 'pharmacy A'], ['07', 1, 'private L1 hospital'],
  ['08', 2, 'public TCM hospital'], ['09', 1, 'pharmacy B'],
];
const HOSP = {};
for (const r of REGIONS) for (const [n, level, kind] of INST) { const id = 'H' + r + n; HOSP[r + ':' + n] = { id, level, kind, region: r, n }; }
const H = (r, n) => HOSP[r + ':' + n];
const DEPTS = { internal: 'IM', respiratory: 'RE', rehabilitation: 'RH', orthopaedics: 'OR', general_surgery: 'GS', cardiology: 'CA', tcm: 'TC',
  dental: 'DE', ophthalmology: 'OP', gynaecology: 'GY', emergency: 'EM', oncology: 'ON', endocrinology: 'EN', general_practice: 'GP',
  pharmacy: 'PH', palliative: 'PA', geriatrics: 'GE', gastroenterology: 'GI' };
function doctor(h, dept, k) { return 'D' + h.id.slice(1) + DEPTS[dept] + String(((k == null ? ri(1, 3) : k) % 4) + 1).padStart(2, '0'); }

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  const gender = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(o.ageMin || 20, o.ageMax || 85);
  const birth = iso(Date.UTC(2025 - age - 1, ri(6, 11), ri(1, 28)));
  const type = o.type || (rnd() < 0.6 ? 'employee' : 'resident');
  const minYears = gender === 'M' ? 30 : 25;
  const retAge = gender === 'M' ? 60 : 55;
  let retired = false, contributionYears = 0;
  if (type === 'employee') {
    retired = o.retired != null ? o.retired : age >= retAge + 1;
    contributionYears = retired ? ri(minYears, minYears + 12) : Math.max(1, Math.min(age - 20, ri(2, 30)));
  }
  const m = {
    insuredId: 'P124' + String(++memberSeq).padStart(6, '0'), gender, birthDate: birth, retired, type,
    region: o.region, chronic: o.chronic || null,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 15), lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears, special: null },
  };
  if (m.chronic) m.enrollment.chronicDiseases = m.chronic;
  return m;
}

// ---------- claims ----------
const CLAIMS = [];
function claim(m, h, dept, visitType, date, dx, o = {}) {
  for (const d of dx) checkDx(d);
  const c = {
    _m: m, _h: h, _lines: [], _seq: CLAIMS.length, region: h.region, insuranceType: m.type, visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: m.enrollment,
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: o.doctorId || doctor(h, dept, o.doc) },
    diagnoses: dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d })),
    procedures: [],
    items: [],
  };
  if (visitType === 'inpatient') {
    c.admissionDate = date; c.dischargeDate = addDays(date, o.nights);
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered';
    if (o.fromHosp) { c.transferFromHospitalId = o.fromHosp; c.admissionRoute = 'transfer'; }
  } else c.visitDate = date;
  if (m.region && m.region !== h.region) c.insuredRegion = m.region;
  CLAIMS.push(c);
  return c;
}
function proc(c, code, date) { checkPr(code); c.procedures.push({ code, date }); }
function add(c, code, date, qty, o = {}) {
  const r = ROWS[code]; if (!r) throw new Error('no row ' + code);
  if (!(qty > 0) || Math.round(qty) !== qty) throw new Error('bad qty ' + code + ' ' + qty);
  const fraud = !!o.fraud;
  const lvl = c._h.level;
  const priceFen = Math.round(r.priceCap[String(lvl)] * 100);
  const lineId = String(c.items.length + 1);
  const item = { lineId, code: r.category === 'drug' && r.products ? r.products[0] : r.code, name: r.name, category: r.category, date,
    quantity: qty, unitPrice: priceFen / 100, amount: (priceFen * qty) / 100 };
  if (o.long) item.longPrescription = true;
  c.items.push(item);
  c._lines.push({ lineId, row: r, date, qty, priceFen, fraud });
  if (!fraud) checkLine(c, r, date);
  return lineId;
}
function checkLine(c, r, date) {
  const inp = c.visitType === 'inpatient';
  const where = c.provider.hospitalId + ' ' + r.name + ' ' + date;
  if (r.setting === 'inpatient' && !inp) throw new Error('inpatient-only row outside stay: ' + where);
  if (r.setting === 'outpatient' && inp) throw new Error('outpatient-only row on stay: ' + where);
  if (r.minLevel && c._h.level < r.minLevel) throw new Error('minLevel: ' + where);
  if (r.gender && r.gender !== c.patient.gender) throw new Error('gender: ' + where);
  const age = ageAt(c.patient.birthDate, date);
  if (r.ageMin != null && age < r.ageMin) throw new Error('ageMin: ' + where);
  if (r.ageMax != null && age > r.ageMax) throw new Error('ageMax: ' + where);
  if (r.indications && r.indications.length) {
    const ok = c.diagnoses.some((d) => r.indications.some((p) => d.code.startsWith(p))) ||
      (r.indicationProcedures || []).some((p) => c.procedures.some((x) => x.code.startsWith(p)));
    if (!ok) throw new Error('indication: ' + where + ' dx ' + c.diagnoses.map((d) => d.code).join(','));
  }
  if (inp) { if (date < c.admissionDate || date > c.dischargeDate) throw new Error('line outside stay: ' + where); }
  else if (date !== c.visitDate) throw new Error('line off visit date: ' + where);
  if (r.indicationEvidence) throw new Error('avoid indicationEvidence rows: ' + where);
}
function finalizeChecks(c) {
  const inp = c.visitType === 'inpatient';
  const byCodeDate = {};
  for (const l of c._lines) { const k = l.row.code + '|' + l.date; (byCodeDate[k] = byCodeDate[k] || []).push(l); }
  for (const k in byCodeDate) {
    const ls = byCodeDate[k], r = ls[0].row, q = ls.reduce((s, l) => s + l.qty, 0);
    const applies = inp || r.category === 'service';
    if (applies && r.maxPerDay != null && q > r.maxPerDay && !ls.some((l) => l.fraud)) throw new Error('maxPerDay ' + r.name + ' ' + k + ' ' + c.provider.hospitalId);
    const date = ls[0].date;
    for (const x of r.excludes || []) { const o = byCodeDate[x + '|' + date]; if (o && !ls.some((l) => l.fraud) && !o.some((l) => l.fraud)) throw new Error('excludes ' + r.name + ' ' + k); }
    for (const x of r.includes || []) { const o = byCodeDate[x + '|' + date]; if (o && !ls.some((l) => l.fraud) && !o.some((l) => l.fraud)) throw new Error('includes ' + r.name + ' ' + k); }
  }
  const byCode = {};
  for (const l of c._lines) (byCode[l.row.code] = byCode[l.row.code] || []).push(l);
  for (const code in byCode) {
    const ls = byCode[code], r = ls[0].row; if (ls.some((l) => l.fraud)) continue;
    if (r.maxDays != null) {
      const days = inp ? new Set(ls.map((l) => l.date)).size : ls.reduce((s, l) => s + l.qty, 0) / (r.supplyPerDay || r.usualPerDay);
      if (days > r.maxDays + 1e-9) throw new Error('maxDays ' + r.name + ' ' + c.provider.hospitalId);
    }
    if (inp && (r.unit === '日' || r.dailyUnit || r.gradedNursing)) {
      const nights = diffDays(c.admissionDate, c.dischargeDate);
      const cnt = ls.reduce((s, l) => s + l.qty, 0);
      if ((r.subcategory === 'bed' || r.subcategory === 'nursing' || r.code === S.INCONS) && cnt > Math.max(1, nights)) throw new Error('day items over stay ' + r.name);
    }
  }
  if (inp) {
    const graded = c._lines.filter((l) => l.row.gradedNursing && !l.fraud).length;
    if (graded > Math.max(1, diffDays(c.admissionDate, c.dischargeDate))) throw new Error('graded nursing over nights');
  }
}

// ---------- builders ----------
function stay(m, h, dept, adm, nights, dx, o = {}) {
  const c = claim(m, h, dept, 'inpatient', adm, dx, Object.assign({ nights }, o));
  const bed = o.bed || S.BED3, nurse = o.nurse || S.N2;
  for (let i = 0; i < Math.max(1, nights); i++) {
    const d = addDays(adm, i);
    add(c, typeof bed === 'function' ? bed(i) : bed, d, 1);
    add(c, S.INCONS, d, 1);
    add(c, typeof nurse === 'function' ? nurse(i) : nurse, d, 1);
  }
  return c;
}
const day = (c, i) => addDays(c.admissionDate || c.visitDate, i);
function labs(c, date, codes, o = {}) { const ids = codes.map((x) => add(c, x, date, 1, o)); if (!o.noVeni) add(c, S.VENI, date, 1); return ids; }
function infuse(c, date, drugs, o = {}) {
  const groups = o.groups || 1;
  const ids = [add(c, S.IV1, date, 1)];
  if (groups > 1) ids.push(add(c, S.IVADD, date, groups - 1));
  ids.push(add(c, o.prec ? C.PREC : C.IVSET, date, groups));
  for (const [code, q] of drugs) ids.push(add(c, code, date, q));
  return ids;
}
function admissionWork(c, extra = []) { const d = c.admissionDate; labs(c, d, [S.CBC, S.URINE, S.LFT, S.RFT, S.ELEC, S.FBG].concat(extra)); add(c, S.ECG, d, 1); }
function visit(m, h, dept, date, vt, dx, o = {}) {
  const c = claim(m, h, dept, vt, date, dx, o);
  if (vt === 'pharmacy') return c;
  const fee = o.fee || (vt === 'chronic' ? S.CHRON : dept === 'emergency' ? S.ED : h.n === '03' ? S.GEN : S.CONS);
  add(c, fee, date, 1);
  return c;
}
function rx(c, code, days, o = {}) { const r = ROWS[code]; const per = r.supplyPerDay || r.usualPerDay; return add(c, code, c.visitDate, Math.max(1, Math.ceil(days * per - 1e-9)), o); }

// ---------- labels ----------
const LABELS = [];
function label(kind, code, name, variant, claims, targets, mutated = {}) {
  LABELS.push({ kind, code, name, claims, targets, mutated, variant });
}
function mutatedOf(c, ids) { return { c, ids }; }

// =================================================================
// FRAUD TYPOLOGIES
// =================================================================
const NCASE = 15;
const isOvert = (i) => i % 4 === 0 && i < 16 ? i < 16 && [0, 4, 8, 12].includes(i) : false; // cases 0,4,8,12 overt (4 of 15), 11 careful
const regionOf = (i) => REGIONS[i % 3];
const baseDay = (i, span = 300) => 20 + ((i * 37 + ri(0, 20)) % span);
const HOLIDAYS = ['2025-01-27', '2025-04-03', '2025-04-29', '2025-05-30', '2025-09-29'];

const T = {};
// T01 虚构诊疗项目 (康复理疗 billed but not given)
T.T01 = { name: '虚记康复理疗项目（住院腰背痛）', fn(i, overt) {
  const r = regionOf(i), h = H(r, i % 2 ? '04' : '07');
  const m = member({ ageMin: 50, ageMax: 78 });
  const nights = ri(11, 15), adm = dayOf(baseDay(i));
  const dx = overt ? ['M54.500'] : ['M54.500', 'R26.800', 'M47.800'];
  const c = stay(m, h, 'rehabilitation', adm, nights, dx, { nurse: S.N3 });
  admissionWork(c); add(c, S.DRLSP, adm, 1); add(c, S.REVAL, adm, 1);
  const mut = [];
  for (let k = 0; k <= nights; k++) {
    const d = day(c, k);
    // the real part: traction + mid-frequency on treatment days (not admission/discharge day, not Sundays)
    const dow = new Date(d).getUTCDay();
    if (k > 0 && k < nights && dow !== 0) { add(c, S.LTRAC, d, 1); add(c, S.MIDF, d, 1); }
    // invented: the same therapy every calendar day, including admission and discharge day and Sundays
    if (overt) { mut.push(add(c, S.HEMI, d, 2, { fraud: false })); mut.push(add(c, S.SPEECH, d, 1)); mut.push(add(c, S.SWAL, d, 1)); }
    else { mut.push(add(c, S.BAL, d, 1)); mut.push(add(c, S.JMOB, d, 1)); mut.push(add(c, S.OT, d, 1)); }
  }
  add(c, M.CELE, adm, Math.min(28, nights * 2));
  return { claims: [c], targets: [c], mutated: { [0]: mut } };
} };
// T02 串换项目 (冬病夏治三伏贴 (丙) billed as 穴位贴敷治疗 (乙))
T.T02 = { name: '三伏贴串换为穴位贴敷治疗', fn(i, overt) {
  const r = regionOf(i), h = H(r, i % 2 ? '08' : '05');
  const m = member({ ageMin: 35, ageMax: 72 });
  const fu = ['2025-07-20', '2025-07-30', '2025-08-09'];
  const dx = overt ? ['Z00.000'] : [pick(['J42.x00', 'J30.400', 'J45.900'])];
  const doc = ri(0, 3);
  const claims = [], mutated = {};
  fu.forEach((d0, k) => {
    const d = overt ? d0 : addDays(d0, ri(0, 3));
    const c = visit(m, h, 'tcm', d, 'outpatient', dx, { doc });
    if (!overt) add(c, S.TCMDX, d, 1);
    mutated[k] = [add(c, S.PASTE, d, overt ? 10 : pick([4, 5, 6]))];
    claims.push(c);
  });
  return { claims, targets: claims, mutated };
} };
// T03 过度检查 (URTI visit with scans and cardiac labs, each with a symptom code added)
T.T03 = { name: '门诊过度检查（上感配套CT与心肌标志物）', fn(i, overt) {
  const r = regionOf(i), h = H(r, pick(['04', '04', '02']));
  const m = member({ ageMin: 22, ageMax: 48 });
  const d = dayOf(baseDay(i));
  const dx = overt ? ['J06.900'] : ['J06.900', 'R05.x00', 'R07.400', 'R51.x00'];
  const c = visit(m, h, 'internal', d, 'outpatient', dx);
  add(c, S.CBC, d, 1); add(c, S.CRP, d, 1); add(c, S.VENI, d, 1);
  rx(c, M.LHQW, 5); rx(c, M.AMBPO, 5);
  const mut = [];
  if (overt) { for (const x of [S.CHESTCT, S.HEADMRI, S.CTA, S.ABDCT, S.TNI, S.CK, S.BNP, S.DD]) mut.push(add(c, x, d, 1)); }
  else { const set = [S.CHESTCT, S.HEADCT, S.TNI, S.CK, S.ECG, S.DD]; const k = ri(3, 5); for (const x of set.slice(0, k)) mut.push(add(c, x, d, 1)); }
  return { claims: [c], targets: [c], mutated: { 0: mut } };
} };
// T04 分解住院
T.T04 = { name: '分解住院（出院再入院）', fn(i, overt) {
  const r = regionOf(i), own = H(r, i % 3 === 1 ? '02' : '04'), sister = H(r, '07');
  const m = member({ ageMin: 62, ageMax: 85, type: 'employee' });
  const adm = dayOf(baseDay(i, 250)), n1 = ri(7, 9);
  const c1 = stay(m, own, 'respiratory', adm, n1, ['J44.100', 'I10.x00x002'], { route: 'emergency' });
  admissionWork(c1, [S.CRP]); add(c1, S.DRCHEST, adm, 1); add(c1, S.ABG, adm, 1);
  for (let k = 0; k < n1; k++) { infuse(c1, day(c1, k), [[M.NS, 2], [M.CEFUR, 3], [M.DOXO, 2]], { groups: 2 }); add(c1, S.NEB, day(c1, k), 2); add(c1, M.BUDNEB, day(c1, k), 2); add(c1, M.IPRA, day(c1, k), 2); add(c1, C.NEBK, day(c1, k), 1); }
  const variant = overt ? 'same' : pick(['gap', 'sister', 'gap']);
  const gap = overt ? ri(1, 3) : variant === 'gap' ? ri(16, 19) : 1;
  const h2 = variant === 'sister' ? sister : own;
  const adm2 = addDays(c1.dischargeDate, gap), n2 = ri(6, 8);
  const dx2 = overt ? ['J44.100', 'I10.x00x002'] : [pick(['J44.000', 'J18.900']), 'J44.100', 'I10.x00x002'];
  const c2 = stay(m, h2, 'respiratory', adm2, n2, dx2, { route: 'outpatient' });
  // no fresh work-up: the same infusion simply continues
  add(c2, S.CBC, adm2, 1); add(c2, S.VENI, adm2, 1);
  for (let k = 0; k < n2; k++) { infuse(c2, day(c2, k), [[M.NS, 2], [M.CEFUR, 3], [M.DOXO, 2]], { groups: 2 }); add(c2, S.NEB, day(c2, k), 2); add(c2, M.BUDNEB, day(c2, k), 2); add(c2, M.IPRA, day(c2, k), 2); add(c2, C.NEBK, day(c2, k), 1); }
  return { claims: [c1, c2], targets: [c2], mutated: {} };
} };
// T05 挂床住院
T.T05 = { name: '挂床住院（节假日空床）', fn(i, overt) {
  const r = regionOf(i), h = H(r, i % 2 ? '07' : '03');
  const m = member({ ageMin: 60, ageMax: 82 });
  const adm = addDays(HOLIDAYS[i % HOLIDAYS.length], ri(-3, 0)), nights = ri(10, 14);
  const dx = overt ? ['I10.x00x002'] : ['I10.x00x002', 'M47.800', 'E78.500'];
  const c = stay(m, h, 'internal', adm, nights, dx, { nurse: overt ? S.N3 : S.N2 });
  if (overt) { labs(c, adm, [S.CBC]); }
  else {
    admissionWork(c, [S.LIPID]);
    for (let k = 0; k < nights; k++) { add(c, M.AMLO, day(c, k), 1); add(c, M.ATOR, day(c, k), 1); if (k % 2 === 0) add(c, S.IR, day(c, k), 1); }
  }
  return { claims: [c], targets: [c], mutated: {} };
} };
// T06 高套分组 (MCC/CC coded with token or no support)
T.T06 = { name: '高套分组（并发症编码无治疗支撑）', fn(i, overt) {
  const r = regionOf(i), h = H(r, i % 2 ? '02' : '01');
  const m = member({ ageMin: 55, ageMax: 84 });
  const adm = dayOf(baseDay(i)), nights = ri(6, 9);
  const v = i % 3;
  const add2 = overt ? [['J96.000', 'R57.000'], ['N17.900', 'J96.000'], ['R57.000', 'D62.x00']][v]
    : [['J96.000'], ['E87.100'], ['N17.900']][v];
  const c = stay(m, h, 'respiratory', adm, nights, ['J18.900'].concat(add2), { route: 'emergency' });
  admissionWork(c, [S.CRP]); add(c, S.DRCHEST, adm, 1); add(c, S.SPCULT, adm, 1);
  for (let k = 0; k < nights; k++) infuse(c, day(c, k), [[M.NS, 2], [M.CEFTRI, 2], [M.AMBIV, 2]], { groups: 2 });
  if (!overt) {
    if (v === 0) { add(c, S.ABG, adm, 1); add(c, S.O2, adm, 3); add(c, C.O2T, adm, 1); }
    if (v === 1) { /* the admission electrolytes only: no repeat, no correction */ }
    if (v === 2) { /* the admission creatinine only */ }
  }
  return { claims: [c], targets: [c], mutated: {} };
} };
// T07 重复收费/分解收费
T.T07 = { name: '重复收费（采血、输液器与打包项目）', fn(i, overt) {
  const r = regionOf(i), h = H(r, pick(['01', '02', '04']));
  const m = member({ ageMin: 40, ageMax: 80 });
  const adm = dayOf(baseDay(i)), nights = ri(5, 8);
  const c = stay(m, h, 'internal', adm, nights, ['N39.000', 'E11.900']);
  const mut = [];
  if (overt) {
    admissionWork(c);
    mut.push(add(c, S.ALT, adm, 1, { fraud: true }), add(c, S.AST, adm, 1, { fraud: true }), add(c, S.TBIL, adm, 1, { fraud: true }));
    mut.push(add(c, S.CREA, adm, 1, { fraud: true }));
    for (let k = 0; k < nights; k++) infuse(c, day(c, k), [[M.NS, 1], [M.CEFTRI, 2]]);
  } else {
    // one venepuncture per tube, on every draw day
    for (const d of [adm, day(c, 3)]) {
      for (const x of [S.CBC, S.URINE, S.LFT, S.RFT]) add(c, x, d, 1);
      mut.push(add(c, S.VENI, d, 3)); // 3 extra punctures beside the one below
      add(c, S.VENI, d, 1);
    }
    add(c, S.ECG, adm, 1); add(c, S.CULT, adm, 1);
    // one infusion group a day, two or three giving sets a day
    for (let k = 0; k < nights; k++) {
      const d = day(c, k);
      add(c, S.IV1, d, 1); add(c, C.IVSET, d, 1); add(c, M.NS, d, 1); add(c, M.CEFTRI, d, 2);
      mut.push(add(c, C.IVSET, d, ri(1, 2)));
      if (k % 2 === 0) mut.push(add(c, S.IVPUSH, d, 1)); // the same antibiotic billed again as an IV push
    }
  }
  for (let k = 0; k < nights; k++) add(c, S.GLU, day(c, k), 3);
  return { claims: [c], targets: [c], mutated: { 0: mut } };
} };
// T08 超量开药 (chronic drugs: one claim of months, or 4-week fills rotated across institutions)
T.T08 = { name: '超量开药（多机构轮换重复配药）', fn(i, overt) {
  const r = regionOf(i);
  const m = member({ ageMin: 55, ageMax: 80, type: 'employee', chronic: ['I10', 'E11'] });
  const dx = ['I10.x00x002', 'E11.900', 'E78.500'];
  const d0 = dayOf(baseDay(i, 240));
  if (overt) {
    const c = visit(m, H(r, '02'), 'endocrinology', d0, 'outpatient', dx);
    const mut = [rx(c, M.AMLO, 180, { fraud: true }), rx(c, M.ATOR, 180, { fraud: true }), rx(c, M.METF, 180, { fraud: true })];
    return { claims: [c], targets: [c], mutated: { 0: mut } };
  }
  const places = [['03', 'chronic', 'general_practice'], ['06', 'pharmacy', 'pharmacy'], ['02', 'outpatient', 'endocrinology'], ['09', 'pharmacy', 'pharmacy']];
  const claims = [], mutated = {};
  let d = d0;
  for (let k = 0; k < 5; k++) {
    const [n, vt, dept] = places[k % 4];
    const c = visit(m, H(r, n), dept, d, vt, dx);
    const ids = [rx(c, M.AMLO, 28), rx(c, M.ATOR, 28), rx(c, M.METF, 28)];
    if (k > 0) mutated[k] = ids;
    claims.push(c);
    d = addDays(d, ri(9, 13));
  }
  return { claims, targets: claims.slice(1), mutated };
} };
// T09 倒卖药品 (high-value drugs bought for resale at two pharmacies)
T.T09 = { name: '倒卖回流药（高值药两店交替购药）', fn(i, overt) {
  const r = regionOf(i);
  const kind = i % 3;
  const m = member({ ageMin: 35, ageMax: 70 });
  const [drug, dx] = kind === 0 ? [M.GLARG, 'E11.900'] : kind === 1 ? [M.LIRA, 'E11.900'] : [M.BUDFORM, 'J45.900'];
  const d0 = dayOf(baseDay(i, 240));
  if (overt) {
    const c = visit(m, H(r, '06'), 'pharmacy', d0, 'pharmacy', [dx]);
    return { claims: [c], targets: [c], mutated: { 0: [rx(c, drug, 240, { fraud: true })] } };
  }
  const claims = [], mutated = {};
  let d = d0;
  for (let k = 0; k < 4; k++) {
    const c = visit(m, H(r, k % 2 ? '09' : '06'), 'pharmacy', d, 'pharmacy', [dx]);
    const id = rx(c, drug, 30);
    if (k > 0) mutated[k] = [id];
    claims.push(c);
    d = addDays(d, ri(12, 16));
  }
  return { claims, targets: claims.slice(1), mutated };
} };
// T10 冒名就医
T.T10 = { name: '冒名就医（借用老人医保卡）', fn(i, overt) {
  const r = regionOf(i);
  if (overt) {
    const m = member({ gender: 'M', ageMin: 30, ageMax: 60 });
    const d = dayOf(baseDay(i));
    const c = visit(m, H(r, '04'), 'gynaecology', d, 'outpatient', ['N76.000']);
    const mut = [add(c, S.GYNUS, d, 1, { fraud: true }), add(c, S.TCT, d, 1, { fraud: true })];
    return { claims: [c], targets: [c], mutated: { 0: mut } };
  }
  const m = member({ ageMin: 80, ageMax: 88, type: 'employee', retired: true });
  const d = dayOf(baseDay(i));
  const v = i % 3;
  let c;
  if (v === 0) { c = visit(m, H(r, pick(['04', '02'])), 'dental', d, 'outpatient', ['K01.100']); add(c, S.TOOTHX, d, 2); add(c, S.LOCAL, d, 1); add(c, M.LIDO, d, 2); rx(c, M.AMOX, 5); rx(c, M.IBU, 3); }
  else if (v === 1) { c = visit(m, H(r, '04'), 'orthopaedics', d, 'outpatient', ['S83.500', 'W19.x00']); add(c, S.KMRI, d, 1); add(c, S.DRLIMB, d, 1); rx(c, M.CELE, 10); }
  else { c = visit(m, H(r, '02'), 'orthopaedics', d, 'outpatient', ['S62.600']); add(c, S.DRLIMB, d, 2); add(c, S.DRS, d, 1); add(c, C.DPACK, d, 1); rx(c, M.IBU, 5); }
  return { claims: [c], targets: [c], mutated: {} };
} };
// T11 诱导住院/体检式住院
T.T11 = { name: '体检式住院（免费体检诱导入院）', fn(i, overt) {
  const r = regionOf(i), h = H(r, '04');
  const m = member({ ageMin: 60, ageMax: 78, type: pick(['resident', 'employee']) });
  const adm = dayOf(60 + Math.floor(i / 3) * 18 + (i % 3)), nights = overt ? 3 : ri(4, 6);
  const dx = overt ? ['Z00.000'] : ['I10.x00x002', 'E78.500', 'K76.000', 'M81.900', 'I65.200', 'E11.900'];
  const c = stay(m, h, 'internal', adm, nights, dx, { nurse: S.N3 });
  labs(c, adm, [S.CBC, S.URINE, S.STOOL, S.LFT, S.RFT, S.ELEC, S.LIPID, S.FBG, S.THY, S.CEA, S.AFP].concat(overt ? [] : [S.HBA1C]));
  add(c, S.ECG, adm, 1);
  const d1 = day(c, 1);
  for (const x of [S.ECHO, S.CAROT, S.ABDUS, S.THYUS]) add(c, x, d1, 1);
  add(c, S.CHESTCT, day(c, 2), 1); add(c, S.HEADCT, day(c, 2), 1); add(c, S.DEXA, day(c, 2), 1); add(c, S.HOLTER, d1, 1);
  if (!overt) for (let k = 0; k < nights; k++) { add(c, M.AMLO, day(c, k), 1); add(c, M.ATOR, day(c, k), 1); }
  return { claims: [c], targets: [c], mutated: {} };
} };
// T12 升级收费 (the dearer row, with a reason coded)
T.T12 = { name: '升级收费（贵重敷料、监护床位、精密输液器）', fn(i, overt) {
  const r = regionOf(i); const v = i % 3; const mut = [];
  const m = member({ ageMin: 30, ageMax: 80 });
  const d0 = dayOf(baseDay(i));
  if (v === 0) {
    // sutured hand laceration: daily silver dressings, with a local infection coded and nothing treating it
    const h = H(r, pick(['04', '05']));
    const claims = [], mutated = {};
    for (let k = 0; k < 4; k++) {
      const d = addDays(d0, 2 * k + 1);
      const c = visit(m, h, 'general_surgery', d, 'outpatient', overt ? ['S61.000'] : ['S61.000', 'L08.900']);
      add(c, S.DRM, d, 1); add(c, C.DPACK, d, 1);
      mutated[k] = [add(c, C.SILVER, d, overt ? 4 : 1)];
      if (k === 3) add(c, S.SUTOUT, d, 1);
      claims.push(c);
    }
    return { claims, targets: claims, mutated };
  }
  if (v === 1) {
    // stable hypertension/angina stay on the monitored-bed rate
    const h = H(r, pick(['01', '02', '04']));
    const nights = ri(5, 7);
    const c = stay(m, h, 'cardiology', d0, nights, overt ? ['I10.x00x002'] : ['I20.000', 'I10.x00x002', 'I49.900'], { bed: S.BEDICU, nurse: S.N2 });
    c._lines.filter((l) => l.row.code === S.BEDICU).forEach((l) => mut.push(l.lineId));
    admissionWork(c, [S.LIPID, S.CK]); add(c, S.ECHO, day(c, 1), 1);
    if (!overt) add(c, S.ECGMON, d0, 12);
    for (let k = 0; k < nights; k++) { add(c, M.AMLO, day(c, k), 1); add(c, M.ATOR, day(c, k), 1); if (!overt) add(c, M.ASP, day(c, k), 1); }
    return { claims: [c], targets: [c], mutated: { 0: mut } };
  }
  // saline and a cephalosporin through precision giving sets every day
  const h = H(r, pick(['02', '04']));
  const nights = ri(5, 7);
  const c = stay(m, h, 'internal', d0, nights, overt ? ['J20.900'] : ['J20.900', 'R50.900']);
  admissionWork(c, [S.CRP]); add(c, S.DRCHEST, d0, 1);
  for (let k = 0; k < nights; k++) { const ids = infuse(c, day(c, k), [[M.NS, 2], [M.CEFUR, 3]], { groups: 2, prec: true }); mut.push(ids[2]); }
  return { claims: [c], targets: [c], mutated: { 0: mut } };
} };
// T13 费用转移 (stay work-up moved to outpatient claims around the stay)
T.T13 = { name: '住院费用转移至门诊（术前检查与出院带药分单）', fn(i, overt) {
  const r = regionOf(i), h = H(r, i % 2 ? '01' : '02');
  const m = member({ ageMin: 35, ageMax: 70 });
  const adm = dayOf(baseDay(i, 280));
  const gall = i % 2 === 0;
  const pre = visit(m, h, 'general_surgery', overt ? adm : addDays(adm, -ri(1, 3)), 'outpatient', gall ? ['K80.200'] : ['K40.900']);
  const pd = pre.visitDate;
  const mut = [];
  for (const x of [S.CBC, S.COAG, S.LFT, S.RFT, S.ELEC, S.PREOP, S.ABO]) mut.push(add(pre, x, pd, 1));
  add(pre, S.VENI, pd, 1); mut.push(add(pre, S.ECG, pd, 1)); mut.push(add(pre, S.DRCHEST, pd, 1));
  if (gall) add(pre, S.ABDUS, pd, 1);
  const nights = ri(2, 4);
  const c = stay(m, h, 'general_surgery', adm, nights, gall ? ['K80.200'] : ['K40.900'], { nurse: (k) => (k === 1 ? S.N1 : S.N2) });
  const od = day(c, 1);
  if (gall) { proc(c, '51.2300', od); add(c, S.LAPCHOLE, od, 1); add(c, C.TROCAR, od, 1); add(c, C.CLIP, od, 4); }
  else { proc(c, '53.0000', od); add(c, S.HERNIA, od, 1); add(c, C.MESH, od, 1); }
  add(c, S.GA, od, 2); add(c, M.PROP, od, 2); add(c, M.FENT, od, 1); add(c, C.SUT, od, 3); add(c, C.DRAPE, od, 1); add(c, C.ESU, od, 1);
  infuse(c, od, [[M.NS, 2], [M.CEFUR, 2]], { groups: 2 }); add(c, S.ECGMON, od, 6); add(c, S.SPO2, od, 6);
  const claims = [pre, c], targets = [pre], mutated = { 0: mut };
  if (!overt) {
    const post = visit(m, h, 'general_surgery', addDays(c.dischargeDate, 1), 'outpatient', gall ? ['K80.200'] : ['K40.900']);
    mutated[2] = [add(post, S.DRS, post.visitDate, 1), add(post, S.IV1, post.visitDate, 1), add(post, C.IVSET, post.visitDate, 1), add(post, M.CEFUR, post.visitDate, 2), add(post, M.NS, post.visitDate, 1)];
    claims.push(post); targets.push(post);
  }
  return { claims, targets, mutated };
} };
// T14 虚记高值耗材
T.T14 = { name: '虚记高值耗材（支架、接骨板数量与术式不符）', fn(i, overt) {
  const r = regionOf(i);
  const m = member({ ageMin: 45, ageMax: 78 });
  const adm = dayOf(baseDay(i)); const mut = [];
  if (i % 2 === 0) {
    const h = H(r, '01'), nights = ri(4, 6);
    const c = stay(m, h, 'cardiology', adm, nights, ['I20.000', 'I25.100', 'I10.x00x002'], { route: 'outpatient' });
    admissionWork(c, [S.TNI, S.COAG, S.LIPID]); add(c, S.ECHO, adm, 1);
    const od = day(c, 1);
    proc(c, '88.5500', od); proc(c, '36.0700', od); proc(c, '00.4000', od); proc(c, '00.4500', od); proc(c, '00.6600', od);
    add(c, S.PCI, od, 1); add(c, C.CATH, od, 1); add(c, C.SHEATH, od, 1); add(c, C.WIRE, od, 1); add(c, C.BALL, od, 1); add(c, C.DES, od, 1);
    const n = overt ? 2 : 1;
    mut.push(add(c, C.DES, od, n)); mut.push(add(c, C.BALL, od, overt ? 2 : 1)); if (overt) mut.push(add(c, C.WIRE, od, 2));
    add(c, M.LIDO, od, 2); add(c, M.ASP, od, 1); add(c, M.CLOP, od, 1); add(c, S.ECGMON, od, 12);
    for (let k = 2; k < nights; k++) { add(c, M.ASP, day(c, k), 1); add(c, M.CLOP, day(c, k), 1); add(c, M.ATOR, day(c, k), 1); }
    return { claims: [c], targets: [c], mutated: { 0: mut } };
  }
  const h = H(r, pick(['02', '04'])), nights = ri(5, 8);
  const dx = overt ? ['S62.600', 'W19.x00'] : ['S52.500', 'W19.x00'];
  const c = stay(m, h, 'orthopaedics', adm, nights, dx, { route: 'emergency' });
  admissionWork(c, [S.COAG]); add(c, S.DRLIMB, adm, 1);
  const od = day(c, 1);
  if (overt) { proc(c, '79.3400', od); add(c, S.ORIF, od, 1); mut.push(add(c, C.PLATE, od, 2), add(c, C.SCREW, od, 12)); add(c, S.GA, od, 2); add(c, M.PROP, od, 2); }
  else { proc(c, '79.1200', od); add(c, S.ORIF, od, 1); mut.push(add(c, C.PLATE, od, 1), add(c, C.SCREW, od, ri(6, 8))); add(c, S.GA, od, 2); add(c, M.PROP, od, 2); }
  add(c, C.DRAPE, od, 1); add(c, C.SUT, od, 2); add(c, S.DRLIMB, day(c, 2), 1);
  infuse(c, od, [[M.NS, 1], [M.CEFUR, 2]]);
  return { claims: [c], targets: [c], mutated: { 0: mut } };
} };
// T15 虚构门诊慢特病就诊 (community doctor settles a member's monthly visit while the member is in hospital elsewhere)
T.T15 = { name: '代刷门诊慢特病（患者住院期间社区照常刷卡）', fn(i, overt) {
  const r = regionOf(i), com = H(r, '03'), hosp = H(r, '01');
  const m = member({ ageMin: 60, ageMax: 82, type: 'employee', chronic: ['I10', 'E11'] });
  const dx = ['I10.x00x002', 'E11.900'];
  const d0 = dayOf(baseDay(i, 200));
  const doc = 1;
  const claims = [], targets = [];
  const adm = addDays(d0, 28 + ri(3, 10)), nights = ri(9, 12);
  const s = stay(m, hosp, 'orthopaedics', adm, nights, ['S72.000', 'W19.x00', 'I10.x00x002', 'E11.900'], { route: 'emergency' });
  admissionWork(s, [S.COAG]); add(s, S.DRLIMB, adm, 1); add(s, S.CHESTCT, adm, 1);
  proc(s, '79.3500', day(s, 2)); add(s, S.ORIF, day(s, 2), 1); add(s, C.PLATE, day(s, 2), 1); add(s, C.SCREW, day(s, 2), 8); add(s, S.SPINAL, day(s, 2), 1); add(s, M.ROPI, day(s, 2), 1);
  for (let k = 0; k < nights; k++) { add(s, M.ENOX, day(s, k), 1); add(s, M.AMLO, day(s, k), 1); }
  const dates = [d0, addDays(d0, 28), addDays(adm, ri(3, nights - 2)), addDays(adm, nights + 28)];
  dates.forEach((d, k) => {
    const c = visit(m, com, 'general_practice', d, 'chronic', dx, { doc });
    rx(c, M.AMLO, 28); rx(c, M.METF, 28);
    claims.push(c); if (k === 2) targets.push(c);
  });
  if (overt) { const c = visit(m, com, 'general_practice', addDays(dates[2], 1), 'chronic', dx, { doc }); rx(c, M.AMLO, 28); rx(c, M.METF, 28); claims.push(c); targets.push(c); }
  claims.push(s);
  return { claims, targets, mutated: {} };
} };

// =================================================================
// CONTROLS
// =================================================================
const CT = {};
const ctl = (name, resembles, fn) => ({ name, resembles, fn });
CT.C01 = ctl('脑梗死后偏瘫康复住院（每日两次训练，始末评定）', 'T01', (i) => {
  const r = regionOf(i), h = H(r, '02'); const m = member({ ageMin: 55, ageMax: 80 });
  const adm = dayOf(baseDay(i, 280)), nights = ri(18, 24);
  const c = stay(m, h, 'rehabilitation', adm, nights, ['I69.300', 'G81.900', 'R47.000', 'I10.x00x002'], { route: 'transfer', fromHosp: H(r, '01').id, nurse: S.N2 });
  admissionWork(c); add(c, S.REVAL, adm, 1); add(c, S.ADL, adm, 1);
  for (let k = 1; k < nights; k++) { const d = day(c, k); const dow = new Date(d).getUTCDay(); if (dow === 0) continue; add(c, S.HEMI, d, 2); add(c, S.OT, d, 1); add(c, S.SPEECH, d, 1); if (k % 2) add(c, S.ACU, d, 1); add(c, M.ASP, d, 1); add(c, M.ATOR, d, 1); }
  add(c, S.REVAL, day(c, nights - 1), 1); add(c, S.ADL, day(c, nights - 1), 1);
  return [c];
});
CT.C02 = ctl('冬病夏治三伏贴按丙类自费结算', 'T02', (i) => {
  const r = regionOf(i), h = H(r, '08'); const m = member({ ageMin: 6, ageMax: 60 });
  const out = [];
  for (const d of ['2025-07-20', '2025-07-30', '2025-08-09']) { const c = visit(m, h, 'tcm', addDays(d, ri(0, 2)), 'outpatient', ['J45.900']); add(c, S.PASTE3, c.visitDate, 6); out.push(c); }
  return out;
});
CT.C03 = ctl('社区慢病复诊后当日转诊住院', 'T15', (i) => {
  const r = regionOf(i); const m = member({ ageMin: 60, ageMax: 82, type: 'employee', chronic: ['I10', 'E11'] });
  const d = dayOf(baseDay(i, 280));
  const v = visit(m, H(r, '03'), 'general_practice', d, 'chronic', ['I10.x00x002', 'E11.900']); add(v, S.ECG, d, 1); add(v, S.GLU, d, 1);
  const nights = ri(6, 8);
  const s = stay(m, H(r, '01'), 'cardiology', d, nights, ['I20.000', 'I10.x00x002', 'E11.900'], { route: 'outpatient' });
  admissionWork(s, [S.TNI, S.LIPID]); add(s, S.ECHO, day(s, 1), 1);
  for (let k = 0; k < nights; k++) { add(s, M.ASP, day(s, k), 1); add(s, M.ATOR, day(s, k), 1); add(s, M.METOP, day(s, k), 1); }
  return [v, s];
});
CT.C04 = ctl('急诊胸痛排查（心肌标志物复查、D-二聚体、胸部CT）', 'T03', (i) => {
  const r = regionOf(i), h = H(r, i % 2 ? '01' : '02'); const m = member({ ageMin: 40, ageMax: 75 });
  const d = dayOf(baseDay(i));
  const c = visit(m, h, 'emergency', d, 'outpatient', ['R07.400', 'I10.x00x002']);
  add(c, S.ECG, d, 2); add(c, S.TNI, d, 2); add(c, S.CK, d, 1); add(c, S.DD, d, 1); add(c, S.CBC, d, 1); add(c, S.ELEC, d, 1); add(c, S.VENI, d, 2); add(c, S.CHESTCT, d, 1);
  return [c];
});
CT.C05 = ctl('抗凝老人跌倒头部外伤急诊影像', 'T03', (i) => {
  const r = regionOf(i), h = H(r, '01'); const m = member({ ageMin: 72, ageMax: 90 });
  const d = dayOf(baseDay(i));
  const c = visit(m, h, 'emergency', d, 'outpatient', ['S06.000', 'W19.x00', 'I80.200']);
  add(c, S.HEADCT, d, 1); add(c, S.DRLIMB, d, 1); add(c, S.COAG, d, 1); add(c, S.CBC, d, 1); add(c, S.VENI, d, 1); add(c, S.ECG, d, 1);
  return [c];
});
CT.C06 = ctl('双眼白内障分期手术（间隔1-2周）', 'T04', (i) => {
  const r = regionOf(i), h = H(r, i % 2 ? '01' : '02'); const m = member({ ageMin: 62, ageMax: 85 });
  const d = dayOf(baseDay(i, 280)); const out = [];
  for (const [k, off] of [[0, 0], [1, ri(7, 14)]]) {
    const adm = addDays(d, off + (k ? 1 : 0));
    const c = stay(m, h, 'ophthalmology', adm, 1, ['H25.100'], { nurse: S.N2 });
    if (k === 0) { labs(c, adm, [S.CBC, S.COAG, S.FBG]); add(c, S.ECG, adm, 1); }
    proc(c, '13.4100', adm); add(c, S.PHACO, adm, 1); add(c, C.IOL, adm, 1); add(c, C.OVD, adm, 1); add(c, M.TOBDEX, adm, 1); add(c, M.LEVOEYE, adm, 1);
    out.push(c);
  }
  return out;
});
CT.C07 = ctl('阑尾切除术后切口感染再入院', 'T04', (i) => {
  const r = regionOf(i), h = H(r, '02'); const m = member({ ageMin: 18, ageMax: 65 });
  const adm = dayOf(baseDay(i, 280)), n1 = 3;
  const c1 = stay(m, h, 'general_surgery', adm, n1, ['K35.800'], { route: 'emergency', nurse: (k) => (k === 0 ? S.N1 : S.N2) });
  admissionWork(c1, [S.COAG, S.CRP]); add(c1, S.ABDUS, adm, 1);
  proc(c1, '47.0100', adm); add(c1, S.LAPAPP, adm, 1); add(c1, S.GA, adm, 2); add(c1, M.PROP, adm, 2); add(c1, C.TROCAR, adm, 1);
  for (let k = 0; k < n1; k++) infuse(c1, day(c1, k), [[M.NS, 1], [M.CEFUR, 3], [M.METRO, 2]], { groups: 2 });
  const adm2 = addDays(c1.dischargeDate, ri(4, 9)), n2 = ri(4, 6);
  const c2 = stay(m, h, 'general_surgery', adm2, n2, ['T81.400x001', 'K35.800'], { route: 'outpatient' });
  labs(c2, adm2, [S.CBC, S.CRP, S.CULT]);
  add(c2, S.DEBRIDE, adm2, 1); proc(c2, '86.2200', adm2);
  for (let k = 0; k < n2; k++) { infuse(c2, day(c2, k), [[M.NS, 1], [M.CEFUR, 3]]); add(c2, S.DRM, day(c2, k), 1); add(c2, C.DPACK, day(c2, k), 1); }
  return [c1, c2];
});
CT.C08 = ctl('晚期肺癌安宁疗护住院（少量项目）', 'T05', (i) => {
  const r = regionOf(i), h = H(r, i % 2 ? '02' : '01'); const m = member({ ageMin: 60, ageMax: 88 });
  const adm = dayOf(baseDay(i, 280)), nights = ri(9, 16);
  const c = stay(m, h, 'palliative', adm, nights, ['C34.900', 'Z51.500'], { nurse: S.N1, mode: i % 3 === 0 ? 'death' : 'ordered' });
  labs(c, adm, [S.CBC, S.ELEC]);
  for (let k = 0; k < nights; k++) { add(c, M.MORPH, day(c, k), 2); add(c, S.SC, day(c, k), 2); add(c, S.O2, day(c, k), 12); }
  add(c, C.O2T, adm, 1);
  return [c];
});
CT.C09 = ctl('糖尿病足溃疡住院换药（每日换药，少量他项）', 'T05', (i) => {
  const r = regionOf(i), h = H(r, '02'); const m = member({ ageMin: 55, ageMax: 82 });
  const adm = dayOf(baseDay(i, 280)), nights = ri(10, 14);
  const c = stay(m, h, 'endocrinology', adm, nights, ['E11.500x043', 'I10.x00x002'], { nurse: S.N2 });
  admissionWork(c, [S.HBA1C, S.CRP, S.CULT]); add(c, S.LLDOP, day(c, 1), 1); add(c, S.DRLIMB, adm, 1);
  for (let k = 0; k < nights; k++) { add(c, S.DRM, day(c, k), 1); add(c, C.DPACK, day(c, k), 1); add(c, S.GLU, day(c, k), 4); add(c, M.GLARG, day(c, k), 1); }
  return [c];
});
CT.C10 = ctl('慢阻肺急性加重合并Ⅱ型呼吸衰竭（血气复查、无创通气）', 'T06', (i) => {
  const r = regionOf(i), h = H(r, '01'); const m = member({ ageMin: 62, ageMax: 88 });
  const adm = dayOf(baseDay(i, 280)), nights = ri(8, 11);
  const c = stay(m, h, 'respiratory', adm, nights, ['J44.100', 'J96.100'], { route: 'emergency', nurse: S.N1 });
  admissionWork(c, [S.CRP, S.BNP]); add(c, S.DRCHEST, adm, 1);
  for (let k = 0; k < nights; k++) {
    const d = day(c, k);
    if (k < 4) { add(c, S.ABG, d, k === 0 ? 2 : 1); add(c, S.NIV, d, 10); add(c, S.O2, d, 12); } else add(c, S.O2, d, 8);
    infuse(c, d, [[M.NS, 2], [M.PIPTAZ, 3], [M.DOXO, 2], [M.MP, 1]], { groups: 2 });
  }
  proc(c, '93.9000', adm); add(c, C.O2T, adm, 1);
  return [c];
});
CT.C11 = ctl('肺炎合并低钠血症（电解质复查与纠正）', 'T06', (i) => {
  const r = regionOf(i), h = H(r, i % 2 ? '01' : '02'); const m = member({ ageMin: 65, ageMax: 90 });
  const adm = dayOf(baseDay(i, 280)), nights = ri(7, 10);
  const c = stay(m, h, 'respiratory', adm, nights, ['J18.900', 'E87.100'], { route: 'emergency' });
  admissionWork(c, [S.CRP]); add(c, S.DRCHEST, adm, 1);
  for (const k of [1, 2, 4]) labs(c, day(c, k), [S.ELEC]);
  for (let k = 0; k < nights; k++) infuse(c, day(c, k), [[M.NS, 3], [M.CEFTRI, 2], [M.KCL, 2]], { groups: 2 });
  return [c];
});
CT.C12 = ctl('化疗住院（多组输液、精密输液器避光）', 'T07,T12', (i) => {
  const r = regionOf(i), h = H(r, '01'); const m = member({ ageMin: 40, ageMax: 75 });
  const adm = dayOf(baseDay(i, 280)), nights = 3;
  const c = stay(m, h, 'oncology', adm, nights, ['Z51.103', 'C34.900']);
  labs(c, adm, [S.CBC, S.LFT, S.RFT, S.ELEC]); add(c, S.ECG, adm, 1);
  const cd = day(c, 1);
  proc(c, '99.2500', cd);
  add(c, S.IV1, cd, 1); add(c, S.IVADD, cd, 3); add(c, C.IVSET, cd, 2); add(c, C.PREC, cd, 2);
  add(c, M.PACLI, cd, 4); add(c, M.CISPL, cd, 6); add(c, M.NS, cd, 3); add(c, M.GS, cd, 1); add(c, M.ONDAN, cd, 2); add(c, M.DEXIV, cd, 2); add(c, S.CHEMOPREP, cd, 2);
  infuse(c, day(c, 2), [[M.NS, 2], [M.ONDAN, 1]], { groups: 2 });
  return [c];
});
CT.C13 = ctl('上消化道出血（血常规一日两次、输血）', 'T07', (i) => {
  const r = regionOf(i), h = H(r, i % 2 ? '01' : '02'); const m = member({ ageMin: 45, ageMax: 85 });
  const adm = dayOf(baseDay(i, 280)), nights = ri(5, 8);
  const c = stay(m, h, 'gastroenterology', adm, nights, ['K25.400', 'D62.x00'], { route: 'emergency', nurse: (k) => (k < 2 ? S.N1 : S.N2) });
  admissionWork(c, [S.COAG, S.ABO]);
  add(c, S.CBC, adm, 1); add(c, S.CBC, day(c, 1), 2); add(c, S.VENI, day(c, 1), 2);
  add(c, S.XMATCH, adm, 2); add(c, S.RBC, adm, 2); add(c, S.TRANSF, adm, 1);
  add(c, S.GASTRO, day(c, 1), 1);
  for (let k = 0; k < Math.min(nights, 6); k++) infuse(c, day(c, k), [[M.NS, 2], [M.PANTO, 2]], { groups: 2 });
  return [c];
});
CT.C14 = ctl('稳定期高血压糖尿病长处方（12周）', 'T08', (i) => {
  const r = regionOf(i); const m = member({ ageMin: 58, ageMax: 80, type: 'employee', chronic: ['I10', 'E11'] });
  const d = dayOf(baseDay(i, 200)); const out = [];
  for (let k = 0; k < 2; k++) {
    const dd = addDays(d, k * 84 - ri(0, 4) * k);
    const c = visit(m, H(r, '03'), 'general_practice', dd, 'chronic', ['I10.x00x002', 'E11.900']);
    rx(c, M.AMLO, 84, { long: true }); rx(c, M.METF, 84, { long: true }); rx(c, M.ATOR, 84, { long: true });
    out.push(c);
  }
  return out;
});
CT.C15 = ctl('1型糖尿病青年每月药店购胰岛素、季度复查', 'T09', (i) => {
  const r = regionOf(i); const m = member({ ageMin: 18, ageMax: 35 });
  const d = dayOf(baseDay(i, 200)); const out = [];
  const v = visit(m, H(r, '01'), 'endocrinology', d, 'outpatient', ['E10.900']); add(v, S.HBA1C, d, 1); add(v, S.FBG, d, 1); add(v, S.VENI, d, 1); out.push(v);
  for (let k = 0; k < 3; k++) { const c = visit(m, H(r, '06'), 'pharmacy', addDays(d, 1 + k * 30 + ri(-2, 2)), 'pharmacy', ['E10.900']); rx(c, M.GLARG, 30); rx(c, M.ASPART, 30); out.push(c); }
  return out;
});
CT.C16 = ctl('慢阻肺出院后每月药店购吸入剂', 'T09', (i) => {
  const r = regionOf(i); const m = member({ ageMin: 55, ageMax: 80 });
  const d = dayOf(baseDay(i, 200)); const out = [];
  const v = visit(m, H(r, '01'), 'respiratory', d, 'outpatient', ['J44.900']); add(v, S.PFT, d, 1); rx(v, M.BUDFORM, 30); out.push(v);
  for (let k = 1; k < 4; k++) { const c = visit(m, H(r, k % 2 ? '06' : '09'), 'pharmacy', addDays(d, k * 30 + ri(-1, 3)), 'pharmacy', ['J44.900']); rx(c, M.BUDFORM, 30); out.push(c); }
  return out;
});
CT.C17 = ctl('高龄老人跌倒后膝半月板损伤（MRI与理疗）', 'T10', (i) => {
  const r = regionOf(i), h = H(r, '02'); const m = member({ ageMin: 76, ageMax: 86, type: 'employee', retired: true });
  const d = dayOf(baseDay(i));
  const c = visit(m, h, 'orthopaedics', d, 'outpatient', ['S83.200', 'W19.x00', 'M17.100']);
  add(c, S.KMRI, d, 1); add(c, S.DRLIMB, d, 1); rx(c, M.CELE, 10);
  return [c];
});
CT.C18 = ctl('绝经后出血妇科检查', 'T10', (i) => {
  const r = regionOf(i), h = H(r, i % 2 ? '01' : '02'); const m = member({ gender: 'F', ageMin: 60, ageMax: 78 });
  const d = dayOf(baseDay(i));
  const c = visit(m, h, 'gynaecology', d, 'outpatient', ['N95.000']);
  add(c, S.GYNUS, d, 1); add(c, S.TCT, d, 1); add(c, S.CBC, d, 1); add(c, S.VENI, d, 1);
  return [c];
});
CT.C19 = ctl('全膝置换术前全面评估住院', 'T11', (i) => {
  const r = regionOf(i), h = H(r, '01'); const m = member({ ageMin: 62, ageMax: 80 });
  const adm = dayOf(baseDay(i, 280)), nights = ri(7, 10);
  const c = stay(m, h, 'orthopaedics', adm, nights, ['M17.100', 'I10.x00x002'], { nurse: (k) => (k === 2 ? S.N1 : S.N2) });
  admissionWork(c, [S.COAG, S.PREOP, S.ABO, S.CRP, S.DD]);
  add(c, S.ECHO, day(c, 1), 1); add(c, S.LLDOP, day(c, 1), 1); add(c, S.DRCHEST, adm, 1); add(c, S.DRLIMB, adm, 2);
  const od = day(c, 2); proc(c, '81.5400', od);
  add(c, S.TKR, od, 1); add(c, C.KNEE, od, 1); add(c, S.SPINAL, od, 1); add(c, M.ROPI, od, 1); add(c, C.DRAPE, od, 1); add(c, C.SUT, od, 3); add(c, M.TXA, od, 2);
  for (let k = 3; k < nights; k++) { add(c, M.RIVA, day(c, k), 1); add(c, S.PT, day(c, k), 1); }
  infuse(c, od, [[M.NS, 2], [M.CEFUR, 2]], { groups: 2 });
  return [c];
});
CT.C20 = ctl('不明原因发热/消瘦诊断性住院（多项检查，无确定治疗）', 'T11', (i) => {
  const r = regionOf(i), h = H(r, '01'); const m = member({ ageMin: 40, ageMax: 80 });
  const adm = dayOf(baseDay(i, 280)), nights = ri(7, 10);
  const c = stay(m, h, 'internal', adm, nights, ['R50.900', 'R63.400']);
  admissionWork(c, [S.CRP, S.PCT, S.THY, S.CEA, S.AFP]); add(c, S.BLCULT, adm, 2);
  add(c, S.CHESTCT, day(c, 1), 1); add(c, S.ABDCT, day(c, 1), 1); add(c, S.GASTRO, day(c, 2), 1); add(c, S.COLON, day(c, 3), 1); add(c, S.ECHO, day(c, 2), 1);
  labs(c, day(c, 4), [S.CBC, S.CRP]);
  return [c];
});
CT.C21 = ctl('感染性糖尿病足溃疡使用银离子敷料（培养与抗生素）', 'T12', (i) => {
  const r = regionOf(i), h = H(r, '01'); const m = member({ ageMin: 55, ageMax: 82 });
  const adm = dayOf(baseDay(i, 280)), nights = ri(9, 13);
  const c = stay(m, h, 'endocrinology', adm, nights, ['E11.500x051', 'L03.100'], { nurse: S.N2 });
  admissionWork(c, [S.HBA1C, S.CRP, S.CULT]); add(c, S.DRLIMB, adm, 1); add(c, S.DEBRIDE, adm, 1); proc(c, '86.2200', adm);
  for (let k = 0; k < nights; k++) { const d = day(c, k); add(c, S.DRM, d, 1); add(c, C.SILVER, d, 1); add(c, C.DPACK, d, 1); if (k < 10) infuse(c, d, [[M.NS, 2], [M.PIPTAZ, 3]]); add(c, M.GLARG, d, 1); add(c, S.GLU, d, 4); }
  return [c];
});
CT.C22 = ctl('非ST段抬高心梗CCU监护', 'T12,T14', (i) => {
  const r = regionOf(i), h = H(r, '01'); const m = member({ ageMin: 50, ageMax: 85 });
  const adm = dayOf(baseDay(i, 280)), nights = ri(6, 9);
  const c = stay(m, h, 'cardiology', adm, nights, ['I21.400', 'I10.x00x002'], { route: 'emergency', bed: (k) => (k < 3 ? S.BEDICU : S.BED3), nurse: (k) => (k < 3 ? S.N1 : S.N2) });
  admissionWork(c, [S.TNI, S.CK, S.COAG, S.LIPID, S.BNP]);
  for (let k = 0; k < 3; k++) { add(c, S.ECGMON, day(c, k), 24); add(c, S.SPO2, day(c, k), 24); if (k) add(c, S.TNI, day(c, k), 1); add(c, C.ELEC, day(c, k), 5); }
  add(c, S.ECHO, day(c, 1), 1);
  for (let k = 0; k < nights; k++) { add(c, M.ASP, day(c, k), 1); add(c, M.CLOP, day(c, k), 1); add(c, M.ATOR, day(c, k), 1); if (k < 5) add(c, M.ENOX, day(c, k), 2); }
  return [c];
});
CT.C23 = ctl('门诊确诊后择期手术（门诊检查在入院前1-3周）', 'T13', (i) => {
  const r = regionOf(i), h = H(r, i % 2 ? '01' : '02'); const m = member({ ageMin: 35, ageMax: 70 });
  const adm = dayOf(baseDay(i, 280));
  const pre = visit(m, h, 'general_surgery', addDays(adm, -ri(8, 20)), 'outpatient', ['K80.200']);
  add(pre, S.ABDUS, pre.visitDate, 1); add(pre, S.LFT, pre.visitDate, 1); add(pre, S.VENI, pre.visitDate, 1);
  const nights = ri(3, 4);
  const c = stay(m, h, 'general_surgery', adm, nights, ['K80.200'], { nurse: (k) => (k === 1 ? S.N1 : S.N2) });
  admissionWork(c, [S.COAG, S.PREOP, S.ABO]); add(c, S.DRCHEST, adm, 1);
  const od = day(c, 1); proc(c, '51.2300', od);
  add(c, S.LAPCHOLE, od, 1); add(c, C.TROCAR, od, 1); add(c, C.CLIP, od, 4); add(c, S.GA, od, 2); add(c, M.PROP, od, 2); add(c, M.FENT, od, 1); add(c, C.SUT, od, 3); add(c, C.DRAPE, od, 1);
  infuse(c, od, [[M.NS, 2], [M.CEFUR, 2]], { groups: 2 }); add(c, S.ECGMON, od, 6); add(c, S.SPO2, od, 6);
  return [pre, c];
});
CT.C24 = ctl('多支血管PCI（2-3枚支架，编码相符）/尺桡骨双骨折双钢板', 'T14', (i) => {
  const r = regionOf(i); const m = member({ ageMin: 45, ageMax: 80 });
  const adm = dayOf(baseDay(i, 280));
  if (i % 2 === 0) {
    const h = H(r, '01'), nights = ri(4, 6);
    const c = stay(m, h, 'cardiology', adm, nights, ['I20.000', 'I25.100', 'I10.x00x002']);
    admissionWork(c, [S.TNI, S.COAG, S.LIPID]); add(c, S.ECHO, adm, 1);
    const od = day(c, 1); const n = i % 4 === 0 ? 3 : 2;
    proc(c, '88.5500', od); proc(c, '36.0700', od); proc(c, n === 3 ? '00.4200' : '00.4100', od); proc(c, n === 3 ? '00.4700' : '00.4600', od); proc(c, '00.6600', od);
    add(c, S.PCI, od, 1); add(c, C.CATH, od, 1); add(c, C.SHEATH, od, 1); add(c, C.WIRE, od, 2); add(c, C.BALL, od, n); add(c, C.DES, od, n);
    add(c, M.LIDO, od, 2); add(c, S.ECGMON, od, 12);
    for (let k = 0; k < nights; k++) { add(c, M.ASP, day(c, k), 1); add(c, M.CLOP, day(c, k), 1); add(c, M.ATOR, day(c, k), 1); }
    return [c];
  }
  const h = H(r, '02'), nights = ri(6, 9);
  const c = stay(m, h, 'orthopaedics', adm, nights, ['S52.600', 'W19.x00'], { route: 'emergency' });
  admissionWork(c, [S.COAG]); add(c, S.DRLIMB, adm, 2);
  const od = day(c, 1); proc(c, '79.3200', od);
  add(c, S.ORIF, od, 1); add(c, C.PLATE, od, 2); add(c, C.SCREW, od, ri(10, 12)); add(c, S.GA, od, 3); add(c, M.PROP, od, 2); add(c, C.DRAPE, od, 1); add(c, C.SUT, od, 3);
  infuse(c, od, [[M.NS, 1], [M.CEFUR, 2]]); add(c, S.DRLIMB, day(c, 2), 2);
  return [c];
});

// =================================================================
// ROUTINE
// =================================================================
function routine(i) {
  const r = regionOf(i); const v = i % 10;
  const d = dayOf(baseDay(i, 320));
  if (v === 0) { const m = member({ ageMin: 18, ageMax: 70 }); const c = visit(m, H(r, pick(['02', '03', '05'])), 'internal', d, 'outpatient', ['J06.900']); add(c, S.CBC, d, 1); add(c, S.VENI, d, 1); rx(c, M.LHQW, 4); return [c]; }
  if (v === 1) { const m = member({ ageMin: 55, ageMax: 85, type: 'employee', chronic: ['I10'] }); const c = visit(m, H(r, '03'), 'general_practice', d, 'chronic', ['I10.x00x002']); rx(c, M.AMLO, 28); rx(c, M.IRBE, 28); return [c]; }
  if (v === 2) { const m = member({ ageMin: 30, ageMax: 80 }); const c = visit(m, H(r, pick(['06', '09'])), 'pharmacy', d, 'pharmacy', ['K29.700']); rx(c, M.OMEP, 14); return [c]; }
  if (v === 3) { const m = member({ ageMin: 60, ageMax: 88 }); const n = ri(6, 9); const c = stay(m, H(r, pick(['01', '02'])), 'respiratory', d, n, ['J18.900'], { route: 'emergency' }); admissionWork(c, [S.CRP]); add(c, S.DRCHEST, d, 1); for (let k = 0; k < n; k++) infuse(c, day(c, k), [[M.NS, 2], [M.CEFTRI, 2], [M.AMBIV, 2]], { groups: 2 }); labs(c, day(c, 4), [S.CBC, S.CRP]); return [c]; }
  if (v === 4) { const m = member({ ageMin: 16, ageMax: 60 }); const n = 3; const c = stay(m, H(r, pick(['01', '02'])), 'general_surgery', d, n, ['K35.800'], { route: 'emergency', nurse: (k) => (k === 0 ? S.N1 : S.N2) }); admissionWork(c, [S.COAG, S.CRP]); add(c, S.ABDUS, d, 1); proc(c, '47.0100', d); add(c, S.LAPAPP, d, 1); add(c, S.GA, d, 2); add(c, M.PROP, d, 2); add(c, C.TROCAR, d, 1); add(c, C.SUT, d, 2); for (let k = 0; k < n; k++) infuse(c, day(c, k), [[M.NS, 1], [M.CEFUR, 3], [M.METRO, 2]], { groups: 2 }); return [c]; }
  if (v === 5) { const m = member({ ageMin: 25, ageMax: 65 }); const c = visit(m, H(r, pick(['01', '02'])), 'gastroenterology', d, 'outpatient', ['K29.500']); add(c, S.GASTRO, d, 1); rx(c, M.OMEP, 28); return [c]; }
  if (v === 6) { const m = member({ ageMin: 40, ageMax: 75, type: 'employee', chronic: ['E11'] }); const c = visit(m, H(r, '02'), 'endocrinology', d, 'chronic', ['E11.900']); add(c, S.HBA1C, d, 1); add(c, S.VENI, d, 1); rx(c, M.METF, 28); rx(c, M.DAPA, 28); return [c]; }
  if (v === 7) { const m = member({ ageMin: 30, ageMax: 70 }); const c = visit(m, H(r, '08'), 'tcm', d, 'outpatient', ['M54.500']); add(c, S.TCMDX, d, 1); add(c, S.ACU, d, 1); add(c, S.CUP, d, 1); return [c]; }
  if (v === 8) { const m = member({ ageMin: 62, ageMax: 85 }); const c = stay(m, H(r, pick(['01', '02'])), 'ophthalmology', d, 1, ['H25.100']); labs(c, d, [S.CBC, S.COAG, S.FBG]); add(c, S.ECG, d, 1); proc(c, '13.4100', d); add(c, S.PHACO, d, 1); add(c, C.IOL, d, 1); add(c, C.OVD, d, 1); add(c, M.TOBDEX, d, 1); return [c]; }
  const m = member({ ageMin: 20, ageMax: 70 }); const c = visit(m, H(r, pick(['01', '04', '05'])), 'orthopaedics', d, 'outpatient', ['M54.500']); add(c, S.DRLSP, d, 1); rx(c, M.CELE, 7); return [c];
}

// =================================================================
// run
// =================================================================
const cases = [];
for (const code of Object.keys(T)) {
  for (let i = 0; i < NCASE; i++) {
    const overt = [0, 4, 8, 12].includes(i);
    const res = T[code].fn(i, overt);
    cases.push({ kind: 'fraud', code, name: T[code].name, variant: overt ? 'overt' : 'careful', claims: res.claims, targets: res.targets,
      mutated: Object.entries(res.mutated).map(([k, ids]) => [res.claims[+k], ids]) });
  }
}
for (const code of Object.keys(CT)) {
  for (let i = 0; i < NCASE; i++) {
    const cl = CT[code].fn(i);
    cases.push({ kind: 'control', code, name: CT[code].name, resembles: CT[code].resembles, claims: cl, targets: cl, mutated: [] });
  }
}
for (let i = 0; i < 100; i++) { const cl = routine(i); cases.push({ kind: 'routine', code: 'R', name: '常规诊疗', claims: cl, targets: [], mutated: [] }); }

for (const k of cases) for (const c of k.claims) { try { finalizeChecks(c); } catch (e) { e.message += ' [' + k.code + ']'; throw e; } }

// settlement order and ids
CLAIMS.sort((a, b) => ((a.dischargeDate || a.visitDate) < (b.dischargeDate || b.visitDate) ? -1 : (a.dischargeDate || a.visitDate) > (b.dischargeDate || b.visitDate) ? 1 : a._seq - b._seq));
const seqByHosp = {};
for (const c of CLAIMS) { const k = c.provider.hospitalId; seqByHosp[k] = (seqByHosp[k] || 0) + 1; c.claimId = c.region + '-' + k + '-2025-' + String(seqByHosp[k]).padStart(6, '0'); }

// money: integer fen; fund from policies.json in settlement order
function deepMerge(a, b) { if (b == null) return a; if (typeof a !== 'object' || typeof b !== 'object' || Array.isArray(b)) return b; const o = Object.assign({}, a); for (const k in b) o[k] = deepMerge(a[k], b[k]); return o; }
function policyFor(region) { const p = POLICIES.provinces[region.slice(0, 2)]; if (!p) throw new Error('no policy ' + region); return deepMerge(p, (p.regions || {})[region] || {}); }
const ledger = {};
for (const c of CLAIMS) {
  const m = c._m; const pol = policyFor(c.insuredRegion || c.region);
  const sch = pol.schemes[c.insuranceType][c.visitType];
  let total = 0, policy = 0;
  for (const l of c._lines) { const amt = l.priceFen * l.qty; total += amt; policy += Math.round(amt * (1 - (l.row.selfPayShare || 0))); }
  const L = (ledger[m.insuredId] = ledger[m.insuredId] || { ded: {}, fund: {}, admissions: 0 });
  const lvl = String(c.provider.level);
  let ratio = typeof sch.ratio === 'object' ? sch.ratio[lvl] : sch.ratio;
  if (c.patient.retired) ratio += sch.retireeRatioBonus || 0;
  if (sch.maxRatio) ratio = Math.min(ratio, sch.maxRatio);
  let dedDue;
  if (c.visitType === 'inpatient') {
    dedDue = Math.round((typeof sch.deductible === 'object' ? sch.deductible[lvl] : sch.deductible) * 100);
    if (L.admissions > 0 && sch.laterAdmissionDeductibleShare != null) dedDue = Math.round(dedDue * sch.laterAdmissionDeductibleShare);
    L.admissions++;
  } else {
    const k = c.visitType; const full = Math.round((sch.deductible || 0) * 100); const used = L.ded[k] || 0;
    dedDue = Math.max(0, full - used); L.ded[k] = used + Math.min(dedDue, policy);
  }
  let fund = Math.round(Math.max(0, policy - dedDue) * ratio);
  let capKey = c.visitType, cap = sch.annualFundCap;
  if (c.visitType === 'chronic' && sch.diseaseCaps) {
    const p = c.diagnoses[0].code;
    for (const g in sch.diseaseCaps) if (sch.diseaseCaps[g].codes.some((x) => p.startsWith(x))) { capKey = 'chronic:' + g; cap = sch.diseaseCaps[g].annualFundCap; }
  }
  const usedFund = L.fund[capKey] || 0; fund = Math.max(0, Math.min(fund, Math.round(cap * 100) - usedFund)); L.fund[capKey] = usedFund + fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}

// output
fs.mkdirSync(OUT, { recursive: true });
const order = ['claimId', 'region', 'insuredRegion', 'insuranceType', 'visitType', 'patient', 'enrollment', 'provider', 'admissionDate', 'dischargeDate', 'visitDate',
  'admissionRoute', 'dischargeMode', 'transferFromHospitalId', 'diagnoses', 'procedures', 'reportedGroup', 'items', 'amounts'];
const lines = CLAIMS.map((c) => {
  if (c.visitType === 'inpatient') c.reportedGroup = { drg: GROUPMAP[c.claimId] || null, dip: null };
  const o = {}; for (const k of order) if (c[k] !== undefined) o[k] = c[k];
  if (!o.procedures.length && c.visitType !== 'inpatient') delete o.procedures;
  return JSON.stringify(o);
});
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), lines.join('\n') + '\n');
let n = 0;
const labels = cases.map((k) => {
  const id = 'B124-' + String(++n).padStart(4, '0');
  const mutatedLines = {}; for (const [c, ids] of k.mutated) if (ids.length) mutatedLines[c.claimId] = ids;
  const o = { caseId: id, kind: k.kind, code: k.code, name: k.name, claimIds: k.claims.map((c) => c.claimId), targets: k.targets.map((c) => c.claimId), mutatedLines };
  if (k.kind === 'fraud') { o.typology = k.code; o.variant = k.variant; }
  if (k.kind === 'control') o.resembles = k.resembles;
  return o;
});
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind124: ${CLAIMS.length} claims, ${labels.length} cases`);
