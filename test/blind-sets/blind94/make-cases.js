#!/usr/bin/env node
// blind94: diabetes technology, obesity and endocrine care (糖尿病、肥胖与内分泌).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CATDIR = path.resolve(opt('--catalogue') || path.join(__dirname, '../../base92/rules/catalogue'));
const GROUPS = opt('--groups');

// ---------- rng ----------
let seed = 94094094;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue rows ----------
const ROW = {};
for (const f of fs.readdirSync(CATDIR)) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f), 'utf8')).rows) ROW[r.code] = r;
}
const C = { // short names -> row codes used
  opGen: '001102000010001', opAssoc: '001102000020001', opChief: '001102000030001', opCommunity: '001102000040001', opEmerg: '001102000050001',
  ipConsult: '001103000010001', consultIn: '001104000010001', chronicMgmt: '001109000010001',
  bed3: '001105000010001', bed2: '001105000020001', bedICU: '001105000030001',
  nurse1: '001201000020001', nurse2: '001201000030001', nurse3: '001201000040001',
  ivFirst: '001204000010001', ivMore: '001204000020001', ivPush: '001204000040001', sc: '001204000060001', cannula: '001204000070001', venepuncture: '001204000080001',
  dressS: '001205000010001', dressM: '001205000020001', dressL: '001205000030001',
  oxygen: '001208000010001', ecgMon: '001209000010001', spo2: '001210000010001', bp: '001211000010001', gluPOC: '001212000010001', pumpInf: '001204000220001',
  cbc: '002501010010001', urine: '002501020010001', stool: '002501030010001', lft: '002502010010001', alt: '002502010020001', ast: '002502010030001',
  rft: '002502020010001', creat: '002502020020001', urea: '002502020030001', lytes: '002502030010001', lipids: '002502040010001', chol: '002502040020001',
  fpg: '002502050010001', hba1c: '002502050020001', ogtt: '002502050030001', tsh: '002502180020001', tg: '002502180030001', umalb: '002502050040001',
  thy3: '002502180010001', coag: '002502060010001', crp: '002502080010001', pct: '002502080020001', bga: '002502090010001', lactate: '002502090020001',
  hcg: '002502190010001', preop8: '002502120010001', abo: '002502130010001', culture: '002502140010001', albumin: '002502010050001', path: '002502200010001',
  ecg: '003107010010001', cxr: '002202010010001', handXR: '002202020010001', usAbd: '002103010010001', usHeart: '002103010020001', usNeck: '002103010030001',
  usLeg: '002103010040001', usThy: '002103010050001', usOb: '002103010070001', ctChest: '002301010020001', mriHead: '002401010010001', dxa: '002503010010001',
  fundus: '002503010050001', slit: '002503010060001', fetalMon: '002503010090001', gastroscopy: '002503010030001',
  cgm: '003102010010001', pump: '003102010020001', rai_h: '002404010010001', rai_c: '002404010020001', sleeve: '003302060020001', bypass: '003302060030001',
  ga: '003301010010001', local: '003301010030001', debride: '003309010010001', vsd: '003309030010001', graft: '003309020010001', chole: '003302020010001', thyLob: '003304030010001',
  nrs: '003116010010001', pn: '001203000010001',
  // drugs
  metf: 'XA10BAE503A001', metfXR: 'XA10BAE503A003', acarb: 'XA10BFA514A001', glim: 'XA10BBG501A001', glic: 'XA10BBG502A003', sita: 'XA10BHX505A001', dapa: 'XA10BKD506A001',
  lira: 'XA10BJL506B002', sema: 'XA10BJS501B002', aspart: 'XA10ABM504B002', nph: 'XA10ACJ502B002', glarg: 'XA10AEG503B002', humRI: 'XA10ABS502B002',
  gh: 'XH01ACS501B002', mmi: 'XH03BBJ501A001', mecob: 'XB03BAJ501A001', epal: 'XA10XAY501A001', lt4: 'XH03AAZ506A001',
  zol: 'XM05BAZ507B002', teri: 'XH05AAT511B002', alen: 'XM05BAA520A001', cad3: 'XA12AXT512A001', calcitriol: 'XA11CCG506A001',
  nacl: 'XB05BBL511B002', glucose: 'XB05BAP505B002', gns: 'XB05BBP506B002', kcl: 'XB05XAL512B002', ringer: 'XB05BBR503B002',
  cefurIV: 'XJ01DCT505B002', ceftri: 'XJ01DDT504B002', piptazo: 'XJ01CRP501B002', metroIV: 'XJ01XDJ501B002', cefurPO: 'XJ01DCT502A001', levoPO: 'XJ01MAZ501A001',
  omeIV: 'XA02BCA515B002', ome: 'XA02BCA515A001', lmwh: 'XB01ABD502B002', aml: 'XC08CAA512A001', irbe: 'XC09CAE502A001', ator: 'XC10AAA511A001', asp: 'XB01ACA509A001',
  alpro: 'XC01EAQ504B002', propofol: 'XN01AXB503B002', fent: 'XN02ABF506B002', lido: 'XN01BBL509B002', ondan: 'XA04AAA524B002', paracet: 'XN02BED510A001',
  mupi: 'XD06AXM509E001', egf: 'XD03AXC501E001', amox: 'XJ01CAA501A001', lorat: 'XR06AXL513A001',
  // consumables
  ivSet: 'C14010150100001020350000001', cannulaC: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001', precSet: 'C14010150400001288520000001',
  strip: 'C14060150300001162280000001', gauze: 'C14020150100001506610000001', dressKit: 'C14020150200001397260000001', foam: 'C14020150900001583490000001',
  silver: 'C14020151000001694820000001', alginate: 'C14020150700001472160000001', vsdKit: 'C14040150400001519350000001', electrode: 'C14060150100001436170000001',
  trocar: 'C11010150100001004460000001', stapler: 'C11010150300001825820000001', clip: 'C11010150400001380140000001', suture: 'C11010150200001895120000001',
  drape: 'C11010150600001900710000001', drainBag: 'C14040150100001551930000001', negDrain: 'C14040150300001408220000001', o2tube: 'C14050150100001832230000001',
};
for (const [k, v] of Object.entries(C)) if (!ROW[v]) throw new Error(`catalogue row missing: ${k} ${v}`);

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const randDate = (from, to) => add(from, ri(0, diff(from, to)));
const ageOn = (birth, on) => { const b = D(birth), o = D(on); let a = o.getUTCFullYear() - b.getUTCFullYear(); if (o.getUTCMonth() < b.getUTCMonth() || (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- institutions and doctors ----------
const REGIONS = [
  { code: '510100', prov: '51', name: '成都' }, { code: '510700', prov: '51', name: '绵阳' }, { code: '220100', prov: '22', name: '长春' },
  { code: '220200', prov: '22', name: '吉林' }, { code: '230100', prov: '23', name: '哈尔滨' }, { code: '370100', prov: '37', name: '济南' }, { code: '370200', prov: '37', name: '青岛' },
];
const TITLES_HI = ['主任医师', '副主任医师', '主治医师', '住院医师'];
const TITLES_LO = ['主治医师', '住院医师', '主治医师'];
const DEPTS = {
  3: ['endocrinology', 'pediatrics', 'obstetrics', 'general_surgery', 'ophthalmology', 'nuclear_medicine', 'orthopedics', 'emergency', 'vascular_surgery', 'general_medicine', 'respiratory'],
  2: ['endocrinology', 'pediatrics', 'obstetrics', 'general_surgery', 'orthopedics', 'emergency', 'general_medicine', 'respiratory'],
  1: ['general_medicine', 'endocrinology'],
};
const INST = {}; const INSTS = [];
let docSeq = 0;
function mkInst(id, level, region, kind, nDocs) {
  const inst = { id, level, region, kind, depts: {} };
  const depts = kind === 'pharmacy' ? ['pharmacy'] : DEPTS[level];
  for (const d of depts) {
    const ds = [];
    const n = kind === 'pharmacy' ? 0 : (nDocs || (level === 3 ? 4 : level === 2 ? 3 : 2));
    for (let i = 0; i < n; i++) { docSeq++; ds.push({ id: `D94${String(docSeq).padStart(4, '0')}`, title: (level === 1 ? TITLES_LO : TITLES_HI)[i % (level === 1 ? 3 : 4)] }); }
    inst.depts[d] = ds;
  }
  INST[id] = inst; INSTS.push(inst); return inst;
}
for (const r of REGIONS) {
  mkInst(`H${r.code}01`, 3, r.code, 'hospital');
  mkInst(`H${r.code}02`, 3, r.code, 'hospital');
  mkInst(`H${r.code}11`, 2, r.code, 'hospital');
  mkInst(`H${r.code}12`, 2, r.code, 'hospital');
  mkInst(`H${r.code}21`, 1, r.code, 'community');
  mkInst(`H${r.code}22`, 1, r.code, 'community');
  mkInst(`P${r.code}31`, 1, r.code, 'pharmacy');
  mkInst(`P${r.code}32`, 1, r.code, 'pharmacy');
  mkInst(`P${r.code}33`, 1, r.code, 'pharmacy');
}
// weight-management clinics (private level-1 outpatient departments, one doctor each)
const WL_CLINICS = [mkInst('H51010041', 1, '510100', 'clinic', 1), mkInst('H37020041', 1, '370200', 'clinic', 1), mkInst('H22010041', 1, '220100', 'clinic', 1)];
const inst = (region, lvl, n = 1) => INST[(lvl === 'P' ? 'P' : 'H') + region + (lvl === 3 ? (n === 1 ? '01' : '02') : lvl === 2 ? (n === 1 ? '11' : '12') : lvl === 1 ? (n === 1 ? '21' : '22') : String(30 + n))];
const docOf = (ins, dept, k = 0) => { const ds = ins.depts[dept] || ins.depts.general_medicine || ins.depts.endocrinology; return ds[k % ds.length]; };

// ---------- members ----------
let memSeq = 0;
function member({ region, gender, age, type, chronic, asOf = '2025-06-30', insuredRegion }) {
  memSeq++;
  const g = gender || (chance(0.5) ? 'F' : 'M');
  const by = 2025 - age - (D(asOf).getUTCMonth() < 6 ? 0 : 0);
  const birth = `${by - (chance(0.5) ? 1 : 0)}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const a = ageOn(birth, asOf);
  const insType = type || (a < 18 ? 'resident' : chance(0.6) ? 'employee' : 'resident');
  const retired = insType === 'employee' && ((g === 'M' && a >= 60) || (g === 'F' && a >= 55));
  const cont = Math.max(1, Math.min(a, ri(3, 15)));
  return {
    insuredId: `P94${String(memSeq).padStart(6, '0')}`, gender: g, birthDate: birth, retired, insuranceType: insType, region, insuredRegion,
    enrollment: {
      enrolledOn: a < 1 ? birth : '2025-01-01', inConcentratedPeriod: true, continuousYears: cont, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false,
      contributionYears: insType === 'employee' ? Math.max(1, Math.min(a - 20, ri(10, 35))) : cont, special: null,
      ...(chronic ? { chronicDiseases: chronic } : {}),
    },
  };
}

// ---------- claims ----------
const CLAIMS = []; let claimSeq = 0;
const fen = (y) => Math.round(y * 100);
function priceFen(code, level, f = 1) { const r = ROW[code]; const cap = fen(r.priceCap[String(level)]); return f >= 1 ? cap : Math.floor(cap * f); }
// items: [code, date, qty, priceFactor?]
function buildItems(ins, items) {
  return items.filter((x) => x && x[2] > 0).map((x, i) => {
    const [code, date, qty, f] = x; const r = ROW[code]; const up = priceFen(code, ins.level, f || 1);
    return { lineId: String(i + 1), code, name: r.name, category: r.category, date, quantity: qty, unitPriceFen: up, amountFen: up * qty, ...(x[4] ? { longPrescription: true } : {}) };
  });
}
function consultFor(ins, doc) {
  if (ins.kind === 'community' || ins.kind === 'clinic') return C.opCommunity;
  if (ins.level >= 2 && doc.title === '主任医师') return C.opChief;
  if (ins.level >= 2 && doc.title === '副主任医师') return C.opAssoc;
  return C.opGen;
}
function claim(m, ins, o) {
  claimSeq++;
  const id = `${ins.region}-${ins.id}-2025-${String(claimSeq).padStart(6, '0')}`;
  const c = {
    claimId: id, region: ins.region, insuranceType: m.insuranceType, visitType: o.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: JSON.parse(JSON.stringify(m.enrollment)),
    provider: { hospitalId: ins.id, level: ins.level, department: o.dept || 'pharmacy', ...(o.doc ? { doctorId: o.doc.id } : {}) },
  };
  if ((m.insuredRegion || m.region) !== ins.region) c.insuredRegion = m.insuredRegion || m.region;
  if (o.visitType === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
  if (o.admissionRoute) c.admissionRoute = o.admissionRoute;
  if (o.dischargeMode) c.dischargeMode = o.dischargeMode;
  if (o.transferFrom) c.transferFromHospitalId = o.transferFrom;
  c.diagnoses = o.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (o.visitType === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c._items = buildItems(ins, o.items);
  c._settle = o.visitType === 'inpatient' ? o.dis : o.date;
  c._m = m; c._ins = ins;
  CLAIMS.push(c);
  return c;
}
const lineOf = (c, code) => c._items.filter((x) => x.code === code).map((x) => x.lineId);
const linesOf = (c, codes) => c._items.filter((x) => codes.includes(x.code)).map((x) => x.lineId);

// visit helpers
function opVisit(m, ins, dept, date, dx, items, vt = 'outpatient', k) {
  const doc = docOf(ins, dept, k === undefined ? (m.insuredId.charCodeAt(8) % 7) : k);
  const cons = vt === 'chronic' ? C.chronicMgmt : consultFor(ins, doc);
  return claim(m, ins, { visitType: vt, dept, doc, date, dx, items: [[cons, date, 1], ...items.map((x) => [x[0], x[1] || date, x[2], x[3], x[4]])] });
}
function pharm(m, ph, date, dx, items) {
  return claim(m, ph, { visitType: 'pharmacy', dept: 'pharmacy', date, dx, items: items.map((x) => [x[0], date, x[1], x[2], x[3]]) });
}
// inpatient: daily(dayIndex, date) -> items
function inpatient(m, ins, dept, adm, dis, dx, px, daily, extra, o = {}) {
  const doc = docOf(ins, dept, o.k || 0);
  const items = []; const los = diff(adm, dis);
  for (let i = 0; i < Math.max(1, los); i++) {
    const d = add(adm, i);
    items.push([o.icuDays && i < o.icuDays ? C.bedICU : (o.bed || C.bed3), d, 1]);
    items.push([o.nurse ? o.nurse(i) : C.nurse2, d, 1]);
    items.push([C.ipConsult, d, 1]);
    for (const x of daily(i, d)) items.push(x);
  }
  for (const x of extra) items.push(x);
  return claim(m, ins, { visitType: 'inpatient', dept, doc, adm, dis, dx, px, items, admissionRoute: o.route || 'outpatient', dischargeMode: o.dmode || 'ordered', transferFrom: o.transferFrom });
}
const admLabs = (d, extra = []) => [[C.cbc, d, 1], [C.urine, d, 1], [C.lft, d, 1], [C.rft, d, 1], [C.lytes, d, 1], [C.lipids, d, 1], [C.venepuncture, d, 1], ...extra.map((c) => [c, d, 1])];

// ---------- labels ----------
const LABELS = [];
function label(kind, code, name, caseNo, claims, targets, mutated) {
  LABELS.push({ caseId: `${code}-${String(caseNo).padStart(2, '0')}`, kind, code, name, ...(kind === 'fraud' ? { typology: code } : kind === 'control' ? { control: code } : {}),
    claimIds: claims.map((c) => c.claimId), targets: (targets || claims).map((c) => c.claimId), mutatedLines: mutated || {} });
}
const ML = (pairs) => { const o = {}; for (const [c, ls] of pairs) if (ls.length) o[c.claimId] = (o[c.claimId] || []).concat(ls); return o; };

const regionPick = () => pick(REGIONS).code;
const T2 = 'E11.900';
const oral = (d, days = 30) => [[C.metf, d, 3 * days], ...(chance(0.5) ? [[pick([C.glim, C.glic, C.sita, C.dapa]), d, days]] : [])];

// =====================================================================
// FRAUD TYPOLOGIES
// =====================================================================
const TYP = {
  T01: 'GLP-1 (semaglutide/liraglutide) for weight loss billed under a type 2 diabetes code (串换诊断)',
  T02: 'Weight-management clinic bills obesity programme as new diabetes: OGTT, CGM and liraglutide at weight-loss dose',
  T03: 'CGM days billed faster than sensors last (虚记: overlapping 14-day sensors)',
  T04: 'HbA1c every month for a stable type 2 diabetic (过度检查)',
  T05: 'Bedside glucose billed 6-8 times a day for the whole stay on a stable oral-drug ward (虚增)',
  T06: 'Insulin dispensed beyond any dose across pharmacies and clinics (超量开药/倒卖)',
  T07: 'Growth hormone for familial/constitutional short stature recoded as GH deficiency (超限定支付)',
  T08: 'Thyroid panel and thyroid ultrasound at every visit of a stable hypothyroid (过度检查)',
  T09: 'Diabetes/thyroid review unbundled: OGTT with fasting glucose, thyroid panel with TSH, panel with its components (重复/分解收费)',
  T10: 'Uncomplicated diabetes admitted for education and check-up only (低标准入院)',
  T11: 'Diabetic complication stay split into two admissions (分解住院)',
  T12: '门诊慢特病 diabetes card used by someone else while the member is in hospital or elsewhere (冒名就医)',
  T13: 'Bariatric surgery for simple obesity coded as type 2 diabetes with obesity (高套诊断)',
  T14: 'Zoledronic acid (once-yearly) infused again within months, often at another hospital (重复用药)',
  T15: 'Community "free diabetes screening" of elderly billed as diagnostic care, identical batches (诱导就医)',
};
const CTL = {
  C01: 'T2DM with obesity on semaglutide within 限定支付 after metformin, HbA1c history',
  C02: 'T2DM on liraglutide 1.8 mg with metformin, quarterly HbA1c',
  C03: 'New type 1 diabetic child: DKA stay on insulin pump with many glucose tests, then CGM',
  C04: 'Adult type 1 diabetic with CGM, one 14-day sensor every 14 days',
  C05: 'Gestational diabetes: frequent glucose checks, strips and insulin in pregnancy',
  C06: 'DKA admission with ICU days, intensive glucose and blood-gas monitoring',
  C07: 'Unstable insulin-treated T2DM: HbA1c every 3 months, titration visits in between',
  C08: 'Pregnancy with pre-existing diabetes: monthly HbA1c',
  C09: 'Thyroid cancer follow-up after thyroidectomy and 131I: Tg and TSH every 3 months',
  C10: 'New Graves disease on methimazole: thyroid function, blood count and liver tests every 4 weeks',
  C11: 'Confirmed childhood GH deficiency (level-3 work-up) on growth hormone',
  C12: 'Hyperthyroidism treated with 131I, thyroid function 6-8 weeks after',
  C13: 'Insulin-resistant T2DM on high-dose insulin with a 12-week 长处方',
  C14: 'Husband and wife both diabetic, same-day 门诊慢特病 visits, own cards',
  C15: 'Diabetic discharged from hospital, 门诊慢特病 refill on discharge day or the day after',
  C16: 'Diabetic readmitted within 15 days for an unrelated condition (pneumonia)',
  C17: 'Diabetic foot gangrene transferred to a level-3 hospital for debridement and VSD',
  C18: 'Pre-operative glucose control stay before cholecystectomy',
  C19: 'New T2DM with severe hyperglycaemia: short-term intensive insulin pump therapy',
  C20: 'Annual diabetes complication screening without overlapping items',
  C21: 'OGTT at 24-28 weeks of pregnancy (gestational diabetes screening)',
  C22: 'Bariatric surgery for T2DM with obesity after years of diabetes care',
  C23: 'Postmenopausal osteoporosis: one zoledronic infusion a year, or teriparatide after fracture',
  C24: 'Prediabetes follow-up: individual OGTT and HbA1c at a community centre',
};

function T01(n) {
  const careful = n % 3 === 0; const reg = regionPick(); const useLira = n % 4 === 1;
  const m = member({ region: reg, age: ri(24, 44), gender: n % 5 === 0 ? 'M' : 'F', type: 'employee' });
  const h = inst(reg, pick([2, 3])); const start = randDate('2025-02-01', '2025-05-15');
  const cl = []; const tg = []; const mut = [];
  cl.push(opVisit(m, h, 'endocrinology', start, ['E66.900x001'], [[C.fpg, start, 1], [C.venepuncture, start, 1], [C.lipids, start, 1], [C.lft, start, 1]]));
  let d = add(start, ri(10, 30));
  const nrx = ri(2, 4);
  for (let k = 0; k < nrx; k++) {
    const viaPharm = k > 0 && chance(0.3);
    const drug = useLira ? C.lira : C.sema;
    const q = useLira ? (careful ? 3 : ri(5, 6)) : (careful ? 1 : ri(2, 4));
    const dx = chance(0.5) ? [T2, 'E66.900x001'] : [T2];
    const c = viaPharm ? pharm(m, inst(reg, 'P', 1 + (k % 3)), d, dx, [[drug, q]]) : opVisit(m, h, 'endocrinology', d, dx, [[drug, d, q]]);
    cl.push(c); tg.push(c); mut.push([c, lineOf(c, drug)]);
    d = add(d, ri(26, 32));
  }
  label('fraud', 'T01', TYP.T01, n, cl, tg, ML(mut));
}
function T02(n) {
  const clinic = WL_CLINICS[n % 3]; const reg = clinic.region; const careful = n % 3 === 2;
  const m = member({ region: reg, age: ri(22, 40), gender: n % 4 === 0 ? 'M' : 'F', type: 'employee' });
  const d0 = randDate('2025-03-01', '2025-08-31'); const cl = []; const mut = [];
  const dx = careful ? [T2, 'E66.900x001'] : [T2];
  const c1 = opVisit(m, clinic, 'general_medicine', d0, dx, [[C.ogtt, d0, 1], [C.lipids, d0, 1], [C.nrs, d0, 1], [C.venepuncture, d0, 1], ...(careful ? [] : [[C.cgm, d0, 14]]), [C.lira, d0, careful ? 3 : 5]]);
  cl.push(c1); mut.push([c1, linesOf(c1, careful ? [C.lira] : [C.lira, C.cgm])]);
  let d = add(d0, ri(27, 31));
  for (let k = 0; k < ri(1, 2); k++) {
    const c = opVisit(m, clinic, 'general_medicine', d, dx, [[C.nrs, d, 1], [C.lira, d, careful ? 4 : 5], ...(careful || k ? [] : [[C.cgm, d, 14]])]);
    cl.push(c); mut.push([c, linesOf(c, [C.lira, C.cgm])]); d = add(d, ri(27, 31));
  }
  label('fraud', 'T02', TYP.T02, n, cl, cl, ML(mut));
}
function T03(n) {
  const careful = n % 3 === 0; const reg = regionPick(); const t1 = n % 2 === 0;
  const dxc = t1 ? 'E10.900' : 'E11.900';
  const m = member({ region: reg, age: t1 ? ri(18, 45) : ri(45, 70), type: 'employee', chronic: [t1 ? 'E10' : 'E11'] });
  const h = inst(reg, 3, 1 + (n % 2)); const h2 = inst(reg, 2);
  let d = randDate('2025-02-01', '2025-07-31'); const cl = []; const tg = []; const mut = [];
  const step = careful ? ri(9, 10) : ri(5, 7); const nn = careful ? 5 : 6;
  for (let k = 0; k < nn; k++) {
    const where = careful && k % 2 === 1 ? h2 : h;
    const items = [[C.cgm, d, 14]]; if (k % 2 === 0) items.push([C.aspart, d, 3], [C.glarg, d, 2]);
    const c = opVisit(m, where, 'endocrinology', d, [dxc], items, 'chronic');
    cl.push(c); if (k > 0) { tg.push(c); mut.push([c, lineOf(c, C.cgm)]); }
    d = add(d, step);
  }
  label('fraud', 'T03', TYP.T03, n, cl, tg, ML(mut));
}
function T04(n) {
  const careful = n % 3 === 1; const reg = regionPick();
  const m = member({ region: reg, age: ri(48, 75), type: chance(0.6) ? 'employee' : 'resident', chronic: ['E11'] });
  const h = inst(reg, pick([2, 3])); const h2 = inst(reg, 1);
  let d = randDate('2025-01-10', '2025-04-30'); const cl = []; const tg = []; const mut = [];
  const nn = careful ? 5 : 6;
  for (let k = 0; k < nn; k++) {
    const where = careful && k % 2 === 1 ? h2 : h;
    const c = opVisit(m, where, where.level === 1 ? 'general_medicine' : 'endocrinology', d, [T2, ...(chance(0.4) ? ['I10.x00x002'] : [])],
      [[C.hba1c, d, 1], [C.fpg, d, 1], [C.venepuncture, d, 1], ...oral(d, 30)], 'chronic');
    cl.push(c); if (k > 0) { tg.push(c); mut.push([c, lineOf(c, C.hba1c)]); }
    d = add(d, careful ? ri(40, 48) : ri(27, 34));
  }
  label('fraud', 'T04', TYP.T04, n, cl, tg, ML(mut));
}
function T05(n) {
  const careful = n % 3 === 2; const reg = regionPick(); const h = inst(reg, pick([1, 2, 2, 3]));
  const m = member({ region: reg, age: ri(55, 80), type: chance(0.5) ? 'employee' : 'resident' });
  const adm = randDate('2025-02-01', '2025-10-31'); const los = ri(7, 10); const dis = add(adm, los);
  const per = careful ? 6 : 8;
  const c = inpatient(m, h, h.level === 1 ? 'general_medicine' : 'endocrinology', adm, dis, ['E11.400x021+G63.2*', 'I10.x00x002'], [],
    (i, d) => [[C.gluPOC, d, per], [C.strip, d, per], [C.metf, d, 3], [C.mecob, d, 3], [C.epal, d, 3], ...(i === 0 ? admLabs(d, [C.hba1c, C.umalb]) : [])],
    [[C.ecg, adm, 1], [C.fundus, add(adm, 1), 1], [C.usLeg, add(adm, 2), 1]], { nurse: () => C.nurse2 });
  label('fraud', 'T05', TYP.T05, n, [c], [c], ML([[c, linesOf(c, [C.gluPOC, C.strip])]]));
}
function T06(n) {
  const careful = n % 3 === 0; const reg = regionPick();
  const m = member({ region: reg, age: ri(50, 72), type: 'employee', chronic: ['E11'] });
  const h = inst(reg, 2); let d = randDate('2025-02-01', '2025-09-30'); const cl = []; const tg = []; const mut = [];
  const c0 = opVisit(m, h, 'endocrinology', d, [T2], [[C.glarg, d, 3], [C.aspart, d, 3], [C.metf, d, 90]], 'chronic'); cl.push(c0);
  const places = [inst(reg, 'P', 1), inst(reg, 'P', 2), inst(reg, 1, 1), inst(reg, 'P', 3), inst(reg, 1, 2), inst(reg, 3)];
  const nn = careful ? 4 : 6;
  for (let k = 0; k < nn; k++) {
    d = add(d, careful ? ri(5, 8) : ri(2, 5)); const pl = places[k % places.length];
    const drugs = [[C.glarg, careful ? 3 : ri(4, 6)], [C.aspart, careful ? 3 : ri(5, 8)]];
    const c = pl.kind === 'pharmacy' ? pharm(m, pl, d, [T2], drugs) : opVisit(m, pl, pl.level === 1 ? 'general_medicine' : 'endocrinology', d, [T2], drugs.map(([x, q]) => [x, d, q]), 'chronic');
    cl.push(c); tg.push(c); mut.push([c, linesOf(c, [C.glarg, C.aspart])]);
  }
  label('fraud', 'T06', TYP.T06, n, cl, tg, ML(mut));
}
function T07(n) {
  const careful = n % 3 === 1; const reg = regionPick();
  const m = member({ region: reg, age: ri(7, 14), type: 'resident' });
  const h3 = inst(reg, 3); const other = careful ? h3 : inst(reg, pick([2, 1]));
  let d = randDate('2025-01-15', '2025-05-31'); const cl = []; const tg = []; const mut = [];
  const hist = opVisit(m, h3, 'pediatrics', d, [careful ? 'E34.300x003' : 'E34.302'], [[C.handXR, d, 1], [C.thy3, d, 1], [C.cbc, d, 1], [C.venepuncture, d, 1]]);
  cl.push(hist);
  d = add(d, ri(14, 40));
  for (let k = 0; k < ri(3, 4); k++) {
    const c = opVisit(m, other, other.level === 1 ? 'general_medicine' : 'pediatrics', d, careful ? ['E23.009', 'E34.301'] : ['E23.009'], [[C.gh, d, 30], ...(k === 0 ? [[C.sc, d, 1]] : [])]);
    cl.push(c); tg.push(c); mut.push([c, lineOf(c, C.gh)]); d = add(d, ri(28, 31));
  }
  label('fraud', 'T07', TYP.T07, n, cl, tg, ML(mut));
}
function T08(n) {
  const careful = n % 3 === 2; const reg = regionPick();
  const m = member({ region: reg, age: ri(35, 70), gender: n % 5 === 0 ? 'M' : 'F' });
  const h = inst(reg, pick([2, 3, 1])); const dept = h.level === 1 ? 'general_medicine' : 'endocrinology';
  let d = randDate('2025-01-10', '2025-05-31'); const cl = []; const tg = []; const mut = [];
  const nn = careful ? 5 : 6; const dx = pick(['E03.900', 'E06.304', 'E03.900x006']);
  for (let k = 0; k < nn; k++) {
    const items = [[C.thy3, d, 1], [C.venepuncture, d, 1], [C.lt4, d, 30]];
    if (!careful || k % 2 === 0) items.push([C.usThy, d, 1]);
    const c = opVisit(m, h, dept, d, [dx], items);
    cl.push(c); if (k > 0) { tg.push(c); mut.push([c, linesOf(c, [C.thy3, C.usThy])]); }
    d = add(d, careful ? ri(38, 45) : ri(26, 33));
  }
  label('fraud', 'T08', TYP.T08, n, cl, tg, ML(mut));
}
function T09(n) {
  const reg = regionPick(); const h = inst(reg, pick([2, 3, 1])); const dept = h.level === 1 ? 'general_medicine' : 'endocrinology';
  const m = member({ region: reg, age: ri(40, 72), chronic: n % 2 ? ['E11'] : undefined });
  const d = randDate('2025-02-01', '2025-11-15'); const v = n % 5;
  let c, mutL; const cl = [];
  if (v === 0) { c = opVisit(m, h, dept, d, ['R73.002'], [[C.ogtt, d, 1], [C.fpg, d, 1], [C.hba1c, d, 1], [C.venepuncture, d, 1]]); mutL = lineOf(c, C.fpg); cl.push(c); }
  else if (v === 1) { c = opVisit(m, h, dept, d, [T2, 'E03.900'], [[C.hba1c, d, 1], [C.thy3, d, 1], [C.tsh, d, 1], [C.venepuncture, d, 1], ...oral(d, 30), [C.lt4, d, 30]]); mutL = lineOf(c, C.tsh); cl.push(c); }
  else if (v === 2) { c = opVisit(m, h, dept, d, [T2, 'E78.500'], [[C.hba1c, d, 1], [C.lft, d, 1], [C.alt, d, 1], [C.ast, d, 1], [C.lipids, d, 1], [C.chol, d, 1], [C.venepuncture, d, 1], ...oral(d, 30)]); mutL = linesOf(c, [C.alt, C.ast, C.chol]); cl.push(c); }
  else if (v === 3) { c = opVisit(m, h, dept, d, [T2, 'E11.200'], [[C.hba1c, d, 1], [C.rft, d, 1], [C.creat, d, 1], [C.urea, d, 1], [C.umalb, d, 1], [C.venepuncture, d, 1], ...oral(d, 30)]); mutL = linesOf(c, [C.creat, C.urea]); cl.push(c); }
  else { // careful: the component billed on a second claim the same day at the same hospital
    const a = opVisit(m, h, dept, d, ['R73.002'], [[C.ogtt, d, 1], [C.hba1c, d, 1], [C.venepuncture, d, 1]]);
    c = claim(m, h, { visitType: 'outpatient', dept, doc: docOf(h, dept, 1), date: d, dx: ['R73.002'], items: [[C.fpg, d, 1], [C.lipids, d, 1]] });
    cl.push(a, c); mutL = lineOf(c, C.fpg);
  }
  label('fraud', 'T09', TYP.T09, n, cl, [c], ML([[c, mutL]]));
}
function T10(n) {
  const careful = n % 3 === 0; const reg = regionPick(); const h = inst(reg, pick([1, 2, 2]), 1 + (n % 2));
  const m = member({ region: reg, age: ri(50, 78), type: chance(0.5) ? 'employee' : 'resident', chronic: ['E11'] });
  const adm = randDate('2025-02-01', '2025-11-10'); const dis = add(adm, ri(4, 6));
  const c = inpatient(m, h, h.level === 1 ? 'general_medicine' : 'endocrinology', adm, dis, [T2, ...(chance(0.5) ? ['I10.x00x002'] : [])], [],
    (i, d) => [[C.gluPOC, d, 4], [C.strip, d, 4], [C.metf, d, 3], ...(i === 0 ? admLabs(d, [C.hba1c, C.umalb]) : [])],
    [[C.ecg, adm, 1], [C.fundus, add(adm, 1), 1], ...(careful ? [[C.usNeck, add(adm, 1), 1], [C.usLeg, add(adm, 2), 1], [C.usAbd, add(adm, 2), 1]] : [])], { nurse: () => C.nurse3 });
  label('fraud', 'T10', TYP.T10, n, [c], [c], {});
}
function footStay(m, h, adm, dis, dx, dept = 'endocrinology', o = {}) {
  return inpatient(m, h, dept, adm, dis, dx, o.px || [],
    (i, d) => [[C.gluPOC, d, 4], [C.strip, d, 4], [C.glarg, d, i % 10 === 0 ? 1 : 0], [C.aspart, d, i % 5 === 0 ? 1 : 0], [C.sc, d, 4], [C.dressM, d, 1], [C.dressKit, d, 1], [C.alginate, d, 1],
      ...(i < 7 ? [[C.cefurIV, d, 2], [C.nacl, d, 2], [C.ivFirst, d, 1], [C.ivSet, d, 1]] : []), ...(i === 0 ? admLabs(d, [C.hba1c, C.crp, C.culture]) : [])],
    [[C.usLeg, add(adm, 1), 1], [C.handXR, add(adm, 1), 1], [C.alpro, add(adm, 1), 5]], o);
}
function T11(n) {
  const careful = n % 3 === 1; const reg = regionPick(); const h = inst(reg, pick([2, 3]));
  const m = member({ region: reg, age: ri(55, 80), type: chance(0.5) ? 'employee' : 'resident', chronic: ['E11'] });
  const a1 = randDate('2025-02-01', '2025-09-30'); const d1 = add(a1, ri(8, 10));
  const c1 = footStay(m, h, a1, d1, ['E11.500x043', 'I10.x00x002']);
  const a2 = add(d1, careful ? ri(13, 15) : ri(2, 9)); const d2 = add(a2, ri(6, 8));
  const c2 = footStay(m, h, a2, d2, [careful ? 'E11.503' : 'E11.500x043', 'I10.x00x002'], careful && h.depts.vascular_surgery ? 'vascular_surgery' : careful ? 'general_surgery' : 'endocrinology', { k: 1 });
  label('fraud', 'T11', TYP.T11, n, [c1, c2], [c2], {});
}
function T12(n) {
  const reg = regionPick(); const v = n % 3;
  const m = member({ region: reg, age: ri(55, 78), type: chance(0.6) ? 'employee' : 'resident', chronic: ['E11'] });
  const comm = inst(reg, 1); const cl = []; let tgt;
  let d = randDate('2025-01-15', '2025-04-30');
  cl.push(opVisit(m, comm, 'general_medicine', d, [T2], oral(d, 30), 'chronic'));
  d = add(d, ri(28, 35)); cl.push(opVisit(m, comm, 'general_medicine', d, [T2], oral(d, 30), 'chronic'));
  if (v < 2) { // the member is an inpatient elsewhere (hip fracture / pneumonia) while the card is used
    const hosp = v === 0 ? inst(reg, 3) : inst(pick(REGIONS.filter((r) => r.code !== reg)).code, 3);
    const adm = add(d, ri(10, 20)); const dis = add(adm, ri(7, 11));
    const ip = inpatient(m, hosp, 'respiratory', adm, dis, ['J18.900', T2], [],
      (i, dd) => [[C.ceftri, dd, 2], [C.nacl, dd, 2], [C.ivFirst, dd, 1], [C.ivSet, dd, 1], [C.gluPOC, dd, 4], [C.strip, dd, 4], [C.metf, dd, 3], ...(i === 0 ? admLabs(dd, [C.crp, C.pct]) : [])],
      [[C.ctChest, adm, 1], [C.cxr, add(adm, 5), 1]], { route: 'emergency' });
    const use = add(adm, ri(2, diff(adm, dis) - 2));
    tgt = opVisit(m, comm, 'general_medicine', use, [T2], [[C.metf, use, 90], [C.glarg, use, 2]], 'chronic');
    cl.push(ip, tgt);
  } else { // same-day chronic use in two cities
    const far = inst(pick(REGIONS.filter((r) => r.code !== reg)).code, 1, 2);
    const use = add(d, ri(20, 40));
    cl.push(opVisit(m, comm, 'general_medicine', use, [T2], oral(use, 30), 'chronic'));
    tgt = opVisit(m, far, 'general_medicine', use, [T2], [[C.metf, use, 90], [C.dapa, use, 30]], 'chronic');
    cl.push(tgt);
  }
  label('fraud', 'T12', TYP.T12, n, cl, [tgt], {});
}
function bariatric(m, h, adm, dx, bypass, k) {
  const dis = add(adm, ri(4, 6)); const op = add(adm, 1);
  return inpatient(m, h, 'general_surgery', adm, dis, dx, [[bypass ? '44.3804' : '43.8903', op]],
    (i, d) => [[C.gluPOC, d, i < 3 ? 4 : 2], [C.lmwh, d, i >= 1 ? 1 : 0], ...(i >= 1 && i <= 3 ? [[C.nacl, d, 3], [C.gns, d, 2], [C.kcl, d, 2], [C.ivFirst, d, 1], [C.ivMore, d, 2], [C.ivSet, d, 1], [C.omeIV, d, 2]] : []),
      ...(i === 0 ? admLabs(d, [C.coag, C.preop8, C.abo, C.hba1c]) : [])],
    [[bypass ? C.bypass : C.sleeve, op, 1], [C.ga, op, 3], [C.propofol, op, 2], [C.fent, op, 2], [C.trocar, op, 1], [C.stapler, op, 2], [C.clip, op, 4], [C.suture, op, 3], [C.drape, op, 1],
      [C.cefurIV, op, 2], [C.ondan, op, 2], [C.ecg, adm, 1], [C.cxr, adm, 1], [C.usAbd, adm, 1], [C.gastroscopy, adm, 1], [C.negDrain, op, 1]], { k, nurse: (i) => (i <= 2 ? C.nurse1 : C.nurse2) });
}
function T13(n) {
  const careful = n % 3 === 0; const reg = regionPick(); const h = inst(reg, 3, 1 + (n % 2));
  const m = member({ region: reg, age: ri(22, 38), gender: n % 4 === 0 ? 'M' : 'F', type: 'employee' });
  const d0 = randDate('2025-02-01', '2025-08-31'); const pre = careful ? inst(reg, 2) : h;
  const o1 = opVisit(m, pre, pre.level === 3 ? 'general_surgery' : 'endocrinology', d0, ['E66.901'], [[C.fpg, d0, 1], [C.lipids, d0, 1], [C.lft, d0, 1], [C.venepuncture, d0, 1], [C.usAbd, d0, 1]]);
  const adm = add(d0, ri(14, 40));
  const ip = bariatric(m, h, adm, careful ? ['E11.700x025', 'E66.901'] : ['E11.700x025'], n % 5 === 2);
  label('fraud', 'T13', TYP.T13, n, [o1, ip], [ip], {});
}
function zolVisit(m, h, d, dx) {
  const dept = h.level === 1 ? 'general_medicine' : pick(['orthopedics', 'endocrinology']);
  return opVisit(m, h, dept, d, dx, [[C.zol, d, 1], [C.ivFirst, d, 1], [C.ivSet, d, 1], [C.nacl, d, 1], [C.rft, d, 1], [C.venepuncture, d, 1], [C.cad3, d, 30]]);
}
function T14(n) {
  const careful = n % 3 === 2; const reg = regionPick();
  const m = member({ region: reg, age: ri(58, 78), gender: 'F' });
  let d = randDate('2025-01-10', '2025-04-30'); const cl = []; const tg = []; const mut = [];
  const h1 = inst(reg, 3); cl.push(zolVisit(m, h1, d, ['M81.000']));
  const nrep = careful ? 1 : ri(1, 2);
  for (let k = 0; k < nrep; k++) {
    d = add(d, careful ? ri(150, 180) : ri(60, 120));
    const h2 = careful ? inst(pick(REGIONS.filter((r) => r.code !== reg)).code, 2) : inst(reg, k % 2 ? 3 : 2);
    const c = zolVisit(m, h2, d, [pick(['M81.000', 'M81.800x091'])]);
    cl.push(c); tg.push(c); mut.push([c, lineOf(c, C.zol)]);
  }
  label('fraud', 'T14', TYP.T14, n, cl, tg, ML(mut));
}
const T15_BATCH = {};
function T15(n) {
  const b = Math.floor((n - 1) / 5); const careful = b === 2;
  if (!T15_BATCH[b]) { const reg = REGIONS[(b * 2 + 1) % REGIONS.length].code; T15_BATCH[b] = { h: inst(reg, 1, 1 + (b % 2)), date: randDate('2025-04-01', '2025-10-31') }; }
  const { h, date } = T15_BATCH[b]; const d = careful ? add(date, (n % 5) * ri(1, 3)) : date;
  const m = member({ region: h.region, age: ri(62, 82), type: 'resident' });
  const items = [[C.ogtt, d, 1], [C.hba1c, d, 1], [C.lipids, d, 1], [C.lft, d, 1], [C.rft, d, 1], [C.umalb, d, 1], [C.ecg, d, 1], [C.venepuncture, d, 1]];
  if (!careful) items.push([C.thy3, d, 1], [C.usNeck, d, 1]);
  const c = claim(m, h, { visitType: 'outpatient', dept: 'general_medicine', doc: docOf(h, 'general_medicine', 0), date: d, dx: [careful ? 'R73.900' : 'Z13.100'], items: [[C.opCommunity, d, 1], ...items] });
  label('fraud', 'T15', TYP.T15, n, [c], [c], {});
}

// =====================================================================
// CONTROLS
// =====================================================================
function diabetesHistory(m, h, start, nVisits, gap, extra = () => []) {
  const out = []; let d = start;
  for (let k = 0; k < nVisits; k++) { out.push(opVisit(m, h, h.level === 1 ? 'general_medicine' : 'endocrinology', d, [T2, ...(extra.dx || [])], [...(k % 3 === 0 ? [[C.hba1c, d, 1], [C.venepuncture, d, 1]] : []), ...oral(d, gap), ...extra(d, k)], 'chronic')); d = add(d, gap); }
  return { claims: out, next: d };
}
function C01(n) {
  const reg = regionPick(); const h = inst(reg, pick([2, 3]));
  const m = member({ region: reg, age: ri(35, 65), type: 'employee', chronic: ['E11'] });
  const hist = diabetesHistory(m, h, randDate('2025-01-05', '2025-03-31'), 2, 30);
  let d = hist.next; const cl = [...hist.claims];
  for (let k = 0; k < 3; k++) { cl.push(opVisit(m, h, 'endocrinology', d, ['E11.700x025', 'E66.900'], [[C.sema, d, k === 0 ? 1 : pick([1, 2])], [C.metf, d, 90], ...(k === 2 ? [[C.hba1c, d, 1], [C.venepuncture, d, 1]] : [])], 'chronic')); d = add(d, 28); }
  label('control', 'C01', CTL.C01, n, cl, cl);
}
function C02(n) {
  const reg = regionPick(); const h = inst(reg, pick([2, 3]));
  const m = member({ region: reg, age: ri(40, 68), type: chance(0.5) ? 'employee' : 'resident', chronic: ['E11'] });
  let d = randDate('2025-01-05', '2025-04-30'); const cl = [];
  for (let k = 0; k < 4; k++) { cl.push(opVisit(m, h, 'endocrinology', d, [T2, 'E66.900x001'], [[C.lira, d, 3], [C.metf, d, 90], ...(k % 3 === 0 ? [[C.hba1c, d, 1], [C.venepuncture, d, 1]] : [])], 'chronic')); d = add(d, 30); }
  label('control', 'C02', CTL.C02, n, cl, cl);
}
function dkaStay(m, h, adm, dx, o = {}) {
  const dis = add(adm, o.los || ri(6, 9));
  return inpatient(m, h, o.dept || 'endocrinology', adm, dis, dx, [],
    (i, d) => [[C.gluPOC, d, i < 2 ? 8 : i < 4 ? 6 : 4], [C.strip, d, i < 2 ? 8 : i < 4 ? 6 : 4], ...(i < 2 ? [[C.bga, d, 3], [C.lytes, d, 2], [C.humRI, d, 2], [C.pumpInf, d, 24], [C.nacl, d, 4], [C.kcl, d, 4], [C.ivFirst, d, 1], [C.ivMore, d, 3], [C.precSet, d, 1], [C.ecgMon, d, 24], [C.spo2, d, 24]] : [])
      , ...(i >= 2 && !o.pump ? [[C.aspart, d, i === 2 ? 1 : 0], [C.glarg, d, i === 2 ? 1 : 0], [C.sc, d, 4]] : []), ...(o.pump && i >= 2 ? [[C.pump, d, 24], [C.aspart, d, i === 2 ? 1 : 0]] : []),
      ...(i === 0 ? [[C.cbc, d, 1], [C.urine, d, 1], [C.lft, d, 1], [C.rft, d, 1], [C.hba1c, d, 1], [C.crp, d, 1], [C.venepuncture, d, 1], [C.cannula, d, 1], [C.cannulaC, d, 1]] : [])],
    [[C.ecg, adm, 1], [C.cxr, adm, 1]], { route: 'emergency', icuDays: 2, nurse: (i) => (i < 2 ? C.nurse1 : C.nurse2), k: o.k });
}
function C03(n) {
  const reg = regionPick(); const h = inst(reg, 3);
  const m = member({ region: reg, age: ri(5, 13), type: 'resident', chronic: ['E10'] });
  const adm = randDate('2025-01-10', '2025-07-31'); const ip = dkaStay(m, h, adm, ['E10.101'], { dept: 'pediatrics', pump: true, los: ri(8, 11) });
  const cl = [ip]; let d = add(ip.dischargeDate, ri(5, 10));
  for (let k = 0; k < 4; k++) { cl.push(opVisit(m, h, 'pediatrics', d, ['E10.900'], [[C.cgm, d, 14], [C.aspart, d, 2], ...(k === 2 ? [[C.hba1c, d, 1], [C.venepuncture, d, 1], [C.thy3, d, 1]] : [])], 'chronic')); d = add(d, 14); }
  label('control', 'C03', CTL.C03, n, cl, cl);
}
function C04(n) {
  const reg = regionPick(); const h = inst(reg, pick([3, 2]));
  const m = member({ region: reg, age: ri(19, 50), type: 'employee', chronic: ['E10'] });
  let d = randDate('2025-01-10', '2025-07-31'); const cl = [];
  for (let k = 0; k < 5; k++) { cl.push(opVisit(m, h, 'endocrinology', d, ['E10.900'], [[C.cgm, d, 14], ...(k % 2 === 0 ? [[C.aspart, d, 3], [C.glarg, d, 2]] : []), ...(k === 3 ? [[C.hba1c, d, 1], [C.venepuncture, d, 1]] : [])], 'chronic')); d = add(d, 14); }
  label('control', 'C04', CTL.C04, n, cl, cl);
}
function C05(n) {
  const reg = regionPick(); const h = inst(reg, pick([3, 2]));
  const m = member({ region: reg, age: ri(24, 38), gender: 'F', type: chance(0.6) ? 'employee' : 'resident' });
  let d = randDate('2025-02-01', '2025-07-15'); const cl = [];
  cl.push(opVisit(m, h, 'obstetrics', d, ['Z34.900'], [[C.ogtt, d, 1], [C.cbc, d, 1], [C.urine, d, 1], [C.venepuncture, d, 1]]));
  d = add(d, ri(5, 8));
  for (let k = 0; k < 5; k++) {
    const ins = k >= 1;
    cl.push(opVisit(m, h, 'obstetrics', d, ['O24.400'], [[C.fpg, d, 1], [C.venepuncture, d, 1], [C.strip, d, 7 * (k < 2 ? 14 : 7)], ...(ins ? [[C.humRI, d, 2], [C.nph, d, 1]] : []), ...(k === 2 ? [[C.usOb, d, 1]] : []), ...(k >= 3 ? [[C.fetalMon, d, 1]] : [])]));
    d = add(d, k < 2 ? 14 : 7);
  }
  label('control', 'C05', CTL.C05, n, cl, cl);
}
function C06(n) {
  const reg = regionPick(); const h = inst(reg, pick([3, 3, 2]));
  const t1 = n % 3 === 0;
  const m = member({ region: reg, age: t1 ? ri(16, 35) : ri(35, 70), chronic: [t1 ? 'E10' : 'E11'] });
  const c = dkaStay(m, h, randDate('2025-01-10', '2025-11-10'), [t1 ? 'E10.101' : 'E11.101', ...(chance(0.4) ? ['N39.000'] : [])]);
  label('control', 'C06', CTL.C06, n, [c], [c]);
}
function C07(n) {
  const reg = regionPick(); const h = inst(reg, pick([2, 3]));
  const m = member({ region: reg, age: ri(45, 75), type: chance(0.6) ? 'employee' : 'resident', chronic: ['E11'] });
  let d = randDate('2025-01-05', '2025-02-28'); const cl = [];
  for (let k = 0; k < 7; k++) {
    const a1c = k % 3 === 0;
    cl.push(opVisit(m, h, 'endocrinology', d, ['E11.600x051'], [[C.glarg, d, 3], [C.aspart, d, 3], [C.metf, d, 90], [C.strip, d, 100], ...(a1c ? [[C.hba1c, d, 1], [C.venepuncture, d, 1]] : [[C.fpg, d, 1], [C.venepuncture, d, 1]])], 'chronic'));
    d = add(d, 30 + (k % 3 === 2 ? ri(1, 4) : 0));
  }
  label('control', 'C07', CTL.C07, n, cl, cl);
}
function C08(n) {
  const reg = regionPick(); const h = inst(reg, 3);
  const m = member({ region: reg, age: ri(25, 38), gender: 'F', type: 'employee', chronic: [n % 3 ? 'E11' : 'E10'] });
  let d = randDate('2025-01-15', '2025-04-30'); const cl = [];
  for (let k = 0; k < 5; k++) { cl.push(opVisit(m, h, 'obstetrics', d, [n % 3 ? 'O24.100x021' : 'O24.000x021'], [[C.hba1c, d, 1], [C.venepuncture, d, 1], [C.aspart, d, 3], [C.glarg, d, 2], [C.strip, d, 120], ...(k % 2 ? [[C.usOb, d, 1]] : [[C.urine, d, 1]])])); d = add(d, ri(28, 31)); }
  label('control', 'C08', CTL.C08, n, cl, cl);
}
function C09(n) {
  const reg = regionPick(); const h = inst(reg, 3);
  const m = member({ region: reg, age: ri(28, 60), gender: n % 4 === 0 ? 'M' : 'F', type: 'employee' });
  let d = randDate('2025-01-05', '2025-03-31'); const cl = [];
  if (n % 3 === 0) { // 131I ablation stay first
    const adm = d; const dis = add(adm, 4);
    cl.push(inpatient(m, h, 'nuclear_medicine', adm, dis, ['C73.x00', 'E89.001'], [['92.2801', add(adm, 1)]], (i, dd) => (i === 0 ? admLabs(dd, [C.tg, C.tsh]) : []), [[C.rai_c, add(adm, 1), 1], [C.usThy, adm, 1]]));
    d = add(dis, 60);
  }
  for (let k = 0; k < 3; k++) { cl.push(opVisit(m, h, 'nuclear_medicine', d, ['Z08.000', 'C73.x00', 'E89.001'], [[C.tg, d, 1], [C.tsh, d, 1], [C.venepuncture, d, 1], [C.lt4, d, 90, 1, true], ...(k % 2 === 0 ? [[C.usThy, d, 1]] : [])])); d = add(d, ri(85, 95)); }
  label('control', 'C09', CTL.C09, n, cl, cl);
}
function C10(n) {
  const reg = regionPick(); const h = inst(reg, pick([2, 3]));
  const m = member({ region: reg, age: ri(22, 55), gender: n % 4 === 0 ? 'M' : 'F' });
  let d = randDate('2025-01-05', '2025-05-31'); const cl = [];
  for (let k = 0; k < 5; k++) { cl.push(opVisit(m, h, 'endocrinology', d, ['E05.001'], [[C.thy3, d, 1], [C.cbc, d, 1], ...(k < 3 ? [[C.lft, d, 1]] : []), [C.venepuncture, d, 1], [C.mmi, d, k < 2 ? 90 : 60], ...(k === 0 ? [[C.usThy, d, 1], [C.ecg, d, 1]] : [])])); d = add(d, ri(27, 31)); }
  label('control', 'C10', CTL.C10, n, cl, cl);
}
function C11(n) {
  const reg = regionPick(); const h = inst(reg, 3);
  const m = member({ region: reg, age: ri(5, 12), type: 'resident' });
  const d0 = randDate('2025-01-10', '2025-04-30'); const cl = [];
  cl.push(opVisit(m, h, 'pediatrics', d0, ['E34.301'], [[C.handXR, d0, 1], [C.thy3, d0, 1], [C.venepuncture, d0, 1]]));
  const adm = add(d0, ri(10, 20)); const dis = add(adm, 3);
  cl.push(inpatient(m, h, 'pediatrics', adm, dis, ['E23.009'], [], (i, dd) => [[C.gluPOC, dd, 4], [C.venepuncture, dd, 2], ...(i === 0 ? admLabs(dd, [C.thy3]) : [])], [[C.mriHead, add(adm, 1), 1]]));
  let d = add(dis, ri(5, 12));
  for (let k = 0; k < 3; k++) { cl.push(opVisit(m, h, 'pediatrics', d, ['E23.009'], [[C.gh, d, 30], ...(k === 0 ? [[C.sc, d, 1]] : [])])); d = add(d, 30); }
  label('control', 'C11', CTL.C11, n, cl, cl);
}
function C12(n) {
  const reg = regionPick(); const h = inst(reg, pick([3, 2]));
  const m = member({ region: reg, age: ri(30, 65), gender: n % 4 === 0 ? 'M' : 'F' });
  let d = randDate('2025-01-05', '2025-06-30'); const cl = [];
  cl.push(opVisit(m, h, 'endocrinology', d, ['E05.001'], [[C.thy3, d, 1], [C.venepuncture, d, 1], [C.usThy, d, 1], [C.cbc, d, 1]]));
  d = add(d, ri(7, 14));
  cl.push(opVisit(m, h, 'nuclear_medicine', d, ['E05.001'], [[C.rai_h, d, 1]]));
  d = add(d, ri(42, 56)); cl.push(opVisit(m, h, 'endocrinology', d, ['E05.001'], [[C.thy3, d, 1], [C.venepuncture, d, 1]]));
  d = add(d, ri(42, 56)); cl.push(opVisit(m, h, 'endocrinology', d, ['E03.202'], [[C.thy3, d, 1], [C.venepuncture, d, 1], [C.lt4, d, 60]]));
  label('control', 'C12', CTL.C12, n, cl, cl);
}
function C13(n) {
  const reg = regionPick(); const h = inst(reg, 3);
  const m = member({ region: reg, age: ri(45, 70), type: 'employee', chronic: ['E11'] });
  let d = randDate('2025-01-05', '2025-04-30'); const cl = [];
  for (let k = 0; k < 2; k++) { cl.push(opVisit(m, h, 'endocrinology', d, ['E11.700x021', 'E66.900'], [[C.glarg, d, ri(10, 12), 1, true], [C.aspart, d, ri(14, 16), 1, true], [C.metf, d, 252, 1, true], [C.hba1c, d, 1], [C.venepuncture, d, 1], [C.strip, d, 200]], 'chronic')); d = add(d, 84); }
  label('control', 'C13', CTL.C13, n, cl, cl);
}
function C14(n) {
  const reg = regionPick(); const h = inst(reg, 1, 1 + (n % 2)); const age = ri(58, 76);
  const a = member({ region: reg, age, gender: 'M', chronic: ['E11'] }); const b = member({ region: reg, age: age - ri(0, 4), gender: 'F', chronic: ['E11'] });
  let d = randDate('2025-01-05', '2025-06-30'); const cl = [];
  for (let k = 0; k < 2; k++) { cl.push(opVisit(a, h, 'general_medicine', d, [T2], oral(d, 30), 'chronic', 0)); cl.push(opVisit(b, h, 'general_medicine', d, [T2, ...(chance(0.5) ? ['I10.x00x002'] : [])], [...oral(d, 30), ...(chance(0.5) ? [[C.aml, d, 30]] : [])], 'chronic', 0)); d = add(d, ri(28, 32)); }
  label('control', 'C14', CTL.C14, n, cl, cl);
}
function C15(n) {
  const reg = regionPick(); const comm = inst(reg, 1);
  const m = member({ region: reg, age: ri(58, 80), chronic: ['E11'] });
  let d = randDate('2025-01-10', '2025-05-31'); const cl = [];
  cl.push(opVisit(m, comm, 'general_medicine', d, [T2], oral(d, 30), 'chronic'));
  const adm = add(d, ri(10, 20)); const dis = add(adm, ri(6, 9)); const hosp = inst(reg, pick([2, 3]));
  cl.push(inpatient(m, hosp, 'respiratory', adm, dis, ['J18.900', T2], [],
    (i, dd) => [[C.ceftri, dd, 2], [C.nacl, dd, 2], [C.ivFirst, dd, 1], [C.ivSet, dd, 1], [C.gluPOC, dd, 4], [C.strip, dd, 4], [C.metf, dd, 3], ...(i === 0 ? admLabs(dd, [C.crp]) : [])], [[C.ctChest, adm, 1]], { route: 'emergency' }));
  const r = add(dis, n % 2); cl.push(opVisit(m, comm, 'general_medicine', r, [T2], oral(r, 30), 'chronic'));
  label('control', 'C15', CTL.C15, n, cl, cl);
}
function C16(n) {
  const reg = regionPick(); const h = inst(reg, pick([2, 3]));
  const m = member({ region: reg, age: ri(58, 82), chronic: ['E11'] });
  const a1 = randDate('2025-01-10', '2025-09-30'); const d1 = add(a1, ri(8, 10));
  const c1 = footStay(m, h, a1, d1, ['E11.500x043']);
  const a2 = add(d1, ri(4, 12)); const d2 = add(a2, ri(7, 9));
  const c2 = inpatient(m, h, 'respiratory', a2, d2, ['J18.900', T2], [],
    (i, dd) => [[C.piptazo, dd, 3], [C.nacl, dd, 3], [C.ivFirst, dd, 1], [C.ivMore, dd, 2], [C.ivSet, dd, 1], [C.gluPOC, dd, 4], [C.strip, dd, 4], [C.oxygen, dd, 12], ...(i === 0 ? admLabs(dd, [C.crp, C.pct, C.culture]) : [])], [[C.ctChest, a2, 1], [C.bga, a2, 1]], { route: 'emergency' });
  label('control', 'C16', CTL.C16, n, [c1, c2], [c1, c2]);
}
function C17(n) {
  const reg = regionPick(); const h2 = inst(reg, 2); const h3 = inst(reg, 3);
  const m = member({ region: reg, age: ri(55, 82), chronic: ['E11'] });
  const a1 = randDate('2025-01-10', '2025-10-15'); const d1 = add(a1, ri(3, 6));
  const c1 = footStay(m, h2, a1, d1, ['E11.500x044'], 'endocrinology', { dmode: 'transfer', route: 'emergency' });
  const a2 = add(d1, n % 3 === 0 ? 1 : 0); const d2 = add(a2, ri(12, 16)); const op = add(a2, 2);
  const c2 = footStay(m, h3, a2, d2, ['E11.500x044', 'I10.x00x002'], h3.depts.vascular_surgery ? 'vascular_surgery' : 'general_surgery',
    { route: 'transfer', transferFrom: h2.id, px: [['86.2200x011', op]], k: 1 });
  // the operation and dressings of the level-3 stay
  const extra = buildItems(h3, [[C.debride, op, 1], [C.vsd, op, 1], [C.vsdKit, op, 1], [C.ga, op, 1], [C.propofol, op, 1], [C.drape, op, 1], [C.vsd, add(op, 7), 1], [C.vsdKit, add(op, 7), 1], [C.path, op, 1]]);
  let next = c2._items.length; for (const x of extra) { x.lineId = String(++next); c2._items.push(x); }
  label('control', 'C17', CTL.C17, n, [c1, c2], [c1, c2]);
}
function C18(n) {
  const reg = regionPick(); const h = inst(reg, pick([2, 3]));
  const m = member({ region: reg, age: ri(45, 75), chronic: ['E11'] });
  const adm = randDate('2025-01-10', '2025-11-01'); const dis = add(adm, ri(5, 7));
  const c = inpatient(m, h, 'endocrinology', adm, dis, ['E11.600x051', 'K80.101'], [],
    (i, d) => [[C.gluPOC, d, 7], [C.strip, d, 7], [C.aspart, d, i % 4 === 0 ? 1 : 0], [C.glarg, d, i === 0 ? 1 : 0], [C.sc, d, 4], ...(i === 0 ? admLabs(d, [C.hba1c, C.coag, C.preop8]) : [])],
    [[C.ecg, adm, 1], [C.usAbd, adm, 1], [C.cxr, adm, 1], [C.consultIn, add(adm, 2), 1]]);
  label('control', 'C18', CTL.C18, n, [c], [c]);
}
function C19(n) {
  const reg = regionPick(); const h = inst(reg, pick([3, 2]));
  const m = member({ region: reg, age: ri(30, 60) });
  const adm = randDate('2025-01-10', '2025-11-01'); const dis = add(adm, ri(9, 12));
  const c = inpatient(m, h, 'endocrinology', adm, dis, ['E11.600x051', ...(chance(0.5) ? ['E78.200'] : [])], [],
    (i, d) => [[C.gluPOC, d, 8], [C.strip, d, 8], [C.pump, d, 24], [C.aspart, d, i % 3 === 0 ? 1 : 0], ...(i === 0 ? admLabs(d, [C.hba1c, C.umalb]) : [])],
    [[C.ogtt, add(adm, 1), 1], [C.ecg, adm, 1], [C.fundus, add(adm, 2), 1], [C.usAbd, add(adm, 2), 1]]);
  label('control', 'C19', CTL.C19, n, [c], [c]);
}
function C20(n) {
  const reg = regionPick(); const h = inst(reg, pick([2, 3, 1]));
  const m = member({ region: reg, age: ri(45, 78), chronic: ['E11'] });
  const d = randDate('2025-01-10', '2025-11-30');
  const c = opVisit(m, h, h.level === 1 ? 'general_medicine' : 'endocrinology', d, [T2, 'E78.500'], [[C.hba1c, d, 1], [C.umalb, d, 1], [C.rft, d, 1], [C.lipids, d, 1], [C.lft, d, 1], [C.venepuncture, d, 1], [C.fundus, d, 1], [C.ecg, d, 1], ...(h.level > 1 ? [[C.usLeg, d, 1]] : []), ...oral(d, 30)], 'chronic');
  label('control', 'C20', CTL.C20, n, [c], [c]);
}
function C21(n) {
  const reg = regionPick(); const h = inst(reg, pick([2, 3, 1]));
  const m = member({ region: reg, age: ri(23, 39), gender: 'F' });
  const d = randDate('2025-01-10', '2025-11-30');
  const c = opVisit(m, h, h.level === 1 ? 'general_medicine' : 'obstetrics', d, ['Z34.900'], [[C.ogtt, d, 1], [C.cbc, d, 1], [C.urine, d, 1], ...(h.level > 1 ? [[C.usOb, d, 1]] : [])]);
  label('control', 'C21', CTL.C21, n, [c], [c]);
}
function C22(n) {
  const reg = regionPick(); const h = inst(reg, 3);
  const m = member({ region: reg, age: ri(30, 55), type: 'employee', chronic: ['E11'] });
  const hist = diabetesHistory(m, h, randDate('2025-01-05', '2025-03-31'), 4, 30, (d) => [[C.glarg, d, 2]]);
  const ip = bariatric(m, h, add(hist.next, ri(3, 10)), ['E11.700x025', 'E66.901'], n % 3 === 0, 1);
  const cl = [...hist.claims, ip];
  label('control', 'C22', CTL.C22, n, cl, cl);
}
function C23(n) {
  const reg = regionPick(); const h = inst(reg, 3);
  const m = member({ region: reg, age: ri(58, 80), gender: 'F' });
  let d = randDate('2025-01-10', '2025-06-30'); const cl = [];
  if (n % 2) {
    cl.push(opVisit(m, h, 'orthopedics', d, ['M81.000'], [[C.dxa, d, 1], [C.rft, d, 1], [C.venepuncture, d, 1]]));
    cl.push(zolVisit(m, h, add(d, 7), ['M81.000']));
    d = add(d, 40);
    for (let k = 0; k < 3; k++) { cl.push(pharm(m, inst(reg, 'P', 1), d, ['M81.000'], [[C.cad3, 30], [C.calcitriol, 30]])); d = add(d, 30); }
  } else {
    cl.push(opVisit(m, h, 'orthopedics', d, ['M80.000'], [[C.dxa, d, 1], [C.handXR, d, 1]]));
    for (let k = 0; k < 3; k++) { cl.push(opVisit(m, h, 'orthopedics', d, ['M80.000'], [[C.teri, d, 1], [C.cad3, d, 30]])); d = add(d, 28); }
  }
  label('control', 'C23', CTL.C23, n, cl, cl);
}
function C24(n) {
  const reg = regionPick(); const h = inst(reg, 1, 1 + (n % 2));
  const m = member({ region: reg, age: ri(45, 72) });
  const d0 = randDate('2025-01-10', '2025-05-31');
  const c0 = opVisit(m, h, 'general_medicine', d0, ['R73.900x001'], [[C.fpg, d0, 1], [C.venepuncture, d0, 1]]);
  const d1 = add(d0, ri(150, 190));
  const c1 = opVisit(m, h, 'general_medicine', d1, ['R73.002'], [[C.ogtt, d1, 1], [C.hba1c, d1, 1], [C.venepuncture, d1, 1], ...(chance(0.5) ? [[C.lipids, d1, 1]] : [])]);
  label('control', 'C24', CTL.C24, n, [c0, c1], [c0, c1]);
}

// =====================================================================
// ROUTINE
// =====================================================================
function routine(n) {
  const reg = regionPick(); const v = n % 10; let c;
  if (v === 0 || v === 1) { const m = member({ region: reg, age: ri(45, 80), chronic: ['E11'] }); const h = inst(reg, pick([1, 2])); const d = randDate('2025-01-05', '2025-12-10'); c = opVisit(m, h, h.level === 1 ? 'general_medicine' : 'endocrinology', d, [T2], oral(d, 30), 'chronic'); }
  else if (v === 2) { const m = member({ region: reg, age: ri(45, 80) }); const d = randDate('2025-01-05', '2025-12-10'); c = pharm(m, inst(reg, 'P', ri(1, 3)), d, [T2], [[C.metf, 60]]); }
  else if (v === 3) { const m = member({ region: reg, age: ri(45, 80) }); const h = inst(reg, pick([1, 2])); const d = randDate('2025-01-05', '2025-12-10'); c = opVisit(m, h, 'general_medicine', d, ['I10.x00x002'], [[pick([C.aml, C.irbe]), d, 30]]); }
  else if (v === 4) { const m = member({ region: reg, age: ri(30, 70), gender: 'F' }); const h = inst(reg, pick([2, 3])); const d = randDate('2025-01-05', '2025-12-10'); c = opVisit(m, h, 'endocrinology', d, ['E03.900'], [[C.thy3, d, 1], [C.venepuncture, d, 1], [C.lt4, d, 60]]); }
  else if (v === 5) { const m = member({ region: reg, age: ri(5, 60) }); const h = inst(reg, pick([1, 2])); const d = randDate('2025-01-05', '2025-12-10'); c = opVisit(m, h, 'general_medicine', d, ['J06.900'], [[C.cbc, d, 1], [C.lorat, d, 6]]); }
  else if (v === 6) { const m = member({ region: reg, age: ri(40, 75) }); const d = randDate('2025-01-05', '2025-12-10'); c = pharm(m, inst(reg, 'P', ri(1, 3)), d, ['I10.x00x002'], [[C.aml, 30]]); }
  else if (v === 7) { const m = member({ region: reg, age: ri(50, 80), chronic: ['E11'] }); const h = inst(reg, pick([2, 3])); const d = randDate('2025-01-05', '2025-12-10'); c = opVisit(m, h, 'endocrinology', d, [T2], [[C.hba1c, d, 1], [C.venepuncture, d, 1], [C.glarg, d, 3], [C.metf, d, 90]], 'chronic'); }
  else if (v === 8) { const m = member({ region: reg, age: ri(25, 70) }); const h = inst(reg, pick([2, 3])); const adm = randDate('2025-01-05', '2025-12-01'); const dis = add(adm, ri(5, 7)); const op = add(adm, 1);
    c = inpatient(m, h, 'general_surgery', adm, dis, ['K80.101'], [['51.2300', op]], (i, d) => [...(i >= 1 && i <= 3 ? [[C.nacl, d, 2], [C.ivFirst, d, 1], [C.ivSet, d, 1]] : []), ...(i === 0 ? admLabs(d, [C.coag, C.preop8]) : [])],
      [[C.chole, op, 1], [C.ga, op, 2], [C.propofol, op, 1], [C.trocar, op, 1], [C.clip, op, 3], [C.cefurIV, op, 1], [C.usAbd, adm, 1], [C.ecg, adm, 1]], { nurse: (i) => (i <= 1 ? C.nurse1 : C.nurse2) }); }
  else { const m = member({ region: reg, age: ri(55, 80), gender: 'F' }); const d = randDate('2025-01-05', '2025-12-10'); c = pharm(m, inst(reg, 'P', ri(1, 3)), d, ['M81.000'], [[C.cad3, 30], [C.calcitriol, 30]]); }
  label('routine', 'R', 'routine', n, [c], [c]);
}

// ---------- build ----------
for (const [code, fn] of Object.entries({ T01, T02, T03, T04, T05, T06, T07, T08, T09, T10, T11, T12, T13, T14, T15 })) for (let n = 1; n <= 15; n++) fn(n);
for (const [code, fn] of Object.entries({ C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21, C22, C23, C24 })) for (let n = 1; n <= 15; n++) fn(n);
for (let n = 1; n <= 100; n++) routine(n);

// ---------- money: fen throughout, yuan on output ----------
const POL = JSON.parse(fs.readFileSync(path.join(CATDIR, '..', 'benefits', 'policies.json'), 'utf8'));
function merge(a, b) { if (!b) return a; const o = Array.isArray(a) ? a.slice() : { ...a }; for (const k in b) o[k] = (a && typeof a[k] === 'object' && !Array.isArray(a[k]) && typeof b[k] === 'object') ? merge(a[k], b[k]) : b[k]; return o; }
function schemeFor(c) {
  const reg = c.insuredRegion || c.region; const p = POL.provinces[reg.slice(0, 2)];
  const s = merge(p.schemes, p.regions && p.regions[reg] && p.regions[reg].schemes);
  return s[c.insuranceType][c.visitType];
}
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a.claimId < b.claimId ? -1 : 1));
const ytd = {}; // member|visitType -> {policy, fund}
for (const c of CLAIMS) {
  let total = 0, polF = 0;
  for (const x of c._items) { const r = ROW[x.code]; total += x.amountFen; polF += r.class === '丙' ? 0 : Math.round(x.amountFen * (1 - (r.selfPayShare || 0))); }
  const s = schemeFor(c); const lvl = String(c.provider.level);
  const ratioBase = typeof s.ratio === 'object' ? s.ratio[lvl] : s.ratio;
  let ratio = ratioBase + (c.patient.retired ? (s.retireeRatioBonus || 0) : 0); if (s.maxRatio) ratio = Math.min(ratio, s.maxRatio);
  const key = c.patient.insuredId + '|' + c.visitType; const st = ytd[key] || (ytd[key] = { policy: 0, fund: 0 });
  let ded;
  if (c.visitType === 'inpatient') ded = fen(typeof s.deductible === 'object' ? s.deductible[lvl] : s.deductible);
  else ded = Math.max(0, fen(s.deductible || 0) - st.policy);
  let fund = Math.floor(Math.max(0, polF - ded) * ratio);
  const cap = fen(s.annualFundCap || 1e9);
  fund = Math.max(0, Math.min(fund, cap - st.fund));
  st.policy += polF; st.fund += fund;
  c.amounts = { total: total / 100, policy: polF / 100, fundClaimed: fund / 100 };
}
// ---------- groups (pass 2) ----------
if (GROUPS && fs.existsSync(GROUPS)) {
  const g = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const x = JSON.parse(line); const id = x.claimId; const drg = x.drg || (x.grouping && x.grouping.drg) || (x.group && x.group.drg); if (id) g[id] = drg; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient' && g[c.claimId]) c.reportedGroup = { drg: g[c.claimId], dip: null };
}
const out = CLAIMS.map((c) => {
  const o = {}; for (const k of Object.keys(c)) if (!k.startsWith('_') && k !== 'amounts') o[k] = c[k];
  o.items = c._items.map((x) => ({ lineId: x.lineId, code: x.code, name: x.name, category: x.category, date: x.date, quantity: x.quantity, unitPrice: x.unitPriceFen / 100, amount: x.amountFen / 100, ...(x.longPrescription ? { longPrescription: true } : {}) }));
  o.amounts = c.amounts; return JSON.stringify(o);
});
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`blind94: ${CLAIMS.length} claims, ${LABELS.length} cases (${LABELS.filter((l) => l.kind === 'fraud').length} fraud, ${LABELS.filter((l) => l.kind === 'control').length} control, ${LABELS.filter((l) => l.kind === 'routine').length} routine)`);
