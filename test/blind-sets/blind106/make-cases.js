#!/usr/bin/env node
// blind106 — Traditional Chinese medicine (中医医院、中医科与中医诊所), written anew on the real rows.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson] [--policies policies.json]
// Writes <outdir>/claims.ndjson (settlement order) and <outdir>/labels.json. No dependencies, fixed seed 1060106.
'use strict';
const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
if (!argv[0] || argv[0].startsWith('--')) {
  console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson] [--policies policies.json]');
  process.exit(2);
}
const OUT = path.resolve(argv[0]);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CATDIR = path.resolve(opt('--catalogue', '/work/wt/base105/rules/catalogue'));
const POLFILE = path.resolve(opt('--policies', path.join(CATDIR, '..', 'benefits', 'policies.json')));
const GROUPS = opt('--groups', null);

// ---------------------------------------------------------------- random (fixed seed)
const SEED = 1060106;
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const rnd = mulberry32(SEED);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------------------------------------------------------------- dates
const T = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
const F = (t) => new Date(t).toISOString().slice(0, 10);
const add = (s, n) => F(T(s) + n * 864e5);
const dow = (s) => new Date(T(s)).getUTCDay(); // 0 Sunday
const diff = (a, b) => Math.round((T(b) - T(a)) / 864e5);
const randDate = (a, b) => add(a, ri(0, diff(a, b)));
const weekday = (s) => { let d = s; while (dow(d) === 0 || dow(d) === 6) d = add(d, 1); return d; };
const notSunday = (s) => (dow(s) === 0 ? add(s, 1) : s);
function courseDates(start, n, { gap = 1, weekdaysOnly = true, skipSunday = false } = {}) {
  const out = []; let d = weekdaysOnly ? weekday(start) : (skipSunday ? notSunday(start) : start);
  while (out.length < n) {
    out.push(d);
    d = add(d, gap);
    if (weekdaysOnly) d = weekday(d); else if (skipSunday) d = notSunday(d);
  }
  return out;
}
const range = (a, b) => { const o = []; for (let d = a; d <= b; d = add(d, 1)) o.push(d); return o; }; // inclusive
const nightsOf = (adm, dis) => range(adm, add(dis, -1));

// ---------------------------------------------------------------- catalogue and policies
const CAT = {};
for (const f of fs.readdirSync(CATDIR).filter((x) => /^(services|drugs|consumables).*\.json$/.test(x)).sort()) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f), 'utf8')).rows) if (!CAT[r.code]) CAT[r.code] = r;
}
const POL = JSON.parse(fs.readFileSync(POLFILE, 'utf8'));
const deepMerge = (a, b) => { if (!b || typeof b !== 'object' || Array.isArray(b)) return b === undefined ? a : b; const o = { ...(a || {}) }; for (const k of Object.keys(b)) o[k] = deepMerge(a ? a[k] : undefined, b[k]); return o; };
function policyFor(region) {
  const p = POL.provinces[region.slice(0, 2)];
  if (!p) throw new Error('no policy for ' + region);
  return p.regions && p.regions[region] ? deepMerge(p, p.regions[region]) : p;
}

// ---------------------------------------------------------------- codes (every one a row of the frozen catalogue)
const S = {
  consult: '001102000010001', consultAssoc: '001102000020001', consultChief: '001102000030001', generalFee: '001102000040001',
  inpConsult: '001103000010001', bed3: '001105000010001', bed2: '001105000020001',
  nurse1: '001201000020001', nurse2: '001201000030001', nurse3: '001201000040001',
  ivFirst: '001204000010001', ivAdd: '001204000020001', ivPush: '001204000040001', im: '001204000050001', neb: '001207000010001', oxygen: '001208000010001',
  zhenjiu: '001215000010001', tuina: '001216000010001',
  venipuncture: '001204000080001', cbc: '002501010010001', urine: '002501020010001', stool: '002501030010001',
  lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001', lipids: '002502040010001', fbg: '002502050010001',
  hba1c: '002502050020001', coag: '002502060010001', cardiacEnz: '002502070010001', tnI: '002502070020001', crp: '002502080010001',
  ddimer: '002502100010001', bnp: '002502070030001', ecg: '003107010010001', drChest: '002202040010001', lumbarXR: '002202030010001',
  headCT: '002301010010001', chestCT: '002301010020001', headMRI: '002401010010001', lumbarMRI: '002401010020001',
  carotidUS: '002103010030001', echo: '002103010020001', sputumCx: '002502140020001', bloodGas: '002502090010001',
  acu: '004300000010001', warm: '004300000020001', scalp: '004300000070001', electro: '004300000160001',
  acupoint: '004300000230001', sanfu: '004300000230002', moxa: '004400000010001', cup: '004400000040001',
  guasha: '004500009010001', nieji: '004500009020001', fumigate: '004100000060001', ionto: '004100009010001',
  tractionNeck: '003401000230101', tractionLumbar: '003401000230201', hemiplegia: '003402000070001', adlEval: '003402000100001',
  rehabEval: '001217000010001', chemoPrep: '003310020010001',
};
const H = { // 中药饮片 (by the gram)
  huangqi: 'T001700501', dangshen: 'T001700502', danggui: 'T001700503', baizhu: 'T001700504', gancao: 'T001700505',
  fuling: 'T000600501', chaihu: 'T000100501', danshen: 'T001200501',
  chongcao: 'T001700506', xiyangshen: 'T001700507', lurong: 'T001700508', hongshen: 'T001700509',
};
const M = { // drugs
  ejiao: 'ZA09CAA525F001', lianhua: 'ZA01BAL514A001', banlangen: 'ZA03BAB510A010', fufangDanshenPill: 'ZA12BAF510A007',
  xuesaitongCap: 'ZA12BAX510A001', liuwei: 'ZA09DAL515A007', shuxuetong: 'ZA12BAS513B002', xueshuantong: 'ZA12BAX511B002',
  shenmai: 'ZA09BAC502B002', danshenInj: 'ZA12BAD505B002', xiaoerFeire: 'ZA03AAX508A004',
  ns: 'XB05BBL511B002', glucose: 'XB05BAP505B002', aspirin: 'XB01ACA509A001', atorva: 'XC10AAA511A001', clopidogrel: 'XB01ACL502A001',
  isosorbide: 'XC01DAD501A003', metoprolol: 'XC07ABM503A001', amlodipine: 'XC08CAA512A001', nifedipine: 'XC08CAX503A003',
  metformin: 'XA10BAE503A001', glimepiride: 'XA10BBG501A001', ceftriaxone: 'XJ01DDT504B002', levoInj: 'XJ01MAZ501B002',
  ambroxolInj: 'XR05CBA522B002', ambroxolTab: 'XR05CBA522A001', budesonideNeb: 'XR03BAB508C003', ipratropium: 'XR03BBY508C003',
  symbicort: 'XR03AKB507C003', salbutamol: 'XR03ACS508C003', doxofylline: 'XR03DAD516B002', mannitol: 'XB05BCG505B002',
  dexa: 'XH02ABD515B002', celecoxib: 'XM01AHS505A001', diclofenac: 'XM01ABS506A003', mecobalamin: 'XB03BAJ501A001',
  prednisone: 'XH02ABP507A001', smecta: 'XA07BCM505A006', bifido: 'XA07FAS503A001', omeprazole: 'XA02BCA515A001',
  domperidone: 'XA03FAD507A001', edaravone: 'XN07XXY507B002', cisplatin: 'XL01XAS512B002', paclitaxel: 'XL01CDZ508B002',
  ondansetron: 'XA04AAA524B002', estazolam: 'XN05CDA533A001', loratadine: 'XR06AXL513A001', paracetamolKid: 'XN02BED510A010',
  ibuprofen: 'XM01AEB502A003', valsartan: 'XC09CAX504A001', mosapride: null,
};
const C = { ivSet: 'C14010150100001020350000001', syringe: 'C14010150300001156950000001', ivTape: 'C14010150500001483520000001' };
for (const [k, v] of Object.entries({ ...S, ...H, ...M, ...C })) if (v && !CAT[v]) throw new Error(`catalogue row missing: ${k} ${v}`);

// coded procedure (ICD-9-CM-3 医保版) -> service rows of which one must be billed on its date
const PROC = {
  '17.91100': [S.acu], '17.91110': [S.scalp], '17.912A0': [S.electro], '17.91350': [S.warm], '17.91330': [S.moxa],
  '17.94100': [S.cup], '17.93100': [S.guasha], '17.95150': [S.acupoint], '17.95510': [S.fumigate],
  '17.92650': [S.tuina], '17.92110': [S.tuina], '17.92130': [S.tuina], '17.92500': [S.tuina], '17.92750': [S.nieji],
  '93.2100': [S.tractionLumbar, S.tractionNeck], '88.9303': [S.lumbarMRI], '87.0301': [S.headCT], '88.9101': [S.headMRI],
  '93.3802': [S.hemiplegia], '99.2503': [S.chemoPrep], '93.9401': [S.neb], '87.4101': [S.chestCT],
};
const PROCDICT = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/procedures.json', 'utf8'));
const DXDICT = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/diagnoses.json', 'utf8'));
for (const p of Object.keys(PROC)) if (!PROCDICT[p]) throw new Error('procedure not in dictionary ' + p);

// 饮片 formulas: only the 饮片 the catalogue has (the rest of each classical formula is a catalogue gap, left out)
const FORM = {
  sijunzi: [[H.dangshen, 15], [H.baizhu, 10], [H.fuling, 12], [H.gancao, 6]],           // 四君子汤
  sijunziKid: [[H.dangshen, 6], [H.baizhu, 6], [H.fuling, 6], [H.gancao, 3]],          // 四君子汤 (小儿量)
  xiaoyao: [[H.chaihu, 9], [H.danggui, 10], [H.baizhu, 10], [H.fuling, 12], [H.gancao, 6]], // 逍遥散 (白芍、薄荷、生姜缺)
  buzhong: [[H.huangqi, 15], [H.dangshen, 15], [H.baizhu, 10], [H.danggui, 10], [H.chaihu, 6], [H.gancao, 6]], // 补中益气汤 (陈皮、升麻缺)
  danggui_buxue: [[H.huangqi, 30], [H.danggui, 6]],                                    // 当归补血汤
  buyang: [[H.huangqi, 60], [H.danggui, 6]],                                           // 补阳还五汤 (赤芍、川芎、桃仁、红花、地龙缺)
  yiqiHuoxue: [[H.huangqi, 20], [H.danggui, 10], [H.danshen, 15], [H.gancao, 6]],      // 益气活血 (腰腿痛、胸痹加减)
  danshenYin: [[H.danshen, 15], [H.gancao, 6]],                                        // 丹参饮 (檀香、砂仁缺)
  shenlingCopd: [[H.huangqi, 20], [H.dangshen, 15], [H.baizhu, 10], [H.fuling, 15], [H.gancao, 6]], // 补肺健脾 (六君子加黄芪; 陈皮、半夏缺)
  xunxi: [[H.danggui, 20], [H.danshen, 30]],                                           // 外用熏洗方 (伸筋草、透骨草、红花缺)
};

// ---------------------------------------------------------------- institutions and doctors
const DEPTS = ['tcm-internal', 'acupuncture', 'tuina', 'tcm-orthopaedics', 'tcm-paediatrics', 'tcm-gynaecology', 'encephalopathy',
  'tcm-pulmonary', 'tcm-cardiology', 'tcm-oncology', 'rehabilitation', 'tcm-day-ward', 'tcm', 'neurology', 'respiratory',
  'cardiology', 'general-practice', 'pharmacy', 'tcm-preventive'];
const INST = {};
for (const [key, id, level, kind, note] of [
  ['CD_T3', 'H51010061', 3, 'hospital', '成都 三级甲等中医医院'],
  ['CD_T2', 'H51010062', 2, 'hospital', '成都 区中医医院（二级）'],
  ['CD_G3', 'H51010063', 3, 'hospital', '成都 三级综合医院（设中医科）'],
  ['CD_C1', 'H51010064', 1, 'community', '成都 社区卫生服务中心（中医馆）'],
  ['CD_P1', 'H51010065', 1, 'clinic', '成都 民营中医馆（中医门诊部）'],
  ['CD_PH', 'P51010066', 1, 'pharmacy', '成都 定点零售药店'],
  ['CD_PV', 'H51010067', 1, 'hospital', '成都 民营中医医院（一级）'],
  ['MY_T2', 'H51070061', 2, 'hospital', '绵阳 县中医医院（二级）'],
  ['MY_P1', 'H51070062', 1, 'clinic', '绵阳 民营中医诊所'],
  ['JN_T3', 'H37010061', 3, 'hospital', '济南 三级甲等中医医院'],
  ['JN_T2', 'H37010062', 2, 'hospital', '济南 区中医医院（二级）'],
  ['JN_C1', 'H37010063', 1, 'community', '济南 社区卫生服务中心'],
  ['JN_P1', 'H37010064', 1, 'clinic', '济南 民营中医门诊部'],
  ['JN_PH', 'P37010065', 1, 'pharmacy', '济南 定点零售药店'],
  ['JN_G3', 'H37010066', 3, 'hospital', '济南 三级综合医院'],
  ['JN_PV', 'H37010067', 2, 'hospital', '济南 民营中医医院（二级）'],
  ['CC_T3', 'H22010061', 3, 'hospital', '长春 三级甲等中医医院'],
  ['CC_T2', 'H22010062', 2, 'hospital', '长春 县中医医院（二级）'],
  ['CC_C1', 'H22010063', 1, 'community', '长春 社区卫生服务中心'],
  ['CC_P1', 'H22010064', 1, 'clinic', '长春 中医诊所'],
  ['CC_PH', 'P22010065', 1, 'pharmacy', '长春 定点零售药店'],
  ['CC_G3', 'H22010066', 3, 'hospital', '长春 三级综合医院'],
]) INST[key] = { key, id, level, kind, note, region: id.slice(1, 7) };
const REGION_INST = (region, kinds) => Object.values(INST).filter((x) => x.region === region && (!kinds || kinds.includes(x.key.slice(3))));
function doctor(inst, dept, k) {
  const d = String(DEPTS.indexOf(dept)).padStart(2, '0');
  if (d === '-1') throw new Error('dept ' + dept);
  const title = inst.kind === 'hospital' && inst.level >= 2 ? (k === 0 ? 'chief' : k === 1 ? 'associate' : 'attending') : 'attending';
  return { id: `D${inst.id.slice(1)}${d}${k}`, title, dept };
}

// ---------------------------------------------------------------- members
let memberSeq = 0;
function member({ age, gender, scheme, region, chronic = null, insuredRegion = null, ageRef = '2025-07-01' }) {
  memberSeq++;
  gender = gender || (chance(0.5) ? 'M' : 'F');
  scheme = scheme || (age >= 18 && chance(0.55) ? 'employee' : 'resident');
  if (age < 16) scheme = 'resident';
  const birth = add(`${+ageRef.slice(0, 4) - age}-${ageRef.slice(5)}`, -ri(1, 360));
  const retired = scheme === 'employee' && age >= (gender === 'M' ? 60 : 55);
  let contributionYears = 0; let continuousYears;
  if (scheme === 'employee') {
    contributionYears = retired ? (gender === 'M' ? ri(31, 40) : ri(26, 35)) : Math.max(1, Math.min(age - 21, ri(3, 30)));
    continuousYears = Math.min(contributionYears, ri(8, 25));
  } else continuousYears = Math.max(1, Math.min(age, ri(3, 16)));
  const enrolledOn = scheme === 'employee' ? `${2025 - continuousYears}-0${ri(1, 9)}-01` : add('2024-09-01', ri(0, 100));
  const enrollment = {
    enrolledOn, inConcentratedPeriod: true, continuousYears, lapsedYears: 0, backPaidYears: 0,
    zeroClaimLastYear: false, contributionYears: scheme === 'employee' ? contributionYears : continuousYears, special: null,
  };
  if (chronic) enrollment.chronicDiseases = chronic;
  return { insuredId: `P106${String(memberSeq).padStart(6, '0')}`, gender, birthDate: birth, scheme, retired, enrollment,
    region, insuredRegion: insuredRegion || region };
}
const ageOn = (birth, date) => { let a = +date.slice(0, 4) - +birth.slice(0, 4); if (date.slice(5) < birth.slice(5)) a--; return a; };

// ---------------------------------------------------------------- claims
let claimSeq = 0;
const CLAIMS = [];
function newClaim(m, inst, doc, visitType, dates, dx) {
  claimSeq++;
  for (const d of dx) if (!DXDICT[d]) throw new Error('diagnosis not in dictionary ' + d);
  const c = {
    claimId: `${inst.region}-${inst.id}-2025-${String(claimSeq).padStart(6, '0')}`,
    region: inst.region,
    insuranceType: m.scheme,
    visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: m.enrollment,
    provider: { hospitalId: inst.id, level: inst.level, department: doc.dept, doctorId: doc.id },
    ...dates,
    diagnoses: dx.map((code, i) => (i === 0 ? { code, principal: true } : { code })),
    items: [],
    _seq: claimSeq, _inst: inst, _m: m, _proc: [],
  };
  if (m.insuredRegion !== inst.region) c.insuredRegion = m.insuredRegion;
  CLAIMS.push(c);
  return c;
}
function L(c, code, date, qty, o = {}) {
  const r = CAT[code];
  if (!r) throw new Error('no row ' + code);
  if (!(qty > 0)) throw new Error('qty ' + code + ' ' + qty);
  const price = o.price != null ? o.price : r.priceCap[String(c.provider.level)];
  const pf = Math.round(price * 100);
  const qm = Math.round(qty * 1000);
  if (qm % 10 !== 0 && (qm * pf) % 1000 !== 0 && Math.abs(qty * pf - Math.round(qty * pf)) > 1e-6) { /* amount rounded to fen */ }
  const amountFen = Math.round(qty * pf);
  const it = { lineId: String(c.items.length + 1), code, name: r.name, category: r.category, date, quantity: qty, unitPrice: pf / 100, amount: amountFen / 100 };
  if (o.long) it.longPrescription = true;
  Object.defineProperty(it, '_fen', { value: amountFen, enumerable: false });
  Object.defineProperty(it, '_mut', { value: !!o.mut, enumerable: false, writable: true });
  Object.defineProperty(it, '_ok', { value: !!(o.mut || o.breachOk), enumerable: false });
  c.items.push(it);
  return it;
}
function consult(c, date, doc) {
  const inst = c._inst;
  if (inst.kind === 'community') return L(c, S.generalFee, date, 1);
  if (inst.kind === 'pharmacy') return null;
  if (inst.level >= 2 && doc.title === 'chief') return L(c, S.consultChief, date, 1);
  if (inst.level >= 2 && doc.title === 'associate') return L(c, S.consultAssoc, date, 1);
  return L(c, S.consult, date, 1);
}
function opVisit(m, inst, doc, date, dx, o = {}) {
  const c = newClaim(m, inst, doc, o.visitType || 'outpatient', { visitDate: date }, dx);
  if (o.consult !== false) consult(c, date, doc);
  return c;
}
function stay(m, inst, doc, adm, dis, dx, o = {}) {
  const c = newClaim(m, inst, doc, 'inpatient', { admissionDate: adm, dischargeDate: dis }, dx);
  c.admissionRoute = o.route || 'outpatient';
  c.dischargeMode = o.mode || 'ordered';
  if (o.transferFrom) c.transferFromHospitalId = o.transferFrom;
  c.reportedGroup = { drg: null, dip: null };
  return c;
}
function proc(c, code, date) { c._proc.push({ code, date }); }
function herbs(c, date, formula, ji, o = {}) {
  const lines = [];
  for (const [code, g] of formula) lines.push(L(c, code, date, Math.round(g * (o.scale || 1)) * ji, o));
  return lines;
}
// ward routine: bed, nursing and 住院诊查费 per night (not the discharge day)
function wardNights(c, o = {}) {
  const bed = o.bed || S.bed3; const nurse = o.nurse || S.nurse2;
  const out = {};
  for (const d of nightsOf(c.admissionDate, c.dischargeDate)) {
    if (o.skip && o.skip.includes(d)) continue;
    out[d] = [L(c, bed, d, 1, o.lineOpt ? o.lineOpt(d) : {}), L(c, nurse, d, 1, o.lineOpt ? o.lineOpt(d) : {}), L(c, S.inpConsult, d, 1, o.lineOpt ? o.lineOpt(d) : {})];
  }
  return out;
}
function admitWorkup(c, d, extra = []) {
  for (const code of [S.venipuncture, S.cbc, S.urine, S.stool, S.lft, S.rft, S.lytes, S.fbg, S.lipids, S.ecg, S.drChest, ...extra]) L(c, code, d, 1);
}
function labsRecheck(c, d, set = [S.cbc, S.lft, S.rft, S.lytes]) { L(c, S.venipuncture, d, 1); for (const x of set) L(c, x, d, 1); }
// an infusion day: each drug is a group with its carrier bottle; the day's infusion service and set
function iv(c, d, drugs, o = {}) {
  const lines = [];
  for (const [code, q, carrier] of drugs) { lines.push(L(c, code, d, q, o.drugOpt || {})); L(c, carrier || M.ns, d, 1); }
  L(c, S.ivFirst, d, 1); if (drugs.length > 1) L(c, S.ivAdd, d, drugs.length - 1); L(c, C.ivSet, d, 1); L(c, C.ivTape, d, 1);
  return lines;
}

// ---------------------------------------------------------------- validation against each row's formal limits
function validate(c) {
  const dx = c.diagnoses.map((d) => d.code);
  const fail = (it, why) => { if (!it._ok) throw new Error(`${c.claimId} line ${it.lineId} ${it.code} ${it.name}: ${why}`); };
  const per = {}; const days = {};
  for (const it of c.items) {
    const r = CAT[it.code];
    if (c.visitType === 'inpatient') { if (it.date < c.admissionDate || it.date > c.dischargeDate) throw new Error(`${c.claimId} line ${it.lineId} outside stay`); }
    else if (it.date !== c.visitDate) throw new Error(`${c.claimId} line ${it.lineId} not on visit date`);
    if (r.setting === 'inpatient' && c.visitType !== 'inpatient') fail(it, 'setting inpatient');
    if (r.setting === 'outpatient' && c.visitType === 'inpatient') fail(it, 'setting outpatient');
    if (r.minLevel && c.provider.level < r.minLevel) fail(it, 'minLevel');
    if (r.gender && c.patient.gender !== r.gender) fail(it, 'gender');
    const age = ageOn(c.patient.birthDate, it.date);
    if (r.ageMin != null && age < r.ageMin) fail(it, 'ageMin');
    if (r.ageMax != null && age > r.ageMax) fail(it, 'ageMax');
    if (r.indications && (!r.indicationsFrom || it.date >= r.indicationsFrom) && !dx.some((d) => r.indications.some((p) => d.startsWith(p)))) fail(it, 'indications');
    if (Math.round(it.unitPrice * 100) > Math.round(r.priceCap[String(c.provider.level)] * 100)) fail(it, 'price above cap');
    const k = it.code + '|' + it.date; (per[k] = per[k] || []).push(it);
    (days[it.code] = days[it.code] || new Set()).add(it.date);
  }
  for (const [k, its] of Object.entries(per)) {
    const r = CAT[its[0].code];
    const q = its.reduce((a, x) => a + x.quantity, 0);
    if (r.maxPerDay != null && q > r.maxPerDay + 1e-9) for (const it of its) fail(it, `maxPerDay ${q} > ${r.maxPerDay}`);
  }
  for (const [code, set] of Object.entries(days)) {
    const r = CAT[code];
    if (r.maxDays != null && set.size > r.maxDays) {
      const late = [...set].sort().slice(r.maxDays);
      for (const it of c.items) if (it.code === code && late.includes(it.date)) fail(it, `maxDays ${set.size} > ${r.maxDays}`);
    }
  }
  for (const it of c.items) {
    const r = CAT[it.code];
    for (const other of [...(r.includes || []), ...(r.excludes || [])]) {
      for (const o2 of per[other + '|' + it.date] || []) if (!it._ok && !o2._ok) throw new Error(`${c.claimId} ${it.code} with ${o2.code} on ${it.date}`);
    }
  }
  for (const p of c._proc) {
    if (!PROCDICT[p.code]) throw new Error('procedure ' + p.code);
    if (!c.items.some((it) => it.date === p.date && PROC[p.code].includes(it.code))) throw new Error(`${c.claimId} procedure ${p.code} on ${p.date} has no billed service`);
  }
}

// ---------------------------------------------------------------- settlement: totals, policy amounts, fund (policies.json)
function settle() {
  const byDate = (c) => c.dischargeDate || c.visitDate;
  CLAIMS.sort((a, b) => (byDate(a) < byDate(b) ? -1 : byDate(a) > byDate(b) ? 1 : a._seq - b._seq));
  const led = {};
  for (const c of CLAIMS) {
    validate(c);
    const m = c._m; const P = policyFor(m.insuredRegion);
    const share = P.yiSelfPayShare;
    let total = 0; let policy = 0;
    for (const it of c.items) {
      const r = CAT[it.code]; total += it._fen;
      if (r.class === '甲') policy += it._fen;
      else if (r.class === '乙') policy += it._fen - Math.round(it._fen * share[it.category]);
    }
    const sch = P.schemes[m.scheme][c.visitType];
    const lv = String(c.provider.level);
    let ratio = typeof sch.ratio === 'object' ? sch.ratio[lv] : sch.ratio;
    if (m.retired) ratio += sch.retireeRatioBonus || 0;
    if (sch.maxRatio) ratio = Math.min(ratio, sch.maxRatio);
    const L0 = led[m.insuredId] = led[m.insuredId] || { inpN: 0, pools: {} };
    const pool = L0.pools[c.visitType] = L0.pools[c.visitType] || { policy: m.scheme === 'employee' && c.visitType !== 'inpatient' ? 100000 : 0, fund: 0 };
    let base;
    if (c.visitType === 'inpatient') {
      let ded = (typeof sch.deductible === 'object' ? sch.deductible[lv] : sch.deductible) * 100;
      if (L0.inpN > 0 && sch.laterAdmissionDeductibleShare) ded = Math.round(ded * sch.laterAdmissionDeductibleShare);
      base = Math.max(0, policy - ded); L0.inpN++;
    } else {
      const ded = (typeof sch.deductible === 'object' ? sch.deductible[lv] : sch.deductible) * 100;
      base = Math.max(0, policy - Math.max(0, ded - pool.policy)); pool.policy += policy;
    }
    let fund = Math.round(base * ratio);
    fund = Math.max(0, Math.min(fund, sch.annualFundCap * 100 - pool.fund));
    pool.fund += fund;
    c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  }
}

// ---------------------------------------------------------------- cases
const CASES = [];
function addCase(kind, code, name, claims, o = {}) {
  const list = claims.filter(Boolean);
  const targets = kind === 'fraud' ? (o.targets || list).map((c) => c.claimId) : list.map((c) => c.claimId);
  if (!targets.length) throw new Error('no targets ' + code);
  let mutatedLines = {};
  if (kind === 'fraud' && !o.claimLevel) {
    for (const c of (o.targets || list)) {
      const ids = c.items.filter((it) => it._mut).map((it) => it.lineId);
      if (!ids.length) throw new Error(`fraud ${code} target ${c.claimId} has no mutated line`);
      mutatedLines[c.claimId] = ids;
    }
  }
  if (kind === 'fraud' && o.claimLevel) for (const c of list) for (const it of c.items) it._mut = false;
  CASES.push({ kind, code, name, claimIds: list.map((c) => c.claimId), targets, mutatedLines, typology: code,
    variant: o.variant || (kind === 'fraud' ? 'overt' : kind), _claims: list });
}

// shared pickers
const OA_SITES = ['M54.502', 'M47.802', 'M51.202', 'M54.200', 'M75.001', 'M17.900x004', 'M54.505'];
function regionOf(i) { return ['510100', '370100', '220100'][i % 3]; }
function instIn(region, keys) { const r = { 510100: 'CD', 370100: 'JN', 220100: 'CC', 510700: 'MY' }[region]; return keys.map((k) => INST[`${r}_${k}`]).filter(Boolean); }
function therapyDept(dx) { return /^M5[14]|^M47/.test(dx) ? 'tuina' : 'acupuncture'; }

// ============================================================ FRAUD TYPOLOGIES
const NAMES = {
  T01: '针刺重复收费（普通针刺/针灸与电针、温针同一针刺操作多项计费）',
  T02: '穴位数、罐数、部位数虚增（超标准计量）',
  T03: '同日拆单重复计费针刺推拿（超日次）',
  T04: '住院期间虚记门诊中医治疗（患者未到场）',
  T05: '中医治疗与诊断不符（体检、减肥及无痛症用定向透药等）',
  T06: '中药饮片超剂量、超疗程开具',
  T07: '贵细药材串换为普通饮片结算（党参、黄芪代西洋参、鹿茸、红参）',
  T08: '中药注射剂超限定支付范围（级别、适应症、疗程）',
  T09: '滋补保健膏方按疾病治疗纳入医保',
  T10: '冬病夏治三伏贴预防保健串换为穴位贴敷治疗（乙类）',
  T11: '中医病房挂床住院',
  T12: '中医病房低标准入院',
  T13: '低价理疗串换为中医外治项目（灸法、熏洗、定向透药）',
  T14: '冒用他人医保凭证就医（人证不符）',
  T15: '免费理疗诱导拉人头、卡到人不到的虚假就诊',
  C01: '脑卒中恢复期住院每日针刺推拿康复疗程',
  C02: '周围性面瘫（贝尔面瘫）门诊每日针刺灸法疗程',
  C03: '小儿泄泻推拿治疗',
  C04: '小儿厌食捏脊疗程配合小儿量饮片',
  C05: '慢阻肺急性加重中西医结合住院',
  C06: '急性脑梗死二级中医院疏血通/血栓通限内使用联合针刺',
  C07: '慢性病长疗程中药饮片定期复诊',
  C08: '冠心病心绞痛二级病房丹参注射液限内使用',
  C09: '肺癌化疗期间参麦注射液（限内）',
  C10: '支气管哮喘三伏穴位贴敷治疗联合吸入药物（治疗性）',
  C11: '中医日间病房疗程（颈腰椎病）',
  C12: '腰椎间盘突出伴坐骨神经痛多穴电针疗程',
  C13: '中风后遗症头针加体针同日治疗',
  C14: '寒湿腰痛针刺、灸法、拔罐同日治疗',
  C15: '双膝骨关节炎中药熏洗加双部位定向透药',
  C16: '出院次日起门诊针灸续治（与住院不重叠）',
  C17: '异地居住参保人门诊中医疗程（异地就医）',
  C18: '贵细药材按丙类自费如实记账',
  C19: '外感、中暑刮痧拔罐治疗',
  C20: '三伏贴预防按自费项目如实记账',
  C21: '原发性痛经穴位贴敷加灸法',
  C22: '腰椎间盘突出症急性期中医住院（完整评估与综合治疗）',
  C23: '补阳还五汤大剂量黄芪（中风后遗症气虚血瘀）',
  C24: '社区老年膝骨关节炎每周中医治疗',
  R: '常规诊疗（同机构日常中医、西医门诊、慢病、药店与住院）',
};

// T01 — 同一针刺操作多项计费
function T01(i) {
  const careful = i % 3 === 2; const region = regionOf(i);
  const inst = pick(instIn(region, ['T2', 'T3', 'P1', 'C1']));
  const dx = pick(OA_SITES);
  const m = member({ age: ri(35, 76), region });
  const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'acupuncture', ri(0, 2));
  const n = ri(6, 10); const dates = courseDates(randDate('2025-02-10', '2025-11-20'), n, { gap: pick([1, 2]) });
  const claims = []; const targets = [];
  dates.forEach((d, k) => {
    const c = opVisit(m, inst, doc, d, [dx], { consult: k === 0 || k === 5 });
    L(c, S.electro, d, ri(2, 3));
    if (k % 2 === 0) L(c, S.cup, d, ri(1, 2));
    let mut = false;
    if (!careful) {
      L(c, S.acu, d, 1, { mut: true }); mut = true;
      if (i % 3 === 0) L(c, S.warm, d, 1, { mut: true });
    } else if (k % 5 !== 1 && k % 5 !== 3) { L(c, S.zhenjiu, d, 1, { mut: true }); mut = true; }
    claims.push(c); if (mut) targets.push(c);
  });
  addCase('fraud', 'T01', NAMES.T01, claims, { targets, variant: careful ? 'careful' : 'overt' });
}

// T02 — 计量虚增 for a single small site
function T02(i) {
  const careful = i % 3 === 2; const region = regionOf(i);
  const inst = pick(instIn(region, ['P1', 'C1', 'T2']));
  const dx = pick(['M77.101', 'S93.401', 'M54.200', 'M25.502', 'M79.101']);
  const m = member({ age: ri(25, 70), region });
  const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'acupuncture', ri(1, 2));
  const dates = courseDates(randDate('2025-01-10', '2025-11-25'), ri(5, 7), { gap: 1, weekdaysOnly: inst.kind !== 'clinic' });
  const claims = dates.map((d, k) => {
    const c = opVisit(m, inst, doc, d, [dx], { consult: k === 0 });
    if (careful) {
      L(c, S.electro, d, ri(5, 6), { mut: true }); L(c, S.cup, d, 4, { mut: true });
      L(c, S.acupoint, d, ri(8, 10), { mut: true }); L(c, S.ionto, d, 3, { mut: true });
    } else {
      const e = pick([6, 8]);
      L(c, S.electro, d, e, { mut: true }); L(c, S.cup, d, pick([5, 6]), { mut: true });
      L(c, S.acupoint, d, e === 6 ? 12 : pick([10, 12]), { mut: true }); L(c, S.ionto, d, pick([3, 4]), { mut: true });
    }
    return c;
  });
  addCase('fraud', 'T02', NAMES.T02, claims, { variant: careful ? 'careful' : 'overt' });
}

// T03 — 同日拆单
function T03(i) {
  const careful = i % 3 === 2; const region = regionOf(i);
  const m = member({ age: ri(40, 78), region });
  const dx = pick(['M54.502', 'M47.802', 'M54.505', 'M75.001']);
  const claims = []; const targets = [];
  const days = courseDates(randDate('2025-02-01', '2025-11-20'), careful ? ri(4, 5) : ri(3, 4), { gap: careful ? ri(3, 5) : 2, weekdaysOnly: false, skipSunday: true });
  if (!careful) {
    const inst = pick(instIn(region, ['P1', 'T2']));
    const docs = [doctor(inst, 'acupuncture', 1), doctor(inst, 'tuina', 2), doctor(inst, 'acupuncture', 2)];
    const perDay = i % 3 === 0 ? 3 : 2;
    days.forEach((d, k) => {
      for (let j = 0; j < perDay; j++) {
        const c = opVisit(m, inst, docs[j], d, [dx], { consult: k === 0 && j === 0 });
        L(c, S.acu, d, 1, { mut: j > 0 }); L(c, S.tuina, d, 1, { mut: j > 0 });
        if (j === 0) L(c, S.cup, d, 1);
        claims.push(c); if (j > 0) targets.push(c);
      }
    });
  } else {
    const comm = instIn(region, ['C1'])[0]; const priv = instIn(region, ['P1'])[0];
    const dc = doctor(comm, 'general-practice', ri(0, 2)); const dp = doctor(priv, 'acupuncture', ri(0, 2));
    days.forEach((d, k) => {
      const a = opVisit(m, comm, dc, d, [dx]); L(a, S.acu, d, 1); L(a, S.cup, d, 1);
      const b = opVisit(m, priv, dp, d, [dx], { consult: k === 0 }); L(b, S.acu, d, 1, { mut: true }); L(b, S.tuina, d, 1, { mut: true });
      claims.push(a, b); targets.push(b);
    });
  }
  addCase('fraud', 'T03', NAMES.T03, claims, { targets, variant: careful ? 'careful' : 'overt' });
}

// genuine general-hospital stays (pneumonia, stroke, heart failure): used by T04, T14 and C16
function generalStay(m, region, kind, adm, o = {}) {
  const inst = instIn(region, ['G3'])[0];
  if (kind === 'pneumonia') {
    const dis = add(adm, ri(7, 9)); const doc = doctor(inst, 'respiratory', ri(0, 2));
    const c = stay(m, inst, doc, adm, dis, ['J18.900', ...(o.extraDx || [])], { route: pick(['outpatient', 'emergency']), mode: o.mode });
    wardNights(c); admitWorkup(c, adm, [S.crp, S.chestCT, S.sputumCx]); proc(c, '87.4101', adm);
    for (const d of nightsOf(adm, dis)) iv(c, d, [[M.ceftriaxone, 2], [M.ambroxolInj, 2]]);
    labsRecheck(c, add(adm, 4), [S.cbc, S.crp]);
    L(c, M.ambroxolTab, add(dis, 0), 21);
    return c;
  }
  if (kind === 'stroke') {
    const dis = add(adm, ri(10, 12)); const doc = doctor(inst, 'neurology', ri(0, 2));
    const c = stay(m, inst, doc, adm, dis, ['I63.900', 'I10.x05', ...(o.extraDx || [])], { route: 'emergency', mode: o.mode || 'ordered' });
    wardNights(c, { nurse: S.nurse1 }); admitWorkup(c, adm, [S.coag, S.hba1c, S.headCT]); proc(c, '87.0301', adm);
    L(c, S.headMRI, add(adm, 1), 1); proc(c, '88.9101', add(adm, 1)); L(c, S.carotidUS, add(adm, 2), 1);
    for (const d of nightsOf(adm, dis).slice(0, 10)) iv(c, d, [[M.edaravone, 2]]);
    L(c, M.aspirin, adm, 14); L(c, M.atorva, adm, 14); L(c, M.amlodipine, add(adm, 2), 14);
    L(c, M.aspirin, add(adm, 7), 14); L(c, M.atorva, add(adm, 7), 14);
    labsRecheck(c, add(adm, 6));
    return c;
  }
  // heart failure
  const dis = add(adm, ri(7, 9)); const doc = doctor(inst, 'cardiology', ri(0, 2));
  const c = stay(m, inst, doc, adm, dis, ['I50.900x018', 'I10.x05', ...(o.extraDx || [])], { route: 'emergency', mode: o.mode });
  wardNights(c, { nurse: S.nurse1 }); admitWorkup(c, adm, [S.bnp, S.echo, S.tnI]);
  for (const d of nightsOf(adm, dis).slice(0, 5)) { L(c, 'XC03CAF503B002', d, 2); L(c, S.ivPush, d, 1); L(c, C.syringe, d, 1); }
  L(c, M.metoprolol, add(adm, 1), 28); L(c, 'XC03DAL505A001', add(adm, 1), 28); L(c, 'XC03CAF503A001', add(adm, 5), 14);
  L(c, S.oxygen, adm, 12); L(c, S.oxygen, add(adm, 1), 12);
  labsRecheck(c, add(adm, 4), [S.lytes, S.rft]);
  return c;
}

// T04 — 住院期间虚记门诊中医治疗
function T04(i) {
  const careful = i % 3 === 2; const region = regionOf(i);
  const m = member({ age: ri(56, 82), region });
  const adm = randDate('2025-02-15', '2025-11-15');
  const s = generalStay(m, region, pick(['pneumonia', 'stroke', 'heartfailure']), adm);
  const clinic = pick(instIn(region, ['P1', 'C1']));
  const doc = doctor(clinic, clinic.kind === 'community' ? 'general-practice' : 'tuina', ri(0, 2));
  const dx = pick(['M54.502', 'M47.802', 'M17.900x004', 'M75.001']);
  const inside = range(add(adm, 1), add(s.dischargeDate, -1));
  let dates;
  if (!careful) { const k0 = ri(0, 2); dates = inside.filter((d, k) => k >= k0 && (k - k0) % 2 === 0).slice(0, ri(4, 6)); }
  else { dates = courseDates(add(adm, -ri(9, 12)), ri(9, 11), { gap: 2, weekdaysOnly: false, skipSunday: true }); }
  const claims = [s]; const targets = [];
  dates.forEach((d, k) => {
    const c = opVisit(m, clinic, doc, d, [dx], { consult: k === 0 });
    L(c, S.acu, d, 1); L(c, S.tuina, d, 1); if (k % 2 === 0) L(c, S.cup, d, ri(1, 2));
    claims.push(c); if (d >= adm && d < s.dischargeDate && d > adm) targets.push(c);
  });
  if (!targets.length) throw new Error('T04 no overlap');
  addCase('fraud', 'T04', NAMES.T04, claims, { targets, claimLevel: true, variant: careful ? 'careful' : 'overt' });
}

// T05 — 中医治疗与诊断不符
function T05(i) {
  const careful = i % 3 === 2; const region = regionOf(i);
  const claims = [];
  if (!careful) {
    const obesity = i % 2 === 0;
    const m = member({ age: obesity ? ri(22, 45) : ri(30, 60), region, scheme: 'employee', gender: obesity ? pick(['F', 'F', 'M']) : undefined });
    const inst = pick(instIn(region, ['P1', 'T2', 'C1']));
    const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'acupuncture', ri(1, 2));
    const dx = obesity ? pick(['E66.900x001', 'E66.900']) : pick(['Z00.001', 'Z00.000']);
    courseDates(randDate('2025-03-01', '2025-11-20'), ri(4, 6), { gap: 2, weekdaysOnly: inst.kind !== 'clinic' }).forEach((d, k) => {
      const c = opVisit(m, inst, doc, d, [dx], { consult: k === 0 });
      L(c, S.electro, d, ri(3, 4), { mut: true }); L(c, S.cup, d, 2, { mut: true });
      if (!obesity) L(c, S.acupoint, d, 4, { mut: true });
      claims.push(c);
    });
  } else {
    const dx = pick(['I10.x09', 'E11.900']);
    const m = member({ age: ri(55, 78), region, chronic: [dx.slice(0, 3)] });
    const inst = pick(instIn(region, ['T2', 'T3']));
    const doc = doctor(inst, 'tcm-internal', ri(0, 2));
    courseDates(randDate('2025-03-01', '2025-11-20'), ri(4, 6), { gap: 3 }).forEach((d, k) => {
      const c = opVisit(m, inst, doc, d, [dx], { visitType: 'chronic', consult: k === 0 || k === 3 });
      if (k === 0) { if (dx === 'E11.900') L(c, M.metformin, d, 84); else L(c, M.amlodipine, d, 28); }
      L(c, S.ionto, d, ri(2, 3), { mut: true });
      claims.push(c);
    });
  }
  addCase('fraud', 'T05', NAMES.T05, claims, { variant: careful ? 'careful' : 'overt' });
}

// T06 — 饮片超剂量、超疗程
function T06(i) {
  const careful = i % 3 === 2; const region = regionOf(i);
  const dx = pick(['K29.500', 'G47.000x001', 'K30.x00', 'K29.300']);
  const m = member({ age: ri(30, 72), region });
  const inst = pick(instIn(region, ['T2', 'T3', 'P1']));
  const doc = doctor(inst, 'tcm-internal', ri(0, 2));
  const form = dx.startsWith('G47') ? FORM.xiaoyao : pick([FORM.sijunzi, FORM.xiaoyao, FORM.buzhong]);
  const claims = []; const targets = [];
  if (!careful) {
    courseDates(randDate('2025-01-10', '2025-10-20'), 3, { gap: 14 }).forEach((d) => {
      const c = opVisit(m, inst, doc, d, [dx]);
      herbs(c, d, form, 30, { scale: 3, mut: true });
      claims.push(c); targets.push(c);
    });
  } else {
    courseDates(randDate('2025-01-10', '2025-10-20'), 5, { gap: pick([7, 8]) }).forEach((d, k) => {
      const c = opVisit(m, inst, doc, d, [dx]);
      herbs(c, d, form, 28, { mut: k > 0 });
      claims.push(c); if (k > 0) targets.push(c);
    });
  }
  addCase('fraud', 'T06', NAMES.T06, claims, { targets, variant: careful ? 'careful' : 'overt' });
}

// T07 — 贵细药材串换
function T07(i) {
  const careful = i % 3 === 2; const region = regionOf(i);
  const m = member({ age: ri(45, 78), region });
  const claims = [];
  if (!careful) {
    const inst = pick(instIn(region, ['P1', 'T2']));
    const doc = doctor(inst, 'tcm-internal', ri(0, 2));
    const dx = pick(['R53.x00x006', 'K29.500', 'G47.000x001', 'N18.300']);
    const [code, price] = pick([[H.dangshen, 1.5], [H.dangshen, 2], [H.huangqi, 2]]); // the 西洋参 / 红参 price on the 党参 / 黄芪 code
    courseDates(randDate('2025-01-10', '2025-10-10'), ri(2, 3), { gap: ri(28, 35) }).forEach((d) => {
      const c = opVisit(m, inst, doc, d, [dx]);
      herbs(c, d, [[H.baizhu, 10], [H.fuling, 12], [H.gancao, 6]], 14);
      L(c, code, d, pick([150, 200, 250]), { price, mut: true });
      claims.push(c);
    });
  } else {
    const ph = instIn(region, ['PH'])[0];
    const doc = doctor(ph, 'pharmacy', 0);
    const dx = pick(['R53.x00x006', 'K29.500', 'N18.300']);
    courseDates(randDate('2025-01-10', '2025-10-10'), 3, { gap: ri(28, 31), weekdaysOnly: false }).forEach((d) => {
      const c = newClaim(m, ph, doc, 'pharmacy', { visitDate: d }, [dx]);
      L(c, H.dangshen, d, pick([800, 1000, 1200]), { mut: true });
      if (chance(0.5)) L(c, H.gancao, d, 42);
      claims.push(c);
    });
  }
  addCase('fraud', 'T07', NAMES.T07, claims, { variant: careful ? 'careful' : 'overt' });
}

// TCM ward: a 中医 ward's ordinary stay (used by fraud, controls and routine alike)
function tcmWardDay(c, d, therapies, o = {}) { for (const [code, q] of therapies) L(c, code, d, q, o); }

// T08 — 中药注射剂超限
function T08(i) {
  const region = regionOf(i);
  const kinds = ['level1', 'level1', 'level1', 'shuxuetong', 'shuxuetong', 'shuxuetong', 'shenmai', 'shenmai', 'maxdays', 'maxdays', 'sec', 'sec', 'sec', 'sec', 'sec'];
  const kind = kinds[i]; const careful = kind === 'sec';
  const claims = [];
  if (kind === 'level1') {
    const m = member({ age: ri(60, 80), region });
    const inst = instIn(region, ['C1'])[0]; const doc = doctor(inst, 'general-practice', ri(0, 2));
    courseDates(randDate('2025-02-01', '2025-11-20'), 5, { gap: 1, weekdaysOnly: false }).forEach((d, k) => {
      const c = opVisit(m, inst, doc, d, ['I25.103'], { consult: k === 0 });
      iv(c, d, [[M.danshenInj, 4, M.glucose]], { drugOpt: { mut: true } });
      if (k === 0) { L(c, M.aspirin, d, 28); L(c, M.atorva, d, 28); }
      claims.push(c);
    });
  } else {
    const inst = pick(instIn(region, ['T2'])); const m = member({ age: ri(50, 80), region });
    const dept = { shuxuetong: 'tcm-orthopaedics', shenmai: 'tcm-internal', maxdays: 'encephalopathy', sec: pick(['tcm-orthopaedics', 'tuina']) }[kind];
    const doc = doctor(inst, dept, ri(0, 2));
    const dx = { shuxuetong: ['M51.202'], shenmai: ['R53.x00x006', 'K29.500'], maxdays: ['I63.900', 'I10.x05'], sec: [pick(['M51.202', 'M47.802', 'M54.502']), 'I25.103'] }[kind];
    const adm = randDate('2025-02-01', '2025-11-25');
    const nN = kind === 'maxdays' ? ri(19, 21) : ri(10, 12);
    const dis = add(adm, nN);
    const c = stay(m, inst, doc, adm, dis, dx, { route: kind === 'maxdays' ? 'emergency' : 'outpatient' });
    wardNights(c); admitWorkup(c, adm, kind === 'maxdays' ? [S.coag, S.headCT] : []);
    if (kind === 'maxdays') proc(c, '87.0301', adm);
    const nights = nightsOf(adm, dis);
    const secDrug = i % 2 === 0 ? [M.danshenInj, 4, M.glucose] : [M.xueshuantong, 2];
    nights.forEach((d, k) => {
      if (kind === 'shuxuetong' && k < 10) iv(c, d, [[M.shuxuetong, 3]], { drugOpt: { mut: true } });
      if (kind === 'shenmai' && k < 10) iv(c, d, [[M.shenmai, 4, M.glucose]], { drugOpt: { mut: true } });
      if (kind === 'maxdays' && k < 18) iv(c, d, [[M.xueshuantong, 2]], { drugOpt: { mut: k >= 14 } });
      if (kind === 'sec' && k < 8) iv(c, d, [secDrug], { drugOpt: { mut: true } });
      if (k >= 1 && dow(d) !== 0) {
        if (kind === 'maxdays') tcmWardDay(c, d, [[S.acu, 1]]);
        else if (kind !== 'shenmai') tcmWardDay(c, d, [[S.electro, 2], [S.tuina, 1]]);
        else tcmWardDay(c, d, [[S.moxa, 1]]);
      }
    });
    const first = nights.find((d, k) => k >= 1 && dow(d) !== 0);
    if (kind === 'maxdays') { proc(c, '17.91100', first); L(c, M.aspirin, adm, 14); L(c, M.atorva, adm, 14); L(c, M.aspirin, add(adm, 14), 7); }
    else if (kind !== 'shenmai') { proc(c, '17.912A0', first); proc(c, '17.92650', first); }
    else proc(c, '17.91330', first);
    herbs(c, add(adm, 1), kind === 'shenmai' ? FORM.buzhong : FORM.yiqiHuoxue, 7);
    labsRecheck(c, add(adm, 7));
    claims.push(c);
  }
  addCase('fraud', 'T08', NAMES.T08, claims, { variant: careful ? 'careful' : 'overt' });
}

// T09 — 滋补膏方
function T09(i) {
  const careful = i % 3 === 2; const region = regionOf(i);
  const m = member({ age: ri(32, 62), region, scheme: 'employee' });
  const inst = pick(instIn(region, careful ? ['T2', 'P1'] : ['T3', 'T2']));
  const doc = doctor(inst, 'tcm-internal', careful ? ri(0, 2) : 0);
  const dx = careful ? pick(['R53.x00x010', 'G47.000x001', 'R53.x00x006']) : pick(['Z00.001', 'Z00.000']);
  const d = weekday(randDate('2025-11-10', '2025-12-26'));
  const c = opVisit(m, inst, doc, d, [dx]);
  const s = careful ? 1 : 1.5;
  for (const [code, g] of [[H.huangqi, 300], [H.dangshen, 300], [H.danggui, 200], [H.baizhu, 200], [H.fuling, 250], [H.gancao, 100], [H.danshen, 200]]) L(c, code, d, Math.round(g * s), { mut: true });
  L(c, M.ejiao, d, careful ? 1 : 2);
  L(c, H.xiyangshen, d, careful ? 30 : 60);
  if (!careful && chance(0.5)) L(c, H.lurong, d, 10);
  addCase('fraud', 'T09', NAMES.T09, [c], { variant: careful ? 'careful' : 'overt' });
}

// 三伏 2025: 初伏 07-20, 中伏 07-30, 末伏 08-09 (夏至三庚; 立秋后第一庚), 加强 07-10 / 08-19
const FU = ['2025-07-20', '2025-07-30', '2025-08-09'];
// T10 — 三伏贴预防保健按乙类穴位贴敷治疗结算
function T10(i) {
  const careful = i % 3 === 2; const region = regionOf(i);
  const kid = i % 2 === 0;
  const m = member({ age: kid ? ri(4, 12) : ri(30, 66), region });
  const inst = pick(instIn(region, ['C1', 'T2', 'T3']));
  const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : (kid ? 'tcm-paediatrics' : 'tcm-preventive'), ri(1, 2));
  const dx = careful ? (kid ? pick(['J45.900x023', 'J30.400']) : pick(['J45.900x023', 'J30.400', 'J31.000'])) : pick(['Z29.800', 'Z00.001', 'Z29.900']);
  const dates = [...FU]; if (chance(0.4)) dates.push('2025-08-19');
  const claims = dates.map((d, k) => { const c = opVisit(m, inst, doc, d, [dx], { consult: k === 0 }); L(c, S.acupoint, d, kid ? 4 : 6, { mut: true }); return c; });
  addCase('fraud', 'T10', NAMES.T10, claims, { variant: careful ? 'careful' : 'overt' });
}

// T11 — 挂床
function T11(i) {
  const careful = i % 3 === 2; const region = regionOf(i);
  const m = member({ age: ri(50, 80), region });
  const inst = pick(instIn(region, ['T2', 'PV']));
  const doc = doctor(inst, pick(['tcm-orthopaedics', 'tuina', 'acupuncture']), ri(0, 2));
  const dx = pick(['M54.502', 'M47.802', 'M51.202', 'M54.505']);
  const adm = randDate('2025-02-01', '2025-11-20'); const dis = add(adm, careful ? ri(10, 12) : ri(12, 14));
  const nights = nightsOf(adm, dis);
  const treatDays = careful ? nights.filter((d, k) => k >= 1 && dow(d) !== 0) : nights.filter((d, k) => k >= 1 && k <= 3);
  const c = stay(m, inst, doc, adm, dis, [dx]);
  wardNights(c, { lineOpt: careful ? null : (d) => ({ mut: !treatDays.includes(d) && d !== adm }) });
  admitWorkup(c, adm);
  for (const d of treatDays) tcmWardDay(c, d, [[S.electro, 2], [S.tuina, 1], [S.cup, 1]]);
  proc(c, '17.912A0', treatDays[0]); proc(c, '17.92500', treatDays[0]);
  herbs(c, add(adm, 1), FORM.yiqiHuoxue, 7);
  const claims = [c];
  if (careful) {
    // the member's card settles elsewhere during the stay: a community chronic-care visit and a pharmacy purchase
    const comm = instIn(region, ['C1'])[0]; const ph = instIn(region, ['PH'])[0];
    m.enrollment.chronicDiseases = ['I10'];
    const d1 = nights[ri(3, 5)]; const d2 = nights[ri(6, 8)];
    const a = opVisit(m, comm, doctor(comm, 'general-practice', 0), d1, ['I10.x09'], { visitType: 'chronic' }); L(a, M.amlodipine, d1, 28);
    const b = newClaim(m, ph, doctor(ph, 'pharmacy', 0), 'pharmacy', { visitDate: d2 }, ['K29.500']); L(b, M.omeprazole, d2, 28);
    claims.push(a, b);
  }
  addCase('fraud', 'T11', NAMES.T11, claims, { targets: [c], claimLevel: careful, variant: careful ? 'careful' : 'overt' });
}

// T12 — 低标准入院
function T12(i) {
  const careful = i % 3 === 2; const region = regionOf(i);
  const m = member({ age: ri(35, 75), region });
  const inst = pick(instIn(region, ['PV', 'T2']));
  const adm = randDate('2025-01-10', '2025-12-10');
  let c;
  if (!careful) {
    const kind = ['cold', 'insomnia', 'gastritis'][i % 3 === 0 ? 0 : (i % 2) + 1];
    const dx = { cold: 'J06.900', insomnia: 'G47.000x001', gastritis: 'K29.500' }[kind];
    const dis = add(adm, ri(3, 5));
    c = stay(m, inst, doctor(inst, 'tcm-internal', ri(0, 2)), adm, dis, [dx]);
    wardNights(c); admitWorkup(c, adm);
    const nights = nightsOf(adm, dis);
    nights.forEach((d) => {
      if (kind === 'cold') tcmWardDay(c, d, [[S.guasha, 1], [S.cup, 1]]);
      if (kind === 'insomnia') tcmWardDay(c, d, [[S.acu, 1]]);
      if (kind === 'gastritis') tcmWardDay(c, d, [[S.moxa, 1], [S.acupoint, 2]]);
    });
    proc(c, { cold: '17.93100', insomnia: '17.91100', gastritis: '17.91330' }[kind], adm);
    if (kind === 'cold') { L(c, M.banlangen, adm, 9); herbs(c, adm, [[H.chaihu, 9], [H.gancao, 6]], 3); }
    if (kind === 'insomnia') { herbs(c, adm, FORM.xiaoyao, nights.length); L(c, M.estazolam, add(adm, 1), 3); }
    if (kind === 'gastritis') { herbs(c, adm, FORM.sijunzi, nights.length); L(c, M.omeprazole, adm, 14); }
  } else {
    const dx = pick(['M54.505', 'M54.200']);
    const dis = add(adm, ri(6, 7));
    c = stay(m, inst, doctor(inst, dx === 'M54.200' ? 'acupuncture' : 'tuina', ri(0, 2)), adm, dis, [dx]);
    wardNights(c); admitWorkup(c, adm, [S.lumbarXR]);
    const nights = nightsOf(adm, dis);
    nights.forEach((d) => tcmWardDay(c, d, [[S.electro, 2], [S.tuina, 1], [S.cup, 1], [S.fumigate, 1]]));
    proc(c, '17.912A0', adm); proc(c, '17.92500', adm); proc(c, '17.95510', adm);
    herbs(c, adm, FORM.xunxi, nights.length); herbs(c, add(adm, 1), FORM.yiqiHuoxue, 5);
  }
  addCase('fraud', 'T12', NAMES.T12, [c], { claimLevel: true, variant: careful ? 'careful' : 'overt' });
}

// T13 — 串换: the clinic's TDP/红外 lamp and a hot pack billed as 灸法, 中药熏洗 and 中药定向透药
function T13(i) {
  const careful = i % 3 === 2; const region = regionOf(i);
  const m = member({ age: ri(40, 78), region });
  const inst = pick(instIn(region, ['P1', 'C1']));
  const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'acupuncture', ri(0, 2));
  const dx = pick(['M54.502', 'M47.802', 'M17.900x004', 'M75.001']);
  const claims = courseDates(randDate('2025-01-15', '2025-11-20'), ri(6, 10), { gap: pick([1, 2]), weekdaysOnly: inst.kind !== 'clinic' }).map((d, k) => {
    const c = opVisit(m, inst, doc, d, [dx], { consult: k === 0 });
    L(c, S.acu, d, 1);
    if (!careful) { L(c, S.moxa, d, 1, { mut: true }); L(c, S.fumigate, d, 1, { mut: true }); L(c, S.ionto, d, ri(2, 3), { mut: true }); }
    else {
      if (k === 0) herbs(c, d, FORM.xunxi, 1);
      L(c, S.moxa, d, 1, { mut: true }); if (k % 2 === 0) L(c, S.fumigate, d, 1, { mut: true }); else L(c, S.ionto, d, 1, { mut: true });
    }
    return c;
  });
  addCase('fraud', 'T13', NAMES.T13, claims, { variant: careful ? 'careful' : 'overt' });
}

// T14 — 冒用医保凭证
function T14(i) {
  const kind = ['gender', 'age', 'distance'][i % 3]; const careful = kind === 'distance';
  const region = regionOf(i);
  const claims = []; let targets = [];
  if (kind === 'gender') {
    const m = member({ age: ri(28, 50), region, gender: 'M', scheme: 'employee' });
    const inst = pick(instIn(region, ['T2', 'T3', 'P1']));
    const doc = doctor(inst, 'tcm-gynaecology', ri(0, 2));
    courseDates(randDate('2025-01-15', '2025-11-20'), ri(2, 3), { gap: ri(27, 30) }).forEach((d) => {
      const c = opVisit(m, inst, doc, d, ['N94.600']);
      L(c, S.acupoint, d, 4); L(c, S.moxa, d, 1); herbs(c, d, FORM.xiaoyao, 7);
      claims.push(c);
    });
    targets = claims;
  } else if (kind === 'age') {
    const m = member({ age: ri(62, 78), region, scheme: 'resident' });
    const inst = pick(instIn(region, ['T2', 'C1', 'P1']));
    const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'tcm-paediatrics', ri(0, 2));
    const dx = pick(['K52.919', 'R63.000']);
    courseDates(randDate('2025-01-15', '2025-11-20'), 3, { gap: 1, weekdaysOnly: false }).forEach((d) => {
      const c = opVisit(m, inst, doc, d, [dx]);
      L(c, S.tuina, d, 1); L(c, S.nieji, d, 1, { breachOk: true });
      claims.push(c);
    });
    targets = claims;
  } else {
    // a Jinan/Changchun member's card used the same days at a Chengdu 中医馆 while the member is seen at home
    const home = i % 2 === 0 ? '370100' : '220100';
    const m = member({ age: ri(60, 76), region: home, insuredRegion: home, chronic: ['I10'] });
    const comm = instIn(home, ['C1'])[0];
    const far = pick([INST.CD_P1, INST.MY_P1]);
    const dfar = doctor(far, 'tuina', ri(0, 2));
    courseDates(randDate('2025-02-01', '2025-10-15'), 3, { gap: ri(25, 32) }).forEach((d, k) => {
      const a = opVisit(m, comm, doctor(comm, 'general-practice', ri(0, 2)), d, ['I10.x09'], { visitType: 'chronic' }); L(a, M.amlodipine, d, 28);
      const b = opVisit(m, far, dfar, d, ['M54.502']); L(b, S.acu, d, 1); L(b, S.tuina, d, 1); L(b, S.cup, d, 2);
      claims.push(a, b); targets.push(b);
    });
  }
  addCase('fraud', 'T14', NAMES.T14, claims, { targets, claimLevel: true, variant: careful ? 'careful' : 'overt' });
}

// T15 — recruitment at a Jinan private 中医门诊部 (batches every 12 days, the Shanghai 逸养/三针堂 pattern)
const T15_DAYS = courseDates('2025-04-07', 6, { gap: 12, weekdaysOnly: false });
function T15(i) {
  const careful = i % 3 === 2;
  const inst = INST.JN_P1;
  const m = member({ age: ri(65, 82), region: '370100', scheme: chance(0.5) ? 'resident' : 'employee' });
  const docs = [doctor(inst, 'tcm-preventive', 1), doctor(inst, 'tcm-preventive', 2), doctor(inst, 'tuina', 1)];
  const dx = careful ? pick(['M54.502', 'M17.900x003', 'M47.802']) : 'M54.502';
  const claims = T15_DAYS.map((d0, k) => {
    const d = careful ? add(d0, ri(0, 1)) : d0;
    const c = opVisit(m, inst, careful ? pick(docs) : docs[0], d, [dx]);
    L(c, S.tuina, d, 1); L(c, S.cup, d, careful ? ri(1, 2) : 2); L(c, S.moxa, d, 1); L(c, S.acupoint, d, careful ? ri(3, 5) : 4);
    herbs(c, d, [[H.dangshen, 15], [H.huangqi, 20], [H.danggui, 10]], 12);
    return c;
  });
  addCase('fraud', 'T15', NAMES.T15, claims, { claimLevel: true, variant: careful ? 'careful' : 'overt' });
}

// ============================================================ CONTROLS
// C01 — stroke recovery ward at a level-3 / level-2 中医院: daily 头皮针 + 电针 + 推拿 + 偏瘫训练
function C01(i) {
  const region = regionOf(i);
  const m = member({ age: ri(55, 82), region });
  const inst = pick(instIn(region, ['T3', 'T2']));
  const doc = doctor(inst, 'encephalopathy', ri(0, 2));
  const adm = randDate('2025-01-10', '2025-11-20'); const dis = add(adm, ri(18, 21));
  const transfer = chance(0.4);
  const c = stay(m, inst, doc, adm, dis, [pick(['I69.300x003', 'I63.900']), 'I10.x05'], { route: transfer ? 'transfer' : 'outpatient', transferFrom: transfer ? instIn(region, ['G3'])[0].id : null });
  wardNights(c); admitWorkup(c, adm, [S.coag, S.hba1c]);
  L(c, S.rehabEval, adm, 1); L(c, S.adlEval, adm, 1);
  const nights = nightsOf(adm, dis); const tdays = nights.filter((d, k) => k >= 1 && dow(d) !== 0);
  for (const d of tdays) tcmWardDay(c, d, [[S.scalp, 1], [S.electro, 3], [S.tuina, 1], [S.hemiplegia, 1]]);
  proc(c, '17.91110', tdays[0]); proc(c, '17.912A0', tdays[0]); proc(c, '17.92130', tdays[0]); proc(c, '93.3802', tdays[0]);
  L(c, M.aspirin, adm, 14); L(c, M.atorva, adm, 14); L(c, M.aspirin, add(adm, 14), 14); L(c, M.atorva, add(adm, 14), 14);
  herbs(c, add(adm, 1), FORM.buyang, 7); herbs(c, add(adm, 8), FORM.buyang, 7); herbs(c, add(adm, 15), FORM.buyang, 5);
  L(c, S.adlEval, add(dis, -1), 1); labsRecheck(c, add(adm, 10));
  addCase('control', 'C01', NAMES.C01, [c]);
}
// C02 — Bell's palsy: prednisone in the first 72 h, daily needling + 灸法, 电针 from week 2
function C02(i) {
  const region = regionOf(i);
  const m = member({ age: ri(20, 65), region });
  const inst = pick(instIn(region, ['T3', 'T2', 'G3']));
  const doc = doctor(inst, inst.key.endsWith('G3') ? 'tcm' : 'acupuncture', ri(0, 2));
  const dates = courseDates(randDate('2025-01-06', '2025-11-10'), ri(12, 15), { gap: 1 });
  const dx = pick(['G51.000', 'G51.003']);
  const claims = dates.map((d, k) => {
    const c = opVisit(m, inst, doc, d, [dx], { consult: k % 5 === 0 });
    if (k === 0) { L(c, M.prednisone, d, 42); L(c, M.mecobalamin, d, 42); }
    if (k < 5) L(c, S.acu, d, 1); else L(c, S.electro, d, 2);
    L(c, S.moxa, d, 1);
    return c;
  });
  addCase('control', 'C02', NAMES.C02, claims);
}
// C03 — children's diarrhoea: 推拿 daily 3–5 days, 蒙脱石散 at the first visit
function C03(i) {
  const region = regionOf(i);
  const m = member({ age: ri(1, 6), region });
  const inst = pick(instIn(region, ['T3', 'T2', 'C1']));
  const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'tcm-paediatrics', ri(0, 2));
  const dx = pick(['K52.919', 'A09.900x007', 'K52.917']);
  const claims = courseDates(randDate('2025-01-06', '2025-12-10'), ri(3, 5), { gap: 1, weekdaysOnly: false }).map((d, k) => {
    const c = opVisit(m, inst, doc, d, [dx], { consult: k === 0 });
    L(c, S.tuina, d, 1);
    if (k === 0) { L(c, M.smecta, d, 9); if (dx.startsWith('A09')) L(c, S.stool, d, 1); }
    return c;
  });
  addCase('control', 'C03', NAMES.C03, claims);
}
// C04 — children's anorexia: 捏脊 course of 6 daily sessions with 小儿量 四君子汤 7 剂
function C04(i) {
  const region = regionOf(i);
  const m = member({ age: ri(2, 8), region });
  const inst = pick(instIn(region, ['T3', 'T2', 'C1']));
  const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'tcm-paediatrics', ri(0, 2));
  const claims = courseDates(randDate('2025-01-06', '2025-12-10'), 6, { gap: 1, weekdaysOnly: false }).map((d, k) => {
    const c = opVisit(m, inst, doc, d, ['R63.000'], { consult: k === 0 });
    L(c, S.nieji, d, 1);
    if (k === 0) herbs(c, d, FORM.sijunziKid, 7);
    return c;
  });
  addCase('control', 'C04', NAMES.C04, claims);
}
// C05 — COPD exacerbation, 中西医结合
function C05(i) {
  const region = regionOf(i);
  const m = member({ age: ri(60, 85), region, chronic: ['J44'] });
  const inst = pick(instIn(region, ['T3', 'T2']));
  const doc = doctor(inst, 'tcm-pulmonary', ri(0, 2));
  const adm = randDate('2025-01-05', '2025-12-05'); const dis = add(adm, ri(8, 11));
  const c = stay(m, inst, doc, adm, dis, [pick(['J44.100', 'J44.000'])], { route: pick(['emergency', 'outpatient']) });
  wardNights(c, { nurse: S.nurse1 }); admitWorkup(c, adm, [S.crp, S.bloodGas, S.chestCT, S.sputumCx]); proc(c, '87.4101', adm);
  const nights = nightsOf(adm, dis);
  nights.forEach((d, k) => {
    if (k < 7) iv(c, d, [[M.levoInj, 1], [M.ambroxolInj, 2], [M.doxofylline, 2]]);
    L(c, S.neb, d, 2); L(c, M.budesonideNeb, d, 2); L(c, M.ipratropium, d, 2);
    if (k < 4) L(c, S.oxygen, d, 12);
    if (k >= 1 && dow(d) !== 0) L(c, S.acupoint, d, 4);
  });
  proc(c, '93.9401', adm); proc(c, '17.95150', nights.find((d, k) => k >= 1 && dow(d) !== 0));
  herbs(c, add(adm, 1), FORM.shenlingCopd, 7); herbs(c, add(adm, 8), FORM.shenlingCopd, 4);
  labsRecheck(c, add(adm, 5), [S.cbc, S.crp, S.bloodGas]);
  L(c, M.symbicort, add(dis, -1), 1);
  addCase('control', 'C05', NAMES.C05, [c]);
}
// C06 — acute ischaemic stroke, level-2 中医院: 疏血通 or 血栓通 ≤ 14 days + early 针刺
function C06(i) {
  const region = regionOf(i);
  const m = member({ age: ri(55, 85), region });
  const inst = instIn(region, ['T2'])[0];
  const doc = doctor(inst, 'encephalopathy', ri(0, 2));
  const adm = randDate('2025-01-05', '2025-12-01'); const dis = add(adm, ri(12, 14));
  const c = stay(m, inst, doc, adm, dis, [pick(['I63.900', 'I63.906', 'I63.300']), 'I10.x05'], { route: 'emergency' });
  wardNights(c, { nurse: S.nurse1 }); admitWorkup(c, adm, [S.coag, S.hba1c, S.headCT]); proc(c, '87.0301', adm);
  L(c, S.carotidUS, add(adm, 1), 1);
  const drug = i % 2 === 0 ? [M.shuxuetong, 3] : [M.xueshuantong, 2];
  const nights = nightsOf(adm, dis);
  nights.forEach((d, k) => { if (k < 12) iv(c, d, [drug]); if (k >= 2 && dow(d) !== 0) L(c, S.acu, d, 1); });
  proc(c, '17.91100', nights.find((d, k) => k >= 2 && dow(d) !== 0));
  L(c, M.aspirin, adm, 14); L(c, M.atorva, adm, 14); L(c, M.clopidogrel, adm, 14);
  herbs(c, add(adm, 2), FORM.buyang, 7);
  labsRecheck(c, add(adm, 7));
  addCase('control', 'C06', NAMES.C06, [c]);
}
// C07 — long 饮片 courses with follow-up: 14 剂 every 14 days (supply matches the interval)
function C07(i) {
  const region = regionOf(i);
  const kind = ['gastritis', 'ckd', 'diabetes'][i % 3];
  const dx = { gastritis: 'K29.400', ckd: 'N18.300', diabetes: 'E11.900' }[kind];
  const m = member({ age: ri(45, 78), region, chronic: kind === 'diabetes' ? ['E11'] : null });
  const inst = pick(instIn(region, ['T3', 'T2']));
  const doc = doctor(inst, 'tcm-internal', ri(0, 1));
  const form = { gastritis: FORM.sijunzi, ckd: FORM.danggui_buxue.concat([[H.fuling, 15], [H.danshen, 15]]), diabetes: FORM.yiqiHuoxue }[kind];
  const claims = courseDates(randDate('2025-01-06', '2025-08-20'), 6, { gap: 14 }).map((d, k) => {
    const c = opVisit(m, inst, doc, d, [dx], { visitType: kind === 'diabetes' ? 'chronic' : 'outpatient' });
    herbs(c, d, form, 14);
    if (kind === 'diabetes' && k % 2 === 0) { L(c, M.metformin, d, 84, { long: true }); L(c, S.venipuncture, d, 1); L(c, S.fbg, d, 1); }
    if (kind === 'ckd' && k % 3 === 0) { L(c, S.venipuncture, d, 1); L(c, S.rft, d, 1); L(c, S.urine, d, 1); }
    if (kind === 'gastritis' && k === 0) L(c, M.omeprazole, d, 28);
    return c;
  });
  addCase('control', 'C07', NAMES.C07, claims);
}
// C08 — 丹参注射液 for angina in a level-2 ward (I20–I25, ≤ 14 days)
function C08(i) {
  const region = regionOf(i);
  const m = member({ age: ri(55, 82), region });
  const inst = instIn(region, ['T2'])[0];
  const doc = doctor(inst, 'tcm-cardiology', ri(0, 2));
  const adm = randDate('2025-01-05', '2025-12-05'); const dis = add(adm, ri(8, 10));
  const c = stay(m, inst, doc, adm, dis, [pick(['I20.000', 'I20.801', 'I25.103']), 'I10.x05'], { route: pick(['outpatient', 'emergency']) });
  wardNights(c); admitWorkup(c, adm, [S.cardiacEnz, S.tnI, S.coag, S.echo]);
  const nights = nightsOf(adm, dis);
  nights.forEach((d, k) => { if (k < 7) iv(c, d, [[M.danshenInj, 4, M.glucose]]); });
  L(c, S.tnI, add(adm, 1), 1); L(c, M.aspirin, adm, 14); L(c, M.atorva, adm, 14); L(c, M.isosorbide, adm, 14); L(c, M.metoprolol, adm, 28);
  herbs(c, add(adm, 1), FORM.danshenYin.concat([[H.huangqi, 20], [H.danggui, 10]]), 7);
  labsRecheck(c, add(adm, 5), [S.lft, S.rft]);
  addCase('control', 'C08', NAMES.C08, [c]);
}
// C09 — lung-cancer chemotherapy with 参麦注射液 (说明书: 与化疗药物合用)
function C09(i) {
  const region = regionOf(i);
  const m = member({ age: ri(48, 75), region });
  const inst = pick(instIn(region, ['T3', 'T2']));
  const doc = doctor(inst, 'tcm-oncology', ri(0, 2));
  const adm = randDate('2025-01-05', '2025-12-10'); const dis = add(adm, ri(5, 6));
  const c = stay(m, inst, doc, adm, dis, [pick(['Z51.102', 'Z51.104']), pick(['C34.100x004', 'C34.300x003', 'C34.900x001'])], { route: 'outpatient' });
  wardNights(c); admitWorkup(c, adm, [S.coag]);
  const d1 = add(adm, 1);
  L(c, S.chemoPrep, d1, 2); proc(c, '99.2503', d1);
  for (const d of nightsOf(adm, dis)) iv(c, d, d === d1 ? [[M.ondansetron, 1], [M.paclitaxel, 2], [M.cisplatin, 3], [M.shenmai, 4, M.glucose]] : [[M.shenmai, 4, M.glucose]]);
  L(c, M.ondansetron, add(adm, 2), 2);
  labsRecheck(c, add(dis, -1), [S.cbc, S.lft, S.rft]);
  herbs(c, add(adm, 1), FORM.buzhong, 5);
  addCase('control', 'C09', NAMES.C09, [c]);
}
// C10 — asthma treated on the 伏 days: 穴位贴敷治疗 (乙) beside the inhaled drug, with a prior asthma visit
function C10(i) {
  const region = regionOf(i);
  const kid = i % 3 === 0;
  const m = member({ age: kid ? ri(6, 13) : ri(25, 68), region });
  const inst = pick(instIn(region, ['T3', 'T2']));
  const doc = doctor(inst, kid ? 'tcm-paediatrics' : 'tcm-pulmonary', ri(0, 2));
  const dx = pick(['J45.900x012', 'J45.900x013', 'J45.900x001']);
  const claims = [];
  const pre = weekday(randDate('2025-05-10', '2025-06-30'));
  const p = opVisit(m, inst, doc, pre, [dx]); L(p, kid ? M.salbutamol : M.symbicort, pre, 1); if (!kid) L(p, 'XR03ACS508C003', pre, 1); claims.push(p);
  FU.forEach((d, k) => {
    const c = opVisit(m, inst, doc, d, [dx], { consult: true });
    L(c, S.acupoint, d, kid ? 4 : 6);
    if (k === 1) L(c, kid ? M.salbutamol : M.symbicort, d, 1);
    claims.push(c);
  });
  addCase('control', 'C10', NAMES.C10, claims);
}
// C11 — 中医日间病房: attends on weekdays, billed per attended day (no bed fee)
function C11(i) {
  const region = regionOf(i);
  const m = member({ age: ri(35, 70), region });
  const inst = pick(instIn(region, ['T3', 'T2']));
  const doc = doctor(inst, 'tcm-day-ward', ri(0, 2));
  const dx = pick(['M51.202', 'M47.802', 'M54.400']);
  const adm = weekday(randDate('2025-02-03', '2025-11-20'));
  const days = courseDates(adm, 10, { gap: 1 }); const dis = days[days.length - 1];
  const c = stay(m, inst, doc, adm, dis, [dx], { route: 'outpatient' });
  admitWorkup(c, adm, dx === 'M47.802' ? [] : [S.lumbarXR]);
  const neck = dx === 'M47.802';
  days.forEach((d) => {
    L(c, S.inpConsult, d, 1); L(c, S.nurse3, d, 1);
    tcmWardDay(c, d, [[S.electro, 3], [S.tuina, 1], [neck ? S.tractionNeck : S.tractionLumbar, 1], [S.fumigate, 1]]);
    herbs(c, d, FORM.xunxi, 1);
  });
  proc(c, '17.912A0', adm); proc(c, neck ? '17.92110' : '17.92650', adm); proc(c, '93.2100', adm); proc(c, '17.95510', adm);
  herbs(c, adm, FORM.yiqiHuoxue, 7); herbs(c, days[5], FORM.yiqiHuoxue, 7);
  addCase('control', 'C11', NAMES.C11, [c]);
}
// C12 — lumbar disc herniation with sciatica: 电针 4 units (8 points) + 拔罐 2 + 推拿, MRI at the first visit
function C12(i) {
  const region = regionOf(i);
  const m = member({ age: ri(30, 68), region });
  const inst = pick(instIn(region, ['T3', 'T2', 'G3']));
  const doc = doctor(inst, inst.key.endsWith('G3') ? 'tcm' : 'acupuncture', ri(0, 2));
  const dx = pick(['M51.202', 'M54.400']);
  const claims = courseDates(randDate('2025-01-06', '2025-11-15'), 10, { gap: 1 }).map((d, k) => {
    const c = opVisit(m, inst, doc, d, [dx], { consult: k === 0 || k === 5 });
    if (k === 0) { L(c, S.lumbarMRI, d, 1); L(c, M.celecoxib, d, 14); }
    L(c, S.electro, d, 4); L(c, S.cup, d, 2); if (k % 2 === 1) L(c, S.tuina, d, 1);
    return c;
  });
  addCase('control', 'C12', NAMES.C12, claims);
}
// C13 — stroke sequelae: 头皮针 + 体针 (普通针刺) on one day, 3 times a week
function C13(i) {
  const region = regionOf(i);
  const m = member({ age: ri(55, 80), region, chronic: ['I69'] });
  const inst = pick(instIn(region, ['T3', 'T2', 'C1']));
  const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'encephalopathy', ri(0, 2));
  const start = weekday(randDate('2025-01-06', '2025-10-20'));
  const dates = []; for (let d = start; dates.length < 12; d = add(d, 1)) if ([1, 3, 5].includes(dow(d))) dates.push(d);
  const claims = dates.map((d, k) => {
    const c = opVisit(m, inst, doc, d, ['I69.300'], { visitType: 'chronic', consult: k % 4 === 0 });
    L(c, S.scalp, d, 1); L(c, S.acu, d, 1); L(c, S.tuina, d, 1);
    if (k === 0) { L(c, M.aspirin, d, 28); L(c, M.atorva, d, 28); }
    return c;
  });
  addCase('control', 'C13', NAMES.C13, claims);
}
// C14 — 寒湿腰痛: 普通针刺 + 灸法 (艾箱灸) + 拔罐 on one visit
function C14(i) {
  const region = regionOf(i);
  const m = member({ age: ri(30, 70), region });
  const inst = pick(instIn(region, ['T2', 'C1', 'P1', 'T3']));
  const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'acupuncture', ri(0, 2));
  const dx = pick(['M54.502', 'M54.505']);
  const claims = courseDates(randDate('2025-01-06', '2025-12-01'), ri(5, 7), { gap: pick([1, 2]), weekdaysOnly: inst.kind !== 'clinic' }).map((d, k) => {
    const c = opVisit(m, inst, doc, d, [dx], { consult: k === 0 });
    L(c, S.acu, d, 1); L(c, S.moxa, d, 1); L(c, S.cup, d, ri(1, 2));
    return c;
  });
  addCase('control', 'C14', NAMES.C14, claims);
}
// C15 — bilateral knee OA: 中药熏洗 with its 饮片, 定向透药 on both knees
function C15(i) {
  const region = regionOf(i);
  const m = member({ age: ri(55, 80), region });
  const inst = pick(instIn(region, ['T3', 'T2', 'C1']));
  const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'tcm-orthopaedics', ri(0, 2));
  const dx = pick(['M17.000', 'M17.900x003']);
  const claims = courseDates(randDate('2025-01-06', '2025-11-20'), 10, { gap: 1 }).map((d, k) => {
    const c = opVisit(m, inst, doc, d, [dx], { consult: k === 0 || k === 5 });
    if (k === 0) L(c, M.celecoxib, d, 14);
    L(c, S.fumigate, d, 1); herbs(c, d, FORM.xunxi, 1); L(c, S.ionto, d, 2);
    if (k % 2 === 0) L(c, S.acu, d, 1);
    return c;
  });
  addCase('control', 'C15', NAMES.C15, claims);
}
// C16 — the acupuncture course begins the day after discharge
function C16(i) {
  const region = regionOf(i);
  const m = member({ age: ri(55, 82), region });
  const adm = randDate('2025-01-10', '2025-10-20');
  const comm = chance(0.5);
  const s = generalStay(m, region, pick(['stroke', 'pneumonia']), adm, { mode: comm ? 'community' : 'ordered' });
  const clinic = instIn(region, [comm ? 'C1' : 'P1'])[0];
  const doc = doctor(clinic, clinic.kind === 'community' ? 'general-practice' : 'acupuncture', ri(0, 2));
  const stroke = s.diagnoses[0].code.startsWith('I63');
  const dx = stroke ? 'I69.300x003' : pick(['M54.502', 'M47.802']);
  const claims = [s];
  courseDates(add(s.dischargeDate, 1), ri(8, 10), { gap: 1, weekdaysOnly: false, skipSunday: true }).forEach((d, k) => {
    const c = opVisit(m, clinic, doc, d, [dx], { consult: k === 0 || k === 5 });
    L(c, S.acu, d, 1); L(c, S.tuina, d, 1);
    claims.push(c);
  });
  addCase('control', 'C16', NAMES.C16, claims);
}
// C17 — a Jinan / Changchun member living in Chengdu: a course there (异地就医) and visits at home weeks apart
function C17(i) {
  const home = i % 2 === 0 ? '370100' : '220100';
  const m = member({ age: ri(58, 78), region: home, insuredRegion: home, chronic: ['I10'] });
  const comm = instIn(home, ['C1'])[0];
  const far = pick([INST.CD_T2, INST.CD_P1, INST.CD_T3]);
  const doc = doctor(far, far.kind === 'clinic' ? 'tuina' : 'acupuncture', ri(0, 2));
  const h1 = weekday(randDate('2025-01-10', '2025-06-30'));
  const claims = [];
  const a = opVisit(m, comm, doctor(comm, 'general-practice', 0), h1, ['I10.x09'], { visitType: 'chronic' }); L(a, M.amlodipine, h1, 84, { long: true }); claims.push(a);
  const dx = pick(['M54.502', 'M47.802']);
  courseDates(add(h1, ri(10, 20)), 10, { gap: 1 }).forEach((d, k) => {
    const c = opVisit(m, far, doc, d, [dx], { consult: k === 0 });
    L(c, S.acu, d, 1); L(c, S.tuina, d, 1); if (k % 2 === 0) L(c, S.cup, d, 1);
    claims.push(c);
  });
  const h2 = weekday(add(h1, 84));
  const b = opVisit(m, comm, doctor(comm, 'general-practice', 0), h2, ['I10.x09'], { visitType: 'chronic' }); L(b, M.amlodipine, h2, 84, { long: true }); claims.push(b);
  addCase('control', 'C17', NAMES.C17, claims);
}
// C18 — 西洋参 / 红参 in a formula, billed on their own self-paid (丙) rows
function C18(i) {
  const region = regionOf(i);
  const m = member({ age: ri(50, 80), region });
  const inst = pick(instIn(region, ['T3', 'T2', 'P1']));
  const doc = doctor(inst, 'tcm-internal', ri(0, 2));
  const dx = pick(['R53.x00x006', 'I50.900x008', 'N18.300', 'C34.900x001']);
  const claims = courseDates(randDate('2025-01-06', '2025-11-01'), 2, { gap: 14 }).map((d) => {
    const c = opVisit(m, inst, doc, d, [dx]);
    herbs(c, d, FORM.sijunzi.concat([[H.huangqi, 20]]), 14);
    if (i % 2 === 0) L(c, H.xiyangshen, d, 6 * 14); else L(c, H.hongshen, d, 5 * 14);
    return c;
  });
  addCase('control', 'C18', NAMES.C18, claims);
}
// C19 — 外感 / 中暑: 刮痧 + 拔罐 with a 中成药
function C19(i) {
  const region = regionOf(i);
  const heat = i % 3 === 0;
  const m = member({ age: ri(18, 65), region });
  const inst = pick(instIn(region, ['C1', 'T2', 'P1']));
  const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'tcm-internal', ri(0, 2));
  const d = heat ? randDate('2025-07-01', '2025-08-25') : pick([randDate('2025-01-05', '2025-03-20'), randDate('2025-10-20', '2025-12-20')]);
  const c = opVisit(m, inst, doc, d, [heat ? 'T67.901' : 'J06.900']);
  L(c, S.guasha, d, 1); if (!heat) L(c, S.cup, d, 1);
  L(c, heat ? M.banlangen : pick([M.lianhua, M.banlangen]), d, heat ? 6 : 24);
  if (!heat) { L(c, S.venipuncture, d, 1); L(c, S.cbc, d, 1); }
  addCase('control', 'C19', NAMES.C19, [c]);
}
// C20 — preventive 三伏贴 on the self-paid 三伏贴 row
function C20(i) {
  const region = regionOf(i);
  const kid = i % 2 === 0;
  const m = member({ age: kid ? ri(4, 12) : ri(30, 66), region });
  const inst = pick(instIn(region, ['C1', 'T2', 'T3']));
  const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : (kid ? 'tcm-paediatrics' : 'tcm-preventive'), ri(1, 2));
  const dx = kid ? pick(['J45.900x023', 'J30.400']) : pick(['J45.900x023', 'J30.400', 'J31.000']);
  const claims = FU.map((d, k) => { const c = opVisit(m, inst, doc, d, [dx], { consult: k === 0 }); L(c, S.sanfu, d, kid ? 4 : 6); return c; });
  addCase('control', 'C20', NAMES.C20, claims);
}
// C21 — primary dysmenorrhoea: 穴位贴敷 + 灸法 around menses, three cycles
function C21(i) {
  const region = regionOf(i);
  const m = member({ age: ri(16, 35), region, gender: 'F' });
  const inst = pick(instIn(region, ['T3', 'T2', 'P1']));
  const doc = doctor(inst, 'tcm-gynaecology', ri(0, 2));
  const start = randDate('2025-01-05', '2025-09-20');
  const claims = [];
  for (let cyc = 0; cyc < 3; cyc++) {
    courseDates(add(start, cyc * 28), 2, { gap: 1, weekdaysOnly: false }).forEach((d, k) => {
      const c = opVisit(m, inst, doc, d, ['N94.600'], { consult: k === 0 });
      L(c, S.acupoint, d, 4); L(c, S.moxa, d, 1);
      if (k === 0 && cyc === 0) herbs(c, d, FORM.xiaoyao, 7);
      claims.push(c);
    });
  }
  addCase('control', 'C21', NAMES.C21, claims);
}
// C22 — acute lumbar disc herniation with sciatica: MRI, 甘露醇 + 地塞米松 3 days, daily 电针/推拿/牵引/熏洗
function C22(i) {
  const region = regionOf(i);
  const m = member({ age: ri(30, 70), region });
  const inst = pick(instIn(region, ['T3', 'T2']));
  const doc = doctor(inst, 'tcm-orthopaedics', ri(0, 2));
  const adm = randDate('2025-01-05', '2025-12-01'); const dis = add(adm, ri(10, 13));
  const c = stay(m, inst, doc, adm, dis, ['M51.202', 'M54.400'], { route: pick(['outpatient', 'emergency']) });
  wardNights(c); admitWorkup(c, adm, [S.crp]);
  L(c, S.lumbarMRI, add(adm, 1), 1); proc(c, '88.9303', add(adm, 1));
  const nights = nightsOf(adm, dis);
  nights.forEach((d, k) => {
    if (k < 3) iv(c, d, [[M.mannitol, 2], [M.dexa, 1]]);
    if (k >= 1 && dow(d) !== 0) tcmWardDay(c, d, [[S.electro, 3], [S.tuina, 1], [S.tractionLumbar, 1], [S.fumigate, 1]]);
    if (k >= 1 && dow(d) !== 0) herbs(c, d, FORM.xunxi, 1);
  });
  const t0 = nights.find((d, k) => k >= 1 && dow(d) !== 0);
  proc(c, '17.912A0', t0); proc(c, '17.92650', t0); proc(c, '93.2100', t0); proc(c, '17.95510', t0);
  L(c, M.celecoxib, adm, 14); L(c, M.mecobalamin, adm, 42); herbs(c, add(adm, 1), FORM.yiqiHuoxue, 7); herbs(c, add(adm, 8), FORM.yiqiHuoxue, 5);
  addCase('control', 'C22', NAMES.C22, [c]);
}
// C23 — 补阳还五汤 with 黄芪 60–120 g a 剂 (《医林改错》 生黄芪四两), 14 剂 every 14 days
function C23(i) {
  const region = regionOf(i);
  const m = member({ age: ri(55, 80), region, chronic: ['I69'] });
  const inst = pick(instIn(region, ['T3', 'T2']));
  const doc = doctor(inst, 'encephalopathy', ri(0, 1));
  const hq = pick([60, 90, 120]);
  const claims = courseDates(randDate('2025-01-06', '2025-09-01'), 4, { gap: 14 }).map((d, k) => {
    const c = opVisit(m, inst, doc, d, ['I69.300'], { visitType: 'chronic' });
    herbs(c, d, [[H.huangqi, hq], [H.danggui, 6]], 14);
    if (k % 2 === 0) { L(c, M.aspirin, d, 28); L(c, M.atorva, d, 28); }
    return c;
  });
  addCase('control', 'C23', NAMES.C23, claims);
}
// C24 — community centre: weekly 针刺 + 灸法 for local elderly with knee OA, attendance varying
const C24_START = '2025-03-03';
function C24(i) {
  const region = i < 8 ? '370100' : '220100';
  const inst = instIn(region, ['C1'])[0];
  const m = member({ age: ri(63, 84), region, scheme: chance(0.5) ? 'resident' : 'employee' });
  const doc = doctor(inst, 'general-practice', ri(0, 2));
  const dx = pick(['M17.000', 'M17.900x003', 'M17.900x004', 'M17.100']);
  const claims = [];
  const wd = ri(1, 5);
  for (let w = 0, n = 0; n < 8 && w < 12; w++) {
    if (w > 0 && chance(0.2)) continue;
    let d = add(C24_START, w * 7 + (wd - 1)); if (chance(0.25)) d = weekday(add(d, 1));
    const c = opVisit(m, inst, doc, d, [dx], { consult: n % 4 === 0 });
    L(c, S.acu, d, 1); L(c, S.moxa, d, 1); if (chance(0.4)) L(c, S.cup, d, 1);
    if (n === 0 && chance(0.5)) L(c, M.celecoxib, d, 14);
    claims.push(c); n++;
  }
  addCase('control', 'C24', NAMES.C24, claims);
}

// ============================================================ ROUTINE
function routine(i) {
  const region = ['510100', '370100', '220100'][i % 3];
  const kind = ['herbs', 'herbs', 'acu', 'acu', 'tuina', 'chronic', 'pharmacy', 'child', 'ward', 'community', 'herbs', 'acu', 'ward', 'cold', 'pharmacy', 'chronic', 'community', 'ward', 'child', 'acu'][i % 20];
  let c;
  if (kind === 'herbs') {
    const m = member({ age: ri(25, 80), region }); const inst = pick(instIn(region, ['T3', 'T2', 'G3', 'P1']));
    const doc = doctor(inst, inst.key.endsWith('G3') ? 'tcm' : 'tcm-internal', ri(0, 2)); const d = randDate('2025-01-05', '2025-12-28');
    const dx = pick(['K29.500', 'G47.000x001', 'K30.x00', 'R53.x00x006', 'K59.000', m.gender === 'F' && ageOn(m.birthDate, d) >= 42 ? 'N95.101' : 'K29.300']);
    c = opVisit(m, inst, doc, d, [dx]);
    herbs(c, d, dx === 'G47.000x001' || dx === 'N95.101' ? FORM.xiaoyao : dx === 'R53.x00x006' ? FORM.buzhong : FORM.sijunzi, 7);
  } else if (kind === 'acu' || kind === 'tuina') {
    const m = member({ age: ri(25, 78), region }); const inst = pick(instIn(region, ['T3', 'T2', 'P1', 'C1']));
    const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : kind === 'tuina' ? 'tuina' : 'acupuncture', ri(0, 2));
    const d = randDate('2025-01-05', '2025-12-28');
    c = opVisit(m, inst, doc, d, [pick(OA_SITES)]);
    if (kind === 'tuina') { L(c, S.tuina, d, 1); if (chance(0.5)) L(c, S.cup, d, 1); }
    else { if (chance(0.5)) L(c, S.acu, d, 1); else L(c, S.electro, d, 2); if (chance(0.4)) L(c, S.cup, d, 1); if (chance(0.3)) L(c, S.moxa, d, 1); }
  } else if (kind === 'chronic') {
    const dx = pick(['I10.x09', 'E11.900', 'I25.103']);
    const m = member({ age: ri(50, 82), region, chronic: [dx.slice(0, 3)] }); const inst = pick(instIn(region, ['T3', 'T2', 'C1']));
    const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'tcm-internal', ri(0, 2)); const d = randDate('2025-01-05', '2025-12-28');
    c = opVisit(m, inst, doc, d, [dx], { visitType: 'chronic' });
    if (dx.startsWith('I10')) { L(c, M.amlodipine, d, 84, { long: true }); L(c, M.fufangDanshenPill, d, 270); }
    if (dx === 'E11.900') { L(c, M.metformin, d, 84, { long: true }); L(c, S.venipuncture, d, 1); L(c, S.fbg, d, 1); }
    if (dx === 'I25.103') { L(c, M.aspirin, d, 28); L(c, M.atorva, d, 28); L(c, M.xuesaitongCap, d, 84); }
  } else if (kind === 'pharmacy') {
    const m = member({ age: ri(25, 80), region }); const ph = instIn(region, ['PH'])[0]; const d = randDate('2025-01-05', '2025-12-28');
    const which = pick(['liuwei', 'cold', 'danshen']);
    c = newClaim(m, ph, doctor(ph, 'pharmacy', 0), 'pharmacy', { visitDate: d }, [which === 'liuwei' ? 'N95.101' : which === 'cold' ? 'J06.900' : 'I25.103']);
    if (which === 'liuwei' && m.gender === 'M') c.diagnoses[0].code = 'R53.x00x006';
    if (which === 'liuwei') L(c, M.liuwei, d, 480); else if (which === 'cold') L(c, M.lianhua, d, 24); else L(c, M.fufangDanshenPill, d, 270);
  } else if (kind === 'child') {
    const m = member({ age: ri(1, 10), region }); const inst = pick(instIn(region, ['T3', 'T2', 'C1']));
    const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'tcm-paediatrics', ri(0, 2)); const d = randDate('2025-01-05', '2025-12-28');
    const dx = pick(['J06.900', 'J20.900', 'R05.x00']);
    c = opVisit(m, inst, doc, d, [dx]);
    L(c, M.xiaoerFeire, d, 18); if (chance(0.4)) L(c, M.paracetamolKid, d, 3); if (chance(0.5)) { L(c, S.venipuncture, d, 1); L(c, S.cbc, d, 1); }
  } else if (kind === 'cold') {
    const m = member({ age: ri(18, 70), region }); const inst = pick(instIn(region, ['T2', 'C1', 'P1']));
    const doc = doctor(inst, inst.kind === 'community' ? 'general-practice' : 'tcm-internal', ri(0, 2)); const d = randDate('2025-01-05', '2025-12-28');
    c = opVisit(m, inst, doc, d, ['J06.900']); L(c, M.lianhua, d, 24); herbs(c, d, [[H.chaihu, 9], [H.gancao, 6]], 3);
  } else if (kind === 'community') {
    const m = member({ age: ri(40, 85), region }); const inst = instIn(region, ['C1'])[0];
    const doc = doctor(inst, 'general-practice', ri(0, 2)); const d = randDate('2025-01-05', '2025-12-28');
    const dx = pick(['M17.900x003', 'M54.502', 'J06.900', 'K29.500']);
    c = opVisit(m, inst, doc, d, [dx]);
    if (dx.startsWith('M')) { L(c, S.acu, d, 1); if (chance(0.5)) L(c, S.moxa, d, 1); }
    else if (dx === 'J06.900') L(c, M.banlangen, d, 9); else { L(c, M.omeprazole, d, 14); herbs(c, d, FORM.sijunzi, 7); }
  } else { // ward
    const kinds = ['ldh', 'stroke', 'copd', 'chd', 'neck'];
    const w = kinds[Math.floor(i / 20) % 5];
    const m = member({ age: ri(40, 82), region, chronic: w === 'copd' ? ['J44'] : null }); const inst = pick(instIn(region, ['T3', 'T2']));
    const adm = randDate('2025-01-05', '2025-12-10');
    if (w === 'ldh' || w === 'neck') {
      const dis = add(adm, ri(8, 10)); const dx = w === 'ldh' ? 'M51.202' : 'M47.802';
      c = stay(m, inst, doctor(inst, w === 'ldh' ? 'tcm-orthopaedics' : 'tuina', ri(0, 2)), adm, dis, [dx, ...(w === 'ldh' ? ['M54.400'] : [])]);
      wardNights(c); admitWorkup(c, adm, w === 'ldh' ? [S.lumbarXR] : []);
      if (w === 'ldh') { L(c, S.lumbarMRI, add(adm, 1), 1); proc(c, '88.9303', add(adm, 1)); }
      const td = nightsOf(adm, dis).filter((d, k) => k >= 1 && dow(d) !== 0);
      for (const d of td) tcmWardDay(c, d, [[S.electro, 3], [S.tuina, 1], [w === 'ldh' ? S.tractionLumbar : S.tractionNeck, 1]]);
      proc(c, '17.912A0', td[0]); proc(c, w === 'ldh' ? '17.92650' : '17.92110', td[0]); proc(c, '93.2100', td[0]);
      herbs(c, add(adm, 1), FORM.yiqiHuoxue, 7); L(c, M.celecoxib, adm, 14);
    } else if (w === 'stroke') {
      const dis = add(adm, ri(12, 15));
      c = stay(m, inst, doctor(inst, 'encephalopathy', ri(0, 2)), adm, dis, ['I63.900', 'I10.x05'], { route: 'emergency' });
      wardNights(c, { nurse: S.nurse1 }); admitWorkup(c, adm, [S.coag, S.hba1c, S.headCT]); proc(c, '87.0301', adm);
      nightsOf(adm, dis).forEach((d, k) => { if (k < 10) iv(c, d, [[M.edaravone, 2]]); if (k >= 2 && dow(d) !== 0) L(c, S.acu, d, 1); });
      proc(c, '17.91100', nightsOf(adm, dis).find((d, k) => k >= 2 && dow(d) !== 0));
      L(c, M.aspirin, adm, 14); L(c, M.atorva, adm, 14); herbs(c, add(adm, 2), FORM.buyang, 7);
    } else if (w === 'copd') {
      const dis = add(adm, ri(7, 10));
      c = stay(m, inst, doctor(inst, 'tcm-pulmonary', ri(0, 2)), adm, dis, ['J44.100'], { route: 'emergency' });
      wardNights(c, { nurse: S.nurse1 }); admitWorkup(c, adm, [S.crp, S.bloodGas, S.chestCT]); proc(c, '87.4101', adm);
      nightsOf(adm, dis).forEach((d, k) => { if (k < 6) iv(c, d, [[M.levoInj, 1], [M.ambroxolInj, 2]]); L(c, S.neb, d, 2); L(c, M.budesonideNeb, d, 2); });
      proc(c, '93.9401', adm); herbs(c, add(adm, 1), FORM.shenlingCopd, 7);
    } else {
      const dis = add(adm, ri(7, 9));
      c = stay(m, inst, doctor(inst, 'tcm-cardiology', ri(0, 2)), adm, dis, ['I20.000', 'I10.x05']);
      wardNights(c); admitWorkup(c, adm, [S.cardiacEnz, S.tnI, S.echo]);
      L(c, M.aspirin, adm, 14); L(c, M.atorva, adm, 14); L(c, M.isosorbide, adm, 14); L(c, M.clopidogrel, adm, 14);
      herbs(c, add(adm, 1), FORM.danshenYin.concat([[H.huangqi, 20]]), 7);
    }
  }
  addCase('routine', 'R', NAMES.R, [c], { variant: 'routine' });
}

// ============================================================ build
const FRAUD = { T01, T02, T03, T04, T05, T06, T07, T08, T09, T10, T11, T12, T13, T14, T15 };
const CTRL = { C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21, C22, C23, C24 };
for (const f of Object.values(FRAUD)) for (let i = 0; i < 15; i++) f(i);
for (const f of Object.values(CTRL)) for (let i = 0; i < 15; i++) f(i);
for (let i = 0; i < 100; i++) routine(i);

// every date in 2025
for (const c of CLAIMS) for (const d of [c.visitDate, c.admissionDate, c.dischargeDate, ...c.items.map((x) => x.date)].filter(Boolean)) if (!d.startsWith('2025-')) throw new Error(`${c.claimId} date ${d}`);
settle();

// procedures, reported groups
const groups = {};
if (GROUPS) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); groups[g.claimId] = g.grouping && g.grouping.drg; }
const KEYS = ['claimId', 'region', 'insuredRegion', 'insuranceType', 'visitType', 'patient', 'enrollment', 'provider', 'admissionRoute', 'dischargeMode',
  'transferFromHospitalId', 'admissionDate', 'dischargeDate', 'visitDate', 'diagnoses', 'procedures', 'reportedGroup', 'items', 'amounts'];
const lines = [];
for (const c of CLAIMS) {
  if (c._proc.length) c.procedures = c._proc.map((p) => ({ code: p.code, date: p.date }));
  if (c.visitType === 'inpatient') c.reportedGroup = { drg: GROUPS ? (groups[c.claimId] || null) : null, dip: null };
  const o = {}; for (const k of KEYS) if (c[k] !== undefined) o[k] = c[k];
  lines.push(JSON.stringify(o));
}
const labels = CASES.map((x, k) => ({ caseId: `B106-${String(k + 1).padStart(4, '0')}`, kind: x.kind, code: x.code, name: x.name, claimIds: x.claimIds,
  targets: x.targets, mutatedLines: x.mutatedLines, typology: x.typology, variant: x.variant }));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), lines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
const count = (k) => labels.filter((l) => l.kind === k).length;
console.error(`blind106: ${lines.length} claims; cases fraud ${count('fraud')}, control ${count('control')}, routine ${count('routine')}${GROUPS ? '' : ' (no --groups: reportedGroup.drg null)'}`);
