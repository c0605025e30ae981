'use strict';
// Claim-building helpers for make-cases.js (plain Node 20, no packages).
const fs = require('fs');
const path = require('path');
const TREE = '/work/wt/base34';
const CAT = path.join(TREE, 'rules/catalogue');

const rows = {};
for (const f of ['drugs', 'services', 'consumables']) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f + '.json'), 'utf8')).rows) {
    rows[r.name] = { code: (r.products && r.products[0]) || r.code, cat: r.category || (f === 'drugs' ? 'drug' : f === 'services' ? 'service' : 'consumable'), price: r.priceCap, sp: r.selfPayShare || 0 };
  }
}

function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = rng(20250634);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const r2 = (x) => Math.round(x * 100) / 100;

function addDays(d, n) {
  const t = new Date(d + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
function diffDays(a, b) { return Math.round((new Date(b + 'T00:00:00Z') - new Date(a + 'T00:00:00Z')) / 86400000); }

const REGIONS = ['510100', '220100', '230100', '370100', '510700', '220200'];
let hospSeq = 0, docSeq = 0, pidSeq = 0, claimSeq = 0;
function hospital(region, level) { hospSeq++; return 'H' + region + String(level) + String(hospSeq % 7).padStart(2, '0'); }
function newPid() { pidSeq++; return 'B34P' + String(pidSeq).padStart(6, '0'); }
function newDoc() { docSeq++; return 'B34D' + String(docSeq % 90).padStart(3, '0'); }

// o: {vt:'inpatient'|'outpatient'|'chronic'|'pharmacy', region, ins, level, dept, hosp, doctor, pid, gender, age|birthDate, adm, dis | date, dx:[...], px:[...]}
class Claim {
  constructor(o) {
    this.o = o;
    const region = o.region || pick(REGIONS);
    const level = o.level || pick([1, 2, 2, 3, 3, 3]);
    const ref = o.adm || o.date;
    let birth = o.birthDate;
    if (!birth) {
      const age = o.age != null ? o.age : ri(20, 80);
      birth = addDays(ref, -Math.floor(age * 365.25) - ri(20, 300));
    }
    claimSeq++;
    const hosp = o.hosp || hospital(region, level);
    this.c = {
      claimId: region + '-' + hosp + '-2025-B34' + String(claimSeq).padStart(5, '0'),
      region,
      insuranceType: o.ins || pick(['employee', 'employee', 'resident']),
      visitType: o.vt,
      patient: { insuredId: o.pid || newPid(), gender: o.gender || pick(['M', 'F']), birthDate: birth, retired: false },
      enrollment: Object.assign({ enrolledOn: '2016-01-01', inConcentratedPeriod: true, continuousYears: 9, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: 15, special: null }, o.enrollment || {}),
      provider: { hospitalId: hosp, level, department: o.dept || 'internal', doctorId: o.doctor || newDoc() },
    };
    const ageY = diffDays(birth, ref) / 365.25;
    if (this.c.insuranceType === 'employee' && ageY >= 60) { this.c.patient.retired = true; this.c.enrollment.contributionYears = ri(31, 40); }
    if (o.vt === 'inpatient') {
      this.c.admissionDate = o.adm; this.c.dischargeDate = o.dis;
      if (o.route) this.c.admissionRoute = o.route;
      if (o.from) this.c.transferFromHospitalId = o.from;
      this.c.dischargeMode = o.mode || 'ordered';
    } else this.c.visitDate = o.date;
    if (o.bw) this.c.patient.birthWeightGrams = o.bw;
    if (o.chronicDiseases) this.c.enrollment.chronicDiseases = o.chronicDiseases;
    this.c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
    this.c.procedures = (o.px || []).map((p) => ({ code: p[0], date: p[1] }));
    if (o.vt === 'inpatient') this.c.reportedGroup = { drg: null, dip: null };
    this.c.items = [];
    this.level = level;
  }
  get id() { return this.c.claimId; }
  add(name, date, qty, opt = {}) {
    const r = rows[name];
    if (!r) throw new Error('no catalogue row ' + name);
    if (!qty) return null;
    const price = opt.price != null ? opt.price : r.price[this.level];
    this.seq = (this.seq || 0) + 1;
    const lineId = String(this.seq);
    const it = { lineId, code: r.code, name, category: r.cat, date, quantity: qty, unitPrice: price, amount: r2(qty * price) };
    if (opt.lp) it.longPrescription = true;
    this.c.items.push(it);
    return lineId;
  }
  daily(name, from, n, qty, opt) { const ids = []; for (let i = 0; i < n; i++) ids.push(this.add(name, addDays(from, i), qty, opt)); return ids; }
  finish() {
    if (this.c.patient.retired && this.c.enrollment.contributionYears < 30) this.c.enrollment.contributionYears = 32;
    let total = 0, policy = 0;
    for (const it of this.c.items) { total += it.amount; policy += it.amount * (1 - rows[it.name].sp); }
    total = r2(total); policy = r2(policy);
    const c = this.c, L = this.level, emp = c.insuranceType === 'employee';
    let fund = 0;
    if (c.visitType === 'inpatient') {
      const ded = { 1: 400, 2: 800, 3: 1200 }[L];
      const ratio = emp ? { 1: 0.9, 2: 0.85, 3: 0.8 }[L] : { 1: 0.8, 2: 0.7, 3: 0.6 }[L];
      fund = Math.max(0, policy - ded) * ratio * 0.85;
    } else if (c.visitType === 'chronic') {
      fund = Math.min(policy * (emp ? 0.75 : 0.55), 600);
    } else if (emp) {
      fund = Math.min(Math.max(0, policy - 1500) * 0.45, 300);
    } else {
      fund = Math.min(policy * 0.45, 40);
    }
    c.amounts = { total, policy, fundClaimed: r2(fund) };
    return c;
  }
}

// ---- templates ----
const ADMIT_LABS = ['血常规(五分类)', '尿常规', '大便常规+隐血', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '常规心电图检查'];
function stay(k, o = {}) {
  const c = k.c, adm = c.admissionDate, n = Math.max(1, diffDays(adm, c.dischargeDate));
  const grade = o.grade || 'Ⅱ级护理';
  const ids = { bed: [], nurse: [] };
  for (let i = 0; i < n; i++) {
    const d = addDays(adm, i);
    ids.bed.push(k.add(o.bed || '普通病房床位费(三人间)', d, 1));
    const g = typeof grade === 'function' ? grade(i, n) : grade;
    ids.nurse.push(k.add(g, d, 1));
    k.add('住院诊查费', d, 1);
  }
  if (o.labs !== false) for (const l of (o.labList || ADMIT_LABS)) k.add(l, adm, 1);
  if (o.cxr) k.add('胸部X线摄影(正侧位)', adm, 1);
  if (o.preop) { k.add('术前八项(感染筛查)', adm, 1); k.add('血型鉴定(ABO+Rh)', adm, 1); }
  if (o.recheck) { const d = addDays(adm, Math.min(n - 1, o.recheck)); k.add('血常规(五分类)', d, 1); k.add('肝功能(全套)', d, 1); k.add('肾功能(三项)', d, 1); }
  return ids;
}
function iv(k, from, n, groups = 2, drugs = []) {
  const ids = [];
  for (let i = 0; i < n; i++) {
    const d = addDays(from, i);
    ids.push(k.add('静脉输液(第一组)', d, 1));
    if (groups > 1) k.add('静脉输液(每增加一组)', d, groups - 1);
    k.add('一次性使用输液器', d, groups > 1 ? 2 : 1);
    k.add('一次性使用输液贴', d, groups);
    k.add('氯化钠注射液', d, groups);
    for (const [nm, q] of drugs) k.add(nm, d, q);
  }
  if (n > 0) { k.add('静脉留置针置管', from, 1); k.add('一次性使用静脉留置针', from, 1); }
  return ids;
}
function op(k, date, name, anaes, o = {}) {
  const ids = [k.add(name, date, 1)];
  if (anaes === 'GA') {
    const h = o.hours || 2;
    k.add('全身麻醉', date, h); k.add('丙泊酚中/长链脂肪乳注射液', date, 2); k.add('注射用维库溴铵', date, 1); k.add('枸橼酸芬太尼注射液', date, 2);
    k.add('一次性气管插管', date, 1); k.add('心电监测', date, h + 1); k.add('血氧饱和度监测', date, h + 1); k.add('心电电极片', date, 5);
  } else if (anaes === 'spinal') {
    k.add('椎管内麻醉', date, 1); k.add('一次性使用麻醉穿刺包', date, 1); k.add('盐酸罗哌卡因注射液', date, 1); k.add('心电监测', date, 3); k.add('血氧饱和度监测', date, 3);
  } else { k.add('局部浸润麻醉', date, 1); k.add('盐酸利多卡因注射液', date, 2); }
  k.add('一次性手术衣及铺单包', date, 1); k.add('一次性电刀笔', date, 1); k.add('可吸收缝线', date, o.sutures || 2); k.add('医用脱脂纱布', date, 2);
  return ids;
}
function opVisit(k, o = {}) {
  const d = k.c.visitDate;
  k.add(o.consult || (k.level >= 2 && R() < 0.3 ? '副主任医师门诊诊察费' : '普通门诊诊察费'), d, 1);
}

module.exports = { rows, R, ri, pick, r2, addDays, diffDays, Claim, stay, iv, op, opVisit, newPid, newDoc, hospital, REGIONS, TREE };
