#!/usr/bin/env node
// blind122 generator: primary care, 门诊统筹 (职工医保门诊共济保障) and 门诊慢特病 at township health centres,
// community health service centres, village clinics, private clinics and designated pharmacies.
// usage: node make-cases.js <outdir> [--catalogue <dir>] [--drg <dir>] [--groups <groups.ndjson>]
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const outDir = args[0];
if (!outDir) throw new Error('usage: make-cases.js <outdir> [--catalogue dir] [--drg dir] [--groups file]');
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const catDir = opt('--catalogue', '/work/wt/base120/rules/catalogue');
const drgDir = opt('--drg', '/work/shared/chs-drg-1.1');
const policyFile = opt('--policies', path.join(catDir, '..', 'benefits', 'policies.json'));
const groupsFile = opt('--groups', null);

// ---------- data ----------
const ROWS = new Map();
for (const f of fs.readdirSync(catDir)) {
  if (!f.endsWith('.json')) continue;
  const j = JSON.parse(fs.readFileSync(path.join(catDir, f), 'utf8'));
  if (!Array.isArray(j.rows)) continue;
  for (const r of j.rows) ROWS.set(r.code, r);
}
const DX = JSON.parse(fs.readFileSync(path.join(drgDir, 'diagnoses.json'), 'utf8'));
const POL = JSON.parse(fs.readFileSync(policyFile, 'utf8'));
const GROUPS = new Map();
if (groupsFile) for (const l of fs.readFileSync(groupsFile, 'utf8').split('\n').filter(Boolean)) { const g = JSON.parse(l); GROUPS.set(g.claimId, g.drg); }

// ---------- rng ----------
let seed = 1220122;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const dow = (s) => D(s).getUTCDay();
const randDate = (from, to) => add(from, ri(0, Math.round((D(to) - D(from)) / 864e5)));
const ageAt = (birth, date) => { const b = D(birth), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- regions, institutions, doctors ----------
const REGIONS = [
  { code: '220100', prov: '22', name: '长春' },
  { code: '370100', prov: '37', name: '济南' },
  { code: '510100', prov: '51', name: '成都' },
];
// kind: township (乡镇卫生院, public L1), community (社区卫生服务中心, public L1), village (村卫生室, L1), clinic (private 诊所, L1),
// pharmacy (定点零售药店), district (public L2 county/district hospital), city (public L3)
const INST_SPEC = [
  ['01', 'township', 1, true, ['general', 'tcm', 'internal']],
  ['02', 'township', 1, true, ['general', 'tcm', 'internal']],
  ['03', 'community', 1, true, ['general', 'tcm']],
  ['04', 'community', 1, true, ['general', 'tcm']],
  ['05', 'village', 1, true, ['general']],
  ['06', 'village', 1, true, ['general']],
  ['07', 'village', 1, true, ['general']],
  ['08', 'clinic', 1, false, ['general']],
  ['09', 'clinic', 1, false, ['general', 'tcm']],
  ['10', 'pharmacy', 1, false, ['pharmacy']],
  ['11', 'pharmacy', 1, false, ['pharmacy']],
  ['12', 'district', 2, true, ['internal', 'respiratory', 'general', 'tcm']],
  ['13', 'city', 3, true, ['internal', 'endocrinology', 'cardiology', 'respiratory', 'neurology']],
];
const INST = {};
for (const r of REGIONS) {
  INST[r.code] = {};
  for (const [n, kind, level, pub, depts] of INST_SPEC) {
    const id = 'H' + r.code + n;
    const docs = {};
    for (const dp of depts) {
      const k = kind === 'village' ? 1 : kind === 'clinic' ? 2 : kind === 'pharmacy' ? 2 : 3;
      docs[dp] = [];
      for (let i = 1; i <= k; i++) docs[dp].push('D' + r.code.slice(0, 4) + n + String(depts.indexOf(dp) + 1) + String(i).padStart(2, '0'));
    }
    INST[r.code][kind] = INST[r.code][kind] || [];
    INST[r.code][kind].push({ id, kind, level, pub, depts, docs, region: r.code, prov: r.prov });
  }
}
const inst = (region, kind, i) => { const a = INST[region][kind]; return i == null ? pick(a) : a[i % a.length]; };
const jiceng = (h) => h.pub && ['township', 'community', 'village'].includes(h.kind); // 政府办基层: 一般诊疗费

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  memberSeq++;
  const gender = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(30, 80);
  const birthDate = add(`${2025 - age - 1}-06-01`, ri(0, 364));
  const region = o.region || pick(REGIONS).code;
  const insuranceType = o.insuranceType || (rnd() < 0.5 ? 'employee' : 'resident');
  const retireAge = gender === 'M' ? 60 : 55;
  const retired = insuranceType === 'employee' && age >= retireAge + 1;
  const cy = retired ? (gender === 'M' ? ri(31, 40) : ri(26, 36)) : insuranceType === 'employee' ? Math.max(1, Math.min(age - 20, ri(3, 25))) : 0;
  return {
    insuredId: 'P122' + String(memberSeq).padStart(6, '0'), gender, birthDate, retired, insuranceType, region,
    chronic: o.chronic || [],
    enrollment: {
      enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(5, 15), lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears: insuranceType === 'employee' ? cy : 0, special: null,
    },
  };
}

// ---------- lines ----------
function row(code) { const r = ROWS.get(code); if (!r) throw new Error('no catalogue row ' + code); return r; }
const fen = (y) => Math.round(y * 100);
// L(code, qty, date, {price (yuan, fraud only), fraud, long})
function L(code, qty, date, o = {}) {
  const r = row(code);
  return { r, code: r.category === 'drug' && r.products ? r.products[0] : r.code, qty, date, priceFen: o.price != null ? fen(o.price) : null, fraud: !!o.fraud, long: !!o.long };
}

// named shortcuts
const C = {
  ybzl: '001102000040001', mzzc: '001102000010001', mbzc: '001109000010001', fzr: '001102000020001',
  zyzc: '001103000010001', bed3: '001105000010001', nurse2: '001201000030001', nurse1: '001201000020001',
  iv1: '001204000010001', ivn: '001204000020001', im: '001204000050001', ivpush: '001204000040001',
  hx_s: '001205000010001', hx_m: '001205000020001', cath: '001206000010001', neb: '001207000010001', o2: '001208000010001',
  glu: '001212000010001', zhenjiu: '001215000010001', tuina: '001216000010001',
  cbc3: '002501010020001', cbc5: '002501010010001', urine: '002501020010001', stool: '002501030010001', lft: '002502010010001',
  rft: '002502020010001', lytes: '002502030010001', lipid: '002502040010001', fbg: '002502050010001', hba1c: '002502050020001',
  crp: '002502080010001', thyroid: '002502180010001', ecg: '003107010010001', cxr: '002202010010001', abdus: '002103010010001',
  umalb: '002502050040001', fundus: '002503010050001', lumbarx: '002202030010001', carotid: '002103010030001', cct: '002301010020001',
  jbjc: '001110000010001', jbxz: '001110000020001',
  zhenci: '004300000010001', dianzhen: '004300000160001', wenzhen: '004300000020001', tiefu: '004300000230001', sanfu: '004300000230002',
  baguan: '004400000040001', jiufa: '004400000010001', xunxi: '004100000060001', bianzheng: '004100000500001', kangfu: '001218000010001', kfpd: '001217000010001',
  // consumables
  syq: 'C14010150100001020350000001', zsq: 'C14010150300001156950000001', syt: 'C14010150500001483520000001', hyb: 'C14020150200001397260000001',
  sz: 'C14020150100001506610000001', dnb: 'C14030150100001569850000001', dng: 'C14030150200001263900000001', xtsz: 'C14060150300001162280000001', whq: 'C14050150200001429150000001',
  // drugs
  amlo: 'XC08CAA512A001', nife: 'XC08CAX503A003', irbe: 'XC09CAE502A001', meto: 'XC07ABM503A001', losa: 'XC09CAL504A001', hctz: 'XC03AAQ501A001',
  metf: 'XA10BAE503A001', glim: 'XA10BBG501A001', acar: 'XA10BFA514A001', sita: 'XA10BHX505A001', glar: 'XA10AEG503B002', lira: 'XA10BJL506B002', nph: 'XA10ACJ502B002',
  asp: 'XB01ACA509A001', ator: 'XC10AAA511A001', ismn: 'XC01DAD501A003', clop: 'XB01ACL502A001', fdsd: 'ZA12BAF510A007', xst: 'ZA12BAX510A001',
  tio: 'XR03BBS510C003', budfor: 'XR03AKB507C003', salb: 'XR03ACS508C003', ambt: 'XR05CBA522A001', gancao: 'XR05DAF509A001', acc: 'XR05CBY509A001',
  lhqw: 'ZA01BAL514A001', blg: 'ZA03BAB510A010', para: 'XN02BED510A001', ibu: 'XM01AEB502A003', osel: 'XJ05AHA508A001',
  amox: 'XJ01CAA501A001', cefur: 'XJ01DCT502A001', azi: 'XJ01FAA503A001', levo: 'XJ01MAZ501A001',
  ceftri: 'XJ01DDT504B002', cefurIV: 'XJ01DCT505B002', aziIV: 'XJ01FAA503B002', levoIV: 'XJ01MAZ501B002', dexa: 'XH02ABD515B002', ambIV: 'XR05CBA522B002',
  ns: 'XB05BBL511B002', glc: 'XB05BAP505B002', gns: 'XB05BBP506B002', budneb: 'XR03BAB508C003',
  ome: 'XA02BCA515A001', lvtm: 'XA02ADL508A001', domp: 'XA03FAD507A001', smec: 'XA07BCM505A006', bifid: 'XA07FAS503A001', lact: 'XA06ADR502A004',
  diclo: 'XM01ABS506A003', cele: 'XM01AHS505A001', zolp: 'XN05CFZ502A001', madopar: 'XN04BAD513A001', lwdh: 'ZA09DAL515A007', nitrof: 'XJ01XEF501A001',
  cough_child: 'XR05XAX507A010', para_child: 'XN02BED510A010', fsks: 'ZA03AAX508A004', calc: 'XA12AXT512A001', alend: 'XM05BAA520A001',
  vitc: 'XA11GAW503A001', coq: 'XC01EBF512A001', ejiao: 'ZA09CAA525F001', camphor: 'XD04AXF511E001', mupi: 'XD06AXM509E001', lido: 'XN01BBL509B002',
  mecob: 'XB03BAJ501A001', epal: 'XA10XAY501A001',
};
for (const k of Object.keys(C)) row(C[k]);

// ---------- claims ----------
const claims = [];
let tmpSeq = 0;
function dxCheck(codes) { for (const c of codes) if (!DX[c]) throw new Error('diagnosis not in chs-drg-1.1: ' + c); }
function mkClaim(m, h, visitType, date, dx, lines, o = {}) {
  dxCheck(dx);
  const dept = o.dept || (h.kind === 'pharmacy' ? 'pharmacy' : h.depts[0]);
  const doctorId = o.doctor || pick(h.docs[dept]);
  const c = {
    _tmp: ++tmpSeq, _m: m, _h: h, _lines: lines, _date: o.discharge || date,
    region: h.region, insuranceType: m.insuranceType, visitType, dept, doctorId, dx, date, discharge: o.discharge || null,
    admissionRoute: o.admissionRoute, dischargeMode: o.dischargeMode,
  };
  claims.push(c);
  return c;
}

// row checks; fraud lines are exempt
function checkClaim(c) {
  const m = c._m, h = c._h, inp = c.visitType === 'inpatient';
  const byDay = new Map(); // legitimate lines only: a fraud line is judged by the checker, not here
  for (const ln of c._lines) { if (ln.fraud) continue; const k = ln.r.code + '|' + ln.date; byDay.set(k, (byDay.get(k) || 0) + ln.qty); }
  const datesOf = new Map();
  for (const ln of c._lines) { if (!datesOf.has(ln.r.code)) datesOf.set(ln.r.code, new Set()); datesOf.get(ln.r.code).add(ln.date); }
  const nights = inp ? Math.round((D(c.discharge) - D(c.date)) / 864e5) : 0;
  for (const ln of c._lines) {
    if (ln.fraud) continue;
    const r = ln.r, where = `${c._tmp} ${r.name} ${ln.date}`;
    if (!Number.isInteger(ln.qty) || ln.qty <= 0) throw new Error('qty ' + where);
    if (r.setting === 'inpatient' && !inp) throw new Error('setting ' + where);
    if (r.setting === 'outpatient' && inp) throw new Error('setting ' + where);
    if (r.minLevel && h.level < r.minLevel) throw new Error('level ' + where);
    if (r.gender && r.gender !== m.gender) throw new Error('gender ' + where);
    const age = ageAt(m.birthDate, ln.date);
    if (r.ageMin != null && age < r.ageMin) throw new Error('ageMin ' + where);
    if (r.ageMax != null && age > r.ageMax) throw new Error('ageMax ' + where);
    if (r.indications && !c.dx.some((d) => r.indications.some((p) => d.startsWith(p)))) throw new Error('indication ' + where);
    if (ln.priceFen != null && ln.priceFen > fen(r.priceCap[String(h.level)])) throw new Error('price ' + where);
    if (r.maxPerDay && (inp || r.category === 'service') && byDay.get(r.code + '|' + ln.date) > r.maxPerDay) throw new Error('maxPerDay ' + where);
    if (r.maxDays) {
      const days = inp ? datesOf.get(r.code).size : ln.qty / (r.supplyPerDay || r.usualPerDay);
      if (days > r.maxDays) throw new Error('maxDays ' + where);
    }
    for (const x of [...(r.includes || []), ...(r.excludes || [])]) if (byDay.has(x + '|' + ln.date)) throw new Error('includes/excludes ' + where + ' ' + x);
    if (inp) {
      if (ln.date < c.date || ln.date > c.discharge) throw new Error('stay dates ' + where);
      if (r.unit === '日' && ln.date === c.discharge) throw new Error('per-day on discharge ' + where);
      if (r.unit === '日' && datesOf.get(r.code).size > nights) throw new Error('days>nights ' + where);
    } else if (ln.date !== c.date) throw new Error('outpatient line date ' + where);
  }
}

// ---------- care templates ----------
// consult line of a visit by institution kind
function consult(h, date, vt) {
  if (vt === 'chronic') return [L(C.mbzc, 1, date)];
  if (h.kind === 'pharmacy') return [];
  if (jiceng(h)) return [L(C.ybzl, 1, date)];
  return [L(C.mzzc, 1, date)];
}
const days = (code, d) => Math.round(row(code).usualPerDay * d);
// chronic drug regimens (30-day quantities scale with days)
const REG = {
  I10: [[C.amlo, 1], [C.nife, 1], [C.irbe, 1], [C.losa, 1], [C.meto, 2]],
  E11: [[C.metf, 3], [C.glim, 1], [C.acar, 3]],
  I25: [[C.asp, 1], [C.ator, 1], [C.ismn, 1]],
  I69: [[C.asp, 1], [C.ator, 1]],
  J44: [[C.tio, null], [C.budfor, null]],
  E78: [[C.ator, 1]],
  G20: [[C.madopar, 3]],
};
const CHRONIC_DX = { I10: 'I10.x00', E11: 'E11.900', I25: 'I25.100', I69: 'I69.300', J44: 'J44.900', E78: 'E78.500', G20: 'G20.x00' };
function regimen(dis, d, date, n = 2, o = {}) {
  const opts = REG[dis].slice();
  const out = [];
  for (let i = 0; i < Math.min(n, opts.length); i++) {
    const [code, per] = i === 0 && o.first ? o.first : opts.splice(ri(0, opts.length - 1), 1)[0];
    let q;
    if (code === C.tio || code === C.budfor) q = Math.max(1, Math.round(d / 30));
    else q = Math.round((per || row(code).usualPerDay) * d);
    out.push(L(code, q, date, { long: o.long, fraud: o.fraud }));
  }
  return out;
}
const ACUTE = {
  J06: { dx: 'J06.900', drugs: [[C.lhqw, 12], [C.para, 3], [C.blg, 3]] },
  J02: { dx: 'J02.900', drugs: [[C.blg, 3], [C.para, 3]] },
  J20: { dx: 'J20.900', drugs: [[C.ambt, 3], [C.gancao, 9], [C.acc, 2]] },
  K29: { dx: 'K29.700', drugs: [[C.ome, 2], [C.lvtm, 6], [C.domp, 3]] },
  A09: { dx: 'A09.900', drugs: [[C.smec, 3], [C.bifid, 6]] },
  M54: { dx: 'M54.500', drugs: [[C.diclo, 1]] },
  M17: { dx: 'M17.900', drugs: [[C.cele, 2]] },
  N39: { dx: 'N39.000', drugs: [[C.nitrof, 4]] },
  K59: { dx: 'K59.000', drugs: [[C.lact, 2]] },
  G47: { dx: 'G47.000', drugs: [[C.zolp, 1]] },
  J11: { dx: 'J11.100', drugs: [[C.osel, 2], [C.para, 3]] },
};
function acute(key, d, date, n = 2) {
  const a = ACUTE[key]; const opts = a.drugs.slice(); const out = [];
  for (let i = 0; i < Math.min(n, opts.length); i++) { const [code, per] = opts.splice(ri(0, opts.length - 1), 1)[0]; out.push(L(code, Math.round(per * d), date)); }
  return out;
}
// one outpatient infusion day (drugs + consumables; fees by flag)
function infusionDay(date, drugs, groups, o = {}) {
  const out = drugs.map(([code, q]) => L(code, q, date, { fraud: o.fraud }));
  out.push(L(C.syq, 1, date, { fraud: o.fraud }), L(C.zsq, 2, date, { fraud: o.fraud }), L(C.syt, 2, date, { fraud: o.fraud }));
  if (o.fees) { out.push(L(C.iv1, 1, date, { fraud: o.feeFraud || o.fraud })); if (groups > 1) out.push(L(C.ivn, groups - 1, date, { fraud: o.feeFraud || o.fraud })); }
  return out;
}
// an inpatient stay (pneumonia / COPD exacerbation) at a township (L1) or district (L2) hospital
function stay(m, h, adm, nights, kind) {
  const dis = add(adm, nights);
  const dx = kind === 'copd' ? ['J44.100', 'J44.900'] : ['J18.900'];
  if (m.chronic.includes('I10') || rnd() < 0.3) dx.push('I10.x00');
  const lines = [];
  for (let i = 0; i < nights; i++) {
    const d = add(adm, i);
    lines.push(L(C.bed3, 1, d), L(C.nurse2, 1, d), L(C.zyzc, 1, d));
    if (i < Math.min(nights, 7)) {
      lines.push(L(C.ceftri, 2, d), L(C.ns, 2, d), L(C.iv1, 1, d), L(C.ivn, 1, d), L(C.syq, 1, d));
      if (kind === 'copd') lines.push(L(C.budneb, 2, d), L(C.neb, 2, d));
      else lines.push(L(C.ambIV, 2, d));
    }
  }
  lines.push(L(C.cbc3, 1, adm), L(C.crp, 1, adm), L(C.lft, 1, adm), L(C.rft, 1, adm), L(C.lytes, 1, adm), L(C.cxr, 1, adm), L(C.ecg, 1, adm));
  lines.push(L(C.cbc3, 1, add(adm, Math.min(nights - 1, 4))));
  lines.push(L(C.ambt, 21, dis));
  return mkClaim(m, h, 'inpatient', adm, dx, lines, { discharge: dis, dept: h.depts.includes('respiratory') ? 'respiratory' : h.depts.includes('internal') ? 'internal' : h.depts[0], admissionRoute: 'outpatient', dischargeMode: 'ordered' });
}
const out = (m, h, date, dx, lines, o = {}) => mkClaim(m, h, o.vt || (h.kind === 'pharmacy' ? 'pharmacy' : 'outpatient'), date, dx, [...(o.noConsult ? [] : consult(h, date, o.vt || 'outpatient')), ...lines], o);

// ---------- cases ----------
const cases = [];
let caseSeq = 0;
function addCase(kind, code, name, claimList, targets, mutated, typology, variant) {
  caseSeq++;
  cases.push({ caseId: 'B122-' + String(caseSeq).padStart(4, '0'), kind, code, name, _claims: claimList, _targets: targets, _mut: mutated, typology, variant });
}
// mutated: array of [claim, lines] where lines default to the claim's fraud lines
const fraudOf = (c) => [c, c._lines.filter((l) => l.fraud)];
const regionOf = (i) => REGIONS[i % 3].code;
const variantOf = (i) => (i % 2 === 0 ? 'overt' : 'careful');
const weekday = (s) => { let d = s; while (dow(d) === 0 || dow(d) === 6) d = add(d, 1); return d; };

// T01 虚构诊疗: village clinic / private clinic keeps members' cards and swipes them for visits that never happened
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, i % 4 === 3 ? 'clinic' : 'village', i);
  const m = member({ region, age: ri(66, 84), insuranceType: 'resident', chronic: [] });
  const cl = [];
  // a genuine visit first
  const d0 = randDate('2025-03-01', '2025-06-30');
  cl.push(out(m, h, d0, ['I10.x00'], regimen('I10', 14, d0, 1)));
  const phantom = [];
  let d = add(d0, ri(20, 40));
  const n = v === 'overt' ? ri(9, 12) : ri(5, 6);
  const tmpl = [[C.fdsd, 30 * 10], [C.amlo, 10]];
  for (let k = 0; k < n; k++) {
    const lines = v === 'overt'
      ? tmpl.map(([c, q]) => L(c, q, d))
      : [L(pick([C.amlo, C.nife]), ri(10, 14), d), ...(rnd() < 0.5 ? [L(C.fdsd, 30 * ri(7, 10), d)] : [])];
    phantom.push(out(m, h, d, ['I10.x00'], lines));
    d = add(d, v === 'overt' ? ri(2, 4) : ri(12, 17));
  }
  cl.push(...phantom);
  addCase('fraud', 'T01', '虚构诊疗（留存参保人医保卡空刷、虚记就诊）', cl, phantom, [], 'T01', v);
}

// T02 虚构诊疗: village/community visits billed while the member lay in a district hospital ward
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const m = member({ region, age: ri(62, 85), insuranceType: pick(['resident', 'resident', 'employee']) });
  const hosp = inst(region, 'district');
  const adm = randDate('2025-02-01', '2025-11-10'); const nights = ri(7, 11);
  const s = stay(m, hosp, adm, nights, rnd() < 0.5 ? 'copd' : 'pneumonia');
  const h = inst(region, pick(['village', 'village', 'community', 'clinic']), i);
  const phantom = [];
  const k = v === 'overt' ? ri(3, 5) : 1;
  for (let j = 0; j < k; j++) {
    const d = add(adm, v === 'overt' ? 1 + j * 2 : ri(2, nights - 2));
    phantom.push(out(m, h, d, ['I10.x00'], v === 'overt' ? [L(C.amlo, 14, d), L(C.fdsd, 300, d), L(C.lhqw, 36, d)] : regimen('I10', 30, d, 1)));
  }
  addCase('fraud', 'T02', '虚构诊疗（参保人住院期间基层机构虚记门诊）', [s, ...phantom], phantom, [], 'T02', v);
}

// T03 串换药品: pharmacy bills non-covered goods (保健品、日用品、化妆品) as covered drugs
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, 'pharmacy', i);
  const cl = [];
  if (v === 'overt') {
    const m = member({ region, age: ri(35, 70) });
    const d = randDate('2025-02-01', '2025-12-15');
    const dxk = pick(['J06', 'K29', 'J02']);
    const lines = [...acute(dxk, 3, d, 1), L(C.xst, ri(180, 300), d, { fraud: true }), L(C.lwdh, ri(720, 1440), d, { fraud: true })];
    cl.push(out(m, h, d, [ACUTE[dxk].dx], lines));
  } else {
    // young member, a heart diagnosis the pharmacy chose, heart 中成药 monthly
    const m = member({ region, age: ri(24, 34), gender: 'F', insuranceType: 'employee' });
    let d = randDate('2025-02-01', '2025-06-30');
    for (let k = 0; k < 3; k++) { cl.push(out(m, h, d, ['I25.900'], [L(C.fdsd, 30 * 30, d, { fraud: true }), L(C.xst, 180, d, { fraud: true })])); d = add(d, ri(28, 35)); }
  }
  addCase('fraud', 'T03', '串换药品（定点药店将非医保商品串换为医保药品结算）', cl, cl, cl.map(fraudOf), 'T03', v);
}

// T04 串换项目: 冬病夏治三伏贴 (丙类, self-paid) billed as the covered 穴位贴敷治疗
const SANFU = ['2025-07-20', '2025-07-30', '2025-08-19'];
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, pick(['township', 'community']), i);
  const m = member({ region, age: ri(8, 75) });
  const cl = [];
  for (const fu of SANFU) {
    const dx = v === 'overt' ? pick(['Z00.000', 'J06.900']) : pick(['J45.900', 'J30.400', 'J44.900']);
    cl.push(out(m, h, fu, [dx], [L(C.tiefu, ri(6, 10), fu, { fraud: true })], { dept: 'tcm' }));
  }
  addCase('fraud', 'T04', '串换诊疗项目（三伏贴等自费项目串换为医保穴位贴敷结算）', cl, cl, cl.map(fraudOf), 'T04', v);
}

// T05 超量开药: one prescription far beyond 7 days (acute) / 4 weeks (chronic) without a 长处方
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, pick(['village', 'clinic', 'township', 'community']), i);
  const m = member({ region, age: ri(45, 80) });
  const d = randDate('2025-01-10', '2025-12-10');
  let c;
  if (v === 'overt') {
    if (i % 4 === 0) c = out(m, h, d, ['J02.900'], [L(C.amox, 6 * 30, d, { fraud: true }), L(C.blg, 90, d, { fraud: true })]);
    else c = out(m, h, d, ['I10.x00'], regimen('I10', 180, d, 2, { fraud: true }));
  } else {
    c = out(m, h, d, ['I10.x00', 'E78.500'], [...regimen('I10', 60, d, 1, { fraud: true }), L(C.ator, 60, d, { fraud: true })]);
  }
  addCase('fraud', 'T05', '超量开药（单次处方超出7日/4周用量且非长处方）', [c], [c], [fraudOf(c)], 'T05', v);
}

// T06 重复开药/囤药: the same chronic drug filled again and again across institutions long before the last supply ran out
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const m = member({ region, age: ri(55, 80), insuranceType: 'employee', chronic: ['I10'] });
  const places = [inst(region, 'community', i), inst(region, 'pharmacy', i), inst(region, 'village', i), inst(region, 'pharmacy', i + 1)];
  let d = randDate('2025-01-10', '2025-05-31');
  const cl = [], tg = [], mut = [];
  const n = v === 'overt' ? ri(5, 6) : ri(6, 7);
  const drug = pick([C.amlo, C.nife, C.irbe]);
  for (let k = 0; k < n; k++) {
    const h = places[k % places.length];
    const c = out(m, h, d, ['I10.x00'], [L(drug, 30, d, { fraud: k > 0 })]);
    cl.push(c); if (k > 0) { tg.push(c); mut.push(fraudOf(c)); }
    d = add(d, v === 'overt' ? ri(6, 10) : ri(17, 21));
  }
  addCase('fraud', 'T06', '重复开药（多机构轮换开具同一慢病药品囤药/倒卖）', cl, tg, mut, 'T06', v);
}

// T07 慢特病: drugs settled as 门诊慢特病 for a member without the approved disease, or outside the approved scope
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, pick(['community', 'township', 'district']), i);
  const cl = [], mut = [];
  if (v === 'overt') {
    const m = member({ region, age: ri(50, 78), chronic: [] });
    let d = randDate('2025-02-01', '2025-09-30');
    for (let k = 0; k < 2; k++) { const c = out(m, h, d, ['E11.900'], regimen('E11', 30, d, 2, { fraud: true }), { vt: 'chronic' }); cl.push(c); mut.push(fraudOf(c)); d = add(d, ri(28, 33)); }
  } else {
    const m = member({ region, age: ri(50, 78), chronic: ['I10'] });
    const d = randDate('2025-02-01', '2025-11-30');
    const lines = [...regimen('I10', 30, d, 1), L(C.metf, 90, d, { fraud: true }), L(C.acar, 90, d, { fraud: true })];
    const c = out(m, h, d, ['I10.x00', 'E11.900'], lines, { vt: 'chronic' }); cl.push(c); mut.push(fraudOf(c));
  }
  addCase('fraud', 'T07', '门诊慢特病超认定病种/无认定资格结算', cl, cl, mut, 'T07', v);
}

// T08 一般诊疗费 重复收费: 一般诊疗费 with 诊察费 (overt) or with the injection/infusion fees it already includes (careful)
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, pick(['township', 'community', 'village']), i);
  const m = member({ region, age: ri(20, 80) });
  const d = randDate('2025-01-10', '2025-12-20');
  let c;
  if (v === 'overt') {
    const k = pick(['J06', 'K29', 'J02', 'M54']);
    c = out(m, h, d, [ACUTE[k].dx], [L(C.mzzc, 1, d, { fraud: true }), ...acute(k, 5, d)]);
  } else if (i % 4 === 1) {
    c = out(m, h, d, ['J18.900'], [L(C.cbc3, 1, d), L(C.crp, 1, d), ...infusionDay(d, [[C.ceftri, 2], [C.ns, 2]], 2, { fees: true, feeFraud: true })]);
  } else {
    c = out(m, h, d, ['M54.500'], [L(C.diclo, 7, d), L(C.lido, 2, d), L(C.im, 1, d, { fraud: true })]);
  }
  addCase('fraud', 'T08', '一般诊疗费重复收费（另收诊察费/注射输液费）', [c], [c], [fraudOf(c)], 'T08', v);
}

// T09 分解就诊: one visit settled as two or three to bill 一般诊疗费 again and keep each settlement small
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, pick(['village', 'township', 'community']), i);
  const m = member({ region, age: ri(55, 82), insuranceType: 'resident' });
  const d = randDate('2025-01-10', '2025-12-10');
  const parts = v === 'overt' ? 3 : 2;
  const cl = [];
  const pieces = [[L(C.amlo, 14, 0)], [L(C.fdsd, 300, 0)], [L(C.lhqw, 24, 0), L(C.para, 6, 0)]];
  for (let k = 0; k < parts; k++) {
    const dd = v === 'overt' ? d : add(d, k);
    const lines = pieces[k].map((l) => L(l.r.code, l.qty, dd));
    cl.push(out(m, h, dd, k === 2 ? ['J06.900', 'I10.x00'] : ['I10.x00'], lines));
  }
  addCase('fraud', 'T09', '分解就诊（一次就诊拆分多次结算、重复收取一般诊疗费）', cl, cl.slice(1), [], 'T09', v);
}

// T10 输液不指征: infusions (antibiotic, steroid) for a common cold, viral pharyngitis or acute bronchitis
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, v === 'overt' ? 'clinic' : pick(['township', 'village']), i);
  const m = member({ region, age: ri(18, 70) });
  const d0 = randDate('2025-01-05', '2025-12-10');
  const cl = [];
  const nd = v === 'overt' ? 3 : 1;
  for (let k = 0; k < nd; k++) {
    const d = add(d0, k);
    const drugs = v === 'overt' ? [[C.ceftri, 2], [C.dexa, 2], [C.ns, 2], [C.glc, 1]] : [[C.aziIV, 1], [C.gns, 1]];
    const dx = v === 'overt' ? ['J06.900'] : ['J20.900'];
    const lines = [...infusionDay(d, drugs, drugs.length - (v === 'overt' ? 1 : 0), { fees: !jiceng(h), fraud: true })];
    cl.push(out(m, h, d, dx, lines, { noConsult: k > 0 }));
  }
  addCase('fraud', 'T10', '无指征输液（普通感冒/急性支气管炎静脉输注抗菌药、激素）', cl, cl, cl.map(fraudOf), 'T10', v);
}

// T11 检查不指征: test panels on minor acute visits (overt) or monthly repeats on a stable chronic refill (careful)
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, pick(['township', 'clinic', 'community']), i);
  const m = member({ region, age: ri(30, 75) });
  const cl = [];
  if (v === 'overt') {
    const d = randDate('2025-01-05', '2025-12-15');
    const k = pick(['J06', 'J02', 'K29']);
    const tests = [C.lft, C.rft, C.lipid, C.ecg, C.abdus, C.thyroid, C.urine].map((t) => L(t, 1, d, { fraud: true }));
    cl.push(out(m, h, d, [ACUTE[k].dx], [...acute(k, 3, d), L(C.cbc3, 1, d), ...tests]));
  } else {
    let d = randDate('2025-02-01', '2025-06-30');
    for (let k = 0; k < 4; k++) {
      cl.push(out(m, h, d, ['I10.x00'], [L(C.amlo, 30, d), L(C.ecg, 1, d, { fraud: true }), L(C.lipid, 1, d, { fraud: true }), L(C.rft, 1, d, { fraud: true }), L(C.lft, 1, d, { fraud: true })]));
      d = add(d, ri(28, 32));
    }
  }
  addCase('fraud', 'T11', '无指征检查（基层门诊套餐式、重复检查检验）', cl, cl, cl.map(fraudOf), 'T11', v);
}

// T12 年底突击刷卡: the rest of a resident's annual 门诊统筹 quota spent in late December on drugs nobody needed
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, pick(['village', 'pharmacy', 'clinic']), i);
  const m = member({ region, age: ri(55, 85), insuranceType: 'resident' });
  const d = randDate('2025-12-18', '2025-12-30');
  let c;
  if (v === 'overt') {
    const lines = [L(C.fdsd, 1800, d, { fraud: true }), L(C.xst, 240, d, { fraud: true }), L(C.lwdh, 2880, d, { fraud: true }), L(C.lhqw, 144, d, { fraud: true }), L(C.calc, 120, d, { fraud: true })];
    c = out(m, h, d, ['R53.x00'], lines);
  } else {
    c = out(m, h, d, ['I10.x00', 'E78.500'], [L(C.irbe, 90, d, { fraud: true }), L(C.nife, 90, d, { fraud: true }), L(C.ator, 90, d, { fraud: true }), L(C.xst, 360, d, { fraud: true })]);
  }
  addCase('fraud', 'T12', '年底突击使用门诊统筹额度（诱导/代刷卡消费剩余限额）', [c], [c], [fraudOf(c)], 'T12', v);
}

// T13 超标准收费: private clinics charge above the price cap
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, 'clinic', i);
  const m = member({ region, age: ri(20, 75) });
  const d = randDate('2025-01-05', '2025-12-20');
  const f = v === 'overt' ? 1.8 : 1.15;
  const k = pick(['M54', 'J06', 'K29']);
  const lines = [L(C.mzzc, 1, d, { price: row(C.mzzc).priceCap['1'] * f, fraud: true }), ...acute(k, 3, d, 1)];
  if (k === 'M54') lines.push(L(C.zhenjiu, 1, d, { price: row(C.zhenjiu).priceCap['1'] * f, fraud: true }), L(C.tuina, 1, d));
  else lines.push(L(C.cbc3, 1, d, { price: row(C.cbc3).priceCap['1'] * f, fraud: true }));
  const c = out(m, h, d, [ACUTE[k].dx], lines, { noConsult: true, dept: k === 'M54' && h.depts.includes('tcm') ? 'tcm' : 'general' });
  addCase('fraud', 'T13', '超标准收费（民营诊所诊察费、治疗、检验高于限价）', [c], [c], [fraudOf(c)], 'T13', v);
}

// T14 中医/理疗多记: included or excess TCM units (overt) / a daily course with no day off that the patient did not attend (careful)
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, pick(['township', 'village', 'clinic']), i);
  const m = member({ region, age: ri(40, 78) });
  const cl = [], mut = [];
  if (v === 'overt') {
    let d = randDate('2025-02-01', '2025-11-20');
    for (let k = 0; k < 3; k++) {
      const c = out(m, h, d, ['M54.500'], [L(C.zhenci, 1, d, { fraud: true }), L(C.dianzhen, 3, d), L(C.baguan, 5, d), L(C.tuina, 1, d)], { dept: h.depts.includes('tcm') ? 'tcm' : h.depts[0] });
      cl.push(c); mut.push(fraudOf(c)); d = add(d, ri(2, 3));
    }
    addCase('fraud', 'T14', '中医治疗重复计费/虚记次数（电针另收普通针刺、每日不间断疗程）', cl, cl, mut, 'T14', v);
  } else {
    const d0 = randDate('2025-03-01', '2025-10-31');
    for (let k = 0; k < 21; k++) {
      const d = add(d0, k);
      cl.push(out(m, h, d, ['M54.500'], [L(C.zhenci, 1, d), L(C.baguan, 3, d), L(C.tuina, 1, d)], { dept: h.depts.includes('tcm') ? 'tcm' : h.depts[0], noConsult: k > 0 && k % 7 !== 0 }));
    }
    addCase('fraud', 'T14', '中医治疗重复计费/虚记次数（电针另收普通针刺、每日不间断疗程）', cl, cl, [], 'T14', v);
  }
}

// T15 住院期间门诊统筹结算: the township bills outpatient pooling for the member while he lies in its own ward
for (let i = 0; i < 15; i++) {
  const v = variantOf(i), region = regionOf(i);
  const h = inst(region, 'township', i);
  const m = member({ region, age: ri(60, 85), insuranceType: pick(['resident', 'employee']), chronic: [] });
  const adm = randDate('2025-02-01', '2025-11-10'); const nights = ri(6, 10);
  const s = stay(m, h, adm, nights, rnd() < 0.5 ? 'copd' : 'pneumonia');
  const cl = [s], tg = [], mut = [];
  const k = v === 'overt' ? 2 : 1;
  for (let j = 0; j < k; j++) {
    const d = add(adm, v === 'overt' ? 2 + j * 2 : ri(2, nights - 1));
    const lines = v === 'overt'
      ? [L(C.ceftri, 4, d, { fraud: true }), L(C.ambt, 30, d, { fraud: true }), L(C.cbc3, 1, d, { fraud: true })]
      : [L(C.amlo, 30, d, { fraud: true }), L(C.ator, 30, d, { fraud: true })];
    const c = out(m, h, d, v === 'overt' ? ['J18.900'] : ['I10.x00'], lines, { dept: 'general' });
    cl.push(c); tg.push(c); mut.push(fraudOf(c));
  }
  addCase('fraud', 'T15', '住院期间发生门诊统筹结算（费用转移至门诊）', cl, tg, mut, 'T15', v);
}

// ---------- controls ----------
const ctrl = (code, name, cl, typ) => addCase('control', code, name, cl, cl, [], typ, 'control');

// C01 family doctor: weekly visits for a frail, signed (签约) elder
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, pick(['community', 'township']), i);
  const m = member({ region, age: ri(78, 92), insuranceType: pick(['resident', 'employee']) });
  let d = weekday(randDate('2025-01-06', '2025-08-31'));
  const cl = [];
  for (let k = 0; k < ri(6, 9); k++) {
    const lines = k % 3 === 0 ? [...regimen('I10', 21, d, 1, { first: [C.amlo, 1] }), L(C.glu, 1, d)] : [L(C.glu, 1, d), ...(rnd() < 0.5 ? [L(C.lact, 14, d)] : [])];
    cl.push(out(m, h, d, ['I10.x00', 'R53.x00', ...(k % 2 ? ['K59.000'] : [])], lines, { doctor: h.docs.general[0] }));
    d = weekday(add(d, 7));
  }
  ctrl('C01', '家庭医生签约：失能高龄老人每周随访', cl, 'T01,T09');
}
// C02 长处方: 12 weeks for stable hypertension / diabetes at a community centre
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'community', i);
  const dis = i % 2 ? 'E11' : 'I10';
  const m = member({ region, age: ri(55, 80), chronic: [dis] });
  const d = randDate('2025-01-06', '2025-09-30');
  const vt = i % 3 === 0 ? 'outpatient' : 'chronic';
  const c = out(m, h, d, [CHRONIC_DX[dis]], regimen(dis, 84, d, 2, { long: true }), { vt });
  const d2 = add(d, ri(80, 84));
  const c2 = out(m, h, d2, [CHRONIC_DX[dis]], regimen(dis, 84, d2, 2, { long: true }), { vt });
  ctrl('C02', '长处方：病情稳定慢病12周用量', [c, c2], 'T05,T06');
}
// C03 community-acquired pneumonia: a 5-day infusion course at a township centre after X-ray and blood count
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'township', i);
  const m = member({ region, age: ri(60, 85) });
  const d0 = randDate('2025-01-05', '2025-12-10');
  const cl = [];
  for (let k = 0; k < 5; k++) {
    const d = add(d0, k);
    const lines = infusionDay(d, [[C.ceftri, 2], [C.ns, 2]], 2, { fees: false });
    if (k === 0) lines.push(L(C.cbc3, 1, d), L(C.crp, 1, d), L(C.cxr, 1, d));
    if (k === 4) lines.push(L(C.cbc3, 1, d), L(C.ambt, 21, d));
    cl.push(out(m, h, d, ['J18.900'], lines, { noConsult: k > 0 }));
  }
  ctrl('C03', '社区获得性肺炎：乡镇卫生院门诊5日静脉抗感染疗程', cl, 'T10,T08');
}
// C04 家庭病床 / home visits for a bedbound stroke survivor: bed set-up, weekly rounds, catheter change, dressing
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, pick(['community', 'township']), i);
  const m = member({ region, age: ri(70, 90), chronic: ['I69'] });
  let d = weekday(randDate('2025-01-06', '2025-08-31'));
  const cl = [];
  for (let k = 0; k < 6; k++) {
    const lines = [L(k === 0 ? C.jbjc : C.jbxz, 1, d)];
    if (k % 2 === 0) lines.push(L(C.cath, 1, d), L(C.dnb, 1, d), L(C.dng, 1, d));
    if (k % 2 === 1) lines.push(L(C.hx_s, 1, d), L(C.hyb, 1, d));
    if (k === 0 || k === 4) lines.push(...regimen('I69', 28, d, 2));
    cl.push(out(m, h, d, ['I69.300', 'N39.000', 'L89.900'], lines, { noConsult: true, doctor: h.docs.general[0] }));
    d = weekday(add(d, 7));
  }
  ctrl('C04', '家庭病床/上门服务：卧床脑卒中后遗症每周巡诊换管换药', cl, 'T01,T14');
}
// C05 a household seen together: three members with influenza at a village clinic the same day
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'village', i);
  const d = randDate('2025-01-02', '2025-03-15');
  const fam = [member({ region, age: ri(35, 45), insuranceType: 'resident', gender: 'M' }), member({ region, age: ri(33, 43), insuranceType: 'resident', gender: 'F' }), member({ region, age: ri(60, 72), insuranceType: 'resident' })];
  const cl = fam.map((m) => out(m, h, d, ['J11.100'], [L(C.osel, 10, d), L(C.para, 9, d)]));
  ctrl('C05', '同户多人同日就诊：家庭聚集性流感', cl, 'T01');
}
// C06 a member approved for two 慢特病 (hypertension and diabetes) fills both on one chronic claim
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, pick(['community', 'township', 'district']), i);
  const m = member({ region, age: ri(52, 80), chronic: ['I10', 'E11'] });
  let d = randDate('2025-01-06', '2025-10-31');
  const cl = [];
  for (let k = 0; k < 2; k++) { cl.push(out(m, h, d, ['E11.900', 'I10.x00'], [...regimen('I10', 30, d, 1), ...regimen('E11', 30, d, 2)], { vt: 'chronic' })); d = add(d, ri(28, 31)); }
  ctrl('C06', '两种认定慢特病（高血压+糖尿病）同次结算', cl, 'T07');
}
// C07 township infusion billed correctly: 一般诊疗费 covers the infusion fee; COPD exacerbation
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'township', i);
  const m = member({ region, age: ri(60, 85), chronic: ['J44'] });
  const d0 = randDate('2025-01-05', '2025-12-10');
  const cl = [];
  for (let k = 0; k < 3; k++) {
    const d = add(d0, k);
    const lines = infusionDay(d, [[C.levoIV, 1], [C.ambIV, 2], [C.ns, 1]], 2, { fees: false });
    if (k === 0) lines.push(L(C.cbc3, 1, d), L(C.crp, 1, d));
    cl.push(out(m, h, d, ['J44.100', 'J44.900'], lines, { noConsult: k > 0 }));
  }
  ctrl('C07', '乡镇卫生院输液按一般诊疗费收费（不另收输液费）', cl, 'T08,T10');
}
// C08 private clinic (not 政府办基层, no 一般诊疗费): 诊察费 + infusion fees, bacterial tonsillitis
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'clinic', i);
  const m = member({ region, age: ri(18, 60) });
  const d0 = randDate('2025-01-05', '2025-12-10');
  const cl = [];
  for (let k = 0; k < 3; k++) {
    const d = add(d0, k);
    const lines = infusionDay(d, [[C.cefurIV, 2], [C.ns, 1]], 1, { fees: true });
    if (k === 0) lines.push(L(C.cbc3, 1, d), L(C.crp, 1, d));
    cl.push(out(m, h, d, ['J03.900'], lines, { noConsult: k > 0 }));
  }
  ctrl('C08', '民营诊所收取诊察费及输液费（不适用一般诊疗费）', cl, 'T08');
}
// C09 two unrelated visits on one day at two institutions
for (let i = 0; i < 15; i++) {
  const region = regionOf(i);
  const m = member({ region, age: ri(40, 75) });
  const d = randDate('2025-01-05', '2025-12-10');
  const a = out(m, inst(region, 'community', i), d, ['I10.x00'], regimen('I10', 28, d, 1));
  const b = out(m, inst(region, 'clinic', i), d, ['S61.900'], [L(C.hx_s, 1, d), L(C.hyb, 1, d), L(C.mupi, 1, d)]);
  ctrl('C09', '同日两家机构就诊不同疾病（慢病取药+手部外伤换药）', [a, b], 'T09,T01');
}
// C10 monthly pharmacy refills on time
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'pharmacy', i);
  const m = member({ region, age: ri(55, 80), insuranceType: 'employee' });
  let d = randDate('2025-01-05', '2025-05-31'); const cl = [];
  const drug = pick([C.amlo, C.irbe, C.nife]);
  for (let k = 0; k < 6; k++) { cl.push(out(m, h, d, ['I10.x00'], [L(drug, 30, d)])); d = add(d, ri(28, 32)); }
  ctrl('C10', '定点药店按月续购慢病药（按时取药）', cl, 'T06');
}
// C11 a 长处方 in late December before a long Spring Festival stay away
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'community', i);
  const dis = pick(['I10', 'E11']);
  const m = member({ region, age: ri(55, 80), insuranceType: 'resident', chronic: [dis] });
  const d = randDate('2025-12-15', '2025-12-29');
  const c = out(m, h, d, [CHRONIC_DX[dis]], regimen(dis, 56, d, 2, { long: true }), { vt: 'chronic' });
  ctrl('C11', '春节返乡前年末开具长处方（8周）', [c], 'T12,T05');
}
// C12 三伏贴 billed correctly under its 丙 code (self-paid)
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, pick(['township', 'community']), i);
  const m = member({ region, age: ri(6, 75) });
  const cl = SANFU.map((fu) => out(m, h, fu, [pick(['J45.900', 'J30.400', 'J44.900'])], [L(C.sanfu, ri(6, 10), fu)], { dept: 'tcm' }));
  ctrl('C12', '三伏贴按自费（丙类）项目结算', cl, 'T04');
}
// C13 approved diabetic on insulin and a GLP-1: high-cost but in scope
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, pick(['district', 'city', 'community']), i);
  const m = member({ region, age: ri(40, 70), chronic: ['E11'] });
  let d = randDate('2025-01-05', '2025-09-30'); const cl = [];
  for (let k = 0; k < 3; k++) {
    cl.push(out(m, h, d, ['E11.900'], [L(C.glar, 3, d), L(C.lira, 3, d), L(C.metf, 90, d), L(C.xtsz, 50, d), ...(k === 0 ? [L(C.hba1c, 1, d)] : [])], { vt: 'chronic', dept: h.depts.includes('endocrinology') ? 'endocrinology' : h.depts[0] }));
    d = add(d, ri(28, 31));
  }
  ctrl('C13', '认定糖尿病慢特病：胰岛素+GLP-1高费用用药', cl, 'T07,T03');
}
// C14 approved COPD: three months of inhalers under a 长处方
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, pick(['community', 'township', 'district']), i);
  const m = member({ region, age: ri(60, 82), chronic: ['J44'] });
  const d = randDate('2025-01-05', '2025-10-31');
  const c = out(m, h, d, ['J44.900'], [L(C.tio, 3, d, { long: true }), L(C.budfor, 3, d, { long: true }), L(C.salb, 1, d)], { vt: 'chronic' });
  ctrl('C14', '认定慢阻肺：吸入剂3个月长处方', [c], 'T05');
}
// C15 village influenza cluster: many villagers over two days, the same oseltamivir prescription
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'village', i);
  const d = randDate('2025-01-02', '2025-02-28');
  const cl = [];
  for (let k = 0; k < 6; k++) { const m = member({ region, age: ri(8, 80), insuranceType: 'resident' }); const dd = add(d, k % 2); cl.push(out(m, h, dd, ['J11.100'], [L(C.osel, 10, dd), L(ageAt(m.birthDate, dd) < 12 ? C.para_child : C.para, 9, dd)])); }
  ctrl('C15', '村卫生室流感聚集：两日内多名村民相同处方', cl, 'T01');
}
// C16 diabetic annual complication screening and quarterly HbA1c
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'community', i);
  const m = member({ region, age: ri(45, 78), chronic: ['E11'] });
  let d = randDate('2025-01-05', '2025-03-31'); const cl = [];
  for (let k = 0; k < 3; k++) {
    const lines = [...regimen('E11', 30, d, 2, { first: [C.metf, 3] }), L(C.hba1c, 1, d), L(C.fbg, 1, d)];
    if (k === 0) lines.push(L(C.lipid, 1, d), L(C.rft, 1, d), L(C.lft, 1, d), L(C.umalb, 1, d), L(C.fundus, 1, d), L(C.ecg, 1, d));
    cl.push(out(m, h, d, ['E11.900'], lines, { vt: 'chronic' }));
    d = add(d, ri(88, 95));
  }
  ctrl('C16', '糖尿病年度并发症筛查与季度糖化血红蛋白', cl, 'T11');
}
// C17 COPD bacterial exacerbation: IV antibiotic at a village clinic (purulent sputum, fever)
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, pick(['township', 'village']), i);
  const m = member({ region, age: ri(60, 85) });
  const d0 = randDate('2025-01-05', '2025-12-10'); const cl = [];
  for (let k = 0; k < 4; k++) {
    const d = add(d0, k);
    const lines = infusionDay(d, [[C.ceftri, 2], [C.ns, 1], [C.ambIV, 2], [C.gns, 1]], 2, { fees: false });
    if (k === 0 && h.kind === 'township') lines.push(L(C.cbc3, 1, d), L(C.crp, 1, d), L(C.cxr, 1, d));
    cl.push(out(m, h, d, ['J44.100', 'R50.900'], lines, { noConsult: k > 0 }));
  }
  ctrl('C17', '慢阻肺急性加重（脓痰、发热）基层静脉抗菌药', cl, 'T10');
}
// C18 referral: township visit → district hospital imaging/specialist → back to the township within a week
for (let i = 0; i < 15; i++) {
  const region = regionOf(i);
  const m = member({ region, age: ri(45, 78) });
  const d = randDate('2025-01-05', '2025-12-05');
  const t = inst(region, 'township', i), dh = inst(region, 'district');
  const a = out(m, t, d, ['R42.x00', 'I10.x00'], [L(C.ecg, 1, d), L(C.glu, 1, d), L('XN07CAB504A001', 9, d)]);
  const d2 = add(d, ri(1, 3));
  const b = out(m, dh, d2, ['R42.x00', 'I10.x00'], [L(C.cct, 1, d2), L(C.carotid, 1, d2), L(C.lipid, 1, d2)], { dept: 'internal' });
  const d3 = add(d2, ri(3, 5));
  const c = out(m, t, d3, ['I10.x00', 'E78.500'], [L(C.amlo, 28, d3), L(C.ator, 28, d3)]);
  ctrl('C18', '医共体转诊：乡镇首诊→县级检查→回乡镇续治', [a, b, c], 'T09,T06');
}
// C19 an employee retiree exhausts the 门诊统筹 cap through genuine monthly pharmacy inhalers (fund then pays nothing)
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'pharmacy', i);
  const m = member({ region, age: ri(62, 80), insuranceType: 'employee', gender: 'M' });
  let d = randDate('2025-01-05', '2025-02-15'); const cl = [];
  for (let k = 0; k < 10; k++) { cl.push(out(m, h, d, ['J44.900'], [L(C.budfor, 1, d), L(C.tio, 1, d)])); d = add(d, ri(28, 31)); }
  ctrl('C19', '职工退休人员按月购吸入剂至门诊统筹年度限额用尽', cl, 'T12');
}
// C20 township visits just before admission and after discharge (not during the stay)
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'township', i);
  const m = member({ region, age: ri(60, 85) });
  const adm = randDate('2025-02-01', '2025-11-10'); const nights = ri(5, 8);
  const dp = add(adm, -ri(1, 2));
  const pre = out(m, h, dp, ['J20.900'], [L(C.cbc3, 1, dp), ...acute('J20', 3, dp, 1)]);
  const s = stay(m, h, adm, nights, 'pneumonia');
  const post = add(adm, nights + ri(5, 9));
  const fu = out(m, h, post, ['J18.900'], [L(C.cbc3, 1, post), L(C.cxr, 1, post)]);
  ctrl('C20', '入院前门诊与出院后复诊（非住院期间）', [pre, s, fu], 'T15,T02');
}
// C21 stroke sequelae rehabilitation: acupuncture and exercise therapy three times a week for six weeks
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'township', i);
  const m = member({ region, age: ri(55, 80), chronic: ['I69'] });
  let d = weekday(randDate('2025-02-03', '2025-09-30')); const cl = [];
  for (let k = 0; k < 18; k++) {
    const lines = [L(C.zhenci, 1, d), L(C.kangfu, 1, d)];
    if (k === 0 || k === 17) lines.push(L(C.kfpd, 1, d));
    cl.push(out(m, h, d, ['I69.300'], lines, { dept: 'tcm', noConsult: k % 6 !== 0 }));
    d = add(d, dow(d) === 5 ? 3 : 2);
  }
  ctrl('C21', '脑卒中后遗症康复：针刺+运动疗法每周3次6周', cl, 'T14');
}
// C22 low back pain: acupuncture, cupping, massage and a herbal fumigation in one session, within every limit
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, pick(['township', 'community']), i);
  const m = member({ region, age: ri(35, 70) });
  let d = randDate('2025-01-05', '2025-11-30'); const cl = [];
  for (let k = 0; k < 4; k++) {
    cl.push(out(m, h, d, ['M54.400'], [L(C.zhenci, 1, d), L(C.baguan, 2, d), L(C.tuina, 1, d), L(C.xunxi, 1, d), ...(k === 0 ? [L(C.diclo, 7, d)] : [])], { dept: 'tcm', noConsult: k > 0 }));
    d = add(d, ri(2, 4));
  }
  ctrl('C22', '腰痛中医综合治疗（针刺、拔罐、推拿、熏洗同次，均在限量内）', cl, 'T14,T13');
}
// C23 a couple's monthly refills at a pharmacy, each on his or her own card
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, 'pharmacy', i);
  const a = member({ region, age: ri(60, 78), gender: 'M' }); const b = member({ region, age: ri(58, 76), gender: 'F', insuranceType: a.insuranceType });
  let d = randDate('2025-01-05', '2025-08-31'); const cl = [];
  for (let k = 0; k < 2; k++) {
    cl.push(out(a, h, d, ['I10.x00'], [L(C.amlo, 30, d)]), out(b, h, d, ['I10.x00', 'E78.500'], [L(C.irbe, 30, d), L(C.ator, 30, d)]));
    d = add(d, ri(29, 31));
  }
  ctrl('C23', '夫妻同日在药店各自刷卡续购慢病药', cl, 'T01,T03');
}
// C24 approved Parkinson's disease on a high levodopa dose
for (let i = 0; i < 15; i++) {
  const region = regionOf(i); const h = inst(region, pick(['district', 'city', 'community']), i);
  const m = member({ region, age: ri(62, 82), chronic: ['G20'] });
  let d = randDate('2025-01-05', '2025-09-30'); const cl = [];
  for (let k = 0; k < 2; k++) { cl.push(out(m, h, d, ['G20.x00'], [L(C.madopar, 5 * 30, d)], { vt: 'chronic', dept: h.depts.includes('neurology') ? 'neurology' : h.depts[0] })); d = add(d, ri(28, 31)); }
  ctrl('C24', '认定帕金森病：进展期高剂量多巴丝肼', cl, 'T05,T07');
}

// ---------- routine ----------
for (let i = 0; i < 100; i++) {
  const region = regionOf(i); const kind = i % 10; let cl = [];
  if (kind === 0 || kind === 1) { const h = inst(region, 'village', i); const m = member({ region, insuranceType: 'resident', age: ri(20, 80) }); const d = randDate('2025-01-05', '2025-12-20'); const k = pick(['J06', 'J02', 'A09']); cl = [out(m, h, d, [ACUTE[k].dx], acute(k, 3, d))]; }
  else if (kind === 2) { const h = inst(region, 'community', i); const m = member({ region, age: ri(50, 80) }); const d = randDate('2025-01-05', '2025-12-20'); cl = [out(m, h, d, ['I10.x00'], regimen('I10', 28, d, 2))]; }
  else if (kind === 3) { const h = inst(region, pick(['community', 'township', 'district']), i); const m = member({ region, age: ri(50, 80), chronic: ['E11'] }); const d = randDate('2025-01-05', '2025-12-20'); cl = [out(m, h, d, ['E11.900'], regimen('E11', 30, d, 2), { vt: 'chronic' })]; }
  else if (kind === 4) { const h = inst(region, 'pharmacy', i); const m = member({ region, age: ri(20, 75) }); const d = randDate('2025-01-05', '2025-12-20'); const k = pick(['J06', 'K29', 'K59']); cl = [out(m, h, d, [ACUTE[k].dx], acute(k, 5, d))]; }
  else if (kind === 5) { const h = inst(region, pick(['township', 'community']), i); const m = member({ region, age: ri(30, 70) }); const d = randDate('2025-01-05', '2025-12-20'); cl = [out(m, h, d, ['M54.500'], [L(C.zhenci, 1, d), L(C.baguan, 2, d)], { dept: 'tcm' })]; }
  else if (kind === 6) { const h = inst(region, 'clinic', i); const m = member({ region, age: ri(20, 70) }); const d = randDate('2025-01-05', '2025-12-20'); const k = pick(['K29', 'N39', 'J20']); cl = [out(m, h, d, [ACUTE[k].dx], acute(k, 5, d))]; }
  else if (kind === 7) { const h = inst(region, pick(['village', 'township']), i); const m = member({ region, age: ri(2, 10), insuranceType: 'resident' }); const d = randDate('2025-01-05', '2025-12-20'); cl = [out(m, h, d, ['R05.x00', 'J06.900'], [L(C.cough_child, 9, d), L(C.fsks, 9, d)])]; }
  else if (kind === 8) { const h = inst(region, pick(['community', 'township', 'district']), i); const dis = pick(['I10', 'I25', 'J44']); const m = member({ region, age: ri(55, 82), chronic: [dis] }); const d = randDate('2025-01-05', '2025-12-20'); cl = [out(m, h, d, [CHRONIC_DX[dis]], regimen(dis, 30, d, 2), { vt: 'chronic' })]; }
  else { const h = inst(region, i % 20 === 9 ? 'township' : 'district'); const m = member({ region, age: ri(60, 85) }); cl = [stay(m, h, randDate('2025-01-10', '2025-12-15'), ri(5, 8), pick(['copd', 'pneumonia']))]; }
  addCase('routine', 'R', '常规基层诊疗', cl, [], [], 'R', 'routine');
}

// ---------- settlement order, ids, money ----------
for (const c of claims) checkClaim(c);
claims.sort((a, b) => (a._date < b._date ? -1 : a._date > b._date ? 1 : a._tmp - b._tmp));
let seq = 0;
for (const c of claims) c.claimId = `${c.region}-${c._h.id}-2025-${String(++seq).padStart(6, '0')}`;

function schemeOf(c, vt) {
  const p = POL.provinces[c._h.prov];
  let s = JSON.parse(JSON.stringify(p.schemes[c.insuranceType][vt]));
  const ov = p.regions && p.regions[c.region] && p.regions[c.region].schemes && p.regions[c.region].schemes[c.insuranceType] && p.regions[c.region].schemes[c.insuranceType][vt];
  if (ov) s = Object.assign(s, ov);
  return s;
}
const ledger = new Map(); // member|vt -> {ded (fen used), fund (fen paid)}
const outLines = [];
for (const c of claims) {
  const m = c._m, h = c._h;
  let total = 0, policy = 0;
  const items = c._lines.map((ln, idx) => {
    const price = ln.priceFen != null ? ln.priceFen : fen(ln.r.priceCap[String(h.level)]);
    const amount = price * ln.qty;
    total += amount;
    const share = ln.r.class === '丙' ? 1 : ln.r.selfPayShare != null ? ln.r.selfPayShare : 0;
    policy += Math.round(amount * (1 - share));
    ln.lineId = String(idx + 1);
    const it = { lineId: ln.lineId, code: ln.code, name: ln.r.name, category: ln.r.category, date: ln.date, quantity: ln.qty, unitPrice: price / 100, amount: amount / 100 };
    if (ln.long && ln.r.category === 'drug') it.longPrescription = true;
    return it;
  });
  const s = schemeOf(c, c.visitType);
  const key = m.insuredId + '|' + c.visitType;
  const L0 = ledger.get(key) || { ded: 0, fund: 0 };
  let ratio = typeof s.ratio === 'object' ? s.ratio[String(h.level)] : s.ratio;
  if (m.retired) ratio += s.retireeRatioBonus || 0;
  if (s.maxRatio) ratio = Math.min(ratio, s.maxRatio);
  let dedDue;
  if (c.visitType === 'inpatient') dedDue = fen(typeof s.deductible === 'object' ? s.deductible[String(h.level)] : s.deductible);
  else dedDue = Math.max(0, fen(s.deductible || 0) - L0.ded);
  const dedHere = Math.min(dedDue, policy);
  if (c.visitType !== 'inpatient') L0.ded += dedHere;
  let fund = Math.floor((policy - dedHere) * ratio);
  fund = Math.max(0, Math.min(fund, fen(s.annualFundCap) - L0.fund));
  L0.fund += fund; ledger.set(key, L0);
  const claim = {
    claimId: c.claimId, region: c.region, insuranceType: c.insuranceType, visitType: c.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: Object.assign({}, m.enrollment, m.chronic.length ? { chronicDiseases: m.chronic.slice() } : {}),
    provider: { hospitalId: h.id, level: h.level, department: c.dept, doctorId: c.doctorId },
  };
  if (c.visitType === 'inpatient') {
    claim.admissionDate = c.date; claim.dischargeDate = c.discharge;
    claim.admissionRoute = c.admissionRoute; claim.dischargeMode = c.dischargeMode;
  } else claim.visitDate = c.date;
  claim.diagnoses = c.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  claim.procedures = [];
  if (c.visitType === 'inpatient') claim.reportedGroup = { drg: GROUPS.get(c.claimId) || null, dip: null };
  claim.items = items;
  claim.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  outLines.push(JSON.stringify(claim));
}

const labels = cases.map((k) => {
  const mut = {};
  for (const [c, lines] of k._mut) if (lines.length) mut[c.claimId] = lines.map((l) => l.lineId);
  if (k.kind === 'fraud') for (const c of k._targets) for (const l of c._lines) if (l.fraud && !(mut[c.claimId] || []).includes(l.lineId)) throw new Error('unlisted fraud line ' + k.caseId);
  return { caseId: k.caseId, kind: k.kind, code: k.code, name: k.name, claimIds: k._claims.map((c) => c.claimId), targets: k._targets.map((c) => c.claimId), mutatedLines: mut, typology: k.typology, variant: k.variant };
});
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'claims.ndjson'), outLines.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind122: ${cases.length} cases, ${outLines.length} claims`);
