#!/usr/bin/env node
// blind111: oncology (肿瘤内科、放疗与日间化疗) evaluation set, written on the catalogue rows.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = args[0]; if (!OUT) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base109/rules/catalogue');
const GROUPS = opt('--groups', null);
const POLICIES = path.join(CAT, '..', 'benefits', 'policies.json');

// ---------- rng ----------
let S = 1110111 >>> 0;
function rnd() { S |= 0; S = (S + 0x6D2B79F5) | 0; let t = Math.imul(S ^ (S >>> 15), 1 | S); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const ROW = {};
for (const f of fs.readdirSync(CAT)) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  for (const r of (Array.isArray(j) ? j : j.rows || [])) ROW[r.code] = r;
}
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));
const GRP = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const g = JSON.parse(l); GRP[g.claimId] = g.grouping && g.grouping.drg; }

// item codes (names are taken from the rows)
const I = {
  bed: '001105000010001', chk: '001103000010001', n1: '001201000020001', n2: '001201000030001',
  opd: '001102000010001', opd2: '001102000020001', chronicFee: '001109000010001', consult: '001104000010001',
  iv1: '001204000010001', ivAdd: '001204000020001', ivPush: '001204000040001', sc: '001204000060001', im: '001204000050001',
  cannula: '001204000070001', draw: '001204000080001', pump: '001204000220001', o2: '001208000010001', ecgMon: '001209000010001', spo2: '001210000010001',
  cbc: '002501010010001', hb: '002501010030001', urine: '002501020010001', lft: '002502010010001', alt: '002502010020001', rft: '002502020010001', lytes: '002502030010001',
  coag: '002502060010001', crp: '002502080010001', pct: '002502080020001', bcult: '002502140030001', alb: '002502010050001', prealb: '002502010060001',
  cea: '002502170010001', afp: '002502170020001', ca125: '002502170030001', ca199: '002502170040001', ca153: '002502170050001', nse: '002502170060001', cyfra: '002502170070001', scc: '002502170080001',
  ecg: '003107010010001', ctChest: '002301010020001', ctAbd: '002301010030001', ctPelvis: '002301010080001', ctNeck: '002301010070001', ctHead: '002301010010001', ctEnh: '002301010040001',
  mriPelvis: '002401010070001', mriHead: '002401010010001', mriEnh: '002401010080001', usAbd: '002103010010001', usBreast: '002103010090001', dr: '002202040010001', patho: '002502200010001',
  prep: '003310020010001', imrt: '003310030010001', conv: '003310030020001', crt3d: '003310030030001', sbrt: '003310030040001', sim: '003310030050001', plan: '003310030060001',
  picc: '003307040010001', piccCare: '003307040020001', deepLine: '003307040030001', port: '003307050010001', portCare: '003307050020001', localAn: '003301010030001', ga: '003301010010001',
  mastectomy: '003304040010001', vatsLob: '003308020020001', colectomy: '003302050010001', gastrectomy: '003302060010001', tace: '003307020010001',
  hospice: '001111000010001', mouth: '001219000050001', suction: '001219000040001', airbed: '001219000060001', dressing: '001205000010001', catheter: '001206000010001',
  transfusion: '001204000210001', nrs: '003116010010001', pnPrep: '001203000010001', gastroDecomp: '001213000010001',
  // drugs
  gem: 'XL01BCJ505B002', cis: 'XL01XAS512B002', oxa: 'XL01XAA523B002', pac: 'XL01CDZ508B002', doc: 'XL01CDD501B002', pem: 'XL01BAP501B002',
  tras: 'XL01FDQ501B002', bev: 'XL01FGB501B002', ritux: 'XL01FAL501B002', sinti: 'XL01FFX501B002', camre: 'XL01FFK501B002', tisle: 'XL01FFT501B002',
  osi: 'XL01EBA501A001', gefi: 'XL01EBJ501A001', cape: 'XL01BCK502A001', lv: 'XV03AFY510B002', gcsf: 'XL03AAR501B002',
  ond: 'XA04AAA524B002', palo: 'XA04AAP508B002', meto: 'XA03FAJ503B002', dex: 'XH02ABD515B002', ns: 'XB05BBL511B002', glu: 'XB05BAP505B002', gns: 'XB05BBP506B002', kcl: 'XB05XAL512B002',
  ome: 'XA02BCA515A001', omeIv: 'XA02BCA515B002', gsh: 'XV03ABH501B002', morphSR: 'XN02AAL501A003', morphInj: 'XN02AAM507B002', fent: 'XN02ABF501F001', scop: 'XA04ADD501B002', halo: 'XN05ADF501B002',
  ceftaz: 'XJ01DDT506B002', pip: 'XJ01CRP501B002', mero: 'XJ01DHM501B002', zol: 'XM05BAZ507B002', ioh: 'XV08ABD501B002', furo: 'XC03CAF503B002', mannitol: 'XB05BCG505B002',
  aa: 'XB05BAF508B002', lipid: 'XB05BAZ504B002', allin1: 'XB05BAZ505B002', vit: 'XB05XCS501B002', trace: 'XB05XAD501B002', albumin: 'XB05AAR504B002', lmwh: 'XB01ABD502B002', heparin: 'XB01ABG501B002',
  tramadol: 'XN02AXQ505A003', enteral: 'XV06DBC501A004',
  // consumables
  set: 'C14010150100001020350000001', precSet: 'C14010150400001288520000001', cannulaC: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001',
  piccC: 'C02020150100001104330000001', portC: 'C02020150200001215870000001', tube: 'C14040150200001963360000001', bloodSet: 'C14100150200001872210000001', electrode: 'C14060150100001436170000001',
};
for (const k in I) if (!ROW[I[k]]) throw new Error('catalogue row missing: ' + k + ' ' + I[k]);
const L01_IV = new Set([I.gem, I.cis, I.oxa, I.pac, I.doc, I.pem, I.tras, I.bev, I.ritux, I.sinti, I.camre, I.tisle]);

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 864e5);
const dow = (s) => D(s).getUTCDay();
const weekday = (s) => { const w = dow(s); return w >= 1 && w <= 5; };
const nextWeekday = (s) => { let x = s; while (!weekday(x)) x = add(x, 1); return x; };
const startDate = (m1, m2) => nextWeekday(`2025-${String(ri(m1, m2)).padStart(2, '0')}-${String(ri(1, 26)).padStart(2, '0')}`);

// ---------- regions, institutions, doctors ----------
const REGIONS = ['510100', '370100', '220100', '230100'];
const INST = {}; // id -> {id, region, level, kind}
const INSTS = {};
for (const r of REGIONS) {
  const mk = (n, level, kind) => { const id = (kind === 'pharmacy' ? 'Y' : 'H') + r + String(n).padStart(2, '0'); INST[id] = { id, region: r, level, kind }; return INST[id]; };
  INSTS[r] = { cancer: mk(1, 3, 'cancer hospital'), general: mk(2, 3, 'general hospital'), county: mk(3, 2, 'level-2 hospital'), community: mk(4, 1, 'community centre'), private: mk(5, 2, 'private hospital'),
    ph1: mk(6, 1, 'pharmacy'), ph2: mk(7, 1, 'pharmacy'), ph3: mk(8, 1, 'pharmacy') };
}
const DEPTS = ['oncology', 'radiotherapy', 'breast_surgery', 'thoracic_surgery', 'general_surgery', 'palliative', 'interventional', 'haematology', 'pharmacy', 'outpatient'];
function doctor(inst, dept, k) { const di = DEPTS.indexOf(dept); return 'D' + inst.id.slice(1) + String(di).padStart(2, '0') + (k === undefined ? ri(1, 4) : k); }

// ---------- members ----------
let memberSeq = 0;
const TUM = {
  breast: { c: 'C50.900', g: 'F', markers: ['cea', 'ca153'] }, lung: { c: 'C34.900', markers: ['cea', 'cyfra', 'nse'] }, colon: { c: 'C18.900', markers: ['cea', 'ca199'] },
  rectum: { c: 'C20.x00', markers: ['cea', 'ca199'] }, stomach: { c: 'C16.900', markers: ['cea', 'ca199'] }, oeso: { c: 'C15.900', markers: ['cea', 'scc'] },
  cervix: { c: 'C53.900', g: 'F', markers: ['scc', 'ca125'] }, npc: { c: 'C11.900', markers: ['cea', 'scc'] }, liver: { c: 'C22.000', markers: ['afp'] }, dlbcl: { c: 'C83.300', markers: [] },
};
function member(region, tumour, o = {}) {
  memberSeq++;
  const t = TUM[tumour];
  const gender = o.gender || t.g || (rnd() < 0.55 ? 'M' : 'F');
  const age = o.age || ri(42, 72);
  const birth = `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const insuranceType = o.insuranceType || (rnd() < 0.6 ? 'employee' : 'resident');
  const retired = insuranceType === 'employee' && age >= (gender === 'M' ? 61 : 56);
  const bsa = o.bsa || Math.round((gender === 'M' ? 1.6 + rnd() * 0.3 : 1.45 + rnd() * 0.25) * 100) / 100;
  const weight = o.weight || Math.round(gender === 'M' ? 58 + rnd() * 22 : 48 + rnd() * 18);
  return {
    id: 'P111' + String(memberSeq).padStart(6, '0'), region, tumour, dx: t.c, gender, birth, insuranceType, retired, bsa, weight,
    enrollment: { enrolledOn: `${ri(2008, 2018)}-01-01`, inConcentratedPeriod: true, continuousYears: ri(6, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false,
      contributionYears: ri(12, 32), special: null, chronicDiseases: [t.c.slice(0, 3)] },
    inpatientCount: 0, outDedUsed: 0, fundYear: {},
  };
}
const ageAt = (m, date) => { const b = D(m.birth), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- claims ----------
let claimSeq = 0;
const CLAIMS = [];
const fen = (y) => Math.round(y * 100);
class Claim {
  constructor(m, inst, dept, visitType, o) {
    claimSeq++;
    this.m = m; this.inst = inst; this.visitType = visitType; this.lines = []; this.fraudLines = new Set();
    this.c = {
      claimId: `${inst.region}-${inst.id}-2025-${String(claimSeq).padStart(6, '0')}`, region: inst.region, insuranceType: m.insuranceType, visitType,
      patient: { insuredId: m.id, gender: m.gender, birthDate: m.birth, retired: m.retired }, enrollment: m.enrollment,
      provider: { hospitalId: inst.id, level: inst.level, department: dept, doctorId: o.doctorId || doctor(inst, dept) },
    };
    if (inst.region !== m.region) this.c.insuredRegion = m.region;
    if (visitType === 'inpatient') {
      this.c.admissionDate = o.adm; this.c.dischargeDate = o.dis;
      this.c.admissionRoute = o.route || 'outpatient'; this.c.dischargeMode = o.mode || 'ordered';
      if (o.from) this.c.transferFromHospitalId = o.from;
    } else this.c.visitDate = o.date;
    this.c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
    this.c.procedures = (o.procs || []).map(([code, date]) => ({ code, date }));
    this.date = visitType === 'inpatient' ? o.dis : o.date;
    CLAIMS.push(this);
  }
  get id() { return this.c.claimId; }
  add(code, date, qty, o = {}) {
    const r = ROW[code]; if (!r) throw new Error('no row ' + code);
    if (!(qty > 0)) return null;
    const lineId = String(this.lines.length + 1);
    const price = o.price !== undefined ? o.price : r.priceCap[String(this.inst.level)];
    const l = { lineId, code, name: r.name, category: r.category, date, quantity: qty, unitPrice: price, amount: Math.round(fen(price) * qty) / 100 };
    if (o.long) l.longPrescription = true;
    this.lines.push(l);
    if (o.fraud) this.fraudLines.add(lineId);
    l._brk = !!o.breaks;
    return lineId;
  }
  nights() { const n = []; for (let d = this.c.admissionDate; d < this.c.dischargeDate; d = add(d, 1)) n.push(d); return n; }
}

// limit check: throws unless the line is labelled as a deliberate break
function check(cl) {
  const c = cl.c, lv = c.provider.level, dx = c.diagnoses.map((d) => d.code);
  const perDay = {}, days = {}, byDate = {};
  for (const l of cl.lines) {
    const r = ROW[l.code];
    const err = (msg) => { if (!l._brk) throw new Error(`${c.claimId} line ${l.lineId} ${l.name}: ${msg}`); };
    if (r.setting === 'inpatient' && c.visitType !== 'inpatient') err('inpatient only');
    if (r.setting === 'outpatient' && c.visitType === 'inpatient') err('outpatient only');
    if (r.minLevel && lv < r.minLevel) err('minLevel');
    if (r.gender && r.gender !== c.patient.gender) err('gender');
    const age = ageAt(cl.m, l.date);
    if (r.ageMin !== undefined && age < r.ageMin) err('ageMin'); if (r.ageMax !== undefined && age > r.ageMax) err('ageMax');
    if (r.indications && !r.indications.some((p) => dx.some((d) => d.startsWith(p)))) err('indication');
    if (l.unitPrice > r.priceCap[String(lv)] + 1e-9) err('price');
    if (c.visitType === 'inpatient' && (l.date < c.admissionDate || l.date > c.dischargeDate)) throw new Error('date outside stay ' + c.claimId);
    if (c.visitType !== 'inpatient' && l.date !== c.visitDate) throw new Error('date != visit ' + c.claimId);
    const k = l.code + '|' + l.date; perDay[k] = (perDay[k] || 0) + l.quantity;
    (days[l.code] = days[l.code] || new Set()).add(l.date);
    (byDate[l.date] = byDate[l.date] || []).push(l);
  }
  for (const k in perDay) { const [code, date] = k.split('|'); const r = ROW[code]; if (r.maxPerDay !== undefined && perDay[k] > r.maxPerDay + 1e-9) { const ls = cl.lines.filter((l) => l.code === code && l.date === date); if (!ls.some((l) => l._brk)) throw new Error(`${c.claimId} ${r.name} ${date} qty ${perDay[k]} > maxPerDay ${r.maxPerDay}`); } }
  for (const code in days) { const r = ROW[code]; if (r.maxDays && days[code].size > r.maxDays) throw new Error(`${c.claimId} ${r.name} days > maxDays`); }
  for (const date in byDate) {
    const ls = byDate[date]; const codes = new Set(ls.map((l) => l.code));
    for (const l of ls) {
      const r = ROW[l.code];
      for (const x of (r.excludes || [])) if (codes.has(x) && !l._brk && !ls.find((y) => y.code === x)._brk) throw new Error(`${c.claimId} ${r.name} excludes ${x} on ${date}`);
      for (const x of (r.includes || [])) if (codes.has(x) && !ls.filter((y) => y.code === x).every((y) => y._brk)) throw new Error(`${c.claimId} ${r.name} includes ${x} on ${date}`);
    }
    const prep = ls.filter((l) => l.code === I.prep).reduce((a, l) => a + l.quantity, 0);
    const nDrugs = new Set(ls.filter((l) => L01_IV.has(l.code)).map((l) => l.code)).size;
    if (prep > nDrugs && !ls.filter((l) => l.code === I.prep).some((l) => l._brk)) throw new Error(`${c.claimId} 配置 ${prep} > drugs ${nDrugs} on ${date}`);
  }
}

// ---------- fund ----------
function deepMerge(a, b) { if (!b) return a; const o = Array.isArray(a) ? a.slice() : { ...a }; for (const k in b) o[k] = (b[k] && typeof b[k] === 'object' && !Array.isArray(b[k]) && a && typeof a[k] === 'object') ? deepMerge(a[k], b[k]) : b[k]; return o; }
function policyFor(region) { const p = POL.provinces[region.slice(0, 2)]; return deepMerge(p, p.regions && p.regions[region]); }
function settle(cl) {
  const c = cl.c, m = cl.m;
  let total = 0, policy = 0;
  for (const l of cl.lines) { const a = fen(l.amount); total += a; const s = ROW[l.code].selfPayShare || 0; policy += s >= 1 ? 0 : Math.round(a * (1 - s)); }
  const P = policyFor(c.insuredRegion || c.region);
  const sch = P.schemes[c.insuranceType][c.visitType];
  const lv = String(c.provider.level);
  const ratio = (typeof sch.ratio === 'object' ? sch.ratio[lv] : sch.ratio) + (m.retired ? sch.retireeRatioBonus || 0 : 0);
  let fund;
  if (c.visitType === 'inpatient') {
    let ded = fen(sch.deductible[lv]);
    if (m.inpatientCount > 0 && sch.laterAdmissionDeductibleShare) ded = Math.round(ded * sch.laterAdmissionDeductibleShare);
    m.inpatientCount++;
    fund = Math.max(0, policy - ded) * ratio;
  } else if (c.visitType === 'chronic') {
    fund = policy * ratio;
  } else {
    const dedLeft = Math.max(0, fen(sch.deductible) - m.outDedUsed);
    const used = Math.min(dedLeft, policy); m.outDedUsed += used;
    fund = (policy - used) * ratio;
  }
  const capKey = c.visitType === 'chronic' ? 'chronic-C' : c.visitType;
  const cap = c.visitType === 'chronic' ? fen(sch.diseaseCaps.cancer.annualFundCap) : fen(sch.annualFundCap);
  const usedCap = m.fundYear[capKey] || 0;
  fund = Math.max(0, Math.min(Math.round(fund), cap - usedCap));
  m.fundYear[capKey] = usedCap + fund;
  c.items = cl.lines.map(({ _brk, ...l }) => l);
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}

// ---------- clinical building blocks ----------
const vials = (mgPerM2, bsa, vialMg) => Math.ceil((mgPerM2 * bsa) / vialMg - 1e-9);
function stay(m, inst, dept, adm, los, dx, o = {}) {
  const cl = new Claim(m, inst, dept, 'inpatient', { adm, dis: add(adm, los), dx, procs: o.procs, route: o.route, mode: o.mode, from: o.from, doctorId: o.doctorId });
  const nurse = o.nurse || I.n2;
  for (const d of cl.nights()) { cl.add(o.bed || I.bed, d, 1); cl.add(I.chk, d, 1); cl.add(nurse, d, 1); }
  if (!o.noLabs) admLabs(cl, adm, o.markers !== undefined ? o.markers : TUM[m.tumour].markers);
  return cl;
}
function admLabs(cl, d, markers) {
  cl.add(I.draw, d, 1); cl.add(I.cbc, d, 1); cl.add(I.lft, d, 1); cl.add(I.rft, d, 1); cl.add(I.lytes, d, 1); cl.add(I.urine, d, 1); cl.add(I.ecg, d, 1);
  for (const k of markers || []) cl.add(I[k], d, 1);
}
// one infusion day: drugs [[code, qty]], antiemetic, hydration bottles
function chemoDay(cl, d, drugs, o = {}) {
  const ids = {};
  for (const [code, q, fo] of drugs) ids[code] = cl.add(code, d, q, fo || {});
  const nL01 = drugs.filter(([code]) => L01_IV.has(code)).length;
  if (nL01 && !o.noPrep) ids.prep = cl.add(I.prep, d, nL01);
  if (o.anti !== false) ids.anti = o.anti === 'palo' ? cl.add(I.palo, d, 1) : cl.add(I.ond, d, 1);
  cl.add(I.dex, d, o.dexQ || 1);
  const groups = Math.min(6, nL01 + 1 + (o.hyd || 0));
  cl.add(I.ns, d, groups);
  if (o.hyd) cl.add(I.kcl, d, 1);
  cl.add(I.iv1, d, 1); if (groups > 1) cl.add(I.ivAdd, d, Math.min(5, groups - 1));
  cl.add(drugs.some(([c]) => c === I.pac) ? I.precSet : I.set, d, 1);
  if (groups > 1) cl.add(I.set, d, Math.min(3, groups - 1));
  return ids;
}
function dayCase(m, inst, date, drugs, o = {}) {
  const cl = new Claim(m, inst, 'oncology', 'chronic', { date, dx: o.dx || [m.dx], doctorId: o.doctorId });
  cl.add(I.chronicFee, date, 1); cl.add(I.draw, date, 1); cl.add(I.cbc, date, 1);
  if (o.labs !== false) { cl.add(I.lft, date, 1); cl.add(I.rft, date, 1); }
  const ids = chemoDay(cl, date, drugs, { anti: o.anti, noPrep: o.noPrep });
  if (o.picc) cl.add(I.piccCare, date, 1); else if (o.port) cl.add(I.portCare, date, 1); else { cl.add(I.cannula, date, 1); cl.add(I.cannulaC, date, 1); }
  cl.ids = ids; return cl;
}
function opVisit(m, inst, date, o = {}) {
  const cl = new Claim(m, inst, o.dept || 'oncology', 'outpatient', { date, dx: o.dx || [m.dx], doctorId: o.doctorId });
  cl.add(inst.level >= 2 ? I.opd2 : I.opd, date, 1);
  return cl;
}
function pharmacy(m, inst, date, code, qty, o = {}) {
  const cl = new Claim(m, inst, 'pharmacy', 'chronic', { date, dx: o.dx || [m.dx], doctorId: o.doctorId || o.prescriber });
  const id = cl.add(code, date, qty, o.fo || {}); cl.drugLine = id; return cl;
}
// a chemotherapy stay: admission labs, infusion on day 1, discharge after los nights
function chemoStay(m, inst, adm, los, drugs, o = {}) {
  const dx = o.dx || [o.z || 'Z51.102', m.dx];
  const cl = stay(m, inst, o.dept || 'oncology', adm, los, dx, { procs: [['99.2500', add(adm, o.day || 1)]], markers: o.markers, nurse: o.nurse, route: o.route, doctorId: o.doctorId });
  const d1 = add(adm, o.day || 1);
  cl.ids = chemoDay(cl, d1, drugs, { anti: o.anti, hyd: o.hyd });
  cl.add(I.cannula, adm, 1); cl.add(I.cannulaC, adm, 1);
  if (o.hyd) for (let k = 1; k < los; k++) { const d = add(d1, k); if (d < cl.c.dischargeDate) { cl.add(I.ns, d, 2); cl.add(I.kcl, d, 1); cl.add(I.iv1, d, 1); cl.add(I.ivAdd, d, 1); cl.add(I.set, d, 1); } }
  cl.add(I.cbc, cl.c.dischargeDate, 1); cl.add(I.draw, cl.c.dischargeDate, 1);
  return cl;
}
// a radiotherapy stay: simulation, plan, fractions on weekdays
function rtStay(m, inst, adm, fx, o = {}) {
  const tech = o.tech || I.imrt;
  const simD = add(adm, 1), planD = add(adm, 3);
  let d = nextWeekday(add(adm, 5)); const fxDates = [];
  while (fxDates.length < fx) { if (weekday(d) || o.weekend) fxDates.push(d); d = add(d, 1); }
  const dis = add(fxDates[fxDates.length - 1], 1);
  const los = diff(adm, dis);
  const dx = o.dx || ['Z51.000x003', m.dx];
  const cl = stay(m, inst, 'radiotherapy', adm, los, dx, { procs: [[o.proc || '92.2400x003', fxDates[0]]], markers: o.markers, doctorId: o.doctorId });
  cl.add(I.sim, simD, 1); cl.add(I.plan, planD, 1);
  cl.add(I.ctChest, simD, 0);
  cl.fx = fxDates; cl.fxIds = [];
  for (const f of fxDates) cl.fxIds.push(cl.add(tech, f, o.perDay || 1));
  for (let w = 7; w < los; w += 7) { cl.add(I.cbc, add(adm, w), 1); cl.add(I.draw, add(adm, w), 1); }
  return cl;
}

// ---------- cases ----------
const LABELS = []; let caseSeq = 0;
function label(kind, code, name, claims, targets, variant, mutated) {
  caseSeq++;
  const mutatedLines = {};
  if (mutated === undefined) { for (const t of targets) { const ids = [...t.fraudLines]; if (ids.length) mutatedLines[t.id] = ids; } }
  LABELS.push({ caseId: 'B111-' + String(caseSeq).padStart(4, '0'), kind, code, name, claimIds: claims.map((c) => c.id), targets: targets.map((c) => c.id), mutatedLines, typology: code, variant });
}
const region = (i) => REGIONS[i % REGIONS.length];
const V = (i) => (i < 10 ? 'overt' : 'careful');

const T = {}; const C = {};
// T01 cycles billed never given or given early (day-case docetaxel + trastuzumab q21, HER2+ breast)
T.T01 = ['化疗周期虚记或提前', (i) => {
  const m = member(region(i), 'breast'); const R = INSTS[m.region]; const h = i % 2 ? R.cancer : R.general; const doc = doctor(h, 'oncology', 1);
  const docV = vials(75, m.bsa, 20), trV = Math.ceil(6 * m.weight / 150);
  let d = startDate(1, 6); const cl = [];
  for (let k = 0; k < 3; k++) { cl.push(dayCase(m, h, d, [[I.doc, docV], [I.tras, trV]], { doctorId: doc, picc: true })); d = add(d, 21); }
  const early = add(cl[2].c.visitDate, i < 10 ? ri(6, 9) : ri(14, 16));
  const f = dayCase(m, h, nextWeekday(early), [[I.doc, docV, { fraud: true }], [I.tras, trV, { fraud: true }]], { doctorId: doc, picc: true });
  f.fraudLines.add(f.ids.prep);
  cl.push(f);
  cl.push(dayCase(m, h, add(cl[2].c.visitDate, 21 + ri(0, 2)), [[I.doc, docV], [I.tras, trV]], { doctorId: doc, picc: true }));
  return [cl, [f]];
}];
// T02 vials beyond the body surface area
T.T02 = ['超体表面积用量（整支取整全部计费）', (i) => {
  const lungC = i % 2 === 1; const m = member(region(i), lungC ? 'lung' : 'breast'); const R = INSTS[m.region]; const h = i % 3 === 0 ? R.county : R.cancer; const doc = doctor(h, 'oncology', 2);
  const [code, mg, vmg] = lungC ? [I.pem, 500, 100] : [I.doc, 75, 20];
  const right = vials(mg, m.bsa, vmg); const billed = i < 10 ? ROW[code].maxPerDay : right + 2;
  let d = startDate(2, 7); const cl = []; const tg = [];
  for (let k = 0; k < 3; k++) { const c = dayCase(m, h, d, [[code, billed, { fraud: true }]], { doctorId: doc }); cl.push(c); tg.push(c); d = add(d, 21 + ri(0, 2)); }
  return [cl, tg];
}];
// T03 targeted drug outside its 限定支付
T.T03 = ['靶向/免疫药物超限定支付范围', (i) => {
  if (i < 10) {
    const variants = [['lung', I.tras, 150, 6], ['breast', I.bev, 100, 7.5], ['stomach', I.bev, 100, 7.5], ['oeso', I.tras, 150, 6], ['colon', I.tras, 150, 6]];
    const [tum, code, vmg, mgkg] = variants[i % variants.length];
    const m = member(region(i), tum); const h = INSTS[m.region].cancer; const doc = doctor(h, 'oncology', 3);
    const q = Math.ceil(mgkg * m.weight / vmg); const cl = []; let d = startDate(2, 8);
    for (let k = 0; k < 2; k++) { const dx = [m.dx]; const c = dayCase(m, h, d, [[code, q, { fraud: true, breaks: true }]], { doctorId: doc, dx }); c.lines.forEach((l) => { if (l.code === code) l._brk = true; }); cl.push(c); d = add(d, 21); }
    return [cl, cl];
  }
  // careful: colon cancer in the history, the trastuzumab claim codes gastric cancer to fit the 限定支付
  const m = member(region(i), 'colon'); const R = INSTS[m.region]; const h = R.cancer; const doc = doctor(h, 'oncology', 3);
  const d0 = startDate(1, 5); const oxV = vials(130, m.bsa, 50);
  const s1 = chemoStay(m, h, d0, 2, [[I.oxa, oxV]], { doctorId: doc }); s1.add(I.cape, add(d0, 1), 8 * 14);
  const d1 = add(d0, 21); const q = Math.ceil(6 * m.weight / 150);
  const f = dayCase(m, h, nextWeekday(d1), [[I.tras, q, { fraud: true }]], { doctorId: doc, dx: ['C16.900', 'C18.900'] });
  const f2 = dayCase(m, h, nextWeekday(add(d1, 21)), [[I.tras, q, { fraud: true }]], { doctorId: doc, dx: ['C16.900', 'C18.900'] });
  return [[s1, f, f2], [f, f2]];
}];
// T04 the same 双通道 drug bought at several pharmacies (倒卖)
T.T04 = ['双通道靶向药多药店重复购药（倒卖）', (i) => {
  const m = member(region(i), 'lung'); const R = INSTS[m.region]; const h = R.cancer; const doc = doctor(h, 'oncology', 1);
  const d0 = startDate(1, 5);
  const v = opVisit(m, h, d0, { doctorId: doc }); v.add(I.ctChest, d0, 1); v.add(I.cea, d0, 1); v.add(I.draw, d0, 1);
  const cl = [v]; const tg = [];
  const ph = [R.ph1, R.ph2, R.ph3];
  if (i < 10) {
    let d = add(d0, 1); const gaps = [0, ri(5, 8), ri(5, 8), ri(6, 9), ri(14, 20)];
    for (let k = 0; k < gaps.length; k++) { d = add(d, gaps[k]); const p = pharmacy(m, ph[k % 3], d, I.osi, 30, { prescriber: doc }); cl.push(p); if (k > 0) { tg.push(p); p.fraudLines.add(p.drugLine); } }
  } else {
    let d = add(d0, 1);
    for (let k = 0; k < 5; k++) { const p = pharmacy(m, ph[k % 2], d, I.osi, 30, { prescriber: doc }); cl.push(p); if (k > 0) { tg.push(p); p.fraudLines.add(p.drugLine); } d = add(d, ri(18, 21)); }
  }
  return [cl, tg];
}];
// T05 radiotherapy fractions billed beyond those delivered
T.T05 = ['放疗分次虚增', (i) => {
  const tum = pick(['breast', 'rectum', 'cervix', 'oeso']); const m = member(region(i), tum); const h = INSTS[m.region].cancer;
  const adm = startDate(1, 8);
  if (i < 10) {
    const s = rtStay(m, h, adm, 25, { doctorId: doctor(h, 'radiotherapy', 1) });
    // the weekend days of the course billed as fractions too
    for (let d = s.fx[0]; d < s.fx[24]; d = add(d, 1)) if (!weekday(d)) s.fraudLines.add(s.add(I.imrt, d, 1));
    return [[s], [s]];
  }
  const s = rtStay(m, h, adm, 25, { tech: I.crt3d, proc: '92.2400x002', doctorId: doctor(h, 'radiotherapy', 2) });
  for (const k of [3, 7, 11, 15, 19, 22]) s.fraudLines.add(s.add(I.crt3d, s.fx[k], 1));
  return [[s], [s]];
}];
// T06 planning and simulation billed every week
T.T06 = ['放疗计划设计/模拟定位按周重复收费', (i) => {
  const tum = pick(['breast', 'rectum', 'lung', 'oeso']); const m = member(region(i), tum); const R = INSTS[m.region]; const h = i % 4 === 3 ? R.county : R.cancer;
  const tech = h.level === 3 ? I.imrt : I.crt3d;
  const s = rtStay(m, h, startDate(1, 8), 25, { tech, proc: tech === I.imrt ? '92.2400x003' : '92.2400x002', doctorId: doctor(h, 'radiotherapy', 3) });
  const weeks = i < 10 ? [7, 14, 21, 28] : [14, 28];
  for (const w of weeks) { const d = nextWeekday(add(s.fx[0], w)); if (d < s.c.dischargeDate) { s.fraudLines.add(s.add(I.plan, d, 1)); if (i < 10) s.fraudLines.add(s.add(I.sim, d, 1)); } }
  return [[s], [s]];
}];
// T07 tumour markers repeated beyond need
T.T07 = ['肿瘤标志物套餐重复检测', (i) => {
  const panel = ['cea', 'afp', 'ca125', 'ca199', 'ca153', 'nse', 'cyfra', 'scc'];
  if (i < 10) {
    const tum = pick(['lung', 'colon', 'stomach']); const m = member(region(i), tum); const R = INSTS[m.region]; const h = i % 2 ? R.private : R.county;
    const s = chemoStay(m, h, startDate(1, 9), 12, [[I.pac, vials(175, m.bsa, 30)]], { markers: [], doctorId: doctor(h, 'oncology', 1) });
    for (const k of [0, 3, 6, 9]) for (const p of panel) { const id = s.add(I[p], add(s.c.admissionDate, k), 1); if (k > 0) s.fraudLines.add(id); }
    for (const k of [3, 6, 9]) s.add(I.draw, add(s.c.admissionDate, k), 1);
    return [[s], [s]];
  }
  const m = member(region(i), 'breast'); const R = INSTS[m.region]; const h = R.private; const doc = doctor(h, 'oncology', 2);
  let d = startDate(2, 5); const cl = [];
  for (let k = 0; k < 4; k++) { const v = opVisit(m, h, d, { doctorId: doc, dx: ['Z08.000', 'C50.900'] }); v.add(I.draw, d, 1); for (const p of panel) { const id = v.add(I[p], d, 1); if (k > 0) v.fraudLines.add(id); } cl.push(v); d = nextWeekday(add(d, ri(28, 32))); }
  return [cl, cl.slice(1)];
}];
// T08 G-CSF on every cycle regardless of risk
T.T08 = ['G-CSF无指征常规预防使用', (i) => {
  const tum = pick(['colon', 'stomach']); const m = member(region(i), tum); const R = INSTS[m.region]; const h = i % 2 ? R.county : R.general; const doc = doctor(h, 'oncology', 3);
  let d = startDate(1, 7); const cl = [];
  for (let k = 0; k < 3; k++) {
    const dx = i < 10 ? ['Z51.102', m.dx] : ['Z51.102', m.dx, 'D70.x00x003'];
    const s = chemoStay(m, h, d, 3, [[I.oxa, vials(130, m.bsa, 50)]], { doctorId: doc, dx }); s.add(I.cape, add(d, 1), 8 * 14);
    for (let j = i < 10 ? 1 : 2; j <= 3; j++) { const dd = add(d, j); if (dd > s.c.dischargeDate) continue; s.fraudLines.add(s.add(I.gcsf, dd, i < 10 ? 2 : 1, { breaks: i < 10 })); s.add(I.sc, dd, 1); }
    cl.push(s); d = add(d, 21 + ri(0, 2));
  }
  return [cl, cl];
}];
// T09 antiemetics: two 5-HT3 antagonists, palonosetron daily, on a low-emetogenic regimen
T.T09 = ['止吐药重复叠加使用', (i) => {
  const m = member(region(i), 'lung'); const R = INSTS[m.region]; const h = i % 2 ? R.general : R.county; const doc = doctor(h, 'oncology', 4);
  const s = chemoStay(m, h, startDate(1, 10), 4, [[I.gem, vials(1000, m.bsa, 200)]], { doctorId: doc, anti: 'palo', dx: ['Z51.104', 'C34.900'] });
  for (let k = 1; k <= 3; k++) {
    const d = add(s.c.admissionDate, k);
    if (i < 10 && k > 1) s.fraudLines.add(s.add(I.palo, d, 1));
    s.fraudLines.add(s.add(I.ond, d, 2)); s.add(I.ivPush, d, i < 10 && k > 1 ? 2 : 1);
  }
  return [[s], [s]];
}];
// T10 chemotherapy 配置 fees beyond the bags
T.T10 = ['化疗药物配置费超组数收费', (i) => {
  const tum = pick(['breast', 'lung']); const m = member(region(i), tum); const R = INSTS[m.region]; const h = i % 2 ? R.private : R.cancer; const doc = doctor(h, 'oncology', 2);
  let d = startDate(1, 8); const cl = [];
  for (let k = 0; k < 2; k++) {
    const s = chemoStay(m, h, d, 3, [[I.pac, vials(175, m.bsa, 30)]], { doctorId: doc });
    const pl = s.lines.find((l) => l.lineId === s.ids.prep);
    if (i < 10) { pl.quantity = 4; pl.amount = Math.round(fen(pl.unitPrice) * 4) / 100; pl._brk = true; s.fraudLines.add(pl.lineId); }
    else s.fraudLines.add(s.add(I.prep, add(d, 2), 2, { breaks: true }));
    cl.push(s); d = add(d, 21 + ri(0, 3));
  }
  return [cl, cl];
}];
// T11 low-standard admission for oral chemotherapy or a marker check
T.T11 = ['低标准入院（口服化疗/复查指标）', (i) => {
  const tum = pick(['colon', 'rectum', 'breast', 'stomach']); const m = member(region(i), tum); const R = INSTS[m.region]; const h = i % 3 === 0 ? R.private : R.county; const doc = doctor(h, 'oncology', 1);
  const adm = startDate(1, 10);
  const s = stay(m, h, 'oncology', adm, i < 10 ? ri(3, 4) : 2, ['Z51.103', m.dx], { doctorId: doc });
  s.add(I.cape, add(adm, 0), 8 * 14);
  if (i >= 10) { s.add(I.usAbd, add(adm, 1), 1); for (const n of s.nights()) { s.add(I.ns, n, 1); s.add(I.iv1, n, 1); s.add(I.set, n, 1); } }
  return [[s], [s], {}];
}];
// T12 split stays around one cycle
T.T12 = ['分解住院（一个周期拆成两次住院）', (i) => {
  const m = member(region(i), 'lung'); const R = INSTS[m.region]; const h = i % 2 ? R.county : R.private; const doc = doctor(h, 'oncology', 3);
  const adm = startDate(1, 10); const pemV = vials(500, m.bsa, 100), cisDay = vials(25, m.bsa, 10);
  const a = chemoStay(m, h, adm, 2, [[I.pem, pemV], [I.cis, cisDay]], { doctorId: doc, hyd: 2, dx: ['Z51.104', 'C34.900'] });
  const gap = i < 10 ? 1 : ri(3, 5);
  const adm2 = add(a.c.dischargeDate, gap);
  let b;
  if (i < 10) { b = chemoStay(m, h, adm2, 2, [[I.cis, cisDay]], { doctorId: doc, hyd: 2, dx: ['Z51.104', 'C34.900'], day: 0, markers: [] }); }
  else { b = stay(m, h, 'oncology', adm2, 3, ['Z51.104', 'C34.900'], { doctorId: doc, markers: [] }); for (const n of b.nights()) { b.add(I.gsh, n, 2); b.add(I.ns, n, 2); b.add(I.iv1, n, 1); b.add(I.ivAdd, n, 1); b.add(I.set, n, 1); } }
  return [[a, b], [b], {}];
}];
// T13 bed-blocking between cycles
T.T13 = ['挂床住院（化疗间歇期）', (i) => {
  const tum = pick(['lung', 'stomach', 'colon']); const m = member(region(i), tum); const R = INSTS[m.region]; const h = i % 2 ? R.private : R.county; const doc = doctor(h, 'oncology', 4);
  const los = ri(16, 21);
  const code = tum === 'lung' ? I.pac : I.oxa; const q = tum === 'lung' ? vials(175, m.bsa, 30) : vials(130, m.bsa, 50);
  const s = chemoStay(m, h, startDate(1, 9), los, [[code, q]], { doctorId: doc, dx: ['Z51.104', m.dx] });
  s.add(I.cbc, add(s.c.admissionDate, 7), 1); s.add(I.draw, add(s.c.admissionDate, 7), 1);
  if (i >= 10) for (const n of s.nights().slice(3)) s.add(I.ome, n, 2);
  return [[s], [s], {}];
}];
// T14 the card of a dead member used
T.T14 = ['死亡参保人医保卡被冒用', (i) => {
  const tum = pick(['lung', 'colon', 'stomach']); const m = member(region(i), tum, { insuranceType: 'employee' }); const R = INSTS[m.region];
  const h = R.general; const adm = startDate(2, 8); const los = ri(6, 12);
  const s = stay(m, h, 'palliative', adm, los, ['Z51.500x003', m.dx], { mode: 'death', doctorId: doctor(h, 'palliative', 1), nurse: I.n1 });
  for (const n of s.nights()) { s.add(I.hospice, n, 1); s.add(I.mouth, n, 2); s.add(I.morphInj, n, 2); s.add(I.sc, n, 2); }
  const death = s.c.dischargeDate; const cl = [s]; const tg = [];
  if (i < 10) {
    const code = tum === 'lung' ? I.osi : I.cape; const q = tum === 'lung' ? 30 : 112;
    for (const [k, g] of [[0, ri(4, 9)], [1, ri(30, 34)]]) { const p = pharmacy(m, code === I.osi ? [R.ph1, R.ph2][k] : [R.county, R.private][k], add(death, g), code, q); cl.push(p); tg.push(p); }
    const v = opVisit(m, R.county, add(death, ri(12, 20))); v.add(I.cbc, v.c.visitDate, 1); v.add(I.draw, v.c.visitDate, 1); cl.push(v); tg.push(v);
  } else {
    const v = opVisit(m, R.community, add(death, ri(20, 40)), { dx: ['Z51.500x002', m.dx] }); v.add(I.tramadol, v.c.visitDate, 28); cl.push(v); tg.push(v);
  }
  return [cl, tg, {}];
}];
// T15 items included in another billed separately
T.T15 = ['项目内涵内容重复收费', (i) => {
  const m = member(region(i), pick(['breast', 'colon', 'stomach'])); const R = INSTS[m.region]; const h = i % 2 ? R.cancer : R.county; const doc = doctor(h, 'oncology', 1);
  const adm = startDate(1, 10);
  if (i < 10) {
    const s = chemoStay(m, h, adm, 3, [[I.doc, vials(75, m.bsa, 20)]], { doctorId: doc, day: 2, dx: ['Z51.102', m.dx] });
    s.c.procedures.push({ code: '38.9301', date: add(adm, 1) });
    s.add(I.picc, add(adm, 1), 1); s.add(I.piccC, add(adm, 1), 1); s.add(I.dr, add(adm, 1), 1);
    s.fraudLines.add(s.add(I.deepLine, add(adm, 1), 1, { breaks: true })); s.fraudLines.add(s.add(I.localAn, add(adm, 1), 1, { breaks: true }));
    return [[s], [s]];
  }
  if (i < 13) {
    const s = chemoStay(m, h.level >= 2 ? h : R.cancer, adm, 3, [[I.doc, vials(75, m.bsa, 20)]], { doctorId: doc, day: 2, dx: ['Z51.102', m.dx] });
    s.c.procedures.push({ code: '86.0701', date: add(adm, 1) });
    s.add(I.port, add(adm, 1), 1); s.add(I.portC, add(adm, 1), 1); s.add(I.localAn, add(adm, 1), 1);
    s.fraudLines.add(s.add(I.deepLine, add(adm, 1), 1, { breaks: true }));
    return [[s], [s]];
  }
  const s = chemoStay(m, h, adm, 3, [[I.doc, vials(75, m.bsa, 20)]], { doctorId: doc, dx: ['Z51.102', m.dx] });
  s.fraudLines.add(s.add(I.hb, adm, 1, { breaks: true })); s.fraudLines.add(s.add(I.hb, s.c.dischargeDate, 1, { breaks: true }));
  return [[s], [s]];
}];

// ---------- controls ----------
C.C01 = ['剂量密集方案（紫杉醇每2周）', 'CALGB 9741 (Citron et al., JCO 2003); CSCO乳腺癌诊疗指南2024 剂量密集AC-T', (i) => {
  const m = member(region(i), 'breast'); const h = INSTS[m.region].cancer; const doc = doctor(h, 'oncology', 1); let d = startDate(1, 7); const cl = [];
  for (let k = 0; k < 4; k++) { cl.push(chemoStay(m, h, d, 1, [[I.pac, vials(175, m.bsa, 30)]], { doctorId: doc, day: 0, markers: k ? [] : undefined })); d = add(d, 14); }
  return cl;
}];
C.C02 = ['GP方案第1、8天给药（两次短住院）', '吉西他滨说明书 d1,d8 q21; CSCO非小细胞肺癌诊疗指南2024 鳞癌一线GP', (i) => {
  const m = member(region(i), 'lung'); const R = INSTS[m.region]; const h = i % 2 ? R.county : R.cancer; const doc = doctor(h, 'oncology', 2); const d = startDate(1, 8);
  const gV = vials(1250, m.bsa, 200) > 15 ? 15 : vials(1000, m.bsa, 200);
  const a = chemoStay(m, h, d, 2, [[I.gem, gV], [I.cis, vials(75, m.bsa, 10)]], { doctorId: doc, hyd: 2, dx: ['Z51.104', 'C34.900'] });
  const b = chemoStay(m, h, add(a.c.admissionDate, 7), 1, [[I.gem, gV]], { doctorId: doc, dx: ['Z51.104', 'C34.900'], day: 0, markers: [] });
  return [a, b];
}];
C.C03 = ['化疗后中性粒细胞减少G-CSF治疗', 'NCCN Hematopoietic Growth Factors 2024; 中国肿瘤化疗相关中性粒细胞减少症规范化管理指南(2021); 目录备注 限放化疗后的骨髓抑制', (i) => {
  const m = member(region(i), pick(['breast', 'lung'])); const R = INSTS[m.region]; const h = R.cancer; const doc = doctor(h, 'oncology', 3); const d = startDate(1, 8);
  const a = dayCase(m, h, d, [[I.doc, vials(75, m.bsa, 20)]], { doctorId: doc });
  const adm = add(d, ri(7, 9)); const los = ri(4, 6);
  const s = stay(m, h, 'oncology', adm, los, ['D70.x00x003', m.dx], { doctorId: doc, markers: [], route: 'outpatient' });
  for (let k = 0; k < los; k++) { const dd = add(adm, k); s.add(I.gcsf, dd, m.weight > 70 ? 3 : 2); s.add(I.sc, dd, 1); if (k > 0) { s.add(I.cbc, dd, 1); s.add(I.draw, dd, 1); } }
  s.add(I.cbc, s.c.dischargeDate, 1);
  return [a, s];
}];
C.C04 = ['耐药进展后二线靶向换药（奥希替尼）', 'CSCO非小细胞肺癌诊疗指南2024: EGFR-TKI进展后T790M检测阳性用奥希替尼; 目录备注 限EGFR T790M突变阳性', (i) => {
  const m = member(region(i), 'lung'); const R = INSTS[m.region]; const h = R.cancer; const doc = doctor(h, 'oncology', 1); let d = startDate(1, 4); const cl = [];
  for (let k = 0; k < 3; k++) { cl.push(pharmacy(m, k % 2 ? R.ph1 : h, d, I.gefi, 30, { prescriber: doc })); d = add(d, 30); }
  const v = opVisit(m, h, d, { doctorId: doc }); v.add(I.ctChest, d, 1); v.add(I.ctEnh, d, 1); v.add(I.ioh, d, 1); v.add(I.cea, d, 1); v.add(I.draw, d, 1); v.add(I.patho, d, 1); cl.push(v);
  let e = add(d, 7);
  for (let k = 0; k < 3; k++) { cl.push(pharmacy(m, R.ph1, e, I.osi, 30, { prescriber: doc })); e = add(e, 30); }
  return cl;
}];
C.C05 = ['同步放化疗（每周顺铂）', 'NCCN Cervical Cancer 2024; 宫颈癌诊断与治疗指南(2021) 同步放化疗顺铂40mg/m²每周', (i) => {
  const m = member(region(i), pick(['cervix', 'npc']), {}); const h = INSTS[m.region].cancer;
  const s = rtStay(m, h, startDate(1, 8), 25, { doctorId: doctor(h, 'radiotherapy', 1), dx: ['Z51.000x003', m.dx] });
  s.c.procedures.push({ code: '99.2500', date: s.fx[0] });
  for (let w = 0; w < 5; w++) { const d = s.fx[w * 5]; chemoDay(s, d, [[I.cis, vials(40, m.bsa, 10)]], { hyd: 2 }); }
  return [s];
}];
C.C06 = ['骨转移姑息放疗（少分次）', 'ASTRO Palliative Radiotherapy for Bone Metastases guideline 2017/2024: 8 Gy×1 或 20 Gy/5次', (i) => {
  const m = member(region(i), pick(['lung', 'breast'])); const R = INSTS[m.region]; const h = i % 2 ? R.county : R.cancer;
  const fx = i % 2 ? 5 : 1; const tech = i % 2 ? I.crt3d : I.conv;
  const s = rtStay(m, h, startDate(1, 10), fx, { tech, proc: i % 2 ? '92.2400x002' : '92.2900x001', dx: ['Z51.000x013', 'C79.500x006', m.dx], doctorId: doctor(h, 'radiotherapy', 2), markers: [] });
  for (const n of s.nights()) s.add(I.morphSR, n, 2);
  return [s];
}];
C.C07 = ['发热性中性粒细胞减少长住院', 'IDSA/ASCO Outpatient Management of Fever and Neutropenia 2018; 中国中性粒细胞缺乏伴发热患者抗菌药物临床应用指南(2020)', (i) => {
  const m = member(region(i), pick(['lung', 'breast', 'dlbcl'])); const h = INSTS[m.region].cancer; const adm = startDate(1, 10); const los = ri(12, 18);
  const s = stay(m, h, 'oncology', adm, los, ['D70.x00x003', 'R50.900', m.dx], { route: 'emergency', nurse: I.n1, doctorId: doctor(h, 'oncology', 4), markers: [] });
  s.add(I.bcult, adm, 2); s.add(I.pct, adm, 1); s.add(I.crp, adm, 1); s.add(I.dr, adm, 1);
  for (let k = 0; k < los; k++) { const d = add(adm, k); const abx = k < 7 ? I.mero : I.pip; s.add(abx, d, 3); s.add(I.ns, d, 3); s.add(I.iv1, d, 1); s.add(I.ivAdd, d, 2); s.add(I.set, d, 1);
    if (k < 5) { s.add(I.gcsf, d, 2); s.add(I.sc, d, 1); } if (k % 2 === 0 && k > 0) { s.add(I.cbc, d, 1); s.add(I.draw, d, 1); s.add(I.crp, d, 1); } }
  if (los > 10) s.add(I.bcult, add(adm, 3), 2);
  return [s];
}];
C.C08 = ['PICC置管及每周维护', '《静脉治疗护理技术操作标准》WS/T 433—2023: PICC 至少每7天维护一次', (i) => {
  const m = member(region(i), pick(['breast', 'colon'])); const R = INSTS[m.region]; const h = R.cancer; const d0 = startDate(1, 8);
  const v = opVisit(m, h, d0); v.c.procedures = [{ code: '38.9301', date: d0 }]; v.add(I.picc, d0, 1); v.add(I.piccC, d0, 1); v.add(I.dr, d0, 1); const cl = [v];
  const place = i % 2 ? R.community : R.county;
  for (let k = 1; k <= 4; k++) { const d = add(d0, 7 * k); const c = new Claim(m, place, 'outpatient', 'outpatient', { date: d, dx: ['Z45.200', m.dx] }); c.add(I.opd, d, 1); c.add(I.piccCare, d, 1); cl.push(c); }
  return cl;
}];
C.C09 = ['输液港植入及每4周冲管维护', 'NCCN/INS Infusion Therapy Standards of Practice 2021: implanted port flushed every 4 weeks when not in use; 输液港临床应用专家共识(2019)', (i) => {
  const m = member(region(i), pick(['breast', 'colon', 'stomach'])); const R = INSTS[m.region]; const h = R.cancer; const adm = startDate(1, 6);
  const s = stay(m, h, 'oncology', adm, 2, ['Z45.200', m.dx], { procs: [['86.0701', add(adm, 1)]], markers: [] });
  s.add(I.coag, adm, 1); s.add(I.port, add(adm, 1), 1); s.add(I.portC, add(adm, 1), 1); s.add(I.localAn, add(adm, 1), 1); s.add(I.dr, add(adm, 1), 1);
  const cl = [s];
  for (let k = 1; k <= 3; k++) { const d = add(s.c.dischargeDate, 28 * k); const c = new Claim(m, h, 'oncology', 'outpatient', { date: d, dx: ['Z45.200', m.dx] }); c.add(I.opd, d, 1); c.add(I.portCare, d, 1); cl.push(c); }
  return cl;
}];
C.C10 = ['终末期安宁疗护住院（死亡离院）', '《安宁疗护实践指南（试行）》国卫办医发〔2017〕5号; NCCN Palliative Care 2024', (i) => {
  const m = member(region(i), pick(['lung', 'liver', 'stomach'])); const R = INSTS[m.region]; const h = i % 3 === 2 ? R.community : R.general; const cl = [];
  const adm = startDate(2, 10);
  if (m.tumour === 'lung') cl.push(pharmacy(m, R.ph1, add(adm, -12), I.osi, 30));
  const los = ri(8, 20);
  const s = stay(m, h, 'palliative', adm, los, ['Z51.500x003', m.dx, 'R64.x00'], { mode: 'death', nurse: I.n1, doctorId: doctor(h, 'palliative', 1) });
  for (const n of s.nights()) { s.add(I.hospice, n, 1); s.add(I.mouth, n, 2); s.add(I.airbed, n, 1); s.add(I.fent, n, 0.34 > 0 ? 1 : 0); }
  const last = s.nights().slice(-2); for (const n of last) { s.add(I.scop, n, 2); s.add(I.suction, n, 4); s.add(I.o2, n, 12); }
  // one patch every 72 h: replace the daily patch line by one per third day
  s.lines = s.lines.filter((l, k) => l.code !== I.fent || s.lines.filter((x) => x.code === I.fent).indexOf(l) % 3 === 0);
  s.lines.forEach((l, k) => { l.lineId = String(k + 1); });
  cl.push(s); return cl;
}];
C.C11 = ['每2～3周期疗效评价影像与相关标志物', 'RECIST 1.1; CSCO结直肠癌诊疗指南2024: 化疗期间每2～3个月（6～8周）评价疗效', (i) => {
  const m = member(region(i), pick(['colon', 'rectum'])); const h = INSTS[m.region].cancer; const doc = doctor(h, 'oncology', 2); let d = startDate(1, 4); const cl = [];
  for (let k = 0; k < 6; k++) {
    const s = chemoStay(m, h, d, 2, [[I.oxa, vials(130, m.bsa, 50)], [I.bev, Math.ceil(7.5 * m.weight / 100)]], { doctorId: doc, markers: ['cea', 'ca199'], dx: ['Z51.104', m.dx] });
    s.add(I.cape, add(d, 1), 112);
    if (k === 2 || k === 5) { s.add(I.ctChest, d, 1); s.add(I.ctAbd, d, 1); s.add(I.ctPelvis, d, 1); s.add(I.ctEnh, d, 1); s.add(I.ioh, d, 1); }
    cl.push(s); d = add(d, 21);
  }
  return cl;
}];
C.C12 = ['鼻咽癌调强放疗中自适应再计划（一次）', '中国鼻咽癌放射治疗指南(2022版); 体重下降/肿瘤退缩致靶区改变时重新定位与计划', (i) => {
  const m = member(region(i), 'npc'); const h = INSTS[m.region].cancer;
  const s = rtStay(m, h, startDate(1, 7), 33, { doctorId: doctor(h, 'radiotherapy', 3), dx: ['Z51.000x003', 'C11.900'] });
  const d = s.fx[19]; s.add(I.sim, d, 1); s.add(I.plan, add(d, 1), 1); s.add(I.ctHead, d, 0);
  return [s];
}];
C.C13 = ['局限期小细胞肺癌超分割放疗（每日两次）', 'Turrisi et al., NEJM 1999 (45 Gy/30 fx bid); CSCO小细胞肺癌诊疗指南2024', (i) => {
  const m = member(region(i), 'lung'); const R = INSTS[m.region]; const h = i % 2 ? R.county : R.cancer;
  const s = rtStay(m, h, startDate(1, 9), 15, { tech: I.crt3d, proc: '92.2400x002', perDay: 2, doctorId: doctor(h, 'radiotherapy', 4), markers: ['nse'] });
  return [s];
}];
C.C14 = ['体表面积大患者按实际体重足量给药', 'ASCO Appropriate Chemotherapy Dosing for Obese Adult Patients 2021 (full weight-based dosing)', (i) => {
  const lungC = i % 2 === 1; const m = member(region(i), lungC ? 'lung' : 'breast', { bsa: 2.05 + Math.round(rnd() * 25) / 100, weight: ri(88, 105) });
  const R = INSTS[m.region]; const h = i % 3 === 0 ? R.county : R.cancer; const [code, mg, vmg] = lungC ? [I.pem, 500, 100] : [I.doc, 75, 20];
  let d = startDate(2, 7); const cl = [];
  for (let k = 0; k < 3; k++) { cl.push(dayCase(m, h, d, [[code, vials(mg, m.bsa, vmg)]], { doctorId: doctor(h, 'oncology', 2) })); d = add(d, 21 + ri(0, 2)); }
  return cl;
}];
C.C15 = ['曲妥珠单抗首剂负荷剂量', '注射用曲妥珠单抗说明书: 首剂8 mg/kg，之后6 mg/kg每3周', (i) => {
  const m = member(region(i), i % 3 ? 'breast' : 'stomach', { weight: ri(62, 85) }); const h = INSTS[m.region].cancer; const doc = doctor(h, 'oncology', 1); let d = startDate(1, 7); const cl = [];
  for (let k = 0; k < 3; k++) { cl.push(dayCase(m, h, d, [[I.tras, Math.ceil((k ? 6 : 8) * m.weight / 150)]], { doctorId: doc, dx: [m.dx] })); d = add(d, 21); }
  return cl;
}];
C.C16 = ['双通道药店之间按周期续药（缺货换店）', '国家医保局 国家卫生健康委《关于建立完善国家医保谈判药品“双通道”管理机制的指导意见》医保发〔2021〕28号', (i) => {
  const m = member(region(i), 'lung'); const R = INSTS[m.region]; const h = R.cancer; const doc = doctor(h, 'oncology', 1); let d = startDate(1, 6); const cl = [];
  for (let k = 0; k < 5; k++) { cl.push(pharmacy(m, k < 2 ? R.ph1 : R.ph2, d, I.osi, 30, { prescriber: doc })); d = add(d, ri(29, 31)); }
  return cl;
}];
C.C17 = ['高致吐方案标准止吐（帕洛诺司琼+地塞米松）', 'CSCO抗肿瘤治疗相关恶心呕吐预防和治疗指南2022; MASCC/ESMO 2023: 顺铂≥70 mg/m² 高致吐', (i) => {
  const m = member(region(i), pick(['lung', 'oeso'])); const R = INSTS[m.region]; const h = i % 2 ? R.cancer : R.general;
  const s = chemoStay(m, h, startDate(1, 10), 4, [[I.pem, vials(500, m.bsa, 100)], [I.cis, vials(75, m.bsa, 10)]], { anti: 'palo', hyd: 2, doctorId: doctor(h, 'oncology', 2), dx: ['Z51.104', m.tumour === 'lung' ? 'C34.900' : 'C15.900'] });
  if (m.tumour === 'oeso') { s.lines.forEach((l) => { if (l.code === I.pem) { l.code = I.pac; l.name = ROW[I.pac].name; l.quantity = vials(175, m.bsa, 30); l.unitPrice = ROW[I.pac].priceCap[String(h.level)]; l.amount = Math.round(fen(l.unitPrice) * l.quantity) / 100; } }); }
  for (let k = 2; k <= 3; k++) { s.add(I.dex, add(s.c.admissionDate, k), 1); s.add(I.ivPush, add(s.c.admissionDate, k), 1); }
  s.add(I.meto, add(s.c.admissionDate, 3), 1); s.add(I.im, add(s.c.admissionDate, 3), 1);
  return [s];
}];
C.C18 = ['化疗联合免疫三药方案配置三组', 'ORIENT-15 (Lu et al., BMJ 2022): 信迪利单抗+紫杉醇+顺铂 一线食管鳞癌; 《全国医疗服务价格项目规范》化疗药物配置 按组', (i) => {
  const m = member(region(i), 'oeso'); const h = INSTS[m.region].cancer; let d = startDate(1, 8); const cl = [];
  for (let k = 0; k < 2; k++) { cl.push(chemoStay(m, h, d, 3, [[I.pac, vials(175, m.bsa, 30)], [I.cis, vials(75, m.bsa, 10)], [I.sinti, 2]], { anti: 'palo', hyd: 2, doctorId: doctor(h, 'oncology', 3), dx: ['Z51.104', 'C15.900'] })); d = add(d, 21); }
  return cl;
}];
C.C19 = ['化疗后15日内因粒缺发热再入院', 'NCCN Hematopoietic Growth Factors 2024 (febrile neutropenia nadir day 7–14); 再入院为新发并发症', (i) => {
  const m = member(region(i), pick(['lung', 'breast'])); const R = INSTS[m.region]; const h = i % 2 ? R.county : R.cancer; const doc = doctor(h, 'oncology', 4); const d = startDate(1, 9);
  const a = chemoStay(m, h, d, 2, [[I.pac, vials(175, m.bsa, 30)], [I.cis, vials(75, m.bsa, 10)]], { hyd: 2, doctorId: doc, dx: ['Z51.104', m.dx] });
  const adm = add(d, ri(9, 12)); const los = ri(6, 9);
  const b = stay(m, h, 'oncology', adm, los, ['D70.x00x003', 'R50.900', m.dx], { route: 'emergency', nurse: I.n1, markers: [], doctorId: doc });
  b.add(I.bcult, adm, 2); b.add(I.pct, adm, 1); b.add(I.crp, adm, 1);
  for (let k = 0; k < los; k++) { const dd = add(adm, k); b.add(I.pip, dd, 3); b.add(I.ns, dd, 3); b.add(I.iv1, dd, 1); b.add(I.ivAdd, dd, 2); b.add(I.set, dd, 1); if (k < 4) { b.add(I.gcsf, dd, 2); b.add(I.sc, dd, 1); } if (k % 2 === 1) { b.add(I.cbc, dd, 1); b.add(I.draw, dd, 1); } }
  return [a, b];
}];
C.C20 = ['XELOX短住院（静脉奥沙利铂+口服卡培他滨）', 'CSCO结直肠癌诊疗指南2024 XELOX: 奥沙利铂130 mg/m² d1 + 卡培他滨 d1–14 q21', (i) => {
  const m = member(region(i), pick(['colon', 'stomach'])); const R = INSTS[m.region]; const h = i % 2 ? R.county : R.general; let d = startDate(1, 8); const cl = [];
  for (let k = 0; k < 3; k++) { const s = chemoStay(m, h, d, 2, [[I.oxa, vials(130, m.bsa, 50)]], { doctorId: doctor(h, 'oncology', 1), dx: ['Z51.102', m.dx], markers: k ? ['cea'] : undefined }); s.add(I.cape, add(d, 1), 112); cl.push(s); d = add(d, 21); }
  return cl;
}];
C.C21 = ['肿瘤根治手术住院', 'NCCN Breast/NSCLC/Colon 2024; 术前分期检查', (i) => {
  const kinds = [['breast', I.mastectomy, '85.4301', 'breast_surgery', 'C50.900'], ['lung', I.vatsLob, '32.4100', 'thoracic_surgery', 'C34.900'], ['colon', I.colectomy, '45.7302', 'general_surgery', 'C18.900']];
  const [tum, code, proc, dept, dxc] = kinds[i % 3]; const m = member(region(i), tum); const h = INSTS[m.region].cancer; const adm = startDate(1, 10); const los = ri(8, 12); const op = add(adm, 3);
  const s = stay(m, h, dept, adm, los, [dxc], { procs: [[proc, op]], doctorId: doctor(h, dept, 1) });
  s.add(I.coag, adm, 1); s.add(I.ctChest, add(adm, 1), 1); s.add(tum === 'breast' ? I.usBreast : I.ctAbd, add(adm, 1), 1);
  s.add(code, op, 1); s.add(I.ga, op, 3); s.add(I.patho, op, 2); s.add(I.ecgMon, op, 12); s.add(I.spo2, op, 12);
  for (let k = 3; k < 7; k++) { const d = add(adm, k); s.add(I.ns, d, 2); s.add(I.iv1, d, 1); s.add(I.ivAdd, d, 1); s.add(I.set, d, 1); s.add(I.dressing, d, 1); }
  s.add(I.cbc, add(op, 1), 1); s.add(I.alb, add(op, 1), 1);
  return [s];
}];
C.C22 = ['肝癌TACE每6～8周重复住院', 'CSCO原发性肝癌诊疗指南2024; 原发性肝癌诊疗指南(2024年版) TACE按需重复', (i) => {
  const m = member(region(i), 'liver'); const R = INSTS[m.region]; const h = i % 2 ? R.county : R.cancer; let d = startDate(1, 5); const cl = [];
  for (let k = 0; k < 3; k++) {
    const s = stay(m, h, 'interventional', d, 5, ['C22.000'], { procs: [['99.2500x017', add(d, 1)]], doctorId: doctor(h, 'interventional', 1) });
    s.add(I.coag, d, 1); s.add(I.tace, add(d, 1), 1); s.add(I.ioh, add(d, 1), 1); s.add(I.localAn, add(d, 1), 1); s.add(I.oxa, add(d, 1), 2); s.add(I.prep, add(d, 1), 1);
    for (let j = 1; j < 5; j++) { const dd = add(d, j); s.add(I.gsh, dd, 2); s.add(I.ns, dd, 2); s.add(I.iv1, dd, 1); s.add(I.ivAdd, dd, 1); s.add(I.set, dd, 1); }
    s.add(I.ond, add(d, 1), 1); s.add(I.lft, add(d, 3), 1); s.add(I.draw, add(d, 3), 1);
    cl.push(s); d = add(d, ri(42, 56));
  }
  return cl;
}];
C.C23 = ['弥漫大B细胞淋巴瘤利妥昔单抗（375 mg/m²）', 'NCCN B-cell Lymphomas 2024 R-CHOP; 利妥昔单抗说明书 375 mg/m²', (i) => {
  const m = member(region(i), 'dlbcl'); const h = INSTS[m.region].cancer; let d = startDate(1, 8); const cl = [];
  for (let k = 0; k < 3; k++) { cl.push(chemoStay(m, h, d, 2, [[I.ritux, vials(375, m.bsa, 100)]], { dept: 'haematology', doctorId: doctor(h, 'haematology', 1), dx: ['Z51.104', 'C83.300'], markers: [] })); d = add(d, 21); }
  return cl;
}];
C.C24 = ['恶性肠梗阻肠外营养支持', 'ESPEN guideline on clinical nutrition in cancer 2021; 恶性肠梗阻诊治中国专家共识', (i) => {
  const m = member(region(i), pick(['colon', 'stomach'])); const R = INSTS[m.region]; const h = i % 2 ? R.county : R.cancer; const adm = startDate(1, 10); const los = ri(8, 12);
  const s = stay(m, h, 'oncology', adm, los, ['K56.600', m.dx, 'E46.x00'], { route: 'emergency', nurse: I.n1, doctorId: doctor(h, 'oncology', 4) });
  s.add(I.nrs, adm, 1); s.add(I.prealb, adm, 1); s.add(I.ctAbd, adm, 1); s.add(I.tube, adm, 1);
  for (let k = 0; k < los; k++) { const d = add(adm, k); s.add(I.gastroDecomp, d, 1); s.add(I.allin1, d, 1); s.add(I.vit, d, 1); s.add(I.trace, d, 1); s.add(I.pnPrep, d, 1); s.add(I.iv1, d, 1); s.add(I.ivAdd, d, 1); s.add(I.set, d, 1); s.add(I.omeIv, d, k < 7 ? 2 : 0); }
  s.add(I.alb, add(adm, 7), 1); s.add(I.lytes, add(adm, 4), 1);
  return [s];
}];

// ---------- routine ----------
function routine(i) {
  const kinds = ['daycase', 'stay', 'follow', 'pharm', 'rt', 'picc', 'cape', 'daycase2'];
  const k = kinds[i % kinds.length]; const r = region(i);
  if (k === 'daycase') { const m = member(r, 'breast'); const h = INSTS[r].cancer; return [dayCase(m, h, startDate(1, 11), [[I.doc, vials(75, m.bsa, 20)], [I.tras, Math.ceil(6 * m.weight / 150)]])]; }
  if (k === 'daycase2') { const m = member(r, 'lung'); const h = pick([INSTS[r].cancer, INSTS[r].county]); return [dayCase(m, h, startDate(1, 11), [[I.pem, vials(500, m.bsa, 100)], [I.tisle, 2]])]; }
  if (k === 'stay') { const m = member(r, pick(['lung', 'oeso', 'stomach'])); const h = pick([INSTS[r].cancer, INSTS[r].general, INSTS[r].county]); return [chemoStay(m, h, startDate(1, 11), 2, [[I.pac, vials(175, m.bsa, 30)], [I.cis, vials(75, m.bsa, 10)]], { hyd: 2, anti: h.level === 3 ? 'palo' : undefined, dx: ['Z51.104', m.dx] })]; }
  if (k === 'follow') { const m = member(r, pick(['breast', 'colon', 'lung'])); const h = pick([INSTS[r].cancer, INSTS[r].general]); const d = startDate(1, 12); const v = opVisit(m, h, d, { dx: ['Z08.000', m.dx] }); v.add(I.draw, d, 1); v.add(I.cbc, d, 1); for (const mk of TUM[m.tumour].markers.slice(0, 2)) v.add(I[mk], d, 1); v.add(I.ctChest, d, 1); return [v]; }
  if (k === 'pharm') { const m = member(r, 'lung'); return [pharmacy(m, pick([INSTS[r].ph1, INSTS[r].ph2]), startDate(1, 12), pick([I.osi, I.gefi]), 30)]; }
  if (k === 'rt') { const m = member(r, pick(['breast', 'rectum'])); const h = INSTS[r].cancer; return [rtStay(m, h, startDate(1, 9), 25, {})]; }
  if (k === 'picc') { const m = member(r, pick(['breast', 'colon'])); const h = pick([INSTS[r].community, INSTS[r].county]); const d = startDate(1, 12); const c = new Claim(m, h, 'outpatient', 'outpatient', { date: d, dx: ['Z45.200', m.dx] }); c.add(I.opd, d, 1); c.add(I.piccCare, d, 1); return [c]; }
  const m = member(r, pick(['colon', 'breast'])); const h = INSTS[r].general; const d = startDate(1, 12); return [pharmacy(m, h, d, I.cape, 112)];
}

// ---------- build ----------
for (const code of Object.keys(T)) { const [name, fn] = T[code]; for (let i = 0; i < 15; i++) { const [claims, targets, mut] = fn(i); label('fraud', code, name, claims, targets, V(i), mut); } }
for (const code of Object.keys(C)) { const [name, src, fn] = C[code]; C[code].src = src; for (let i = 0; i < 15; i++) { const claims = fn(i); label('control', code, name, claims, claims, 'control'); } }
for (let i = 0; i < 100; i++) { const claims = routine(i); label('routine', 'R', '常规肿瘤诊疗', claims, claims, 'routine'); }

// remove zero-quantity lines, renumber, check, settle in settlement order
for (const cl of CLAIMS) {
  const keep = cl.lines.filter((l) => l.quantity > 0);
  const map = {}; keep.forEach((l, k) => { map[l.lineId] = String(k + 1); l.lineId = String(k + 1); });
  cl.lines = keep; cl.fraudLines = new Set([...cl.fraudLines].map((x) => map[x]).filter(Boolean));
  check(cl);
}
// re-derive the labels' mutated lines after renumbering
const byId = {}; for (const cl of CLAIMS) byId[cl.id] = cl;
for (const l of LABELS) { if (l.kind !== 'fraud' || !Object.keys(l.mutatedLines).length) continue; const ml = {}; for (const t of l.targets) { const ids = [...byId[t].fraudLines]; if (ids.length) ml[t] = ids; } l.mutatedLines = ml; }
for (const l of LABELS) if (l.kind === 'fraud') for (const t of l.targets) if (!byId[t].fraudLines.size && Object.keys(l.mutatedLines).length && !l.mutatedLines[t]) throw new Error('target without mutated lines ' + l.caseId);

CLAIMS.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.c.claimId < b.c.claimId ? -1 : 1));
for (const cl of CLAIMS) {
  if (cl.visitType === 'inpatient') cl.c.reportedGroup = { drg: GRP[cl.id] !== undefined ? GRP[cl.id] : null, dip: null };
  settle(cl);
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map((cl) => JSON.stringify(cl.c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const CS = {}; for (const k in C) CS[k] = { name: C[k][0], source: C[k][1] };
fs.writeFileSync(path.join(OUT, 'controls.json'), JSON.stringify(CS, null, 1) + '\n');
console.error(`claims ${CLAIMS.length}, cases ${LABELS.length}`);
