#!/usr/bin/env node
// blind69: care across regions (异地就医与跨统筹区结算). Written unseen. Fixed seed, no dependencies.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base67/rules/catalogue');
const GROUPS = opt('--groups');
const POLICIES = path.join(CAT, '..', 'benefits', 'policies.json');

// ---------- seeded random ----------
let seed = 69069;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const ROW = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json', 'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json']) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) { ROW[r.code] = r; }
}
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));
const GRP = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const g = JSON.parse(l); GRP[g.claimId] = g.grouping && g.grouping.drg || null; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);

// ---------- institutions ----------
const TITLES = ['住院医师', '主治医师', '副主任医师', '主任医师'];
const H = {};
function hosp(id, region, level, name, depts) {
  const h = { id, region, level, name, depts: {} };
  let n = 1;
  for (const d of depts) {
    const docs = [];
    for (let k = 0; k < 3; k++) {
      const title = level === 1 ? TITLES[k % 2] : TITLES[(k + (n % 2)) % 4];
      docs.push({ id: `D${id.slice(1)}${String(n).padStart(2, '0')}`, title }); n++;
    }
    h.depts[d] = docs;
  }
  H[id] = h; return h;
}
const ALLD = ['internal', 'cardiology', 'respiratory', 'neurology', 'endocrinology', 'general_surgery', 'orthopedics', 'ophthalmology', 'emergency', 'rehabilitation', 'tcm', 'nephrology', 'oncology', 'geriatrics'];
const L1D = ['internal', 'general_practice', 'tcm', 'emergency', 'rehabilitation'];
hosp('H23010001', '230100', 3, '哈尔滨某医科大学附属第一医院', ALLD);
hosp('H23010002', '230100', 2, '哈尔滨某区人民医院', ['internal', 'cardiology', 'respiratory', 'orthopedics', 'general_surgery', 'emergency', 'tcm']);
hosp('H23010103', '230100', 1, '哈尔滨某社区卫生服务中心', L1D);
hosp('H22010001', '220100', 3, '长春某大学第一医院', ALLD);
hosp('H22010002', '220100', 2, '长春某区医院', ['internal', 'cardiology', 'respiratory', 'orthopedics', 'emergency']);
hosp('H37010001', '370100', 3, '济南某省立医院', ALLD);
hosp('H37020001', '370200', 3, '青岛某大学附属医院', ALLD);
hosp('H37020002', '370200', 2, '青岛某区人民医院', ['internal', 'cardiology', 'respiratory', 'orthopedics', 'general_surgery', 'emergency']);
hosp('H51010001', '510100', 3, '成都某大学华西类医院', ALLD);
hosp('H51010002', '510100', 2, '成都某区人民医院', ['internal', 'respiratory', 'orthopedics', 'emergency', 'cardiology']);
hosp('H51130001', '511300', 2, '南充某市中心医院', ['internal', 'cardiology', 'respiratory', 'orthopedics', 'general_surgery', 'neurology', 'emergency', 'nephrology']);
hosp('H51132101', '511321', 1, '南部县某镇卫生院', L1D);
hosp('H46020001', '460200', 3, '三亚某中心医院', ALLD);
hosp('H46020002', '460200', 2, '三亚某区人民医院', ['internal', 'cardiology', 'respiratory', 'orthopedics', 'general_surgery', 'emergency', 'rehabilitation', 'tcm', 'nephrology']);
hosp('H46020003', '460200', 1, '三亚某康养医院(一级)', L1D);
hosp('H46010001', '460100', 3, '海口某省人民医院', ALLD);
hosp('H11000001', '110000', 3, '北京某国家医学中心', ALLD);
hosp('H31000001', '310000', 3, '上海某国家区域医疗中心', ALLD);
hosp('H53010001', '530100', 3, '昆明某医科大学附属医院', ALLD);
hosp('H53280001', '532800', 2, '西双版纳某州人民医院', ['internal', 'cardiology', 'respiratory', 'neurology', 'general_surgery', 'orthopedics', 'emergency', 'rehabilitation', 'tcm']);
hosp('H53280101', '532801', 1, '景洪某康复医院(一级)', L1D);
for (const [id, r] of [['P23010001', '230100'], ['P22010001', '220100'], ['P37020001', '370200'], ['P51010001', '510100'], ['P51130001', '511300'], ['P46020001', '460200'], ['P53010001', '530100'], ['P37010001', '370100']]) {
  H[id] = { id, region: r, level: 1, name: '定点零售药店', depts: { pharmacy: [{ id: `D${id.slice(1)}01`, title: '药师' }, { id: `D${id.slice(1)}02`, title: '药师' }] } };
}
const docOf = (h, dept) => { const ds = H[h].depts[dept] || H[h].depts[Object.keys(H[h].depts)[0]]; return pick(ds); };
const deptOk = (h, dept) => H[h].depts[dept] ? dept : Object.keys(H[h].depts)[0];

// ---------- members ----------
const HOME = ['230100', '220100', '370100', '370200', '510100', '511300'];
let memSeq = 0;
function member(o = {}) {
  memSeq++;
  const age = o.age || ri(62, 78);
  const gender = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const scheme = o.scheme || (age >= 60 ? (rnd() < 0.7 ? 'employee' : 'resident') : (rnd() < 0.5 ? 'employee' : 'resident'));
  const retired = scheme === 'employee' && age >= (gender === 'M' ? 60 : 55);
  const birth = `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const cy = ri(8, 20);
  return {
    id: `B69M${String(memSeq).padStart(5, '0')}`, gender, birth, age, scheme, retired,
    home: o.home || pick(HOME),
    enrollment: {
      enrolledOn: `${2025 - cy}-01-01`, inConcentratedPeriod: true, continuousYears: cy, lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears: scheme === 'employee' ? ri(30, 40) : 0, special: null,
      ...(o.chronic ? { chronicDiseases: o.chronic } : {}),
    },
  };
}

// ---------- lines and claims ----------
function price(row, level) { const c = row.priceCap; return c ? (c[String(level)] ?? c['3']) : 0; }
function line(code, qty, date, level, f = 1) {
  const row = ROW[code]; if (!row) throw new Error('no catalogue row ' + code);
  const unitFen = Math.round(price(row, level) * 100 * f);
  const amtFen = Math.round(unitFen * qty);
  const bill = row.products ? row.products[0] : row.code;
  return { code: bill, name: row.name, category: row.category || (row.code[0] === 'C' ? 'consumable' : /^[XZ]/.test(row.code) ? 'drug' : 'service'), date, quantity: qty, unitPrice: unitFen / 100, amount: amtFen / 100, _row: row, _fen: amtFen };
}
const provinceOf = (r) => POL.provinces[r.slice(0, 2)] ? r.slice(0, 2) : '51';
function fund(policyFen, m, visitType, level, insuredRegion) {
  const pv = POL.provinces[provinceOf(insuredRegion)];
  const reg = pv.regions && pv.regions[insuredRegion];
  const s = (reg && reg.schemes && reg.schemes[m.scheme] && reg.schemes[m.scheme][visitType]) ? { ...pv.schemes[m.scheme][visitType], ...reg.schemes[m.scheme][visitType] } : pv.schemes[m.scheme][visitType];
  const ded = visitType === 'inpatient' ? s.deductible[String(level)] * 100 : 0;
  let ratio = s.ratio[String(level)] + (m.retired ? (s.retireeRatioBonus || 0) : 0);
  if (s.maxRatio) ratio = Math.min(ratio, s.maxRatio);
  let f = Math.max(0, policyFen - ded) * ratio;
  const cap = (s.annualFundCap || 1e9) * 100; f = Math.min(f, cap * 0.5);
  return Math.floor(f);
}
let claimSeq = 0; const CLAIMS = [];
function claim(o) {
  const h = H[o.h]; const m = o.m; claimSeq++;
  const c = { claimId: `${h.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`, region: h.region };
  if (m.home !== h.region) c.insuredRegion = m.home;
  c.insuranceType = m.scheme; c.visitType = o.vt;
  c.patient = { insuredId: m.id, gender: m.gender, birthDate: m.birth, retired: m.retired };
  c.enrollment = JSON.parse(JSON.stringify(m.enrollment));
  const dept = deptOk(o.h, o.dept); const doc = o.doc || docOf(o.h, dept);
  c.provider = { hospitalId: h.id, level: h.level, department: dept, doctorId: doc.id };
  if (o.vt === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; if (o.route) c.admissionRoute = o.route; if (o.dmode) c.dischargeMode = o.dmode; if (o.from) c.transferFromHospitalId = o.from; }
  else c.visitDate = o.date;
  c.diagnoses = o.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = (o.px || []).map(p => ({ code: p[0], date: p[1] }));
  if (o.vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  let items = typeof o.items === 'function' ? o.items(h.level, doc) : o.items;
  items = items.filter(Boolean);
  let tot = 0, pol = 0; const marks = [];
  c.items = items.map((l, i) => {
    const lineId = String(i + 1); tot += l._fen;
    pol += Math.round(l._fen * (1 - (l._row.selfPayShare || 0)));
    if (l._mut) marks.push(lineId);
    const out = { lineId, code: l.code, name: l.name, category: l.category, date: l.date, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount };
    if (l._long) out.longPrescription = true;
    return out;
  });
  const vtPol = o.vt === 'chronic' ? 'chronic' : o.vt;
  c.amounts = { total: tot / 100, policy: pol / 100, fundClaimed: fund(pol, m, vtPol, h.level, m.home) / 100 };
  c._settle = o.settle || (o.vt === 'inpatient' ? o.dis : o.date);
  c._ord = claimSeq;
  CLAIMS.push(c);
  c._marks = marks;
  return c;
}
const mut = (l) => { l._mut = true; return l; };
const longRx = (l) => { l._long = true; return l; };

// consult row by doctor title and level
function consult(h, doc, date) {
  const lv = H[h].level;
  if (lv === 1) return line('001102000040001', 1, date, lv);
  if (doc.title === '主任医师') return line('001102000030001', 1, date, lv);
  if (doc.title === '副主任医师') return line('001102000020001', 1, date, lv);
  return line('001102000010001', 1, date, lv);
}

// ---------- clinical templates ----------
const DRUG = {
  amlo: 'XC08CAA512A001', valsartan: 'XC09CAX504A001', irbe: 'XC09CAE502A001', nifed: 'XC08CAX503A003', metf: 'XA10BAE503A001', glim: 'XA10BBG501A001', acarb: 'XA10BFA514A001',
  asp: 'XB01ACA509A001', ator: 'XC10AAA511A001', rosu: 'XC10AAR501A001', clop: 'XB01ACL502A001', ismn: 'XC01DAD501A003', metop: 'XC07ABM503A003',
  tiot: 'XR03BBS510C003', seretide: 'XR03AKS509C003', symb: 'XR03AKB507C003', omep: 'XA02BCA515A001', alcm: 'XA02ADL508A001', lhqw: 'ZA01BAL514A001', para: 'XN02BED510A001',
  diclo: 'XM01ABS506A003', celecox: 'XM01AHS505A001', levoeye: 'XS01AEZ501D001', ceftri: 'XJ01DDT504B002', nacl: 'XB05BBL511B002', glu: 'XB05BAP505B002', ambroxIV: 'XR05CBA522B002', ambrox: 'XR05CBA522A001',
  doxo: 'XR03DAD516B002', budneb: 'XR03BAB508C003', levoIV: 'XJ01MAZ501B002', cefurIV: 'XJ01DCT505B002', metro: 'XJ01XDJ501B002', citicol: 'XN06BXB506B002', xst: 'ZA12BAX511B002',
  lmwh: 'XB01ABD502B002', propofol: 'XN01AXB503B002', ondans: 'XA04AAA524B002', gem: 'XL01BCJ505B002', cis: 'XL01XAS512B002', tobradex: 'XS01CAT513D001', mero: 'XJ01DHM501B002',
  danshen: 'ZA12BAD505B002', ginkgo: 'XN06DXY505B002', albumin: 'XB05AAR504B002', ppc: 'XA05BAD508A001', epo: 'XB03XAZ505B002', insulinA: 'XA10ABM504B002', lira: 'XA10BJL506B002',
  donep: 'XN06DAD512A001', tamsu: 'XG04CAT510A003', fdsp: 'ZA12BAF510A007', furo: 'XC03CAF503A001', spiro: 'XC03DAL505A001', pip: 'XJ01CRP501B002', kcl: 'XB05XAL512B002', insulinN: 'XA10ACJ502B002',
};
const S = {
  bed3: '001105000010001', nurse2: '001201000030001', nurse1: '001201000020001', nurse3: '001201000040001', ipcons: '001103000010001', ivfirst: '001204000010001', ivadd: '001204000020001',
  cbc5: '002501010010001', cbc3: '002501010020001', hb: '002501010030001', ua: '002501020010001', lft: '002502010010001', alt: '002502010020001', ast: '002502010030001', rft: '002502020010001', cr: '002502020020001',
  lyte: '002502030010001', lipid: '002502040010001', fbg: '002502050010001', hba1c: '002502050020001', coag: '002502060010001', ck: '002502070010001', tni: '002502070020001', bnp: '002502070030001', crp: '002502080010001',
  abg: '002502090010001', dd: '002502100010001', pre8: '002502120010001', abo: '002502130010001', psa: '002502150010001', tct: '002502160010001', cea: '002502170010001', afp: '002502170020001', ca125: '002502170030001', thy: '002502180010001',
  ecg: '003107010010001', holter: '003107010020001', cxr: '002202010010001', limbx: '002202020010001', lsx: '002202030010001', abdus: '002103010010001', echo: '002103010020001', carotid: '002103010030001', thyus: '002103010050001',
  headct: '002301010010001', chestct: '002301010020001', abdct: '002301010030001', cta: '002301010050001', headmri: '002401010010001', lsmri: '002401010020001', pft: '002503010020001', fundus: '002503010050001', slit: '002503010060001', ascan: '002503010070001',
  neb: '001207000010001', o2: '001208000010001', ecgmon: '001209000010001', spo2: '001210000010001', er: '001102000050001', chronic: '001109000010001', acup: '001215000010001', tuina: '001216000010001', rehabEval: '001217000010001', pt: '001218000010001',
  ot: '003402000010001', pci: '003101010020001', angio: '003101010010001', ga: '003301010010001', local: '003301010030001', lapappy: '003302010010001', lapchole: '003302020010001', hemiarth: '003303010020001', cataract: '003304010010001',
  dialysis: '003310010010001', chemoprep: '003310020010001', dressing: '001205000020001', special: '001201000010001', crossm: '002502130020001', glucomon: '001212000010001', needle: '004300000010001', cup: '004400000040001',
  ivset: 'C14010150100001020350000001', stent: 'C02010150100001259060000001', balloon: 'C02010150200001882100000001', guidew: 'C02010150400001146670000001', sheath: 'C02010150500001930830000001', angcath: 'C02010150300001651190000001',
  trocar: 'C11010150100001004460000001', suture: 'C11010150200001895120000001', clip: 'C11010150400001380140000001', gown: 'C11010150600001900710000001', femhead: 'C03010150300001664990000001', iol: 'C08010150100001152110000001', visco: 'C08010150200001585740000001',
  dialyzer: 'C10010150100001014100000001', dialine: 'C10010150200001187780000001', o2tube: 'C14050150100001832230000001', nebkit: 'C14050150200001429150000001', electrode: 'C14060150100001436170000001',
};
const X = (k, q, d, lv) => line(DRUG[k] || S[k] || k, q, d, lv);
function stayDays(adm, dis) { const n = diff(adm, dis); const a = []; for (let i = 0; i < n; i++) a.push(add(adm, i)); return a; }
function basicStay(adm, dis, lv, o = {}) {
  const out = []; const days = stayDays(adm, dis);
  for (const d of days) { out.push(X(o.bed || 'bed3', 1, d, lv)); out.push(X(o.nurse || 'nurse2', 1, d, lv)); out.push(X('ipcons', 1, d, lv)); }
  return out;
}
// inpatient condition templates: return {dx, px, items(lv)}
const IP = {
  pneumonia: (adm, dis) => ({ dept: 'respiratory', dx: ['J18.900', pick(['I10.x00', 'E11.900', 'I25.103'])], px: [], items: (lv) => { const d = stayDays(adm, dis); const a = [...basicStay(adm, dis, lv), X('cbc5', 1, adm, lv), X('crp', 1, adm, lv), X('chestct', 1, adm, lv), X('lft', 1, add(adm, 1), lv), X('rft', 1, add(adm, 1), lv), X('lyte', 1, add(adm, 1), lv), X('cbc5', 1, d[d.length - 1], lv)];
    for (const x of d.slice(0, Math.min(d.length, 10))) a.push(X('ceftri', 2, x, lv), X('nacl', 2, x, lv), X('ambroxIV', 2, x, lv), X('ivfirst', 1, x, lv), X('ivadd', 1, x, lv), X('ivset', 2, x, lv)); return a; } }),
  copd: (adm, dis) => ({ dept: 'respiratory', dx: ['J44.100', 'J96.000'.slice(0, 0) || 'I10.x00'], px: [], items: (lv) => { const d = stayDays(adm, dis); const a = [...basicStay(adm, dis, lv), X('cbc5', 1, adm, lv), X('abg', 1, adm, lv), X('abg', 1, d[Math.min(3, d.length - 1)], lv), X('chestct', 1, adm, lv), X('crp', 1, adm, lv), X('rft', 1, add(adm, 1), lv), X('lyte', 1, add(adm, 1), lv), X('pft', 1, d[d.length - 1], lv), X('o2tube', 1, adm, lv), X('nebkit', 1, adm, lv)];
    for (const x of d.slice(0, Math.min(d.length, 12))) a.push(X('doxo', 2, x, lv), X('budneb', 2, x, lv), X('neb', 2, x, lv), X('o2', 12, x, lv), X('levoIV', 1, x, lv), X('nacl', 2, x, lv), X('ivfirst', 1, x, lv), X('ivadd', 1, x, lv), X('ivset', 2, x, lv)); return a; } }),
  stroke: (adm, dis) => ({ dept: 'neurology', dx: ['I63.900', 'I10.x00'], px: [], items: (lv) => { const d = stayDays(adm, dis); const a = [...basicStay(adm, dis, lv, { nurse: 'nurse1' }), X('headct', 1, adm, lv), X('headmri', 1, add(adm, 1), lv), X('carotid', 1, add(adm, 2), lv), X('echo', 1, add(adm, 2), lv), X('lipid', 1, add(adm, 1), lv), X('hba1c', 1, add(adm, 1), lv), X('coag', 1, adm, lv), X('cbc5', 1, adm, lv), X('rehabEval', 1, add(adm, 3), lv)];
    for (const [i, x] of d.entries()) { a.push(X('asp', 1, x, lv), X('ator', 1, x, lv)); if (i < 10) a.push(X('citicol', 2, x, lv), X('xst', 2, x, lv), X('nacl', 2, x, lv), X('ivfirst', 1, x, lv), X('ivadd', 1, x, lv), X('ivset', 2, x, lv)); if (i >= 4) a.push(X('pt', 1, x, lv)); } return a; } }),
  hip: (adm, dis) => ({ dept: 'orthopedics', dx: ['S72.000', 'I10.x00'], px: [['81.5200', add(adm, 2)]], items: (lv) => { const d = stayDays(adm, dis); const op = add(adm, 2); const a = [...basicStay(adm, dis, lv, { nurse: 'nurse1' }), X('limbx', 1, adm, lv), X('pre8', 1, adm, lv), X('abo', 1, adm, lv), X('crossm', 1, add(adm, 1), lv), X('coag', 1, adm, lv), X('cbc5', 1, adm, lv), X('ecg', 1, adm, lv), X('hemiarth', 1, op, lv), X('femhead', 1, op, lv), X('ga', 2, op, lv), X('propofol', 2, op, lv), X('gown', 1, op, lv), X('suture', 2, op, lv), X('limbx', 1, d[d.length - 1], lv)];
    for (const [i, x] of d.entries()) { if (i >= 2) a.push(X('lmwh', 1, x, lv)); if (i >= 2 && i <= 3) a.push(X('cefurIV', 3, x, lv), X('nacl', 3, x, lv), X('ivfirst', 1, x, lv), X('ivadd', 2, x, lv), X('ivset', 3, x, lv)); if (i >= 3 && i % 2 === 1) a.push(X('dressing', 1, x, lv)); if (i >= 4) a.push(X('pt', 1, x, lv)); } return a; } }),
  appy: (adm, dis) => ({ dept: 'general_surgery', dx: ['K35.800'], px: [['47.0100', adm]], items: (lv) => { const d = stayDays(adm, dis); const a = [...basicStay(adm, dis, lv), X('cbc5', 1, adm, lv), X('crp', 1, adm, lv), X('abdus', 1, adm, lv), X('coag', 1, adm, lv), X('pre8', 1, adm, lv), X('lapappy', 1, adm, lv), X('ga', 2, adm, lv), X('propofol', 2, adm, lv), X('trocar', 1, adm, lv), X('suture', 2, adm, lv), X('gown', 1, adm, lv), X('cbc5', 1, d[d.length - 1], lv)];
    for (const x of d.slice(0, 3)) a.push(X('cefurIV', 3, x, lv), X('metro', 2, x, lv), X('nacl', 3, x, lv), X('ivfirst', 1, x, lv), X('ivadd', 2, x, lv), X('ivset', 3, x, lv)); return a; } }),
  chole: (adm, dis) => ({ dept: 'general_surgery', dx: ['K80.100'], px: [['51.2300', add(adm, 1)]], items: (lv) => { const d = stayDays(adm, dis); const op = add(adm, 1); const a = [...basicStay(adm, dis, lv), X('cbc5', 1, adm, lv), X('lft', 1, adm, lv), X('abdus', 1, adm, lv), X('coag', 1, adm, lv), X('pre8', 1, adm, lv), X('lapchole', 1, op, lv), X('ga', 2, op, lv), X('propofol', 2, op, lv), X('trocar', 1, op, lv), X('clip', 3, op, lv), X('suture', 2, op, lv), X('gown', 1, op, lv)];
    for (const x of d.slice(1, 4)) a.push(X('cefurIV', 2, x, lv), X('nacl', 2, x, lv), X('ivfirst', 1, x, lv), X('ivadd', 1, x, lv), X('ivset', 2, x, lv)); return a; } }),
  pci: (adm, dis) => ({ dept: 'cardiology', dx: ['I20.000', 'I10.x00'], px: [['88.5600', add(adm, 1)], ['36.0700', add(adm, 1)], ['00.6600', add(adm, 1)]], items: (lv) => { const d = stayDays(adm, dis); const op = add(adm, 1); const a = [...basicStay(adm, dis, lv, { nurse: 'nurse1' }), X('tni', 1, adm, lv), X('ck', 1, adm, lv), X('coag', 1, adm, lv), X('pre8', 1, adm, lv), X('lipid', 1, adm, lv), X('echo', 1, adm, lv), X('ecg', 1, adm, lv), X('pci', 1, op, lv), X('stent', 1, op, lv), X('balloon', 1, op, lv), X('guidew', 1, op, lv), X('sheath', 1, op, lv), X('angcath', 1, op, lv), X('tni', 1, add(op, 1), lv)];
    for (const x of d) a.push(X('asp', 1, x, lv), X('clop', 1, x, lv), X('ator', 1, x, lv), X('ecgmon', 12, x, lv)); return a; } }),
  cataract: (adm, dis) => ({ dept: 'ophthalmology', dx: ['H25.900'], px: [['13.4100', add(adm, 1)], ['13.7000', add(adm, 1)]], items: (lv) => { const op = add(adm, 1); return [...basicStay(adm, dis, lv, { nurse: 'nurse2' }), X('ascan', 1, adm, lv), X('slit', 1, adm, lv), X('fundus', 1, adm, lv), X('cbc5', 1, adm, lv), X('coag', 1, adm, lv), X('cataract', 1, op, lv), X('iol', 1, op, lv), X('visco', 1, op, lv), X('local', 1, op, lv), X('tobradex', 1, op, lv)]; } }),
  chemo: (adm, dis) => ({ dept: 'oncology', dx: ['Z51.102', 'C34.900'], px: [['99.2500', add(adm, 1)]], items: (lv) => { const c = add(adm, 1); const d = stayDays(adm, dis); return [...basicStay(adm, dis, lv), X('cbc5', 1, adm, lv), X('lft', 1, adm, lv), X('rft', 1, adm, lv), X('cea', 1, adm, lv), X('gem', 8, c, lv), X('cis', 6, c, lv), X('chemoprep', 2, c, lv), X('ondans', 2, c, lv), X('nacl', 3, c, lv), X('ivfirst', 1, c, lv), X('ivadd', 2, c, lv), X('ivset', 3, c, lv), X('cbc5', 1, d[d.length - 1], lv)]; } }),
  lumbar: (adm, dis) => ({ dept: 'rehabilitation', dx: ['M51.202'], px: [], items: (lv) => { const d = stayDays(adm, dis); const a = [...basicStay(adm, dis, lv, { nurse: 'nurse2' }), X('lsmri'.replace('lsmri', lv >= 2 ? 'lsmri' : 'lsx'), 1, adm, lv), X('cbc3', 1, adm, lv), X('rehabEval', 1, adm, lv)];
    for (const x of d) a.push(X('needle', 1, x, lv), X('tuina', 1, x, lv), X('pt', 1, x, lv), X('diclo', 1, x, lv)); return a; } }),
  dm: (adm, dis) => ({ dept: 'endocrinology', dx: ['E11.900', 'I10.x00'], px: [], items: (lv) => { const d = stayDays(adm, dis); const a = [...basicStay(adm, dis, lv), X('hba1c', 1, adm, lv), X('lipid', 1, adm, lv), X('lft', 1, adm, lv), X('rft', 1, adm, lv), X('fundus', 1, add(adm, 1), lv), X('ua', 1, adm, lv)];
    for (const x of d) a.push(X('glucomon', 4, x, lv), X('metf', 3, x, lv)); a.push(X('insulinN', 1, adm, lv)); return a; } }),
};
// outpatient templates
const OP = {
  htn: { dept: 'cardiology', dx: ['I10.x00'], items: (lv, d) => [X('amlo', 28, d, lv), rnd() < 0.3 ? X('ecg', 1, d, lv) : null] },
  dm: { dept: 'endocrinology', dx: ['E11.900'], items: (lv, d) => [X('metf', 84, d, lv), X('fbg', 1, d, lv)] },
  chd: { dept: 'cardiology', dx: ['I25.103'], items: (lv, d) => [X('asp', 28, d, lv), X('ator', 28, d, lv)] },
  uri: { dept: 'internal', dx: ['J06.900'], items: (lv, d) => [X('cbc3', 1, d, lv), X('lhqw', 24, d, lv), X('para', 6, d, lv)] },
  gastritis: { dept: 'internal', dx: ['K29.700'], items: (lv, d) => [X('omep', 28, d, lv), X('alcm', 36, d, lv)] },
  lbp: { dept: 'orthopedics', dx: ['M54.500'], items: (lv, d) => [X('lsx', 1, d, lv), X('diclo', 14, d, lv)] },
  knee: { dept: 'orthopedics', dx: ['M17.900'], items: (lv, d) => [X('limbx', 1, d, lv), X('celecox', 28, d, lv)] },
  eye: { dept: 'ophthalmology', dx: ['H10.900'], items: (lv, d) => [X('slit', 1, d, lv), X('levoeye', 1, d, lv)] },
  bronch: { dept: 'respiratory', dx: ['J20.900'], items: (lv, d) => [X('cbc3', 1, d, lv), X('ambrox', 18, d, lv), X('cxr', 1, d, lv)] },
};
function outpatient(m, h, d, key, extra = {}) {
  const t = OP[key]; const dept = deptOk(h, extra.dept || t.dept); const doc = docOf(h, dept);
  return claim({ m, h, vt: 'outpatient', dept, doc, date: d, dx: extra.dx || t.dx, items: (lv) => [consult(h, doc, d), ...t.items(lv, d), ...(extra.more ? extra.more(lv, d) : [])], settle: extra.settle });
}
const CHR = {
  I10: { dx: 'I10.x00', dept: 'cardiology', items: (lv, d, n) => [X('amlo', n, d, lv), X('valsartan', n, d, lv)] },
  E11: { dx: 'E11.900', dept: 'endocrinology', items: (lv, d, n) => [X('metf', 3 * n, d, lv), X('glim', n, d, lv)] },
  I25: { dx: 'I25.103', dept: 'cardiology', items: (lv, d, n) => [X('asp', n, d, lv), X('ator', n, d, lv), X('ismn', n, d, lv)] },
  J44: { dx: 'J44.000', dept: 'respiratory', items: (lv, d, n) => [X('tiot', Math.max(1, Math.round(n / 30)), d, lv), X('seretide', Math.max(1, Math.round(n / 30)), d, lv)] },
};
function chronic(m, h, d, key, n = 30, o = {}) {
  const t = CHR[key]; const dept = deptOk(h, t.dept); const doc = docOf(h, dept);
  return claim({ m, h, vt: 'chronic', dept, doc, date: d, dx: [t.dx], items: (lv) => { const a = [X('chronic', 1, d, lv), ...t.items(lv, d, n)]; if (o.mut) a.slice(1).forEach(mut); if (o.long) a.slice(1).forEach(longRx); return a; }, settle: o.settle });
}
function pharmacy(m, p, d, keys, o = {}) {
  const doc = H[p].depts.pharmacy[0];
  return claim({ m, h: p, vt: 'pharmacy', dept: 'pharmacy', doc, date: d, dx: o.dx || ['I10.x00'], items: (lv) => keys.map(([k, q]) => { const l = X(k, q, d, lv); if (o.mut) mut(l); if (o.long) longRx(l); return l; }) });
}
function inpatient(m, h, adm, los, key, o = {}) {
  const dis = add(adm, los); const t = IP[key](adm, dis); const dept = deptOk(h, o.dept || t.dept); const doc = docOf(h, dept);
  return claim({ m, h, vt: 'inpatient', dept, doc, adm, dis, dx: o.dx || t.dx, px: t.px, route: o.route || 'outpatient', dmode: o.dmode || 'ordered', from: o.from, items: (lv) => { let a = t.items(lv); if (o.tweak) a = o.tweak(a, lv, adm, dis); return a; }, settle: o.settle });
}

// ---------- cases ----------
const LABELS = [];
function label(kind, code, name, claims, targets, mutated) {
  const caseId = `B69-${code}-${String(LABELS.filter(l => l.code === code).length + 1).padStart(2, '0')}`;
  const o = { caseId, kind, code, name, claimIds: claims.map(c => c.claimId), targets: (targets || claims).map(c => c.claimId), mutatedLines: {} };
  if (kind === 'fraud') o.typology = code; else if (kind === 'control') o.control = code;
  if (mutated) for (const c of (targets || claims)) if (c._marks.length) o.mutatedLines[c.claimId] = c._marks.slice();
  LABELS.push(o);
}
const AWAY = { '230100': ['H46020001', 'H46020002', 'H37020001'], '220100': ['H46020001', 'H53010001', 'H46010001'], '370100': ['H46020002', 'H53010001', 'H11000001'], '370200': ['H46010001', 'H46020001', 'H31000001'], '510100': ['H53010001', 'H46020001', 'H31000001'], '511300': ['H37020001', 'H51010001', 'H53010001'] };
const HOMEH = { '230100': ['H23010001', 'H23010002', 'H23010103'], '220100': ['H22010001', 'H22010002'], '370100': ['H37010001'], '370200': ['H37020001', 'H37020002'], '510100': ['H51010001', 'H51010002'], '511300': ['H51130001', 'H51132101'] };
const HOMEP = { '230100': 'P23010001', '220100': 'P22010001', '370100': 'P37010001', '370200': 'P37020001', '510100': 'P51010001', '511300': 'P51130001' };
const AWAYP = { '460200': 'P46020001', '530100': 'P53010001', '370200': 'P37020001', '510100': 'P51010001' };
const L3 = (ids) => ids.filter(i => H[i].level === 3);
const rday = (m0, m1) => `2025-${String(ri(m0, m1)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
const N = 15;

const TYP = [
  ['T01', '异地直接结算后回参保地手工报销同一票据 (重复报销)'],
  ['T02', '冒名就医: 外出务工人员医保卡在老家被亲属使用'],
  ['T03', '同一参保人在外省住院期间本地发生门诊/购药 (不可能行程)'],
  ['T04', '临时外出就医备案用于数月择期住院 (反复异地择期住院)'],
  ['T05', '边境/旅游地机构拉人头: 组团异地老人低标准入院+套餐检查'],
  ['T06', '门诊慢特病药品两地同月重复开具'],
  ['T07', '异地转诊日期倒签: 转诊就诊晚于入院'],
  ['T08', '异地住院分解住院 (出院后1-3天同院同病种再入院)'],
  ['T09', '串换: 候鸟老人体检套餐以诊疗检查项目结算'],
  ['T10', '异地就医超限定支付 (级别/适应症限定)'],
  ['T11', '虚记/虚增住院天数与项目数量'],
  ['T12', '重复收费: 已含项目另行收取'],
  ['T13', '跨地区短期内重复大型检查 (过度检查)'],
  ['T14', '挂床住院: 异地康养机构长住院少治疗'],
  ['T15', '异地药店超量购药/倒卖 (长处方频繁重复)'],
];
const TN = Object.fromEntries(TYP);

// T01
for (let k = 0; k < N; k++) {
  const m = member(); const hs = AWAY[m.home]; const h = pick(hs); const all = [];
  const d0 = rday(1, 9);
  all.push(outpatient(m, h, d0, pick(['htn', 'chd', 'knee'])));
  let orig;
  if (k % 3 === 0) orig = inpatient(m, pick(L3(hs)), add(d0, ri(10, 40)), ri(6, 9), pick(['pneumonia', 'copd', 'stroke']));
  else orig = outpatient(m, h, add(d0, ri(10, 40)), pick(['lbp', 'gastritis', 'bronch']), { more: (lv, d) => [X('chestct'.replace('chestct', k % 2 ? 'headct' : 'abdus'), 1, d, lv)] });
  const dup = JSON.parse(JSON.stringify(orig)); claimSeq++;
  dup.claimId = `${dup.region}-${dup.provider.hospitalId}-2025-${String(claimSeq).padStart(6, '0')}`;
  dup._settle = add(orig._settle, ri(25, 70)); dup._ord = claimSeq;
  if (k % 3 === 1) { dup.items.reverse(); dup.items.forEach((l, i) => { l.lineId = String(i + 1); }); }
  if (k % 3 === 2 && dup.items.length > 3) { // manual claim drops the cheapest line and is re-totalled
    let mi = 0; dup.items.forEach((l, i) => { if (l.amount < dup.items[mi].amount) mi = i; }); dup.items.splice(mi, 1); dup.items.forEach((l, i) => { l.lineId = String(i + 1); });
    const t = dup.items.reduce((a, l) => a + Math.round(l.amount * 100), 0); const r = orig.amounts.policy / orig.amounts.total;
    const p = Math.round(t * r); dup.amounts = { total: t / 100, policy: p / 100, fundClaimed: Math.floor(Math.min(orig.amounts.fundClaimed * 100, p * 0.8)) / 100 };
  }
  dup._marks = []; CLAIMS.push(dup); all.push(dup);
  label('fraud', 'T01', TN.T01, all, [dup], false);
}
// T02: migrant worker insured at home (511300/510100 resident), lives in Qingdao/Chengdu; relatives use card at home
for (let k = 0; k < N; k++) {
  const m = member({ age: ri(24, 38), gender: 'M', scheme: 'resident', home: pick(['511300', '511300', '220100']) });
  const work = m.home === '220100' ? 'H37020002' : pick(['H37020002', 'H37020001']); const all = []; const tg = [];
  const d1 = rday(3, 10);
  all.push(outpatient(m, work, d1, pick(['uri', 'lbp', 'bronch'])));
  all.push(outpatient(m, work, add(d1, ri(20, 45)), pick(['uri', 'eye', 'gastritis'])));
  const homeH = m.home === '220100' ? 'H22010002' : pick(['H51130001', 'H51132101']);
  if (k % 3 === 0) { // age-restricted items for a young man
    const d = add(d1, ri(5, 15)); const c = outpatient(m, homeH, d, 'htn', { dx: ['I10.x00', 'N40.x00'], more: (lv, dd) => [mut(X('tamsu', 28, dd, lv))] }); tg.push(c);
  } else if (k % 3 === 1) { // same day, two provinces
    const c = outpatient(m, homeH, all[1].visitDate, pick(['chd', 'htn'])); tg.push(c);
  } else { // elderly chronic pattern at home while he works away, 1-2 days apart from his own visits
    tg.push(outpatient(m, homeH, add(d1, 1), 'htn')); tg.push(outpatient(m, homeH, add(all[1].visitDate, -1), 'chd'));
  }
  all.push(...tg); label('fraud', 'T02', TN.T02, all, tg, k % 3 === 0);
}
// T03
for (let k = 0; k < N; k++) {
  const m = member(); const hs = L3(AWAY[m.home]); const all = [];
  const adm = rday(1, 11); const los = ri(7, 11);
  all.push(outpatient(m, pick(HOMEH[m.home]), add(adm, -ri(20, 40)), 'htn'));
  all.push(inpatient(m, pick(hs), adm, los, pick(['pneumonia', 'copd', 'stroke', 'hip']), { route: 'emergency' }));
  let t;
  if (k % 2 === 0) t = pharmacy(m, HOMEP[m.home], add(adm, ri(2, los - 2)), [['amlo', 28], ['ator', 28]]);
  else t = outpatient(m, pick(HOMEH[m.home]), add(adm, ri(1, los - 2)), pick(['htn', 'chd', 'dm']));
  all.push(t); label('fraud', 'T03', TN.T03, all, [t], false);
}
// T04: 临时外出备案 used for months of elective stays
for (let k = 0; k < N; k++) {
  const m = member({ home: pick(['220100', '230100', '370100']) }); const h = pick(['H53280001', 'H46020002', 'H53010001']); const all = [];
  let d = `2025-${String(ri(1, 6)).padStart(2, '0')}-${String(ri(1, 20)).padStart(2, '0')}`;
  const n = ri(3, 5);
  for (let i = 0; i < n; i++) { const los = ri(9, 13); all.push(inpatient(m, h, d, los, 'lumbar', { dx: [pick(['M51.202', 'M47.802', 'M54.500'])] })); d = add(d, los + ri(12, 25)); }
  label('fraud', 'T04', TN.T04, all, all.slice(1), false);
}
// T05: 拉人头 — groups of out-of-region elders admitted together
for (let g = 0; g < 3; g++) {
  const h = ['H53280101', 'H46020003', 'H53280001'][g]; const adm = rday(1, 11);
  for (let i = 0; i < 5; i++) {
    const m = member({ age: ri(66, 80) }); const los = ri(7, 9); const dis = add(adm, los); const doc = docOf(h, 'internal');
    const c = claim({ m, h, vt: 'inpatient', dept: 'internal', doc, adm, dis, dx: [pick(['I10.x00', 'I25.103', 'I69.300']), pick(['E11.900', 'M17.900', 'K29.700'])], route: 'outpatient', dmode: 'ordered', items: (lv) => {
      const a = [...basicStay(adm, dis, lv, { nurse: 'nurse3' }), X('cbc5', 1, adm, lv), X('ua', 1, adm, lv), X('lft', 1, adm, lv), X('rft', 1, adm, lv), X('lipid', 1, adm, lv), X('fbg', 1, adm, lv), X('ecg', 1, adm, lv), X('holter', 1, add(adm, 1), lv), X('headct', 1, add(adm, 1), lv), X('chestct', 1, add(adm, 1), lv), X('echo', 1, add(adm, 2), lv), X('carotid', 1, add(adm, 2), lv), X('abdus', 1, add(adm, 2), lv)];
      for (const x of stayDays(adm, dis).slice(1, 6)) a.push(X('nacl', 1, x, lv), X('ivfirst', 1, x, lv), X('ivset', 1, x, lv), X(lv >= 2 ? 'xst' : 'fdsp', lv >= 2 ? 2 : 30, x, lv));
      return a; } });
    label('fraud', 'T05', TN.T05, [c], [c], false);
  }
}
// T06: chronic drugs in two regions for the same months
for (let k = 0; k < N; k++) {
  const key = pick(['I10', 'E11', 'I25']); const m = member({ chronic: [key] }); const all = []; const tg = [];
  const homeH = pick(HOMEH[m.home]); const awayH = pick(AWAY[m.home]);
  const start = rday(1, 6);
  for (let i = 0; i < 4; i++) all.push(chronic(m, homeH, add(start, 30 * i), key, 30));
  for (let i = 0; i < 3; i++) { const c = chronic(m, awayH, add(start, 30 * i + ri(5, 20)), key, 30, { mut: true }); all.push(c); tg.push(c); }
  label('fraud', 'T06', TN.T06, all, tg, true);
}
// T07: referral dated after admission
for (let k = 0; k < N; k++) {
  const m = member({ home: pick(['511300', '230100', '370100', '220100']) }); const ref = HOMEH[m.home].find(i => H[i].level >= 2) || HOMEH[m.home][0];
  const h = pick(['H11000001', 'H31000001']); const adm = rday(2, 10); const los = ri(5, 9);
  const ip = inpatient(m, h, adm, los, pick(['pci', 'chemo', 'chole']), { route: 'transfer', from: ref });
  const late = k < 10 ? add(adm, ri(2, 6)) : add(adm, los + ri(1, 5));
  const rv = outpatient(m, ref, late, 'chd', { dept: 'cardiology' });
  label('fraud', 'T07', TN.T07, [ip, rv], [ip, rv], false);
}
// T08: split stay
for (let k = 0; k < N; k++) {
  const m = member(); const h = pick(AWAY[m.home].filter(i => H[i].level >= 2)); const key = pick(['copd', 'pneumonia', 'stroke']);
  const adm = rday(1, 10); const l1 = ri(6, 9); const a = inpatient(m, h, adm, l1, key);
  const adm2 = add(adm, l1 + ri(1, 3)); const b = inpatient(m, h, adm2, ri(5, 8), key, k % 3 === 2 ? { dx: key === 'copd' ? ['J44.000', 'I10.x00'] : key === 'pneumonia' ? ['J18.000', 'I10.x00'] : ['I63.500', 'I10.x00'] } : {});
  label('fraud', 'T08', TN.T08, [a, b], [b], false);
}
// T09: health check packages swapped into covered tests
for (let g = 0; g < 3; g++) {
  const h = ['H46020002', 'H46020001', 'H53280001'][g]; const d = `2025-${pick(['01', '02', '11', '12'])}-${String(ri(3, 26)).padStart(2, '0')}`;
  for (let i = 0; i < 5; i++) {
    const m = member({ age: ri(62, 76) }); const doc = docOf(h, 'internal');
    const c = claim({ m, h, vt: 'outpatient', dept: 'internal', doc, date: d, dx: [pick(['I10.x00', 'E11.900', 'I25.103'])], items: (lv) => [consult(h, doc, d), X('cbc5', 1, d, lv), X('ua', 1, d, lv), X('lft', 1, d, lv), X('rft', 1, d, lv), X('lipid', 1, d, lv), X('fbg', 1, d, lv), X('ecg', 1, d, lv),
      mut(X('thy', 1, d, lv)), mut(X('cea', 1, d, lv)), mut(X('afp', 1, d, lv)), mut(X(m.gender === 'M' ? 'psa' : 'ca125', 1, d, lv)), mut(X('chestct', 1, d, lv)), mut(X('abdus', 1, d, lv)), mut(X('thyus', 1, d, lv)), mut(X('carotid', 1, d, lv))] });
    label('fraud', 'T09', TN.T09, [c], [c], true);
  }
}
// T10: restricted items outside their scope, away
for (let k = 0; k < N; k++) {
  const m = member(); const v = k % 3; let c;
  if (v === 0) { // level-restricted carbapenem in a level-2 hospital
    c = inpatient(m, pick(['H46020002', 'H53280001', 'H37020002']), rday(1, 11), ri(7, 10), 'pneumonia', { tweak: (a, lv, adm, dis) => a.map(l => l._row.code === DRUG.ceftri ? mut(X('mero', 3, l.date, lv)) : l) });
  } else if (v === 1) { // herbal injection without indication (cervical spondylosis)
    c = inpatient(m, pick(['H46020002', 'H53280001']), rday(1, 11), ri(9, 12), 'lumbar', { dx: ['M47.802'], tweak: (a, lv, adm, dis) => { for (const x of stayDays(adm, dis).slice(0, 7)) a.push(mut(X('danshen', 4, x, lv)), X('nacl', 1, x, lv), X('ivfirst', 1, x, lv)); return a; } });
  } else { // albumin after surgery without an indication
    c = inpatient(m, pick(['H46020001', 'H53010001', 'H46010001']), rday(1, 11), ri(8, 11), 'hip', { tweak: (a, lv, adm, dis) => { for (const x of stayDays(adm, dis).slice(3, 6)) a.push(mut(X('albumin', 2, x, lv))); return a; } });
  }
  label('fraud', 'T10', TN.T10, [c], [c], true);
}
// T11: phantom days / inflated quantities
for (let k = 0; k < N; k++) {
  const m = member(); const h = pick(AWAY[m.home].filter(i => H[i].level >= 2)); const v = k % 3;
  const c = inpatient(m, h, rday(1, 11), ri(6, 10), pick(['pneumonia', 'copd']), { tweak: (a, lv, adm, dis) => {
    if (v === 0) { // bed, nursing and ward round billed for days after discharge
      for (const x of [dis, add(dis, 1), add(dis, 2)]) a.push(mut(X('bed3', 1, x, lv)), mut(X('nurse2', 1, x, lv)), mut(X('ipcons', 1, x, lv)));
      return a;
    }
    if (v === 1) { // aggregated bed line with quantity LOS+4
      const n = diff(adm, dis); a = a.filter(l => l._row.code !== S.bed3); a.unshift(mut(X('bed3', n + 4, adm, lv))); return a;
    }
    return a.map(l => (l._row.code === S.o2 ? mut(X('o2', 24, l.date, lv)) : l._row.code === DRUG.nacl ? mut(X('nacl', 4, l.date, lv)) : l)); // oxygen 24h and doubled fluids every day
  } });
  label('fraud', 'T11', TN.T11, [c], [c], true);
}
// T12: included items billed again
for (let k = 0; k < N; k++) {
  const m = member(); const h = pick(AWAY[m.home].filter(i => H[i].level >= 2)); const v = k % 5;
  const key = v === 3 ? 'pci' : v === 4 ? 'hip' : pick(['pneumonia', 'copd', 'stroke']);
  const hh = key === 'pci' ? pick(['H11000001', 'H31000001', 'H46020001']) : h;
  const c = inpatient(m, hh, rday(1, 11), ri(6, 9), key, { tweak: (a, lv, adm, dis) => {
    if (v === 0) a.push(mut(X('hb', 1, adm, lv)));
    else if (v === 1) a.push(mut(X('alt', 1, add(adm, 1), lv)), mut(X('ast', 1, add(adm, 1), lv)));
    else if (v === 2) a.push(mut(X('cr', 1, add(adm, 1), lv)));
    else if (v === 3) a.push(mut(X('angio', 1, add(adm, 1), lv)));
    else a.push(mut(X('local', 1, add(adm, 2), lv)));
    if (v === 2 && !a.some(l => l._row.code === S.rft)) a.push(X('rft', 1, add(adm, 1), lv));
    if (v === 1 && !a.some(l => l._row.code === S.lft)) a.push(X('lft', 1, add(adm, 1), lv));
    return a; } });
  label('fraud', 'T12', TN.T12, [c], [c], true);
}
// T13: repeat big imaging across regions within days
for (let k = 0; k < N; k++) {
  const m = member(); const d = rday(1, 11); const v = k % 3;
  const homeH = HOMEH[m.home].find(i => H[i].level >= 2); const awayH = pick(AWAY[m.home]);
  const img = v === 0 ? 'headmri' : v === 1 ? 'chestct' : 'headct'; const key = v === 1 ? 'bronch' : 'htn';
  const dx = v === 1 ? ['J20.900'] : ['R51.x00', 'I10.x00'];
  const a = outpatient(m, homeH, d, key, { dx, more: (lv, dd) => [X(img, 1, dd, lv)] });
  const b = outpatient(m, awayH, add(d, ri(2, 8)), key, { dx, more: (lv, dd) => [mut(X(img, 1, dd, lv)), v !== 1 ? mut(X('carotid', 1, dd, lv)) : null] });
  label('fraud', 'T13', TN.T13, [a, b], [b], true);
}
// T14: bed-blocking in away wellness institutions
for (let k = 0; k < N; k++) {
  const m = member({ age: ri(68, 82) }); const h = pick(['H46020003', 'H53280101', 'H46020002']); const adm = `2025-${pick(['01', '02', '11', '12'])}-${String(ri(1, 12)).padStart(2, '0')}`;
  const los = ri(12, 18); const dis = add(adm, los); const doc = docOf(h, 'internal');
  const c = claim({ m, h, vt: 'inpatient', dept: 'internal', doc, adm, dis, dx: [pick(['I10.x00', 'I25.103', 'M17.900']), 'E11.900'], route: 'outpatient', dmode: 'ordered', items: (lv) => {
    const a = [...basicStay(adm, dis, lv, { nurse: 'nurse3' }), X('cbc3', 1, adm, lv), X('fbg', 1, adm, lv), X('ecg', 1, adm, lv)];
    for (const x of stayDays(adm, dis)) { a.push(X('amlo', 1, x, lv), X('metf', 3, x, lv)); if (k % 2 === 0) a.push(X('acup', 1, x, lv)); }
    return a; } });
  label('fraud', 'T14', TN.T14, [c], [c], false);
}
// T15: pharmacy over-supply away
for (let k = 0; k < N; k++) {
  const m = member({ home: pick(['230100', '220100', '370200', '510100']) }); const p = pick(['P46020001', 'P53010001', m.home === '510100' ? 'P37020001' : 'P51010001']); const all = []; const tg = [];
  const v = k % 3; const d0 = rday(1, 7);
  const basket = v === 0 ? [['ator', 84], ['amlo', 84]] : v === 1 ? [['symb', 3], ['seretide', 3]] : [['clop', 84], ['rosu', 84]];
  const dx = v === 1 ? ['J44.000'] : v === 2 ? ['I25.103'] : ['I10.x00'];
  for (let i = 0; i < 4; i++) { const c = pharmacy(m, p, add(d0, i * ri(10, 16)), basket, { dx, long: true, mut: i > 0 }); all.push(c); if (i > 0) tg.push(c); }
  label('fraud', 'T15', TN.T15, all, tg, true);
}

// ---------- controls ----------
const CTL = [
  ['C01', '异地长期居住备案退休人员两地就医, 全年无重叠'],
  ['C02', '转诊至北京/上海国家医学中心, 转诊在前, 多次复诊'],
  ['C03', '旅途急症: 急诊入院 (旅游地)'],
  ['C04', '候鸟式养老: 冬季海南门诊/慢特病, 夏季回参保地'],
  ['C05', '迁居后慢特病购药地变更, 用药衔接无重叠'],
  ['C06', '异地出院后15天内因不同疾病再入院'],
  ['C07', '医嘱转院: 县级医院转出当日上级医院转入'],
  ['C08', '候鸟尿毒症患者异地门诊透析 (每周三次同样账单)'],
  ['C09', '三级医院重症感染合规使用限三级抗菌药'],
  ['C10', '异地长期居住者卒中后长住院, 每日康复治疗'],
  ['C11', '旅游地急诊胸痛规范检查'],
  ['C12', '转院后上级医院复查影像 (病情需要)'],
  ['C13', '候鸟出行前一次性长处方 (12周)'],
  ['C14', '同日同城两家医院不同专科就诊'],
  ['C15', '外出务工者与其留守父亲各自就医 (同日两地, 不同参保人)'],
  ['C16', '外出务工者春节返乡期间在老家就医'],
  ['C17', '出行当日/次日: 本地购药后异地急诊'],
  ['C18', '旅游地二级医院为外地患者急诊手术'],
  ['C19', '不同日复查单项检验 (非重复收费)'],
  ['C20', '异地老年患者慢阻肺长住院, 床日与住院天数一致'],
  ['C21', '异地肿瘤化疗按周期 (21天) 规律入院'],
  ['C22', '限定支付药品有适应症 (二级医院)'],
  ['C23', '异地药店每月常规购药, 用量正常'],
  ['C24', '候鸟老夫妻同日同院开具慢特病药'],
];
const CN = Object.fromEntries(CTL);
const ctl = (code, claims) => label('control', code, CN[code], claims, claims, false);
for (let k = 0; k < N; k++) { // C01
  const m = member({ home: pick(['230100', '220100']) }); const live = pick(['H37020001', 'H37020002', 'H51010002']); const home = pick(HOMEH[m.home]); const a = [];
  for (const mo of [1, 3, 5, 9, 11]) a.push(outpatient(m, live, `2025-${String(mo).padStart(2, '0')}-${String(ri(2, 26)).padStart(2, '0')}`, pick(['htn', 'chd', 'knee'])));
  for (const mo of [7, 8]) a.push(outpatient(m, home, `2025-0${mo}-${String(ri(2, 26)).padStart(2, '0')}`, pick(['htn', 'chd'])));
  if (k % 3 === 0) a.push(inpatient(m, L3([live]).length ? live : 'H37020001', `2025-10-${String(ri(2, 15)).padStart(2, '0')}`, ri(6, 9), 'pneumonia'));
  a.sort((x, y) => x._settle < y._settle ? -1 : 1); ctl('C01', a);
}
for (let k = 0; k < N; k++) { // C02
  const m = member({ home: pick(['511300', '230100', '370100', '220100']) }); const ref = HOMEH[m.home].find(i => H[i].level >= 2) || HOMEH[m.home][0]; const h = pick(['H11000001', 'H31000001']);
  const d = rday(2, 8); const a = [outpatient(m, ref, d, 'chd')]; const adm = add(d, ri(3, 12));
  a.push(inpatient(m, h, adm, ri(5, 8), pick(['pci', 'chemo', 'chole']), { route: 'transfer', from: ref }));
  for (let i = 1; i <= 3; i++) a.push(outpatient(m, h, add(adm, 30 * i + ri(0, 6)), 'chd'));
  ctl('C02', a);
}
for (let k = 0; k < N; k++) { // C03
  const m = member(); const h = pick(['H46020001', 'H53010001', 'H46010001']); const adm = rday(1, 11); const key = pick(['appy', 'hip', 'pneumonia', 'stroke']);
  const doc = docOf(h, 'emergency');
  const e = claim({ m, h, vt: 'outpatient', dept: 'emergency', doc, date: adm, dx: [key === 'appy' ? 'R10.400' : key === 'hip' ? 'S72.000' : key === 'stroke' ? 'I63.900' : 'J18.900'], items: (lv) => [X('er', 1, adm, lv), X('cbc5', 1, adm, lv), key === 'stroke' ? X('headct', 1, adm, lv) : X('ecg', 1, adm, lv)] });
  const ip = inpatient(m, h, adm, key === 'appy' ? ri(3, 5) : ri(7, 11), key, { route: 'emergency' });
  ctl('C03', [e, ip]);
}
for (let k = 0; k < N; k++) { // C04
  const key = pick(['I10', 'E11', 'I25']); const m = member({ chronic: [key], age: ri(63, 78) }); const a = []; const hh = pick(['H46020001', 'H46020002']); const home = pick(HOMEH[m.home]);
  let d = `2025-01-${String(ri(3, 10)).padStart(2, '0')}`; for (let i = 0; i < 3; i++) { a.push(chronic(m, hh, d, key, 30)); d = add(d, 30); }
  for (let i = 0; i < 6; i++) { a.push(chronic(m, home, d, key, 30)); d = add(d, 30); }
  for (let i = 0; i < 2; i++) { a.push(chronic(m, hh, d, key, 30)); d = add(d, 30); }
  if (k % 2) a.push(outpatient(m, hh, add(d, -20), 'uri'));
  a.sort((x, y) => x._settle < y._settle ? -1 : 1); ctl('C04', a);
}
for (let k = 0; k < N; k++) { // C05
  const key = pick(['I10', 'E11', 'I25']); const m = member({ chronic: [key] }); const a = []; const home = pick(HOMEH[m.home]); const nw = pick(AWAY[m.home]);
  let d = `2025-01-${String(ri(3, 20)).padStart(2, '0')}`; for (let i = 0; i < 5; i++) { a.push(chronic(m, home, d, key, 30)); d = add(d, 30); }
  d = add(d, ri(0, 6)); for (let i = 0; i < 5; i++) { a.push(chronic(m, nw, d, key, 30)); d = add(d, 30); }
  ctl('C05', a);
}
for (let k = 0; k < N; k++) { // C06
  const m = member({ age: ri(72, 85) }); const h = pick(L3(AWAY[m.home])); const adm = rday(1, 10); const l1 = ri(7, 9);
  const a = inpatient(m, h, adm, l1, 'pneumonia'); const b = inpatient(m, h, add(adm, l1 + ri(4, 12)), ri(9, 12), pick(['hip', 'chole']), { route: 'emergency' });
  ctl('C06', [a, b]);
}
for (let k = 0; k < N; k++) { // C07
  const m = member({ home: pick(['511300', '230100', '220100']) }); const low = HOMEH[m.home].find(i => H[i].level === 2) || HOMEH[m.home][0]; const up = m.home === '511300' ? 'H51010001' : pick(['H11000001', 'H37010001']);
  const adm = rday(1, 10); const l1 = ri(2, 4); const key = pick(['stroke', 'pci']);
  const a = inpatient(m, low, adm, l1, 'stroke', { route: 'emergency', dmode: 'transfer', dx: key === 'pci' ? ['I20.000', 'I10.x00'] : undefined, tweak: key === 'pci' ? (x, lv, ad, di) => x.filter(l => !/^00330|^C0|^00240|^XN06|^ZA12/.test(l._row.code)) : undefined });
  const b = inpatient(m, up, add(adm, l1), ri(6, 10), key, { route: 'transfer', from: low });
  ctl('C07', [a, b]);
}
for (let k = 0; k < N; k++) { // C08
  const m = member({ chronic: ['N18'], age: ri(60, 74), home: pick(['230100', '220100', '370100']) }); const h = pick(['H46020001', 'H46020002']); const a = [];
  let d = `2025-${pick(['01', '11'])}-0${ri(1, 6)}`;
  for (let i = 0; i < 8; i++) { const dd = d; const doc = docOf(h, 'nephrology'); a.push(claim({ m, h, vt: 'chronic', dept: 'nephrology', doc, date: dd, dx: ['N18.500'], items: (lv) => [X('dialysis', 1, dd, lv), X('dialyzer', 1, dd, lv), X('dialine', 1, dd, lv), ...(i % 3 === 0 ? [X('epo', 1, dd, lv)] : [])] })); d = add(d, i % 3 === 2 ? 3 : 2); }
  ctl('C08', a);
}
for (let k = 0; k < N; k++) { // C09
  const m = member({ age: ri(70, 85) }); const h = pick(['H46020001', 'H53010001', 'H31000001', 'H37020001']);
  const c = inpatient(m, h, rday(1, 11), ri(10, 14), 'pneumonia', { route: 'emergency', dx: ['A41.900', 'J18.900', 'R65.101'.slice(0, 0) || 'I10.x00'], tweak: (a, lv) => a.map(l => l._row.code === DRUG.ceftri ? X('mero', 3, l.date, lv) : l).concat([X('pcT'.replace('pcT', '002502080020001'), 1, a[0].date, lv), X('abg', 1, a[0].date, lv)]) });
  ctl('C09', [c]);
}
for (let k = 0; k < N; k++) { // C10
  const m = member({ age: ri(66, 80) }); const h = pick(['H53010001', 'H46020001', 'H37020001']);
  const adm = rday(1, 10); const los = ri(18, 24);
  const c = inpatient(m, h, adm, los, 'stroke', { tweak: (a, lv, ad, di) => { for (const x of stayDays(ad, di).slice(4)) a.push(X('ot', 1, x, lv), X('acup', 1, x, lv)); return a; } });
  ctl('C10', [c]);
}
for (let k = 0; k < N; k++) { // C11
  const m = member({ age: ri(58, 75) }); const h = pick(['H46020001', 'H53010001', 'H46010001']); const d = rday(1, 12); const doc = docOf(h, 'emergency');
  const c = claim({ m, h, vt: 'outpatient', dept: 'emergency', doc, date: d, dx: ['R07.400', 'I10.x00'], items: (lv) => [X('er', 1, d, lv), X('ecg', 1, d, lv), X('tni', 1, d, lv), X('ck', 1, d, lv), X('dd', 1, d, lv), X('cbc5', 1, d, lv), X('lyte', 1, d, lv), X(k % 2 ? 'cta' : 'chestct', 1, d, lv), X('asp', 3, d, lv)] });
  ctl('C11', [c]);
}
for (let k = 0; k < N; k++) { // C12
  const m = member({ home: pick(['511300', '230100']) }); const low = HOMEH[m.home].find(i => H[i].level === 2) || HOMEH[m.home][0]; const up = m.home === '511300' ? 'H51010001' : 'H37010001';
  const d = rday(1, 11); const doc = docOf(low, 'emergency');
  const e = claim({ m, h: low, vt: 'outpatient', dept: 'emergency', doc, date: d, dx: ['I63.900'], items: (lv) => [X('er', 1, d, lv), X('headct', 1, d, lv), X('cbc5', 1, d, lv), X('coag', 1, d, lv)] });
  const ip = inpatient(m, up, add(d, 1), ri(9, 12), 'stroke', { route: 'transfer', from: low });
  ctl('C12', [e, ip]);
}
for (let k = 0; k < N; k++) { // C13
  const key = pick(['I10', 'E11', 'I25']); const m = member({ chronic: [key] }); const home = pick(HOMEH[m.home]); const hh = pick(['H46020001', 'H46020002']);
  const a = [chronic(m, home, `2025-10-${String(ri(10, 25)).padStart(2, '0')}`, key, 84, { long: true })];
  a.push(chronic(m, hh, add(a[0].visitDate, 84 + ri(0, 5)), key, 30));
  ctl('C13', a);
}
for (let k = 0; k < N; k++) { // C14
  const m = member(); const d = rday(1, 12); const hs = m.home === '230100' ? ['H46020001', 'H46020002'] : ['H46020001', 'H46020002'];
  const a = outpatient(m, hs[0], d, 'eye'); const b = outpatient(m, hs[1], d, pick(['htn', 'chd']));
  ctl('C14', [a, b]);
}
for (let k = 0; k < N; k++) { // C15
  const son = member({ age: ri(24, 38), gender: 'M', scheme: 'resident', home: '511300' }); const dad = member({ age: ri(58, 70), gender: 'M', scheme: 'resident', home: '511300' });
  const d = rday(3, 11); const a = outpatient(son, 'H37020002', d, pick(['uri', 'lbp'])); const b = outpatient(dad, pick(['H51130001', 'H51132101']), d, pick(['htn', 'chd']));
  ctl('C15', [a, b]);
}
for (let k = 0; k < N; k++) { // C16
  const m = member({ age: ri(24, 40), gender: pick(['M', 'F']), scheme: 'resident', home: '511300' });
  const a = outpatient(m, 'H37020002', `2025-01-${String(ri(5, 15)).padStart(2, '0')}`, 'uri');
  const b = outpatient(m, pick(['H51130001', 'H51132101']), `2025-01-${String(ri(25, 31)).padStart(2, '0')}`, pick(['uri', 'gastritis', 'bronch']));
  const c = outpatient(m, 'H37020002', `2025-02-${String(ri(12, 25)).padStart(2, '0')}`, pick(['lbp', 'eye']));
  ctl('C16', [a, b, c]);
}
for (let k = 0; k < N; k++) { // C17
  const m = member(); const d = rday(1, 12); const p = pharmacy(m, HOMEP[m.home], d, [['amlo', 28]]); const h = pick(['H46020001', 'H53010001', 'H46010001']); const dd = k % 2 ? d : add(d, 1); const doc = docOf(h, 'emergency');
  const e = claim({ m, h, vt: 'outpatient', dept: 'emergency', doc, date: dd, dx: [pick(['A09.900', 'J06.900', 'S82.300'])], items: (lv) => [X('er', 1, dd, lv), X('cbc5', 1, dd, lv), X('nacl', 2, dd, lv), X('ivfirst', 1, dd, lv), X('ivset', 1, dd, lv)] });
  ctl('C17', [p, e]);
}
for (let k = 0; k < N; k++) { // C18
  const m = member({ age: ri(30, 70) }); const h = pick(['H53280001', 'H46020002']); const adm = rday(1, 12);
  ctl('C18', [inpatient(m, h, adm, ri(3, 5), 'appy', { route: 'emergency' })]);
}
for (let k = 0; k < N; k++) { // C19
  const m = member(); const h = pick(AWAY[m.home].filter(i => H[i].level >= 2));
  const c = inpatient(m, h, rday(1, 11), ri(7, 10), pick(['pneumonia', 'copd']), { tweak: (a, lv, adm, dis) => { a.push(k % 2 ? X('hb', 1, add(adm, 4), lv) : X('alt', 1, add(adm, 5), lv)); return a; } });
  ctl('C19', [c]);
}
for (let k = 0; k < N; k++) { // C20
  const m = member({ age: ri(70, 86) }); const h = pick(L3(AWAY[m.home]).concat(['H46020001']));
  ctl('C20', [inpatient(m, h, rday(1, 11), ri(12, 16), 'copd', { route: 'emergency' })]);
}
for (let k = 0; k < N; k++) { // C21
  const m = member({ age: ri(50, 72), chronic: ['C34'] }); const h = pick(['H31000001', 'H11000001', 'H51010001']); const a = []; let adm = rday(1, 6);
  for (let i = 0; i < 4; i++) { a.push(inpatient(m, h, adm, 3, 'chemo', i === 0 ? { route: 'transfer', from: HOMEH[m.home].find(x => H[x].level >= 2) || HOMEH[m.home][0] } : {})); adm = add(adm, 21); }
  ctl('C21', a);
}
for (let k = 0; k < N; k++) { // C22
  const m = member(); const h = pick(['H46020002', 'H53280001', 'H37020002']); let c;
  if (k % 2 === 0) { const adm = rday(1, 11); const los = ri(6, 8); const dis = add(adm, los); const doc = docOf(h, 'cardiology');
    c = claim({ m, h, vt: 'inpatient', dept: 'cardiology', doc, adm, dis, dx: ['I20.000', 'I10.x00'], route: 'emergency', dmode: 'ordered', items: (lv) => { const a = [...basicStay(adm, dis, lv, { nurse: 'nurse1' }), X('tni', 1, adm, lv), X('ck', 1, adm, lv), X('ecg', 1, adm, lv), X('echo', 1, add(adm, 1), lv), X('lipid', 1, adm, lv)];
      for (const x of stayDays(adm, dis)) a.push(X('danshen', 4, x, lv), X('nacl', 1, x, lv), X('ivfirst', 1, x, lv), X('ivset', 1, x, lv), X('asp', 1, x, lv), X('ator', 1, x, lv), X('ismn', 1, x, lv)); return a; } });
  } else c = inpatient(m, h, rday(1, 11), ri(7, 10), 'pneumonia', { dx: ['J18.900', 'K74.600', 'R18.x00'], tweak: (a, lv, adm) => { for (let i = 1; i <= 3; i++) a.push(X('albumin', 2, add(adm, i), lv)); a.push(X('abdus', 1, adm, lv)); return a; } });
  ctl('C22', [c]);
}
for (let k = 0; k < N; k++) { // C23
  const m = member({ home: pick(['230100', '220100', '370200']) }); const p = pick(['P46020001', 'P53010001']); const a = []; let d = rday(1, 6);
  for (let i = 0; i < 4; i++) { a.push(pharmacy(m, p, d, [['amlo', 28], ['ator', 28]])); d = add(d, ri(28, 33)); }
  ctl('C23', a);
}
for (let k = 0; k < N; k++) { // C24
  const key = pick(['I10', 'E11', 'I25']); const home = pick(['230100', '220100', '370100']);
  const h1 = member({ gender: 'M', chronic: [key], home, age: ri(66, 76) }); const w1 = member({ gender: 'F', chronic: [key], home, age: ri(62, 74) });
  const h = pick(['H46020001', 'H46020002']); const d = `2025-${pick(['01', '02', '12'])}-${String(ri(3, 25)).padStart(2, '0')}`;
  ctl('C24', [chronic(h1, h, d, key, 30), chronic(w1, h, d, key, 30)]);
}
// ---------- routine ----------
for (let k = 0; k < 100; k++) {
  const m = member({ age: ri(20, 85) }); const v = k % 10; let c;
  const away = rnd() < 0.35; const hs = away ? AWAY[m.home] : HOMEH[m.home]; const d = rday(1, 12);
  if (v < 5) c = outpatient(m, pick(hs), d, pick(Object.keys(OP).filter(x => m.age < 40 ? !['knee'].includes(x) : true)));
  else if (v < 7) { const b = pick([[[['amlo', 28]], 'I10.x00'], [[['omep', 14]], 'K29.700'], [[['lhqw', 24]], 'J06.900'], [[['ator', 28], ['asp', 28]], 'I25.103']]); c = pharmacy(m, away ? pick(Object.values(AWAYP)) : HOMEP[m.home], d, b[0], { dx: [b[1]] }); }
  else if (v === 7) { const key = pick(['I10', 'E11']); m.enrollment.chronicDiseases = [key]; c = chronic(m, pick(hs), d, key, 30); }
  else c = inpatient(m, pick(hs.filter(i => H[i].level >= 2).concat(['H51010001'])), d, ri(3, 9), pick(['pneumonia', 'appy', 'cataract', 'dm']), { route: pick(['outpatient', 'emergency']) });
  LABELS.push({ caseId: `B69-R-${String(k + 1).padStart(3, '0')}`, kind: 'routine', code: 'R', name: 'routine', claimIds: [c.claimId], targets: [c.claimId], mutatedLines: {} });
}

// fix pharmacy dx for routine baskets & fill groups, order by settlement date
for (const c of CLAIMS) if (c.visitType === 'inpatient') c.reportedGroup = { drg: GRP[c.claimId] || null, dip: null };
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._ord - b._ord));
const out = CLAIMS.map(c => { const o = { ...c }; delete o._settle; delete o._ord; delete o._marks; return JSON.stringify(o); });
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1));
console.error(`blind69: ${CLAIMS.length} claims, ${LABELS.length} cases (${LABELS.filter(l => l.kind === 'fraud').length} fraud, ${LABELS.filter(l => l.kind === 'control').length} control, ${LABELS.filter(l => l.kind === 'routine').length} routine)`);
