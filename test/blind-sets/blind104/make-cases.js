#!/usr/bin/env node
// blind104: rehabilitation medicine (康复医学科、康复医院与中医康复) written on the real catalogue rows.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Writes <outdir>/claims.ndjson (settlement order) and <outdir>/labels.json. Fixed seed 1040104, no dependencies.
'use strict';
const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
if (!argv[0]) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const OUT = path.resolve(argv[0]);
let CAT_DIR = '/work/wt/base103/rules/catalogue';
let GROUPS = null;
for (let i = 1; i < argv.length; i++) {
  if (argv[i] === '--catalogue') CAT_DIR = argv[++i];
  else if (argv[i] === '--groups') GROUPS = argv[++i];
}
const POLICY_FILE = path.join(path.dirname(path.resolve(CAT_DIR)), 'benefits', 'policies.json');

// ---------------------------------------------------------------- rng
let S = 1040104 >>> 0;
function rnd() { S = (S + 0x6D2B79F5) >>> 0; let t = S; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------------------------------------------------------------- catalogue and policy
const CAT = {};
for (const f of fs.readdirSync(CAT_DIR).sort()) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  const j = JSON.parse(fs.readFileSync(path.join(CAT_DIR, f), 'utf8'));
  for (const r of j.rows || []) if (!CAT[r.code]) CAT[r.code] = r;
}
const POL = JSON.parse(fs.readFileSync(POLICY_FILE, 'utf8'));
const groups = {};
if (GROUPS) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); groups[g.claimId] = g.grouping && g.grouping.drg; }

// item codes (every one must exist in the catalogue)
const K = {
  OPD: '001102000010001', OPD_AC: '001102000020001', GEN: '001102000040001', INPT: '001103000010001', CONSULT: '001104000010001',
  BED3: '001105000010001', BED2: '001105000020001', N1: '001201000020001', N2: '001201000030001', N3: '001201000040001', NS: '001201000010001',
  IV1: '001204000010001', IV2: '001204000020001', IM: '001204000050001', DRAW: '001204000080001', SC: '001204000060001', O2: '001208000010001',
  ECGMON: '001209000010001', SPO2: '001210000010001', NG: '001219000010001', CATH: '001206000010001', NEB: '001207000010001',
  ACU_OLD: '001215000010001', TUINA: '001216000010001', EVAL: '001217000010001', KT: '001218000010001',
  OT: '003402000010001', SPEECH: '003402000020001', SWAL: '003402000030001', COG: '003402000040001', BWS: '003402000050001', HAND: '003402000060001',
  HEMI: '003402000070001', CPT: '003402000080001', PARA: '003402000090001', ADL: '003402000100001', MF: '003401009010001', CTRAC: '003401000230101',
  LTRAC: '003401000230201', IR: '003401000010001', UV: '003401000020001', MAG: '003401000030001', US: '003401000040001', WAX: '003401000050001',
  HYDRO: '003401000060001', LF: '003401000070001', NMES: '003401000080001', PNEU: '003401000090001', BAL: '003402000110001', JM: '003402000120001',
  ISOT: '003402000130001', CARD: '003402000140001', CONDUCT: '003402000150001', SPEVAL: '003402000160001', SWEVAL: '003402000170001',
  BALEVAL: '003402000180001', ISOTEST: '003402000190001', DEVEVAL: '003402000200001', EMG: '002503010100001', CPET: '003107010040001', VFSS: '002202070010001',
  NEEDLE: '004300000010001', WARMNEEDLE: '004300000020001', SCALP: '004300000070001', ELECACU: '004300000160001', MOX: '004400000010001', CUP: '004400000040001',
  FUMIG: '004100000060001', IONTO: '004100009010001',
  HOMEBED: '001110000010001', HOMEVISIT: '001110000020001',
  CBC: '002501010010001', URINE: '002501020010001', STOOL: '002501030010001', LFT: '002502010010001', RFT: '002502020010001', ELEC: '002502030010001',
  LIPID: '002502040010001', GLU: '002502050010001', COAG: '002502060010001', CRP: '002502080010001', DDIMER: '002502100010001', BNP: '002502070040001',
  HBA1C: '002502050020001', ECG: '003107010010001', CXR: '002202040010001', LIMBXR: '002202040020001', LSXR: '002202030010001', CT_HEAD: '002301010010001',
  CT_CHEST: '002301010020001', MRI_HEAD: '002401010010001', MRI_L: '002401010020001', MRI_KNEE: '002401010030001', US_CAROTID: '002103010030001',
  US_LEGV: '002103010040001', ECHO: '002103010020001', LUNGF: '002503010020001', HOLTER: '003107010020001', EEG: '002503010080001', SPUTUM: '002502140020001',
  // drugs
  ASA: 'XB01ACA509A001', CLOP: 'XB01ACL502A001', ATOR: 'XC10AAA511A001', AMLO: 'XC08CAA512A001', METF: 'XA10BAE503A001', RIVA: 'XB01AFL503A001',
  CELE: 'XM01AHS505A001', DICLO: 'XM01ABS506A003', BACLO: 'XM03BXB501A001', TIZA: 'XM03BXT501A001', BOTOX: 'XM03AXA501B002', EDAR: 'XN07XXY507B002',
  NS250: 'XB05BBL511B002', MANN: 'XB05BCG505B002', DEXA: 'XH02ABD515B002', OMEP: 'XA02BCA515A001', XST: 'ZA12BAX510A001', FDDP: 'ZA12BAF510A007',
  METO: 'XC07ABM503A001', BISO: 'XC07ABB501A001', CACD: 'XA12AXT512A001', ALEN: 'XM05BAA520A001', MECOB: 'XB03BAJ501A001', LEVO: 'XJ01MAZ501B002',
  TIOT: 'XR03BBS510C003', BUDFOR: 'XR03AKB507C003', AMBRO: 'XR05CBA522A001', LACT: 'XA06ADR502A004', ENT_NUT: 'XV06DBC501A004', ESCIT: 'XN06ABA517A001',
  LEVETI: 'XN03AXZ503A001', CITI: 'XN06BXB506B002', LMWH: 'XB01ABD502B002', TRAM: 'XN02AXQ505A003', ACET: 'XN02BED510A001', VB1: 'XA11DAW501B002',
};
for (const k in K) if (!CAT[K[k]]) throw new Error('catalogue row missing: ' + k + ' ' + K[k]);

// ---------------------------------------------------------------- dates
const DAY = 86400000;
const toD = (s) => Date.parse(s + 'T00:00:00Z');
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const addDays = (s, n) => iso(toD(s) + n * DAY);
const dow = (s) => new Date(toD(s)).getUTCDay();
const diffDays = (a, b) => Math.round((toD(b) - toD(a)) / DAY);
const randDate = (from, to) => addDays(from, ri(0, diffDays(from, to)));
function ageAt(birth, date) { const b = new Date(toD(birth)), d = new Date(toD(date)); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }

// ---------------------------------------------------------------- regions, institutions, doctors
const REGIONS = ['510100', '370100', '220100'];
const KINDS = {
  g3: { suffix: '31', level: 3, depts: ['rehabilitation', 'neurology', 'orthopedics', 'cardiology', 'pediatric_rehabilitation', 'respiratory'] },
  g2: { suffix: '21', level: 2, depts: ['rehabilitation', 'neurology', 'orthopedics'] },
  pr: { suffix: '22', level: 2, depts: ['rehabilitation', 'tcm_rehabilitation', 'pediatric_rehabilitation'] },
  tcm: { suffix: '23', level: 2, depts: ['tcm_rehabilitation', 'acupuncture', 'rehabilitation'] },
  cc: { suffix: '11', level: 1, depts: ['general_practice', 'rehabilitation'] },
  cl: { suffix: '12', level: 1, depts: ['rehabilitation'] },
  ph: { suffix: '91', level: 1, depts: ['pharmacy'] },
};
function inst(region, kind) { const k = KINDS[kind]; return { region, kind, hospitalId: 'H' + region + k.suffix, level: k.level, depts: k.depts }; }
function doctor(I, dept) { const di = I.depts.indexOf(dept); if (di < 0) throw new Error('dept ' + dept + ' not at ' + I.hospitalId); return 'D' + I.region.slice(0, 4) + KINDS[I.kind].suffix + (di + 1) + ri(1, 3); }
const R = () => pick(REGIONS);

// ---------------------------------------------------------------- members
let memberSeq = 0;
function member(o) {
  const region = o.region;
  const age = o.age != null ? o.age : ri(o.ageMin, o.ageMax);
  const gender = o.gender || (chance(0.55) ? 'M' : 'F');
  const ref = o.refDate || '2025-06-30';
  const birth = addDays(ref, -(age * 365 + ri(20, 340)));
  const realAge = ageAt(birth, ref);
  let scheme = o.scheme || (realAge < 18 ? 'resident' : (chance(0.62) ? 'employee' : 'resident'));
  const prov = POL.provinces[region.slice(0, 2)];
  const retAge = gender === 'M' ? prov.retirement.ageMale : prov.retirement.ageFemale;
  const retired = scheme === 'employee' && realAge >= retAge;
  const cy = scheme === 'employee' ? (retired ? ri(30, 38) : Math.max(1, Math.min(realAge - 20, ri(3, 25)))) : 0;
  memberSeq++;
  return {
    id: 'P104' + String(memberSeq).padStart(6, '0'), region, gender, birth, scheme, retired,
    enrollment: { enrolledOn: scheme === 'resident' && realAge < 1 ? birth : '2016-01-01', inConcentratedPeriod: true, continuousYears: Math.min(9, Math.max(1, realAge)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: cy, special: null },
    admissions: 0, ytdPolicy: { outpatient: 0, pharmacy: 0 }, ytdFund: { outpatient: 0, pharmacy: 0 },
  };
}

// ---------------------------------------------------------------- claims
let claimSeq = 0;
const ALL = [];
const f2 = (fen) => Math.round(fen) / 100;
class Claim {
  constructor(m, I, dept, visitType, o) {
    this.m = m; this.I = I; this.dept = dept; this.visitType = visitType; this.o = o; this.lines = []; this.fraudLines = new Set();
    claimSeq++; this.id = I.region + '-' + I.hospitalId + '-2025-' + String(claimSeq).padStart(6, '0');
  }
  add(key, date, qty, opt) {
    opt = opt || {};
    const code = K[key] || key; const row = CAT[code];
    if (!row) throw new Error('no row ' + key);
    if (!(qty > 0)) return null;
    const id = String(this.lines.length + 1);
    const priceYuan = opt.price != null ? opt.price : row.priceCap[String(this.I.level)];
    this.lines.push({ lineId: id, code, row, date, quantity: qty, priceFen: Math.round(priceYuan * 100), fraud: !!opt.fraud });
    if (opt.fraud) this.fraudLines.add(id);
    return id;
  }
}

function dxMatch(list, prefixes) { return list.some((d) => prefixes.some((p) => d.startsWith(p))); }
function check(c) {
  const dx = c.o.dx; const byDay = {}; const dates = {};
  const lo = c.visitType === 'inpatient' ? c.o.adm : c.o.date; const hi = c.visitType === 'inpatient' ? c.o.dis : c.o.date;
  for (const l of c.lines) {
    const r = l.row; const bad = [];
    if (l.date < lo || l.date > hi) bad.push('date outside the claim');
    if (r.setting && r.setting !== (c.visitType === 'inpatient' ? 'inpatient' : 'outpatient')) bad.push('setting');
    if (r.minLevel && c.I.level < r.minLevel) bad.push('minLevel');
    if (r.gender && r.gender !== c.m.gender) bad.push('gender');
    const age = ageAt(c.m.birth, l.date);
    if (r.ageMin != null && age < r.ageMin) bad.push('ageMin');
    if (r.ageMax != null && age > r.ageMax) bad.push('ageMax');
    if (r.indications && !dxMatch(dx, r.indications)) bad.push('indications');
    if (l.priceFen > Math.round(r.priceCap[String(c.I.level)] * 100)) bad.push('price above cap');
    const k = l.date + '|' + l.code; byDay[k] = (byDay[k] || 0) + l.quantity;
    if (r.maxPerDay != null && byDay[k] > r.maxPerDay) bad.push('maxPerDay');
    (dates[l.code] = dates[l.code] || new Set()).add(l.date);
    if (r.maxDays != null && dates[l.code].size > r.maxDays) bad.push('maxDays');
    if (bad.length && !l.fraud) throw new Error(`${c.id} line ${l.lineId} ${r.name} ${l.date}: ${bad.join(', ')}`);
  }
  // excludes / includes on one day
  const sameDay = {};
  for (const l of c.lines) (sameDay[l.date] = sameDay[l.date] || []).push(l);
  for (const d in sameDay) {
    const codes = new Set(sameDay[d].map((l) => l.code));
    for (const l of sameDay[d]) {
      for (const x of (l.row.excludes || [])) if (codes.has(x) && !l.fraud && !sameDay[d].some((y) => y.code === x && y.fraud)) throw new Error(`${c.id} ${d}: ${l.row.name} excludes ${x}`);
      for (const x of (l.row.includes || [])) if (codes.has(x) && !l.fraud && !sameDay[d].some((y) => y.code === x && y.fraud)) throw new Error(`${c.id} ${d}: ${l.row.name} includes ${x}`);
    }
  }
}

function schemeFor(region, scheme) {
  const prov = POL.provinces[region.slice(0, 2)];
  const base = JSON.parse(JSON.stringify(prov.schemes[scheme]));
  const ov = prov.regions && prov.regions[region] && prov.regions[region].schemes && prov.regions[region].schemes[scheme];
  const merge = (a, b) => { for (const k in b) { if (b[k] && typeof b[k] === 'object' && !Array.isArray(b[k]) && a[k] && typeof a[k] === 'object') merge(a[k], b[k]); else a[k] = b[k]; } };
  if (ov) merge(base, ov);
  return base;
}

function finalize(c) {
  check(c);
  let total = 0, self = 0;
  const items = c.lines.map((l) => {
    const amt = Math.round(l.quantity * l.priceFen);
    total += amt; self += Math.round(amt * (l.row.selfPayShare || 0));
    const it = { lineId: l.lineId, code: l.code, name: l.row.name, category: l.row.category, date: l.date, quantity: l.quantity, unitPrice: f2(l.priceFen), amount: f2(amt) };
    if (c.longRx && l.row.category === 'drug') it.longPrescription = true;
    return it;
  });
  const policy = total - self;
  const sch = schemeFor(c.m.region, c.m.scheme);
  let fund = 0;
  if (c.visitType === 'inpatient') {
    const p = sch.inpatient; let ded = p.deductible[String(c.I.level)] * 100;
    if (c.m.admissions > 0 && p.laterAdmissionDeductibleShare != null) ded = Math.round(ded * p.laterAdmissionDeductibleShare);
    c.m.admissions++;
    const ratio = Math.min(p.ratio[String(c.I.level)] + (c.m.retired ? p.retireeRatioBonus : 0), p.maxRatio);
    fund = Math.round(Math.max(0, policy - ded) * ratio);
    fund = Math.min(fund, p.annualFundCap * 100);
  } else {
    const kind = c.visitType === 'pharmacy' ? 'pharmacy' : 'outpatient';
    const p = sch[kind];
    const dedDue = Math.max(0, p.deductible * 100 - c.m.ytdPolicy[kind]);
    c.m.ytdPolicy[kind] += policy;
    const ratio = p.ratio[String(c.I.level)] + (c.m.retired ? p.retireeRatioBonus : 0);
    fund = Math.round(Math.max(0, policy - dedDue) * ratio);
    fund = Math.max(0, Math.min(fund, p.annualFundCap * 100 - c.m.ytdFund[kind]));
    c.m.ytdFund[kind] += fund;
  }
  const m = c.m, o = c.o;
  const claim = {
    claimId: c.id, region: c.I.region, insuranceType: m.scheme, visitType: c.visitType,
    patient: { insuredId: m.id, gender: m.gender, birthDate: m.birth, retired: m.retired },
    enrollment: m.enrollment,
    provider: { hospitalId: c.I.hospitalId, level: c.I.level, department: c.dept, doctorId: o.doctor || doctor(c.I, c.dept) },
  };
  if (m.region !== c.I.region) claim.insuredRegion = m.region;
  if (c.visitType === 'inpatient') {
    claim.admissionDate = o.adm; claim.dischargeDate = o.dis;
    claim.admissionRoute = o.route || 'outpatient'; claim.dischargeMode = o.mode || 'ordered';
    if (o.transferFrom) claim.transferFromHospitalId = o.transferFrom;
  } else claim.visitDate = o.date;
  claim.diagnoses = o.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  if (c.visitType === 'inpatient') {
    claim.procedures = (o.procs || []).map(([code, date]) => ({ code, date }));
    claim.reportedGroup = { drg: groups[c.id] || null, dip: null };
  }
  claim.items = items;
  claim.amounts = { total: f2(total), policy: f2(policy), fundClaimed: f2(fund) };
  const sortDate = c.visitType === 'inpatient' ? o.dis : o.date;
  ALL.push({ claim, sortDate, seq: ALL.length });
  return { id: c.id, fraud: [...c.fraudLines] };
}

// ---------------------------------------------------------------- procedure codes for billed items (coded on the first date billed)
const PROC_OF = { HEMI: '93.3802', PARA: '93.3804', CPT: '93.3801', BAL: '93.3803', OT: '93.8301', SPEECH: '93.7500x001', EVAL: '93.0103', ADL: '93.0107',
  BWS: '93.1103', ISOT: '93.1301', ISOTEST: '93.0401', JM: '93.1600x001', LF: '93.3902', IR: '93.3503', US: '93.3501', WAX: '93.3506', HYDRO: '93.3300x001',
  CTRAC: '93.4201', LTRAC: '93.4200x004', TUINA: '93.3907', ELECACU: '17.912A0', MOX: '17.91330', CUP: '17.94100', EMG: '93.0800x002', BALEVAL: '93.0104', CARD: '93.3600' };
const PROC_PRIORITY = ['HEMI', 'PARA', 'CPT', 'ISOT', 'JM', 'BWS', 'OT', 'SPEECH', 'BAL', 'CARD', 'ELECACU', 'TUINA', 'LTRAC', 'CTRAC', 'EVAL', 'ADL'];

// ---------------------------------------------------------------- inpatient stay builder
const LAB_ADM = ['CBC', 'URINE', 'STOOL', 'LFT', 'RFT', 'ELEC', 'LIPID', 'GLU', 'COAG', 'ECG'];
function stay(m, I, dept, o) {
  // o: adm, los (nights), dx, route, mode, transferFrom, nursing(i)->key, bed, therapy(i,date,dw,c)->[[key,qty,opt]], drugs [[key, perDay, fromI, toI]], assess(i,date,dw)->[[key,qty,opt]], extra(i,date,c), noLabs, sundayTherapy
  const dis = addDays(o.adm, o.los);
  const c = new Claim(m, I, dept, 'inpatient', { adm: o.adm, dis, dx: o.dx, route: o.route, mode: o.mode, transferFrom: o.transferFrom, doctor: o.doctor });
  const first = {};
  const note = (key, date) => { if (PROC_OF[key] && !first[key]) first[key] = date; };
  for (let i = 0; i < o.los; i++) {
    const date = addDays(o.adm, i); const dw = dow(date);
    const idle = o.idle && o.idle(i, date);
    c.add(o.bed || 'BED3', date, 1, idle ? { fraud: o.idleFraud } : undefined);
    c.add('INPT', date, 1, idle ? { fraud: o.idleFraud } : undefined);
    c.add(o.nursing ? o.nursing(i) : 'N2', date, 1, idle ? { fraud: o.idleFraud } : undefined);
    if (i === 0 && !o.noLabs) { c.add('DRAW', date, 1); for (const k of (o.labs || LAB_ADM)) c.add(k, date, 1); }
    if (o.midLabs !== false && i > 0 && i % 14 === 0 && i < o.los - 2) { c.add('DRAW', date, 1); c.add('CBC', date, 1); c.add('ELEC', date, 1); }
    for (const [key, per, fromI, toI] of (o.drugs || [])) if (i >= (fromI || 0) && i <= (toI == null ? 1e9 : toI)) c.add(key, date, per);
    if (o.assess) for (const [key, q, opt] of o.assess(i, date, dw)) { const id = c.add(key, date, q, opt); if (id) note(key, date); }
    if (o.therapy && (dw !== 0 || o.sundayTherapy)) for (const [key, q, opt] of o.therapy(i, date, dw)) { const id = c.add(key, date, q, opt); if (id) note(key, date); }
    if (o.extra) o.extra(i, date, c);
  }
  const procs = [];
  for (const k of PROC_PRIORITY) if (first[k] && procs.length < 5) procs.push([PROC_OF[k], first[k]]);
  c.o.procs = (o.procsBefore || []).concat(procs);
  return c;
}

// standard assessment schedule: admission (day 0 or 1), mid (about day 14 when the stay is long), last therapy day
function stdAssess(los, keysAdm, keysEnd) {
  const mid = los >= 24 ? 14 : -1;
  return (i, date, dw) => {
    const out = [];
    if (i === 0) { out.push(['EVAL', 1]); for (const k of keysAdm) out.push([k, 1]); }
    else if (i === mid) out.push(['EVAL', 1]);
    else if (i === los - 1) { out.push(['EVAL', 1]); for (const k of keysEnd) out.push([k, 1]); }
    return out;
  };
}

// ---------------------------------------------------------------- outpatient / pharmacy builders
function visit(m, I, dept, date, dx, lines, o) {
  o = o || {};
  const c = new Claim(m, I, dept, o.visitType || 'outpatient', { date, dx, doctor: o.doctor });
  if (!o.noConsult && (o.visitType || 'outpatient') !== 'pharmacy') c.add(I.level === 1 ? 'GEN' : 'OPD', date, 1);
  for (const [key, q, opt] of lines) c.add(key, date, q, opt);
  return c;
}
function pharmacy(m, I, date, dx, lines, o) { return visit(m, I, 'pharmacy', date, dx, lines, Object.assign({ visitType: 'pharmacy', noConsult: true }, o || {})); }

// ---------------------------------------------------------------- clinical templates
const STROKE_RECOV = ['I69.300x003', 'I69.100x002', 'I69.300x002', 'I69.400'];
const HEMI_DX = ['G81.900', 'G81.903', 'G81.100'];
function strokeDx(o) {
  const dx = [pick(o && o.principal ? [o.principal] : STROKE_RECOV), pick(HEMI_DX)];
  if (o && o.aphasia) dx.push(pick(['R47.003', 'R47.004', 'R47.000x001']));
  if (o && o.dysph) dx.push('R13.x00');
  if (!o || o.htn !== false) dx.push(pick(['I10.x00x002', 'I10.x04', 'I10.x05']));
  if (o && o.dm) dx.push('E11.900');
  return dx;
}
function strokeDrugs(dx, per) {
  const d = [['ASA', 1], ['ATOR', 1]];
  if (dx.some((x) => x.startsWith('I10'))) d.push(['AMLO', 1]);
  if (dx.some((x) => x.startsWith('E11'))) d.push(['METF', 3]);
  return d;
}
// the usual daily programme of a stroke patient in a rehabilitation ward (one session each, Monday to Saturday)
function strokeProgramme(o) {
  return (i, date, dw) => {
    if (i === 0) return [];
    const t = [['HEMI', 1], ['OT', 1], ['MF', 1]];
    if (o.aphasia) t.push(['SPEECH', 1]);
    if (o.dysph) t.push(['SWAL', 1]);
    if (o.acu && (dw === 1 || dw === 3 || dw === 5)) t.push(['NEEDLE', 1]);
    return t;
  };
}
function orthoProgramme() { return (i) => (i === 0 ? [] : [['KT', 1], ['JM', 1], ['PNEU', 1], ['LF', 1]]); }

// ---------------------------------------------------------------- labels
const LABELS = [];
let caseSeq = 0;
function label(kind, code, name, claims, targets, mutated, variant) {
  caseSeq++;
  const mut = {};
  for (const [id, lines] of Object.entries(mutated || {})) if (lines && lines.length) mut[id] = lines.map(String);
  LABELS.push({ caseId: 'B104-' + String(caseSeq).padStart(4, '0'), kind, code, name, claimIds: claims.map((x) => x.id), targets: targets.map((x) => x.id), mutatedLines: mut, typology: code, variant });
}
const fin = (...cs) => cs.map(finalize);

// ---------------------------------------------------------------- acute episodes used as history
function acuteStroke(m, I, adm, o) {
  o = o || {};
  const los = o.los || ri(9, 12);
  const dx = [o.principal || pick(['I63.900', 'I63.500', 'I63.906', 'I63.901']), pick(HEMI_DX)].concat(o.more || ['I10.x00x002']);
  return stay(m, I, 'neurology', {
    adm, los, dx, route: 'emergency', mode: o.mode || 'ordered', nursing: (i) => (i < 3 ? 'N1' : 'N2'),
    drugs: [['ASA', 1], ['CLOP', 1, 0, 20], ['ATOR', 1], ['EDAR', 2, 0, 9], ['NS250', 2, 0, 9]].concat(dx.some((x) => x.startsWith('I10')) ? [['AMLO', 1, 2]] : []),
    labs: LAB_ADM.concat(['HBA1C', 'CRP']),
    extra: (i, date, c) => {
      if (i === 0) { c.add('CT_HEAD', date, 1); c.add('IV1', date, 1); c.add('ECGMON', date, 12); }
      else if (i < 10) c.add('IV1', date, 1);
      if (i === 1) { c.add('MRI_HEAD', date, 1); c.add('US_CAROTID', date, 1); c.add('ECHO', date, 1); }
    },
    assess: (i) => (i === 2 ? [['EVAL', 1], ['SWEVAL', 1]] : []),
    therapy: (i) => (i >= 3 ? [['HEMI', 1]] : []),
  });
}

// =================================================================== FRAUD TYPOLOGIES
const TYP = [];
function T(code, name, fn) { TYP.push({ code, name, fn }); }

// T01 therapy beyond the hours a patient can take
T('T01', '超出患者耐受时长的治疗量(日治疗项目超量)', (k, careful) => {
  const r = R(); const I = inst(r, pick(['pr', 'g2', 'g3'])); const m = member({ region: r, ageMin: 55, ageMax: 82 });
  const o = { aphasia: chance(0.5), dysph: chance(0.3) };
  const dx = strokeDx(o); const los = ri(18, 26); const adm = randDate('2025-01-06', '2025-11-20');
  const c = stay(m, I, 'rehabilitation', {
    adm, los, dx, drugs: strokeDrugs(dx), assess: stdAssess(los, ['ADL', 'BALEVAL'], ['ADL']), sundayTherapy: true,
    therapy: (i, date, dw) => {
      if (i === 0) return [];
      const base = strokeProgramme(o)(i, date, dw).filter(([, q]) => q > 0);
      const F = { fraud: true };
      if (dw === 0) return base.map(([kk, q]) => [kk, q, F]).concat(careful ? [] : [['HAND', 1, F]]);
      const out = base.slice();
      if (careful) { out.push(['HEMI', 1, F], ['OT', 1, F], ['COG', 1, F], ['HAND', 1, F]); }
      else { out.push(['HEMI', 1, F], ['OT', 1, F], ['COG', 2, F], ['HAND', 2, F], ['BWS', 2, F], ['NMES', 2, F], ['PNEU', 2, F], ['MF', 1, F]); if (!o.aphasia) out.push(['SPEECH', 2, F]); }
      return out;
    },
  });
  const [x] = fin(c);
  return [[x], [x], { [x.id]: x.fraud }];
});

// T02 康复评定 repeated every few days
T('T02', '康复评定短间隔重复收费', (k, careful) => {
  const r = R(); const I = inst(r, pick(['pr', 'g2', 'g3', 'tcm'])); const m = member({ region: r, ageMin: 50, ageMax: 85 });
  const o = { aphasia: chance(0.4), acu: I.kind === 'tcm' };
  const dx = strokeDx(o); const los = ri(20, 28); const adm = randDate('2025-01-06', '2025-11-20');
  const every = careful ? 7 : 3;
  const dept = I.kind === 'tcm' ? 'tcm_rehabilitation' : 'rehabilitation';
  const c = stay(m, I, dept, {
    adm, los, dx, drugs: strokeDrugs(dx), therapy: strokeProgramme(o),
    assess: (i) => {
      const out = [];
      if (i === 0) out.push(['EVAL', 1], ['ADL', 1], ['BALEVAL', 1]);
      else if (i === los - 1) out.push(['EVAL', 1], ['ADL', 1]);
      else if (i % every === 0) {
        const F = { fraud: true };
        out.push(['EVAL', 1, F]);
        if (!careful) { out.push(['ADL', 1, F], ['BALEVAL', 1, F]); if (o.aphasia) out.push(['SPEVAL', 1, F]); }
        else if (i % 14 === 0) out.push(['ADL', 1, F]);
      }
      return out;
    },
  });
  const [x] = fin(c);
  return [[x], [x], { [x.id]: x.fraud }];
});

// T03 every modality to every patient (套餐式)
T('T03', '套餐式理疗(无指征物理因子全套计费)', (k, careful) => {
  const r = R(); const I = inst(r, pick(['pr', 'g2', 'cl'])); const m = member({ region: r, ageMin: 40, ageMax: 75 });
  const lumbar = chance(0.5);
  const dx = lumbar ? ['M51.202', 'M54.500'] : ['M47.201', 'M54.200'];
  const F = { fraud: true };
  const pack = careful ? [['UV', 1, F], ['MAG', 1, F], ['WAX', 1, F], ['SPEECH', 1, F]] : [['UV', 2, F], ['MAG', 2, F], ['WAX', 2, F], ['HYDRO', 1, F], ['NMES', 1, F], ['PNEU', 1, F], ['LF', 1, F], ['SPEECH', 1, F], ['COG', 1, F]];
  const basic = [[lumbar ? 'LTRAC' : 'CTRAC', 1], ['MF', 1], ['IR', 1], ['US', 1]];
  if (I.level === 1 || chance(0.5)) {
    // outpatient course: 5–8 visits
    const out = []; let d = randDate('2025-01-06', '2025-11-30'); const n = ri(5, 8);
    for (let v = 0; v < n; v++) { out.push(visit(m, I, 'rehabilitation', d, dx, basic.concat(pack))); d = addDays(d, dow(d) === 6 ? 2 : 1); }
    const xs = fin(...out); const mut = {}; for (const x of xs) mut[x.id] = x.fraud;
    return [xs, xs, mut];
  }
  const los = ri(7, 10); const adm = randDate('2025-01-06', '2025-11-30');
  const c = stay(m, I, 'rehabilitation', { adm, los, dx, drugs: [['CELE', 2]], assess: stdAssess(los, [], []), therapy: (i) => (i === 0 ? [] : basic.concat(pack)) });
  const [x] = fin(c);
  return [[x], [x], { [x.id]: x.fraud }];
});

// T04 therapy billed on days the patient was away (in another hospital)
T('T04', '患者离院期间(在他院住院/就诊)仍计费康复治疗', (k, careful) => {
  const r = R(); const I = inst(r, pick(['pr', 'g2'])); const m = member({ region: r, ageMin: 58, ageMax: 84 });
  const o = { aphasia: chance(0.3) }; const dx = strokeDx(o); const los = ri(24, 30);
  const adm = randDate('2025-01-06', '2025-11-01');
  const awayFrom = ri(8, 14); const awayLen = careful ? ri(1, 2) : ri(3, 5);
  const away = (i) => i >= awayFrom && i < awayFrom + awayLen;
  const c = stay(m, I, 'rehabilitation', {
    adm, los, dx, drugs: strokeDrugs(dx), assess: stdAssess(los, ['ADL'], ['ADL']),
    therapy: (i, date, dw) => strokeProgramme(o)(i, date, dw).map(([kk, q]) => (away(i) ? [kk, q, { fraud: true }] : [kk, q])),
    idle: careful ? null : away, idleFraud: true,
  });
  const other = inst(r, 'g3'); const m2 = m; const claims = [];
  if (careful) {
    for (let i = awayFrom; i < awayFrom + awayLen; i++) claims.push(visit(m2, other, pick(['neurology', 'cardiology']), addDays(adm, i), ['I69.300x002', 'I10.x00x002'], [['DRAW', 1], ['CBC', 1], ['RFT', 1], ['ECG', 1]], { }));
  } else {
    claims.push(stay(m2, other, 'respiratory', {
      adm: addDays(adm, awayFrom), los: awayLen, dx: ['J18.900', 'I69.300x002'], route: 'emergency',
      drugs: [['LEVO', 1], ['AMBRO', 3], ['ASA', 1], ['ATOR', 1]], labs: LAB_ADM.concat(['CRP', 'SPUTUM']),
      extra: (i, date, cc) => { cc.add('IV1', date, 1); if (i === 0) { cc.add('CT_CHEST', date, 1); cc.add('O2', date, 12); } },
    }));
  }
  // the other episode is settled first (it ends first)
  const xs = fin(...claims); const [x] = fin(c);
  return [[x].concat(xs), [x], { [x.id]: x.fraud }];
});

// T05 挂床住院
T('T05', '康复病房挂床住院(床位在、治疗无)', (k, careful) => {
  const r = R(); const I = inst(r, pick(['pr', 'pr', 'g2', 'tcm'])); const m = member({ region: r, ageMin: 62, ageMax: 88 });
  const dx = strokeDx({}); const los = ri(24, 32); const adm = randDate('2025-01-06', '2025-11-01');
  const dept = I.kind === 'tcm' ? 'tcm_rehabilitation' : 'rehabilitation';
  const c = stay(m, I, dept, {
    adm, los, dx, drugs: strokeDrugs(dx), midLabs: false, nursing: () => 'N2',
    assess: (i) => (i === 0 ? [['EVAL', 1], ['ADL', 1]] : i === los - 1 ? [['EVAL', 1]] : []),
    therapy: (i, date, dw) => {
      if (i === 0) return [];
      if (i <= 3 || i >= los - 2) return [['HEMI', 1], ['MF', 1]];
      if (careful && i % 2 === 0) return [['IR', 1]];
      if (careful && dw === 3) return [['HEMI', 1]];
      return [];
    },
  });
  const [x] = fin(c);
  return [[x], [x], {}];
});

// T06 分解住院
T('T06', '康复长疗程分解住院', (k, careful) => {
  const r = R(); const I = inst(r, pick(['pr', 'g2', 'tcm', 'g3'])); const m = member({ region: r, ageMin: 55, ageMax: 85 });
  const o = { aphasia: chance(0.3), acu: I.kind === 'tcm' }; const dx0 = strokeDx(o);
  const dept = I.kind === 'tcm' ? 'tcm_rehabilitation' : 'rehabilitation';
  let adm = randDate('2025-01-06', '2025-08-20'); const n = careful ? 2 : 3; const cs = [];
  const principals = careful ? [dx0[0], 'G81.900', 'R26.200x001'] : [dx0[0], dx0[0], dx0[0]];
  for (let s = 0; s < n; s++) {
    const los = ri(14, 20);
    const dx = s === 0 ? dx0 : (careful ? [principals[s]].concat(dx0.slice(1).filter((d) => d !== principals[s])).concat(s === 1 ? [dx0[0]] : []) : dx0);
    cs.push(stay(m, I, dept, { adm, los, dx, drugs: strokeDrugs(dx), assess: stdAssess(los, ['ADL'], ['ADL']), therapy: strokeProgramme(o), route: 'outpatient' }));
    adm = addDays(adm, los + (careful ? ri(5, 9) : ri(1, 3)));
  }
  const xs = fin(...cs);
  return [xs, xs.slice(1), {}];
});

// T07 低标准入院
T('T07', '低标准入院(门诊可治的颈腰肩痛收住康复病房)', (k, careful) => {
  const r = R(); const I = inst(r, pick(['pr', 'pr', 'tcm', 'g2'])); const m = member({ region: r, ageMin: 35, ageMax: 68 });
  const kind = pick(['lumbar', 'cervical', 'shoulder']);
  const dx = kind === 'lumbar' ? ['M54.500', 'M54.505'] : kind === 'cervical' ? ['M47.801', 'M54.200'] : ['M75.001'];
  const los = careful ? ri(5, 7) : ri(7, 11); const adm = randDate('2025-01-06', '2025-11-30');
  const dept = I.kind === 'tcm' ? 'tcm_rehabilitation' : 'rehabilitation';
  const ther = kind === 'lumbar' ? [['LTRAC', 1], ['MF', 1], ['IR', 1]] : kind === 'cervical' ? [['CTRAC', 1], ['MF', 1], ['IR', 1]] : [['JM', 1], ['US', 1], ['IR', 1]];
  if (I.kind === 'tcm') ther.push(['TUINA', 1]);
  const c = stay(m, I, dept, {
    adm, los, dx, nursing: () => (careful ? 'N2' : 'N3'), drugs: [[careful ? 'CELE' : 'DICLO', careful ? 2 : 1]],
    labs: careful ? LAB_ADM : ['CBC', 'URINE', 'LFT', 'RFT', 'ECG'],
    extra: (i, date, cc) => { if (careful && i === 0 && kind !== 'cervical') cc.add(kind === 'lumbar' ? 'MRI_L' : 'LIMBXR', date, 1); },
    assess: (i) => (i === 0 ? [['EVAL', 1]] : []),
    therapy: (i) => (i === 0 ? [] : ther),
  });
  const [x] = fin(c);
  return [[x], [x], {}];
});

// T08 串换: dearer limb-training rows for patients without hemiplegia / paraplegia / cerebral palsy
T('T08', '串换项目(无偏瘫/截瘫/脑瘫者计费肢体综合训练)', (k, careful) => {
  const r = R(); const I = inst(r, pick(['pr', 'g2', 'g3'])); const m = member({ region: r, ageMin: 58, ageMax: 80 });
  const tka = chance(0.6);
  const dx = tka ? ['Z50.900x001', 'Z96.602', 'I10.x00x002'] : ['Z50.900x001', 'Z96.601', 'S72.000x031', 'I10.x00x002'];
  const los = ri(12, 18); const adm = randDate('2025-01-06', '2025-11-30');
  const F = { fraud: true };
  const swapped = careful ? 'HEMI' : pick(['CPT', 'PARA']);
  const c = stay(m, I, 'rehabilitation', {
    adm, los, dx, route: I.kind === 'g3' ? 'outpatient' : 'transfer', transferFrom: I.kind === 'g3' ? undefined : inst(r, 'g3').hospitalId,
    drugs: [['RIVA', 1, 0, 10], ['CELE', 2], ['AMLO', 1]], assess: stdAssess(los, ['BALEVAL'], []),
    therapy: (i) => (i === 0 ? [] : [[swapped, 1, F], ['JM', 1], ['PNEU', 1], ['LF', 1]].concat(careful ? [] : [['BWS', 1, F]])),
  });
  const [x] = fin(c);
  return [[x], [x], { [x.id]: x.fraud }];
});

// T09 重复收费: 肢体综合训练 with 运动疗法 on the same day
T('T09', '重复收费(肢体综合训练与运动疗法同日同收)', (k, careful) => {
  const r = R(); const I = inst(r, pick(['pr', 'g2', 'g3', 'tcm'])); const which = pick(['stroke', 'stroke', 'sci', 'cp']);
  const m = member({ region: r, ageMin: which === 'cp' ? 2 : 40, ageMax: which === 'cp' ? 8 : 80 });
  let dx, base;
  if (which === 'stroke') { const o = { aphasia: chance(0.3) }; dx = strokeDx(o); base = strokeProgramme(o); }
  else if (which === 'sci') { dx = ['T91.300x004', 'G82.201', 'N31.900']; base = (i) => (i === 0 ? [] : [['PARA', 1], ['OT', 1], ['NMES', 1], ['PNEU', 1]]); }
  else { dx = [pick(['G80.100', 'G80.101', 'G80.200'])]; base = (i) => (i === 0 ? [] : [['CPT', 1], ['CONDUCT', 1], ['OT', 1]]); }
  if (which === 'sci' && !DIAG.has('N31.900')) dx = ['T91.300x004', 'G82.201'];
  const los = ri(16, 24); const adm = randDate('2025-01-06', '2025-11-30');
  const dept = which === 'cp' ? (I.depts.includes('pediatric_rehabilitation') ? 'pediatric_rehabilitation' : 'rehabilitation') : (I.kind === 'tcm' ? 'tcm_rehabilitation' : 'rehabilitation');
  const c = stay(m, I, dept, {
    adm, los, dx, drugs: which === 'stroke' ? strokeDrugs(dx) : which === 'sci' ? [['BACLO', 3]] : [], assess: stdAssess(los, which === 'cp' ? ['DEVEVAL'] : ['ADL'], which === 'cp' ? ['DEVEVAL'] : ['ADL']),
    therapy: (i, date, dw) => { const t = base(i, date, dw); if (i === 0) return t; if (!careful || i % 2 === 1) t.push(['KT', 1, { fraud: true }]); return t; },
  });
  const [x] = fin(c);
  return [[x], [x], { [x.id]: x.fraud }];
});

// T10 中医 item and 康复 item billed for the same act
T('T10', '中医与康复项目同一操作重复计费(针刺/电针、定向透药/中频)', (k, careful) => {
  const r = R(); const I = inst(r, pick(['tcm', 'tcm', 'pr'])); const m = member({ region: r, ageMin: 40, ageMax: 80 });
  const stroke = chance(0.5);
  const dx = stroke ? strokeDx({}) : ['M51.202', 'M54.500'];
  const F = { fraud: true };
  const day = (i) => {
    if (i === 0) return [];
    const t = stroke ? [['HEMI', 1], ['OT', 1]] : [['LTRAC', 1], ['TUINA', 1]];
    if (careful) { t.push(['IONTO', 1], ['MF', 1, F]); }
    else { t.push(['ELECACU', 3], ['NEEDLE', 1, F], ['ACU_OLD', 1, F], ['IONTO', 1], ['MF', 1, F]); }
    return t;
  };
  const dept = I.kind === 'tcm' ? 'tcm_rehabilitation' : 'tcm_rehabilitation';
  if (!stroke && chance(0.5)) {
    const out = []; let d = randDate('2025-01-06', '2025-11-30'); const n = ri(5, 8);
    for (let v = 0; v < n; v++) { out.push(visit(m, I, dept, d, dx, day(1))); d = addDays(d, dow(d) === 6 ? 2 : 1); }
    const xs = fin(...out); const mut = {}; for (const x of xs) mut[x.id] = x.fraud;
    return [xs, xs, mut];
  }
  const los = ri(12, 20); const adm = randDate('2025-01-06', '2025-11-30');
  const c = stay(m, I, dept, { adm, los, dx, drugs: stroke ? strokeDrugs(dx) : [['CELE', 2]], assess: stdAssess(los, [], []), therapy: day });
  const [x] = fin(c);
  return [[x], [x], { [x.id]: x.fraud }];
});

// T11 rehabilitation for conditions with no functional impairment
T('T11', '无功能障碍诊断的康复治疗', (k, careful) => {
  const r = R(); const I = inst(r, pick(['cc', 'cl', 'pr'])); const m = member({ region: r, ageMin: 50, ageMax: 78 });
  const dx = careful ? ['I69.300x002', 'I10.x00x002'] : pick([['I10.x00x002'], ['E11.900', 'I10.x00x002'], ['K29.500'], ['J44.900']]).filter((x) => DIAG.has(x));
  if (!dx.length) dx.push('I10.x00x002');
  const F = { fraud: true };
  const lines = careful ? [['HEMI', 1, F], ['LF', 1, F], ['MAG', 1, F]] : [['EVAL', 1, F], ['KT', 1, F], ['OT', 1, F], ['MF', 1, F], ['BAL', 1, F]];
  const out = []; let d = randDate('2025-01-06', '2025-10-30'); const n = ri(4, 8);
  for (let v = 0; v < n; v++) { out.push(visit(m, I, 'rehabilitation', d, dx, v === 0 && careful ? [['EVAL', 1, F]].concat(lines) : (v > 0 ? lines.filter(([kk]) => kk !== 'EVAL') : lines))); d = addDays(d, ri(2, 7)); }
  const xs = fin(...out); const mut = {}; for (const x of xs) mut[x.id] = x.fraud;
  return [xs, xs, mut];
});

// T12 the card of an absent member used
T('T12', '冒用他人医保卡(缺席参保人名下的康复理疗)', (k, careful) => {
  const r = R();
  if (!careful) {
    // a small child's card used for an adult's neck or back treatment
    const I = inst(r, pick(['cl', 'cc', 'pr', 'tcm'])); const m = member({ region: r, ageMin: 3, ageMax: 9, scheme: 'resident' });
    const lumbar = chance(0.5); const dx = lumbar ? ['M51.202', 'M54.500'] : ['M47.201', 'M54.200'];
    const dept = I.kind === 'tcm' ? 'tcm_rehabilitation' : (I.kind === 'cc' ? 'rehabilitation' : 'rehabilitation');
    const F = { fraud: true };
    const out = []; let d = randDate('2025-01-06', '2025-11-30'); const n = ri(3, 6);
    for (let v = 0; v < n; v++) { out.push(visit(m, I, dept, d, dx, [[lumbar ? 'LTRAC' : 'CTRAC', 1, F], ['MF', 1, F], ['IR', 1, F]].concat(I.kind === 'tcm' ? [['TUINA', 1, F]] : []))); d = addDays(d, ri(1, 3)); }
    const xs = fin(...out); const mut = {}; for (const x of xs) mut[x.id] = x.fraud;
    return [xs, xs, mut];
  }
  // an adult member treated in his home city on the same days his card is used at a clinic in another city
  const home = R(); let away = R(); while (away === home) away = R();
  const m = member({ region: home, ageMin: 45, ageMax: 75 });
  const Ih = inst(home, 'g3'); const Ia = inst(away, pick(['cl', 'pr']));
  const claims = []; const targets = []; let d = randDate('2025-02-01', '2025-11-20');
  const n = ri(2, 3);
  for (let v = 0; v < n; v++) {
    claims.push(visit(m, Ih, pick(['cardiology', 'neurology']), d, ['I10.x00x002', 'I25.103'], [['DRAW', 1], ['LIPID', 1], ['ECG', 1]], {}));
    const cc = visit(m, Ia, 'rehabilitation', d, ['M54.500'], [['LTRAC', 1, { fraud: true }], ['MF', 1, { fraud: true }], ['IR', 1, { fraud: true }]]);
    claims.push(cc); targets.push(cc);
    d = addDays(d, ri(10, 30));
  }
  const xs = fin(...claims); const tset = new Set(targets.map((t) => t.id));
  const tx = xs.filter((x) => tset.has(x.id)); const mut = {}; for (const x of tx) mut[x.id] = x.fraud;
  return [xs, tx, mut];
});

// T13 pharmacy or clinic claims during a stay
T('T13', '住院期间门诊/药店重复结算', (k, careful) => {
  const r = R(); const I = inst(r, pick(['pr', 'g2', 'g3', 'tcm'])); const m = member({ region: r, ageMin: 55, ageMax: 85 });
  const dx = strokeDx({ dm: chance(0.3) }); const los = ri(18, 26); const adm = randDate('2025-01-06', '2025-11-20');
  const dept = I.kind === 'tcm' ? 'tcm_rehabilitation' : 'rehabilitation';
  const s = stay(m, I, dept, { adm, los, dx, drugs: strokeDrugs(dx), assess: stdAssess(los, ['ADL'], ['ADL']), therapy: strokeProgramme({ acu: I.kind === 'tcm' }) });
  const P = inst(r, 'ph'); const out = [];
  const n = careful ? 1 : ri(2, 3);
  for (let j = 0; j < n; j++) {
    const date = addDays(adm, ri(3, los - 2));
    out.push(pharmacy(m, P, date, ['I69.300x002', 'I10.x00x002'], [['ATOR', 28], ['XST', 36], careful ? ['ASA', 30] : ['FDDP', 270]]));
  }
  if (!careful) out.push(visit(m, inst(r, 'cl'), 'rehabilitation', addDays(adm, ri(4, los - 2)), ['I69.300x002'], [['HEMI', 1], ['MF', 1]]));
  out.sort((a, b) => (a.o.date < b.o.date ? -1 : 1));
  const xs = fin(...out); const [sx] = fin(s);
  return [[sx].concat(xs), xs, {}];
});

// T14 高套编码: a rehabilitation stay coded as the acute stroke (or with unsupported complications)
T('T14', '康复住院高套编码(恢复期按急性期编码/虚增并发症)', (k, careful) => {
  const r = R(); const Ia = inst(r, 'g3'); const I = inst(r, pick(['pr', 'g2'])); const m = member({ region: r, ageMin: 55, ageMax: 84 });
  const acuteAdm = randDate('2025-01-03', '2025-09-30'); const a = acuteStroke(m, Ia, acuteAdm, { mode: 'transfer' });
  const acuteDis = a.o.dis; const adm = addDays(acuteDis, ri(0, 20)); const los = ri(18, 26);
  let dx;
  if (careful) dx = ['I69.300x003', 'G81.900', 'J18.900', 'I10.x00x002'];
  else dx = [pick(['I63.900', 'I63.500']), 'G81.900', pick(['J96.900', 'J18.900']), 'I10.x00x002'].filter((x) => DIAG.has(x));
  const c = stay(m, I, 'rehabilitation', { adm, los, dx, route: adm === acuteDis ? 'transfer' : 'outpatient', transferFrom: adm === acuteDis ? Ia.hospitalId : undefined, drugs: strokeDrugs(dx), assess: stdAssess(los, ['ADL'], ['ADL']), therapy: strokeProgramme({}) });
  const [ax] = fin(a); const [x] = fin(c);
  return [[ax, x], [x], {}];
});

// T15 超标准收费
T('T15', '超标准收费(康复项目单价高于本级限价)', (k, careful) => {
  const r = R(); const I = inst(r, pick(['pr', 'cl', 'g2', 'cc'])); const m = member({ region: r, ageMin: 45, ageMax: 85 });
  const over = (key) => { const row = CAT[K[key]]; const cap = row.priceCap[String(I.level)]; const p = careful ? row.priceCap['3'] : Math.round(cap * 130) / 100; return p > cap ? [key, 1, { fraud: true, price: p }] : [key, 1]; };
  if (I.level === 1) {
    const dx = chance(0.5) ? ['M54.500'] : ['I69.300x002', 'G81.900'];
    const stroke = dx[0].startsWith('I69');
    const out = []; let d = randDate('2025-01-06', '2025-11-30'); const n = ri(4, 7);
    for (let v = 0; v < n; v++) { out.push(visit(m, I, 'rehabilitation', d, dx, stroke ? [over('HEMI'), over('OT'), over('MF')] : [over('LTRAC'), over('MF'), over('IR')])); d = addDays(d, ri(1, 3)); }
    const xs = fin(...out); const mut = {}; for (const x of xs) mut[x.id] = x.fraud;
    return [xs, xs, mut];
  }
  const o = { aphasia: chance(0.3) }; const dx = strokeDx(o); const los = ri(16, 24); const adm = randDate('2025-01-06', '2025-11-30');
  const c = stay(m, I, 'rehabilitation', { adm, los, dx, drugs: strokeDrugs(dx), assess: (i) => (i === 0 ? [over('EVAL'), over('ADL')] : i === los - 1 ? [over('EVAL')] : []),
    therapy: (i, date, dw) => strokeProgramme(o)(i, date, dw).map(([kk]) => over(kk)) });
  const [x] = fin(c);
  return [[x], [x], { [x.id]: x.fraud }];
});

// =================================================================== CONTROLS
const CTL = [];
function C(code, name, fn) { CTL.push({ code, name, fn }); }

C('C01', '脑卒中早期强化康复(每日多项治疗)', () => {
  const r = R(); const I = inst(r, pick(['g2', 'pr'])); const m = member({ region: r, ageMin: 50, ageMax: 80 });
  const a = acuteStroke(m, inst(r, 'g3'), randDate('2025-01-03', '2025-10-20'), { mode: 'transfer' });
  const adm = a.o.dis; const los = ri(21, 28);
  const dx = ['I69.300x003', 'G81.900', 'R47.003', 'R13.x00', 'I10.x00x002'];
  const c = stay(m, I, 'rehabilitation', { adm, los, dx, route: 'transfer', transferFrom: a.I.hospitalId, nursing: (i) => (i < 7 ? 'N1' : 'N2'),
    drugs: strokeDrugs(dx).concat([['CLOP', 1, 0, 11]]), assess: (i) => (i === 0 ? [['EVAL', 1], ['ADL', 1], ['SPEVAL', 1], ['SWEVAL', 1]] : i === 14 ? [['EVAL', 1]] : i === los - 1 ? [['EVAL', 1], ['ADL', 1], ['SWEVAL', 1]] : []),
    therapy: (i) => (i === 0 ? [] : [['HEMI', 2], ['OT', 1], ['SPEECH', 1], ['SWAL', 1], ['NMES', 1]]) });
  return fin(a, c);
});

C('C02', '脊髓损伤早期康复(多项治疗)', () => {
  const r = R(); const I = inst(r, pick(['g2', 'pr'])); const m = member({ region: r, ageMin: 22, ageMax: 60 });
  const adm = randDate('2025-01-06', '2025-10-20'); const los = ri(24, 30);
  const dx = [pick(['S24.100x023', 'S34.100x003', 'T09.301']), 'G82.203'];
  const c = stay(m, I, 'rehabilitation', { adm, los, dx, route: 'transfer', transferFrom: inst(r, 'g3').hospitalId, nursing: (i) => (i < 10 ? 'N1' : 'N2'),
    drugs: [['LMWH', 1, 0, 13], ['BACLO', 3, 5], ['LACT', 1], ['MECOB', 3]], assess: stdAssess(los, ['ADL', 'ISOTEST'], ['ADL']),
    extra: (i, date, cc) => { if (i % 4 === 1) cc.add('CATH', date, 1); },
    therapy: (i) => (i === 0 ? [] : [['PARA', 2], ['OT', 1], ['NMES', 1], ['PNEU', 1]].concat(i > 10 ? [['BWS', 1]] : [])) });
  return fin(c);
});

C('C03', '脑瘫儿童长疗程住院康复', () => {
  const r = R(); const I = inst(r, pick(['g3', 'pr'])); const m = member({ region: r, ageMin: 1, ageMax: 6, scheme: 'resident' });
  const adm = randDate('2025-01-06', '2025-09-15'); const los = ri(45, 60);
  const dx = [pick(['G80.100', 'G80.101', 'G80.200', 'G80.900']), pick(['R62.000x003', 'F82.x00'])];
  const c = stay(m, I, 'pediatric_rehabilitation', { adm, los, dx, nursing: () => 'N2', midLabs: false, labs: ['CBC', 'URINE', 'LFT', 'RFT'],
    assess: (i) => (i === 0 ? [['DEVEVAL', 1], ['EVAL', 1]] : i === 30 ? [['EVAL', 1]] : i === los - 1 ? [['DEVEVAL', 1], ['EVAL', 1]] : []),
    therapy: (i) => (i === 0 ? [] : [['CPT', 1], ['CONDUCT', 1], ['OT', 1], ['SPEECH', 1]]) });
  return fin(c);
});

C('C04', '重型颅脑损伤自急性病房转入长期康复', () => {
  const r = R(); const I = inst(r, pick(['pr', 'g2', 'g3'])); const m = member({ region: r, ageMin: 25, ageMax: 70 });
  const from = inst(r, 'g3'); const adm = randDate('2025-01-06', '2025-09-20'); const los = ri(40, 56);
  const dx = ['T90.500x002', 'G81.900', 'R47.004', 'G93.100'];
  const c = stay(m, I, 'rehabilitation', { adm, los, dx, route: 'transfer', transferFrom: from.hospitalId === I.hospitalId ? inst(pick(REGIONS.filter((x) => x !== r)), 'g3').hospitalId : from.hospitalId,
    nursing: (i) => (i < 14 ? 'N1' : 'N2'), drugs: [['LEVETI', 2], ['OMEP', 1], ['ENT_NUT', 2, 0, 20]],
    assess: (i) => (i === 0 ? [['EVAL', 1], ['ADL', 1], ['SPEVAL', 1]] : (i === 14 || i === 28 || i === 42) && i < los - 3 ? [['EVAL', 1]] : i === los - 1 ? [['EVAL', 1], ['ADL', 1]] : []),
    therapy: (i) => (i === 0 ? [] : [['HEMI', 1], ['COG', 1], ['SPEECH', 1], ['NMES', 1]]), mode: pick(['ordered', 'community']) });
  if (c.o.transferFrom === I.hospitalId) c.o.transferFrom = undefined;
  return fin(c);
});

C('C05', '中西医结合康复(针刺与康复训练分别实施)', () => {
  const r = R(); const I = inst(r, 'tcm'); const m = member({ region: r, ageMin: 50, ageMax: 82 });
  const o = { aphasia: chance(0.4) }; const dx = strokeDx(o); const los = ri(18, 26); const adm = randDate('2025-01-06', '2025-11-20');
  const c = stay(m, I, 'tcm_rehabilitation', { adm, los, dx, drugs: strokeDrugs(dx).concat([['XST', 6]]), assess: stdAssess(los, ['ADL'], ['ADL']),
    therapy: (i, date, dw) => (i === 0 ? [] : [['HEMI', 1], ['OT', 1], dw % 2 ? ['SCALP', 1] : ['ELECACU', 3], ['TUINA', 1]].concat(o.aphasia ? [['SPEECH', 1]] : [])) });
  return fin(c);
});

C('C06', '新发卒中后的第二个康复疗程', () => {
  const r = R(); const I = inst(r, pick(['pr', 'g2'])); const m = member({ region: r, ageMin: 58, ageMax: 84 });
  const o = {}; const dx1 = strokeDx(o); let adm = randDate('2025-01-06', '2025-06-30'); const los1 = ri(18, 24);
  const s1 = stay(m, I, 'rehabilitation', { adm, los: los1, dx: dx1, drugs: strokeDrugs(dx1), assess: stdAssess(los1, ['ADL'], ['ADL']), therapy: strokeProgramme(o) });
  const a = acuteStroke(m, inst(r, 'g3'), addDays(s1.o.dis, ri(8, 40)), { mode: 'transfer', principal: 'I63.400', more: ['I10.x00x002', 'I48.000'] });
  const los2 = ri(18, 24); const dx2 = ['I69.300x003', 'G81.903', 'I48.000', 'I10.x00x002'];
  const s2 = stay(m, I, 'rehabilitation', { adm: a.o.dis, los: los2, dx: dx2, route: 'transfer', transferFrom: a.I.hospitalId,
    drugs: [['RIVA', 1], ['ATOR', 1], ['AMLO', 1]], assess: stdAssess(los2, ['ADL'], ['ADL']), therapy: strokeProgramme({}) });
  return fin(s1, a, s2);
});

C('C07', '出院后家庭病床康复', () => {
  const r = R(); const I = inst(r, 'g2'); const Cc = inst(r, 'cc'); const m = member({ region: r, ageMin: 65, ageMax: 90 });
  const dx = strokeDx({}); const los = ri(18, 24); const adm = randDate('2025-01-06', '2025-10-15');
  const s = stay(m, I, 'rehabilitation', { adm, los, dx, drugs: strokeDrugs(dx), assess: stdAssess(los, ['ADL'], ['ADL']), therapy: strokeProgramme({}), mode: 'community' });
  const out = [s]; let d = addDays(s.o.dis, ri(1, 3)); const n = ri(4, 6);
  for (let v = 0; v < n; v++) { out.push(visit(Cc ? m : m, Cc, 'general_practice', d, ['I69.300x002', 'G81.900', 'I10.x00x002'], (v === 0 ? [['HOMEBED', 1], ['ADL', 1]] : [['HOMEVISIT', 1]]).concat([['KT', 1]]), { noConsult: true })); d = addDays(d, 7); }
  return fin(...out);
});

C('C08', '出院后社区门诊康复', () => {
  const r = R(); const I = inst(r, pick(['g3', 'g2'])); const Cc = inst(r, 'cc'); const m = member({ region: r, ageMin: 55, ageMax: 85 });
  const dx = strokeDx({}); const los = ri(18, 26); const adm = randDate('2025-01-06', '2025-10-01');
  const s = stay(m, I, 'rehabilitation', { adm, los, dx, drugs: strokeDrugs(dx), assess: stdAssess(los, ['ADL'], ['ADL']), therapy: strokeProgramme({}), mode: 'community' });
  const out = [s]; let d = addDays(s.o.dis, 1); if (dow(d) === 0) d = addDays(d, 1); const n = ri(6, 10);
  for (let v = 0; v < n; v++) { out.push(visit(m, Cc, 'rehabilitation', d, ['I69.300x002', 'G81.900'], [['HEMI', 1], ['OT', 1]])); d = addDays(d, dow(d) === 5 ? 3 : 2); }
  return fin(...out);
});

C('C09', '复杂病例入院首日多维康复评定', () => {
  const r = R(); const I = inst(r, pick(['g3', 'g2'])); const m = member({ region: r, ageMin: 45, ageMax: 80 });
  const dx = strokeDx({ aphasia: true, dysph: true }); const los = ri(20, 28); const adm = randDate('2025-01-06', '2025-11-20');
  const c = stay(m, I, 'rehabilitation', { adm, los, dx, drugs: strokeDrugs(dx),
    assess: (i) => (i === 0 ? [['EVAL', 1], ['ADL', 1], ['BALEVAL', 1], ['SPEVAL', 1], ['SWEVAL', 1], ['EMG', 1]] : i === 1 ? [['VFSS', 1]] : i === 14 ? [['EVAL', 1]] : i === los - 1 ? [['EVAL', 1], ['ADL', 1], ['SPEVAL', 1], ['SWEVAL', 1]] : []),
    therapy: strokeProgramme({ aphasia: true, dysph: true }) });
  return fin(c);
});

C('C10', '全膝关节置换术后转康复科', () => {
  const r = R(); const I = inst(r, pick(['g2', 'pr'])); const m = member({ region: r, ageMin: 58, ageMax: 80 });
  const from = inst(r, 'g3');
  const dx = ['Z50.900x001', 'Z96.602', 'I10.x00x002']; const los = ri(10, 16); const adm = randDate('2025-01-06', '2025-11-30');
  const c = stay(m, I, 'rehabilitation', { adm, los, dx, route: 'transfer', transferFrom: from.hospitalId, drugs: [['RIVA', 1, 0, 12], ['CELE', 2], ['AMLO', 1]],
    assess: (i) => (i === 0 ? [['EVAL', 1], ['BALEVAL', 1]] : i === los - 1 ? [['EVAL', 1], ['ISOTEST', 1]] : []), therapy: (i) => (i === 0 ? [] : [['KT', 1], ['JM', 1], ['PNEU', 1], ['LF', 1]].concat(i > 5 ? [['ISOT', 1]] : [])) });
  return fin(c);
});

C('C11', '老年髋部骨折术后康复', () => {
  const r = R(); const I = inst(r, pick(['g2', 'pr'])); const m = member({ region: r, ageMin: 70, ageMax: 92 });
  const dx = ['Z50.900x001', 'Z96.601', 'S72.000x031'].concat(m.gender === 'F' ? ['M81.000'] : []); const los = ri(14, 21); const adm = randDate('2025-01-06', '2025-11-20');
  const c = stay(m, I, 'rehabilitation', { adm, los, dx, route: 'transfer', transferFrom: inst(r, 'g3').hospitalId, nursing: (i) => (i < 5 ? 'N1' : 'N2'),
    drugs: [['RIVA', 1, 0, 20], ['CACD', 1], ['ACET', 3, 0, 7]].concat(dx.some((d) => d.startsWith('M81')) ? [['ALEN', 1, 3, 3]] : []),
    assess: stdAssess(los, ['BALEVAL', 'ADL'], ['ADL']), therapy: (i) => (i === 0 ? [] : [['KT', 1], ['JM', 1], ['PNEU', 1]].concat(i > 6 ? [['BAL', 1]] : [])) });
  return fin(c);
});

C('C12', '心肌梗死/PCI后门诊Ⅱ期心脏康复', () => {
  const r = R(); const I = inst(r, 'g3'); const m = member({ region: r, ageMin: 45, ageMax: 75 });
  const dx = ['I25.200', 'Z95.501', 'Z50.000']; let d = randDate('2025-01-06', '2025-07-30'); const out = [];
  out.push(visit(m, I, 'cardiology', d, dx, [['CPET', 1], ['ECG', 1], ['DRAW', 1], ['LIPID', 1]], {}));
  const n = ri(10, 14);
  for (let v = 0; v < n; v++) { d = addDays(d, dow(d) === 5 ? 3 : (dow(d) === 3 ? 2 : 2)); out.push(visit(m, I, 'cardiology', d, dx, [['CARD', 1], ['ECGMON', 1]], { noConsult: v % 4 !== 0 })); }
  d = addDays(d, 7); out.push(visit(m, I, 'cardiology', d, dx, [['CPET', 1]], {}));
  return fin(...out);
});

C('C13', '卒中后吞咽障碍强化治疗(VFSS与每日两次吞咽训练)', () => {
  const r = R(); const I = inst(r, pick(['g3', 'g2'])); const m = member({ region: r, ageMin: 55, ageMax: 86 });
  const dx = strokeDx({ dysph: true }); const los = ri(18, 26); const adm = randDate('2025-01-06', '2025-11-20');
  const c = stay(m, I, 'rehabilitation', { adm, los, dx, nursing: (i) => (i < 10 ? 'N1' : 'N2'), drugs: strokeDrugs(dx).concat([['ENT_NUT', 2, 0, 14]]),
    assess: (i) => (i === 0 ? [['EVAL', 1], ['SWEVAL', 1]] : i === 1 ? [['VFSS', 1]] : i === 14 ? [['EVAL', 1], ['SWEVAL', 1]] : i === los - 1 ? [['EVAL', 1], ['VFSS', 1]] : []),
    extra: (i, date, cc) => { if (i === 0) cc.add('NG', date, 1); },
    therapy: (i) => (i === 0 ? [] : [['SWAL', 2], ['NMES', 1], ['HEMI', 1], ['OT', 1]]) });
  return fin(c);
});

C('C14', '脑瘫儿童A型肉毒毒素注射联合训练', () => {
  const r = R(); const I = inst(r, 'g3'); const m = member({ region: r, ageMin: 3, ageMax: 10, scheme: 'resident' });
  const dx = [pick(['G80.100', 'G80.101', 'G80.000x011'])]; const los = ri(12, 18); const adm = randDate('2025-01-06', '2025-11-20');
  const c = stay(m, I, 'pediatric_rehabilitation', { adm, los, dx, labs: ['CBC', 'LFT', 'RFT', 'COAG'],
    extra: (i, date, cc) => { if (i === 1) { cc.add('BOTOX', date, 2); cc.add('IM', date, 2); cc.add('EMG', date, 1); } },
    assess: (i) => (i === 0 ? [['EVAL', 1], ['DEVEVAL', 1]] : i === los - 1 ? [['EVAL', 1]] : []), therapy: (i) => (i < 2 ? [] : [['CPT', 1], ['OT', 1], ['CONDUCT', 1]]) });
  return fin(c);
});

C('C15', '卒中后痉挛口服抗痉挛药联合手功能训练', () => {
  const r = R(); const I = inst(r, pick(['g3', 'g2', 'pr'])); const m = member({ region: r, ageMin: 50, ageMax: 80 });
  const dx = ['I69.300x003', 'G81.100', 'M62.403', 'I10.x00x002']; const los = ri(18, 24); const adm = randDate('2025-01-06', '2025-11-20');
  const c = stay(m, I, 'rehabilitation', { adm, los, dx, drugs: strokeDrugs(dx).concat([[chance(0.5) ? 'BACLO' : 'TIZA', 3]]), assess: stdAssess(los, ['ADL'], ['ADL']),
    therapy: (i) => (i === 0 ? [] : [['HEMI', 1], ['OT', 1], ['HAND', 1], ['WAX', 1]]) });
  return fin(c);
});

C('C16', '慢阻肺稳定期门诊肺康复', () => {
  const r = R(); const I = inst(r, 'g3'); const m = member({ region: r, ageMin: 55, ageMax: 80 });
  const dx = ['J44.900x003', 'Z50.900x001']; let d = randDate('2025-01-06', '2025-08-30'); const out = [];
  out.push(visit(m, I, 'respiratory', d, dx, [['LUNGF', 1], ['CPET', 1], ['TIOT', 1]], {}));
  const n = ri(8, 12);
  for (let v = 0; v < n; v++) { d = addDays(d, dow(d) === 5 ? 3 : 2); out.push(visit(m, I, 'respiratory', d, dx, [['KT', 1]], { noConsult: true })); }
  return fin(...out);
});

C('C17', '脊髓损伤慢性期并发症后再入院康复', () => {
  const r = R(); const I = inst(r, pick(['g3', 'pr'])); const m = member({ region: r, ageMin: 25, ageMax: 60 });
  const dx1 = ['T91.300x003', 'G82.201']; let adm = randDate('2025-01-06', '2025-04-30'); const los1 = ri(24, 30);
  const s1 = stay(m, I, 'rehabilitation', { adm, los: los1, dx: dx1, drugs: [['BACLO', 3], ['LACT', 1]], assess: stdAssess(los1, ['ADL'], ['ADL']), therapy: (i) => (i === 0 ? [] : [['PARA', 1], ['OT', 1], ['NMES', 1]]) });
  const adm2 = addDays(s1.o.dis, ri(120, 180)); const los2 = ri(18, 24);
  const dx2 = ['T91.300x003', 'G82.201', 'M62.400'];
  const s2 = stay(m, I, 'rehabilitation', { adm: adm2, los: los2, dx: dx2, drugs: [['BACLO', 3], ['LACT', 1]], assess: stdAssess(los2, ['ADL'], ['ADL']), therapy: (i) => (i === 0 ? [] : [['PARA', 1], ['OT', 1], ['JM', 1], ['BWS', 1]]) });
  return fin(s1, s2);
});

C('C18', '发育迟缓儿童门诊长期训练(季度复评)', () => {
  const r = R(); const I = inst(r, pick(['g3', 'pr'])); const m = member({ region: r, ageMin: 1, ageMax: 4, scheme: 'resident' });
  const dx = [pick(['R62.000x003', 'R62.000x002', 'F82.x00', 'F88.x00'])]; let d = randDate('2025-01-06', '2025-05-30'); const out = [];
  const n = ri(12, 16);
  for (let v = 0; v < n; v++) { const ev = v === 0 || v === n - 1; out.push(visit(m, I, 'pediatric_rehabilitation', d, dx, (ev ? [['DEVEVAL', 1]] : []).concat([[dx[0].startsWith('R62.000x002') || dx[0].startsWith('F88') ? 'SPEECH' : 'KT', 1], ['OT', 1]]), { noConsult: !ev })); d = addDays(d, ri(6, 9)); }
  return fin(...out);
});

C('C19', '腰椎间盘突出症门诊理疗(牵引、中频与推拿分别实施)', () => {
  const r = R(); const I = inst(r, pick(['tcm', 'g2', 'cc'])); const m = member({ region: r, ageMin: 30, ageMax: 70 });
  const dx = ['M51.202', 'M54.500']; let d = randDate('2025-01-06', '2025-11-30'); const out = []; const n = ri(5, 8);
  const dept = I.kind === 'tcm' ? 'tcm_rehabilitation' : 'rehabilitation';
  for (let v = 0; v < n; v++) { out.push(visit(m, I, dept, d, dx, [['LTRAC', 1], ['MF', 1], ['TUINA', 1]].concat(v === 0 ? [['LSXR', 1]] : []), { noConsult: v > 0 && v % 3 !== 0 })); d = addDays(d, dow(d) === 6 ? 2 : 1); }
  return fin(...out);
});

C('C20', '腰椎间盘突出伴重度神经根痛合理住院', () => {
  const r = R(); const I = inst(r, pick(['g2', 'g3', 'tcm'])); const m = member({ region: r, ageMin: 30, ageMax: 70 });
  const dx = ['M51.202', 'M54.505']; const los = ri(6, 9); const adm = randDate('2025-01-06', '2025-11-30');
  const dept = I.kind === 'tcm' ? 'tcm_rehabilitation' : (I.kind === 'g3' ? 'orthopedics' : 'orthopedics');
  const c = stay(m, I, dept, { adm, los, dx, route: 'emergency', nursing: (i) => (i < 2 ? 'N1' : 'N2'), drugs: [['MANN', 2, 0, 4], ['DEXA', 1, 0, 2], ['CELE', 2], ['MECOB', 3], ['TRAM', 2, 0, 3]],
    extra: (i, date, cc) => { if (i === 0) cc.add('MRI_L', date, 1); if (i < 5) cc.add('IV1', date, 1); },
    assess: (i) => (i === 1 ? [['EVAL', 1]] : []), therapy: (i) => (i < 2 ? [] : [['LTRAC', 1], ['MF', 1]].concat(I.kind === 'tcm' ? [['ELECACU', 3]] : [])) });
  return fin(c);
});

C('C21', '长期意识障碍病房(治疗少、护理重)', () => {
  const r = R(); const I = inst(r, pick(['pr', 'g2'])); const m = member({ region: r, ageMin: 35, ageMax: 80 });
  const dx = [pick(['T90.500x002', 'I69.100x001']), 'R40.200', 'G93.100']; const los = ri(40, 58); const adm = randDate('2025-01-06', '2025-09-30');
  const c = stay(m, I, 'rehabilitation', { adm, los, dx, route: 'transfer', transferFrom: inst(r, 'g3').hospitalId, nursing: () => 'N1', drugs: [['ENT_NUT', 3], ['OMEP', 1], ['LEVETI', 2]],
    extra: (i, date, cc) => { cc.add('SPO2', date, 12); if (i % 7 === 3) cc.add('NG', date, 1); },
    assess: (i) => (i === 0 || i === los - 1 ? [['EVAL', 1]] : []), therapy: (i) => (i === 0 ? [] : [['NMES', 1], ['PNEU', 1]].concat(i % 2 ? [['NEEDLE', 1]] : [])) });
  return fin(c);
});

C('C22', '出院次日药店长处方取药', () => {
  const r = R(); const I = inst(r, pick(['g3', 'g2', 'pr'])); const P = inst(r, 'ph'); const m = member({ region: r, ageMin: 55, ageMax: 85 });
  const dx = strokeDx({}); const los = ri(16, 24); const adm = randDate('2025-01-06', '2025-11-20');
  const s = stay(m, I, 'rehabilitation', { adm, los, dx, drugs: strokeDrugs(dx), assess: stdAssess(los, ['ADL'], ['ADL']), therapy: strokeProgramme({}) });
  const p = pharmacy(m, P, addDays(s.o.dis, ri(1, 2)), ['I69.300x002', 'I10.x00x002'], [['ATOR', 56], ['ASA', 56], ['AMLO', 56]]);
  p.longRx = true; // 长处方 (8 weeks) for a stable condition after discharge
  return fin(s, p);
});

C('C23', '青少年前交叉韧带重建术后康复', () => {
  const r = R(); const I = inst(r, pick(['g3', 'g2'])); const m = member({ region: r, ageMin: 14, ageMax: 17, scheme: 'resident' });
  const dx = ['S83.500x032', 'Z54.000'];
  let d = randDate('2025-01-06', '2025-10-30'); const out = []; const n = ri(8, 12);
  for (let v = 0; v < n; v++) { out.push(visit(m, I, 'rehabilitation', d, dx, [['KT', 1], ['JM', 1]].concat(v > 3 ? [['ISOT', 1]] : [['PNEU', 1]]).concat(v === 0 ? [['EVAL', 1]] : []), { noConsult: v % 4 !== 0 })); d = addDays(d, dow(d) === 5 ? 3 : 2); }
  return fin(...out);
});

C('C24', '急性脑梗死卒中单元内早期康复(急性期编码)', () => {
  const r = R(); const I = inst(r, pick(['g3', 'g2'])); const m = member({ region: r, ageMin: 50, ageMax: 85 });
  const a = acuteStroke(m, I, randDate('2025-01-06', '2025-11-30'), { los: ri(12, 14) });
  return fin(a);
});

// =================================================================== ROUTINE
function routine(j) {
  const r = REGIONS[j % 3]; const t = j % 10;
  if (t === 0 || t === 1) { // stroke recovery stay
    const I = inst(r, pick(['g3', 'g2', 'pr', 'tcm'])); const m = member({ region: r, ageMin: 50, ageMax: 85 });
    const o = { aphasia: chance(0.3), acu: I.kind === 'tcm' || chance(0.3) }; const dx = strokeDx(o); const los = ri(14, 26);
    return fin(stay(m, I, I.kind === 'tcm' ? 'tcm_rehabilitation' : 'rehabilitation', { adm: randDate('2025-01-06', '2025-11-30'), los, dx, drugs: strokeDrugs(dx), assess: stdAssess(los, ['ADL'], ['ADL']), therapy: strokeProgramme(o) }));
  }
  if (t === 2) { // orthopaedic stay
    const I = inst(r, pick(['g3', 'g2', 'pr'])); const m = member({ region: r, ageMin: 55, ageMax: 82 }); const los = ri(10, 16);
    return fin(stay(m, I, 'rehabilitation', { adm: randDate('2025-01-06', '2025-11-30'), los, dx: ['Z50.900x001', 'Z96.602'], drugs: [['RIVA', 1, 0, 10], ['CELE', 2]], assess: stdAssess(los, [], []), therapy: orthoProgramme() }));
  }
  if (t === 3 || t === 4) { // outpatient physiotherapy visit
    const I = inst(r, pick(['g3', 'g2', 'cc', 'cl', 'pr'])); const m = member({ region: r, ageMin: 30, ageMax: 80 });
    const kind = pick(['lumbar', 'cervical', 'shoulder', 'knee']);
    const dx = { lumbar: ['M54.500'], cervical: ['M47.201'], shoulder: ['M75.001'], knee: ['M17.900x004'] }[kind];
    const lines = { lumbar: [['LTRAC', 1], ['MF', 1]], cervical: [['CTRAC', 1], ['MF', 1]], shoulder: [['JM', 1], ['US', 1]], knee: [['US', 1], ['IR', 1]] }[kind];
    return fin(visit(m, I, 'rehabilitation', randDate('2025-01-06', '2025-12-20'), dx, lines));
  }
  if (t === 5 || t === 6) { // TCM outpatient
    const I = inst(r, pick(['tcm', 'cc'])); const m = member({ region: r, ageMin: 30, ageMax: 80 });
    const dept = I.kind === 'tcm' ? pick(['acupuncture', 'tcm_rehabilitation']) : 'rehabilitation';
    const dx = pick([['M54.500'], ['M47.201'], ['M75.001'], ['I69.300x002', 'G81.900']]);
    const lines = pick([[['NEEDLE', 1], ['CUP', 2]], [['ELECACU', 3], ['MOX', 1]], [['TUINA', 1], ['NEEDLE', 1]], [['NEEDLE', 1], ['IR', 1]]]);
    return fin(visit(m, I, dept, randDate('2025-01-06', '2025-12-20'), dx, lines));
  }
  if (t === 7) { // pharmacy
    const P = inst(r, 'ph'); const m = member({ region: r, ageMin: 50, ageMax: 85 });
    return fin(pharmacy(m, P, randDate('2025-01-06', '2025-12-20'), ['I69.300x002', 'I10.x00x002'], [['ATOR', 28], ['ASA', 30]]));
  }
  if (t === 8) { // outpatient stroke follow-up with therapy
    const I = inst(r, pick(['g3', 'g2', 'cc'])); const m = member({ region: r, ageMin: 50, ageMax: 85 });
    return fin(visit(m, I, 'rehabilitation', randDate('2025-01-06', '2025-12-20'), ['I69.300x002', 'G81.900'], [['HEMI', 1], ['OT', 1]]));
  }
  // child CP outpatient session
  const I = inst(r, pick(['g3', 'pr'])); const m = member({ region: r, ageMin: 1, ageMax: 6, scheme: 'resident' });
  return fin(visit(m, I, 'pediatric_rehabilitation', randDate('2025-01-06', '2025-12-20'), [pick(['G80.100', 'G80.900'])], [['CPT', 1], ['OT', 1]]));
}

// =================================================================== build
const DIAG = new Set(Object.keys(JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/diagnoses.json', 'utf8'))));
const PROC = new Set(Object.keys(JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/procedures.json', 'utf8'))));

for (const t of TYP) for (let k = 0; k < 15; k++) {
  const careful = k % 3 === 2;
  const [claims, targets, mut] = t.fn(k, careful);
  label('fraud', t.code, t.name, claims, targets, mut, careful ? 'careful' : 'overt');
}
for (const c of CTL) for (let k = 0; k < 15; k++) { const xs = c.fn(k); label('control', c.code, c.name, xs, xs, {}, 'legitimate'); }
for (let j = 0; j < 100; j++) { const xs = routine(j); label('routine', 'R', '常规康复诊疗', xs, xs, {}, 'routine'); }

// long prescriptions and code checks
for (const { claim } of ALL) {
  for (const d of claim.diagnoses) if (!DIAG.has(d.code)) throw new Error('unknown diagnosis ' + d.code + ' in ' + claim.claimId);
  for (const p of claim.procedures || []) {
    if (!PROC.has(p.code)) throw new Error('unknown procedure ' + p.code);
    if (p.date < claim.admissionDate || p.date > claim.dischargeDate) throw new Error('procedure date outside stay ' + claim.claimId);
  }
}
ALL.sort((a, b) => (a.sortDate < b.sortDate ? -1 : a.sortDate > b.sortDate ? 1 : a.seq - b.seq));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), ALL.map((x) => JSON.stringify(x.claim)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const kinds = {}; for (const l of LABELS) kinds[l.kind] = (kinds[l.kind] || 0) + 1;
console.error(`claims ${ALL.length}, cases ${LABELS.length} ${JSON.stringify(kinds)}${GROUPS ? ', groups from ' + GROUPS : ''}`);
