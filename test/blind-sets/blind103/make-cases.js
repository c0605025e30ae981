#!/usr/bin/env node
// blind103: eyes (眼科、眼科专科医院与视光). usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// No dependencies; fixed seed 1030103. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = argv[0]; if (!OUT) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k, d) => { const i = argv.indexOf(k); return i > 0 ? argv[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base103/rules/catalogue');
const GROUPS = opt('--groups', null);
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
const DRG_DIR = '/work/shared/chs-drg-1.1';
const DX = JSON.parse(fs.readFileSync(path.join(DRG_DIR, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRG_DIR, 'procedures.json'), 'utf8'));

// ---------- rng ----------
let seed = 1030103 >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const ROW = {};
for (const f of fs.readdirSync(CAT)) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  const d = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  for (const r of (Array.isArray(d) ? d : d.rows)) ROW[r.code] = r;
}
const C = { // the rows billed, by meaning
  consult: '001102000010001', consultSenior: '001102000020001', consultChief: '001102000030001', generalFee: '001102000040001', er: '001102000050001',
  ipConsult: '001103000010001', bed: '001105000010001', nurse1: '001201000020001', nurse2: '001201000030001',
  ivFirst: '001204000010001', cbc: '002501010010001', coag: '002502060010001', hbv: '002502110010001', glu: '002502050010001', liver: '002502010010001', renal: '002502020010001', ecg: '003107010010001', bgPoc: '001212000010001',
  fundusExam: '002503010050001', slit: '002503010060001', ascan: '002503010070001',
  oct: '003103010010001', photo: '003103010020001', ffa: '003103010030001', field: '003103010040001', iop: '003103010050001', refraction: '003103010060001', topo: '003103010070001',
  laser: '003103020010001', yag: '003103020020001', lpi: '003103020030001', ivi: '003103020040001',
  phaco: '003304010010001', vit: '003304010020001', rdRepair: '003304010030001', trab: '003304010040001', strab: '003304010050001',
  ga: '003301010010001',
  iol: 'C08010150100001152110000001', ovd: 'C08010150200001585740000001', drape: 'C11010150600001900710000001', orthoK: 'C08010150300001391260000001',
  ranibizumab: 'XS01LAL501B002', conbercept: 'XS01LAK501B002', aflibercept: 'XS01LAA501B002',
  brimonidine: 'XS01EAX501D001', latanoprost: 'XS01EEL501D001', brinzolamide: 'XS01ECB501D001', pilocarpine: 'XS01EBM501D001', timolol: 'XS01EDS511D001',
  tropicamide: 'XS01FAT501D001', pranoprofen: 'XS01BCP501D001', fml: 'XS01BAF501D001', atropineGel: 'XS01FAA501D001', oxybuprocaine: 'XS01HAA501D001', atropine001: 'XS01FAA501D0010901',
  levoDrops: 'XS01AEZ501D001', tobraDex: 'XS01CAT513D001', hyaluronate: 'XS01XAB509D001',
  mannitol: 'XB05BCG505B002', saline: 'XB05BBL511B002', metformin: 'XA10BAE503A001', insulin: 'XA10ACJ502B002', amlodipine: 'XC08CAA512A001', lidocaine: 'XN01BBL509B002',
};
for (const [k, c] of Object.entries(C)) if (!ROW[c]) throw new Error(`catalogue row missing: ${k} ${c}`);

// ---------- places ----------
const REGIONS = [
  { code: '510100', prov: '51', name: '成都' }, { code: '370100', prov: '37', name: '济南' },
  { code: '220100', prov: '22', name: '长春' }, { code: '230100', prov: '23', name: '哈尔滨' }];
const KINDS = [ // suffix, kind, level, department
  ['01', 'public_general_l3', 3, 'ophthalmology'], ['02', 'public_eye_hospital_l3', 3, 'ophthalmology'],
  ['03', 'private_eye_hospital_l2', 2, 'ophthalmology'], ['04', 'public_general_l2', 2, 'ophthalmology'],
  ['05', 'community_centre_l1', 1, 'general_practice'], ['06', 'optometry_clinic_l1', 1, 'optometry'], ['07', 'pharmacy', 1, 'pharmacy']];
const INST = {};
for (const r of REGIONS) for (const [suf, kind, level, dept] of KINDS) {
  const id = (kind === 'pharmacy' ? 'Y' : 'H') + r.code + suf; const n = kind === 'pharmacy' ? 1 : kind.includes('l1') ? 2 : 4;
  const docs = []; for (let i = 1; i <= n; i++) docs.push(`D${r.code.slice(0, 4)}${suf}${String(i).padStart(2, '0')}`);
  (INST[r.code] = INST[r.code] || {})[kind] = { id, kind, level, dept, docs, region: r.code, prov: r.prov, pharmacy: kind === 'pharmacy' };
}
// a second pharmacy per region (stockpiling goes across pharmacies)
for (const r of REGIONS) INST[r.code].pharmacy2 = { id: 'Y' + r.code + '08', kind: 'pharmacy', level: 1, dept: 'pharmacy', docs: [`D${r.code.slice(0, 4)}0801`], region: r.code, prov: r.prov, pharmacy: true };
const I = (reg, k) => INST[reg][{ G3: 'public_general_l3', E3: 'public_eye_hospital_l3', P2: 'private_eye_hospital_l2', G2: 'public_general_l2', CHC: 'community_centre_l1', OPT: 'optometry_clinic_l1', PH: 'pharmacy', PH2: 'pharmacy2' }[k]];

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const day = (s) => Math.round((Date.parse(s + 'T00:00:00Z') - D0) / 864e5);
const ds = (n) => new Date(D0 + n * 864e5).toISOString().slice(0, 10);
const add = (s, n) => ds(day(s) + n);
const rdate = (from, to) => ds(ri(day(from), day(to)));

// ---------- members ----------
let memberSeq = 0;
function member(o) {
  const region = o.region; const age = o.age; const gender = o.gender || pick(['M', 'F']);
  const by = 2025 - age - 1; const bm = ri(7, 12); const bd = ri(1, 28); // birthday in the second half: age on mid-2025 dates is `age`
  const scheme = o.scheme || (age < 18 ? 'resident' : pick(['employee', 'employee', 'resident']));
  const retAge = gender === 'M' ? 60 : 55;
  const retired = scheme === 'employee' && age >= retAge;
  const contributionYears = scheme === 'employee' ? Math.max(1, Math.min(age - 20, retired ? ri(gender === 'M' ? 30 : 25, 40) : ri(3, 30))) : 0;
  memberSeq++;
  return {
    insuredId: 'P103' + String(memberSeq).padStart(6, '0'), gender, birthDate: `${by}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}`, retired, scheme, region,
    enrollment: { enrolledOn: age < 10 ? `${by + 1}-01-01` : `${2025 - Math.min(age - 1, ri(6, 20))}-01-01`, inConcentratedPeriod: true, continuousYears: Math.min(age, ri(6, 20)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null },
  };
}
const ageAt = (m, d) => { const b = m.birthDate; let a = +d.slice(0, 4) - +b.slice(0, 4); if (d.slice(5) < b.slice(5)) a--; return a; };

// ---------- money ----------
const fen = (y) => Math.round(y * 100);
const yuan = (f) => Math.round(f) / 100;
const YTD = {}; // member|year|kind -> {policy, fund}; inpatient admissions per member-year
function fund(m, inst, visitType, policyFen, date) {
  const prov = POL.provinces[inst.prov]; let sch = JSON.parse(JSON.stringify(prov.schemes[m.scheme]));
  const reg = prov.regions && prov.regions[m.region]; if (reg && reg.schemes && reg.schemes[m.scheme]) for (const [k, v] of Object.entries(reg.schemes[m.scheme])) Object.assign(sch[k], v);
  const p = sch[visitType]; const lv = String(inst.level);
  const key = `${m.insuredId}|${date.slice(0, 4)}|${visitType}`; const y = YTD[key] || (YTD[key] = { policy: 0, fund: 0, n: 0 });
  const ratio = (typeof p.ratio === 'object' ? p.ratio[lv] : p.ratio) + (m.retired ? (p.retireeRatioBonus || 0) : 0);
  let dedFen;
  if (visitType === 'inpatient') { dedFen = fen(p.deductible[lv]); if (y.n > 0 && p.laterAdmissionDeductibleShare) dedFen = Math.round(dedFen * p.laterAdmissionDeductibleShare); }
  else { dedFen = Math.max(0, fen(p.deductible) - y.policy); }
  let f = Math.max(0, policyFen - dedFen) * ratio; f = Math.floor(f);
  const capLeft = Math.max(0, fen(p.annualFundCap) - y.fund); f = Math.min(f, capLeft);
  y.policy += policyFen; y.fund += f; y.n++;
  return f;
}

// ---------- claims ----------
const CLAIMS = []; const LABELS = []; let claimSeq = 0;
const L = (code, date, qty, o = {}) => Object.assign({ code, date, qty }, o);
function checkLine(cl, m, inst, ln, row, perDay) {
  const errs = []; const age = ageAt(m, ln.date);
  if (row.setting === 'inpatient' && cl.visitType !== 'inpatient') errs.push('setting');
  if (row.setting === 'outpatient' && cl.visitType === 'inpatient') errs.push('setting');
  if (row.minLevel && inst.level < row.minLevel) errs.push('minLevel');
  if (row.gender && row.gender !== m.gender) errs.push('gender');
  if (row.ageMin != null && age < row.ageMin) errs.push('ageMin');
  if (row.ageMax != null && age > row.ageMax) errs.push('ageMax');
  if (row.indications && !cl.diagnoses.some(d => row.indications.some(p => d.code.startsWith(p)))) errs.push('indications');
  if (row.maxPerDay != null && perDay > row.maxPerDay) errs.push('maxPerDay');
  if (ln.price != null && ln.price > row.priceCap[String(inst.level)] + 1e-9) errs.push('priceCap');
  return errs;
}
function claim(m, inst, o) {
  // o: visitType, date | adm,dis, dx: [codes], px: [[code,date]], lines, doc, extra fields
  for (const d of o.dx) if (!DX[d]) throw new Error('unknown diagnosis ' + d);
  for (const [p] of (o.px || [])) if (!PX[p]) throw new Error('unknown procedure ' + p);
  claimSeq++;
  const cl = { claimId: `${inst.region}-${inst.id}-2025-${String(claimSeq).padStart(6, '0')}`, region: inst.region, insuranceType: m.scheme, visitType: o.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired }, enrollment: m.enrollment,
    provider: { hospitalId: inst.id, level: inst.level, department: o.dept || inst.dept, doctorId: o.doc || inst.docs[0] } };
  if (m.region !== inst.region) cl.insuredRegion = m.region;
  if (o.visitType === 'inpatient') {
    cl.admissionDate = o.adm; cl.dischargeDate = o.dis; cl.admissionRoute = o.route || 'outpatient'; cl.dischargeMode = o.dmode || 'ordered';
    if (o.transferFrom) cl.transferFromHospitalId = o.transferFrom;
  } else cl.visitDate = o.date;
  cl.diagnoses = o.dx.map((c, i) => (i === 0 ? { code: c, principal: true } : { code: c }));
  if (o.px && o.px.length) cl.procedures = o.px.map(([code, date]) => ({ code, date }));
  if (o.visitType === 'inpatient') cl.reportedGroup = { drg: null, dip: null };
  const per = {}; let total = 0, policy = 0; const mut = [];
  const items = [];
  o.lines.forEach((ln, i) => {
    const row = ROW[ln.code]; if (!row) throw new Error('no row ' + ln.code);
    const lineId = String(i + 1);
    const k = ln.code + '|' + ln.date; per[k] = (per[k] || 0) + ln.qty;
    if (o.visitType === 'inpatient' && (ln.date < o.adm || ln.date > o.dis)) throw new Error('line outside stay ' + cl.claimId);
    const price = ln.price != null ? ln.price : row.priceCap[String(inst.level)];
    const errs = checkLine(cl, m, inst, Object.assign({}, ln, { price }), row, per[k]);
    if (errs.length && !ln.fraud) throw new Error(`limit ${errs.join(',')} on ${row.name} in ${cl.claimId} (${o.tag || ''})`);
    const pf = fen(price); const af = pf * ln.qty;
    total += af; policy += Math.round(af * (1 - (row.selfPayShare || 0)));
    const it = { lineId, code: ln.code, name: row.name, category: row.category, date: ln.date, quantity: ln.qty, unitPrice: yuan(pf), amount: yuan(af) };
    if (ln.long) it.longPrescription = true;
    items.push(it); if (ln.m) mut.push(lineId);
  });
  cl.items = items;
  for (const x of [o.date, o.adm, o.dis, ...items.map(it => it.date)]) if (x && (x < '2025-01-01' || x > '2025-12-31')) throw new Error('date outside 2025 ' + x + ' ' + cl.claimId + ' ' + (o.tag || ''));
  const vt = o.visitType === 'inpatient' ? 'inpatient' : o.visitType === 'pharmacy' ? 'pharmacy' : o.visitType === 'chronic' ? 'chronic' : 'outpatient';
  const settle = o.visitType === 'inpatient' ? o.dis : o.date;
  cl.amounts = { total: yuan(total), policy: yuan(policy), fundClaimed: 0 };
  cl._fund = { m, inst, vt, policy, settle }; cl._mut = mut; cl._settle = settle;
  CLAIMS.push(cl);
  return cl;
}
const doc = (inst) => pick(inst.docs);

// ---------- building blocks ----------
function ward(adm, dis, opts = {}) { // per night: bed, 住院诊查费, nursing (Ⅰ级 on the nights listed in opts.n1)
  const out = []; const n1 = new Set(opts.n1 || []);
  for (let d = day(adm); d < day(dis); d++) { const s = ds(d); out.push(L(C.bed, s, 1, opts.m && opts.m(s) ? { m: true } : {}), L(C.ipConsult, s, 1, opts.m && opts.m(s) ? { m: true } : {}), L(n1.has(s) ? C.nurse1 : C.nurse2, s, 1, opts.m && opts.m(s) ? { m: true } : {})); }
  return out;
}
const preopLabs = (d) => [L(C.cbc, d, 1), L(C.coag, d, 1), L(C.hbv, d, 1), L(C.glu, d, 1), L(C.ecg, d, 1)];
const eyeCheck = (d) => [L(C.slit, d, 1), L(C.iop, d, 1)];
function consultLine(inst, d, senior) { if (inst.level === 1) return L(inst.kind.includes('community') ? C.generalFee : C.consult, d, 1); return L(senior ? C.consultSenior : C.consult, d, 1); }
function opVisit(m, inst, date, dx, lines, o = {}) {
  return claim(m, inst, Object.assign({ visitType: 'outpatient', date, dx, lines: [consultLine(inst, date, o.senior), ...lines], doc: o.doc || doc(inst) }, o));
}
function pharmacy(m, ph, date, dx, lines) { return claim(m, ph, { visitType: 'pharmacy', date, dx, lines, doc: ph.docs[0], dept: 'pharmacy' }); }
// a cataract stay: nights, op on adm (1 night) or adm+1
function cataractStay(m, inst, adm, o = {}) {
  const nights = o.nights || 1; const dis = add(adm, nights); const op = nights >= 2 && !o.opOnAdm ? add(adm, 1) : adm;
  const lines = [...ward(adm, dis, { n1: o.complex ? [op] : [], m: o.wardMut }), ...preopLabs(adm), ...eyeCheck(adm)];
  if (!o.noAscan) lines.push(L(C.ascan, adm, 1));
  if (o.diabetic) for (let d = day(adm); d < day(dis); d++) lines.push(L(C.bgPoc, ds(d), 3));
  lines.push(L(C.phaco, op, o.phacoQty || 1, o.phacoQty > 1 ? { fraud: true, m: true } : {}),
    L(C.iol, op, o.iolQty || 1, Object.assign({}, o.iolPrice ? { price: o.iolPrice } : { price: o.iolStd || 960 }, o.iolFraud ? { fraud: true, m: true } : {})),
    L(C.ovd, op, o.complex ? 2 : (o.ovdQty || 1), Object.assign({ price: 260 }, o.ovdQty > 1 ? { m: true } : {})), L(C.drape, op, 1, { price: 45 }),
    L(C.oxybuprocaine, op, 1), L(C.tropicamide, op, 1), L(C.levoDrops, op, 1), L(C.tobraDex, op, 1));
  if (o.complex) lines.push(L(C.pranoprofen, op, 1), L(C.fml, dis, 1));
  for (let d = day(op) + 1; d <= day(dis); d++) lines.push(...eyeCheck(ds(d)));
  if (o.extraLines) lines.push(...o.extraLines(op, dis));
  const dx = o.dx || ['H25.100'];
  const px = o.px || [['13.4100x001', op], ['13.7100x001', op]];
  return claim(m, inst, { visitType: 'inpatient', adm, dis, dx, px, lines, doc: o.doc || doc(inst), route: o.route, tag: o.tag });
}
const VEGF_DRUG = (k) => ({ r: C.ranibizumab, c: C.conbercept, a: C.aflibercept }[k]);
function injVisit(m, inst, date, dx, drugKey, eyes, o = {}) {
  const lines = [L(C.slit, date, 1), L(C.iop, date, 1), L(C.oct, date, eyes), L(C.ivi, date, eyes), L(VEGF_DRUG(drugKey), date, eyes, o.drugMut ? { m: true, fraud: !!o.fraud } : {}), L(C.oxybuprocaine, date, 1), L(C.levoDrops, date, 1)];
  if (o.photo) lines.push(L(C.photo, date, eyes));
  return opVisit(m, inst, date, dx, lines, { senior: inst.level === 3, doc: o.doc });
}
function vitStay(m, inst, adm, o = {}) {
  const nights = o.nights || ri(5, 7); const dis = add(adm, nights); const op = add(adm, 1);
  const lines = [...ward(adm, dis, { n1: [op, add(op, 1)] }), ...preopLabs(adm), L(C.liver, adm, 1), L(C.renal, adm, 1), ...eyeCheck(adm), L(C.oct, adm, 1), L(C.photo, adm, 1)];
  const svc = o.buckle ? C.rdRepair : C.vit;
  lines.push(L(svc, op, 1), L(C.ga, op, 2), L(C.drape, op, 1, { price: 45 }), L(C.oxybuprocaine, op, 1), L(C.tropicamide, op, 1), L(C.levoDrops, op, 1), L(C.tobraDex, op, 1), L(C.saline, op, 2), L(C.ivFirst, op, 1));
  if (o.preInj) lines.push(...o.preInj(adm));
  for (let d = day(op) + 1; d <= day(dis); d++) lines.push(...eyeCheck(ds(d)));
  lines.push(L(C.atropineGel, add(op, 1), 1));
  const px = o.px || [[o.buckle ? '14.4900x001' : '14.7401', op]];
  return claim(m, inst, { visitType: 'inpatient', adm, dis, dx: o.dx || ['H33.001'], px, lines, doc: o.doc || doc(inst), route: o.route, transferFrom: o.transferFrom });
}

// ---------- cases ----------
let caseSeq = 0;
function label(kind, code, name, claims, targets, variant, mutated) {
  caseSeq++;
  const mut = {}; if (kind === 'fraud') for (const c of targets) if (c._mut.length) mut[c.claimId] = c._mut.slice();
  LABELS.push({ caseId: 'B103-' + String(caseSeq).padStart(4, '0'), kind, code, name, claimIds: claims.map(c => c.claimId),
    targets: (kind === 'fraud' ? targets : claims).map(c => c.claimId), mutatedLines: kind === 'fraud' ? (mutated === 'claim' ? {} : mut) : {}, typology: code, variant });
}
const regionOf = (i) => REGIONS[i % REGIONS.length].code;
const clearMut = (cls) => { for (const c of cls) c._mut = []; };

const F = {}; const CT = {};
// T01 早期白内障手术（免费筛查招揽）
F.T01 = ['筛查招揽后早期白内障手术', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, 'P2'); const m = member({ region: reg, age: careful ? ri(50, 58) : ri(58, 72) });
  const scr = rdate('2025-02-01', '2025-11-10'); const dr = doc(h);
  const c1 = opVisit(m, h, scr, ['H25.000'], [...eyeCheck(scr), L(C.refraction, scr, 1), L(C.ascan, scr, 1), L(C.photo, scr, 2)], { doc: dr });
  const adm = add(scr, ri(3, 9));
  const c2 = cataractStay(m, h, adm, { dx: [careful ? 'H25.900' : pick(['H25.000', 'H25.000x007'])], noAscan: true, doc: dr, nights: 1 });
  clearMut([c1, c2]); return { claims: [c1, c2], targets: [c2], mutated: 'claim' };
}];
// T02 集采晶体按高价晶体收费
F.T02 = ['人工晶体高套价格（集采晶体按高价收费）', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, pick(['P2', 'E3', 'G3'])); const m = member({ region: reg, age: ri(62, 82) });
  const adm = rdate('2025-01-10', '2025-12-10');
  const c = cataractStay(m, h, adm, { iolPrice: careful ? pick([1380, 1460, 1520]) : pick([2980, 3680, 4580, 6800]), iolFraud: true, nights: ri(1, 2) });
  return { claims: [c], targets: [c] };
}];
// T03 单眼手术按双眼收费
F.T03 = ['单眼手术按双眼收费', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, pick(['P2', 'G2', 'E3'])); const m = member({ region: reg, age: ri(60, 84) });
  const adm = rdate('2025-01-10', '2025-12-10');
  let c;
  if (!careful) c = cataractStay(m, h, adm, { phacoQty: 2, iolQty: 2, iolFraud: true, ovdQty: 2, nights: ri(1, 2) });
  else c = cataractStay(m, h, adm, { nights: 2, opOnAdm: true, extraLines: (op) => [L(C.phaco, add(op, 1), 1, { m: true }), L(C.iol, add(op, 1), 1, { price: 960, m: true }), L(C.ovd, add(op, 1), 1, { price: 260, m: true })] });
  return { claims: [c], targets: [c] };
}];
// T04 OCT/眼底照相每次复诊都做
F.T04 = ['复诊常规重复OCT与眼底照相', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, pick(['P2', 'E3', 'G2'])); const m = member({ region: reg, age: ri(55, 80) });
  const dx = pick([['H35.300x010'], ['H43.800x003'], ['Z96.101'], ['H35.301'], ['H40.000']]);
  let d = rdate('2025-01-05', '2025-05-30'); const dr = doc(h); const cls = [];
  const n = careful ? ri(5, 6) : ri(6, 8);
  for (let k = 0; k < n; k++) {
    const mm = k > 0 ? { m: true } : {};
    const lines = [...eyeCheck(d), L(C.oct, d, 2, mm)];
    if (!careful || k % 2 === 0) lines.push(L(C.photo, d, 2, mm));
    cls.push(opVisit(m, h, d, dx, lines, { doc: dr, senior: k === 0 }));
    d = add(d, careful ? ri(28, 42) : ri(14, 24));
  }
  return { claims: cls, targets: cls.slice(1) };
}];
// T05 抗VEGF超限定支付适应症
F.T05 = ['抗VEGF药物超适应症支付', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'P2'])); let m, dx;
  if (!careful) { m = member({ region: reg, age: ri(45, 78) }); dx = pick([['H43.100'], ['H20.900x004'], ['H35.804'], ['H33.200x004'], ['H47.200']]); }
  else if (i % 2) { m = member({ region: reg, age: ri(62, 82) }); dx = ['H35.300x010']; }
  else { m = member({ region: reg, age: ri(38, 46) }); dx = ['H35.300x011']; }
  const drug = careful ? pick(['r', 'c', 'a']) : pick(['r', 'c']);
  let d = rdate('2025-01-10', '2025-09-30'); const dr = doc(h); const cls = [];
  const pre = opVisit(m, h, d, dx, [...eyeCheck(d), L(C.oct, d, 2), L(C.photo, d, 2)], { doc: dr, senior: true });
  const n = ri(1, 3); d = add(d, ri(5, 12));
  for (let k = 0; k < n; k++) { cls.push(injVisit(m, h, d, dx, drug, 1, { drugMut: true, fraud: !careful, doc: dr })); d = add(d, ri(28, 35)); }
  clearMut([pre]); return { claims: [pre, ...cls], targets: cls };
}];
// T06 抗VEGF超疗程（首年超过5支）
F.T06 = ['抗VEGF注射超出支付支数', (i, careful) => {
  const reg = regionOf(i); const dx = pick([['H35.300x011'], ['E11.300x043+H36.0*', 'E11.900'], ['H34.803']]);
  const m = member({ region: reg, age: ri(58, 80) }); const cls = []; const tg = [];
  const hs = careful ? [I(reg, 'G3'), I(reg, 'E3')] : [I(reg, pick(['E3', 'P2']))];
  const drug = dx[0].startsWith('H34') ? pick(['r', 'c']) : pick(['r', 'c', 'a']);
  let d = rdate('2025-01-20', '2025-02-20');
  cls.push(opVisit(m, hs[0], add(d, -10), dx, [...eyeCheck(add(d, -10)), L(C.oct, add(d, -10), 1), L(C.photo, add(d, -10), 1), L(C.ffa, add(d, -10), 1)], { senior: true }));
  const n = careful ? 6 : ri(7, 9);
  for (let k = 0; k < n; k++) {
    const h = hs[k % hs.length];
    const c = injVisit(m, h, d, dx, drug, 1, { drugMut: k >= 5 }); cls.push(c); if (k >= 5) tg.push(c);
    d = add(d, careful ? ri(38, 45) : ri(28, 32));
    if (d > '2025-12-28') break;
  }
  clearMut([cls[0]]);
  return { claims: cls, targets: tg };
}];
// T07 视网膜激光分解收费
F.T07 = ['视网膜激光一次治疗分解为多次收费', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, pick(['P2', 'G2', 'E3'])); const m = member({ region: reg, age: ri(50, 78) });
  const dx = pick([['H34.801'], ['H33.304'], ['H34.800x001']]); const d = rdate('2025-01-10', '2025-12-10'); const dr = doc(h);
  const c0 = opVisit(m, h, add(d, -7), dx, [...eyeCheck(add(d, -7)), L(C.oct, add(d, -7), 1), L(C.photo, add(d, -7), 1), L(C.ffa, add(d, -7), 1)], { doc: dr, senior: true });
  const cls = [c0];
  if (!careful) { const n = ri(2, 3); for (let k = 0; k < n; k++) { const dd = add(d, k); cls.push(opVisit(m, h, dd, dx, [L(C.laser, dd, 2, { m: true }), L(C.oxybuprocaine, dd, 1), L(C.tropicamide, dd, 1)], { doc: dr })); } }
  else { for (let k = 0; k < 4; k++) { const dd = add(d, k); cls.push(opVisit(m, h, dd, dx, [L(C.laser, dd, 1, k > 0 ? { m: true } : {}), L(C.tropicamide, dd, 1)], { doc: dr })); } }
  clearMut([c0]); return { claims: cls, targets: cls.slice(1) };
}];
// T08 近视防控按疾病诊疗报销
F.T08 = ['近视防控按眼病诊疗报销', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, pick(['OPT', 'P2'])); const m = member({ region: reg, age: ri(7, 12), scheme: 'resident' });
  const dx = careful ? ['H53.001', 'H52.100'] : ['H52.100']; let d = rdate('2025-01-05', '2025-06-30'); const cls = []; const dr = doc(h);
  const n = ri(4, 6);
  for (let k = 0; k < n; k++) {
    const lines = [L(C.slit, d, 1), L(C.refraction, d, 1), L(C.topo, d, 2, { m: true }), L(C.atropineGel, d, careful ? 1 : 2, { m: true })];
    if (k === 0) lines.push(L(C.oct, d, 2, { m: true }));
    cls.push(opVisit(m, h, d, dx, lines, { doc: dr })); d = add(d, ri(28, 35));
  }
  return { claims: cls, targets: cls };
}];
// T09 日间白内障术后挂床
F.T09 = ['白内障术后挂床住院', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, pick(['P2', 'G2'])); const m = member({ region: reg, age: ri(62, 84) });
  const adm = rdate('2025-01-10', '2025-12-05'); const nights = careful ? ri(4, 5) : ri(6, 9); const op = add(adm, 1);
  const c = cataractStay(m, h, adm, { nights, wardMut: (s) => day(s) > day(op) + 1 });
  return { claims: [c], targets: [c] };
}];
// T10 低标准入院
F.T10 = ['眼科低标准入院', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, pick(['P2', 'G2'])); const m = member({ region: reg, age: ri(55, 82) });
  const dx = pick([['H04.103'], ['H10.900'], ['H52.400'], ['H43.300'], ['H02.500x008'], ['H25.000']]);
  const adm = rdate('2025-01-10', '2025-12-10'); const nights = careful ? 2 : ri(3, 5); const dis = add(adm, nights);
  const lines = [...ward(adm, dis), L(C.cbc, adm, 1), L(C.glu, adm, 1), L(C.ecg, adm, 1), ...eyeCheck(adm), L(C.oct, adm, 2), L(C.photo, adm, 2), L(C.hyaluronate, adm, 1), L(C.levoDrops, adm, 1)];
  if (!careful) lines.push(L(C.field, add(adm, 1), 2), L(C.topo, add(adm, 1), 2), ...eyeCheck(add(adm, 1)));
  const c = claim(m, h, { visitType: 'inpatient', adm, dis, dx, lines, doc: doc(h) });
  return { claims: [c], targets: [c], mutated: 'claim' };
}];
// T11 滴眼液跨药店囤积
F.T11 = ['青光眼滴眼液跨机构超量囤积', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3'])); const m = member({ region: reg, age: ri(58, 80), scheme: 'employee' });
  const dx = ['H40.100']; let d = rdate('2025-01-05', '2025-08-30'); const cls = []; const tg = [];
  const c0 = opVisit(m, h, d, dx, [...eyeCheck(d), L(C.latanoprost, d, 1), L(C.timolol, d, 1)], { senior: true }); cls.push(c0);
  const places = [I(reg, 'PH'), I(reg, 'PH2'), I(reg, 'G2'), I(reg, 'CHC')];
  const n = careful ? ri(5, 6) : ri(5, 7);
  for (let k = 0; k < n; k++) {
    d = add(d, careful ? ri(9, 12) : ri(5, 9)); const p = places[k % places.length];
    const lines = careful ? [L(C.latanoprost, d, 2, { m: true })] : [L(C.latanoprost, d, 3, { m: true }), L(C.timolol, d, 3, { m: true })];
    const c = p.pharmacy ? pharmacy(m, p, d, dx, lines) : opVisit(m, p, d, dx, lines);
    cls.push(c); tg.push(c);
  }
  return { claims: cls, targets: tg };
}];
// T12 住院期间另刷卡
F.T12 = ['住院期间在他处门诊或药店刷卡', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3'])); const m = member({ region: reg, age: ri(50, 78) });
  const adm = rdate('2025-01-10', '2025-12-05'); let st, dis;
  if (i % 2) { st = vitStay(m, h, adm, { nights: 6 }); dis = add(adm, 6); } else { st = cataractStay(m, h, adm, { nights: 3 }); dis = add(adm, 3); }
  const mid = add(adm, ri(1, day(dis) - day(adm) - 1));
  let c;
  if (!careful) { const o = I(reg, pick(['G2', 'P2'])); c = opVisit(m, o, mid, ['H52.400'], [...eyeCheck(mid), L(C.oct, mid, 2), L(C.refraction, mid, 1)]); }
  else c = pharmacy(m, I(reg, 'PH'), mid, ['H40.100'], [L(C.latanoprost, mid, 2), L(C.brinzolamide, mid, 2)]);
  clearMut([st, c]); return { claims: [st, c], targets: [c], mutated: 'claim' };
}];
// T13 免费筛查招揽后的过度检查
F.T13 = ['免费筛查招揽老人过度检查', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, 'P2'); const m = member({ region: reg, age: ri(63, 82) });
  const vanDays = ['2025-03-15', '2025-04-19', '2025-06-14', '2025-09-13', '2025-10-18']; const d = pick(vanDays);
  const dx = pick([['Z01.000'], ['H52.400'], ['H25.000']]);
  const lines = [...eyeCheck(d), L(C.fundusExam, d, 1), L(C.refraction, d, 1), L(C.oct, d, 2, { m: true }), L(C.photo, d, 2, { m: true }), L(C.ascan, d, 1, { m: true })];
  if (!careful) lines.push(L(C.field, d, 2, { m: true }), L(C.topo, d, 2, { m: true }));
  const c = opVisit(m, h, d, dx, lines);
  return { claims: [c], targets: [c] };
}];
// T14 高套编码（白内障编为玻切）
F.T14 = ['白内障手术高套玻璃体手术编码', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, pick(['P2', 'E3', 'G2'])); const m = member({ region: reg, age: ri(60, 82) });
  const adm = rdate('2025-01-10', '2025-12-10'); const op = add(adm, 1);
  const c = cataractStay(m, h, adm, { nights: 2, px: [['14.7300x001', op], ['13.4100x001', op], ['13.7100x001', op]],
    extraLines: careful ? (o) => [L(C.vit, o, 1, { m: true })] : null });
  return { claims: [c], targets: [c], mutated: careful ? undefined : 'claim' };
}];
// T15 双眼白内障分解住院
F.T15 = ['双眼白内障分解住院', (i, careful) => {
  const reg = regionOf(i); const h = I(reg, pick(['P2', 'G2', 'E3'])); const m = member({ region: reg, age: ri(62, 84) });
  const adm = rdate('2025-01-10', '2025-11-30'); const dr = doc(h);
  const c1 = cataractStay(m, h, adm, { nights: 1, doc: dr });
  const adm2 = add(adm, 1 + (careful ? ri(3, 6) : ri(0, 1)));
  const c2 = cataractStay(m, h, adm2, { nights: 1, doc: dr, noAscan: true });
  clearMut([c1, c2]); return { claims: [c1, c2], targets: [c2], mutated: 'claim' };
}];

// ---------- controls ----------
CT.C01 = ['双眼白内障间隔数周分期手术', '《白内障诊疗指南》/常规: 第二眼在第一眼稳定后（通常2–6周）手术', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'G2', 'P2'])); const m = member({ region: reg, age: ri(62, 84) }); const dr = doc(h);
  const d0 = rdate('2025-01-05', '2025-09-30');
  const c0 = opVisit(m, h, d0, ['H25.100'], [...eyeCheck(d0), L(C.fundusExam, d0, 1), L(C.ascan, d0, 1), L(C.refraction, d0, 1)], { doc: dr, senior: true });
  const a1 = add(d0, ri(5, 14)); const c1 = cataractStay(m, h, a1, { nights: 1, doc: dr, noAscan: true });
  const f1 = add(a1, 7); const c2 = opVisit(m, h, f1, ['Z96.101', 'H25.100'], [...eyeCheck(f1)], { doc: dr });
  const a2 = add(a1, ri(14, 42)); const c3 = cataractStay(m, h, a2, { nights: 1, doc: dr, noAscan: true });
  return [c0, c1, c2, c3];
}];
CT.C02 = ['致密或复杂白内障延长住院', '过熟期/并发性白内障需更多粘弹剂、术后炎症反应重，住院2–3晚（中华医学会眼科学分会白内障学组共识）', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3'])); const m = member({ region: reg, age: ri(66, 88) });
  const dx = pick([['H25.200'], ['H26.200'], ['H25.002'], ['H26.202', 'H40.202']]);
  return [cataractStay(m, h, rdate('2025-01-10', '2025-12-05'), { nights: ri(2, 3), complex: true, dx })];
}];
CT.C03 = ['湿性AMD负荷期后按需/延长给药', '抗VEGF 3次每月负荷后treat-and-extend；目录首年≤5支', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'P2'])); const m = member({ region: reg, age: ri(60, 85) }); const dr = doc(h);
  const dx = ['H35.300x011']; const drug = pick(['r', 'c', 'a']); let d = rdate('2025-01-05', '2025-03-31');
  const cls = [opVisit(m, h, d, dx, [...eyeCheck(d), L(C.oct, d, 2), L(C.photo, d, 2), L(C.ffa, d, 1)], { doc: dr, senior: true })];
  d = add(d, ri(7, 14)); const gaps = [30, 30, ri(42, 56), ri(56, 70)];
  for (let k = 0; k < 5; k++) { cls.push(injVisit(m, h, d, dx, drug, 1, { doc: dr })); if (k < 4) d = add(d, gaps[k]); if (d > '2025-12-20') break; }
  return cls;
}];
CT.C04 = ['糖尿病黄斑水肿激光联合抗VEGF', 'DME: 抗VEGF为一线，可联合黄斑格栅/局灶光凝（《我国糖尿病视网膜病变临床诊疗指南（2022年）》）', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3'])); const m = member({ region: reg, age: ri(45, 75) }); const dr = doc(h);
  const dx = ['E11.300x043+H36.0*', 'E11.900']; const drug = pick(['r', 'c', 'a']); let d = rdate('2025-01-05', '2025-06-30');
  const cls = [opVisit(m, h, d, dx, [...eyeCheck(d), L(C.oct, d, 2), L(C.photo, d, 2), L(C.ffa, d, 2)], { doc: dr, senior: true })];
  for (let k = 0; k < 3; k++) { d = add(d, k ? 30 : 7); cls.push(injVisit(m, h, d, dx, drug, 1, { doc: dr })); }
  d = add(d, 14); cls.push(opVisit(m, h, d, dx, [L(C.laser, d, 1), L(C.tropicamide, d, 1), L(C.oct, d, 1)], { doc: dr }));
  return cls;
}];
CT.C05 = ['急性闭角型青光眼急诊激光虹膜周切', '《中国青光眼指南（2020年）》: 急性发作降眼压后行激光周边虹膜切开，对侧眼预防性切开', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'G2'])); const m = member({ region: reg, age: ri(55, 80), gender: i % 4 ? 'F' : 'M' });
  const adm = rdate('2025-01-05', '2025-12-10'); const dis = add(adm, ri(3, 5)); const d1 = add(adm, 1), d2 = add(adm, 2);
  const lines = [L(C.er, adm, 1), ...ward(adm, dis, { n1: [adm] }), L(C.iop, adm, 4), L(C.slit, adm, 1), L(C.mannitol, adm, 2), L(C.ivFirst, adm, 1), L(C.pilocarpine, adm, 1), L(C.timolol, adm, 1), L(C.brinzolamide, adm, 1), L(C.brimonidine, adm, 1),
    L(C.cbc, adm, 1), L(C.glu, adm, 1), L(C.ecg, adm, 1), L(C.renal, adm, 1),
    L(C.iop, d1, 3), L(C.mannitol, d1, 1), L(C.ivFirst, d1, 1), L(C.slit, d1, 1), L(C.lpi, d2, 2), L(C.iop, d2, 2), L(C.slit, d2, 1), L(C.fml, d2, 1)];
  for (let d = day(d2) + 1; d <= day(dis); d++) lines.push(...eyeCheck(ds(d)));
  return [claim(m, h, { visitType: 'inpatient', adm, dis, dx: ['H40.200x006'], px: [['12.1202', d2]], lines, route: 'emergency', doc: doc(h) })];
}];
CT.C06 = ['视网膜脱离玻切术后再次手术', 'PVR复发性视网膜脱离需二次玻璃体手术（约5–10%）', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3'])); const m = member({ region: reg, age: ri(35, 70) }); const dr = doc(h);
  const adm = rdate('2025-01-05', '2025-08-31'); const buckle = i % 3 === 0;
  const c1 = vitStay(m, h, adm, { buckle, doc: dr, route: 'emergency' });
  const f = add(adm, ri(20, 30)); const c2 = opVisit(m, h, f, ['H33.401'], [...eyeCheck(f), L(C.oct, f, 1), L(C.photo, f, 1)], { doc: dr, senior: true });
  const c3 = vitStay(m, h, add(f, ri(2, 6)), { dx: ['H33.401'], doc: dr });
  return [c1, c2, c3];
}];
CT.C07 = ['青光眼定期视野与OCT随访', 'EGS/中国青光眼指南: 确诊后头两年每年约3次视野，OCT监测RNFL', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'G2'])); const m = member({ region: reg, age: ri(45, 78) }); const dr = doc(h);
  const dx = [pick(['H40.100', 'H40.103', 'H40.202'])]; let d = rdate('2025-01-05', '2025-03-31'); const cls = [];
  for (let k = 0; k < 4; k++) { cls.push(opVisit(m, h, d, dx, [...eyeCheck(d), L(C.field, d, 2), L(C.oct, d, 2), L(C.latanoprost, d, 3, { long: true }), L(C.timolol, d, 2)], { doc: dr, senior: true })); d = add(d, ri(75, 90)); }
  return cls;
}];
CT.C08 = ['儿童弱视阿托品压抑与验光', '《弱视诊治指南》: 睫状肌麻痹验光，阿托品压抑疗法，每1–3月复查', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'G2'])); const m = member({ region: reg, age: ri(4, 8), scheme: 'resident' }); const dr = doc(h);
  const dx = [pick(['H53.002', 'H53.000x005', 'H53.001'])]; let d = rdate('2025-01-05', '2025-06-30'); const cls = [];
  for (let k = 0; k < 4; k++) { cls.push(opVisit(m, h, d, dx, [L(C.slit, d, 1), L(C.refraction, d, 1), L(C.atropineGel, d, 1)], { doc: dr })); d = add(d, ri(30, 60)); }
  return cls;
}];
CT.C09 = ['增殖期糖网全视网膜光凝分次治疗', 'PRP分3–4次、间隔1–2周完成（糖网指南2022）', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'G2'])); const m = member({ region: reg, age: ri(40, 72) }); const dr = doc(h);
  const dx = ['E11.300x031+H36.0*', 'E11.900']; let d = rdate('2025-01-05', '2025-09-30');
  const cls = [opVisit(m, h, d, dx, [...eyeCheck(d), L(C.photo, d, 2), L(C.ffa, d, 2), L(C.oct, d, 2)], { doc: dr, senior: true })];
  const n = ri(3, 4);
  for (let k = 0; k < n; k++) { d = add(d, ri(7, 14)); cls.push(opVisit(m, h, d, dx, [L(C.laser, d, 1), L(C.tropicamide, d, 1)], { doc: dr })); }
  return cls;
}];
CT.C10 = ['视网膜静脉阻塞黄斑水肿抗VEGF', '目录限定支付含RVO继发黄斑水肿', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'P2'])); const m = member({ region: reg, age: ri(50, 80) }); const dr = doc(h);
  const dx = [pick(['H34.801', 'H34.803']), 'I10.x00x002']; const drug = pick(['r', 'c']); let d = rdate('2025-01-05', '2025-07-31');
  const cls = [opVisit(m, h, d, dx, [...eyeCheck(d), L(C.oct, d, 2), L(C.ffa, d, 1)], { doc: dr, senior: true })];
  for (let k = 0; k < 3; k++) { d = add(d, k ? 30 : 7); cls.push(injVisit(m, h, d, dx, drug, 1, { doc: dr })); }
  return cls;
}];
CT.C11 = ['病理性近视CNV康柏西普/雷珠单抗', '目录限定支付含CNV导致的视力损害（病理性近视）', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3'])); const m = member({ region: reg, age: ri(30, 60) }); const dr = doc(h);
  const dx = ['H44.200x001', 'H52.101']; const drug = pick(['r', 'c']); let d = rdate('2025-01-05', '2025-07-31');
  const cls = [opVisit(m, h, d, dx, [...eyeCheck(d), L(C.oct, d, 2), L(C.ffa, d, 1), L(C.refraction, d, 1)], { doc: dr, senior: true })];
  const n = ri(1, 3); for (let k = 0; k < n; k++) { d = add(d, k ? ri(30, 60) : 7); cls.push(injVisit(m, h, d, dx, drug, 1, { doc: dr })); }
  return cls;
}];
CT.C12 = ['双眼湿性AMD同日双眼注射', '双眼活动性nAMD同日双眼玻璃体腔注射（每眼计支）', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3'])); const m = member({ region: reg, age: ri(65, 88) }); const dr = doc(h);
  const dx = ['H35.300x011']; const drug = pick(['r', 'c', 'a']); let d = rdate('2025-01-05', '2025-06-30');
  const cls = [opVisit(m, h, d, dx, [...eyeCheck(d), L(C.oct, d, 2), L(C.ffa, d, 2)], { doc: dr, senior: true })];
  for (let k = 0; k < 3; k++) { d = add(d, k ? 30 : 7); cls.push(injVisit(m, h, d, dx, drug, 2, { doc: dr })); }
  return cls;
}];
CT.C13 = ['白内障术后后发障YAG激光', '后囊混浊发生率术后数年内约10–20%，Nd:YAG后囊切开', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'G2', 'P2'])); const m = member({ region: reg, age: ri(60, 85) });
  const d = rdate('2025-01-05', '2025-12-20');
  return [opVisit(m, h, d, ['H26.400', 'Z96.101'], [...eyeCheck(d), L(C.yag, d, 1), L(C.tropicamide, d, 1), L(C.pranoprofen, d, 1)], { senior: true })];
}];
CT.C14 = ['原发性青光眼小梁切除术住院', '药物/激光控制不佳的青光眼行小梁切除（中国青光眼指南2020）', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'G2'])); const m = member({ region: reg, age: ri(45, 80) });
  const adm = rdate('2025-01-05', '2025-12-10'); const dis = add(adm, ri(4, 6)); const op = add(adm, 1);
  const lines = [...ward(adm, dis, { n1: [op] }), ...preopLabs(adm), ...eyeCheck(adm), L(C.field, adm, 2), L(C.oct, adm, 2), L(C.trab, op, 1), L(C.lidocaine, op, 2), L(C.drape, op, 1, { price: 45 }), L(C.oxybuprocaine, op, 1), L(C.tobraDex, op, 1), L(C.levoDrops, op, 1), L(C.atropineGel, add(op, 1), 1)];
  for (let d = day(op) + 1; d <= day(dis); d++) lines.push(...eyeCheck(ds(d)));
  return [claim(m, h, { visitType: 'inpatient', adm, dis, dx: [pick(['H40.100', 'H40.202'])], px: [['12.6400x003', op]], lines, doc: doc(h) })];
}];
CT.C15 = ['糖尿病患者年度眼底筛查', '国家基本公共卫生/糖网指南: 糖尿病患者每年眼底检查（免散瞳眼底照相）', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['CHC', 'G2'])); const m = member({ region: reg, age: ri(45, 78) });
  const d = rdate('2025-01-05', '2025-12-20');
  const lines = [L(C.photo, d, 2), L(C.glu, d, 1)]; if (h.level >= 2) lines.push(L(C.oct, d, 2), L(C.slit, d, 1));
  return [opVisit(m, h, d, ['E11.900'], lines)];
}];
CT.C16 = ['糖尿病患者白内障围术期控糖延长住院', '血糖控制后手术（空腹<8.3mmol/L），住院期间血糖监测', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'G2'])); const m = member({ region: reg, age: ri(58, 82) });
  return [cataractStay(m, h, rdate('2025-01-05', '2025-12-05'), { nights: ri(3, 4), diabetic: true, dx: ['E11.302+H28.0*', 'E11.900'],
    extraLines: (op, dis) => [L(C.insulin, add(op, -1), 1), L(C.glu, op, 1)] })];
}];
CT.C17 = ['干眼综合征门诊人工泪液', '干眼为疾病（H04.1），玻璃酸钠滴眼液乙类无限定', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'G2', 'CHC', 'E3'])); const m = member({ region: reg, age: ri(35, 75) }); let d = rdate('2025-01-05', '2025-09-30'); const cls = [];
  for (let k = 0; k < 2; k++) { cls.push(opVisit(m, h, d, ['H04.103'], [L(C.slit, d, 1), L(C.hyaluronate, d, 2)])); d = add(d, ri(45, 60)); }
  return cls;
}];
CT.C18 = ['青光眼稳定期长处方', '长处方：病情稳定的慢性病可开具最长12周（国家医保局、国家卫健委2024长处方规定）', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'G2'])); const m = member({ region: reg, age: ri(50, 82) }); let d = rdate('2025-01-05', '2025-06-30'); const cls = [];
  for (let k = 0; k < 2; k++) { cls.push(opVisit(m, h, d, ['H40.100'], [...eyeCheck(d), L(C.latanoprost, d, 3, { long: true }), L(C.timolol, d, 4, { long: true })])); d = add(d, ri(80, 90)); }
  return cls;
}];
CT.C19 = ['葡萄膜炎阿托品散瞳与激素滴眼', '前葡萄膜炎：睫状肌麻痹剂（阿托品）+糖皮质激素滴眼', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'G2'])); const m = member({ region: reg, age: ri(20, 60) }); let d = rdate('2025-01-05', '2025-11-30'); const cls = [];
  for (let k = 0; k < 3; k++) { cls.push(opVisit(m, h, d, [pick(['H20.000x004', 'H20.002'])], [...eyeCheck(d), L(C.atropineGel, d, 1), L(C.tobraDex, d, 1)], { senior: k === 0 })); d = add(d, ri(7, 14)); }
  return cls;
}];
CT.C20 = ['视网膜脱离二级医院首诊当日转三级医院住院', '分级诊疗：二级医院首诊后医嘱转院，同日入院', (i) => {
  const reg = regionOf(i); const h2 = I(reg, 'G2'); const h3 = I(reg, pick(['G3', 'E3'])); const m = member({ region: reg, age: ri(30, 70) });
  const d = rdate('2025-01-05', '2025-12-10');
  const c1 = opVisit(m, h2, d, ['H33.001'], [...eyeCheck(d), L(C.fundusExam, d, 1), L(C.tropicamide, d, 1)]);
  const c2 = vitStay(m, h3, d, { route: 'transfer', transferFrom: h2.id, buckle: i % 2 === 0 });
  return [c1, c2];
}];
CT.C21 = ['高度近视并发性白内障较早手术', '高度近视者核性白内障提早发生（50岁前后），影响视力即可手术', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3'])); const m = member({ region: reg, age: ri(46, 56) }); const dr = doc(h);
  const d0 = rdate('2025-01-05', '2025-11-20');
  const c0 = opVisit(m, h, d0, ['H26.200', 'H52.101'], [...eyeCheck(d0), L(C.fundusExam, d0, 1), L(C.refraction, d0, 1), L(C.oct, d0, 2), L(C.ascan, d0, 1)], { doc: dr, senior: true });
  const c1 = cataractStay(m, h, add(d0, ri(7, 21)), { nights: ri(1, 2), dx: ['H26.200', 'H52.101'], doc: dr, noAscan: true });
  return [c0, c1];
}];
CT.C22 = ['儿童斜视双眼手术', '共同性斜视可分配于双眼手术（每眼计价），全麻', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3'])); const m = member({ region: reg, age: ri(4, 12), scheme: 'resident' });
  const adm = rdate('2025-01-05', '2025-12-10'); const dis = add(adm, ri(2, 3)); const op = add(adm, 1);
  const lines = [...ward(adm, dis, { n1: [op] }), L(C.cbc, adm, 1), L(C.coag, adm, 1), L(C.ecg, adm, 1), L(C.slit, adm, 1), L(C.refraction, adm, 1), L(C.strab, op, 2), L(C.ga, op, 2), L(C.drape, op, 1, { price: 45 }), L(C.tobraDex, op, 1), L(C.slit, dis, 1)];
  return [claim(m, h, { visitType: 'inpatient', adm, dis, dx: [pick(['H50.100x002', 'H50.301', 'H50.000x002'])], px: [['15.3x01', op]], lines, doc: doc(h) })];
}];
CT.C23 = ['白内障术后规范随访', '术后1天、1周、1月复查（白内障临床路径）', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3', 'G2', 'P2'])); const m = member({ region: reg, age: ri(62, 85) }); const dr = doc(h);
  const adm = rdate('2025-01-05', '2025-11-15'); const c1 = cataractStay(m, h, adm, { nights: 1, doc: dr }); const cls = [c1];
  for (const [k, g] of [[0, 7], [1, 30]]) { const d = add(adm, g + 1); const lines = [...eyeCheck(d)]; if (k === 1) lines.push(L(C.refraction, d, 1), L(C.oct, d, 1)); cls.push(opVisit(m, h, d, ['Z09.000x001', 'Z96.101'], lines, { doc: dr })); }
  return cls;
}];
CT.C24 = ['PDR玻璃体积血玻切前抗VEGF', '玻切术前3–7天玻璃体腔注射抗VEGF减少出血（糖网指南2022）', (i) => {
  const reg = regionOf(i); const h = I(reg, pick(['G3', 'E3'])); const m = member({ region: reg, age: ri(40, 70) }); const dr = doc(h);
  const dx = ['E11.300x034+H36.0*', 'E11.900']; const drug = pick(['r', 'c']); const d = rdate('2025-01-05', '2025-11-30');
  const c1 = injVisit(m, h, d, dx, drug, 1, { doc: dr });
  const c2 = vitStay(m, h, add(d, ri(3, 7)), { dx, doc: dr });
  return [c1, c2];
}];

// ---------- routine ----------
function routine(i) {
  const reg = regionOf(i); const t = i % 10; const d = rdate('2025-01-05', '2025-12-20');
  switch (t) {
    case 0: { const h = I(reg, pick(['G3', 'E3', 'G2'])); return opVisit(member({ region: reg, age: ri(55, 80) }), h, d, ['H25.100'], [...eyeCheck(d), L(C.fundusExam, d, 1)]); }
    case 1: { const h = I(reg, pick(['CHC', 'G2', 'G3'])); return opVisit(member({ region: reg, age: ri(5, 70) }), h, d, [pick(['H10.901', 'H10.900', 'H10.101'])], [L(C.slit, d, 1), L(C.levoDrops, d, 1)]); }
    case 2: { const h = I(reg, pick(['G3', 'E3', 'G2'])); return opVisit(member({ region: reg, age: ri(50, 80) }), h, d, ['H40.100'], [...eyeCheck(d), L(C.latanoprost, d, 1), L(C.timolol, d, 1)]); }
    case 3: { const h = I(reg, pick(['G2', 'CHC', 'E3'])); return opVisit(member({ region: reg, age: ri(30, 70) }), h, d, ['H04.103'], [L(C.slit, d, 1), L(C.hyaluronate, d, 1)]); }
    case 4: { const h = I(reg, 'OPT'); return opVisit(member({ region: reg, age: ri(8, 40) }), h, d, ['H52.100'], [L(C.refraction, d, 1), L(C.slit, d, 1)]); }
    case 5: { const h = I(reg, pick(['CHC', 'G2'])); return opVisit(member({ region: reg, age: ri(45, 75) }), h, d, ['E11.900'], [L(C.photo, d, 2), L(C.glu, d, 1)]); }
    case 6: { const h = I(reg, pick(['G3', 'E3', 'G2', 'P2'])); return cataractStay(member({ region: reg, age: ri(62, 85) }), h, d > '2025-12-15' ? '2025-12-10' : d, { nights: ri(1, 2) }); }
    case 7: { const p = I(reg, pick(['PH', 'PH2'])); return pharmacy(member({ region: reg, age: ri(50, 80) }), p, d, ['H40.100'], [L(C.timolol, d, 1)]); }
    case 8: { const h = I(reg, pick(['G3', 'E3'])); return opVisit(member({ region: reg, age: ri(4, 10), scheme: 'resident' }), h, d, ['H52.700'], [L(C.refraction, d, 1), L(C.slit, d, 1), L(C.tropicamide, d, 1)]); }
    default: { const h = I(reg, pick(['G3', 'E3', 'G2'])); return opVisit(member({ region: reg, age: ri(20, 70) }), h, d, [pick(['H11.000', 'H16.102', 'H02.500x008'])], [L(C.slit, d, 1), L(C.fml, d, 1)]); }
  }
}

// ---------- build ----------
for (const [code, [name, fn]] of Object.entries(F)) for (let i = 0; i < 15; i++) {
  const careful = i % 3 === 2; const r = fn(i, careful);
  label('fraud', code, name, r.claims, r.targets, careful ? 'careful' : 'overt', r.mutated);
}
for (const [code, [name, , fn]] of Object.entries(CT)) for (let i = 0; i < 15; i++) { const cls = fn(i); for (const c of cls) c._mut = []; label('control', code, name, cls, cls, 'legitimate'); }
for (let i = 0; i < 100; i++) { const c = routine(i); c._mut = []; label('routine', 'R', '常规眼科诊疗', [c], [c], 'routine'); }

// settlement order; fund computed in that order (deductibles and caps run by member-year)
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a.claimId < b.claimId ? -1 : 1));
for (const c of CLAIMS) { const f = c._fund; c.amounts.fundClaimed = yuan(fund(f.m, f.inst, f.vt, f.policy, f.settle)); }
// reported groups (pass 2)
if (GROUPS) {
  const g = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const o = JSON.parse(line); const id = o.claimId; const drg = o.drg || (o.grouping && o.grouping.drg) || (o.group && o.group.drg); if (id) g[id] = drg || null; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient') { if (!(c.claimId in g)) throw new Error('no group for ' + c.claimId); c.reportedGroup = { drg: g[c.claimId], dip: null }; }
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(c => { const o = Object.assign({}, c); delete o._fund; delete o._mut; delete o._settle; return JSON.stringify(o); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const k = (x) => LABELS.filter(l => l.kind === x).length;
console.error(`claims ${CLAIMS.length}; cases fraud ${k('fraud')} control ${k('control')} routine ${k('routine')}`);
