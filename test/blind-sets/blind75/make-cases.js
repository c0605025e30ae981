#!/usr/bin/env node
// blind75: dialysis, transplants and costly chronic treatment. Usage:
//   node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed; Node only, no dependencies. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');

// ---------- arguments ----------
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || __dirname);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CATDIR = path.resolve(opt('--catalogue', '/work/wt/base72/rules/catalogue'));
const GROUPS = opt('--groups', null);
const POLICIES = path.resolve(CATDIR, '..', 'benefits', 'policies.json');

// ---------- rng ----------
let seed = 75075;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue (row files only) ----------
const ROWFILES = ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json',
  'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json'];
const CAT = {};
for (const f of ROWFILES) { const p = path.join(CATDIR, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) CAT[r.code] = r; }
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));

// short names -> catalogue row codes
const C = {
  HD: '003310010010001', CRRT: '003310010020001', DIALYSER: 'C10010150100001014100000001', LINES: 'C10010150200001187780000001',
  LMWH: 'XB01ABD502B002', EPO: 'XB03XAZ505B002', IRON: 'XB03AAH503A001', CACO3: 'XA12AXT512A001', CALCITRIOL: 'XA11CCG506A001',
  VITB: 'XA11EAF513A001', PDF: 'XB05DBF501F001', TAC: 'XL04ADT501A001', MMF: 'XL04AAM501A001', CSA: 'XL04ADH501A001',
  F8: 'XB02BDR501B002', PRED: 'XH02ABP507A001', HCQ: 'XP01BAQ501A001', ENTECAVIR: 'XJ05AFE501A001', ACICLOVIR: 'XJ05ABA507A001',
  AMLO: 'XC08CAA512A001', NIFE: 'XC08CAX503A003', METO: 'XC07ABM503A001', FURO: 'XC03CAF503A001', FURO_INJ: 'XC03CAF503B002',
  SPIRO: 'XC03DAL505A001', WARF: 'XB01AAH501A001', OMEP: 'XA02BCA515A001', OMEP_INJ: 'XA02BCA515B002', CEFTRIAXONE: 'XJ01DDT504B002',
  MEROPENEM: 'XJ01DHM501B002', NOREPI: 'XC01CAQ502B002', NACL: 'XB05BBL511B002', INSULIN: 'XA10ACJ502B002', ATORVA: 'XC10AAA511A001',
  TRANEX: 'XB02AAA519B002', ALBUMIN: 'XB05AAR504B002', LEVOCARN: 'XA16AAZ509B002', SMZ: null,
  CONSULT: '001102000010001', CONSULT_ASSOC: '001102000020001', CONSULT_CHIEF: '001102000030001', CHRONIC_FEE: '001109000010001',
  ER_FEE: '001102000050001', BED3: '001105000010001', BED_ICU: '001105000030001', INP_FEE: '001103000010001', NURSE1: '001201000020001',
  NURSE2: '001201000030001', ICU_CARE: '001201000050001', SPECIAL_NURSE: '001201000010001', IVDRIP: '001204000010001', IVPUSH: '001204000040001',
  SC_INJ: '001204000060001', ECG_MON: '001209000010001', SPO2_MON: '001210000010001', NIBP_MON: '001211000010001', ELECTRODE: 'C14060150100001436170000001',
  CBC: '002501010010001', RENAL: '002502020010001', LYTES: '002502030010001', LFT: '002502010010001', HBV: '002502110010001', COAG: '002502060010001',
  BGA: '002502090010001', BNP: '002502070030001', CRP: '002502080010001', PCT: '002502080020001', CULTURE: '002502140010001', LIPID: '002502040010001',
  HBA1C: '002502050020001', URINE: '002501020010001', ECG: '003107010010001', CXR: '002202010010001', ECHO: '002103010020001', US_ABD: '002103010010001',
  US_URO: '002103010060001', CVC: '003307040030001', GA: '003301010010001', LOCAL_AN: '003301010030001', RBC: '002600000010001', TRANSFUSE: '001204000210001',
  XMATCH: '002502130020001', BLOODTYPE: '002502130010001', INFUSION_SET: 'C14010150100001020350000001', SYRINGE: 'C14010150300001156950000001',
  DRESSING_PACK: 'C14020150200001397260000001', CHANGE_S: '001205000010001', TRANSFUSION_SET: 'C14100150200001872210000001', XRAY_LIMB: '002202020010001',
  CT_CHEST: '002301010020001', OXY: '001208000010001',
};
for (const k in C) if (C[k] && !CAT[C[k]]) throw new Error('catalogue row missing: ' + k + ' ' + C[k]);

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const dow = (s) => D(s).getUTCDay();
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const nextDow = (s, w) => { let d = s; while (dow(d) !== w) d = add(d, 1); return d; };

// ---------- regions and institutions ----------
const REGIONS = ['510100', '370100', '220100', '230100'];
const TRAVEL = { '510100': '370200', '370100': '510700', '220100': '370200', '230100': '510700' };
const CITY = { '510100': '成都', '370100': '济南', '220100': '长春', '230100': '哈尔滨', '370200': '青岛', '510700': '绵阳' };
const INST = {};
const TITLES = ['resident', 'attending', 'associate_chief', 'chief'];
function inst(id, level, region, kind, depts, svcFactor) {
  const o = { id, level, region, kind, svcFactor, docs: {} };
  depts.forEach((dep, di) => {
    const n = level === 1 ? 3 : 4; o.docs[dep] = [];
    for (let k = 0; k < n; k++) {
      const title = level === 1 ? (k === 0 ? 'associate_chief' : k === 1 ? 'attending' : 'resident') : TITLES[(k + di) % 4];
      o.docs[dep].push({ id: 'D' + id.slice(1) + String(di).padStart(2, '0') + k, title });
    }
  });
  INST[id] = o; return o;
}
for (const r of [...REGIONS, '370200', '510700']) {
  const H3dep = ['nephrology', 'blood-purification', 'transplant', 'haematology', 'emergency', 'icu', 'rheumatology', 'cardiology', 'gastroenterology', 'respiratory'];
  inst('H' + r + '01', 3, r, '三级综合医院', H3dep, 1);
  inst('H' + r + '02', 2, r, '二级医院', ['nephrology', 'blood-purification', 'internal', 'emergency'], 0.95);
  inst('H' + r + '11', 1, r, '民营血液透析中心', ['blood-purification'], 0.92);
  inst('H' + r + '12', 1, r, '独立设置血液透析中心', ['blood-purification'], 0.95);
  inst('H' + r + '13', 1, r, '民营血液透析中心', ['blood-purification'], 0.9);
  inst('H' + r + '14', 1, r, '民营血液透析中心', ['blood-purification'], 0.93);
  inst('Y' + r + '21', 1, r, 'DTP药房(双通道)', ['pharmacy'], 1);
  inst('Y' + r + '22', 1, r, 'DTP药房(双通道)', ['pharmacy'], 1);
}
const I = (r, k) => INST[(k[0] === 'Y' ? 'Y' : 'H') + r + k.slice(1)];
// k: 'H01' level 3, 'H02' level 2, 'H11' private centre, 'H12' stand-alone centre, 'H13' recruiting centre (T08), 'H14' reuse centre (T15), 'Y21'/'Y22' DTP

const docOf = (ins, dep, k) => { const a = ins.docs[dep]; if (!a) throw new Error(ins.id + ' lacks ' + dep); return a[(k || 0) % a.length]; };

// ---------- members ----------
let memSeq = 0;
function member(o = {}) {
  memSeq++;
  const gender = o.gender || (rnd() < 0.58 ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(32, 78);
  const by = 2025 - age; const birthDate = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const insuranceType = o.insuranceType || (age < 18 ? 'resident' : rnd() < 0.62 ? 'employee' : 'resident');
  const retAge = gender === 'M' ? 60 : 55; const need = gender === 'M' ? 30 : 25;
  const retired = insuranceType === 'employee' && age >= retAge + 1;
  const contributionYears = insuranceType === 'employee' ? (retired ? ri(need + 1, need + 12) : Math.max(1, Math.min(age - 20, ri(5, 30)))) : 0;
  return {
    insuredId: 'B75' + String(memSeq).padStart(6, '0'), gender, birthDate, age, retired, insuranceType,
    region: o.region || pick(REGIONS),
    chronic: o.chronic || [],
    enrollment: { enrolledOn: `${2025 - ri(6, 15)}-01-01`, inConcentratedPeriod: true, continuousYears: ri(6, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null },
  };
}

// ---------- lines and claims ----------
let claimSeq = 0; const ALL = [];
function L(key, qty, date, extra) { const code = C[key] || key; const row = CAT[code]; if (!row) throw new Error('no row ' + key); return Object.assign({ row, qty, date }, extra || {}); }
function priceFen(row, ins) {
  const cap = Math.round(row.priceCap[String(ins.level)] * 100);
  return row.category === 'service' ? Math.floor(cap * ins.svcFactor) : cap;
}
function claim(o) {
  // o: m, ins, dep, doc, visitType, date | adm+dis, dx [codes], px [{code,date}], lines [L], route, mode, treatRegion, fromHospital, tag
  claimSeq++;
  const ins = o.ins; const region = ins.region;
  const id = `${region}-${ins.id}-2025-${String(claimSeq).padStart(6, '0')}`;
  const doc = o.doc || docOf(ins, o.dep, o.docK || 0);
  const items = o.lines.map((l, i) => {
    const unit = l.unitFen != null ? l.unitFen : priceFen(l.row, ins);
    const it = { lineId: String(i + 1), code: l.row.products ? l.row.products[0] : l.row.code, name: l.row.name, category: l.row.category, date: l.date, quantity: l.qty, unitFen: unit, amountFen: unit * l.qty, row: l.row };
    if (l.long) it.longPrescription = true;
    return it;
  });
  const c = {
    claimId: id, region, insuranceType: o.m.insuranceType, visitType: o.visitType,
    patient: { insuredId: o.m.insuredId, gender: o.m.gender, birthDate: o.m.birthDate, retired: o.m.retired },
    enrollment: Object.assign({}, o.m.enrollment, o.m.chronic.length ? { chronicDiseases: o.m.chronic.slice() } : {}),
    provider: { hospitalId: ins.id, level: ins.level, department: o.dep, doctorId: doc.id },
  };
  if (o.m.region !== region) c.insuredRegion = o.m.region;
  if (o.visitType === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; if (o.route) c.admissionRoute = o.route; c.dischargeMode = o.mode || 'ordered'; }
  else c.visitDate = o.date;
  c.diagnoses = o.dx.map((d, i) => i === 0 ? { code: d, principal: true } : { code: d });
  c.procedures = (o.px || []).map(p => ({ code: p.code, date: p.date }));
  if (o.visitType === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c._items = items; c._m = o.m; c._ins = ins; c._settle = o.visitType === 'inpatient' ? o.dis : o.date; c._seq = claimSeq;
  ALL.push(c); return c;
}

// ---------- fund (policies.json amounts) ----------
function policyFor(c) {
  const prov = (c.insuredRegion || c.region).slice(0, 2);
  const p = POL.provinces[prov];
  let s = JSON.parse(JSON.stringify(p.schemes[c.insuranceType]));
  const ro = p.regions && p.regions[c.insuredRegion || c.region];
  if (ro && ro.schemes && ro.schemes[c.insuranceType]) for (const vt in ro.schemes[c.insuranceType]) Object.assign(s[vt], ro.schemes[c.insuranceType][vt]);
  return s[c.visitType];
}
const capUse = {};
function finish(c) {
  let total = 0, self = 0;
  c.items = c._items.map(it => {
    total += it.amountFen;
    const r = it.row; const share = r.class === '丙' ? 1 : (r.class === '乙' ? (r.selfPayShare || 0) : 0);
    self += Math.round(it.amountFen * share);
    const o = { lineId: it.lineId, code: it.code, name: it.name, category: it.category, date: it.date, quantity: it.quantity, unitPrice: it.unitFen / 100, amount: it.amountFen / 100 };
    if (it.longPrescription) o.longPrescription = true; return o;
  });
  const policy = total - self;
  const pol = policyFor(c); const lv = String(c.provider.level);
  const val = (x) => (typeof x === 'object' ? x[lv] : x);
  let ratio = val(pol.ratio) + (c.patient.retired && c.insuranceType === 'employee' ? (pol.retireeRatioBonus || 0) : 0);
  let ded = c.visitType === 'inpatient' ? Math.round(val(pol.deductible) * 100) : 0; // outpatient/pharmacy: deductible taken as met (upper bound)
  let fund = Math.round(Math.max(0, policy - ded) * ratio);
  // annual caps (calendar year, per member, per cap bucket)
  let bucket = c.visitType, capY = pol.annualFundCap;
  if (c.visitType === 'chronic' && pol.diseaseCaps) {
    const pd = c.diagnoses[0].code;
    for (const g in pol.diseaseCaps) if (pol.diseaseCaps[g].codes.some(x => pd.startsWith(x))) { bucket = 'chronic:' + g; capY = pol.diseaseCaps[g].annualFundCap; }
  }
  if (capY) { const k = c.patient.insuredId + '|' + bucket; const used = capUse[k] || 0; fund = Math.max(0, Math.min(fund, Math.round(capY * 100) - used)); capUse[k] = used + fund; }
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}

// ---------- building blocks ----------
const SESS_DX = ['N18.500', 'Z49.101'];
function labsMonthly(d, ext) { const a = [L('CBC', 1, d), L('RENAL', 1, d), L('LYTES', 1, d)]; if (ext) a.push(L('LFT', 1, d), L('HBV', 1, d)); return a; }
// one maintenance haemodialysis session claim
function session(m, ins, date, o = {}) {
  const lines = [L('HD', 1, date), L('DIALYSER', 1, date), L('LINES', 1, date), L('LMWH', 1, date)];
  if (o.epo) lines.push(L('EPO', o.epo, date), L('SC_INJ', 1, date));
  if (o.labs) lines.push(...labsMonthly(date, o.labsExt));
  if (o.fee) lines.push(L('CHRONIC_FEE', 1, date));
  if (o.extra) lines.push(...o.extra.map(x => L(x[0], x[1], date)));
  return claim({ m, ins, dep: o.dep || 'blood-purification', docK: o.docK != null ? o.docK : ri(0, 2), visitType: o.visitType || 'chronic', date, dx: o.dx || SESS_DX, lines });
}
// a run of sessions on weekdays `days` from start to end (inclusive); returns claims
function sessions(m, ins, start, end, days, o = {}) {
  const out = []; let wk = -1, nInWeek = 0; let lastMonth = o.lastLabMonth || '';
  for (let d = start; d <= end; d = add(d, 1)) {
    if (!days.includes(dow(d))) continue;
    if (o.skip && o.skip(d)) continue;
    const w = Math.floor(diff('2024-12-30', d) / 7); if (w !== wk) { wk = w; nInWeek = 0; }
    nInWeek++;
    const mon = d.slice(0, 7); const labs = !o.noLabs && mon !== lastMonth; if (labs) lastMonth = mon;
    const epo = o.noEpo ? 0 : (nInWeek <= (o.epoPerWeek != null ? o.epoPerWeek : 2) ? 1 : 0);
    out.push(session(m, ins, d, Object.assign({}, o.sess || {}, { epo, labs, labsExt: labs && ['01', '04', '07', '10'].includes(d.slice(5, 7)), fee: labs, docK: o.docK, visitType: o.visitType, dx: o.dx })));
  }
  return out;
}
const MWF = [1, 3, 5], TTS = [2, 4, 6];
// inpatient stay: daily bed/consult/nursing on each night, plus given lines
function stay(m, ins, dep, adm, dis, dx, px, lines, o = {}) {
  const all = [];
  for (let d = adm; d < dis; d = add(d, 1)) {
    all.push(L(o.icu && d <= (o.icuUntil || dis) ? 'BED_ICU' : 'BED3', 1, d), L('INP_FEE', 1, d), L(o.icu && d <= (o.icuUntil || dis) ? 'SPECIAL_NURSE' : (o.nurse || 'NURSE2'), 1, d));
    if (o.icu && d <= (o.icuUntil || dis)) all.push(L('ICU_CARE', 24, d));
  }
  return claim({ m, ins, dep, docK: o.docK != null ? o.docK : ri(0, 3), visitType: 'inpatient', adm, dis, dx, px, lines: all.concat(lines), route: o.route || 'outpatient', mode: o.mode });
}
function consultLine(ins, doc, d) {
  if (ins.level === 1) return L('CONSULT', 1, d);
  return L(doc.title === 'chief' ? 'CONSULT_CHIEF' : doc.title === 'associate_chief' ? 'CONSULT_ASSOC' : 'CONSULT', 1, d);
}
function visit(m, ins, dep, date, dx, lines, o = {}) {
  const doc = docOf(ins, dep, o.docK != null ? o.docK : ri(0, 3));
  const vt = o.visitType || 'outpatient';
  const fee = o.noFee ? [] : [vt === 'chronic' ? L('CHRONIC_FEE', 1, date) : (o.er ? L('ER_FEE', 1, date) : consultLine(ins, doc, date))];
  return claim({ m, ins, dep, doc, visitType: vt, date, dx, lines: fee.concat(lines.map(x => Array.isArray(x) ? L(x[0], x[1], date, x[2]) : x)) });
}
function pharmacy(m, ins, date, dx, lines, o = {}) {
  return claim({ m, ins, dep: 'pharmacy', docK: 0, visitType: o.visitType || 'chronic', date, dx, lines: lines.map(x => L(x[0], x[1], date, x[2])) });
}
const randStart = (from, to) => add(from, ri(0, diff(from, to)));

// transplant admission at a level-3 hospital (kidney): procedure 55.6901; surgery row absent from the catalogue (see TYPOLOGIES.md)
function kidneyTransplant(m, h3, adm, los) {
  const dis = add(adm, los); const op = add(adm, 1); const lines = [L('GA', 1, op), L('BLOODTYPE', 1, adm), L('XMATCH', 1, adm), L('CVC', 1, op), L('US_URO', 1, add(op, 1)), L('US_URO', 1, add(op, 4))];
  for (let d = adm; d < dis; d = add(d, 1)) lines.push(L('RENAL', 1, d), L('LYTES', 1, d));
  lines.push(L('CBC', 1, adm), L('CBC', 1, add(op, 2)), L('LFT', 1, op), L('COAG', 1, adm));
  for (let d = op; d < dis; d = add(d, 1)) lines.push(L('TAC', 6, d), L('MMF', 6, d), L('OMEP', 1, d));
  lines.push(L('TAC', 6 * 14, add(dis, -1)), L('MMF', 6 * 14, add(dis, -1)), L('PRED', 14 * 4, add(dis, -1)));
  return stay(m, h3, 'transplant', adm, dis, ['N18.500', 'I12.000', 'Z49.101'], [{ code: '55.6901', date: op }], lines, { nurse: 'NURSE1', route: 'outpatient' });
}
function transplantFollow(m, h3, date, o = {}) {
  const lines = [['RENAL', 1], ['CBC', 1], ['LYTES', 1]]; if (o.lft) lines.push(['LFT', 1]);
  if (o.days) lines.push(['TAC', (o.tac || 4) * o.days], ['MMF', (o.mmf || 6) * o.days]);
  if (o.extra) lines.push(...o.extra);
  return visit(m, h3, 'transplant', date, o.dx || ['Z94.000'], lines, { visitType: o.visitType || 'chronic', docK: o.docK });
}

// ---------- cases ----------
const LABELS = []; const RT = {};
let caseN = 0;
function addCase(kind, code, name, claims, targets, mutated) {
  caseN++;
  const ids = claims.map(c => c.claimId);
  const t = kind === 'fraud' ? targets.map(c => c.claimId) : ids.slice();
  const ml = {}; if (mutated) for (const [c, lines] of mutated) { (ml[c.claimId] = ml[c.claimId] || []).push(...lines.map(String)); }
  LABELS.push({ caseId: `B75-${String(caseN).padStart(4, '0')}`, kind, code, name, typology: kind === 'fraud' ? code : undefined, control: kind === 'control' ? code : undefined, claimIds: ids, targets: t, mutatedLines: kind === 'fraud' ? ml : {} });
}
const lineIdsOf = (c, keys) => { const codes = keys.map(k => { const r = CAT[C[k] || k]; return r.products ? r.products[0] : r.code; }); return c._items.filter(it => codes.includes(it.code)).map(it => it.lineId); };
const WIN0 = '2025-03-03', WIN1 = '2025-08-29';
const dialysisMember = (o = {}) => member(Object.assign({ chronic: ['N18'], age: ri(38, 80) }, o));
const centre = (r) => pick([I(r, 'H11'), I(r, 'H12'), I(r, 'H02')]);

const TY = {
  T01: '虚记透析次数：同一中心在维持性透析患者名下多记透析（同日两次、两日三次、长期每周4–5次无容量超负荷）',
  T02: '参保人在他院住院期间，透析中心仍记门诊透析（虚记）',
  T03: '重复收费：透析中心电监护、血氧饱和度、无创血压监测另收（或同日拆单另收）',
  T04: '促红素超剂量：每次透析2–3支或透析用量之外另开居家注射',
  T05: '无移植记录者开具抗排异药（他克莫司/吗替麦考酚酯），本人仍在维持透析（超限定支付/倒卖）',
  T06: '过度检查：维持透析或移植术后稳定期每次就诊都查血常规、肾功能、电解质、肝功能（血药浓度检测的替代）',
  T07: '无肾衰竭记录的参保人被记维持性血液透析（冒名/虚构透析）',
  T08: '诱导就医：民营透析中心以免费接送、免费餐招揽患者，以每次透析捆绑口服药回收成本',
  T09: '双通道重复取药：同一谈判药在DTP药房取药又在医院门诊取药，供药期重叠',
  T10: '罕见病用药（凝血因子Ⅷ）超量开具、多机构取药倒卖',
  T11: '肾移植成功后原透析中心继续记透析（冒名/虚记）',
  T12: '分解住院：维持透析患者血管通路住院出院后数日内以同一诊断再入院',
  T13: '挂床/低标准入院：稳定的维持透析患者收住院只做透析',
  T14: '串换：间歇性血液透析按连续性血液净化（CRRT）按小时计费',
  T15: '透析器复用却按一次性透析器每次收费（仅凭结算数据不可见）',
};
const CT = {
  C01: '容量超负荷后一周加做第4次透析', C02: '外出期间异地临时透析（临时透析）', C03: '入院当日上午/出院当日在原中心透析',
  C04: '透析当日因高钾血症急诊另行心电监护', C05: '消化道出血后促红素加量', C06: '腹膜透析患者居家注射促红素（每月处方）',
  C07: '狼疮性肾炎使用吗替麦考酚酯/他克莫司', C08: '多年前移植的稳定受者门诊慢特病抗排异治疗（记录内无移植住院）',
  C09: '肾移植术后首月频繁复查', C10: '透析中心每月常规检验及异常后复查', C11: '新进入透析：住院置管后转门诊透析（慢特病待认定）',
  C12: '急性肾损伤短期门诊透析后肾功能恢复', C13: '透析中心按月开具磷结合剂、活性维生素D、铁剂', C14: '双通道正常使用：医院开方、DTP药房取药',
  C15: '移植排斥后他克莫司加量提前续方', C16: '血友病关节出血后追加凝血因子Ⅷ', C17: '儿童血友病A预防治疗规律用凝血因子Ⅷ',
  C18: '移植肾功能延迟恢复，术后短期继续透析', C19: '移植肾失功后恢复透析（仍服小剂量他克莫司）', C20: '出院后15天内因不同疾病（导管相关血流感染）再入院',
  C21: '高钾血症/容量超负荷住院急诊透析', C22: 'ICU脓毒症急性肾损伤连续性血液净化', C23: '血液透析转腹膜透析（置管、培训、交替期）',
  C24: '腹膜透析液长处方（12周）',
};

// ---- T01 phantom sessions
function T01(i) {
  const m = dialysisMember(); const r = m.region; const ins = pick([I(r, 'H11'), I(r, 'H12')]);
  const s = randStart('2025-03-03', '2025-05-26'); const days = pick([MWF, TTS]);
  const base = sessions(m, ins, s, add(s, 55), days);
  const ph = [];
  if (i < 4) { // a second session claim on the same day as a real one
    for (const k of [ri(6, 9), ri(12, 16), ri(18, 22)]) { const b = base[k]; ph.push(session(m, ins, b.visitDate, { epo: 0, docK: ri(0, 2) })); }
  } else if (i < 7) { // three sessions within two days
    for (const k of [ri(6, 10), ri(14, 19)]) { const b = base[k]; const d2 = add(b.visitDate, 1); ph.push(session(m, ins, b.visitDate, {}), session(m, ins, d2, {})); }
  } else { // careful: a 4th (and some weeks 5th) session on the off day, weeks 4..8, no overload diagnosis
    const off = days === MWF ? [0, 2] : [1, 3];
    for (let w = 3; w < 8; w++) { const d = add(nextDow(s, off[0]), 7 * w); ph.push(session(m, ins, d, {})); if (i >= 11 && w % 2) ph.push(session(m, ins, add(nextDow(s, off[1]), 7 * w), {})); }
  }
  addCase('fraud', 'T01', TY.T01, [...base, ...ph], ph);
}
// ---- T02 sessions while inpatient elsewhere
function T02(i) {
  const m = dialysisMember(); const r = m.region; const ctr = pick([I(r, 'H11'), I(r, 'H12')]); const h = pick([I(r, 'H01'), I(r, 'H02')]);
  const s = randStart('2025-03-03', '2025-06-02'); const days = pick([MWF, TTS]);
  const adm = add(s, ri(24, 30)); const los = i < 9 ? ri(7, 11) : ri(4, 6); const dis = add(adm, los);
  const base = sessions(m, ctr, s, add(s, 60), days, { skip: (d) => d > adm && d < dis });
  const fake = [];
  for (let d = add(adm, 1); d < dis; d = add(d, 1)) if (days.includes(dow(d))) fake.push(d);
  const billed = i < 9 ? fake : fake.slice(0, 1); // careful: one session mid-stay
  const ph = billed.map(d => session(m, ctr, d, { epo: 0 }));
  const lines = [L('CBC', 1, adm), L('CRP', 1, adm), L('CXR', 1, adm), L('LYTES', 1, adm), L('RENAL', 1, adm), L('CULTURE', 1, adm)];
  for (let d = adm; d < dis; d = add(d, 1)) lines.push(L('CEFTRIAXONE', 2, d), L('NACL', 1, d), L('IVDRIP', 1, d));
  const inHD = [];
  if (los >= 7) for (let d = add(adm, 1); d < dis; d = add(d, 2)) { lines.push(L('HD', 1, d), L('DIALYSER', 1, d), L('LINES', 1, d)); inHD.push({ code: '39.9500', date: d }); }
  const st = stay(m, h, 'respiratory' in h.docs ? 'respiratory' : 'internal', adm, dis, ['J18.900', 'N18.500', 'Z99.201'], inHD, lines, { route: 'emergency' });
  addCase('fraud', 'T02', TY.T02, [...base, st, ...ph], ph);
}
// ---- T03 monitoring billed beside the session
function T03(i) {
  const m = dialysisMember(); const r = m.region; const ins = pick([I(r, 'H11'), I(r, 'H12'), I(r, 'H02'), I(r, 'H01')]);
  const s = randStart('2025-03-03', '2025-06-16'); const days = pick([MWF, TTS]);
  const base = sessions(m, ins, s, add(s, 20), days);
  const later = sessions(m, ins, add(s, 21), add(s, 48), days, { sess: i < 9 ? { extra: [['ECG_MON', 4], ['SPO2_MON', 4], ['NIBP_MON', 4], ['ELECTRODE', 3]] } : {}, lastLabMonth: base.length ? base[base.length - 1].visitDate.slice(0, 7) : '' });
  const tg = []; const mut = [];
  if (i < 9) for (const c of later) { tg.push(c); mut.push([c, lineIdsOf(c, ['ECG_MON', 'SPO2_MON', 'NIBP_MON', 'ELECTRODE'])]); }
  else for (const c of later) { // careful: a second same-day outpatient claim carries the monitoring
    const sp = claim({ m, ins, dep: 'blood-purification', docK: ri(0, 2), visitType: 'outpatient', date: c.visitDate, dx: ['N18.500'], lines: [L('ECG_MON', 4, c.visitDate), L('SPO2_MON', 4, c.visitDate), L('NIBP_MON', 4, c.visitDate)] });
    tg.push(sp); mut.push([sp, sp._items.map(x => x.lineId)]);
  }
  addCase('fraud', 'T03', TY.T03, [...base, ...later, ...tg.filter(c => !later.includes(c))], tg, mut);
}
// ---- T04 EPO over-dose
function T04(i) {
  const m = dialysisMember(); const r = m.region; const ins = pick([I(r, 'H11'), I(r, 'H12'), I(r, 'H02')]);
  const s = randStart('2025-03-03', '2025-06-02'); const days = pick([MWF, TTS]);
  const base = sessions(m, ins, s, add(s, 24), days);
  const lm = base[base.length - 1].visitDate.slice(0, 7);
  let later, tg = [], mut = [];
  if (i < 5) { later = sessions(m, ins, add(s, 25), add(s, 52), days, { epoPerWeek: 3, lastLabMonth: lm }); for (const c of later) for (const it of c._items) if (it.row.code === C.EPO) { it.quantity = 3; it.amountFen = it.unitFen * 3; } }
  else if (i < 10) { later = sessions(m, ins, add(s, 25), add(s, 52), days, { epoPerWeek: 3, lastLabMonth: lm }); for (const c of later) for (const it of c._items) if (it.row.code === C.EPO) { it.quantity = 2; it.amountFen = it.unitFen * 2; } }
  else { // per-session EPO continues and the same centre/hospital also dispenses a 4-week home supply
    later = sessions(m, ins, add(s, 25), add(s, 52), days, { lastLabMonth: lm });
    for (const k of [0, 28]) { const d = add(s, 26 + k); const c = visit(m, ins.level === 1 ? I(r, 'H02') : ins, 'nephrology', d, ['N18.500', 'Z49.101'], [['EPO', 12]], { visitType: 'chronic' }); tg.push(c); mut.push([c, lineIdsOf(c, ['EPO'])]); }
    addCase('fraud', 'T04', TY.T04, [...base, ...later, ...tg], tg, mut); return;
  }
  for (const c of later) { const ids = lineIdsOf(c, ['EPO']); if (ids.length) { tg.push(c); mut.push([c, ids]); } }
  addCase('fraud', 'T04', TY.T04, [...base, ...later], tg, mut);
}
// ---- T05 transplant drugs with no transplant, member still on HD
function T05(i) {
  const m = dialysisMember({ age: ri(30, 62) }); const r = m.region; const ctr = pick([I(r, 'H11'), I(r, 'H12')]);
  const s = randStart('2025-03-03', '2025-05-26'); const days = pick([MWF, TTS]);
  const base = sessions(m, ctr, s, add(s, 62), days);
  const tg = [], mut = [];
  for (const k of [10, 38]) {
    const d = add(s, k + ri(0, 3));
    const dx = i < 5 ? ['N18.500'] : ['Z94.000', 'N18.500'];
    const where = i % 3 === 2 ? I(r, 'Y21') : I(r, 'H02');
    const lines = [['TAC', 4 * 28], ['MMF', 6 * 28]]; if (i % 2) lines.push(['PRED', 28]);
    const c = where.id[0] === 'Y' ? pharmacy(m, where, d, dx, lines, { visitType: 'chronic' }) : visit(m, where, 'nephrology', d, dx, [...lines, ['RENAL', 1]], { visitType: 'chronic' });
    tg.push(c); mut.push([c, lineIdsOf(c, ['TAC', 'MMF', 'PRED'])]);
  }
  addCase('fraud', 'T05', TY.T05, [...base, ...tg], tg, mut);
}
// ---- T06 over-testing
function T06(i) {
  if (i < 9) { // dialysis centre: labs at every session (crude) or weekly (careful)
    const m = dialysisMember(); const r = m.region; const ins = pick([I(r, 'H11'), I(r, 'H12'), I(r, 'H02')]);
    const s = randStart('2025-03-03', '2025-06-02'); const days = pick([MWF, TTS]);
    const base = sessions(m, ins, s, add(s, 20), days);
    const later = sessions(m, ins, add(s, 21), add(s, 55), days, { noLabs: true });
    const tg = [], mut = [];
    later.forEach((c, k) => {
      if (i < 5 || k % 3 === 0) { for (const x of ['CBC', 'RENAL', 'LYTES', 'LFT']) c._items.push(Object.assign(L(x, 1, c.visitDate), {})); }
    });
    // re-materialise pushed lines
    for (const c of later) c._items = c._items.map((it, j) => it.lineId ? it : mat(it, c, j));
    later.forEach((c, k) => { const ids = lineIdsOf(c, ['CBC', 'RENAL', 'LYTES', 'LFT']); if (ids.length) { tg.push(c); mut.push([c, ids]); } });
    addCase('fraud', 'T06', TY.T06, [...base, ...later], tg, mut); return;
  }
  // stable transplant recipient (transplanted years ago) seen twice a week with a full panel
  const m = member({ chronic: ['Z94'], age: ri(30, 65) }); const r = m.region; const h = pick([I(r, 'H01'), I(r, 'H02')]);
  const s = randStart('2025-03-03', '2025-06-02');
  const cl = [transplantFollow(m, I(r, 'H01'), s, { days: 28, lft: true })];
  const tg = [], mut = [];
  for (let w = 1; w <= 5; w++) for (const o of (i < 12 ? [0, 3] : [1])) {
    const d = add(s, 7 * w + o);
    const c = visit(m, h, h.level === 3 ? 'transplant' : 'nephrology', d, ['Z94.000'], [['RENAL', 1], ['CBC', 1], ['LYTES', 1], ['LFT', 1]], { visitType: 'chronic' });
    tg.push(c); mut.push([c, lineIdsOf(c, ['RENAL', 'CBC', 'LYTES', 'LFT'])]); cl.push(c);
  }
  cl.push(transplantFollow(m, I(r, 'H01'), add(s, 28), { days: 28 }));
  addCase('fraud', 'T06', TY.T06, cl, tg, mut);
}
function mat(l, c, j) { const unit = priceFen(l.row, c._ins); return { lineId: String(j + 1), code: l.row.products ? l.row.products[0] : l.row.code, name: l.row.name, category: l.row.category, date: l.date, quantity: l.qty, unitFen: unit, amountFen: unit * l.qty, row: l.row }; }
// ---- T07 dialysis for a member with no kidney failure on record
function T07(i) {
  const m = member({ chronic: i % 2 ? ['I10'] : [], age: i < 5 ? ri(22, 40) : ri(45, 70) }); const r = m.region; const ctr = pick([I(r, 'H11'), I(r, 'H12')]);
  const hist = [];
  const h0 = randStart('2025-03-03', '2025-04-15');
  hist.push(visit(m, I(r, 'H02'), 'internal', h0, i % 2 ? ['I10.x00x002'] : ['J06.900'], i % 2 ? [['AMLO', 30], ['RENAL', 1]] : [['CBC', 1]]));
  if (i >= 5) hist.push(pharmacy(m, I(r, 'Y21'), add(h0, 20), ['I10.x00x002'], [['AMLO', 30]], { visitType: 'pharmacy' }));
  const s = add(h0, ri(30, 45)); const days = pick([MWF, TTS]);
  const ph = sessions(m, ctr, s, add(s, 34), days, { visitType: 'outpatient', noEpo: i < 5, noLabs: i < 5, dx: ['N18.500'] });
  addCase('fraud', 'T07', TY.T07, [...hist, ...ph], ph);
}
// ---- T08 inducement recovered through bundled oral drugs at every session
function T08(i) {
  const m = dialysisMember(); const r = m.region; const h = pick([I(r, 'H01'), I(r, 'H02')]); const rc = I(r, 'H13');
  const s = randStart('2025-03-03', '2025-05-26'); const days = pick([MWF, TTS]);
  const before = sessions(m, h, s, add(s, 20), days);
  const bundle = i < 8 ? [['CACO3', 90], ['CALCITRIOL', 30], ['IRON', 90], ['VITB', 90]] : [['CACO3', 42], ['CALCITRIOL', 14], ['IRON', 42]];
  const after = sessions(m, rc, add(s, 21), add(s, 62), days);
  const tg = [], mut = [];
  after.forEach((c, k) => {
    if (i < 8 || k % 3 === 0) { for (const [x, q] of bundle) c._items.push(mat(L(x, q, c.visitDate), c, c._items.length)); tg.push(c); mut.push([c, lineIdsOf(c, bundle.map(b => b[0]))]); }
  });
  addCase('fraud', 'T08', TY.T08, [...before, ...after], tg, mut);
}
// ---- T09 dual-channel duplicate
function T09(i) {
  const tx = i < 10; const m = tx ? member({ chronic: ['Z94'], age: ri(28, 66) }) : member({ chronic: ['D66'], region: '510100', gender: 'M', age: ri(20, 45) });
  const r = m.region; const h3 = I(r, 'H01'); const dtp = I(r, 'Y21');
  const s = randStart('2025-03-03', '2025-05-20'); const cl = [], tg = [], mut = [];
  for (let k = 0; k < 3; k++) {
    const d = add(s, 28 * k);
    if (tx) {
      const c1 = transplantFollow(m, h3, d, { days: 28 }); cl.push(c1);
      if (k >= 1) { const dd = add(d, ri(2, 9)); const c2 = pharmacy(m, dtp, dd, ['Z94.000'], [['TAC', 4 * 28], ['MMF', 6 * 28]]); cl.push(c2); tg.push(c2); mut.push([c2, lineIdsOf(c2, ['TAC', 'MMF'])]); }
    } else {
      const c1 = visit(m, h3, 'haematology', d, ['D66.x01'], [['F8', 8], ['CBC', 1]], { visitType: 'chronic' }); cl.push(c1);
      if (k >= 1) { const dd = add(d, ri(1, 6)); const c2 = pharmacy(m, dtp, dd, ['D66.x01'], [['F8', 8]]); cl.push(c2); tg.push(c2); mut.push([c2, lineIdsOf(c2, ['F8'])]); }
    }
  }
  addCase('fraud', 'T09', TY.T09, cl, tg, mut);
}
// ---- T10 factor VIII over-supply and resale
function T10(i) {
  const m = member({ chronic: ['D66'], region: '510100', gender: 'M', age: ri(22, 50), insuranceType: pick(['employee', 'resident']) });
  const r = m.region; const cl = [], tg = [];
  const s = randStart('2025-03-03', '2025-05-15');
  cl.push(visit(m, I(r, 'H01'), 'haematology', s, ['D66.x01'], [['F8', 6], ['CBC', 1], ['COAG', 1]], { visitType: 'chronic' }));
  const step = i < 6 ? 7 : 12; const q = i < 6 ? 20 : 10;
  const places = [I(r, 'Y21'), I(r, 'Y22'), I(r, 'H02')];
  for (let k = 1; k <= 6; k++) {
    const d = add(s, step * k + ri(0, 2)); const p = places[k % (i < 10 ? 2 : 3)];
    const c = p.id[0] === 'Y' ? pharmacy(m, p, d, ['D66.x01'], [['F8', q]]) : visit(m, p, 'internal', d, ['D66.x01'], [['F8', q]], { visitType: 'chronic' });
    cl.push(c); tg.push(c);
  }
  addCase('fraud', 'T10', TY.T10, cl, tg);
}
// ---- T11 dialysis billed after a successful transplant
function T11(i) {
  const m = dialysisMember({ age: ri(28, 60) }); const r = m.region; const ctr = pick([I(r, 'H11'), I(r, 'H12')]); const h3 = I(r, 'H01');
  const s = randStart('2025-03-03', '2025-04-28'); const days = pick([MWF, TTS]);
  const before = sessions(m, ctr, s, add(s, 27), days);
  const adm = add(s, 29); const tx = kidneyTransplant(m, h3, adm, ri(14, 18)); const dis = tx.dischargeDate;
  m.chronic = ['Z94', 'N18'];
  const fol = []; for (let k = 0; k < 4; k++) fol.push(transplantFollow(m, h3, add(dis, 7 + 14 * k), { days: 14, tac: 6 }));
  const st = add(dis, ri(10, 20));
  const ph = sessions(m, ctr, st, add(st, 35), i < 8 ? days : [days[0], days[2]], { epoPerWeek: 1 });
  addCase('fraud', 'T11', TY.T11, [...before, tx, ...fol, ...ph], ph);
}
// ---- T12 split admission
function T12(i) {
  const m = dialysisMember(); const r = m.region; const h = pick([I(r, 'H02'), I(r, 'H01')]); const ctr = pick([I(r, 'H11'), I(r, 'H12')]);
  const s = randStart('2025-03-03', '2025-06-09'); const days = pick([MWF, TTS]);
  const adm1 = add(s, 21); const los1 = ri(5, 8); const dis1 = add(adm1, los1); const gap = i < 6 ? ri(0, 1) : ri(3, 9); const adm2 = add(dis1, gap); const los2 = ri(5, 8); const dis2 = add(adm2, los2);
  const base = sessions(m, ctr, s, add(s, 62), days, { skip: (d) => (d >= adm1 && d <= dis1) || (d >= adm2 && d <= dis2) });
  const dx = ['T82.800x005', 'N18.500', 'Z99.201'];
  const mk = (a, b, first) => {
    const lines = [L('CBC', 1, a), L('COAG', 1, a), L('LYTES', 1, a), L('RENAL', 1, a), L('US_ABD', 1, a)];
    const px = [];
    if (first) { lines.push(L('CVC', 1, add(a, 1)), L('LOCAL_AN', 1, add(a, 1))); px.push({ code: '38.9502', date: add(a, 1) }); }
    for (let d = add(a, 1); d < b; d = add(d, 2)) { lines.push(L('HD', 1, d), L('DIALYSER', 1, d), L('LINES', 1, d), L('LMWH', 1, d)); px.push({ code: '39.9500', date: d }); }
    return stay(m, h, 'nephrology', a, b, dx, px, lines, { route: 'outpatient' });
  };
  const s1 = mk(adm1, dis1, true); const s2 = mk(adm2, dis2, false);
  addCase('fraud', 'T12', TY.T12, [...base, s1, s2], [s2]);
}
// ---- T13 bed-blocking / low-standard admission for maintenance HD
function T13(i) {
  const m = dialysisMember({ age: ri(55, 82) }); const r = m.region; const h = pick([I(r, 'H02'), I(r, 'H02'), I(r, 'H01')]);
  const s = randStart('2025-03-03', '2025-05-26'); const days = pick([MWF, TTS]);
  const adms = [add(s, 14), add(s, 14 + ri(30, 38))]; const los = [ri(8, 12), ri(8, 12)];
  const base = sessions(m, h, s, add(s, 70), days, { skip: (d) => adms.some((a, k) => d >= a && d <= add(a, los[k])) });
  const tg = adms.map((a, k) => {
    const b = add(a, los[k]); const lines = [L('CBC', 1, a), L('RENAL', 1, a), L('LYTES', 1, a)]; const px = [];
    for (let d = add(a, 1); d < b; d = add(d, 1)) if (days.includes(dow(d))) { lines.push(L('HD', 1, d), L('DIALYSER', 1, d), L('LINES', 1, d), L('LMWH', 1, d)); px.push({ code: '39.9500', date: d }); }
    if (i >= 8) for (let d = a; d < b; d = add(d, 1)) lines.push(L('AMLO', 1, d), L('CACO3', 3, d));
    return stay(m, h, 'nephrology', a, b, ['N18.500', 'Z99.201', 'I12.000'], px, lines, { route: 'outpatient' });
  });
  addCase('fraud', 'T13', TY.T13, [...base, ...tg], tg);
}
// ---- T14 intermittent HD billed as CRRT by the hour
function T14(i) {
  const m = dialysisMember(); const r = m.region; const h = pick([I(r, 'H02'), I(r, 'H01')]); const ctr = pick([I(r, 'H11'), I(r, 'H12')]);
  const s = randStart('2025-03-03', '2025-06-09'); const days = pick([MWF, TTS]);
  const adm = add(s, 22); const los = ri(7, 10); const dis = add(adm, los);
  const base = sessions(m, ctr, s, add(s, 50), days, { skip: (d) => d >= adm && d <= dis });
  const lines = [L('CBC', 1, adm), L('RENAL', 1, adm), L('LYTES', 1, adm), L('CXR', 1, adm), L('BNP', 1, adm)]; const px = [];
  const hrs = i < 8 ? ri(10, 12) : ri(5, 6);
  for (let d = add(adm, 1); d < dis; d = add(d, 2)) { lines.push(L('CRRT', hrs, d), L('DIALYSER', 1, d), L('LINES', 1, d), L('LMWH', 1, d)); px.push({ code: '39.9500x007', date: d }); }
  const st = stay(m, h, 'nephrology', adm, dis, ['N18.500', 'I12.000', 'Z99.201'], px, lines, { route: 'outpatient' });
  addCase('fraud', 'T14', TY.T14, [...base, st], [st], [[st, lineIdsOf(st, ['CRRT'])]]);
}
// ---- T15 reused dialysers billed as single-use (claims-invisible)
function T15(i) {
  const m = dialysisMember(); const r = m.region; const ins = I(r, 'H14');
  const s = randStart('2025-03-03', '2025-06-16'); const days = pick([MWF, TTS]);
  const all = sessions(m, ins, s, add(s, 34), days);
  addCase('fraud', 'T15', TY.T15, all, all, all.map(c => [c, lineIdsOf(c, ['DIALYSER'])]));
}

// ---------- controls ----------
function C01(i) {
  const m = dialysisMember(); const r = m.region; const ins = centre(r);
  const s = randStart('2025-03-03', '2025-06-02'); const days = pick([MWF, TTS]);
  const base = sessions(m, ins, s, add(s, 48), days);
  const off = days === MWF ? 0 : 1; const d = add(nextDow(s, off), 7 * ri(2, 4));
  const x = session(m, ins, d, { dx: ['N18.500', 'E87.700', 'I50.900', 'Z49.101'], extra: [['BNP', 1], ['LYTES', 1]] });
  const more = i >= 10 ? [session(m, ins, add(d, 7), { dx: ['N18.500', 'E87.700', 'Z49.101'] })] : [];
  addCase('control', 'C01', CT.C01, [...base, x, ...more]);
}
function C02(i) {
  const m = dialysisMember(); const r = m.region; const home = centre(r); const away = pick([I(TRAVEL[r], 'H12'), I(TRAVEL[r], 'H01'), I(TRAVEL[r], 'H11')]);
  const s = randStart('2025-03-03', '2025-06-02'); const days = pick([MWF, TTS]);
  const t0 = add(s, 21); const t1 = add(t0, ri(6, 13));
  const base = sessions(m, home, s, add(s, 48), days, { skip: (d) => d >= t0 && d <= t1 });
  const trip = sessions(m, away, t0, t1, days, { noLabs: true, epoPerWeek: 1 });
  addCase('control', 'C02', CT.C02, [...base, ...trip]);
}
function C03(i) {
  const m = dialysisMember(); const r = m.region; const ctr = pick([I(r, 'H11'), I(r, 'H12')]); const h = pick([I(r, 'H01'), I(r, 'H02')]);
  const s = randStart('2025-03-03', '2025-06-02'); const days = pick([MWF, TTS]);
  let adm = add(s, 24); while (!days.includes(dow(adm))) adm = add(adm, 1);
  const los = ri(3, 5); let dis = add(adm, los);
  const base = sessions(m, ctr, s, add(s, 55), days, { skip: (d) => d > adm && d < dis });
  const lines = [L('CBC', 1, adm), L('CRP', 1, adm), L('CXR', 1, adm)];
  for (let d = adm; d < dis; d = add(d, 1)) lines.push(L('CEFTRIAXONE', 2, d), L('NACL', 1, d), L('IVDRIP', 1, d));
  const st = stay(m, h, 'respiratory' in h.docs ? 'respiratory' : 'internal', adm, dis, ['J18.900', 'N18.500', 'Z99.201'], [], lines, { route: 'outpatient' });
  addCase('control', 'C03', CT.C03, [...base, st]);
}
function C04(i) {
  const m = dialysisMember(); const r = m.region; const h = pick([I(r, 'H01'), I(r, 'H02')]);
  const s = randStart('2025-03-03', '2025-06-02'); const days = pick([MWF, TTS]);
  const base = sessions(m, h, s, add(s, 34), days);
  const b = base[ri(4, base.length - 2)];
  const er = visit(m, h, 'emergency', b.visitDate, ['E87.500', 'N18.500'], [['ECG', 1], ['ECG_MON', 3], ['SPO2_MON', 3], ['LYTES', 1], ['BGA', 1]], { er: true });
  addCase('control', 'C04', CT.C04, [...base, er]);
}
function C05(i) {
  const m = dialysisMember(); const r = m.region; const ctr = centre(r); const h = pick([I(r, 'H01'), I(r, 'H02')]);
  const s = randStart('2025-03-03', '2025-05-26'); const days = pick([MWF, TTS]);
  const adm = add(s, 20); const dis = add(adm, ri(5, 7));
  const lines = [L('CBC', 1, adm), L('CBC', 1, add(adm, 2)), L('BLOODTYPE', 1, adm), L('XMATCH', 1, adm), L('RBC', 2, adm), L('TRANSFUSE', 1, adm), L('TRANSFUSION_SET', 1, adm), L('COAG', 1, adm)];
  for (let d = adm; d < dis; d = add(d, 1)) lines.push(L('OMEP_INJ', 2, d), L('NACL', 1, d), L('IVDRIP', 1, d));
  const px = []; for (let d = add(adm, 1); d < dis; d = add(d, 2)) { lines.push(L('HD', 1, d), L('DIALYSER', 1, d), L('LINES', 1, d)); px.push({ code: '39.9500', date: d }); }
  const st = stay(m, h, 'gastroenterology' in h.docs ? 'gastroenterology' : 'internal', adm, dis, ['K92.208', 'D62.x00', 'N18.500', 'Z99.201'], px, lines, { route: 'emergency' });
  const base = sessions(m, ctr, s, add(s, 19), days);
  const after = sessions(m, ctr, add(dis, 1), add(dis, 24), days, { epoPerWeek: 3, sess: { dx: ['N18.500', 'D62.x00', 'Z49.101'] } });
  for (const c of after) for (const it of c._items) if (it.row.code === C.EPO) { it.quantity = 2; it.amountFen = it.unitFen * 2; }
  for (const c of after) c.diagnoses = undefined; // replaced below
  after.forEach(c => { c.diagnoses = ['N18.500', 'D62.x00', 'Z49.101'].map((d, k) => k ? { code: d } : { code: d, principal: true }); });
  const back = sessions(m, ctr, add(dis, 25), add(dis, 38), days);
  addCase('control', 'C05', CT.C05, [...base, st, ...after, ...back]);
}
function C06(i) {
  const m = member({ chronic: ['N18'], age: ri(30, 75) }); const r = m.region; const h = pick([I(r, 'H01'), I(r, 'H02')]);
  const s = randStart('2025-03-03', '2025-05-26'); const cl = [];
  for (let k = 0; k < 3; k++) { const d = add(s, 28 * k); cl.push(visit(m, h, 'nephrology', d, ['N18.500', 'Z49.201'], [['PDF', 112], ['EPO', 12], ...(k === 0 ? [['CBC', 1], ['RENAL', 1], ['LYTES', 1]] : [['CBC', 1]])], { visitType: 'chronic' })); }
  addCase('control', 'C06', CT.C06, cl);
}
function C07(i) {
  const m = member({ gender: 'F', age: ri(19, 45), chronic: [] }); const r = m.region; const h = I(r, 'H01');
  const s = randStart('2025-03-03', '2025-06-02'); const cl = [];
  for (let k = 0; k < 3; k++) { const d = add(s, 28 * k); const lines = [['MMF', 6 * 28], ['PRED', 28 * 3], ['HCQ', 56], ['RENAL', 1], ['URINE', 1], ['CBC', 1]]; if (i >= 8) lines.push(['TAC', 2 * 28]); cl.push(visit(m, h, i % 2 ? 'rheumatology' : 'nephrology', d, ['M32.101+N08.5*'], lines, { docK: 1 })); }
  addCase('control', 'C07', CT.C07, cl);
}
function C08(i) {
  const m = member({ chronic: ['Z94'], age: ri(30, 68) }); const r = m.region; const h3 = I(r, 'H01');
  const s = randStart('2025-03-03', '2025-06-02'); const cl = [];
  for (let k = 0; k < 3; k++) cl.push(transplantFollow(m, h3, add(s, 28 * k), { days: 28, lft: k === 0, extra: k === 0 && i % 3 === 0 ? [['ENTECAVIR', 28]] : [] , dx: i % 3 === 0 ? ['Z94.000', 'B18.100'] : ['Z94.000'] }));
  addCase('control', 'C08', CT.C08, cl);
}
function C09(i) {
  const m = dialysisMember({ age: ri(25, 58) }); const r = m.region; const h3 = I(r, 'H01');
  const s = randStart('2025-03-03', '2025-06-02'); const days = pick([MWF, TTS]);
  const before = sessions(m, I(r, 'H01'), s, add(s, 13), days);
  const tx = kidneyTransplant(m, h3, add(s, 15), ri(14, 18)); m.chronic = ['Z94', 'N18'];
  const fol = []; let d = add(tx.dischargeDate, 3);
  for (let k = 0; k < 8; k++) { fol.push(transplantFollow(m, h3, d, { days: k % 2 ? 0 : 7, tac: 8, mmf: 8, lft: k % 2 === 0, extra: k === 0 ? [['US_URO', 1]] : [] })); d = add(d, k < 4 ? 3 : 4); }
  addCase('control', 'C09', CT.C09, [...before, tx, ...fol]);
}
function C10(i) {
  const m = dialysisMember(); const r = m.region; const ins = centre(r);
  const s = randStart('2025-03-03', '2025-05-19'); const days = pick([MWF, TTS]);
  const all = sessions(m, ins, s, add(s, 70), days);
  const k = ri(3, 8); const c = all[k + 1]; c._items.push(mat(L('LYTES', 1, c.visitDate), c, c._items.length));
  c.diagnoses.push({ code: 'E87.500' });
  addCase('control', 'C10', CT.C10, all);
}
function C11(i) {
  const m = member({ chronic: i % 2 ? ['I10'] : [], age: ri(40, 78) }); const r = m.region; const h = pick([I(r, 'H01'), I(r, 'H02')]);
  const s = randStart('2025-03-03', '2025-05-26');
  const pre = visit(m, h, 'nephrology', s, ['N18.400', 'I12.000'], [['RENAL', 1], ['LYTES', 1], ['CBC', 1], ['US_URO', 1]]);
  const adm = add(s, ri(10, 25)); const dis = add(adm, ri(7, 10));
  const lines = [L('CBC', 1, adm), L('RENAL', 1, adm), L('LYTES', 1, adm), L('BGA', 1, adm), L('COAG', 1, adm), L('HBV', 1, adm), L('CVC', 1, add(adm, 1)), L('LOCAL_AN', 1, add(adm, 1))];
  const px = [{ code: '38.9502', date: add(adm, 1) }];
  for (let d = add(adm, 1); d < dis; d = add(d, 1)) { if (diff(adm, d) <= 3 || diff(adm, d) % 2) { lines.push(L('HD', 1, d), L('DIALYSER', 1, d), L('LINES', 1, d), L('LMWH', 1, d)); px.push({ code: '39.9500', date: d }); } }
  const st = stay(m, h, 'nephrology', adm, dis, ['N18.500', 'I12.000', 'E87.500'], px, lines, { route: 'emergency' });
  const days = pick([MWF, TTS]);
  const after = sessions(m, h, add(dis, 1), add(dis, 35), days, { visitType: 'outpatient' });
  addCase('control', 'C11', CT.C11, [pre, st, ...after]);
}
function C12(i) {
  const m = member({ age: ri(30, 75) }); const r = m.region; const h = pick([I(r, 'H01'), I(r, 'H02')]);
  const s = randStart('2025-03-03', '2025-06-16'); const dis = add(s, ri(8, 12));
  const lines = [L('CBC', 1, s), L('RENAL', 1, s), L('LYTES', 1, s), L('BGA', 1, s), L('US_URO', 1, s), L('CVC', 1, add(s, 1))];
  const px = [{ code: '38.9502', date: add(s, 1) }];
  for (let d = add(s, 1); d < dis; d = add(d, 2)) { lines.push(L('HD', 1, d), L('DIALYSER', 1, d), L('LINES', 1, d)); px.push({ code: '39.9500', date: d }); }
  for (let d = s; d < dis; d = add(d, 1)) lines.push(L('RENAL', 1, d));
  const st = stay(m, h, 'nephrology', s, dis, ['N17.900', 'E87.500'], px, lines, { route: 'emergency' });
  const days = pick([MWF, TTS]);
  const after = sessions(m, h, add(dis, 1), add(dis, ri(10, 20)), days, { visitType: 'outpatient', noEpo: true, dx: ['N17.900'], sess: { extra: [['RENAL', 1]] }, noLabs: true });
  const rec = visit(m, h, 'nephrology', add(dis, 28), ['N17.900'], [['RENAL', 1], ['LYTES', 1], ['URINE', 1]]);
  addCase('control', 'C12', CT.C12, [st, ...after, rec]);
}
function C13(i) {
  const m = dialysisMember(); const r = m.region; const ins = centre(r);
  const s = randStart('2025-03-03', '2025-05-19'); const days = pick([MWF, TTS]);
  const all = sessions(m, ins, s, add(s, 62), days);
  for (const c of all) if (c._items.some(it => it.row.code === C.CHRONIC_FEE)) { for (const [x, q] of [['CACO3', 180], ['CALCITRIOL', 30], ['IRON', i % 2 ? 180 : 90]]) c._items.push(mat(L(x, q, c.visitDate), c, c._items.length)); }
  addCase('control', 'C13', CT.C13, all);
}
function C14(i) {
  const tx = i < 10; const m = tx ? member({ chronic: ['Z94'], age: ri(28, 66) }) : member({ chronic: ['D66'], region: '510100', gender: 'M', age: ri(20, 45) });
  const r = m.region; const h3 = I(r, 'H01'); const dtp = pick([I(r, 'Y21'), I(r, 'Y22')]);
  const s = randStart('2025-03-03', '2025-05-20'); const cl = [];
  for (let k = 0; k < 3; k++) {
    const d = add(s, 28 * k);
    if (tx) { cl.push(transplantFollow(m, h3, d, {})); cl.push(pharmacy(m, dtp, add(d, ri(0, 2)), ['Z94.000'], [['TAC', 4 * 28], ['MMF', 6 * 28]])); }
    else { cl.push(visit(m, h3, 'haematology', d, ['D66.x01'], [['CBC', 1]], { visitType: 'chronic' })); cl.push(pharmacy(m, dtp, add(d, ri(0, 2)), ['D66.x01'], [['F8', 8]])); }
  }
  addCase('control', 'C14', CT.C14, cl);
}
function C15(i) {
  const m = member({ chronic: ['Z94'], age: ri(25, 64) }); const r = m.region; const h3 = I(r, 'H01');
  const s = randStart('2025-03-03', '2025-05-26');
  const c1 = transplantFollow(m, h3, s, { days: 28 });
  const d2 = add(s, ri(10, 16));
  const c2 = transplantFollow(m, h3, d2, { dx: ['T86.100x005', 'Z94.000'], days: 28, tac: 6, lft: true, extra: [['US_URO', 1], ['URINE', 1]] });
  const c3 = transplantFollow(m, h3, add(d2, 7), { dx: ['T86.100x005', 'Z94.000'] });
  const c4 = transplantFollow(m, h3, add(d2, 28), { days: 28, tac: 6 });
  addCase('control', 'C15', CT.C15, [c1, c2, c3, c4]);
}
function C16(i) {
  const m = member({ chronic: ['D66'], region: '510100', gender: 'M', age: ri(20, 55) }); const r = m.region; const h3 = I(r, 'H01');
  const s = randStart('2025-03-03', '2025-05-26'); const cl = [];
  cl.push(visit(m, h3, 'haematology', s, ['D66.x01'], [['F8', 6], ['CBC', 1]], { visitType: 'chronic' }));
  const b = add(s, ri(8, 18));
  cl.push(visit(m, h3, 'emergency', b, ['M25.006', 'D66.x01'], [['F8', 3], ['XRAY_LIMB', 1], ['CBC', 1], ['COAG', 1], ['IVPUSH', 1]], { er: true }));
  cl.push(visit(m, h3, 'haematology', add(b, 2), ['D66.x01', 'M25.006'], [['F8', 6]], { visitType: 'chronic' }));
  cl.push(visit(m, h3, 'haematology', add(s, 30), ['D66.x01'], [['F8', 6], ['CBC', 1]], { visitType: 'chronic' }));
  addCase('control', 'C16', CT.C16, cl);
}
function C17(i) {
  const m = member({ chronic: ['D66'], region: '510100', gender: 'M', age: ri(4, 13), insuranceType: 'resident' }); const r = m.region; const h3 = I(r, 'H01');
  const s = randStart('2025-03-03', '2025-05-26'); const cl = [];
  for (let k = 0; k < 4; k++) { const d = add(s, 28 * k); const p = k % 2 ? I(r, 'Y21') : h3; cl.push(p.id[0] === 'Y' ? pharmacy(m, p, d, ['D66.x01'], [['F8', 12]]) : visit(m, h3, 'haematology', d, ['D66.x01'], [['F8', 12], ['CBC', 1]], { visitType: 'chronic' })); }
  addCase('control', 'C17', CT.C17, cl);
}
function C18(i) {
  const m = dialysisMember({ age: ri(28, 62) }); const r = m.region; const h3 = I(r, 'H01'); const ctr = centre(r);
  const s = randStart('2025-03-03', '2025-05-26'); const days = pick([MWF, TTS]);
  const before = sessions(m, ctr, s, add(s, 20), days);
  const tx = kidneyTransplant(m, h3, add(s, 22), ri(16, 20)); m.chronic = ['Z94', 'N18'];
  const dgf = sessions(m, h3, add(tx.dischargeDate, 1), add(tx.dischargeDate, ri(8, 14)), days, { noEpo: true, noLabs: true, dx: ['T86.107', 'Z94.000', 'N18.500'], sess: { extra: [['RENAL', 1], ['LYTES', 1]] } });
  const fol = []; for (let k = 0; k < 3; k++) fol.push(transplantFollow(m, h3, add(tx.dischargeDate, 5 + 10 * k), { days: 10, tac: 6 }));
  addCase('control', 'C18', CT.C18, [...before, tx, ...dgf, ...fol]);
}
function C19(i) {
  const m = member({ chronic: ['Z94', 'N18'], age: ri(30, 66) }); const r = m.region; const h3 = I(r, 'H01'); const ctr = centre(r);
  const s = randStart('2025-03-03', '2025-05-26');
  const f1 = transplantFollow(m, h3, s, { dx: ['T86.100x006', 'Z94.000'], days: 28, tac: 2, mmf: 4, lft: true });
  const days = pick([MWF, TTS]);
  const hd = sessions(m, ctr, add(s, ri(10, 20)), add(s, 60), days, { dx: ['N18.500', 'T86.100x006', 'Z49.101'] });
  const f2 = transplantFollow(m, h3, add(s, 35), { dx: ['T86.100x006', 'Z94.000'], days: 28, tac: 2, mmf: 0 });
  addCase('control', 'C19', CT.C19, [f1, ...hd, f2]);
}
function C20(i) {
  const m = dialysisMember(); const r = m.region; const h = pick([I(r, 'H02'), I(r, 'H01')]); const ctr = centre(r);
  const s = randStart('2025-03-03', '2025-06-02'); const days = pick([MWF, TTS]);
  const adm1 = add(s, 21); const dis1 = add(adm1, ri(4, 6)); const adm2 = add(dis1, ri(3, 10)); const dis2 = add(adm2, ri(7, 10));
  const base = sessions(m, ctr, s, add(s, 60), days, { skip: (d) => (d >= adm1 && d <= dis1) || (d >= adm2 && d <= dis2) });
  const l1 = [L('CBC', 1, adm1), L('COAG', 1, adm1), L('CVC', 1, add(adm1, 1)), L('LOCAL_AN', 1, add(adm1, 1)), L('US_ABD', 1, adm1)]; const p1 = [{ code: '38.9501', date: add(adm1, 1) }];
  for (let d = add(adm1, 1); d < dis1; d = add(d, 2)) { l1.push(L('HD', 1, d), L('DIALYSER', 1, d), L('LINES', 1, d)); p1.push({ code: '39.9500', date: d }); }
  const s1 = stay(m, h, 'nephrology', adm1, dis1, ['T82.800x005', 'N18.500', 'Z99.201'], p1, l1);
  const l2 = [L('CBC', 1, adm2), L('CBC', 1, add(adm2, 3)), L('CRP', 1, adm2), L('PCT', 1, adm2), L('CULTURE', 2, adm2), L('CULTURE', 1, add(adm2, 4))]; const p2 = [];
  for (let d = adm2; d < dis2; d = add(d, 1)) l2.push(L('CEFTRIAXONE', 2, d), L('NACL', 2, d), L('IVDRIP', 1, d));
  for (let d = add(adm2, 1); d < dis2; d = add(d, 2)) { l2.push(L('HD', 1, d), L('DIALYSER', 1, d), L('LINES', 1, d)); p2.push({ code: '39.9500', date: d }); }
  const s2 = stay(m, h, 'nephrology', adm2, dis2, ['A41.900', 'T82.800x005', 'N18.500', 'Z99.201'], p2, l2, { route: 'emergency', nurse: 'NURSE1' });
  addCase('control', 'C20', CT.C20, [...base, s1, s2]);
}
function C21(i) {
  const m = dialysisMember({ age: ri(50, 84) }); const r = m.region; const h = pick([I(r, 'H02'), I(r, 'H01')]); const ctr = centre(r);
  const s = randStart('2025-03-03', '2025-06-02'); const days = pick([MWF, TTS]);
  const adm = add(s, 20); const dis = add(adm, ri(3, 6));
  const base = sessions(m, ctr, s, add(s, 48), days, { skip: (d) => d >= adm && d <= dis });
  const lines = [L('LYTES', 1, adm), L('LYTES', 1, add(adm, 1)), L('BGA', 1, adm), L('ECG', 1, adm), L('ECG_MON', 24, adm), L('SPO2_MON', 24, adm), L('CXR', 1, adm), L('BNP', 1, adm), L('CBC', 1, adm), L('FURO_INJ', 4, adm), L('INSULIN', 1, adm), L('OXY', 12, adm)];
  const px = []; for (let d = adm; d < dis; d = add(d, 1)) if (diff(adm, d) < 2 || diff(adm, d) % 2 === 0) { lines.push(L('HD', 1, d), L('DIALYSER', 1, d), L('LINES', 1, d), L('LMWH', 1, d)); px.push({ code: '39.9500', date: d }); }
  const st = stay(m, h, 'nephrology', adm, dis, [i % 2 ? 'E87.500' : 'E87.700', 'N18.500', 'I50.900', 'Z99.201'], px, lines, { route: 'emergency', nurse: 'NURSE1' });
  addCase('control', 'C21', CT.C21, [...base, st]);
}
function C22(i) {
  const m = member({ age: ri(40, 80) }); const r = m.region; const h = I(r, 'H01');
  const s = randStart('2025-03-03', '2025-07-01'); const los = ri(9, 14); const dis = add(s, los); const icuUntil = add(s, ri(4, 6));
  const lines = [L('CBC', 1, s), L('PCT', 1, s), L('CULTURE', 2, s), L('BGA', 1, s), L('BGA', 1, add(s, 1)), L('CVC', 1, s), L('CT_CHEST', 1, s)];
  const px = [];
  for (let d = s; d <= icuUntil; d = add(d, 1)) { lines.push(L('CRRT', ri(20, 24), d), L('NOREPI', 4, d), L('MEROPENEM', 3, d), L('LYTES', 1, d), L('RENAL', 1, d)); if (diff(s, d) % 2 === 0) lines.push(L('DIALYSER', 1, d), L('LINES', 1, d)); px.push({ code: '39.9500x007', date: d }); }
  for (let d = add(icuUntil, 1); d < dis; d = add(d, 1)) lines.push(L('MEROPENEM', 3, d));
  const st = stay(m, h, 'icu', s, dis, ['A41.900', 'N17.900', 'R57.200'].filter(x => x !== 'R57.200'), px, lines, { route: 'emergency', icu: true, icuUntil, docK: 0 });
  addCase('control', 'C22', CT.C22, [st]);
}
function C23(i) {
  const m = dialysisMember({ age: ri(30, 70) }); const r = m.region; const h = I(r, 'H01');
  const s = randStart('2025-03-03', '2025-05-19'); const days = pick([MWF, TTS]);
  const adm = add(s, 15); const dis = add(adm, ri(5, 7));
  const hd = sessions(m, h, s, add(s, 27), days, { skip: (d) => d >= adm && d <= dis });
  const lines = [L('CBC', 1, adm), L('COAG', 1, adm), L('GA', 1, add(adm, 1))]; for (let d = add(adm, 2); d < dis; d = add(d, 1)) lines.push(L('PDF', 4, d));
  const st = stay(m, h, 'nephrology', adm, dis, ['N18.500', 'Z49.000'], [{ code: '54.9300x004', date: add(adm, 1) }], lines);
  const pd = []; for (let k = 0; k < 2; k++) pd.push(visit(m, h, 'nephrology', add(s, 30 + 28 * k), ['N18.500', 'Z49.201'], [['PDF', 112], ...(k === 0 ? [['RENAL', 1], ['LYTES', 1]] : [])], { visitType: 'chronic' }));
  addCase('control', 'C23', CT.C23, [...hd, st, ...pd]);
}
function C24(i) {
  const m = member({ chronic: ['N18'], age: ri(35, 78) }); const r = m.region; const h = pick([I(r, 'H01'), I(r, 'H02')]);
  const s = randStart('2025-03-03', '2025-04-21'); const cl = [];
  cl.push(visit(m, h, 'nephrology', s, ['N18.500', 'Z49.201'], [['PDF', 112], ['RENAL', 1], ['LYTES', 1], ['CBC', 1]], { visitType: 'chronic' }));
  cl.push(visit(m, h, 'nephrology', add(s, 28), ['N18.500', 'Z49.201'], [['PDF', 336, { long: true }], ['CACO3', 84 * 3, { long: true }]], { visitType: 'chronic' }));
  cl.push(visit(m, h, 'nephrology', add(s, 28 + 84 - ri(0, 3)), ['N18.500', 'Z49.201'], [['PDF', 336, { long: true }], ['RENAL', 1]], { visitType: 'chronic' }));
  addCase('control', 'C24', CT.C24, cl);
}

// ---------- routine single-claim cases ----------
function routine(i) {
  const k = i % 10; const r = REGIONS[i % 4];
  const d = randStart('2025-03-03', '2025-08-22');
  let c;
  if (k <= 3) { const m = dialysisMember({ region: r }); c = session(m, pick([I(r, 'H01'), I(r, 'H02'), I(r, 'H11'), I(r, 'H12')]), d, { epo: rnd() < 0.6 ? 1 : 0, labs: rnd() < 0.3, fee: rnd() < 0.3 }); }
  else if (k === 4) { const m = member({ region: r, chronic: ['N18'] }); c = visit(m, pick([I(r, 'H01'), I(r, 'H02')]), 'nephrology', d, ['N18.500', 'Z49.201'], [['PDF', 112], ['CALCITRIOL', 28]], { visitType: 'chronic' }); }
  else if (k === 5) { const m = member({ region: r, chronic: ['Z94'] }); c = transplantFollow(m, I(r, 'H01'), d, { days: 28, lft: rnd() < 0.3 }); }
  else if (k === 6) { const m = member({ region: r, chronic: ['N18', 'I10'] }); c = visit(m, pick([I(r, 'H01'), I(r, 'H02')]), 'cardiology' in pick([I(r, 'H01')]).docs ? 'nephrology' : 'internal', d, ['I12.000', 'N18.500'], [['AMLO', 30], ['METO', 60]]); }
  else if (k === 7) { const m = member({ region: r, chronic: ['I10'] }); c = pharmacy(m, I(r, 'Y21'), d, ['I10.x00x002'], [['AMLO', 30]], { visitType: 'pharmacy' }); }
  else if (k === 8) { const m = member({ region: r, age: ri(35, 70) }); c = visit(m, I(r, 'H01'), 'cardiology', d, ['I27.000'], [['ECHO', 1], ['BNP', 1], ['FURO', 30], ['SPIRO', 30]]); }
  else { const m = dialysisMember({ region: r, age: ri(50, 80) }); const a = d; const b = add(a, ri(5, 8)); const lines = [L('CBC', 1, a), L('CRP', 1, a), L('CXR', 1, a)]; const px = []; for (let x = a; x < b; x = add(x, 1)) lines.push(L('CEFTRIAXONE', 2, x), L('NACL', 1, x), L('IVDRIP', 1, x)); for (let x = add(a, 1); x < b; x = add(x, 2)) { lines.push(L('HD', 1, x), L('DIALYSER', 1, x), L('LINES', 1, x)); px.push({ code: '39.9500', date: x }); } c = stay(m, pick([I(r, 'H01'), I(r, 'H02')]), 'nephrology', a, b, ['J18.900', 'N18.500', 'Z99.201'], px, lines, { route: 'emergency' }); }
  addCase('routine', 'R', '常规单张结算', [c]);
}

// ---------- build ----------
const TF = { T01, T02, T03, T04, T05, T06, T07, T08, T09, T10, T11, T12, T13, T14, T15 };
const CF = { C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21, C22, C23, C24 };
for (const t in TF) for (let i = 0; i < 15; i++) TF[t](i);
for (const c in CF) for (let i = 0; i < 15; i++) CF[c](i);
for (let i = 0; i < 100; i++) routine(i);

// groups from pass 1
const GR = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); if (g.grouping && g.grouping.drg) GR[g.claimId] = g.grouping.drg; }

ALL.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq));
const out = [];
for (const c of ALL) {
  finish(c);
  if (c.visitType === 'inpatient') c.reportedGroup = { drg: GR[c.claimId] || null, dip: null };
  const o = {}; for (const k of Object.keys(c)) if (k[0] !== '_') o[k] = c[k];
  out.push(JSON.stringify(o));
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS.map(l => { const o = Object.assign({}, l); if (!o.typology) delete o.typology; if (!o.control) delete o.control; return o; }), null, 1) + '\n');
const byKind = LABELS.reduce((a, l) => (a[l.kind] = (a[l.kind] || 0) + 1, a), {});
console.error(`blind75: ${out.length} claims, ${LABELS.length} cases ${JSON.stringify(byKind)}, groups ${Object.keys(GR).length}`);
