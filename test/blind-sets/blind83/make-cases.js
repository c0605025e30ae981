#!/usr/bin/env node
// blind83: private specialty hospitals (民营专科医院). usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base82/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- rng ----------
let seed = 83083;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];

// ---------- catalogue rows ----------
const ROW = {};
for (const f of ['services', 'drugs', 'consumables', 'services-tcm', 'drugs-tcm-herbs', 'services-mental-health', 'drugs-mental-health', 'services-home-and-online', 'services-procedures', 'consumables-procedures', 'drugs-immunology-and-gout']) {
  const p = path.join(CAT, f + '.json'); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) ROW[r.code] = r;
}
const C = { // short names -> catalogue codes
  opd: '001102000010001', opdVice: '001102000020001', opdChief: '001102000030001', er: '001102000050001', ipConsult: '001103000010001', consultIn: '001104000010001', chronicConsult: '001109000010001',
  bed3: '001105000010001', bed2: '001105000020001', nurse1: '001201000020001', nurse2: '001201000030001', nurse3: '001201000040001',
  iv1: '001204000010001', ivAdd: '001204000020001', im: '001204000050001', dressS: '001205000010001', dressM: '001205000020001', cath: '001206000010001', neb: '001207000010001', o2: '001208000010001', ecgMon: '001209000010001',
  acu: '001215000010001', tuina: '001216000010001', rehabEval: '001217000010001', pt: '001218000010001', ot: '003402000010001', speech: '003402000020001',
  cbc: '002501010010001', urine: '002501020010001', stool: '002501030010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001', lipid: '002502040010001', glu: '002502050010001', hba1c: '002502050020001', coag: '002502060010001', ck: '002502070010001', crp: '002502080010001', dd: '002502100010001', preop8: '002502120010001', abo: '002502130010001', culture: '002502140010001', psa: '002502150010001', cea: '002502170010001', afp: '002502170020001', thyroid: '002502180010001', hcg: '002502190010001', path: '002502200010001',
  ecg: '003107010010001', holter: '003107010020001', cxr: '002202010010001', limbXr: '002202020010001', lspineXr: '002202030010001', abdUs: '002103010010001', echo: '002103010020001', carotidUs: '002103010030001', thyUs: '002103010050001', uroUs: '002103010060001', obUs: '002103010070001', gynUs: '002103010080001', headCT: '002301010010001', chestCT: '002301010020001', headMRI: '002401010010001', lspineMRI: '002401010020001', bmd: '002503010010001', fundus: '002503010050001', slit: '002503010060001', ascan: '002503010070001', colono: '002503010040001',
  ga: '003301010010001', spinal: '003301010020001', local: '003301010030001', hemorrhoid: '003302040010001', fistula: '003302040020001', seton: '003302040030001', fissure: '003302040040001', anoscope: '003302040050001', orif: '003303020010001', cataract: '003304010010001', turp: '003306010010001', eswl: '003306020020001', debride: '003309010010001', suture: '003309040010001', appy: '003302010020001',
  acuTcm: '004300000010001', eacu: '004300000160001', cupping: '004400000040001', moxa: '004400000010001', fumig: '004100000060001', iontoph: '004100009010001',
  // consumables
  ivSet: 'C14010150100001020350000001', syringe: 'C14010150300001156950000001', cannula: 'C14010150200001215730000001', cathKit: 'C14030150100001569850000001', foley: 'C14030150200001263900000001', drainBag: 'C14040150100001551930000001', vac: 'C14040150300001408220000001', gauze: 'C14020150100001506610000001', dressKit: 'C14020150200001397260000001', alginate: 'C14020150700001472160000001', bandage: 'C14020150400001537430000001',
  plate: 'C03010150400001786600000001', screw: 'C03010150500001199820000001', iol: 'C08010150100001152110000001', ovd: 'C08010150200001585740000001', suture3: 'C11010150200001895120000001', gown: 'C11010150600001900710000001', cautery: 'C11010150700001990950000001', anesKit: 'C11010150800001179070000001', hemostat: 'C14100150100001761320000001', o2tube: 'C14050150100001832230000001',
  // drugs
  cefuroximeIv: 'XJ01DCT505B002', ceftriaxone: 'XJ01DDT504B002', metroIv: 'XJ01XDJ501B002', levo: 'XJ01MAZ501A001', levoIv: 'XJ01MAZ501B002', cefixime: 'XJ01DDT503A001', amox: 'XJ01CAA501A001', azith: 'XJ01FAA503A001',
  ns: 'XB05BBL511B002', gs: 'XB05BAP505B002', gns: 'XB05BBP506B002', ringer: 'XB05BBF507B002', kcl: 'XB05XAL512B002', lido: 'XN01BBL509B002', ropi: 'XN01BBL510B002', propofol: 'XN01AXB503B002',
  ibuprofen: 'XM01AEB502A003', diclofenac: 'XM01ABS506A003', celecoxib: 'XM01AHS505A001', lactulose: 'XA06ADR502A004', omepr: 'XA02BCA515A001', smecta: 'XA07BCM505A006', bifid: 'XA07FAS503A001', tranex: 'XB02AAA519B002',
  amlod: 'XC08CAA512A001', nifed: 'XC08CAX503A003', valsartan: 'XC09CAX504A001', metformin: 'XA10BAE503A001', glimep: 'XA10BBG501A001', atorva: 'XC10AAA511A001', aspirin: 'XB01ACA509A001', clopi: 'XB01ACL502A001', metopr: 'XC07ABM503A001',
  tamsulosin: 'XG04CAT510A003', finasteride: 'XG04CBF505A001', cernilton: 'XG04CXP504A001', testosterone: 'XG03BAG504A001',
  progInj: 'XG03DAH502B002', dydro: 'XG03DBD509A001', estradiol: 'XG03CAC501A001',
  levoDrop: 'XS01AEZ501D001', tobraDex: 'XS01CAT513D001', hyalDrop: 'XS01XAB509D001',
  danshenInj: 'ZA12BAD505B002', xstInj: 'ZA12BAX511B002', ginkgoInj: 'XN06DXY505B002', danshenPill: 'ZA12BAF510A007', xstCap: 'ZA12BAX510A001', edaravone: 'XN07XXY507B002',
  zoledronic: 'XM05BAZ507B002', caD3: 'XA12AXT512A001', calcitriol: 'XA11CCG506A001', alendronate: 'XM05BAA520A001',
  gemcit: 'XL01BCJ505B002', oxali: 'XL01XAA523B002', capecit: 'XL01BCK502A001', ondans: 'XA04AAA524B002', dexa: 'XH02ABD515B002', tropisetronNone: null,
  lianhua: 'ZA01BAL514A001', ambroxol: 'XR05CBA522A001', amoxClav: 'XJ01CRA502A001', budesonideNeb: 'XR03BAB508C003', ipratropium: 'XR03BBY508C003', doxofylline: 'XR03DAD516B002', methylpred: 'XH02ABJ504B002',
  huangqi: 'T001700501', dangshen: 'T001700502', danggui: 'T001700503', baizhu: 'T001700504', gancao: 'T001700505', fuling: 'T001700501'.replace('1700501', '0600501'), chaihu: 'T000100501', danshenHerb: 'T001200501',
  diazepam: 'XN05BAD511A001', betahistine: 'XN07CAB504A001',
};
for (const [k, v] of Object.entries(C)) if (v && !ROW[v]) { console.error('missing catalogue row', k, v); process.exit(1); }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diffDays = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const randDate = (from = '2025-02-03', to = '2025-11-20') => addDays(from, ri(0, diffDays(from, to)));

// ---------- regions, hospitals, doctors ----------
const REGIONS = [
  { code: '510100', name: '成都', prov: '51' }, { code: '511300', name: '南充', prov: '51' }, { code: '220100', name: '长春', prov: '22' },
  { code: '230100', name: '哈尔滨', prov: '23' }, { code: '370100', name: '济南', prov: '37' }, { code: '371300', name: '临沂', prov: '37' },
];
const KINDS = { // kind: [level, depts, private]
  anorectal: [2, ['anorectal'], true], andro: [2, ['andrology', 'urology'], true], androClinic: [1, ['andrology'], true], eye: [2, ['ophthalmology'], true],
  bone: [2, ['orthopaedics', 'rehabilitation'], true], gyn: [2, ['gynaecology'], true], tcm: [2, ['tcm', 'internal', 'rehabilitation'], true], tcmTown: [1, ['tcm', 'internal'], true],
  rehab: [2, ['rehabilitation'], true], onco: [2, ['oncology'], true], public: [3, ['general_surgery', 'internal', 'urology', 'ophthalmology', 'orthopaedics', 'gynaecology', 'anorectal', 'oncology', 'emergency', 'obstetrics', 'respiratory'], false],
  county: [2, ['general_surgery', 'internal', 'orthopaedics', 'obstetrics', 'respiratory'], false], clinic: [1, ['general'], false], pharmacy: [1, ['pharmacy'], false],
};
const HOSP = {}; // region -> kind -> hospital
let hn = 0; const DOC_TITLE = {};
for (const r of REGIONS) {
  HOSP[r.code] = {};
  for (const [kind, [level, depts, priv]] of Object.entries(KINDS)) {
    hn++;
    const id = 'H' + r.code.slice(0, 4) + String(8000 + hn).padStart(4, '0');
    const h = { id, region: r.code, prov: r.prov, level, kind, priv, docs: {} };
    depts.forEach((dep, di) => {
      const titles = level === 1 ? ['主治医师', '医师', '主治医师'] : ['主任医师', '副主任医师', '主治医师', '医师'];
      h.docs[dep] = titles.map((t, k) => { const did = `D${id.slice(1)}${di}${k}`; DOC_TITLE[did] = t; return { id: did, title: t }; });
    });
    HOSP[r.code][kind] = h;
  }
}
const hosp = (ri_, kind) => HOSP[REGIONS[ri_ % REGIONS.length].code][kind];

// ---------- patients ----------
let pn = 0;
function patient({ gender, ageMin, ageMax, scheme, onDate = '2025-06-01', region }) {
  pn++;
  const g = gender || (rnd() < 0.5 ? 'M' : 'F');
  const age = ri(ageMin, ageMax);
  const by = Number(onDate.slice(0, 4)) - age - 1; const bd = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const realAge = ageOn(bd, onDate);
  const sch = scheme || (rnd() < 0.55 ? 'employee' : 'resident');
  const retAge = g === 'M' ? 60 : 55;
  const retired = sch === 'employee' && realAge >= retAge + 1;
  const contrib = sch === 'employee' ? (retired ? ri(g === 'M' ? 31 : 26, 40) : Math.max(1, Math.min(realAge - 20, ri(3, 30)))) : 0;
  return {
    insuredId: 'P83' + String(pn).padStart(6, '0'), gender: g, birthDate: bd, retired, scheme: sch, region,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(6, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contrib, special: null },
  };
}
function ageOn(bd, d) { let a = Number(d.slice(0, 4)) - Number(bd.slice(0, 4)); if (d.slice(5) < bd.slice(5)) a--; return a; }

// ---------- money and benefits (fen internally) ----------
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
function scheme(prov, sch, vt) { return POL.provinces[prov].schemes[sch][vt]; }
function val(x, date) { if (Array.isArray(x)) { const v = x.find(e => (!e.effectiveFrom || e.effectiveFrom <= date) && (!e.effectiveTo || date <= e.effectiveTo)); return v ? (v.value !== undefined ? v.value : v) : x[0]; } return x; }
const ytd = {}; // member|year -> {ded, fund}

// ---------- claim building ----------
let claimSeq = 0; const CLAIMS = [];
function mkLine(code, date, qty, priceFactor) {
  const r = ROW[code];
  return { code, date, qty, pf: priceFactor || 1, r };
}
function finish(cl, lines) {
  const level = cl.provider.level;
  let total = 0, policy = 0;
  cl.items = lines.map((l, i) => {
    const capFen = Math.round(l.r.priceCap[String(level)] * 100);
    const unitFen = Math.min(capFen, Math.round(capFen * l.pf));
    const amt = Math.round(unitFen * l.qty);
    total += amt; policy += Math.round(amt * (1 - (l.r.selfPayShare || 0)));
    const it = { lineId: String(i + 1), code: l.code, name: l.r.name, category: l.r.category, date: l.date, quantity: l.qty, unitPrice: unitFen / 100, amount: amt / 100 };
    if (l.longRx) it.longPrescription = true;
    return it;
  });
  const prov = cl._prov; const sch = cl.insuranceType; const vt = cl.visitType; const s = scheme(prov, sch, vt);
  const date = cl.admissionDate || cl.visitDate; const year = date.slice(0, 4);
  const ratio = val(s.ratio, date)[String(level)] + (cl.patient.retired ? (s.retireeRatioBonus || 0) : 0);
  let fund = 0;
  if (vt === 'inpatient') {
    const ded = Math.round(val(s.deductible, date)[String(level)] * 100);
    fund = Math.floor(Math.max(0, policy - ded) * ratio);
  } else {
    const key = cl.patient.insuredId + '|' + year + '|' + (vt === 'chronic' ? 'c' : 'o');
    const y = ytd[key] || (ytd[key] = { ded: 0, fund: 0 });
    const dedYear = Math.round((typeof s.deductible === 'number' ? s.deductible : val(s.deductible, date)[String(level)]) * 100);
    const dueDed = Math.max(0, dedYear - y.ded); const usedDed = Math.min(dueDed, policy); y.ded += usedDed;
    let f = Math.floor((policy - usedDed) * ratio);
    let cap = Math.round(s.annualFundCap * 100);
    const reg = POL.provinces[prov].regions && POL.provinces[prov].regions[cl.region];
    if (reg && reg.schemes && reg.schemes[sch] && reg.schemes[sch][vt] && reg.schemes[sch][vt].annualFundCap) cap = Math.round(reg.schemes[sch][vt].annualFundCap * 100);
    f = Math.max(0, Math.min(f, cap - y.fund)); y.fund += f; fund = f;
  }
  fund = Math.floor(fund * 0.98); // settled a little below the entitlement (rounding of 个人账户/乙类 shares)
  cl.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  delete cl._prov;
  return cl;
}
// ctx: {h, dept, doc, p, vt, date|adm,dis, dx:[codes], px:[[code,date]], lines:[...], extra}
function claim(ctx) {
  claimSeq++;
  const h = ctx.h; const p = ctx.p;
  const docObj = ctx.doc || h.docs[ctx.dept][0];
  const cl = {
    claimId: `${h.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`, region: h.region, insuranceType: p.scheme, visitType: ctx.vt,
    patient: { insuredId: p.insuredId, gender: p.gender, birthDate: p.birthDate, retired: p.retired },
    enrollment: { ...p.enrollment }, provider: { hospitalId: h.id, level: h.level, department: ctx.dept, doctorId: docObj.id },
  };
  if (p.region && p.region !== h.region) cl.insuredRegion = p.region;
  if (ctx.chronic) cl.enrollment.chronicDiseases = ctx.chronic;
  if (ctx.vt === 'inpatient') { cl.admissionDate = ctx.adm; cl.dischargeDate = ctx.dis; if (ctx.route) cl.admissionRoute = ctx.route; cl.dischargeMode = ctx.dmode || 'ordered'; }
  else cl.visitDate = ctx.date;
  cl.diagnoses = ctx.dx.map((c, i) => (i === 0 ? { code: c, principal: true } : { code: c }));
  cl.procedures = (ctx.px || []).map(([code, date]) => ({ code, date }));
  if (ctx.vt === 'inpatient') cl.reportedGroup = { drg: null, dip: null };
  const prov = REGIONS.find(r => r.code === (p.region || h.region)).prov;
  cl._prov = prov;
  finish(cl, ctx.lines);
  cl._settle = ctx.vt === 'inpatient' ? ctx.dis : ctx.date;
  CLAIMS.push(cl);
  return cl;
}
const L = (k, date, qty = 1, pf) => mkLine(C[k] || k, date, qty, pf);
function lineIdsOf(cl, pred) { return cl.items.filter(pred).map(i => i.lineId); }
const codeIs = (...ks) => (it) => ks.map(k => C[k]).includes(it.code);

// ---------- clinical building blocks ----------
function stayDays(adm, dis) { const out = []; for (let d = adm; d < dis; d = addDays(d, 1)) out.push(d); return out; }
function wardDays(adm, dis, { nursing = 'nurse2', bed = 'bed3', from = 0, to = 9999 } = {}) {
  const out = []; stayDays(adm, dis).forEach((d, i) => { if (i < from || i > to) return; out.push(L(bed, d), L(nursing, d), L('ipConsult', d)); }); return out;
}
const admitLabs = (d, extra = []) => ['cbc', 'urine', 'lft', 'rft', 'lytes', 'coag', 'preop8', 'ecg', 'cxr', ...extra].map(k => L(k, d));
function ivDays(days, drug, perDay, fluid = 'ns') { const o = []; for (const d of days) { o.push(L('iv1', d), L(drug, d, perDay), L(fluid, d, 1), L('ivSet', d)); } return o; }
function opdConsult(h, doc, d) { const k = h.level >= 2 && doc.title === '主任医师' ? 'opdChief' : h.level >= 2 && doc.title === '副主任医师' ? 'opdVice' : 'opd'; return L(k, d); }

function anorectalSurgery({ h, p, doc, adm, los, dx, surg = ['hemorrhoid'], px = ['49.4600'], fumigDays = true, extraLines = [] }) {
  const dis = addDays(adm, los); const op = addDays(adm, 1); const days = stayDays(adm, dis);
  const lines = [...wardDays(adm, dis), ...admitLabs(adm), L('anoscope', adm),
    ...surg.map(s => L(s, op)), L('spinal', op), L('anesKit', op), L('gown', op), L('suture3', op, 2), L('cautery', op), L('ropi', op), L('path', op),
    ...ivDays(days.slice(1, 4), 'cefuroximeIv', 2), L('ibuprofen', op, 10), L('lactulose', op, 6)];
  days.slice(2).forEach(d => { lines.push(L('dressS', d), L('gauze', d, 2)); if (fumigDays) lines.push(L('fumig', d)); });
  lines.push(...extraLines);
  return claim({ h, p, doc, vt: 'inpatient', dept: 'anorectal', adm, dis, dx, px: px.map(c => [c, op]), lines });
}
function cataractStay({ h, p, doc, adm, dx = ['H25.100'], iol = 1, ovd = 1 }) {
  const dis = addDays(adm, 2); const op = addDays(adm, 1);
  const lines = [...wardDays(adm, dis, { nursing: 'nurse2' }), L('cbc', adm), L('coag', adm), L('preop8', adm), L('glu', adm), L('ecg', adm), L('slit', adm), L('fundus', adm), L('ascan', adm),
    L('cataract', op), L('iol', op, iol), L('ovd', op, ovd), L('local', op), L('gown', op), L('lido', op, 1), L('levoDrop', op), L('tobraDex', op), L('slit', addDays(op, 1))];
  return claim({ h, p, doc, vt: 'inpatient', dept: 'ophthalmology', adm, dis, dx, px: [['13.4100x001', op], ['13.7100x001', op]], lines });
}
function orifStay({ h, p, doc, adm, los, dx, px, plates = 1, screws = 6, extra = [] }) {
  const dis = addDays(adm, los); const op = addDays(adm, 1); const days = stayDays(adm, dis);
  const lines = [...wardDays(adm, dis, { nursing: 'nurse2' }), ...admitLabs(adm), L('limbXr', adm), L('limbXr', addDays(op, 1)),
    L('orif', op), L('ga', op, 2), L('propofol', op, 2), L('anesKit', op), L('gown', op), L('plate', op, plates), L('screw', op, screws), L('suture3', op, 3), L('cautery', op),
    ...ivDays(days.slice(1, 4), 'cefuroximeIv', 2), L('celecoxib', op, 10)];
  days.slice(2).filter((_, i) => i % 2 === 0).forEach(d => lines.push(L('dressM', d), L('gauze', d, 2)));
  lines.push(...extra);
  return claim({ h, p, doc, vt: 'inpatient', dept: 'orthopaedics', adm, dis, dx, px: [[px, op]], lines });
}
function opVisit({ h, p, doc, dept, date, dx, lines, vt = 'outpatient', chronic, px }) {
  return claim({ h, p, doc, dept, vt, date, dx, lines: [opdConsult(h, doc, date), ...lines], chronic, px });
}

// ---------- cases ----------
const LABELS = [];
function label(kind, code, name, claims, targets, mutated) {
  const caseId = `b83-${code}-${String(LABELS.filter(l => l.code === code).length + 1).padStart(2, '0')}`;
  const tg = (targets || claims).map(c => c.claimId);
  const ml = {}; if (mutated) for (const [cl, ids] of mutated) if (ids.length) ml[cl.claimId] = ids;
  const l = { caseId, kind, code, name, claimIds: claims.map(c => c.claimId), targets: kind === 'fraud' ? tg : claims.map(c => c.claimId), mutatedLines: ml };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  LABELS.push(l);
}
const T = {}; const CT = {};
const N = 15;

// T01 痔 surgery on haemorrhoids that need none (过度诊疗): I/II度痔, young, no bleeding, no anaemia, no conservative care first
T.T01 = ['T01', '肛肠医院为无手术指征的I/II度痔做痔切除(过度诊疗)', (i) => {
  const h = hosp(i, 'anorectal'); const p = patient({ ageMin: 22, ageMax: 42, region: h.region });
  const careful = i % 3 === 0;
  const dx = careful ? ['K64.100'] : ['K64.000'];
  const cl = anorectalSurgery({ h, p, doc: h.docs.anorectal[i % 3], adm: randDate(), los: careful ? 6 : ri(7, 9), dx });
  return [[cl], [cl], []];
}];
// T02 体检式住院 of the elderly (低标准入院): a stable chronic diagnosis, a week of bed, a whole check-up panel, almost no treatment
T.T02 = ['T02', '中西医结合医院老年人体检式住院(低标准入院)', (i) => {
  const h = hosp(i, i % 2 ? 'tcm' : 'tcmTown'); const p = patient({ ageMin: 64, ageMax: 82, scheme: 'resident', region: h.region });
  const adm = randDate(); const los = ri(5, 8); const dis = addDays(adm, los); const d1 = addDays(adm, 1); const d2 = addDays(adm, 2);
  const dx = pick([['I10.x00x002', 'E11.900'], ['M47.800', 'I10.x00x002'], ['I10.x00x002', 'I25.103'], ['E11.900', 'M17.000']]);
  const lines = [...wardDays(adm, dis, { nursing: 'nurse3' }), ...['cbc', 'urine', 'stool', 'lft', 'rft', 'lipid', 'glu', 'ck', 'thyroid', 'cea', 'afp', 'ecg', 'crp', 'dd'].map(k => L(k, adm)),
    ...['abdUs', 'thyUs', 'carotidUs', 'echo', 'chestCT', 'bmd'].map(k => L(k, d1)), ...(h.level >= 2 ? ['headCT', 'holter'] : ['headCT']).map(k => L(k, d2)),
    L(dx.includes('E11.900') ? 'hba1c' : 'cbc', d2), L('danshenPill', adm, 30 * los)];
  if (i % 3 !== 0) lines.push(L('acuTcm', d1), L('acuTcm', d2));
  const cl = claim({ h, p, vt: 'inpatient', dept: 'internal', adm, dis, dx, lines, route: 'outpatient' });
  return [[cl], [cl], []];
}];
// T03 拉人头: a village's members admitted together, one doctor, copy-paste bills
T.T03 = ['T03', '拉人头: 同村村民同日入院同一医生雷同账单', (i) => {
  const h = hosp(i, i % 2 ? 'tcmTown' : 'tcm'); const dept = 'tcm'; const doc = h.docs[dept][1];
  const adm = randDate(); const los = ri(6, 9); const dis = addDays(adm, los); const days = stayDays(adm, dis);
  const dx = pick([['M47.800'], ['M54.502'], ['M17.000'], ['M75.001']]); const n = ri(4, 6); const out = [];
  const careful = i % 3 === 0;
  for (let k = 0; k < n; k++) {
    const p = patient({ ageMin: 60, ageMax: 79, scheme: 'resident', region: h.region });
    const a = careful ? addDays(adm, k % 2) : adm; const d = careful ? addDays(dis, k % 2) : dis;
    const ds = stayDays(a, d);
    const lines = [...wardDays(a, d, { nursing: 'nurse3' }), L('cbc', a), L('urine', a), L('ecg', a), L(dx[0].startsWith('M17') ? 'limbXr' : 'lspineXr', a)];
    ds.forEach(x => lines.push(L('acuTcm', x), L('tuina', x), L('fumig', x), L('iontoph', x, 2), L('cupping', x)));
    lines.push(L('huangqi', a, 15 * ds.length), L('danggui', a, 10 * ds.length), L('baizhu', a, 10 * ds.length));
    out.push(claim({ h, p, doc, vt: 'inpatient', dept, adm: a, dis: d, dx, lines, route: 'outpatient' }));
  }
  return [out, out, []];
}];
// T04 串换: low-intensity shockwave for erectile dysfunction billed as 体外冲击波碎石
T.T04 = ['T04', '男科医院ED冲击波治疗串换为体外冲击波碎石', (i) => {
  const h = hosp(i, 'andro'); const p = patient({ gender: 'M', ageMin: 26, ageMax: 45, region: h.region }); const doc = h.docs.andrology[i % 3];
  const careful = i % 3 === 0; const dx = careful ? ['N41.100', 'N48.400'] : ['N48.400'];
  let d = randDate('2025-02-03', '2025-10-01'); const out = []; const ml = [];
  for (let k = 0; k < (careful ? 3 : 4); k++) {
    const lines = [L('eswl', d)]; if (k === 0) lines.push(L('urine', d), L('uroUs', d)); if (!careful) lines.push(L('iontoph', d, 2));
    const cl = opVisit({ h, p, doc, dept: 'andrology', date: d, dx, lines });
    out.push(cl); ml.push([cl, lineIdsOf(cl, codeIs('eswl'))]); d = addDays(d, ri(6, 8));
  }
  return [out, out, ml];
}];
// T05 串换: an assisted-reproduction cycle billed as 盆腔炎/输卵管 care
T.T05 = ['T05', '不孕不育医院辅助生殖周期串换为盆腔炎门诊', (i) => {
  const h = hosp(i, 'gyn'); const p = patient({ gender: 'F', ageMin: 27, ageMax: 39, region: h.region }); const doc = h.docs.gynaecology[i % 3];
  const careful = i % 3 === 0; const dx = careful ? ['N70.101'] : ['N70.101', 'N97.100'];
  let d = randDate('2025-02-03', '2025-10-01'); const out = []; const ml = [];
  const plan = [[['gynUs'], [['estradiol', 6]]], [['gynUs'], [['estradiol', 4]]], [['gynUs'], []], [['gynUs'], [['progInj', 10], ['dydro', 20]]], [['hcg', 'gynUs'], [['progInj', 10]]]];
  const gaps = [3, 3, 2, 4, 10];
  plan.forEach(([svc, drugs], k) => {
    const lines = [...svc.map(s => L(s, d)), ...drugs.map(([c, q]) => L(c, d, q))]; if (k === 0) lines.push(L('urine', d), L('cbc', d));
    if (drugs.some(x => x[0] === 'progInj')) lines.push(L('im', d, 1));
    const cl = opVisit({ h, p, doc, dept: 'gynaecology', date: d, dx, lines });
    out.push(cl); ml.push([cl, lineIdsOf(cl, codeIs('gynUs', 'progInj', 'estradiol', 'dydro', 'hcg'))]); d = addDays(d, gaps[k]);
  });
  return [out, out, ml];
}];
// T06 cataract surgery on eyes with incipient cataract after a free screening, both eyes within days
T.T06 = ['T06', '眼科医院免费筛查后为初期白内障双眼连续手术', (i) => {
  const h = hosp(i, 'eye'); const p = patient({ ageMin: 52, ageMax: 66, region: h.region }); const doc = h.docs.ophthalmology[i % 3];
  const d = randDate('2025-02-03', '2025-11-01');
  const scr = opVisit({ h, p, doc: h.docs.ophthalmology[3], dept: 'ophthalmology', date: d, dx: ['Z01.000'], lines: [L('slit', d), L('fundus', d)] });
  const careful = i % 3 === 0;
  const s1 = cataractStay({ h, p, doc, adm: addDays(d, 1), dx: [careful ? 'H25.900' : 'H25.000'] });
  const s2 = cataractStay({ h, p, doc, adm: addDays(d, careful ? 8 : 4), dx: [careful ? 'H25.900' : 'H25.000'] });
  return [[scr, s1, s2], [s1, s2], []];
}];
// T07 consumables billed above what was used
T.T07 = ['T07', '骨伤/眼科医院虚记耗材(接骨板螺钉/晶体数量)', (i) => {
  if (i % 3 === 2) { const h = hosp(i, 'eye'); const p = patient({ ageMin: 65, ageMax: 84, region: h.region });
    const cl = cataractStay({ h, p, doc: h.docs.ophthalmology[i % 3], adm: randDate(), iol: 2, ovd: 2 });
    return [[cl], [cl], [[cl, lineIdsOf(cl, codeIs('iol', 'ovd'))]]]; }
  const h = hosp(i, 'bone'); const p = patient({ ageMin: 35, ageMax: 70, region: h.region }); const careful = i % 3 === 0;
  const cl = orifStay({ h, p, doc: h.docs.orthopaedics[i % 3], adm: randDate(), los: ri(6, 9), dx: ['S52.500x001'], px: '79.3200', plates: careful ? 1 : 2, screws: careful ? 11 : 12,
    extra: careful ? [] : [] });
  const extra = careful ? lineIdsOf(cl, codeIs('screw')) : lineIdsOf(cl, codeIs('plate', 'screw'));
  return [[cl], [cl], [[cl, extra]]];
}];
// T08 挂床 / inflated days: treatment stops after the first days, the bed goes on being billed
T.T08 = ['T08', '骨伤/康复医院挂床: 治疗数日后仍计床日', (i) => {
  const h = hosp(i, i % 2 ? 'bone' : 'rehab'); const dept = 'rehabilitation'; const p = patient({ ageMin: 45, ageMax: 75, region: h.region });
  const adm = randDate('2025-02-03', '2025-10-20'); const los = ri(18, 26); const dis = addDays(adm, los); const days = stayDays(adm, dis); const careful = i % 3 === 0;
  const dx = pick([['M51.202'], ['M54.502'], ['M47.800']]);
  const lines = [...wardDays(adm, dis, { nursing: 'nurse3' }), L('cbc', adm), L('urine', adm), L('ecg', adm), L('lspineXr', adm), L('rehabEval', adm)];
  days.slice(0, 5).forEach(d => lines.push(L('pt', d), L('acuTcm', d), L('tuina', d)));
  if (careful) days.slice(5).forEach((d, k) => { if (k % 3 === 0) lines.push(L('cupping', d)); });
  lines.push(L('celecoxib', adm, 10));
  const cl = claim({ h, p, vt: 'inpatient', dept, adm, dis, dx, lines, route: 'outpatient' });
  const late = new Set(days.slice(8)); const ids = cl.items.filter(it => late.has(it.date) && [C.bed3, C.nurse3, C.ipConsult].includes(it.code)).map(it => it.lineId);
  return [[cl], [cl], [[cl, ids]]];
}];
// T09 分解住院: discharge and readmit for the same condition days later
T.T09 = ['T09', '肛肠/骨伤医院分解住院: 出院数日后同病再入院', (i) => {
  const out = [];
  if (i % 2 === 0) { const h = hosp(i, 'anorectal'); const p = patient({ ageMin: 30, ageMax: 65, region: h.region }); const doc = h.docs.anorectal[i % 3];
    const adm = randDate('2025-02-03', '2025-10-20'); const a = anorectalSurgery({ h, p, doc, adm, los: 5, dx: ['K64.200'] });
    const adm2 = addDays(a.dischargeDate, ri(2, i % 3 === 0 ? 12 : 6)); const dis2 = addDays(adm2, ri(5, 7)); const days = stayDays(adm2, dis2);
    const lines = [...wardDays(adm2, dis2), L('cbc', adm2), L('anoscope', adm2)]; days.forEach(d => lines.push(L('dressS', d), L('fumig', d)));
    const b = claim({ h, p, doc, vt: 'inpatient', dept: 'anorectal', adm: adm2, dis: dis2, dx: ['K64.200'], lines }); out.push(a, b);
  } else { const h = hosp(i, 'bone'); const p = patient({ ageMin: 50, ageMax: 78, region: h.region }); const doc = h.docs.rehabilitation[i % 3];
    let adm = randDate('2025-02-03', '2025-10-01');
    for (let k = 0; k < 2; k++) { const dis = addDays(adm, ri(9, 12)); const days = stayDays(adm, dis);
      const lines = [...wardDays(adm, dis, { nursing: 'nurse3' }), L('cbc', adm), L('lspineXr', adm)]; days.forEach(d => lines.push(L('pt', d), L('tuina', d), L('acuTcm', d)));
      out.push(claim({ h, p, doc, vt: 'inpatient', dept: 'rehabilitation', adm, dis, dx: ['M51.202'], lines, route: 'outpatient' })); adm = addDays(dis, ri(2, i % 3 === 0 ? 12 : 5)); }
  }
  return [out, [out[1]], []];
}];
// T10 冒名医生: a public-hospital surgeon's name on a private hospital's bills the same day he works at his own hospital
T.T10 = ['T10', '冒名医生: 公立医院主任的工号出现在民营医院同日手术账单', (i) => {
  const ri2 = i % 6; const pubH = hosp(ri2 + 1, 'public'); const star = pubH.docs[i % 2 ? 'anorectal' : 'orthopaedics'][0];
  const adm = randDate('2025-02-03', '2025-11-01'); const op = addDays(adm, 1);
  const pr = patient({ ageMin: 40, ageMax: 70, region: pubH.region });
  const own = opVisit({ h: pubH, p: pr, doc: star, dept: i % 2 ? 'anorectal' : 'orthopaedics', date: op, dx: i % 2 ? ['K60.300'] : ['M17.000'], lines: [L(i % 2 ? 'anoscope' : 'limbXr', op)] });
  let cl;
  if (i % 2) { const h = hosp(ri2, 'anorectal'); const p = patient({ ageMin: 30, ageMax: 60, region: h.region }); cl = anorectalSurgery({ h, p, doc: star, adm, los: 6, dx: ['K64.200'] }); }
  else { const h = hosp(ri2, 'bone'); const p = patient({ ageMin: 30, ageMax: 65, region: h.region }); cl = orifStay({ h, p, doc: star, adm, los: 7, dx: ['S52.500x001'], px: '79.3200' }); }
  return [[own, cl], [cl], []];
}];
// T11 分解收费: fistula and fissure excisions billed on a haemorrhoid operation with no fistula or fissure
T.T11 = ['T11', '肛肠手术分解收费: 无肛瘘肛裂诊断另收肛瘘/肛裂切除', (i) => {
  const h = hosp(i, 'anorectal'); const p = patient({ ageMin: 28, ageMax: 66, region: h.region }); const careful = i % 3 === 0;
  const surg = careful ? ['hemorrhoid', 'fissure'] : ['hemorrhoid', 'fistula', 'fissure'];
  const cl = anorectalSurgery({ h, p, doc: h.docs.anorectal[i % 3], adm: randDate(), los: ri(6, 8), dx: ['K64.200'], surg });
  return [[cl], [cl], [[cl, lineIdsOf(cl, codeIs('fistula', 'fissure'))]]];
}];
// T12 超量开药/倒卖: BPH drugs re-dispensed in overlapping 90-day packs at two hospitals
T.T12 = ['T12', '泌尿专科超量开药: 前列腺药物多院重叠配药', (i) => {
  const h = hosp(i, 'andro'); const h2 = hosp(i, 'public'); const p = patient({ gender: 'M', ageMin: 62, ageMax: 78, scheme: 'employee', region: h.region });
  let d = randDate('2025-02-03', '2025-08-01'); const out = []; const ml = []; const careful = i % 3 === 0; const q = careful ? 60 : 90;
  for (let k = 0; k < 4; k++) { const hh = k % 2 ? h2 : h; const dept = 'urology';
    const cl = opVisit({ h: hh, p, doc: hh.docs[dept][1 + (k % 2)], dept, date: d, dx: ['N40.x00'], lines: [L('tamsulosin', d, q), L('finasteride', d, q)] });
    out.push(cl); if (k > 0) ml.push([cl, lineIdsOf(cl, codeIs('tamsulosin', 'finasteride'))]); d = addDays(d, careful ? ri(24, 30) : ri(14, 21)); }
  return [out, out.slice(1), ml];
}];
// T13 冒名就医: a private-hospital stay on a member's card while the member is seen in his home city
T.T13 = ['T13', '冒名就医: 住院期间本人在参保地门诊/购药', (i) => {
  const r = i % 6; const h = hosp(r, i % 2 ? 'tcm' : 'rehab'); const home = hosp(r % 2 ? r - 1 : r + 1, 'public'); const pharm = hosp(r % 2 ? r - 1 : r + 1, 'pharmacy');
  const p = patient({ ageMin: 55, ageMax: 75, scheme: 'employee', region: h.region });
  const adm = randDate('2025-02-03', '2025-10-20'); const dis = addDays(adm, ri(8, 12)); const days = stayDays(adm, dis);
  const lines = [...wardDays(adm, dis, { nursing: 'nurse3' }), L('cbc', adm), L('ecg', adm), L('headCT', adm)]; days.forEach(d => lines.push(L('acuTcm', d), L('tuina', d)));
  const stay = claim({ h, p, vt: 'inpatient', dept: i % 2 ? 'rehabilitation' : 'rehabilitation', adm, dis, dx: ['I69.300', 'I10.x00x002'], lines, route: 'outpatient' });
  const d1 = addDays(adm, ri(2, 4)); const d2 = addDays(adm, ri(5, 7));
  const pIn = { ...p };
  const ov = opVisit({ h: home, p: pIn, doc: home.docs.internal[2], dept: 'internal', date: d1, dx: ['I10.x00x002'], lines: [L('amlod', d1, 28), L('glu', d1)] });
  const ph = claim({ h: pharm, p: pIn, dept: 'pharmacy', doc: pharm.docs.pharmacy[0], vt: 'pharmacy', date: d2, dx: ['I10.x00x002'], lines: [L('amlod', d2, 28), L('atorva', d2, 28)] });
  return [[stay, ov, ph], [stay], []];
}];
// T14 超限定支付: cardiovascular/stroke-restricted injections given in 颈腰椎病 stays
T.T14 = ['T14', '中西医结合医院颈腰椎病住院使用限心脑血管适应症注射剂', (i) => {
  const h = hosp(i, 'tcm'); const p = patient({ ageMin: 50, ageMax: 75, region: h.region }); const careful = i % 3 === 0;
  const adm = randDate(); const dis = addDays(adm, ri(8, 12)); const days = stayDays(adm, dis);
  const dx = careful ? [pick(['M47.800', 'M51.202']), 'I10.x00x002'] : [pick(['M47.800', 'M51.202'])];
  const drug = pick(['danshenInj', 'xstInj', 'ginkgoInj']); const per = drug === 'danshenInj' ? 4 : 2;
  const lines = [...wardDays(adm, dis, { nursing: 'nurse3' }), L('cbc', adm), L('ecg', adm), L(dx[0] === 'M47.800' ? 'lspineXr' : 'lspineMRI', adm), ...ivDays(days.slice(0, 10), drug, per, 'gns')];
  days.forEach(d => lines.push(L('acuTcm', d), L('tuina', d)));
  const cl = claim({ h, p, vt: 'inpatient', dept: 'tcm', adm, dis, dx, lines, route: 'outpatient' });
  return [[cl], [cl], [[cl, lineIdsOf(cl, codeIs(drug))]]];
}];
// T15 串换: elective circumcision for 包皮过长 billed as 清创术
T.T15 = ['T15', '男科包皮过长环切串换为清创术', (i) => {
  const h = hosp(i, i % 2 ? 'androClinic' : 'andro'); const p = patient({ gender: 'M', ageMin: 17, ageMax: 34, region: h.region }); const careful = i % 3 === 0;
  const d = randDate(); const dx = careful ? ['N48.100', 'N47.x01'] : ['N47.x01'];
  const lines = [L('debride', d), L('local', d), L('lido', d, 2), L('gown', d), L('suture3', d, 2), L('dressKit', d), L('cefixime', d, 6), L('ibuprofen', d, 6)];
  if (!careful) lines.push(L('cbc', d), L('coag', d));
  const cl = opVisit({ h, p, doc: h.docs.andrology[i % 3], dept: 'andrology', date: d, dx, lines, px: [['64.0x00', d]] });
  const d2 = addDays(d, ri(2, 4)); const f = opVisit({ h, p, doc: h.docs.andrology[i % 3], dept: 'andrology', date: d2, dx, lines: [L('dressS', d2)] });
  return [[cl, f], [cl], [[cl, lineIdsOf(cl, codeIs('debride'))]]];
}];

// ---------------- controls ----------------
CT.C01 = ['C01', '混合痔III/IV度保守治疗无效后手术(民营肛肠, 有门诊保守记录)', (i) => {
  const h = hosp(i, 'anorectal'); const p = patient({ ageMin: 35, ageMax: 72, region: h.region }); const doc = h.docs.anorectal[i % 3];
  let d = randDate('2025-02-03', '2025-09-01'); const out = [];
  for (let k = 0; k < 2; k++) { out.push(opVisit({ h, p, doc, dept: 'anorectal', date: d, dx: ['K64.200', 'K62.501'], lines: [L('anoscope', d), L('lactulose', d, 14), ...(k ? [L('cbc', d)] : [])] })); d = addDays(d, ri(20, 35)); }
  out.push(anorectalSurgery({ h, p, doc, adm: d, los: ri(6, 8), dx: [pick(['K64.200', 'K64.300']), 'K62.501'] }));
  return out;
}];
CT.C02 = ['C02', '高位肛瘘挂线术, 住院较长(民营肛肠)', (i) => {
  const h = hosp(i, 'anorectal'); const p = patient({ ageMin: 22, ageMax: 60, region: h.region });
  return [anorectalSurgery({ h, p, doc: h.docs.anorectal[i % 3], adm: randDate(), los: ri(10, 14), dx: ['K60.301'], surg: ['fistula', 'seton'], px: ['49.1200', '49.7301'] })];
}];
CT.C03 = ['C03', '痔、肛瘘、肛裂并存, 一次手术分别收费且诊断齐全', (i) => {
  const h = hosp(i, 'anorectal'); const p = patient({ ageMin: 28, ageMax: 66, region: h.region });
  return [anorectalSurgery({ h, p, doc: h.docs.anorectal[i % 3], adm: randDate(), los: ri(7, 10), dx: ['K64.200', 'K60.302', 'K60.200'], surg: ['hemorrhoid', 'fistula', 'fissure'], px: ['49.4600', '49.1200', '49.5100'] })];
}];
CT.C04 = ['C04', '老年急性脑梗死在民营中西医结合医院全面检查并用血栓通', (i) => {
  const h = hosp(i, 'tcm'); const p = patient({ ageMin: 62, ageMax: 85, scheme: 'resident', region: h.region });
  const adm = randDate(); const dis = addDays(adm, ri(10, 14)); const days = stayDays(adm, dis); const d1 = addDays(adm, 1);
  const lines = [...wardDays(adm, dis, { nursing: 'nurse1' }), ...['cbc', 'urine', 'lft', 'rft', 'lytes', 'lipid', 'glu', 'coag', 'dd', 'ecg', 'headCT'].map(k => L(k, adm)), ...['headMRI', 'carotidUs', 'echo', 'holter'].map(k => L(k, d1)),
    ...ivDays(days.slice(0, 10), 'xstInj', 2, 'ns'), ...days.slice(0, 10).flatMap(d => [L('ivAdd', d), L('edaravone', d, 2), L('ns', d, 1)]), L('aspirin', adm, days.length), L('atorva', adm, days.length)];
  days.slice(3).forEach(d => lines.push(L('acuTcm', d), L('pt', d)));
  return [claim({ h, p, vt: 'inpatient', dept: 'internal', adm, dis, dx: ['I63.900', 'I10.x00x002'], lines, route: 'emergency' })];
}];
CT.C05 = ['C05', '老年慢阻肺急性加重在民营医院住院(检查多但治疗充分)', (i) => {
  const h = hosp(i, 'tcm'); const p = patient({ ageMin: 65, ageMax: 85, scheme: 'resident', region: h.region });
  const adm = randDate(); const dis = addDays(adm, ri(7, 10)); const days = stayDays(adm, dis);
  const lines = [...wardDays(adm, dis, { nursing: 'nurse2' }), ...['cbc', 'crp', 'lft', 'rft', 'lytes', 'ecg', 'chestCT', 'culture'].map(k => L(k, adm)), L('cbc', days[3]), L('crp', days[3]),
    ...ivDays(days.slice(0, 7), 'levoIv', 1, 'ns'), ...days.slice(0, 5).flatMap(d => [L('ivAdd', d), L('methylpred', d, 1), L('gs', d, 1)])];
  days.forEach(d => lines.push(L('neb', d, 2), L('budesonideNeb', d, 2), L('ipratropium', d, 2), L('o2', d, 12)));
  return [claim({ h, p, vt: 'inpatient', dept: 'internal', adm, dis, dx: ['J44.100'], lines, route: 'emergency' })];
}];
CT.C06 = ['C06', '双眼老年核性白内障分两次手术(间隔数周)', (i) => {
  const h = hosp(i, 'eye'); const p = patient({ ageMin: 66, ageMax: 86, region: h.region }); const doc = h.docs.ophthalmology[i % 3];
  const d = randDate('2025-02-03', '2025-09-15');
  const a = cataractStay({ h, p, doc, adm: d, dx: ['H25.100'] }); const b = cataractStay({ h, p, doc, adm: addDays(d, ri(14, 45)), dx: ['H25.100'] });
  return [a, b];
}];
CT.C07 = ['C07', '县域唯一眼科专科医院的白内障手术日(同日多例, 各自病情不同)', (i) => {
  const h = hosp(i, 'eye'); const adm = randDate(); const out = [];
  for (let k = 0; k < 4; k++) { const p = patient({ ageMin: 63, ageMax: 88, region: h.region }); out.push(cataractStay({ h, p, doc: h.docs.ophthalmology[k % 2], adm, dx: [pick(['H25.100', 'H25.900', 'H26.900'])] })); }
  return out;
}];
CT.C08 = ['C08', '前列腺增生伴尿潴留经尿道前列腺电切', (i) => {
  const h = hosp(i, 'andro'); const p = patient({ gender: 'M', ageMin: 62, ageMax: 84, region: h.region });
  const adm = randDate(); const los = ri(6, 9); const dis = addDays(adm, los); const op = addDays(adm, 1); const days = stayDays(adm, dis);
  const lines = [...wardDays(adm, dis), ...admitLabs(adm, ['psa', 'uroUs']), L('cath', adm), L('cathKit', adm), L('turp', op), L('spinal', op), L('anesKit', op), L('gown', op), L('foley', op), L('path', op),
    ...ivDays(days.slice(1, 4), 'cefuroximeIv', 2), L('tamsulosin', addDays(op, 2), 14)];
  days.slice(2).forEach(d => lines.push(L('drainBag', d)));
  return [claim({ h, p, vt: 'inpatient', dept: 'urology', adm, dis, dx: ['N40.x00', 'R33.x00'], px: [['60.2900x004', op]], lines, route: 'outpatient' })];
}];
CT.C09 = ['C09', '输尿管结石两次体外冲击波碎石', (i) => {
  const h = hosp(i, i % 2 ? 'andro' : 'county'); const dept = 'urology' in h.docs ? 'urology' : 'general_surgery'; const p = patient({ ageMin: 25, ageMax: 65, region: h.region });
  const d = randDate('2025-02-03', '2025-10-15'); const doc = h.docs[dept][1];
  const a = opVisit({ h, p, doc, dept, date: d, dx: ['N20.100'], lines: [L('urine', d), L('uroUs', d), L('eswl', d), L('diclofenac', d, 6)], px: [['98.5103', d]] });
  const d2 = addDays(d, ri(10, 16));
  const b = opVisit({ h, p, doc, dept, date: d2, dx: ['N20.100'], lines: [L('uroUs', d2), L('eswl', d2)], px: [['98.5103', d2]] });
  return [a, b];
}];
CT.C10 = ['C10', '胫骨平台合并腓骨骨折切开复位双钢板内固定', (i) => {
  const h = hosp(i, 'bone'); const p = patient({ ageMin: 30, ageMax: 68, region: h.region });
  return [orifStay({ h, p, doc: h.docs.orthopaedics[i % 3], adm: randDate(), los: ri(10, 14), dx: ['S82.100x011'], px: '79.3600', plates: 2, screws: 12 })];
}];
CT.C11 = ['C11', '骨伤医院桡骨远端骨折手法复位夹板固定及复查', (i) => {
  const h = hosp(i, 'bone'); const p = patient({ ageMin: 50, ageMax: 80, region: h.region }); const doc = h.docs.orthopaedics[i % 3];
  const d = randDate('2025-02-03', '2025-10-01'); const out = [];
  out.push(opVisit({ h, p, doc, dept: 'orthopaedics', date: d, dx: ['S52.500x011'], lines: [L('limbXr', d, 2), L('local', d), L('bandage', d, 2), L('ibuprofen', d, 12)], px: [['79.0201', d]] }));
  for (const g of [7, 21]) { const dd = addDays(d, g); out.push(opVisit({ h, p, doc, dept: 'orthopaedics', date: dd, dx: ['S52.500x011'], lines: [L('limbXr', dd), L('bandage', dd)] })); }
  return out;
}];
CT.C12 = ['C12', '脑梗死后偏瘫长期康复住院, 每日均有治疗', (i) => {
  const h = hosp(i, 'rehab'); const p = patient({ ageMin: 55, ageMax: 82, region: h.region });
  const adm = randDate('2025-02-03', '2025-10-15'); const dis = addDays(adm, ri(21, 28)); const days = stayDays(adm, dis);
  const lines = [...wardDays(adm, dis, { nursing: 'nurse2' }), L('cbc', adm), L('lft', adm), L('rft', adm), L('ecg', adm), L('rehabEval', adm), L('rehabEval', days[14])];
  days.forEach((d, k) => { lines.push(L('pt', d, 2), L('ot', d)); if (k % 2 === 0) lines.push(L('acu', d)); if (k % 3 === 0) lines.push(L('speech', d)); });
  lines.push(L('aspirin', adm, days.length), L('atorva', adm, days.length));
  return [claim({ h, p, vt: 'inpatient', dept: 'rehabilitation', adm, dis, dx: ['I69.300', 'G81.900'], lines, route: 'transfer' })];
}];
CT.C13 = ['C13', '痔术后继发出血一周内再入院', (i) => {
  const h = hosp(i, 'anorectal'); const p = patient({ ageMin: 30, ageMax: 70, region: h.region }); const doc = h.docs.anorectal[i % 3];
  const a = anorectalSurgery({ h, p, doc, adm: randDate('2025-02-03', '2025-10-20'), los: 6, dx: ['K64.300'] });
  const adm2 = addDays(a.dischargeDate, ri(2, 6)); const dis2 = addDays(adm2, ri(3, 5)); const days = stayDays(adm2, dis2);
  const lines = [...wardDays(adm2, dis2, { nursing: 'nurse1' }), L('cbc', adm2), L('cbc', days[1]), L('coag', adm2), L('anoscope', adm2), L('local', adm2), L('gauze', adm2, 4),
    ...ivDays(days.slice(0, 3), 'tranex', 2)];
  const b = claim({ h, p, doc, vt: 'inpatient', dept: 'anorectal', adm: adm2, dis: dis2, dx: ['K91.800', 'K62.501'], lines, route: 'emergency' });
  return [a, b];
}];
CT.C14 = ['C14', '民营肿瘤医院直肠癌术后辅助化疗每21天一周期', (i) => {
  const h = hosp(i, 'onco'); const p = patient({ ageMin: 45, ageMax: 72, region: h.region }); const doc = h.docs.oncology[i % 3];
  let adm = randDate('2025-02-03', '2025-08-01'); const out = [];
  for (let k = 0; k < 3; k++) { const dis = addDays(adm, 3); const d1 = addDays(adm, 1);
    const lines = [...wardDays(adm, dis), L('cbc', adm), L('lft', adm), L('rft', adm), L('cea', adm), L('ecg', adm), L('oxali', d1, 1), L('gs', d1, 2), L('iv1', d1), L('ivAdd', d1, 1), L('ivSet', d1), L('ondans', d1, 1), L('dexa', d1, 1), L('capecit', d1, 56)];
    out.push(claim({ h, p, doc, vt: 'inpatient', dept: 'oncology', adm, dis, dx: ['Z51.102', 'C20.x00'], lines, px: [['99.2500', d1]], route: 'outpatient' })); adm = addDays(adm, 21); }
  return out;
}];
CT.C15 = ['C15', '多点执业: 公立医院主任周末在民营医院坐诊手术(不同日)', (i) => {
  const ri2 = i % 6; const pubH = hosp(ri2, 'public'); const star = pubH.docs.anorectal[0]; const h = hosp(ri2, 'anorectal');
  let sat = randDate('2025-02-03', '2025-10-01'); while (D(sat).getUTCDay() !== 6) sat = addDays(sat, 1);
  const p1 = patient({ ageMin: 35, ageMax: 70, region: h.region }); const a = anorectalSurgery({ h, p: p1, doc: star, adm: addDays(sat, -1), los: 6, dx: ['K64.300', 'K62.501'] });
  const mon = addDays(sat, 2); const p2 = patient({ ageMin: 30, ageMax: 70, region: h.region });
  const b = opVisit({ h: pubH, p: p2, doc: star, dept: 'anorectal', date: mon, dx: ['K60.300'], lines: [L('anoscope', mon)] });
  return [a, b];
}];
CT.C16 = ['C16', '前列腺增生稳定期长处方按时续配', (i) => {
  const h = hosp(i, i % 2 ? 'andro' : 'public'); const p = patient({ gender: 'M', ageMin: 62, ageMax: 80, scheme: 'employee', region: h.region });
  let d = randDate('2025-02-03', '2025-05-01'); const out = [];
  for (let k = 0; k < 3; k++) { const t = L('tamsulosin', d, 84); t.longRx = true; const f = L('finasteride', d, 84); f.longRx = true; const lines = [t, f]; if (k === 0) lines.push(L('psa', d), L('uroUs', d));
    out.push(opVisit({ h, p, doc: h.docs.urology[1], dept: 'urology', date: d, dx: ['N40.x00'], lines })); d = addDays(d, ri(80, 86)); }
  return out;
}];
CT.C17 = ['C17', '门诊转入院当日及出院当日购药(无住院期间他处就诊)', (i) => {
  const h = hosp(i, 'rehab'); const pub = hosp(i, 'public'); const ph = hosp(i, 'pharmacy'); const p = patient({ ageMin: 55, ageMax: 78, scheme: 'employee', region: h.region });
  const adm = randDate('2025-02-03', '2025-10-20'); const dis = addDays(adm, ri(12, 16)); const days = stayDays(adm, dis);
  const a = opVisit({ h: pub, p, doc: pub.docs.internal[1], dept: 'internal', date: adm, dx: ['I69.300'], lines: [L('headCT', adm)] });
  const lines = [...wardDays(adm, dis, { nursing: 'nurse2' }), L('cbc', adm), L('ecg', adm), L('rehabEval', adm)]; days.forEach(d => lines.push(L('pt', d), L('acu', d)));
  const b = claim({ h, p, vt: 'inpatient', dept: 'rehabilitation', adm, dis, dx: ['I69.300', 'G81.900'], lines, route: 'outpatient' });
  const c = claim({ h: ph, p, dept: 'pharmacy', doc: ph.docs.pharmacy[0], vt: 'pharmacy', date: dis, dx: ['I69.300'], lines: [L('aspirin', dis, 30), L('atorva', dis, 30)] });
  return [a, b, c];
}];
CT.C18 = ['C18', '冠心病/脑梗死住院使用丹参/血栓通注射液(适应症相符)', (i) => {
  const h = hosp(i, 'tcm'); const p = patient({ ageMin: 55, ageMax: 82, region: h.region });
  const adm = randDate(); const dis = addDays(adm, ri(8, 12)); const days = stayDays(adm, dis); const cor = i % 2 === 0;
  const dx = cor ? ['I25.103', 'I10.x00x002'] : ['I63.900', 'I10.x00x002'];
  const lines = [...wardDays(adm, dis, { nursing: 'nurse2' }), L('cbc', adm), L('lipid', adm), L('ecg', adm), L(cor ? 'echo' : 'headCT', adm), L(cor ? 'ck' : 'carotidUs', adm),
    ...ivDays(days.slice(0, 10), cor ? 'danshenInj' : 'xstInj', cor ? 4 : 2, 'gns'), L('aspirin', adm, days.length), L('atorva', adm, days.length)];
  days.forEach(d => lines.push(L('acuTcm', d)));
  return [claim({ h, p, vt: 'inpatient', dept: 'tcm', adm, dis, dx, lines, route: 'outpatient' })];
}];
CT.C19 = ['C19', '青年男性手指开放伤清创缝合', (i) => {
  const h = hosp(i, i % 2 ? 'clinic' : 'county'); const dept = h.kind === 'clinic' ? 'general' : 'general_surgery'; const p = patient({ gender: 'M', ageMin: 18, ageMax: 35, region: h.region });
  const d = randDate(); const doc = h.docs[dept][i % 2];
  const a = opVisit({ h, p, doc, dept, date: d, dx: ['S61.000x001'], lines: [L('debride', d), L('local', d), L('lido', d, 1), L('suture3', d, 1), L('dressKit', d), L('cefixime', d, 6)], px: [['86.2201', d]] });
  const d2 = addDays(d, ri(7, 10)); const b = opVisit({ h, p, doc, dept, date: d2, dx: ['S61.000x001'], lines: [L('suture', d2), L('dressS', d2)] });
  return [a, b];
}];
CT.C20 = ['C20', '青年男性慢性前列腺炎门诊规范治疗(男科)', (i) => {
  const h = hosp(i, i % 2 ? 'andro' : 'androClinic'); const p = patient({ gender: 'M', ageMin: 24, ageMax: 39, region: h.region }); const doc = h.docs.andrology[i % 3];
  const d = randDate('2025-02-03', '2025-10-01');
  const a = opVisit({ h, p, doc, dept: 'andrology', date: d, dx: ['N41.100'], lines: [L('urine', d), L('uroUs', d), L('levo', d, 14), L('iontoph', d)] });
  const d2 = addDays(d, 14); const b = opVisit({ h, p, doc, dept: 'andrology', date: d2, dx: ['N41.100'], lines: [L('urine', d2), L('levo', d2, 14), L('iontoph', d2)] });
  return [a, b];
}];
CT.C21 = ['C21', '先兆流产黄体支持: 反复产科B超与HCG及黄体酮', (i) => {
  const h = hosp(i, 'gyn'); const p = patient({ gender: 'F', ageMin: 24, ageMax: 38, region: h.region }); const doc = h.docs.gynaecology[i % 3];
  let d = randDate('2025-02-03', '2025-10-01'); const out = [];
  for (let k = 0; k < 3; k++) { const lines = [L('hcg', d), L(k ? 'obUs' : 'gynUs', d), L('progInj', d, 7), L('im', d, 1), L('dydro', d, 14)];
    out.push(opVisit({ h, p, doc, dept: 'gynaecology', date: d, dx: ['O20.000'], lines })); d = addDays(d, 7); }
  return out;
}];
CT.C22 = ['C22', '老年骨质疏松椎体压缩骨折保守治疗住院, 每日有治疗并用唑来膦酸', (i) => {
  const h = hosp(i, 'bone'); const p = patient({ gender: 'F', ageMin: 65, ageMax: 86, region: h.region });
  const adm = randDate(); const dis = addDays(adm, ri(14, 20)); const days = stayDays(adm, dis);
  const lines = [...wardDays(adm, dis, { nursing: 'nurse2' }), L('cbc', adm), L('lft', adm), L('rft', adm), L('ecg', adm), L('lspineXr', adm), L('lspineMRI', addDays(adm, 1)), L('bmd', addDays(adm, 1)),
    L('zoledronic', days[4]), L('iv1', days[4]), L('ns', days[4]), L('ivSet', days[4]), L('caD3', adm, days.length), L('calcitriol', adm, days.length), L('celecoxib', adm, 2 * days.length)];
  days.forEach(d => lines.push(L('pt', d), L('fumig', d)));
  return [claim({ h, p, vt: 'inpatient', dept: 'orthopaedics', adm, dis, dx: ['M80.000', 'S32.000x002'], lines, route: 'emergency' })];
}];
CT.C23 = ['C23', 'I/II度痔门诊保守治疗(中药熏洗, 无手术)', (i) => {
  const h = hosp(i, 'anorectal'); const p = patient({ ageMin: 22, ageMax: 60, region: h.region }); const doc = h.docs.anorectal[i % 3];
  const d = randDate('2025-02-03', '2025-10-15'); const dx = [pick(['K64.000', 'K64.100'])];
  const a = opVisit({ h, p, doc, dept: 'anorectal', date: d, dx, lines: [L('anoscope', d), L('fumig', d), L('lactulose', d, 14)] });
  const d2 = addDays(d, ri(10, 20)); const b = opVisit({ h, p, doc, dept: 'anorectal', date: d2, dx, lines: [L('fumig', d2), L('lactulose', d2, 14)] });
  return [a, b];
}];
CT.C24 = ['C24', '乡村宴席后群体急性胃肠炎同日入院(账单相似)', (i) => {
  const h = hosp(i, i % 2 ? 'tcmTown' : 'county'); const dept = 'internal'; const adm = randDate(); const out = [];
  for (let k = 0; k < ri(4, 6); k++) { const p = patient({ ageMin: 8 + 12, ageMax: 78, scheme: 'resident', region: h.region }); const dis = addDays(adm, ri(2, 4)); const days = stayDays(adm, dis);
    const lines = [...wardDays(adm, dis, { nursing: 'nurse2' }), L('cbc', adm), L('stool', adm), L('lytes', adm), L('crp', adm), L('culture', adm), ...ivDays(days, 'levoIv', 1, 'gns'), L('kcl', adm, 2), L('ringer', adm, 2), L('smecta', adm, 9)];
    out.push(claim({ h, p, doc: h.docs[dept][k % 2], vt: 'inpatient', dept, adm, dis, dx: ['A09.000x001'], lines, route: 'emergency' })); }
  return out;
}];

// ---------------- routine ----------------
function routine(i) {
  const r = i % 6; const k = i % 10;
  if (k === 0) { const h = hosp(r, 'clinic'); const p = patient({ ageMin: 18, ageMax: 70, region: h.region }); const d = randDate(); return opVisit({ h, p, doc: h.docs.general[i % 3], dept: 'general', date: d, dx: ['J06.900'], lines: [L('cbc', d), L('lianhua', d, 24)] }); }
  if (k === 1) { const h = hosp(r, 'public'); const p = patient({ ageMin: 45, ageMax: 80, region: h.region }); const d = randDate(); return claim({ h, p, doc: h.docs.internal[1], dept: 'internal', vt: 'chronic', date: d, dx: ['I10.x00x002'], chronic: ['I10'], lines: [L('chronicConsult', d), L('amlod', d, 30), L('valsartan', d, 30)] }); }
  if (k === 2) { const h = hosp(r, 'pharmacy'); const p = patient({ ageMin: 25, ageMax: 75, region: h.region }); const d = randDate(); return claim({ h, p, doc: h.docs.pharmacy[0], dept: 'pharmacy', vt: 'pharmacy', date: d, dx: ['J06.900'], lines: [L('amox', d, 24), L('ambroxol', d, 20)] }); }
  if (k === 3) { const h = hosp(r, 'county'); const p = patient({ ageMin: 18, ageMax: 55, region: h.region }); const adm = randDate(); const dis = addDays(adm, ri(4, 6)); const op = adm; const days = stayDays(adm, dis);
    return claim({ h, p, dept: 'general_surgery', vt: 'inpatient', adm, dis, dx: ['K35.800x001'], px: [['47.0901', op]], route: 'emergency', lines: [...wardDays(adm, dis), ...admitLabs(adm, ['abdUs']), L('appy', op), L('spinal', op), L('anesKit', op), L('gown', op), L('path', op), ...ivDays(days, 'cefuroximeIv', 2), ...days.map(d => L('metroIv', d, 2))] }); }
  if (k === 4) { const h = hosp(r, 'public'); const p = patient({ ageMin: 60, ageMax: 85, region: h.region }); const adm = randDate(); const dis = addDays(adm, ri(6, 9)); const days = stayDays(adm, dis);
    return claim({ h, p, dept: 'respiratory', vt: 'inpatient', adm, dis, dx: ['J18.900'], route: 'emergency', lines: [...wardDays(adm, dis), L('cbc', adm), L('crp', adm), L('chestCT', adm), L('culture', adm), L('cbc', days[3]), ...ivDays(days, 'ceftriaxone', 2), ...days.map(d => L('ambroxol', d, 3))] }); }
  if (k === 5) { const h = hosp(r, 'public'); const p = patient({ ageMin: 40, ageMax: 75, region: h.region }); const d = randDate(); return opVisit({ h, p, doc: h.docs.internal[2], dept: 'internal', date: d, dx: ['E11.900'], lines: [L('glu', d), L('hba1c', d), L('metformin', d, 90)] }); }
  if (k === 6) { const h = hosp(r, 'public'); const p = patient({ ageMin: 40, ageMax: 75, region: h.region }); const d = randDate(); return opVisit({ h, p, doc: h.docs.ophthalmology[i % 3], dept: 'ophthalmology', date: d, dx: ['H52.400'], lines: [L('slit', d), L('fundus', d)] }); }
  if (k === 7) { const h = hosp(r, 'tcmTown'); const p = patient({ ageMin: 40, ageMax: 75, region: h.region }); const d = randDate(); return opVisit({ h, p, doc: h.docs.tcm[i % 3], dept: 'tcm', date: d, dx: ['M54.502'], lines: [L('acuTcm', d), L('cupping', d), L('diclofenac', d, 7)] }); }
  if (k === 8) { const h = hosp(r, 'county'); const p = patient({ gender: 'F', ageMin: 23, ageMax: 36, region: h.region }); const adm = randDate(); const dis = addDays(adm, ri(2, 3));
    return claim({ h, p, dept: 'obstetrics', vt: 'inpatient', adm, dis, dx: ['O80.000'], px: [['73.5900x002', adm]], route: 'outpatient', lines: [...wardDays(adm, dis), L('cbc', adm), L('obUs', adm), L('C14070150100001630710000001', adm), L('003305010020001', adm), L('XH01BBS504B002', adm, 2)] }); }
  { const h = hosp(r, 'bone'); const p = patient({ ageMin: 20, ageMax: 65, region: h.region }); const d = randDate(); return opVisit({ h, p, doc: h.docs.orthopaedics[i % 3], dept: 'orthopaedics', date: d, dx: ['S93.400'], lines: [L('limbXr', d), L('bandage', d), L('ibuprofen', d, 12)] }); }
}

// ---------------- build ----------------
for (const [code, name, fn] of Object.values(T)) for (let i = 0; i < N; i++) { const [claims, targets, ml] = fn(i); label('fraud', code, name, claims, targets, ml); LABELS[LABELS.length - 1].name = name; }
for (const [code, name, fn] of Object.values(CT)) for (let i = 0; i < N; i++) { const claims = fn(i); label('control', code, name, claims); LABELS[LABELS.length - 1].name = name; }
for (let i = 0; i < 100; i++) { const cl = routine(i); label('routine', 'R', 'routine', [cl]); LABELS[LABELS.length - 1].name = 'routine'; }

// reported groups from the tree's grouper (pass 2)
if (GROUPS && fs.existsSync(GROUPS)) {
  const g = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const o = JSON.parse(line); const id = o.claimId; const drg = o.drg || (o.grouping && o.grouping.drg) || (o.result && o.result.drg); if (id) g[id] = drg; }
  for (const cl of CLAIMS) if (cl.visitType === 'inpatient' && g[cl.claimId]) cl.reportedGroup.drg = g[cl.claimId];
}
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a.claimId < b.claimId ? -1 : 1));
const out = CLAIMS.map(c => { const o = { ...c }; delete o._settle; return JSON.stringify(o); }).join('\n') + '\n';
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out);
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1));
console.error(`blind83: ${CLAIMS.length} claims, ${LABELS.length} cases`);
