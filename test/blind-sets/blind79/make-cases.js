#!/usr/bin/env node
// blind79 — rehabilitation medicine (康复医学科、康复专科医院、住院与门诊康复).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes <outdir>/claims.ndjson (settlement order) and <outdir>/labels.json.
// Money is computed in integer fen and written as yuan with two decimals (CONTRACTS.md: yuan as a JSON number).
'use strict';
const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || __dirname);
let CATDIR = path.resolve(__dirname, '../base77/rules/catalogue');
let GROUPS_FILE = null;
for (let i = 1; i < argv.length; i++) {
  if (argv[i] === '--catalogue') CATDIR = path.resolve(argv[++i]);
  else if (argv[i] === '--groups') GROUPS_FILE = path.resolve(argv[++i]);
}

// ---------------------------------------------------------------- catalogue rows
const CAT_FILES = ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json',
  'services-mental-health.json', 'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json',
  'consumables-procedures.json', 'drugs-immunology-and-gout.json'];
const ROWS = new Map();
for (const f of CAT_FILES) {
  const p = path.join(CATDIR, f);
  if (!fs.existsSync(p)) continue;
  const j = JSON.parse(fs.readFileSync(p, 'utf8'));
  for (const r of (j.rows || j)) if (!ROWS.has(r.code)) ROWS.set(r.code, r);
}
function row(code) { const r = ROWS.get(code); if (!r) throw new Error('catalogue row missing: ' + code); return r; }

// ---------------------------------------------------------------- groups (pass 2)
const GROUPS = {};
if (GROUPS_FILE && fs.existsSync(GROUPS_FILE)) {
  for (const line of fs.readFileSync(GROUPS_FILE, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line);
    const drg = g.grouping && g.grouping.drg ? g.grouping.drg : (g.computed && g.computed.group) || null;
    if (g.claimId) GROUPS[g.claimId] = drg;
  }
}

// ---------------------------------------------------------------- rng
let SEED = 79079;
function rnd() { SEED |= 0; SEED = (SEED + 0x6D2B79F5) | 0; let t = Math.imul(SEED ^ (SEED >>> 15), 1 | SEED); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;

// ---------------------------------------------------------------- dates
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diffDays = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const dow = (s) => D(s).getUTCDay(); // 0 Sunday
const isWeekend = (s) => dow(s) === 0 || dow(s) === 6;
const nextWeekday = (s) => { let x = s; while (isWeekend(x)) x = addDays(x, 1); return x; };
function randDate(from, to) { return addDays(from, ri(0, diffDays(from, to))); }

// ---------------------------------------------------------------- item codes
const S = {
  consult: '001102000010001', consultAssoc: '001102000020001', consultChief: '001102000030001', generalFee: '001102000040001',
  inpConsult: '001103000010001', bed3: '001105000010001', bed2: '001105000020001',
  nurse1: '001201000020001', nurse2: '001201000030001', nurse3: '001201000040001',
  acu: '001215000010001', tuina: '001216000010001', assess: '001217000010001', pt: '001218000010001',
  ot: '003402000010001', st: '003402000020001', swallow: '003402000030001', cog: '003402000040001', bws: '003402000050001', hand: '003402000060001',
  biofb: '003115030070001',
  needle: '004300000010001', scalp: '004300000070001', electro: '004300000160001', moxa: '004400000010001', cupping: '004400000040001',
  gua: '004500009010001', fumig: '004100000060001', iontoph: '004100009010001',
  cbc: '002501010010001', urine: '002501020010001', liver: '002502010010001', renal: '002502020010001', lytes: '002502030010001',
  lipids: '002502040010001', glucose: '002502050010001', hba1c: '002502050020001', coag: '002502060010001', ddimer: '002502100010001', crp: '002502080010001',
  bnp: '002502070030001', troponin: '002502070020001',
  ecg: '003107010010001', cxr: '002202010010001', limbXR: '002202020010001', lumbarXR: '002202030010001', carotidUS: '002103010030001',
  legVeinUS: '002103010040001', echo: '002103010020001', ctHead: '002301010010001', ctChest: '002301010020001', mriHead: '002401010010001',
  lumbarMRI: '002401010020001', kneeMRI: '002401010030001', bmd: '002503010010001', pft: '002503010020001', eeg: '002503010080001',
  ecgMon: '001209000010001', spo2: '001210000010001', o2: '001208000010001', ivFirst: '001204000010001', ivNext: '001204000020001',
  nebul: '001207000010001', cath: '001206000010001', dressing: '001205000010001', suture: '003309040010001',
  tka: '003303010030001', orif: '003303020010001', hemiHip: '003303010020001', gaAnes: '003301010010001', spinalAnes: '003301010020001',
  fbBuild: '001110000010001', fbVisit: '001110000020001',
};
const DR = {
  aspirin: 'XB01ACA509A001', clopi: 'XB01ACL502A001', atorva: 'XC10AAA511A001', rosuva: 'XC10AAR501A001', amlo: 'XC08CAA512A001',
  nifed: 'XC08CAX503A003', metf: 'XA10BAE503A001', celecox: 'XM01AHS505A001', diclo: 'XM01ABS506A003', xst: 'ZA12BAX510A001',
  omep: 'XA02BCA515A001', lactul: 'XA06ADR502A004', metopSR: 'XC07ABM503A003', ismn: 'XC01DAD501A003', tiotrop: 'XR03BBS510C003',
  budform: 'XR03AKB507C003', caD3: 'XA12AXT512A001', lmwh: 'XB01ABD502B002', ns: 'XB05BBL511B002', ambroxol: 'XR05CBA522A001',
  cefurox: 'XJ01DCT505B002', levet: 'XN03AXZ503A001', sertraline: 'XN06ABS507A001', citicol: 'XN06BXB506B002', edarav: 'XN07XXY507B002',
  mannitol: 'XB05BCG505B002', paracet: 'XN02BED510A001', ibuSusp: 'XM01AEB502A004', irbes: 'XC09CAE502A001', vitB: 'XA11EAF513A001',
  astragalus: 'T001700501', codon: 'T001700502', angelica: 'T001700503', salvia: 'T001200501', licorice: 'T001700505',
};
const CON = { infusion: 'C14010150100001020350000001', cathKit: 'C14030150100001569850000001', kneeProst: 'C03010150200001029290000001',
  plate: 'C03010150400001786600000001', screw: 'C03010150500001199820000001', femHead: 'C03010150300001664990000001',
  electrode: 'C14060150100001436170000001', dressPack: 'C14020150200001397260000001', syringe: 'C14010150300001156950000001' };

// ---------------------------------------------------------------- policies (frozen build's policies.json, 2025-defaults-1)
const POL = {
  '22': { employee: { inpatient: { ded: { 1: 200, 2: 500, 3: 900 }, ratio: { 1: .9, 2: .85, 3: .8 }, ret: .05, cap: 200000 } }, resident: { inpatient: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: .8, 2: .7, 3: .6 }, ret: 0, cap: 150000 } } },
  '23': { employee: { inpatient: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: .9, 2: .85, 3: .8 }, ret: .05, cap: 200000 } }, resident: { inpatient: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: .8, 2: .7, 3: .6 }, ret: 0, cap: 150000 } } },
  '37': { employee: { inpatient: { ded: { 1: 300, 2: 600, 3: 1000 }, ratio: { 1: .9, 2: .85, 3: .8 }, ret: .05, cap: 250000 } }, resident: { inpatient: { ded: { 1: 300, 2: 600, 3: 1000 }, ratio: { 1: .8, 2: .7, 3: .6 }, ret: 0, cap: 180000 } } },
  '51': { employee: { inpatient: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: .9, 2: .85, 3: .8 }, ret: .05, cap: 250000 } }, resident: { inpatient: { ded: { 1: 200, 2: 600, 3: 1100 }, ratio: { 1: .8, 2: .7, 3: .6 }, ret: 0, cap: 160000 } } },
};
// outpatient (普通门诊统筹; 定点药店 shares its deductible and cap), identical in the four provinces except Chengdu's resident cap
const OUTPOL = {
  employee: { outpatient: { ded: 1000, ratio: { 1: .7, 2: .6, 3: .5 }, ret: .1, cap: 3000 }, pharmacy: { ded: 1000, ratio: { 1: .6, 2: .6, 3: .6 }, ret: .1, cap: 3000 } },
  resident: { outpatient: { ded: 0, ratio: { 1: .6, 2: .5, 3: .5 }, ret: 0, cap: 400 }, pharmacy: { ded: 0, ratio: { 1: .5, 2: .5, 3: .5 }, ret: 0, cap: 400 } },
};
const residentOutCap = (region) => (region === '510100' ? 500 : 400);

// ---------------------------------------------------------------- institutions and doctors
// type: gen3 (三级综合), gen2 (二级综合), rehab (康复专科医院), chc (社区卫生服务中心/一级), child (妇女儿童/儿童康复), clinic (一级康复/中医诊所), pharmacy
const HOSP = [
  ['H51010001', '510100', 3, 'gen3', 1.0], ['H51010002', '510100', 2, 'rehab', 1.0], ['H51010003', '510100', 1, 'chc', 0.95],
  ['H51010004', '510100', 3, 'child', 1.0], ['H51010005', '510100', 1, 'clinic', 1.0], ['H51010006', '510100', 2, 'gen2', 0.95],
  ['H51070001', '510700', 3, 'gen3', 0.95], ['H51070002', '510700', 2, 'rehab', 0.95], ['H51070003', '510700', 1, 'chc', 0.9],
  ['H22010001', '220100', 3, 'gen3', 1.0], ['H22010002', '220100', 2, 'rehab', 1.0], ['H22010003', '220100', 1, 'chc', 0.95],
  ['H22010004', '220100', 2, 'child', 1.0], ['H22010005', '220100', 1, 'clinic', 1.0],
  ['H23010001', '230100', 3, 'gen3', 1.0], ['H23010002', '230100', 3, 'rehab', 1.0], ['H23010003', '230100', 1, 'chc', 0.95], ['H23010004', '230100', 2, 'gen2', 1.0],
  ['H37010001', '370100', 3, 'gen3', 1.0], ['H37010002', '370100', 2, 'rehab', 1.0], ['H37010003', '370100', 1, 'chc', 0.95],
  ['H37010004', '370100', 3, 'child', 1.0], ['H37010005', '370100', 1, 'clinic', 1.0],
  ['H37020001', '370200', 2, 'gen2', 1.0], ['H37020002', '370200', 2, 'rehab', 0.95], ['H37020003', '370200', 1, 'chc', 0.95],
  ['P51010001', '510100', 1, 'pharmacy', 1.0], ['P22010001', '220100', 1, 'pharmacy', 1.0], ['P23010001', '230100', 1, 'pharmacy', 1.0],
  ['P37010001', '370100', 1, 'pharmacy', 1.0], ['P51070001', '510700', 1, 'pharmacy', 1.0], ['P37020001', '370200', 1, 'pharmacy', 1.0],
].map(([id, region, level, type, f]) => ({ id, region, level, type, f }));
const H = Object.fromEntries(HOSP.map((h) => [h.id, h]));
const DEPTS = {
  gen3: ['rehabilitation', 'neurology', 'orthopedics', 'cardiology', 'respiratory', 'tcm', 'general_practice'],
  gen2: ['rehabilitation', 'neurology', 'orthopedics', 'cardiology', 'respiratory', 'tcm', 'general_practice'],
  rehab: ['rehabilitation', 'neuro_rehabilitation', 'ortho_rehabilitation', 'tcm'],
  chc: ['general_practice', 'rehabilitation', 'tcm'],
  child: ['pediatric_rehabilitation', 'pediatrics'],
  clinic: ['rehabilitation', 'tcm'],
  pharmacy: ['pharmacy'],
};
const TITLES = ['resident', 'attending', 'associate', 'chief'];
const DOCS = {}; // hospitalId|dept -> [{id,title}]
let docSeq = 0;
for (const h of HOSP) {
  if (h.type === 'pharmacy') continue;
  for (const dept of DEPTS[h.type]) {
    const n = h.level === 1 ? 2 : 4;
    const list = [];
    for (let i = 0; i < n; i++) {
      docSeq++;
      let title = h.level === 1 ? pick(['resident', 'attending', 'attending', 'associate']) : TITLES[i % 4];
      list.push({ id: 'D' + h.id.slice(1) + String(list.length + 1 + DEPTS[h.type].indexOf(dept) * 10).padStart(3, '0'), title });
    }
    DOCS[h.id + '|' + dept] = list;
  }
}
function doctor(h, dept, i) { const l = DOCS[h.id + '|' + dept]; if (!l) throw new Error('no dept ' + dept + ' at ' + h.id); return i === undefined ? pick(l) : l[i % l.length]; }
function consultCode(h, doc) {
  if (h.level === 1) return S.generalFee;
  if (doc.title === 'chief') return S.consultChief;
  if (doc.title === 'associate') return S.consultAssoc;
  return S.consult;
}
const hospsOf = (type, region) => HOSP.filter((h) => h.type === type && (!region || h.region === region));
const REGIONS = ['510100', '510700', '220100', '230100', '370100', '370200'];
function hospIn(region, types) {
  for (const ts of [types, ['gen3', 'gen2'], ['rehab'], ['chc']]) { const l = HOSP.filter((h) => ts.includes(h.type) && h.region === region); if (l.length) return pick(l); }
  return null;
}
function anyHosp(types) { return pick(HOSP.filter((h) => types.includes(h.type))); }
const pharmacyOf = (region) => HOSP.find((h) => h.type === 'pharmacy' && h.region === region);
const rehabDept = (h) => (h.type === 'child' ? 'pediatric_rehabilitation' : h.type === 'rehab' ? pick(['rehabilitation', 'neuro_rehabilitation']) : 'rehabilitation');

// ---------------------------------------------------------------- members
let memSeq = 0;
const REF = '2025-06-30';
function member({ region, age, gender, scheme, retired, insuredId }) {
  memSeq++;
  gender = gender || (chance(0.55) ? 'M' : 'F');
  const by = 2025 - age - (chance(0.5) ? 1 : 0);
  let birthDate = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const realAge = Math.floor(diffDays(birthDate, REF) / 365.25);
  scheme = scheme || (realAge < 18 ? 'resident' : realAge >= 60 ? (chance(0.6) ? 'employee' : 'resident') : (chance(0.65) ? 'employee' : 'resident'));
  let ret = false;
  if (scheme === 'employee') ret = retired !== undefined ? retired : (gender === 'M' ? realAge >= 60 : realAge >= 55);
  const workYears = Math.max(1, Math.min(40, realAge - 20));
  const enr = scheme === 'employee'
    ? { enrolledOn: `${2025 - Math.min(workYears, 25)}-0${ri(1, 9)}-01`, inConcentratedPeriod: true, continuousYears: Math.min(workYears, 25), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: ret ? (gender === 'M' ? ri(30, 40) : ri(25, 35)) : workYears, special: null }
    : (() => {
      const cy = Math.max(1, Math.min(realAge, 20));
      let on = `${2025 - cy + 1}-01-01`;
      const afterBirth = addDays(birthDate, 30);
      if (afterBirth > on) on = afterBirth;
      const years = 2025 - Number(on.slice(0, 4)) + 1;
      return { enrolledOn: on, inConcentratedPeriod: true, continuousYears: years, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: years, special: null };
    })();
  return { insuredId: insuredId || 'P79' + String(memSeq).padStart(6, '0'), region, gender, birthDate, age: realAge, scheme, retired: ret, enr };
}

// ---------------------------------------------------------------- lines and claims
const L = (code, date, qty = 1, mut = false) => ({ code, date, qty, mut });
let claimSeq = 0;
const CLAIMS = [];
function mkClaim(base) {
  claimSeq++;
  const h = base.h;
  const c = {
    claimId: `${h.region}-${h.id}-${(base.visitType === 'inpatient' ? base.dis : base.date).slice(0, 4)}-${String(claimSeq).padStart(6, '0')}`,
    region: h.region, insuranceType: base.m.scheme, visitType: base.visitType,
    patient: { insuredId: base.m.insuredId, gender: base.m.gender, birthDate: base.m.birthDate, retired: base.m.retired },
    enrollment: base.m.enr,
    provider: { hospitalId: h.id, level: h.level, department: base.dept, doctorId: base.doc ? base.doc.id : undefined },
  };
  if (!base.doc) delete c.provider.doctorId;
  if (base.visitType === 'inpatient') {
    c.admissionDate = base.adm; c.dischargeDate = base.dis;
    if (base.route) c.admissionRoute = base.route;
    if (base.mode) c.dischargeMode = base.mode;
    if (base.fromHosp) c.transferFromHospitalId = base.fromHosp;
  } else c.visitDate = base.date;
  c.diagnoses = base.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (base.procs || []).map(([code, date]) => ({ code, date }));
  c.reportedGroup = { drg: null, dip: null };
  // lines
  const items = []; const mutated = [];
  let n = 0;
  for (const l of base.lines) {
    const r = row(l.code);
    const capFen = Math.round(r.priceCap[String(h.level)] * 100);
    const unitFen = Math.floor(capFen * (l.price || h.f) + 1e-6);
    n++;
    items.push({ lineId: String(n), code: r.code, name: r.name, category: r.category, date: l.date, quantity: l.qty, _unit: unitFen, _amt: unitFen * l.qty, _share: r.class === '丙' ? 1 : (r.selfPayShare || 0), ...(l.longRx ? { longPrescription: true } : {}) });
    if (l.mut) mutated.push(String(n));
  }
  c.items = items;
  c._settle = base.visitType === 'inpatient' ? base.dis : base.date;
  c._seq = claimSeq; c._mutated = mutated; c._m = base.m;
  CLAIMS.push(c);
  return c;
}
// settle a list of line arrays into one visit date's lines
function outpatient({ m, h, dept, doc, date, dx, lines, visitType = 'outpatient', noConsult = false }) {
  doc = doc || (h.type === 'pharmacy' ? null : doctor(h, dept));
  const ls = [];
  if (!noConsult && visitType !== 'pharmacy') ls.push(L(consultCode(h, doc), date));
  for (const l of lines) ls.push(l);
  return mkClaim({ m, h, dept: visitType === 'pharmacy' ? 'pharmacy' : dept, doc, visitType, date, dx, lines: ls });
}
function inpatient({ m, h, dept, doc, adm, dis, dx, procs, route, mode, fromHosp, nurse = S.nurse2, bed = S.bed3, perDay, admLabs = [], extra = [], skipFrame }) {
  doc = doc || doctor(h, dept);
  const los = diffDays(adm, dis);
  const lines = [];
  for (let i = 0; i < los; i++) {
    const d = addDays(adm, i);
    if (!skipFrame || !skipFrame(d, i)) { lines.push(L(bed, d), L(nurse, d), L(S.inpConsult, d)); }
    if (perDay) for (const l of perDay(d, i, los)) lines.push(l);
  }
  for (const code of admLabs) lines.push(L(code, adm));
  for (const l of extra) lines.push(l);
  return mkClaim({ m, h, dept, doc, visitType: 'inpatient', adm, dis, dx, procs, route, mode, fromHosp, lines });
}

// ---------------------------------------------------------------- therapy plans
// plan: { pt:1|2, ot, st, sw, cog, bws, hand, acu:'electro'|'needle'|'scalp'|'acu', tuina, biofb, ionto, weekend:'none'|'half'|'full' }
function therapy(plan, d, mut = false) {
  const out = [];
  const we = isWeekend(d);
  if (we && (plan.weekend || 'none') === 'none') return out;
  const half = we && plan.weekend === 'half';
  if (plan.pt) out.push(L(S.pt, d, half ? 1 : plan.pt, mut));
  if (plan.ot && !half) out.push(L(S.ot, d, plan.ot, mut));
  if (plan.st && !half) out.push(L(S.st, d, plan.st, mut));
  if (plan.sw && !half) out.push(L(S.swallow, d, plan.sw, mut));
  if (plan.cog && !half) out.push(L(S.cog, d, plan.cog, mut));
  if (plan.bws && !half) out.push(L(S.bws, d, plan.bws, mut));
  if (plan.hand && !half) out.push(L(S.hand, d, plan.hand, mut));
  if (plan.acu === 'electro') out.push(L(S.electro, d, plan.acuN || 3, mut));
  else if (plan.acu === 'needle') out.push(L(S.needle, d, 1, mut));
  else if (plan.acu === 'scalp') out.push(L(S.scalp, d, 1, mut));
  else if (plan.acu === 'acu') out.push(L(S.acu, d, 1, mut));
  if (plan.tuina && !half) out.push(L(S.tuina, d, plan.tuina, mut));
  if (plan.biofb && !half) out.push(L(S.biofb, d, plan.biofb, mut));
  if (plan.ionto && !half) out.push(L(S.iontoph, d, plan.ionto, mut));
  return out;
}
// assessment days: admission day (or next weekday), every `every` days, and the last weekday before discharge
function assessDays(adm, dis, every) {
  const days = new Set();
  let d = nextWeekday(adm);
  if (diffDays(d, dis) < 0) d = adm;
  days.add(d);
  if (every) for (let k = every; diffDays(addDays(adm, k), dis) > 3; k += every) days.add(nextWeekday(addDays(adm, k)));
  let last = addDays(dis, -1); while (isWeekend(last) && diffDays(adm, last) > 0) last = addDays(last, -1);
  if (diffDays(adm, dis) >= 7) days.add(last);
  return days;
}
// daily oral drugs on a stay (one line per day per drug)
function dailyDrugs(codes, d) { return codes.map(([c, q]) => L(c, d, q)); }

// ---------------------------------------------------------------- diagnosis sets
const DX = {
  strokeRecov: ['I69.300x003', 'I69.800x002', 'I69.100x002'], strokeSeq: ['I69.300', 'I69.400', 'I69.802', 'I69.100'],
  strokeOld: ['I69.300x002', 'I69.100x003'],
  hemi: ['G81.900', 'G81.100', 'G81.903', 'G81.900x002'], aphasia: ['R47.000x001', 'R47.003', 'R47.004', 'R47.002'], dysph: ['R13.x00'],
  cogn: ['R41.800'], gait: ['R26.200x001', 'R26.800x001'],
  sciChronic: ['T91.300', 'T91.301'], para: ['G82.200x041', 'G82.201', 'G82.100x041', 'G82.204'], paraAcute: ['G82.202', 'G82.203', 'G82.200x031'],
  tbiSeq: ['T90.500x002', 'T90.500'], cp: ['G80.101', 'G80.100', 'G80.000x011', 'G80.200', 'G80.802'],
  devDelay: ['F82.x00', 'F88.x00', 'F80.900'],
  tka: ['Z96.602'], tha: ['Z96.601'], hipFx: ['S72.000', 'S72.000x031', 'S72.000x041'], tibFx: ['S82.100x087', 'S82.201', 'S82.600'],
  orthoFollow: ['Z47.000', 'Z47.800'],
  backPain: ['M54.500', 'M54.502', 'M54.505', 'M54.503', 'M54.504'], neck: ['M47.801', 'M47.802', 'M54.200'], kneeOA: ['M17.900', 'M17.900x004', 'M17.000', 'M17.900x002'],
  htn: ['I10.x00'], dm: ['E11.900'], copd: ['J44.900', 'J44.900x003', 'J44.900x004'], mi: ['I25.200'], cardRehab: ['Z50.000'],
  acuteStroke: ['I63.900', 'I63.500', 'I63.906', 'I63.501'], ich: ['I61.004', 'I61.902'], pneu: ['J18.900'], uti: ['N39.000'], osteop: ['M81.900'],
};
const P = { hemiTrain: '93.3802', paraTrain: '93.3804', cpTrain: '93.3801', assess: '93.0103', ot: '93.8301', st: '93.7500x001', bws: '93.1103', gait: '93.2200', heart: '93.3600', breath: '93.1800', tka: '81.5400', tha: '81.5100', orifFem: '79.3501', balance: '93.3803' };

// ---------------------------------------------------------------- labels
const LABELS = [];
let caseSeq = 0;
function label(kind, code, name, claims, targets, mutated) {
  caseSeq++;
  const ids = claims.map((c) => c.claimId);
  const t = (targets || claims).map((c) => c.claimId);
  const ml = {};
  if (mutated) for (const c of (targets || claims)) if (c._mutated.length) ml[c.claimId] = c._mutated.slice();
  const l = { caseId: `B79-${String(caseSeq).padStart(4, '0')}`, kind, code, name, claimIds: ids, targets: t, mutatedLines: ml };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  LABELS.push(l);
}

// ---------------------------------------------------------------- building blocks of realistic care
const stayLabs = [S.cbc, S.urine, S.liver, S.renal, S.lytes, S.lipids, S.glucose, S.coag, S.ecg];
function strokeDrugs(dx0, m) {
  const l = /^I69\.1/.test(dx0) ? [] : [[DR.aspirin, 1], [DR.atorva, 1]];
  if (/^I69\.3|^I63/.test(dx0) && chance(0.4)) l[0] = [DR.clopi, 1];
  if (m.htn) l.push([DR.amlo, 1]);
  if (m.dm) l.push([DR.metf, 3]);
  return l;
}
// a genuine inpatient stroke rehabilitation stay
function strokeStay({ m, h, dept, doc, adm, los, dx, plan, every = 14, route, fromHosp, mode, nurse, mutAssess, extraPerDay, skipFrame }) {
  const dis = addDays(adm, los);
  const ad = assessDays(adm, dis, every);
  const drugs = strokeDrugs(dx[0], m);
  const procs = [[P.assess, [...ad][0]], [P.hemiTrain, nextWeekday(addDays(adm, 1)) > dis ? adm : nextWeekday(addDays(adm, 1))]];
  if (plan.ot) procs.push([P.ot, procs[1][1]]);
  if (plan.st) procs.push([P.st, procs[1][1]]);
  if (diffDays(procs[1][1], dis) < 0) procs[1][1] = adm;
  return inpatient({
    m, h, dept, doc, adm, dis, dx, route, fromHosp, mode, nurse: nurse || S.nurse2,
    procs: procs.map(([c, d]) => [c, diffDays(d, dis) < 0 ? adm : d]),
    admLabs: [...stayLabs, S.carotidUS],
    perDay: (d, i, n) => {
      const out = [];
      if (ad.has(d)) out.push(L(S.assess, d));
      if (i > 0 || !isWeekend(d)) out.push(...therapy(plan, d));
      out.push(...dailyDrugs(drugs, d));
      if (extraPerDay) out.push(...extraPerDay(d, i, n));
      return out;
    },
    skipFrame,
  });
}
function strokeMember(region, opts = {}) {
  const m = member({ region, age: opts.age || ri(48, 82), gender: opts.gender, scheme: opts.scheme });
  m.htn = chance(0.65); m.dm = chance(0.25);
  return m;
}
function strokeDx(m, kind, deficits) {
  const dx = [pick(kind === 'old' ? DX.strokeOld : kind === 'seq' ? DX.strokeSeq : DX.strokeRecov)];
  if (deficits.includes('hemi')) dx.push(pick(DX.hemi));
  if (deficits.includes('aph')) dx.push(pick(DX.aphasia));
  if (deficits.includes('dys')) dx.push(DX.dysph[0]);
  if (deficits.includes('cog')) dx.push(DX.cogn[0]);
  if (m.htn) dx.push(DX.htn[0]);
  if (m.dm) dx.push(DX.dm[0]);
  return dx;
}
// an acute stroke admission (neurology) — history of onset
function acuteStroke(m, h, adm, los) {
  const dis = addDays(adm, los);
  const dx = [pick(DX.acuteStroke), pick(DX.hemi)]; if (m.htn) dx.push(DX.htn[0]); if (m.dm) dx.push(DX.dm[0]);
  return inpatient({
    m, h, dept: 'neurology', adm, dis, dx, route: 'emergency', nurse: S.nurse1,
    admLabs: [...stayLabs, S.ctHead, S.carotidUS, S.echo, S.hba1c, S.crp], extra: h.level >= 2 ? [L(S.mriHead, addDays(adm, 1))] : [],
    perDay: (d, i) => {
      const out = [L(DR.aspirin, d), L(DR.atorva, d)];
      if (i < 10) out.push(L(DR.ns, d, 2), L(S.ivFirst, d), L(CON.infusion, d), L(DR.edarav, d, 2));
      if (i < 2) out.push(L(S.ecgMon, d, 24), L(S.spo2, d, 24));
      if (i >= 3 && !isWeekend(d)) out.push(L(S.pt, d, 1));
      if (i === 3) out.push(L(S.assess, d));
      return out;
    },
  });
}

// ============================================================== FRAUD TYPOLOGIES
const FR = [];
const T = (code, name, fn) => FR.push({ code, name, fn });

// T01 过度康复: training billed for members who are not disabled (no functional deficit coded)
T('T01', '过度康复: 非功能障碍人员的康复训练 (颈肩腰腿痛按偏瘫套餐训练)', (k) => {
  const region = pick(REGIONS);
  const m = member({ region, age: ri(32, 66) });
  const dx = [pick(k < 10 ? DX.backPain : DX.neck)];
  if (k < 10) { // outpatient series at a rehab hospital or community centre
    const h = hospIn(region, ['rehab', 'chc', 'gen2']) || anyHosp(['rehab']);
    const dept = h.type === 'rehab' ? 'rehabilitation' : 'rehabilitation';
    const doc = doctor(h, dept);
    const start = randDate('2025-02-03', '2025-10-20');
    const claims = [];
    let d = nextWeekday(start);
    const nv = ri(6, 10);
    for (let v = 0; v < nv; v++) {
      const lines = [L(S.pt, d), L(S.tuina, d)];
      const extraSet = pick([[S.ot, S.cog], [S.st, S.bws], [S.ot, S.bws, S.hand], [S.cog, S.hand], [S.ot, S.st]]);
      for (const c of extraSet) lines.push(L(c, d, 1, true));
      if (v === 0) lines.push(L(S.assess, d));
      claims.push(outpatient({ m, h, dept, doc, date: d, dx, lines }));
      d = nextWeekday(addDays(d, ri(2, 4)));
    }
    label('fraud', 'T01', FR[0].name, claims, claims, true);
  } else { // careful: an inpatient course for cervical spondylosis with the hemiplegia package
    const h = hospIn(region, ['rehab', 'gen2', 'gen3']) || anyHosp(['rehab']);
    const adm = randDate('2025-02-03', '2025-10-20');
    const los = ri(9, 13);
    const dis = addDays(adm, los);
    const plan = { pt: 1, tuina: 1, acu: 'electro', acuN: 2, weekend: 'none' };
    const c = inpatient({
      m, h, dept: 'rehabilitation', adm, dis, dx, procs: [[P.assess, adm]], admLabs: [S.cbc, S.urine, S.liver, S.renal, S.ecg, S.lumbarXR],
      perDay: (d, i) => {
        const out = therapy(plan, d);
        if (!isWeekend(d)) { out.push(L(S.ot, d, 1, true), L(S.hand, d, 1, true)); if (i % 2 === 0) out.push(L(S.cog, d, 1, true)); }
        if (i === 0) out.push(L(S.assess, d));
        out.push(L(DR.celecox, d, 2));
        return out;
      },
    });
    label('fraud', 'T01', FR[0].name, [c], [c], true);
  }
});

// T02 套餐式: every rehabilitation item on every day, whatever the diagnosis
T('T02', '全项目套餐: 不论诊断每天开全部康复项目 (骨科/关节术后开言语、吞咽、认知训练)', (k) => {
  const region = pick(REGIONS);
  const kind = k % 3;
  const m = member({ region, age: ri(55, 80) });
  const h = hospIn(region, ['rehab']) || hospIn(region, ['gen2', 'gen3']);
  const adm = randDate('2025-01-10', '2025-11-10');
  const los = ri(14, 24);
  const dis = addDays(adm, los);
  let dx; let procs;
  if (kind === 0) { dx = [pick(DX.tka)]; procs = [[P.assess, adm], ['93.1400', addDays(adm, 1)]]; }
  else if (kind === 1) { dx = [pick(DX.orthoFollow), pick(DX.tibFx)]; procs = [[P.assess, adm], [P.gait, addDays(adm, 1)]]; }
  else { m.htn = chance(0.6); dx = strokeDx(m, 'recov', ['hemi']); procs = [[P.assess, adm], [P.hemiTrain, addDays(adm, 1)]]; }
  const careful = k >= 10;
  const c = inpatient({
    m, h, dept: h.type === 'rehab' ? pick(['rehabilitation', 'ortho_rehabilitation']) : 'rehabilitation', adm, dis, dx, procs,
    admLabs: stayLabs,
    perDay: (d, i) => {
      if (careful && isWeekend(d)) return [L(DR.celecox, d, 2)];
      const out = [L(S.pt, d, 2), L(S.ot, d), L(S.bws, d), L(S.hand, d), L(S.tuina, d), L(S.iontoph, d, 2), L(S.electro, d, 2)];
      // items the diagnosis does not need
      out.push(L(S.st, d, 1, true), L(S.swallow, d, 1, true));
      if (!careful || i % 2 === 0) out.push(L(S.cog, d, 1, true));
      if (i === 0) out.push(L(S.assess, d));
      out.push(kind === 2 ? L(DR.aspirin, d) : L(DR.celecox, d, 2));
      return out;
    },
  });
  label('fraud', 'T02', FR[1].name, [c], [c], true);
});

// T03 超日限: items above their per-day limit (运动疗法 >2/日, 康复评定 >1/日, 电针 >6 二个穴位)
T('T03', '超每日限量: 运动疗法一日3-4次、康复评定一日2次、电针超穴位数', (k) => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const h = hospIn(region, ['rehab', 'gen3', 'gen2']);
  const adm = randDate('2025-01-10', '2025-11-10');
  const los = ri(18, 28);
  const dx = strokeDx(m, 'recov', ['hemi']);
  const plan = { pt: 2, ot: 1, acu: 'needle', tuina: 1, weekend: 'none' };
  const bad = new Set(); const days = [];
  for (let i = 1; i < los; i++) if (!isWeekend(addDays(adm, i))) days.push(i);
  const nb = ri(4, 8); while (bad.size < nb) bad.add(pick(days));
  const careful = k >= 9;
  const c = strokeStay({
    m, h, dept: rehabDept(h), adm, los, dx, plan,
    extraPerDay: (d, i) => {
      if (!bad.has(i)) return [];
      const v = k % 3;
      if (v === 0 || careful) return [L(S.pt, d, careful ? 1 : ri(1, 2), true)]; // 3rd/4th session, a separate line when careful
      if (v === 1) return [L(S.assess, d, 1, true), L(S.assess, d, 1, true)];
      return [L(S.electro, d, ri(7, 9), true)];
    },
  });
  label('fraud', 'T03', FR[2].name, [c], [c], true);
});

// T04 康复评定超频次: assessment far more often than admission / mid-course / discharge
T('T04', '康复评定超频次: 住院期间每2-3天一次康复评定', (k) => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const h = hospIn(region, ['rehab', 'gen3', 'gen2', 'chc']);
  const adm = randDate('2025-01-10', '2025-11-10');
  const los = ri(20, 30);
  const dis = addDays(adm, los);
  const dx = strokeDx(m, 'recov', chance(0.5) ? ['hemi', 'aph'] : ['hemi']);
  const plan = { pt: 1, ot: 1, st: dx.some((x) => x.startsWith('R47')) ? 1 : 0, acu: 'acu', weekend: 'none' };
  const legit = assessDays(adm, dis, 14);
  const step = k < 10 ? ri(2, 3) : 4;
  const extra = new Set();
  for (let i = 2; i < los - 1; i += step) { const d = addDays(adm, i); if (!isWeekend(d) && !legit.has(d)) extra.add(d); }
  const c = strokeStay({ m, h, dept: rehabDept(h), adm, los, dx, plan, extraPerDay: (d) => (extra.has(d) ? [L(S.assess, d, 1, true)] : []) });
  label('fraud', 'T04', FR[3].name, [c], [c], true);
});

// T05 超时治疗: time-billed therapies adding to more hours than a day holds
T('T05', '超时计费: 各治疗师计时项目合计超出一日可能时长', (k) => {
  const region = pick(REGIONS);
  const m = strokeMember(region, { age: ri(45, 75) });
  const h = hospIn(region, ['rehab', 'gen3', 'gen2']);
  const adm = randDate('2025-01-10', '2025-11-10');
  const los = ri(16, 26);
  const dx = strokeDx(m, 'recov', ['hemi', 'aph', 'dys']);
  const plan = { pt: 1, ot: 1, st: 1, sw: 1, acu: 'scalp', weekend: 'none' };
  const careful = k >= 10;
  const c = strokeStay({
    m, h, dept: rehabDept(h), adm, los, dx, plan,
    extraPerDay: (d, i) => {
      if (i === 0) return [];
      if (isWeekend(d) && !careful) return [];
      // added sessions: each line within its per-day limit, the day's total 14-18 sessions (careful: 10-11 every day incl. weekends)
      const add = careful ? [S.pt, S.cog, S.bws, S.hand, S.biofb, S.tuina] : [S.pt, S.ot, S.st, S.swallow, S.cog, S.cog, S.bws, S.bws, S.hand, S.hand, S.tuina, S.biofb];
      return add.map((c2) => L(c2, d, 1, true));
    },
  });
  label('fraud', 'T05', FR[4].name, [c], [c], true);
});

// T06 挂床住院: members in a rehabilitation ward who go home each evening; few services, care bought elsewhere during the stay
T('T06', '挂床住院: 康复医院住院期间几乎无治疗, 同期在他处门诊/药店就医', (k) => {
  const region = pick(REGIONS);
  const m = member({ region, age: ri(58, 82) }); m.htn = true;
  const h = hospIn(region, ['rehab', 'chc', 'gen2']) || hospIn(region, ['gen3']);
  const adm = randDate('2025-01-10', '2025-11-01');
  const los = ri(18, 30);
  const dis = addDays(adm, los);
  const dx = k % 2 ? [pick(DX.strokeOld), pick(DX.gait), DX.htn[0]] : [pick(DX.kneeOA), DX.htn[0]];
  const c = inpatient({
    m, h, dept: h.type === 'chc' ? 'rehabilitation' : rehabDept(h), adm, dis, dx, nurse: S.nurse3, procs: [[P.assess, adm]],
    admLabs: [S.cbc, S.urine, S.liver, S.renal, S.ecg],
    perDay: (d, i) => {
      const out = [L(DR.amlo, d)];
      if (i === 0) out.push(L(S.assess, d));
      if (!isWeekend(d) && (i % 3 === 1)) out.push(L(k % 2 ? S.pt : S.iontoph, d));
      if (!isWeekend(d) && i % 3 === 2) out.push(L(S.acu, d));
      return out;
    },
  });
  const claims = [c];
  if (k < 11) { // the member seen elsewhere while 'in hospital'
    const n = ri(1, 3);
    for (let j = 0; j < n; j++) {
      const d = addDays(adm, ri(3, los - 2));
      if (chance(0.5)) {
        const other = hospIn(region, ['gen3', 'gen2', 'chc'].filter((t) => t !== h.type)) || hospIn(region, ['gen3']);
        const dept = pick(['cardiology', 'general_practice']).replace('cardiology', other.type === 'chc' ? 'general_practice' : 'cardiology');
        claims.push(outpatient({ m, h: other, dept, date: d, dx: [DX.htn[0]], lines: [L(DR.amlo, d, 28), L(S.ecg, d)] }));
      } else {
        claims.push(outpatient({ m, h: pharmacyOf(region), dept: 'pharmacy', date: d, dx: [DX.htn[0]], visitType: 'pharmacy', lines: [L(DR.amlo, d, 28), L(DR.diclo, d, 10)] }));
      }
    }
  }
  label('fraud', 'T06', FR[5].name, claims, [c], false);
});

// T07 分解住院: a course split at its limit and restarted after a short discharge
T('T07', '分解住院: 康复疗程到限出院后数日内再入院重启疗程', (k) => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const h = hospIn(region, ['rehab', 'gen2', 'gen3']);
  const careful = k >= 10;
  const adm1 = randDate('2025-01-06', '2025-08-20');
  const los1 = ri(26, 30);
  const defs = chance(0.5) ? ['hemi', 'aph'] : ['hemi'];
  const dx1 = strokeDx(m, 'recov', defs);
  const plan = { pt: 2, ot: 1, st: defs.includes('aph') ? 1 : 0, acu: 'acu', weekend: 'half' };
  const dept = rehabDept(h);
  const s1 = strokeStay({ m, h, dept, adm: adm1, los: los1, dx: dx1, plan, mode: 'ordered' });
  const gap = careful ? ri(6, 12) : ri(1, 4);
  const adm2 = addDays(s1.dischargeDate, gap);
  const dx2 = careful ? [pick(['I69.400', 'I69.802']), ...dx1.slice(1)] : dx1.slice();
  const dept2 = careful ? (h.type === 'rehab' ? 'tcm' : pick(['tcm', 'neurology'])) : dept;
  const s2 = strokeStay({ m, h, dept: dept2, adm: adm2, los: ri(24, 30), dx: dx2, plan: { ...plan, acu: careful ? 'electro' : 'acu' }, route: 'outpatient' });
  const claims = [s1, s2];
  if (!careful && chance(0.4)) { const s3 = strokeStay({ m, h, dept, adm: addDays(s2.dischargeDate, ri(1, 3)), los: ri(20, 28), dx: dx1, plan, route: 'outpatient' }); claims.push(s3); }
  label('fraud', 'T07', FR[6].name, claims, claims.slice(1), false);
});

// T08 串换: unpaid 保健按摩/理疗 billed as paid 推拿治疗, 中药熏洗, 拔罐, 刮痧
T('T08', '串换项目: 保健按摩/养生理疗串换为推拿、中药熏洗等医保项目', (k) => {
  const region = pick(['510100', '220100', '370100']);
  const h = hospIn(region, ['clinic']);
  const m = member({ region, age: ri(38, 68) });
  const dx = [pick([...DX.backPain, ...DX.neck])];
  const dept8 = k % 3 === 0 ? 'tcm' : 'rehabilitation';
  const doc = doctor(h, dept8, k);
  const start = randDate('2025-01-06', '2025-10-01');
  const claims = [];
  let d = start;
  const nv = ri(6, 12);
  for (let v = 0; v < nv; v++) {
    const lines = [L(S.tuina, d, 2), L(S.fumig, d), L(S.cupping, d, ri(2, 4))];
    if (k % 2) lines.push(L(S.gua, d)); else lines.push(L(S.moxa, d));
    claims.push(outpatient({ m, h, dept: dept8, doc, date: d, dx, lines }));
    d = addDays(d, ri(2, 4));
  }
  label('fraud', 'T08', FR[7].name, claims, claims, false);
});

// T09 幼儿园全员: a kindergarten's children all billed for developmental rehabilitation
const KG = []; // kindergartens: {h, doc, dates}
T('T09', '儿童康复套餐: 同一幼儿园儿童批量挂发育障碍诊断开康复训练', (k) => {
  const g = k < 8 ? 0 : 1;
  if (!KG[g]) {
    const h = g === 0 ? H.H22010004 : H.H51010004;
    const start = g === 0 ? '2025-04-07' : '2025-09-08';
    const dates = []; let d = start; while (dates.length < 8) { if (!isWeekend(d)) dates.push(d); d = addDays(d, g === 0 ? 2 : 3); }
    KG[g] = { h, doc: doctor(h, 'pediatric_rehabilitation', g), dates, base: 7900000 + g * 100 };
  }
  const kg = KG[g];
  const m = member({ region: kg.h.region, age: ri(3, 6), scheme: 'resident', insuredId: 'P' + String(kg.base + k).padStart(8, '0') });
  const dx = [g === 0 ? DX.devDelay[k % 3] : DX.devDelay[(k + 1) % 3]];
  const claims = [];
  kg.dates.forEach((d0, v) => {
    const d = g === 1 && k % 2 ? addDays(d0, 1) : d0;
    const lines = [L(S.pt, d), L(S.ot, d), L(S.st, d), L(S.cog, d)];
    if (g === 1 && (v + k) % 3 === 0) lines.splice(3, 1);
    if (v === 0) lines.push(L(S.assess, d));
    claims.push(outpatient({ m, h: kg.h, dept: 'pediatric_rehabilitation', doc: kg.doc, date: d, dx, lines }));
  });
  label('fraud', 'T09', FR[8].name, claims, claims, false);
});

// T10 门诊住院重复: the same training billed on an outpatient claim on a day the member is on the ward
T('T10', '重复收费: 住院期间同日门诊再收康复训练费', (k) => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const h = hospIn(region, ['gen3', 'gen2', 'rehab']);
  const adm = randDate('2025-01-10', '2025-10-20');
  const los = ri(18, 26);
  const dx = strokeDx(m, 'recov', ['hemi']);
  const s = strokeStay({ m, h, dept: rehabDept(h), adm, los, dx, plan: { pt: 1, ot: 1, acu: 'acu', weekend: 'none' } });
  const careful = k >= 9;
  const oh = careful ? (hospIn(region, ['chc']) || hospIn(region, ['clinic'])) : h;
  const dept = oh.type === 'chc' ? 'rehabilitation' : oh.type === 'rehab' ? 'rehabilitation' : 'rehabilitation';
  const doc = doctor(oh, dept);
  const claims = [s];
  const nv = ri(3, 6);
  const used = new Set();
  for (let v = 0; v < nv; v++) {
    let d = addDays(adm, ri(2, los - 2)); d = nextWeekday(d); if (diffDays(d, s.dischargeDate) <= 0 || used.has(d)) continue; used.add(d);
    const lines = [L(S.pt, d, 1, true), L(careful ? S.needle : S.acu, d, 1, true)];
    if (chance(0.5)) lines.push(L(S.tuina, d, 1, true));
    claims.push(outpatient({ m, h: oh, dept, doc, date: d, dx: [dx[0], dx[1]], lines }));
  }
  label('fraud', 'T10', FR[9].name, claims, claims.slice(1), true);
});

// T11 发病多年后康复: rehabilitation years after onset where the fund's limit is months
T('T11', '超时限康复: 卒中发病数年后仍按恢复期住院康复', (k) => {
  const region = pick(REGIONS);
  const m = strokeMember(region, { age: ri(58, 82) });
  const acuteH = hospIn(region, ['gen3']) || hospIn(region, ['gen2']);
  const onset = `${pick([2021, 2022, 2023])}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 27)).padStart(2, '0')}`;
  const a = acuteStroke(m, acuteH, onset, ri(10, 14));
  const h = hospIn(region, ['rehab', 'gen2', 'chc']) || hospIn(region, ['gen3']);
  const careful = k >= 8;
  const dx = careful ? strokeDx(m, 'recov', ['hemi']) : [pick(['I69.300', 'I69.400']), pick(DX.hemi), ...(m.htn ? [DX.htn[0]] : []), ...(m.dm ? [DX.dm[0]] : [])];
  const adm = randDate('2025-02-01', '2025-09-01');
  const s1 = strokeStay({ m, h, dept: rehabDept(h), adm, los: ri(20, 30), dx, plan: { pt: 2, ot: 1, acu: 'electro', tuina: 1, weekend: 'half' } });
  const claims = [a, s1];
  if (chance(0.5)) claims.push(strokeStay({ m, h, dept: rehabDept(h), adm: addDays(s1.dischargeDate, ri(30, 60)), los: ri(20, 28), dx, plan: { pt: 2, ot: 1, acu: 'electro', weekend: 'half' } }));
  label('fraud', 'T11', FR[10].name, claims, claims.slice(1), false);
});

// T12 超量开药/多处开药: post-stroke drugs obtained at several institutions with overlapping supply
T('T12', '超量开药: 卒中二级预防药多机构重叠开具 (倒卖嫌疑)', (k) => {
  const region = pick(REGIONS);
  const m = strokeMember(region, { age: ri(55, 80) });
  const dx = ['I69.300x002', ...(m.htn ? [DX.htn[0]] : [])];
  const start = randDate('2025-02-01', '2025-10-01');
  const hs = [hospIn(region, ['gen3']), hospIn(region, ['gen2', 'rehab']) || hospIn(region, ['chc']), hospIn(region, ['chc'])].filter(Boolean);
  const claims = [];
  let d = start;
  const nv = k < 10 ? ri(3, 4) : 3;
  for (let v = 0; v < nv; v++) {
    const h = hs[v % hs.length];
    const dept = h.type === 'chc' ? 'general_practice' : h.type === 'rehab' ? 'rehabilitation' : 'neurology';
    const days = k < 10 ? pick([28, 30]) : 28;
    const mut = v > 0;
    const lines = [L(DR.clopi, d, days, mut), L(DR.atorva, d, days, mut), L(DR.xst, d, days * 6, mut)];
    if (m.htn) lines.push(L(DR.amlo, d, days, mut));
    claims.push(outpatient({ m, h, dept, date: d, dx, lines }));
    d = addDays(d, k < 10 ? ri(3, 8) : ri(9, 13));
  }
  if (k >= 10) { // careful: plus a pharmacy purchase on the same prescription
    claims.push(outpatient({ m, h: pharmacyOf(region), dept: 'pharmacy', date: d, dx, visitType: 'pharmacy', lines: [L(DR.atorva, d, 28, true), L(DR.xst, d, 168, true)] }));
  }
  label('fraud', 'T12', FR[11].name, claims, claims.slice(1), true);
});

// T13 冒名就医: another person's card (a child's card for an adult's back pain care; a parent's card for a child's training)
T('T13', '冒名就医: 儿童医保卡开成人腰腿痛理疗, 或成人卡开儿童发育障碍训练', (k) => {
  const region = pick(REGIONS);
  const careful = k >= 9;
  const m = careful ? member({ region, age: ri(29, 42) }) : member({ region, age: ri(4, 9), scheme: 'resident' });
  const h = careful ? (hospIn(region, ['child']) || hospIn(region, ['rehab'])) : (hospIn(region, ['chc', 'clinic', 'rehab']));
  const dept = h.type === 'child' ? 'pediatric_rehabilitation' : 'rehabilitation';
  const doc = doctor(h, dept);
  const dx = careful ? [pick(DX.devDelay)] : [pick(DX.backPain)];
  const claims = [];
  let d = nextWeekday(randDate('2025-01-06', '2025-11-01'));
  const nv = ri(3, 6);
  for (let v = 0; v < nv; v++) {
    const lines = careful ? [L(S.pt, d), L(S.st, d), L(S.cog, d)] : [L(S.tuina, d), L(S.acu, d), L(S.iontoph, d)];
    claims.push(outpatient({ m, h, dept, doc, date: d, dx, lines }));
    d = nextWeekday(addDays(d, ri(2, 5)));
  }
  label('fraud', 'T13', FR[12].name, claims, claims, false);
});

// T14 诱导住院/低标准入院: elderly recruited for rehabilitation stays for conditions treated as outpatients
const VILLAGE = [];
T('T14', '诱导住院/低标准入院: 组织老年人以颈腰腿痛入住康复病房', (k) => {
  const g = Math.floor(k / 5);
  if (!VILLAGE[g]) {
    const h = [H.H51070002, H.H23010004, H.H37020002][g];
    VILLAGE[g] = { h, adm: ['2025-03-10', '2025-05-19', '2025-09-15'][g], doc: doctor(h, h.type === 'rehab' ? 'rehabilitation' : 'rehabilitation', 1) };
  }
  const v = VILLAGE[g];
  const m = member({ region: v.h.region, age: ri(62, 80), scheme: 'resident' });
  const careful = k % 5 >= 3;
  const dx = careful ? [pick(DX.gait), pick(DX.kneeOA)] : [pick([...DX.kneeOA, ...DX.backPain, ...DX.neck])];
  const adm = addDays(v.adm, ri(0, 1));
  const dis = addDays(adm, ri(9, 12));
  const c = inpatient({
    m, h: v.h, dept: 'rehabilitation', doc: v.doc, adm, dis, dx, nurse: S.nurse3, procs: [[P.assess, adm]],
    admLabs: [S.cbc, S.urine, S.liver, S.renal, S.lipids, S.glucose, S.ecg, S.cxr, S.bmd],
    perDay: (d, i) => {
      const out = [];
      if (i === 0) out.push(L(S.assess, d));
      out.push(L(S.iontoph, d, 2), L(S.acu, d));
      if (i % 2 === 0) out.push(L(S.fumig, d)); else out.push(L(S.tuina, d));
      if (careful && !isWeekend(d)) out.push(L(S.pt, d));
      return out;
    },
  });
  label('fraud', 'T14', FR[13].name, [c], [c], false);
});

// T15 虚记: therapy and bed days billed while the member lay in another hospital
T('T15', '虚记费用: 患者转他院急诊住院期间康复医院照记床位与治疗', (k) => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const h = hospIn(region, ['rehab', 'gen2']) || hospIn(region, ['chc']);
  const acuteH = hospIn(region, ['gen3']);
  const adm = randDate('2025-01-10', '2025-10-01');
  const los = ri(24, 32);
  const dis = addDays(adm, los);
  const oAdm = addDays(adm, ri(8, 14));
  const oLos = ri(3, 6);
  const oDis = addDays(oAdm, oLos);
  const dx = strokeDx(m, 'recov', ['hemi']);
  const careful = k >= 10;
  const inside = (d) => diffDays(oAdm, d) > 0 && diffDays(d, oDis) > 0; // strictly between the other stay's admission and discharge
  const plan = { pt: 1, ot: 1, acu: 'acu', weekend: 'none' };
  const drugs = strokeDrugs(dx[0], m);
  const ad = assessDays(adm, dis, 14);
  const c = inpatient({
    m, h, dept: rehabDept(h), adm, dis, dx, procs: [[P.assess, adm], [P.hemiTrain, addDays(adm, 1)]], admLabs: stayLabs,
    skipFrame: (d) => inside(d),
    perDay: (d, i) => {
      const out = [];
      const mut = inside(d);
      if (mut) { if (!careful) out.push(L(S.bed3, d, 1, true), L(S.nurse2, d, 1, true), L(S.inpConsult, d, 1, true)); else out.push(L(S.bed3, d), L(S.nurse2, d), L(S.inpConsult, d)); }
      if (ad.has(d)) out.push(L(S.assess, d, 1, mut));
      if (!isWeekend(d) || (mut && !careful)) out.push(...therapy({ ...plan, weekend: 'full' }, d, mut));
      out.push(...dailyDrugs(drugs, d).map((l) => ({ ...l, mut: mut && !careful })));
      return out;
    },
  });
  const o = inpatient({
    m, h: acuteH, dept: pick(['respiratory', 'neurology']), adm: oAdm, dis: oDis, dx: [pick([...DX.pneu, ...DX.uti]), dx[0]], route: 'emergency', nurse: S.nurse1,
    admLabs: [S.cbc, S.crp, S.cxr, S.renal, S.lytes], perDay: (d) => [L(DR.cefurox, d, 2), L(DR.ns, d, 2), L(S.ivFirst, d), L(CON.infusion, d)],
  });
  label('fraud', 'T15', FR[14].name, [o, c], [c], true);
});

// ============================================================== CONTROLS
const CT = [];
const C = (code, name, fn) => CT.push({ code, name, fn });

C('C01', '卒中早期强化康复: 失语+吞咽障碍, 全套PT/OT/ST/吞咽训练 (真实功能障碍)', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const acuteH = hospIn(region, ['gen3']);
  const a = acuteStroke(m, acuteH, randDate('2025-01-05', '2025-10-01'), ri(9, 14));
  const h = chance(0.5) ? acuteH : (hospIn(region, ['rehab']) || acuteH);
  const s = strokeStay({ m, h, dept: rehabDept(h), adm: a.dischargeDate, los: ri(21, 28), dx: strokeDx(m, 'recov', ['hemi', 'aph', 'dys']), plan: { pt: 2, ot: 1, st: 1, sw: 1, acu: 'scalp', weekend: 'half' }, route: h === acuteH ? 'other' : 'transfer', fromHosp: h === acuteH ? undefined : acuteH.id, nurse: S.nurse1 });
  return [a, s];
});
C('C02', '多重功能障碍(颅脑外伤后): 平日全部项目, 诊断均有对应', () => {
  const region = pick(REGIONS);
  const m = member({ region, age: ri(22, 55) });
  const h = hospIn(region, ['rehab', 'gen3']);
  const adm = randDate('2025-01-10', '2025-10-20');
  const los = ri(24, 30);
  const dis = addDays(adm, los);
  const dx = [pick(DX.tbiSeq), pick(DX.hemi), pick(DX.aphasia), DX.dysph[0], DX.cogn[0]];
  const ad = assessDays(adm, dis, 14);
  const plan = { pt: 2, ot: 1, st: 1, sw: 1, cog: 1, hand: 1, acu: 'scalp', weekend: 'none' };
  const c = inpatient({ m, h, dept: rehabDept(h), adm, dis, dx, nurse: S.nurse1, procs: [[P.assess, adm], [P.hemiTrain, addDays(adm, 1)], [P.st, addDays(adm, 1)], [P.ot, addDays(adm, 1)]], admLabs: [...stayLabs, S.eeg],
    perDay: (d, i) => [...(ad.has(d) ? [L(S.assess, d)] : []), ...therapy(plan, d), L(DR.levet, d, 2)] });
  return [c];
});
C('C03', '每日两次运动疗法(上下午各一次): 达到但未超过每日限量', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region, { age: ri(45, 70) });
  const h = hospIn(region, ['rehab', 'gen3', 'gen2']);
  return [strokeStay({ m, h, dept: rehabDept(h), adm: randDate('2025-01-10', '2025-11-01'), los: ri(18, 28), dx: strokeDx(m, 'recov', ['hemi']), plan: { pt: 2, ot: 1, hand: 1, acu: 'electro', acuN: 6, tuina: 2, weekend: 'half' } })];
});
C('C04', '脊髓损伤长疗程: 60-90天住院, 康复评定每两周一次', () => {
  const region = pick(REGIONS);
  const m = member({ region, age: ri(20, 58) });
  const h = hospIn(region, ['rehab', 'gen3']);
  const adm = randDate('2025-01-06', '2025-08-01');
  const los = ri(60, 90);
  const dis = addDays(adm, los);
  const dx = [pick(DX.paraAcute), 'T91.300'];
  const ad = assessDays(adm, dis, 14);
  const plan = { pt: 2, ot: 1, bws: 1, biofb: 1, weekend: 'half' };
  const c = inpatient({ m, h, dept: rehabDept(h), adm, dis, dx, nurse: S.nurse1, procs: [[P.assess, adm], [P.paraTrain, addDays(adm, 1)]], admLabs: [...stayLabs, S.legVeinUS],
    perDay: (d, i) => [...(ad.has(d) ? [L(S.assess, d)] : []), ...therapy(plan, d), L(S.cath, d, 2), L(CON.cathKit, d, 2), L(DR.lactul, d, 1)] });
  return [c];
});
C('C05', '年轻患者高强度但可完成的日程: 每日6-8个治疗单元', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region, { age: ri(30, 55) });
  const h = hospIn(region, ['rehab', 'gen3']);
  return [strokeStay({ m, h, dept: rehabDept(h), adm: randDate('2025-01-10', '2025-11-01'), los: ri(20, 28), dx: strokeDx(m, 'recov', ['hemi', 'aph']), plan: { pt: 2, ot: 1, st: 1, hand: 1, bws: 1, acu: 'scalp', weekend: 'half' } })];
});
C('C06', '日间康复: 出院后门诊每日一次康复 (工作日)', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region, { age: ri(45, 75) });
  const h = hospIn(region, ['rehab', 'gen3', 'gen2']);
  const doc = doctor(h, 'rehabilitation');
  const dx = strokeDx(m, 'recov', ['hemi']).slice(0, 2);
  const claims = [];
  let d = nextWeekday(randDate('2025-01-06', '2025-10-15'));
  const n = ri(12, 20);
  for (let v = 0; v < n; v++) {
    const lines = [L(S.pt, d), L(S.ot, d)];
    if (v === 0 || v === n - 1) lines.push(L(S.assess, d));
    claims.push(outpatient({ m, h, dept: 'rehabilitation', doc, date: d, dx, lines, noConsult: v > 0 }));
    d = nextWeekday(addDays(d, 1));
  }
  return claims;
});
C('C07', '住院康复的周末暂停: 周末只有床位护理, 工作日正常治疗', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const h = hospIn(region, ['rehab', 'gen2', 'chc']) || hospIn(region, ['gen3']);
  return [strokeStay({ m, h, dept: rehabDept(h), adm: randDate('2025-01-10', '2025-11-01'), los: ri(21, 30), dx: strokeDx(m, 'recov', ['hemi']), plan: { pt: 1, ot: 1, acu: 'acu', weekend: 'none' } })];
});
C('C08', '新发事件再入院: 康复出院后卒中复发, 急性期住院后再次康复', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const h = hospIn(region, ['gen3']);
  const s1 = strokeStay({ m, h, dept: 'rehabilitation', adm: randDate('2025-01-06', '2025-06-01'), los: ri(21, 28), dx: strokeDx(m, 'recov', ['hemi']), plan: { pt: 2, ot: 1, acu: 'acu', weekend: 'half' } });
  const a = acuteStroke(m, h, addDays(s1.dischargeDate, ri(10, 40)), ri(10, 14));
  const s2 = strokeStay({ m, h, dept: 'rehabilitation', adm: a.dischargeDate, los: ri(21, 28), dx: strokeDx(m, 'recov', ['hemi', 'aph']), plan: { pt: 2, ot: 1, st: 1, acu: 'scalp', weekend: 'half' }, route: 'other' });
  return [s1, a, s2];
});
C('C09', '急性期医院转入康复医院: 同日转院, 连续治疗', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const acuteH = hospIn(region, ['gen3']);
  const a = acuteStroke(m, acuteH, randDate('2025-01-05', '2025-10-01'), ri(10, 15));
  a.dischargeMode = 'transfer';
  const h = hospIn(region, ['rehab', 'gen2']) || hospIn(region, ['chc']);
  const s = strokeStay({ m, h, dept: rehabDept(h), adm: a.dischargeDate, los: ri(24, 30), dx: strokeDx(m, 'recov', ['hemi']), plan: { pt: 2, ot: 1, acu: 'electro', weekend: 'half' }, route: 'transfer', fromHosp: acuteH.id, nurse: S.nurse1 });
  return [a, s];
});
C('C10', '脑瘫患儿长期门诊康复: 每周3次, 持续3个月', () => {
  const h = pick(hospsOf('child'));
  const m = member({ region: h.region, age: ri(1, 6), scheme: 'resident' });
  const doc = doctor(h, 'pediatric_rehabilitation');
  const dx = [pick(DX.cp)];
  const claims = [];
  let d = nextWeekday(randDate('2025-01-06', '2025-07-01'));
  for (let w = 0; w < 13; w++) {
    for (const off of [0, 2, 4]) {
      const dd = addDays(d, off);
      const lines = [L(S.pt, dd), L(S.ot, dd)];
      if (off === 2) lines.push(L(S.st, dd));
      if (w % 4 === 0 && off === 0) lines.push(L(S.assess, dd));
      claims.push(outpatient({ m, h, dept: 'pediatric_rehabilitation', doc, date: dd, dx, lines, noConsult: !(w % 4 === 0 && off === 0) }));
    }
    d = addDays(d, 7);
  }
  return claims;
});
C('C11', '脑瘫患儿住院康复疗程: 间隔2个月后再次住院 (多疗程)', () => {
  const h = pick(hospsOf('child'));
  const m = member({ region: h.region, age: ri(2, 8), scheme: 'resident' });
  const dx = [pick(DX.cp)];
  const stay = (adm) => {
    const los = ri(24, 30); const dis = addDays(adm, los); const ad = assessDays(adm, dis, 14);
    return inpatient({ m, h, dept: 'pediatric_rehabilitation', adm, dis, dx, procs: [[P.assess, adm], [P.cpTrain, addDays(adm, 1)]], admLabs: [S.cbc, S.urine, S.liver, S.renal],
      perDay: (d) => [...(ad.has(d) ? [L(S.assess, d)] : []), ...therapy({ pt: 2, ot: 1, st: 1, acu: 'scalp', weekend: 'none' }, d)] });
  };
  const s1 = stay(randDate('2025-01-06', '2025-05-01'));
  const s2 = stay(addDays(s1.dischargeDate, ri(55, 70)));
  return [s1, s2];
});
C('C12', '出院次日转社区门诊康复: 无重叠的连续康复', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const h = hospIn(region, ['gen3', 'rehab']);
  const s = strokeStay({ m, h, dept: rehabDept(h), adm: randDate('2025-01-10', '2025-10-01'), los: ri(20, 28), dx: strokeDx(m, 'recov', ['hemi']), plan: { pt: 1, ot: 1, acu: 'acu', weekend: 'none' }, mode: 'community' });
  const ch = hospIn(region, ['chc']);
  const doc = doctor(ch, 'rehabilitation');
  const claims = [s];
  let d = nextWeekday(addDays(s.dischargeDate, 1));
  for (let v = 0; v < ri(5, 8); v++) { claims.push(outpatient({ m, h: ch, dept: 'rehabilitation', doc, date: d, dx: s.diagnoses.slice(0, 2).map((x) => x.code), lines: [L(S.pt, d), L(S.acu, d)] })); d = nextWeekday(addDays(d, 2)); }
  return claims;
});
C('C13', '陈旧性脊髓损伤的维持性康复: 伤后多年, 门诊+年度住院', () => {
  const region = pick(REGIONS);
  const m = member({ region, age: ri(25, 60), scheme: 'employee' });
  const h = hospIn(region, ['rehab', 'gen3']);
  const adm = randDate('2025-02-01', '2025-08-01');
  const los = ri(21, 30); const dis = addDays(adm, los); const ad = assessDays(adm, dis, 14);
  const dx = [pick(DX.para), 'T91.301'];
  const s = inpatient({ m, h, dept: rehabDept(h), adm, dis, dx, procs: [[P.assess, adm], [P.paraTrain, addDays(adm, 1)]], admLabs: [...stayLabs, S.legVeinUS, S.bmd],
    perDay: (d) => [...(ad.has(d) ? [L(S.assess, d)] : []), ...therapy({ pt: 2, ot: 1, bws: 1, weekend: 'none' }, d), L(S.cath, d, 2), L(CON.cathKit, d, 2)] });
  const claims = [s];
  let d = nextWeekday(addDays(dis, ri(20, 40)));
  for (let v = 0; v < 4; v++) { claims.push(outpatient({ m, h, dept: 'rehabilitation', date: d, dx, lines: [L(S.pt, d), L(S.ot, d), ...(v === 0 ? [L(S.urine, d)] : [])] })); d = nextWeekday(addDays(d, 14)); }
  return claims;
});
C('C14', '卒中发病后数周至数月内的康复 (有急性期住院记录)', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const acuteH = hospIn(region, ['gen3']);
  const a = acuteStroke(m, acuteH, randDate('2025-01-05', '2025-07-01'), ri(10, 14));
  const h = hospIn(region, ['rehab', 'gen2', 'chc']) || acuteH;
  const s1 = strokeStay({ m, h, dept: rehabDept(h), adm: addDays(a.dischargeDate, ri(3, 20)), los: ri(21, 28), dx: strokeDx(m, 'recov', ['hemi']), plan: { pt: 2, ot: 1, acu: 'electro', weekend: 'half' }, route: 'outpatient' });
  const claims = [a, s1];
  if (chance(0.5)) claims.push(strokeStay({ m, h, dept: rehabDept(h), adm: addDays(s1.dischargeDate, ri(30, 45)), los: ri(14, 21), dx: strokeDx(m, 'recov', ['hemi']), plan: { pt: 1, ot: 1, acu: 'electro', weekend: 'none' }, route: 'outpatient' }));
  return claims;
});
C('C15', '长处方: 病情稳定的卒中后患者一次开具12周二级预防药', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region, { age: ri(58, 80) });
  const h = hospIn(region, ['gen3', 'gen2']) || hospIn(region, ['chc']);
  const dx = ['I69.300x002', ...(m.htn ? [DX.htn[0]] : [])];
  const claims = [];
  let d = randDate('2025-01-06', '2025-04-01');
  for (let v = 0; v < 3; v++) {
    const lines = [{ ...L(DR.clopi, d, 84), longRx: true }, { ...L(DR.atorva, d, 84), longRx: true }];
    if (m.htn) lines.push({ ...L(DR.amlo, d, 84), longRx: true });
    claims.push(outpatient({ m, h, dept: h.type === 'chc' ? 'general_practice' : 'neurology', date: d, dx, lines }));
    d = addDays(d, ri(80, 84));
  }
  return claims;
});
C('C16', '出院带药后按时复诊取药: 供药期不重叠', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const h = hospIn(region, ['gen3', 'rehab']);
  const s = strokeStay({ m, h, dept: rehabDept(h), adm: randDate('2025-01-10', '2025-08-01'), los: ri(20, 26), dx: strokeDx(m, 'recov', ['hemi']), plan: { pt: 2, ot: 1, acu: 'acu', weekend: 'half' } });
  const d0 = s.dischargeDate;
  const claims = [s];
  let d = addDays(d0, ri(13, 14));
  const ch = hospIn(region, ['chc']) || h;
  for (let v = 0; v < 3; v++) { claims.push(outpatient({ m, h: ch, dept: ch.type === 'chc' ? 'general_practice' : 'neurology', date: d, dx: ['I69.300x003'], lines: [L(DR.aspirin, d, 28), L(DR.atorva, d, 28)] })); d = addDays(d, ri(27, 30)); }
  return claims;
});
C('C17', '膝关节置换术后早期康复: 骨科手术后转康复科两周', () => {
  const region = pick(REGIONS);
  const m = member({ region, age: ri(58, 78) });
  const h = hospIn(region, ['gen3']);
  const adm = randDate('2025-01-06', '2025-10-01');
  const opDay = addDays(adm, 2);
  const dis = addDays(adm, ri(7, 9));
  const op = inpatient({ m, h, dept: 'orthopedics', adm, dis, dx: [pick(DX.kneeOA)], procs: [[P.tka, opDay]], nurse: S.nurse1, admLabs: [...stayLabs, S.limbXR, S.legVeinUS, S.cxr],
    extra: [L(S.tka, opDay), L(S.spinalAnes, opDay), L(CON.kneeProst, opDay)],
    perDay: (d, i) => [...(i >= 2 ? [L(DR.lmwh, d)] : []), ...(i >= 3 ? [L(S.pt, d)] : []), L(DR.celecox, d, 2)] });
  const radm = dis;
  const rlos = ri(12, 16);
  const rdis = addDays(radm, rlos);
  const ad = assessDays(radm, rdis, 0);
  const r = inpatient({ m, h, dept: 'rehabilitation', adm: radm, dis: rdis, dx: ['Z96.602', pick(DX.kneeOA)], route: 'other', procs: [[P.assess, radm], ['93.1400', addDays(radm, 1)]], admLabs: [S.cbc, S.crp],
    perDay: (d) => [...(ad.has(d) ? [L(S.assess, d)] : []), ...therapy({ pt: 2, ionto: 1, weekend: 'half' }, d), L(DR.celecox, d, 2)] });
  return [op, r];
});
C('C18', '老年股骨颈骨折术后康复: 有手术住院史', () => {
  const region = pick(REGIONS);
  const m = member({ region, age: ri(70, 88), gender: chance(0.7) ? 'F' : 'M' });
  const h = hospIn(region, ['gen3', 'gen2']);
  const adm = randDate('2025-01-06', '2025-10-01');
  const opDay = addDays(adm, 2);
  const dis = addDays(adm, ri(9, 12));
  const op = inpatient({ m, h, dept: 'orthopedics', adm, dis, dx: [pick(DX.hipFx), DX.osteop[0]], procs: [['81.5200', opDay]], route: 'emergency', nurse: S.nurse1,
    admLabs: [...stayLabs, S.limbXR, S.cxr, S.legVeinUS], extra: [L(S.hemiHip, opDay), L(S.spinalAnes, opDay), L(CON.femHead, opDay)],
    perDay: (d, i) => [...(i >= 1 && i < 12 ? [L(DR.lmwh, d)] : []), L(DR.caD3, d, 2)] });
  const rh = hospIn(region, ['rehab', 'chc']) || h;
  const radm = dis; const rdis = addDays(radm, ri(14, 21)); const ad = assessDays(radm, rdis, 0);
  const r = inpatient({ m, h: rh, dept: rh === h ? 'rehabilitation' : rehabDept(rh), adm: radm, dis: rdis, dx: ['Z47.800', pick(DX.hipFx), DX.osteop[0]], route: rh === h ? 'other' : 'transfer', fromHosp: rh === h ? undefined : h.id, procs: [[P.assess, radm], [P.gait, addDays(radm, 1)]], admLabs: [S.cbc, S.renal],
    perDay: (d) => [...(ad.has(d) ? [L(S.assess, d)] : []), ...therapy({ pt: 2, ot: 1, weekend: 'none' }, d), L(DR.caD3, d, 2)] });
  return [op, r];
});
C('C19', '康复住院当日出院转急诊住院: 边界日重叠', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const h = hospIn(region, ['rehab', 'gen2']) || hospIn(region, ['chc']);
  const s = strokeStay({ m, h, dept: rehabDept(h), adm: randDate('2025-01-10', '2025-10-01'), los: ri(12, 20), dx: strokeDx(m, 'recov', ['hemi']), plan: { pt: 2, ot: 1, acu: 'acu', weekend: 'none' }, mode: 'transfer' });
  const ah = hospIn(region, ['gen3']);
  const o = inpatient({ m, h: ah, dept: 'respiratory', adm: s.dischargeDate, dis: addDays(s.dischargeDate, ri(6, 9)), dx: [DX.pneu[0], s.diagnoses[0].code], route: 'transfer', fromHosp: h.id, nurse: S.nurse1,
    admLabs: [S.cbc, S.crp, S.cxr, S.renal, S.lytes], perDay: (d) => [L(DR.cefurox, d, 2), L(DR.ns, d, 2), L(S.ivFirst, d), L(CON.infusion, d)] });
  return [s, o];
});
C('C20', '心脏康复II期: 心梗后门诊每周3次共12周', () => {
  const region = pick(REGIONS);
  const m = member({ region, age: ri(45, 72), gender: 'M' });
  const h = hospIn(region, ['gen3']);
  const doc = doctor(h, 'cardiology');
  const dx = ['Z50.000', 'I25.200'];
  const claims = [];
  let d = nextWeekday(randDate('2025-01-06', '2025-07-01'));
  while (dow(d) !== 1) d = addDays(d, 1);
  for (let w = 0; w < 12; w++) for (const off of [0, 2, 4]) {
    const dd = addDays(d, w * 7 + off);
    const lines = [L(S.pt, dd), L(S.ecgMon, dd, 1)];
    if (w % 6 === 0 && off === 0) lines.push(L(S.assess, dd));
    claims.push(outpatient({ m, h, dept: 'cardiology', doc, date: dd, dx, lines, noConsult: !(w % 6 === 0 && off === 0) }));
  }
  return claims;
});
C('C21', '慢阻肺肺康复: 门诊呼吸训练系列', () => {
  const region = pick(REGIONS);
  const m = member({ region, age: ri(58, 78) });
  const h = hospIn(region, ['gen3', 'gen2']);
  const doc = doctor(h, 'respiratory');
  const dx = [pick(DX.copd)];
  const claims = [];
  let d = nextWeekday(randDate('2025-01-06', '2025-08-01'));
  for (let v = 0; v < ri(14, 18); v++) {
    const lines = [L(S.pt, d)];
    if (v === 0) lines.push(L(S.assess, d), L(S.pft, d), L(DR.tiotrop, d, 1));
    claims.push(outpatient({ m, h, dept: 'respiratory', doc, date: d, dx, lines, noConsult: v !== 0 }));
    d = nextWeekday(addDays(d, ri(2, 3)));
  }
  return claims;
});
C('C22', '针灸科电针/头皮针配合康复: 卒中后遗症门诊疗程', () => {
  const region = pick(REGIONS);
  const m = strokeMember(region);
  const h = hospIn(region, ['gen3', 'gen2', 'rehab']);
  const doc = doctor(h, 'tcm');
  const dx = strokeDx(m, 'recov', ['hemi']).slice(0, 2);
  const claims = [];
  let d = nextWeekday(randDate('2025-01-06', '2025-09-01'));
  for (let v = 0; v < 10; v++) { claims.push(outpatient({ m, h, dept: 'tcm', doc, date: d, dx, lines: [L(S.electro, d, 4), L(S.scalp, d), L(S.tuina, d)], noConsult: v % 5 !== 0 })); d = nextWeekday(addDays(d, 2)); }
  return claims;
});
C('C23', '青少年/儿童真实功能障碍: 外伤后截瘫或脑外伤的成人式训练项目', () => {
  const region = pick(REGIONS);
  const m = member({ region, age: ri(8, 16), scheme: 'resident' });
  const h = hospIn(region, ['gen3', 'child', 'rehab']);
  const dept = h.type === 'child' ? 'pediatric_rehabilitation' : rehabDept(h);
  const adm = randDate('2025-01-06', '2025-09-01'); const los = ri(21, 30); const dis = addDays(adm, los); const ad = assessDays(adm, dis, 14);
  const sci = chance(0.5);
  const dx = sci ? [pick(DX.paraAcute), 'T91.300'] : [pick(DX.tbiSeq), pick(DX.hemi), DX.cogn[0]];
  const c = inpatient({ m, h, dept, adm, dis, dx, nurse: S.nurse1, procs: [[P.assess, adm], [sci ? P.paraTrain : P.hemiTrain, addDays(adm, 1)]], admLabs: [S.cbc, S.urine, S.liver, S.renal],
    perDay: (d) => [...(ad.has(d) ? [L(S.assess, d)] : []), ...therapy(sci ? { pt: 2, ot: 1, bws: 1, weekend: 'none' } : { pt: 2, ot: 1, cog: 1, hand: 1, weekend: 'none' }, d)] });
  return [c];
});
C('C24', '双胞胎脑瘫患儿同日同项目康复 (同一家庭)', () => {
  const h = pick(hospsOf('child'));
  const base = ri(100, 999);
  const age = ri(2, 5);
  const kids = [0, 1].map((j) => member({ region: h.region, age, scheme: 'resident' }));
  kids[1].birthDate = kids[0].birthDate;
  const doc = doctor(h, 'pediatric_rehabilitation');
  const dx = [pick(DX.cp)];
  const claims = [];
  let d = nextWeekday(randDate('2025-01-06', '2025-08-01'));
  for (let v = 0; v < 10; v++) {
    for (const m of kids) { const lines = [L(S.pt, d), L(S.ot, d)]; if (v === 0) lines.push(L(S.assess, d)); claims.push(outpatient({ m, h, dept: 'pediatric_rehabilitation', doc, date: d, dx, lines, noConsult: v !== 0 })); }
    d = nextWeekday(addDays(d, 2));
  }
  return claims;
});

// ============================================================== ROUTINE (single claims)
function routine(k) {
  const region = pick(REGIONS);
  const kind = k % 10;
  const d = randDate('2025-01-06', '2025-12-10');
  if (kind === 0 || kind === 1) { // outpatient back/neck pain with one or two treatments
    const m = member({ region, age: ri(30, 70) });
    const h = hospIn(region, ['gen3', 'gen2', 'chc', 'rehab']);
    const dept = h.type === 'chc' ? pick(['general_practice', 'tcm']) : pick(['rehabilitation', 'tcm']);
    const dx = [pick([...DX.backPain, ...DX.neck])];
    const lines = dept === 'tcm' ? [L(S.needle, d), L(S.tuina, d)] : [L(S.iontoph, d), L(S.tuina, d)];
    if (chance(0.3)) lines.push(L(DR.celecox, d, 14));
    return outpatient({ m, h, dept, date: d, dx, lines });
  }
  if (kind === 2 || kind === 3) { // inpatient stroke rehabilitation
    const m = strokeMember(region);
    const h = hospIn(region, ['rehab', 'gen3', 'gen2', 'chc']);
    return strokeStay({ m, h, dept: rehabDept(h), adm: d > '2025-11-20' ? '2025-11-10' : d, los: ri(14, 24), dx: strokeDx(m, 'recov', chance(0.3) ? ['hemi', 'aph'] : ['hemi']), plan: { pt: pick([1, 2]), ot: 1, st: chance(0.3) ? 1 : 0, acu: pick(['acu', 'electro', 'needle']), weekend: pick(['none', 'half']) } });
  }
  if (kind === 4) { // knee OA outpatient
    const m = member({ region, age: ri(50, 78) });
    const h = hospIn(region, ['gen3', 'gen2', 'chc']);
    const dept = h.type === 'chc' ? 'general_practice' : pick(['orthopedics', 'rehabilitation']);
    return outpatient({ m, h, dept, date: d, dx: [pick(DX.kneeOA)], lines: [L(S.limbXR, d), L(DR.celecox, d, 14), ...(dept === 'rehabilitation' ? [L(S.pt, d)] : [])] });
  }
  if (kind === 5) { // acute stroke
    const m = strokeMember(region);
    return acuteStroke(m, hospIn(region, ['gen3']), d > '2025-11-25' ? '2025-11-15' : d, ri(8, 14));
  }
  if (kind === 6) { // fracture ORIF
    const m = member({ region, age: ri(25, 75) });
    const h = hospIn(region, ['gen3', 'gen2']);
    const adm = d > '2025-11-25' ? '2025-11-15' : d; const op = addDays(adm, 1); const dis = addDays(adm, ri(6, 10));
    return inpatient({ m, h, dept: 'orthopedics', adm, dis, dx: [pick(DX.tibFx)], procs: [['79.3601', op]], route: 'emergency', admLabs: [...stayLabs, S.limbXR, S.cxr],
      extra: [L(S.orif, op), L(S.spinalAnes, op), L(CON.plate, op), L(CON.screw, op, 6)], perDay: (dd, i) => [L(DR.celecox, dd, 2), ...(i >= 3 ? [L(S.pt, dd)] : [])] });
  }
  if (kind === 7) { // pharmacy
    const m = member({ region, age: ri(40, 80) });
    return outpatient({ m, h: pharmacyOf(region), dept: 'pharmacy', date: d, dx: [pick([...DX.htn, ...DX.backPain])], visitType: 'pharmacy', lines: [L(pick([DR.amlo, DR.diclo, DR.irbes]), d, 14)] });
  }
  if (kind === 8) { // child outpatient rehabilitation visit or general pediatrics
    const h = pick(hospsOf('child'));
    const m = member({ region: h.region, age: ri(1, 8), scheme: 'resident' });
    if (chance(0.5)) return outpatient({ m, h, dept: 'pediatric_rehabilitation', date: d, dx: [pick(DX.cp)], lines: [L(S.pt, d), L(S.ot, d)] });
    return outpatient({ m, h, dept: 'pediatrics', date: d, dx: ['J06.900'], lines: [L(DR.ibuSusp, d, 1), L(S.cbc, d)] });
  }
  // kind 9: cardiology / hypertension follow-up
  const m = member({ region, age: ri(45, 80) });
  const h = hospIn(region, ['gen3', 'gen2', 'chc']);
  return outpatient({ m, h, dept: h.type === 'chc' ? 'general_practice' : 'cardiology', date: d, dx: [DX.htn[0]], lines: [L(DR.amlo, d, 28), L(S.ecg, d)] });
}

// ============================================================== build
for (const t of FR) for (let k = 0; k < 15; k++) t.fn(k);
for (const c of CT) for (let k = 0; k < 15; k++) { const claims = c.fn(k); label('control', c.code, c.name, claims, claims, false); }
for (let k = 0; k < 100; k++) { const c = routine(k); label('routine', 'ROUTINE', '日常康复及相关就诊', [c], [c], false); }

// ---------------------------------------------------------------- money: totals, policy scope, fund (settlement order)
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq));
const state = {}; // insuredId|year -> { inFund, outPolicy, outFund }
const y2 = (n) => Math.round(n) / 100;
for (const c of CLAIMS) {
  let total = 0; let policy = 0;
  for (const it of c.items) {
    total += it._amt;
    policy += Math.round(it._amt * (1 - it._share));
    it.unitPrice = y2(it._unit); it.amount = y2(it._amt);
    delete it._unit; delete it._amt; delete it._share;
  }
  const m = c._m; const year = c._settle.slice(0, 4);
  const st = state[m.insuredId + '|' + year] || (state[m.insuredId + '|' + year] = { inFund: 0, outPolicy: 0, outFund: 0 });
  let fund = 0;
  if (c.visitType === 'inpatient') {
    const p = POL[c.region.slice(0, 2)][c.insuranceType].inpatient;
    const ratio = p.ratio[c.provider.level] + (c.patient.retired ? p.ret : 0);
    fund = Math.floor(Math.max(0, policy - p.ded[c.provider.level] * 100) * ratio);
    fund = Math.min(fund, p.cap * 100 - st.inFund);
    st.inFund += fund;
  } else {
    const p = OUTPOL[c.insuranceType][c.visitType === 'pharmacy' ? 'pharmacy' : 'outpatient'];
    const cap = c.insuranceType === 'resident' ? residentOutCap(c.region) : p.cap;
    const dedLeft = Math.max(0, p.ded * 100 - st.outPolicy);
    const ratio = p.ratio[c.provider.level] + (c.patient.retired ? p.ret : 0);
    fund = Math.floor(Math.max(0, policy - dedLeft) * ratio);
    fund = Math.max(0, Math.min(fund, cap * 100 - st.outFund));
    st.outPolicy += policy; st.outFund += fund;
  }
  c.amounts = { total: y2(total), policy: y2(policy), fundClaimed: y2(fund) };
  if (c.visitType === 'inpatient') c.reportedGroup = { drg: GROUPS[c.claimId] || null, dip: null };
}
// write
const order = ['claimId', 'region', 'insuranceType', 'visitType', 'patient', 'enrollment', 'provider', 'admissionDate', 'dischargeDate', 'visitDate',
  'admissionRoute', 'dischargeMode', 'transferFromHospitalId', 'diagnoses', 'procedures', 'reportedGroup', 'items', 'amounts'];
const out = CLAIMS.map((c) => { const o = {}; for (const k of order) if (c[k] !== undefined) o[k] = c[k]; return JSON.stringify(o); });
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const kinds = LABELS.reduce((a, l) => ((a[l.kind] = (a[l.kind] || 0) + 1), a), {});
console.error(`blind79: ${CLAIMS.length} claims, ${LABELS.length} cases ${JSON.stringify(kinds)}${GROUPS_FILE ? ' (groups ' + Object.keys(GROUPS).length + ')' : ''}`);
