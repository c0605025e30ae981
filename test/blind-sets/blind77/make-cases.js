#!/usr/bin/env node
// blind77: tests and images across institutions (检查检验结果互认、医联体/医共体、转诊).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = path.resolve(opt('--catalogue', path.join(__dirname, '../base77/rules/catalogue')));
const GROUPS = opt('--groups', null);

// ---------- catalogue rows ----------
const FILES = ['services.json', 'drugs.json', 'consumables.json', 'services-procedures.json', 'consumables-procedures.json', 'services-home-and-online.json'];
const ROW = {};
for (const f of FILES) { const p = path.join(CAT, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!ROW[r.name]) ROW[r.name] = r; }
const row = (name) => { const r = ROW[name]; if (!r) throw new Error('no catalogue row ' + name); return r; };

// ---------- rng ----------
let S = 77077;
const rnd = () => { S |= 0; S = S + 0x6D2B79F5 | 0; let t = Math.imul(S ^ S >>> 15, 1 | S); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const baseDate = () => add('2025-02-03', ri(0, 270));

// ---------- regions, hospitals, doctors ----------
const REGIONS = [
  { code: '510100', prov: '51', name: '成都' }, { code: '511300', prov: '51', name: '南充' },
  { code: '220100', prov: '22', name: '长春' }, { code: '230100', prov: '23', name: '哈尔滨' },
  { code: '370100', prov: '37', name: '济南' }, { code: '370800', prov: '37', name: '济宁' }];
// per region: L3 city hospital (医联体 lead), L2 county hospital (医共体 lead), L2 second county hospital
// (医联体 member), L2 private hospital outside any alliance, L1 township health centres (医共体 members)
const HOSP = {};
for (const r of REGIONS) {
  const id = (n) => 'H' + r.code + n;
  HOSP[r.code] = { L3: { id: id('01'), level: 3 }, L2: { id: id('02'), level: 2 }, L2b: { id: id('03'), level: 2 },
    PRV: { id: id('09'), level: 2 }, T1: { id: id('11'), level: 1 }, T2: { id: id('12'), level: 1 }, T3: { id: id('13'), level: 1 } };
}
const DOCS = {}; let docSeq = 0;
function doctor(h, dept) {
  const k = h.id + '/' + dept;
  if (!DOCS[k]) {
    const titles = h.level === 1 ? ['医师', '主治医师', '主治医师'] : ['主治医师', '副主任医师', '主任医师'];
    DOCS[k] = titles.map(t => ({ id: 'D77' + String(++docSeq).padStart(4, '0'), title: t }));
  }
  return pick(DOCS[k]);
}
const consultRow = (h, doc, emergency) => emergency ? '急诊诊察费' : h.level === 1 ? '一般诊疗费'
  : doc.title === '主任医师' ? '主任医师门诊诊察费' : doc.title === '副主任医师' ? '副主任医师门诊诊察费' : '普通门诊诊察费';

// ---------- members ----------
let memSeq = 0;
function member(o = {}) {
  const age = o.age != null ? o.age : ri(25, 80);
  const gender = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const type = o.type || (rnd() < 0.55 ? 'employee' : 'resident');
  const birth = `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const retired = type === 'employee' && age >= (gender === 'M' ? 62 : 57);
  return { insuredId: 'P77' + String(++memSeq).padStart(6, '0'), gender, birthDate: birth, retired, type,
    chronic: o.chronic || null, age };
}

// ---------- claims ----------
const CLAIMS = []; let claimSeq = 0;
function line(h, name, qty, date, price) {
  const r = row(name);
  const unit = price != null ? Math.round(price * 100) : Math.round(r.priceCap[String(h.level)] * 100);
  return { r, code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date, quantity: qty, unitFen: unit, amountFen: Math.round(unit * qty) };
}
// o: { region, h, dept, m, vt, adm, dis, visit, dx: [], px: [], items: [[name, qty, date]], route, dmode, from, emergency }
function claim(o) {
  const doc = o.doc || doctor(o.h, o.dept);
  const items = [];
  const push = (name, qty, date, price) => items.push(line(o.h, name, qty, date, price));
  if (o.vt === 'inpatient') {
    const los = Math.max(1, diff(o.adm, o.dis));
    for (let k = 0; k < los; k++) {
      const d = add(o.adm, k);
      push(o.bed || '普通病房床位费(三人间)', 1, d); push(o.nursing || 'Ⅱ级护理', 1, d); push('住院诊查费', 1, d);
    }
  } else if (o.vt !== 'pharmacy' && !o.noConsult) {
    push(o.vt === 'chronic' ? '门诊慢特病管理诊查费' : consultRow(o.h, doc, o.emergency), 1, o.visit);
  }
  for (const it of o.items || []) {
    const r = row(it[0]); const d0 = it[2] || o.visit || o.adm;
    if (o.vt === 'inpatient' && r.category === 'drug' && it[1] > Math.max(r.maxPerDay || 0, Math.ceil((r.usualPerDay || 1) * 2))) {
      // a stay's oral/injectable course is billed day by day (发药按日), not as one line on the admission day
      const days = Math.max(1, diff(d0, o.dis)); const per = Math.ceil(it[1] / days); let left = it[1];
      for (let k = 0; left > 0; k++) { const q = Math.min(per, left); push(it[0], q, add(d0, Math.min(k, days - 1)), it[3]); left -= q; }
    } else push(it[0], it[1], d0, it[3]);
  }
  const id = `${o.region}-${o.h.id}-2025-${String(++claimSeq).padStart(6, '0')}`;
  const m = o.m;
  const c = {
    claimId: id, region: o.region, insuranceType: m.type, visitType: o.vt,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: 8, lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears: m.type === 'employee' ? (m.retired ? 33 : Math.max(1, m.age - 22)) : 0, special: null },
    provider: { hospitalId: o.h.id, level: o.h.level, department: o.dept, doctorId: doc.id },
  };
  if (m.chronic) c.enrollment.chronicDiseases = m.chronic;
  if (o.vt === 'inpatient') {
    c.admissionDate = o.adm; c.dischargeDate = o.dis;
    c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.dmode || 'ordered';
    if (o.from) c.transferFromHospitalId = o.from.id;
  } else c.visitDate = o.visit;
  c.diagnoses = o.dx.map((d, i) => i === 0 ? { code: d, principal: true } : { code: d });
  c.procedures = (o.px || []).map(p => ({ code: p[0], date: p[1] }));
  if (o.vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c._items = items; c._settle = o.vt === 'inpatient' ? o.dis : o.visit; c._order = claimSeq; c._m = m; c._prov = REGIONS.find(r => r.code === o.region).prov;
  CLAIMS.push(c);
  return c;
}
const lineIdsOf = (c, pred) => c._items.map((it, i) => pred(it, i) ? String(i + 1) : null).filter(Boolean);

// ---------- reusable bundles ----------
const IVDAY = (d, bottles = 2) => [['氯化钠注射液', bottles, d], ['静脉输液(第一组)', 1, d], ['静脉输液(每增加一组)', bottles - 1, d], ['一次性使用输液器', 1, d]];
const ADMLABS = (d) => [['血常规(五分类)', 1, d], ['尿常规', 1, d], ['肝功能(全套)', 1, d], ['肾功能(三项)', 1, d], ['电解质(四项)', 1, d], ['凝血四项', 1, d], ['常规心电图检查', 1, d]];
const PREOP = (d) => [['术前八项(感染筛查)', 1, d], ['血型鉴定(ABO+Rh)', 1, d]];
function ivCourse(adm, days, drug, perDay) { const out = []; for (let k = 0; k < days; k++) { const d = add(adm, k); out.push(...IVDAY(d)); if (drug) out.push([drug, perDay, d]); } return out; }

// ---------- cases ----------
const LABELS = []; let caseSeq = 0;
const R = () => pick(REGIONS);
function label(kind, code, name, claims, targets, mutated) {
  LABELS.push({ caseId: `B77-${String(++caseSeq).padStart(4, '0')}`, kind, code, name, typology: kind === 'fraud' ? code : undefined, control: kind === 'control' ? code : undefined,
    claimIds: claims.map(c => c.claimId), targets: (targets || claims).map(c => c.claimId), mutatedLines: mutated || {} });
}
const mut = (c, names, fromDate) => ({ [c.claimId]: lineIdsOf(c, it => names.includes(it.name) && (!fromDate || it.date >= fromDate)) });

const TYP = {};
const CTL = {};
// T01 上转后接收医院数日内重复影像（无病情变化）
TYP.T01 = { name: '上转后接收医院重复影像检查(互认范围内、病情无变化)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const d0 = baseDate(); const v = i % 3;
  if (v === 0) { const m = member({ age: ri(55, 78) });
    const a = claim({ region: rg.code, h: H.L2, dept: 'neurology', m, vt: 'outpatient', visit: d0, dx: ['I63.900', 'I10.x00x002'],
      items: [['头颅CT平扫', 1], ['颈部血管彩色多普勒超声', 1], ['血常规(五分类)', 1], ['肾功能(三项)', 1], ['血脂(四项)', 1], ['常规心电图检查', 1], ['阿司匹林肠溶片', 14]] });
    const adm = add(d0, ri(1, 3)); const dis = add(adm, ri(7, 10));
    const b = claim({ region: rg.code, h: H.L3, dept: 'neurology', m, vt: 'inpatient', adm, dis, route: 'transfer', from: H.L2, dx: ['I63.900', 'I10.x00x002'],
      items: [...ADMLABS(adm), ['头颅CT平扫', 1, adm], ['颈部血管彩色多普勒超声', 1, adm], ['头颅MRI平扫', 1, add(adm, 1)], ['血脂(四项)', 1, adm], ...ivCourse(adm, 7, '胞磷胆碱钠注射液', 2), ['阿司匹林肠溶片', 8, adm], ['阿托伐他汀钙片', 8, adm]] });
    label('fraud', 'T01', this.name, [a, b], [b], mut(b, ['头颅CT平扫', '颈部血管彩色多普勒超声']));
  } else if (v === 1) { const m = member({ age: ri(50, 75) });
    const a = claim({ region: rg.code, h: H.L2, dept: 'orthopaedics', m, vt: 'outpatient', visit: d0, dx: ['M17.900'], items: [['膝关节MRI平扫', 1], ['四肢X线摄影', 1], ['塞来昔布胶囊', 14]] });
    const b = claim({ region: rg.code, h: H.L3, dept: 'orthopaedics', m, vt: 'outpatient', visit: add(d0, ri(3, 9)), dx: ['M17.900'], items: [['膝关节MRI平扫', 1], ['四肢X线摄影', 1], ['双氯芬酸钠缓释片', 14]] });
    label('fraud', 'T01', this.name, [a, b], [b], mut(b, ['膝关节MRI平扫', '四肢X线摄影']));
  } else { const m = member({ age: ri(35, 65) });
    const a = claim({ region: rg.code, h: H.L2, dept: 'orthopaedics', m, vt: 'outpatient', visit: d0, dx: ['M51.202'], items: [['腰椎MRI平扫', 1], ['腰椎X线摄影', 1], ['塞来昔布胶囊', 10]] });
    const adm = add(d0, ri(2, 6)); const dis = add(adm, ri(6, 9)); const op = add(adm, 2);
    const b = claim({ region: rg.code, h: H.L3, dept: 'orthopaedics', m, vt: 'inpatient', adm, dis, route: 'transfer', from: H.L2, dx: ['M51.202'], px: [['80.5100', op]],
      items: [...ADMLABS(adm), ...PREOP(adm), ['腰椎MRI平扫', 1, adm], ['腰椎X线摄影', 1, adm], ['腰椎间盘切除术', 1, op], ['全身麻醉', 3, op], ['一次性手术衣及铺单包', 1, op], ['可吸收缝线', 3, op], ...ivCourse(op, 3, '注射用头孢呋辛钠', 2)] });
    label('fraud', 'T01', this.name, [a, b], [b], mut(b, ['腰椎MRI平扫', '腰椎X线摄影']));
  } } };
// T02 乡镇外送标本自收 + 牵头医院同一标本再收
TYP.T02 = { name: '外送检验两头收费(乡镇卫生院与医共体牵头医院同一标本)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const d = baseDate(); const t = pick([H.T1, H.T2, H.T3]); const v = i % 3;
  const m = member({ age: ri(40, 75), gender: v === 2 ? 'F' : undefined });
  const spec = v === 0 ? { dx: ['E11.900'], tests: ['糖化血红蛋白测定', '肝功能(全套)', '肾功能(三项)'], drug: ['盐酸二甲双胍片', 60] }
    : v === 1 ? { dx: ['E03.900'], tests: ['甲状腺功能(三项)'], drug: ['左甲状腺素钠片', 30] }
    : { dx: ['R10.400', 'K29.700'], tests: ['肿瘤标志物(CEA)测定', '糖类抗原19-9(CA19-9)测定', '糖类抗原125(CA125)测定'], drug: ['奥美拉唑肠溶胶囊', 14] };
  const a = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: d, dx: spec.dx, items: [...spec.tests.map(n => [n, 1]), spec.drug] });
  const b = claim({ region: rg.code, h: H.L2, dept: 'laboratory', m, vt: 'outpatient', visit: d, dx: spec.dx, noConsult: true, items: spec.tests.map(n => [n, 1]) });
  label('fraud', 'T02', this.name, [a, b], [a, b], { ...mut(a, spec.tests), ...mut(b, spec.tests) });
} };
// T03 医共体内上转下转循环分解住院
TYP.T03 = { name: '医共体内下转—上转循环分解住院(同一疾病两院交替)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const v = i % 3; const m = member({ age: ri(60, 84) });
  const dx = v === 0 ? ['J44.100', 'I10.x00x002'] : v === 1 ? ['I50.900', 'I11.900'] : ['I63.900', 'I10.x00x002'];
  const dept = v === 0 ? 'respiratory' : v === 1 ? 'cardiology' : 'neurology';
  const drug = v === 0 ? ['注射用头孢呋辛钠', 2] : v === 1 ? ['呋塞米注射液', 2] : ['胞磷胆碱钠注射液', 2];
  const a1 = baseDate(); const a2 = add(a1, ri(7, 9)); const b2 = add(a2, ri(3, 5)); const c2 = add(b2, ri(6, 8));
  const A = claim({ region: rg.code, h: H.L2, dept, m, vt: 'inpatient', adm: a1, dis: a2, route: 'emergency', dmode: 'community', dx,
    items: [...ADMLABS(a1), ['胸部X线摄影(正侧位)', 1, a1], ['心脏彩色多普勒超声', 1, add(a1, 1)], ...ivCourse(a1, diff(a1, a2), drug[0], drug[1])] });
  const B = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'inpatient', adm: a2, dis: b2, route: 'transfer', from: H.L2, dmode: 'transfer', dx,
    items: [['血常规(五分类)', 1, a2], ...ivCourse(a2, 2, null), ['阿司匹林肠溶片', 4, a2]] });
  const C = claim({ region: rg.code, h: H.L2, dept, m, vt: 'inpatient', adm: b2, dis: c2, route: 'transfer', from: t, dx,
    items: [...ADMLABS(b2), ['胸部X线摄影(正侧位)', 1, b2], ['心脏彩色多普勒超声', 1, add(b2, 1)], ...ivCourse(b2, diff(b2, c2) - 1, drug[0], drug[1])] });
  label('fraud', 'T03', this.name, [A, B, C], [B, C], {});
} };
// T04 牵头医院“远程影像”计收未拍摄的CT/MRI
TYP.T04 = { name: '远程影像诊断: 牵头医院计收未实际拍摄的CT/MRI(乡镇当日仅拍DR/B超)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const d = baseDate(); const v = i % 3; const m = member({ age: ri(30, 80) });
  const spec = v === 0 ? { dx: ['J20.900'], local: '胸部X线摄影(正侧位)', remote: '胸部CT平扫', drug: ['阿莫西林胶囊', 24] }
    : v === 1 ? { dx: ['M54.500'], local: '腰椎X线摄影', remote: '腰椎MRI平扫', drug: ['布洛芬缓释胶囊', 12] }
    : { dx: ['K80.200'], local: '腹部B超', remote: '腹部CT平扫', drug: ['熊去氧胆酸胶囊', 30] };
  const a = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: d, dx: spec.dx, items: [[spec.local, 1], spec.drug] });
  const b = claim({ region: rg.code, h: H.L3, dept: 'radiology', m, vt: 'outpatient', visit: d, dx: spec.dx, noConsult: true, items: [[spec.remote, 1]] });
  label('fraud', 'T04', this.name, [a, b], [b], mut(b, [spec.remote]));
} };
// T05 串换: 乡镇卫生院做DR计收胸部CT
TYP.T05 = { name: '串换: 乡镇卫生院实做胸片(DR)按胸部CT平扫计收', make(i) {
  const rg = REGIONS[i % 3]; const H = HOSP[rg.code]; const t = H.T1; const d = baseDate(); const m = member({ age: ri(18, 70) });
  const dx = pick([['J20.900'], ['J06.900'], ['J20.900', 'J06.900']]);
  const a = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: d, dx, items: [['胸部CT平扫', 1], ['血常规(五分类)', 1], ['阿莫西林胶囊', 24], ['复方甘草片', 27]] });
  label('fraud', 'T05', this.name, [a], [a], mut(a, ['胸部CT平扫']));
} };
// T06 分解收费: 一次扫描拆成两个部位
TYP.T06 = { name: '分解收费: 同一次影像检查拆成两个部位/两次计收', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const h = pick([H.L2, H.L3, H.L2b]); const d = baseDate(); const v = i % 3; const m = member({ age: ri(20, 80) });
  let a, mm;
  if (v === 0) { a = claim({ region: rg.code, h, dept: 'respiratory', m, vt: 'outpatient', visit: d, dx: ['J18.900'], items: [['胸部CT平扫', 1], ['腹部CT平扫', 1], ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['头孢呋辛酯片', 14]] }); mm = mut(a, ['腹部CT平扫']); }
  else if (v === 1) { a = claim({ region: rg.code, h, dept: 'orthopaedics', m, vt: 'outpatient', visit: d, dx: ['S93.400'], items: [['四肢X线摄影', 2], ['医用弹力绷带', 1], ['双氯芬酸钠缓释片', 7]] }); mm = mut(a, ['四肢X线摄影']); }
  else { a = claim({ region: rg.code, h, dept: 'general_surgery', m, vt: 'outpatient', visit: d, dx: ['K80.200'], items: [['腹部B超', 1], ['泌尿系B超', 1], ['肝功能(全套)', 1], ['熊去氧胆酸胶囊', 30]] }); mm = mut(a, ['泌尿系B超']); }
  label('fraud', 'T06', this.name, [a], [a], mm);
} };
// T07 模板化入院检查(无指征的肿瘤标志物/甲功/糖化)
TYP.T07 = { name: '模板化入院检查: 不论转诊资料每次入院开肿瘤标志物/甲功/糖化血红蛋白', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const h = pick([H.L2, H.L3]); const v = i % 3; const m = member({ age: ri(20, 60) });
  const adm = baseDate(); const tpl = [['肿瘤标志物(CEA)测定', 1, adm], ['甲胎蛋白(AFP)测定', 1, adm], ['糖类抗原19-9(CA19-9)测定', 1, adm], ['甲状腺功能(三项)', 1, adm], ['糖化血红蛋白测定', 1, adm]];
  let a; const tr = i % 2 === 0; const from = tr ? pick([H.T1, H.T2]) : null;
  if (v === 0) { const op = adm; const dis = add(adm, ri(3, 5));
    a = claim({ region: rg.code, h, dept: 'general_surgery', m, vt: 'inpatient', adm, dis, route: tr ? 'transfer' : 'emergency', from, dx: ['K35.800'], px: [['47.0100', op]],
      items: [...ADMLABS(adm), ...PREOP(adm), ['腹部B超', 1, adm], ...tpl, ['腹腔镜下阑尾切除术', 1, op], ['全身麻醉', 2, op], ['一次性腹腔镜穿刺器', 1, op], ['可吸收缝线', 2, op], ...ivCourse(adm, 3, '注射用头孢呋辛钠', 2)] });
  } else if (v === 1) { const op = add(adm, 2); const dis = add(adm, ri(7, 10));
    a = claim({ region: rg.code, h, dept: 'orthopaedics', m, vt: 'inpatient', adm, dis, route: tr ? 'transfer' : 'emergency', from, dx: ['S82.600'], px: [['79.3602', op]],
      items: [...ADMLABS(adm), ...PREOP(adm), ['四肢X线摄影', 1, adm], ...tpl, ['骨折切开复位内固定术', 1, op], ['全身麻醉', 2, op], ['接骨板', 1, op], ['骨科螺钉', 6, op], ...ivCourse(op, 3, '注射用头孢呋辛钠', 2)] });
  } else { const dis = add(adm, ri(6, 8));
    a = claim({ region: rg.code, h, dept: 'respiratory', m, vt: 'inpatient', adm, dis, route: tr ? 'transfer' : 'outpatient', from, dx: ['J18.900'],
      items: [...ADMLABS(adm), ['胸部CT平扫', 1, adm], ['C反应蛋白测定', 1, adm], ...tpl, ...ivCourse(adm, diff(adm, dis), '注射用头孢呋辛钠', 2)] });
  }
  label('fraud', 'T07', this.name, [a], [a], mut(a, tpl.map(x => x[0])));
} };
// T08 诱导转诊至联体外民营医院(低标准入院+大量影像)
TYP.T08 = { name: '诱导转诊: 乡镇转入联体外民营二级医院低标准入院并全套影像', make(i) {
  const rg = REGIONS[i % 4]; const H = HOSP[rg.code]; const t = pick([H.T1, H.T2]); const adm = baseDate(); const dis = add(adm, ri(5, 8)); const m = member({ age: ri(45, 80) });
  const dx = pick([['M54.500'], ['I10.x00x002', 'R42.x00'], ['K29.700'], ['I10.x00x002']]);
  const a = claim({ region: rg.code, h: H.PRV, dept: 'internal_medicine', m, vt: 'inpatient', adm, dis, route: 'transfer', from: t, dx,
    items: [...ADMLABS(adm), ['血脂(四项)', 1, adm], ['头颅CT平扫', 1, adm], ['腰椎MRI平扫', 1, add(adm, 1)], ['心脏彩色多普勒超声', 1, add(adm, 1)], ['颈部血管彩色多普勒超声', 1, add(adm, 1)], ['腹部B超', 1, add(adm, 2)], ['动态心电图(24小时)', 1, add(adm, 2)], ...ivCourse(adm, 4, null), ['甲磺酸倍他司汀片', 15, adm]] });
  label('fraud', 'T08', this.name, [a], [a], {});
} };
// T09 冒名就医: 住院期间乡镇卫生院门诊刷卡检验开药
TYP.T09 = { name: '冒名就医: 县医院住院期间同一参保人在医共体乡镇卫生院门诊检验开药', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const adm = baseDate(); const dis = add(adm, ri(7, 10)); const m = member({ age: ri(55, 80) });
  const A = claim({ region: rg.code, h: H.L2, dept: 'respiratory', m, vt: 'inpatient', adm, dis, route: 'outpatient', dx: ['J18.900'], items: [...ADMLABS(adm), ['胸部CT平扫', 1, adm], ...ivCourse(adm, diff(adm, dis), '注射用头孢呋辛钠', 2)] });
  const v = add(adm, ri(2, diff(adm, dis) - 2));
  const B = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: v, dx: pick([['E11.900'], ['I10.x00x002']]), items: [['血常规(五分类)', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1], ['血脂(四项)', 1], ['常规心电图检查', 1], ['苯磺酸氨氯地平片', 28], ['阿托伐他汀钙片', 28]] });
  label('fraud', 'T09', this.name, [A, B], [B], {});
} };
// T10 乡镇卫生院计收其不能开展、外送牵头医院完成的限级别检查
TYP.T10 = { name: '超限定: 乡镇卫生院计收外送县医院完成的限二级以上检查(MRI/增强/降钙素原)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const d = baseDate(); const v = i % 3; const m = member({ age: ri(30, 80) });
  const spec = v === 0 ? { dx: ['R42.x00'], items: [['头颅MRI平扫', 1], ['甲磺酸倍他司汀片', 21]], bad: ['头颅MRI平扫'] }
    : v === 1 ? { dx: ['J18.900'], items: [['降钙素原测定', 1], ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['头孢呋辛酯片', 14]], bad: ['降钙素原测定'] }
    : { dx: ['R10.400'], items: [['腹部CT平扫', 1], ['CT增强扫描(加收)', 1], ['奥美拉唑肠溶胶囊', 14]], bad: ['CT增强扫描(加收)'] };
  const a = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: d, dx: spec.dx, items: spec.items });
  label('fraud', 'T10', this.name, [a], [a], mut(a, spec.bad));
} };
// T11 下转康复期每日重复检验
TYP.T11 = { name: '下转康复期间每日重复血常规/生化(病情稳定, 超频次)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const m = member({ age: ri(65, 85) });
  const a1 = baseDate(); const op = add(a1, 1); const a2 = add(a1, ri(8, 10));
  const A = claim({ region: rg.code, h: H.L2, dept: 'orthopaedics', m, vt: 'inpatient', adm: a1, dis: a2, route: 'emergency', dmode: 'community', dx: ['S72.000'], px: [['81.5201', op]],
    items: [...ADMLABS(a1), ...PREOP(a1), ['四肢X线摄影', 1, a1], ['人工股骨头置换术', 1, op], ['全身麻醉', 3, op], ['人工股骨头假体', 1, op], ...ivCourse(op, 3, '注射用头孢呋辛钠', 2)] });
  const b2 = add(a2, ri(10, 14)); const labs = [];
  for (let k = 0; k < diff(a2, b2); k++) { const d = add(a2, k); labs.push(['血常规(五分类)', 1, d], ['肝功能(全套)', 1, d], ['肾功能(三项)', 1, d], ['电解质(四项)', 1, d], ['C反应蛋白测定', 1, d]); }
  const rehab = []; for (let k = 1; k < diff(a2, b2); k++) rehab.push(['运动疗法', 1, add(a2, k)]);
  const B = claim({ region: rg.code, h: t, dept: 'rehabilitation', m, vt: 'inpatient', adm: a2, dis: b2, route: 'transfer', from: H.L2, dx: ['S72.000', 'Z50.900x001'],
    items: [['康复评定', 1, a2], ...rehab, ...labs] });
  label('fraud', 'T11', this.name, [A, B], [B], { [B.claimId]: lineIdsOf(B, it => ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', 'C反应蛋白测定'].includes(it.name) && it.date > a2) });
} };
// T12 急诊转住院同日重复计收急诊已做检查
TYP.T12 = { name: '急诊留观转住院同日重复计收急诊已做的CT/检验', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const h = pick([H.L2, H.L3]); const d = baseDate(); const v = i % 2; const m = member({ age: ri(50, 85) });
  const spec = v === 0 ? { dx: ['I63.900', 'I10.x00x002'], dept: 'neurology', er: ['头颅CT平扫', '血常规(五分类)', '肾功能(三项)', '电解质(四项)', '凝血四项', '常规心电图检查'], drug: '胞磷胆碱钠注射液' }
    : { dx: ['J44.100'], dept: 'respiratory', er: ['胸部CT平扫', '血常规(五分类)', '血气分析', '电解质(四项)', 'C反应蛋白测定', '常规心电图检查'], drug: '注射用头孢呋辛钠' };
  const A = claim({ region: rg.code, h, dept: 'emergency', m, vt: 'outpatient', visit: d, emergency: true, dx: spec.dx, items: spec.er.map(n => [n, 1]) });
  const dis = add(d, ri(6, 9));
  const B = claim({ region: rg.code, h, dept: spec.dept, m, vt: 'inpatient', adm: d, dis, route: 'emergency', dx: spec.dx, items: [...spec.er.map(n => [n, 1, d]), ['肝功能(全套)', 1, d], ...ivCourse(d, diff(d, dis), spec.drug, 2)] });
  label('fraud', 'T12', this.name, [A, B], [B], { [B.claimId]: lineIdsOf(B, it => spec.er.includes(it.name) && it.date === d) });
} };
// T13 转出当日虚记全套检查
TYP.T13 = { name: '转出医院在转院当日虚记全套检验检查(接收医院同日实做)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const m = member({ age: ri(55, 85) });
  const a1 = baseDate(); const tr = add(a1, ri(3, 5)); const dis = add(tr, ri(6, 9));
  const panel = ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '胸部X线摄影(正侧位)', '常规心电图检查'];
  const A = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'inpatient', adm: a1, dis: tr, route: 'outpatient', dmode: 'transfer', dx: ['J18.900', 'J44.000'],
    items: [['血常规(五分类)', 1, a1], ['胸部X线摄影(正侧位)', 1, a1], ...ivCourse(a1, diff(a1, tr), '注射用头孢呋辛钠', 2), ...panel.map(n => [n, 1, tr])] });
  const B = claim({ region: rg.code, h: H.L2, dept: 'respiratory', m, vt: 'inpatient', adm: tr, dis, route: 'transfer', from: t, dx: ['J18.900', 'J44.000'],
    items: [...panel.map(n => [n, 1, tr]), ['胸部CT平扫', 1, tr], ['血气分析', 1, tr], ...ivCourse(tr, diff(tr, dis), '注射用哌拉西林钠他唑巴坦钠', 3)] });
  label('fraud', 'T13', this.name, [A, B], [A], { [A.claimId]: lineIdsOf(A, it => panel.includes(it.name) && it.date === tr) });
} };
// T14 上转“检查住院”
TYP.T14 = { name: '以检查为目的住院: 慢病患者上转入院只做检查(低标准入院)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const adm = baseDate(); const dis = add(adm, ri(2, 4)); const v = i % 3;
  const m = member({ age: ri(50, 78) });
  const dx = v === 0 ? ['E11.900', 'E78.500'] : v === 1 ? ['I10.x00x002', 'E78.500'] : ['E11.900', 'I10.x00x002'];
  const a = claim({ region: rg.code, h: pick([H.L2, H.L3]), dept: v === 1 ? 'cardiology' : 'endocrinology', m, vt: 'inpatient', adm, dis, route: 'transfer', from: t, dx, nursing: 'Ⅲ级护理',
    items: [['血常规(五分类)', 1, adm], ['尿常规', 1, adm], ['肝功能(全套)', 1, adm], ['肾功能(三项)', 1, adm], ['血脂(四项)', 1, adm], ['糖化血红蛋白测定', 1, adm], ['甲状腺功能(三项)', 1, adm],
      ['眼底检查', 1, add(adm, 1)], ['颈部血管彩色多普勒超声', 1, add(adm, 1)], ['心脏彩色多普勒超声', 1, add(adm, 1)], ['腹部B超', 1, add(adm, 1)], ['动态心电图(24小时)', 1, add(adm, 1)], ['动态血压监测(24小时)', 1, add(adm, 1)], ['下肢血管彩色多普勒超声', 1, add(adm, 1)],
      v === 1 ? ['苯磺酸氨氯地平片', 3, adm] : ['盐酸二甲双胍片', 9, adm]] });
  label('fraud', 'T14', this.name, [a], [a], {});
} };
// T15 同一医联体两院数日内门诊重复检验检查
TYP.T15 = { name: '同一医联体两家医院数日内门诊重复检验检查(糖化/甲功/甲状腺彩超)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const d = baseDate(); const v = i % 2; const m = member({ age: ri(30, 70), gender: v ? 'F' : undefined });
  const spec = v === 0 ? { dx: ['E11.900'], tests: ['糖化血红蛋白测定', '肝功能(全套)', '肾功能(三项)', '血脂(四项)'], drug: ['盐酸二甲双胍缓释片', 28] }
    : { dx: ['E04.101', 'E03.900'], tests: ['甲状腺功能(三项)', '甲状腺彩超'], drug: ['左甲状腺素钠片', 28] };
  const a = claim({ region: rg.code, h: H.L3, dept: 'endocrinology', m, vt: 'outpatient', visit: d, dx: spec.dx, items: [...spec.tests.map(n => [n, 1]), spec.drug] });
  const b = claim({ region: rg.code, h: pick([H.L2b, H.L2]), dept: 'endocrinology', m, vt: 'outpatient', visit: add(d, ri(2, 10)), dx: spec.dx, items: [...spec.tests.map(n => [n, 1]), spec.drug] });
  label('fraud', 'T15', this.name, [a, b], [b], mut(b, spec.tests));
} };

// ---------- controls ----------
CTL.C01 = { name: '上转后病情变化(新发偏瘫)重复头颅CT并加做MRI', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const d0 = baseDate(); const m = member({ age: ri(55, 80) });
  const a = claim({ region: rg.code, h: H.L2, dept: 'neurology', m, vt: 'outpatient', visit: d0, dx: ['R42.x00', 'I10.x00x002'], items: [['头颅CT平扫', 1], ['常规心电图检查', 1], ['甲磺酸倍他司汀片', 21]] });
  const adm = add(d0, ri(1, 4)); const dis = add(adm, ri(8, 12));
  const b = claim({ region: rg.code, h: H.L3, dept: 'neurology', m, vt: 'inpatient', adm, dis, route: 'emergency', dx: ['I63.900', 'I10.x00x002'], nursing: 'Ⅰ级护理',
    items: [...ADMLABS(adm), ['头颅CT平扫', 1, adm], ['头颅MRI平扫', 1, add(adm, 1)], ['颈部血管彩色多普勒超声', 1, add(adm, 1)], ...ivCourse(adm, 7, '胞磷胆碱钠注射液', 2), ['阿司匹林肠溶片', 9, adm], ['阿托伐他汀钙片', 9, adm]] });
  label('control', 'C01', this.name, [a, b]);
} };
CTL.C02 = { name: '互认有效期外复查(同部位影像间隔40天以上)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const d0 = baseDate(); const m = member({ age: ri(45, 75) }); const v = i % 2;
  const spec = v === 0 ? { dx: ['M17.900'], img: '膝关节MRI平扫', dept: 'orthopaedics', drug: ['塞来昔布胶囊', 14] } : { dx: ['M51.202'], img: '腰椎MRI平扫', dept: 'orthopaedics', drug: ['双氯芬酸钠缓释片', 14] };
  const a = claim({ region: rg.code, h: H.L2, dept: spec.dept, m, vt: 'outpatient', visit: d0, dx: spec.dx, items: [[spec.img, 1], spec.drug] });
  const b = claim({ region: rg.code, h: H.L3, dept: spec.dept, m, vt: 'outpatient', visit: add(d0, ri(45, 80)), dx: spec.dx, items: [[spec.img, 1], spec.drug] });
  label('control', 'C02', this.name, [a, b]);
} };
CTL.C03 = { name: '急诊转院(STEMI)接收医院重复肌钙蛋白/血气并行PCI', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const d = baseDate(); const m = member({ age: ri(45, 80) });
  const a = claim({ region: rg.code, h: H.L2, dept: 'emergency', m, vt: 'outpatient', visit: d, emergency: true, dx: ['I21.000'], items: [['常规心电图检查', 2], ['肌钙蛋白I测定', 1], ['血气分析', 1], ['阿司匹林肠溶片', 3], ['硫酸氢氯吡格雷片', 8]] });
  const dis = add(d, ri(6, 9));
  const b = claim({ region: rg.code, h: H.L3, dept: 'cardiology', m, vt: 'inpatient', adm: d, dis, route: 'transfer', from: H.L2, dx: ['I21.000'], px: [['88.5500', d], ['36.0700', d]], bed: '监护病房床位费', nursing: 'Ⅰ级护理',
    items: [['肌钙蛋白I测定', 2, d], ['血气分析', 1, d], ['常规心电图检查', 1, d], ['血常规(五分类)', 1, d], ['凝血四项', 1, d], ['肾功能(三项)', 1, d], ['经皮冠状动脉支架置入术', 1, d], ['冠状动脉药物洗脱支架', 1, d], ['导引导丝', 1, d], ['血管鞘组', 1, d], ['冠状动脉球囊扩张导管', 1, d],
      ['肌钙蛋白I测定', 1, add(d, 1)], ['心脏彩色多普勒超声', 1, add(d, 2)], ['替格瑞洛片', 2 * diff(d, dis), d], ['阿托伐他汀钙片', diff(d, dis), d], ['依诺肝素钠注射液', 2, d]] });
  label('control', 'C03', this.name, [a, b]);
} };
CTL.C04 = { name: '术前检查超过有效期(乡镇5周前所做)术前重做', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2]); const d0 = baseDate(); const m = member({ age: ri(30, 70) });
  const a = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: d0, dx: ['K80.200'], items: [['腹部B超', 1], ['血常规(五分类)', 1], ['凝血四项', 1], ['术前八项(感染筛查)', 1]] });
  const adm = add(d0, ri(35, 50)); const op = add(adm, 1); const dis = add(adm, ri(3, 5));
  const b = claim({ region: rg.code, h: H.L2, dept: 'general_surgery', m, vt: 'inpatient', adm, dis, route: 'transfer', from: t, dx: ['K80.100'], px: [['51.2300', op]],
    items: [...ADMLABS(adm), ...PREOP(adm), ['腹部B超', 1, adm], ['腹腔镜下胆囊切除术', 1, op], ['全身麻醉', 2, op], ['一次性腹腔镜穿刺器', 1, op], ['止血夹(结扎夹)', 4, op], ...ivCourse(op, 2, '注射用头孢呋辛钠', 2)] });
  label('control', 'C04', this.name, [a, b]);
} };
CTL.C05 = { name: '真实远程影像会诊: 乡镇拍片计收一次, 牵头医院只收会诊(诊察)费', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const d = baseDate(); const m = member({ age: ri(30, 80) }); const v = i % 2;
  const spec = v === 0 ? { dx: ['J20.900'], local: '胸部X线摄影(正侧位)', drug: ['阿莫西林胶囊', 24] } : { dx: ['M54.500'], local: '腰椎X线摄影', drug: ['布洛芬缓释胶囊', 12] };
  const a = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: d, dx: spec.dx, items: [[spec.local, 1], spec.drug] });
  const b = claim({ region: rg.code, h: H.L3, dept: 'radiology', m, vt: 'outpatient', visit: d, dx: spec.dx, noConsult: true, items: [['互联网复诊诊察费', 1]] });
  label('control', 'C05', this.name, [a, b]);
} };
CTL.C06 = { name: '按指南间隔随访复查(肺结节3个月CT、糖化3个月、甲状腺结节6个月彩超)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const d0 = baseDate(); const v = i % 3; const m = member({ age: ri(40, 70) });
  const spec = v === 0 ? { dx: ['R91.x00x001'], t: ['胸部CT平扫'], gap: ri(85, 100), dept: 'respiratory' } : v === 1 ? { dx: ['E11.900'], t: ['糖化血红蛋白测定', '肾功能(三项)'], gap: ri(88, 100), dept: 'endocrinology', drug: ['盐酸二甲双胍片', 90] }
    : { dx: ['E04.101'], t: ['甲状腺彩超', '甲状腺功能(三项)'], gap: ri(175, 190), dept: 'endocrinology' };
  const d1 = add(d0, -spec.gap);
  const a = claim({ region: rg.code, h: H.L2, dept: spec.dept, m, vt: 'outpatient', visit: d1 < '2025-01-02' ? '2025-01-05' : d1, dx: spec.dx, items: [...spec.t.map(n => [n, 1]), ...(spec.drug ? [spec.drug] : [])] });
  const b = claim({ region: rg.code, h: H.L3, dept: spec.dept, m, vt: 'outpatient', visit: d1 < '2025-01-02' ? add('2025-01-05', spec.gap) : d0, dx: spec.dx, items: [...spec.t.map(n => [n, 1]), ...(spec.drug ? [spec.drug] : [])] });
  label('control', 'C06', this.name, [a, b]);
} };
CTL.C07 = { name: '县医院重做乡镇达不到标准的检验(三分类血常规→五分类, 床旁→正式)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const d0 = baseDate(); const m = member({ age: ri(20, 80) });
  const a = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: d0, dx: ['R50.900'], items: [['血常规(三分类)', 1], ['尿常规', 1], ['对乙酰氨基酚片', 6]] });
  const adm = add(d0, 1); const dis = add(adm, ri(5, 7));
  const b = claim({ region: rg.code, h: H.L2, dept: 'infectious', m, vt: 'inpatient', adm, dis, route: 'transfer', from: t, dx: ['N39.000', 'R50.900'],
    items: [['血常规(五分类)', 1, adm], ['尿常规', 1, adm], ['细菌培养及药敏', 1, adm], ['C反应蛋白测定', 1, adm], ['肾功能(三项)', 1, adm], ['泌尿系B超', 1, add(adm, 1)], ...ivCourse(adm, diff(adm, dis), '注射用头孢曲松钠', 1)] });
  label('control', 'C07', this.name, [a, b]);
} };
CTL.C08 = { name: '乡镇外送标本只由县医院检验科计收一次', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const d = baseDate(); const v = i % 2; const m = member({ age: ri(40, 75) });
  const spec = v === 0 ? { dx: ['E11.900'], tests: ['糖化血红蛋白测定'], drug: ['盐酸二甲双胍片', 60] } : { dx: ['E03.900'], tests: ['甲状腺功能(三项)'], drug: ['左甲状腺素钠片', 30] };
  const a = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: d, dx: spec.dx, items: [spec.drug] });
  const b = claim({ region: rg.code, h: H.L2, dept: 'laboratory', m, vt: 'outpatient', visit: d, dx: spec.dx, noConsult: true, items: spec.tests.map(n => [n, 1]) });
  label('control', 'C08', this.name, [a, b]);
} };
CTL.C09 = { name: '术后下转乡镇康复(医嘱转社区), 不再上转', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const m = member({ age: ri(65, 85) });
  const a1 = baseDate(); const op = add(a1, 1); const a2 = add(a1, ri(8, 10)); const b2 = add(a2, ri(12, 16));
  const A = claim({ region: rg.code, h: H.L2, dept: 'orthopaedics', m, vt: 'inpatient', adm: a1, dis: a2, route: 'emergency', dmode: 'community', dx: ['S72.000'], px: [['81.5201', op]],
    items: [...ADMLABS(a1), ...PREOP(a1), ['四肢X线摄影', 1, a1], ['人工股骨头置换术', 1, op], ['全身麻醉', 3, op], ['人工股骨头假体', 1, op], ...ivCourse(op, 3, '注射用头孢呋辛钠', 2)] });
  const rehab = []; for (let k = 1; k < diff(a2, b2); k++) rehab.push(['运动疗法', 1, add(a2, k)], ['作业疗法', 1, add(a2, k)]);
  const B = claim({ region: rg.code, h: t, dept: 'rehabilitation', m, vt: 'inpatient', adm: a2, dis: b2, route: 'transfer', from: H.L2, dx: ['S72.000', 'Z50.900x001'],
    items: [['康复评定', 1, a2], ['血常规(五分类)', 1, a2], ...rehab, ['康复评定', 1, add(b2, -1)], ['低分子量肝素钙注射液', 10, a2], ['碳酸钙D3片', 2 * diff(a2, b2), a2]] });
  label('control', 'C09', this.name, [A, B]);
} };
CTL.C10 = { name: '下转康复中并发肺炎再上转(新诊断)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const m = member({ age: ri(68, 88) });
  const a1 = baseDate(); const a2 = add(a1, ri(9, 12)); const b2 = add(a2, ri(4, 6)); const c2 = add(b2, ri(7, 10));
  const A = claim({ region: rg.code, h: H.L2, dept: 'neurology', m, vt: 'inpatient', adm: a1, dis: a2, route: 'emergency', dmode: 'community', dx: ['I63.900', 'I10.x00x002'], nursing: 'Ⅰ级护理',
    items: [...ADMLABS(a1), ['头颅CT平扫', 1, a1], ['头颅MRI平扫', 1, add(a1, 1)], ...ivCourse(a1, 8, '胞磷胆碱钠注射液', 2), ['阿司匹林肠溶片', diff(a1, a2), a1]] });
  const rehab = []; for (let k = 1; k < diff(a2, b2); k++) rehab.push(['运动疗法', 1, add(a2, k)], ['言语训练', 1, add(a2, k)]);
  const B = claim({ region: rg.code, h: t, dept: 'rehabilitation', m, vt: 'inpatient', adm: a2, dis: b2, route: 'transfer', from: H.L2, dmode: 'transfer', dx: ['I69.300', 'J18.900'],
    items: [['康复评定', 1, a2], ...rehab, ['血常规(五分类)', 1, add(b2, -1)], ['胸部X线摄影(正侧位)', 1, add(b2, -1)], ['阿司匹林肠溶片', diff(a2, b2), a2]] });
  const C = claim({ region: rg.code, h: H.L2, dept: 'respiratory', m, vt: 'inpatient', adm: b2, dis: c2, route: 'transfer', from: t, dx: ['J18.900', 'I69.300'],
    items: [['血常规(五分类)', 1, b2], ['C反应蛋白测定', 1, b2], ['降钙素原测定', 1, b2], ['胸部CT平扫', 1, b2], ['细菌培养及药敏', 1, b2], ['血气分析', 1, b2], ...ivCourse(b2, diff(b2, c2), '注射用哌拉西林钠他唑巴坦钠', 3), ['血常规(五分类)', 1, add(b2, 3)]] });
  label('control', 'C10', this.name, [A, B, C]);
} };
CTL.C11 = { name: '胸部+腹部CT均有指征(多发伤、肿瘤分期)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const d = baseDate(); const v = i % 2; const m = member({ age: ri(25, 75) });
  let a;
  if (v === 0) { const dis = add(d, ri(6, 9)); a = claim({ region: rg.code, h: pick([H.L2, H.L3]), dept: 'general_surgery', m, vt: 'inpatient', adm: d, dis, route: 'emergency', dx: ['S27.000', 'S36.100'], nursing: 'Ⅰ级护理',
    items: [...ADMLABS(d), ['血型鉴定(ABO+Rh)', 1, d], ['胸部CT平扫', 1, d], ['腹部CT平扫', 1, d], ['胸腔闭式引流术', 1, d], ['一次性使用引流袋', 1, d], ...ivCourse(d, diff(d, dis), '注射用头孢呋辛钠', 2), ['胸部CT平扫', 1, add(d, 3)]] }); }
  else { a = claim({ region: rg.code, h: H.L3, dept: 'oncology', m, vt: 'outpatient', visit: d, dx: ['C18.900'], items: [['胸部CT平扫', 1], ['腹部CT平扫', 1], ['CT增强扫描(加收)', 1], ['肿瘤标志物(CEA)测定', 1]] }); }
  label('control', 'C11', this.name, [a]);
} };
CTL.C12 = { name: '双侧病变分别摄片/同日两种超声各有诊断', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const d = baseDate(); const v = i % 2; const m = member({ age: ri(45, 80) });
  const a = v === 0 ? claim({ region: rg.code, h: pick([H.L2, H.L3]), dept: 'orthopaedics', m, vt: 'outpatient', visit: d, dx: ['M17.000'], items: [['四肢X线摄影', 2], ['塞来昔布胶囊', 14]] })
    : claim({ region: rg.code, h: pick([H.L2, H.L3]), dept: 'urology', m, vt: 'outpatient', visit: d, dx: ['N20.000', 'K80.200'], items: [['泌尿系B超', 1], ['腹部B超', 1], ['尿常规', 1], ['双氯芬酸钠缓释片', 3]] });
  label('control', 'C12', this.name, [a]);
} };
CTL.C13 = { name: '乡镇卫生院实拍胸片(DR)诊治支气管炎/肺炎', make(i) {
  const rg = REGIONS[i % 3]; const H = HOSP[rg.code]; const d = baseDate(); const m = member({ age: ri(18, 75) });
  const a = claim({ region: rg.code, h: H.T1, dept: 'general', m, vt: 'outpatient', visit: d, dx: pick([['J20.900'], ['J18.900']]), items: [['胸部X线摄影(正侧位)', 1], ['血常规(五分类)', 1], ['阿莫西林胶囊', 24], ['复方甘草片', 27]] });
  label('control', 'C13', this.name, [a]);
} };
CTL.C14 = { name: '乡镇胸片异常后县医院胸部CT(病情需要)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2]); const d = baseDate(); const m = member({ age: ri(45, 80) });
  const a = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: d, dx: ['R91.x00x001'], items: [['胸部X线摄影(正侧位)', 1], ['血常规(五分类)', 1]] });
  const b = claim({ region: rg.code, h: H.L2, dept: 'respiratory', m, vt: 'outpatient', visit: add(d, ri(1, 4)), dx: pick([['R91.x03'], ['J18.900']]), items: [['胸部CT平扫', 1], ['C反应蛋白测定', 1], ['肿瘤标志物(CEA)测定', 1]] });
  label('control', 'C14', this.name, [a, b]);
} };
CTL.C15 = { name: '有指征的肿瘤标志物(结肠占位转入手术)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const adm = baseDate(); const op = add(adm, 3); const dis = add(adm, ri(10, 14)); const m = member({ age: ri(50, 80) });
  const a = claim({ region: rg.code, h: H.L3, dept: 'general_surgery', m, vt: 'inpatient', adm, dis, route: 'transfer', from: H.L2, dx: ['C18.900'], px: [['45.7300', op]],
    items: [...ADMLABS(adm), ...PREOP(adm), ['肿瘤标志物(CEA)测定', 1, adm], ['糖类抗原19-9(CA19-9)测定', 1, adm], ['胸部CT平扫', 1, adm], ['大肠部分切除术', 1, op], ['全身麻醉', 4, op], ['一次性使用吻合器', 1, op], ['病理检查(常规石蜡切片)', 1, op], ...ivCourse(op, 5, '注射用头孢呋辛钠', 2)] });
  label('control', 'C15', this.name, [a]);
} };
CTL.C16 = { name: '有指征的入院甲功/糖化(房颤查甲功、糖尿病合并肺炎查糖化)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const adm = baseDate(); const dis = add(adm, ri(5, 8)); const v = i % 2; const m = member({ age: ri(50, 80) });
  const a = v === 0 ? claim({ region: rg.code, h: pick([H.L2, H.L3]), dept: 'cardiology', m, vt: 'inpatient', adm, dis, route: 'transfer', from: pick([H.T1, H.T2]), dx: ['I48.000'],
      items: [...ADMLABS(adm), ['甲状腺功能(三项)', 1, adm], ['心脏彩色多普勒超声', 1, add(adm, 1)], ['动态心电图(24小时)', 1, add(adm, 1)], ['盐酸胺碘酮片', 2 * diff(adm, dis), adm], ['利伐沙班片', diff(adm, dis), adm]] })
    : claim({ region: rg.code, h: pick([H.L2, H.L3]), dept: 'respiratory', m, vt: 'inpatient', adm, dis, route: 'transfer', from: pick([H.T1, H.T2]), dx: ['J18.900', 'E11.900'],
      items: [...ADMLABS(adm), ['糖化血红蛋白测定', 1, adm], ['胸部CT平扫', 1, adm], ['血糖监测(快速)', 3, adm], ...ivCourse(adm, diff(adm, dis), '注射用头孢呋辛钠', 2), ['盐酸二甲双胍片', 3 * diff(adm, dis), adm]] });
  label('control', 'C16', this.name, [a]);
} };
CTL.C17 = { name: '乡镇转入医共体县医院的真实住院(老年肺炎合并慢阻肺)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const adm = baseDate(); const dis = add(adm, ri(7, 10)); const m = member({ age: ri(68, 88) });
  const a = claim({ region: rg.code, h: H.L2, dept: 'respiratory', m, vt: 'inpatient', adm, dis, route: 'transfer', from: pick([H.T1, H.T2, H.T3]), dx: ['J18.900', 'J44.100'], nursing: 'Ⅰ级护理',
    items: [...ADMLABS(adm), ['胸部CT平扫', 1, adm], ['血气分析', 1, adm], ['C反应蛋白测定', 1, adm], ['吸氧', 12, adm], ['吸氧', 12, add(adm, 1)], ...ivCourse(adm, diff(adm, dis), '注射用哌拉西林钠他唑巴坦钠', 3), ['吸入用布地奈德混悬液', 2, adm], ['雾化吸入', 2, adm], ['血常规(五分类)', 1, add(adm, 4)]] });
  label('control', 'C17', this.name, [a]);
} };
CTL.C18 = { name: '县医院出院当日/次日在乡镇卫生院门诊换药复诊', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const adm = baseDate(); const op = adm; const dis = add(adm, ri(4, 6)); const m = member({ age: ri(20, 60) });
  const A = claim({ region: rg.code, h: H.L2, dept: 'general_surgery', m, vt: 'inpatient', adm, dis, route: 'emergency', dmode: 'community', dx: ['K35.800'], px: [['47.0100', op]],
    items: [...ADMLABS(adm), ...PREOP(adm), ['腹部B超', 1, adm], ['腹腔镜下阑尾切除术', 1, op], ['全身麻醉', 2, op], ['一次性腹腔镜穿刺器', 1, op], ...ivCourse(adm, 3, '注射用头孢呋辛钠', 2)] });
  const B = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: add(dis, i % 2), dx: ['Z48.800'], items: [['换药(小)', 1], ['一次性使用换药包', 1]] });
  label('control', 'C18', this.name, [A, B]);
} };
CTL.C19 = { name: '乡镇转诊后由县/市医院自行开展并计收MRI/降钙素原', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const d = baseDate(); const v = i % 2; const m = member({ age: ri(30, 80) });
  const a = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: d, dx: v ? ['J18.900'] : ['R42.x00'], items: v ? [['血常规(五分类)', 1]] : [['甲磺酸倍他司汀片', 9]] });
  const b = claim({ region: rg.code, h: pick([H.L2, H.L3]), dept: v ? 'respiratory' : 'neurology', m, vt: 'outpatient', visit: add(d, ri(1, 3)), dx: v ? ['J18.900'] : ['R42.x00'],
    items: v ? [['降钙素原测定', 1], ['胸部CT平扫', 1], ['头孢呋辛酯片', 14]] : [['头颅MRI平扫', 1], ['甲磺酸倍他司汀片', 21]] });
  label('control', 'C19', this.name, [a, b]);
} };
CTL.C20 = { name: '下转康复期发热后复查血常规/CRP/培养(病情变化)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const m = member({ age: ri(65, 85) });
  const a2 = baseDate(); const b2 = add(a2, ri(11, 14)); const f = add(a2, ri(3, 5));
  const rehab = []; for (let k = 1; k < diff(a2, b2); k++) rehab.push(['运动疗法', 1, add(a2, k)]);
  const B = claim({ region: rg.code, h: t, dept: 'rehabilitation', m, vt: 'inpatient', adm: a2, dis: b2, route: 'transfer', from: H.L2, dx: ['S72.000', 'T81.400', 'R50.900'],
    items: [['康复评定', 1, a2], ['血常规(五分类)', 1, a2], ...rehab, ['血常规(五分类)', 1, f], ['C反应蛋白测定', 1, f], ['细菌培养及药敏', 1, f], ['血常规(五分类)', 1, add(f, 2)], ['C反应蛋白测定', 1, add(f, 2)], ['换药(中)', 1, f], ['换药(中)', 1, add(f, 2)], ['血常规(五分类)', 1, add(f, 5)], ...ivCourse(f, 5, '注射用头孢呋辛钠', 2)] });
  label('control', 'C20', this.name, [B]);
} };
CTL.C21 = { name: '急诊转住院: 住院只做肌钙蛋白动态复查, 不重收急诊CT/检验', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const h = pick([H.L2, H.L3]); const d = baseDate(); const m = member({ age: ri(45, 80) });
  const A = claim({ region: rg.code, h, dept: 'emergency', m, vt: 'outpatient', visit: d, emergency: true, dx: ['I20.000'], items: [['常规心电图检查', 1], ['肌钙蛋白I测定', 1], ['血常规(五分类)', 1], ['肾功能(三项)', 1], ['D-二聚体测定', 1], ['胸部X线摄影(正侧位)', 1]] });
  const dis = add(d, ri(4, 7));
  const B = claim({ region: rg.code, h, dept: 'cardiology', m, vt: 'inpatient', adm: d, dis, route: 'emergency', dx: ['I20.000', 'I10.x00x002'],
    items: [['肌钙蛋白I测定', 1, d], ['常规心电图检查', 1, d], ['肌钙蛋白I测定', 1, add(d, 1)], ['血脂(四项)', 1, add(d, 1)], ['肝功能(全套)', 1, add(d, 1)], ['心脏彩色多普勒超声', 1, add(d, 1)], ['阿司匹林肠溶片', diff(d, dis), d], ['阿托伐他汀钙片', diff(d, dis), d], ['单硝酸异山梨酯缓释片', diff(d, dis), d]] });
  label('control', 'C21', this.name, [A, B]);
} };
CTL.C22 = { name: '转出当日病情变化(消化道出血)两院同日复查血常规/凝血', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const m = member({ age: ri(50, 80) });
  const a1 = baseDate(); const tr = add(a1, ri(2, 4)); const dis = add(tr, ri(6, 9));
  const A = claim({ region: rg.code, h: t, dept: 'general', m, vt: 'inpatient', adm: a1, dis: tr, route: 'outpatient', dmode: 'transfer', dx: ['K29.700', 'K92.200'],
    items: [['血常规(五分类)', 1, a1], ['大便常规+隐血', 1, a1], ...ivCourse(a1, diff(a1, tr), null), ['奥美拉唑肠溶胶囊', 2 * diff(a1, tr), a1], ['血常规(五分类)', 1, tr], ['大便常规+隐血', 1, tr]] });
  const B = claim({ region: rg.code, h: H.L2, dept: 'gastroenterology', m, vt: 'inpatient', adm: tr, dis, route: 'transfer', from: t, dx: ['K25.400', 'D64.900'], px: [['45.1300', add(tr, 1)]], nursing: 'Ⅰ级护理',
    items: [['血常规(五分类)', 2, tr], ['凝血四项', 1, tr], ['血型鉴定(ABO+Rh)', 1, tr], ['交叉配血', 1, tr], ['悬浮红细胞(去白细胞)', 2, tr], ['静脉输血', 1, tr], ['一次性使用输血器', 1, tr], ['胃镜检查', 1, add(tr, 1)], ['血常规(五分类)', 1, add(tr, 2)], ...ivCourse(tr, 4, '注射用泮托拉唑钠', 2)] });
  label('control', 'C22', this.name, [A, B]);
} };
CTL.C23 = { name: '上转计划性诊断住院(冠脉造影, 检查为主但有操作)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const adm = baseDate(); const op = add(adm, 1); const dis = add(adm, ri(2, 4)); const m = member({ age: ri(50, 78) });
  const a = claim({ region: rg.code, h: H.L3, dept: 'cardiology', m, vt: 'inpatient', adm, dis, route: 'transfer', from: H.L2, dx: ['I20.000', 'I10.x00x002'], px: [['88.5500', op]],
    items: [['血常规(五分类)', 1, adm], ['凝血四项', 1, adm], ['肾功能(三项)', 1, adm], ['术前八项(感染筛查)', 1, adm], ['常规心电图检查', 1, adm], ['冠状动脉造影术', 1, op], ['冠脉造影导管', 1, op], ['导引导丝', 1, op], ['血管鞘组', 1, op], ['盐酸利多卡因注射液', 2, op], ['阿司匹林肠溶片', 3, adm], ['硫酸氢氯吡格雷片', 3, adm]] });
  label('control', 'C23', this.name, [a]);
} };
CTL.C24 = { name: '两院间有指征的连续检验(β-HCG 48小时复查、华法林/抗凝期凝血)', make(i) {
  const rg = R(); const H = HOSP[rg.code]; const t = pick([H.T1, H.T2, H.T3]); const d = baseDate(); const v = i % 2;
  const m = member({ age: v === 0 ? ri(22, 38) : ri(55, 80), gender: v === 0 ? 'F' : undefined });
  const a = v === 0 ? claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: d, dx: ['O20.000'], items: [['人绒毛膜促性腺激素(β-HCG)测定', 1], ['产科B超', 1], ['地屈孕酮片', 4]] })
    : claim({ region: rg.code, h: t, dept: 'general', m, vt: 'outpatient', visit: d, dx: ['I48.000'], items: [['凝血四项', 1], ['酒石酸美托洛尔片', 14]] });
  const b = v === 0 ? claim({ region: rg.code, h: H.L2, dept: 'gynaecology', m, vt: 'outpatient', visit: add(d, 2), dx: ['O20.000'], items: [['人绒毛膜促性腺激素(β-HCG)测定', 1], ['地屈孕酮片', 14]] })
    : claim({ region: rg.code, h: H.L2, dept: 'cardiology', m, vt: 'outpatient', visit: add(d, 7), dx: ['I48.000'], items: [['凝血四项', 1], ['常规心电图检查', 1], ['酒石酸美托洛尔片', 28]] });
  label('control', 'C24', this.name, [a, b]);
} };

// ---------- routine ----------
function routine(i) {
  const rg = R(); const H = HOSP[rg.code]; const d = baseDate(); const k = i % 10;
  let c;
  if (k === 0) { const m = member({ age: ri(18, 60) }); c = claim({ region: rg.code, h: pick([H.T1, H.T2, H.T3]), dept: 'general', m, vt: 'outpatient', visit: d, dx: ['J06.900'], items: [['对乙酰氨基酚片', 6], ['板蓝根颗粒', 9]] }); }
  else if (k === 1) { const m = member({ age: ri(50, 80), chronic: ['I10'] }); c = claim({ region: rg.code, h: pick([H.T1, H.L2]), dept: 'general', m, vt: 'chronic', visit: d, dx: ['I10.x00x002'], items: [['苯磺酸氨氯地平片', 30], ['酒石酸美托洛尔片', 60]] }); }
  else if (k === 2) { const m = member({ age: ri(45, 80), chronic: ['E11'] }); c = claim({ region: rg.code, h: pick([H.L2, H.L3]), dept: 'endocrinology', m, vt: 'chronic', visit: d, dx: ['E11.900'], items: [['空腹血糖测定', 1], ['盐酸二甲双胍片', 90], ['格列美脲片', 30]] }); }
  else if (k === 3) { const m = member({ age: ri(20, 70) }); c = claim({ region: rg.code, h: pick([H.L2, H.L3, H.L2b]), dept: 'gastroenterology', m, vt: 'outpatient', visit: d, dx: ['K29.700'], items: [['奥美拉唑肠溶胶囊', 28], ['铝碳酸镁咀嚼片', 36]] }); }
  else if (k === 4) { const m = member({ age: ri(20, 60) }); const dis = add(d, ri(3, 5)); c = claim({ region: rg.code, h: pick([H.L2, H.L3]), dept: 'general_surgery', m, vt: 'inpatient', adm: d, dis, route: 'emergency', dx: ['K35.800'], px: [['47.0100', d]],
    items: [...ADMLABS(d), ...PREOP(d), ['腹部B超', 1, d], ['腹腔镜下阑尾切除术', 1, d], ['全身麻醉', 2, d], ['一次性腹腔镜穿刺器', 1, d], ['可吸收缝线', 2, d], ...ivCourse(d, 3, '注射用头孢呋辛钠', 2)] }); }
  else if (k === 5) { const m = member({ age: ri(60, 85) }); const dis = add(d, ri(6, 9)); c = claim({ region: rg.code, h: pick([H.L2, H.L3, H.L2b]), dept: 'respiratory', m, vt: 'inpatient', adm: d, dis, route: 'outpatient', dx: ['J18.900'],
    items: [...ADMLABS(d), ['胸部CT平扫', 1, d], ['C反应蛋白测定', 1, d], ...ivCourse(d, diff(d, dis), '注射用头孢呋辛钠', 2), ['血常规(五分类)', 1, add(d, 4)]] }); }
  else if (k === 6) { const m = member({ age: ri(20, 70) }); c = claim({ region: rg.code, h: pick([H.L2, H.L3]), dept: 'orthopaedics', m, vt: 'outpatient', visit: d, dx: ['S93.400'], items: [['四肢X线摄影', 1], ['医用弹力绷带', 1], ['布洛芬缓释胶囊', 12]] }); }
  else if (k === 7) { const m = member({ age: ri(30, 70) }); c = claim({ region: rg.code, h: pick([H.L2, H.L3]), dept: 'cardiology', m, vt: 'outpatient', visit: d, dx: ['I10.x00x002'], items: [['常规心电图检查', 1], ['肾功能(三项)', 1], ['缬沙坦胶囊', 28]] }); }
  else if (k === 8) { const m = member({ age: ri(3, 12) }); c = claim({ region: rg.code, h: pick([H.T1, H.L2]), dept: 'paediatrics', m, vt: 'outpatient', visit: d, dx: ['J06.900'], items: [['血常规(五分类)', 1], ['小儿氨酚黄那敏颗粒', 9]] }); }
  else { const m = member({ age: ri(45, 80) }); const dis = add(d, ri(8, 12)); c = claim({ region: rg.code, h: pick([H.L2, H.L3]), dept: 'neurology', m, vt: 'inpatient', adm: d, dis, route: 'emergency', dx: ['I63.900', 'I10.x00x002'], nursing: 'Ⅰ级护理',
    items: [...ADMLABS(d), ['头颅CT平扫', 1, d], ['头颅MRI平扫', 1, add(d, 1)], ['颈部血管彩色多普勒超声', 1, add(d, 1)], ['血脂(四项)', 1, d], ...ivCourse(d, 7, '胞磷胆碱钠注射液', 2), ['阿司匹林肠溶片', diff(d, dis), d], ['阿托伐他汀钙片', diff(d, dis), d]] }); }
  label('routine', 'R', 'routine', [c]);
}

// ---------- build all ----------
for (const k of Object.keys(TYP)) for (let i = 0; i < 15; i++) TYP[k].make(i);
for (const k of Object.keys(CTL)) for (let i = 0; i < 15; i++) CTL[k].make(i);
for (let i = 0; i < 100; i++) routine(i);

// DRG groups from pass 1
let G = {};
if (GROUPS && fs.existsSync(GROUPS)) {
  const lines = fs.readFileSync(GROUPS, 'utf8').split('\n').filter(l => l.trim());
  const sorted = CLAIMS.slice().sort((a, b) => a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._order - b._order);
  lines.forEach((l, idx) => { const g = JSON.parse(l); const id = g.claimId || (sorted[idx] && sorted[idx].claimId); const drg = g.drg || (g.grouping && g.grouping.drg) || (g.group && g.group.drg); if (id && drg) G[id] = drg; });
}

// ---------- money (integer fen) ----------
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
CLAIMS.sort((a, b) => a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._order - b._order);
const used = {};
for (const c of CLAIMS) {
  c.items = c._items.map((it, i) => ({ lineId: String(i + 1), code: it.code, name: it.name, category: it.category, date: it.date, quantity: it.quantity, unitPrice: it.unitFen / 100, amount: it.amountFen / 100 }));
  const total = c._items.reduce((s, it) => s + it.amountFen, 0);
  const self = c._items.reduce((s, it) => s + (it.r.class === '丙' ? it.amountFen : Math.round(it.amountFen * (it.r.selfPayShare || 0))), 0);
  const policy = total - self;
  const prov = POL.provinces[c._prov]; let sch = prov.schemes[c.insuranceType][c.visitType];
  const ov = prov.regions && prov.regions[c.region] && prov.regions[c.region].schemes && prov.regions[c.region].schemes[c.insuranceType] && prov.regions[c.region].schemes[c.insuranceType][c.visitType];
  if (ov) sch = { ...sch, ...ov };
  const lvl = String(c.provider.level);
  const ratio = (typeof sch.ratio === 'object' ? sch.ratio[lvl] : sch.ratio) + (c.patient.retired ? (sch.retireeRatioBonus || 0) : 0);
  const ded = c.visitType === 'inpatient' ? (typeof sch.deductible === 'object' ? sch.deductible[lvl] : sch.deductible) * 100 : 0; // outpatient: deductible taken as met (reviewer's upper bound, policies.json basis)
  let fund = Math.floor(Math.max(0, policy - ded) * ratio);
  const key = c.patient.insuredId + '/' + c.visitType;
  const cap = (sch.annualFundCap || 1e9) * 100; const u = used[key] || 0;
  fund = Math.max(0, Math.min(fund, cap - u)); used[key] = u + fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  if (c.reportedGroup) c.reportedGroup = { drg: G[c.claimId] || null, dip: null };
  delete c._items; delete c._settle; delete c._order; delete c._m; delete c._prov;
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(c => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS.map(l => { const o = { caseId: l.caseId, kind: l.kind, code: l.code, name: l.name };
  if (l.kind === 'fraud') o.typology = l.code; else if (l.kind === 'control') o.control = l.code;
  return { ...o, claimIds: l.claimIds, targets: l.targets, mutatedLines: l.mutatedLines }; }), null, 1));
console.error(`claims ${CLAIMS.length}, cases ${LABELS.length}`);
