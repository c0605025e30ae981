#!/usr/bin/env node
'use strict';
// blind123 generator: the national typology list written anew, every setting. Plain node, seeded, deterministic.
// usage: node make-cases.js <outdir> [--catalogue <dir>] [--drg <dir>] [--policies <file>] [--groups <groups.ndjson>]
const fs = require('fs'), path = require('path');
const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const OUT = argv[0]; if (!OUT || OUT.startsWith('--')) throw new Error('usage: make-cases.js <outdir>');
const CAT = opt('--catalogue', '/work/wt/base123/rules/catalogue');
const DRG = opt('--drg', '/work/shared/chs-drg-1.1');
const POL = opt('--policies', path.join(CAT, '..', 'benefits', 'policies.json'));
const GROUPS = opt('--groups', null);

// ---------- RNG ----------
let _s = 1230123 >>> 0;
function rnd() { _s = (_s + 0x6D2B79F5) >>> 0; let t = _s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- reference data ----------
const ROWS = {};
for (const f of fs.readdirSync(CAT).filter((f) => f.endsWith('.json') && !f.includes('rules') && f !== 'indications.json')) {
  const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  for (const r of j.rows || []) ROWS[r.code] = r;
}
const DX = JSON.parse(fs.readFileSync(path.join(DRG, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRG, 'procedures.json'), 'utf8'));
const POLICY = JSON.parse(fs.readFileSync(POL, 'utf8'));
const GROUPMAP = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n').filter(Boolean)) { const g = JSON.parse(l); GROUPMAP[g.claimId] = g.drg; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const rdate = (from = '2025-01-06', to = '2025-11-20') => add(from, ri(0, diff(from, to)));

// ---------- codes ----------
const S = {
  op: '001102000010001', deputy: '001102000020001', gp: '001102000040001', er: '001102000050001', ipc: '001103000010001', chr: '001109000010001',
  bed3: '001105000010001', bed2: '001105000020001', icuBed: '001105000030001', consult: '001104000010001',
  nSp: '001201000010001', n1: '001201000020001', n2: '001201000030001', n3: '001201000040001', icuH: '001201000050001',
  iv1: '001204000010001', ivA: '001204000020001', ivp: '001204000040001', im: '001204000050001', sc: '001204000060001', cann: '001204000070001',
  dress: '001205000010001', neb: '001207000010001', o2: '001208000010001', ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001', bgl: '001212000010001', niv: '001214000020001',
  acu: '001215000010001', tuina: '001216000010001', rehabEval: '001217000010001', exer: '001218000010001',
  cbc: '002501010010001', urine: '002501020010001', stool: '002501030010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001',
  lipids: '002502040010001', fbg: '002502050010001', hba1c: '002502050020001', coag: '002502060010001', ck: '002502070010001', tni: '002502070020001', bnp: '002502070030001',
  crp: '002502080010001', pct: '002502080020001', abg: '002502090010001', ddimer: '002502100010001', hbv: '002502110010001', pre8: '002502120010001', abo: '002502130010001',
  cult: '002502140010001', sputum: '002502140020001', cea: '002502170010001', afp: '002502170020001', ca125: '002502170030001', ca199: '002502170040001', thy: '002502180010001',
  tsh: '002502180020001', path: '002502200010001', umalb: '002502050040001', draw: '001204000080001', ntbnp: '002502070040001', psa: '002502150010001',
  ecg: '003107010010001', holter: '003107010020001', cxr: '002202040010001', ldr: '002202030020001', usAbd: '002103010010001', echo: '002103010020001', carotid: '002103010030001',
  thyUS: '002103010050001', usUro: '002103010060001', headCT: '002301010010001', chestCT: '002301010020001', abdCT: '002301010030001', headMRI: '002401010010001', lMRI: '002401010020001',
  gastro: '002503010030001', fundus: '002503010050001', pft: '002503010020001', dexa: '002503010010001', colono: '002503010040001',
  ga: '003301010010001', lapChole: '003302020010001', lapAppy: '003302010010001', hernia: '003302030010001', orif: '003303020010001', chemoPrep: '003310020010001', cag: '003101010010001', pci: '003101010020001',
};
const G = { // drug rows (the claims bill each row's first product code)
  amox: 'XJ01CAA501A001', cefuroxI: 'XJ01DCT505B002', ceftri: 'XJ01DDT504B002', levo: 'XJ01MAZ501A001', azi: 'XJ01FAA503A001', cefurox: 'XJ01DCT502A001', pipTaz: 'XJ01CRP501B002',
  asp: 'XB01ACA509A001', clop: 'XB01ACL502A001', tica: 'XB01ACT509A001', enox: 'XB01ABY502B002', riva: 'XB01AFL503A001', dabi: 'XB01AED501A001',
  atorva: 'XC10AAA511A001', rosu: 'XC10AAR501A001', amlo: 'XC08CAA512A001', nifed: 'XC08CAX503A003', valsa: 'XC09CAX504A001', metop: 'XC07ABM503A003', furoI: 'XC03CAF503B002',
  furo: 'XC03CAF503A001', spiro: 'XC03DAL505A001', sacu: 'XC09DXS501A001', isdn: 'XC01DAD501A003', ntg: 'XC01DAX501A001',
  met: 'XA10BAE503A001', acar: 'XA10BFA514A001', sita: 'XA10BHX505A001', dapa: 'XA10BKD506A001', lira: 'XA10BJL506B002', glarg: 'XA10AEG503B002', aspart: 'XA10ABM504B002', sema: 'XA10BJS501B002',
  omep: 'XA02BCA515A001', omepI: 'XA02BCA515B002', pantoI: 'XA02BCP503B002', almag: 'XA02ADL508A001', smect: 'XA07BCM505A006', bifid: 'XA07FAS503A001',
  albumin: 'XB05AAR504B002', lipid: 'XB05BAZ504B002', aa: 'XB05BAF508B002', edara: 'XN07XXY507B002', gm1: 'XN06BXD514B002', olax: 'XN06BXA518B002', ginkgo: 'XN06DXY505B002',
  danshen: 'ZA12BAD505B002', xst: 'ZA12BAX511B002', gsh: 'XV03ABH501B002', mgIso: 'XA05BAY506B002', epo: 'XB03XAZ505B002', teri: 'XH05AAT511B002', zol: 'XM05BAZ507B002', alend: 'XM05BAA520A001',
  ns: 'XB05BBL511B002', gs: 'XB05BAP505B002', gns: 'XB05BBP506B002', kcl: 'XB05XAL512B002', ambroxI: 'XR05CBA522B002', ambrox: 'XR05CBA522A001', budNeb: 'XR03BAB508C003', iprat: 'XR03BBY508C003',
  doxo: 'XR03DAD516B002', symb: 'XR03AKB507C003', tio: 'XR03BBS510C003', salb: 'XR03ACS508C003', diclo: 'XM01ABS506A003', celecox: 'XM01AHS505A001', para: 'XN02BED510A001', ibu: 'XM01AEB502A003',
  lhqw: 'ZA01BAL514A001', blg: 'ZA03BAB510A010', fdds: 'ZA12BAF510A007', lwdh: 'ZA09DAL515A007', xstCap: 'ZA12BAX510A001', caD: 'XA12AXT512A001', levothy: 'XH03AAZ506A001',
  oselt: 'XJ05AHA508A001', ondan: 'XA04AAA524B002', oxali: 'XL01XAA523B002', capec: 'XL01BCK502A001', entec: 'XJ05AFE501A001', mannitol: 'XB05BCG505B002', cetir: 'XR06AEX509A001',
  mecob: 'XB03BAJ501A001', lact: 'XA06ADR502A004', dexa: 'XH02ABD515B002', methylpred: 'XH02ABJ504B002', metoclo: 'XA03FAJ503B002', tramadol: 'XN02AXQ505A003', vitB: 'XA11EAF513A001',
};

// ---------- places, doctors, members ----------
const REGIONS = [
  { code: '510100', city: '成都' }, { code: '370100', city: '济南' }, { code: '230100', city: '哈尔滨' },
];
const INST_T = [
  ['01', 'hospital', 3, 'public', '市第一人民医院'], ['02', 'hospital', 3, 'public', '市中医医院'], ['03', 'hospital', 2, 'public', '区人民医院'],
  ['04', 'hospital', 2, 'private', '民营康和医院'], ['05', 'hospital', 1, 'public', '社区卫生服务中心'], ['06', 'hospital', 1, 'public', '乡镇卫生院'],
  ['07', 'clinic', 1, 'private', '诊所'], ['08', 'pharmacy', 1, 'private', '大药房'], ['09', 'pharmacy', 1, 'private', '连锁药店'], ['10', 'pharmacy', 1, 'private', '平价药房'],
  ['11', 'hospital', 1, 'private', '民营仁济医院'],
];
const INST = {};
for (const r of REGIONS) for (const [n, type, level, own, name] of INST_T) INST[r.code + n] = { id: 'H' + r.code + n, region: r.code, type, level, own, name: r.city + name, key: n };
const inst = (region, n) => INST[region + n];
const DEPTS = ['general', 'cardiology', 'respiratory', 'endocrinology', 'neurology', 'general_surgery', 'orthopaedics', 'gastroenterology', 'oncology', 'emergency', 'rehabilitation', 'pharmacy', 'nephrology'];
function doctor(ins, dept) { return 'D' + ins.region.slice(0, 4) + ins.key + String(DEPTS.indexOf(dept) + 1).padStart(2, '0') + String(ri(1, 4)).padStart(2, '0'); }
let memberSeq = 0;
function member(o = {}) {
  const gender = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(25, 80);
  const region = o.region || pick(REGIONS).code;
  const scheme = o.scheme || (age >= 18 && rnd() < 0.65 ? 'employee' : 'resident');
  const birth = add(`${2025 - age}-01-01`, -ri(1, 360) + 180);
  const retired = scheme === 'employee' && age >= (gender === 'M' ? 60 : 55);
  const minYears = (POLICY.provinces[region.slice(0, 2)].retirement || {})[gender === 'M' ? 'minContributionYearsMale' : 'minContributionYearsFemale'] || 30;
  const contributionYears = retired ? minYears + ri(2, 10) : Math.max(1, Math.min(age - 20, ri(3, 30)));
  return {
    insuredId: 'P123' + String(++memberSeq).padStart(6, '0'), gender, birthDate: birth, retired, scheme, region, age,
    enrollment: { enrolledOn: scheme === 'employee' ? '2012-01-01' : '2018-01-01', inConcentratedPeriod: true, continuousYears: scheme === 'employee' ? 12 : 7, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: scheme === 'employee' ? contributionYears : 7, special: null, ...(o.chronic ? { chronicDiseases: o.chronic } : {}) },
  };
}
const ageAt = (m, date) => { const b = D(m.birthDate), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- claims ----------
const CLAIMS = []; let claimSeq = 0;
const fen = (y) => Math.round(y * 100);
function checkDx(c) { if (!(c in DX)) throw new Error('diagnosis not in chs-drg-1.1: ' + c); }
function checkPx(c) { if (!(c in PX)) throw new Error('procedure not in chs-drg-1.1: ' + c); }
function rowOf(code) { const r = ROWS[code]; if (!r) throw new Error('no catalogue row ' + code); return r; }
// it: [code, date, qty, opts] opts: {fraud, price (yuan), lr (longPrescription)}
function claim(o) {
  const { m, ins, dept, vt } = o;
  const id = `${ins.region}-${ins.id}-2025-${String(++claimSeq).padStart(6, '0')}`;
  const dx = o.dx; dx.forEach(checkDx); (o.px || []).forEach(([c]) => checkPx(c));
  const c = {
    claimId: id, region: ins.region, insuranceType: m.scheme, visitType: vt,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: { ...m.enrollment },
    provider: { hospitalId: ins.id, level: ins.level, department: dept, doctorId: o.doctorId || doctor(ins, dept) },
  };
  if (vt === 'inpatient') {
    c.admissionDate = o.adm; c.dischargeDate = o.dis;
    if (o.route) c.admissionRoute = o.route;
    c.dischargeMode = o.mode || 'ordered';
    if (o.from) c.transferFromHospitalId = o.from;
  } else c.visitDate = o.date;
  c.diagnoses = dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  const fraudLines = [];
  c.items = o.items.map((it, i) => {
    const [code, date, qty, op = {}] = it; const r = rowOf(code);
    const price = op.price != null ? op.price : r.priceCap[String(ins.level)];
    const line = { lineId: String(i + 1), code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date, quantity: qty, unitPrice: price, amount: (fen(price) * qty) / 100 };
    if (op.lr) line.longPrescription = true;
    line._row = r; line._fraud = !!op.fraud;
    if (op.fraud) fraudLines.push(line.lineId);
    return line;
  });
  validate(c, m, vt);
  c._member = m; c._fraudLines = fraudLines; c._order = claimSeq;
  CLAIMS.push(c);
  return c;
}
function validate(c, m, vt) {
  const inpatient = vt === 'inpatient'; const lvl = c.provider.level;
  const dxs = c.diagnoses.map((d) => d.code);
  const nights = inpatient ? diff(c.admissionDate, c.dischargeDate) : 0;
  const perDay = {}, days = {}, perStayDaily = {};
  for (const l of c.items) {
    if (!/^2025-/.test(l.date)) throw new Error(c.claimId + ' line date outside 2025 ' + l.date);
    if (l._fraud) continue;
    const r = l._row; const why = (s) => { throw new Error(`${c.claimId} line ${l.lineId} ${r.name}: ${s}`); };
    if (r.setting === 'inpatient' && !inpatient) why('inpatient-only row');
    if (r.setting === 'outpatient' && inpatient) why('outpatient-only row');
    if (vt === 'pharmacy' && r.category !== 'drug') why('pharmacy bills drugs only');
    if (r.minLevel && lvl < r.minLevel) why('minLevel');
    if (r.gender && r.gender !== m.gender) why('gender');
    const age = ageAt(m, l.date);
    if (r.ageMin != null && age < r.ageMin) why('ageMin'); if (r.ageMax != null && age > r.ageMax) why('ageMax');
    if (fen(l.unitPrice) > fen(r.priceCap[String(lvl)])) why('price above cap');
    if (r.indications && !dxs.some((d) => r.indications.some((p) => d.startsWith(p)))) why('indication');
    const k = r.code + '|' + l.date; perDay[k] = (perDay[k] || 0) + l.quantity;
    if (r.maxPerDay != null && perDay[k] > r.maxPerDay) why('maxPerDay');
    (days[r.code] = days[r.code] || new Set()).add(l.date);
    if (inpatient) {
      if (l.date < c.admissionDate || l.date > c.dischargeDate) why('outside stay');
      if (r.unit === '日') { perStayDaily[r.code] = (perStayDaily[r.code] || 0) + l.quantity; if (perStayDaily[r.code] > Math.max(1, nights)) why('per-day item over nights'); }
    }
    if (r.maxDays) { const nd = inpatient ? days[r.code].size : Math.ceil(l.quantity / r.usualPerDay); if (nd > r.maxDays) why('maxDays'); }
    for (const l2 of c.items) {
      if (l2 === l || l2.date !== l.date) continue;
      if ((r.excludes || []).includes(l2._row.code)) why('excludes ' + l2.name);
      if ((r.includes || []).includes(l2._row.code)) why('includes ' + l2.name);
    }
  }
}

// ---------- bill helpers ----------
function nightsOf(adm, dis) { const a = []; for (let d = adm; d < dis; d = add(d, 1)) a.push(d); return a; }
function stayDaily(adm, dis, o = {}) { // bed, 诊查费, nursing per night (admission day … day before discharge)
  const it = []; const nurse = o.nurse || S.n2;
  for (const d of nightsOf(adm, dis)) { it.push([o.bed || S.bed3, d, 1]); it.push([S.ipc, d, 1]); it.push([typeof nurse === 'function' ? nurse(d) : nurse, d, 1]); }
  return it;
}
const daily = (code, adm, n, q = 1, from = 0, op) => { const a = []; for (let i = from; i < from + n; i++) a.push([code, add(adm, i), q, op]); return a; };
const admLabs = (d, extra = []) => [[S.cbc, d, 1], [S.urine, d, 1], [S.lft, d, 1], [S.rft, d, 1], [S.lytes, d, 1], [S.ecg, d, 1], ...extra.map((c) => [c, d, 1])];
function ivCourse(adm, n, drugs, from = 0) { // drugs: [[code, qtyPerDay]] ; infusion fee per day
  const a = [];
  for (let i = from; i < from + n; i++) { const d = add(adm, i); a.push([S.iv1, d, 1]); if (drugs.length > 1) a.push([S.ivA, d, Math.min(5, drugs.length - 1)]); for (const [c, q] of drugs) a.push([c, d, q]); }
  return a;
}
// condition templates for a stay: returns {dx, dept, items, px}
const T = {
  pneumonia(adm, dis, lvl) { const n = diff(adm, dis); return { dept: 'respiratory', dx: ['J18.900'], items: [...admLabs(adm, [S.crp, S.sputum]), [lvl >= 2 ? S.chestCT : S.cxr, adm, 1], ...ivCourse(adm, Math.min(n, 7), [[G.ceftri, 2], [G.ns, 2], [G.ambroxI, 2]]), [S.cbc, add(adm, Math.min(n - 1, 4)), 1]] }; },
  copd(adm, dis) { const n = diff(adm, dis); return { dept: 'respiratory', dx: ['J44.100'], items: [...admLabs(adm, [S.crp]), [S.abg, adm, 1], [S.cxr, adm, 1], ...daily(G.budNeb, adm, Math.min(n, 7), 2), ...daily(G.iprat, adm, n, 2), ...daily(S.neb, adm, n, 2), ...daily(S.o2, adm, n, 12), ...ivCourse(adm, Math.min(n, 7), [[G.doxo, 1], [G.ns, 1], [G.cefuroxI, 2]])] }; },
  stroke(adm, dis, lvl) { const n = diff(adm, dis); return { dept: 'neurology', dx: ['I63.900', 'I10.x00x002'], items: [...admLabs(adm, [S.lipids, S.hba1c, S.coag]), [lvl >= 2 ? S.headMRI : S.headCT, adm, 1], [S.carotid, add(adm, 1), 1], [S.echo, add(adm, 1), 1], ...daily(G.asp, adm, n, 1), ...daily(G.atorva, adm, n, 1), ...ivCourse(adm, Math.min(n, 10), [[G.edara, 2], [G.ns, 2]]), ...daily(S.rehabEval, adm, 1, 1, 2), ...daily(S.exer, adm, Math.max(0, n - 3), 1, 3)] }; },
  chole(adm, dis) { const op = add(adm, 1); return { dept: 'general_surgery', dx: ['K80.100'], px: [['51.2300', op]], items: [...admLabs(adm, [S.coag, S.pre8, S.abo]), [S.usAbd, adm, 1], [S.cxr, adm, 1], [S.lapChole, op, 1], [S.ga, op, 2], [G.cefuroxI, op, 2], [S.iv1, op, 1], [G.ns, op, 2], [S.ivA, op, 1], [S.path, op, 1], ...ivCourse(add(op, 1), Math.max(0, diff(op, dis) - 1), [[G.ns, 1], [G.pantoI, 1]])] }; },
  appy(adm, dis) { return { dept: 'general_surgery', dx: ['K35.800'], px: [['47.0100', adm]], items: [...admLabs(adm, [S.coag, S.pre8, S.abo, S.crp]), [S.usAbd, adm, 1], [S.lapAppy, adm, 1], [S.ga, adm, 2], [S.path, adm, 1], ...ivCourse(adm, Math.min(3, diff(adm, dis)), [[G.cefuroxI, 2], [G.ns, 2]])] }; },
  angina(adm, dis) { const n = diff(adm, dis); return { dept: 'cardiology', dx: ['I20.000', 'I10.x00x002'], items: [...admLabs(adm, [S.tni, S.ck, S.lipids, S.coag]), [S.tni, add(adm, 1), 1], [S.echo, add(adm, 1), 1], [S.holter, add(adm, 1), 1], ...daily(S.ecgMon, adm, 1, 24), ...daily(G.asp, adm, n, 1), ...daily(G.clop, adm, n, 1), ...daily(G.atorva, adm, n, 1), ...daily(G.metop, adm, n, 1), ...daily(G.isdn, adm, n, 1)] }; },
  hf(adm, dis) { const n = diff(adm, dis); return { dept: 'cardiology', dx: ['I50.900', 'I10.x00x002'], items: [...admLabs(adm, [S.bnp, S.tni]), [S.echo, add(adm, 1), 1], [S.cxr, adm, 1], [S.bnp, add(adm, n - 1), 1], ...daily(G.furoI, adm, Math.min(n, 4), 2), ...daily(G.furo, adm, Math.max(0, n - 4), 2, 4), ...daily(G.spiro, adm, n, 1), ...daily(G.sacu, adm, n, 2), ...daily(S.o2, adm, 2, 12)] }; },
  dm(adm, dis) { const n = diff(adm, dis); return { dept: 'endocrinology', dx: ['E11.900', 'I10.x00x002'], items: [...admLabs(adm, [S.hba1c, S.lipids, S.umalb]), [S.fundus, add(adm, 1), 1], [S.carotid, add(adm, 1), 1], ...daily(S.bgl, adm, n, 7), ...daily(G.met, adm, n, 3), ...daily(G.glarg, adm, n, 1), ...daily(S.sc, adm, n, 1), ...daily(G.amlo, adm, n, 1)] }; },
  gastro(adm, dis) { const n = diff(adm, dis); return { dept: 'gastroenterology', dx: ['A09.900'], items: [...admLabs(adm, [S.stool, S.crp]), ...ivCourse(adm, Math.min(n, 3), [[G.gns, 2], [G.kcl, 2], [G.omepI, 1]]), ...daily(G.smect, adm, n, 3)] }; },
  backpain(adm, dis, lvl) { const n = diff(adm, dis); return { dept: 'orthopaedics', dx: ['M51.202'], items: [...admLabs(adm), [lvl >= 2 ? S.lMRI : S.ldr, adm, 1], ...daily(G.celecox, adm, n, 2), ...daily(S.tuina, adm, n, 1, 0), ...daily(S.acu, adm, n, 1, 0), ...daily(G.mannitol, adm, Math.min(3, n), 2), ...daily(S.iv1, adm, Math.min(3, n), 1)] }; },
};
function stay(m, ins, adm, dis, tpl, extra = {}) {
  const t = T[tpl](adm, dis, ins.level);
  const items = [...stayDaily(adm, dis, extra.daily || {}), ...t.items, ...(extra.items || [])];
  return claim({ m, ins, dept: extra.dept || t.dept, vt: 'inpatient', adm, dis, dx: extra.dx || t.dx, px: extra.px || t.px, items, route: extra.route || 'outpatient', mode: extra.mode, from: extra.from });
}
function opVisit(m, ins, date, kind, extra = {}) {
  const lvl = ins.level; const cf = lvl === 1 && ins.own === 'public' ? S.gp : S.op;
  const K = {
    uri: { dept: 'general', dx: ['J06.900'], items: [[cf, date, 1], [S.cbc, date, 1], [G.lhqw, date, 36], [G.para, date, 6]] },
    bronch: { dept: 'respiratory', dx: ['J20.900'], items: [[cf, date, 1], [S.cbc, date, 1], [S.crp, date, 1], [G.amox, date, 42], [G.ambrox, date, 18]] },
    gastritis: { dept: 'gastroenterology', dx: ['K29.700'], items: [[cf, date, 1], [G.omep, date, 28], [G.almag, date, 42]] },
    back: { dept: 'orthopaedics', dx: ['M54.500'], items: [[cf, date, 1], [S.ldr, date, 1], [G.diclo, date, 14]] },
    htn: { dept: 'cardiology', dx: ['I10.x00x002'], items: [[cf, date, 1], [S.ecg, date, 1], [G.amlo, date, 28], [G.valsa, date, 28]] },
    dmfu: { dept: 'endocrinology', dx: ['E11.900'], items: [[cf, date, 1], [S.fbg, date, 1], [G.met, date, 84], [G.acar, date, 84]] },
    uti: { dept: 'general', dx: ['N39.000'], items: [[cf, date, 1], [S.urine, date, 1], [G.levo, date, 7]] },
  }[kind];
  return claim({ m, ins, dept: extra.dept || K.dept, vt: 'outpatient', date, dx: extra.dx || K.dx, items: extra.items || K.items });
}
function chronicVisit(m, ins, date, kind, weeks = 4, extra = {}) {
  const days = weeks * 7; const lr = weeks > 4 ? { lr: true } : undefined;
  const K = {
    htn: { dept: 'cardiology', dx: ['I10.x00x002'], drugs: [[G.amlo, 1], [G.valsa, 1]] },
    dm: { dept: 'endocrinology', dx: ['E11.900', 'I10.x00x002'], drugs: [[G.met, 3], [G.sita, 1], [G.amlo, 1]] },
    chd: { dept: 'cardiology', dx: ['I25.100', 'I10.x00x002'], drugs: [[G.asp, 1], [G.atorva, 1], [G.metop, 1]] },
  }[kind];
  const items = [[S.chr, date, 1], ...(extra.tests || []).map((c) => [c, date, 1]), ...K.drugs.map(([c, q]) => [c, date, Math.ceil(q * days), lr])];
  return claim({ m, ins, dept: K.dept, vt: 'chronic', date, dx: extra.dx || K.dx, items: [...items, ...(extra.items || [])] });
}
function pharm(m, ins, date, dx, drugs, extra = {}) { // drugs: [[code, qty, opts]]
  return claim({ m, ins, dept: 'pharmacy', vt: 'pharmacy', date, dx, items: drugs.map(([c, q, op]) => [c, date, q, op]), doctorId: extra.doctorId });
}

// ---------- cases ----------
const CASES = [];
function addCase(kind, code, name, variant, claims, targets, mutated) {
  CASES.push({ kind, code, name, claims, targets, mutated, variant });
}
const mut = (...cs) => { const o = {}; for (const c of cs) if (c._fraudLines.length) o[c.claimId] = [...c._fraudLines]; return o; };
const V = (i) => (i % 3 === 2 ? 'careful' : i % 3 === 0 ? 'overt' : (i % 2 ? 'careful' : 'overt'));
const reg = (i) => REGIONS[i % 3].code;
const STAYS = ['pneumonia', 'copd', 'stroke', 'angina', 'hf', 'dm', 'chole'];
const staySpan = (tpl) => ({ pneumonia: [6, 9], copd: [7, 10], stroke: [9, 13], angina: [5, 7], hf: [6, 9], dm: [7, 10], chole: [4, 6], appy: [3, 5], gastro: [3, 4], backpain: [8, 12] }[tpl]);
const elder = (r, o = {}) => member({ region: r, age: ri(62, 84), ...o });
const hosp = (r, i) => inst(r, pick(['01', '03', '04']));

const FR = {};
// T01 住院期间他院门诊/药店结算
FR.T01 = ['住院期间在他院门诊或药店结算（院外刷卡）', (i, v) => {
  const r = reg(i); const m = elder(r, { scheme: 'employee' }); const tpl = pick(STAYS); const [a, b] = staySpan(tpl);
  const adm = rdate(); const dis = add(adm, ri(a, b)); const s = stay(m, inst(r, pick(['01', '03'])), adm, dis, tpl);
  const mid = add(adm, ri(2, diff(adm, dis) - 2));
  let o;
  if (v === 'overt') o = pharm(m, inst(r, pick(['08', '09'])), mid, ['E11.900'], [[G.sema, 2], [G.glarg, 6], [G.dapa, 56]]);
  else o = rnd() < 0.5 ? opVisit(m, inst(r, '05'), mid, 'htn') : pharm(m, inst(r, '10'), mid, ['I10.x00x002'], [[G.amlo, 28], [G.valsa, 28]]);
  return { claims: [s, o], targets: [o] };
}];
// T02 住院套住院
FR.T02 = ['住院期间另有一次住院（住院套住院）', (i, v) => {
  const r = reg(i); const m = elder(r); const adm = rdate(); const dis = add(adm, ri(10, 14));
  const s1 = stay(m, inst(r, '01'), adm, dis, pick(['stroke', 'copd', 'hf']));
  const a2 = add(adm, ri(2, 4)); const d2 = v === 'overt' ? add(a2, ri(4, 6)) : add(a2, ri(2, 3));
  const s2 = stay(m, inst(r, v === 'overt' ? '04' : pick(['06', '11'])), a2, d2, v === 'overt' ? 'backpain' : 'gastro');
  return { claims: [s1, s2], targets: [s2] };
}];
// T03 药品囤积/倒卖
FR.T03 = ['同一高值药品多家药店短期重复购药（囤药倒卖）', (i, v) => {
  const r = reg(i); const m = member({ region: r, age: ri(45, 72), scheme: 'employee', chronic: ['E11'] });
  const d0 = rdate('2025-01-06', '2025-10-20'); const claims = [], targets = [];
  const drugSets = [[[G.sema, 1]], [[G.glarg, 3]], [[G.lira, 2]], [[G.dapa, 28]]];
  const ds = drugSets[i % 4];
  const first = chronicVisit(m, inst(r, '01'), d0, 'dm', 4, { items: ds.map(([c, q]) => [c, d0, q]) });
  claims.push(first);
  const n = v === 'overt' ? 4 : 3; let d = d0;
  const ph = ['08', '09', '10', '05'];
  for (let k = 0; k < n; k++) {
    d = add(d, v === 'overt' ? ri(3, 6) : ri(8, 12));
    const q = v === 'overt' ? 2 : 1;
    const c = ph[k] === '05' ? chronicVisit(m, inst(r, '05'), d, 'dm', 4, { items: ds.map(([cd, qq]) => [cd, d, qq * q, { fraud: true }]) }) : pharm(m, inst(r, ph[k]), d, ['E11.900'], ds.map(([cd, qq]) => [cd, qq * q, { fraud: true }]));
    claims.push(c); targets.push(c);
  }
  return { claims, targets };
}];
// T04 限次项目超频
FR.T04 = ['限次项目重复收费（术前八项、血型重复；糖化血红蛋白每月）', (i, v) => {
  const r = reg(i); const m = member({ region: r, age: ri(35, 75) });
  if (v === 'overt') {
    const adm = rdate(); const dis = add(adm, ri(4, 6)); const tpl = pick(['chole', 'appy']);
    const s = stay(m, inst(r, pick(['01', '03', '04'])), adm, dis, tpl, { items: [[S.pre8, add(adm, 1), 1, { fraud: true }], [S.abo, add(adm, 1), 1, { fraud: true }]] });
    // the chole template bills 术前八项/血型 on the admission day; these second ones the day after
    return { claims: [s], targets: [s] };
  }
  const mm = member({ region: r, age: ri(50, 75), chronic: ['E11'] }); const ins = inst(r, pick(['03', '04', '05']));
  const d0 = rdate('2025-01-06', '2025-08-30'); const claims = [];
  claims.push(chronicVisit(mm, ins, d0, 'dm', 4, { tests: [S.hba1c] }));
  const d1 = add(d0, ri(28, 32)); const c1 = chronicVisit(mm, ins, d1, 'dm', 4, { items: [[S.hba1c, d1, 1, { fraud: true }]] });
  const d2 = add(d1, ri(28, 32)); const c2 = chronicVisit(mm, ins, d2, 'dm', 4, { items: [[S.hba1c, d2, 1, { fraud: true }]] });
  return { claims: [...claims, c1, c2], targets: [c1, c2] };
}];
// T05 床日/护理日超住院天数（算进又算出）
FR.T05 = ['床位费、护理费、诊查费超住院天数（算进又算出）', (i, v) => {
  const r = reg(i); const m = elder(r); const tpl = pick(['pneumonia', 'copd', 'hf', 'dm']); const [a, b] = staySpan(tpl);
  const adm = rdate(); const dis = add(adm, ri(a, b)); const ins = inst(r, pick(['01', '03', '04', '06']));
  const extra = [[S.bed3, dis, 1, { fraud: true }], [S.n2, dis, 1, { fraud: true }]];
  if (v === 'overt') extra.push([S.ipc, dis, 1, { fraud: true }], [S.bed3, adm, 2, { fraud: true }], [S.n2, adm, 2, { fraud: true }]);
  const s = stay(m, ins, adm, dis, tpl, { items: extra });
  return { claims: [s], targets: [s] };
}];
// T06 出院后/入院前收费
FR.T06 = ['出院后或入院前发生的收费记入住院费用', (i, v) => {
  const r = reg(i); const m = elder(r); const tpl = pick(['pneumonia', 'angina', 'dm', 'stroke']); const [a, b] = staySpan(tpl);
  const adm = rdate('2025-01-20'); const dis = add(adm, ri(a, b)); const ins = inst(r, pick(['01', '03', '04']));
  let extra;
  if (v === 'overt') { const p = add(dis, ri(2, 6)); extra = [[S.chestCT, p, 1, { fraud: true }], [S.iv1, p, 1, { fraud: true }], [G.ceftri, p, 2, { fraud: true }], [G.ns, p, 2, { fraud: true }], [S.cbc, add(p, 1), 1, { fraud: true }], [S.iv1, add(p, 1), 1, { fraud: true }], [G.ceftri, add(p, 1), 2, { fraud: true }]]; }
  else { const p = add(adm, -ri(3, 5)); extra = [[S.iv1, p, 1, { fraud: true }], [G.ns, p, 2, { fraud: true }], [G.cefuroxI, p, 2, { fraud: true }], [S.iv1, add(p, 1), 1, { fraud: true }], [G.ns, add(p, 1), 2, { fraud: true }], [G.cefuroxI, add(p, 1), 2, { fraud: true }]]; }
  const s = stay(m, ins, adm, dis, tpl, { items: extra });
  return { claims: [s], targets: [s] };
}];
// T07 同日两院重复
FR.T07 = ['同日在两家医疗机构重复就诊、重复检查开药', (i, v) => {
  const r = reg(i); const m = member({ region: r, age: ri(30, 70) }); const d = rdate();
  let a, b;
  if (v === 'overt') {
    const items = (ins) => { const cf = S.op; return [[cf, d, 1], [S.cbc, d, 1], [S.lft, d, 1], [S.rft, d, 1], [S.chestCT, d, 1], [G.azi, d, 6], [G.ambrox, d, 18]]; };
    a = claim({ m, ins: inst(r, '01'), dept: 'respiratory', vt: 'outpatient', date: d, dx: ['J20.900'], items: items() });
    const ins2 = inst(r, '03'); b = claim({ m, ins: ins2, dept: 'respiratory', vt: 'outpatient', date: d, dx: ['J20.900'], items: items().map((x, k) => k === 0 ? x : [...x.slice(0, 3), { fraud: true }]) });
  } else {
    a = claim({ m, ins: inst(r, '05'), dept: 'general', vt: 'outpatient', date: d, dx: ['J06.900'], items: [[S.gp, d, 1], [S.cbc, d, 1], [S.crp, d, 1], [G.cefurox, d, 12], [G.lhqw, d, 36]] });
    b = claim({ m, ins: inst(r, pick(['07', '11'])), dept: 'general', vt: 'outpatient', date: d, dx: ['J20.900'], items: [[S.op, d, 1], [S.cbc, d, 1, { fraud: true }], [S.crp, d, 1, { fraud: true }], [G.cefurox, d, 12, { fraud: true }], [G.ambrox, d, 18]] });
  }
  return { claims: [a, b], targets: [b] };
}];
// T08 检查无指征
FR.T08 = ['与诊断无关的检查检验（肿瘤标志物、甲功、乙肝五项、心肌标志物）', (i, v) => {
  const r = reg(i); const m = member({ region: r, age: ri(28, 65) }); const d = rdate(); let c;
  if (v === 'overt') {
    const ins = inst(r, pick(['04', '07', '11', '03']));
    c = claim({ m, ins, dept: 'orthopaedics', vt: 'outpatient', date: d, dx: ['M54.500'], items: [[S.op, d, 1], [S.ldr, d, 1], [G.diclo, d, 14], ...[S.cea, S.afp, S.ca199, S.thy, S.hbv, S.tni, S.bnp].map((x) => [x, d, 1, { fraud: true }]), ...(m.gender === 'F' ? [[S.ca125, d, 1, { fraud: true }]] : [])] });
  } else {
    const ins = inst(r, pick(['05', '06', '03', '11'])); const cf = ins.level === 1 && ins.own === 'public' ? S.gp : S.op;
    const k = i % 3;
    const extra = k === 0 ? [S.tni, S.ck] : k === 1 ? [S.thy, S.cea] : [S.hbv, S.afp];
    c = claim({ m, ins, dept: 'general', vt: 'outpatient', date: d, dx: k === 1 ? ['K29.700'] : ['J06.900'], items: [[cf, d, 1], [S.cbc, d, 1], ...(k === 1 ? [[G.omep, d, 28]] : [[G.lhqw, d, 36]]), ...extra.map((x) => [x, d, 1, { fraud: true }])] });
  }
  return { claims: [c], targets: [c] };
}];
// T09 超限定支付范围用药
FR.T09 = ['超药品限定支付范围或无适应症用药', (i, v) => {
  const r = reg(i); const m = elder(r); const k = i % 5; const adm = rdate(); let s;
  if (k === 0) { const dis = add(adm, ri(7, 9)); s = stay(m, inst(r, pick(['01', '03'])), adm, dis, 'pneumonia', { items: daily(G.albumin, adm, v === 'overt' ? 5 : 2, 1, 1, { fraud: true }) }); }
  else if (k === 1) { const dis = add(adm, ri(6, 8)); s = claim({ m, ins: inst(r, pick(['03', '04'])), dept: 'neurology', vt: 'inpatient', adm, dis, dx: ['I67.800x003', 'I10.x00x002'], route: 'outpatient', items: [...stayDaily(adm, dis), ...admLabs(adm, [S.lipids]), [S.headCT, adm, 1], ...daily(G.asp, adm, diff(adm, dis), 1), ...ivCourse(adm, diff(adm, dis) - 1, [[G.ns, 2]]), ...daily(v === 'overt' ? G.edara : G.ginkgo, adm, diff(adm, dis) - 1, 2, 0, { fraud: true }), ...(v === 'overt' ? daily(G.gm1, adm, diff(adm, dis) - 1, 1, 0, { fraud: true }) : [])] }); }
  else if (k === 2) { const dis = add(adm, ri(5, 7)); s = claim({ m, ins: inst(r, pick(['03', '04', '01'])), dept: 'gastroenterology', vt: 'inpatient', adm, dis, dx: ['K29.700', 'I10.x00x002'], route: 'outpatient', items: [...stayDaily(adm, dis), ...admLabs(adm), [S.gastro, add(adm, 1), 1], ...ivCourse(adm, diff(adm, dis) - 1, [[G.pantoI, 1], [G.ns, 1]]), ...daily(G.lipid, adm, v === 'overt' ? 4 : 2, 1, 1, { fraud: true }), ...daily(G.aa, adm, v === 'overt' ? 4 : 2, 1, 1, { fraud: true }), ...(v === 'overt' ? daily(G.gsh, adm, 4, 2, 1, { fraud: true }) : [])] }); }
  else if (k === 3) { const mm = member({ region: r, age: ri(30, 50), gender: 'F' }); const d = rdate(); s = claim({ m: mm, ins: inst(r, pick(['07', '04', '03'])), dept: 'endocrinology', vt: 'outpatient', date: d, dx: v === 'overt' ? ['E66.900'] : ['E66.900', 'E78.500'], items: [[S.op, d, 1], [S.fbg, d, 1], [G.sema, d, v === 'overt' ? 2 : 1, { fraud: true }]] }); }
  else { const d = rdate(); s = claim({ m, ins: inst(r, pick(['05', '07', '03'])), dept: 'general', vt: 'outpatient', date: d, dx: ['I10.x00x002', 'E78.500'], items: [[S.op, d, 1], [G.amlo, d, 28], [G.atorva, d, 28], [v === 'overt' ? G.tica : G.clop, d, v === 'overt' ? 56 : 28, { fraud: true }]] }); }
  return { claims: [s], targets: [s] };
}];
// T10 串换（非医保商品串换为医保药品）
FR.T10 = ['药店将非医保商品串换为医保药品结算', (i, v) => {
  const r = reg(i); const m = member({ region: r, age: ri(26, 58) }); const ph = inst(r, pick(['08', '09', '10'])); const claims = [];
  if (v === 'overt') {
    const d = rdate(); claims.push(pharm(m, ph, d, ['J06.900'], [[G.lhqw, 288, { fraud: true }], [G.blg, 120, { fraud: true }], [G.fdds, 1800, { fraud: true }], [G.xstCap, 240, { fraud: true }]]));
  } else {
    let d = rdate('2025-01-06', '2025-07-20');
    for (let k = 0; k < 4; k++) { claims.push(pharm(m, ph, d, ['J06.900'], [[G.lhqw, 48, { fraud: true }], [G.blg, 40, { fraud: true }], [G.cetir, 30, { fraud: true }], [G.vitB, 100, { fraud: true }]])); d = add(d, ri(26, 34)); }
  }
  return { claims, targets: claims };
}];
// T11 分解住院
FR.T11 = ['分解住院（出院后短期内同院同病再入院）', (i, v) => {
  const r = reg(i); const m = elder(r); const tpl = pick(['pneumonia', 'copd', 'stroke', 'hf']); const ins = inst(r, pick(['01', '03', '04', '06']));
  const adm = rdate('2025-01-06', '2025-10-01'); const dis = add(adm, ri(5, 7)); const s1 = stay(m, ins, adm, dis, tpl);
  const a2 = add(dis, v === 'overt' ? ri(0, 1) : ri(3, 7)); const d2 = add(a2, ri(5, 7));
  const s2 = stay(m, ins, a2, d2, tpl);
  return { claims: [s1, s2], targets: [s2] };
}];
// T12 挂床住院
FR.T12 = ['挂床住院（在床天数长而诊疗极少）', (i, v) => {
  const r = reg(i); const m = elder(r); const ins = inst(r, pick(['04', '06', '11', '05'])); const adm = rdate(); const n = v === 'overt' ? ri(12, 18) : ri(8, 11); const dis = add(adm, n);
  const dx = pick([['I10.x00x002'], ['I69.300', 'I10.x00x002'], ['M47.800'], ['E11.900']]);
  const items = [...stayDaily(adm, dis, { nurse: S.n3 }), [S.cbc, adm, 1]];
  if (v === 'careful') items.push([S.lft, adm, 1], [S.ecg, adm, 1], [S.rft, add(adm, 1), 1], ...daily(dx[0].startsWith('E11') ? G.met : G.amlo, adm, n, dx[0].startsWith('E11') ? 3 : 1), ...ivCourse(adm, 3, [[G.ns, 1]]));
  const s = claim({ m, ins, dept: 'general', vt: 'inpatient', adm, dis, dx, route: 'outpatient', items });
  return { claims: [s], targets: [s] };
}];
// T13 低标准入院
FR.T13 = ['低标准入院（门诊可治疗的轻症收住院）', (i, v) => {
  const r = reg(i); const m = member({ region: r, age: ri(25, 60) }); const ins = inst(r, pick(['04', '11', '06', '03'])); const adm = rdate(); const dis = add(adm, ri(3, 5)); const n = diff(adm, dis);
  let dx, items;
  if (v === 'overt') { dx = [pick(['J06.900', 'K29.700', 'M79.100'])]; items = [...admLabs(adm), [S.cxr, adm, 1], ...ivCourse(adm, n, [[G.ns, 2], [G.gs, 1], [G.ambroxI, 1]])]; }
  else { dx = [pick(['J20.900', 'R42.x00x004', 'I10.x00x002'])]; items = [...admLabs(adm, [S.crp]), [dx[0].startsWith('R42') ? S.headCT : S.cxr, adm, 1], ...daily(dx[0] === 'I10.x00x002' ? G.amlo : G.ambrox, adm, n, dx[0] === 'I10.x00x002' ? 1 : 3), ...ivCourse(adm, 2, [[G.ns, 1]])]; }
  const s = claim({ m, ins, dept: 'general', vt: 'inpatient', adm, dis, dx, route: 'outpatient', items: [...stayDaily(adm, dis, { nurse: S.n3 }), ...items] });
  return { claims: [s], targets: [s] };
}];
// T14 高套 DRG（编码高套）
FR.T14 = ['高套DRG分组（虚增严重并发症或主诊断）', (i, v) => {
  const r = reg(i); const m = elder(r); const tpl = pick(['pneumonia', 'copd', 'stroke', 'hf']); const [a, b] = staySpan(tpl); const ins = inst(r, pick(['01', '03', '04']));
  const adm = rdate(); const dis = add(adm, ri(a, b)); const base = T[tpl](adm, dis, ins.level).dx;
  const dx = v === 'overt' ? [...base, 'J96.000', pick(['N17.900', 'R57.100'])] : [...base, pick(['E87.102', 'E87.600', 'D62.x00'])];
  const s = stay(m, ins, adm, dis, tpl, { dx });
  return { claims: [s], targets: [s] };
}];
// T15 超价格收费
FR.T15 = ['超医疗服务价格或目录限价收费', (i, v) => {
  const r = reg(i); const m = member({ region: r, age: ri(30, 75) }); const d = rdate(); const ins = inst(r, pick(['04', '07', '11', '03']));
  const lvl = ins.level; const cap = (c) => rowOf(c).priceCap[String(lvl)];
  const up = (c, f) => [c, d, 1, { fraud: true, price: Math.round(cap(c) * f * 10) / 10 }];
  let items;
  if (v === 'overt') items = [[S.op, d, 1], up(S.cbc, 1.8), up(S.crp, 2), up(S.cxr, 1.6), [G.amox, d, 42]];
  else items = [[S.op, d, 1], up(S.cbc, lvl < 3 ? rowOf(S.cbc).priceCap['3'] / cap(S.cbc) : 1.1), up(S.lft, lvl < 3 ? rowOf(S.lft).priceCap['3'] / cap(S.lft) : 1.1), [S.ecg, d, 1], [G.omep, d, 28]];
  const c = claim({ m, ins, dept: 'general', vt: 'outpatient', date: d, dx: v === 'overt' ? ['J20.900'] : ['K29.700'], items });
  return { claims: [c], targets: [c] };
}];

// ---------- controls ----------
const CT = {};
CT.C01 = ['胸痛首日心电监测与心肌标志物复查（有指征）', ['T08', 'T04'], () => {
  const r = reg(CTi); const m = elder(r); const adm = rdate(); const dis = add(adm, ri(4, 6)); const ins = inst(r, pick(['01', '03']));
  const s = stay(m, ins, adm, dis, 'angina', { items: [[S.tni, adm, 1], [S.bnp, adm, 1], [S.ddimer, adm, 1]], dx: ['I20.000', 'I10.x00x002'], route: 'emergency' });
  return [s];
}];
CT.C02 = ['糖尿病季度随访糖化血红蛋白与并发症筛查', ['T04', 'T08'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(45, 75), chronic: ['E11'] }); const ins = inst(r, pick(['03', '05', '01'])); let d = rdate('2025-01-06', '2025-03-20'); const out = [];
  for (let k = 0; k < 3; k++) { out.push(chronicVisit(m, ins, d, 'dm', 4, { tests: k === 1 ? [S.hba1c, S.umalb, S.fundus, S.lipids] : [S.hba1c] })); d = add(d, ri(91, 100)); }
  return out;
}];
CT.C03 = ['稳定慢病长处方（12周）', ['T03'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(55, 80), chronic: ['I10', 'E11'] }); const ins = inst(r, pick(['05', '03', '01'])); let d = rdate('2025-01-06', '2025-04-30'); const out = [];
  for (let k = 0; k < 3; k++) { out.push(chronicVisit(m, ins, d, pick(['htn', 'dm']), 12)); d = add(d, ri(80, 86)); }
  return out;
}];
CT.C04 = ['基层首诊后当日上转三级医院住院', ['T07', 'T01', 'T02'], () => {
  const r = reg(CTi); const m = elder(r); const d = rdate(); const l1 = inst(r, pick(['05', '06', '03']));
  const o = claim({ m, ins: l1, dept: 'emergency', vt: 'outpatient', date: d, dx: ['R07.400'], items: [[S.er, d, 1], [S.ecg, d, 1], [S.tni, d, 1]] });
  const dis = add(d, ri(5, 7)); const s = stay(m, inst(r, '01'), d, dis, 'angina', { route: 'transfer', from: l1.id });
  return [o, s];
}];
CT.C05 = ['出院后因不同疾病再次住院（真实再入院）', ['T11'], () => {
  const r = reg(CTi); const m = elder(r); const ins = inst(r, pick(['01', '03'])); const adm = rdate('2025-01-06', '2025-10-01'); const dis = add(adm, ri(6, 8));
  const s1 = stay(m, ins, adm, dis, 'pneumonia'); const a2 = add(dis, ri(4, 12)); const s2 = stay(m, ins, a2, add(a2, ri(6, 8)), pick(['stroke', 'hf', 'dm']), { route: 'emergency' });
  return [s1, s2];
}];
CT.C06 = ['入院前规定时限内的门诊术前检查', ['T06', 'T04'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(35, 70) }); const ins = inst(r, pick(['01', '03'])); const adm = rdate('2025-01-10'); const pre = add(adm, -ri(1, 3));
  const o = claim({ m, ins, dept: 'general_surgery', vt: 'outpatient', date: pre, dx: ['K80.100'], items: [[S.op, pre, 1], [S.usAbd, pre, 1], [S.cbc, pre, 1], [S.coag, pre, 1], [S.pre8, pre, 1], [S.abo, pre, 1], [S.ecg, pre, 1], [S.cxr, pre, 1]] });
  const op = add(adm, 0); const dis = add(adm, ri(3, 4));
  const s = claim({ m, ins, dept: 'general_surgery', vt: 'inpatient', adm, dis, dx: ['K80.100'], px: [['51.2300', op]], route: 'outpatient', items: [...stayDaily(adm, dis), [S.lapChole, op, 1], [S.ga, op, 2], [G.cefuroxI, op, 2], [S.iv1, op, 1], [G.ns, op, 2], [S.ivA, op, 1], [S.path, op, 1], [S.cbc, add(op, 1), 1], ...ivCourse(add(op, 1), diff(op, dis) - 1, [[G.ns, 1], [G.pantoI, 1]])] });
  return [o, s];
}];
CT.C07 = ['同日两家机构就诊但服务不同（专科与慢病配药）', ['T07'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(55, 80), chronic: ['I10'] }); const d = rdate();
  const a = chronicVisit(m, inst(r, '05'), d, 'htn', 4);
  const b = claim({ m, ins: inst(r, '01'), dept: 'orthopaedics', vt: 'outpatient', date: d, dx: ['M17.900'], items: [[S.deputy, d, 1], ['002202040020001', d, 2], [G.celecox, d, 28]] });
  return [a, b];
}];
CT.C08 = ['出院当日在双通道药店购出院带药', ['T01'], () => {
  const r = reg(CTi); const m = elder(r, { chronic: ['I25'] }); const adm = rdate(); const dis = add(adm, ri(5, 7));
  const s = stay(m, inst(r, '01'), adm, dis, 'angina', { route: 'emergency' });
  const p = pharm(m, inst(r, '08'), dis, ['I20.000'], [[G.tica, 56], [G.atorva, 28]]);
  return [s, p];
}];
CT.C09 = ['二级医院病情加重医嘱转院至三级医院（前后衔接不重叠）', ['T02', 'T11'], () => {
  const r = reg(CTi); const m = elder(r); const l2 = inst(r, '03'); const adm = rdate(); const dis = add(adm, ri(2, 4));
  const s1 = stay(m, l2, adm, dis, 'pneumonia', { mode: 'transfer' });
  const s2 = stay(m, inst(r, '01'), dis, add(dis, ri(7, 10)), 'copd', { route: 'transfer', from: l2.id, dx: ['J44.100', 'J18.900'] });
  return [s1, s2];
}];
CT.C10 = ['胰岛素使用者在两家药店交替按月购药', ['T03'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(45, 75), chronic: ['E11'] }); let d = rdate('2025-01-06', '2025-06-30'); const out = [];
  for (let k = 0; k < 4; k++) { out.push(pharm(m, inst(r, k % 2 ? '09' : '08'), d, ['E11.900'], [[G.glarg, 3], [G.met, 84]])); d = add(d, ri(29, 33)); }
  return out;
}];
CT.C11 = ['数月后另一次手术住院重新行术前八项与血型', ['T04'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(30, 65) }); const ins = inst(r, pick(['01', '03'])); const a1 = rdate('2025-01-06', '2025-05-30');
  const s1 = stay(m, ins, a1, add(a1, ri(3, 4)), 'appy'); const a2 = add(a1, ri(120, 180)); const s2 = stay(m, ins, a2, add(a2, ri(4, 5)), 'chole');
  return [s1, s2];
}];
CT.C12 = ['急诊肌钙蛋白后收住院再次复查（同院）', ['T04', 'T07', 'T01'], () => {
  const r = reg(CTi); const m = elder(r); const ins = inst(r, pick(['01', '03'])); const d = rdate();
  const o = claim({ m, ins, dept: 'emergency', vt: 'outpatient', date: d, dx: ['R07.400'], items: [[S.er, d, 1], [S.ecg, d, 1], [S.tni, d, 1], [S.ck, d, 1]] });
  const s = stay(m, ins, d, add(d, ri(4, 6)), 'angina', { route: 'emergency' });
  return [o, s];
}];
CT.C13 = ['当日入出院（日间病房）计一日床位', ['T05'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(40, 75) }); const ins = inst(r, '01'); const d = rdate();
  const s = claim({ m, ins, dept: 'oncology', vt: 'inpatient', adm: d, dis: d, dx: ['Z51.102', 'C18.900'], route: 'outpatient', items: [[S.bed3, d, 1], [S.ipc, d, 1], [S.n2, d, 1], [S.cbc, d, 1], [S.lft, d, 1], [S.iv1, d, 1], [S.ivA, d, 2], [G.oxali, d, 1], [G.gs, d, 2], [G.ondan, d, 1], [S.chemoPrep, d, 1]], px: [['99.2500', d]] });
  return [s];
}];
CT.C14 = ['住院中护理级别调整（Ⅰ级转Ⅱ级）', ['T05'], () => {
  const r = reg(CTi); const m = elder(r); const ins = inst(r, pick(['01', '03'])); const adm = rdate(); const dis = add(adm, ri(9, 12)); const sw = add(adm, 3);
  return [stay(m, ins, adm, dis, 'stroke', { daily: { nurse: (d) => (d < sw ? S.n1 : S.n2) }, route: 'emergency' })];
}];
CT.C15 = ['出院当日的出院带药与复查', ['T06'], () => {
  const r = reg(CTi); const m = elder(r); const ins = inst(r, pick(['01', '03', '04'])); const adm = rdate(); const dis = add(adm, ri(6, 8));
  return [stay(m, ins, adm, dis, 'pneumonia', { items: [[S.cbc, dis, 1], [S.crp, dis, 1], [G.cefurox, dis, 14], [G.ambrox, dis, 21]] })];
}];
CT.C16 = ['有指征的肿瘤标志物（结肠癌术后随访、体重下降）', ['T08'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(45, 75) }); const d = rdate(); const ins = inst(r, pick(['01', '03']));
  const fu = rnd() < 0.6;
  return [claim({ m, ins, dept: fu ? 'oncology' : 'gastroenterology', vt: 'outpatient', date: d, dx: fu ? ['Z08.000', 'C18.900'] : ['R63.400', 'D50.900'], items: [[S.deputy, d, 1], [S.cbc, d, 1], [S.cea, d, 1], [S.ca199, d, 1], [S.afp, d, 1], [fu ? S.abdCT : S.usAbd, d, 1]] })];
}];
CT.C17 = ['心悸、房颤或疲乏查甲状腺功能', ['T08'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(30, 75) }); const d = rdate(); const ins = inst(r, pick(['01', '03', '05']));
  const cf = ins.level === 1 ? S.gp : S.op; const af = rnd() < 0.5;
  return [claim({ m, ins, dept: 'cardiology', vt: 'outpatient', date: d, dx: af ? ['I48.000'] : ['R00.200', 'E03.900'], items: [[cf, d, 1], [S.ecg, d, 1], [S.thy, d, 1], [S.cbc, d, 1]] })];
}];
CT.C18 = ['呼吸困难或心衰随访查BNP、肌钙蛋白', ['T08'], () => {
  const r = reg(CTi); const m = elder(r); const d = rdate(); const ins = inst(r, pick(['01', '03']));
  return [claim({ m, ins, dept: 'cardiology', vt: 'outpatient', date: d, dx: rnd() < 0.5 ? ['I50.900', 'I10.x00x002'] : ['R06.000', 'I25.100'], items: [[S.op, d, 1], [S.bnp, d, 1], [S.tni, d, 1], [S.ecg, d, 1], [S.cxr, d, 1], [G.furo, d, 28], [G.spiro, d, 28]] })];
}];
CT.C19 = ['限定支付药品在限定范围内使用', ['T09'], () => {
  const r = reg(CTi); const m = elder(r); const adm = rdate(); const k = CTi % 3;
  if (k === 0) { const dis = add(adm, ri(8, 10)); return [claim({ m, ins: inst(r, '01'), dept: 'gastroenterology', vt: 'inpatient', adm, dis, dx: ['K74.600x003', 'R18.x00', 'B18.100'], route: 'outpatient', items: [...stayDaily(adm, dis), ...admLabs(adm, [S.coag, S.hbv]), [S.usAbd, adm, 1], ...daily(G.albumin, adm, 4, 1, 1), ...daily(G.spiro, adm, diff(adm, dis), 2), ...daily(G.furo, adm, diff(adm, dis), 1), ...daily(G.entec, adm, diff(adm, dis), 1), ...ivCourse(adm, 4, [[G.mgIso, 1], [G.ns, 1]], 1)] })]; }
  if (k === 1) { const dis = add(adm, ri(10, 12)); return [stay(m, inst(r, pick(['01', '03'])), adm, dis, 'stroke', { route: 'emergency' })]; }
  const mm = member({ region: r, age: ri(40, 65), chronic: ['E11'] }); const d = adm;
  return [chronicVisit(mm, inst(r, pick(['01', '03'])), d, 'dm', 4, { tests: [S.hba1c], items: [[G.sema, d, 1]] })];
}];
CT.C20 = ['药店按月为慢病配药（品种与病种相符）', ['T10', 'T03'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(55, 80), chronic: ['I10'] }); const ph = inst(r, pick(['08', '09', '10'])); let d = rdate('2025-01-06', '2025-07-30'); const out = [];
  for (let k = 0; k < 3; k++) { out.push(pharm(m, ph, d, ['I10.x00x002', 'E78.500'], [[G.amlo, 28], [G.valsa, 28], [G.atorva, 28]])); d = add(d, ri(27, 31)); }
  return out;
}];
CT.C21 = ['化疗周期性住院（每21天）', ['T11'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(45, 72) }); const ins = inst(r, '01'); let adm = rdate('2025-01-06', '2025-08-01'); const out = [];
  for (let k = 0; k < 3; k++) {
    const dis = add(adm, 2); const d1 = add(adm, 1);
    out.push(claim({ m, ins, dept: 'oncology', vt: 'inpatient', adm, dis, dx: ['Z51.102', 'C18.900'], px: [['99.2500', d1]], route: 'outpatient', items: [...stayDaily(adm, dis), [S.cbc, adm, 1], [S.lft, adm, 1], [S.rft, adm, 1], [S.iv1, d1, 1], [S.ivA, d1, 2], [G.oxali, d1, 1], [G.gs, d1, 2], [G.ondan, d1, 1], [S.chemoPrep, d1, 1], [G.capec, dis, 84]] }));
    adm = add(adm, 21);
  }
  return out;
}];
CT.C22 = ['高龄股骨颈骨折保守治疗（诊疗项目少但需住院）', ['T12', 'T13'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(86, 95) }); const ins = inst(r, pick(['03', '01'])); const adm = rdate(); const dis = add(adm, ri(10, 14)); const n = diff(adm, dis);
  return [claim({ m, ins, dept: 'orthopaedics', vt: 'inpatient', adm, dis, dx: ['S72.000', 'I10.x00x002'], route: 'emergency', items: [...stayDaily(adm, dis, { nurse: S.n1 }), ...admLabs(adm, [S.coag, S.ddimer]), ['002202040020001', adm, 1], ...daily(G.enox, adm, Math.min(n, 14), 1), ...daily(G.para, adm, n, 3), ...daily(G.amlo, adm, n, 1), [S.cbc, add(adm, 5), 1]] })];
}];
CT.C23 = ['高龄多病共存肺炎在基层住院', ['T13', 'T12'], () => {
  const r = reg(CTi); const m = member({ region: r, age: ri(78, 92) }); const ins = inst(r, pick(['05', '06'])); const adm = rdate(); const dis = add(adm, ri(6, 8));
  return [stay(m, ins, adm, dis, 'pneumonia', { dx: ['J18.900', 'I50.900', 'E11.900'], items: daily(S.o2, adm, 3, 10) })];
}];
CT.C24 = ['有诊疗依据的严重并发症（呼吸衰竭）', ['T14'], () => {
  const r = reg(CTi); const m = elder(r); const ins = inst(r, pick(['01', '03'])); const adm = rdate(); const dis = add(adm, ri(9, 12)); const n = diff(adm, dis);
  return [stay(m, ins, adm, dis, 'copd', { dx: ['J44.100', 'J96.000', 'J18.900'], route: 'emergency', items: [[S.abg, add(adm, 1), 1], [S.abg, add(adm, 2), 1], ...daily(S.niv, adm, 4, 16), ...daily(S.spo2, adm, 4, 24), [S.bnp, adm, 1], [S.pct, adm, 1]] })];
}];
let CTi = 0;

// ---------- routine ----------
function routine(i) {
  const r = reg(i); const k = i % 10;
  if (k === 0) { const m = member({ region: r }); return [opVisit(m, inst(r, pick(['05', '06', '07', '03'])), rdate(), pick(['uri', 'bronch', 'gastritis', 'uti']))]; }
  if (k === 1) { const m = member({ region: r, age: ri(50, 80), chronic: ['I10'] }); return [chronicVisit(m, inst(r, pick(['05', '03', '01'])), rdate(), 'htn', 4)]; }
  if (k === 2) { const m = member({ region: r, age: ri(50, 80), chronic: ['E11'] }); return [chronicVisit(m, inst(r, pick(['05', '03', '01'])), rdate(), 'dm', 4)]; }
  if (k === 3) { const m = member({ region: r, age: ri(20, 70) }); return [pharm(m, inst(r, pick(['08', '09', '10'])), rdate(), ['J06.900'], [[G.lhqw, 24], [G.para, 6]])]; }
  if (k === 4) { const m = member({ region: r, age: ri(30, 70) }); return [opVisit(m, inst(r, pick(['01', '03', '04'])), rdate(), pick(['back', 'htn', 'gastritis']))]; }
  const tpl = pick(['pneumonia', 'chole', 'appy', 'stroke', 'angina', 'hf', 'copd', 'gastro']); const [a, b] = staySpan(tpl);
  const m = tpl === 'appy' || tpl === 'gastro' ? member({ region: r, age: ri(18, 60) }) : elder(r);
  const ins = inst(r, tpl === 'chole' || tpl === 'stroke' ? pick(['01', '03']) : pick(['01', '03', '04', '05']));
  const adm = rdate(); return [stay(m, ins, adm, add(adm, ri(a, b)), tpl, { route: tpl === 'appy' || tpl === 'stroke' ? 'emergency' : 'outpatient' })];
}

// ---------- build ----------
const FCODES = Object.keys(FR).sort();
for (const code of FCODES) { const [name, fn] = FR[code]; for (let i = 0; i < 15; i++) { const v = V(i); const r = fn(i, v); addCase('fraud', code, name, v, r.claims, r.targets, mut(...r.targets)); } }
for (const code of Object.keys(CT).sort()) { const [name, like, fn] = CT[code]; for (let i = 0; i < 15; i++) { CTi = i; const cs = fn(); addCase('control', code, name + '（似 ' + like.join('/') + '）', 'overt', cs, cs, {}); CASES[CASES.length - 1].resembles = like; } }
for (let i = 0; i < 100; i++) { const cs = routine(i); addCase('routine', 'R', '常规诊疗', 'overt', cs, [], {}); }

// money in settlement order
function policyOf(region) {
  const p = JSON.parse(JSON.stringify(POLICY.provinces[region.slice(0, 2)]));
  const ov = (p.regions || {})[region];
  const merge = (a, b) => { for (const [k, v] of Object.entries(b || {})) { if (v && typeof v === 'object' && !Array.isArray(v) && a[k] && typeof a[k] === 'object') merge(a[k], v); else a[k] = v; } };
  if (ov) merge(p, ov);
  return p;
}
const dateOf = (c) => c.dischargeDate || c.visitDate;
CLAIMS.sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : a._order - b._order));
const ytd = {};
for (const c of CLAIMS) {
  const pol = policyOf(c.region); const sch = pol.schemes[c.insuranceType][c.visitType]; const lvl = String(c.provider.level);
  let total = 0, policy = 0;
  for (const l of c.items) {
    const a = Math.round(fen(l.unitPrice) * l.quantity); total += a;
    const share = l._row.selfPayShare != null ? l._row.selfPayShare : ({ 甲: 0, 乙: (pol.yiSelfPayShare || {})[l.category] || 0.1, 丙: 1 })[l._row.class];
    policy += Math.round(a * (1 - share));
    l.amount = a / 100;
  }
  const key = c.patient.insuredId + '|' + c.visitType; const y = (ytd[key] = ytd[key] || { policy: 0, fund: 0 });
  let ded;
  if (c.visitType === 'inpatient') ded = fen(typeof sch.deductible === 'object' ? sch.deductible[lvl] : sch.deductible);
  else ded = Math.max(0, fen(typeof sch.deductible === 'object' ? sch.deductible[lvl] : sch.deductible || 0) - y.policy);
  let ratio = (typeof sch.ratio === 'object' ? sch.ratio[lvl] : sch.ratio) + (c.patient.retired ? sch.retireeRatioBonus || 0 : 0);
  if (sch.maxRatio) ratio = Math.min(ratio, sch.maxRatio);
  let fund = Math.max(0, Math.round((policy - ded) * ratio));
  if (sch.annualFundCap) fund = Math.min(fund, Math.max(0, fen(sch.annualFundCap) - y.fund));
  y.policy += policy; y.fund += fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  if (c.visitType === 'inpatient') c.reportedGroup = { drg: GROUPMAP[c.claimId] || null, dip: null };
}
// write
fs.mkdirSync(OUT, { recursive: true });
const clean = (c) => { const o = {}; for (const [k, v] of Object.entries(c)) if (!k.startsWith('_')) o[k] = v; o.items = c.items.map((l) => { const x = {}; for (const [k, v] of Object.entries(l)) if (!k.startsWith('_')) x[k] = v; return x; }); return o; };
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map((c) => JSON.stringify(clean(c))).join('\n') + '\n');
const labels = CASES.map((k, i) => ({
  caseId: 'B123-' + String(i + 1).padStart(4, '0'), kind: k.kind, code: k.code, name: k.name, claimIds: k.claims.map((c) => c.claimId),
  targets: k.targets.map((c) => c.claimId), mutatedLines: k.mutated, typology: k.code, variant: k.variant, ...(k.resembles ? { resembles: k.resembles } : {}),
}));
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind123: ${labels.length} cases, ${CLAIMS.length} claims`);
