#!/usr/bin/env node
// blind105: teeth and mouth (口腔科、口腔医院与口腔诊所), written on the real catalogue rows.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Writes <outdir>/claims.ndjson (settlement order) and <outdir>/labels.json. No dependencies; fixed seed 1050105.
'use strict';
const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
if (!argv.length || argv[0].startsWith('--')) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const OUT = path.resolve(argv[0]);
let CATDIR = '/work/wt/base105/rules/catalogue';
let GROUPS = null;
for (let i = 1; i < argv.length; i++) {
  if (argv[i] === '--catalogue') CATDIR = path.resolve(argv[++i]);
  else if (argv[i] === '--groups') GROUPS = path.resolve(argv[++i]);
  else { console.error('unknown argument ' + argv[i]); process.exit(2); }
}
const POLICIES = path.join(CATDIR, '..', 'benefits', 'policies.json');
const DRGDIR = '/work/shared/chs-drg-1.1';

// ---------------------------------------------------------------- seeded randomness
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const R = mulberry32(1050105);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;

// ---------------------------------------------------------------- reference data
const CAT = {};
for (const f of fs.readdirSync(CATDIR).sort()) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  const d = JSON.parse(fs.readFileSync(path.join(CATDIR, f), 'utf8'));
  for (const r of (Array.isArray(d) ? d : d.rows)) CAT[r.code] = r;
}
const DX = JSON.parse(fs.readFileSync(path.join(DRGDIR, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRGDIR, 'procedures.json'), 'utf8'));
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));
let GROUPMAP = null;
if (GROUPS) {
  GROUPMAP = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const g = JSON.parse(line);
    GROUPMAP[g.claimId] = g.grouping ? g.grouping.drg : null;
  }
}

// ---------------------------------------------------------------- catalogue codes used
const S = {
  opd: '001102000010001', opdAssoc: '001102000020001', opdChief: '001102000030001', general: '001102000040001', emerg: '001102000050001',
  ipConsult: '001103000010001', bed: '001105000010001', nurse1: '001201000020001', nurse2: '001201000030001',
  iv1: '001204000010001', ivAdd: '001204000020001', ivPush: '001204000040001', cannula: '001204000070001', blood: '001204000080001',
  o2: '001208000010001', ecgMon: '001209000010001', spo2: '001210000010001',
  cbc: '002501010010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001', glu: '002502050010001',
  coag: '002502060010001', crp: '002502080010001', preop8: '002502120010001', abo: '002502130010001', culture: '002502140010001',
  ecg: '003107010010001', cxr: '002202010010001', drChest: '002202040010001',
  ga: '003301010010001', la: '003301010030001',
  ext: '003105110010001', imp: '003105110030001', rct: '003105120010001', scale: '003105130010001', ortho: '003105140010001', bleach: '003105140020001',
  cbct: '002301020010001', film: '002202050010001', fillS: '003105150010001', fillC: '003105150020001', seal: '003105160010001', fluor: '003105100020001',
  orif: '003303020010001', sutureOut: '003309040010001',
};
const D = {
  amox: 'XJ01CAA501A001', amoxclav: 'XJ01CRA502A001', cefurox: 'XJ01DCT505B002', ceftriax: 'XJ01DDT504B002', metroIV: 'XJ01XDJ501B002',
  ornid: 'XJ01XDA504A001', ibu: 'XM01AEB502A003', ibuSusp: 'XM01AEB502A004', lido: 'XN01BBL509B002', txa: 'XB02AAA519B002',
  f8: 'XB02BDR501B002', nacl: 'XB05BBL511B002', dexa: 'XH02ABD515B002', propofol: 'XN01AXB503B002', fent: 'XN02ABF506B002',
  vec: 'XM03ACW501B002', vitB: 'XA11EAF513A001', cefalexin: 'XJ01DBT501A001', para: 'XN02BED510A001',
  celecoxib: 'XM01AHS505A001', cefuroxOral: 'XJ01DCT502A001',
};
const C = {
  ivset: 'C14010150100001020350000001', cannula: 'C14010150200001215730000001', syr: 'C14010150300001156950000001',
  tape: 'C14010150500001483520000001', gauze: 'C14020150100001506610000001', suture: 'C11010150200001895120000001',
  hemo: 'C14100150100001761320000001', ett: 'C14050150300001941860000001', gown: 'C11010150600001900710000001',
  diath: 'C11010150700001990950000001', plate: 'C03010150400001786600000001', screw: 'C03010150500001199820000001',
  o2tube: 'C14050150100001832230000001', electrode: 'C14060150100001436170000001',
};
for (const t of [S, D, C]) for (const k in t) if (!CAT[t[k]]) throw new Error(`catalogue row ${t[k]} (${k}) not found in ${CATDIR}`);

// ---------------------------------------------------------------- dates
const dparse = (s) => { const [y, m, d] = s.split('-').map(Number); return Date.UTC(y, m - 1, d); };
const dfmt = (t) => new Date(t).toISOString().slice(0, 10);
const addDays = (s, n) => dfmt(dparse(s) + n * 86400000);
const daysBetween = (a, b) => Math.round((dparse(b) - dparse(a)) / 86400000);
const dateIn = (m1, m2) => { const a = dparse(`2025-${String(m1).padStart(2, '0')}-01`); const b = dparse(`2025-${String(m2).padStart(2, '0')}-28`); return dfmt(a + Math.floor(R() * ((b - a) / 86400000 + 1)) * 86400000); };
const weekday = (s) => new Date(dparse(s)).getUTCDay();
const workday = (s) => { let x = s; while (weekday(x) === 0 || x === '2025-01-01') x = addDays(x, 1); return x; }; // dental clinics open Saturdays, closed Sundays and New Year's Day here
function ageAt(birth, date) { const [by, bm, bd] = birth.split('-').map(Number); const [y, m, d] = date.split('-').map(Number); let a = y - by; if (m < bm || (m === bm && d < bd)) a--; return a; }

// ---------------------------------------------------------------- institutions, departments, doctors
// kinds: gen3 public level-3 general hospital (口腔科 + 口腔颌面外科病区); dent3 public 口腔专科医院 (level 3);
// gen2 public level-2 district hospital (口腔科, 病区); comm1 社区卫生服务中心 (level 1); clinic1 private dental clinic (level 1);
// pdh2 private dental hospital with beds (level 2); pharm designated pharmacy (level 1).
const DEPTS = {
  gen3: ['stomatology', 'oral_maxillofacial_surgery', 'emergency'],
  dent3: ['endodontics', 'periodontics', 'oral_surgery', 'pediatric_dentistry', 'orthodontics', 'oral_maxillofacial_surgery', 'emergency'],
  gen2: ['stomatology', 'emergency'],
  comm1: ['stomatology', 'general_practice'],
  clinic1: ['stomatology'],
  pdh2: ['stomatology', 'orthodontics'],
  pharm: ['pharmacy'],
};
const LEVEL = { gen3: 3, dent3: 3, gen2: 2, comm1: 1, clinic1: 1, pdh2: 2, pharm: 1 };
const REGIONS = {
  '510100': ['gen3', 'dent3', 'gen2', 'comm1', 'clinic1', 'clinic1', 'pdh2', 'pharm'],
  '370100': ['gen3', 'gen2', 'comm1', 'clinic1', 'clinic1', 'pdh2', 'pharm'],
  '220100': ['dent3', 'gen2', 'comm1', 'clinic1', 'pharm'],
  '230100': ['gen3', 'comm1', 'clinic1', 'gen2'],
};
const INST = []; const INSTBY = {};
for (const [region, kinds] of Object.entries(REGIONS)) {
  kinds.forEach((kind, i) => {
    const id = `H${region.slice(0, 4)}${String(i + 1).padStart(2, '0')}${kind === 'pharm' ? '9' : '1'}`;
    const inst = { id, region, kind, level: LEVEL[kind], depts: {} };
    DEPTS[kind].forEach((dep, j) => {
      const n = kind === 'clinic1' ? 3 : kind === 'pharm' ? 2 : 4;
      const titles = kind === 'clinic1' || kind === 'comm1' || kind === 'pharm' ? ['attending', 'attending', 'attending', 'attending'] : ['chief', 'associate', 'attending', 'attending'];
      inst.depts[dep] = Array.from({ length: n }, (_, k) => ({ id: `${kind === 'pharm' ? 'YS' : 'D'}${id.slice(1)}${j}${k + 1}`, title: titles[k] }));
    });
    INST.push(inst); INSTBY[id] = inst;
  });
}
const instsOf = (region, kinds) => INST.filter((x) => x.region === region && kinds.includes(x.kind));
function pickInst(region, kinds, not) { const l = instsOf(region, kinds).filter((x) => !not || x.id !== not.id); if (!l.length) throw new Error(`no ${kinds} in ${region}`); return pick(l); }
function regionWith(kinds) { const l = Object.keys(REGIONS).filter((r) => kinds.every((k) => (Array.isArray(k) ? k.some((kk) => REGIONS[r].includes(kk)) : REGIONS[r].includes(k)))); return pick(l); }
// the department a dental service is given in, by institution kind
function deptFor(inst, what) {
  if (inst.kind === 'dent3') return { endo: 'endodontics', perio: 'periodontics', surg: 'oral_surgery', paed: 'pediatric_dentistry', ortho: 'orthodontics', ward: 'oral_maxillofacial_surgery', emerg: 'emergency', gen: 'endodontics' }[what];
  if (inst.kind === 'gen3') return { ward: 'oral_maxillofacial_surgery', emerg: 'emergency' }[what] || 'stomatology';
  if (inst.kind === 'gen2') return what === 'emerg' ? 'emergency' : 'stomatology';
  if (inst.kind === 'pdh2') return what === 'ortho' ? 'orthodontics' : 'stomatology';
  if (inst.kind === 'pharm') return 'pharmacy';
  return 'stomatology';
}
const docOf = (inst, dept) => pick(inst.depts[dept]);

// ---------------------------------------------------------------- members
let memberSeq = 0;
function member(region, o) {
  const ref = o.ref || '2025-06-30';
  const age = ri(o.age[0], o.age[1]);
  const gender = o.gender || (chance(0.5) ? 'F' : 'M');
  const by = Number(ref.slice(0, 4)) - age - 1;
  const birth = dfmt(dparse(`${by}-${ref.slice(5)}`) + ri(1, 360) * 86400000);
  const a = ageAt(birth, ref);
  let scheme = o.scheme || (a < 18 ? 'resident' : chance(0.6) ? 'employee' : 'resident');
  if (a < 16) scheme = 'resident';
  const retired = scheme === 'employee' && a >= (gender === 'M' ? 60 : 55);
  let contributionYears; let continuous;
  if (scheme === 'employee') { contributionYears = Math.max(2, Math.min(a - 20, retired ? ri(gender === 'M' ? 30 : 25, 40) : ri(3, 35))); continuous = Math.min(contributionYears, ri(2, 15)); if (retired) contributionYears = Math.max(contributionYears, gender === 'M' ? 30 : 25); }
  else { continuous = Math.max(1, Math.min(a, ri(3, 12))); contributionYears = continuous; }
  memberSeq++;
  return {
    region, scheme, birth, gender, retired,
    insuredId: `P105${String(memberSeq).padStart(6, '0')}`,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: continuous, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: chance(0.2), contributionYears, special: null },
  };
}

// ---------------------------------------------------------------- claims
const ALL = [];
class Claim {
  constructor(o) {
    Object.assign(this, o);
    this.items = []; this.mut = [];
    for (const d of this.dx) if (!DX[d]) throw new Error(`diagnosis ${d} not in the 医保版 ICD-10 dictionary`);
    for (const p of this.px || []) if (!PX[p.code]) throw new Error(`procedure ${p.code} not in the ICD-9-CM-3 dictionary`);
    ALL.push(this);
  }
  get level() { return this.inst.level; }
  add(code, qty, date, opts = {}) {
    const row = CAT[code];
    if (!row) throw new Error(`no catalogue row ${code}`);
    if (!Number.isInteger(qty) || qty <= 0) throw new Error(`bad quantity ${qty} for ${row.name}`);
    const d = date || this.date;
    const price = opts.price !== undefined ? opts.price : row.priceCap[String(this.level)];
    const lineId = String(this.items.length + 1);
    const itemCode = row.category === 'drug' && row.products && row.products.length ? row.products[0] : row.code;
    this.items.push({ lineId, code: itemCode, name: row.name, category: row.category, date: d, quantity: qty, unitPrice: price, _row: row });
    if (opts.mut) this.mut.push(lineId);
    return lineId;
  }
  get settle() { return this.visitType === 'inpatient' ? this.dis : this.date; }
}
function visit(cs, inst, what, m, date, dx, o = {}) {
  const dept = o.dept || deptFor(inst, what);
  const c = new Claim({ cs, inst, dept, doctor: o.doctor || docOf(inst, dept), m, date, dx, visitType: inst.kind === 'pharm' ? 'pharmacy' : 'outpatient', target: !!o.target });
  cs.claims.push(c);
  if (o.consult !== false && inst.kind !== 'pharm') consult(c, o.emergency);
  return c;
}
function stay(cs, inst, m, adm, dis, dx, px, o = {}) {
  const dept = o.dept || deptFor(inst, 'ward');
  const c = new Claim({ cs, inst, dept, doctor: o.doctor || docOf(inst, dept), m, date: adm, adm, dis, dx, px, visitType: 'inpatient', route: o.route || 'outpatient', mode: o.mode || 'ordered', target: !!o.target });
  cs.claims.push(c);
  return c;
}
// ---- billing habits of the institutions (the same for routine, control and fraud claims)
function consult(c, emergency) {
  let code;
  if (emergency) code = S.emerg;
  else if (c.inst.kind === 'comm1') code = S.general;
  else if (c.inst.kind === 'clinic1') code = S.opd;
  else code = c.doctor.title === 'chief' ? S.opdChief : c.doctor.title === 'associate' ? S.opdAssoc : S.opd;
  return c.add(code, 1, c.date);
}
// local infiltration anaesthesia: the 局部浸润麻醉 service, lidocaine ampoules and their syringes
function anaes(c, amps = 1, date, mut = false) {
  const d = date || c.date;
  return [c.add(S.la, 1, d, { mut }), c.add(D.lido, amps, d, { mut }), c.add(C.syr, amps, d, { mut })];
}
function films(c, n, date, mut = false) { return c.add(S.film, n, date || c.date, { mut }); }
// inpatient ward days: bed, 住院诊查费 and graded nursing for each night (admission day up to the day before discharge)
function wardDays(c, nurse1Nights = 0) {
  const n = daysBetween(c.adm, c.dis);
  for (let i = 0; i < n; i++) {
    const d = addDays(c.adm, i);
    c.add(S.bed, 1, d); c.add(S.ipConsult, 1, d); c.add(i < nurse1Nights ? S.nurse1 : S.nurse2, 1, d);
  }
}
function admLabs(c, d, o = {}) {
  c.add(S.blood, 1, d); c.add(S.cbc, 1, d); c.add(S.lft, 1, d); c.add(S.rft, 1, d); c.add(S.coag, 1, d);
  if (o.lytes) c.add(S.lytes, 1, d);
  if (o.crp) c.add(S.crp, 1, d);
  if (o.glu) c.add(S.glu, 1, d);
  if (o.preop) { c.add(S.preop8, 1, d); c.add(S.ecg, 1, d); c.add(c.inst.kind === 'pdh2' ? S.drChest : S.cxr, 1, d); }
  if (o.abo) c.add(S.abo, 1, d);
}
// one day of intravenous drip: groups = bags; drugs = [[code, qty], ...]
function ivDay(c, d, groups, drugs, o = {}) {
  const mut = !!o.mut; const ids = [];
  ids.push(c.add(S.iv1, 1, d, { mut }));
  if (groups > 1) ids.push(c.add(S.ivAdd, groups - 1, d, { mut }));
  for (const [code, q] of drugs) ids.push(c.add(code, q, d, { mut }));
  ids.push(c.add(C.ivset, 1, d, { mut }));
  if (o.cannula) { ids.push(c.add(S.cannula, 1, d, { mut })); ids.push(c.add(C.cannula, 1, d, { mut })); }
  else if (o.syr) ids.push(c.add(C.syr, o.syr, d, { mut }));
  if (c.visitType === 'inpatient') ids.push(c.add(C.tape, 2, d, { mut }));
  return ids;
}

// ---------------------------------------------------------------- cases
const CASES = [];
function newCase(kind, code, name, variant) { const cs = { kind, code, name, variant, claims: [] }; CASES.push(cs); return cs; }
const variantOf = (i) => (i % 3 === 2 ? 'careful' : 'overt'); // 5 of 15 careful
const DENTAL_OPD = ['gen3', 'dent3', 'gen2', 'comm1', 'clinic1', 'pdh2'];
const PRIVATE = ['clinic1', 'pdh2'];
const PUBLIC = ['gen3', 'dent3', 'gen2'];

// =============================================================== fraud typologies
const TNAME = {
  T01: '美白贴面等美容项目串换为充填术',
  T02: '种植牙及种植冠串换为阻生牙拔除、充填和CBCT',
  T03: '正畸复诊串换为充填、拍片等医保项目',
  T04: '根管治疗分次就诊重复按根管收费',
  T05: '根管治疗收费根管数多于患牙根管数',
  T06: '已拔除患牙仍收取根管治疗、充填费用',
  T07: '每次就诊均收局部麻醉和影像检查',
  T08: '龈上洁治按月反复收费',
  T09: '学校口腔筛查按门诊治疗结算',
  T10: '个人账户在诊所购买生活用品串换为药品',
  T11: '同一患牙在两家机构重复根管治疗收费',
  T12: '成人使用儿童医保卡就诊（冒名）',
  T13: '门诊可完成的拔牙收治住院（低标准入院）',
  T14: '单纯拔牙后门诊静脉输注抗菌药物',
  T15: '以免费义齿招揽老年人虚记医保项目',
};

function T01(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T01', TNAME.T01, v);
  const region = regionWith([PRIVATE]); const inst = pickInst(region, PRIVATE);
  const m = member(region, { age: [19, 38], gender: chance(0.75) ? 'F' : 'M' });
  const d = workday(dateIn(1, 11));
  if (v === 'overt') {
    const c = visit(cs, inst, 'gen', m, d, [pick(['K00.800x002', 'K00.301', 'K03.700', 'K00.801']), 'K02.000'], { target: true });
    c.add(S.fillC, ri(6, 10), d, { mut: true });
  } else {
    const d2 = workday(addDays(d, ri(6, 10)));
    const c1 = visit(cs, inst, 'gen', m, d, ['K02.100'], { target: true });
    c1.add(S.fillC, ri(3, 5), d, { mut: true }); c1.add(S.fillS, 1, d, { mut: true });
    const c2 = visit(cs, inst, 'gen', m, d2, ['K02.100'], { target: true, doctor: c1.doctor });
    c2.add(S.fillC, ri(3, 4), d2, { mut: true });
  }
}

function T02(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T02', TNAME.T02, v);
  const region = regionWith([PRIVATE]); const inst = pickInst(region, PRIVATE);
  const m = member(region, { age: [45, 68] });
  const d1 = workday(dateIn(1, 7)); const n = chance(0.6) ? 1 : 2;
  if (v === 'careful') { // the tooth was extracted months before at a public hospital (a real, ordinary claim)
    const pub = pickInst(region, ['gen3', 'dent3', 'gen2', 'comm1']); const d0 = workday(addDays(d1, -ri(70, 120)));
    if (d0 >= '2025-01-02') {
      const c0 = visit(cs, pub, 'surg', m, d0, [pick(['K08.300', 'K04.500', 'K03.801'])]);
      films(c0, 1); anaes(c0, 1); c0.add(S.ext, n, d0); c0.add(D.ibu, 6, d0);
    }
  }
  const dx1 = v === 'overt' ? ['K08.104'] : ['K01.100'];
  const c1 = visit(cs, inst, 'surg', m, d1, dx1, { target: true });
  c1.add(S.cbct, 1, d1, { mut: true });
  const d2 = workday(addDays(d1, ri(5, 14)));
  const c2 = visit(cs, inst, 'surg', m, d2, dx1, { target: true, doctor: c1.doctor });
  anaes(c2, 2, d2, true); c2.add(S.imp, n, d2, { mut: true }); c2.add(C.suture, 1, d2, { mut: true }); c2.add(D.amox, 18, d2, { mut: true }); c2.add(D.ibu, 6, d2, { mut: true });
  const d3 = workday(addDays(d2, ri(90, 130)));
  const c3 = visit(cs, inst, 'gen', m, d3, v === 'overt' ? ['K08.104'] : ['K02.100'], { target: true, doctor: c1.doctor });
  films(c3, 1, d3, true); c3.add(S.fillC, n, d3, { mut: true });
}

function T03(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T03', TNAME.T03, v);
  const region = regionWith([PRIVATE]); const inst = pickInst(region, PRIVATE);
  const m = member(region, { age: [11, 16] });
  let d = workday(dateIn(1, 5)); const doctor = docOf(inst, deptFor(inst, 'ortho'));
  const malo = pick(['K07.200x012', 'K07.304', 'K07.200x013', 'K07.302']);
  for (let k = 0; k < 6; k++) {
    const dx = v === 'overt' ? [malo] : ['K02.000', malo];
    const c = visit(cs, inst, 'ortho', m, d, dx, { target: true, doctor });
    if (k === 0) { if (v === 'overt') c.add(S.cbct, 1, d, { mut: true }); else films(c, 2, d, true); }
    if (v === 'overt') c.add(S.fillS, 2, d, { mut: true });
    else { if (k % 2 === 1) films(c, 1, d, true); c.add(S.fillS, 1, d, { mut: true }); }
    d = workday(addDays(d, ri(26, 35)));
  }
}

function rctCourse(cs, inst, m, d, dx, canals, o = {}) { // an ordinary three-visit root canal course; returns the claims
  const what = o.what || 'endo';
  const c1 = visit(cs, inst, what, m, d, dx, { target: o.target, doctor: o.doctor });
  films(c1, 1); if (o.cbct) c1.add(S.cbct, 1, d); anaes(c1, 1); c1.add(S.rct, canals, d);
  const d2 = workday(addDays(d, ri(6, 10)));
  const c2 = visit(cs, inst, what, m, d2, dx, { target: o.target, doctor: c1.doctor }); films(c2, 1);
  const d3 = workday(addDays(d2, ri(6, 12)));
  const c3 = visit(cs, inst, what, m, d3, dx, { target: o.target, doctor: c1.doctor }); films(c3, 1); c3.add(S.fillC, 1, d3);
  return [c1, c2, c3];
}

function T04(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T04', TNAME.T04, v);
  const region = regionWith([['clinic1', 'pdh2', 'gen2']]); const inst = pickInst(region, ['clinic1', 'pdh2', 'gen2']);
  const m = member(region, { age: [25, 65] });
  const dx = [pick(['K04.001', 'K04.002', 'K04.500', 'K04.401', 'K04.007'])];
  const d1 = workday(dateIn(1, 11));
  const c1 = visit(cs, inst, 'endo', m, d1, dx); films(c1, 1); anaes(c1, 1); c1.add(S.rct, 3, d1);
  const d2 = workday(addDays(d1, ri(5, 9)));
  const c2 = visit(cs, inst, 'endo', m, d2, dx, { doctor: c1.doctor }); films(c2, 1);
  const d3 = workday(addDays(d2, ri(6, 10)));
  const c3 = visit(cs, inst, 'endo', m, d3, dx, { doctor: c1.doctor, target: true }); films(c3, 1);
  if (v === 'overt') { c2.target = true; c2.add(S.rct, 3, d2, { mut: true }); c3.add(S.rct, 3, d3, { mut: true }); }
  else c3.add(S.rct, 3, d3, { mut: true });
  c3.add(S.fillC, 1, d3);
}

function T05(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T05', TNAME.T05, v);
  const region = regionWith([['clinic1', 'gen2', 'comm1', 'pdh2']]); const inst = pickInst(region, ['clinic1', 'gen2', 'comm1', 'pdh2']);
  const m = member(region, { age: [16, 50] });
  const d1 = workday(dateIn(1, 11));
  const dx = ['S02.500'];
  if (v === 'overt') { // one traumatised tooth (one film), three or four canals billed at once
    const c1 = visit(cs, inst, 'endo', m, d1, dx, { target: true });
    films(c1, 1); anaes(c1, 1); c1.add(S.rct, ri(3, 4), d1, { mut: true });
    const d2 = workday(addDays(d1, ri(7, 14)));
    const c2 = visit(cs, inst, 'endo', m, d2, dx, { doctor: c1.doctor }); films(c2, 1); c2.add(S.fillC, 1, d2);
  } else { // one canal at the first visit, two more 'canals' of the same tooth at the second
    const c1 = visit(cs, inst, 'endo', m, d1, dx);
    films(c1, 1); anaes(c1, 1); c1.add(S.rct, 1, d1);
    const d2 = workday(addDays(d1, ri(7, 10)));
    const c2 = visit(cs, inst, 'endo', m, d2, dx, { doctor: c1.doctor, target: true }); films(c2, 1); c2.add(S.rct, 2, d2, { mut: true });
    const d3 = workday(addDays(d2, ri(6, 10)));
    const c3 = visit(cs, inst, 'endo', m, d3, dx, { doctor: c1.doctor }); films(c3, 1); c3.add(S.fillC, 1, d3);
  }
}

function T06(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T06', TNAME.T06, v);
  const region = regionWith([['clinic1', 'pdh2'], ['gen2', 'gen3', 'dent3']]);
  const clinic = pickInst(region, ['clinic1', 'pdh2']);
  const m = member(region, { age: [30, 70] });
  const d1 = workday(dateIn(1, 11));
  if (v === 'overt') { // the tooth is extracted and the same visit bills its root canal and filling
    const c = visit(cs, clinic, 'surg', m, d1, [pick(['K04.500', 'K04.700', 'K03.801'])], { target: true });
    films(c, 1); anaes(c, 1); c.add(S.ext, 1, d1); c.add(S.rct, 3, d1, { mut: true }); c.add(S.fillC, 1, d1, { mut: true }); c.add(D.ibu, 6, d1);
  } else { // root canal started, the tooth split and was extracted at a hospital, the clinic then bills the final visit
    const dx = ['K04.500'];
    const c1 = visit(cs, clinic, 'endo', m, d1, dx); films(c1, 1); anaes(c1, 1); c1.add(S.rct, 3, d1);
    const hosp = pickInst(region, ['gen2', 'gen3', 'dent3']);
    const d2 = workday(addDays(d1, ri(4, 8)));
    const c2 = visit(cs, hosp, 'surg', m, d2, ['K03.801', 'K04.500']); films(c2, 1); anaes(c2, 1); c2.add(S.ext, 1, d2); c2.add(D.ibu, 6, d2);
    const d3 = workday(addDays(d2, ri(6, 12)));
    const c3 = visit(cs, clinic, 'endo', m, d3, dx, { target: true, doctor: c1.doctor }); films(c3, 1, d3); c3.add(S.fillC, 1, d3); // a phantom visit: the claim itself
  }
}

function T07(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T07', TNAME.T07, v);
  const region = regionWith([['clinic1', 'pdh2', 'gen2']]); const inst = pickInst(region, ['clinic1', 'pdh2', 'gen2']);
  const m = member(region, { age: [20, 60] });
  let d = workday(dateIn(1, 10)); const doctor = docOf(inst, deptFor(inst, 'gen'));
  const plan = ['scale', 'fill2', 'fill1', 'check'];
  if (chance(0.5)) plan.splice(3, 0, 'fill1');
  for (const p of plan) {
    const dx = p === 'scale' ? ['K05.100x011'] : p === 'check' ? ['K02.000'] : ['K02.000'];
    const c = visit(cs, inst, 'gen', m, d, dx, { target: true, doctor });
    if (v === 'overt') { c.add(S.cbct, 1, d, { mut: true }); anaes(c, 1, d, true); }
    else { films(c, ri(1, 2), d, true); if (p !== 'check') anaes(c, 1, d, true); }
    if (p === 'scale') c.add(S.scale, 1, d);
    if (p === 'fill2') c.add(S.fillS, 2, d);
    if (p === 'fill1') c.add(S.fillS, 1, d);
    d = workday(addDays(d, ri(7, 14)));
  }
}

function T08(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T08', TNAME.T08, v);
  const region = regionWith([['clinic1', 'pdh2']]);
  const a = pickInst(region, ['clinic1', 'pdh2']);
  const b = v === 'careful' ? pickInst(region, ['clinic1', 'pdh2', 'comm1', 'gen2'], a) : a;
  const m = member(region, { age: [28, 60] });
  let d = workday(dateIn(1, 2));
  const n = v === 'overt' ? ri(7, 9) : 5;
  for (let k = 0; k < n; k++) {
    const inst = k % 2 === 1 ? b : a;
    const c = visit(cs, inst, 'perio', m, d, v === 'overt' ? ['K05.100x011'] : ['K05.300'], { target: k > 0 });
    if (k === 0) films(c, 2);
    c.add(S.scale, 1, d, { mut: k > 0 });
    d = workday(addDays(d, v === 'overt' ? ri(28, 35) : ri(40, 55)));
  }
}

const SCREEN = []; // screening days: [{inst, date, doctor, careful}]
function T09(i) {
  const v = i < 10 ? 'overt' : 'careful';
  const cs = newCase('fraud', 'T09', TNAME.T09, v);
  const batch = Math.floor(i / 5);
  if (!SCREEN[batch]) {
    const region = regionWith([['comm1', 'clinic1']]); const inst = pickInst(region, ['comm1', 'clinic1']);
    let date = dateIn(3, 11); while (weekday(date) === 0 || weekday(date) === 6) date = addDays(date, 1);
    SCREEN[batch] = { region, inst, date, doctor: docOf(inst, deptFor(inst, 'paed')) };
  }
  const s = SCREEN[batch];
  const m = member(s.region, { age: [6, 11], scheme: 'resident' });
  const dx = v === 'overt' ? [pick(['Z01.200', 'Z13.800x032'])] : ['K02.000'];
  const c = visit(cs, s.inst, 'paed', m, s.date, dx, { target: true, doctor: s.doctor });
  c.add(S.fillS, ri(1, 3), s.date);
  if (v === 'overt' && chance(0.5)) c.add(S.fluor, 1, s.date);
}

function T10(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T10', TNAME.T10, v);
  const region = regionWith([['clinic1'], ['pharm']]);
  const usePharm = v === 'overt' && i % 2 === 0;
  const inst = usePharm ? pickInst(region, ['pharm']) : pickInst(region, ['clinic1']);
  const m = member(region, { age: [30, 64], scheme: 'employee' });
  let d = workday(dateIn(1, 4)); const doctor = docOf(inst, deptFor(inst, 'gen'));
  const n = v === 'overt' ? 5 : 4;
  for (let k = 0; k < n; k++) {
    const c = visit(cs, inst, 'gen', m, d, [v === 'overt' ? 'K05.100' : pick(['K08.801', 'K05.100', 'K05.101'])], { target: true, doctor });
    // the member leaves with toothpaste, an electric toothbrush or mouthwash; the till bills drugs of about that price
    // (the claim itself is the fraud: mutatedLines {})
    if (v === 'overt') { c.add(D.amoxclav, 42, d); c.add(D.ornid, 48, d); c.add(D.celecoxib, 30, d); c.add(D.vitB, 100, d); }
    else { const two = [[D.amoxclav, 21], [D.cefuroxOral, 24], [D.celecoxib, 20], [D.ornid, 24], [D.ibu, 20], [D.vitB, 60]]; const a = pick(two); let b = pick(two); while (b === a) b = pick(two); c.add(a[0], a[1] + 6 * ri(0, 2), d); c.add(b[0], b[1], d); }
    if (v === 'careful' && k === 1) { // a real scaling visit at the same clinic in between
      const ds = workday(addDays(d, ri(10, 20)));
      const s = visit(cs, inst, 'perio', m, ds, ['K05.100x011'], { doctor }); s.add(S.scale, 1, ds);
    }
    d = workday(addDays(d, v === 'overt' ? ri(28, 33) : ri(35, 60)));
  }
}

function T11(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T11', TNAME.T11, v);
  const region = regionWith([['clinic1']]);
  const b = pickInst(region, ['clinic1', 'pdh2']);
  const a = pickInst(region, ['gen3', 'dent3', 'gen2', 'clinic1', 'pdh2'], b);
  const m = member(region, { age: [22, 65] });
  const d1 = workday(dateIn(1, 9));
  const A = rctCourse(cs, a, m, d1, ['K04.500'], 3);
  let e1; let dxB;
  if (v === 'overt') { e1 = workday(addDays(d1, ri(2, 5))); dxB = ['K04.500']; }
  else { e1 = workday(addDays(A[2].date, ri(10, 20))); dxB = ['K04.001']; }
  const b1 = visit(cs, b, 'endo', m, e1, dxB, { target: true }); films(b1, 1); b1.add(S.rct, v === 'overt' ? 3 : 2, e1); // phantom duplicate course: the claims themselves
  const e2 = workday(addDays(e1, ri(7, 12)));
  const b2 = visit(cs, b, 'endo', m, e2, dxB, { target: true, doctor: b1.doctor }); b2.add(S.fillC, 1, e2);
}

function T12(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T12', TNAME.T12, v);
  const region = regionWith([PRIVATE]); const inst = pickInst(region, ['clinic1', 'pdh2', 'gen2']);
  const d1 = workday(dateIn(1, 11));
  if (v === 'overt') {
    const m = member(region, { age: [6, 10], scheme: 'resident', ref: d1 });
    if (i % 2 === 0) {
      const c = visit(cs, inst, 'surg', m, d1, ['K01.100'], { target: true });
      c.add(S.cbct, 1, d1); anaes(c, 2); c.add(S.imp, 1, d1); c.add(C.suture, 1, d1); c.add(D.amox, 18, d1); c.add(D.ibu, 6, d1);
    } else {
      const c = visit(cs, inst, 'perio', m, d1, ['K05.300', 'K08.300'], { target: true });
      films(c, 2); c.add(S.scale, 1, d1); anaes(c, 1); c.add(S.ext, 2, d1); c.add(D.ibu, 6, d1);
    }
  } else {
    const m = member(region, { age: [8, 9], scheme: 'resident', ref: d1 });
    const c1 = visit(cs, inst, 'endo', m, d1, ['K04.500'], { target: true }); films(c1, 1); anaes(c1, 1); c1.add(S.rct, 3, d1);
    const d2 = workday(addDays(d1, ri(7, 14)));
    const c2 = visit(cs, inst, 'endo', m, d2, ['K04.500'], { target: true, doctor: c1.doctor }); films(c2, 1); c2.add(S.fillC, 1, d2);
  }
}

function T13(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T13', TNAME.T13, v);
  const region = regionWith([['pdh2', 'gen2']]); const inst = pickInst(region, ['pdh2', 'gen2']);
  const m = member(region, { age: [20, 72] });
  const adm = dateIn(1, 11); const nights = v === 'overt' ? ri(3, 5) : 2; const dis = addDays(adm, nights);
  const dx = v === 'overt' ? [pick(['K08.300', 'K04.500', 'K03.801'])] : ['K01.100', 'K05.204'];
  const opDay = v === 'overt' ? addDays(adm, ri(0, 1)) : adm;
  const c = stay(cs, inst, m, adm, dis, dx, [{ code: v === 'overt' ? '23.0900' : '23.1902', date: opDay }], { target: true });
  wardDays(c, 0);
  admLabs(c, adm, { preop: true });
  films(c, 1, adm); anaes(c, v === 'overt' ? 1 : 2, opDay);
  if (v === 'overt') c.add(S.ext, 1, opDay); else { c.add(S.imp, 1, opDay); c.add(C.suture, 1, opDay); }
  for (let k = 0; k < nights; k++) {
    const d = addDays(adm, k);
    const drugs = [[D.cefurox, 2], [D.nacl, 1]]; let g = 1;
    if (v === 'overt' && k < 2) { drugs.push([D.metroIV, 1]); g++; }
    if (v === 'careful') drugs.push([D.dexa, 1]);
    ivDay(c, d, g, drugs, { cannula: k === 0 });
  }
  c.add(D.ibu, 6, addDays(dis, -1));
}

function T14(i) {
  const v = variantOf(i); const cs = newCase('fraud', 'T14', TNAME.T14, v);
  const region = regionWith([['clinic1', 'comm1']]); const inst = pickInst(region, ['clinic1', 'comm1', 'gen2']);
  const m = member(region, { age: [18, 75] });
  const d1 = dateIn(1, 11);
  const dx1 = [pick(['K08.300', 'K04.500', 'K02.500'])];
  const c1 = visit(cs, inst, 'surg', m, d1, dx1, { target: true }); films(c1, 1); anaes(c1, 1); c1.add(S.ext, 1, d1); c1.add(C.gauze, 1, d1);
  ivDay(c1, d1, 2, [[D.cefurox, 2], [D.nacl, 1], [D.metroIV, 1]], { syr: 2, mut: true });
  for (let k = 1; k <= 2; k++) {
    const d = addDays(d1, k);
    const c = visit(cs, inst, 'surg', m, d, v === 'overt' ? dx1 : ['K10.302'], { target: true, doctor: c1.doctor, consult: v === 'careful' && k === 1 });
    ivDay(c, d, 2, [[D.cefurox, 2], [D.nacl, 1], [D.metroIV, 1]], { syr: 2, mut: true });
  }
}

const DENTURE = [];
function T15(i) {
  const v = i < 10 ? 'overt' : 'careful';
  const cs = newCase('fraud', 'T15', TNAME.T15, v);
  const batch = Math.floor(i / 5);
  if (!DENTURE[batch]) { const region = regionWith([PRIVATE]); DENTURE[batch] = { region, inst: pickInst(region, PRIVATE), date: workday(dateIn(2, 10)) }; }
  const b = DENTURE[batch];
  const m = member(b.region, { age: [65, 82], scheme: chance(0.6) ? 'resident' : 'employee' });
  const dx = ['K08.104', 'K05.300', 'K08.300'];
  if (v === 'overt') {
    if (!b.doctor) b.doctor = docOf(b.inst, deptFor(b.inst, 'gen'));
    const c1 = visit(cs, b.inst, 'gen', m, b.date, dx, { target: true, doctor: b.doctor });
    c1.add(S.cbct, 1, b.date, { mut: true }); films(c1, 4, b.date, true); c1.add(S.scale, 1, b.date, { mut: true }); anaes(c1, 1); c1.add(S.ext, 2, b.date); c1.add(S.fillC, 2, b.date, { mut: true });
    const d2 = workday(addDays(b.date, 7));
    const c2 = visit(cs, b.inst, 'gen', m, d2, ['K04.500', 'K08.104'], { target: true, doctor: b.doctor });
    films(c2, 2, d2, true); c2.add(S.rct, 3, d2, { mut: true }); c2.add(S.fillC, 2, d2, { mut: true });
  } else {
    const doctor = docOf(b.inst, deptFor(b.inst, 'gen'));
    const c1 = visit(cs, b.inst, 'gen', m, b.date, dx, { target: true, doctor });
    films(c1, ri(1, 2), b.date, true); c1.add(S.scale, 1, b.date, { mut: true }); anaes(c1, 1); c1.add(S.ext, ri(1, 2), b.date);
    const d2 = workday(addDays(b.date, ri(10, 20)));
    const c2 = visit(cs, b.inst, 'gen', m, d2, ['K02.100', 'K08.104'], { target: true, doctor });
    films(c2, 1, d2, true); c2.add(S.fillC, ri(1, 2), d2, { mut: true });
  }
}

// =============================================================== controls
const CNAME = {
  C01: '磨牙四根管（MB2）分次就诊根管治疗',
  C02: '多颗前牙外伤的急诊与随访治疗',
  C03: '重度牙周炎分区段基础治疗后三月维护洁治',
  C04: '颌面部间隙感染住院静脉抗菌药物治疗',
  C05: '口服华法林房颤患者拔牙（不停药局部止血）',
  C06: '甲型血友病患者拔牙住院（凝血因子替代）',
  C07: '儿童多发龋分次就诊治疗',
  C08: '全麻日间手术拔除多颗阻生智齿',
  C09: '放疗后或口干症猖獗龋多牙充填',
  C10: '四环素牙自费漂白并医保充填真龋',
  C11: '正畸自费复诊期间的医保龋病牙龈治疗',
  C12: '老年人残根分次拔除后自费义齿修复',
  C13: '他院根管治疗失败数月后根管再治疗',
  C14: '社区急诊止痛后转诊专科完成根管治疗',
  C15: '11至13岁儿童第一恒磨牙根管治疗',
  C16: '青少年侵袭性牙周炎洁治与抗菌药物',
  C17: '急性冠周炎控制后择期拔除阻生智齿',
  C18: '拔牙后干槽症复诊（口服止痛）',
  C19: '下颌骨骨折住院切开复位内固定',
  C20: '学校筛查转诊后的儿童龋齿充填',
  C21: '阻生智齿邻近下牙槽神经管术前CBCT',
  C22: '头颈部放疗前口腔病灶牙集中处理',
  C23: '牙源性面部蜂窝织炎门诊静脉抗菌药物',
  C24: '根管治疗中牙根纵裂拔除后另牙充填',
};
function ctl(code) { return newCase('control', code, CNAME[code], 'legitimate'); }

function C01() {
  const cs = ctl('C01'); const region = regionWith([['gen3', 'dent3']]); const inst = pickInst(region, ['gen3', 'dent3']);
  const m = member(region, { age: [25, 62] });
  rctCourse(cs, inst, m, workday(dateIn(1, 11)), [pick(['K04.001', 'K04.500', 'K04.401', 'K04.007'])], 4, { cbct: chance(0.35) });
}
function C02() {
  const cs = ctl('C02'); const region = regionWith([['gen3', 'dent3', 'gen2']]); const inst = pickInst(region, ['gen3', 'dent3', 'gen2']);
  const m = member(region, { age: [16, 45], gender: chance(0.7) ? 'M' : 'F' });
  const d1 = dateIn(1, 10); const dx = ['S02.500', 'S03.200'];
  const c1 = visit(cs, inst, 'emerg', m, d1, dx, { emergency: true });
  films(c1, ri(3, 4)); anaes(c1, 2); c1.add(S.rct, 2, d1); c1.add(S.fillC, 1, d1); c1.add(D.ibu, 6, d1);
  const d2 = workday(addDays(d1, ri(10, 14)));
  const c2 = visit(cs, inst, 'endo', m, d2, ['K04.100', 'S02.500']); films(c2, 2); anaes(c2, 1); c2.add(S.rct, 1, d2);
  const d3 = workday(addDays(d2, ri(7, 14)));
  const c3 = visit(cs, inst, 'endo', m, d3, dx, { doctor: c2.doctor }); films(c3, 2); c3.add(S.fillC, 2, d3);
  const d4 = workday(addDays(d1, ri(56, 63)));
  const c4 = visit(cs, inst, 'endo', m, d4, ['S02.500'], { doctor: c2.doctor }); films(c4, 3);
}
function C03() {
  const cs = ctl('C03'); const region = regionWith([['gen3', 'dent3']]); const inst = pickInst(region, ['gen3', 'dent3']);
  const m = member(region, { age: [35, 65] }); let d = workday(dateIn(1, 6));
  const doctor = docOf(inst, deptFor(inst, 'perio')); const dx = ['K05.300', 'K05.500x003'];
  const c1 = visit(cs, inst, 'perio', m, d, dx, { doctor }); films(c1, pick([8, 10, 14])); c1.add(S.scale, 1, d);
  for (let k = 0; k < 4; k++) { d = workday(addDays(d, ri(7, 10))); visit(cs, inst, 'perio', m, d, ['K05.300'], { doctor }); } // 龈下刮治/根面平整 by quadrant: no row (catalogue gap)
  d = workday(addDays(d, ri(84, 100)));
  const c6 = visit(cs, inst, 'perio', m, d, ['K05.300'], { doctor }); c6.add(S.scale, 1, d);
}
function C04() {
  const cs = ctl('C04'); const region = regionWith([['gen3', 'dent3', 'gen2']]); const inst = pickInst(region, ['gen3', 'dent3', 'gen2']);
  const m = member(region, { age: [20, 75] });
  const adm = dateIn(1, 11); const nights = ri(5, 8); const dis = addDays(adm, nights);
  const space = pick(['K12.202', 'K12.213', 'K12.204', 'K12.210', 'K12.215']);
  const dx = [space, pick(['K04.700', 'K05.204', 'K04.500'])]; const diab = chance(0.3); if (diab) dx.push('E11.900');
  const exDay = addDays(adm, ri(2, 4));
  const c = stay(cs, inst, m, adm, dis, dx, [{ code: '23.0900', date: exDay }], { route: chance(0.6) ? 'emergency' : 'outpatient' });
  wardDays(c, 2);
  admLabs(c, adm, { lytes: true, crp: true, glu: diab }); c.add(S.ecg, 1, adm); c.add(S.cbct, 1, adm);
  for (let k = 0; k < nights; k++) {
    const d = addDays(adm, k); const cef = k < 3 ? 6 : 4;
    const drugs = [[D.cefurox, cef], [D.nacl, cef / 2], [D.metroIV, 3]];
    if (k < 2) drugs.push([D.dexa, 1]);
    ivDay(c, d, cef / 2 + 3, drugs, { cannula: k === 0 || k === 3 });
    if (diab) c.add(S.glu, 1, d);
  }
  c.add(S.blood, 1, addDays(adm, 2)); c.add(S.cbc, 1, addDays(adm, 2)); c.add(S.crp, 1, addDays(adm, 2));
  anaes(c, 1, exDay); c.add(S.ext, 1, exDay); c.add(S.culture, 1, exDay);
  c.add(D.ibu, 6, adm);
  c.add(D.amoxclav, 15, addDays(dis, -1));
}
function C05() {
  const cs = ctl('C05'); const region = regionWith([['gen3', 'dent3', 'gen2']]); const inst = pickInst(region, ['gen3', 'dent3', 'gen2']);
  const m = member(region, { age: [60, 82] });
  const dx = [pick(['K08.300', 'K04.500', 'K05.300']), pick(['I48.000', 'I48.100', 'I48.900x004']), 'Z92.100'];
  const d1 = workday(dateIn(1, 11));
  const c1 = visit(cs, inst, 'surg', m, d1, dx); films(c1, 1); c1.add(S.blood, 1, d1); c1.add(S.coag, 1, d1); c1.add(S.cbc, 1, d1);
  const d2 = workday(addDays(d1, ri(1, 3)));
  const c2 = visit(cs, inst, 'surg', m, d2, dx, { doctor: c1.doctor }); anaes(c2, 2); c2.add(S.ext, ri(1, 2), d2); c2.add(C.suture, 1, d2); c2.add(D.txa, 1, d2); c2.add(C.gauze, 1, d2);
  const d3 = addDays(d2, 1);
  visit(cs, inst, 'surg', m, d3, dx, { doctor: c1.doctor });
}
function C06() {
  const cs = ctl('C06'); const region = regionWith([['gen3', 'dent3']]); const inst = pickInst(region, ['gen3', 'dent3']);
  const m = member(region, { age: [6, 14], gender: 'M', scheme: 'resident' });
  const adm = dateIn(1, 11); const dis = addDays(adm, 3);
  const dx = [pick(['K04.500', 'K08.300', 'K02.500']), 'D66.x01'];
  const c = stay(cs, inst, m, adm, dis, dx, [{ code: '23.0900', date: adm }]);
  wardDays(c, 1);
  admLabs(c, adm, { preop: true });
  for (let k = 0; k < 3; k++) {
    const d = addDays(adm, k);
    c.add(D.f8, 3 - k, d); c.add(S.ivPush, 1, d);
    ivDay(c, d, 1, [[D.txa, 2], [D.nacl, 1]], { cannula: k === 0 });
    if (k === 1) c.add(S.coag, 1, d);
  }
  films(c, 1, adm); anaes(c, 1, adm); c.add(S.ext, 1, adm); c.add(C.hemo, 1, adm); c.add(C.suture, 1, adm);
}
function C07() {
  const cs = ctl('C07'); const region = regionWith([['dent3', 'gen3', 'comm1']]); const inst = pickInst(region, ['dent3', 'gen3', 'comm1']);
  const m = member(region, { age: [4, 8], scheme: 'resident' });
  let d = workday(dateIn(1, 9)); const doctor = docOf(inst, deptFor(inst, 'paed'));
  const c1 = visit(cs, inst, 'paed', m, d, ['K02.101', 'K02.800x005'], { doctor }); films(c1, 2); c1.add(S.fillS, 2, d);
  d = workday(addDays(d, ri(7, 14)));
  const c2 = visit(cs, inst, 'paed', m, d, ['K02.800x005'], { doctor }); c2.add(S.fillC, 2, d);
  d = workday(addDays(d, ri(7, 14)));
  const c3 = visit(cs, inst, 'paed', m, d, ['K04.002', 'K02.800x005'], { doctor }); films(c3, 1); anaes(c3, 1); c3.add(S.rct, 3, d);
  d = workday(addDays(d, ri(7, 14)));
  const c4 = visit(cs, inst, 'paed', m, d, ['K02.800x005'], { doctor }); c4.add(S.fillC, 1, d); c4.add(S.seal, 2, d); c4.add(S.fluor, 1, d);
}
function C08() {
  const cs = ctl('C08'); const region = regionWith([['gen3', 'dent3']]); const inst = pickInst(region, ['gen3', 'dent3']);
  const m = member(region, { age: [18, 38] });
  const adm = workday(dateIn(1, 11)); const pre = workday(addDays(adm, -ri(3, 7)));
  const teeth = ri(3, 4);
  const p = visit(cs, inst, 'surg', m, pre, ['K01.100', 'K05.204']);
  p.add(S.cbct, 1, pre); p.add(S.blood, 1, pre); p.add(S.cbc, 1, pre); p.add(S.coag, 1, pre); p.add(S.preop8, 1, pre); p.add(S.ecg, 1, pre); p.add(S.cxr, 1, pre);
  const dis = addDays(adm, 1); const gaH = teeth === 4 ? ri(2, 3) : 2;
  const c = stay(cs, inst, m, adm, dis, ['K01.100', 'K05.204'], [{ code: '23.1902', date: adm }], { doctor: p.doctor });
  wardDays(c, 1);
  c.add(S.ga, gaH, adm); c.add(D.propofol, 2, adm); c.add(D.fent, 2, adm); c.add(D.vec, 1, adm); c.add(C.ett, 1, adm); c.add(C.gown, 1, adm);
  c.add(D.lido, 2, adm); c.add(S.imp, teeth, adm); c.add(C.suture, teeth, adm);
  ivDay(c, adm, 2, [[D.cefurox, 2], [D.nacl, 2], [D.dexa, 1]], { cannula: true });
  c.add(S.o2, 6, adm); c.add(C.o2tube, 1, adm); c.add(S.ecgMon, 6, adm); c.add(S.spo2, 6, adm); c.add(C.electrode, 5, adm);
  c.add(D.ibu, 12, adm);
}
function C09() {
  const cs = ctl('C09'); const region = regionWith([['gen3', 'dent3', 'gen2']]); const inst = pickInst(region, ['gen3', 'dent3', 'gen2']);
  const m = member(region, { age: [40, 70] });
  const dx = chance(0.5) ? ['K02.901', 'Z92.300x001', 'Z85.809'] : ['K02.901', pick(['K11.701', 'M35.000'])];
  let d = workday(dateIn(1, 9)); const doctor = docOf(inst, deptFor(inst, 'endo'));
  const c1 = visit(cs, inst, 'endo', m, d, dx, { doctor }); films(c1, 4); c1.add(S.fillC, 3, d); c1.add(S.fillS, 2, d);
  d = workday(addDays(d, ri(7, 14)));
  const c2 = visit(cs, inst, 'endo', m, d, dx, { doctor }); c2.add(S.fillC, 3, d); c2.add(S.fillS, 1, d);
  d = workday(addDays(d, ri(7, 14)));
  const c3 = visit(cs, inst, 'endo', m, d, dx, { doctor }); c3.add(S.fillC, 2, d); c3.add(S.fluor, 1, d);
}
function C10() {
  const cs = ctl('C10'); const region = regionWith([['clinic1', 'dent3']]); const inst = pickInst(region, ['clinic1', 'dent3', 'pdh2']);
  const m = member(region, { age: [20, 40], gender: chance(0.8) ? 'F' : 'M' });
  const d1 = workday(dateIn(1, 10)); const dx = ['K00.800x002', 'K02.100'];
  const c1 = visit(cs, inst, 'gen', m, d1, dx); films(c1, 1); c1.add(S.fillC, 1, d1); c1.add(S.bleach, 6, d1);
  const d2 = workday(addDays(d1, ri(10, 16)));
  const c2 = visit(cs, inst, 'gen', m, d2, ['K00.800x002'], { doctor: c1.doctor }); c2.add(S.bleach, 6, d2);
}
function C11() {
  const cs = ctl('C11'); const region = regionWith([['clinic1', 'dent3', 'pdh2']]); const inst = pickInst(region, ['clinic1', 'dent3', 'pdh2']);
  const m = member(region, { age: [12, 16] });
  let d = workday(dateIn(1, 6)); const doctor = docOf(inst, deptFor(inst, 'ortho')); const malo = pick(['K07.200x012', 'K07.304', 'K07.200x013']);
  for (let k = 0; k < 5; k++) {
    const dx = k === 1 ? [malo, 'K05.100x011'] : k === 3 ? [malo, 'K02.100'] : [malo];
    const c = visit(cs, inst, 'ortho', m, d, dx, { doctor }); c.add(S.ortho, 1, d);
    if (k === 1) c.add(S.scale, 1, d);
    if (k === 3) { films(c, 1); c.add(S.fillS, 1, d); }
    d = workday(addDays(d, ri(28, 35)));
  }
}
function C12() {
  const cs = ctl('C12'); const region = regionWith([['comm1', 'gen2']]); const inst = pickInst(region, ['comm1', 'gen2']);
  const m = member(region, { age: [65, 85] });
  const dx = ['K08.300', 'K08.104'];
  const d1 = workday(dateIn(1, 9));
  const c1 = visit(cs, inst, 'surg', m, d1, dx); films(c1, 2); anaes(c1, 2); c1.add(S.ext, 2, d1); c1.add(C.gauze, 1, d1);
  const d2 = workday(addDays(d1, ri(10, 20)));
  const c2 = visit(cs, inst, 'surg', m, d2, dx, { doctor: c1.doctor }); anaes(c2, 1); c2.add(S.ext, ri(1, 2), d2); c2.add(C.gauze, 1, d2);
  const d3 = workday(addDays(d2, ri(40, 60)));
  visit(cs, inst, 'gen', m, d3, ['K08.104'], { doctor: c1.doctor }); // denture impressions: the denture is outside the fund and has no row
}
function C13() {
  const cs = ctl('C13'); const region = regionWith([['clinic1'], ['gen3', 'dent3']]);
  const a = pickInst(region, ['clinic1', 'pdh2']); const b = pickInst(region, ['gen3', 'dent3']);
  const m = member(region, { age: [28, 60] });
  const d1 = workday(dateIn(1, 3));
  const A = rctCourse(cs, a, m, d1, ['K04.002'], 3, { what: 'endo' });
  const e1 = workday(addDays(A[2].date, ri(120, 180)));
  rctCourse(cs, b, m, e1, ['K04.500'], pick([3, 4]), { cbct: true });
}
function C14() {
  const cs = ctl('C14'); const region = regionWith([['comm1', 'gen2'], ['gen3', 'dent3']]);
  const a = pickInst(region, ['comm1', 'gen2']); const b = pickInst(region, ['gen3', 'dent3']);
  const m = member(region, { age: [20, 60] });
  const d1 = dateIn(1, 10);
  const c1 = visit(cs, a, a.kind === 'gen2' ? 'emerg' : 'gen', m, d1, ['K04.001'], { emergency: true }); films(c1, 1); c1.add(D.ibu, 6, d1); // 开髓引流: no row (gap)
  rctCourse(cs, b, m, workday(addDays(d1, ri(2, 5))), ['K04.001'], 3);
}
function C15() {
  const cs = ctl('C15'); const region = regionWith([['dent3', 'gen3']]); const inst = pickInst(region, ['dent3', 'gen3']);
  const d = workday(dateIn(1, 10));
  const m = member(region, { age: [11, 13], scheme: 'resident', ref: d });
  rctCourse(cs, inst, m, d, [pick(['K04.500', 'K04.002', 'K04.007'])], pick([3, 3, 4]), { what: 'paed' });
}
function C16() {
  const cs = ctl('C16'); const region = regionWith([['dent3', 'gen3']]); const inst = pickInst(region, ['dent3', 'gen3']);
  let d = workday(dateIn(1, 5)); const m = member(region, { age: [13, 18], ref: d });
  const doctor = docOf(inst, deptFor(inst, 'perio')); const dx = ['K05.500x002'];
  const c1 = visit(cs, inst, 'perio', m, d, dx, { doctor }); films(c1, 6); c1.add(S.scale, 1, d);
  d = workday(addDays(d, 7)); visit(cs, inst, 'perio', m, d, dx, { doctor });
  d = workday(addDays(d, 7)); const c3 = visit(cs, inst, 'perio', m, d, dx, { doctor }); c3.add(D.amox, 42, d); c3.add(D.ornid, 14, d);
  d = workday(addDays(d, ri(85, 95))); const c4 = visit(cs, inst, 'perio', m, d, dx, { doctor }); c4.add(S.scale, 1, d);
  d = workday(addDays(d, ri(85, 95))); const c5 = visit(cs, inst, 'perio', m, d, dx, { doctor }); c5.add(S.scale, 1, d); films(c5, 2);
}
function C17() {
  const cs = ctl('C17'); const region = regionWith([['clinic1', 'gen2', 'gen3']]); const inst = pickInst(region, ['clinic1', 'gen2', 'gen3', 'dent3']);
  const m = member(region, { age: [18, 32] });
  const d1 = dateIn(1, 10);
  const c1 = visit(cs, inst, 'surg', m, d1, ['K05.204', 'K01.100']); films(c1, 1); c1.add(D.amox, 18, d1); c1.add(D.ornid, 6, d1); c1.add(D.ibu, 6, d1);
  const d2 = workday(addDays(d1, ri(14, 21)));
  const c2 = visit(cs, inst, 'surg', m, d2, ['K01.100', 'K05.204'], { doctor: c1.doctor }); anaes(c2, 2); c2.add(S.imp, 1, d2); c2.add(C.suture, 1, d2); c2.add(D.ibu, 6, d2);
  const d3 = workday(addDays(d2, 7));
  const c3 = visit(cs, inst, 'surg', m, d3, ['K01.100'], { doctor: c1.doctor }); c3.add(S.sutureOut, 1, d3);
}
function C18() {
  const cs = ctl('C18'); const region = regionWith([['clinic1', 'gen2']]); const inst = pickInst(region, DENTAL_OPD);
  const m = member(region, { age: [20, 50] });
  const d1 = workday(dateIn(1, 11)); const impacted = chance(0.5);
  const c1 = visit(cs, inst, 'surg', m, d1, [impacted ? 'K01.100' : 'K08.300']); films(c1, 1); anaes(c1, impacted ? 2 : 1);
  c1.add(impacted ? S.imp : S.ext, 1, d1); if (impacted) c1.add(C.suture, 1, d1); c1.add(D.ibu, 6, d1);
  const d2 = addDays(d1, ri(2, 4));
  const c2 = visit(cs, inst, 'surg', m, d2, ['K10.302'], { doctor: c1.doctor }); films(c2, 1); c2.add(D.ibu, 12, d2); // 干槽症清创换药: no row (gap)
  const d3 = addDays(d2, ri(2, 3));
  visit(cs, inst, 'surg', m, d3, ['K10.302'], { doctor: c1.doctor });
}
function C19() {
  const cs = ctl('C19'); const region = regionWith([['gen3', 'dent3']]); const inst = pickInst(region, ['gen3', 'dent3']);
  const m = member(region, { age: [18, 55], gender: chance(0.8) ? 'M' : 'F' });
  const adm = dateIn(1, 11); const nights = ri(6, 9); const dis = addDays(adm, nights); const op = addDays(adm, ri(1, 2));
  const dx = [pick(['S02.600x081', 'S02.600x051', 'S02.600x091']), ...(chance(0.4) ? ['S02.600x011'] : [])];
  const c = stay(cs, inst, m, adm, dis, dx, [{ code: '76.7602', date: op }], { route: 'emergency' });
  const n1 = daysBetween(adm, op) + 2;
  wardDays(c, n1);
  admLabs(c, adm, { lytes: true, preop: true, abo: true }); c.add(S.cbct, 1, adm);
  c.add(S.ga, 3, op); c.add(D.propofol, 3, op); c.add(D.fent, 2, op); c.add(D.vec, 2, op); c.add(C.ett, 1, op); c.add(C.gown, 1, op); c.add(C.diath, 1, op);
  c.add(S.orif, 1, op); c.add(C.plate, 2, op); c.add(C.screw, 8, op); c.add(C.suture, 3, op); c.add(D.lido, 2, op);
  c.add(S.o2, 12, op); c.add(C.o2tube, 1, op); c.add(S.ecgMon, 12, op); c.add(S.spo2, 12, op); c.add(C.electrode, 5, op);
  for (let k = daysBetween(adm, op); k < daysBetween(adm, op) + 3; k++) {
    const d = addDays(adm, k);
    ivDay(c, d, 3, [[D.cefurox, 6], [D.nacl, 3]].concat(k < daysBetween(adm, op) + 2 ? [[D.dexa, 1]] : []), { cannula: k === daysBetween(adm, op) });
  }
  c.add(S.blood, 1, addDays(op, 1)); c.add(S.cbc, 1, addDays(op, 1));
  c.add(S.cbct, 1, addDays(op, 2));
  c.add(D.ibu, 12, addDays(op, 1));
}
function C20() {
  const cs = ctl('C20'); const region = regionWith([['comm1', 'dent3', 'gen3']]); const inst = pickInst(region, ['comm1', 'dent3', 'gen3']);
  const m = member(region, { age: [6, 10], scheme: 'resident' });
  let d = dateIn(3, 12); if (weekday(d) !== 6) d = addDays(d, (6 - weekday(d) + 7) % 7); if (d > '2025-12-31') d = '2025-12-27';
  const c = visit(cs, inst, 'paed', m, d, ['K02.100', 'Z01.200']); films(c, 1); c.add(S.fillS, 2, d); c.add(S.seal, 2, d); c.add(S.fluor, 1, d);
}
function C21() {
  const cs = ctl('C21'); const region = regionWith([['dent3', 'gen3', 'gen2']]); const inst = pickInst(region, ['dent3', 'gen3', 'gen2']);
  const m = member(region, { age: [20, 40] });
  const d1 = workday(dateIn(1, 10));
  const c1 = visit(cs, inst, 'surg', m, d1, ['K01.100']); films(c1, 1); c1.add(S.cbct, 1, d1);
  const d2 = workday(addDays(d1, ri(7, 21)));
  const c2 = visit(cs, inst, 'surg', m, d2, ['K01.100'], { doctor: c1.doctor }); anaes(c2, 2); c2.add(S.imp, 1, d2); c2.add(C.suture, 1, d2); c2.add(D.amox, 18, d2); c2.add(D.ibu, 6, d2);
  const d3 = workday(addDays(d2, 7));
  const c3 = visit(cs, inst, 'surg', m, d3, ['K01.100'], { doctor: c1.doctor }); c3.add(S.sutureOut, 1, d3);
}
function C22() {
  const cs = ctl('C22'); const region = regionWith([['gen3', 'dent3']]); const inst = pickInst(region, ['gen3', 'dent3']);
  const m = member(region, { age: [40, 70] });
  const ca = pick(['C11.900', 'C11.200', 'C02.100', 'C01.x00']);
  const d1 = workday(dateIn(1, 10));
  const c1 = visit(cs, inst, 'surg', m, d1, ['K08.300', 'K05.300', ca]); films(c1, 4); c1.add(S.scale, 1, d1); anaes(c1, 2); c1.add(S.ext, 3, d1); c1.add(C.gauze, 2, d1);
  const d2 = workday(addDays(d1, ri(3, 7)));
  const c2 = visit(cs, inst, 'surg', m, d2, ['K04.500', 'K02.100', ca], { doctor: c1.doctor }); anaes(c2, 2); c2.add(S.ext, 2, d2); c2.add(S.fillC, 2, d2); c2.add(S.fluor, 1, d2);
}
function C23() {
  const cs = ctl('C23'); const region = regionWith([['gen2', 'comm1']]); const inst = pickInst(region, ['gen2', 'comm1']);
  const m = member(region, { age: [20, 62] });
  const d1 = dateIn(1, 11); const dx = [pick(['K12.214', 'L03.200']), 'K04.700'];
  const c1 = visit(cs, inst, 'surg', m, d1, dx); c1.add(S.blood, 1, d1); c1.add(S.cbc, 1, d1); c1.add(S.crp, 1, d1); films(c1, 1); c1.add(D.ornid, 6, d1);
  ivDay(c1, d1, 1, [[D.ceftriax, 2], [D.nacl, 1]], { syr: 1 });
  for (let k = 1; k <= 2; k++) {
    const d = addDays(d1, k);
    const c = visit(cs, inst, 'surg', m, d, dx, { doctor: c1.doctor, consult: false });
    ivDay(c, d, 1, [[D.ceftriax, 2], [D.nacl, 1]], { syr: 1 });
    if (k === 2) { c.add(S.blood, 1, d); c.add(S.cbc, 1, d); c.add(S.crp, 1, d); }
  }
  const d4 = workday(addDays(d1, ri(4, 6)));
  const c4 = visit(cs, inst, 'surg', m, d4, ['K04.700'], { doctor: c1.doctor }); anaes(c4, 1); c4.add(S.ext, 1, d4); c4.add(C.gauze, 1, d4);
}
function C24() {
  const cs = ctl('C24'); const region = regionWith([['clinic1', 'pdh2'], ['gen2', 'gen3', 'dent3']]);
  const clinic = pickInst(region, ['clinic1', 'pdh2']); const hosp = pickInst(region, ['gen2', 'gen3', 'dent3']);
  const m = member(region, { age: [30, 62] });
  const d1 = workday(dateIn(1, 9));
  const c1 = visit(cs, clinic, 'endo', m, d1, ['K04.500']); films(c1, 1); anaes(c1, 1); c1.add(S.rct, 3, d1);
  const d2 = workday(addDays(d1, ri(6, 12)));
  const c2 = visit(cs, hosp, 'surg', m, d2, ['K03.801', 'K04.500']); films(c2, 1); anaes(c2, 1); c2.add(S.ext, 1, d2); c2.add(D.ibu, 6, d2);
  const d3 = workday(addDays(d2, ri(40, 80)));
  const c3 = visit(cs, clinic, 'gen', m, d3, ['K02.100'], { doctor: c1.doctor }); films(c3, 1); c3.add(S.fillC, 1, d3);
}

// =============================================================== routine
function routine() {
  const cs = newCase('routine', 'R', '口腔科常规门诊', 'routine');
  const region = pick(Object.keys(REGIONS));
  const kinds = REGIONS[region];
  let t = pick(['fill', 'fill', 'fill', 'ext', 'ext', 'scale', 'scale', 'rct', 'child', 'pharm', 'peri', 'imp']);
  if (t === 'pharm' && !kinds.includes('pharm')) t = 'fill';
  const d = workday(dateIn(1, 11));
  if (t === 'pharm') {
    const inst = pickInst(region, ['pharm']); const m = member(region, { age: [20, 70] });
    const c = visit(cs, inst, 'gen', m, d, [pick(['K08.801', 'K04.700', 'K05.100'])]); c.add(D.ibu, pick([6, 12, 20]), d);
    return;
  }
  const inst = pickInst(region, DENTAL_OPD.filter((k) => kinds.includes(k)));
  if (t === 'child') {
    const m = member(region, { age: [5, 11], scheme: 'resident' });
    const c = visit(cs, inst, 'paed', m, d, ['K02.100']); c.add(S.fillS, ri(1, 2), d); if (chance(0.5)) c.add(S.seal, 2, d); if (chance(0.4)) c.add(S.fluor, 1, d);
    return;
  }
  const m = member(region, { age: [18, 78] });
  if (t === 'fill') { const c = visit(cs, inst, 'endo', m, d, [pick(['K02.100', 'K02.800x007', 'K03.101'])]); if (chance(0.5)) films(c, 1); c.add(chance(0.5) ? S.fillS : S.fillC, ri(1, 2), d); }
  if (t === 'ext') { const c = visit(cs, inst, 'surg', m, d, [pick(['K08.300', 'K04.500', 'K05.300'])]); films(c, 1); anaes(c, 1); c.add(S.ext, 1, d); c.add(C.gauze, 1, d); c.add(D.ibu, 6, d); }
  if (t === 'scale') { const c = visit(cs, inst, 'perio', m, d, [pick(['K05.100x011', 'K05.101', 'K05.300', 'K03.601'])].concat(['K05.100'])); c.add(S.scale, 1, d); }
  if (t === 'rct') { const c = visit(cs, inst, 'endo', m, d, [pick(['K04.001', 'K04.500', 'K04.002'])]); films(c, 1); anaes(c, 1); c.add(S.rct, pick([1, 2, 3]), d); }
  if (t === 'peri') { const c = visit(cs, inst, 'surg', m, d, ['K05.204']); c.add(D.amox, 18, d); c.add(D.ibu, 6, d); }
  if (t === 'imp') { const c = visit(cs, inst, 'surg', m, d, ['K01.100']); films(c, 1); anaes(c, 2); c.add(S.imp, 1, d); c.add(C.suture, 1, d); c.add(D.ibu, 6, d); }
}

// =============================================================== build
const TYP = { T01, T02, T03, T04, T05, T06, T07, T08, T09, T10, T11, T12, T13, T14, T15 };
const CTL = { C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21, C22, C23, C24 };
for (const f of Object.values(TYP)) for (let i = 0; i < 15; i++) f(i);
for (const f of Object.values(CTL)) for (let i = 0; i < 15; i++) f(i);
for (let i = 0; i < 100; i++) routine();

// ---------------------------------------------------------------- limits: every line within its row's formal limits
function checkClaim(c) {
  const age = (d) => ageAt(c.m.birth, d);
  const lastDay = c.visitType === 'inpatient' ? c.dis : c.date;
  const firstDay = c.visitType === 'inpatient' ? c.adm : c.date;
  if (lastDay > '2025-12-31') throw new Error(`claim of ${CNAME[c.cs.code] || TNAME[c.cs.code] || c.cs.code} runs past 2025 (${lastDay})`);
  const perDay = {}; const days = {};
  for (const it of c.items) {
    const r = it._row; const where = `${c.cs.code} ${r.name} ${it.date}`;
    if (it.date < firstDay || it.date > lastDay) throw new Error(`${where}: line outside the claim's dates`);
    if (r.setting === 'inpatient' && c.visitType !== 'inpatient') throw new Error(`${where}: inpatient-only row on a ${c.visitType} claim`);
    if (r.setting === 'outpatient' && c.visitType === 'inpatient') throw new Error(`${where}: outpatient-only row on an inpatient claim`);
    if (r.minLevel && c.level < r.minLevel) throw new Error(`${where}: minimum level ${r.minLevel}, institution level ${c.level}`);
    if (r.gender && r.gender !== c.m.gender) throw new Error(`${where}: gender ${r.gender} only`);
    if (r.ageMin !== undefined && age(it.date) < r.ageMin) throw new Error(`${where}: age ${age(it.date)} < ${r.ageMin}`);
    if (r.ageMax !== undefined && age(it.date) > r.ageMax) throw new Error(`${where}: age ${age(it.date)} > ${r.ageMax}`);
    if (r.indications && !c.dx.some((d) => r.indications.some((p) => d.startsWith(p)))) throw new Error(`${where}: no diagnosis meets the row's indications ${r.indications.join(',')}`);
    if (it.unitPrice > r.priceCap[String(c.level)] + 1e-9) throw new Error(`${where}: price ${it.unitPrice} above the cap`);
    const k = r.code + '|' + it.date; perDay[k] = (perDay[k] || 0) + it.quantity;
    if (r.maxPerDay !== undefined && perDay[k] > r.maxPerDay) throw new Error(`${where}: ${perDay[k]} a day > maxPerDay ${r.maxPerDay}`);
    (days[r.code] = days[r.code] || new Set()).add(it.date);
    if (r.maxDays !== undefined && days[r.code].size > r.maxDays) throw new Error(`${where}: more than maxDays ${r.maxDays}`);
  }
  // excludes / includes on the same date, so no line is double charged by construction
  const byDate = {};
  for (const it of c.items) (byDate[it.date] = byDate[it.date] || new Set()).add(it._row.code);
  for (const it of c.items) {
    const set = byDate[it.date];
    for (const x of [...(it._row.excludes || []), ...(it._row.includes || [])]) if (set.has(x)) throw new Error(`${c.cs.code} ${it._row.name} ${it.date}: billed with ${CAT[x].name} the same day (excludes/includes)`);
  }
  // procedures: their billed service on their date
  const PXROW = { '23.0900': [S.ext], '23.1902': [S.imp], '76.7602': [S.orif] };
  for (const p of c.px || []) { const need = PXROW[p.code]; if (!need || !c.items.some((it) => need.includes(it._row.code) && it.date === p.date)) throw new Error(`${c.cs.code}: procedure ${p.code} has no billed line on ${p.date}`); }
  // ward: one bed and nursing line per night
  if (c.visitType === 'inpatient') {
    const nights = daysBetween(c.adm, c.dis);
    for (const code of [S.bed, S.ipConsult]) { const n = c.items.filter((it) => it._row.code === code).length; if (n !== nights) throw new Error(`${c.cs.code}: ${CAT[code].name} ${n} lines for ${nights} nights`); }
  }
}

// ---------------------------------------------------------------- money
const fen = (y) => Math.round(y * 100);
function provincePolicy(region) {
  const p = POL.provinces[region.slice(0, 2)];
  if (!p) throw new Error('no policy for ' + region);
  const merged = JSON.parse(JSON.stringify(p));
  const ov = p.regions && p.regions[region];
  const merge = (a, b) => { for (const k in b) { if (b[k] && typeof b[k] === 'object' && !Array.isArray(b[k]) && a[k] && typeof a[k] === 'object') merge(a[k], b[k]); else a[k] = b[k]; } };
  if (ov) merge(merged, ov);
  return merged;
}
const LEDGER = {};
function settle(c) {
  let total = 0; let policy = 0;
  for (const it of c.items) {
    const a = fen(it.unitPrice) * it.quantity; it.amountFen = a; total += a;
    const share = it._row.selfPayShare !== undefined ? it._row.selfPayShare : (it._row.class === '丙' ? 1 : 0);
    policy += Math.round(a * (1 - share));
  }
  const pol = provincePolicy(c.m.region);
  const L = LEDGER[c.m.insuredId] || (LEDGER[c.m.insuredId] = { opPolicy: 0, opFund: 0, ipFund: 0, admissions: 0 });
  const sch = pol.schemes[c.m.scheme];
  let fund = 0;
  if (c.visitType === 'inpatient') {
    const ip = sch.inpatient; let ded = fen(ip.deductible[String(c.level)]);
    if (L.admissions > 0 && ip.laterAdmissionDeductibleShare !== undefined) ded = Math.round(ded * ip.laterAdmissionDeductibleShare);
    const ratio = Math.min(ip.maxRatio || 1, ip.ratio[String(c.level)] + (c.m.retired ? ip.retireeRatioBonus || 0 : 0));
    fund = Math.round(Math.max(0, policy - ded) * ratio);
    fund = Math.min(fund, fen(ip.annualFundCap) - L.ipFund);
    L.ipFund += fund; L.admissions++;
  } else {
    const op = c.visitType === 'pharmacy' ? sch.pharmacy : sch.outpatient;
    const capOp = sch.outpatient.annualFundCap; // 定点药店 shares the 普通门诊统筹 deductible and cap
    const dedLeft = Math.max(0, fen(sch.outpatient.deductible) - L.opPolicy);
    const lvl = c.visitType === 'pharmacy' ? '1' : String(c.level);
    const ratio = op.ratio[lvl] + (c.m.retired ? op.retireeRatioBonus || 0 : 0);
    fund = Math.round(Math.max(0, policy - dedLeft) * ratio);
    fund = Math.max(0, Math.min(fund, fen(capOp) - L.opFund));
    L.opPolicy += policy; L.opFund += fund;
  }
  return { total, policy, fund };
}

// ---------------------------------------------------------------- order, ids, output
ALL.forEach((c, i) => { c.seq = i; });
ALL.sort((a, b) => (a.settle < b.settle ? -1 : a.settle > b.settle ? 1 : a.seq - b.seq));
const hospSeq = {};
for (const c of ALL) { hospSeq[c.inst.id] = (hospSeq[c.inst.id] || 0) + 1; c.claimId = `${c.inst.region}-${c.inst.id}-2025-${String(hospSeq[c.inst.id]).padStart(6, '0')}`; }
const y2 = (f) => Math.round(f) / 100;
const lines = [];
for (const c of ALL) {
  checkClaim(c);
  const money = settle(c);
  const o = {
    claimId: c.claimId, region: c.inst.region, insuranceType: c.m.scheme, visitType: c.visitType,
    patient: { insuredId: c.m.insuredId, gender: c.m.gender, birthDate: c.m.birth, retired: c.m.retired },
    enrollment: c.m.enrollment,
    provider: { hospitalId: c.inst.id, level: c.inst.level, department: c.dept, doctorId: c.doctor.id },
  };
  if (c.visitType === 'inpatient') { o.admissionDate = c.adm; o.dischargeDate = c.dis; o.admissionRoute = c.route; o.dischargeMode = c.mode; }
  else o.visitDate = c.date;
  o.diagnoses = c.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  o.procedures = (c.px || []).map((p) => ({ code: p.code, date: p.date }));
  if (c.visitType === 'inpatient') o.reportedGroup = { drg: GROUPMAP ? (GROUPMAP[c.claimId] || null) : null, dip: null };
  o.items = c.items.map((it) => ({ lineId: it.lineId, code: it.code, name: it.name, category: it.category, date: it.date, quantity: it.quantity, unitPrice: it.unitPrice, amount: y2(it.amountFen) }));
  o.amounts = { total: y2(money.total), policy: y2(money.policy), fundClaimed: y2(money.fund) };
  lines.push(JSON.stringify(o));
}
if (GROUPMAP) { const miss = ALL.filter((c) => c.visitType === 'inpatient' && !GROUPMAP[c.claimId]); if (miss.length) throw new Error(`${miss.length} stays have no group in ${GROUPS}`); }

let caseNo = 0;
const labels = CASES.map((cs) => {
  caseNo++;
  const ids = cs.claims.slice().sort((a, b) => (a.settle < b.settle ? -1 : a.settle > b.settle ? 1 : a.seq - b.seq)).map((c) => c.claimId);
  let targets; const mutated = {};
  if (cs.kind === 'fraud') {
    const tc = cs.claims.filter((c) => c.target);
    if (!tc.length) throw new Error(`fraud case ${cs.code} without a target claim`);
    targets = ids.filter((id) => tc.some((c) => c.claimId === id));
    for (const c of tc) if (c.mut.length) mutated[c.claimId] = c.mut.slice();
    if (Object.keys(mutated).length && Object.keys(mutated).length !== tc.length) {
      // a target claim whose fraud is in its lines must name them; a target claim without named lines would be read as 'the claim itself'
      for (const c of tc) if (!c.mut.length) throw new Error(`fraud case ${cs.code}: target claim without mutated lines beside targets with them`);
    }
  } else targets = ids.slice();
  return { caseId: `B105-${String(caseNo).padStart(4, '0')}`, kind: cs.kind, code: cs.code, name: cs.name, claimIds: ids, targets, mutatedLines: mutated, typology: cs.code, variant: cs.variant };
});

fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), lines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
const count = (k) => labels.filter((l) => l.kind === k).length;
console.error(`blind105: ${lines.length} claims, ${labels.length} cases (fraud ${count('fraud')}, control ${count('control')}, routine ${count('routine')})${GROUPMAP ? ', reportedGroup from ' + GROUPS : ''}`);
