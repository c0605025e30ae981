#!/usr/bin/env node
// blind99: urology, stones and men's health. usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = args[0]; if (!OUT) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base96/rules/catalogue');
const GROUPS = opt('--groups', null);
const POLICIES = path.join(CAT, '..', 'benefits', 'policies.json');

// ---------- rng (fixed seed 99099) ----------
let seed = 99099;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const ROWS = {};
for (const f of fs.readdirSync(CAT)) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) ROWS[r.code] = r;
}
const P = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));
const C = { // the rows this set bills, by short name
  opd: '001102000010001', opdAssoc: '001102000020001', opdChief: '001102000030001', gp: '001102000040001', er: '001102000050001',
  ipd: '001103000010001', bed: '001105000010001', n1: '001201000020001', n2: '001201000030001', consult: '001104000010001',
  homeVisit: '001110000020001', homeBed: '001110000010001',
  ivFirst: '001204000010001', ivMore: '001204000020001', ivPush: '001204000040001', im: '001204000050001', cannula: '001204000070001', blood: '001204000080001',
  cath: '001206000010001', ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001', o2: '001208000010001', transfuse: '001204000210001',
  cbc: '002501010010001', ua: '002501020010001', renal: '002502020010001', lytes: '002502030010001', coag: '002502060010001', crp: '002502080010001',
  pct: '002502080020001', culture: '002502140010001', psa: '002502150010001', preop8: '002502120010001', abo: '002502130010001', xmatch: '002502130020001',
  liver: '002502010010001', glucose: '002502050010001', gas: '002502090010001', lactate: '002502090020001', path: '002502200010001',
  ecg: '003107010010001', cxr: '002202010010001', usUro: '002103010060001', usAbd: '002103010010001', ctAbd: '002301010030001', ctEnh: '002301010040001',
  cysto: '002503010150001', turp: '003306010010001', urs: '003306020010001', eswl: '003306020020001',
  ga: '003301010010001', spinal: '003301010020001', local: '003301010030001', rbc: '002600000010001',
  // consumables
  ivSet: 'C14010150100001020350000001', cannulaC: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001', tape: 'C14010150500001483520000001',
  cathKit: 'C14030150100001569850000001', foley: 'C14030150200001263900000001', bag: 'C14040150100001551930000001', drape: 'C11010150600001900710000001',
  spinalKit: 'C11010150800001179070000001', electrode: 'C14060150100001436170000001', gauze: 'C14020150100001506610000001', bloodSet: 'C14100150200001872210000001',
  // drugs
  tams: 'XG04CAT510A003', fin: 'XG04CBF505A001', cernilton: 'XG04CXP504A001', testo: 'XG03BAG504A001',
  levoTab: 'XJ01MAZ501A001', levoIv: 'XJ01MAZ501B002', cefuroximeTab: 'XJ01DCT502A001', cefiximeCap: 'XJ01DDT503A001', ceftriaxone: 'XJ01DDT504B002',
  cefuroximeIv: 'XJ01DCT505B002', cefopSul: 'XJ01DDT507B002', pipTazo: 'XJ01CRP501B002', meropenem: 'XJ01DHM501B002', amoxClav: 'XJ01CRA502A001',
  nacl: 'XB05BBL511B002', glucoseIv: 'XB05BAP505B002', ringer: 'XB05BBR503B002', kcl: 'XB05XAL512B002', tramadol: 'XN02AXQ505A003',
  diclofenac: 'XM01ABS506A003', lido: 'XN01BBL509B002', propofol: 'XN01AXB503B002', fentanyl: 'XN02ABF506B002', ropivacaine: 'XN01BBL510B002',
  txa: 'XB02AAA519B002', omeprazole: 'XA02BCA515A001', noradr: 'XC01CAQ502B002', amlodipine: 'XC08CAA512A001', metformin: 'XA10BAE503A001',
  rivaroxaban: 'XB01AFL503A001', enoxaparin: 'XB01ABY502B002', paracetamol: 'XN02BED510A001', hydrocort: 'XD07ABQ506E001',
};
for (const [k, code] of Object.entries(C)) if (!ROWS[code]) throw new Error(`catalogue row missing: ${k} ${code}`);

// ---------- regions, institutions, doctors ----------
const REGIONS = {
  '510100': { prov: '51', name: '成都' }, '510700': { prov: '51', name: '绵阳' }, '370100': { prov: '37', name: '济南' }, '220100': { prov: '22', name: '长春' },
};
const INST = {};
function inst(region, n, level, kind, name, depts) {
  const id = `H${region.slice(0, 4)}9${String(n).padStart(3, '0')}`;
  const d = {};
  for (const [dep, k] of Object.entries(depts)) d[dep] = Array.from({ length: k }, (_, i) => `D99${region.slice(0, 2)}${String(n).padStart(2, '0')}${dep.slice(0, 2).toUpperCase()}${i + 1}`);
  INST[id] = { id, region, level, kind, name, doctors: d };
  return id;
}
const H = {};
for (const region of Object.keys(REGIONS)) {
  H[region] = {
    h3: inst(region, 1, 3, 'public3', `${REGIONS[region].name}市第一人民医院`, { urology: 4, emergency: 2, 'day-surgery': 2, icu: 1 }),
    h2: inst(region, 2, 2, 'public2', `${REGIONS[region].name}市区人民医院`, { urology: 3, emergency: 2, 'internal-medicine': 1 }),
    cc: inst(region, 3, 1, 'community', `${REGIONS[region].name}社区卫生服务中心`, { 'general-practice': 3 }),
    pv: inst(region, 4, 2, 'private', `${REGIONS[region].name}仁和泌尿男科医院`, { urology: 2, andrology: 2 }),
    ph1: inst(region, 5, 1, 'pharmacy', `${REGIONS[region].name}康民大药房`, { pharmacy: 1 }),
    ph2: inst(region, 6, 1, 'pharmacy', `${REGIONS[region].name}益丰药房`, { pharmacy: 1 }),
    ph3: inst(region, 7, 1, 'pharmacy', `${REGIONS[region].name}老百姓大药房`, { pharmacy: 1 }),
  };
}
const REGION_LIST = Object.keys(REGIONS);

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const dOf = (s) => Math.round((Date.parse(s + 'T00:00:00Z') - D0) / 86400000);
const sOf = (n) => new Date(D0 + n * 86400000).toISOString().slice(0, 10);
const add = (s, k) => sOf(dOf(s) + k);
const randDate = (from = 5, to = 330) => sOf(ri(from, to));

// ---------- members ----------
let memberSeq = 0;
function member({ gender = 'M', ageMin = 45, ageMax = 75, scheme = null, region = null } = {}) {
  memberSeq++;
  const age = ri(ageMin, ageMax);
  const birth = `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const insuranceType = scheme || (rnd() < 0.6 ? 'employee' : 'resident');
  const retired = insuranceType === 'employee' && ((gender === 'M' && age >= 62) || (gender === 'F' && age >= 57));
  const contributionYears = insuranceType === 'employee' ? Math.min(age - 20, ri(retired ? 31 : 5, 40)) : 0;
  return {
    insuredId: `P99${String(memberSeq).padStart(6, '0')}`, gender, birthDate: birth, retired, insuranceType,
    region: region || pick(REGION_LIST),
    enrollment: { enrolledOn: `${ri(2008, 2019)}-01-01`, inConcentratedPeriod: true, continuousYears: ri(5, 16), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null },
  };
}
const ageAt = (m, date) => { const b = m.birthDate; let a = Number(date.slice(0, 4)) - Number(b.slice(0, 4)); if (date.slice(5) < b.slice(5)) a--; return a; };

// ---------- claims ----------
const claims = []; let claimSeq = 0;
function newClaim(m, hid, dept, visitType, dates, diagnoses, extra = {}) {
  const I = INST[hid]; claimSeq++;
  const c = {
    claimId: `${I.region}-${hid}-2025-${String(claimSeq).padStart(6, '0')}`, region: I.region, insuranceType: m.insuranceType, visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: { ...m.enrollment },
    provider: { hospitalId: hid, level: I.level, department: dept, doctorId: extra.doctorId || pick(I.doctors[dept]) },
  };
  if (m.insuredRegion && m.insuredRegion !== I.region) c.insuredRegion = m.insuredRegion;
  if (visitType === 'inpatient') { c.admissionDate = dates[0]; c.dischargeDate = dates[1]; } else c.visitDate = dates[0];
  c.diagnoses = diagnoses.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = [];
  if (visitType === 'inpatient') { c.admissionRoute = extra.admissionRoute || 'outpatient'; c.dischargeMode = extra.dischargeMode || 'ordered'; if (extra.transferFromHospitalId) c.transferFromHospitalId = extra.transferFromHospitalId; c.reportedGroup = { drg: null, dip: null }; }
  c.items = []; c._m = m; c._perDay = {}; c._days = {};
  claims.push(c); return c;
}
// bill one line; checks the row's formal limits; opts.price (a deliberate price), opts.breach (a labelled, deliberate breach)
function L(c, key, date, qty = 1, o = {}) {
  const code = C[key] || key; const r = ROWS[code]; const lvl = String(c.provider.level);
  const cap = r.priceCap[lvl]; const price = o.price != null ? o.price : cap;
  const errs = [];
  if (price > cap + 1e-9) errs.push(`price ${price} above cap ${cap}`);
  const inp = c.visitType === 'inpatient';
  if (r.setting === 'inpatient' && !inp) errs.push('inpatient-only');
  if (r.setting === 'outpatient' && inp) errs.push('outpatient-only');
  if (r.minLevel && c.provider.level < r.minLevel) errs.push('minLevel');
  if (r.gender && r.gender !== c.patient.gender) errs.push('gender');
  const age = ageAt(c._m, date);
  if (r.ageMin != null && age < r.ageMin) errs.push('ageMin'); if (r.ageMax != null && age > r.ageMax) errs.push('ageMax');
  if (Array.isArray(r.indications) && !c.diagnoses.some((d) => r.indications.some((p) => d.code.startsWith(p)))) errs.push('indication');
  const pk = code + '|' + date; c._perDay[pk] = (c._perDay[pk] || 0) + qty;
  if (r.maxPerDay != null && c._perDay[pk] > r.maxPerDay) errs.push(`maxPerDay ${c._perDay[pk]}>${r.maxPerDay}`);
  (c._days[code] = c._days[code] || new Set()).add(date);
  if (r.maxDays != null && c._days[code].size > r.maxDays) errs.push('maxDays');
  if (inp && (date < c.admissionDate || date > c.dischargeDate)) errs.push('date outside stay');
  if (!inp && date !== c.visitDate) errs.push('date not visit date');
  if (errs.length && !o.breach) throw new Error(`${c.claimId} ${r.name} ${date}: ${errs.join(', ')}`);
  const lineId = String(c.items.length + 1);
  const priceFen = Math.round(price * 100); const amountFen = Math.round(priceFen * qty);
  const it = { lineId, code, name: r.name, category: r.category, date, quantity: qty, unitPrice: priceFen / 100, amount: amountFen / 100 };
  if (o.long) it.longPrescription = true;
  c.items.push(it); it._share = r.class === '丙' ? 1 : (r.selfPayShare != null ? r.selfPayShare : 0);
  return lineId;
}
const proc = (c, code, date) => c.procedures.push({ code, date });

// ---------- building blocks ----------
function opVisit(c, d, { chief = false } = {}) {
  const lvl = c.provider.level; const kind = INST[c.provider.hospitalId].kind;
  if (kind === 'community') return L(c, 'gp', d);
  if (c.provider.department === 'emergency') return L(c, 'er', d);
  return L(c, chief && lvl >= 2 ? 'opdAssoc' : 'opd', d);
}
function admissionLabs(c, d, { surgical = true } = {}) {
  L(c, 'blood', d, 1); L(c, 'cbc', d); L(c, 'ua', d); L(c, 'renal', d); L(c, 'lytes', d); L(c, 'coag', d); L(c, 'liver', d); L(c, 'glucose', d);
  if (surgical) { L(c, 'preop8', d); L(c, 'abo', d); L(c, 'cxr', d); }
  L(c, 'ecg', d);
}
function ward(c, { icuDays = [], n1Days = [] } = {}) { // bed, 住院诊查费, nursing per night (admission day .. discharge-1)
  const nights = dOf(c.dischargeDate) - dOf(c.admissionDate);
  for (let k = 0; k < Math.max(1, nights); k++) {
    const d = add(c.admissionDate, k);
    L(c, 'bed', d); L(c, 'ipd', d); L(c, n1Days.includes(k) ? 'n1' : 'n2', d);
  }
}
function infusion(c, d, groups, drugs) { // drugs: [[key, qty]]; groups = bottles
  L(c, 'ivFirst', d); if (groups > 1) L(c, 'ivMore', d, Math.min(groups - 1, 5)); L(c, 'ivSet', d, 1); L(c, 'tape', d, 2);
  for (const [k, q] of drugs) L(c, k, d, q);
}
function theatre(c, d, { anaes = 'ga', hours = 2 } = {}) {
  if (anaes === 'ga') { L(c, 'ga', d, hours); L(c, 'propofol', d, 2); L(c, 'fentanyl', d, 2); }
  else { L(c, 'spinal', d); L(c, 'spinalKit', d); L(c, 'ropivacaine', d, 1); }
  L(c, 'drape', d); L(c, 'syringe', d, 4);
}
function postOpWatch(c, d) { L(c, 'ecgMon', d, 6); L(c, 'spo2', d, 6); L(c, 'nibp', d, 6); L(c, 'electrode', d, 5); L(c, 'o2', d, 6); }

// URS stay (unilateral ureteral stone), the stent placed at the end of the operation (within the URS item, see TYPOLOGIES)
function ursStay(m, hid, adm, { los = 4, dx = ['N20.100', 'N13.202'], extraDx = [], opDay = 1, route = 'outpatient', antibioticDays = 1, secondAbx = false, eswlSameStay = null, mcc = null } = {}) {
  const dis = add(adm, los);
  const c = newClaim(m, hid, 'urology', 'inpatient', [adm, dis], [...dx, ...extraDx, ...(mcc ? [mcc] : [])], { admissionRoute: route });
  const op = add(adm, opDay);
  ward(c, { n1Days: [opDay] });
  admissionLabs(c, adm); L(c, 'usUro', adm); L(c, 'ctAbd', adm);
  L(c, 'cannula', adm); L(c, 'cannulaC', adm);
  const out = { c, op, abxLines: [], eswlLine: null };
  if (eswlSameStay) { const e = add(adm, eswlSameStay.day); out.eswlLine = L(c, 'eswl', e); proc(c, '98.5103', e); L(c, 'tramadol', e, 2); }
  theatre(c, op, { anaes: 'ga', hours: 2 });
  L(c, 'urs', op); proc(c, '56.0x00x005', op); proc(c, '59.8x03', op);
  L(c, 'cathKit', op); L(c, 'foley', op); L(c, 'bag', op);
  out.abxLines.push(L(c, 'cefuroximeIv', op, 2));
  infusion(c, op, 2, [['nacl', 2], ['ringer', 1]]); postOpWatch(c, op);
  for (let k = 1; k <= los - opDay - 1; k++) {
    const d = add(op, k);
    if (k < antibioticDays) { infusion(c, d, 2, [['nacl', 2]]); out.abxLines.push(L(c, 'cefuroximeIv', d, 3)); if (secondAbx) out.abxLines.push(L(c, 'levoIv', d, 1)); }
    else if (k === 1) infusion(c, d, 1, [['nacl', 1]]);
    if (k === 1) { L(c, 'blood', d); L(c, 'cbc', d); L(c, 'renal', d); L(c, 'usUro', d); L(c, 'tramadol', d, 2); }
  }
  if (los - opDay - 1 < 1) { /* discharge next day */ }
  // discharge medication
  if (m.gender === 'M' && ageAt(m, dis) >= 40) L(c, 'tams', dis, 14);
  return out;
}
function turpStay(m, hid, adm, { los = 6, dx = ['N40.x00'], extraDx = [], route = 'outpatient', sameDayCath = false, antibioticDays = 2, secondAbx = false, mcc = null, reCathDay = null } = {}) {
  const dis = add(adm, los);
  const c = newClaim(m, hid, 'urology', 'inpatient', [adm, dis], [...dx, ...extraDx, ...(mcc ? [mcc] : [])], { admissionRoute: route });
  const op = add(adm, 1);
  ward(c, { n1Days: [1, 2] });
  admissionLabs(c, adm); L(c, 'usUro', adm); L(c, 'psa', adm); L(c, 'cannula', adm); L(c, 'cannulaC', adm);
  const out = { c, op, abxLines: [], cathLine: null };
  theatre(c, op, { anaes: 'spinal' });
  L(c, 'turp', op); proc(c, '60.2902', op);
  L(c, 'cathKit', op); L(c, 'bag', op, 2);
  if (sameDayCath) out.cathLine = L(c, 'cath', op);
  L(c, 'path', op);
  out.abxLines.push(L(c, 'cefuroximeIv', op, 2));
  infusion(c, op, 3, [['nacl', 2], ['ringer', 1], ['txa', 2]]); postOpWatch(c, op);
  for (let k = 1; k <= los - 2; k++) {
    const d = add(op, k);
    if (k < antibioticDays) { infusion(c, d, 2, [['nacl', 2]]); out.abxLines.push(L(c, 'cefuroximeIv', d, 3)); if (secondAbx) out.abxLines.push(L(c, 'levoIv', d, 1)); }
    else if (k <= 2) infusion(c, d, 1, [['nacl', 1]]);
    if (k === 1) { L(c, 'blood', d); L(c, 'cbc', d); L(c, 'lytes', d); L(c, 'bag', d); }
    if (k === 3) L(c, 'bag', d);
    if (reCathDay === k) { out.reCath = L(c, 'cath', d); L(c, 'cathKit', d); L(c, 'foley', d); proc(c, '57.9400', d); }
  }
  L(c, 'tams', dis, 14);
  return out;
}
function eswlVisit(m, hid, d, { dx = ['N20.000'], side = '98.5101', tams = true, us = true } = {}) {
  const c = newClaim(m, hid, 'urology', 'outpatient', [d], dx);
  opVisit(c, d, { chief: rnd() < 0.3 });
  if (us) L(c, 'usUro', d);
  L(c, 'ua', d);
  const e = L(c, 'eswl', d);
  L(c, 'tramadol', d, 4);
  if (tams && m.gender === 'M' && ageAt(m, d) >= 40) L(c, 'tams', d, 14);
  return { c, e };
}
function bphFollow(m, hid, d, { tests = [], days = 30, long = false, drugs = ['tams', 'fin'], dept = 'urology', dx = ['N40.x00'] } = {}) {
  const kind = INST[hid].kind;
  const vt = kind === 'pharmacy' ? 'pharmacy' : 'outpatient';
  const c = newClaim(m, hid, kind === 'pharmacy' ? 'pharmacy' : (kind === 'community' ? 'general-practice' : dept), vt, [d], dx);
  const lines = {};
  if (vt !== 'pharmacy') opVisit(c, d);
  for (const t of tests) { if (t === 'psa' || t === 'ua') L(c, 'blood', d); lines[t] = L(c, t, d); }
  for (const k of drugs) lines[k] = L(c, k, d, days, { long });
  return { c, lines };
}
function pharmacyBuy(m, hid, d, drugs, dx = ['N40.x00']) {
  const c = newClaim(m, hid, 'pharmacy', 'pharmacy', [d], dx);
  const lines = drugs.map(([k, q]) => L(c, k, d, q));
  return { c, lines };
}

// ---------- labels ----------
const labels = []; let caseSeq = 0;
function label(kind, code, name, claimsOf, targets, mutated, variant) {
  caseSeq++;
  const mutatedLines = {}; for (const [cl, ids] of mutated) if (ids && ids.length) mutatedLines[cl.claimId] = ids.map(String);
  labels.push({ caseId: `B99-${String(caseSeq).padStart(4, '0')}`, kind, code, name, claimIds: claimsOf.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines, typology: code, variant });
}
const variantOf = (i) => (i % 3 === 2 ? 'careful' : 'overt');
const regionOf = (i) => REGION_LIST[i % REGION_LIST.length];

// ====================== FRAUD TYPOLOGIES ======================
const TYP = {};
TYP.T01 = ['一次结石体外碎石拆分为多次', (i, v) => { // one stone, ESWL billed as several sessions days apart
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 30, ageMax: 68, region: r });
  const hid = pick([H[r].h2, H[r].pv, H[r].h3]); const d = randDate(10, 300);
  const first = eswlVisit(m, hid, d, { dx: ['N20.100'], side: '98.5103' });
  const gaps = v === 'overt' ? [1, 2] : [ri(4, 6)];
  const extra = []; let dd = d;
  for (const g of gaps) { dd = add(dd, g); const e = eswlVisit(m, hid, dd, { dx: ['N20.100'], tams: false, us: v === 'overt' ? false : true }); extra.push(e); }
  label('fraud', 'T01', TYP.T01[0], [first.c, ...extra.map((e) => e.c)], extra.map((e) => e.c), extra.map((e) => [e.c, [e.e]]), v);
}];
TYP.T02 = ['一次手术叠加两种碎石术式(输尿管镜+体外碎石)', (i, v) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 30, ageMax: 70, region: r });
  const hid = pick([H[r].h3, H[r].h2]);
  const s = ursStay(m, hid, randDate(10, 320), { los: 4, opDay: v === 'overt' ? 1 : 2, eswlSameStay: { day: 1 } });
  label('fraud', 'T02', TYP.T02[0], [s.c], [s.c], [[s.c, [s.eswlLine]]], v);
}];
TYP.T03 = ['留置导尿管及导尿包超实际使用计费', (i, v) => { // indwelling catheter billed new every day / every other day
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 62, ageMax: 85, region: r });
  const hid = pick([H[r].h2, H[r].pv]); const adm = randDate(10, 320); const los = ri(7, 10);
  const c = newClaim(m, hid, 'urology', 'inpatient', [adm, add(adm, los)], ['R33.x00', 'N40.x00'], { admissionRoute: 'emergency' });
  ward(c, {}); admissionLabs(c, adm, { surgical: false }); L(c, 'usUro', adm); L(c, 'psa', adm);
  L(c, 'cath', adm); L(c, 'cathKit', adm); L(c, 'foley', adm); L(c, 'bag', adm); proc(c, '57.9400', adm);
  const mut = [];
  for (let k = 1; k < los; k++) {
    const d = add(adm, k);
    L(c, 'tams', d, 1);
    if (k <= 2) infusion(c, d, 1, [['nacl', 1]]);
    if (v === 'overt' || k % 2 === 0) { mut.push(L(c, 'foley', d)); mut.push(L(c, 'cathKit', d)); if (v === 'overt') mut.push(L(c, 'cath', d)); }
    L(c, 'bag', d);
    if (k === 3) { L(c, 'blood', d); L(c, 'renal', d); L(c, 'ua', d); }
  }
  proc(c, '57.9500', add(adm, 2));
  label('fraud', 'T03', TYP.T03[0], [c], [c], [[c, mut]], v);
}];
TYP.T04 = ['前列腺电切术当日另收导尿费(手术内涵重复收费)', (i, v) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 60, ageMax: 84, region: r });
  const s = turpStay(m, pick([H[r].h3, H[r].h2, H[r].pv]), randDate(10, 320), { los: ri(5, 7), sameDayCath: true });
  label('fraud', 'T04', TYP.T04[0], [s.c], [s.c], [[s.c, [s.cathLine]]], v);
}];
TYP.T05 = ['男科(勃起功能障碍/不育)诊疗以慢性前列腺炎名义报销', (i, v) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 24, ageMax: 38, region: r, scheme: pick(['employee', 'resident']) });
  const hid = H[r].pv; const d0 = randDate(10, 250); const cs = [];
  const n = v === 'overt' ? 4 : 3;
  for (let k = 0; k < n; k++) {
    const d = add(d0, k * ri(7, 12));
    const c = newClaim(m, hid, 'andrology', 'outpatient', [d], ['N41.100']);
    opVisit(c, d, { chief: true });
    if (k === 0) { L(c, 'blood', d); L(c, 'ua', d); L(c, 'usUro', d); }
    L(c, 'testo', d, v === 'overt' ? 60 : 28);
    if (v === 'overt') { L(c, 'levoTab', d, 7); }
    cs.push(c);
  }
  label('fraud', 'T05', TYP.T05[0], cs, cs, [], v);
}];
TYP.T06 = ['前列腺增生随访每次均开PSA、泌尿系B超、尿常规', (i, v) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 55, ageMax: 80, region: r });
  const hid = pick([H[r].h2, H[r].pv, H[r].h3]); const d0 = randDate(5, 150); const cs = []; const mut = [];
  const n = v === 'overt' ? 6 : 4; const gap = v === 'overt' ? 30 : 45;
  for (let k = 0; k < n; k++) {
    const d = add(d0, k * gap);
    const tests = v === 'overt' ? ['psa', 'usUro', 'ua'] : ['psa', 'usUro'];
    const f = bphFollow(m, hid, d, { tests, days: gap });
    cs.push(f.c); if (k > 0) mut.push([f.c, tests.map((t) => f.lines[t])]);
  }
  label('fraud', 'T06', TYP.T06[0], cs, cs.slice(1), mut, v);
}];
TYP.T07 = ['体外碎石收住院后挂床', (i, v) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 30, ageMax: 65, region: r });
  const hid = pick([H[r].h2, H[r].pv]); const adm = randDate(10, 320); const los = v === 'overt' ? ri(6, 8) : ri(4, 5);
  const c = newClaim(m, hid, 'urology', 'inpatient', [adm, add(adm, los)], ['N20.000']);
  ward(c, {}); admissionLabs(c, adm, { surgical: false }); L(c, 'usUro', adm);
  const e = add(adm, 1); L(c, 'eswl', e); proc(c, '98.5101', e); L(c, 'tramadol', e, 2);
  if (v === 'careful') for (let k = 2; k < los; k++) { const d = add(adm, k); L(c, 'diclofenac', d, 1); if (k === 2) L(c, 'ua', d); }
  label('fraud', 'T07', TYP.T07[0], [c], [c], [], v);
}];
TYP.T08 = ['术后分解住院(出院数日内以同一疾病再入院)', (i, v) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 60, ageMax: 82, region: r });
  const hid = pick([H[r].h2, H[r].h3, H[r].pv]); const adm = randDate(10, 300);
  const s = turpStay(m, hid, adm, { los: 4 });
  const adm2 = add(s.c.dischargeDate, v === 'overt' ? ri(1, 3) : ri(6, 10)); const los2 = ri(4, 6);
  const c2 = newClaim(m, hid, 'urology', 'inpatient', [adm2, add(adm2, los2)], v === 'overt' ? ['N40.x00'] : ['R33.x00', 'N40.x00'], { admissionRoute: 'outpatient' });
  ward(c2, {}); L(c2, 'blood', adm2); L(c2, 'cbc', adm2); L(c2, 'ua', adm2); L(c2, 'renal', adm2); L(c2, 'usUro', adm2);
  for (let k = 0; k < los2; k++) { const d = add(adm2, k); if (k < 3) { infusion(c2, d, 1, [['nacl', 1]]); L(c2, 'cefuroximeIv', d, 2); } L(c2, 'bag', d); L(c2, 'tams', d, 1); }
  label('fraud', 'T08', TYP.T08[0], [s.c, c2], [c2], [], v);
}];
TYP.T09 = ['前列腺增生药物多处药店重复购药囤药', (i, v) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 58, ageMax: 82, region: r, scheme: 'employee' });
  const d0 = randDate(10, 280); const cs = []; const mut = [];
  const f = bphFollow(m, H[r].h2, d0, { days: 30 }); cs.push(f.c);
  const shops = v === 'overt' ? [H[r].ph1, H[r].ph2, H[r].ph3, H[r].cc] : [H[r].ph1, H[r].ph2];
  let d = d0;
  for (const s of shops) {
    d = add(d, v === 'overt' ? ri(3, 6) : ri(9, 12));
    const q = v === 'overt' ? 60 : 30;
    if (INST[s].kind === 'community') { const x = bphFollow(m, s, d, { days: q }); cs.push(x.c); mut.push([x.c, [x.lines.tams, x.lines.fin]]); }
    else { const p = pharmacyBuy(m, s, d, [['tams', q], ['fin', q]]); cs.push(p.c); mut.push([p.c, p.lines]); }
  }
  label('fraud', 'T09', TYP.T09[0], cs, cs.slice(1), mut, v);
}];
TYP.T10 = ['单纯性膀胱炎行CT增强及静脉抗生素', (i, v) => {
  const r = regionOf(i); const m = member({ gender: 'F', ageMin: 22, ageMax: 48, region: r });
  const hid = v === 'overt' ? pick([H[r].h2, H[r].pv]) : H[r].cc; const d0 = randDate(10, 320);
  const cs = []; const mut = [];
  const n = v === 'overt' ? 3 : 3;
  for (let k = 0; k < n; k++) {
    const d = add(d0, k);
    const c = newClaim(m, hid, INST[hid].kind === 'community' ? 'general-practice' : 'urology', 'outpatient', [d], ['N30.000']);
    opVisit(c, d); const ml = [];
    if (k === 0) { L(c, 'ua', d); L(c, 'blood', d); L(c, 'cbc', d); if (v === 'overt') { ml.push(L(c, 'ctAbd', d)); ml.push(L(c, 'ctEnh', d)); ml.push(L(c, 'usUro', d)); } else ml.push(L(c, 'usUro', d)); }
    ml.push(L(c, 'ivFirst', d)); L(c, 'ivSet', d); L(c, 'tape', d, 2);
    ml.push(L(c, v === 'overt' ? 'ceftriaxone' : 'levoIv', d, v === 'overt' ? 2 : 1)); L(c, 'nacl', d, 1);
    cs.push(c); mut.push([c, ml]);
  }
  label('fraud', 'T10', TYP.T10[0], cs, cs, mut, v);
}];
TYP.T11 = ['住院期间医保卡在门诊或药店使用', (i, v) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 60, ageMax: 82, region: r, scheme: 'employee' });
  const s = turpStay(m, pick([H[r].h3, H[r].h2]), randDate(10, 300), { los: 7 });
  const d = add(s.c.admissionDate, ri(2, 5)); const cs = [s.c]; const tg = [];
  const p = pharmacyBuy(m, pick([H[r].ph1, H[r].ph2]), d, [['tams', 30], ['fin', 30]]); cs.push(p.c); tg.push(p.c);
  if (v === 'overt') { const o = newClaim(m, H[r].cc, 'general-practice', 'outpatient', [add(d, 1)], ['I10.x00x002']); opVisit(o, add(d, 1)); L(o, 'amlodipine', add(d, 1), 30); L(o, 'ecg', add(d, 1)); cs.push(o); tg.push(o); }
  label('fraud', 'T11', TYP.T11[0], cs, tg, [], v);
}];
TYP.T12 = ['无置管记录收取输尿管支架取出(膀胱镜)费用', (i, v) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 30, ageMax: 70, region: r });
  const hid = pick([H[r].pv, H[r].h2]); const d0 = randDate(10, 280); const cs = [];
  if (v === 'careful') { const e = eswlVisit(m, hid, d0, { dx: ['N20.100'], side: '98.5103' }); cs.push(e.c); }
  else { const c0 = newClaim(m, hid, 'urology', 'outpatient', [d0], ['N20.100']); opVisit(c0, d0); L(c0, 'usUro', d0); L(c0, 'ua', d0); L(c0, 'tramadol', d0, 4); cs.push(c0); }
  const d = add(d0, ri(14, 28));
  const c = newClaim(m, hid, 'urology', 'outpatient', [d], ['Z46.600x001', 'N20.100']);
  opVisit(c, d); const cy = L(c, 'cysto', d); L(c, 'lido', d, 1); L(c, 'usUro', d); proc(c, '97.6205', d);
  cs.push(c);
  label('fraud', 'T12', TYP.T12[0], cs, [c], [[c, [cy]]], v);
}];
TYP.T13 = ['输尿管镜碎石术后虚增脓毒症/急性肾衰竭诊断高套分组', (i, v) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 35, ageMax: 72, region: r });
  const s = ursStay(m, pick([H[r].h3, H[r].h2]), randDate(10, 320), { los: 4, mcc: v === 'overt' ? 'A41.900' : 'N17.900' });
  label('fraud', 'T13', TYP.T13[0], [s.c], [s.c], [], v);
}];
TYP.T14 = ['碎石项目超标准价格收费', (i, v) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 30, ageMax: 70, region: r });
  const hid = pick([H[r].h2, H[r].pv]); const d = randDate(10, 320);
  if (i % 2 === 0) {
    const c = newClaim(m, hid, 'urology', 'outpatient', [d], ['N20.000']);
    opVisit(c, d); L(c, 'usUro', d); L(c, 'ua', d);
    const cap = ROWS[C.eswl].priceCap['2']; const price = v === 'overt' ? 1200 : ROWS[C.eswl].priceCap['3'];
    const e = L(c, 'eswl', d, 1, { price, breach: true }); L(c, 'tramadol', d, 4);
    label('fraud', 'T14', TYP.T14[0], [c], [c], [[c, [e]]], v); void cap;
  } else {
    const s = ursStay(m, hid, d, { los: 4 });
    const line = s.c.items.find((x) => x.code === C.urs); const price = v === 'overt' ? 3800 : ROWS[C.urs].priceCap['3'];
    line.unitPrice = price; line.amount = price;
    label('fraud', 'T14', TYP.T14[0], [s.c], [s.c], [[s.c, [line.lineId]]], v);
  }
}];
TYP.T15 = ['泌尿腔内手术预防用抗菌药物超疗程并联用', (i, v) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 55, ageMax: 82, region: r });
  const hid = pick([H[r].h2, H[r].h3, H[r].pv]);
  const s = i % 2 === 0 ? turpStay(m, hid, randDate(10, 320), { los: 7, antibioticDays: v === 'overt' ? 6 : 4, secondAbx: v === 'overt' })
    : ursStay(m, hid, randDate(10, 320), { los: 6, opDay: 1, antibioticDays: v === 'overt' ? 5 : 4, secondAbx: v === 'overt' });
  label('fraud', 'T15', TYP.T15[0], [s.c], [s.c], [[s.c, s.abxLines.slice(1)]], v);
}];

// ====================== CONTROLS ======================
const CTL = {};
const ctl = (code, name, fn) => { CTL[code] = [name, fn]; };
ctl('C01', '鹿角状/大体积肾结石分期体外碎石(间隔≥2周)', (i) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 35, ageMax: 70, region: r });
  const hid = pick([H[r].h3, H[r].h2]); let d = randDate(10, 230); const cs = [];
  for (let k = 0; k < 3; k++) { cs.push(eswlVisit(m, hid, d, { dx: ['N20.001'], tams: k === 0 }).c); d = add(d, ri(14, 21)); }
  label('control', 'C01', CTL.C01[0], cs, [], [], 'staged');
});
ctl('C02', '大负荷结石分期输尿管镜(二期手术间隔4-6周)', (i) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 35, ageMax: 72, region: r });
  const hid = H[r].h3; const adm = randDate(10, 260);
  const a = ursStay(m, hid, adm, { los: 4, dx: ['N20.200', 'N13.202'] });
  const b = ursStay(m, hid, add(a.c.dischargeDate, ri(28, 42)), { los: 3, dx: ['N20.000', 'Z96.001'] });
  label('control', 'C02', CTL.C02[0], [a.c, b.c], [], [], 'staged');
});
ctl('C03', '双侧结石:一侧输尿管镜,对侧肾结石择期体外碎石', (i) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 35, ageMax: 70, region: r });
  const hid = pick([H[r].h3, H[r].h2]);
  const a = ursStay(m, hid, randDate(10, 280), { los: 4, dx: ['N20.200', 'N13.202'] });
  const e = eswlVisit(m, hid, add(a.c.dischargeDate, ri(21, 35)), { dx: ['N20.000', 'Z96.001'] });
  label('control', 'C03', CTL.C03[0], [a.c, e.c], [], [], 'bilateral');
});
ctl('C04', '输尿管镜术后2-4周膀胱镜取出双J管', (i) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 30, ageMax: 72, region: r });
  const hid = pick([H[r].h3, H[r].h2]);
  const a = ursStay(m, hid, randDate(10, 290), { los: 3 });
  const d = add(a.c.dischargeDate, ri(14, 28));
  const c = newClaim(m, hid, 'urology', 'outpatient', [d], ['Z46.600x001', 'Z96.001']); opVisit(c, d); L(c, 'cysto', d); L(c, 'lido', d, 1); L(c, 'usUro', d); proc(c, '97.6205', d);
  label('control', 'C04', CTL.C04[0], [a.c, c], [], [], 'removal');
});
ctl('C05', '恶性梗阻长期留置输尿管支架,每3个月膀胱镜下更换', (i) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 60, ageMax: 82, region: r });
  const hid = H[r].h3; let d = randDate(10, 90); const cs = [];
  for (let k = 0; k < 3; k++) {
    const c = newClaim(m, hid, 'urology', 'outpatient', [d], ['Z46.602', 'C61.x00', 'N13.100x001']); opVisit(c, d, { chief: true });
    L(c, 'cysto', d); L(c, 'lido', d, 1); L(c, 'usUro', d); L(c, 'blood', d); L(c, 'renal', d); proc(c, '97.6205', d); proc(c, '59.8x03', d);
    cs.push(c); d = add(d, ri(84, 95));
  }
  label('control', 'C05', CTL.C05[0], cs, [], [], 'malignant');
});
ctl('C06', '神经源性膀胱长期留置导尿,家庭病床每4周上门更换', (i) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 60, ageMax: 88, region: r });
  const hid = H[r].cc; let d = randDate(5, 200); const cs = [];
  for (let k = 0; k < 4; k++) {
    const c = newClaim(m, hid, 'general-practice', 'outpatient', [d], ['N31.901', 'R33.x00']);
    if (k === 0) L(c, 'homeBed', d); L(c, 'homeVisit', d); L(c, 'cath', d); L(c, 'cathKit', d); L(c, 'foley', d); L(c, 'bag', d, 2); proc(c, '57.9500', d);
    if (k === 2) L(c, 'ua', d);
    cs.push(c); d = add(d, 28);
  }
  label('control', 'C06', CTL.C06[0], cs, [], [], 'home-catheter');
});
ctl('C07', '前列腺癌根治术后PSA监测(每3-6个月)', (i) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 58, ageMax: 80, region: r });
  const hid = pick([H[r].h3, H[r].h2]); let d = randDate(5, 120); const cs = [];
  for (let k = 0; k < 3; k++) { const c = newClaim(m, hid, 'urology', 'outpatient', [d], ['Z85.400', 'Z90.700']); opVisit(c, d); L(c, 'blood', d); L(c, 'psa', d); cs.push(c); d = add(d, ri(85, 100)); }
  label('control', 'C07', CTL.C07[0], cs, [], [], 'post-RP');
});
ctl('C08', '低危前列腺癌主动监测:PSA每3-6个月、超声每年', (i) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 58, ageMax: 78, region: r });
  const hid = H[r].h3; let d = randDate(5, 120); const cs = [];
  for (let k = 0; k < 3; k++) { const c = newClaim(m, hid, 'urology', 'outpatient', [d], ['C61.x00']); opVisit(c, d, { chief: true }); L(c, 'blood', d); L(c, 'psa', d); if (k === 0) L(c, 'usUro', d); cs.push(c); d = add(d, ri(88, 110)); }
  label('control', 'C08', CTL.C08[0], cs, [], [], 'active-surveillance');
});
ctl('C09', '复发性急性肾盂肾炎:CT增强、尿培养、静脉抗生素', (i) => {
  const r = regionOf(i); const m = member({ gender: 'F', ageMin: 25, ageMax: 70, region: r });
  const hid = pick([H[r].h3, H[r].h2]); const d0 = randDate(130, 320); const cs = [];
  const prior = newClaim(m, hid, 'urology', 'outpatient', [add(d0, -ri(60, 120))], ['N10.x02']); opVisit(prior, prior.visitDate); L(prior, 'ua', prior.visitDate); L(prior, 'culture', prior.visitDate); L(prior, 'levoTab', prior.visitDate, 7); cs.push(prior);
  for (let k = 0; k < 3; k++) {
    const d = add(d0, k); const c = newClaim(m, hid, 'urology', 'outpatient', [d], ['N10.x02', 'N39.000']); opVisit(c, d);
    if (k === 0) { L(c, 'blood', d); L(c, 'cbc', d); L(c, 'crp', d); L(c, 'ua', d); L(c, 'culture', d); L(c, 'renal', d); L(c, 'ctAbd', d); L(c, 'ctEnh', d); }
    L(c, 'ivFirst', d); L(c, 'ivSet', d); L(c, 'tape', d, 2); L(c, 'ceftriaxone', d, 2); L(c, 'nacl', d, 1); cs.push(c);
  }
  label('control', 'C09', CTL.C09[0], cs, [], [], 'recurrent-pyelo');
});
ctl('C10', '输尿管镜碎石术后尿源性脓毒症', (i) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 45, ageMax: 78, region: r });
  const hid = H[r].h3; const adm = randDate(10, 300); const los = ri(9, 12);
  const c = newClaim(m, hid, 'urology', 'inpatient', [adm, add(adm, los)], ['N20.100', 'A41.501', 'N13.202'], { admissionRoute: 'outpatient' });
  const op = add(adm, 1); ward(c, { n1Days: [1, 2, 3, 4] }); admissionLabs(c, adm); L(c, 'usUro', adm); L(c, 'ctAbd', adm); L(c, 'cannula', adm); L(c, 'cannulaC', adm);
  theatre(c, op); L(c, 'urs', op); proc(c, '56.0x00x005', op); proc(c, '59.8x03', op); L(c, 'cathKit', op); L(c, 'foley', op); L(c, 'bag', op);
  L(c, 'cefuroximeIv', op, 2); infusion(c, op, 2, [['nacl', 2], ['ringer', 1]]);
  const f = add(op, 0); L(c, 'blood', f, 2); L(c, 'culture', f, 2); L(c, 'pct', f); L(c, 'lactate', f, 2); L(c, 'gas', f); L(c, 'ecgMon', f, 12); L(c, 'spo2', f, 12); L(c, 'nibp', f, 12); L(c, 'electrode', f, 5);
  for (let k = 1; k < los - 1; k++) {
    const d = add(op, k);
    infusion(c, d, 3, [['nacl', 3], ['ringer', 1]]); L(c, 'meropenem', d, 3);
    if (k <= 2) { L(c, 'noradr', d, 4); L(c, 'ecgMon', d, 24); L(c, 'spo2', d, 24); L(c, 'nibp', d, 12); L(c, 'electrode', d, 5); L(c, 'lactate', d, 2); L(c, 'gas', d); }
    if (k % 2 === 1) { L(c, 'blood', d); L(c, 'cbc', d); L(c, 'crp', d); L(c, 'pct', d); L(c, 'renal', d); L(c, 'lytes', d); }
    L(c, 'bag', d);
  }
  label('control', 'C10', CTL.C10[0], [c], [], [], 'urosepsis');
});
ctl('C11', '急性尿潴留急诊导尿,1周后拔管试排尿失败再次导尿', (i) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 60, ageMax: 85, region: r });
  const hid = pick([H[r].h2, H[r].h3]); const d = randDate(10, 320);
  const a = newClaim(m, hid, 'emergency', 'outpatient', [d], ['R33.x00', 'N40.x00']); L(a, 'er', d); L(a, 'cath', d); L(a, 'cathKit', d); L(a, 'foley', d); L(a, 'bag', d); L(a, 'ua', d); L(a, 'usUro', d); L(a, 'tams', d, 7); proc(a, '57.9400', d);
  const d2 = add(d, 7); const b = newClaim(m, hid, 'urology', 'outpatient', [d2], ['R33.x00', 'N40.x00']); opVisit(b, d2); L(b, 'usUro', d2); L(b, 'cath', d2); L(b, 'cathKit', d2); L(b, 'foley', d2); L(b, 'bag', d2); L(b, 'tams', d2, 30); proc(b, '57.9400', d2);
  label('control', 'C11', CTL.C11[0], [a, b], [], [], 'retention-TWOC');
});
ctl('C12', '前列腺电切术后拔管失败,术后第4日再次导尿', (i) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 65, ageMax: 86, region: r });
  const s = turpStay(m, pick([H[r].h3, H[r].h2]), randDate(10, 320), { los: 7, reCathDay: 4, extraDx: ['R33.x00'] });
  label('control', 'C12', CTL.C12[0], [s.c], [], [], 'recatheter');
});
ctl('C13', '前列腺电切术后血块堵塞急诊再入院', (i) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 62, ageMax: 84, region: r });
  const hid = pick([H[r].h3, H[r].h2]); const s = turpStay(m, hid, randDate(10, 300), { los: 5 });
  const adm = add(s.c.dischargeDate, ri(6, 12)); const los = ri(3, 5);
  const c = newClaim(m, hid, 'urology', 'inpatient', [adm, add(adm, los)], ['R31.x00', 'R33.x00', 'N40.x00'], { admissionRoute: 'emergency' });
  ward(c, { n1Days: [0, 1] }); L(c, 'blood', adm, 2); L(c, 'cbc', adm); L(c, 'coag', adm); L(c, 'abo', adm); L(c, 'xmatch', adm); L(c, 'usUro', adm);
  L(c, 'cath', adm); L(c, 'cathKit', adm); L(c, 'foley', adm); L(c, 'bag', adm, 2); proc(c, '57.9400', adm);
  L(c, 'cysto', add(adm, 0)); proc(c, '57.3200x001', adm);
  if (i % 2 === 0) { L(c, 'rbc', adm, 2); L(c, 'transfuse', adm); L(c, 'bloodSet', adm); proc(c, '99.0401', adm); }
  for (let k = 0; k < los; k++) { const d = add(adm, k); infusion(c, d, 2, [['nacl', 2], ['txa', 2]]); L(c, 'bag', d); if (k === 1) { L(c, 'blood', d); L(c, 'cbc', d); } }
  label('control', 'C13', CTL.C13[0], [s.c, c], [], [], 'clot-retention');
});
ctl('C14', '体外碎石失败后3周改行输尿管镜', (i) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 30, ageMax: 70, region: r });
  const hid = pick([H[r].h3, H[r].h2]); const e = eswlVisit(m, hid, randDate(10, 290), { dx: ['N20.100', 'N13.202'], side: '98.5103' });
  const s = ursStay(m, hid, add(e.c.visitDate, ri(18, 28)), { los: 4 });
  label('control', 'C14', CTL.C14[0], [e.c, s.c], [], [], 'failed-SWL');
});
ctl('C15', '前列腺增生长处方12周,用完前数日药店续购', (i) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 60, ageMax: 82, region: r, scheme: 'employee' });
  const d = randDate(5, 200);
  const a = bphFollow(m, H[r].h2, d, { days: 84, long: true });
  const p = pharmacyBuy(m, pick([H[r].ph1, H[r].ph2]), add(d, ri(78, 82)), [['tams', 30], ['fin', 30]]);
  label('control', 'C15', CTL.C15[0], [a.c, p.c], [], [], 'long-rx');
});
ctl('C16', '慢性细菌性前列腺炎:培养阳性,喹诺酮4-6周', (i) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 28, ageMax: 55, region: r });
  const hid = pick([H[r].h3, H[r].h2]); const d = randDate(10, 280);
  const a = newClaim(m, hid, 'urology', 'outpatient', [d], ['N41.100']); opVisit(a, d, { chief: true }); L(a, 'ua', d, 2); L(a, 'culture', d, 2); L(a, 'usUro', d); L(a, 'levoTab', d, 14);
  const d2 = add(d, 14); const b = newClaim(m, hid, 'urology', 'outpatient', [d2], ['N41.100']); opVisit(b, d2); L(b, 'levoTab', d2, 14);
  const d3 = add(d2, 14); const c = newClaim(m, hid, 'urology', 'outpatient', [d3], ['N41.100']); opVisit(c, d3); L(c, 'ua', d3); L(c, 'culture', d3); L(c, 'levoTab', d3, 14);
  label('control', 'C16', CTL.C16[0], [a, b, c], [], [], 'CBP');
});
ctl('C17', '男性性腺功能减退症的睾酮补充治疗', (i) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 35, ageMax: 70, region: r });
  const hid = H[r].h3; let d = randDate(10, 200); const cs = [];
  for (let k = 0; k < 3; k++) { const c = newClaim(m, hid, 'urology', 'outpatient', [d], ['E29.100']); opVisit(c, d, { chief: true }); if (k === 0) { L(c, 'blood', d); L(c, 'liver', d); L(c, 'cbc', d); } if (k === 2 && ageAt(m, d) >= 40) { L(c, 'blood', d); L(c, 'psa', d); L(c, 'cbc', d); } L(c, 'testo', d, 60); cs.push(c); d = add(d, 30); }
  label('control', 'C17', CTL.C17[0], cs, [], [], 'hypogonadism');
});
ctl('C18', '新发下尿路症状:基线PSA/超声,3个月复查残余尿,12个月复查PSA', (i) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 55, ageMax: 78, region: r });
  const hid = pick([H[r].h2, H[r].h3]); const d = randDate(5, 60); const cs = [];
  cs.push(bphFollow(m, hid, d, { tests: ['psa', 'usUro', 'ua'], days: 30 }).c);
  cs.push(bphFollow(m, hid, add(d, 30), { tests: [], days: 60 }).c);
  cs.push(bphFollow(m, hid, add(d, 90), { tests: ['usUro'], days: 90, long: true }).c);
  cs.push(bphFollow(m, hid, add(d, 180), { tests: ['psa'], days: 84, long: true }).c);
  label('control', 'C18', CTL.C18[0], cs, [], [], 'LUTS-workup');
});
ctl('C19', '留置导尿/糖尿病患者复杂性尿路感染:影像及静脉抗生素', (i) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 60, ageMax: 88, region: r });
  const hid = pick([H[r].h2, H[r].h3]); const d0 = randDate(10, 320); const cs = [];
  for (let k = 0; k < 3; k++) {
    const d = add(d0, k); const c = newClaim(m, hid, 'urology', 'outpatient', [d], ['N39.000', 'E11.900', 'N31.901']); opVisit(c, d);
    if (k === 0) { L(c, 'blood', d); L(c, 'cbc', d); L(c, 'crp', d); L(c, 'ua', d); L(c, 'culture', d); L(c, 'renal', d); L(c, 'usUro', d); L(c, 'cath', d); L(c, 'cathKit', d); L(c, 'foley', d); L(c, 'bag', d); }
    L(c, 'ivFirst', d); L(c, 'ivSet', d); L(c, 'tape', d, 2); L(c, 'ceftriaxone', d, 2); L(c, 'nacl', d, 1); cs.push(c);
  }
  label('control', 'C19', CTL.C19[0], cs, [], [], 'complicated-UTI');
});
ctl('C20', '肾绞痛急诊:CT平扫确诊,次日体外碎石', (i) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 25, ageMax: 65, region: r });
  const hid = pick([H[r].h3, H[r].h2]); const d = randDate(10, 320);
  const a = newClaim(m, hid, 'emergency', 'outpatient', [d], ['N23.x00', 'N20.100']); L(a, 'er', d); L(a, 'ua', d); L(a, 'blood', d); L(a, 'cbc', d); L(a, 'renal', d); L(a, 'ctAbd', d); L(a, 'ivFirst', d); L(a, 'ivSet', d); L(a, 'nacl', d, 1); L(a, 'diclofenac', d, 1);
  const e = eswlVisit(m, hid, add(d, 1), { dx: ['N20.100'], side: '98.5103', us: false });
  label('control', 'C20', CTL.C20[0], [a, e.c], [], [], 'colic-ED');
});
ctl('C21', '抗凝/心脏病高危患者住院行体外碎石(2日,术前停药监护)', (i) => {
  const r = regionOf(i); const m = member({ gender: pick(['M', 'F']), ageMin: 65, ageMax: 85, region: r });
  const hid = pick([H[r].h3, H[r].h2]); const adm = randDate(10, 320);
  const c = newClaim(m, hid, 'urology', 'inpatient', [adm, add(adm, 2)], ['N20.000', 'I48.000', 'I10.x00x002']);
  ward(c, { n1Days: [1] }); admissionLabs(c, adm, { surgical: false }); L(c, 'usUro', adm); L(c, 'enoxaparin', adm, 1);
  const e = add(adm, 1); L(c, 'eswl', e); proc(c, '98.5101', e); L(c, 'ecgMon', e, 12); L(c, 'spo2', e, 12); L(c, 'nibp', e, 8); L(c, 'electrode', e, 5); L(c, 'ua', e); L(c, 'tramadol', e, 2); L(c, 'blood', e); L(c, 'cbc', e);
  L(c, 'rivaroxaban', add(adm, 2), 14); L(c, 'usUro', add(adm, 2));
  label('control', 'C21', CTL.C21[0], [c], [], [], 'high-risk-SWL');
});
ctl('C22', '术前尿培养阳性的前列腺电切:治疗性抗生素7日', (i) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 62, ageMax: 85, region: r });
  const hid = pick([H[r].h3, H[r].h2]); const adm = randDate(10, 320);
  const pre = newClaim(m, hid, 'urology', 'outpatient', [add(adm, -7)], ['N40.x00', 'N39.000', 'R33.x00']); opVisit(pre, pre.visitDate); L(pre, 'ua', pre.visitDate); L(pre, 'culture', pre.visitDate); L(pre, 'cefuroximeTab', pre.visitDate, 10);
  const s = turpStay(m, hid, adm, { los: 7, antibioticDays: 5, extraDx: ['N39.000', 'R33.x00'] });
  L(s.c, 'culture', adm);
  label('control', 'C22', CTL.C22[0], [pre, s.c], [], [], 'treated-UTI');
});
ctl('C23', '出院当日药店购买出院带药之外的长期用药', (i) => {
  const r = regionOf(i); const m = member({ gender: 'M', ageMin: 62, ageMax: 84, region: r, scheme: 'employee' });
  const s = ursStay(m, pick([H[r].h3, H[r].h2]), randDate(10, 300), { los: 4, extraDx: ['N40.x00'] });
  const p = pharmacyBuy(m, pick([H[r].ph1, H[r].ph2]), s.c.dischargeDate, [['fin', 30]]);
  label('control', 'C23', CTL.C23[0], [s.c, p.c], [], [], 'discharge-day');
});
ctl('C24', '异地就医:外省参保人在三级医院按当地价格碎石', (i) => {
  const r = regionOf(i); const other = REGION_LIST[(i + 1) % REGION_LIST.length];
  const m = member({ gender: pick(['M', 'F']), ageMin: 28, ageMax: 65, region: other }); m.insuredRegion = other;
  const e = eswlVisit(m, H[r].h3, randDate(10, 320), { dx: ['N20.000'] });
  label('control', 'C24', CTL.C24[0], [e.c], [], [], 'cross-region');
});

// ====================== ROUTINE ======================
function routine(i) {
  const r = regionOf(i); const k = i % 10; let c;
  if (k === 0) { const m = member({ gender: pick(['M', 'F']), ageMin: 30, ageMax: 70, region: r }); c = eswlVisit(m, pick([H[r].h2, H[r].h3, H[r].pv]), randDate(), { dx: ['N20.000'] }).c; }
  else if (k === 1) { const m = member({ gender: 'M', ageMin: 55, ageMax: 82, region: r }); c = bphFollow(m, pick([H[r].h2, H[r].h3, H[r].cc]), randDate(), { days: 30 }).c; }
  else if (k === 2) { const m = member({ gender: pick(['M', 'F']), ageMin: 30, ageMax: 70, region: r }); c = ursStay(m, pick([H[r].h2, H[r].h3]), randDate(), { los: ri(3, 4) }).c; }
  else if (k === 3) { const m = member({ gender: 'M', ageMin: 60, ageMax: 84, region: r }); c = turpStay(m, pick([H[r].h2, H[r].h3]), randDate(), { los: ri(5, 6) }).c; }
  else if (k === 4) { const m = member({ gender: 'F', ageMin: 20, ageMax: 55, region: r }); const hid = pick([H[r].cc, H[r].h2]); const d = randDate(); c = newClaim(m, hid, INST[hid].kind === 'community' ? 'general-practice' : 'urology', 'outpatient', [d], ['N30.000']); opVisit(c, d); L(c, 'ua', d); L(c, pick(['cefuroximeTab', 'levoTab']), d, 6); }
  else if (k === 5) { const m = member({ gender: 'M', ageMin: 25, ageMax: 50, region: r }); const hid = pick([H[r].h2, H[r].h3]); const d = randDate(); c = newClaim(m, hid, 'urology', 'outpatient', [d], ['N41.100']); opVisit(c, d); L(c, 'ua', d); L(c, 'usUro', d); L(c, 'levoTab', d, 14); }
  else if (k === 6) { const m = member({ gender: 'M', ageMin: 58, ageMax: 82, region: r }); c = pharmacyBuy(m, pick([H[r].ph1, H[r].ph2, H[r].ph3]), randDate(), [['tams', 30], ['fin', 30]]).c; }
  else if (k === 7) { const m = member({ gender: pick(['M', 'F']), ageMin: 65, ageMax: 90, region: r }); const d = randDate(); c = newClaim(m, H[r].cc, 'general-practice', 'outpatient', [d], ['N31.901', 'R33.x00']); L(c, 'homeVisit', d); L(c, 'cath', d); L(c, 'cathKit', d); L(c, 'foley', d); L(c, 'bag', d, 2); proc(c, '57.9500', d); }
  else if (k === 8) { const m = member({ gender: pick(['M', 'F']), ageMin: 25, ageMax: 65, region: r }); const hid = pick([H[r].h2, H[r].h3]); const d = randDate(); c = newClaim(m, hid, 'emergency', 'outpatient', [d], ['N23.x00', 'N20.100']); L(c, 'er', d); L(c, 'ua', d); L(c, 'usUro', d); L(c, 'diclofenac', d, 1); L(c, 'tramadol', d, 4); }
  else { const m = member({ gender: 'M', ageMin: 50, ageMax: 75, region: r }); const hid = pick([H[r].h2, H[r].h3]); const d = randDate(); c = newClaim(m, hid, 'urology', 'outpatient', [d], ['N40.x00']); opVisit(c, d); L(c, 'blood', d); L(c, 'psa', d); L(c, 'ua', d); L(c, 'usUro', d); L(c, 'tams', d, 30); }
  label('routine', 'R', '常规泌尿外科诊疗', [c], [], [], 'routine');
}

// ---------- build ----------
for (const [code, [, fn]] of Object.entries(TYP)) for (let i = 0; i < 15; i++) fn(i, variantOf(i));
for (const [, [, fn]] of Object.entries(CTL)) for (let i = 0; i < 15; i++) fn(i);
for (let i = 0; i < 100; i++) routine(i);

// drop zero-quantity lines (none expected) and renumber nothing; check every claim has items
for (const c of claims) { c.items = c.items.filter((x) => x.quantity > 0); }

// ---------- settlement order and fund ----------
const dateOf = (c) => c.dischargeDate || c.visitDate;
claims.sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : a.claimId < b.claimId ? -1 : 1));
function policyFor(c) {
  const reg = c.insuredRegion || c.region; const prov = P.provinces[reg.slice(0, 2)];
  let s = JSON.parse(JSON.stringify(prov.schemes[c.insuranceType]));
  const ov = prov.regions && prov.regions[reg] && prov.regions[reg].schemes && prov.regions[reg].schemes[c.insuranceType];
  if (ov) for (const [k, v] of Object.entries(ov)) s[k] = { ...s[k], ...v };
  return s;
}
const fen = (x) => Math.round(x * 100);
const yearState = {};
for (const c of claims) {
  const totalF = c.items.reduce((a, x) => a + fen(x.amount), 0);
  const policyF = c.items.reduce((a, x) => a + Math.round(fen(x.amount) * (1 - x._share)), 0);
  const s = policyFor(c); const kind = c.visitType === 'inpatient' ? 'inpatient' : c.visitType === 'pharmacy' ? 'pharmacy' : 'outpatient';
  const sp = s[kind]; const lvl = String(c.provider.level);
  const st = yearState[c.patient.insuredId] || (yearState[c.patient.insuredId] = { admissions: 0, opDeductUsed: 0, opFund: 0, ipFund: 0 });
  let fundF = 0;
  const ratio = (typeof sp.ratio === 'object' ? sp.ratio[lvl] : sp.ratio) + (c.patient.retired ? (sp.retireeRatioBonus || 0) : 0);
  if (kind === 'inpatient') {
    let ded = fen(typeof sp.deductible === 'object' ? sp.deductible[lvl] : sp.deductible);
    if (st.admissions >= 1 && sp.laterAdmissionDeductibleShare != null) ded = Math.round(ded * sp.laterAdmissionDeductibleShare);
    st.admissions++;
    fundF = Math.round(Math.max(0, policyF - ded) * Math.min(ratio, sp.maxRatio || 1));
    fundF = Math.min(fundF, fen(sp.annualFundCap) - st.ipFund); st.ipFund += fundF;
  } else {
    const opS = s.outpatient; const dedTotal = fen(opS.deductible); const dedLeft = Math.max(0, dedTotal - st.opDeductUsed);
    const usedDed = Math.min(dedLeft, policyF); st.opDeductUsed += usedDed;
    fundF = Math.round((policyF - usedDed) * ratio);
    fundF = Math.max(0, Math.min(fundF, fen(opS.annualFundCap) - st.opFund)); st.opFund += fundF;
  }
  c.amounts = { total: totalF / 100, policy: policyF / 100, fundClaimed: fundF / 100 };
}

// ---------- reported groups (pass 2) ----------
if (GROUPS) {
  const g = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) {
    if (!line.trim()) continue; const x = JSON.parse(line);
    const id = x.claimId; const gr = x.grouping || x.group || x;
    g[id] = { drg: gr.drg != null ? gr.drg : null, dip: gr.dip != null ? gr.dip : null };
  }
  for (const c of claims) if (c.visitType === 'inpatient') { if (!g[c.claimId]) throw new Error('no group for ' + c.claimId); c.reportedGroup = g[c.claimId]; }
}

// ---------- write ----------
fs.mkdirSync(OUT, { recursive: true });
const clean = (c) => { const o = {}; for (const [k, v] of Object.entries(c)) if (!k.startsWith('_')) o[k] = v; o.items = c.items.map(({ _share, ...x }) => x); if (!o.procedures.length) delete o.procedures; return o; };
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), claims.map((c) => JSON.stringify(clean(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
const n = (k) => labels.filter((l) => l.kind === k).length;
console.error(`claims ${claims.length}; cases fraud ${n('fraud')} control ${n('control')} routine ${n('routine')}`);
