#!/usr/bin/env node
// blind114: emergency, intensive care and respiratory medicine, written on the real catalogue rows.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// No dependencies; fixed seed 1140114. Writes <outdir>/claims.ndjson (settlement order) and <outdir>/labels.json.
'use strict';
const fs = require('fs'); const path = require('path');

const argv = process.argv.slice(2);
const OUT = argv[0];
if (!OUT || OUT.startsWith('--')) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k) => { const i = argv.indexOf(k); return i > 0 ? argv[i + 1] : null; };
const CAT = opt('--catalogue') || '/work/wt/base112/rules/catalogue';
const GROUPS = opt('--groups');
const POLICIES = path.join(CAT, '..', 'benefits', 'policies.json');

// ---------------------------------------------------------------- random
let seed = 1140114 >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;

// ---------------------------------------------------------------- catalogue and policy
const ROW = {};
for (const f of fs.readdirSync(CAT)) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) ROW[r.code] = r;
}
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));
function deepMerge(a, b) { if (!b) return a; const o = Array.isArray(a) ? a.slice() : { ...a }; for (const k of Object.keys(b)) o[k] = (b[k] && typeof b[k] === 'object' && !Array.isArray(b[k]) && a && typeof a[k] === 'object') ? deepMerge(a[k], b[k]) : b[k]; return o; }
function policyFor(region) { const p = POL.provinces[region.slice(0, 2)]; if (!p) throw new Error('no policy for ' + region); return p.regions && p.regions[region] ? deepMerge(p, p.regions[region]) : p; }

// ---------------------------------------------------------------- codes (rows, by meaning)
const S = {
  opConsult: '001102000010001', genConsult: '001102000040001', assocConsult: '001102000020001', edConsult: '001102000050001',
  ipConsult: '001103000010001', chronicConsult: '001109000010001', innerConsult: '001104000010001',
  bed3: '001105000010001', bedIcu: '001105000030001',
  nSpecial: '001201000010001', nI: '001201000020001', nII: '001201000030001', nIII: '001201000040001', icuCare: '001201000050001',
  iv1: '001204000010001', ivAdd: '001204000020001', ivPush: '001204000040001', im: '001204000050001', sc: '001204000060001', cannula: '001204000070001',
  neb: '001207000010001', o2: '001208000010001', hfnc: '001208000020001', ecg: '001209000010001', spo2: '001210000010001', nibp: '001211000010001',
  glucose: '001212000010001', inv: '001214000010001', niv: '001214000020001', ngTube: '001219000010001', suction: '001219000040001',
  pump: '001204000220001', enteralPump: '001219000030001', nrs: '003116010010001', venous: '001204000080001', arterial: '001204000090001',
  cbc: '002501010010001', urine: '002501020010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001',
  fbg: '002502050010001', coag: '002502060010001', trop: '002502070020001', bnp: '002502070030001', crp: '002502080010001', pct: '002502080020001',
  abg: '002502090010001', lactate: '002502090020001', ddimer: '002502100010001', culture: '002502140010001', sputum: '002502140020001',
  bloodCx: '002502140030001', albumin: '002502010050001', cea: '002502170010001', path: '002502200010001', hepB: '002502110010001',
  ecg12: '003107010010001', cxr: '002202040010001', ctChest: '002301010020001', ctHead: '002301010010001', ctEnh: '002301010040001',
  echo: '002103010020001', legUS: '002103010040001', abdUS: '002103010010001', pft: '002503010020001', bronch: '002503010130001',
  cvc: '003307040030001', picc: '003307040010001', localAn: '003301010030001', crrt: '003310010020001', psg: '003106010010001', cpapTit: '003106010020001',
  homeBed: '001110000010001',
};
const C = { ivSet: 'C14010150100001020350000001', cannula: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001', precSet: 'C14010150400001288520000001',
  o2Tube: 'C14050150100001832230000001', nebCup: 'C14050150200001429150000001', ett: 'C14050150300001941860000001', circuit: 'C14050150400001784750000001',
  electrode: 'C14060150100001436170000001', spo2Probe: 'C14060150200001655310000001', stripe: 'C14060150300001162280000001', ngTube: 'C14040150200001963360000001',
  dialyser: 'C10010150100001014100000001', bloodLine: 'C10010150200001187780000001', hdCath: 'C10020150100001828910000001', piccCath: 'C02020150100001104330000001',
  syringeHP: 'C14070150100001054930000001', dressing: 'C14020150300001037150000001' };
const D = {
  ceftriaxone: 'XJ01DDT504B002', cefoSul: 'XJ01DDT507B002', pipTazo: 'XJ01CRP501B002', meropenem: 'XJ01DHM501B002', levoIv: 'XJ01MAZ501B002', levoPo: 'XJ01MAZ501A001',
  moxiIv: 'XJ01MAM502B002', moxiPo: 'XJ01MAM502A001', azithIv: 'XJ01FAA503B002', azithPo: 'XJ01FAA503A001', cefuroximePo: 'XJ01DCT502A001', amoxPo: 'XJ01CAA501A001', amoxClav: 'XJ01CRA502A001',
  linezolid: 'XJ01XXL501B002', oseltamivir: 'XJ05AHA508A001',
  salbutamol: 'XR03ACS508C003', budForm: 'XR03AKB507C003', salmFlut: 'XR03AKS509C003', tiotropium: 'XR03BBS510C003', budNeb: 'XR03BAB508C003', iprNeb: 'XR03BBY508C003',
  doxofylline: 'XR03DAD516B002', aminophyllinePo: 'XR03DAA521A001', ambroxolIv: 'XR05CBA522B002', ambroxolPo: 'XR05CBA522A001', nac: 'XR05CBY509A001', glycyrrhiza: 'XR05DAF509A001',
  methylpred: 'XH02ABJ504B002', prednisone: 'XH02ABP507A001', dexa: 'XH02ABD515B002',
  enox: 'XB01ABY502B002', lmwhCa: 'XB01ABD502B002', rivaroxaban: 'XB01AFL503A001', heparin: 'XB01ABG501B002', alteplase: 'XB01ADA510B002',
  midazolam: 'XN05CDM508B002', propofol: 'XN01AXB503B002', fentanyl: 'XN02ABF506B002', norepi: 'XC01CAQ502B002', dopamine: 'XC01CAD504B002',
  albuminHum: 'XB05AAR504B002', pantoprazoleIv: 'XA02BCP503B002', omeprazolePo: 'XA02BCA515A001', enteral: 'XV06DBC501A004',
  nacl: 'XB05BBL511B002', glucose: 'XB05BAP505B002', gns: 'XB05BBP506B002', ringerLac: 'XB05BBR503B002', kcl: 'XB05XAL512B002', furosemideIv: 'XC03CAF503B002',
  insulin: 'XA10ABS502B002', paracetamol: 'XN02BED510A001', lianhua: 'ZA01BAL514A001', loratadine: 'XR06AXL513A001', iohexol: 'XV08ABD501B002',
  amlodipine: 'XC08CAA512A001', metformin: 'XA10BAE503A001', lidocaine: 'XN01BBL509B002',
};
const DXD = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/diagnoses.json', 'utf8'));
const PRD = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/procedures.json', 'utf8'));
for (const o of [S, C, D]) for (const [k, v] of Object.entries(o)) if (!ROW[v]) throw new Error(`catalogue row missing: ${k} ${v}`);

// ---------------------------------------------------------------- dates
const DAY = 86400000;
const addDays = (iso, n) => new Date(Date.parse(iso + 'T00:00:00Z') + n * DAY).toISOString().slice(0, 10);
const diffDays = (a, b) => Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / DAY);
const randDate = (from = '2025-01-06', to = '2025-11-20') => addDays(from, ri(0, diffDays(from, to)));
const ageAt = (birth, date) => { const b = new Date(birth + 'T00:00:00Z'), d = new Date(date + 'T00:00:00Z'); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------------------------------------------------------------- regions, institutions, doctors
const REGIONS = ['510100', '370100', '230100', '220100'];
const INST = {}; // id -> {id, region, level, kind, depts, priceFactor}
const DEPT_CODE = { emergency: 'E', icu: 'I', respiratory: 'R', general: 'G', pharmacy: 'P' };
for (const r of REGIONS) {
  const mk = (suffix, level, kind, depts, priceFactor = 1, prefix = 'H') => { const id = `${prefix}${r}${suffix}`; INST[id] = { id, region: r, level, kind, depts, priceFactor }; return id; };
  mk('01', 3, 'public-level3', ['emergency', 'icu', 'respiratory', 'general']);
  mk('02', 2, 'county-level2', ['emergency', 'icu', 'respiratory', 'general']);
  mk('03', 1, 'community-centre', ['general']);
  mk('04', 1, 'private-hospital', ['respiratory', 'general'], 0.95);
  mk('05', 1, 'pharmacy', ['pharmacy'], 1, 'Y');
  mk('06', 1, 'pharmacy', ['pharmacy'], 1, 'Y');
}
const inst = (r, k) => INST[`${k === '05' || k === '06' ? 'Y' : 'H'}${r}${k}`];
const doctor = (h, dept, k) => `D${h.id.slice(1, 5)}${h.id.slice(-2)}${DEPT_CODE[dept]}${k || ri(1, 3)}`;

// ---------------------------------------------------------------- members
let memberSeq = 0;
function member(o = {}) {
  memberSeq++;
  const gender = o.gender || (chance(0.55) ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(o.ageMin || 25, o.ageMax || 80);
  const birth = `${2025 - age - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const scheme = o.scheme || (chance(0.6) ? 'employee' : 'resident');
  const retired = scheme === 'employee' && age >= (gender === 'M' ? 61 : 56);
  const contributionYears = scheme === 'employee' ? (retired ? ri(gender === 'M' ? 31 : 26, 40) : Math.max(1, Math.min(age - 21, ri(3, 30)))) : 0;
  const continuousYears = ri(3, 15);
  return {
    insuredId: `P114${String(memberSeq).padStart(6, '0')}`, gender, birthDate: birth, retired, scheme,
    region: o.region || pick(REGIONS),
    enrollment: {
      enrolledOn: scheme === 'employee' ? `${2025 - Math.max(1, Math.min(continuousYears, contributionYears || 1))}-0${ri(1, 9)}-01` : '2024-12-10',
      inConcentratedPeriod: true, continuousYears, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false,
      contributionYears, special: null, ...(o.chronic ? { chronicDiseases: o.chronic } : {}),
    },
  };
}

// ---------------------------------------------------------------- claims and lines
let claimSeq = 0;
const ALL = [];
function claim(m, h, dept, visitType, o) {
  claimSeq++;
  const cl = {
    claimId: `${h.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`,
    region: h.region, insuranceType: m.scheme, visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: m.enrollment,
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: o.doctorId || doctor(h, dept === 'pharmacy' ? 'general' : dept) },
  };
  if (m.region !== h.region) cl.insuredRegion = m.region;
  if (visitType === 'inpatient') {
    cl.admissionDate = o.adm; cl.dischargeDate = addDays(o.adm, o.los);
    if (o.route) cl.admissionRoute = o.route;
    cl.dischargeMode = o.dmode || 'ordered';
    if (o.transferFrom) cl.transferFromHospitalId = o.transferFrom;
  } else cl.visitDate = o.date;
  cl.diagnoses = o.dx.map((c, i) => (i === 0 ? { code: c, principal: true } : { code: c }));
  for (const d of o.dx) if (!DXD[d]) throw new Error('diagnosis not in the 医保版 dictionary: ' + d);
  cl.procedures = [];
  if (visitType === 'inpatient') cl.reportedGroup = { drg: null, dip: null };
  cl.items = [];
  Object.defineProperty(cl, '_h', { value: h, enumerable: false });
  Object.defineProperty(cl, '_m', { value: m, enumerable: false });
  Object.defineProperty(cl, '_fraud', { value: new Set(), enumerable: false });
  ALL.push(cl);
  return cl;
}
function L(cl, code, date, qty, o = {}) {
  if (!qty) return null;
  const r = ROW[code]; if (!r) throw new Error('no row ' + code);
  if (!Number.isInteger(qty) || qty < 0) throw new Error(`quantity ${qty} for ${code}`);
  const cap = r.priceCap[String(cl.provider.level)];
  const f = r.category === 'service' ? cl._h.priceFactor : 1;
  const up = Math.round(cap * 100 * f);
  const lineId = String(cl.items.length + 1);
  const it = { lineId, code, name: r.name, category: r.category, date, quantity: qty, unitPrice: up / 100, amount: (up * qty) / 100 };
  if (o.long) it.longPrescription = true;
  cl.items.push(it);
  if (o.fraud) cl._fraud.add(lineId);
  return lineId;
}
const proc = (cl, code, date) => { if (!PRD[code]) throw new Error('procedure not in the dictionary: ' + code); cl.procedures.push({ code, date }); };
function setQty(cl, code, date, qty, fraud = true) {
  const it = cl.items.find((x) => x.code === code && x.date === date); if (!it) throw new Error(`no line ${code} ${date}`);
  it.quantity = qty; it.amount = Math.round(it.unitPrice * 100 * qty) / 100; if (fraud) cl._fraud.add(it.lineId); return it.lineId;
}

// ---------------------------------------------------------------- limit checks (throw unless the line is the labelled fraud)
const NURSING = [S.nSpecial, S.nI, S.nII, S.nIII];
function check(cl) {
  const errs = []; const vt = cl.visitType; const lvl = cl.provider.level;
  const dx = cl.diagnoses.map((d) => d.code);
  const isF = (it) => cl._fraud.has(it.lineId);
  const byCD = {}; const byD = {};
  for (const it of cl.items) { (byCD[it.code + '|' + it.date] ||= []).push(it); (byD[it.date] ||= []).push(it); }
  const hrs = (date, code) => (byD[date] || []).filter((x) => x.code === code).reduce((a, x) => a + x.quantity, 0);
  const anyF = (date, codes) => (byD[date] || []).some((x) => codes.includes(x.code) && isF(x));
  for (const it of cl.items) {
    const r = ROW[it.code]; if (isF(it)) continue;
    const where = `${cl.claimId} line ${it.lineId} ${r.name} ${it.date}`;
    if (r.setting === 'inpatient' && vt !== 'inpatient') errs.push(`${where}: inpatient-only row`);
    if (r.setting === 'outpatient' && vt === 'inpatient') errs.push(`${where}: outpatient-only row`);
    if (r.minLevel && lvl < r.minLevel) errs.push(`${where}: level ${lvl} < ${r.minLevel}`);
    if (r.gender && r.gender !== cl.patient.gender) errs.push(`${where}: gender`);
    const age = ageAt(cl.patient.birthDate, it.date);
    if (r.ageMin != null && age < r.ageMin) errs.push(`${where}: age ${age} < ${r.ageMin}`);
    if (r.ageMax != null && age > r.ageMax) errs.push(`${where}: age ${age} > ${r.ageMax}`);
    if (r.indications && !dx.some((d) => r.indications.some((p) => d.startsWith(p)))) errs.push(`${where}: indication ${r.indications.join(',')}`);
    if (vt === 'inpatient' && (it.date < cl.admissionDate || it.date > cl.dischargeDate)) errs.push(`${where}: outside stay`);
    if (vt !== 'inpatient' && it.date !== cl.visitDate) errs.push(`${where}: not visit date`);
    if (r.maxPerDay != null) { const g = byCD[it.code + '|' + it.date]; const q = g.reduce((a, x) => a + x.quantity, 0); if (q > r.maxPerDay && !g.some(isF)) errs.push(`${where}: ${q} > maxPerDay ${r.maxPerDay}`); }
    if (r.maxDays != null) { const ds = new Set(cl.items.filter((x) => x.code === it.code).map((x) => x.date)); if (ds.size > r.maxDays) errs.push(`${where}: ${ds.size} days > maxDays ${r.maxDays}`); }
    for (const inc of r.includes || []) if ((byD[it.date] || []).some((x) => x.code === inc && !isF(x))) errs.push(`${where}: includes ${inc} billed same day`);
    for (const ex of r.excludes || []) if ((byD[it.date] || []).some((x) => x.code === ex && !isF(x))) errs.push(`${where}: excludes ${ex} billed same day`);
  }
  for (const date of Object.keys(byD)) {
    const icu = hrs(date, S.icuCare);
    if (icu >= 24 && !anyF(date, NURSING) && NURSING.some((n) => hrs(date, n) > 0)) errs.push(`${cl.claimId} ${date}: graded nursing on a full ICU day`);
    for (const mon of [S.ecg, S.spo2]) if (icu > 0 && icu + hrs(date, mon) > 24 && !anyF(date, [mon, S.icuCare])) errs.push(`${cl.claimId} ${date}: monitoring ${mon} + ICU hours > 24`);
    const dev = hrs(date, S.inv) + hrs(date, S.niv) + hrs(date, S.hfnc);
    if (dev > 24 && !anyF(date, [S.inv, S.niv, S.hfnc])) errs.push(`${cl.claimId} ${date}: ventilation/HFNC hours ${dev} > 24`);
    if (dev + hrs(date, S.o2) > 30 && !anyF(date, [S.inv, S.niv, S.hfnc, S.o2])) errs.push(`${cl.claimId} ${date}: oxygen through device hours`);
    if (hrs(date, S.nSpecial) && (hrs(date, S.ecg) || hrs(date, S.spo2)) && !anyF(date, [S.ecg, S.spo2, S.nSpecial])) errs.push(`${cl.claimId} ${date}: 特级护理 with monitoring`);
  }
  // coded procedures have their billed service line on their date
  const PROC_ROW = { '96.7101': S.inv, '96.7201': S.inv, '93.9000x002': S.niv, '33.2200x003': S.bronch, '33.2400x001': S.bronch, '33.2400x002': S.bronch, '39.9500x007': S.crrt, '38.9302': S.cvc, '38.9303': S.cvc, '38.9301': S.picc, '87.4100x004': S.ctEnh, '89.1702': S.psg, '93.9001': S.cpapTit };
  for (const p of cl.procedures) { const row = PROC_ROW[p.code]; if (!row) errs.push(`${cl.claimId}: procedure ${p.code} has no row map`); else if (!(byD[p.date] || []).some((x) => x.code === row)) errs.push(`${cl.claimId}: procedure ${p.code} without its line on ${p.date}`); }
  if (vt === 'inpatient') { // one bed per night, none on the discharge day
    const nights = diffDays(cl.admissionDate, cl.dischargeDate);
    const beds = cl.items.filter((x) => x.code === S.bed3 || x.code === S.bedIcu);
    if (beds.length !== nights && !beds.some(isF)) errs.push(`${cl.claimId}: ${beds.length} bed lines for ${nights} nights`);
    if (beds.some((b) => b.date === cl.dischargeDate) && !beds.some(isF)) errs.push(`${cl.claimId}: bed on discharge day`);
  }
  if (errs.length) throw new Error(`limit check failed (${cl._case}):\n` + errs.join('\n'));
}

// ---------------------------------------------------------------- amounts and fund (settlement order)
function amounts(cl) {
  let tot = 0, pol = 0;
  for (const it of cl.items) { const a = Math.round(it.amount * 100); tot += a; pol += Math.round(a * (1 - (ROW[it.code].selfPayShare || 0))); }
  return { tot, pol };
}
function settleAll(claims) {
  const st = {};
  for (const cl of claims) {
    const { tot, pol } = amounts(cl);
    const p = policyFor(cl.insuredRegion || cl.region);
    const sch = p.schemes[cl.insuranceType];
    const m = st[cl.patient.insuredId] ||= { admissions: 0, ded: {}, fund: {} };
    let fund = 0;
    const lvl = String(cl.provider.level);
    if (cl.visitType === 'inpatient') {
      const s = sch.inpatient; let ded = Math.round(s.deductible[lvl] * 100);
      if (m.admissions >= 1 && s.laterAdmissionDeductibleShare != null) ded = Math.round(ded * s.laterAdmissionDeductibleShare);
      m.admissions++;
      let ratio = s.ratio[lvl] + (cl.patient.retired ? s.retireeRatioBonus || 0 : 0); if (s.maxRatio) ratio = Math.min(ratio, s.maxRatio);
      fund = Math.floor(Math.max(0, pol - ded) * ratio);
      const used = m.fund.inpatient || 0; fund = Math.min(fund, Math.round(s.annualFundCap * 100) - used);
      m.fund.inpatient = used + fund;
    } else {
      const s = sch[cl.visitType];
      const dedLeft = Math.max(0, Math.round((s.deductible || 0) * 100) - (m.ded[cl.visitType] || 0));
      const over = Math.max(0, pol - dedLeft); m.ded[cl.visitType] = (m.ded[cl.visitType] || 0) + Math.min(pol, dedLeft);
      const ratio = Math.min(1, s.ratio[lvl] + (cl.patient.retired ? s.retireeRatioBonus || 0 : 0));
      fund = Math.floor(over * ratio);
      const key = cl.visitType === 'chronic' ? 'chronic' : cl.visitType;
      const used = m.fund[key] || 0; fund = Math.max(0, Math.min(fund, Math.round(s.annualFundCap * 100) - used)); m.fund[key] = used + fund;
    }
    cl.amounts = { total: tot / 100, policy: pol / 100, fundClaimed: fund / 100 };
  }
}

// ---------------------------------------------------------------- cases
const CASES = [];
let caseSeq = 0;
function newCase(kind, code, name, variant) { caseSeq++; const c = { caseId: `B114-${String(caseSeq).padStart(4, '0')}`, kind, code, name, variant, claims: [], targets: [], mutated: {} }; CASES.push(c); return c; }
function add(cs, cl, target) { Object.defineProperty(cl, '_case', { value: cs.code + '/' + cs.variant, enumerable: false }); cs.claims.push(cl); if (target) cs.targets.push(cl); return cl; }

// ---------------------------------------------------------------- building blocks
function wardNight(cl, d, nursing) { L(cl, S.bed3, d, 1); L(cl, S.ipConsult, d, 1); L(cl, { I: S.nI, II: S.nII, III: S.nIII, special: S.nSpecial }[nursing], d, 1); }
function icuNight(cl, d, hours) { L(cl, S.bedIcu, d, 1); L(cl, S.ipConsult, d, 1); L(cl, S.icuCare, d, hours); }
function ivDay(cl, d, groups, first) {
  L(cl, S.iv1, d, 1); if (groups > 1) L(cl, S.ivAdd, d, groups - 1);
  L(cl, C.ivSet, d, 1); L(cl, D.nacl, d, groups);
  if (first) { L(cl, S.cannula, d, 1); L(cl, C.cannula, d, 1); }
}
function admitLabs(cl, d, o = {}) {
  L(cl, S.venous, d, 1); L(cl, S.cbc, d, 1); L(cl, S.crp, d, 1); L(cl, S.lft, d, 1); L(cl, S.rft, d, 1); L(cl, S.lytes, d, 1); L(cl, S.coag, d, 1);
  if (o.pct && cl.provider.level >= 2) L(cl, S.pct, d, 1);
  if (o.urine !== false) L(cl, S.urine, d, 1);
  if (o.ecg !== false) L(cl, S.ecg12, d, 1);
  if (o.ct && cl.provider.level >= 2) L(cl, S.ctChest, d, 1); else if (o.cxr !== false) L(cl, S.cxr, d, 1);
  if (o.sputum) L(cl, S.sputum, d, 1);
  if (o.bloodCx) L(cl, S.bloodCx, d, o.bloodCx);
}
function abgs(cl, d, n, puncture = true) { if (!n) return; L(cl, S.abg, d, n); if (puncture) L(cl, S.arterial, d, Math.min(n, 4)); }
function monitor(cl, d, h) { if (!h) return; L(cl, S.ecg, d, h); L(cl, S.spo2, d, h); L(cl, S.nibp, d, Math.max(1, Math.min(24, Math.round(h / 4)))); L(cl, C.electrode, d, 5); }
function oxygen(cl, d, h, first) { if (!h) return; L(cl, S.o2, d, h); if (first) L(cl, C.o2Tube, d, 1); }
function nebs(cl, d, n, first, withBud = true) { if (!n) return; L(cl, S.neb, d, n); if (withBud) L(cl, D.budNeb, d, Math.min(4, n)); L(cl, D.iprNeb, d, Math.min(4, n)); if (first) L(cl, C.nebCup, d, 1); }

// A ward stay of the respiratory department, day by day. plan(i, d) may add lines; o.nursing(i) gives the grade.
function wardStay(cs, m, h, o) {
  const cl = claim(m, h, o.dept || 'respiratory', 'inpatient', { adm: o.adm, los: o.los, dx: o.dx, route: o.route || 'outpatient', dmode: o.dmode, transferFrom: o.transferFrom, doctorId: o.doctorId });
  for (let i = 0; i <= o.los; i++) {
    const d = addDays(o.adm, i); const last = i === o.los;
    if (!last) wardNight(cl, d, o.nursing ? o.nursing(i) : (i < 2 ? 'I' : 'II'));
    if (o.day) o.day(cl, i, d, last);
  }
  return cl;
}

// ---- standard clinical day plans
function capDay(o) { // community-acquired pneumonia, ordinary ward
  const abx = o.abx; const abxDays = o.abxDays; const o2days = o.o2days || 0;
  return (cl, i, d, last) => {
    if (i === 0) { admitLabs(cl, d, { pct: true, ct: true, sputum: true, bloodCx: o.bloodCx || 0 }); }
    if (i === 3) { L(cl, S.venous, d, 1); L(cl, S.cbc, d, 1); L(cl, S.crp, d, 1); }
    if (!last && i < abxDays) { ivDay(cl, d, abx.groups + 1, i === 0); L(cl, abx.code, d, abx.qty); L(cl, D.ambroxolIv, d, 2); }
    if (i < o2days && !last) oxygen(cl, d, o.o2h || 12, i === 0);
    if (last) { L(cl, o.poAbx || D.levoPo, d, o.poQty || 6); L(cl, D.ambroxolPo, d, 18); }
  };
}
function copdDay(o) { // AECOPD, ordinary ward
  return (cl, i, d, last) => {
    if (i === 0) { admitLabs(cl, d, { pct: true, ct: o.ct, sputum: true }); abgs(cl, d, 1); L(cl, S.bnp, d, 1); }
    if (i === 3 && o.abg3 !== false) abgs(cl, d, 1);
    if (!last) {
      ivDay(cl, d, i < 5 ? 3 : 2, i === 0);
      if (i < (o.abxDays || 7)) { if (o.abx) L(cl, o.abx, d, o.abxQty || 4); else if (cl.provider.level >= 2) L(cl, D.cefoSul, d, 4); else L(cl, D.ceftriaxone, d, 2); }
      if (i < 5) L(cl, D.methylpred, d, 1);
      L(cl, D.doxofylline, d, 2);
      nebs(cl, d, 2, i === 0);
      oxygen(cl, d, i < (o.o2days ?? 5) ? (o.o2h || 16) : 0, i === 0);
      if (o.nivDays && i < o.nivDays) L(cl, S.niv, d, o.nivH || 10);
    }
    if (last) { L(cl, o.inhaler || D.budForm, d, 1); L(cl, D.tiotropium, d, 1); }
  };
}
// ICU day: hours of ventilation etc. given by arrays indexed by day
function icuDay(o) {
  return (cl, i, d, last) => {
    const loc = o.loc ? o.loc(i) : 'icu';
    if (i === 0) {
      admitLabs(cl, d, { pct: true, ct: o.ct !== false, sputum: true, bloodCx: 4 }); L(cl, S.lactate, d, 2); L(cl, S.nrs, d, 1); L(cl, S.bnp, d, 1); L(cl, S.trop, d, 1);
      if (o.cvc !== false) { L(cl, S.cvc, d, 1); proc(cl, '38.9302', d); }
      L(cl, C.spo2Probe, d, 1);
    }
    if (last) { if (o.lastDay) o.lastDay(cl, i, d); return; }
    const inv = (o.inv && o.inv[i]) || 0, niv = (o.niv && o.niv[i]) || 0, hf = (o.hfnc && o.hfnc[i]) || 0, ox = (o.o2 && o.o2[i]) || 0;
    if (loc === 'icu') {
      icuNight(cl, d, i === 0 ? (o.icuH0 || 20) : 24);
      abgs(cl, d, o.abg ? o.abg(i) : (inv ? 3 : 2), false); L(cl, S.arterial, d, 1);
      if (i > 0) { L(cl, S.venous, d, 1); L(cl, S.cbc, d, 1); L(cl, S.lytes, d, 1); if (i % 2 === 0) { L(cl, S.rft, d, 1); L(cl, S.pct, d, 1); } }
    } else { wardNight(cl, d, 'I'); monitor(cl, d, 24); if (i % 3 === 0) abgs(cl, d, 1); }
    const rinv = o.realInv ? (o.realInv[i] || 0) : inv;
    if (inv) L(cl, S.inv, d, inv);
    if (rinv) { L(cl, S.suction, d, 10); L(cl, D.midazolam, d, rinv >= 20 ? 6 : 3); L(cl, D.fentanyl, d, rinv >= 20 ? 4 : 2); if (i === (o.intubDay || 0) || (o.reintub && o.reintub.includes(i))) { L(cl, C.ett, d, 1); L(cl, C.circuit, d, 1); } }
    if (niv) L(cl, S.niv, d, niv);
    if (hf) L(cl, S.hfnc, d, hf);
    if (ox) oxygen(cl, d, ox, o.o2first === i);
    ivDay(cl, d, 4, i === 0); L(cl, S.pump, d, 20); L(cl, C.precSet, d, 2);
    L(cl, o.abx || (cl.provider.level >= 3 ? D.meropenem : D.pipTazo), d, o.abxQty || 3);
    if (i < 7) L(cl, D.pantoprazoleIv, d, 1);
    if (o.pressorDays && i < o.pressorDays) L(cl, D.norepi, d, 6);
    if (rinv && i >= 1) { L(cl, S.ngTube, d, 1); L(cl, D.enteral, d, 2); L(cl, S.enteralPump, d, 20); if (i === 1) L(cl, C.ngTube, d, 1); }
    if (i < 14) L(cl, D.lmwhCa, d, 1);
    if (o.extra) o.extra(cl, i, d);
  };
}
function icuStay(cs, m, h, o) { return wardStayGeneric(cs, m, h, 'icu', o, icuDay(o)); }
function wardStayGeneric(cs, m, h, dept, o, dayFn) {
  const cl = claim(m, h, dept, 'inpatient', { adm: o.adm, los: o.los, dx: o.dx, route: o.route || 'emergency', dmode: o.dmode, transferFrom: o.transferFrom });
  for (let i = 0; i <= o.los; i++) { const d = addDays(o.adm, i); dayFn(cl, i, d, i === o.los); }
  return cl;
}
function ventCode(cl, inv, adm) { const tot = inv.reduce((a, b) => a + (b || 0), 0); const first = inv.findIndex((x) => x > 0); proc(cl, tot >= 96 ? '96.7201' : '96.7101', addDays(adm, first)); cl.procedures.unshift(cl.procedures.pop()); return tot; }

// ---- outpatient, emergency, chronic, pharmacy
function opVisit(cs, m, h, date, dx, fill, dept = 'general') {
  const cl = claim(m, h, dept, 'outpatient', { date, dx });
  L(cl, h.kind === 'community-centre' ? S.genConsult : S.opConsult, date, 1);
  fill(cl, date); return cl;
}
function edVisit(cs, m, h, date, dx, fill) { const cl = claim(m, h, 'emergency', 'outpatient', { date, dx }); L(cl, S.edConsult, date, 1); fill(cl, date); return cl; }
function chronicVisit(cs, m, h, date, dx, fill) { const cl = claim(m, h, h.level >= 2 ? 'respiratory' : 'general', 'chronic', { date, dx }); L(cl, S.chronicConsult, date, 1); fill(cl, date); return cl; }
function pharmacyBuy(cs, m, ph, date, dx, fill, prescriber) { const cl = claim(m, ph, 'pharmacy', 'pharmacy', { date, dx, doctorId: prescriber }); fill(cl, date); return cl; }

// ---------------------------------------------------------------- typologies
const T = {}; const CK = {};
function variantList(n = 15, careful = 5) { const v = []; for (let i = 0; i < n; i++) v.push(i % 3 === 2 && v.filter((x) => x === 'careful').length < careful ? 'careful' : 'overt'); return v; }
const L3 = (r) => inst(r, '01'), L2 = (r) => inst(r, '02'), CC = (r) => inst(r, '03'), PV = (r) => inst(r, '04'), PH1 = (r) => inst(r, '05'), PH2 = (r) => inst(r, '06');
const mark = (cs, cl, ids) => { const s = (cs.mutated[cl.claimId] ||= []); for (const id of ids.filter(Boolean)) if (!s.includes(id)) s.push(id); };
const markCodes = (cs, cl, codes, dates) => { const ids = cl.items.filter((x) => codes.includes(x.code) && (!dates || dates.includes(x.date))).map((x) => x.lineId); ids.forEach((id) => cl._fraud.add(id)); mark(cs, cl, ids); };
const SEPSIS_DX = () => pick([['J18.903', 'J96.000', 'A41.900'], ['J15.903', 'J96.000', 'R65.101'], ['J18.900', 'J80.x01', 'A41.900'], ['J44.100', 'J96.900x003', 'J18.900']]);

// T01 有创呼吸机计时超过实际通气时间（并借此跨过96小时编码）
T.T01 = (v) => {
  const cs = newCase('fraud', 'T01', '有创呼吸机计费小时超过实际通气时长并高套≥96小时', v);
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 50, ageMax: 85 });
  const adm = randDate(); const los = ri(8, 11);
  const h0 = ri(12, 16); const realExtH = ri(6, 10); // real: extubated on day 3 after h0+48+realExtH hours (< 96)
  const invReal = [h0, 24, 24, realExtH];
  const billed = v === 'overt' ? [h0, 24, 24, 24, 24, 10] : [h0, 24, 24, 24, 96 - (h0 + 72)];
  const o2 = v === 'overt' ? [0, 0, 0, 24 - realExtH, 20, 20, 16, 12, 12, 12, 12] : [0, 0, 0, 0, 0, 18, 14, 12, 12, 12, 12];
  if (v === 'careful') { o2[3] = 0; o2[4] = 0; }
  const dx = SEPSIS_DX();
  const cl = add(cs, icuStay(cs, m, h, { adm, los, dx, inv: billed, realInv: invReal, o2, o2first: v === 'overt' ? 3 : 5, pressorDays: 3, loc: (i) => (i < 6 ? 'icu' : 'ward') }), true);
  ventCode(cl, billed, adm);
  const padded = []; for (let i = 3; i < billed.length; i++) padded.push(addDays(adm, i));
  markCodes(cs, cl, [S.inv], padded);
  cs.note = `real ventilation ${invReal.reduce((a, b) => a + b, 0)}h, billed ${billed.reduce((a, b) => a + b, 0)}h, coded 96.7201`;
  return cs;
};
// T02 有创与无创呼吸机同日叠加计费
T.T02 = (v) => {
  const cs = newCase('fraud', 'T02', '有创呼吸机与无创呼吸机同时段重复计费', v);
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 55, ageMax: 88 });
  const adm = randDate(); const los = ri(7, 10);
  const inv = [ri(10, 18), 24, 24, ri(8, 14)];
  const hf = [0, 0, 0, 24 - inv[3], 12];
  const o2 = [0, 0, 0, 0, 10, 16, 14, 12, 12, 12];
  const cl = add(cs, icuStay(cs, m, h, { adm, los, dx: pick([['J44.100', 'J96.900x003', 'J18.900'], ['J18.903', 'J96.000'], ['J15.903', 'J96.000', 'A41.900']]), inv, hfnc: hf, o2, o2first: 4, loc: (i) => (i < 5 ? 'icu' : 'ward') }), true);
  ventCode(cl, inv, adm);
  const days = v === 'overt' ? [1, 2, 3] : [3];
  for (const i of days) { const d = addDays(adm, i); const q = v === 'overt' ? (i === 3 ? 16 : 24) : 12; cl._fraud.add(L(cl, S.niv, d, q, { fraud: true })); }
  if (v === 'careful') { const d = addDays(adm, 2); L(cl, S.niv, d, 6, { fraud: true }); }
  markCodes(cs, cl, [S.niv], days.concat(v === 'careful' ? [2] : []).map((i) => addDays(adm, i)));
  return cs;
};
// T03 特级护理同时另收心电监测、血氧饱和度监测
T.T03 = (v) => {
  const cs = newCase('fraud', 'T03', '特级护理同时另收其所含心电监测、血氧饱和度监测', v);
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 55, ageMax: 88 });
  const adm = randDate(); const los = ri(8, 12); const spDays = v === 'overt' ? ri(4, 6) : 3;
  const dx = pick([['J44.100', 'J96.900x003'], ['J44.100', 'J96.900x003', 'J18.900'], ['J45.900x021', 'J96.000']]);
  const base = dx[0].startsWith('J45') ? null : copdDay({ nivDays: 3, nivH: 12, o2days: 6, o2h: 12 });
  const cl = add(cs, wardStay(cs, m, h, { adm, los, dx, route: 'emergency', nursing: (i) => (i < spDays ? 'special' : i < spDays + 2 ? 'I' : 'II'), day: (cl, i, d, last) => {
    if (base) base(cl, i, d, last); else { if (i === 0) { admitLabs(cl, d, { ct: true }); abgs(cl, d, 2); } if (!last) { ivDay(cl, d, 3, i === 0); L(cl, D.methylpred, d, i < 3 ? 2 : 1); nebs(cl, d, i < 3 ? 4 : 2, i === 0); oxygen(cl, d, i < 5 ? 18 : 0, i === 0); } else L(cl, D.budForm, d, 1); }
    if (!last && i >= spDays && i < spDays + 2) monitor(cl, d, 24);
  } }), true);
  if (cl.diagnoses[0].code.startsWith('J44')) proc(cl, '93.9000x002', adm);
  const fDays = []; for (let i = 0; i < spDays; i++) if (v === 'overt' || i > 0) fDays.push(addDays(adm, i));
  for (const d of fDays) { const q = v === 'overt' ? 24 : 12; cl._fraud.add(L(cl, S.ecg, d, q, { fraud: true })); cl._fraud.add(L(cl, S.spo2, d, q, { fraud: true })); }
  markCodes(cs, cl, [S.ecg, S.spo2], fDays);
  return cs;
};
// T04 重症监护按小时收费同时收取分级护理及其所含监测
T.T04 = (v) => {
  const cs = newCase('fraud', 'T04', '重症监护计时收费同时收取特级/分级护理及其所含监测', v);
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 45, ageMax: 88 });
  const adm = randDate(); const los = ri(6, 9);
  const inv = [ri(12, 18), 24, 24, ri(6, 12)]; const o2 = [0, 0, 0, 0, 16, 14, 12, 12, 12];
  const cl = add(cs, icuStay(cs, m, h, { adm, los, dx: SEPSIS_DX(), inv, o2, o2first: 4, pressorDays: 2, loc: (i) => (i < 5 ? 'icu' : 'ward') }), true);
  ventCode(cl, inv, adm);
  const days = v === 'overt' ? [1, 2, 3, 4] : [2, 3];
  for (const i of days) { const d = addDays(adm, i); L(cl, v === 'overt' ? S.nSpecial : S.nI, d, 1, { fraud: true }); if (v === 'overt') { L(cl, S.ecg, d, 24, { fraud: true }); L(cl, S.spo2, d, 24, { fraud: true }); } }
  markCodes(cs, cl, [S.nSpecial, S.nI, S.ecg, S.spo2], days.map((i) => addDays(adm, i)));
  return cs;
};
// T05 急诊留观单独结算后住院首日再收全天监测：同一天监测小时超过24
T.T05 = (v) => {
  const cs = newCase('fraud', 'T05', '急诊留观与住院首日监测、血气重复计时超过当日', v);
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 50, ageMax: 88 });
  const adm = randDate(); const los = ri(7, 10); const edH = v === 'overt' ? ri(14, 18) : ri(8, 10);
  const dx = pick([['J44.100', 'J96.900x003'], ['J44.000', 'J96.900x003'], ['J44.100', 'J18.900']]);
  const ed = add(cs, edVisit(cs, m, h, adm, dx, (cl, d) => { L(cl, S.venous, d, 1); L(cl, S.cbc, d, 1); L(cl, S.crp, d, 1); L(cl, S.ecg12, d, 1); L(cl, S.cxr, d, 1); abgs(cl, d, 2); monitor(cl, d, edH); oxygen(cl, d, edH, true); nebs(cl, d, 2, true); ivDay(cl, d, 2, true); L(cl, D.methylpred, d, 1); }), true);
  const ip = add(cs, wardStay(cs, m, h, { adm, los, dx, route: 'emergency', nursing: (i) => (i < 3 ? 'I' : 'II'), day: (cl, i, d, last) => { copdDay({ o2days: 5, o2h: 16, ct: true })(cl, i, d, last); if (!last && i < 3 && i > 0) monitor(cl, d, 24); } }), true);
  const d0 = adm; const q = v === 'overt' ? 24 : 24 - edH + ri(6, 8);
  for (const c of [S.ecg, S.spo2]) L(ip, c, d0, q, { fraud: true }); L(ip, S.nibp, d0, 6); L(ip, C.electrode, d0, 5);
  abgs(ip, d0, v === 'overt' ? 2 : 0);
  markCodes(cs, ip, [S.ecg, S.spo2], [d0]);
  mark(cs, ed, ed.items.filter((x) => x.code === S.ecg || x.code === S.spo2).map((x) => x.lineId));
  cs.note = `ED ${edH}h + admission-day ${q}h`;
  return cs;
};
// T06 中心静脉置管重复收费
T.T06 = (v) => {
  const cs = newCase('fraud', 'T06', '中心静脉置管重复收费（PICC同日另收深静脉穿刺置管/无新置管再收）', v);
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 40, ageMax: 85 });
  const adm = randDate();
  if (v === 'overt') { // respiratory ward: PICC for a long IV course (lung abscess / bronchiectasis with Pseudomonas)
    const los = ri(14, 18); const pd = addDays(adm, 1);
    const cl = add(cs, wardStay(cs, m, h, { adm, los, dx: pick([['J85.100', 'J15.100'], ['J47.x03', 'J15.101']]), nursing: (i) => (i < 3 ? 'I' : 'II'), day: (cl, i, d, last) => {
      if (i === 0) admitLabs(cl, d, { pct: true, ct: true, sputum: true, bloodCx: 2 });
      if (i % 4 === 3) { L(cl, S.venous, d, 1); L(cl, S.cbc, d, 1); L(cl, S.crp, d, 1); }
      if (!last) { ivDay(cl, d, 3, i === 0); L(cl, D.pipTazo, d, 3); if (i < 14) L(cl, D.ambroxolIv, d, 2); if (i % 7 === 6) L(cl, '003307040020001', d, 1); }
      if (last) L(cl, D.levoPo, d, 14);
    } }), true);
    L(cl, S.picc, pd, 1); L(cl, C.piccCath, pd, 1); proc(cl, '38.9301', pd);
    const a = L(cl, S.cvc, pd, 1, { fraud: true }); const b = L(cl, S.localAn, pd, 1, { fraud: true }); mark(cs, cl, [a, b]);
  } else {
    const los = ri(8, 11); const inv = [ri(12, 18), 24, 24, ri(6, 12)]; const o2 = [0, 0, 0, 0, 16, 14, 12, 12, 12, 12];
    const cl = add(cs, icuStay(cs, m, h, { adm, los, dx: SEPSIS_DX(), inv, o2, o2first: 4, pressorDays: 3, loc: (i) => (i < 5 ? 'icu' : 'ward') }), true);
    ventCode(cl, inv, adm);
    const a = L(cl, S.cvc, addDays(adm, ri(2, 4)), 1, { fraud: true }); mark(cs, cl, [a]);
  }
  return cs;
};
// T07 吸入制剂超限定支付范围（非慢阻肺/哮喘开具ICS/LABA；哮喘开具限慢阻肺的噻托溴铵）
T.T07 = (v) => {
  const cs = newCase('fraud', 'T07', '吸入制剂超限定支付范围（无慢阻肺/哮喘诊断或噻托溴铵用于哮喘）', v);
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 25, ageMax: 70 });
  const h = pick([L3(r), L2(r), CC(r), PV(r)]); const date = randDate();
  if (v === 'overt') {
    const dx = pick([['J20.900'], ['J06.900'], ['R05.x00'], ['J20.902']]);
    const cl = add(cs, opVisit(cs, m, h, date, dx, (cl, d) => { L(cl, S.cbc, d, 1); L(cl, S.crp, d, 1); L(cl, D.ambroxolPo, d, 18); if (chance(0.5)) L(cl, D.cefuroximePo, d, 12); }, 'general'), true);
    const a = L(cl, pick([D.budForm, D.salmFlut]), date, ri(1, 2), { fraud: true }); mark(cs, cl, [a]);
    if (chance(0.4)) { const b = L(cl, D.tiotropium, date, 1, { fraud: true }); mark(cs, cl, [b]); }
  } else {
    const hh = pick([L3(r), L2(r)]);
    const cl = add(cs, opVisit(cs, m, hh, date, ['J45.900x012'], (cl, d) => { L(cl, S.pft, d, 1); L(cl, D.budForm, d, 1); }, 'respiratory'), true);
    const a = L(cl, D.tiotropium, date, 1, { fraud: true }); mark(cs, cl, [a]);
  }
  return cs;
};
// T08 轻症雾化吸入一日多次（门诊连续多日）
T.T08 = (v) => {
  const cs = newCase('fraud', 'T08', '轻症上呼吸道感染/急性支气管炎连日一日多次雾化吸入', v);
  const r = pick(REGIONS); const h = pick([CC(r), PV(r), L2(r)]); const m = member({ region: r, ageMin: 18, ageMax: 65 });
  const start = randDate(); const days = v === 'overt' ? ri(5, 7) : ri(4, 5); const per = v === 'overt' ? ri(3, 4) : 3;
  const dx = v === 'overt' ? pick([['J06.900'], ['J06.900x001'], ['J02.900']]) : ['J20.900'];
  for (let k = 0; k < days; k++) {
    const d = addDays(start, k);
    const cl = add(cs, opVisit(cs, m, h, d, dx, (cl, dd) => { if (k === 0) { L(cl, S.cbc, dd, 1); L(cl, S.crp, dd, 1); L(cl, D.ambroxolPo, dd, 18); } }), true);
    const ids = [L(cl, S.neb, d, per, { fraud: true }), L(cl, D.budNeb, d, per, { fraud: true }), L(cl, D.iprNeb, d, per, { fraud: true })];
    if (k === 0) L(cl, C.nebCup, d, 1);
    mark(cs, cl, ids);
  }
  return cs;
};
// T09 低标准入院：慢阻肺稳定期“输液疗程”住院
T.T09 = (v) => {
  const cs = newCase('fraud', 'T09', '慢阻肺稳定期低标准入院（输液疗程）', v);
  const r = pick(REGIONS); const h = pick([L2(r), PV(r), PV(r)]); const m = member({ region: r, ageMin: 62, ageMax: 85 });
  const adm = randDate(); const los = ri(7, 10);
  const dx = v === 'overt' ? ['J44.900'] : ['J44.100'];
  add(cs, wardStay(cs, m, h, { adm, los, dx, route: 'outpatient', nursing: () => (v === 'overt' ? 'III' : 'II'), day: (cl, i, d, last) => {
    if (i === 0) { L(cl, S.venous, d, 1); L(cl, S.cbc, d, 1); if (v === 'careful') { L(cl, S.crp, d, 1); L(cl, S.cxr, d, 1); L(cl, S.ecg12, d, 1); } }
    if (!last) { ivDay(cl, d, 2, i === 0); L(cl, D.doxofylline, d, 2); L(cl, D.ambroxolIv, d, 2); }
    if (last) L(cl, D.ambroxolPo, d, 18);
  } }), true);
  return cs;
};
// T10 未吸氧患者按住院全程每小时收取吸氧费
T.T10 = (v) => {
  const cs = newCase('fraud', 'T10', '非低氧患者住院全程按小时收取吸氧费', v);
  const r = pick(REGIONS); const h = pick([L2(r), PV(r), L3(r)]); const m = member({ region: r, ageMin: 20, ageMax: 75 });
  const adm = randDate(); const los = ri(5, 8);
  const dx = v === 'overt' ? pick([['J20.900'], ['J20.902'], ['J18.900']]) : ['J18.900'];
  const cl = add(cs, wardStay(cs, m, h, { adm, los, dx, nursing: () => (v === 'overt' ? 'III' : 'II'), day: capDay({ abx: { code: D.ceftriaxone, qty: 2, groups: 1 }, abxDays: los, poAbx: D.cefuroximePo, poQty: 12 }) }), true);
  for (let i = 0; i <= los; i++) { const d = addDays(adm, i); const q = v === 'overt' ? (i === los ? 9 : 24) : (i === los ? 0 : 12); if (q) L(cl, S.o2, d, q, { fraud: true }); }
  if (v === 'careful') L(cl, C.o2Tube, adm, 1);
  markCodes(cs, cl, [S.o2]);
  return cs;
};
// T11 纤维支气管镜检查分解收费（其所含活检/灌洗另按一次支气管镜收费）
T.T11 = (v) => {
  const cs = newCase('fraud', 'T11', '纤维支气管镜检查分解收费（所含活检、灌洗再计一次）', v);
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 48, ageMax: 80 });
  const adm = randDate(); const los = ri(6, 9); const bd = addDays(adm, 2);
  const dx = pick([['C34.100x004'], ['C34.900x001'], ['C34.100x003'], ['J18.900', 'R04.200']]);
  const cl = add(cs, wardStay(cs, m, h, { adm, los, dx, nursing: () => 'II', day: (cl, i, d, last) => {
    if (i === 0) { admitLabs(cl, d, { ct: true }); L(cl, S.ctEnh, d, 1); L(cl, D.iohexol, d, 1); L(cl, S.cea, d, 1); L(cl, S.hepB, d, 1); L(cl, '002502120010001', d, 1); }
    if (i === 1) { L(cl, S.pft, d, 1); L(cl, S.ecg12, d, 1); }
    if (d === bd) { L(cl, S.bronch, d, 1); L(cl, D.lidocaine, d, 2); L(cl, S.path, d, 1); L(cl, S.culture, d, 1); L(cl, S.ecg, d, 2); L(cl, S.spo2, d, 2); }
    if (!last && i <= 3 && dx[0].startsWith('J')) { ivDay(cl, d, 2, i === 0); L(cl, D.moxiIv, d, 1); }
  } }), true);
  proc(cl, dx[0].startsWith('C') ? '33.2400x001' : '33.2200x003', bd);
  const d2 = v === 'overt' ? bd : addDays(adm, 3);
  const a = L(cl, S.bronch, d2, 1, { fraud: true }); mark(cs, cl, [a]);
  return cs;
};
// T12 冒用他人医保凭证
T.T12 = (v) => {
  const cs = newCase('fraud', 'T12', '冒用他人医保凭证就医购药', v);
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 26, ageMax: 48, gender: 'F', scheme: 'employee' });
  const date = randDate('2025-02-01', '2025-11-10');
  // the holder's own care
  const own = add(cs, opVisit(cs, m, CC(r), date, pick([['I10.x00'], ['J06.900'], ['K29.700']]), (cl, d) => { L(cl, S.cbc, d, 1); }), false);
  void own;
  if (v === 'overt') { // the same day, in another province, an emergency visit with COPD care for an old man's illness
    const r2 = pick(REGIONS.filter((x) => x !== r)); const h2 = L3(r2);
    const cl = add(cs, edVisit(cs, m, h2, date, ['J44.100'], (cl, d) => { L(cl, S.cbc, d, 1); L(cl, S.crp, d, 1); L(cl, S.cxr, d, 1); abgs(cl, d, 1); nebs(cl, d, 2, true); ivDay(cl, d, 2, true); L(cl, D.methylpred, d, 1); L(cl, D.doxofylline, d, 2); L(cl, D.budForm, d, 1); L(cl, D.tiotropium, d, 1); }), true);
    void cl;
  } else { // a pharmacy of the same city, a week later, COPD inhalers on the card of a young woman with no COPD
    const d2 = addDays(date, ri(3, 12));
    add(cs, pharmacyBuy(cs, m, PH1(r), d2, ['J44.900'], (cl, d) => { L(cl, D.budForm, d, 2); L(cl, D.tiotropium, d, 2); }, doctor(L2(r), 'respiratory')), true);
  }
  return cs;
};
// T13 住院期间发生门诊/药店结算
T.T13 = (v) => {
  const cs = newCase('fraud', 'T13', '住院期间另发生门诊或药店医保结算', v);
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 58, ageMax: 85 });
  const adm = randDate('2025-01-10', '2025-11-05'); const los = ri(8, 11);
  add(cs, wardStay(cs, m, h, { adm, los, dx: ['J44.100', 'J96.900x003'], route: 'emergency', nursing: (i) => (i < 3 ? 'I' : 'II'), day: copdDay({ o2days: 5 }) }), false);
  if (v === 'overt') {
    const d = addDays(adm, ri(3, los - 3));
    add(cs, opVisit(cs, m, pick([CC(r), PV(r)]), d, ['J44.900'], (cl, dd) => { L(cl, D.budForm, dd, 1); L(cl, D.tiotropium, dd, 1); L(cl, D.ambroxolPo, dd, 36); }), true);
  } else {
    const d = addDays(adm, los - 1);
    add(cs, pharmacyBuy(cs, m, PH1(r), d, ['J44.900'], (cl, dd) => { L(cl, D.budForm, dd, 1); L(cl, D.ambroxolPo, dd, 24); }, doctor(h, 'respiratory')), true);
  }
  return cs;
};
// T14 跨药店重复购买吸入剂囤药
T.T14 = (v) => {
  const cs = newCase('fraud', 'T14', '跨药店、门诊重复开购吸入剂囤药', v);
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 60, ageMax: 82, chronic: ['J44'] });
  const start = randDate('2025-01-10', '2025-07-30'); const pres = doctor(L3(r), 'respiratory');
  if (v === 'overt') {
    add(cs, chronicVisit(cs, m, L3(r), start, ['J44.900'], (cl, d) => { L(cl, D.budForm, d, 2); L(cl, D.tiotropium, d, 2); }), false);
    for (const [k, ph] of [[ri(5, 8), PH1(r)], [ri(12, 16), PH2(r)], [ri(20, 24), PH1(r)]]) {
      const cl = add(cs, pharmacyBuy(cs, m, ph, addDays(start, k), ['J44.900'], (cl, d) => { L(cl, D.budForm, d, 2); L(cl, D.tiotropium, d, 2); }, pres), true);
      markCodes(cs, cl, [D.budForm, D.tiotropium]);
    }
  } else {
    for (let mo = 0; mo < 4; mo++) {
      const d = addDays(start, mo * 30);
      add(cs, pharmacyBuy(cs, m, PH1(r), d, ['J44.900'], (cl, dd) => { L(cl, D.budForm, dd, 1); L(cl, D.tiotropium, dd, 1); }, pres), false);
      const cl = add(cs, pharmacyBuy(cs, m, PH2(r), addDays(d, ri(4, 9)), ['J44.900'], (cl, dd) => { L(cl, D.budForm, dd, 1); L(cl, D.tiotropium, dd, 1); }, pres), true);
      markCodes(cs, cl, [D.budForm, D.tiotropium]);
    }
  }
  return cs;
};
// T15 围绕ICU分解住院
T.T15 = (v) => {
  const cs = newCase('fraud', 'T15', '围绕ICU转科办理出院再入院（分解住院）', v);
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 50, ageMax: 88 });
  const adm = randDate(); const los1 = ri(2, 4);
  const dx = pick([['J18.903', 'J96.000'], ['J44.100', 'J96.900x003', 'J18.900']]);
  const a = add(cs, wardStay(cs, m, h, { adm, los: los1, dx, route: 'emergency', nursing: () => 'I', day: (cl, i, d, last) => { capDay({ abx: { code: D.pipTazo, qty: 3, groups: 1 }, abxDays: los1, o2days: los1, o2h: 20 })(cl, i, d, last); if (!last) monitor(cl, d, 24); } }), true);
  a.dischargeMode = 'ordered';
  const adm2 = v === 'overt' ? a.dischargeDate : addDays(a.dischargeDate, ri(1, 2));
  const los2 = ri(5, 7); const inv = [ri(10, 16), 24, ri(10, 20)]; const o2 = [0, 0, 0, 16, 14, 12, 12, 12];
  const dx2 = v === 'overt' ? dx : ['J96.000', dx[0]];
  const b = add(cs, icuStay(cs, m, h, { adm: adm2, los: los2, dx: dx2, inv, o2, o2first: 3, route: v === 'overt' ? 'outpatient' : 'emergency', loc: (i) => (i < 4 ? 'icu' : 'ward'), ct: false, cvc: true }), true);
  ventCode(b, inv, adm2);
  return cs;
};

// ---------------------------------------------------------------- controls
// C01 长时间有创通气（≥96小时）
CK.C01 = () => {
  const cs = newCase('control', 'C01', '长时间有创机械通气≥96小时（ARDS/重症肺炎）', 'control');
  const r = pick(REGIONS); const h = L3(r); const m = member({ region: r, ageMin: 40, ageMax: 85 });
  const adm = randDate(); const vd = ri(5, 8); const los = vd + ri(4, 6);
  const inv = [ri(10, 18)]; for (let i = 1; i < vd; i++) inv.push(24); inv.push(ri(6, 12));
  const hf = inv.map(() => 0); hf[vd] = 24 - inv[vd]; hf[vd + 1] = 16;
  const o2 = inv.map(() => 0); for (let i = vd + 2; i < los; i++) o2[i] = 12;
  const cl = add(cs, icuStay(cs, m, h, { adm, los, dx: pick([['J80.x01', 'J18.903', 'A41.900'], ['J18.903', 'J96.000', 'J80.x01'], ['J15.903', 'J80.x01']]), inv, hfnc: hf, o2, o2first: vd + 2, pressorDays: 4, loc: (i) => (i < vd + 2 ? 'icu' : 'ward') }), true);
  ventCode(cl, inv, adm);
  cs.source = '中华医学会重症医学分会《急性呼吸窘迫综合征患者机械通气指南（试行）》2016; ICD-9-CM-3 96.72 持续≥96小时';
  return cs;
};
// C02 拔管失败再插管
CK.C02 = () => {
  const cs = newCase('control', 'C02', '拔管失败后再次插管（两段有创通气，间隔高流量）', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 55, ageMax: 88 });
  const adm = randDate(); const los = ri(10, 13);
  const inv = [ri(12, 16), 24, ri(8, 12), 0, ri(8, 14), 24, 24, ri(6, 10)];
  const hf = [0, 0, 24 - inv[2], 22, 24 - inv[4], 0, 0, 24 - inv[7], 18];
  const o2 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 12, 12, 12, 12];
  const cl = add(cs, icuStay(cs, m, h, { adm, los, dx: pick([['J44.100', 'J96.900x003', 'J18.900'], ['J18.903', 'J96.000']]), inv, hfnc: hf, o2, o2first: 9, reintub: [4], loc: (i) => (i < 9 ? 'icu' : 'ward') }), true);
  proc(cl, '96.7101', adm); proc(cl, '96.7101', addDays(adm, 4));
  cs.source = 'Thille AW et al., Weaning from the ventilator and extubation in ICU, Curr Opin Crit Care 2013 (re-intubation 10–20% within 48–72h); 中华医学会重症医学分会 机械通气临床应用指南 2006';
  return cs;
};
// C03 先高流量后无创（不同日）
CK.C03 = () => {
  const cs = newCase('control', 'C03', '经鼻高流量氧疗失败后改无创通气（分日计费）', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 50, ageMax: 88 });
  const adm = randDate(); const los = ri(8, 11);
  const hf = [ri(14, 18), 22, 0, 0, 0, 20]; const niv = [0, 0, 20, 18, 14, 0]; const o2 = [0, 0, 4, 6, 10, 0, 14, 12, 12, 12, 12];
  const cl = add(cs, icuStay(cs, m, h, { adm, los, dx: pick([['J44.100', 'J96.900x003'], ['J18.903', 'J96.000'], ['J44.000', 'J96.900x003']]), hfnc: hf, niv, o2, o2first: 2, cvc: false, abg: (i) => (i < 5 ? 3 : 1), loc: (i) => (i < 6 ? 'icu' : 'ward') }), true);
  proc(cl, '93.9000x002', addDays(adm, 2));
  cs.source = '《成人经鼻高流量湿化氧疗临床规范应用专家共识》2019 (ROX指数评估失败后升级无创/有创); GOLD 2024 AECOPD NIV';
  return cs;
};
// C04 脓毒性休克行CRRT
CK.C04 = () => {
  const cs = newCase('control', 'C04', '脓毒性休克合并急性肾损伤行CRRT', 'control');
  const r = pick(REGIONS); const h = L3(r); const m = member({ region: r, ageMin: 40, ageMax: 85 });
  const adm = randDate(); const los = ri(9, 12); const inv = [ri(10, 16), 24, 24, 24, ri(8, 14)]; const o2 = [0, 0, 0, 0, 0, 14, 12, 12, 12, 12, 12];
  const crrtDays = [1, 2, 3];
  const cl = add(cs, icuStay(cs, m, h, { adm, los, dx: pick([['A41.900', 'R57.200', 'N17.900', 'J18.900'], ['A41.500x083', 'R57.200', 'N17.901'], ['J18.903', 'R57.200', 'N17.900', 'A41.900']]), inv, o2, o2first: 5, pressorDays: 5, loc: (i) => (i < 7 ? 'icu' : 'ward'),
    extra: (cl, i, d) => { if (crrtDays.includes(i)) { L(cl, S.crrt, d, i === 1 ? 18 : 22); L(cl, C.dialyser, d, 1); L(cl, C.bloodLine, d, 1); L(cl, D.heparin, d, 3); } if (i === 1) { L(cl, S.cvc, d, 1); L(cl, C.hdCath, d, 1); proc(cl, '38.9303', d); proc(cl, '39.9500x007', d); L(cl, S.albumin, d, 1); } if (i >= 1 && i <= 3) L(cl, D.albuminHum, d, 2); if (i < 4) L(cl, S.lactate, d, 3); } }), true);
  ventCode(cl, inv, adm);
  cs.source = 'Surviving Sepsis Campaign 2021; 《血液净化标准操作规程（2021版）》CRRT适应证（脓毒症、AKI）; 人血白蛋白 限抢救、重症';
  return cs;
};
// C05 DKA（或休克）反复血气
CK.C05 = (k) => {
  const dka = k % 3 !== 2;
  const cs = newCase('control', 'C05', dka ? '糖尿病酮症酸中毒救治期反复血气分析' : '休克复苏期反复血气分析与乳酸', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]);
  if (dka) {
    const m = member({ region: r, ageMin: 18, ageMax: 55 }); const adm = randDate(); const los = ri(4, 6);
    add(cs, wardStayGeneric(cs, m, h, 'icu', { adm, los, dx: pick([['E11.101', 'E87.201'], ['E10.101', 'E87.201'], ['E11.101']]), route: 'emergency' }, (cl, i, d, last) => {
      if (i === 0) { admitLabs(cl, d, { cxr: true }); L(cl, S.fbg, d, 1); L(cl, C.spo2Probe, d, 1); }
      if (last) { L(cl, D.insulin, d, 2); return; }
      icuNight(cl, d, i === 0 ? ri(16, 20) : 24);
      const n = [4, 4, 2, 1, 1, 1][i] || 1; abgs(cl, d, n, false); L(cl, S.arterial, d, Math.min(4, n));
      L(cl, S.glucose, d, i < 2 ? 8 : 6); L(cl, C.stripe, d, i < 2 ? 8 : 6); L(cl, S.lytes, d, i === 1 ? 2 : 1); L(cl, S.venous, d, 1);
      ivDay(cl, d, i < 2 ? 5 : 3, i === 0); L(cl, S.pump, d, 22); L(cl, D.insulin, d, 1); L(cl, D.kcl, d, i < 2 ? 6 : 3); if (i < 2) L(cl, D.gns, d, 3);
    }), true);
    cs.source = 'ADA Hyperglycemic Crises in Adults with Diabetes consensus 2024 (venous/arterial pH and electrolytes every 2–4 h until resolution); 《中国高血糖危象诊断与治疗指南》2013';
  } else {
    const m = member({ region: r, ageMin: 45, ageMax: 85 }); const adm = randDate(); const los = ri(6, 8);
    const inv = [ri(10, 16), 24, ri(8, 14)]; const o2 = [0, 0, 0, 16, 14, 12, 12, 12];
    const cl = add(cs, icuStay(cs, m, h, { adm, los, dx: ['A41.900', 'R57.200', 'J18.900'], inv, o2, o2first: 3, pressorDays: 3, abg: (i) => (i < 2 ? 4 : 2), loc: (i) => (i < 5 ? 'icu' : 'ward'), extra: (cl, i, d) => { if (i < 3) L(cl, S.lactate, d, 4); } }), true);
    ventCode(cl, inv, adm);
    cs.source = 'Surviving Sepsis Campaign 2021: remeasure lactate every 2–4 h to guide resuscitation';
  }
  return cs;
};
// C06 急诊留观转住院（急诊费用并入住院）
CK.C06 = () => {
  const cs = newCase('control', 'C06', '急诊留观转入住院（急诊费用并入住院结算）', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 50, ageMax: 88 });
  const adm = randDate(); const los = ri(7, 10); const edH = ri(6, 12);
  add(cs, wardStay(cs, m, h, { adm, los, dx: pick([['J44.100', 'J96.900x003'], ['J44.000', 'J96.900x003', 'J18.900']]), route: 'emergency', nursing: (i) => (i < 3 ? 'I' : 'II'), day: (cl, i, d, last) => {
    if (i === 0) { L(cl, S.edConsult, d, 1); abgs(cl, d, 1); nebs(cl, d, 1, false, false); }
    copdDay({ o2days: 5, o2h: 16, ct: true })(cl, i, d, last);
    if (!last && i < 3) monitor(cl, d, 24);
  } }), true);
  void edH;
  cs.source = '医保结算：急诊留观后转入住院的，留观期间费用并入本次住院结算（多地医保经办规程，如《四川省基本医疗保险住院结算管理》口径）';
  return cs;
};
// C07 慢阻肺真实再次急性加重再入院
CK.C07 = () => {
  const cs = newCase('control', 'C07', '慢阻肺出院后真实再次急性加重再入院', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 62, ageMax: 88 });
  const adm = randDate('2025-01-06', '2025-09-30'); const los = ri(7, 10);
  const a = add(cs, wardStay(cs, m, h, { adm, los, dx: ['J44.100', 'J96.900x003'], route: 'emergency', nursing: (i) => (i < 3 ? 'I' : 'II'), day: copdDay({ o2days: 5 }) }), true);
  const adm2 = addDays(a.dischargeDate, ri(12, 28)); const los2 = ri(8, 11);
  add(cs, wardStay(cs, m, h, { adm: adm2, los: los2, dx: ['J44.000', 'J96.900x003', 'J15.101'], route: 'emergency', nursing: (i) => (i < 4 ? 'I' : 'II'), day: (cl, i, d, last) => {
    copdDay({ o2days: 6, o2h: 18, nivDays: 3, nivH: 12, abx: D.pipTazo, abxQty: 3, abxDays: 9 })(cl, i, d, last);
    if (!last && i < 3) monitor(cl, d, 24);
    if (i === 1) { abgs(cl, d, 2); }
  } }), true);
  cs.claims[1].procedures.push({ code: '93.9000x002', date: adm2 });
  cs.source = 'GOLD 2024 / 《慢性阻塞性肺疾病诊治指南（2021年修订版）》: ~20% of AECOPD patients are readmitted within 30 days; new exacerbation with Pseudomonas, NIV';
  return cs;
};
// C08 家庭氧疗患者12周长处方
CK.C08 = () => {
  const cs = newCase('control', 'C08', '慢阻肺长期家庭氧疗患者门诊慢特病12周长处方', 'control');
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 62, ageMax: 85, chronic: ['J44'] }); const h = pick([L3(r), L2(r)]);
  const d1 = randDate('2025-01-06', '2025-07-30');
  for (let k = 0; k < 2; k++) {
    const d = addDays(d1, k * 84);
    add(cs, chronicVisit(cs, m, h, d, ['J44.900', 'J96.100'], (cl, dd) => { if (k === 0) { abgs(cl, dd, 1); L(cl, S.pft, dd, 1); } L(cl, D.budForm, dd, 3, { long: true }); L(cl, D.tiotropium, dd, 3, { long: true }); L(cl, D.salbutamol, dd, 1, { long: true }); }), true);
  }
  cs.source = '国家医保局 国家卫生健康委《关于做好长期处方管理工作的通知》/《长期处方管理规范（试行）》2021: up to 12 weeks for stable chronic disease; GOLD 2024 LTOT (home oxygen, not billed here)';
  return cs;
};
// C09 县级ICU转三级ICU
CK.C09 = () => {
  const cs = newCase('control', 'C09', '县医院ICU转诊至三级医院ICU（转院字段完整）', 'control');
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 45, ageMax: 85 });
  const adm = randDate(); const los1 = ri(1, 3);
  const inv1 = [ri(10, 16), 24, 24].slice(0, los1);
  const a = add(cs, icuStay(cs, m, L2(r), { adm, los: los1, dx: pick([['J18.903', 'J96.000', 'A41.900'], ['J80.x01', 'J18.903']]), inv: inv1.concat([0]), pressorDays: los1, dmode: 'transfer', lastDay: (cl, i, d) => { L(cl, S.inv, d, ri(4, 8)); abgs(cl, d, 1, false); } }), true);
  a.dischargeMode = 'transfer'; ventCode(a, inv1.concat([a.items.filter((x) => x.code === S.inv && x.date === a.dischargeDate).reduce((s, x) => s + x.quantity, 0)]), adm);
  const adm2 = a.dischargeDate; const los2 = ri(7, 11);
  const hLast = a.items.filter((x) => x.code === S.inv && x.date === adm2).reduce((s, x) => s + x.quantity, 0);
  const inv2 = [24 - hLast - 2, 24, 24, 24, ri(6, 12)]; const o2 = [0, 0, 0, 0, 0, 16, 14, 12, 12, 12, 12];
  const b = add(cs, icuStay(cs, m, L3(r), { adm: adm2, los: los2, dx: a.diagnoses.map((d) => d.code), inv: inv2, o2, o2first: 5, route: 'transfer', transferFrom: a.provider.hospitalId, pressorDays: 3, icuH0: 22 - hLast, loc: (i) => (i < 6 ? 'icu' : 'ward') }), true);
  ventCode(b, inv2, adm2);
  cs.source = '国家卫生健康委《医疗机构转诊管理》/医保结算清单 入院途径3 其他医疗机构转入、离院方式2 医嘱转院';
  return cs;
};
// C10 肺栓塞：CT肺动脉造影与抗凝
CK.C10 = () => {
  const cs = newCase('control', 'C10', '急性肺栓塞CT肺动脉造影确诊并抗凝', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 40, ageMax: 80 });
  const adm = randDate(); const los = ri(7, 10); const riv = ri(4, 5);
  const cl = add(cs, wardStay(cs, m, h, { adm, los, dx: pick([['I26.900x010'], ['I26.900x006', 'I80.201'], ['I26.900x010', 'I80.201']]), route: 'emergency', nursing: (i) => (i < 3 ? 'I' : 'II'), day: (cl, i, d, last) => {
    if (i === 0) { admitLabs(cl, d, { cxr: false, urine: false }); L(cl, S.ddimer, d, 1); L(cl, S.trop, d, 1); L(cl, S.bnp, d, 1); abgs(cl, d, 1); L(cl, S.ctChest, d, 1); L(cl, S.ctEnh, d, 1); L(cl, D.iohexol, d, 1); L(cl, C.syringeHP, d, 1); }
    if (i === 1) { L(cl, S.legUS, d, 1); L(cl, S.echo, d, 1); }
    if (!last && i < 3) { monitor(cl, d, 24); oxygen(cl, d, i === 0 ? 16 : 12, i === 0); }
    if (!last && i < riv) { L(cl, D.enox, d, 2); L(cl, S.sc, d, 2); }
    if (!last && i >= riv) L(cl, D.rivaroxaban, d, 2);
    if (i === 4) { L(cl, S.venous, d, 1); L(cl, S.cbc, d, 1); L(cl, S.coag, d, 1); }
    if (last) L(cl, D.rivaroxaban, d, 28);
  } }), true);
  proc(cl, '87.4100x004', adm);
  cs.source = '中华医学会呼吸病学分会《肺血栓栓塞症诊治与预防指南》2018 (CTPA 首选确诊; 低分子肝素→利伐沙班 15 mg bid ×21 d)';
  return cs;
};
// C11 肺癌支气管镜活检
CK.C11 = () => {
  const cs = newCase('control', 'C11', '肺占位经支气管镜活检明确诊断（单次镜检含活检灌洗）', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 48, ageMax: 80 });
  const adm = randDate(); const los = ri(6, 9); const bd = addDays(adm, 2);
  const cl = add(cs, wardStay(cs, m, h, { adm, los, dx: pick([['C34.100x004'], ['C34.900x001'], ['C34.100x003']]), nursing: () => 'II', day: (cl, i, d) => {
    if (i === 0) { admitLabs(cl, d, { ct: true }); L(cl, S.ctEnh, d, 1); L(cl, D.iohexol, d, 1); L(cl, S.cea, d, 1); L(cl, S.hepB, d, 1); L(cl, '002502120010001', d, 1); }
    if (i === 1) { L(cl, S.pft, d, 1); }
    if (d === bd) { L(cl, S.bronch, d, 1); L(cl, D.lidocaine, d, 2); L(cl, S.path, d, 1); L(cl, S.culture, d, 1); L(cl, S.ecg, d, 2); L(cl, S.spo2, d, 2); }
  } }), true);
  proc(cl, '33.2400x001', bd); proc(cl, '33.2400x002', bd);
  cs.source = '《肺癌诊疗指南（2022年版）》国家卫生健康委: 支气管镜活检、刷检、灌洗获取病理; 价格规范 纤维支气管镜检查 含活检、刷检、灌洗取材';
  return cs;
};
// C12 ICU反复治疗性支气管镜
CK.C12 = () => {
  const cs = newCase('control', 'C12', '机械通气患者两次支气管镜肺泡灌洗取材（不同日，初查与复查）', 'control');
  const r = pick(REGIONS); const h = L3(r); const m = member({ region: r, ageMin: 45, ageMax: 85 });
  const adm = randDate(); const los = ri(9, 12); const inv = [ri(10, 16), 24, 24, 24, 24, ri(6, 12)]; const o2 = [0, 0, 0, 0, 0, 0, 16, 14, 12, 12, 12, 12];
  const b1 = 2, b2 = 5;
  const cl = add(cs, icuStay(cs, m, h, { adm, los, dx: pick([['J18.903', 'J96.000', 'J98.101'], ['J69.001', 'J96.000', 'J98.101']]), inv, o2, o2first: 6, loc: (i) => (i < 7 ? 'icu' : 'ward'), extra: (cl, i, d) => { if (i === b1 || i === b2) { L(cl, S.bronch, d, 1); L(cl, D.lidocaine, d, 1); L(cl, S.culture, d, 1); } } }), true);
  ventCode(cl, inv, adm);
  proc(cl, '33.2400x002', addDays(adm, b1)); proc(cl, '33.2400x002', addDays(adm, b2));
  cs.source = '中华医学会呼吸病学分会《成人诊断性可弯曲支气管镜检查术应用指南（2019年版）》; 《中国成人医院获得性肺炎与呼吸机相关性肺炎诊断和治疗指南（2018年版）》: BAL 定量培养, 疗效不佳时复查病原学';
  return cs;
};
// C13 重症哮喘急性发作住院：前两日一日四次雾化
CK.C13 = () => {
  const cs = newCase('control', 'C13', '重度哮喘急性发作住院早期一日4次雾化', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 18, ageMax: 60 });
  const adm = randDate(); const los = ri(5, 7);
  add(cs, wardStay(cs, m, h, { adm, los, dx: ['J45.900x021', 'J96.000'], route: 'emergency', nursing: (i) => (i < 2 ? 'I' : 'II'), day: (cl, i, d, last) => {
    if (i === 0) { admitLabs(cl, d, { pct: true }); abgs(cl, d, 2); }
    if (i === 1) abgs(cl, d, 1);
    if (!last) { ivDay(cl, d, 2, i === 0); L(cl, D.methylpred, d, i < 3 ? 2 : 1); nebs(cl, d, i < 2 ? 4 : i < 4 ? 3 : 2, i === 0); oxygen(cl, d, i < 3 ? 16 : 0, i === 0); if (i < 2) monitor(cl, d, 24); }
    if (last) { L(cl, D.budForm, d, 1); L(cl, D.prednisone, d, 20); }
  } }), true);
  cs.source = 'GINA 2024 / 中华医学会呼吸病学分会《支气管哮喘防治指南（2020年版）》: 重度发作 SABA+SAMA 反复雾化, 全身激素';
  return cs;
};
// C14 重症肺炎普通病房高流量 + Ⅰ级护理 + 监护
CK.C14 = () => {
  const cs = newCase('control', 'C14', '重症肺炎呼吸科病房高流量氧疗并心电血氧监测（Ⅰ级护理）', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 45, ageMax: 88 });
  const adm = randDate(); const los = ri(8, 11);
  add(cs, wardStay(cs, m, h, { adm, los, dx: pick([['J18.903', 'J96.000'], ['J15.903', 'J96.000']]), route: 'emergency', nursing: (i) => (i < 4 ? 'I' : 'II'), day: (cl, i, d, last) => {
    capDay({ abx: { code: D.pipTazo, qty: 3, groups: 1 }, abxDays: los, bloodCx: 2 })(cl, i, d, last);
    if (!last && i < 3) { L(cl, S.hfnc, d, i === 0 ? 18 : 22); monitor(cl, d, 24); abgs(cl, d, 2); }
    if (!last && i >= 3 && i < 6) { oxygen(cl, d, 16, i === 3); monitor(cl, d, 24); }
  } }), true);
  cs.source = '《中国成人社区获得性肺炎诊断和治疗指南（2016年版）》; 《成人经鼻高流量湿化氧疗临床规范应用专家共识》2019; Ⅰ级护理不含监测';
  return cs;
};
// C15 病房转入ICU当日：分级护理与重症监护按小时拆分
CK.C15 = () => {
  const cs = newCase('control', 'C15', '病情恶化当日由病房转入ICU（转科日分级护理与重症监护分段）', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 50, ageMax: 88 });
  const adm = randDate(); const los = ri(9, 12); const tr = 2, back = 6; const wardH = ri(8, 12);
  const cl = add(cs, wardStayGeneric(cs, m, h, 'respiratory', { adm, los, dx: pick([['J18.903', 'J96.000'], ['J44.100', 'J96.900x003', 'J18.900']]), route: 'emergency' }, (cl, i, d, last) => {
    if (i === 0) admitLabs(cl, d, { pct: true, ct: true, sputum: true });
    if (last) { L(cl, D.levoPo, d, 7); return; }
    ivDay(cl, d, 3, i === 0); L(cl, D.pipTazo, d, 3);
    if (i < tr) { wardNight(cl, d, 'I'); monitor(cl, d, 24); oxygen(cl, d, 18, i === 0); }
    else if (i === tr) { L(cl, S.nI, d, 1); monitor(cl, d, wardH); oxygen(cl, d, wardH, false); icuNight(cl, d, 24 - wardH); L(cl, S.niv, d, 24 - wardH); abgs(cl, d, 3); }
    else if (i < back) { icuNight(cl, d, 24); L(cl, S.niv, d, i < back - 1 ? 18 : 12); abgs(cl, d, 2); oxygen(cl, d, i < back - 1 ? 6 : 10, false); }
    else if (i === back) { L(cl, S.icuCare, d, 9); L(cl, S.bedIcu, d, 0); wardNight(cl, d, 'I'); monitor(cl, d, 15); oxygen(cl, d, 16, false); }
    else { wardNight(cl, d, 'II'); oxygen(cl, d, 10, false); }
  }), true);
  proc(cl, '93.9000x002', addDays(adm, tr));
  cs.source = '各省价格政策: 收取重症监护费的不得同时收取分级护理费 — 转科当日按实际在病房与ICU的时段分别计费';
  return cs;
};
// C16 急诊留观后离院（单独门急诊结算）
CK.C16 = () => {
  const cs = newCase('control', 'C16', '急诊留观监护后好转离院（门急诊结算）', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 25, ageMax: 85 });
  const d = randDate(); const hh = ri(6, 14); const kind = pick(['copd', 'asthma', 'chest']);
  const dx = kind === 'copd' ? ['J44.100'] : kind === 'asthma' ? ['J45.900x021'] : ['R07.400'];
  add(cs, edVisit(cs, m, h, d, dx, (cl, dd) => {
    L(cl, S.venous, dd, 1); L(cl, S.cbc, dd, 1); L(cl, S.ecg12, dd, kind === 'chest' ? 2 : 1); monitor(cl, dd, hh);
    if (kind === 'chest') { L(cl, S.trop, dd, 2); L(cl, S.ddimer, dd, 1); L(cl, S.cxr, dd, 1); }
    else { L(cl, S.crp, dd, 1); L(cl, S.cxr, dd, 1); abgs(cl, dd, 2); nebs(cl, dd, 2, true); oxygen(cl, dd, hh, true); ivDay(cl, dd, 2, true); L(cl, D.methylpred, dd, 1); }
  }), true);
  cs.source = '《急诊科建设与管理指南（试行）》: 急诊留观一般不超过72小时; 留观监护按小时计';
  return cs;
};
// C17 导管相关血流感染更换中心静脉导管
CK.C17 = () => {
  const cs = newCase('control', 'C17', '中心静脉导管相关血流感染拔除后另处重置导管', 'control');
  const r = pick(REGIONS); const h = L3(r); const m = member({ region: r, ageMin: 45, ageMax: 85 });
  const adm = randDate(); const los = ri(12, 15); const inv = [ri(10, 16), 24, 24, 24, 24, 24, ri(6, 12)]; const o2 = inv.map(() => 0).concat([16, 14, 12, 12, 12, 12, 12, 12]);
  const rd = ri(7, 9);
  const cl = add(cs, icuStay(cs, m, h, { adm, los, dx: pick([['J18.903', 'J96.000', 'T82.700x001'], ['J80.x01', 'A41.900', 'T82.700x001']]), inv, o2, o2first: 7, pressorDays: 3, loc: (i) => (i < 10 ? 'icu' : 'ward'), abx: D.meropenem,
    extra: (cl, i, d) => { if (i === rd) { L(cl, S.bloodCx, d, 4); L(cl, S.cvc, d, 1); proc(cl, '38.9303', d); L(cl, S.culture, d, 1); L(cl, D.linezolid, d, 2); } if (i > rd && i < rd + 3) L(cl, D.linezolid, d, 2); } }), true);
  ventCode(cl, inv, adm);
  cs.source = 'IDSA 2009 CRBSI guideline (Mermel et al.) / 《血管导管相关感染预防与控制指南（2021年版）》: 拔除感染导管，必要时另部位重新置管';
  return cs;
};
// C18 哮喘-慢阻肺重叠三联吸入
CK.C18 = () => {
  const cs = newCase('control', 'C18', '慢阻肺合并哮喘（重叠）门诊慢特病三联吸入', 'control');
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 55, ageMax: 82, chronic: ['J44'] }); const h = pick([L3(r), L2(r)]);
  const d = randDate();
  add(cs, chronicVisit(cs, m, h, d, ['J44.900', 'J45.900'], (cl, dd) => { L(cl, S.pft, dd, 1); L(cl, D.budForm, dd, 1); L(cl, D.tiotropium, dd, 1); L(cl, D.salbutamol, dd, 1); }), true);
  cs.source = 'GOLD 2024 (ICS+LABA+LAMA for exacerbations with eosinophilia / asthma features); 噻托溴铵 限 J44: 诊断含慢阻肺';
  return cs;
};
// C19 急诊哮喘急性发作单次就诊雾化3次
CK.C19 = () => {
  const cs = newCase('control', 'C19', '急诊哮喘急性发作首小时连续3次雾化', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 18, ageMax: 55 });
  const d = randDate();
  add(cs, edVisit(cs, m, h, d, ['J45.900x021'], (cl, dd) => { nebs(cl, dd, 3, true); L(cl, D.methylpred, dd, 1); L(cl, S.ivPush, dd, 1); L(cl, C.syringe, dd, 2); monitor(cl, dd, ri(3, 5)); L(cl, S.cxr, dd, chance(0.5) ? 1 : 0); L(cl, D.prednisone, dd, 10); }), true);
  cs.source = 'GINA 2024: SABA (with ipratropium) every 20 min for the first hour in the emergency department';
  return cs;
};
// C20 慢阻肺急性加重合并呼吸衰竭持续控制性氧疗
CK.C20 = () => {
  const cs = newCase('control', 'C20', '慢阻肺急性加重伴Ⅱ型呼吸衰竭持续低流量氧疗', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r), PV(r)]); const m = member({ region: r, ageMin: 62, ageMax: 88 });
  const adm = randDate(); const los = ri(8, 11);
  add(cs, wardStay(cs, m, h, { adm, los, dx: ['J44.100', 'J96.900x003'], route: 'emergency', nursing: (i) => (i < 3 ? 'I' : 'II'), day: (cl, i, d, last) => {
    copdDay({ o2days: 0, ct: h.level >= 2 })(cl, i, d, last);
    if (!last) { oxygen(cl, d, i < 5 ? 24 : 16, i === 0); if (i < 3) { L(cl, S.spo2, d, 24); abgs(cl, d, i === 0 ? 1 : 1); } }
  } }), true);
  cs.source = 'GOLD 2024 / 《慢性阻塞性肺疾病急性加重诊治中国专家共识（2023年修订版）》: 控制性氧疗 SpO2 88–92%, 复查血气';
  return cs;
};
// C21 出院次日药店购药与一周后随访
CK.C21 = () => {
  const cs = newCase('control', 'C21', '出院后次日药店购药及一周后门诊随访', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 60, ageMax: 85 });
  const adm = randDate('2025-01-06', '2025-10-30'); const los = ri(7, 9);
  const a = add(cs, wardStay(cs, m, h, { adm, los, dx: ['J44.100'], route: 'emergency', day: copdDay({ o2days: 4 }) }), true);
  add(cs, pharmacyBuy(cs, m, PH1(r), addDays(a.dischargeDate, 1), ['J44.900'], (cl, d) => { L(cl, D.ambroxolPo, d, 24); L(cl, D.salbutamol, d, 1); }, doctor(h, 'respiratory')), true);
  add(cs, opVisit(cs, m, h, addDays(a.dischargeDate, ri(7, 10)), ['J44.900'], (cl, d) => { L(cl, S.cbc, d, 1); L(cl, S.cxr, d, 1); }, 'respiratory'), true);
  cs.source = 'GOLD 2024: follow-up within 1–4 weeks after AECOPD discharge';
  return cs;
};
// C22 疑似肺结核检查后转结核病定点医院
CK.C22 = () => {
  const cs = newCase('control', 'C22', '疑似肺结核完成检查后转结核病定点医院', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 20, ageMax: 75 });
  const adm = randDate(); const los = ri(3, 5);
  const cl = add(cs, wardStay(cs, m, h, { adm, los, dx: pick([['A16.200'], ['A16.200x015'], ['A15.000x002']]), dmode: 'transfer', nursing: () => 'II', day: (cl, i, d, last) => {
    if (i === 0) { admitLabs(cl, d, { ct: true, sputum: true }); L(cl, S.hepB, d, 1); }
    if (i === 1) L(cl, S.sputum, d, 1);
    if (i === 2 && h.level >= 2) { L(cl, S.bronch, d, 1); L(cl, D.lidocaine, d, 1); L(cl, S.culture, d, 1); }
    if (!last && i < 2) { ivDay(cl, d, 1, i === 0); }
  } }), true);
  if (h.level >= 2 && los > 2) proc(cl, '33.2400x002', addDays(adm, 2));
  cs.source = '《中国结核病预防控制工作技术规范（2020年版）》: 非定点医疗机构发现疑似肺结核患者转诊至结核病定点医疗机构';
  return cs;
};
// C23 睡眠呼吸暂停：PSG与CPAP压力滴定分夜
CK.C23 = () => {
  const cs = newCase('control', 'C23', '阻塞性睡眠呼吸暂停多导睡眠监测与次夜CPAP压力滴定', 'control');
  const r = pick(REGIONS); const h = pick([L3(r), L2(r)]); const m = member({ region: r, ageMin: 30, ageMax: 70 });
  const adm = randDate(); const los = 2;
  const cl = add(cs, wardStay(cs, m, h, { adm, los, dx: ['G47.301'], nursing: () => 'III', day: (cl, i, d) => {
    if (i === 0) { admitLabs(cl, d, { cxr: true }); L(cl, S.psg, d, 1); }
    if (i === 1) { L(cl, S.cpapTit, d, 1); abgs(cl, d, 1); }
  } }), true);
  proc(cl, '89.1702', adm); proc(cl, '93.9001', addDays(adm, 1));
  cs.source = '《成人阻塞性睡眠呼吸暂停多学科诊疗指南》2018: PSG 诊断后另夜人工CPAP压力滴定';
  return cs;
};
// C24 两家药店按月交替取药（用量在需要之内）
CK.C24 = () => {
  const cs = newCase('control', 'C24', '慢阻肺患者两家药店按月交替续购吸入剂（总量未超需要）', 'control');
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 60, ageMax: 82, chronic: ['J44'] });
  const start = randDate('2025-01-06', '2025-07-20'); const pres = doctor(L3(r), 'respiratory');
  for (let k = 0; k < 4; k++) add(cs, pharmacyBuy(cs, m, k % 2 ? PH2(r) : PH1(r), addDays(start, k * 30 + ri(-2, 2)), ['J44.900'], (cl, d) => { L(cl, D.budForm, d, 1); L(cl, D.tiotropium, d, 1); }, pres), true);
  cs.source = '定点零售药店外配处方/双通道购药: one inhaler of 60 doses lasts 30 days (label), tiotropium 30 capsules';
  return cs;
};

// ---------------------------------------------------------------- routine
function routine(k) {
  const cs = newCase('routine', 'R', '常规诊疗', 'routine');
  const r = REGIONS[k % 4];
  const kind = k < 20 ? 'op' : k < 32 ? 'chronic' : k < 44 ? 'pharmacy' : k < 54 ? 'ed' : k < 68 ? 'cap' : k < 80 ? 'copd' : k < 86 ? 'asthma' : k < 92 ? 'bronchiectasis' : k < 96 ? 'icu' : 'community';
  if (kind === 'op') {
    const m = member({ region: r, ageMin: 18, ageMax: 80 }); const h = pick([L3(r), L2(r), CC(r), PV(r)]); const d = randDate();
    const dx = pick([['J06.900'], ['J20.900'], ['R05.x00'], ['J18.900'], ['J02.900']]);
    add(cs, opVisit(cs, m, h, d, dx, (cl, dd) => { L(cl, S.cbc, dd, 1); L(cl, S.crp, dd, 1); if (dx[0] === 'J18.900' || dx[0] === 'R05.x00') L(cl, S.cxr, dd, 1);
      if (dx[0] === 'J18.900') L(cl, D.moxiPo, dd, 7); else if (dx[0] === 'J20.900') { L(cl, D.amoxClav, dd, 15); L(cl, D.ambroxolPo, dd, 18); } else { L(cl, D.lianhua, dd, 24); L(cl, D.paracetamol, dd, 6); } }, h.level >= 2 ? 'respiratory' : 'general'), true);
  } else if (kind === 'chronic') {
    const m = member({ region: r, ageMin: 60, ageMax: 85, chronic: ['J44'] }); const h = pick([L3(r), L2(r), CC(r)]); const d = randDate();
    add(cs, chronicVisit(cs, m, h, d, ['J44.900'], (cl, dd) => { L(cl, pick([D.budForm, D.salmFlut]), dd, 1); L(cl, D.tiotropium, dd, 1); if (chance(0.3)) L(cl, D.salbutamol, dd, 1); }), true);
  } else if (kind === 'pharmacy') {
    const m = member({ region: r, ageMin: 20, ageMax: 80 }); const d = randDate();
    const copd = chance(0.5);
    add(cs, pharmacyBuy(cs, m, pick([PH1(r), PH2(r)]), d, copd ? ['J44.900'] : ['J06.900'], (cl, dd) => { if (copd) { L(cl, D.budForm, dd, 1); } else { L(cl, D.lianhua, dd, 24); L(cl, D.ambroxolPo, dd, 20); } }, doctor(pick([L3(r), L2(r)]), 'general')), true);
  } else if (kind === 'ed') {
    const m = member({ region: r, ageMin: 18, ageMax: 85 }); const h = pick([L3(r), L2(r)]); const d = randDate(); const t = pick(['fever', 'chest', 'asthma']);
    add(cs, edVisit(cs, m, h, d, t === 'fever' ? ['R50.900'] : t === 'chest' ? ['R07.400'] : ['J45.900x012'], (cl, dd) => { L(cl, S.venous, dd, 1); L(cl, S.cbc, dd, 1);
      if (t === 'fever') { L(cl, S.crp, dd, 1); L(cl, S.cxr, dd, 1); L(cl, D.paracetamol, dd, 6); }
      else if (t === 'chest') { L(cl, S.ecg12, dd, 1); L(cl, S.trop, dd, 1); }
      else { nebs(cl, dd, 1, true); L(cl, D.salbutamol, dd, 1); } }), true);
  } else if (kind === 'cap') {
    const m = member({ region: r, ageMin: 25, ageMax: 88 }); const h = pick([L3(r), L2(r), L2(r), PV(r)]); const adm = randDate(); const los = ri(6, 9);
    const abx = h.level >= 2 ? pick([{ code: D.pipTazo, qty: 3, groups: 1 }, { code: D.ceftriaxone, qty: 2, groups: 1 }, { code: D.levoIv, qty: 1, groups: 0 }]) : { code: D.ceftriaxone, qty: 2, groups: 1 };
    add(cs, wardStay(cs, m, h, { adm, los, dx: pick([['J18.900'], ['J15.902'], ['J18.900', 'I10.x00'], ['J18.900', 'E11.900']]), route: pick(['outpatient', 'emergency']), day: capDay({ abx, abxDays: los, o2days: ri(0, 3), o2h: 12 }) }), true);
  } else if (kind === 'copd') {
    const m = member({ region: r, ageMin: 60, ageMax: 88 }); const h = pick([L3(r), L2(r), L2(r)]); const adm = randDate(); const los = ri(7, 10);
    add(cs, wardStay(cs, m, h, { adm, los, dx: pick([['J44.100'], ['J44.000', 'J18.900'], ['J44.100', 'I10.x00']]), route: pick(['outpatient', 'emergency']), day: copdDay({ o2days: ri(3, 6), ct: chance(0.5) }) }), true);
  } else if (kind === 'asthma') {
    const m = member({ region: r, ageMin: 18, ageMax: 65 }); const h = pick([L3(r), L2(r)]); const adm = randDate(); const los = ri(5, 7);
    add(cs, wardStay(cs, m, h, { adm, los, dx: ['J45.900x021'], route: 'emergency', day: (cl, i, d, last) => { if (i === 0) { admitLabs(cl, d, {}); abgs(cl, d, 1); } if (!last) { ivDay(cl, d, 2, i === 0); L(cl, D.methylpred, d, 1); nebs(cl, d, 2, i === 0); oxygen(cl, d, i < 2 ? 12 : 0, i === 0); } else { L(cl, D.budForm, d, 1); } } }), true);
  } else if (kind === 'bronchiectasis') {
    const m = member({ region: r, ageMin: 40, ageMax: 80 }); const h = pick([L3(r), L2(r)]); const adm = randDate(); const los = ri(7, 10);
    add(cs, wardStay(cs, m, h, { adm, los, dx: pick([['J47.x03'], ['J47.x01']]), day: capDay({ abx: { code: D.pipTazo, qty: 3, groups: 1 }, abxDays: los, o2days: 2 }) }), true);
  } else if (kind === 'icu') {
    const m = member({ region: r, ageMin: 45, ageMax: 85 }); const h = pick([L3(r), L2(r)]); const adm = randDate(); const los = ri(7, 9);
    const inv = [ri(10, 16), 24, ri(8, 14)]; const o2 = [0, 0, 0, 16, 14, 12, 12, 12, 12];
    const cl = add(cs, icuStay(cs, m, h, { adm, los, dx: SEPSIS_DX(), inv, o2, o2first: 3, pressorDays: 2, loc: (i) => (i < 5 ? 'icu' : 'ward') }), true);
    ventCode(cl, inv, adm);
  } else {
    const m = member({ region: r, ageMin: 60, ageMax: 85 }); const d = randDate();
    add(cs, opVisit(cs, m, CC(r), d, ['I10.x00'], (cl, dd) => { L(cl, S.fbg, dd, chance(0.5) ? 1 : 0); L(cl, D.amlodipine, dd, 28); }), true);
  }
  return cs;
}

// ---------------------------------------------------------------- build
for (const code of Object.keys(T)) for (const v of variantList()) T[code](v);
for (const code of Object.keys(CK)) for (let k = 0; k < 15; k++) CK[code](k);
for (let k = 0; k < 100; k++) routine(k);

{ const bad = []; for (const cl of ALL) { try { check(cl); } catch (e) { bad.push(e.message); } } if (bad.length) { console.error(bad.join('\n')); process.exit(1); } }
const settleKey = (c) => (c.visitType === 'inpatient' ? c.dischargeDate : c.visitDate);
ALL.sort((a, b) => (settleKey(a) < settleKey(b) ? -1 : settleKey(a) > settleKey(b) ? 1 : a.claimId < b.claimId ? -1 : 1));
settleAll(ALL);

if (GROUPS) {
  const g = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const o = JSON.parse(line); g[o.claimId] = o; }
  for (const cl of ALL) if (cl.visitType === 'inpatient') { const o = g[cl.claimId]; const drg = o && (o.drg || (o.grouping && o.grouping.drg) || (o.result && o.result.drg)); if (!drg) throw new Error('no group for ' + cl.claimId); cl.reportedGroup = { drg, dip: null }; }
}

fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), ALL.map((c) => JSON.stringify(c)).join('\n') + '\n');
const labels = CASES.map((c) => ({
  caseId: c.caseId, kind: c.kind, code: c.code, name: c.name,
  claimIds: c.claims.map((x) => x.claimId),
  targets: (c.kind === 'fraud' ? c.targets : c.claims).map((x) => x.claimId),
  mutatedLines: c.kind === 'fraud' ? c.mutated : {},
  typology: c.code, variant: c.variant,
  ...(c.source ? { source: c.source } : {}), ...(c.note ? { note: c.note } : {}),
}));
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
const n = (k) => labels.filter((l) => l.kind === k).length;
console.error(`blind114: ${ALL.length} claims, ${n('fraud')} fraud / ${n('control')} control / ${n('routine')} routine cases`);
