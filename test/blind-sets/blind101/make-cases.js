#!/usr/bin/env node
// blind101: digestive and liver care (消化内科、肝病与消化内镜). Usage:
//   node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Writes <outdir>/claims.ndjson (settlement order) and <outdir>/labels.json. Fixed seed 1010101. No dependencies.
'use strict';
const fs = require('fs'); const path = require('path');

// ---------- arguments ----------
const argv = process.argv.slice(2);
if (!argv[0]) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const OUT = path.resolve(argv[0]);
let CATDIR = '/work/wt/base96/rules/catalogue'; let GROUPS = null;
for (let i = 1; i < argv.length; i++) {
  if (argv[i] === '--catalogue') CATDIR = argv[++i];
  else if (argv[i] === '--groups') GROUPS = argv[++i];
}
const POLICY_FILE = path.join(CATDIR, '..', 'benefits', 'policies.json');

// ---------- random ----------
let seed = 1010101 >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const daysBetween = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const randDate = (from, to) => addDays(from, ri(0, daysBetween(from, to)));

// ---------- catalogue ----------
const CAT = {}; const PROD = {};
for (const f of fs.readdirSync(CATDIR)) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  const cat = f.startsWith('services') ? 'service' : f.startsWith('drugs') ? 'drug' : 'consumable';
  for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f), 'utf8')).rows) { CAT[r.code] = Object.assign({ category: cat }, r); }
}
const POL = JSON.parse(fs.readFileSync(POLICY_FILE, 'utf8'));

const S = {
  consult: '001102000010001', consultAssoc: '001102000020001', consultChief: '001102000030001', general: '001102000040001',
  er: '001102000050001', ipConsult: '001103000010001', chronicConsult: '001109000010001', inHospConsult: '001104000010001',
  bed: '001105000010001', bedICU: '001105000030001', nurse1: '001201000020001', nurse2: '001201000030001', nurse3: '001201000040001', icuNurse: '001201000050001',
  ivFirst: '001204000010001', ivAdd: '001204000020001', ivPush: '001204000040001', sc: '001204000060001', cannula: '001204000070001', venep: '001204000080001',
  ecgMon: '001209000010001', spo2: '001210000010001', o2: '001208000010001', gidecomp: '001213000010001', ngTube: '001219000010001',
  cbc: '002501010010001', urine: '002501020010001', stool: '002501030010001', lft: '002502010010001', alt: '002502010020001', ast: '002502010030001',
  tbil: '002502010040001', salb: '002502010050001', rft: '002502020010001', lytes: '002502030010001', glu: '002502050010001', coag: '002502060010001',
  crp: '002502080010001', pct: '002502080020001', bgas: '002502090010001', hbv5: '002502110010001', pre8: '002502120010001', abo: '002502130010001',
  xmatch: '002502130020001', culture: '002502140010001', cea: '002502170010001', afp: '002502170020001', ca199: '002502170040001', path: '002502200010001',
  ecg: '003107010010001', cxr: '002202040010001', usAbd: '002103010010001', ctAbd: '002301010030001', ctEnh: '002301010040001',
  egd: '002503010030001', colo: '002503010040001', polyp: '002503010140001', ercp: '002503010110001', est: '002503010120001',
  ga: '003301010010001', local: '003301010030001', tace: '003307020010001', transf: '001204000210001', rbc: '002600000010001', ffp: '002600000020001',
  pnPrep: '001203000010001', nrs: '003116010010001', pump: '001204000220001',
};
const C = {
  ivSet: 'C14010150100001020350000001', cannulaC: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001', bloodSet: 'C14100150200001872210000001',
  clip: 'C11010150400001380140000001', gTube: 'C14040150200001963360000001', guidewire: 'C02030150400001650430000001', electrode: 'C14060150100001436170000001',
};
const M = {
  omeCap: 'XA02BCA515A001', omeIV: 'XA02BCA515B002', pantoIV: 'XA02BCP503B002', rabe: 'XA02BCL507A001', eso: 'XA02BCA516A001', famo: 'XA02BAF504A001',
  alMg: 'XA02ADL508A001', domp: 'XA03FAD507A001', metoIV: 'XA03FAJ503B002', smecta: 'XA07BCM505A006', bifid: 'XA07FAS503A001', lactu: 'XA06ADR502A004',
  udca: 'XA05AAX506A001', ppc: 'XA05BAD508A001', gsh: 'XV03ABH501B002', mgIso: 'XA05BAY506B002', etv: 'XJ05AFE501A001', furoT: 'XC03CAF503A001',
  furoIV: 'XC03CAF503B002', spiro: 'XC03DAL505A001', alb: 'XB05AAR504B002', vitK: 'XB02BAW502B002', ns: 'XB05BBL511B002', glu: 'XB05BAP505B002',
  gns: 'XB05BBP506B002', ringer: 'XB05BBR503B002', kcl: 'XB05XAL512B002', propofol: 'XN01AXB503B002', lido: 'XN01BBL509B002', ceftri: 'XJ01DDT504B002',
  cefop: 'XJ01DDT507B002', mero: 'XJ01DHM501B002', metro: 'XJ01XDJ501B002', amox: 'XJ01CAA501A001', clari: 'XJ01FAK501A001', mpred: 'XH02ABJ504B002',
  pred: 'XH02ABP507A001', tpf: 'XV06DBC501A004', pn3: 'XB05BAZ505B002', ondan: 'XA04AAA524B002', oxali: 'XL01XAA523B002', ne: 'XC01CAQ502B002',
  enox: 'XB01ABY502B002', bifidus: 'XA07FAS503A001',
};
for (const k of [...Object.values(S), ...Object.values(C), ...Object.values(M)]) if (!CAT[k]) throw new Error('catalogue row missing: ' + k);
// IV drugs given as an infusion group with a 100 ml saline carrier (albumin, PN bags and fluids are infused as they are)
const IV_CARRIED = new Set([M.omeIV, M.pantoIV, M.gsh, M.mgIso, M.ceftri, M.cefop, M.mero, M.mpred, M.oxali, M.vitK, M.furoIV, M.kcl, M.ne, M.metoIV, M.ondan]);
const IV_SELF = new Set([M.alb, M.pn3, M.metro, M.ringer, M.gns, M.glu]);

// ---------- regions and institutions ----------
const REGIONS = [
  { code: '510100', prov: '51', name: '成都' },
  { code: '370100', prov: '37', name: '济南' },
  { code: '220100', prov: '22', name: '长春' },
];
const INST_KINDS = [
  { n: '01', kind: 'general3', level: 3, depts: ['gastroenterology', 'hepatology', 'endoscopy'] },
  { n: '02', kind: 'infectious3', level: 3, depts: ['hepatology', 'infectious_disease'] },
  { n: '03', kind: 'general2', level: 2, depts: ['gastroenterology'] },
  { n: '04', kind: 'private2', level: 2, depts: ['gastroenterology', 'endoscopy'] },
  { n: '05', kind: 'community', level: 1, depts: ['general_practice'] },
  { n: '06', kind: 'pharmacy', level: 1, depts: ['pharmacy'] },
];
const INST = {};
for (const r of REGIONS) for (const k of INST_KINDS) {
  const id = 'H' + r.code + k.n;
  const doctors = {};
  k.depts.forEach((d, di) => { doctors[d] = []; for (let j = 1; j <= 4; j++) doctors[d].push(`D${r.code.slice(0, 4)}${k.n}${di}${j}`); });
  INST[r.code + ':' + k.kind] = { id, region: r.code, prov: r.prov, level: k.level, kind: k.kind, doctors };
}
const inst = (region, kind) => INST[region + ':' + kind];

// ---------- members ----------
let memberSeq = 0;
function member(region, o = {}) {
  memberSeq++;
  const gender = o.gender || (rnd() < 0.55 ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(o.ageMin || 28, o.ageMax || 75);
  const birthDate = `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const ageJan = age - 1; // age during 2025 is age-1 or age
  const scheme = o.scheme || (rnd() < 0.62 ? 'employee' : 'resident');
  const retired = scheme === 'employee' && ((gender === 'M' && ageJan >= 61) || (gender === 'F' && ageJan >= 56));
  const contrib = scheme === 'employee' ? (retired ? ri(gender === 'M' ? 31 : 26, 40) : Math.max(1, Math.min(ageJan - 20, ri(3, 30)))) : 0;
  return {
    insuredId: 'P101' + String(memberSeq).padStart(6, '0'), gender, birthDate, retired, scheme, region,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 18), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contrib, special: null },
    chronic: o.chronic || null,
    st: { inpatientCount: 0, dedUsed: {}, fundUsed: {} },
  };
}
function ageOn(m, date) { const b = D(m.birthDate), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }

// ---------- claims ----------
const claimSeq = {};
const ALL = [];
function newClaim(m, ins, dept, visitType, o) {
  claimSeq[ins.id] = (claimSeq[ins.id] || 0) + 1;
  const c = {
    claimId: `${ins.region}-${ins.id}-2025-${String(claimSeq[ins.id]).padStart(6, '0')}`,
    region: ins.region, insuranceType: m.scheme, visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: Object.assign({}, m.enrollment, m.chronic ? { chronicDiseases: m.chronic } : {}),
    provider: { hospitalId: ins.id, level: ins.level, department: dept, doctorId: o.doctor || pick(ins.doctors[dept]) },
  };
  if (m.region !== ins.region) c.insuredRegion = m.region;
  if (visitType === 'inpatient') {
    c.admissionDate = o.adm; c.dischargeDate = o.dis;
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered';
    if (o.transferFrom) c.transferFromHospitalId = o.transferFrom;
  } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.procs || []).map(([code, date]) => ({ code, date }));
  c.reportedGroup = { drg: null, dip: null };
  c.items = []; c._m = m; c._ins = ins;
  ALL.push(c);
  return c;
}
// add a line; o.mut marks it as a labelled fraudulent line (exempt from the formal-limit check only where o.breach says so)
function add(c, code, date, qty, o = {}) {
  const r = CAT[code]; if (!r) throw new Error('no row ' + code);
  if (!(qty > 0)) throw new Error('qty ' + code);
  const level = String(c.provider.level);
  const price = r.priceCap[level];
  const itemCode = r.products ? r.products[0] : code;
  const ln = { lineId: null, code: itemCode, name: r.name, category: r.category, date, quantity: qty, unitPrice: price, amount: null, _row: code, _mut: !!o.mut, _breach: o.breach || null, _iv: o.iv };
  if (o.longRx) ln.longPrescription = true;
  c.items.push(ln);
  return ln;
}
const nights = (c) => { const out = []; for (let d = c.admissionDate; d < c.dischargeDate; d = addDays(d, 1)) out.push(d); return out; };
const stayDays = (c) => { const out = []; for (let d = c.admissionDate; d <= c.dischargeDate; d = addDays(d, 1)) out.push(d); return out; };

// ward routine: bed, 住院诊查费 and nursing per night; o.icuNights: nights in the monitored unit (重症监护 by the hour, no graded nursing)
function ward(c, o = {}) {
  const icu = new Set(o.icuNights || []);
  for (const d of nights(c)) {
    if (icu.has(d)) { add(c, S.bedICU, d, 1); add(c, S.ipConsult, d, 1); add(c, S.icuNurse, d, 24); }
    else { add(c, S.bed, d, 1, { mut: o.mutFrom && d >= o.mutFrom }); add(c, S.ipConsult, d, 1, { mut: o.mutFrom && d >= o.mutFrom }); add(c, (o.nursingOn && o.nursingOn(d)) || o.nursing || S.nurse2, d, 1, { mut: o.mutFrom && d >= o.mutFrom }); }
  }
}
function admitLabs(c, d, o = {}) {
  add(c, S.venep, d, 1); add(c, S.cbc, d, 1); add(c, S.urine, d, 1); add(c, S.stool, d, 1); add(c, S.lft, d, 1); add(c, S.rft, d, 1);
  add(c, S.lytes, d, 1); add(c, S.coag, d, 1); add(c, S.glu, d, 1); add(c, S.ecg, d, 1);
  if (o.cxr !== false) add(c, S.cxr, d, 1);
  if (o.pre8) add(c, S.pre8, d, 1);
  if (o.us) add(c, S.usAbd, d, 1);
}
function recheck(c, d, o = {}) { add(c, S.venep, d, 1); add(c, S.cbc, d, 1); if (o.lft !== false) add(c, S.lft, d, 1); if (o.lytes) add(c, S.lytes, d, 1); if (o.rft) add(c, S.rft, d, 1); if (o.coag) add(c, S.coag, d, 1); }
// a drug each day over [from, to] (inclusive) of the stay
function daily(c, code, from, to, perDay, o = {}) { for (let d = from; d <= to; d = addDays(d, 1)) add(c, code, d, perDay, o); }
// painless endoscopy of an inpatient: general anaesthesia by the hour and propofol
function anaesthesia(c, d, hours, o = {}) { const a = add(c, S.ga, d, hours, o); add(c, M.propofol, d, hours > 1 ? 2 : 1, { mut: o.mut, iv: 'push' }); return a; }
// infusion service lines derived from the drugs of each day (inpatient)
function infusions(c) {
  const byDay = {};
  for (const l of c.items) if (l.category === 'drug' && (IV_CARRIED.has(l._row) || IV_SELF.has(l._row))) {
    const g = byDay[l.date] || (byDay[l.date] = { groups: 0, carried: 0, mut: true });
    const n = l._row === M.alb || l._row === M.ne ? 1 : (IV_CARRIED.has(l._row) ? l.quantity : 1);
    g.groups += n; if (IV_CARRIED.has(l._row)) g.carried += n; if (!l._mut) g.mut = false;
  }
  const days = Object.keys(byDay).sort();
  days.forEach((d, i) => {
    const g = byDay[d]; const groups = Math.max(1, g.groups);
    if (i === 0) { add(c, S.cannula, d, 1); add(c, C.cannulaC, d, 1); }
    add(c, S.ivFirst, d, 1); if (groups > 1) add(c, S.ivAdd, d, Math.min(5, groups - 1));
    add(c, C.ivSet, d, Math.min(4, Math.ceil(groups / 2)));
    if (g.carried) add(c, M.ns, d, g.carried);
  });
}

// ---------- formal-limit check ----------
const dxList = (c) => c.diagnoses.map(x => x.code);
const hasPrefix = (codes, prefixes) => codes.some(x => prefixes.some(p => x.startsWith(p)));
function checkLimits(c) {
  const dx = dxList(c); const px = c.procedures.map(p => p.code);
  const perDay = {}; const days = {}; const onDay = {};
  for (const l of c.items) {
    const k = l._row + '|' + l.date; perDay[k] = (perDay[k] || 0) + l.quantity;
    (days[l._row] || (days[l._row] = new Set())).add(l.date);
    (onDay[l.date] || (onDay[l.date] = new Set())).add(l._row);
  }
  const codesOnClaim = new Set(c.items.map(l => l._row));
  const age = ageOn(c._m, c.admissionDate || c.visitDate);
  for (const l of c.items) {
    const r = CAT[l._row]; const probs = [];
    if (r.setting === 'inpatient' && c.visitType !== 'inpatient') probs.push('setting');
    if (r.setting === 'outpatient' && c.visitType === 'inpatient') probs.push('setting');
    if (r.minLevel && c.provider.level < r.minLevel) probs.push('minLevel');
    if (r.gender && r.gender !== c.patient.gender) probs.push('gender');
    if (r.ageMin != null && age < r.ageMin) probs.push('age'); if (r.ageMax != null && age > r.ageMax) probs.push('age');
    if (r.indications) {
      let ok = hasPrefix(dx, r.indications);
      if (!ok && r.indicationClauses) ok = r.indicationClauses.some(cl => hasPrefix(dx, cl.diagnoses) && (cl.with || []).some(w => hasPrefix(dx, w.diagnoses || []) || hasPrefix(px, w.procedures || []) || (w.drugAtc || []).some(a => c.items.some(i => i.category === 'drug' && i._row.slice(1, 6) === a))));
      if (!ok && r.indicationProcedures) ok = hasPrefix(px, r.indicationProcedures);
      if (!ok) probs.push('indication');
      if (ok && r.indicationEvidence) for (const ev of r.indicationEvidence) if (hasPrefix(dx, ev.diagnoses) && !ev.items.codes.some(x => codesOnClaim.has(x))) probs.push('indicationEvidence');
    }
    if (r.maxPerDay != null && perDay[l._row + '|' + l.date] > r.maxPerDay) probs.push('maxPerDay');
    if (r.maxDays != null && days[l._row].size > r.maxDays) probs.push('maxDays');
    for (const x of r.excludes || []) if (onDay[l.date].has(x)) probs.push('excludes ' + x);
    for (const x of r.includes || []) if (onDay[l.date].has(x)) probs.push('includes ' + x);
    if (c.visitType === 'inpatient' && (l.date < c.admissionDate || l.date > c.dischargeDate)) probs.push('date outside stay');
    if (c.visitType !== 'inpatient' && l.date !== c.visitDate) probs.push('date');
    if (probs.length) {
      // a labelled fraudulent line may break the limit its typology names; so may the line it collides with
      const allowed = l._breach && probs.every(p => l._breach.some(b => p.startsWith(b)));
      const partner = probs.every(p => p.startsWith('excludes') || p.startsWith('includes')) && c.items.some(o => o._breach && o.date === l.date && o._mut);
      if (!allowed && !partner) throw new Error(`${c.claimId} line ${l.name} ${l.date}: ${probs.join(', ')}`);
    }
  }
  // anaesthesia hours and monitoring: ward monitoring lines must fit in the day outside the anaesthesia
  for (const d of Object.keys(onDay)) {
    const ga = perDay[S.ga + '|' + d] || 0; const mon = Math.max(perDay[S.ecgMon + '|' + d] || 0, perDay[S.spo2 + '|' + d] || 0);
    if (ga && mon + ga > 24) throw new Error(c.claimId + ' monitoring inside anaesthesia');
    const icu = perDay[S.icuNurse + '|' + d] || 0;
    if (icu && (mon + icu > 24 || [S.nurse1, S.nurse2, S.nurse3].some(n => perDay[n + '|' + d]))) throw new Error(c.claimId + ' ICU hours overlap');
  }
  // coded procedures need their billed service on their date
  const needs = { '44.13': [S.egd], '44.14': [S.egd], '45.16': [S.egd], '45.23': [S.colo, S.polyp], '45.25': [S.colo, S.polyp], '45.42': [S.polyp], '51.10': [S.ercp], '51.85': [S.est], '51.88': [S.est], '39.79': [S.tace], '99.04': [S.rbc], '99.07': [S.ffp], '99.25': [M.oxali] };
  for (const p of c.procedures) { const k = Object.keys(needs).find(n => p.code.startsWith(n)); if (!k) throw new Error('procedure without a billing map ' + p.code); if (!needs[k].some(code => onDay[p.date] && onDay[p.date].has(code))) throw new Error(`${c.claimId} procedure ${p.code} ${p.date} without its line`); }
}

// ---------- money ----------
const fen = (y) => Math.round(y * 100);
function merged(o, over) { if (!over) return o; const r = Array.isArray(o) ? o.slice() : Object.assign({}, o); for (const k of Object.keys(over)) r[k] = (o && typeof o[k] === 'object' && !Array.isArray(o[k])) ? merged(o[k], over[k]) : over[k]; return r; }
function settle(c) {
  let tot = 0, pol = 0;
  c.items.forEach((l, i) => {
    l.lineId = String(i + 1);
    const a = Math.round(l.quantity * fen(l.unitPrice)); l.amount = a / 100; tot += a;
    const share = CAT[l._row].selfPayShare || 0; pol += Math.round(a * (1 - share));
  });
  const m = c._m; const region = c.insuredRegion || c.region; const prov = POL.provinces[region.slice(0, 2)];
  const scheme = merged(prov, (prov.regions || {})[region]).schemes[c.insuranceType];
  const vt = c.visitType; const p = scheme[vt]; const lv = String(c.provider.level);
  let ded;
  if (vt === 'inpatient') { ded = fen(p.deductible[lv]); if (m.st.inpatientCount > 0 && p.laterAdmissionDeductibleShare != null) ded = Math.round(ded * p.laterAdmissionDeductibleShare); m.st.inpatientCount++; }
  else { const y = fen(typeof p.deductible === 'object' ? p.deductible[lv] : p.deductible); const used = m.st.dedUsed[vt] || 0; ded = Math.max(0, y - used); m.st.dedUsed[vt] = used + Math.min(pol, ded); }
  let ratio = (typeof p.ratio === 'object' ? p.ratio[lv] : p.ratio) + (c.patient.retired ? (p.retireeRatioBonus || 0) : 0);
  if (p.maxRatio) ratio = Math.min(ratio, p.maxRatio);
  let fund = Math.round(Math.max(0, pol - ded) * ratio);
  const capLeft = fen(p.annualFundCap) - (m.st.fundUsed[vt] || 0); fund = Math.max(0, Math.min(fund, capLeft)); m.st.fundUsed[vt] = (m.st.fundUsed[vt] || 0) + fund;
  c.amounts = { total: tot / 100, policy: pol / 100, fundClaimed: fund / 100 };
}

// ---------- cases ----------
const LABELS = []; let caseSeq = 0;
function label(kind, code, name, claims, targets, variant, mutated) {
  caseSeq++;
  LABELS.push({ caseId: 'B101-' + String(caseSeq).padStart(4, '0'), kind, code, name, claimIds: claims.map(c => c.claimId), targets: targets.map(c => c.claimId), mutatedLines: mutated || {}, typology: code, variant, _claims: claims, _mutClaims: mutated === 'lines' ? targets : null });
}
const REG = () => pick(REGIONS).code;
const start = (from = '2025-01-06', to = '2025-11-30') => randDate(from, to);
function outpatient(m, ins, dept, date, dx, o = {}) {
  const c = newClaim(m, ins, dept, o.visitType || 'outpatient', { date, dx, doctor: o.doctor });
  if (c.visitType === 'chronic') add(c, S.chronicConsult, date, 1);
  else if (c.visitType === 'outpatient') add(c, ins.level === 1 ? S.general : (o.senior && ins.level >= 2 ? S.consultAssoc : S.consult), date, 1);
  return c;
}
// an outpatient gastroscopy: the exam, infection screen, biopsy specimens to pathology
function opGastroscopy(c, d, biopsies) { add(c, S.pre8, d, 1); add(c, S.egd, d, 1); if (biopsies) add(c, S.path, d, biopsies); }
function inpatient(m, ins, dept, adm, los, dx, o = {}) {
  return newClaim(m, ins, dept, 'inpatient', { adm, dis: addDays(adm, los), dx, procs: o.procs, route: o.route, mode: o.mode, doctor: o.doctor, transferFrom: o.transferFrom });
}
const gastroDept = (ins) => ins.doctors.gastroenterology ? 'gastroenterology' : ins.doctors.hepatology ? 'hepatology' : Object.keys(ins.doctors)[0];
const liverDept = (ins) => ins.doctors.hepatology ? 'hepatology' : gastroDept(ins);
const endoDept = (ins) => ins.doctors.endoscopy ? 'endoscopy' : gastroDept(ins);
const hosp = (region, kinds) => inst(region, pick(kinds));

// ---- building blocks shared by fraud, control and routine stays ----
// a painless (anaesthetised) inpatient gastroscopy on day d, with n biopsy specimens
function ipGastroscopy(c, d, n, gaHours = 1, o = {}) { anaesthesia(c, d, gaHours); add(c, S.egd, d, 1, o); if (n) add(c, S.path, d, n); c.procedures.push({ code: n ? '45.1600' : '44.1300x001', date: d }); }
function polypStay(m, ins, adm, dx, nPolyps, o = {}) {
  const los = o.los || ri(2, 3); const c = inpatient(m, ins, endoDept(ins), adm, los, dx, { procs: [] });
  const d1 = addDays(adm, 1);
  ward(c); admitLabs(c, adm, { pre8: true });
  anaesthesia(c, d1, o.gaHours || 1); add(c, S.polyp, d1, 1); add(c, C.clip, d1, Math.min(10, Math.max(1, Math.ceil(nPolyps / 2) + ri(0, 1))));
  add(c, S.path, d1, Math.min(2, nPolyps)); c.procedures.push({ code: '45.4200x003', date: d1 });
  if (o.egd) { add(c, S.egd, d1, 1); c.procedures.push({ code: '44.1300x001', date: d1 }); }
  add(c, M.gns, d1, 2, { iv: true }); add(c, M.glu, d1, 1);
  if (los >= 3) recheck(c, addDays(adm, 2), { lft: false });
  return c;
}

// =====================================================================================
// FRAUD TYPOLOGIES
// =====================================================================================
const T = [];
function fraud(code, name, n, build) { T.push({ code, name, build }); }

// T01 anaesthesia with no endoscopy that day (overt) or billed far beyond the examination's time (careful)
fraud('T01', '无痛内镜麻醉无内镜或超时计费', 15, (i, careful) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2', 'private2']); const m = member(r, { ageMin: 35, ageMax: 70 });
  const adm = start(); const los = ri(3, 4);
  const dx = pick([['K29.501'], ['K21.001', 'K29.300'], ['K63.500', 'K29.501']]);
  const c = inpatient(m, ins, endoDept(ins), adm, los, dx, { procs: [] });
  ward(c); admitLabs(c, adm, { pre8: true });
  const d1 = addDays(adm, 1);
  let mut;
  if (!careful) {
    // anaesthesia and propofol on day 1; the scope itself on day 2 under the same anaesthesia bill again, or not at all
    mut = [anaesthesia(c, d1, 1, { mut: true })];
    if (i % 2) { ipGastroscopy(c, addDays(adm, 2), 1); }
  } else {
    // a 20–30 minute gastroscopy with biopsy billed as 3–4 hours of general anaesthesia
    add(c, S.egd, d1, 1); add(c, S.path, d1, 1); c.procedures.push({ code: '45.1600', date: d1 });
    mut = [anaesthesia(c, d1, ri(3, 4), { mut: true })];
  }
  daily(c, M.omeCap, adm, addDays(adm, los - 1), 2); add(c, M.gns, d1, 2, { iv: true });
  return { claims: [c], targets: [c], mutated: { [c.claimId]: c.items.filter(l => l._mut) } };
});

// T02 diagnostic colonoscopy billed as a polypectomy
fraud('T02', '诊断性肠镜按息肉切除收费', 15, (i, careful) => {
  const r = REG(); const m = member(r, { ageMin: 40, ageMax: 72 }); const d = start();
  if (!careful) {
    const ins = hosp(r, ['general2', 'private2', 'general3']);
    const c = outpatient(m, ins, endoDept(ins), d, pick([['K59.000'], ['K58.800'], ['K58.100']]));
    add(c, S.pre8, d, 1); const l = add(c, S.polyp, d, 1, { mut: true });
    add(c, M.bifid, d, 42); return { claims: [c], targets: [c], mutated: { [c.claimId]: [l] } };
  }
  const ins = hosp(r, ['general2', 'private2']);
  const c = inpatient(m, ins, endoDept(ins), d, 2, ['K63.500'], { procs: [] }); const d1 = addDays(d, 1);
  ward(c); admitLabs(c, d, { pre8: true }); anaesthesia(c, d1, 1);
  const l = add(c, S.polyp, d1, 1, { mut: true }); c.procedures.push({ code: '45.2300', date: d1 });
  add(c, M.gns, d1, 2, { iv: true });
  return { claims: [c], targets: [c], mutated: { [c.claimId]: [l] } };
});

// T03 one biopsy billed as several pathology cases
fraud('T03', '一次活检按多例病理收费', 15, (i, careful) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2', 'private2']); const m = member(r, { ageMin: 30, ageMax: 70 }); const d = start();
  const c = outpatient(m, ins, endoDept(ins), d, pick([['K29.501'], ['K29.300'], ['K21.001']]), { senior: true });
  add(c, S.pre8, d, 1); add(c, S.egd, d, 1);
  const l = careful ? add(c, S.path, d, 2, { mut: true }) : add(c, S.path, d, ri(3, 4), { mut: true, breach: ['maxPerDay'] });
  add(c, pick([M.rabe, M.eso]), d, 28);
  return { claims: [c], targets: [c], mutated: { [c.claimId]: [l] } };
});

// T04 IV PPI with no bleeding, eating patient
fraud('T04', '无出血指征静脉使用PPI', 15, (i, careful) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2', 'private2']); const m = member(r, { ageMin: 30, ageMax: 78 });
  const adm = start(); const los = careful ? ri(5, 6) : ri(9, 11);
  const c = inpatient(m, ins, gastroDept(ins), adm, los, pick([['K29.501'], ['K21.001'], ['K30.x00'], ['K29.300', 'K21.900x003']]), { procs: [] });
  ward(c); admitLabs(c, adm, { pre8: true, us: true }); ipGastroscopy(c, addDays(adm, 1), 1);
  const ppi = careful ? M.omeIV : M.pantoIV; const ivDays = careful ? ri(4, 5) : Math.min(los, ri(9, 10));
  const mut = []; for (let k = 0; k < ivDays; k++) mut.push(add(c, ppi, addDays(adm, k), 2, { mut: true, breach: careful ? null : ['maxDays'] }));
  add(c, M.domp, adm, 3); recheck(c, addDays(adm, los - 1), { lft: false });
  return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
});

// T05 several hepatoprotectants together
fraud('T05', '多种保肝药联用', 15, (i, careful) => {
  const r = REG(); const ins = hosp(r, ['infectious3', 'general3', 'general2']); const m = member(r, { ageMin: 30, ageMax: 70, chronic: null });
  const adm = start(); const los = ri(8, 12);
  const dx = pick([['B18.105'], ['K76.001', 'R74.000x001'], ['K70.100'], ['B18.104']]);
  const c = inpatient(m, ins, liverDept(ins), adm, los, dx, { procs: [] });
  ward(c); admitLabs(c, adm, { us: true }); add(c, S.hbv5, adm, 1); add(c, S.afp, adm, 1);
  const last = addDays(adm, los - 1);
  daily(c, M.mgIso, adm, last, 2);                    // first agent: glycyrrhizin (anti-inflammatory)
  const mut = [];
  const gEnd = addDays(adm, Math.min(los - 1, 13));
  for (let d = adm; d <= gEnd; d = addDays(d, 1)) mut.push(add(c, M.gsh, d, 2, { mut: true }));      // second IV agent
  for (let d = adm; d <= last; d = addDays(d, 1)) mut.push(add(c, M.ppc, d, 6, { mut: true }));      // oral membrane agent
  if (!careful) for (let d = addDays(adm, 1); d <= last; d = addDays(d, 1)) mut.push(add(c, M.udca, d, 3, { mut: true }));
  if (dx[0].startsWith('B18')) daily(c, M.etv, adm, last, 1);
  recheck(c, addDays(adm, 4)); recheck(c, last);
  // the first two agents are the consensus maximum; label the third and fourth
  const keep = careful ? [M.gsh] : [M.gsh];
  const labelled = mut.filter(l => !keep.includes(l._row));
  mut.filter(l => keep.includes(l._row)).forEach(l => { l._mut = false; });
  return { claims: [c], targets: [c], mutated: { [c.claimId]: labelled } };
});

// T06 human albumin outside its 限定支付 (no cirrhotic ascites, no rescue, no severe illness)
fraud('T06', '人血白蛋白超限定支付', 15, (i, careful) => {
  const r = REG(); const ins = hosp(r, ['infectious3', 'general3', 'general2']); const m = member(r, { ageMin: 35, ageMax: 75 });
  const adm = start(); const los = ri(8, 11);
  const variant = careful ? (i % 2 ? 'E88' : 'R18') : 'none';
  const dx = variant === 'none' ? pick([['B18.105'], ['K74.600x003', 'B18.100'], ['K76.001']]) : variant === 'E88' ? ['K74.600x003', 'B18.100', 'E88.000'] : ['K74.600x003', 'R18.x00', 'B18.100'];
  const c = inpatient(m, ins, liverDept(ins), adm, los, dx, { procs: [] });
  ward(c); admitLabs(c, adm, { us: true }); add(c, S.hbv5, adm, 1);
  const last = addDays(adm, los - 1);
  daily(c, M.mgIso, adm, last, 2); if (dx.some(x => x.startsWith('B18') || x.startsWith('K74.600x003'))) daily(c, M.etv, adm, last, 1);
  const mut = []; for (let k = 1; k <= ri(4, 6); k++) mut.push(add(c, M.alb, addDays(adm, k), careful ? 1 : 2, { mut: true, breach: variant === 'none' ? ['indication'] : null }));
  recheck(c, addDays(adm, 5)); recheck(c, last);
  return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
});

// T07 EST billed on a diagnostic ERCP (no stone, no sphincterotomy indication)
fraud('T07', '诊断性ERCP加收EST', 15, (i, careful) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2']); const m = member(r, { ageMin: 40, ageMax: 80 });
  const adm = start(); const los = ri(5, 7); const d2 = addDays(adm, 2);
  const dx = careful ? ['K80.200x003', 'R74.000x001'] : pick([['K83.000'], ['K80.200x003', 'R74.000x001'], ['K76.800x015']]);
  const c = inpatient(m, ins, gastroDept(ins), adm, los, dx, { procs: [['51.1000', d2]] });
  if (careful) c.procedures.push({ code: '51.8503', date: d2 });
  ward(c); admitLabs(c, adm, { pre8: true, us: true }); add(c, S.ctAbd, addDays(adm, 1), 1);
  anaesthesia(c, d2, 1); add(c, S.ercp, d2, 1); const l = add(c, S.est, d2, 1, { mut: true });
  daily(c, M.ceftri, adm, addDays(adm, 3), 2); add(c, M.gns, d2, 2, { iv: true }); add(c, M.glu, addDays(adm, 3), 2);
  recheck(c, addDays(adm, 3)); add(c, S.crp, addDays(adm, 3), 1);
  return { claims: [c], targets: [c], mutated: { [c.claimId]: [l] } };
});

// T08 polypectomy split into two stays (分解住院)
fraud('T08', '结肠息肉切除分解住院', 15, (i, careful) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2', 'private2']); const m = member(r, { ageMin: 45, ageMax: 75 });
  const adm1 = start('2025-01-06', '2025-10-31'); const c1 = polypStay(m, ins, adm1, ['K63.504'], 2);
  const gap = careful ? ri(16, 24) : ri(3, 9);
  const c2 = polypStay(m, ins, addDays(c1.dischargeDate, gap), ['K63.504'], 2);
  return { claims: [c1, c2], targets: [c2], mutated: {} };
});

// T09 functional dyspepsia / chronic gastritis admitted (低标准入院)
fraud('T09', '消化不良低标准入院', 15, (i, careful) => {
  const r = REG(); const ins = hosp(r, careful ? ['general3', 'general2'] : ['private2', 'general2']); const m = member(r, { ageMin: 25, ageMax: 70 });
  const adm = start(); const los = ri(4, 6);
  const c = inpatient(m, ins, gastroDept(ins), adm, los, pick([['K30.x00'], ['R10.101'], ['K29.501']]), { procs: [] });
  ward(c, { nursing: S.nurse3 }); admitLabs(c, adm, { pre8: true, us: careful });
  add(c, S.egd, addDays(adm, 1), 1); c.procedures.push({ code: '44.1300x001', date: addDays(adm, 1) });
  if (careful) add(c, S.ctAbd, addDays(adm, 2), 1);
  daily(c, M.rabe, adm, addDays(adm, los - 1), 2); daily(c, M.domp, adm, addDays(adm, los - 1), 3);
  add(c, M.gns, adm, 2, { iv: true }); add(c, M.gns, addDays(adm, 1), 2, { iv: true });
  return { claims: [c], targets: [c], mutated: {} };
});

// T10 stable liver patient kept in bed (挂床)
fraud('T10', '稳定期肝病挂床住院', 15, (i, careful) => {
  const r = REG(); const ins = hosp(r, ['infectious3', 'general2', 'private2']); const m = member(r, { ageMin: 35, ageMax: 72 });
  const adm = start('2025-01-06', '2025-11-15'); const los = ri(15, 21);
  const c = inpatient(m, ins, liverDept(ins), adm, los, pick([['B18.104'], ['K74.600x003', 'B18.100'], ['B18.100']]), { procs: [] });
  ward(c, { nursing: S.nurse3 }); admitLabs(c, adm, { us: true }); add(c, S.hbv5, adm, 1); add(c, S.afp, adm, 1);
  daily(c, M.mgIso, adm, addDays(adm, 2), 2);
  const last = addDays(adm, los - 1);
  if (careful) { daily(c, M.etv, adm, last, 1); daily(c, M.ppc, addDays(adm, 3), last, 6); recheck(c, addDays(adm, 9), { lft: true }); }
  return { claims: [c], targets: [c], mutated: {} };
});

// T11 entecavir refilled at several institutions with supply still on hand
fraud('T11', '恩替卡韦多机构重复开药', 15, (i, careful) => {
  const r = REG(); const m = member(r, { ageMin: 30, ageMax: 70, chronic: ['B18'] });
  const d0 = start('2025-01-06', '2025-08-31');
  const a = inst(r, 'infectious3'); const b = inst(r, pick(['general2', 'general3'])); const p = inst(r, 'pharmacy'); const cc = inst(r, 'community');
  const c1 = outpatient(m, a, 'hepatology', d0, ['B18.100'], { visitType: 'chronic' }); add(c1, S.lft, d0, 1); add(c1, S.hbv5, d0, 1); add(c1, M.etv, d0, 84, { longRx: true });
  let c2, c3;
  if (!careful) {
    const d1 = addDays(d0, ri(7, 15)); c2 = outpatient(m, b, gastroDept(b), d1, ['B18.100'], { visitType: 'chronic' }); add(c2, M.etv, d1, 84, { longRx: true, mut: true });
    const d2 = addDays(d1, ri(6, 14)); c3 = newClaim(m, p, 'pharmacy', 'pharmacy', { date: d2, dx: ['B18.100'] }); add(c3, M.etv, d2, 56, { mut: true });
  } else {
    const d1 = addDays(d0, ri(35, 45)); c2 = outpatient(m, cc, 'general_practice', d1, ['B18.100'], { visitType: 'chronic' }); add(c2, M.etv, d1, 56, { longRx: true, mut: true });
    const d2 = addDays(d1, ri(25, 35)); c3 = newClaim(m, p, 'pharmacy', 'pharmacy', { date: d2, dx: ['B18.100'] }); add(c3, M.etv, d2, 28, { mut: true });
  }
  return { claims: [c1, c2, c3], targets: [c2, c3], mutated: 'auto' };
});

// T12 gastroscopy repeated within weeks with no new indication
fraud('T12', '短期内重复胃镜检查', 15, (i, careful) => {
  const r = REG(); const m = member(r, { ageMin: 30, ageMax: 70 }); const d0 = start('2025-01-06', '2025-10-31');
  const a = hosp(r, ['general3', 'general2']); const dx = pick([['K29.501'], ['K29.300'], ['K21.001']]);
  const c1 = outpatient(m, a, endoDept(a), d0, dx); opGastroscopy(c1, d0, 1); add(c1, pick([M.omeCap, M.rabe]), d0, 28);
  const b = careful ? inst(r, pick(['private2', a.kind === 'general3' ? 'general2' : 'general3'])) : a;
  const d1 = addDays(d0, careful ? ri(25, 40) : ri(8, 16));
  const c2 = outpatient(m, b, endoDept(b), d1, dx); add(c2, S.pre8, d1, 1); const l = add(c2, S.egd, d1, 1, { mut: true }); const l2 = add(c2, S.path, d1, 1, { mut: true });
  add(c2, M.alMg, d1, 42);
  return { claims: [c1, c2], targets: [c2], mutated: { [c2.claimId]: [l, l2] } };
});

// T13 liver panel billed with its own components (分解/重复收费)
fraud('T13', '肝功能套餐与组分重复收费', 15, (i, careful) => {
  const r = REG(); const m = member(r, { ageMin: 30, ageMax: 72 }); const d = start();
  if (!careful) {
    const ins = hosp(r, ['general2', 'private2', 'infectious3']);
    const c = outpatient(m, ins, liverDept(ins), d, pick([['B18.100'], ['K76.001'], ['R74.000x001']]));
    add(c, S.venep, d, 1); add(c, S.lft, d, 1);
    const mut = [add(c, S.alt, d, 1, { mut: true, breach: ['includes', 'excludes'] }), add(c, S.ast, d, 1, { mut: true, breach: ['includes', 'excludes'] }), add(c, S.tbil, d, 1, { mut: true, breach: ['includes', 'excludes'] })];
    if (i % 2) mut.push(add(c, S.salb, d, 1, { mut: true, breach: ['excludes'] }));
    add(c, S.usAbd, d, 1);
    return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
  }
  const ins = hosp(r, ['general3', 'general2', 'infectious3']); const adm = d; const los = ri(7, 9);
  const c = inpatient(m, ins, liverDept(ins), adm, los, pick([['K71.601'], ['B18.105']]), { procs: [] });
  ward(c); admitLabs(c, adm, { us: true }); daily(c, M.mgIso, adm, addDays(adm, los - 1), 2);
  if (c.diagnoses[0].code.startsWith('B18')) daily(c, M.etv, adm, addDays(adm, los - 1), 1);
  const d4 = addDays(adm, 4); recheck(c, d4);
  const mut = [add(c, S.alt, d4, 1, { mut: true, breach: ['includes'] })];
  recheck(c, addDays(adm, los - 1));
  return { claims: [c], targets: [c], mutated: { [c.claimId]: mut } };
});

// T14 complications coded with nothing behind them (高套分组)
fraud('T14', '无依据并发症编码高套', 15, (i, careful) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2', 'private2']); const m = member(r, { ageMin: 40, ageMax: 80 });
  const adm = start(); const kind = (i + Math.floor(i / 3)) % 3;
  const extra = careful ? pick([['E87.600'], ['K76.800x006'], ['D62.x00']]) : pick([['R57.101', 'D62.x00'], ['N17.900'], ['K72.900x003+G94.3*']]);
  let c;
  if (kind === 0) { // gastric ulcer (not bleeding) stay with gastroscopy
    const los = ri(4, 6); c = inpatient(m, ins, gastroDept(ins), adm, los, ['K25.900x001', ...extra], { procs: [] });
    ward(c); admitLabs(c, adm, { pre8: true }); ipGastroscopy(c, addDays(adm, 1), 1); daily(c, M.rabe, adm, addDays(adm, los - 1), 2);
  } else if (kind === 1) { // non-alcoholic fatty liver disease stay
    const los = ri(6, 8); c = inpatient(m, ins, liverDept(ins), adm, los, ['K76.001', ...extra], { procs: [] });
    ward(c); admitLabs(c, adm, { us: true }); daily(c, M.mgIso, adm, addDays(adm, los - 1), 2); recheck(c, addDays(adm, los - 1));
  } else { // chronic hepatitis B stay
    const los = ri(7, 10); c = inpatient(m, ins, liverDept(ins), adm, los, ['B18.105', ...extra], { procs: [] });
    ward(c); admitLabs(c, adm, { us: true }); add(c, S.hbv5, adm, 1); daily(c, M.mgIso, adm, addDays(adm, los - 1), 2); daily(c, M.etv, adm, addDays(adm, los - 1), 1); recheck(c, addDays(adm, los - 1));
  }
  return { claims: [c], targets: [c], mutated: {} };
});

// T15 the member's card used at an outpatient clinic or pharmacy during a stay
fraud('T15', '住院期间门诊或药店刷卡', 15, (i, careful) => {
  const r = REG(); const m = member(r, { ageMin: 35, ageMax: 75 }); const adm = start('2025-01-06', '2025-11-20'); const los = ri(7, 10);
  const a = hosp(r, ['general3', 'general2']);
  const c = inpatient(m, a, gastroDept(a), adm, los, ['K25.900x001', 'K29.501'], { procs: [] });
  ward(c); admitLabs(c, adm, { pre8: true }); ipGastroscopy(c, addDays(adm, 1), 1); daily(c, M.eso, adm, addDays(adm, los - 1), 2); recheck(c, addDays(adm, los - 1), { lft: false });
  const out = [];
  const p = inst(r, 'pharmacy'); const d1 = addDays(adm, ri(2, los - 2));
  const c2 = newClaim(m, p, 'pharmacy', 'pharmacy', { date: d1, dx: ['K29.501'] }); add(c2, M.eso, d1, 28); add(c2, M.alMg, d1, 42); out.push(c2);
  if (!careful) { const b = inst(r, pick(['community', 'private2'])); const d2 = addDays(adm, ri(2, los - 1)); const c3 = outpatient(m, b, gastroDept(b) === 'general_practice' ? 'general_practice' : gastroDept(b), d2, ['K29.501']); add(c3, M.rabe, d2, 28); add(c3, M.domp, d2, 42); out.push(c3); }
  return { claims: [c, ...out], targets: out, mutated: {} };
});

// =====================================================================================
// CONTROLS
// =====================================================================================
const K = [];
function control(code, name, source, build) { K.push({ code, name, source, build }); }
function bleedStay(m, ins, adm, los, dx, o = {}) {
  const c = inpatient(m, ins, gastroDept(ins), adm, los, dx, { procs: [], route: 'emergency' });
  const icu = o.icu ? [adm, addDays(adm, 1)] : [];
  ward(c, { icuNights: icu, nursing: S.nurse1, nursingOn: (d) => (d >= addDays(adm, 4) ? S.nurse2 : S.nurse1) });
  add(c, S.er, adm, 1); admitLabs(c, adm, { pre8: true }); add(c, S.abo, adm, 1);
  if (!o.icu) { add(c, S.ecgMon, adm, 24); add(c, S.spo2, adm, 24); add(c, C.electrode, adm, 5); }
  add(c, S.cbc, addDays(adm, 1), 1); add(c, S.cbc, addDays(adm, 2), 1);
  const units = o.units || ri(2, 4);
  add(c, S.xmatch, adm, units); add(c, S.rbc, adm, units); add(c, S.transf, adm, 1); add(c, C.bloodSet, adm, 1); c.procedures.push({ code: '99.0401', date: adm });
  // urgent endoscopy within 24 h
  const d1 = addDays(adm, 1); add(c, S.egd, d1, 1); c.procedures.push({ code: '44.1300x001', date: d1 });
  // high-dose IV PPI for 72 h, then twice daily, then oral
  daily(c, M.pantoIV, adm, addDays(adm, 2), 3); daily(c, M.pantoIV, addDays(adm, 3), addDays(adm, 4), 2);
  daily(c, M.eso, addDays(adm, 5), addDays(adm, los - 1), 2);
  daily(c, M.ringer, adm, addDays(adm, 1), 2); daily(c, M.gns, adm, addDays(adm, 2), 2); add(c, M.kcl, addDays(adm, 1), 2);
  recheck(c, addDays(adm, los - 1), { lft: false });
  return c;
}
control('C01', '消化性溃疡出血静脉PPI后改口服', '《急性非静脉曲张性上消化道出血诊治指南（2018年，杭州）》：内镜检查24 h内，高危溃疡大剂量PPI静脉72 h，后改口服；《消化性溃疡诊断与治疗共识意见（2022年，上海）》', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2']); const m = member(r, { ageMin: 35, ageMax: 85 });
  const c = bleedStay(m, ins, start(), ri(7, 9), pick([['K26.401', 'D62.x00'], ['K25.400x001', 'D62.x00'], ['K26.000', 'D62.x00']]), { icu: i % 3 === 0 });
  return [c];
});
control('C02', '食管贲门黏膜撕裂出血伴失血性贫血（有输血依据）', '《急性非静脉曲张性上消化道出血诊治指南（2018年，杭州）》：Mallory-Weiss综合征多自限，血红蛋白<70 g/L输注红细胞；失血性贫血编码有血红蛋白复查与输血', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2']); const m = member(r, { ageMin: 25, ageMax: 70, gender: 'M' });
  const c = bleedStay(m, ins, start(), ri(5, 7), ['K22.600', 'D62.x00', 'K92.000'], { units: ri(2, 3) });
  return [c];
});
function cirrhosisStay(m, ins, adm, los, dx, o = {}) {
  const c = inpatient(m, ins, liverDept(ins), adm, los, dx, { procs: [], route: o.route || 'outpatient' });
  ward(c, { nursing: o.nursing || S.nurse1, icuNights: o.icuNights });
  admitLabs(c, adm, { us: true }); add(c, S.hbv5, adm, 1); add(c, S.afp, adm, 1);
  const last = addDays(adm, los - 1);
  if (dx.some(x => x.startsWith('B18') || x === 'K74.602' || x === 'K74.600x003')) daily(c, M.etv, adm, last, 1);
  return c;
}
control('C03', '肝硬化腹水输注白蛋白（利尿、超声、白蛋白检测有据）', '《肝硬化腹水诊疗指南（2023年版）》（中华医学会肝病学分会）：腹水一线螺内酯±呋塞米，低白蛋白血症者输注白蛋白；医保目录人血白蛋白限“肝硬化引起胸腹水且白蛋白低于30g/L”', (i) => {
  const r = REG(); const ins = hosp(r, ['infectious3', 'general3', 'general2']); const m = member(r, { ageMin: 40, ageMax: 78 });
  const adm = start(); const los = ri(8, 11); const c = cirrhosisStay(m, ins, adm, los, ['K74.602', 'R18.x00', 'B18.100']);
  const last = addDays(adm, los - 1);
  daily(c, M.spiro, adm, last, 4); daily(c, M.furoT, adm, last, 2);
  for (let k = 1; k <= 4; k++) add(c, M.alb, addDays(adm, k), 2);
  recheck(c, addDays(adm, 4), { lytes: true, rft: true }); recheck(c, last, { lytes: true, rft: true }); add(c, S.usAbd, last, 1);
  return [c];
});
control('C04', '自发性细菌性腹膜炎（抗感染＋白蛋白）', '《肝硬化腹水诊疗指南（2023年版）》：SBP 三代头孢经验治疗，第1、3日输注白蛋白；EASL 2018 decompensated cirrhosis guideline', (i) => {
  const r = REG(); const ins = hosp(r, ['infectious3', 'general3']); const m = member(r, { ageMin: 40, ageMax: 80 });
  const adm = start(); const los = ri(10, 13); const c = cirrhosisStay(m, ins, adm, los, ['K65.902', 'K74.602', 'R18.x00', 'B18.100'], { route: 'emergency' });
  daily(c, M.ceftri, adm, addDays(adm, 6), 2); add(c, S.culture, adm, 1); add(c, S.crp, adm, 1); add(c, S.pct, adm, 1);
  add(c, M.alb, adm, 3); add(c, M.alb, addDays(adm, 1), 2); add(c, M.alb, addDays(adm, 2), 3); add(c, M.alb, addDays(adm, 4), 2);
  daily(c, M.spiro, addDays(adm, 3), addDays(adm, los - 1), 2);
  recheck(c, addDays(adm, 3), { lytes: true, rft: true }); add(c, S.crp, addDays(adm, 3), 1); recheck(c, addDays(adm, los - 1), { rft: true });
  return [c];
});
control('C05', '肝肾综合征（血管活性药＋白蛋白）', '《肝硬化腹水诊疗指南（2023年版）》：HRS-AKI 停利尿剂，血管收缩药（特利加压素或去甲肾上腺素）联合白蛋白20–40 g/d；ICA/EASL 2018', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'infectious3']); const m = member(r, { ageMin: 45, ageMax: 80 });
  const adm = start(); const los = ri(10, 14); const icu = [adm, addDays(adm, 1), addDays(adm, 2), addDays(adm, 3)];
  const c = cirrhosisStay(m, ins, adm, los, ['K76.700', 'K74.602', 'R18.x00', 'B18.100'], { route: 'emergency', icuNights: icu });
  for (let k = 0; k < 7; k++) add(c, M.alb, addDays(adm, k), k < 2 ? 3 : 2);
  daily(c, M.ne, adm, addDays(adm, 3), 4); add(c, S.pump, adm, 24);
  for (let k = 1; k <= 6; k += 1) { add(c, S.rft, addDays(adm, k), 1); if (k % 2) add(c, S.lytes, addDays(adm, k), 1); }
  recheck(c, addDays(adm, los - 1), { rft: true });
  return [c];
});
control('C06', '重症急性胰腺炎（监护、肠外营养、胃肠减压）', '《中国急性胰腺炎诊治指南（2021）》：SAP 器官功能监护与液体复苏，不能经口进食者营养支持；不推荐预防性抗生素', (i) => {
  const r = REG(); const ins = inst(r, 'general3'); const m = member(r, { ageMin: 30, ageMax: 75 });
  const adm = start('2025-01-06', '2025-11-10'); const los = ri(14, 18); const icu = [0, 1, 2, 3].map(k => addDays(adm, k));
  const c = inpatient(m, ins, 'gastroenterology', adm, los, [pick(['K85.202', 'K85.102', 'K85.902']), 'E87.600'], { procs: [], route: 'emergency' });
  ward(c, { icuNights: icu, nursing: S.nurse1 }); add(c, S.er, adm, 1); admitLabs(c, adm, { us: true }); add(c, S.crp, adm, 1); add(c, S.pct, adm, 1); add(c, S.bgas, adm, 2);
  add(c, S.ctAbd, addDays(adm, 3), 1); add(c, S.ctEnh, addDays(adm, 3), 1);
  add(c, S.ngTube, adm, 1); add(c, C.gTube, adm, 1); daily(c, S.gidecomp, adm, addDays(adm, 4), 1);
  daily(c, M.ringer, adm, addDays(adm, 3), 4); daily(c, M.kcl, adm, addDays(adm, 4), 3);
  daily(c, M.omeIV, adm, addDays(adm, 5), 2);
  add(c, S.nrs, adm, 1); daily(c, M.pn3, addDays(adm, 2), addDays(adm, 9), 1); daily(c, S.pnPrep, addDays(adm, 2), addDays(adm, 9), 1);
  for (let k = 1; k <= 5; k++) { add(c, S.lytes, addDays(adm, k), 1); add(c, S.bgas, addDays(adm, k), 1); }
  recheck(c, addDays(adm, 6), { rft: true }); add(c, S.crp, addDays(adm, 6), 1); recheck(c, addDays(adm, los - 1), { rft: true });
  daily(c, M.tpf, addDays(adm, 8), addDays(adm, los - 1), 2);
  return [c];
});
control('C07', '多发结肠息肉一次住院切除（病理2例、止血夹）', '《中国结直肠癌筛查与早诊早治指南（2020，北京）》；ESGE 2017 colorectal polypectomy guideline：同次肠镜切除全部息肉，标本分瓶送检', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2', 'private2']); const m = member(r, { ageMin: 45, ageMax: 78 });
  return [polypStay(m, ins, start(), pick([['K63.504'], ['D12.600'], ['D12.600', 'K63.504']]), ri(3, 6))];
});
function ercpStay(m, ins, adm, los, dx, o = {}) {
  const d = addDays(adm, o.ercpDay || 1);
  const c = inpatient(m, ins, gastroDept(ins), adm, los, dx, { procs: [['51.1000', d], ['51.8503', d], ['51.8800', d]], route: 'emergency' });
  ward(c, { nursing: S.nurse1, nursingOn: (x) => (x >= addDays(adm, 4) ? S.nurse2 : S.nurse1) }); add(c, S.er, adm, 1);
  admitLabs(c, adm, { pre8: true, us: true }); add(c, S.crp, adm, 1); add(c, S.pct, adm, 1); add(c, S.ctAbd, adm, 1);
  anaesthesia(c, d, 2); add(c, S.ercp, d, 1); add(c, S.est, d, 1);
  daily(c, o.abx || M.cefop, adm, addDays(adm, 5), 2);
  daily(c, M.gns, adm, addDays(adm, 2), 2); recheck(c, addDays(adm, 2)); add(c, S.crp, addDays(adm, 3), 1); recheck(c, addDays(adm, los - 1));
  return c;
}
control('C08', '胆总管结石伴急性胆管炎ERCP＋EST取石', '《中国ERCP指南（2018版）》；Tokyo Guidelines 2018：急性胆管炎胆道引流，胆总管结石EST后取石', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2']); const m = member(r, { ageMin: 45, ageMax: 85 });
  return [ercpStay(m, ins, start(), ri(6, 8), [pick(['K80.302', 'K80.304', 'K80.301'])])];
});
control('C09', '胆源性胰腺炎合并胆管炎早期ERCP', '《中国急性胰腺炎诊治指南（2021）》：胆源性胰腺炎合并胆管炎者24 h内行ERCP', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2']); const m = member(r, { ageMin: 40, ageMax: 85 });
  const c = ercpStay(m, ins, start(), ri(8, 10), ['K85.101', 'K80.304'], { ercpDay: 1 });
  daily(c, M.ringer, c.admissionDate, addDays(c.admissionDate, 2), 2);
  return [c];
});
control('C10', '分片切除后6个月复查肠镜（指南间隔）', '《中国结直肠癌筛查与早诊早治指南（2020）》及ESGE 2020 post-polypectomy surveillance：≥20 mm分片切除者6个月复查', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2']); const m = member(r, { ageMin: 45, ageMax: 75 });
  const adm = start('2025-01-06', '2025-05-31'); const c1 = polypStay(m, ins, adm, ['D12.200'], 1, { gaHours: 1 });
  const d = addDays(c1.dischargeDate, ri(178, 195));
  const c2 = outpatient(m, ins, endoDept(ins), d, ['Z09.001', 'D12.200']); add(c2, S.pre8, d, 1); add(c2, S.colo, d, 1); add(c2, S.path, d, 1);
  return [c1, c2];
});
control('C11', '胃溃疡治疗8–12周复查胃镜', '《消化性溃疡诊断与治疗共识意见（2022年，上海）》：胃溃疡疗程结束后复查胃镜并活检以排除恶性', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2']); const m = member(r, { ageMin: 35, ageMax: 75 });
  const d0 = start('2025-01-06', '2025-09-15');
  const c1 = outpatient(m, ins, endoDept(ins), d0, ['K25.900x001']); opGastroscopy(c1, d0, 1); add(c1, M.eso, d0, 56, { longRx: false });
  const d1 = addDays(d0, ri(56, 80)); const c2 = outpatient(m, ins, endoDept(ins), d1, ['K25.900x001']); add(c2, S.egd, d1, 1); add(c2, S.path, d1, 1);
  return [c1, c2];
});
control('C12', '萎缩性胃炎伴肠化按部位分瓶活检（病理2例）', '《中国慢性胃炎诊治指南（2022年，上海）》：OLGA/OLGIM 分期需胃窦、胃体分别活检分瓶送检', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2']); const m = member(r, { ageMin: 45, ageMax: 75 }); const d = start();
  const c = outpatient(m, ins, endoDept(ins), d, ['K29.400', 'K31.801'], { senior: true }); opGastroscopy(c, d, 2); add(c, M.rabe, d, 28);
  return [c];
});
control('C13', '重度溃疡性结肠炎静脉激素', '《炎症性肠病诊断与治疗的共识意见（2018年，北京）》：重度UC静脉糖皮质激素（甲泼尼龙40–60 mg/d），3–5天评估；VTE预防', (i) => {
  const r = REG(); const ins = inst(r, 'general3'); const m = member(r, { ageMin: 20, ageMax: 60 });
  const adm = start(); const los = ri(10, 13);
  const c = inpatient(m, ins, 'gastroenterology', adm, los, ['K51.903'], { procs: [], route: 'emergency' });
  ward(c, { nursing: S.nurse1 }); admitLabs(c, adm, {}); add(c, S.crp, adm, 1); add(c, S.culture, adm, 1); add(c, S.salb, addDays(adm, 3), 1);
  const d2 = addDays(adm, 2); add(c, S.colo, d2, 1); add(c, S.path, d2, 1); c.procedures.push({ code: '45.2501', date: d2 });
  daily(c, M.mpred, adm, addDays(adm, 6), 1); daily(c, M.pred, addDays(adm, 7), addDays(adm, los - 1), 8);
  daily(c, M.enox, adm, addDays(adm, 6), 1); daily(c, S.sc, adm, addDays(adm, 6), 1);
  daily(c, M.tpf, adm, addDays(adm, 6), 2); add(c, S.nrs, adm, 1);
  for (let k = 2; k < los; k += 2) add(c, S.stool, addDays(adm, k), 1);
  recheck(c, addDays(adm, 3), { lft: false }); add(c, S.crp, addDays(adm, 3), 1); recheck(c, addDays(adm, los - 1), { lft: false }); add(c, S.crp, addDays(adm, los - 1), 1);
  return [c];
});
control('C14', '克罗恩病活动期肠内营养诱导', '《炎症性肠病营养支持治疗专家共识（第二版，2018）》：活动期CD全肠内营养诱导缓解；《炎症性肠病诊断与治疗的共识意见（2018）》', (i) => {
  const r = REG(); const ins = inst(r, 'general3'); const m = member(r, { ageMin: 16, ageMax: 45 });
  const adm = start(); const los = ri(9, 12);
  const c = inpatient(m, ins, 'gastroenterology', adm, los, [pick(['K50.100', 'K50.900', 'K50.800x001'])], { procs: [] });
  ward(c); admitLabs(c, adm, { pre8: true }); add(c, S.crp, adm, 1); add(c, S.nrs, adm, 1);
  const d1 = addDays(adm, 1); anaesthesia(c, d1, 1); add(c, S.colo, d1, 1); add(c, S.path, d1, 2); c.procedures.push({ code: '45.2501', date: d1 });
  add(c, S.ctAbd, addDays(adm, 2), 1); add(c, S.ctEnh, addDays(adm, 2), 1);
  daily(c, M.tpf, addDays(adm, 2), addDays(adm, los - 1), 3);
  recheck(c, addDays(adm, los - 1), { lft: false }); add(c, S.crp, addDays(adm, los - 1), 1);
  return [c];
});
control('C15', '慢乙肝门诊慢特病单一机构按期长处方取药', '《慢性乙型肝炎防治指南（2022年版）》：恩替卡韦长期治疗，每3–6个月复查；《长期处方管理规范（试行）》（2021）：稳定慢病长处方最长12周', (i) => {
  const r = REG(); const m = member(r, { ageMin: 30, ageMax: 70, chronic: ['B18'] }); const ins = inst(r, pick(['infectious3', 'general3', 'general2']));
  let d = start('2025-01-06', '2025-04-30'); const out = [];
  for (let k = 0; k < 3 && d <= '2025-12-20'; k++) {
    const c = outpatient(m, ins, liverDept(ins), d, ['B18.100'], { visitType: 'chronic' });
    add(c, S.lft, d, 1); if (k % 2 === 0) { add(c, S.hbv5, d, 1); add(c, S.afp, d, 1); add(c, S.usAbd, d, 1); }
    add(c, M.etv, d, 84, { longRx: true }); out.push(c); d = addDays(d, ri(80, 84));
  }
  return out;
});
control('C16', '慢乙肝下转社区与药店续药（无重叠）', '分级诊疗：病情稳定后转社区慢病管理；门诊慢特病“双通道”药店购药；《慢性乙型肝炎防治指南（2022年版）》', (i) => {
  const r = REG(); const m = member(r, { ageMin: 30, ageMax: 70, chronic: ['B18'] }); const d0 = start('2025-01-06', '2025-05-31');
  const a = inst(r, 'infectious3'); const cc = inst(r, 'community'); const p = inst(r, 'pharmacy');
  const c1 = outpatient(m, a, 'hepatology', d0, ['B18.100'], { visitType: 'chronic' }); add(c1, S.lft, d0, 1); add(c1, S.hbv5, d0, 1); add(c1, M.etv, d0, 84, { longRx: true });
  const d1 = addDays(d0, ri(80, 83)); const c2 = outpatient(m, cc, 'general_practice', d1, ['B18.100'], { visitType: 'chronic' }); add(c2, M.etv, d1, 56, { longRx: true });
  const d2 = addDays(d1, ri(53, 55)); const c3 = newClaim(m, p, 'pharmacy', 'pharmacy', { date: d2, dx: ['B18.100'] }); add(c3, M.etv, d2, 28);
  return [c1, c2, c3];
});
control('C17', '溃疡再出血住院内二次胃镜', 'ESGE 2021 Endoscopic diagnosis and management of NVUGIH：再出血者复查内镜；《急性非静脉曲张性上消化道出血诊治指南（2018）》', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2']); const m = member(r, { ageMin: 45, ageMax: 85 });
  const adm = start(); const c = bleedStay(m, ins, adm, ri(8, 10), ['K26.401', 'D62.x00', 'K92.000'], { units: 2 });
  const d3 = addDays(adm, 3); add(c, S.egd, d3, 1); c.procedures.push({ code: '44.1300x001', date: d3 });
  add(c, S.xmatch, d3, 2); add(c, S.rbc, d3, 2); add(c, S.transf, d3, 1); add(c, C.bloodSet, d3, 1); c.procedures.push({ code: '99.0401', date: d3 }); add(c, S.cbc, d3, 1);
  return [c];
});
control('C18', '慢加急性肝衰竭综合治疗（两种保肝药、白蛋白、血浆）', '《肝衰竭诊治指南（2018年版）》：内科综合治疗，补充白蛋白、新鲜血浆，抗炎保肝（《肝脏炎症及其防治专家共识》通常1种、至多2种）', (i) => {
  const r = REG(); const ins = inst(r, pick(['infectious3', 'general3'])); const m = member(r, { ageMin: 30, ageMax: 70 });
  const adm = start('2025-01-06', '2025-11-01'); const los = ri(16, 22); const last = addDays(adm, los - 1);
  const c = cirrhosisStay(m, ins, adm, los, ['K72.000x004', 'B18.100', 'D68.400x003']);
  daily(c, M.mgIso, adm, last, 2); daily(c, M.gsh, adm, addDays(adm, 13), 2);
  for (let k = 0; k < 10; k += 1) add(c, M.alb, addDays(adm, k), 2);
  for (let k = 1; k <= 7; k += 2) { add(c, S.ffp, addDays(adm, k), 2); add(c, S.transf, addDays(adm, k), 1); add(c, C.bloodSet, addDays(adm, k), 1); c.procedures.push({ code: '99.0700', date: addDays(adm, k) }); }
  add(c, S.abo, adm, 1); daily(c, M.vitK, adm, addDays(adm, 6), 1); daily(c, M.lactu, adm, last, 2);
  for (let k = 3; k < los; k += 3) recheck(c, addDays(adm, k), { coag: true });
  return [c];
});
control('C19', '药物性肝损伤两种保肝药', '《中国药物性肝损伤诊治指南（2023年版）》：停用可疑药物，ALT显著升高的肝细胞损伤型可用异甘草酸镁；保肝药不宜超过2种', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2', 'infectious3']); const m = member(r, { ageMin: 25, ageMax: 75 });
  const adm = start(); const los = ri(9, 12); const last = addDays(adm, los - 1);
  const c = inpatient(m, ins, liverDept(ins), adm, los, [pick(['K71.601', 'K71.901'])], { procs: [] });
  ward(c); admitLabs(c, adm, { us: true }); add(c, S.hbv5, adm, 1);
  daily(c, M.mgIso, adm, last, 2); daily(c, M.ppc, adm, last, 6);
  for (let k = 3; k < los; k += 3) recheck(c, addDays(adm, k));
  return [c];
});
control('C20', '肝功能全套与单项转氨酶分日复查', '《全国医疗服务价格项目规范》：肝功能组合与单项分别计价；《中国药物性肝损伤诊治指南（2023年版）》：停药后密切监测ALT、TBil', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2', 'infectious3']); const m = member(r, { ageMin: 25, ageMax: 75 });
  const adm = start(); const los = ri(8, 10); const last = addDays(adm, los - 1);
  const c = inpatient(m, ins, liverDept(ins), adm, los, [pick(['K71.601', 'B18.106'])], { procs: [] });
  ward(c); admitLabs(c, adm, { us: true }); daily(c, M.mgIso, adm, last, 2); if (c.diagnoses[0].code.startsWith('B18')) daily(c, M.etv, adm, last, 1);
  for (let k = 2; k < los - 1; k += 2) { const d = addDays(adm, k); add(c, S.venep, d, 1); add(c, S.alt, d, 1); add(c, S.tbil, d, 1); }
  recheck(c, last);
  return [c];
});
control('C21', '门诊胃镜发现活动性溃疡当日收住院', '门诊内镜检查发现需住院处理的病变当日办理入院：门诊与住院分别结算（入院前门诊费用不计入住院）', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2']); const m = member(r, { ageMin: 35, ageMax: 80 }); const d = start();
  const c1 = outpatient(m, ins, endoDept(ins), d, ['K25.400x001']); opGastroscopy(c1, d, 1);
  const los = ri(5, 7); const c2 = inpatient(m, ins, gastroDept(ins), d, los, ['K25.400x001'], { procs: [] });
  ward(c2, { nursing: S.nurse1 }); admitLabs(c2, d, {}); add(c2, S.cbc, addDays(d, 1), 1);
  daily(c2, M.pantoIV, d, addDays(d, 2), 2); daily(c2, M.eso, addDays(d, 3), addDays(d, los - 1), 2); daily(c2, M.gns, d, addDays(d, 1), 2);
  recheck(c2, addDays(d, los - 1), { lft: false });
  return [c1, c2];
});
control('C22', '失代偿期肝硬化多项并发症编码有据', '《肝硬化诊治指南（2019年）》《肝硬化肝性脑病诊疗指南（2018年）》《肝硬化腹水诊疗指南（2023年版）》：腹水、低钾、低钠、肝性脑病各有检验与治疗', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'infectious3', 'general2']); const m = member(r, { ageMin: 45, ageMax: 80 });
  const adm = start(); const los = ri(10, 13); const last = addDays(adm, los - 1);
  const c = cirrhosisStay(m, ins, adm, los, ['K74.602', 'R18.x00', 'E87.600', 'K72.900x003+G94.3*', 'B18.100'], { route: 'emergency' });
  daily(c, M.spiro, addDays(adm, 1), last, 4); daily(c, M.lactu, adm, last, 3); daily(c, M.kcl, adm, addDays(adm, 3), 3);
  for (let k = 0; k < 5; k++) add(c, M.alb, addDays(adm, k), 2);
  for (let k = 1; k <= 4; k++) add(c, S.lytes, addDays(adm, k), 1);
  recheck(c, addDays(adm, 5), { rft: true }); recheck(c, last, { lytes: true, rft: true });
  return [c];
});
control('C23', '高龄患者胃肠镜联合多发息肉切除长时麻醉', '《中国消化内镜诊疗镇静/麻醉的专家共识意见》（2014）：胃肠镜联合及内镜治疗时间长者深度镇静/麻醉；麻醉按实际时长（不足1小时按1小时）计费', (i) => {
  const r = REG(); const ins = hosp(r, ['general3', 'general2']); const m = member(r, { ageMin: 66, ageMax: 82 });
  const c = polypStay(m, ins, start(), ['D12.600', 'K29.501'], ri(4, 7), { gaHours: 2, egd: true, los: 3 });
  return [c];
});
control('C24', '肝细胞癌TACE术后保肝（两种）', '《原发性肝癌诊疗指南（2024年版）》：TACE；栓塞后综合征对症与保肝；乙肝相关肝癌持续抗病毒', (i) => {
  const r = REG(); const ins = inst(r, pick(['general3', 'infectious3'])); const m = member(r, { ageMin: 40, ageMax: 78 });
  const adm = start(); const los = ri(6, 8); const last = addDays(adm, los - 1); const d = addDays(adm, 2);
  const c = inpatient(m, ins, liverDept(ins), adm, los, ['C22.000', 'B18.100'], { procs: [['39.7903', d], ['99.2500', d]] });
  ward(c, { nursing: S.nurse1 }); admitLabs(c, adm, { us: true }); add(c, S.afp, adm, 1); add(c, S.hbv5, adm, 1); add(c, S.ctAbd, addDays(adm, 1), 1); add(c, S.ctEnh, addDays(adm, 1), 1);
  add(c, S.tace, d, 1); add(c, S.local, d, 1); add(c, M.lido, d, 2); add(c, C.guidewire, d, 1); add(c, M.oxali, d, 3); add(c, M.ondan, d, 2);
  daily(c, M.gsh, d, last, 2); daily(c, M.mgIso, d, last, 2); daily(c, M.etv, adm, last, 1);
  recheck(c, addDays(adm, 4)); recheck(c, last);
  return [c];
});

// =====================================================================================
// ROUTINE (ordinary care of the same institutions)
// =====================================================================================
const ROUTINE = [
  ['胃炎门诊复诊', (r, m, d) => { const ins = hosp(r, ['general3', 'general2', 'private2']); const c = outpatient(m, ins, gastroDept(ins), d, [pick(['K29.501', 'K29.300', 'K21.001'])]); add(c, pick([M.omeCap, M.rabe, M.eso]), d, 28); if (rnd() < 0.5) add(c, M.alMg, d, 42); return c; }],
  ['门诊胃镜活检', (r, m, d) => { const ins = hosp(r, ['general3', 'general2', 'private2']); const c = outpatient(m, ins, endoDept(ins), d, [pick(['K29.501', 'K29.300', 'K21.001', 'K31.703'])]); opGastroscopy(c, d, 1); add(c, M.omeCap, d, 28); return c; }],
  ['幽门螺杆菌根除', (r, m, d) => { const ins = hosp(r, ['general3', 'general2', 'community']); const c = outpatient(m, ins, ins.kind === 'community' ? 'general_practice' : gastroDept(ins), d, ['K29.501', 'B98.000']); add(c, M.eso, d, 28); add(c, M.amox, d, 112); add(c, M.clari, d, 28); return c; }],
  ['慢乙肝门诊慢特病取药', (r, m, d) => { m.chronic = ['B18']; m.enrollment = m.enrollment; const ins = inst(r, pick(['infectious3', 'general3', 'community'])); const c = outpatient(m, ins, ins.kind === 'community' ? 'general_practice' : liverDept(ins), d, ['B18.100'], { visitType: 'chronic' }); if (ins.kind !== 'community') add(c, S.lft, d, 1); add(c, M.etv, d, pick([28, 56, 84]), { longRx: true }); return c; }],
  ['社区便秘/腹泻就诊', (r, m, d) => { const ins = inst(r, 'community'); const k = rnd() < 0.5; const c = outpatient(m, ins, 'general_practice', d, [k ? 'K59.000' : 'K58.100']); add(c, k ? M.lactu : M.smecta, d, k ? 14 : 9); return c; }],
  ['药店购PPI', (r, m, d) => { const p = inst(r, 'pharmacy'); const c = newClaim(m, p, 'pharmacy', 'pharmacy', { date: d, dx: ['K29.501'] }); add(c, pick([M.omeCap, M.rabe]), d, 28); return c; }],
  ['脂肪肝门诊', (r, m, d) => { const ins = hosp(r, ['general3', 'general2']); const c = outpatient(m, ins, liverDept(ins), d, ['K76.001']); add(c, S.venep, d, 1); add(c, S.lft, d, 1); add(c, S.usAbd, d, 1); add(c, M.ppc, d, 84); return c; }],
  ['门诊结肠镜', (r, m, d) => { const ins = hosp(r, ['general3', 'general2', 'private2']); const c = outpatient(m, ins, endoDept(ins), d, [pick(['K58.800', 'K59.000', 'Z12.100'])]); add(c, S.pre8, d, 1); add(c, S.colo, d, 1); return c; }],
  ['住院结肠息肉切除', (r, m, d) => polypStay(m, hosp(r, ['general3', 'general2', 'private2']), d, [pick(['K63.500', 'D12.500', 'K63.503'])], ri(1, 2))],
  ['急性胃肠炎住院', (r, m, d) => { const ins = hosp(r, ['general2', 'general3']); const los = ri(3, 5); const c = inpatient(m, ins, gastroDept(ins), d, los, ['A09.901', 'E86.x00'], { procs: [], route: 'emergency' }); ward(c); admitLabs(c, d, {}); daily(c, M.gns, d, addDays(d, 1), 3); daily(c, M.kcl, d, addDays(d, 1), 2); daily(c, M.smecta, d, addDays(d, los - 1), 3); recheck(c, addDays(d, 2), { lft: false, lytes: true }); return c; }],
  ['轻症急性胰腺炎住院', (r, m, d) => { const ins = hosp(r, ['general3', 'general2']); const los = ri(6, 8); const c = inpatient(m, ins, gastroDept(ins), d, los, [pick(['K85.001', 'K85.201', 'K85.900x002'])], { procs: [], route: 'emergency' }); ward(c, { nursing: S.nurse1 }); admitLabs(c, d, { us: true }); add(c, S.crp, d, 1); add(c, S.ctAbd, addDays(d, 1), 1); daily(c, M.ringer, d, addDays(d, 2), 3); daily(c, M.gns, d, addDays(d, 3), 2); recheck(c, addDays(d, 3), { lytes: true }); recheck(c, addDays(d, los - 1)); return c; }],
];
function routineClaim(k) {
  const r = REG(); const [name, fn] = ROUTINE[k % ROUTINE.length];
  const m = member(r, { ageMin: 25, ageMax: 78 }); const d = start('2025-01-06', '2025-12-10');
  const c = fn(r, m, d); return { name, c };
}

// =====================================================================================
// BUILD
// =====================================================================================
const CASES = [];
for (const t of T) for (let i = 0; i < 15; i++) {
  const careful = i % 3 === 2; const res = t.build(i, careful);
  CASES.push({ kind: 'fraud', code: t.code, name: t.name, variant: careful ? 'careful' : 'overt', res });
}
for (const k of K) for (let i = 0; i < 15; i++) { const claims = k.build(i); CASES.push({ kind: 'control', code: k.code, name: k.name, variant: 'control', res: { claims, targets: claims, mutated: {} } }); }
for (let i = 0; i < 100; i++) { const { name, c } = routineClaim(i); CASES.push({ kind: 'routine', code: 'R', name: '常规诊疗：' + name, variant: 'routine', res: { claims: [c], targets: [c], mutated: {} } }); }

// infusion lines, checks, money (per member in date order)
for (const c of ALL) { if (c.visitType === 'inpatient') infusions(c); c.items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)); }
for (const c of ALL) {
  const end = c.dischargeDate || c.visitDate; if (end > '2025-12-31') throw new Error('date beyond 2025 ' + c.claimId);
  checkLimits(c);
}
const sdate = (c) => c.dischargeDate || c.visitDate;
const byMember = {}; for (const c of ALL) (byMember[c.patient.insuredId] || (byMember[c.patient.insuredId] = [])).push(c);
for (const list of Object.values(byMember)) { list.sort((a, b) => (sdate(a) < sdate(b) ? -1 : sdate(a) > sdate(b) ? 1 : 0)); for (const c of list) settle(c); }

// groups from the frozen grouper (pass 2)
if (GROUPS) {
  const g = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const o = JSON.parse(line); const id = o.claimId; const grp = o.grouping || o; if (id) g[id] = grp; }
  for (const c of ALL) if (c.visitType === 'inpatient') { const x = g[c.claimId]; if (!x) throw new Error('no group for ' + c.claimId); c.reportedGroup = { drg: x.drg || null, dip: x.dip || null }; }
}

// labels
let n = 0;
for (const cs of CASES) {
  n++;
  const { claims, targets, mutated } = cs.res;
  let ml = {};
  if (mutated === 'auto') { for (const c of targets) { const ids = c.items.filter(l => l._mut).map(l => l.lineId); if (ids.length) ml[c.claimId] = ids; } }
  else for (const [cid, lines] of Object.entries(mutated || {})) { const ids = lines.map(l => l.lineId); if (ids.length) ml[cid] = ids; }
  LABELS.push({ caseId: 'B101-' + String(n).padStart(4, '0'), kind: cs.kind, code: cs.code, name: cs.name, claimIds: claims.map(c => c.claimId),
    targets: (cs.kind === 'fraud' ? targets : claims).map(c => c.claimId), mutatedLines: ml, typology: cs.code, variant: cs.variant });
}
// output
fs.mkdirSync(OUT, { recursive: true });
const ordered = ALL.slice().sort((a, b) => (sdate(a) < sdate(b) ? -1 : sdate(a) > sdate(b) ? 1 : a.claimId < b.claimId ? -1 : 1));
const clean = (c) => { const o = {}; for (const [k, v] of Object.entries(c)) if (!k.startsWith('_')) o[k] = v; o.items = c.items.map(l => { const x = {}; for (const [k, v] of Object.entries(l)) if (!k.startsWith('_')) x[k] = v; return x; }); if (!o.procedures.length) delete o.procedures; return o; };
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), ordered.map(c => JSON.stringify(clean(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`claims ${ALL.length}, cases ${LABELS.length} (fraud ${LABELS.filter(l => l.kind === 'fraud').length}, control ${LABELS.filter(l => l.kind === 'control').length}, routine ${LABELS.filter(l => l.kind === 'routine').length})`);
