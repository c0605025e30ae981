#!/usr/bin/env node
// blind67: 医保不予支付范围的伪装 — fraud typologies, look-alike controls, routine claims.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]   (fixed seed, no dependencies)
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || __dirname);
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || path.join(__dirname, '../base67/rules/catalogue'));
const GROUPS = opt('--groups');

// ---------- rng ----------
let seed = 67067;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const FILES = ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json', 'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json'];
const ROW = {};
for (const f of FILES) { const p = path.join(CAT, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!ROW[r.name]) ROW[r.name] = r; }
function row(name) { const r = ROW[name]; if (!r) throw new Error('no catalogue row: ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const ageAt = (birth, date) => { const b = D(birth), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; };
const randDate = (from, to) => add(from, ri(0, Math.round((D(to) - D(from)) / 864e5)));

// ---------- policies (amounts from rules/benefits/policies.json of the frozen build, copied here) ----------
const POL = {
  '22': { employee: { inpatient: { ded: { 1: 200, 2: 500, 3: 900 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 }, bonus: 0.05 }, outpatient: { ratio: { 1: 0.7, 2: 0.6, 3: 0.5 }, bonus: 0.1, cap: 3000 }, pharmacy: { ratio: 0.6, bonus: 0.1, cap: 3000 } },
    resident: { inpatient: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 }, bonus: 0 }, outpatient: { ratio: { 1: 0.6, 2: 0.5, 3: 0.5 }, bonus: 0, cap: 400 }, pharmacy: { ratio: 0.5, bonus: 0, cap: 400 } } },
};
POL['23'] = JSON.parse(JSON.stringify(POL['22'])); POL['23'].employee.inpatient.ded = { 1: 200, 2: 500, 3: 1000 };
POL['37'] = JSON.parse(JSON.stringify(POL['22'])); POL['37'].employee.inpatient.ded = { 1: 300, 2: 600, 3: 1000 }; POL['37'].resident.inpatient.ded = { 1: 300, 2: 600, 3: 1000 };
POL['51'] = JSON.parse(JSON.stringify(POL['22'])); POL['51'].employee.inpatient.ded = { 1: 200, 2: 500, 3: 1000 }; POL['51'].resident.inpatient.ded = { 1: 200, 2: 600, 3: 1100 };

// ---------- providers ----------
const REGIONS = ['510100', '510700', '220100', '220200', '230100', '230600', '370100', '370200'];
const TITLES = { senior: '主任医师', assoc: '副主任医师', attending: '主治医师', resident: '住院医师', pharm: '执业药师' };
const HOSP = {}; let docSeq = 0;
function mkHosp(region, suffix, level, kind, depts) {
  const id = (kind === 'pharmacy' ? 'Y' : 'H') + region + suffix;
  const h = { id, region, level, kind, depts: {} };
  for (const dp of depts) {
    const n = kind === 'pharmacy' ? 2 : (level === 3 ? 4 : level === 2 ? 3 : 2);
    const titles = kind === 'pharmacy' ? ['pharm', 'pharm'] : level === 1 ? ['attending', 'resident', 'attending'] : ['senior', 'assoc', 'attending', 'resident'];
    h.depts[dp] = []; for (let i = 0; i < n; i++) h.depts[dp].push({ id: 'D' + String(++docSeq).padStart(5, '0'), title: TITLES[titles[i % titles.length]] });
  }
  HOSP[id] = h; return h;
}
const H = {};
for (const r of REGIONS) {
  H[r] = {
    g3: mkHosp(r, '01', 3, 'general', ['dermatology', 'plastic_surgery', 'stomatology', 'ophthalmology', 'otolaryngology', 'health_management', 'gynecology', 'reproductive_medicine', 'endocrinology', 'icu', 'burns', 'internal_medicine', 'general_surgery', 'respiratory', 'cardiology']),
    g2: mkHosp(r, '02', 2, 'general', ['dermatology', 'stomatology', 'ophthalmology', 'otolaryngology', 'health_management', 'gynecology', 'internal_medicine', 'general_surgery', 'endocrinology', 'icu', 'cardiology']),
    c1: mkHosp(r, '03', 1, 'community', ['general_practice', 'preventive_care', 'stomatology']),
    mei: mkHosp(r, '11', 1, 'private_aesthetic_clinic', ['dermatology', 'plastic_surgery']),
    ps: mkHosp(r, '12', 2, 'private_plastic_hospital', ['plastic_surgery', 'ophthalmology', 'otolaryngology']),
    dent: mkHosp(r, '13', 1, 'private_dental_clinic', ['stomatology']),
    tj: mkHosp(r, '14', 1, 'private_health_check_centre', ['health_management', 'internal_medicine']),
    tcm: mkHosp(r, '15', 2, 'tcm_hospital', ['tcm', 'tcm_internal_medicine']),
    ph1: mkHosp(r, '01', 1, 'pharmacy', ['pharmacy']),
    ph2: mkHosp(r, '02', 1, 'pharmacy', ['pharmacy']),
  };
}

// ---------- members ----------
let memSeq = 0;
function member(o) {
  const gender = o.gender || (rnd() < 0.5 ? 'F' : 'M');
  const age = o.age != null ? o.age : ri(25, 60);
  const ref = o.ref || '2025-06-01';
  const by = D(ref).getUTCFullYear() - age - 1;
  const birth = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const ins = o.ins || (age < 18 || age > 75 || rnd() < 0.35 ? 'resident' : 'employee');
  const contrib = ins === 'employee' ? Math.max(1, Math.min(age - 20, ri(5, 38))) : 0;
  const retired = ins === 'employee' && age >= (gender === 'M' ? 60 : 55) && contrib >= (gender === 'M' ? 30 : 25);
  const cy = Math.max(1, Math.min(age, ri(2, 12)));
  return { id: 'B67' + String(++memSeq).padStart(6, '0'), gender, birth, ins, retired, region: o.region,
    enrollment: { enrolledOn: `${2025 - cy}-01-01`, inConcentratedPeriod: true, continuousYears: cy, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contrib, special: null }, used: {} };
}

// ---------- claims ----------
const CLAIMS = []; let claimSeq = 0;
const toFen = (y) => Math.round(y * 100);
const yuan = (f) => Math.round(f) / 100;
const consultFor = (h, doc) => h.level === 1 ? '普通门诊诊察费' : doc.title === '主任医师' ? '主任医师门诊诊察费' : doc.title === '副主任医师' ? '副主任医师门诊诊察费' : '普通门诊诊察费';
// it: [name, qty, dayOffset=0, priceFactor=1]
function claim(o) {
  const h = o.h; const m = o.m; const dept = o.dept; const doc = o.doc || pick(h.depts[dept]);
  const start = o.date || o.adm; const items = [];
  let total = 0, nonPolicy = 0; let ln = 0;
  // it[4] (set by spreadInpatient) = index of the ordered item a spread line came from: the self-paid share is
  // rounded once per ordered item, so spreading a line over days never changes the claim's policy amount
  const grpAmt = new Map();
  for (const it of o.items) {
    const [name, qty, off = 0, pf = 1, grp] = it; if (!qty) continue;
    const r = row(name);
    const code = r.products ? r.products[0] : r.code;
    const cap = toFen(r.priceCap[String(h.level)]);
    const unitF = Math.min(cap, Math.round(cap * pf));
    const amtF = Math.round(unitF * qty);
    const share = r.class === '丙' ? 1 : (r.selfPayShare || 0);
    total += amtF;
    if (grp == null) nonPolicy += Math.round(amtF * share);
    else { const g = grpAmt.get(grp) || { amt: 0, share }; g.amt += amtF; grpAmt.set(grp, g); }
    items.push({ lineId: String(++ln), code, name: r.name, category: r.category, date: add(start, off), quantity: qty, unitPrice: yuan(unitF), amount: yuan(amtF) });
  }
  for (const g of grpAmt.values()) nonPolicy += Math.round(g.amt * g.share);
  const policy = total - nonPolicy;
  const prov = h.region.slice(0, 2); const P = POL[prov][m.ins];
  const vt = o.visitType; let fund;
  const year = start.slice(0, 4);
  if (vt === 'inpatient') { const p = P.inpatient; fund = Math.floor(Math.max(0, policy - toFen(p.ded[h.level])) * (p.ratio[h.level] + (m.retired ? p.bonus : 0))); }
  else {
    const p = vt === 'pharmacy' ? P.pharmacy : P.outpatient;
    const ratio = (typeof p.ratio === 'number' ? p.ratio : p.ratio[h.level]) + (m.retired ? p.bonus : 0);
    fund = Math.floor(policy * ratio);
    const key = year + vt; const used = m.used[key] || 0; const capF = toFen(p.cap);
    fund = Math.max(0, Math.min(fund, capF - used)); m.used[key] = used + fund;
  }
  if (o.fundFactor) fund = Math.floor(fund * o.fundFactor);
  const c = { claimId: `${h.region}-${h.id}-2025-${String(++claimSeq).padStart(6, '0')}`, region: h.region, insuranceType: m.ins, visitType: vt,
    patient: { insuredId: m.id, gender: m.gender, birthDate: m.birth, retired: m.retired }, enrollment: m.enrollment,
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: doc.id, doctorTitle: doc.title } };
  if (vt === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = 'ordered'; } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((d, i) => i === 0 ? { code: d, principal: true } : { code: d });
  c.procedures = (o.px || []).map(([code, off]) => ({ code, date: add(start, off || 0) }));
  c.reportedGroup = { drg: null, dip: null };
  c.items = items;
  c.amounts = { total: yuan(total), policy: yuan(policy), fundClaimed: yuan(fund) };
  c._sort = (vt === 'inpatient' ? o.dis : o.date) + String(claimSeq).padStart(6, '0');
  CLAIMS.push(c); return c;
}
const lineIdsOf = (c, names) => c.items.filter(x => names.includes(x.name)).map(x => x.lineId);
// outpatient helper: consult + items
function opd(h, m, dept, date, dx, items, extra = {}) {
  const doc = extra.doc || pick(h.depts[dept]);
  const consult = h.kind === 'pharmacy' ? [] : [[consultFor(h, doc), 1]];
  return claim({ h, m, dept, doc, visitType: extra.visitType || 'outpatient', date, dx, px: extra.px, items: consult.concat(items) });
}
function pharm(h, m, date, dx, items) { return claim({ h, m, dept: 'pharmacy', visitType: 'pharmacy', date, dx, items }); }
// inpatient day-by-day dating (correction after the first score): an ordered item [name, qty, dayOffset] is
// billed the way a 费用明细 dates it, one day's quantity per day, starting at its dayOffset:
//  - 静脉输液 (billed at most once a day): one a day over qty consecutive days = the infusion course;
//  - injectable drugs (dosage-form letter B of the product code; not the anaesthetics given at the operation) and
//    infusion sets: over the infusion-course days from their own dayOffset, qty split as evenly as possible
//    (at least one unit a day, so a short course such as 3 bottles of albumin takes the first 3 days);
//  - dressings: with the claim's dressing changes (换药) when it has any, split evenly over those days;
//  - other services and consumables counted per occasion (labs, 换药, 清创, training, monitoring electrodes):
//    usualPerDay (≥1, whole units) a day over as many days as the quantity needs; services priced by the hour
//    (anaesthesia, monitoring) are one session and already dated;
//  - oral drugs, eye drops, bed/nursing/consult (already one a day) stay as ordered.
// Days never run past the discharge date (dayOffset los). Deterministic: no draw from the seeded rng.
function spreadInpatient(items, los) {
  const last = los; const out = [];
  const evenly = (q, days) => { const n = Math.max(1, Math.min(days.length, q)); const base = Math.floor(q / n); let rem = q - base * n; return days.slice(0, n).map(d => [d, base + (rem-- > 0 ? 1 : 0)]); };
  const consecutive = (from, n) => { const a = []; for (let k = 0; k < n; k++) a.push(Math.min(last, from + k)); return a; };
  const isInfusion = (r) => r.category === 'service' && /静脉输液/.test(r.name);
  const isDressChange = (r) => r.category === 'service' && /^换药/.test(r.name);
  const perDay = (r) => Math.max(1, Math.floor(r.usualPerDay || 1));
  const infDays = [], dressDays = [];
  for (const [name, qty, off = 0] of items) {
    const r = row(name);
    if (isInfusion(r)) infDays.push(...consecutive(off, qty));
    if (isDressChange(r)) for (const d of consecutive(off, Math.ceil(qty / perDay(r)))) dressDays.push(d);
  }
  const uniq = (a) => [...new Set(a)].sort((x, y) => x - y);
  const INF = uniq(infDays), DRESS = uniq(dressDays);
  items.forEach((it, idx) => {
    const [name, qty, off = 0, pf = 1] = it; const r = row(name);
    const code = r.products ? r.products[0] : r.code;
    let plan = null;
    if (!qty || qty <= 0 || r.unit === '小时' || r.subcategory === 'bed' || r.subcategory === 'nursing' || r.subcategory === 'consult') plan = null;
    else if (isInfusion(r)) plan = consecutive(off, qty).map(d => [d, 1]);
    else if (r.category === 'drug' && code.charAt(10) === 'B' && r.subcategory !== 'anaesthetic') {
      const days = INF.filter(d => d >= off); plan = days.length ? evenly(qty, days) : evenly(qty, consecutive(off, Math.ceil(qty / perDay(r))));
    } else if (r.category === 'consumable' && r.subcategory === 'infusion' && INF.length) plan = evenly(qty, INF.filter(d => d >= off));
    else if (r.category === 'consumable' && r.subcategory === 'dressing' && DRESS.filter(d => d >= off).length) plan = evenly(qty, DRESS.filter(d => d >= off));
    else if (r.category === 'service' || r.category === 'consumable') { const u = perDay(r); if (qty > u) plan = evenly(qty, consecutive(off, Math.ceil(qty / u))); }
    if (!plan || plan.length <= 1) { out.push(plan && plan.length === 1 ? [name, qty, plan[0][0], pf, idx] : [name, qty, off, pf, idx]); return; }
    // merge days that collapsed onto the discharge day
    const byDay = new Map(); for (const [d, q] of plan) byDay.set(d, (byDay.get(d) || 0) + q);
    for (const [d, q] of [...byDay.entries()].sort((a, b) => a[0] - b[0])) out.push([name, q, d, pf, idx]);
  });
  return out;
}
// inpatient helper: per-day bed/nursing/consult for los days + extra items (spread day by day, see above)
function ipd(h, m, dept, adm, los, dx, px, items, extra = {}) {
  const daily = [];
  const bed = extra.bed || '普通病房床位费(三人间)'; const nurse = extra.nurse || 'Ⅱ级护理';
  for (let d = 0; d < los; d++) { daily.push([bed, 1, d]); daily.push([nurse, 1, d]); daily.push(['住院诊查费', 1, d]); }
  return claim({ h, m, dept, doc: extra.doc, visitType: 'inpatient', adm, dis: add(adm, los), dx, px, items: daily.concat(spreadInpatient(items, los)), route: extra.route });
}
const regionOf = () => pick(REGIONS);

// ---------- labels ----------
const LABELS = [];
const TYP = {}; const CTL = {};
function label(kind, code, name, idx, claims, targets, mutated) {
  LABELS.push({ caseId: `${code}-${String(idx + 1).padStart(2, '0')}`, kind, code, name, typology: kind === 'fraud' ? code : undefined, control: kind === 'control' ? code : undefined,
    claimIds: claims.map(c => c.claimId), targets: (targets || claims).map(c => c.claimId), mutatedLines: mutated || {} });
}

// ================= fraud typologies =================
const LABS_CHECK = [['血常规(五分类)', 1], ['尿常规', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1], ['血脂(四项)', 1], ['空腹血糖测定', 1], ['常规心电图检查', 1], ['胸部X线摄影(正侧位)', 1], ['腹部B超', 1], ['甲状腺彩超', 1]];

TYP.T01 = ['光子嫩肤/祛斑疗程 以清创术、换药串换计费', (i) => {
  const r = regionOf(); const h = rnd() < 0.7 ? H[r].mei : H[r].g2; const m = member({ region: r, gender: rnd() < 0.85 ? 'F' : 'M', age: ri(24, 45) });
  const doc = pick(h.depts.dermatology); let d = randDate('2025-01-05', '2025-05-30'); const cs = [], mut = {};
  const dx = pick(['L81.100', 'L81.200', 'L70.000', 'L71.900']);
  const n = ri(3, 5);
  for (let k = 0; k < n; k++) {
    const items = [['清创术', 1], ['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 2], ['换药(中)', 1], ['一次性使用换药包', 1], ['医用脱脂纱布', 2]];
    if (k === 0) items.push(['丁酸氢化可的松乳膏', 1]);
    const c = opd(h, m, 'dermatology', d, [dx], items, { doc });
    mut[c.claimId] = lineIdsOf(c, ['清创术', '局部浸润麻醉', '盐酸利多卡因注射液', '换药(中)']); cs.push(c); d = add(d, ri(21, 30));
  }
  return [cs, cs, mut];
}];
TYP.T02 = ['双眼皮/眼袋整形 以上睑下垂或眼睑病损手术申报', (i) => {
  const r = regionOf(); const h = H[r].ps; const m = member({ region: r, gender: rnd() < 0.85 ? 'F' : 'M', age: ri(19, 38), ins: 'employee' });
  const adm = randDate('2025-01-10', '2025-09-30'); const dept = 'plastic_surgery';
  const [dx, px] = pick([['H02.400', '08.3200x003'], ['H02.300', '08.8700'], ['H02.300x004', '08.8600x002'], ['H02.400', '08.3101']]);
  const c = ipd(h, m, dept, adm, ri(1, 2), [dx], [[px, 0]], [['全身麻醉', 2], ['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 2], ['可吸收缝线', 2], ['一次性手术衣及铺单包', 1], ['一次性电刀笔', 1],
    ['血常规(五分类)', 1], ['凝血四项', 1], ['术前八项(感染筛查)', 1], ['注射用头孢呋辛钠', 2], ['氯化钠注射液', 2], ['静脉输液(第一组)', 1], ['一次性使用输液器', 1], ['左氧氟沙星滴眼液', 1], ['换药(小)', 1, 1]]);
  return [[c], [c], {}];
}];
TYP.T03 = ['隆鼻 以鼻中隔偏曲/鼻成形功能手术申报', (i) => {
  const r = regionOf(); const h = H[r].ps; const m = member({ region: r, gender: rnd() < 0.8 ? 'F' : 'M', age: ri(19, 35), ins: 'employee' });
  const adm = randDate('2025-01-10', '2025-09-30');
  const c = ipd(h, m, 'otolaryngology', adm, ri(2, 3), ['J34.200'], [[pick(['21.8700', '21.8700x005']), 0]], [['全身麻醉', 2], ['一次性使用麻醉穿刺包', 1], ['可吸收缝线', 2], ['一次性手术衣及铺单包', 1],
    ['血常规(五分类)', 1], ['凝血四项', 1], ['术前八项(感染筛查)', 1], ['注射用头孢呋辛钠', 2], ['氯化钠注射液', 2], ['静脉输液(第一组)', 1], ['一次性使用输液器', 1], ['医用弹力绷带', 1], ['换药(小)', 1, 1]]);
  return [[c], [c], {}];
}];
TYP.T04 = ['美容性瘢痕修复 以烧伤后遗症瘢痕松解+植皮虚增申报', (i) => {
  const r = regionOf(); const h = rnd() < 0.6 ? H[r].ps : H[r].g2; const dept = h.depts.plastic_surgery ? 'plastic_surgery' : 'general_surgery';
  const m = member({ region: r, gender: rnd() < 0.7 ? 'F' : 'M', age: ri(20, 40) });
  const adm = randDate('2025-02-01', '2025-10-30');
  const c = ipd(h, m, dept, adm, ri(4, 6), ['T95.000x004', 'L90.500x009'], [['86.8401', 0], ['86.6000', 0], ['86.9100x002', 0]], [['全身麻醉', 3], ['游离皮片移植术(植皮术)', 1], ['清创术', 1], ['可吸收缝线', 3],
    ['一次性手术衣及铺单包', 1], ['一次性电刀笔', 1], ['血常规(五分类)', 1], ['凝血四项', 1], ['术前八项(感染筛查)', 1], ['注射用头孢呋辛钠', 6], ['氯化钠注射液', 4], ['静脉输液(第一组)', 2], ['一次性使用输液器', 2],
    ['银离子抗菌敷料', 4], ['换药(中)', 3, 1]]);
  return [[c], [c], { [c.claimId]: lineIdsOf(c, ['游离皮片移植术(植皮术)', '银离子抗菌敷料']) }];
}];
TYP.T05 = ['单位健康体检套餐 以门诊疾病就诊申报(虚构诊断, 同日成批)', (i) => {
  const r = regionOf(); const h = rnd() < 0.5 ? H[r].tj : H[r].g2; const dept = 'health_management';
  const date = randDate('2025-03-01', '2025-11-28'); const doc = pick(h.depts[dept]); const cs = [], mut = {};
  const n = ri(4, 6);
  for (let k = 0; k < n; k++) {
    const m = member({ region: r, age: ri(28, 55), ins: 'employee' });
    const items = LABS_CHECK.slice(); if (m.gender === 'F') items.push(['乳腺彩超', 1], ['妇科B超', 1]); else if (ageAt(m.birth, date) >= 40) items.push(['前列腺特异性抗原(PSA)测定', 1]);
    items.push(['肿瘤标志物(CEA)测定', 1]);
    const c = opd(h, m, dept, date, [pick(['R53.x00x002', 'R51.x00', 'K29.500', 'I10.x00x002', 'E78.500'])], items, { doc });
    mut[c.claimId] = c.items.filter(x => x.name !== '普通门诊诊察费' && !/诊察费/.test(x.name)).map(x => x.lineId); cs.push(c);
  }
  return [cs, cs, mut];
}];
TYP.T06 = ['入学/入职体检 以急性上感、胃炎等门诊申报', (i) => {
  const r = regionOf(); const h = rnd() < 0.5 ? H[r].c1 : H[r].tj; const dept = h.depts.general_practice ? 'general_practice' : 'health_management';
  const date = rnd() < 0.6 ? randDate('2025-08-15', '2025-09-20') : randDate('2025-06-20', '2025-07-20'); const doc = pick(h.depts[dept]); const cs = [], mut = {};
  const n = ri(3, 5);
  for (let k = 0; k < n; k++) {
    const m = member({ region: r, age: ri(17, 23), ins: rnd() < 0.6 ? 'resident' : 'employee' });
    const c = opd(h, m, dept, date, [pick(['J06.900', 'K29.100x001', 'J02.900'])], [['血常规(五分类)', 1], ['肝功能(全套)', 1], ['乙肝五项定量', 1], ['胸部X线摄影(正侧位)', 1], ['常规心电图检查', 1], ['尿常规', 1]], { doc });
    mut[c.claimId] = lineIdsOf(c, ['肝功能(全套)', '乙肝五项定量', '胸部X线摄影(正侧位)', '常规心电图检查', '尿常规', '血常规(五分类)']); cs.push(c);
  }
  return [cs, cs, mut];
}];
TYP.T07 = ['药店日用品/化妆品/保健食品 以药品编码结算', (i) => {
  const r = regionOf(); const h = pick([H[r].ph1, H[r].ph2]); const m = member({ region: r, age: ri(22, 45), ins: 'employee' });
  let d = randDate('2025-01-03', '2025-04-30'); const cs = [], mut = {}; const n = ri(3, 5);
  for (let k = 0; k < n; k++) {
    const set = pick([[['碳酸钙D3片', 60], ['复合维生素B片', 100]], [['铝碳酸镁咀嚼片', 48], ['复合维生素B片', 100]], [['乙酰半胱氨酸泡腾片', 20], ['碳酸钙D3片', 60]], [['玻璃酸钠滴眼液', 3], ['复合维生素B片', 100]]]);
    const dx = set[0][0] === '玻璃酸钠滴眼液' ? 'H10.100' : set[0][0] === '铝碳酸镁咀嚼片' ? 'K29.500' : set[0][0] === '乙酰半胱氨酸泡腾片' ? 'J20.900' : 'M81.900';
    const c = pharm(h, m, d, [dx], set);
    mut[c.claimId] = c.items.map(x => x.lineId); cs.push(c); d = add(d, ri(12, 25));
  }
  return [cs, cs, mut];
}];
TYP.T08 = ['养生膏方 以协定复方汤剂申报(贵细药材换成甲类饮片克数)', (i) => {
  const r = regionOf(); const h = H[r].tcm; const m = member({ region: r, age: ri(40, 68), ins: 'employee' });
  const date = rnd() < 0.75 ? randDate('2025-11-07', '2025-12-28') : randDate('2025-01-02', '2025-02-10');
  const mult = ri(25, 35);
  const items = [['黄芪', 30 * mult], ['党参', 20 * mult], ['当归', 15 * mult], ['白术', 15 * mult], ['茯苓', 15 * mult], ['甘草', 6 * mult], ['丹参', 15 * mult]];
  const c = opd(h, m, 'tcm', date, [pick(['R53.x00x002', 'N95.100', 'G47.000', 'R53.x00'])], items);
  return [[c], [c], { [c.claimId]: lineIdsOf(c, ['黄芪', '党参', '当归', '白术', '丹参']) }];
}];
TYP.T09 = ['药店滋补品(阿胶/参茸) 以中成药编码串换结算', (i) => {
  const r = regionOf(); const h = pick([H[r].ph1, H[r].ph2]); const m = member({ region: r, age: ri(35, 70), ins: 'employee' });
  let d = randDate('2025-01-03', '2025-06-30'); const cs = [], mut = {}; const n = ri(2, 3);
  for (let k = 0; k < n; k++) {
    const [dx, set] = pick([['I25.100x003', [['复方丹参滴丸', 1800]]], ['I25.100x003', [['血塞通软胶囊', 540]]], ['N95.100', [['六味地黄丸', 4800]]], ['I25.100x003', [['复方丹参滴丸', 900], ['血塞通软胶囊', 300]]]]);
    const c = pharm(h, m, d, [dx], set); mut[c.claimId] = c.items.map(x => x.lineId); cs.push(c); d = add(d, ri(25, 40));
  }
  return [cs, cs, mut];
}];
TYP.T10 = ['种植牙 以拔牙、根管治疗申报(诊断牙列缺损)', (i) => {
  const r = regionOf(); const h = rnd() < 0.7 ? H[r].dent : H[r].g2; const m = member({ region: r, age: ri(40, 70), ins: 'employee' });
  const d = randDate('2025-01-05', '2025-08-30'); const cs = [], mut = {};
  const c1 = opd(h, m, 'stomatology', d, [pick(['K08.104', 'K08.103', 'K08.100'])], [['阻生牙拔除术', ri(2, 3)], ['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 2], ['根管治疗术', ri(2, 4)], ['阿莫西林胶囊', 24]]);
  mut[c1.claimId] = lineIdsOf(c1, ['阻生牙拔除术', '根管治疗术']); cs.push(c1);
  const c2 = opd(h, m, 'stomatology', add(d, ri(90, 120)), ['K08.104'], [['根管治疗术', ri(3, 4)], ['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 1]]);
  if (D(c2.visitDate) < D('2025-12-30')) { mut[c2.claimId] = lineIdsOf(c2, ['根管治疗术']); cs.push(c2); } else CLAIMS.pop();
  return [cs, cs, mut];
}];
TYP.T11 = ['正畸/美白复诊 以龈上洁治、根管治疗按月申报(青少年)', (i) => {
  const r = regionOf(); const h = H[r].dent; const m = member({ region: r, age: ri(12, 17), ins: 'resident' });
  let d = randDate('2025-01-05', '2025-03-30'); const cs = [], mut = {}; const n = ri(4, 6);
  for (let k = 0; k < n; k++) {
    const c = opd(h, m, 'stomatology', d, [pick(['K05.100', 'K05.100x005'])], k % 2 ? [['龈上洁治术(牙周洁治)', 1]] : [['龈上洁治术(牙周洁治)', 1], ['根管治疗术', 1]]);
    mut[c.claimId] = lineIdsOf(c, ['龈上洁治术(牙周洁治)', '根管治疗术']); cs.push(c); d = add(d, ri(26, 35));
  }
  return [cs, cs, mut];
}];
TYP.T12 = ['自费疫苗(流感/HPV)接种 以门诊注射治疗申报', (i) => {
  const r = regionOf(); const h = H[r].c1; const dept = 'preventive_care'; const hpv = i % 3 === 0;
  const cs = [], mut = {};
  if (hpv) {
    const m = member({ region: r, gender: 'F', age: ri(18, 40) }); let d = randDate('2025-01-05', '2025-04-30');
    for (const gap of [0, 60, 120]) { d = add(d, gap); const c = opd(h, m, dept, d, [pick(['N76.000', 'N72.x00', 'J06.900'])], [['肌肉注射', 1], ['注射用甲泼尼龙琥珀酸钠', 1], ['注射用头孢曲松钠', 2], ['一次性使用注射器(5ml)', 1]]); mut[c.claimId] = lineIdsOf(c, ['注射用甲泼尼龙琥珀酸钠', '注射用头孢曲松钠', '肌肉注射']); cs.push(c); }
  } else {
    const date = randDate('2025-10-08', '2025-11-25'); const doc = pick(h.depts[dept]);
    for (let k = 0; k < ri(4, 6); k++) { const m = member({ region: r, age: rnd() < 0.5 ? ri(60, 80) : ri(4, 12) });
      const c = opd(h, m, dept, date, ['J06.900'], [['肌肉注射', 1], ['地塞米松磷酸钠注射液', 1], ['一次性使用注射器(5ml)', 1]], { doc }); mut[c.claimId] = lineIdsOf(c, ['肌肉注射', '地塞米松磷酸钠注射液']); cs.push(c); }
  }
  return [cs, cs, mut];
}];
TYP.T13 = ['辅助生殖(未纳入医保的省份/时段) 以卵巢囊肿手术、保胎用药申报', (i) => {
  const r = regionOf(); const h = H[r].g3; const m = member({ region: r, gender: 'F', age: ri(29, 41), ins: 'employee' });
  const d = randDate('2025-01-10', '2025-08-30'); const cs = [], mut = {};
  const c1 = ipd(h, m, 'reproductive_medicine', d, 1, ['N97.900', 'N83.200'], [['65.9101', 0]], [['腹腔镜下卵巢囊肿剥除术', 1], ['全身麻醉', 1], ['妇科B超', 1], ['血常规(五分类)', 1], ['凝血四项', 1], ['氯化钠注射液', 2], ['静脉输液(第一组)', 1], ['一次性使用输液器', 1]]);
  mut[c1.claimId] = lineIdsOf(c1, ['腹腔镜下卵巢囊肿剥除术', '全身麻醉']); cs.push(c1);
  const c2 = opd(h, m, 'reproductive_medicine', add(d, ri(3, 5)), ['N97.900'], [['黄体酮注射液', 14], ['肌肉注射', 14], ['戊酸雌二醇片', 28], ['妇科B超', 1]]);
  mut[c2.claimId] = lineIdsOf(c2, ['黄体酮注射液', '肌肉注射']); cs.push(c2);
  const c3 = opd(h, m, 'reproductive_medicine', add(c2.visitDate, 12), ['N97.900'], [['人绒毛膜促性腺激素(β-HCG)测定', 1], ['黄体酮注射液', 14], ['肌肉注射', 14]]);
  mut[c3.claimId] = lineIdsOf(c3, ['黄体酮注射液', '肌肉注射']); cs.push(c3);
  return [cs, cs, mut];
}];
TYP.T14 = ['减重(GLP-1) 以虚构2型糖尿病诊断申报利拉鲁肽', (i) => {
  const r = regionOf(); const h = rnd() < 0.6 ? H[r].mei : H[r].g2; const dept = h.depts.endocrinology ? 'endocrinology' : 'dermatology';
  const m = member({ region: r, gender: rnd() < 0.7 ? 'F' : 'M', age: ri(22, 40), ins: 'employee' });
  let d = randDate('2025-01-05', '2025-05-30'); const cs = [], mut = {}; const n = ri(3, 4);
  for (let k = 0; k < n; k++) { const c = opd(h, m, dept, d, ['E11.900', 'E66.000'], [['利拉鲁肽注射液', 3]]); mut[c.claimId] = lineIdsOf(c, ['利拉鲁肽注射液']); cs.push(c); d = add(d, ri(28, 32)); }
  return [cs, cs, mut];
}];
TYP.T15 = ['特需/VIP病房 以监护病房床位费串换申报', (i) => {
  const r = regionOf(); const h = pick([H[r].g3, H[r].g2]); const m = member({ region: r, age: ri(45, 75) });
  const adm = randDate('2025-01-10', '2025-11-20'); const los = ri(5, 9);
  const [dept, dx, extra] = pick([['cardiology', 'I10.x00x002', [['常规心电图检查', 1], ['动态血压监测(24小时)', 1], ['苯磺酸氨氯地平片', 10], ['心脏彩色多普勒超声', 1]]],
    ['internal_medicine', 'E11.900', [['空腹血糖测定', 2], ['糖化血红蛋白测定', 1], ['盐酸二甲双胍片', 30], ['血糖监测(快速)', 12]]],
    ['internal_medicine', 'I25.100x003', [['常规心电图检查', 1], ['心肌酶谱', 1], ['单硝酸异山梨酯缓释片', 10]]]]);
  const c = ipd(h, m, dept, adm, los, [dx], [], extra.concat([['血常规(五分类)', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1]]), { bed: '监护病房床位费', nurse: 'Ⅱ级护理' });
  return [[c], [c], { [c.claimId]: lineIdsOf(c, ['监护病房床位费']) }];
}];

// ================= controls =================
CTL.C01 = ['皮肤外伤/脓肿的清创换药(真实治疗)', 'T01', (i) => {
  const r = regionOf(); const h = pick([H[r].g2, H[r].g3]); const dept = pick(['dermatology', 'general_surgery']); const m = member({ region: r, age: ri(18, 70) });
  const d = randDate('2025-01-05', '2025-11-30'); const dx = pick(['S01.001', 'S01.400x011', 'L02.400', 'L72.000']);
  const c1 = opd(h, m, dept, d, [dx], [dx[0] === 'L' ? ['体表脓肿切开引流术', 1] : ['清创术', 1], ['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 1], ['一次性使用换药包', 1], ['医用脱脂纱布', 2], ['头孢氨苄胶囊', 24]]);
  const c2 = opd(h, m, dept, add(d, 3), [dx], [['换药(小)', 1], ['一次性使用换药包', 1]]);
  return [c1, c2];
}];
CTL.C02 = ['老年后天性上睑下垂遮挡视轴的矫正(三级医院眼科)', 'T02', (i) => {
  const r = regionOf(); const h = H[r].g3; const m = member({ region: r, age: ri(62, 82) }); const d = randDate('2025-01-05', '2025-10-30');
  const c0 = opd(h, m, 'ophthalmology', d, ['H02.400'], [['眼底检查', 1], ['裂隙灯检查', 1]]);
  const c = ipd(h, m, 'ophthalmology', add(d, ri(7, 20)), 2, ['H02.400', 'I10.x00x002'], [['08.3200x003', 0]], [['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 2], ['可吸收缝线', 1], ['血常规(五分类)', 1], ['凝血四项', 1], ['常规心电图检查', 1], ['左氧氟沙星滴眼液', 1], ['换药(小)', 1, 1], ['苯磺酸氨氯地平片', 2]]);
  return [c0, c];
}];
CTL.C03 = ['儿童先天性上睑下垂矫正(防弱视)', 'T02', (i) => {
  const r = regionOf(); const h = H[r].g3; const m = member({ region: r, age: ri(3, 9), ins: 'resident' }); const d = randDate('2025-01-05', '2025-10-30');
  const c = ipd(h, m, 'ophthalmology', d, 3, ['H02.400', 'H53.001'], [['08.3200x003', 1]], [['全身麻醉', 2], ['可吸收缝线', 1], ['血常规(五分类)', 1], ['凝血四项', 1], ['眼底检查', 1], ['裂隙灯检查', 1], ['左氧氟沙星滴眼液', 1], ['换药(小)', 1, 2], ['小儿对乙酰氨基酚颗粒', 3, 1]], { nurse: 'Ⅰ级护理' });
  return [c];
}];
CTL.C04 = ['鼻中隔偏曲致鼻塞的矫正(功能性, 公立医院耳鼻喉科)', 'T03', (i) => {
  const r = regionOf(); const h = pick([H[r].g3, H[r].g2]); const m = member({ region: r, age: ri(25, 65), gender: rnd() < 0.6 ? 'M' : 'F' }); const d = randDate('2025-01-05', '2025-10-30');
  const c0 = opd(h, m, 'otolaryngology', d, ['J34.200', 'J32.900'], [['头颅CT平扫', 1], ['布洛芬缓释胶囊', 12]]);
  const c = ipd(h, m, 'otolaryngology', add(d, ri(10, 30)), ri(3, 5), ['J34.200', 'J32.900'], [['21.5x00', 0]], [['全身麻醉', 2], ['可吸收缝线', 1], ['血常规(五分类)', 1], ['凝血四项', 1], ['术前八项(感染筛查)', 1], ['注射用头孢呋辛钠', 4], ['氯化钠注射液', 3], ['静脉输液(第一组)', 2], ['一次性使用输液器', 2], ['医用脱脂纱布', 4]]);
  return [c0, c];
}];
CTL.C05 = ['烧伤后瘢痕挛缩的松解植皮(有烧伤住院史)', 'T04', (i) => {
  const r = regionOf(); const h = H[r].g3; const m = member({ region: r, age: ri(20, 65) }); const d = randDate('2025-01-05', '2025-03-30');
  const c1 = ipd(h, m, 'burns', d, ri(12, 18), ['T23.000x003', 'T31.100'], [['86.2202', 1]], [['清创术', 2], ['银离子抗菌敷料', 10], ['换药(中)', 8], ['注射用头孢呋辛钠', 20], ['氯化钠注射液', 20], ['静脉输液(第一组)', 10], ['一次性使用输液器', 10], ['人血白蛋白', 3], ['全身麻醉', 2]], { nurse: 'Ⅰ级护理' });
  const c2 = ipd(h, m, 'plastic_surgery', add(c1.dischargeDate, ri(120, 200)), ri(7, 10), ['T95.200x002', 'L91.000'], [['86.8401', 0], ['86.6201', 0]], [['全身麻醉', 3], ['游离皮片移植术(植皮术)', 1], ['可吸收缝线', 3], ['一次性手术衣及铺单包', 1], ['血常规(五分类)', 1], ['凝血四项', 1], ['注射用头孢呋辛钠', 6], ['氯化钠注射液', 4], ['静脉输液(第一组)', 3], ['一次性使用输液器', 3], ['银离子抗菌敷料', 3], ['换药(中)', 3, 2], ['康复评定', 1, 5], ['手功能训练', 2, 5]]);
  return [c1, c2];
}];
CTL.C06 = ['皮肤肿瘤切除后的植皮修复(有病理)', 'T04', (i) => {
  const r = regionOf(); const h = H[r].g3; const m = member({ region: r, age: ri(55, 85) }); const d = randDate('2025-01-05', '2025-10-30');
  const c = ipd(h, m, pick(['dermatology', 'plastic_surgery']), d, ri(5, 8), [pick(['C44.300', 'D04.300x002', 'C43.300'])], [['86.4x01', 0], ['86.6000', 0]], [['全身麻醉', 2], ['游离皮片移植术(植皮术)', 1], ['病理检查(常规石蜡切片)', 1], ['术中冰冻切片检查与诊断', 1], ['可吸收缝线', 2], ['血常规(五分类)', 1], ['凝血四项', 1], ['注射用头孢呋辛钠', 4], ['氯化钠注射液', 4], ['静脉输液(第一组)', 2], ['一次性使用输液器', 2], ['换药(中)', 3, 2]]);
  return [c];
}];
CTL.C07 = ['新发疾病的全套检查(像体检, 有后续治疗)', 'T05', (i) => {
  const r = regionOf(); const h = pick([H[r].g2, H[r].g3]); const m = member({ region: r, age: ri(40, 70) }); const d = randDate('2025-01-05', '2025-10-30');
  const [dept, dx, fu] = pick([['endocrinology', 'E11.900', [['盐酸二甲双胍片', 90], ['糖化血红蛋白测定', 1]]], ['cardiology', 'I10.x00x002', [['苯磺酸氨氯地平片', 30]]], ['internal_medicine', 'D50.900', [['琥珀酸亚铁片', 90]]]]);
  const c1 = opd(h, m, dept, d, [dx], LABS_CHECK.slice().concat(dx === 'E11.900' ? [['糖化血红蛋白测定', 1]] : []));
  const c2 = opd(h, m, dept, add(d, ri(3, 10)), [dx], fu);
  return [c1, c2];
}];
CTL.C08 = ['同一单位多人同日真实就诊(食源性胃肠炎聚集)', 'T05', (i) => {
  const r = regionOf(); const h = pick([H[r].g2, H[r].c1]); const dept = h.depts.internal_medicine ? 'internal_medicine' : 'general_practice'; const d = randDate('2025-05-01', '2025-09-30'); const cs = [];
  for (let k = 0; k < ri(4, 6); k++) { const m = member({ region: r, age: ri(22, 55), ins: 'employee' }); cs.push(opd(h, m, dept, d, ['A09.000'], [['血常规(五分类)', 1], ['大便常规+隐血', 1], ['电解质(四项)', 1], ['蒙脱石散', 9], ['复方氯化钠注射液', 2], ['静脉输液(第一组)', 1], ['一次性使用输液器', 1]])); }
  return cs;
}];
CTL.C09 = ['青年学生真实患病的门诊检查(肺炎/支原体)', 'T06', (i) => {
  const r = regionOf(); const h = pick([H[r].c1, H[r].g2]); const dept = h.depts.general_practice ? 'general_practice' : 'internal_medicine'; const m = member({ region: r, age: ri(17, 23), ins: 'resident' });
  const d = rnd() < 0.5 ? randDate('2025-09-01', '2025-11-30') : randDate('2025-02-20', '2025-04-30');
  return [opd(h, m, dept, d, [pick(['J18.900', 'J20.000'])], [['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['胸部X线摄影(正侧位)', 1], ['阿奇霉素片', 6], ['盐酸氨溴索片', 18]])];
}];
CTL.C10 = ['药店老年骨质疏松/胃病的规律购药', 'T07', (i) => {
  const r = regionOf(); const h = pick([H[r].ph1, H[r].ph2]); const m = member({ region: r, gender: rnd() < 0.7 ? 'F' : 'M', age: ri(60, 82) }); let d = randDate('2025-01-03', '2025-05-30'); const cs = [];
  for (let k = 0; k < 3; k++) { cs.push(pharm(h, m, d, [pick(['M81.900', 'M81.900'])], [['碳酸钙D3片', 30], ['骨化三醇软胶囊', 30]])); d = add(d, ri(28, 33)); }
  return cs;
}];
CTL.C11 = ['药店如实销售丙类/非药品(单列自付, 统筹不付)', 'T07', (i) => {
  const r = regionOf(); const h = pick([H[r].ph1, H[r].ph2]); const m = member({ region: r, age: ri(25, 75) }); const d = randDate('2025-01-03', '2025-12-10');
  const extra = pick([[['维生素C片', 100]], [['阿胶', 1]], [['辅酶Q10胶囊', 60]], [['医用冷敷贴', 5]], [['复方樟脑乳膏', 1]]]);
  return [pharm(h, m, d, ['J06.900'], [['连花清瘟胶囊', 24]].concat(extra))];
}];
CTL.C12 = ['普通中药复方汤剂(常规剂数, 真实疾病)', 'T08', (i) => {
  const r = regionOf(); const h = H[r].tcm; const m = member({ region: r, age: ri(30, 75) }); const d = randDate('2025-01-03', '2025-12-10'); const n = 7;
  return [opd(h, m, 'tcm', d, [pick(['K29.500', 'R53.x00x002', 'J20.900', 'M54.500'])], [['黄芪', 15 * n], ['党参', 12 * n], ['白术', 10 * n], ['茯苓', 12 * n], ['甘草', 6 * n], ['柴胡', 9 * n]])];
}];
CTL.C13 = ['含贵细药材的复方(西洋参/红参如实按丙类自付)', 'T08', (i) => {
  const r = regionOf(); const h = H[r].tcm; const m = member({ region: r, age: ri(45, 80) }); const d = randDate('2025-01-03', '2025-12-10'); const n = 7;
  return [opd(h, m, 'tcm', d, [pick(['I25.100x003', 'R53.x00x002', 'C34.900'])], [['黄芪', 20 * n], ['党参', 12 * n], ['当归', 10 * n], ['丹参', 12 * n], [pick(['西洋参', '红参']), 4 * n]])];
}];
CTL.C14 = ['冠心病患者药店常规量购中成药', 'T09', (i) => {
  const r = regionOf(); const h = pick([H[r].ph1, H[r].ph2]); const m = member({ region: r, age: ri(55, 82) }); let d = randDate('2025-01-03', '2025-06-30'); const cs = [];
  for (let k = 0; k < 3; k++) { cs.push(pharm(h, m, d, ['I25.100x003'], [['复方丹参滴丸', 900], ['阿司匹林肠溶片', 30]])); d = add(d, ri(28, 32)); }
  return cs;
}];
CTL.C15 = ['阻生智齿拔除(医保支付的口腔治疗)', 'T10', (i) => {
  const r = regionOf(); const h = pick([H[r].g2, H[r].g3, H[r].dent]); const m = member({ region: r, age: ri(18, 35) }); const d = randDate('2025-01-03', '2025-12-10');
  return [opd(h, m, 'stomatology', d, [pick(['K01.100', 'K05.200'])], [['阻生牙拔除术', 1], ['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 1], ['阿莫西林胶囊', 24], ['布洛芬缓释胶囊', 6]])];
}];
CTL.C16 = ['牙髓炎根管治疗(分次复诊)', 'T11', (i) => {
  const r = regionOf(); const h = pick([H[r].g2, H[r].dent, H[r].c1]); const m = member({ region: r, age: ri(20, 70) }); const d = randDate('2025-01-03', '2025-11-10');
  return [opd(h, m, 'stomatology', d, ['K04.001'], [['根管治疗术', ri(1, 3)], ['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 1]]), opd(h, m, 'stomatology', add(d, ri(7, 14)), ['K04.002'], [['根管治疗术', 1]])];
}];
CTL.C17 = ['成人牙周炎的洁治(间隔半年)', 'T11', (i) => {
  const r = regionOf(); const h = pick([H[r].g2, H[r].dent]); const m = member({ region: r, age: ri(30, 70) }); const d = randDate('2025-01-03', '2025-05-30');
  return [opd(h, m, 'stomatology', d, ['K05.300'], [['龈上洁治术(牙周洁治)', 1]]), opd(h, m, 'stomatology', add(d, ri(170, 200)), ['K05.300'], [['龈上洁治术(牙周洁治)', 1]])];
}];
CTL.C18 = ['如实申报的正畸/牙齿漂白(丙类自付)', 'T11', (i) => {
  const r = regionOf(); const h = pick([H[r].dent, H[r].g3]); const m = member({ region: r, age: ri(12, 30) }); const d = randDate('2025-01-03', '2025-11-10');
  return [opd(h, m, 'stomatology', d, [pick(['K07.300', 'K03.600x001'])], [[pick(['口腔正畸(错颌畸形矫治)', '牙齿漂白术']), 1]])];
}];
CTL.C19 = ['秋季真实急性病的注射治疗(老人/儿童)', 'T12', (i) => {
  const r = regionOf(); const h = H[r].c1; const m = member({ region: r, age: rnd() < 0.5 ? ri(60, 85) : ri(4, 12) }); const d = randDate('2025-10-01', '2025-12-10');
  const adult = ageAt(m.birth, d) >= 18;
  return [opd(h, m, 'general_practice', d, [pick(['J20.900', 'J06.900', 'J02.900'])], adult ? [['血常规(五分类)', 1], ['注射用头孢曲松钠', 2], ['氯化钠注射液', 1], ['静脉输液(第一组)', 1], ['一次性使用输液器', 1], ['盐酸氨溴索片', 18]] : [['血常规(五分类)', 1], ['小儿对乙酰氨基酚颗粒', 6], ['小儿肺热咳喘口服液', 9]])];
}];
CTL.C20 = ['流感疫苗如实按丙类收费', 'T12', (i) => {
  const r = regionOf(); const h = H[r].c1; const m = member({ region: r, age: rnd() < 0.5 ? ri(60, 85) : ri(20, 50) }); const d = randDate('2025-10-01', '2025-12-10');
  return [claim({ h, m, dept: 'preventive_care', visitType: 'outpatient', date: d, dx: ['Z25.100'], px: [['99.5200', 0]], items: [['流感病毒裂解疫苗', 1], ['肌肉注射', 1]] })];
}];
CTL.C21 = ['纳入医保后的辅助生殖(如实编码取卵/胚胎移植)', 'T13', (i) => {
  const r = pick(['510100', '510700', '370100', '370200']); const h = H[r].g3; const m = member({ region: r, gender: 'F', age: ri(28, 40), ins: 'employee' }); const d = randDate('2025-02-01', '2025-09-30');
  const c1 = opd(h, m, 'reproductive_medicine', d, ['N97.100x001'], [['妇科B超', 1], ['人绒毛膜促性腺激素(β-HCG)测定', 1], ['局部浸润麻醉', 1]], { px: [['65.9100', 0]] });
  const c2 = opd(h, m, 'reproductive_medicine', add(d, ri(3, 5)), ['Z31.200'], [['妇科B超', 1], ['黄体酮注射液', 14], ['肌肉注射', 14]], { px: [['69.9200x006', 0]] });
  return [c1, c2];
}];
CTL.C22 = ['育龄女性真实卵巢囊肿腹腔镜剥除(有病理)', 'T13', (i) => {
  const r = regionOf(); const h = pick([H[r].g3, H[r].g2]); const m = member({ region: r, gender: 'F', age: ri(22, 42) }); const d = randDate('2025-01-05', '2025-10-30');
  return [ipd(h, m, 'gynecology', d, ri(4, 6), ['N83.201'], [['65.2500', 1]], [['腹腔镜下卵巢囊肿剥除术', 1, 1], ['全身麻醉', 2, 1], ['一次性腹腔镜穿刺器', 1, 1], ['病理检查(常规石蜡切片)', 1, 1], ['妇科B超', 1], ['血常规(五分类)', 2], ['凝血四项', 1], ['术前八项(感染筛查)', 1], ['注射用头孢呋辛钠', 4, 1], ['氯化钠注射液', 4], ['静脉输液(第一组)', 3], ['一次性使用输液器', 3]])];
}];
CTL.C23 = ['确诊2型糖尿病合并肥胖使用利拉鲁肽(有糖化血红蛋白、联用二甲双胍)', 'T14', (i) => {
  const r = regionOf(); const h = pick([H[r].g3, H[r].g2]); const m = member({ region: r, age: ri(35, 68), ins: 'employee' }); let d = randDate('2025-01-05', '2025-06-30'); const cs = [];
  cs.push(opd(h, m, 'endocrinology', d, ['E11.900', 'E66.000'], [['糖化血红蛋白测定', 1], ['空腹血糖测定', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1], ['盐酸二甲双胍片', 90], ['利拉鲁肽注射液', 3]]));
  for (let k = 0; k < 2; k++) { d = add(d, ri(28, 32)); cs.push(opd(h, m, 'endocrinology', d, ['E11.900', 'E66.000'], [['空腹血糖测定', 1], ['盐酸二甲双胍片', 90], ['利拉鲁肽注射液', 3]])); }
  return cs;
}];
CTL.C24 = ['真实重症监护住院(有监护项目)', 'T15', (i) => {
  const r = regionOf(); const h = pick([H[r].g3, H[r].g2]); const m = member({ region: r, age: ri(55, 85) }); const adm = randDate('2025-01-10', '2025-11-20'); const los = ri(4, 7);
  const items = [['血气分析', los], ['心肌酶谱', 2], ['肌钙蛋白I测定', 2], ['B型钠尿肽(BNP)测定', 1], ['血常规(五分类)', 2], ['电解质(四项)', 2], ['呋塞米注射液', 2 * los], ['氯化钠注射液', 2 * los], ['静脉输液(第一组)', los], ['一次性使用输液器', los], ['心电电极片', 5 * los]];
  for (let d = 0; d < los; d++) items.push(['心电监测', 24, d], ['血氧饱和度监测', 24, d], ['吸氧', 20, d]);
  return [ipd(h, m, 'icu', adm, los, [pick(['I50.900', 'J44.100', 'J18.900'])], [], items, { bed: '监护病房床位费', nurse: 'Ⅰ级护理', route: 'emergency' })];
}];

// ================= routine =================
function routine(i) {
  const r = regionOf(); const k = i % 10;
  if (k === 0 || k === 5) { const h = pick([H[r].ph1, H[r].ph2]); const m = member({ region: r, age: ri(45, 80) }); return [pharm(h, m, randDate('2025-01-03', '2025-12-10'), [pick(['I10.x00x002', 'E11.900'])], pick([[['苯磺酸氨氯地平片', 28]], [['盐酸二甲双胍片', 84]], [['阿托伐他汀钙片', 28], ['阿司匹林肠溶片', 30]]]))]; }
  if (k === 1) { const h = H[r].c1; const m = member({ region: r, age: ri(3, 80) }); const adult = m.birth < '2007'; return [opd(h, m, 'general_practice', randDate('2025-01-03', '2025-12-10'), ['J06.900'], adult ? [['连花清瘟胶囊', 24], ['对乙酰氨基酚片', 6]] : [['小儿氨酚黄那敏颗粒', 9]])]; }
  if (k === 2) { const h = pick([H[r].g2, H[r].g3]); const m = member({ region: r, age: ri(20, 70) }); return [opd(h, m, 'dermatology', randDate('2025-01-03', '2025-12-10'), [pick(['L20.800', 'L50.000', 'L30.900'])], [['氯雷他定片', 14], ['丁酸氢化可的松乳膏', 1]])]; }
  if (k === 3) { const h = pick([H[r].g2, H[r].dent]); const m = member({ region: r, age: ri(20, 70) }); return [opd(h, m, 'stomatology', randDate('2025-01-03', '2025-12-10'), ['K04.001'], [['根管治疗术', 1], ['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 1]])]; }
  if (k === 4) { const h = pick([H[r].g2, H[r].g3]); const m = member({ region: r, age: ri(25, 70) }); const adm = randDate('2025-01-05', '2025-11-30'); return [ipd(h, m, 'general_surgery', adm, ri(3, 5), ['K35.800x001'], [['47.0100', 0]], [['腹腔镜下阑尾切除术', 1], ['全身麻醉', 2], ['一次性腹腔镜穿刺器', 1], ['血常规(五分类)', 2], ['C反应蛋白测定', 1], ['注射用头孢呋辛钠', 6], ['甲硝唑氯化钠注射液', 4], ['氯化钠注射液', 4], ['静脉输液(第一组)', 3], ['一次性使用输液器', 3], ['病理检查(常规石蜡切片)', 1]])]; }
  if (k === 6) { const h = H[r].tcm; const m = member({ region: r, age: ri(30, 75) }); return [opd(h, m, 'tcm', randDate('2025-01-03', '2025-12-10'), ['M54.500'], [['普通针刺', 1], ['拔罐疗法', 2]])]; }
  if (k === 7) { const h = pick([H[r].g2, H[r].g3]); const m = member({ region: r, age: ri(55, 85) }); const adm = randDate('2025-01-05', '2025-11-30'); return [ipd(h, m, 'respiratory' in h.depts ? 'respiratory' : 'internal_medicine', adm, ri(6, 9), ['J18.900'], [], [['血常规(五分类)', 2], ['C反应蛋白测定', 1], ['胸部CT平扫', 1], ['注射用头孢曲松钠', 14], ['氯化钠注射液', 7], ['静脉输液(第一组)', 7], ['一次性使用输液器', 7], ['盐酸氨溴索片', 18]])]; }
  if (k === 8) { const h = pick([H[r].g2, H[r].g3]); const m = member({ region: r, age: ri(55, 85) }); return [opd(h, m, 'ophthalmology', randDate('2025-01-03', '2025-12-10'), ['H10.100'], [['裂隙灯检查', 1], ['左氧氟沙星滴眼液', 1]])]; }
  const h = pick([H[r].g2, H[r].g3]); const m = member({ region: r, gender: 'F', age: ri(22, 40) }); return [opd(h, m, 'gynecology', randDate('2025-01-03', '2025-12-10'), ['N76.000'], [['妇科B超', 1], ['奥硝唑片', 14]])];
}

// ---------- build ----------
for (const [code, [name, fn]] of Object.entries(TYP)) for (let i = 0; i < 15; i++) { const [cs, tg, mut] = fn(i); label('fraud', code, name, i, cs, tg, mut); }
for (const [code, [name, pair, fn]] of Object.entries(CTL)) for (let i = 0; i < 15; i++) { const cs = fn(i); label('control', code, name + ' (pairs ' + pair + ')', i, cs, cs, {}); }
for (let i = 0; i < 100; i++) { const cs = routine(i); label('routine', 'R', 'routine', i, cs, cs, {}); }

// groups from pass 1
if (GROUPS && fs.existsSync(GROUPS)) {
  const G = {};
  for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const g = JSON.parse(l); const drg = g.grouping ? g.grouping.drg : g.drg; if (drg) G[g.claimId] = drg; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient' && G[c.claimId]) c.reportedGroup.drg = G[c.claimId];
}
CLAIMS.sort((a, b) => a._sort < b._sort ? -1 : a._sort > b._sort ? 1 : 0);
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(c => { const { _sort, ...x } = c; return JSON.stringify(x); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS.map(l => { const o = { caseId: l.caseId, kind: l.kind, code: l.code, name: l.name }; if (l.typology) o.typology = l.typology; if (l.control) o.control = l.control; o.claimIds = l.claimIds; o.targets = l.targets; o.mutatedLines = l.mutatedLines; return o; }), null, 1));
console.error(`blind67: ${CLAIMS.length} claims, ${LABELS.length} cases`);
