#!/usr/bin/env node
// blind62: women's health (妇科、生殖与计划生育、乳腺门诊、更年期). Written unseen from public knowledge.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || __dirname);
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || path.join(__dirname, '../base62/rules/catalogue'));
const GROUPS = opt('--groups');

// ---------- fixed-seed RNG ----------
let seed = 62062062;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const FILES = ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json', 'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json'];
const ROW = {};
for (const f of FILES) { const p = path.join(CAT, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) ROW[r.code] = r; }
// short names -> row codes (every one checked to exist below)
const C = {
  consult: '001102000010001', consultAssoc: '001102000020001', consultChief: '001102000030001', consultGen: '001102000040001', consultEmerg: '001102000050001',
  ipConsult: '001103000010001', bed3: '001105000010001', bedICU: '001105000030001', nurse1: '001201000020001', nurse2: '001201000030001', nurse3: '001201000040001',
  ivFirst: '001204000010001', ivMore: '001204000020001', ivPush: '001204000040001', im: '001204000050001', sc: '001204000060001', cannula: '001204000070001',
  dressS: '001205000010001', cath: '001206000010001', o2: '001208000010001', ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001',
  cbc: '002501010010001', hb: '002501010030001', ua: '002501020010001', lft: '002502010010001', alt: '002502010020001', ast: '002502010030001', rft: '002502020010001', lytes: '002502030010001',
  lipids: '002502040010001', glu: '002502050010001', hba1c: '002502050020001', coag: '002502060010001', crp: '002502080010001', pct: '002502080020001', bga: '002502090010001', ddimer: '002502100010001',
  preop8: '002502120010001', abo: '002502130010001', culture: '002502140010001', tct: '002502160010001', cea: '002502170010001', afp: '002502170020001', ca125: '002502170030001', ca199: '002502170040001',
  thyroid: '002502180010001', hcg: '002502190010001', path: '002502200010001', frozen: '002502200020001', xmatch: '002502130020001', transfuse: '001204000210001', rbc: '002600000010001', ffp: '002600000020001',
  ecg: '003107010010001', cxr: '002202010010001', usAbd: '002103010010001', usThy: '002103010050001', usCarotid: '002103010030001', usOb: '002103010070001', usGyn: '002103010080001', usBreast: '002103010090001',
  ctChest: '002301010020001', ctAbd: '002301010030001', ctContrast: '002301010040001', bmd: '002503010010001', fhr: '002503010090001', checkup: '003112030010001',
  ga: '003301010010001', spinal: '003301010020001', local: '003301010030001', lapHyst: '003305020010001', lapCyst: '003305020020001', cs: '003305010010001', vd: '003305010020001', mastectomy: '003304040010001',
  chemoPrep: '003310020010001', acup: '001215000010001', moxa: '004400000010001', tcmWash: '004100000060001', tcmIonto: '004100009010001', needle: '004300000010001',
  // drugs
  cefuroximeIv: 'XJ01DCT505B002', cefoperazone: 'XJ01DDT507B002', ceftriaxone: 'XJ01DDT504B002', metroIv: 'XJ01XDJ501B002', ornidazole: 'XJ01XDA504A001', fluconazole: 'XJ02ACF501A001',
  azithIv: 'XJ01FAA503B002', levoTab: 'XJ01MAZ501A001', cefuroximeTab: 'XJ01DCT502A001',
  metformin: 'XA10BAE503A001', zoledronic: 'XM05BAZ507B002', teriparatide: 'XH05AAT511B002', alendronate: 'XM05BAA520A001', calciumD: 'XA12AXT512A001',
  oxytocin: 'XH01BBS504B002', progInj: 'XG03DAH502B002', dydrogesterone: 'XG03DBD509A001', estradiol: 'XG03CAC501A001', ergometrine: 'XG02ABM506B002',
  iron: 'XB03AAH503A001', txa: 'XB02AAA519B002', propofol: 'XN01AXB503B002', fentanyl: 'XN02ABF506B002', vecuronium: 'XM03ACW501B002', lidocaine: 'XN01BBL509B002', ropivacaine: 'XN01BBL510B002',
  ns: 'XB05BBL511B002', d5: 'XB05BAP505B002', dns: 'XB05BBP506B002', ringer: 'XB05BBF507B002', lr: 'XB05BBR503B002', kcl: 'XB05XAL512B002', metoclopramide: 'XA03FAJ503B002',
  ondansetron: 'XA04AAA524B002', cisplatin: 'XL01XAS512B002', dexa: 'XH02ABD515B002', omeprazoleIv: 'XA02BCA515B002', ibuprofen: 'XM01AEB502A003', paracetamol: 'XN02BED510A001',
  enoxaparin: 'XB01ABY502B002', vitB: 'XA11EAF513A001',
  // consumables
  ivSet: 'C14010150100001020350000001', ivCath: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001', cathKit: 'C14030150100001569850000001',
  drainBag: 'C14040150100001551930000001', gauze: 'C14020150100001506610000001', dressKit: 'C14020150200001397260000001', trocar: 'C11010150100001004460000001',
  suture: 'C11010150200001895120000001', drape: 'C11010150600001900710000001', diathermy: 'C11010150700001990950000001', clip: 'C11010150400001380140000001', haemostat: 'C14100150100001761320000001',
  birthKit: 'C14070150100001630710000001', transSet: 'C14100150200001872210000001', electrode: 'C14060150100001436170000001', o2tube: 'C14050150100001832230000001', anaesKit: 'C11010150800001179070000001',
};
for (const [k, v] of Object.entries(C)) if (!ROW[v]) { console.error('catalogue row missing: ' + k + ' ' + v); process.exit(1); }

// ---------- regions, policies (from rules/benefits/policies.json of the frozen build, figures copied) ----------
const POL = {
  '22': { employee: { ip: { ded: { 1: 200, 2: 500, 3: 900 }, ratio: { 1: .9, 2: .85, 3: .8 }, bonus: .05, max: .95 }, op: { ded: 1000, ratio: { 1: .7, 2: .6, 3: .5 }, bonus: .1, cap: 3000 }, ph: { ded: 1000, ratio: { 1: .6, 2: .6, 3: .6 }, bonus: .1, cap: 3000 } },
          resident: { ip: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: .8, 2: .7, 3: .6 }, bonus: 0, max: .8 }, op: { ded: 0, ratio: { 1: .6, 2: .5, 3: .5 }, bonus: 0, cap: 400 }, ph: { ded: 0, ratio: { 1: .5, 2: .5, 3: .5 }, bonus: 0, cap: 400 } } },
  '23': { employee: { ip: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: .9, 2: .85, 3: .8 }, bonus: .05, max: .95 }, op: { ded: 1000, ratio: { 1: .7, 2: .6, 3: .5 }, bonus: .1, cap: 3000 }, ph: { ded: 1000, ratio: { 1: .6, 2: .6, 3: .6 }, bonus: .1, cap: 3000 } },
          resident: { ip: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: .8, 2: .7, 3: .6 }, bonus: 0, max: .8 }, op: { ded: 0, ratio: { 1: .6, 2: .5, 3: .5 }, bonus: 0, cap: 400 }, ph: { ded: 0, ratio: { 1: .5, 2: .5, 3: .5 }, bonus: 0, cap: 400 } } },
  '37': { employee: { ip: { ded: { 1: 300, 2: 600, 3: 1000 }, ratio: { 1: .9, 2: .85, 3: .8 }, bonus: .05, max: .95 }, op: { ded: 1000, ratio: { 1: .7, 2: .6, 3: .5 }, bonus: .1, cap: 3000 }, ph: { ded: 1000, ratio: { 1: .6, 2: .6, 3: .6 }, bonus: .1, cap: 3000 } },
          resident: { ip: { ded: { 1: 300, 2: 600, 3: 1000 }, ratio: { 1: .8, 2: .7, 3: .6 }, bonus: 0, max: .8 }, op: { ded: 0, ratio: { 1: .6, 2: .5, 3: .5 }, bonus: 0, cap: 400 }, ph: { ded: 0, ratio: { 1: .5, 2: .5, 3: .5 }, bonus: 0, cap: 400 } } },
  '51': { employee: { ip: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: .9, 2: .85, 3: .8 }, bonus: .05, max: .95, later: .5 }, op: { ded: 1000, ratio: { 1: .7, 2: .6, 3: .5 }, bonus: .1, cap: 3000 }, ph: { ded: 1000, ratio: { 1: .6, 2: .6, 3: .6 }, bonus: .1, cap: 3000 } },
          resident: { ip: { ded: { 1: 200, 2: 600, 3: 1100 }, ratio: { 1: .8, 2: .7, 3: .6 }, bonus: 0, max: .8, later: .5 }, op: { ded: 0, ratio: { 1: .6, 2: .5, 3: .5 }, bonus: 0, cap: 400 }, ph: { ded: 0, ratio: { 1: .5, 2: .5, 3: .5 }, bonus: 0, cap: 400 } } },
};
const REGION_OP_CAP = { '510100': { resident: 500 } };

// ---------- institutions and doctors ----------
const HOSP = {
  JL3: { id: 'H22010001', region: '220100', level: 3, kind: 'public', depts: ['gynecology', 'obstetrics', 'breast_surgery', 'reproductive_medicine'] },
  JLMCH: { id: 'H22010117', region: '220100', level: 2, kind: 'mch', depts: ['gynecology', 'obstetrics', 'breast_surgery'] },
  JLPRIV: { id: 'H22010263', region: '220100', level: 1, kind: 'private', depts: ['gynecology'] },
  JLC2: { id: 'H22020008', region: '220200', level: 2, kind: 'public', depts: ['gynecology', 'obstetrics'] },
  HRB3: { id: 'H23010002', region: '230100', level: 3, kind: 'public', depts: ['gynecology', 'obstetrics', 'breast_surgery', 'reproductive_medicine'] },
  HRBPRIV: { id: 'H23010145', region: '230100', level: 2, kind: 'private', depts: ['gynecology', 'reproductive_medicine'] },
  DQ2: { id: 'H23060011', region: '230600', level: 2, kind: 'public', depts: ['gynecology', 'obstetrics'] },
  JN3: { id: 'H37010003', region: '370100', level: 3, kind: 'public', depts: ['gynecology', 'obstetrics', 'breast_surgery', 'reproductive_medicine'] },
  JNCOM: { id: 'H37010251', region: '370100', level: 1, kind: 'community', depts: ['gynecology'] },
  QDMCH: { id: 'H37020112', region: '370200', level: 2, kind: 'mch', depts: ['gynecology', 'obstetrics', 'breast_surgery'] },
  CD3: { id: 'H51010006', region: '510100', level: 3, kind: 'public', depts: ['gynecology', 'obstetrics', 'breast_surgery', 'reproductive_medicine'] },
  CDPRIV: { id: 'H51010138', region: '510100', level: 2, kind: 'private', depts: ['gynecology', 'obstetrics'] },
  CDCOM: { id: 'H51010274', region: '510100', level: 1, kind: 'community', depts: ['gynecology'] },
  MY2: { id: 'H51070015', region: '510700', level: 2, kind: 'public', depts: ['gynecology', 'obstetrics', 'breast_surgery'] },
};
const PHARM = { JL: { id: 'Y22010031', region: '220100' }, HRB: { id: 'Y23010047', region: '230100' }, JN: { id: 'Y37010052', region: '370100' }, CD: { id: 'Y51010088', region: '510100' } };
const TITLES3 = ['主任医师', '副主任医师', '主治医师', '住院医师'];
let dseq = 0;
for (const h of Object.values(HOSP)) {
  h.docs = {};
  for (const d of h.depts) {
    const n = 4; h.docs[d] = [];
    for (let k = 0; k < n; k++) {
      let t = TITLES3[k % 4];
      if (h.level === 1) t = k % 2 ? '住院医师' : '主治医师';
      h.docs[d].push({ id: 'D' + h.id.slice(1, 3) + String(++dseq).padStart(4, '0'), title: t });
    }
  }
}
const doc = (h, dept, which) => { const a = h.docs[dept]; return which == null ? pick(a) : a[which % a.length]; };
function consultCode(h, d) {
  if (h.kind === 'community') return C.consultGen;
  if (h.level >= 2 && d.title === '主任医师') return C.consultChief;
  if (h.level >= 2 && d.title === '副主任医师') return C.consultAssoc;
  return C.consult;
}

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const randDate = (from = '2025-01-06', to = '2025-11-28') => add(from, ri(0, (D(to) - D(from)) / 864e5));

// ---------- patients ----------
let pseq = 0;
function patient({ age, scheme = 'employee', gender = 'F', region }) {
  const by = 2025 - age; const bd = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const retired = scheme === 'employee' && ((gender === 'F' && age >= 55) || (gender === 'M' && age >= 60));
  const enr = scheme === 'employee'
    ? { enrolledOn: `${Math.max(by + 22, 1998)}-0${ri(1, 9)}-01`, inConcentratedPeriod: true, continuousYears: Math.min(age - 21, 27), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: retired ? ri(26, 35) : Math.max(1, Math.min(age - 22, 30)), special: null }
    : { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(4, 12), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: 0, special: null };
  return { insuredId: 'P62' + String(++pseq).padStart(6, '0'), gender, birthDate: bd, retired, scheme, region, enrollment: enr };
}

// ---------- ledger and money (integer fen) ----------
const ledger = {}; // member -> {op: ytdPolicyFen, ph, opFund, phFund, ipCount}
function lineOf(code, qty, date, level, lineId, factor = 1) {
  const r = ROW[code]; const cap = Math.round(r.priceCap[String(level)] * 100);
  const unit = Math.min(cap, Math.round(cap * factor));
  return { lineId: String(lineId), code, name: r.name, category: r.category, date, quantity: qty, unitFen: unit, amountFen: unit * qty };
}
function finish(cl, pt, h) {
  let total = 0, policy = 0;
  for (const it of cl._lines) { total += it.amountFen; const sp = ROW[it.code].selfPayShare || 0; policy += it.amountFen - Math.round(it.amountFen * sp); }
  const prov = h.region.slice(0, 2); const P = POL[prov][pt.scheme];
  const L = ledger[pt.insuredId] || (ledger[pt.insuredId] = { op: 0, ph: 0, opFund: 0, phFund: 0, ip: 0 });
  let fund = 0;
  if (cl.visitType === 'inpatient') {
    let ded = P.ip.ded[h.level] * 100; if (P.ip.later && L.ip > 0) ded = Math.round(ded * P.ip.later); L.ip++;
    const ratio = Math.min(P.ip.max, P.ip.ratio[h.level] + (pt.retired ? P.ip.bonus : 0));
    fund = Math.floor(Math.max(0, policy - ded) * ratio);
  } else {
    const k = cl.visitType === 'pharmacy' ? 'ph' : 'op'; const Q = P[k];
    const lvl = cl.visitType === 'pharmacy' ? 1 : h.level;
    const dedLeft = Math.max(0, Q.ded * 100 - L[k]); L[k] += policy;
    const ratio = Math.min(1, Q.ratio[lvl] + (pt.retired ? Q.bonus : 0));
    let cap = Q.cap; if (REGION_OP_CAP[h.region] && REGION_OP_CAP[h.region][pt.scheme] && k === 'op') cap = REGION_OP_CAP[h.region][pt.scheme];
    fund = Math.floor(Math.max(0, policy - dedLeft) * ratio);
    fund = Math.max(0, Math.min(fund, cap * 100 - L[k + 'Fund'])); L[k + 'Fund'] += fund;
  }
  cl.items = cl._lines.map(it => ({ lineId: it.lineId, code: it.code, name: it.name, category: it.category, date: it.date, quantity: it.quantity, unitPrice: it.unitFen / 100, amount: it.amountFen / 100, ...(it.longPrescription ? { longPrescription: true } : {}) }));
  cl.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  delete cl._lines;
}

// ---------- claim builders ----------
const claims = []; const hseq = {};
function newId(h) { hseq[h.id] = (hseq[h.id] || 0) + 1; return `${h.region}-${h.id}-2025-${String(hseq[h.id]).padStart(6, '0')}`; }
function base(pt, h, dept, d, visitType) {
  const c = { claimId: newId(h), region: h.region, insuranceType: pt.scheme, visitType,
    patient: { insuredId: pt.insuredId, gender: pt.gender, birthDate: pt.birthDate, retired: pt.retired },
    enrollment: pt.enrollment, provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: d.id } };
  if (pt.region && pt.region !== h.region) c.insuredRegion = pt.region;
  return c;
}
// lines: [code, qty, dayOffset?, {factor, tag, long}]
function outpatient({ pt, h, dept, d, date, dx, lines, noConsult, visitType = 'outpatient', procs }) {
  d = d || doc(h, dept);
  const c = base(pt, h, dept, d, visitType); c.visitDate = date;
  c.diagnoses = dx.map((x, i) => i === 0 ? { code: x, principal: true } : { code: x });
  if (procs) c.procedures = procs.map(([p, o]) => ({ code: p, date: add(date, o || 0) }));
  c._lines = []; const tags = {};
  const all = noConsult || visitType === 'pharmacy' ? lines : [[consultCode(h, d), 1], ...lines];
  for (const [code, qty, off, o] of all) {
    const ln = lineOf(code, qty, add(date, off || 0), visitType === 'pharmacy' ? 1 : h.level, c._lines.length + 1, (o && o.factor) || 1);
    if (o && o.long) ln.longPrescription = true;
    c._lines.push(ln); if (o && o.tag) (tags[o.tag] = tags[o.tag] || []).push(ln.lineId);
  }
  c._settle = date; c._tags = tags; c._pt = pt; c._h = h; claims.push(c); return c;
}
function pharmacy({ pt, ph, presc, date, dx, lines }) {
  const h = { id: ph.id, region: ph.region, level: 1 };
  const c = base(pt, h, 'pharmacy', presc, 'pharmacy'); c.visitDate = date;
  c.diagnoses = dx.map((x, i) => i === 0 ? { code: x, principal: true } : { code: x });
  c._lines = []; const tags = {};
  for (const [code, qty, off, o] of lines) { const ln = lineOf(code, qty, add(date, off || 0), 1, c._lines.length + 1); if (o && o.long) ln.longPrescription = true; c._lines.push(ln); if (o && o.tag) (tags[o.tag] = tags[o.tag] || []).push(ln.lineId); }
  c._settle = date; c._tags = tags; c._pt = pt; c._h = h; claims.push(c); return c;
}
// inpatient: daily bed/consult/nursing automatic; perDay(i, date) returns extra lines for day i (0 = admission day)
function inpatient({ pt, h, dept, d, adm, los, dx, procs = [], perDay, route = 'outpatient', nursing, noDaily, discharge = 'ordered' }) {
  d = d || doc(h, dept);
  const c = base(pt, h, dept, d, 'inpatient');
  c.admissionDate = adm; c.dischargeDate = add(adm, los);
  c.admissionRoute = route; c.dischargeMode = discharge;
  c.diagnoses = dx.map((x, i) => i === 0 ? { code: x, principal: true } : { code: x });
  c.procedures = procs.map(([p, o]) => ({ code: p, date: add(adm, o) }));
  c.reportedGroup = { drg: null, dip: null };
  c._lines = []; const tags = {};
  const push = (code, qty, date, o) => { const ln = lineOf(code, qty, date, h.level, c._lines.length + 1, (o && o.factor) || 1); c._lines.push(ln); if (o && o.tag) (tags[o.tag] = tags[o.tag] || []).push(ln.lineId); };
  const days = Math.max(1, los);
  for (let i = 0; i < days; i++) {
    const date = add(adm, i);
    if (!noDaily) { push(C.bed3, 1, date); push(C.ipConsult, 1, date); push(nursing ? nursing(i) : C.nurse2, 1, date); }
    for (const [code, qty, o] of (perDay ? perDay(i, date) : [])) push(code, qty, date, o);
  }
  c._settle = c.dischargeDate; c._tags = tags; c._pt = pt; c._h = h; claims.push(c); return c;
}
// bundles (arrays of [code, qty, opts])
const B = {
  admLabs: () => [[C.cbc, 1], [C.ua, 1], [C.lft, 1], [C.rft, 1], [C.lytes, 1], [C.coag, 1], [C.preop8, 1], [C.abo, 1], [C.ecg, 1], [C.cxr, 1]],
  lapOp: (surg, hours = 2, o) => [[surg, 1, o], [C.ga, hours, o], [C.propofol, 2, o], [C.fentanyl, 2, o], [C.vecuronium, 1, o], [C.trocar, 1, o], [C.suture, 3, o], [C.drape, 1, o], [C.diathermy, 1, o],
    [C.cefuroximeIv, 2, o], [C.cath, 1, o], [C.cathKit, 1, o], [C.ecgMon, 6, o], [C.spo2, 6, o], [C.nibp, 6, o], [C.o2, 6, o], [C.electrode, 5, o], [C.path, 1, o]],
  ivDay: (extra = 2) => [[C.ivFirst, 1], [C.ivMore, extra], [C.ivSet, 1], [C.dns, 1], [C.ringer, 1]],
};

// ---------- labels ----------
const labels = []; const NAMES = {};
function addCase(kind, code, name, claimList, targets, mutated) {
  NAMES[code] = name; const n = labels.filter(l => l.code === code).length + 1;
  labels.push({ caseId: `${code}-${String(n).padStart(2, '0')}`, kind, code, name, ...(kind === 'fraud' ? { typology: code } : kind === 'control' ? { control: code } : {}),
    claimIds: claimList.map(c => c.claimId), targets: (targets || claimList).map(c => c.claimId), mutatedLines: mutated || {} });
}
const mutOf = (cs, tag) => { const m = {}; for (const c of cs) if (c._tags[tag] && c._tags[tag].length) m[c.claimId] = c._tags[tag].slice(); return m; };
const F = { tag: 'F' };
const region = (h) => h.region;

// ======================= FRAUD TYPOLOGIES =======================
// T01 体检串换为诊疗: a unit's women's check-up package (健康体检, 丙类/自费 or paid by the employer) billed as
// outpatient diagnostic care under a fabricated cervicitis diagnosis; clusters of 5 women, same day, same institution.
{
  const sites = [HOSP.JLPRIV, HOSP.JNCOM, HOSP.CDPRIV];
  for (let g = 0; g < 3; g++) {
    const h = sites[g]; const date = randDate(); const d = doc(h, 'gynecology', g);
    for (let k = 0; k < 5; k++) {
      const pt = patient({ age: ri(28, 54), region: region(h) });
      const careful = k % 2 === 1;
      const lines = [[C.cbc, 1, 0, F], [C.ua, 1, 0, F], [C.lft, 1, 0, F], [C.rft, 1, 0, F], [C.lipids, 1, 0, F], [C.glu, 1, 0, F], [C.ecg, 1, 0, F], [C.cxr, 1, 0, F],
        [C.usAbd, 1, 0, F], [C.usGyn, 1, 0, F], [C.usBreast, 1, 0, F], [C.tct, 1, 0, F], ...(careful ? [] : [[C.usThy, 1, 0, F]])];
      const dx = careful ? ['N72.x00x003', 'N60.201'] : ['N72.x00x003'];
      const c = outpatient({ pt, h, dept: 'gynecology', d, date, dx, lines });
      addCase('fraud', 'T01', '体检套餐串换为门诊诊疗（团体妇女体检记入医保）', [c], [c], mutOf([c], 'F'));
    }
  }
}
// T02 超限定支付范围: metformin for PCOS without diabetes; zoledronic acid for osteopenia; teriparatide under 50.
for (let k = 0; k < 15; k++) {
  const h = pick([HOSP.JL3, HOSP.HRB3, HOSP.JN3, HOSP.CD3, HOSP.QDMCH, HOSP.MY2, HOSP.HRBPRIV]);
  const date = randDate();
  let c;
  if (k < 8) {
    const pt = patient({ age: ri(22, 34), region: region(h) });
    const dept = h.depts.includes('reproductive_medicine') ? 'reproductive_medicine' : 'gynecology';
    c = outpatient({ pt, h, dept, date, dx: k % 3 === 0 ? ['E28.200', 'N97.000'] : ['E28.200'], lines: [[C.metformin, 90, 0, F], ...(k % 2 ? [[C.hba1c, 1, 0, F], [C.glu, 1]] : [[C.glu, 1], [C.usGyn, 1]])] });
  } else if (k < 12) {
    const pt = patient({ age: ri(50, 58), region: region(h) });
    c = outpatient({ pt, h, dept: 'gynecology', date, dx: ['N95.100', 'M85.800'], lines: [[C.zoledronic, 1, 0, F], [C.ivFirst, 1], [C.ivSet, 1], [C.ns, 1], [C.bmd, 1], [C.rft, 1]] });
  } else {
    const pt = patient({ age: ri(45, 49), region: region(h) });
    c = outpatient({ pt, h, dept: 'gynecology', date, dx: ['M81.000', 'N95.100'], lines: [[C.teriparatide, 1, 0, F], [C.calciumD, 30], [C.bmd, 1]] });
  }
  addCase('fraud', 'T02', '超限定支付范围（二甲双胍用于无糖尿病多囊卵巢、唑来膦酸用于骨量减少、特立帕肽未满50岁）', [c], [c], mutOf([c], 'F'));
}
// T03 诱导检查: private gynaecology hospitals run a full tumour-marker / imaging battery on simple vaginitis.
for (let k = 0; k < 15; k++) {
  const h = pick([HOSP.CDPRIV, HOSP.HRBPRIV, HOSP.JLPRIV]);
  const pt = patient({ age: ri(22, 45), scheme: pick(['employee', 'resident']), region: region(h) });
  const careful = k % 3 === 0;
  const lines = [[C.usGyn, 1], [C.tct, 1], [C.ornidazole, 12],
    [C.cea, 1, 0, F], [C.afp, 1, 0, F], [C.ca199, 1, 0, F], [C.ca125, 1, 0, F], ...(careful ? [] : [[C.ctChest, 1, 0, F], [C.thyroid, 1, 0, F], [C.usBreast, 1, 0, F]])];
  const c = outpatient({ pt, h, dept: 'gynecology', date: randDate(), dx: [pick(['N76.000x003', 'N76.000x001'])], lines });
  addCase('fraud', 'T03', '诱导检查：单纯阴道炎开全套肿瘤标志物与影像', [c], [c], mutOf([c], 'F'));
}
// T04 过度治疗: five consecutive days of outpatient IV antibiotics for chronic cervicitis / vaginitis (民营、妇幼).
for (let k = 0; k < 15; k++) {
  const h = pick([HOSP.CDPRIV, HOSP.HRBPRIV, HOSP.QDMCH]); const d = doc(h, 'gynecology');
  const pt = patient({ age: ri(24, 50), scheme: 'employee', region: region(h) });
  const start = randDate('2025-01-06', '2025-11-15'); const cs = [];
  const n = 3 + (k % 3);
  for (let i = 0; i < n; i++) {
    const lines = [[C.cefoperazone, 2, 0, F], [C.metroIv, 2, 0, F], [C.ivFirst, 1, 0, F], [C.ivMore, 1, 0, F], [C.ivSet, 2, 0, F], [C.ns, 2, 0, F]];
    if (i === 0) lines.unshift([C.usGyn, 1], [C.tct, 1]);
    if (k % 2 === 0) lines.push([C.tcmIonto, 1]);
    cs.push(outpatient({ pt, h, dept: 'gynecology', d, date: add(start, i), dx: [pick(['N72.x00x003', 'N76.000x003', 'N86.x00x004'])], lines }));
  }
  addCase('fraud', 'T04', '过度治疗：慢性宫颈炎/阴道炎门诊连续静脉输注抗菌药', cs, cs, mutOf(cs, 'F'));
}
// T05 虚构手术: laparoscopic cystectomy billed for a functional (corpus luteum) cyst — no pathology, thin pre-op work-up.
for (let k = 0; k < 15; k++) {
  const h = pick([HOSP.CDPRIV, HOSP.HRBPRIV, HOSP.JLC2, HOSP.DQ2]);
  const pt = patient({ age: ri(22, 40), scheme: pick(['employee', 'resident']), region: region(h) });
  const careful = k % 2 === 0; const los = ri(4, 6);
  const c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los, dx: [pick(['N83.202', 'N83.201', 'N83.206'])], procs: [['65.2501', 1]],
    perDay: (i) => i === 0 ? [[C.cbc, 1], [C.usGyn, 1], [C.hcg, 1], ...(careful ? [[C.coag, 1], [C.ecg, 1]] : [])]
      : i === 1 ? [[C.lapCyst, 1, F], [C.ga, 2, F], [C.trocar, 1, F], [C.suture, 2, F], ...(careful ? [[C.propofol, 2, F], [C.fentanyl, 1, F]] : []), [C.cefuroximeIv, 2, F], ...B.ivDay(1)]
      : i === 2 ? B.ivDay(1) : [] });
  addCase('fraud', 'T05', '虚构手术：黄体/功能性囊肿记腹腔镜囊肿剥除（无病理、无麻醉用药或术前检查不全）', [c], [c], mutOf([c], 'F'));
}
// T06 虚增项目数量: round-the-clock monitoring and oxygen billed every day after uncomplicated laparoscopic hysterectomy.
for (let k = 0; k < 15; k++) {
  const h = pick([HOSP.JL3, HOSP.HRB3, HOSP.JN3, HOSP.CD3, HOSP.MY2, HOSP.JLMCH]);
  const pt = patient({ age: ri(42, 56), scheme: pick(['employee', 'resident']), region: region(h) });
  const los = ri(5, 7); const careful = k % 2 === 1;
  const mon = (i) => careful ? [[C.ecgMon, 20, F], [C.spo2, 20, F], [C.o2, 16, F]] : [[C.ecgMon, 24, F], [C.spo2, 24, F], [C.o2, 24, F], [C.nibp, 24, F]];
  const c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los, dx: ['D25.900'], procs: [['68.4100', 1]],
    nursing: (i) => i <= 2 ? C.nurse1 : C.nurse2,
    perDay: (i) => i === 0 ? B.admLabs().concat([[C.usGyn, 1], [C.tct, 1]]) : i === 1 ? B.lapOp(C.lapHyst, 3).concat(B.ivDay(2)) : i < los - 1 ? mon(i).concat(B.ivDay(1)) : [[C.cbc, 1]] });
  addCase('fraud', 'T06', '虚增数量：腹腔镜子宫切除术后每日24小时心电/血氧监测与吸氧', [c], [c], mutOf([c], 'F'));
}
// T07 重复收费: items already inside another charge billed again on the same day.
for (let k = 0; k < 15; k++) {
  const h = pick([HOSP.JL3, HOSP.HRB3, HOSP.JN3, HOSP.CD3, HOSP.QDMCH, HOSP.MY2, HOSP.CDPRIV, HOSP.JLMCH]);
  let c;
  if (k < 6) {
    const pt = patient({ age: ri(24, 38), scheme: pick(['employee', 'resident']), region: region(h) }); const los = ri(4, 5);
    c = inpatient({ pt, h, dept: 'obstetrics', adm: randDate(), los, dx: [pick(['O82.000', 'O82.100'])], procs: [['74.1x01', 0]], route: 'outpatient',
      nursing: (i) => i <= 1 ? C.nurse1 : C.nurse2,
      perDay: (i) => i === 0 ? [[C.cbc, 1], [C.coag, 1], [C.preop8, 1], [C.abo, 1], [C.fhr, 1], [C.cs, 1], [C.birthKit, 1, F], [C.spinal, 1], [C.anaesKit, 1], [C.oxytocin, 2], [C.cefuroximeIv, 2], [C.suture, 3], [C.cath, 1], [C.cathKit, 1], ...B.ivDay(2)]
        : i === 1 ? B.ivDay(1).concat([[C.cbc, 1]]) : [] });
  } else if (k < 11) {
    const pt = patient({ age: ri(25, 48), scheme: pick(['employee', 'resident']), region: region(h) });
    c = inpatient({ pt, h: h.level >= 2 ? h : HOSP.JL3, dept: 'gynecology', adm: randDate(), los: ri(3, 5), dx: [pick(['N83.201', 'N80.100x001'])], procs: [['65.2501', 1]],
      perDay: (i) => i === 0 ? B.admLabs().concat([[C.usGyn, 1], [C.ca125, 1]]) : i === 1 ? B.lapOp(C.lapCyst, 2).concat([[C.local, 1, F], [C.lidocaine, 2]]).concat(B.ivDay(1)) : i === 2 ? B.ivDay(1) : [] });
  } else {
    const pt = patient({ age: ri(40, 55), scheme: pick(['employee', 'resident']), region: region(h) });
    c = inpatient({ pt, h: h.level >= 2 ? h : HOSP.JL3, dept: 'gynecology', adm: randDate(), los: ri(5, 6), dx: ['D25.900', 'N92.000x001'], procs: [['68.4100', 1]],
      perDay: (i) => i === 0 ? B.admLabs().concat([[C.hb, 1, F], [C.alt, 1, F], [C.ast, 1, F], [C.usGyn, 1]]) : i === 1 ? B.lapOp(C.lapHyst, 3).concat(B.ivDay(2)) : i === 2 ? B.ivDay(1).concat([[C.cbc, 1]]) : [] });
  }
  addCase('fraud', 'T07', '重复收费：剖宫产另收产包 / 全麻另收局麻 / 血常规与肝功能套餐内项目另收', [c], [c], mutOf([c], 'F'));
}
// T08 分解收费: every infusion group billed as a separate 静脉输液(第一组) instead of 每增加一组.
for (let k = 0; k < 15; k++) {
  const h = pick([HOSP.JLC2, HOSP.DQ2, HOSP.CDPRIV, HOSP.HRBPRIV, HOSP.MY2, HOSP.JLMCH]);
  const pt = patient({ age: ri(22, 48), scheme: pick(['employee', 'resident']), region: region(h) });
  const los = ri(5, 7); const careful = k % 2 === 0;
  const c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los, dx: [pick(['N73.902', 'N70.000', 'N70.001'])],
    perDay: (i) => {
      const a = i === 0 ? [[C.cbc, 1], [C.crp, 1], [C.ua, 1], [C.usGyn, 1], [C.hcg, 1], [C.lft, 1], [C.rft, 1]] : [];
      if (i < los - 1) { a.push([C.cefoperazone, 2], [C.metroIv, 2], [C.ns, 2], [C.ivFirst, 1], [C.ivSet, 2]); if (careful) a.push([C.ivFirst, 1, F]); else a.push([C.ivFirst, 1, F], [C.ivFirst, 1, F]); }
      return a;
    } });
  addCase('fraud', 'T08', '分解收费：同日每组输液均按“静脉输液(第一组)”计费', [c], [c], mutOf([c], 'F'));
}
// T09 超量开药/倒卖: HRT or weekly alendronate re-dispensed every 2–3 weeks at alternating hospital and pharmacy.
for (let k = 0; k < 15; k++) {
  const key = pick(['JL', 'HRB', 'JN', 'CD']);
  const h = { JL: HOSP.JL3, HRB: HOSP.HRB3, JN: HOSP.JN3, CD: HOSP.CD3 }[key]; const ph = PHARM[key]; const d = doc(h, 'gynecology');
  const pt = patient({ age: ri(50, 62), scheme: 'employee', region: region(h) });
  let date = randDate('2025-01-06', '2025-07-31'); const cs = []; const hrt = k < 10;
  for (let i = 0; i < 5; i++) {
    const lines = hrt ? [[C.estradiol, 84, 0, i ? F : null], [C.dydrogesterone, 56, 0, i ? F : null]] : [[C.alendronate, 12, 0, i ? F : null], [C.calciumD, 84, 0, i ? F : null]];
    const dx = hrt ? ['N95.101'] : ['M81.000'];
    cs.push(i % 2 === 0 ? outpatient({ pt, h, dept: 'gynecology', d, date, dx, lines }) : pharmacy({ pt, ph, presc: d, date, dx, lines }));
    date = add(date, ri(14, 21));
  }
  addCase('fraud', 'T09', '超量开药：更年期激素/阿仑膦酸钠每2–3周在医院与药店交替重复开具12周量', cs, cs.slice(1), mutOf(cs.slice(1), 'F'));
}
// T10 冒名就医: pregnancy care on an elderly relative's card; gynaecological care on a husband's card.
for (let k = 0; k < 15; k++) {
  const h = pick([HOSP.JLMCH, HOSP.QDMCH, HOSP.CDPRIV, HOSP.JL3, HOSP.MY2, HOSP.DQ2]);
  let c;
  if (k < 8) {
    const pt = patient({ age: ri(62, 74), scheme: 'employee', region: region(h) });
    c = outpatient({ pt, h, dept: 'obstetrics', date: randDate(), dx: ['O20.000', 'O26.900x104'], lines: [[C.usOb, 1], [C.hcg, 1], [C.progInj, 7], [C.im, 7], [C.dydrogesterone, 28]] });
  } else {
    const pt = patient({ age: ri(28, 50), scheme: pick(['employee', 'resident']), gender: 'M', region: region(h) });
    c = outpatient({ pt, h, dept: 'gynecology', date: randDate(), dx: [pick(['N76.000x003', 'N72.x00x003'])], lines: [[C.usGyn, 1], [C.tct, 1], [C.ornidazole, 12]] });
  }
  addCase('fraud', 'T10', '冒名就医：用高龄亲属医保卡做保胎、用丈夫医保卡看妇科', [c], [c], {});
}
// T11 挂床住院/低标准入院: week-long stays for chronic pelvic inflammation with only bed, TCM fumigation and oral drugs.
for (let k = 0; k < 15; k++) {
  const h = pick([HOSP.JLPRIV, HOSP.CDPRIV, HOSP.HRBPRIV, HOSP.JNCOM]);
  const pt = patient({ age: ri(35, 68), scheme: pick(['employee', 'resident', 'resident']), region: region(h) });
  const los = ri(6, 9); const careful = k % 2 === 1;
  const c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los, dx: [pick(['N73.101', 'N72.x00x003', 'N70.101'])], nursing: () => C.nurse3,
    perDay: (i) => i === 0 ? [[C.cbc, 1], ...(careful ? [[C.usGyn, 1], [C.ua, 1]] : []), [C.ornidazole, 14]] : i < los - 1 ? [[C.tcmWash, 1], ...(careful && i % 2 ? [[C.tcmIonto, 1]] : [])] : [] });
  addCase('fraud', 'T11', '挂床/低标准入院：慢性盆腔炎住院一周仅床位、护理、中药熏洗和口服药', [c], [c], {});
}
// T12 分解住院: pre-operative work-up admission, discharge, readmission days later for the same fibroid hysterectomy.
for (let k = 0; k < 15; k++) {
  const h = pick([HOSP.JL3, HOSP.HRB3, HOSP.JN3, HOSP.CD3, HOSP.MY2, HOSP.JLC2, HOSP.CDPRIV]);
  const pt = patient({ age: ri(40, 54), scheme: pick(['employee', 'resident']), region: region(h) });
  const adm = randDate('2025-01-06', '2025-11-01'); const los1 = ri(3, 5); const gap = ri(2, 9);
  const dx = k % 3 === 0 ? ['D25.100x001', 'D50.000'] : ['D25.900', 'N92.000x001'];
  const a = inpatient({ pt, h, dept: 'gynecology', adm, los: los1, dx,
    perDay: (i) => i === 0 ? B.admLabs().concat([[C.usGyn, 1], [C.tct, 1], [C.ca125, 1]]) : i === 1 ? [[C.iron, 9]] : [] });
  const adm2 = add(a.dischargeDate, gap);
  const b = inpatient({ pt, h, dept: 'gynecology', adm: adm2, los: ri(4, 6), dx: [dx[0]], procs: [['68.4100', 1]],
    nursing: (i) => i <= 2 ? C.nurse1 : C.nurse2,
    perDay: (i) => i === 0 ? [[C.cbc, 1], [C.coag, 1]] : i === 1 ? B.lapOp(C.lapHyst, 3).concat(B.ivDay(2)) : i === 2 ? B.ivDay(1).concat([[C.cbc, 1]]) : [] });
  addCase('fraud', 'T12', '分解住院：术前检查住院出院后数日再入院同一子宫肌瘤手术', [a, b], [a, b], {});
}
// T13 高套分组: in CHS-DRG 1.1 the gynaecology ADRGs do not split by complication, so the money is in the chemotherapy
// ADRG (RU1 splits by MCC/CC) and in a malignant principal diagnosis: (a) a chemotherapy admission of a cervical/ovarian cancer
// patient coded with a major complication that nothing in the bill treats; (b) a benign cyst coded as ovarian cancer.
for (let k = 0; k < 15; k++) {
  const h = pick([HOSP.JL3, HOSP.HRB3, HOSP.JN3, HOSP.CD3, HOSP.MY2, HOSP.QDMCH]);
  let c;
  if (k < 9) {
    const pt = patient({ age: ri(38, 66), scheme: pick(['employee', 'resident']), region: region(h) });
    const fake = pick(['A41.900', 'N17.900', 'R57.100', 'I26.900', 'E87.100', 'J18.900', 'D62.x00']);
    c = inpatient({ pt, h: h.level === 3 ? h : HOSP.CD3, dept: 'gynecology', adm: randDate(), los: 2, dx: ['Z51.102', pick(['C53.900', 'C56.x00']), fake],
      perDay: (j) => j === 0 ? [[C.cbc, 1], [C.lft, 1], [C.rft, 1], [C.lytes, 1], [C.cisplatin, 7], [C.chemoPrep, 1], [C.ondansetron, 2], [C.dexa, 1], [C.ns, 4], [C.kcl, 2], [C.ivFirst, 1], [C.ivMore, 3], [C.ivSet, 2]] : [[C.ondansetron, 1]] });
  } else {
    const pt = patient({ age: ri(30, 52), scheme: pick(['employee', 'resident']), region: region(h) });
    c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los: ri(4, 6), dx: ['C56.x00'], procs: [['65.2501', 1]],
      perDay: (i) => i === 0 ? B.admLabs().concat([[C.usGyn, 1], [C.ca125, 1]]) : i === 1 ? B.lapOp(C.lapCyst, 2).concat(B.ivDay(1)) : i === 2 ? B.ivDay(1) : [] });
  }
  addCase('fraud', 'T13', '高套分组：化疗住院编入无治疗支撑的严重并发症 / 良性卵巢囊肿编为卵巢恶性肿瘤', [c], [c], {});
}
// T14 诱导住院: bus-loads of elderly rural women from a "free screening" admitted together for a check-up-and-TCM package.
for (let g = 0; g < 5; g++) {
  const h = [HOSP.JLPRIV, HOSP.CDPRIV, HOSP.HRBPRIV, HOSP.CDPRIV, HOSP.JLPRIV][g]; const adm = randDate(); const d = doc(h, 'gynecology', g);
  for (let k = 0; k < 3; k++) {
    const pt = patient({ age: ri(60, 78), scheme: 'resident', region: region(h) }); const los = ri(7, 8);
    const c = inpatient({ pt, h, dept: 'gynecology', d, adm: add(adm, k === 2 ? 1 : 0), los, dx: [pick(['N73.101', 'N72.x00x003', 'N95.101']), pick(['I10.x00x002', 'M81.000', 'N81.200'])],
      perDay: (i) => i === 0 ? [[C.cbc, 1], [C.ua, 1], [C.lft, 1], [C.rft, 1], [C.lipids, 1], [C.glu, 1], [C.ecg, 1], [C.ctChest, 1], [C.usGyn, 1], [C.usBreast, 1], [C.usAbd, 1], [C.usCarotid, 1], [C.tct, 1]]
        : i < los - 1 ? [[C.tcmIonto, 2], [C.moxa, 1], [C.needle, 1], ...(i <= 3 ? [[C.cefuroximeIv, 2], [C.ns, 1], [C.ivFirst, 1], [C.ivSet, 1]] : [])] : [] });
    addCase('fraud', 'T14', '诱导住院：“免费筛查”组织农村老年妇女同日入院做体检+理疗套餐', [c], [c], {});
  }
}
// T15 辅助生殖包装为疾病: IVF oocyte retrieval billed as transvaginal ovarian-cyst aspiration, after follicle-monitoring visits.
for (let k = 0; k < 15; k++) {
  const h = pick([HOSP.HRBPRIV, HOSP.HRBPRIV, HOSP.CDPRIV, HOSP.JL3, HOSP.JN3]);
  const dept = h.depts.includes('reproductive_medicine') ? 'reproductive_medicine' : 'gynecology'; const d = doc(h, dept);
  const pt = patient({ age: ri(28, 40), scheme: 'employee', region: region(h) });
  const ret = randDate('2025-01-20', '2025-11-20'); const cs = [];
  const nmon = k % 3;
  for (let i = nmon; i >= 1; i--) cs.push(outpatient({ pt, h, dept, d, date: add(ret, -2 * i - 1), dx: [pick(['N97.100', 'N97.900'])], lines: [[C.usGyn, 1]] }));
  const c = inpatient({ pt, h, dept, d, adm: ret, los: 1, dx: [pick(['N83.201', 'N83.206'])], procs: [['65.2900x022', 0]],
    perDay: () => [[C.cbc, 1], [C.coag, 1], [C.usGyn, 1], [C.ga, 1], [C.propofol, 1], [C.syringe, 10], [C.progInj, 1], [C.im, 1], [C.dydrogesterone, 28], [C.estradiol, 28], [C.ivFirst, 1], [C.ivSet, 1], [C.ns, 1]] });
  cs.push(c);
  addCase('fraud', 'T15', '辅助生殖取卵包装为“经阴道卵巢囊肿穿刺”住院（前有卵泡监测）', cs, [c], {});
}

// ======================= CONTROLS =======================
const L3 = [HOSP.JL3, HOSP.HRB3, HOSP.JN3, HOSP.CD3]; const L2pub = [HOSP.JLMCH, HOSP.QDMCH, HOSP.MY2, HOSP.JLC2, HOSP.DQ2];
// C01 PCOS with type-2 diabetes on metformin (HbA1c)
for (let k = 0; k < 15; k++) { const h = pick(L3.concat([HOSP.QDMCH])); const pt = patient({ age: ri(24, 38), region: region(h) });
  const c = outpatient({ pt, h, dept: 'gynecology', date: randDate(), dx: k % 2 ? ['E11.900', 'E28.200'] : ['E28.200', 'E11.900'], lines: [[C.metformin, 90], [C.hba1c, 1], [C.glu, 1]] });
  addCase('control', 'C01', '多囊卵巢合并2型糖尿病用二甲双胍（限糖尿病内）', [c]); }
// C02 postmenopausal osteoporosis: yearly zoledronic acid or teriparatide at ≥50
for (let k = 0; k < 15; k++) { const h = pick(L3.concat(L2pub)); const pt = patient({ age: ri(56, 76), scheme: pick(['employee', 'resident']), region: region(h) });
  const c = k < 9 ? outpatient({ pt, h, dept: 'gynecology', date: randDate(), dx: ['M81.000'], lines: [[C.zoledronic, 1], [C.ivFirst, 1], [C.ivSet, 1], [C.ns, 1], [C.rft, 1], [C.bmd, 1]] })
    : outpatient({ pt, h, dept: 'gynecology', date: randDate(), dx: ['M81.000'], lines: [[C.teriparatide, 1], [C.calciumD, 30]] });
  addCase('control', 'C02', '绝经后骨质疏松用唑来膦酸/特立帕肽（符合限定）', [c]); }
// C03 pelvic mass in a postmenopausal woman: markers and CT staging
for (let k = 0; k < 15; k++) { const h = pick(L3); const pt = patient({ age: ri(50, 72), scheme: pick(['employee', 'resident']), region: region(h) });
  const c = outpatient({ pt, h, dept: 'gynecology', date: randDate(), dx: [pick(['N83.201', 'N83.205']), 'N95.000'], lines: [[C.usGyn, 1], [C.ca125, 1], [C.cea, 1], [C.ca199, 1], [C.afp, 1], [C.ctAbd, 1], [C.ctContrast, 1], [C.ctChest, 1], [C.cbc, 1]] });
  addCase('control', 'C03', '绝经后附件包块：肿瘤标志物+CT评估（指征充分）', [c]); }
// C04 acute PID treated as outpatient with 3 days of IV ceftriaxone + metronidazole
for (let k = 0; k < 15; k++) { const h = pick(L3.concat(L2pub)); const d = doc(h, 'gynecology'); const pt = patient({ age: ri(20, 40), region: region(h) });
  const s = randDate('2025-01-06', '2025-11-20'); const cs = [];
  for (let i = 0; i < 3; i++) cs.push(outpatient({ pt, h, dept: 'gynecology', d, date: add(s, i), dx: ['N73.003', ...(i === 0 ? ['N70.000'] : [])], lines: [...(i === 0 ? [[C.cbc, 1], [C.crp, 1], [C.hcg, 1], [C.usGyn, 1]] : []), [C.ceftriaxone, 2], [C.metroIv, 2], [C.ivFirst, 1], [C.ivMore, 1], [C.ivSet, 2], [C.ns, 1]] }));
  addCase('control', 'C04', '急性盆腔炎门诊3天静脉抗感染（指南方案）', cs); }
// C05 endometrioma cystectomy with full work-up and pathology
for (let k = 0; k < 15; k++) { const h = pick(L3.concat([HOSP.MY2, HOSP.JLMCH])); const pt = patient({ age: ri(24, 42), scheme: pick(['employee', 'resident']), region: region(h) });
  const c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los: ri(4, 5), dx: ['N80.100x001'], procs: [['65.2501', 1]],
    perDay: (i) => i === 0 ? B.admLabs().concat([[C.usGyn, 1], [C.ca125, 1]]) : i === 1 ? B.lapOp(C.lapCyst, 2).concat(B.ivDay(1)) : i === 2 ? B.ivDay(1) : [] });
  addCase('control', 'C05', '卵巢巧克力囊肿腹腔镜剥除（术前检查与病理齐全）', [c]); }
// C06 ruptured ectopic with haemorrhagic shock: transfusion and close monitoring
for (let k = 0; k < 15; k++) { const h = pick(L3.concat([HOSP.MY2, HOSP.QDMCH])); const pt = patient({ age: ri(22, 40), scheme: pick(['employee', 'resident']), region: region(h) });
  const c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los: ri(4, 6), route: 'emergency', dx: ['O00.102', 'R57.101', 'D62.x00'], procs: [['66.6201', 0], ['99.0401', 0]],
    nursing: (i) => i <= 1 ? C.nurse1 : C.nurse2,
    perDay: (i) => i === 0 ? B.admLabs().concat([[C.hcg, 1], [C.usGyn, 1], [C.bga, 2], [C.xmatch, 3], [C.rbc, 3], [C.ffp, 4], [C.transfuse, 1], [C.transSet, 2]]).concat(B.lapOp(C.lapCyst, 2)).concat(B.ivDay(3)).concat([[C.ecgMon, 12], [C.spo2, 12], [C.nibp, 12], [C.o2, 12]])
      : i === 1 ? [[C.ecgMon, 24], [C.spo2, 24], [C.nibp, 12], [C.o2, 12], [C.cbc, 1], [C.bga, 1], [C.coag, 1], [C.hcg, 1]].concat(B.ivDay(2)) : i === 2 ? [[C.cbc, 1], [C.iron, 3]].concat(B.ivDay(1)) : [[C.iron, 3]] });
  addCase('control', 'C06', '输卵管妊娠破裂失血性休克：输血、监护病情支撑严重并发症', [c]); }
// C07 general anaesthesia and local infiltration on different days; Hb re-check on a later day
for (let k = 0; k < 15; k++) { const h = pick(L3.concat(L2pub)); const pt = patient({ age: ri(42, 55), scheme: pick(['employee', 'resident']), region: region(h) }); const los = ri(6, 8);
  const c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los, dx: ['D25.900', 'T81.400x004'], procs: [['68.4100', 1]],
    perDay: (i) => i === 0 ? B.admLabs().concat([[C.usGyn, 1]]) : i === 1 ? B.lapOp(C.lapHyst, 3).concat(B.ivDay(2)) : i === 2 ? [[C.hb, 1]].concat(B.ivDay(1)) : i === 4 ? [[C.local, 1], [C.lidocaine, 1], [C.dressS, 1], [C.dressKit, 1]] : i === 5 ? [[C.dressS, 1], [C.alt, 1]] : [] });
  addCase('control', 'C07', '全麻与局麻、血常规与血红蛋白分在不同日（术后切口处理与复查）', [c]); }
// C08 vaginal delivery with the delivery pack (not included in the vaginal-delivery fee)
for (let k = 0; k < 15; k++) { const h = pick(L3.concat(L2pub).concat([HOSP.CDPRIV])); const h2 = h.depts.includes('obstetrics') ? h : HOSP.JL3; const pt = patient({ age: ri(22, 38), scheme: pick(['employee', 'resident']), region: region(h2) });
  const c = inpatient({ pt, h: h2, dept: 'obstetrics', adm: randDate(), los: ri(2, 3), dx: ['O80.000'], procs: [['73.5900', 0]],
    perDay: (i) => i === 0 ? [[C.cbc, 1], [C.coag, 1], [C.preop8, 1], [C.abo, 1], [C.fhr, 2], [C.vd, 1], [C.birthKit, 1], [C.oxytocin, 2], [C.suture, 1], [C.ivFirst, 1], [C.ivSet, 1], [C.ringer, 1]] : i === 1 ? [[C.cbc, 1]] : [] });
  addCase('control', 'C08', '阴道分娩另收一次性产包（接生费不含产包）', [c]); }
// C09 multi-drug infusion after surgery billed as first group + additional groups
for (let k = 0; k < 15; k++) { const h = pick(L3.concat(L2pub)); const pt = patient({ age: ri(35, 60), scheme: pick(['employee', 'resident']), region: region(h) }); const los = ri(6, 8);
  const c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los, dx: ['D25.900', 'D50.000'], procs: [['68.4100', 1]],
    perDay: (i) => i === 0 ? B.admLabs().concat([[C.usGyn, 1]]) : i === 1 ? B.lapOp(C.lapHyst, 3).concat([[C.ivFirst, 1], [C.ivMore, 4], [C.ivSet, 2], [C.dns, 2], [C.ringer, 2], [C.omeprazoleIv, 1], [C.txa, 2]])
      : i < 5 ? [[C.ivFirst, 1], [C.ivMore, 3], [C.ivSet, 2], [C.dns, 2], [C.ringer, 1], [C.cefuroximeIv, 2]] : [] });
  addCase('control', 'C09', '术后多组输液按“第一组+每增加一组”计费', [c]); }
// C10 HRT on a 12-week long prescription, refilled on schedule
for (let k = 0; k < 15; k++) { const key = pick(['JL', 'HRB', 'JN', 'CD']); const h = { JL: HOSP.JL3, HRB: HOSP.HRB3, JN: HOSP.JN3, CD: HOSP.CD3 }[key]; const d = doc(h, 'gynecology');
  const pt = patient({ age: ri(48, 58), scheme: 'employee', region: region(h) }); let date = randDate('2025-01-06', '2025-04-30'); const cs = [];
  for (let i = 0; i < 3; i++) { const lines = [[C.estradiol, 84, 0, { long: true }], [C.dydrogesterone, 42, 0, { long: true }]];
    cs.push(i === 1 ? pharmacy({ pt, ph: PHARM[key], presc: d, date, dx: ['N95.101'], lines }) : outpatient({ pt, h, dept: 'gynecology', d, date, dx: ['N95.101'], lines: i === 0 ? lines.concat([[C.usGyn, 1], [C.usBreast, 1], [C.lipids, 1]]) : lines }));
    date = add(date, ri(80, 86)); }
  addCase('control', 'C10', '更年期激素治疗12周长处方按期续方（医院/药店）', cs); }
// C11 weekly alendronate: 12 tablets every ~12 weeks with calcium
for (let k = 0; k < 15; k++) { const key = pick(['JL', 'HRB', 'JN', 'CD']); const h = { JL: HOSP.JL3, HRB: HOSP.HRB3, JN: HOSP.JN3, CD: HOSP.CD3 }[key]; const d = doc(h, 'gynecology');
  const pt = patient({ age: ri(58, 75), scheme: 'employee', region: region(h) }); let date = randDate('2025-01-06', '2025-04-30'); const cs = [];
  for (let i = 0; i < 3; i++) { const lines = [[C.alendronate, 12, 0, { long: true }], [C.calciumD, 84, 0, { long: true }]];
    cs.push(i === 1 ? pharmacy({ pt, ph: PHARM[key], presc: d, date, dx: ['M81.000'], lines }) : outpatient({ pt, h, dept: 'gynecology', d, date, dx: ['M81.000'], lines }));
    date = add(date, ri(82, 88)); }
  addCase('control', 'C11', '绝经后骨质疏松阿仑膦酸钠每周1片、12周量按期续方', cs); }
// C12 pregnancy at 43–47 with threatened miscarriage
for (let k = 0; k < 15; k++) { const h = pick(L3.concat([HOSP.JLMCH, HOSP.QDMCH])); const pt = patient({ age: ri(43, 47), scheme: pick(['employee', 'resident']), region: region(h) });
  const c = outpatient({ pt, h, dept: 'obstetrics', date: randDate(), dx: ['O20.000', 'O26.900x104'], lines: [[C.usOb, 1], [C.hcg, 1], [C.progInj, 7], [C.im, 7], [C.dydrogesterone, 28]] });
  addCase('control', 'C12', '高龄（43–47岁）妊娠先兆流产保胎', [c]); }
// C13 postmenopausal bleeding in women 60+: β-HCG among the work-up (gestational trophoblastic disease excluded)
for (let k = 0; k < 15; k++) { const h = pick(L3.concat(L2pub)); const pt = patient({ age: ri(60, 74), scheme: pick(['employee', 'resident']), region: region(h) });
  const c = outpatient({ pt, h, dept: 'gynecology', date: randDate(), dx: ['N95.000'], lines: [[C.usGyn, 1], [C.tct, 1], [C.hcg, 1], [C.ca125, 1], [C.path, 1], [C.cbc, 1]] });
  addCase('control', 'C13', '60岁以上绝经后出血：含β-HCG的检查', [c]); }
// C14 hyperemesis gravidarum: short low-cost admission (fluids, potassium, antiemetic)
for (let k = 0; k < 15; k++) { const h = pick(L3.concat(L2pub)); const h2 = h.depts.includes('obstetrics') ? h : HOSP.JLMCH; const pt = patient({ age: ri(22, 36), scheme: pick(['employee', 'resident']), region: region(h2) }); const los = ri(3, 5);
  const c = inpatient({ pt, h: h2, dept: 'obstetrics', adm: randDate(), los, dx: ['O21.000', 'E87.600'], route: 'emergency',
    perDay: (i) => [...(i === 0 ? [[C.cbc, 1], [C.lft, 1], [C.rft, 1], [C.thyroid, 1], [C.usOb, 1]] : []), [C.lytes, 1], [C.ua, 1], ...(i < los - 1 ? [[C.d5, 2], [C.dns, 1], [C.kcl, 3], [C.metoclopramide, 1], [C.ivFirst, 1], [C.ivMore, 2], [C.ivSet, 1], [C.vitB, 3]] : [])] });
  addCase('control', 'C14', '妊娠剧吐短期住院补液（低费用但指征明确）', [c]); }
// C15 tubo-ovarian abscess: conservative IV triple therapy
for (let k = 0; k < 15; k++) { const h = pick(L3.concat([HOSP.MY2, HOSP.JLC2])); const pt = patient({ age: ri(22, 48), scheme: pick(['employee', 'resident']), region: region(h) }); const los = ri(8, 11);
  const c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los, dx: ['N70.905', 'R50.900'], route: 'emergency',
    perDay: (i) => [...(i === 0 ? [[C.cbc, 1], [C.crp, 1], [C.pct, 1], [C.culture, 2], [C.usGyn, 1], [C.hcg, 1], [C.lft, 1], [C.rft, 1]] : []), ...(i === 3 || i === 6 ? [[C.cbc, 1], [C.crp, 1], [C.usGyn, 1]] : []),
      ...(i < los - 1 ? [[C.cefoperazone, 2], [C.metroIv, 2], [C.azithIv, 1], [C.ns, 3], [C.ivFirst, 1], [C.ivMore, 2], [C.ivSet, 3]] : [[C.levoTab, 7]])] });
  addCase('control', 'C15', '输卵管卵巢脓肿住院静脉三联抗感染', [c]); }
// C16 readmission within 15 days for a post-operative complication (wound infection / fever)
for (let k = 0; k < 15; k++) { const h = pick(L3.concat(L2pub)); const pt = patient({ age: ri(40, 58), scheme: pick(['employee', 'resident']), region: region(h) });
  const a = inpatient({ pt, h, dept: 'gynecology', adm: randDate('2025-01-06', '2025-10-31'), los: ri(5, 6), dx: ['D25.900'], procs: [['68.4100', 1]],
    perDay: (i) => i === 0 ? B.admLabs().concat([[C.usGyn, 1]]) : i === 1 ? B.lapOp(C.lapHyst, 3).concat(B.ivDay(2)) : i === 2 ? B.ivDay(1).concat([[C.cbc, 1]]) : [] });
  const los2 = ri(4, 6);
  const b = inpatient({ pt, h, dept: 'gynecology', adm: add(a.dischargeDate, ri(4, 12)), los: los2, route: 'emergency', dx: [pick(['T81.400x001', 'T81.400x005', 'T81.400x004'])],
    perDay: (i) => [...(i === 0 ? [[C.cbc, 1], [C.crp, 1], [C.culture, 1], [C.usGyn, 1]] : []), ...(i < los2 - 1 ? [[C.cefoperazone, 2], [C.ns, 2], [C.ivFirst, 1], [C.ivMore, 1], [C.ivSet, 2], [C.dressS, 1], [C.dressKit, 1]] : [])] });
  addCase('control', 'C16', '子宫切除术后切口感染/发热15日内再入院', [a, b]); }
// C17 cervical cancer: weekly cisplatin with radiotherapy, admissions 7 days apart
for (let k = 0; k < 15; k++) { const h = pick(L3); const pt = patient({ age: ri(38, 66), scheme: pick(['employee', 'resident']), region: region(h) });
  let adm = randDate('2025-01-06', '2025-10-20'); const cs = [];
  for (let i = 0; i < 3; i++) { const c = inpatient({ pt, h, dept: 'gynecology', adm, los: 2, dx: ['Z51.102', 'C53.900'],
      perDay: (j) => j === 0 ? [[C.cbc, 1], [C.lft, 1], [C.rft, 1], [C.lytes, 1], [C.cisplatin, 7], [C.chemoPrep, 1], [C.ondansetron, 2], [C.dexa, 1], [C.ns, 4], [C.kcl, 2], [C.ivFirst, 1], [C.ivMore, 3], [C.ivSet, 2]] : [[C.ondansetron, 1]] });
    cs.push(c); adm = add(adm, 7); }
  addCase('control', 'C17', '宫颈癌同步放化疗每周顺铂：7天间隔反复入院', cs); }
// C18 fibroids with severe menorrhagia anaemia: transfusion before hysterectomy (CC supported)
for (let k = 0; k < 15; k++) { const h = pick(L3.concat(L2pub)); const pt = patient({ age: ri(38, 52), scheme: pick(['employee', 'resident']), region: region(h) }); const los = ri(7, 9);
  const c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los, dx: ['D25.900', 'D62.x00', 'N92.000x001'], procs: [['68.4100', 2], ['99.0401', 0]],
    perDay: (i) => i === 0 ? B.admLabs().concat([[C.usGyn, 1], [C.xmatch, 2], [C.rbc, 2], [C.transfuse, 1], [C.transSet, 1]]) : i === 1 ? [[C.cbc, 1], [C.iron, 3]] : i === 2 ? B.lapOp(C.lapHyst, 3).concat(B.ivDay(2)) : i === 3 ? B.ivDay(1).concat([[C.cbc, 1]]) : [[C.iron, 3]] });
  addCase('control', 'C18', '子宫肌瘤重度失血性贫血术前输血（并发症有据）', [c]); }
// C19 a day's laparoscopy list at a level-3 hospital: same surgeon, same day, near-identical bills
for (let g = 0; g < 3; g++) { const h = L3[g]; const adm = randDate(); const d = doc(h, 'gynecology', 0);
  for (let k = 0; k < 5; k++) { const pt = patient({ age: ri(22, 45), scheme: pick(['employee', 'resident']), region: region(h) });
    const c = inpatient({ pt, h, dept: 'gynecology', d, adm, los: 3, dx: [pick(['N83.201', 'N80.100x001', 'N83.205'])], procs: [['65.2501', 1]],
      perDay: (i) => i === 0 ? B.admLabs().concat([[C.usGyn, 1]]) : i === 1 ? B.lapOp(C.lapCyst, 2).concat(B.ivDay(1)) : [] });
    addCase('control', 'C19', '三级医院同一术者同日腹腔镜手术排程（账单相似但真实）', [c]); } }
// C20 ultrasound-guided aspiration of a recurrent endometrioma (same procedure code as T15, with cytology/pathology)
for (let k = 0; k < 15; k++) { const h = pick(L3); const pt = patient({ age: ri(28, 45), scheme: pick(['employee', 'resident']), region: region(h) });
  const c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los: ri(1, 2), dx: ['N80.100x001'], procs: [['65.2900x022', 0]],
    perDay: (i) => i === 0 ? [[C.cbc, 1], [C.coag, 1], [C.usGyn, 1], [C.ca125, 1], [C.local, 1], [C.lidocaine, 1], [C.syringe, 4], [C.path, 1]] : [] });
  addCase('control', 'C20', '复发性巧克力囊肿超声引导经阴道穿刺（含病理）', [c]); }
// C21 threatened miscarriage after (self-paid) IVF: luteal support billed as disease care
for (let k = 0; k < 15; k++) { const h = pick(L3.concat([HOSP.JLMCH, HOSP.QDMCH, HOSP.HRBPRIV])); const dept = h.depts.includes('obstetrics') ? 'obstetrics' : 'gynecology'; const pt = patient({ age: ri(30, 42), scheme: pick(['employee', 'resident']), region: region(h) });
  const c = outpatient({ pt, h, dept, date: randDate(), dx: ['O20.000', 'N97.100', 'O26.900x103'], lines: [[C.usOb, 1], [C.hcg, 1], [C.progInj, 7], [C.im, 7], [C.dydrogesterone, 28]] });
  addCase('control', 'C21', '试管婴儿妊娠后先兆流产保胎（疾病诊疗，医保内）', [c]); }
// C22 heavy menstrual bleeding work-up: a broad battery for a symptomatic patient
for (let k = 0; k < 15; k++) { const h = pick(L3.concat(L2pub)); const pt = patient({ age: ri(28, 50), scheme: pick(['employee', 'resident']), region: region(h) });
  const c = outpatient({ pt, h, dept: 'gynecology', date: randDate(), dx: ['N92.000x001', 'D50.000'], lines: [[C.cbc, 1], [C.coag, 1], [C.hcg, 1], [C.thyroid, 1], [C.lft, 1], [C.usGyn, 1], [C.tct, 1], [C.iron, 60]] });
  addCase('control', 'C22', '月经过多伴贫血：症状驱动的多项检查', [c]); }
// C23 breast cancer: modified radical mastectomy in women over 70 (heavy group, full support)
for (let k = 0; k < 15; k++) { const h = pick(L3); const pt = patient({ age: ri(70, 82), scheme: pick(['employee', 'resident']), region: region(h) }); const los = ri(8, 11);
  const c = inpatient({ pt, h, dept: 'breast_surgery', adm: randDate(), los, dx: ['C50.900', 'I10.x00x002'], procs: [['85.4301', 2]],
    nursing: (i) => i >= 2 && i <= 3 ? C.nurse1 : C.nurse2,
    perDay: (i) => i === 0 ? B.admLabs().concat([[C.usBreast, 1], [C.ctChest, 1], [C.usAbd, 1], [C.cea, 1]]) : i === 2 ? [[C.mastectomy, 1], [C.ga, 3], [C.propofol, 2], [C.fentanyl, 2], [C.vecuronium, 1], [C.frozen, 1], [C.path, 1], [C.suture, 4], [C.drape, 1], [C.diathermy, 1], [C.drainBag, 2], [C.cefuroximeIv, 2], [C.ecgMon, 12], [C.spo2, 12], [C.o2, 8]].concat(B.ivDay(2))
      : i === 3 ? B.ivDay(1).concat([[C.cbc, 1]]) : i > 3 && i < los - 1 ? [[C.dressS, 1]] : [] });
  addCase('control', 'C23', '70岁以上乳腺癌改良根治术（高权重组，支撑充分）', [c]); }
// C24 CIN follow-up: repeat cytology six months after treatment
for (let k = 0; k < 15; k++) { const h = pick(L3.concat([HOSP.JLMCH, HOSP.QDMCH])); const d = doc(h, 'gynecology'); const pt = patient({ age: ri(28, 52), scheme: pick(['employee', 'resident']), region: region(h) });
  const s = randDate('2025-01-06', '2025-05-31'); const cs = [];
  cs.push(outpatient({ pt, h, dept: 'gynecology', d, date: s, dx: ['N87.101'], lines: [[C.tct, 1], [C.path, 1], [C.usGyn, 1]] }));
  cs.push(outpatient({ pt, h, dept: 'gynecology', d, date: add(s, ri(178, 186)), dx: ['N87.101'], lines: [[C.tct, 1], [C.usGyn, 1]] }));
  addCase('control', 'C24', 'CIN治疗后6个月复查TCT（重复检查有据）', cs); }

// ======================= ROUTINE =======================
for (let k = 0; k < 100; k++) {
  const r = k % 10; const allH = Object.values(HOSP); let c;
  if (r === 0 || r === 1) { const h = pick(allH); const pt = patient({ age: ri(20, 55), scheme: pick(['employee', 'resident']), region: region(h) });
    const cand = k % 4 === 0; c = outpatient({ pt, h, dept: 'gynecology', date: randDate(), dx: [cand ? 'B37.301+N77.1*' : 'N76.000x003'], lines: cand ? [[C.fluconazole, 2]] : [[C.ornidazole, 14]] }); }
  else if (r === 2) { const h = pick(allH.filter(x => x.depts.includes('breast_surgery'))); const pt = patient({ age: ri(25, 60), scheme: pick(['employee', 'resident']), region: region(h) });
    c = outpatient({ pt, h, dept: 'breast_surgery', date: randDate(), dx: [pick(['N60.201', 'N60.100x003', 'N64.400', 'N63.x01'])], lines: [[C.usBreast, 1]] }); }
  else if (r === 3) { const h = pick(L3.concat(L2pub)); const pt = patient({ age: ri(47, 56), scheme: 'employee', region: region(h) });
    c = outpatient({ pt, h, dept: 'gynecology', date: randDate(), dx: ['N95.101'], lines: [[C.estradiol, 28], [C.dydrogesterone, 20]] }); }
  else if (r === 4) { const key = pick(['JL', 'HRB', 'JN', 'CD']); const h = { JL: HOSP.JL3, HRB: HOSP.HRB3, JN: HOSP.JN3, CD: HOSP.CD3 }[key]; const pt = patient({ age: ri(50, 70), scheme: 'employee', region: region(h) });
    c = pharmacy({ pt, ph: PHARM[key], presc: doc(h, 'gynecology'), date: randDate(), dx: [k % 20 === 4 ? 'M81.000' : 'N95.101'], lines: k % 20 === 4 ? [[C.alendronate, 4], [C.calciumD, 30]] : [[C.estradiol, 28]] }); }
  else if (r === 5) { const h = pick(allH); const pt = patient({ age: ri(25, 60), scheme: pick(['employee', 'resident']), region: region(h) });
    c = outpatient({ pt, h, dept: 'gynecology', date: randDate(), dx: ['N72.x00x003'], lines: [[C.tct, 1], [C.usGyn, 1]] }); }
  else if (r === 6) { const h = pick(allH.filter(x => x.depts.includes('obstetrics'))); const pt = patient({ age: ri(22, 38), scheme: pick(['employee', 'resident']), region: region(h) });
    c = outpatient({ pt, h, dept: 'obstetrics', date: randDate(), dx: [pick(['O26.900x303', 'O26.900x205', 'O26.900x403'])], lines: [[C.usOb, 1], [C.cbc, 1], [C.ua, 1], [C.fhr, 1]] }); }
  else if (r === 7) { const h = pick(L3.concat(L2pub)); const h2 = h.depts.includes('obstetrics') ? h : HOSP.JL3; const pt = patient({ age: ri(22, 38), scheme: pick(['employee', 'resident']), region: region(h2) });
    if (k % 20 === 7) c = inpatient({ pt, h: h2, dept: 'obstetrics', adm: randDate(), los: ri(4, 5), dx: ['O82.000'], procs: [['74.1x01', 0]], nursing: (i) => i <= 1 ? C.nurse1 : C.nurse2,
      perDay: (i) => i === 0 ? [[C.cbc, 1], [C.coag, 1], [C.preop8, 1], [C.abo, 1], [C.fhr, 1], [C.cs, 1], [C.spinal, 1], [C.anaesKit, 1], [C.oxytocin, 2], [C.cefuroximeIv, 2], [C.suture, 3], [C.cath, 1], [C.cathKit, 1]].concat(B.ivDay(2)) : i === 1 ? B.ivDay(1).concat([[C.cbc, 1]]) : [] });
    else c = inpatient({ pt, h: h2, dept: 'obstetrics', adm: randDate(), los: ri(2, 3), dx: ['O80.000'], procs: [['73.5900', 0]],
      perDay: (i) => i === 0 ? [[C.cbc, 1], [C.coag, 1], [C.preop8, 1], [C.abo, 1], [C.fhr, 1], [C.vd, 1], [C.birthKit, 1], [C.oxytocin, 1], [C.ivFirst, 1], [C.ivSet, 1], [C.ringer, 1]] : [] }); }
  else if (r === 8) { const h = pick(L3.concat(L2pub)); const pt = patient({ age: ri(22, 45), scheme: pick(['employee', 'resident']), region: region(h) });
    if (k % 20 === 8) c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los: ri(3, 5), dx: [pick(['N83.201', 'N80.100x001'])], procs: [['65.2501', 1]],
      perDay: (i) => i === 0 ? B.admLabs().concat([[C.usGyn, 1]]) : i === 1 ? B.lapOp(C.lapCyst, 2).concat(B.ivDay(1)) : [] });
    else c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los: ri(3, 4), route: 'emergency', dx: ['O00.104'], procs: [['66.6201', 0]],
      perDay: (i) => i === 0 ? B.admLabs().concat([[C.hcg, 1], [C.usGyn, 1]]).concat(B.lapOp(C.lapCyst, 2)).concat(B.ivDay(2)) : i === 1 ? [[C.hcg, 1]].concat(B.ivDay(1)) : [] }); }
  else { const h = pick(L3.concat(L2pub)); const pt = patient({ age: ri(42, 55), scheme: pick(['employee', 'resident']), region: region(h) });
    c = inpatient({ pt, h, dept: 'gynecology', adm: randDate(), los: ri(5, 7), dx: ['D25.900'], procs: [['68.4100', 1]],
      perDay: (i) => i === 0 ? B.admLabs().concat([[C.usGyn, 1], [C.tct, 1]]) : i === 1 ? B.lapOp(C.lapHyst, 3).concat(B.ivDay(2)) : i === 2 ? B.ivDay(1).concat([[C.cbc, 1]]) : [] }); }
  addCase('routine', 'R', '常规就诊', [c]);
}

// ---------- settlement order, money, grouping ----------
claims.sort((a, b) => a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : 0);
const groups = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const id = g.claimId; const drg = (g.grouping && g.grouping.drg) || g.drg || (g.result && g.result.drg); if (id) groups[id] = drg || null; }
const out = [];
for (const c of claims) {
  finish(c, c._pt, c._h);
  if (c.visitType === 'inpatient') c.reportedGroup = { drg: GROUPS ? (groups[c.claimId] || null) : null, dip: null };
  delete c._settle; delete c._tags; delete c._pt; delete c._h;
  out.push(JSON.stringify(c));
}
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
const lab = labels.map(l => ({ caseId: l.caseId, kind: l.kind, code: l.code, name: l.name, ...(l.typology ? { typology: l.typology } : {}), ...(l.control ? { control: l.control } : {}), claimIds: l.claimIds, targets: l.targets, mutatedLines: l.mutatedLines }));
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(lab, null, 1) + '\n');
console.error(`blind62: ${out.length} claims, ${labels.length} cases (fraud ${labels.filter(l => l.kind === 'fraud').length}, control ${labels.filter(l => l.kind === 'control').length}, routine ${labels.filter(l => l.kind === 'routine').length})${GROUPS ? ', groups ' + Object.keys(groups).length : ''}`);
