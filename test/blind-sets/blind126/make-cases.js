#!/usr/bin/env node
// blind126 generator: operations, anaesthesia and high-value consumables (seeded, deterministic).
// usage: node make-cases.js <outdir> [--catalogue dir] [--drg dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'), path = require('path');
const args = process.argv.slice(2);
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const OUT = args[0];
const CAT = opt('--catalogue', '/work/wt/base126/rules/catalogue');
const DRG = opt('--drg', '/work/shared/chs-drg-1.1');
const GROUPS = opt('--groups', null);
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
let seed = 1260126;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
// catalogue
const ROWS = {};
for (const f of fs.readdirSync(CAT)) {
  if (!f.endsWith('.json') || f.includes('rules') || f === 'indications.json') continue;
  const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  for (const r of j.rows || []) ROWS[r.code] = r;
}
const DX = JSON.parse(fs.readFileSync(path.join(DRG, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRG, 'procedures.json'), 'utf8'));
const groups = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n').filter(Boolean)) { const g = JSON.parse(l); groups[g.claimId] = g.drg; }
// item codes by short name
const C = {
  bed: '001105000010001', icubed: '001105000030001', ward: '001103000010001', n1: '001201000020001', n2: '001201000030001', n3: '001201000040001', nsp: '001201000010001', icu: '001201000050001',
  consult: '001104000010001', opd: '001102000010001', opd3: '001102000030001', ed: '001102000050001',
  cbc: '002501010010001', hb: '002501010030001', urine: '002501020010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001', glu: '002502050010001', coag: '002502060010001', preop8: '002502120010001', abo: '002502130010001', xmatch: '002502130020001', crp: '002502080010001', pct: '002502080020001', culture: '002502140010001', sputum: '002502140020001', hcg: '002502190010001', alb: '002502010050001', tft: '002502180010001', pt: '002502060020001', bnp: '002502070030001', ddimer: '002502100010001', bloodcx: '002502140030001', ca125: '002502170030001', cea: '002502170010001', psa: '002502150010001',
  path: '002502200010001', frozen: '002502200020001',
  ecg: '003107010010001', cxr: '002202040010001', limbxr: '002202040020001', spinexr: '002202030020001', abdus: '002103010010001', thyus: '002103010050001', gynus: '002103010080001', breastus: '002103010090001', urous: '002103010060001', legus: '002103010040001', echo: '002103010020001', chestct: '002301010020001', abdct: '002301010030001', pelvct: '002301010080001', ctenh: '002301010040001', jointct: '002301010100001', lmri: '002401010020001', kmri: '002401010030001', neckct: '002301010070001', ctu: '002301010060001', kub: '002202060010001', pelvmri: '002401010070001',
  ascan: '002503010070001', slit: '002503010060001', fundus: '002503010050001', iop: '003103010050001', oct: '003103010010001', nasendo: '003104020010001', laryngo: '003104030010001', audio: '003104010010001', tymp: '003104010020001', psg: '003106010010001', colono: '002503010040001', cysto: '002503010150001', flow: '003110010030001', anoscope: '003302040050001', bmd: '002503010010001',
  ga: '003301010010001', spinal: '003301010020001', local: '003301010030001',
  ivfirst: '001204000010001', ivmore: '001204000020001', ivpush: '001204000040001', im: '001204000050001', sc: '001204000060001', cannula: '001204000070001', drsS: '001205000010001', drsM: '001205000020001', drsL: '001205000030001', cath: '001206000010001', o2: '001208000010001', ecgmon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001', bgl: '001212000010001', ngd: '001213000010001', stitch: '003309040010001', bladderirr: '003110010010001', transf: '001204000210001', rbc: '002600000010001', ffp: '002600000020001', plt: '002600000030001', draw: '001204000080001', rehabE: '001217000010001', pt_ex: '001218000010001', nebul: '001207000010001', debride: '003309010010001',
  // consumables
  cIV: 'C14010150100001020350000001', cCan: 'C14010150200001215730000001', cSyr: 'C14010150300001156950000001', cTape: 'C14010150500001483520000001', cCathPack: 'C14030150100001569850000001', cFoley: 'C14030150200001263900000001', c3way: 'C14030150300001674120000001', cDJ: 'C14030150400001781530000001', cBag: 'C14040150100001551930000001', cNeg: 'C14040150300001408220000001', cGauze: 'C14020150100001506610000001', cDress: 'C14020150200001397260000001', cFilm: 'C14020150300001037150000001', cBand: 'C14020150400001537430000001', cO2: 'C14050150100001832230000001', cETT: 'C14050150300001941860000001', cElec: 'C14060150100001436170000001', cProbe: 'C14060150200001655310000001', cStrip: 'C14060150300001162280000001',
  cTroc: 'C11010150100001004460000001', cSut: "C11010150200001895120000001", cStap: 'C11010150300001825820000001', cClip: 'C11010150400001380140000001', cMesh: 'C11010150500001036850000001', cDrape: 'C11010150600001900710000001', cBovie: 'C11010150700001990950000001', cSpPack: 'C11010150800001179070000001', cHemo: 'C14100150100001761320000001', cTxSet: 'C14100150200001872210000001',
  cHip: 'C03010150100001403170000001', cKnee: 'C03010150200001029290000001', cHead: 'C03010150300001664990000001', cPlate: 'C03010150400001786600000001', cScrew: 'C03010150500001199820000001', cCage: 'C03010150600001323210000001', cPed: 'C03010151200001037310000001', cCement: 'C03010150900001899880000001', cAnchor: 'C03010151000001628810000001', cNail: 'C03010150800001787350000001', cBrace: 'C03010150700001280150000001',
  cIOL: 'C08010150100001152110000001', cVisc: 'C08010150200001585740000001', cBalloon: 'C02030150100001327760000001', cWire: 'C02030150400001650430000001', cSheath: 'C02010150500001930830000001', cPICC: 'C02020150100001104330000001',
  // drugs (row codes)
  propofol: 'XN01AXB503B002', fentanyl: 'XN02ABF506B002', vecur: 'XM03ACW501B002', midaz: 'XN05CDM508B002', lido: 'XN01BBL509B002', ropi: 'XN01BBL510B002', morphine: 'XN02AAM507B002', cefurox: 'XJ01DCT505B002', ceftri: 'XJ01DDT504B002', pipt: 'XJ01CRP501B002', metro: 'XJ01XDJ501B002', saline: 'XB05BBL511B002', glucose: 'XB05BAP505B002', gns: 'XB05BBP506B002', ringer: 'XB05BBR503B002', txa: 'XB02AAA519B002', dexa: 'XH02ABD515B002', enox: 'XB01ABY502B002', ppiiv: 'XA02BCP503B002', omep: 'XA02BCA515A001', paracet: 'XN02BED510A001', celecox: 'XM01AHS505A001', ibupr: 'XM01AEB502A003', tramadol: 'XN02AXQ505A003', tobradex: 'XS01CAT513D001', amoxclav: 'XJ01CRA502A001', cefurxo: 'XJ01DCT502A001', levo: 'XJ01MAZ501A001', paracetKid: 'XN02BED510A010',
};
for (const [k, v] of Object.entries(C)) if (!ROWS[v]) throw new Error('no catalogue row ' + k + ' ' + v);
function chkDx(c) { if (!DX[c]) throw new Error('unknown diagnosis ' + c); return c; }
function chkPx(c) { if (!PX[c]) throw new Error('unknown procedure ' + c); return c; }
// dates
const D0 = Date.UTC(2025, 0, 1);
const ds = (n) => new Date(D0 + n * 864e5).toISOString().slice(0, 10);
const dn = (s) => Math.round((Date.parse(s + 'T00:00:00Z') - D0) / 864e5);
const ageAt = (birth, date) => { const b = new Date(birth + 'T00:00:00Z'), d = new Date(date + 'T00:00:00Z'); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; };
// institutions
const REGIONS = { '510100': '51', '370100': '37', '220100': '22' };
const HOSP = [];
for (const r of Object.keys(REGIONS)) {
  const p = r.slice(0, 4);
  HOSP.push({ id: `H${p}01`, region: r, level: 3, kind: 'public3' }, { id: `H${p}02`, region: r, level: 3, kind: 'public3b' }, { id: `H${p}03`, region: r, level: 2, kind: 'public2' },
    { id: `H${p}04`, region: r, level: 2, kind: 'private2' }, { id: `H${p}05`, region: r, level: 2, kind: 'eye2' }, { id: `H${p}06`, region: r, level: 1, kind: 'community' }, { id: `H${p}07`, region: r, level: 2, kind: 'private2b' });
}
const hosp = (region, kind) => HOSP.find(h => h.region === region && h.kind === kind);
const docCache = {};
function doctor(h, dept) { const k = h.id + dept; if (!docCache[k]) docCache[k] = [1, 2, 3].map(i => `D${h.id.slice(1)}${dept.slice(0, 3).toUpperCase()}${i}`); return pick(docCache[k]); }
// members
let memberSeq = 0;
function member(o = {}) {
  const sex = o.sex || (rnd() < 0.5 ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(o.ageMin || 25, o.ageMax || 75);
  const region = o.region || pick(Object.keys(REGIONS));
  const by = 2025 - age - 1, bm = ri(1, 12), bd = ri(1, 28);
  const birth = `${by}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}`;
  const retireAge = sex === 'M' ? 60 : 55;
  let insuranceType = o.type || (age >= 18 && age < 70 && rnd() < 0.7 ? 'employee' : age >= retireAge && rnd() < 0.5 ? 'employee' : 'resident');
  if (age < 16) insuranceType = 'resident';
  const retired = insuranceType === 'employee' && age >= retireAge + 1;
  const minYears = sex === 'M' ? 30 : 25;
  const contributionYears = insuranceType === 'employee' ? (retired ? ri(minYears, minYears + 12) : Math.max(1, Math.min(age - 20, ri(3, 30)))) : 0;
  memberSeq++;
  return { insuredId: `P126${String(memberSeq).padStart(6, '0')}`, gender: sex, birthDate: birth, retired, insuranceType, region, contributionYears, admissions: 0, outDeductibleUsed: 0 };
}
// claims
let claimSeq = 0;
const claims = [];
function line(code, date, qty, o = {}) { return { code, date, qty, ...o }; }
function makeClaim(c) {
  // c: {m, h, dept, visitType, adm, nights | date, dx[], px[{code,day}], lines[], fraudLines:Set idx, route, mode, transferFrom}
  const m = c.m, h = c.h;
  claimSeq++;
  const claimId = `${h.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`;
  const inpatient = c.visitType === 'inpatient';
  const start = inpatient ? c.adm : c.date;
  const end = inpatient ? ds(dn(c.adm) + c.nights) : c.date;
  for (const d of c.dx) chkDx(d);
  for (const p of c.px || []) chkPx(p.code);
  const items = []; let lid = 0; const mutated = [];
  const perDay = {}, perCodeDates = {};
  for (const L of c.lines) {
    const r = ROWS[L.code]; if (!r) throw new Error('no row ' + L.code);
    const unit = L.price != null ? L.price : r.priceCap[String(h.level)];
    const priceFen = Math.round(unit * 100);
    lid++;
    const it = { lineId: String(lid), code: r.category === 'drug' ? r.products[0] : r.code, name: r.name, category: r.category, date: L.date, quantity: L.qty, unitPrice: priceFen / 100, amount: priceFen * L.qty / 100 };
    it._fen = priceFen * L.qty; it._share = r.selfPayShare;
    items.push(it);
    if (L.fraud) { mutated.push(it.lineId); continue; }
    // checks
    const age = ageAt(m.birthDate, L.date);
    const err = (s) => { throw new Error(`${c.tag} line ${r.name}: ${s}`); };
    if (r.setting === 'inpatient' && !inpatient) err('inpatient only');
    if (r.setting === 'outpatient' && inpatient) err('outpatient only');
    if (r.minLevel && h.level < r.minLevel) err('minLevel');
    if (r.gender && r.gender !== m.gender) err('gender');
    if (r.ageMin != null && age < r.ageMin) err('ageMin'); if (r.ageMax != null && age > r.ageMax) err('ageMax');
    if (r.indications && !c.dx.some(d => r.indications.some(p => d.startsWith(p)))) err('indication');
    if (L.price != null && L.price > r.priceCap[String(h.level)]) err('price');
    if (L.date < start || L.date > end) err('date outside stay ' + L.date);
    const k = r.code + L.date; perDay[k] = (perDay[k] || 0) + L.qty;
    if (r.maxPerDay && (inpatient || r.category === 'service') && perDay[k] > r.maxPerDay) err('maxPerDay ' + perDay[k]);
    (perCodeDates[r.code] = perCodeDates[r.code] || new Set()).add(L.date);
    if (inpatient && r.maxDays && perCodeDates[r.code].size > r.maxDays) err('maxDays');
    if (!inpatient && r.category !== 'service' && r.maxDays && L.qty / (r.supplyPerDay || r.usualPerDay || 1) > r.maxDays) err('maxDays op');
  }
  // money
  const totalFen = items.reduce((s, i) => s + i._fen, 0);
  const policyFen = items.reduce((s, i) => s + Math.round(i._fen * (1 - i._share)), 0);
  const prov = POL.provinces[REGIONS[h.region]];
  const sch = prov.schemes[m.insuranceType];
  let fundFen = 0;
  if (inpatient) {
    const ip = sch.inpatient;
    let ded = ip.deductible[String(h.level)] * 100;
    if (m.admissions > 0 && ip.laterAdmissionDeductibleShare != null) ded = Math.round(ded * ip.laterAdmissionDeductibleShare);
    m.admissions++;
    const ratio = Math.min(ip.ratio[String(h.level)] + (m.retired ? ip.retireeRatioBonus || 0 : 0), ip.maxRatio || 1);
    fundFen = Math.round(Math.max(0, policyFen - ded) * ratio);
  } else {
    const op = sch.outpatient; const ded = op.deductible * 100;
    const due = Math.max(0, ded - m.outDeductibleUsed); const used = Math.min(due, policyFen); m.outDeductibleUsed += used;
    const ratio = (typeof op.ratio === 'object' ? op.ratio[String(h.level)] : op.ratio) + (m.retired ? op.retireeRatioBonus || 0 : 0);
    fundFen = Math.round((policyFen - used) * Math.min(ratio, 0.95));
  }
  for (const i of items) { delete i._fen; delete i._share; }
  const claim = {
    claimId, region: h.region, insuranceType: m.insuranceType, visitType: c.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: m.contributionYears, special: null },
    provider: { hospitalId: h.id, level: h.level, department: c.dept, doctorId: c.doctorId || doctor(h, c.dept) },
  };
  if (inpatient) { claim.admissionDate = c.adm; claim.dischargeDate = end; } else claim.visitDate = c.date;
  claim.diagnoses = c.dx.map((d, i) => i === 0 ? { code: d, principal: true } : { code: d });
  claim.procedures = (c.px || []).map(p => ({ code: p.code, date: p.date }));
  if (inpatient) {
    if (GROUPS) claim.reportedGroup = { drg: groups[claimId] || null, dip: null };
    claim.admissionRoute = c.route || 'outpatient'; claim.dischargeMode = c.mode || 'ordered';
    if (c.transferFrom) claim.transferFromHospitalId = c.transferFrom;
  }
  claim.items = items;
  claim.amounts = { total: totalFen / 100, policy: policyFen / 100, fundClaimed: fundFen / 100 };
  claim._sort = end + String(claimSeq).padStart(6, '0');
  claims.push(claim);
  return { id: claimId, mutated };
}
// ---------------------------------------------------------------- operations
const OPS = {
  appyL: { dept: 'general_surgery', dx: ['K35.800'], px: ['47.0100'], row: '003302010010001', an: 'GA', h: 2, cons: [['cTroc', 1], ['cClip', 2], ['cSut', 2]], path: 1, nights: 3, abx: 2, work: ['abdus'], ages: [16, 60], route: 'emergency' },
  appyO: { dept: 'general_surgery', dx: ['K35.800'], px: ['47.0901'], row: '003302010020001', an: 'spinal', cons: [['cSut', 3]], path: 1, nights: 4, abx: 3, work: ['abdus'], ages: [16, 70], route: 'emergency' },
  choleL: { dept: 'general_surgery', dx: ['K80.101'], px: ['51.2300'], row: '003302020010001', an: 'GA', h: 2, cons: [['cTroc', 1], ['cClip', 4], ['cSut', 2]], path: 1, nights: 3, minL: 2, work: ['abdus'], ages: [30, 75], mon: 8 },
  herniaO: { dept: 'general_surgery', dx: ['K40.901'], px: ['53.0201'], row: '003302030010001', an: 'spinal', cons: [['cMesh', 1], ['cSut', 3]], path: 0, nights: 3, abx: 1, ages: [40, 80], sex: 'M' },
  herniaL: { dept: 'general_surgery', dx: ['K40.901'], px: ['53.0203'], row: '003302030010001', an: 'GA', h: 2, cons: [['cMesh', 1], ['cTroc', 1], ['cSut', 2]], path: 0, nights: 2, abx: 1, ages: [30, 75], sex: 'M' },
  herniaChild: { dept: 'paediatric_surgery', dx: ['K40.901'], px: ['53.0202'], row: '003302030010001', an: 'GA', h: 1, cons: [['cSut', 2]], path: 0, nights: 1, ages: [2, 8] },
  haem: { dept: 'anorectal', dx: ['K64.900'], px: ['49.4600'], row: '003302040010001', an: 'spinal', cons: [['cSut', 2]], path: 1, nights: 2, work: ['anoscope'], ages: [25, 70] },
  fistula: { dept: 'anorectal', dx: ['K60.300'], px: ['49.1200'], row: '003302040020001', an: 'spinal', cons: [['cSut', 2]], path: 1, nights: 3, work: ['anoscope'], ages: [25, 65] },
  thyroid: { dept: 'thyroid_breast', dx: ['D34.x00'], px: ['06.2x00'], row: '003304030010001', an: 'GA', h: 2, cons: [['cSut', 3], ['cHemo', 1], ['cNeg', 1]], path: 1, frozen: 1, nights: 4, minL: 2, work: ['thyus', 'tft'], ages: [25, 65], mon: 8 },
  breast: { dept: 'thyroid_breast', dx: ['C50.400'], px: ['85.4301'], row: '003304040010001', an: 'GA', h: 3, cons: [['cSut', 4], ['cNeg', 2], ['cHemo', 1]], path: 2, frozen: 1, nights: 7, minL: 3, sex: 'F', work: ['breastus', 'chestct', 'abdus'], ages: [40, 70], mon: 8, abx: 1 },
  colectomy: { dept: 'colorectal', dx: ['C18.700'], px: ['45.7601'], row: '003302050010001', an: 'GA', h: 4, cons: [['cStap', 2], ['cSut', 6], ['cClip', 6], ['cHemo', 2], ['cNeg', 1]], path: 2, nights: 10, minL: 3, work: ['abdct', 'ctenh', 'cea'], ages: [50, 80], mon: 12, abx: 3, ngd: 2 },
  hystL: { dept: 'gynaecology', dx: ['D25.900'], px: ['68.4100'], row: '003305020010001', an: 'GA', h: 3, cons: [['cTroc', 1], ['cSut', 4], ['cHemo', 1]], path: 1, nights: 5, minL: 2, sex: 'F', work: ['gynus'], ages: [40, 55], mon: 8, abx: 1, foley: 1 },
  ovcyst: { dept: 'gynaecology', dx: ['N83.200'], px: ['65.2501'], row: '003305020020001', an: 'GA', h: 2, cons: [['cTroc', 1], ['cSut', 2]], path: 1, nights: 3, minL: 2, sex: 'F', work: ['gynus', 'ca125', 'hcg'], ages: [20, 45] },
  turp: { dept: 'urology', dx: ['N40.x00'], px: ['60.2902'], row: '003306010010001', an: 'spinal', cons: [['c3way', 1], ['cBag', 2]], path: 1, nights: 5, minL: 2, sex: 'M', work: ['urous', 'psa', 'flow'], ages: [62, 85], irr: 3, abx: 2 },
  urs: { dept: 'urology', dx: ['N20.100'], px: ['56.0x00x005'], row: '003306020010001', an: 'spinal', cons: [['cDJ', 1], ['cFoley', 1]], path: 0, nights: 3, minL: 2, work: ['ctu'], ages: [25, 70], abx: 2 },
  tonsil: { dept: 'ent', dx: ['J35.000'], px: ['28.2x00x002'], row: '003304020010001', an: 'GA', h: 1, cons: [], path: 1, nights: 3, ages: [16, 40], abx: 2 },
  adenoid: { dept: 'ent', dx: ['J35.200'], px: ['28.6x00x002'], row: '003304020030001', an: 'GA', h: 1, cons: [], path: 1, nights: 2, minL: 2, ages: [4, 8] },
  septo: { dept: 'ent', dx: ['J34.200'], px: ['21.5x01'], row: '003304070010001', an: 'GA', h: 2, cons: [['cSut', 1]], path: 1, nights: 3, minL: 2, work: ['nasendo'], ages: [20, 55] },
  fess: { dept: 'ent', dx: ['J32.900'], px: ['22.6002'], row: '003304070020201', an: 'GA', h: 2, cons: [], path: 1, nights: 4, minL: 2, work: ['nasendo'], ages: [25, 65], abx: 2 },
  cataract: { dept: 'ophthalmology', dx: ['H25.900'], px: ['13.4100x001', '13.7100x001'], row: '003304010010001', an: 'local', cons: [['cIOL', 1], ['cVisc', 1]], path: 0, nights: 1, minL: 2, work: ['ascan', 'slit', 'fundus', 'iop'], ages: [60, 85], eye: 1, noLabs: 1 },
  vitrect: { dept: 'ophthalmology', dx: ['H33.000'], px: ['14.7401'], row: '003304010020001', an: 'local', cons: [['cVisc', 1]], path: 0, nights: 4, minL: 2, work: ['oct', 'fundus', 'slit'], ages: [40, 70], eye: 1 },
  trab: { dept: 'ophthalmology', dx: ['H40.100'], px: ['12.6400x003'], row: '003304010040001', an: 'local', cons: [], path: 0, nights: 3, minL: 2, work: ['iop', 'slit', 'fundus'], ages: [50, 80], eye: 1 },
  strab: { dept: 'ophthalmology', dx: ['H50.000'], px: ['15.1100'], row: '003304010050001', an: 'GA', h: 1, cons: [['cSut', 1]], path: 0, nights: 2, ages: [4, 10] },
  radius: { dept: 'orthopaedics', dx: ['S52.500'], px: ['79.3200x011'], row: '003303020040001', an: 'GA', h: 2, cons: [['cPlate', 1], ['cScrew', 6]], path: 0, nights: 5, work: ['limbxr'], ages: [30, 75], route: 'emergency', abx: 1 },
  ankle: { dept: 'orthopaedics', dx: ['S82.600'], px: ['79.3600x009'], row: '003303020070001', an: 'spinal', cons: [['cPlate', 1], ['cScrew', 6]], path: 0, nights: 6, work: ['limbxr'], ages: [20, 70], route: 'emergency', abx: 1 },
  hand: { dept: 'hand_surgery', dx: ['S62.300'], px: ['79.3300x005'], row: '003303020010001', an: 'GA', h: 1, cons: [['cPlate', 1], ['cScrew', 4]], path: 0, nights: 3, work: ['limbxr'], ages: [18, 60], route: 'emergency', abx: 1 },
  hemi: { dept: 'orthopaedics', dx: ['S72.000'], px: ['81.5201'], row: '003303010020001', an: 'spinal', cons: [['cHead', 1], ['cCement', 1]], path: 0, nights: 9, minL: 2, work: ['limbxr', 'echo'], ages: [75, 90], route: 'emergency', mon: 12, abx: 2, enox: 5 },
  tka: { dept: 'orthopaedics', dx: ['M17.900'], px: ['81.5400'], row: '003303010030001', an: 'spinal', cons: [['cKnee', 1], ['cCement', 2]], path: 0, nights: 8, minL: 3, work: ['limbxr'], ages: [60, 80], mon: 12, abx: 2, enox: 5 },
  tha: { dept: 'orthopaedics', dx: ['M16.900'], px: ['81.5100'], row: '003303010010001', an: 'spinal', cons: [['cHip', 1]], path: 0, nights: 8, minL: 3, work: ['limbxr'], ages: [55, 80], mon: 12, abx: 2, enox: 5 },
  menisc: { dept: 'sports_medicine', dx: ['S83.200'], px: ['80.6x00x011'], row: '003303040010001', an: 'spinal', cons: [], path: 0, nights: 2, minL: 2, work: ['kmri'], ages: [20, 55] },
  acl: { dept: 'sports_medicine', dx: ['S83.500'], px: ['81.4504'], row: '003303040030001', an: 'GA', h: 2, cons: [['cAnchor', 2], ['cBrace', 1]], path: 0, nights: 4, minL: 2, work: ['kmri'], ages: [18, 40], abx: 1 },
  disc: { dept: 'spine_surgery', dx: ['M51.202'], px: ['80.5100x013'], row: '003303020020001', an: 'GA', h: 3, cons: [['cSut', 3], ['cHemo', 1]], path: 1, nights: 7, minL: 2, work: ['lmri'], ages: [30, 65], abx: 1 },
  plif: { dept: 'spine_surgery', dx: ['M48.000'], px: ['81.0801'], row: '003303050010001', an: 'GA', h: 4, cons: [['cPed', 4], ['cCage', 1], ['cHemo', 2], ['cNeg', 1]], path: 0, nights: 10, minL: 2, work: ['lmri', 'spinexr'], ages: [50, 78], mon: 12, abx: 2 },
  pkp: { dept: 'spine_surgery', dx: ['M80.800'], px: ['81.6601'], row: '003303050030001', an: 'local', cons: [['cCement', 1]], path: 0, nights: 5, minL: 2, work: ['lmri', 'bmd'], ages: [65, 88] },
  varicose: { dept: 'vascular', dx: ['I83.900'], px: ['38.5900x005'], row: '003307010010001', an: 'spinal', cons: [['cBand', 4], ['cSut', 2]], path: 0, nights: 3, work: ['legus'], ages: [40, 70] },
  pta: { dept: 'vascular', dx: ['I70.203'], px: ['39.5000'], row: '003307020020001', an: 'local', cons: [['cBalloon', 1], ['cWire', 1], ['cSheath', 1]], path: 0, nights: 4, minL: 2, work: ['legus'], ages: [60, 85], enox: 3 },
  vats: { dept: 'thoracic', dx: ['D14.300'], px: ['32.2001'], row: '003308020010001', an: 'GA', h: 3, cons: [['cStap', 2], ['cTroc', 1]], path: 1, frozen: 1, nights: 5, minL: 2, work: ['chestct'], ages: [40, 70], mon: 12, abx: 1 },
  tymp: { dept: 'ent', dx: ['H65.300'], px: ['20.0100x005'], row: '003304060010001', an: 'GA', h: 1, cons: [], path: 0, nights: 1, ages: [3, 7], qty: 2 },
};
const WORK = { abdus: 'abdus', thyus: 'thyus', tft: 'tft', breastus: 'breastus', chestct: 'chestct', abdct: 'abdct', ctenh: 'ctenh', cea: 'cea', gynus: 'gynus', ca125: 'ca125', hcg: 'hcg', urous: 'urous', psa: 'psa', flow: 'flow', ctu: 'ctu', nasendo: 'nasendo', ascan: 'ascan', slit: 'slit', fundus: 'fundus', iop: 'iop', oct: 'oct', limbxr: 'limbxr', echo: 'echo', kmri: 'kmri', lmri: 'lmri', spinexr: 'spinexr', bmd: 'bmd', legus: 'legus', anoscope: 'anoscope' };
const HOSPKIND = { public3: 3, public3b: 3, public2: 2, private2: 2, eye2: 2, community: 1, private2b: 2 };
function hospFor(op, region, pref) {
  const kinds = pref || (op.dept === 'ophthalmology' ? ['eye2', 'public3', 'public2'] : ['public3', 'public3b', 'public2', 'private2']);
  const ok = kinds.filter(k => HOSPKIND[k] >= (op.minL || 1) && !(ROWS[OPS_ROW(op)].minLevel > HOSPKIND[k]));
  return hosp(region, pick(ok.length ? ok : ['public3']));
}
const OPS_ROW = (op) => op.row;
// a surgical stay. o: {op, m, h, adm, nights, opDay, dx, px, mod(ctx), route, mode, tag, nursing}
function stay(o) {
  const op = o.op; const m = o.m; const h = o.h;
  const nights = o.nights != null ? o.nights : op.nights;
  const opDay = o.opDay != null ? o.opDay : (op.route === 'emergency' ? 0 : Math.min(1, nights - 1));
  const adm = o.adm; const d = (k) => ds(adm + k);
  const lines = []; const L = (k, day, q, x = {}) => { lines.push(line(C[k] || k, d(day), q, x)); return lines[lines.length - 1]; };
  const age = ageAt(m.birthDate, ds(adm));
  const ctx = { lines, L, d, op, opDay, nights, m, h, age, F: (k, day, q, x = {}) => L(k, day, q, { ...x, fraud: true }) };
  const ng = o.nursing || ((k) => (k === opDay && op.an !== 'local' ? 'n1' : 'n2'));
  for (let k = 0; k < nights; k++) { L('bed', k, 1); L('ward', k, 1); L(ng(k), k, 1); }
  if (!o.noPreop) {
    if (!op.noLabs) { L('cbc', 0, 1); L('coag', 0, 1); L('preop8', 0, 1); L('lft', 0, 1); L('rft', 0, 1); L('lytes', 0, 1); L('glu', 0, 1); L('urine', 0, 1); L('abo', 0, 1); }
    else { L('cbc', 0, 1); L('coag', 0, 1); L('preop8', 0, 1); L('glu', 0, 1); }
    L('ecg', 0, 1); if (age >= 40 && !op.noLabs || op.an === 'GA') L('cxr', 0, 1);
    for (const w of (o.work || op.work || [])) if (!(o.skipWork)) L(WORK[w], 0, 1);
    L('draw', 0, 1);
  }
  const t = opDay;
  if (!o.noOp) {
    L(op.row, t, op.qty || 1);
    if (op.an === 'GA') { L('ga', t, o.gaH || op.h); L('propofol', t, 2); L('fentanyl', t, 2); L('vecur', t, 1); L('midaz', t, 1); L('cETT', t, 1); }
    else if (op.an === 'spinal') { L('spinal', t, 1); L('cSpPack', t, 1); L('ropi', t, 1); }
    else { L('local', t, 1); L('lido', t, 2); }
    L('cDrape', t, 1); if (!op.eye) L('cBovie', t, 1);
    for (const [k, q] of op.cons) if (q) L(k, t, q);
    if (op.path) L('path', t, op.path); if (op.frozen) L('frozen', t, op.frozen);
    if (op.foley) { L('cath', t, 1); L('cCathPack', t, 1); }
    L('ivfirst', t, 1); L('ivmore', t, 1); L('ringer', t, 2); L('saline', t, 1); L('cIV', t, 1); L('cCan', t, 1); L('cannula', t, 1);
    if (op.abx) for (let k = 0; k < Math.min(op.abx, nights - t); k++) { L('cefurox', t + k, 2); if (k > 0) { L('ivfirst', t + k, 1); L('saline', t + k, 2); L('cIV', t + k, 1); } }
    if (op.mon) { L('ecgmon', t, op.mon); L('spo2', t, op.mon); L('cElec', t, 5); }
    if (op.ngd) for (let k = 0; k < op.ngd; k++) L('ngd', t + k, 1);
    if (op.irr) for (let k = 0; k < op.irr; k++) L('bladderirr', t + k, 2);
    if (op.enox) for (let k = 1; k <= Math.min(op.enox, nights - t); k++) { L('enox', t + k, 1); L('sc', t + k, 1); }
    if (op.eye) L('tobradex', nights, 1);
    if (nights - t >= 2 && !op.eye) { L('cbc', t + 1, 1); L('drsM', t + 1, 1); L('cDress', t + 1, 1); }
    if (nights - t >= 1 && !op.eye) L(age >= 18 ? 'celecox' : age >= 12 ? 'paracet' : 'paracetKid', Math.min(t + 1, nights), 2 * Math.max(1, nights - t - 1) > 20 ? 20 : 2 * Math.max(1, nights - t - 1));
  }
  if (o.mod) o.mod(ctx);
  const dx = o.dx || op.dx; const pxDay = t;
  const px = (o.px || op.px).map(c => ({ code: c, date: d(pxDay) }));
  if (o.extraPx) for (const p of o.extraPx) px.push({ code: p.code, date: d(p.day) });
  return makeClaim({ m, h, dept: o.dept || op.dept, visitType: 'inpatient', adm: d(0), nights, dx, px, lines, route: o.route || op.route || 'outpatient', mode: o.mode, transferFrom: o.transferFrom, tag: o.tag, doctorId: o.doctorId });
}
function visit(o) {
  const lines = []; const L = (k, q, x = {}) => { lines.push(line(C[k] || k, ds(o.day), q, x)); };
  o.build(L);
  return makeClaim({ m: o.m, h: o.h, dept: o.dept, visitType: o.visitType || 'outpatient', date: ds(o.day), dx: o.dx, px: (o.px || []).map(c => ({ code: c, date: ds(o.day) })), lines, tag: o.tag });
}
function mem(op, o = {}) { return member({ ageMin: op.ages[0], ageMax: op.ages[1], sex: op.sex, ...o }); }
const REG = Object.keys(REGIONS);
// ---------------------------------------------------------------- cases
const labels = []; let caseNo = 0;
function addCase(kind, code, name, res, variant, targetIdx) {
  caseNo++;
  const claimIds = res.map(r => r.id);
  const targets = targetIdx ? targetIdx.map(i => claimIds[i]) : claimIds;
  const mutatedLines = {};
  for (const r of res) if (r.mutated.length) mutatedLines[r.id] = r.mutated;
  labels.push({ caseId: `B126-${String(caseNo).padStart(4, '0')}`, kind, code, name, claimIds, targets, mutatedLines, typology: kind === 'routine' ? 'R' : code, variant: variant || (kind === 'fraud' ? 'overt' : 'n/a') });
}
const clone = (op, x) => ({ ...op, ...x, cons: x && x.cons ? x.cons : op.cons.slice() });
const admDay = (i) => 8 + i * 22 + ri(0, 6);
const PRIV = ['private2', 'private2b'];
function fraudHosp(op, region, i) { const k = i % 3 === 0 ? ['public3', 'public3b'] : PRIV; return hospFor(op, region, op.dept === 'ophthalmology' && i % 3 ? ['eye2'] : k); }
// stay with the surgery line marked (or a cons key marked)
function stayF(o, markRow, markKeys = [], markPrice = {}) {
  const op = o.op; const origMod = o.mod;
  o.mod = (ctx) => {
    for (const l of ctx.lines) {
      if (markRow && l.code === op.row) l.fraud = true;
      const key = Object.keys(C).find(k => C[k] === l.code);
      if (key && markKeys.includes(key) && l.date === ctx.d(ctx.opDay)) l.fraud = true;
      if (key && markPrice[key] && l.date === ctx.d(ctx.opDay)) { l.price = markPrice[key]; l.fraud = true; }
    }
    if (origMod) origMod(ctx);
  };
  return stay(o);
}
const T = [];
// T01 手术高套: a cheaper operation coded and billed as the laparoscopic/costlier one
T[1] = (i, v) => {
  const region = REG[i % 3];
  const base = [OPS.appyL, OPS.herniaL, OPS.hystL, OPS.ovcyst, OPS.choleL][i % 5];
  const consNoTroc = base.cons.filter(([k]) => k !== 'cTroc');
  const op = v === 'overt' ? clone(base, { an: 'spinal', cons: consNoTroc }) : clone(base, { cons: consNoTroc, h: 1 });
  const m = mem(op, { region }); const h = fraudHosp(op, region, i);
  return [stayF({ op, m, h, adm: admDay(i), tag: 'T01' }, true)];
};
// T02 分解手术收费
T[2] = (i, v) => {
  const region = REG[i % 3];
  if (v === 'overt') {
    const k = i % 4; const op = [OPS.fess, OPS.urs, OPS.vats, OPS.pta][k];
    const extra = ['nasendo', 'cysto', '003308010010001', '003307020030001'][k];
    const m = mem(op, { region }); const h = fraudHosp(op, region, i);
    return [stay({ op, m, h, adm: admDay(i), tag: 'T02', mod: (c) => c.F(extra, c.opDay, 1) })];
  }
  const k = i % 3; const op = [OPS.hystL, OPS.turp, OPS.choleL][k];
  const extraRow = ['003305020020001', '003306020040001', '003302010010001'][k];
  const extraPx = ['65.2501', '59.8x00x004', '47.0100'][k];
  const m = mem(op, { region }); const h = fraudHosp(op, region, i);
  return [stay({ op, m, h, adm: admDay(i), tag: 'T02', extraPx: [{ code: extraPx, day: 1 }], mod: (c) => c.F(extraRow, c.opDay, 1) })];
};
// T03 耗材超量/虚记
T[3] = (i, v) => {
  const region = REG[i % 3];
  let op, keys;
  if (v === 'overt') { const k = i % 3; op = [clone(OPS.choleL, { cons: [['cTroc', 2], ['cClip', 10], ['cSut', 4], ['cStap', 2], ['cHemo', 4]] }), clone(OPS.herniaO, { cons: [['cMesh', 2], ['cSut', 6], ['cHemo', 3]] }), clone(OPS.menisc, { cons: [['cAnchor', 4]] })][k]; keys = [['cTroc', 'cClip', 'cStap', 'cHemo'], ['cMesh', 'cHemo'], ['cAnchor']][k]; }
  else { const k = i % 3; op = [clone(OPS.thyroid, { cons: [['cSut', 3], ['cHemo', 3], ['cNeg', 2], ['cClip', 6]] }), clone(OPS.tka, { cons: [['cKnee', 1], ['cCement', 4]] }), clone(OPS.appyL, { cons: [['cTroc', 1], ['cClip', 2], ['cSut', 2], ['cStap', 1]] })][k]; keys = [['cHemo', 'cNeg', 'cClip'], ['cCement'], ['cStap']][k]; }
  const m = mem(op, { region }); const h = fraudHosp(op, region, i);
  return [stayF({ op, m, h, adm: admDay(i), tag: 'T03' }, false, keys)];
};
// T04 集采耗材按原价/串换
T[4] = (i, v) => {
  const region = REG[i % 3];
  if (v === 'overt') {
    const k = i % 3; const op = [OPS.tka, OPS.tha, OPS.cataract][k]; const key = ['cKnee', 'cHip', 'cIOL'][k]; const old = [32000, 38000, 3800][k];
    const m = mem(op, { region }); const h = op.minL === 3 ? hosp(region, i % 2 ? 'public3' : 'public3b') : fraudHosp(op, region, i);
    return [stayF({ op, m, h, adm: admDay(i), tag: 'T04' }, false, [], { [key]: old })];
  }
  const k = i % 2; const op = [clone(OPS.hemi, { cons: [['cHip', 1], ['cCement', 1]] }), clone(OPS.radius, { cons: [['cNail', 1], ['cScrew', 4]] })][k];
  const m = mem(op, { region }); const h = hospFor(op, region, ['public3', 'public2', 'private2']);
  return [stayF({ op, m, h, adm: admDay(i), tag: 'T04' }, false, [k ? 'cNail' : 'cHip'])];
};
// T05 麻醉时长虚增
T[5] = (i, v) => {
  const region = REG[i % 3];
  const op = v === 'overt' ? [OPS.appyL, OPS.tonsil, OPS.adenoid, OPS.strab][i % 4] : [OPS.choleL, OPS.thyroid, OPS.herniaL, OPS.ovcyst][i % 4];
  const m = mem(op, { region }); const h = fraudHosp(op, region, i);
  return [stayF({ op, m, h, adm: admDay(i), tag: 'T05', gaH: v === 'overt' ? ri(6, 8) : op.h + 2 }, false, ['ga'])];
};
// T06 麻醉方式升级
T[6] = (i, v) => {
  const region = REG[i % 3];
  if (v === 'overt') {
    const op = [OPS.herniaO, OPS.haem, OPS.turp, OPS.varicose][i % 4];
    const m = mem(op, { region }); const h = fraudHosp(op, region, i);
    return [stay({ op, m, h, adm: admDay(i), tag: 'T06', mod: (c) => { c.F('ga', c.opDay, 2); c.F('propofol', c.opDay, 2); } })];
  }
  const op0 = [OPS.cataract, OPS.pkp, OPS.trab][i % 3]; const op = clone(op0, { an: 'GA', h: 1 });
  const m = mem(op, { region }); const h = fraudHosp(op, region, i);
  return [stayF({ op, m, h, adm: admDay(i), tag: 'T06' }, false, ['ga'])];
};
// T07 麻醉附加项目（监护、镇痛泵用药）未使用
T[7] = (i, v) => {
  const region = REG[i % 3];
  if (v === 'overt') {
    const op = [OPS.cataract, OPS.haem, OPS.trab][i % 3];
    const m = mem(op, { region }); const h = fraudHosp(op, region, i);
    return [stay({ op, m, h, adm: admDay(i), tag: 'T07', mod: (c) => { for (const k of ['ecgmon', 'spo2', 'nibp']) c.F(k, c.opDay, 24); c.F('ecgmon', c.opDay + 1, 24); } })];
  }
  const op = [OPS.varicose, OPS.menisc, OPS.haem][i % 3];
  const m = mem(op, { region }); const h = fraudHosp(op, region, i);
  return [stay({ op, m, h, adm: admDay(i), tag: 'T07', mod: (c) => { c.F('ropi', c.opDay, 2); c.F('fentanyl', c.opDay, 2); c.F('ecgmon', c.opDay, 12); c.F('spo2', c.opDay, 12); } })];
};
// T08 无指征手术
T[8] = (i, v) => {
  const region = REG[i % 3];
  if (v === 'overt') {
    const k = i % 3; const op = [OPS.choleL, OPS.cataract, OPS.appyL][k]; const dx = [['K29.700'], ['H52.100'], ['R10.400']][k];
    const m = mem(op, { region, ...(k === 1 ? { ageMin: 35, ageMax: 50 } : {}) }); const h = fraudHosp(op, region, i);
    return [stay({ op, m, h, adm: admDay(i), tag: 'T08', dx, skipWork: true })];
  }
  const k = i % 3; const op = [OPS.choleL, OPS.hystL, OPS.thyroid][k]; const dx = [['K80.200'], ['D25.900'], ['E04.101']][k];
  const m = mem(op, { region }); const h = fraudHosp(op, region, i);
  return [stay({ op, m, h, adm: admDay(i), tag: 'T08', dx, skipWork: true })];
};
// T09 术前检查重复
T[9] = (i, v) => {
  const region = REG[i % 3];
  const op = [OPS.choleL, OPS.thyroid, OPS.herniaO, OPS.hystL, OPS.tka][i % 5];
  const m = mem(op, { region }); const h = hospFor(op, region, i % 2 ? PRIV : ['public3', 'public3b']);
  const adm = admDay(i); const gap = v === 'overt' ? ri(1, 3) : ri(5, 9);
  const tests = ['cbc', 'coag', 'preop8', 'lft', 'rft', 'ecg', 'cxr', ...(op.work || [])];
  const pre = visit({ m, h: v === 'overt' ? h : hosp(region, 'public2').level >= 2 ? hosp(region, 'public2') : h, dept: op.dept, day: adm - gap, dx: op.dx, tag: 'T09o', build: (L) => { L('opd', 1); for (const t of tests) L(WORK[t] || t, 1); L('draw', 1); } });
  const s = stay({ op, m, h, adm, tag: 'T09', noPreop: true, mod: (c) => { for (const t of (v === 'overt' ? tests : ['cbc', 'coag', 'preop8', 'ecg', ...(op.work || []).slice(0, 1)])) c.F(WORK[t] || t, 0, 1); c.L('draw', 0, 1); c.L('abo', 0, 1); } });
  return [pre, s];
};
// T10 术前术后挂床
T[10] = (i, v) => {
  const region = REG[i % 3];
  const op = [OPS.herniaO, OPS.choleL, OPS.haem, OPS.varicose, OPS.menisc][i % 5];
  const pre = v === 'overt' ? ri(5, 7) : 3, post = v === 'overt' ? ri(6, 8) : 3;
  const nights = op.nights + pre + post;
  const m = mem(op, { region }); const h = fraudHosp(op, region, i);
  return [stay({ op, m, h, adm: admDay(i), nights, opDay: pre + 1, tag: 'T10', nursing: (k) => (k === pre + 1 ? 'n1' : k < pre + 1 || k > pre + 1 + op.nights ? 'n3' : 'n2'), mod: (c) => { if (v !== 'overt') for (let k = 1; k <= pre; k++) c.L('omep', k, 1); } })];
};
// T11 并发症编码无支撑
T[11] = (i, v) => {
  const region = REG[i % 3];
  const op = [OPS.choleL, OPS.hystL, OPS.thyroid, OPS.herniaO, OPS.tka][i % 5];
  const cx = v === 'overt' ? pick([['I50.900'], ['J96.000'], ['F05.900', 'J18.900']]) : pick([['D62.x00'], ['T81.400'], ['E87.100'], ['J18.900']]);
  const m = mem(op, { region }); const h = fraudHosp(op, region, i);
  return [stay({ op, m, h, adm: admDay(i), tag: 'T11', dx: [...op.dx, ...cx] })];
};
// T12 日间手术拉长住院
T[12] = (i, v) => {
  const region = REG[i % 3];
  const op = [OPS.cataract, OPS.herniaL, OPS.haem, OPS.menisc][i % 4];
  const nights = v === 'overt' ? ri(5, 7) : ri(3, 4);
  const m = mem(op, { region }); const h = fraudHosp(op, region, i);
  return [stay({ op, m, h, adm: admDay(i), nights, tag: 'T12', mod: (c) => { for (let k = c.opDay + 1; k < nights; k++) { if (v === 'overt') { c.L('ivfirst', k, 1); c.L('saline', k, 2); c.L('cIV', k, 1); c.L('cefurox', k, 2); } else c.L('drsS', k, 1); } } })];
};
// T13 病理拆分
T[13] = (i, v) => {
  const region = REG[i % 3];
  const op = v === 'overt' ? clone([OPS.choleL, OPS.appyL, OPS.haem][i % 3], { path: 2, frozen: 3 }) : clone([OPS.thyroid, OPS.ovcyst, OPS.tonsil][i % 3], { path: 2 });
  const m = mem(op, { region }); const h = fraudHosp(op, region, i);
  return [stayF({ op, m, h, adm: admDay(i), tag: 'T13' }, false, v === 'overt' ? ['path', 'frozen'] : ['path'])];
};
// T14 术后护理/监护虚增
T[14] = (i, v) => {
  const region = REG[i % 3];
  if (v === 'overt') {
    const op = [OPS.appyL, OPS.herniaL, OPS.ovcyst][i % 3];
    const m = mem(op, { region, ageMin: 20, ageMax: 45 }); const h = fraudHosp(op, region, i);
    return [stay({ op, m, h, adm: admDay(i), tag: 'T14', nursing: (k) => (k === op.route ? 'n1' : 'n2'), mod: (c) => { c.lines.splice(0, c.lines.length, ...c.lines.filter(l => !(l.code === C.n1 || l.code === C.n2) || (l.date !== c.d(c.opDay) && l.date !== c.d(c.opDay + 1)))); for (const k of [c.opDay, c.opDay + 1]) { if (k < c.nights) { c.F('nsp', k, 1); c.F('icu', k, 24); } } } })];
  }
  const op = [OPS.thyroid, OPS.ovcyst, OPS.septo][i % 3];
  const m = mem(op, { region, ageMin: 25, ageMax: 45 }); const h = fraudHosp(op, region, i);
  return [stay({ op, m, h, adm: admDay(i), tag: 'T14', nursing: () => 'n1', mod: (c) => { for (let k = c.opDay + 1; k < c.nights; k++) { c.F('ecgmon', k, 24); c.F('spo2', k, 24); } } })];
};
// T15 无指征输血
T[15] = (i, v) => {
  const region = REG[i % 3];
  const op = v === 'overt' ? [OPS.choleL, OPS.ovcyst, OPS.turp, OPS.herniaO][i % 4] : [OPS.tka, OPS.hystL, OPS.disc][i % 3];
  const m = mem(op, { region }); const h = fraudHosp(op, region, i);
  const dx = v === 'overt' ? op.dx : [...op.dx, 'D62.x00'];
  return [stay({ op, m, h, adm: admDay(i), tag: 'T15', dx, mod: (c) => { const k = c.opDay + 1; c.L('xmatch', c.opDay, 1); c.F('rbc', k, 2); c.F('transf', k, 1); c.L('cTxSet', k, 1); if (v === 'overt') c.F('ffp', k, 4); } })];
};
const TNAME = { 1: '手术高套（低价术式按腹腔镜/高价术式编码收费）', 2: '分解手术收费（术中步骤另计一项手术或检查）', 3: '手术耗材超量或虚记', 4: '集采耗材按集采前价格收费或串换高价耗材', 5: '麻醉时长虚增', 6: '麻醉方式升级（局麻/椎管内改计全麻或叠加）', 7: '麻醉附加项目未使用（监护、镇痛用药）', 8: '无指征手术', 9: '术前检查重复（门诊已做入院再做）', 10: '术前术后挂床', 11: '并发症编码无收费支撑（高套分组）', 12: '日间手术病例拉长住院', 13: '病理标本拆分计费', 14: '术后护理、监护虚增', 15: '无指征输血' };
for (let t = 1; t <= 15; t++) for (let i = 0; i < 15; i++) { const v = i % 2 === 0 ? 'overt' : 'careful'; addCase('fraud', 'T' + String(t).padStart(2, '0'), TNAME[t], T[t](i, v), v); }
// ---------------------------------------------------------------- controls
const K = [];
const pubH = (op, region) => hospFor(op, region, ['public3', 'public3b', 'public2']);
K[1] = (i, region) => { const op = clone(OPS.choleL, { row: '003302020020001', h: 3, abx: 4, cons: [['cTroc', 1], ['cClip', 4], ['cSut', 4], ['cNeg', 1]] }); const m = mem(op, { region }); return [stay({ op, m, h: pubH(op, region), adm: admDay(i), nights: 6, dx: ['K80.000'], px: ['51.2200', '54.2100'], route: 'emergency', tag: 'C01' })]; };
K[2] = (i, region) => { const op = OPS.hystL; const m = mem(op, { region }); return [stay({ op, m, h: pubH(op, region), adm: admDay(i), dx: ['D25.900', 'N83.200'], extraPx: [{ code: '65.2501', day: 1 }], tag: 'C02', mod: (c) => { c.L('003305020020001', c.opDay, 1); c.L('ca125', 0, 1); } })]; };
K[3] = (i, region) => { const op = i % 2 ? clone(OPS.fess, { qty: 2, h: 3 }) : OPS.tymp; const m = mem(op, { region }); return [stay({ op, m, h: pubH(op, region), adm: admDay(i), dx: i % 2 ? ['J32.400'] : op.dx, tag: 'C03' })]; };
K[4] = (i, region) => { const op = OPS.thyroid; const m = mem(op, { region }); return [stay({ op, m, h: pubH(op, region), adm: admDay(i), nights: 6, dx: ['D34.x00', 'T81.000'], extraPx: [{ code: '06.0200', day: 2 }], tag: 'C04', mod: (c) => { const k = c.opDay + 1; c.L('003304030010001', k, 1); c.L('ga', k, 1); c.L('propofol', k, 2); c.L('fentanyl', k, 1); c.L('cETT', k, 1); c.L('cHemo', k, 1); c.L('cSut', k, 2); c.L('coag', k, 1); c.L('hb', k, 1); c.L('ecgmon', k, 12); c.L('spo2', k, 12); c.L('cDrape', k, 1); c.L('txa', k, 2); } })]; };
K[5] = (i, region) => { const op = OPS.colectomy; const m = mem(op, { region, ageMin: 68, ageMax: 82 }); return [stay({ op, m, h: hospFor(op, region, ['public3', 'public3b']), adm: admDay(i), nights: 15, dx: ['C18.700', 'J18.900'], tag: 'C05', mod: (c) => { c.L('chestct', 5, 1); c.L('sputum', 5, 1); c.L('pct', 5, 1); c.L('crp', 5, 1); c.L('cbc', 5, 1); for (let k = 5; k < 12; k++) { c.L('pipt', k, 3); c.L('ivfirst', k, 1); c.L('saline', k, 2); c.L('o2', k, 12); c.L('nebul', k, 2); } c.L('cxr', 11, 1); c.L('crp', 11, 1); } })]; };
K[6] = (i, region) => { const op = OPS.hemi; const m = mem(op, { region, ageMin: 86, ageMax: 92 }); return [stay({ op, m, h: pubH(op, region), adm: admDay(i), nights: 16, opDay: 3, dx: ['S72.000', 'I25.100', 'E11.900'], tag: 'C06', nursing: (k) => (k <= 4 ? 'n1' : 'n2'), mod: (c) => { c.L('consult', 1, 1); c.L('bnp', 1, 1); c.L('glu', 2, 1); for (let k = 0; k < 16; k++) c.L('bgl', k, 3); for (let k = 6; k < 16; k++) { c.L('pt_ex', k, 1); } c.L('rehabE', 5, 1); c.L('limbxr', 5, 1); } })]; };
K[7] = (i, region) => { const op = OPS.hemi; const m = mem(op, { region }); return [stay({ op, m, h: pubH(op, region), adm: admDay(i), dx: ['S72.000', 'D62.x00'], tag: 'C07', mod: (c) => { const k = c.opDay + 1; c.L('xmatch', c.opDay, 1); c.L('hb', k, 1); c.L('rbc', k, 2); c.L('transf', k, 1); c.L('cTxSet', k, 1); c.L('cbc', k + 1, 1); c.L('hb', k + 2, 1); } })]; };
K[8] = (i, region) => { const op = i % 2 ? OPS.hystL : OPS.colectomy; const m = mem(op, { region }); return [stay({ op, m, h: hospFor(op, region, ['public3', 'public3b']), adm: admDay(i), nights: op.nights + 3, dx: [...op.dx, 'T81.000', 'D62.x00'], tag: 'C08', mod: (c) => { const t = c.opDay; c.L('xmatch', t, 2); c.L('rbc', t, 4); c.L('ffp', t, 6); c.L('transf', t, 2); c.L('cTxSet', t, 2); c.L('txa', t, 2); for (let k = t + 1; k <= t + 3; k++) { c.L('hb', k, 1); c.L('coag', k, 1); } c.L('icu', t, 12); } })]; };
K[9] = (i, region) => { const op = i % 2 ? OPS.plif : OPS.colectomy; const m = mem(op, { region }); return [stay({ op, m, h: hospFor(op, region, ['public3', 'public3b']), adm: admDay(i), gaH: ri(6, 7), dx: i % 2 ? ['M48.000', 'M43.100'] : op.dx, tag: 'C09', mod: (c) => { if (i % 2) { for (const l of c.lines) if (l.code === C.cPed) l.qty = 8; for (const l of c.lines) if (l.code === C.cCage) l.qty = 2; } } })]; };
K[10] = (i, region) => { const op = i % 2 ? OPS.herniaChild : clone(OPS.herniaChild, { dx: ['N47.x00'], px: ['64.0x00'], row: '003306030010001', sex: 'M' }); const m = mem(op, { region, sex: 'M', ageMin: 3, ageMax: 7 }); return [stay({ op, m, h: pubH(op, region), adm: admDay(i), tag: 'C10' })]; };
K[11] = (i, region) => { const op = clone(OPS.cataract, { an: 'GA', h: 1 }); const child = i % 3 === 0; const m = child ? member({ region, ageMin: 1, ageMax: 4 }) : mem(op, { region, ageMin: 72, ageMax: 88 }); return [stay({ op, m, h: hospFor(op, region, ['public3', 'public3b']), adm: admDay(i), nights: 2, dx: child ? ['Q12.000'] : ['H25.900', i % 2 ? 'G30.900' : 'F03.x00'], tag: 'C11', mod: (c) => { if (child) for (const l of c.lines) if (l.code === C.celecox) l.code = C.paracetKid; } })]; };
K[12] = (i, region) => { const op = OPS.tka; const m = mem(op, { region, ageMin: 70, ageMax: 80 }); return [stay({ op, m, h: hospFor(op, region, ['public3', 'public3b']), adm: admDay(i), nights: 9, dx: ['M17.900', 'I25.100', 'I48.900'], tag: 'C12', nursing: (k) => (k <= 3 ? 'n1' : 'n2'), mod: (c) => { c.L('echo', 0, 1); c.L('bnp', 0, 1); c.L('consult', 0, 1); for (const k of [c.opDay + 1, c.opDay + 2]) { c.L('ecgmon', k, 24); c.L('spo2', k, 24); c.L('cElec', k, 5); } c.L('ecg', c.opDay + 1, 1); } })]; };
K[13] = (i, region) => { const op = i % 2 ? OPS.colectomy : clone(OPS.colectomy, { dx: ['C20.x00'], px: ['48.6300'] }); const m = mem(op, { region, ageMin: 72, ageMax: 85 }); return [stay({ op, m, h: hospFor(op, region, ['public3', 'public3b']), adm: admDay(i), nights: 12, dx: [...op.dx, 'I50.900'], tag: 'C13', mod: (c) => { const t = c.opDay; c.lines.splice(0, c.lines.length, ...c.lines.filter(l => !([C.bed, C.n1, C.n2].includes(l.code) && (l.date === c.d(t) || l.date === c.d(t + 1))))); c.L('icubed', t, 1); c.L('icubed', t + 1, 1); c.L('icu', t, 20); c.L('icu', t + 1, 24); c.L('bnp', t + 1, 1); c.L('echo', t + 1, 1); c.L('bloodgas' in C ? 'bloodgas' : '002502090010001', t, 2); c.L('cProbe', t, 1); } })]; };
K[14] = (i, region) => { const op = i % 2 ? clone(OPS.breast, { frozen: 2 }) : OPS.colectomy; const m = mem(op, { region }); return [stay({ op, m, h: hospFor(op, region, ['public3', 'public3b']), adm: admDay(i), tag: 'C14' })]; };
K[15] = (i, region) => { const op = OPS.appyL; const m = mem(op, { region }); const h = pubH(op, region); const day = admDay(i); const ed = visit({ m, h, dept: 'emergency', day, dx: ['K35.800'], tag: 'C15e', build: (L) => { L('ed', 1); L('cbc', 1); L('crp', 1); L('abdus', 1); L('urine', 1); L('draw', 1); } }); const s = stay({ op, m, h, adm: day, tag: 'C15', route: 'emergency', noPreop: true, mod: (c) => { c.L('coag', 0, 1); c.L('preop8', 0, 1); c.L('abo', 0, 1); c.L('ecg', 0, 1); c.L('lytes', 0, 1); } }); return [ed, s]; };
K[16] = (i, region) => { const op = i % 2 ? OPS.herniaO : OPS.choleL; const m = mem(op, { region, ageMin: 65, ageMax: 80 }); return [stay({ op, m, h: pubH(op, region), adm: admDay(i), nights: op.nights + 4, opDay: 4, dx: [...op.dx, 'I48.900', 'Z92.100'], tag: 'C16', mod: (c) => { for (let k = 0; k < 4; k++) { c.L('pt', k, 1); if (k > 0) { c.L('enox', k, 1); c.L('sc', k, 1); } } c.L('echo', 0, 1); c.L('consult', 0, 1); c.L('pt', 5, 1); } })]; };
K[17] = (i, region) => { const op = OPS.haem; const m = mem(op, { region, sex: 'M', ageMin: 50, ageMax: 70 }); return [stay({ op, m, h: pubH(op, region), adm: admDay(i), nights: 5, dx: ['K64.900', 'R33.x00'], tag: 'C17', mod: (c) => { c.L('cath', 1, 1); c.L('cCathPack', 1, 1); c.L('cFoley', 1, 1); c.L('urous', 2, 1); c.L('urine', 2, 1); for (let k = 2; k < 5; k++) c.L('drsS', k, 1); } })]; };
K[18] = (i, region) => { const op = clone(OPS.colectomy, { dx: ['C20.x00'], px: ['48.6300'], cons: [['cStap', 2], ['cSut', 8], ['cClip', 10], ['cHemo', 4], ['cNeg', 2]] }); const m = mem(op, { region }); return [stay({ op, m, h: hospFor(op, region, ['public3', 'public3b']), adm: admDay(i), tag: 'C18' })]; };
K[19] = (i, region) => { const op = i % 2 ? clone(OPS.tha, { cons: [['cHip', 1], ['cCement', 2]] }) : OPS.tka; const m = mem(op, { region }); return [stay({ op, m, h: hospFor(op, region, ['public3', 'public3b']), adm: admDay(i), tag: 'C19' })]; };
K[20] = (i, region) => { const op = clone(OPS.breast, { frozen: 2 }); const m = mem(op, { region }); return [stay({ op, m, h: hospFor(op, region, ['public3', 'public3b']), adm: admDay(i), px: ['85.2100x003', '85.4301'], tag: 'C20' })]; };
K[21] = (i, region) => { const op = OPS.urs; const m = mem(op, { region }); const h = pubH(op, region); const day = admDay(i); const s = stay({ op, m, h, adm: day, tag: 'C21' }); const v = visit({ m, h, dept: 'urology', day: day + 28 + ri(0, 5), dx: ['Z46.600', 'N20.100'], px: ['97.6201'], tag: 'C21o', build: (L) => { L('opd', 1); L('kub', 1); L('003306020050001', 1); L('local', 1); L('lido', 1); } }); return [s, v]; };
K[22] = (i, region) => { const op = OPS.cataract; const m = mem(op, { region }); const h = hospFor(op, region, ['eye2', 'public3']); const day = admDay(i); return [stay({ op, m, h, adm: day, tag: 'C22' }), stay({ op, m, h, adm: day + ri(14, 21), tag: 'C22b', noPreop: true, mod: (c) => { c.L('ascan', 0, 1); c.L('slit', 0, 1); c.L('iop', 0, 1); } })]; };
K[23] = (i, region) => { const op = i % 2 ? OPS.hemi : OPS.radius; const m = mem(op, { region }); return [stay({ op, m, h: hospFor(op, region, ['public3', 'public3b']), adm: admDay(i), route: 'transfer', transferFrom: hosp(region, 'public2').id, skipWork: true, opDay: 1, tag: 'C23' })]; };
K[24] = (i, region) => { const op = i % 2 ? OPS.tka : OPS.tha; const m = mem(op, { region }); return [stay({ op, m, h: hospFor(op, region, ['public3', 'public3b']), adm: admDay(i), tag: 'C24', mod: (c) => { for (const k of [c.opDay, c.opDay + 1, c.opDay + 2]) { c.L('ropi', k, 2); } c.L('morphine', c.opDay, 1); c.L('003307040030001' in ROWS ? 'cSyr' : 'cSyr', c.opDay, 4); } })]; };
const KNAME = { 1: '腹腔镜中转开腹胆囊切除', 2: '子宫切除同切口处理真实卵巢囊肿', 3: '双侧手术（双侧鼻窦/双侧鼓膜置管）', 4: '术后出血再次手术止血', 5: '结肠癌术后真实肺炎并治疗', 6: '高龄衰弱髋部骨折长住院', 7: '髋部骨折真实失血输血', 8: '术中大出血输血并监护', 9: '复杂手术长时间全麻', 10: '儿童小手术全身麻醉', 11: '痴呆/儿童白内障全身麻醉', 12: '高危心脏病患者术后监护', 13: '大手术后入ICU', 14: '肿瘤根治多标本病理与冰冻', 15: '急诊检查后入院手术（不重复）', 16: '抗凝患者术前桥接等待', 17: '日间手术术后尿潴留延长住院', 18: '直肠癌低位前切除多把吻合器', 19: '集采关节假体按集采价', 20: '乳腺肿物切除冰冻阳性改根治', 21: '输尿管镜碎石后门诊拔双J管', 22: '双眼白内障分期手术', 23: '外院转入带影像资料手术', 24: '关节置换术后真实镇痛' };
for (let k = 1; k <= 24; k++) for (let i = 0; i < 15; i++) addCase('control', 'C' + String(k).padStart(2, '0'), KNAME[k], K[k](i, REG[(i + k) % 3]), 'n/a');
// ---------------------------------------------------------------- routine
const RKEYS = Object.keys(OPS);
for (let i = 0; i < 100; i++) {
  const region = REG[i % 3]; const day = 5 + Math.floor(i * 3.4) + ri(0, 3);
  if (i % 10 === 9) { // outpatient minor surgery
    const m = member({ region, sex: 'M', ageMin: 18, ageMax: 50 }); const h = hosp(region, pick(['public2', 'public3']));
    addCase('routine', 'R', '门诊包皮环切', [visit({ m, h, dept: 'urology', day, dx: ['N47.x00'], px: ['64.0x00'], tag: 'R', build: (L) => { L('opd', 1); L('003306030010001', 1); L('local', 1); L('lido', 1); L('cDress', 1); } })]);
    continue;
  }
  const op = OPS[RKEYS[i % RKEYS.length]]; const m = mem(op, { region });
  const h = hospFor(op, region, op.dept === 'ophthalmology' ? ['eye2', 'public3'] : ['public3', 'public3b', 'public2', 'private2']);
  addCase('routine', 'R', '常规手术住院', [stay({ op, m, h, adm: day, tag: 'R' })]);
}
// ---------------------------------------------------------------- write
claims.sort((a, b) => (a._sort < b._sort ? -1 : a._sort > b._sort ? 1 : 0));
for (const c of claims) delete c._sort;
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), claims.map(c => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind126: ${labels.length} cases, ${claims.length} claims`);
