#!/usr/bin/env node
// blind74: providers as patterns (医院、科室和医生的异常模式). Fixed seed, no dependencies.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || __dirname);
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base72/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- rng ----------
let _s = 740074;
function rnd() { _s |= 0; _s = (_s + 0x6D2B79F5) | 0; let t = Math.imul(_s ^ (_s >>> 15), 1 | _s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue ----------
const ROW = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json',
  'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json']) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!ROW[r.name]) ROW[r.name] = r;
}
function row(name) { const r = ROW[name]; if (!r) throw new Error('no catalogue row: ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const dow = (s) => D(s).getUTCDay(); // 0 Sun .. 6 Sat
const HOLI = new Set(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04', '2025-04-04', '2025-04-05', '2025-04-06', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05']);
const isOff = (s) => dow(s) === 0 || dow(s) === 6 || HOLI.has(s);
function dayIn(from, to, weekday = true) { // random date in [from,to]
  const n = Math.round((D(to) - D(from)) / 864e5);
  for (let k = 0; k < 50; k++) { const s = add(from, ri(0, n)); if (!weekday || !isOff(s)) return s; }
  return from;
}

// ---------- providers ----------
const REG = { '510100': { prov: '51', far: ['513400', '513300', '511800', '511900'] }, '220100': { prov: '22', far: ['222400', '220700', '220800', '222400'] } };
const hospitals = {}; let hSeq = 0;
function hospital(region, level, kind) { hSeq++; const id = 'H' + region + String(100 + hSeq); hospitals[id] = { id, region, level, kind, docs: {} }; return hospitals[id]; }
let dSeq = 0;
function doctor(h, dept, title) { dSeq++; const id = 'D74' + String(dSeq).padStart(4, '0'); const d = { id, hospital: h, dept, title }; h.docs[id] = d; return d; }
function titleFor(level) { return level === 1 ? pick(['医师', '主治医师', '主治医师']) : pick(['主治医师', '主治医师', '副主任医师', '主任医师', '医师']); }

// ---------- members ----------
let mSeq = 0;
function member(region, o = {}) {
  mSeq++;
  const age = o.age != null ? o.age : ri(o.amin || 25, o.amax || 80);
  const gender = o.gender || (chance(0.5) ? 'M' : 'F');
  const bd = add('2025-06-15', -Math.round(age * 365.25) - ri(0, 300));
  let scheme = o.scheme || (age < 18 || (age > 60 && chance(0.4)) ? 'resident' : (chance(0.7) ? 'employee' : 'resident'));
  const retired = scheme === 'employee' && age >= (gender === 'M' ? 60 : 55);
  const contrib = scheme === 'employee' ? Math.max(1, Math.min(age - 20, retired ? ri(gender === 'M' ? 30 : 25, 38) : ri(3, 30))) : 0;
  const cont = Math.min(age, ri(6, 12));
  return {
    insuredId: 'P74' + String(mSeq).padStart(6, '0'), region, age, gender, birthDate: bd, scheme, retired,
    enrollment: { enrolledOn: add('2025-01-01', -365 * cont), inConcentratedPeriod: true, continuousYears: cont, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contrib, special: null },
    chronic: o.chronic || null, insuredRegion: o.insuredRegion || null,
  };
}

// ---------- line builder ----------
class Lines {
  constructor(level) { this.level = level; this.l = []; }
  add(name, qty, date) { if (qty <= 0) return this; const r = row(name); this.l.push({ r, qty, date }); return this; }
  daily(name, qty, from, days) { for (let i = 0; i < days; i++) this.add(name, qty, add(from, i)); return this; }
}
function finishLines(L) {
  return L.l.map((x, i) => {
    const price = x.r.priceCap[String(L.level)];
    const pf = Math.round(price * 100); const af = pf * x.qty;
    return { lineId: String(i + 1), code: (x.r.products && x.r.products[0]) || x.r.code, name: x.r.name, category: x.r.category, date: x.date, quantity: x.qty, unitPrice: pf / 100, amount: af / 100, _af: af, _share: x.r.class === '丙' ? 1 : (x.r.selfPayShare || 0) };
  });
}

// ---------- clinical templates ----------
// each returns {dx, px:[[code,dayOffset]], build(L, start, los)}; inpatient ones carry los
function inpBase(L, a, los, nursing, bed) {
  L.daily(bed || '普通病房床位费(三人间)', 1, a, los).daily(nursing || 'Ⅱ级护理', 1, a, los).daily('住院诊查费', 1, a, los);
}
function admLabs(L, a, extra = []) {
  L.add('血常规(五分类)', 1, a).add('尿常规', 1, a).add('肝功能(全套)', 1, a).add('肾功能(三项)', 1, a).add('电解质(四项)', 1, a).add('常规心电图检查', 1, a);
  for (const e of extra) L.add(e, 1, a);
}
function infusion(L, a, days, sets = 1) { L.daily('静脉输液(第一组)', 1, a, days).daily('一次性使用输液器', 1, a, days); if (sets > 1) L.daily('静脉输液(每增加一组)', sets - 1, a, days); }
const T = {
  pneumonia(lv) { return { los: ri(5, 8), dx: ['J18.900'], px: [], build(L, a, los) {
    inpBase(L, a, los); admLabs(L, a, ['C反应蛋白测定', lv >= 2 ? '胸部CT平扫' : '胸部X线摄影(正侧位)']);
    const n = Math.min(los, ri(5, 7)); infusion(L, a, n, 2);
    L.daily(lv >= 2 && chance(0.4) ? '注射用头孢他啶' : '注射用头孢曲松钠', 2, a, n).daily('盐酸氨溴索注射液', 2, a, n).daily('氯化钠注射液', 2, a, n);
    L.add('血常规(五分类)', 1, add(a, 3)); L.add('盐酸氨溴索片', 21, add(a, los - 1));
  } }; },
  copd(lv) { return { los: ri(7, 10), dx: ['J44.100'], px: [], build(L, a, los) {
    inpBase(L, a, los, 'Ⅰ级护理'); admLabs(L, a, ['血气分析', 'C反应蛋白测定', lv >= 2 ? '胸部CT平扫' : '胸部X线摄影(正侧位)']);
    const n = Math.min(los, 7); infusion(L, a, n, 2);
    L.daily('吸入用布地奈德混悬液', 2, a, n).daily('吸入用异丙托溴铵溶液', 2, a, n).daily('雾化吸入', 2, a, n).daily('吸氧', 12, a, los).daily('多索茶碱注射液', 2, a, n)
      .daily('注射用头孢曲松钠', 2, a, n).daily('氯化钠注射液', 2, a, n).add('一次性使用吸氧管', 1, a).add('一次性使用雾化器', 1, a);
  } }; },
  stroke(lv) { return { los: ri(10, 14), dx: ['I63.900', 'I10.x00x002'], px: [], build(L, a, los) {
    inpBase(L, a, los, 'Ⅰ级护理'); admLabs(L, a, ['头颅CT平扫', '凝血四项', '血脂(四项)']);
    if (lv >= 2) L.add('头颅MRI平扫', 1, add(a, 1)); L.add('颈部血管彩色多普勒超声', 1, add(a, 1)).add('心脏彩色多普勒超声', 1, add(a, 2));
    const n = Math.min(los, 10); infusion(L, a, n, 2);
    L.daily('胞磷胆碱钠注射液', 2, a, n).daily('氯化钠注射液', 2, a, n).daily('阿司匹林肠溶片', 1, a, los).daily('阿托伐他汀钙片', 1, a, los).daily('无创血压监测', 4, a, 3);
    L.daily('运动疗法', 1, add(a, 3), los - 4).add('康复评定', 1, add(a, 3));
  } }; },
  angina(lv, o = {}) { const pci = o.pci != null ? o.pci : false; return { los: ri(4, 6), dx: ['I20.000', 'I10.x00x002'], px: pci ? [['36.0700', 1], ['88.5700', 1]] : [['88.5700', 1]], build(L, a, los) {
    inpBase(L, a, los, 'Ⅰ级护理'); admLabs(L, a, ['肌钙蛋白I测定', '凝血四项', '血脂(四项)', '心肌酶谱']);
    L.add('心脏彩色多普勒超声', 1, a); const d1 = add(a, 1);
    L.add('冠状动脉造影术', 1, d1).add('冠脉造影导管', 1, d1).add('血管鞘组', 1, d1).add('局部浸润麻醉', 1, d1).add('盐酸利多卡因注射液', 2, d1);
    if (pci) { L.add('经皮冠状动脉支架置入术', 1, d1).add('冠状动脉药物洗脱支架', o.stents || 1, d1).add('冠状动脉球囊扩张导管', 1, d1).add('导引导丝', 1, d1); }
    L.daily('心电监测', 24, d1, 1).daily('阿司匹林肠溶片', 1, a, los).daily('硫酸氢氯吡格雷片', 1, a, los).daily('阿托伐他汀钙片', 1, a, los);
    L.add('肌钙蛋白I测定', 1, add(a, 2));
  } }; },
  lapchole(lv) { return { los: ri(4, 6), dx: ['K80.101'], px: [['51.2300', 1]], build(L, a, los) {
    inpBase(L, a, los); admLabs(L, a, ['腹部B超', '凝血四项', '胸部X线摄影(正侧位)']); const d1 = add(a, 1);
    L.add('腹腔镜下胆囊切除术', 1, d1).add('全身麻醉', 2, d1).add('一次性腹腔镜穿刺器', 1, d1).add('止血夹(结扎夹)', 4, d1).add('可吸收缝线', 2, d1)
      .add('一次性手术衣及铺单包', 1, d1).add('一次性电刀笔', 1, d1).add('丙泊酚中/长链脂肪乳注射液', 2, d1).add('枸橼酸芬太尼注射液', 2, d1).add('病理检查(常规石蜡切片)', 1, d1);
    infusion(L, d1, 3, 2); L.daily('注射用头孢呋辛钠', 2, d1, 2).daily('葡萄糖氯化钠注射液', 2, d1, 3).add('换药(小)', 1, add(a, 3));
  } }; },
  orif(lv) { return { los: ri(8, 12), dx: ['S72.000'], px: [['79.3501', 2]], build(L, a, los) {
    inpBase(L, a, los, 'Ⅰ级护理'); admLabs(L, a, ['凝血四项', '四肢X线摄影']); const d2 = add(a, 2);
    L.add('骨折切开复位内固定术', 1, d2).add('全身麻醉', 3, d2).add('接骨板', 1, d2).add('骨科螺钉', 6, d2).add('一次性手术衣及铺单包', 1, d2).add('一次性电刀笔', 1, d2)
      .add('可吸收缝线', 3, d2).add('丙泊酚中/长链脂肪乳注射液', 2, d2).add('枸橼酸芬太尼注射液', 2, d2).add('四肢X线摄影', 1, add(a, 4));
    infusion(L, d2, 3, 1); L.daily('注射用头孢呋辛钠', 2, d2, 2).daily('氯化钠注射液', 2, d2, 3).daily('低分子量肝素钙注射液', 1, d2, Math.min(7, los - 2));
    L.add('换药(中)', 1, add(a, 4)).add('换药(中)', 1, add(a, 7)).add('医用脱脂纱布', 2, add(a, 4));
  } }; },
  cataract(lv) { return { los: ri(2, 3), dx: ['H25.900'], px: [['13.4100', 1], ['13.7000', 1]], build(L, a, los) {
    inpBase(L, a, los, 'Ⅲ级护理'); L.add('血常规(五分类)', 1, a).add('凝血四项', 1, a).add('常规心电图检查', 1, a).add('眼科A超(生物测量)', 1, a).add('裂隙灯检查', 1, a);
    const d1 = add(a, 1); L.add('白内障超声乳化摘除+人工晶体植入术', 1, d1).add('人工晶状体', 1, d1).add('眼科粘弹剂', 1, d1).add('局部浸润麻醉', 1, d1)
      .add('盐酸利多卡因注射液', 1, d1).add('妥布霉素地塞米松滴眼液', 1, d1).add('左氧氟沙星滴眼液', 1, d1).add('裂隙灯检查', 1, add(a, los - 1));
  } }; },
  chemo(lv) { return { los: ri(3, 5), dx: ['Z51.102', 'C34.900'], px: [['99.2503', 1]], build(L, a, los) {
    inpBase(L, a, los); L.add('血常规(五分类)', 1, a).add('肝功能(全套)', 1, a).add('肾功能(三项)', 1, a).add('肿瘤标志物(CEA)测定', 1, a);
    const d1 = add(a, 1); L.add('注射用吉西他滨', 8, d1).add('顺铂注射液', 6, d1).add('化疗药物配置', 2, d1).add('盐酸帕洛诺司琼注射液', 1, d1)
      .add('地塞米松磷酸钠注射液', 2, d1).daily('氯化钠注射液', 3, d1, 2); infusion(L, d1, 2, 3); L.add('血常规(五分类)', 1, add(a, los - 1));
  } }; },
  diabetes(lv) { return { los: ri(7, 10), dx: ['E11.900', 'I10.x00x002'], px: [], build(L, a, los) {
    inpBase(L, a, los); admLabs(L, a, ['糖化血红蛋白测定', '血脂(四项)', '空腹血糖测定']); L.add('眼底检查', 1, add(a, 1)).add('下肢血管彩色多普勒超声', 1, add(a, 2));
    L.daily('血糖监测(快速)', 4, a, los).add('门冬胰岛素注射液', 2, a).add('甘精胰岛素注射液', 1, a).daily('皮下注射', 4, a, los).daily('盐酸二甲双胍片', 3, a, los);
  } }; },
  schizo(lv) { return { los: ri(21, 30), dx: ['F20.900'], px: [], build(L, a, los) {
    inpBase(L, a, los); L.add('血常规(五分类)', 1, a).add('肝功能(全套)', 1, a).add('常规心电图检查', 1, a).add('简明精神病量表（BPRS）测查', 1, a).add('脑电图', 1, add(a, 1));
    L.daily('奥氮平片', 2, a, los).daily('工娱治疗', 1, add(a, 2), los - 3); for (let w = 3; w < los; w += 7) L.add('个别心理治疗', 1, add(a, w));
    L.add('简明精神病量表（BPRS）测查', 1, add(a, los - 2));
  } }; },
  // township low-severity stays
  htnStay(lv) { return { los: ri(5, 9), dx: ['I10.x00x002'], px: [], build(L, a, los) {
    inpBase(L, a, los); admLabs(L, a, ['血脂(四项)']); L.add('心脏彩色多普勒超声', 1, add(a, 1)); infusion(L, a, Math.min(5, los), 1);
    L.daily('氯化钠注射液', 1, a, Math.min(5, los)).daily('苯磺酸氨氯地平片', 1, a, los).daily('无创血压监测', 4, a, los);
  } }; },
  backStay(lv) { return { los: ri(6, 10), dx: ['M51.202'], px: [], build(L, a, los) {
    inpBase(L, a, los); L.add('血常规(五分类)', 1, a).add('腰椎X线摄影', 1, a); if (lv >= 2) L.add('腰椎MRI平扫', 1, add(a, 1));
    L.daily('普通针刺', 1, add(a, 1), los - 1).daily('推拿治疗', 1, add(a, 1), los - 1).daily('中药熏洗治疗（局部）', 1, add(a, 1), los - 2).daily('双氯芬酸钠缓释片', 1, a, los);
  } }; },
  sequelae(lv) { return { los: ri(8, 12), dx: ['I69.300', 'I10.x00x002'], px: [], build(L, a, los) {
    inpBase(L, a, los); admLabs(L, a, ['头颅CT平扫']); L.daily('运动疗法', 1, add(a, 1), los - 1).daily('普通针刺', 1, add(a, 1), los - 1).daily('作业疗法', 1, add(a, 2), los - 3)
      .daily('阿司匹林肠溶片', 1, a, los).daily('阿托伐他汀钙片', 1, a, los).add('康复评定', 1, add(a, 1));
  } }; },
};
T.delivery = (lv) => ({ los: ri(2, 4), dx: ['O80.000'], px: [['73.5900', 0]], female: true, build(L, a, los) {
  inpBase(L, a, los); L.add('血常规(五分类)', 1, a).add('凝血四项', 1, a).add('血型鉴定(ABO+Rh)', 1, a).add('产科B超', 1, a).add('胎心监护', 2, a);
  L.add('阴道分娩接生', 1, a).add('一次性产包', 1, a).add('缩宫素注射液', 2, a).add('可吸收缝线', 1, a);
} });
// outpatient visits (one date)
const O = {
  urti(L, d) { L.add('血常规(五分类)', 1, d).add('连花清瘟胶囊', 24, d).add('对乙酰氨基酚片', 6, d); return ['J06.900']; },
  flu(L, d) { L.add('血常规(五分类)', 1, d).add('C反应蛋白测定', 1, d).add('磷酸奥司他韦胶囊', 10, d).add('对乙酰氨基酚片', 6, d); return ['J11.100']; },
  bronch(L, d, days = 5) { L.add('血常规(五分类)', 1, d).add('阿莫西林克拉维酸钾片', 3 * days, d).add('盐酸氨溴索片', 3 * days, d); return ['J20.900']; },
  gastritis(L, d) { L.add('奥美拉唑肠溶胶囊', 28, d).add('铝碳酸镁咀嚼片', 36, d); if (chance(0.3)) L.add('胃镜检查', 1, d); return ['K29.700']; },
  back(L, d) { L.add('普通针刺', 1, d).add('拔罐疗法', 1, d); if (chance(0.5)) L.add('推拿治疗', 1, d); return ['M54.500']; },
  htnChronic(L, d, days = 30) { L.add('苯磺酸氨氯地平片', days, d).add(chance(0.5) ? '缬沙坦胶囊' : '厄贝沙坦片', days, d); return ['I10.x00x002']; },
  dmChronic(L, d, days = 30) { L.add('盐酸二甲双胍片', 3 * days, d).add('阿卡波糖片', 3 * days, d); if (chance(0.3)) L.add('糖化血红蛋白测定', 1, d); L.add('空腹血糖测定', 1, d); return ['E11.900']; },
};
function consultFor(doc) { const lv = doc.hospital.level; if (doc.title === '主任医师' && lv >= 2) return '主任医师门诊诊察费'; if (doc.title === '副主任医师' && lv >= 2) return '副主任医师门诊诊察费'; return '普通门诊诊察费'; }

// ---------- claims ----------
const claims = []; let cSeq = 0;
function mkInp(doc, m, tpl, a, o = {}) {
  const h = doc.hospital; const los = o.los || tpl.los; const dis = add(a, los);
  const L = new Lines(h.level); tpl.build(L, a, los); L.markFrom = L.l.length; if (o.extra) o.extra(L, a, los);
  const dx = (o.dx || tpl.dx).slice(); if (o.addDx) dx.push(...o.addDx);
  return push({ doc, m, visitType: 'inpatient', a, dis, dx, px: (o.px || tpl.px).map(([c, off]) => ({ code: c, date: add(a, off) })), L, o });
}
function mkOut(doc, m, d, fn, o = {}) {
  const h = doc.hospital; const L = new Lines(h.level); const vt = o.visitType || 'outpatient';
  if (vt !== 'pharmacy') L.add(vt === 'chronic' ? '门诊慢特病管理诊查费' : consultFor(doc), 1, d);
  const dx = fn(L, d);
  L.markFrom = L.l.length; if (o.extra) o.extra(L, d);
  return push({ doc, m, visitType: vt, a: d, dis: null, dx, px: [], L, o });
}
function push({ doc, m, visitType, a, dis, dx, px, L, o }) {
  const h = doc.hospital; cSeq++;
  const items = finishLines(L);
  const marks = []; if (o.markNames) items.forEach((it, i) => { if (o.markNames.includes(it.name) && (!o.markExtra || i >= L.markFrom)) marks.push(it.lineId); });
  const c = {
    claimId: `${h.region}-${h.id}-2025-${String(cSeq).padStart(6, '0')}`, region: h.region, insuranceType: m.scheme, visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: Object.assign({}, m.enrollment, m.chronic ? { chronicDiseases: m.chronic } : {}),
    provider: { hospitalId: h.id, level: h.level, department: doc.dept, doctorId: doc.id },
  };
  if (m.insuredRegion) c.insuredRegion = m.insuredRegion;
  if (visitType === 'inpatient') { c.admissionDate = a; c.dischargeDate = dis; if (o.route) c.admissionRoute = o.route; if (o.from) c.transferFromHospitalId = o.from; c.dischargeMode = o.dmode || 'ordered'; }
  else c.visitDate = a;
  c.diagnoses = dx.map((code, i) => i === 0 ? { code, principal: true } : { code });
  c.procedures = px;
  if (visitType === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = items; c._m = m; c._marks = marks; c._settle = dis || a;
  claims.push(c); return c;
}

// ---------- labels ----------
const labels = [];
const colleagues = []; // routine claims of the same department's other doctors (doctor-level typologies)
function label(kind, code, name, cs, marked) {
  const ids = cs.map(c => c.claimId); const ml = {};
  if (marked) for (const c of cs) if (c._marks.length) ml[c.claimId] = c._marks.slice();
  labels.push({ caseId: `${code}-${String(labels.filter(l => l.code === code).length + 1).padStart(2, '0')}`, kind, code, name, typology: kind === 'fraud' ? code : undefined, control: kind === 'control' ? code : undefined, claimIds: ids, targets: ids.slice(), mutatedLines: ml });
}
const RG = ['510100', '220100'];
const spanFrom = '2025-01-06', spanTo = '2025-09-20';
const careful = (k) => k >= 4; // cases 5-8 of each kind are the careful versions

// ======== FRAUD TYPOLOGIES ========
const TN = {
  T01: '回扣-高值耗材: 医生多数病例使用同一高价耗材 (peers few)', T02: '回扣-辅助/高价药: 医生多数病例使用同一药品', T03: '高套分组: 科室病例几乎都带 CC/MCC 而无支持项目',
  T04: '挂床/低标准入院: 乡镇卫生院住院天数恒定、诊疗稀薄', T05: '分解住院: 机构 15/30 天再入院率数倍于同级', T06: '诱导就医: 外地参保人成批同日入院同一套餐',
  T07: '超量开药/倒卖: 药店高价药销量与规模不符, 少数参保人反复购买', T08: '超量开药: 医生对每位患者开到最大量', T09: '虚记诊疗: 周末/节假日就诊高峰、每次项目拉满',
  T10: '分解收费: 科室常规把组合检验与其组成项目同日同收',
};
// T01 consumable kickback (doctor)
const T01spec = [
  { tpl: 'orif', lv: 2, dept: 'orthopedics', item: '可吸收止血材料(止血纱布/明胶海绵)', qty: 2, off: 2 },
  { tpl: 'lapchole', lv: 2, dept: 'general_surgery', item: '一次性负压引流器', qty: 1, off: 1 },
  { tpl: 'orif', lv: 3, dept: 'orthopedics', item: '银离子抗菌敷料', qty: 4, off: 4 },
  { tpl: 'cataract', lv: 3, dept: 'ophthalmology', item: '眼科粘弹剂', qty: 1, off: 1 },
  { tpl: 'lapchole', lv: 3, dept: 'general_surgery', item: '可吸收止血材料(止血纱布/明胶海绵)', qty: 2, off: 1 },
  { tpl: 'orif', lv: 2, dept: 'orthopedics', item: '泡沫敷料', qty: 3, off: 4 },
  { tpl: 'angina', lv: 3, dept: 'cardiology', item: '导引导丝', qty: 1, off: 1 },
  { tpl: 'lapchole', lv: 2, dept: 'general_surgery', item: '银离子抗菌敷料', qty: 2, off: 2 },
];
T01spec.forEach((s, k) => {
  const h = hospital(RG[k % 2], s.lv, 'hospital'); const doc = doctor(h, s.dept, titleFor(s.lv)); const cs = [];
  const n = ri(16, 26); const share = careful(k) ? 0.45 : 0.88;
  for (let i = 0; i < n; i++) { const m = member(h.region, { amin: 35, amax: 82 }); const use = chance(share);
    cs.push(mkInp(doc, m, T[s.tpl](s.lv), dayIn(spanFrom, spanTo), { extra: use ? (L, a) => L.add(s.item, s.qty, add(a, s.off)) : null, markNames: [s.item], markExtra: true })); }
  label('fraud', 'T01', TN.T01, cs, true);
  for (let i = 0, c2 = [doctor(h, s.dept, titleFor(s.lv)), doctor(h, s.dept, titleFor(s.lv))]; i < 4; i++) colleagues.push(mkInp(c2[i % 2], member(h.region, { amin: 35, amax: 82 }), T[s.tpl](s.lv), dayIn(spanFrom, spanTo), { extra: i === 0 && chance(0.5) ? (L, a) => L.add(s.item, 1, add(a, s.off)) : null }));
});
// T02 drug kickback (doctor)
const T02spec = [
  { kind: 'inp', tpl: 'stroke', lv: 2, dept: 'neurology', item: '单唾液酸四己糖神经节苷脂钠注射液', per: 1, days: 10 },
  { kind: 'inp', tpl: 'angina', lv: 3, dept: 'cardiology', item: '前列地尔注射液', per: 1, days: 4 },
  { kind: 'inp', tpl: 'chemo', lv: 3, dept: 'oncology', item: '注射用还原型谷胱甘肽', per: 2, days: 3 },
  { kind: 'out', fn: 'dmChronic', lv: 2, dept: 'endocrinology', item: '利拉鲁肽注射液', per: 3 },
  { kind: 'inp', tpl: 'diabetes', lv: 2, dept: 'endocrinology', item: '前列地尔注射液', per: 1, days: 7 },
  { kind: 'inp', tpl: 'stroke', lv: 3, dept: 'neurology', item: '奥拉西坦注射液', per: 2, days: 10 },
  { kind: 'out', fn: 'dmChronic', lv: 3, dept: 'endocrinology', item: '达格列净片', per: 30 },
  { kind: 'out', fn: 'htnChronic', lv: 2, dept: 'cardiology', item: '沙库巴曲缬沙坦钠片', per: 60, dx: 'I50.900' },
];
T02spec.forEach((s, k) => {
  const h = hospital(RG[(k + 1) % 2], s.lv, 'hospital'); const doc = doctor(h, s.dept, titleFor(s.lv)); const cs = [];
  const n = ri(16, 28); const share = careful(k) ? 0.45 : 0.85;
  for (let i = 0; i < n; i++) {
    const use = chance(share);
    if (s.kind === 'inp') { const m = member(h.region, { amin: 40, amax: 82 });
      cs.push(mkInp(doc, m, T[s.tpl](s.lv, { pci: s.tpl === 'angina' && chance(0.5) }), dayIn(spanFrom, spanTo), { extra: use ? (L, a, los) => L.daily(s.item, s.per, add(a, 1), Math.min(s.days, los - 2)) : null, markNames: [s.item], markExtra: true }));
    } else { const code = s.fn === 'dmChronic' ? 'E11' : 'I10'; const m = member(h.region, { amin: 45, amax: 78, chronic: [code] });
      cs.push(mkOut(doc, m, dayIn(spanFrom, spanTo), (L, d) => { const dx = O[s.fn](L, d); if (s.dx) dx.push(s.dx); return dx; }, { visitType: 'chronic', extra: use ? (L, d) => L.add(s.item, s.per, d) : null, markNames: [s.item], markExtra: true })); }
  }
  label('fraud', 'T02', TN.T02, cs, true);
  for (let i = 0, c2 = [doctor(h, s.dept, titleFor(s.lv)), doctor(h, s.dept, titleFor(s.lv))]; i < 4; i++) {
    if (s.kind === 'inp') colleagues.push(mkInp(c2[i % 2], member(h.region, { amin: 40, amax: 82 }), T[s.tpl](s.lv), dayIn(spanFrom, spanTo)));
    else { const code = s.fn === 'dmChronic' ? 'E11' : 'I10'; colleagues.push(mkOut(c2[i % 2], member(h.region, { amin: 45, amax: 78, chronic: [code] }), dayIn(spanFrom, spanTo), O[s.fn], { visitType: 'chronic' })); } }
});
// T03 upcoding CC/MCC (department)
const T03spec = [
  { tpl: 'pneumonia', lv: 2, dept: 'respiratory', add: ['J96.900'] }, { tpl: 'stroke', lv: 3, dept: 'neurology', add: ['J98.414', 'E87.100'] },
  { tpl: 'lapchole', lv: 2, dept: 'general_surgery', add: ['K81.000', 'E87.600'] }, { tpl: 'diabetes', lv: 2, dept: 'endocrinology', add: ['E11.200', 'I50.900'] },
  { tpl: 'pneumonia', lv: 3, dept: 'respiratory', add: ['E87.600'] }, { tpl: 'orif', lv: 2, dept: 'orthopedics', add: ['E87.100'] },
  { tpl: 'copd', lv: 2, dept: 'respiratory', add: ['I50.900'] }, { tpl: 'stroke', lv: 2, dept: 'neurology', add: ['J18.900'] },
];
T03spec.forEach((s, k) => {
  const h = hospital(RG[k % 2], s.lv, 'hospital'); const docs = [0, 1, 2].map(() => doctor(h, s.dept, titleFor(s.lv))); const cs = [];
  const n = ri(18, 30); const share = careful(k) ? 0.5 : 0.9;
  for (let i = 0; i < n; i++) { const m = member(h.region, { amin: 45, amax: 85 });
    cs.push(mkInp(pick(docs), m, T[s.tpl](s.lv), dayIn(spanFrom, spanTo), { addDx: chance(share) ? s.add : [] })); }
  label('fraud', 'T03', TN.T03, cs, false);
});
// T04 township fixed LOS / thin stays
const T04spec = [['htnStay', 7], ['backStay', 8], ['sequelae', 10], ['htnStay', 6], ['backStay', 7], ['htnStay', 8], ['sequelae', 9], ['backStay', 6]];
T04spec.forEach(([tp, N], k) => {
  const h = hospital(RG[(k + 1) % 2], 1, 'township'); const docs = [doctor(h, 'internal', '主治医师'), doctor(h, 'internal', '医师')]; const cs = [];
  const n = ri(18, 32);
  for (let i = 0; i < n; i++) { const m = member(h.region, { amin: 55, amax: 85, scheme: chance(0.8) ? 'resident' : undefined });
    const los = careful(k) ? (chance(0.8) ? N : N - 1) : N;
    const tpl = T[tp](1);
    // thin stay: the template body only for the first days, then bed/nursing only (挂床)
    const thin = { los, dx: tpl.dx, px: [], build(L, a, l) { inpBase(L, a, l); L.add('血常规(五分类)', 1, a).add('尿常规', 1, a).add('常规心电图检查', 1, a);
      const act = careful(k) ? Math.max(2, l - 3) : 2;
      if (tp === 'backStay') L.daily('普通针刺', 1, add(a, 1), act).daily('双氯芬酸钠缓释片', 1, a, l);
      else if (tp === 'sequelae') L.daily('运动疗法', 1, add(a, 1), act).daily('阿司匹林肠溶片', 1, a, l);
      else { infusion(L, a, act, 1); L.daily('氯化钠注射液', 1, a, act).daily('苯磺酸氨氯地平片', 1, a, l); } } };
    cs.push(mkInp(pick(docs), m, thin, careful(k) ? dayIn(spanFrom, spanTo) : dayIn(spanFrom, spanTo, false), { los })); }
  label('fraud', 'T04', TN.T04, cs, false);
});
// T05 split admissions (institution)
const T05spec = [['pneumonia', 2], ['stroke', 2], ['copd', 1], ['diabetes', 2], ['stroke', 2], ['copd', 2], ['pneumonia', 1], ['diabetes', 1]];
T05spec.forEach(([tp, lv], k) => {
  const h = hospital(RG[k % 2], lv, 'hospital'); const dept = { pneumonia: 'respiratory', copd: 'respiratory', stroke: 'neurology', diabetes: 'endocrinology' }[tp];
  const docs = [doctor(h, dept, titleFor(lv)), doctor(h, dept, titleFor(lv))]; const cs = [];
  const target = ri(18, 30); let guard = 0;
  while (cs.length < target && guard++ < 100) {
    const m = member(h.region, { amin: 55, amax: 85 }); const doc = pick(docs);
    let a = dayIn(spanFrom, '2025-07-20'); const stays = chance(careful(k) ? 0.45 : 0.7) ? ri(2, 3) : 1;
    for (let j = 0; j < stays && cs.length < target; j++) {
      const tpl = T[tp === 'stroke' && j > 0 && careful(k) ? 'sequelae' : tp](lv); 
      const los = careful(k) ? tpl.los : Math.max(4, tpl.los - 3);
      const c = mkInp(doc, m, tpl, a, { los, dx: j > 0 && careful(k) && tp === 'pneumonia' ? ['J98.414'] : undefined });
      cs.push(c); a = add(c.dischargeDate, careful(k) ? ri(16, 28) : ri(2, 10));
    }
  }
  label('fraud', 'T05', TN.T05, cs, false);
});
// T06 induced demand: far-away members in batches
const T06spec = [['sequelae', 1], ['htnStay', 2], ['backStay', 1], ['diabetes', 2], ['sequelae', 2], ['backStay', 2], ['htnStay', 1], ['diabetes', 2]];
T06spec.forEach(([tp, lv], k) => {
  const h = hospital(RG[(k + 1) % 2], lv, 'private'); const docs = [doctor(h, 'internal', titleFor(lv)), doctor(h, 'rehabilitation', titleFor(lv))]; const cs = [];
  const n = ri(20, 34); const far = REG[h.region].far;
  while (cs.length < n) {
    const a = dayIn(spanFrom, spanTo); const bsz = careful(k) ? ri(2, 3) : ri(5, 7); const town = pick(far); const doc = pick(docs);
    const fixedLos = ri(8, 10);
    for (let j = 0; j < bsz && cs.length < n; j++) {
      const m = member(h.region, { amin: 60, amax: 84, scheme: 'resident', insuredRegion: town });
      const adm = careful(k) ? add(a, ri(0, 2)) : a;
      cs.push(mkInp(doc, m, T[tp](lv), adm, { los: careful(k) ? undefined : fixedLos, route: 'outpatient' }));
    }
  }
  label('fraud', 'T06', TN.T06, cs, false);
});
// T07 pharmacy resale (超量开药/倒卖)
const T07spec = [['布地奈德福莫特罗吸入粉雾剂', 'J44.900', 'J44', 1], ['甘精胰岛素注射液', 'E11.900', 'E11', 3], ['利拉鲁肽注射液', 'E11.900', 'E11', 3], ['恩替卡韦分散片', 'B18.100', 'B18', 30],
  ['沙美特罗替卡松吸入粉雾剂', 'J44.900', 'J44', 1], ['达格列净片', 'E11.900', 'E11', 30], ['噻托溴铵粉吸入剂', 'J44.900', 'J44', 1], ['甘精胰岛素注射液', 'E11.900', 'E11', 3]];
T07spec.forEach(([drug, dx, chr, month], k) => {
  const h = hospital(RG[k % 2], 1, 'pharmacy'); const doc = doctor(h, 'pharmacy', '药师'); const cs = [];
  const nm = careful(k) ? ri(8, 11) : ri(5, 7); const n = ri(18, 30);
  const ms = Array.from({ length: nm }, () => member(h.region, { amin: 40, amax: 75, scheme: 'employee' }));
  const next = ms.map(() => dayIn('2025-01-06', '2025-02-20'));
  for (let i = 0; i < n; i++) { const j = i % nm; const m = ms[j]; const d = next[j];
    const qty = careful(k) ? month : month * ri(3, 4);
    cs.push(mkOut(doc, m, d, (L, dd) => { L.add(drug, qty, dd); return [dx]; }, { visitType: 'pharmacy' }));
    next[j] = add(d, careful(k) ? ri(17, 21) : ri(8, 14)); }
  label('fraud', 'T07', TN.T07, cs, false);
});
// T08 doctor prescribing the maximum to everyone
for (let k = 0; k < 8; k++) {
  const lv = [1, 2, 1, 2, 1, 2, 3, 1][k]; const h = hospital(RG[(k + 1) % 2], lv, lv === 1 ? 'community' : 'hospital'); const doc = doctor(h, 'general', titleFor(lv)); const cs = [];
  const n = ri(18, 30); const days = careful(k) ? 10 : 14;
  for (let i = 0; i < n; i++) { const m = member(h.region, { amin: 20, amax: 75 }); const d = dayIn(spanFrom, spanTo);
    const kind = pick(['bronch', 'bronch', 'gastritis', 'back']);
    cs.push(mkOut(doc, m, d, (L, dd) => {
      if (kind === 'bronch') { L.add('血常规(五分类)', 1, dd).add('阿莫西林克拉维酸钾片', 3 * days, dd).add('盐酸氨溴索片', 3 * days, dd).add('氯雷他定片', days, dd); return ['J20.900']; }
      if (kind === 'gastritis') { L.add('艾司奥美拉唑镁肠溶片', 2 * days * 2, dd).add('铝碳酸镁咀嚼片', 6 * days * 2, dd).add('多潘立酮片', 3 * days * 2, dd); return ['K29.700']; }
      L.add('塞来昔布胶囊', 2 * days * 2, dd).add('双氯芬酸钠缓释片', days * 2, dd).add('盐酸曲马多缓释片', 2 * days, dd); return ['M54.500'];
    }, { markNames: ['阿莫西林克拉维酸钾片', '盐酸氨溴索片', '氯雷他定片', '艾司奥美拉唑镁肠溶片', '铝碳酸镁咀嚼片', '多潘立酮片', '塞来昔布胶囊', '双氯芬酸钠缓释片', '盐酸曲马多缓释片'] }));
  }
  label('fraud', 'T08', TN.T08, cs, true);
  for (let i = 0, c2 = [doctor(h, 'general', titleFor(lv)), doctor(h, 'general', titleFor(lv))]; i < 4; i++) colleagues.push(mkOut(c2[i % 2], member(h.region, { amin: 20, amax: 75 }), dayIn(spanFrom, spanTo), pick([O.bronch, O.gastritis, O.back, O.urti])));
}
// T09 weekend/holiday bulge with maxed TCM items (phantom)
for (let k = 0; k < 8; k++) {
  const lv = k % 3 === 2 ? 2 : 1; const h = hospital(RG[k % 2], lv, 'tcm_clinic'); const doc = doctor(h, 'tcm', titleFor(lv)); const cs = [];
  const nm = ri(5, 9); const ms = Array.from({ length: nm }, () => member(h.region, { amin: 45, amax: 80 }));
  const n = ri(18, 30);
  const offDays = []; for (let s = '2025-01-04'; s <= '2025-08-31'; s = add(s, 1)) if (isOff(s)) offDays.push(s);
  for (let i = 0; i < n; i++) {
    const d = careful(k) ? (chance(0.6) ? pick(offDays) : dayIn(spanFrom, spanTo)) : pick(offDays);
    cs.push(mkOut(doc, ms[i % nm], d, (L, dd) => { if (careful(k)) { L.add('电针', 3, dd).add('穴位贴敷治疗', 6, dd).add('拔罐疗法', 3, dd).add('灸法', 1, dd); }
      else { L.add('电针', 6, dd).add('穴位贴敷治疗', 10, dd).add('拔罐疗法', 5, dd).add('中药定向透药疗法', 3, dd).add('灸法', 1, dd).add('刮痧治疗', 1, dd); }
      return [pick(['M54.500', 'M51.202', 'M17.900'])]; }));
  }
  cs.sort((a, b) => a.visitDate < b.visitDate ? -1 : 1);
  label('fraud', 'T09', TN.T09, cs, false);
}
// T10 unbundled lab panels (department routine)
const T10spec = [['pneumonia', 2, 'respiratory'], ['stroke', 3, 'neurology'], ['diabetes', 2, 'endocrinology'], ['lapchole', 3, 'general_surgery'], ['pneumonia', 1, 'internal'], ['stroke', 2, 'neurology'], ['diabetes', 3, 'endocrinology'], ['orif', 2, 'orthopedics']];
T10spec.forEach(([tp, lv, dept], k) => {
  const h = hospital(RG[(k + 1) % 2], lv, 'hospital'); const docs = [doctor(h, dept, titleFor(lv)), doctor(h, dept, titleFor(lv))]; const cs = [];
  const n = ri(16, 26); const comps = ['丙氨酸氨基转移酶测定', '天门冬氨酸氨基转移酶测定', '总胆红素测定', '肌酐测定', '尿素测定', '血红蛋白测定'];
  for (let i = 0; i < n; i++) { const m = member(h.region, { amin: 35, amax: 82 });
    const ex = careful(k) ? (chance(0.55) ? [pick(comps)] : []) : comps.slice(0, ri(4, 6));
    cs.push(mkInp(pick(docs), m, T[tp](lv), dayIn(spanFrom, spanTo), { extra: (L, a) => { for (const e of ex) L.add(e, 1, a); }, markNames: comps, markExtra: true })); }
  label('fraud', 'T10', TN.T10, cs, true);
});

// ======== CONTROLS ========
const CN = {
  C01: '心脏中心: 多数病例使用药物洗脱支架 (真实 PCI)', C02: '肿瘤专科医院: 多数病例使用化疗/止吐高价药', C03: '透析中心: 几乎每例使用促红素',
  C04: '省级转诊医院: CC/MCC 比例高且有支持项目 (转入、血气、氧疗、补钾)', C05: '病例极少的医生: 1-3 例全部用同一高价项目', C06: '新开科室首月: 全部病例集中在一个月',
  C07: '老龄化地区乡镇卫生院: 老年人多、住院天数长但各不相同', C08: '流感流行月: 门诊量激增含周末, 抗病毒疗程用满', C09: '计划性化疗再入院: 21 天周期',
  C10: '省级医院接收异地转诊: 外地参保人分散入院、病种各异', C11: '医院旁 DTP 药店: 多名不同参保人按月购买高价吸入剂/胰岛素', C12: '长处方: 稳定慢病患者 8-12 周长处方',
};
for (let k = 0; k < 8; k++) { // C01
  const h = hospital(RG[k % 2], 3, 'cardiac_centre'); const docs = [0, 1, 2].map(() => doctor(h, 'cardiology', titleFor(3))); const cs = [];
  const n = ri(16, 28);
  for (let i = 0; i < n; i++) { const m = member(h.region, { amin: 45, amax: 82 }); const pci = chance(0.85);
    const mi = pci && chance(0.35);
    cs.push(mkInp(pick(docs), m, T.angina(3, { pci, stents: chance(0.25) ? 2 : 1 }), dayIn(spanFrom, spanTo), { dx: mi ? ['I21.401', 'I10.x00x002'] : undefined, route: mi ? 'emergency' : 'outpatient' })); }
  label('control', 'C01', CN.C01, cs);
}
for (let k = 0; k < 8; k++) { // C02
  const h = hospital(RG[(k + 1) % 2], 3, 'oncology_hospital'); const docs = [0, 1].map(() => doctor(h, 'oncology', titleFor(3))); const cs = [];
  const n = ri(16, 26);
  for (let i = 0; i < n; i++) { const m = member(h.region, { amin: 40, amax: 78 });
    if (chance(0.7)) cs.push(mkInp(pick(docs), m, T.chemo(3), dayIn(spanFrom, spanTo)));
    else { m.chronic = ['C18']; cs.push(mkOut(pick(docs), m, dayIn(spanFrom, spanTo), (L, d) => { L.add('卡培他滨片', 112, d).add('血常规(五分类)', 1, d).add('肝功能(全套)', 1, d); return ['C18.900']; }, { visitType: 'chronic' })); }
  }
  label('control', 'C02', CN.C02, cs);
}
for (let k = 0; k < 8; k++) { // C03 dialysis centre
  const lv = k % 2 ? 3 : 2; const h = hospital(RG[k % 2], lv, 'dialysis_centre'); const doc = doctor(h, 'nephrology', titleFor(lv)); const cs = [];
  const nm = ri(5, 8); const ms = Array.from({ length: nm }, () => member(h.region, { amin: 40, amax: 80, chronic: ['N18'] }));
  const n = ri(18, 30); let d = '2025-03-03';
  for (let i = 0; i < n; i++) { const m = ms[i % nm]; if (i % nm === 0 && i) d = add(d, chance(0.5) ? 2 : 3); if (isOff(d)) d = add(d, dow(d) === 6 ? 2 : 1);
    cs.push(mkOut(doc, m, d, (L, dd) => { L.add('血液透析', 1, dd).add('透析器', 1, dd).add('一次性使用血液透析管路', 1, dd); if (chance(0.85)) L.add('重组人促红素注射液', 1, dd).add('皮下注射', 1, dd); return ['N18.500']; }, { visitType: 'chronic' })); }
  label('control', 'C03', CN.C03, cs);
}
for (let k = 0; k < 8; k++) { // C04 provincial referral hospital: sicker patients, supported CC/MCC
  const h = hospital(RG[(k + 1) % 2], 3, 'provincial'); const tp = ['pneumonia', 'copd', 'stroke', 'pneumonia'][k % 4]; const dept = tp === 'stroke' ? 'neurology' : 'respiratory';
  const docs = [0, 1, 2].map(() => doctor(h, dept, titleFor(3))); const cs = []; const n = ri(16, 26);
  const src = hospital(h.region, 2, 'hospital');
  for (let i = 0; i < n; i++) { const m = member(h.region, { amin: 55, amax: 88 }); const sick = chance(0.65);
    const addDx = sick ? pick([['J96.000'], ['E87.600'], ['J96.000', 'E87.600']]) : [];
    cs.push(mkInp(pick(docs), m, T[tp](3), dayIn(spanFrom, spanTo), { addDx, los: sick ? ri(10, 16) : undefined, route: sick ? 'transfer' : 'emergency', from: sick ? src.id : undefined,
      extra: (L, a, los) => { if (addDx.includes('J96.000')) { L.add('血气分析', 1, a).add('血气分析', 1, add(a, 2)).daily(tp === 'copd' ? '心电监测' : '无创呼吸机辅助通气', 12, a, 4).daily('血氧饱和度监测', 24, a, 4); }
        if (addDx.includes('E87.600')) { L.daily('氯化钾注射液', 3, a, 4).add('电解质(四项)', 1, add(a, 2)).add('电解质(四项)', 1, add(a, 4)); }
        if (sick) L.add('肝功能(全套)', 1, add(a, 5)).add('丙氨酸氨基转移酶测定', 1, add(a, 8)); } })); }
  label('control', 'C04', CN.C04, cs);
}
for (let k = 0; k < 8; k++) { // C05 doctor with very few claims
  const s = T01spec[k]; const h = hospital(RG[(k + 1) % 2], s.lv, 'hospital'); const doc = doctor(h, s.dept, titleFor(s.lv)); const cs = [];
  for (let i = 0, n = ri(1, 3); i < n; i++) { const m = member(h.region, { amin: 40, amax: 80 });
    cs.push(mkInp(doc, m, T[s.tpl](s.lv), dayIn(spanFrom, spanTo), { extra: (L, a) => L.add(s.item, 1, add(a, s.off)) })); }
  label('control', 'C05', CN.C05, cs);
}
for (let k = 0; k < 8; k++) { // C06 new department, first month
  const lv = 2; const h = hospital(RG[k % 2], lv, 'hospital'); const cs = [];
  const month = ['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-03', '2025-05'][k];
  const kind = k % 2 ? 'rehab' : 'cardio'; const docs = [0, 1].map(() => doctor(h, kind === 'rehab' ? 'rehabilitation' : 'cardiology', titleFor(lv)));
  const n = ri(15, 24);
  for (let i = 0; i < n; i++) { const m = member(h.region, { amin: 45, amax: 82 }); const a = dayIn(month + '-01', month + '-24');
    cs.push(kind === 'rehab' ? mkInp(pick(docs), m, T.sequelae(lv), a, { extra: (L, aa, los) => L.daily('言语训练', 1, add(aa, 2), Math.max(1, los - 4)).daily('吞咽功能障碍训练', 1, add(aa, 2), Math.max(1, los - 4)), dx: ['I69.300', 'I10.x00x002', 'R47.000'] })
      : mkInp(pick(docs), m, T.angina(lv), a)); }
  label('control', 'C06', CN.C06, cs);
}
for (let k = 0; k < 8; k++) { // C07 older-population township hospital
  const h = hospital(RG[(k + 1) % 2], 1, 'township'); const docs = [doctor(h, 'internal', '主治医师'), doctor(h, 'internal', '医师')]; const cs = []; const n = ri(16, 26);
  for (let i = 0; i < n; i++) { const m = member(h.region, { amin: 70, amax: 92, scheme: 'resident' }); const tp = pick(['pneumonia', 'htnStay', 'sequelae', 'copd']);
    const tpl = T[tp](1); const los = tpl.los + ri(0, 4);
    const addDx = tp === 'pneumonia' && chance(0.3) ? ['E87.600'] : [];
    cs.push(mkInp(pick(docs), m, tpl, dayIn(spanFrom, spanTo), { los, addDx, extra: addDx.length ? (L, a) => L.daily('氯化钾注射液', 2, a, 3).add('电解质(四项)', 1, add(a, 3)) : null })); }
  label('control', 'C07', CN.C07, cs);
}
for (let k = 0; k < 8; k++) { // C08 epidemic month (influenza), including weekend fever clinic
  const lv = k % 3 === 2 ? 2 : 1; const h = hospital(RG[k % 2], lv, 'community'); const docs = [0, 1, 2].map(() => doctor(h, 'general', titleFor(lv))); const cs = []; const n = ri(20, 36);
  for (let i = 0; i < n; i++) { const m = member(h.region, { amin: 3, amax: 80 }); const d = add('2025-01-02', ri(0, 27));
    cs.push(mkOut(pick(docs), m, d, m.age < 12 ? (L, dd) => { L.add('血常规(五分类)', 1, dd).add('磷酸奥司他韦胶囊', 10, dd).add('小儿对乙酰氨基酚颗粒', 6, dd); return ['J11.100']; } : (chance(0.75) ? O.flu : O.urti))); }
  label('control', 'C08', CN.C08, cs);
}
for (let k = 0; k < 8; k++) { // C09 planned chemo cycles every 21 days
  const h = hospital(RG[(k + 1) % 2], 3, 'hospital'); const docs = [0, 1].map(() => doctor(h, 'oncology', titleFor(3))); const cs = [];
  const nm = ri(5, 7);
  for (let j = 0; j < nm; j++) { const m = member(h.region, { amin: 45, amax: 75 }); let a = dayIn('2025-01-06', '2025-03-01'); const doc = pick(docs);
    for (let c = 0; c < ri(3, 5); c++) { const cl = mkInp(doc, m, T.chemo(3), a, { route: 'outpatient' }); cs.push(cl); a = add(a, 21 + ri(0, 3)); } }
  label('control', 'C09', CN.C09, cs);
}
for (let k = 0; k < 8; k++) { // C10 provincial hospital receiving 异地 referrals
  const h = hospital(RG[k % 2], 3, 'provincial'); const cs = []; const n = ri(16, 26); const far = REG[h.region].far;
  const docs = { orthopedics: doctor(h, 'orthopedics', '主任医师'), cardiology: doctor(h, 'cardiology', '副主任医师'), neurology: doctor(h, 'neurology', '主任医师'), general_surgery: doctor(h, 'general_surgery', '副主任医师') };
  for (let i = 0; i < n; i++) { const tp = pick(['orif', 'angina', 'stroke', 'lapchole']); const dept = { orif: 'orthopedics', angina: 'cardiology', stroke: 'neurology', lapchole: 'general_surgery' }[tp];
    const m = member(h.region, { amin: 40, amax: 82, insuredRegion: pick(far) }); const src = hospital(m.insuredRegion, 2, 'hospital');
    cs.push(mkInp(docs[dept], m, T[tp](3, { pci: chance(0.6) }), dayIn(spanFrom, spanTo), { route: 'transfer', from: src.id })); }
  label('control', 'C10', CN.C10, cs);
}
for (let k = 0; k < 8; k++) { // C11 high-volume DTP pharmacy: many distinct members, monthly
  const h = hospital(RG[(k + 1) % 2], 1, 'pharmacy'); const doc = doctor(h, 'pharmacy', '药师'); const cs = []; const n = ri(20, 34);
  const [drug, dx, , month] = T07spec[k]; const nm = Math.ceil(n / 3); const ms = Array.from({ length: nm }, () => member(h.region, { amin: 40, amax: 80, scheme: 'employee' }));
  const next = ms.map(() => dayIn('2025-01-06', '2025-03-31'));
  for (let i = 0; i < n; i++) { const j = i % nm; const d = next[j]; cs.push(mkOut(doc, ms[j], d, (L, dd) => { L.add(drug, month, dd); return [dx]; }, { visitType: 'pharmacy' })); next[j] = add(d, ri(28, 35)); }
  label('control', 'C11', CN.C11, cs);
}
for (let k = 0; k < 8; k++) { // C12 long prescriptions for stable chronic patients
  const lv = k % 2 ? 2 : 1; const h = hospital(RG[k % 2], lv, 'community'); const doc = doctor(h, 'general', titleFor(lv)); const cs = []; const n = ri(16, 26);
  for (let i = 0; i < n; i++) { const dm = chance(0.4); const m = member(h.region, { amin: 50, amax: 80, chronic: [dm ? 'E11' : 'I10'] }); const days = pick([56, 84]);
    const c = mkOut(doc, m, dayIn(spanFrom, spanTo), (L, d) => dm ? O.dmChronic(L, d, days) : O.htnChronic(L, d, days), { visitType: 'chronic' });
    for (const it of c.items) if (it.category === 'drug') it.longPrescription = true; cs.push(c); }
  label('control', 'C12', CN.C12, cs);
}

// ======== ROUTINE (peers: same levels and regions) ========
{
  const peers = {};
  const peerH = (region, level, kind) => { const k = region + level + kind; return peers[k] || (peers[k] = hospital(region, level, kind)); };
  const docsOf = {};
  const peerDoc = (h, dept) => { const k = h.id + dept; if (!docsOf[k]) docsOf[k] = [0, 1, 2].map(() => doctor(h, dept, titleFor(h.level))); return pick(docsOf[k]); };
  const inpMix = [['pneumonia', 'respiratory', [1, 2, 3]], ['copd', 'respiratory', [1, 2, 3]], ['stroke', 'neurology', [2, 3]], ['angina', 'cardiology', [2, 3]], ['lapchole', 'general_surgery', [2, 3]],
    ['orif', 'orthopedics', [2, 3]], ['cataract', 'ophthalmology', [2, 3]], ['chemo', 'oncology', [3]], ['diabetes', 'endocrinology', [2, 3]], ['delivery', 'obstetrics', [1, 2, 3]],
    ['schizo', 'psychiatry', [2]], ['htnStay', 'internal', [1]], ['backStay', 'tcm', [1, 2]], ['sequelae', 'rehabilitation', [1, 2]]];
  const rcs = colleagues.slice();
  for (let i = colleagues.length; i < 300; i++) {
    const region = pick(RG); const r = rnd();
    if (r < 0.5) { const [tp, dept, lvs] = pick(inpMix); const lv = pick(lvs); const h = peerH(region, lv, 'hospital');
      const tpl = T[tp](lv, { pci: tp === 'angina' && lv === 3 && chance(0.5) }); const m = member(region, tpl.female ? { gender: 'F', amin: 22, amax: 38 } : { amin: tp === 'delivery' ? 22 : 30, amax: 85 });
      // peers: ~12% with a costly consumable where the operation needs it, ~15% with a CC, occasional legit panel repeat
      const o = {};
      if (tp === 'orif' && chance(0.12)) o.extra = (L, a) => L.add('可吸收止血材料(止血纱布/明胶海绵)', 1, add(a, 2));
      if ((tp === 'pneumonia' || tp === 'stroke') && chance(0.15)) { o.addDx = ['E87.600']; o.extra = (L, a) => L.daily('氯化钾注射液', 2, a, 3); }
      rcs.push(mkInp(peerDoc(h, dept), m, tpl, dayIn(spanFrom, spanTo), o));
    } else if (r < 0.8) { const lv = pick([1, 1, 2, 3]); const h = peerH(region, lv, lv === 1 ? 'community' : 'hospital'); const fn = pick(['urti', 'bronch', 'gastritis', 'back', 'flu']);
      const m = member(region, { amin: 18, amax: 80 }); rcs.push(mkOut(peerDoc(h, fn === 'back' ? 'tcm' : 'general'), m, dayIn(spanFrom, spanTo, chance(0.9)), O[fn]));
    } else if (r < 0.93) { const lv = pick([1, 2, 3]); const h = peerH(region, lv, lv === 1 ? 'community' : 'hospital'); const dm = chance(0.45);
      const m = member(region, { amin: 45, amax: 82, chronic: [dm ? 'E11' : 'I10'] }); rcs.push(mkOut(peerDoc(h, dm ? 'endocrinology' : 'cardiology'), m, dayIn(spanFrom, spanTo), dm ? O.dmChronic : O.htnChronic, { visitType: 'chronic' }));
    } else { const h = peerH(region, 1, 'pharmacy'); const m = member(region, { amin: 30, amax: 80, scheme: 'employee' });
      const [drug, dx] = pick([['苯磺酸氨氯地平片', 'I10.x00x002'], ['盐酸二甲双胍片', 'E11.900'], ['奥美拉唑肠溶胶囊', 'K29.700'], ['布地奈德福莫特罗吸入粉雾剂', 'J44.900']]);
      rcs.push(mkOut(peerDoc(h, 'pharmacy'), m, dayIn(spanFrom, spanTo), (L, d) => { L.add(drug, drug.includes('吸入') ? 1 : 30, d); return [dx]; }, { visitType: 'pharmacy' })); }
  }
  for (const c of rcs) labels.push({ caseId: 'R-' + c.claimId.slice(-6), kind: 'routine', code: 'routine', name: 'routine peer claim', claimIds: [c.claimId], targets: [c.claimId], mutatedLines: {} });
}

// ======== amounts (settlement order) ========
claims.sort((a, b) => a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : (a.admissionDate || a.visitDate) < (b.admissionDate || b.visitDate) ? -1 : a.claimId < b.claimId ? -1 : 1);
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
function scheme(c) {
  const pr = POL.provinces[(c.insuredRegion || c.region).slice(0, 2)];
  const s = JSON.parse(JSON.stringify(pr.schemes[c.insuranceType]));
  const ov = pr.regions && pr.regions[c.insuredRegion || c.region]; if (ov && ov.schemes && ov.schemes[c.insuranceType]) for (const [k, v] of Object.entries(ov.schemes[c.insuranceType])) Object.assign(s[k], v);
  return s;
}
const acc = {}; // per member: inpatient admissions, cap used, outpatient deductible/cap
for (const c of claims) {
  let total = 0, policy = 0;
  for (const it of c.items) { total += it._af; policy += it._af - Math.round(it._af * it._share); }
  const s = scheme(c); const a = acc[c.patient.insuredId] || (acc[c.patient.insuredId] = { adm: 0, inpUsed: 0, outDed: null, outUsed: 0, chrUsed: {} });
  const lv = String(c.provider.level); let fund = 0;
  if (c.visitType === 'inpatient') { const p = s.inpatient; let ded = Math.round(p.deductible[lv] * 100); if (a.adm > 0 && p.laterAdmissionDeductibleShare != null) ded = Math.round(ded * p.laterAdmissionDeductibleShare);
    const ratio = Math.min(p.maxRatio || 1, p.ratio[lv] + (c.patient.retired ? p.retireeRatioBonus || 0 : 0));
    fund = Math.floor(Math.max(0, policy - ded) * ratio); fund = Math.min(fund, p.annualFundCap * 100 - a.inpUsed); a.inpUsed += fund; a.adm++; }
  else if (c.visitType === 'chronic') { const p = s.chronic; const ratio = p.ratio[lv] + (c.patient.retired ? p.retireeRatioBonus || 0 : 0);
    const pd = c.diagnoses[0].code; let grp = 'other', cap = p.annualFundCap; for (const [g, v] of Object.entries(p.diseaseCaps || {})) if (v.codes.some(x => pd.startsWith(x))) { grp = g; cap = v.annualFundCap; }
    fund = Math.floor(policy * ratio); fund = Math.min(fund, cap * 100 - (a.chrUsed[grp] || 0)); a.chrUsed[grp] = (a.chrUsed[grp] || 0) + fund; }
  else { const p = c.visitType === 'pharmacy' ? s.pharmacy : s.outpatient; const op = s.outpatient;
    if (a.outDed == null) a.outDed = Math.round(Math.max(op.deductible, s.pharmacy.deductible) * 100);
    const ratio = p.ratio[lv] + (c.patient.retired ? p.retireeRatioBonus || 0 : 0); const over = Math.max(0, policy - a.outDed); a.outDed = Math.max(0, a.outDed - policy);
    const cap = Math.min(op.annualFundCap, s.pharmacy.annualFundCap) * 100;
    fund = Math.floor(over * ratio); fund = Math.max(0, Math.min(fund, cap - a.outUsed)); a.outUsed += fund; }
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: Math.max(0, fund) / 100 };
}
// ======== groups (pass 2) ========
if (GROUPS && fs.existsSync(GROUPS)) {
  const g = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const x = JSON.parse(line); const id = x.claimId; const gr = x.grouping || x;
    g[id] = { drg: gr.drg != null ? gr.drg : null, dip: gr.dip != null ? gr.dip : null }; }
  for (const c of claims) if (c.visitType === 'inpatient' && g[c.claimId]) c.reportedGroup = g[c.claimId];
}
const clean = (c) => { const o = {}; for (const [k, v] of Object.entries(c)) if (!k.startsWith('_')) o[k] = v; o.items = c.items.map(it => { const x = {}; for (const [k, v] of Object.entries(it)) if (!k.startsWith('_')) x[k] = v; return x; }); return o; };
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), claims.map(c => JSON.stringify(clean(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels.map(l => { const o = Object.assign({}, l); if (o.typology === undefined) delete o.typology; if (o.control === undefined) delete o.control; return o; }), null, 1));
const cnt = (k) => labels.filter(l => l.kind === k);
console.error(`claims ${claims.length}; fraud cases ${cnt('fraud').length}, control cases ${cnt('control').length}, routine ${cnt('routine').length}`);
