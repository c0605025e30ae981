#!/usr/bin/env node
// blind102: psychiatry and addiction (精神科、精神专科医院与物质依赖), written anew.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// No dependencies; fixed seed 1020102. Writes <outdir>/claims.ndjson (settlement order) and <outdir>/labels.json.
'use strict';
const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
if (!argv.length) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const OUT = argv[0];
let CAT = '/work/wt/base102/rules/catalogue';
let GROUPS = null;
for (let i = 1; i < argv.length; i++) {
  if (argv[i] === '--catalogue') CAT = argv[++i];
  else if (argv[i] === '--groups') GROUPS = argv[++i];
}
const POLICIES = path.join(CAT, '..', 'benefits', 'policies.json');

// ---------------------------------------------------------------- rng
let seed = 1020102 >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;

// ---------------------------------------------------------------- catalogue
const ROWS = {};
for (const f of fs.readdirSync(CAT)) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  for (const r of (j.rows || j)) ROWS[r.code] = r;
}
const row = (code) => { const r = ROWS[code]; if (!r) throw new Error('no catalogue row ' + code); return r; };
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));

// ---------------------------------------------------------------- codes used (every one read from the catalogue)
const S = {
  opd: '001102000010001', opdAssoc: '001102000020001', opdChief: '001102000030001', gp: '001102000040001', er: '001102000050001',
  ipd: '001103000010001', consult: '001104000010001', chronicVisit: '001109000010001',
  bed3: '001105000010001', bed2: '001105000020001', bedIcu: '001105000030001',
  nSpec: '001201000010001', n1: '001201000020001', n2: '001201000030001', n3: '001201000040001',
  ivFirst: '001204000010001', ivMore: '001204000020001', iv: '001204000040001', im: '001204000050001', draw: '001204000080001',
  ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001', glucoseFast: '001212000010001', tubeFeed: '001219000020001',
  psyMon: '003115030010001', ect: '003115030020001', mect: '003115030030001', exposure: '003115030040001', behav: '003115030050001',
  gongyu: '003115030060001', biofb: '003115030070001', indiv: '003115030080001', group: '003115030090001', rtms: '003115030100001',
  scaleA: '003115010010001', scl90: '003115010010002', sds: '003115010010003', sas: '003115010010004',
  scaleB: '003115010020001', hamd: '003115010020002', hama: '003115010020003', bprs: '003115010020004', mmse: '003115010020005', scaleC: '003115010030001',
  cbc: '002501010010001', urine: '002501020010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001',
  lipids: '002502040010001', fbg: '002502050010001', thyroid: '002502180010001', hbv: '002502110010001', pre8: '002502120010001', crp: '002502080010001',
  ecg: '003107010010001', eeg: '002503010080001', dr: '002202040010001', ctHead: '002301010010001', mriHead: '002401010010001',
  abdUs: '002103010010001', echo: '002103010020001', adl: '003402000100001', cog: '003402000040001',
};
const D = {
  olanz: 'XN05AHA531A001', quet: 'XN05AHK521A001', arip: 'XN05AXA532A001', lith: 'XN05ANT521A001', risp: 'XN05AXL516A001',
  memant: 'XN06DXM521A001', donep: 'XN06DAD512A001', loraz: 'XN05BAL521A001', estaz: 'XN05CDA533A001', diaz: 'XN05BAD511A001',
  zolp: 'XN05CFZ502A001', sert: 'XN06ABS507A001', escit: 'XN06ABA517A001', valp: 'XN03AGB505A003',
  propofol: 'XN01AXB503B002', midaz: 'XN05CDM508B002', vitB: 'XA11EAF513A001', gns: 'XB05BBP506B002', ns: 'XB05BBL511B002', kcl: 'XB05XAL512B002',
  amlo: 'XC08CAA512A001', metf: 'XA10BAE503A001', tams: 'XG04CAT510A003', finas: 'XG04CBF505A001', omep: 'XA02BCA515A001', ppc: 'XA05BAD508A001',
  ceftri: 'XJ01DDT504B002', ambroxol: 'XR05CBA522A001', atorva: 'XC10AAA511A001', insulin: 'XA10ACJ502B002',
};
const C = { ivSet: 'C14010150100001020350000001', syringe: 'C14010150300001156950000001', electrode: 'C14060150100001436170000001' };

// ---------------------------------------------------------------- dates
const dt = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => { const d = dt(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diffDays = (a, b) => Math.round((dt(b) - dt(a)) / 86400000);
const dow = (s) => dt(s).getUTCDay(); // 0 Sunday
const weekday = (s) => { const w = dow(s); return w >= 1 && w <= 5; };
const lastOfMonth = (y, m) => iso(new Date(Date.UTC(y, m, 0))); // m 1..12
const ageAt = (birth, on) => { const b = dt(birth), o = dt(on); let a = o.getUTCFullYear() - b.getUTCFullYear(); if (o.getUTCMonth() < b.getUTCMonth() || (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate())) a--; return a; };
const randDate = (from, to) => addDays(from, ri(0, diffDays(from, to)));
// Spring Festival 2025 holiday (国务院办公厅 2025 年部分节假日安排): 1月28日至2月4日; National Day 10月1日至8日.
const HOLIDAYS = new Set([]); for (let i = 0; i < 8; i++) { HOLIDAYS.add(addDays('2025-01-28', i)); HOLIDAYS.add(addDays('2025-10-01', i)); }
const workday = (s) => weekday(s) && !HOLIDAYS.has(s);

// ---------------------------------------------------------------- regions, institutions, doctors
const REGIONS = [
  { code: '510100', prov: '51', name: '成都' },
  { code: '370100', prov: '37', name: '济南' },
  { code: '220100', prov: '22', name: '长春' },
  { code: '230100', prov: '23', name: '哈尔滨' },
];
const KINDS = {
  P3: { level: 3, name: '市精神卫生中心(公立三级精神专科)', depts: ['psychiatry', 'addiction', 'geriatric_psychiatry', 'psych_clinic'] },
  G3: { level: 3, name: '三级综合医院(精神科/心身医学科)', depts: ['psychiatry', 'psych_clinic', 'internal_medicine'] },
  G2: { level: 2, name: '区县二级综合医院(精神科病区)', depts: ['psychiatry', 'psych_clinic'] },
  M2: { level: 2, name: '民营精神专科医院(二级)', depts: ['psychiatry', 'geriatric_psychiatry', 'addiction', 'psych_clinic'] },
  C1: { level: 1, name: '社区卫生服务中心', depts: ['general_practice'] },
  K1: { level: 1, name: '民营心理诊所', depts: ['psych_clinic'] },
  Y1: { level: 1, name: '定点零售药店', depts: ['pharmacy'] },
};
const HOSP = {}; const INST = [];
REGIONS.forEach((r) => {
  let n = 0;
  for (const k of Object.keys(KINDS)) {
    const nn = String(++n).padStart(2, '0');
    const id = 'H' + r.code + nn;
    const doctors = {};
    KINDS[k].depts.forEach((d, di) => { doctors[d] = [1, 2, 3].map((x) => `D${r.code.slice(0, 4)}${nn}${di}${x}`); });
    HOSP[r.code + k] = { id, kind: k, level: KINDS[k].level, region: r.code, prov: r.prov, doctors, name: `${r.name}${KINDS[k].name}` };
    INST.push(HOSP[r.code + k]);
  }
});
const H = (reg, kind) => HOSP[reg + kind];
const docOf = (h, dept, i) => h.doctors[dept][i === undefined ? ri(0, 2) : i % 3];

// ---------------------------------------------------------------- members
let memberSeq = 0;
function member(o = {}) {
  const gender = o.gender || (chance(0.5) ? 'M' : 'F');
  const age = o.age !== undefined ? o.age : ri(25, 60);
  const by = 2025 - age - 1; const birth = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const region = o.region || pick(REGIONS).code;
  const scheme = age < 23 ? 'resident' : (o.scheme || (chance(0.55) ? 'employee' : 'resident'));
  const contributionYears = scheme === 'employee' ? Math.max(1, Math.min(age - 22, ri(gender === 'M' ? 30 : 25, 40))) : 0;
  const retired = scheme === 'employee' && age >= (gender === 'M' ? 61 : 56) && contributionYears >= (gender === 'M' ? 30 : 25);
  memberSeq++;
  return {
    insuredId: 'P102' + String(memberSeq).padStart(6, '0'), gender, birthDate: birth, region, scheme, retired,
    chronic: o.chronic || null,
    enrollment: {
      enrolledOn: scheme === 'resident' ? '2024-12-' + String(ri(1, 28)).padStart(2, '0') : `20${String(ri(5, 18)).padStart(2, '0')}-0${ri(1, 9)}-1${ri(0, 9)}`,
      inConcentratedPeriod: true, continuousYears: ri(3, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false,
      contributionYears, special: null,
    },
    ytd: {},
  };
}

// ---------------------------------------------------------------- claims and lines
const CLAIMS = []; let claimSeq = 0;
function newClaim(m, h, dept, doctor, visitType, o = {}) {
  claimSeq++;
  const c = {
    claimId: `${h.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`,
    region: h.region, insuranceType: m.scheme, visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: Object.assign({}, m.enrollment, m.chronic ? { chronicDiseases: m.chronic } : {}),
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: doctor },
    diagnoses: o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code })),
    items: [],
  };
  if (m.region !== h.region) c.insuredRegion = m.region;
  if (visitType === 'inpatient') {
    c.admissionDate = o.adm; c.dischargeDate = o.dis; c.procedures = o.procs || [];
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered';
    if (o.transferFrom) c.transferFromHospitalId = o.transferFrom;
    c.reportedGroup = { drg: null, dip: null };
  } else c.visitDate = o.date;
  c._m = m; c._h = h; c._mut = []; c._ln = 0;
  CLAIMS.push(c);
  return c;
}
// add a line; checks the row's formal limits unless the line is the labelled fraud (o.fraud) and names what it breaks (o.breaks)
function add(c, code, date, qty, o = {}) {
  const r = row(code);
  const lvl = String(c.provider.level);
  let price = o.price !== undefined ? o.price : r.priceCap[lvl];
  const errs = [];
  if (price > r.priceCap[lvl] + 1e-9) errs.push('price');
  if (r.setting === 'inpatient' && c.visitType !== 'inpatient') errs.push('setting');
  if (r.setting === 'outpatient' && c.visitType === 'inpatient') errs.push('setting');
  if (r.minLevel && c.provider.level < r.minLevel) errs.push('minLevel');
  if (r.gender && r.gender !== c.patient.gender) errs.push('gender');
  const age = ageAt(c.patient.birthDate, date);
  if (r.ageMin !== undefined && age < r.ageMin) errs.push('ageMin');
  if (r.ageMax !== undefined && age > r.ageMax) errs.push('ageMax');
  if (r.indications && !c.diagnoses.some((d) => r.indications.some((p) => d.code.startsWith(p)))) errs.push('indications');
  const same = c.items.filter((x) => x.code === code && x.date === date).reduce((a, x) => a + x.quantity, 0);
  if (r.maxPerDay !== undefined && same + qty > r.maxPerDay && !r.perDose) errs.push('maxPerDay');
  if (r.maxDays !== undefined) { const days = new Set(c.items.filter((x) => x.code === code).map((x) => x.date)); days.add(date); if (days.size > r.maxDays) errs.push('maxDays'); }
  if (r.supplyPerDay !== undefined && c.visitType === 'inpatient' && qty > r.supplyPerDay) errs.push('supplyPerDay');
  const sameDay = c.items.filter((x) => x.date === date).map((x) => x.code);
  if ((r.excludes || []).some((x) => sameDay.includes(x))) errs.push('excludes');
  if (sameDay.some((x) => (row(x).excludes || []).includes(code))) errs.push('excludes');
  if ((r.includes || []).some((x) => sameDay.includes(x)) || sameDay.some((x) => (row(x).includes || []).includes(code))) errs.push('includes');
  if (date < (c.admissionDate || c.visitDate) || (c.dischargeDate && date > c.dischargeDate)) errs.push('date');
  if (errs.length) {
    const allowed = o.fraud && (o.breaks || []).length && errs.every((e) => o.breaks.includes(e));
    if (!allowed) throw new Error(`line breaks ${errs.join(',')}: ${code} ${r.name} ${date} x${qty} on ${c.claimId} (${c.diagnoses.map((d) => d.code).join(',')})`);
  }
  const fen = Math.round(price * 100);
  const line = { lineId: String(++c._ln), code, name: r.name, category: r.category, date, quantity: qty, unitPrice: fen / 100, amount: (fen * qty) / 100 };
  if (o.long) line.longPrescription = true;
  line._fen = fen * qty;
  c.items.push(line);
  if (o.fraud) c._mut.push(line.lineId);
  return line;
}

// ---------------------------------------------------------------- benefits (policies.json)
function policyFor(m) {
  const prov = POL.provinces[m.region.slice(0, 2)];
  const reg = (prov.regions || {})[m.region];
  const merge = (a, b) => { if (!b) return a; const o = Array.isArray(a) ? a.slice() : Object.assign({}, a); for (const k of Object.keys(b)) o[k] = (b[k] && typeof b[k] === 'object' && !Array.isArray(b[k]) && a && typeof a[k] === 'object') ? merge(a[k], b[k]) : b[k]; return o; };
  return reg ? merge(prov, reg) : prov;
}
function settle(c) {
  const m = c._m; const p = policyFor(m); const sch = p.schemes[m.scheme];
  let total = 0, policy = 0;
  for (const l of c.items) {
    const r = row(l.code);
    const share = r.selfPayShare !== undefined ? r.selfPayShare : (r.class === '丙' ? 1 : r.class === '乙' ? p.yiSelfPayShare[r.category] : 0);
    total += l._fen; policy += Math.round(l._fen * (1 - share));
  }
  const lvl = String(c.provider.level);
  const y = m.ytd;
  let fund = 0;
  if (c.visitType === 'inpatient') {
    const s = sch.inpatient;
    let ded = Math.round(s.deductible[lvl] * 100);
    if ((y.admissions || 0) > 0 && s.laterAdmissionDeductibleShare !== undefined) ded = Math.round(ded * s.laterAdmissionDeductibleShare);
    y.admissions = (y.admissions || 0) + 1;
    const ratio = Math.min(s.ratio[lvl] + (m.retired ? s.retireeRatioBonus : 0), s.maxRatio || 1);
    fund = Math.round(Math.max(0, policy - ded) * ratio);
    const capLeft = Math.round(s.annualFundCap * 100) - (y.inFund || 0);
    fund = Math.max(0, Math.min(fund, capLeft)); y.inFund = (y.inFund || 0) + fund;
  } else {
    const key = c.visitType === 'chronic' ? 'chronic' : c.visitType === 'pharmacy' ? 'pharmacy' : 'outpatient';
    const s = sch[key];
    const pool = key === 'chronic' ? 'chr' : 'opd'; // pharmacy shares the 普通门诊统筹 deductible and cap
    const dedLeft = Math.max(0, Math.round(s.deductible * 100) - (y[pool + 'Ded'] || 0));
    const used = Math.min(dedLeft, policy); y[pool + 'Ded'] = (y[pool + 'Ded'] || 0) + used;
    const ratio = (typeof s.ratio === 'object' ? s.ratio[lvl] : s.ratio) + (m.retired ? (s.retireeRatioBonus || 0) : 0);
    fund = Math.round((policy - used) * Math.min(ratio, 1));
    const capLeft = Math.round(s.annualFundCap * 100) - (y[pool + 'Fund'] || 0);
    fund = Math.max(0, Math.min(fund, capLeft)); y[pool + 'Fund'] = (y[pool + 'Fund'] || 0) + fund;
  }
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}

// ---------------------------------------------------------------- building blocks
function admissionLabs(c, d, o = {}) {
  add(c, S.draw, d, 1); add(c, S.cbc, d, 1); add(c, S.urine, d, 1); add(c, S.lft, d, 1); add(c, S.rft, d, 1); add(c, S.lytes, d, 1);
  add(c, S.lipids, d, 1); add(c, S.fbg, d, 1); add(c, S.ecg, d, 1);
  if (o.pre8) add(c, S.pre8, d, 1);
  if (o.thyroid) add(c, S.thyroid, d, 1);
  if (o.eeg !== false) add(c, S.eeg, addDays(d, 1) <= c.dischargeDate ? addDays(d, 1) : d, 1);
  if (o.dr !== false) add(c, S.dr, addDays(d, 1) <= c.dischargeDate ? addDays(d, 1) : d, 1);
}
function followLabs(c, d, o = {}) { add(c, S.draw, d, 1); add(c, S.cbc, d, 1); add(c, S.lft, d, 1); if (o.ecg !== false) add(c, S.ecg, d, 1); if (o.rft) add(c, S.rft, d, 1); if (o.lytes) add(c, S.lytes, d, 1); if (o.fbg) add(c, S.fbg, d, 1); }

// A psychiatric ward stay. plan:
//  nursing(i, date) -> code; monitorDays: 精神科监护 on the first n nights; drugs: [{code, perDay(i)->qty, from, to}];
//  gongyu: from night index (workdays only); group: weekdays of 团体心理治疗 [2,4]; indiv: weekdays of 个别心理治疗;
//  scales: function(i, date, last) -> [codes]; labsEvery: days; mect: [night indexes]; rtms: [night indexes]; bed: code
function ward(c, plan) {
  const nights = diffDays(c.admissionDate, c.dischargeDate);
  const bed = plan.bed || S.bed3;
  admissionLabs(c, c.admissionDate, plan.labs || {});
  for (let i = 0; i < nights; i++) {
    const d = addDays(c.admissionDate, i);
    add(c, bed, d, 1); add(c, S.ipd, d, 1);
    const n = plan.nursing ? plan.nursing(i, d) : (i < 3 ? S.n1 : S.n2);
    if (n) add(c, n, d, 1, plan.nursingFraud && plan.nursingFraud(i, d) ? { fraud: true } : {});
    if (plan.monitorDays && i < plan.monitorDays) add(c, S.psyMon, d, 1, plan.monitorFraud && plan.monitorFraud(i) ? { fraud: true } : {});
    for (const g of plan.drugs || []) {
      if (i < (g.from || 0) || (g.to !== undefined && i > g.to)) continue;
      const q = typeof g.perDay === 'function' ? g.perDay(i) : g.perDay; if (!q) continue;
      add(c, g.code, d, q, g.fraud ? { fraud: true, breaks: g.breaks } : {});
    }
    if (plan.gongyu !== undefined && i >= plan.gongyu && workday(d) && i > 0) add(c, S.gongyu, d, 1);
    if (plan.group && plan.group.includes(dow(d)) && !HOLIDAYS.has(d) && i >= 2) add(c, S.group, d, 1);
    if (plan.indiv && plan.indiv.includes(dow(d)) && !HOLIDAYS.has(d) && i >= 2) add(c, S.indiv, d, 1);
    if (plan.scales) for (const s of plan.scales(i, d, i === nights - 1) || []) add(c, s, d, 1);
    if (plan.labsEvery && i > 0 && i % plan.labsEvery === 0) followLabs(c, d, plan.followLabs || {});
    if (plan.mect && plan.mect.includes(i)) mectSession(c, d);
    if (plan.rtms && plan.rtms.includes(i)) add(c, S.rtms, d, 1);
    if (plan.daily) plan.daily(c, i, d);
  }
  if (plan.dischargeMeds) for (const g of plan.dischargeMeds) add(c, g.code, c.dischargeDate, g.qty);
}
function mectSession(c, d, o = {}) {
  add(c, S.mect, d, 1, o); add(c, D.propofol, d, 1, o); add(c, S.iv, d, 1, o); add(c, D.ns, d, 1, o);
}
// MECT course days: three a week (Mon/Wed/Fri) from night index `from`, n sessions (《改良电抽搐治疗专家共识》2019: 急性期每周2–3次, 一疗程6–12次)
function mectDays(adm, from, n, pattern = [1, 3, 5]) { const out = []; for (let i = from; out.length < n && i < 400; i++) { const d = addDays(adm, i); if (pattern.includes(dow(d)) && !HOLIDAYS.has(d)) out.push(i); } return out; }
function workdayIdx(adm, from, n) { const out = []; for (let i = from; out.length < n && i < 400; i++) if (workday(addDays(adm, i))) out.push(i); return out; }

function stay(m, h, dept, doctor, adm, dis, dx, plan, o = {}) {
  const c = newClaim(m, h, dept, doctor, 'inpatient', Object.assign({ adm, dis, dx }, o));
  ward(c, plan);
  return c;
}
// an outpatient (or chronic) psychiatric visit with take-home drugs: drugs [{code, perDay, days}]
function visit(m, h, dept, doctor, date, dx, o = {}) {
  const vt = o.vt || 'outpatient';
  const c = newClaim(m, h, dept, doctor, vt, { date, dx });
  if (vt === 'pharmacy') { /* no consultation */ }
  else if (vt === 'chronic') add(c, S.chronicVisit, date, 1);
  else if (h.kind === 'C1') add(c, S.gp, date, 1);
  else add(c, o.consult || (h.level >= 2 ? pick([S.opd, S.opdAssoc, S.opdChief]) : S.opd), date, 1);
  for (const s of o.services || []) add(c, s, date, 1);
  for (const g of o.drugs || []) add(c, g.code, date, g.perDay * g.days, g.long ? { long: true } : {});
  return c;
}

// ---------------------------------------------------------------- labels
const LABELS = []; let caseSeq = 0;
function label(kind, code, name, claims, targets, variant, extra = {}) {
  caseSeq++;
  const mutated = {};
  if (kind === 'fraud') for (const c of targets) if (c._mut.length) mutated[c.claimId] = c._mut.slice();
  LABELS.push(Object.assign({
    caseId: 'B102-' + String(caseSeq).padStart(4, '0'), kind, code, name,
    claimIds: claims.map((c) => c.claimId), targets: (kind === 'fraud' ? targets : claims).map((c) => c.claimId),
    mutatedLines: kind === 'fraud' ? mutated : {}, typology: code, variant,
  }, extra));
}

// ---------------------------------------------------------------- common regimens
const SCZ = ['F20.000', 'F20.900', 'F20.300', 'F20.000'];
const SCZ_CHRONIC = ['F20.501', 'F20.500', 'F20.800x003'];
const antipsychotic = () => pick([
  { code: D.risp, perDay: (i) => (i < 4 ? 2 : pick([3, 4])) }, { code: D.olanz, perDay: (i) => (i < 3 ? 1 : 2) },
  { code: D.arip, perDay: (i) => (i < 4 ? 2 : 3) }, { code: D.quet, perDay: (i) => (i < 3 ? 2 : i < 7 ? 4 : 6) },
]);
const stableRx = () => pick([{ code: D.risp, perDay: 2 }, { code: D.olanz, perDay: 1 }, { code: D.arip, perDay: 2 }, { code: D.quet, perDay: 4 }]);
const fixedDose = (g) => ({ code: g.code, perDay: typeof g.perDay === 'function' ? g.perDay(30) : g.perDay });
const sczScales = (i, d, last) => (i === 0 ? [S.bprs] : (i % 14 === 0 || last) ? [S.bprs] : []);
const depScales = (i, d, last) => (i === 0 ? [S.hamd, S.hama] : (i % 14 === 0 || last) ? [S.hamd] : []);
const nursingStd = (acute) => (i) => (i < acute ? S.n1 : S.n2);
const region = () => pick(REGIONS).code;
const monthStart = (lo, hi) => `2025-${String(ri(lo, hi)).padStart(2, '0')}-${String(ri(1, 27)).padStart(2, '0')}`;
const sczPlan = (o = {}) => Object.assign({ nursing: nursingStd(3), monitorDays: 3, drugs: [antipsychotic(), { code: D.estaz, perDay: 1, to: 13 }], gongyu: 7, group: [3], scales: sczScales, labsEvery: 14 }, o);
const depPlan = (o = {}) => Object.assign({ nursing: nursingStd(3), monitorDays: 3, drugs: [pick([{ code: D.sert, perDay: (i) => (i < 7 ? 1 : 2) }, { code: D.escit, perDay: (i) => (i < 7 ? 1 : 2) }]), { code: D.loraz, perDay: 2, to: 13 }], gongyu: 7, group: [2], indiv: [4], scales: depScales, labsEvery: 14, labs: { thyroid: true } }, o);

// =====================================================================================================================
// FRAUD TYPOLOGIES
// =====================================================================================================================
const N = 15;
const careful = (k) => k % 3 === 2; // a third careful

// T01 挂床住院: billed as inpatient while living at home; the member's own visits elsewhere in town during the stay
for (let k = 0; k < N; k++) {
  const reg = region(); const h = H(reg, 'M2');
  const m = member({ region: reg, age: ri(40, 68), scheme: chance(0.7) ? 'resident' : 'employee', chronic: ['F20'] });
  const adm = monthStart(1, 8); const nights = ri(45, 88); const dis = addDays(adm, nights);
  const st = stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(SCZ_CHRONIC)], sczPlan({ drugs: [fixedDose(stableRx())], monitorDays: 0, nursing: () => S.n2 }));
  const claims = [st];
  const n = careful(k) ? 1 : ri(2, 3);
  for (let j = 0; j < n; j++) {
    const d = addDays(adm, ri(10, nights - 5));
    if (j === 0 && !careful(k)) claims.push(visit(m, H(reg, 'C1'), 'general_practice', docOf(H(reg, 'C1'), 'general_practice'), d, ['I10.x00'], { drugs: [{ code: D.amlo, perDay: 1, days: 28 }] }));
    else claims.push(visit(m, H(reg, 'Y1'), 'pharmacy', docOf(H(reg, 'Y1'), 'pharmacy'), d, ['I10.x00'], { vt: 'pharmacy', drugs: [{ code: D.amlo, perDay: 1, days: 30 }] }));
  }
  label('fraud', 'T01', '挂床住院(在家居住仍按住院结算)', claims, [st], careful(k) ? 'careful' : 'overt');
}

// T02 招募低标准入院: recruited elderly admitted in batches with vague diagnoses; minimal treatment
for (let k = 0; k < N; k++) {
  if (k % 3 === 0) var batch = { reg: region(), adm: monthStart(1, 10), doc: null };
  const reg = batch.reg; const h = H(reg, 'M2'); if (!batch.doc) batch.doc = docOf(h, 'psychiatry');
  const m = member({ region: reg, age: ri(63, 82), scheme: 'resident' });
  const nights = ri(21, 35); const adm = batch.adm; const dis = addDays(adm, nights);
  const dx = careful(k) ? ['F32.900'] : [pick(['F51.000', 'F10.100', 'F41.200x002'])];
  const drugs = careful(k) ? [{ code: D.sert, perDay: 1 }, { code: D.estaz, perDay: 1 }] : [{ code: D.estaz, perDay: 1 }];
  const st = stay(m, h, 'psychiatry', batch.doc, adm, dis, dx, { nursing: () => S.n3, drugs, gongyu: 2, scales: (i) => (i === 0 ? [careful(k) ? S.hamd : S.scaleA] : []), labs: { eeg: true } }, { route: 'other' });
  label('fraud', 'T02', '诱导招募低标准入院(免费住院拉人头)', [st], [st], careful(k) ? 'careful' : 'overt');
}

// T03 虚记心理治疗/工娱治疗: sessions billed per patient beyond those held (weekends, holidays, daily individual therapy)
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 5 === 4 ? H(reg, 'G2') : H(reg, 'M2');
  const m = member({ region: reg, age: ri(22, 60) });
  const adm = monthStart(1, 10); const nights = ri(26, 40); const dis = addDays(adm, nights);
  const dep = chance(0.5);
  const plan = dep ? depPlan() : sczPlan();
  plan.daily = (c, i, d) => {
    if (i < 2) return;
    if (!careful(k)) {
      if (!(i >= plan.gongyu && workday(d))) add(c, S.gongyu, d, 1, { fraud: true });
      if (!((plan.group || []).includes(dow(d)) && !HOLIDAYS.has(d))) add(c, S.group, d, 1, { fraud: true });
      if (!((plan.indiv || []).includes(dow(d)) && !HOLIDAYS.has(d))) add(c, S.indiv, d, 1, { fraud: true });
    } else {
      if (workday(d) && !((plan.group || []).includes(dow(d)))) add(c, S.group, d, 1, { fraud: true });
      if ([1, 3, 5].includes(dow(d)) && !HOLIDAYS.has(d) && !((plan.indiv || []).includes(dow(d)))) add(c, S.indiv, d, 1, { fraud: true });
    }
  };
  const st = stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [dep ? pick(['F32.200', 'F33.200']) : pick(SCZ)], plan);
  label('fraud', 'T03', '虚记心理治疗/团体治疗/工娱治疗(超出实际开展次数)', [st], [st], careful(k) ? 'careful' : 'overt');
}

// T04 量表批量: rating scales billed in batches on every patient
const BATTERY = [S.scaleA, S.scaleA, S.scl90, S.sds, S.sas, S.scaleB, S.scaleB, S.hamd, S.hama, S.bprs, S.mmse, S.scaleC, S.scaleC];
for (let k = 0; k < N; k++) {
  const reg = region();
  if (!careful(k)) {
    const h = H(reg, 'M2'); const m = member({ region: reg, age: ri(20, 65) });
    const adm = monthStart(1, 10); const nights = ri(24, 45); const dis = addDays(adm, nights);
    const plan = sczPlan({ scales: (i, d, last) => (i === 0 ? [S.bprs] : last ? [S.bprs] : []) });
    plan.daily = (c, i, d) => { if (i % 7 === 0) for (const s of BATTERY) if (!(s === S.bprs && (i === 0 || i === nights - 1))) add(c, s, d, 1, { fraud: true }); };
    const st = stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(SCZ)], plan);
    label('fraud', 'T04', '心理测验/量表批量套餐式收费', [st], [st], 'overt');
  } else {
    // a stable chronic member's monthly refills at a psychological clinic, each with the same self-rating and rating battery
    const h = H(reg, 'K1'); const m = member({ region: reg, age: ri(30, 60) });
    const rx = stableRx(); const claims = []; let d = monthStart(1, 6);
    const doc = docOf(h, 'psych_clinic');
    for (let v = 0; v < 4; v++) {
      const c = visit(m, h, 'psych_clinic', doc, d, [pick(SCZ_CHRONIC)], { drugs: [{ code: rx.code, perDay: rx.perDay, days: 28 }] });
      for (const s of [S.scl90, S.sds, S.sas, S.hamd, S.hama, S.bprs]) add(c, s, d, 1, { fraud: true });
      claims.push(c); d = addDays(d, 28 + ri(0, 3));
    }
    label('fraud', 'T04', '心理测验/量表批量套餐式收费', claims, claims, 'careful');
  }
}

// T05 MECT billed beyond the sessions given
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 4 === 3 ? H(reg, 'G2') : H(reg, 'M2');
  const m = member({ region: reg, age: ri(22, 62) });
  const adm = monthStart(1, 10); const nights = ri(28, 38); const dis = addDays(adm, nights);
  const real = mectDays(adm, 3, 8);
  const dx = [pick(['F32.300', 'F33.200', 'F32.200', 'F20.000'])];
  const plan = dx[0].startsWith('F20') ? sczPlan() : depPlan();
  plan.mect = real;
  plan.daily = (c, i, d) => {
    if (i < 3 || real.includes(i)) return;
    if (!careful(k)) { if (i <= real[real.length - 1] + 2) add(c, S.mect, d, 1, { fraud: true }); }
    else if (i <= real[real.length - 1] && [2, 4].includes(dow(d)) && !HOLIDAYS.has(d)) mectSession(c, d, { fraud: true });
  };
  const st = stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, dx, plan, { procs: [{ code: '94.2701', date: addDays(adm, real[0]) }] });
  label('fraud', 'T05', '无抽搐电休克(MECT)虚记次数', [st], [st], careful(k) ? 'careful' : 'overt');
}

// T06 rTMS billed beyond the sessions given (seven a week; or sessions dated inside the member's stay elsewhere).
// Each session settles on its own outpatient claim (治疗单次结算); the first visit carries the consultation and drugs.
function session(m, h, doc, d, dx, code, fraud) { const c = newClaim(m, h, 'psych_clinic', doc, 'outpatient', { date: d, dx }); add(c, code, d, 1, fraud ? { fraud: true } : {}); return c; }
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 2 ? H(reg, 'K1') : H(reg, 'M2');
  const m = member({ region: reg, age: ri(20, 58) });
  const doc = docOf(h, 'psych_clinic'); const claims = []; const targets = [];
  let wk = monthStart(1, 8); while (dow(wk) !== 1) wk = addDays(wk, 1);
  const dx = [pick(['F32.100', 'F33.100', 'F41.200x002'])];
  claims.push(visit(m, h, 'psych_clinic', doc, addDays(wk, -3), dx, { services: [S.hamd], drugs: [{ code: D.sert, perDay: 1, days: 28 }] }));
  if (!careful(k)) {
    for (let j = 0; j < 42; j++) { const d = addDays(wk, j); const extra = dow(d) === 0 || dow(d) === 6 || HOLIDAYS.has(d) || j >= 35; const c = session(m, h, doc, d, dx, S.rtms, extra); claims.push(c); if (extra) targets.push(c); }
  } else {
    const P = H(reg, 'P3');
    const sAdm = addDays(wk, 21 + ri(0, 2)); const sDis = addDays(sAdm, ri(16, 22));
    const st = stay(m, P, 'psychiatry', docOf(P, 'psychiatry'), sAdm, sDis, dx, depPlan(), { route: 'outpatient' });
    for (let j = 0; j < 49; j++) { const d = addDays(wk, j); if (!workday(d)) continue; const during = d >= sAdm && d <= sDis; const c = session(m, h, doc, d, dx, S.rtms, during); claims.push(c); if (during) targets.push(c); }
    claims.push(st);
  }
  label('fraud', 'T06', '经颅磁刺激(rTMS)超实际次数收费', claims, targets, careful(k) ? 'careful' : 'overt');
}

// T07 nursing grade and 精神科监护 above what the ward gives
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 5 === 4 ? H(reg, 'G2') : H(reg, 'M2');
  const m = member({ region: reg, age: ri(35, 70), chronic: ['F20'] });
  const adm = monthStart(1, 9); const nights = ri(30, 60); const dis = addDays(adm, nights);
  const plan = sczPlan({ drugs: [fixedDose(stableRx())], monitorDays: nights, monitorFraud: (i) => i >= 3 });
  if (!careful(k)) { plan.nursing = () => S.nSpec; plan.nursingFraud = (i) => i >= 3; }
  else { plan.nursing = () => S.n1; plan.nursingFraud = (i) => i >= 3; }
  const st = stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(SCZ_CHRONIC)], plan);
  label('fraud', 'T07', '护理级别/精神科监护超实际等级收费', [st], [st], careful(k) ? 'careful' : 'overt');
}

// T08 分解住院 at month ends
for (let k = 0; k < N; k++) {
  const reg = region(); const h = H(reg, 'M2'); const doc = docOf(h, 'psychiatry');
  const m = member({ region: reg, age: ri(30, 70), scheme: chance(0.6) ? 'resident' : 'employee', chronic: ['F20'] });
  const dx = [pick(SCZ_CHRONIC)]; const rx = fixedDose(stableRx());
  const mon0 = ri(1, 8); const stays = []; const claims = [];
  let adm = `2025-${String(mon0).padStart(2, '0')}-${String(ri(1, 10)).padStart(2, '0')}`;
  const n = ri(3, 4);
  for (let s = 0; s < n; s++) {
    const mm = Number(adm.slice(5, 7)); const dis = lastOfMonth(2025, mm);
    const st = stay(m, h, 'psychiatry', doc, adm, dis, dx, sczPlan({ drugs: [rx], monitorDays: s === 0 ? 3 : 0, nursing: s === 0 ? nursingStd(3) : () => S.n2 }), { route: 'outpatient' });
    stays.push(st); claims.push(st);
    if (!careful(k)) adm = addDays(dis, 1);
    else {
      const gap = ri(4, 9); adm = addDays(dis, gap);
      claims.push(visit(m, h, 'psych_clinic', docOf(h, 'psych_clinic'), addDays(dis, gap - 1), dx, {}));
    }
  }
  label('fraud', 'T08', '月末分解住院(出院次日或数日内同院同病再入院)', claims, stays.slice(1), careful(k) ? 'careful' : 'overt');
}

// T09 dementia and elderly custodial care billed as psychiatric treatment
for (let k = 0; k < N; k++) {
  const reg = region(); const h = H(reg, 'M2');
  const m = member({ region: reg, age: ri(78, 91), scheme: chance(0.6) ? 'resident' : 'employee' });
  const adm = monthStart(1, 7); const nights = ri(60, 120); const dis = addDays(adm, nights);
  const dx = careful(k) ? ['F32.900', 'F03.x01', 'I10.x00'] : ['F20.802', 'F03.x01', 'I10.x00'];
  const plan = { nursing: () => S.n2, drugs: [{ code: D.quet, perDay: 1 }, { code: D.amlo, perDay: 1 }], gongyu: 3, group: [2, 4], scales: (i) => (i === 0 ? [S.mmse, careful(k) ? S.hamd : S.bprs] : []), labsEvery: 30 };
  const st = stay(m, h, 'geriatric_psychiatry', docOf(h, 'geriatric_psychiatry'), adm, dis, dx, plan, { route: 'other' });
  label('fraud', 'T09', '失智老人托养按精神疾病住院结算', [st], [st], careful(k) ? 'careful' : 'overt');
}

// T10 a member's 门诊慢特病 card used by another person
for (let k = 0; k < N; k++) {
  const reg = region(); const A = H(reg, 'C1'); const B = k % 2 ? H(reg, 'K1') : H(reg, 'G2');
  const m = member({ region: reg, gender: 'F', age: ri(45, 66), chronic: ['F20'] });
  const claims = []; const targets = [];
  let d = monthStart(1, 4); const own = { code: D.risp, perDay: 2 };
  for (let v = 0; v < 6; v++) {
    claims.push(visit(m, A, 'general_practice', docOf(A, 'general_practice', 0), d, ['F20.501'], { vt: 'chronic', drugs: [{ code: own.code, perDay: own.perDay, days: 28 }] }));
    if (v >= 2 && v <= 4) {
      const dd = addDays(d, ri(5, 12));
      let c;
      if (!careful(k)) {
        c = newClaim(m, B, B.kind === 'K1' ? 'psych_clinic' : 'psych_clinic', docOf(B, 'psych_clinic'), 'chronic', { date: dd, dx: ['F20.501'] });
        add(c, S.chronicVisit, dd, 1);
        if (k % 4 === 0) { add(c, D.tams, dd, 30, { fraud: true, breaks: ['gender'] }); add(c, D.finas, dd, 30, { fraud: true, breaks: ['gender'] }); }
        else { add(c, D.amlo, dd, 30, { fraud: true }); add(c, D.atorva, dd, 30, { fraud: true }); }
      } else {
        c = newClaim(m, B, 'psych_clinic', docOf(B, 'psych_clinic'), 'chronic', { date: dd, dx: ['F20.501'] });
        add(c, S.chronicVisit, dd, 1); add(c, D.olanz, dd, 2 * 28, { fraud: true });
      }
      claims.push(c); targets.push(c);
    }
    d = addDays(d, 28 + ri(0, 2));
  }
  label('fraud', 'T10', '门诊慢特病待遇(精神分裂症)被他人冒用', claims, targets, careful(k) ? 'careful' : 'overt');
}

// T11 benzodiazepines / quetiapine obtained from several clinics and pharmacies for resale
for (let k = 0; k < N; k++) {
  const reg = region(); const m = member({ region: reg, age: ri(25, 60) });
  const claims = []; const targets = [];
  let d = monthStart(1, 9);
  if (!careful(k)) {
    const sources = [H(reg, 'G2'), H(reg, 'K1'), H(reg, 'C1'), H(reg, 'Y1'), H(reg, 'M2')];
    for (let r2 = 0; r2 < 2; r2++) for (let s = 0; s < sources.length; s++) {
      const h = sources[s]; const dd = addDays(d, s * ri(1, 3) + r2 * 14);
      const vt = h.kind === 'Y1' ? 'pharmacy' : 'outpatient'; const dept = h.kind === 'Y1' ? 'pharmacy' : h.kind === 'C1' ? 'general_practice' : 'psych_clinic';
      const drugs = k % 2 ? [{ code: D.estaz, perDay: 2, days: 14 }, { code: D.loraz, perDay: 3, days: 14 }] : [{ code: D.quet, perDay: 8, days: 14 }, { code: D.zolp, perDay: 1, days: 14 }];
      const c = visit(m, h, dept, docOf(h, dept), dd, [pick(['F51.000', 'F41.101', 'F32.900'])], { vt, drugs });
      if (claims.length > 0) { c._mut = c.items.filter((x) => x.category === 'drug').map((x) => x.lineId); targets.push(c); }
      claims.push(c);
    }
  } else {
    const sources = [H(reg, 'G3'), H(reg, 'Y1')];
    for (let r2 = 0; r2 < 6; r2++) {
      const h = sources[r2 % 2]; const vt = h.kind === 'Y1' ? 'pharmacy' : 'outpatient'; const dept = h.kind === 'Y1' ? 'pharmacy' : 'psych_clinic';
      const c = visit(m, h, dept, docOf(h, dept, 0), d, ['F31.900'], { vt, drugs: [{ code: D.quet, perDay: 8, days: 30 }] });
      if (r2 > 0) { c._mut = c.items.filter((x) => x.category === 'drug').map((x) => x.lineId); targets.push(c); }
      claims.push(c); d = addDays(d, ri(14, 18));
    }
  }
  label('fraud', 'T11', '苯二氮䓬类/喹硫平多点重复开药倒卖', claims, targets, careful(k) ? 'careful' : 'overt');
}

// T12 MECT with its own content billed again (电休克治疗 the same day, or the monitoring in the MECT item)
for (let k = 0; k < N; k++) {
  const reg = region(); const h = pick([H(reg, 'M2'), H(reg, 'G2'), H(reg, 'M2')]);
  const m = member({ region: reg, age: ri(22, 62) });
  const adm = monthStart(1, 10); const nights = ri(26, 36); const dis = addDays(adm, nights);
  const real = mectDays(adm, 3, ri(6, 9));
  const dx = [pick(['F32.300', 'F33.200', 'F20.000', 'F31.200'])];
  const plan = dx[0].startsWith('F20') ? sczPlan() : depPlan(); plan.mect = real;
  plan.daily = (c, i, d) => {
    if (!real.includes(i)) return;
    if (!careful(k)) add(c, S.ect, d, 1, { fraud: true });
    else { add(c, S.ecgMon, d, 2, { fraud: true }); add(c, S.spo2, d, 2, { fraud: true }); add(c, S.nibp, d, 6, { fraud: true }); add(c, C.electrode, d, 5, { fraud: true }); }
  };
  const st = stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, dx, plan, { procs: [{ code: '94.2701', date: addDays(adm, real[0]) }] });
  label('fraud', 'T12', 'MECT重复收费(同日另收电休克或项目内监护)', [st], [st], careful(k) ? 'careful' : 'overt');
}

// T13 超标准收费: a level-2 private hospital charging level-3 prices
for (let k = 0; k < N; k++) {
  const reg = region(); const h = H(reg, 'M2');
  const m = member({ region: reg, age: ri(20, 65) });
  const adm = monthStart(1, 10); const nights = ri(24, 40); const dis = addDays(adm, nights);
  const dep = chance(0.5); const plan = dep ? depPlan() : sczPlan();
  const over = careful(k) ? [S.indiv, S.scaleC] : [S.indiv, S.group, S.psyMon, S.gongyu, S.hamd, S.bprs, S.bed3];
  if (careful(k)) plan.daily = (c, i, d) => { if (i === 1) add(c, S.scaleC, d, 1); };
  const st = newClaim(m, h, 'psychiatry', docOf(h, 'psychiatry'), 'inpatient', { adm, dis, dx: [dep ? 'F32.200' : pick(SCZ)] });
  ward(st, plan);
  for (const l of st.items) if (over.includes(l.code)) {
    const r = row(l.code); const fen = Math.round(r.priceCap['3'] * 100); l.unitPrice = fen / 100; l._fen = fen * l.quantity; l.amount = l._fen / 100; st._mut.push(l.lineId);
  }
  label('fraud', 'T13', '超标准收费(二级民营精神专科按三级价格收费)', [st], [st], careful(k) ? 'careful' : 'overt');
}

// T14 outpatient / chronic dispensing during the member's own inpatient stay
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 1 ? H(reg, 'P3') : H(reg, 'M2');
  const m = member({ region: reg, age: ri(30, 66), chronic: ['F20'] });
  const adm = monthStart(1, 9); const nights = ri(30, 50); const dis = addDays(adm, nights);
  const rx = { code: D.olanz, perDay: 2 };
  const st = stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(SCZ)], sczPlan({ drugs: [{ code: D.olanz, perDay: (i) => (i < 3 ? 1 : 2) }] }));
  const claims = [st]; const targets = [];
  const n = careful(k) ? 1 : 2;
  for (let j = 0; j < n; j++) {
    const d = addDays(adm, 8 + j * 14 + ri(0, 4));
    const src = careful(k) ? H(reg, 'C1') : h;
    const dept = src.kind === 'C1' ? 'general_practice' : 'psych_clinic';
    const c = newClaim(m, src, dept, docOf(src, dept), 'chronic', { date: d, dx: ['F20.501'] });
    add(c, S.chronicVisit, d, 1); add(c, rx.code, d, rx.perDay * 28, { fraud: true });
    claims.push(c); targets.push(c);
  }
  label('fraud', 'T14', '住院期间以门诊慢特病重复开取同类药品', claims, targets, careful(k) ? 'careful' : 'overt');
}

// T15 drug quantities beyond what was given (daily doses above the label's maximum)
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 4 === 3 ? H(reg, 'G2') : H(reg, 'M2');
  const m = member({ region: reg, age: ri(22, 60) });
  const adm = monthStart(1, 10); const nights = ri(25, 45); const dis = addDays(adm, nights);
  let drugs;
  if (!careful(k)) drugs = k % 2 ? [{ code: D.olanz, perDay: (i) => (i < 2 ? 2 : 4), fraud: true }] : [{ code: D.quet, perDay: (i) => (i < 2 ? 8 : 12), fraud: true, breaks: ['supplyPerDay'] }];
  else drugs = [{ code: D.quet, perDay: 8, fraud: true }, { code: D.olanz, perDay: 2, fraud: true }];
  const st = stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(['F20.000', 'F20.900', 'F31.200'])], sczPlan({ drugs: drugs.concat([{ code: D.estaz, perDay: 1, to: 13 }]) }));
  label('fraud', 'T15', '抗精神病药品数量虚增(日剂量超说明书上限/双药满量)', [st], [st], careful(k) ? 'careful' : 'overt');
}

// =====================================================================================================================
// CONTROLS
// =====================================================================================================================
const ctl = (code, name, claims, variant, source) => label('control', code, name, claims, claims, variant || 'legit', { source });

// C01 treatment-resistant schizophrenia, long stay with combined antipsychotics and an MECT augmentation course
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 4 === 3 ? H(reg, 'M2') : H(reg, 'P3');
  const m = member({ region: reg, age: ri(25, 58), chronic: ['F20'] });
  const adm = monthStart(1, 6); const nights = ri(95, 150); const dis = addDays(adm, nights);
  const mect = mectDays(adm, 20, 10);
  const plan = sczPlan({ drugs: [{ code: D.olanz, perDay: (i) => (i < 3 ? 1 : 2) }, { code: D.arip, perDay: (i) => (i < 30 ? 0 : 3) }, { code: D.estaz, perDay: 1, to: 20 }], labsEvery: 28, mect, scales: (i, d, last) => (i === 0 || i % 28 === 0 || last ? [S.bprs] : []) });
  ctl('C01', '难治性精神分裂症长期住院(联合用药+MECT增效)', [stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, ['F20.800x001'], plan, { procs: [{ code: '94.2701', date: addDays(adm, mect[0]) }] })], 'legit', '《中国精神分裂症防治指南(第二版)》难治性精神分裂症: 氯氮平或联合治疗, MECT增效; 住院疗程常超过3个月');
}
// C02 lithium titration for acute mania with weekly renal/electrolyte checks
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 2 ? H(reg, 'G3') : H(reg, 'P3');
  const m = member({ region: reg, age: ri(20, 50) });
  const adm = monthStart(1, 10); const nights = ri(28, 42); const dis = addDays(adm, nights);
  const plan = { nursing: nursingStd(5), monitorDays: 5, drugs: [{ code: D.lith, perDay: (i) => (i < 3 ? 2 : i < 7 ? 4 : 6) }, { code: D.olanz, perDay: (i) => (i < 14 ? 2 : 1) }, { code: D.loraz, perDay: 3, to: 9 }], gongyu: 10, group: [3], scales: (i, d, last) => (i === 0 || i % 14 === 0 || last ? [S.scaleB] : []), labsEvery: 7, followLabs: { rft: true, lytes: true, ecg: true }, labs: { thyroid: true } };
  ctl('C02', '双相躁狂碳酸锂滴定(每周肾功能电解质监测)', [stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(['F31.100', 'F31.200'])], plan, { route: chance(0.5) ? 'emergency' : 'outpatient' })], 'legit', '《中国双相障碍防治指南(第二版)》: 锂盐治疗期间定期监测肾功能、电解质、甲状腺功能, 滴定期每周');
}
// C03 acute MECT course for severe depression (three a week)
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 2 ? H(reg, 'G3') : H(reg, 'P3');
  const m = member({ region: reg, age: ri(20, 65) });
  const adm = monthStart(1, 10); const nights = ri(26, 38); const dis = addDays(adm, nights);
  const mect = mectDays(adm, 3, ri(8, 12));
  ctl('C03', '重度抑郁急性期MECT疗程(每周3次)', [stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(['F32.300', 'F33.200', 'F32.200'])], depPlan({ mect }), { procs: [{ code: '94.2701', date: addDays(adm, mect[0]) }] })], 'legit', '《改良电抽搐治疗专家共识(2019版)》: 急性期每周2–3次, 一疗程6–12次; 严重自杀风险为首选指征');
}
// C04 first-episode psychosis work-up with scales and imaging
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 2 ? H(reg, 'G3') : H(reg, 'P3');
  const m = member({ region: reg, age: ri(16, 35) });
  const adm = monthStart(1, 10); const nights = ri(24, 40); const dis = addDays(adm, nights);
  const plan = sczPlan({ labs: { thyroid: true, pre8: true }, scales: (i, d, last) => (i === 0 ? [S.bprs, S.scaleB, S.scaleC] : i === 1 ? [S.scaleC, S.scaleA] : (i % 14 === 0 || last) ? [S.bprs] : []) });
  plan.daily = (c, i, d) => { if (i === 2) add(c, h.level >= 2 ? S.mriHead : S.ctHead, d, 1); };
  ctl('C04', '首发精神病性障碍入院评估(量表+头颅MRI+脑电图)', [stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(['F20.900', 'F23.900', 'F23.000'])], plan, { route: 'outpatient', procs: [{ code: '88.9101', date: addDays(adm, 2) }] })], 'legit', '《精神障碍诊疗规范(2020年版)》首发精神病: 排除器质性病因需头颅影像、脑电图、甲状腺功能及感染筛查, 量表评估基线');
}
// C05 involuntary emergency admission of a dangerous patient with 特级护理
for (let k = 0; k < N; k++) {
  const reg = region(); const h = H(reg, 'P3');
  const m = member({ region: reg, gender: chance(0.7) ? 'M' : 'F', age: ri(20, 55) });
  const adm = monthStart(1, 10); const nights = ri(28, 45); const dis = addDays(adm, nights);
  const spec = ri(3, 6);
  const plan = sczPlan({ nursing: (i) => (i < spec ? S.nSpec : i < spec + 7 ? S.n1 : S.n2), monitorDays: spec + 7, bed: S.bed3, drugs: [{ code: D.olanz, perDay: 2 }, { code: D.loraz, perDay: (i) => (i < 7 ? 4 : i < 14 ? 2 : 0) }], gongyu: 14 });
  plan.daily = (c, i, d) => { if (i < 2) { add(c, D.midaz, d, 1); add(c, S.im, d, 1); } if (i < spec) add(c, S.behav, d, 1); };
  ctl('C05', '危险性患者非自愿住院(特级护理+精神科监护)', [stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, ['F20.000', 'R45.100'], plan, { route: 'emergency' })], 'legit', '《中华人民共和国精神卫生法》第三十条第二款第(二)项: 已发生危害他人安全行为或有危险的严重精神障碍患者应当住院治疗; 特级护理用于病情危重需随时观察者(《综合医院分级护理指导原则》)');
}
// C06 alcohol withdrawal detoxification stay
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 2 ? H(reg, 'M2') : H(reg, 'P3');
  const m = member({ region: reg, gender: 'M', age: ri(35, 62) });
  const adm = monthStart(1, 10); const nights = ri(14, 24); const dis = addDays(adm, nights);
  const plan = { nursing: nursingStd(5), monitorDays: 5, drugs: [{ code: D.diaz, perDay: (i) => (i < 3 ? 8 : i < 6 ? 6 : i < 9 ? 4 : i < 12 ? 2 : 0) }, { code: D.vitB, perDay: 3 }, { code: D.ppc, perDay: 6 }, { code: D.gns, perDay: (i) => (i < 5 ? 2 : 0) }, { code: D.kcl, perDay: (i) => (i < 5 ? 2 : 0) }], group: [3], scales: (i) => (i === 0 ? [S.scaleB] : []), labsEvery: 7, followLabs: { lytes: true, ecg: false }, labs: { pre8: false } };
  plan.daily = (c, i, d) => { if (i < 5) { add(c, S.ivFirst, d, 1); add(c, C.ivSet, d, 1); } if (i === 1) add(c, S.abdUs, d, 1); };
  ctl('C06', '酒精戒断综合征脱毒住院(地西泮替代递减+补液)', [stay(m, h, 'addiction', docOf(h, 'addiction'), adm, dis, [pick(['F10.300', 'F10.300', 'F10.400']), 'K70.000'], plan, { route: chance(0.5) ? 'emergency' : 'outpatient' })], 'legit', '《酒精使用障碍临床诊疗指南》/《精神障碍诊疗规范(2020年版)》酒精戒断: 苯二氮䓬类替代递减, 补充维生素B族、纠正水电解质紊乱');
}
// C07 长处方 for a stable chronic schizophrenia member
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 2 ? H(reg, 'P3') : H(reg, 'C1');
  const m = member({ region: reg, age: ri(35, 70), chronic: ['F20'] });
  const rx = stableRx(); const claims = []; let d = monthStart(1, 3);
  const dept = h.kind === 'C1' ? 'general_practice' : 'psych_clinic'; const doc = docOf(h, dept, k);
  for (let v = 0; v < 3; v++) {
    const c = visit(m, h, dept, doc, d, ['F20.501'], { vt: 'chronic', drugs: [{ code: rx.code, perDay: rx.perDay, days: 84, long: true }] });
    if (v === 1) { add(c, S.draw, d, 1); add(c, S.cbc, d, 1); add(c, S.lft, d, 1); add(c, S.fbg, d, 1); add(c, S.lipids, d, 1); }
    claims.push(c); d = addDays(d, 84 - ri(0, 5));
  }
  ctl('C07', '病情稳定精神分裂症12周长处方', claims, 'legit', '《长期处方管理规范(试行)》(国卫办医发〔2021〕17号): 病情稳定的慢性病患者长期处方用量一般不超过12周; 抗精神病药代谢监测(《中国精神分裂症防治指南(第二版)》)');
}
// C08 community follow-up of a severe mental disorder
for (let k = 0; k < N; k++) {
  const reg = region(); const h = H(reg, 'C1');
  const m = member({ region: reg, age: ri(30, 75), chronic: ['F20'] });
  const claims = []; let d = monthStart(1, 2); const doc = docOf(h, 'general_practice', k);
  const rx = stableRx();
  for (let v = 0; v < 4; v++) {
    const c = visit(m, h, 'general_practice', doc, d, [pick(['F20.501', 'F20.800x003'])], { vt: 'chronic', drugs: [{ code: rx.code, perDay: rx.perDay, days: 30 }] });
    if (v % 2 === 0) add(c, S.bprs, d, 1);
    claims.push(c); d = addDays(d, ri(85, 95));
  }
  ctl('C08', '社区严重精神障碍患者季度随访与配药', claims, 'legit', '《严重精神障碍管理治疗工作规范(2018年版)》: 病情稳定患者每3个月至少随访1次, 基层医疗卫生机构随访评估与服药指导');
}
// C09 readmission after relapse (emergency, 10–14 days after discharge)
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 2 ? H(reg, 'M2') : H(reg, 'P3'); const doc = docOf(h, 'psychiatry');
  const m = member({ region: reg, age: ri(20, 60), chronic: ['F20'] });
  const adm = monthStart(1, 8); const dis = addDays(adm, ri(25, 35));
  const s1 = stay(m, h, 'psychiatry', doc, adm, dis, ['F20.000'], sczPlan({ drugs: [{ code: D.risp, perDay: (i) => (i < 4 ? 2 : 4) }, { code: D.estaz, perDay: 1, to: 13 }] }), { route: 'outpatient' });
  const adm2 = addDays(dis, ri(10, 14)); const dis2 = addDays(adm2, ri(24, 35));
  const s2 = stay(m, h, 'psychiatry', doc, adm2, dis2, ['F20.000', 'R45.100'], sczPlan({ nursing: (i) => (i < 3 ? S.nSpec : i < 10 ? S.n1 : S.n2), monitorDays: 10, drugs: [{ code: D.olanz, perDay: 2 }, { code: D.loraz, perDay: (i) => (i < 7 ? 4 : 0) }] }), { route: 'emergency' });
  ctl('C09', '停药复发短期内急诊再入院', [s1, s2], 'legit', '《中国精神分裂症防治指南(第二版)》: 出院后早期停药复发率高, 复发伴冲动行为需紧急住院; 再入院经急诊, 换药并升级护理');
}
// C10 dementia with BPSD, geriatric psychiatry, coded as dementia
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 2 ? H(reg, 'M2') : H(reg, 'P3');
  const m = member({ region: reg, age: ri(72, 88) });
  const adm = monthStart(1, 10); const nights = ri(21, 35); const dis = addDays(adm, nights);
  const plan = { nursing: nursingStd(7), monitorDays: 7, drugs: [{ code: D.quet, perDay: (i) => (i < 5 ? 1 : 2) }, { code: D.memant, perDay: 2 }, { code: D.amlo, perDay: 1 }], scales: (i, d, last) => (i === 0 ? [S.mmse, S.scaleB] : last ? [S.mmse] : []), labsEvery: 14, labs: { thyroid: true } };
  plan.daily = (c, i, d) => { if (i === 2) add(c, S.ctHead, d, 1); if (i === 3) add(c, S.adl, d, 1); };
  ctl('C10', '阿尔茨海默病痴呆伴精神行为症状(BPSD)老年精神科住院', [stay(m, h, 'geriatric_psychiatry', docOf(h, 'geriatric_psychiatry'), adm, dis, ['G30.100x003+F00.1*', 'R45.100', 'I10.x00'], plan, { route: 'outpatient' })], 'legit', '《中国痴呆与认知障碍诊治指南》/《神经认知障碍精神行为症状群临床诊疗专家共识》: BPSD 严重激越可短期住院, 低剂量非典型抗精神病药');
}
// C11 insomnia / anxiety: regular benzodiazepine scripts from one prescriber, tapering
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 2 ? H(reg, 'G3') : H(reg, 'P3');
  const m = member({ region: reg, age: ri(35, 75) });
  const claims = []; let d = monthStart(1, 8); const doc = docOf(h, 'psych_clinic', k);
  const bz = k % 2 ? D.estaz : D.loraz;
  const q = bz === D.estaz ? [2, 2, 1, 1] : [3, 2, 2, 1];
  for (let v = 0; v < 4; v++) {
    claims.push(visit(m, h, 'psych_clinic', doc, d, [pick(['F51.000', 'F41.101'])], { drugs: [{ code: bz, perDay: q[v], days: 14 }, { code: D.escit, perDay: 1, days: 14 }] }));
    d = addDays(d, 14 + ri(0, 2));
  }
  ctl('C11', '失眠/焦虑苯二氮䓬类单一医生规律处方并减量', claims, 'legit', '《处方管理办法》第二十四条: 第二类精神药品一般每张处方不超过7日常用量, 慢性病可适当延长; 《中国失眠障碍诊断和治疗指南》: 苯二氮䓬类逐步减停');
}
// C12 bipolar mania on the label's top dose of quetiapine plus valproate
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 2 ? H(reg, 'M2') : H(reg, 'P3');
  const m = member({ region: reg, age: ri(20, 50) });
  const adm = monthStart(1, 10); const nights = ri(24, 36); const dis = addDays(adm, nights);
  const plan = { nursing: nursingStd(5), monitorDays: 5, drugs: [{ code: D.quet, perDay: (i) => (i < 2 ? 4 : i < 5 ? 6 : 8) }, { code: D.valp, perDay: 2 }, { code: D.loraz, perDay: 3, to: 7 }], gongyu: 10, group: [3], scales: (i, d, last) => (i === 0 || last ? [S.scaleB] : []), labsEvery: 14, labs: { thyroid: true } };
  ctl('C12', '双相躁狂喹硫平说明书上限剂量联用丙戊酸钠', [stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(['F31.100', 'F31.200'])], plan, { route: 'outpatient' })], 'legit', '富马酸喹硫平片说明书: 双相躁狂 最高800 mg/日; 《中国双相障碍防治指南(第二版)》 心境稳定剂联合非典型抗精神病药');
}
// C13 outpatient rTMS standard course (five a week, four weeks)
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 2 ? H(reg, 'G3') : H(reg, 'P3');
  const m = member({ region: reg, age: ri(20, 60) });
  const claims = []; let wk = monthStart(1, 9); while (dow(wk) !== 1 || HOLIDAYS.has(wk)) wk = addDays(wk, 1);
  const doc = docOf(h, 'psych_clinic', k);
  const dx = [pick(['F32.100', 'F33.100', 'F32.200'])];
  claims.push(visit(m, h, 'psych_clinic', doc, addDays(wk, -3), dx, { services: [S.hamd], drugs: [{ code: D.escit, perDay: 1, days: 28 }] }));
  for (let j = 0; j < 28; j++) { const d = addDays(wk, j); if (!workday(d)) continue; claims.push(session(m, h, doc, d, dx, S.rtms, false)); }
  claims.push(visit(m, h, 'psych_clinic', doc, addDays(wk, 28), dx, { services: [S.hamd], drugs: [{ code: D.escit, perDay: 1, days: 28 }] }));
  ctl('C13', '抑郁症门诊rTMS标准疗程(每周5次×4周)', claims, 'legit', '《重复经颅磁刺激治疗专家共识》(2018)/《经颅磁刺激治疗抑郁障碍中国专家共识》: 每日1次, 每周5次, 4–6周');
}
// C14 high suicide risk depression: Ⅰ级护理 + 精神科监护 for two weeks, then Ⅱ级
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 2 ? H(reg, 'G2') : H(reg, 'P3');
  const m = member({ region: reg, age: ri(18, 70) });
  const adm = monthStart(1, 10); const nights = ri(28, 40); const dis = addDays(adm, nights);
  const plan = depPlan({ nursing: nursingStd(14), monitorDays: 14, scales: (i, d, last) => (i === 0 ? [S.hamd, S.hama, S.scaleB] : (i % 14 === 0 || last) ? [S.hamd] : []) });
  ctl('C14', '高自杀风险抑郁住院(Ⅰ级护理+精神科监护两周)', [stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(['F32.200', 'F32.300', 'F33.200'])], plan, { route: 'emergency' })], 'legit', '《精神科护理分级》: 有严重自杀、自伤企图者给予一级护理并重点监护; 《精神障碍诊疗规范(2020年版)》');
}
// C15 adolescent / young adult depression, psychotherapy-intensive stay
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 2 ? H(reg, 'G3') : H(reg, 'P3');
  const m = member({ region: reg, age: ri(14, 24) });
  const adm = monthStart(1, 10); const nights = ri(24, 35); const dis = addDays(adm, nights);
  const plan = depPlan({ drugs: [{ code: D.sert, perDay: (i) => (i < 7 ? 1 : 2) }], group: [1, 3, 5], indiv: [2, 4], scales: (i, d, last) => (i === 0 ? [S.hamd, S.hama, S.scl90] : (i % 14 === 0 || last) ? [S.hamd] : []) });
  plan.daily = (c, i, d) => { if ([2, 4].includes(dow(d)) && i >= 5 && !HOLIDAYS.has(d)) add(c, S.biofb, d, 1); };
  ctl('C15', '青少年抑郁心理治疗强化住院(个别2次/周+团体3次/周)', [stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(['F32.100', 'F32.200'])], plan, { route: 'outpatient' })], 'legit', '《儿童青少年抑郁障碍诊治指导原则》/《精神障碍诊疗规范(2020年版)》: 青少年抑郁心理治疗为基础, 个体与团体治疗每周多次');
}
// C16 first outpatient assessment with a scale battery, then follow-ups without
for (let k = 0; k < N; k++) {
  const reg = region(); const h = pick([H(reg, 'P3'), H(reg, 'G3'), H(reg, 'K1')]);
  const m = member({ region: reg, age: ri(18, 60) });
  const doc = docOf(h, 'psych_clinic', k); let d = monthStart(1, 9); const dx = [pick(['F41.200x002', 'F32.100', 'F41.101'])];
  const c1 = visit(m, h, 'psych_clinic', doc, d, dx, { services: [S.scl90, S.sds, S.sas, S.hamd, S.hama], drugs: [{ code: D.escit, perDay: 1, days: 14 }] });
  const c2 = visit(m, h, 'psych_clinic', doc, addDays(d, 14), dx, { drugs: [{ code: D.escit, perDay: 1, days: 28 }] });
  const c3 = visit(m, h, 'psych_clinic', doc, addDays(d, 42 + ri(0, 7)), dx, { services: [S.hamd], drugs: [{ code: D.escit, perDay: 1, days: 28 }] });
  ctl('C16', '门诊首诊量表评估(首诊成组, 复诊不重复)', [c1, c2, c3], 'legit', '《抑郁障碍诊疗规范》/《焦虑障碍防治指南》: 首诊采用自评+他评量表评估严重程度, 复诊按疗效评估复测');
}
// C17 amphetamine-induced psychosis, short stay
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 2 ? H(reg, 'M2') : H(reg, 'P3');
  const m = member({ region: reg, gender: chance(0.8) ? 'M' : 'F', age: ri(20, 45) });
  const adm = monthStart(1, 10); const nights = ri(14, 24); const dis = addDays(adm, nights);
  const plan = sczPlan({ drugs: [{ code: D.olanz, perDay: (i) => (i < 10 ? 2 : 1) }, { code: D.loraz, perDay: (i) => (i < 5 ? 3 : 0) }], labs: { pre8: true }, gongyu: 7 });
  ctl('C17', '苯丙胺类所致精神病性障碍短期住院', [stay(m, h, 'addiction', docOf(h, 'addiction'), adm, dis, ['F15.500x003'], plan, { route: 'emergency' })], 'legit', '《苯丙胺类药物所致精神障碍诊疗指导原则》: 短期抗精神病药对症, 苯二氮䓬类控制激越; 入院感染筛查');
}
// C18 sedative-hypnotic dependence withdrawal stay (lorazepam substitution and taper)
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 2 ? H(reg, 'M2') : H(reg, 'P3');
  const m = member({ region: reg, age: ri(35, 70) });
  const adm = monthStart(1, 10); const nights = ri(21, 30); const dis = addDays(adm, nights);
  const plan = { nursing: nursingStd(5), monitorDays: 5, drugs: [{ code: D.loraz, perDay: (i) => (i < 5 ? 6 : i < 10 ? 4 : i < 15 ? 2 : i < 19 ? 1 : 0) }, { code: D.escit, perDay: 1 }], group: [3], indiv: [2], scales: (i, d, last) => (i === 0 || last ? [S.hama, S.scaleB] : []), labsEvery: 14 };
  ctl('C18', '镇静催眠药依赖替代递减脱瘾住院', [stay(m, h, 'addiction', docOf(h, 'addiction'), adm, dis, ['F13.300', 'F51.000'], plan, { route: 'outpatient' })], 'legit', '《镇静催眠药物依赖诊疗指导原则》: 以长/中效苯二氮䓬类替代后每周递减10–25%, 同时处理原发失眠焦虑');
}
// C19 general hospital psychiatric ward: depression with diabetes and hypertension, in-hospital consultation
for (let k = 0; k < N; k++) {
  const reg = region(); const h = H(reg, 'G3');
  const m = member({ region: reg, age: ri(50, 75) });
  const adm = monthStart(1, 10); const nights = ri(18, 30); const dis = addDays(adm, nights);
  const plan = depPlan({ drugs: [{ code: D.sert, perDay: (i) => (i < 7 ? 1 : 2) }, { code: D.metf, perDay: 3 }, { code: D.amlo, perDay: 1 }, { code: D.estaz, perDay: 1, to: 10 }] });
  plan.daily = (c, i, d) => { if (i === 1) add(c, S.consult, d, 1); if (i < nights) add(c, S.glucoseFast, d, 3); if (i === 2) add(c, S.echo, d, 1); };
  ctl('C19', '综合医院精神科抑郁伴糖尿病高血压(院内会诊+血糖监测)', [stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(['F32.200', 'F32.100']), 'E11.900', 'I10.x00'], plan, { route: 'outpatient' })], 'legit', '《综合医院焦虑抑郁诊断和治疗的专家共识》: 躯体共病患者的会诊联络; 住院糖尿病患者每日三餐前血糖监测');
}
// C20 late-life depression MECT with pre-anaesthesia cardiac work-up
for (let k = 0; k < N; k++) {
  const reg = region(); const h = k % 3 === 2 ? H(reg, 'G3') : H(reg, 'P3');
  const m = member({ region: reg, age: ri(65, 80) });
  const adm = monthStart(1, 10); const nights = ri(28, 40); const dis = addDays(adm, nights);
  const mect = mectDays(adm, 4, ri(6, 9), [1, 4]);
  const plan = depPlan({ mect, drugs: [{ code: D.escit, perDay: 1 }, { code: D.amlo, perDay: 1 }] });
  plan.daily = (c, i, d) => { if (i === 1) { add(c, S.echo, d, 1); add(c, S.ctHead, d, 1); add(c, S.consult, d, 1); } };
  ctl('C20', '老年抑郁MECT(每周2次, 术前心脏超声与会诊)', [stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [pick(['F32.300', 'F33.200']), 'I10.x00'], plan, { route: 'outpatient', procs: [{ code: '94.2701', date: addDays(adm, mect[0]) }] })], 'legit', '《改良电抽搐治疗专家共识(2019版)》: 老年患者治疗前心血管评估, 可每周2次');
}
// C21 maintenance MECT: monthly one-night admissions after an acute course
for (let k = 0; k < N; k++) {
  const reg = region(); const h = H(reg, 'P3'); const doc = docOf(h, 'psychiatry', k);
  const m = member({ region: reg, age: ri(30, 65) });
  const claims = []; let adm = monthStart(2, 6);
  for (let s = 0; s < 4; s++) {
    while (HOLIDAYS.has(adm) || HOLIDAYS.has(addDays(adm, 1)) || dow(adm) === 0 || dow(adm) === 6) adm = addDays(adm, 1);
    const dis = addDays(adm, 1);
    const c = newClaim(m, h, 'psychiatry', doc, 'inpatient', { adm, dis, dx: [pick(['F33.200', 'F33.100'])], procs: [{ code: '94.2701', date: adm }] });
    add(c, S.bed3, adm, 1); add(c, S.ipd, adm, 1); add(c, S.n2, adm, 1);
    add(c, S.draw, adm, 1); add(c, S.cbc, adm, 1); add(c, S.lytes, adm, 1); add(c, S.ecg, adm, 1); mectSession(c, adm);
    add(c, S.hamd, adm, 1); add(c, D.escit, adm, 2);
    claims.push(c); adm = addDays(adm, ri(28, 35));
  }
  ctl('C21', '复发性抑郁维持期MECT(每月一次短住院)', claims, 'legit', '《改良电抽搐治疗专家共识(2019版)》: 巩固/维持期MECT 逐渐延长至每月1次, 预防复发');
}
// C22 PTSD / phobic anxiety: outpatient exposure therapy and biofeedback course
for (let k = 0; k < N; k++) {
  const reg = region(); const h = pick([H(reg, 'P3'), H(reg, 'K1'), H(reg, 'G3')]);
  const m = member({ region: reg, age: ri(18, 55) });
  const claims = []; let d = monthStart(1, 9); const doc = docOf(h, 'psych_clinic', k); const dx = [pick(['F43.100', 'F40.100', 'F42.000'])];
  for (let v = 0; v < 8; v++) {
    claims.push(visit(m, h, 'psych_clinic', doc, d, dx, { services: v === 0 ? [S.scl90, S.hama] : [S.exposure, S.biofb], drugs: v === 0 ? [{ code: D.sert, perDay: 1, days: 28 }] : v === 4 ? [{ code: D.sert, perDay: 2, days: 28 }] : [] }));
    d = addDays(d, 7);
  }
  ctl('C22', '创伤后应激/恐怖焦虑门诊暴露治疗+生物反馈疗程', claims, 'legit', '《创伤后应激障碍防治指南》: 延长暴露疗法每周1次共8–12次; 生物反馈为焦虑辅助治疗');
}
// C23 异地就医: an insured of another province treated at the psychiatric hospital where the member's children live
for (let k = 0; k < N; k++) {
  const reg = region(); const other = pick(REGIONS.filter((r) => r.code !== reg)).code; const h = H(reg, 'P3');
  const m = member({ region: other, age: ri(55, 78) });
  const adm = monthStart(1, 10); const nights = ri(25, 40); const dis = addDays(adm, nights);
  const dep = chance(0.5);
  const st = stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [dep ? 'F32.200' : pick(SCZ)], dep ? depPlan() : sczPlan(), { route: 'outpatient' });
  ctl('C23', '异地就医精神科住院(随子女居住地)', [st], 'legit', '《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》(医保发〔2022〕22号): 异地长期居住人员备案后住院直接结算, 执行就医地目录、参保地待遇');
}
// C24 psychiatric inpatient transferred out for pneumonia and back (转出—转回)
for (let k = 0; k < N; k++) {
  const reg = region(); const P = H(reg, k % 3 === 2 ? 'M2' : 'P3'); const G = H(reg, 'G3'); const doc = docOf(P, 'psychiatry');
  const m = member({ region: reg, age: ri(55, 80), chronic: ['F20'] });
  const adm = monthStart(1, 8); const dis = addDays(adm, ri(20, 30));
  const s1 = stay(m, P, 'psychiatry', doc, adm, dis, ['F20.501'], sczPlan({ drugs: [{ code: D.risp, perDay: 2 }] }), { route: 'outpatient', mode: 'transfer' });
  const adm2 = dis; const dis2 = addDays(adm2, ri(7, 10));
  const med = newClaim(m, G, 'internal_medicine', docOf(G, 'internal_medicine'), 'inpatient', { adm: adm2, dis: dis2, dx: ['J18.900', 'F20.501'], route: 'transfer', transferFrom: P.id, mode: 'transfer' });
  admissionLabs(med, adm2, { eeg: false }); add(med, S.crp, adm2, 1);
  for (let i = 0; i < diffDays(adm2, dis2); i++) {
    const d = addDays(adm2, i);
    add(med, S.bed3, d, 1); add(med, S.ipd, d, 1); add(med, i < 3 ? S.n1 : S.n2, d, 1);
    if (i < 7) { add(med, D.ceftri, d, 2); add(med, D.ns, d, 2); add(med, S.ivFirst, d, 1); add(med, S.ivMore, d, 1); add(med, C.ivSet, d, 2); }
    add(med, D.ambroxol, d, 3); add(med, D.risp, d, 2);
    if (i === 0) add(med, S.consult, d, 1);
  }
  const adm3 = dis2; const dis3 = addDays(adm3, ri(14, 25));
  const s3 = stay(m, P, 'psychiatry', doc, adm3, dis3, ['F20.501'], sczPlan({ drugs: [{ code: D.risp, perDay: 2 }], monitorDays: 0, nursing: () => S.n2 }), { route: 'transfer', transferFrom: G.id });
  ctl('C24', '精神科住院并发肺炎转综合医院后转回', [s1, med, s3], 'legit', '《精神障碍诊疗规范(2020年版)》躯体合并症处理: 严重躯体疾病转综合医院, 稳定后转回; 结算清单 离院方式 2 医嘱转院 / 入院途径 3 其他医疗机构转入');
}

// =====================================================================================================================
// ROUTINE: ordinary care of the same institutions
// =====================================================================================================================
for (let k = 0; k < 100; k++) {
  const reg = region(); const t = k % 10; let c;
  if (t === 0 || t === 1) { // short psychiatric stays at every hospital kind
    const h = H(reg, pick(['P3', 'M2', 'G2', 'G3', 'M2'])); const m = member({ region: reg, age: ri(20, 65), chronic: chance(0.5) ? ['F20'] : null });
    const adm = monthStart(1, 10); const dis = addDays(adm, ri(20, 40)); const dep = chance(0.5);
    c = stay(m, h, 'psychiatry', docOf(h, 'psychiatry'), adm, dis, [dep ? pick(['F32.200', 'F32.100', 'F33.100']) : pick(SCZ)], dep ? depPlan() : sczPlan(), { route: chance(0.3) ? 'emergency' : 'outpatient' });
  } else if (t === 2 || t === 3) { // chronic F20 refills
    const h = H(reg, pick(['C1', 'P3', 'M2', 'G2'])); const m = member({ region: reg, age: ri(30, 70), chronic: ['F20'] });
    const rx = stableRx(); const dept = h.kind === 'C1' ? 'general_practice' : 'psych_clinic';
    c = visit(m, h, dept, docOf(h, dept), monthStart(1, 12), ['F20.501'], { vt: 'chronic', drugs: [{ code: rx.code, perDay: rx.perDay, days: 28 }] });
  } else if (t === 4 || t === 5) { // psychiatric outpatient visits
    const h = H(reg, pick(['P3', 'G3', 'G2', 'M2', 'K1'])); const m = member({ region: reg, age: ri(18, 70) });
    const opt = pick([
      { dx: 'F32.100', drugs: [{ code: D.sert, perDay: 1, days: 28 }] }, { dx: 'F41.101', drugs: [{ code: D.escit, perDay: 1, days: 28 }, { code: D.loraz, perDay: 2, days: 7 }] },
      { dx: 'F31.700', drugs: [{ code: D.lith, perDay: 4, days: 28 }] }, { dx: 'F51.000', drugs: [{ code: D.estaz, perDay: 1, days: 7 }] },
      { dx: 'F31.700', drugs: [{ code: D.valp, perDay: 2, days: 28 }, { code: D.quet, perDay: 2, days: 28 }] },
    ]);
    c = visit(m, h, 'psych_clinic', docOf(h, 'psych_clinic'), monthStart(1, 12), [opt.dx], { drugs: opt.drugs, services: chance(0.2) ? [S.hamd] : [] });
  } else if (t === 6) { // pharmacy
    const h = H(reg, 'Y1'); const m = member({ region: reg, age: ri(25, 75) });
    const opt = pick([{ dx: 'F32.100', code: D.sert, q: 28 }, { dx: 'F51.000', code: D.estaz, q: 7 }, { dx: 'F20.501', code: D.risp, q: 56 }, { dx: 'F41.101', code: D.escit, q: 28 }]);
    c = visit(m, h, 'pharmacy', docOf(h, 'pharmacy'), monthStart(1, 12), [opt.dx], { vt: 'pharmacy', drugs: [{ code: opt.code, perDay: 1, days: opt.q }] });
  } else if (t === 7) { // community centre
    const h = H(reg, 'C1'); const m = member({ region: reg, age: ri(40, 80) });
    c = visit(m, h, 'general_practice', docOf(h, 'general_practice'), monthStart(1, 12), [pick(['F51.000', 'F41.101'])], { drugs: [{ code: D.estaz, perDay: 1, days: 7 }] });
  } else if (t === 8) { // private clinic psychotherapy
    const h = H(reg, 'K1'); const m = member({ region: reg, age: ri(18, 50) });
    c = visit(m, h, 'psych_clinic', docOf(h, 'psych_clinic'), monthStart(1, 12), [pick(['F41.200x002', 'F32.100', 'F43.200'])], { services: [S.indiv] });
  } else { // detox or dementia stays of ordinary length
    const h = H(reg, pick(['P3', 'M2'])); const old = chance(0.5);
    const m = member({ region: reg, age: old ? ri(70, 85) : ri(35, 60), gender: old ? undefined : 'M' });
    const adm = monthStart(1, 10); const dis = addDays(adm, ri(14, 25));
    if (old) c = stay(m, h, 'geriatric_psychiatry', docOf(h, 'geriatric_psychiatry'), adm, dis, ['F03.x01', 'R45.100'], { nursing: nursingStd(5), monitorDays: 3, drugs: [{ code: D.quet, perDay: 1 }, { code: D.donep, perDay: 1 }], scales: (i) => (i === 0 ? [S.mmse] : []), labsEvery: 14 });
    else c = stay(m, h, 'addiction', docOf(h, 'addiction'), adm, dis, ['F10.300'], { nursing: nursingStd(4), monitorDays: 4, drugs: [{ code: D.diaz, perDay: (i) => (i < 3 ? 6 : i < 7 ? 4 : i < 10 ? 2 : 0) }, { code: D.vitB, perDay: 3 }], scales: (i) => (i === 0 ? [S.scaleB] : []), labsEvery: 7 });
  }
  label('routine', 'R', '常规诊疗', [c], [c], 'routine');
}

// ---------------------------------------------------------------- settle, group, write
const order = (c) => c.dischargeDate || c.visitDate;
// fund amounts follow each member's year in settlement order
const sorted = CLAIMS.slice().sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : a.claimId < b.claimId ? -1 : 1));
for (const c of sorted) settle(c);
if (GROUPS) {
  const g = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) {
    if (!line.trim()) continue; const o = JSON.parse(line);
    const id = o.claimId; const drg = (o.grouping && o.grouping.drg) || o.drg || (o.group && o.group.drg) || null;
    g[id] = drg;
  }
  for (const c of sorted) if (c.visitType === 'inpatient') { if (!(c.claimId in g)) throw new Error('no grouping for ' + c.claimId); c.reportedGroup = { drg: g[c.claimId], dip: null }; }
}
for (const c of sorted) for (const l of c.items) { if (l.date < (c.admissionDate || c.visitDate) || (c.dischargeDate && l.date > c.dischargeDate)) throw new Error('line outside claim dates ' + c.claimId); }
fs.mkdirSync(OUT, { recursive: true });
const clean = (c) => { const o = {}; for (const k of Object.keys(c)) if (!k.startsWith('_')) o[k] = c[k]; o.items = c.items.map((l) => { const x = Object.assign({}, l); delete x._fen; return x; }); return o; };
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), sorted.map((c) => JSON.stringify(clean(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const kinds = {}; for (const l of LABELS) kinds[l.kind] = (kinds[l.kind] || 0) + 1;
console.error(`claims ${sorted.length}, cases ${LABELS.length} ${JSON.stringify(kinds)}, lines ${sorted.reduce((a, c) => a + c.items.length, 0)}`);
