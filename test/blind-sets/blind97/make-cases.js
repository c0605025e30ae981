#!/usr/bin/env node
// blind97 generator: psychiatry and addiction. usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = args[0]; if (!OUT) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CATDIR = opt('--catalogue', '/work/wt/base96/rules/catalogue');
const GROUPS = opt('--groups', null);
const POLICIES = path.join(CATDIR, '..', 'benefits', 'policies.json');
fs.mkdirSync(OUT, { recursive: true });

// ---------- rng (seed 97097) ----------
let S = 97097 >>> 0;
function rnd() { S = (S + 0x6D2B79F5) >>> 0; let t = S; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const CAT = {};
for (const f of fs.readdirSync(CATDIR)) if (/^(services|drugs|consumables).*\.json$/.test(f)) for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f), 'utf8')).rows) CAT[r.code] = r;
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));

// codes used (each read in the catalogue)
const C = {
  opd: '001102000010001', opdAssoc: '001102000020001', opdChief: '001102000030001', gp: '001102000040001', er: '001102000050001', ipd: '001103000010001', consult: '001104000010001', chronicVisit: '001109000010001',
  bed3: '001105000010001', bed2: '001105000020001', bedICU: '001105000030001',
  nSpecial: '001201000010001', n1: '001201000020001', n2: '001201000030001', n3: '001201000040001',
  ivFirst: '001204000010001', ivAdd: '001204000020001', ivPush: '001204000040001', im: '001204000050001', blood: '001204000080001',
  o2: '001208000010001', ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001', glucoseFast: '001212000010001', ngTube: '001219000010001', ngFeed: '001219000020001',
  psyMon: '003115030010001', mect: '003115030030001', behav: '003115030050001', workRec: '003115030060001', biofb: '003115030070001', indivPT: '003115030080001', groupPT: '003115030090001', rtms: '003115030100001',
  occT: '003402000010001', cogT: '003402000040001', adl: '003402000100001',
  scA: '003115010010001', scl90: '003115010010002', sds: '003115010010003', sas: '003115010010004', scB: '003115010020001', hamd: '003115010020002', hama: '003115010020003', bprs: '003115010020004', mmse: '003115010020005', scC: '003115010030001',
  cbc: '002501010010001', urine: '002501020010001', stool: '002501030010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001', lipids: '002502040010001', fbg: '002502050010001', tft: '002502180010001', crp: '002502080010001', coag: '002502060010001', hbv: '002502110010001', preop8: '002502120010001', tsh: '002502180020001', hcg: '002502190010001', albumin: '002502010050001',
  ecg: '003107010010001', holter: '003107010020001', dr: '002202040010001', ctHead: '002301010010001', mriHead: '002401010010001', eeg: '002503010080001', echo: '002103010020001', usAbd: '002103010010001', usThy: '002103010050001', usCarotid: '002103010030001', usUro: '002103010060001', pft: '002503010020001', bmd: '002503010010001',
  olz: 'XN05AHA531A001', que: 'XN05AHK521A001', ari: 'XN05AXA532A001', li: 'XN05ANT521A001', mem: 'XN06DXM521A001', lor: 'XN05BAL521A001', est: 'XN05CDA533A001', mph: 'XN06BAP521A003', atx: 'XN06BAT522A001',
  ris: 'XN05AXL516A001', dzp: 'XN05BAD511A001', zol: 'XN05CFZ502A001', ser: 'XN06ABS507A001', esc: 'XN06ABA517A001', don: 'XN06DAD512A001', vpa: 'XN03AGB505A003', prop: 'XN01AXB503B002', mdz: 'XN05CDM508B002', vitB: 'XA11EAF513A001', gns: 'XB05BBP506B002', ns: 'XB05BBL511B002', glu: 'XB05BAP505B002', kcl: 'XB05XAL512B002', ome: 'XA02BCA515A001', apap: 'XN02BED510A001', amlo: 'XC08CAA512A001', ator: 'XC10AAA511A001', enteral: 'XV06DBC502A006',
  syringe: 'C14010150300001156950000001', infSet: 'C14010150100001020350000001', o2tube: 'C14050150100001832230000001', electrode: 'C14060150100001436170000001', gTube: 'C14040150200001963360000001', cannula: 'C14010150200001215730000001',
};
for (const k in C) if (!CAT[C[k]]) throw new Error('catalogue row missing: ' + k + ' ' + C[k]);

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const dow = (s) => D(s).getUTCDay(); // 0 Sun
const weekday = (s) => { const w = dow(s); return w >= 1 && w <= 5; };
const randDate = (from, to) => add(from, ri(0, diff(from, to)));
const ageAt = (birth, on) => { const b = D(birth), o = D(on); let a = o.getUTCFullYear() - b.getUTCFullYear(); if (o.getUTCMonth() < b.getUTCMonth() || (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- regions, institutions, doctors ----------
const REGIONS = ['510100', '370100', '220100', '230100'];
const INST = {}; // id -> {id, region, level, kind, name, depts:{dept:[doctors]}}
const KINDS = [
  ['01', 3, 'psych3', '市精神卫生中心(公立三级精神专科)', { psychiatry: 4, addiction: 2, psychology: 2 }],
  ['02', 3, 'general3', '市第一人民医院(公立三级综合)', { psychiatry: 2, emergency: 2, neurology: 1 }],
  ['03', 2, 'private2', '民营精神专科医院(二级)', { psychiatry: 4 }],
  ['04', 2, 'county2', '县人民医院(公立二级综合)', { psychiatry: 2 }],
  ['05', 1, 'community', '社区卫生服务中心', { general: 2 }],
  ['06', 1, 'pharmacy', '定点零售药店', { pharmacy: 1 }],
  ['07', 1, 'clinic', '民营心理/精神科诊所', { psychiatry: 1, psychology: 1 }],
];
for (const r of REGIONS) for (const [n, level, kind, name, depts] of KINDS) {
  const id = 'H' + r + n; const dd = {}; let k = 1;
  for (const [dep, cnt] of Object.entries(depts)) { dd[dep] = []; for (let i = 0; i < cnt; i++) dd[dep].push('D' + r.slice(0, 4) + n + String(k++).padStart(2, '0')); }
  INST[id] = { id, region: r, level, kind, name, depts: dd };
}
const inst = (r, n) => INST['H' + r + n];
const doc = (I, dep, i) => { const a = I.depts[dep]; return a[(i === undefined ? ri(0, a.length - 1) : i) % a.length]; };

// ---------- members ----------
let memberSeq = 0;
function member({ age, gender, scheme, chronic, on = '2025-06-01' }) {
  memberSeq++;
  const g = gender || (rnd() < 0.5 ? 'M' : 'F');
  const y = 2025 - age; const birth = `${y - (D(on).getUTCMonth() < 5 ? 1 : 0)}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const sch = scheme || (rnd() < 0.55 ? 'employee' : 'resident');
  const retAge = g === 'M' ? 60 : 55;
  const retired = sch === 'employee' && age >= retAge + 1;
  const cy = Math.min(20, Math.max(3, age - 20));
  return { insuredId: 'P97' + String(memberSeq).padStart(6, '0'), gender: g, birthDate: birth, scheme: sch, retired,
    enrollment: { enrolledOn: `${2025 - cy}-01-01`, inConcentratedPeriod: true, continuousYears: cy, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false,
      contributionYears: sch === 'employee' ? Math.min(35, Math.max(1, age - 22)) : 0, special: null, ...(chronic ? { chronicDiseases: chronic } : {}) } };
}

// ---------- lines and claims ----------
const fen = (y) => Math.round(y * 100);
const y2 = (f) => Math.round(f) / 100;
function L(code, date, qty, o = {}) { return { code, date, qty, ...o }; }

let claimSeq = 0; const ALL = [];
function prefixMatch(codes, diags) { return codes.some(p => diags.some(d => d.startsWith(p))); }
function checkLimits(cl, items, member, I) {
  const perDay = {}; const days = {};
  const diags = cl.diagnoses.map(d => d.code);
  for (const it of items) {
    const r = CAT[it.code];
    const deliberate = it.fraud;
    const fail = (m) => { if (!deliberate) throw new Error(`${cl.claimId} line ${it.lineId} ${r.name}: ${m}`); };
    if (r.setting === 'inpatient' && cl.visitType !== 'inpatient') fail('inpatient-only row');
    if (r.setting === 'outpatient' && cl.visitType === 'inpatient') fail('outpatient-only row');
    if (r.minLevel && I.level < r.minLevel) fail('level');
    if (r.gender && r.gender !== member.gender) fail('gender');
    const age = ageAt(member.birthDate, it.date);
    if (r.ageMin !== undefined && age < r.ageMin) fail('ageMin');
    if (r.ageMax !== undefined && age > r.ageMax) fail('ageMax');
    if (r.indications && !prefixMatch(r.indications, diags)) fail('indication');
    if (r.class === '丙') fail('丙类 row used');
    const k = it.code + '|' + it.date; perDay[k] = (perDay[k] || 0) + it.quantity;
    if (r.maxPerDay !== undefined && perDay[k] > r.maxPerDay) fail('maxPerDay');
    (days[it.code] = days[it.code] || new Set()).add(it.date);
    if (r.maxDays !== undefined && days[it.code].size > r.maxDays) fail('maxDays');
    if (cl.visitType === 'inpatient' && (it.date < cl.admissionDate || it.date > cl.dischargeDate)) throw new Error('line outside stay ' + cl.claimId);
    if (cl.visitType !== 'inpatient' && it.date !== cl.visitDate) throw new Error('line date != visit ' + cl.claimId);
  }
  // excludes (same day) and includes
  const byDay = {};
  for (const it of items) (byDay[it.date] = byDay[it.date] || []).push(it);
  for (const [d, arr] of Object.entries(byDay)) for (const it of arr) {
    const r = CAT[it.code];
    for (const x of (r.excludes || [])) if (arr.some(o => o.code === x) && !it.fraud) throw new Error(`${cl.claimId} ${d}: ${r.name} excludes ${CAT[x].name}`);
    for (const x of (r.includes || [])) if (arr.some(o => o.code === x) && !it.fraud) throw new Error(`${cl.claimId} ${d}: ${r.name} includes ${CAT[x].name}`);
  }
}
// opts: {member, I, dept, doctor, visitType, adm, dis, visit, diagnoses:[codes], procedures:[{code,date}], lines, admissionRoute, dischargeMode, transferFrom, insuredRegion, region}
function claim(o) {
  const I = o.I; const region = o.region || I.region;
  claimSeq++;
  const claimId = `${region}-${I.id}-2025-${String(claimSeq).padStart(6, '0')}`;
  const m = o.member;
  const cl = { claimId, region, insuranceType: m.scheme, visitType: o.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired }, enrollment: m.enrollment,
    provider: { hospitalId: I.id, level: I.level, department: o.dept, doctorId: o.doctor } };
  if (o.insuredRegion) cl.insuredRegion = o.insuredRegion;
  if (o.visitType === 'inpatient') { cl.admissionDate = o.adm; cl.dischargeDate = o.dis; cl.admissionRoute = o.admissionRoute || 'outpatient'; cl.dischargeMode = o.dischargeMode || 'ordered'; if (o.transferFrom) cl.transferFromHospitalId = o.transferFrom; }
  else cl.visitDate = o.visit;
  cl.diagnoses = o.diagnoses.map((c, i) => (i === 0 ? { code: c, principal: true } : { code: c }));
  cl.procedures = o.procedures || [];
  if (o.visitType === 'inpatient') cl.reportedGroup = { drg: null, dip: null };
  // merge identical code/date/price lines
  const merged = []; const idx = {};
  for (const l of o.lines) { const k = `${l.code}|${l.date}|${l.fraud ? 1 : 0}|${l.long ? 1 : 0}`; if (idx[k] !== undefined) merged[idx[k]].qty += l.qty; else { idx[k] = merged.length; merged.push({ ...l }); } }
  merged.sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const items = []; const fraudLines = []; let total = 0, policy = 0;
  merged.forEach((l, i) => {
    const r = CAT[l.code]; const lineId = String(i + 1);
    const price = l.price !== undefined ? l.price : r.priceCap[String(I.level)];
    const amt = Math.round(fen(price) * l.qty);
    const it = { lineId, code: l.code, name: r.name, category: r.category, date: l.date, quantity: l.qty, unitPrice: y2(fen(price)), amount: y2(amt) };
    if (l.long) it.longPrescription = true;
    items.push(it); if (l.fraud) { fraudLines.push(lineId); it.fraud = true; }
    total += amt; policy += r.class === '丙' ? 0 : Math.round(amt * (1 - (r.selfPayShare || 0)));
  });
  checkLimits(cl, items, m, I);
  for (const p of cl.procedures) { if (cl.visitType === 'inpatient' && (p.date < cl.admissionDate || p.date > cl.dischargeDate)) throw new Error('procedure date outside ' + claimId); }
  for (const it of items) delete it.fraud;
  cl.items = items;
  cl.amounts = { total: y2(total), policy: y2(policy), fundClaimed: 0 };
  cl._policyFen = policy; cl._member = m; cl._fraudLines = fraudLines; cl._settle = cl.dischargeDate || cl.visitDate;
  ALL.push(cl);
  return cl;
}

// ---------- building blocks ----------
const scheduleDays = (adm, dis) => { const a = []; for (let d = adm; d < dis; d = add(d, 1)) a.push(d); return a; };
function admissionPanel(d, o = {}) {
  const a = [L(C.blood, d, 1), L(C.cbc, d, 1), L(C.urine, d, 1), L(C.stool, d, 1), L(C.lft, d, 1), L(C.rft, d, 1), L(C.lytes, d, 1), L(C.lipids, d, 1), L(C.fbg, d, 1), L(C.ecg, d, 1), L(C.dr, d, 1)];
  if (o.tft) a.push(L(C.tft, d, 1));
  return a;
}
function followLabs(d) { return [L(C.blood, d, 1), L(C.cbc, d, 1), L(C.lft, d, 1)]; }
// generic psychiatric stay: o.ward(d, i) returns nursing code; o.monDays = days with 精神科监护; o.drugs: [{code, qty, from, to}] per day; o.extra(d,i) -> lines
function stay(o) {
  const days = scheduleDays(o.adm, o.dis); const lines = [];
  days.forEach((d, i) => {
    if (o.bedFn) lines.push(...o.bedFn(d, i)); else lines.push(L(C.bed3, d, 1));
    lines.push(L(C.ipd, d, 1));
    lines.push(L(o.nurse ? o.nurse(d, i) : (i < 3 ? C.n1 : C.n2), d, 1, o.nurseFraud && o.nurseFraud(d, i) ? { fraud: true } : {}));
    if (o.monDays && i < o.monDays) lines.push(L(C.psyMon, d, 1));
    for (const g of (o.drugs || [])) if (i >= (g.from || 0) && i <= (g.to === undefined ? 1e9 : g.to) && (!g.when || g.when(d, i))) lines.push(L(g.code, d, typeof g.qty === 'function' ? g.qty(i) : g.qty, g.fraud ? { fraud: true } : {}));
    if (o.extra) lines.push(...(o.extra(d, i) || []));
  });
  if (o.dischargeDrugs) for (const g of o.dischargeDrugs) lines.push(L(g.code, o.dis, g.qty));
  return lines;
}
const weekOf = (i) => Math.floor(i / 7);

// ---------- fund (settlement order) ----------
function computeFunds(claims) {
  const used = {}; // member|year|bucket -> {ded, fund, admissions}
  for (const cl of claims) {
    const m = cl._member; const prov = POL.provinces[(cl.insuredRegion || cl.region).slice(0, 2)];
    const rg = prov.regions && prov.regions[cl.insuredRegion || cl.region];
    const base = prov.schemes[m.scheme][cl.visitType];
    const ov = rg && rg.schemes && rg.schemes[m.scheme] && rg.schemes[m.scheme][cl.visitType] || {};
    const p = { ...base, ...ov };
    const lv = String(cl.provider.level);
    const year = cl._settle.slice(0, 4);
    const key = m.insuredId + '|' + year + '|' + (cl.visitType === 'inpatient' ? 'ip' : cl.visitType);
    const u = used[key] = used[key] || { ded: 0, fund: 0, adm: 0 };
    let ded;
    if (cl.visitType === 'inpatient') { ded = fen(typeof p.deductible === 'object' ? p.deductible[lv] : p.deductible); if (u.adm >= 1 && p.laterAdmissionDeductibleShare !== undefined) ded = Math.round(ded * p.laterAdmissionDeductibleShare); u.adm++; }
    else { const full = fen(typeof p.deductible === 'object' ? p.deductible[lv] : p.deductible); ded = Math.max(0, full - u.ded); }
    const pol = cl._policyFen; const dedUsed = Math.min(ded, pol);
    if (cl.visitType !== 'inpatient') u.ded += dedUsed;
    const ratio = (typeof p.ratio === 'object' ? p.ratio[lv] : p.ratio) + (m.retired ? (p.retireeRatioBonus || 0) : 0);
    let fund = Math.floor((pol - dedUsed) * ratio);
    const cap = fen(p.annualFundCap);
    fund = Math.max(0, Math.min(fund, cap - u.fund));
    u.fund += fund;
    cl.amounts.fundClaimed = y2(fund);
  }
}

// ---------- cases ----------
const LABELS = []; let caseSeq = 0;
function addCase(kind, code, name, claims, targets, variant) {
  caseSeq++;
  const ml = {};
  if (kind === 'fraud') for (const c of targets) if (c._fraudLines.length) ml[c.claimId] = c._fraudLines;
  LABELS.push({ caseId: 'B97-' + String(caseSeq).padStart(4, '0'), kind, code, name, claimIds: claims.map(c => c.claimId), targets: kind === 'fraud' ? targets.map(c => c.claimId) : [], mutatedLines: ml, typology: code, variant });
}
const R = () => pick(REGIONS);
const V = (i) => (i % 3 === 2 ? 'careful' : 'overt');
const stayStart = (from = '2025-01-06', to = '2025-10-20') => randDate(from, to);

// typical antipsychotic regimens (per day)
const AP = [ { code: C.olz, qty: 2 }, { code: C.ris, qty: 2 }, { code: C.ari, qty: 2 }, { code: C.que, qty: 4 } ];
const SCZ = ['F20.000', 'F20.300', 'F20.900', 'F20.000', 'F20.501'];

// ===== routine =====
function routineInpatientScz(I, m, adm, los, o = {}) {
  const dis = add(adm, los); const ap = pick(AP); const dx = o.dx || pick(SCZ);
  return claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [dx], admissionRoute: o.route || 'outpatient', dischargeMode: o.mode || 'ordered',
    lines: stay({ adm, dis, monDays: o.monDays === undefined ? 3 : o.monDays, drugs: [{ ...ap, from: 0 }, { code: C.est, qty: 1, from: 0, to: 13 }],
      extra: (d, i) => { const a = []; if (i === 0) a.push(...admissionPanel(d), L(C.bprs, d, 1)); if (i === 1 && I.level >= 2) a.push(L(C.eeg, d, 1)); if (i > 0 && i % 14 === 0) a.push(...followLabs(d)); if (i >= 7 && weekday(d) && I.kind !== 'general3') a.push(L(C.workRec, d, 1)); if (dow(d) === 3 && i >= 7) a.push(L(C.indivPT, d, 1)); if (i === los - 2) a.push(L(C.bprs, d, 1)); return a; } }),
    dischargeDrugs: [{ code: ap.code, qty: ap.qty * 14 }] });
}
function routineInpatientDep(I, m, adm, los) {
  const dis = add(adm, los); const ad = pick([{ code: C.ser, qty: 2 }, { code: C.esc, qty: 1 }]);
  return claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(['F32.200', 'F33.200', 'F32.100'])],
    lines: stay({ adm, dis, monDays: 3, drugs: [{ ...ad }, { code: C.est, qty: 1, to: 10 }],
      extra: (d, i) => { const a = []; if (i === 0) a.push(...admissionPanel(d, { tft: true }), L(C.hamd, d, 1), L(C.hama, d, 1)); if (i === 1) a.push(L(C.eeg, d, 1)); if (i === 14) a.push(L(C.hamd, d, 1)); if ((dow(d) === 2 || dow(d) === 4) && i > 2) a.push(L(C.indivPT, d, 1)); if (dow(d) === 3 && i > 2) a.push(L(C.groupPT, d, 1)); return a; } }) });
}
function chronicVisit(I, m, d, dx, drugs, o = {}) {
  const lines = [L(C.chronicVisit, d, 1), ...drugs.map(g => L(g.code, d, g.qty, { ...(g.fraud ? { fraud: true } : {}), ...(g.long ? { long: true } : {}) }))];
  if (o.labs) lines.push(L(C.blood, d, 1), L(C.cbc, d, 1), L(C.lft, d, 1));
  return claim({ member: m, I, dept: I.kind === 'community' ? 'general' : 'psychiatry', doctor: doc(I, I.kind === 'community' ? 'general' : 'psychiatry'), visitType: 'chronic', visit: d, diagnoses: [dx], lines, insuredRegion: o.insuredRegion, region: o.region });
}
function opVisit(I, m, d, dx, lines, dept) {
  const dep = dept || (I.depts.psychiatry ? 'psychiatry' : I.kind === 'pharmacy' ? 'pharmacy' : 'general');
  const consult = I.kind === 'community' ? C.gp : C.opd;
  const ls = I.kind === 'pharmacy' ? lines : [L(consult, d, 1), ...lines];
  return claim({ member: m, I, dept: dep, doctor: doc(I, dep), visitType: I.kind === 'pharmacy' ? 'pharmacy' : 'outpatient', visit: d, diagnoses: [dx], lines: ls });
}

function routines() {
  for (let i = 0; i < 100; i++) {
    const r = REGIONS[i % 4]; const k = i % 10; let cl;
    if (k === 0 || k === 1) { const I = inst(r, pick(['01', '03', '04'])); const m = member({ age: ri(20, 58) }); cl = routineInpatientScz(I, m, stayStart(), ri(21, 42)); }
    else if (k === 2) { const I = inst(r, pick(['01', '02'])); const m = member({ age: ri(22, 65) }); cl = routineInpatientDep(I, m, stayStart(), ri(16, 30)); }
    else if (k === 3 || k === 4) { const I = inst(r, pick(['01', '04', '05'])); const m = member({ age: ri(25, 64), chronic: ['F20'] }); const ap = pick(AP); cl = chronicVisit(I, m, randDate('2025-01-03', '2025-12-20'), pick(SCZ), [{ code: ap.code, qty: ap.qty * 30 }], { labs: rnd() < 0.25 }); }
    else if (k === 5 || k === 6) { const I = inst(r, pick(['01', '02', '04'])); const m = member({ age: ri(19, 70) }); const dx = pick(['F32.100', 'F41.100', 'F41.200', 'F33.100', 'F51.000']); const d = randDate('2025-01-03', '2025-12-20');
      const ls = dx === 'F51.000' ? [L(C.est, d, 7)] : dx.startsWith('F41') ? [L(C.esc, d, 28), L(C.sas, d, 1)] : [L(C.ser, d, 28), L(C.sds, d, 1)]; cl = opVisit(I, m, d, dx, ls); }
    else if (k === 7) { const I = inst(r, '06'); const m = member({ age: ri(25, 70) }); const d = randDate('2025-01-03', '2025-12-20'); cl = opVisit(I, m, d, pick(['F32.100', 'F41.100', 'F33.400']), [L(pick([C.ser, C.esc]), d, 28)]); }
    else if (k === 8) { const I = inst(r, '05'); const m = member({ age: ri(30, 70), chronic: ['F20'] }); const d = randDate('2025-01-03', '2025-12-20'); cl = chronicVisit(I, m, d, pick(['F20.501', 'F20.000', 'F20.800x003']), [{ code: C.ris, qty: 60 }]); }
    else { const I = inst(r, pick(['01', '03'])); const m = member({ age: ri(25, 60) }); const adm = stayStart(); const los = ri(20, 35); const dis = add(adm, los);
      cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(['F31.100', 'F31.200', 'F31.600'])],
        lines: stay({ adm, dis, monDays: 5, drugs: [{ code: C.vpa, qty: 2 }, { code: C.olz, qty: 2 }, { code: C.li, qty: 3, from: 3 }], extra: (d, i) => { const a = []; if (i === 0) a.push(...admissionPanel(d, { tft: true }), L(C.bprs, d, 1)); if (i === 1) a.push(L(C.eeg, d, 1)); if (i > 0 && i % 7 === 0) a.push(L(C.blood, d, 1), L(C.rft, d, 1), L(C.lytes, d, 1)); if (i >= 10 && weekday(d) && I.kind === 'private2') a.push(L(C.workRec, d, 1)); return a; } }) }); }
    addCase('routine', 'R', '常规诊疗', [cl], [], 'routine');
  }
}

// ===== frauds =====
const T = {};
T.T01 = (v, i) => { // 挂床住院
  const r = R(); const I = inst(r, '03'); const m = member({ age: ri(30, 60) }); const adm = stayStart('2025-01-06', '2025-09-15'); const los = ri(38, 60); const dis = add(adm, los); const ap = pick(AP);
  const lines = stay({ adm, dis, monDays: 0, nurse: () => C.n2, drugs: [], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.bprs, d, 1)); if (j % 10 === 0) a.push(L(ap.code, d, ap.qty * 10)); return a; } });
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry', 0), visitType: 'inpatient', adm, dis, diagnoses: [pick(['F20.501', 'F20.500', 'F20.800x003'])], lines });
  const out = [cl];
  if (v === 'overt') { // the member is seen elsewhere while "in hospital"
    const d1 = add(adm, ri(8, 15)); out.push(opVisit(inst(r, '06'), m, d1, 'J06.900', [L(C.apap, d1, 10)]));
    const d2 = add(adm, ri(20, 30)); out.push(opVisit(inst(r, '05'), m, d2, 'I10.x00x002', [L(C.amlo, d2, 28)]));
  }
  return { claims: out, targets: [cl], name: '挂床住院(人在家中、按日计床位护理)' };
};
T.T02 = (v) => { // 工娱/康复 重复虚记
  const r = R(); const I = inst(r, '03'); const m = member({ age: ri(25, 60) }); const adm = stayStart(); const los = ri(28, 40); const dis = add(adm, los); const ap = pick(AP);
  const lines = stay({ adm, dis, monDays: 3, drugs: [ap], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.bprs, d, 1)); if (j === 1) a.push(L(C.eeg, d, 1));
    if (v === 'overt') { a.push(L(C.workRec, d, 1), L(C.occT, d, 2, { fraud: true }), L(C.behav, d, 1, { fraud: true }), L(C.cogT, d, 1, { fraud: true })); }
    else { a.push(L(C.workRec, d, 1, weekday(d) ? {} : { fraud: true })); if (weekday(d)) a.push(L(C.occT, d, 1, { fraud: true })); }
    return a; } });
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(SCZ)], lines });
  return { claims: [cl], targets: [cl], name: '工娱/康复治疗重复虚记' };
};
T.T03 = (v) => { // 心理治疗虚记
  const r = R(); const I = inst(r, pick(['03', '03', '04'])); const m = member({ age: ri(20, 55) }); const adm = stayStart(); const los = ri(25, 35); const dis = add(adm, los); const ap = pick(AP);
  const lines = stay({ adm, dis, monDays: 3, drugs: [ap], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.bprs, d, 1)); if (j === 1) a.push(L(C.eeg, d, 1));
    if (v === 'overt') { a.push(L(C.indivPT, d, 2, { fraud: true }), L(C.groupPT, d, 1, { fraud: true })); }
    else if (weekday(d) && j > 0) { a.push(L(C.indivPT, d, 1, { fraud: true })); a.push(L(C.groupPT, d, 1, (dow(d) === 2 || dow(d) === 4) ? {} : { fraud: true })); }
    return a; } });
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry', 1), visitType: 'inpatient', adm, dis, diagnoses: [pick(SCZ)], lines });
  return { claims: [cl], targets: [cl], name: '个别/团体心理治疗虚记(超实际场次)' };
};
const BATTERY = (d, f) => [C.scA, C.scB].map(c => L(c, d, 4, f)).concat([C.scC].map(c => L(c, d, 2, f)), [C.scl90, C.sds, C.sas, C.hamd, C.hama, C.bprs, C.mmse].map(c => L(c, d, 1, f)));
T.T04 = (v) => { // 量表批量
  const r = R(); const m = member({ age: ri(20, 50) });
  if (v === 'overt') { const I = inst(r, '03'); const adm = stayStart(); const los = ri(28, 35); const dis = add(adm, los); const ap = pick(AP);
    const lines = stay({ adm, dis, monDays: 3, drugs: [ap], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d)); if (j % 7 === 0) a.push(...BATTERY(d, { fraud: true })); if (j >= 7 && weekday(d)) a.push(L(C.workRec, d, 1)); return a; } });
    const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(SCZ)], lines });
    return { claims: [cl], targets: [cl], name: '心理量表批量套餐式收费' }; }
  const I = inst(r, '07'); const cls = []; let d = randDate('2025-01-06', '2025-07-01');
  for (let k = 0; k < 4; k++) { cls.push(opVisit(I, m, d, 'F41.200', [L(C.scA, d, 3, { fraud: true }), L(C.scl90, d, 1, { fraud: true }), L(C.sds, d, 1, { fraud: true }), L(C.sas, d, 1, { fraud: true }), L(C.hamd, d, 1, { fraud: true }), L(C.hama, d, 1, { fraud: true }), L(C.mmse, d, 1, { fraud: true }), L(C.esc, d, 28)])); d = add(d, ri(28, 35)); }
  return { claims: cls, targets: cls, name: '心理量表批量套餐式收费' };
};
function mectSession(d, real, fr) { const f = fr ? { fraud: true } : {}; const a = [L(C.mect, d, 1, f)]; if (real) a.push(L(C.prop, d, 1), L(C.ivPush, d, 1), L(C.syringe, d, 2), L(C.o2, d, 1)); return a; }
T.T05 = (v) => { // MECT 超次数
  const r = R(); const I = inst(r, pick(['03', '01'])); const m = member({ age: ri(22, 60) }); const adm = stayStart(); const los = ri(28, 36); const dis = add(adm, los); const procs = [];
  const lines = stay({ adm, dis, monDays: 5, drugs: [{ code: C.ser, qty: 2 }, { code: C.olz, qty: 1 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d, { tft: true }), L(C.hamd, d, 1)); if (j === 1) a.push(L(C.eeg, d, 1), L(C.ctHead, d, 1));
    if (v === 'overt' && j >= 3 && j < 23) { const real = (j - 3) % 2 === 0 && j < 20; a.push(...mectSession(d, real, !real)); procs.push({ code: '94.2701', date: d }); }
    if (v === 'careful' && j >= 3 && j < 28 && weekday(d)) { const real = [1, 3, 5].includes(dow(d)); a.push(...mectSession(d, real, !real)); procs.push({ code: '94.2701', date: d }); }
    return a; } });
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(['F32.200', 'F33.200', 'F32.300'])], procedures: procs, lines });
  return { claims: [cl], targets: [cl], name: '无抽搐电休克治疗(MECT)超实际次数计费' };
};
T.T06 = (v) => { // rTMS 超次数
  const r = R(); const I = inst(r, pick(['03', '04'])); const m = member({ age: ri(20, 60) }); const adm = stayStart(); const los = ri(28, 40); const dis = add(adm, los); const ap = pick(AP);
  const dx = v === 'overt' ? pick(SCZ) : pick(['F32.100', 'F41.200', 'F20.000']);
  const lines = stay({ adm, dis, monDays: 3, drugs: [dx.startsWith('F20') ? ap : { code: C.esc, qty: 1 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d)); if (j === 1) a.push(L(C.eeg, d, 1));
    if (j >= 1) { if (v === 'overt') a.push(L(C.rtms, d, 2, { fraud: true })); else a.push(L(C.rtms, d, 1, (weekday(d) && j <= 20) ? {} : { fraud: true })); }
    return a; } });
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [dx], procedures: [{ code: '94.2901', date: add(adm, 1) }], lines });
  return { claims: [cl], targets: [cl], name: '经颅磁刺激(rTMS)超实际次数计费' };
};
T.T07 = (v) => { // 护理等级/监护 高套
  const r = R(); const I = inst(r, '03'); const m = member({ age: ri(35, 65) }); const adm = stayStart(); const los = ri(35, 50); const dis = add(adm, los); const ap = pick(AP);
  const lines = stay({ adm, dis, monDays: v === 'overt' ? 0 : 0,
    bedFn: (d) => v === 'overt' ? [L(C.bedICU, d, 1, { fraud: true })] : [L(C.bed3, d, 1)],
    nurse: () => v === 'overt' ? C.nSpecial : C.n1, nurseFraud: () => true, drugs: [ap],
    extra: (d, j) => { const a = [L(C.psyMon, d, 1, { fraud: true })]; if (j === 0) a.push(...admissionPanel(d), L(C.bprs, d, 1)); if (weekday(d) && j >= 2) a.push(L(C.workRec, d, 1)); if (j % 14 === 7) a.push(...followLabs(d)); return a; } });
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(['F20.500', 'F20.501', 'F20.800x003'])], lines });
  return { claims: [cl], targets: [cl], name: '护理等级与精神科监护高于实际(稳定期患者)' };
};
T.T08 = (v) => { // 月末分解住院
  const r = R(); const I = inst(r, '03'); const m = member({ age: ri(30, 62) }); const ap = pick(AP); const dx = pick(SCZ);
  let mo = ri(1, 6); const cls = []; let adm = `2025-${String(mo).padStart(2, '0')}-${String(ri(2, 8)).padStart(2, '0')}`;
  for (let k = 0; k < 3; k++) {
    const end = iso(new Date(Date.UTC(2025, mo, 0))); // last day of month mo
    const dis = end; const lines = stay({ adm, dis, monDays: k === 0 ? 3 : 0, drugs: [ap], extra: (d, j) => { const a = []; if (j === 0) a.push(...(k === 0 ? admissionPanel(d) : followLabs(d)), L(C.bprs, d, 1)); if (j >= 5 && weekday(d)) a.push(L(C.workRec, d, 1)); return a; } });
    cls.push(claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry', v === 'careful' ? k : 0), visitType: 'inpatient', adm, dis, diagnoses: [v === 'careful' && k > 0 ? pick(['F20.300', 'F20.500', 'F20.800x003']) : dx], lines, admissionRoute: 'outpatient' }));
    mo++; adm = add(end, v === 'overt' ? 1 : ri(2, 4));
  }
  return { claims: cls, targets: cls.slice(1), name: '月末出院再入院分解住院' };
};
T.T09 = (v) => { // 痴呆/养老 当作精神科治疗
  const r = R(); const I = inst(r, '03'); const m = member({ age: ri(78, 89), scheme: 'employee' }); const adm = stayStart('2025-01-06', '2025-08-01'); const los = ri(55, 85); const dis = add(adm, los);
  const dx = v === 'overt' ? ['F20.802', 'G30.100x003+F00.1*'] : ['F06.200', 'F03.x01'];
  const lines = stay({ adm, dis, monDays: 0, nurse: () => C.n1, drugs: [{ code: C.que, qty: 2 }, { code: v === 'overt' ? C.mem : C.don, qty: v === 'overt' ? 2 : 1 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.mmse, d, 1), L(C.bprs, d, 1)); if (weekday(d)) a.push(L(C.workRec, d, 1)); if (dow(d) === 2 || dow(d) === 4) a.push(L(C.indivPT, d, 1)); if (j % 30 === 15) a.push(...followLabs(d)); a.push(L(C.behav, d, 1)); return a; } });
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: dx, lines });
  return { claims: [cl], targets: [cl], name: '痴呆/失能老人托养按精神科治疗住院结算' };
};
T.T10 = (v) => { // 低标准入院 (招揽)
  const r = R(); const I = inst(r, '03'); const m = member({ age: ri(45, 75) }); const adm = stayStart(); const los = v === 'overt' ? ri(4, 6) : ri(7, 9); const dis = add(adm, los);
  const lines = stay({ adm, dis, nurse: () => C.n3, monDays: 0, drugs: [v === 'overt' ? { code: C.est, qty: 1 } : { code: C.esc, qty: 1 }], extra: (d, j) => { const a = []; if (j === 0) a.push(L(C.blood, d, 1), L(C.cbc, d, 1), L(C.ecg, d, 1), L(C.sds, d, 1), L(C.sas, d, 1)); if (v === 'careful' && j === 1) a.push(L(C.eeg, d, 1)); if (v === 'careful' && (j === 2 || j === 5)) a.push(L(C.indivPT, d, 1)); return a; } });
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [v === 'overt' ? 'F51.000' : 'F41.101'], lines, admissionRoute: 'other' });
  return { claims: [cl], targets: [cl], name: '低标准入院(失眠/焦虑招揽住院)' };
};
T.T11 = (v) => { // 苯二氮卓多点开药倒卖
  const r = R(); const m = member({ age: ri(35, 70) }); const cls = []; let d = randDate('2025-01-06', '2025-09-01');
  const srcs = v === 'overt' ? [[inst(r, '07'), C.lor, 90], [inst(r, '05'), C.est, 30], [inst(r, '06'), C.zol, 30], [inst(r, '04'), C.lor, 90], [inst(r, '02'), C.est, 30], [inst(r, '06'), C.lor, 60]] : [[inst(r, '07'), C.lor, 42], [inst(r, '04'), C.lor, 42], [inst(r, '07'), C.lor, 42], [inst(r, '04'), C.lor, 42], [inst(r, '07'), C.lor, 42]];
  srcs.forEach(([I, code, q], k) => { cls.push(opVisit(I, m, d, pick(['F51.000', 'F41.100']), [L(code, d, q, k === 0 ? {} : { fraud: true })])); d = add(d, v === 'overt' ? ri(2, 5) : 7); });
  return { claims: cls, targets: cls.slice(1), name: '苯二氮卓类多机构重复开药(倒卖)' };
};
T.T12 = (v) => { // 喹硫平超量倒卖 via 慢特病
  const r = R(); const m = member({ age: ri(28, 60), chronic: ['F20'] }); const cls = []; let d = randDate('2025-01-06', '2025-08-01');
  const hs = v === 'overt' ? [inst(r, '01'), inst(r, '04'), inst(r, '03'), inst(r, '01'), inst(r, '04')] : [inst(r, '01'), inst(r, '04'), inst(r, '01'), inst(r, '04'), inst(r, '01')];
  hs.forEach((I, k) => { cls.push(chronicVisit(I, m, d, 'F20.000', [{ code: C.que, qty: v === 'overt' ? 240 : 120, fraud: k > 0 }])); d = add(d, v === 'overt' ? ri(8, 11) : ri(14, 16)); });
  return { claims: cls, targets: cls.slice(1), name: '喹硫平超量开药倒卖(慢特病多点)' };
};
T.T13 = (v) => { // 慢特病卡冒用
  const r = R(); const m = member({ age: ri(30, 55), chronic: ['F20'] }); const ap = pick(AP); const cls = []; const tg = [];
  if (v === 'overt') { let d = randDate('2025-01-06', '2025-09-01'); const other = pick(REGIONS.filter(x => x !== r));
    for (let k = 0; k < 3; k++) { cls.push(chronicVisit(inst(r, '01'), m, d, 'F20.000', [{ code: ap.code, qty: ap.qty * 30 }]));
      const c2 = chronicVisit(inst(other, '04'), m, add(d, ri(0, 1)), 'F20.000', [{ code: C.olz, qty: 60 }], { insuredRegion: r, region: other }); cls.push(c2); tg.push(c2); d = add(d, 30); } }
  else { const adm = stayStart('2025-02-01', '2025-09-01'); const los = ri(28, 35); const dis = add(adm, los);
    cls.push(claim({ member: m, I: inst(r, '01'), dept: 'psychiatry', doctor: doc(inst(r, '01'), 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: ['F20.000'], lines: stay({ adm, dis, monDays: 3, drugs: [ap], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.bprs, d, 1)); if (j >= 7 && weekday(d)) a.push(L(C.workRec, d, 1)); return a; } }) }));
    for (const off of [7, 21]) { const c2 = chronicVisit(inst(r, '05'), m, add(adm, off), 'F20.000', [{ code: C.ris, qty: 60 }]); cls.push(c2); tg.push(c2); } }
  return { claims: cls, targets: tg, name: '慢特病待遇被他人冒用' };
};
T.T14 = (v) => { // 检查套餐式
  const r = R(); const I = inst(r, '03'); const m = member({ age: ri(20, 40) }); const adm = stayStart(); const los = ri(25, 35); const dis = add(adm, los); const ap = pick(AP); const F = { fraud: true };
  const lines = stay({ adm, dis, monDays: 3, drugs: [ap], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.bprs, d, 1));
    if (v === 'overt') { if (j === 1) a.push(L(C.ctHead, d, 1, F), L(C.eeg, d, 1), L(C.echo, d, 1, F), L(C.usAbd, d, 1, F), L(C.usThy, d, 1, F), L(C.usCarotid, d, 1, F), L(C.usUro, d, 1, F), L(C.pft, d, 1, F)); if (j === 2) a.push(L(C.mriHead, d, 1, F), L(C.holter, d, 1, F)); if (j === 15) a.push(L(C.ctHead, d, 1, F)); if (j > 1 && j % 7 === 1) a.push(L(C.eeg, d, 1, F)); }
    else { if (j === 1) a.push(L(C.eeg, d, 1), L(C.ctHead, d, 1, F), L(C.echo, d, 1, F), L(C.usCarotid, d, 1, F), L(C.usAbd, d, 1, F)); if (j > 1 && j % 7 === 1) a.push(L(C.eeg, d, 1, F)); }
    if (j >= 7 && weekday(d)) a.push(L(C.workRec, d, 1)); return a; } });
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: ['F20.000'], lines, admissionRoute: 'outpatient' });
  return { claims: [cl], targets: [cl], name: '入院检查套餐(影像/超声/脑电)无指征批量' };
};
T.T15 = (v) => { // 心理咨询串换为个别心理治疗
  const r = R(); const I = inst(r, '07'); const m = member({ age: ri(18, 45) }); const cls = []; let d = randDate('2025-01-06', '2025-08-01');
  const n = v === 'overt' ? 8 : 6;
  for (let k = 0; k < n; k++) { const ls = [L(C.indivPT, d, v === 'overt' ? 2 : 1, { fraud: true })]; if (v === 'overt') ls.push(L(C.scl90, d, 1)); cls.push(claim({ member: m, I, dept: 'psychology', doctor: doc(I, 'psychology'), visitType: 'outpatient', visit: d, diagnoses: [pick(['F43.200', 'F41.200'])], lines: [L(C.opd, d, 1), ...ls] })); d = add(d, v === 'overt' ? ri(3, 4) : 7); }
  return { claims: cls, targets: cls, name: '心理咨询串换为个别心理治疗' };
};

// ===== controls =====
const K = {};
K.C01 = () => { const r = R(); const I = inst(r, '01'); const m = member({ age: ri(28, 55) }); const adm = stayStart('2025-01-06', '2025-07-01'); const los = ri(90, 120); const dis = add(adm, los);
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: ['F20.800x001'], lines: stay({ adm, dis, monDays: 5, drugs: [{ code: C.olz, qty: 4 }, { code: C.ari, qty: 2, from: 30 }, { code: C.vpa, qty: 2, from: 45 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.bprs, d, 1)); if (j === 1) a.push(L(C.eeg, d, 1)); if (j % 14 === 13) a.push(...followLabs(d), L(C.lipids, d, 1), L(C.fbg, d, 1)); if (j % 28 === 27) a.push(L(C.bprs, d, 1)); if (j >= 14 && weekday(d)) a.push(L(C.workRec, d, 1)); if (dow(d) === 3 && j > 7) a.push(L(C.indivPT, d, 1)); return a; } }) });
  return { claims: [cl], name: '难治性精神分裂症长期住院' }; };
K.C02 = () => { const r = R(); const I = inst(r, pick(['01', '02'])); const m = member({ age: ri(25, 65) }); const adm = stayStart(); const los = ri(26, 34); const dis = add(adm, los); const procs = []; let n = 0;
  const cl0 = stay({ adm, dis, monDays: 7, nurse: (d, j) => j < 7 ? C.n1 : C.n2, drugs: [{ code: C.esc, qty: 2 }, { code: C.olz, qty: 1 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d, { tft: true }), L(C.hamd, d, 1), L(C.hama, d, 1)); if (j === 1) a.push(L(C.eeg, d, 1), L(C.ctHead, d, 1)); if (j >= 3 && [1, 3, 5].includes(dow(d)) && n < 10) { n++; a.push(...mectSession(d, true, false)); procs.push({ code: '94.2701', date: d }); } if (j === 14 || j === los - 2) a.push(L(C.hamd, d, 1)); return a; } });
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(['F32.300', 'F33.300', 'F32.200'])], procedures: procs, lines: cl0, admissionRoute: 'emergency' });
  return { claims: [cl], name: '重度抑郁伴自杀观念急性期MECT疗程(每周3次)' }; };
K.C03 = () => { const r = R(); const I = inst(r, pick(['01', '02'])); const m = member({ age: ri(17, 30) }); const adm = stayStart(); const los = ri(24, 35); const dis = add(adm, los);
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(['F23.100', 'F20.900', 'F23.200x003'])], lines: stay({ adm, dis, monDays: 5, drugs: [{ code: C.ari, qty: 2, from: 1 }, { code: C.lor, qty: 2, to: 6 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d, { tft: true }), L(C.hbv, d, 1), L(C.bprs, d, 1), L(C.scB, d, 1)); if (j === 1) a.push(L(C.eeg, d, 1), L(C.mriHead, d, 1)); if (j === 2) a.push(L(C.scC, d, 1)); if (j === 14) a.push(...followLabs(d), L(C.bprs, d, 1)); if (j === los - 2) a.push(L(C.bprs, d, 1)); if (dow(d) === 3 && j > 5) a.push(L(C.indivPT, d, 1)); return a; } }) });
  return { claims: [cl], name: '首发精神病性障碍入院全面评估(量表/脑电/头颅MRI)' }; };
K.C04 = () => { const r = R(); const I = inst(r, '01'); const m = member({ age: ri(20, 50), gender: 'M' }); const adm = stayStart(); const los = ri(30, 45); const dis = add(adm, los);
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(['F20.000', 'F31.200', 'F22.000'])], admissionRoute: 'emergency', lines: stay({ adm, dis, monDays: 10, nurse: (d, j) => j < 4 ? C.nSpecial : j < 14 ? C.n1 : C.n2, drugs: [{ code: C.olz, qty: 4 }, { code: C.lor, qty: 3, to: 9 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.bprs, d, 1), L(C.ivFirst, d, 1), L(C.gns, d, 2), L(C.mdz, d, 1), L(C.im, d, 1)); if (j === 2) a.push(L(C.eeg, d, 1), L(C.ctHead, d, 1)); if (j === 14) a.push(...followLabs(d), L(C.bprs, d, 1)); if (j >= 21 && weekday(d)) a.push(L(C.workRec, d, 1)); return a; } }) });
  return { claims: [cl], name: '危险行为非自愿住院(特级护理+精神科监护初期)' }; };
K.C05 = () => { const r = R(); const I = inst(r, pick(['01', '02'])); const m = member({ age: ri(35, 65), gender: 'M' }); const adm = stayStart(); const los = ri(10, 16); const dis = add(adm, los);
  const cl = claim({ member: m, I, dept: I.depts.addiction ? 'addiction' : 'psychiatry', doctor: doc(I, I.depts.addiction ? 'addiction' : 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: ['F10.300', 'K70.000'], admissionRoute: 'emergency', lines: stay({ adm, dis, monDays: 4, nurse: (d, j) => j < 4 ? C.n1 : C.n2, drugs: [{ code: C.dzp, qty: (j) => Math.max(1, 8 - j), to: 8 }, { code: C.vitB, qty: 3 }, { code: C.ome, qty: 2, to: 6 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.hbv, d, 1)); if (j < 4) a.push(L(C.ivFirst, d, 1), L(C.ivAdd, d, 1), L(C.gns, d, 2), L(C.kcl, d, 2)); if (j === 1) a.push(L(C.ctHead, d, 1), L(C.usAbd, d, 1)); if (j === 7) a.push(L(C.blood, d, 1), L(C.lft, d, 1), L(C.lytes, d, 1)); return a; } }) });
  return { claims: [cl], name: '酒精戒断住院脱瘾(地西泮递减)' }; };
K.C06 = () => { const r = R(); const I = inst(r, '01'); const m = member({ age: ri(35, 65) }); const adm = stayStart(); const los = ri(18, 25); const dis = add(adm, los);
  const cl = claim({ member: m, I, dept: 'addiction', doctor: doc(I, 'addiction'), visitType: 'inpatient', adm, dis, diagnoses: ['F13.200', 'F51.000'], lines: stay({ adm, dis, monDays: 3, drugs: [{ code: C.dzp, qty: (j) => Math.max(1, 6 - Math.floor(j / 3)), to: 16 }, { code: C.esc, qty: 1, from: 2 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.sas, d, 1)); if (j === 1) a.push(L(C.eeg, d, 1)); if (dow(d) === 2 || dow(d) === 5) a.push(L(C.indivPT, d, 1)); if (dow(d) === 3) a.push(L(C.groupPT, d, 1)); return a; } }) });
  return { claims: [cl], name: '镇静催眠药依赖住院替代递减脱瘾' }; };
K.C07 = () => { const r = R(); const I = inst(r, pick(['01', '04'])); const m = member({ age: ri(35, 65), chronic: ['F20'] }); const ap = pick(AP); let d = randDate('2025-01-06', '2025-04-01'); const cls = [];
  for (let k = 0; k < 3; k++) { cls.push(chronicVisit(I, m, d, 'F20.800x003', [{ code: ap.code, qty: ap.qty * 84, long: true }], { labs: true })); d = add(d, ri(82, 86)); }
  return { claims: cls, name: '稳定期精神分裂症12周长处方' }; };
K.C08 = () => { const r = R(); const I = inst(r, '05'); const m = member({ age: ri(35, 70), chronic: ['F20'] }); let d = randDate('2025-01-06', '2025-06-01'); const cls = [];
  for (let k = 0; k < 5; k++) { cls.push(chronicVisit(I, m, d, pick(['F20.501', 'F20.800x003']), [{ code: C.ris, qty: 60 }], { labs: k === 2 })); d = add(d, ri(28, 32)); }
  return { claims: cls, name: '社区严重精神障碍患者随访管理与取药' }; };
K.C09 = (i) => { const r = R(); const I = inst(r, pick(['01', '03', '04'])); const m = member({ age: ri(22, 55) }); const adm = stayStart('2025-01-06', '2025-08-01'); const los = ri(18, 30); const dis = add(adm, los);
  const c1 = routineInpatientScz(I, m, adm, los, { mode: i % 2 ? 'against_advice' : 'ordered', dx: 'F20.000' });
  const adm2 = add(dis, i % 2 ? ri(6, 13) : ri(20, 45)); const c2 = routineInpatientScz(I, m, adm2, ri(25, 40), { route: 'emergency', dx: 'F20.000', monDays: 7 });
  return { claims: [c1, c2], name: '停药复发再入院(含非医嘱离院后短期复发)' }; };
K.C10 = () => { const r = R(); const I = inst(r, pick(['01', '02'])); const m = member({ age: ri(25, 65) }); const adm = stayStart(); const los = ri(24, 32); const dis = add(adm, los); let n = 0; let first = null;
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(['F32.200', 'F33.200', 'F32.800x002'])], procedures: [], lines: stay({ adm, dis, monDays: 3, drugs: [{ code: C.esc, qty: 2 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d, { tft: true }), L(C.hamd, d, 1)); if (j === 1) a.push(L(C.eeg, d, 1)); if (j >= 2 && weekday(d) && n < 20) { n++; if (!first) first = d; a.push(L(C.rtms, d, 1)); } if (j === 14 || j === los - 2) a.push(L(C.hamd, d, 1)); return a; } }) });
  cl.procedures.push({ code: '94.2901', date: first });
  return { claims: [cl], name: '抑郁症rTMS疗程(工作日每日1次, 共10-20次)' }; };
K.C11 = () => { const r = R(); const I = inst(r, '01'); const m = member({ age: ri(20, 55) }); const adm = stayStart(); const los = ri(25, 40); const dis = add(adm, los);
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: ['F31.200'], admissionRoute: 'emergency', lines: stay({ adm, dis, monDays: 7, drugs: [{ code: C.li, qty: 4, from: 1 }, { code: C.vpa, qty: 2 }, { code: C.que, qty: 6 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d, { tft: true }), L(C.bprs, d, 1)); if (j === 1) a.push(L(C.eeg, d, 1)); if (j > 0 && j % 7 === 0) a.push(L(C.blood, d, 1), L(C.rft, d, 1), L(C.lytes, d, 1)); if (j === 21) a.push(L(C.tsh, d, 1)); return a; } }) });
  return { claims: [cl], name: '双相躁狂发作锂盐+丙戊酸住院(每周肾功能电解质)' }; };
K.C12 = () => { const r = R(); const I = inst(r, pick(['01', '02'])); const m = member({ age: ri(75, 88) }); const adm = stayStart(); const los = ri(18, 28); const dis = add(adm, los);
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: ['G30.100x003+F00.1*', 'I10.x00x002'], lines: stay({ adm, dis, monDays: 5, nurse: () => C.n1, drugs: [{ code: C.que, qty: 1 }, { code: C.don, qty: 1 }, { code: C.amlo, qty: 1 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d, { tft: true }), L(C.mmse, d, 1), L(C.adl, d, 1)); if (j === 1) a.push(L(C.mriHead, d, 1), L(C.eeg, d, 1)); if (j === 14) a.push(...followLabs(d)); return a; } }) });
  return { claims: [cl], name: '阿尔茨海默病伴精神行为症状短期住院(如实编码)' }; };
K.C13 = () => { const r = R(); const I = inst(r, pick(['01', '02'])); const m = member({ age: ri(25, 55) }); let d = randDate('2025-01-06', '2025-09-01'); const cls = []; const q = [14, 14, 10, 7];
  for (let k = 0; k < 4; k++) { cls.push(opVisit(I, m, d, 'F41.000', [L(C.lor, d, q[k]), L(C.esc, d, 7)])); d = add(d, 7); }
  return { claims: cls, name: '惊恐障碍短期苯二氮卓桥接(同一医生每周处方递减)' }; };
K.C14 = () => { const r = R(); const I = inst(r, '01'); const m = member({ age: ri(25, 55), chronic: ['F20'] }); let d = randDate('2025-01-06', '2025-05-01'); const cls = [];
  for (let k = 0; k < 4; k++) { cls.push(chronicVisit(I, m, d, pick(['F20.000', 'F20.800x001']), [{ code: C.que, qty: 8 * 28 }], { labs: k === 1 })); d = add(d, ri(27, 30)); }
  return { claims: cls, name: '大剂量喹硫平(800mg/日)同一医院按月续方' }; };
K.C15 = () => { const r = R(); const I = inst(r, '01'); const m = member({ age: ri(25, 60), chronic: ['F20'] }); const adm = stayStart('2025-01-06', '2025-09-01'); const los = ri(25, 35); const dis = add(adm, los);
  const c1 = routineInpatientScz(I, m, adm, los, { dx: 'F20.000' }); const d = add(dis, ri(12, 16)); const c2 = chronicVisit(inst(r, '05'), m, d, 'F20.000', [{ code: C.ris, qty: 60 }]);
  return { claims: [c1, c2], name: '出院带药用完后社区慢特病续方' }; };
K.C16 = () => { const r = R(); const I = inst(r, pick(['01', '02'])); const m = member({ age: ri(18, 50) }); const adm = stayStart(); const los = ri(21, 30); const dis = add(adm, los);
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(['F32.200', 'F32.100'])], lines: stay({ adm, dis, monDays: 3, drugs: [{ code: C.ser, qty: 2 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d, { tft: true }), L(C.hamd, d, 1), L(C.hama, d, 1), L(C.sds, d, 1), L(C.sas, d, 1), L(C.scl90, d, 1)); if (j === 1) a.push(L(C.eeg, d, 1), L(C.scC, d, 1)); if (j === 14) a.push(L(C.hamd, d, 1), L(C.hama, d, 1)); if (j === los - 2) a.push(L(C.hamd, d, 1), L(C.hama, d, 1)); if ((dow(d) === 2 || dow(d) === 4) && j > 1) a.push(L(C.indivPT, d, 1)); return a; } }) });
  return { claims: [cl], name: '首发抑郁住院量表评估(入院/2周/出院)' }; };
K.C17 = () => { const r = R(); const I = inst(r, '01'); const m = member({ age: ri(18, 45) }); let d = randDate('2025-01-06', '2025-07-01'); const cls = [];
  for (let k = 0; k < 10; k++) { const ls = [L(C.indivPT, d, 1)]; if (k === 0 || k === 9) ls.push(L(C.scB, d, 1)); if (k === 0) ls.push(L(C.ser, d, 28)); if (k === 4) ls.push(L(C.ser, d, 56)); cls.push(claim({ member: m, I, dept: 'psychology', doctor: doc(I, 'psychology', 0), visitType: 'outpatient', visit: d, diagnoses: [pick(['F42.200', 'F43.100'])], lines: [L(C.opdAssoc, d, 1), ...ls] })); d = add(d, 7); }
  return { claims: cls, name: '强迫症/PTSD门诊每周个别心理治疗(CBT)疗程' }; };
K.C18 = () => { const r = R(); const I = inst(r, pick(['01', '03'])); const m = member({ age: ri(25, 55) }); const adm = stayStart('2025-01-06', '2025-08-01'); const los = ri(50, 70); const dis = add(adm, los);
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(['F20.000', 'F20.300'])], lines: stay({ adm, dis, monDays: 3, drugs: [{ code: C.ris, qty: 3 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.bprs, d, 1)); if (j === 1) a.push(L(C.eeg, d, 1)); if (j % 21 === 20) a.push(...followLabs(d)); if (j >= 10 && weekday(d)) a.push(L(C.workRec, d, 1)); if (j >= 10 && (dow(d) === 2 || dow(d) === 4)) a.push(L(C.groupPT, d, 1)); if (j >= 10 && dow(d) === 3) a.push(L(C.occT, d, 1)); return a; } }) });
  return { claims: [cl], name: '康复期工作日工娱+团体治疗(长住院)' }; };
K.C19 = () => { const r = R(); const I = inst(r, '01'); const m = member({ age: ri(20, 50) }); const adm = stayStart(); const los = ri(28, 38); const dis = add(adm, los); const procs = []; let n = 0;
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: ['F20.200x002'], admissionRoute: 'emergency', procedures: procs, lines: stay({ adm, dis, monDays: 10, nurse: (d, j) => j < 7 ? C.nSpecial : j < 14 ? C.n1 : C.n2, drugs: [{ code: C.lor, qty: 4, to: 13 }, { code: C.enteral, qty: 1, to: 9 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.ck || C.crp, d, 1), L(C.ngTube, d, 1), L(C.gTube, d, 1)); if (j < 10) a.push(L(C.ivFirst, d, 1), L(C.gns, d, 2)); if (j >= 1 && j < 10) a.push(L(C.ngFeed, d, 3)); if (j === 1) a.push(L(C.eeg, d, 1), L(C.ctHead, d, 1)); if (j >= 2 && [1, 3, 5].includes(dow(d)) && n < 9) { n++; a.push(...mectSession(d, true, false)); procs.push({ code: '94.2701', date: d }); } if (j === 10) a.push(...followLabs(d)); return a; } }) });
  return { claims: [cl], name: '紧张症木僵MECT+鼻饲+特级护理' }; };
K.C20 = () => { const r = R(); const I = inst(r, '02'); const m = member({ age: ri(40, 65), gender: 'M' }); const adm = stayStart(); const los = ri(9, 14); const dis = add(adm, los);
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: ['F10.401', 'K70.000'], admissionRoute: 'emergency', lines: stay({ adm, dis, monDays: 0, bedFn: (d, j) => j < 4 ? [L(C.bedICU, d, 1)] : [L(C.bed3, d, 1)], nurse: (d, j) => j < 4 ? C.nSpecial : j < 8 ? C.n1 : C.n2, drugs: [{ code: C.dzp, qty: (j) => Math.max(1, 6 - j), to: 7 }, { code: C.mdz, qty: 2, to: 2 }, { code: C.vitB, qty: 3 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d), L(C.coag, d, 1), L(C.ctHead, d, 1)); if (j < 4) a.push(L(C.nibp, d, 6), L(C.ivFirst, d, 1), L(C.ivAdd, d, 2), L(C.gns, d, 2), L(C.ns, d, 1), L(C.kcl, d, 3), L(C.ivPush, d, 2)); if (j >= 4 && j < 8) a.push(L(C.psyMon, d, 1)); if (j === 2 || j === 6) a.push(L(C.blood, d, 1), L(C.lytes, d, 1), L(C.lft, d, 1)); return a; } }) });
  return { claims: [cl], name: '酒精戒断震颤谵妄监护病房救治(综合医院)' }; };
K.C21 = () => { const r = R(); const I = inst(r, '01'); const m = member({ age: ri(7, 14), scheme: 'resident' }); let d = randDate('2025-01-06', '2025-07-01'); const cls = [];
  for (let k = 0; k < 4; k++) { const ls = [L(C.mph, d, 30)]; if (k === 0) ls.push(L(C.scB, d, 1)); cls.push(opVisit(I, m, d, 'F90.000x001', ls)); d = add(d, ri(29, 31)); }
  return { claims: cls, name: '儿童ADHD哌甲酯缓释片按月门诊处方' }; };
K.C22 = () => { const r = R(); const G = inst(r, '02'); const P = inst(r, '01'); const m = member({ age: ri(18, 50) }); const adm = stayStart(); const dis = add(adm, ri(2, 3));
  const c1 = claim({ member: m, I: G, dept: 'emergency', doctor: doc(G, 'emergency'), visitType: 'inpatient', adm, dis, diagnoses: ['T42.400', 'F32.200'], admissionRoute: 'emergency', dischargeMode: 'transfer', lines: stay({ adm, dis, monDays: 0, nurse: () => C.n1, drugs: [], extra: (d, j) => { const a = [L(C.ecgMon, d, 24), L(C.spo2, d, 24), L(C.ivFirst, d, 1), L(C.ivAdd, d, 2), L(C.ns, d, 2), L(C.glu, d, 1)]; if (j === 0) a.push(...admissionPanel(d), L(C.er, d, 1), L(C.consult, d, 1)); return a; } }) });
  const adm2 = dis; const dis2 = add(adm2, ri(21, 30));
  const c2 = claim({ member: m, I: P, dept: 'psychiatry', doctor: doc(P, 'psychiatry'), visitType: 'inpatient', adm: adm2, dis: dis2, diagnoses: ['F32.200'], admissionRoute: 'transfer', transferFrom: G.id, lines: stay({ adm: adm2, dis: dis2, monDays: 7, nurse: (d, j) => j < 7 ? C.n1 : C.n2, drugs: [{ code: C.ser, qty: 2 }], extra: (d, j) => { const a = []; if (j === 0) a.push(L(C.blood, d, 1), L(C.cbc, d, 1), L(C.lft, d, 1), L(C.hamd, d, 1)); if (dow(d) === 3 && j > 2) a.push(L(C.indivPT, d, 1)); return a; } }) });
  return { claims: [c1, c2], name: '药物过量自杀未遂急诊救治后转入精神专科' }; };
K.C23 = () => { const r = R(); const I = inst(r, pick(['01', '02'])); const m = member({ age: ri(66, 80) }); const adm = stayStart(); const los = ri(21, 30); const dis = add(adm, los);
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: ['F32.200', 'I10.x00x002'], lines: stay({ adm, dis, monDays: 3, drugs: [{ code: C.ser, qty: 1 }, { code: C.amlo, qty: 1 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d, { tft: true }), L(C.hamd, d, 1), L(C.mmse, d, 1)); if (j === 1) a.push(L(C.mriHead, d, 1), L(C.eeg, d, 1)); if (j === 14) a.push(L(C.hamd, d, 1), L(C.blood, d, 1), L(C.lytes, d, 1)); if (dow(d) === 2 && j > 1) a.push(L(C.indivPT, d, 1)); return a; } }) });
  return { claims: [cl], name: '老年期抑郁住院(认知筛查+头颅MRI)' }; };
K.C24 = () => { const r = R(); const I = inst(r, pick(['01', '02', '04'])); const m = member({ age: ri(18, 60) }); const adm = stayStart(); const los = ri(8, 11); const dis = add(adm, los);
  const cl = claim({ member: m, I, dept: 'psychiatry', doctor: doc(I, 'psychiatry'), visitType: 'inpatient', adm, dis, diagnoses: [pick(['F32.200', 'F43.200x031'])], admissionRoute: 'emergency', lines: stay({ adm, dis, monDays: 4, nurse: (d, j) => j < 4 ? C.n1 : C.n2, drugs: [{ code: C.esc, qty: 1 }, { code: C.lor, qty: 2, to: 5 }], extra: (d, j) => { const a = []; if (j === 0) a.push(...admissionPanel(d, { tft: true }), L(C.hamd, d, 1), L(C.scB, d, 1)); if (j === 1) a.push(L(C.eeg, d, 1)); if (j >= 1 && j % 2 === 1) a.push(L(C.indivPT, d, 1)); return a; } }) });
  return { claims: [cl], name: '自杀风险危机干预短期住院' }; };

// ---------- run ----------
routines();
for (const [code, fn] of Object.entries(T)) for (let i = 0; i < 15; i++) { const v = V(i); const res = fn(v, i); addCase('fraud', code, res.name, res.claims, res.targets, v); }
for (const [code, fn] of Object.entries(K)) for (let i = 0; i < 15; i++) { const res = fn(i); addCase('control', code, res.name, res.claims, [], 'control'); }
for (const l of LABELS) if (l.kind === 'fraud') for (const t of l.targets) { const c = ALL.find(x => x.claimId === t); if (!c) throw new Error('target missing'); }

// order, funds, groups
ALL.sort((a, b) => a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : (a.claimId < b.claimId ? -1 : 1));
computeFunds(ALL);
if (GROUPS) {
  const g = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const o = JSON.parse(line); const id = o.claimId; const drg = o.drg || (o.grouping && o.grouping.drg) || (o.group && o.group.drg); if (id) g[id] = drg; }
  for (const c of ALL) if (c.visitType === 'inpatient') { if (!(c.claimId in g)) throw new Error('no group for ' + c.claimId); c.reportedGroup = { drg: g[c.claimId] || null, dip: null }; }
}
const out = ALL.map(c => { const o = { ...c }; for (const k of Object.keys(o)) if (k.startsWith('_')) delete o[k]; return JSON.stringify(o); });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1));
console.error(`claims ${ALL.length}, cases ${LABELS.length}`);
