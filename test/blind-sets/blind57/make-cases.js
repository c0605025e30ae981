#!/usr/bin/env node
// blind57: respiratory, digestive/endoscopy and endocrine care. Fixed seed, no dependencies.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || __dirname);
const opt = (n) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || path.join(__dirname, '../base57/rules/catalogue'));
const POLFILE = path.join(CAT, '..', 'benefits', 'policies.json');
const GROUPS = opt('--groups');

// ---------- rng ----------
let S = 5757;
function rnd() { S = (S + 0x6D2B79F5) | 0; let t = Math.imul(S ^ (S >>> 15), 1 | S); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const pad = (n, w) => String(n).padStart(w, '0');

// ---------- catalogue ----------
const ROW = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json', 'drugs-mental-health.json', 'services-home-and-online.json']) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) ROW[r.code] = r;
}
function row(code) { const r = ROW[code]; if (!r) throw new Error('no catalogue row ' + code); return r; }
const POL = JSON.parse(fs.readFileSync(POLFILE, 'utf8'));

// ---------- codes ----------
const K = {
  OPD: '001102000010001', OPD_AC: '001102000020001', OPD_C: '001102000030001', GEN: '001102000040001', ER: '001102000050001', IPC: '001103000010001', CONSULT: '001104000010001', CHR: '001109000010001',
  BED3: '001105000010001', BED2: '001105000020001', ICUBED: '001105000030001', N1: '001201000020001', N2: '001201000030001', N3: '001201000040001',
  IV1: '001204000010001', IVADD: '001204000020001', IVP: '001204000040001', IM: '001204000050001', SC: '001204000060001', CANN: '001204000070001',
  NEB: '001207000010001', O2: '001208000010001', HFNC: '001208000020001', ECGM: '001209000010001', SPO2: '001210000010001', NIBP: '001211000010001', BG: '001212000010001', GID: '001213000010001', NIV: '001214000020001',
  CBC: '002501010010001', HB: '002501010030001', UA: '002501020010001', STOOL: '002501030010001', LFT: '002502010010001', ALT: '002502010020001', AST: '002502010030001', TBIL: '002502010040001',
  RFT: '002502020010001', CR: '002502020020001', LYTES: '002502030010001', LIPID: '002502040010001', TC: '002502040020001', FBG: '002502050010001', HBA1C: '002502050020001', COAG: '002502060010001',
  BNP: '002502070030001', CRP: '002502080010001', PCT: '002502080020001', ABG: '002502090010001', DDIM: '002502100010001', HBV: '002502110010001', PREOP: '002502120010001', ABO: '002502130010001',
  CULT: '002502140010001', CEA: '002502170010001', AFP: '002502170020001', CA199: '002502170040001', TFT: '002502180010001', PATH: '002502200010001',
  ECG: '003107010010001', CXR: '002202010010001', USABD: '002103010010001', USTHY: '002103010050001', USBR: '002103010090001', CTCH: '002301010020001', CTABD: '002301010030001', CTENH: '002301010040001',
  DXA: '002503010010001', PFT: '002503010020001', GASTRO: '002503010030001', COLO: '002503010040001', FUNDUS: '002503010050001',
  GA: '003301010010001', LOCAL: '003301010030001', LAPCHOLE: '003302020010001', HCHECK: '003112030010001', FBED0: '001110000010001', FBEDV: '001110000020001', ONLINE: '001102000910001',
  // drugs
  AMOX: 'XJ01CAA501A001', AMC: 'XJ01CRA502A001', CXM: 'XJ01DCT502A001', CFX: 'XJ01DDT503A001', CRO: 'XJ01DDT504B002', CXMIV: 'XJ01DCT505B002', CPZ: 'XJ01DDT507B002', AZI: 'XJ01FAA503A001', AZIIV: 'XJ01FAA503B002',
  CLARI: 'XJ01FAK501A001', LEVO: 'XJ01MAZ501A001', LEVOIV: 'XJ01MAZ501B002', MOXI: 'XJ01MAM502A001', MOXIIV: 'XJ01MAM502B002', METRO: 'XJ01XDJ501B002', TZP: 'XJ01CRP501B002', ETV: 'XJ05AFE501A001', OSELT: 'XJ05AHA508A001',
  MET: 'XA10BAE503A001', METXR: 'XA10BAE503A003', ACAR: 'XA10BFA514A001', GLIM: 'XA10BBG501A001', GLIC: 'XA10BBG502A003', SITA: 'XA10BHX505A001', DAPA: 'XA10BKD506A001', LIRA: 'XA10BJL506B002',
  ASPI: 'XA10ABM504B002', NPH: 'XA10ACJ502B002', GLAR: 'XA10AEG503B002', RI: 'XA10ABS502B002',
  OME: 'XA02BCA515A001', OMEIV: 'XA02BCA515B002', PANIV: 'XA02BCP503B002', RABE: 'XA02BCL507A001', ESO: 'XA02BCA516A001', FAMO: 'XA02BAF504A001', ALMAG: 'XA02ADL508A001', DOMP: 'XA03FAD507A001',
  SMECTA: 'XA07BCM505A006', BIFID: 'XA07FAS503A001', LACT: 'XA06ADR502A004', UDCA: 'XA05AAX506A001', PPC: 'XA05BAD508A001', GSH: 'XV03ABH501B002', MGIG: 'XA05BAY506B002', SPIRO: 'XC03DAL505A001', FURO: 'XC03CAF503A001', FUROIV: 'XC03CAF503B002',
  ALB: 'XB05AAR504B002', NS: 'XB05BBL511B002', GS: 'XB05BAP505B002', GNS: 'XB05BBP506B002', LR: 'XB05BBF507B002', KCL: 'XB05XAL512B002', LIPE: 'XB05BAZ504B002', AA: 'XB05BAF508B002', VITK: 'XB02BAW502B002', TXA: 'XB02AAA519B002',
  MP: 'XH02ABJ504B002', PRED: 'XH02ABP507A001', LT4: 'XH03AAZ506A001', TERI: 'XH05AAT511B002', ALN: 'XM05BAA520A001', ZOL: 'XM05BAZ507B002', CAD3: 'XA12AXT512A001', CALCI: 'XA11CCG506A001',
  SALB: 'XR03ACS508C003', BUDF: 'XR03AKB507C003', SALF: 'XR03AKS509C003', TIO: 'XR03BBS510C003', BUDN: 'XR03BAB508C003', IPRA: 'XR03BBY508C003', DOXO: 'XR03DAD516B002', AMINO: 'XR03DAA521A001',
  AMBXIV: 'XR05CBA522B002', AMBX: 'XR05CBA522A001', NAC: 'XR05CBY509A001', ATOR: 'XC10AAA511A001', ROSU: 'XC10AAR501A001', AMLO: 'XC08CAA512A001', IRB: 'XC09CAE502A001', LOSA: 'XC09CAL504A001', METOP: 'XC07ABM503A001', ASA: 'XB01ACA509A001',
  ENOX: 'XB01ABY502B002', PROP: 'XN01AXB503B002', LIDO: 'XN01BBL509B002', MIDAZ: 'XN05CDM508B002', MCP: 'XA03FAJ503B002', SACVAL: 'XC09DXS501A001', FE: 'XB03AAH503A001',
  VITC: 'XA11GAW503A001', COQ10: 'XC01EBF512A001',
  // consumables
  IVSET: 'C14010150100001020350000001', CANNULA: 'C14010150200001215730000001', SYR: 'C14010150300001156950000001', O2T: 'C14050150100001832230000001', NEBK: 'C14050150200001429150000001', NIVC: 'C14050150400001784750000001',
  ELEC: 'C14060150100001436170000001', STRIP: 'C14060150300001162280000001', CLIP: 'C11010150400001380140000001', GOWN: 'C11010150600001900710000001', GTUBE: 'C14040150200001963360000001', TROCAR: 'C11010150100001004460000001', SUTURE: 'C11010150200001895120000001', DRAINB: 'C14040150100001551930000001',
};

// ---------- places ----------
const REGIONS = ['220100', '220200', '230100', '230600', '370100', '370200', '510100', '510700'];
const hosp = (region, level, k = 1) => ({ hospitalId: `H${region}${level}${k}`, level, region });
const pharm = (region, k = 1) => ({ hospitalId: `Y${region}0${k}`, level: 1, region, pharmacy: true });
const doc = (h, n) => `D${h.hospitalId.slice(1)}${pad(n, 2)}`;

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const dstr = (doy) => new Date(D0 + doy * 86400000).toISOString().slice(0, 10);
const add = (iso, n) => new Date(Date.parse(iso + 'T00:00:00Z') + n * 86400000).toISOString().slice(0, 10);
const diff = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000);

// ---------- people ----------
let PID = 0;
function person({ age, gender, scheme, chronic, region }) {
  gender = gender || pick(['M', 'F']); scheme = scheme || (rnd() < 0.6 ? 'employee' : 'resident');
  const by = 2025 - age - (rnd() < 0.5 ? 1 : 0); const bd = `${by}-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}`;
  const retAge = gender === 'M' ? 60 : 55; const retired = scheme === 'employee' && age >= retAge + 1;
  const contributionYears = scheme === 'employee' ? (retired ? (gender === 'M' ? ri(31, 40) : ri(26, 35)) : Math.max(1, Math.min(age - 20, ri(3, 30)))) : 0;
  const cy = ri(6, 16);
  const e = { enrolledOn: `${2025 - cy}-01-01`, inConcentratedPeriod: true, continuousYears: cy, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null };
  if (chronic) e.chronicDiseases = chronic;
  return { insuredId: `P57${pad(++PID, 6)}`, gender, birthDate: bd, retired, insuranceType: scheme, enrollment: e, region };
}

// ---------- claims ----------
let SEQ = 0; const CLAIMS = [];
function claim({ p, h, dept, dn = 1, vt, date, adm, dis, dx, px = [], items, insuredRegion, extra = {} }) {
  vt = vt || (adm ? 'inpatient' : h.pharmacy ? 'pharmacy' : 'outpatient');
  const claimId = `${h.region}-${h.hospitalId}-2025-${pad(++SEQ, 6)}`;
  const c = { claimId, region: h.region, insuranceType: p.insuranceType, visitType: vt,
    patient: { insuredId: p.insuredId, gender: p.gender, birthDate: p.birthDate, retired: p.retired }, enrollment: JSON.parse(JSON.stringify(p.enrollment)),
    provider: { hospitalId: h.hospitalId, level: h.level, department: dept || (h.pharmacy ? 'pharmacy' : 'general'), doctorId: doc(h, dn) } };
  if (insuredRegion) c.insuredRegion = insuredRegion;
  if (vt === 'inpatient') { c.admissionDate = adm; c.dischargeDate = dis; Object.assign(c, { admissionRoute: 'outpatient', dischargeMode: 'ordered' }); }
  else c.visitDate = date;
  c.diagnoses = dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = px.map(([code, d]) => ({ code, date: d }));
  if (vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  Object.assign(c, extra);
  c.items = []; c._mut = []; c._fen = []; c._sp = [];
  let ln = 0;
  for (const it of items) {
    const [code, qty, d, o = {}] = it; if (!qty) continue;
    const r = row(code); const cap = r.priceCap[String(h.level)];
    const unitFen = Math.round(cap * 100 * (o.f || 1));
    const amtFen = unitFen * qty; const lineId = String(++ln);
    const line = { lineId, code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date: d || date || adm, quantity: qty, unitPrice: unitFen / 100, amount: amtFen / 100 };
    if (o.long) line.longPrescription = true;
    c.items.push(line); c._fen.push(amtFen); c._sp.push(Math.round(amtFen * (r.selfPayShare || 0)));
    if (o.m) c._mut.push(lineId);
  }
  c._settle = dis || date; c._seq = SEQ;
  CLAIMS.push(c); return c;
}

// inpatient item lists
function stay({ adm, los, nursing = K.N2, bed = K.BED3, daily = [], day0 = [], at = {}, last = [], nursingAt }) {
  const out = [];
  for (let d = 0; d < los; d++) {
    const dt = add(adm, d);
    out.push([bed, 1, dt], [K.IPC, 1, dt], [nursingAt ? nursingAt(d) : nursing, 1, dt]);
    if (d === 0) for (const x of day0) out.push([x[0], x[1], dt, x[2]]);
    for (const x of daily) { const q = typeof x[1] === 'function' ? x[1](d) : x[1]; if (q) out.push([x[0], q, dt, x[2]]); }
    for (const x of at[d] || []) out.push([x[0], x[1], dt, x[2]]);
  }
  for (const x of last) out.push([x[0], x[1], add(adm, los), x[2]]);
  return out;
}
const on = (dt, list) => list.map((x) => [x[0], x[1], dt, x[2]]);
const range = (a, b, q) => (d) => (d >= a && d <= b ? q : 0);

// ---------- cases ----------
const LABELS = [];
function label(kind, code, name, claims, targets, extraMut) {
  const mut = {};
  for (const c of targets) if (c._mut.length) mut[c.claimId] = c._mut.slice();
  const caseId = `${code}-${pad(LABELS.filter((l) => l.code === code).length + 1, 2)}`;
  const l = { caseId, kind, code, name, claimIds: claims.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines: mut };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  LABELS.push(l);
}
const regionOf = (i) => REGIONS[i % REGIONS.length];
const doyBase = () => ri(12, 300);

// ---- clinical building blocks ----
function capStay(h, p, adm, los, o = {}) { // community-acquired pneumonia, non-severe
  const l = h.level; const abx = l === 1 ? [[K.CRO, 2]] : pick([[[K.CXMIV, 3]], [[K.CPZ, 2]], [[K.CRO, 2], [K.AZIIV, 1]]]);
  const abxDays = Math.min(los - 1, 7);
  const day0 = [[K.CBC, 1], [K.CRP, 1], [K.LFT, 1], [K.RFT, 1], [K.LYTES, 1], [K.CULT, 1], [K.ECG, 1], [l === 1 ? K.CXR : K.CTCH, 1], [K.COAG, 1], [K.CANN, 1], [K.CANNULA, 1], [K.O2T, 1], [K.NEBK, 1]];
  if (l >= 2) day0.push([K.PCT, 1]);
  const daily = [[K.IV1, range(0, abxDays, 1)], [K.IVADD, range(0, abxDays, abx.length)], [K.NS, range(0, abxDays, abx.length + 1)], [K.IVSET, range(0, abxDays, 1)],
    [K.NEB, range(0, 4, 2)], [K.BUDN, range(0, 4, 2)], [K.AMBXIV, range(0, 4, 2)], [K.O2, range(0, 2, 8)]];
  for (const [c, q] of abx) daily.push([c, range(0, abxDays, q)]);
  const at = { 3: [[K.CBC, 1], [K.CRP, 1]] }; at[los - 1] = (at[los - 1] || []).concat([[K.CBC, 1], [K.CRP, 1], [K.CXR, 1]]);
  return stay({ adm, los, day0, daily, at, last: [[K.CFX, 10], [K.AMBX, 15]], ...o });
}
function copdStay(h, p, adm, los, o = {}) {
  const l = h.level; const abx = l === 1 ? [K.CRO, 2] : pick([[K.CXMIV, 3], [K.LEVOIV, 1], [K.CPZ, 2]]);
  const day0 = [[K.CBC, 1], [K.CRP, 1], [K.ABG, 1], [K.LFT, 1], [K.RFT, 1], [K.LYTES, 1], [K.ECG, 1], [l === 1 ? K.CXR : K.CTCH, 1], [K.CULT, 1], [K.CANN, 1], [K.CANNULA, 1], [K.O2T, 1], [K.NEBK, 1]];
  if (l >= 2) day0.push([K.BNP, 1]);
  const daily = [[K.NEB, 2], [K.BUDN, range(0, Math.min(los - 1, 9), 2)], [K.IPRA, 2], [K.DOXO, range(0, 6, 2)], [K.MP, range(0, 4, 1)], [abx[0], range(0, 6, abx[1])],
    [K.IV1, range(0, 6, 1)], [K.IVADD, range(0, 6, 2)], [K.NS, range(0, 6, 3)], [K.IVSET, range(0, 6, 1)], [K.O2, 12], [K.SPO2, range(0, 2, 12)], [K.NEBK, (d) => (d > 0 && d % 3 === 0 ? 1 : 0)]];
  const at = { 3: [[K.ABG, 1], [K.CBC, 1]] }; at[los - 1] = [[K.CBC, 1], [K.CRP, 1]];
  return stay({ adm, los, day0, daily, at, last: [[pick([K.BUDF, K.TIO]), 1]], ...o });
}
function dmStay(h, p, adm, los, o = {}) {
  const day0 = [[K.CBC, 1], [K.UA, 1], [K.LFT, 1], [K.RFT, 1], [K.LIPID, 1], [K.HBA1C, 1], [K.LYTES, 1], [K.ECG, 1], [K.USABD, 1], [K.GLAR, 1], [K.ASPI, 1]];
  const daily = [[K.BG, 7], [K.SC, 4], [K.MET, 3]];
  const at = { 1: [[K.FUNDUS, 1], [K.UA, 1]], 2: [[K.ASPI, 1]] }; if (los > 5) at[5] = [[K.ASPI, 1]];
  return stay({ adm, los, day0, daily, at, last: [[K.GLAR, 2], [K.ASPI, 3], [K.MET, 90]], ...o });
}
function giBleedStay(h, p, adm, los, o = {}) {
  const day0 = [[K.CBC, 2], [K.COAG, 1], [K.LFT, 1], [K.RFT, 1], [K.LYTES, 1], [K.ABO, 1], [K.PREOP, 1], [K.ECG, 1], [K.GASTRO, 1], [K.CLIP, 2], [K.LIDO, 1], [K.CANN, 1], [K.CANNULA, 1], [K.STOOL, 1]];
  const daily = [[K.PANIV, range(0, Math.min(los - 1, 6), 2)], [K.NS, range(0, 4, 2)], [K.GNS, range(0, 4, 1)], [K.IV1, range(0, 4, 1)], [K.IVADD, range(0, 4, 2)], [K.IVSET, range(0, 4, 1)],
    [K.ECGM, range(0, 1, 12)], [K.SPO2, range(0, 1, 12)], [K.CBC, range(1, 2, 1)]];
  const at = {}; at[los - 1] = [[K.CBC, 1], [K.STOOL, 1]];
  return stay({ adm, los, day0, daily, at, nursingAt: (d) => (d < 2 ? K.N1 : K.N2), last: [[K.OME, 28]], ...o });
}
function cholStay(h, p, adm, los, o = {}) {
  const day0 = [[K.CBC, 1], [K.LFT, 1], [K.RFT, 1], [K.COAG, 1], [K.PREOP, 1], [K.ABO, 1], [K.ECG, 1], [K.CXR, 1], [K.USABD, 1], [K.CANN, 1], [K.CANNULA, 1]];
  const at = { 1: [[K.LAPCHOLE, 1], [K.GA, 2], [K.TROCAR, 1], [K.CLIP, 3], [K.SUTURE, 2], [K.GOWN, 1], [K.PROP, 2], [K.LIDO, 2], [K.CXMIV, 2], [K.ECGM, 8], [K.SPO2, 8], [K.ELEC, 5], [K.PATH, 1]], 2: [[K.CXMIV, 2], [K.CBC, 1]] };
  const daily = [[K.IV1, range(1, 2, 1)], [K.IVADD, range(1, 2, 1)], [K.NS, range(1, 2, 2)], [K.IVSET, range(1, 2, 1)]];
  return stay({ adm, los, day0, at, daily, ...o });
}
function ercpStay(h, p, adm, los, o = {}) { // stand-in: 胃镜检查 row for the duodenoscopy (no ERCP service row)
  const day0 = [[K.CBC, 1], [K.LFT, 1], [K.RFT, 1], [K.COAG, 1], [K.PREOP, 1], [K.ECG, 1], [K.CTABD, 1], [K.CA199, 1], [K.CANN, 1], [K.CANNULA, 1]];
  const at = { 1: [[K.GASTRO, 1], [K.GA, 1], [K.PROP, 2], [K.CXMIV, 2], [K.ECGM, 6], [K.SPO2, 6], [K.ELEC, 5]], 2: [[K.LFT, 1], [K.CBC, 1], [K.CXMIV, 2]] };
  const daily = [[K.IV1, range(1, 3, 1)], [K.IVADD, range(1, 3, 1)], [K.NS, range(1, 3, 2)], [K.GNS, range(1, 3, 1)], [K.IVSET, range(1, 3, 1)], [K.PANIV, range(1, 3, 2)]];
  return stay({ adm, los, day0, at, daily, ...o });
}
function pancStay(h, p, adm, los, o = {}) {
  const day0 = [[K.CBC, 1], [K.CRP, 1], [K.LFT, 1], [K.RFT, 1], [K.LYTES, 1], [K.LIPID, 1], [K.CTABD, 1], [K.USABD, 1], [K.COAG, 1], [K.ABG, 1], [K.GTUBE, 1], [K.CANN, 1], [K.CANNULA, 1]];
  const daily = [[K.GID, range(0, 3, 1)], [K.PANIV, range(0, 6, 2)], [K.LIPE, range(2, 6, 1)], [K.AA, range(1, 6, 1)], [K.NS, range(0, 6, 3)], [K.GNS, range(0, 6, 2)], [K.KCL, range(0, 6, 2)],
    [K.IV1, range(0, 6, 1)], [K.IVADD, range(0, 6, 3)], [K.IVSET, range(0, 6, 1)]];
  const at = { 3: [[K.CRP, 1], [K.LYTES, 1], [K.CBC, 1]] }; at[los - 1] = [[K.CRP, 1], [K.LFT, 1]];
  return stay({ adm, los, day0, daily, at, nursingAt: (d) => (d < 2 ? K.N1 : K.N2), ...o });
}
const pxDate = (adm, n) => add(adm, n);

// ---- outpatient templates (legit) ----
function opDiabetes(h, p, date, o = {}) {
  const dx = ['E11.900'].concat(o.dx2 || []);
  const meds = o.meds || pick([[[K.MET, 90]], [[K.MET, 90], [K.GLIM, 30]], [[K.METXR, 60], [K.SITA, 30]], [[K.MET, 90], [K.ACAR, 90]], [[K.GLAR, 3], [K.MET, 90]]]);
  return claim({ p, h, dept: 'endocrinology', vt: o.vt, date, dx, items: [[o.vt === 'chronic' ? K.CHR : K.OPD, 1], [K.FBG, 1], [K.HBA1C, o.noA1c ? 0 : 1]].concat(meds.map((m) => [m[0], m[1], date, m[2]])).concat(o.more || []) });
}

// =====================================================================
// FRAUD TYPOLOGIES
// =====================================================================
const TY = {
  T01: '串换项目：体检套餐按门诊诊疗项目结算（同日同院同医生同一检查组合，挂症状诊断）',
  T02: '超限定支付：GLP-1/SGLT2（限2型糖尿病）用于肥胖、糖尿病前期',
  T03: '超限定支付：噻托溴铵（限COPD）用于哮喘，特立帕肽/唑来膦酸用于骨量减少',
  T04: '过度诊疗：非重症肺炎住院反复胸部CT、每日PCT/BNP/血气；胃肠镜复查远短于指南间隔',
  T05: '重复收费：打包项目与其组成项目、呼吸机/麻醉期间另收吸氧与监护',
  T06: '分解收费：同一门诊就诊拆成多张结算单（拆方、重复诊察费）',
  T07: '超量开药/倒卖：胰岛素笔、吸入剂在多家机构短期内重复购药',
  T08: '冒名就医：住院期间同一参保人在他院门诊、药店结算',
  T09: '挂床住院：基层住院多日仅床位、护理、诊查，几乎无治疗',
  T10: '低标准入院：检查性住院（胃肠镜、甲状腺、彩超、CT 打包），无住院必要',
  T11: '分解住院：COPD/肺炎/糖尿病出院后短期内同院同病再入院',
  T12: '诱导住院：同日同机构成批收治老年居民，诊断与项目雷同',
  T13: '虚记/虚增：吸氧、监护、雾化、血糖监测按满日计费，病情不支持',
  T14: '高套编码：附加无证据的严重并发症（呼衰、休克、低钠、失血性贫血）抬高分组',
  T15: '门诊慢特病超范围：非认定病种结算或慢特病单中夹带无关药品',
};

function T01(i) { // 体检 swapped into billing
  const region = regionOf(i); const h = hosp(region, pick([2, 3])); const date = dstr(doyBase());
  const dxs = [['R10.100'], ['K29.500'], ['E04.101'], ['R10.400'], ['I10.x00x002'], ['K76.000']];
  const n = ri(2, 4); const dxv = pick(dxs); const dn = ri(1, 6); const cl = [];
  for (let k = 0; k < n; k++) {
    const p = person({ age: ri(32, 55), scheme: 'employee' });
    const items = [[K.OPD, 1], [K.CBC, 1], [K.UA, 1], [K.LFT, 1], [K.RFT, 1], [K.LIPID, 1], [K.FBG, 1], [K.TFT, 1], [K.CEA, 1], [K.AFP, 1], [K.ECG, 1], [rnd() < 0.5 ? K.CTCH : K.CXR, 1], [K.USABD, 1], [K.USTHY, 1]];
    if (p.gender === 'F') items.push([K.USBR, 1]); if (rnd() < 0.4) items.push([K.HBV, 1]);
    cl.push(claim({ p, h, dept: 'general', dn, date, dx: dxv, items }));
  }
  label('fraud', 'T01', TY.T01, cl, cl);
}
function T02(i) {
  const region = regionOf(i + 1); const h = i % 4 === 3 ? pharm(region, 1) : hosp(region, pick([2, 3]));
  const p = person({ age: ri(24, 52) }); const date = dstr(doyBase());
  const v = i % 3; const dx = v === 0 ? ['E66.900'] : v === 1 ? ['E66.900', 'R73.002'] : ['K76.001', 'E66.900'];
  const drug = i % 5 === 4 ? [K.DAPA, 30] : [K.LIRA, 3];
  const items = h.pharmacy ? [[drug[0], drug[1], date, { m: 1 }]] : [[K.OPD_AC, 1], [K.FBG, 1], [v === 1 ? K.HBA1C : K.LFT, 1], [drug[0], drug[1], date, { m: 1 }]];
  const c = claim({ p, h, dept: h.pharmacy ? 'pharmacy' : 'endocrinology', date, dx, items });
  label('fraud', 'T02', TY.T02, [c], [c]);
}
function T03(i) {
  const region = regionOf(i + 2); const date = dstr(doyBase());
  let c;
  if (i < 7) { const h = i % 3 === 2 ? pharm(region, 2) : hosp(region, pick([1, 2, 3])); const p = person({ age: ri(25, 60) });
    const items = h.pharmacy ? [[K.TIO, 1, date, { m: 1 }]] : [[K.OPD, 1], [K.PFT, i % 2], [K.TIO, 1, date, { m: 1 }], [K.SALB, 1]];
    c = claim({ p, h, dept: h.pharmacy ? 'pharmacy' : 'respiratory', date, dx: pick([['J45.900x001'], ['J45.900'], ['J45.900x001', 'J30.400']]).filter((x) => x !== 'J30.400'), items });
  } else if (i < 11) { const h = hosp(region, 3); const p = person({ age: ri(55, 72), gender: 'F' });
    c = claim({ p, h, dept: 'endocrinology', date, dx: ['M85.800'], items: [[K.OPD_AC, 1], [K.DXA, 1], [K.TERI, 1, date, { m: 1 }], [K.CAD3, 30]] });
  } else { const h = hosp(region, 2); const p = person({ age: ri(50, 66), gender: 'F' });
    c = claim({ p, h, dept: 'endocrinology', date, dx: ['M85.800'], items: [[K.OPD, 1], [K.DXA, 1], [K.RFT, 1], [K.ZOL, 1, date, { m: 1 }], [K.IV1, 1], [K.NS, 1], [K.IVSET, 1]] });
  }
  label('fraud', 'T03', TY.T03, [c], [c]);
}
function T04(i) {
  if (i % 3 === 2) { // surveillance endoscopy repeated far inside the guideline interval (normal or small-polyp findings)
    const region = regionOf(i + 3); const p = person({ age: ri(45, 70), scheme: 'employee' }); const d1 = dstr(ri(12, 150)); const d2 = add(d1, ri(75, 130));
    const h1 = hosp(region, 3); const h2 = hosp(region, 2);
    const a = claim({ p, h: h1, dept: 'endoscopy', date: d1, dx: ['K29.500', 'K63.500'], px: [['45.1300x004', d1], ['45.2302', d1]], items: [[K.OPD, 1], [K.GASTRO, 1], [K.COLO, 1], [K.LIDO, 1], [K.PATH, 1]] });
    const b = claim({ p, h: h2, dept: 'endoscopy', date: d2, dx: [pick(['Z12.100', 'Z09.001', 'K29.500'])], px: [['45.1300x004', d2], ['45.2302', d2]], items: [[K.OPD, 1], [K.GASTRO, 1, d2, { m: 1 }], [K.COLO, 1, d2, { m: 1 }], [K.LIDO, 1], [K.PATH, i % 2, d2, { m: 1 }]] });
    label('fraud', 'T04', TY.T04, [a, b], [b]); return;
  }
  const region = regionOf(i + 3); const h = hosp(region, pick([2, 3, 3])); const p = person({ age: ri(35, 70) });
  const adm = dstr(doyBase()); const los = ri(6, 9); const careful = i % 2 === 1;
  const items = capStay(h, p, adm, los);
  const ctDays = careful ? [2, 5] : [2, 4, 6].filter((d) => d < los);
  for (const d of ctDays) items.push([K.CTCH, 1, add(adm, d), { m: 1 }]);
  for (let d = 1; d < los; d++) { if (careful ? d % 2 === 0 : true) items.push([K.PCT, 1, add(adm, d), { m: 1 }]); }
  for (let d = 0; d < los; d += careful ? 3 : 2) items.push([K.BNP, 1, add(adm, d), { m: 1 }]);
  if (!careful) for (let d = 0; d < los; d++) items.push([K.ABG, 1, add(adm, d), { m: 1 }]);
  const c = claim({ p, h, dept: 'respiratory', adm, dis: add(adm, los), dx: [pick(['J15.902', 'J18.900', 'J18.000'])], items });
  label('fraud', 'T04', TY.T04, [c], [c]);
}
function T05(i) {
  const region = regionOf(i + 4); const v = i % 5; let c;
  if (v === 0) { // cirrhosis follow-up: 肝功能全套 + its components
    const h = hosp(region, pick([2, 3])); const p = person({ age: ri(45, 70), chronic: ['B18'] }); const date = dstr(doyBase());
    c = claim({ p, h, dept: 'gastroenterology', date, dx: ['K74.600x003', 'B18.100'], items: [[K.OPD_AC, 1], [K.LFT, 1], [K.ALT, 1, date, { m: 1 }], [K.AST, 1, date, { m: 1 }], [K.TBIL, i % 2, date, { m: 1 }], [K.AFP, 1], [K.USABD, 1], [K.ETV, 30], [K.CBC, 1]] });
  } else if (v === 1) { // GI bleed: 血常规五分类 + 血红蛋白测定 same days
    const h = hosp(region, pick([2, 3])); const p = person({ age: ri(40, 78) }); const adm = dstr(doyBase()); const los = ri(5, 7);
    const items = giBleedStay(h, p, adm, los); for (let d = 0; d < 3; d++) items.push([K.HB, 1, add(adm, d), { m: 1 }]);
    c = claim({ p, h, dept: 'gastroenterology', adm, dis: add(adm, los), dx: [pick(['K25.400x001', 'K26.401'])], px: [['44.4300x002', add(adm, 0)]], items });
  } else if (v === 2) { // diabetes clinic: 血脂四项 + 总胆固醇
    const h = hosp(region, pick([1, 2, 3])); const p = person({ age: ri(45, 75) }); const date = dstr(doyBase());
    c = opDiabetes(h, p, date, { more: [[K.LIPID, 1], [K.TC, 1, date, { m: 1 }], [K.RFT, 1], [K.CR, 1, date, { m: 1 }]] });
  } else if (v === 3) { // COPD stay: NIV ~20h + oxygen 24h the same days
    const h = hosp(region, pick([2, 3])); const p = person({ age: ri(62, 84) }); const adm = dstr(doyBase()); const los = ri(7, 10);
    const items = copdStay(h, p, adm, los).filter((x) => x[0] !== K.O2);
    for (let d = 0; d < los; d++) { const dt = add(adm, d); if (d < 4) { items.push([K.NIV, 20, dt], [K.O2, 24, dt, { m: 1 }]); } else items.push([K.O2, 12, dt]); }
    items.push([K.NIVC, 1, adm]);
    c = claim({ p, h, dept: 'respiratory', adm, dis: add(adm, los), dx: ['J44.100', 'J96.100'], px: [['93.9000x002', adm]], items });
  } else { // ERCP / painless endoscopy: monitoring billed through the anaesthesia hours
    const h = hosp(region, 3); const p = person({ age: ri(45, 80) }); const adm = dstr(doyBase()); const los = ri(5, 7);
    const items = ercpStay(h, p, adm, los).filter((x) => !(x[0] === K.ECGM || x[0] === K.SPO2));
    const d1 = add(adm, 1); items.push([K.ECGM, 24, d1, { m: 1 }], [K.SPO2, 24, d1, { m: 1 }]);
    c = claim({ p, h, dept: 'gastroenterology', adm, dis: add(adm, los), dx: ['K80.501'], px: [['51.8503', d1], ['51.8800x009', d1]], items });
  }
  label('fraud', 'T05', TY.T05, [c], [c]);
}
function T06(i) { // one visit split into several claims
  const region = regionOf(i + 5); const h = hosp(region, pick([1, 2, 3])); const date = dstr(doyBase()); const dn = ri(1, 5);
  const v = i % 3; const cl = [];
  if (v === 0) { const p = person({ age: ri(50, 78) });
    cl.push(claim({ p, h, dept: 'endocrinology', dn, date, dx: ['E11.900'], items: [[K.OPD, 1], [K.FBG, 1], [K.MET, 90]] }));
    cl.push(claim({ p, h, dept: 'endocrinology', dn, date, dx: ['E11.900'], items: [[K.OPD, 1], [K.GLAR, 3]] }));
    if (i % 2) cl.push(claim({ p, h, dept: 'endocrinology', dn, date, dx: ['E11.900'], items: [[K.OPD, 1], [K.ATOR, 30]] }));
  } else if (v === 1) { const p = person({ age: ri(55, 80) });
    cl.push(claim({ p, h, dept: 'respiratory', dn, date, dx: ['J44.900'], items: [[K.OPD, 1], [K.TIO, 1]] }));
    cl.push(claim({ p, h, dept: 'respiratory', dn, date, dx: ['J44.900'], items: [[K.OPD, 1], [K.SALB, 1], [K.AMBX, 30]] }));
    if (i % 2) cl.push(claim({ p, h, dept: 'respiratory', dn, date, dx: ['J44.900'], items: [[K.OPD, 1], [K.NAC, 20]] }));
  } else { const p = person({ age: ri(30, 70) });
    cl.push(claim({ p, h, dept: 'gastroenterology', dn, date, dx: ['K29.500', 'B98.000'], items: [[K.OPD, 1], [K.RABE, 28]] }));
    cl.push(claim({ p, h, dept: 'gastroenterology', dn, date, dx: ['K29.500', 'B98.000'], items: [[K.OPD, 1], [K.AMOX, 56]] }));
    cl.push(claim({ p, h, dept: 'gastroenterology', dn, date, dx: ['K29.500', 'B98.000'], items: [[K.OPD, 1], [K.CLARI, 28]] }));
  }
  label('fraud', 'T06', TY.T06, cl, cl.slice(1));
}
function T07(i) { // stockpiling across institutions
  const region = regionOf(i + 6); const v = i % 3; const base = ri(15, 250); const cl = [];
  const p = person({ age: ri(40, 75), scheme: 'employee' });
  const insts = [hosp(region, 3), pharm(region, 1), hosp(region, 2), pharm(region, 3)];
  const gaps = i % 2 ? [0, 9, 17, 24] : [0, 5, 11, 16];
  gaps.forEach((g, k) => {
    const h = insts[k]; const date = dstr(base + g); const m = k > 0 ? { m: 1 } : {};
    let dx, items;
    if (v === 0) { dx = ['E11.900']; items = [[K.GLAR, 3, date, m], [K.ASPI, 5, date, m]]; }
    else if (v === 1) { dx = ['J44.900']; items = [[K.BUDF, 2, date, m], [K.SALB, 1]]; }
    else { dx = ['E11.900']; items = [[K.ASPI, 6, date, m], [K.LIRA, k % 2 ? 3 : 0, date, m]]; }
    if (!h.pharmacy) items.unshift([K.OPD, 1]);
    cl.push(claim({ p, h, dept: h.pharmacy ? 'pharmacy' : v === 1 ? 'respiratory' : 'endocrinology', date, dx, items }));
  });
  label('fraud', 'T07', TY.T07, cl, cl.slice(1));
}
function T08(i) { // claims during an inpatient stay
  const region = regionOf(i + 7); const p = person({ age: ri(55, 82) }); const adm = dstr(doyBase()); const los = ri(7, 10);
  const h = hosp(region, pick([2, 3])); const v = i % 3;
  const stayC = claim({ p, h, dept: 'respiratory', adm, dis: add(adm, los), dx: ['J44.100'], items: copdStay(h, p, adm, los) });
  const cl = [stayC]; const t = [];
  const mid = add(adm, ri(2, los - 2));
  if (v === 0) { const other = REGIONS[(REGIONS.indexOf(region) + 3) % REGIONS.length]; const h2 = hosp(other, 2);
    t.push(claim({ p, h: h2, dept: 'endocrinology', date: mid, dx: ['E11.900'], items: [[K.OPD, 1], [K.FBG, 1], [K.GLAR, 3], [K.MET, 90]], insuredRegion: region })); }
  else if (v === 1) { const ph = pharm(region, 2); t.push(claim({ p, h: ph, date: mid, dx: ['J44.900'], items: [[K.BUDF, 2], [K.AMBX, 30]] })); }
  else { const h2 = hosp(region, 1, 2); t.push(claim({ p, h: h2, dept: 'gastroenterology', date: mid, dx: ['K29.500'], items: [[K.OPD, 1], [K.ESO, 28], [K.ALMAG, 36]] }));
    if (i % 2) t.push(claim({ p, h: pharm(region, 3), date: add(mid, 1), dx: ['E11.900'], items: [[K.ACAR, 90]] })); }
  label('fraud', 'T08', TY.T08, cl.concat(t), t);
}
function T09(i) { // bed blocking
  const region = regionOf(i); const h = hosp(region, pick([1, 1, 2]), pick([1, 2])); const p = person({ age: ri(60, 85), scheme: pick(['resident', 'employee']) });
  const adm = dstr(doyBase()); const los = ri(9, 15); const v = i % 3; const careful = i % 2 === 1;
  const dx = v === 0 ? ['J44.900'] : v === 1 ? ['E11.900', 'I10.x00x002'] : ['K29.500'];
  const day0 = [[K.CBC, 1], [K.UA, 1], [K.LFT, 1], [K.RFT, 1], [K.ECG, 1], [K.CXR, 1]];
  const daily = careful ? [[v === 0 ? K.AMBX : v === 1 ? K.MET : K.OME, v === 0 ? 3 : v === 1 ? 3 : 2], [K.O2, (d) => (v === 0 && d % 3 === 0 ? 2 : 0)]] : [];
  const at = { 1: v === 0 ? [[K.NEB, 1], [K.BUDN, 1]] : v === 1 ? [[K.FBG, 1]] : [[K.OME, 14]] };
  const items = stay({ adm, los, nursing: K.N3, day0, daily, at });
  const c = claim({ p, h, dept: 'internal', adm, dis: add(adm, los), dx, items });
  label('fraud', 'T09', TY.T09, [c], [c]);
}
function T10(i) { // check-up admission
  const region = regionOf(i + 1); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(40, 68), scheme: 'employee' });
  const adm = dstr(doyBase()); const los = ri(2, 4); const v = i % 3;
  const dx = v === 0 ? ['K29.500', 'K63.500'] : v === 1 ? ['E11.900'] : ['E04.101', 'K29.500'];
  const day0 = [[K.CBC, 1], [K.UA, 1], [K.STOOL, 1], [K.LFT, 1], [K.RFT, 1], [K.LIPID, 1], [K.FBG, 1], [K.TFT, 1], [K.CEA, 1], [K.AFP, 1], [K.ECG, 1], [K.CTCH, 1], [K.USABD, 1], [K.USTHY, 1]];
  if (v === 1) day0.push([K.HBA1C, 1]);
  const at = { 1: [[K.GASTRO, 1], [K.COLO, v !== 1 ? 1 : 0], [K.LIDO, 1], [K.PATH, v === 0 ? 1 : 0]] };
  if (los > 2) at[2] = [[K.DXA, 1], [K.PFT, 1]];
  const px = [['45.1300x004', add(adm, 1)]]; if (v !== 1) px.push(['45.2302', add(adm, 1)]);
  const c = claim({ p, h, dept: v === 1 ? 'endocrinology' : 'gastroenterology', adm, dis: add(adm, los), dx, px, items: stay({ adm, los, nursing: K.N3, day0, at }) });
  label('fraud', 'T10', TY.T10, [c], [c]);
}
function T11(i) { // split admission
  const region = regionOf(i + 2); const h = hosp(region, pick([1, 2, 2, 3])); const p = person({ age: ri(58, 86) });
  const v = i % 3; const adm = dstr(ri(12, 280)); const los1 = ri(6, 9); const gap = i % 2 ? ri(7, 12) : ri(1, 5); const los2 = ri(5, 8);
  const adm2 = add(adm, los1 + gap); let c1, c2;
  const mk = (a, l, dx) => v === 0 ? copdStay(h, p, a, l) : v === 1 ? capStay(h, p, a, l) : dmStay(h, p, a, l);
  const dx1 = v === 0 ? ['J44.100'] : v === 1 ? ['J18.900'] : ['E11.900']; const dx2 = v === 0 ? [i % 2 ? 'J44.000' : 'J44.100'] : v === 1 ? [i % 2 ? 'J15.902' : 'J18.900'] : [i % 2 ? 'E11.400' : 'E11.900'];
  const dept = v === 2 ? 'endocrinology' : 'respiratory';
  c1 = claim({ p, h, dept, adm, dis: add(adm, los1), dx: dx1, items: mk(adm, los1) });
  c2 = claim({ p, h, dept, adm: adm2, dis: add(adm2, los2), dx: dx2, items: mk(adm2, los2) });
  label('fraud', 'T11', TY.T11, [c1, c2], [c2]);
}
function T12(i) { // induced admissions: cluster of elderly residents
  const region = regionOf(i + 3); const h = hosp(region, 1, pick([1, 2])); const adm = dstr(doyBase()); const v = i % 3; const n = ri(3, 5); const cl = [];
  for (let k = 0; k < n; k++) {
    const p = person({ age: ri(66, 82), scheme: 'resident' }); const los = ri(6, 8);
    const dx = v === 0 ? ['K29.500'] : v === 1 ? ['E11.900', 'I10.x00x002'] : ['I10.x00x002', 'J44.900'];
    const day0 = [[K.CBC, 1], [K.UA, 1], [K.LFT, 1], [K.RFT, 1], [K.LIPID, 1], [K.FBG, 1], [K.ECG, 1], [K.USABD, 1], [K.CXR, 1]];
    const daily = v === 0 ? [[K.OME, 2], [K.DOMP, 3]] : v === 1 ? [[K.MET, 3], [K.AMLO, 1], [K.BG, 2]] : [[K.AMLO, 1], [K.AMBX, 3], [K.NEB, range(0, 4, 1)], [K.BUDN, range(0, 4, 1)]];
    daily.push([K.IV1, range(0, 4, 1)], [K.GNS, range(0, 4, 1)], [K.IVSET, range(0, 4, 1)]);
    cl.push(claim({ p, h, dept: 'internal', dn: 1, adm, dis: add(adm, los), dx, items: stay({ adm, los, nursing: K.N3, day0, daily }) }));
  }
  label('fraud', 'T12', TY.T12, cl, cl);
}
function T13(i) { // inflated quantities
  const region = regionOf(i + 4); const h = hosp(region, pick([1, 2, 3])); const p = person({ age: ri(40, 75) });
  const adm = dstr(doyBase()); const los = ri(6, 9); const careful = i % 2 === 1; const v = i % 3;
  let items = (v === 2 ? capStay : v === 1 ? copdStay : capStay)(h, p, adm, los).filter((x) => x[0] !== K.O2 && x[0] !== K.SPO2 && !(x[0] === K.NEB));
  for (let d = 0; d < los; d++) { const dt = add(adm, d);
    items.push([K.O2, careful ? 20 : 24, dt, { m: 1 }], [K.SPO2, careful ? 20 : 24, dt, { m: 1 }], [K.ECGM, careful ? 16 : 24, dt, { m: 1 }], [K.NEB, careful ? 3 : 4, dt, { m: 1 }]);
    if (v === 2) items.push([K.BG, careful ? 4 : 7, dt, { m: 1 }]); }
  const dx = v === 1 ? ['J44.100'] : ['J15.902'];
  const c = claim({ p, h, dept: 'respiratory', adm, dis: add(adm, los), dx, items });
  label('fraud', 'T13', TY.T13, [c], [c]);
}
function T14(i) { // upcoding with unsupported MCC/CC
  const region = regionOf(i + 5); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(50, 85) });
  const adm = dstr(doyBase()); const los = ri(6, 9); const v = i % 3; let c;
  if (v === 0) c = claim({ p, h, dept: 'respiratory', adm, dis: add(adm, los), dx: ['J18.900', pick(['J96.000', 'R57.900', 'E87.102'])], items: capStay(h, p, adm, los) });
  else if (v === 1) { const items = giBleedStay(h, p, adm, los).filter((x) => x[0] !== K.CBC || x[2] === adm);
    c = claim({ p, h, dept: 'gastroenterology', adm, dis: add(adm, los), dx: [pick(['K25.400x001', 'K26.401']), 'D62.x00'], px: [['44.4300x002', adm]], items }); }
  else c = claim({ p, h, dept: 'respiratory', adm, dis: add(adm, los), dx: ['J44.100', pick(['J96.000', 'I50.900', 'J96.100'])], items: copdStay(h, p, adm, los).filter((x) => x[0] !== K.ABG && x[0] !== K.BNP) });
  label('fraud', 'T14', TY.T14, [c], [c]);
}
function T15(i) { // 门诊慢特病 outside the approved disease
  const region = regionOf(i + 6); const h = hosp(region, pick([1, 2, 3])); const date = dstr(doyBase()); let c;
  if (i < 8) { const p = person({ age: ri(50, 80), chronic: ['E11'] });
    const off = pick([[[K.BUDF, 1]], [[K.RABE, 28], [K.AMOX, 56], [K.CLARI, 28]], [[K.TIO, 1], [K.SALB, 1]], [[K.ESO, 28], [K.UDCA, 60]]]);
    c = claim({ p, h, dept: 'endocrinology', vt: 'chronic', date, dx: ['E11.900'], items: [[K.CHR, 1], [K.FBG, 1], [K.MET, 90], [K.GLIM, 30]].concat(off.map((x) => [x[0], x[1], date, { m: 1 }])) });
  } else { const p = person({ age: ri(45, 80), chronic: ['I10'] });
    const v = i % 3;
    c = v === 0 ? claim({ p, h, dept: 'respiratory', vt: 'chronic', date, dx: ['J45.900x001'], items: [[K.CHR, 1], [K.BUDF, 1], [K.SALB, 1]] })
      : v === 1 ? claim({ p, h, dept: 'gastroenterology', vt: 'chronic', date, dx: ['K21.001'], items: [[K.CHR, 1], [K.ESO, 28], [K.DOMP, 60]] })
      : claim({ p, h, dept: 'endocrinology', vt: 'chronic', date, dx: ['E03.900'], items: [[K.CHR, 1], [K.TFT, 1], [K.LT4, 60]] });
  }
  label('fraud', 'T15', TY.T15, [c], [c]);
}

// =====================================================================
// CONTROLS
// =====================================================================
const CT = {
  C01: '有症状的全面检查（贫血、消瘦、上腹痛：胃肠镜、CT、肿瘤标志物同日）',
  C02: '2型糖尿病合并肥胖使用利拉鲁肽（有HbA1c）',
  C03: '非糖尿病心衰/CKD使用达格列净（限定范围内）',
  C04: 'COPD-哮喘重叠使用噻托溴铵',
  C05: '绝经后骨质疏松伴骨折使用特立帕肽/唑来膦酸',
  C06: '重症肺炎伴呼衰：多次CT、PCT、血气、无创通气',
  C07: '消化道出血每日两次血常规（无单列血红蛋白）',
  C08: '无创通气与吸氧同日，时段不重叠',
  C09: '同日两个专科门诊（呼吸与内分泌，不同医生）',
  C10: '稳定慢病长处方（12周胰岛素/吸入剂）',
  C11: '1型糖尿病大剂量基础-餐时胰岛素，按月定点购药',
  C12: '异地就医门诊（参保地与就医地不同），无时间重叠',
  C13: '出院当日药店购药/入院前门诊',
  C14: '基层COPD住院：每日雾化、吸氧、口服药，低费用但每日有治疗',
  C15: '短期住院：糖尿病酮症酸中毒2–3天强化治疗',
  C16: '间隔>15天因不同疾病再入院',
  C17: '分期治疗：ERCP取石后10–14天再入院行腹腔镜胆囊切除',
  C18: '社区同日成批糖尿病眼底与并发症筛查（门诊）',
  C19: '慢性呼衰COPD长期氧疗，全天吸氧与监护',
  C20: '胰岛素强化治疗住院每日7次血糖监测',
  C21: '真实严重并发症：COPD加重伴呼衰，有血气、无创通气、BNP',
  C22: '多病种慢特病（糖尿病+高血压+COPD均已认定）同单用药',
  C23: '日间无痛肠镜息肉切除（全麻1小时，监护不与麻醉重叠）',
  C24: '急性胰腺炎禁食期肠外营养（脂肪乳、氨基酸，K85 限定内）',
};
function C01(i) { const region = regionOf(i); const h = hosp(region, 3); const p = person({ age: ri(50, 75) }); const date = dstr(doyBase());
  const dx = pick([['D50.900', 'R10.100'], ['R63.400', 'K92.200x001'], ['D50.900', 'K92.200x001']]);
  const c = claim({ p, h, dept: 'gastroenterology', date, dx, items: [[K.OPD_C, 1], [K.CBC, 1], [K.STOOL, 1], [K.CEA, 1], [K.CA199, 1], [K.LFT, 1], [K.GASTRO, 1], [K.COLO, 1], [K.LIDO, 1], [K.PATH, 2], [K.CTABD, 1], [K.FE, 90]] });
  label('control', 'C01', CT.C01, [c], [c]); }
function C02(i) { const region = regionOf(i + 1); const h = i % 4 === 3 ? pharm(region, 1) : hosp(region, pick([2, 3])); const p = person({ age: ri(30, 65) }); const date = dstr(doyBase());
  const items = h.pharmacy ? [[K.LIRA, 3]] : [[K.OPD_AC, 1], [K.HBA1C, 1], [K.FBG, 1], [K.LIRA, 3], [K.MET, 90]];
  const c = claim({ p, h, dept: h.pharmacy ? 'pharmacy' : 'endocrinology', date, dx: ['E11.900', 'E66.900'], items }); label('control', 'C02', CT.C02, [c], [c]); }
function C03(i) { const region = regionOf(i + 2); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(55, 80) }); const date = dstr(doyBase());
  const hf = i % 2 === 0;
  const c = claim({ p, h, dept: hf ? 'cardiology' : 'nephrology', date, dx: hf ? ['I50.900', 'I10.x00x002'] : ['N18.300', 'I10.x00x002'], items: hf ? [[K.OPD_AC, 1], [K.BNP, 1], [K.RFT, 1], [K.DAPA, 30], [K.METOP, 60], [K.FURO, 30]] : [[K.OPD_AC, 1], [K.RFT, 1], [K.UA, 1], [K.DAPA, 30], [K.IRB, 30]] });
  label('control', 'C03', CT.C03, [c], [c]); }
function C04(i) { const region = regionOf(i + 3); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(50, 78) }); const date = dstr(doyBase());
  const c = claim({ p, h, dept: 'respiratory', date, dx: ['J44.900', 'J45.900x001'], items: [[K.OPD_AC, 1], [K.PFT, i % 2], [K.TIO, 1], [K.BUDF, 1], [K.SALB, i % 3 === 0 ? 1 : 0]] });
  label('control', 'C04', CT.C04, [c], [c]); }
function C05(i) { const region = regionOf(i + 4); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(62, 80), gender: 'F' }); const date = dstr(doyBase());
  const c = i % 2 === 0 ? claim({ p, h, dept: 'endocrinology', date, dx: ['M80.000'], items: [[K.OPD_AC, 1], [K.DXA, 1], [K.TERI, 1], [K.CAD3, 30], [K.CALCI, 30]] })
    : claim({ p, h, dept: 'endocrinology', date, dx: ['M81.000'], items: [[K.OPD, 1], [K.DXA, 1], [K.RFT, 1], [K.ZOL, 1], [K.IV1, 1], [K.NS, 1], [K.IVSET, 1], [K.CAD3, 30]] });
  label('control', 'C05', CT.C05, [c], [c]); }
function C06(i) { const region = regionOf(i + 5); const h = hosp(region, 3); const p = person({ age: ri(60, 85) }); const adm = dstr(doyBase()); const los = ri(10, 14);
  const items = stay({ adm, los, nursingAt: (d) => (d < 4 ? K.N1 : K.N2), bed: K.BED3,
    day0: [[K.CBC, 1], [K.CRP, 1], [K.PCT, 1], [K.LFT, 1], [K.RFT, 1], [K.LYTES, 1], [K.COAG, 1], [K.DDIM, 1], [K.BNP, 1], [K.CULT, 2], [K.CTCH, 1], [K.ECG, 1], [K.CANN, 1], [K.CANNULA, 1], [K.NIVC, 1]],
    daily: [[K.ABG, range(0, 3, 2)], [K.NIV, range(0, 3, 14)], [K.O2, (d) => (d < 4 ? 8 : d < 8 ? 12 : 4)], [K.ECGM, range(0, 4, 20)], [K.SPO2, range(0, 4, 20)], [K.TZP, range(0, 9, 3)], [K.MOXIIV, range(0, 6, 1)],
      [K.IV1, range(0, 9, 1)], [K.IVADD, range(0, 9, 3)], [K.NS, range(0, 9, 4)], [K.IVSET, range(0, 9, 1)], [K.NEB, range(0, 6, 2)], [K.BUDN, range(0, 6, 2)], [K.PCT, (d) => (d === 3 || d === 6 ? 1 : 0)], [K.CBC, (d) => (d === 2 || d === 5 || d === 9 ? 1 : 0)], [K.CRP, (d) => (d === 2 || d === 5 || d === 9 ? 1 : 0)]],
    at: { 6: [[K.CTCH, 1], [K.CULT, 1]], 9: [[K.LFT, 1], [K.RFT, 1]] }, last: [[K.MOXI, 5]] });
  const c = claim({ p, h, dept: 'respiratory', adm, dis: add(adm, los), dx: ['J18.903', 'J96.000'], px: [['93.9000x002', adm]], items, extra: { admissionRoute: 'emergency' } });
  label('control', 'C06', CT.C06, [c], [c]); }
function C07(i) { const region = regionOf(i + 6); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(45, 80) }); const adm = dstr(doyBase()); const los = ri(5, 7);
  const items = giBleedStay(h, p, adm, los).filter((x) => !(x[0] === K.CBC && x[2] !== adm));
  for (let d = 1; d < 4; d++) items.push([K.CBC, 2, add(adm, d)]);
  const c = claim({ p, h, dept: 'gastroenterology', adm, dis: add(adm, los), dx: [pick(['K25.400x001', 'K26.401'])], px: [['44.4300x002', adm]], items });
  label('control', 'C07', CT.C07, [c], [c]); }
function C08(i) { const region = regionOf(i + 7); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(62, 85) }); const adm = dstr(doyBase()); const los = ri(7, 10);
  const items = copdStay(h, p, adm, los).filter((x) => x[0] !== K.O2);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); if (d < 4) items.push([K.NIV, 10, dt], [K.O2, 12, dt]); else items.push([K.O2, 12, dt]); }
  items.push([K.NIVC, 1, adm]);
  const c = claim({ p, h, dept: 'respiratory', adm, dis: add(adm, los), dx: ['J44.100', 'J96.100'], px: [['93.9000x002', adm]], items });
  label('control', 'C08', CT.C08, [c], [c]); }
function C09(i) { const region = regionOf(i); const h = hosp(region, 3); const p = person({ age: ri(50, 78) }); const date = dstr(doyBase());
  const a = claim({ p, h, dept: 'respiratory', dn: 3, date, dx: ['J44.900'], items: [[K.OPD_AC, 1], [K.PFT, 1], [K.TIO, 1]] });
  const b = claim({ p, h, dept: 'endocrinology', dn: 7, date, dx: ['E11.900'], items: [[K.OPD, 1], [K.HBA1C, 1], [K.MET, 90]] });
  label('control', 'C09', CT.C09, [a, b], [a, b]); }
function C10(i) { const region = regionOf(i + 1); const h = hosp(region, pick([2, 3])); const v = i % 2; const base = ri(10, 120);
  const p = person({ age: ri(55, 80), scheme: 'employee', chronic: v ? ['J44'] : ['E11'] }); const cl = [];
  for (let k = 0; k < 3; k++) { const date = dstr(base + k * 84);
    cl.push(v ? claim({ p, h, dept: 'respiratory', vt: 'chronic', date, dx: ['J44.900'], items: [[K.CHR, 1], [K.TIO, 3, date, { long: true }], [K.SALB, 1]] })
      : claim({ p, h, dept: 'endocrinology', vt: 'chronic', date, dx: ['E11.900'], items: [[K.CHR, 1], [K.HBA1C, 1], [K.GLAR, 8, date, { long: true }], [K.MET, 252, date, { long: true }]] })); }
  label('control', 'C10', CT.C10, cl, cl); }
function C11(i) { const region = regionOf(i + 2); const h = hosp(region, 3); const p = person({ age: ri(19, 40), chronic: ['E10'] }); const base = ri(10, 200); const cl = [];
  for (let k = 0; k < 3; k++) { const date = dstr(base + k * 30);
    cl.push(claim({ p, h, dept: 'endocrinology', date, dx: ['E10.900'], items: [[K.OPD_AC, 1], [K.ASPI, 6], [K.GLAR, 3], [K.HBA1C, k === 0 ? 1 : 0]] })); }
  label('control', 'C11', CT.C11, cl, cl); }
function C12(i) { const region = regionOf(i + 3); const home = REGIONS[(REGIONS.indexOf(region) + 2) % REGIONS.length]; const h = hosp(region, pick([2, 3])); const p = person({ age: ri(30, 75) }); const date = dstr(doyBase());
  const v = i % 3;
  const c = v === 0 ? claim({ p, h, dept: 'respiratory', date, dx: ['J20.900'], items: [[K.OPD, 1], [K.CBC, 1], [K.CRP, 1], [K.CFX, 10], [K.AMBX, 15]], insuredRegion: home })
    : v === 1 ? claim({ p, h, dept: 'gastroenterology', date, dx: ['K29.100x001'], items: [[K.OPD, 1], [K.OME, 14], [K.DOMP, 21]], insuredRegion: home })
      : claim({ p, h, dept: 'endocrinology', date, dx: ['E11.900'], items: [[K.OPD, 1], [K.FBG, 1], [K.MET, 90]], insuredRegion: home });
  label('control', 'C12', CT.C12, [c], [c]); }
function C13(i) { const region = regionOf(i + 4); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(55, 85) }); const adm = dstr(doyBase()); const los = ri(6, 9);
  const s = claim({ p, h, dept: 'respiratory', adm, dis: add(adm, los), dx: ['J44.100'], items: copdStay(h, p, adm, los) });
  const before = i % 2 === 0;
  const o = before ? claim({ p, h, dept: 'respiratory', date: add(adm, -1), dx: ['J44.100'], items: [[K.OPD, 1], [K.CBC, 1], [K.CXR, 1]] })
    : claim({ p, h: pharm(region, 1), date: add(adm, los), dx: ['E11.900'], items: [[K.MET, 90]] });
  label('control', 'C13', CT.C13, [s, o], [s, o]); }
function C14(i) { const region = regionOf(i + 5); const h = hosp(region, 1, pick([1, 2])); const p = person({ age: ri(70, 88), scheme: pick(['resident', 'employee']) }); const adm = dstr(doyBase()); const los = ri(8, 12);
  const items = stay({ adm, los, nursing: K.N2, day0: [[K.CBC, 1], [K.CRP, 1], [K.LFT, 1], [K.RFT, 1], [K.LYTES, 1], [K.ECG, 1], [K.CXR, 1], [K.O2T, 1], [K.NEBK, 1]],
    daily: [[K.NEB, 2], [K.BUDN, range(0, 9, 2)], [K.IPRA, 2], [K.O2, 10], [K.AMBX, 3], [K.AMINO, 3], [K.CRO, range(0, 5, 2)], [K.IV1, range(0, 5, 1)], [K.NS, range(0, 5, 1)], [K.IVSET, range(0, 5, 1)], [K.NEBK, (d) => (d > 0 && d % 3 === 0 ? 1 : 0)]],
    at: { 4: [[K.CBC, 1], [K.CRP, 1]] } });
  const c = claim({ p, h, dept: 'internal', adm, dis: add(adm, los), dx: ['J44.100'], items }); label('control', 'C14', CT.C14, [c], [c]); }
function C15(i) { const region = regionOf(i + 6); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(25, 70) }); const adm = dstr(doyBase()); const los = ri(2, 3);
  const items = stay({ adm, los, nursing: K.N1, day0: [[K.ABG, 3], [K.LYTES, 2], [K.CBC, 1], [K.RFT, 1], [K.UA, 1], [K.HBA1C, 1], [K.ECG, 1], [K.CANN, 1], [K.CANNULA, 1], [K.ECGM, 20], [K.SPO2, 20]],
    daily: [[K.BG, 8], [K.RI, 1], [K.NS, (d) => (d === 0 ? 6 : 3)], [K.KCL, 3], [K.IV1, 1], [K.IVADD, 3], [K.IVSET, 2], [K.ABG, (d) => (d > 0 ? 1 : 0)], [K.LYTES, (d) => (d > 0 ? 2 : 0)]], last: [[K.GLAR, 1], [K.ASPI, 2]] });
  const c = claim({ p, h, dept: 'endocrinology', adm, dis: add(adm, los), dx: [pick(['E11.101', 'E10.100'])], items, extra: { admissionRoute: 'emergency' } });
  label('control', 'C15', CT.C15, [c], [c]); }
function C16(i) { const region = regionOf(i + 7); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(55, 82) }); const adm = dstr(ri(12, 250)); const los1 = ri(5, 7); const adm2 = add(adm, los1 + ri(18, 40)); const los2 = ri(6, 8);
  const c1 = i % 2 ? claim({ p, h, dept: 'gastroenterology', adm, dis: add(adm, los1), dx: [pick(['K25.400x001', 'K26.401'])], px: [['44.4300x002', adm]], items: giBleedStay(h, p, adm, los1) })
    : claim({ p, h, dept: 'endocrinology', adm, dis: add(adm, los1), dx: ['E11.900'], items: dmStay(h, p, adm, los1) });
  const c2 = claim({ p, h, dept: 'respiratory', adm: adm2, dis: add(adm2, los2), dx: ['J18.900'], items: capStay(h, p, adm2, los2) });
  label('control', 'C16', CT.C16, [c1, c2], [c1, c2]); }
function C17(i) { const region = regionOf(i); const h = hosp(region, 3); const p = person({ age: ri(40, 78) }); const adm = dstr(ri(12, 260)); const los1 = ri(5, 6); const adm2 = add(adm, los1 + ri(8, 13)); const los2 = ri(4, 5);
  const c1 = claim({ p, h, dept: 'gastroenterology', adm, dis: add(adm, los1), dx: ['K80.501', 'K80.200x003'], px: [['51.8503', add(adm, 1)], ['51.8800x009', add(adm, 1)]], items: ercpStay(h, p, adm, los1) });
  const c2 = claim({ p, h, dept: 'hepatobiliary_surgery', adm: adm2, dis: add(adm2, los2), dx: ['K80.100x001'], px: [['51.2300', add(adm2, 1)]], items: cholStay(h, p, adm2, los2) });
  label('control', 'C17', CT.C17, [c1, c2], [c1, c2]); }
function C18(i) { const region = regionOf(i + 1); const h = hosp(region, 1, pick([1, 2])); const date = dstr(doyBase()); const n = ri(3, 5); const cl = [];
  for (let k = 0; k < n; k++) { const p = person({ age: ri(62, 82), scheme: 'resident', chronic: ['E11'] });
    cl.push(claim({ p, h, dept: 'general', dn: 1, vt: 'chronic', date, dx: ['E11.900'], items: [[K.CHR, 1], [K.FUNDUS, 1], [K.HBA1C, 1], [K.UA, 1], [K.FBG, 1], [K.MET, pick([60, 90])]] })); }
  label('control', 'C18', CT.C18, cl, cl); }
function C19(i) { const region = regionOf(i + 2); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(65, 88) }); const adm = dstr(doyBase()); const los = ri(8, 12);
  const items = copdStay(h, p, adm, los).filter((x) => x[0] !== K.O2 && x[0] !== K.SPO2);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); items.push([K.O2, d < 5 ? 24 : 18, dt], [K.SPO2, d < 5 ? 24 : 12, dt]); }
  for (let d = 1; d < los; d += 2) items.push([K.ABG, 1, add(adm, d)]);
  const c = claim({ p, h, dept: 'respiratory', adm, dis: add(adm, los), dx: ['J44.100', 'J96.100', 'I27.900'].slice(0, 2), items, extra: { admissionRoute: 'emergency' } });
  label('control', 'C19', CT.C19, [c], [c]); }
function C20(i) { const region = regionOf(i + 3); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(35, 80) }); const adm = dstr(doyBase()); const los = ri(7, 10);
  const c = claim({ p, h, dept: 'endocrinology', adm, dis: add(adm, los), dx: pick([['E11.900'], ['E11.900', 'N18.300'], ['E11.900', 'I10.x00x002']]), items: dmStay(h, p, adm, los) });
  label('control', 'C20', CT.C20, [c], [c]); }
function C21(i) { const region = regionOf(i + 4); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(62, 86) }); const adm = dstr(doyBase()); const los = ri(9, 12);
  const items = copdStay(h, p, adm, los).filter((x) => x[0] !== K.O2);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); if (d < 5) items.push([K.NIV, 12, dt], [K.O2, 10, dt], [K.ABG, d < 2 ? 2 : 1, dt]); else items.push([K.O2, 12, dt]); }
  items.push([K.NIVC, 1, adm], [K.BNP, 1, add(adm, 4)]);
  const c = claim({ p, h, dept: 'respiratory', adm, dis: add(adm, los), dx: ['J44.100', 'J96.000'], px: [['93.9000x002', adm]], items, extra: { admissionRoute: 'emergency' } });
  label('control', 'C21', CT.C21, [c], [c]); }
function C22(i) { const region = regionOf(i + 5); const h = hosp(region, pick([1, 2, 3])); const p = person({ age: ri(58, 82), chronic: ['E11', 'I10', 'J44'] }); const date = dstr(doyBase());
  const c = claim({ p, h, dept: 'general', vt: 'chronic', date, dx: ['E11.900', 'I10.x00x002', 'J44.900'], items: [[K.CHR, 1], [K.FBG, 1], [K.MET, 90], [K.GLIM, 30], [K.AMLO, 30], [K.IRB, 30], [K.TIO, 1]] });
  label('control', 'C22', CT.C22, [c], [c]); }
function C23(i) { const region = regionOf(i + 6); const h = hosp(region, 3); const p = person({ age: ri(45, 72) }); const adm = dstr(doyBase()); const d1 = add(adm, 1);
  const items = stay({ adm, los: 2, nursing: K.N2, day0: [[K.CBC, 1], [K.COAG, 1], [K.PREOP, 1], [K.ECG, 1], [K.CANN, 1], [K.CANNULA, 1]],
    at: { 1: [[K.COLO, 1], [K.GA, 1], [K.PROP, 1], [K.PATH, 2], [K.CLIP, 2], [K.ECGM, 4], [K.SPO2, 4], [K.NS, 2], [K.IV1, 1], [K.IVSET, 1]] } });
  const c = claim({ p, h, dept: 'endoscopy', adm, dis: add(adm, 2), dx: [pick(['K63.500', 'D12.600', 'D12.500'])], px: [['45.4200x003', d1]], items });
  label('control', 'C23', CT.C23, [c], [c]); }
function C24(i) { const region = regionOf(i + 7); const h = hosp(region, pick([2, 3])); const p = person({ age: ri(30, 75) }); const adm = dstr(doyBase()); const los = ri(8, 11);
  const c = claim({ p, h, dept: 'gastroenterology', adm, dis: add(adm, los), dx: [pick(['K85.100', 'K85.900x002'])], items: pancStay(h, p, adm, los), extra: { admissionRoute: 'emergency' } });
  label('control', 'C24', CT.C24, [c], [c]); }

// =====================================================================
// ROUTINE
// =====================================================================
function routine(i) {
  const region = regionOf(i); const date = dstr(doyBase()); const t = i % 20; let c;
  const H = (lv) => hosp(region, lv || pick([1, 2, 3]));
  switch (t) {
    case 0: { const h = H(); const p = person({ age: ri(20, 65) }); c = claim({ p, h, dept: 'respiratory', date, dx: ['J20.900'], items: [[K.OPD, 1], [K.CBC, 1], [K.AMC, 21], [K.AMBX, 21]] }); break; }
    case 1: { const h = H(); const p = person({ age: ri(18, 60) }); c = claim({ p, h, dept: 'respiratory', date, dx: ['J45.900x001'], items: [[K.OPD, 1], [K.BUDF, 1], [K.SALB, i % 3 === 0 ? 1 : 0]] }); break; }
    case 2: { const h = H(); const p = person({ age: ri(55, 82), chronic: ['J44'] }); c = claim({ p, h, dept: 'respiratory', vt: 'chronic', date, dx: ['J44.900'], items: [[K.CHR, 1], [K.TIO, 1], [K.SALB, 1]] }); break; }
    case 3: { const h = H(); const p = person({ age: ri(45, 80), chronic: ['E11'] }); c = opDiabetes(h, p, date, { vt: 'chronic' }); break; }
    case 4: { const h = H(); const p = person({ age: ri(25, 65), gender: i % 3 ? 'F' : 'M' }); c = claim({ p, h, dept: 'endocrinology', date, dx: ['E03.900'], items: [[K.OPD, 1], [K.TFT, 1], [K.LT4, 60]] }); break; }
    case 5: { const h = H(3); const p = person({ age: ri(25, 55), gender: 'F' }); c = claim({ p, h, dept: 'endocrinology', date, dx: ['E04.101'], items: [[K.OPD_AC, 1], [K.TFT, 1], [K.USTHY, 1]] }); break; }
    case 6: { const h = H(); const p = person({ age: ri(25, 65) }); c = claim({ p, h, dept: 'gastroenterology', date, dx: ['K29.500', 'B98.000'], items: [[K.OPD, 1], [K.RABE, 28], [K.AMOX, 56], [K.CLARI, 28]] }); break; }
    case 7: { const h = H(); const p = person({ age: ri(30, 70) }); c = claim({ p, h, dept: 'gastroenterology', date, dx: ['K21.001'], items: [[K.OPD, 1], [K.OME, 28], [K.DOMP, 21]] }); break; }
    case 8: { const h = H(pick([2, 3])); const p = person({ age: ri(40, 75) }); c = claim({ p, h, dept: 'endoscopy', date, dx: [pick(['K29.500', 'K29.501'])], px: [['45.1600', date]], items: [[K.OPD, 1], [K.GASTRO, 1], [K.LIDO, 1], [K.PATH, 1]] }); break; }
    case 9: { const h = H(pick([2, 3])); const p = person({ age: ri(45, 72) }); c = claim({ p, h, dept: 'gastroenterology', date, dx: ['K74.600x003', 'B18.100'], items: [[K.OPD_AC, 1], [K.LFT, 1], [K.AFP, 1], [K.USABD, 1], [K.ETV, 30], [K.SPIRO, 60]] }); break; }
    case 10: { const h = H(); const p = person({ age: ri(60, 80), gender: 'F' }); c = claim({ p, h, dept: 'endocrinology', date, dx: ['M81.000'], items: [[K.OPD, 1], [K.ALN, 4], [K.CAD3, 30]] }); break; }
    case 11: { const h = pharm(region, pick([1, 2, 3])); const p = person({ age: ri(45, 80) }); c = claim({ p, h, date, dx: ['E11.900'], items: [[pick([K.MET, K.ACAR]), 90]] }); break; }
    case 12: { if (i % 40 === 32) { const h = H(3); const p = person({ age: ri(30, 60), gender: 'F' }); c = claim({ p, h, dept: 'endocrinology', date, dx: ['E04.101'], px: [['06.1101', date]], items: [[K.OPD_AC, 1], [K.USTHY, 1], [K.PATH, 1], [K.LIDO, 1]] }); break; }
      const h = pharm(region, pick([1, 2, 3])); const p = person({ age: ri(20, 70) }); c = claim({ p, h, date, dx: ['J45.900x001'], items: [[K.SALB, 1]] }); break; }
    case 13: { const h = H(pick([2, 3])); const p = person({ age: ri(20, 85) }); const los = ri(6, 8); c = claim({ p, h, dept: 'respiratory', adm: date, dis: add(date, los), dx: [pick(['J18.900', 'J15.902'])], items: capStay(h, p, date, los) }); break; }
    case 14: { const h = H(); const p = person({ age: ri(60, 85) }); const los = ri(7, 10); c = claim({ p, h, dept: 'respiratory', adm: date, dis: add(date, los), dx: ['J44.100'], items: copdStay(h, p, date, los) }); break; }
    case 15: { const h = H(pick([2, 3])); const p = person({ age: ri(35, 70) }); const los = ri(4, 5); c = claim({ p, h, dept: 'hepatobiliary_surgery', adm: date, dis: add(date, los), dx: ['K80.100x001'], px: [['51.2300', add(date, 1)]], items: cholStay(h, p, date, los) }); break; }
    case 16: { const h = H(pick([2, 3])); const p = person({ age: ri(40, 80) }); const los = ri(7, 9); c = claim({ p, h, dept: 'endocrinology', adm: date, dis: add(date, los), dx: ['E11.900'], items: dmStay(h, p, date, los) }); break; }
    case 17: { const h = H(pick([2, 3])); const p = person({ age: ri(35, 75) }); const los = ri(8, 10); c = claim({ p, h, dept: 'gastroenterology', adm: date, dis: add(date, los), dx: ['K85.900x002'], items: pancStay(h, p, date, los) }); break; }
    case 18: { if (i % 40 === 38) { const h = hosp(region, 1, 1); const p = person({ age: ri(72, 88), chronic: ['J44'] }); c = claim({ p, h, dept: 'general', date, dx: ['J44.900', 'J96.100'], items: [[K.FBEDV, 1], [K.SPO2, 1], [K.AMBX, 30]] }); break; }
      const h = H(); const p = person({ age: ri(30, 70) }); c = claim({ p, h, dept: 'endocrinology', date, dx: ['E05.900x001'], items: [[K.OPD, 1], [K.TFT, 1], [K.CBC, 1], [K.LFT, 1]] }); break; }
    default: { const h = H(pick([2, 3])); const p = person({ age: ri(50, 75) }); c = claim({ p, h, dept: 'endoscopy', date, dx: ['Z09.001'], px: [['45.2302', date]], items: [[K.OPD, 1], [K.COLO, 1], [K.LIDO, 1]] }); }
  }
  label('routine', 'R00', '常规单张结算（呼吸、消化、内分泌门诊、药店与住院）', [c], [c]);
}

// ---------- build ----------
const T = { T01, T02, T03, T04, T05, T06, T07, T08, T09, T10, T11, T12, T13, T14, T15 };
const C = { C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21, C22, C23, C24 };
for (const k of Object.keys(T)) for (let i = 0; i < 15; i++) T[k](i);
for (const k of Object.keys(C)) for (let i = 0; i < 15; i++) C[k](i);
for (let i = 0; i < 100; i++) routine(i);

// ---------- benefits (fund entitlement, in settlement order) ----------
function provincePolicy(region) {
  const P = JSON.parse(JSON.stringify(POL.provinces[region.slice(0, 2)]));
  const merge = (a, b) => { for (const k in b) { if (b[k] && typeof b[k] === 'object' && !Array.isArray(b[k]) && a[k] && typeof a[k] === 'object') merge(a[k], b[k]); else a[k] = b[k]; } };
  if (P.regions && P.regions[region]) merge(P, P.regions[region]);
  return P;
}
const inForce = (e) => (Array.isArray(e) ? e[0] : e);
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq));
const DED = {}; const USED = {};
for (const c of CLAIMS) {
  const P = provincePolicy(c.insuredRegion || c.region); const sch = inForce(inForce(P.schemes)[c.insuranceType][c.visitType]);
  const total = c._fen.reduce((a, b) => a + b, 0); const policy = total - c._sp.reduce((a, b) => a + b, 0);
  const lvl = String(c.provider.level); const ratio = (typeof sch.ratio === 'object' ? sch.ratio[lvl] : sch.ratio) + (c.patient.retired ? (sch.retireeRatioBonus || 0) : 0);
  const year = (c.dischargeDate || c.visitDate).slice(0, 4); const key = `${c.patient.insuredId}|${year}|${c.visitType}`;
  let base;
  if (c.visitType === 'inpatient') { const ded = Math.round((typeof sch.deductible === 'object' ? sch.deductible[lvl] : sch.deductible) * 100); base = Math.max(0, policy - ded); }
  else { if (DED[key] === undefined) DED[key] = Math.round((typeof sch.deductible === 'object' ? sch.deductible[lvl] : sch.deductible) * 100);
    const use = Math.min(DED[key], policy); DED[key] -= use; base = policy - use; }
  let fund = Math.floor(base * ratio);
  const capLeft = Math.round(sch.annualFundCap * 100) - (USED[key] || 0); fund = Math.max(0, Math.min(fund, capLeft)); USED[key] = (USED[key] || 0) + fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}
// ---------- DRG (pass 2) ----------
if (GROUPS) {
  const G = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); G[g.claimId] = g.grouping && g.grouping.drg; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient') c.reportedGroup = { drg: G[c.claimId] || null, dip: null };
}
const order = ['claimId', 'region', 'insuredRegion', 'insuranceType', 'visitType', 'patient', 'enrollment', 'provider', 'admissionDate', 'dischargeDate', 'visitDate', 'admissionRoute', 'dischargeMode', 'diagnoses', 'procedures', 'reportedGroup', 'items', 'amounts'];
const outLines = CLAIMS.map((c) => { const o = {}; for (const k of order) if (c[k] !== undefined) o[k] = c[k]; return JSON.stringify(o); });
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), outLines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`blind57: ${CLAIMS.length} claims, ${LABELS.length} cases (${LABELS.filter((l) => l.kind === 'fraud').length} fraud, ${LABELS.filter((l) => l.kind === 'control').length} control, ${LABELS.filter((l) => l.kind === 'routine').length} routine)${GROUPS ? ', DRG from ' + GROUPS : ''}`);
