#!/usr/bin/env node
// blind84: interventional care and vascular surgery (介入治疗与血管外科). Fixed seed, no dependencies.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');

const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CATDIR = path.resolve(opt('--catalogue', '/work/wt/base82/rules/catalogue'));
const GROUPS = opt('--groups', null);
const DRGDIR = '/work/shared/chs-drg-1.1';

// ---------- random ----------
let seed = 84084084;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const ROWS = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-procedures.json', 'consumables-procedures.json']) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f), 'utf8')).rows) ROWS[r.code] = r;
}
const DX = JSON.parse(fs.readFileSync(path.join(DRGDIR, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRGDIR, 'procedures.json'), 'utf8'));
// short names -> catalogue row codes
const S = {
  bed: '001105000010001', icuBed: '001105000030001', nurse2: '001201000030001', nurse1: '001201000020001', ward: '001103000010001',
  consultGen: '001102000010001', consultAssoc: '001102000020001', consultChief: '001102000030001', er: '001102000050001', chronicConsult: '001109000010001',
  ivFirst: '001204000010001', ivMore: '001204000020001', ivPush: '001204000040001', sc: '001204000060001', dressS: '001205000010001', dressM: '001205000020001',
  ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001',
  cbc: '002501010010001', urine: '002501020010001', liver: '002502010010001', renal: '002502020010001', lytes: '002502030010001', coag: '002502060010001',
  ddimer: '002502100010001', hbv: '002502110010001', preop: '002502120010001', abo: '002502130010001', afp: '002502170020001', cea: '002502170030001',
  glucose: '002502050010001', lipids: '002502040010001', bnp: '002502070030001',
  ecg: '003107010010001', cxr: '002202010010001', usAbd: '002103010010001', usLeg: '002103010040001', usNeck: '002103010030001', echo: '002103010020001',
  ctChest: '002301010020001', ctAbd: '002301010030001', ctEnh: '002301010040001', ctHead: '002301010010001',
  coroAngio: '003101010010001', ga: '003301010010001', spinal: '003301010020001', local: '003301010030001',
  stripping: '003307010010001', hd: '003310010010001', chemoPrep: '003310020010001',
  tace: '003307020010001', pta: '003307020020001', stentSvc: '003307020030001', ivcSvc: '003307030010001',
  piccSvc: '003307040010001', piccCare: '003307040020001', cvc: '003307040030001', portSvc: '003307050010001', portCare: '003307050020001',
  crossmatch: '002502130020001', transfuse: '001204000210001', rbc: '002600000010001',
  // consumables
  infusionSet: 'C14010150100001020350000001', cannula: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001',
  gauze: 'C14020150100001506610000001', dressPack: 'C14020150200001397260000001', film: 'C14020150300001037150000001', bandage: 'C14020150400001537430000001',
  suture: 'C11010150200001895120000001', drape: 'C11010150600001900710000001', spinalKit: 'C11010150800001179070000001',
  dialyser: 'C10010150100001014100000001', bloodline: 'C10010150200001187780000001', electrode: 'C14060150100001436170000001',
  coroStent: 'C02010150100001259060000001', coroWire: 'C02010150400001146670000001', cath: 'C02010150300001651190000001', sheath: 'C02010150500001930830000001',
  picc: 'C02020150100001104330000001', port: 'C02020150200001215870000001', balloon: 'C02030150100001327760000001', pStent: 'C02030150200001438650000001',
  filter: 'C02030150300001549540000001', wire: 'C02030150400001650430000001', gelfoam: 'C14100150100001761320000001', bloodSet: 'C14100150200001872210000001',
  // drugs
  saline: 'XB05BBL511B002', glucoseInj: 'XB05BAP505B002', lido: 'XN01BBL509B002', dexa: 'XH02ABD515B002', ondan: 'XA04AAA524B002',
  panto: 'XA02BCP503B002', omezInj: 'XA02BCA515B002', mgIsoGly: 'XA05BAY506B002', oxali: 'XL01XAA523B002', cisplatin: 'XL01XAS512B002',
  gem: null, pacli: null, lmwh: 'XB01ABD502B002', enox: 'XB01ABY502B002', riva: 'XB01AFL503A001', uk: 'XB01ADN501B002',
  aspirin: 'XB01ACA509A001', atorva: 'XC10AAA511A001', pge1: 'XC01EAQ504B002', cefurox: 'XJ01DCT505B002', epo: 'XB03XAZ505B002',
  entecavir: 'XJ05AFE501A001', amlod: 'XC08CAA512A001', metformin: 'XA10BAE503A001', calcitriol: 'XA11CCG506A001', tranex: 'XB02AAA519B002',
  morphine: 'XN02AAM507B002', kcl: null, furoInj: 'XC03CAF503B002',
};
for (const [k, v] of Object.entries(ROWS)) { if (v.name === '注射用吉西他滨') S.gem = k; if (v.name === '紫杉醇注射液') S.pacli = k; if (v.name === '氯化钾注射液') S.kcl = k; }
for (const [k, c] of Object.entries(S)) if (!c || !ROWS[c]) throw new Error('no catalogue row for ' + k + ' ' + c);

// ---------- providers ----------
const HOSP = [
  { id: 'H22010001', region: '220100', level: 3 }, { id: 'H22020017', region: '220200', level: 2 },
  { id: 'H23010002', region: '230100', level: 3 }, { id: 'H23010021', region: '230100', level: 2 },
  { id: 'H37010003', region: '370100', level: 3 }, { id: 'H37020012', region: '370200', level: 2 },
  { id: 'H51010004', region: '510100', level: 3 }, { id: 'H51070008', region: '510700', level: 2 },
];
const DEPTS = { interventional: 'IR', vascular_surgery: 'VS', oncology: 'ON', nephrology: 'NE', gastroenterology: 'GI', respiratory: 'RE', cardiology: 'CA', emergency: 'EM' };
const TITLES = ['主任医师', '副主任医师', '主治医师'];
const DOCTORS = {}; // hospId|dept -> [{id,title}]
for (const h of HOSP) for (const [d, ab] of Object.entries(DEPTS)) DOCTORS[h.id + '|' + d] = [0, 1, 2, 3].map(n => ({ id: 'D' + h.id.slice(1) + ab + (n + 1), title: TITLES[n % 3] }));
const hospBy = (id) => HOSP.find(h => h.id === id);
const doctor = (h, dept) => pick(DOCTORS[h.id + '|' + dept]);
const province = (region) => region.slice(0, 2);

// ---------- policy (rules/benefits/policies.json figures; only what fundClaimed needs) ----------
const POL = {
  '22': { employee: { inpatient: { ded: { 1: 200, 2: 500, 3: 900 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 }, bonus: 0.05 } }, resident: { inpatient: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 }, bonus: 0 } } },
  '23': { employee: { inpatient: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 }, bonus: 0.05 } }, resident: { inpatient: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 }, bonus: 0 } } },
  '37': { employee: { inpatient: { ded: { 1: 300, 2: 600, 3: 1000 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 }, bonus: 0.05 } }, resident: { inpatient: { ded: { 1: 300, 2: 600, 3: 1000 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 }, bonus: 0 } } },
  '51': { employee: { inpatient: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 }, bonus: 0.05 } }, resident: { inpatient: { ded: { 1: 200, 2: 600, 3: 1100 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 }, bonus: 0 } } },
};
// employee/resident outpatient (普通门诊统筹, shared with pharmacy): deductible 1000/yr, ratio by level, cap 3000; pharmacy ratio 0.6
// chronic (门诊慢特病): deductible 0, ratio 0.85/0.85/0.8, retiree +0.05 (employee) — the resident figures are taken as the same (lower bound if not)
const OUT_RATIO = { 1: 0.7, 2: 0.6, 3: 0.5 };
const CHRONIC_RATIO = { 1: 0.85, 2: 0.85, 3: 0.8 };
const ytd = {}; // insuredId -> {dedPaid, fund}

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const add = (d, n) => iso(Date.parse(d) + n * 86400000);
const diff = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
const dayN = (n) => iso(D0 + n * 86400000);

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  memberSeq++;
  const gender = o.gender || (rnd() < 0.55 ? 'M' : 'F');
  const age = o.age || ri(45, 78);
  const birth = `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const ins = o.insuranceType || (o.chronic ? 'employee' : (rnd() < 0.6 ? 'employee' : 'resident'));
  const retired = ins === 'employee' && age >= (gender === 'M' ? 61 : 56);
  const contribution = ins === 'employee' ? (retired ? ri(gender === 'M' ? 31 : 26, 40) : Math.max(1, Math.min(age - 20, ri(8, 30)))) : 0;
  return {
    insuredId: 'P84' + String(memberSeq).padStart(6, '0'), gender, birthDate: birth, retired, age, insuranceType: ins,
    enrollment: { enrolledOn: `${ri(2008, 2020)}-01-01`, inConcentratedPeriod: true, continuousYears: ri(5, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contribution, special: null },
    chronic: o.chronic || null,
  };
}

// ---------- claims ----------
let claimSeq = 0;
const CLAIMS = [];
class Claim {
  constructor({ h, dept, m, visitType = 'inpatient', admit, los, visit, dx, procs = [], route, mode, transferFrom, doc }) {
    this.h = h; this.m = m; this.level = h.level; this.visitType = visitType;
    claimSeq++;
    this.c = { claimId: `${h.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`, region: h.region, insuranceType: m.insuranceType, visitType,
      patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
      enrollment: Object.assign({}, m.enrollment, m.chronic ? { chronicDiseases: m.chronic } : {}),
      provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: (doc || doctor(h, dept)).id } };
    if (visitType === 'inpatient') { this.c.admissionDate = admit; this.c.dischargeDate = add(admit, los); this.admit = admit; this.los = los;
      if (route) this.c.admissionRoute = route; this.c.dischargeMode = mode || 'ordered'; if (transferFrom) this.c.transferFromHospitalId = transferFrom; }
    else this.c.visitDate = visit;
    for (const x of dx) if (!DX[x]) throw new Error('unknown dx ' + x);
    this.c.diagnoses = dx.map((x, i) => (i === 0 ? { code: x, principal: true } : { code: x }));
    for (const p of procs) if (!PX[p[0]]) throw new Error('unknown proc ' + p[0]);
    this.c.procedures = procs.map(([code, date]) => ({ code, date }));
    if (visitType === 'inpatient') this.c.reportedGroup = { drg: null, dip: null };
    this.items = [];
    CLAIMS.push(this);
  }
  day(n) { return this.visitType === 'inpatient' ? add(this.admit, n) : this.c.visitDate; }
  // add a line: key (S name) or raw code, date, qty, price factor or fixed price (yuan)
  add(key, date, qty = 1, o = {}) {
    const code = S[key] || key; const r = ROWS[code]; if (!r) throw new Error('no row ' + key);
    const capFen = Math.round(r.priceCap[String(this.level)] * 100);
    const unitFen = o.priceFen != null ? o.priceFen : capFen;
    const lineId = String(this.items.length + 1);
    this.items.push({ lineId, code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date, quantity: qty, unitFen, amountFen: unitFen * qty, share: r.selfPayShare });
    return lineId;
  }
  stayBase(o = {}) { // per-day bed, nursing, ward round; first-day work-up
    for (let d = 0; d < this.los; d++) {
      const dt = this.day(d);
      this.add(o.icuDays && d < o.icuDays ? 'icuBed' : 'bed', dt); this.add(o.icuDays && d < o.icuDays ? 'nurse1' : 'nurse2', dt); this.add('ward', dt);
    }
    this.add('cbc', this.day(0)); this.add('urine', this.day(0)); this.add('liver', this.day(0)); this.add('renal', this.day(0)); this.add('lytes', this.day(0)); this.add('coag', this.day(0));
    this.add('ecg', this.day(0));
    if (o.preop) { this.add('preop', this.day(0)); this.add('abo', this.day(0)); this.add('cxr', this.day(0)); }
  }
  finish() {
    const c = this.c; let total = 0, pol = 0;
    c.items = this.items.map(it => { total += it.amountFen; pol += Math.round(it.amountFen * (1 - it.share));
      return { lineId: it.lineId, code: it.code, name: it.name, category: it.category, date: it.date, quantity: it.quantity, unitPrice: it.unitFen / 100, amount: it.amountFen / 100 }; });
    const prov = province(c.region); const ins = c.insuranceType; const m = this.m;
    let fund = 0;
    if (this.visitType === 'inpatient') {
      const p = POL[prov][ins].inpatient; const ratio = p.ratio[this.level] + (m.retired ? p.bonus : 0);
      fund = Math.floor(Math.max(0, pol - p.ded[this.level] * 100) * ratio);
    } else if (this.visitType === 'chronic') {
      const ratio = ins === 'employee' ? CHRONIC_RATIO[this.level] + (m.retired ? 0.05 : 0) : { 1: 0.7, 2: 0.65, 3: 0.6 }[this.level];
      fund = Math.floor(pol * ratio);
    } else { // employee: deductible 1000/yr, cap 3000; resident: no deductible, cap 400 (成都 500: 400 used)
      const y = ytd[m.insuredId] || (ytd[m.insuredId] = { ded: 0, fund: 0 });
      const dedLeft = ins === 'employee' ? Math.max(0, 100000 - y.ded) : 0; const used = Math.min(dedLeft, pol); y.ded += used;
      const ratio = ins === 'employee' ? (this.visitType === 'pharmacy' ? 0.6 : OUT_RATIO[this.level]) + (m.retired ? 0.1 : 0) : (this.visitType === 'pharmacy' ? 0.5 : { 1: 0.6, 2: 0.5, 3: 0.5 }[this.level]);
      const cap = ins === 'employee' ? 300000 : 40000;
      fund = Math.floor((pol - used) * ratio); fund = Math.min(fund, Math.max(0, cap - y.fund)); y.fund += fund;
    }
    c.amounts = { total: total / 100, policy: pol / 100, fundClaimed: fund / 100 };
    return c;
  }
  settle() { return this.visitType === 'inpatient' ? this.c.dischargeDate : this.c.visitDate; }
}

// ---------- clinical templates ----------
const LIVER_DX = () => ['C22.000', 'K74.600', ...(rnd() < 0.6 ? ['B18.100'] : [])];
function tace(h, m, admit, o = {}) {
  const los = o.los || ri(5, 7); const pd = o.pday || 1;
  const dx = o.dx || [...LIVER_DX(), ...(m.chronic && m.chronic.includes('N18') ? ['N18.500', 'Z99.200'] : [])];
  const c = new Claim({ h, m, dept: o.dept || pick(['interventional', 'oncology']), admit, los, dx, procs: [['99.2501', add(admit, pd)], ['88.4701', add(admit, pd)]], route: 'outpatient', doc: o.doc });
  c.stayBase(); c.add('afp', c.day(0)); c.add('hbv', c.day(0));
  if (!o.noCT) { c.add('ctAbd', c.day(0)); c.add('ctEnh', c.day(0)); }
  const d = c.day(pd);
  c.lines = {};
  c.lines.svc = c.add('tace', d);
  c.lines.sheath = c.add('sheath', d, 1);
  c.lines.wire = c.add('wire', d, o.wires || 1);
  c.lines.cath = c.add('cath', d, 1);
  c.lines.gel = c.add('gelfoam', d, o.gel || ri(1, 2));
  c.add('oxali', d, ri(1, 2)); c.add('chemoPrep', d, 1); c.add('lido', d, 2); c.add('dexa', d, 1);
  for (let k = pd; k < Math.min(los, pd + 3); k++) { c.add('ondan', c.day(k), 2); c.add('saline', c.day(k), 2); c.add('ivFirst', c.day(k)); c.add('ivMore', c.day(k), 1); c.add('infusionSet', c.day(k)); }
  for (let k = 1; k < los; k++) c.add('mgIsoGly', c.day(k), 1);
  for (let k = pd; k < Math.min(los, pd + 3); k++) c.add('panto', c.day(k), 1);
  c.add('cbc', c.day(Math.min(los - 1, pd + 2))); c.add('liver', c.day(Math.min(los - 1, pd + 2)));
  if (m.chronic && m.chronic.includes('N18')) { c.add('hd', c.day(pd + 1 < los ? pd + 1 : 0)); c.add('dialyser', c.day(pd + 1 < los ? pd + 1 : 0)); c.add('bloodline', c.day(pd + 1 < los ? pd + 1 : 0)); }
  return c;
}
const PAD_DX = () => ['I70.203', ...(rnd() < 0.5 ? ['E11.900'] : []), 'I10.x00x002'];
function pad(h, m, admit, o = {}) { // lower-limb PTA (+/- stent)
  const los = o.los || ri(5, 8); const pd = o.pday || 2; const d = add(admit, pd);
  const stent = o.stent !== false;
  const procs = o.procs || (stent ? [[pick(['00.6000x001', '39.9000']), d], ['88.4800x005', d]] : [['39.5000x031', d], ['88.4800x005', d]]);
  const c = new Claim({ h, m, dept: o.dept || 'vascular_surgery', admit, los, dx: o.dx || PAD_DX(), procs, route: 'outpatient', doc: o.doc });
  c.stayBase(); c.add('usLeg', c.day(0)); c.add('lipids', c.day(0)); c.add('glucose', c.day(0));
  c.lines = {};
  c.lines.svc = c.add(stent ? 'stentSvc' : 'pta', d);
  c.lines.sheath = c.add('sheath', d, o.sheaths || 1);
  c.lines.wire = c.add('wire', d, o.wires || ri(1, 2));
  c.lines.cath = c.add('cath', d, o.caths || 1);
  c.lines.balloon = c.add('balloon', d, o.balloons || 1);
  if (stent) c.lines.stent = c.add('pStent', d, o.stents || 1);
  c.add('lido', d, 2);
  for (let k = pd; k < Math.min(los, pd + 4); k++) c.add('lmwh', c.day(k), 1);
  for (let k = 0; k < los; k++) { c.add('aspirin', c.day(k), 1); c.add('atorva', c.day(k), 1); }
  for (let k = 1; k < Math.min(los, 8); k++) { c.add('pge1', c.day(k), 1); c.add('saline', c.day(k), 1); c.add('ivFirst', c.day(k)); c.add('infusionSet', c.day(k)); }
  c.add('usLeg', c.day(los - 1)); c.add('coag', c.day(pd + 1 < los ? pd + 1 : pd));
  return c;
}
const VV_DX = () => [pick(['I83.903', 'I83.900x004', 'I83.101', 'I83.100']), ...(rnd() < 0.3 ? ['I87.201'] : [])];
function varicose(h, m, admit, o = {}) {
  const los = o.los || ri(3, 5); const d = add(admit, 1);
  const procs = o.procs || (o.bilateral ? [['38.5901', d], ['38.5901', d]] : [['38.5901', d]]);
  const c = new Claim({ h, m, dept: 'vascular_surgery', admit, los, dx: o.dx || VV_DX(), procs, route: 'outpatient', doc: o.doc });
  c.stayBase({ preop: true }); if (!o.noUS) c.add('usLeg', c.day(0));
  c.lines = {};
  c.lines.svc = c.add('stripping', d);
  c.add('spinal', d); c.add('spinalKit', d); c.add('drape', d); c.add('suture', d, o.bilateral ? 4 : 2); c.add('bandage', d, o.bilateral ? 4 : 3);
  c.add('cefurox', d, 2); c.add('saline', d, 2); c.add('ivFirst', d); c.add('infusionSet', d);
  for (let k = 2; k < los; k++) c.add('dressM', c.day(k));
  if (o.ulcer) for (let k = 0; k < los; k++) { c.add('dressPack', c.day(k)); c.add('gauze', c.day(k), 2); }
  return c;
}
const AVF_DX = () => [pick(['T82.800x004', 'T82.800x001']), 'N18.500', 'Z99.200', ...(rnd() < 0.5 ? ['I10.x00x002'] : [])];
function avfPta(h, m, admit, o = {}) {
  const los = o.los || ri(2, 4); const d = add(admit, 1);
  const c = new Claim({ h, m, dept: o.dept || pick(['nephrology', 'vascular_surgery']), admit, los, dx: AVF_DX(), procs: [['39.5000x032', d]], route: 'outpatient', doc: o.doc });
  c.stayBase();
  c.lines = {};
  c.lines.svc = c.add('pta', d); c.lines.sheath = c.add('sheath', d); c.lines.wire = c.add('wire', d); c.lines.balloon = c.add('balloon', d, 1);
  c.add('lido', d, 2); c.add('lmwh', d, 1);
  const hdDay = c.day(los > 2 ? 2 : 0); c.add('hd', hdDay); c.add('dialyser', hdDay); c.add('bloodline', hdDay);
  return c;
}
function dvt(h, m, admit, o = {}) { // CDT +/- IVC filter
  const los = o.los || ri(7, 10); const d = add(admit, 1);
  const procs = o.medical ? [] : [...(o.filter !== false ? [['38.7x04', d]] : []), ['99.1003', d], ['88.6600x002', d], ...(o.extraProcs || [])];
  const c = new Claim({ h, m, dept: o.dept || pick(['vascular_surgery', 'interventional']), admit, los, dx: o.dx || ['I80.201', ...(rnd() < 0.3 ? ['I10.x00x002'] : [])], procs, route: o.route || 'emergency', doc: o.doc });
  c.stayBase({ icuDays: o.icuDays }); c.add('ddimer', c.day(0)); c.add('usLeg', c.day(0));
  c.lines = {};
  if (o.filter !== false && !o.medical) { c.lines.svc = c.add('ivcSvc', d); c.lines.filter = c.add('filter', d); }
  if (!o.medical) { c.lines.sheath = c.add('sheath', d); c.lines.wire = c.add('wire', d, o.wires || 1); c.lines.cath = c.add('cath', d); c.add('lido', d, 2); }
  const ukDays = o.medical ? 0 : (o.ukDays || ri(3, 4));
  for (let k = 1; k < Math.min(los, 1 + ukDays); k++) { c.add('uk', c.day(k), 2); c.add('saline', c.day(k), 2); c.add('ivFirst', c.day(k)); c.add('infusionSet', c.day(k)); c.add('coag', c.day(k)); }
  for (let k = 0; k < Math.min(los, 12); k++) c.add('lmwh', c.day(k), 2);
  c.add('riva', c.day(los - 1), 14); c.add('usLeg', c.day(los - 1)); c.add('ddimer', c.day(los - 1));
  if (o.icuDays) for (let k = 0; k < o.icuDays; k++) { c.add('ecgMon', c.day(k), 24); c.add('spo2', c.day(k), 24); c.add('electrode', c.day(k), 5); }
  return c;
}
const CHEMO = [ // principal Z51.1 + the cancer; drug keys
  { dx: ['Z51.100', 'C50.400'], drugs: [['pacli', 2]] }, { dx: ['Z51.100', 'C34.101'], drugs: [['gem', 2], ['cisplatin', 3]] },
  { dx: ['Z51.100', 'C18.700'], drugs: [['oxali', 2]] }, { dx: ['Z51.100', 'C16.900'], drugs: [['oxali', 2]] },
];
function chemoStay(h, m, admit, o = {}) { // a chemotherapy cycle; device: 'picc' | 'port' | null
  const reg = o.reg || pick(CHEMO); const los = o.los || ri(3, 5);
  const procs = []; if (o.device === 'picc') procs.push(['38.9301', admit]); if (o.device === 'port') procs.push(['86.0701', admit]);
  if (o.extraProcs) procs.push(...o.extraProcs);
  procs.push(['99.2503', add(admit, 1)]);
  const c = new Claim({ h, m, dept: 'oncology', admit, los, dx: reg.dx, procs, route: 'outpatient', doc: o.doc });
  c.stayBase(); c.add('cea', c.day(0));
  c.lines = {};
  if (o.device === 'picc') { c.lines.svc = c.add('piccSvc', c.day(0)); c.lines.dev = c.add('picc', c.day(0)); c.add('film', c.day(0)); c.add('cxr', c.day(0)); }
  if (o.device === 'port') { c.lines.svc = c.add('portSvc', c.day(0)); c.lines.dev = c.add('port', c.day(0)); c.add('local', c.day(0)); c.add('lido', c.day(0), 2); c.add('suture', c.day(0), 1); c.add('cxr', c.day(0)); }
  const d = c.day(1);
  for (const [k, q] of reg.drugs) c.add(k, d, q);
  c.add('chemoPrep', d, reg.drugs.length); c.add('ondan', d, 2); c.add('dexa', d, 2); c.add('saline', d, 3); c.add('glucoseInj', d, 1); c.add('ivFirst', d); c.add('ivMore', d, 2); c.add('infusionSet', d, 2);
  if (o.device === null || o.device === undefined) c.add('cannula', c.day(0));
  c.add('cbc', c.day(los - 1));
  return c;
}
function outVisit(h, m, date, dept, dx, o = {}) {
  const doc = o.doc || doctor(h, dept);
  const c = new Claim({ h, m, dept, visitType: o.visitType || 'outpatient', visit: date, dx, doc });
  if (!o.noConsult) c.add(doc.title === '主任医师' ? 'consultChief' : doc.title === '副主任医师' ? 'consultAssoc' : 'consultGen', date);
  return c;
}
function dialysisVisit(h, m, date, o = {}) {
  const c = new Claim({ h, m, dept: 'nephrology', visitType: 'chronic', visit: date, dx: ['N18.500', 'Z99.200', ...(o.dx || [])], doc: o.doc });
  c.add('hd', date); c.add('dialyser', date); c.add('bloodline', date);
  if (o.epo) c.add('epo', date, 1);
  return c;
}
function piccCare(h, m, date, dx, o = {}) {
  const c = new Claim({ h, m, dept: 'oncology', visitType: 'outpatient', visit: date, dx: [dx, 'Z45.200'], doc: o.doc });
  c.add('piccCare', date); c.add('film', date); c.add('dressPack', date);
  return c;
}
function portCare(h, m, date, dx, o = {}) {
  const c = new Claim({ h, m, dept: 'oncology', visitType: 'outpatient', visit: date, dx: [dx, 'Z45.200'], doc: o.doc });
  c.add('portCare', date); c.add('syringe', date, 2); c.add('saline', date, 1);
  return c;
}
function emboStay(h, m, admit, o = {}) { // emergency embolisation for upper-GI bleeding (no embolisation fee row: see TYPOLOGIES.md)
  const los = o.los || ri(6, 9); const d = admit;
  const bleed = o.kind || pick(['gi', 'bae']);
  const dx = bleed === 'gi' ? ['K25.400x001', 'D62.x00', 'K92.208'] : ['J47.x01', 'R04.200'];
  const procs = bleed === 'gi' ? [['38.9302', d], ['44.4400x005', d], ['88.4700x002', d]] : [['38.9302', d], ['39.7902', d], ['88.4403', d]];
  if (o.extraProcs) procs.push(...o.extraProcs);
  const c = new Claim({ h, m, dept: bleed === 'gi' ? 'gastroenterology' : 'respiratory', admit, los, dx, procs, route: 'emergency', doc: o.doc });
  c.stayBase({ icuDays: 2 });
  c.add('er', d); c.add('crossmatch', d, 2); c.add('abo', d); c.add('rbc', d, bleed === 'gi' ? 4 : 2); c.add('transfuse', d, 2); c.add('bloodSet', d, 2);
  c.lines = {};
  c.lines.cvc = c.add('cvc', d); c.add('cath', d, 1); c.lines.sheath = c.add('sheath', d); c.lines.wire = c.add('wire', d, 2); c.lines.gel = c.add('gelfoam', d, 2); c.add('lido', d, 2);
  for (let k = 0; k < 2; k++) { c.add('ecgMon', c.day(k), 24); c.add('spo2', c.day(k), 24); c.add('electrode', c.day(k), 5); c.add('cbc', c.day(k)); }
  for (let k = 0; k < Math.min(los, 7); k++) { c.add(bleed === 'gi' ? 'panto' : 'tranex', c.day(k), 2); c.add('saline', c.day(k), 2); c.add('ivFirst', c.day(k)); c.add('ivMore', c.day(k), 1); c.add('infusionSet', c.day(k)); }
  return c;
}

// ---------- cases ----------
const LABELS = [];
let caseSeq = 0;
const hospPick = (minLevel = 2) => pick(HOSP.filter(h => h.level >= minLevel));
const H3 = () => pick(HOSP.filter(h => h.level === 3));
const sameProv = (h, level) => pick(HOSP.filter(x => province(x.region) === province(h.region) && x.id !== h.id && (!level || x.level === level))) || pick(HOSP.filter(x => x.id !== h.id));
const start = () => dayN(ri(10, 220));

function addCase(kind, code, name, fn) {
  const before = CLAIMS.length;
  const r = fn() || {};
  const created = CLAIMS.slice(before);
  const claimIds = created.map(c => c.c.claimId);
  const targets = kind === 'fraud' ? (r.targets || created).map(c => c.c.claimId) : claimIds;
  const mutatedLines = {};
  if (kind === 'fraud' && r.mut) for (const [cl, lines] of r.mut) (mutatedLines[cl.c.claimId] = mutatedLines[cl.c.claimId] || []).push(...lines);
  caseSeq++;
  const l = { caseId: `b84-${String(caseSeq).padStart(4, '0')}`, kind, code, name, claimIds, targets, mutatedLines };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  LABELS.push(l);
}

const TYP = {
  T01: ['导丝/鞘/导管超量计费（一次造影或TACE计5根导丝）', (i) => {
    const h = hospPick(); const m = member(); const careful = i % 3 === 0;
    const c = rnd() < 0.5 ? tace(h, m, start(), { wires: careful ? 3 : ri(4, 6) }) : pad(h, m, start(), { wires: careful ? 3 : ri(4, 6), stent: rnd() < 0.5 });
    const lines = [c.lines.wire];
    if (careful) { const pdDate = c.c.procedures[0].date; lines.push(c.add('wire', add(pdDate, 1), 2)); lines.push(c.add('sheath', add(pdDate, 1), 1)); }
    else if (rnd() < 0.5) { const it = c.items.find(x => x.lineId === c.lines.sheath); it.quantity = 2; it.amountFen = it.unitFen * 2; lines.push(c.lines.sheath); }
    return { targets: [c], mut: [[c, lines]] };
  }],
  T02: ['外周支架虚记（仅行球囊成形却计支架）', (i) => {
    const h = hospPick(); const m = member(); const careful = i % 3 === 0;
    const c = Math.floor(i / 5) === 1 ? avfPta(h, m, start()) : pad(h, m, start(), { stent: false });
    const d = c.c.procedures[0].date; const lines = [c.add('pStent', d, 1)];
    if (careful) { const it = c.items.find(x => x.lineId === c.lines.svc); const r = ROWS[S.stentSvc]; it.code = r.code; it.name = r.name; it.unitFen = Math.round(r.priceCap[String(c.level)] * 100); it.amountFen = it.unitFen; lines.push(c.lines.svc); }
    return { targets: [c], mut: [[c, lines]] };
  }],
  T03: ['集采耗材按集采前价格计费（单价高于集采中选价）', (i) => {
    const h = hospPick(); const m = member(); const careful = i % 3 === 0;
    const v = i % 4; let c, line; // careful: i % 3
    if (v === 0) { c = pad(h, m, start(), { stent: true }); line = c.lines.stent; }
    else if (v === 1) { c = pad(h, m, start(), { stent: rnd() < 0.5 }); line = c.lines.balloon; }
    else if (v === 2) { c = chemoStay(h, m, start(), { device: 'port' }); line = c.lines.dev; }
    else { c = tace(h, m, start()); line = c.lines.wire; }
    const it = c.items.find(x => x.lineId === line); const f = careful ? 1 + ri(3, 6) / 100 : 1 + ri(20, 60) / 100;
    it.unitFen = Math.round(it.unitFen * f / 100) * 100; it.amountFen = it.unitFen * it.quantity;
    return { targets: [c], mut: [[c, [line]]] };
  }],
  T04: ['分解收费：支架置入术另计经皮血管腔内成形术(PTA)', (i) => {
    const h = hospPick(); const m = member(); const careful = i % 3 === 0;
    const c = pad(h, m, start(), { stent: true });
    const d = c.c.procedures[0].date; const line = c.add('pta', careful ? add(d, 1) : d);
    return { targets: [c], mut: [[c, [line]]] };
  }],
  T05: ['分解收费：PICC/输液港置入另计深静脉穿刺置管、局麻', (i) => {
    const h = hospPick(); const m = member(); const careful = i % 3 === 0; const v = Math.floor(i / 5);
    let c;
    if (v === 2) { c = outVisit(h, m, start(), 'oncology', ['Z45.200', pick(['C50.400', 'C34.101', 'C18.700'])]); c.c.procedures = [{ code: '38.9301', date: c.c.visitDate }]; c.lines = { svc: c.add('piccSvc', c.c.visitDate), dev: c.add('picc', c.c.visitDate) }; c.add('film', c.c.visitDate); c.add('cxr', c.c.visitDate); }
    else c = chemoStay(h, m, start(), { device: v === 0 ? 'port' : 'picc' });
    const d = c.visitType === 'inpatient' ? c.day(0) : c.c.visitDate; const lines = [c.add('cvc', d)];
    if (!careful && v !== 0) lines.push(c.add('local', d));
    return { targets: [c], mut: [[c, lines]] };
  }],
  T06: ['重复收费：同一介入手术次日再计一次', (i) => {
    const h = hospPick(); const m = member(); const careful = i % 3 === 0; const v = Math.floor(i / 5);
    const c = v === 0 ? tace(h, m, start()) : v === 1 ? pad(h, m, start(), { stent: false }) : avfPta(h, m, start(), { los: 3 });
    const it = c.items.find(x => x.lineId === c.lines.svc); const d = c.c.procedures[0].date;
    const code = Object.keys(S).find(k => S[k] && ROWS[S[k]] && ROWS[S[k]].code === it.code);
    const lines = [c.add(code, careful ? add(d, 1) : d)];
    if (!careful) lines.push(c.add('sheath', d));
    return { targets: [c], mut: [[c, lines]] };
  }],
  T07: ['过度诊疗：TACE无指征短间隔重复（2–3周一次）', (i) => {
    const h = pick(HOSP.filter(x => x.level >= 2)); const m = member(); const careful = i % 3 === 0; const doc = doctor(h, 'interventional');
    let d = dayN(ri(10, 200)); const out = [];
    const first = tace(h, m, d, { doc, dept: 'interventional' }); out.push(first); d = first.c.dischargeDate;
    for (let k = 0; k < 3; k++) { d = add(d, careful ? ri(16, 22) : ri(8, 14)); const c = tace(h, m, d, { doc, dept: 'interventional', noCT: k > 0 }); out.push(c); d = c.c.dischargeDate; }
    return { targets: out.slice(1) };
  }],
  T08: ['过度诊疗：透析通路无指征频繁球囊扩张（3–5周一次）', (i) => {
    const h = hospPick(); const m = member({ chronic: ['N18'] }); const careful = i % 3 === 0; const doc = doctor(h, 'nephrology');
    let d = dayN(ri(10, 150)); const pts = [];
    for (let k = 0; k < 4; k++) { const c = avfPta(h, m, d, { doc, dept: 'nephrology' }); pts.push(c);
      const next = careful ? ri(35, 45) : ri(21, 32);
      for (let j = 1; j <= 3; j++) dialysisVisit(h, m, add(c.c.dischargeDate, j * Math.floor(next / 4)));
      d = add(c.c.dischargeDate, next); }
    return { targets: pts.slice(1) };
  }],
  T09: ['分解住院：造影/单侧手术出院后短期再入院完成同一治疗', (i) => {
    const h = hospPick(); const m = member(); const careful = i % 3 === 0; const v = Math.floor(i / 5); const gap = careful ? ri(16, 19) : ri(2, 7);
    let a, b;
    if (v === 0 || v === 1) { // diagnostic angiography stay, then the intervention
      const dx = PAD_DX(); const d1 = start(); const doc = doctor(h, 'vascular_surgery');
      a = new Claim({ h, m, dept: 'vascular_surgery', admit: d1, los: 3, dx, procs: [['88.4800x005', add(d1, 1)]], route: 'outpatient', doc });
      a.stayBase(); a.add('usLeg', a.day(0)); a.add('sheath', a.day(1)); a.add('wire', a.day(1)); a.add('cath', a.day(1)); a.add('lido', a.day(1), 2); a.add('aspirin', a.day(1), 2); a.add('atorva', a.day(1), 2);
      b = pad(h, m, add(a.c.dischargeDate, gap), { dx, doc, pday: 1, los: ri(4, 6) });
    } else { // one leg, then the other
      const dx = [pick(['I83.903', 'I83.101'])]; const doc = doctor(h, 'vascular_surgery');
      a = varicose(h, m, start(), { dx, doc }); b = varicose(h, m, add(a.c.dischargeDate, gap), { dx, doc });
    }
    return { targets: [a, b] };
  }],
  T10: ['低标准入院：PICC/输液港维护、透析等门诊可完成项目收住院', (i) => {
    const h = hospPick(); const m = member(); const careful = i % 3 === 0; const v = Math.floor(i / 5); const d = start(); const los = ri(2, 4);
    let c;
    if (v < 2) {
      const ca = pick(['C50.400', 'C34.101', 'C18.700']);
      c = new Claim({ h, m, dept: 'oncology', admit: d, los, dx: ['Z45.200', ca], procs: [], route: 'outpatient' });
      for (let k = 0; k < los; k++) { c.add('bed', c.day(k)); c.add('nurse2', c.day(k)); c.add('ward', c.day(k)); }
      c.add(v === 0 ? 'piccCare' : 'portCare', c.day(0)); c.add(v === 0 ? 'film' : 'syringe', c.day(0)); c.add('cbc', c.day(0));
      if (careful) { c.add('liver', c.day(0)); c.add('renal', c.day(0)); c.add('cea', c.day(0)); c.add('cxr', c.day(0)); c.add('saline', c.day(1), 1); c.add('ivFirst', c.day(1)); c.add('infusionSet', c.day(1)); }
    } else {
      const mm = m; mm.chronic = ['N18'];
      c = new Claim({ h, m: mm, dept: 'nephrology', admit: d, los, dx: ['N18.500', 'Z99.200'], procs: [['39.9500', c0(d)]], route: 'outpatient' });
      for (let k = 0; k < los; k++) { c.add('bed', c.day(k)); c.add('nurse2', c.day(k)); c.add('ward', c.day(k)); }
      c.add('hd', c.day(0)); c.add('dialyser', c.day(0)); c.add('bloodline', c.day(0)); c.add('cbc', c.day(0));
      if (careful) { c.add('renal', c.day(0)); c.add('lytes', c.day(0)); c.add('ecg', c.day(0)); c.add('calcitriol', c.day(1), 2); }
    }
    return { targets: [c] };
  }],
  T11: ['美容性静脉治疗（毛细血管扩张/网状静脉硬化）按大隐静脉手术结算', (i) => {
    const h = hospPick(); const m = member({ gender: 'F', age: ri(24, 42), insuranceType: pick(['employee', 'resident']) }); const careful = i % 3 === 0;
    const d = start();
    const c = varicose(h, m, d, { dx: careful ? ['I83.900x004'] : [pick(['I78.803', 'I78.102'])], procs: [['39.9200', add(d, 1)]], noUS: true, los: 2 });
    return { targets: [c], mut: [[c, [c.lines.svc]]] };
  }],
  T12: ['串换：PICC置管按输液港（器械及植入术）计费', (i) => {
    const h = hospPick(); const m = member(); const careful = i % 3 === 0;
    const reg = pick(CHEMO); const d = start();
    const c = chemoStay(h, m, d, { device: 'port', reg });
    if (!careful) c.c.procedures[0].code = '38.9301';
    const out = [c];
    if (careful) for (let k = 1; k <= 3; k++) piccCare(h, m, add(c.c.dischargeDate, 7 * k), reg.dx[1]);
    return { targets: [c], mut: [[c, [c.lines.svc, c.lines.dev]]] };
  }],
  T13: ['冒名就医：住院期间另一医院同时住院介入治疗', (i) => {
    const m = member(); const careful = i % 3 === 0; const hA = hospPick();
    const a = rnd() < 0.5 ? tace(hA, m, start(), { los: 7 }) : pad(hA, m, start(), { los: 7 });
    const hB = careful ? sameProv(hA) : pick(HOSP.filter(x => x.id !== hA.id));
    const off = careful ? 5 : ri(1, 3);
    const b = rnd() < 0.5 ? varicose(hB, m, add(a.admit, off), { los: 3 }) : pad(hB, m, add(a.admit, off), { los: 4, stent: false, pday: 1 });
    return { targets: [b] };
  }],
  T14: ['超量开药：介入术后抗凝药多院重复开具（倒卖嫌疑）', (i) => {
    const m = member(); const careful = i % 3 === 0; const h0 = hospPick();
    const d0 = start(); const base = dvt(h0, m, d0, { filter: rnd() < 0.5 });
    const hs = HOSP.filter(x => x.id !== h0.id); const out = []; const mut = [];
    let d = add(base.c.dischargeDate, ri(3, 8));
    const n = careful ? 4 : 3;
    for (let k = 0; k < n; k++) {
      const h = k === 0 ? h0 : pick(hs);
      const c = outVisit(h, m, d, 'vascular_surgery', ['I80.201', 'Z92.100']);
      const q = careful ? 30 : pick([60, 90]);
      const l = c.add('riva', d, q); if (k > 0) { out.push(c); mut.push([c, [l]]); }
      if (rnd() < 0.5) c.add('coag', d);
      d = add(d, careful ? ri(6, 10) : ri(8, 14));
    }
    return { targets: out, mut };
  }],
  T15: ['虚记门诊透析：住院期间同日另计门诊慢特病透析', (i) => {
    const m = member({ chronic: ['N18'] }); const careful = i % 3 === 0; const hA = hospPick();
    const hB = careful ? hA : sameProv(hA);
    const d0 = start();
    for (let k = 0; k < 3; k++) dialysisVisit(hB, m, add(d0, -2 * (3 - k) - 1));
    const a = rnd() < 0.5 ? avfPta(hA, m, d0, { los: 5 }) : tace(hA, m, d0, { los: 6 });
    const out = [];
    out.push(dialysisVisit(hB, m, add(d0, careful ? 3 : 2)));
    if (!careful) out.push(dialysisVisit(hB, m, add(d0, 4)));
    dialysisVisit(hB, m, add(a.c.dischargeDate, 1));
    return { targets: out };
  }],
};
function c0(d) { return add(d, 0); }

const CTL = {
  C01: ['复杂多血管下肢介入：多根导丝、多球囊、双支架（合理）', () => {
    const h = H3(); const m = member(); const d = start(); const pd = add(d, 2);
    pad(h, m, d, { procs: [['39.9004', pd], ['00.6000x001', pd], ['88.4800x005', pd], ['88.4904', pd]], wires: 3, sheaths: 2, caths: 2, balloons: 3, stents: 2, los: 8 });
  }],
  C02: ['肝癌TACE按计划疗程每4–8周重复', () => {
    const h = hospPick(); const m = member(); let d = dayN(ri(10, 120)); const doc = doctor(h, 'interventional');
    for (let k = 0; k < 3; k++) { const c = tace(h, m, d, { doc, dept: 'interventional' }); d = add(c.c.dischargeDate, ri(28, 56)); }
  }],
  C03: ['透析通路狭窄每3–4个月球囊扩张', () => {
    const h = hospPick(); const m = member({ chronic: ['N18'] }); let d = dayN(ri(10, 40)); const doc = doctor(h, 'nephrology');
    for (let k = 0; k < 3; k++) { const c = avfPta(h, m, d, { doc, dept: 'nephrology' }); for (let j = 1; j <= 3; j++) dialysisVisit(h, m, add(c.c.dischargeDate, j * 20)); d = add(c.c.dischargeDate, ri(90, 110)); }
  }],
  C04: ['双侧大隐静脉曲张同次手术', () => { const h = hospPick(); const m = member(); varicose(h, m, start(), { bilateral: true, dx: ['I83.903', 'I83.101'], los: 5 }); }],
  C05: ['对侧下肢静脉曲张分期手术（间隔8–12周）', () => {
    const h = hospPick(); const m = member(); const doc = doctor(h, 'vascular_surgery'); const dx = ['I83.903'];
    const a = varicose(h, m, dayN(ri(10, 200)), { doc, dx }); varicose(h, m, add(a.c.dischargeDate, ri(56, 84)), { doc, dx });
  }],
  C06: ['输液港植入、定期维护、疗程结束后取出', () => {
    const h = hospPick(); const m = member(); const reg = pick(CHEMO); let d = dayN(ri(10, 80));
    const a = chemoStay(h, m, d, { device: 'port', reg }); d = a.c.dischargeDate;
    for (let k = 0; k < 2; k++) { d = add(d, 20); chemoStay(h, m, d, { reg, device: null }); d = add(d, 4); }
    for (let k = 0; k < 3; k++) { d = add(d, 28); portCare(h, m, d, reg.dx[1]); }
    const r = add(d, ri(30, 60)); const c = new Claim({ h, m, dept: 'oncology', admit: r, los: 1, dx: ['Z45.202', reg.dx[1]], procs: [['86.0500x008', r]], route: 'outpatient' });
    c.stayBase(); c.add('local', r); c.add('lido', r, 2); c.add('suture', r, 2); c.add('drape', r); c.add('dressPack', r);
  }],
  C07: ['PICC置管后每周门诊维护', () => {
    const h = hospPick(); const m = member(); const reg = pick(CHEMO); const a = chemoStay(h, m, dayN(ri(10, 250)), { device: 'picc', reg });
    for (let k = 1; k <= 4; k++) piccCare(h, m, add(a.c.dischargeDate, 7 * k), reg.dx[1]);
  }],
  C08: ['急诊出血栓塞与深静脉置管、输血同日进行', () => { const h = H3(); const m = member(); emboStay(h, m, start()); }],
  C09: ['下腔静脉滤器置入后3–5周回收', () => {
    const h = hospPick(); const m = member(); const a = dvt(h, m, start()); const r = add(a.c.dischargeDate, ri(21, 35));
    const c = new Claim({ h, m, dept: a.c.provider.department, admit: r, los: 2, dx: ['Z45.201', 'I80.201'], procs: [['39.4902', add(r, 1)], ['88.5102', add(r, 1)]], route: 'outpatient' });
    c.stayBase(); c.add('usLeg', r); c.add('sheath', add(r, 1)); c.add('wire', add(r, 1)); c.add('cath', add(r, 1)); c.add('lido', add(r, 1), 2); c.add('riva', add(r, 1), 28);
  }],
  C10: ['置管溶栓多日尿激酶并复查静脉造影', () => {
    const h = hospPick(); const m = member(); const d = start();
    dvt(h, m, d, { filter: rnd() < 0.5, ukDays: 4, los: 9, extraProcs: [['88.6600x002', add(d, 4)]] });
  }],
  C11: ['同次住院支架置入与另日对侧PTA（两次手术）', () => {
    const h = H3(); const m = member(); const d = start();
    const c = pad(h, m, d, { procs: [['00.6000x001', add(d, 2)], ['88.4800x005', add(d, 2)], ['39.5000x031', add(d, 5)]], los: 8 });
    const d5 = add(d, 5); c.add('pta', d5); c.add('sheath', d5); c.add('wire', d5); c.add('balloon', d5); c.add('lido', d5, 2);
  }],
  C12: ['ICU深静脉置管后择期PICC（不同日、不同操作）', () => {
    const h = H3(); const m = member(); const d = start();
    const c = emboStay(h, m, d, { kind: 'gi', los: 12, extraProcs: [['38.9301', add(d, 8)]] });
    c.add('piccSvc', add(d, 8)); c.add('picc', add(d, 8)); c.add('film', add(d, 8)); c.add('cxr', add(d, 8));
  }],
  C13: ['透析患者TACE住院期间院内透析（计入住院单）', () => {
    const h = hospPick(); const m = member({ chronic: ['N18'] }); const d = start();
    for (let k = 0; k < 2; k++) dialysisVisit(h, m, add(d, -2 * (2 - k) - 1));
    const c = tace(h, m, d, { dx: ['C22.000', 'K74.600', 'N18.500', 'Z99.200'], los: 6 });
    dialysisVisit(h, m, add(c.c.dischargeDate, 1)); dialysisVisit(h, m, add(c.c.dischargeDate, 3));
  }],
  C14: ['规律透析每周3次、高钾血症加透一次', () => {
    const h = hospPick(); const m = member({ chronic: ['N18'] }); let d = start();
    for (let w = 0; w < 2; w++) for (const o of [0, 2, 4]) dialysisVisit(h, m, add(d, 7 * w + o), { epo: o === 0 });
    dialysisVisit(h, m, add(d, 15), { dx: ['E87.500'] });
  }],
  C15: ['TACE后同日转院（出院即入院，不重叠）', () => {
    const m = member(); const hA = hospPick(); const a = tace(hA, m, start(), { los: 6 });
    a.c.dischargeMode = 'transfer';
    const hB = sameProv(hA);
    const b = new Claim({ h: hB, m, dept: 'gastroenterology', admit: a.c.dischargeDate, los: ri(5, 8), dx: ['K92.208', 'C22.000', 'K74.600', 'K76.600'], procs: [], route: 'transfer', transferFrom: hA.id });
    b.stayBase(); for (let k = 0; k < b.los; k++) { if (k < 7) b.add('panto', b.day(k), 2); b.add('saline', b.day(k), 2); b.add('ivFirst', b.day(k)); b.add('infusionSet', b.day(k)); if (k < 3) b.add('cbc', b.day(k)); }
    b.add('rbc', b.day(0), 2); b.add('crossmatch', b.day(0)); b.add('transfuse', b.day(0)); b.add('bloodSet', b.day(0));
  }],
  C16: ['DVT后利伐沙班同一医院每4周规律续方', () => {
    const m = member(); const h = hospPick(); const a = dvt(h, m, start(), { filter: false }); let d = add(a.c.dischargeDate, 12);
    const doc = doctor(h, 'vascular_surgery');
    for (let k = 0; k < 4; k++) { const c = outVisit(h, m, d, 'vascular_surgery', ['I80.201', 'Z92.100'], { doc }); c.add('riva', d, 28); if (k % 2 === 0) c.add('ddimer', d); d = add(d, 28); }
  }],
  C17: ['高龄下肢静脉曲张伴溃疡手术并换药', () => { const h = hospPick(); const m = member({ age: ri(68, 82) }); varicose(h, m, start(), { dx: [pick(['I83.000', 'I83.001']), 'I83.101'], ulcer: true, los: ri(7, 10) }); }],
  C18: ['年轻女性症状性静脉曲张伴静脉炎（彩超证实）', () => { const h = hospPick(); const m = member({ gender: 'F', age: ri(28, 42) }); varicose(h, m, start(), { dx: ['I83.101', 'I87.201'] }); }],
  C19: ['高值耗材按集采价上限计费（价格合规）', () => {
    const h = hospPick(); const m = member(); rnd() < 0.5 ? pad(h, m, start(), { stent: true, balloons: 2, wires: 2 }) : tace(h, m, start(), { wires: 2, gel: 2 });
  }],
  C20: ['股腘长段病变双支架（预扩张已含于支架术）', () => {
    const h = H3(); const m = member(); const d = start(); const pd = add(d, 2);
    pad(h, m, d, { procs: [['00.6000x001', pd], ['00.6000x001', pd], ['88.4800x005', pd]], stents: 2, balloons: 2, wires: 2 });
  }],
  C21: ['新建内瘘成熟不良6周后首次球囊扩张', () => {
    const h = hospPick(); const m = member({ chronic: ['N18'] }); const d = start(); const doc = doctor(h, 'vascular_surgery');
    const a = new Claim({ h, m, dept: 'vascular_surgery', admit: d, los: 4, dx: ['N18.500', 'I10.x00x002'], procs: [['39.2700x001', add(d, 1)]], route: 'outpatient', doc });
    a.stayBase({ preop: true }); a.add('local', add(d, 1)); a.add('lido', add(d, 1), 2); a.add('suture', add(d, 1), 2); a.add('drape', add(d, 1)); a.add('lmwh', add(d, 1), 1); a.add('dressS', add(d, 2)); a.add('dressS', add(d, 3));
    a.add('hd', add(d, 2)); a.add('dialyser', add(d, 2)); a.add('bloodline', add(d, 2));
    for (let j = 1; j <= 4; j++) dialysisVisit(h, m, add(a.c.dischargeDate, j * 9));
    avfPta(h, m, add(a.c.dischargeDate, ri(40, 50)), { doc });
  }],
  C22: ['DVT合并肺栓塞：滤器+置管溶栓+监护', () => {
    const h = H3(); const m = member(); dvt(h, m, start(), { dx: ['I80.201', 'I26.900x001'], icuDays: 2, ukDays: 5, los: 10, wires: 2 });
  }],
  C23: ['同次住院冠脉造影与下肢PTA（两类导丝）', () => {
    const h = H3(); const m = member(); const d = start();
    const c = pad(h, m, d, { dx: ['I70.203', 'I25.100', 'I10.x00x002'], stent: false, procs: [['39.5000x031', add(d, 2)], ['88.4800x005', add(d, 2)], ['88.5500', add(d, 4)]], los: 7, dept: 'cardiology' });
    const d4 = add(d, 4); c.add('coroAngio', d4); c.add('coroWire', d4, 1); c.add('cath', d4, 2); c.add('sheath', d4, 1);
  }],
  C24: ['化疗延长：拔除PICC改植入输液港', () => {
    const h = hospPick(); const m = member(); const reg = pick(CHEMO); const a = chemoStay(h, m, dayN(ri(10, 200)), { device: 'picc', reg });
    piccCare(h, m, add(a.c.dischargeDate, 7), reg.dx[1]);
    chemoStay(h, m, add(a.c.dischargeDate, 14), { device: 'port', reg, extraProcs: [['97.8905', add(a.c.dischargeDate, 14)]] });
  }],
};

const ROUTINE = [
  [20, () => tace(hospPick(), member(), start())],
  [15, () => pad(hospPick(), member(), start(), { stent: rnd() < 0.6 })],
  [15, () => varicose(hospPick(), member(), start())],
  [20, () => dialysisVisit(hospPick(), member({ chronic: ['N18'] }), start(), { epo: rnd() < 0.4 })],
  [10, () => { const h = hospPick(); piccCare(h, member(), start(), pick(['C50.400', 'C34.101', 'C18.700'])); }],
  [10, () => { const h = hospPick(); const m = member(); const d = start(); const c = outVisit(h, m, d, 'vascular_surgery', PAD_DX()); c.add('usLeg', d); c.add('aspirin', d, 30); c.add('atorva', d, 30); }],
  [10, () => dvt(hospPick(), member(), start(), { medical: true, route: 'outpatient', los: ri(6, 8) })],
];

// ---------- build ----------
// check the 88.5500 code used by C23
for (const [code, [name, fn]] of Object.entries(TYP)) for (let i = 0; i < 15; i++) addCase('fraud', code, name, () => fn(i));
for (const [code, [name, fn]] of Object.entries(CTL)) for (let i = 0; i < 15; i++) addCase('control', code, name, () => fn(i));
for (const [n, fn] of ROUTINE) for (let i = 0; i < n; i++) addCase('routine', 'R', '常规单次就诊', () => { fn(); });

// settlement order: by settlement date, then creation
CLAIMS.forEach((c, i) => { c.order = i; });
CLAIMS.sort((a, b) => (a.settle() < b.settle() ? -1 : a.settle() > b.settle() ? 1 : a.order - b.order));
// outpatient deductible / cap tracking must follow settlement order: compute fund in that order
for (const k in ytd) delete ytd[k];
const out = CLAIMS.map(c => c.finish());
// drop the day-0 key used as a reviewer hint
if (GROUPS) {
  const g = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const o = JSON.parse(line); g[o.claimId] = o; }
  for (const c of out) if (c.visitType === 'inpatient') { const o = g[c.claimId]; const drg = o && (o.drg || (o.grouping && o.grouping.drg) || (o.result && o.result.drg)); c.reportedGroup = { drg: drg || null, dip: (o && (o.dip || (o.grouping && o.grouping.dip))) || null }; }
}
// sanity: totals, prices
for (const c of out) {
  let t = 0; for (const it of c.items) { t += Math.round(it.amount * 100); if (Math.round(it.unitPrice * it.quantity * 100) !== Math.round(it.amount * 100)) throw new Error('line sum ' + c.claimId); }
  if (t !== Math.round(c.amounts.total * 100)) throw new Error('total ' + c.claimId);
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.map(c => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const cnt = (k) => LABELS.filter(l => l.kind === k).length;
console.error(`claims ${out.length}, cases fraud ${cnt('fraud')} control ${cnt('control')} routine ${cnt('routine')}`);
