#!/usr/bin/env node
// blind38: controls-heavy blind set in psychiatry, rehabilitation, TCM, dentistry, dialysis, paediatrics/neonatology,
// obstetrics and home/community care. Plain Node 20, fixed seed. Usage:
//   node make-cases.js [--groups groups.ndjson] [--n 15]
'use strict';
const fs = require('fs');
const path = require('path');
const OUT = __dirname;
const args = process.argv.slice(2);
const gi = args.indexOf('--groups');
const GROUPS = gi >= 0 ? args[gi + 1] : null;
const ni = args.indexOf('--n');
const N = ni >= 0 ? +args[ni + 1] : 15;

// ---------- rng ----------
let seed = 38038038;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100 + 1e-9) / 100;

// ---------- catalogue ----------
// Kept in the repository: the rows of the frozen build's catalogue (/work/wt/base38) that the cases name.
const CAT = JSON.parse(fs.readFileSync(path.join(__dirname, 'catalogue-snapshot.json'), 'utf8'));
function row(name) { const r = CAT[name]; if (!r) throw new Error('no catalogue row: ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const fmt = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return fmt(d); };
const dow = (s) => D(s).getUTCDay(); // 0 Sun
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
function randDate(from = '2025-01-06', to = '2025-11-20') { return add(from, ri(0, diff(from, to))); }
function nextWeekday(s) { while (dow(s) === 0 || dow(s) === 6) s = add(s, 1); return s; }

// ---------- people, hospitals ----------
const REGIONS = ['220100', '230100', '370100', '510100', '330100', '420100', '610100', '450100'];
let pid = 0;
function person(o = {}) {
  pid++;
  const region = o.region || pick(REGIONS);
  const age = o.age != null ? o.age : ri(o.ageMin ?? 20, o.ageMax ?? 80);
  const ref = o.ref || '2025-06-30';
  const gender = o.gender || (chance(0.5) ? 'F' : 'M');
  const by = +ref.slice(0, 4) - age;
  let birthDate = o.birthDate || `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  if (!o.birthDate && birthDate > add(ref, -age * 365)) birthDate = `${by - 1}${birthDate.slice(4)}`;
  const insuranceType = o.insuranceType || (age < 18 || age > 70 ? 'resident' : (chance(0.65) ? 'employee' : 'resident'));
  const retired = insuranceType === 'employee' && age >= (gender === 'F' ? 55 : 60);
  const cont0 = Math.max(0, Math.min(age, ri(2, 18)));
  const enrollment = {
    enrolledOn: o.enrolledOn || '2025-01-01', inConcentratedPeriod: true, continuousYears: o.special === 'newborn' ? 0 : cont0,
    lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false,
    contributionYears: insuranceType === 'employee' ? (retired ? ri(gender === 'F' ? 26 : 31, 40) : Math.max(1, Math.min(age - 18, ri(5, 35)))) : 0, special: o.special || null,
  };
  if (o.chronicDiseases) enrollment.chronicDiseases = o.chronicDiseases;
  const p = { insuredId: 'B38P' + String(pid).padStart(6, '0'), gender, birthDate, retired };
  return { region, insuranceType, patient: p, enrollment, age };
}
function newborn(birth, region, w) {
  const x = person({ age: 0, birthDate: birth, region, insuranceType: 'resident', special: 'newborn', enrolledOn: birth });
  x.patient.retired = false; x.bw = w; return x;
}
const HOSP = {};
function hosp(region, level, kind) {
  const key = region + kind + level;
  if (!HOSP[key]) HOSP[key] = [1, 2].map((k) => `H${region.slice(0, 4)}${level}${kind}${k}`);
  return { hospitalId: pick(HOSP[key]), level, region };
}
let docN = 0;
const DOCS = {};
function doctor(h, dept) { const k = h.hospitalId + dept; if (!DOCS[k]) DOCS[k] = [0, 1, 2].map(() => 'D' + String(++docN).padStart(4, '0')); return pick(DOCS[k]); }

// ---------- claims ----------
let serial = 0;
const CLAIMS = [];
class Claim {
  constructor(p, h, dept, visitType, o = {}) {
    serial++;
    this.c = {
      claimId: `${h.region}-${h.hospitalId}-2025-${String(serial).padStart(6, '0')}`,
      region: h.region, insuranceType: p.insuranceType, visitType,
      patient: { ...p.patient }, enrollment: { ...p.enrollment },
      provider: { hospitalId: h.hospitalId, level: h.level, department: dept, doctorId: o.doctorId || doctor(h, dept) },
    };
    if (p.bw) this.c.patient.birthWeightGrams = p.bw;
    if (p.region !== h.region) this.c.insuredRegion = p.region;
    this.level = h.level; this.items = []; this.mut = [];
  }
  add(name, date, qty, o = {}) {
    if (!qty) return null;
    const r = row(name);
    const unitPrice = o.price != null ? o.price : r.priceCap[String(this.level)];
    const it = { lineId: '', code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date, quantity: qty, unitPrice, amount: r2(qty * unitPrice) };
    if (o.long) it.longPrescription = true;
    it._m = !!o.m; it._r = r;
    this.items.push(it);
    return it;
  }
  finish(settle) {
    const c = this.c;
    this.items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let total = 0, policy = 0; const mut = [];
    this.items.forEach((it, i) => {
      it.lineId = String(i + 1);
      if (it._m) mut.push(it.lineId);
      const r = it._r; total += it.amount;
      if (r.class !== '丙') policy += it.amount * (1 - (r.selfPayShare || 0));
      delete it._m; delete it._r;
    });
    total = r2(total); policy = r2(policy);
    c.items = this.items;
    c.amounts = { total, policy, fundClaimed: fund(c, policy) };
    const rec = { claim: c, settle: settle || c.dischargeDate || c.visitDate, mut, ord: CLAIMS.length };
    CLAIMS.push(rec);
    return rec;
  }
}
// Fund: a documented, conservative settlement (TYPOLOGIES.md): inpatient deductible by level, ratio by scheme/level;
// outpatient 50 %, 门诊慢特病 60 %, pharmacy 0 (personal account). Never above policy-scope cost.
function fund(c, policy) {
  const emp = c.insuranceType === 'employee'; const lv = c.provider.level;
  if (c.visitType === 'inpatient') {
    const ded = { 1: 400, 2: 800, 3: 1200 }[lv];
    const ratio = (emp ? { 1: 0.85, 2: 0.8, 3: 0.75 } : { 1: 0.75, 2: 0.65, 3: 0.55 })[lv];
    return r2(Math.max(0, policy - ded) * ratio);
  }
  if (c.visitType === 'chronic') return r2(policy * 0.5);
  if (c.visitType === 'outpatient') return 0;
  return 0;
}
function inpatient(p, h, dept, adm, dis, dx, procs, o = {}) {
  const cl = new Claim(p, h, dept, 'inpatient', o);
  Object.assign(cl.c, { admissionDate: adm, dischargeDate: dis, diagnoses: dx.map((code, i) => (i === 0 ? { code, principal: true } : { code })), procedures: procs || [], reportedGroup: { drg: null, dip: null } });
  if (o.route) cl.c.admissionRoute = o.route;
  cl.c.dischargeMode = o.mode || 'ordered';
  if (o.from) cl.c.transferFromHospitalId = o.from;
  return cl;
}
function visit(p, h, dept, date, dx, vt = 'outpatient', o = {}) {
  const cl = new Claim(p, h, dept, vt, o);
  Object.assign(cl.c, { visitDate: date, diagnoses: dx.map((code, i) => (i === 0 ? { code, principal: true } : { code })), procedures: o.procs || [] });
  return cl;
}
// a stay: bed, nursing, 诊查 for each night (算进不算出), admission labs; daily(cl, day, date) adds the rest
const N1 = 'Ⅰ级护理', N2 = 'Ⅱ级护理', N3 = 'Ⅲ级护理', NS = '特级护理';
function stayBase(cl, adm, los, o = {}) {
  for (let d = 0; d < los; d++) {
    const date = add(adm, d);
    const m = o.mutDay ? o.mutDay(d, date) : false;
    if (!(o.noBed && o.noBed(d))) cl.add(o.bed ? (typeof o.bed === 'function' ? o.bed(d) : o.bed) : '普通病房床位费(三人间)', date, 1, { m });
    const n = o.nursing ? o.nursing(d) : (d < 2 ? N1 : N2);
    if (n) cl.add(n, date, 1, { m });
    if (!(o.noRound && o.noRound(d))) cl.add('住院诊查费', date, 1, { m });
  }
}
function admLabs(cl, date, set = 'adult') {
  cl.add('血常规(五分类)', date, 1); cl.add('尿常规', date, 1);
  if (set === 'newborn') { cl.add('血型鉴定(ABO+Rh)', date, 1); cl.add('C反应蛋白测定', date, 1); return; }
  cl.add('大便常规+隐血', date, 1); cl.add('肝功能(全套)', date, 1); cl.add('肾功能(三项)', date, 1); cl.add('电解质(四项)', date, 1);
  if (set === 'adult') { cl.add('空腹血糖测定', date, 1); cl.add('常规心电图检查', date, 1); cl.add('胸部X线摄影(正侧位)', date, 1); }
  if (set === 'psych') { cl.add('空腹血糖测定', date, 1); cl.add('血脂(四项)', date, 1); cl.add('常规心电图检查', date, 1); }
}
function infuse(cl, date, groups, o = {}) {
  if (o.scalp) cl.add('小儿头皮静脉输液', date, 1, o); else cl.add('静脉输液(第一组)', date, 1, o);
  if (groups > 1) cl.add('静脉输液(每增加一组)', date, groups - 1, o);
  cl.add('一次性使用输液器', date, Math.min(groups, 2), o);
}

// ---------- labels ----------
const LABELS = [];
function caseOf(kind, code, name, idx, recs, targetsIdx) {
  const caseId = `${code}-${String(idx + 1).padStart(2, '0')}`;
  const ids = recs.map((r) => r.claim.claimId);
  const targets = kind === 'fraud' ? (targetsIdx ? targetsIdx.map((i) => ids[i]) : ids.filter((_, i) => recs[i].mut.length || !recs.some((r) => r.mut.length))) : ids;
  const mutatedLines = {};
  if (kind === 'fraud') for (const r of recs) if (r.mut.length) mutatedLines[r.claim.claimId] = r.mut;
  LABELS.push({ caseId, kind, code, name, claimIds: ids, targets, mutatedLines });
}

// ====================================================================================================
// Fraud typologies
// ====================================================================================================
const PSY_DX = ['F20.000', 'F20.900', 'F25.100', 'F31.200', 'F20.501'];
function psychDrugs(cl, date, dx, m) {
  if (dx.startsWith('F31') || dx.startsWith('F25')) { cl.add('丙戊酸钠缓释片', date, 2, { m }); cl.add('利培酮片', date, 2, { m }); }
  else if (dx.startsWith('F32') || dx.startsWith('F33') || dx.startsWith('F41')) { cl.add(pick(['盐酸舍曲林片', '草酸艾司西酞普兰片']), date, pick([1, 2]), { m }); }
  else cl.add('利培酮片', date, pick([2, 3, 4]), { m });
}
const T = [];
// T01 精神科挂床: home-leave days billed as bed/nursing/round days with no care
T.push(['T01', '精神科挂床：请假离院日照计床日、护理与诊查', (i) => {
  const p = person({ ageMin: 28, ageMax: 68 }); const h = hosp(p.region, pick([1, 2]), 'P');
  const adm = randDate('2025-01-06', '2025-07-20'); const los = ri(40, 88); const dx = pick(PSY_DX);
  const cl = inpatient(p, h, 'psychiatry', adm, add(adm, los), [dx], [], { route: 'outpatient' });
  const leave = new Set();
  if (i % 2 === 0) { for (let d = 10; d < los - 2; d++) if (dow(add(adm, d)) === 6 || dow(add(adm, d)) === 0) leave.add(d); }
  else { let d = ri(8, 14); while (d < los - 6) { const len = ri(5, 12); for (let k = 0; k < len && d + k < los - 2; k++) leave.add(d + k); d += len + ri(6, 14); } }
  stayBase(cl, adm, los, { nursing: (d) => (d < 7 ? N1 : N2), mutDay: (d) => leave.has(d) });
  admLabs(cl, adm, 'psych');
  for (let d = 0; d < los; d++) { const date = add(adm, d); if (!leave.has(d)) psychDrugs(cl, date, dx); if (d > 0 && d % 28 === 0 && !leave.has(d)) { cl.add('血常规(五分类)', date, 1); cl.add('肝功能(全套)', date, 1); } }
  return [cl.finish()];
}]);
// T02 精神科 "免费住院": back-to-back stays, discharge and readmission within 0-2 days
T.push(['T02', '精神科连续住院拆分（免费住院诱导，出院即再入院）', (i) => {
  const p = person({ ageMin: 35, ageMax: 75, insuranceType: 'resident' }); const h = hosp(p.region, 1, 'Q');
  let adm = randDate('2025-01-06', '2025-05-10'); const recs = []; const dx0 = pick(['F20.501', 'F20.500', 'F20.900', 'F03.x01']);
  const n = i % 3 === 0 ? 4 : 3; const doc = doctor(h, 'psychiatry');
  for (let s = 0; s < n; s++) {
    const los = ri(24, 30); const dx = s > 0 && chance(0.4) ? (dx0 === 'F20.501' ? 'F20.900' : dx0) : dx0;
    const cl = inpatient(p, h, 'psychiatry', adm, add(adm, los), [dx, ...(chance(0.5) ? ['I10.x00'] : [])], [], { doctorId: doc, route: s ? 'other' : 'outpatient' });
    stayBase(cl, adm, los, { nursing: () => N2 }); admLabs(cl, adm, 'psych');
    for (let d = 0; d < los; d++) { const date = add(adm, d); if (dx.startsWith('F03')) cl.add('盐酸多奈哌齐片', date, 1); else psychDrugs(cl, date, dx); if (cl.c.diagnoses.length > 1) cl.add('苯磺酸氨氯地平片', date, 1); }
    recs.push(cl.finish()); adm = add(adm, los + (i % 3));
  }
  return [recs, recs.map((_, k) => k).slice(1)];
}]);
// T03 psychiatric stays with weekly repeated exams/labs without indication
T.push(['T03', '精神科无指征重复检查（每周脑电图/心电图/生化全套）', (i) => {
  const p = person({ ageMin: 18, ageMax: 65 }); const h = hosp(p.region, pick([2, 3]), 'P');
  const adm = randDate(); const los = ri(21, 42); const dx = pick(['F32.200', 'F41.100', 'F20.000', 'F33.200', 'F31.200']);
  const cl = inpatient(p, h, 'psychiatry', adm, add(adm, los), [dx], []);
  stayBase(cl, adm, los, { nursing: (d) => (d < 5 ? N1 : N2) }); admLabs(cl, adm, 'psych'); cl.add('脑电图', adm, 1);
  if (h.level >= 2 && chance(0.5)) cl.add('头颅MRI平扫', add(adm, 1), 1);
  const step = i % 3 === 0 ? 4 : 7;
  for (let d = 0; d < los; d++) {
    const date = add(adm, d); psychDrugs(cl, date, dx);
    if (d > 0 && d % step === 0 && d < los - 1) {
      cl.add('脑电图', date, 1, { m: true }); cl.add('常规心电图检查', date, 1, { m: true });
      if (i % 2 === 0) { cl.add('肝功能(全套)', date, 1, { m: true }); cl.add('肾功能(三项)', date, 1, { m: true }); cl.add('血脂(四项)', date, 1, { m: true }); cl.add('电解质(四项)', date, 1, { m: true }); }
      else { cl.add('甲状腺功能(三项)', date, 1, { m: true }); cl.add('心肌酶谱', date, 1, { m: true }); }
      if (d === 14 && h.level >= 2) cl.add(i % 2 ? '头颅MRI平扫' : '头颅CT平扫', date, 1, { m: true });
    }
  }
  return [cl.finish()];
}]);
// T04 rehabilitation assessment billed daily / every other day
T.push(['T04', '康复评定超频次（每日或隔日评定）', (i) => {
  const p = person({ ageMin: 45, ageMax: 82 }); const h = hosp(p.region, pick([1, 2, 3]), 'R');
  const adm = randDate(); const los = ri(14, 28);
  const dx = pick([['I69.300', 'G81.900'], ['I69.100x001', 'G81.900'], ['T91.300x004', 'G82.000x061'], ['G20.x00'], ['S72.000', 'M81.000']]);
  const cl = inpatient(p, h, 'rehabilitation', adm, add(adm, los), dx, [{ code: '93.0103', date: adm }, { code: '93.1101', date: add(adm, 1) }]);
  stayBase(cl, adm, los, { nursing: () => N2 }); admLabs(cl, adm);
  const every = [1, 2, 1, 3][i % 4];
  for (let d = 0; d < los; d++) {
    const date = add(adm, d);
    if (d === 0 || d === los - 1) cl.add('康复评定', date, 1); else if (d % every === 0) cl.add('康复评定', date, 1, { m: true });
    if (dow(date) !== 0 && d > 0) { cl.add('运动疗法', date, 1); if (chance(0.6)) cl.add('针灸', date, 1); }
    cl.add('阿司匹林肠溶片', date, dx[0].startsWith('I69') ? 1 : 0); cl.add('阿托伐他汀钙片', date, dx[0].startsWith('I69') ? 1 : 0);
    if (dx[0] === 'G20.x00') cl.add('多巴丝肼片', date, 3); if (dx[0] === 'S72.000') cl.add('碳酸钙D3片', date, 1);
  }
  return [cl.finish()];
}]);
// T05 children's sensory-integration / special-education training billed as 运动疗法 (no motor impairment)
T.push(['T05', '儿童感统/特教训练串换为运动疗法（无运动功能障碍）', (i) => {
  const p = person({ ageMin: 3, ageMax: 11, insuranceType: 'resident' }); const h = hosp(p.region, pick([1, 2]), 'K');
  const dx = pick([['F90.000x001'], ['R62.000x002'], ['F80.100'], ['F90.000', 'F80.000']]);
  let date = nextWeekday(randDate('2025-02-03', '2025-10-01')); const recs = []; const n = ri(8, 14); const doc = doctor(h, 'pediatric_rehab');
  for (let k = 0; k < n; k++) {
    const cl = visit(p, h, 'pediatric_rehab', date, dx, 'outpatient', { doctorId: doc });
    cl.add('普通门诊诊察费', date, 1);
    if (k === 0) cl.add('康复评定', date, 1);
    cl.add('运动疗法', date, pick([1, 2]), { m: true }); if (i % 2 === 0) cl.add('推拿治疗', date, 1, { m: true });
    recs.push(cl.finish()); date = nextWeekday(add(date, pick([1, 1, 2])));
  }
  return [recs];
}]);
// T06 acupuncture points / massage regions billed as sessions (quantity per point/region)
T.push(['T06', '虚记针灸穴位/推拿部位（按穴位或部位计次）', (i) => {
  const p = person({ ageMin: 25, ageMax: 78 }); const h = hosp(p.region, pick([1, 2, 3]), 'T');
  const dx = pick([['M54.502'], ['M75.001'], ['G51.000'], ['M51.202'], ['M54.504'], ['R51.x00']]);
  const recs = []; let date = randDate(); const n = ri(2, 6); const doc = doctor(h, 'tcm');
  for (let k = 0; k < n; k++) {
    const cl = visit(p, h, 'tcm', date, dx, 'outpatient', { doctorId: doc });
    cl.add('普通门诊诊察费', date, 1);
    const v = i % 3;
    if (v === 0) cl.add('针灸', date, ri(4, 10), { m: true });
    else if (v === 1) { cl.add('针灸', date, 1); cl.add('推拿治疗', date, ri(3, 6), { m: true }); }
    else { cl.add('针灸', date, ri(3, 6), { m: true }); cl.add('推拿治疗', date, ri(3, 4), { m: true }); }
    if (k === 0 && chance(0.5)) cl.add('双氯芬酸钠缓释片', date, 14);
    recs.push(cl.finish()); date = add(date, ri(2, 4));
  }
  return [recs];
}]);
// T07 Chinese patent medicines for an acute illness dispensed for weeks
T.push(['T07', '急性病中成药超量（3–5日病程开3–6周）', (i) => {
  const child = i % 3 === 2;
  const p = person(child ? { ageMin: 2, ageMax: 10, insuranceType: 'resident' } : { ageMin: 20, ageMax: 75 });
  const h = hosp(p.region, pick([1, 2, 3]), 'T'); const date = randDate();
  const dx = child ? pick([['J20.900'], ['J06.900']]) : pick([['J06.900'], ['J06.900x001'], ['J03.900'], ['J20.900']]);
  const cl = visit(p, h, child ? 'pediatrics' : 'tcm', date, dx);
  cl.add('普通门诊诊察费', date, 1); cl.add('血常规(五分类)', date, 1);
  const days = ri(20, 42);
  if (child) { cl.add('小儿肺热咳喘口服液', date, 3 * days, { m: true }); cl.add('小儿氨酚黄那敏颗粒', date, 3 * ri(3, 5)); }
  else if (i % 3 === 0) { cl.add('连花清瘟胶囊', date, 12 * days, { m: true }); cl.add('对乙酰氨基酚片', date, 6); }
  else { cl.add('板蓝根颗粒', date, 3 * days, { m: true }); if (chance(0.5)) cl.add('连花清瘟胶囊', date, 12 * ri(14, 28), { m: true }); else cl.add('复方甘草片', date, 27); }
  return [[cl.finish()]];
}]);
// T08 cosmetic dental work billed as covered treatment
T.push(['T08', '口腔美容项目（种植/正畸/美白）以医保项目名义收费', (i) => {
  const p = person({ ageMin: 16, ageMax: 60 }); const h = hosp(p.region, pick([1, 2]), 'S'); const v = i % 3; const recs = [];
  const doc = doctor(h, 'stomatology');
  if (v === 0) { // implant fixture billed as orthopaedic screws, abutment as plate
    const date = randDate(); const cl = visit(p, h, 'stomatology', date, ['K08.104'], 'outpatient', { doctorId: doc, procs: [{ code: '23.6x00x003', date }] });
    cl.add('普通门诊诊察费', date, 1); cl.add('头颅CT平扫', date, 1, { m: true }); cl.add('局部浸润麻醉', date, 1); cl.add('盐酸利多卡因注射液', date, 2);
    cl.add('骨科螺钉', date, ri(1, 3), { m: true }); if (chance(0.5)) cl.add('接骨板', date, 1, { m: true }); cl.add('可吸收缝线', date, 2); cl.add('阿莫西林胶囊', date, 18);
    recs.push(cl.finish());
  } else if (v === 1) { // orthodontic monthly adjustments billed as dressing changes and X-rays
    let date = randDate('2025-01-06', '2025-06-30'); const n = ri(3, 5);
    for (let k = 0; k < n; k++) {
      const cl = visit(p, h, 'stomatology', date, ['K07.200'], 'outpatient', { doctorId: doc, procs: [{ code: k ? '24.7x02' : '24.7x01', date }] });
      cl.add('普通门诊诊察费', date, 1); cl.add('换药(中)', date, 2, { m: true }); if (k === 0) cl.add('四肢X线摄影', date, 2, { m: true });
      recs.push(cl.finish()); date = add(date, ri(26, 35));
    }
  } else { // whitening sessions billed as local treatment of worn teeth
    let date = randDate(); const n = ri(2, 3);
    for (let k = 0; k < n; k++) {
      const cl = visit(p, h, 'stomatology', date, [pick(['K03.100', 'K03.000x002', 'K02.001'])], 'outpatient', { doctorId: doc });
      cl.add('普通门诊诊察费', date, 1); cl.add('换药(小)', date, 2, { m: true }); cl.add('局部浸润麻醉', date, 1, { m: true }); cl.add('医用冷敷贴', date, 2);
      recs.push(cl.finish()); date = add(date, 7);
    }
  }
  return [recs];
}]);
// T09 dental conditions admitted as inpatients (低标准入院)
T.push(['T09', '口腔门诊病种收住院（阻生齿/根尖周炎/口腔溃疡住院）', (i) => {
  const p = person({ ageMin: 18, ageMax: 70 }); const h = hosp(p.region, pick([1, 2]), 'S');
  const adm = randDate(); const los = ri(3, 6); const v = i % 3;
  const dx = v === 0 ? ['K01.100'] : v === 1 ? ['K04.500x001'] : ['K12.000'];
  const procs = v === 0 ? [{ code: '23.1900x006', date: add(adm, 1) }] : v === 1 ? [{ code: '23.7000', date: add(adm, 1) }] : [];
  const cl = inpatient(p, h, 'stomatology', adm, add(adm, los), dx, procs, { route: 'outpatient' });
  stayBase(cl, adm, los, { nursing: () => N3 }); admLabs(cl, adm);
  if (v === 0) { cl.add('局部浸润麻醉', add(adm, 1), 1); cl.add('盐酸利多卡因注射液', add(adm, 1), 2); cl.add('可吸收缝线', add(adm, 1), 1); }
  for (let d = 0; d < los; d++) { const date = add(adm, d); if (v < 2) { cl.add('注射用头孢呋辛钠', date, 2); cl.add('氯化钠注射液', date, 1); infuse(cl, date, 1); } else { cl.add('复合维生素B片', date, 3); cl.add('维生素C片', date, 3); } }
  return [[cl.finish()]];
}]);
// dialysis helpers
function hdSessions(start, weeks, pattern) { const out = []; for (let w = 0; w < weeks; w++) for (const dd of pattern) out.push(add(start, w * 7 + dd)); return out; }
function hdLines(cl, date, m, o = {}) { cl.add('血液透析', date, 1, { m }); cl.add('透析器', date, 1, { m }); cl.add('一次性使用血液透析管路', date, 1, { m }); if (o.epo) cl.add('重组人促红素注射液', date, o.epo, { m: o.mEpo }); }
function hdPatient(o = {}) { return person({ ageMin: 35, ageMax: 78, chronicDiseases: ['N18'], ...o }); }
// one chronic claim per dialysis session (visitDate = session date)
function hdClaim(p, h, date, o = {}) {
  const cl = visit(p, h, 'nephrology', date, ['N18.500', 'Z49.101', ...(o.dx || [])], 'chronic', { doctorId: o.doctorId });
  if (o.first) { cl.add('门诊慢特病管理诊查费', date, 1); cl.add('血常规(五分类)', date, 1); cl.add('肾功能(三项)', date, 1); cl.add('电解质(四项)', date, 1); }
  hdLines(cl, date, !!o.m, { epo: o.epo || 0, mEpo: o.mEpo });
  if (o.extra) o.extra(cl, date);
  return cl.finish();
}
// T10 dialysis sessions not done
T.push(['T10', '血液透析虚增次数（周日/连日加记、住院期间门诊透析）', (i) => {
  const p = hdPatient(); const h = hosp(p.region, pick([2, 3]), 'N'); const start = nextWeekday(randDate('2025-01-06', '2025-10-01'));
  const sess = hdSessions(start, 4, [0, 2, 4]); const recs = []; const tIdx = []; const doc = doctor(h, 'nephrology');
  const extraDates = []; const extra = ri(2, 5); let st = null;
  if (i % 3 === 2) { // inpatient stay at another hospital (with its own dialysis); clinic sessions billed on days inside it
    const h2 = hosp(p.region, 3, 'G'); const adm = add(start, 8); const los = 6;
    st = inpatient(p, h2, 'nephrology', adm, add(adm, los), ['J18.900', 'N18.500', 'Z99.201'], [{ code: '39.9500', date: add(adm, 1) }], { route: 'emergency' });
    stayBase(st, adm, los, { nursing: (d) => (d < 2 ? N1 : N2) }); admLabs(st, adm); st.add('C反应蛋白测定', adm, 1);
    for (let d = 0; d < los; d++) { const date = add(adm, d); st.add('注射用头孢呋辛钠', date, 3); st.add('氯化钠注射液', date, 1); infuse(st, date, 1); if (d % 2 === 1) hdLines(st, date, false); }
    for (let k = 0; k < Math.min(extra, 3); k++) extraDates.push(add(adm, 2 * k));
    for (let k = 0; k < extraDates.length; k++) { const x = sess.indexOf(extraDates[k]); if (x >= 0) sess.splice(x, 1); }
  } else {
    for (let k = 0; k < extra; k++) extraDates.push(add(start, k * 7 + (i % 2 ? 6 : 1))); // Sundays, or the day after Monday's session
  }
  const all = [...sess.map((d) => [d, false]), ...extraDates.map((d) => [d, true])].sort((x, y) => (x[0] < y[0] ? -1 : 1));
  all.forEach(([d, fake], k) => { recs.push(hdClaim(p, h, d, { doctorId: doc, first: k === 0, epo: k % 2 === 0 ? 1 : 0 })); if (fake) tIdx.push(recs.length - 1); });
  if (st) recs.push(st.finish());
  return [recs, tIdx];
}]);
// T11 ESA / iron / carnitine beyond use on dialysis claims
T.push(['T11', '透析用药超量（促红素每次多支、左卡尼汀门诊使用、铁剂超量）', (i) => {
  const p = hdPatient(); const h = hosp(p.region, pick([1, 2, 3]), 'N'); const start = nextWeekday(randDate('2025-01-06', '2025-10-01'));
  const sess = hdSessions(start, 3, [0, 2, 4]); const v = i % 3; const recs = []; const doc = doctor(h, 'nephrology');
  sess.forEach((s, k) => recs.push(hdClaim(p, h, s, { doctorId: doc, first: k === 0, dx: i % 2 ? ['D64.900'] : [], extra: (cl, date) => {
    if (v === 0) cl.add('重组人促红素注射液', date, ri(3, 4), { m: true });
    else if (v === 1) { cl.add('重组人促红素注射液', date, 1); cl.add('左卡尼汀注射液', date, 2, { m: true }); }
    else { cl.add('重组人促红素注射液', date, 2, { m: true }); cl.add('左卡尼汀注射液', date, 1, { m: true }); }
    if (k === 0 && v !== 1) cl.add('琥珀酸亚铁片', date, 9 * 28, { m: true });
  } })));
  return [recs];
}]);
// delivery helper
function delivery(p, h, adm, o = {}) {
  const cs = !!o.cs; const los = o.los || (cs ? ri(4, 6) : ri(2, 4));
  const dx = cs ? ['O82.000x001'] : ['O80.000', 'Z37.000x001'];
  const procs = cs ? [{ code: '74.1x01', date: add(adm, 1) }] : [{ code: '73.5900x002', date: adm }];
  if (cs) dx[0] = 'O34.201'; // scarred uterus; caesarean
  const cl = inpatient(p, h, 'obstetrics', adm, add(adm, los), cs ? ['O34.201', 'Z37.000x001'] : dx, cs ? [{ code: '74.1x01', date: add(adm, 1) }] : [{ code: '73.5900x002', date: adm }], { route: 'outpatient' });
  stayBase(cl, adm, los, { nursing: (d) => (d < 2 ? N1 : N2) }); admLabs(cl, adm, 'basic');
  cl.add('凝血四项', adm, 1); cl.add('产科B超', adm, 1); cl.add('胎心监护', adm, 2); cl.add('术前八项(感染筛查)', adm, 1); cl.add('血型鉴定(ABO+Rh)', adm, 1);
  const op = cs ? add(adm, 1) : adm;
  if (cs) { cl.add('剖宫产术', op, 1); cl.add('椎管内麻醉', op, 1); cl.add('盐酸罗哌卡因注射液', op, 1); cl.add('一次性使用麻醉穿刺包', op, 1); cl.add('可吸收缝线', op, 3); cl.add('一次性手术衣及铺单包', op, 1); cl.add('一次性使用导尿包', op, 1); cl.add('注射用头孢呋辛钠', op, 2); }
  else { cl.add('阴道分娩接生', op, 1); cl.add('一次性产包', op, 1); cl.add('局部浸润麻醉', op, 1); cl.add('可吸收缝线', op, 1); }
  cl.add('缩宫素注射液', op, 2); cl.add('血常规(五分类)', add(op, 1), 1);
  for (let d = 0; d < los; d++) if (cs && d >= 1 && d <= 3) { cl.add('乳酸钠林格注射液', add(adm, d), 2); infuse(cl, add(adm, d), 2); }
  return { cl, los };
}
// T12 newborn items on the mother's claim (and on the baby's own claim)
T.push(['T12', '新生儿项目记在母亲结算单（或母婴两单重复）', (i) => {
  const p = person({ ageMin: 22, ageMax: 40, gender: 'F' }); const h = hosp(p.region, pick([2, 3]), 'O');
  const adm = randDate(); const { cl, los } = delivery(p, h, adm, { cs: i % 3 === 0 }); const recs = [];
  const bd = i % 3 === 0 ? add(adm, 1) : adm;
  for (let d = 1; d < los; d++) {
    const date = add(adm, d);
    cl.add('新生儿护理', date, 1, { m: true });
    if (d >= 2) { cl.add('新生儿蓝光治疗', date, ri(8, 12), { m: true }); cl.add('总胆红素测定', date, 1, { m: true }); }
  }
  if (i % 2 === 0) cl.add('新生儿床位费', add(adm, los - 1), 1, { m: true });
  const mrec = cl.finish();
  if (i % 2 === 1) { // the baby's own jaundice claim bills the same days again
    const b = newborn(bd, p.region, ri(2900, 3700)); const badm = add(adm, 2); const blos = los - 2 > 1 ? los - 2 : 2;
    const bc = inpatient(b, h, 'neonatology', badm, add(badm, blos), ['P59.901'], [{ code: '99.8301', date: badm }]);
    stayBase(bc, badm, blos, { bed: '新生儿床位费', nursing: () => '新生儿护理' }); admLabs(bc, badm, 'newborn');
    for (let d = 0; d < blos; d++) { bc.add('新生儿蓝光治疗', add(badm, d), ri(10, 14)); bc.add('总胆红素测定', add(badm, d), 1); }
    recs.push(bc.finish());
  }
  recs.unshift(mrec);
  return [recs, [0]];
}]);
// T13 nebulisation beyond need in children with mild illness
T.push(['T13', '儿童超量雾化（轻症每日3–4次、每次新雾化器）', (i) => {
  const p = person({ ageMin: 1, ageMax: 8, insuranceType: 'resident' }); const h = hosp(p.region, pick([1, 2]), 'C');
  const dx = pick([['J06.900'], ['J20.900'], ['J03.900'], ['J06.900x001']]); let date = randDate(); const recs = []; const n = ri(3, 6); const doc = doctor(h, 'pediatrics');
  for (let k = 0; k < n; k++) {
    const cl = visit(p, h, 'pediatrics', date, dx, 'outpatient', { doctorId: doc });
    cl.add('普通门诊诊察费', date, 1); if (k === 0) { cl.add('血常规(五分类)', date, 1); cl.add('C反应蛋白测定', date, 1); }
    const s = ri(3, 4);
    cl.add('雾化吸入', date, s, { m: true }); cl.add('吸入用布地奈德混悬液', date, s, { m: true }); if (i % 2) cl.add('吸入用异丙托溴铵溶液', date, s, { m: true });
    cl.add('一次性使用雾化器', date, i % 3 === 0 ? s : 2, { m: true });
    if (k === 0) cl.add('小儿氨酚黄那敏颗粒', date, 9);
    recs.push(cl.finish()); date = add(date, 1);
  }
  return [recs];
}]);
// T14 phototherapy hours inflated for physiological jaundice
T.push(['T14', '新生儿生理性黄疸蓝光时数虚高（按24小时/日计）', (i) => {
  const birth = randDate(); const p0 = person({ ageMin: 22, ageMax: 38, gender: 'F' }); const b = newborn(birth, p0.region, ri(2700, 3900));
  const h = hosp(b.region, pick([1, 2, 3]), 'C'); const adm = add(birth, ri(3, 6)); const los = ri(3, 5);
  const cl = inpatient(b, h, 'neonatology', adm, add(adm, los), [i % 2 ? 'P59.902' : 'P59.901'], [{ code: '99.8301', date: adm }], { route: 'outpatient' });
  stayBase(cl, adm, los, { bed: '新生儿床位费', nursing: () => '新生儿护理' }); admLabs(cl, adm, 'newborn');
  for (let d = 0; d <= los; d++) { const date = add(adm, d); if (d < los || i % 3 === 0) cl.add('新生儿蓝光治疗', date, i % 2 ? 24 : ri(20, 24), { m: true }); if (d < los) cl.add('总胆红素测定', date, 1); }
  return [[cl.finish()]];
}]);
// T15 antenatal care beyond the schedule
T.push(['T15', '产检超项目超频次（早孕期胎心监护、每次全套化验）', (i) => {
  const p = person({ ageMin: 22, ageMax: 41, gender: 'F' }); const h = hosp(p.region, pick([1, 2, 3]), 'O'); const recs = []; const doc = doctor(h, 'obstetrics');
  if (i % 3 === 2) { // threatened miscarriage stay at 8-12 weeks with fetal heart monitoring
    const adm = randDate(); const los = ri(8, 14);
    const cl = inpatient(p, h, 'obstetrics', adm, add(adm, los), ['O20.000'], [], { route: 'outpatient' });
    stayBase(cl, adm, los, { nursing: () => N2 }); admLabs(cl, adm, 'basic'); cl.add('人绒毛膜促性腺激素(β-HCG)测定', adm, 1); cl.add('妇科B超', adm, 1);
    for (let d = 0; d < los; d++) { const date = add(adm, d); cl.add('黄体酮注射液', date, 1); cl.add('肌肉注射', date, 1); cl.add('胎心监护', date, ri(2, 3), { m: true }); if (d % 3 === 2) cl.add('产科B超', date, 1, { m: true }); }
    recs.push(cl.finish());
  } else {
    let date = randDate('2025-01-06', '2025-08-30'); const n = ri(4, 6);
    for (let k = 0; k < n; k++) {
      const cl = visit(p, h, 'obstetrics', date, ['Z34.900x001'], 'outpatient', { doctorId: doc });
      cl.add('普通门诊诊察费', date, 1); cl.add('产科B超', date, 1, { m: k > 0 });
      cl.add('胎心监护', date, ri(1, 2), { m: true });
      const first = k === 0;
      for (const t of ['凝血四项', 'D-二聚体测定', '甲状腺功能(三项)', '肝功能(全套)', '肾功能(三项)']) cl.add(t, date, 1, { m: !first });
      if (i % 2 === 0) cl.add('宫颈液基细胞学检查(TCT)', date, 1, { m: !first });
      cl.add('血常规(五分类)', date, 1); cl.add('尿常规', date, 1);
      recs.push(cl.finish()); date = add(date, ri(7, 14));
    }
  }
  return [recs];
}]);
// T16 home sick bed (家庭病床) billed daily although visits are weekly
T.push(['T16', '家庭病床虚记上门服务（每日计诊查、护理、输液，实际每周上门）', (i) => {
  const p = person({ ageMin: 65, ageMax: 92 }); const h = hosp(p.region, 1, 'F'); const adm = randDate('2025-01-06', '2025-09-01'); const los = ri(28, 60);
  const dx = pick([['I69.300', 'L89.001'], ['G20.x00', 'I10.x00'], ['J44.100', 'I50.900'], ['F03.x01', 'L89.001']]);
  const cl = inpatient(p, h, 'family_bed', adm, add(adm, los), dx, []);
  const visitDow = dow(adm);
  const m = (d) => dow(add(adm, d)) !== visitDow;
  for (let d = 0; d < los; d++) {
    const date = add(adm, d); const mm = m(d);
    cl.add('住院诊查费', date, 1, { m: mm }); cl.add(N2, date, 1, { m: mm });
    if (i % 2 === 0) { cl.add('静脉输液(第一组)', date, 1, { m: mm }); cl.add('氯化钠注射液', date, 1, { m: mm }); cl.add('一次性使用输液器', date, 1, { m: mm }); }
    if (dx[1] === 'L89.001') { cl.add('换药(中)', date, 1, { m: mm }); cl.add('一次性使用换药包', date, 1, { m: mm }); }
    else cl.add('血糖监测(快速)', date, 1, { m: mm });
  }
  cl.add('血常规(五分类)', adm, 1); cl.add('肾功能(三项)', adm, 1);
  return [[cl.finish()]];
}]);

// ====================================================================================================
// Controls
// ====================================================================================================
const C = [];
// C01 treatment-resistant schizophrenia, 90-150 days, weekly blood counts (clozapine: nearest row 利培酮片 - see TYPOLOGIES)
C.push(['C01', '难治性精神分裂症长期住院（氯氮平监测每周血常规）', (i) => {
  const p = person({ ageMin: 20, ageMax: 60 }); const h = hosp(p.region, pick([2, 3]), 'P'); const adm = randDate('2025-01-06', '2025-06-15'); const los = ri(90, 150);
  const cl = inpatient(p, h, 'psychiatry', adm, add(adm, los), [pick(['F20.000', 'F20.900', 'F20.501']), ...(chance(0.4) ? ['E78.000'] : [])], [{ code: '94.2300x002', date: adm }], { route: pick(['outpatient', 'emergency']) });
  stayBase(cl, adm, los, { nursing: (d) => (d < 14 ? N1 : N2) }); admLabs(cl, adm, 'psych'); cl.add('脑电图', adm, 1);
  for (let d = 0; d < los; d++) {
    const date = add(adm, d); cl.add('利培酮片', date, d < 21 ? 2 : 4);
    if (d > 0 && d % 7 === 0 && d <= 126) cl.add('血常规(五分类)', date, 1);
    if (d > 0 && d % 28 === 0) { cl.add('肝功能(全套)', date, 1); cl.add('常规心电图检查', date, 1); }
    if (d > 0 && d % 30 === 0) { cl.add('空腹血糖测定', date, 1); cl.add('血脂(四项)', date, 1); }
    if (d >= 14 && cl.c.diagnoses.length > 1) cl.add('阿托伐他汀钙片', date, 1);
  }
  return [[cl.finish()]];
}]);
// C02 MECT course for severe depression
C.push(['C02', '重度抑郁MECT疗程（8–12次无抽搐电休克）', (i) => {
  const p = person({ ageMin: 18, ageMax: 70 }); const h = hosp(p.region, 3, 'P'); const adm = randDate(); const los = ri(24, 36);
  const dx = pick(['F32.300', 'F33.200', 'F32.200', 'F31.300x005']);
  const nSess = ri(8, 12); const sessDays = []; let d = 3; while (sessDays.length < nSess && d < los - 2) { if (dow(add(adm, d)) !== 0) sessDays.push(d); d += dow(add(adm, d)) === 5 ? 3 : 2; }
  const cl = inpatient(p, h, 'psychiatry', adm, add(adm, los), [dx], sessDays.map((x) => ({ code: '94.2600', date: add(adm, x) })));
  stayBase(cl, adm, los, { nursing: (x) => (x < 7 ? N1 : N2) }); admLabs(cl, adm, 'psych'); cl.add('脑电图', adm, 1); cl.add('头颅CT平扫', add(adm, 1), 1); cl.add('胸部X线摄影(正侧位)', add(adm, 1), 1);
  for (let x = 0; x < los; x++) {
    const date = add(adm, x); psychDrugs(cl, date, dx.startsWith('F31') ? 'F31' : 'F32');
    if (sessDays.includes(x)) { cl.add('全身麻醉', date, 1); cl.add('丙泊酚中/长链脂肪乳注射液', date, 1); cl.add('注射用维库溴铵', date, 1); cl.add('脑电图', date, 1); cl.add('氯化钠注射液', date, 1); cl.add('一次性使用静脉留置针', date, 1); }
  }
  return [[cl.finish()]];
}]);
// C03 psychiatric day ward, five days a week for 3-4 weeks
C.push(['C03', '精神科日间病房（每周5日、3–4周）', (i) => {
  const p = person({ ageMin: 16, ageMax: 60 }); const h = hosp(p.region, pick([2, 3]), 'P'); const dx = [pick(['F20.000', 'F32.200', 'F41.100', 'F31.300x005', 'F33.100'])];
  let date = nextWeekday(randDate('2025-01-06', '2025-10-20')); const recs = []; const n = ri(15, 20); const doc = doctor(h, 'psychiatry_day');
  for (let k = 0; k < n; k++) {
    const cl = visit(p, h, 'psychiatry_day', date, dx, 'outpatient', { doctorId: doc });
    cl.add('普通门诊诊察费', date, 1);
    if (k === 0) { cl.add('血常规(五分类)', date, 1); cl.add('肝功能(全套)', date, 1); cl.add('常规心电图检查', date, 1); }
    if (k % 5 === 0) { const drugName = dx[0].startsWith('F20') ? '利培酮片' : dx[0].startsWith('F31') ? '丙戊酸钠缓释片' : '草酸艾司西酞普兰片'; cl.add(drugName, date, (drugName === '草酸艾司西酞普兰片' ? 1 : 2) * 7); }
    recs.push(cl.finish()); date = nextWeekday(add(date, 1));
  }
  return [recs];
}]);
// C04 spinal cord injury rehab, 60-90 days, several therapies a day
C.push(['C04', '脊髓损伤康复60–90天（每日多项治疗、间歇导尿）', (i) => {
  const p = person({ ageMin: 18, ageMax: 65 }); const h = hosp(p.region, 3, 'R'); const adm = randDate('2025-01-06', '2025-08-01'); const los = ri(60, 90);
  const dx = [pick(['T91.300x004', 'T91.300x002', 'T91.300x003']), pick(['G82.000x061', 'G82.000x021']), 'N31.900'];
  const cl = inpatient(p, h, 'rehabilitation', adm, add(adm, los), dx, [{ code: '93.0103', date: adm }, { code: '93.1103', date: add(adm, 1) }, { code: '93.8301', date: add(adm, 1) }], { route: 'transfer', from: 'H' + p.region.slice(0, 4) + '3G1' });
  stayBase(cl, adm, los, { nursing: (d) => (d < 14 ? N1 : N2) }); admLabs(cl, adm); cl.add('泌尿系B超', adm, 1); cl.add('下肢血管彩色多普勒超声', adm, 1);
  for (let d = 0; d < los; d++) {
    const date = add(adm, d);
    if (d === 0 || d === los - 1 || d % 30 === 0) cl.add('康复评定', date, 1);
    if (dow(date) !== 0 && d > 0 && d < los - 1) { cl.add('运动疗法', date, 2); cl.add('针灸', date, 1); if (dow(date) !== 6) cl.add('推拿治疗', date, 1); }
    cl.add('导尿', date, 2); cl.add('一次性使用导尿包', date, 2);
    if (d < 14) cl.add('低分子量肝素钙注射液', date, 1); cl.add('甲磺酸倍他司汀片', date, 0);
    if (d % 14 === 7) { cl.add('尿常规', date, 1); cl.add('血常规(五分类)', date, 1); }
  }
  return [[cl.finish()]];
}]);
// C05 cerebral palsy children: repeated rehab courses of 3-4 weeks with 5-14-day gaps
C.push(['C05', '脑瘫儿童康复疗程（多次住院、间隔1–2周）', (i) => {
  const p = person({ ageMin: 1, ageMax: 7, insuranceType: 'resident' }); const h = hosp(p.region, pick([2, 3]), 'K'); const dx = [pick(['G80.101', 'G80.000x011', 'G80.200', 'G80.100']), ...(i % 3 === 0 ? ['G40.900'] : [])];
  let adm = randDate('2025-01-06', '2025-05-01'); const recs = []; const n = ri(2, 3); const doc = doctor(h, 'pediatric_rehab');
  for (let s = 0; s < n; s++) {
    const los = ri(20, 28);
    const cl = inpatient(p, h, 'pediatric_rehab', adm, add(adm, los), dx, [{ code: '93.0103', date: adm }, { code: '93.3906', date: add(adm, 1) }], { doctorId: doc });
    stayBase(cl, adm, los, { nursing: () => N2 }); admLabs(cl, adm, 'basic'); if (s === 0) { if (dx.length > 1) cl.add('脑电图', adm, 1); if (chance(0.5)) cl.add('头颅MRI平扫', add(adm, 1), 1); }
    if (dx.length > 1) for (let d = 0; d < los; d++) cl.add('丙戊酸钠缓释片', add(adm, d), 1);
    for (let d = 0; d < los; d++) { const date = add(adm, d); if (d === 0 || d === los - 1) cl.add('康复评定', date, 1); if (dow(date) !== 0 && d > 0 && d < los - 1) { cl.add('运动疗法', date, 2); cl.add('推拿治疗', date, 1); if (chance(0.5)) cl.add('针灸', date, 1); } }
    recs.push(cl.finish()); adm = add(adm, los + ri(7, 14));
  }
  return [recs];
}]);
// C06 acupuncture course of 10 consecutive days
C.push(['C06', '针灸疗程（连续10日每日一次）', (i) => {
  const p = person({ ageMin: 20, ageMax: 80 }); const h = hosp(p.region, pick([1, 2, 3]), 'T'); const dx = pick([['G51.000'], ['M75.001'], ['M54.502'], ['M51.202'], ['G51.003']]);
  let date = randDate(); const recs = []; const doc = doctor(h, 'tcm');
  for (let k = 0; k < 10; k++) {
    const cl = visit(p, h, 'tcm', date, dx, 'outpatient', { doctorId: doc });
    cl.add('普通门诊诊察费', date, 1); cl.add('针灸', date, 1); if (dx[0] !== 'G51.000' && dx[0] !== 'G51.003') cl.add('推拿治疗', date, 1);
    if (k === 0 && dx[0].startsWith('G51')) { cl.add('醋酸泼尼松片', date, 6 * 5); cl.add('阿昔洛韦片', date, 35); cl.add('复合维生素B片', date, 30); }
    recs.push(cl.finish()); date = add(date, 1);
  }
  return [recs];
}]);
// C07 Chinese patent medicine courses of 14-28 days for chronic conditions (decoctions not in catalogue)
C.push(['C07', '中成药14–28日疗程（慢性病，代饮片）', (i) => {
  const p = person({ ageMin: 45, ageMax: 82 }); const h = hosp(p.region, pick([2, 3]), 'T'); const recs = [];
  const v = i % 3; const dx = v === 0 ? ['I69.300'] : v === 1 ? ['I25.103'] : ['E11.900', 'N18.900'];
  let date = randDate('2025-01-06', '2025-09-30');
  for (let k = 0; k < 2; k++) {
    const cl = visit(p, h, 'tcm', date, dx); const days = pick([14, 21, 28]);
    cl.add('普通门诊诊察费', date, 1);
    if (v === 0) cl.add('血塞通软胶囊', date, 6 * days); else if (v === 1) cl.add('复方丹参滴丸', date, 30 * days); else cl.add('六味地黄丸', date, 24 * days);
    if (v === 2) cl.add('盐酸二甲双胍片', date, 3 * days); if (v === 1) cl.add('阿司匹林肠溶片', date, days);
    recs.push(cl.finish()); date = add(date, days);
  }
  return [recs];
}]);
// C08 full-mouth periodontal treatment over four visits
C.push(['C08', '全口牙周基础治疗（分四次就诊）', (i) => {
  const p = person({ ageMin: 30, ageMax: 72 }); const h = hosp(p.region, pick([2, 3]), 'S'); let date = randDate(); const recs = []; const doc = doctor(h, 'stomatology');
  for (let k = 0; k < 4; k++) {
    const cl = visit(p, h, 'stomatology', date, ['K05.300', ...(i % 3 === 0 ? ['E11.900'] : [])], 'outpatient', { doctorId: doc, procs: [{ code: '96.5400x002', date }] });
    cl.add('普通门诊诊察费', date, 1); cl.add('局部浸润麻醉', date, 1); cl.add('盐酸利多卡因注射液', date, 1); cl.add('换药(小)', date, 1);
    if (k === 0) { cl.add('血常规(五分类)', date, 1); if (i % 3 === 0) cl.add('糖化血红蛋白测定', date, 1); cl.add('奥硝唑片', date, 14); }
    recs.push(cl.finish()); date = add(date, ri(7, 10));
  }
  return [recs];
}]);
// C09 multiple extractions with alveolar bone grafting in one visit
C.push(['C09', '一次多颗拔牙伴牙槽嵴植骨', (i) => {
  const p = person({ ageMin: 40, ageMax: 80 }); const h = hosp(p.region, pick([2, 3]), 'S'); const date = randDate(); const n = ri(3, 5);
  const cl = visit(p, h, 'stomatology', date, ['K08.300x002', 'K05.300'], 'outpatient', { procs: [{ code: '23.1100', date }, { code: '23.0900', date }, { code: '24.5x02', date }] });
  cl.add('副主任医师门诊诊察费', date, 1); cl.add('血常规(五分类)', date, 1); cl.add('凝血四项', date, 1);
  cl.add('局部浸润麻醉', date, 2); cl.add('盐酸利多卡因注射液', date, n); cl.add('可吸收缝线', date, Math.min(n, 4)); cl.add('一次性手术衣及铺单包', date, 1); cl.add('医用脱脂纱布', date, 2);
  cl.add('阿莫西林胶囊', date, 6 * 5); cl.add('奥硝唑片', date, 10); cl.add('布洛芬缓释胶囊', date, 6);
  return [[cl.finish()]];
}]);
// C10 haemodialysis (HDF) with a stay for AV-fistula thrombosis
C.push(['C10', '维持性血透（HDF）并动静脉瘘血栓住院', (i) => {
  const p = hdPatient(); const h = hosp(p.region, 3, 'N'); const start = nextWeekday(randDate('2025-01-06', '2025-09-01')); const recs = [];
  const pat = dow(start) === 2 ? [0, 2, 4] : [0, 2, 4];
  hdSessions(start, 3, pat).forEach((s, k) => recs.push(hdClaim(p, h, s, { first: k === 0, epo: k % 2 === 0 ? 1 : 0 })));
  const adm = add(start, 21); const los = ri(5, 8);
  const st = inpatient(p, h, 'nephrology', adm, add(adm, los), ['T82.800x005', 'N18.500', 'Z99.201'], [{ code: '38.9502', date: adm }, { code: '39.4900x004', date: add(adm, 1) }, { code: '39.9500', date: adm }], { route: 'emergency' });
  stayBase(st, adm, los, { nursing: (d) => (d < 2 ? N1 : N2) }); admLabs(st, adm); st.add('凝血四项', adm, 1);
  st.add('下肢血管彩色多普勒超声', adm, 0);
  st.add('局部浸润麻醉', add(adm, 1), 1); st.add('盐酸利多卡因注射液', add(adm, 1), 2); st.add('可吸收缝线', add(adm, 1), 2); st.add('一次性手术衣及铺单包', add(adm, 1), 1);
  for (let d = 0; d < los; d++) { const date = add(adm, d); if (d % 2 === 0) hdLines(st, date, false); st.add('低分子量肝素钙注射液', date, 1); st.add('皮下注射', date, 1); }
  recs.push(st.finish());
  const s2 = nextWeekday(add(adm, los + 1)); hdSessions(s2, 3, [0, 2, 4]).forEach((s, k) => recs.push(hdClaim(p, h, s, { first: k === 0, epo: k % 2 === 0 ? 1 : 0 })));
  return [recs];
}]);
// C11 peritoneal dialysis monthly supplies (PD fluid not in catalogue: billed as 葡萄糖氯化钠注射液, drainage bags)
C.push(['C11', '腹膜透析每月居家用品（大量透析液）', (i) => {
  const p = hdPatient(); const h = hosp(p.region, pick([2, 3]), 'N'); let date = randDate('2025-01-06', '2025-08-20'); const recs = []; const bags = pick([3, 4]);
  for (let k = 0; k < 3; k++) {
    const cl = visit(p, h, 'nephrology', date, ['N18.500', 'Z49.201'], 'chronic');
    cl.add('门诊慢特病管理诊查费', date, 1); cl.add('葡萄糖氯化钠注射液', date, bags * 30); cl.add('一次性使用引流袋', date, bags * 30); cl.add('一次性使用换药包', date, 8);
    cl.add('血常规(五分类)', date, 1); cl.add('肾功能(三项)', date, 1); cl.add('电解质(四项)', date, 1);
    cl.add('重组人促红素注射液', date, 8); cl.add('骨化三醇软胶囊', date, 30); cl.add('碳酸钙D3片', date, 30);
    recs.push(cl.finish()); date = add(date, 30);
  }
  return [recs];
}]);
// C12 preterm infant 30-60 days in NICU with daily blood gas
C.push(['C12', '早产儿NICU住院30–60天（每日血气）', (i) => {
  const birth = randDate('2025-01-06', '2025-09-15'); const mum = person({ ageMin: 22, ageMax: 40, gender: 'F' }); const w = ri(1000, 1800); const b = newborn(birth, mum.region, w);
  const h = hosp(b.region, 3, 'C'); const adm = birth; const los = ri(30, 60); const icu = ri(7, 14);
  const cl = inpatient(b, h, 'neonatology', adm, add(adm, los), ['P07.300x011', 'P22.000', 'P07.102', 'P59.000'], [{ code: '93.9001', date: adm }, { code: '99.8301', date: add(adm, 3) }], { route: 'other' });
  for (let d = 0; d < los; d++) {
    const date = add(adm, d);
    cl.add(d < icu ? '监护病房床位费' : '新生儿床位费', date, 1);
    if (d < icu) cl.add('重症监护', date, 24); else cl.add('新生儿护理', date, 1);
    cl.add('住院诊查费', date, 1);
    cl.add('血气分析', date, d < 3 ? 3 : d < icu ? 2 : 1);
    if (d < icu) { cl.add('无创呼吸机辅助通气', date, d < 5 ? 24 : 16); } else if (d < icu + 7) cl.add('吸氧', date, 12);
    if (d >= 2 && d < 7) { cl.add('新生儿蓝光治疗', date, 12); }
    if (d < 10) cl.add('总胆红素测定', date, 1);
    if (d > 0 && d % 4 === 0) cl.add('血常规(五分类)', date, 1); if (d > 0 && d % 7 === 0) { cl.add('C反应蛋白测定', date, 1); cl.add('电解质(四项)', date, 1); }
    if (d < 7) { cl.add('注射用氨苄西林钠', date, 1); cl.add('葡萄糖注射液', date, 1); cl.add('一次性使用精密输液器', date, 1); }
    cl.add('血糖监测(快速)', date, d < 7 ? 4 : 1);
  }
  admLabs(cl, adm, 'newborn'); cl.add('胸部X线摄影(正侧位)', adm, 1); cl.add('心脏彩色多普勒超声', add(adm, 2), 1); cl.add('头颅CT平扫', add(adm, 7), 0);
  return [[cl.finish()]];
}]);
// C13 neonatal jaundice with phototherapy and daily bilirubin
C.push(['C13', '新生儿高胆红素血症蓝光治疗（每日胆红素）', (i) => {
  const birth = randDate(); const mum = person({ ageMin: 20, ageMax: 40, gender: 'F' }); const b = newborn(birth, mum.region, ri(2600, 3800));
  const h = hosp(b.region, pick([2, 3]), 'C'); const adm = add(birth, ri(3, 7)); const los = ri(4, 7);
  const cl = inpatient(b, h, 'neonatology', adm, add(adm, los), ['P59.901', ...(i % 3 === 0 ? ['P55.100'] : [])], [{ code: '99.8301', date: adm }], { route: 'outpatient' });
  stayBase(cl, adm, los, { bed: '新生儿床位费', nursing: () => '新生儿护理' }); admLabs(cl, adm, 'newborn'); cl.add('肝功能(全套)', adm, 1);
  for (let d = 0; d < los; d++) { const date = add(adm, d); if (d > 0) cl.add('总胆红素测定', date, 1); if (d < los - 1) cl.add('新生儿蓝光治疗', date, d < 2 ? ri(16, 20) : ri(8, 12)); }
  return [[cl.finish()]];
}]);
// C14 Kawasaki disease with IVIG (IVIG not in catalogue - not billed; high-dose aspirin)
C.push(['C14', '川崎病IVIG与大剂量阿司匹林（心脏彩超复查）', (i) => {
  const p = person({ ageMin: 1, ageMax: 6, insuranceType: 'resident' }); const h = hosp(p.region, 3, 'C'); const adm = randDate(); const los = ri(7, 11);
  const cl = inpatient(p, h, 'pediatrics', adm, add(adm, los), [i % 4 === 0 ? 'M30.301' : 'M30.300'], [{ code: '99.1400', date: add(adm, 1) }], { route: pick(['emergency', 'outpatient']) });
  stayBase(cl, adm, los, { nursing: (d) => (d < 3 ? N1 : N2) }); admLabs(cl, adm, 'basic');
  cl.add('C反应蛋白测定', adm, 1); cl.add('B型钠尿肽(BNP)测定', adm, 1); cl.add('D-二聚体测定', adm, 1); cl.add('心肌酶谱', adm, 1); cl.add('心脏彩色多普勒超声', adm, 1); cl.add('常规心电图检查', adm, 1); cl.add('降钙素原测定', adm, 1);
  const asp = ri(4, 8);
  for (let d = 0; d < los; d++) {
    const date = add(adm, d);
    cl.add('阿司匹林肠溶片', date, d < 5 ? asp : 1);
    if (d === 1 || d === 2) { infuse(cl, date, 2, { scalp: p.age <= 6 && chance(0.5) }); cl.add('氯化钠注射液', date, 1); cl.add('一次性使用精密输液器', date, 1); cl.add('心电监测', date, 12); }
    if (d === 3 || d === 6) { cl.add('血常规(五分类)', date, 1); cl.add('C反应蛋白测定', date, 1); }
    if (i % 4 === 0 && d === 3) { cl.add('注射用甲泼尼龙琥珀酸钠', date, 1); }
  }
  cl.add('心脏彩色多普勒超声', add(adm, los - 1), 1); cl.add('肝功能(全套)', add(adm, 3), 1);
  return [[cl.finish()]];
}]);
// C15 status asthmaticus in a child with PICU
C.push(['C15', '儿童哮喘持续状态入PICU', (i) => {
  const p = person({ ageMin: 3, ageMax: 13, insuranceType: 'resident' }); const h = hosp(p.region, 3, 'C'); const adm = randDate(); const los = ri(6, 10); const icu = ri(2, 4);
  const cl = inpatient(p, h, 'pediatrics', adm, add(adm, los), ['J45.900x001', 'J96.000', ...(chance(0.4) ? ['J18.900'] : [])], [{ code: '93.9000x002', date: adm }, { code: '93.9401', date: adm }], { route: 'emergency' });
  for (let d = 0; d < los; d++) {
    const date = add(adm, d);
    cl.add(d < icu ? '监护病房床位费' : '普通病房床位费(三人间)', date, 1); if (d < icu) cl.add('重症监护', date, 24); else cl.add(d < icu + 2 ? N1 : N2, date, 1); cl.add('住院诊查费', date, 1);
    const neb = d < icu ? 4 : d < icu + 2 ? 3 : 2;
    cl.add('雾化吸入', date, neb); cl.add('吸入用布地奈德混悬液', date, Math.min(4, neb)); cl.add('吸入用异丙托溴铵溶液', date, Math.min(4, neb)); if (d === 0 || d === icu) cl.add('一次性使用雾化器', date, 1);
    if (d < icu) { cl.add('血气分析', date, d === 0 ? 4 : 3); cl.add('无创呼吸机辅助通气', date, d === 0 ? 18 : 12); cl.add('吸氧', date, d === 0 ? 6 : 12); cl.add('注射用甲泼尼龙琥珀酸钠', date, 2); cl.add('多索茶碱注射液', date, 1); infuse(cl, date, 2); cl.add('氯化钠注射液', date, 2); }
    else if (d < icu + 3) { cl.add('吸氧', date, 8); cl.add('醋酸泼尼松片', date, 4); }
  }
  admLabs(cl, adm, 'basic'); cl.add('胸部X线摄影(正侧位)', adm, 1); cl.add('C反应蛋白测定', adm, 1); cl.add('血气分析', add(adm, icu), 1);
  return [[cl.finish()]];
}]);
// C16 twin pregnancy with prolonged 保胎 stay
C.push(['C16', '双胎妊娠先兆早产长期保胎住院', (i) => {
  const p = person({ ageMin: 24, ageMax: 40, gender: 'F' }); const h = hosp(p.region, 3, 'O'); const adm = randDate('2025-01-06', '2025-10-01'); const los = ri(20, 42);
  const cl = inpatient(p, h, 'obstetrics', adm, add(adm, los), ['O60.001', 'O30.000', ...(i % 3 === 0 ? ['O24.400'] : [])], [], { route: 'emergency' });
  stayBase(cl, adm, los, { nursing: (d) => (d < 5 ? N1 : N2) }); admLabs(cl, adm, 'basic'); cl.add('凝血四项', adm, 1); cl.add('C反应蛋白测定', adm, 1); cl.add('细菌培养及药敏', adm, 1);
  for (let d = 0; d < los; d++) {
    const date = add(adm, d);
    cl.add('胎心监护', date, d < 3 ? 3 : 2);
    if (d < 2) { cl.add('地塞米松磷酸钠注射液', date, 2); cl.add('肌肉注射', date, 2); }
    if (d < 7) cl.add('硝苯地平控释片', date, 2);
    if (d > 0 && d % 7 === 0) { cl.add('产科B超', date, 1); cl.add('血常规(五分类)', date, 1); cl.add('C反应蛋白测定', date, 1); }
    if (i % 3 === 0) { cl.add('血糖监测(快速)', date, 4); cl.add('血糖试纸', date, 4); if (d > 2) cl.add('生物合成人胰岛素注射液', date, 0); }
  }
  return [[cl.finish()]];
}]);
// C17 palliative (安宁疗护) stays with high-dose opioids
C.push(['C17', '安宁疗护大剂量阿片类（终末期肿瘤）', (i) => {
  const p = person({ ageMin: 50, ageMax: 90 }); const h = hosp(p.region, pick([1, 2]), 'H'); const adm = randDate(); const los = ri(12, 40);
  const ca = pick(['C34.100', 'C16.000', 'C25.000', 'C22.000', 'C50.400']);
  const cl = inpatient(p, h, 'hospice', adm, add(adm, los), ['Z51.500x003', ca, ...(i % 2 ? ['R18.x00'] : ['L89.001']), 'R06.000'], [], { route: 'transfer', from: 'H' + p.region.slice(0, 4) + '3G2', mode: i % 3 === 0 ? 'ordered' : 'death' });
  stayBase(cl, adm, los, { nursing: () => N1 }); admLabs(cl, adm, 'basic');
  for (let d = 0; d < los; d++) {
    const date = add(adm, d);
    const morph = Math.min(6, 3 + Math.floor(d / 6)); cl.add('盐酸吗啡注射液', date, morph); cl.add('皮下注射', date, Math.min(4, morph));
    if (d > los / 2) cl.add('枸橼酸芬太尼注射液', date, 2);
    cl.add('盐酸甲氧氯普胺注射液', date, 2); cl.add('乳果糖口服溶液', date, 2); cl.add('吸氧', date, 16);
    if (d > 3) cl.add('咪达唑仑注射液', date, d > los - 4 ? 2 : 0);
    if (cl.c.diagnoses[2].code === 'L89.001') { cl.add('换药(中)', date, 1); cl.add('泡沫敷料', date, d % 3 === 0 ? 1 : 0); }
    if (cl.c.diagnoses[2].code === 'R18.x00' && d % 7 === 2 && h.level >= 2) { cl.add('人血白蛋白', date, 2); cl.add('呋塞米注射液', date, 2); }
  }
  return [[cl.finish()]];
}]);
// C18 home sick bed visited weekly over 2-4 months
C.push(['C18', '家庭病床每周巡诊（2–4个月）', (i) => {
  const p = person({ ageMin: 68, ageMax: 95 }); const h = hosp(p.region, 1, 'F'); const adm = randDate('2025-01-06', '2025-07-01'); const los = ri(60, 120);
  const dx = pick([['I69.300', 'L89.001'], ['G20.x00', 'N39.000'], ['J44.100'], ['F03.x01', 'E11.900'], ['Z51.500x003', 'C34.100']]);
  const cl = inpatient(p, h, 'family_bed', adm, add(adm, los), dx, []);
  cl.add('血常规(五分类)', adm, 1); cl.add('肾功能(三项)', adm, 1); cl.add('电解质(四项)', adm, 1);
  for (let d = 0; d < los; d += 7) {
    const date = add(adm, d);
    cl.add('住院诊查费', date, 1);
    if (dx[1] === 'L89.001') { cl.add('换药(中)', date, 1); cl.add('水胶体敷料', date, 2); }
    if (dx[1] === 'N39.000' || dx[0] === 'G20.x00') { if (d % 28 === 0) { cl.add('导尿', date, 1); cl.add('双腔硅胶导尿管', date, 1); cl.add('一次性使用导尿包', date, 1); } }
    if (dx[1] === 'E11.900') cl.add('血糖监测(快速)', date, 1);
    if (d % 28 === 0) { if (dx[0] === 'G20.x00') cl.add('多巴丝肼片', date, 84); if (dx[0] === 'J44.100') cl.add('噻托溴铵粉吸入剂', date, 1); if (dx[0] === 'F03.x01') cl.add('盐酸多奈哌齐片', date, 28); if (dx[0] === 'I69.300') cl.add('阿司匹林肠溶片', date, 28); }
  }
  return [[cl.finish()]];
}]);
// C19 dementia with behavioural symptoms, readmitted for a different problem
C.push(['C19', '痴呆伴精神行为症状住院后因吸入性肺炎/尿路感染再入院', (i) => {
  const p = person({ ageMin: 68, ageMax: 92 }); const h = hosp(p.region, pick([2, 3]), 'P'); const recs = [];
  let adm = randDate('2025-01-06', '2025-09-01'); const los = ri(14, 28); const base = pick(['F03.x01', 'G30.100', 'F01.100']);
  const cl = inpatient(p, h, 'geriatric_psychiatry', adm, add(adm, los), [base, 'F05.101'], []);
  stayBase(cl, adm, los, { nursing: (d) => (d < 5 ? N1 : N2) }); admLabs(cl, adm, 'psych'); cl.add('头颅CT平扫', add(adm, 1), 1);
  for (let d = 0; d < los; d++) { const date = add(adm, d); cl.add('利培酮片', date, 1); cl.add('盐酸多奈哌齐片', date, 1); }
  recs.push(cl.finish());
  adm = add(adm, los + ri(4, 13)); const l2 = ri(7, 12); const pn = i % 2 === 0;
  const c2 = inpatient(p, h, pn ? 'geriatrics' : 'geriatric_psychiatry', adm, add(adm, l2), [pn ? 'J69.001' : 'N39.000', base], [], { route: 'emergency' });
  stayBase(c2, adm, l2, { nursing: (d) => (d < 3 ? N1 : N2) }); admLabs(c2, adm); c2.add('C反应蛋白测定', adm, 1); c2.add('细菌培养及药敏', adm, 1);
  if (pn) c2.add('胸部CT平扫', adm, 1);
  for (let d = 0; d < l2; d++) { const date = add(adm, d); c2.add(pn ? '注射用哌拉西林钠他唑巴坦钠' : '注射用头孢曲松钠', date, pn ? 3 : 1); c2.add('氯化钠注射液', date, pn ? 3 : 1); infuse(c2, date, pn ? 3 : 1); c2.add('盐酸多奈哌齐片', date, 1); if (pn && d < 4) c2.add('吸氧', date, 12); }
  recs.push(c2.finish());
  return [recs];
}]);
// C20 elderly multimorbid patient on 门诊慢特病 with many drugs
C.push(['C20', '高龄多病共存门诊慢特病多药（10种疾病）', (i) => {
  const chronic = ['I10', 'E11', 'I25', 'I50', 'N18', 'I48', 'E78', 'G20', 'J44', 'M81'];
  const p = person({ ageMin: 72, ageMax: 90, chronicDiseases: chronic }); const h = hosp(p.region, pick([2, 3]), 'G');
  let date = randDate('2025-01-06', '2025-10-01'); const recs = [];
  const dx = ['I10.x00', 'E11.900', 'I25.103', 'I50.900x008', 'N18.900', 'I48.100', 'E78.000', 'G20.x00', 'J44.100', 'M81.000'];
  for (let k = 0; k < 2; k++) {
    const cl = visit(p, h, 'geriatrics', date, dx, 'chronic'); const days = 28;
    cl.add('门诊慢特病管理诊查费', date, 1);
    for (const [n, q] of [['苯磺酸氨氯地平片', 1], ['盐酸二甲双胍片', 2], ['达格列净片', 1], ['阿托伐他汀钙片', 1], ['琥珀酸美托洛尔缓释片', 1], ['沙库巴曲缬沙坦钠片', 2], ['螺内酯片', 1], ['利伐沙班片', 1], ['多巴丝肼片', 3], ['碳酸钙D3片', 1], ['骨化三醇软胶囊', 1], ['呋塞米片', 1]]) cl.add(n, date, q * days);
    cl.add('噻托溴铵粉吸入剂', date, 1); if (k === 0) cl.add('阿仑膦酸钠片', date, 4);
    if (k === 0) { cl.add('肾功能(三项)', date, 1); cl.add('电解质(四项)', date, 1); cl.add('糖化血红蛋白测定', date, 1); cl.add('B型钠尿肽(BNP)测定', date, 1); cl.add('常规心电图检查', date, 1); }
    recs.push(cl.finish()); date = add(date, 28);
  }
  return [recs];
}]);
// C21 costly restricted drugs where the restriction is met
C.push(['C21', '高值限定药品限定条件满足（特立帕肽/白蛋白/利拉鲁肽/唑来膦酸/阿替普酶）', (i) => {
  const v = i % 5; let cl;
  if (v === 0) { // vertebral fragility fracture rehab with teriparatide
    const p = person({ ageMin: 62, ageMax: 85, gender: 'F' }); const h = hosp(p.region, 3, 'R'); const adm = randDate(); const los = ri(14, 21);
    cl = inpatient(p, h, 'rehabilitation', adm, add(adm, los), ['M80.000', 'S22.000x003'], [{ code: '93.0103', date: adm }]);
    stayBase(cl, adm, los); admLabs(cl, adm); cl.add('骨密度测定(双能X线)', adm, 1); cl.add('腰椎X线摄影', adm, 1);
    cl.add('特立帕肽注射液', add(adm, 2), 1); for (let d = 0; d < los; d++) { const date = add(adm, d); cl.add('碳酸钙D3片', date, 1); cl.add('骨化三醇软胶囊', date, 1); if (d === 0 || d === los - 1) cl.add('康复评定', date, 1); else if (dow(date) !== 0) cl.add('运动疗法', date, 1); }
  } else if (v === 1) { // malignant ascites in palliative care with albumin
    const p = person({ ageMin: 50, ageMax: 85 }); const h = hosp(p.region, 2, 'H'); const adm = randDate(); const los = ri(8, 14);
    cl = inpatient(p, h, 'hospice', adm, add(adm, los), ['C22.000', 'R18.x00', 'K74.600'], []);
    stayBase(cl, adm, los, { nursing: () => N1 }); admLabs(cl, adm); cl.add('腹部B超', adm, 1);
    for (let d = 0; d < los; d++) { const date = add(adm, d); if (d < 5) { cl.add('人血白蛋白', date, 2); cl.add('呋塞米注射液', date, 2); infuse(cl, date, 2); } cl.add('螺内酯片', date, 2); cl.add('盐酸吗啡注射液', date, 2); }
  } else if (v === 2) { // type 2 diabetes with obesity, liraglutide on chronic claim
    const p = person({ ageMin: 30, ageMax: 65, insuranceType: 'employee', chronicDiseases: ['E11'] }); const h = hosp(p.region, 3, 'G'); const date = randDate();
    cl = visit(p, h, 'endocrinology', date, ['E11.900', 'E66.900'], 'chronic'); cl.add('门诊慢特病管理诊查费', date, 1); cl.add('利拉鲁肽注射液', date, 3); cl.add('盐酸二甲双胍片', date, 84); cl.add('糖化血红蛋白测定', date, 1);
  } else if (v === 3) { // zoledronic acid for osteoporosis in a dialysis-free elderly rehab outpatient
    const p = person({ ageMin: 60, ageMax: 85, gender: 'F' }); const h = hosp(p.region, pick([2, 3]), 'R'); const date = randDate();
    cl = visit(p, h, 'rehabilitation', date, ['M81.000'], 'outpatient'); cl.add('副主任医师门诊诊察费', date, 1); cl.add('唑来膦酸注射液', date, 1); cl.add('静脉输液(第一组)', date, 1); cl.add('一次性使用输液器', date, 1); cl.add('肾功能(三项)', date, 1); cl.add('骨密度测定(双能X线)', date, 1);
  } else { // acute ischaemic stroke thrombolysis in a level-2 hospital, then early rehab
    const p = person({ ageMin: 50, ageMax: 85 }); const h = hosp(p.region, 2, 'G'); const adm = randDate(); const los = ri(10, 14);
    cl = inpatient(p, h, 'neurology', adm, add(adm, los), ['I63.500', 'I10.x00'], [{ code: '99.1000', date: adm }, { code: '93.0103', date: add(adm, 3) }], { route: 'emergency' });
    stayBase(cl, adm, los, { nursing: (d) => (d < 2 ? NS : d < 5 ? N1 : N2) }); admLabs(cl, adm); cl.add('头颅CT平扫', adm, 1); cl.add('头颅MRI平扫', add(adm, 2), 1); cl.add('凝血四项', adm, 1); cl.add('颈部血管彩色多普勒超声', add(adm, 2), 1);
    cl.add('注射用阿替普酶', adm, 2);
    for (let d = 0; d < los; d++) { const date = add(adm, d); if (d >= 1) { cl.add('阿司匹林肠溶片', date, 1); cl.add('阿托伐他汀钙片', date, 1); } if (d >= 3 && dow(date) !== 0) cl.add('运动疗法', date, 1); if (d === 3 || d === los - 1) cl.add('康复评定', date, 1); }
  }
  return [[cl.finish()]];
}]);
// C22 full antenatal schedule (10-12 visits), weekly fetal monitoring from 36 weeks
C.push(['C22', '完整产检周期（10–12次，36周后每周胎心监护）', (i) => {
  const p = person({ ageMin: 22, ageMax: 40, gender: 'F' }); const h = hosp(p.region, pick([2, 3]), 'O'); const doc = doctor(h, 'obstetrics');
  const lmp = randDate('2024-12-01', '2025-02-20'); const weeks = [8, 12, 16, 20, 24, 28, 30, 32, 34, 36, 37, 38, 39].slice(0, ri(10, 13)); const recs = [];
  weeks.forEach((w, k) => {
    const date = add(lmp, w * 7); const cl = visit(p, h, 'obstetrics', date, [k === 0 ? 'Z34.000x001' : 'Z34.900x001'], 'outpatient', { doctorId: doc });
    cl.add('普通门诊诊察费', date, 1); cl.add('尿常规', date, 1);
    if (w === 8) { cl.add('人绒毛膜促性腺激素(β-HCG)测定', date, 1); cl.add('妇科B超', date, 1); }
    if (w === 12) { cl.add('血常规(五分类)', date, 1); cl.add('血型鉴定(ABO+Rh)', date, 1); cl.add('肝功能(全套)', date, 1); cl.add('肾功能(三项)', date, 1); cl.add('甲状腺功能(三项)', date, 1); cl.add('术前八项(感染筛查)', date, 1); cl.add('产科B超', date, 1); cl.add('宫颈液基细胞学检查(TCT)', date, 1); }
    if (w === 20 || w === 24 || w === 32 || w === 37) cl.add('产科B超', date, 1);
    if (w === 24) { cl.add('空腹血糖测定', date, 1); cl.add('血糖监测(快速)', date, 2); }
    if (w === 28 || w === 36) cl.add('血常规(五分类)', date, 1);
    if (w >= 36) cl.add('胎心监护', date, 1);
    recs.push(cl.finish());
  });
  return [recs];
}]);
// C23 acute psychiatric admission: special nursing the first 1-3 days for suicide risk / agitation
C.push(['C23', '精神科急性期入院（自杀/冲动风险，特级护理1–3天后降级）', (i) => {
  const p = person({ ageMin: 16, ageMax: 65 }); const h = hosp(p.region, pick([2, 3]), 'P'); const adm = randDate(); const los = ri(18, 35); const sp = ri(1, 3);
  const dx = pick(['F32.300', 'F31.200', 'F20.000', 'F31.100']);
  const cl = inpatient(p, h, 'psychiatry', adm, add(adm, los), [dx], [{ code: '94.1103', date: adm }], { route: 'emergency' });
  stayBase(cl, adm, los, { nursing: (d) => (d < sp ? NS : d < sp + 7 ? N1 : N2) }); admLabs(cl, adm, 'psych'); cl.add('脑电图', add(adm, 1), 1); cl.add('头颅CT平扫', add(adm, 1), 1);
  for (let d = 0; d < los; d++) { const date = add(adm, d); psychDrugs(cl, date, dx); if (d < 3 && !dx.startsWith('F32')) { cl.add('咪达唑仑注射液', date, 1); cl.add('肌肉注射', date, 1); } if (d === 14) { cl.add('血常规(五分类)', date, 1); cl.add('肝功能(全套)', date, 1); } }
  return [[cl.finish()]];
}]);
// C24 threatened preterm labour stay, then readmission for delivery 1-3 weeks later
C.push(['C24', '先兆早产保胎出院后1–3周再入院分娩', (i) => {
  const p = person({ ageMin: 22, ageMax: 40, gender: 'F' }); const h = hosp(p.region, pick([2, 3]), 'O'); const recs = [];
  const adm = randDate('2025-01-06', '2025-10-01'); const los = ri(5, 10);
  const cl = inpatient(p, h, 'obstetrics', adm, add(adm, los), ['O60.001', 'Z34.900'], [], { route: 'emergency' });
  stayBase(cl, adm, los, { nursing: (d) => (d < 2 ? N1 : N2) }); admLabs(cl, adm, 'basic'); cl.add('产科B超', adm, 1); cl.add('C反应蛋白测定', adm, 1);
  for (let d = 0; d < los; d++) { const date = add(adm, d); cl.add('胎心监护', date, 2); if (d < 2) { cl.add('地塞米松磷酸钠注射液', date, 2); cl.add('肌肉注射', date, 2); } if (d < 5) cl.add('硝苯地平控释片', date, 2); }
  recs.push(cl.finish());
  const adm2 = add(adm, los + ri(7, 21)); const dl = delivery(p, h, adm2, { cs: i % 3 === 0 });
  dl.cl.c.diagnoses = [{ code: i % 3 === 0 ? 'O34.201' : 'O60.100x001', principal: true }, { code: 'Z37.000x001' }];
  recs.push(dl.cl.finish());
  return [recs];
}]);

// ====================================================================================================
// Routine background
// ====================================================================================================
const R = [
  () => { const p = person({ ageMin: 20, ageMax: 70 }); const h = hosp(p.region, pick([2, 3]), 'P'); const d = randDate(); const dx = pick(['F20.000', 'F32.200', 'F41.100']); const cl = visit(p, h, 'psychiatry', d, [dx]); cl.add('普通门诊诊察费', d, 1); psychDrugsQty(cl, d, dx, 28); return cl.finish(); },
  () => { const p = person({ ageMin: 25, ageMax: 70 }); const h = hosp(p.region, pick([1, 2, 3]), 'T'); const d = randDate(); const cl = visit(p, h, 'tcm', d, [pick(['M54.502', 'M75.001', 'M54.504'])]); cl.add('普通门诊诊察费', d, 1); cl.add('针灸', d, 1); if (chance(0.5)) cl.add('推拿治疗', d, 1); return cl.finish(); },
  () => { const p = person({ ageMin: 8, ageMax: 70 }); const h = hosp(p.region, pick([1, 2, 3]), 'S'); const d = randDate(); const pulp = chance(0.5); const cl = visit(p, h, 'stomatology', d, [pulp ? 'K04.001' : 'K02.100'], 'outpatient', { procs: pulp ? [{ code: '23.7000', date: d }] : [] }); cl.add('普通门诊诊察费', d, 1); if (pulp) { cl.add('局部浸润麻醉', d, 1); cl.add('盐酸利多卡因注射液', d, 1); } cl.add('换药(小)', d, 1); return cl.finish(); },
  () => { const p = person({ ageMin: 1, ageMax: 12, insuranceType: 'resident' }); const h = hosp(p.region, pick([1, 2, 3]), 'C'); const d = randDate(); const cl = visit(p, h, 'pediatrics', d, [pick(['J06.900', 'J20.900', 'A08.000'])]); cl.add('普通门诊诊察费', d, 1); cl.add('血常规(五分类)', d, 1); cl.add('小儿对乙酰氨基酚颗粒', d, 6); if (chance(0.5)) cl.add('小儿肺热咳喘口服液', d, 9); return cl.finish(); },
  () => { const p = person({ ageMin: 22, ageMax: 40, gender: 'F' }); const h = hosp(p.region, pick([1, 2, 3]), 'O'); const d = randDate(); const cl = visit(p, h, 'obstetrics', d, ['Z34.900x001']); cl.add('普通门诊诊察费', d, 1); cl.add('尿常规', d, 1); cl.add('产科B超', d, 1); return cl.finish(); },
  () => { const p = hdPatient(); const h = hosp(p.region, pick([2, 3]), 'N'); const s = nextWeekday(randDate('2025-01-06', '2025-10-01')); return hdClaim(p, h, s, { first: chance(0.3), epo: chance(0.5) ? 1 : 0 }); },
  () => { const p = person({ ageMin: 22, ageMax: 40, gender: 'F' }); const h = hosp(p.region, pick([1, 2, 3]), 'O'); return delivery(p, h, randDate(), { cs: chance(0.3) }).cl.finish(); },
  () => { const p = person({ ageMin: 25, ageMax: 65 }); const h = hosp(p.region, pick([2, 3]), 'P'); const adm = randDate(); const los = ri(21, 35); const dx = pick(['F20.000', 'F32.200', 'F31.200']); const cl = inpatient(p, h, 'psychiatry', adm, add(adm, los), [dx], []); stayBase(cl, adm, los, { nursing: (d) => (d < 7 ? N1 : N2) }); admLabs(cl, adm, 'psych'); for (let d = 0; d < los; d++) psychDrugs(cl, add(adm, d), dx); return cl.finish(); },
  () => { const p = person({ ageMin: 50, ageMax: 85 }); const h = hosp(p.region, pick([1, 2, 3]), 'R'); const adm = randDate(); const los = ri(14, 21); const cl = inpatient(p, h, 'rehabilitation', adm, add(adm, los), ['I69.300', 'G81.900'], [{ code: '93.0103', date: adm }]); stayBase(cl, adm, los, { nursing: () => N2 }); admLabs(cl, adm); for (let d = 0; d < los; d++) { const date = add(adm, d); if (d === 0 || d === los - 1) cl.add('康复评定', date, 1); else if (dow(date) !== 0) { cl.add('运动疗法', date, 1); cl.add('针灸', date, 1); } cl.add('阿司匹林肠溶片', date, 1); } return cl.finish(); },
  () => { const birth = randDate(); const mum = person({ ageMin: 22, ageMax: 38, gender: 'F' }); const b = newborn(birth, mum.region, ri(2800, 3800)); const h = hosp(b.region, pick([2, 3]), 'C'); const adm = add(birth, ri(3, 6)); const los = ri(3, 4); const cl = inpatient(b, h, 'neonatology', adm, add(adm, los), ['P59.901'], [{ code: '99.8301', date: adm }]); stayBase(cl, adm, los, { bed: '新生儿床位费', nursing: () => '新生儿护理' }); admLabs(cl, adm, 'newborn'); for (let d = 0; d < los; d++) { cl.add('总胆红素测定', add(adm, d), 1); cl.add('新生儿蓝光治疗', add(adm, d), ri(8, 12)); } return cl.finish(); },
];
function psychDrugsQty(cl, date, dx, days) { if (dx.startsWith('F20')) cl.add('利培酮片', date, 2 * days); else cl.add(pick(['盐酸舍曲林片', '草酸艾司西酞普兰片']), date, days); }

// ====================================================================================================
const arr = (x) => (Array.isArray(x) ? x : [x]);
for (const [code, name, fn] of T) for (let i = 0; i < N; i++) { const [recs, tIdx] = fn(i); caseOf('fraud', code, name, i, arr(recs), tIdx); }
for (const [code, name, fn] of C) for (let i = 0; i < N; i++) { const [recs] = fn(i); caseOf('control', code, name, i, arr(recs)); }
for (let i = 0; i < 100; i++) { const rec = R[i % R.length](); caseOf('routine', 'R', 'routine', i, [rec]); }

// reported DRG (second pass)
if (GROUPS) {
  const g = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const o = JSON.parse(line); const id = o.claimId; const drg = o.drg ?? o.grouping?.drg ?? o.group?.drg ?? null; if (id) g[id] = drg; }
  for (const r of CLAIMS) if (r.claim.visitType === 'inpatient') r.claim.reportedGroup.drg = g[r.claim.claimId] ?? null;
}
const order = CLAIMS.slice().sort((a, b) => (a.settle < b.settle ? -1 : a.settle > b.settle ? 1 : a.ord - b.ord));
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), order.map((r) => JSON.stringify(r.claim)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1));
console.error(`claims ${CLAIMS.length}, cases ${LABELS.length} (fraud ${LABELS.filter((l) => l.kind === 'fraud').length}, control ${LABELS.filter((l) => l.kind === 'control').length}, routine ${LABELS.filter((l) => l.kind === 'routine').length})`);
