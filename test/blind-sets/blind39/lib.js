'use strict';
// Shared helpers for make-cases.js: seeded RNG, catalogue lookup, claim builders, settlement.
const fs = require('fs');
const path = require('path');

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = { f: mulberry32(390039) };
const rnd = () => R.f();
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- catalogue ----------
// Kept in the repository: the rows of the frozen build's catalogue (/work/wt/base39) that the cases name.
const rows = JSON.parse(fs.readFileSync(path.join(__dirname, 'catalogue-snapshot.json'), 'utf8'));
function row(name) {
  const r = rows[name];
  if (!r) throw new Error('no catalogue row: ' + name);
  return r;
}

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
function dstr(dayOfYear) { return new Date(D0 + dayOfYear * 86400000).toISOString().slice(0, 10); }
function addDays(s, n) { return new Date(Date.parse(s + 'T00:00:00Z') + n * 86400000).toISOString().slice(0, 10); }
function diffDays(a, b) { return Math.round((Date.parse(b) - Date.parse(a)) / 86400000); }

// ---------- providers ----------
const REGIONS = ['220100', '230100', '370100', '510100'];
const OTHER_REGIONS = ['310100', '440100', '330100', '110100'];
function hosp(region, level, n) { return 'H' + region + String(level) + String(n).padStart(2, '0'); }
function pharmacy(region, n) { return 'Y' + region + String(n).padStart(3, '0'); }
function village(region, n) { return 'V' + region + String(n).padStart(3, '0'); }
function doctor() { return 'D' + String(ri(100, 999)); }

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  memberSeq++;
  const age = o.age != null ? o.age : ri(25, 80);
  const gender = o.gender || pick(['M', 'F']);
  const by = 2025 - age;
  const birthDate = o.birthDate || `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const insuranceType = o.insuranceType || (age < 18 || rnd() < 0.4 ? 'resident' : 'employee');
  const retired = insuranceType === 'employee' && age >= (gender === 'M' ? 60 : 55);
  return {
    insuredId: 'P39' + String(memberSeq).padStart(6, '0'),
    gender, birthDate, age, insuranceType, retired,
    region: o.region || pick(REGIONS),
    chronicDiseases: o.chronicDiseases || null,
  };
}

// ---------- claim building ----------
let claimSeq = 0;
class Bill {
  constructor() { this.items = []; }
  add(name, date, qty, opts = {}) {
    const r = row(name);
    if (!opts.dup && opts.price == null) { // one line per item and day: a second order the same day adds to the quantity
      const code0 = r.products && r.products.length ? r.products[0] : r.code;
      const prev = this.items.find((x) => x.code === code0 && x.date === date);
      if (prev) { prev.quantity = r2(prev.quantity + qty); prev.amount = r2(prev.quantity * prev.unitPrice); return prev.lineId; }
    }
    const level = this.level;
    let price = opts.price != null ? opts.price : r.priceCap[String(level)];
    qty = r2(qty);
    const code = r.products && r.products.length ? r.products[0] : r.code;
    const it = { lineId: String(this.items.length + 1), code, name: r.name, category: r.category, date, quantity: qty, unitPrice: r2(price), amount: r2(qty * price) };
    if (opts.longPrescription) it.longPrescription = true;
    this.items.push(it);
    return it.lineId;
  }
}

function settle(c, m, opts = {}) {
  let total = 0, policy = 0;
  for (const it of c.items) {
    total += it.amount;
    const r = rows[it.name];
    if (r.class === '丙' && !opts.inflate) continue;
    const share = r.class === '丙' ? 0 : (r.selfPayShare || 0);
    policy += it.amount * (1 - share);
  }
  total = r2(total); policy = r2(policy);
  const lvl = c.provider.level;
  const emp = m.insuranceType === 'employee';
  let fund;
  if (c.visitType === 'inpatient') {
    const ded = emp ? { 1: 200, 2: 500, 3: 800 }[lvl] : { 1: 200, 2: 500, 3: 1000 }[lvl];
    let ratio = emp ? { 1: 0.92, 2: 0.88, 3: 0.85 }[lvl] + (m.retired ? 0.03 : 0) : { 1: 0.85, 2: 0.75, 3: 0.65 }[lvl];
    if (c.insuredRegion && c.insuredRegion !== c.region) ratio -= 0.1;
    fund = Math.max(0, policy - ded) * ratio;
    fund = Math.min(fund, emp ? 400000 : 250000);
  } else if (c.visitType === 'chronic') {
    fund = policy * (emp ? 0.75 : 0.65);
  } else if (c.visitType === 'pharmacy') {
    fund = policy * 0.5;
  } else {
    const ratio = emp ? { 1: 0.7, 2: 0.6, 3: 0.5 }[lvl] : { 1: 0.6, 2: 0.5, 3: 0.5 }[lvl];
    fund = policy * ratio;
  }
  c.amounts = { total, policy, fundClaimed: r2(fund) };
}

function newClaim(m, o) {
  claimSeq++;
  const region = o.region || m.region;
  const c = {
    claimId: `${region}-${o.hospitalId}-2025-39${String(claimSeq).padStart(5, '0')}`,
    region,
    insuranceType: m.insuranceType,
    visitType: o.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: {
      enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 12), lapsedYears: 0,
      backPaidYears: 0, zeroClaimLastYear: false, contributionYears: m.insuranceType === 'employee' ? (m.retired ? ri(m.gender === 'M' ? 30 : 25, 42) : Math.max(1, Math.min(m.age - 18, ri(3, 30)))) : 0, special: null,
    },
    provider: { hospitalId: o.hospitalId, level: o.level, department: o.department, doctorId: o.doctorId || doctor() },
  };
  if (m.chronicDiseases) c.enrollment.chronicDiseases = m.chronicDiseases;
  if (o.insuredRegion && o.insuredRegion !== region) c.insuredRegion = o.insuredRegion;
  if (o.visitType === 'inpatient') {
    c.admissionDate = o.admissionDate; c.dischargeDate = o.dischargeDate;
    if (o.admissionRoute) c.admissionRoute = o.admissionRoute;
    c.dischargeMode = o.dischargeMode || 'ordered';
    if (o.transferFromHospitalId) c.transferFromHospitalId = o.transferFromHospitalId;
  } else c.visitDate = o.visitDate;
  c.diagnoses = o.diagnoses.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.procedures || []).map((p) => ({ code: p[0], date: p[1] }));
  if (o.visitType === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  const b = new Bill(); b.level = o.level;
  c._bill = b; c._m = m;
  return c;
}
function finish(c, opts = {}) {
  c.items = c._bill.items;
  const m = c._m;
  delete c._bill; delete c._m;
  settle(c, m, opts);
  return c;
}

// ---------- inpatient scaffolding ----------
// days: array of dates from admission to discharge-1 (bed days: 算进不算出)
function stayDays(adm, los) { const a = []; for (let i = 0; i < los; i++) a.push(addDays(adm, i)); return a; }
function inpatientBase(c, o) {
  const b = c._bill;
  const days = stayDays(c.admissionDate, diffDays(c.admissionDate, c.dischargeDate));
  days.forEach((d, i) => {
    b.add(o.bed || '普通病房床位费(三人间)', d, 1);
    const g = o.nursing ? o.nursing(i, d) : 'Ⅱ级护理';
    if (g) b.add(g, d, 1);
    b.add('住院诊查费', d, 1);
  });
  return days;
}
function admissionLabs(b, d, o = {}) {
  b.add('血常规(五分类)', d, 1);
  b.add('尿常规', d, 1);
  if (!o.noStool) b.add('大便常规+隐血', d, 1);
  b.add('肝功能(全套)', d, 1);
  b.add('肾功能(三项)', d, 1);
  b.add('电解质(四项)', d, 1);
  if (o.surgery) { b.add('凝血四项', d, 1); b.add('术前八项(感染筛查)', d, 1); b.add('血型鉴定(ABO+Rh)', d, 1); }
  if (!o.noEcg) b.add('常规心电图检查', d, 1);
  if (o.cxr) b.add('胸部X线摄影(正侧位)', d, 1);
}
function ivDay(b, d, groups, o = {}) {
  // infusion fees and sets for one day with `groups` groups
  if (o.child) b.add('小儿头皮静脉输液', d, 1); else b.add('静脉输液(第一组)', d, 1);
  if (groups > 1) b.add('静脉输液(每增加一组)', d, groups - 1);
  b.add('一次性使用输液器', d, Math.min(groups, 4));
}
function surgeryDay(b, d, o) {
  // o: {op, gaHours, spinal, local, extra: [[name,qty]]}
  b.add(o.op, d, 1);
  if (o.gaHours) b.add('全身麻醉', d, o.gaHours);
  if (o.spinal) b.add('椎管内麻醉', d, 1);
  if (o.local) b.add('局部浸润麻醉', d, 1);
  if (o.gaHours) { b.add('丙泊酚中/长链脂肪乳注射液', d, 2); b.add('注射用维库溴铵', d, 1); b.add('枸橼酸芬太尼注射液', d, 2); b.add('一次性使用麻醉穿刺包', d, 1); }
  if (o.spinal) { b.add('盐酸罗哌卡因注射液', d, 1); b.add('一次性使用麻醉穿刺包', d, 1); }
  if (o.local) b.add('盐酸利多卡因注射液', d, 2);
  b.add('一次性手术衣及铺单包', d, 1);
  if (!o.noSuture) b.add('可吸收缝线', d, o.sutures || 2);
  for (const [n, q] of o.extra || []) b.add(n, d, q);
}

module.exports = { rnd, ri, pick, r2, row, rows, dstr, addDays, diffDays, REGIONS, OTHER_REGIONS, hosp, pharmacy, village, doctor, member, newClaim, finish, stayDays, inpatientBase, admissionLabs, ivDay, surgeryDay, settle };
