#!/usr/bin/env node
// blind96: rehabilitation medicine (康复医学科、康复医院与中医康复). Node, no dependencies, seed 96096.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = args[0]; if (!OUT) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k, d) => { const i = args.indexOf(k); return i > 0 ? args[i + 1] : d; };
const CATDIR = opt('--catalogue', '/work/wt/base96/rules/catalogue');
const GROUPS = opt('--groups', null);
const DRGDIR = '/work/shared/chs-drg-1.1';
const POL = JSON.parse(fs.readFileSync('/work/wt/base96/rules/benefits/policies.json', 'utf8'));

// ---------- seeded random ----------
let S = 96096 >>> 0;
function rnd() { S ^= S << 13; S >>>= 0; S ^= S >>> 17; S ^= S << 5; S >>>= 0; return S / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue and code dictionaries ----------
const CAT = {};
for (const f of fs.readdirSync(CATDIR)) if (/^(services|drugs|consumables).*\.json$/.test(f)) {
  const j = JSON.parse(fs.readFileSync(path.join(CATDIR, f), 'utf8'));
  for (const r of (j.rows || j)) CAT[r.code] = r;
}
const DX = JSON.parse(fs.readFileSync(path.join(DRGDIR, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRGDIR, 'procedures.json'), 'utf8'));
const GRP = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const g = JSON.parse(l); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || (g.result && g.result.drg); if (id) GRP[id] = drg || null; }

// item codes (all rows read; see TYPOLOGIES.md)
const C = {
  opd: '001102000010001', opdVice: '001102000020001', gp: '001102000040001', ipd: '001103000010001', consult: '001104000010001',
  bed3: '001105000010001', n1: '001201000020001', n2: '001201000030001', n3: '001201000040001',
  ivFirst: '001204000010001', ivMore: '001204000020001', blood: '001204000080001', ecgMon: '001209000010001', spo2: '001210000010001',
  o2: '001208000010001', nasoTube: '001219000010001', nasoFeed: '001219000020001',
  acuGen: '001215000010001', tuina: '001216000010001', assess: '001217000010001', pt: '001218000010001',
  ot: '003402000010001', speech: '003402000020001', swallow: '003402000030001', cog: '003402000040001', bws: '003402000050001', hand: '003402000060001',
  hemi: '003402000070001', cp: '003402000080001', para: '003402000090001', adl: '003402000100001', mfe: '003401009010001', tracC: '003401000230101', tracL: '003401000230201',
  needle: '004300000010001', warmNeedle: '004300000020001', scalp: '004300000070001', eNeedle: '004300000160001', moxa: '004400000010001', cup: '004400000040001',
  homeBed: '001110000010001', homeVisit: '001110000020001',
  cbc: '002501010010001', urine: '002501020010001', lft: '002502010010001', rft: '002502020010001', elec: '002502030010001', lipid: '002502040010001', coag: '002502060010001', ddimer: '002502100010001', crp: '002502080010001',
  ecg: '003107010010001', xrLimb: '002202020010001', mriL: '002401010020001', ctHead: '002301010010001', chestXr: '002202010010001', echo: '002103010020001', legUs: '002103010040001', sputum: '002502140010001',
  aspirin: 'XB01ACA509A001', clopi: 'XB01ACL502A001', atorva: 'XC10AAA511A001', amlo: 'XC08CAA512A001', metop: 'XC07ABM503A001', celecox: 'XM01AHS505A001', rivaro: 'XB01AFL503A001',
  caD: 'XA12AXT512A001', mecob: 'XB03BAJ501A001', diclo: 'XM01ABS506A003', metformin: 'XA10BAE503A001', omep: 'XA02BCA515A001', ceftri: 'XJ01DDT504B002', nacl: 'XB05BBL511B002',
  mannitol: 'XB05BCG505B002', dexa: 'XH02ABD515B002', enox: 'XB01ABY502B002', tpf: 'XV06DBC501A004', levet: 'XN03AXZ503A001', ambrox: 'XR05CBA522A001', lactulose: 'XA06ADR502A004',
};
for (const [k, v] of Object.entries(C)) if (!CAT[v]) throw new Error('catalogue row missing: ' + k + ' ' + v);

// ---------- regions, institutions, doctors ----------
const REG = {
  '510100': { prov: '51' }, '370100': { prov: '37' }, '220100': { prov: '22' },
};
const INST = {};
function inst(id, region, level, kind, priceFactor, depts) { INST[id] = { id, region, level, kind, pf: priceFactor, depts }; }
// departments -> doctors
inst('H51010001', '510100', 3, 'public-general', 1, { rehabilitation: ['D5101A01', 'D5101A02', 'D5101A03'], neurology: ['D5101B01', 'D5101B02'], orthopedics: ['D5101C01', 'D5101C02'], pediatric_rehabilitation: ['D5101E01', 'D5101E02'], cardiology: ['D5101F01'], respiratory: ['D5101G01'] });
inst('H51010002', '510100', 2, 'public-rehab-hospital', 1, { rehabilitation: ['D5102A01', 'D5102A02', 'D5102A03'], pediatric_rehabilitation: ['D5102E01'] });
inst('H51010003', '510100', 2, 'private-rehab-hospital', 0.96, { rehabilitation: ['D5103A01', 'D5103A02', 'D5103A03'], tcm_rehabilitation: ['D5103T01'] });
inst('H51010004', '510100', 1, 'community-centre', 1, { general_practice: ['D5104G01', 'D5104G02'], rehabilitation: ['D5104A01'] });
inst('H51010005', '510100', 3, 'tcm-hospital', 1, { tcm_rehabilitation: ['D5105T01', 'D5105T02', 'D5105T03'], acupuncture: ['D5105K01', 'D5105K02'] });
inst('H51010006', '510100', 1, 'private-clinic', 0.96, { rehabilitation: ['D5106A01'] });
inst('P51010007', '510100', 1, 'pharmacy', 1, { pharmacy: ['D5107P01'] });
inst('H37010001', '370100', 3, 'public-general', 1, { rehabilitation: ['D3701A01', 'D3701A02', 'D3701A03'], neurology: ['D3701B01'], orthopedics: ['D3701C01'], neurosurgery: ['D3701N01'], pediatric_rehabilitation: ['D3701E01'], respiratory: ['D3701G01'] });
inst('H37010002', '370100', 2, 'private-rehab-hospital', 0.96, { rehabilitation: ['D3702A01', 'D3702A02'], pediatric_rehabilitation: ['D3702E01'] });
inst('H37010003', '370100', 1, 'community-centre', 1, { general_practice: ['D3703G01'], rehabilitation: ['D3703A01'] });
inst('H37010004', '370100', 2, 'tcm-hospital', 1, { tcm_rehabilitation: ['D3704T01', 'D3704T02'], acupuncture: ['D3704K01'] });
inst('P37010005', '370100', 1, 'pharmacy', 1, { pharmacy: ['D3705P01'] });
inst('H22010001', '220100', 3, 'public-general', 1, { rehabilitation: ['D2201A01', 'D2201A02'], neurology: ['D2201B01'], orthopedics: ['D2201C01'], pediatric_rehabilitation: ['D2201E01'], respiratory: ['D2201G01'], neurosurgery: ['D2201N01'] });
inst('H22010002', '220100', 2, 'public-rehab-hospital', 1, { rehabilitation: ['D2202A01', 'D2202A02'] });
inst('H22010003', '220100', 1, 'community-centre', 1, { general_practice: ['D2203G01'], rehabilitation: ['D2203A01'] });
inst('P22010004', '220100', 1, 'pharmacy', 1, { pharmacy: ['D2204P01'] });
const byRegion = (r, kind) => Object.values(INST).filter((h) => h.region === r && (!kind || h.kind === kind));
const REGIONS = Object.keys(REG);
const doc = (h, dept) => pick(INST[h].depts[dept] || INST[h].depts.rehabilitation || Object.values(INST[h].depts)[0]);

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const dow = (s) => D(s).getUTCDay();
const rdate = (from, to) => add(from, ri(0, Math.round((D(to) - D(from)) / 864e5)));
const ageAt = (birth, on) => { const b = D(birth), o = D(on); let a = o.getUTCFullYear() - b.getUTCFullYear(); if (o.getUTCMonth() < b.getUTCMonth() || (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- members ----------
let memberSeq = 0;
function member({ age, gender, scheme, region, insuredRegion }) {
  memberSeq++;
  gender = gender || pick(['M', 'F']);
  const by = 2025 - age; const birthDate = `${by - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const realAge = ageAt(birthDate, '2025-06-30');
  scheme = scheme || (realAge < 18 ? 'resident' : pick(['employee', 'employee', 'resident']));
  const contrib = scheme === 'employee' ? Math.max(1, Math.min(realAge - 20, ri(15, 38))) : 0;
  const retired = scheme === 'employee' && realAge >= (gender === 'M' ? 60 : 55) && contrib >= (gender === 'M' ? 30 : 25);
  const cy = Math.max(1, Math.min(realAge, ri(4, 12)));
  return {
    id: 'P96' + String(memberSeq).padStart(6, '0'), gender, birthDate, scheme, retired, region, insuredRegion: insuredRegion || region,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: cy, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contrib, special: null },
    st: { admissions: 0, opPolicy: 0, opFund: 0 },
  };
}

// ---------- lines, limits ----------
const fen = (y) => Math.round(y * 100);
function priceOf(code, h) { const r = CAT[code]; const cap = r.priceCap[String(h.level)]; return r.category === 'drug' ? cap : Math.round(cap * h.pf * 100) / 100; }
function L(code, date, qty, o = {}) { return { code, date, qty, price: o.price, fraud: !!o.fraud, allow: !!o.allow || !!o.fraud }; }

function checkLimits(claim, lines, m, h) {
  const dxs = claim.diagnoses.map((d) => d.code);
  const perDay = {}; const days = {};
  for (const l of lines) {
    const r = CAT[l.code];
    const k = l.code + '|' + l.date; perDay[k] = (perDay[k] || 0) + l.qty;
    (days[l.code] = days[l.code] || new Set()).add(l.date);
    if (l.allow) continue;
    const why = [];
    if (r.setting === 'inpatient' && claim.visitType !== 'inpatient') why.push('setting');
    if (r.setting === 'outpatient' && claim.visitType === 'inpatient') why.push('setting');
    if (r.minLevel && h.level < r.minLevel) why.push('minLevel');
    if (r.gender && r.gender !== m.gender) why.push('gender');
    const age = ageAt(m.birthDate, l.date);
    if (r.ageMin !== undefined && age < r.ageMin) why.push('ageMin');
    if (r.ageMax !== undefined && age > r.ageMax) why.push('ageMax');
    if (r.indications && !dxs.some((d) => r.indications.some((p) => d.startsWith(p)))) why.push('indications');
    if (r.indicationsFrom && r.indications && false) why.push('');
    if (r.maxPerDay !== undefined && perDay[k] > r.maxPerDay) why.push('maxPerDay');
    if (r.maxDays !== undefined && days[l.code].size > r.maxDays) why.push('maxDays');
    if (l.price !== undefined && l.price > r.priceCap[String(h.level)] + 1e-9) why.push('price');
    if (claim.visitType === 'inpatient' && (l.date < claim.admissionDate || l.date > claim.dischargeDate)) why.push('date');
    if (why.length) throw new Error(`limit ${why.join(',')} ${claim.claimId} ${l.code} ${r.name} ${l.date} q${l.qty}`);
  }
}

// ---------- claims ----------
const claims = []; const labels = []; let claimSeq = 0;
function policyPart(r, amountFen) { if (r.class === '丙') return 0; const share = r.class === '乙' ? (r.category === 'consumable' ? 0.2 : (r.selfPayShare !== undefined ? r.selfPayShare : 0.1)) : 0; return Math.round(amountFen * (1 - share)); }
function schemeOf(m) { const prov = REG[m.insuredRegion].prov; const p = POL.provinces[prov]; let s = JSON.parse(JSON.stringify(p.schemes[m.scheme])); const ro = p.regions && p.regions[m.insuredRegion]; if (ro && ro.schemes && ro.schemes[m.scheme]) for (const [vt, o] of Object.entries(ro.schemes[m.scheme])) Object.assign(s[vt], o); return s; }
function fundFor(m, visitType, level, policyFen, date) {
  const sc = schemeOf(m);
  if (visitType === 'inpatient') {
    const p = sc.inpatient; let ded = fen(p.deductible[String(level)]);
    if (m.st.admissions > 0 && p.laterAdmissionDeductibleShare !== undefined) ded = Math.round(ded * p.laterAdmissionDeductibleShare);
    m.st.admissions++;
    const ratio = p.ratio[String(level)] + (m.retired ? p.retireeRatioBonus || 0 : 0);
    return Math.max(0, Math.round((policyFen - ded) * ratio));
  }
  const p = visitType === 'pharmacy' ? sc.pharmacy : sc.outpatient;
  const dedTotal = fen(p.deductible); const before = m.st.opPolicy; m.st.opPolicy += policyFen;
  const over = Math.max(0, m.st.opPolicy - Math.max(before, dedTotal));
  const eligible = m.st.opPolicy <= dedTotal ? 0 : Math.min(policyFen, over);
  const ratio = p.ratio[String(level)] + (m.retired ? p.retireeRatioBonus || 0 : 0);
  let f = Math.round(eligible * ratio); const cap = fen(p.annualFundCap);
  f = Math.max(0, Math.min(f, cap - m.st.opFund)); m.st.opFund += f; return f;
}
function makeClaim(o) {
  const { m, h: hid, visitType } = o; const h = INST[hid]; const dept = h.depts[o.dept] ? o.dept : (h.depts.rehabilitation ? 'rehabilitation' : Object.keys(h.depts)[0]);
  claimSeq++;
  const claimId = `${h.region}-${hid}-2025-${String(claimSeq).padStart(6, '0')}`;
  const c = { claimId, region: h.region, insuranceType: m.scheme, visitType, patient: { insuredId: m.id, gender: m.gender, birthDate: m.birthDate, retired: m.retired }, enrollment: m.enrollment, provider: { hospitalId: hid, level: h.level, department: dept, doctorId: o.doctor || doc(hid, dept) } };
  if (m.insuredRegion !== h.region) c.insuredRegion = m.insuredRegion;
  if (visitType === 'inpatient') { c.admissionDate = o.admit; c.dischargeDate = o.discharge; } else c.visitDate = o.date;
  for (const d of o.dx) if (!DX[d]) throw new Error('unknown dx ' + d);
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  if (visitType === 'inpatient') {
    c.procedures = (o.procs || []).map(([code, date]) => { if (!PX[code]) throw new Error('unknown proc ' + code); return { code, date }; });
    c.reportedGroup = { drg: GRP[claimId] !== undefined ? GRP[claimId] : null, dip: null };
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered';
    if (o.from) c.transferFromHospitalId = o.from;
  }
  // merge identical code/date/price lines into one line (a bill shows one line per item per day)
  const merged = []; const idx = {};
  for (const l of o.lines) { const price = l.price !== undefined ? l.price : priceOf(l.code, h); const k = l.code + '|' + l.date + '|' + price + '|' + l.fraud; if (idx[k] !== undefined && !l.sep) { merged[idx[k]].qty += l.qty; continue; } idx[k] = merged.length; merged.push({ ...l, price }); }
  merged.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  checkLimits(c, merged, m, h);
  let tot = 0, pol = 0; const fraudLines = [];
  c.items = merged.map((l, i) => {
    const r = CAT[l.code]; const amt = Math.round(l.qty * fen(l.price)); tot += amt; pol += policyPart(r, amt);
    const it = { lineId: String(i + 1), code: l.code, name: r.name, category: r.category, date: l.date, quantity: l.qty, unitPrice: l.price, amount: amt / 100 };
    if (l.longRx) it.longPrescription = true;
    if (l.fraud) fraudLines.push(it.lineId);
    return it;
  });
  const fund = fundFor(m, visitType, h.level, pol, o.date || o.admit);
  c.amounts = { total: tot / 100, policy: pol / 100, fundClaimed: fund / 100 };
  c._sort = visitType === 'inpatient' ? o.discharge : o.date; c._fraudLines = fraudLines;
  claims.push(c); return c;
}

// ---------- clinical building blocks ----------
const ADMIT_LABS = [C.cbc, C.urine, C.lft, C.rft, C.elec, C.coag, C.ecg];
const PLANS = {
  strokeI: { dx: ['I69.300x003', 'G81.900', 'I10.x00'], th: [[C.hemi, 1], [C.ot, 1], [C.mfe, 1]], drugs: [[C.aspirin, 1], [C.atorva, 1], [C.amlo, 1]], labs: [C.lipid], proc: '93.3802' },
  strokeH: { dx: ['I69.100x002', 'G81.900', 'I10.x00'], th: [[C.hemi, 1], [C.ot, 1], [C.mfe, 1]], drugs: [[C.amlo, 1]], labs: [C.lipid], proc: '93.3802' },
  sci: { dx: ['T91.300x002', 'G82.100'], th: [[C.para, 1], [C.bws, 1], [C.ot, 1], [C.mfe, 1]], drugs: [[C.mecob, 3]], labs: [], proc: '93.3804' },
  tbi: { dx: ['T90.500x002', 'G81.900', 'R41.800x002'], th: [[C.hemi, 1], [C.cog, 1], [C.ot, 1]], drugs: [[C.levet, 2]], labs: [], proc: '93.3802' },
  tka: { dx: ['Z47.800x003', 'Z96.602', 'M17.101'], th: [[C.pt, 1], [C.mfe, 1]], drugs: [[C.celecox, 2], [C.rivaro, 1]], labs: [C.ddimer], proc: null },
  hipfx: { dx: ['S72.101', 'R26.200x001'], th: [[C.pt, 1], [C.mfe, 1]], drugs: [[C.celecox, 2], [C.rivaro, 1], [C.caD, 1]], labs: [C.ddimer], proc: null },
  cp: { dx: ['G80.101'], th: [[C.cp, 1], [C.speech, 1], [C.ot, 1]], drugs: [], labs: [], proc: '93.3801' },
  dd: { dx: ['R62.000x003', 'F88.x00'], th: [[C.pt, 1], [C.speech, 1], [C.cog, 1]], drugs: [], labs: [], proc: null },
  cardiac: { dx: ['Z50.000', 'I25.103', 'Z95.501'], th: [[C.pt, 1], [C.ecgMon, 1]], drugs: [[C.aspirin, 1], [C.clopi, 1], [C.atorva, 1], [C.metop, 2]], labs: [C.lipid], proc: '93.3600' },
  lumbar: { dx: ['M54.502'], th: [[C.tracL, 1], [C.mfe, 1], [C.needle, 1]], drugs: [[C.celecox, 2]], labs: [], proc: null },
};

// A rehabilitation stay: bed, 住院诊查费 and nursing each night (not the discharge day); admission labs; 康复评定 at admission,
// mid-course (stays ≥ 20 nights) and before discharge; ADL assessment at admission and discharge; therapy Mon–Sat from the day after
// admission (no therapy on Sundays unless sevenDay); daily oral drugs.
function stay(o) {
  const p = o.plan ? PLANS[o.plan] : {};
  const dx = o.dx || p.dx; const los = o.los; const admit = o.admit; const discharge = add(admit, los);
  const nurse = o.nurse || C.n2; const lines = [];
  for (let i = 0; i < los; i++) { const d = add(admit, i); lines.push(L(C.bed3, d, 1), L(C.ipd, d, 1), L(nurse, d, 1)); }
  if (o.labs !== false) { lines.push(L(C.blood, admit, 1)); for (const t of [...ADMIT_LABS, ...(o.extraLabs || p.labs || [])]) lines.push(L(t, admit, 1)); }
  const assessDays = o.assessDays || (los >= 20 ? [0, Math.floor(los / 2), los - 1] : [0, los - 1]);
  for (const a of assessDays) lines.push(L(C.assess, add(admit, a), 1, { fraud: !!(o.assessFraud && o.assessFraud(a)) }));
  for (const a of (o.adlDays || [0, los - 1])) lines.push(L(C.adl, add(admit, a), 1, { fraud: !!(o.adlFraud && o.adlFraud(a)) }));
  const th = o.th || p.th || []; let firstTh = null;
  for (let i = 1; i < los; i++) {
    const d = add(admit, i);
    if (o.skipTherapy && o.skipTherapy(i, d)) continue;
    if (dow(d) === 0 && !o.sevenDay) continue;
    if (!firstTh) firstTh = d;
    for (const [code, q] of (o.thDay ? o.thDay(i, d) : th)) lines.push(Array.isArray(code) ? Object.assign(code[0], { date: d }) : L(code, d, q));
    if (o.extraDay) for (const l of o.extraDay(i, d)) lines.push(l);
  }
  const drugs = o.drugs || p.drugs || [];
  for (let i = 0; i < los; i++) { const d = add(admit, i); for (const [code, q] of drugs) lines.push(L(code, d, q)); }
  if (o.more) for (const l of o.more(admit, discharge)) lines.push(l);
  const procs = (o.procs || (p.proc ? [[p.proc, null]] : [])).map(([pc, pd]) => [pc, pd || firstTh || admit]);
  if (o.procAssess !== false) procs.unshift(['93.0103', admit]);
  return makeClaim({ m: o.m, h: o.h, dept: o.dept || 'rehabilitation', doctor: o.doctor, visitType: 'inpatient', admit, discharge, dx, procs, lines, route: o.route, mode: o.mode, from: o.from });
}
function visit(o) {
  const h = INST[o.h]; const lines = [];
  if (o.visitType !== 'pharmacy') lines.push(L(h.level === 1 ? C.gp : C.opd, o.date, 1));
  for (const l of o.items) lines.push(Array.isArray(l) ? L(l[0], o.date, l[1], l[2] || {}) : l);
  return makeClaim({ m: o.m, h: o.h, dept: o.dept || (o.visitType === 'pharmacy' ? 'pharmacy' : 'rehabilitation'), doctor: o.doctor, visitType: o.visitType || 'outpatient', date: o.date, dx: o.dx, lines });
}
let caseSeq = 0;
function addCase(kind, code, name, variant, cs, targets, mutated) {
  caseSeq++;
  const ml = {};
  if (mutated === 'lines') for (const c of targets) { if (c._fraudLines.length) ml[c.claimId] = c._fraudLines.slice(); }
  if (mutated === 'lines' && !Object.keys(ml).length) throw new Error('no mutated lines in ' + code);
  labels.push({ caseId: 'B96-' + String(caseSeq).padStart(4, '0'), kind, code, name, claimIds: cs.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines: ml, typology: code, variant });
}
const regionH = (r) => ({ l3: byRegion(r, 'public-general')[0].id, l2: (byRegion(r, 'public-rehab-hospital')[0] || byRegion(r, 'private-rehab-hospital')[0]).id, priv: (byRegion(r, 'private-rehab-hospital')[0] || byRegion(r, 'public-rehab-hospital')[0]).id, comm: byRegion(r, 'community-centre')[0].id, tcm: (byRegion(r, 'tcm-hospital')[0] || byRegion(r, 'public-general')[0]).id, ph: byRegion(r, 'pharmacy')[0].id, clinic: (byRegion(r, 'private-clinic')[0] || byRegion(r, 'community-centre')[0]).id });
const tcmDept = (hid) => (INST[hid].depts.tcm_rehabilitation ? 'tcm_rehabilitation' : 'rehabilitation');
const adultPlans = ['strokeI', 'strokeI', 'strokeH', 'sci', 'tbi', 'tka', 'hipfx'];
const ageFor = (plan) => ({ strokeI: ri(52, 82), strokeH: ri(48, 78), sci: ri(24, 60), tbi: ri(20, 65), tka: ri(58, 80), hipfx: ri(66, 88), cp: ri(2, 6), dd: ri(1, 3), cardiac: ri(45, 72), lumbar: ri(30, 60) }[plan]);
const careful = (k) => (k % 3 === 2 ? 'careful' : 'overt');

// ======================= FRAUD TYPOLOGIES =======================
const T = [];
function typ(code, name, fn) { T.push([code, name, fn]); }

typ('T01', '康复治疗超时超量（单日治疗时长超出患者耐受）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const h = k % 2 ? H.l2 : H.priv;
  const m = member({ age: v === 'overt' ? ri(75, 88) : ri(80, 90), region: r });
  const dx = ['I69.300x003', 'G81.900', 'R47.000x001', 'R13.x00', 'I10.x00'].concat(v === 'careful' ? ['I50.900'] : []);
  const c = stay({ m, h, plan: 'strokeI', dx, los: ri(18, 26), admit: rdate('2025-02-01', '2025-10-20'),
    thDay: () => v === 'overt'
      ? [[[L(C.hemi, null, 2, { fraud: true })]], [[L(C.ot, null, 2, { fraud: true })]], [[L(C.speech, null, 2, { fraud: true })]], [[L(C.swallow, null, 2, { fraud: true })]], [[L(C.mfe, null, 2, { fraud: true })]]]
      : [[[L(C.hemi, null, 2, { fraud: true })]], [[L(C.ot, null, 2, { fraud: true })]], [C.speech, 1], [C.swallow, 1], [C.mfe, 1]],
    extraDay: () => [] });
  return [[c], [c], 'lines'];
});
// thDay entries wrapping a prepared line get their date set below (see fixDates)

typ('T02', '康复评定频次过高（每隔数日重复评定）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const plan = pick(adultPlans); const h = pick([H.l3, H.l2, H.priv]);
  const m = member({ age: ageFor(plan), region: r }); const los = ri(21, 28);
  const every = v === 'overt' ? 2 : 4; const ad = []; for (let i = 0; i < los; i += every) ad.push(i); if (!ad.includes(los - 1)) ad.push(los - 1);
  const legit = new Set([0, Math.floor(los / 2), los - 1]);
  const adl = v === 'overt' ? ad.slice() : [0, los - 1];
  const c = stay({ m, h, plan, los, admit: rdate('2025-01-10', '2025-11-20'), assessDays: ad, assessFraud: (a) => !legit.has(a), adlDays: adl, adlFraud: (a) => a !== 0 && a !== los - 1 });
  return [[c], [c], 'lines'];
});

typ('T03', '套餐式康复（无对应功能障碍仍开全套治疗项目）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const h = pick([H.l2, H.priv, H.l3]);
  if (v === 'overt') {
    const plan = pick(['tka', 'hipfx']); const m = member({ age: ageFor(plan), region: r });
    const c = stay({ m, h, plan, los: ri(14, 21), admit: rdate('2025-01-10', '2025-11-20'),
      extraDay: (i, d) => [L(C.speech, d, 1, { fraud: true }), L(C.swallow, d, 1, { fraud: true }), L(C.cog, d, 1, { fraud: true }), L(C.hand, d, 1, { fraud: true })] });
    return [[c], [c], 'lines'];
  }
  const m = member({ age: ageFor('strokeI'), region: r });
  const c = stay({ m, h, plan: 'strokeI', los: ri(16, 24), admit: rdate('2025-01-10', '2025-11-20'),
    extraDay: (i, d) => [L(C.swallow, d, 1, { fraud: true }), L(C.cog, d, 1, { fraud: true })] });
  return [[c], [c], 'lines'];
});

typ('T04', '离院/不在院期间仍记康复治疗', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const plan = pick(adultPlans); const m = member({ age: ageFor(plan), region: r });
  const admit = rdate('2025-01-10', '2025-11-10'); const los = ri(14, 22);
  if (v === 'overt') {
    const th = PLANS[plan].th; const dis = add(admit, los);
    const c = stay({ m, h: pick([H.l2, H.priv]), plan, los, admit,
      more: () => { const x = []; for (let j = 0; j <= 2; j++) { const d = add(dis, j); if (dow(d) === 0) continue; for (const [code, q] of th) x.push(L(code, d, q, { fraud: true })); } return x; } });
    return [[c], [c], 'lines'];
  }
  // careful: the member is in another hospital's acute ward (pneumonia) for 4–5 days mid-course; the rehab ward keeps billing therapy
  const gapStart = ri(6, los - 7); const gapLen = ri(4, 5); const gapDates = new Set(); for (let j = 0; j < gapLen; j++) gapDates.add(add(admit, gapStart + j));
  const th = PLANS[plan].th;
  const c = stay({ m, h: pick([H.l2, H.priv]), plan, los, admit,
    thDay: (i, d) => th.map(([code, q]) => [[L(code, d, q, { fraud: gapDates.has(d) })]]) });
  const a2 = add(admit, gapStart); const d2 = add(admit, gapStart + gapLen);
  const acute = acuteStay(m, H.l3, 'respiratory', a2, gapLen, ['J18.900', PLANS[plan].dx[0]]);
  return [[acute, c].sort((a, b) => (a._sort < b._sort ? -1 : 1)), [c], 'lines'];
});
function acuteStay(m, h, dept, admit, los, dx) {
  const lines = [];
  for (let i = 0; i < los; i++) { const d = add(admit, i); lines.push(L(C.bed3, d, 1), L(C.ipd, d, 1), L(C.n1, d, 1), L(C.ceftri, d, 2), L(C.nacl, d, 2), L(C.ivFirst, d, 1), L(C.ivMore, d, 1), L(C.ambrox, d, 3)); }
  for (const t of [C.blood, C.cbc, C.crp, C.chestXr, C.sputum, C.elec]) lines.push(L(t, admit, 1));
  if (!INST[h].depts[dept]) dept = Object.keys(INST[h].depts)[0];
  return makeClaim({ m, h, dept, visitType: 'inpatient', admit, discharge: add(admit, los), dx, procs: [], lines, route: 'emergency', mode: 'ordered' });
}

typ('T05', '挂床住院（康复病房占床而无实际治疗）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const plan = pick(['strokeI', 'strokeH', 'tka', 'hipfx', 'lumbar']); const m = member({ age: ageFor(plan) + 5, region: r });
  const los = ri(20, 30);
  const c = stay({ m, h: pick([H.priv, H.l2]), plan, los, admit: rdate('2025-01-10', '2025-11-10'), nurse: C.n3,
    skipTherapy: (i) => (v === 'overt' ? i > 2 : i % 4 !== 1), thDay: v === 'overt' ? undefined : () => [PLANS[plan].th[0]], assessDays: [0, los - 1] });
  return [[c], [c], {}];
});

typ('T06', '分解住院（一个康复疗程拆成两次住院）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const plan = pick(['strokeI', 'strokeH', 'sci', 'tbi']); const m = member({ age: ageFor(plan), region: r });
  const h = pick([H.l2, H.priv, H.l3]); const a1 = rdate('2025-01-10', '2025-09-30'); const l1 = ri(14, 20);
  const c1 = stay({ m, h, plan, los: l1, admit: a1 });
  const gap = v === 'overt' ? ri(0, 2) : ri(5, 9);
  const dx2 = PLANS[plan].dx.slice(); if (v === 'careful' && dx2[0] === 'I69.300x003') dx2[0] = 'I69.400';
  const c2 = stay({ m, h, plan, dx: dx2, los: ri(14, 20), admit: add(a1, l1 + gap), doctor: v === 'careful' ? undefined : c1.provider.doctorId });
  return [[c1, c2], [c1, c2], {}];
});

typ('T07', '低标准入院（可门诊康复的颈腰痛收住院）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(35, 62), region: r });
  const h = pick([H.priv, H.tcm, H.l2]); const los = ri(6, 9);
  const c = stay({ m, h, dept: tcmDept(h), plan: 'lumbar', dx: v === 'overt' ? ['M54.502'] : ['M51.100x002+G55.1*'], los, admit: rdate('2025-01-10', '2025-11-20'),
    nurse: v === 'overt' ? C.n3 : C.n2, labs: v !== 'overt', extraLabs: v === 'overt' ? [] : [C.mriL], assessDays: [0], adlDays: [0], procAssess: false, procs: [] });
  return [[c], [c], {}];
});

typ('T08', '串换项目（普通运动疗法按偏瘫/截瘫/脑瘫综合训练收费）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const h = pick([H.l2, H.priv, H.l3]);
  if (v === 'overt') {
    const plan = pick(['tka', 'hipfx']); const m = member({ age: ageFor(plan), region: r });
    const swap = pick([C.para, C.hemi]);
    const c = stay({ m, h, plan, los: ri(14, 21), admit: rdate('2025-01-10', '2025-11-20'), thDay: (i, d) => [[[L(swap, d, 1, { fraud: true })]], [C.mfe, 1]] });
    return [[c], [c], 'lines'];
  }
  const m = member({ age: ageFor('dd'), region: r }); const hp = pick(Object.values(INST).filter((x) => x.region === r && x.depts.pediatric_rehabilitation)).id;
  const c = stay({ m, h: hp, dept: 'pediatric_rehabilitation', plan: 'dd', los: ri(20, 28), admit: rdate('2025-01-10', '2025-11-01'), labs: false,
    thDay: (i, d) => [[[L(C.cp, d, 1, { fraud: true })]], [C.speech, 1], [C.cog, 1]] });
  return [[c], [c], 'lines'];
});

typ('T09', '重复收费（电针与普通针刺、偏瘫综合训练与运动疗法同时收取）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const plan = pick(['strokeI', 'strokeH']); const m = member({ age: ageFor(plan), region: r });
  if (v === 'overt') {
    const h = H.tcm;
    const c = stay({ m, h, dept: tcmDept(h), plan, los: ri(14, 21), admit: rdate('2025-01-10', '2025-11-20'), extraDay: (i, d) => [L(C.eNeedle, d, 2), L(C.needle, d, 1, { fraud: true })] });
    return [[c], [c], 'lines'];
  }
  const c = stay({ m, h: pick([H.l2, H.priv, H.l3]), plan, los: ri(14, 21), admit: rdate('2025-01-10', '2025-11-20'), extraDay: (i, d) => [L(C.pt, d, 1, { fraud: true })] });
  return [[c], [c], 'lines'];
});

typ('T10', '中医项目与康复/针刺项目同一操作重复计费（针灸+普通针刺、温针+灸法）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const plan = pick(['strokeI', 'strokeH', 'lumbar']); const m = member({ age: ageFor(plan), region: r });
  const h = H.tcm; const admit = rdate('2025-01-10', '2025-11-20');
  const extra = v === 'overt' ? (i, d) => [L(C.needle, d, 1), L(C.acuGen, d, 1, { fraud: true })] : (i, d) => [L(C.warmNeedle, d, 1), L(C.moxa, d, 1, { fraud: true })];
  const c = stay({ m, h, dept: tcmDept(h), plan, los: ri(12, 20), admit, th: PLANS[plan].th.filter(([x]) => x !== C.needle), extraDay: extra });
  return [[c], [c], 'lines'];
});

typ('T11', '无功能障碍者开展康复治疗（高血压、糖尿病门诊开康复训练）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(50, 72), region: r }); const h = v === 'overt' ? H.clinic : H.comm;
  const start = rdate('2025-01-10', '2025-10-01'); const cs = []; const n = ri(5, 8); let d = start;
  for (let i = 0; i < n; i++) {
    const items = v === 'overt' ? [[C.hemi, 1, { fraud: true }], [C.mfe, 1, { fraud: true }]] : [[C.pt, 1, { fraud: true }], [C.mfe, 1, { fraud: true }], [C.metformin, 42]];
    cs.push(visit({ m, h, dept: INST[h].depts.rehabilitation ? 'rehabilitation' : 'general_practice', date: d, dx: ['I10.x00', 'E11.900'], items: items.concat([[C.amlo, 14]]) }));
    d = add(d, ri(3, 7));
  }
  return [cs, cs, 'lines'];
});

typ('T12', '冒用不在场参保人医保卡（身故后、异地住院期间仍有门诊康复结算）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r);
  if (v === 'overt') {
    const m = member({ age: ri(72, 88), region: r });
    const a = rdate('2025-01-10', '2025-08-01'); const st = stay({ m, h: H.l3, plan: 'strokeI', los: ri(10, 18), admit: a, mode: 'death' });
    const cs = []; let d = add(st.dischargeDate, ri(12, 30));
    for (let i = 0; i < ri(4, 6); i++) { cs.push(visit({ m, h: H.clinic, date: d, dx: ['I69.300x003', 'G81.900'], items: [[C.hemi, 1], [C.mfe, 1], [C.aspirin, 28]] })); d = add(d, ri(5, 10)); }
    return [[st, ...cs], cs, {}];
  }
  const r2 = pick(REGIONS.filter((x) => x !== r)); const H2 = regionH(r2); const m = member({ age: ri(65, 82), region: r });
  const a = rdate('2025-02-01', '2025-10-01'); const los = ri(14, 20);
  const st = stay({ m, h: H2.l3, plan: 'hipfx', los, admit: a, route: 'emergency' });
  const cs = []; for (const j of [3, 7, 11]) { const d = add(a, j); if (dow(d) === 0) continue; cs.push(visit({ m, h: H.comm, date: d, dx: ['M54.502'], items: [[C.tracL, 1], [C.mfe, 1], [C.needle, 1]] })); }
  return [[st, ...cs].sort((x, y) => (x._sort < y._sort ? -1 : 1)), cs, {}];
});

typ('T13', '超标准收费（康复项目单价超过本级医院价格上限）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const plan = pick(['strokeI', 'strokeH', 'sci', 'tbi']); const m = member({ age: ageFor(plan), region: r });
  const h = H.priv; const lv = String(INST[h].level);
  const th = PLANS[plan].th;
  const c = stay({ m, h, plan, los: ri(14, 21), admit: rdate('2025-01-10', '2025-11-20'),
    thDay: (i, d) => th.map(([code, q]) => { const cap = CAT[code].priceCap[lv]; const hi = CAT[code].priceCap['3']; return [[L(code, d, q, { fraud: true, price: v === 'overt' ? Math.round(hi * 1.2 * 100) / 100 : hi })]]; }) });
  if (v === 'careful') { /* L3 cap billed at a level-2 hospital */ }
  return [[c], [c], 'lines'];
});

const T14_DOC = 'D5103A03';
typ('T14', '治疗量超出治疗师人力（同一机构同一医师名下批量患者每日满额治疗，含周日）', (k, v) => {
  const m = member({ age: ri(55, 80), region: '510100' }); const plan = pick(['strokeI', 'strokeH']);
  const admit = add('2025-03-03', ri(0, 6)); const los = ri(20, 26);
  const th = v === 'overt' ? [[C.hemi, 2], [C.ot, 2], [C.mfe, 2], [C.cog, 1]] : [[C.hemi, 1], [C.ot, 2], [C.mfe, 1]];
  const c = stay({ m, h: 'H51010003', doctor: T14_DOC, plan, dx: PLANS[plan].dx.concat(['R41.800x002']), los, admit, sevenDay: true,
    thDay: (i, d) => th.map(([code, q]) => [[L(code, d, q, { fraud: true })]]) });
  return [[c], [c], 'lines'];
});

typ('T15', '住院期间另行门诊/药店结算（院内已供药、已治疗）', (k, v) => {
  const r = pick(REGIONS), H = regionH(r); const plan = pick(['strokeI', 'tka', 'hipfx']); const m = member({ age: ageFor(plan), region: r });
  const a = rdate('2025-01-10', '2025-11-01'); const los = ri(16, 24);
  const st = stay({ m, h: pick([H.l2, H.priv, H.l3]), plan, los, admit: a });
  const out = [];
  if (v === 'overt') {
    const drug = plan === 'strokeI' ? [[C.atorva, 28], [C.aspirin, 28]] : [[C.celecox, 28], [C.rivaro, 14]];
    for (const j of [4, 12]) out.push(visit({ m, h: H.ph, visitType: 'pharmacy', date: add(a, j), dx: PLANS[plan].dx, items: drug }));
  } else {
    for (const j of [5, 9]) { const d = add(a, j); out.push(visit({ m, h: H.comm, date: dow(d) === 0 ? add(d, 1) : d, dx: PLANS[plan].dx, items: [[C.tuina, 1], [C.needle, 1]] })); }
  }
  return [[st, ...out].sort((x, y) => (x._sort < y._sort ? -1 : 1)), out, {}];
});

// ======================= CONTROLS =======================
const CT = [];
function ctl(code, name, fn) { CT.push([code, name, fn]); }
ctl('C01', '卒中早期强化康复（每日多项治疗，失语吞咽障碍均有诊断）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(45, 65), region: r });
  const c = stay({ m, h: pick([H.l3, H.l2]), plan: 'strokeI', dx: ['I69.300x003', 'G81.900', 'R47.000x001', 'R13.x00', 'I10.x00'], los: ri(21, 28), admit: rdate('2025-01-10', '2025-11-01'),
    th: [[C.hemi, 1], [C.ot, 1], [C.speech, 1], [C.swallow, 1], [C.mfe, 1]] });
  return [c];
});
ctl('C02', '脊髓损伤早期康复（截瘫训练每日两次+减重+作业）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(22, 50), region: r });
  const c = stay({ m, h: H.l2, plan: 'sci', dx: ['S24.100x023', 'G82.100'], los: ri(28, 40), admit: rdate('2025-01-10', '2025-10-01'), route: 'transfer', from: H.l3,
    th: [[C.para, 2], [C.bws, 1], [C.ot, 1], [C.mfe, 1]], nurse: C.n1 });
  return [c];
});
ctl('C03', '儿童脑瘫长疗程住院康复', () => {
  const r = pick(REGIONS); const m = member({ age: ri(2, 6), region: r }); const hp = pick(Object.values(INST).filter((x) => x.region === r && x.depts.pediatric_rehabilitation)).id;
  const c = stay({ m, h: hp, dept: 'pediatric_rehabilitation', plan: 'cp', los: ri(40, 56), admit: rdate('2025-01-10', '2025-09-01'), labs: false, assessDays: undefined });
  return [c];
});
ctl('C04', '重型颅脑损伤自神经外科转入康复的长期住院', () => {
  const r = pick(['370100', '510100']); const H = regionH(r); const m = member({ age: ri(20, 60), region: r });
  const a0 = rdate('2025-01-10', '2025-07-01'); const acuteLos = ri(12, 18);
  const acute = acuteStayNS(m, H.l3, a0, acuteLos);
  const los = ri(50, 70);
  const c = stay({ m, h: H.l2, plan: 'tbi', dx: ['T90.500x002', 'G81.900', 'R41.800x002', 'R13.x00'], los, admit: add(a0, acuteLos), route: 'transfer', from: H.l3, nurse: C.n1,
    th: [[C.hemi, 1], [C.cog, 1], [C.ot, 1], [C.swallow, 1]], more: (ad) => { const x = []; for (let i = 0; i < 20; i++) x.push(L(C.nasoFeed, add(ad, i), 4), L(C.tpf, add(ad, i), 2)); x.push(L(C.nasoTube, ad, 1)); return x; } });
  return [acute, c];
});
function acuteStayNS(m, h, admit, los) {
  const lines = [];
  for (let i = 0; i < los; i++) { const d = add(admit, i); lines.push(L(C.bed3, d, 1), L(C.ipd, d, 1), L(C.n1, d, 1), L(C.mannitol, d, 3), L(C.nacl, d, 2), L(C.ivFirst, d, 1), L(C.ivMore, d, 2), L(C.omep, d, 2)); }
  for (const t of [C.blood, C.cbc, C.lft, C.rft, C.elec, C.coag, C.ctHead]) lines.push(L(t, admit, 1));
  lines.push(L(C.ctHead, add(admit, 3), 1));
  const dept = INST[h].depts.neurosurgery ? 'neurosurgery' : 'neurology';
  return makeClaim({ m, h, dept, visitType: 'inpatient', admit, discharge: add(admit, los), dx: ['S06.200x011'], procs: [], lines, route: 'emergency', mode: 'transfer' });
}
ctl('C05', '中西医结合康复（针刺、推拿与偏瘫训练同日分别实施）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ageFor('strokeI'), region: r }); const h = H.tcm;
  const c = stay({ m, h, dept: tcmDept(h), plan: 'strokeI', los: ri(14, 21), admit: rdate('2025-01-10', '2025-11-20'), extraDay: (i, d) => [L(C.needle, d, 1), L(C.tuina, d, 1)] });
  return [c];
});
ctl('C06', '新发卒中后第二个康复疗程', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(60, 80), region: r });
  const a1 = rdate('2025-01-10', '2025-05-01'); const c1 = stay({ m, h: H.l2, plan: 'strokeI', los: ri(18, 24), admit: a1 });
  const a2 = add(c1.dischargeDate, ri(40, 70));
  const ac = acuteStroke(m, H.l3, a2, ri(9, 12));
  const c2 = stay({ m, h: H.l2, plan: 'strokeI', dx: ['I69.300x003', 'G81.900', 'R47.000x001', 'I10.x00'], los: ri(18, 24), admit: ac.dischargeDate, route: 'transfer', from: H.l3, th: [[C.hemi, 1], [C.ot, 1], [C.speech, 1], [C.mfe, 1]] });
  return [c1, ac, c2];
});
function acuteStroke(m, h, admit, los) {
  const lines = [];
  for (let i = 0; i < los; i++) { const d = add(admit, i); lines.push(L(C.bed3, d, 1), L(C.ipd, d, 1), L(C.n1, d, 1), L(C.aspirin, d, 1), L(C.atorva, d, 1), L(C.nacl, d, 2), L(C.ivFirst, d, 1)); if (i >= 2 && dow(d) !== 0) lines.push(L(C.hemi, d, 1)); }
  for (const t of [C.blood, C.cbc, C.lft, C.rft, C.elec, C.coag, C.lipid, C.ctHead, C.ecg]) lines.push(L(t, admit, 1));
  lines.push(L(C.assess, add(admit, 2), 1));
  const dept = INST[h].depts.neurology ? 'neurology' : 'rehabilitation';
  return makeClaim({ m, h, dept, visitType: 'inpatient', admit, discharge: add(admit, los), dx: ['I63.900', 'G81.900', 'I10.x00'], procs: [['93.0103', add(admit, 2)]], lines, route: 'emergency', mode: 'transfer' });
}
ctl('C07', '出院后社区家庭病床康复', () => {
  const r = pick(REGIONS), H = regionH(r); const plan = pick(['strokeI', 'hipfx']); const m = member({ age: ageFor(plan) + 3, region: r });
  const st = stay({ m, h: H.l3, plan, los: ri(14, 20), admit: rdate('2025-01-10', '2025-09-01'), mode: 'community' });
  const cs = [st]; let d = add(st.dischargeDate, ri(2, 5));
  cs.push(visit({ m, h: H.comm, dept: 'general_practice', date: d, dx: PLANS[plan].dx, items: [[C.homeBed, 1], [C.homeVisit, 1], [C.assess, 1]] }));
  for (let i = 0; i < 4; i++) { d = add(d, 7); cs.push(visit({ m, h: H.comm, dept: 'general_practice', date: d, dx: PLANS[plan].dx, items: [[C.homeVisit, 1], [C.pt, 1]] })); }
  return cs;
});
ctl('C08', '病情变化后再评定（住院期间跌倒或并发症后的重新评定）', () => {
  const r = pick(REGIONS), H = regionH(r); const plan = pick(['strokeI', 'tbi', 'sci']); const m = member({ age: ageFor(plan), region: r }); const los = ri(26, 30);
  const ev = ri(8, 11);
  const c = stay({ m, h: pick([H.l3, H.l2]), plan, dx: PLANS[plan].dx.concat(['J18.900']), los, admit: rdate('2025-01-10', '2025-10-01'), assessDays: [0, ev + 4, Math.floor(los * 0.7), los - 1],
    skipTherapy: (i) => i >= ev && i < ev + 4, more: (ad) => { const x = []; for (let j = 0; j < 4; j++) x.push(L(C.ceftri, add(ad, ev + j), 2), L(C.ivFirst, add(ad, ev + j), 1), L(C.nacl, add(ad, ev + j), 1)); x.push(L(C.chestXr, add(ad, ev), 1), L(C.crp, add(ad, ev), 1)); return x; } });
  return [c];
});
ctl('C09', '急性期床旁早期康复（神经内科卒中发病后48小时起）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(55, 80), region: r });
  return [acuteStroke(m, H.l3, rdate('2025-01-10', '2025-11-20'), ri(10, 14))];
});
ctl('C10', '关节置换术后自骨科转入康复医院（每日两次运动疗法）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ageFor('tka'), region: r });
  const c = stay({ m, h: H.l2, plan: 'tka', los: ri(14, 21), admit: rdate('2025-01-10', '2025-11-20'), route: 'transfer', from: H.l3, th: [[C.pt, 2], [C.mfe, 1]] });
  return [c];
});
ctl('C11', '高龄髋部骨折术后康复并发肺炎（数日暂停训练、抗感染治疗）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(78, 90), region: r }); const los = ri(20, 26); const ev = ri(5, 8);
  const c = stay({ m, h: H.l2, plan: 'hipfx', dx: ['S72.101', 'R26.200x001', 'J18.900'], los, admit: rdate('2025-01-10', '2025-10-20'), nurse: C.n1,
    skipTherapy: (i) => i >= ev && i < ev + 5,
    more: (ad) => { const x = []; for (let j = 0; j < 6; j++) x.push(L(C.ceftri, add(ad, ev + j), 2), L(C.ivFirst, add(ad, ev + j), 1), L(C.nacl, add(ad, ev + j), 1), L(C.o2, add(ad, ev + j), 8)); x.push(L(C.chestXr, add(ad, ev), 1), L(C.cbc, add(ad, ev), 1), L(C.crp, add(ad, ev), 1), L(C.sputum, add(ad, ev), 1)); return x; } });
  return [c];
});
ctl('C12', '脑瘫儿童门诊长期康复（每周三次）', () => {
  const r = pick(REGIONS); const m = member({ age: ri(2, 6), region: r }); const hp = pick(Object.values(INST).filter((x) => x.region === r && x.depts.pediatric_rehabilitation)).id;
  const cs = []; let d = rdate('2025-02-03', '2025-09-01'); while (dow(d) !== 1) d = add(d, 1);
  for (let w = 0; w < 3; w++) for (const o of [0, 2, 4]) cs.push(visit({ m, h: hp, dept: 'pediatric_rehabilitation', date: add(d, w * 7 + o), dx: ['G80.101'], items: [[C.cp, 1], [C.speech, 1], [C.ot, 1]] }));
  return cs;
});
ctl('C13', 'PCI术后门诊心脏康复（运动疗法+心电监护）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ageFor('cardiac'), region: r, scheme: 'employee' });
  const cs = []; let d = rdate('2025-02-03', '2025-09-01'); while (dow(d) !== 1) d = add(d, 1);
  cs.push(visit({ m, h: H.l3, date: d, dx: PLANS.cardiac.dx, items: [[C.assess, 1], [C.ecg, 1], [C.echo, 1]] }));
  for (let w = 0; w < 3; w++) for (const o of [1, 3]) cs.push(visit({ m, h: H.l3, date: add(d, w * 7 + o), dx: PLANS.cardiac.dx, items: [[C.pt, 1], [C.ecgMon, 1]] }));
  return cs;
});
ctl('C14', '重度腰椎间盘突出伴神经根病住院（卧床、脱水、牵引）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(35, 60), region: r }); const h = pick([H.l3, H.tcm]);
  const c = stay({ m, h, dept: tcmDept(h), plan: 'lumbar', dx: ['M51.100x002+G55.1*', 'R26.200x001'], los: ri(10, 14), admit: rdate('2025-01-10', '2025-11-20'), nurse: C.n1, extraLabs: [C.mriL], assessDays: [0, 9], adlDays: [0, 9],
    skipTherapy: (i) => i < 3, procs: [['93.4200x004', null]],
    more: (ad) => { const x = []; for (let j = 0; j < 3; j++) x.push(L(C.mannitol, add(ad, j), 2), L(C.dexa, add(ad, j), 1), L(C.ivFirst, add(ad, j), 1), L(C.ivMore, add(ad, j), 1)); return x; } });
  return [c];
});
ctl('C15', '卒中后失语合并吞咽障碍强化言语吞咽训练（每日两次）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(55, 75), region: r });
  const c = stay({ m, h: pick([H.l3, H.l2]), plan: 'strokeI', dx: ['I69.300x003', 'R47.000x001', 'R13.x00', 'G81.900'], los: ri(18, 24), admit: rdate('2025-01-10', '2025-11-01'),
    th: [[C.hemi, 1], [C.speech, 2], [C.swallow, 2]] });
  return [c];
});
ctl('C16', '发育迟缓儿童运动+言语+认知综合训练', () => {
  const r = pick(REGIONS); const m = member({ age: ageFor('dd'), region: r }); const hp = pick(Object.values(INST).filter((x) => x.region === r && x.depts.pediatric_rehabilitation)).id;
  return [stay({ m, h: hp, dept: 'pediatric_rehabilitation', plan: 'dd', los: ri(20, 28), admit: rdate('2025-01-10', '2025-11-01'), labs: false })];
});
ctl('C17', '民营二级康复医院按本级上限价收费的偏瘫康复', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ageFor('strokeH'), region: r }); const h = H.priv; const lv = String(INST[h].level);
  const c = stay({ m, h, plan: 'strokeH', los: ri(14, 21), admit: rdate('2025-01-10', '2025-11-20'), thDay: (i, d) => PLANS.strokeH.th.map(([code, q]) => [[L(code, d, q, { price: CAT[code].priceCap[lv] })]]) });
  return [c];
});
ctl('C18', '急性期医院出院当日转入康复医院（同日两张住院结算）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(55, 80), region: r });
  const ac = acuteStroke(m, H.l3, rdate('2025-01-10', '2025-10-01'), ri(8, 12));
  const c = stay({ m, h: H.l2, plan: 'strokeI', los: ri(18, 24), admit: ac.dischargeDate, route: 'transfer', from: H.l3 });
  return [ac, c];
});
ctl('C19', '出院次日药店按长处方购出院带药（慢病长期用药）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(60, 80), region: r, scheme: 'employee' });
  const st = stay({ m, h: H.l3, plan: 'strokeI', los: ri(14, 20), admit: rdate('2025-01-10', '2025-10-01') });
  const ph = visit({ m, h: H.ph, visitType: 'pharmacy', date: add(st.dischargeDate, 1), dx: PLANS.strokeI.dx, items: [L(C.atorva, add(st.dischargeDate, 1), 56, {}), L(C.aspirin, add(st.dischargeDate, 1), 56, {}), L(C.amlo, add(st.dischargeDate, 1), 56, {})].map((l) => Object.assign(l, { longRx: true })) });
  return [st, ph];
});
ctl('C20', '异地就医康复（参保地与就医地不同，随子女居住）', () => {
  const r = pick(REGIONS); const r2 = pick(REGIONS.filter((x) => x !== r)); const H = regionH(r); const plan = pick(['strokeI', 'tka', 'hipfx']);
  const m = member({ age: ageFor(plan), region: r, insuredRegion: r2 });
  return [stay({ m, h: pick([H.l3, H.l2]), plan, los: ri(14, 21), admit: rdate('2025-01-10', '2025-11-20') })];
});
ctl('C21', '康复医院七天连续康复方案（周日照常训练）', () => {
  const r = pick(REGIONS), H = regionH(r); const plan = pick(['strokeI', 'sci', 'tbi']); const m = member({ age: ageFor(plan), region: r });
  return [stay({ m, h: H.l3, plan, los: ri(18, 24), admit: rdate('2025-01-10', '2025-11-01'), sevenDay: true })];
});
ctl('C22', '电针单独使用（多穴位对，无普通针刺）', () => {
  const r = pick(REGIONS), H = regionH(r); const plan = pick(['strokeI', 'lumbar']); const m = member({ age: ageFor(plan), region: r }); const h = H.tcm;
  const cs = []; let d = rdate('2025-01-10', '2025-10-01');
  if (plan === 'lumbar') { for (let i = 0; i < 6; i++) { if (dow(d) === 0) d = add(d, 1); cs.push(visit({ m, h, dept: 'acupuncture', date: d, dx: ['M51.100x002+G55.1*'], items: [[C.eNeedle, 4], [C.tracL, 1], [C.cup, 2]] })); d = add(d, 2); } return cs; }
  return [stay({ m, h, dept: tcmDept(h), plan, los: ri(14, 20), admit: d, th: PLANS[plan].th.filter(([x]) => x !== C.needle), extraDay: (i, dd) => [L(C.eNeedle, dd, 3)] })];
});
ctl('C23', '康复出院后跌倒致新发骨折15日内再入院（不同疾病）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(68, 85), region: r });
  const c1 = stay({ m, h: H.l2, plan: 'strokeI', los: ri(16, 22), admit: rdate('2025-01-10', '2025-09-01') });
  const a2 = add(c1.dischargeDate, ri(4, 12)); const los = ri(9, 13); const lines = [];
  for (let i = 0; i < los; i++) { const d = add(a2, i); lines.push(L(C.bed3, d, 1), L(C.ipd, d, 1), L(C.n1, d, 1), L(C.celecox, d, 2)); if (i >= 1) lines.push(L(C.enox, d, 1)); if (i >= 3 && dow(d) !== 0) lines.push(L(C.pt, d, 1)); }
  for (const t of [C.blood, C.cbc, C.lft, C.rft, C.elec, C.coag, C.ecg, C.xrLimb]) lines.push(L(t, a2, 1));
  lines.push(L('003303020010001', add(a2, 1), 1), L('003301010010001', add(a2, 1), 2));
  const c2 = makeClaim({ m, h: H.l3, dept: 'orthopedics', visitType: 'inpatient', admit: a2, discharge: add(a2, los), dx: ['S72.101', 'I69.300x003', 'I10.x00'], procs: [['79.3501', add(a2, 1)]], lines, route: 'emergency', mode: 'ordered' });
  return [c1, c2];
});
ctl('C24', '重度脑损伤逐级转诊（三级→二级康复→社区）', () => {
  const r = pick(REGIONS), H = regionH(r); const m = member({ age: ri(25, 60), region: r });
  const a0 = rdate('2025-01-10', '2025-06-01'); const acute = acuteStayNS(m, H.l3, a0, ri(12, 16));
  const c1 = stay({ m, h: H.l3, plan: 'tbi', los: ri(20, 26), admit: acute.dischargeDate, route: 'transfer', from: H.l3, mode: 'transfer' });
  const c2 = stay({ m, h: H.l2, plan: 'tbi', los: ri(24, 30), admit: c1.dischargeDate, route: 'transfer', from: H.l3, mode: 'community' });
  const v = visit({ m, h: H.comm, dept: 'general_practice', date: add(c2.dischargeDate, 3), dx: ['T90.500x002', 'G81.900'], items: [[C.homeBed, 1], [C.homeVisit, 1]] });
  return [acute, c1, c2, v];
});

// ---------- build ----------
// thDay entries may wrap a prepared line as [[line]] with date null: give it the day's date
const origStay = stay;
// (dates of wrapped lines are set in stay(): see fixWrapped)
function run() {
  for (const [code, name, fn] of T) for (let k = 0; k < 15; k++) { const v = careful(k); const [cs, targets, ml] = fn(k, v); addCase('fraud', code, name, v, cs, targets, ml === 'lines' ? 'lines' : {}); }
  for (const [code, name, fn] of CT) for (let k = 0; k < 15; k++) { const cs = fn(k); addCase('control', code, name, 'legitimate', cs, [], {}); }
  // routine
  for (let k = 0; k < 100; k++) {
    const r = pick(REGIONS), H = regionH(r); const kind = k % 10; let c;
    if (kind <= 2) { const m = member({ age: ri(35, 70), region: r }); const h = pick([H.comm, H.tcm, H.l2]); const dx = pick([['M54.502'], ['M47.201'], ['M75.001']]); const items = dx[0] === 'M47.201' ? [[C.tracC, 1], [C.mfe, 1]] : dx[0] === 'M75.001' ? [[C.mfe, 1], [C.tuina, 1]] : [[C.tracL, 1], [C.needle, 1]]; c = visit({ m, h, dept: INST[h].depts.acupuncture ? 'acupuncture' : (INST[h].depts.rehabilitation ? 'rehabilitation' : 'general_practice'), date: rdate('2025-01-06', '2025-12-20'), dx, items: items.concat([[C.celecox, 14]]) }); }
    else if (kind === 3) { const m = member({ age: ri(55, 80), region: r }); c = visit({ m, h: H.l3, dept: 'neurology', date: rdate('2025-01-06', '2025-12-20'), dx: ['I69.300x003', 'I10.x00'], items: [[C.aspirin, 28], [C.atorva, 28], [C.amlo, 28]] }); }
    else if (kind === 4) { const m = member({ age: ri(55, 80), region: r }); c = visit({ m, h: H.ph, visitType: 'pharmacy', date: rdate('2025-01-06', '2025-12-20'), dx: pick([['I69.300x003'], ['M17.101']]), items: [[pick([C.mecob, C.caD]), 30]] }); }
    else if (kind <= 7) { const plan = pick(adultPlans); const m = member({ age: ageFor(plan), region: r }); c = stay({ m, h: pick([H.l3, H.l2, H.priv]), plan, los: ri(12, 20), admit: rdate('2025-01-06', '2025-12-01') }); }
    else if (kind === 8) { const m = member({ age: ri(2, 6), region: r }); const hp = pick(Object.values(INST).filter((x) => x.region === r && x.depts.pediatric_rehabilitation)).id; c = visit({ m, h: hp, dept: 'pediatric_rehabilitation', date: rdate('2025-01-06', '2025-12-20'), dx: ['G80.101'], items: [[C.cp, 1], [C.speech, 1]] }); }
    else { const m = member({ age: ri(40, 75), region: r }); const h = H.tcm; c = visit({ m, h, dept: 'acupuncture', date: rdate('2025-01-06', '2025-12-20'), dx: pick([['I69.300x003', 'G81.900'], ['M51.100x002+G55.1*']]), items: [[C.needle, 1], [C.cup, 2]] }); }
    addCase('routine', 'R', '日常康复诊疗', 'routine', [c], [], {});
  }
}
run();

claims.sort((a, b) => (a._sort < b._sort ? -1 : a._sort > b._sort ? 1 : a.claimId < b.claimId ? -1 : 1));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), claims.map((c) => { const x = { ...c }; delete x._sort; delete x._fraudLines; return JSON.stringify(x); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`claims ${claims.length}, cases ${labels.length} (fraud ${labels.filter((l) => l.kind === 'fraud').length}, control ${labels.filter((l) => l.kind === 'control').length}, routine ${labels.filter((l) => l.kind === 'routine').length})`);
