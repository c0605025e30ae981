#!/usr/bin/env node
// blind64: the ward's daily services (病房日常诊疗与护理项目). Written unseen; see TYPOLOGIES.md.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || __dirname);
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CAT = path.resolve(opt('--catalogue', '/work/wt/base64/rules/catalogue'));
const GROUPS = opt('--groups', null);

// ---------- rng ----------
let seed = 640064;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue ----------
const ROW = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-procedures.json', 'consumables-procedures.json', 'services-home-and-online.json']) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) ROW[r.code] = r;
}
const byName = {}; for (const r of Object.values(ROW)) byName[r.name] = r;
function R(name) { const r = byName[name]; if (!r) throw new Error('no row ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diffDays = (a, b) => Math.round((D(b) - D(a)) / 86400000);

// ---------- geography, hospitals, doctors ----------
const REGIONS = [['220100', '长春'], ['220200', '吉林'], ['230100', '哈尔滨'], ['230600', '大庆'], ['370100', '济南'], ['370200', '青岛'], ['510100', '成都'], ['510700', '绵阳']];
const TITLES = ['住院医师', '主治医师', '副主任医师', '主任医师'];
const DEPTS = { 1: ['general_medicine', 'general_surgery', 'rehabilitation'],
  2: ['respiratory', 'cardiology', 'neurology', 'endocrinology', 'general_surgery', 'orthopedics', 'urology', 'icu', 'geriatrics', 'rehabilitation', 'general_medicine'],
  3: ['respiratory', 'cardiology', 'neurology', 'endocrinology', 'general_surgery', 'orthopedics', 'urology', 'icu', 'geriatrics', 'rehabilitation', 'hematology', 'oncology', 'nephrology', 'general_medicine', 'spine_surgery'] };
const HOSP = []; let docN = 0;
for (const [reg] of REGIONS) {
  let n = 1;
  for (const lvl of [3, 3, 2, 2, 1, 1]) {
    const id = 'H' + reg + String(n++).padStart(2, '0');
    const h = { id, region: reg, level: lvl, factor: pick([1, 1, 0.95, 0.9]), depts: {} };
    for (const d of DEPTS[lvl]) {
      const docs = [];
      for (let k = 0; k < (lvl === 1 ? 2 : 4); k++) docs.push({ id: 'D' + String(++docN).padStart(5, '0'), title: lvl === 1 ? pick(TITLES.slice(0, 2)) : TITLES[Math.min(3, k)] });
      h.depts[d] = docs;
    }
    HOSP.push(h);
  }
}
const hospOf = (lvl, region) => pick(HOSP.filter(h => h.level === lvl && (!region || h.region === region)));
const deptFor = (h, d) => h.depts[d] ? d : (h.depts.general_medicine ? (['general_surgery', 'orthopedics', 'urology', 'spine_surgery'].includes(d) ? 'general_surgery' : 'general_medicine') : d);

// ---------- policies ----------
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
function schemeOf(region, ins, visit) {
  const prov = POL.provinces[region.slice(0, 2)]; let s = prov.schemes[ins][visit === 'inpatient' ? 'inpatient' : 'outpatient'];
  const ov = prov.regions && prov.regions[region] && prov.regions[region].schemes && prov.regions[region].schemes[ins] && prov.regions[region].schemes[ins][visit === 'inpatient' ? 'inpatient' : 'outpatient'];
  if (ov) s = Object.assign({}, s, ov);
  return s;
}

// ---------- patients ----------
let memN = 0;
function patient(o = {}) {
  const ins = o.ins || (chance(0.62) ? 'employee' : 'resident');
  const age = o.age != null ? o.age : ri(o.ageMin || 25, o.ageMax || 88);
  const gender = o.gender || (chance(0.5) ? 'M' : 'F');
  const birth = `${2025 - age - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const retired = ins === 'employee' && age >= (gender === 'M' ? 61 : 56);
  const region = o.region || pick(REGIONS)[0];
  return { insuredId: 'P64' + String(++memN).padStart(6, '0'), gender, birthDate: birth, retired, ins, age, region,
    enrollment: ins === 'employee'
      ? { enrolledOn: `${Math.min(2020, Math.max(1995, 2025 - age + 22))}-07-01`, inConcentratedPeriod: true, continuousYears: Math.min(30, Math.max(3, age - 22)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: retired ? ri(31, 40) : Math.max(3, Math.min(age - 22, 35)), special: null }
      : { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(4, 12), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: ri(4, 12), special: null } };
}

// ---------- claim builder ----------
let claimSeq = 0;
class Claim {
  constructor(h, dept, pat, visitType, start, los) {
    this.h = h; this.dept = deptFor(h, dept); this.pat = pat; this.visitType = visitType; this.start = start; this.los = los;
    this.doctor = pick(h.depts[this.dept]); this.lines = []; this.dx = []; this.procs = []; this.extra = {};
    this.id = `${h.region}-${h.id}-2025-${String(++claimSeq).padStart(6, '0')}`;
  }
  get end() { return addDays(this.start, this.los); }
  day(i) { return addDays(this.start, i); }
  get nDays() { return Math.max(1, this.los); }
  add(name, i, qty, tag) {
    const r = R(name); if (qty <= 0) return null;
    if (typeof i === 'number' && i > this.los && !tag) return null; // a short stay does not reach the profile's later items
    const l = { row: r, date: typeof i === 'string' ? i : this.day(i), qty, mut: !!tag, tag };
    this.lines.push(l); return l;
  }
  // one day of ward care: bed, nursing level, 住院诊查费
  base(i, ward = '普通病房床位费(三人间)', nursing = 'Ⅱ级护理', tag) {
    this.add(ward, i, 1, tag); if (nursing) this.add(nursing, i, 1, tag); this.add('住院诊查费', i, 1, tag);
  }
  infusion(i, groups, tag) { // groups = bottles that day
    this.add('静脉输液(第一组)', i, 1, tag); if (groups > 1) this.add('静脉输液(每增加一组)', i, groups - 1, tag);
    this.add('一次性使用输液器', i, 1, tag); this.add('一次性使用输液贴', i, 2, tag);
  }
  cannula(i) { this.add('静脉留置针置管', i, 1); this.add('一次性使用静脉留置针', i, 1); }
  monitor(i, h, spo2 = true, tag) { this.add('心电监测', i, h, tag); if (spo2) this.add('血氧饱和度监测', i, h, tag); this.add('心电电极片', i, 5, tag); }
  oxygen(i, h, tag) { this.add('吸氧', i, h, tag); }
}

// assertion of catalogue facts on the clean lines (mutations may break them on purpose)
function check(c) {
  const lvl = c.h.level; const dx = c.dx.map(d => d.code);
  const perDay = {}; const days = {};
  for (const l of c.lines) {
    const r = l.row;
    if (r.minLevel && r.minLevel > lvl) throw new Error(`${c.id} ${r.name} minLevel ${r.minLevel} > ${lvl}`);
    if (r.setting && r.setting !== c.visitType && !(r.setting === 'outpatient' && c.visitType !== 'inpatient')) throw new Error(`${c.id} ${r.name} setting ${r.setting}`);
    if (r.gender && r.gender !== c.pat.gender) throw new Error(`${c.id} ${r.name} gender`);
    if (r.ageMin && c.pat.age < r.ageMin) throw new Error(`${c.id} ${r.name} ageMin`);
    if (r.ageMax != null && c.pat.age > r.ageMax) throw new Error(`${c.id} ${r.name} ageMax`);
    if (r.indications && !r.indications.some(p => dx.some(d => d.startsWith(p)))) throw new Error(`${c.id} ${r.name} indication ${dx}`);
    if (l.mut) continue;
    const k = r.code + '|' + l.date; perDay[k] = (perDay[k] || 0) + l.qty;
    if (r.maxPerDay && perDay[k] > r.maxPerDay) throw new Error(`${c.id} ${r.name} maxPerDay ${perDay[k]}`);
    (days[r.code] = days[r.code] || new Set()).add(l.date);
    if (r.maxDays && days[r.code].size > r.maxDays) throw new Error(`${c.id} ${r.name} maxDays`);
    if (c.visitType === 'inpatient' && (l.date < c.start || l.date > c.end)) throw new Error(`${c.id} ${r.name} date outside stay`);
  }
  const clean = c.lines.filter(l => !l.mut);
  const onDay = (d) => clean.filter(l => l.date === d);
  for (const d of new Set(clean.map(l => l.date))) {
    const L = onDay(d); const codes = new Set(L.map(l => l.row.code));
    const hrs = (code) => L.filter(l => l.row.code === code).reduce((a, l) => a + l.qty, 0);
    for (const l of L) {
      for (const x of l.row.excludes || []) if (codes.has(x)) throw new Error(`${c.id} ${d} ${l.row.name} excludes ${ROW[x].name}`);
      for (const x of l.row.includes || []) if (codes.has(x)) throw new Error(`${c.id} ${d} ${l.row.name} includes ${ROW[x].name}`);
    }
    for (const r of Object.values(ROW)) if (r.includesDuring && codes.has(r.code)) for (const g of r.includesDuring) {
      if (g.visitTypes && !g.visitTypes.includes(c.visitType)) continue;
      for (const x of g.codes) if (codes.has(x)) {
        if (!g.hours) throw new Error(`${c.id} ${d} ${r.name} includesDuring ${ROW[x].name}`);
        const hx = ROW[x].unit === '小时' ? hrs(x) : 24;
        if (hrs(r.code) + hx > 24) throw new Error(`${c.id} ${d} ${r.name} hours overlap ${ROW[x].name}`);
      }
    }
  }
}

function finalize(c, groups) {
  const lvl = c.h.level;
  c.lines.sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  let tot = 0, self = 0; const items = [];
  c.lines.forEach((l, k) => {
    const r = l.row; l.lineId = String(k + 1);
    const capFen = Math.round(r.priceCap[String(lvl)] * 100);
    const unitFen = r.category === 'service' ? Math.min(capFen, Math.round(capFen * c.h.factor)) : capFen;
    const amt = unitFen * l.qty; tot += amt;
    if (r.class === '丙') self += amt; else if (r.class === '乙') self += Math.round(amt * (r.selfPayShare || 0));
    items.push({ lineId: l.lineId, code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date: l.date, quantity: l.qty, unitPrice: unitFen / 100, amount: amt / 100 });
  });
  const policy = tot - self;
  const s = schemeOf(c.pat.region, c.pat.ins, c.visitType);
  const ded = c.visitType === 'inpatient' ? Math.round(s.deductible[String(lvl)] * 100) : 0; // outpatient: deductible taken as met (upper bound)
  const ratio = s.ratio[String(lvl)] + (c.pat.retired ? (s.retireeRatioBonus || 0) : 0);
  let fund = Math.max(0, Math.round((policy - ded) * ratio));
  fund = Math.min(fund, Math.round(s.annualFundCap * 100));
  const p = c.pat;
  const claim = { claimId: c.id, region: c.h.region, insuranceType: p.ins, visitType: c.visitType,
    patient: { insuredId: p.insuredId, gender: p.gender, birthDate: p.birthDate, retired: p.retired },
    enrollment: p.enrollment,
    provider: { hospitalId: c.h.id, level: lvl, department: c.dept, doctorId: c.doctor.id } };
  if (p.region !== c.h.region) claim.insuredRegion = p.region;
  if (c.visitType === 'inpatient') { claim.admissionDate = c.start; claim.dischargeDate = c.end; Object.assign(claim, c.extra); }
  else claim.visitDate = c.start;
  claim.diagnoses = c.dx; claim.procedures = c.procs;
  if (c.visitType === 'inpatient') claim.reportedGroup = { drg: groups && groups[c.id] || null, dip: null };
  claim.items = items;
  claim.amounts = { total: tot / 100, policy: policy / 100, fundClaimed: fund / 100 };
  return claim;
}

// ---------- clinical profiles (inpatient) ----------
// each returns a Claim with its daily ward care; opts: {lvl, ward, nursing, region, pat, start, los}
const START = () => addDays('2025-01-06', ri(0, 300));
const LAB1 = (c, i, extra = []) => { for (const n of ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', ...extra]) c.add(n, i, 1); };
const PROFILES = {
  pneumonia: { dept: 'respiratory', min: 1, los: [6, 10], dx: () => [{ code: pick(['J18.900', 'J15.900', 'J18.000']), principal: true }],
    build(c) { const L = c.h.level; LAB1(c, 0, L >= 2 ? ['C反应蛋白测定', '降钙素原测定'] : ['C反应蛋白测定']); c.add(L >= 2 ? '胸部CT平扫' : '胸部X线摄影(正侧位)', 0, 1); c.add('细菌培养及药敏', 0, 1); c.cannula(0);
      const abx = L >= 2 && chance(0.4) ? ['注射用哌拉西林钠他唑巴坦钠', 3] : ['注射用头孢曲松钠', 2];
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i < 2 && chance(0.5) ? 'Ⅰ级护理' : 'Ⅱ级护理'); if (i < Math.min(c.nDays - 1, 8)) { c.infusion(i, 2); c.add(abx[0], i, abx[1]); c.add('氯化钠注射液', i, 2); } if (i < 4) c.oxygen(i, ri(6, 12)); if (i < 5) { c.add('雾化吸入', i, 2); c.add('吸入用布地奈德混悬液', i, 2); } if (i === 0) c.add('一次性使用吸氧管', i, 1); if (i === 0) c.add('一次性使用雾化器', i, 1); if (i % 4 === 3) c.cannula(i); }
      c.add('血常规(五分类)', Math.min(4, c.nDays - 1), 1); c.add('盐酸氨溴索片', c.nDays - 1, 18); } },
  copd: { dept: 'respiratory', min: 1, los: [7, 12], dx: () => [{ code: 'J44.100', principal: true }],
    build(c) { LAB1(c, 0); c.add('血气分析', 0, 1); c.add('胸部X线摄影(正侧位)', 0, 1); c.cannula(0); c.add('一次性使用吸氧管', 0, 1); c.add('一次性使用雾化器', 0, 1);
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理'); c.oxygen(i, i < 4 ? ri(10, 16) : ri(4, 8)); if (i < Math.min(c.nDays - 1, 10)) { c.infusion(i, 2); c.add('注射用头孢曲松钠', i, 2); c.add('氯化钠注射液', i, 2); if (i < 5) c.add('注射用甲泼尼龙琥珀酸钠', i, 1); } if (i < 10) { c.add('雾化吸入', i, 2); c.add('吸入用异丙托溴铵溶液', i, 2); c.add('吸入用布地奈德混悬液', i, 2); } if (i % 4 === 3) c.cannula(i); }
      c.add('血气分析', 3, 1); } },
  heartfailure: { dept: 'cardiology', min: 1, los: [6, 10], dx: () => [{ code: pick(['I50.900', 'I50.000', 'I11.002']), principal: true }, { code: 'I10.x00' }],
    build(c) { LAB1(c, 0, ['B型钠尿肽(BNP)测定', '心肌酶谱']); c.add('常规心电图检查', 0, 1); c.add('心脏彩色多普勒超声', 1, 1); c.add('胸部X线摄影(正侧位)', 0, 1); c.cannula(0);
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理'); if (i < 3) c.monitor(i, 24, true); if (i < 3) c.oxygen(i, ri(4, 10)); if (i < 5) { c.add('静脉注射', i, 2); c.add('呋塞米注射液', i, 2); } c.add('螺内酯片', i, 2); c.add('比索洛尔片', i, 1); if (i % 4 === 3) c.cannula(i); }
      c.add('电解质(四项)', 3, 1); c.add('一次性使用吸氧管', 0, 1); } },
  stroke: { dept: 'neurology', min: 2, los: [10, 15], dx: () => [{ code: pick(['I63.900', 'I63.500']), principal: true }, { code: 'I10.x00' }],
    build(c) { LAB1(c, 0, ['凝血四项', '血脂(四项)', '糖化血红蛋白测定']); c.add('头颅CT平扫', 0, 1); c.add('头颅MRI平扫', 1, 1); c.add('颈部血管彩色多普勒超声', 2, 1); c.add('常规心电图检查', 0, 1); c.add('康复评定', 2, 1); c.cannula(0);
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i < 3 ? 'Ⅰ级护理' : 'Ⅱ级护理'); if (i < 3) c.monitor(i, 24, true); if (i < Math.min(c.nDays - 1, 12)) { c.infusion(i, 2); c.add('依达拉奉注射液', i, 2); c.add('氯化钠注射液', i, 2); } c.add('阿司匹林肠溶片', i, 1); c.add('阿托伐他汀钙片', i, 1); if (i >= 3) c.add('运动疗法', i, 1); if (i % 4 === 3) c.cannula(i); } } },
  diabetes: { dept: 'endocrinology', min: 1, los: [7, 10], dx: () => [{ code: 'E11.900', principal: true }, { code: 'I10.x00' }],
    build(c) { LAB1(c, 0, ['糖化血红蛋白测定', '血脂(四项)', '空腹血糖测定']); c.add('颈部血管彩色多普勒超声', 1, 1); c.add('下肢血管彩色多普勒超声', 2, 1);
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, 'Ⅱ级护理'); c.add('血糖监测(快速)', i, 4); c.add('血糖试纸', i, 4); c.add('皮下注射', i, 4); if (i === 0) { c.add('门冬胰岛素注射液', i, 2); c.add('甘精胰岛素注射液', i, 1); } c.add('盐酸二甲双胍片', i, 3); } } },
  appendicitis: { dept: 'general_surgery', min: 1, los: [4, 6], dx: () => [{ code: 'K35.800x001', principal: true }], surgery: true,
    build(c) { const lap = c.h.level >= 2; LAB1(c, 0, ['凝血四项', 'C反应蛋白测定', '术前八项(感染筛查)']); c.add('腹部B超', 0, 1); c.add('常规心电图检查', 0, 1); c.cannula(0);
      c.procs.push({ code: lap ? '47.0100' : '47.0901', date: c.day(0) }); c.add(lap ? '腹腔镜下阑尾切除术' : '阑尾切除术', 0, 1); c.add('全身麻醉', 0, 2); c.add('一次性手术衣及铺单包', 0, 1); c.add('可吸收缝线', 0, 3); if (lap) c.add('一次性腹腔镜穿刺器', 0, 1);
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i < 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'); if (i === 0) { c.monitor(i, 12, true); c.oxygen(i, 6); c.add('一次性使用吸氧管', i, 1); } if (i < 3) { c.infusion(i, 2); c.add('注射用头孢曲松钠', i, 2); c.add('甲硝唑氯化钠注射液', i, 2); c.add('复方氯化钠注射液', i, 1); } if (i === 2 || i === 4) { c.add('换药(小)', i, 1); c.add('一次性使用换药包', i, 1); } } } },
  cholecystitis: { dept: 'general_surgery', min: 2, los: [4, 6], dx: () => [{ code: 'K80.100x001', principal: true }], surgery: true,
    build(c) { LAB1(c, 0, ['凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)']); c.add('腹部B超', 0, 1); c.add('常规心电图检查', 0, 1); c.add('胸部X线摄影(正侧位)', 0, 1); c.cannula(0);
      c.procs.push({ code: '51.2300', date: c.day(1) }); c.add('腹腔镜下胆囊切除术', 1, 1); c.add('全身麻醉', 1, 2); c.add('一次性腹腔镜穿刺器', 1, 1); c.add('止血夹(结扎夹)', 1, 4); c.add('一次性手术衣及铺单包', 1, 1); c.add('可吸收缝线', 1, 2);
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i === 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'); if (i === 1) { c.monitor(i, 12, true); c.oxygen(i, 6); c.add('一次性使用吸氧管', i, 1); } if (i >= 1 && i < 4) { c.infusion(i, 2); c.add('注射用头孢呋辛钠', i, 2); c.add('葡萄糖氯化钠注射液', i, 2); } if (i === 3) { c.add('换药(小)', i, 1); c.add('一次性使用换药包', i, 1); } } } },
  hernia: { dept: 'general_surgery', min: 1, los: [3, 5], dx: () => [{ code: 'K40.900x003', principal: true }], surgery: true, male: true,
    build(c) { LAB1(c, 0, ['凝血四项', '术前八项(感染筛查)']); c.add('常规心电图检查', 0, 1); c.add('胸部X线摄影(正侧位)', 0, 1); c.cannula(1);
      c.procs.push({ code: '53.0001', date: c.day(1) }); c.add('腹股沟疝修补术', 1, 1); c.add('椎管内麻醉', 1, 1); c.add('一次性使用麻醉穿刺包', 1, 1); c.add('疝修补补片', 1, 1); c.add('一次性手术衣及铺单包', 1, 1); c.add('可吸收缝线', 1, 2);
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i === 1 ? 'Ⅰ级护理' : (i === 0 ? 'Ⅱ级护理' : 'Ⅲ级护理')); if (i === 1) { c.monitor(i, 8, true); c.infusion(i, 2); c.add('注射用头孢呋辛钠', i, 1); c.add('复方氯化钠注射液', i, 2); } if (i === 2) { c.add('换药(小)', i, 1); c.add('一次性使用换药包', i, 1); } } } },
  hipfracture: { dept: 'orthopedics', min: 2, los: [10, 14], dx: () => [{ code: 'S72.000', principal: true }, { code: 'I10.x00' }], surgery: true, old: true,
    build(c) { LAB1(c, 0, ['凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', 'D-二聚体测定']); c.add('四肢X线摄影', 0, 1); c.add('胸部X线摄影(正侧位)', 0, 1); c.add('常规心电图检查', 0, 1); c.add('下肢血管彩色多普勒超声', 1, 1); c.cannula(0);
      c.procs.push({ code: '81.5200', date: c.day(2) }); c.add('人工股骨头置换术', 2, 1); c.add('全身麻醉', 2, 3); c.add('人工股骨头假体', 2, 1); c.add('一次性手术衣及铺单包', 2, 1); c.add('可吸收缝线', 2, 3); c.add('导尿', 2, 1); c.add('一次性使用导尿包', 2, 1); c.add('一次性使用引流袋', 2, 1);
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i < 5 ? 'Ⅰ级护理' : 'Ⅱ级护理'); if (i >= 2 && i < 4) { c.monitor(i, i === 2 ? 18 : 24, true); c.oxygen(i, 8); } if (i === 2) c.add('一次性使用吸氧管', i, 1); if (i >= 2 && i < 6) { c.infusion(i, 2); c.add('注射用头孢呋辛钠', i, 2); c.add('氯化钠注射液', i, 2); } if (i >= 3 && i < 13) { c.add('皮下注射', i, 1); c.add('依诺肝素钠注射液', i, 1); } if (i >= 3 && i % 2 === 1) { c.add('换药(中)', i, 1); c.add('一次性使用换药包', i, 1); } if (i >= 4) c.add('运动疗法', i, 1); if (i % 4 === 3) c.cannula(i); }
      c.add('血常规(五分类)', 4, 1); } },
  uti: { dept: 'geriatrics', min: 1, los: [5, 7], dx: () => [{ code: 'N39.000', principal: true }], old: true,
    build(c) { LAB1(c, 0, ['C反应蛋白测定']); c.add('细菌培养及药敏', 0, 1); c.add('泌尿系B超', 1, 1); c.cannula(0);
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, 'Ⅱ级护理'); if (i < c.nDays - 1) { c.infusion(i, 2); c.add('左氧氟沙星氯化钠注射液', i, 1); c.add('氯化钠注射液', i, 1); } if (i % 4 === 3) c.cannula(i); }
      c.add('尿常规', c.nDays - 1, 1); } },
  gastro: { dept: 'general_medicine', min: 1, los: [3, 5], dx: () => [{ code: pick(['A09.901', 'A09.001']), principal: true }, { code: 'E86.x00' }],
    build(c) { LAB1(c, 0, ['大便常规+隐血']); c.cannula(0);
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, 'Ⅱ级护理'); if (i < 3) { c.infusion(i, 3); c.add('复方氯化钠注射液', i, 2); c.add('葡萄糖氯化钠注射液', i, 1); c.add('氯化钾注射液', i, 2); } c.add('蒙脱石散', i, 3); } } },
  angina: { dept: 'cardiology', min: 2, los: [4, 7], dx: () => [{ code: 'I20.000', principal: true }, { code: 'I10.x00' }],
    build(c) { LAB1(c, 0, ['心肌酶谱', '肌钙蛋白I测定', '血脂(四项)', '凝血四项']); c.add('常规心电图检查', 0, 1); c.add('心脏彩色多普勒超声', 1, 1); c.add('动态心电图(24小时)', 2, 1); c.cannula(0);
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i < 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'); if (i < 2) c.monitor(i, 24, true); c.add('阿司匹林肠溶片', i, 1); c.add('硫酸氢氯吡格雷片', i, 1); c.add('阿托伐他汀钙片', i, 1); c.add('单硝酸异山梨酯缓释片', i, 1); if (i < 7 && i < c.nDays - 1) { c.add('皮下注射', i, 1); c.add('低分子量肝素钙注射液', i, 1); } } c.add('肌钙蛋白I测定', 1, 1); } },
  turp: { dept: 'urology', min: 2, los: [5, 7], dx: () => [{ code: 'N40.x00', principal: true }], surgery: true, male: true, old: true,
    build(c) { LAB1(c, 0, ['凝血四项', '术前八项(感染筛查)', '前列腺特异性抗原(PSA)测定']); c.add('泌尿系B超', 0, 1); c.add('常规心电图检查', 0, 1); c.cannula(0);
      c.procs.push({ code: '60.2900', date: c.day(1) }); c.add('经尿道前列腺电切术', 1, 1); c.add('椎管内麻醉', 1, 1); c.add('一次性使用麻醉穿刺包', 1, 1); c.add('双腔硅胶导尿管', 1, 1); c.add('一次性手术衣及铺单包', 1, 1);
      for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i === 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'); if (i === 1) c.monitor(i, 8, true); if (i >= 1 && i < 4) { c.infusion(i, 2); c.add('注射用头孢呋辛钠', i, 2); c.add('氯化钠注射液', i, 2); c.add('一次性使用引流袋', i, 1); } c.add('盐酸坦索罗辛缓释胶囊', i, 1); } } },
  mi: { dept: 'cardiology', min: 3, los: [6, 9], dx: () => [{ code: pick(['I21.001', 'I21.900']), principal: true }, { code: 'I10.x00' }], surgery: true,
    build(c, ccu = 2) { LAB1(c, 0, ['心肌酶谱', '肌钙蛋白I测定', '凝血四项', '血脂(四项)', 'B型钠尿肽(BNP)测定']); c.add('常规心电图检查', 0, 1); c.add('心脏彩色多普勒超声', 2, 1); c.cannula(0);
      c.procs.push({ code: '36.0601', date: c.day(0) }); c.add('经皮冠状动脉支架置入术', 0, 1); c.add('冠状动脉药物洗脱支架', 0, 1); c.add('冠状动脉球囊扩张导管', 0, 1); c.add('导引导丝', 0, 1); c.add('血管鞘组', 0, 1); c.add('冠脉造影导管', 0, 1);
      for (let i = 0; i < c.nDays; i++) { const inCcu = i < ccu; c.base(i, inCcu ? '监护病房床位费' : '普通病房床位费(三人间)', i < ccu + 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'); if (i < ccu + 1) { c.monitor(i, 24, true); c.oxygen(i, ri(6, 12)); } c.add('阿司匹林肠溶片', i, 1); c.add('替格瑞洛片', i, 2); c.add('阿托伐他汀钙片', i, 1); if (i === 0) c.add('一次性使用吸氧管', i, 1); if (i % 4 === 3) c.cannula(i); }
      c.add('肌钙蛋白I测定', 1, 1); } },
};

function stay(profile, o = {}) {
  const P = PROFILES[profile];
  const lvl = o.lvl || pick([1, 2, 2, 3, 3].filter(l => l >= P.min));
  const h = o.h || hospOf(lvl, o.region);
  const pat = o.pat || patient({ region: chance(0.9) ? h.region : pick(REGIONS.filter(r => r[0].slice(0, 2) === h.region.slice(0, 2)))[0], ageMin: P.old ? 62 : (o.ageMin || 28), ageMax: o.ageMax || 89, gender: P.male ? 'M' : o.gender, ins: o.ins });
  const los = o.los != null ? o.los : ri(P.los[0], P.los[1]);
  const c = new Claim(h, o.dept || P.dept, pat, 'inpatient', o.start || START(), los);
  c.dx = o.dx || P.dx(); c.extra.admissionRoute = o.route || (P.surgery && profile !== 'mi' ? 'outpatient' : pick(['outpatient', 'emergency']));
  c.extra.dischargeMode = o.dmode || 'ordered';
  c.profile = profile;
  if (!o.noBuild) P.build(c);
  return c;
}

function outpatient(o = {}) {
  const lvl = o.lvl || pick([1, 1, 2, 3]); const h = o.h || hospOf(lvl, o.region);
  const pat = o.pat || patient({ region: h.region });
  const kind = o.kind || pick(['hypertension', 'uri', 'diabetes', 'gastritis', 'backpain']);
  const dept = { hypertension: 'cardiology', uri: 'respiratory', diabetes: 'endocrinology', gastritis: 'general_medicine', backpain: 'orthopedics' }[kind];
  const c = new Claim(h, dept, pat, 'outpatient', o.start || START(), 0);
  const t = c.doctor.title; const fee = lvl >= 2 && t === '主任医师' ? '主任医师门诊诊察费' : lvl >= 2 && t === '副主任医师' ? '副主任医师门诊诊察费' : (lvl === 1 ? '一般诊疗费' : '普通门诊诊察费');
  if (!o.noFee) c.add(o.fee || fee, 0, 1);
  if (kind === 'hypertension') { c.dx = [{ code: 'I10.x00', principal: true }]; c.add('苯磺酸氨氯地平片', 0, 28); c.add('常规心电图检查', 0, 1); }
  if (kind === 'uri') { c.dx = [{ code: pick(['J06.900', 'J20.900']), principal: true }]; c.add('血常规(五分类)', 0, 1); c.add('连花清瘟胶囊', 0, 24); c.add('盐酸氨溴索片', 0, 18); }
  if (kind === 'diabetes') { c.dx = [{ code: 'E11.900', principal: true }]; c.add('空腹血糖测定', 0, 1); c.add('盐酸二甲双胍片', 0, 84); c.add('阿卡波糖片', 0, 84); }
  if (kind === 'gastritis') { c.dx = [{ code: 'K29.700', principal: true }]; c.add('奥美拉唑肠溶胶囊', 0, 28); c.add('铝碳酸镁咀嚼片', 0, 42); }
  if (kind === 'backpain') { c.dx = [{ code: 'M54.500', principal: true }]; c.add('腰椎X线摄影', 0, 1); c.add('塞来昔布胶囊', 0, 14); if (lvl >= 1) c.add('推拿治疗', 0, 1); }
  return c;
}

// ---------- helpers for mutations ----------
const linesOn = (c, date, name) => c.lines.filter(l => l.date === date && (!name || l.row.name === name));
const remove = (c, pred) => { c.lines = c.lines.filter(l => !pred(l)); };
const dailyNames = ['普通病房床位费(三人间)', '普通病房床位费(双人间)', '监护病房床位费', '层流洁净病房床位费', '特级护理', 'Ⅰ级护理', 'Ⅱ级护理', 'Ⅲ级护理', '住院诊查费'];

// ---------- cases ----------
const cases = []; // {caseId, kind, code, name, claims:[Claim], targets:[Claim], mutated: Claim->lines}
function addCase(kind, code, name, claims, targets, mutAll) {
  cases.push({ kind, code, name, claims, targets: targets || claims, mutAll });
}
const anyProfile = (lvl) => pick(Object.keys(PROFILES).filter(p => PROFILES[p].min <= (lvl || 3) && p !== 'mi'));

const T = {};
T.T01 = ['虚记住院天数: 床位/护理/诊查按日项目多于住院日', () => {
  const c = stay(anyProfile()); const mode = ri(0, 2);
  if (mode === 0) { // careful: 算入又算出 — the discharge day billed as a ward day
    const wardOf = c.lines.find(l => l.row.subcategory === 'bed').row.name; const nur = c.lines.filter(l => l.row.subcategory === 'nursing').pop();
    c.base(c.end, wardOf, nur ? nur.row.name : 'Ⅱ级护理', 'T01');
  } else if (mode === 1) { // one bed/nursing line with quantity 2 or 3 on a day
    const k = ri(1, c.nDays - 1); for (const l of linesOn(c, c.day(k)).filter(l => ['bed', 'nursing'].includes(l.row.subcategory) || l.row.name === '住院诊查费')) { if (l.row.unit === '日') { l.qty = ri(2, 3); l.mut = true; } }
  } else { // crude: the bed fee settled as one summary line whose days exceed the stay
    const beds = c.lines.filter(l => l.row.subcategory === 'bed'); const r0 = beds[0].row; remove(c, l => l.row.subcategory === 'bed');
    c.add(r0.name, 0, c.nDays + ri(1, 3), 'T01');
  }
  return { claims: [c] };
}];
T.T02 = ['出院后继续计费: 出院日之后仍记账的按日/计时项目', () => {
  const c = stay(anyProfile()); const n = ri(1, 3); const ward = c.lines.find(l => l.row.subcategory === 'bed').row.name;
  for (let k = 0; k < n; k++) { const d = addDays(c.end, k + 1 - (chance(0.5) ? 0 : 0));
    if (chance(0.6)) { c.add(ward, d, 1, 'T02'); c.add('Ⅱ级护理', d, 1, 'T02'); c.add('住院诊查费', d, 1, 'T02'); }
    c.add('静脉输液(第一组)', d, 1, 'T02'); c.add('氯化钠注射液', d, 2, 'T02'); if (chance(0.5)) c.add('吸氧', d, ri(6, 12), 'T02'); }
  return { claims: [c] };
}];
T.T03 = ['挂床/请假离院: 住院期间他院或异地门诊、药店结算而病房照常记账', () => {
  const c = stay(pick(['pneumonia', 'copd', 'diabetes', 'uti', 'heartfailure']), { lvl: pick([1, 2]) });
  const k = ri(2, Math.max(2, c.nDays - 2)); const d = c.day(k); const other = [];
  const far = chance(0.5); const h2 = far ? hospOf(pick([2, 3]), pick(REGIONS.filter(r => r[0] !== c.h.region))[0]) : pick(HOSP.filter(h => h.region === c.h.region && h.id !== c.h.id));
  const o = outpatient({ h: h2, pat: c.pat, start: d, kind: pick(['hypertension', 'backpain', 'gastritis']) }); other.push(o);
  if (chance(0.4) && k + 1 < c.nDays) other.push(outpatient({ h: h2, pat: c.pat, start: c.day(k + 1), kind: 'backpain' }));
  for (const l of c.lines) if (other.some(x => x.start === l.date) && (dailyNames.includes(l.row.name) || ['吸氧', '心电监测', '静脉输液(第一组)'].includes(l.row.name))) l.mut = true;
  return { claims: [...other, c], targets: [c] };
}];
T.T04 = ['护理级别高套: 特级/Ⅰ级护理用于生活自理的轻症患者', () => {
  const c = stay(pick(['hernia', 'gastro', 'uti', 'pneumonia', 'appendicitis', 'diabetes']), { ageMin: 25, ageMax: 60 });
  const lvlName = chance(0.3) ? '特级护理' : 'Ⅰ级护理';
  for (const l of c.lines) if (l.row.subcategory === 'nursing' && l.row.name !== lvlName) { l.row = R(lvlName); l.mut = true; }
  if (lvlName === '特级护理') remove(c, l => ['心电监测', '血氧饱和度监测'].includes(l.row.name)); // careful: no separate monitoring beside it
  return { claims: [c] };
}];
T.T05 = ['计时项目重叠: 呼吸机/高流量氧疗期间另计吸氧小时', () => {
  const c = stay(pick(['copd', 'pneumonia']), { lvl: pick([2, 3]), dx: [{ code: 'J44.100', principal: true }, { code: 'J96.000' }] });
  remove(c, l => l.row.name === '吸氧');
  const dev = chance(0.6) ? '无创呼吸机辅助通气' : '经鼻高流量湿化氧疗'; const n = ri(2, 4);
  for (let i = 0; i < c.nDays; i++) { if (i < n) { const hd = ri(10, 20); c.add(dev, i, hd); c.add('吸氧', i, Math.min(24, ri(24 - hd + 4, 24)), 'T05'); } else c.add('吸氧', i, ri(6, 12)); }
  return { claims: [c] };
}];
T.T06 = ['过度监护: 轻症/择期手术患者全程24小时心电、血氧监测与吸氧', () => {
  const c = stay(pick(['hernia', 'gastro', 'uti', 'appendicitis', 'cholecystitis', 'diabetes']));
  remove(c, l => ['心电监测', '血氧饱和度监测', '心电电极片', '吸氧'].includes(l.row.name));
  const gaHours = c.lines.filter(l => l.row.name === '全身麻醉').reduce((a, l) => a + l.qty, 0);
  for (let i = 0; i < c.nDays; i++) { const anes = c.lines.some(l => l.row.name === '全身麻醉' && l.date === c.day(i)) ? gaHours : 0; const h = 24 - anes; c.monitor(i, h, true, 'T06'); if (chance(0.6)) c.oxygen(i, chance(0.5) ? 24 : ri(12, 20), 'T06'); }
  return { claims: [c] };
}];
T.T07 = ['打包项目另收: 特级护理/重症监护期间另收心电、血氧监测或分级护理', () => {
  const mode = chance(0.5);
  const c = stay(pick(['heartfailure', 'stroke', 'pneumonia']), { lvl: pick([2, 3]) });
  remove(c, l => ['心电监测', '血氧饱和度监测', '心电电极片'].includes(l.row.name) || l.row.subcategory === 'nursing');
  const n = ri(2, 4);
  for (let i = 0; i < c.nDays; i++) {
    if (i < n) {
      if (mode) { c.add('特级护理', i, 1); c.add('心电监测', i, 24, 'T07'); c.add('血氧饱和度监测', i, 24, 'T07'); c.add('心电电极片', i, 5); }
      else { c.add('重症监护', i, 24); c.add('Ⅰ级护理', i, 1, 'T07'); if (chance(0.5)) c.add('心电监测', i, 24, 'T07'); }
    } else c.add(i < n + 2 ? 'Ⅰ级护理' : 'Ⅱ级护理', i, 1);
  }
  if (!mode) for (const l of c.lines) if (l.row.subcategory === 'bed' && l.date < c.day(n)) l.row = R('监护病房床位费');
  return { claims: [c] };
}];
T.T08 = ['分解收费: 同日静脉输液按多个"第一组"计费而非每增加一组', () => {
  const c = stay(pick(['pneumonia', 'copd', 'uti', 'gastro', 'stroke']));
  const days = [...new Set(c.lines.filter(l => l.row.name === '静脉输液(第一组)').map(l => l.date))];
  const careful = chance(0.6);
  for (const d of days) { if (careful && chance(0.5)) continue;
    const extra = c.lines.find(l => l.date === d && l.row.name === '静脉输液(每增加一组)');
    if (extra) { const n = extra.qty; c.lines.splice(c.lines.indexOf(extra), 1); c.add('静脉输液(第一组)', d, n, 'T08'); }
    else c.add('静脉输液(第一组)', d, 1, 'T08'); }
  if (!c.lines.some(l => l.mut)) c.add('静脉输液(第一组)', days[0], 1, 'T08');
  return { claims: [c] };
}];
T.T09 = ['重复收费: 转科/降级当日床位费或护理费两种同时收取', () => {
  const mode = chance(0.5); let c;
  if (mode) { c = stay('mi', { ccu: true }); const d = c.day(2); c.add('监护病房床位费', d, 1, 'T09'); // transfer day: CCU bed billed beside the ward bed
    if (chance(0.5)) { c.add('监护病房床位费', c.day(3), 1, 'T09'); } }
  else { c = stay(pick(['stroke', 'copd', 'heartfailure', 'hipfracture'])); const hi = c.lines.filter(l => l.row.name === 'Ⅰ级护理').map(l => l.date); const last = hi.sort().pop(); const k = diffDays(c.start, last) + 1;
    c.add('Ⅰ级护理', c.day(k), 1, 'T09'); if (chance(0.5) && k + 1 < c.nDays) c.add('Ⅰ级护理', c.day(k + 1), 1, 'T09'); }
  // careful: a second bed line on a non-transfer day in a double room
  return { claims: [c] };
}];
T.T10 = ['血糖监测虚增: 非胰岛素治疗患者每日多次末梢血糖', () => {
  const dm = chance(0.4);
  const c = stay(dm ? 'diabetes' : pick(['pneumonia', 'appendicitis', 'cholecystitis', 'uti', 'hernia', 'gastro']));
  if (dm) { remove(c, l => ['门冬胰岛素注射液', '甘精胰岛素注射液', '皮下注射', '血糖监测(快速)', '血糖试纸'].includes(l.row.name)); }
  for (let i = 0; i < c.nDays; i++) { const n = dm ? ri(6, 8) : ri(4, 7); c.add('血糖监测(快速)', i, n, 'T10'); c.add('血糖试纸', i, n, 'T10'); }
  return { claims: [c] };
}];
T.T11 = ['串换床位: 普通病房住院按监护病房/层流洁净病房床位费收取', () => {
  const lam = chance(0.25); const c = stay(pick(['pneumonia', 'diabetes', 'uti', 'copd', 'stroke', 'gastro']), { lvl: lam ? 3 : pick([2, 3]) });
  for (const l of c.lines) if (l.row.subcategory === 'bed') { l.row = R(lam ? '层流洁净病房床位费' : '监护病房床位费'); l.mut = true; }
  return { claims: [c] };
}];
T.T12 = ['低标准入院/诱导住院: 门诊可处理的病情收住院,仅按日项目与检查', () => {
  const h = hospOf(pick([1, 1, 2])); const dx = pick([[{ code: 'I10.x00x002', principal: true }], [{ code: 'E11.900', principal: true }], [{ code: 'M54.500', principal: true }], [{ code: 'I10.x00x002', principal: true }, { code: 'E11.900' }]]);
  const c = stay('uti', { h, dx, noBuild: true, los: ri(5, 9), dept: 'general_medicine', ageMin: 55 });
  LAB1(c, 0, ['血脂(四项)', '空腹血糖测定']); c.add('常规心电图检查', 0, 1); c.add('腹部B超', 1, 1); if (chance(0.5)) c.add('颈部血管彩色多普勒超声', 1, 1);
  for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, chance(0.5) ? 'Ⅱ级护理' : 'Ⅲ级护理'); if (chance(0.5) && i < 5) { c.infusion(i, 1); c.add('氯化钠注射液', i, 1); } if (dx[0].code.startsWith('I10')) c.add('苯磺酸氨氯地平片', i, 1); }
  return { claims: [c] };
}];
T.T13 = ['分解住院: 同院同病出院后短期内再入院, 两次均全程按日计费', () => {
  const prof = pick(['pneumonia', 'copd', 'stroke', 'diabetes', 'heartfailure', 'uti']);
  const c1 = stay(prof, { los: ri(5, 8) });
  const gap = chance(0.5) ? ri(1, 4) : ri(5, 12);
  const c2 = stay(prof, { h: c1.h, pat: c1.pat, start: addDays(c1.end, gap), los: ri(4, 7), dx: c1.dx });
  c2.doctor = c1.doctor; c2.dept = c1.dept;
  return { claims: [c1, c2], targets: [c2] };
}];
T.T14 = ['会诊费虚增: 单纯病例多日重复院内会诊', () => {
  const c = stay(pick(['appendicitis', 'hernia', 'gastro', 'uti', 'pneumonia', 'cholecystitis']));
  const n = ri(3, Math.min(6, c.nDays)); const days = new Set(); while (days.size < n) days.add(ri(0, c.nDays - 1));
  for (const i of days) c.add('院内会诊', i, chance(0.3) ? 2 : 1, 'T14');
  return { claims: [c] };
}];
T.T15 = ['置管项目按日重复收取: 留置导尿/胃管/留置针每日计置管费', () => {
  const c = stay(pick(['stroke', 'hipfracture', 'copd', 'heartfailure', 'pneumonia']));
  const what = pick(['cath', 'ng', 'iv']); const step = chance(0.5) ? 1 : 2; const first = c.procs.length ? diffDays(c.start, c.procs[0].date) : 0;
  if (what === 'cath') { if (!c.lines.some(l => l.row.name === '导尿')) { c.add('导尿', first, 1); c.add('一次性使用导尿包', first, 1); }
    for (let i = first + step; i < c.nDays; i += step) { c.add('导尿', i, 1, 'T15'); c.add('一次性使用导尿包', i, 1, 'T15'); } }
  if (what === 'ng') { c.dx.push({ code: 'R13.x00' }); c.add('鼻饲管置管', 0, 1); c.add('一次性使用胃管', 0, 1);
    for (let i = step; i < c.nDays; i += step) { c.add('鼻饲管置管', i, 1, 'T15'); c.add('一次性使用胃管', i, 1, 'T15'); } }
  if (what === 'iv') { const have = new Set(c.lines.filter(l => l.row.name === '静脉留置针置管').map(l => l.date));
    for (let i = 1; i < c.nDays; i += step) if (!have.has(c.day(i))) { c.add('静脉留置针置管', i, 1, 'T15'); c.add('一次性使用静脉留置针', i, 1, 'T15'); } }
  return { claims: [c] };
}];

const C = {};
C.C01 = ['当日入出院按1日计费 (日间化疗/日间手术)', () => {
  if (chance(0.5)) { const c = stay('hernia', { los: 0, noBuild: true, lvl: pick([2, 3]) }); c.procs.push({ code: '53.0001', date: c.start }); LAB1(c, 0); c.add('腹股沟疝修补术', 0, 1); c.add('局部浸润麻醉', 0, 1); c.add('疝修补补片', 0, 1); c.add('一次性手术衣及铺单包', 0, 1); c.base(0, undefined, 'Ⅱ级护理'); c.infusion(0, 1); c.add('注射用头孢呋辛钠', 0, 1); c.add('氯化钠注射液', 0, 1); return { claims: [c] }; }
  const c = stay('uti', { los: 0, noBuild: true, lvl: 3, dept: 'oncology', dx: [{ code: pick(['Z51.102', 'Z51.103']), principal: true }, { code: pick(['C18.900', 'C16.900', 'C34.900']) }] });
  c.procs.push({ code: '99.2500', date: c.start }); c.add('血常规(五分类)', 0, 1); c.add('肝功能(全套)', 0, 1); c.base(0, undefined, 'Ⅱ级护理'); c.infusion(0, 3); c.add('注射用奥沙利铂', 0, 1); c.add('化疗药物配置', 0, 1); c.add('盐酸昂丹司琼注射液', 0, 1); c.add('葡萄糖注射液', 0, 2); c.add('氯化钠注射液', 0, 1);
  return { claims: [c] };
}];
C.C02 = ['长期住院康复, 全程逐日计费恰等于住院日', () => {
  const h = hospOf(pick([2, 3])); const c = stay('stroke', { h, noBuild: true, los: ri(24, 32), dept: 'rehabilitation', dx: [{ code: 'I69.300', principal: true }, { code: 'G82.200' }, { code: 'I10.x00' }], ageMin: 55 });
  LAB1(c, 0); c.add('康复评定', 0, 1); c.add('康复评定', 14, 1);
  for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, 'Ⅱ级护理'); if (c.day(i) && D(c.day(i)).getUTCDay() !== 0) { c.add('运动疗法', i, 2); c.add('作业疗法', i, 1); if (i % 2) c.add('言语训练', i, 1); } c.add('阿司匹林肠溶片', i, 1); c.add('阿托伐他汀钙片', i, 1); c.add('苯磺酸氨氯地平片', i, 1); }
  return { claims: [c] };
}];
C.C03 = ['出院当日的检查、换药与出院带药 (不计床位)', () => {
  const c = stay(pick(['hipfracture', 'appendicitis', 'cholecystitis', 'pneumonia', 'stroke']));
  c.add('血常规(五分类)', c.end, 1); c.add('换药(小)', c.end, 1); c.add('一次性使用换药包', c.end, 1);
  if (c.profile === 'pneumonia') c.add('胸部X线摄影(正侧位)', c.end, 1); else c.add('阿司匹林肠溶片', c.end, 28);
  return { claims: [c] };
}];
C.C04 = ['急诊就诊当日收住院 (同日门急诊与住院两张结算单)', () => {
  const c = stay(pick(['pneumonia', 'heartfailure', 'stroke', 'appendicitis', 'copd']), { route: 'emergency' });
  const o = new Claim(c.h, c.dept, c.pat, 'outpatient', c.start, 0); o.dx = [c.dx[0]]; o.add('急诊诊察费', 0, 1); o.add('血常规(五分类)', 0, 1); o.add(c.profile === 'stroke' ? '头颅CT平扫' : '胸部X线摄影(正侧位)', 0, 1); o.add('常规心电图检查', 0, 1);
  return { claims: [o, c] };
}];
C.C05 = ['医嘱转院: 转出与转入同一天, 两院各计本院住院日', () => {
  const prof = pick(['stroke', 'heartfailure', 'pneumonia', 'hipfracture']); const reg = pick(REGIONS)[0];
  const c1 = stay(prof, { h: hospOf(2, reg), los: ri(2, 4), dmode: 'transfer' });
  const c2 = stay(prof, { h: hospOf(3, reg), pat: c1.pat, start: c1.end, route: 'transfer', dx: c1.dx }); c2.extra.transferFromHospitalId = c1.h.id;
  return { claims: [c1, c2] };
}];
C.C06 = ['危重症特级护理: 脓毒症/呼吸衰竭机械通气', () => {
  const h = hospOf(3); const c = stay('pneumonia', { h, noBuild: true, los: ri(7, 12), dept: 'icu', dx: [{ code: 'A41.900', principal: true }, { code: 'J96.000' }, { code: 'J18.900' }] });
  c.procs.push({ code: '96.0400', date: c.start }, { code: '96.7100', date: c.start }); LAB1(c, 0, ['降钙素原测定', '血乳酸测定', '凝血四项']); c.add('血气分析', 0, 2); c.add('一次性气管插管', 0, 1); c.add('一次性呼吸机管路', 0, 1); c.add('深静脉穿刺置管术', 0, 1);
  const vent = ri(3, 4);
  for (let i = 0; i < c.nDays; i++) { const crit = i < vent + 1; c.base(i, crit ? '监护病房床位费' : '普通病房床位费(三人间)', crit ? '特级护理' : 'Ⅰ级护理'); if (i < vent) c.add('有创呼吸机辅助呼吸', i, 24); else if (i === vent) c.oxygen(i, 16); else c.oxygen(i, ri(4, 10)); c.add('血气分析', i, i < vent ? 2 : 1); c.infusion(i, 4); c.add('注射用美罗培南', i, 3); c.add('氯化钠注射液', i, 4); if (i < vent) { c.add('咪达唑仑注射液', i, 2); c.add('重酒石酸去甲肾上腺素注射液', i, 4); } if (!crit && i < vent + 3) c.monitor(i, 24, true); if (i < vent) { c.add('吸痰'.replace('吸痰', '雾化吸入'), i, 2); } }
  return { claims: [c] };
}];
C.C07 = ['失能患者全程Ⅰ级护理与压疮换药', () => {
  const prof = pick(['stroke', 'hipfracture']); const c = stay(prof, { ageMin: 78, ageMax: 95 });
  c.dx.push({ code: 'L89.200' }); if (prof === 'stroke') c.dx.push({ code: 'G82.200' });
  for (const l of c.lines) if (l.row.name === 'Ⅱ级护理') l.row = R('Ⅰ级护理');
  for (let i = 1; i < c.nDays; i += 2) { if (!linesOn(c, c.day(i), '换药(中)').length) { c.add('换药(小)', i, 1); c.add('水胶体敷料', i, 1); } }
  return { claims: [c] };
}];
C.C08 = ['撤机当日序贯: 有创通气→高流量→鼻导管吸氧, 小时数合计不超过24', () => {
  const h = hospOf(pick([2, 3])); const c = stay('copd', { h, noBuild: true, los: ri(8, 12), dept: 'icu', dx: [{ code: 'J44.100', principal: true }, { code: 'J96.100' }] });
  c.procs.push({ code: '96.0400', date: c.start }, { code: '96.7100', date: c.start }); LAB1(c, 0); c.add('血气分析', 0, 2); c.add('一次性气管插管', 0, 1); c.add('一次性呼吸机管路', 0, 1);
  const v = ri(2, 3);
  for (let i = 0; i < c.nDays; i++) { c.base(i, i <= v ? '监护病房床位费' : '普通病房床位费(三人间)', i <= v ? '特级护理' : (i < v + 3 ? 'Ⅰ级护理' : 'Ⅱ级护理'));
    if (i < v) c.add('有创呼吸机辅助呼吸', i, 24); else if (i === v) { const a = ri(6, 10), b = ri(8, 12); c.add('有创呼吸机辅助呼吸', i, a); c.add('经鼻高流量湿化氧疗', i, b); c.add('吸氧', i, 24 - a - b); }
    else if (i === v + 1) { c.add('经鼻高流量湿化氧疗', i, 12); c.add('吸氧', i, 12); } else c.oxygen(i, ri(12, 20));
    if (i > v) { c.add('雾化吸入', i, 2); c.add('吸入用异丙托溴铵溶液', i, 2); } c.add('血气分析', i, 1); if (i < 10) { c.infusion(i, 2); c.add('注射用头孢他啶', i, 3); c.add('氯化钠注射液', i, 2); } if (i > v && i < v + 3) c.monitor(i, 24, true); }
  return { claims: [c] };
}];
C.C09 = ['慢性呼吸衰竭持续吸氧24小时', () => {
  const c = stay('copd', { dx: [{ code: 'J44.100', principal: true }, { code: 'J96.100' }], los: ri(8, 12) });
  for (const l of c.lines) if (l.row.name === '吸氧') l.qty = 24;
  for (let i = 0; i < Math.min(3, c.nDays); i++) c.add('血氧饱和度监测', i, 24);
  return { claims: [c] };
}];
C.C10 = ['ICU重症监护按小时计费, 不另收分级护理与监测', () => {
  const h = hospOf(pick([2, 3])); const c = stay('pneumonia', { h, noBuild: true, los: ri(6, 10), dept: 'icu', dx: [{ code: pick(['K85.900', 'A41.900', 'I61.900x002']), principal: true }, { code: 'J96.000' }] });
  LAB1(c, 0, ['凝血四项', '降钙素原测定']); c.add('血气分析', 0, 2); c.add('深静脉穿刺置管术', 0, 1); const icu = ri(3, 5);
  for (let i = 0; i < c.nDays; i++) { if (i < icu) { c.add('监护病房床位费', i, 1); c.add('重症监护', i, 24); c.add('住院诊查费', i, 1); c.add('经鼻高流量湿化氧疗', i, ri(12, 20)); c.add('血气分析', i, 2); } else { c.base(i, undefined, i < icu + 2 ? 'Ⅰ级护理' : 'Ⅱ级护理'); c.oxygen(i, ri(4, 10)); }
    c.infusion(i, 3); c.add('注射用头孢哌酮钠舒巴坦钠', i, 2); c.add('复方氯化钠注射液', i, 3); }
  return { claims: [c] };
}];
C.C11 = ['急性心梗/心衰前数日24小时心电血氧监测 (Ⅰ级护理)', () => {
  const c = chance(0.5) ? stay('mi', { lvl: 3 }) : stay('heartfailure', { lvl: pick([2, 3]), dx: [{ code: 'I50.000', principal: true }, { code: 'I10.x00' }, { code: 'N18.400' }] });
  for (let i = 0; i < Math.min(c.nDays, 5); i++) if (!linesOn(c, c.day(i), '心电监测').length) c.monitor(i, 24, true);
  for (const l of c.lines) if (l.row.name === 'Ⅱ级护理' && l.date < c.day(5)) l.row = R('Ⅰ级护理');
  return { claims: [c] };
}];
C.C12 = ['多组输液: 重症胰腺炎/脓毒症每日5-6组 (首组+每增加一组)', () => {
  const h = hospOf(pick([2, 3])); const c = stay('gastro', { h, noBuild: true, los: ri(8, 12), dept: 'general_surgery', dx: [{ code: 'K85.900', principal: true }, { code: 'E87.100' }] });
  LAB1(c, 0, ['凝血四项', 'C反应蛋白测定']); c.add('腹部CT平扫', 0, 1); c.cannula(0);
  for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i < 3 ? 'Ⅰ级护理' : 'Ⅱ级护理'); const g = i < 6 ? ri(5, 6) : 3; c.infusion(i, g); c.add('复方氯化钠注射液', i, 2); c.add('葡萄糖氯化钠注射液', i, g - 3 > 0 ? g - 3 : 1); if (i < 7) { c.add('注射用泮托拉唑钠', i, 2); c.add('复方氨基酸注射液(18AA)', i, 1); } c.add('氯化钾注射液', i, 3); if (i < 3) c.add('胃肠减压', i, 1); if (i === 0) c.add('一次性使用胃管', i, 1); if (i % 4 === 3) c.cannula(i); }
  return { claims: [c] };
}];
C.C13 = ['感染创面每日两次换药', () => {
  const c = stay('uti', { noBuild: true, los: ri(7, 12), lvl: pick([1, 2, 3]), dept: 'general_surgery', dx: [{ code: pick(['L03.105', 'L02.402']), principal: true }, { code: 'E11.900' }] });
  LAB1(c, 0, ['C反应蛋白测定']); c.add('细菌培养及药敏', 0, 1); c.add('清创术', 0, 1); c.procs.push({ code: '86.2201', date: c.start }); c.cannula(0);
  for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, 'Ⅱ级护理'); const n = i < 5 ? 2 : 1; c.add('换药(中)', i, n); c.add('一次性使用换药包', i, n); c.add(i < 5 ? '藻酸盐敷料' : '医用脱脂纱布', i, n); if (i < 7) { c.infusion(i, 2); c.add('注射用头孢呋辛钠', i, 2); c.add('氯化钠注射液', i, 2); } c.add('血糖监测(快速)', i, 3); c.add('血糖试纸', i, 3); c.add('盐酸二甲双胍片', i, 3); if (i % 4 === 3) c.cannula(i); }
  return { claims: [c] };
}];
C.C14 = ['CCU转普通病房: 转科当日只计一种床位', () => {
  const c = stay('mi', { lvl: 3 }); return { claims: [c] }; // ccu days then ward days, one bed line per day (built by the profile)
}];
C.C15 = ['护理级别逐日下调 (特级→Ⅰ级→Ⅱ级), 每日仅一级', () => {
  const c = stay(pick(['stroke', 'hipfracture', 'copd']), { lvl: pick([2, 3]) });
  const nur = c.lines.filter(l => l.row.subcategory === 'nursing').sort((a, b) => a.date < b.date ? -1 : 1);
  nur.forEach((l, k) => { l.row = R(k < 2 ? '特级护理' : k < 5 ? 'Ⅰ级护理' : k < c.nDays - 2 ? 'Ⅱ级护理' : 'Ⅲ级护理'); });
  remove(c, l => ['心电监测', '血氧饱和度监测'].includes(l.row.name) && l.date < c.day(2));
  return { claims: [c] };
}];
C.C16 = ['糖尿病酮症酸中毒静脉胰岛素: 每日8次末梢血糖', () => {
  const c = stay('diabetes', { noBuild: true, los: ri(6, 9), dx: [{ code: pick(['E11.101', 'E10.100', 'E11.103']), principal: true }, { code: 'E86.x00' }] });
  LAB1(c, 0, ['血气分析', '糖化血红蛋白测定']); c.add('血气分析', 1, 1); c.cannula(0);
  for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理'); const n = i < 2 ? 8 : i < 4 ? 6 : 4; c.add('血糖监测(快速)', i, n); c.add('血糖试纸', i, n);
    if (i < 3) { c.infusion(i, 4); c.add('生物合成人胰岛素注射液', i, 1); c.add('氯化钠注射液', i, 3); c.add('氯化钾注射液', i, 3); c.add('电解质(四项)', i, i === 0 ? 0 : 1); } else { c.add('皮下注射', i, 4); if (i === 3) { c.add('门冬胰岛素注射液', i, 2); c.add('甘精胰岛素注射液', i, 1); } } }
  return { claims: [c] };
}];
C.C17 = ['胰岛素强化治疗调整期: 7点血糖谱', () => {
  const c = stay('diabetes', { dx: [{ code: 'E11.900', principal: true }] });
  remove(c, l => ['血糖监测(快速)', '血糖试纸'].includes(l.row.name));
  for (let i = 0; i < c.nDays; i++) { const n = i < 3 ? 7 : 4; c.add('血糖监测(快速)', i, n); c.add('血糖试纸', i, n); }
  return { claims: [c] };
}];
C.C18 = ['急性白血病化疗后粒缺: 层流洁净病房', () => {
  const h = hospOf(3); const c = stay('uti', { h, noBuild: true, los: ri(16, 24), dept: 'hematology', dx: [{ code: pick(['C92.000', 'C91.000']), principal: true }, { code: 'Z51.100' }] });
  c.procs.push({ code: '99.2500', date: c.day(1) }); LAB1(c, 0, ['凝血四项']); c.add('骨髓穿刺术', 0, 1); c.add('经外周静脉置入中心静脉导管术(PICC)', 0, 1); c.add('经外周插管的中心静脉导管(PICC)', 0, 1);
  for (let i = 0; i < c.nDays; i++) { c.base(i, '层流洁净病房床位费', i < 10 ? 'Ⅰ级护理' : 'Ⅱ级护理'); if (i >= 1 && i <= 7) { c.infusion(i, 3); c.add('化疗药物配置', i, 1); c.add('注射用吉西他滨'.replace('注射用吉西他滨', '注射用吉西他滨'), i, 1); c.add('盐酸昂丹司琼注射液', i, 2); c.add('氯化钠注射液', i, 3); }
    if (i % 7 === 6) c.add('经外周静脉置入中心静脉导管维护(PICC维护)', i, 1); if (i % 3 === 0) c.add('血常规(五分类)', i, 1); if (i >= 9 && i <= 12) { c.add('静脉输血', i, 1); c.add('单采血小板', i, 1); c.add('一次性使用输血器', i, 1); } }
  return { claims: [c] };
}];
C.C19 = ['急性心梗CCU监护病房 3-4日', () => {
  const lvl = 3; const c = stay('mi', { lvl, noBuild: true });
  PROFILES.mi.build(c, ri(3, 4)); return { claims: [c] };
}];
C.C20 = ['高龄心衰短住院, 项目少而真实', () => {
  const c = stay('heartfailure', { lvl: 1, noBuild: true, los: ri(3, 5), ageMin: 84, ageMax: 96, dept: 'general_medicine' });
  c.add('血常规(五分类)', 0, 1); c.add('电解质(四项)', 0, 1); c.add('常规心电图检查', 0, 1); c.add('胸部X线摄影(正侧位)', 0, 1);
  for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, i < 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'); c.oxygen(i, ri(6, 12)); if (i < 3) { c.add('静脉注射', i, 1); c.add('呋塞米注射液', i, 1); } c.add('螺内酯片', i, 2); }
  c.add('一次性使用吸氧管', 0, 1); return { claims: [c] };
}];
C.C21 = ['计划性化疗周期再入院 (每21天)', () => {
  const h = hospOf(3); const pat = patient({ region: h.region, ageMin: 45, ageMax: 75 }); const ca = pick(['C18.900', 'C16.900', 'C20.x00']); let s = START(); if (s > '2025-09-01') s = addDays(s, -120);
  const out = []; for (let k = 0; k < 3; k++) { const c = stay('uti', { h, pat, noBuild: true, los: 2, start: s, dept: 'oncology', dx: [{ code: 'Z51.102', principal: true }, { code: ca }] });
    c.procs.push({ code: '99.2500', date: c.day(1) }); LAB1(c, 0, ['肿瘤标志物(CEA)测定']);
    for (let i = 0; i < 2; i++) c.base(i, undefined, 'Ⅱ级护理'); c.infusion(1, 3); c.add('注射用奥沙利铂', 1, 1); c.add('化疗药物配置', 1, 1); c.add('盐酸帕洛诺司琼注射液', 1, 1); c.add('葡萄糖注射液', 1, 2); c.add('卡培他滨片', 1, 112);
    out.push(c); s = addDays(s, 21); }
  for (const c of out) c.doctor = out[0].doctor;
  return { claims: out };
}];
C.C22 = ['15天内再入院但为不同疾病', () => {
  const p1 = pick(['appendicitis', 'cholecystitis', 'hipfracture', 'hernia']); const c1 = stay(p1, { lvl: pick([2, 3]) });
  const p2 = pick(['pneumonia', 'uti', 'gastro', 'heartfailure']); const c2 = stay(p2, { h: c1.h, pat: c1.pat, start: addDays(c1.end, ri(3, 12)) });
  return { claims: [c1, c2] };
}];
C.C23 = ['复杂病例同日两科会诊', () => {
  const c = stay(pick(['stroke', 'hipfracture', 'heartfailure']), { lvl: pick([2, 3]) });
  c.dx.push({ code: 'E11.900' }, { code: 'J18.900' }); const k = ri(1, 3);
  c.add('院内会诊', k, 2); if (chance(0.5)) c.add('院内会诊', k + 3, 1);
  return { claims: [c] };
}];
C.C24 = ['脊髓损伤神经源性膀胱: 每日间歇导尿', () => {
  const h = hospOf(pick([2, 3])); const c = stay('stroke', { h, noBuild: true, los: ri(12, 20), dept: 'rehabilitation', dx: [{ code: pick(['S24.100x023', 'S14.100x032']), principal: true }, { code: 'N31.900' }, { code: 'G82.200' }], ageMin: 20, ageMax: 60 });
  LAB1(c, 0); c.add('泌尿系B超', 1, 1); c.add('康复评定', 0, 1);
  for (let i = 0; i < c.nDays; i++) { c.base(i, undefined, 'Ⅰ级护理'); c.add('导尿', i, 2); c.add('一次性使用导尿包', i, 2); c.add('运动疗法', i, 1); if (i % 3 === 0) c.add('尿常规', i, 1); }
  return { claims: [c] };
}];

// ---------- generate ----------
let caseN = 0;
for (const [code, [name, fn]] of Object.entries(T)) for (let k = 0; k < 15; k++) { const r = fn(); addCase('fraud', code, name, r.claims, r.targets); }
for (const [code, [name, fn]] of Object.entries(C)) for (let k = 0; k < 15; k++) { const r = fn(); addCase('control', code, name, r.claims); }
const routineProfiles = Object.keys(PROFILES);
for (let k = 0; k < 100; k++) {
  const c = k < 72 ? stay(routineProfiles[k % routineProfiles.length]) : outpatient();
  addCase('routine', 'R', 'routine', [c]);
}

let groups = null;
if (GROUPS && fs.existsSync(GROUPS)) { groups = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || (g.group && g.group.drg); if (id) groups[id] = drg || null; } }

const all = []; const labels = [];
for (const cs of cases) {
  const caseId = `B64-${String(++caseN).padStart(4, '0')}`;
  const claimIds = []; const mutatedLines = {};
  for (const c of cs.claims) { try { check(c); } catch (e) { e.message = cs.code + ' ' + e.message; throw e; } const j = finalize(c, groups); c.json = j; claimIds.push(j.claimId); all.push(c); }
  for (const c of cs.targets) { const ml = c.lines.filter(l => l.mut).map(l => l.lineId); if (ml.length) mutatedLines[c.id] = ml; }
  labels.push({ caseId, kind: cs.kind, code: cs.code, name: cs.name, typology: cs.kind === 'fraud' ? cs.code : undefined, control: cs.kind === 'control' ? cs.code : undefined,
    claimIds, targets: cs.targets.map(c => c.id), mutatedLines });
}
const settle = (c) => c.visitType === 'inpatient' ? c.end : c.start;
all.sort((a, b) => settle(a) < settle(b) ? -1 : settle(a) > settle(b) ? 1 : (a.id < b.id ? -1 : 1));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), all.map(c => JSON.stringify(c.json)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
fs.writeFileSync(path.join(OUT, 'doctors.json'), JSON.stringify(HOSP.map(h => ({ hospitalId: h.id, level: h.level, depts: h.depts })), null, 0) + '\n');
console.error(`claims ${all.length}, cases ${labels.length}${groups ? ', with groups' : ''}`);
