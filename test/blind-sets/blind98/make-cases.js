#!/usr/bin/env node
// blind98: clinical nutrition and infusions. usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed 98098, no dependencies. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = args[0]; if (!OUT) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base96/rules/catalogue');
const GROUPS = opt('--groups', null);
const POLICIES = path.join(CAT, '..', 'benefits', 'policies.json');

// ---------- rng ----------
let s = 98098 >>> 0;
function rnd() { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue ----------
const ROW = {};
for (const f of fs.readdirSync(CAT).filter((f) => /^(services|drugs|consumables).*\.json$/.test(f))) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) ROW[r.code] = r;
}
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));
const C = { // codes used, by meaning
  bed3: '001105000010001', bedICU: '001105000030001', bedBurn: '001105000060001', consultIP: '001103000010001',
  nurse1: '001201000020001', nurse2: '001201000030001', nurseS: '001201000010001',
  opConsult: '001102000010001', opConsultSr: '001102000020001', gp: '001102000040001', erConsult: '001102000050001', chronicConsult: '001109000010001', huizhen: '001104000010001',
  iv1: '001204000010001', ivAdd: '001204000020001', ivPush: '001204000040001', sc: '001204000060001', cannula: '001204000070001', ivPump: '001204000220001',
  drawBlood: '001204000080001', oxygen: '001208000010001', ecgMon: '001209000010001', spo2: '001210000010001', glucoseBed: '001212000010001', gastricDecomp: '001213000010001',
  vent: '001214000010001', ngPlace: '001219000010001', ngFeed: '001219000020001', enPump: '001219000030001', pnMix: '001203000010001', nrs: '003116010010001',
  picc: '003307040010001', piccCare: '003307040020001', cvc: '003307040030001', dressS: '001205000010001', dressM: '001205000020001', dressBurn: '001205000050001', debride: '003309010010001', graft: '003309020010001',
  cbc: '002501010010001', urine: '002501020010001', stool: '002501030010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001', glu: '002502050010001', coag: '002502060010001', crp: '002502080010001', pct: '002502080020001', bga: '002502090010001', alb: '002502010050001', prealb: '002502010060001', preop8: '002502120010001', abo: '002502130010001', culture: '002502140010001', cea: '002502170010001', hba1c: '002502050020001', lipids: '002502040010001', path: '002502200010001',
  ecg: '003107010010001', cxr: '002202010010001', usAbd: '002103010010001', ctChest: '002301010020001', ctAbd: '002301010030001', ctHead: '002301010010001', mriHead: '002401010010001', gastroscopy: '002503010030001',
  ga: '003301010010001', lapAppy: '003302010010001', hernia: '003302030010001', lapChole: '003302020010001', peg: '003302070010001', jejunostomy: '003302070020001', esoph: '003302080010001', totalGastrectomy: '003302060040001', colectomy: '003302050010001', hd: '003310010010001', chemoMix: '003310020010001', swallowTrain: '003402000030001',
  // consumables
  ivSet: 'C14010150100001020350000001', ivCath: 'C14010150200001215730000001', precSet: 'C14010150400001288520000001', ivTape: 'C14010150500001483520000001', syringe: 'C14010150300001156950000001', gTube: 'C14040150200001963360000001', piccKit: 'C02020150100001104330000001', o2Tube: 'C14050150100001832230000001', ventCircuit: 'C14050150400001784750000001', ett: 'C14050150300001941860000001', ecgPad: 'C14060150100001436170000001', gluStrip: 'C14060150300001162280000001', dressPack: 'C14020150200001397260000001', gauze: 'C14020150100001506610000001', drainBag: 'C14040150100001551930000001', trocar: 'C11010150100001004460000001', suture: 'C11010150200001895120000001', stapler: 'C11010150300001825820000001', mesh: 'C11010150500001036850000001', surgPack: 'C11010150600001900710000001', silver: 'C14020151000001694820000001', urineKit: 'C14030150100001569850000001',
  // drugs
  ns: 'XB05BBL511B002', g5: 'XB05BAP505B002', gns: 'XB05BBP506B002', ringer: 'XB05BBR503B002', kcl: 'XB05XAL512B002', aa: 'XB05BAF508B002', lipid: 'XB05BAZ504B002', mcb: 'XB05BAZ505B002', wsv: 'XB05XCS501B002', trace: 'XB05XAD501B002', gln: 'XB05XBB501B002',
  tpf: 'XV06DBC501A004', enPowder: 'XV06DBC502A006', albumin: 'XB05AAR504B002', carnitine: 'XA16AAZ509B002', insulinR: 'XA10ABS502B002',
  ceftriaxone: 'XJ01DDT504B002', cefuroximeIV: 'XJ01DCT505B002', pipTazo: 'XJ01CRP501B002', meropenem: 'XJ01DHM501B002', metroIV: 'XJ01XDJ501B002', levoIV: 'XJ01MAZ501B002', cefoSul: 'XJ01DDT507B002',
  omeIV: 'XA02BCA515B002', pantoIV: 'XA02BCP503B002', omeCap: 'XA02BCA515A001', ondans: 'XA04AAA524B002', metoclo: 'XA03FAJ503B002', enox: 'XB01ABY502B002', morphine: 'XN02AAM507B002', fentanyl: 'XN02ABF506B002', midazolam: 'XN05CDM508B002', propofol: 'XN01AXB503B002', lido: 'XN01BBL509B002', ropi: 'XN01BBL510B002', furoIV: 'XC03CAF503B002', furoTab: 'XC03CAF503A001', spiro: 'XC03DAL505A001', norepi: 'XC01CAQ502B002', ambroxIV: 'XR05CBA522B002', oxaliplatin: 'XL01XAA523B002', capecitabine: 'XL01BCK502A001', palono: 'XA04AAP508B002', dexa: 'XH02ABD515B002', cisplatin: 'XL01XAS512B002',
  amlo: 'XC08CAA512A001', metformin: 'XA10BAE503A001', aspirin: 'XB01ACA509A001', atorva: 'XC10AAA511A001', paracetamol: 'XN02BED510A001', amoxCap: 'XJ01CAA501A001', levoTab: 'XJ01MAZ501A001', lactulose: 'XA06ADR502A004', montmor: 'XA07BCM505A006', bifido: 'XA07FAS503A001', famot: 'XA02BAF504A001', domperidone: 'XA03FAD507A001', vitB: 'XA11EAF513A001', ironTab: 'XB03AAH503A001', calciumD: 'XA12AXT512A001', celecoxib: 'XM01AHS505A001', mannitol: 'XB05BCG505B002', citicoline: 'XN06BXB506B002', glargine: 'XA10AEG503B002', epo: 'XB03XAZ505B002', clopidogrel: 'XB01ACL502A001', vitC: 'XA11GAW503A001',
};
for (const k in C) if (!ROW[C[k]]) throw new Error('catalogue row missing for ' + k + ' ' + C[k]);

// ---------- dates, money ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => iso(new Date(D(s).getTime() + n * 86400000));
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const fen = (y) => Math.round(y * 100);
const yuan = (f) => Math.round(f) / 100;

// ---------- world: regions, institutions, doctors ----------
const REGIONS = {
  '220100': { prov: '22', name: '长春' }, '230100': { prov: '23', name: '哈尔滨' }, '370100': { prov: '37', name: '济南' },
};
const INST = {};
const DEPTS3 = ['general_surgery', 'oncology', 'icu', 'gastroenterology', 'geriatrics', 'neurology', 'burns', 'nephrology', 'clinical_nutrition', 'hepatology'];
function mkInst(region, n, level, kind, depts) {
  const id = (kind === 'pharmacy' ? 'Y' : 'H') + region.slice(0, 4) + String(n).padStart(4, '0') + '98';
  const docs = {};
  let k = 1;
  for (const d of depts) docs[d] = [0, 1, 2].map(() => 'D98' + region.slice(0, 2) + String(n).padStart(2, '0') + String(k++).padStart(3, '0'));
  INST[id] = { id, region, level, kind, docs };
  return id;
}
const H = {};
for (const r of Object.keys(REGIONS)) {
  H[r] = {
    t3: mkInst(r, 1, 3, 'public3', DEPTS3),
    t3b: mkInst(r, 2, 3, 'public3', DEPTS3),
    t2: mkInst(r, 3, 2, 'public2', ['general_surgery', 'gastroenterology', 'geriatrics', 'neurology', 'oncology', 'icu', 'internal_medicine']),
    priv: mkInst(r, 4, 2, 'private2', ['general_surgery', 'geriatrics', 'internal_medicine', 'rehabilitation']),
    chc: mkInst(r, 5, 1, 'community', ['general_practice']),
    ph: mkInst(r, 6, 1, 'pharmacy', ['pharmacy']),
    ph2: mkInst(r, 7, 1, 'pharmacy', ['pharmacy']),
  };
}
const regionList = Object.keys(REGIONS);

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  memberSeq++;
  const age = o.age != null ? o.age : ri(35, 85);
  const gender = o.gender || (chance(0.55) ? 'M' : 'F');
  const y = 2025 - age; const bd = `${y}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const scheme = o.scheme || (chance(0.6) ? 'employee' : 'resident');
  const region = o.region || pick(regionList);
  let contrib = scheme === 'employee' ? Math.max(5, Math.min(age - 20, ri(18, 38))) : 0;
  const retired = scheme === 'employee' && age >= (gender === 'M' ? 60 : 55) && contrib >= (gender === 'M' ? 30 : 25);
  if (scheme === 'employee' && age >= (gender === 'M' ? 60 : 55) && !retired) contrib = gender === 'M' ? 31 : 26;
  return {
    id: 'P98' + String(memberSeq).padStart(6, '0'), age, gender, birthDate: bd, scheme, region,
    retired: scheme === 'employee' && age >= (gender === 'M' ? 60 : 55),
    enrollment: {
      enrolledOn: scheme === 'employee' ? `${2025 - Math.min(contrib, 20)}-01-01` : '2024-12-20', inConcentratedPeriod: true,
      continuousYears: scheme === 'employee' ? Math.min(contrib, 20) : ri(3, 12), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false,
      contributionYears: contrib, special: null, ...(o.chronic ? { chronicDiseases: o.chronic } : {}),
    },
    used: { outpatient: 0, pharmacy: 0, chronic: 0, inpatientFund: 0, outFund: 0, phFund: 0, chronicFund: 0 },
  };
}
function ageAt(m, date) { const b = D(m.birthDate), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }

// ---------- claims ----------
let claimSeq = 0; const CLAIMS = [];
function newClaim(m, instId, dept, visitType, o) {
  const inst = INST[instId];
  if (!inst.docs[dept]) dept = ['internal_medicine', 'geriatrics', 'general_practice'].find((d) => inst.docs[d]) || Object.keys(inst.docs)[0];
  claimSeq++;
  const c = {
    claimId: `${inst.region}-${instId}-2025-${String(claimSeq).padStart(6, '0')}`,
    region: inst.region, insuranceType: m.scheme, visitType,
    patient: { insuredId: m.id, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: m.enrollment,
    provider: { hospitalId: instId, level: inst.level, department: dept, doctorId: o.doctor || pick(inst.docs[dept]) },
  };
  if (m.region !== inst.region) c.insuredRegion = m.region;
  if (visitType === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (visitType === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = [];
  if (visitType === 'inpatient') {
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered';
    if (o.transferFrom) { c.admissionRoute = 'transfer'; c.transferFromHospitalId = o.transferFrom; }
  }
  Object.defineProperty(c, '_m', { value: m, enumerable: false });
  Object.defineProperty(c, '_lv', { value: inst.level, enumerable: false });
  Object.defineProperty(c, '_bad', { value: new Set(), enumerable: false, writable: true });
  return c;
}
// add a line; returns lineId. flags: {bad:true} marks a deliberate limit breach (the fraud), {price} overrides
function L(c, key, date, qty, f = {}) {
  const code = C[key] || key; const r = ROW[code]; if (!r) throw new Error('no row ' + key);
  if (qty <= 0) return null;
  const price = f.price != null ? f.price : r.priceCap[String(c._lv)];
  const lineId = String(c.items.length + 1);
  const it = { lineId, code, name: r.name, category: r.category, date, quantity: qty, unitPrice: price, amount: yuan(fen(price) * qty) };
  if (f.long) it.longPrescription = true;
  c.items.push(it);
  if (f.bad) c._bad.add(lineId);
  return lineId;
}
const D3 = (c) => c._lv;

// ---------- limit checks ----------
function inds(c) { return c.diagnoses.map((d) => d.code); }
function indicationOk(c, r) {
  const dx = inds(c), px = c.procedures.map((p) => p.code);
  const pre = (codes, list) => codes.some((x) => list.some((p) => x.startsWith(p)));
  if (!r.indications && !r.indicationClauses) return true;
  if (r.indications && pre(dx, r.indications)) return true;
  if (r.indicationProcedures && pre(px, r.indicationProcedures)) return true;
  for (const cl of r.indicationClauses || []) {
    if (!pre(dx, cl.diagnoses)) continue;
    for (const w of cl.with || []) {
      if (w.diagnoses && pre(dx, w.diagnoses)) return true;
      if (w.procedures && pre(px, w.procedures)) return true;
    }
  }
  return false;
}
function check(c) {
  const errs = []; const perDay = {}; const days = {};
  const m = c._m;
  for (const it of c.items) {
    const r = ROW[it.code]; const bad = c._bad.has(it.lineId); const e = [];
    if (r.setting === 'inpatient' && c.visitType !== 'inpatient') e.push('setting');
    if (r.setting === 'outpatient' && c.visitType === 'inpatient') e.push('setting');
    if (r.minLevel && c._lv < r.minLevel) e.push('minLevel');
    if (r.gender && r.gender !== m.gender) e.push('gender');
    const a = ageAt(m, it.date);
    if (r.ageMin != null && a < r.ageMin) e.push('ageMin');
    if (r.ageMax != null && a > r.ageMax) e.push('ageMax');
    if (!indicationOk(c, r)) e.push('indication');
    if (it.unitPrice > r.priceCap[String(c._lv)] + 1e-9) e.push('price');
    if (c.visitType === 'inpatient' && (it.date < c.admissionDate || it.date > c.dischargeDate)) e.push('date-outside-stay');
    const k = it.code + '|' + it.date; perDay[k] = (perDay[k] || 0) + it.quantity;
    if (r.maxPerDay != null && perDay[k] > r.maxPerDay) e.push('maxPerDay');
    (days[it.code] = days[it.code] || new Set()).add(it.date);
    if (r.maxDays != null && days[it.code].size > r.maxDays) e.push('maxDays');
    if (e.length && !bad) errs.push(`${c.claimId} line ${it.lineId} ${r.name} ${it.date}: ${e.join(',')}`);
  }
  // exclusions on the same day (not deliberate)
  const byDay = {};
  for (const it of c.items) (byDay[it.date] = byDay[it.date] || []).push(it);
  for (const d in byDay) for (const it of byDay[d]) for (const x of ROW[it.code].excludes || []) if (byDay[d].some((y) => y.code === x) && !c._bad.has(it.lineId)) errs.push(`${c.claimId} line ${it.lineId} ${it.name} excludes ${x} on ${d}`);
  ALLERR.push(...errs);
}
const ALLERR = [];

// ---------- money ----------
function provPolicy(m, visitType) {
  const pr = POL.provinces[REGIONS[m.region].prov];
  const key = visitType === 'inpatient' ? 'inpatient' : visitType === 'chronic' ? 'chronic' : visitType === 'pharmacy' ? 'pharmacy' : 'outpatient';
  let p = pr.schemes[m.scheme][key];
  const ov = pr.regions && pr.regions[m.region] && pr.regions[m.region].schemes && pr.regions[m.region].schemes[m.scheme] && pr.regions[m.region].schemes[m.scheme][key];
  if (ov) p = { ...p, ...ov };
  return p;
}
function finish(c) {
  check(c);
  const m = c._m; let tot = 0, pol = 0;
  for (const it of c.items) { const a = fen(it.amount); tot += a; pol += Math.round(a * (1 - ROW[it.code].selfPayShare)); }
  const p = provPolicy(m, c.visitType); const lv = String(c._lv);
  const ratio = (typeof p.ratio === 'object' ? p.ratio[lv] : p.ratio) + (m.retired ? p.retireeRatioBonus || 0 : 0);
  let ded;
  if (c.visitType === 'inpatient') ded = fen(p.deductible[lv]);
  else { const k = c.visitType === 'pharmacy' ? 'pharmacy' : c.visitType === 'chronic' ? 'chronic' : 'outpatient'; ded = Math.max(0, fen(typeof p.deductible === 'object' ? p.deductible[lv] : p.deductible) - m.used[k]); m.used[k] += pol; }
  let fund = Math.round(Math.max(0, pol - ded) * ratio);
  const capKey = c.visitType === 'inpatient' ? 'inpatientFund' : c.visitType === 'pharmacy' ? 'phFund' : c.visitType === 'chronic' ? 'chronicFund' : 'outFund';
  const cap = fen(p.annualFundCap) - m.used[capKey];
  fund = Math.max(0, Math.min(fund, cap)); m.used[capKey] += fund;
  c.amounts = { total: yuan(tot), policy: yuan(pol), fundClaimed: yuan(fund) };
  CLAIMS.push(c);
  return c;
}

// ---------- ward habits ----------
function nights(c) { const n = []; for (let d = c.admissionDate; d < c.dischargeDate; d = add(d, 1)) n.push(d); return n; }
function stayDays(c) { const n = []; for (let d = c.admissionDate; d <= c.dischargeDate; d = add(d, 1)) n.push(d); return n; }
// bed, consultation, nursing per night. icuNights: first n nights in ICU (监护病房 + 特级护理)
function ward(c, o = {}) {
  const ns = nights(c); const icu = o.icuNights || 0;
  ns.forEach((d, i) => {
    if (i < icu) { L(c, 'bedICU', d, 1); L(c, 'nurseS', d, 1); }
    else { L(c, o.burn ? 'bedBurn' : 'bed3', d, 1); L(c, (o.nurse1Nights || 0) > i - icu ? 'nurse1' : 'nurse2', d, 1); }
    L(c, 'consultIP', d, 1);
  });
}
function admitLabs(c, d, o = {}) {
  L(c, 'drawBlood', d, 1); L(c, 'cbc', d, 1); L(c, 'lft', d, 1); L(c, 'rft', d, 1); L(c, 'lytes', d, 1); L(c, 'glu', d, 1); L(c, 'urine', d, 1);
  if (o.coag !== false) L(c, 'coag', d, 1);
  if (c._lv >= 2) L(c, 'nrs', d, 1);
  L(c, 'ecg', d, 1); if (o.cxr !== false) L(c, 'cxr', d, 1);
}
// follow-up labs: every `every` days after admission: cbc + lytes (+ rft); nutrition markers weekly when nutr
function followLabs(c, o = {}) {
  const every = o.every || 3; const days = stayDays(c);
  days.forEach((d, i) => {
    if (i === 0 || i % every !== 0 || d === c.dischargeDate) return;
    L(c, 'drawBlood', d, 1); L(c, 'cbc', d, 1); L(c, 'lytes', d, 1); if (o.rft !== false) L(c, 'rft', d, 1);
    if (o.nutr && i % 7 === 0) { L(c, 'prealb', d, 1); L(c, 'alb', d, 1); }
  });
}
// one day of intravenous therapy: groups = bags/bottles hung as separate groups
function ivDay(c, d, groups, o = {}) {
  if (groups <= 0) return [];
  const ids = [L(c, 'iv1', d, 1)];
  if (groups > 1) ids.push(L(c, 'ivAdd', d, Math.min(groups - 1, 5)));
  L(c, 'ivSet', d, 1);
  return ids;
}
// cannula every 3 days of IV therapy
function cannula(c, d) { L(c, 'cannula', d, 1); L(c, 'ivCath', d, 1); L(c, 'ivTape', d, 2); }
// one all-in-one compounded PN bag (PIVAS) with its components; returns line ids of the PN drugs and the 配置 line
function pnBag(c, d, o = {}) {
  const ids = [];
  if (o.mcb) { ids.push(L(c, 'mcb', d, 1)); }
  else { ids.push(L(c, 'aa', d, o.aa || 2)); ids.push(L(c, 'lipid', d, 1)); ids.push(L(c, 'g5', d, o.glu || 2)); }
  ids.push(L(c, 'kcl', d, o.kcl || 2));
  ids.push(L(c, 'wsv', d, 1)); ids.push(L(c, 'trace', d, 1));
  if (o.gln) ids.push(L(c, 'gln', d, 1));
  ids.push(L(c, 'pnMix', d, 1));
  if (o.pump) ids.push(L(c, 'ivPump', d, o.pump));
  return ids;
}
// tube feeding day with TPF bottles (500 ml each), pump hours or bolus feeds
function enDay(c, d, bottles, o = {}) {
  const ids = [L(c, 'tpf', d, bottles)];
  if (o.pump) ids.push(L(c, 'enPump', d, o.pump)); else if (o.bolus) ids.push(L(c, 'ngFeed', d, o.bolus));
  return ids;
}
function ngTube(c, d) { L(c, 'ngPlace', d, 1); L(c, 'gTube', d, 1); }
function surgery(c, d, key, o = {}) {
  L(c, 'ga', d, o.hours || 2); L(c, key, d, 1); L(c, 'surgPack', d, 1);
  if (o.lap) L(c, 'trocar', d, 1);
  L(c, 'suture', d, o.sutures || 2);
  if (o.stapler) L(c, 'stapler', d, o.stapler);
  if (o.mesh) L(c, 'mesh', d, 1);
  L(c, 'propofol', d, 2); L(c, 'fentanyl', d, 2); L(c, 'midazolam', d, 1);
  L(c, 'cefuroximeIV', d, 2);
  L(c, 'ecgMon', d, 12); L(c, 'spo2', d, 12); L(c, 'oxygen', d, 8); L(c, 'o2Tube', d, 1); L(c, 'ecgPad', d, 5);
  if (o.path) L(c, 'path', d, 1);
}
// ordinary surgical IV days: antibiotic + fluids + PPI
function postOpIV(c, d, o = {}) {
  let g = 0;
  if (o.abx !== false) { L(c, o.abxKey || 'cefuroximeIV', d, o.abxQty || 2); L(c, 'ns', d, o.abxQty || 2); g += o.abxQty || 2; }
  if (o.fluids) { L(c, 'gns', d, o.fluids); L(c, 'kcl', d, Math.min(o.fluids, 3)); g += o.fluids; }
  if (o.ppi) { L(c, 'pantoIV', d, 1); L(c, 'ns', d, 1); g += 1; }
  return g;
}

// ---------- labels ----------
const LABELS = []; let caseSeq = 0;
const FRAUD = {}, CTRL = {};
function label(kind, code, name, claims, targets, mutated, variant) {
  caseSeq++;
  const ml = {};
  for (const [cid, ids] of Object.entries(mutated || {})) ml[cid] = ids.filter(Boolean).map(String);
  LABELS.push({ caseId: 'B98-' + String(caseSeq).padStart(4, '0'), kind, code, name, claimIds: claims.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines: ml, typology: code, variant });
}
const month = () => `2025-${String(ri(1, 10)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
const pickHosp = (r, lv3 = true) => (lv3 ? pick([H[r].t3, H[r].t3b]) : H[r].t2);
const variantOf = (i) => (i % 3 === 2 ? 'careful' : 'overt');

// ===================== shared case shapes =====================
// A surgical stay for a minor operation (appendectomy, hernia, cholecystectomy)
function minorSurgeryStay(m, instId, adm, kind, o = {}) {
  const spec = {
    appy: { dx: ['K35.800x001'], px: '47.0100', svc: 'lapAppy', lap: 3, n: ri(3, 5) },
    hernia: { dx: ['K40.900x003'], px: '53.0001', svc: 'hernia', lap: 0, n: ri(3, 4), mesh: true },
    chole: { dx: ['K80.200x003'], px: '51.2300', svc: 'lapChole', lap: 4, n: ri(3, 5) },
  }[kind];
  const n = o.n || spec.n; const dis = add(adm, n); const opDay = add(adm, 1);
  const c = newClaim(m, instId, 'general_surgery', 'inpatient', { adm, dis, dx: spec.dx.concat(o.extraDx || []), px: [[spec.px, opDay]] });
  ward(c, { nurse1Nights: 2 });
  admitLabs(c, adm); L(c, 'preop8', adm, 1); L(c, 'abo', adm, 1); L(c, 'usAbd', adm, 1);
  surgery(c, opDay, spec.svc, { lap: spec.lap, mesh: spec.mesh, path: kind !== 'hernia' });
  cannula(c, adm);
  const ivd = stayDays(c).filter((d) => d >= opDay && d < dis).slice(0, o.ivDays || 3);
  for (const d of ivd) { const g = postOpIV(c, d, { fluids: d === opDay ? 2 : 1, ppi: d === opDay, abx: kind !== 'hernia' || d === opDay }); o.onIV && o.onIV(c, d, g); if (!o.onIV) ivDay(c, d, g); }
  L(c, 'cbc', add(opDay, 1), 1); L(c, 'drawBlood', add(opDay, 1), 1);
  L(c, 'dressM', add(opDay, 2) < dis ? add(opDay, 2) : opDay, 1); L(c, 'dressPack', add(opDay, 2) < dis ? add(opDay, 2) : opDay, 1);
  L(c, 'celecoxib', add(opDay, 1), 2);
  if (o.more) o.more(c, opDay, dis);
  return c;
}

// A PN-dependent stay (the real indication): pnDays compounded bags, with given dx and extras
function pnStay(m, instId, dept, adm, n, dx, o = {}) {
  const dis = add(adm, n);
  const c = newClaim(m, instId, dept, 'inpatient', { adm, dis, dx, px: o.px || [], route: o.route, transferFrom: o.transferFrom, mode: o.mode });
  ward(c, { icuNights: o.icuNights || 0, nurse1Nights: o.nurse1Nights != null ? o.nurse1Nights : n, burn: o.burn });
  admitLabs(c, adm); L(c, 'prealb', adm, 1); L(c, 'alb', add(adm, 1), 1);
  if (o.picc !== false) { const pd = add(adm, o.piccDay || 1); L(c, 'picc', pd, 1); L(c, 'piccKit', pd, 1); }
  followLabs(c, { every: 3, nutr: true });
  const days = stayDays(c);
  const pnFrom = o.pnFrom || 1; const pnTo = o.pnTo != null ? o.pnTo : n - 1;
  const lines = { pn: {}, en: {} };
  days.forEach((d, i) => {
    let g = 0;
    if (i >= pnFrom && i <= pnTo) { lines.pn[d] = pnBag(c, d, { mcb: o.mcb, gln: o.gln, pump: c._lv === 3 ? 18 : 0 }); g += 1; }
    if (o.enFrom != null && i >= o.enFrom && i < n) lines.en[d] = enDay(c, d, o.enBottles ? o.enBottles(i) : 2, { pump: o.enPump ? 16 : 0, bolus: o.enPump || !o.tube ? 0 : 4 });
    if (o.daily) g += o.daily(c, d, i) || 0;
    if (g > 0) ivDay(c, d, g);
    if (i > 0 && i % 7 === 0 && o.picc !== false && d < c.dischargeDate) L(c, 'piccCare', d, 1);
  });
  if (o.more) o.more(c, lines);
  return { c, lines };
}

// ===================== FRAUD TYPOLOGIES =====================
const T = [];
// T01 PN for patients who eat
T.push(['T01', '可经口进食者使用肠外营养', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(58, 84) }); const careful = variantOf(i) === 'careful';
  const adm = month(); const hosp = careful ? H[r].t2 : pickHosp(r);
  // pneumonia / COPD exacerbation in geriatrics, eating a ward diet (oral drugs the whole stay), PN bags billed daily
  const n = ri(7, 10); const dis = add(adm, n);
  const dx = [pick(['J18.900', 'J44.100']), careful ? 'E44.100' : 'R63.600', 'I10.x00x002'];
  const c = newClaim(m, hosp, 'geriatrics', 'inpatient', { adm, dis, dx });
  ward(c, { nurse1Nights: 2 }); admitLabs(c, adm); L(c, 'crp', adm, 1); L(c, 'ctChest', adm, 1); if (careful) { L(c, 'prealb', adm, 1); }
  followLabs(c, { every: 3 }); cannula(c, adm); cannula(c, add(adm, 3)); cannula(c, add(adm, 6));
  const mut = [];
  stayDays(c).forEach((d, i2) => {
    if (d === dis) return;
    let g = 0;
    L(c, 'ceftriaxone', d, 2); L(c, 'ns', d, 1); g += 1;
    L(c, 'ambroxIV', d, 2); g += 0; // pushed into the same bottle
    L(c, 'amlo', d, 1); L(c, 'omeCap', d, 1); L(c, 'vitB', d, 3); // oral medicines daily: the patient swallows
    if (i2 >= 1 && i2 <= n - 2) { mut.push(...pnBag(c, d, { mcb: !careful, pump: 0 })); g += 1; }
    ivDay(c, d, g);
  });
  return { claims: [c], targets: [c], mutated: { [c.claimId]: mut }, variant: careful ? 'careful' : 'overt' };
}]);
// T02 PN continued at full strength after full enteral feeding was reached
T.push(['T02', '全量肠内营养后仍长期叠加肠外营养', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(62, 86) }); const careful = variantOf(i) === 'careful';
  const adm = month(); const n = ri(14, 18);
  const { c, lines } = pnStay(m, pickHosp(r), 'neurology', adm, n, ['I63.900', 'R13.x00', 'I10.x00x002'], {
    px: [['96.0700', add(adm, 1)]], pnFrom: 1, pnTo: n - 1, enFrom: 2, enPump: true, enBottles: (k) => (k < 4 ? k - 1 : 3), mcb: careful, nurse1Nights: n,
    daily: (c2, d, k) => { if (k === 0) { L(c2, 'mriHead', d, 1); } if (k < n) { L(c2, 'citicoline', d, 2); L(c2, 'ns', d, 1); return 1; } return 0; },
    more: (c2) => { ngTube(c2, add(adm, 1)); L(c2, 'swallowTrain', add(adm, 3), 1); L(c2, 'swallowTrain', add(adm, 7), 1); },
  });
  // fraud: PN bags from the day after full EN (3 bottles = 1500 ml) was reached + 2 days of taper
  const mut = []; for (const [d, ids] of Object.entries(lines.pn)) if (diff(adm, d) >= 7) mut.push(...ids);
  return { claims: [c], targets: [c], mutated: { [c.claimId]: mut }, variant: careful ? 'careful' : 'overt' };
}]);
// T03 enteral nutrition outside 限定支付 (no nutrition risk, eating normally) at outpatient
T.push(['T03', '肠内营养剂超限定支付范围门诊开具', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(55, 80), chronic: ['I10', 'E11'] }); const careful = variantOf(i) === 'careful';
  const d0 = month(); const inst = careful ? H[r].t2 : pick([H[r].priv, H[r].t3]);
  const claims = []; const mut = {};
  for (let k = 0; k < 2; k++) {
    const d = add(d0, k * 30);
    const c = newClaim(m, inst, INST[inst].docs.internal_medicine ? 'internal_medicine' : 'geriatrics', 'outpatient', { date: d, dx: [careful ? 'E11.900' : 'I10.x00x002', careful ? 'R53.x00x002' : 'E11.900'] });
    L(c, 'opConsult', d, 1);
    if (careful && k === 0) { L(c, 'drawBlood', d, 1); L(c, 'glu', d, 1); L(c, 'alb', d, 1); }
    L(c, 'metformin', d, 90); L(c, 'amlo', d, 30);
    mut[c.claimId] = [L(c, careful ? 'enPowder' : 'tpf', d, careful ? 12 : 30)];
    claims.push(finish(c));
  }
  return { claims, targets: claims, mutated: mut, variant: careful ? 'careful' : 'overt', done: true };
}]);
// T04 特医食品 / protein powder billed as 肠内营养剂 at a designated pharmacy
T.push(['T04', '特医食品或营养粉串换为肠内营养剂(药店)', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(45, 78), scheme: 'employee' }); const careful = variantOf(i) === 'careful';
  const d0 = month(); const claims = []; const mut = {};
  const visits = careful ? 3 : 2;
  for (let k = 0; k < visits; k++) {
    const d = add(d0, k * (careful ? 20 : 12));
    const c = newClaim(m, H[r].ph, 'pharmacy', 'pharmacy', { date: d, dx: [pick(['K29.700', 'M81.900', 'I10.x00x002'])] });
    mut[c.claimId] = [L(c, 'enPowder', d, careful ? 6 : 20)];
    if (careful) L(c, 'calciumD', d, 30);
    claims.push(finish(c));
  }
  return { claims, targets: claims, mutated: mut, variant: careful ? 'careful' : 'overt', done: true };
}]);
// T05 nutrition labs every day in a stable patient
T.push(['T05', '营养相关检验每日重复', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(55, 80) }); const careful = variantOf(i) === 'careful';
  const adm = month(); const n = ri(9, 12);
  const { c } = pnStay(m, pickHosp(r), 'gastroenterology', adm, n, ['K56.600', 'E44.000'], {
    px: [['96.0700', adm]], pnFrom: 1, pnTo: n - 2, nurse1Nights: 3,
    daily: (c2, d, k) => { if (k === 0) { L(c2, 'ctAbd', d, 1); ngTube(c2, d); } if (k < 5) L(c2, 'gastricDecomp', d, 1); return 0; },
  });
  const mut = [];
  stayDays(c).forEach((d, k) => {
    if (k < 2 || d === c.dischargeDate) return;
    const has = (code) => c.items.some((x) => x.date === d && x.code === C[code]);
    if (!has('prealb')) mut.push(L(c, 'prealb', d, 1));
    if (!careful && !has('alb') && !has('lft')) mut.push(L(c, 'alb', d, 1));
    if (!has('lytes')) mut.push(L(c, 'lytes', d, 1));
  });
  return { claims: [c], targets: [c], mutated: { [c.claimId]: mut }, variant: careful ? 'careful' : 'overt' };
}]);
// T06 albumin with no indication after ordinary surgery
T.push(['T06', '人血白蛋白无指征使用', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(40, 75) }); const careful = variantOf(i) === 'careful';
  const mut = [];
  const c = minorSurgeryStay(m, careful ? H[r].t2 : pickHosp(r), month(), pick(['chole', 'appy']), {
    n: 5, extraDx: careful ? ['E88.000'] : [],
    more: (c2, op, dis) => {
      if (careful) { L(c2, 'alb', add(op, 1), 1); }
      for (let k = 1; k <= (careful ? 2 : 3); k++) { const d = add(op, k - 1); if (d < dis) mut.push(L(c2, 'albumin', d, careful ? 1 : 2, { bad: !careful })); }
    },
  });
  return { claims: [c], targets: [c], mutated: { [c.claimId]: mut }, variant: careful ? 'careful' : 'overt' };
}]);
// T07 infusion groups and compounding fees beyond the bags given
T.push(['T07', '输液及肠外营养配置费超出实际袋数', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(50, 80) }); const careful = variantOf(i) === 'careful';
  const adm = month(); const n = ri(8, 11); const dis = add(adm, n);
  const c = newClaim(m, pickHosp(r), 'oncology', 'inpatient', { adm, dis, dx: ['C16.900', 'R64.x00', 'K56.600'] });
  ward(c, { nurse1Nights: n }); admitLabs(c, adm); L(c, 'prealb', adm, 1); L(c, 'cea', adm, 1); L(c, 'ctAbd', adm, 1);
  L(c, 'picc', add(adm, 1), 1); L(c, 'piccKit', add(adm, 1), 1); followLabs(c, { every: 3, nutr: true });
  const mut = [];
  stayDays(c).forEach((d, k) => {
    if (d === dis || k === 0) return;
    // one multi-chamber or compounded bag per day + PPI: 2 groups
    const ids = pnBag(c, d, { mcb: k % 2 === 0, pump: 0 });
    if (k <= 7) { L(c, 'pantoIV', d, 1); L(c, 'ns', d, 1); }
    const mixLine = ids[ids.length - 1];
    const inflate = careful ? k % 2 === 1 : true;
    if (inflate) {
      // billed: 配置 2 bags, and 4 added groups although 2 groups were hung
      const it = c.items[Number(mixLine) - 1]; it.quantity = 2; it.amount = yuan(fen(it.unitPrice) * 2); mut.push(mixLine);
      mut.push(L(c, 'iv1', d, 1)); mut.push(L(c, 'ivAdd', d, careful ? 2 : 4)); L(c, 'ivSet', d, 1);
    } else ivDay(c, d, 2);
  });
  return { claims: [c], targets: [c], mutated: { [c.claimId]: mut }, variant: careful ? 'careful' : 'overt' };
}]);
// T08 routine nutrition "package" after minor operations
T.push(['T08', '小手术后常规营养套餐', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(25, 65) }); const careful = variantOf(i) === 'careful';
  const mut = [];
  const kind = careful ? 'appy' : pick(['hernia', 'chole']);
  const c = minorSurgeryStay(m, pick([H[r].priv, H[r].t2, H[r].t3]), month(), kind, {
    n: 5, ivDays: 3, extraDx: careful ? ['R11.x00'] : [],
    onIV: (c2, d, g) => {
      // glutamine + water-soluble vitamins + trace elements + amino acids daily on every post-op IV day
      const bad = !careful;
      mut.push(L(c2, 'aa', d, 1, { bad })); mut.push(L(c2, 'gln', d, 1)); mut.push(L(c2, 'wsv', d, 1)); mut.push(L(c2, 'trace', d, 1));
      ivDay(c2, d, g + 2);
    },
  });
  return { claims: [c], targets: [c], mutated: { [c.claimId]: mut }, variant: careful ? 'careful' : 'overt' };
}]);
// T09 low-standard admission for "malnutrition"
T.push(['T09', '营养不良低标准入院', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(68, 88) }); const careful = variantOf(i) === 'careful';
  const adm = month(); const n = ri(5, 8); const dis = add(adm, n);
  const inst = careful ? H[r].t2 : H[r].priv;
  const c = newClaim(m, inst, 'geriatrics', 'inpatient', { adm, dis, dx: [careful ? 'E44.100' : 'E46.x00x003', 'I10.x00x002'] });
  ward(c, {}); admitLabs(c, adm, { cxr: careful }); L(c, 'prealb', adm, 1);
  stayDays(c).forEach((d, k) => {
    if (d === dis) return;
    L(c, 'tpf', d, careful ? 2 : 1); L(c, 'amlo', d, 1);
    if (k < 3) { L(c, 'g5', d, 1); L(c, 'vitC', d, 3); ivDay(c, d, 1); if (k === 0) cannula(c, d); }
  });
  return { claims: [c], targets: [c], mutated: {}, variant: careful ? 'careful' : 'overt' };
}]);
// T10 split stays: one PN course billed as two admissions
T.push(['T10', '肠外营养疗程分解住院', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(55, 80) }); const careful = variantOf(i) === 'careful';
  const hosp = pickHosp(r); const adm1 = month(); const n1 = ri(8, 10);
  const dx = ['C16.900', 'R64.x00', 'E43.x00'];
  const a = pnStay(m, hosp, 'oncology', adm1, n1, dx, { pnFrom: 1, pnTo: n1 - 1, mode: 'ordered' }).c;
  a.dischargeMode = 'ordered';
  const adm2 = add(a.dischargeDate, careful ? ri(4, 8) : ri(1, 2)); const n2 = ri(7, 9);
  const b = pnStay(m, hosp, 'oncology', adm2, n2, careful ? ['R64.x00', 'C16.900', 'E43.x00'] : dx, { pnFrom: 0, pnTo: n2 - 1, picc: false,
    more: (c2) => { L(c2, 'piccCare', adm2, 1); } }).c;
  return { claims: [a, b], targets: [b], mutated: {}, variant: careful ? 'careful' : 'overt', finishBoth: true };
}]);
// T11 enteral feeds bought at several institutions in the same weeks
T.push(['T11', '多家机构重复开具肠内营养剂', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(60, 88), scheme: 'employee' }); const careful = variantOf(i) === 'careful';
  const d0 = month(); const claims = []; const mut = {};
  // genuine: PEG member with a 30-day prescription at the level-3 hospital's nutrition clinic
  const c1 = newClaim(m, H[r].t3, 'clinical_nutrition', 'outpatient', { date: d0, dx: ['Z93.100', 'I69.300', 'R13.x00'] });
  L(c1, 'opConsultSr', d0, 1); L(c1, 'nrs', d0, 1); L(c1, 'enPowder', d0, 30); claims.push(finish(c1));
  const srcs = careful ? [[H[r].t2, 9, 'gastroenterology'], [H[r].ph2, 16, 'pharmacy']] : [[H[r].t2, 4, 'gastroenterology'], [H[r].priv, 7, 'geriatrics'], [H[r].ph, 10, 'pharmacy']];
  for (const [inst, off, dept] of srcs) {
    const d = add(d0, off); const vt = INST[inst].kind === 'pharmacy' ? 'pharmacy' : 'outpatient';
    const c = newClaim(m, inst, dept, vt, { date: d, dx: ['I69.300', 'R13.x00'] });
    if (vt === 'outpatient') L(c, INST[inst].level >= 2 ? 'opConsult' : 'gp', d, 1);
    mut[c.claimId] = [L(c, careful ? 'tpf' : 'enPowder', d, careful ? 40 : 30)];
    claims.push(finish(c));
  }
  return { claims, targets: claims.slice(1), mutated: mut, variant: careful ? 'careful' : 'overt', done: true };
}]);
// T12 the member's card used at a pharmacy or another clinic while he is an inpatient
T.push(['T12', '住院期间门诊或药店刷卡购营养品', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(50, 82), scheme: 'employee' }); const careful = variantOf(i) === 'careful';
  const adm = month(); const n = ri(10, 14);
  const a = pnStay(m, pickHosp(r), 'general_surgery', adm, n, ['K56.600', 'E44.000'], {
    pnFrom: 1, pnTo: n - 3, enFrom: n - 4, tube: true, px: [['96.0700', adm]],
    daily: (c2, d, k) => { if (k === 0) { ngTube(c2, d); L(c2, 'ctAbd', d, 1); } if (k < 4) L(c2, 'gastricDecomp', d, 1); return 0; },
  }).c;
  const d = add(adm, ri(3, n - 3));
  const inst = careful ? H[r].chc : H[r].ph;
  const b = newClaim(m, inst, careful ? 'general_practice' : 'pharmacy', careful ? 'outpatient' : 'pharmacy', { date: d, dx: [careful ? 'E44.000' : 'I10.x00x002'] });
  if (careful) L(b, 'gp', d, 1);
  L(b, 'enPowder', d, careful ? 10 : 20); if (!careful) L(b, 'amlo', d, 30);
  return { claims: [a, b], targets: [b], mutated: {}, variant: careful ? 'careful' : 'overt', finishBoth: true };
}]);
// T13 levocarnitine outside 限定支付 (no haemodialysis)
T.push(['T13', '左卡尼汀超限定支付范围(非血透)', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(60, 85) }); const careful = variantOf(i) === 'careful';
  const adm = month(); const n = ri(8, 11); const dis = add(adm, n);
  const dx = careful ? ['I50.900', 'N18.300', 'E44.100'] : ['I50.900', 'E44.100', 'I10.x00x002'];
  const c = newClaim(m, pick([H[r].t2, H[r].priv, H[r].t3]), pick(['geriatrics', 'internal_medicine'].filter((d) => INST[H[r].t2].docs[d])), 'inpatient', { adm, dis, dx });
  c.provider.department = INST[c.provider.hospitalId].docs.geriatrics ? 'geriatrics' : 'internal_medicine'; c.provider.doctorId = pick(INST[c.provider.hospitalId].docs[c.provider.department]);
  ward(c, { nurse1Nights: 3 }); admitLabs(c, adm); L(c, 'prealb', adm, 1); L(c, 'ecg', add(adm, 2), 1); followLabs(c, { every: 3 }); cannula(c, adm); cannula(c, add(adm, 4));
  const mut = [];
  stayDays(c).forEach((d, k) => {
    if (d === dis) return;
    L(c, 'furoIV', d, 2); L(c, 'spiro', d, 1);
    mut.push(L(c, 'carnitine', d, careful ? 1 : 2, { bad: !careful })); L(c, 'ns', d, 1);
    ivDay(c, d, 1);
  });
  return { claims: [c], targets: [c], mutated: { [c.claimId]: mut }, variant: careful ? 'careful' : 'overt' };
}]);
// T14 PN additives (vitamins, trace elements, glutamine) given without any parenteral nutrition
T.push(['T14', '肠外营养添加剂脱离肠外营养单独使用', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(45, 82) }); const careful = variantOf(i) === 'careful';
  const adm = month(); const n = ri(6, 9); const dis = add(adm, n);
  const c = newClaim(m, pick([H[r].t2, H[r].priv]), INST[H[r].priv].docs.internal_medicine ? 'internal_medicine' : 'geriatrics', 'inpatient', { adm, dis, dx: [pick(['J18.900', 'A09.001', 'J44.100']), 'I10.x00x002'] });
  if (!INST[c.provider.hospitalId].docs.internal_medicine) { c.provider.department = 'geriatrics'; c.provider.doctorId = pick(INST[c.provider.hospitalId].docs.geriatrics); }
  ward(c, { nurse1Nights: 2 }); admitLabs(c, adm); L(c, 'crp', adm, 1); followLabs(c, { every: 3 }); cannula(c, adm); cannula(c, add(adm, 3));
  const mut = [];
  stayDays(c).forEach((d, k) => {
    if (d === dis) return;
    L(c, 'levoIV', d, 1); L(c, 'gns', d, 1);
    mut.push(L(c, 'wsv', d, 1)); if (!careful || k % 2 === 0) mut.push(L(c, 'trace', d, 1)); if (!careful) mut.push(L(c, 'gln', d, 2));
    L(c, 'g5', d, 1);
    ivDay(c, d, careful ? 2 : 3);
  });
  return { claims: [c], targets: [c], mutated: { [c.claimId]: mut }, variant: careful ? 'careful' : 'overt' };
}]);
// T15 severe malnutrition coded to lift the DRG, with no nutrition care in the bill
T.push(['T15', '虚编重度营养不良诊断高套分组', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(55, 85) }); const careful = variantOf(i) === 'careful';
  const adm = month(); const kind = pick(['pneu', 'chole']);
  let c;
  if (kind === 'chole') c = minorSurgeryStay(m, pickHosp(r), adm, 'chole', { n: 5, extraDx: [careful ? 'E44.000' : 'E43.x00'] });
  else {
    const n = ri(6, 9); const dis = add(adm, n);
    c = newClaim(m, pickHosp(r), 'geriatrics', 'inpatient', { adm, dis, dx: ['J18.900', careful ? 'E44.000' : 'E43.x00', 'I10.x00x002'] });
    ward(c, { nurse1Nights: 2 }); admitLabs(c, adm); L(c, 'crp', adm, 1); L(c, 'ctChest', adm, 1); followLabs(c, { every: 3 }); cannula(c, adm); cannula(c, add(adm, 3));
    stayDays(c).forEach((d) => { if (d === dis) return; L(c, 'ceftriaxone', d, 2); L(c, 'ns', d, 1); L(c, 'amlo', d, 1); ivDay(c, d, 1); });
  }
  return { claims: [c], targets: [c], mutated: {}, variant: careful ? 'careful' : 'overt' };
}]);

// ===================== CONTROLS =====================
const K = [];
const ctl = (code, name, src, fn) => K.push([code, name, src, fn]);
ctl('C01', '短肠综合征长期全肠外营养', 'ESPEN guideline on chronic intestinal failure 2016/2023; 中华医学会肠外肠内营养学分会《中国短肠综合征诊疗共识》2016', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(30, 70) }); const adm = month(); const n = ri(18, 24);
  return [pnStay(m, H[r].t3, 'gastroenterology', adm, n, ['K91.201', 'E43.x00'], { pnFrom: 0, pnTo: n - 1, gln: true, enFrom: 10, enBottles: () => 1, piccDay: 0 }).c];
});
ctl('C02', '肿瘤恶病质肠外+肠内营养支持', 'ESPEN Guidelines on nutrition in cancer patients 2017/2021; CSCO《恶性肿瘤患者营养治疗指南》2021', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(50, 80) }); const adm = month(); const n = ri(10, 14);
  return [pnStay(m, pickHosp(r), 'oncology', adm, n, [pick(['C16.900', 'C25.900', 'C18.900']), 'R64.x00', 'E43.x00'], { pnFrom: 1, pnTo: n - 1, mcb: chance(0.5), enFrom: 4, enBottles: () => 1,
    daily: (c, d, k) => { if (k === 0) { L(c, 'cea', d, 1); L(c, 'ctAbd', d, 1); } return 0; } }).c];
});
ctl('C03', '大面积烧伤营养支持与白蛋白', '中华医学会烧伤外科学分会《烧伤营养支持指南》; 人血白蛋白限定支付"抢救、重症"与烧伤', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(25, 60) }); const adm = month(); const n = ri(16, 22);
  return [pnStay(m, pick([H[r].t3, H[r].t3b]), 'burns', adm, n, ['T31.400', 'T29.300'], { burn: true, route: 'emergency', pnFrom: 1, pnTo: 9, enFrom: 2, enPump: true, enBottles: (k) => Math.min(4, k), px: [['96.0700', add(adm, 1)], ['86.2200', add(adm, 3)]],
    daily: (c, d, k) => { let g = 0; if (k < 4 && d < c.dischargeDate) { L(c, 'albumin', d, 2); g += 1; } if (d < c.dischargeDate) { L(c, 'dressBurn', d, 40); L(c, 'silver', d, 4); } if (k === 1) ngTube(c, d); if (k === 3) { L(c, 'debride', d, 1); L(c, 'ga', d, 2); } if (k < 10 && d < c.dischargeDate) { L(c, 'pipTazo', d, 3); L(c, 'ns', d, 3); g += 3; } return g; } }).c];
});
ctl('C04', '重症急性胰腺炎早期肠内营养+补充肠外营养', 'ESPEN guideline on clinical nutrition in acute and chronic pancreatitis 2020; 中华医学会消化病学分会《中国急性胰腺炎诊治指南(2019)》', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(35, 70) }); const adm = month(); const n = ri(14, 20);
  return [pnStay(m, H[r].t3, 'icu', adm, n, ['K85.902', 'J96.000'], { route: 'emergency', icuNights: 5, pnFrom: 1, pnTo: n - 4, enFrom: 2, enPump: true, enBottles: (k) => Math.min(3, k - 1 || 1), px: [['96.0700', add(adm, 1)]],
    daily: (c, d, k) => { let g = 0; if (k === 0) { L(c, 'ctAbd', d, 1); L(c, 'bga', d, 1); } if (k === 1) ngTube(c, d); if (k < 7 && d < c.dischargeDate) { L(c, 'meropenem', d, 3); L(c, 'ns', d, 3); L(c, 'pantoIV', d, 1); L(c, 'ns', d, 1); g += 4; } return g; } }).c];
});
ctl('C05', '长期机械通气患者肠内营养+补充肠外营养', 'ESPEN guideline on clinical nutrition in the ICU 2019/2023; 中华医学会重症医学分会重症患者营养指南', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(55, 85) }); const adm = month(); const n = ri(12, 16);
  return [pnStay(m, H[r].t3, 'icu', adm, n, ['J96.000', 'J18.903'], { route: 'emergency', icuNights: n, pnFrom: 3, pnTo: 9, enFrom: 1, enPump: true, enBottles: (k) => Math.min(3, k), px: [['96.0400', adm], ['96.7200', adm], ['96.0700', add(adm, 1)]],
    daily: (c, d, k) => { let g = 0; if (k === 0) { L(c, 'ett', d, 1); L(c, 'ventCircuit', d, 1); L(c, 'bga', d, 2); L(c, 'ctChest', d, 1); } if (k === 1) ngTube(c, d); if (d < c.dischargeDate) { L(c, 'vent', d, 24); L(c, 'bga', d, 1); if (k % 7 === 6) L(c, 'ventCircuit', d, 1); L(c, 'pipTazo', d, 3); L(c, 'ns', d, 3); L(c, 'midazolam', d, 2); g += 3; } return g; } }).c];
});
ctl('C06', 'PEG置管后家庭肠内营养', 'ESPEN guideline on home enteral nutrition 2020; 中国吞咽障碍评估与治疗专家共识(2017): 需长期(>4周)管饲者行PEG', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(65, 88), scheme: 'employee' }); const adm = month(); const n = ri(5, 7); const dis = add(adm, n);
  const a = newClaim(m, H[r].t3, 'gastroenterology', 'inpatient', { adm, dis, dx: ['I69.300', 'R13.x00'], px: [['43.1100', add(adm, 1)]] });
  ward(a, { nurse1Nights: 2 }); admitLabs(a, adm); L(a, 'prealb', adm, 1); L(a, 'swallowTrain', adm, 1);
  L(a, 'peg', add(adm, 1), 1); L(a, 'propofol', add(adm, 1), 1); L(a, 'cefuroximeIV', add(adm, 1), 2); L(a, 'ns', add(adm, 1), 2); ivDay(a, add(adm, 1), 2); cannula(a, adm);
  stayDays(a).forEach((d, k) => { if (k >= 2 && d < dis) { L(a, 'tpf', d, 3); L(a, 'enPump', d, 16); } });
  L(a, 'dressS', add(adm, 3), 1);
  finish(a);
  const out = [a];
  for (let k = 0; k < 2; k++) { const d = add(dis, 1 + k * 30); const b = newClaim(m, H[r].t3, 'clinical_nutrition', 'outpatient', { date: d, dx: ['Z93.100', 'I69.300', 'R13.x00'] });
    L(b, 'opConsultSr', d, 1); if (k === 1) { L(b, 'drawBlood', d, 1); L(b, 'alb', d, 1); L(b, 'prealb', d, 1); } L(b, 'enPowder', d, 30); out.push(finish(b)); }
  return { claims: out, done: true };
});
ctl('C07', '克罗恩病全肠内营养诱导缓解', 'ECCO-ESPGHAN 2020 (EEN first-line in paediatric Crohn\'s); 中华医学会消化病学分会炎症性肠病学组《炎症性肠病营养支持治疗专家共识(第二版)》2018: 成人EEN 4–6周', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(18, 40) }); const d0 = month(); const out = [];
  for (let k = 0; k < 2; k++) { const d = add(d0, k * 21); const b = newClaim(m, H[r].t3, 'gastroenterology', 'outpatient', { date: d, dx: ['K50.002', 'E44.000'] });
    L(b, 'opConsultSr', d, 1); L(b, 'nrs', d, 1); L(b, 'drawBlood', d, 1); L(b, 'cbc', d, 1); L(b, 'crp', d, 1); L(b, 'alb', d, 1); L(b, 'tpf', d, 63); out.push(finish(b)); }
  return { claims: out, done: true };
});
ctl('C08', '再喂养综合征高风险的密切电解质监测', 'NICE CG32 (2006, 2017) nutrition support in adults: refeeding risk — monitor K, PO4, Mg daily for first days; ASPEN consensus recommendations for refeeding syndrome 2020', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(40, 80) }); const adm = month(); const n = ri(9, 12);
  return [pnStay(m, H[r].t3, 'gastroenterology', adm, n, ['E43.x00', 'E87.600', 'R63.600'], { pnFrom: 1, pnTo: n - 3, enFrom: 4, enBottles: () => 2,
    daily: (c, d, k) => { if (k >= 1 && k <= 5) { if (!c.items.some((x) => x.date === d && x.code === C.lytes)) L(c, 'lytes', d, 1); L(c, 'lytes', d, 1); L(c, 'drawBlood', d, 1); } if (k === 0) { L(c, 'ecg', add(d, 1), 1); } return 0; } }).c];
});
ctl('C09', 'ERAS胃癌根治术围术期免疫营养', 'ERAS Society guidelines gastrectomy 2014; 《中国加速康复外科临床实践指南(2021版)》; ESPEN surgery guideline 2021: 免疫营养与术后早期肠内营养', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(45, 75), scheme: 'employee' }); const pre = month();
  const o = newClaim(m, H[r].t3, 'general_surgery', 'outpatient', { date: pre, dx: ['C16.900', 'E44.100'] });
  L(o, 'opConsultSr', pre, 1); L(o, 'nrs', pre, 1); L(o, 'tpf', pre, 10); finish(o);
  const adm = add(pre, 6); const n = ri(9, 12); const op = add(adm, 1);
  const { c } = pnStay(m, H[r].t3, 'general_surgery', adm, n, ['C16.900', 'E44.100'], { px: [['43.9901', op], ['46.3900x002', op]], pnFrom: 1, pnTo: 5, gln: true, enFrom: 2, enPump: true, enBottles: (k) => Math.min(3, k - 1),
    daily: (c2, d, k) => { if (k === 0) { L(c2, 'preop8', d, 1); L(c2, 'abo', d, 1); L(c2, 'ctAbd', d, 1); } if (k === 1) { surgery(c2, d, 'totalGastrectomy', { hours: 4, lap: 0, stapler: 2, path: true }); L(c2, 'jejunostomy', d, 1); } if (k >= 1 && k <= 3) { L(c2, 'cefuroximeIV', d, 2); L(c2, 'ns', d, 2); return 2; } return 0; } });
  return [o, c];
});
ctl('C10', '肝硬化腹水放液后白蛋白', '中华医学会肝病学分会《肝硬化腹水诊疗指南(2023年版)》: 大量放腹水每1000 ml补白蛋白6–8 g; 白蛋白限定支付"肝硬化引起胸腹水且<30 g/L"', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(45, 75) }); const adm = month(); const n = ri(7, 10); const dis = add(adm, n);
  const c = newClaim(m, pick([H[r].t3, H[r].t2]), INST[H[r].t3].docs.hepatology ? 'gastroenterology' : 'gastroenterology', 'inpatient', { adm, dis, dx: ['K74.600x003', 'R18.x00'], px: [['54.9100', add(adm, 1)]] });
  ward(c, { nurse1Nights: 3 }); admitLabs(c, adm); L(c, 'usAbd', adm, 1); L(c, 'alb', add(adm, 1), 1); followLabs(c, { every: 3 }); cannula(c, adm);
  stayDays(c).forEach((d, k) => { if (d === dis) return; L(c, 'spiro', d, 2); L(c, 'furoTab', d, 1); if (k >= 1 && k <= 3) { L(c, 'albumin', d, k === 1 ? 3 : 2); ivDay(c, d, 1); } });
  return [c];
});
ctl('C11', '维持性血透患者透析期间左卡尼汀', '左卡尼汀注射液限定支付"长期血透患者在血透期间使用"; KDOQI 2020 nutrition in CKD', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(45, 80), scheme: 'employee' }); const adm = month(); const n = ri(6, 9); const dis = add(adm, n);
  const c = newClaim(m, H[r].t3, 'nephrology', 'inpatient', { adm, dis, dx: ['N18.500', 'E44.000', 'I12.000'], px: [['39.9500', adm]] });
  ward(c, { nurse1Nights: 2 }); admitLabs(c, adm); L(c, 'prealb', adm, 1); L(c, 'alb', add(adm, 2), 1); followLabs(c, { every: 3, rft: true });
  stayDays(c).forEach((d, k) => { if (k % 2 === 0 && d < dis) { L(c, 'hd', d, 1); L(c, 'carnitine', d, 1); L(c, 'ivPush', d, 1); L(c, 'epo', d, 1); L(c, 'sc', d, 1); } if (d < dis) L(c, 'tpf', d, 1); });
  c.procedures = stayDays(c).filter((d, k) => k % 2 === 0 && d < dis).map((d) => ({ code: '39.9500', date: d }));
  return [c];
});
ctl('C12', '卒中吞咽障碍鼻饲肠内营养与肠外营养短期过渡', 'ESPEN guideline clinical nutrition in neurology 2018; 《中国卒中吞咽障碍与营养管理手册》2019: EN不足60%目标时补充PN，达标后停PN', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(60, 86) }); const adm = month(); const n = ri(12, 16);
  return [pnStay(m, pickHosp(r), 'neurology', adm, n, ['I63.900', 'R13.x00', 'I10.x00x002'], { px: [['96.0700', add(adm, 1)]], pnFrom: 1, pnTo: 5, enFrom: 2, enPump: true, enBottles: (k) => (k < 4 ? k - 1 : 3), picc: false,
    daily: (c, d, k) => { if (k === 0) { L(c, 'mriHead', d, 1); cannula(c, d); } if (k === 3) cannula(c, d); if (k === 1) ngTube(c, d); if (k % 4 === 1) L(c, 'swallowTrain', d, 1); if (d < c.dischargeDate && k < 10) { L(c, 'citicoline', d, 2); L(c, 'ns', d, 1); return 1; } return 0; } }).c];
});
ctl('C13', '化疗致重度呕吐短期肠外营养', 'ESPEN cancer guideline 2021: 口服/肠内不足且预计>1周时PN; MASCC/ESMO antiemetic guideline 2016/2023', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(40, 75) }); const adm = month(); const n = ri(7, 9);
  return [pnStay(m, H[r].t3, 'oncology', adm, n, ['Z51.100', 'C16.900', 'R11.x00', 'E44.000'], { px: [['99.2500', add(adm, 1)]], pnFrom: 2, pnTo: n - 2, picc: false,
    daily: (c, d, k) => { if (k === 0) cannula(c, d); if (k === 4) cannula(c, d); if (k === 1) { L(c, 'oxaliplatin', d, 1); L(c, 'g5', d, 1); L(c, 'chemoMix', d, 1); L(c, 'palono', d, 1); L(c, 'dexa', d, 2); return 2; } if (k >= 2 && d < c.dischargeDate) { L(c, 'ondans', d, 2); L(c, 'ns', d, 1); return 1; } return 0; } }).c];
});
ctl('C14', '食管癌放疗期间营养支持', '肠外营养限定支付条款"头颈部、食管恶性肿瘤放疗"; CSCO 2021; ESPEN cancer 2017', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(50, 80) }); const adm = month(); const n = ri(10, 14);
  const days = []; for (let k = 0; k < n; k++) days.push(k);
  return [pnStay(m, H[r].t3, 'oncology', adm, n, ['C15.400', 'Z51.000', 'R13.x00'], { px: days.filter((k) => k % 7 < 5 && k < n).map((k) => ['92.2400x003', add(adm, k)]), pnFrom: 3, pnTo: n - 2, enFrom: 1, enBottles: () => 1,
    daily: (c, d, k) => { if (k % 7 < 5 && d < c.dischargeDate) L(c, '003310030010001', d, 1); return 0; } }).c].map((c) => { c.procedures = c.procedures.filter((p) => c.items.some((x) => x.code === '003310030010001' && x.date === p.date)); return c; });
});
ctl('C15', '粘连性肠梗阻禁食胃肠减压期肠外营养', 'WSES Bologna guidelines adhesive small bowel obstruction 2017: 保守治疗禁食、胃肠减压; 预计禁食>7天给予PN (ESPEN surgery 2021)', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(40, 80) }); const adm = month(); const n = ri(8, 12);
  return [pnStay(m, pick([H[r].t3, H[r].t2]), 'general_surgery', adm, n, ['K56.600', 'E44.100'], { route: 'emergency', px: [['96.0700', adm]], pnFrom: 1, pnTo: n - 2, picc: chance(0.5),
    daily: (c, d, k) => { if (k === 0) { ngTube(c, d); L(c, 'ctAbd', d, 1); L(c, 'erConsult', d, 1); } if (k < 6 && d < c.dischargeDate) { L(c, 'gastricDecomp', d, 1); L(c, 'drainBag', d, 1); L(c, 'omeIV', d, 2); L(c, 'ns', d, 1); return 1; } return 0; } }).c];
});
ctl('C16', '肠瘘长期肠外营养', '《中国肠外瘘诊治专家共识》; ESPEN chronic intestinal failure 2016', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(35, 75) }); const adm = month(); const n = ri(20, 26);
  return [pnStay(m, H[r].t3, 'general_surgery', adm, n, ['K63.201', 'E43.x00'], { route: 'transfer', transferFrom: H[r].t2, pnFrom: 0, pnTo: n - 1, gln: true, piccDay: 0,
    daily: (c, d, k) => { if (d < c.dischargeDate) { L(c, 'dressM', d, 1); L(c, 'drainBag', d, 1); } if (k === 0) { L(c, 'ctAbd', d, 1); L(c, 'culture', d, 1); } return 0; } }).c];
});
ctl('C17', '痴呆进食不足经营养门诊评估后单点药店购肠内营养剂', 'ESPEN guideline on nutrition in dementia 2015; 肠内营养剂限定支付"经营养风险筛查…经口摄食不足"', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(75, 90), scheme: 'employee' }); const d0 = month(); const out = [];
  const a = newClaim(m, H[r].t3, 'clinical_nutrition', 'outpatient', { date: d0, dx: ['F03.x01', 'R63.600', 'E44.100'] });
  L(a, 'opConsultSr', d0, 1); L(a, 'nrs', d0, 1); L(a, 'drawBlood', d0, 1); L(a, 'alb', d0, 1); L(a, 'prealb', d0, 1); L(a, 'tpf', d0, 28); out.push(finish(a));
  for (let k = 1; k <= 2; k++) { const d = add(d0, 28 * k); const b = newClaim(m, H[r].ph, 'pharmacy', 'pharmacy', { date: d, dx: ['F03.x01', 'R63.600'] }); L(b, 'tpf', d, 28); out.push(finish(b)); }
  return { claims: out, done: true };
});
ctl('C18', '脓毒性休克抢救中使用白蛋白', 'Surviving Sepsis Campaign 2021: 大量晶体液复苏时加用白蛋白; 白蛋白限定支付"抢救、重症"(R57)', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(50, 85) }); const adm = month(); const n = ri(8, 12); const dis = add(adm, n);
  const c = newClaim(m, H[r].t3, 'icu', 'inpatient', { adm, dis, dx: ['A41.900', 'R57.200', 'J18.903'], route: 'emergency' });
  ward(c, { icuNights: 5, nurse1Nights: n }); admitLabs(c, adm); L(c, 'pct', adm, 1); L(c, 'culture', adm, 2); L(c, 'bga', adm, 3); L(c, 'cvc', adm, 1); followLabs(c, { every: 2 });
  stayDays(c).forEach((d, k) => { if (d === dis) return; let g = 0; L(c, 'meropenem', d, 3); L(c, 'ns', d, 3); g += 3; if (k < 3) { L(c, 'norepi', d, 4); L(c, 'ringer', d, 4); L(c, 'albumin', d, 2); g += 3; L(c, 'ecgMon', d, 24); } if (k < 5) L(c, 'bga', d, 1); ivDay(c, d, g); });
  return [c];
});
ctl('C19', '出院后次日药店购买出院带量肠内营养剂', '肠内营养剂限定支付; 出院后家庭肠内营养 (ESPEN home EN 2020)', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(60, 85), scheme: 'employee' }); const adm = month(); const n = ri(10, 13);
  const a = pnStay(m, pickHosp(r), 'neurology', adm, n, ['I63.900', 'R13.x00'], { px: [['96.0700', add(adm, 1)]], pnFrom: 1, pnTo: 4, enFrom: 2, enPump: true, enBottles: (k) => Math.min(3, k - 1), picc: false,
    daily: (c, d, k) => { if (k === 0) { L(c, 'mriHead', d, 1); cannula(c, d); } if (k === 1) ngTube(c, d); if (k === 4) cannula(c, d); return 0; } }).c;
  const d = add(a.dischargeDate, 1); const b = newClaim(m, H[r].ph, 'pharmacy', 'pharmacy', { date: d, dx: ['I69.300', 'R13.x00'] }); L(b, 'tpf', d, 30);
  return [a, b];
});
ctl('C20', 'PEG患者出院后10日因吸入性肺炎再入院', '再入院原因不同(J69.0): 国家医保局分解住院判定以同一疾病为要件; ESPEN home EN 2020: aspiration is a known complication', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(68, 90) }); const adm = month(); const n = ri(5, 7); const hosp = H[r].t3; const dis = add(adm, n);
  const a = newClaim(m, hosp, 'gastroenterology', 'inpatient', { adm, dis, dx: ['I69.300', 'R13.x00'], px: [['43.1100', add(adm, 1)]] });
  ward(a, { nurse1Nights: 2 }); admitLabs(a, adm); L(a, 'prealb', adm, 1); L(a, 'peg', add(adm, 1), 1); L(a, 'propofol', add(adm, 1), 1); L(a, 'cefuroximeIV', add(adm, 1), 2); L(a, 'ns', add(adm, 1), 2); ivDay(a, add(adm, 1), 2); cannula(a, adm);
  stayDays(a).forEach((d, k) => { if (k >= 2 && d < dis) { L(a, 'tpf', d, 3); L(a, 'enPump', d, 16); } }); finish(a);
  const adm2 = add(dis, ri(8, 12)); const n2 = ri(7, 9); const dis2 = add(adm2, n2);
  const b = newClaim(m, hosp, 'geriatrics', 'inpatient', { adm: adm2, dis: dis2, dx: ['J69.001', 'Z93.100', 'I69.300'], route: 'emergency' });
  ward(b, { nurse1Nights: 3 }); admitLabs(b, adm2); L(b, 'crp', adm2, 1); L(b, 'ctChest', adm2, 1); L(b, 'culture', adm2, 1); followLabs(b, { every: 3 }); cannula(b, adm2); cannula(b, add(adm2, 3));
  stayDays(b).forEach((d) => { if (d === dis2) return; L(b, 'pipTazo', d, 3); L(b, 'ns', d, 3); ivDay(b, d, 3); L(b, 'tpf', d, 3); L(b, 'enPump', d, 16); });
  return { claims: [a, finish(b)], done: true };
});
ctl('C21', '重症患者多组输液合并肠外营养', 'ICU 多药静脉治疗: 每组按实际悬挂计价(《全国医疗服务价格项目规范》静脉输液 每增加一组)', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(45, 85) }); const adm = month(); const n = ri(9, 12);
  return [pnStay(m, H[r].t3, 'icu', adm, n, ['K65.000', 'R57.200', 'E43.x00'], { route: 'emergency', icuNights: 6, pnFrom: 1, pnTo: n - 2, piccDay: 0, px: [['54.1100', adm]],
    daily: (c, d, k) => { if (k === 0) { L(c, 'ctAbd', d, 1); L(c, 'pct', d, 1); } if (d >= c.dischargeDate) return 0; let g = 0; L(c, 'meropenem', d, 3); L(c, 'ns', d, 3); g += 3; L(c, 'metroIV', d, 2); g += 2; if (k < 7) { L(c, 'pantoIV', d, 1); L(c, 'ns', d, 1); g += 1; } if (k < 3) { L(c, 'norepi', d, 3); L(c, 'gns', d, 1); g += 1; } return g; } }).c];
});
ctl('C22', '重度营养不良住院营养治疗', 'ESPEN guideline definitions and terminology 2017 / GLIM 2019; 中国营养不良诊疗: 重度营养不良需住院营养治疗(管饲+补充PN)', (i) => {
  const r = regionList[i % 3]; const m = member({ region: r, age: ri(60, 90) }); const adm = month(); const n = ri(10, 14);
  return [pnStay(m, pick([H[r].t3, H[r].t2]), 'geriatrics', adm, n, ['E43.x00', 'R63.600', 'R13.x00'], { px: [['96.0700', add(adm, 1)]], pnFrom: 1, pnTo: 6, enFrom: 2, tube: true, enBottles: (k) => Math.min(3, k), picc: false,
    daily: (c, d, k) => { if (k === 0) cannula(c, d); if (k === 3 || k === 6) cannula(c, d); if (k === 1) ngTube(c, d); return 0; } }).c];
});
ctl('C23', '食管癌根治术后空肠造口肠内营养与肠外营养过渡', 'ESPEN surgery 2021: 上消化道大手术术中置空肠营养管; 《食管癌围手术期营养治疗中国专家共识》2019', (i) => {
  const r = regionList[(i + 1) % 3]; const m = member({ region: r, age: ri(50, 78) }); const adm = month(); const n = ri(12, 15); const op = add(adm, 2);
  return [pnStay(m, H[r].t3, 'general_surgery', adm, n, ['C15.500', 'E44.100'], { px: [['42.4103', op], ['46.3900x002', op]], pnFrom: 2, pnTo: 7, gln: true, enFrom: 3, enPump: true, enBottles: (k) => Math.min(3, k - 2), icuNights: 0,
    daily: (c, d, k) => { if (k === 0) { L(c, 'preop8', d, 1); L(c, 'abo', d, 1); L(c, 'ctChest', d, 1); L(c, 'gastroscopy', d, 1); } if (k === 2) { surgery(c, d, 'esoph', { hours: 5, lap: 4, stapler: 2, path: true }); L(c, 'jejunostomy', d, 1); } if (k >= 2 && k <= 4) { L(c, 'cefuroximeIV', d, 2); L(c, 'ns', d, 2); return 2; } return 0; } }).c];
});
ctl('C24', '胃大部切除术后吸收不良门诊营养干预', 'ESPEN surgery 2021 (post-gastrectomy weight loss, ONS); 肠内营养剂限定支付"经营养风险筛查…经口摄食不足"', (i) => {
  const r = regionList[(i + 2) % 3]; const m = member({ region: r, age: ri(45, 78) }); const d0 = month(); const out = [];
  for (let k = 0; k < 2; k++) { const d = add(d0, k * 30); const b = newClaim(m, pick([H[r].t3, H[r].t3b]), 'clinical_nutrition', 'outpatient', { date: d, dx: ['K91.200x002', 'E44.000', 'Z90.300'] });
    L(b, 'opConsultSr', d, 1); L(b, 'nrs', d, 1); if (k === 0) { L(b, 'drawBlood', d, 1); L(b, 'alb', d, 1); L(b, 'prealb', d, 1); } L(b, 'enPowder', d, 20); out.push(finish(b)); }
  return { claims: out, done: true };
});

// ===================== ROUTINE =====================
function routine(i) {
  const r = regionList[i % 3]; const kind = i % 10;
  if (kind === 0 || kind === 1) { const m = member({ region: r, age: ri(20, 70) }); return [minorSurgeryStay(m, pick([H[r].t3, H[r].t2, H[r].priv]), month(), pick(['appy', 'chole', 'hernia']))]; }
  if (kind === 2) { // pneumonia stay
    const m = member({ region: r, age: ri(55, 88) }); const adm = month(); const n = ri(6, 9); const dis = add(adm, n);
    const c = newClaim(m, pick([H[r].t3, H[r].t2]), 'geriatrics', 'inpatient', { adm, dis, dx: ['J18.900', 'I10.x00x002'] });
    ward(c, { nurse1Nights: 2 }); admitLabs(c, adm); L(c, 'crp', adm, 1); L(c, 'ctChest', adm, 1); followLabs(c, { every: 3 }); cannula(c, adm); cannula(c, add(adm, 3));
    stayDays(c).forEach((d) => { if (d === dis) return; L(c, 'ceftriaxone', d, 2); L(c, 'ns', d, 1); L(c, 'ambroxIV', d, 2); L(c, 'amlo', d, 1); ivDay(c, d, 1); });
    return [c];
  }
  if (kind === 3) { // stroke stay without tube
    const m = member({ region: r, age: ri(55, 85) }); const adm = month(); const n = ri(9, 12); const dis = add(adm, n);
    const c = newClaim(m, pick([H[r].t3, H[r].t2]), 'neurology', 'inpatient', { adm, dis, dx: ['I63.900', 'I10.x00x002'] });
    ward(c, { nurse1Nights: 3 }); admitLabs(c, adm); L(c, 'mriHead', adm, 1); L(c, 'lipids', adm, 1); followLabs(c, { every: 3 }); cannula(c, adm); cannula(c, add(adm, 3)); cannula(c, add(adm, 6));
    stayDays(c).forEach((d, k) => { if (d === dis) return; L(c, 'aspirin', d, 1); L(c, 'atorva', d, 1); if (k < 10) { L(c, 'citicoline', d, 2); L(c, 'ns', d, 1); ivDay(c, d, 1); } });
    return [c];
  }
  if (kind === 4) { // gastroenterology outpatient
    const m = member({ region: r, age: ri(25, 75) }); const d = month();
    const c = newClaim(m, pick([H[r].t3, H[r].t2]), 'gastroenterology', 'outpatient', { date: d, dx: ['K29.700'] });
    L(c, 'opConsult', d, 1); if (chance(0.4)) L(c, 'gastroscopy', d, 1); L(c, 'omeCap', d, 28); if (chance(0.5)) L(c, 'domperidone', d, 21);
    return [c];
  }
  if (kind === 5) { // community chronic visit
    const m = member({ region: r, age: ri(55, 80), scheme: 'employee', chronic: ['I10', 'E11'] }); const d = month();
    const c = newClaim(m, H[r].chc, 'general_practice', 'chronic', { date: d, dx: ['E11.900', 'I10.x00x002'] });
    L(c, 'chronicConsult', d, 1); L(c, 'metformin', d, 84, { long: true }); L(c, 'amlo', d, 84, { long: true }); if (chance(0.4)) { L(c, 'drawBlood', d, 1); L(c, 'glu', d, 1); }
    return [c];
  }
  if (kind === 6) { // pharmacy purchase
    const m = member({ region: r, age: ri(30, 75) }); const d = month();
    const c = newClaim(m, pick([H[r].ph, H[r].ph2]), 'pharmacy', 'pharmacy', { date: d, dx: [pick(['I10.x00x002', 'K29.700', 'M81.900'])] });
    L(c, pick(['amlo', 'omeCap', 'calciumD']), d, 30); if (chance(0.3)) L(c, 'paracetamol', d, 10);
    return [c];
  }
  if (kind === 7) { // chemotherapy cycle stay (oncology), no PN
    const m = member({ region: r, age: ri(40, 75) }); const adm = month(); const n = ri(3, 4); const dis = add(adm, n);
    const c = newClaim(m, H[r].t3, 'oncology', 'inpatient', { adm, dis, dx: ['Z51.100', pick(['C16.900', 'C18.900'])], px: [['99.2500', add(adm, 1)]] });
    ward(c, {}); admitLabs(c, adm); L(c, 'cea', adm, 1); cannula(c, adm);
    L(c, 'oxaliplatin', add(adm, 1), 1); L(c, 'g5', add(adm, 1), 1); L(c, 'chemoMix', add(adm, 1), 1); L(c, 'palono', add(adm, 1), 1); L(c, 'dexa', add(adm, 1), 2); ivDay(c, add(adm, 1), 2);
    L(c, 'capecitabine', add(adm, 1), 6); L(c, 'ondans', add(adm, 2), 1); L(c, 'ns', add(adm, 2), 1); ivDay(c, add(adm, 2), 1);
    return [c];
  }
  if (kind === 8) { // nutrition clinic screening, dietary advice only
    const m = member({ region: r, age: ri(40, 80) }); const d = month();
    const c = newClaim(m, H[r].t3, 'clinical_nutrition', 'outpatient', { date: d, dx: [pick(['E11.900', 'E66.900', 'K29.700'])] });
    L(c, 'opConsult', d, 1); L(c, 'nrs', d, 1); if (chance(0.6)) { L(c, 'drawBlood', d, 1); L(c, 'alb', d, 1); L(c, 'glu', d, 1); }
    return [c];
  }
  // kind 9: gastroenteritis short stay with rehydration at a level-2 hospital
  const m = member({ region: r, age: ri(20, 80) }); const adm = month(); const n = ri(3, 4); const dis = add(adm, n);
  const c = newClaim(m, pick([H[r].t2, H[r].priv]), INST[H[r].t2].docs.internal_medicine ? 'internal_medicine' : 'gastroenterology', 'inpatient', { adm, dis, dx: ['A09.001', 'E86.x01'], route: 'emergency' });
  ward(c, {}); admitLabs(c, adm, { cxr: false }); L(c, 'stool', adm, 1); cannula(c, adm);
  stayDays(c).forEach((d) => { if (d === dis) return; L(c, 'gns', d, 2); L(c, 'ringer', d, 1); L(c, 'kcl', d, 2); L(c, 'omeIV', d, 1); L(c, 'ns', d, 1); L(c, 'montmor', d, 3); ivDay(c, d, 4); });
  return [c];
}

// ===================== build =====================
const fixDept = (c) => { const inst = INST[c.provider.hospitalId]; if (!inst.docs[c.provider.department]) { const d = Object.keys(inst.docs)[0]; c.provider.department = d; c.provider.doctorId = pick(inst.docs[d]); } };
for (const [code, name, fn] of T) {
  for (let i = 0; i < 15; i++) {
    const res = fn(i);
    if (!res.done) for (const c of res.claims) { fixDept(c); finish(c); }
    label('fraud', code, name, res.claims, res.targets, res.mutated, res.variant);
  }
}
for (const [code, name, src, fn] of K) {
  for (let i = 0; i < 15; i++) {
    const res = fn(i); const claims = Array.isArray(res) ? res : res.claims;
    if (!(res && res.done)) for (const c of claims) { fixDept(c); if (!CLAIMS.includes(c)) finish(c); }
    label('control', code, name, claims, [], {}, 'control');
  }
}
for (let i = 0; i < 100; i++) { const cs = routine(i); for (const c of cs) { fixDept(c); finish(c); } label('routine', 'R', '常规诊疗', cs, [], {}, 'routine'); }

if (ALLERR.length) { const u = {}; for (const e of ALLERR) { const k = e.replace(/^\S+ line \d+ /, '').replace(/ 2025-\d\d-\d\d/, ''); u[k] = (u[k] || 0) + 1; } console.error(u); throw new Error('limit breaches: ' + ALLERR.length + '\n' + ALLERR.slice(0, 5).join('\n')); }
// reported DRG from the frozen grouper (pass 2)
if (GROUPS) {
  const g = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const x = JSON.parse(line); const id = x.claimId; const drg = x.drg !== undefined ? x.drg : x.grouping && x.grouping.drg; g[id] = { drg: drg == null ? null : drg, dip: (x.dip !== undefined ? x.dip : x.grouping && x.grouping.dip) || null }; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient') { if (!g[c.claimId]) throw new Error('no group for ' + c.claimId); c.reportedGroup = { drg: g[c.claimId].drg, dip: null }; }
}
const sdate = (c) => c.dischargeDate || c.visitDate;
const ordered = CLAIMS.slice().sort((a, b) => (sdate(a) < sdate(b) ? -1 : sdate(a) > sdate(b) ? 1 : a.claimId < b.claimId ? -1 : 1));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), ordered.map((c) => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const kinds = LABELS.reduce((a, l) => ((a[l.kind] = (a[l.kind] || 0) + 1), a), {});
console.error(`blind98: ${ordered.length} claims, cases ${JSON.stringify(kinds)}`);
