#!/usr/bin/env node
// blind87: wounds, burns and hyperbaric oxygen (创面修复、烧伤与高压氧).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes <outdir>/claims.ndjson (settlement order) and <outdir>/labels.json.
// Money is computed in integer fen and written as yuan (fen / 100) because CONTRACTS.md fixes yuan numbers.
'use strict';
const fs = require('fs'); const path = require('path');

const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || path.join(__dirname, '../../base87/rules/catalogue'));
const GROUPS = opt('--groups');

// ---------- catalogue rows (row files only) ----------
const ROWFILES = ['services.json', 'drugs.json', 'consumables.json', 'services-procedures.json', 'consumables-procedures.json',
  'services-home-and-online.json', 'services-imaging-and-lab.json', 'services-rehabilitation.json', 'services-palliative-care.json',
  'drugs-cardiology-and-nutrition.json', 'drugs-immunology-and-gout.json'];
const ROW = {};
for (const f of ROWFILES) { const p = path.join(CAT, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) ROW[r.code] = r; }

// ---------- rng ----------
let seed = 87087;
function R() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const startDate = (lo = '2025-01-06', hi = '2025-10-20') => add(lo, ri(0, diff(lo, hi)));

// ---------- codes ----------
const S = {
  consultGen: '001102000010001', consultVice: '001102000020001', consultChief: '001102000030001', generalFee: '001102000040001', er: '001102000050001',
  ipConsult: '001103000010001', ipConsultation: '001104000010001', bed3: '001105000010001', bed2: '001105000020001', bedICU: '001105000030001',
  nurseSp: '001201000010001', nurse1: '001201000020001', nurse2: '001201000030001', nurse3: '001201000040001',
  ivFirst: '001204000010001', ivMore: '001204000020001', ivPush: '001204000040001', im: '001204000050001', sc: '001204000060001', cannulaFee: '001204000070001',
  dressS: '001205000010001', dressM: '001205000020001', oxygen: '001208000010001', ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001',
  glucose: '001212000010001', cbc: '002501010010001', urine: '002501020010001', liver: '002502010010001', renal: '002502020010001', lytes: '002502030010001',
  fbg: '002502050010001', hba1c: '002502050020001', coag: '002502060010001', cardiacEnz: '002502070010001', crp: '002502080010001', pct: '002502080020001',
  bga: '002502090010001', preop8: '002502120010001', bloodType: '002502130010001', culture: '002502140010001', pathology: '002502200010001',
  ecg: '003107010010001', chestXR: '002202010010001', drLimb: '002202040020001', legDoppler: '002103010040001', headCT: '002301010010001', fundus: '002503010050001',
  ga: '003301010010001', localAnes: '003301010030001', debride: '003309010010001', graft: '003309020010001', vsd: '003309030010001', suturesOut: '003309040010001',
  abscess: '003309050010001', homeSetup: '001110000010001', homeVisit: '001110000020001', rehabEval: '001217000010001', exercise: '001218000010001',
  hemiplegia: '003402000070001', midFreq: '003401009010001', venipuncture: '001204000080001', transfusion: '001204000210001', rbc: '002600000010001',
  crossmatch: '002502130020001', adl: '003402000100001',
};
const C = {
  infusionSet: 'C14010150100001020350000001', cannula: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001', drainBag: 'C14040150100001551930000001',
  vsdKit: 'C14040150300001408220000001', gauze: 'C14020150100001506610000001', dressPack: 'C14020150200001397260000001', film: 'C14020150300001037150000001',
  bandage: 'C14020150400001537430000001', alginate: 'C14020150700001472160000001', hydrocolloid: 'C14020150800001472160000001', foam: 'C14020150900001583490000001',
  silver: 'C14020151000001694820000001', o2tube: 'C14050150100001832230000001', ecgPads: 'C14060150100001436170000001', strip: 'C14060150300001162280000001',
  suture: 'C11010150200001895120000001', surgPack: 'C11010150600001900710000001', cautery: 'C11010150700001990950000001', hemostat: 'C14100150100001761320000001',
  transfusionSet: 'C14100150200001872210000001', catheterKit: 'C14030150100001569850000001',
};
const M = {
  amox: 'XJ01CAA501A001', amoxclav: 'XJ01CRA502A001', cefalexin: 'XJ01DBT501A001', cefuroximeTab: 'XJ01DCT502A001', ceftriaxone: 'XJ01DDT504B002',
  cefuroxime: 'XJ01DCT505B002', ceftazidime: 'XJ01DDT506B002', cefoSul: 'XJ01DDT507B002', imipenem: 'XJ01DHY501B002', levoTab: 'XJ01MAZ501A001',
  levoInj: 'XJ01MAZ501B002', metroInj: 'XJ01XDJ501B002', pipTazo: 'XJ01CRP501B002', insulinH: 'XA10ABS502B002', insulinG: 'XA10AEG503B002',
  metformin: 'XA10BAE503A001', glimepiride: 'XA10BBG501A001', nacl: 'XB05BBL511B002', glucoseInj: 'XB05BAP505B002', ringerLact: 'XB05BBR503B002',
  ringer: 'XB05BBF507B002', kcl: 'XB05XAL512B002', albumin: 'XB05AAR504B002', omeprazoleInj: 'XA02BCA515B002', omeprazole: 'XA02BCA515A001',
  lidocaine: 'XN01BBL509B002', propofol: 'XN01AXB503B002', ibuprofen: 'XM01AEB502A003', paracetamol: 'XN02BED510A001', lmwh: 'XB01ABD502B002',
  alprostadil: 'XC01EAQ504B002', mupirocin: 'XD06AXM509E001', aspirin: 'XB01ACA509A001', atorvastatin: 'XC10AAA511A001', amlodipine: 'XC08CAA512A001',
  dexa: 'XH02ABD515B002', prednisone: 'XH02ABP507A001', enteral: 'XV06DBC501A004', cetirizine: 'XR06AEX509A001', ambroxol: 'XR05CBA522A001',
  mannitol: 'XB05BCG505B002', vitB: 'XA11EAF513A001', levothyroxine: 'XH03AAZ506A001', famotidine: 'XA02BAF504A001', hydrocortisoneCream: 'XD07ABQ506E001',
};

// ---------- regions, hospitals, doctors ----------
const TITLES = ['主任医师', '副主任医师', '主治医师', '住院医师'];
function hosp(id, region, level, name, depts) { return { id, region, level, name, depts, docs: {} }; }
const H = {
  CD3: hosp('H51010031', '510100', 3, '成都 三级甲等 (烧伤中心、创面修复科、高压氧科)', ['burns', 'wound-care', 'hyperbaric-oxygen', 'endocrinology', 'vascular-surgery', 'general-surgery', 'orthopedics', 'emergency', 'otolaryngology', 'oncology', 'general-practice']),
  CD2: hosp('H51010022', '510100', 2, '成都 二级 区人民医院', ['general-surgery', 'orthopedics', 'endocrinology', 'emergency', 'wound-care', 'hyperbaric-oxygen', 'general-practice']),
  CD2P: hosp('H51010026', '510100', 2, '成都 二级 民营医院 (糖尿病足专科)', ['endocrinology', 'wound-care', 'hyperbaric-oxygen']),
  CD1W: hosp('H51010013', '510100', 1, '成都 一级 民营创面修复门诊部', ['wound-care']),
  CD1C: hosp('H51010014', '510100', 1, '成都 社区卫生服务中心', ['general-practice', 'home-care']),
  MY2: hosp('H51070021', '510700', 2, '绵阳 二级 市中医院外科', ['general-surgery', 'wound-care', 'hyperbaric-oxygen', 'general-practice', 'emergency']),
  MY1W: hosp('H51070012', '510700', 1, '绵阳 一级 民营伤口护理诊所', ['wound-care']),
  CC3: hosp('H22010031', '220100', 3, '长春 三级 (烧伤整形科、高压氧科)', ['burns', 'wound-care', 'hyperbaric-oxygen', 'endocrinology', 'orthopedics', 'emergency', 'general-surgery', 'otolaryngology', 'oncology', 'general-practice']),
  CC2P: hosp('H22010025', '220100', 2, '长春 二级 民营医院', ['endocrinology', 'wound-care', 'hyperbaric-oxygen', 'rehabilitation']),
  CC1W: hosp('H22010013', '220100', 1, '长春 一级 民营创面诊所', ['wound-care', 'hyperbaric-oxygen']),
  CC1C: hosp('H22010014', '220100', 1, '长春 社区卫生服务中心', ['general-practice', 'home-care']),
  JL2: hosp('H22020021', '220200', 2, '吉林市 二级 医院', ['general-surgery', 'orthopedics', 'emergency', 'wound-care', 'general-practice']),
  HB3: hosp('H23010031', '230100', 3, '哈尔滨 三级 (烧伤科、高压氧中心)', ['burns', 'hyperbaric-oxygen', 'emergency', 'endocrinology', 'orthopedics', 'wound-care', 'general-surgery', 'otolaryngology', 'general-practice']),
  HB2: hosp('H23010022', '230100', 2, '哈尔滨 二级 区医院', ['general-surgery', 'emergency', 'hyperbaric-oxygen', 'wound-care', 'orthopedics', 'general-practice']),
  HB2P: hosp('H23010025', '230100', 2, '哈尔滨 二级 民营医院', ['endocrinology', 'wound-care', 'hyperbaric-oxygen', 'rehabilitation']),
  HB1C: hosp('H23010014', '230100', 1, '哈尔滨 社区卫生服务中心', ['general-practice', 'home-care']),
  HB1W: hosp('H23010013', '230100', 1, '哈尔滨 一级 民营创面门诊', ['wound-care', 'hyperbaric-oxygen', 'rehabilitation']),
  JN3: hosp('H37010031', '370100', 3, '济南 三级 (烧伤整形外科、高压氧科)', ['burns', 'wound-care', 'hyperbaric-oxygen', 'endocrinology', 'vascular-surgery', 'orthopedics', 'emergency', 'general-surgery', 'oncology', 'otolaryngology', 'general-practice']),
  JN2P: hosp('H37010025', '370100', 2, '济南 二级 民营医院', ['endocrinology', 'wound-care', 'hyperbaric-oxygen', 'rehabilitation']),
  JN1C: hosp('H37010014', '370100', 1, '济南 社区卫生服务中心', ['general-practice', 'home-care']),
  QD2: hosp('H37020021', '370200', 2, '青岛 二级 医院 (高压氧科)', ['hyperbaric-oxygen', 'general-surgery', 'emergency', 'wound-care', 'orthopedics', 'general-practice']),
  QD1W: hosp('H37020012', '370200', 1, '青岛 一级 民营伤口诊所', ['wound-care']),
  // 定点药店 (pharmacies carry level 1)
  PCD1: hosp('H51010091', '510100', 1, '成都 定点药店 甲', ['pharmacy']), PCD2: hosp('H51010092', '510100', 1, '成都 定点药店 乙', ['pharmacy']),
  PCD3: hosp('H51010093', '510100', 1, '成都 定点药店 丙', ['pharmacy']), PCC1: hosp('H22010091', '220100', 1, '长春 定点药店 甲', ['pharmacy']),
  PCC2: hosp('H22010092', '220100', 1, '长春 定点药店 乙', ['pharmacy']), PCC3: hosp('H22010093', '220100', 1, '长春 定点药店 丙', ['pharmacy']),
  PJN1: hosp('H37010091', '370100', 1, '济南 定点药店 甲', ['pharmacy']), PJN2: hosp('H37010092', '370100', 1, '济南 定点药店 乙', ['pharmacy']),
  PJN3: hosp('H37010093', '370100', 1, '济南 定点药店 丙', ['pharmacy']), PHB1: hosp('H23010091', '230100', 1, '哈尔滨 定点药店 甲', ['pharmacy']), PHB2: hosp('H23010092', '230100', 1, '哈尔滨 定点药店 乙', ['pharmacy']), PHB3: hosp('H23010093', '230100', 1, '哈尔滨 定点药店 丙', ['pharmacy']),
};
// doctors: each department has its own doctors; each keeps one title
let docSeq = 0;
for (const h of Object.values(H)) {
  h.depts.forEach((dep, di) => {
    const n = dep === 'pharmacy' ? 2 : h.level === 1 ? 3 : 4;
    h.docs[dep] = [];
    for (let k = 0; k < n; k++) {
      docSeq++;
      const title = dep === 'pharmacy' ? '药师' : h.level === 1 ? ['主治医师', '住院医师', '主治医师'][k] : TITLES[k];
      h.docs[dep].push({ id: `D${h.id.slice(1, 3)}${h.id.slice(-2)}${String(di).padStart(2, '0')}${k}`, title });
    }
  });
}
const doc = (h, dep, k) => { const list = h.docs[dep]; if (!list) throw new Error(`no dept ${dep} in ${h.id}`); return k == null ? pick(list) : list[k % list.length]; };

// ---------- members ----------
let memSeq = 0;
function member({ ageMin = 30, ageMax = 70, gender, scheme, region = '510100' } = {}) {
  memSeq++;
  const g = gender || (chance(0.55) ? 'M' : 'F');
  const age = ri(ageMin, ageMax);
  const birth = `${2025 - age - 1}-${String(ri(7, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`; // birthday after mid-year: age on 2025 dates ~ age
  const sch = scheme || (age < 18 ? 'resident' : chance(0.6) ? 'employee' : 'resident');
  const contrib = sch === 'employee' ? Math.max(1, Math.min(age - 20, 40)) : 0;
  const retired = sch === 'employee' && ((g === 'M' && age >= 61 && contrib >= 30) || (g === 'F' && age >= 56 && contrib >= 25));
  const cy = Math.min(Math.max(age - 18, 1), 20);
  return {
    insuredId: `P87${String(memSeq).padStart(6, '0')}`, gender: g, birthDate: birth, age, scheme: sch, retired, region,
    enrollment: { enrolledOn: sch === 'employee' ? `${2025 - contrib}-01-01` : '2025-01-01', inConcentratedPeriod: true, continuousYears: age < 1 ? 1 : cy,
      lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contrib, special: null },
  };
}

// ---------- claims ----------
const ALL = [];
function claim(m, h, dep, dr, vt, dates, dx, o = {}) {
  const c = {
    claimId: null, region: h.region, insuranceType: m.scheme, visitType: vt,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: { ...m.enrollment },
    provider: { hospitalId: h.id, level: h.level, department: dep, doctorId: dr.id },
  };
  if (o.insuredRegion) c.insuredRegion = o.insuredRegion;
  if (m.chronic) c.enrollment.chronicDiseases = m.chronic;
  if (vt === 'inpatient') { c.admissionDate = dates[0]; c.dischargeDate = dates[1]; c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.dischargeMode || 'ordered'; }
  else c.visitDate = dates[0];
  c.diagnoses = dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.procs || []).map(([code, date]) => ({ code, date }));
  c.items = [];
  Object.defineProperty(c, '_h', { value: h, enumerable: false });
  Object.defineProperty(c, '_m', { value: m, enumerable: false });
  Object.defineProperty(c, '_dr', { value: dr, enumerable: false });
  ALL.push(c);
  return c;
}
function item(c, code, date, qty = 1) {
  const r = ROW[code]; if (!r) throw new Error('no catalogue row ' + code);
  if (qty <= 0) return null;
  const lvl = String(c._h.level);
  const capFen = Math.round(r.priceCap[lvl] * 100);
  const priceFen = capFen; // billed at the row's cap for the level (what most hospitals charge)
  const lineId = String(c.items.length + 1);
  c.items.push({ lineId, code, name: r.name, category: r.category, date, quantity: qty, unitPrice: priceFen / 100, amount: Math.round(priceFen * qty) / 100, _fen: Math.round(priceFen * qty) });
  return lineId;
}
const proc = (c, code, date) => c.procedures.push({ code, date });
function consult(c, date) {
  const h = c._h; const t = c._dr.title;
  if (c.provider.department === 'emergency') return item(c, S.er, date);
  if (h.level === 1) return item(c, chance(0.5) ? S.generalFee : S.consultGen, date);
  return item(c, t === '主任医师' ? S.consultChief : t === '副主任医师' ? S.consultVice : S.consultGen, date);
}
function outpatient(m, h, dep, dr, date, dx, o = {}) { const c = claim(m, h, dep, dr, o.vt || 'outpatient', [date], dx, o); if (!o.noConsult) consult(c, date); return c; }
function pharmacy(m, h, date, dx) { return claim(m, h, 'pharmacy', doc(h, 'pharmacy'), 'pharmacy', [date], dx); }
// inpatient stay: bed, 诊查, nursing for each day from admission to the day before discharge
function stay(m, h, dep, dr, adm, dis, dx, o = {}) {
  const c = claim(m, h, dep, dr, 'inpatient', [adm, dis], dx, o);
  const n = diff(adm, dis);
  for (let k = 0; k < n; k++) {
    const d = add(adm, k);
    const icu = o.icuDays && k < o.icuDays;
    item(c, icu ? S.bedICU : (o.bed || S.bed3), d);
    item(c, S.ipConsult, d);
    item(c, icu ? S.nurseSp : (o.nurse || S.nurse2), d);
  }
  return c;
}
const days = (c) => { const n = diff(c.admissionDate, c.dischargeDate); return Array.from({ length: n }, (_, k) => add(c.admissionDate, k)); };
function admitLabs(c, d, o = {}) {
  item(c, S.cbc, d); item(c, S.urine, d); item(c, S.liver, d); item(c, S.renal, d); item(c, S.lytes, d); item(c, S.crp, d); item(c, S.venipuncture, d);
  if (o.coag !== false) item(c, S.coag, d);
  if (o.ecg !== false) item(c, S.ecg, d);
  if (o.xr) item(c, S.chestXR, d);
  if (o.preop) { item(c, S.preop8, d); item(c, S.bloodType, d); }
}
function ivDay(c, d, drugs) { // drugs: [[code, qty]...]; one infusion group per drug line + fluids
  let groups = 0;
  for (const [code, q] of drugs) { item(c, code, d, q); groups++; }
  item(c, M.nacl, d, groups);
  item(c, S.ivFirst, d); if (groups > 1) item(c, S.ivMore, d, groups - 1);
  item(c, C.infusionSet, d, Math.min(groups, 4));
}
function diabetesDay(c, d, o = {}) { item(c, S.glucose, d, o.gl || 4); item(c, C.strip, d, o.gl || 4); if (o.insulin) item(c, o.insulin, d, 1); }
function dressing(c, d, size, o = {}) { // one dressing change with its pack and gauze
  item(c, size === 'M' ? S.dressM : S.dressS, d, o.n || 1);
  item(c, C.dressPack, d, o.n || 1);
  if (o.gauze !== 0) item(c, C.gauze, d, o.gauze || 1);
  if (o.adv) item(c, o.adv, d, o.advQty || 1);
}

// ---------- labels ----------
const LABELS = [];
const NAMES = {};
function addCase(kind, code, claims, targets, mut) {
  NAMES[code] = NAMES[code] || '?';
  LABELS.push({ _kind: kind, _code: code, _claims: claims, _targets: targets || claims, _mut: mut || [] });
}

// ================= FRAUD TYPOLOGIES =================
const cities = [
  { hbo: 'CD2', clinic: 'CD1W', l2: 'CD2', l3: 'CD3', p2: 'CD2P', comm: 'CD1C', ph: ['PCD1', 'PCD2', 'PCD3'], region: '510100' },
  { hbo: 'CC1W', clinic: 'CC1W', l2: 'JL2', l3: 'CC3', p2: 'CC2P', comm: 'CC1C', ph: ['PCC1', 'PCC2', 'PCC3'], region: '220100' },
  { hbo: 'QD2', clinic: 'QD1W', l2: 'QD2', l3: 'JN3', p2: 'JN2P', comm: 'JN1C', ph: ['PJN1', 'PJN2', 'PJN3'], region: '370100' },
  { hbo: 'HB2', clinic: 'HB1W', l2: 'HB2', l3: 'HB3', p2: 'HB2P', comm: 'HB1C', ph: ['PHB1', 'PHB2', 'PHB3'], region: '230100' },
];
const city = (i) => cities[i % cities.length];
const smallWounds = ['S61.000x001', 'S01.802', 'S51.800', 'S91.302', 'S61.000x002'];

// T01 换药(中) billed for small wounds (串换/超标准: 大换药 for small wounds)
NAMES.T01 = '换药升级: small sutured wound billed 换药(中) at each follow-up';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 3 === 0 ? ct.l2 : ct.clinic]; const dep = h.level === 1 ? 'wound-care' : (h.depts.includes('wound-care') ? 'wound-care' : 'general-surgery');
  const m = member({ ageMin: 18, ageMax: 65, region: h.region }); const dr = doc(h, dep, i); const dx = [pick(smallWounds)];
  const d0 = startDate(); const claims = []; const mut = [];
  const c0 = outpatient(m, h, dep, dr, d0, dx, { procs: [['86.5900x006', d0]] });
  item(c0, S.debride, d0); item(c0, S.localAnes, d0); item(c0, M.lidocaine, d0); item(c0, C.suture, d0); item(c0, C.dressPack, d0); item(c0, C.gauze, d0);
  claims.push(c0);
  const careful = i >= 8; let d = d0; const nv = ri(3, 5); const targets = [];
  for (let v = 0; v < nv; v++) {
    d = add(d, ri(2, 3));
    const c = outpatient(m, h, dep, dr, d, dx);
    const upc = !careful || v % 2 === 0;
    const l = item(c, upc ? S.dressM : S.dressS, d); item(c, C.dressPack, d); item(c, C.gauze, d);
    if (upc) { mut.push([c, [l]]); targets.push(c); }
    claims.push(c);
  }
  d = add(d, ri(2, 4)); const cz = outpatient(m, h, dep, dr, d, dx); item(cz, S.suturesOut, d); claims.push(cz);
  addCase('fraud', 'T01', claims, targets, mut);
}

// T02 daily 换药 billed while a multi-day dressing stays in place (虚记/虚增)
NAMES.T02 = '换药虚记: daily 换药 billed while the foam/hydrocolloid dressing stays 3-4 days';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l2 : ct.p2]; const dep = 'wound-care';
  const m = member({ ageMin: 55, ageMax: 85, region: h.region });
  const dx = pick([['L89.201', 'I69.300'], ['I83.000', 'I10.x00x002'], ['E11.500x043', 'I10.x00x002'], ['L97.x00'], ['L89.201']]);
  const adm = startDate(); const dis = add(adm, ri(9, 14));
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, dx); admitLabs(c, adm);
  const adv = dx[0] === 'I83.000' ? C.hydrocolloid : C.foam; const every = ri(3, 4); const careful = i >= 8; const lines = [];
  days(c).forEach((d, k) => {
    const change = k % every === 0;
    const l1 = item(c, S.dressM, d);
    if (change) { item(c, C.dressPack, d); item(c, C.gauze, d); item(c, adv, d); }
    else { lines.push(l1); if (careful) { lines.push(item(c, C.dressPack, d)); } }
    if (dx[0].startsWith('E11')) diabetesDay(c, d, { gl: 3, insulin: k % 3 === 0 ? M.insulinH : null });
  });
  if (dx.includes('I10.x00x002')) item(c, M.amlodipine, adm, diff(adm, dis));
  addCase('fraud', 'T02', [c], [c], [[c, lines]]);
}

// T03 清创术 billed at every dressing change (过度诊疗/重复收费)
NAMES.T03 = '清创滥收: 清创术 billed at every dressing visit (or every inpatient day) of a superficial ulcer';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const dep = 'wound-care';
  const m = member({ ageMin: 50, ageMax: 82, region: ct.region });
  const dx = pick([['L97.x00'], ['L89.101'], ['I83.000'], ['E11.504', 'E11.900'], ['L89.101', 'I69.300']]);
  if (i < 10) {
    const h = H[i % 2 ? ct.clinic : ct.l2]; const dr = doc(h, dep, i); let d = startDate(); const claims = []; const mut = [];
    const nv = ri(8, 11);
    for (let v = 0; v < nv; v++) {
      const c = outpatient(m, h, dep, dr, d, dx);
      const l = item(c, S.debride, d); item(c, C.dressPack, d); item(c, C.gauze, d, 2);
      if (v % 3 === 0) item(c, M.lidocaine, d);
      if (v % 2 === 0 && i >= 5) item(c, C.hydrocolloid, d);
      claims.push(c); mut.push([c, [l]]);
      d = add(d, ri(2, 3));
    }
    addCase('fraud', 'T03', claims, claims, mut);
  } else {
    const h = H[ct.p2]; const adm = startDate(); const dis = add(adm, ri(10, 14));
    const c = stay(m, h, dep, doc(h, dep, i), adm, dis, dx, { procs: [['86.2800x012', add(adm, 1)]] }); admitLabs(c, adm);
    const lines = [];
    days(c).forEach((d, k) => { const l = item(c, S.debride, d); if (k !== 1) lines.push(l); item(c, C.dressPack, d); item(c, C.gauze, d, 2); });
    addCase('fraud', 'T03', [c], [c], [[c, lines]]);
  }
}

// DFU inpatient background (labs, antibiotics, insulin) shared by several cases
function dfuBackground(c, o = {}) {
  const ds = days(c); const adm = ds[0];
  admitLabs(c, adm, { xr: true }); item(c, S.hba1c, adm); item(c, S.culture, adm); item(c, S.legDoppler, adm); item(c, S.drLimb, adm);
  if (c._h.level >= 2) item(c, S.pct, adm);
  const abx = c._h.level >= 2 ? [[M.cefoSul, 2], [M.metroInj, 2]] : [[M.cefuroxime, 3], [M.metroInj, 2]];
  const abxDays = Math.min(ds.length, o.abxDays || 10);
  ds.forEach((d, k) => { diabetesDay(c, d, { insulin: k % 3 === 0 ? M.insulinG : null }); if (k < abxDays) ivDay(c, d, abx); });
  if (ds.length > 7) { item(c, S.cbc, ds[7]); item(c, S.crp, ds[7]); item(c, S.culture, ds[7]); }
}

// T04 VSD kits billed more often than changed (虚增耗材)
NAMES.T04 = 'VSD耗材虚增: negative-pressure kits billed daily though the dressing was changed every 5-7 days';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l3 : ct.l2]; const dep = i % 3 === 0 ? 'orthopedics' : 'wound-care';
  const m = member({ ageMin: 40, ageMax: 78, region: h.region });
  const trauma = i % 3 === 0;
  const dx = trauma ? ['S81.800x083', 'W19.x00'] : ['E11.500x043', 'L03.109'];
  const adm = startDate(); const dis = add(adm, ri(15, 20));
  const changes = [1, 1 + ri(5, 7)]; changes.push(changes[1] + ri(5, 7));
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, dx, { procs: changes.filter(k => k < diff(adm, dis)).map(k => ['86.0401', add(adm, k)]) });
  if (trauma) { admitLabs(c, adm, { xr: true }); ds4(c); } else dfuBackground(c);
  const lines = [];
  days(c).forEach((d, k) => {
    if (changes.includes(k)) { item(c, S.vsd, d); item(c, C.vsdKit, d, 1); item(c, C.drainBag, d); if (k === 1) { item(c, S.debride, d); proc(c, '86.2201', d); } }
    else if (k > 1) { lines.push(item(c, C.vsdKit, d, i >= 8 ? 1 : 2)); }
  });
  addCase('fraud', 'T04', [c], [c], [[c, lines]]);
}
function ds4(c) { const ds = days(c); ds.forEach((d, k) => { if (k < 7) ivDay(c, d, [[M.cefuroxime, 2]]); }); item(c, S.drLimb, ds[0]); item(c, M.ibuprofen, ds[0], 2 * Math.min(ds.length, 10)); }

// T05 VSD fee billed per day (分解收费: one application billed as a daily fee)
NAMES.T05 = 'VSD按日收费: 负压封闭引流术 billed every day of one application, kit and procedure only at changes';
for (let i = 0; i < 15; i++) {
  const ct = city(i + 1); const h = H[i % 2 ? ct.l2 : ct.p2]; const dep = 'wound-care';
  const m = member({ ageMin: 45, ageMax: 80, region: h.region });
  const dx = pick([['E11.500x043', 'E11.500x051'], ['L89.301', 'I69.300'], ['E11.700x031']]);
  const adm = startDate(); const dis = add(adm, ri(12, 16));
  const changes = [1, 1 + ri(5, 7)];
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, dx, { procs: changes.map(k => ['86.0401', add(adm, k)]) });
  if (dx[0].startsWith('E11')) dfuBackground(c, { abxDays: 7 }); else { admitLabs(c, adm); days(c).slice(0, 6).forEach(d => ivDay(c, d, [[M.cefuroxime, 3]])); }
  const lines = [];
  days(c).forEach((d, k) => {
    if (k < 1) return;
    const l = item(c, S.vsd, d);
    if (changes.includes(k)) { item(c, C.vsdKit, d, 2); item(c, C.drainBag, d); if (k === 1) { item(c, S.debride, d); proc(c, '86.2201', d); } }
    else lines.push(l);
  });
  addCase('fraud', 'T05', [c], [c], [[c, lines]]);
}

// T06 silver/foam dressings billed, plain gauze used (串换耗材)
NAMES.T06 = '敷料串换: silver-ion / foam dressings billed on clean post-operative or small sutured wounds';
for (let i = 0; i < 15; i++) {
  const ct = city(i + 2); const h = H[i % 3 === 0 ? ct.l2 : ct.clinic]; const dep = 'wound-care';
  const m = member({ ageMin: 20, ageMax: 70, region: h.region }); const dr = doc(h, dep, i);
  const dx = i % 2 ? ['Z48.000x002'] : [pick(smallWounds)];
  let d = startDate(); const claims = []; const mut = []; const nv = ri(3, 5);
  for (let v = 0; v < nv; v++) {
    const c = outpatient(m, h, dep, dr, d, dx);
    item(c, S.dressS, d); item(c, C.dressPack, d);
    const ls = [item(c, C.silver, d, i >= 8 ? 1 : 2)];
    if (i < 8 && v % 2 === 0) ls.push(item(c, C.foam, d, 1));
    mut.push([c, ls]); claims.push(c); d = add(d, ri(2, 3));
  }
  addCase('fraud', 'T06', claims, claims, mut);
}

// T07 burn area / depth coded larger than recorded (高套编码)
NAMES.T07 = '烧伤高套: small partial-thickness burn coded as 30-39% TBSA or third degree; care billed is that of a small burn';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l3 : ct.l2]; const dep = h.depts.includes('burns') ? 'burns' : 'general-surgery';
  const m = member({ ageMin: 18, ageMax: 70, region: h.region });
  const dx = i < 8 ? ['T31.300', pick(['T24.200x003', 'T22.200x002', 'T21.200x021'])] : [pick(['T24.300x003', 'T22.300x002']), 'T31.000'];
  const adm = startDate(); const dis = add(adm, ri(5, 8));
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, dx, { route: 'emergency' }); admitLabs(c, adm);
  days(c).forEach((d, k) => { dressing(c, d, 'S', { gauze: 2 }); if (k < 2) ivDay(c, d, [[M.cefuroxime, 2]]); });
  item(c, M.ibuprofen, adm, 2 * diff(adm, dis)); item(c, M.mupirocin, adm, 1);
  addCase('fraud', 'T07', [c], [c], []);
}

// HBO (高压氧) stand-in: 吸氧 billed by the hour (2 h a session) with procedure 93.9500 高压给氧
function hbo(c, d, sessions = 1) { const l = item(c, S.oxygen, d, 2 * sessions); item(c, C.o2tube, d, 1); proc(c, '93.9500', d); return l; }

// T08 HBO for indications it does not serve (超限定/过度诊疗: 亚健康, cosmetic scars, rehabilitation packages)
NAMES.T08 = '高压氧滥用: HBO courses for 亚健康/fatigue, cosmetic scars or bundled in rehabilitation packages';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 3 === 0 ? ct.p2 : i % 3 === 1 ? 'HB1W' : ct.hbo];
  const m = member({ ageMin: 30, ageMax: 68, region: h.region });
  const kind = i % 3; // 0 亚健康, 1 rehab package, 2 cosmetic scar
  const dx = kind === 0 ? [pick(['R53.x00x010', 'R53.x00x006', 'Z73.000'])] : kind === 1 ? ['I69.300'] : ['L90.500x009'];
  const dep = kind === 1 && h.depts.includes('rehabilitation') ? 'rehabilitation' : 'hyperbaric-oxygen'; const dr = doc(h, dep, i);
  let d = startDate(); const claims = []; const mut = []; const n = ri(8, 12);
  for (let v = 0; v < n; v++) {
    const c = outpatient(m, h, dep, dr, d, dx, { noConsult: v > 0 });
    const l = hbo(c, d);
    if (kind === 1) { item(c, S.hemiplegia, d); if (v === 0) item(c, S.rehabEval, d); }
    claims.push(c); mut.push([c, [l]]);
    d = add(d, (v % 5 === 4) ? 3 : 1);
  }
  addCase('fraud', 'T08', claims, claims, mut);
}

// T09 HBO sessions billed on days the member was an inpatient elsewhere (虚记, cross-claim)
NAMES.T09 = '高压氧虚记: outpatient HBO sessions billed while the member was an inpatient at another hospital';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const hH = H[ct.hbo]; const hI = H[ct.l3];
  const m = member({ ageMin: 50, ageMax: 80, region: ct.region }); const dx = ['E11.500x043', 'E11.900'];
  const drH = doc(hH, 'hyperbaric-oxygen', i);
  let d = startDate('2025-01-06', '2025-09-30'); const claims = []; const targets = [];
  const pre = ri(3, 5);
  for (let v = 0; v < pre; v++) { const c = outpatient(m, hH, 'hyperbaric-oxygen', drH, d, dx, { noConsult: v > 0 }); hbo(c, d); claims.push(c); d = add(d, 1); }
  const adm = add(d, ri(0, 2)); const dis = add(adm, ri(10, 14));
  const ci = stay(m, hI, 'endocrinology', doc(hI, 'endocrinology', i), adm, dis, dx, { procs: [['86.2201', add(adm, 2)]] });
  dfuBackground(ci); item(ci, S.debride, add(adm, 2)); item(ci, S.localAnes, add(adm, 2)); item(ci, M.lidocaine, add(adm, 2));
  days(ci).forEach((dd, k) => { if (k !== 2) dressing(ci, dd, 'M', { gauze: 2, adv: k % 2 ? C.alginate : null }); });
  claims.push(ci);
  const ph = ri(4, 6); let dd = add(adm, 2);
  for (let v = 0; v < ph; v++) { const c = outpatient(m, hH, 'hyperbaric-oxygen', drH, dd, dx, { noConsult: true }); hbo(c, dd); claims.push(c); targets.push(c); dd = add(dd, ri(1, 2)); if (dd >= add(dis, -1)) break; }
  addCase('fraud', 'T09', claims, targets, []);
}

// T10 挂床 at a private wound clinic (bed days with almost no treatment)
NAMES.T10 = '创面门诊挂床: level-1 wound clinic admits a small ulcer 12-20 days, dressing every 3rd day, no treatment otherwise';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[ct.clinic]; const dep = 'wound-care';
  const m = member({ ageMin: 55, ageMax: 85, region: h.region });
  const dx = pick([['L97.x00'], ['L89.101'], ['I83.000'], ['E11.504', 'E11.900']]);
  const adm = startDate(); const dis = add(adm, ri(12, 20));
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, dx, { nurse: S.nurse3 });
  item(c, S.cbc, adm); item(c, S.fbg, adm); item(c, S.venipuncture, adm);
  days(c).forEach((d, k) => { if (k % 3 === 0) dressing(c, d, 'S'); else if (i >= 8) { item(c, S.glucose, d); item(c, C.strip, d); } });
  addCase('fraud', 'T10', [c], [c], []);
}

// T11 分解住院: one burn / DFU episode split into two admissions days apart
NAMES.T11 = '分解住院: staged burn grafting or DFU debridement→VSD split into two admissions 1-5 days apart';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l3 : ct.l2]; const burn = i % 2 === 1;
  const dep = burn ? 'burns' : 'wound-care';
  const m = member({ ageMin: 25, ageMax: 75, region: h.region }); const dr = doc(h, dep, i);
  const dx = burn ? ['T24.300x003', 'T31.100'] : ['E11.500x043', 'L03.109'];
  const a1 = startDate(); const d1 = add(a1, ri(9, 12));
  const c1 = stay(m, h, dep, dr, a1, d1, dx, { route: burn ? 'emergency' : 'outpatient', procs: [[burn ? '86.2202' : '86.2201', add(a1, 2)]] });
  if (burn) { admitLabs(c1, a1, { preop: true }); days(c1).forEach((d, k) => { dressing(c1, d, 'M', { gauze: 3, adv: k % 2 ? C.silver : null }); if (k < 5) ivDay(c1, d, [[M.cefuroxime, 2]]); }); item(c1, S.debride, add(a1, 2)); item(c1, S.ga, add(a1, 2), 2); item(c1, C.surgPack, add(a1, 2)); }
  else { dfuBackground(c1); item(c1, S.debride, add(a1, 2)); days(c1).forEach((d, k) => { if (k !== 2) dressing(c1, d, 'M', { gauze: 2 }); }); }
  const a2 = add(d1, ri(1, 5)); const d2 = add(a2, ri(8, 12));
  const c2 = stay(m, h, dep, dr, a2, d2, dx, { procs: [[burn ? '86.6902' : '86.0401', add(a2, 1)]] });
  admitLabs(c2, a2, { preop: burn });
  if (burn) { item(c2, S.graft, add(a2, 1)); item(c2, S.ga, add(a2, 1), 2); item(c2, C.surgPack, add(a2, 1)); days(c2).forEach((d, k) => { if (k !== 1) dressing(c2, d, 'M', { gauze: 3 }); if (k < 4) ivDay(c2, d, [[M.cefuroxime, 2]]); }); }
  else { item(c2, S.vsd, add(a2, 1)); item(c2, C.vsdKit, add(a2, 1), 2); item(c2, C.drainBag, add(a2, 1)); const ch = add(a2, 7); if (ch < d2) { item(c2, S.vsd, ch); item(c2, C.vsdKit, ch); proc(c2, '86.0401', ch); } days(c2).forEach((d, k) => { diabetesDay(c2, d, { insulin: k % 3 === 0 ? M.insulinG : null }); if (k < 5) ivDay(c2, d, [[M.cefuroxime, 3]]); }); }
  addCase('fraud', 'T11', [c1, c2], [c1, c2], []);
}

// T12 work / traffic injury wound care billed to the fund (工伤、第三方责任)
NAMES.T12 = '工伤/交通伤转嫁医保: work or traffic wounds billed to basic insurance (8 coded with the external cause, 7 not)';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l2 : ct.l3]; const dep = 'orthopedics';
  const m = member({ ageMin: 22, ageMax: 55, gender: chance(0.8) ? 'M' : 'F', scheme: 'employee', region: h.region });
  const inj = pick(['S61.902', 'S61.900x004', 'S81.800x083', 'S91.300x002']);
  const ext = i < 8 ? (inj.startsWith('S61') ? pick(['Y96.x00', 'X59.900x097']) : 'V89.200x091') : null;
  const dx = ext ? [inj, ext] : [inj];
  const adm = startDate(); const dis = add(adm, ri(6, 12));
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, dx, { route: 'emergency', procs: [['86.2201', adm], ['86.5900x006', adm]] });
  admitLabs(c, adm, { preop: true }); item(c, S.drLimb, adm); item(c, S.debride, adm); item(c, S.ga, adm, 1); item(c, C.surgPack, adm); item(c, C.suture, adm, 3);
  days(c).forEach((d, k) => { if (k > 0) dressing(c, d, k < 4 ? 'M' : 'S', { gauze: 2 }); if (k < 4) ivDay(c, d, [[M.cefuroxime, 2]]); });
  item(c, M.ibuprofen, adm, 2 * diff(adm, dis));
  addCase('fraud', 'T12', [c], [c], []);
}

// T13 冒名就医: another person's chronic foot ulcer treated on the member's card, same days as the member's own visits elsewhere
NAMES.T13 = '冒名就医: DFU dressings and insulin on a young member\'s card at a clinic in another city, same days as the member\'s own visits';
for (let i = 0; i < 15; i++) {
  const home = i % 2 ? { h: H.CD3, far: H.MY1W } : i % 3 ? { h: H.JN3, far: H.QD1W } : { h: H.CC3, far: H.HB1W };
  const m = member({ ageMin: 24, ageMax: 40, scheme: 'employee', region: home.h.region });
  const claims = []; const targets = []; let d = startDate('2025-01-06', '2025-09-30');
  const own = outpatient(m, home.h, 'general-practice', doc(home.h, 'general-practice', i), d, [pick(['J06.900', 'J02.900', 'K29.700', 'M54.500'])]);
  item(own, S.cbc, d); item(own, pick([M.amox, M.omeprazole, M.ibuprofen]), d, 12); claims.push(own);
  const drF = doc(home.far, 'wound-care', i); const n = ri(5, 8); let dd = add(d, i % 2 ? 0 : ri(-3, 0));
  for (let v = 0; v < n; v++) {
    const c = outpatient(m, home.far, 'wound-care', drF, dd, ['E11.500x043', 'E11.900']);
    dressing(c, dd, 'M', { gauze: 2, adv: v % 2 ? C.alginate : null }); if (v % 3 === 0) item(c, M.insulinH, dd, 1);
    claims.push(c); targets.push(c);
    if (v === 2) { const own2 = outpatient(m, home.h, 'general-practice', doc(home.h, 'general-practice', i), dd, [own.diagnoses[0].code]); item(own2, S.crp, dd); claims.push(own2); }
    dd = add(dd, ri(2, 4));
  }
  addCase('fraud', 'T13', claims, targets, []);
}

// T14 超量开药/倒卖: silver and foam dressings bought 4 at a time in rotation across pharmacies
NAMES.T14 = '敷料超量/倒卖: silver/foam dressings bought 4 at a time every 2-4 days across three pharmacies';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const m = member({ ageMin: 45, ageMax: 75, region: ct.region });
  const dx = pick([['L97.x00'], ['E11.504'], ['I83.000']]);
  const claims = []; const mut = []; let d = startDate('2025-01-06', '2025-09-15');
  const hv = H[ct.l2]; const v0 = outpatient(m, hv, 'wound-care', doc(hv, 'wound-care', i), d, dx); dressing(v0, d, 'M', { adv: C.foam }); claims.push(v0);
  const n = ri(10, 14);
  for (let v = 0; v < n; v++) {
    d = add(d, ri(2, 4)); const ph = H[ct.ph[v % 3]];
    const c = pharmacy(m, ph, d, dx);
    const ls = [item(c, v % 2 ? C.silver : C.foam, d, i >= 8 ? 3 : 4)];
    if (v % 4 === 0) ls.push(item(c, M.mupirocin, d, 2));
    item(c, C.gauze, d, 2);
    claims.push(c); mut.push([c, ls]);
  }
  addCase('fraud', 'T14', claims, claims.slice(1), mut);
}

// T15 诱导住院: "free diabetic-foot care" admissions of diabetics with intact skin, identical package
NAMES.T15 = '诱导住院: free-transport diabetic-foot "care package" admissions of members without a wound (identical items)';
for (let i = 0; i < 15; i++) {
  const h = H[['CD2P', 'CC2P', 'JN2P'][i % 3]]; const dep = 'endocrinology';
  const m = member({ ageMin: 60, ageMax: 82, region: h.region });
  const wk = ['2025-04-07', '2025-06-09', '2025-09-08'][Math.floor(i / 5)];
  const adm = add(wk, ri(0, 4)); const dis = add(adm, ri(5, 7));
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, ['E11.503', 'I70.203']);
  admitLabs(c, adm); item(c, S.hba1c, adm); item(c, S.legDoppler, adm);
  days(c).forEach((d) => { ivDay(c, d, [[M.alprostadil, 1]]); hbo(c, d); item(c, S.midFreq, d); dressing(c, d, 'S', { gauze: 1 }); diabetesDay(c, d, { gl: 3 }); });
  addCase('fraud', 'T15', [c], [c], []);
}

// ================= CONTROLS =================
// C01 换药(中) for a genuinely medium wound
NAMES.C01 = '中换药属实: venous / pressure / diabetic ulcers 6-10 cm dressed with 换药(中), alginate and compression';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l2 : ct.l3]; const dep = 'wound-care';
  const m = member({ ageMin: 50, ageMax: 85, region: h.region }); const dr = doc(h, dep, i);
  const dx = pick([['I83.000'], ['I83.200x001'], ['L89.201'], ['E11.500x043', 'E11.900']]);
  let d = startDate(); const claims = []; const n = ri(5, 8);
  for (let v = 0; v < n; v++) {
    const c = outpatient(m, h, dep, dr, d, dx);
    dressing(c, d, 'M', { gauze: ri(2, 3), adv: dx[0].startsWith('I83') ? C.alginate : C.foam });
    if (dx[0].startsWith('I83')) item(c, C.bandage, d, 2);
    if (v === 0) { item(c, S.culture, d); if (dx[0].startsWith('I83')) item(c, S.legDoppler, d); }
    claims.push(c); d = add(d, ri(3, 4));
  }
  addCase('control', 'C01', claims);
}
// C02 daily dressings of an infected wound
NAMES.C02 = '感染伤口每日换药: infected surgical / traumatic wound or drained abscess dressed daily (1-2 a day) in hospital';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l2 : ct.l3]; const dep = 'general-surgery';
  const m = member({ ageMin: 25, ageMax: 80, region: h.region });
  const dx = pick([['T81.406'], ['T79.300x001'], ['L02.402', 'E11.900']]);
  const adm = startDate(); const dis = add(adm, ri(7, 11));
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, dx, dx[0] === 'L02.402' ? { procs: [['86.0400x011', adm]] } : {});
  admitLabs(c, adm); item(c, S.culture, adm);
  if (dx[0] === 'L02.402') { item(c, S.abscess, adm); item(c, S.localAnes, adm); item(c, M.lidocaine, adm); }
  days(c).forEach((d, k) => { dressing(c, d, 'M', { n: k < 3 ? 2 : 1, gauze: 3 }); if (k < 6) ivDay(c, d, [[M.cefuroxime, 3]]); if (k === 4) { item(c, S.cbc, d); item(c, S.crp, d); item(c, S.culture, d); } });
  addCase('control', 'C02', [c]);
}
// C03 deep DFU: serial debridement in one stay
NAMES.C03 = '糖尿病足系列清创: deep DFU, 3-4 sharp debridements a week apart in one 18-25 day stay';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l3 : ct.l2]; const dep = i % 2 || !h.depts.includes('endocrinology') ? 'wound-care' : 'endocrinology';
  const m = member({ ageMin: 50, ageMax: 82, region: h.region });
  const adm = startDate(); const dis = add(adm, ri(18, 25));
  const deb = [1, 1 + ri(6, 7)]; deb.push(deb[1] + ri(6, 7)); if (diff(adm, dis) > deb[2] + 6) deb.push(deb[2] + 6);
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, ['E11.700x031', 'L03.109', 'I70.203'], { procs: deb.map(k => ['86.2201', add(adm, k)]) });
  dfuBackground(c, { abxDays: 14 });
  days(c).forEach((d, k) => { if (deb.includes(k)) { item(c, S.debride, d); item(c, S.localAnes, d); item(c, M.lidocaine, d); item(c, C.alginate, d); item(c, C.gauze, d, 2); } else if (k > 0) dressing(c, d, 'M', { gauze: 2, adv: k % 2 ? C.alginate : null }); });
  addCase('control', 'C03', [c]);
}
// C04 outpatient weekly debridement of a DFU, dressing visits between
NAMES.C04 = '门诊每周清创: DFU debrided weekly at a wound clinic, plain dressing visits in between (never both the same day)';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l2 : ct.l3]; const dep = 'wound-care';
  const m = member({ ageMin: 50, ageMax: 80, region: h.region }); const dr = doc(h, dep, i);
  const dx = ['E11.500x043', 'E11.900']; let d = startDate(); const claims = [];
  for (let w = 0; w < ri(5, 6); w++) {
    const c = outpatient(m, h, dep, dr, d, dx); item(c, S.debride, d); item(c, C.dressPack, d); item(c, C.gauze, d, 2); item(c, w % 2 ? C.silver : C.alginate, d); if (w === 0) { item(c, S.culture, d); item(c, S.hba1c, d); }
    claims.push(c);
    const d2 = add(d, 3); const c2 = outpatient(m, h, dep, dr, d2, dx); dressing(c2, d2, 'M', { gauze: 2, adv: C.alginate }); claims.push(c2);
    d = add(d, 7);
  }
  addCase('control', 'C04', claims);
}
// C05 DFU with several VSD changes
NAMES.C05 = 'VSD多次更换属实: DFU / stage IV pressure ulcer, VSD changed every 4-7 days, a kit at each change';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l3 : ct.l2]; const dep = 'wound-care';
  const m = member({ ageMin: 45, ageMax: 82, region: h.region });
  const dfu = i % 3 !== 2; const dx = dfu ? ['E11.500x043', 'E11.500x051'] : ['L89.301', 'I69.300'];
  const adm = startDate(); const dis = add(adm, ri(20, 28));
  const ch = [1]; while (ch[ch.length - 1] + 7 < diff(adm, dis) - 2) ch.push(ch[ch.length - 1] + ri(4, 7));
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, dx, { procs: [['86.2201', add(adm, 1)], ...ch.map(k => ['86.0401', add(adm, k)])] });
  if (dfu) dfuBackground(c, { abxDays: 12 }); else { admitLabs(c, adm); days(c).slice(0, 10).forEach(d => ivDay(c, d, [[M.cefuroxime, 3]])); }
  days(c).forEach((d, k) => { if (ch.includes(k)) { item(c, S.vsd, d); item(c, C.vsdKit, d, k === 1 ? 2 : 1); item(c, C.drainBag, d); if (k === 1) { item(c, S.debride, d); item(c, S.localAnes, d); item(c, M.lidocaine, d); } } });
  addCase('control', 'C05', [c]);
}
// C06 traumatic degloving at home: VSD twice then split-skin graft
NAMES.C06 = '外伤创面VSD+植皮: degloving from a fall at home, two VSD applications then a split-skin graft in one stay';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[ct.l3]; const dep = i % 2 ? 'orthopedics' : 'burns';
  const m = member({ ageMin: 20, ageMax: 80, region: h.region, scheme: i % 2 ? 'resident' : undefined });
  const adm = startDate(); const dis = add(adm, ri(18, 24));
  const g = ri(11, 13);
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, [pick(['S91.300x002', 'S81.800x083']), 'W19.x00'],
    { route: 'emergency', procs: [['86.2201', adm], ['86.0401', adm], ['86.0401', add(adm, 6)], ['86.6902', add(adm, g)]] });
  admitLabs(c, adm, { preop: true, xr: true }); item(c, S.drLimb, adm);
  item(c, S.debride, adm); item(c, S.vsd, adm); item(c, C.vsdKit, adm, 2); item(c, C.drainBag, adm); item(c, S.ga, adm, 2); item(c, C.surgPack, adm);
  item(c, S.vsd, add(adm, 6)); item(c, C.vsdKit, add(adm, 6)); item(c, C.drainBag, add(adm, 6));
  item(c, S.graft, add(adm, g)); item(c, S.ga, add(adm, g), 2); item(c, C.surgPack, add(adm, g)); item(c, C.bandage, add(adm, g), 2);
  days(c).forEach((d, k) => { if (k < 7) ivDay(c, d, [[M.cefuroxime, 3]]); if (k > g + 4) dressing(c, d, 'M', { gauze: 2 }); });
  item(c, M.ibuprofen, adm, 20);
  addCase('control', 'C06', [c]);
}
// C07 silver dressings on infected wounds / partial-thickness burns
NAMES.C07 = '银离子敷料属实: infected traumatic wound, infected DFU or partial-thickness burn, silver dressing every 3 days';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l2 : ct.l3]; const dep = i % 3 === 2 && h.depts.includes('burns') ? 'burns' : 'wound-care';
  const m = member({ ageMin: 18, ageMax: 80, region: h.region }); const dr = doc(h, dep, i);
  const dx = pick([['T79.300x001'], ['E11.500x051', 'E11.900'], ['T24.200x004', 'T31.000']]);
  let d = startDate(); const claims = []; const n = ri(4, 6);
  for (let v = 0; v < n; v++) {
    const c = outpatient(m, h, dep, dr, d, dx); dressing(c, d, 'M', { gauze: 2, adv: C.silver, advQty: ri(1, 2) });
    if (v === 0) { item(c, S.culture, d); item(c, S.cbc, d); item(c, dx[0].startsWith('T24') ? M.cefalexin : M.amoxclav, d, dx[0].startsWith('T24') ? 24 : 21); }
    claims.push(c); d = add(d, 3);
  }
  addCase('control', 'C07', claims);
}
// C08 major burn, staged grafts over weeks in one stay
NAMES.C08 = '大面积烧伤分期植皮: 30-49% TBSA with deep areas, ICU days, albumin, three staged excisions/grafts in one 35-50 day stay';
for (let i = 0; i < 15; i++) {
  const h = H[['CD3', 'CC3', 'HB3', 'JN3'][i % 4]]; const dep = 'burns';
  const m = member({ ageMin: 18, ageMax: 65, region: h.region });
  const adm = startDate('2025-01-06', '2025-09-01'); const dis = add(adm, ri(35, 50));
  const ops = [ri(4, 6), ri(13, 16), ri(23, 27)];
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, ['T29.300x001', pick(['T31.300', 'T31.400']), 'T21.300x042', 'T24.300x003'],
    { route: 'emergency', icuDays: 7, bed: S.bed2, nurse: S.nurse1, procs: [...ops.slice(1).map((k) => ['86.6902', add(adm, k)]), ['86.2202', add(adm, ops[0])]] });
  admitLabs(c, adm, { preop: true, xr: true }); item(c, S.bga, adm, 2); item(c, S.pct, adm);
  days(c).forEach((d, k) => {
    if (k < 3) { item(c, M.ringerLact, d, 6); item(c, M.ringer, d, 4); item(c, S.ivMore, d, 4); item(c, C.infusionSet, d, 2); }
    if (k < 8) item(c, M.albumin, d, k < 3 ? 2 : 1);
    if (k < 14) ivDay(c, d, [[M.pipTazo, 3]]);
    if (k < 7) item(c, M.omeprazoleInj, d, 2);
    if (ops.includes(k)) { item(c, k === ops[0] ? S.debride : S.graft, d); item(c, S.ga, d, 3); item(c, C.surgPack, d, 2); item(c, C.hemostat, d, 2); item(c, S.rbc, d, 2); item(c, S.transfusion, d); item(c, S.crossmatch, d); item(c, C.transfusionSet, d); }
    else dressing(c, d, 'M', { n: k < 20 ? 2 : 1, gauze: k < 20 ? 8 : 4, adv: k % 3 === 0 ? C.silver : null, advQty: 3 });
    if (k > 5 && k < 30) item(c, M.enteral, d, 2);
    if (k > 0 && k % 7 === 0) { item(c, S.cbc, d); item(c, S.lytes, d); item(c, S.liver, d); item(c, S.culture, d); }
  });
  addCase('control', 'C08', [c]);
}
// C09 small but deep burn with graft
NAMES.C09 = '小面积深度烧伤植皮: <10% TBSA third-degree hand/leg burn, escharectomy and graft at a burns centre';
for (let i = 0; i < 15; i++) {
  const h = H[['CD3', 'CC3', 'HB3', 'JN3'][i % 4]]; const dep = 'burns';
  const m = member({ ageMin: 18, ageMax: 75, region: h.region });
  const hand = i % 2 === 0; const adm = startDate(); const dis = add(adm, ri(11, 15)); const op = ri(3, 5);
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, [hand ? 'T23.300' : 'T24.300x003', 'T31.000'], { route: 'emergency', procs: [[hand ? '86.6201' : '86.6902', add(adm, op)], ['86.2202', add(adm, op)]] });
  admitLabs(c, adm, { preop: true });
  days(c).forEach((d, k) => { if (k === op) { item(c, S.debride, d); item(c, S.graft, d); item(c, S.ga, d, 2); item(c, C.surgPack, d); } else dressing(c, d, 'M', { gauze: 3, adv: k < op ? C.silver : null }); if (k < 5) ivDay(c, d, [[M.cefuroxime, 2]]); });
  addCase('control', 'C09', [c]);
}
// C10 CO poisoning: emergency admission with daily HBO
NAMES.C10 = '一氧化碳中毒高压氧: emergency admission, daily HBO sessions for 5-10 days';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l2 : ct.l3]; const dep = h.depts.includes('hyperbaric-oxygen') ? 'hyperbaric-oxygen' : 'emergency';
  const m = member({ ageMin: 20, ageMax: 80, region: h.region });
  const adm = startDate('2025-01-06', '2025-03-20'); const dis = add(adm, ri(5, 10));
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, ['T58.x00'], { route: 'emergency', nurse: S.nurse1 });
  admitLabs(c, adm); item(c, S.bga, adm, 2); item(c, S.cardiacEnz, adm); item(c, S.headCT, adm); item(c, S.ecgMon, adm, 12);
  days(c).forEach((d, k) => { hbo(c, d, k < 2 ? 2 : 1); if (k < 3) ivDay(c, d, [[M.dexa, 1]]); });
  addCase('control', 'C10', [c]);
}
// C11 radiation injury: long outpatient HBO course
NAMES.C11 = '放射性损伤高压氧: radiation cystitis / proctitis / skin ulcer, 15-25 outpatient HBO sessions';
for (let i = 0; i < 15; i++) {
  const h = H[['CD3', 'CC3', 'JN3', 'HB3', 'QD2'][i % 5]];
  const m = member({ ageMin: 40, ageMax: 75, gender: i % 3 === 0 ? 'F' : undefined, region: h.region });
  const dx = m.gender === 'F' && i % 3 === 0 ? ['N30.400', 'Z85.400'] : [pick(['K62.700', 'L58.101']), 'Z92.300'];
  const dr = doc(h, 'hyperbaric-oxygen', i); let d = startDate('2025-01-06', '2025-08-31'); const claims = []; const n = ri(15, 25);
  for (let v = 0; v < n; v++) { const c = outpatient(m, h, 'hyperbaric-oxygen', dr, d, dx, { noConsult: v % 10 !== 0 }); hbo(c, d); if (dx[0] === 'L58.101' && v % 3 === 0) dressing(c, d, 'S', { adv: C.foam }); claims.push(c); d = add(d, v % 5 === 4 ? 3 : 1); }
  addCase('control', 'C11', claims);
}
// C12 sudden deafness outpatient HBO / DFU adjunct HBO in hospital
NAMES.C12 = '高压氧适应证: sudden deafness 10 outpatient sessions, or Wagner 3 DFU with daily HBO during the stay';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[ct.l3];
  if (i % 2 === 0) {
    const m = member({ ageMin: 25, ageMax: 65, region: h.region }); const dx = ['H91.200x001'];
    const c0 = outpatient(m, h, 'otolaryngology', doc(h, 'otolaryngology', i), startDate(), dx); const d0 = c0.visitDate; item(c0, M.prednisone, d0, 40); item(c0, M.vitB, d0, 42);
    const claims = [c0]; let d = add(d0, 1); const dr = doc(h, 'hyperbaric-oxygen', i);
    for (let v = 0; v < 10; v++) { const c = outpatient(m, h, 'hyperbaric-oxygen', dr, d, dx, { noConsult: v > 0 }); hbo(c, d); claims.push(c); d = add(d, v % 5 === 4 ? 3 : 1); }
    addCase('control', 'C12', claims);
  } else {
    const m = member({ ageMin: 50, ageMax: 80, region: h.region });
    const adm = startDate(); const dis = add(adm, ri(14, 20));
    const c = stay(m, h, 'endocrinology', doc(h, 'endocrinology', i), adm, dis, ['E11.500x044', 'E11.500x051', 'I70.203'], { procs: [['86.2201', add(adm, 1)], ['86.2201', add(adm, 8)]] });
    dfuBackground(c, { abxDays: 12 });
    days(c).forEach((d, k) => { if (k === 1 || k === 8) { item(c, S.debride, d); item(c, C.alginate, d); } else if (k > 0) dressing(c, d, 'M', { gauze: 2 }); if (k > 1 && k % 7 !== 6) hbo(c, d); });
    addCase('control', 'C12', [c]);
  }
}
// C13 outpatient HBO course ending the day before an admission elsewhere, resumed after discharge
NAMES.C13 = '高压氧与住院相邻: DFU HBO course stops the day before an admission at another hospital and resumes after discharge';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const hH = H[ct.hbo]; const hI = H[ct.l3];
  const m = member({ ageMin: 50, ageMax: 80, region: ct.region }); const dx = ['E11.500x043', 'E11.900'];
  const drH = doc(hH, 'hyperbaric-oxygen', i); let d = startDate('2025-01-06', '2025-09-15'); const claims = [];
  for (let v = 0; v < ri(5, 8); v++) { const c = outpatient(m, hH, 'hyperbaric-oxygen', drH, d, dx, { noConsult: v > 0 }); hbo(c, d); claims.push(c); d = add(d, 1); }
  const adm = d; const dis = add(adm, ri(8, 12));
  const ci = stay(m, hI, 'endocrinology', doc(hI, 'endocrinology', i), adm, dis, dx, { procs: [['86.2201', add(adm, 1)]] });
  dfuBackground(ci, { abxDays: 8 }); item(ci, S.debride, add(adm, 1)); days(ci).forEach((dd, k) => { if (k > 1) dressing(ci, dd, 'M', { gauze: 2 }); }); claims.push(ci);
  let dd = add(dis, 1);
  for (let v = 0; v < ri(4, 6); v++) { const c = outpatient(m, hH, 'hyperbaric-oxygen', drH, dd, dx, { noConsult: v > 0 }); hbo(c, dd); claims.push(c); dd = add(dd, 1); }
  addCase('control', 'C13', claims);
}
// C14 家庭病床 for a pressure ulcer: home visits twice a week
NAMES.C14 = '家庭病床压疮换药: bedridden stroke patient, home bed 30-45 days, dressing at twice-weekly home visits';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[ct.comm];
  const m = member({ ageMin: 68, ageMax: 92, region: h.region });
  const adm = startDate('2025-01-06', '2025-09-30'); const dis = add(adm, ri(30, 45));
  const c = claim(m, h, 'home-care', doc(h, 'home-care', i), 'inpatient', [adm, dis], [pick(['L89.201', 'L89.101', 'L89.204']), 'I69.300']);
  c.admissionRoute = 'outpatient'; c.dischargeMode = 'ordered';
  item(c, S.homeSetup, adm); item(c, S.cbc, adm); item(c, S.venipuncture, adm);
  days(c).forEach((d, k) => { if (k % 7 === 0 || k % 7 === 3) { item(c, S.homeVisit, d); dressing(c, d, 'M', { gauze: 2, adv: C.foam }); } });
  addCase('control', 'C14', [c]);
}
// C15 stage IV pressure ulcer: long stay with daily care and nutrition
NAMES.C15 = 'IV期压疮长期住院: 20-28 day level-2 stay, daily dressing, two debridements, enteral nutrition, antibiotics';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[ct.l2]; const dep = h.depts.includes('wound-care') ? 'wound-care' : 'general-surgery';
  const m = member({ ageMin: 70, ageMax: 92, region: h.region });
  const adm = startDate(); const dis = add(adm, ri(20, 28)); const deb = [1, ri(9, 12)];
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, ['L89.301', 'I69.300'], { nurse: S.nurse1, procs: deb.map(k => ['86.2201', add(adm, k)]) });
  admitLabs(c, adm, { xr: true }); item(c, S.culture, adm);
  days(c).forEach((d, k) => { if (deb.includes(k)) { item(c, S.debride, d); item(c, C.alginate, d, 2); item(c, C.gauze, d, 3); } else dressing(c, d, 'M', { gauze: 3, adv: k % 3 === 0 ? C.foam : null }); item(c, M.enteral, d, 2); if (k < 10) ivDay(c, d, [[M.cefuroxime, 3]]); if (k % 7 === 6) { item(c, S.cbc, d); item(c, S.lytes, d); } });
  addCase('control', 'C15', [c]);
}
// C16 planned readmission more than 15 days later for a different procedure (with outpatient dressings between)
NAMES.C16 = '计划再入院: DFU infection control then toe amputation, or burn dressing then graft, readmitted 20-35 days later';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[ct.l3]; const burn = i % 3 === 0; const dep = burn ? 'burns' : 'endocrinology';
  const m = member({ ageMin: 30, ageMax: 80, region: h.region }); const dr = doc(h, dep, i);
  const dx = burn ? ['T24.200x004', 'T31.000'] : ['E11.500x044', 'E11.500x051'];
  const a1 = startDate('2025-01-06', '2025-08-31'); const d1 = add(a1, ri(8, 12));
  const c1 = stay(m, h, dep, dr, a1, d1, dx, burn ? { route: 'emergency' } : { procs: [['86.2201', add(a1, 1)]] });
  if (burn) { admitLabs(c1, a1); days(c1).forEach((d, k) => { dressing(c1, d, 'M', { gauze: 3, adv: k % 3 === 0 ? C.silver : null }); if (k < 3) ivDay(c1, d, [[M.cefuroxime, 2]]); }); }
  else { dfuBackground(c1, { abxDays: 9 }); item(c1, S.debride, add(a1, 1)); days(c1).forEach((d, k) => { if (k > 1) dressing(c1, d, 'M', { gauze: 2 }); }); }
  const claims = [c1]; const hw = H[ct.l2]; const drw = doc(hw, 'wound-care', i);
  let d = add(d1, 3); const a2 = add(d1, ri(20, 35));
  while (d < add(a2, -2)) { const co = outpatient(m, hw, 'wound-care', drw, d, [burn ? 'T24.300x003' : 'E11.500x044', ...dx.slice(1)]); dressing(co, d, 'M', { gauze: 2, adv: C.alginate }); claims.push(co); d = add(d, 5); }
  const d2 = add(a2, ri(8, 12));
  const p2 = burn ? '86.6902' : '84.1100';
  const dep2 = burn ? 'burns' : (h.depts.includes('vascular-surgery') ? 'vascular-surgery' : 'orthopedics');
  const c2 = stay(m, h, dep2, burn ? dr : doc(h, dep2, i), a2, d2,
    burn ? ['T24.300x003', 'T31.000'] : ['E11.500x044', 'I70.203'], { procs: [[p2, add(a2, 2)]] });
  admitLabs(c2, a2, { preop: true }); item(c2, burn ? S.graft : S.debride, add(a2, 2)); item(c2, S.ga, add(a2, 2), 2); item(c2, C.surgPack, add(a2, 2));
  days(c2).forEach((dd, k) => { if (k !== 2) dressing(c2, dd, 'M', { gauze: 2 }); if (k < 4) ivDay(c2, dd, [[M.cefuroxime, 2]]); if (!burn) diabetesDay(c2, dd, { gl: 3 }); });
  claims.push(c2);
  addCase('control', 'C16', claims);
}
// C17 injuries at home: falls and kitchen cuts billed to the fund (legitimately)
NAMES.C17 = '居家外伤: kitchen-knife cuts and falls at home (retirees, homemakers), debridement-suture and follow-up dressings';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l2 : ct.l3]; const dep = 'emergency';
  const m = member({ ageMin: 55, ageMax: 88, region: h.region });
  const dx = i % 2 ? ['S61.000x001'] : ['S81.800x083', 'W19.x00'];
  const d0 = startDate(); const c0 = outpatient(m, h, dep, doc(h, dep, i), d0, dx, { procs: [['86.2201', d0], ['86.5900x006', d0]] });
  item(c0, S.debride, d0); item(c0, S.localAnes, d0); item(c0, M.lidocaine, d0); item(c0, C.suture, d0); item(c0, C.dressPack, d0); item(c0, C.gauze, d0, 2);
  const claims = [c0]; const hw = H[ct.l2]; const drw = doc(hw, 'wound-care', i); let d = d0;
  for (let v = 0; v < ri(2, 3); v++) { d = add(d, 3); const c = outpatient(m, hw, 'wound-care', drw, d, dx); dressing(c, d, 'S'); claims.push(c); }
  d = add(d, 4); const cz = outpatient(m, hw, 'wound-care', drw, d, dx); item(cz, S.suturesOut, d); claims.push(cz);
  addCase('control', 'C17', claims);
}
// C18 child scald at home
NAMES.C18 = '儿童居家烫伤: resident children scalded at home (hot liquid), dressing series or a short admission';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[ct.l3]; const dep = h.depts.includes('burns') ? 'burns' : 'general-surgery';
  const m = member({ ageMin: 1, ageMax: 10, scheme: 'resident', region: h.region });
  const dx = [pick(['T24.200x004', 'T22.200x002', 'T21.200x021']), 'T31.000', 'X10.x00'];
  const dr = doc(h, dep, i); const claims = [];
  if (i % 3 === 0) {
    const adm = startDate(); const dis = add(adm, ri(4, 7));
    const c = stay(m, h, dep, dr, adm, dis, dx, { route: 'emergency' }); item(c, S.cbc, adm); item(c, S.crp, adm); item(c, S.venipuncture, adm);
    days(c).forEach((d) => dressing(c, d, 'M', { gauze: 2, adv: C.silver })); claims.push(c);
  } else {
    let d = startDate();
    for (let v = 0; v < ri(4, 6); v++) { const c = outpatient(m, h, dep, dr, d, dx); dressing(c, d, 'M', { gauze: 2, adv: v % 2 ? C.foam : C.silver }); claims.push(c); d = add(d, ri(2, 3)); }
  }
  addCase('control', 'C18', claims);
}
// C19 异地就医: wound care while travelling, follow-up at home, never overlapping
NAMES.C19 = '异地就医: insured in Jilin/Shandong, laceration treated in Chengdu while travelling, follow-up at home days later';
for (let i = 0; i < 15; i++) {
  const homeH = i % 2 ? H.JL2 : H.QD2; const away = i % 3 ? H.CD2 : H.CD3;
  const m = member({ ageMin: 25, ageMax: 70, region: homeH.region }); const dx = [pick(['S61.000x001', 'S81.800x083', 'S91.302'])];
  const d0 = startDate(); const c0 = outpatient(m, away, 'emergency', doc(away, 'emergency', i), d0, dx, { insuredRegion: homeH.region, procs: [['86.5900x006', d0]] });
  item(c0, S.debride, d0); item(c0, S.localAnes, d0); item(c0, M.lidocaine, d0); item(c0, C.suture, d0); item(c0, C.dressPack, d0);
  const c1 = outpatient(m, away, 'wound-care', doc(away, 'wound-care', i), add(d0, 2), dx, { insuredRegion: homeH.region }); dressing(c1, add(d0, 2), 'S');
  const d2 = add(d0, ri(5, 6)); const c2 = outpatient(m, homeH, 'wound-care', doc(homeH, 'wound-care', i), d2, dx); dressing(c2, d2, 'S');
  const d3 = add(d2, ri(3, 4)); const c3 = outpatient(m, homeH, 'wound-care', doc(homeH, 'wound-care', i), d3, dx); item(c3, S.suturesOut, d3);
  addCase('control', 'C19', [c0, c1, c2, c3]);
}
// C20 family members with the same kitchen-fire burns at the same clinic on the same days
NAMES.C20 = '家庭同日同伤: two family members burned in the same kitchen fire, dressed together at one clinic';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l2 : ct.l3]; const dep = 'wound-care';
  const m1 = member({ ageMin: 30, ageMax: 70, gender: 'M', region: h.region }); const m2 = member({ ageMin: 30, ageMax: 70, gender: 'F', region: h.region });
  let d = startDate(); const claims = []; const dx1 = ['T22.200x002', 'T31.000']; const dx2 = [pick(['T23.200', 'T22.200x002']), 'T31.000'];
  for (let v = 0; v < ri(3, 5); v++) {
    const a = outpatient(m1, h, dep, doc(h, dep, i), d, dx1); dressing(a, d, 'M', { gauze: 2, adv: v === 0 ? C.silver : C.foam });
    const b = outpatient(m2, h, dep, doc(h, dep, i), d, dx2); dressing(b, d, 'S', { gauze: 1, adv: v === 0 ? C.silver : null });
    claims.push(a, b); d = add(d, 3);
  }
  addCase('control', 'C20', claims);
}
// C21 home pressure ulcer: a few foam dressings a week from one pharmacy
NAMES.C21 = '压疮居家敷料: foam dressings, two a week from one pharmacy, after a clinic visit';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const m = member({ ageMin: 65, ageMax: 90, region: ct.region }); const dx = [pick(['L89.101', 'L89.201']), 'I69.300'];
  let d = startDate('2025-01-06', '2025-09-15'); const hv = H[ct.comm]; const v0 = outpatient(m, hv, 'general-practice', doc(hv, 'general-practice', i), d, dx); dressing(v0, d, 'S', { adv: C.foam });
  const claims = [v0]; const ph = H[ct.ph[0]];
  for (let w = 0; w < ri(5, 7); w++) { d = add(d, 7); const c = pharmacy(m, ph, d, dx); item(c, C.foam, d, 2); if (w % 2 === 0) item(c, C.gauze, d, 2); claims.push(c); }
  addCase('control', 'C21', claims);
}
// C22 venous ulcer: compression bandages and alginate monthly from a pharmacy, monthly clinic review
NAMES.C22 = '静脉溃疡压迫治疗: monthly clinic review, compression bandages and alginate bought monthly at a pharmacy';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const m = member({ ageMin: 50, ageMax: 80, region: ct.region }); const dx = ['I83.000'];
  let d = startDate('2025-01-06', '2025-08-15'); const hv = H[ct.l2]; const claims = [];
  for (let mo = 0; mo < 3; mo++) {
    const c = outpatient(m, hv, 'wound-care', doc(hv, 'wound-care', i), d, dx); dressing(c, d, 'M', { gauze: 2, adv: C.alginate }); item(c, C.bandage, d, 2); claims.push(c);
    const dp = add(d, 1); const p = pharmacy(m, H[ct.ph[1]], dp, dx); item(p, C.bandage, dp, 4); item(p, C.alginate, dp, 4); claims.push(p);
    d = add(d, ri(28, 31));
  }
  addCase('control', 'C22', claims);
}
// C23 DFU with a real wound: short admission with debridement and IV antibiotics
NAMES.C23 = '糖尿病足短期住院属实: Wagner 2 ulcer with cellulitis, 6-9 days, debridement, culture-led IV antibiotics';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[ct.l2]; const dep = h.depts.includes('endocrinology') ? 'endocrinology' : 'general-surgery';
  const m = member({ ageMin: 55, ageMax: 82, region: h.region });
  const adm = startDate(); const dis = add(adm, ri(6, 9));
  const c = stay(m, h, dep, doc(h, dep, i), adm, dis, ['E11.500x043', 'L03.109'], { procs: [['86.2201', add(adm, 1)]] });
  dfuBackground(c, { abxDays: 7 }); item(c, S.debride, add(adm, 1)); item(c, S.localAnes, add(adm, 1)); item(c, M.lidocaine, add(adm, 1));
  days(c).forEach((d, k) => { if (k !== 1) dressing(c, d, 'M', { gauze: 2, adv: k % 2 ? C.alginate : null }); });
  addCase('control', 'C23', [c]);
}
// C24 diabetic foot screening done as an outpatient
NAMES.C24 = '糖尿病足筛查门诊: HbA1c, lower-limb Doppler and fundus check as outpatient visits, no admission';
for (let i = 0; i < 15; i++) {
  const ct = city(i); const h = H[i % 2 ? ct.l2 : ct.l3]; const dep = h.depts.includes('endocrinology') ? 'endocrinology' : 'general-practice';
  const m = member({ ageMin: 55, ageMax: 80, region: h.region }); const dx = ['E11.900', 'I70.203'];
  const d0 = startDate('2025-01-06', '2025-07-31'); const c0 = outpatient(m, h, dep, doc(h, dep, i), d0, dx);
  item(c0, S.hba1c, d0); item(c0, S.fbg, d0); item(c0, S.legDoppler, d0); item(c0, S.fundus, d0); item(c0, S.venipuncture, d0); item(c0, M.metformin, d0, 90); item(c0, M.aspirin, d0, 30);
  const d1 = add(d0, ri(85, 95)); const c1 = outpatient(m, h, dep, doc(h, dep, i), d1, dx); item(c1, S.hba1c, d1); item(c1, S.venipuncture, d1); item(c1, M.metformin, d1, 90);
  addCase('control', 'C24', [c0, c1]);
}

// ================= ROUTINE =================
NAMES.routine = 'routine single claims';
for (let i = 0; i < 100; i++) {
  const ct = city(i); const k = i % 10; const d = startDate();
  if (k <= 2) { // common outpatient visit
    const h = H[i % 2 ? ct.l2 : ct.comm]; const dep = 'general-practice';
    const m = member({ ageMin: 20, ageMax: 80, region: h.region }); const dx = [pick(['J06.900', 'I10.x00x002', 'K29.700', 'M54.500', 'J02.900'])];
    const c = outpatient(m, h, dep, doc(h, dep, i), d, dx);
    if (dx[0] === 'I10.x00x002') item(c, M.amlodipine, d, 28); else if (dx[0].startsWith('J')) { item(c, M.amox, d, 18); item(c, S.cbc, d); } else if (dx[0] === 'K29.700') item(c, M.omeprazole, d, 14); else item(c, M.ibuprofen, d, 12);
    addCase('routine', 'routine', [c]);
  } else if (k <= 4) { // laceration debridement and suture
    const h = H[i % 2 ? ct.l2 : ct.l3]; const m = member({ ageMin: 5, ageMax: 75, region: h.region }); const dx = [pick(smallWounds)];
    const c = outpatient(m, h, 'emergency', doc(h, 'emergency', i), d, dx, { procs: [['86.5900x006', d]] });
    item(c, S.debride, d); item(c, S.localAnes, d); item(c, M.lidocaine, d); item(c, C.suture, d); item(c, C.dressPack, d); item(c, C.gauze, d);
    addCase('routine', 'routine', [c]);
  } else if (k === 5) { // suture removal or single dressing
    const h = H[i % 2 ? ct.comm : ct.clinic]; const dep = h.depts.includes('wound-care') ? 'wound-care' : 'general-practice';
    const m = member({ ageMin: 18, ageMax: 75, region: h.region }); const c = outpatient(m, h, dep, doc(h, dep, i), d, [pick(['Z48.000x001', 'Z48.000x002'])]);
    if (i % 2) item(c, S.suturesOut, d); else dressing(c, d, 'S');
    addCase('routine', 'routine', [c]);
  } else if (k === 6) { // pharmacy
    const m = member({ ageMin: 30, ageMax: 80, region: ct.region }); const ph = H[ct.ph[i % 3]];
    const c = pharmacy(m, ph, d, [pick(['I10.x00x002', 'L08.900', 'E11.900'])]);
    const dx = c.diagnoses[0].code; if (dx === 'L08.900') { item(c, M.mupirocin, d, 1); item(c, C.gauze, d, 2); } else if (dx === 'E11.900') item(c, M.metformin, d, 90); else item(c, M.amlodipine, d, 30);
    addCase('routine', 'routine', [c]);
  } else if (k === 7) { // abscess incision
    const h = H[ct.l2]; const m = member({ ageMin: 18, ageMax: 70, region: h.region });
    const c = outpatient(m, h, 'general-surgery', doc(h, 'general-surgery', i), d, ['L02.402'], { procs: [['86.0400x011', d]] });
    item(c, S.abscess, d); item(c, S.localAnes, d); item(c, M.lidocaine, d); item(c, C.dressPack, d); item(c, C.gauze, d, 2); item(c, M.cefalexin, d, 24);
    addCase('routine', 'routine', [c]);
  } else if (k === 8) { // cellulitis admission
    const h = H[i % 2 ? ct.l2 : ct.l3]; const dep = 'general-surgery'; const m = member({ ageMin: 30, ageMax: 80, region: h.region });
    const dis = add(d, ri(5, 7)); const c = stay(m, h, dep, doc(h, dep, i), d, dis, ['L03.107']); admitLabs(c, d);
    days(c).forEach((dd) => ivDay(c, dd, [[M.cefuroxime, 3]])); item(c, S.cbc, add(d, 4)); item(c, S.crp, add(d, 4));
    addCase('routine', 'routine', [c]);
  } else { // chronic diabetes visit (门诊慢特病)
    const h = H[ct.l2]; const m = member({ ageMin: 45, ageMax: 80, region: h.region }); m.chronic = ['E11'];
    const dep = h.depts.includes('endocrinology') ? 'endocrinology' : 'general-practice';
    const c = outpatient(m, h, dep, doc(h, dep, i), d, ['E11.900'], { vt: 'chronic', noConsult: true }); item(c, S.fbg, d); item(c, M.metformin, d, 90); item(c, M.glimepiride, d, 30);
    item(c, '001109000010001', d);
    addCase('routine', 'routine', [c]);
  }
}

// ================= settlement order, ids, amounts =================
const settle = (c) => c.dischargeDate || c.visitDate;
ALL.sort((a, b) => (settle(a) < settle(b) ? -1 : settle(a) > settle(b) ? 1 : (a._h.id + a.patient.insuredId).localeCompare(b._h.id + b.patient.insuredId)));
const seqByHosp = {};
for (const c of ALL) { const h = c._h; seqByHosp[h.id] = (seqByHosp[h.id] || 1000 + (parseInt(h.id.slice(-2), 10) * 37) % 500) + 1; c.claimId = `${h.region}-${h.id}-2025-${String(seqByHosp[h.id]).padStart(6, '0')}`; }

const POL = JSON.parse(fs.readFileSync(path.join(CAT, '../benefits/policies.json'), 'utf8'));
function scheme(c) {
  const prov = POL.provinces[(c.insuredRegion || c.region).slice(0, 2)];
  let s = JSON.parse(JSON.stringify(prov.schemes[c.insuranceType]));
  const reg = prov.regions && prov.regions[c.insuredRegion || c.region];
  if (reg && reg.schemes && reg.schemes[c.insuranceType]) { for (const [k, v] of Object.entries(reg.schemes[c.insuranceType])) s[k] = { ...s[k], ...v }; }
  return s;
}
const used = {}; // per member/year: fund used per bucket, deductible paid per bucket, admissions
for (const c of ALL) {
  let total = 0, selfPay = 0;
  for (const it of c.items) {
    const r = ROW[it.code]; total += it._fen;
    if (r.class === '丙') selfPay += it._fen; else if (r.class === '乙') selfPay += Math.round(it._fen * (r.selfPayShare != null ? r.selfPayShare : 0.1));
  }
  const policy = total - selfPay;
  const s = scheme(c); const vt = c.visitType; const bucket = vt === 'pharmacy' ? 'outpatient' : vt;
  const p = s[vt] || s[bucket]; const lvl = String(c.provider.level);
  const key = c.patient.insuredId; const u = used[key] || (used[key] = { fund: {}, ded: {}, adm: 0 });
  let dedFen;
  if (vt === 'inpatient') {
    const base = (typeof p.deductible === 'object' ? p.deductible[lvl] : p.deductible) * 100;
    const share = u.adm > 0 && p.laterAdmissionDeductibleShare != null ? p.laterAdmissionDeductibleShare : 1;
    dedFen = Math.round(base * share); u.adm++;
  } else {
    const yearDed = (typeof p.deductible === 'object' ? p.deductible[lvl] : p.deductible) * 100;
    const paid = u.ded[bucket] || 0; dedFen = Math.max(0, yearDed - paid);
    u.ded[bucket] = paid + Math.min(dedFen, policy);
  }
  let ratio = typeof p.ratio === 'object' ? p.ratio[lvl] : p.ratio;
  if (c.patient.retired && p.retireeRatioBonus) ratio += p.retireeRatioBonus;
  if (p.maxRatio) ratio = Math.min(ratio, p.maxRatio);
  let fund = Math.floor(Math.max(0, policy - dedFen) * ratio);
  const capFen = p.annualFundCap * 100; const usedB = u.fund[bucket] || 0;
  fund = Math.max(0, Math.min(fund, capFen - usedB)); u.fund[bucket] = usedB + fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}

// ---------- grouping (pass 2) ----------
const G = {};
if (GROUPS && fs.existsSync(GROUPS)) {
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) {
    if (!line.trim()) continue; const g = JSON.parse(line);
    const id = g.claimId; const drg = (g.grouping && g.grouping.drg) || g.drg || (g.group && g.group.drg);
    if (id && drg) G[id] = drg;
  }
}
const outClaims = ALL.map((c) => {
  const o = {};
  for (const k of ['claimId', 'region', 'insuredRegion', 'insuranceType', 'visitType', 'patient', 'enrollment', 'provider', 'admissionDate', 'dischargeDate', 'visitDate', 'admissionRoute', 'dischargeMode', 'diagnoses', 'procedures']) if (c[k] !== undefined) o[k] = c[k];
  if (c.visitType === 'inpatient' && G[c.claimId]) o.reportedGroup = { drg: G[c.claimId], dip: null };
  o.items = c.items.map(({ _fen, ...it }) => it);
  o.amounts = c.amounts;
  if (!o.procedures.length) delete o.procedures;
  return o;
});
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), outClaims.map((o) => JSON.stringify(o)).join('\n') + '\n');

const counters = {};
const labels = LABELS.map((l) => {
  counters[l._code] = (counters[l._code] || 0) + 1;
  const caseId = `B87-${l._code}-${String(counters[l._code]).padStart(3, '0')}`;
  const mut = {};
  for (const [c, lines] of l._mut) { const ls = lines.filter(Boolean); if (ls.length) mut[c.claimId] = (mut[c.claimId] || []).concat(ls); }
  const o = { caseId, kind: l._kind, code: l._code, name: NAMES[l._code], claimIds: l._claims.map((c) => c.claimId), targets: l._targets.map((c) => c.claimId), mutatedLines: mut };
  if (l._kind === 'fraud') o.typology = l._code; else if (l._kind === 'control') o.control = l._code;
  return o;
});
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind87: ${outClaims.length} claims, ${labels.length} cases (${labels.filter(l => l.kind === 'fraud').length} fraud, ${labels.filter(l => l.kind === 'control').length} control, ${labels.filter(l => l.kind === 'routine').length} routine)${GROUPS ? `, ${Object.keys(G).length} groups` : ''}`);
