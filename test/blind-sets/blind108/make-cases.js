#!/usr/bin/env node
// blind108 — Tests and imaging (检验与影像、检查检验结果互认), written anew on the real catalogue rows.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson] [--policies policies.json]
// Writes <outdir>/claims.ndjson (settlement order) and <outdir>/labels.json. No dependencies; fixed seed 1080108.
'use strict';
const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
if (!argv[0] || argv[0].startsWith('--')) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const OUT = path.resolve(argv[0]);
const opt = (k, d) => { const i = argv.indexOf(k); return i > 0 && argv[i + 1] ? argv[i + 1] : d; };
const CAT_DIR = path.resolve(opt('--catalogue', '/work/wt/base105/rules/catalogue'));
const POL_FILE = path.resolve(opt('--policies', path.join(CAT_DIR, '..', 'benefits', 'policies.json')));
const GROUPS = opt('--groups', null);

// ---------------------------------------------------------------- seeded random
let S0 = 1080108 >>> 0;
function rnd() { S0 = (S0 + 0x6D2B79F5) >>> 0; let t = S0; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;

// ---------------------------------------------------------------- dates
const DAY = 86400000;
const d2n = (s) => Math.round(Date.parse(s + 'T00:00:00Z') / DAY);
const n2d = (n) => new Date(n * DAY).toISOString().slice(0, 10);
const addD = (s, k) => n2d(d2n(s) + k);
const YEAR_END = d2n('2025-12-31');
function baseDate(minDay = '2025-01-08', spanAfter = 30) { // a start date that leaves spanAfter days inside 2025
  const a = d2n(minDay), b = YEAR_END - spanAfter; return n2d(ri(a, Math.max(a, b)));
}

// ---------------------------------------------------------------- catalogue and policy
const CAT = {};
for (const f of fs.readdirSync(CAT_DIR).filter((f) => /^(services|drugs|consumables).*\.json$/.test(f)).sort()) {
  const j = JSON.parse(fs.readFileSync(path.join(CAT_DIR, f), 'utf8'));
  for (const r of (j.rows || j)) CAT[r.code] = r;
}
const POL = JSON.parse(fs.readFileSync(POL_FILE, 'utf8'));
const groupsById = {};
if (GROUPS) {
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) {
    if (!line.trim()) continue; const g = JSON.parse(line);
    groupsById[g.claimId] = g;
  }
}

// ---------------------------------------------------------------- codes (every one must be a catalogue row)
const K = {
  // consultation, bed, nursing
  opFee: '001102000010001', opAssoc: '001102000020001', opChief: '001102000030001', gpFee: '001102000040001', edFee: '001102000050001',
  ipConsult: '001103000010001', chronicFee: '001109000010001',
  bed3: '001105000010001', bed2: '001105000020001', bedICU: '001105000030001',
  nurseI: '001201000020001', nurseII: '001201000030001', icuNursing: '001201000050001',
  // treatment services
  ivFirst: '001204000010001', ivMore: '001204000020001', ivPush: '001204000040001', im: '001204000050001', sc: '001204000060001', cannula: '001204000070001',
  draw: '001204000080001', dressMid: '001205000020001', neb: '001207000010001', o2: '001208000010001', ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001',
  bgPoc: '001212000010001', pump: '001204000220001', transfuse: '001204000210001',
  // laboratory
  cbc5: '002501010010001', hb: '002501010030001', ua: '002501020010001', stool: '002501030010001',
  lft: '002502010010001', alt: '002502010020001', ast: '002502010030001', tbil: '002502010040001',
  rft: '002502020010001', cr: '002502020020001', urea: '002502020030001', lytes: '002502030010001', lipids: '002502040010001', tc: '002502040020001',
  fbg: '002502050010001', hba1c: '002502050020001', ogtt: '002502050030001', uacr: '002502050040001', bhb: '002502050050001',
  coag: '002502060010001', ckmb: '002502070010001', tni: '002502070020001', bnp: '002502070030001', ntprobnp: '002502070040001',
  crp: '002502080010001', pct: '002502080020001', abg: '002502090010001', lactate: '002502090020001', ddimer: '002502100010001', hbv5: '002502110010001',
  preop8: '002502120010001', abo: '002502130010001', xmatch: '002502130020001', culture: '002502140010001', sputumCx: '002502140020001', psa: '002502150010001',
  cea: '002502170010001', afp: '002502170020001', ca125: '002502170030001', ca199: '002502170040001', thy3: '002502180010001', tg: '002502180030001',
  pth: '002502190040001', igf1: '002502190030001', vpa: '002502210020001', pathology: '002502200010001',
  // imaging and other exams
  ecg: '003107010010001', xrChest: '002202010010001', xrLimb: '002202020010001', xrLumbar: '002202030010001', drChest: '002202040010001', drLimb: '002202040020001',
  remote: '002210000010001', usAbd: '002103010010001', echo: '002103010020001', usCarotid: '002103010030001', usLegV: '002103010040001', usThy: '002103010050001',
  usUro: '002103010060001', usGyn: '002103010080001', usBreast: '002103010090001',
  ctHead: '002301010010001', ctChest: '002301010020001', ctAbd: '002301010030001', ctEnh: '002301010040001', ccta: '002301010050001',
  mriHead: '002401010010001', mriLumbar: '002401010020001', mriKnee: '002401010030001', gastroscopy: '002503010030001', fundusPhoto: '003103010020001',
  // procedures and operations
  chestDrain: '003308010010001', ga: '003301010010001', spinal: '003301010020001', localAn: '003301010030001',
  lapChole: '003302020010001', hernia: '003302030010001', lapAppy: '003302010010001', colectomy: '003302050010001', chemoPrep: '003310020010001',
  midFreq: '003401009010001', tractionL: '003401000230201', rehabEval: '001217000010001', swallowEval: '003402000170001',
  rbc: '002600000010001', checkupPkg: '003112030010001', alb: '002502010050001',
  // drugs
  ceftriaxone: 'XJ01DDT504B002', cefuroximeInj: 'XJ01DCT505B002', piptazo: 'XJ01CRP501B002', meropenem: 'XJ01DHM501B002', levoInj: 'XJ01MAZ501B002',
  cefuroximeTab: 'XJ01DCT502A001', amoxicillin: 'XJ01CAA501A001', levoTab: 'XJ01MAZ501A001', azithroTab: 'XJ01FAA503A001',
  ambroxolInj: 'XR05CBA522B002', ambroxolTab: 'XR05CBA522A001', doxofylline: 'XR03DAD516B002', budesonideNeb: 'XR03BAB508C003', ipratropium: 'XR03BBY508C003',
  ns: 'XB05BBL511B002', gs: 'XB05BAP505B002', gns: 'XB05BBP506B002', lr: 'XB05BBR503B002', kcl: 'XB05XAL512B002', mannitol: 'XB05BCG505B002',
  furosemideInj: 'XC03CAF503B002', furosemideTab: 'XC03CAF503A001', spironolactone: 'XC03DAL505A001', metoprolol: 'XC07ABM503A001', amlodipine: 'XC08CAA512A001',
  nifedipine: 'XC08CAX503A003', aspirin: 'XB01ACA509A001', clopidogrel: 'XB01ACL502A001', atorvastatin: 'XC10AAA511A001', warfarin: 'XB01AAH501A001',
  noradrenaline: 'XC01CAQ502B002', omeprazoleInj: 'XA02BCA515B002', omeprazoleCap: 'XA02BCA515A001', montmorillonite: 'XA07BCM505A006', metoclopramide: 'XA03FAJ503B002',
  celecoxib: 'XM01AHS505A001', diclofenac: 'XM01ABS506A003', dexamethasone: 'XH02ABD515B002', betahistine: 'XN07CAB504A001',
  insulinR: 'XA10ABS502B002', glargine: 'XA10AEG503B002', metformin: 'XA10BAE503A001', paracetamol: 'XN02BED510A001', lianhua: 'ZA01BAL514A001',
  propofol: 'XN01AXB503B002', fentanyl: 'XN02ABF506B002', vecuronium: 'XM03ACW501B002', lidocaine: 'XN01BBL509B002',
  paclitaxel: 'XL01CDZ508B002', cisplatin: 'XL01XAS512B002', ondansetron: 'XA04AAA524B002', tranexamic: 'XB02AAA519B002', pantoprazoleInj: 'XA02BCP503B002',
  entecavir: 'XJ05AFE501A001', levothyroxine: 'XH03AAZ506A001', valproate: 'XN03AGB505A003', ursodiol: 'XA05AAX506A001', capecitabine: 'XL01BCK502A001',
  // consumables
  infSet: 'C14010150100001020350000001', cannulaC: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001', o2Tube: 'C14050150100001832230000001',
  electrode: 'C14060150100001436170000001', nebulizer: 'C14050150200001429150000001', trocar: 'C11010150100001004460000001', clips: 'C11010150400001380140000001',
  suture: 'C11010150200001895120000001', stapler: 'C11010150300001825820000001', mesh: 'C11010150500001036850000001', surgPack: 'C11010150600001900710000001',
  cautery: 'C11010150700001990950000001', drainBag: 'C14040150100001551930000001', dressPack: 'C14020150200001397260000001', suctionDrain: 'C14040150300001408220000001',
  hemostat: 'C14100150100001761320000001', bloodSet: 'C14100150200001872210000001', stripBg: 'C14060150300001162280000001',
};
for (const [k, c] of Object.entries(K)) if (!CAT[c]) throw new Error(`catalogue has no row ${c} (${k})`);
const BLOOD_LABS = new Set(Object.values(K).filter((c) => /^0025/.test(c) && ![K.ua, K.stool, K.sputumCx, K.pathology].includes(c)));

// ---------------------------------------------------------------- regions and institutions
// Institution ids: H + the region's first four digits + 08 + two-digit index.
const KINDS = {
  A: { idx: '01', level: 3, kind: '三级公立综合医院', depts: ['emergency', 'respiratory', 'cardiology', 'neurology', 'gastroenterology', 'oncology', 'general_surgery', 'thoracic_surgery', 'orthopedics', 'endocrinology', 'gynecology', 'icu', 'health_check', 'nephrology', 'general_medicine', 'hepatology'], bed: 'bed2', admitCoag: true, admitCT: true },
  A2: { idx: '09', level: 3, kind: '三级公立专科(肿瘤)医院', depts: ['oncology', 'gynecology', 'general_surgery', 'thoracic_surgery', 'health_check', 'emergency'], bed: 'bed2', admitCoag: true, admitCT: true },
  B: { idx: '02', level: 2, kind: '二级公立县医院(县域医共体牵头)', depts: ['emergency', 'internal_medicine', 'respiratory', 'cardiology', 'neurology', 'gastroenterology', 'general_surgery', 'orthopedics', 'health_check', 'oncology', 'endocrinology', 'icu', 'gynecology'], bed: 'bed3', admitCoag: false, admitCT: false },
  C: { idx: '03', level: 1, kind: '社区卫生服务中心', depts: ['general_practice'], bed: 'bed3' },
  D: { idx: '04', level: 1, kind: '乡镇卫生院(医共体成员, DR, 无CT)', depts: ['general_practice'], bed: 'bed3' },
  D2: { idx: '10', level: 1, kind: '乡镇卫生院(医共体成员, 自有16排CT)', depts: ['general_practice'], bed: 'bed3' },
  E: { idx: '05', level: 1, kind: '民营门诊部(DR, 无CT)', depts: ['general_practice', 'internal_medicine'], bed: 'bed3' },
  E2: { idx: '11', level: 2, kind: '民营二级医院', depts: ['internal_medicine', 'general_surgery', 'orthopedics', 'health_check', 'emergency'], bed: 'bed3', admitCoag: false, admitCT: false },
  F: { idx: '06', level: 1, kind: '第三方独立医学检验实验室(定点)', depts: ['laboratory'] },
  G: { idx: '07', level: 2, kind: '县域医共体影像与检验中心', depts: ['imaging', 'laboratory'] },
  P: { idx: '08', level: 1, kind: '定点零售药店', depts: ['pharmacy'] },
};
const REGIONS = { '510100': '成都', '370100': '济南', '220100': '长春', '230100': '哈尔滨' };
const REGION_CODES = Object.keys(REGIONS);
const INST = {};
for (const r of REGION_CODES) {
  INST[r] = {};
  for (const [k, v] of Object.entries(KINDS)) {
    const id = `H${r.slice(0, 4)}08${v.idx}`;
    const doctors = {};
    v.depts.forEach((dep, i) => { doctors[dep] = [1, 2, 3].map((n) => `D${r.slice(0, 4)}${v.idx}${String(i + 1).padStart(2, '0')}${n}`); });
    INST[r][k] = { key: k, id, region: r, level: v.level, kind: v.kind, depts: v.depts, doctors, bed: v.bed || 'bed3', admitCoag: !!v.admitCoag, admitCT: !!v.admitCT };
  }
}
const inst = (region, k) => INST[region][k];

// ---------------------------------------------------------------- members
let memberSeq = 0;
function member(region, o = {}) {
  const sex = o.sex || (chance(0.5) ? 'M' : 'F');
  const age = ri(o.ageMin != null ? o.ageMin : 25, o.ageMax != null ? o.ageMax : 75);
  const scheme = o.scheme || (chance(0.6) ? 'employee' : 'resident');
  const by = 2025 - age - 1; // birthday late enough in the year that the age holds through 2025's service dates
  const birth = n2d(d2n(`${by}-01-01`) + ri(200, 362));
  const retired = scheme === 'employee' && age >= (sex === 'M' ? 61 : 56);
  const contributionYears = scheme === 'employee' ? (retired ? ri(sex === 'M' ? 31 : 26, 38) : Math.max(2, Math.min(age - 21, ri(3, 30)))) : null;
  const cy = scheme === 'employee' ? ri(2, Math.min(15, contributionYears)) : ri(2, Math.min(15, Math.max(2, age - 1)));
  memberSeq++;
  return {
    region, insuredRegion: o.insuredRegion || null, age, sex, scheme, birth,
    patient: { insuredId: `P108${String(memberSeq).padStart(6, '0')}`, gender: sex, birthDate: birth, retired },
    enrollment: { enrolledOn: `${2025 - cy}-01-01`, inConcentratedPeriod: true, continuousYears: cy, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contributionYears == null ? cy : contributionYears, special: null },
    chronic: o.chronic || null,
  };
}
const ageAt = (m, date) => { const b = m.birth; let a = Number(date.slice(0, 4)) - Number(b.slice(0, 4)); if (date.slice(5) < b.slice(5)) a--; return a; };

// ---------------------------------------------------------------- claims
let claimSeq = 0;
const ALL = [];
class Claim {
  constructor(o) {
    this.m = o.m; this.inst = o.inst; this.vt = o.vt; this.dept = o.dept;
    this.doctorId = o.doctorId || pick(o.inst.doctors[o.dept]);
    if (!o.inst.doctors[o.dept]) throw new Error(`${o.inst.id} has no department ${o.dept}`);
    claimSeq++;
    this.claimId = `${o.inst.region}-${o.inst.id}-2025-${String(claimSeq).padStart(6, '0')}`;
    this.dx = o.dx.slice(); this.procs = [];
    if (o.vt === 'inpatient') { this.A = o.A; this.D = o.D; } else { this.date = o.date; }
    this.route = o.route || null; this.dmode = o.dmode || null; this.transferFrom = o.transferFrom || null;
    this.items = []; this.lineNo = 0; this.drawn = new Set();
    ALL.push(this);
  }
  add(code, date, qty = 1, o = {}) {
    const row = CAT[code]; if (!row) throw new Error(`no catalogue row ${code}`);
    const lvl = String(this.inst.level);
    const cap = row.priceCap && row.priceCap[lvl];
    const price = o.price != null ? o.price : cap;
    if (!(qty > 0) || !Number.isInteger(qty)) throw new Error(`quantity ${qty} for ${code}`);
    const line = { lineId: String(++this.lineNo), code, name: row.name, category: row.category, date, quantity: qty, unitPrice: price };
    const fen = Math.round(price * 100) * qty; line._fen = fen; line.amount = fen / 100;
    if (o.long) line.longPrescription = true;
    line._fraud = !!o.fraud; line._days = o.days || null;
    this.items.push(line);
    return line.lineId;
  }
  labs(date, codes, o = {}) { // a blood draw once a date, then the tests
    const ids = [];
    if (!o.noDraw && codes.some((c) => BLOOD_LABS.has(c)) && !this.drawn.has(date)) { this.add(K.draw, date, 1); this.drawn.add(date); }
    for (const c of codes) ids.push(this.add(c, date, 1, o));
    return ids;
  }
  get settle() { return this.vt === 'inpatient' ? this.D : this.date; }
}

function opClaim(m, ins, dept, date, dx, o = {}) {
  const vt = o.vt || (ins.key === 'P' ? 'pharmacy' : 'outpatient');
  const c = new Claim({ m, inst: ins, vt, dept, date, dx, doctorId: o.doctorId });
  if (o.noFee) return c;
  if (o.ed) c.add(K.edFee, date);
  else if (vt === 'chronic') c.add(K.chronicFee, date);
  else if (vt === 'outpatient') {
    if (ins.level === 1) c.add(K.gpFee, date);
    else c.add(o.fee || pick([K.opFee, K.opFee, K.opAssoc, K.opChief]), date);
  }
  return c;
}

// oral drugs for a number of days (qty = per day × days), checked against supplyPerDay
function oral(c, date, code, perDay, days, o = {}) { return c.add(code, date, Math.max(1, Math.round(perDay * days)), { days, long: o.long, fraud: o.fraud }); }

// ---------------------------------------------------------------- inpatient building blocks
function stay(m, ins, dept, A, los, dx, o = {}) {
  const D = addD(A, los);
  const c = new Claim({ m, inst: ins, vt: 'inpatient', dept, A, D, dx, route: o.route || 'outpatient', dmode: o.dmode || 'ordered', transferFrom: o.transferFrom || null, doctorId: o.doctorId });
  c.nights = [];
  for (let i = 0; i < los; i++) c.nights.push(addD(A, i));
  const icu = new Set(o.icuDays || []);
  const nI = o.dmode === 'death' ? los : (o.nurseIdays != null ? o.nurseIdays : 2);
  c.nights.forEach((d, i) => {
    if (icu.has(i)) { c.add(K.bedICU, d); c.add(K.ipConsult, d); c.add(K.icuNursing, d, 24); return; }
    c.add(K[ins.bed], d); c.add(K.ipConsult, d); c.add(i < nI ? K.nurseI : K.nurseII, d);
  });
  return c;
}
function admitLabs(c, date, o = {}) {
  const m = c.m; const codes = [K.cbc5, K.ua, K.lft, K.rft, K.lytes, K.fbg];
  if (!o.noStool) codes.push(K.stool);
  if (ageAt(m, date) >= 40 && !o.noLipids) codes.push(K.lipids);
  if ((c.inst.admitCoag || o.coag) && !o.noCoag) codes.push(K.coag);
  c.labs(date, codes);
  c.add(K.ecg, date);
  if (o.cxr !== false && !o.noCxr) c.add(K.drChest, date);
}
let cannulaDay = new Map();
function ivDay(c, date, drugs, groups) { // drugs: [[code, qty], ...]; groups = infusion groups that day
  for (const [code, q] of drugs) c.add(code, date, q);
  c.add(K.ns, date, Math.min(groups, 4));
  c.add(K.ivFirst, date, 1);
  if (groups > 1) c.add(K.ivMore, date, Math.min(groups - 1, 5));
  c.add(K.infSet, date, Math.min(groups, 2));
  const last = cannulaDay.get(c);
  if (last == null || d2n(date) - d2n(last) >= 3) { c.add(K.cannula, date); c.add(K.cannulaC, date); cannulaDay.set(c, date); }
}
function monitorDay(c, date, hours) { c.add(K.ecgMon, date, hours); c.add(K.spo2, date, hours); c.add(K.nibp, date, Math.min(24, Math.ceil(hours / 2))); c.add(K.electrode, date, 5); }

// --- disease stays (each returns the claim; the caller may add more)
function stayCAP(m, ins, dept, A, los, o = {}) {
  const dx = o.dx || ['J18.900'].concat(ageAt(m, A) > 55 && chance(0.5) ? ['I10.x00'] : []);
  const c = stay(m, ins, dept, A, los, dx, o);
  admitLabs(c, A, { noCxr: ins.admitCT });
  c.labs(A, [K.crp].concat(ins.level >= 2 ? [K.pct] : []));
  c.add(K.sputumCx, A);
  if (ins.admitCT) c.add(K.ctChest, A);
  c.add(K.o2, A, 12); c.add(K.o2Tube, A); c.add(K.o2, addD(A, 1), 10);
  const strong = ins.level >= 2 && chance(0.4);
  c.nights.forEach((d) => ivDay(c, d, strong ? [[K.piptazo, 3], [K.ambroxolInj, 2]] : [[K.ceftriaxone, 2], [K.ambroxolInj, 2]], strong ? 5 : 3));
  const mid = c.nights[Math.min(3, los - 1)];
  if (mid !== A) c.labs(mid, [K.cbc5, K.crp]);
  const pre = c.nights[los - 1];
  if (pre !== A && pre !== mid) c.labs(pre, [K.cbc5, K.crp, K.lft]);
  if (c.dmode !== 'death') { oral(c, c.D, K.cefuroximeTab, 2, 5); oral(c, c.D, K.ambroxolTab, 3, 7); }
  return c;
}
function stayCOPD(m, ins, dept, A, los, o = {}) {
  const c = stay(m, ins, dept, A, los, ['J44.100'].concat(chance(0.4) ? ['I10.x00'] : []), o);
  admitLabs(c, A, { noCxr: ins.admitCT });
  c.labs(A, [K.crp, K.abg]); if (ins.admitCT) c.add(K.ctChest, A);
  c.add(K.nebulizer, A); c.add(K.o2Tube, A);
  c.nights.forEach((d, i) => {
    ivDay(c, d, [[K.doxofylline, 2], [K.ceftriaxone, 2]], 3);
    c.add(K.budesonideNeb, d, 2); c.add(K.ipratropium, d, 2); c.add(K.neb, d, 2);
    if (i < 4) c.add(K.o2, d, 16);
  });
  if (los > 2) c.labs(c.nights[2], [K.abg, K.cbc5, K.crp]);
  oral(c, c.D, K.ambroxolTab, 3, 7);
  return c;
}
function stayHF(m, ins, dept, A, los, o = {}) {
  const c = stay(m, ins, dept, A, los, o.dx || ['I50.900x018', 'I10.x00', 'I25.103'], o);
  admitLabs(c, A, { coag: true });
  c.labs(A, [o.bnpRow || K.ntprobnp, K.tni]);
  if (!o.noEcho) c.add(K.echo, addD(A, 1));
  c.nights.forEach((d, i) => {
    c.add(K.furosemideInj, d, i < 3 ? 2 : 1); c.add(K.ivPush, d, i < 3 ? 2 : 1);
    c.add(K.spironolactone, d, 1); c.add(K.metoprolol, d, 2);
    if (i < 3) monitorDay(c, d, 12);
  });
  if (los > 3) c.labs(c.nights[2], [K.lytes, K.rft]);
  if (los > 5) c.labs(c.nights[los - 1], [K.lytes, K.ntprobnp]);
  if (c.dmode !== 'death') { oral(c, c.D, K.furosemideTab, 1, 14); oral(c, c.D, K.spironolactone, 1, 14); oral(c, c.D, K.metoprolol, 2, 14); }
  return c;
}
function stayStroke(m, ins, dept, A, los, o = {}) {
  const c = stay(m, ins, dept, A, los, ['I63.900', 'I10.x00'].concat(chance(0.5) ? ['E78.500'] : []), o);
  admitLabs(c, A, { coag: true, noCxr: true });
  c.labs(A, [K.hba1c]);
  if (!o.noHeadCT) c.add(K.ctHead, A);
  c.add(K.mriHead, addD(A, 1)); c.add(K.usCarotid, addD(A, 1)); c.add(K.echo, addD(A, 2));
  c.add(K.rehabEval, addD(A, 2)); c.add(K.swallowEval, A);
  c.nights.forEach((d, i) => { c.add(K.aspirin, d, 1); c.add(K.clopidogrel, d, 1); c.add(K.atorvastatin, d, 1); if (i < 2) monitorDay(c, d, 12); });
  if (los > 4) c.labs(c.nights[4], [K.cbc5, K.lft, K.rft]);
  oral(c, c.D, K.aspirin, 1, 14); oral(c, c.D, K.clopidogrel, 1, 14); oral(c, c.D, K.atorvastatin, 1, 14);
  return c;
}
function stayLumbar(m, ins, dept, A, los, o = {}) {
  const c = stay(m, ins, dept, A, los, ['M51.202'], o);
  admitLabs(c, A, { noCxr: true });
  c.add(ins.level >= 2 ? K.mriLumbar : K.xrLumbar, A);
  c.nights.forEach((d, i) => {
    if (i > 0) { c.add(K.midFreq, d, 1); c.add(K.tractionL, d, 1); }
    c.add(K.celecoxib, d, 2);
    if (i < 3) ivDay(c, d, [[K.mannitol, 1], [K.dexamethasone, 1]], 1);
  });
  oral(c, c.D, K.celecoxib, 2, 7);
  return c;
}
function stayGastro(m, ins, dept, A, los, o = {}) {
  const c = stay(m, ins, dept, A, los, ['A09.000'], o);
  admitLabs(c, A, { noCxr: true });
  c.labs(A, [K.crp]);
  c.add(K.usAbd, A);
  c.nights.forEach((d, i) => {
    ivDay(c, d, [[K.gns, 2], [K.lr, 1], [K.kcl, 2]].concat(i < 2 ? [[K.omeprazoleInj, 1]] : []), i < 2 ? 4 : 3);
    c.add(K.montmorillonite, d, 3);
  });
  if (los > 2) c.labs(c.nights[2], [K.lytes, K.cbc5]);
  return c;
}
function stayVertigo(m, ins, dept, A, los, o = {}) {
  const c = stay(m, ins, dept, A, los, ['R42.x00x001'].concat(chance(0.6) ? ['I10.x00'] : []), o);
  admitLabs(c, A, { noCxr: true });
  c.add(K.ctHead, A); c.add(K.usCarotid, addD(A, 1));
  c.nights.forEach((d, i) => { c.add(K.betahistine, d, 3); if (i < 3) ivDay(c, d, [[K.metoclopramide, 1]], 1); });
  oral(c, c.D, K.betahistine, 3, 7);
  return c;
}
function stayBronchitis(m, ins, dept, A, los, o = {}) {
  const c = stay(m, ins, dept, A, los, o.dx || ['J20.900'], o);
  admitLabs(c, A, {});
  c.labs(A, [K.crp]);
  c.nights.forEach((d) => ivDay(c, d, [[K.cefuroximeInj, 3], [K.ambroxolInj, 2]], 5));
  if (los > 3) c.labs(c.nights[3], [K.cbc5, K.crp]);
  oral(c, c.D, K.ambroxolTab, 3, 5);
  return c;
}
function stayHTN(m, ins, dept, A, los, o = {}) { // 高血压 adjustment stay (dizziness with high readings)
  const c = stay(m, ins, dept, A, los, ['I10.x04'].concat(chance(0.5) ? ['E78.500'] : []), o);
  admitLabs(c, A, {});
  c.add(K.echo, addD(A, 1)); c.add(K.usCarotid, addD(A, 1)); c.labs(A, [K.uacr], { noDraw: true });
  c.nights.forEach((d) => { c.add(K.amlodipine, d, 1); c.add(K.metoprolol, d, 2); });
  oral(c, c.D, K.amlodipine, 1, 14); oral(c, c.D, K.metoprolol, 2, 14);
  return c;
}

// surgery stays: hernia / chole / appendix / colectomy. The operation is billed on its date with its coded procedure.
const SURG = {
  hernia: { dx: ['K40.900x003'], proc: '53.0201', svc: K.hernia, anaes: 'spinal', dept: 'general_surgery', los: [4, 6], opDay: 1 },
  chole: { dx: ['K80.100x001'], proc: '51.2300', svc: K.lapChole, anaes: 'ga', dept: 'general_surgery', los: [4, 6], opDay: 1, minLevel: 2 },
  appy: { dx: ['K35.800x001'], proc: '47.0100', svc: K.lapAppy, anaes: 'ga', dept: 'general_surgery', los: [4, 6], opDay: 0 },
  colectomy: { dx: ['C18.700'], proc: '45.7600', svc: K.colectomy, anaes: 'ga', dept: 'general_surgery', los: [9, 12], opDay: 2, minLevel: 3 },
};
function staySurgery(kind, m, ins, A, o = {}) {
  const s = SURG[kind]; const los = o.los || ri(s.los[0], s.los[1]);
  const c = stay(m, ins, o.dept || s.dept, A, los, (o.dx || s.dx).slice(), { route: kind === 'appy' ? 'emergency' : 'outpatient', ...o });
  const op = addD(A, s.opDay);
  if (!o.skipPreop) {
    admitLabs(c, A, { coag: true });
    c.labs(A, [K.preop8, K.abo].concat(kind === 'colectomy' ? [K.xmatch, K.cea, K.ca199] : []));
    if (kind === 'chole') c.add(K.usAbd, A);
    if (kind === 'appy') c.labs(A, [K.crp]);
    if (kind === 'colectomy') { c.add(K.ctChest, A); c.add(K.ctAbd, A); c.add(K.ctEnh, A); }
  }
  c.add(s.svc, op); c.procs.push({ code: s.proc, date: op });
  if (s.anaes === 'ga') { const h = kind === 'colectomy' ? 4 : 2; c.add(K.ga, op, h); c.add(K.propofol, op, 2); c.add(K.fentanyl, op, 2); c.add(K.vecuronium, op, 1); }
  else { c.add(K.spinal, op); c.add(K.lidocaine, op, 2); }
  c.add(K.surgPack, op); c.add(K.cautery, op); c.add(K.suture, op, kind === 'colectomy' ? 4 : 2);
  c.add(K.cefuroximeInj, op, 2); // prophylaxis: one dose within the hour before incision
  if (kind === 'chole' || kind === 'appy') { c.add(K.trocar, op); c.add(K.clips, op, 4); }
  if (kind === 'hernia') c.add(K.mesh, op);
  if (kind === 'colectomy') { c.add(K.stapler, op, 2); c.add(K.suctionDrain, op); c.add(K.pathology, op); c.add(K.hemostat, op); }
  c.add(K.ecgMon, op, 12); c.add(K.spo2, op, 12); c.add(K.electrode, op, 5); c.add(K.o2, op, 6); c.add(K.o2Tube, op);
  const post = c.nights.filter((d) => d > op);
  post.forEach((d, i) => {
    if (i < (kind === 'colectomy' ? 5 : 2)) ivDay(c, d, [[K.gns, 2], [K.kcl, 2]].concat(i < 3 ? [[K.omeprazoleInj, 1]] : []), i < 3 ? 3 : 2);
    if (i === 1) { c.add(K.dressMid, d); c.add(K.dressPack, d); }
  });
  if (post[0]) c.labs(post[0], [K.cbc5].concat(kind === 'colectomy' ? [K.lytes, K.alb] : []));
  if (kind === 'colectomy' && post[3]) c.labs(post[3], [K.cbc5, K.lft, K.rft]);
  return c;
}

// ---------------------------------------------------------------- labels
const LABELS = [];
let caseSeq = 0;
function label(kind, code, name, claims, o = {}) {
  caseSeq++;
  const claimIds = claims.map((c) => c.claimId);
  const targets = (o.targets || claims).map((c) => c.claimId);
  const mutated = {};
  if (kind === 'fraud' && !o.wholeClaim) {
    for (const c of o.targets || claims) { const ids = c.items.filter((l) => l._fraud).map((l) => l.lineId); if (ids.length) mutated[c.claimId] = ids; }
    if (!Object.keys(mutated).length) throw new Error(`fraud case ${code} without mutated lines`);
  }
  if (kind === 'fraud' && o.wholeClaim) for (const c of claims) for (const l of c.items) if (l._fraud) throw new Error('whole-claim fraud with marked lines');
  if (kind !== 'fraud') for (const c of claims) for (const l of c.items) if (l._fraud) throw new Error(`${code}: a ${kind} claim carries a fraud line`);
  LABELS.push({ caseId: `B108-${String(caseSeq).padStart(4, '0')}`, kind, code, name, claimIds, targets: kind === 'fraud' ? targets : claimIds, mutatedLines: kind === 'fraud' ? mutated : {}, typology: code, variant: o.variant || (kind === 'fraud' ? 'overt' : kind) });
}

// ================================================================== FRAUD TYPOLOGIES
const regionOf = (i) => REGION_CODES[i % REGION_CODES.length];
const careful = (i) => i >= 10; // cases 10..14 of each typology are the careful variant

// T01 检查检验结果互认范围内的重复检查: referral from the county hospital, the level-3 hospital repeats image and tests, no change
const T01_SCEN = [
  { dx: ['R91.x04'], depB: 'respiratory', depA: 'respiratory', depA2: 'thoracic_surgery', img: K.ctChest, labs: [K.cbc5, K.lft, K.rft, K.cea], age: [45, 72] },
  { dx: ['M23.205'], depB: 'orthopedics', depA: 'orthopedics', depA2: 'orthopedics', img: K.mriKnee, labs: [K.cbc5, K.crp], age: [35, 65] },
  { dx: ['M51.202'], depB: 'orthopedics', depA: 'orthopedics', depA2: 'orthopedics', img: K.mriLumbar, labs: [K.cbc5, K.crp], age: [35, 68] },
  { dx: ['R51.x00'], depB: 'neurology', depA: 'neurology', depA2: 'neurology', img: K.ctHead, labs: [K.cbc5, K.lytes, K.fbg], age: [30, 70] },
  { dx: ['E04.101'], depB: 'endocrinology', depA: 'endocrinology', depA2: 'general_surgery', img: K.usThy, labs: [K.thy3, K.cbc5], age: [30, 65] },
  { dx: ['K80.200x003'], depB: 'general_surgery', depA: 'general_surgery', depA2: 'gastroenterology', img: K.usAbd, labs: [K.lft, K.cbc5], age: [35, 70] },
];
function T01(i) {
  const r = regionOf(i); const s = T01_SCEN[i % T01_SCEN.length];
  const m = member(r, { ageMin: s.age[0], ageMax: s.age[1] });
  const d0 = baseDate('2025-01-10', 40);
  const first = careful(i) && chance(0.5) ? inst(r, 'G') : inst(r, 'B');
  const cB = opClaim(m, first, first.key === 'G' ? 'imaging' : s.depB, d0, s.dx, { noFee: first.key === 'G' });
  if (first.key !== 'G') cB.labs(d0, s.labs); cB.add(s.img, d0);
  if (first.key !== 'G' && (s.dx[0] === 'M51.202' || s.dx[0] === 'M23.205')) oral(cB, d0, K.celecoxib, 2, 7);
  const A = inst(r, 'A');
  if (!careful(i)) {
    const d1 = addD(d0, ri(1, 5));
    const cA = opClaim(m, A, s.depA, d1, s.dx, { fee: pick([K.opAssoc, K.opChief]) });
    cA.labs(d1, s.labs, { fraud: true }); cA.add(s.img, d1, 1, { fraud: true });
    label('fraud', 'T01', '互认期内转诊后无病情变化重复检查检验', [cB, cA], { targets: [cA] });
  } else {
    const d1 = addD(d0, ri(6, 13));
    const cA = opClaim(m, A, s.depA2, d1, s.dx, { fee: pick([K.opAssoc, K.opChief]) });
    cA.add(s.img, d1, 1, { fraud: true });
    if (chance(0.5)) cA.labs(d1, [K.crp]);
    label('fraud', 'T01', '互认期内转诊后无病情变化重复检查检验', [cB, cA], { targets: [cA], variant: 'careful' });
  }
}

// T02 一份标本医院与第三方检验机构重复收费
const SENDOUT = [
  { test: K.thy3, dx: ['E05.900'], dept: 'endocrinology' }, { test: K.tg, dx: ['C73.x00'], dept: 'endocrinology', chronic: 'C73' },
  { test: K.pth, dx: ['N18.900'], dept: 'nephrology' }, { test: K.hba1c, dx: ['E11.900'], dept: 'endocrinology' },
  { test: K.vpa, dx: ['G40.900'], dept: 'neurology' }, { test: K.hbv5, dx: ['B18.100'], dept: 'gastroenterology' },
  { test: K.ca199, dx: ['K80.200x003'], dept: 'gastroenterology' }, { test: K.igf1, dx: ['E23.000'], dept: 'endocrinology' },
];
function hospDept(ins, want) { return ins.doctors[want] ? want : (ins.doctors.internal_medicine ? 'internal_medicine' : ins.depts[0]); }
function T02(i) {
  const r = regionOf(i); const s = SENDOUT[i % SENDOUT.length];
  const m = member(r, { ageMin: 30, ageMax: 70 });
  const d0 = baseDate('2025-01-10', 10);
  const H = inst(r, pick(['B', 'E2'])); const F = inst(r, 'F');
  const dx = s.dx.filter((x) => x !== 'N18.900').concat(s.dx[0] === 'N18.900' ? ['N18.400'] : []);
  const cH = opClaim(m, H, hospDept(H, s.dept), d0, dx);
  cH.labs(d0, [K.cbc5, K.lft]);
  if (!careful(i)) {
    cH.add(s.test, d0, 1, { fraud: true });
    const cF = opClaim(m, F, 'laboratory', d0, dx, { noFee: true });
    cF.add(s.test, d0, 1, { fraud: true });
    label('fraud', 'T02', '同一标本医院与第三方检验机构重复收费', [cH, cF]);
  } else {
    const other = SENDOUT[(i + 3) % SENDOUT.length].test === s.test ? K.ca199 : SENDOUT[(i + 3) % SENDOUT.length].test;
    cH.add(s.test, d0, 1, { fraud: true });
    const d1 = addD(d0, ri(1, 2));
    const cF = opClaim(m, F, 'laboratory', d1, dx, { noFee: true });
    cF.add(s.test, d1, 1, { fraud: true }); cF.add(other, d1, 1);
    label('fraud', 'T02', '同一标本医院与第三方检验机构重复收费', [cH, cF], { variant: 'careful' });
  }
}

// T03 检验套餐与其组成项目同时收费(分解/重复收费)
const PANEL_PAIRS = [[K.lft, [K.alt, K.ast, K.tbil]], [K.rft, [K.cr, K.urea]], [K.cbc5, [K.hb]], [K.lipids, [K.tc]]];
function T03(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 40, ageMax: 78 });
  if (!careful(i)) {
    const d0 = baseDate('2025-01-10', 5);
    const H = inst(r, pick(['A', 'B', 'E2']));
    const dx = pick([['I10.x00', 'E78.500'], ['K76.000'], ['E11.900'], ['B18.100']]);
    const c = opClaim(m, H, hospDept(H, pick(['general_medicine', 'internal_medicine', 'endocrinology', 'gastroenterology'])), d0, dx);
    const pairs = [PANEL_PAIRS[i % 4], PANEL_PAIRS[(i + 1) % 4]];
    c.labs(d0, [K.fbg]);
    for (const [panel, parts] of pairs) { c.labs(d0, [panel]); for (const p of parts) c.add(p, d0, 1, { fraud: true }); }
    if (dx[0] === 'E11.900') { c.labs(d0, [K.hba1c]); oral(c, d0, K.metformin, 3, 28); }
    if (dx[0] === 'I10.x00') oral(c, d0, K.amlodipine, 1, 28);
    label('fraud', 'T03', '检验套餐与其组成项目重复收费', [c]);
  } else {
    const A = baseDate('2025-01-10', 15); const H = inst(r, pick(['A', 'B']));
    const [fn, dep] = pick([[stayCAP, 'respiratory'], [stayHF, 'cardiology'], [stayCOPD, 'respiratory']]);
    const c = fn(m, H, dep, A, ri(6, 9));
    const d = c.nights[2];
    const [panel, parts] = pick([[K.rft, [K.cr]], [K.lft, [K.alt]]]);
    if (!c.items.some((l) => l.date === d && l.code === panel)) c.labs(d, [panel]);
    c.add(parts[0], d, 1, { fraud: true });
    label('fraud', 'T03', '检验套餐与其组成项目重复收费', [c], { variant: 'careful' });
  }
}

// T04 一次注射的增强加收按部位多次收取
function T04(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 45, ageMax: 78 });
  const ca = pick([['C16.900', 'gastroenterology'], ['C18.700', 'general_surgery'], ['C34.900x001', 'thoracic_surgery'], ['C22.000', 'hepatology']]);
  const H = inst(r, pick(['A', 'A', 'B']));
  const d0 = baseDate('2025-01-10', 5);
  const deptOf = (d) => hospDept(H, H.doctors[d] ? d : 'oncology');
  if (!careful(i)) {
    const c = opClaim(m, H, deptOf(ca[1]), d0, [ca[0]]);
    c.labs(d0, [K.cbc5, K.lft, K.rft, K.cea]);
    c.add(K.ctChest, d0); c.add(K.ctAbd, d0); c.add(K.ctEnh, d0, 2, { fraud: true });
    label('fraud', 'T04', '一次增强扫描的增强加收按部位重复收取', [c]);
  } else {
    const c1 = opClaim(m, H, deptOf('oncology'), d0, [ca[0]]);
    c1.labs(d0, [K.cbc5, K.cea]); c1.add(K.ctChest, d0); c1.add(K.ctEnh, d0, 1, { fraud: true });
    const c2 = opClaim(m, H, deptOf(ca[1] === 'thoracic_surgery' ? 'general_surgery' : ca[1]), d0, [ca[0]]);
    c2.add(K.ctAbd, d0); c2.add(K.ctEnh, d0, 1, { fraud: true });
    label('fraud', 'T04', '一次增强扫描的增强加收按部位重复收取', [c1, c2], { variant: 'careful' });
  }
}

// T05 一次扫描按两个部位收费 (胸部CT加收腹部CT)
function T05(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 30, ageMax: 75 });
  const d0 = baseDate('2025-01-10', 15);
  if (!careful(i)) {
    const H = inst(r, pick(['A', 'B', 'E2']));
    const dx = pick([['J20.900'], ['R05.x00'], ['R91.x04'], ['J18.900']]);
    const c = opClaim(m, H, hospDept(H, 'respiratory'), d0, dx);
    c.labs(d0, [K.cbc5, K.crp]); c.add(K.ctChest, d0); c.add(K.ctAbd, d0, 1, { fraud: true });
    if (dx[0] !== 'R91.x04') oral(c, d0, chance(0.5) ? K.cefuroximeTab : K.azithroTab, chance(0.5) ? 2 : 1, 5);
    label('fraud', 'T05', '一次扫描按两个部位收费', [c]);
  } else {
    const H = inst(r, 'B');
    const c = stayCAP(m, H, 'respiratory', d0, ri(5, 8), { dx: ['J18.900', 'K76.000'] });
    c.add(K.ctChest, d0); c.add(K.ctAbd, d0, 1, { fraud: true });
    label('fraud', 'T05', '一次扫描按两个部位收费', [c], { variant: 'careful' });
  }
}

// T06 DR串换为CT (无CT设备的基层机构按胸部CT收费)
function T06(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 20, ageMax: 75 });
  const d0 = baseDate('2025-01-10', 5);
  if (!careful(i)) {
    const H = inst(r, 'E');
    const c = opClaim(m, H, pick(['general_practice', 'internal_medicine']), d0, pick([['J06.900'], ['J20.900'], ['R05.x00']]));
    c.labs(d0, [K.cbc5]); c.add(K.ctChest, d0, 1, { fraud: true });
    oral(c, d0, K.lianhua, 12, 3); oral(c, d0, K.ambroxolTab, 3, 5);
    label('fraud', 'T06', '无CT机构将DR串换为胸部CT收费', [c]);
  } else {
    const H = inst(r, 'D');
    const c = opClaim(m, H, 'general_practice', d0, ['J18.900']);
    c.labs(d0, [K.cbc5, K.crp]); c.add(K.ctChest, d0, 1, { fraud: true });
    oral(c, d0, K.amoxicillin, 6, 5);
    label('fraud', 'T06', '无CT机构将DR串换为胸部CT收费', [c], { variant: 'careful' });
  }
}

// T07 无影像检查的远程影像诊断
function T07(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 40, ageMax: 80 });
  const d0 = baseDate('2025-01-10', 10); const D = inst(r, 'D');
  if (!careful(i)) {
    const dx = pick([['I10.x00'], ['E11.900'], ['J06.900'], ['M54.502']]);
    const c = opClaim(m, D, 'general_practice', d0, dx);
    c.add(K.remote, d0, 1, { fraud: true });
    if (dx[0] === 'I10.x00') oral(c, d0, K.amlodipine, 1, 28);
    else if (dx[0] === 'E11.900') { c.labs(d0, [K.fbg]); oral(c, d0, K.metformin, 3, 28); }
    else if (dx[0] === 'J06.900') oral(c, d0, K.lianhua, 12, 3);
    else oral(c, d0, K.diclofenac, 1, 7);
    label('fraud', 'T07', '未拍片收取远程影像诊断费', [c]);
  } else {
    const B = inst(r, 'B');
    const s = pick([[['S06.000'], K.ctHead, 'emergency'], [['R91.x04'], K.ctChest, 'respiratory']]);
    const cB = opClaim(m, B, s[2], d0, s[0], { ed: s[2] === 'emergency' });
    cB.add(s[1], d0); cB.labs(d0, [K.cbc5]);
    const d1 = addD(d0, ri(1, 2));
    const c = opClaim(m, D, 'general_practice', d1, s[0]);
    c.add(K.remote, d1, 1, { fraud: true });
    oral(c, d1, K.paracetamol, 3, 3);
    label('fraud', 'T07', '未拍片收取远程影像诊断费', [cB, c], { targets: [c], variant: 'careful' });
  }
}

// T08 住院"套餐式"入院检查 (与病情无关的肿瘤标志物、甲功、BNP、感染筛查、彩超、CT)
function addTemplate(c, date, full) {
  const m = c.m; const f = { fraud: true };
  c.labs(date, [K.preop8, K.cea, K.afp, K.thy3], f);
  if (!full) return;
  if (!c.items.some((l) => l.date === date && l.code === K.coag)) c.labs(date, [K.coag], f);
  c.labs(date, [K.ca199, K.ntprobnp, K.ddimer, K.pct], f);
  if (m.sex === 'F') c.labs(date, [K.ca125], f); else if (ageAt(m, date) >= 40) c.labs(date, [K.psa], f);
  const d1 = addD(date, 1);
  if (!c.items.some((l) => l.code === K.echo)) c.add(K.echo, d1, 1, f);
  if (!c.items.some((l) => l.code === K.usCarotid)) c.add(K.usCarotid, d1, 1, f);
  if (!c.items.some((l) => l.code === K.usAbd)) c.add(K.usAbd, d1, 1, f);
  if (!c.items.some((l) => l.code === K.ctChest)) c.add(K.ctChest, date, 1, f);
}
function T08(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 28, ageMax: 70 });
  const H = inst(r, pick(['B', 'E2']));
  const mk = (A) => {
    const k = pick(['gastro', 'lumbar', 'vertigo', 'bronch']);
    if (k === 'gastro') return stayGastro(m, H, hospDept(H, 'internal_medicine'), A, ri(3, 5));
    if (k === 'lumbar') return stayLumbar(m, H, 'orthopedics', A, ri(7, 10));
    if (k === 'vertigo') return stayVertigo(m, H, hospDept(H, 'internal_medicine'), A, ri(4, 6));
    return stayBronchitis(m, H, hospDept(H, 'internal_medicine'), A, ri(4, 6));
  };
  if (!careful(i)) {
    const A = baseDate('2025-01-10', i < 5 ? 150 : 12);
    const c1 = mk(A); addTemplate(c1, A, true);
    const claims = [c1];
    if (i < 5) { const A2 = addD(c1.D, ri(60, 120)); const c2 = mk(A2); addTemplate(c2, A2, true); claims.push(c2); }
    label('fraud', 'T08', '住院套餐式入院检查', claims);
  } else {
    const A = baseDate('2025-01-10', 12);
    const c = mk(A); addTemplate(c, A, false);
    label('fraud', 'T08', '住院套餐式入院检查', [c], { variant: 'careful' });
  }
}

// T09 出院或死亡后仍收取检验费
function T09(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 55, ageMax: 88 });
  const A = baseDate('2025-01-10', 20);
  if (i < 5) { // lines dated after discharge on the stay's own bill
    const H = inst(r, pick(['A', 'B']));
    const [fn, dep] = pick([[stayCAP, 'respiratory'], [stayHF, 'cardiology'], [stayCOPD, 'respiratory']]);
    const c = fn(m, H, dep, A, ri(6, 9));
    const after = addD(c.D, ri(1, 2));
    c.labs(after, [K.cbc5, K.crp, K.lft, K.rft], { fraud: true, noDraw: true });
    c.add(K.draw, after, 1, { fraud: true });
    label('fraud', 'T09', '出院或死亡后仍收取检验费', [c]);
  } else {
    const H = inst(r, pick(['A', 'B']));
    const c = stayHF(m, H, 'cardiology', A, ri(4, 8), { dmode: 'death', route: 'emergency', dx: ['I50.900x018', 'I21.401', 'I10.x00'] });
    c.labs(c.D, [K.abg, K.lactate, K.lytes]);
    let p;
    if (!careful(i)) {
      const d = addD(c.D, ri(1, 3));
      p = opClaim(m, H, 'cardiology', d, ['I50.900x018']);
      p.labs(d, [K.cbc5, K.lytes, K.rft, K.ntprobnp]);
    } else {
      const d = addD(c.D, ri(2, 6)); const C = inst(r, 'C');
      p = opClaim(m, C, 'general_practice', d, ['I10.x00']);
      p.labs(d, [K.cbc5, K.fbg, K.rft]); oral(p, d, K.amlodipine, 1, 28);
    }
    label('fraud', 'T09', '出院或死亡后仍收取检验费', [c, p], { targets: [p], wholeClaim: true, variant: careful(i) ? 'careful' : 'overt' });
  }
}

// T10 健康体检套餐纳入医保结算
function checkupPanel(c, d) {
  const m = c.m; const age = ageAt(m, d);
  c.labs(d, [K.cbc5, K.ua, K.lft, K.rft, K.lipids, K.fbg, K.cea, K.afp]);
  c.add(K.drChest, d); c.add(K.usAbd, d); c.add(K.ecg, d); c.add(K.usThy, d);
  if (m.sex === 'F') { c.add(K.usBreast, d); c.add(K.usGyn, d); } else if (age >= 40) c.labs(d, [K.psa]);
}
const GROUP_CHECKUP_DAYS = {};
function T10(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 28, ageMax: 58, scheme: 'employee' });
  if (!careful(i)) {
    const H = inst(r, pick(['A', 'B'])); const d = baseDate('2025-02-10', 5);
    const c = opClaim(m, H, 'health_check', d, ['Z00.001']);
    checkupPanel(c, d);
    label('fraud', 'T10', '健康体检套餐纳入医保结算', [c], { wholeClaim: true });
  } else {
    const H = inst(r, 'B');
    if (!GROUP_CHECKUP_DAYS[r]) GROUP_CHECKUP_DAYS[r] = baseDate('2025-03-01', 60);
    const d = GROUP_CHECKUP_DAYS[r];
    const c = opClaim(m, H, 'internal_medicine', d, pick([['K76.000'], ['E78.500'], ['K76.000', 'E78.500']]));
    checkupPanel(c, d);
    label('fraud', 'T10', '健康体检套餐纳入医保结算', [c], { wholeClaim: true, variant: 'careful' });
  }
}

// T11 基层机构收取限二级及以上医疗机构的检验检查
function T11(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 30, ageMax: 80 });
  const d0 = baseDate('2025-01-10', 5);
  if (!careful(i)) {
    const k = i % 4;
    if (k === 0 || k === 1) {
      const H = inst(r, k === 0 ? 'D' : 'C');
      const c = opClaim(m, H, 'general_practice', d0, ['J18.900']);
      c.labs(d0, [K.cbc5, K.crp]); c.labs(d0, [K.pct], { fraud: true }); c.add(K.drChest, d0);
      oral(c, d0, K.amoxicillin, 6, 5);
      label('fraud', 'T11', '基层机构收取限二级以上医院的检验检查', [c]);
    } else if (k === 2) {
      const H = inst(r, 'D2');
      const c = opClaim(m, H, 'general_practice', d0, pick([['R91.x04'], ['R10.402']]));
      const img = c.dx[0] === 'R91.x04' ? K.ctChest : K.ctAbd;
      c.add(img, d0); c.add(K.ctEnh, d0, 1, { fraud: true }); c.labs(d0, [K.cbc5]);
      label('fraud', 'T11', '基层机构收取限二级以上医院的检验检查', [c]);
    } else {
      const H = inst(r, pick(['C', 'D2']));
      const c = opClaim(m, H, 'general_practice', d0, pick([['R51.x00'], ['R42.x00x001']]));
      c.add(K.mriHead, d0, 1, { fraud: true }); oral(c, d0, K.betahistine, 3, 7);
      label('fraud', 'T11', '基层机构收取限二级以上医院的检验检查', [c]);
    }
  } else {
    const H = inst(r, 'D');
    const c = opClaim(m, H, 'general_practice', d0, ['J18.900']);
    c.labs(d0, [K.cbc5, K.crp]); c.labs(d0, [K.pct], { fraud: true });
    oral(c, d0, K.amoxicillin, 6, 5);
    label('fraud', 'T11', '基层机构收取限二级以上医院的检验检查', [c], { variant: 'careful' });
  }
}

// T12 肿瘤标志物每周重复检测
function T12(i) {
  const r = regionOf(i);
  if (!careful(i)) {
    const m = member(r, { ageMin: 40, ageMax: 72 });
    const H = inst(r, pick(['A', 'B']));
    const dx = pick([['K29.500'], ['B18.100'], ['K80.200x003']]);
    const dep = hospDept(H, dx[0] === 'B18.100' && H.doctors.hepatology ? 'hepatology' : 'gastroenterology');
    const d0 = baseDate('2025-01-10', 50); const n = ri(5, 7); const claims = [];
    for (let k = 0; k < n; k++) {
      const d = addD(d0, 7 * k + (k ? ri(-1, 1) : 0));
      const c = opClaim(m, H, dep, d, dx);
      const f = { fraud: k > 0 };
      c.labs(d, [K.cea, K.afp, K.ca199].concat(m.sex === 'F' ? [K.ca125] : []), f);
      if (k === 0 || k === n - 1) c.labs(d, [K.lft]);
      if (dx[0] === 'B18.100') oral(c, d, K.entecavir, 1, 7); else if (dx[0] === 'K29.500') oral(c, d, K.omeprazoleCap, 2, 7); else oral(c, d, K.ursodiol, 3, 7);
      claims.push(c);
    }
    label('fraud', 'T12', '肿瘤标志物每周重复检测', claims, { targets: claims.slice(1) });
  } else {
    const m = member(r, { ageMin: 50, ageMax: 75, chronic: ['C18'] }); m.enrollment.chronicDiseases = ['C18'];
    const hs = [inst(r, 'A'), inst(r, 'A2')];
    const d0 = baseDate('2025-01-10', 80); const n = ri(5, 6); const claims = [];
    for (let k = 0; k < n; k++) {
      const d = addD(d0, 14 * k + (k ? ri(-2, 2) : 0)); const H = hs[k % 2];
      const c = opClaim(m, H, 'oncology', d, ['C18.700', 'Z08.000'], { vt: 'chronic' });
      c.labs(d, [K.cea, K.ca199], { fraud: k > 0 });
      if (k % 2 === 0) c.labs(d, [K.cbc5]);
      claims.push(c);
    }
    label('fraud', 'T12', '肿瘤标志物每周重复检测', claims, { targets: claims.slice(1), variant: 'careful' });
  }
}

// T13 检验检查超出本级医疗机构价格上限收费
function T13(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 30, ageMax: 78 });
  const d0 = baseDate('2025-01-10', 12);
  const over = (code) => CAT[code].priceCap['3'];
  if (!careful(i)) {
    const H = inst(r, pick(['B', 'E2']));
    if (i % 2 === 0) {
      const s = pick([[['M51.202'], K.mriLumbar, 'orthopedics'], [['R91.x04'], K.ctChest, 'respiratory'], [['R51.x00'], K.ctHead, 'neurology'], [['I10.x00'], K.echo, 'cardiology']]);
      const c = opClaim(m, H, hospDept(H, s[2]), d0, s[0]);
      c.add(K.draw, d0);
      for (const code of [K.cbc5, K.lft, K.rft]) c.add(code, d0, 1, { fraud: true, price: over(code) });
      c.add(s[1], d0, 1, { fraud: true, price: over(s[1]) });
      label('fraud', 'T13', '检验检查超本级价格上限收费', [c]);
    } else {
      const c = stayBronchitis(m, H, hospDept(H, 'internal_medicine'), d0, ri(4, 6));
      for (const l of c.items) if (/^00(25|22|21|23|24)/.test(l.code) || l.code === K.ecg) { l.unitPrice = CAT[l.code].priceCap['3']; l._fen = Math.round(l.unitPrice * 100) * l.quantity; l.amount = l._fen / 100; l._fraud = true; }
      label('fraud', 'T13', '检验检查超本级价格上限收费', [c]);
    }
  } else {
    const H = inst(r, pick(['C', 'E2', 'B']));
    const dx = pick([['R10.402'], ['K80.200x003'], ['I10.x00']]);
    const c = opClaim(m, H, hospDept(H, 'internal_medicine'), d0, dx);
    c.labs(d0, [K.cbc5, K.lft]);
    const cap = CAT[K.usAbd].priceCap[String(H.level)];
    c.add(K.usAbd, d0, 1, { fraud: true, price: Math.ceil(cap * 1.06) });
    if (dx[0] === 'I10.x00') oral(c, d0, K.amlodipine, 1, 28);
    label('fraud', 'T13', '检验检查超本级价格上限收费', [c], { variant: 'careful' });
  }
}

// T14 同一检查以两个项目收费 (DR与普通X线摄影 / BNP与NT-proBNP)
function T14(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 45, ageMax: 85 });
  const d0 = baseDate('2025-01-10', 12);
  if (!careful(i)) {
    const k = i % 3;
    if (k === 0) {
      const H = inst(r, pick(['A', 'B']));
      const c = opClaim(m, H, 'emergency', d0, pick([['J20.900'], ['R07.400'], ['J18.900']]), { ed: true });
      c.labs(d0, [K.cbc5, K.crp]); c.add(K.drChest, d0); c.add(K.xrChest, d0, 1, { fraud: true });
      label('fraud', 'T14', '同一检查以两个收费项目重复收取', [c]);
    } else if (k === 1) {
      const H = inst(r, pick(['A', 'B']));
      const c = stayHF(m, H, 'cardiology', d0, ri(6, 9), { bnpRow: K.ntprobnp });
      c.labs(d0, [K.bnp], { fraud: true });
      label('fraud', 'T14', '同一检查以两个收费项目重复收取', [c]);
    } else {
      const H = inst(r, pick(['B', 'E2']));
      const c = opClaim(m, H, hospDept(H, 'orthopedics'), d0, pick([['S52.500x001'], ['S82.600']]));
      c.add(K.drLimb, d0); c.add(K.xrLimb, d0, 1, { fraud: true }); c.add(K.diclofenac, d0, 7, { days: 7 });
      label('fraud', 'T14', '同一检查以两个收费项目重复收取', [c]);
    }
  } else {
    const H = inst(r, 'A');
    const e = opClaim(m, H, 'emergency', d0, ['I50.900x018'], { ed: true });
    e.labs(d0, [K.bnp, K.tni, K.cbc5, K.lytes], { fraud: false }); e.add(K.ecg, d0);
    e.items.find((l) => l.code === K.bnp)._fraud = true;
    const c = stayHF(m, H, 'cardiology', d0, ri(6, 9), { route: 'emergency', bnpRow: K.ntprobnp });
    c.items.find((l) => l.code === K.ntprobnp && l.date === d0)._fraud = true;
    label('fraud', 'T14', '同一检查以两个收费项目重复收取', [e, c], { variant: 'careful' });
  }
}

// T15 无感染指征反复收取细菌培养(虚记培养)
function T15(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 30, ageMax: 75 });
  const A = baseDate('2025-01-10', 15);
  const H = inst(r, pick(['A', 'B']));
  const kind = pick(['hernia', 'chole', 'lumbar']);
  const c = kind === 'lumbar' ? stayLumbar(m, H, 'orthopedics', A, ri(7, 9)) : staySurgery(kind, m, H, A, { los: ri(5, 7) });
  if (!careful(i)) { for (const k of [1, 2, 3]) if (c.nights[k]) c.add(K.culture, c.nights[k], 2, { fraud: true }); }
  else { for (const k of [1, 3]) if (c.nights[k]) c.add(K.culture, c.nights[k], 1, { fraud: true }); }
  label('fraud', 'T15', '无感染指征反复收取细菌培养', [c], { variant: careful(i) ? 'careful' : 'overt' });
}

// ================================================================== CONTROLS
// C01 互认例外: 病情变化后的复查
function C01(i) {
  const r = regionOf(i); const B = inst(r, 'B'); const A = inst(r, 'A');
  const d0 = baseDate('2025-01-10', 10);
  const k = i % 4;
  if (k === 0) {
    const m = member(r, { ageMin: 55, ageMax: 85 });
    const b = opClaim(m, B, 'emergency', d0, ['S06.000'], { ed: true }); b.add(K.ctHead, d0); b.labs(d0, [K.cbc5]);
    const d1 = addD(d0, ri(1, 3));
    const a = opClaim(m, A, 'emergency', d1, ['S06.500x004', 'S06.000'], { ed: true }); a.add(K.ctHead, d1); a.labs(d1, [K.cbc5, K.coag, K.lytes]);
    label('control', 'C01', '病情变化后的复查(互认例外)', [b, a]);
  } else if (k === 1) {
    const m = member(r, { ageMin: 60, ageMax: 85 });
    const b = opClaim(m, B, 'respiratory', d0, ['J18.900']); b.add(K.drChest, d0); b.labs(d0, [K.cbc5, K.crp]); oral(b, d0, K.levoTab, 1, 5);
    const d1 = addD(d0, ri(2, 4));
    const a = opClaim(m, A, 'emergency', d1, ['J18.903', 'J96.000'], { ed: true }); a.add(K.ctChest, d1); a.labs(d1, [K.cbc5, K.crp, K.pct, K.abg, K.lactate]);
    label('control', 'C01', '病情变化后的复查(互认例外)', [b, a]);
  } else if (k === 2) {
    const m = member(r, { ageMin: 18, ageMax: 60 });
    const b = opClaim(m, B, 'emergency', d0, ['R10.402'], { ed: true }); b.add(K.usAbd, d0); b.labs(d0, [K.cbc5]);
    const d1 = addD(d0, 1);
    const a = opClaim(m, A, 'emergency', d1, ['K35.800x001'], { ed: true }); a.add(K.ctAbd, d1); a.labs(d1, [K.cbc5, K.crp]);
    label('control', 'C01', '病情变化后的复查(互认例外)', [b, a]);
  } else {
    const m = member(r, { ageMin: 50, ageMax: 80 });
    const b = opClaim(m, B, 'emergency', d0, ['R07.400'], { ed: true }); b.add(K.ecg, d0); b.labs(d0, [K.tni, K.ckmb, K.cbc5]);
    const d1 = addD(d0, ri(1, 2));
    const a = opClaim(m, A, 'emergency', d1, ['I21.401', 'R07.400'], { ed: true }); a.add(K.ecg, d1, 2); a.labs(d1, [K.tni, K.ckmb, K.cbc5]); a.add(K.tni, d1, 1); a.add(K.echo, d1);
    label('control', 'C01', '病情变化后的复查(互认例外)', [b, a]);
  }
}
// C02 急诊转院: 接收医院的急诊检查
function C02(i) {
  const r = regionOf(i); const B = inst(r, 'B'); const A = inst(r, 'A');
  const d0 = baseDate('2025-01-10', 15); const k = i % 2;
  if (k === 0) {
    const m = member(r, { ageMin: 55, ageMax: 85 });
    const b = opClaim(m, B, 'emergency', d0, ['I63.900'], { ed: true }); b.add(K.ctHead, d0); b.labs(d0, [K.cbc5, K.coag, K.lytes, K.fbg]); b.add(K.ecg, d0);
    const a = stayStroke(m, A, 'neurology', d0, ri(7, 10), { route: 'transfer', transferFrom: B.id, noHeadCT: false });
    label('control', 'C02', '急诊转院后接收医院的急诊检查', [b, a]);
  } else {
    const m = member(r, { ageMin: 45, ageMax: 80 });
    const b = opClaim(m, B, 'emergency', d0, ['K92.201'], { ed: true }); b.labs(d0, [K.cbc5, K.coag, K.abo]);
    const a = stay(m, A, 'gastroenterology', d0, ri(5, 7), ['K92.201', 'D64.900'], { route: 'transfer', transferFrom: B.id, nurseIdays: 3 });
    admitLabs(a, d0, { coag: true, noCxr: true, noLipids: true }); a.labs(d0, [K.abo, K.xmatch]);
    a.add(K.gastroscopy, addD(d0, 1));
    a.add(K.rbc, d0, 2); a.add(K.transfuse, d0); a.add(K.bloodSet, d0);
    a.nights.forEach((d, j) => { if (j < 5) ivDay(a, d, [[K.pantoprazoleInj, j < 3 ? 3 : 2]], j < 3 ? 3 : 2); if (j < 2) monitorDay(a, d, 24); });
    a.labs(a.nights[1], [K.hb]); a.labs(a.nights[2], [K.cbc5]);
    oral(a, a.D, K.omeprazoleCap, 2, 28);
    label('control', 'C02', '急诊转院后接收医院的急诊检查', [b, a]);
  }
}
// C03 超过互认时限后的复查
function C03(i) {
  const r = regionOf(i); const B = inst(r, 'B'); const A = inst(r, 'A');
  const d0 = baseDate('2025-01-10', 200); const k = i % 3;
  if (k === 0) {
    const m = member(r, { ageMin: 45, ageMax: 75 });
    const b = opClaim(m, B, 'respiratory', d0, ['R91.x04']); b.add(K.ctChest, d0); b.labs(d0, [K.cbc5, K.cea]);
    const d1 = addD(d0, ri(88, 100));
    const a = opClaim(m, A, 'thoracic_surgery', d1, ['R91.x04']); a.add(K.ctChest, d1);
    label('control', 'C03', '超过互认时限后的复查', [b, a]);
  } else if (k === 1) {
    const m = member(r, { ageMin: 30, ageMax: 65 });
    const b = opClaim(m, B, 'endocrinology', d0, ['E04.101']); b.add(K.usThy, d0); b.labs(d0, [K.thy3]);
    const d1 = addD(d0, ri(175, 190));
    const a = opClaim(m, A, 'endocrinology', d1, ['E04.101']); a.add(K.usThy, d1); a.labs(d1, [K.thy3]);
    label('control', 'C03', '超过互认时限后的复查', [b, a]);
  } else {
    const m = member(r, { ageMin: 40, ageMax: 70, chronic: ['B18'] }); m.enrollment.chronicDiseases = ['B18'];
    const b = opClaim(m, B, 'gastroenterology', d0, ['B18.100'], { vt: 'chronic' }); b.add(K.usAbd, d0); b.labs(d0, [K.afp, K.lft]); oral(b, d0, K.entecavir, 1, 84, { long: true });
    const d1 = addD(d0, ri(175, 190));
    const a = opClaim(m, A, 'hepatology', d1, ['B18.100'], { vt: 'chronic' }); a.add(K.usAbd, d1); a.labs(d1, [K.afp, K.lft, K.hbv5]); oral(a, d1, K.entecavir, 1, 84, { long: true });
    label('control', 'C03', '超过互认时限后的复查', [b, a]);
  }
}
// C04 多发伤多部位CT
function C04(i) {
  const r = regionOf(i); const H = inst(r, pick(['A', 'B'])); const m = member(r, { ageMin: 18, ageMax: 70 });
  const A = baseDate('2025-01-10', 12);
  const dx = ['S06.000', 'S22.400x021', pick(['S36.000x021', 'S27.301'])];
  const c = stay(m, H, pick(['general_surgery', 'orthopedics']), A, ri(4, 7), dx, { route: 'emergency', nurseIdays: 3 });
  c.add(K.ctHead, A); c.add(K.ctChest, A); c.add(K.ctAbd, A); if (dx[2].startsWith('S36')) c.add(K.ctEnh, A);
  admitLabs(c, A, { coag: true, noCxr: true, noStool: true, noLipids: true }); c.labs(A, [K.abo]); c.add(K.cbc5, A, 1);
  c.nights.forEach((d, j) => { if (j < 3) ivDay(c, d, j === 0 ? [[K.lr, 1], [K.tranexamic, 2]] : [[K.lr, 1]], 2); if (j < 2) monitorDay(c, d, 24); c.add(K.paracetamol, d, 3); });
  c.labs(c.nights[1], [K.cbc5]); if (c.nights[3]) { c.add(dx[2].startsWith('S36') ? K.usAbd : K.drChest, c.nights[3]); }
  label('control', 'C04', '多发伤多部位CT', [c]);
}
// C05 乡镇卫生院拍片、上级医院远程阅片
function C05(i) {
  const r = regionOf(i); const D = inst(r, 'D'); const m = member(r, { ageMin: 20, ageMax: 85 });
  const d0 = baseDate('2025-01-10', 5);
  if (i % 3 === 2) {
    const c = opClaim(m, D, 'general_practice', d0, ['S52.500x001']); c.add(K.drLimb, d0); c.add(K.remote, d0); oral(c, d0, K.diclofenac, 1, 7);
    label('control', 'C05', '基层拍片上级远程阅片', [c]);
  } else {
    const c = opClaim(m, D, 'general_practice', d0, pick([['J20.900'], ['J18.900'], ['R05.x00']])); c.add(K.drChest, d0); c.add(K.remote, d0); c.labs(d0, [K.cbc5]);
    oral(c, d0, c.dx[0] === 'J18.900' ? K.amoxicillin : K.ambroxolTab, c.dx[0] === 'J18.900' ? 6 : 3, 5);
    label('control', 'C05', '基层拍片上级远程阅片', [c]);
  }
}
// C06 结直肠癌术后按指南随访肿瘤标志物(每3个月)
function C06(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 50, ageMax: 78, chronic: ['C18'] }); m.enrollment.chronicDiseases = ['C18'];
  const H = inst(r, pick(['A', 'A2'])); const d0 = baseDate('2025-01-06', 280); const claims = [];
  for (let k = 0; k < 4; k++) {
    const d = addD(d0, 91 * k + (k ? ri(-7, 7) : 0)); if (d2n(d) > YEAR_END) break;
    const c = opClaim(m, H, 'oncology', d, ['C18.700', 'Z08.000'], { vt: 'chronic' });
    c.labs(d, [K.cea, K.ca199, K.cbc5]);
    if (k === 2) { c.add(K.ctChest, d); c.add(K.ctAbd, d); c.add(K.ctEnh, d); }
    if (k === 0 || k === 2) c.labs(d, [K.lft]);
    claims.push(c);
  }
  label('control', 'C06', '结直肠癌术后按指南复查肿瘤标志物', claims);
}
// C07 华法林抗凝监测INR
function C07(i) {
  const r = regionOf(i); const m = member(r, { ageMin: 45, ageMax: 80 });
  const H = inst(r, pick(['A', 'B'])); const dx = i % 3 === 0 ? ['Z95.200x002', 'Z92.100'] : ['I48.200', 'Z92.100'];
  const d0 = baseDate('2025-01-06', 80); const gaps = [0, 4, 8, 14, 21, 35, 63]; const claims = [];
  for (let k = 0; k < gaps.length; k++) {
    const d = addD(d0, gaps[k] + (k > 3 ? ri(-1, 2) : 0));
    const next = k + 1 < gaps.length ? gaps[k + 1] - gaps[k] : 28;
    const c = opClaim(m, H, 'cardiology', d, dx);
    c.labs(d, [K.coag]); if (k === 0) c.labs(d, [K.cbc5, K.lft]);
    oral(c, d, K.warfarin, 1.5, next);
    if (dx[0] === 'I48.200') oral(c, d, K.metoprolol, 2, next);
    claims.push(c);
  }
  label('control', 'C07', '华法林抗凝治疗监测INR', claims);
}
// C08 脓毒症反复血培养
function C08(i) {
  const r = regionOf(i); const A = inst(r, 'A'); const m = member(r, { ageMin: 50, ageMax: 85 });
  const d0 = baseDate('2025-01-10', 15); const los = ri(8, 12);
  const c = stay(m, A, 'icu', d0, los, ['A41.900', pick(['N39.000', 'J18.900'])], { route: 'emergency', icuDays: [0, 1], nurseIdays: 4 });
  admitLabs(c, d0, { coag: true, noStool: true, noLipids: true, noCxr: true }); c.add(K.drChest, d0);
  c.labs(d0, [K.crp, K.pct]); c.add(K.culture, d0, 2); c.add(K.abg, d0, 2); c.add(K.lactate, d0, 3);
  c.add(K.noradrenaline, d0, 4); c.add(K.noradrenaline, addD(d0, 1), 2); c.add(K.ns, d0, 4);
  c.labs(addD(d0, 1), [K.cbc5]); c.add(K.lactate, addD(d0, 1), 2); c.add(K.abg, addD(d0, 1), 1);
  c.add(K.culture, addD(d0, 2), 2); c.labs(addD(d0, 2), [K.pct, K.crp]);
  c.add(K.culture, addD(d0, 4), 1); c.labs(addD(d0, 4), [K.pct, K.cbc5]);
  if (los > 7) c.labs(addD(d0, 7), [K.cbc5, K.crp, K.pct]);
  c.nights.forEach((d, j) => { if (j < 7) ivDay(c, d, [[K.meropenem, 3]], 3); else ivDay(c, d, [[K.ceftriaxone, 2]], 1); });
  label('control', 'C08', '脓毒症反复血培养', [c]);
}
// C09 择期手术前的术前检查
function C09(i) {
  const r = regionOf(i); const H = inst(r, pick(['A', 'B'])); const m = member(r, { ageMin: 25, ageMax: 75 });
  const kind = pick(['hernia', 'chole', 'appy']);
  const c = staySurgery(kind, m, H, baseDate('2025-01-10', 10));
  label('control', 'C09', '手术前的术前检查', [c]);
}
// C10 卵巢癌化疗每周期CA125 + 化疗间期血常规
function C10(i) {
  const r = regionOf(i); const H = inst(r, pick(['A', 'A2'])); const m = member(r, { sex: 'F', ageMin: 40, ageMax: 70, chronic: ['C56'] }); m.enrollment.chronicDiseases = ['C56'];
  const d0 = baseDate('2025-01-06', 70); const claims = [];
  for (let k = 0; k < 3; k++) {
    const A = addD(d0, 21 * k);
    const c = stay(m, H, 'gynecology', A, 2, ['Z51.102', 'C56.x00'], { nurseIdays: 2 });
    c.labs(A, [K.ca125, K.cbc5, K.lft, K.rft]); c.add(K.ecg, A);
    const d1 = addD(A, 1);
    c.add(K.dexamethasone, A, 2);
    ivDay(c, d1, [[K.paclitaxel, 2], [K.cisplatin, 3], [K.ondansetron, 2]], 4); c.add(K.chemoPrep, d1, 2);
    c.procs.push({ code: '99.2503', date: d1 });
    claims.push(c);
    const dn = addD(A, ri(8, 10));
    const o = opClaim(m, H, 'gynecology', dn, ['C56.x00', 'Z51.102'], { vt: 'chronic' }); o.labs(dn, [K.cbc5]); claims.push(o);
  }
  label('control', 'C10', '卵巢癌化疗每周期CA125及间期血常规', claims);
}
// C11 糖尿病年度并发症筛查
function C11(i) {
  const r = regionOf(i); const H = inst(r, pick(['A', 'B'])); const m = member(r, { ageMin: 45, ageMax: 78, chronic: ['E11'] }); m.enrollment.chronicDiseases = ['E11'];
  const d = baseDate('2025-01-10', 5);
  const c = opClaim(m, H, 'endocrinology', d, ['E11.900'], { vt: 'chronic' });
  c.labs(d, [K.hba1c, K.fbg, K.lft, K.rft, K.lipids, K.ua]); c.add(K.uacr, d);
  c.add(K.ecg, d); c.add(K.fundusPhoto, d, 2); c.add(K.usCarotid, d); if (chance(0.5)) c.add(K.usLegV, d);
  oral(c, d, K.metformin, 3, 84, { long: true }); oral(c, d, K.atorvastatin, 1, 84, { long: true });
  label('control', 'C11', '糖尿病年度并发症筛查', [c]);
}
// C12 症状驱动的门诊系统检查(体重下降、乏力)
function C12(i) {
  const r = regionOf(i); const H = inst(r, pick(['A', 'B'])); const m = member(r, { ageMin: 45, ageMax: 78 });
  const d = baseDate('2025-01-10', 20);
  const c = opClaim(m, H, hospDept(H, 'general_medicine'), d, ['R63.400', 'R53.x00x002']);
  c.labs(d, [K.cbc5, K.lft, K.rft, K.thy3, K.fbg, K.cea, K.afp, K.ca199, K.ua, K.stool]);
  c.add(K.usAbd, d); c.add(K.ctChest, d);
  const claims = [c];
  if (chance(0.5)) { const d2 = addD(d, ri(3, 7)); const g = opClaim(m, H, 'gastroenterology', d2, ['R63.400', 'K29.500']); g.add(K.gastroscopy, d2); oral(g, d2, K.omeprazoleCap, 2, 14); claims.push(g); }
  label('control', 'C12', '体重下降乏力的门诊系统检查', claims);
}
// C13 外送检验: 医院只收采血与院内项目, 检验机构收外送项目
function C13(i) {
  const r = regionOf(i); const s = SENDOUT[i % SENDOUT.length]; const m = member(r, { ageMin: 30, ageMax: 70 });
  const d0 = baseDate('2025-01-10', 5);
  const dx = s.dx[0] === 'N18.900' ? ['N18.400'] : s.dx;
  if (i % 2 === 0) {
    const H = inst(r, pick(['B', 'E2'])); const c = opClaim(m, H, hospDept(H, s.dept), d0, dx); c.labs(d0, [K.cbc5, K.lft]);
    const f = opClaim(m, inst(r, 'F'), 'laboratory', d0, dx, { noFee: true }); f.add(s.test, d0);
    label('control', 'C13', '外送检验由检验机构单独收费', [c, f]);
  } else {
    const D = inst(r, 'D'); const G = inst(r, 'G');
    const t = pick([[K.pct, ['J18.900']], [K.ntprobnp, ['I50.900x018']], [K.thy3, ['E05.900']], [K.hba1c, ['E11.900']]]);
    const c = opClaim(m, D, 'general_practice', d0, t[1]); c.labs(d0, [K.cbc5]);
    if (t[1][0] === 'J18.900') oral(c, d0, K.amoxicillin, 6, 5); if (t[1][0] === 'E11.900') oral(c, d0, K.metformin, 3, 28);
    const g = opClaim(m, G, 'laboratory', d0, t[1], { noFee: true }); g.add(t[0], d0);
    label('control', 'C13', '外送检验由检验机构单独收费', [c, g]);
  }
}
// C14 医共体影像中心为乡镇患者做CT
function C14(i) {
  const r = regionOf(i); const D = inst(r, 'D'); const G = inst(r, 'G'); const m = member(r, { ageMin: 30, ageMax: 85 });
  const d0 = baseDate('2025-01-10', 10);
  const s = pick([[['R51.x00'], K.ctHead], [['J18.900'], K.ctChest], [['R91.x04'], K.ctChest], [['S06.000'], K.ctHead]]);
  const c = opClaim(m, D, 'general_practice', d0, s[0]); c.labs(d0, [K.cbc5]);
  const d1 = chance(0.5) ? d0 : addD(d0, 1);
  const g = opClaim(m, G, 'imaging', d1, s[0], { noFee: true }); g.add(s[1], d1);
  const claims = [c, g];
  if (chance(0.6)) { const d2 = addD(d1, ri(2, 4)); const f = opClaim(m, D, 'general_practice', d2, s[0]); oral(f, d2, s[0][0] === 'J18.900' ? K.amoxicillin : K.paracetamol, s[0][0] === 'J18.900' ? 6 : 3, 5); claims.push(f); }
  label('control', 'C14', '医共体影像中心为乡镇患者CT检查', claims);
}
// C15 肿瘤分期胸腹CT, 一次增强加收
function C15(i) {
  const r = regionOf(i); const H = inst(r, pick(['A', 'A2', 'B'])); const m = member(r, { ageMin: 45, ageMax: 80 });
  const ca = pick([['C16.900', 'oncology'], ['C18.700', 'general_surgery'], ['C34.900x001', 'thoracic_surgery'], ['C22.000', 'oncology']]);
  const d = baseDate('2025-01-10', 5);
  const c = opClaim(m, H, hospDept(H, H.doctors[ca[1]] ? ca[1] : 'oncology'), d, [ca[0]]);
  c.labs(d, [K.cbc5, K.lft, K.rft, K.cea].concat(ca[0] === 'C22.000' ? [K.afp] : [])); c.add(K.ctChest, d); c.add(K.ctAbd, d); c.add(K.ctEnh, d, 1);
  label('control', 'C15', '肿瘤分期胸腹部CT一次增强', [c]);
}
// C16 自有CT的乡镇卫生院做CT
function C16(i) {
  const r = regionOf(i); const D2 = inst(r, 'D2'); const m = member(r, { ageMin: 20, ageMax: 85 });
  const d = baseDate('2025-01-10', 5);
  const s = pick([[['J18.900'], K.ctChest], [['S06.000'], K.ctHead], [['R51.x00'], K.ctHead], [['R91.x04'], K.ctChest]]);
  const c = opClaim(m, D2, 'general_practice', d, s[0]); c.add(s[1], d); c.labs(d, [K.cbc5].concat(s[0][0] === 'J18.900' ? [K.crp] : []));
  if (s[0][0] === 'J18.900') oral(c, d, K.amoxicillin, 6, 5);
  label('control', 'C16', '自有CT的乡镇卫生院CT检查', [c]);
}
// C17 急性肾损伤/消化道出血: 套餐后单项复查
function C17(i) {
  const r = regionOf(i); const H = inst(r, pick(['A', 'B'])); const m = member(r, { ageMin: 45, ageMax: 85 });
  const A = baseDate('2025-01-10', 12);
  if (i % 2 === 0) {
    const c = stay(m, H, H.doctors.nephrology ? 'nephrology' : 'internal_medicine', A, ri(6, 8), ['N17.900', 'E87.500'], { route: 'emergency' });
    admitLabs(c, A, { noStool: true, coag: true }); c.labs(A, [K.abg]); c.add(K.usUro, addD(A, 1));
    c.add(K.insulinR, A, 1); c.add(K.gs, A, 2);
    c.nights.forEach((d, j) => { ivDay(c, d, [[K.furosemideInj, 2]], 2); if (j >= 1 && j <= 3) c.labs(d, [K.cr, K.lytes]); });
    c.labs(c.nights[c.nights.length - 1], [K.rft, K.lytes]);
    label('control', 'C17', '套餐检验后单项复查', [c]);
  } else {
    const c = stay(m, H, 'gastroenterology', A, ri(5, 7), ['K92.200'], { route: 'emergency', nurseIdays: 3 });
    admitLabs(c, A, { coag: true, noCxr: true, noLipids: true }); c.labs(A, [K.abo]);
    c.add(K.gastroscopy, addD(A, 1));
    c.nights.forEach((d, j) => { if (j < 5) ivDay(c, d, [[K.pantoprazoleInj, j < 3 ? 3 : 2]], j < 3 ? 3 : 2); });
    c.add(K.hb, addD(A, 1), 2); c.add(K.hb, addD(A, 2), 1); c.labs(c.nights[3], [K.cbc5]);
    oral(c, c.D, K.omeprazoleCap, 2, 28);
    label('control', 'C17', '套餐检验后单项复查', [c]);
  }
}
// C18 急诊胸痛连续肌钙蛋白
function C18(i) {
  const r = regionOf(i); const H = inst(r, pick(['A', 'B'])); const m = member(r, { ageMin: 40, ageMax: 85 });
  const d = baseDate('2025-01-10', 5);
  const c = opClaim(m, H, 'emergency', d, i % 3 === 0 ? ['I21.401'] : ['R07.400'], { ed: true });
  c.labs(d, [K.tni, K.ckmb, K.cbc5, K.lytes, K.ddimer]); c.add(K.draw, d, 2); c.add(K.tni, d, 2); c.add(K.ckmb, d, 1);
  c.add(K.ecg, d, 2); c.add(K.drChest, d);
  label('control', 'C18', '急诊胸痛连续肌钙蛋白', [c]);
}
// C19 糖尿病酮症酸中毒的高频检验
function C19(i) {
  const r = regionOf(i); const H = inst(r, pick(['A', 'B'])); const m = member(r, { ageMin: 25, ageMax: 70 });
  const A = baseDate('2025-01-10', 10); const los = ri(5, 7);
  const c = stay(m, H, H.doctors.endocrinology ? 'endocrinology' : 'internal_medicine', A, los, ['E11.101'], { route: 'emergency', nurseIdays: 2 });
  admitLabs(c, A, { noStool: true, noCxr: true }); c.labs(A, [K.hba1c]);
  c.add(K.bhb, A, 8); c.add(K.abg, A, 4); c.add(K.lytes, A, 1); c.add(K.bgPoc, A, 8); c.add(K.stripBg, A, 8);
  c.add(K.insulinR, A, 2); c.add(K.pump, A, 20); c.add(K.ns, A, 6); c.add(K.kcl, A, 4); c.add(K.ivFirst, A); c.add(K.ivMore, A, 3); c.add(K.infSet, A, 2);
  monitorDay(c, A, 24);
  const d1 = addD(A, 1);
  c.add(K.bhb, d1, 4); c.add(K.abg, d1, 2); c.labs(d1, [K.lytes]); c.add(K.lytes, d1, 1); c.add(K.bgPoc, d1, 8); c.add(K.stripBg, d1, 8);
  c.add(K.insulinR, d1, 1); c.add(K.pump, d1, 12); c.add(K.ns, d1, 3); c.add(K.kcl, d1, 3); c.add(K.ivFirst, d1); c.add(K.ivMore, d1, 2); c.add(K.infSet, d1, 1);
  c.nights.slice(2).forEach((d) => { c.add(K.bgPoc, d, 7); c.add(K.stripBg, d, 7); c.add(K.glargine, d, 1); c.add(K.sc, d, 1); });
  if (c.nights[2]) c.labs(c.nights[2], [K.lytes, K.rft]);
  oral(c, c.D, K.metformin, 3, 14);
  label('control', 'C19', '糖尿病酮症酸中毒高频检验', [c]);
}
// C20 出院后门诊随访复查
function C20(i) {
  const r = regionOf(i); const H = inst(r, pick(['A', 'B'])); const m = member(r, { ageMin: 55, ageMax: 85 });
  const A = baseDate('2025-01-10', 30);
  if (i % 2 === 0) {
    const c = stayHF(m, H, 'cardiology', A, ri(6, 9));
    const d = addD(c.D, ri(7, 14)); const f = opClaim(m, H, 'cardiology', d, ['I50.900x018', 'I10.x00']);
    f.labs(d, [K.lytes, K.rft, K.ntprobnp]); oral(f, d, K.furosemideTab, 1, 28); oral(f, d, K.spironolactone, 1, 28);
    label('control', 'C20', '出院后门诊随访复查', [c, f]);
  } else {
    const c = stayCAP(m, H, 'respiratory', A, ri(6, 9));
    const d = addD(c.D, ri(5, 10)); const f = opClaim(m, H, 'respiratory', d, ['J18.900']);
    f.labs(d, [K.cbc5, K.crp]);
    label('control', 'C20', '出院后门诊随访复查', [c, f]);
  }
}
// C21 死亡当日(死亡前)的抢救检验
function C21(i) {
  const r = regionOf(i); const H = inst(r, pick(['A', 'B'])); const m = member(r, { ageMin: 65, ageMax: 92 });
  const A = baseDate('2025-01-10', 12);
  const c = i % 2 === 0
    ? stayHF(m, H, 'cardiology', A, ri(3, 7), { dmode: 'death', route: 'emergency', dx: ['I50.900x018', 'I21.401', 'I10.x00'] })
    : stayCAP(m, H, 'respiratory', A, ri(4, 8), { dmode: 'death', route: 'emergency', dx: ['J18.903', 'J96.000'] });
  c.add(K.abg, c.D, 2); c.add(K.lactate, c.D, 2); c.labs(c.D, [K.lytes, K.cbc5]); c.add(K.ecg, c.D, 1);
  label('control', 'C21', '死亡当日的抢救检验', [c]);
}
// C22 气胸闭式引流后连续胸片
function C22(i) {
  const r = regionOf(i); const H = inst(r, pick(['A', 'B'])); const m = member(r, { sex: 'M', ageMin: 18, ageMax: 45 });
  const A = baseDate('2025-01-10', 10); const los = ri(5, 8);
  const c = stay(m, H, H.doctors.thoracic_surgery ? 'thoracic_surgery' : 'general_surgery', A, los, ['J93.100x001'], { route: 'emergency' });
  admitLabs(c, A, { coag: true, noStool: true, noLipids: true });
  c.add(K.chestDrain, A); c.procs.push({ code: '34.0401', date: A }); c.add(K.localAn, A); c.add(K.lidocaine, A, 2); c.add(K.drainBag, A);
  c.add(K.o2, A, 12); c.add(K.o2Tube, A); c.add(K.o2, addD(A, 1), 12);
  for (const k of [1, 3, los - 1]) if (k < los && k > 0) c.add(K.drChest, c.nights[k]);
  c.nights.forEach((d) => c.add(K.paracetamol, d, 3));
  label('control', 'C22', '气胸闭式引流后连续胸片', [c]);
}
// C23 二级医院CT、三级医院远程阅片
function C23(i) {
  const r = regionOf(i); const H = inst(r, pick(['B', 'E2'])); const m = member(r, { ageMin: 30, ageMax: 85 });
  const d = baseDate('2025-01-10', 5);
  const s = pick([[['S06.000'], K.ctHead], [['R51.x00'], K.ctHead], [['R91.x04'], K.ctChest]]);
  const c = opClaim(m, H, hospDept(H, s[0][0] === 'R91.x04' ? 'respiratory' : 'emergency'), d, s[0], { ed: H.doctors.emergency && s[0][0] !== 'R91.x04' });
  c.add(s[1], d); c.add(K.remote, d);
  label('control', 'C23', '二级医院CT三级医院远程阅片', [c]);
}
// C24 手术前复查近期外院检验(互认例外: 手术等重大医疗措施前)
function C24(i) {
  const r = regionOf(i); const B = inst(r, 'B'); const A = inst(r, 'A'); const m = member(r, { ageMin: 30, ageMax: 72 });
  const d0 = baseDate('2025-01-10', 20);
  const b = opClaim(m, B, 'general_surgery', d0, ['K80.100x001']); b.labs(d0, [K.cbc5, K.lft, K.coag, K.preop8]); b.add(K.usAbd, d0);
  const a = staySurgery('chole', m, A, addD(d0, ri(3, 6)));
  label('control', 'C24', '手术前复查近期外院检验', [b, a]);
}

// ================================================================== ROUTINE
function routine(i) {
  const r = regionOf(i); const k = i % 20; let c; const d = baseDate('2025-01-06', 12);
  const insured = (i % 23 === 5) ? REGION_CODES[(i + 1) % 4] : null;
  const m = member(r, { ageMin: k === 11 ? 60 : 20, ageMax: 85, insuredRegion: insured });
  switch (k) {
    case 0: { const H = inst(r, i % 40 === 0 ? 'C' : 'E'); c = opClaim(m, H, 'general_practice', d, ['J06.900']); if (H.key === 'E') { c.labs(d, [K.cbc5]); } oral(c, d, K.lianhua, 12, 3); break; }
    case 1: { m.enrollment.chronicDiseases = ['I10']; c = opClaim(m, inst(r, 'C'), 'general_practice', d, ['I10.x00'], { vt: 'chronic' }); oral(c, d, K.amlodipine, 1, 28); if (chance(0.4)) c.labs(d, [K.rft, K.lytes]); break; }
    case 2: { m.enrollment.chronicDiseases = ['E11']; const H = inst(r, pick(['A', 'B'])); c = opClaim(m, H, 'endocrinology', d, ['E11.900'], { vt: 'chronic' }); c.labs(d, [K.hba1c, K.fbg]); oral(c, d, K.metformin, 3, 28); break; }
    case 3: c = opClaim(m, inst(r, 'P'), 'pharmacy', d, ['I10.x00'], { noFee: true }); oral(c, d, pick([K.amlodipine, K.nifedipine]), 1, 28); break;
    case 4: c = opClaim(m, inst(r, 'D'), 'general_practice', d, ['R05.x00']); c.add(K.drChest, d); oral(c, d, K.ambroxolTab, 3, 5); break;
    case 5: c = stayCAP(m, inst(r, 'B'), 'respiratory', d, ri(6, 9)); break;
    case 6: c = stayGastro(m, inst(r, 'B'), 'internal_medicine', d, ri(3, 5)); break;
    case 7: c = stayLumbar(m, inst(r, pick(['E2', 'B'])), 'orthopedics', d, ri(7, 10)); break;
    case 8: c = staySurgery('hernia', m, inst(r, 'B'), d); break;
    case 9: c = staySurgery('chole', m, inst(r, 'A'), d); break;
    case 10: c = stayStroke(m, inst(r, 'A'), 'neurology', d, ri(8, 12), { route: 'emergency' }); break;
    case 11: c = stayHF(m, inst(r, 'A'), 'cardiology', d, ri(6, 9), { route: 'emergency' }); break;
    case 12: c = stayCOPD(m, inst(r, 'B'), 'respiratory', d, ri(6, 9)); break;
    case 13: { const H = inst(r, pick(['A', 'B'])); c = opClaim(m, H, 'emergency', d, ['S06.000'], { ed: true }); c.add(K.ctHead, d); break; }
    case 14: c = opClaim(m, inst(r, 'E'), pick(['general_practice', 'internal_medicine']), d, ['J20.900']); c.labs(d, [K.cbc5]); c.add(K.drChest, d); oral(c, d, K.cefuroximeTab, 2, 5); break;
    case 15: { const H = inst(r, pick(['A', 'B'])); c = opClaim(m, H, pick(['cardiology', 'respiratory']), d, ['R07.400']); c.add(K.ecg, d); c.labs(d, [K.cbc5, K.lipids]); break; }
    case 16: c = opClaim(m, inst(r, 'D2'), 'general_practice', d, pick([['J20.900'], ['R05.x00']])); c.labs(d, [K.cbc5]); c.add(K.drChest, d); oral(c, d, K.ambroxolTab, 3, 5); break;
    case 17: { const s = SENDOUT[i % SENDOUT.length]; c = opClaim(m, inst(r, 'F'), 'laboratory', d, s.dx[0] === 'N18.900' ? ['N18.400'] : s.dx, { noFee: true }); c.add(s.test, d); break; }
    case 18: c = opClaim(m, inst(r, 'G'), 'imaging', d, pick([['R51.x00'], ['R91.x04']]), { noFee: true }); c.add(c.dx[0] === 'R51.x00' ? K.ctHead : K.ctChest, d); break;
    default: { const H = inst(r, pick(['A', 'B', 'E2'])); c = opClaim(m, H, hospDept(H, 'orthopedics'), d, ['M54.502']); c.add(K.xrLumbar, d); oral(c, d, K.celecoxib, 2, 7); break; }
  }
  if (insured) c.insuredRegion = insured;
  label('routine', 'R', '常规就医', [c], { variant: 'routine' });
}

// ================================================================== build
const TYPO = [T01, T02, T03, T04, T05, T06, T07, T08, T09, T10, T11, T12, T13, T14, T15];
const CTRL = [C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21, C22, C23, C24];
for (const f of TYPO) for (let i = 0; i < 15; i++) f(i);
for (const f of CTRL) for (let i = 0; i < 15; i++) f(i);
for (let i = 0; i < 100; i++) routine(i);

// ---------------------------------------------------------------- checks: every line within its row's formal limits unless it is the labelled fraud
function inRange(c, date) { return c.vt === 'inpatient' ? (date >= c.A && date <= c.D) : date === c.date; }
const hasDx = (c, prefixes) => prefixes.some((p) => c.dx.some((d) => d.startsWith(p)));
function check(c) {
  const lvl = String(c.inst.level); const errs = [];
  const bad = (l, msg) => { if (!l._fraud) errs.push(`${c.claimId} line ${l.lineId} ${l.code} ${l.name}: ${msg}`); };
  const byDate = {};
  for (const l of c.items) {
    const r = CAT[l.code];
    if (r.setting === 'inpatient' && c.vt !== 'inpatient') bad(l, 'inpatient-only row outside a stay');
    if (r.setting === 'outpatient' && c.vt === 'inpatient') bad(l, 'outpatient-only row on a stay');
    if (r.minLevel && c.inst.level < r.minLevel) bad(l, `minLevel ${r.minLevel}`);
    if (r.gender && r.gender !== c.m.sex) bad(l, 'gender');
    const age = ageAt(c.m, l.date);
    if (r.ageMin != null && age < r.ageMin) bad(l, 'ageMin'); if (r.ageMax != null && age > r.ageMax) bad(l, 'ageMax');
    if (r.indications && !hasDx(c, r.indications)) bad(l, 'indication');
    if (r.priceCap && l.unitPrice > r.priceCap[lvl] + 1e-9) bad(l, `price ${l.unitPrice} > cap ${r.priceCap[lvl]}`);
    if (!inRange(c, l.date)) bad(l, 'date outside the visit or stay');
    if (c.vt === 'inpatient' && l.date === c.D && ['bed', 'nursing'].includes(r.subcategory) ) bad(l, 'bed or nursing on the discharge day');
    if (c.vt === 'inpatient' && l.date === c.D && l.code === K.ipConsult) bad(l, 'consultation on the discharge day');
    if (l._days && r.supplyPerDay && l.quantity > r.supplyPerDay * l._days + 1e-9) bad(l, 'supplyPerDay');
    if (l._days && r.maxDays && l._days > r.maxDays) bad(l, 'maxDays (prescription)');
    (byDate[l.date] = byDate[l.date] || []).push(l);
  }
  for (const [date, ls] of Object.entries(byDate)) {
    const per = {};
    for (const l of ls) (per[l.code] = per[l.code] || []).push(l);
    for (const [code, arr] of Object.entries(per)) {
      const r = CAT[code]; const q = arr.reduce((a, l) => a + l.quantity, 0);
      if (r.maxPerDay != null && q > r.maxPerDay && !arr.some((l) => l._fraud)) errs.push(`${c.claimId} ${date} ${code} ${r.name}: ${q} > maxPerDay ${r.maxPerDay}`);
      if (r.maxPerDay == null && r.dailyUnit && q > 1) errs.push(`${c.claimId} ${date} ${code}: dailyUnit`);
      for (const other of [].concat(r.includes || [], r.excludes || [])) {
        if (per[other] && !arr.some((l) => l._fraud) && !per[other].some((l) => l._fraud)) errs.push(`${c.claimId} ${date} ${code} ${r.name} with ${other} ${CAT[other].name}: includes/excludes`);
      }
      for (const inc of r.includesDuring || []) {
        if (inc.visitTypes && !inc.visitTypes.includes(c.vt)) continue;
        const hoursOf = (cc) => { const ls2 = per[cc] || []; const q2 = ls2.reduce((a, l) => a + l.quantity, 0); return CAT[cc].unit === '小时' ? q2 : (cc === K.nibp ? Math.ceil(q2 / 4) : (q2 ? 24 : 0)); };
        const own = CAT[code].unit === '小时' ? q : 24;
        for (const cc of inc.codes) { if (!per[cc]) continue; if (!inc.hours || own + hoursOf(cc) > 24 + (inc.overlapHours || 0)) errs.push(`${c.claimId} ${date} ${code} includesDuring ${cc}`); }
      }
    }
  }
  const maxDaysRows = {};
  for (const l of c.items) { const r = CAT[l.code]; if (r.maxDays && !l._days) (maxDaysRows[l.code] = maxDaysRows[l.code] || new Set()).add(l.date); }
  for (const [code, s] of Object.entries(maxDaysRows)) if (s.size > CAT[code].maxDays) errs.push(`${c.claimId} ${code}: ${s.size} days > maxDays ${CAT[code].maxDays}`);
  for (const p of c.procs) { if (!c.items.some((l) => l.date === p.date && CAT[l.code].category === 'service' && /^0033/.test(l.code))) errs.push(`${c.claimId}: procedure ${p.code} without its service on ${p.date}`); }
  if (errs.length) throw new Error('limit check failed:\n' + errs.join('\n'));
}
for (const c of ALL) check(c);
// every diagnosis and procedure code from the CHS-DRG 1.1 dictionaries
{
  const DRG = '/work/shared/chs-drg-1.1';
  const dxDict = JSON.parse(fs.readFileSync(path.join(DRG, 'diagnoses.json'), 'utf8'));
  const prDict = JSON.parse(fs.readFileSync(path.join(DRG, 'procedures.json'), 'utf8'));
  for (const c of ALL) { for (const d of c.dx) if (!dxDict[d]) throw new Error(`unknown diagnosis ${d}`); for (const p of c.procs) if (!prDict[p.code]) throw new Error(`unknown procedure ${p.code}`); }
}
// within-case consistency: nothing outside 2025
for (const c of ALL) { const s = c.vt === 'inpatient' ? c.A : c.date; if (s < '2025-01-01' || c.settle > '2025-12-31') throw new Error(`${c.claimId} outside 2025: ${s}..${c.settle}`); }

// ---------------------------------------------------------------- benefits: fundClaimed from policies.json, members' claims in settlement order
ALL.sort((a, b) => (a.settle < b.settle ? -1 : a.settle > b.settle ? 1 : a.claimId < b.claimId ? -1 : 1));
function deepMerge(a, b) { if (!b) return a; const o = Array.isArray(a) ? a.slice() : { ...a }; for (const [k, v] of Object.entries(b)) o[k] = v && typeof v === 'object' && !Array.isArray(v) && a && typeof a[k] === 'object' ? deepMerge(a[k], v) : v; return o; }
function policyFor(region) { const p = POL.provinces[region.slice(0, 2)]; if (!p) throw new Error(`no policy for ${region}`); return deepMerge(p, p.regions && p.regions[region]); }
const pools = {};
for (const c of ALL) {
  let total = 0, policy = 0;
  for (const l of c.items) { const sh = CAT[l.code].selfPayShare || 0; total += l._fen; policy += l._fen - Math.round(l._fen * sh); }
  const ir = c.m.insuredRegion || c.inst.region;
  const P = policyFor(ir); const sch = P.schemes[c.m.scheme];
  const key = `${c.m.patient.insuredId}`; const pool = pools[key] || (pools[key] = { adm: 0, ip: 0, opDed: 0, op: 0, chronic: {} });
  const lvl = String(c.inst.level); const retired = c.m.patient.retired; let fund = 0;
  if (c.vt === 'inpatient') {
    const s = sch.inpatient; let ded = s.deductible[lvl] * 100;
    if (pool.adm >= 1 && s.laterAdmissionDeductibleShare) ded = Math.round(ded * s.laterAdmissionDeductibleShare);
    pool.adm++;
    const ratio = Math.min(s.ratio[lvl] + (retired ? s.retireeRatioBonus || 0 : 0), s.maxRatio || 1);
    fund = Math.round(Math.max(0, policy - ded) * ratio); fund = Math.min(fund, s.annualFundCap * 100 - pool.ip); pool.ip += fund;
  } else if (c.vt === 'chronic') {
    const s = sch.chronic; const pd = c.dx[0]; let g = 'other', cap = s.annualFundCap;
    for (const [gn, gv] of Object.entries(s.diseaseCaps || {})) if (gv.codes.some((p) => pd.startsWith(p))) { g = gn; cap = gv.annualFundCap; }
    const ratio = s.ratio[lvl] + (retired ? s.retireeRatioBonus || 0 : 0);
    const used = pool.chronic[g] || 0; fund = Math.min(Math.round(Math.max(0, policy - s.deductible * 100) * ratio), cap * 100 - used); pool.chronic[g] = used + fund;
  } else {
    const s = c.vt === 'pharmacy' ? sch.pharmacy : sch.outpatient;
    const dedLeft = Math.max(0, s.deductible * 100 - pool.opDed); const over = Math.max(0, policy - dedLeft); pool.opDed += Math.min(policy, dedLeft);
    const ratio = s.ratio[lvl] + (retired ? s.retireeRatioBonus || 0 : 0);
    fund = Math.min(Math.round(over * ratio), Math.max(0, s.annualFundCap * 100 - pool.op)); pool.op += fund;
  }
  c._amounts = { total: total / 100, policy: policy / 100, fundClaimed: Math.max(0, fund) / 100 };
}

// ---------------------------------------------------------------- output
function toJSON(c) {
  const o = {
    claimId: c.claimId, region: c.inst.region, insuranceType: c.m.scheme, visitType: c.vt,
    patient: c.m.patient, enrollment: { ...c.m.enrollment },
    provider: { hospitalId: c.inst.id, level: c.inst.level, department: c.dept, doctorId: c.doctorId },
  };
  if (c.m.insuredRegion) o.insuredRegion = c.m.insuredRegion;
  if (c.vt === 'inpatient') {
    o.admissionDate = c.A; o.dischargeDate = c.D;
    o.admissionRoute = c.route; o.dischargeMode = c.dmode; if (c.transferFrom) o.transferFromHospitalId = c.transferFrom;
  } else o.visitDate = c.date;
  o.diagnoses = c.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  o.procedures = c.procs.map((p) => ({ code: p.code, date: p.date }));
  if (c.vt === 'inpatient') {
    const g = groupsById[c.claimId];
    o.reportedGroup = { drg: g && g.grouping ? g.grouping.drg : null, dip: g && g.computed && g.computed.dip ? g.computed.dip : null };
  }
  o.items = c.items.map((l) => { const x = { lineId: l.lineId, code: l.code, name: l.name, category: l.category, date: l.date, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount }; if (l.longPrescription) x.longPrescription = true; return x; });
  o.amounts = c._amounts;
  return o;
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), ALL.map((c) => JSON.stringify(toJSON(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const n = (k) => LABELS.filter((l) => l.kind === k).length;
console.error(`blind108: ${ALL.length} claims; cases fraud ${n('fraud')}, control ${n('control')}, routine ${n('routine')}${GROUPS ? ' (groups from ' + GROUPS + ')' : ' (pass 1: no reported groups)'}`);
