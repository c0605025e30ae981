#!/usr/bin/env node
// blind71: 身份与待遇资格 (冒名、死亡后结算、重复参保、家庭共济与个人账户). Written unseen (see TYPOLOGIES.md).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || __dirname); fs.mkdirSync(OUT, { recursive: true });
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base70/rules/catalogue');
const GROUPS = opt('--groups');
const POLICIES = path.join(CAT, '..', 'benefits', 'policies.json');

// ---------- rng ----------
let seed = 71071;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const FILES = ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json', 'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json'];
const ROW = {}; const BYNAME = {};
for (const f of FILES) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) { ROW[r.code] = r; BYNAME[r.name] = r; }
}
function row(name) { const r = BYNAME[name]; if (!r) throw new Error('catalogue gap: ' + name); return r; }
const billCode = (r) => (r.products && r.products[0]) || r.code;
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 864e5);
const randDate = (from = '2025-02-01', to = '2025-11-20') => add(from, ri(0, diff(from, to)));
const age = (birth, on) => { const b = D(birth), o = D(on); let a = o.getUTCFullYear() - b.getUTCFullYear(); if (o.getUTCMonth() < b.getUTCMonth() || (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- providers ----------
const REGIONS = ['220100', '220200', '230100', '370100', '370200', '510100', '510700'];
const FAR = { '220100': '510100', '220200': '370200', '230100': '510700', '370100': '230100', '370200': '220100', '510100': '220200', '510700': '370100' };
const LEVELS = [3, 3, 2, 2, 1, 1];
const hosp = (region, i) => ({ id: `H${region}${String(i + 1).padStart(2, '0')}`, level: LEVELS[i], region });
const pharm = (region, i) => ({ id: `Y${region}${String(i + 1).padStart(3, '0')}`, level: 1, region, pharmacy: true });
const hospOfLevel = (region, lv) => hosp(region, pick(LEVELS.map((l, i) => [l, i]).filter(x => x[0] === lv)).at(1));
const TITLES = ['主任医师', '副主任医师', '主治医师', '住院医师'];
const DOC = {};
function doctor(h, dept) {
  if (h.pharmacy) return { id: `YS${h.id.slice(1)}${ri(1, 2)}`, title: '执业药师' };
  const key = h.id + '/' + dept;
  if (!DOC[key]) {
    const n = h.level === 1 ? 2 : 4; DOC[key] = [];
    const base = `${h.id.slice(-4)}${String(Object.keys(DOC).length).padStart(3, '0')}`;
    for (let k = 0; k < n; k++) DOC[key].push({ id: `D${base}${k}`, title: h.level === 1 ? pick(['主治医师', '住院医师']) : TITLES[k] });
  }
  return pick(DOC[key]);
}
const consultFor = (h, doc) => h.level >= 2 && doc.title === '主任医师' ? '主任医师门诊诊察费' : h.level >= 2 && doc.title === '副主任医师' ? '副主任医师门诊诊察费' : '普通门诊诊察费';

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  const gender = o.gender || pick(['M', 'F']);
  const ageY = o.age != null ? o.age : ri(25, 80);
  const birth = o.birthDate || `${2025 - ageY - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const a = age(birth, '2025-06-30');
  const scheme = o.scheme || (a < 18 || rnd() < 0.35 ? 'resident' : 'employee');
  const retired = o.retired != null ? o.retired : scheme === 'employee' && a >= (gender === 'M' ? 60 : 55);
  const region = o.region || pick(REGIONS);
  memberSeq++;
  const m = {
    id: o.id || `M71${String(memberSeq).padStart(6, '0')}`, gender, birth, scheme, retired, region,
    enrollment: Object.assign({ enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: Math.min(Math.max(a - 18, 1), ri(3, 15)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: scheme === 'employee' ? Math.max(1, Math.min(a - 20, ri(15, 35))) : 0, special: null }, o.enrollment || {}),
  };
  if (scheme === 'employee' && retired && o.contributionYears == null) m.enrollment.contributionYears = Math.max(m.enrollment.contributionYears, gender === 'M' ? 32 : 27);
  if (o.contributionYears != null) m.enrollment.contributionYears = o.contributionYears;
  if (a < 18 && scheme === 'resident') m.enrollment.contributionYears = 0;
  if (o.chronic) m.enrollment.chronicDiseases = o.chronic;
  return m;
}

// ---------- money ----------
const fen = (y) => Math.round(y * 100);
function priceFen(r, level, f = 1) { return Math.floor(fen(r.priceCap[String(level)]) * f); }
function fundFen(c, policyF) {
  const prov = POL.provinces[(c.insuredRegion || c.region).slice(0, 2)];
  const s = prov.schemes[c.insuranceType][c.visitType];
  const lv = String(c.provider.level);
  const ratio = (typeof s.ratio === 'object' ? s.ratio[lv] : s.ratio) + (c.patient.retired ? (s.retireeRatioBonus || 0) : 0);
  let ded = 0;
  if (c.visitType === 'inpatient') ded = fen(typeof s.deductible === 'object' ? s.deductible[lv] : s.deductible);
  return Math.floor(Math.max(0, policyF - ded) * Math.min(ratio, 0.95));
}

// ---------- claims ----------
const CLAIMS = []; let seq = 0;
function claim(o) {
  // o: m, h, dept, visitType, date | adm,dis, dx, proc, lines:[[name, qty, date, opts]], dischargeMode, extra, priceF
  const m = o.m, h = o.h; const doc = o.doc || doctor(h, o.dept);
  seq++;
  const region = h.region;
  const c = { claimId: `${region}-${h.id}-2025-${String(seq).padStart(6, '0')}`, region, insuranceType: o.scheme || m.scheme, visitType: o.visitType,
    patient: { insuredId: m.id, gender: m.gender, birthDate: m.birth, retired: o.retired != null ? o.retired : m.retired },
    enrollment: JSON.parse(JSON.stringify(o.enrollment || m.enrollment)),
    provider: { hospitalId: h.id, level: h.level, department: o.dept, doctorId: doc.id } };
  if (o.birthWeightGrams) c.patient.birthWeightGrams = o.birthWeightGrams;
  const insuredRegion = o.insuredRegion || m.region;
  if (insuredRegion !== region) c.insuredRegion = insuredRegion;
  if (o.visitType === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((code, i) => i === 0 ? { code, principal: true } : { code });
  c.procedures = (o.proc || []).map(p => ({ code: p[0], date: p[1] }));
  if (o.visitType === 'inpatient') {
    c.reportedGroup = { drg: null, dip: null };
    if (o.admissionRoute) c.admissionRoute = o.admissionRoute;
    c.dischargeMode = o.dischargeMode || 'ordered';
    if (o.transferFrom) c.transferFromHospitalId = o.transferFrom;
  }
  let total = 0, self = 0; c.items = [];
  for (const [name, qty, date, lo] of o.lines) {
    if (!qty) continue;
    const r = row(name); const up = priceFen(r, h.level, (lo && lo.f) || o.priceF || 1); const amt = up * qty;
    const it = { lineId: String(c.items.length + 1), code: billCode(r), name: r.name, category: r.category, date: date || o.date || o.adm, quantity: qty, unitPrice: up / 100, amount: amt / 100 };
    if (lo && lo.long) it.longPrescription = true;
    c.items.push(it); total += amt;
    self += r.class === '丙' ? amt : Math.round(amt * (r.selfPayShare || 0));
  }
  const policy = total - self;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fundFen(c, policy) / 100 };
  c._settle = o.visitType === 'inpatient' ? o.dis : o.date; c._seq = seq;
  CLAIMS.push(c);
  return c;
}
const lineIdsOf = (c, names) => c.items.filter(it => names.includes(it.name)).map(it => it.lineId);

// ---------- clinical templates ----------
const CHRONIC = {
  htn: { dx: ['I10.x00x002'], dept: 'cardiology', drugs: [['苯磺酸氨氯地平片', 1], ['缬沙坦胶囊', 1]] },
  htn2: { dx: ['I10.x00x002'], dept: 'cardiology', drugs: [['硝苯地平控释片', 1], ['厄贝沙坦片', 1]] },
  dm: { dx: ['E11.900'], dept: 'endocrinology', drugs: [['盐酸二甲双胍片', 3], ['格列美脲片', 1]] },
  dm2: { dx: ['E11.900', 'I10.x00x002'], dept: 'endocrinology', drugs: [['阿卡波糖片', 3], ['盐酸二甲双胍片', 3], ['苯磺酸氨氯地平片', 1]] },
  chd: { dx: ['I25.103'], dept: 'cardiology', drugs: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['单硝酸异山梨酯缓释片', 1]] },
  stroke: { dx: ['I69.300'], dept: 'neurology', drugs: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1]] },
  copd: { dx: ['J44.900'], dept: 'respiratory', drugs: [['噻托溴铵粉吸入剂', 0.035]] },
  gout: { dx: ['M10.000'], dept: 'rheumatology', drugs: [['非布司他片', 1]] },
  thyroid: { dx: ['E03.900'], dept: 'endocrinology', drugs: [['左甲状腺素钠片', 1]] },
  pd: { dx: ['G20.x00'], dept: 'neurology', drugs: [['多巴丝肼片', 3]] },
  lipid: { dx: ['E78.000'], dept: 'cardiology', drugs: [['瑞舒伐他汀钙片', 1]] },
};
const CHRONIC_CODES = { htn: 'I10', htn2: 'I10', dm: 'E11', dm2: 'E11', chd: 'I25', stroke: 'I69', copd: 'J44', gout: 'M10', thyroid: 'E03', pd: 'G20', lipid: 'E78' };
const qtyFor = (perDay, days) => Math.max(1, Math.round(perDay * days));
function pharmacyBuy(m, ph, date, kind, days = 30, o = {}) {
  const t = CHRONIC[kind];
  return claim(Object.assign({ m, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date, dx: t.dx, lines: t.drugs.map(([n, pd]) => [n, qtyFor(pd, days), date, o.long ? { long: true } : null]) }, o));
}
function chronicVisit(m, h, date, kind, days = 30, o = {}) {
  const t = CHRONIC[kind];
  const labs = o.labs ? [['肾功能(三项)', 1], ['血脂(四项)', 1]] : [];
  return claim(Object.assign({ m, h, dept: t.dept, visitType: 'chronic', date, dx: t.dx, lines: [['门诊慢特病管理诊查费', 1], ...labs.map(([n, q]) => [n, q, date]), ...t.drugs.map(([n, pd]) => [n, qtyFor(pd, days), date])] }, o));
}
const ACUTE = [
  { dx: ['J06.900'], dept: 'general', lines: [['血常规(五分类)', 1], ['阿莫西林胶囊', 18], ['对乙酰氨基酚片', 6]] },
  { dx: ['J20.900'], dept: 'respiratory', lines: [['血常规(五分类)', 1], ['胸部X线摄影(正侧位)', 1], ['头孢呋辛酯片', 10], ['盐酸氨溴索片', 15]] },
  { dx: ['K29.100x001'], dept: 'gastroenterology', lines: [['奥美拉唑肠溶胶囊', 14], ['铝碳酸镁咀嚼片', 18]] },
  { dx: ['N39.000'], dept: 'urology', lines: [['尿常规', 1], ['左氧氟沙星片', 7]] },
  { dx: ['M54.500'], dept: 'orthopedics', lines: [['腰椎X线摄影', 1], ['塞来昔布胶囊', 14]] },
  { dx: ['J30.101'], dept: 'ent', lines: [['氯雷他定片', 14]] },
  { dx: ['H10.101'], dept: 'ophthalmology', lines: [['左氧氟沙星滴眼液', 1]] },
];
function outpatientVisit(m, h, date, a, o = {}) {
  const doc = doctor(h, a.dept);
  return claim(Object.assign({ m, h, dept: a.dept, doc, visitType: 'outpatient', date, dx: a.dx, lines: [[consultFor(h, doc), 1], ...a.lines.map(([n, q]) => [n, q, date])] }, o));
}
// inpatient stays: daily lines + one-off lines
const STAYS = {
  pneu: { dx: ['J18.900'], dept: 'respiratory', los: [6, 9], daily: [['头孢呋辛酯片', 0], ['注射用头孢曲松钠', 2], ['氯化钠注射液', 2], ['静脉输液(第一组)', 1], ['静脉输液(每增加一组)', 1], ['一次性使用输液器', 2]], once: [['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1], ['胸部CT平扫', 1]] },
  copd: { dx: ['J44.100'], dept: 'respiratory', los: [7, 10], daily: [['吸入用布地奈德混悬液', 2], ['雾化吸入', 2], ['一次性使用雾化器', 0], ['吸氧', 12], ['氯化钠注射液', 1], ['静脉输液(第一组)', 1], ['一次性使用输液器', 1]], once: [['血常规(五分类)', 1], ['血气分析', 1], ['胸部CT平扫', 1], ['常规心电图检查', 1]] },
  stroke: { dx: ['I63.900', 'I10.x00x002'], dept: 'neurology', los: [9, 13], daily: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['依达拉奉注射液', 2], ['氯化钠注射液', 2], ['静脉输液(第一组)', 1], ['静脉输液(每增加一组)', 1], ['一次性使用输液器', 2]], once: [['头颅CT平扫', 1], ['颈部血管彩色多普勒超声', 1], ['血脂(四项)', 1], ['凝血四项', 1], ['常规心电图检查', 1]], minLevel: 2 },
  chf: { dx: ['I50.900', 'I10.x00x002'], dept: 'cardiology', los: [6, 10], daily: [['呋塞米注射液', 2], ['螺内酯片', 2], ['静脉注射', 2], ['心电监测', 12]], once: [['B型钠尿肽(BNP)测定', 1], ['心脏彩色多普勒超声', 1], ['电解质(四项)', 1], ['常规心电图检查', 1]] },
  gastro: { dx: ['K29.100x001'], dept: 'gastroenterology', los: [4, 6], daily: [['注射用泮托拉唑钠', 1], ['葡萄糖氯化钠注射液', 2], ['静脉输液(第一组)', 1], ['一次性使用输液器', 1]], once: [['血常规(五分类)', 1], ['腹部B超', 1], ['大便常规+隐血', 1]] },
};
function stay(m, h, adm, kind, o = {}) {
  const t = STAYS[kind]; const los = o.los || ri(t.los[0], t.los[1]); const dis = o.dis || add(adm, los);
  const days = diff(adm, dis) || 1; const lines = [];
  const nurse = o.dischargeMode === 'death' ? 'Ⅰ级护理' : 'Ⅱ级护理';
  for (let d = 0; d < days; d++) {
    const day = add(adm, d);
    lines.push(['普通病房床位费(三人间)', 1, day], ['住院诊查费', 1, day], [nurse, 1, day]);
    for (const [n, q] of t.daily) if (q) lines.push([n, q, day]);
  }
  for (const [n, q] of t.once) lines.push([n, q, adm]);
  return claim(Object.assign({ m, h, dept: t.dept, visitType: 'inpatient', adm, dis, dx: t.dx, lines, admissionRoute: o.admissionRoute || 'outpatient' }, o));
}
function deathStay(m, h, adm, o = {}) {
  const kind = o.kind || pick(['pneu', 'stroke', 'chf']);
  return stay(m, h, adm, kind, Object.assign({ dischargeMode: 'death', admissionRoute: 'emergency', los: ri(1, 6) }, o));
}
function delivery(m, h, adm, o = {}) {
  const dis = add(adm, 3); const lines = [];
  for (let d = 0; d < 3; d++) { const day = add(adm, d); lines.push(['普通病房床位费(三人间)', 1, day], ['住院诊查费', 1, day], ['Ⅱ级护理', 1, day]); }
  lines.push(['阴道分娩接生', 1, adm], ['缩宫素注射液', 2, adm], ['一次性产包', 1, adm], ['胎心监护', 2, adm], ['产科B超', 1, adm], ['血常规(五分类)', 1, adm], ['凝血四项', 1, adm]);
  return claim(Object.assign({ m, h, dept: 'obstetrics', visitType: 'inpatient', adm, dis, dx: ['O80.000', 'Z37.000'], proc: [['73.5900', adm]], lines, admissionRoute: 'outpatient' }, o));
}
function gynSurgery(m, h, adm, o = {}) {
  const dis = add(adm, 6); const lines = [];
  for (let d = 0; d < 6; d++) { const day = add(adm, d); lines.push(['普通病房床位费(三人间)', 1, day], ['住院诊查费', 1, day], [d < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理', 1, day]); }
  const op = add(adm, 1);
  lines.push(['腹腔镜下子宫切除术', 1, op], ['全身麻醉', 2, op], ['一次性腹腔镜穿刺器', 1, op], ['可吸收缝线', 3, op], ['一次性手术衣及铺单包', 1, op], ['注射用头孢呋辛钠', 2, op], ['妇科B超', 1, adm], ['血常规(五分类)', 1, adm], ['凝血四项', 1, adm], ['术前八项(感染筛查)', 1, adm], ['病理检查(常规石蜡切片)', 1, op]);
  return claim(Object.assign({ m, h, dept: 'gynecology', visitType: 'inpatient', adm, dis, dx: [o.dxg || 'D25.100x001'], proc: [['68.4100', op]], lines, admissionRoute: 'outpatient' }, o));
}

// ---------- labels ----------
const LABELS = [];
const NAMES = {
  T01: '冒名就医：性别不符（他人持卡购性别专用药/检查）', T02: '冒名就医：年龄不符（儿童卡购成人药）', T03: '死亡后药店刷卡（住院死亡后慢病药继续结算）',
  T04: '死亡后门诊/慢特病/住院结算（虚构诊疗）', T05: '住院期间医保卡在他处药店/门诊结算', T06: '同日两地就医（医保卡异地被借用）',
  T07: '同一住院职工与居民重复结算（重复参保）', T08: '同一诊疗两统筹区重复结算（两地参保）', T09: '药店串换：个人账户购非医疗商品以目录药名义结算',
  T10: '药店集中刷卡（多张卡同日同品同量）', T11: '冒名住院分娩（年龄/性别不可能的分娩）', T12: '成人卡购儿童专用药（超出家庭共济）',
  T13: '多药店超量购药倒卖（同一卡短期重复30天量）', T14: '虚报退休身份套取退休待遇比例', T15: '等待期内以虚假豁免身份享受待遇',
  C01: '家庭共济：夫妻同日同店各自身份购性别专用药', C02: '两性通用药/检查用于少见性别', C03: '儿童本人用儿童适应证药', C04: '家长与儿童同店同日各用本人身份',
  C05: '当日药店购药后急诊入院当日/数日内死亡', C06: '死亡住院前同院急诊与此前慢病结算，死亡后无结算', C07: '双胞胎同日同院就诊', C08: '护工/家属按月代取卧床老人慢病药',
  C09: '年中居民转职工，无重叠', C10: '异地安置长期异地购药，偶回参保地', C11: '医嘱转院当日入住另一医院', C12: '出院当日药店取药',
  C13: '住院期间配偶以本人身份购药', C14: '达龄真实退休人员享退休比例', C15: '新生儿/退役军人依规免等待期', C16: '连续参保满2年转换险种免等待期',
  C17: '高龄产妇分娩与老年妇女妇科手术', C18: '一家三口同店同日各自购药', C19: '养老机构老人同日在协议药店各自购慢病药', C20: '12周长处方一次性取药',
  C21: '一周内换药后在另一药店购新药', C22: '透析日同城药店购药', C23: '入院前一日与出院次日门诊/药店结算', C24: '医保关系跨省转移，前后无重叠',
};
function label(kind, code, claims, targets, mutated = {}) {
  const caseId = `${code}-${String(LABELS.filter(l => l.code === code).length + 1).padStart(2, '0')}`;
  const l = { caseId, kind, code, name: kind === 'routine' ? '常规单次结算' : NAMES[code], claimIds: claims.map(c => c.claimId), targets: (targets || claims).map(c => c.claimId), mutatedLines: mutated };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  LABELS.push(l);
}
const N = 15;
const otherRegion = (r) => pick(REGIONS.filter(x => x !== r));
const phOf = (r) => pharm(r, ri(0, 4));

// ================= FRAUD =================
// T01 sex mismatch
for (let i = 0; i < N; i++) {
  const d = randDate(); const careful = i >= 10;
  if (i % 2 === 0) { // male card, female-only items
    const m = member({ gender: 'M', age: ri(35, 70), region: pick(REGIONS) });
    let c;
    if (i % 4 === 0) c = claim({ m, h: phOf(m.region), dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['N95.101'], lines: [['戊酸雌二醇片', 28], ...(careful ? [['碳酸钙D3片', 30]] : [])] });
    else { const h = hospOfLevel(m.region, 2); const doc = doctor(h, 'gynecology'); c = claim({ m, h, dept: 'gynecology', doc, visitType: 'outpatient', date: d, dx: [careful ? 'N95.101' : 'O20.000'], lines: [[consultFor(h, doc), 1], ['妇科B超', 1], ['地屈孕酮片', 28], ...(careful ? [] : [['黄体酮注射液', 3]])] }); }
    label('fraud', 'T01', [c], [c], { [c.claimId]: lineIdsOf(c, ['戊酸雌二醇片', '妇科B超', '地屈孕酮片', '黄体酮注射液']) });
  } else { // female card, male-only items
    const m = member({ gender: 'F', age: ri(45, 75) });
    let c;
    if (i % 4 === 1) c = claim({ m, h: phOf(m.region), dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['N40.x00'], lines: [['盐酸坦索罗辛缓释胶囊', 30], ['非那雄胺片', 30]] });
    else { const h = hospOfLevel(m.region, 3); const doc = doctor(h, 'urology'); c = claim({ m, h, dept: 'urology', doc, visitType: 'outpatient', date: d, dx: ['N40.x00'], lines: [[consultFor(h, doc), 1], ['泌尿系B超', 1], ['前列腺特异性抗原(PSA)测定', 1], ['盐酸坦索罗辛缓释胶囊', 28]] }); }
    label('fraud', 'T01', [c], [c], { [c.claimId]: lineIdsOf(c, ['盐酸坦索罗辛缓释胶囊', '非那雄胺片', '前列腺特异性抗原(PSA)测定']) });
  }
}
// T02 child card, adult drugs
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(4, 12), scheme: 'resident' }); const d = randDate(); const ph = phOf(m.region);
  const sets = [
    [['I69.300'], [['盐酸多奈哌齐片', 28]], ['盐酸多奈哌齐片']],
    [['M81.900'], [['阿仑膦酸钠片', 4], ['碳酸钙D3片', 30]], ['阿仑膦酸钠片']],
    [['M54.500'], [['塞来昔布胶囊', 28]], ['塞来昔布胶囊']],
    [['N39.000'], [['左氧氟沙星片', 14]], ['左氧氟沙星片']],
    [['J20.900'], [['莫西沙星片', 7]], ['莫西沙星片']],
  ];
  if (i < 10) {
    const [dx, lines, mut] = sets[i % 5];
    const c = claim({ m, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: d, dx, lines: lines.map(([n, q]) => [n, q, d]) });
    label('fraud', 'T02', [c], [c], { [c.claimId]: lineIdsOf(c, mut) });
  } else { // careful: adult chronic drugs on a child's card, coded to fit
    const k = pick(['htn', 'chd', 'lipid', 'gout']);
    const c = pharmacyBuy(m, ph, d, k, 30);
    label('fraud', 'T02', [c], [c], { [c.claimId]: c.items.map(it => it.lineId) });
  }
}
// T03 pharmacy purchases after an inpatient death
for (let i = 0; i < N; i++) {
  const k = pick(['htn', 'dm', 'chd', 'stroke', 'dm2']);
  const m = member({ age: ri(62, 88), chronic: [CHRONIC_CODES[k]] });
  const home = phOf(m.region); const h = hospOfLevel(m.region, pick([2, 3]));
  const adm = randDate('2025-03-01', '2025-08-31');
  const pre = pharmacyBuy(m, home, add(adm, -ri(20, 28)), k);
  const ds = deathStay(m, h, adm);
  const post = []; const n = i < 10 ? ri(1, 2) : 1;
  let d = add(ds.dischargeDate, i < 10 ? ri(5, 25) : ri(30, 70));
  for (let j = 0; j < n; j++) { post.push(pharmacyBuy(m, i < 10 ? home : phOf(i % 2 ? m.region : otherRegion(m.region)), d, k)); d = add(d, 30); }
  label('fraud', 'T03', [pre, ds, ...post], post, {});
}
// T04 outpatient / chronic / inpatient claims after death
for (let i = 0; i < N; i++) {
  const k = pick(['htn', 'dm', 'chd', 'copd']);
  const m = member({ age: ri(60, 86), chronic: [CHRONIC_CODES[k]] });
  const h = hospOfLevel(m.region, 3); const adm = randDate('2025-02-15', '2025-08-15');
  const ds = deathStay(m, h, adm);
  const after = add(ds.dischargeDate, ri(10, 60)); let post;
  if (i < 6) post = chronicVisit(m, hospOfLevel(m.region, 2), after, k, 30, { labs: true });
  else if (i < 11) post = outpatientVisit(m, hospOfLevel(m.region, pick([1, 2])), after, pick(ACUTE));
  else post = stay(m, hospOfLevel(m.region, 1), after, 'gastro');
  label('fraud', 'T04', [ds, post], [post], {});
}
// T05 card buys drugs while member is an inpatient elsewhere
for (let i = 0; i < N; i++) {
  const k = pick(['htn', 'dm', 'chd', 'lipid', 'thyroid']);
  const m = member({ age: ri(50, 80), chronic: [CHRONIC_CODES[k]] });
  const h = hospOfLevel(m.region, i < 10 ? pick([2, 3]) : 1); const adm = randDate();
  const s = stay(m, h, adm, pick(['pneu', 'copd', 'chf', 'gastro']));
  const mid = add(adm, ri(2, diff(adm, s.dischargeDate) - 2));
  const other = i % 3 === 2 ? outpatientVisit(m, hospOfLevel(m.region, 2), mid, pick(ACUTE)) : pharmacyBuy(m, phOf(m.region), mid, k);
  label('fraud', 'T05', [s, other], [other], {});
}
// T06 same day, two distant regions
for (let i = 0; i < N; i++) {
  const k = pick(['htn', 'dm', 'chd']);
  const m = member({ age: ri(35, 75), chronic: [CHRONIC_CODES[k]] }); const d = randDate();
  const a = i % 2 ? outpatientVisit(m, hospOfLevel(m.region, 2), d, pick(ACUTE)) : pharmacyBuy(m, phOf(m.region), d, k);
  const far = FAR[m.region];
  const b = i < 10 ? outpatientVisit(m, hospOfLevel(far, pick([2, 3])), d, pick(ACUTE)) : pharmacyBuy(m, phOf(far), d, k);
  label('fraud', 'T06', [a, b], [b], {});
}
// T07 one stay settled under employee and again under resident
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(40, 75), scheme: 'employee' }); const h = hospOfLevel(m.region, pick([2, 3]));
  const adm = randDate(); const kind = pick(['pneu', 'copd', 'gastro', 'chf']);
  const s1 = stay(m, h, adm, kind);
  const seedSave = seed; // rebuild the same stay
  const res = { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 9), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: 0, special: null };
  const s2 = stay(m, h, adm, kind, { scheme: 'resident', enrollment: res, retired: false, dis: s1.dischargeDate, dept: s1.provider.department, doc: { id: s1.provider.doctorId } });
  if (i >= 10) { // careful: drop the last day's drugs, so the bills differ a little
    s2.items = s2.items.filter(it => !(it.category === 'drug' && it.date === add(s1.dischargeDate, -1)));
    s2.items.forEach((it, j) => it.lineId = String(j + 1));
    recompute(s2);
  }
  void seedSave;
  label('fraud', 'T07', [s1, s2], [s2], {});
}
function recompute(c) {
  let total = 0, self = 0;
  for (const it of c.items) { const a = fen(it.amount); total += a; const r = ROW[it.code] || Object.values(ROW).find(x => x.products && x.products.includes(it.code)); self += r.class === '丙' ? a : Math.round(a * (r.selfPayShare || 0)); }
  const policy = total - self; c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fundFen(c, policy) / 100 };
}
// T08 one visit settled in two pooling regions (enrolled in two regions)
for (let i = 0; i < N; i++) {
  const k = pick(['htn', 'dm', 'chd', 'copd']);
  const m = member({ age: ri(30, 75), scheme: 'resident', chronic: [CHRONIC_CODES[k]] }); const d = randDate();
  const h = hospOfLevel(m.region, 2); const second = otherRegion(m.region);
  const a = chronicVisit(m, h, d, k, 30);
  const b = chronicVisit(m, h, i < 10 ? d : add(d, 1), k, 30, { insuredRegion: second, doc: { id: a.provider.doctorId } });
  label('fraud', 'T08', [a, b], [b], {});
}
// T09 pharmacy swaps non-medical goods into catalogue drugs with an indication restriction
const T09 = [['布地奈德福莫特罗吸入粉雾剂', 2, ['J06.900']], ['沙美特罗替卡松吸入粉雾剂', 2, ['J30.101']], ['利拉鲁肽注射液', 3, ['E78.000']], ['沙库巴曲缬沙坦钠片', 56, ['I10.x00x002']], ['吗替麦考酚酯胶囊', 60, ['M54.500']], ['非布司他片', 30, ['E78.000']], ['特立帕肽注射液', 1, ['M54.500']], ['重组人促红素注射液', 12, ['D64.900']], ['多烯磷脂酰胆碱胶囊', 90, ['K29.100x001']], ['硫酸氢氯吡格雷片', 60, ['I10.x00x002']]];
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(28, 60) }); const d = randDate(); const ph = phOf(m.region);
  let c;
  if (i < 10) { const [n, q, dx] = T09[i]; c = claim({ m, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: d, dx, lines: [[n, q, d]] }); label('fraud', 'T09', [c], [c], { [c.claimId]: lineIdsOf(c, [n]) }); }
  else { // careful: diagnosis fits, quantity is 3 months of a monthly inhaler at once, no history
    const n = pick(['布地奈德福莫特罗吸入粉雾剂', '沙美特罗替卡松吸入粉雾剂']); c = claim({ m, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['J45.000'], lines: [[n, ri(5, 6), d]] }); label('fraud', 'T09', [c], [c], { [c.claimId]: lineIdsOf(c, [n]) });
  }
}
// T10 集中刷卡: one pharmacy settles several cards the same day with the same basket
for (let i = 0; i < N; i++) {
  const region = pick(REGIONS); const ph = pharm(region, ri(0, 4)); const d = randDate();
  const basket = i < 10 ? [['阿托伐他汀钙片', 28], ['苯磺酸氨氯地平片', 28], ['复方丹参滴丸', 540]] : [['瑞舒伐他汀钙片', 28], ['硝苯地平控释片', 28]];
  const cs = [];
  for (let j = 0; j < ri(4, 6); j++) {
    const m = member({ age: ri(30, 80), region });
    cs.push(claim({ m, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: i < 10 ? d : add(d, j % 2), dx: ['I10.x00x002'], lines: basket.map(([n, q]) => [n, i < 10 ? q : q + (j % 2) * 2, null]) }));
  }
  label('fraud', 'T10', cs, cs, {});
}
// T11 impersonated delivery stay
for (let i = 0; i < N; i++) {
  const m = i < 12 ? member({ gender: 'F', age: ri(53, 66), scheme: pick(['employee', 'resident']) }) : member({ gender: 'M', age: ri(25, 40) });
  const c = delivery(m, hospOfLevel(m.region, pick([1, 2])), randDate());
  label('fraud', 'T11', [c], [c], {});
}
// T12 adult card buys children's formulations
const PED = [['小儿对乙酰氨基酚颗粒', 9], ['布洛芬混悬液', 1], ['小儿氨酚黄那敏颗粒', 9], ['小儿肺热咳喘口服液', 9]];
for (let i = 0; i < N; i++) {
  const m = member({ age: ri(26, 72) }); const d = randDate(); const ph = phOf(m.region);
  const peds = i < 10 ? [PED[i % 4], PED[(i + 1) % 4]] : [PED[i % 4]];
  const lines = [...peds, ...(i >= 10 ? [['氯雷他定片', 7]] : [])].map(([n, q]) => [n, q, d]);
  const c = claim({ m, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['J06.900'], lines });
  label('fraud', 'T12', [c], [c], { [c.claimId]: lineIdsOf(c, PED.map(p => p[0])) });
}
// T13 several 30-day supplies at several pharmacies within days (倒卖)
for (let i = 0; i < N; i++) {
  const k = pick(['htn', 'dm', 'chd', 'copd', 'gout']);
  const m = member({ age: ri(45, 80), chronic: [CHRONIC_CODES[k]] }); let d = randDate('2025-02-01', '2025-10-15');
  const cs = []; const n = ri(3, 4);
  for (let j = 0; j < n; j++) { cs.push(pharmacyBuy(m, pharm(m.region, j), d, k)); d = add(d, i < 10 ? ri(1, 4) : ri(7, 11)); }
  label('fraud', 'T13', cs, cs.slice(1), {});
}
// T14 retiree status claimed below retirement age
for (let i = 0; i < N; i++) {
  const g = pick(['M', 'F']); const m = member({ gender: g, age: g === 'M' ? ri(38, 56) : ri(35, 50), scheme: 'employee', retired: true, contributionYears: ri(8, 18) });
  const k = pick(['htn', 'dm', 'chd']);
  const c = i < 8 ? stay(m, hospOfLevel(m.region, pick([2, 3])), randDate(), pick(['pneu', 'chf', 'gastro'])) : (m.enrollment.chronicDiseases = [CHRONIC_CODES[k]], chronicVisit(m, hospOfLevel(m.region, 2), randDate(), k, 30, { labs: true }));
  label('fraud', 'T14', [c], [c], {});
}
// T15 waiting period with a false exemption
for (let i = 0; i < N; i++) {
  const enrolledOn = randDate('2025-03-01', '2025-08-31'); const d = add(enrolledOn, ri(10, 75));
  const special = i < 5 ? null : i < 11 ? 'scheme_switch' : 'newborn';
  const m = member({ age: ri(25, 65), scheme: 'resident', enrollment: { enrolledOn, inConcentratedPeriod: false, continuousYears: 0, lapsedYears: ri(1, 3), backPaidYears: 0, special } });
  const c = i % 3 === 0 ? outpatientVisit(m, hospOfLevel(m.region, 2), d, pick(ACUTE)) : stay(m, hospOfLevel(m.region, pick([1, 2])), d, pick(['pneu', 'gastro']));
  label('fraud', 'T15', [c], [c], {});
}

// ================= CONTROLS =================
for (let i = 0; i < N; i++) { // C01 couple, each on own identity
  const region = pick(REGIONS); const ph = pharm(region, ri(0, 4)); const d = randDate();
  const he = member({ gender: 'M', age: ri(58, 78), region, chronic: ['N40'] }); const she = member({ gender: 'F', age: ri(52, 75), region });
  const a = claim({ m: he, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['N40.x00'], lines: [['盐酸坦索罗辛缓释胶囊', 30, d]] });
  const b = i % 2 ? claim({ m: she, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['N95.101'], lines: [['戊酸雌二醇片', 28, d]] }) : claim({ m: she, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['M81.000'], lines: [['阿仑膦酸钠片', 4, d], ['碳酸钙D3片', 30, d]] });
  label('control', 'C01', [a, b]);
}
for (let i = 0; i < N; i++) { // C02 sex-neutral items on the less common sex
  const d = randDate(); let c;
  if (i % 3 === 0) { const m = member({ gender: 'M', age: ri(15, 70) }); const h = hospOfLevel(m.region, 3); const doc = doctor(h, 'breast'); c = claim({ m, h, dept: 'breast', doc, visitType: 'outpatient', date: d, dx: ['N62.x00'], lines: [[consultFor(h, doc), 1], ['乳腺彩超', 1]] }); }
  else if (i % 3 === 1) { const m = member({ gender: 'F', age: ri(50, 80), chronic: ['M10'] }); c = claim({ m, h: phOf(m.region), dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['M10.000'], lines: [['非布司他片', 30, d], ['秋水仙碱片', 20, d]] }); }
  else { const m = member({ gender: 'M', age: ri(45, 80) }); const h = hospOfLevel(m.region, 2); const doc = doctor(h, 'endocrinology'); c = claim({ m, h, dept: 'endocrinology', doc, visitType: 'outpatient', date: d, dx: ['M81.900'], lines: [[consultFor(h, doc), 1], ['阿仑膦酸钠片', 4], ['骨化三醇软胶囊', 30]] }); }
  label('control', 'C02', [c]);
}
for (let i = 0; i < N; i++) { // C03 children on their own indicated drugs
  const d = randDate(); const m = member({ age: ri(7, 13), scheme: 'resident' }); const h = hospOfLevel(m.region, 3); let c;
  const doc = (dept) => doctor(h, dept);
  if (i % 3 === 0) { const dc = doc('psychiatry'); c = claim({ m, h, dept: 'psychiatry', doc: dc, visitType: 'outpatient', date: d, dx: ['F90.000x001'], lines: [[consultFor(h, dc), 1], ['盐酸托莫西汀胶囊', 28]] }); }
  else if (i % 3 === 1) { const dc = doc('pediatrics'); c = claim({ m, h, dept: 'pediatrics', doc: dc, visitType: 'outpatient', date: d, dx: ['G40.000'], lines: [[consultFor(h, dc), 1], ['脑电图', 1], ['左乙拉西坦片', 56]] }); }
  else { const dc = doc('pediatrics'); c = claim({ m, h, dept: 'pediatrics', doc: dc, visitType: 'outpatient', date: d, dx: ['E10.900'], lines: [[consultFor(h, dc), 1], ['糖化血红蛋白测定', 1], ['门冬胰岛素注射液', 6], ['甘精胰岛素注射液', 3], ['血糖试纸', 50]] }); }
  label('control', 'C03', [c]);
}
for (let i = 0; i < N; i++) { // C04 parent and child same pharmacy same day, own identities
  const region = pick(REGIONS); const ph = pharm(region, ri(0, 4)); const d = randDate();
  const kid = member({ age: ri(2, 9), scheme: 'resident', region }); const par = member({ age: ri(30, 42), region, scheme: 'employee' });
  const a = claim({ m: kid, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['J06.900'], lines: [['小儿对乙酰氨基酚颗粒', 6, d], ['小儿氨酚黄那敏颗粒', 6, d]] });
  const b = claim({ m: par, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['J30.101'], lines: [['氯雷他定片', 14, d]] });
  label('control', 'C04', [a, b]);
}
for (let i = 0; i < N; i++) { // C05 pharmacy purchase, then admission the same day, death
  const k = pick(['htn', 'chd', 'dm']); const m = member({ age: ri(65, 90), chronic: [CHRONIC_CODES[k]] });
  const d = randDate('2025-02-01', '2025-10-31');
  const a = pharmacyBuy(m, phOf(m.region), d, k);
  const s = deathStay(m, hospOfLevel(m.region, pick([2, 3])), d, { los: ri(0, 3) });
  label('control', 'C05', [a, s]);
}
for (let i = 0; i < N; i++) { // C06 chronic visit earlier, emergency visit at the admission day, death stay, nothing after
  const k = pick(['htn', 'chd', 'copd']); const m = member({ age: ri(65, 92), chronic: [CHRONIC_CODES[k]] });
  const h = hospOfLevel(m.region, 3); const adm = randDate('2025-03-01', '2025-11-01');
  const a = chronicVisit(m, h, add(adm, -ri(15, 40)), k);
  const e = claim({ m, h, dept: 'emergency', visitType: 'outpatient', date: adm, dx: ['R50.800'], lines: [['急诊诊察费', 1], ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['常规心电图检查', 1]] });
  const s = deathStay(m, h, adm);
  label('control', 'C06', [a, e, s]);
}
for (let i = 0; i < N; i++) { // C07 twins
  const region = pick(REGIONS); const birth = `${2025 - ri(2, 10) - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const g = pick(['M', 'F']); const t1 = member({ gender: g, birthDate: birth, region, scheme: 'resident' }); const t2 = member({ gender: i % 3 ? g : (g === 'M' ? 'F' : 'M'), birthDate: birth, region, scheme: 'resident' });
  const h = hospOfLevel(region, pick([2, 3])); const d = randDate(); const doc = doctor(h, 'pediatrics');
  const mk = (m, q) => claim({ m, h, dept: 'pediatrics', doc, visitType: 'outpatient', date: d, dx: ['J06.900'], lines: [[consultFor(h, doc), 1], ['血常规(五分类)', 1], ['小儿对乙酰氨基酚颗粒', q], ['布洛芬混悬液', 1]] });
  label('control', 'C07', [mk(t1, 6), mk(t2, 6 + (i % 2) * 3)]);
}
for (let i = 0; i < N; i++) { // C08 carer collects a bedridden member's monthly drugs
  const m = member({ age: ri(80, 95), chronic: ['I69', 'I10'] }); const ph = phOf(m.region); let d = randDate('2025-02-01', '2025-07-31');
  const cs = []; for (let j = 0; j < 3; j++) { cs.push(claim({ m, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['I69.300', 'I10.x00x002'], lines: [['阿司匹林肠溶片', 30, d], ['阿托伐他汀钙片', 30, d], ['苯磺酸氨氯地平片', 30, d]] })); d = add(d, ri(28, 31)); }
  label('control', 'C08', cs);
}
for (let i = 0; i < N; i++) { // C09 resident -> employee mid-year, no overlap
  const k = pick(['htn', 'dm', 'thyroid']); const m = member({ age: ri(24, 50), scheme: 'resident', chronic: [CHRONIC_CODES[k]] });
  const ph = phOf(m.region); const cs = [];
  cs.push(pharmacyBuy(m, ph, randDate('2025-02-01', '2025-03-15'), k)); cs.push(pharmacyBuy(m, ph, randDate('2025-04-01', '2025-05-20'), k));
  const on = randDate('2025-06-10', '2025-07-01');
  const emp = { enrolledOn: on, inConcentratedPeriod: false, continuousYears: m.enrollment.continuousYears + 0, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: 1, special: 'scheme_switch', chronicDiseases: m.enrollment.chronicDiseases };
  if (emp.continuousYears < 2) emp.continuousYears = 3;
  const m2 = Object.assign({}, m, { scheme: 'employee', enrollment: emp });
  cs.push(pharmacyBuy(m2, ph, add(on, ri(5, 20)), k)); cs.push(chronicVisit(m2, hospOfLevel(m.region, 2), add(on, ri(40, 70)), k));
  label('control', 'C09', cs);
}
for (let i = 0; i < N; i++) { // C10 异地安置
  const home = pick(REGIONS); const live = FAR[home]; const k = pick(['htn', 'dm', 'chd']);
  const m = member({ age: ri(60, 80), region: home, chronic: [CHRONIC_CODES[k]] }); const ph = phOf(live);
  let d = randDate('2025-02-01', '2025-06-30'); const cs = [];
  for (let j = 0; j < 3; j++) { cs.push(pharmacyBuy(m, ph, d, k)); d = add(d, 30); }
  cs.push(outpatientVisit(m, hospOfLevel(home, 2), add(d, ri(3, 10)), pick(ACUTE)));
  label('control', 'C10', cs);
}
for (let i = 0; i < N; i++) { // C11 transfer the same day
  const m = member({ age: ri(55, 85) }); const h1 = hospOfLevel(m.region, pick([1, 2])); const h2 = hospOfLevel(m.region, 3);
  const adm = randDate(); const kind = pick(['stroke', 'chf', 'pneu']);
  const a = stay(m, kind === 'stroke' ? hospOfLevel(m.region, 2) : h1, adm, kind, { los: ri(2, 4), dischargeMode: 'transfer' });
  const b = stay(m, h2, a.dischargeDate, kind, { admissionRoute: 'transfer', transferFrom: a.provider.hospitalId });
  label('control', 'C11', [a, b]);
}
for (let i = 0; i < N; i++) { // C12 pharmacy on the discharge day
  const k = pick(['htn', 'dm', 'chd', 'stroke']); const m = member({ age: ri(50, 85), chronic: [CHRONIC_CODES[k]] });
  const s = stay(m, hospOfLevel(m.region, pick([2, 3])), randDate(), pick(['pneu', 'copd', 'gastro']));
  const p = pharmacyBuy(m, phOf(m.region), s.dischargeDate, k);
  label('control', 'C12', [s, p]);
}
for (let i = 0; i < N; i++) { // C13 the spouse buys on her/his own card during the stay
  const region = pick(REGIONS); const k = pick(['htn', 'dm', 'thyroid', 'lipid']);
  const pat = member({ age: ri(60, 82), region }); const sp = member({ age: ri(58, 80), region, gender: pat.gender === 'M' ? 'F' : 'M', chronic: [CHRONIC_CODES[k]] });
  const s = stay(pat, hospOfLevel(region, pick([2, 3])), randDate(), pick(['pneu', 'chf', 'stroke']));
  const p = pharmacyBuy(sp, phOf(region), add(s.admissionDate, ri(2, 4)), k);
  label('control', 'C13', [s, p]);
}
for (let i = 0; i < N; i++) { // C14 real retirees
  const g = pick(['M', 'F']); const m = member({ gender: g, age: g === 'M' ? ri(61, 80) : ri(56, 78), scheme: 'employee', retired: true });
  const k = pick(['htn', 'dm', 'chd']);
  const c = i < 8 ? stay(m, hospOfLevel(m.region, pick([2, 3])), randDate(), pick(['pneu', 'chf', 'gastro'])) : (m.enrollment.chronicDiseases = [CHRONIC_CODES[k]], chronicVisit(m, hospOfLevel(m.region, 2), randDate(), k, 30, { labs: true }));
  label('control', 'C14', [c]);
}
for (let i = 0; i < N; i++) { // C15 newborn / veteran exemptions
  if (i < 9) {
    const birth = randDate('2025-02-01', '2025-09-30'); const on = add(birth, ri(5, 40));
    const m = member({ birthDate: birth, scheme: 'resident', enrollment: { enrolledOn: on, inConcentratedPeriod: false, continuousYears: 0, lapsedYears: 0, backPaidYears: 0, special: 'newborn' } });
    const h = hospOfLevel(m.region, pick([2, 3])); const adm = add(birth, ri(2, 6)); const dis = add(adm, ri(3, 5)); const lines = [];
    for (let d = 0; d < diff(adm, dis); d++) { const day = add(adm, d); lines.push(['新生儿床位费', 1, day], ['新生儿护理', 1, day], ['新生儿蓝光治疗', 12, day]); }
    lines.push(['血常规(五分类)', 1, adm], ['总胆红素测定', 1, adm]);
    const c = claim({ m, h, dept: 'neonatology', visitType: 'inpatient', adm, dis, dx: ['P59.901'], lines, birthWeightGrams: ri(2800, 3800), admissionRoute: 'outpatient' });
    label('control', 'C15', [c]);
  } else {
    const on = randDate('2025-03-01', '2025-08-31');
    const m = member({ age: ri(22, 30), scheme: 'resident', enrollment: { enrolledOn: on, inConcentratedPeriod: false, continuousYears: 0, lapsedYears: 0, backPaidYears: 0, special: 'veteran' } });
    const c = outpatientVisit(m, hospOfLevel(m.region, 2), add(on, ri(10, 60)), pick(ACUTE));
    label('control', 'C15', [c]);
  }
}
for (let i = 0; i < N; i++) { // C16 scheme switch with 2+ continuous years
  const on = randDate('2025-03-01', '2025-08-31');
  const m = member({ age: ri(30, 60), scheme: 'resident', enrollment: { enrolledOn: on, inConcentratedPeriod: false, continuousYears: ri(2, 12), lapsedYears: 0, backPaidYears: 0, special: 'scheme_switch' } });
  const d = add(on, ri(10, 70));
  const c = i % 3 === 0 ? stay(m, hospOfLevel(m.region, 2), d, pick(['pneu', 'gastro'])) : outpatientVisit(m, hospOfLevel(m.region, 2), d, pick(ACUTE));
  label('control', 'C16', [c]);
}
for (let i = 0; i < N; i++) { // C17 older mother, and older women's gynaecological surgery
  let c;
  if (i < 8) { const m = member({ gender: 'F', age: ri(38, 45) }); c = delivery(m, hospOfLevel(m.region, pick([2, 3])), randDate()); }
  else { const m = member({ gender: 'F', age: ri(52, 70) }); c = gynSurgery(m, hospOfLevel(m.region, 3), randDate(), { dxg: i % 2 ? 'D25.100x001' : 'N81.301' }); }
  label('control', 'C17', [c]);
}
for (let i = 0; i < N; i++) { // C18 family of three, own cards, different items
  const region = pick(REGIONS); const ph = pharm(region, ri(0, 4)); const d = randDate();
  const f = member({ gender: 'M', age: ri(35, 45), region, scheme: 'employee', chronic: ['I10'] }); const mo = member({ gender: 'F', age: ri(33, 44), region }); const kid = member({ age: ri(3, 10), region, scheme: 'resident' });
  const a = pharmacyBuy(f, ph, d, 'htn');
  const b = claim({ m: mo, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['K29.100x001'], lines: [['奥美拉唑肠溶胶囊', 14, d]] });
  const c = claim({ m: kid, h: ph, dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['J06.900'], lines: [['小儿对乙酰氨基酚颗粒', 6, d]] });
  label('control', 'C18', [a, b, c]);
}
for (let i = 0; i < N; i++) { // C19 nursing-home residents, own drugs by own disease
  const region = pick(REGIONS); const ph = pharm(region, ri(0, 4)); const d = randDate(); const cs = [];
  const kinds = ['htn', 'dm', 'chd', 'stroke', 'pd', 'copd', 'thyroid', 'htn2'];
  for (let j = 0; j < ri(4, 6); j++) { const k = kinds[(i + j * 3) % kinds.length]; const m = member({ age: ri(75, 95), region, chronic: [CHRONIC_CODES[k]] }); cs.push(pharmacyBuy(m, ph, d, k)); }
  label('control', 'C19', cs);
}
for (let i = 0; i < N; i++) { // C20 12-week long prescription
  const k = pick(['htn', 'dm', 'chd', 'thyroid', 'htn2']); const m = member({ age: ri(50, 80), chronic: [CHRONIC_CODES[k]] });
  const d = randDate('2025-02-01', '2025-07-31');
  const a = i % 2 ? chronicVisit(m, hospOfLevel(m.region, 2), d, k, 84) : pharmacyBuy(m, phOf(m.region), d, k, 84, { long: true });
  if (i % 2) a.items.filter(it => it.category === 'drug').forEach(it => it.longPrescription = true);
  const b = pharmacyBuy(m, phOf(m.region), add(d, ri(80, 86)), k, 30);
  label('control', 'C20', [a, b]);
}
for (let i = 0; i < N; i++) { // C21 therapy change: visit, new drug at another pharmacy within a week
  const m = member({ age: ri(45, 78), chronic: ['I10'] }); const d = randDate();
  const a = pharmacyBuy(m, pharm(m.region, 0), d, 'htn');
  const h = hospOfLevel(m.region, 2); const doc = doctor(h, 'cardiology');
  const v = claim({ m, h, dept: 'cardiology', doc, visitType: 'outpatient', date: add(d, 3), dx: ['I10.x00x002'], lines: [[consultFor(h, doc), 1], ['常规心电图检查', 1], ['电解质(四项)', 1]] });
  const b = claim({ m, h: pharm(m.region, 2), dept: 'pharmacy', visitType: 'pharmacy', date: add(d, ri(4, 6)), dx: ['I10.x00x002'], lines: [['氢氯噻嗪片', 30, null], ['比索洛尔片', 30, null]] });
  label('control', 'C21', [a, v, b]);
}
for (let i = 0; i < N; i++) { // C22 dialysis day and a pharmacy purchase the same day in the same city
  const m = member({ age: ri(40, 75), chronic: ['N18'] }); const h = hospOfLevel(m.region, pick([2, 3])); const d = randDate();
  const a = claim({ m, h, dept: 'nephrology', visitType: 'chronic', date: d, dx: ['N18.500'], lines: [['血液透析', 1], ['透析器', 1], ['一次性使用血液透析管路', 1], ['重组人促红素注射液', 1]] });
  const b = pharmacyBuy(m, phOf(m.region), d, 'htn');
  b.diagnoses.push({ code: 'N18.500' });
  label('control', 'C22', [a, b]);
}
for (let i = 0; i < N; i++) { // C23 day before admission and day after discharge
  const k = pick(['htn', 'dm', 'chd']); const m = member({ age: ri(45, 80), chronic: [CHRONIC_CODES[k]] }); const adm = randDate();
  const a = outpatientVisit(m, hospOfLevel(m.region, 2), add(adm, -1), pick(ACUTE.slice(0, 2)));
  const s = stay(m, hospOfLevel(m.region, 3), adm, pick(['pneu', 'gastro', 'chf']));
  const b = pharmacyBuy(m, phOf(m.region), add(s.dischargeDate, 1), k);
  label('control', 'C23', [a, s, b]);
}
for (let i = 0; i < N; i++) { // C24 cross-province transfer of the employee relation, no overlap
  const from = pick(['370100', '370200', '230100']); const to = pick(['220100', '510100']); const k = pick(['htn', 'dm', 'chd']);
  const m = member({ age: ri(30, 55), scheme: 'employee', region: from, chronic: [CHRONIC_CODES[k]] }); const cs = [];
  cs.push(pharmacyBuy(m, phOf(from), randDate('2025-02-01', '2025-03-20'), k)); cs.push(pharmacyBuy(m, phOf(from), randDate('2025-03-25', '2025-04-25'), k));
  const m2 = Object.assign({}, m, { region: to, enrollment: Object.assign({}, m.enrollment, { enrolledOn: randDate('2025-05-10', '2025-05-31') }) });
  cs.push(pharmacyBuy(m2, phOf(to), randDate('2025-06-05', '2025-07-10'), k)); cs.push(pharmacyBuy(m2, phOf(to), randDate('2025-07-15', '2025-08-20'), k));
  label('control', 'C24', cs);
}

// ================= ROUTINE =================
for (let i = 0; i < 100; i++) {
  const r = rnd(); let c;
  if (r < 0.4) { const m = member({ age: ri(18, 80) }); c = outpatientVisit(m, hospOfLevel(m.region, pick([1, 2, 3])), randDate(), pick(ACUTE)); }
  else if (r < 0.65) { const k = pick(Object.keys(CHRONIC)); const m = member({ age: ri(45, 85), chronic: [CHRONIC_CODES[k]] }); c = pharmacyBuy(m, phOf(m.region), randDate(), k); }
  else if (r < 0.85) { const k = pick(Object.keys(CHRONIC)); const m = member({ age: ri(45, 85), chronic: [CHRONIC_CODES[k]] }); c = chronicVisit(m, hospOfLevel(m.region, pick([2, 3])), randDate(), k, 30, { labs: rnd() < 0.3 }); }
  else { const m = member({ age: ri(40, 85) }); const kind = pick(['pneu', 'copd', 'stroke', 'chf', 'gastro']); c = stay(m, hospOfLevel(m.region, kind === 'stroke' ? 3 : pick([2, 3])), randDate(), kind); }
  label('routine', 'R', [c]);
}

// ---------- groups (pass 2) ----------
if (GROUPS && fs.existsSync(GROUPS)) {
  const G = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || (g.group && g.group.drg); if (id) G[id] = drg; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient' && G[c.claimId]) c.reportedGroup.drg = G[c.claimId];
}

// ---------- write ----------
const ordered = CLAIMS.slice().sort((a, b) => a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq);
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), ordered.map(c => { const o = Object.assign({}, c); delete o._settle; delete o._seq; return JSON.stringify(o); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`blind71: ${CLAIMS.length} claims, ${LABELS.length} cases`);
