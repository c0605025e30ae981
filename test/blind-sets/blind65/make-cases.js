#!/usr/bin/env node
// blind65: organised fraud at institutions and recruited patients (机构欺诈骗保与"拉人头"住院).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CATDIR = path.resolve(opt('--catalogue') || '/work/wt/base64/rules/catalogue');
const GROUPS = opt('--groups');
const POLFILE = path.resolve(CATDIR, '..', 'benefits', 'policies.json');

// ---------- seeded RNG ----------
let seed = 0x65b11d65;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];

// ---------- catalogue ----------
const ROW = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json', 'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json']) {
  const p = path.join(CATDIR, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) ROW[r.code] = r;
}
const BYNAME = {}; for (const r of Object.values(ROW)) BYNAME[r.name] = r;
const P = JSON.parse(fs.readFileSync(POLFILE, 'utf8'));

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const dow = (s) => D(s).getUTCDay();
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const nextDow = (s, w) => { let x = s; while (dow(x) !== w) x = add(x, 1); return x; };

// ---------- regions, hospitals, doctors ----------
const REGION = { '510100': '成都', '510700': '绵阳', '511300': '南充', '220100': '长春', '220200': '吉林', '230100': '哈尔滨', '230600': '大庆', '370100': '济南', '370800': '济宁', '371300': '临沂' };
const HOSP = {};
const TITLES = ['住院医师', '主治医师', '副主任医师', '主任医师'];
function hosp(id, region, level, name, owner, depts) {
  const h = { id, region, level, name, owner, depts: {} };
  let n = 1;
  for (const [dep, titles] of Object.entries(depts)) h.depts[dep] = titles.map(t => ({ id: 'D' + id.slice(-4) + String(n++).padStart(3, '0'), title: TITLES[t] }));
  HOSP[id] = h; return h;
}
// fraud-prone private institutions (民营) and public ones; 6-digit region in the id
hosp('H51010021', '510100', 1, '成都康泰医院(民营一级)', 'private', { internal: [0, 1, 1], rehab: [1, 2], general: [1, 2] });
hosp('H51070011', '510700', 2, '绵阳仁和医院(民营二级)', 'private', { internal: [1, 1, 2], neurology: [1, 2, 3], orthopedics: [1, 2], tcm: [1, 2] });
hosp('H51070012', '510700', 1, '绵阳仁和医院涪城分院(民营一级)', 'private', { internal: [0, 1] });
hosp('H51010051', '510100', 2, '成都济仁骨科医院(民营二级)', 'private', { orthopedics: [1, 1, 2], tcm: [1, 2], rehab: [1, 2] });
hosp('H22010031', '220100', 1, '长春福寿医养结合医院(民营一级)', 'private', { geriatrics: [0, 1, 1], internal: [1, 1] });
hosp('H23060121', '230600', 1, '大庆康乐医养中心医院(民营一级)', 'private', { geriatrics: [0, 1] });
hosp('H23010041', '230100', 2, '哈尔滨康复医院(民营二级)', 'private', { rehab: [1, 1, 2, 3] });
hosp('H51070031', '510700', 2, '绵阳安康康复医院(民营二级)', 'private', { rehab: [1, 1, 2] });
hosp('H37080012', '370800', 2, '济宁鲁正中医医院(民营二级)', 'private', { tcm: [1, 1, 2, 3], internal: [1, 2] });
hosp('H51010041', '510100', 1, '成都杏林中医门诊部(民营一级)', 'private', { tcm: [1, 2] });
hosp('H51130021', '511300', 1, '南充顺安医院(民营一级)', 'private', { internal: [0, 1], general: [1] });
hosp('H37130021', '371300', 1, '临沂福康医院(民营一级)', 'private', { internal: [0, 1, 1] });
hosp('H37080021', '370800', 2, '济宁华康医院(民营二级)', 'private', { internal: [1, 2], neurology: [1, 2], gynecology: [1, 2] });
hosp('H51130031', '511300', 1, '南充市嘉陵区某镇卫生院(公立一级)', 'public', { internal: [0, 1] });
hosp('V51130001', '511300', 1, '南充某村卫生室(公立一级)', 'public', { general: [0] });
hosp('V37130002', '371300', 1, '临沂某社区卫生服务站(公立一级)', 'public', { general: [0, 1] });
hosp('R51010061', '510100', 1, '成都百姓大药房(定点药店)', 'private', { pharmacy: [0] });
hosp('R37130061', '371300', 1, '临沂益民药房(定点药店)', 'private', { pharmacy: [0] });
hosp('R22010061', '220100', 1, '长春康健大药房(定点药店)', 'private', { pharmacy: [0] });
// public
hosp('H51010001', '510100', 3, '成都某三甲医院(公立三级)', 'public', { cardiology: [1, 2, 3], neurology: [1, 2, 3], respiratory: [1, 2, 3], surgery: [1, 2, 3], oncology: [1, 2, 3], ophthalmology: [1, 2, 3], orthopedics: [1, 2, 3], rehab: [1, 2, 3], nephrology: [1, 2, 3], gastro: [1, 2, 3] });
hosp('H22010001', '220100', 3, '长春某三甲医院(公立三级)', 'public', { neurology: [1, 2, 3], rehab: [1, 2, 2, 3], cardiology: [1, 2, 3], respiratory: [1, 2], orthopedics: [1, 2, 3] });
hosp('H23010001', '230100', 3, '哈尔滨某三甲医院(公立三级)', 'public', { oncology: [1, 2, 3], cardiology: [1, 2, 3], surgery: [1, 2, 3], nephrology: [1, 2, 3] });
hosp('H37010001', '370100', 3, '济南某三甲医院(公立三级)', 'public', { neurology: [1, 2, 3], ophthalmology: [1, 2, 3], gastro: [1, 2, 3], surgery: [1, 2, 3] });
hosp('H37010011', '370100', 3, '济南某中医医院(公立三级)', 'public', { tcm: [1, 1, 2, 3], acupuncture: [1, 2, 3] });
hosp('H51130002', '511300', 2, '南充某县人民医院(公立二级)', 'public', { internal: [1, 1, 2, 3], pediatrics: [1, 2], surgery: [1, 2, 3], infectious: [1, 2] });
hosp('H37080002', '370800', 2, '济宁某县人民医院(公立二级)', 'public', { cardiology: [1, 2, 3], internal: [1, 2, 3], ophthalmology: [1, 2], orthopedics: [1, 2] });
hosp('H51010101', '510100', 1, '成都某社区卫生服务中心(公立一级)', 'public', { general: [0, 1, 1], rehab: [1] });
hosp('H22010101', '220100', 1, '长春某社区卫生服务中心(公立一级)', 'public', { general: [0, 1], rehab: [1] });
hosp('H23060101', '230600', 1, '大庆某医养结合护理院(公立一级)', 'public', { geriatrics: [0, 1, 1] });
hosp('H37130001', '371300', 2, '临沂某县人民医院(公立二级)', 'public', { internal: [1, 2, 3], neurology: [1, 2], orthopedics: [1, 2] });
hosp('H22020002', '220200', 2, '吉林市某区人民医院(公立二级)', 'public', { internal: [1, 2], general: [1, 2] });
const doc = (h, dep, i) => { const l = HOSP[h].depts[dep]; return l[(i == null ? ri(0, l.length - 1) : i) % l.length]; };

// ---------- people ----------
let pseq = 6500000;
const SUR = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'.split('');
function person(region, { age = ri(30, 70), gender = rnd() < 0.5 ? 'M' : 'F', type, retired, chronic } = {}) {
  const y = 2025 - age; const birthDate = `${y}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const tp = type || (rnd() < 0.55 ? 'employee' : 'resident');
  const ret = tp === 'employee' ? (retired != null ? retired : age >= (gender === 'M' ? 62 : 57)) : false;
  const contributionYears = tp === 'employee' ? (ret ? ri(31, 40) : Math.max(1, Math.min(age - 20, ri(5, 30)))) : 0;
  return {
    insuredId: 'P' + (pseq++), region, type: tp, surname: pick(SUR),
    patient: { insuredId: null, gender, birthDate, retired: ret },
    enrollment: { enrolledOn: tp === 'resident' ? '2025-01-01' : '2012-01-01', inConcentratedPeriod: true, continuousYears: ri(4, 12), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null, ...(chronic ? { chronicDiseases: chronic } : {}) },
  };
}

// ---------- bills ----------
class Bill {
  constructor(h, setting, pt) { this.h = h; this.level = HOSP[h].level; this.setting = setting; this.pt = pt; this.items = []; this.mut = []; }
  add(code, qty, date, o = {}) {
    const r = ROW[code]; if (!r) throw new Error('no row ' + code);
    if (!(qty > 0)) throw new Error('qty ' + code);
    const cap = Math.round(r.priceCap[String(this.level)] * 100);
    const unit = o.f ? Math.floor(cap * o.f) : cap;
    const amount = Math.round(unit * qty);
    const lineId = String(this.items.length + 1);
    this.items.push({ lineId, code: (r.products && r.products[0]) || r.code, name: r.name, category: r.category, date, quantity: qty, unitFen: unit, amountFen: amount, row: r, legit: !o.mut });
    if (o.mut) this.mut.push(lineId);
    return lineId;
  }
  daily(code, qty, start, days, o = {}) { for (let i = 0; i < days; i++) this.add(code, qty, add(start, i), o); }
}
const C = (name) => { const r = BYNAME[name]; if (!r) throw new Error('no name ' + name); return r.code; };

// ---------- claims ----------
const CLAIMS = []; let cseq = 0;
function claim({ h, dep, d, pt, vt, adm, dis, date, dx, procs = [], bill, route, mode, from, insuredRegion }) {
  const H = HOSP[h];
  const c = { _i: cseq++, _pt: pt, _bill: bill, _settle: vt === 'inpatient' ? dis : date, _prov: (insuredRegion || H.region).slice(0, 2), _pregion: insuredRegion || H.region };
  c.claimId = null;
  c.region = H.region;
  if (insuredRegion && insuredRegion !== H.region) c.insuredRegion = insuredRegion;
  c.insuranceType = pt.type; c.visitType = vt;
  c.patient = { ...pt.patient, insuredId: pt.insuredId };
  c.enrollment = { ...pt.enrollment };
  const dd = d || doc(h, dep);
  c.provider = { hospitalId: h, level: H.level, department: dep, doctorId: dd.id };
  c._title = dd.title;
  if (vt === 'inpatient') { c.admissionDate = adm; c.dischargeDate = dis; } else c.visitDate = date;
  c.diagnoses = dx.map((x, i) => (i === 0 ? { code: x, principal: true } : { code: x }));
  c.procedures = procs.map(([code, dt]) => ({ code, date: dt }));
  if (vt === 'inpatient') { c.reportedGroup = { drg: null, dip: null }; if (route) c.admissionRoute = route; c.dischargeMode = mode || 'ordered'; if (from) c.transferFromHospitalId = from; }
  CLAIMS.push(c); return c;
}
function consult(b, d, date) { // outpatient consult fee by level and the doctor's title
  const L = b.level;
  if (HOSP[b.h].depts.general && (L === 1)) return b.add(C('一般诊疗费'), 1, date);
  if (L >= 2 && d.title === '主任医师') return b.add(C('主任医师门诊诊察费'), 1, date);
  if (L >= 2 && d.title === '副主任医师') return b.add(C('副主任医师门诊诊察费'), 1, date);
  return b.add(C('普通门诊诊察费'), 1, date);
}
function stayDaily(b, adm, n, { bed = '普通病房床位费(三人间)', nurse = 'Ⅱ级护理', consultFee = true } = {}) {
  for (let i = 0; i < n; i++) { const dt = add(adm, i); b.add(C(bed), 1, dt); b.add(C(nurse), 1, dt); if (consultFee) b.add(C('住院诊查费'), 1, dt); }
}
function labsAdmit(b, dt, extra = []) {
  for (const n of ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '空腹血糖测定', '常规心电图检查', ...extra]) b.add(C(n), 1, dt);
}
function iv(b, dt, groups, drugs, o = {}) { // drugs: [[name, qty]]
  b.add(C('静脉输液(第一组)'), 1, dt, o); if (groups > 1) b.add(C('静脉输液(每增加一组)'), groups - 1, dt, o);
  b.add(C('一次性使用输液器'), 1, dt, o);
  for (const [n, q] of drugs) b.add(C(n), q, dt, o);
}

// ---------- labels ----------
const LABELS = [];
const NAMES = {};
function label(kind, code, caseNo, claims, targets, mut) {
  const caseId = `${code}-${String(caseNo).padStart(2, '0')}`;
  const l = { caseId, kind, code, name: NAMES[code] || 'routine', claimIds: claims, targets: targets, mutatedLines: mut || {} };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  LABELS.push(l);
}
const mutOf = (cl) => { const m = {}; for (const c of cl) if (c._bill && c._bill.mut.length) m[c._i] = c._bill.mut.slice(); return m; };

// ---------- clinical templates ----------
function pneumoniaStay(h, dep, pt, adm, n, o = {}) {
  const b = new Bill(h, 'inpatient', pt);
  stayDaily(b, adm, n, { nurse: o.nurse || 'Ⅱ级护理' });
  labsAdmit(b, adm, ['C反应蛋白测定', '胸部X线摄影(正侧位)', '细菌培养及药敏']);
  b.add(C('血常规(五分类)'), 1, add(adm, Math.min(4, n - 1)));
  for (let i = 0; i < Math.min(n, 7); i++) iv(b, add(adm, i), 2, [['注射用头孢曲松钠', 2], ['氯化钠注射液', 2]]);
  b.add(C('盐酸氨溴索片'), 3 * n, adm);
  if (o.oxygen) for (let i = 0; i < 3; i++) { b.add(C('吸氧'), 12, add(adm, i)); }
  if (o.oxygen) b.add(C('一次性使用吸氧管'), 1, adm);
  return b;
}
function noroStay(h, pt, adm, n) {
  const b = new Bill(h, 'inpatient', pt);
  stayDaily(b, adm, n);
  labsAdmit(b, adm, ['大便常规+隐血', 'C反应蛋白测定']);
  for (let i = 0; i < n; i++) iv(b, add(adm, i), 2, [['葡萄糖氯化钠注射液', 1], ['复方氯化钠注射液', 1], ['氯化钾注射液', 1]]);
  b.add(C('蒙脱石散'), 3 * n, adm); b.add(C('电解质(四项)'), 1, add(adm, 1));
  return b;
}
function opBill(h, pt, d, dt, lines) { const b = new Bill(h, 'outpatient', pt); consult(b, d, dt); for (const [n, q, o] of lines) b.add(C(n), q, dt, o || {}); return b; }

// ---------- case writers ----------
const START = '2025-03-03';
const mondays = []; for (let x = START; x < '2025-11-20'; x = add(x, 7)) mondays.push(x);

const TYP = {
  T01: '拉人头低标准入院(体检式住院): recruited elderly, stable chronic conditions, exam-only stays in batches',
  T02: '挂床住院: on the books, not in bed (no treatment after day 2; member seen elsewhere mid-stay)',
  T03: '虚构住院 with a borrowed card: stay overlaps the card holder\'s own visit elsewhere',
  T04: '冒名就医: items impossible for the card holder (gender/age) or same-day visits in two cities',
  T05: '村卫生室/社区 invented visits for 签约 residents (after death, during a stay elsewhere)',
  T06: '医养结合 billing daily care as treatment (oxygen, monitoring, infusions every day, monthly back-to-back stays)',
  T07: '康复医院 虚记 therapy courses (therapies without indication, every day incl. Sundays)',
  T08: '中医馆 courses nobody received (maxed-out daily TCM packages; sessions during a stay elsewhere)',
  T09: '串换: 丙类 gifts/pads/health checks billed as covered herbs, gauze, exams',
  T10: '超量开药/倒卖 through recruited members\' cards (overlapping supplies of costly chronic drugs)',
  T11: '分解住院 of recruited patients (readmission, also at a sister institution or just past 15 days)',
  T12: '重复收费/分解收费 in group bills (bundled components, double infusion, exclusive beds/nursing)',
  T13: '过度检查 on recruited patients (imaging/lab battery unrelated to the diagnosis)',
  T14: '超限定支付 in recruited stays (restricted injections/nutrition outside their scope)',
  T15: '中介 bringing groups from far away (异地, same admission dates, same diagnoses, identical bills)',
};
const CTL = {
  C01: 'real norovirus outbreak: nursing-home residents admitted together with the same bills',
  C02: 'public-health screening follow-up stays of the few who needed them',
  C03: 'stroke rehabilitation ward with similar bills (aphasia/dysphagia coded, weekdays only)',
  C04: 'nursing-home resident with a real pneumonia',
  C05: '家庭医生 monthly follow-ups of hypertension/diabetes on the same day of the month',
  C06: 'genuine long stay of a frail patient with heart failure (oxygen and monitoring justified)',
  C07: 'readmission within 15 days for a different condition (fall and hip fracture after pneumonia)',
  C08: 'planned chemotherapy cycles every 21 days',
  C09: '长处方 12 weeks for stable chronic disease',
  C10: 'real acupuncture course for Bell palsy / disc herniation on weekdays',
  C11: '家庭病床 of a bedridden resident (no bed fee, home visits)',
  C12: 'short stay, left against advice after one night',
  C13: 'comprehensive but justified work-up (syncope, acute stroke)',
  C14: '异地安置 retirees treated where they live',
  C15: 'one doctor\'s template hypertension visits on one morning',
  C16: 'restricted drugs inside their scope (acute stroke 银杏叶, NPO nutrition after colectomy)',
  C17: 'repeat haemoglobin checks in GI bleeding (not duplicates)',
  C18: 'family cluster with influenza on the same day',
  C19: 'insulin refills on schedule with dose changes',
  C20: 'Monday cataract list: same items, same doctor, same day',
  C21: 'transfer down to a community hospital for continued rehabilitation',
  C22: 'ordinary 7-剂 herbal prescriptions at usual doses',
  C23: 'haemodialysis three times a week',
  C24: 'community follow-up the day after discharge from a tertiary hospital',
};
Object.assign(NAMES, TYP, CTL);

const elderly = (region, o = {}) => person(region, { age: ri(66, 84), ...o });

// T01 拉人头低标准入院
function T01() {
  const hs = ['H51010021', 'H51070011', 'H37130021'];
  for (let k = 0; k < 15; k++) {
    const h = hs[k % 3]; const H = HOSP[h]; const dep = 'internal';
    const batch = mondays[4 + Math.floor(k / 3) * 3]; // three patients of three institutions share a Monday
    const adm = add(batch, k % 2); const n = ri(6, 8);
    const pt = elderly(H.region, { type: rnd() < 0.6 ? 'resident' : 'employee' });
    const dx = pick([['I67.200', 'I10.x00x002'], ['I10.x04', 'E78.500'], ['E11.900', 'I10.x00x002'], ['R42.x00x004', 'I67.200'], ['G45.002', 'I10.x00x002']]);
    const mk = (a, careful) => {
      const b = new Bill(h, 'inpatient', pt);
      stayDaily(b, a, n, { nurse: 'Ⅲ级护理' });
      labsAdmit(b, a, ['血脂(四项)', '大便常规+隐血', '胸部X线摄影(正侧位)']);
      if (!careful) { for (const x of ['颈部血管彩色多普勒超声', '心脏彩色多普勒超声', '腹部B超', '头颅CT平扫']) b.add(C(x), 1, add(a, 1)); }
      else b.add(C('颈部血管彩色多普勒超声'), 1, add(a, 1));
      b.add(C('复方丹参滴丸'), 30 * n, a); b.add(C('阿司匹林肠溶片'), n, a);
      if (H.level >= 2) for (let i = 0; i < Math.min(n, 7); i++) iv(b, add(a, i), 1, [['疏血通注射液', 4], ['氯化钠注射液', 1]]);
      else for (let i = 0; i < n; i++) iv(b, add(a, i), 1, [['葡萄糖注射液', 1]]);
      return b;
    };
    const careful = k % 3 === 2;
    const cl = [];
    if (k % 3 === 0) { // repeat recruitment a quarter earlier at the same institution
      const a0 = add(adm, -91); cl.push(claim({ h, dep, pt, vt: 'inpatient', adm: a0, dis: add(a0, n), dx, bill: mk(a0, careful), route: 'outpatient' }));
    }
    cl.push(claim({ h, dep, pt, vt: 'inpatient', adm, dis: add(adm, n), dx, bill: mk(adm, careful), route: 'outpatient' }));
    label('fraud', 'T01', k + 1, cl, cl, {});
  }
}
// T02 挂床住院
function T02() {
  const hs = ['H22010031', 'H51130021', 'H51010021'];
  for (let k = 0; k < 15; k++) {
    const h = hs[k % 3]; const H = HOSP[h]; const dep = HOSP[h].depts.internal ? 'internal' : 'geriatrics';
    const pt = elderly(H.region, { age: ri(60, 78) });
    const adm = add(mondays[2 + k * 2], ri(0, 3)); const n = ri(12, 16);
    const dx = pick([['M47.201'], ['M54.505'], ['I69.300', 'I10.x00x002'], ['M17.900']]);
    const b = new Bill(h, 'inpatient', pt);
    stayDaily(b, adm, n, { nurse: 'Ⅲ级护理' });
    labsAdmit(b, adm);
    b.add(C('推拿治疗'), 1, adm); b.add(C('针灸'), 1, add(adm, 1));
    if (k % 3 === 2) for (let i = 4; i < n; i += 4) b.add(C('推拿治疗'), 1, add(adm, i)); // careful: a sprinkle of sessions
    b.add(C('双氯芬酸钠缓释片'), n, adm);
    const cl = [claim({ h, dep, pt, vt: 'inpatient', adm, dis: add(adm, n), dx, bill: b, route: 'outpatient' })];
    if (k < 8) { // the member buys his own medicine at a pharmacy mid-stay (not in bed)
      const ph = { '220100': 'R22010061', '511300': 'R51010061', '510100': 'R51010061' }[H.region];
      const pb = new Bill(ph, 'outpatient', pt); const dt = add(adm, ri(4, n - 3));
      pb.add(C('苯磺酸氨氯地平片'), 28, dt); pb.add(C('阿托伐他汀钙片'), 28, dt);
      cl.push(claim({ h: ph, dep: 'pharmacy', pt, vt: 'pharmacy', date: dt, dx: ['I10.x00x002'], bill: pb }));
    }
    label('fraud', 'T02', k + 1, cl.map(c => c), [cl[0]], {});
  }
}
// T03 虚构住院 with a borrowed card
function T03() {
  const hs = ['H37080021', 'H51130031', 'H51130021'];
  for (let k = 0; k < 15; k++) {
    const h = hs[k % 3]; const H = HOSP[h]; const dep = 'internal';
    const pt = person(H.region, { age: ri(35, 60), type: 'employee' });
    const adm = add(mondays[3 + k * 2], ri(0, 4)); const n = ri(5, 7);
    const b = pneumoniaStay(h, dep, pt, adm, n);
    const ph = claim({ h, dep, pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['J18.900'], bill: b, route: 'outpatient' });
    // the card holder works in another city and is seen there during the "stay"
    const oh = pick(['H51010001', 'H37010001', 'H22010001']); const odep = HOSP[oh].depts.gastro ? 'gastro' : 'cardiology';
    const dt = add(adm, ri(1, n - 1)); const d = doc(oh, odep);
    const ob = opBill(oh, pt, d, dt, [['血常规(五分类)', 1], ['奥美拉唑肠溶胶囊', 28]]);
    const real = claim({ h: oh, dep: odep, d, pt, vt: 'outpatient', date: dt, dx: ['K29.500'], bill: ob, insuredRegion: H.region });
    label('fraud', 'T03', k + 1, [ph, real], [ph], {});
  }
}
// T04 冒名就医
function T04() {
  for (let k = 0; k < 15; k++) {
    let cl, tg, mut = {};
    if (k < 5) { // male card, gynaecology visit
      const h = 'H37080021'; const pt = person('370800', { age: ri(30, 50), gender: 'M' }); const dt = add(mondays[5 + k * 5], 2); const d = doc(h, 'gynecology');
      const b = opBill(h, pt, d, dt, [['妇科B超', 1, { mut: 1 }], ['宫颈液基细胞学检查(TCT)', 1, { mut: 1 }], ['地屈孕酮片', 20, { mut: 1 }]]);
      const c = claim({ h, dep: 'gynecology', d, pt, vt: 'outpatient', date: dt, dx: ['N92.100'], bill: b }); cl = [c]; tg = [c];
    } else if (k < 10) { // an 80-year-old woman's card used for pregnancy care
      const h = 'H37080021'; const pt = person('370800', { age: ri(76, 86), gender: 'F' }); const dt = add(mondays[6 + (k - 5) * 5], 3); const d = doc(h, 'gynecology');
      const b = opBill(h, pt, d, dt, [['产科B超', 1, { mut: 1 }], ['人绒毛膜促性腺激素(β-HCG)测定', 1, { mut: 1 }], ['黄体酮注射液', 5, { mut: 1 }], ['肌肉注射', 1]]);
      const c = claim({ h, dep: 'gynecology', d, pt, vt: 'outpatient', date: dt, dx: ['O20.000'], bill: b }); cl = [c]; tg = [c];
    } else { // careful: the same card at two institutions 300 km apart on one day
      const pt = person('510100', { age: ri(40, 65), type: 'employee' }); const dt = add(mondays[4 + (k - 10) * 6], 1);
      const d1 = doc('H51010001', 'cardiology'); const b1 = opBill('H51010001', pt, d1, dt, [['常规心电图检查', 1], ['苯磺酸氨氯地平片', 28]]);
      const c1 = claim({ h: 'H51010001', dep: 'cardiology', d: d1, pt, vt: 'outpatient', date: dt, dx: ['I10.x00x002'], bill: b1 });
      const d2 = doc('H51130021', 'internal'); const b2 = opBill('H51130021', pt, d2, dt, [['血常规(五分类)', 1], ['阿莫西林胶囊', 24], ['复方甘草片', 27]]);
      const c2 = claim({ h: 'H51130021', dep: 'internal', d: d2, pt, vt: 'outpatient', date: dt, dx: ['J20.900'], bill: b2, insuredRegion: '510100' });
      cl = [c1, c2]; tg = [c2];
    }
    label('fraud', 'T04', k + 1, cl, tg, 'AUTO');
  }
}
// T05 村卫生室/社区 invented visits
function T05() {
  for (let k = 0; k < 15; k++) {
    const v = k % 2 ? 'V37130002' : 'V51130001'; const H = HOSP[v]; const county = v[0] === 'V' && H.region === '511300' ? 'H51130002' : 'H37130001';
    const pt = elderly(H.region, { type: 'resident', chronic: ['I10'] });
    const d = doc(v, 'general');
    const cl = []; const tg = [];
    const visit = (dt, fake) => {
      const b = opBill(v, pt, d, dt, [['血糖监测(快速)', 1], ['血糖试纸', 1], ['苯磺酸氨氯地平片', 14], ['阿司匹林肠溶片', 14]]);
      const c = claim({ h: v, dep: 'general', d, pt, vt: 'outpatient', date: dt, dx: ['I10.x00x002'], bill: b }); cl.push(c); if (fake) tg.push(c); return c;
    };
    const base = add('2025-03-10', k * 7);
    visit(base, false);
    if (k < 5) { // dies in the county hospital; the clinic keeps billing
      const adm = add(base, 20); const n = ri(4, 8); const b = new Bill(county, 'inpatient', pt);
      stayDaily(b, adm, n, { bed: '监护病房床位费', nurse: 'Ⅰ级护理' }); labsAdmit(b, adm, ['头颅CT平扫', 'C反应蛋白测定']);
      for (let i = 0; i < n; i++) iv(b, add(adm, i), 2, [['甘露醇注射液', 2], ['氯化钠注射液', 2]]);
      b.daily(C('心电监测'), 24, adm, n); b.daily(C('吸氧'), 24, adm, n);
      cl.push(claim({ h: county, dep: HOSP[county].depts.neurology ? 'neurology' : 'internal', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['I61.902', 'I10.x05'], bill: b, route: 'emergency', mode: 'death' }));
      visit(add(adm, n + 12), true); visit(add(adm, n + 42), true);
    } else if (k < 10) { // in the county hospital on the "visit" day
      const adm = add(base, 25); const n = ri(8, 10);
      cl.push(claim({ h: county, dep: 'internal', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['J18.900', 'I10.x00x002'], bill: pneumoniaStay(county, 'internal', pt, adm, n, { oxygen: true }), route: 'emergency' }));
      visit(add(adm, ri(2, n - 2)), true);
    } else { // careful: clinic visits while the member lives with a child in another province (pharmacy claims there)
      const far = H.region === '511300' ? ['R37130061', '371300'] : ['R51010061', '510100'];
      for (let j = 0; j < 2; j++) {
        const dt = add(base, 30 + j * 28); const pb = new Bill(far[0], 'outpatient', pt); pb.add(C('苯磺酸氨氯地平片'), 28, dt);
        cl.push(claim({ h: far[0], dep: 'pharmacy', pt, vt: 'pharmacy', date: dt, dx: ['I10.x00x002'], bill: pb, insuredRegion: H.region }));
        visit(add(dt, ri(2, 6)), true);
      }
    }
    label('fraud', 'T05', k + 1, cl, tg, {});
  }
}
// T06 医养结合 care billed as treatment
function T06() {
  const hs = ['H22010031', 'H23060121'];
  for (let k = 0; k < 15; k++) {
    const h = hs[k % 2]; const H = HOSP[h]; const pt = person(H.region, { age: ri(80, 93), type: rnd() < 0.5 ? 'employee' : 'resident' });
    const dx = pick([['I69.300', 'F03.x00'], ['F03.x00', 'I10.x00x002'], ['G81.900', 'I69.300']]);
    const careful = k % 3 === 2;
    const a1 = add('2025-04-01', k * 9); const cl = [];
    for (let m = 0; m < 2; m++) {
      const adm = m === 0 ? a1 : add(a1, 30); const n = 29;
      const b = new Bill(h, 'inpatient', pt);
      stayDaily(b, adm, n, { nurse: 'Ⅰ级护理' });
      if (m === 0) labsAdmit(b, adm);
      b.add(C('阿司匹林肠溶片'), n, adm);
      for (let i = 0; i < n; i++) {
        const dt = add(adm, i);
        b.add(C('吸氧'), careful ? 6 : 12, dt, { mut: 1 });
        b.add(C('心电监测'), careful ? 8 : 12, dt, { mut: 1 });
        if (!careful) { b.add(C('血氧饱和度监测'), 12, dt, { mut: 1 }); b.add(C('血糖监测(快速)'), 3, dt, { mut: 1 }); }
        if (!careful || i % 2 === 0) iv(b, dt, 1, [['氯化钠注射液', 1]], { mut: 1 });
      }
      cl.push(claim({ h, dep: 'geriatrics', pt, vt: 'inpatient', adm, dis: add(adm, n), dx, bill: b, route: m ? 'other' : 'outpatient' }));
      // back-to-back: next stay begins the day after discharge
    }
    // second stay starts the day after the first discharge
    label('fraud', 'T06', k + 1, cl, cl, 'AUTO');
  }
}
// T07 rehabilitation courses not received
function T07() {
  const hs = ['H23010041', 'H51070031'];
  for (let k = 0; k < 15; k++) {
    const h = hs[k % 2]; const H = HOSP[h]; const pt = person(H.region, { age: ri(55, 80) });
    const dx = pick([['M17.900'], ['M51.202'], ['M47.201'], ['I69.300', 'I10.x00x002']]);
    const adm = add(mondays[3 + k * 2], ri(0, 2)); const n = ri(14, 20);
    const b = new Bill(h, 'inpatient', pt); stayDaily(b, adm, n); labsAdmit(b, adm);
    b.add(C('康复评定'), 1, adm); b.add(C('康复评定'), 1, add(adm, n - 1));
    const careful = k % 3 === 2;
    for (let i = 0; i < n; i++) {
      const dt = add(adm, i); const wd = dow(dt) !== 0 && dow(dt) !== 6;
      if (wd && i > 0) b.add(C('运动疗法'), 1, dt);
      if (careful) { if (wd && i > 0) { b.add(C('言语训练'), 1, dt, { mut: 1 }); b.add(C('吞咽功能障碍训练'), 1, dt, { mut: 1 }); } continue; }
      b.add(C('作业疗法'), 2, dt, { mut: 1 }); b.add(C('言语训练'), 2, dt, { mut: 1 }); b.add(C('吞咽功能障碍训练'), 2, dt, { mut: 1 });
      b.add(C('认知知觉功能障碍训练'), 2, dt, { mut: 1 }); b.add(C('减重支持系统训练'), 2, dt, { mut: 1 }); b.add(C('手功能训练'), 2, dt, { mut: 1 });
      b.add(C('普通针刺'), 1, dt, { mut: 1 }); b.add(C('推拿治疗'), 2, dt, { mut: 1 });
    }
    b.add(C('塞来昔布胶囊'), 2 * n, adm);
    const c = claim({ h, dep: 'rehab', pt, vt: 'inpatient', adm, dis: add(adm, n), dx, bill: b, route: 'outpatient' });
    label('fraud', 'T07', k + 1, [c], [c], 'AUTO');
  }
}
// T08 TCM courses nobody received
function T08() {
  const hs = ['H37080012', 'H51010041'];
  for (let k = 0; k < 15; k++) {
    const h = hs[k % 2]; const H = HOSP[h]; const pt = elderly(H.region); const d = doc(h, 'tcm');
    const dx = pick([['M54.505'], ['M47.201'], ['M75.001'], ['M17.900']]);
    const start = add(mondays[2 + k * 2], ri(0, 2)); const cl = []; const tg = [];
    if (k < 10) {
      for (let i = 0; i < 10; i++) { // ten consecutive days incl. the weekend, a maxed-out package each day
        const dt = add(start, i); const b = new Bill(h, 'outpatient', pt); consult(b, d, dt);
        b.add(C('电针'), 6, dt, { mut: 1 }); b.add(C('温针'), 1, dt, { mut: 1 }); b.add(C('灸法'), 1, dt, { mut: 1 });
        b.add(C('拔罐疗法'), 5, dt, { mut: 1 }); b.add(C('穴位贴敷治疗'), 10, dt, { mut: 1 }); b.add(C('中药定向透药疗法'), 3, dt, { mut: 1 });
        b.add(C('刮痧治疗'), 1, dt, { mut: 1 }); b.add(C('中药熏洗治疗（局部）'), 1, dt, { mut: 1 });
        const c = claim({ h, dep: 'tcm', d, pt, vt: 'outpatient', date: dt, dx, bill: b }); cl.push(c); tg.push(c);
      }
    } else { // careful: modest sessions, but the member is in hospital elsewhere on those days
      const oh = H.region === '370800' ? 'H37080002' : 'H51010001'; const adm = start; const n = 7;
      cl.push(claim({ h: oh, dep: oh === 'H37080002' ? 'internal' : 'respiratory', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['J44.100'], bill: (() => { const b = pneumoniaStay(oh, 'internal', pt, adm, n, { oxygen: true }); b.daily(C('吸入用布地奈德混悬液'), 2, adm, n); b.daily(C('雾化吸入'), 2, adm, n); return b; })(), route: 'emergency' }));
      for (let i = 1; i < 6; i++) {
        const dt = add(adm, i); const b = new Bill(h, 'outpatient', pt); consult(b, d, dt);
        b.add(C('普通针刺'), 1, dt); b.add(C('拔罐疗法'), 2, dt);
        const c = claim({ h, dep: 'tcm', d, pt, vt: 'outpatient', date: dt, dx, bill: b }); cl.push(c); tg.push(c);
      }
    }
    label('fraud', 'T08', k + 1, cl, tg, k < 10 ? 'AUTO' : {});
  }
}
// T09 串换
function T09() {
  for (let k = 0; k < 15; k++) {
    let cl;
    if (k < 5) { // nursing pads (丙) billed as gauze in a 医养 stay
      const h = 'H22010031'; const pt = person('220100', { age: ri(82, 92) }); const adm = add('2025-05-05', k * 11); const n = ri(20, 26);
      const b = new Bill(h, 'inpatient', pt); stayDaily(b, adm, n, { nurse: 'Ⅱ级护理' }); labsAdmit(b, adm);
      b.add(C('阿司匹林肠溶片'), n, adm); b.add(C('盐酸多奈哌齐片'), n, adm);
      for (let i = 0; i < n; i++) b.add(C('医用脱脂纱布'), ri(8, 10), add(adm, i), { mut: 1 });
      cl = [claim({ h, dep: 'geriatrics', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['F03.x00', 'I10.x00x002'], bill: b, route: 'outpatient' })];
    } else if (k < 10) { // 西洋参/红参 gifts billed as 党参/黄芪 in a 7-剂 prescription
      const h = 'H37080012'; const pt = elderly('370800'); const dt = add('2025-04-08', (k - 5) * 16); const d = doc(h, 'tcm');
      const b = new Bill(h, 'outpatient', pt); consult(b, d, dt);
      b.add(C('党参'), 7 * ri(55, 70), dt, { mut: 1 }); b.add(C('黄芪'), 7 * ri(60, 90), dt, { mut: 1 });
      b.add(C('当归'), 70, dt); b.add(C('白术'), 70, dt); b.add(C('甘草'), 42, dt); b.add(C('茯苓'), 84, dt);
      cl = [claim({ h, dep: 'tcm', d, pt, vt: 'outpatient', date: dt, dx: ['R53.x00'], bill: b })];
    } else { // "free health check" billed as covered exams under a chronic label
      const h = 'H51010021'; const pt = elderly('510100', { type: 'resident' }); const dt = add(mondays[8 + (k - 10) * 4], 1); const d = doc(h, 'general');
      const b = opBill(h, pt, d, dt, ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '血脂(四项)', '空腹血糖测定', '常规心电图检查', '腹部B超', '颈部血管彩色多普勒超声', '心脏彩色多普勒超声', '胸部X线摄影(正侧位)', '甲状腺彩超'].map(n => [n, 1, { mut: 1 }]));
      cl = [claim({ h, dep: 'general', d, pt, vt: 'outpatient', date: dt, dx: ['I10.x00x002'], bill: b })];
    }
    label('fraud', 'T09', k + 1, cl, cl, 'AUTO');
  }
}
// T10 超量开药/倒卖
function T10() {
  const sets = [
    { dx: 'E11.900', ch: ['E11'], drugs: [['甘精胰岛素注射液', 10], ['达格列净片', 90]] },
    { dx: 'I50.908', ch: ['I25'], drugs: [['沙库巴曲缬沙坦钠片', 168], ['琥珀酸美托洛尔缓释片', 90]] },
    { dx: 'J44.900x003', ch: ['J44'], drugs: [['噻托溴铵粉吸入剂', 3], ['布地奈德福莫特罗吸入粉雾剂', 3]] },
  ];
  const places = [['V37130002', 'chronic', 'general'], ['R51010061', 'pharmacy', 'pharmacy'], ['H51010021', 'chronic', 'general']];
  for (let k = 0; k < 15; k++) {
    const [h, vt, dep] = places[k % 3]; const H = HOSP[h]; const s = sets[Math.floor(k / 5) % 3];
    const pt = elderly(H.region, { type: 'employee', chronic: s.ch });
    const careful = k % 5 >= 3;
    const d0 = add('2025-03-17', k * 9); const gap = careful ? 12 : ri(14, 21);
    const cl = [];
    for (let j = 0; j < 3; j++) {
      const dt = add(d0, j * gap); const b = new Bill(h, 'outpatient', pt);
      if (vt === 'chronic') b.add(C('门诊慢特病管理诊查费'), 1, dt);
      for (const [n, q] of s.drugs) b.add(C(n), careful ? Math.ceil(q / 3) : q, dt, j > 0 ? { mut: 1 } : {});
      cl.push(claim({ h, dep, pt, vt, date: dt, dx: [s.dx], bill: b }));
    }
    label('fraud', 'T10', k + 1, cl, cl.slice(1), 'AUTO');
  }
}
// T11 分解住院
function T11() {
  const hs = ['H51070011', 'H37130021', 'H51070011'];
  for (let k = 0; k < 15; k++) {
    const h = hs[k % 3]; const H = HOSP[h]; const pt = elderly(H.region);
    const dx = pick([['I67.200', 'I10.x00x002'], ['J44.100'], ['E11.900', 'I10.x00x002'], ['I25.103']]);
    const a1 = add(mondays[3 + k * 2], ri(0, 2)); const n = ri(7, 9);
    const mk = (hh, a) => { const b = new Bill(hh, 'inpatient', pt); stayDaily(b, a, n); labsAdmit(b, a, ['血脂(四项)']); for (let i = 0; i < n; i++) iv(b, add(a, i), 1, [['葡萄糖注射液', 1]]); b.add(C('阿司匹林肠溶片'), n, a); b.add(C('阿托伐他汀钙片'), n, a); return b; };
    const c1 = claim({ h, dep: 'internal', pt, vt: 'inpatient', adm: a1, dis: add(a1, n), dx, bill: mk(h, a1), route: 'outpatient' });
    let gap; let h2 = h;
    if (k % 3 === 0) gap = ri(1, 5); else if (k % 3 === 1) gap = ri(16, 19); else { gap = 1; h2 = 'H51070012'; } // sister institution the day after
    const a2 = add(a1, n + gap);
    const c2 = claim({ h: h2, dep: 'internal', pt, vt: 'inpatient', adm: a2, dis: add(a2, n), dx, bill: mk(h2, a2), route: h2 !== h ? 'transfer' : 'outpatient', from: h2 !== h ? h : undefined });
    label('fraud', 'T11', k + 1, [c1, c2], [c2], {});
  }
}
// T12 重复收费/分解收费
function T12() {
  const hs = ['H51010021', 'H22010031', 'H51070011'];
  for (let k = 0; k < 15; k++) {
    const h = hs[k % 3]; const H = HOSP[h]; const pt = elderly(H.region); const dep = H.depts.internal ? 'internal' : 'geriatrics';
    const adm = add(mondays[4 + k * 2], 1); const n = ri(6, 9);
    const b = pneumoniaStay(h, dep, pt, adm, n);
    const careful = k % 3 === 2; const M = { mut: 1 };
    b.add(C('血红蛋白测定'), 1, adm, M);
    if (!careful) {
      for (const x of ['丙氨酸氨基转移酶测定', '天门冬氨酸氨基转移酶测定', '总胆红素测定', '肌酐测定', '尿素测定']) b.add(C(x), 1, adm, M);
      for (let i = 0; i < 3; i++) b.add(C('静脉输液(第一组)'), 1, add(adm, i), M);
      for (let i = 0; i < n; i++) b.add(C('Ⅲ级护理'), 1, add(adm, i), M);
    }
    const c = claim({ h, dep, pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['J18.900', 'I10.x00x002'], bill: b, route: 'outpatient' });
    label('fraud', 'T12', k + 1, [c], [c], 'AUTO');
  }
}
// T13 过度检查
function T13() {
  const hs = ['H51070011', 'H37080021'];
  for (let k = 0; k < 15; k++) {
    const h = hs[k % 2]; const H = HOSP[h]; const pt = elderly(H.region); const dep = 'internal';
    const dx = pick([['M54.505'], ['M47.201'], ['K29.500']]);
    const adm = add(mondays[3 + k * 2], 2); const n = ri(6, 8);
    const b = new Bill(h, 'inpatient', pt); stayDaily(b, adm, n); labsAdmit(b, adm);
    b.add(C('双氯芬酸钠缓释片'), n, adm);
    if (dx[0] === 'K29.500') b.add(C('奥美拉唑肠溶胶囊'), 2 * n, adm); else b.daily(C('推拿治疗'), 1, add(adm, 1), n - 1);
    const battery = ['头颅MRI平扫', '冠状动脉CTA', '动态心电图(24小时)', '动态血压监测(24小时)', '心脏彩色多普勒超声', '颈部血管彩色多普勒超声', '下肢血管彩色多普勒超声', '肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定', '糖类抗原19-9(CA19-9)测定', '甲状腺功能(三项)', '骨密度测定(双能X线)', '肺功能检查', '术前八项(感染筛查)', 'B型钠尿肽(BNP)测定', '降钙素原测定', 'D-二聚体测定'];
    const use = k % 3 === 2 ? battery.filter((_, i) => [0, 2, 7, 10, 14].includes(i)) : battery;
    use.forEach((x, i) => b.add(C(x), 1, add(adm, 1 + (i % 3)), { mut: 1 }));
    const c = claim({ h, dep, pt, vt: 'inpatient', adm, dis: add(adm, n), dx, bill: b, route: 'outpatient' });
    label('fraud', 'T13', k + 1, [c], [c], 'AUTO');
  }
}
// T14 超限定支付
function T14() {
  const hs = ['H51070011', 'H37080021', 'H51010051'];
  for (let k = 0; k < 15; k++) {
    const h = hs[k % 3]; const H = HOSP[h]; const pt = elderly(H.region); const dep = H.depts.neurology ? 'neurology' : 'orthopedics';
    const dx = dep === 'neurology' ? pick([['I67.200', 'I10.x00x002'], ['R42.x00x004'], ['I69.300']]) : [pick(['M51.202', 'M47.201'])];
    const adm = add(mondays[2 + k * 2], 1); const n = ri(8, 11);
    const b = new Bill(h, 'inpatient', pt); stayDaily(b, adm, n); labsAdmit(b, adm);
    const careful = k % 3 === 2; const M = { mut: 1 };
    for (let i = 0; i < n; i++) {
      const dt = add(adm, i);
      const drugs = careful ? [['银杏叶提取物注射液', 2], ['氯化钠注射液', 1]] : [['银杏叶提取物注射液', 2], ['胞磷胆碱钠注射液', 2], ['氯化钠注射液', 2]];
      b.add(C('静脉输液(第一组)'), 1, dt); if (!careful) b.add(C('静脉输液(每增加一组)'), 2, dt);
      b.add(C('一次性使用输液器'), 1, dt);
      for (const [dn, q] of drugs) b.add(C(dn), q, dt, dn === '氯化钠注射液' ? {} : M);
      if (!careful && i < 5) { b.add(C('脂肪乳注射液(C14～24)'), 1, dt, M); b.add(C('复方氨基酸注射液(18AA)'), 1, dt, M); }
    }
    b.add(C('阿司匹林肠溶片'), n, adm);
    const c = claim({ h, dep, pt, vt: 'inpatient', adm, dis: add(adm, n), dx, bill: b, route: 'outpatient' });
    label('fraud', 'T14', k + 1, [c], [c], 'AUTO');
  }
}
// T15 中介 groups from far away
function T15() {
  const h = 'H51010051'; const homes = ['220200', '230600', '371300'];
  for (let k = 0; k < 15; k++) {
    const home = homes[Math.floor(k / 5) % 3]; const pt = person(home, { age: ri(60, 74), type: 'employee', retired: true });
    const adm = add(mondays[6 + Math.floor(k / 3) * 4], 0); // groups of three arrive on one Monday
    const n = 10; const dx = pick([['M51.202'], ['M47.201'], ['M17.900']]);
    const b = new Bill(h, 'inpatient', pt); stayDaily(b, adm, n); labsAdmit(b, adm);
    b.add(C(dx[0] === 'M17.900' ? '膝关节MRI平扫' : dx[0] === 'M47.201' ? '头颅MRI平扫' : '腰椎MRI平扫'), 1, add(adm, 1));
    for (let i = 1; i < n; i++) { const dt = add(adm, i); b.add(C('普通针刺'), 1, dt); b.add(C('推拿治疗'), 1, dt); b.add(C('中药定向透药疗法'), 2, dt); b.add(C('运动疗法'), 1, dt); }
    b.add(C('塞来昔布胶囊'), 2 * n, adm);
    const c = claim({ h, dep: 'orthopedics', pt, vt: 'inpatient', adm, dis: add(adm, n), dx, bill: b, route: 'outpatient', insuredRegion: home });
    label('fraud', 'T15', k + 1, [c], [c], {});
  }
}

// ---------- controls ----------
function C01() { // norovirus outbreak at a public nursing home, admitted to the county hospital
  for (let k = 0; k < 15; k++) {
    const h = k < 8 ? 'H51130002' : 'H37130001'; const H = HOSP[h]; const pt = person(H.region, { age: ri(75, 90) });
    const adm = add(k < 8 ? '2025-01-13' : '2025-11-17', ri(0, 2)); const n = ri(3, 4);
    const c = claim({ h, dep: 'internal', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['A08.101', 'I10.x00x002'], bill: noroStay(h, pt, adm, n), route: 'emergency' });
    label('control', 'C01', k + 1, [c], [c]);
  }
}
function C02() { // screening follow-up: new atrial fibrillation or severe hypertension found by public-health screening
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H37080002' : 'H51130002'; const H = HOSP[h]; const dep = H.depts.cardiology ? 'cardiology' : 'internal';
    const pt = elderly(H.region, { type: 'resident' }); const adm = add(mondays[10 + (k % 5)], ri(0, 3)); const n = ri(5, 7);
    const af = k % 3 !== 0;
    const b = new Bill(h, 'inpatient', pt); stayDaily(b, adm, n); labsAdmit(b, adm, ['血脂(四项)', '凝血四项', '甲状腺功能(三项)', '胸部X线摄影(正侧位)']);
    b.add(C('心脏彩色多普勒超声'), 1, add(adm, 1)); b.add(C('动态心电图(24小时)'), 1, add(adm, 1));
    if (af) { b.add(C('利伐沙班片'), n, add(adm, 1)); b.add(C('酒石酸美托洛尔片'), 2 * n, adm); }
    else { b.add(C('动态血压监测(24小时)'), 1, add(adm, 2)); b.add(C('苯磺酸氨氯地平片'), n, adm); b.add(C('厄贝沙坦片'), n, adm); b.add(C('眼底检查'), 1, add(adm, 2)); }
    const c = claim({ h, dep, pt, vt: 'inpatient', adm, dis: add(adm, n), dx: af ? ['I48.000', 'I10.x00x002'] : ['I10.x05', 'E78.500'], bill: b, route: 'outpatient' });
    label('control', 'C02', k + 1, [c], [c]);
  }
}
function rehabStay(h, pt, adm, n, { aphasia = true, dysphagia = true } = {}) {
  const b = new Bill(h, 'inpatient', pt); stayDaily(b, adm, n); labsAdmit(b, adm);
  b.add(C('康复评定'), 1, adm);
  for (let i = 1; i < n; i++) {
    const dt = add(adm, i); if (dow(dt) === 0 || dow(dt) === 6) continue;
    if (i % 14 === 0) b.add(C('康复评定'), 1, dt);
    b.add(C('运动疗法'), 2, dt); b.add(C('作业疗法'), 1, dt);
    if (aphasia) b.add(C('言语训练'), 1, dt); if (dysphagia) b.add(C('吞咽功能障碍训练'), 1, dt);
    b.add(C('普通针刺'), 1, dt);
  }
  b.add(C('阿司匹林肠溶片'), n, adm); b.add(C('阿托伐他汀钙片'), n, adm);
  return b;
}
function C03() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H22010001' : 'H51010001'; const pt = person(HOSP[h].region, { age: ri(55, 80) });
    const adm = add(mondays[5 + k], 0); const n = 21; const aph = k % 3 !== 2; const dys = k % 2 === 0;
    const dx = ['I69.300x003', 'G81.900', ...(aph ? ['R47.000x001'] : []), ...(dys ? ['R13.x00'] : []), 'I10.x00x002'];
    const c = claim({ h, dep: 'rehab', pt, vt: 'inpatient', adm, dis: add(adm, n), dx, bill: rehabStay(h, pt, adm, n, { aphasia: aph, dysphagia: dys }), route: 'transfer', from: h === 'H22010001' ? 'H22020002' : 'H51130002' });
    label('control', 'C03', k + 1, [c], [c]);
  }
}
function C04() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H23060101' : 'H22010031'; const pt = person(HOSP[h].region, { age: ri(80, 92) });
    const adm = add('2025-02-03', k * 13); const n = ri(7, 9);
    const b = pneumoniaStay(h, 'geriatrics', pt, adm, n, { oxygen: true, nurse: 'Ⅰ级护理' });
    const c = claim({ h, dep: 'geriatrics', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['J18.900', 'F03.x00', 'I10.x00x002'], bill: b, route: 'other' });
    label('control', 'C04', k + 1, [c], [c]);
  }
}
function C05() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H22010101' : 'H51010101'; const H = HOSP[h]; const dm = k % 3 === 0;
    const pt = elderly(H.region, { type: 'resident', chronic: dm ? ['I10', 'E11'] : ['I10'] }); const d = doc(h, 'general', 1);
    const cl = [];
    for (let m = 0; m < 3; m++) {
      const dt = `2025-${String(4 + m).padStart(2, '0')}-15`; const b = new Bill(h, 'outpatient', pt);
      b.add(C('门诊慢特病管理诊查费'), 1, dt); b.add(C('苯磺酸氨氯地平片'), 30, dt);
      if (dm) { b.add(C('盐酸二甲双胍片'), 90, dt); b.add(C('血糖监测(快速)'), 1, dt); b.add(C('血糖试纸'), 1, dt); }
      cl.push(claim({ h, dep: 'general', d, pt, vt: 'chronic', date: dt, dx: dm ? ['I10.x00x002', 'E11.900'] : ['I10.x00x002'], bill: b }));
    }
    label('control', 'C05', k + 1, cl, cl);
  }
}
function C06() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H37080002' : 'H51130002'; const H = HOSP[h]; const dep = H.depts.cardiology ? 'cardiology' : 'internal';
    const pt = person(H.region, { age: ri(80, 93) }); const adm = add('2025-03-10', k * 12); const n = ri(18, 24);
    const b = new Bill(h, 'inpatient', pt); stayDaily(b, adm, n, { nurse: 'Ⅰ级护理' });
    labsAdmit(b, adm, ['B型钠尿肽(BNP)测定', '心脏彩色多普勒超声', '胸部X线摄影(正侧位)']);
    b.add(C('电解质(四项)'), 1, add(adm, 5)); b.add(C('电解质(四项)'), 1, add(adm, 12));
    for (let i = 0; i < n; i++) { const dt = add(adm, i); b.add(C('吸氧'), i < 10 ? 16 : 8, dt); if (i < 10) b.add(C('心电监测'), 24, dt); }
    for (let i = 0; i < 5; i++) b.add(C('呋塞米注射液'), 2, add(adm, i));
    b.add(C('静脉注射'), 2, adm); b.add(C('呋塞米片'), 2 * (n - 5), add(adm, 5)); b.add(C('螺内酯片'), 2 * n, adm); b.add(C('沙库巴曲缬沙坦钠片'), 2 * n, adm);
    const death = k % 4 === 0;
    const c = claim({ h, dep, pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['I50.908', 'I25.103', 'N18.300'], bill: b, route: 'emergency', mode: death ? 'death' : 'ordered' });
    label('control', 'C06', k + 1, [c], [c]);
  }
}
function C07() {
  for (let k = 0; k < 15; k++) {
    const h = 'H51130002'; const pt = person('511300', { age: ri(72, 88) });
    const a1 = add('2025-03-17', k * 12); const n1 = ri(6, 8);
    const c1 = claim({ h, dep: 'internal', pt, vt: 'inpatient', adm: a1, dis: add(a1, n1), dx: ['J18.900', 'I10.x00x002'], bill: pneumoniaStay(h, 'internal', pt, a1, n1), route: 'emergency' });
    const h2 = k % 2 ? 'H51130002' : 'H51010001'; const a2 = add(a1, n1 + ri(4, 12)); const n2 = ri(8, 11);
    const b = new Bill(h2, 'inpatient', pt); stayDaily(b, a2, n2, { nurse: 'Ⅰ级护理' }); labsAdmit(b, a2, ['凝血四项', '血型鉴定(ABO+Rh)', '术前八项(感染筛查)', '四肢X线摄影', '胸部X线摄影(正侧位)']);
    const op = add(a2, 2);
    b.add(C('人工股骨头置换术'), 1, op); b.add(C('全身麻醉'), 2, op); b.add(C('人工股骨头假体'), 1, op); b.add(C('一次性手术衣及铺单包'), 1, op); b.add(C('可吸收缝线'), 3, op);
    b.add(C('注射用头孢呋辛钠'), 3, op); b.add(C('注射用头孢呋辛钠'), 3, add(op, 1));
    for (let i = 0; i < n2 - 3; i++) b.add(C('低分子量肝素钙注射液'), 1, add(op, i + 1));
    b.add(C('换药(中)'), 1, add(op, 2)); b.add(C('换药(中)'), 1, add(op, 5)); b.add(C('运动疗法'), 1, add(op, 3)); b.add(C('运动疗法'), 1, add(op, 4));
    const c2 = claim({ h: h2, dep: 'orthopedics' in HOSP[h2].depts ? 'orthopedics' : 'surgery', pt, vt: 'inpatient', adm: a2, dis: add(a2, n2), dx: ['S72.000', 'W19.x00', 'I10.x00x002'], procs: [['81.5200', op]], bill: b, route: 'emergency' });
    label('control', 'C07', k + 1, [c1, c2], [c1, c2]);
  }
}
function C08() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H23010001' : 'H51010001'; const pt = person(HOSP[h].region, { age: ri(48, 72) });
    const cl = []; const a0 = add('2025-03-04', k * 8);
    for (let cy = 0; cy < 3; cy++) {
      const adm = add(a0, cy * 21); const n = 2; const b = new Bill(h, 'inpatient', pt);
      stayDaily(b, adm, n); b.add(C('血常规(五分类)'), 1, adm); b.add(C('肝功能(全套)'), 1, adm); b.add(C('肾功能(三项)'), 1, adm);
      const dt = add(adm, 1);
      b.add(C('注射用吉西他滨'), 2, dt); b.add(C('顺铂注射液'), 4, dt); b.add(C('化疗药物配置'), 2, dt); b.add(C('盐酸昂丹司琼注射液'), 1, dt);
      iv(b, dt, 3, [['氯化钠注射液', 3]]);
      cl.push(claim({ h, dep: 'oncology', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['Z51.103', 'C34.900'], procs: [['99.2500', dt]], bill: b, route: 'outpatient' }));
    }
    label('control', 'C08', k + 1, cl, cl);
  }
}
function C09() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H37080002' : 'H51010101'; const H = HOSP[h]; const dep = H.depts.general ? 'general' : 'internal';
    const pt = elderly(H.region, { type: 'employee', chronic: ['I10', 'E11'] }); const d = doc(h, dep, 1);
    const cl = [];
    for (let j = 0; j < 2; j++) {
      const dt = add('2025-03-05', k * 3 + j * 84); const b = new Bill(h, 'outpatient', pt); b.add(C('门诊慢特病管理诊查费'), 1, dt);
      for (const [n, q] of [['苯磺酸氨氯地平片', 84], ['盐酸二甲双胍片', 252], ['阿托伐他汀钙片', 84]]) { b.add(C(n), q, dt); b.items[b.items.length - 1].longPrescription = true; }
      cl.push(claim({ h, dep, d, pt, vt: 'chronic', date: dt, dx: ['I10.x00x002', 'E11.900'], bill: b }));
    }
    label('control', 'C09', k + 1, cl, cl);
  }
}
function C10() {
  for (let k = 0; k < 15; k++) {
    const h = 'H37010011'; const pt = person('370100', { age: ri(25, 70) }); const d = doc(h, 'acupuncture');
    const palsy = k % 2 === 0; const cl = []; let dt = add(mondays[3 + k], 0); let s = 0;
    while (s < 10) { if (dow(dt) !== 0 && dow(dt) !== 6) { const b = new Bill(h, 'outpatient', pt); consult(b, d, dt); if (palsy) { b.add(C('普通针刺'), 1, dt); b.add(C('灸法'), 1, dt); } else { b.add(C('电针'), 2, dt); b.add(C('拔罐疗法'), 1, dt); } cl.push(claim({ h, dep: 'acupuncture', d, pt, vt: 'outpatient', date: dt, dx: palsy ? ['G51.000'] : ['M51.202'], bill: b })); s++; } dt = add(dt, 1); }
    label('control', 'C10', k + 1, cl, cl);
  }
}
function C11() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H22010101' : 'H51010101'; const pt = person(HOSP[h].region, { age: ri(78, 92) });
    const adm = add('2025-04-01', k * 10); const n = 28; const b = new Bill(h, 'inpatient', pt);
    b.add(C('家庭病床建床费'), 1, adm); b.add(C('血常规(五分类)'), 1, adm); b.add(C('肝功能(全套)'), 1, adm);
    for (let i = 0; i < n; i += 3) { const dt = add(adm, i); b.add(C('家庭病床巡诊费'), 1, dt); b.add(C('换药(中)'), 1, dt); b.add(C('泡沫敷料'), 1, dt); b.add(C('一次性使用换药包'), 1, dt); }
    b.add(C('阿司匹林肠溶片'), n, adm); b.add(C('苯磺酸氨氯地平片'), n, adm);
    const c = claim({ h, dep: 'general', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['I69.300', 'L89.100', 'I10.x00x002'], bill: b, route: 'other' });
    label('control', 'C11', k + 1, [c], [c]);
  }
}
function C12() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H37080002' : 'H51130002'; const H = HOSP[h]; const dep = H.depts.cardiology ? 'cardiology' : 'internal';
    const pt = person(H.region, { age: ri(50, 80) }); const adm = add('2025-03-07', k * 13); const b = new Bill(h, 'inpatient', pt);
    stayDaily(b, adm, 1, { nurse: 'Ⅰ级护理' }); b.add(C('急诊诊察费'), 1, adm); b.add(C('常规心电图检查'), 2, adm); b.add(C('肌钙蛋白I测定'), 2, adm); b.add(C('心肌酶谱'), 1, adm); b.add(C('血常规(五分类)'), 1, adm);
    b.add(C('阿司匹林肠溶片'), 3, adm); b.add(C('硫酸氢氯吡格雷片'), 4, adm); b.add(C('阿托伐他汀钙片'), 2, adm); b.add(C('心电监测'), 20, adm);
    const c = claim({ h, dep, pt, vt: 'inpatient', adm, dis: add(adm, 1), dx: ['I20.000', 'I10.x00x002'], bill: b, route: 'emergency', mode: 'against_advice' });
    label('control', 'C12', k + 1, [c], [c]);
  }
}
function C13() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H37010001' : 'H22010001'; const pt = person(HOSP[h].region, { age: ri(60, 85) }); const stroke = k % 2 === 0;
    const adm = add('2025-03-12', k * 12); const n = stroke ? ri(10, 13) : ri(5, 7); const b = new Bill(h, 'inpatient', pt);
    stayDaily(b, adm, n, { nurse: 'Ⅰ级护理' }); labsAdmit(b, adm, ['血脂(四项)', '凝血四项', 'D-二聚体测定', '肌钙蛋白I测定', 'B型钠尿肽(BNP)测定', '头颅CT平扫']);
    for (const x of ['头颅MRI平扫', '颈部血管彩色多普勒超声', '心脏彩色多普勒超声', '动态心电图(24小时)']) b.add(C(x), 1, add(adm, 1));
    if (!stroke) { b.add(C('动态血压监测(24小时)'), 1, add(adm, 2)); b.add(C('脑电图'), 1, add(adm, 2)); }
    else { b.add(C('硫酸氢氯吡格雷片'), n, adm); for (let i = 0; i < Math.min(n, 10); i++) iv(b, add(adm, i), 1, [['依达拉奉注射液', 2], ['氯化钠注射液', 1]]); b.add(C('康复评定'), 1, add(adm, 3)); }
    b.add(C('阿司匹林肠溶片'), n, adm); b.add(C('阿托伐他汀钙片'), n, adm); b.daily(C('心电监测'), 24, adm, 2);
    const c = claim({ h, dep: 'neurology', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: stroke ? ['I63.900', 'I10.x00x002', 'E78.500'] : ['R55.x00x001', 'I10.x00x002'], bill: b, route: 'emergency' });
    label('control', 'C13', k + 1, [c], [c]);
  }
}
function C14() {
  for (let k = 0; k < 15; k++) {
    const h = 'H51010001'; const home = pick(['220100', '230100', '370100']); const pt = person(home, { age: ri(62, 78), type: 'employee', retired: true });
    const adm = add('2025-03-20', k * 13); const appy = k % 2 === 0; let c;
    if (appy) {
      const n = 4; const b = new Bill(h, 'inpatient', pt); stayDaily(b, adm, n); labsAdmit(b, adm, ['凝血四项', 'C反应蛋白测定', '腹部CT平扫']);
      b.add(C('腹腔镜下阑尾切除术'), 1, adm); b.add(C('全身麻醉'), 2, adm); b.add(C('一次性腹腔镜穿刺器'), 1, adm); b.add(C('可吸收缝线'), 2, adm); b.add(C('止血夹(结扎夹)'), 3, adm); b.add(C('一次性手术衣及铺单包'), 1, adm);
      for (let i = 0; i < 3; i++) iv(b, add(adm, i), 2, [['注射用头孢呋辛钠', 3], ['甲硝唑氯化钠注射液', 2]]);
      c = claim({ h, dep: 'surgery', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['K35.800x001'], procs: [['47.0100', adm]], bill: b, route: 'emergency', insuredRegion: home });
    } else {
      const n = 6; const b = pneumoniaStay(h, 'respiratory', pt, adm, n, { oxygen: true });
      c = claim({ h, dep: 'respiratory', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['J15.902', 'I10.x00x002'], bill: b, route: 'emergency', insuredRegion: home });
    }
    label('control', 'C14', k + 1, [c], [c]);
  }
}
function C15() {
  for (let k = 0; k < 15; k++) {
    const h = 'H37080002'; const pt = elderly('370800', { type: 'employee' }); const d = doc(h, 'cardiology', 2);
    const dt = add('2025-06-10', Math.floor(k / 8) * 7);
    const b = opBill(h, pt, d, dt, [['常规心电图检查', 1], ['苯磺酸氨氯地平片', 28], ['阿托伐他汀钙片', 28]]);
    const c = claim({ h, dep: 'cardiology', d, pt, vt: 'outpatient', date: dt, dx: ['I10.x00x002', 'E78.500'], bill: b });
    label('control', 'C15', k + 1, [c], [c]);
  }
}
function C16() {
  for (let k = 0; k < 15; k++) {
    const stroke = k % 2 === 0; const h = stroke ? 'H37130001' : 'H23010001'; const pt = person(HOSP[h].region, { age: ri(55, 82) });
    const adm = add('2025-04-02', k * 11); const b = new Bill(h, 'inpatient', pt); let c;
    if (stroke) {
      const n = 12; stayDaily(b, adm, n, { nurse: 'Ⅰ级护理' }); labsAdmit(b, adm, ['头颅CT平扫', '血脂(四项)', '凝血四项']); b.add(C('颈部血管彩色多普勒超声'), 1, add(adm, 1));
      for (let i = 0; i < 10; i++) iv(b, add(adm, i), 1, [['银杏叶提取物注射液', 2], ['氯化钠注射液', 1]]);
      b.add(C('阿司匹林肠溶片'), n, adm); b.add(C('阿托伐他汀钙片'), n, adm);
      c = claim({ h, dep: 'neurology', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['I63.900', 'I10.x00x002'], bill: b, route: 'emergency' });
    } else {
      const n = 10; stayDaily(b, adm, n, { nurse: 'Ⅰ级护理' }); labsAdmit(b, adm, ['凝血四项', '血型鉴定(ABO+Rh)', '腹部CT平扫', '肿瘤标志物(CEA)测定']);
      const op = add(adm, 2); b.add(C('大肠部分切除术'), 1, op); b.add(C('全身麻醉'), 4, op); b.add(C('一次性使用吻合器'), 1, op); b.add(C('可吸收缝线'), 4, op); b.add(C('一次性手术衣及铺单包'), 1, op); b.add(C('病理检查(常规石蜡切片)'), 1, op); b.add(C('胃肠减压'), 1, op);
      for (let i = 0; i < 5; i++) { const dt = add(op, i + 1); iv(b, dt, 3, [['脂肪乳注射液(C14～24)', 1], ['复方氨基酸注射液(18AA)', 1], ['葡萄糖注射液', 1]]); if (i < 3) b.add(C('胃肠减压'), 1, dt); }
      c = claim({ h, dep: 'surgery', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['C18.900'], procs: [['45.7300', op]], bill: b, route: 'outpatient' });
    }
    label('control', 'C16', k + 1, [c], [c]);
  }
}
function C17() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H37010001' : 'H51010001'; const pt = person(HOSP[h].region, { age: ri(45, 80) });
    const adm = add('2025-03-25', k * 12); const n = 6; const b = new Bill(h, 'inpatient', pt);
    stayDaily(b, adm, n, { nurse: 'Ⅰ级护理' }); labsAdmit(b, adm, ['凝血四项', '大便常规+隐血', '血型鉴定(ABO+Rh)']);
    b.add(C('交叉配血'), 1, adm); b.add(C('悬浮红细胞(去白细胞)'), 2, adm); b.add(C('静脉输血'), 1, adm); b.add(C('一次性使用输血器'), 1, adm);
    for (let i = 1; i < 4; i++) b.add(C('血红蛋白测定'), 1, add(adm, i));
    b.add(C('胃镜检查'), 1, add(adm, 1));
    for (let i = 0; i < 5; i++) iv(b, add(adm, i), 2, [['注射用泮托拉唑钠', 2], ['氯化钠注射液', 2]]);
    b.add(C('血常规(五分类)'), 1, add(adm, 5));
    const c = claim({ h, dep: 'gastro', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['K25.400x001', 'D62.x00'], procs: [['45.1300', add(adm, 1)]], bill: b, route: 'emergency' });
    label('control', 'C17', k + 1, [c], [c]);
  }
}
function C18() {
  for (let k = 0; k < 15; k++) { // five families of three
    const h = 'H22010101'; const fam = Math.floor(k / 3); const dt = add('2025-01-06', fam * 3);
    const age = [ri(62, 75), ri(35, 45), ri(6, 12)][k % 3]; const pt = person('220100', { age, type: age < 18 || age > 60 ? 'resident' : 'employee' });
    const d = doc(h, 'general', 1);
    const lines = age < 14 ? [['小儿对乙酰氨基酚颗粒', 9], ['磷酸奥司他韦胶囊', 10]] : [['对乙酰氨基酚片', 9], ['磷酸奥司他韦胶囊', 10], ['连花清瘟胶囊', 36]];
    const b = opBill(h, pt, d, dt, [['血常规(五分类)', 1], ...lines]);
    const c = claim({ h, dep: 'general', d, pt, vt: 'outpatient', date: dt, dx: ['J10.100'], bill: b });
    label('control', 'C18', k + 1, [c], [c]);
  }
}
function C19() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H22010101' : 'H51010101'; const pt = elderly(HOSP[h].region, { type: 'employee', chronic: ['E11'] }); const d = doc(h, 'general', 2);
    const cl = []; for (let j = 0; j < 4; j++) {
      const dt = add('2025-03-03', k * 5 + j * 30); const b = new Bill(h, 'outpatient', pt); b.add(C('门诊慢特病管理诊查费'), 1, dt);
      b.add(C('甘精胰岛素注射液'), j < 2 ? 3 : 4, dt); b.add(C('盐酸二甲双胍片'), 90, dt); if (j === 0 || j === 3) b.add(C('糖化血红蛋白测定'), 1, dt);
      cl.push(claim({ h, dep: 'general', d, pt, vt: 'chronic', date: dt, dx: ['E11.900'], bill: b }));
    }
    label('control', 'C19', k + 1, cl, cl);
  }
}
function C20() {
  for (let k = 0; k < 15; k++) {
    const h = k < 8 ? 'H37010001' : 'H37080002'; const pt = person(HOSP[h].region, { age: ri(62, 84) }); const d = doc(h, 'ophthalmology', 2);
    const adm = mondays[12 + Math.floor(k / 8) * 2]; const b = new Bill(h, 'inpatient', pt);
    stayDaily(b, adm, 1); b.add(C('血常规(五分类)'), 1, adm); b.add(C('凝血四项'), 1, adm); b.add(C('常规心电图检查'), 1, adm); b.add(C('眼科A超(生物测量)'), 1, adm); b.add(C('裂隙灯检查'), 1, adm);
    b.add(C('白内障超声乳化摘除+人工晶体植入术'), 1, adm); b.add(C('人工晶状体'), 1, adm); b.add(C('眼科粘弹剂'), 1, adm); b.add(C('局部浸润麻醉'), 1, adm); b.add(C('左氧氟沙星滴眼液'), 1, adm); b.add(C('妥布霉素地塞米松滴眼液'), 1, add(adm, 1));
    const c = claim({ h, dep: 'ophthalmology', d, pt, vt: 'inpatient', adm, dis: add(adm, 1), dx: ['H25.900'], procs: [['13.4100x001', adm], ['13.7100x001', adm]], bill: b, route: 'outpatient' });
    label('control', 'C20', k + 1, [c], [c]);
  }
}
function C21() {
  for (let k = 0; k < 15; k++) {
    const [h1, h2] = k % 2 ? ['H22010001', 'H22010101'] : ['H51010001', 'H51010101']; const pt = person(HOSP[h1].region, { age: ri(58, 82) });
    const a1 = add('2025-03-03', k * 12); const n1 = 12; const b = new Bill(h1, 'inpatient', pt);
    stayDaily(b, a1, n1, { nurse: 'Ⅰ级护理' }); labsAdmit(b, a1, ['头颅CT平扫', '血脂(四项)']); b.add(C('头颅MRI平扫'), 1, add(a1, 1)); b.add(C('颈部血管彩色多普勒超声'), 1, add(a1, 1));
    for (let i = 0; i < 10; i++) iv(b, add(a1, i), 1, [['依达拉奉注射液', 2], ['氯化钠注射液', 1]]);
    b.add(C('阿司匹林肠溶片'), n1, a1); b.add(C('阿托伐他汀钙片'), n1, a1); b.add(C('康复评定'), 1, add(a1, 4));
    const c1 = claim({ h: h1, dep: 'neurology', pt, vt: 'inpatient', adm: a1, dis: add(a1, n1), dx: ['I63.900', 'I10.x00x002'], bill: b, route: 'emergency', mode: 'community' });
    const a2 = add(a1, n1); const n2 = 14; const b2 = new Bill(h2, 'inpatient', pt); stayDaily(b2, a2, n2); b2.add(C('康复评定'), 1, a2);
    for (let i = 1; i < n2; i++) { const dt = add(a2, i); if (dow(dt) === 0) continue; b2.add(C('运动疗法'), 1, dt); b2.add(C('针灸'), 1, dt); }
    b2.add(C('阿司匹林肠溶片'), n2, a2); b2.add(C('阿托伐他汀钙片'), n2, a2);
    const c2 = claim({ h: h2, dep: 'rehab', pt, vt: 'inpatient', adm: a2, dis: add(a2, n2), dx: ['I69.300x003', 'G81.900', 'I10.x00x002'], bill: b2, route: 'transfer', from: h1 });
    label('control', 'C21', k + 1, [c1, c2], [c1, c2]);
  }
}
function C22() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H37010011' : 'H37080012'; const pt = person(HOSP[h].region, { age: ri(30, 75) }); const d = doc(h, 'tcm');
    const dt = add('2025-03-11', k * 13); const j = 7; const b = new Bill(h, 'outpatient', pt); consult(b, d, dt);
    for (const [n, g] of [['黄芪', 15], ['党参', 12], ['当归', 10], ['白术', 10], ['茯苓', 12], ['甘草', 6], ['柴胡', 9]]) b.add(C(n), g * j, dt);
    const c = claim({ h, dep: 'tcm', d, pt, vt: 'outpatient', date: dt, dx: ['R53.x00'], bill: b });
    label('control', 'C22', k + 1, [c], [c]);
  }
}
function C23() {
  for (let k = 0; k < 15; k++) {
    const h = k % 2 ? 'H23010001' : 'H51010001'; const pt = person(HOSP[h].region, { age: ri(40, 75), chronic: ['N18'] });
    const cl = []; let dt = nextDow(add('2025-04-01', k * 11), 1);
    for (let s = 0; s < 6; s++) {
      const b = new Bill(h, 'outpatient', pt); b.add(C('血液透析'), 1, dt); b.add(C('透析器'), 1, dt); b.add(C('一次性使用血液透析管路'), 1, dt);
      if (s % 3 === 0) b.add(C('重组人促红素注射液'), 1, dt);
      cl.push(claim({ h, dep: 'nephrology', pt, vt: 'chronic', date: dt, dx: ['N18.500', 'Z49.101'], procs: [['39.9500', dt]], bill: b }));
      dt = add(dt, dow(dt) === 5 ? 3 : 2);
    }
    label('control', 'C23', k + 1, cl, cl);
  }
}
function C24() {
  for (let k = 0; k < 15; k++) {
    const h = 'H51010001'; const pt = person('510100', { age: ri(40, 75) }); const adm = add('2025-03-18', k * 12); const n = 4;
    const b = new Bill(h, 'inpatient', pt); stayDaily(b, adm, n); labsAdmit(b, adm, ['凝血四项', 'C反应蛋白测定']);
    b.add(C('腹腔镜下胆囊切除术'), 1, add(adm, 1)); b.add(C('全身麻醉'), 2, add(adm, 1)); b.add(C('一次性腹腔镜穿刺器'), 1, add(adm, 1)); b.add(C('止血夹(结扎夹)'), 4, add(adm, 1)); b.add(C('一次性手术衣及铺单包'), 1, add(adm, 1));
    for (let i = 1; i < 3; i++) iv(b, add(adm, i), 2, [['注射用头孢呋辛钠', 3], ['氯化钠注射液', 2]]);
    const c1 = claim({ h, dep: 'surgery', pt, vt: 'inpatient', adm, dis: add(adm, n), dx: ['K80.101'], procs: [['51.2300', add(adm, 1)]], bill: b, route: 'outpatient', mode: 'community' });
    const h2 = 'H51010101'; const d = doc(h2, 'general', 1); const dt = add(adm, n + 1);
    const b2 = opBill(h2, pt, d, dt, [['换药(小)', 1], ['一次性使用换药包', 1]]);
    const c2 = claim({ h: h2, dep: 'general', d, pt, vt: 'outpatient', date: dt, dx: ['Z48.000'], bill: b2 });
    label('control', 'C24', k + 1, [c1, c2], [c1, c2]);
  }
}

// ---------- routine ----------
function routine() {
  const regs = Object.keys(REGION);
  const pubBy = { '510100': ['H51010001', 'H51010101'], '510700': ['H51070011'], '511300': ['H51130002'], '220100': ['H22010001', 'H22010101'], '220200': ['H22020002'], '230100': ['H23010001'], '230600': ['H23060101'], '370100': ['H37010001'], '370800': ['H37080002'], '371300': ['H37130001'] };
  for (let k = 0; k < 100; k++) {
    const r = k % 10; let c; const dt = add('2025-03-01', (k * 23) % 250);
    if (r <= 2) { // URTI / bronchitis outpatient
      const h = pick(['H51010101', 'H22010101', 'H51130002', 'H37080002', 'V51130001']); const dep = Object.keys(HOSP[h].depts)[0]; const d = doc(h, dep); const pt = person(HOSP[h].region);
      const b = opBill(h, pt, d, dt, rnd() < 0.5 ? [['血常规(五分类)', 1], ['阿莫西林胶囊', 24], ['复方甘草片', 27]] : [['对乙酰氨基酚片', 6], ['氯雷他定片', 7]]);
      c = claim({ h, dep, d, pt, vt: 'outpatient', date: dt, dx: [pick(['J06.900', 'J20.900'])], bill: b });
    } else if (r === 3) { // gastritis outpatient at level 2/3
      const h = pick(['H37010001', 'H51010001']); const d = doc(h, 'gastro'); const pt = person(HOSP[h].region);
      const b = opBill(h, pt, d, dt, [['奥美拉唑肠溶胶囊', 28], ['铝碳酸镁咀嚼片', 36]]);
      c = claim({ h, dep: 'gastro', d, pt, vt: 'outpatient', date: dt, dx: ['K29.500'], bill: b });
    } else if (r === 4) { // chronic hypertension visit
      const h = pick(['H51010101', 'H22010101', 'H37080002']); const dep = HOSP[h].depts.general ? 'general' : 'internal'; const d = doc(h, dep); const pt = elderly(HOSP[h].region, { chronic: ['I10'] });
      const b = new Bill(h, 'outpatient', pt); b.add(C('门诊慢特病管理诊查费'), 1, dt); b.add(C('硝苯地平控释片'), 30, dt); b.add(C('阿托伐他汀钙片'), 30, dt);
      c = claim({ h, dep, d, pt, vt: 'chronic', date: dt, dx: ['I10.x00x002'], bill: b });
    } else if (r === 5) { // pharmacy
      const h = pick(['R51010061', 'R37130061', 'R22010061']); const pt = person(HOSP[h].region); const b = new Bill(h, 'outpatient', pt);
      if (rnd() < 0.5) { b.add(C('布洛芬缓释胶囊'), 20, dt); b.add(C('复方甘草片'), 27, dt); } else { b.add(C('苯磺酸氨氯地平片'), 28, dt); }
      c = claim({ h, dep: 'pharmacy', pt, vt: 'pharmacy', date: dt, dx: ['R51.x00'], bill: b });
    } else if (r === 6) { // pneumonia stay
      const h = pick(['H51130002', 'H37130001', 'H22020002']); const pt = person(HOSP[h].region, { age: ri(50, 85) }); const n = ri(6, 9);
      c = claim({ h, dep: 'internal', pt, vt: 'inpatient', adm: dt, dis: add(dt, n), dx: ['J18.900'], bill: pneumoniaStay(h, 'internal', pt, dt, n, { oxygen: rnd() < 0.5 }), route: 'emergency' });
    } else if (r === 7) { // appendicectomy
      const h = pick(['H51010001', 'H37010001', 'H23010001']); const pt = person(HOSP[h].region, { age: ri(18, 60) }); const n = ri(3, 5); const b = new Bill(h, 'inpatient', pt);
      stayDaily(b, dt, n); labsAdmit(b, dt, ['凝血四项', 'C反应蛋白测定']); b.add(C('腹腔镜下阑尾切除术'), 1, dt); b.add(C('全身麻醉'), 2, dt); b.add(C('一次性腹腔镜穿刺器'), 1, dt); b.add(C('一次性手术衣及铺单包'), 1, dt);
      for (let i = 0; i < 3; i++) iv(b, add(dt, i), 2, [['注射用头孢呋辛钠', 3], ['甲硝唑氯化钠注射液', 2]]);
      c = claim({ h, dep: 'surgery', pt, vt: 'inpatient', adm: dt, dis: add(dt, n), dx: ['K35.800x001'], procs: [['47.0100', dt]], bill: b, route: 'emergency' });
    } else if (r === 8) { // COPD exacerbation
      const h = pick(['H22010001', 'H51010001', 'H37080002']); const dep = HOSP[h].depts.respiratory ? 'respiratory' : 'internal'; const pt = elderly(HOSP[h].region); const n = ri(7, 9);
      const b = pneumoniaStay(h, dep, pt, dt, n, { oxygen: true }); for (let i = 0; i < 5; i++) { b.add(C('雾化吸入'), 2, add(dt, i)); b.add(C('吸入用布地奈德混悬液'), 2, add(dt, i)); }
      c = claim({ h, dep, pt, vt: 'inpatient', adm: dt, dis: add(dt, n), dx: ['J44.100'], bill: b, route: 'emergency' });
    } else { // TCM outpatient acupuncture single visit
      const h = 'H37010011'; const d = doc(h, 'acupuncture'); const pt = person('370100');
      const b = new Bill(h, 'outpatient', pt); consult(b, d, dt); b.add(C('普通针刺'), 1, dt); b.add(C('拔罐疗法'), 1, dt);
      c = claim({ h, dep: 'acupuncture', d, pt, vt: 'outpatient', date: dt, dx: ['M54.505'], bill: b });
    }
    LABELS.push({ caseId: `R-${String(k + 1).padStart(3, '0')}`, kind: 'routine', code: 'R', name: 'routine', claimIds: [c], targets: [c], mutatedLines: {} });
  }
}

// ---------- build ----------
T01(); T02(); T03(); T04(); T05(); T06(); T07(); T08(); T09(); T10(); T11(); T12(); T13(); T14(); T15();
C01(); C02(); C03(); C04(); C05(); C06(); C07(); C08(); C09(); C10(); C11(); C12(); C13(); C14(); C15(); C16(); C17(); C18(); C19(); C20(); C21(); C22(); C23(); C24();
routine();

// T06: second stay begins the day after the first discharge (move it)
// (already: adm2 = adm1 + 30, n = 29 → discharge adm1+29, readmit adm1+30)

// settlement order
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._i - b._i));
const seqBy = {};
for (const c of CLAIMS) { const k = c.provider.hospitalId; seqBy[k] = (seqBy[k] || 0) + 1; c.claimId = `${c.region}-${k}-2025-${String(seqBy[k]).padStart(6, '0')}`; }

// amounts (fen), conservative: per-admission deductible in full, outpatient+pharmacy deductible and cap shared per member-year
function pol(c) {
  const prov = P.provinces[c._prov]; let p = prov.schemes[c.insuranceType][c.visitType];
  const dated = (x, dt) => (Array.isArray(x) ? x.find(v => (!v.effectiveFrom || v.effectiveFrom <= dt) && (!v.effectiveTo || v.effectiveTo >= dt)) : x);
  const dt = c.admissionDate || c.visitDate; p = dated(p, dt);
  const ov = prov.regions && prov.regions[c._pregion] && prov.regions[c._pregion].schemes && prov.regions[c._pregion].schemes[c.insuranceType] && prov.regions[c._pregion].schemes[c.insuranceType][c.visitType];
  return ov ? { ...p, ...dated(ov, dt) } : p;
}
const YTD = {};
for (const c of CLAIMS) {
  const prov = P.provinces[c._prov]; const share = prov.yiSelfPayShare || {};
  let total = 0, policy = 0;
  for (const it of c._bill.items) {
    total += it.amountFen; const r = it.row;
    if (r.class === '丙') continue;
    const s = r.class === '乙' ? Math.max(r.selfPayShare || 0, share[r.category] || 0) : 0;
    policy += it.amountFen - Math.round(it.amountFen * s);
  }
  const p = pol(c); const L = String(c.provider.level);
  const ded = typeof p.deductible === 'object' ? p.deductible[L] : p.deductible || 0;
  let ratio = (typeof p.ratio === 'object' ? p.ratio[L] : p.ratio) + (c.patient.retired ? (p.retireeRatioBonus || 0) : 0);
  if (p.maxRatio) ratio = Math.min(ratio, p.maxRatio);
  const key = c.patient.insuredId + '|' + (c.visitType === 'pharmacy' ? 'outpatient' : c.visitType);
  const y = YTD[key] || (YTD[key] = { pol: 0, fund: 0 });
  let dedDue = c.visitType === 'inpatient' ? ded * 100 : Math.max(0, ded * 100 - y.pol);
  let fund = Math.floor(Math.max(0, policy - dedDue) * ratio);
  const cap = Math.round((p.annualFundCap || 1e9) * 100); fund = Math.max(0, Math.min(fund, cap - y.fund));
  y.pol += policy; y.fund += fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  c.items = c._bill.items.map(it => { const o = { lineId: it.lineId, code: it.code, name: it.name, category: it.category, date: it.date, quantity: it.quantity, unitPrice: it.unitFen / 100, amount: it.amountFen / 100 }; if (it.longPrescription) o.longPrescription = true; return o; });
}

// reported groups from pass 1's grouping
if (GROUPS && fs.existsSync(GROUPS)) {
  const g = fs.readFileSync(GROUPS, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
  CLAIMS.forEach((c, i) => { if (c.visitType === 'inpatient' && g[i]) { const x = g[i]; const drg = (x.grouping && x.grouping.drg) || x.drg || (x.result && x.result.drg) || null; c.reportedGroup = { drg, dip: null }; } });
}

// lint the legitimate lines (my own check: catalogue limits a careful biller keeps)
const warn = [];
for (const c of CLAIMS) {
  const per = {};
  for (const it of c._bill.items) {
    const r = it.row;
    if (r.minLevel && c.provider.level < r.minLevel) warn.push(`${c.claimId} minLevel ${r.name}${it.legit ? '' : ' (mut)'}`);
    if (r.setting === 'inpatient' && c.visitType !== 'inpatient') warn.push(`${c.claimId} inpatient-only ${r.name}`);
    if (r.setting === 'outpatient' && c.visitType === 'inpatient') warn.push(`${c.claimId} outpatient-only ${r.name}`);
    if (r.gender && r.gender !== c.patient.gender && it.legit) warn.push(`${c.claimId} gender ${r.name}`);
    if (c.visitType === 'inpatient' && (it.date < c.admissionDate || it.date > c.dischargeDate)) warn.push(`${c.claimId} date out of stay ${r.name}`);
    if (!it.legit) continue;
    const k = r.code + '|' + it.date; per[k] = (per[k] || 0) + it.quantity;
    if (r.maxPerDay && per[k] > r.maxPerDay) warn.push(`${c.claimId} maxPerDay ${r.name} ${per[k]}`);
  }
}
const byId = new Map(CLAIMS.map(c => [c, c.claimId]));
for (const l of LABELS) {
  const auto = l.mutatedLines === 'AUTO';
  const m = {};
  if (auto) for (const c of l.targets) if (c._bill.mut.length) m[byId.get(c)] = c._bill.mut.slice();
  l.mutatedLines = m;
  l.claimIds = l.claimIds.map(c => byId.get(c)); l.targets = l.targets.map(c => byId.get(c));
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(c => { const o = {}; for (const k of Object.keys(c)) if (!k.startsWith('_')) o[k] = c[k]; return JSON.stringify(o); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1));
const cnt = (k) => LABELS.filter(l => l.kind === k).length;
process.stderr.write(`claims ${CLAIMS.length}, cases fraud ${cnt('fraud')} control ${cnt('control')} routine ${cnt('routine')}; lint ${warn.length}\n` + warn.slice(0, 40).join('\n') + (warn.length ? '\n' : ''));
