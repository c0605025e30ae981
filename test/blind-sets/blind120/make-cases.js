#!/usr/bin/env node
// blind120 generator: what an item's price already includes, and the ward's daily services, in every specialty.
// usage: node make-cases.js <outdir> [--catalogue DIR] [--chs DIR] [--groups groups.ndjson]
// Plain node, seeded RNG, deterministic. Money in integer fen internally.
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const outDir = args[0];
if (!outDir) throw new Error('usage: make-cases.js <outdir> [--catalogue DIR] [--chs DIR] [--groups FILE]');
function opt(name, dflt) { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; }
const CAT = opt('--catalogue', '/work/wt/base120/rules/catalogue');
const CHS = opt('--chs', '/work/shared/chs-drg-1.1');
const GROUPS = opt('--groups', null);
const POLICIES = opt('--policies', path.join(CAT, '..', 'benefits', 'policies.json'));

// ---------- RNG ----------
let seed = 120120;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- reference data ----------
const rows = {}; // code -> row
const productOf = {}; // row code -> billed code
const rowOfBilled = {};
for (const f of fs.readdirSync(CAT)) {
  if (!f.endsWith('.json') || f.includes('rules') || f === 'indications.json') continue;
  const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  if (!Array.isArray(j.rows)) continue;
  for (const r of j.rows) {
    rows[r.code] = r;
    const billed = (r.products && r.products[0]) || r.code;
    productOf[r.code] = billed; rowOfBilled[billed] = r;
  }
}
const DX = JSON.parse(fs.readFileSync(path.join(CHS, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(CHS, 'procedures.json'), 'utf8'));
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));
const groups = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (l.trim()) { const g = JSON.parse(l); groups[g.claimId] = g.drg; } }

// catalogue codes by short name
const C = {
  opConsult: '001102000010001', opConsultAssoc: '001102000020001', emConsult: '001102000050001', ipConsult: '001103000010001',
  chronicConsult: '001109000010001', consultation: '001104000010001', tcmConsult: '004100000500001',
  bed3: '001105000010001', bed2: '001105000020001', bedICU: '001105000030001', bedNewborn: '001105000050001',
  nurseS: '001201000010001', nurse1: '001201000020001', nurse2: '001201000030001', nurse3: '001201000040001', icuCare: '001201000050001', nurseNewborn: '001201000060001',
  ivFirst: '001204000010001', ivMore: '001204000020001', ivScalp: '001204000030001', ivPush: '001204000040001', im: '001204000050001', sc: '001204000060001', cannula: '001204000070001',
  dressS: '001205000010001', dressM: '001205000020001', dressL: '001205000030001', catheterise: '001206000010001', neb: '001207000010001',
  o2: '001208000010001', hfnc: '001208000020001', ecgMon: '001209000010001', spo2Mon: '001210000010001', nibp: '001211000010001', bgPoc: '001212000010001',
  gid: '001213000010001', vent: '001214000010001', niv: '001214000020001', pump: '001204000220001', suction: '001219000040001', oralCare: '001219000050001', tubeFeed: '001219000020001', ngTube: '001219000010001', airBed: '001219000060001',
  cbc5: '002501010010001', hb: '002501010030001', urine: '002501020010001', lft: '002502010010001', alt: '002502010020001', ast: '002502010030001', tbil: '002502010040001',
  rft: '002502020010001', cr: '002502020020001', urea: '002502020030001', lytes: '002502030010001', lipids: '002502040010001', tchol: '002502040020001', fbg: '002502050010001', hba1c: '002502050020001',
  coag: '002502060010001', ck: '002502070010001', tni: '002502070020001', bnp: '002502070030001', crp: '002502080010001', pct: '002502080020001', abg: '002502090010001', lactate: '002502090020001', ddimer: '002502100010001',
  preop8: '002502120010001', abo: '002502130010001', culture: '002502140010001', sputum: '002502140020001', bhb: '002502050050001', albumin: '002502010050001', crossmatch: '002502130020001',
  ecg: '003107010010001', cxr: '002202010010001', ctHead: '002301010010001', ctChest: '002301010020001', ctAbd: '002301010030001', mriHead: '002401010010001', usAbd: '002103010010001', echo: '002103010020001', usCarotid: '002103010030001', usLegV: '002103010040001', drLimb: '002202040020001',
  gastroscopy: '002503010030001',
  ga: '003301010010001', spinal: '003301010020001', localAn: '003301010030001', lapAppy: '003302010010001', lapChole: '003302020010001', hernia: '003302030010001', hemiarthro: '003303010020001', skinTraction: '003303060040001',
  cataract: '003304010010001', vagDel: '003305010020001', fetalMon: '002503010090001',
  debride: '003309010010001', abscessID: '003309050010001', sutureOut: '003309040010001', picc: '003307040010001', piccCare: '003307040020001', cvc: '003307040030001',
  hd: '003310010010001', crrt: '003310010020001', chemoMix: '003310020010001', phototherapy: '003112010010001',
  acuPlain: '004300000010001', acuGen: '001215000010001', electroAcu: '004300000160001', warmNeedle: '004300000020001', cupping: '004400000040001', tuina: '001216000010001', infrared: '003401000010001', hemiplegiaTrain: '003402000070001',
  // consumables
  ivSet: 'C14010150100001020350000001', ivCannula: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001', o2Tube: 'C14050150100001832230000001', nebCup: 'C14050150200001429150000001',
  ettube: 'C14050150300001941860000001', ventCircuit: 'C14050150400001784750000001', electrodes: 'C14060150100001436170000001', spo2Probe: 'C14060150200001655310000001', bgStrip: 'C14060150300001162280000001',
  cathKit: 'C14030150100001569850000001', drainBag: 'C14040150100001551930000001', gastricTube: 'C14040150200001963360000001', gauze: 'C14020150100001506610000001', dressPack: 'C14020150200001397260000001',
  trocar: 'C11010150100001004460000001', suture: 'C11010150200001895120000001', clip: 'C11010150400001380140000001', drapes: 'C11010150600001900710000001', esuPen: 'C11010150700001990950000001', anaesKit: 'C11010150800001179070000001',
  femHead: 'C03010150300001664990000001', cement: 'C03010150900001899880000001', iol: 'C08010150100001152110000001', ovd: 'C08010150200001585740000001', birthKit: 'C14070150100001054930000001',
  dialyser: 'C10010150100001014100000001', hdLines: 'C10010150200001187780000001', piccCath: 'C02020150100001104330000001', mesh: 'C11010150500001036850000001',
  // drugs (row codes)
  ceftriaxone: 'XJ01DDT504B002', cefuroximeIV: 'XJ01DCT505B002', meropenem: 'XJ01DHM501B002', pipTazo: 'XJ01CRP501B002', azithroIV: 'XJ01FAA503B002', amox: 'XJ01CAA501A001',
  nacl: 'XB05BBL511B002', glucose: 'XB05BAP505B002', gns: 'XB05BBP506B002', kcl: 'XB05XAL512B002', ringer: 'XB05BBR503B002',
  furosemideIV: 'XC03CAF503B002', sacubitril: 'XC09DXS501A001', spironolactone: 'XC03DAL505A001', norad: 'XC01CAQ502B002', metoprolol: 'XC07ABM503A001',
  aspirin: 'XB01ACA509A001', clopidogrel: 'XB01ACL502A001', atorva: 'XC10AAA511A001', enox: 'XB01ABY502B002', lmwhCa: 'XB01ABD502B002', heparinLike: 'XB01ABD502B002',
  edaravone: 'XN07XXY507B002', mannitol: 'XB05BCG505B002',
  budesonideNeb: 'XR03BAB508C003', ipratropium: 'XR03BBY508C003', doxofylline: 'XR03DAD516B002', mpred: 'XH02ABJ504B002', ambroxolIV: 'XR05CBA522B002', ambroxolTab: 'XR05CBA522A001',
  omeprazoleIV: 'XA02BCA515B002', pantoIV: 'XA02BCP503B002', humulin: 'XA10ABS502B002', metformin: 'XA10BAE503A001',
  propofol: 'XN01AXB503B002', fentanyl: 'XN02ABF506B002', vecuronium: 'XM03ACW501B002', lidocaine: 'XN01BBL509B002', ropivacaine: 'XN01BBL510B002', midazolam: 'XN05CDM508B002',
  oxytocin: 'XH01BBS504B002', paracetamol: 'XN02BED510A001', lianhua: 'ZA01BAL514A001', celecoxib: 'XM01AHS505A001', diclofenac: 'XM01ABS506A003',
  paclitaxel: 'XL01CDZ508B002', cisplatin: 'XL01XAS512B002', ondansetron: 'XA04AAA524B002', dexa: 'XH02ABD515B002', vitK: 'XB02BAW502B002', tranexamic: 'XB02AAA519B002',
  epo: 'XB03XAZ505B002', mupirocin: 'XD06AXM509E001', tobraDex: 'XS01CAT513D001', levoEye: 'XS01AEZ501D001', morphine: 'XN02AAM507B002',
};
for (const [k, v] of Object.entries(C)) if (!rows[v]) throw new Error(`catalogue row missing: ${k} ${v}`);

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const daysBetween = (a, b) => Math.round((D(b) - D(a)) / 86400000);
function ageAt(birth, date) { const b = D(birth), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }
function randDate(from = '2025-01-06', to = '2025-11-20') { return addDays(from, ri(0, daysBetween(from, to))); }

// ---------- institutions, doctors, members ----------
const REGIONS = [{ code: '220100', prov: '22' }, { code: '230100', prov: '23' }, { code: '370100', prov: '37' }];
const INST = []; // {hospitalId, region, prov, level, kind, name}
const KINDS = [
  { n: 1, level: 3, kind: 'general', own: 'public' }, { n: 2, level: 3, kind: 'general', own: 'public' },
  { n: 3, level: 2, kind: 'general', own: 'public' }, { n: 4, level: 2, kind: 'general', own: 'private' },
  { n: 5, level: 2, kind: 'tcm', own: 'public' }, { n: 6, level: 1, kind: 'community', own: 'public' },
  { n: 7, level: 1, kind: 'clinic', own: 'private' }, { n: 8, level: 3, kind: 'maternal', own: 'public' },
];
for (const r of REGIONS) for (const k of KINDS) INST.push({ hospitalId: 'H' + r.code.slice(0, 4) + String(k.n).padStart(4, '0'), region: r.code, prov: r.prov, level: k.level, kind: k.kind, own: k.own });
function inst(region, pred) { const c = INST.filter((h) => (!region || h.region === region) && pred(h)); return pick(c); }
const doctorPool = {};
function doctor(h, dept) { const k = h.hospitalId + '/' + dept; if (!doctorPool[k]) { const n = ri(2, 5); doctorPool[k] = []; const base = Object.keys(doctorPool).length; for (let i = 0; i < n; i++) doctorPool[k].push('D' + h.hospitalId.slice(1, 5) + String(base * 7 + i).padStart(4, '0')); } return pick(doctorPool[k]); }

let memberSeq = 0;
function member(region, { ageMin = 20, ageMax = 85, sex = null, scheme = null, birth = null } = {}) {
  const gender = sex || (rnd() < 0.5 ? 'M' : 'F');
  const birthDate = birth || `${2025 - ri(ageMin, ageMax) - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const age = ageAt(birthDate, '2025-06-30');
  const insuranceType = scheme || (age < 18 ? 'resident' : rnd() < 0.6 ? 'employee' : 'resident');
  const retAge = gender === 'M' ? 60 : 55;
  const retired = insuranceType === 'employee' && age >= retAge + 1;
  memberSeq++;
  const m = {
    insuredId: 'P' + region.slice(0, 2) + String(memberSeq).padStart(7, '0'), region, insuranceType,
    patient: { insuredId: null, gender, birthDate, retired },
    enrollment: { enrolledOn: insuranceType === 'employee' ? '2008-07-01' : '2025-01-01', inConcentratedPeriod: true, continuousYears: insuranceType === 'employee' ? 17 : Math.min(8, Math.max(1, age)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: insuranceType === 'employee' ? (retired ? (gender === 'M' ? 33 : 29) : Math.max(1, Math.min(30, age - 22))) : 0, special: null },
  };
  m.patient.insuredId = m.insuredId;
  return m;
}
function newborn(region, birthDate) {
  memberSeq++;
  const m = { insuredId: 'P' + region.slice(0, 2) + String(memberSeq).padStart(7, '0'), region, insuranceType: 'resident',
    patient: { insuredId: null, gender: rnd() < 0.5 ? 'M' : 'F', birthDate, retired: false },
    enrollment: { enrolledOn: addDays(birthDate, ri(3, 20)), inConcentratedPeriod: false, continuousYears: 0, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: 0, special: 'newborn' } };
  m.patient.insuredId = m.insuredId; return m;
}

// ---------- claims ----------
let claimSeq = 0;
const CLAIMS = [];
function newClaim(m, h, dept, visitType, dates) {
  claimSeq++;
  const c = {
    claimId: `${h.region}-${h.hospitalId}-2025-${String(claimSeq).padStart(6, '0')}`,
    region: h.region, insuranceType: m.insuranceType, visitType,
    patient: { ...m.patient }, enrollment: JSON.parse(JSON.stringify(m.enrollment)),
    provider: { hospitalId: h.hospitalId, level: h.level, department: dept, doctorId: doctor(h, dept) },
    diagnoses: [], procedures: [], items: [], amounts: null,
  };
  if (visitType === 'inpatient') { c.admissionDate = dates.admit; c.dischargeDate = dates.discharge; c.reportedGroup = { drg: null, dip: null }; }
  else c.visitDate = dates.visit;
  c._h = h; c._m = m; c._mut = new Set();
  CLAIMS.push(c);
  return c;
}
function dx(c, codes) { codes.forEach((code, i) => { if (!DX[code]) throw new Error('unknown diagnosis ' + code); c.diagnoses.push(i === 0 ? { code, principal: true } : { code }); }); }
function px(c, code, date) { if (!PX[code]) throw new Error('unknown procedure ' + code); c.procedures.push({ code, date }); }
function line(c, code, date, qty, { price = null, mut = false } = {}) {
  const r = rows[code]; if (!r) throw new Error('no row ' + code);
  const fen = price != null ? Math.round(price * 100) : Math.round(r.priceCap[String(c.provider.level)] * 100);
  const lineId = String(c.items.length + 1);
  const qf = Math.round(qty * 1000) / 1000;
  c.items.push({ lineId, code: productOf[code], name: r.name, category: r.category, date, quantity: qf, unitPrice: fen / 100, amount: Math.round(fen * qf) / 100, _fen: Math.round(fen * qf), _row: r });
  if (mut) c._mut.add(lineId);
  return lineId;
}
const nightsOf = (c) => daysBetween(c.admissionDate, c.dischargeDate);
const stayDays = (c) => { const n = Math.max(1, nightsOf(c)); return Array.from({ length: n }, (_, i) => addDays(c.admissionDate, i)); };

// daily ward items: bed, 诊查费, nursing grade by day index
function ward(c, { bed = C.bed3, nursing = () => C.nurse2, consult = true, from = 0, to = null } = {}) {
  const days = stayDays(c);
  days.forEach((d, i) => {
    if (i < from || (to != null && i > to)) return;
    const b = typeof bed === 'function' ? bed(i) : bed; if (b) line(c, b, d, 1);
    if (consult) line(c, C.ipConsult, d, 1);
    const n = nursing(i); if (n) line(c, n, d, 1);
  });
}
function infusion(c, date, groups, { child = false } = {}) {
  line(c, child ? C.ivScalp : C.ivFirst, date, 1);
  if (groups > 1) line(c, C.ivMore, date, groups - 1);
  line(c, C.ivSet, date, groups > 2 ? 2 : 1);
}
function admLabs(c, d, extra = []) { for (const k of [C.cbc5, C.crp, C.lft, C.rft, C.lytes, C.urine, C.ecg, ...extra]) line(c, k, d, 1); }
function preop(c, d) { for (const k of [C.preop8, C.abo, C.coag]) line(c, k, d, 1); }

// ---------- scenarios (clean care) ----------
const S = {};
S.pneumonia = (m, h, admit, o = {}) => {
  const n = o.nights || ri(6, 9); const c = newClaim(m, h, 'respiratory', 'inpatient', { admit, discharge: addDays(admit, n) });
  dx(c, ['J18.900', ...(rnd() < 0.3 ? ['E11.900'] : []), ...(rnd() < 0.3 ? ['I10.x00x002'] : [])]);
  c.admissionRoute = rnd() < 0.5 ? 'emergency' : 'outpatient'; c.dischargeMode = 'ordered';
  if (!o.noWard) ward(c, { nursing: o.nursing || (() => C.nurse2), bed: o.bed || C.bed3 });
  const days = stayDays(c);
  admLabs(c, days[0], [c.provider.level >= 2 ? C.ctChest : C.cxr, C.sputum]);
  days.forEach((d, i) => {
    if (i < n - 1 && i < 10) { line(c, C.ceftriaxone, d, 2); line(c, C.nacl, d, 2); if (!o.noIV) infusion(c, d, 2); }
    if (i < 3 && !o.noO2) line(c, C.o2, d, o.o2h || 12);
    if (i < 5) { line(c, C.neb, d, 2); line(c, C.budesonideNeb, d, 2); }
  });
  if (!o.noO2) line(c, C.o2Tube, days[0], 1);
  line(c, C.nebCup, days[0], 1);
  if (days.length > 3) { line(c, C.cbc5, days[3], 1); line(c, C.crp, days[3], 1); }
  return c;
};
S.copd = (m, h, admit, o = {}) => {
  const n = o.nights || ri(7, 10); const c = newClaim(m, h, 'respiratory', 'inpatient', { admit, discharge: addDays(admit, n) });
  dx(c, ['J44.100', ...(rnd() < 0.4 ? ['J96.000'] : []), 'I10.x00x002']);
  c.admissionRoute = 'emergency'; c.dischargeMode = 'ordered';
  ward(c, { nursing: (i) => (i < 2 ? C.nurse1 : C.nurse2) });
  const days = stayDays(c);
  admLabs(c, days[0], [C.ctChest, C.abg, C.bnp]);
  const nivDays = o.nivDays != null ? o.nivDays : 3;
  if (nivDays > 0) px(c, '93.9000', days[0]);
  days.forEach((d, i) => {
    if (i < nivDays) line(c, C.niv, d, o.nivH || 10);
    else if (i < n - 1) line(c, C.o2, d, 12);
    if (i < 7) { line(c, C.mpred, d, 1); line(c, C.doxofylline, d, 2); line(c, C.nacl, d, 2); infusion(c, d, 2); line(c, C.neb, d, 3); line(c, C.ipratropium, d, 3); }
  });
  if (days[2]) line(c, C.abg, days[2], 1);
  line(c, C.o2Tube, days[0], 1);
  return c;
};
S.hf = (m, h, admit, o = {}) => {
  const n = o.nights || ri(6, 9); const c = newClaim(m, h, 'cardiology', 'inpatient', { admit, discharge: addDays(admit, n) });
  dx(c, ['I50.900', 'I10.x00x002', ...(rnd() < 0.4 ? ['I48.000'] : [])]);
  c.admissionRoute = 'emergency'; c.dischargeMode = 'ordered';
  ward(c, { bed: o.bed || C.bed3, nursing: o.nursing || ((i) => (i < 2 ? C.nurse1 : C.nurse2)) });
  const days = stayDays(c);
  admLabs(c, days[0], [C.bnp, C.tni, C.cxr]);
  line(c, C.echo, days[1], 1);
  days.forEach((d, i) => {
    if (i < 2 && !o.noMon) { line(c, C.ecgMon, d, 24); line(c, C.spo2Mon, d, 24); line(c, C.electrodes, d, 5); }
    if (i < 3) line(c, C.o2, d, 12);
    if (i < 4) { line(c, C.furosemideIV, d, 2); line(c, C.ivPush, d, 2); line(c, C.syringe, d, 2); }
    line(c, C.sacubitril, d, 2); line(c, C.spironolactone, d, 1);
  });
  line(c, C.o2Tube, days[0], 1);
  if (days[5]) line(c, C.bnp, days[5], 1);
  return c;
};
S.stroke = (m, h, admit, o = {}) => {
  const n = o.nights || ri(9, 13); const c = newClaim(m, h, 'neurology', 'inpatient', { admit, discharge: addDays(admit, n) });
  const diab = rnd() < 0.5; dx(c, ['I63.900', 'I10.x00x002', ...(diab ? ['E11.900'] : [])]);
  c.admissionRoute = 'emergency'; c.dischargeMode = 'ordered';
  ward(c, { nursing: o.nursing || ((i) => (i < 3 ? C.nurse1 : C.nurse2)) });
  const days = stayDays(c);
  admLabs(c, days[0], [C.ctHead, C.coag, C.lipids]);
  line(c, C.mriHead, days[1], 1); line(c, C.usCarotid, days[1], 1); line(c, C.echo, days[2], 1);
  days.forEach((d, i) => {
    if (i < 10) { line(c, C.edaravone, d, 2); line(c, C.nacl, d, 2); infusion(c, d, 2); }
    if (diab) { line(c, C.bgPoc, d, 4); line(c, C.bgStrip, d, 4); }
    line(c, C.aspirin, d, 1); line(c, C.atorva, d, 1);
    if (i >= 3) line(c, C.hemiplegiaTrain, d, 1);
  });
  return c;
};
function surgical(m, h, admit, kind, o = {}) {
  const spec = {
    chole: { dept: 'general_surgery', dx: ['K80.100'], px: '51.2300', row: C.lapChole, lap: true, n: [3, 5], opDay: 1, gaH: [2, 3] },
    appy: { dept: 'general_surgery', dx: ['K35.800'], px: '47.0100', row: C.lapAppy, lap: true, n: [3, 5], opDay: 0, gaH: [1, 2] },
    hernia: { dept: 'general_surgery', dx: ['K40.900'], px: '53.0000', row: C.hernia, lap: false, n: [2, 4], opDay: 1, gaH: [1, 2], mesh: true },
    hip: { dept: 'orthopaedics', dx: ['S72.000'], px: '81.5200', row: C.hemiarthro, lap: false, n: [8, 12], opDay: 2, gaH: [2, 3], hip: true },
  }[kind];
  const n = o.nights || ri(spec.n[0], spec.n[1]);
  const c = newClaim(m, h, spec.dept, 'inpatient', { admit, discharge: addDays(admit, n) });
  dx(c, spec.dx.concat(rnd() < 0.3 ? ['I10.x00x002'] : []));
  c.admissionRoute = kind === 'appy' || kind === 'hip' ? 'emergency' : 'outpatient'; c.dischargeMode = 'ordered';
  const days = stayDays(c); const op = days[spec.opDay];
  px(c, spec.px, op);
  c._op = op; c._gaH = o.gaH || ri(spec.gaH[0], spec.gaH[1]);
  ward(c, { nursing: o.nursing || ((i) => (i === spec.opDay || (spec.hip && i <= spec.opDay + 2) ? C.nurse1 : C.nurse2)) });
  admLabs(c, days[0], [spec.hip ? C.drLimb : C.cxr]); preop(c, days[0]);
  if (kind === 'chole') line(c, C.usAbd, days[0], 1);
  line(c, C.ga, op, c._gaH); line(c, spec.row, op, 1);
  line(c, C.propofol, op, 2); line(c, C.fentanyl, op, 2); line(c, C.vecuronium, op, 1); line(c, C.drapes, op, 1); line(c, C.esuPen, op, 1); line(c, C.suture, op, 3);
  if (spec.lap) { line(c, C.trocar, op, 1); line(c, C.clip, op, 4); }
  if (spec.mesh) line(c, C.mesh, op, 1);
  if (spec.hip) { line(c, C.femHead, op, 1); line(c, C.cement, op, 1); line(c, C.skinTraction, days[0], 1); for (let i = 0; i < Math.min(10, n); i++) line(c, C.enox, days[i], 1); }
  line(c, C.cefuroximeIV, op, 2); line(c, C.nacl, op, 2); infusion(c, op, 2);
  if (o.postMon !== false) { const pm = o.postMonH || 12; line(c, C.ecgMon, op, pm); line(c, C.spo2Mon, op, pm); line(c, C.electrodes, op, 5); }
  if (o.postO2 !== false) { line(c, C.o2, op, 6); line(c, C.o2Tube, op, 1); }
  const post = days.filter((d) => d > op);
  post.forEach((d, i) => { if (i < 2) { line(c, C.nacl, d, 2); infusion(c, d, 2); } if (i === 1 || i === 3) { line(c, C.dressS, d, 1); line(c, C.dressPack, d, 1); } });
  if (post[0]) line(c, C.cbc5, post[0], 1);
  return c;
}
S.chole = (m, h, a, o) => surgical(m, h, a, 'chole', o);
S.appy = (m, h, a, o) => surgical(m, h, a, 'appy', o);
S.hernia = (m, h, a, o) => surgical(m, h, a, 'hernia', o);
S.hip = (m, h, a, o) => surgical(m, h, a, 'hip', o);
S.icu = (m, h, admit, o = {}) => {
  const n = o.nights || ri(5, 10); const c = newClaim(m, h, 'icu', 'inpatient', { admit, discharge: addDays(admit, n) });
  dx(c, ['A41.900', 'J96.000', 'J18.900']);
  c.admissionRoute = 'emergency'; c.dischargeMode = o.dischargeMode || 'ordered';
  const days = stayDays(c);
  const ventDays = o.ventDays != null ? o.ventDays : Math.max(2, n - 2);
  px(c, '96.0400', days[0]); px(c, ventDays * 24 >= 96 ? '96.7200' : '96.7100', days[0]);
  admLabs(c, days[0], [C.pct, C.ctChest, C.culture, C.coag, C.bnp]);
  line(c, C.cvc, days[0], 1); line(c, C.ettube, days[0], 1); line(c, C.ventCircuit, days[0], 1);
  days.forEach((d, i) => {
    line(c, C.bedICU, d, 1); line(c, C.ipConsult, d, 1); line(c, C.icuCare, d, 24);
    if (i < ventDays) line(c, C.vent, d, 24); else line(c, C.o2, d, 20);
    line(c, C.abg, d, i < 3 ? 3 : 2); line(c, C.lactate, d, 2); line(c, C.electrodes, d, 5);
    if (i < 10) line(c, c.provider.level >= 3 ? C.meropenem : C.pipTazo, d, 3);
    if (i < 3) line(c, C.norad, d, 4);
    line(c, C.nacl, d, 3); infusion(c, d, 3); line(c, C.pump, d, 20);
    if (i < ventDays) { line(c, C.suction, d, 8); line(c, C.oralCare, d, 2); }
    if (i % 7 === 6 && i < ventDays) line(c, C.ventCircuit, d, 1);
  });
  if (days[2]) { line(c, C.cbc5, days[2], 1); line(c, C.pct, days[2], 1); }
  return c;
};
S.delivery = (m, h, admit, o = {}) => {
  const n = o.nights || ri(2, 3); const c = newClaim(m, h, 'obstetrics', 'inpatient', { admit, discharge: addDays(admit, n) });
  dx(c, ['O80.000', 'Z37.000']); c.admissionRoute = 'outpatient'; c.dischargeMode = 'ordered';
  const days = stayDays(c); px(c, '73.5900', days[0]);
  ward(c, {});
  line(c, C.cbc5, days[0], 1); line(c, C.coag, days[0], 1); line(c, C.abo, days[0], 1); line(c, C.urine, days[0], 1);
  line(c, C.fetalMon, days[0], 2); line(c, C.vagDel, days[0], 1); line(c, C.birthKit, days[0], 1); line(c, C.oxytocin, days[0], 2);
  return c;
};
S.bronchiolitis = (m, h, admit, o = {}) => {
  const n = o.nights || ri(4, 6); const c = newClaim(m, h, 'paediatrics', 'inpatient', { admit, discharge: addDays(admit, n) });
  dx(c, ['J21.900']); c.admissionRoute = 'outpatient'; c.dischargeMode = 'ordered';
  ward(c, {});
  const days = stayDays(c);
  line(c, C.cbc5, days[0], 1); line(c, C.crp, days[0], 1); line(c, C.cxr, days[0], 1);
  days.forEach((d, i) => { line(c, C.neb, d, 2); line(c, C.budesonideNeb, d, 2); if (i < 2) line(c, C.o2, d, 8); if (i < 3) { line(c, C.gns, d, 1); line(c, C.ivScalp, d, 1); line(c, C.ivSet, d, 1); } });
  line(c, C.o2Tube, days[0], 1); line(c, C.nebCup, days[0], 1);
  return c;
};
S.giBleed = (m, h, admit, o = {}) => {
  const n = o.nights || ri(6, 8); const c = newClaim(m, h, 'gastroenterology', 'inpatient', { admit, discharge: addDays(admit, n) });
  dx(c, ['K25.000', 'D64.900']); c.admissionRoute = 'emergency'; c.dischargeMode = 'ordered';
  px(c, '44.4300', addDays(admit, 1));
  ward(c, { nursing: o.nursing || ((i) => (i < 2 ? C.nurse1 : C.nurse2)) });
  const days = stayDays(c);
  admLabs(c, days[0], [C.coag, C.abo, C.crossmatch]);
  line(c, C.gastroscopy, days[1], 1);
  days.forEach((d, i) => { if (i < 5) { line(c, C.pantoIV, d, 2); line(c, C.nacl, d, 2); infusion(c, d, 2); } if (i >= 1 && i < 3) line(c, C.hb, d, 1); });
  if (!o.noMon) { line(c, C.ecgMon, days[0], 24); line(c, C.spo2Mon, days[0], 24); line(c, C.electrodes, days[0], 5); }
  return c;
};
S.dka = (m, h, admit, o = {}) => {
  const n = o.nights || ri(5, 7); const c = newClaim(m, h, 'endocrinology', 'inpatient', { admit, discharge: addDays(admit, n) });
  dx(c, ['E11.100', 'E87.500']); c.admissionRoute = 'emergency'; c.dischargeMode = 'ordered';
  ward(c, { nursing: (i) => (i < 2 ? C.nurse1 : C.nurse2) });
  const days = stayDays(c);
  admLabs(c, days[0], [C.hba1c, C.bhb]);
  days.forEach((d, i) => {
    const bg = i === 0 ? 8 : i === 1 ? 6 : 4; line(c, C.bgPoc, d, bg); line(c, C.bgStrip, d, bg);
    if (i < 2) { line(c, C.abg, d, i === 0 ? 3 : 2); line(c, C.bhb, d, i === 0 ? 3 : 2); line(c, C.lytes, d, 1); }
    line(c, C.humulin, d, 1); if (i < 3) { line(c, C.nacl, d, 3); line(c, C.kcl, d, 3); infusion(c, d, 3); line(c, C.pump, d, 12); }
  });
  return c;
};
// outpatient
function opClaim(m, h, dept, date, vt = 'outpatient') { const c = newClaim(m, h, dept, vt, { visit: date }); return c; }
S.opURTI = (m, h, d) => { const c = opClaim(m, h, 'general_medicine', d); dx(c, ['J06.900']); line(c, h.level === 1 ? C.opConsult : C.opConsult, d, 1); line(c, C.lianhua, d, 24); line(c, C.paracetamol, d, 6); return c; };
S.opInfusion = (m, h, d, o = {}) => {
  const c = opClaim(m, h, o.dept || 'general_medicine', d); dx(c, [o.dx || 'J03.900']);
  if (o.consult !== false) line(c, C.opConsult, d, 1);
  const g = o.groups || 2; line(c, C.ceftriaxone, d, 2); line(c, C.nacl, d, g); infusion(c, d, g); return c;
};
S.opAbscess = (m, h, d) => { const c = opClaim(m, h, 'general_surgery', d); dx(c, ['L02.400']); px(c, '86.0400', d); line(c, C.opConsult, d, 1); line(c, C.abscessID, d, 1); line(c, C.localAn, d, 1); line(c, C.lidocaine, d, 2); line(c, C.dressPack, d, 1); line(c, C.gauze, d, 2); return c; };
S.opWound = (m, h, d, o = {}) => { const c = opClaim(m, h, 'emergency', d); dx(c, [pick(['S61.900', 'S51.900', 'S81.900', 'S01.900'])]); px(c, '86.2201', d); line(c, C.emConsult, d, 1); line(c, C.debride, d, 1); line(c, C.localAn, d, 1); line(c, C.lidocaine, d, 2); line(c, C.suture, d, 2); line(c, C.dressPack, d, 1); line(c, C.gauze, d, 2); return c; };
S.opDressing = (m, h, d, dxCode, size = 'S') => { const c = opClaim(m, h, 'general_surgery', d); dx(c, [dxCode]); line(c, C.opConsult, d, 1); line(c, size === 'S' ? C.dressS : C.dressM, d, 1); line(c, C.dressPack, d, 1); return c; };
S.hdSession = (m, h, d) => { const c = opClaim(m, h, 'nephrology', d, 'chronic'); dx(c, ['N18.500']); px(c, '39.9500', d); line(c, C.hd, d, 1); line(c, C.dialyser, d, 1); line(c, C.hdLines, d, 1); line(c, C.lmwhCa, d, 1); return c; };
S.acu = (m, h, d, o = {}) => { const c = opClaim(m, h, 'tcm', d); dx(c, [o.dx || pick(['M54.500', 'M51.202'])]); line(c, C.tcmConsult, d, 1); for (const [k, q] of (o.items || [[C.electroAcu, 2], [C.cupping, 1], [C.infrared, 1]])) line(c, k, d, q); return c; };
S.cataractDay = (m, h, admit, o = {}) => {
  const n = o.nights != null ? o.nights : 1; const c = newClaim(m, h, 'ophthalmology', 'inpatient', { admit, discharge: addDays(admit, n) });
  dx(c, ['H25.900']); px(c, '13.4100', admit); c.admissionRoute = 'outpatient'; c.dischargeMode = 'ordered';
  ward(c, { nursing: () => C.nurse2 });
  line(c, C.cbc5, admit, 1); line(c, C.coag, admit, 1); line(c, C.ecg, admit, 1); line(c, C.preop8, admit, 1);
  line(c, C.cataract, admit, 1); line(c, C.iol, admit, 1); line(c, C.ovd, admit, 1); line(c, C.localAn, admit, 1); line(c, C.lidocaine, admit, 1); line(c, C.tobraDex, admit, 1);
  return c;
};
S.chemoDay = (m, h, admit, o = {}) => {
  const n = o.nights != null ? o.nights : 1; const c = newClaim(m, h, 'oncology', 'inpatient', { admit, discharge: addDays(admit, n) });
  dx(c, ['Z51.100', 'C34.900']); px(c, '99.2500', admit); c.admissionRoute = 'outpatient'; c.dischargeMode = 'ordered';
  ward(c, { nursing: () => C.nurse2 });
  line(c, C.cbc5, admit, 1); line(c, C.lft, admit, 1); line(c, C.rft, admit, 1);
  line(c, C.paclitaxel, admit, 2); line(c, C.cisplatin, admit, 4); line(c, C.ondansetron, admit, 1); line(c, C.dexa, admit, 1); line(c, C.nacl, admit, 4);
  line(c, C.chemoMix, admit, 2); infusion(c, admit, 4); if (o.picc !== false) line(c, C.piccCare, admit, 1);
  return c;
};

// ---------- money ----------
const ytd = {}; // member/year/bucket -> {ded, fund}
function settle(c) {
  const prov = POL.provinces[c.region.slice(0, 2)];
  const sch = prov.schemes[c.insuranceType];
  const bucket = c.visitType; const p = sch[bucket];
  let totalF = 0, policyF = 0;
  for (const it of c.items) {
    totalF += it._fen;
    const r = it._row; const share = r.class === '丙' ? 1 : r.class === '乙' ? (r.selfPayShare != null ? r.selfPayShare : prov.yiSelfPayShare[r.category]) : 0;
    policyF += Math.floor(it._fen * (1 - share));
  }
  const lv = String(c.provider.level);
  const key = c._m.insuredId + '/' + bucket;
  const st = ytd[key] || (ytd[key] = { ded: 0, fund: 0 });
  let dedF;
  if (bucket === 'inpatient') dedF = Math.round((typeof p.deductible === 'object' ? p.deductible[lv] : p.deductible) * 100);
  else { const annual = Math.round((typeof p.deductible === 'object' ? p.deductible[lv] : p.deductible) * 100); dedF = Math.max(0, annual - st.ded); }
  const dedUsed = Math.min(dedF, policyF);
  if (bucket !== 'inpatient') st.ded += dedUsed;
  let ratio = typeof p.ratio === 'object' ? p.ratio[lv] : p.ratio;
  if (c.patient.retired) ratio += p.retireeRatioBonus || 0;
  if (p.maxRatio) ratio = Math.min(ratio, p.maxRatio);
  let fundF = Math.floor((policyF - dedUsed) * ratio);
  const capF = Math.round(p.annualFundCap * 100);
  fundF = Math.max(0, Math.min(fundF, capF - st.fund)); st.fund += fundF;
  c.amounts = { total: totalF / 100, policy: policyF / 100, fundClaimed: fundF / 100 };
}

// ---------- validation ----------
function validate(c) {
  const isIP = c.visitType === 'inpatient';
  const lv = c.provider.level;
  const perDay = {}; const dates = {};
  const hoursDay = {};
  for (const it of c.items) {
    const r = it._row; const mut = c._mut.has(it.lineId);
    if (!(it.date >= '2025-01-01' && it.date <= '2025-12-31')) throw new Error(`${c.claimId} line ${it.lineId} date outside 2025`);
    if (mut) continue;
    const where = `${c.claimId} line ${it.lineId} ${r.name}`;
    if (r.setting === 'inpatient' && !isIP) throw new Error(where + ': inpatient-only');
    if (r.setting === 'outpatient' && isIP) throw new Error(where + ': outpatient-only');
    if (r.minLevel && lv < r.minLevel) throw new Error(where + ': level');
    if (r.gender && c.patient.gender !== r.gender) throw new Error(where + ': gender');
    const age = ageAt(c.patient.birthDate, it.date);
    if (r.ageMin != null && age < r.ageMin) throw new Error(where + ': ageMin');
    if (r.ageMax != null && age > r.ageMax) throw new Error(where + ': ageMax');
    if (r.indications && !c.diagnoses.some((d) => r.indications.some((p) => d.code.startsWith(p)))) throw new Error(where + ': indication');
    if (it.unitPrice > r.priceCap[String(lv)] + 1e-9) throw new Error(where + ': price');
    if (r.class === '丙') throw new Error(where + ': 丙类 in a routine line');
    if (isIP) {
      if (it.date < c.admissionDate || it.date > c.dischargeDate) throw new Error(where + ': outside stay');
      if ((r.unit === '日' || r.dailyUnit) && it.date === c.dischargeDate && c.admissionDate !== c.dischargeDate) throw new Error(where + ': per-day item on discharge day');
    } else if (it.date !== c.visitDate) throw new Error(where + ': date');
    const k = r.code + '@' + it.date;
    perDay[k] = (perDay[k] || 0) + it.quantity;
    if (r.maxPerDay != null && (isIP || r.category === 'service') && perDay[k] > r.maxPerDay + 1e-9) throw new Error(where + ': maxPerDay');
    (dates[r.code] || (dates[r.code] = new Set())).add(it.date);
    if (isIP && r.maxDays && dates[r.code].size > r.maxDays) throw new Error(where + ': maxDays');
    if (r.unit === '小时') { hoursDay[k] = (hoursDay[k] || 0) + it.quantity; if (hoursDay[k] > 24) throw new Error(where + ': >24h'); }
  }
  // includes / excludes between unmutated lines on one date
  const byDate = {};
  for (const it of c.items) if (!c._mut.has(it.lineId)) (byDate[it.date] || (byDate[it.date] = new Set())).add(it._row.code);
  for (const [d, set] of Object.entries(byDate)) for (const code of set) {
    const r = rows[code];
    for (const x of r.includes || []) if (set.has(x)) throw new Error(`${c.claimId} ${d}: ${r.name} includes ${rows[x].name}`);
    for (const x of r.excludes || []) if (set.has(x)) throw new Error(`${c.claimId} ${d}: ${r.name} excludes ${rows[x].name}`);
  }
  if (isIP) {
    const n = Math.max(1, nightsOf(c)); let nurse = 0; const beds = {};
    for (const it of c.items) if (!c._mut.has(it.lineId)) { if (it._row.gradedNursing) nurse += it.quantity; if (it._row.subcategory === 'bed') beds[it.date] = (beds[it.date] || 0) + it.quantity; }
    if (nurse > n) throw new Error(c.claimId + ': nursing days beyond nights');
    if (Object.values(beds).reduce((a, b) => a + b, 0) > n) throw new Error(c.claimId + ': bed days beyond nights');
    if (c.patient.birthDate && ageAt(c.patient.birthDate, c.admissionDate) === 0 && daysBetween(c.patient.birthDate, c.admissionDate) < 29 && !c.patient.birthWeightGrams) throw new Error(c.claimId + ': newborn without weight');
  }
  if (c.items.some((it) => it.quantity <= 0)) throw new Error(c.claimId + ': zero quantity');
}

// ---------- cases ----------
const LABELS = [];
let caseSeq = 0;
function addCase(kind, code, name, claims, { targets = null, mutated = null, variant = 'overt' } = {}) {
  caseSeq++;
  const mutatedLines = {};
  if (mutated !== false) for (const c of claims) if (c._mut.size) mutatedLines[c.claimId] = [...c._mut];
  LABELS.push({ caseId: `B120-${String(caseSeq).padStart(4, '0')}`, kind, code, name, claimIds: claims.map((c) => c.claimId), targets: (targets || claims).map((c) => c.claimId), mutatedLines, typology: kind === 'routine' ? 'R' : code, variant: kind === 'routine' ? 'routine' : variant });
}
const R = () => pick(REGIONS).code;
const hosp = (region, minLevel = 1, maxLevel = 3, kinds = ['general']) => inst(region, (h) => h.level >= minLevel && h.level <= maxLevel && kinds.includes(h.kind));
const inpt = (r, minL = 2) => hosp(r, minL, 3, ['general']);
const elder = (r) => member(r, { ageMin: 60, ageMax: 88 });
const adult = (r) => member(r, { ageMin: 25, ageMax: 75 });
function findLines(c, code, pred = () => true) { return c.items.filter((it) => it._row.code === code && pred(it)); }
function remove(c, its) { const s = new Set(its); c.items = c.items.filter((it) => !s.has(it)); c.items.forEach((it, i) => { it.lineId = String(i + 1); }); }
// remove then re-add preserving mut ids: we only remove before mutating, so lineIds renumber safely.

const TY = {};
const N = 15;
// T01 重症监护 + 分级护理 same hours
TY.T01 = { name: '重症监护期间另收分级护理（重复收费）', src: '重症医学 自查自纠问题清单（2024）', fn(v) {
  const r = R(); const m = elder(r); const h = inpt(r, 2); const c = S.icu(m, h, randDate());
  const days = stayDays(c);
  if (v === 'overt') days.forEach((d) => line(c, C.nurseS, d, 1, { mut: true }));
  else days.slice(1, 4).forEach((d) => line(c, C.nurse1, d, 1, { mut: true }));
  return [c];
} };
TY.T02 = { name: '全身麻醉术中另收心电/血氧/血压监测（麻醉内涵重复收费）', src: '麻醉 自查自纠问题清单（2024/2025）', fn(v) {
  const r = R(); const m = adult(r); const h = inpt(r, 2); const k = pick(['chole', 'appy', 'hernia']);
  if (v === 'overt') { const c = S[k](m, h, randDate(), { postMon: false });
    line(c, C.ecgMon, c._op, 24, { mut: true }); line(c, C.spo2Mon, c._op, 24, { mut: true }); line(c, C.nibp, c._op, 24, { mut: true }); line(c, C.electrodes, c._op, 5); return [c]; }
  const c = S[k](m, h, randDate(), { postMon: false, postO2: true });
  line(c, C.ecgMon, c._op, c._gaH, { mut: true }); line(c, C.spo2Mon, c._op, c._gaH, { mut: true }); line(c, C.nibp, c._op, c._gaH * 4, { mut: true });
  return [c];
} };
TY.T03 = { name: '呼吸机/高流量氧疗同时段另收吸氧（重复收费）', src: '呼吸内科/重症医学 自查自纠问题清单', fn(v) {
  const r = R(); const m = elder(r);
  if (rnd() < 0.5) { const h = inpt(r, 2); const c = S.icu(m, h, randDate(), { ventDays: 4 }); const days = stayDays(c);
    const n = v === 'overt' ? 4 : 2; days.slice(0, n).forEach((d) => line(c, C.o2, d, v === 'overt' ? 24 : 12, { mut: true })); return [c]; }
  const h = inpt(r, 1); const c = S.copd(m, h, randDate(), { nivDays: 3, nivH: v === 'overt' ? 20 : 14 }); const days = stayDays(c);
  days.slice(0, 3).forEach((d) => line(c, C.o2, d, v === 'overt' ? 24 : 14, { mut: true }));
  return [c];
} };
TY.T04 = { name: '床位费/护理费/诊查费计费天数超实际住院天数（算进又算出）', src: '国家医保局飞行检查典型问题；通用 自查自纠问题清单 超标准收费', fn(v) {
  const r = R(); const m = elder(r); const h = inpt(r, 1); const k = pick(['pneumonia', 'hf', 'stroke', 'copd']);
  const c = S[k](m, h, randDate()); const dis = c.dischargeDate;
  line(c, C.bed3, dis, 1, { mut: true }); line(c, C.nurse2, dis, 1, { mut: true });
  if (v === 'overt') { line(c, C.ipConsult, dis, 1, { mut: true }); const extra = addDays(dis, 1); line(c, C.bed3, extra, 1, { mut: true }); line(c, C.nurse2, extra, 1, { mut: true }); line(c, C.ipConsult, extra, 1, { mut: true }); }
  return [c];
} };
TY.T05 = { name: '按小时计费项目超出当日/在院小时数', src: '通用 自查自纠问题清单 超标准收费（计时项目）', fn(v) {
  const r = R(); const m = elder(r); const h = inpt(r, 2);
  if (v === 'overt') { const c = S.hf(m, h, randDate()); const days = stayDays(c);
    days.slice(0, 2).forEach((d) => { line(c, C.ecgMon, d, 12, { mut: true }); line(c, C.o2, d, 16, { mut: true }); }); return [c]; }
  const c = S.pneumonia(m, h, randDate(), { nights: ri(5, 8) }); const days = stayDays(c);
  days.forEach((d, i) => { if (i < days.length - 1) line(c, C.pump, d, 24, { mut: true }); });
  return [c];
} };
TY.T06 = { name: '静脉输液每组均按第一组收费（分解收费）', src: '通用 自查自纠问题清单 分解收费；国家医保局典型案例', fn(v) {
  const r = R(); const m = adult(r);
  if (v === 'overt') { const h = inpt(r, 1); const c = S.pneumonia(m, h, randDate(), { noIV: true }); const days = stayDays(c);
    days.forEach((d, i) => { if (i < days.length - 1 && i < 10) { line(c, C.ivFirst, d, 2, { mut: true }); line(c, C.ivSet, d, 1); } }); return [c]; }
  // careful: one infusion visit split into two outpatient settlements at the same clinic on one day, each billing 第一组
  const h = hosp(r, 1, 2, ['community', 'general']); const d = randDate();
  const c1 = S.opInfusion(m, h, d, { groups: 1 });
  const c2 = opClaim(m, h, 'general_medicine', d); dx(c2, ['J03.900']); line(c2, C.nacl, d, 1); line(c2, C.ivFirst, d, 1, { mut: true }); line(c2, C.ivSet, d, 1); line(c2, C.azithroIV, d, 1);
  return { claims: [c1, c2], targets: [c2] };
} };
TY.T07 = { name: '检验组合项目与其单项同日重复收费（分解收费）', src: '检验科 自查自纠问题清单（2024）', fn(v) {
  const r = R(); const m = elder(r); const h = inpt(r, 1); const k = pick(['pneumonia', 'hf', 'stroke']);
  const c = S[k](m, h, randDate()); const d0 = c.admissionDate;
  if (v === 'overt') { for (const x of [C.alt, C.ast, C.tbil, C.cr, C.urea]) line(c, x, d0, 1, { mut: true }); if (k === 'stroke') line(c, C.tchol, d0, 1, { mut: true }); else line(c, C.hb, d0, 1, { mut: true }); }
  else { const d3 = stayDays(c)[3]; line(c, C.hb, d3, 1, { mut: true }); }
  return [c];
} };
TY.T08 = { name: '操作内涵已含的换药/局麻/穿刺另行收费', src: '外科/门诊手术 自查自纠问题清单；价格项目规范 项目内涵', fn(v) {
  const r = R();
  if (v === 'overt') { const m = adult(r); const h = hosp(r, 1, 3, ['general', 'community']); const c = S.opWound(m, h, randDate()); line(c, C.dressM, c.visitDate, 1, { mut: true }); return [c]; }
  if (rnd() < 0.5) { const m = adult(r); const h = hosp(r, 1, 3, ['general', 'community']); const c = S.opWound(m, h, randDate()); line(c, C.dressS, c.visitDate, 1, { mut: true }); return [c]; }
  const m = member(r, { ageMin: 45, ageMax: 75 }); const h = inpt(r, 2); const c = S.chemoDay(m, h, randDate(), { picc: false, nights: 1 });
  px(c, '38.9300', c.admissionDate); line(c, C.picc, c.admissionDate, 1); line(c, C.piccCath, c.admissionDate, 1); line(c, C.localAn, c.admissionDate, 1, { mut: true }); line(c, C.lidocaine, c.admissionDate, 1);
  if (rnd() < 0.5) line(c, C.cvc, c.admissionDate, 1, { mut: true });
  return [c];
} };
TY.T09 = { name: '特级护理同日另收心电/血氧饱和度监测（护理内涵重复）', src: '护理 自查自纠问题清单；价格项目规范 特级护理内涵', fn(v) {
  const r = R(); const m = elder(r); const h = inpt(r, 2);
  const c = S.giBleed(m, h, randDate(), { noMon: true, nursing: (i) => (i < 3 ? C.nurseS : C.nurse2) }); const days = stayDays(c);
  const n = v === 'overt' ? 3 : 1;
  days.slice(0, n).forEach((d) => { line(c, C.ecgMon, d, 24, { mut: true }); line(c, C.spo2Mon, d, 24, { mut: true }); line(c, C.electrodes, d, 5); });
  return [c];
} };
TY.T10 = { name: '普通病房按监护病房床位收费（超标准收费）', src: '通用 自查自纠问题清单 超标准收费（床位）', fn(v) {
  const r = R(); const m = elder(r); const h = inpt(r, 2);
  if (v === 'overt') { const c = S.pneumonia(m, h, randDate(), { bed: (i) => null }); stayDays(c).forEach((d) => line(c, C.bedICU, d, 1, { mut: true })); return [c]; }
  // careful: CCU days genuine, then 3 ward days still billed as 监护病房
  const c = S.hf(m, h, randDate(), { bed: (i) => (i < 2 ? C.bedICU : i < 5 ? null : C.bed3) });
  stayDays(c).slice(2, 5).forEach((d) => line(c, C.bedICU, d, 1, { mut: true }));
  return [c];
} };
TY.T11 = { name: '护理级别与病情不符（高套特级/Ⅰ级护理）', src: '护理 自查自纠问题清单；国家医保局飞检 超标准收费', fn(v) {
  const r = R(); const m = adult(r); const h = inpt(r, 1); const k = pick(['hernia', 'appy', 'cataractDay']);
  if (k === 'cataractDay') { const hh = inpt(r, 2); const c = S.cataractDay(m, hh, randDate(), { nights: v === 'overt' ? 2 : 1 });
    const ns = findLines(c, C.nurse2); const ds = ns.map((x) => x.date); remove(c, ns); ds.forEach((d) => line(c, C.nurseS, d, 1, { mut: true })); return [c]; }
  const c = S[k](m, h, randDate(), { postMon: false, nursing: () => null }); const days = stayDays(c);
  days.forEach((d, i) => { if (v === 'overt') line(c, C.nurseS, d, 1, { mut: true }); else if (d === c._op || d === addDays(c._op, 1)) line(c, C.nurseS, d, 1, { mut: true }); else line(c, C.nurse2, d, 1); });
  return [c];
} };
TY.T12 = { name: '普通吸氧串换为经鼻高流量湿化氧疗（串换项目）', src: '国家医保局飞行检查 串换项目；呼吸内科 自查自纠问题清单', fn(v) {
  const r = R(); const m = adult(r); const h = inpt(r, 1);
  const c = S.pneumonia(m, h, randDate(), { noO2: true }); const days = stayDays(c);
  const n = v === 'overt' ? days.length : 3;
  days.slice(0, n).forEach((d) => line(c, C.hfnc, d, v === 'overt' ? 24 : 12, { mut: true }));
  return [c];
} };
TY.T13 = { name: '床位/护理/诊查/吸氧单价高于本级医院限价（超标准收费）', src: '通用 自查自纠问题清单 超标准收费', fn(v) {
  const r = R(); const m = elder(r); const h = hosp(r, 1, 2, ['general', 'community']);
  const c = S.pneumonia(m, h, randDate(), { noWard: true }); const days = stayDays(c); const lv = String(h.level);
  const f = v === 'overt' ? 1.3 : null;
  days.forEach((d) => {
    for (const k of [C.bed3, C.ipConsult, C.nurse2]) { const cap = rows[k].priceCap; const p = v === 'overt' ? Math.round(cap[lv] * f * 100) / 100 : cap['3']; line(c, k, d, 1, { price: p, mut: true }); }
  });
  return [c];
} };
TY.T14 = { name: '门诊血液透析另收监护/注射/输液（透析内涵重复）', src: '血液净化 自查自纠问题清单（2024）', fn(v) {
  const r = R(); const m = member(r, { ageMin: 40, ageMax: 80 }); m.enrollment.chronicDiseases = ['N18']; const h = inpt(r, 2);
  const start = randDate('2025-02-01', '2025-10-01'); const cs = [];
  for (let i = 0; i < 3; i++) { const d = addDays(start, i * 2 + (i > 0 ? 1 : 0)); const c = S.hdSession(m, h, d);
    if (v === 'overt') { line(c, C.ecgMon, d, 4, { mut: true }); line(c, C.spo2Mon, d, 4, { mut: true }); line(c, C.ivPush, d, 1, { mut: true }); line(c, C.electrodes, d, 5, { mut: true }); }
    else { line(c, C.ivFirst, d, 1, { mut: true }); line(c, C.nacl, d, 1); }
    cs.push(c); }
  return cs;
} };
TY.T15 = { name: '电针/温针同日另收普通针刺（中医分解收费）', src: '中医 自查自纠问题清单（2024）', fn(v) {
  const r = R(); const m = adult(r); const h = inst(r, (x) => x.kind === 'tcm'); const start = randDate('2025-01-10', '2025-10-20'); const cs = [];
  for (let i = 0; i < 4; i++) { const d = addDays(start, i * 2);
    const c = v === 'overt' ? S.acu(m, h, d, { items: [[C.electroAcu, 2], [C.cupping, 1]] }) : S.acu(m, h, d, { items: [[C.warmNeedle, 1], [C.infrared, 1]] });
    if (v === 'overt') line(c, C.acuPlain, d, 1, { mut: true }); else if (i % 2 === 1) line(c, C.acuGen, d, 1, { mut: true });
    cs.push(c); }
  return { claims: cs, targets: v === 'overt' ? cs : cs.filter((_, i) => i % 2 === 1) };
} };

// ---------- controls ----------
const CT = {};
CT.C01 = { name: 'ICU转出当日：重症监护按实际小时+转入普通病房后的Ⅰ级护理', like: 'T01', why: '转科当日重症监护只计ICU内小时数，转出后病房护理另计（价格项目规范 重症监护按小时计价）', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 2); const c = S.icu(m, h, randDate(), { nights: ri(6, 9), ventDays: 3 });
  const days = stayDays(c); const t = days.length - 3; // transfer-out day
  // replace ICU items from t on
  const drop = c.items.filter((it) => it.date >= days[t] && [C.bedICU, C.icuCare, C.o2, C.abg, C.lactate, C.pump, C.electrodes].includes(it._row.code));
  remove(c, drop);
  days.forEach((d, i) => { if (i === t) { line(c, C.icuCare, d, 10); line(c, C.bedICU, d, 1); line(c, C.nurse1, d, 1); line(c, C.o2, d, 12); } if (i > t) { line(c, C.bed3, d, 1); line(c, C.nurse2, d, 1); line(c, C.o2, d, 8); } });
  return [c];
} };
CT.C02 = { name: '长期ICU：机械通气≥96小时，逐日24小时重症监护与呼吸机', like: 'T05,T01', why: '真实重症患者每日24小时监护与通气，96.72编码，小时数不超过在院小时', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 3); const n = ri(14, 22); const c = S.icu(m, h, randDate('2025-01-06', '2025-10-01'), { nights: n, ventDays: n - 3 }); return [c];
} };
CT.C03 = { name: '全麻术后复苏/病房心电监测（麻醉时段之外）', like: 'T02', why: '麻醉内涵只含麻醉期间监测；术后病房监测按实际小时另计', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 2); const c = S[pick(['chole', 'hernia', 'appy'])](m, h, randDate(), { postMonH: ri(14, 20) });
  line(c, C.ecgMon, addDays(c._op, 1), 24); line(c, C.spo2Mon, addDays(c._op, 1), 24); line(c, C.electrodes, addDays(c._op, 1), 5);
  return [c];
} };
CT.C04 = { name: '撤机当日：无创通气后改鼻导管吸氧（时段先后）', like: 'T03', why: '同日先通气后吸氧，两者小时数之和不超过24小时', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 1); const c = S.copd(m, h, randDate(), { nivDays: 0 });
  const days = stayDays(c); px(c, '93.9000', days[0]);
  const drop = c.items.filter((it) => it._row.code === C.o2 && it.date <= days[3]); remove(c, drop);
  days.slice(0, 3).forEach((d) => line(c, C.niv, d, 16)); line(c, C.niv, days[3], 8); line(c, C.o2, days[3], 14);
  return [c];
} };
CT.C05 = { name: '医嘱转院：甲院出院当日乙院入院（两院床位不重叠）', like: 'T04', why: '转出医院计入不计出，转入医院当日起计费，按住院天数各自计费', fn() {
  const r = R(); const m = elder(r); const hA = hosp(r, 2, 2, ['general']); const hB = inst(r, (x) => x.level === 3 && x.kind === 'general');
  const a = randDate(); const cA = S.stroke(m, hA, a, { nights: ri(3, 5) }); cA.dischargeMode = 'transfer';
  const cB = S.stroke(m, hB, cA.dischargeDate, { nights: ri(8, 12) }); cB.admissionRoute = 'transfer'; cB.transferFromHospitalId = hA.hospitalId;
  return [cA, cB];
} };
CT.C06 = { name: '门诊连续多日静脉输液疗程（每日一次第一组）', like: 'T06', why: '每天一次就诊一次输液，第一组按日计一次，分在不同日期结算', fn() {
  const r = R(); const m = adult(r); const h = hosp(r, 1, 2, ['community', 'general']); const d = randDate(); const cs = [];
  for (let i = 0; i < 3; i++) cs.push(S.opInfusion(m, h, addDays(d, i), { groups: 2, consult: i === 0 }));
  return cs;
} };
CT.C07 = { name: '多个不重叠检验组合同日开具，单项在后续日期复查', like: 'T07', why: '肝功能、肾功能、血脂为不同组合；次日后复查单项ALT/肌酐为监测，不与组合同日', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 1); const c = S.stroke(m, h, randDate()); const days = stayDays(c);
  line(c, C.alt, days[4], 1); line(c, C.cr, days[4], 1); line(c, C.alt, days[8], 1); return [c];
} };
CT.C08 = { name: '清创缝合当日不换药，此后门诊换药拆线', like: 'T08', why: '换药在清创之后的不同日期进行，非同次操作', fn() {
  const r = R(); const m = adult(r); const h = hosp(r, 1, 3, ['general', 'community']); const c = S.opWound(m, h, randDate('2025-01-06', '2025-11-01'));
  const dxc = c.diagnoses[0].code; const c2 = S.opDressing(m, h, addDays(c.visitDate, 2), dxc, 'S'); const c3 = S.opDressing(m, h, addDays(c.visitDate, 7), dxc, 'S'); line(c3, C.sutureOut, c3.visitDate, 1);
  return [c, c2, c3];
} };
CT.C09 = { name: '病房危重患者1–2日特级护理，监测在改Ⅰ级后另计', like: 'T09,T11', why: '失血性休克期特级护理（内含生命体征监测），转Ⅰ级护理后心电监测按医嘱另计', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 2); const c = S.giBleed(m, h, randDate(), { noMon: true, nursing: (i) => (i < 2 ? C.nurseS : i < 4 ? C.nurse1 : C.nurse2) });
  if (!DX['R57.100']) throw new Error('R57.100'); c.diagnoses.push({ code: 'R57.100' }); const days = stayDays(c); line(c, C.ecgMon, days[2], 24); line(c, C.spo2Mon, days[2], 24); line(c, C.electrodes, days[2], 5);
  return [c];
} };
CT.C10 = { name: '真实CCU住院后转普通病房：监护病房床位只计CCU天数', like: 'T10', why: '急性心梗在监护病房期间按监护床位计，转出后按普通床位', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 2); const c = S.hf(m, h, randDate(), { bed: (i) => (i < 3 ? C.bedICU : C.bed3), nursing: (i) => (i < 3 ? C.nurse1 : C.nurse2) });
  c.diagnoses.splice(1, 0, { code: 'I21.400' }); line(c, C.ecgMon, stayDays(c)[2], 24); line(c, C.tni, stayDays(c)[1], 1); return [c];
} };
CT.C11 = { name: '卧床失能脑卒中患者长期Ⅰ级护理（鼻饲、吸痰、气垫床）', like: 'T11', why: '生活完全不能自理的卧床患者符合Ⅰ级护理（WS/T 431-2013）', fn() {
  const r = R(); const m = member(r, { ageMin: 70, ageMax: 90 }); const h = inpt(r, 2); const c = S.stroke(m, h, randDate(), { nights: ri(14, 20), nursing: () => C.nurse1 });
  const days = stayDays(c); px(c, '96.0700', days[0]); line(c, C.ngTube, days[0], 1); line(c, C.gastricTube, days[0], 1);
  days.forEach((d, i) => { if (i > 0) line(c, C.tubeFeed, d, 4); line(c, C.suction, d, 4); line(c, C.oralCare, d, 2); line(c, C.airBed, d, 1); });
  return [c];
} };
CT.C12 = { name: '急性低氧性呼吸衰竭的经鼻高流量氧疗（血气支持）', like: 'T12,T03', why: '氧合指数低、血气反复异常，高流量氧疗有指征；期间不另收普通吸氧', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 2); const c = S.pneumonia(m, h, randDate(), { noO2: true, nursing: (i) => (i < 3 ? C.nurse1 : C.nurse2) });
  c.diagnoses.splice(1, 0, { code: 'J96.000' }); const days = stayDays(c);
  days.slice(0, 3).forEach((d) => { line(c, C.hfnc, d, 24); line(c, C.abg, d, 2); line(c, C.spo2Mon, d, 24 - 0); });
  line(c, C.o2, days[3], 16); line(c, C.o2Tube, days[3], 1); return [c];
} };
CT.C13 = { name: '双人间床位（目录内较高床位档次，患者选择）按本级限价收费', like: 'T10,T13', why: '双人间为目录内床位项目，按本院级别限价收取', fn() {
  const r = R(); const m = adult(r); const h = inpt(r, 1); const c = S[pick(['pneumonia', 'hf'])](m, h, randDate(), { bed: C.bed2 }); return [c];
} };
CT.C14 = { name: '住院急性肾损伤高钾血症：床旁血透当日持续心电监测', like: 'T14', why: '住院患者高钾血症需全天心电监测，透析时段之外仍需监测；门诊透析内涵规则不适用于住院全天监护', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 2); const n = ri(6, 9); const a = randDate();
  const c = newClaim(m, h, 'nephrology', 'inpatient', { admit: a, discharge: addDays(a, n) }); dx(c, ['N17.900', 'E87.500']); c.admissionRoute = 'emergency'; c.dischargeMode = 'ordered';
  ward(c, { nursing: (i) => (i < 3 ? C.nurse1 : C.nurse2) }); const days = stayDays(c); admLabs(c, days[0], [C.abg]);
  line(c, C.cvc, days[0], 1); px(c, '38.9500', days[0]);
  [0, 2, 4].forEach((i) => { px(c, '39.9500', days[i]); line(c, C.hd, days[i], 1); line(c, C.dialyser, days[i], 1); line(c, C.hdLines, days[i], 1); line(c, C.lytes, days[i], 1); });
  days.slice(0, 3).forEach((d) => { line(c, C.ecgMon, d, 20); line(c, C.electrodes, d, 5); });
  return [c];
} };
CT.C15 = { name: '针刺与推拿同日；电针与普通针刺分在不同日', like: 'T15', why: '推拿不属于针刺内涵；不同日不同项目', fn() {
  const r = R(); const m = adult(r); const h = inst(r, (x) => x.kind === 'tcm'); const d = randDate('2025-01-10', '2025-10-20');
  return [S.acu(m, h, d, { items: [[C.electroAcu, 2], [C.tuina, 1]] }), S.acu(m, h, addDays(d, 2), { items: [[C.acuPlain, 1], [C.cupping, 1]] }), S.acu(m, h, addDays(d, 4), { items: [[C.electroAcu, 2], [C.infrared, 1]] })];
} };
CT.C16 = { name: '同日两科门诊（内分泌与眼科）各自诊察', like: 'T06', why: '两个科室分别就诊，诊察费各计一次', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 2); const d = randDate();
  const c1 = opClaim(m, h, 'endocrinology', d); dx(c1, ['E11.900']); line(c1, C.opConsultAssoc, d, 1); line(c1, C.hba1c, d, 1); line(c1, C.fbg, d, 1); line(c1, C.metformin, d, 90);
  const c2 = opClaim(m, h, 'ophthalmology', d); dx(c2, ['H25.900']); line(c2, C.opConsult, d, 1); line(c2, rows['002503010050001'] ? '002503010050001' : C.ecg, d, 1); line(c2, '002503010060001', d, 1);
  return [c1, c2];
} };
CT.C17 = { name: '糖尿病酮症酸中毒：同日多次血糖、血气、β-羟丁酸', like: 'T05,T07', why: 'DKA指南要求每1–2小时血糖、定时血气，同码多次在每日上限内', fn() { const r = R(); const m = adult(r); const h = inpt(r, 2); return [S.dka(m, h, randDate())]; } };
CT.C18 = { name: '腹腔镜手术另收穿刺器、止血夹等一次性耗材（除外内容）', like: 'T08', why: '价格项目规范 除外内容：一次性特殊耗材可另收', fn() {
  const r = R(); const m = adult(r); const h = inpt(r, 2); const c = S[pick(['chole', 'appy'])](m, h, randDate()); line(c, C.trocar, c._op, 1); line(c, C.clip, c._op, 2); return [c];
} };
CT.C19 = { name: '心电监测另收电极片、血氧探头（除外内容）', like: 'T09,T02', why: '监测项目除外内容：电极片、一次性探头可另收', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 2); const c = S.hf(m, h, randDate()); line(c, C.spo2Probe, c.admissionDate, 1); return [c];
} };
CT.C20 = { name: '母婴同室期间新生儿黄疸另行住院（母亲与新生儿各计床位护理）', like: 'T04', why: '两名参保人各自住院，新生儿床位和新生儿护理为新生儿本人费用', fn() {
  const r = R(); const mom = member(r, { ageMin: 22, ageMax: 38, sex: 'F' }); const h = inst(r, (x) => x.kind === 'maternal');
  const a = randDate(); const cm = S.delivery(mom, h, a, { nights: 3 });
  const baby = newborn(r, a); const nb = ri(4, 6); const cb = newClaim(baby, h, 'neonatology', 'inpatient', { admit: addDays(a, 2), discharge: addDays(a, 2 + nb) });
  cb.patient.birthWeightGrams = ri(2900, 3800); dx(cb, ['P59.900']); cb.admissionRoute = 'other'; cb.dischargeMode = 'ordered';
  ward(cb, { bed: C.bedNewborn, nursing: () => C.nurseNewborn }); const days = stayDays(cb);
  days.slice(0, 3).forEach((d) => line(cb, C.phototherapy, d, 12)); line(cb, C.tbil, days[0], 1); line(cb, C.tbil, days[2], 1); line(cb, C.cbc5, days[0], 1);
  return [cm, cb];
} };
CT.C21 = { name: '日间病房当日出入院（化疗/白内障）按一日计床位与诊查', like: 'T04', why: '日间病房/日间手术按住院一日计费（各省日间医疗服务收费规定）', fn() {
  const r = R(); const m = member(r, { ageMin: 50, ageMax: 80 }); const h = inpt(r, 2);
  return [rnd() < 0.5 ? S.chemoDay(m, h, randDate(), { nights: 0 }) : S.cataractDay(m, h, randDate(), { nights: 0 })];
} };
CT.C22 = { name: '出院次日因无关疾病再次住院（两次住院各计床位）', like: 'T04', why: '两次住院诊断不同、日期不重叠，各按实际天数计费', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 2); const c1 = S.chole(m, h, randDate('2025-01-06', '2025-10-01'));
  const c2 = S.hf(m, h, addDays(c1.dischargeDate, 1)); return [c1, c2];
} };
CT.C23 = { name: '长期有创通气：每日多次吸痰、每周更换呼吸机管路', like: 'T03,T05', why: '吸痰按次计且在每日上限内，管路按周更换为除外耗材', fn() {
  const r = R(); const m = elder(r); const h = inpt(r, 3); const n = ri(12, 18); const c = S.icu(m, h, randDate('2025-01-06', '2025-10-10'), { nights: n, ventDays: n - 1 });
  stayDays(c).forEach((d, i) => { if (i < n - 1) line(c, C.suction, d, 8); }); return [c];
} };
CT.C24 = { name: '门诊脓肿切开引流+局部浸润麻醉，复诊换药', like: 'T08', why: '切开引流术价格不含麻醉，局麻按规范另收；换药在复诊日进行', fn() {
  const r = R(); const m = adult(r); const h = hosp(r, 1, 3, ['general', 'community']); const d = randDate('2025-01-06', '2025-11-01');
  const c = S.opAbscess(m, h, d); const c2 = S.opDressing(m, h, addDays(d, 2), 'L02.400', 'M'); return [c, c2];
} };

// ---------- routine ----------
function routine(i) {
  const r = REGIONS[i % 3].code; const d = randDate();
  const k = i % 20;
  if (k === 0) return [S.pneumonia(elder(r), inpt(r, 1), d)];
  if (k === 1) return [S.copd(elder(r), inpt(r, 1), d)];
  if (k === 2) return [S.hf(elder(r), inpt(r, 2), d)];
  if (k === 3) return [S.stroke(elder(r), inpt(r, 2), d)];
  if (k === 4) return [S.chole(adult(r), inpt(r, 2), d)];
  if (k === 5) return [S.appy(member(r, { ageMin: 18, ageMax: 60 }), inpt(r, 2), d)];
  if (k === 6) return [S.hip(member(r, { ageMin: 70, ageMax: 90 }), inpt(r, 2), d)];
  if (k === 7) return [S.icu(elder(r), inpt(r, 3), d, { ventDays: 3 })];
  if (k === 8) return [S.delivery(member(r, { ageMin: 22, ageMax: 38, sex: 'F' }), inst(r, (h) => h.kind === 'maternal'), d)];
  if (k === 9) return [S.bronchiolitis(member(r, { ageMin: 0, ageMax: 1, birth: addDays(d, -ri(60, 600)) }), inpt(r, 2), d)];
  if (k === 10) return [S.opURTI(adult(r), hosp(r, 1, 1, ['community', 'clinic']), d)];
  if (k === 11) return [S.opInfusion(adult(r), hosp(r, 1, 2, ['community', 'general']), d)];
  if (k === 12) return [S.opAbscess(adult(r), hosp(r, 1, 3, ['general', 'community']), d)];
  if (k === 13) { const m = member(r, { ageMin: 40, ageMax: 80 }); m.enrollment.chronicDiseases = ['N18']; return [S.hdSession(m, inpt(r, 2), d)]; }
  if (k === 14) return [S.acu(adult(r), inst(r, (h) => h.kind === 'tcm'), d)];
  if (k === 15) return [S.cataractDay(member(r, { ageMin: 60, ageMax: 85 }), inpt(r, 2), d)];
  if (k === 16) return [S.chemoDay(member(r, { ageMin: 45, ageMax: 75 }), inpt(r, 2), d)];
  if (k === 17) return [S.giBleed(elder(r), inpt(r, 2), d)];
  if (k === 18) return [S.hernia(adult(r), inpt(r, 1), d)];
  return [S.opWound(adult(r), hosp(r, 1, 3, ['general', 'community']), d)];
}

// ---------- build ----------
for (const [code, t] of Object.entries(TY)) for (let i = 0; i < N; i++) {
  const v = i % 2 === 0 ? 'overt' : 'careful';
  const res = t.fn(v); const claims = Array.isArray(res) ? res : res.claims; const targets = Array.isArray(res) ? claims : res.targets;
  addCase('fraud', code, t.name, claims, { targets, variant: v });
}
for (const [code, t] of Object.entries(CT)) for (let i = 0; i < N; i++) {
  const claims = t.fn(); for (const c of claims) if (c._mut.size) throw new Error('control with mutated lines ' + code);
  addCase('control', code, t.name, claims, { variant: 'overt' });
}
for (let i = 0; i < 100; i++) addCase('routine', 'R', '常规诊疗', routine(i));

// drop zero-quantity helper lines (none intended) and validate
for (const c of CLAIMS) {
  if (c.items.some((it) => it.quantity === 0)) { const keep = c.items.filter((it) => it.quantity !== 0); const mutOld = new Set([...c._mut].map((id) => c.items.find((x) => x.lineId === id))); c.items = keep; c.items.forEach((it, i) => { it.lineId = String(i + 1); }); c._mut = new Set(keep.filter((x) => mutOld.has(x)).map((x) => x.lineId)); }
}
// recompute labels' mutated ids after renumbering
const byId = Object.fromEntries(CLAIMS.map((c) => [c.claimId, c]));
for (const l of LABELS) if (l.kind === 'fraud') { const ml = {}; for (const id of l.claimIds) if (byId[id]._mut.size) ml[id] = [...byId[id]._mut]; l.mutatedLines = ml; }
for (const c of CLAIMS) validate(c);

// settlement order
const settleDate = (c) => c.dischargeDate || c.visitDate;
CLAIMS.sort((a, b) => (settleDate(a) < settleDate(b) ? -1 : settleDate(a) > settleDate(b) ? 1 : a.claimId < b.claimId ? -1 : 1));
for (const c of CLAIMS) settle(c);
fs.mkdirSync(outDir, { recursive: true });
const out = CLAIMS.map((c) => {
  const o = {};
  for (const [k, v] of Object.entries(c)) if (!k.startsWith('_')) o[k] = v;
  o.items = c.items.map(({ _fen, _row, ...it }) => it);
  if (o.visitType === 'inpatient') o.reportedGroup = { drg: groups[c.claimId] || null, dip: null };
  return JSON.stringify(o);
});
fs.writeFileSync(path.join(outDir, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const kinds = LABELS.reduce((a, l) => ((a[l.kind] = (a[l.kind] || 0) + 1), a), {});
process.stderr.write(`blind120: ${CLAIMS.length} claims, cases ${JSON.stringify(kinds)}\n`);
