#!/usr/bin/env node
// blind90: ear, nose, throat, hearing and sleep (耳鼻咽喉、听力与睡眠). Written from public knowledge only.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed; Node only. Money is computed in integer fen and written in yuan (CONTRACTS.md: yuan as a JSON number).
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base87/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- rng ----------
let seed = 90090;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const ROWS = {};
for (const f of fs.readdirSync(CAT)) {
  if (!f.endsWith('.json') || f.includes('.rules.') || f === 'indications.json') continue;
  const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  for (const r of j.rows || []) ROWS[r.name] = r;
}
const row = (name) => { const r = ROWS[name]; if (!r) throw new Error('no catalogue row ' + name); return r; };

// ---------- policies (frozen build's benefits/policies.json, amounts only) ----------
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const randDate = (from = '2025-01-10', to = '2025-11-20') => add(from, ri(0, diff(from, to)));

// ---------- providers ----------
const REGIONS = ['510100', '510700', '220100', '230100', '370100', '370200'];
const HOSP = {}; const PHARM = {};
const TITLES = { 3: ['主任医师', '副主任医师', '主治医师', '住院医师'], 2: ['副主任医师', '主治医师', '主治医师', '住院医师'], 1: ['主治医师', '住院医师', '住院医师'] };
function mkHosp(region, nn, level, kind, depts) {
  const id = 'H' + region + nn; const h = { id, region, level, kind, depts: {} };
  depts.forEach((dep, di) => {
    const titles = TITLES[level];
    h.depts[dep] = titles.map((t, k) => ({ id: 'D' + region + nn + di + k, title: t }));
  });
  HOSP[id] = h; return h;
}
for (const r of REGIONS) {
  mkHosp(r, '01', 3, 'public-general', ['otolaryngology', 'sleep-medicine', 'rehabilitation', 'neurology', 'hyperbaric-oxygen', 'emergency']);
  mkHosp(r, '02', 2, 'public-district', ['otolaryngology', 'rehabilitation', 'neurology', 'emergency']);
  mkHosp(r, '03', 1, 'community', ['general-practice']);
  mkHosp(r, '05', 2, 'private-ent', ['otolaryngology', 'audiology', 'medical-cosmetology']);
  mkHosp(r, '06', 1, 'private-ent-clinic', ['otolaryngology', 'audiology']);
  for (const nn of ['21', '22']) PHARM['Y' + r + nn] = { id: 'Y' + r + nn, region: r, level: 1, depts: { pharmacy: [{ id: 'D' + r + nn + '00', title: '药师' }] } };
}
const hosp = (region, nn) => HOSP['H' + region + nn];
const doctor = (h, dept, k) => { const l = h.depts[dept]; if (!l) throw new Error(h.id + ' no dept ' + dept); return k == null ? pick(l) : l[k % l.length]; };
function consultRow(doc, level) {
  if (level === 1) return '一般诊疗费';
  if (doc.title === '主任医师') return '主任医师门诊诊察费';
  if (doc.title === '副主任医师') return '副主任医师门诊诊察费';
  return '普通门诊诊察费';
}

// ---------- members ----------
let memberSeq = 0;
function member({ age, gender, scheme, onDate = '2025-06-01' }) {
  memberSeq++;
  const g = gender || (rnd() < 0.5 ? 'M' : 'F');
  const by = 2025 - age - (D(onDate).getUTCMonth() < 5 ? 1 : 0);
  const birthDate = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const sch = scheme || (age < 18 || age > 75 ? 'resident' : (rnd() < 0.6 ? 'employee' : 'resident'));
  const retired = sch === 'employee' && age >= (g === 'M' ? 60 : 55);
  let enrolledOn = add(birthDate, 30); if (enrolledOn < '2010-01-01') enrolledOn = '2010-01-01';
  const continuousYears = Math.max(1, 2025 - Number(enrolledOn.slice(0, 4)));
  const contributionYears = sch === 'employee' ? Math.max(retired ? (g === 'M' ? 32 : 28) : 1, Math.min(age - 21, 38)) : continuousYears;
  return { insuredId: 'P90' + String(memberSeq).padStart(6, '0'), gender: g, birthDate, age, scheme: sch, retired,
    enrollment: { enrolledOn, inConcentratedPeriod: true, continuousYears, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null } };
}

// ---------- benefits: fundClaimed from the policies ----------
const ytd = {}; // member|section|year -> {ded, fund, admissions}
function fundFor(c, m, policyFen) {
  const polRegion = c.insuredRegion || c.region; const prov = POL.provinces[polRegion.slice(0, 2)];
  let s = JSON.parse(JSON.stringify(prov.schemes[c.insuranceType]));
  const ov = prov.regions && prov.regions[polRegion] && prov.regions[polRegion].schemes && prov.regions[polRegion].schemes[c.insuranceType];
  if (ov) for (const k in ov) Object.assign(s[k], ov[k]);
  const sec = s[c.visitType];
  const date = c.visitDate || c.admissionDate; const year = date.slice(0, 4);
  const key = `${m.insuredId}|${c.visitType}|${year}`; const t = ytd[key] || (ytd[key] = { ded: 0, fund: 0, admissions: 0 });
  const lvl = String(c.provider.level);
  const ratio = (typeof sec.ratio === 'object' ? sec.ratio[lvl] : sec.ratio) + (m.retired ? (sec.retireeRatioBonus || 0) : 0);
  let dedDue;
  if (c.visitType === 'inpatient') {
    const d = typeof sec.deductible === 'object' ? sec.deductible[lvl] : sec.deductible;
    dedDue = Math.round(d * 100 * (t.admissions > 0 && sec.laterAdmissionDeductibleShare ? sec.laterAdmissionDeductibleShare : 1));
    t.admissions++;
  } else {
    dedDue = Math.max(0, Math.round(sec.deductible * 100) - t.ded);
  }
  const dedUsed = Math.min(dedDue, policyFen);
  if (c.visitType !== 'inpatient') t.ded += dedUsed;
  let fund = Math.floor((policyFen - dedUsed) * ratio);
  const capLeft = Math.round(sec.annualFundCap * 100) - t.fund;
  fund = Math.max(0, Math.min(fund, capLeft)); t.fund += fund;
  return fund;
}

// ---------- claim builder ----------
const CLAIMS = []; let claimSeq = 0;
const GROUPED = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const g = JSON.parse(l); if (g.grouping && g.grouping.drg) GROUPED[g.claimId] = g.grouping.drg; }
// spec: [rowName, qty, date, {mut, price}]
function build({ m, h, dept, doc, visitType, date, adm, dis, diags, procs = [], specs, insuredRegion }) {
  claimSeq++;
  const level = h.level;
  const claimId = `${h.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`;
  const items = []; const mut = []; let total = 0, policy = 0;
  for (const sp of specs) {
    const [name, qty, d, o = {}] = sp; if (!qty) continue;
    const r = row(name); const cap = r.priceCap[String(level)];
    const unitFen = Math.round((o.price != null ? Math.min(o.price, cap) : cap) * 100);
    const amtFen = unitFen * qty;
    const lineId = String(items.length + 1);
    items.push({ lineId, code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date: d, quantity: qty, unitPrice: unitFen / 100, amount: amtFen / 100 });
    if (o.mut) mut.push(lineId);
    total += amtFen;
    const share = r.class === '丙' ? 1 : (r.selfPayShare || 0);
    policy += amtFen - Math.round(amtFen * share);
  }
  const c = { claimId, region: h.region, insuranceType: m.scheme, visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: m.enrollment, provider: { hospitalId: h.id, level, department: dept, doctorId: doc.id } };
  if (insuredRegion) c.insuredRegion = insuredRegion;
  if (visitType === 'inpatient') { c.admissionDate = adm; c.dischargeDate = dis; } else c.visitDate = date;
  c.diagnoses = diags.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = procs.map(([code, d]) => ({ code, date: d }));
  if (visitType === 'inpatient') c.reportedGroup = { drg: GROUPED[claimId] || null, dip: null };
  c.items = items;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: 0 };
  c._m = m; c._policyFen = policy; c._settle = visitType === 'inpatient' ? dis : date;
  CLAIMS.push(c);
  return { c, mut };
}
function op(m, h, dept, date, diags, specs, o = {}) {
  const doc = o.doc || doctor(h, dept);
  const first = o.noConsult ? [] : [[o.emergency ? '急诊诊察费' : consultRow(doc, h.level), 1, date]];
  return build({ m, h, dept, doc, visitType: 'outpatient', date, diags, procs: o.procs || [], specs: first.concat(specs), insuredRegion: o.insuredRegion });
}
function pharm(m, p, date, diags, specs) {
  return build({ m, h: p, dept: 'pharmacy', doc: p.depts.pharmacy[0], visitType: 'pharmacy', date, diags, specs });
}
// daily lines for a stay: bed, nursing, 住院诊查费 each day admission..discharge-1 (o.padFrom: days from which lines are marked mutated)
function stay(m, h, dept, adm, dis, diags, procs, specs, o = {}) {
  const doc = o.doc || doctor(h, dept);
  const days = Math.max(1, diff(adm, dis)); const daily = [];
  for (let i = 0; i < days; i++) {
    const d = add(adm, i); const mf = o.padFrom != null && i >= o.padFrom ? { mut: true } : {};
    daily.push(['普通病房床位费(三人间)', 1, d, mf]);
    daily.push([i < (o.n1Days || 1) ? 'Ⅰ级护理' : (o.n3From != null && i >= o.n3From ? 'Ⅲ级护理' : 'Ⅱ级护理'), 1, d, mf]);
    daily.push(['住院诊查费', 1, d, mf]);
  }
  return build({ m, h, dept, doc, visitType: 'inpatient', adm, dis, diags, procs, specs: daily.concat(specs) });
}

// ---------- clinical building blocks ----------
const PREOP = (d) => [['血常规(五分类)', 1, d], ['凝血四项', 1, d], ['术前八项(感染筛查)', 1, d], ['肝功能(全套)', 1, d], ['肾功能(三项)', 1, d], ['常规心电图检查', 1, d], ['胸部X线摄影(正侧位)', 1, d]];
const GA_DRUGS = (d, child) => [['丙泊酚中/长链脂肪乳注射液', child ? 1 : 2, d], ['枸橼酸芬太尼注射液', child ? 1 : 2, d], ['注射用维库溴铵', 1, d], ['一次性气管插管', 1, d], ['一次性手术衣及铺单包', 1, d], ['一次性电刀笔', 1, d]];
const IV_DAYS = (from, n, drug, per, child) => { const a = []; for (let i = 0; i < n; i++) { const d = add(from, i); a.push([drug, per, d], ['氯化钠注射液', 1, d], [child && child < 7 ? '小儿头皮静脉输液' : '静脉输液(第一组)', 1, d], ['一次性使用输液器', 1, d]); } return a; };
const OR_DAY = (d, hours, child) => [['全身麻醉', hours, d]].concat(GA_DRUGS(d, child));

// ---------- labels ----------
const LABELS = []; let caseSeq = 0;
function label(kind, code, name, parts, targetsIdx) {
  // parts: array of {c, mut}; targetsIdx: indices of parts that carry the fraud (fraud) — controls/routine: all
  caseSeq++;
  const claimIds = parts.map(p => p.c.claimId);
  let targets = claimIds, mutatedLines = {};
  if (kind === 'fraud') {
    const ti = targetsIdx || parts.map((_, i) => i);
    targets = ti.map(i => parts[i].c.claimId);
    for (const i of ti) if (parts[i].mut.length) mutatedLines[parts[i].c.claimId] = parts[i].mut.slice();
  }
  const l = { caseId: `B90-${String(caseSeq).padStart(4, '0')}`, kind, code, name, claimIds, targets, mutatedLines };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code; else l.routine = code;
  LABELS.push(l);
}
const N = 15;
const RH = () => pick(REGIONS);

// =====================================================================================
// FRAUD TYPOLOGIES
// =====================================================================================
const T = {};
// T01 串换: a hearing aid (outside the fund) billed as covered hearing-rehabilitation sessions and tests over a few weeks
T.T01 = ['T01', '助听器验配串换为听力康复训练与听力检查(串换)', (i) => {
  const r = RH(); const h = hosp(r, i % 2 ? '06' : '05'); const m = member({ age: ri(66, 84) });
  const doc = doctor(h, 'audiology', 0); let d = randDate('2025-02-01', '2025-09-30'); const parts = [];
  const visits = i < 7 ? ri(5, 6) : ri(3, 4);
  for (let v = 0; v < visits; v++) {
    const sp = [['言语训练', 2, d, { mut: true }], ['康复评定', 1, d, { mut: true }]];
    if (v === 0 || i < 7) sp.push(['脑电图', 1, d, { mut: v > 0 }]);
    parts.push(op(m, h, 'audiology', d, ['H91.100', 'H93.100'].slice(0, v % 2 ? 1 : 2), sp, { doc }));
    d = add(d, i < 7 ? ri(2, 4) : ri(6, 9));
  }
  return [parts];
}];
// T02 过度检查: audiometry (stand-in 脑电图) and carotid ultrasound at every follow-up visit of a stable tinnitus
T.T02 = ['T02', '慢性耳鸣每次复诊都做听力检查(过度检查/重复检查)', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02', '05'])); const m = member({ age: ri(40, 72) });
  const doc = doctor(h, 'otolaryngology', i); let d = randDate('2025-01-15', '2025-07-31'); const parts = [];
  const n = ri(5, 7);
  for (let v = 0; v < n; v++) {
    const sp = [['脑电图', 1, d, { mut: v > 0 }], ['复合维生素B片', 42, d]];
    if (i % 3 === 0 || v === 0) sp.push(['颈部血管彩色多普勒超声', 1, d, { mut: v > 0 }]);
    parts.push(op(m, h, 'otolaryngology', d, ['H93.100'], sp, { doc }));
    d = add(d, ri(12, 20));
  }
  return [parts, parts.map((_, k) => k).slice(1)];
}];
// T03 过度诊疗: a full test battery and head imaging for a simple ear complaint (cerumen, otitis externa)
T.T03 = ['T03', '耵聍栓塞/外耳道炎也做全套听力检查与头颅影像(过度诊疗)', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02', '05'])); const m = member({ age: ri(18, 70) });
  const d = randDate(); const dx = i % 2 ? ['H61.200'] : ['H60.300'];
  const sp = [['脑电图', 1, d, { mut: true }], ['头颅CT平扫', 1, d, { mut: true }], ['血常规(五分类)', 1, d, { mut: true }], ['C反应蛋白测定', 1, d, { mut: true }]];
  if (h.level >= 2 && i % 3 !== 2) sp.push(['头颅MRI平扫', 1, d, { mut: true }]);
  if (h.level >= 2 && i % 3 === 2) sp.push(['纤维支气管镜检查', 1, d, { mut: true }]);
  sp.push(['换药(小)', 1, d]);
  return [[op(m, h, 'otolaryngology', d, dx.concat(i % 4 === 0 ? ['H93.100'] : []), sp)]];
}];
// T04 超频次: BPPV repositioning (stand-in 运动疗法) billed many times a day, or daily for ten days
T.T04 = ['T04', '耳石症手法复位一日多次或连日计费(超频次/虚增)', (i) => {
  const r = RH(); const h = hosp(r, pick(['02', '05', '06'])); const dept = h.level === 1 || h.kind === 'private-ent' ? 'otolaryngology' : pick(['otolaryngology', 'neurology']);
  const m = member({ age: ri(45, 78) }); const doc = doctor(h, dept, i); let d = randDate(); const parts = [];
  if (i < 6) {
    parts.push(op(m, h, dept, d, ['H81.100'], [['运动疗法', ri(4, 6), d, { mut: true }], ['甲磺酸倍他司汀片', 42, d]], { doc }));
  } else {
    const n = ri(7, 10);
    for (let k = 0; k < n; k++) { parts.push(op(m, h, dept, d, ['H81.100'], [['运动疗法', 2, d, { mut: true }]].concat(k === 0 ? [['甲磺酸倍他司汀片', 42, d]] : []), { doc })); d = add(d, 1); }
  }
  return [parts];
}];
// T05 重复收费/高套: one-sided maxillary sinusitis billed as bilateral pansinus FESS in two sittings: duplicated anaesthesia and packing lines
T.T05 = ['T05', '单侧鼻窦炎按双侧全组鼻窦手术、两台手术计费(重复收费/高套)', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02', '05'])); const m = member({ age: ri(25, 65) });
  const adm = randDate(); const op1 = add(adm, 1); const dis = add(adm, ri(5, 7));
  const procs = [['22.6301', op1], ['22.6201', op1], ['22.4101', op1], ['22.5203', op1], ['21.6903', op1]];
  const sp = PREOP(adm).concat([['头颅CT平扫', 1, adm], ['纤维支气管镜检查', 1, adm]], OR_DAY(op1, 3),
    [['全身麻醉', 2, op1, { mut: true }], ['一次性手术衣及铺单包', 1, op1, { mut: true }], ['可吸收止血材料(止血纱布/明胶海绵)', 2, op1], ['可吸收止血材料(止血纱布/明胶海绵)', 2, op1, { mut: true }], ['病理检查(常规石蜡切片)', 1, op1]],
    IV_DAYS(op1, 3, '注射用头孢呋辛钠', 2), [['换药(小)', 1, add(op1, 2)]]);
  return [[stay(m, h, 'otolaryngology', adm, dis, [i % 2 ? 'J32.000' : 'J32.001'], procs, sp)]];
}];
// T06 串换: cosmetic rhinoplasty billed as septoplasty for a deviated septum; the cosmetology consult is in the history
T.T06 = ['T06', '美容隆鼻以鼻中隔偏曲矫正名义住院结算(串换)', (i) => {
  const r = RH(); const h = hosp(r, '05'); const m = member({ age: ri(19, 32), gender: i % 5 === 4 ? 'M' : 'F' });
  const c0 = randDate('2025-01-15', '2025-09-30');
  const pre = op(m, h, 'medical-cosmetology', c0, ['J34.200'], [['医疗美容咨询', 1, c0]]);
  const adm = add(c0, ri(5, 14)); const opd = add(adm, 1); const dis = add(adm, ri(4, 6));
  const procs = [['21.5x01', opd]].concat(i % 2 ? [['21.8700', opd]] : []);
  const sp = PREOP(adm).concat(OR_DAY(opd, 2), [['可吸收缝线', 3, opd], ['可吸收止血材料(止血纱布/明胶海绵)', 2, opd]], IV_DAYS(opd, 2, '注射用头孢呋辛钠', 2), [['换药(小)', 1, add(opd, 2)]]);
  const ip = stay(m, h, i % 3 === 0 ? 'medical-cosmetology' : 'otolaryngology', adm, dis, ['J34.200'], procs, sp);
  return [[pre, ip], [1]];
}];
// T07 过度诊疗: daily nebulisation and nasal irrigation (stand-in 换药(小)) at a clinic for allergic rhinitis
T.T07 = ['T07', '变应性鼻炎门诊每日雾化与鼻腔冲洗(过度诊疗/虚记)', (i) => {
  const r = RH(); const h = hosp(r, pick(['03', '06', '05'])); const dept = h.kind === 'community' ? 'general-practice' : 'otolaryngology';
  const m = member({ age: ri(20, 60) }); const doc = doctor(h, dept, i); let d = randDate('2025-03-01', '2025-10-20'); const parts = [];
  const n = i < 8 ? ri(10, 13) : ri(7, 9);
  for (let k = 0; k < n; k++) {
    parts.push(op(m, h, dept, d, ['J30.400'], [['雾化吸入', 2, d, { mut: true }], ['吸入用布地奈德混悬液', 2, d, { mut: true }], ['一次性使用雾化器', 1, d, { mut: true }], ['换药(小)', 1, d, { mut: true }]].concat(k === 0 ? [['氯雷他定片', 14, d]] : []), { doc }));
    d = add(d, i < 8 ? 1 : ri(1, 2));
  }
  return [parts];
}];
// T08 重复检查: polysomnography (stand-in 动态心电图 + 血氧饱和度监测) repeated with no treatment between
T.T08 = ['T08', '睡眠监测无干预无变化反复进行(重复检查)', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02', '05'])); const dept = h.level === 3 ? 'sleep-medicine' : 'otolaryngology';
  const m = member({ age: ri(35, 65), gender: i % 4 ? 'M' : 'F' }); let d = randDate('2025-01-15', '2025-07-15'); const parts = [];
  const n = ri(3, 4); const h2 = i % 3 === 0 ? hosp(r, h.id.endsWith('01') ? '05' : '01') : h;
  for (let k = 0; k < n; k++) {
    const hh = k % 2 && h2 !== h ? h2 : h; const dp = hh.level === 3 ? 'sleep-medicine' : 'otolaryngology';
    parts.push(op(m, hh, dp, d, ['G47.300x001'], [['动态心电图(24小时)', 1, d, { mut: k > 0 }], ['血氧饱和度监测', 8, d, { mut: k > 0 }]], { procs: [] }));
    d = add(d, ri(21, 40));
  }
  return [parts, parts.map((_, k) => k).slice(1)];
}];
// T09 分解住院: UPPP split into an evaluation stay and a surgical stay days apart (or two stays around one operation)
T.T09 = ['T09', '鼾症UPPP手术拆分为评估住院与手术住院(分解住院)', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02', '05'])); const m = member({ age: ri(30, 58), gender: 'M' });
  const a1 = randDate('2025-01-15', '2025-10-15'); const d1 = add(a1, ri(2, 3));
  const s1 = PREOP(a1).concat([['动态心电图(24小时)', 1, a1], ['血氧饱和度监测', 8, a1], ['纤维支气管镜检查', 1, add(a1, 1)].slice(0, h.level >= 2 ? 3 : 0)]);
  const p1 = stay(m, h, 'otolaryngology', a1, d1, ['G47.300x001', 'J35.100'], [], s1);
  const a2 = add(d1, ri(1, 6)); const o2 = a2; const d2 = add(a2, ri(4, 6));
  const s2 = OR_DAY(o2, 2).concat([['扁桃体切除术', 1, o2], ['可吸收缝线', 3, o2], ['血氧饱和度监测', 12, o2]], IV_DAYS(o2, 3, '注射用头孢呋辛钠', 2), [['地塞米松磷酸钠注射液', 1, o2]]);
  const p2 = stay(m, h, 'otolaryngology', a2, d2, ['G47.300x001', 'J35.100'], [['27.6900x007', o2], ['28.2x00x002', o2]], s2);
  return [[p1, p2]];
}];
// T10 挂床: tonsillectomy stay padded with days of bed, nursing and ward rounds only
T.T10 = ['T10', '扁桃体切除术后挂床(挂床住院)', (i) => {
  const r = RH(); const h = hosp(r, pick(['02', '05', '01'])); const child = i % 3 === 0; const m = member({ age: child ? ri(5, 12) : ri(18, 45) });
  const adm = randDate(); const opd = add(adm, 1); const los = ri(11, 15); const dis = add(adm, los);
  const sp = PREOP(adm).concat(OR_DAY(opd, child ? 1 : 2, child), [['扁桃体切除术', 1, opd], ['可吸收缝线', 2, opd]], IV_DAYS(opd, 3, '注射用头孢呋辛钠', child ? 1 : 2, child ? m.age : 0), [['地塞米松磷酸钠注射液', 1, opd]]);
  return [[stay(m, h, 'otolaryngology', adm, dis, ['J35.000'], [[child && i % 2 ? '28.3x01' : '28.2x00x002', opd]], sp, { padFrom: 5, n3From: 4 })]];
}];
// T11 低标准入院: an outpatient-treatable ear/nose complaint admitted for a few days of oral drugs
T.T11 = ['T11', '外耳道炎/变应性鼻炎/耵聍栓塞低标准入院(低标准入院)', (i) => {
  const r = RH(); const h = hosp(r, pick(['02', '05', '03', '06'])); const dept = h.kind === 'community' ? 'general-practice' : 'otolaryngology';
  const m = member({ age: ri(30, 80) }); const adm = randDate(); const dis = add(adm, ri(3, 6));
  const dx = [['H60.300'], ['J30.400'], ['H61.200'], ['J31.000']][i % 4];
  const drug = { 'H60.300': ['头孢克肟胶囊', 10], 'J30.400': ['氯雷他定片', 7], 'H61.200': ['复合维生素B片', 9], 'J31.000': ['西替利嗪片', 7] }[dx[0]];
  const sp = [['血常规(五分类)', 1, adm], ['尿常规', 1, adm], [drug[0], drug[1], adm], ['换药(小)', 1, add(adm, 1)]];
  return [[stay(m, h, dept, adm, dis, dx, [], sp)]];
}];
// T12 超限定支付: 银杏叶提取物注射液/前列地尔 beyond 14 days, at a level-1 hospital, or for a diagnosis outside the restriction
T.T12 = ['T12', '银杏叶提取物注射液/前列地尔超限定范围与疗程(超限定支付)', (i) => {
  const r = RH(); const v = i % 3; const h = hosp(r, v === 1 ? '03' : pick(['01', '02', '05']));
  const dept = h.kind === 'community' ? 'general-practice' : 'otolaryngology'; const m = member({ age: ri(35, 75) });
  const adm = randDate(); let days, dx, sp = [];
  if (v === 0) { days = ri(18, 21); dx = ['H91.200x001']; }
  else if (v === 1) { days = ri(8, 10); dx = ['H91.200x001']; }
  else { days = ri(8, 10); dx = [pick(['J30.400', 'J32.000', 'J35.000'])]; }
  const dis = add(adm, days);
  for (let k = 0; k < days; k++) {
    const d = add(adm, k);
    sp.push(['银杏叶提取物注射液', 2, d, { mut: v !== 0 || k >= 14 }], ['氯化钠注射液', 1, d], ['静脉输液(第一组)', 1, d], ['一次性使用输液器', 1, d]);
    if (v === 0) sp.push(['前列地尔注射液', 1, d, { mut: k >= 14 }]);
  }
  sp.push(['血常规(五分类)', 1, adm]);
  if (h.level >= 2) sp.push(['头颅MRI平扫', 1, add(adm, 1)]);
  sp.push(['脑电图', 1, adm]);
  return [[stay(m, h, dept, adm, dis, dx, [], sp)]];
}];
// T13 冒名就医: the member's card used by someone else the same day in another city, or during his own stay
T.T13 = ['T13', '同一参保人同日异地就诊或住院期间另有门诊(冒名就医)', (i) => {
  const r = REGIONS[i % REGIONS.length]; const r2 = REGIONS[(i + 3) % REGIONS.length];
  const m = member({ age: ri(25, 70) }); const parts = [];
  if (i % 2 === 0) {
    const d = randDate(); const h1 = hosp(r, '02'); const h2 = hosp(r2, pick(['05', '06']));
    parts.push(op(m, h1, 'otolaryngology', d, ['J02.900'], [['阿莫西林胶囊', 24, d], ['布洛芬缓释胶囊', 10, d]]));
    parts.push(op(m, h2, 'otolaryngology', d, ['J32.000'], [['纤维支气管镜检查', 1, d], ['头孢呋辛酯片', 14, d], ['克拉霉素片', 14, d]].filter(s => h2.level >= 2 || s[0] !== '纤维支气管镜检查'), { insuredRegion: r }));
  } else {
    const h1 = hosp(r, '01'); const adm = randDate(); const opd = add(adm, 1); const dis = add(adm, 5);
    const sp = PREOP(adm).concat(OR_DAY(opd, 2), [['扁桃体切除术', 1, opd], ['可吸收缝线', 2, opd]], IV_DAYS(opd, 3, '注射用头孢呋辛钠', 2));
    parts.push(stay(m, h1, 'otolaryngology', adm, dis, ['J35.000'], [['28.2x00x002', opd]], sp));
    const od = add(adm, 2); const h2 = hosp(r, pick(['05', '06']));
    parts.push(op(m, h2, 'otolaryngology', od, ['J30.400'], [['氯雷他定片', 28, od], ['西替利嗪片', 28, od]]));
  }
  return [parts, [1]];
}];
// T14 超量开药/倒卖: antihistamines and betahistine bought in bulk every fortnight at several pharmacies
T.T14 = ['T14', '抗过敏药与倍他司汀在多家药店超量购药(超量开药/倒卖)', (i) => {
  const r = RH(); const ps = [PHARM['Y' + r + '21'], PHARM['Y' + r + '22']]; const m = member({ age: ri(30, 70), scheme: 'employee' });
  let d = randDate('2025-01-10', '2025-08-31'); const parts = []; const n = ri(4, 6);
  const drug = i % 3 === 0 ? ['甲磺酸倍他司汀片', 'H81.000'] : [i % 2 ? '氯雷他定片' : '西替利嗪片', 'J30.400'];
  for (let k = 0; k < n; k++) {
    const q = drug[0] === '甲磺酸倍他司汀片' ? ri(150, 240) : ri(90, 120);
    parts.push(pharm(m, ps[k % 2], d, [drug[1]], [[drug[0], q, d, { mut: true }]].concat(i % 4 === 1 ? [['氯雷他定片', 60, d, { mut: true }]].filter(() => drug[0] !== '氯雷他定片') : [])));
    d = add(d, ri(8, 15));
  }
  return [parts];
}];
// T15 诱导就医: "free hearing screening" cohorts admitted together to a private ENT hospital
const COHORT = {};
T.T15 = ['T15', '免费听力筛查诱导老年人集体住院(诱导就医)', (i) => {
  const g = i % 3; const c = COHORT[g] || (COHORT[g] = { h: hosp(REGIONS[g + 1], '05'), adm: randDate('2025-03-01', '2025-10-01') });
  const h = c.h; const m = member({ age: ri(65, 82), scheme: 'resident' }); const adm = add(c.adm, i % 2); const dis = add(adm, 6);
  const doc = doctor(h, 'otolaryngology', g);
  const sp = [['血常规(五分类)', 1, adm], ['肝功能(全套)', 1, adm], ['肾功能(三项)', 1, adm], ['血脂(四项)', 1, adm], ['常规心电图检查', 1, adm], ['颈部血管彩色多普勒超声', 1, add(adm, 1)], ['脑电图', 1, adm], ['头颅MRI平扫', 1, add(adm, 1)]];
  for (let k = 0; k < 6; k++) { const d = add(adm, k); sp.push(['银杏叶提取物注射液', 2, d], ['氯化钠注射液', 1, d], ['静脉输液(第一组)', 1, d], ['一次性使用输液器', 1, d]); }
  sp.push(['复合维生素B片', 42, add(dis, -1)]);
  return [[stay(m, h, 'otolaryngology', adm, dis, ['H90.300', 'H93.100'], [], sp, { doc })]];
}];

// =====================================================================================
// CONTROLS (legitimate but uncommon care that looks like a typology)
// =====================================================================================
const C = {};
// C01 child with recurrent otitis media with effusion: grommets twice within a year
C.C01 = ['C01', '儿童复发性分泌性中耳炎一年内两次鼓膜置管', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const m = member({ age: ri(3, 7) }); const parts = [];
  let adm = randDate('2025-01-10', '2025-04-30');
  for (let k = 0; k < 2; k++) {
    const dis = add(adm, 2);
    const procs = [['20.0100x005', adm]].concat(k === 1 && i % 2 ? [['28.6x00x001', adm]] : []);
    const sp = PREOP(adm).slice(0, 4).concat([['脑电图', 1, adm]], OR_DAY(adm, 1, true), [['头孢克肟胶囊', 10, add(adm, 1)]]);
    parts.push(stay(m, h, 'otolaryngology', adm, dis, k === 1 && i % 2 ? ['H65.300x001', 'J35.200'] : ['H65.300x001'], procs, sp));
    adm = add(adm, ri(150, 220));
  }
  return [parts];
}];
// C02 bilateral FESS for chronic pansinusitis with nasal polyps
C.C02 = ['C02', '全组鼻窦炎伴鼻息肉双侧鼻内镜鼻窦手术', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const m = member({ age: ri(28, 66) });
  const adm = randDate(); const op1 = add(adm, 1); const dis = add(adm, ri(5, 7));
  const procs = [['22.6301', op1], ['22.6201', op1], ['22.4101', op1], ['22.5203', op1], ['21.3102', op1]];
  const sp = PREOP(adm).concat([['头颅CT平扫', 1, adm], ['纤维支气管镜检查', 1, adm]], OR_DAY(op1, 3), [['可吸收止血材料(止血纱布/明胶海绵)', 4, op1], ['病理检查(常规石蜡切片)', 1, op1]],
    IV_DAYS(op1, 3, '注射用头孢呋辛钠', 2), [['换药(小)', 1, add(op1, 2)], ['氯雷他定片', 14, add(dis, -1)]]);
  return [[stay(m, h, 'otolaryngology', adm, dis, ['J32.400', 'J33.000'].concat(i % 3 === 0 ? ['J45.900'] : []), procs, sp)]];
}];
// C03 sudden deafness: a 10–12 day inpatient course (steroid, 银杏叶 within 14 days), audiometry and MRI
C.C03 = ['C03', '突发性聋住院10-12天综合治疗(含银杏叶提取物14天内)', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const m = member({ age: ri(30, 68) });
  const adm = randDate(); const days = ri(10, 12); const dis = add(adm, days); const sp = [];
  for (let k = 0; k < days; k++) {
    const d = add(adm, k);
    sp.push(['银杏叶提取物注射液', 2, d], ['氯化钠注射液', 2, d], ['静脉输液(第一组)', 1, d], ['静脉输液(每增加一组)', 1, d], ['一次性使用输液器', 2, d]);
    if (k < 3) sp.push(['注射用甲泼尼龙琥珀酸钠', 1, d]);
  }
  sp.push(['醋酸泼尼松片', 24, add(adm, 3)], ['血常规(五分类)', 1, adm], ['空腹血糖测定', 1, adm], ['脑电图', 1, adm], ['脑电图', 1, add(adm, days - 1)], ['头颅MRI平扫', 1, add(adm, 1)], ['奥美拉唑肠溶胶囊', 14, adm]);
  return [[stay(m, h, 'otolaryngology', adm, dis, ['H91.200x001'].concat(i % 4 === 0 ? ['H93.100'] : []), [], sp)]];
}];
// C04 sudden deafness as outpatient: oral steroid and a course of daily hyperbaric oxygen (stand-in 吸氧) for ten days
C.C04 = ['C04', '突发性聋门诊口服激素与连续10次高压氧治疗', (i) => {
  const r = RH(); const h = hosp(r, '01'); const m = member({ age: ri(25, 60) }); let d = randDate('2025-02-01', '2025-10-31'); const parts = [];
  parts.push(op(m, h, 'otolaryngology', d, ['H91.200x001'], [['脑电图', 1, d], ['醋酸泼尼松片', 36, d], ['甲磺酸倍他司汀片', 30, d]]));
  const hdoc = doctor(h, 'hyperbaric-oxygen', i);
  for (let k = 0; k < 10; k++) { d = add(d, 1); parts.push(op(m, h, 'hyperbaric-oxygen', d, ['H91.200x001'], [['吸氧', 2, d]], { doc: hdoc, noConsult: k > 0 })); }
  d = add(d, 1); parts.push(op(m, h, 'otolaryngology', d, ['H91.200x001'], [['脑电图', 1, d]]));
  return [parts];
}];
// C05 post-operative nasal care visits after FESS at 1, 2, 4 and 8 weeks
C.C05 = ['C05', '鼻内镜术后定期复查与术腔清理(1/2/4/8周)', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const m = member({ age: ri(25, 65) }); const doc = doctor(h, 'otolaryngology', i);
  const base = randDate('2025-01-20', '2025-08-31'); const parts = [];
  for (const w of [7, 14, 28, 56].slice(0, i % 3 === 0 ? 3 : 4)) {
    const d = add(base, w);
    parts.push(op(m, h, 'otolaryngology', d, ['Z09.000x001', 'J32.400'], [['纤维支气管镜检查', 1, d], ['换药(小)', 1, d]].concat(w === 7 ? [['氯雷他定片', 14, d]] : []), { doc }));
  }
  return [parts];
}];
// C06 cochlear implant in a child meeting the conditions (bilateral profound SNHL, failed hearing-aid trial), then auditory-verbal therapy
C.C06 = ['C06', '符合条件儿童人工耳蜗植入及术后言语康复', (i) => {
  const r = RH(); const h = hosp(r, '01'); const m = member({ age: ri(1, 5), scheme: 'resident' });
  const adm = randDate('2025-01-10', '2025-07-31'); const opd = add(adm, 2); const dis = add(adm, ri(6, 8));
  const sp = PREOP(adm).slice(0, 6).concat([['脑电图', 1, adm], ['头颅CT平扫', 1, adm], ['头颅MRI平扫', 1, add(adm, 1)]], OR_DAY(opd, 3, true), [['可吸收缝线', 2, opd]], IV_DAYS(opd, 3, '注射用头孢呋辛钠', 1, m.age), [['换药(中)', 1, add(opd, 3)]]);
  const parts = [stay(m, h, 'otolaryngology', adm, dis, ['H90.300'], [['20.9801', opd]], sp)];
  let d = add(dis, 30); const rdoc = doctor(h, 'rehabilitation', i);
  for (let k = 0; k < 4; k++) { parts.push(op(m, h, 'rehabilitation', d, ['Z96.201', 'H90.300'], [['言语训练', 1, d], ['康复评定', 1, d]], { doc: rdoc })); d = add(d, 7); }
  return [parts];
}];
// C07 diagnostic PSG, then an in-lab CPAP titration night (inpatient, non-invasive ventilation hours) and a follow-up PSG on CPAP
C.C07 = ['C07', '睡眠呼吸暂停诊断PSG后CPAP压力滴定复查', (i) => {
  const r = RH(); const h = hosp(r, '01'); const m = member({ age: ri(35, 66), gender: i % 5 ? 'M' : 'F' }); const parts = [];
  const d0 = randDate('2025-01-10', '2025-08-31');
  parts.push(op(m, h, 'sleep-medicine', d0, ['G47.300x001'], [['动态心电图(24小时)', 1, d0], ['血氧饱和度监测', 8, d0]]));
  const adm = add(d0, ri(10, 25)); const dis = add(adm, 1);
  parts.push(stay(m, h, 'sleep-medicine', adm, dis, ['G47.300x001'], [['93.9001', adm]], [['动态心电图(24小时)', 1, adm], ['血氧饱和度监测', 8, adm], ['无创呼吸机辅助通气', 8, adm]]));
  if (i % 2 === 0) { const d2 = add(dis, ri(60, 90)); parts.push(op(m, h, 'sleep-medicine', d2, ['G47.300x001'], [['动态心电图(24小时)', 1, d2], ['血氧饱和度监测', 8, d2]])); }
  return [parts];
}];
// C08 BPPV: one repositioning at diagnosis and one at the one-week recheck after a recurrence
C.C08 = ['C08', '耳石症复发一周后再次手法复位', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const dept = pick(['otolaryngology', 'neurology']); const doc = doctor(h, dept, i);
  const m = member({ age: ri(40, 80) }); const d = randDate(); const d2 = add(d, ri(6, 9));
  return [[op(m, h, dept, d, ['H81.100'], [['运动疗法', 1, d], ['甲磺酸倍他司汀片', 42, d]], { doc }), op(m, h, dept, d2, ['H81.100'], [['运动疗法', i % 3 === 0 ? 2 : 1, d2]], { doc })]];
}];
// C09 vestibular neuritis: a six-week course of vestibular rehabilitation twice a week
C.C09 = ['C09', '前庭神经炎前庭康复训练每周两次共6周', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const m = member({ age: ri(30, 70) }); const doc = doctor(h, 'rehabilitation', i);
  let d = randDate('2025-01-10', '2025-09-15'); const parts = [];
  for (let k = 0; k < 12; k++) { parts.push(op(m, h, 'rehabilitation', d, ['H81.200'], [['运动疗法', 1, d]].concat(k % 6 === 0 ? [['康复评定', 1, d]] : []), { doc })); d = add(d, k % 2 ? 4 : 3); }
  return [parts];
}];
// C10 sudden deafness follow-up: audiometry at diagnosis, after the course, at one and three months
C.C10 = ['C10', '突发性聋疗程后按指南复查听力(1周/1月/3月)', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02', '05'])); const m = member({ age: ri(25, 70) }); const doc = doctor(h, 'otolaryngology', i);
  const d0 = randDate('2025-01-10', '2025-07-31'); const parts = [];
  parts.push(op(m, h, 'otolaryngology', d0, ['H91.200x001'], [['脑电图', 1, d0], ['醋酸泼尼松片', 36, d0], ['复合维生素B片', 42, d0]], { doc }));
  for (const w of [10, 35, 95]) { const d = add(d0, w); parts.push(op(m, h, 'otolaryngology', d, ['H91.200x001'], [['脑电图', 1, d]], { doc })); }
  return [parts];
}];
// C11 readmission for secondary haemorrhage after tonsillectomy
C.C11 = ['C11', '扁桃体术后继发出血再入院止血', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const m = member({ age: ri(16, 45) });
  const adm = randDate('2025-01-10', '2025-10-31'); const opd = add(adm, 1); const dis = add(adm, 4);
  const sp = PREOP(adm).concat(OR_DAY(opd, 2), [['扁桃体切除术', 1, opd], ['可吸收缝线', 2, opd]], IV_DAYS(opd, 3, '注射用头孢呋辛钠', 2));
  const p1 = stay(m, h, 'otolaryngology', adm, dis, ['J35.000'], [['28.2x00x002', opd]], sp);
  const a2 = add(dis, ri(3, 6)); const d2 = add(a2, 3);
  const sp2 = [['血常规(五分类)', 1, a2], ['凝血四项', 1, a2], ['急诊诊察费', 0, a2], ['氨甲环酸注射液', 2, a2], ['氨甲环酸注射液', 2, add(a2, 1)], ['可吸收止血材料(止血纱布/明胶海绵)', 1, a2]].concat(i % 2 ? OR_DAY(a2, 1) : [['局部浸润麻醉', 1, a2], ['盐酸利多卡因注射液', 2, a2]], IV_DAYS(a2, 3, '注射用头孢呋辛钠', 2));
  const p2 = stay(m, h, 'otolaryngology', a2, d2, ['T81.000x005', 'J35.000'], [['28.7x00', a2]].filter(() => i % 2 === 1), sp2, { n1Days: 2 });
  return [[p1, p2]];
}];
// C12 child with OSA: adenotonsillectomy with post-operative overnight oximetry, 5–6 days
C.C12 = ['C12', '儿童OSA腺样体扁桃体切除术后监护5-6天', (i) => {
  const r = RH(); const h = hosp(r, '01'); const m = member({ age: ri(3, 8) });
  const adm = randDate(); const opd = add(adm, 1); const dis = add(adm, ri(5, 6));
  const sp = PREOP(adm).slice(0, 6).concat([['动态心电图(24小时)', 1, adm], ['血氧饱和度监测', 8, adm]], OR_DAY(opd, 1, true), [['扁桃体切除术', 1, opd], ['血氧饱和度监测', 12, opd], ['血氧饱和度监测', 12, add(opd, 1)]], IV_DAYS(opd, 3, '注射用头孢呋辛钠', 1, m.age), [['地塞米松磷酸钠注射液', 1, opd], ['布洛芬混悬液', 1, add(opd, 1)]]);
  return [[stay(m, h, 'otolaryngology', adm, dis, ['J35.300', 'G47.300x001'], [['28.3x01', opd]], sp, { n1Days: 3 })]];
}];
// C13 severe OSA: PSG and UPPP with tonsillectomy in one admission
C.C13 = ['C13', '重度OSA同次住院完成PSG评估与UPPP', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const m = member({ age: ri(30, 58), gender: 'M' });
  const adm = randDate(); const opd = add(adm, 3); const dis = add(adm, ri(8, 10));
  const sp = PREOP(adm).concat([['动态心电图(24小时)', 1, adm], ['血氧饱和度监测', 8, adm], ['纤维支气管镜检查', 1, add(adm, 1)]], OR_DAY(opd, 2), [['扁桃体切除术', 1, opd], ['可吸收缝线', 3, opd], ['血氧饱和度监测', 12, opd], ['血氧饱和度监测', 12, add(opd, 1)]], IV_DAYS(opd, 3, '注射用头孢呋辛钠', 2), [['地塞米松磷酸钠注射液', 1, opd]]);
  return [[stay(m, h, 'otolaryngology', adm, dis, ['G47.300x001', 'J35.100'], [['27.6900x007', opd], ['28.2x00x002', opd]], sp, { n1Days: 2 })]];
}];
// C14 septoplasty for a deviated septum with obstruction, public hospital ENT
C.C14 = ['C14', '鼻中隔偏曲伴鼻塞鼻中隔矫正(公立医院耳鼻喉科)', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const m = member({ age: ri(20, 55), gender: i % 3 ? 'M' : 'F' });
  const adm = randDate(); const opd = add(adm, 1); const dis = add(adm, ri(4, 6));
  const sp = PREOP(adm).concat([['头颅CT平扫', 1, adm], ['纤维支气管镜检查', 1, adm]], OR_DAY(opd, 2), [['可吸收止血材料(止血纱布/明胶海绵)', 2, opd]], IV_DAYS(opd, 2, '注射用头孢呋辛钠', 2), [['换药(小)', 1, add(opd, 2)]]);
  return [[stay(m, h, 'otolaryngology', adm, dis, ['J34.200', 'J34.300'], [['21.5x01', opd]].concat(i % 2 ? [['21.6903', opd]] : []), sp)]];
}];
// C15 young adult after nasal trauma: septorhinoplasty for a deformed, obstructed nose
C.C15 = ['C15', '外伤后鼻骨骨折畸形伴鼻中隔偏曲行鼻中隔鼻成形', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const m = member({ age: ri(18, 35), gender: i % 4 ? 'M' : 'F' });
  const adm = randDate(); const opd = add(adm, 1); const dis = add(adm, ri(5, 7));
  const sp = PREOP(adm).concat([['头颅CT平扫', 1, adm]], OR_DAY(opd, 3), [['可吸收缝线', 3, opd], ['可吸收止血材料(止血纱布/明胶海绵)', 2, opd]], IV_DAYS(opd, 3, '注射用头孢呋辛钠', 2), [['换药(小)', 1, add(opd, 2)]]);
  return [[stay(m, h, 'otolaryngology', adm, dis, ['J34.200', 'T90.200'], [['21.5x01', opd], ['21.8700', opd]], sp)]];
}];
// C16 child with acute laryngitis (croup): nebulised budesonide at the clinic on three consecutive days
C.C16 = ['C16', '儿童急性喉炎连续3天门诊雾化', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02', '03'])); const dept = h.kind === 'community' ? 'general-practice' : pick(['otolaryngology', 'emergency']);
  const m = member({ age: ri(1, 6) }); let d = randDate(); const parts = []; const doc = doctor(h, dept, i);
  for (let k = 0; k < 3; k++) { parts.push(op(m, h, dept, d, ['J05.000'], [['雾化吸入', 2, d], ['吸入用布地奈德混悬液', 2, d]].concat(k === 0 ? [['一次性使用雾化器', 1, d], ['小儿对乙酰氨基酚颗粒', 6, d]] : []), { doc, emergency: dept === 'emergency' })); d = add(d, 1); }
  return [parts];
}];
// C17 perennial allergic rhinitis with asthma: monthly antihistamine at the pharmacy for a year
C.C17 = ['C17', '常年性变应性鼻炎每月药店规律购抗组胺药', (i) => {
  const r = RH(); const p = PHARM['Y' + r + (i % 2 ? '21' : '22')]; const m = member({ age: ri(20, 60), scheme: 'employee' });
  let d = randDate('2025-01-05', '2025-03-31'); const parts = []; const drug = i % 2 ? '氯雷他定片' : '西替利嗪片';
  for (let k = 0; k < 6; k++) { parts.push(pharm(m, p, d, ['J30.300x002'], [[drug, 30, d]])); d = add(d, ri(28, 32)); }
  return [parts];
}];
// C18 Ménière's disease: betahistine three times a day, refilled monthly
C.C18 = ['C18', '梅尼埃病长期口服倍他司汀每月续药', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const m = member({ age: ri(35, 70) }); const doc = doctor(h, 'otolaryngology', i);
  let d = randDate('2025-01-05', '2025-04-30'); const parts = [];
  for (let k = 0; k < 5; k++) { parts.push(op(m, h, 'otolaryngology', d, ['H81.000'], [['甲磺酸倍他司汀片', 90, d]].concat(k === 0 ? [['脑电图', 1, d]] : []), { doc })); d = add(d, ri(28, 31)); }
  return [parts];
}];
// C19 infant referred after a failed newborn hearing screen: diagnostic ABR battery and imaging
C.C19 = ['C19', '新生儿听力筛查未通过转诊婴儿诊断性听力学全套与影像', (i) => {
  const r = RH(); const h = hosp(r, '01'); const m = member({ age: 0, scheme: 'resident' });
  m.birthDate = randDate('2024-10-01', '2025-06-30');
  m.enrollment = { ...m.enrollment, enrolledOn: add(m.birthDate, ri(10, 60)), continuousYears: 1, contributionYears: 1, special: 'newborn' };
  const d = add(m.birthDate, ri(90, 150)); const parts = [];
  parts.push(op(m, h, 'otolaryngology', d, ['H90.500'], [['脑电图', 1, d], ['头颅CT平扫', 1, d]]));
  const d2 = add(d, ri(14, 30)); parts.push(op(m, h, 'otolaryngology', d2, ['H90.500'], [['脑电图', 1, d2], ['头颅MRI平扫', 1, d2]]));
  return [parts];
}];
// C20 unilateral sudden deafness with vertigo: full work-up including MRI to exclude a vestibular schwannoma
C.C20 = ['C20', '单侧突发性聋伴眩晕全套检查含MRI排除听神经瘤', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const m = member({ age: ri(35, 70) }); const d = randDate();
  return [[op(m, h, 'otolaryngology', d, ['H91.200x001', 'R42.x00x001'], [['脑电图', 1, d], ['头颅MRI平扫', 1, d], ['血常规(五分类)', 1, d], ['空腹血糖测定', 1, d], ['血脂(四项)', 1, d], ['醋酸泼尼松片', 36, d]])]];
}];
// C21 peritonsillar abscess: short stay with incision and IV antibiotics
C.C21 = ['C21', '扁桃体周围脓肿短期住院切开引流静脉抗感染', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const m = member({ age: ri(18, 50) });
  const adm = randDate(); const dis = add(adm, ri(3, 5));
  const sp = [['血常规(五分类)', 1, adm], ['C反应蛋白测定', 1, adm], ['体表脓肿切开引流术', 1, adm], ['局部浸润麻醉', 1, adm], ['盐酸利多卡因注射液', 1, adm]].concat(IV_DAYS(adm, diff(adm, dis), '注射用头孢曲松钠', 2), [['甲硝唑氯化钠注射液', 2, adm], ['甲硝唑氯化钠注射液', 2, add(adm, 1)], ['静脉输液(每增加一组)', 1, adm], ['静脉输液(每增加一组)', 1, add(adm, 1)]]);
  return [[stay(m, h, 'otolaryngology', adm, dis, ['J36.x00'], [['28.0x00', adm]], sp, { n1Days: 2 })]];
}];
// C22 acute Ménière attack in an older patient: short admission for IV fluids and vestibular suppression
C.C22 = ['C22', '老年梅尼埃病急性发作呕吐短期住院补液', (i) => {
  const r = RH(); const h = hosp(r, pick(['01', '02'])); const dept = pick(['otolaryngology', 'neurology']); const m = member({ age: ri(62, 85) });
  const adm = randDate(); const dis = add(adm, ri(3, 4)); const sp = [['血常规(五分类)', 1, adm], ['电解质(四项)', 1, adm], ['头颅CT平扫', 1, adm], ['常规心电图检查', 1, adm]];
  for (let k = 0; k < diff(adm, dis); k++) { const d = add(adm, k); sp.push(['葡萄糖氯化钠注射液', 2, d], ['氯化钾注射液', 1, d], ['静脉输液(第一组)', 1, d], ['静脉输液(每增加一组)', 1, d], ['一次性使用输液器', 2, d]); if (k < 2) sp.push(['盐酸甲氧氯普胺注射液', 1, d], ['肌肉注射', 1, d]); }
  sp.push(['甲磺酸倍他司汀片', 30, add(dis, -1)]);
  return [[stay(m, h, dept, adm, dis, ['H81.000', 'E86.x00'], [], sp, { n1Days: 2 })]];
}];
// C23 same-day referral: seen at a district hospital, sent on to the city's level-3 hospital the same day
C.C23 = ['C23', '同日区医院转诊至三甲医院(同日两家机构就诊)', (i) => {
  const r = RH(); const h1 = hosp(r, pick(['02', '03'])); const h2 = hosp(r, '01'); const m = member({ age: ri(20, 75) }); const d = randDate();
  const dx = i % 2 ? 'H91.200x001' : 'R04.000';
  const p1 = op(m, h1, h1.kind === 'community' ? 'general-practice' : 'otolaryngology', d, [dx], [['血常规(五分类)', 1, d]].concat(dx === 'R04.000' ? [['医用脱脂纱布', 1, d]] : []));
  const p2 = op(m, h2, dx === 'R04.000' ? 'emergency' : 'otolaryngology', d, [dx], dx === 'R04.000' ? [['纤维支气管镜检查', 1, d], ['可吸收止血材料(止血纱布/明胶海绵)', 0, d], ['医用脱脂纱布', 2, d], ['氨甲环酸注射液', 2, d]] : [['脑电图', 1, d], ['醋酸泼尼松片', 36, d]], { emergency: dx === 'R04.000', procs: dx === 'R04.000' ? [['21.0100', d]] : [] });
  return [[p1, p2]];
}];
// C24 occupational noise-exposure screening: workers of one factory seen the same day with audiometry
const FACT = {};
C.C24 = ['C24', '噪声作业工人同日集体听力检查(职业性噪声聋随访)', (i) => {
  const g = i % 3; const f = FACT[g] || (FACT[g] = { h: hosp(REGIONS[(g + 2) % 6], '02'), d: randDate() });
  const m = member({ age: ri(28, 58), scheme: 'employee' }); const doc = doctor(f.h, 'otolaryngology', g);
  return [[op(m, f.h, 'otolaryngology', f.d, ['H83.302'], [['脑电图', 1, f.d]], { doc })]];
}];

// =====================================================================================
// ROUTINE single claims
// =====================================================================================
const ROUT = [
  ['R-AOM', (i) => { const h = hosp(RH(), pick(['01', '02', '03'])); const dept = h.kind === 'community' ? 'general-practice' : 'otolaryngology'; const m = member({ age: ri(2, 9) }); const d = randDate(); return op(m, h, dept, d, ['H66.000'], [['阿莫西林胶囊', 24, d], ['布洛芬混悬液', 1, d]]); }],
  ['R-PHAR', (i) => { const h = hosp(RH(), pick(['02', '03'])); const dept = h.kind === 'community' ? 'general-practice' : 'otolaryngology'; const m = member({ age: ri(18, 70) }); const d = randDate(); return op(m, h, dept, d, ['J02.900'], [['布洛芬缓释胶囊', 10, d], ['板蓝根颗粒', 9, d]]); }],
  ['R-AR', (i) => { const h = hosp(RH(), pick(['01', '02', '05'])); const m = member({ age: ri(12, 60) }); const d = randDate(); return op(m, h, 'otolaryngology', d, ['J30.400'], [['氯雷他定片', 14, d]]); }],
  ['R-CERUMEN', (i) => { const h = hosp(RH(), pick(['02', '03', '06'])); const dept = h.kind === 'community' ? 'general-practice' : 'otolaryngology'; const m = member({ age: ri(10, 80) }); const d = randDate(); return op(m, h, dept, d, ['H61.200'], [['换药(小)', 1, d]]); }],
  ['R-SINUS', (i) => { const h = hosp(RH(), pick(['01', '02'])); const m = member({ age: ri(20, 65) }); const d = randDate(); return op(m, h, 'otolaryngology', d, ['J32.000'], [['纤维支气管镜检查', 1, d], ['头孢呋辛酯片', 14, d], ['克拉霉素片', 14, d]]); }],
  ['R-BPPV', (i) => { const h = hosp(RH(), pick(['01', '02'])); const dept = pick(['otolaryngology', 'neurology']); const m = member({ age: ri(40, 80) }); const d = randDate(); return op(m, h, dept, d, ['H81.100'], [['运动疗法', 1, d], ['甲磺酸倍他司汀片', 21, d]]); }],
  ['R-TONSILLITIS', (i) => { const h = hosp(RH(), pick(['01', '02', '03'])); const dept = h.kind === 'community' ? 'general-practice' : 'otolaryngology'; const m = member({ age: ri(6, 40) }); const d = randDate(); return op(m, h, dept, d, ['J03.900'], [['血常规(五分类)', 1, d], ['C反应蛋白测定', 1, d], ['阿莫西林胶囊', 24, d]]); }],
  ['R-PHARMACY', (i) => { const r = RH(); const p = PHARM['Y' + r + pick(['21', '22'])]; const m = member({ age: ri(20, 70) }); const d = randDate(); return pharm(m, p, d, ['J30.400'], [[pick(['氯雷他定片', '西替利嗪片']), pick([10, 14, 28]), d]]); }],
  ['R-TE', (i) => { const h = hosp(RH(), pick(['01', '02'])); const m = member({ age: ri(16, 40) }); const adm = randDate(); const opd = add(adm, 1); const dis = add(adm, ri(4, 5));
    const sp = PREOP(adm).concat(OR_DAY(opd, 1), [['扁桃体切除术', 1, opd], ['可吸收缝线', 2, opd]], IV_DAYS(opd, 3, '注射用头孢呋辛钠', 2));
    return stay(m, h, 'otolaryngology', adm, dis, ['J35.000'], [['28.2x00x002', opd]], sp); }],
  ['R-EPISTAXIS', (i) => { const h = hosp(RH(), pick(['01', '02'])); const m = member({ age: ri(20, 80) }); const d = randDate(); return op(m, h, 'emergency', d, ['R04.000'], [['医用脱脂纱布', 2, d]], { emergency: true, procs: [['21.0100', d]] }); }],
  ['R-LARYNX', (i) => { const h = hosp(RH(), pick(['01', '02'])); const m = member({ age: ri(25, 65) }); const d = randDate(); return op(m, h, 'otolaryngology', d, ['J37.000'], [['纤维支气管镜检查', 1, d]]); }],
  ['R-OME', (i) => { const h = hosp(RH(), pick(['01', '02'])); const m = member({ age: ri(3, 10) }); const d = randDate(); return op(m, h, 'otolaryngology', d, ['H65.000x002'], [['脑电图', 1, d], ['头孢克肟胶囊', 10, d]]); }],
];

// =====================================================================================
// generate
// =====================================================================================
for (const [code, name, fn] of Object.values(T)) for (let i = 0; i < N; i++) { const [parts, ti] = fn(i); label('fraud', code, name, parts, ti); }
for (const [code, name, fn] of Object.values(C)) for (let i = 0; i < N; i++) { const [parts] = fn(i); label('control', code, name, parts); }
for (let i = 0; i < 100; i++) { const [code, fn] = ROUT[i % ROUT.length]; const p = fn(i); label('routine', code, code, [p]); }

// settlement order, then fundClaimed with the member's year-to-date state
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : (a.claimId < b.claimId ? -1 : 1)));
const lines = [];
for (const c of CLAIMS) {
  c.amounts.fundClaimed = fundFor(c, c._m, c._policyFen) / 100;
  delete c._m; delete c._policyFen; delete c._settle;
  lines.push(JSON.stringify(c));
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), lines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`blind90: ${CLAIMS.length} claims, ${LABELS.length} cases (${LABELS.filter(l => l.kind === 'fraud').length} fraud, ${LABELS.filter(l => l.kind === 'control').length} control, ${LABELS.filter(l => l.kind === 'routine').length} routine)${GROUPS ? ', groups ' + Object.keys(GROUPED).length : ''}`);
