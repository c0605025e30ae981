#!/usr/bin/env node
// blind61: blood, vessels and the chest. usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CATDIR = path.resolve(opt('--catalogue') || path.join(__dirname, '../base60/rules/catalogue'));
const GROUPS = opt('--groups');

// ---------- rng ----------
let seed = 61061;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const CAT = {};
for (const f of ['services', 'drugs', 'consumables', 'services-tcm', 'drugs-tcm-herbs', 'services-mental-health', 'drugs-mental-health', 'services-home-and-online']) {
  const p = path.join(CATDIR, f + '.json'); if (!fs.existsSync(p)) continue;
  const j = JSON.parse(fs.readFileSync(p, 'utf8')); const rows = Array.isArray(j) ? j : j.rows;
  for (const r of rows) CAT[r.code] = r;
}
const C = { // short names -> row codes
  opd: '001102000010001', opdAssoc: '001102000020001', opdChief: '001102000030001', er: '001102000050001', ipdConsult: '001103000010001', consultIn: '001104000010001', chronicConsult: '001109000010001',
  bed3: '001105000010001', bed2: '001105000020001', bedICU: '001105000030001', bedLaminar: '001105000040001',
  nurse1: '001201000020001', nurse2: '001201000030001', nurse3: '001201000040001',
  iv1: '001204000010001', ivAdd: '001204000020001', ivPush: '001204000040001', sc: '001204000060001', cannula: '001204000070001',
  dressS: '001205000010001', dressM: '001205000020001', neb: '001207000010001', o2: '001208000010001', ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001',
  cbc5: '002501010010001', hb: '002501010030001', urine: '002501020010001', stoolOB: '002501030010001',
  lft: '002502010010001', alt: '002502010020001', ast: '002502010030001', tbil: '002502010040001', rft: '002502020010001', cr: '002502020020001', urea: '002502020030001',
  lytes: '002502030010001', lipids: '002502040010001', glu: '002502050010001', coag: '002502060010001', ckmb: '002502070010001', tnI: '002502070020001', bnp: '002502070030001',
  crp: '002502080010001', pct: '002502080020001', abg: '002502090010001', ddimer: '002502100010001', preop8: '002502120010001', abo: '002502130010001', culture: '002502140010001',
  cea: '002502170010001', afp: '002502170020001', ca125: '002502170030001', ca199: '002502170040001', thyroid: '002502180010001', patho: '002502200010001',
  ecg: '003107010010001', holter: '003107010020001', cxr: '002202010010001', usAbd: '002103010010001', echo: '002103010020001', usCarotid: '002103010030001', usLeg: '002103010040001',
  usThyroid: '002103010050001', usBreast: '002103010090001', ctHead: '002301010010001', ctChest: '002301010020001', ctAbd: '002301010030001', ctEnh: '002301010040001',
  pft: '002503010020001', ga: '003301010010001', local: '003301010030001', chemoPrep: '003310020010001',
  // consumables
  ivSet: 'C14010150100001020350000001', cannulaC: 'C14010150200001215730000001', syr: 'C14010150300001156950000001', ivPatch: 'C14010150500001483520000001',
  drainBag: 'C14040150100001551930000001', negDrain: 'C14040150300001408220000001', gauze: 'C14020150100001506610000001', dressPack: 'C14020150200001397260000001', film: 'C14020150300001037150000001',
  o2tube: 'C14050150100001832230000001', electrode: 'C14060150100001436170000001', spo2Probe: 'C14060150200001655310000001',
  sheath: 'C02010150500001930830000001', wire: 'C02010150400001146670000001', stapler: 'C11010150300001825820000001', clip: 'C11010150400001380140000001', suture: 'C11010150200001895120000001',
  gown: 'C11010150600001900710000001', esu: 'C11010150700001990950000001', anaesKit: 'C11010150800001179070000001',
  // drugs
  ferrous: 'XB03AAH503A001', epo: 'XB03XAZ505B002', alb: 'XB05AAR504B002', enox: 'XB01ABY502B002', lmwh: 'XB01ABD502B002', riva: 'XB01AFL503A001', uk: 'XB01ADN501B002', alteplase: 'XB01ADA510B002',
  vitk: 'XB02BAW502B002', txa: 'XB02AAA519B002', asp: 'XB01ACA509A001', clopi: 'XB01ACL502A001', atorva: 'XC10AAA511A001', pge1: 'XC01EAQ504B002', danshen: 'ZA12BAD505B002', ginkgo: 'XN06DXY505B002',
  ns: 'XB05BBL511B002', glucose: 'XB05BAP505B002', kcl: 'XB05XAL512B002', cefuroximeIV: 'XJ01DCT505B002', ceftriaxone: 'XJ01DDT504B002', pipTazo: 'XJ01CRP501B002', ambroxIV: 'XR05CBA522B002', ambroxTab: 'XR05CBA522A001',
  apap: 'XN02BED510A001', tramadol: 'XN02AXQ505A003', propofol: 'XN01AXB503B002', fentanyl: 'XN02ABF506B002', vecu: 'XM03ACW501B002', lido: 'XN01BBL509B002', ropi: 'XN01BBL510B002',
  mpred: 'XH02ABJ504B002', dexa: 'XH02ABD515B002', pred: 'XH02ABP507A001', omep: 'XA02BCA515A001', pantoIV: 'XA02BCP503B002', gem: 'XL01BCJ505B002', cis: 'XL01XAS512B002', oxali: 'XL01XAA523B002',
  ondan: 'XA04AAA524B002', palono: 'XA04AAP508B002', mtx: 'XL04AXJ506A001', furos: 'XC03CAF503A001', furosIV: 'XC03CAF503B002', bisop: 'XC07ABB501A001', amlo: 'XC08CAA512A001', calcD: 'XA12AXT512A001', vitB: 'XA11EAF513A001',
  kcal: 'XA12AXT512A001', moxiIV: 'XJ01MAM502B002', metroIV: 'XJ01XDJ501B002', gsh: 'XV03ABH501B002',
};
for (const [k, v] of Object.entries(C)) if (!CAT[v]) throw new Error('catalogue row missing: ' + k + ' ' + v);

// ---------- regions, hospitals, doctors ----------
const TITLES3 = ['主任医师', '副主任医师', '主治医师', '主治医师'];
const TITLES1 = ['主治医师', '医师'];
const HOSP = {};
let docSeq = 100;
function hosp(id, region, level, name, depts, priv) {
  const h = { id, region, level, name, priv: !!priv, depts: {}, fac: level === 3 ? 1 : (priv ? 1 : 0.96) };
  for (const d of depts) { h.depts[d] = []; const n = level === 1 ? 2 : 3; for (let i = 0; i < n; i++) h.depts[d].push({ id: 'D' + String(++docSeq).padStart(4, '0'), title: (level === 1 ? TITLES1 : TITLES3)[i] }); }
  HOSP[id] = h; return h;
}
const ALL = ['hematology', 'thoracic_surgery', 'vascular_surgery', 'interventional_radiology', 'oncology', 'emergency', 'respiratory'];
hosp('H51010001', '510100', 3, '成都某三甲医院', ALL);
hosp('H51010002', '510100', 2, '成都某区人民医院', ['hematology', 'thoracic_surgery', 'vascular_surgery', 'emergency', 'respiratory']);
hosp('H51010003', '510100', 2, '成都某民营医院', ['hematology', 'vascular_surgery', 'thoracic_surgery', 'general'], true);
hosp('H51010004', '510100', 1, '成都某社区卫生服务中心', ['general']);
hosp('Y51010001', '510100', 1, '成都某定点药店', ['pharmacy']);
hosp('H51070001', '510700', 2, '绵阳某市人民医院', ['hematology', 'thoracic_surgery', 'vascular_surgery', 'emergency']);
hosp('H37010001', '370100', 3, '济南某三甲医院', ALL);
hosp('H37010002', '370100', 2, '济南某民营医院', ['hematology', 'vascular_surgery', 'thoracic_surgery', 'general'], true);
hosp('H37010003', '370100', 1, '济南某社区卫生服务中心', ['general']);
hosp('Y37010001', '370100', 1, '济南某定点药店', ['pharmacy']);
hosp('H37020001', '370200', 3, '青岛某三甲医院', ALL);
hosp('H22010001', '220100', 3, '长春某三甲医院', ALL);
hosp('H22010002', '220100', 2, '长春某区医院', ['hematology', 'thoracic_surgery', 'vascular_surgery', 'emergency', 'general']);
hosp('Y22010001', '220100', 1, '长春某定点药店', ['pharmacy']);
hosp('H23010001', '230100', 3, '哈尔滨某三甲医院', ALL);
hosp('H23010002', '230100', 2, '哈尔滨某民营医院', ['hematology', 'vascular_surgery', 'general'], true);
hosp('H23010003', '230100', 1, '哈尔滨某社区卫生服务中心', ['general']);
const H3 = ['H51010001', 'H37010001', 'H37020001', 'H22010001', 'H23010001'];
const H2 = ['H51010002', 'H51070001', 'H22010002'];
const HP = ['H51010003', 'H37010002', 'H23010002'];
const H1 = ['H51010004', 'H37010003', 'H23010003'];
const PH = ['Y51010001', 'Y37010001', 'Y22010001'];
const sameCity = (hid) => Object.values(HOSP).filter(h => h.region === HOSP[hid].region);
const docOf = (hid, dept) => pick(HOSP[hid].depts[dept] || HOSP[hid].depts[Object.keys(HOSP[hid].depts)[0]]);
const deptOf = (hid, want) => HOSP[hid].depts[want] ? want : Object.keys(HOSP[hid].depts)[0];

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => iso(new Date(D(s).getTime() + n * 86400000));
const randDate = (from = '2025-02-01', to = '2025-11-20') => add(from, ri(0, (D(to) - D(from)) / 86400000));

// ---------- members ----------
let memSeq = 0;
function member(o = {}) {
  const gender = o.gender || pick(['M', 'F']); const age = o.age || ri(30, 78);
  const scheme = o.scheme || (rnd() < 0.6 ? 'employee' : 'resident');
  const region = o.region || '510100';
  const birth = `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const retAge = gender === 'M' ? 60 : 55;
  const retired = scheme === 'employee' && age >= retAge + 1;
  const contrib = scheme === 'employee' ? (retired ? ri(31, 40) : Math.max(1, Math.min(age - 20, ri(5, 30)))) : 0;
  return { id: 'P61' + String(++memSeq).padStart(5, '0'), gender, birth, age, scheme, region, retired, contrib, chronic: o.chronic || null, cont: ri(3, 15) };
}

// ---------- claim building ----------
const claims = []; let claimSeq = 0;
function price(code, level, fac) { const r = CAT[code]; const cap = Math.round(r.priceCap[String(level)] * 100); return Math.floor(cap * fac); }
function billCode(code) { const r = CAT[code]; return r.products && r.products[0] ? r.products[0] : code; }
// items: [key, date, qty, {fac}] ; key in C or raw code
function mk(o) {
  const h = HOSP[o.h]; const m = o.m; const vt = o.vt;
  const dept = deptOf(o.h, o.dept || 'hematology'); const doc = o.doc || docOf(o.h, dept);
  const id = `${h.region}-${h.id}-2025-${String(++claimSeq + 610000).padStart(6, '0')}`;
  const items = []; let ln = 0; const lineOf = {};
  for (const it of o.items) {
    const [key, date, qty, x] = it; if (!qty) continue;
    const code = C[key] || key; const r = CAT[code];
    const fac = x && x.fac ? x.fac : h.fac;
    const unitFen = price(code, h.level, fac);
    const line = { lineId: String(++ln), code: billCode(code), name: r.name, category: r.category, date, quantity: qty, unitPriceFen: unitFen, amountFen: unitFen * qty, row: r };
    if (x && x.longRx) line.longPrescription = true;
    items.push(line); if (x && x.tag) (lineOf[x.tag] = lineOf[x.tag] || []).push(line.lineId);
  }
  const c = {
    claimId: id, region: h.region, insuranceType: m.scheme, visitType: vt,
    patient: { insuredId: m.id, gender: m.gender, birthDate: m.birth, retired: m.retired },
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: m.cont, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: m.contrib, special: null },
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: doc.id },
  };
  if (m.chronic && (vt === 'chronic')) c.enrollment.chronicDiseases = m.chronic;
  if (m.region !== h.region) c.insuredRegion = m.region;
  if (vt === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered'; }
  else c.visitDate = o.vd;
  c.diagnoses = o.dx.map((d, i) => i === 0 ? { code: d, principal: true } : { code: d });
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = items;
  c._settle = vt === 'inpatient' ? o.dis : o.vd; c._seq = claimSeq; c._lineOf = lineOf; c._m = m; c._doc = doc;
  claims.push(c); return c;
}
// consult line by the doctor's title (outpatient)
function consultKey(h, doc) { if (HOSP[h].level === 1 || doc.title === '主治医师' || doc.title === '医师') return 'opd'; return doc.title === '主任医师' ? 'opdChief' : 'opdAssoc'; }
function opVisit(o) { // outpatient / chronic / pharmacy visit
  const dept = deptOf(o.h, o.dept || 'hematology'); const doc = o.doc || docOf(o.h, dept);
  const items = [];
  if (o.vt === 'chronic') items.push(['chronicConsult', o.vd, 1]);
  else if (o.vt !== 'pharmacy') items.push([o.er ? 'er' : consultKey(o.h, doc), o.vd, 1]);
  return mk({ ...o, dept, doc, items: items.concat(o.items.map(it => [it[0], it[1] || o.vd, it[2], it[3]])) });
}
// inpatient stay skeleton: bed, nursing, consult each day of stay (admission day counted, discharge day not)
function stay(adm, los, o = {}) {
  const items = [];
  for (let i = 0; i < los; i++) {
    const d = add(adm, i);
    items.push([o.icuDays && i < o.icuDays ? 'bedICU' : (o.bed || 'bed3'), d, 1]);
    items.push([i < (o.n1Days || 0) ? 'nurse1' : (o.nurse || 'nurse2'), d, 1]);
    items.push(['ipdConsult', d, 1]);
  }
  return items;
}
const admLabs = (d, extra = []) => [['cbc5', d, 1], ['urine', d, 1], ['lft', d, 1], ['rft', d, 1], ['lytes', d, 1], ['coag', d, 1], ['ecg', d, 1], ...extra.map(k => [k, d, 1])];
const ivDay = (d, groups, fluids = 'ns') => { const a = [['iv1', d, 1], ['ivSet', d, 1], [fluids, d, groups]]; if (groups > 1) a.push(['ivAdd', d, groups - 1]); return a; };

// ---------- amounts ----------
const POL = JSON.parse(fs.readFileSync(path.join(CATDIR, '../benefits/policies.json'), 'utf8'));
function policyFor(region, scheme, vt) {
  const p = POL.provinces[region.slice(0, 2)]; let s = JSON.parse(JSON.stringify(p.schemes[scheme][vt]));
  const ov = p.regions && p.regions[region] && p.regions[region].schemes && p.regions[region].schemes[scheme] && p.regions[region].schemes[scheme][vt];
  if (ov) Object.assign(s, ov);
  return s;
}
const used = {}; // member|year|bucket -> {ded, fund}
function settle(c) {
  let total = 0, selfPay = 0;
  for (const l of c.items) {
    total += l.amountFen;
    const cls = l.row.class; const sh = cls === '丙' ? 1 : cls === '乙' ? (l.row.selfPayShare != null ? l.row.selfPayShare : 0.1) : 0;
    selfPay += Math.round(l.amountFen * sh);
  }
  const pol = total - selfPay; const m = c._m;
  const pr = policyFor(c.insuredRegion || c.region, c.insuranceType, c.visitType);
  const lvl = String(c.provider.level);
  const bucket = c.visitType === 'pharmacy' ? 'outpatient' : c.visitType;
  const key = m.id + '|' + bucket; const u = used[key] || (used[key] = { ded: 0, fund: 0 });
  const dedAll = Math.round((typeof pr.deductible === 'object' ? pr.deductible[lvl] : pr.deductible) * 100);
  let dedDue;
  if (c.visitType === 'inpatient') dedDue = dedAll; else { dedDue = Math.max(0, dedAll - u.ded); }
  const dedTaken = Math.min(dedDue, pol); if (c.visitType !== 'inpatient') u.ded += dedTaken;
  let ratio = (typeof pr.ratio === 'object' ? pr.ratio[lvl] : pr.ratio) + (m.retired ? (pr.retireeRatioBonus || 0) : 0);
  if (pr.maxRatio) ratio = Math.min(ratio, pr.maxRatio);
  let fund = Math.floor((pol - dedTaken) * ratio);
  const cap = Math.round(pr.annualFundCap * 100); fund = Math.max(0, Math.min(fund, cap - u.fund)); u.fund += fund;
  c.amounts = { total: total / 100, policy: pol / 100, fundClaimed: fund / 100 };
  for (const l of c.items) { l.unitPrice = l.unitPriceFen / 100; l.amount = l.amountFen / 100; }
}

// ---------- labels ----------
const labels = []; let caseSeq = 0;
const TYP = {}; const CTL = {};
function fraud(code, claimsArr, targets, mutated) {
  const mutatedLines = {};
  for (const [c, lines] of (mutated || [])) if (lines && lines.length) mutatedLines[c.claimId] = (mutatedLines[c.claimId] || []).concat(lines);
  labels.push({ caseId: 'B61-' + code + '-' + String(++caseSeq).padStart(3, '0'), kind: 'fraud', typology: code, code, name: TYP[code], claimIds: claimsArr.map(c => c.claimId), targets: targets.map(c => c.claimId), mutatedLines });
}
function control(code, claimsArr) { labels.push({ caseId: 'B61-' + code + '-' + String(++caseSeq).padStart(3, '0'), kind: 'control', control: code, code, name: CTL[code], claimIds: claimsArr.map(c => c.claimId), targets: claimsArr.map(c => c.claimId), mutatedLines: {} }); }
function routine(c, what) { labels.push({ caseId: 'B61-R-' + String(++caseSeq).padStart(3, '0'), kind: 'routine', code: 'R', name: 'routine ' + what, claimIds: [c.claimId], targets: [c.claimId], mutatedLines: {} }); }

// ======================================================================
// clinical building blocks
// ======================================================================
function vatsStay(m, h, adm, o = {}) { // VATS wedge (32.2001) or lobectomy (32.4100) + chest drain
  const los = o.los || (o.lobe ? ri(7, 9) : ri(5, 7)); const op = add(adm, 1); const dis = add(adm, los);
  const items = stay(adm, los, { n1Days: 3 });
  items.push(...admLabs(adm, ['preop8', 'abo', 'ctChest', 'pft', 'abg']));
  items.push(['ga', op, o.lobe ? 4 : 3], ['propofol', op, 2], ['fentanyl', op, 2], ['vecu', op, 1], ['anaesKit', op, 1]);
  items.push(['stapler', op, o.staplers || 2], ['clip', op, o.lobe ? 6 : 4], ['suture', op, 3], ['gown', op, 1], ['esu', op, 1], ['negDrain', op, 1], ['cefuroximeIV', op, 2], ['patho', op, 1]);
  items.push(['ecgMon', op, 20], ['spo2', op, 20], ['electrode', op, 5], ['o2', op, 16], ['o2tube', op, 1]);
  for (let i = 2; i < los; i++) { const d = add(adm, i); items.push(['dressM', d, 1], ['dressPack', d, 1], ['drainBag', d, 1], ['ambroxIV', d, 2], ...ivDay(d, 2)); if (i <= 4) items.push(['lmwh', d, 1]); }
  items.push(['cxr', add(adm, 2), 1], ['cbc5', add(adm, 2), 1], ['cxr', add(adm, los - 1), 1], ['apap', add(adm, 2), 6]);
  const dx = o.dx || [pick(['R91.x04', 'D14.300x001', 'C34.100x004', 'C34.300x003'])];
  const px = [[o.lobe ? '32.4100' : '32.2001', op], ['34.0401', op]];
  return { los, dis, items, dx, px, op };
}
function dvtStay(adm, o = {}) {
  const los = o.los || ri(6, 9); const dis = add(adm, los); const items = stay(adm, los, { n1Days: 2 });
  items.push(...admLabs(adm, ['ddimer', 'usLeg']));
  for (let i = 0; i < Math.min(los, 7); i++) items.push(['lmwh', add(adm, i), 2], ['sc', add(adm, i), 2]);
  items.push(['coag', add(adm, 3), 1], ['cbc5', add(adm, 4), 1], ['usLeg', add(adm, los - 1), 1], ['riva', add(adm, los - 1), 14]);
  return { los, dis, items, dx: o.dx || [pick(['I80.201', 'I80.103', 'I80.303'])], px: o.px || [] };
}
function transfusionStay(adm, o = {}) { // MDS / AML supportive transfusion; blood typed once, products not in the catalogue
  const los = o.los || ri(9, 13); const dis = add(adm, los); const items = stay(adm, los, { n1Days: los });
  items.push(...admLabs(adm, ['abo', 'crp']));
  const tdays = o.tdays || [1, 4, 7].filter(x => x < los);
  const px = [];
  for (const t of tdays) { const d = add(adm, t); px.push([t === 4 ? '99.0500' : '99.0401', d]); items.push(['ivSet', d, t >= 2 && t <= 4 ? 0 : 1], ['cbc5', add(d, 1), 1], ['dexa', d, 1], ['ivPush', d, 1]); }
  for (let i = 1; i < los; i++) if (!tdays.includes(i - 1)) items.push(['cbc5', add(adm, i), i % 2 ? 1 : 0]);
  items.push(['pipTazo', add(adm, 2), 3], ['pipTazo', add(adm, 3), 3], ['pipTazo', add(adm, 4), 3], ...ivDay(add(adm, 2), 2), ...ivDay(add(adm, 3), 2), ...ivDay(add(adm, 4), 2), ['culture', add(adm, 2), 1]);
  return { los, dis, items, dx: o.dx || [pick(['D46.900', 'C92.000x013', 'D61.900'])], px, tdays };
}
function chemoStay(adm, o = {}) { // DLBCL GDP salvage: gemcitabine + cisplatin + dexamethasone
  const los = o.los || ri(4, 6); const dis = add(adm, los); const items = stay(adm, los);
  items.push(...admLabs(adm, ['crp']));
  const d1 = add(adm, 1);
  items.push(['gem', d1, 8], ['cis', d1, 12], ['chemoPrep', d1, 2], ['dexa', d1, 4], ['palono', d1, 1], ...ivDay(d1, 3), ['kcl', d1, 2]);
  for (let i = 2; i < los; i++) items.push(['ondan', add(adm, i), 1], ...ivDay(add(adm, i), 2));
  items.push(['cbc5', add(adm, los - 1), 1]);
  return { los, dis, items, dx: ['Z51.103', 'C83.300'], px: [['99.2500', d1]] };
}

// ======================================================================
// FRAUD TYPOLOGIES
// ======================================================================
Object.assign(TYP, {
  T01: '超限定支付: 人血白蛋白 outside 限定 (no shock/cirrhosis ascites/burn/nephrotic) in thoracic, lymphoma and DVT stays',
  T02: '超限定支付: 重组人促红素 for anaemia outside 肾性/非骨髓肿瘤化疗 (MDS, myeloma, iron deficiency)',
  T03: '超量开药: early rivaroxaban refills at one hospital (supply stacked beyond the days elapsed)',
  T04: '超量开药/倒卖: rivaroxaban and clopidogrel from several institutions and a pharmacy within days',
  T05: '重复收费: ABO+Rh blood typing billed again at each transfusion of one stay',
  T06: '分解收费: component tests billed beside the panel that includes them (CBC+Hb, LFT+ALT/TBil, RFT+Cr)',
  T07: '虚记耗材: staplers/clips billed again the day after VATS (no operation that day)',
  T08: '挂床住院: haematology stays with bed/nursing and oral drugs only (private level-2)',
  T09: '低标准入院: lung-nodule CT follow-up or INR check admitted for 2–4 days',
  T10: '分解住院: one treatment split into two stays at the same hospital 1–6 days apart',
  T11: '冒名就医: card used at another hospital/pharmacy while the member is an inpatient elsewhere',
  T12: '串换项目: health-check package (thyroid/breast/abdominal US, tumour markers, lipids) billed as lung-nodule follow-up',
  T13: '诱导住院: private hospital admits groups of elderly residents for PAD with an identical infusion bundle',
  T14: '过度检查: stable DVT follow-up with cardiac markers, PCT, echo and chest CT at every visit',
  T15: '超标准收费: unit prices above the level cap at level-2 hospitals (a few per cent over)',
});
Object.assign(CTL, {
  C01: '人血白蛋白 in HCC cirrhosis with ascites after TACE (LFT + abdominal US on the bill)',
  C02: '人血白蛋白 in septic shock from empyema (R57, LFT on the bill)',
  C03: '重组人促红素 for renal anaemia in a 门诊慢特病 CKD-5 member',
  C04: '重组人促红素 during lymphoma chemotherapy (Z51.1 + C83 + D64, chemo drugs on the bill)',
  C05: 'rivaroxaban loading phase (2 tablets a day for 21 days) after a new DVT',
  C06: 'rivaroxaban 长处方 12 weeks for a stable post-PE member',
  C07: 'anticoagulation care moved to another hospital after the previous supply ran out',
  C08: 'blood typing once per admission across two ITP admissions',
  C09: 'CBC twice on a transfusion day (pre and post platelet count) in ITP',
  C10: 'full LFT then ALT/TBil alone on later days after TACE',
  C11: 'VATS lobectomy: two staplers and six clips on the operation day only',
  C12: 'spontaneous pneumothorax with chest drain: 6–8 days of light daily care',
  C13: 'ITP: methylprednisolone pulse admission, low cost per day',
  C14: 'lung nodule: CT-guided localisation and VATS wedge, nodule coded R91',
  C15: 'lymphoma chemotherapy cycles readmitted every 14–21 days',
  C16: 'readmission within 7 days for a complication (pneumothorax/empyema after VATS)',
  C17: 'follow-up visit at another hospital on the day of discharge',
  C18: '异地就医 retiree: claims in two regions weeks apart',
  C19: 'lung cancer surveillance after lobectomy: chest CT, CEA, abdominal US',
  C20: 'PAD: level-3 angioplasty admission with alprostadil and leg duplex',
  C21: 'suspected PE in emergency: D-dimer, troponin, BNP, CT',
  C22: 'level-3 hospital billing at exactly the level-3 cap',
  C23: 'haemophilia 门诊慢特病: tranexamic acid and coagulation tests every 2 weeks',
  C24: 'alteplase thrombolysis for massive PE (I26, within 限定)',
});

const N = 15;
// T01 albumin outside its scope
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(50, 76) }); const h = pick(i % 3 === 2 ? H2 : H3); const adm = randDate();
  let s; let dept;
  if (i % 3 === 0) { s = vatsStay(m, h, adm, { lobe: true, dx: ['C34.100x004'] }); dept = 'thoracic_surgery'; }
  else if (i % 3 === 1) { s = chemoStay(adm); dept = 'hematology'; s.dx = ['Z51.103', 'C83.300']; }
  else { s = dvtStay(adm); dept = 'vascular_surgery'; }
  const n = i < 5 ? 3 : 2; // careful ones: fewer bottles, LFT present on the bill anyway
  for (let k = 0; k < n; k++) s.items.push(['alb', add(adm, 2 + k), 1, { tag: 'x' }]);
  const c = mk({ m, h, vt: 'inpatient', dept, adm, dis: s.dis, dx: s.dx, px: s.px, items: s.items });
  fraud('T01', [c], [c], [[c, c._lineOf.x]]);
}
// T02 EPO outside its scope
for (let i = 0; i < N; i++) {
  const kind = i % 3; const m = member({ age: ri(55, 80), chronic: kind === 1 ? ['C90'] : null });
  const h = pick(H3.concat(H2)); const vd = randDate();
  let c;
  if (kind === 0) c = opVisit({ m, h, vt: 'outpatient', dept: 'hematology', vd, dx: ['D46.900'], items: [['cbc5', vd, 1], ['epo', vd, i < 6 ? 12 : 8, { tag: 'x' }], ['sc', vd, 1]] });
  else if (kind === 1) c = opVisit({ m, h, vt: 'chronic', dept: 'hematology', vd, dx: ['C90.000', 'D64.900'], items: [['cbc5', vd, 1], ['rft', vd, 1], ['epo', vd, 12, { tag: 'x' }], ['sc', vd, 1]] });
  else c = opVisit({ m, h, vt: 'outpatient', dept: 'hematology', vd, dx: ['D50.900'], items: [['cbc5', vd, 1], ['ferrous', vd, 60], ['epo', vd, 6, { tag: 'x' }], ['sc', vd, 1]] });
  fraud('T02', [c], [c], [[c, c._lineOf.x]]);
}
// T03 early refills at one hospital
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(45, 78) }); const h = pick(H3.concat(H2)); const doc = docOf(h, 'vascular_surgery'); let vd = randDate('2025-02-01', '2025-08-01');
  const cs = []; const mut = []; const n = i < 8 ? 4 : 3;
  for (let k = 0; k < n; k++) {
    const qty = k === 0 ? 30 : (i < 8 ? 60 : 56);
    const c = opVisit({ m, h, doc, vt: 'outpatient', dept: 'vascular_surgery', vd, dx: ['I80.201'], items: [['riva', vd, qty, { tag: 'x' }], ...(k === 0 ? [['coag', vd, 1]] : [])] });
    cs.push(c); if (k > 0) mut.push([c, c._lineOf.x]);
    vd = add(vd, i < 8 ? ri(10, 14) : ri(15, 20));
  }
  fraud('T03', cs, cs.slice(1), mut);
}
// T04 several institutions within days
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(55, 80), region: pick(['510100', '370100']) });
  const city = Object.values(HOSP).filter(h => h.region === m.region && h.id[0] === 'H'); const ph = PH.find(p => HOSP[p].region === m.region);
  let vd = randDate('2025-03-01', '2025-10-01'); const cs = []; const mut = [];
  const seq = [city[0].id, city[1].id, i < 7 ? ph : city[2].id, city[city.length - 1].id].slice(0, i < 10 ? 4 : 3);
  for (let k = 0; k < seq.length; k++) {
    const h = seq[k]; const isPh = h[0] === 'Y';
    const items = [['riva', vd, 28, { tag: 'x' }], ['clopi', vd, 28, { tag: 'x' }]];
    const c = opVisit({ m, h, vt: isPh ? 'pharmacy' : 'outpatient', dept: isPh ? 'pharmacy' : (HOSP[h].level === 1 ? 'general' : 'vascular_surgery'), vd, dx: ['I80.201', 'I70.200x004'], items });
    cs.push(c); if (k > 0) mut.push([c, c._lineOf.x]); vd = add(vd, ri(2, 6));
  }
  fraud('T04', cs, cs.slice(1), mut);
}
// T05 repeated blood typing in one stay
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(55, 82) }); const h = pick(H3.concat(H2)); const adm = randDate();
  const s = transfusionStay(adm, { tdays: [1, 4, 7] }); const extra = i < 6 ? [4, 7] : [i % 2 ? 4 : 7];
  for (const t of extra) s.items.push(['abo', add(adm, t), 1, { tag: 'x' }]);
  const c = mk({ m, h, vt: 'inpatient', dept: 'hematology', adm, dis: s.dis, dx: s.dx, px: s.px, items: s.items });
  fraud('T05', [c], [c], [[c, c._lineOf.x]]);
}
// T06 unbundling the panel
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(40, 75) }); const h = pick(H3.concat(H2, HP)); const vd = randDate();
  const its = [['cbc5', vd, 1]]; const v = i % 3;
  if (v === 0) its.push(['hb', vd, 1, { tag: 'x' }], ['ferrous', vd, 60]);
  if (v === 1) its.push(['lft', vd, 1], ['alt', vd, 1, { tag: 'x' }], ['tbil', vd, 1, { tag: 'x' }]);
  if (v === 2) its.push(['rft', vd, 1], ['cr', vd, 1, { tag: 'x' }], ['hb', vd, 1, { tag: 'x' }]);
  const c = opVisit({ m, h, vt: 'outpatient', dept: 'hematology', vd, dx: [v === 0 ? 'D50.900' : v === 1 ? 'Z08.200' : 'D64.900'].concat(v === 1 ? ['C83.300'] : []), items: its });
  fraud('T06', [c], [c], [[c, c._lineOf.x]]);
}
// T07 phantom staplers after VATS
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(40, 72) }); const h = pick(H3.concat(H2)); const adm = randDate();
  const s = vatsStay(m, h, adm, {}); const d2 = add(s.op, 1);
  s.items.push(['stapler', d2, i < 7 ? 2 : 1, { tag: 'x' }]); if (i < 10) s.items.push(['clip', d2, 4, { tag: 'x' }]);
  const c = mk({ m, h, vt: 'inpatient', dept: 'thoracic_surgery', adm, dis: s.dis, dx: s.dx, px: s.px, items: s.items });
  fraud('T07', [c], [c], [[c, c._lineOf.x]]);
}
// T08 bed-blocking
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(60, 85), scheme: i % 2 ? 'resident' : 'employee' }); const h = pick(HP); const adm = randDate(); const los = ri(8, 12);
  const items = stay(adm, los, { nurse: 'nurse3' }); items.push(['cbc5', adm, 1], ['ferrous', adm, 3 * los]);
  if (i < 8) items.push(['coag', adm, 1], ['ecg', adm, 1], ['stoolOB', add(adm, 1), 1]); // the careful ones look like a work-up
  const c = mk({ m, h, vt: 'inpatient', dept: 'hematology', adm, dis: add(adm, los), dx: [pick(['D50.900', 'D64.901', 'D69.600'])], items });
  fraud('T08', [c], [c], []);
}
// T09 low-standard admission
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(45, 75) }); const h = pick(H2.concat(HP)); const adm = randDate(); const los = ri(2, 4);
  const items = stay(adm, los, { nurse: 'nurse3' });
  let dx;
  if (i % 2 === 0) { items.push(['ctChest', adm, 1], ['cbc5', adm, 1], ['cea', adm, 1]); dx = ['R91.x04']; }
  else { items.push(['coag', adm, 1], ['cbc5', adm, 1], ['coag', add(adm, 1), 1]); dx = ['I48.000', 'Z92.100']; }
  const c = mk({ m, h, vt: 'inpatient', dept: i % 2 ? 'hematology' : 'thoracic_surgery', adm, dis: add(adm, los), dx, items });
  fraud('T09', [c], [c], []);
}
// T10 split hospitalisation
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(50, 78) }); const h = pick(H3.concat(H2, HP)); const adm = randDate('2025-02-01', '2025-10-01');
  let a, b, dept;
  if (i % 3 === 0) { a = dvtStay(adm, { los: 5 }); const adm2 = add(a.dis, ri(1, 6)); b = dvtStay(adm2, { los: 5, dx: a.dx }); dept = 'vascular_surgery'; b.adm = adm2; }
  else if (i % 3 === 1) { a = transfusionStay(adm, { los: 7, tdays: [1, 4] }); const adm2 = add(a.dis, ri(1, 5)); b = transfusionStay(adm2, { los: 6, tdays: [1, 4], dx: a.dx }); dept = 'hematology'; b.adm = adm2; }
  else { a = taceStay(adm, { los: 4 }); const adm2 = add(a.dis, ri(2, 6)); const los2 = ri(4, 5); const its = stay(adm2, los2); its.push(['lft', adm2, 1], ['cbc5', adm2, 1]); for (let k = 0; k < los2 - 1; k++) its.push(['gsh', add(adm2, k), 2], ...ivDay(add(adm2, k), 2)); its.push(['lft', add(adm2, los2 - 1), 1]); b = { adm: adm2, dis: add(adm2, los2), items: its, dx: ['C22.000', 'K74.600x003'], px: [] }; dept = 'interventional_radiology'; }
  const c1 = mk({ m, h, vt: 'inpatient', dept, adm, dis: a.dis, dx: a.dx, px: a.px, items: a.items });
  const c2 = mk({ m, h, vt: 'inpatient', dept, adm: b.adm, dis: b.dis, dx: b.dx, px: b.px, items: b.items });
  fraud('T10', [c1, c2], [c2], []);
}
// T11 impersonation while inpatient elsewhere
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(50, 80), region: '510100' }); const h = 'H51010001'; const adm = randDate();
  const s = vatsStay(m, h, adm, { los: 8 });
  const c1 = mk({ m, h, vt: 'inpatient', dept: 'thoracic_surgery', adm, dis: s.dis, dx: s.dx, px: s.px, items: s.items });
  const vd = add(adm, ri(2, 6)); let c2;
  if (i < 6) c2 = opVisit({ m, h: 'H51070001', vt: 'outpatient', dept: 'vascular_surgery', vd, dx: ['I80.201'], items: [['riva', vd, 30], ['coag', vd, 1]] });
  else if (i < 11) c2 = opVisit({ m, h: 'Y51010001', vt: 'pharmacy', dept: 'pharmacy', vd, dx: ['I80.201'], items: [['riva', vd, 28], ['asp', vd, 30]] });
  else c2 = opVisit({ m, h: 'H51010003', vt: 'outpatient', dept: 'hematology', vd, dx: ['D50.900'], items: [['cbc5', vd, 1], ['ferrous', vd, 90]] });
  fraud('T11', [c1, c2], [c2], []);
}
// T12 health-check package billed as nodule follow-up
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(40, 65), gender: i % 2 ? 'F' : 'M' }); const h = pick(HP.concat(H2)); const vd = randDate();
  const its = [['ctChest', vd, 1], ['usAbd', vd, 1, { tag: 'x' }], ['usThyroid', vd, 1, { tag: 'x' }], ['lipids', vd, 1, { tag: 'x' }], ['afp', vd, 1, { tag: 'x' }], ['ca199', vd, 1, { tag: 'x' }]];
  if (m.gender === 'F') its.push(['usBreast', vd, 1, { tag: 'x' }], ['ca125', vd, 1, { tag: 'x' }]);
  if (i < 8) its.push(['ecg', vd, 1, { tag: 'x' }], ['usCarotid', vd, 1, { tag: 'x' }]);
  const c = opVisit({ m, h, vt: 'outpatient', dept: HOSP[h].depts.thoracic_surgery ? 'thoracic_surgery' : 'general', vd, dx: ['R91.x04'], items: its });
  fraud('T12', [c], [c], [[c, c._lineOf.x]]);
}
// T13 induced group admissions (private level-2, same week, same doctor)
{
  const h = 'H37010002'; const doc = HOSP[h].depts.vascular_surgery[1]; const base = '2025-06-09';
  for (let i = 0; i < N; i++) {
    const m = member({ age: ri(66, 82), scheme: 'resident', region: '370100' }); const adm = add(base, Math.floor(i / 4) * 7 + (i % 3)); const los = ri(7, 8);
    const items = stay(adm, los); items.push(['cbc5', adm, 1], ['lipids', adm, 1], ['glu', adm, 1], ['usLeg', adm, 1], ['usCarotid', adm, 1], ['echo', add(adm, 1), 1], ['ecg', adm, 1]);
    for (let k = 0; k < los - 1; k++) { const d = add(adm, k); items.push(['pge1', d, 1], ...ivDay(d, 2)); if (i < 9) items.push(['danshen', d, 4]); else items.push(['ginkgo', d, 2]); }
    items.push(['asp', adm, 30], ['atorva', adm, 30]);
    const c = mk({ m, h, doc, vt: 'inpatient', dept: 'vascular_surgery', adm, dis: add(adm, los), dx: ['I70.200x004', 'I10.x00x002'], items });
    fraud('T13', [c], [c], []);
  }
}
// T14 over-investigation in stable DVT follow-up
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(40, 75) }); const h = pick(H3.concat(HP)); const doc = docOf(h, 'vascular_surgery'); let vd = randDate('2025-03-01', '2025-09-01');
  const cs = []; const mut = []; const n = i < 8 ? 2 : 1;
  for (let k = 0; k < n; k++) {
    const its = [['ddimer', vd, 1], ['coag', vd, 1], ['usLeg', vd, 1], ['riva', vd, 30], ['tnI', vd, 1, { tag: 'x' }], ['bnp', vd, 1, { tag: 'x' }], ['ckmb', vd, 1, { tag: 'x' }]];
    if (i % 2 === 0) its.push(['pct', vd, 1, { tag: 'x' }], ['echo', vd, 1, { tag: 'x' }]); else its.push(['ctChest', vd, 1, { tag: 'x' }], ['ctEnh', vd, 1, { tag: 'x' }]);
    const c = opVisit({ m, h, doc, vt: 'outpatient', dept: 'vascular_surgery', vd, dx: ['I80.201'], items: its });
    cs.push(c); mut.push([c, c._lineOf.x]); vd = add(vd, ri(28, 35));
  }
  fraud('T14', cs, cs, mut);
}
// T15 above the level cap
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(40, 80) }); const h = pick(H2.concat(HP)); const vd = randDate(); const f = i < 7 ? 1.12 : 1.04;
  const its = [['ctChest', vd, 1, { fac: f, tag: 'x' }], ['cbc5', vd, 1], ['coag', vd, 1, { fac: f, tag: 'x' }]];
  if (i % 2) its.push(['usLeg', vd, 1, { fac: f, tag: 'x' }]);
  const c = opVisit({ m, h, vt: 'outpatient', dept: i % 2 ? 'vascular_surgery' : 'thoracic_surgery', vd, dx: [i % 2 ? 'I80.303' : 'R91.x04'], items: its });
  fraud('T15', [c], [c], [[c, c._lineOf.x]]);
}

// ======================================================================
// CONTROLS
// ======================================================================
function taceStay(adm, o = {}) {
  const los = o.los || ri(5, 7); const dis = add(adm, los); const d1 = add(adm, 1); const items = stay(adm, los, { n1Days: 2 });
  items.push(...admLabs(adm, ['afp', 'usAbd', 'ctAbd', 'ctEnh']));
  items.push(['sheath', d1, 1], ['wire', d1, 1], ['oxali', d1, 1], ['lido', d1, 2], ['local', d1, 1], ['ondan', d1, 2], ['dexa', d1, 1], ...ivDay(d1, 3), ['pantoIV', d1, 1], ['gsh', d1, 2], ['gsh', add(adm, 2), 2], ['gsh', add(adm, 3), 2]);
  for (let i = 2; i < los; i++) items.push(...ivDay(add(adm, i), 2));
  return { los, dis, items, dx: ['C22.000', 'K74.600x003', 'R18.x00'], px: [['38.9100x601', d1], ['99.2500x017', d1]] };
}
for (let i = 0; i < N; i++) { // C01
  const m = member({ age: ri(48, 72) }); const h = pick(H3); const adm = randDate(); const s = taceStay(adm);
  for (let k = 0; k < 3; k++) s.items.push(['alb', add(adm, 2 + k), 1]); s.items.push(['furosIV', add(adm, 2), 1]);
  control('C01', [mk({ m, h, vt: 'inpatient', dept: 'interventional_radiology', adm, dis: s.dis, dx: s.dx, px: s.px, items: s.items })]);
}
for (let i = 0; i < N; i++) { // C02
  const m = member({ age: ri(55, 80) }); const h = pick(H3); const adm = randDate(); const los = ri(12, 16);
  const items = stay(adm, los, { icuDays: 4, n1Days: los }); items.push(...admLabs(adm, ['pct', 'culture', 'ctChest', 'crp']));
  for (let k = 0; k < 4; k++) { const d = add(adm, k); items.push(['ecgMon', d, 24], ['spo2', d, 24], ['nibp', d, 12], ['alb', d, k < 3 ? 2 : 1], ['lft', add(adm, 1), k === 0 ? 1 : 0], ['abg', d, 2], ['o2', d, 24]); }
  for (let k = 0; k < 10; k++) { const d = add(adm, k); items.push(['pipTazo', d, 3], ...ivDay(d, 3)); }
  items.push(['negDrain', add(adm, 0), 1], ['drainBag', add(adm, 1), 1], ['drainBag', add(adm, 3), 1], ['lft', add(adm, 5), 1]);
  control('C02', [mk({ m, h, vt: 'inpatient', dept: 'thoracic_surgery', adm, dis: add(adm, los), route: 'emergency', dx: ['J86.901', 'R57.200', 'A41.900'], px: [['34.0401', adm]], items })]);
}
for (let i = 0; i < N; i++) { // C03 renal anaemia, chronic
  const m = member({ age: ri(45, 78), chronic: ['N18'] }); const h = pick(H3.concat(H2)); const vd = randDate('2025-02-01', '2025-10-15');
  const c1 = opVisit({ m, h, vt: 'chronic', dept: 'hematology', vd, dx: ['N18.500', 'D64.900'], items: [['cbc5', vd, 1], ['rft', vd, 1], ['epo', vd, 12], ['ferrous', vd, 84]] });
  const vd2 = add(vd, 28); const c2 = opVisit({ m, h, vt: 'chronic', dept: 'hematology', vd: vd2, dx: ['N18.500', 'D64.900'], items: [['cbc5', vd2, 1], ['epo', vd2, 12]] });
  control('C03', [c1, c2]);
}
for (let i = 0; i < N; i++) { // C04 EPO in chemo
  const m = member({ age: ri(45, 75) }); const h = pick(H3); const adm = randDate(); const s = chemoStay(adm); s.dx = ['Z51.103', 'C83.300', 'D64.900'];
  s.items.push(['epo', add(adm, 1), 3], ['sc', add(adm, 1), 1]);
  control('C04', [mk({ m, h, vt: 'inpatient', dept: 'hematology', adm, dis: s.dis, dx: s.dx, px: s.px, items: s.items })]);
}
for (let i = 0; i < N; i++) { // C05 loading phase
  const m = member({ age: ri(40, 75) }); const h = pick(H3.concat(H2)); const vd = randDate();
  control('C05', [opVisit({ m, h, vt: 'outpatient', dept: 'vascular_surgery', vd, dx: ['I80.201'], items: [['ddimer', vd, 1], ['usLeg', vd, 1], ['coag', vd, 1], ['rft', vd, 1], ['riva', vd, 42]] })]);
}
for (let i = 0; i < N; i++) { // C06 long prescription
  const m = member({ age: ri(55, 80) }); const h = pick(H3.concat(H2)); const vd = randDate('2025-02-01', '2025-07-01');
  const c1 = opVisit({ m, h, vt: 'outpatient', dept: 'vascular_surgery', vd, dx: ['I26.900x003', 'Z92.100'], items: [['riva', vd, 84, { longRx: true }], ['rft', vd, 1]] });
  const vd2 = add(vd, ri(80, 86)); const c2 = opVisit({ m, h, vt: 'outpatient', dept: 'vascular_surgery', vd: vd2, dx: ['I26.900x003', 'Z92.100'], items: [['riva', vd2, 84, { longRx: true }], ['cbc5', vd2, 1]] });
  control('C06', [c1, c2]);
}
for (let i = 0; i < N; i++) { // C07 moved hospital, after supply ran out
  const m = member({ age: ri(50, 80), region: pick(['510100', '370100']) }); const city = Object.values(HOSP).filter(h => h.region === m.region && h.id[0] === 'H' && h.level >= 2);
  const vd = randDate('2025-02-01', '2025-08-01'); const vd2 = add(vd, ri(29, 33)); const vd3 = add(vd2, ri(29, 33));
  const c1 = opVisit({ m, h: city[0].id, vt: 'outpatient', dept: 'vascular_surgery', vd, dx: ['I80.201'], items: [['riva', vd, 28], ['coag', vd, 1]] });
  const c2 = opVisit({ m, h: city[1].id, vt: 'outpatient', dept: 'vascular_surgery', vd: vd2, dx: ['I80.201'], items: [['riva', vd2, 28], ['rft', vd2, 1]] });
  const c3 = opVisit({ m, h: city[1].id, vt: 'outpatient', dept: 'vascular_surgery', vd: vd3, dx: ['I80.201'], items: [['riva', vd3, 28]] });
  control('C07', [c1, c2, c3]);
}
function itpStay(adm, o = {}) {
  const los = o.los || ri(5, 7); const dis = add(adm, los); const items = stay(adm, los); items.push(...admLabs(adm, ['abo']));
  for (let k = 0; k < 3; k++) items.push(['mpred', add(adm, k), 2], ...ivDay(add(adm, k), 1), ['omep', add(adm, k), 2]);
  for (let k = 1; k < los; k++) items.push(['cbc5', add(adm, k), 1]);
  return { los, dis, items, dx: ['D69.300'], px: [] };
}
for (let i = 0; i < N; i++) { // C08 blood typing once per admission
  const m = member({ age: ri(25, 70) }); const h = pick(H3.concat(H2)); const adm = randDate('2025-02-01', '2025-08-01');
  const s1 = itpStay(adm); const adm2 = add(s1.dis, ri(40, 90)); const s2 = itpStay(adm2);
  s2.px = [['99.0500', add(adm2, 1)]];
  control('C08', [mk({ m, h, vt: 'inpatient', dept: 'hematology', adm, dis: s1.dis, dx: s1.dx, px: s1.px, items: s1.items }), mk({ m, h, vt: 'inpatient', dept: 'hematology', adm: adm2, dis: s2.dis, dx: s2.dx, px: s2.px, items: s2.items })]);
}
for (let i = 0; i < N; i++) { // C09 CBC twice on a transfusion day
  const m = member({ age: ri(25, 70) }); const h = pick(H3); const adm = randDate(); const s = itpStay(adm, { los: 6 });
  const td = add(adm, 1); s.items = s.items.filter(it => !(it[0] === 'cbc5' && it[1] === td)); s.items.push(['cbc5', td, 2], ['txa', td, 2]);
  control('C09', [mk({ m, h, vt: 'inpatient', dept: 'hematology', adm, dis: s.dis, dx: ['D69.300', 'R04.000'], px: [['99.0500', td]], items: s.items })]);
}
for (let i = 0; i < N; i++) { // C10 LFT then ALT/TBil on later days
  const m = member({ age: ri(45, 72) }); const h = pick(H3); const adm = randDate(); const s = taceStay(adm, { los: 6 });
  s.items.push(['alt', add(adm, 3), 1], ['tbil', add(adm, 3), 1], ['alt', add(adm, 5), 1]);
  control('C10', [mk({ m, h, vt: 'inpatient', dept: 'interventional_radiology', adm, dis: s.dis, dx: ['C22.000', 'K74.600x003'], px: s.px, items: s.items })]);
}
for (let i = 0; i < N; i++) { // C11 lobectomy
  const m = member({ age: ri(45, 72) }); const h = pick(H3); const adm = randDate(); const s = vatsStay(m, h, adm, { lobe: true, dx: [pick(['C34.100x004', 'C34.300x003'])] });
  control('C11', [mk({ m, h, vt: 'inpatient', dept: 'thoracic_surgery', adm, dis: s.dis, dx: s.dx, px: s.px, items: s.items })]);
}
for (let i = 0; i < N; i++) { // C12 pneumothorax with chest drain
  const m = member({ age: ri(18, 35), gender: 'M' }); const h = pick(H3.concat(H2)); const adm = randDate(); const los = ri(6, 8);
  const items = stay(adm, los, { n1Days: 2 }); items.push(['cbc5', adm, 1], ['coag', adm, 1], ['cxr', adm, 1], ['ctChest', adm, 1], ['local', adm, 1], ['lido', adm, 2], ['negDrain', adm, 1], ['o2', adm, 12], ['o2tube', adm, 1]);
  for (let k = 1; k < los; k++) items.push(['dressS', add(adm, k), 1], ['drainBag', add(adm, k), k % 2]);
  items.push(['cxr', add(adm, 2), 1], ['cxr', add(adm, los - 1), 1], ['apap', adm, 6]);
  control('C12', [mk({ m, h, vt: 'inpatient', dept: 'thoracic_surgery', adm, dis: add(adm, los), route: 'emergency', dx: ['J93.100x001'], px: [['34.0401', adm]], items })]);
}
for (let i = 0; i < N; i++) { // C13 ITP pulse
  const m = member({ age: ri(20, 65) }); const h = pick(H2.concat(H3)); const adm = randDate(); const s = itpStay(adm, { los: ri(4, 5) });
  control('C13', [mk({ m, h, vt: 'inpatient', dept: 'hematology', adm, dis: s.dis, dx: s.dx, px: s.px, items: s.items })]);
}
for (let i = 0; i < N; i++) { // C14 localisation + wedge, nodule coded R91
  const m = member({ age: ri(40, 68) }); const h = pick(H3); const adm = randDate(); const s = vatsStay(m, h, adm, { dx: ['R91.x04'] });
  s.items.push(['ctChest', s.op, 1], ['lido', s.op, 1]); s.px.unshift(['34.9100x001', s.op]);
  control('C14', [mk({ m, h, vt: 'inpatient', dept: 'thoracic_surgery', adm, dis: s.dis, dx: s.dx, px: s.px, items: s.items })]);
}
for (let i = 0; i < N; i++) { // C15 chemo cycles every 14-21 days
  const m = member({ age: ri(40, 75) }); const h = pick(H3); let adm = randDate('2025-02-01', '2025-07-01'); const cs = [];
  for (let k = 0; k < 3; k++) { const s = chemoStay(adm, { los: 4 }); cs.push(mk({ m, h, vt: 'inpatient', dept: 'hematology', adm, dis: s.dis, dx: s.dx, px: s.px, items: s.items })); adm = add(adm, i < 7 ? 14 : 21); }
  control('C15', cs);
}
for (let i = 0; i < N; i++) { // C16 complication readmission
  const m = member({ age: ri(45, 72) }); const h = pick(H3); const adm = randDate('2025-02-01', '2025-10-01'); const s = vatsStay(m, h, adm, { lobe: i % 2 === 0, dx: ['C34.100x004'] });
  const c1 = mk({ m, h, vt: 'inpatient', dept: 'thoracic_surgery', adm, dis: s.dis, dx: s.dx, px: s.px, items: s.items });
  const adm2 = add(s.dis, ri(2, 6)); const los = ri(6, 9); const items = stay(adm2, los, { n1Days: 2 });
  items.push(['cbc5', adm2, 1], ['crp', adm2, 1], ['cxr', adm2, 1], ['ctChest', adm2, 1], ['negDrain', adm2, 1], ['local', adm2, 1], ['culture', adm2, i % 2]);
  for (let k = 1; k < los; k++) items.push(['dressS', add(adm2, k), 1], ['drainBag', add(adm2, k), 1], ['ceftriaxone', add(adm2, k), i % 2 ? 2 : 0], ...ivDay(add(adm2, k), 1));
  const c2 = mk({ m, h, vt: 'inpatient', dept: 'thoracic_surgery', adm: adm2, dis: add(adm2, los), route: 'emergency', dx: [i % 2 ? 'J86.901' : 'J93.100x001', 'C34.100x004'], px: [['34.0401', adm2]], items });
  control('C16', [c1, c2]);
}
for (let i = 0; i < N; i++) { // C17 follow-up elsewhere on the discharge day
  const m = member({ age: ri(40, 75), region: '510100' }); const adm = randDate(); const s = dvtStay(adm);
  const c1 = mk({ m, h: 'H51010001', vt: 'inpatient', dept: 'vascular_surgery', adm, dis: s.dis, dx: s.dx, px: s.px, items: s.items });
  const c2 = opVisit({ m, h: pick(['H51010004', 'H51010002']), vt: 'outpatient', dept: 'general', vd: s.dis, dx: ['I80.201'], items: [['coag', s.dis, 1]] });
  control('C17', [c1, c2]);
}
for (let i = 0; i < N; i++) { // C18 异地 retiree
  const m = member({ age: ri(66, 80), scheme: 'employee', region: pick(['220100', '230100']) }); const vd = randDate('2025-02-01', '2025-06-01');
  const home = Object.values(HOSP).find(h => h.region === m.region && h.level === 3).id;
  const c1 = opVisit({ m, h: home, vt: 'outpatient', dept: 'vascular_surgery', vd, dx: ['I80.201'], items: [['riva', vd, 30], ['coag', vd, 1]] });
  const vd2 = add(vd, ri(30, 40)); const away = pick(['H51010001', 'H37020001']);
  const c2 = opVisit({ m, h: away, vt: 'outpatient', dept: 'vascular_surgery', vd: vd2, dx: ['I80.201'], items: [['riva', vd2, 30], ['usLeg', vd2, 1]] });
  control('C18', [c1, c2]);
}
for (let i = 0; i < N; i++) { // C19 lung cancer surveillance
  const m = member({ age: ri(50, 75) }); const h = pick(H3); const vd = randDate();
  control('C19', [opVisit({ m, h, vt: 'outpatient', dept: 'thoracic_surgery', vd, dx: ['Z08.000', 'C34.100x004'], items: [['ctChest', vd, 1], ['ctEnh', vd, 1], ['cea', vd, 1], ['usAbd', vd, 1], ['cbc5', vd, 1]] })]);
}
for (let i = 0; i < N; i++) { // C20 PAD angioplasty at level 3
  const m = member({ age: ri(60, 82) }); const h = pick(H3); const adm = randDate(); const los = ri(6, 8); const d1 = add(adm, 1);
  const items = stay(adm, los, { n1Days: 2 }); items.push(...admLabs(adm, ['usLeg', 'lipids', 'usCarotid']));
  items.push(['sheath', d1, 1], ['wire', d1, 2], ['lido', d1, 2], ['local', d1, 1], ['ecgMon', d1, 12], ['spo2', d1, 12]);
  for (let k = 1; k < los - 1; k++) items.push(['pge1', add(adm, k), 1], ...ivDay(add(adm, k), 1), ['lmwh', add(adm, k), 1]);
  items.push(['asp', add(adm, los - 1), 30], ['clopi', add(adm, los - 1), 30], ['atorva', add(adm, los - 1), 30], ['usLeg', add(adm, los - 1), 1]);
  control('C20', [mk({ m, h, vt: 'inpatient', dept: 'vascular_surgery', adm, dis: add(adm, los), dx: ['I70.200x011', 'I10.x00x002'], px: [['39.5000x031', d1], ['88.4800x005', d1]], items })]);
}
for (let i = 0; i < N; i++) { // C21 suspected PE in ED
  const m = member({ age: ri(35, 80) }); const h = pick(H3.concat(H2)); const vd = randDate();
  control('C21', [opVisit({ m, h, vt: 'outpatient', er: true, dept: 'emergency', vd, dx: [i % 3 ? 'I26.900x001' : 'R07.400'], items: [['ddimer', vd, 1], ['tnI', vd, 1], ['bnp', vd, 1], ['abg', vd, 1], ['ecg', vd, 1], ['ctChest', vd, 1], ['ctEnh', vd, 1], ['usLeg', vd, 1], ['cbc5', vd, 1]] })]);
}
for (let i = 0; i < N; i++) { // C22 level-3 at cap
  const m = member({ age: ri(40, 80) }); const h = pick(H3); const vd = randDate();
  control('C22', [opVisit({ m, h, vt: 'outpatient', dept: i % 2 ? 'vascular_surgery' : 'thoracic_surgery', vd, dx: [i % 2 ? 'I80.303' : 'R91.x04'], items: [['ctChest', vd, 1, { fac: 1 }], ['cbc5', vd, 1, { fac: 1 }], ['coag', vd, 1, { fac: 1 }], ...(i % 2 ? [['usLeg', vd, 1, { fac: 1 }]] : [])] })]);
}
for (let i = 0; i < N; i++) { // C23 haemophilia chronic
  const m = member({ age: ri(18, 45), gender: 'M', chronic: ['D66'] }); const h = pick(H3); let vd = randDate('2025-02-01', '2025-09-01'); const cs = [];
  for (let k = 0; k < 3; k++) { cs.push(opVisit({ m, h, vt: 'chronic', dept: 'hematology', vd, dx: ['D66.x01'], items: [['coag', vd, 1], ['cbc5', vd, 1], ['txa', vd, 4]] })); vd = add(vd, 14); }
  control('C23', cs);
}
for (let i = 0; i < N; i++) { // C24 alteplase for PE
  const m = member({ age: ri(40, 78) }); const h = pick(H3); const adm = randDate(); const los = ri(9, 12);
  const items = stay(adm, los, { icuDays: 3, n1Days: los }); items.push(...admLabs(adm, ['ddimer', 'tnI', 'bnp', 'abg', 'ctChest', 'ctEnh', 'echo', 'usLeg']));
  items.push(['alteplase', adm, 2], ['ecgMon', adm, 24], ['spo2', adm, 24], ['ecgMon', add(adm, 1), 24], ['spo2', add(adm, 1), 24], ['o2', adm, 24]);
  for (let k = 1; k < 8; k++) items.push(['enox', add(adm, k), 2], ['sc', add(adm, k), 2]);
  items.push(['riva', add(adm, los - 1), 42], ['echo', add(adm, los - 2), 1]);
  control('C24', [mk({ m, h, vt: 'inpatient', dept: 'emergency', adm, dis: add(adm, los), route: 'emergency', dx: ['I26.900x005'], px: [['99.1000', adm]], items })]);
}

// ======================================================================
// ROUTINE (100 single claims)
// ======================================================================
const R = [];
for (let i = 0; i < 100; i++) {
  const t = i % 10; const m = member({}); const vd = randDate();
  let c, what;
  if (t === 0 || t === 1) { const h = pick(H1.concat(H2)); c = opVisit({ m, h, vt: 'outpatient', dept: HOSP[h].level === 1 ? 'general' : 'hematology', vd, dx: ['D50.900'], items: [['cbc5', vd, 1], ['ferrous', vd, 60], ...(t ? [['stoolOB', vd, 1]] : [])] }); what = 'iron-deficiency visit'; }
  else if (t === 2) { const h = pick(PH); c = opVisit({ m, h, vt: 'pharmacy', dept: 'pharmacy', vd, dx: [pick(['D50.900', 'I80.201'])], items: [[rnd() < 0.5 ? 'ferrous' : 'asp', vd, 30]] }); what = 'pharmacy'; }
  else if (t === 3) { const h = pick(H3.concat(H2)); c = opVisit({ m, h, vt: 'outpatient', dept: 'vascular_surgery', vd, dx: ['I80.201'], items: [['coag', vd, 1], ['riva', vd, 28]] }); what = 'DVT follow-up'; }
  else if (t === 4) { const h = pick(H3.concat(H2)); c = opVisit({ m, h, vt: 'outpatient', dept: 'oncology', vd, dx: ['Z45.200', 'C34.100x004'], items: [['dressS', vd, 1], ['film', vd, 1], ['syr', vd, 2], ['ns', vd, 1]] }); what = 'PICC maintenance'; }
  else if (t === 5) { const h = pick(H3.concat(H2)); c = opVisit({ m, h, vt: 'outpatient', dept: 'thoracic_surgery', vd, dx: ['R91.x04'], items: [['ctChest', vd, 1]] }); what = 'nodule CT'; }
  else if (t === 6) { const h = pick(H3.concat(H2)); const s = dvtStay(vd); c = mk({ m, h, vt: 'inpatient', dept: 'vascular_surgery', adm: vd, dis: s.dis, dx: s.dx, px: s.px, items: s.items }); what = 'DVT stay'; }
  else if (t === 7) { const h = pick(H3.concat(H2)); if (i % 20 < 10) { const s = vatsStay(m, h, vd, {}); c = mk({ m, h, vt: 'inpatient', dept: 'thoracic_surgery', adm: vd, dis: s.dis, dx: s.dx, px: s.px, items: s.items }); what = 'VATS wedge'; } else { const s = itpStay(vd); c = mk({ m, h, vt: 'inpatient', dept: 'hematology', adm: vd, dis: s.dis, dx: s.dx, px: s.px, items: s.items }); what = 'ITP stay'; } }
  else if (t === 8) { const hx = pick(['C91.000', 'C83.300']); const mm = member({ chronic: [hx.slice(0, 3)] }); const h = pick(H3); c = opVisit({ m: mm, h, vt: 'chronic', dept: 'hematology', vd, dx: [hx], items: [['cbc5', vd, 1], ['lft', vd, 1], ...(i % 20 < 10 ? [['mtx', vd, 8]] : [])] }); what = 'haem malignancy follow-up'; }
  else { const h = pick(H3.concat(H2)); c = opVisit({ m, h, vt: 'outpatient', dept: 'hematology', vd, dx: ['Z92.100', 'I48.000'], items: [['coag', vd, 1], ['cbc5', vd, 1]] }); what = 'anticoagulation clinic'; }
  routine(c, what);
}

// ======================================================================
// settle, group, write
// ======================================================================
claims.sort((a, b) => a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq);
for (const c of claims) settle(c);
if (GROUPS) {
  const G = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); G[g.claimId] = g; }
  for (const c of claims) if (c.visitType === 'inpatient' && G[c.claimId] && G[c.claimId].grouping) { const g = G[c.claimId].grouping; c.reportedGroup = { drg: g.drg || null, dip: g.dip || null }; }
}
const out = claims.map(c => { const o = {}; for (const k of Object.keys(c)) if (k[0] !== '_') o[k] = c[k]; o.items = c.items.map(l => { const { unitPriceFen, amountFen, row, ...r } = l; return { lineId: r.lineId, code: r.code, name: r.name, category: r.category, date: r.date, quantity: r.quantity, unitPrice: r.unitPrice, amount: r.amount, ...(r.longPrescription ? { longPrescription: true } : {}) }; }); return JSON.stringify(o); });
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind61: ${claims.length} claims, ${labels.length} cases (${labels.filter(l => l.kind === 'fraud').length} fraud, ${labels.filter(l => l.kind === 'control').length} control, ${labels.filter(l => l.kind === 'routine').length} routine)`);
