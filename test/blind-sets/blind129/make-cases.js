#!/usr/bin/env node
// blind129: operations, anaesthesia and high-value consumables across surgical specialties (fifth time, new hands).
// usage: node make-cases.js <outDir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'), path = require('path');
const argv = process.argv.slice(2);
const OUT = argv[0];
const opt = (n, d) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base129/rules/catalogue');
const POL = path.join(CAT, '..', 'benefits', 'policies.json');
const CHS = '/work/shared/chs-drg-1.1';
const GROUPS = opt('--groups', null);

// ---------- reference data ----------
const ROWS = {};
for (const f of fs.readdirSync(CAT)) {
  if (!f.endsWith('.json')) continue;
  const d = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  if (d && Array.isArray(d.rows)) for (const r of d.rows) ROWS[r.code] = r;
}
const PROC = JSON.parse(fs.readFileSync(path.join(CHS, 'procedures.json'), 'utf8'));
const DIAG = JSON.parse(fs.readFileSync(path.join(CHS, 'diagnoses.json'), 'utf8'));
const POLICY = JSON.parse(fs.readFileSync(POL, 'utf8'));
const groups = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n').filter(Boolean)) { const g = JSON.parse(l); groups[g.claimId] = g.drg; }

function row(code) { const r = ROWS[code]; if (!r) throw new Error('no catalogue row ' + code); return r; }
function dx(code) { if (!DIAG[code]) throw new Error('unknown diagnosis ' + code); return code; }
function px(code) { if (!PROC[code]) throw new Error('unknown procedure ' + code); return code; }

// ---------- rng ----------
let seed = 129129;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = a => a[Math.floor(rnd() * a.length)];

// ---------- dates ----------
const D = s => new Date(s + 'T00:00:00Z');
const iso = d => d.toISOString().slice(0, 10);
const addDays = (s, n) => iso(new Date(D(s).getTime() + n * 86400000));
const randDate = (from = '2025-01-06', to = '2025-11-20') => addDays(from, ri(0, (D(to) - D(from)) / 86400000));
function ageAt(birth, on) { const b = D(birth), o = D(on); let a = o.getUTCFullYear() - b.getUTCFullYear(); if (o.getUTCMonth() < b.getUTCMonth() || (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate())) a--; return a; }

// ---------- city: regions, hospitals, doctors ----------
const REGIONS = ['220100', '370100', '510100'];
const HOSP_LEVELS = [3, 3, 3, 2, 2, 2, 1, 1];
const HOSPS = {};
for (const rg of REGIONS) HOSPS[rg] = HOSP_LEVELS.map((lv, i) => ({ id: 'H' + rg + String(i + 1).padStart(2, '0'), level: lv, region: rg, private: i === 5 || i === 7 }));
function hospital(region, minLevel) { return pick(HOSPS[region].filter(h => h.level >= minLevel && (minLevel > 1 || h.level <= 3))); }
function doctor(h, dept) { let s = 0; for (const c of dept) s = (s * 31 + c.charCodeAt(0)) % 97; return 'D' + h.id.slice(1) + String(s).padStart(2, '0') + ri(1, 3); }

// ---------- members ----------
let memberSeq = 0;
function member({ sex, ageMin, ageMax, region, resident }) {
  const gender = sex || (rnd() < 0.5 ? 'M' : 'F');
  const age = ri(ageMin, ageMax);
  const birthDate = addDays('2025-06-30', -(age * 365 + ri(0, 300)));
  const insuranceType = age < 18 ? 'resident' : (resident != null ? (resident ? 'resident' : 'employee') : (rnd() < 0.65 ? 'employee' : 'resident'));
  const retAge = gender === 'M' ? 60 : 55;
  const retired = insuranceType === 'employee' && age >= retAge + 1;
  const minYears = gender === 'M' ? 30 : 25;
  const contributionYears = insuranceType === 'employee' ? (retired ? minYears + ri(1, 10) : Math.max(1, Math.min(age - 20, ri(3, 30)))) : ri(1, 15);
  memberSeq++;
  return {
    region: region || pick(REGIONS), insuranceType,
    patient: { insuredId: 'P129' + String(memberSeq).padStart(5, '0'), gender, birthDate, retired },
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 12), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null },
  };
}

// ---------- policy ----------
function deepMerge(a, b) { if (!b) return a; const o = Array.isArray(a) ? a.slice() : { ...a }; for (const k of Object.keys(b)) o[k] = (a && typeof a[k] === 'object' && !Array.isArray(a[k]) && typeof b[k] === 'object') ? deepMerge(a[k], b[k]) : b[k]; return o; }
function pol(region) { const pv = POLICY.provinces[region.slice(0, 2)]; return deepMerge(pv, pv.regions && pv.regions[region]); }
function fund(claim, policyFen) {
  const p = pol(claim.region).schemes[claim.insuranceType];
  const v = claim.visitType === 'inpatient' ? p.inpatient : (p.outpatient || p.inpatient);
  const lv = String(claim.provider.level);
  const ded = claim.visitType === 'inpatient' ? Math.round((v.deductible[lv] ?? 0) * 100) : 0; // outpatient: annual deductible taken as met (upper bound)
  let ratio = v.ratio[lv]; if (claim.patient.retired && v.retireeRatioBonus) ratio += v.retireeRatioBonus;
  if (v.maxRatio) ratio = Math.min(ratio, v.maxRatio);
  return Math.max(0, Math.floor((policyFen - ded) * ratio));
}

// ---------- claim building ----------
const claims = [], labels = [];
let claimSeq = 0;
const C = {
  bed3: '001105000010001', bed2: '001105000020001', burnBed: '001105000060001', consultIn: '001103000010001',
  n1: '001201000020001', n2: '001201000030001', nSpecial: '001201000010001', icuH: '001201000050001',
  opd: '001102000010001', opd2: '001102000020001',
  cbc: '002501010010001', coag: '002502060010001', inf8: '002502120010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001',
  abo: '002502130010001', ua: '002501020010001', ecg: '003107010010001', cxr: '002202040010001', xrL: '002202040020001', ctChest: '002301010020001',
  path: '002502200010001', frozen: '002502200020001', cross: '002502130020001', rbc: '002600000010001', transf: '001204000210001', bset: 'C14100150200001872210000001',
  ga: '003301010010001', sa: '003301010020001', la: '003301010030001',
  ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001', o2: '001208000010001',
  iv1: '001204000010001', ivn: '001204000020001', ivSet: 'C14010150100001020350000001', cannula: 'C14010150200001215730000001',
  gown: 'C11010150600001900710000001', diath: 'C11010150700001990950000001', spinalKit: 'C11010150800001179070000001', suture: 'C11010150200001895120000001',
  haemo: 'C14100150100001761320000001', clip: 'C11010150400001380140000001', trocar: 'C11010150100001004460000001', stapler: 'C11010150300001825820000001', mesh: 'C11010150500001036850000001',
  drain: 'C14040150300001408220000001', bag: 'C14040150100001551930000001', dress: '001205000020001', dressL: '001205000030001', debride: '003309010010001', vsd: '003309030010001', vsdKit: 'C14040150400001519350000001',
  propofol: 'XN01AXB503B002', fentanyl: 'XN02ABF506B002', midaz: 'XN05CDM508B002', ropiv: 'XN01BBL510B002', lido: 'XN01BBL509B002',
  cefurox: 'XJ01DCT505B002', ns: 'XB05BBL511B002', ringer: 'XB05BBF507B002', txa: 'XB02AAA519B002', ibup: 'XM01AEB502A003', paracetChild: 'XN02BED510A010', celecox: 'XM01AHS505A001',
  morphine: 'XN02AAM507B002', albumin: 'XB05AAR504B002', glucoseMon: '001212000010001', cath: '001206000010001', cathKit: 'C14030150100001569850000001', bandage: 'C14020150400001537430000001', gauze: 'C14020150100001506610000001',
};

function itemCode(r) { return r.products && r.products.length ? r.products[0] : r.code; }

class Bill {
  constructor() { this.lines = []; }
  add(code, date, qty, o = {}) { const r = row(code); this.lines.push({ code, date, qty, r, mut: !!o.mut, price: o.price }); return this; }
  remove(pred) { this.lines = this.lines.filter(l => !pred(l)); }
}

function finalize(spec) {
  // spec: {m, h, dept, visit, adm, dis, visitDate, diags, procs, bill, route, dismode, transferFrom}
  const { m, h } = spec;
  claimSeq++;
  const claimId = `${m.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`;
  const inpatient = spec.visit === 'inpatient';
  const claim = { claimId, region: m.region, insuranceType: m.insuranceType, visitType: spec.visit, patient: { ...m.patient }, enrollment: { ...m.enrollment },
    provider: { hospitalId: h.id, level: h.level, department: spec.dept, doctorId: spec.doctorId || doctor(h, spec.dept) } };
  if (inpatient) { claim.admissionDate = spec.adm; claim.dischargeDate = spec.dis; claim.admissionRoute = spec.route || 'outpatient'; claim.dischargeMode = spec.dismode || 'ordered'; if (spec.transferFrom) claim.transferFromHospitalId = spec.transferFrom; }
  else claim.visitDate = spec.visitDate;
  claim.diagnoses = spec.diags.map((c, i) => (i === 0 ? { code: dx(c), principal: true } : { code: dx(c) }));
  claim.procedures = (spec.procs || []).map(([c, d]) => ({ code: px(c), date: d }));
  if (inpatient) claim.reportedGroup = { drg: groups[claimId] || null, dip: null };
  const mutated = [];
  const perDay = {};
  let total = 0, policy = 0;
  claim.items = spec.bill.lines.map((l, i) => {
    const r = l.r, lineId = String(i + 1);
    const unit = l.price != null ? l.price : Math.round(r.priceCap[String(h.level)] * 100);
    const amount = unit * l.qty;
    total += amount;
    const share = r.class === '丙' ? 1 : r.class === '乙' ? (r.selfPayShare != null ? r.selfPayShare : (r.category === 'consumable' ? 0.2 : 0.1)) : 0;
    policy += Math.round(amount * (1 - share));
    if (l.mut) mutated.push(lineId);
    else check(claim, l, r, unit, perDay);
    const it = { lineId, code: itemCode(r), name: r.name, category: r.category, date: l.date, quantity: l.qty, unitPrice: unit / 100, amount: amount / 100 };
    return it;
  });
  // per-day limits (non-mutated lines summed per code/date)
  for (const k of Object.keys(perDay)) { const [code] = k.split('|'); const r = row(code); const applies = r.category === 'service' || inpatient; if (applies && r.maxPerDay != null && perDay[k] > r.maxPerDay) throw new Error(`maxPerDay ${k} ${perDay[k]} > ${r.maxPerDay} on ${claimId}`); }
  claim.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund(claim, policy) / 100 };
  claim._sort = inpatient ? spec.dis : spec.visitDate;
  claims.push(claim);
  return { claimId, mutated };
}

function check(claim, l, r, unit, perDay) {
  const inpatient = claim.visitType === 'inpatient';
  const where = `${claim.claimId} ${r.code} ${r.name} ${l.date}`;
  if (r.setting === 'inpatient' && !inpatient) throw new Error('setting ' + where);
  if (r.setting === 'outpatient' && inpatient) throw new Error('setting ' + where);
  if (r.minLevel && claim.provider.level < r.minLevel) throw new Error('level ' + where);
  if (r.gender && claim.patient.gender !== r.gender) throw new Error('gender ' + where);
  const age = ageAt(claim.patient.birthDate, l.date);
  if (r.ageMin != null && age < r.ageMin) throw new Error('ageMin ' + where);
  if (r.ageMax != null && age > r.ageMax) throw new Error('ageMax ' + where);
  if (unit > Math.round(r.priceCap[String(claim.provider.level)] * 100)) throw new Error('price ' + where);
  if (inpatient) { if (l.date < claim.admissionDate || l.date > claim.dischargeDate) throw new Error('date ' + where); }
  else if (l.date !== claim.visitDate) throw new Error('date ' + where);
  if (r.indications && !claim.diagnoses.some(d => r.indications.some(p => d.code.startsWith(p)))) throw new Error('indication ' + where);
  const k = r.code + '|' + l.date; perDay[k] = (perDay[k] || 0) + l.qty;
  if (r.category === 'drug' && r.maxDays && inpatient) { /* short courses only */ }
}

// ---------- operation templates ----------
// anaes: GA hours | 'SA' | 'LA'; pre: nights before the op; los: nights total; cons: [[code,qty]]; exams: admission-day extras
const OPS = {
  tonsil: { dept: 'otolaryngology', name: '扁桃体切除术', dx: ['J35.000'], px: ['28.2x00x002'], surg: [['003304020010001', 1]], ga: 2, cons: [[C.suture, 1]], los: 4, pre: 1, path: 1, age: [5, 35], minLv: 1 },
  adenoid: { dept: 'otolaryngology', name: '腺样体切除术', dx: ['J35.200'], px: ['28.6x00x002'], surg: [['003304020030001', 1]], ga: 1, cons: [], los: 3, pre: 1, path: 1, age: [3, 9], minLv: 2, exams: ['003104010020001'] },
  tonsilAden: { dept: 'otolaryngology', name: '扁桃体伴腺样体切除术', dx: ['J35.300', 'G47.300x037'], px: ['28.3x01'], surg: [['003304020010001', 1], ['003304020030001', 1]], ga: 2, cons: [[C.suture, 1]], los: 4, pre: 1, path: 2, age: [4, 10], minLv: 2, exams: ['003104010020001'] },
  ess: { dept: 'otolaryngology', name: '鼻内镜全组鼻窦手术(双侧)', dx: ['J32.900', 'J33.900'], px: ['22.6301'], surg: [['003304070020201', 2]], ga: 3, cons: [[C.haemo, 2]], los: 6, pre: 1, path: 1, age: [25, 65], minLv: 2, exams: ['003104020010001', '002301010010001'] },
  essOne: { dept: 'otolaryngology', name: '鼻内镜上颌窦手术(单侧)', dx: ['J32.000'], px: ['22.6201'], surg: [['003304070020101', 1]], ga: 2, cons: [[C.haemo, 1]], los: 4, pre: 1, path: 1, age: [25, 65], minLv: 2, exams: ['003104020010001'] },
  grommet: { dept: 'otolaryngology', name: '鼓膜置管术(双侧)', dx: ['H65.300x001'], px: ['20.0100'], surg: [['003304060010001', 2]], ga: 1, cons: [], los: 2, pre: 1, path: 0, age: [3, 8], minLv: 1, exams: ['003104010020001'] },
  septum: { dept: 'otolaryngology', name: '鼻中隔矫正术', dx: ['J34.200'], px: ['21.8400x002'], surg: [['003304070010001', 1]], ga: 2, cons: [[C.haemo, 1]], los: 4, pre: 1, path: 0, age: [20, 55], minLv: 2, exams: ['003104020010001'] },
  turp: { dept: 'urology', name: '经尿道前列腺电切术', dx: ['N40.x00'], px: ['60.2900x004'], surg: [['003306010010001', 1]], anaes: 'SA', cons: [[C.spinalKit, 1], ['C14030150300001674120000001', 1]], los: 6, pre: 1, path: 1, sex: 'M', age: [62, 84], minLv: 2, exams: ['002103010060001', '003110010030001'] },
  urs: { dept: 'urology', name: '输尿管镜激光碎石+双J管置入', dx: ['N20.100'], px: ['56.0x00x005', '59.8x03'], surg: [['003306020010001', 1], ['003306020040001', 1]], ga: 2, cons: [['C14030150400001781530000001', 1], ['C14030150200001263900000001', 1]], los: 4, pre: 1, path: 0, age: [28, 70], minLv: 2, exams: ['002301010060001'] },
  pcnl: { dept: 'urology', name: '经皮肾镜取石术(I期)', dx: ['N20.000'], px: ['55.0300x003', '59.8x04'], surg: [['003306020030001', 1]], ga: 3, cons: [['C14030150400001781530000001', 1], ['C14030150200001263900000001', 1]], los: 7, pre: 1, path: 0, age: [30, 70], minLv: 2, exams: ['002301010060001'] },
  varicose: { dept: 'vascular_surgery', name: '大隐静脉高位结扎+剥脱术', dx: ['I83.900x004'], px: ['38.5901'], surg: [['003307010010001', 1]], anaes: 'SA', cons: [[C.spinalKit, 1], [C.bandage, 2]], los: 5, pre: 1, path: 1, age: [40, 72], minLv: 1, exams: ['002103010040001'] },
  avf: { dept: 'vascular_surgery', name: '为肾透析的动静脉造瘘术', dx: ['N18.500'], px: ['39.2700x001'], surg: [['003307060010001', 1]], anaes: 'LA', cons: [[C.suture, 1]], los: 3, pre: 1, path: 0, age: [35, 78], minLv: 2, exams: [] },
  herniaA: { dept: 'general_surgery', name: '单侧腹股沟斜疝无张力修补术', dx: ['K40.900x003'], px: ['53.0401'], surg: [['003302030010001', 1]], anaes: 'SA', cons: [[C.spinalKit, 1], [C.mesh, 1]], los: 4, pre: 1, path: 0, sex: 'M', age: [40, 80], minLv: 1, exams: [] },
  herniaC: { dept: 'paediatric_surgery', name: '小儿腹股沟斜疝疝囊高位结扎术', dx: ['K40.900x003'], px: ['53.0202'], surg: [['003302030010001', 1]], ga: 1, cons: [[C.suture, 1]], los: 2, pre: 1, path: 0, age: [2, 9], minLv: 2, exams: [] },
  ovary: { dept: 'gynaecology', name: '腹腔镜卵巢囊肿剥除术', dx: ['N83.201'], px: ['65.2500'], surg: [['003305020020001', 1]], ga: 2, cons: [[C.trocar, 1], [C.suture, 2]], los: 5, pre: 1, path: 1, sex: 'F', age: [20, 45], minLv: 2, exams: ['002103010080001'] },
  cataract: { dept: 'ophthalmology', name: '白内障超声乳化+人工晶体植入术', dx: ['H25.900'], px: ['13.7100'], surg: [['003304010010001', 1]], anaes: 'LA', cons: [['C08010150100001152110000001', 1], ['C08010150200001585740000001', 1]], los: 2, pre: 1, path: 0, age: [60, 85], minLv: 2, exams: ['002503010070001', '002503010060001'] },
  strab: { dept: 'ophthalmology', name: '斜视矫正术(单眼)', dx: ['H50.000x002'], px: ['15.1100'], surg: [['003304010050001', 1]], ga: 2, cons: [[C.suture, 1]], los: 3, pre: 1, path: 0, age: [4, 12], minLv: 1, exams: ['002503010060001'] },
  vats: { dept: 'thoracic_surgery', name: '胸腔镜下肺楔形切除术', dx: ['R91.x04'], px: ['32.2001'], surg: [['003308020010001', 1]], ga: 3, cons: [[C.trocar, 1], [C.stapler, 2], [C.bag, 1]], los: 6, pre: 2, path: 1, frozen: 1, age: [40, 70], minLv: 2, exams: [C.ctChest] },
  radius: { dept: 'hand_surgery', name: '桡骨远端骨折切开复位钢板内固定术', dx: ['S52.500x001'], px: ['79.3200'], surg: [['003303020040001', 1]], ga: 2, cons: [['C03010150400001786600000001', 1], ['C03010150500001199820000001', 6]], los: 5, pre: 1, path: 0, age: [30, 75], minLv: 1, exams: [C.xrL], route: 'emergency' },
  ankle: { dept: 'foot_ankle_surgery', name: '踝关节骨折切开复位钢板螺钉内固定术', dx: ['S82.500'], px: ['79.3600x009'], surg: [['003303020070001', 1]], anaes: 'SA', cons: [[C.spinalKit, 1], ['C03010150400001786600000001', 1], ['C03010150500001199820000001', 6]], los: 6, pre: 2, path: 0, age: [25, 70], minLv: 1, exams: [C.xrL], route: 'emergency' },
  jawcyst: { dept: 'oral_maxillofacial', name: '颌骨囊肿刮治术', dx: ['K09.205'], px: ['76.2x04'], surg: [['003304090030001', 1]], ga: 2, cons: [[C.suture, 1]], los: 4, pre: 1, path: 1, age: [18, 60], minLv: 2, exams: [] },
  mandible: { dept: 'oral_maxillofacial', name: '下颌骨骨折切开复位内固定术', dx: ['S02.600'], px: ['76.7602'], surg: [['003304090010001', 1]], ga: 3, cons: [['C03010150400001786600000001', 2], ['C03010150500001199820000001', 8]], los: 6, pre: 2, path: 0, age: [18, 55], minLv: 2, exams: [], route: 'emergency' },
  thyroid: { dept: 'thyroid_breast_surgery', name: '单侧甲状腺叶切除术', dx: ['E04.101'], px: ['06.2x00'], surg: [['003304030010001', 1]], ga: 2, cons: [[C.haemo, 1], [C.suture, 2], [C.drain, 1]], los: 4, pre: 1, path: 1, frozen: 1, age: [25, 65], minLv: 2, exams: ['002103010050001'] },
  breast: { dept: 'thyroid_breast_surgery', name: '单侧乳腺改良根治术', dx: ['C50.900'], px: ['85.4301'], surg: [['003304040010001', 1]], ga: 3, cons: [[C.drain, 2], [C.suture, 3]], los: 8, pre: 2, path: 2, frozen: 1, sex: 'F', age: [40, 70], minLv: 3, exams: ['002103010090001', C.ctChest] },
  chole: { dept: 'general_surgery', name: '腹腔镜下胆囊切除术', dx: ['K80.101'], px: ['51.2300'], surg: [['003302020010001', 1]], ga: 2, cons: [[C.trocar, 1], [C.clip, 4]], los: 4, pre: 1, path: 1, age: [30, 75], minLv: 2, exams: ['002103010010001'] },
  appx: { dept: 'general_surgery', name: '腹腔镜下阑尾切除术', dx: ['K35.800x001'], px: ['47.0100'], surg: [['003302010010001', 1]], ga: 2, cons: [[C.trocar, 1], [C.clip, 2]], los: 4, pre: 0, path: 1, age: [12, 65], minLv: 1, exams: ['002103010010001'], route: 'emergency', abxDays: 3 },
  graft: { dept: 'burns_plastic', name: '下肢二度烧伤切痂中厚皮片移植术', dx: ['T24.200x003', 'T31.100'], px: ['86.6902'], surg: [['003309020010001', 1]], ga: 2, cons: [[C.gauze, 6], [C.bandage, 4]], los: 14, pre: 4, path: 0, age: [20, 65], minLv: 2, exams: [], route: 'emergency', burn: true },
};

function opLevel(op) { let lv = op.minLv; for (const [c] of op.surg) lv = Math.max(lv, row(c).minLevel || 1); for (const [c] of op.cons) lv = Math.max(lv, row(c).minLevel || 1); return lv; }

// base stay: returns spec (not finalized) so typologies can mutate it
function stay(opKey, o = {}) {
  const op = OPS[opKey];
  const m = o.m || member({ sex: op.sex, ageMin: op.age[0], ageMax: op.age[1], region: o.region });
  const h = o.h || hospital(m.region, Math.max(opLevel(op), o.minLevel || 1));
  const adm = o.adm || randDate();
  const pre = o.pre != null ? o.pre : op.pre;
  const los = o.los != null ? o.los : op.los;
  const opDay = addDays(adm, pre);
  const dis = addDays(adm, los);
  const b = new Bill();
  const child = ageAt(m.patient.birthDate, addDays(adm, los)) <= 12;
  // per night: bed, ward round, nursing (入院当日计、出院当日不计)
  for (let i = 0; i < los; i++) {
    const d = addDays(adm, i);
    b.add(op.burn ? C.burnBed : C.bed3, d, 1);
    b.add(C.consultIn, d, 1);
    b.add(d === opDay || d === addDays(opDay, 1) ? C.n1 : C.n2, d, 1);
  }
  // admission work-up (skipped when o.noWorkup: done in clinic)
  if (!o.noWorkup) {
    for (const c of [C.cbc, C.coag, C.inf8, C.lft, C.rft, C.lytes, C.abo, C.ua, C.ecg, C.cxr]) b.add(c, adm, 1);
  }
  for (const c of op.exams || []) b.add(c, adm, 1);
  // operation day
  for (const [c, q] of op.surg) b.add(c, opDay, q);
  const anaes = o.anaes || op.anaes || 'GA';
  const gaH = o.gaHours || op.ga || 2;
  if (anaes === 'GA') {
    b.add(C.ga, opDay, gaH); b.add(C.propofol, opDay, child ? 1 : 2); b.add(C.fentanyl, opDay, child ? 1 : 2); b.add(C.midaz, opDay, 1);
    b.add(C.ecgMon, opDay, gaH + 6); b.add(C.spo2, opDay, gaH + 6);
  } else if (anaes === 'SA') { b.add(C.sa, opDay, 1); b.add(C.ropiv, opDay, 1); b.add(C.ecgMon, opDay, 6); b.add(C.spo2, opDay, 6); }
  else { b.add(C.la, opDay, 1); b.add(C.lido, opDay, 2); }
  b.add(C.gown, opDay, 1);
  for (const [c, q] of op.cons) b.add(c, opDay, q);
  if (op.path) b.add(C.path, opDay, op.path);
  if (op.frozen) b.add(C.frozen, opDay, op.frozen);
  // prophylactic antibiotic + fluids on op day
  b.add(C.cefurox, opDay, child ? 1 : 2); b.add(C.ns, opDay, 2); b.add(C.ringer, opDay, 1);
  b.add(C.iv1, opDay, 1); b.add(C.ivn, opDay, 2); b.add(C.ivSet, opDay, 1); b.add(C.cannula, opDay, 1);
  for (let k = 1; k <= (op.abxDays || 0) - 1; k++) { const d = addDays(opDay, k); if (d < dis) { b.add(C.cefurox, d, 2); b.add(C.ns, d, 1); b.add(C.iv1, d, 1); b.add(C.ivSet, d, 1); } }
  // post-op day 1 dressing, oral analgesic
  const pod1 = addDays(opDay, 1);
  if (pod1 <= dis && anaes !== 'LA') b.add(C.dress, pod1, 1);
  if (pod1 <= dis) b.add(child ? C.paracetChild : C.ibup, pod1, child ? 2 : 4);
  if (op.burn) for (let k = 0; k < los; k += 2) b.add('001205000050001', addDays(adm, k), 12);
  const diags = (o.diags || op.dx).slice();
  const procs = (o.procs || op.px).map(c => [c, opDay]);
  return { m, h, dept: op.dept, visit: 'inpatient', adm, dis, opDay, diags, procs, bill: b, route: o.route || op.route || 'outpatient', op, child };
}

function clinic(m, h, dept, date, dx_, codes, o = {}) {
  const b = new Bill();
  b.add(h.level >= 2 && !o.plain ? C.opd2 : C.opd, date, 1);
  for (const [c, q] of codes) b.add(c, date, q);
  return { m, h, dept, visit: 'outpatient', visitDate: date, diags: dx_, procs: o.procs || [], bill: b };
}

// ---------- labels ----------
let caseSeq = 0;
function label(kind, code, name, fins, targetIdx, variant, typology) {
  caseSeq++;
  const claimIds = fins.map(f => f.claimId);
  const targets = (targetIdx || fins.map((_, i) => i)).map(i => claimIds[i]);
  const mutatedLines = {};
  if (kind === 'fraud') for (const f of fins) if (f.mutated.length) mutatedLines[f.claimId] = f.mutated;
  labels.push({ caseId: 'B129-' + String(caseSeq).padStart(4, '0'), kind, code, name, claimIds, targets, mutatedLines, typology: typology || code, variant: variant || 'overt' });
}
const V = i => (i % 2 === 0 ? 'overt' : 'careful');
const OPKEYS = Object.keys(OPS);

// =============== FRAUD ===============
const T = {};
// T01 高套术式: bill a higher-priced operation than the one coded/performed
T.T01 = ['高套术式（收费术式高于实际手术）', i => {
  const pairs = [['essOne', '003304070020101', '003304070020201'], ['tonsil', '003304020010001', '003304010020001'], ['herniaC', '003302030010001', '003302060010001'], ['chole', '003302020010001', '003302050010001'], ['varicose', '003307010010001', '003307020030001']];
  const careful = [['essOne', '003304070020101', '003304070020201'], ['cataract', '003304010010001', '003304010020001'], ['strab', '003304010050001', '003304010040001'], ['ovary', '003305020020001', '003305020010001'], ['appx', '003302010010001', '003302020010001']];
  const [k, from, to] = (i % 2 ? careful : pairs)[Math.floor(i / 2) % 5];
  const s = stay(k, { minLevel: Math.max(opLevel(OPS[k]), row(to).minLevel || 1) });
  const l = s.bill.lines.find(x => x.code === from); l.code = to; l.r = row(to); l.mut = true;
  return [finalize(s)];
}];
// T02 分解手术收费: component billed beside the operation that includes it
T.T02 = ['分解手术收费（手术包含项目另收）', i => {
  const v = i % 5;
  let s;
  if (v === 0) { s = stay('urs'); s.bill.add('002503010150001', s.opDay, 1, { mut: true }); }
  else if (v === 1) { s = stay('ess'); s.bill.add('003104020010001', s.opDay, 1, { mut: true }); }
  else if (v === 2) { s = stay('vats'); s.bill.add('003308010010001', s.opDay, 1, { mut: true }); }
  else if (v === 3) { s = stay(pick(['chole', 'thyroid', 'tonsil'])); s.bill.add(C.la, s.opDay, 1, { mut: true }); s.bill.add(C.lido, s.opDay, 2); }
  else { s = stay('turp'); s.bill.add(C.cath, s.opDay, 1, { mut: true }); s.bill.add(C.cathKit, s.opDay, 1); }
  return [finalize(s)];
}];
// T03 串换耗材: consumable not used in the coded operation (mesh on a child's high ligation, stapler on a wedge-free op, trocar on open op)
T.T03 = ['串换耗材（术式不用的高值耗材）', i => {
  const v = i % 5; let s;
  if (v === 0) { s = stay('herniaC'); s.bill.add(C.mesh, s.opDay, 1, { mut: true }); }
  else if (v === 1) { s = stay('thyroid'); s.bill.add(C.stapler, s.opDay, 1, { mut: true }); }
  else if (v === 2) { s = stay('varicose'); s.bill.add(C.trocar, s.opDay, 1, { mut: true }); }
  else if (v === 3) { s = stay('radius'); const l = s.bill.lines.find(x => x.code === 'C03010150400001786600000001'); l.code = 'C03010150800001787350000001'; l.r = row(l.code); l.mut = true; }
  else { s = stay('turp'); s.bill.add('C14030150400001781530000001', s.opDay, 1, { mut: true }); }
  return [finalize(s)];
}];
// T04 耗材超量或虚记
T.T04 = ['高值耗材超量/虚记数量', i => {
  const v = i % 5; let s;
  if (v === 0) { s = stay('chole'); const l = s.bill.lines.find(x => x.code === C.clip); l.qty = i % 2 ? 9 : 14; l.mut = true; }
  else if (v === 1) { s = stay('cataract'); const l = s.bill.lines.find(x => x.r.name === '人工晶状体'); l.qty = 2; l.mut = true; }
  else if (v === 2) { s = stay('ankle'); const l = s.bill.lines.find(x => x.code === 'C03010150500001199820000001'); l.qty = i % 2 ? 12 : 16; l.mut = true; }
  else if (v === 3) { s = stay('tonsil'); s.bill.add(C.haemo, s.opDay, i % 2 ? 4 : 6, { mut: true }); }
  else { s = stay('vats'); const l = s.bill.lines.find(x => x.code === C.stapler); l.qty = i % 2 ? 2 : 3; l.mut = true; s.bill.add(C.stapler, addDays(s.opDay, 1), 2, { mut: true }); }
  return [finalize(s)];
}];
// T05 麻醉时长虚增
T.T05 = ['麻醉时长虚增', i => {
  const k = pick(['tonsil', 'adenoid', 'grommet', 'strab', 'herniaC', 'jawcyst']);
  const s = stay(k);
  const l = s.bill.lines.find(x => x.code === C.ga); l.qty = i % 2 ? l.qty + 2 : 8; l.mut = true;
  const mon = s.bill.lines.filter(x => x.code === C.ecgMon || x.code === C.spo2); for (const x of mon) x.qty = Math.min(24, l.qty + 6);
  return [finalize(s)];
}];
// T06 麻醉方式虚增: GA billed for a local/spinal operation, or GA + spinal together
T.T06 = ['麻醉方式虚增（局麻/椎管内手术收全麻或叠收）', i => {
  let s;
  if (i % 2 === 0) { s = stay(pick(['herniaA', 'varicose', 'turp'])); s.bill.add(C.ga, s.opDay, 2, { mut: true }); s.bill.add(C.propofol, s.opDay, 2); }
  else { s = stay(pick(['cataract', 'avf'])); const l = s.bill.lines.find(x => x.code === C.la); l.code = C.ga; l.r = row(C.ga); l.qty = 2; l.mut = true; s.bill.add(C.propofol, s.opDay, 1); }
  return [finalize(s)];
}];
// T07 无指征手术: operation with a diagnosis that does not call for it
T.T07 = ['无指征手术（诊断不支持手术）', i => {
  const v = i % 5; let s;
  if (v === 0) s = stay('tonsil', { diags: ['J03.900'] });
  else if (v === 1) s = stay('turp', { diags: ['N39.000'] });
  else if (v === 2) s = stay('varicose', { diags: ['R60.000'] });
  else if (v === 3) s = stay('ess', { diags: ['J31.000'] });
  else s = stay('chole', { diags: ['R10.400'] });
  return [finalize(s)];
}];
// T08 术前检查重复: clinic work-up, then the same tests repeated on admission day
T.T08 = ['术前检查重复（门诊已做入院再做）', i => {
  const k = pick(['chole', 'thyroid', 'herniaA', 'turp', 'ovary', 'varicose', 'ess']);
  const op = OPS[k];
  const m = member({ sex: op.sex, ageMin: op.age[0], ageMax: op.age[1] });
  const h = hospital(m.region, opLevel(op));
  const adm = randDate('2025-02-01');
  const cd = addDays(adm, -ri(2, 6));
  const tests = [C.cbc, C.coag, C.inf8, C.lft, C.rft, C.ecg, C.cxr];
  const c1 = finalize(clinic(m, h, op.dept, cd, op.dx, tests.map(c => [c, 1]).concat((op.exams || []).map(c => [c, 1]))));
  const s = stay(k, { m, h, adm, noWorkup: true });
  const rep = i % 2 ? [C.coag, C.inf8, C.ecg, C.cxr] : tests.concat(op.exams || []);
  for (const c of rep) s.bill.add(c, adm, 1, { mut: true });
  return [c1, finalize(s)];
}];
// T09 术后挂床
T.T09 = ['术后挂床（短平快手术住院日拉长，术后无诊疗）', i => {
  const k = pick(['cataract', 'grommet', 'herniaC', 'adenoid', 'strab', 'essOne']);
  const op = OPS[k];
  const s = stay(k, { los: op.los + (i % 2 ? 5 : 9) });
  return [finalize(s)];
}];
// T10 日间手术拆分两次住院 (检查入院 + 手术入院)
T.T10 = ['分解住院（术前检查住院与手术住院拆分）', i => {
  const k = pick(['cataract', 'tonsil', 'herniaA', 'varicose', 'thyroid', 'urs']);
  const op = OPS[k];
  const m = member({ sex: op.sex, ageMin: op.age[0], ageMax: op.age[1] });
  const h = hospital(m.region, opLevel(op));
  const a1 = randDate('2025-01-10', '2025-10-30');
  const b = new Bill();
  const n1 = i % 2 ? 2 : 3;
  for (let d = 0; d < n1; d++) { const dd = addDays(a1, d); b.add(C.bed3, dd, 1); b.add(C.consultIn, dd, 1); b.add(C.n2, dd, 1); }
  for (const c of [C.cbc, C.coag, C.inf8, C.lft, C.rft, C.lytes, C.abo, C.ua, C.ecg, C.cxr].concat(op.exams || [])) b.add(c, a1, 1);
  const s1 = { m, h, dept: op.dept, visit: 'inpatient', adm: a1, dis: addDays(a1, n1), diags: op.dx, procs: [], bill: b, route: 'outpatient' };
  const f1 = finalize(s1);
  const s2 = stay(k, { m, h, adm: addDays(a1, n1 + ri(1, 3)), noWorkup: true, pre: 0, los: Math.max(1, op.los - op.pre) });
  return [f1, finalize(s2)];
}];
// T11 病理/冰冻拆分
T.T11 = ['病理/冰冻拆分计费（一份标本多例）', i => {
  const k = pick(['thyroid', 'chole', 'appx', 'ovary', 'tonsil', 'jawcyst']);
  const s = stay(k);
  const p = s.bill.lines.find(x => x.code === C.path); p.qty = i % 2 ? 2 : 4; p.mut = true;
  if (i % 2 === 0) { const f = s.bill.lines.find(x => x.code === C.frozen); if (f) { f.qty = 3; f.mut = true; } else s.bill.add(C.frozen, s.opDay, 2, { mut: true }); }
  if (p.qty > 2) { p.qty = 2; s.bill.add(C.path, addDays(s.opDay, 1), 2, { mut: true }); }
  return [finalize(s)];
}];
// T12 监护/镇痛/护理虚增
T.T12 = ['术后监护与护理等级虚增', i => {
  const k = pick(['tonsil', 'herniaA', 'varicose', 'cataract', 'septum', 'ovary']);
  const s = stay(k);
  for (let d = 1; d < s.op.los - s.op.pre + (i % 2 ? 0 : 1); d++) {
    const dd = addDays(s.opDay, d); if (dd >= s.dis) break;
    s.bill.add(C.ecgMon, dd, 24, { mut: true }); s.bill.add(C.spo2, dd, 24, { mut: true });
    if (i % 2 === 0) { s.bill.add(C.nibp, dd, 24, { mut: true }); }
  }
  if (i % 2 === 0) { const nl = s.bill.lines.find(x => x.code === C.n1 && x.date === s.opDay); nl.code = C.nSpecial; nl.r = row(C.nSpecial); nl.mut = true; }
  return [finalize(s)];
}];
// T13 无指征输血
T.T13 = ['无指征输血（小手术无失血/贫血记录）', i => {
  const k = pick(['herniaA', 'turp', 'varicose', 'ovary', 'thyroid', 'chole', 'radius']);
  const s = stay(k);
  const u = i % 2 ? 2 : 4;
  s.bill.add(C.cross, s.opDay, 1, { mut: true }); s.bill.add(C.rbc, s.opDay, u, { mut: true }); s.bill.add(C.transf, s.opDay, 1, { mut: true }); s.bill.add(C.bset, s.opDay, 1, { mut: true });
  if (i % 2) s.procs.push(['99.0401', s.opDay]);
  return [finalize(s)];
}];
// T14 术中加收/附加项目不符: debridement, VSD on a clean elective operation
T.T14 = ['术中附加项目不符（清洁手术收清创/VSD）', i => {
  const k = pick(['herniaA', 'thyroid', 'varicose', 'ovary', 'chole', 'jawcyst']);
  const s = stay(k);
  s.bill.add(C.debride, s.opDay, 1, { mut: true });
  if (i % 2 === 0) { s.bill.add(C.vsd, s.opDay, 1, { mut: true }); s.bill.add(C.vsdKit, s.opDay, 1, { mut: true }); }
  else { const d = addDays(s.opDay, 2); if (d < s.dis) s.bill.add(C.dressL, d, 1, { mut: true }); }
  return [finalize(s)];
}];
// T15 单侧手术按双侧收费
T.T15 = ['单侧手术按双侧计费', i => {
  const v = i % 3; let s;
  if (v === 0) { s = stay('essOne'); const l = s.bill.lines.find(x => x.code === '003304070020101'); l.qty = 2; l.mut = true; }
  else if (v === 1) { s = stay('grommet', { diags: ['H65.300x001'] }); /* unilateral documented by the hearing test of one ear: coded unilateral */ const l = s.bill.lines.find(x => x.code === '003304060010001'); l.qty = 2; l.mut = true; }
  else { s = stay('strab'); const l = s.bill.lines.find(x => x.code === '003304010050001'); l.qty = 2; l.mut = true; }
  return [finalize(s)];
}];

for (const code of Object.keys(T)) {
  const [name, fn] = T[code];
  for (let i = 0; i < 15; i++) { const fins = fn(i); const tgt = code === 'T08' ? [1] : null; label('fraud', code, name, fins, tgt, V(i)); }
}

// =============== CONTROLS ===============
const CT = {};
CT.C01 = ['腹腔镜中转开腹阑尾切除（开腹计费+已开穿刺器）', 'T01,T03', () => { const s = stay('appx', { procs: ['47.0901'], diags: ['K35.300'] }); const l = s.bill.lines.find(x => x.code === '003302010010001'); l.code = '003302010020001'; l.r = row(l.code); s.bill.lines.find(x => x.code === C.ga).qty = 3; s.dis = addDays(s.dis, 2); s.bill.add(C.bed3, addDays(s.adm, s.op.los), 1); s.bill.add(C.consultIn, addDays(s.adm, s.op.los), 1); s.bill.add(C.n2, addDays(s.adm, s.op.los), 1); s.bill.add(C.bed3, addDays(s.adm, s.op.los + 1), 1); s.bill.add(C.consultIn, addDays(s.adm, s.op.los + 1), 1); s.bill.add(C.n2, addDays(s.adm, s.op.los + 1), 1); return [finalize(s)]; }];
CT.C02 = ['扁桃体术后出血再次入院止血', 'T07,T10', () => { const s = stay('tonsil', { minLevel: 2 }); const f1 = finalize(s); const a2 = addDays(s.dis, ri(3, 6)); const s2 = stay('tonsil', { m: s.m, h: s.h, adm: a2, pre: 0, los: 3, diags: ['T81.000x001', 'J35.000'], procs: ['28.7x01'], route: 'emergency', noWorkup: true }); s2.bill.remove(x => x.code === C.path); s2.bill.add(C.cbc, a2, 1); s2.bill.add(C.coag, a2, 1); s2.bill.add(C.txa, a2, 2); return [f1, finalize(s2)]; }];
CT.C03 = ['双侧同期手术（双侧全组鼻窦/双侧鼓膜置管）', 'T15,T01', i => [finalize(stay(i % 2 ? 'grommet' : 'ess'))]];
CT.C04 = ['双眼白内障分期手术（两次住院间隔两周）', 'T10,T15', () => { const s = stay('cataract'); const f1 = finalize(s); const s2 = stay('cataract', { m: s.m, h: s.h, adm: addDays(s.dis, ri(12, 20)), noWorkup: true }); return [f1, finalize(s2)]; }];
CT.C05 = ['真实长时间全麻（PCNL/乳腺癌根治/下颌骨骨折）', 'T05', () => { const s = stay(pick(['pcnl', 'breast', 'mandible']), { gaHours: ri(4, 6) }); return [finalize(s)]; }];
CT.C06 = ['儿童全麻下小手术（斜视/鼓膜置管/疝高位结扎）', 'T06,T05', () => [finalize(stay(pick(['strab', 'grommet', 'herniaC'])))]];
CT.C07 = ['经皮肾镜术中出血真实输血', 'T13', () => { const s = stay('pcnl', { diags: ['N20.000', 'T81.000x001', 'D62.x00'], los: 9 }); s.procs.push(['99.0401', s.opDay]); s.bill.add(C.cross, s.opDay, 1); s.bill.add(C.rbc, s.opDay, 2); s.bill.add(C.transf, s.opDay, 1); s.bill.add(C.bset, s.opDay, 1); s.bill.add(C.cbc, addDays(s.opDay, 1), 1); s.bill.add('002501010030001', addDays(s.opDay, 2), 1); return [finalize(s)]; }];
CT.C08 = ['胆囊切除+附带阑尾切除同一切口（只收主手术）', 'T02,T01', () => { const s = stay('chole', { procs: ['51.2300', '47.1100'], diags: ['K80.101', 'K36.x00'] }); return [finalize(s)]; }];
CT.C09 = ['术中冰冻确诊后扩大切除（冰冻+石蜡多标本）', 'T11', () => { const s = stay(pick(['vats', 'breast', 'thyroid'])); s.bill.lines.find(x => x.code === C.frozen).qty = 2; s.bill.lines.find(x => x.code === C.path).qty = 2; return [finalize(s)]; }];
CT.C10 = ['术后切口感染延长住院（换药+抗生素）', 'T09', () => { const k = pick(['appx', 'herniaA', 'chole']); const s = stay(k, { los: OPS[k].los + 7 }); s.diags.push('T81.400x001'); for (let d = 3; d < 10; d++) { const dd = addDays(s.opDay, d); if (dd >= s.dis) break; s.bill.add(C.dress, dd, 1); s.bill.add(C.cefurox, dd, 2); s.bill.add(C.ns, dd, 1); s.bill.add(C.iv1, dd, 1); s.bill.add(C.ivSet, dd, 1); } s.bill.add(C.cbc, addDays(s.opDay, 3), 1); return [finalize(s)]; }];
CT.C11 = ['高龄心脏病患者TURP术后心电监护', 'T12', () => { const s = stay('turp', { m: member({ sex: 'M', ageMin: 78, ageMax: 88 }) }); s.diags.push('I25.100', 'I50.900'); for (let d = 1; d <= 2; d++) { const dd = addDays(s.opDay, d); s.bill.add(C.ecgMon, dd, 24); s.bill.add(C.spo2, dd, 24); } s.bill.add('002103010020001', s.adm, 1); return [finalize(s)]; }];
CT.C12 = ['烧伤分次植皮（同次住院两次手术）', 'T01,T04', () => { const s = stay('graft', { los: 20 }); const d2 = addDays(s.opDay, 8); s.bill.add('003309020010001', d2, 1); s.bill.add(C.ga, d2, 2); s.bill.add(C.propofol, d2, 2); s.bill.add(C.fentanyl, d2, 2); s.bill.add(C.gown, d2, 1); s.procs.push(['86.6902', d2]); return [finalize(s)]; }];
CT.C13 = ['门诊术前检查已过期（40天以上）入院复查', 'T08', () => { const k = pick(['chole', 'thyroid', 'herniaA', 'ovary']); const op = OPS[k]; const m = member({ sex: op.sex, ageMin: op.age[0], ageMax: op.age[1] }); const h = hospital(m.region, opLevel(op)); const adm = randDate('2025-04-01'); const c1 = finalize(clinic(m, h, op.dept, addDays(adm, -ri(45, 70)), op.dx, [[C.cbc, 1], [C.coag, 1], [C.ecg, 1]].concat((op.exams || []).map(c => [c, 1])))); return [c1, finalize(stay(k, { m, h, adm }))]; }];
CT.C14 = ['经皮肾镜分期取石（II期再次住院）', 'T10', () => { const s = stay('pcnl'); const f1 = finalize(s); const s2 = stay('pcnl', { m: s.m, h: s.h, adm: addDays(s.dis, ri(10, 20)), procs: ['55.0300x002'], noWorkup: true, los: 5 }); s2.bill.remove(x => x.code === 'C14030150400001781530000001'); return [f1, finalize(s2)]; }];
CT.C15 = ['输尿管镜术后门诊拔除双J管', 'T02,T10', () => { const s = stay('urs'); const f1 = finalize(s); const c = clinic(s.m, s.h, 'urology', addDays(s.dis, ri(21, 35)), ['N20.100'], [['003306020050001', 1], [C.la, 1], [C.lido, 1]], { procs: [['97.6200', addDays(s.dis, 0)]] }); c.procs = []; return [f1, finalize(c)]; }];
CT.C16 = ['动静脉内瘘失功再次手术修补', 'T07,T10', () => { const s = stay('avf'); const f1 = finalize(s); const s2 = stay('avf', { m: s.m, h: s.h, adm: addDays(s.dis, ri(14, 40)), procs: ['39.4200x001'], noWorkup: true }); return [f1, finalize(s2)]; }];
CT.C17 = ['小儿嵌顿疝急诊全麻手术', 'T06,T05', () => { const s = stay('herniaC', { diags: ['K40.300'], route: 'emergency', pre: 0, los: 3 }); return [finalize(s)]; }];
CT.C18 = ['卵巢囊肿蒂扭转夜间急诊腹腔镜', 'T05,T07', () => { const s = stay('ovary', { diags: ['N83.500', 'N83.201'], route: 'emergency', pre: 0, gaHours: 3 }); return [finalize(s)]; }];
CT.C19 = ['多发骨折同期两处内固定', 'T01,T04', () => { const s = stay('ankle', { anaes: 'GA', gaHours: 4 }); s.diags.push('S52.500x001'); s.procs.push(['79.3200', s.opDay]); s.bill.add('003303020040001', s.opDay, 0 + 1); s.bill.lines.find(x => x.code === 'C03010150400001786600000001').qty = 2; s.bill.lines.find(x => x.code === 'C03010150500001199820000001').qty = 11; s.bill.remove(x => x.code === C.spinalKit); return [finalize(s)]; }];
CT.C20 = ['糖尿病患者术前调控血糖延长术前住院', 'T09', () => { const k = pick(['cataract', 'herniaA', 'chole']); const s = stay(k, { pre: 4, los: OPS[k].los + 3 }); s.diags.push('E11.900'); for (let d = 0; d < 4; d++) s.bill.add(C.glucoseMon, addDays(s.adm, d), 4); return [finalize(s)]; }];
CT.C21 = ['双侧输尿管结石同期双侧双J管', 'T04,T15', () => { const s = stay('urs', { diags: ['N20.100', 'N13.202'] }); s.bill.lines.find(x => x.code === 'C14030150400001781530000001').qty = 2; s.bill.lines.find(x => x.code === '003306020040001').qty = 2; s.bill.lines.find(x => x.code === C.ga).qty = 3; return [finalize(s)]; }];
CT.C22 = ['下颌骨多处骨折双板固定', 'T04', () => [finalize(stay('mandible'))]];
CT.C23 = ['乳腺肿物冰冻确诊癌当次改良根治', 'T01,T11', () => { const s = stay('breast', { procs: ['85.2100x003', '85.4301'] }); return [finalize(s)]; }];
CT.C24 = ['疝修补术后尿潴留导尿延长住院', 'T09,T02', () => { const s = stay('herniaA', { los: 7, m: member({ sex: 'M', ageMin: 70, ageMax: 85 }) }); s.diags.push('R33.x00', 'N40.x00'); const d = addDays(s.opDay, 1); s.bill.add(C.cath, d, 1); s.bill.add(C.cathKit, d, 1); s.bill.add('C14030150200001263900000001', d, 1); return [finalize(s)]; }];

for (const code of Object.keys(CT)) {
  const [name, , fn] = CT[code];
  for (let i = 0; i < 15; i++) { const fins = fn(i); label('control', code, name, fins, null, 'overt'); }
}

// =============== ROUTINE ===============
for (let i = 0; i < 100; i++) {
  if (i % 5 === 4) {
    const v = (i / 5) % 4 | 0;
    let f;
    if (v === 0) { const m = member({ ageMin: 25, ageMax: 65 }); f = finalize(clinic(m, hospital(m.region, 1), 'urology', randDate(), ['N20.100'], [['003306020020001', 1], ['002202060010001', 1]], { procs: [['98.5103', null]] })); }
    else if (v === 1) { const m = member({ sex: 'M', ageMin: 8, ageMax: 40 }); const h = hospital(m.region, 1); const d = randDate(); f = finalize(clinic(m, h, 'urology', d, ['N47.x01'], [['003306030010001', 1], [C.la, 1], [C.lido, 1], [C.suture, 1]])); }
    else if (v === 2) { const m = member({ ageMin: 18, ageMax: 70 }); const h = hospital(m.region, 1); f = finalize(clinic(m, h, 'hand_surgery', randDate(), ['S61.000'], [['003309010010001', 1], [C.la, 1], [C.lido, 1], [C.suture, 1]])); }
    else { const m = member({ ageMin: 30, ageMax: 75 }); const h = hospital(m.region, 1); f = finalize(clinic(m, h, 'general_surgery', randDate(), ['K40.900x003'], [[C.dress, 1], ['003309040010001', 1]])); }
    label('routine', 'R', '常规门诊手术/术后处置', [f], [], 'overt');
  } else {
    const k = OPKEYS[i % OPKEYS.length];
    label('routine', 'R', '常规手术住院：' + OPS[k].name, [finalize(stay(k))], [], 'overt');
  }
}

// fix: outpatient procedures with a null date take the visit date
for (const c of claims) for (const p of c.procedures) if (!p.date) p.date = c.visitDate || c.admissionDate;

// ---------- write ----------
claims.sort((a, b) => (a._sort < b._sort ? -1 : a._sort > b._sort ? 1 : a.claimId < b.claimId ? -1 : 1));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), claims.map(c => { delete c._sort; return JSON.stringify(c); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind129: ${claims.length} claims, ${labels.length} cases`);
