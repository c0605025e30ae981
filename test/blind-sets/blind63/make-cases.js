#!/usr/bin/env node
// blind63: DRG/DIP-era hospital behaviour (按病组和病种分值付费下的违规), written unseen.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || path.join(__dirname, '../base62/rules/catalogue'));
const GROUPS = opt('--groups');

// ---------- seeded random ----------
let seed = 0x63063063 >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue ----------
const FILES = ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json',
  'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json'];
const ROW = {};
for (const f of FILES) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!ROW[r.name]) ROW[r.name] = r;
}
function row(name) { const r = ROW[name]; if (!r) throw new Error('catalogue row missing: ' + name); return r; }

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const ds = (n) => new Date(D0 + n * 86400000).toISOString().slice(0, 10); // day number in 2025 -> ISO
const yearsAgo = (day, years, jitter) => ds(day - Math.round(years * 365.25) - jitter);

// ---------- regions, hospitals, doctors ----------
// payment scheme per region: this set's assumption (documented in TYPOLOGIES.md), not an official list
const REGIONS = [
  { code: '510100', name: '成都', prov: '51', pay: 'DRG' }, { code: '511300', name: '南充', prov: '51', pay: 'DIP' },
  { code: '220100', name: '长春', prov: '22', pay: 'DRG' }, { code: '220200', name: '吉林', prov: '22', pay: 'DIP' },
  { code: '230100', name: '哈尔滨', prov: '23', pay: 'DRG' }, { code: '370100', name: '济南', prov: '37', pay: 'DRG' },
  { code: '370200', name: '青岛', prov: '37', pay: 'DIP' },
];
const POL = { // from base62 rules/benefits/policies.json (copied figures; see TYPOLOGIES.md)
  '22': { employee: { ded: { 1: 200, 2: 500, 3: 900 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 } }, resident: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 } } },
  '23': { employee: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 } }, resident: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 } } },
  '37': { employee: { ded: { 1: 300, 2: 600, 3: 1000 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 } }, resident: { ded: { 1: 300, 2: 600, 3: 1000 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 } } },
  '51': { employee: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 } }, resident: { ded: { 1: 200, 2: 600, 3: 1100 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 } } },
};
const OPR = { employee: { outpatient: { 1: 0.7, 2: 0.6, 3: 0.5 }, chronic: { 1: 0.85, 2: 0.85, 3: 0.8 }, pharmacy: { 1: 0.6, 2: 0.6, 3: 0.6 } },
  resident: { outpatient: { 1: 0.6, 2: 0.5, 3: 0.5 }, chronic: { 1: 0.7, 2: 0.65, 3: 0.6 }, pharmacy: { 1: 0.5, 2: 0.5, 3: 0.5 } } };

const DEPTS = {
  3: ['respiratory', 'cardiology', 'neurology', 'general_surgery', 'orthopedics', 'ophthalmology', 'obstetrics', 'urology', 'oncology', 'endocrinology', 'gastroenterology', 'icu', 'emergency', 'rehabilitation', 'psychiatry', 'hematology', 'burns'],
  2: ['respiratory', 'cardiology', 'neurology', 'general_surgery', 'orthopedics', 'ophthalmology', 'obstetrics', 'urology', 'oncology', 'endocrinology', 'gastroenterology', 'icu', 'emergency', 'rehabilitation', 'psychiatry', 'tcm'],
  1: ['general_practice', 'internal_medicine', 'rehabilitation', 'tcm', 'general_surgery'],
};
const TITLES = { 3: ['主任医师', '副主任医师', '主治医师', '主治医师', '住院医师'], 2: ['主任医师', '副主任医师', '主治医师', '住院医师'], 1: ['主治医师', '住院医师', '住院医师'] };
const HOSP = []; const HOSPBY = {};
let hseq = 0;
for (const R of REGIONS) {
  const spec = [[3, 2], [2, 2], [1, 2]];
  for (const [lv, n] of spec) for (let k = 1; k <= n; k++) {
    hseq++;
    const id = `H${R.code}${lv}${String(k).padStart(2, '0')}`;
    const h = { id, region: R.code, prov: R.prov, level: lv, pf: 0.86 + (hseq % 7) * 0.02, docs: {} };
    let dn = 0;
    for (const dep of DEPTS[lv]) {
      h.docs[dep] = TITLES[lv].map((t) => ({ id: `D${R.code.slice(0, 4)}${lv}${k}${String(++dn).padStart(3, '0')}`, title: t }));
    }
    HOSP.push(h); HOSPBY[id] = h;
  }
}
const PHARM = REGIONS.map((R) => ({ id: `Y${R.code}01`, region: R.code, prov: R.prov, level: 1, pf: 0.95, docs: { pharmacy: [{ id: `RPH${R.code.slice(0, 4)}01`, title: '药师' }] } }));
const hospitals = (region, level) => HOSP.filter((h) => (!region || h.region === region) && (!level || h.level === level));
const hosp = (level, region) => pick(hospitals(region, level));
const doctor = (h, dep, pref) => { const ds_ = h.docs[dep]; if (!ds_) throw new Error('no dept ' + dep + ' at ' + h.id); if (pref === 'senior') return ds_[ri(0, 1)] || ds_[0]; return pick(ds_); };

// ---------- patients ----------
let pseq = 0;
function patient(o) {
  o = o || {};
  const age = o.age != null ? o.age : ri(25, 80);
  const gender = o.gender || (chance(0.5) ? 'M' : 'F');
  const ins = o.ins || (age >= 60 || chance(0.55) ? 'employee' : 'resident');
  const region = o.region || pick(REGIONS).code;
  const retired = ins === 'employee' && age >= (gender === 'M' ? 60 : 55);
  const cy = retired ? ri(gender === 'M' ? 31 : 26, 40) : Math.max(1, Math.min(age - 20, ri(3, 30)));
  pseq++;
  return {
    insuredId: `P63${String(pseq).padStart(6, '0')}`, gender, age, ins, region, retired,
    birthDate: yearsAgo(180, age, ri(0, 300)), chronic: o.chronic || null,
    enrollment: { enrolledOn: ds(-365 * ri(3, 12)), inConcentratedPeriod: true, continuousYears: ri(3, 14), lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears: cy, special: null },
  };
}

// ---------- claims ----------
const CLAIMS = []; let cseq = 0;
const fen = (y) => Math.round(y * 100);
function newClaim(pt, h, visitType, dept, doc) {
  cseq++;
  return { pt, h, visitType, dept, doc, seq: cseq, items: [], dx: [], px: [] };
}
// add one billed line: name of catalogue row, day number, quantity; returns lineId
function add(c, name, day, qty, o) {
  o = o || {};
  const r = row(name);
  const cap = fen(r.priceCap[String(c.h.level)]);
  let up = Math.max(1, Math.floor(cap * (r.category === 'drug' || r.category === 'consumable' ? 1 : c.h.pf)));
  if (r.category === 'drug' || r.category === 'consumable') up = Math.max(1, Math.floor(cap * (0.93 + (c.h.pf - 0.86) * 0.5)));
  if (up > cap) up = cap;
  const lineId = String(c.items.length + 1);
  c.items.push({ lineId, row: r, code: (r.products && r.products[0]) || r.code, name: r.name, category: r.category, day, quantity: qty, upFen: up,
    long: o.long || false });
  if (o.mut) (c.mut = c.mut || []).push(lineId);
  return lineId;
}
function finish(c) {
  const pol = POL[c.pt.region.slice(0, 2)][c.pt.ins];
  let total = 0, policy = 0;
  for (const it of c.items) {
    it.amtFen = it.upFen * it.quantity; total += it.amtFen;
    const sp = it.row.class === '丙' ? 1 : (it.row.class === '乙' ? (it.row.selfPayShare != null ? it.row.selfPayShare : 0.1) : 0);
    policy += Math.round(it.amtFen * (1 - sp));
  }
  let fund;
  if (c.visitType === 'inpatient') fund = Math.floor(Math.max(0, policy - pol.ded[c.h.level] * 100) * pol.ratio[c.h.level]);
  else fund = Math.floor(policy * OPR[c.pt.ins][c.visitType][c.h.level]);
  c.total = total; c.policy = policy; c.fund = fund;
  return c;
}
function inpatient(pt, h, dept, doc, adm, los, o) {
  const c = newClaim(pt, h, 'inpatient', dept, doc);
  c.adm = adm; c.dis = adm + los; c.los = los; Object.assign(c, o || {});
  CLAIMS.push(c); return c;
}
function visit(pt, h, vt, dept, doc, day) {
  const c = newClaim(pt, h, vt, dept, doc); c.vday = day; CLAIMS.push(c); return c;
}
function claimId(c) { return `${c.h.region}-${c.h.id}-2025-${String(c.seq).padStart(6, '0')}`; }
function toJSON(c, groups) {
  const pt = c.pt;
  const j = { claimId: claimId(c), region: c.h.region, insuranceType: pt.ins, visitType: c.visitType,
    patient: { insuredId: pt.insuredId, gender: pt.gender, birthDate: pt.birthDate, retired: pt.retired },
    enrollment: Object.assign({}, pt.enrollment, pt.chronic ? { chronicDiseases: pt.chronic } : {}),
    provider: { hospitalId: c.h.id, level: c.h.level, department: c.dept, doctorId: c.doc.id } };
  if (pt.region !== c.h.region) j.insuredRegion = pt.region;
  if (c.visitType === 'inpatient') {
    j.admissionDate = ds(c.adm); j.dischargeDate = ds(c.dis);
    if (c.route) j.admissionRoute = c.route;
    j.dischargeMode = c.mode || 'ordered';
    if (c.transferFrom) j.transferFromHospitalId = c.transferFrom;
  } else j.visitDate = ds(c.vday);
  j.diagnoses = c.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  j.procedures = c.px.map((p) => ({ code: p.code, date: ds(p.day) }));
  if (c.visitType === 'inpatient') { const g = groups && groups[j.claimId]; j.reportedGroup = { drg: g || null, dip: null }; }
  j.items = c.items.map((it) => { const o = { lineId: it.lineId, code: it.code, name: it.name, category: it.category, date: ds(it.day), quantity: it.quantity,
    unitPrice: it.upFen / 100, amount: it.amtFen / 100 }; if (it.long) o.longPrescription = true; return o; });
  j.amounts = { total: c.total / 100, policy: c.policy / 100, fundClaimed: c.fund / 100 };
  return j;
}

// ---------- building blocks ----------
// daily ward lines for days [from, to) of the stay
function ward(c, o) {
  o = o || {};
  const from = o.from != null ? o.from : c.adm, to = o.to != null ? o.to : c.dis;
  for (let d = from; d < Math.max(to, from + 1); d++) {
    add(c, o.bed || '普通病房床位费(三人间)', d, 1, o);
    add(c, o.nursing || 'Ⅱ级护理', d, 1, o);
    add(c, '住院诊查费', d, 1, o);
  }
}
function admitLabs(c, d, extra) {
  for (const n of ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '常规心电图检查']) add(c, n, d, 1);
  for (const n of extra || []) add(c, n, d, 1);
}
function ivDays(c, from, to, drugs, o) { // drugs: [[name, perDay]]
  for (let d = from; d < to; d++) {
    add(c, '静脉输液(第一组)', d, 1, o);
    if (drugs.length > 1) add(c, '静脉输液(每增加一组)', d, Math.min(drugs.length - 1, 3), o);
    add(c, '一次性使用输液器', d, Math.min(drugs.length, 3), o);
    add(c, '氯化钠注射液', d, Math.min(drugs.length, 3), o);
    for (const [n, q] of drugs) add(c, n, d, q, o);
  }
}
function oral(c, d, list, o) { for (const [n, q] of list) add(c, n, d, q, o); }
function preop(c, d) { admitLabs(c, d, ['凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '胸部X线摄影(正侧位)']); }
function surgeryKit(c, d, hours, o) {
  o = o || {};
  add(c, o.spinal ? '椎管内麻醉' : '全身麻醉', d, o.spinal ? 1 : hours);
  if (!o.spinal) { add(c, '丙泊酚中/长链脂肪乳注射液', d, 2); add(c, '枸橼酸芬太尼注射液', d, 2); add(c, '注射用维库溴铵', d, 1); }
  add(c, '一次性手术衣及铺单包', d, 1); add(c, '一次性电刀笔', d, 1); add(c, '可吸收缝线', d, ri(2, 4));
  add(c, '心电监测', d, hours + 2); add(c, '血氧饱和度监测', d, hours + 2);
}

// ---------- clinical pathways (medical and surgical wards) ----------
const DX = {
  pneumonia: ['J18.900', 'J15.902', 'J18.000'.replace('J18.000', 'J18.900')],
};
const P = {};
// community-acquired pneumonia
P.pneumonia = (c, o) => {
  o = o || {};
  c.dx = [pick(['J18.900', 'J15.902', 'J15.900'])].concat(o.sec || []);
  admitLabs(c, c.adm, ['C反应蛋白测定', '细菌培养及药敏']);
  add(c, c.h.level >= 2 ? '胸部CT平扫' : '胸部X线摄影(正侧位)', c.adm, 1);
  ward(c, o.ward);
  const n = Math.min(c.los, 10);
  const ab = c.pt.age >= 18 && chance(0.4) ? [['左氧氟沙星氯化钠注射液', 1]] : [['注射用头孢曲松钠', 2]];
  ivDays(c, c.adm, c.adm + n, ab.concat([['盐酸氨溴索注射液', 2]]));
  for (let d = c.adm; d < c.adm + Math.min(c.los, 5); d++) { add(c, '吸氧', d, ri(4, 10)); add(c, '雾化吸入', d, 2); add(c, '吸入用布地奈德混悬液', d, 2); }
  add(c, '血常规(五分类)', c.adm + Math.min(5, c.los - 1), 1); add(c, 'C反应蛋白测定', c.adm + Math.min(5, c.los - 1), 1);
  if (c.los > 6) oral(c, c.dis, [['阿莫西林克拉维酸钾片', 6]]);
};
// COPD exacerbation
P.copd = (c, o) => {
  o = o || {};
  c.dx = ['J44.100'].concat(o.sec || ['I10.x00x002']);
  admitLabs(c, c.adm, ['C反应蛋白测定', '血气分析', '胸部CT平扫'.replace('胸部CT平扫', '胸部X线摄影(正侧位)')]);
  ward(c);
  ivDays(c, c.adm, c.adm + Math.min(c.los, 8), [[c.h.level >= 2 ? '注射用哌拉西林钠他唑巴坦钠' : '注射用头孢呋辛钠', 3], ['多索茶碱注射液', 1], ['注射用甲泼尼龙琥珀酸钠', 1]]);
  for (let d = c.adm; d < c.dis; d++) { add(c, '吸氧', d, ri(10, 16)); add(c, '雾化吸入', d, 2); add(c, '吸入用异丙托溴铵溶液', d, 2); }
  add(c, '血气分析', c.adm + 3, 1); add(c, '肺功能检查', c.dis - 1, 1);
  oral(c, c.dis, [['噻托溴铵粉吸入剂', 1]]);
};
// acute ischaemic stroke
P.stroke = (c, o) => {
  o = o || {};
  c.dx = [pick(['I63.900', 'I63.906', 'I63.905'])].concat(o.sec || ['I10.x00x002']);
  admitLabs(c, c.adm, ['凝血四项', '血脂(四项)', '空腹血糖测定', '头颅CT平扫']);
  if (c.h.level >= 2) add(c, '头颅MRI平扫', c.adm + 1, 1);
  add(c, '颈部血管彩色多普勒超声', c.adm + 1, 1); add(c, '心脏彩色多普勒超声', c.adm + 2, 1);
  ward(c, { nursing: 'Ⅰ级护理' });
  const drugs = [['依达拉奉注射液', 2]]; if (c.h.level >= 2) drugs.push(['血栓通注射液', 2]);
  ivDays(c, c.adm, c.adm + Math.min(c.los, 12), drugs);
  for (let d = c.adm; d < c.dis; d++) oral(c, d, [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1]]);
  for (let d = c.adm + 3; d < c.dis; d++) { add(c, '运动疗法', d, 1); if (d % 2) add(c, '针灸', d, 1); }
  add(c, '康复评定', c.adm + 3, 1);
};
// elective or urgent PCI; o.acute: AMI pathway
P.pci = (c, o) => {
  o = o || {};
  const pd = o.pday != null ? o.pday : c.adm + (o.acute ? 0 : 1);
  const ves = o.vessels || 1, stents = o.stents || 1;
  c.dx = [o.principal || (o.acute ? pick(['I21.001', 'I21.004', 'I21.002']) : pick(['I20.000', 'I20.002', 'I25.103']))].concat(o.sec || ['I10.x00x002']);
  admitLabs(c, c.adm, ['凝血四项', '血脂(四项)', '肌钙蛋白I测定', '心肌酶谱', '术前八项(感染筛查)']);
  if (o.acute) { add(c, '肌钙蛋白I测定', c.adm + 1, 1); add(c, '心肌酶谱', c.adm + 1, 1); add(c, '肌钙蛋白I测定', c.adm + 2, 1); add(c, 'B型钠尿肽(BNP)测定', c.adm, 1); }
  add(c, '心脏彩色多普勒超声', pd + 1 < c.dis ? pd + 1 : c.adm, 1);
  if (o.acute) { ward(c, { bed: '监护病房床位费', nursing: 'Ⅰ级护理', to: c.adm + 3 }); ward(c, { from: c.adm + 3 }); for (let d = c.adm; d < c.adm + 3; d++) add(c, '心电监测', d, 24); }
  else { ward(c, { nursing: 'Ⅰ级护理' }); add(c, '心电监测', pd, 20); }
  add(c, '经皮冠状动脉支架置入术', pd, 1); add(c, '局部浸润麻醉', pd, 1); add(c, '盐酸利多卡因注射液', pd, 2);
  add(c, '血管鞘组', pd, 1); add(c, '冠脉造影导管', pd, Math.min(3, ves + 1)); add(c, '导引导丝', pd, Math.min(3, ves));
  const st = [];
  for (let i = 0; i < stents; i++) st.push(add(c, '冠状动脉药物洗脱支架', pd, 1, { mut: o.mutFrom != null && i >= o.mutFrom }));
  for (let i = 0; i < Math.min(3, stents); i++) add(c, '冠状动脉球囊扩张导管', pd, 1, { mut: o.mutFrom != null && i >= o.mutFrom });
  c.px = [{ code: '36.0700', day: pd }, { code: '00.6600', day: pd }, { code: ves === 1 ? '00.4000' : ves === 2 ? '00.4100' : '00.4200', day: pd },
    { code: stents === 1 ? '00.4500' : stents === 2 ? '00.4600' : '00.4700', day: pd }, { code: '88.5600', day: pd }];
  for (let d = c.adm; d < c.dis; d++) { oral(c, d, [['阿司匹林肠溶片', 1], ['替格瑞洛片', 2], ['阿托伐他汀钙片', 1], ['酒石酸美托洛尔片', 2]]); }
  for (let d = c.adm; d < Math.min(c.dis, c.adm + 5); d++) { add(c, '低分子量肝素钙注射液', d, 2); add(c, '皮下注射', d, 2); }
  if (o.acute) ivDays(c, c.adm, c.adm + 3, [['硝酸甘油注射液', 2]]);
  return st;
};
// laparoscopic cholecystectomy
P.chole = (c, o) => {
  o = o || {};
  const od = c.adm + 1;
  c.dx = [pick(['K80.100x001', 'K80.101'])].concat(o.sec || []);
  preop(c, c.adm); add(c, '腹部B超', c.adm, 1);
  ward(c);
  surgeryKit(c, od, 2); add(c, '腹腔镜下胆囊切除术', od, 1); add(c, '一次性腹腔镜穿刺器', od, 1); add(c, '止血夹(结扎夹)', od, ri(3, 5)); add(c, '病理检查(常规石蜡切片)', od, 1);
  ivDays(c, od, Math.min(c.dis, od + 2), [['注射用头孢呋辛钠', 2], ['注射用泮托拉唑钠', 1]]);
  add(c, '换药(小)', Math.min(c.dis - 1, od + 1), 1);
  c.px = [{ code: '51.2300', day: od }];
};
P.appendix = (c, o) => {
  o = o || {};
  const od = c.adm;
  c.dx = ['K35.800x001'].concat(o.sec || []); c.route = 'emergency';
  preop(c, c.adm); add(c, '腹部CT平扫', c.adm, 1); add(c, 'C反应蛋白测定', c.adm, 1);
  ward(c);
  surgeryKit(c, od, 2); add(c, '腹腔镜下阑尾切除术', od, 1); add(c, '一次性腹腔镜穿刺器', od, 1); add(c, '病理检查(常规石蜡切片)', od, 1);
  ivDays(c, od, Math.min(c.dis, od + 3), [['注射用头孢呋辛钠', 2], ['甲硝唑氯化钠注射液', 2]]);
  add(c, '换药(小)', od + 2, 1);
  c.px = [{ code: '47.0100', day: od }];
};
P.hernia = (c, o) => {
  o = o || {};
  const od = c.adm + (c.los > 1 ? 1 : 0);
  c.dx = [pick(['K40.900x003', 'K40.901'])].concat(o.sec || []);
  preop(c, c.adm);
  ward(c);
  surgeryKit(c, od, 1, { spinal: true }); add(c, '腹股沟疝修补术', od, 1); add(c, '疝修补补片', od, 1);
  add(c, '注射用头孢呋辛钠', od, 1); add(c, '静脉输液(第一组)', od, 1); add(c, '一次性使用输液器', od, 1); add(c, '氯化钠注射液', od, 1);
  c.px = [{ code: '53.0401', day: od }];
};
P.hip = (c, o) => { // elective total hip (level 3)
  o = o || {};
  const od = c.adm + 2;
  c.dx = [o.principal || 'M16.101'].concat(o.sec || ['I10.x00x002']);
  preop(c, c.adm); add(c, '四肢X线摄影', c.adm, 1); add(c, '下肢血管彩色多普勒超声', c.adm + 1, 1); add(c, '心脏彩色多普勒超声', c.adm + 1, 1);
  ward(c, { nursing: 'Ⅰ级护理' });
  surgeryKit(c, od, 3); add(c, '人工全髋关节置换术', od, 1); add(c, '髋关节假体(全髋)', od, 1); add(c, '氨甲环酸注射液', od, 2);
  add(c, '一次性负压引流器', od, 1);
  ivDays(c, od, od + 2, [['注射用头孢呋辛钠', 3]]);
  for (let d = od + 1; d < Math.min(c.dis, od + 11); d++) { add(c, '依诺肝素钠注射液', d, 1); add(c, '皮下注射', d, 1); }
  for (let d = od + 2; d < c.dis; d++) add(c, '运动疗法', d, 1);
  add(c, '血常规(五分类)', od + 1, 1); add(c, '四肢X线摄影', od + 2, 1); add(c, '换药(中)', od + 2, 1); add(c, '换药(中)', od + 5, 1);
  c.px = [{ code: '81.5100', day: od }];
};
P.femneck = (c, o) => { // hemiarthroplasty for femoral neck fracture (elderly)
  o = o || {};
  const od = c.adm + 2;
  c.dx = [pick(['S72.000', 'S72.000x031'])].concat(o.sec || ['I10.x00x002']); c.route = 'emergency';
  preop(c, c.adm); add(c, '四肢X线摄影', c.adm, 1); add(c, 'D-二聚体测定', c.adm, 1); add(c, '下肢血管彩色多普勒超声', c.adm + 1, 1);
  ward(c, { nursing: 'Ⅰ级护理' });
  surgeryKit(c, od, 2, { spinal: chance(0.5) }); add(c, '人工股骨头置换术', od, 1); add(c, '人工股骨头假体', od, 1);
  ivDays(c, od, od + 2, [['注射用头孢呋辛钠', 3]]);
  for (let d = c.adm; d < Math.min(c.dis, c.adm + 12); d++) { add(c, '低分子量肝素钙注射液', d, 1); add(c, '皮下注射', d, 1); }
  for (let d = od + 2; d < c.dis; d++) add(c, '运动疗法', d, 1);
  add(c, '血常规(五分类)', od + 1, 1);
  c.px = [{ code: '81.5201', day: od }];
};
P.ankle = (c, o) => { // ankle / distal tibia ORIF
  o = o || {};
  const od = c.adm + ri(2, 4);
  c.dx = [o.principal || pick(['S82.802', 'S82.801', 'S82.300x011'])].concat(o.sec || []); c.route = 'emergency';
  preop(c, c.adm); add(c, '四肢X线摄影', c.adm, 1);
  ward(c);
  surgeryKit(c, od, o.hours || 2, { spinal: true });
  add(c, '骨折切开复位内固定术', od, 1);
  const plates = o.plates || 1, screws = o.screws || 6;
  const m = [];
  for (let i = 0; i < plates; i++) m.push(add(c, '接骨板', od, 1, { mut: o.mutPlate != null && i >= o.mutPlate }));
  add(c, '骨科螺钉', od, Math.min(screws, o.mutScrews != null ? o.mutScrews : screws));
  if (o.mutScrews != null && screws > o.mutScrews) add(c, '骨科螺钉', od, screws - o.mutScrews, { mut: true });
  ivDays(c, od, od + 2, [['注射用头孢呋辛钠', 2]]);
  add(c, '四肢X线摄影', od + 1, 1); add(c, '换药(中)', od + 2, 1);
  c.px = [{ code: pick(['79.3600x009', '79.3600x013']), day: od }];
};
P.cataract = (c, o) => { // day surgery (adm -> adm+1)
  o = o || {};
  const od = c.adm;
  c.dx = [pick(['H25.001', 'H25.002', 'H25.000'])].concat(o.sec || []);
  for (const n of ['血常规(五分类)', '凝血四项', '常规心电图检查', '裂隙灯检查', '眼科A超(生物测量)', '眼底检查']) add(c, n, c.adm, 1);
  ward(c, { to: c.dis });
  add(c, '白内障超声乳化摘除+人工晶体植入术', od, 1); add(c, '人工晶状体', od, 1); add(c, '眼科粘弹剂', od, 1); add(c, '局部浸润麻醉', od, 1); add(c, '盐酸利多卡因注射液', od, 1);
  add(c, '一次性手术衣及铺单包', od, 1);
  oral(c, c.dis, [['左氧氟沙星滴眼液', 1], ['妥布霉素地塞米松滴眼液', 1]]);
  add(c, '裂隙灯检查', c.dis, 1);
  c.px = [{ code: '13.4100x001', day: od }, { code: '13.7100x001', day: od }];
};
P.polyp = (c, o) => { // colonoscopic polypectomy day surgery
  o = o || {};
  const od = c.adm;
  c.dx = [pick(['K63.500', 'K63.504', 'D12.600'])].concat(o.sec || []);
  for (const n of ['血常规(五分类)', '凝血四项', '常规心电图检查', '术前八项(感染筛查)']) add(c, n, c.adm, 1);
  ward(c, { to: c.dis });
  add(c, '结肠镜下息肉切除术', od, 1); add(c, '止血夹(结扎夹)', od, ri(1, 3)); add(c, '病理检查(常规石蜡切片)', od, 1);
  add(c, '丙泊酚中/长链脂肪乳注射液', od, 1); add(c, '复方氯化钠注射液', od, 1); add(c, '静脉输液(第一组)', od, 1); add(c, '一次性使用输液器', od, 1);
  c.px = [{ code: '45.4200x003', day: od }];
};
P.caesarean = (c, o) => {
  o = o || {};
  const od = c.adm + 1;
  c.dx = [pick(['O82.000', 'O82.100'])].concat(o.sec || []).concat(['Z37.000']);
  preop(c, c.adm); add(c, '产科B超', c.adm, 1); add(c, '胎心监护', c.adm, 2);
  ward(c);
  surgeryKit(c, od, 1, { spinal: true }); add(c, '剖宫产术', od, 1); add(c, '缩宫素注射液', od, 2); add(c, '导尿', od, 1); add(c, '一次性使用导尿包', od, 1);
  ivDays(c, od, od + 2, [['注射用头孢呋辛钠', 2]]);
  add(c, '换药(中)', od + 2, 1); add(c, '血常规(五分类)', od + 1, 1);
  c.px = [{ code: '74.1x01', day: od }];
};
P.delivery = (c, o) => {
  c.dx = ['O80.000', 'Z37.000'];
  admitLabs(c, c.adm, ['凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)']); add(c, '胎心监护', c.adm, 3); add(c, '产科B超', c.adm, 1);
  ward(c);
  add(c, '阴道分娩接生', c.adm, 1); add(c, '一次性产包', c.adm, 1); add(c, '缩宫素注射液', c.adm, 1);
  add(c, '血常规(五分类)', c.adm + 1, 1);
  c.px = [{ code: '73.5900', day: c.adm }];
};
P.turp = (c, o) => {
  o = o || {};
  const od = c.adm + 1;
  c.dx = ['N40.x00'].concat(o.sec || ['I10.x00x002']);
  preop(c, c.adm); add(c, '泌尿系B超', c.adm, 1); add(c, '前列腺特异性抗原(PSA)测定', c.adm, 1);
  ward(c);
  surgeryKit(c, od, 1, { spinal: true }); add(c, '经尿道前列腺电切术', od, 1); add(c, '双腔硅胶导尿管', od, 1); add(c, '一次性使用引流袋', od, 1);
  ivDays(c, od, od + 3, [['注射用头孢呋辛钠', 2]]);
  for (let d = od; d < c.dis; d++) add(c, '导尿', d, 1);
  oral(c, c.dis, [['盐酸坦索罗辛缓释胶囊', 14]]);
  c.px = [{ code: '60.2902', day: od }];
};
P.chemo = (c, o) => { // one cycle, principal Z51.1 with the cancer secondary
  o = o || {};
  const cancer = o.cancer || pick(['C34.900x005', 'C34.900x004', 'C18.900']);
  c.dx = [o.principal || (cancer.startsWith('C18') ? 'Z51.102' : pick(['Z51.103', 'Z51.104'])), cancer].filter((x, i, a) => a.indexOf(x) === i).concat(o.sec || []);
  admitLabs(c, c.adm, ['凝血四项', '肿瘤标志物(CEA)测定']);
  ward(c);
  const cd = c.adm + 1;
  if (cancer.startsWith('C34')) { add(c, '注射用吉西他滨', cd, 8); add(c, '顺铂注射液', cd, 6); if (c.los > 3) add(c, '注射用吉西他滨', cd + 1, 0 + 1); }
  else { add(c, '注射用奥沙利铂', cd, 3); add(c, '亚叶酸钙注射液', cd, 4); }
  add(c, '化疗药物配置', cd, 2); add(c, '盐酸帕洛诺司琼注射液', cd, 1); add(c, '地塞米松磷酸钠注射液', cd, 2);
  ivDays(c, cd, cd + 1, [['葡萄糖注射液', 2]]);
  add(c, '血常规(五分类)', c.dis - 1 > cd ? c.dis - 1 : cd, 1);
  c.px = [{ code: '99.2500', day: cd }];
};
P.hf = (c, o) => { // heart failure
  o = o || {};
  c.dx = [o.principal || 'I50.900'].concat(o.sec || ['I25.103', 'I10.x00x002']);
  admitLabs(c, c.adm, ['B型钠尿肽(BNP)测定', '肌钙蛋白I测定', '胸部X线摄影(正侧位)', 'D-二聚体测定']);
  add(c, '心脏彩色多普勒超声', c.adm + 1, 1);
  ward(c, { nursing: 'Ⅰ级护理' });
  ivDays(c, c.adm, c.adm + Math.min(c.los, 5), [['呋塞米注射液', 2]]);
  for (let d = c.adm; d < c.dis; d++) { oral(c, d, [['沙库巴曲缬沙坦钠片', 2], ['螺内酯片', 1], ['琥珀酸美托洛尔缓释片', 1]]); add(c, '吸氧', d, ri(6, 12)); add(c, '心电监测', d, 12); }
  add(c, 'B型钠尿肽(BNP)测定', c.dis - 1, 1); add(c, '电解质(四项)', c.adm + 2, 1);
};
P.diabetes = (c, o) => {
  c.dx = ['E11.900', 'I10.x00x002'];
  admitLabs(c, c.adm, ['糖化血红蛋白测定', '血脂(四项)', '空腹血糖测定']); add(c, '眼底检查', c.adm + 1, 1); add(c, '下肢血管彩色多普勒超声', c.adm + 1, 1);
  ward(c);
  for (let d = c.adm; d < c.dis; d++) { add(c, '血糖监测(快速)', d, 7); add(c, '血糖试纸', d, 7); add(c, '门冬胰岛素注射液', d, 1); add(c, '皮下注射', d, 3); oral(c, d, [['盐酸二甲双胍片', 3]]); }
  add(c, '甘精胰岛素注射液', c.adm + 1, 1);
};
P.depression = (c, o) => { // long psychiatric stay
  c.dx = [pick(['F32.200', 'F32.100x002'])];
  admitLabs(c, c.adm, ['甲状腺功能(三项)', '脑电图']);
  add(c, '汉密尔顿抑郁量表（HAMD）测查', c.adm, 1); add(c, '汉密尔顿焦虑量表（HAMA）测查', c.adm, 1);
  ward(c);
  for (let d = c.adm; d < c.dis; d++) {
    oral(c, d, [['盐酸舍曲林片', d - c.adm < 7 ? 1 : 2], ['艾司唑仑片', 1]]);
    if ((d - c.adm) % 7 < 5) { add(c, '个别心理治疗', d, 1); if (c.h.level >= 2) add(c, '经颅磁刺激治疗', d, 1); }
    else add(c, '工娱治疗', d, 1);
  }
  for (let w = 7; w < c.los; w += 7) add(c, '汉密尔顿抑郁量表（HAMD）测查', c.adm + w, 1);
};
P.schizo = (c, o) => {
  c.dx = ['F20.000'];
  admitLabs(c, c.adm, ['脑电图']); add(c, '简明精神病量表（BPRS）测查', c.adm, 1);
  ward(c);
  for (let d = c.adm; d < c.dis; d++) {
    oral(c, d, [['奥氮平片', d - c.adm < 5 ? 2 : 3]]);
    add(c, (d - c.adm) < 7 ? '精神科监护' : '行为观察和治疗', d, 1);
    if ((d - c.adm) % 7 < 5 && d - c.adm >= 7) add(c, '工娱治疗', d, 1);
  }
  for (let w = 14; w < c.los; w += 14) add(c, '简明精神病量表（BPRS）测查', c.adm + w, 1);
};
P.rehab = (c, o) => { // post-stroke rehabilitation stay
  o = o || {};
  c.dx = [o.principal || 'Z50.101', 'I69.300', 'I10.x00x002'].filter((x, i, a) => a.indexOf(x) === i);
  admitLabs(c, c.adm);
  add(c, '康复评定', c.adm, 1);
  ward(c);
  for (let d = c.adm; d < c.dis; d++) {
    oral(c, d, [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['苯磺酸氨氯地平片', 1]]);
    if ((d - c.adm) % 7 < 6) { add(c, '运动疗法', d, 2); add(c, '作业疗法', d, 1); if (d % 2) add(c, '言语训练', d, 1); add(c, '针灸', d, 1); }
  }
  for (let w = 14; w < c.los; w += 14) add(c, '康复评定', c.adm + w, 1);
};
P.lumbar = (c, o) => { // conservative lumbar disc admission
  c.dx = [pick(['M51.202', 'M54.502'])];
  admitLabs(c, c.adm); if (c.h.level >= 2) add(c, '腰椎MRI平扫', c.adm, 1); else add(c, '腰椎X线摄影', c.adm, 1);
  ward(c, { nursing: 'Ⅲ级护理' });
  for (let d = c.adm; d < c.dis; d++) { add(c, '推拿治疗', d, 1); add(c, '针灸', d, 1); add(c, '中药定向透药疗法', d, 1); oral(c, d, [['塞来昔布胶囊', 2]]); }
};
P.sepsis = (c, o) => { // ICU sepsis with ventilation and CRRT
  o = o || {};
  c.dx = ['A41.900', 'J18.900', 'J96.000', 'N17.900', 'R57.200'].concat(o.sec || []); c.route = 'emergency';
  admitLabs(c, c.adm, ['降钙素原测定', '血乳酸测定', '凝血四项', '细菌培养及药敏', '胸部CT平扫', 'B型钠尿肽(BNP)测定']);
  const icuDays = o.icuDays || Math.min(c.los - 4, 12);
  for (let d = c.adm; d < c.dis; d++) {
    const icu = d < c.adm + icuDays;
    add(c, icu ? '监护病房床位费' : '普通病房床位费(三人间)', d, 1); add(c, '住院诊查费', d, 1);
    if (icu) { add(c, '重症监护', d, 24); add(c, '血气分析', d, 3); add(c, '血乳酸测定', d, 2); add(c, '电解质(四项)', d, 1); }
    else add(c, 'Ⅰ级护理', d, 1);
    if (icu && d < c.adm + Math.min(icuDays, 8)) { add(c, '有创呼吸机辅助呼吸', d, 24); }
    if (icu && d < c.adm + 4) { add(c, '连续性血液净化(CRRT)', d, 20); add(c, '透析器', d, 1); add(c, '一次性使用血液透析管路', d, 1); add(c, '重酒石酸去甲肾上腺素注射液', d, 4); }
  }
  add(c, '一次性气管插管', c.adm, 1); add(c, '一次性呼吸机管路', c.adm, 1); add(c, '一次性呼吸机管路', c.adm + 4, 1);
  add(c, '深静脉穿刺置管术', c.adm, 1);
  ivDays(c, c.adm, c.adm + Math.min(c.los, 14), [['注射用美罗培南', 3]]);
  for (let d = c.adm; d < c.adm + 7; d++) add(c, '注射用泮托拉唑钠', d, 1);
  for (let d = c.adm + 3; d < c.dis; d += 3) { add(c, '降钙素原测定', d, 1); add(c, '血常规(五分类)', d, 1); add(c, '肝功能(全套)', d, 1); }
  c.px = [{ code: '96.7201', day: c.adm }, { code: '39.9500x007', day: c.adm }, { code: '96.0400', day: c.adm }];
};
P.cirrhosis = (c, o) => { // decompensated cirrhosis with ascites: albumin within indication
  c.dx = ['K74.600x003', 'B18.100', 'E87.100'];
  admitLabs(c, c.adm, ['凝血四项', '腹部B超', '甲胎蛋白(AFP)测定', '乙肝五项定量']);
  ward(c, { nursing: 'Ⅰ级护理' });
  ivDays(c, c.adm, c.dis, [['人血白蛋白', 1], ['呋塞米注射液', 1], ['异甘草酸镁注射液', 1]]);
  for (let d = c.adm; d < c.dis; d++) oral(c, d, [['螺内酯片', 2], ['恩替卡韦分散片', 1]]);
  for (let d = c.adm + 3; d < c.dis; d += 3) { add(c, '电解质(四项)', d, 1); add(c, '肝功能(全套)', d, 1); }
};
P.haemophilia = (c, o) => { // haemophilia A with knee haemarthrosis: factor VIII (特病单议 candidate)
  c.dx = ['D66.x01', 'M25.000'.replace('M25.000', 'D66.x03+M36.2*')];
  admitLabs(c, c.adm, ['凝血四项']); add(c, '膝关节MRI平扫', c.adm + 1, 1);
  ward(c, { nursing: 'Ⅰ级护理' });
  for (let d = c.adm; d < c.dis; d++) { add(c, '注射用人凝血因子Ⅷ', d, d - c.adm < 3 ? 4 : 2); add(c, '静脉注射', d, 1); }
  for (let d = c.adm + 2; d < c.dis; d += 2) add(c, '凝血四项', d, 1);
  c.px = [{ code: '99.0601', day: c.adm }];
};
P.gastritis = (c, o) => { c.dx = ['K29.700']; admitLabs(c, c.adm, ['腹部B超', '大便常规+隐血']); ward(c, { nursing: 'Ⅲ级护理' }); if (c.h.level >= 1) add(c, '胃镜检查', c.adm + 1, 1);
  ivDays(c, c.adm, c.adm + Math.min(3, c.los), [['注射用奥美拉唑钠', 1]]); for (let d = c.adm; d < c.dis; d++) oral(c, d, [['铝碳酸镁咀嚼片', 3]]); };
P.urti = (c, o) => { c.dx = [pick(['J06.900', 'J20.900'])]; admitLabs(c, c.adm, ['C反应蛋白测定', '胸部X线摄影(正侧位)']); ward(c, { nursing: 'Ⅲ级护理' });
  ivDays(c, c.adm, c.dis, [['注射用头孢呋辛钠', 2]]); for (let d = c.adm; d < c.dis; d++) oral(c, d, [['连花清瘟胶囊', 12]]); };
P.htn = (c, o) => { c.dx = ['I10.x00x002']; admitLabs(c, c.adm, ['血脂(四项)', '空腹血糖测定', '颈部血管彩色多普勒超声']); add(c, '动态血压监测(24小时)', c.adm + 1, 1); ward(c, { nursing: 'Ⅲ级护理' });
  for (let d = c.adm; d < c.dis; d++) oral(c, d, [['苯磺酸氨氯地平片', 1], ['缬沙坦胶囊', 1]]); };
P.vertigo = (c, o) => { c.dx = [pick(['H81.100', 'R42.x00x001'])].concat(['I10.x00x002']); admitLabs(c, c.adm, ['头颅CT平扫', '颈部血管彩色多普勒超声']); ward(c, { nursing: 'Ⅲ级护理' });
  for (let d = c.adm; d < c.dis; d++) oral(c, d, [['甲磺酸倍他司汀片', 3]]); };
P.flu = (c, o) => { // influenza / acute bronchitis in the winter cluster, township hospital
  c.dx = [pick(['J18.900', 'J20.900'])].concat(c.pt.age >= 65 ? ['I10.x00x002'] : []);
  admitLabs(c, c.adm, ['C反应蛋白测定', '胸部X线摄影(正侧位)']); ward(c);
  ivDays(c, c.adm, c.dis, [['注射用头孢呋辛钠', 2], ['盐酸氨溴索注射液', 1]]);
  for (let d = c.adm; d < c.dis; d++) { oral(c, d, [['磷酸奥司他韦胶囊', 2]].slice(0, d - c.adm < 5 ? 1 : 0)); add(c, '吸氧', d, ri(2, 8)); add(c, '雾化吸入', d, 1); }
  add(c, '血常规(五分类)', c.dis - 1, 1);
};

// outpatient and pharmacy visits
function consultFee(c) {
  const t = c.doc.title;
  if (c.h.level === 1) return add(c, c.h.id.endsWith('02') ? '一般诊疗费' : '普通门诊诊察费', c.vday, 1);
  return add(c, t === '主任医师' ? '主任医师门诊诊察费' : t === '副主任医师' ? '副主任医师门诊诊察费' : '普通门诊诊察费', c.vday, 1);
}
const OP = {
  urti: (c) => { c.dx = ['J06.900']; consultFee(c); add(c, '血常规(五分类)', c.vday, 1); oral(c, c.vday, [['连花清瘟胶囊', 36], ['对乙酰氨基酚片', 6]]); },
  bronchitis: (c) => { c.dx = ['J20.900']; consultFee(c); add(c, '血常规(五分类)', c.vday, 1); add(c, 'C反应蛋白测定', c.vday, 1); oral(c, c.vday, [['阿莫西林胶囊', 36], ['盐酸氨溴索片', 18]]); },
  htn: (c) => { c.dx = ['I10.x00x002']; consultFee(c); oral(c, c.vday, [['苯磺酸氨氯地平片', 28]]); if (chance(0.4)) add(c, '常规心电图检查', c.vday, 1); },
  dm: (c) => { c.dx = ['E11.900']; consultFee(c); add(c, '空腹血糖测定', c.vday, 1); if (chance(0.4)) add(c, '糖化血红蛋白测定', c.vday, 1); oral(c, c.vday, [['盐酸二甲双胍片', 84]]); },
  gastritis: (c) => { c.dx = ['K29.700']; consultFee(c); oral(c, c.vday, [['奥美拉唑肠溶胶囊', 28], ['铝碳酸镁咀嚼片', 42]]); },
  backpain: (c) => { c.dx = ['M54.502']; consultFee(c); add(c, '腰椎X线摄影', c.vday, 1); oral(c, c.vday, [['布洛芬缓释胶囊', 14]]); },
  eye: (c) => { c.dx = ['H10.900'.replace('H10.900', 'H25.001')]; consultFee(c); add(c, '裂隙灯检查', c.vday, 1); add(c, '眼底检查', c.vday, 1); },
  gout: (c) => { c.dx = ['M10.900'.replace('M10.900', 'M10.000')]; consultFee(c); oral(c, c.vday, [['秋水仙碱片', 12], ['非布司他片', 28]]); },
};
const CHRONIC = {
  htn: (c) => { c.dx = ['I10.x00x002']; add(c, '门诊慢特病管理诊查费', c.vday, 1); oral(c, c.vday, [['苯磺酸氨氯地平片', 28], ['缬沙坦胶囊', 28]]); },
  dm: (c) => { c.dx = ['E11.900']; add(c, '门诊慢特病管理诊查费', c.vday, 1); add(c, '糖化血红蛋白测定', c.vday, 1); oral(c, c.vday, [['盐酸二甲双胍片', 84], ['阿卡波糖片', 84]]); },
  chd: (c) => { c.dx = ['I25.103']; add(c, '门诊慢特病管理诊查费', c.vday, 1); oral(c, c.vday, [['阿司匹林肠溶片', 28], ['阿托伐他汀钙片', 28], ['单硝酸异山梨酯缓释片', 28]]); },
  copd: (c) => { c.dx = ['J44.900'.replace('J44.900', 'J44.800')]; add(c, '门诊慢特病管理诊查费', c.vday, 1); oral(c, c.vday, [['噻托溴铵粉吸入剂', 1], ['布地奈德福莫特罗吸入粉雾剂', 1]]); },
};

// ---------- cases ----------
const LABELS = [];
function label(kind, code, name, claims, targets, mut) {
  LABELS.push({ kind, code, name, claimsRef: claims, targetsRef: targets, mut: mut || {} });
}
const mutOf = (c) => (c.mut ? { [c.seq]: c.mut.slice() } : {});
const day = () => ri(20, 300);

// helper: one inpatient stay with a pathway
function stayP(pw, o) {
  const h = o.h || hosp(o.level || 2, o.region || (o.pt && o.pt.region));
  const pt = o.pt || patient(Object.assign({ region: h.region }, o.ptOpt || {}));
  const dept = typeof o.dept === 'function' ? o.dept(h) : o.dept; const doc = o.doc || doctor(h, dept);
  const c = inpatient(pt, h, dept, doc, o.adm != null ? o.adm : day(), o.los, o.c);
  P[pw](c, o.p);
  if (o.then) o.then(c);
  return c;
}
const LV23 = () => (chance(0.5) ? 2 : 3);

// ===== FRAUD =====
const T = {};
// T01 高套分组: an MCC/CC coded without the care that supports it
T.T01 = ['高套分组：编入无诊疗支撑的MCC/CC', (i) => {
  const v = i % 5; let c;
  if (v === 0) c = stayP('pneumonia', { level: LV23(), dept: 'respiratory', los: ri(6, 9), ptOpt: { age: ri(60, 85) }, p: { sec: ['J96.000'] } });
  else if (v === 1) c = stayP('chole', { level: LV23(), dept: 'general_surgery', los: ri(4, 6), ptOpt: { age: ri(45, 75) }, p: { sec: ['D62.x00'] } });
  else if (v === 2) c = stayP('stroke', { level: LV23(), dept: 'neurology', los: ri(9, 13), ptOpt: { age: ri(55, 85) }, p: { sec: ['I10.x00x002', 'E87.100'] } });
  else if (v === 3) c = stayP('hernia', { level: 2, dept: 'general_surgery', los: ri(3, 5), ptOpt: { age: ri(50, 80), gender: 'M' }, p: { sec: ['I50.900x002'] } });
  else c = stayP('pneumonia', { level: LV23(), dept: 'respiratory', los: ri(6, 9), ptOpt: { age: ri(65, 88) }, p: { sec: ['A41.900'] } });
  return [[c], [c], {}];
}];
// T02 主要诊断选择错误（低码高编）
T.T02 = ['主要诊断高编：择期/化疗/康复病例编成更重主诊断', (i) => {
  const v = i % 3;
  if (v === 0) { // elective PCI for stable/unstable angina coded as acute MI
    const c = stayP('pci', { level: 3, dept: 'cardiology', los: ri(3, 4), ptOpt: { age: ri(50, 75) }, c: { route: 'outpatient' }, p: { principal: pick(['I21.001', 'I21.004']) } });
    return [[c], [c], {}];
  }
  if (v === 1) { // chemotherapy cycle coded with the cancer as principal
    const pt = patient({ age: ri(50, 72) }); const h = hosp(3); const doc = doctor(h, 'oncology');
    const a = day() - 25; const prev = inpatient(pt, h, 'oncology', doc, Math.max(5, a - 21), 3); P.chemo(prev, { cancer: 'C34.900x005' });
    const c = inpatient(pt, h, 'oncology', doc, Math.max(27, a), 3); P.chemo(c, { principal: 'C34.900x005', cancer: 'C34.900x005', sec: ['J98.400'] });
    return [[prev, c], [c], {}];
  }
  // rehabilitation months after a stroke coded as acute cerebral infarction
  const pt = patient({ age: ri(58, 82) }); const h1 = hosp(3); const a = day();
  const acute = inpatient(pt, h1, 'neurology', doctor(h1, 'neurology'), Math.max(5, a - ri(45, 90)), ri(10, 13)); P.stroke(acute);
  const h2 = hosp(pick([1, 2]), h1.region); const c = inpatient(pt, h2, 'rehabilitation', doctor(h2, 'rehabilitation'), Math.max(acute.dis + 30, a), ri(18, 24));
  P.rehab(c, { principal: 'I63.900' });
  return [[acute, c], [c], {}];
}];
// T03 分解住院：同一疾病出院后短期再入院
T.T03 = ['分解住院：同病种出院后15日内再入院', (i) => {
  const pw = ['pneumonia', 'stroke', 'copd', 'hf', 'lumbar'][i % 5];
  const dept = { pneumonia: 'respiratory', stroke: 'neurology', copd: 'respiratory', hf: 'cardiology', lumbar: i % 2 ? 'rehabilitation' : 'tcm' }[pw];
  const pt = patient({ age: ri(58, 86) });
  const lv = pw === 'lumbar' ? pick([1, 2]) : LV23();
  let h = hosp(lv, pt.region); if (!h.docs[dept]) h = hosp(2, pt.region);
  const doc = doctor(h, dept);
  const a = day(); const l1 = ri(5, 8);
  const c1 = inpatient(pt, h, dept, doc, a, l1); P[pw](c1);
  const gap = i < 10 ? ri(1, 6) : ri(8, 14);
  const h2 = i >= 12 ? pick(hospitals(h.region, h.level).filter((x) => x !== h && x.docs[dept])) || h : h;
  const c2 = inpatient(pt, h2, dept, h2 === h ? doc : doctor(h2, dept), c1.dis + gap, ri(5, 8)); P[pw](c2);
  return [[c1, c2], [c2], {}];
}];
// T04 转科按新住院结算
T.T04 = ['转科/转床按两次住院结算（同日出入院）', (i) => {
  const pt = patient({ age: ri(55, 85) }); const h = hosp(LV23(), pt.region); const a = day();
  const pairs = [['stroke', 'neurology', 'rehab', 'rehabilitation'], ['femneck', 'orthopedics', 'rehab', 'rehabilitation'], ['pneumonia', 'respiratory', 'hf', 'cardiology'], ['hf', 'cardiology', 'pneumonia', 'respiratory'], ['chole', 'general_surgery', 'diabetes', 'endocrinology']][i % 5];
  const c1 = inpatient(pt, h, pairs[1], doctor(h, pairs[1]), a, ri(7, 11)); P[pairs[0]](c1);
  const c2 = inpatient(pt, h, pairs[3], doctor(h, pairs[3]), c1.dis, ri(6, 14)); P[pairs[2]](c2);
  return [[c1, c2], [c2], {}];
}];
// T05 入院前门诊检查转移
T.T05 = ['费用转移：术前检查挂门诊（入院前1-3日）', (i) => {
  const pw = ['chole', 'hip', 'hernia', 'turp', 'caesarean'][i % 5];
  const dept = { chole: 'general_surgery', hip: 'orthopedics', hernia: 'general_surgery', turp: 'urology', caesarean: 'obstetrics' }[pw];
  const pt = patient({ age: pw === 'caesarean' ? ri(24, 36) : ri(45, 78), gender: pw === 'caesarean' ? 'F' : pw === 'turp' ? 'M' : undefined, ins: 'employee' });
  const h = hosp(pw === 'hip' ? 3 : LV23(), pt.region); const doc = doctor(h, dept, 'senior'); const a = day();
  const op = visit(pt, h, 'outpatient', dept, doc, a - ri(1, 3));
  op.dx = ({ chole: ['K80.100'], hip: ['M16.101'], hernia: ['K40.900x003'], turp: ['N40.x00'], caesarean: ['O82.000'.replace('O82.000', 'Z34.900')] })[pw];
  consultFee(op);
  for (const n of ['血常规(五分类)', '凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '常规心电图检查', '胸部X线摄影(正侧位)']) add(op, n, op.vday, 1, { mut: true });
  const extra = { chole: ['腹部B超'], hip: ['四肢X线摄影', '心脏彩色多普勒超声'], hernia: ['腹部B超'], turp: ['泌尿系B超', '前列腺特异性抗原(PSA)测定'], caesarean: ['产科B超'] }[pw];
  for (const n of extra) add(op, n, op.vday, 1, { mut: true });
  const c = inpatient(pt, h, dept, doc, a, { chole: 4, hip: 10, hernia: 3, turp: 5, caesarean: 4 }[pw]);
  P[pw](c);
  // the stay carries no pre-operative work-up: strip it from the inpatient claim
  const pre = new Set(['血常规(五分类)', '凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '常规心电图检查', '胸部X线摄影(正侧位)', '尿常规'].concat(extra));
  c.items = c.items.filter((it) => !(it.day <= c.adm + 1 && pre.has(it.name))); c.items.forEach((it, k) => { it.lineId = String(k + 1); });
  return [[op, c], [op], { [op.seq]: op.mut }];
}];
// T06 出院带药/后续治疗转门诊或药店
T.T06 = ['费用转移：住院用药转至出院当日/次日门诊或药店', (i) => {
  const v = i % 3; const pt = patient({ age: ri(50, 80), ins: 'employee' }); const a = day();
  if (v === 0) { // PCI: antiplatelets and anticoagulant shifted to an outpatient claim of the same ward doctor on discharge day
    const h = hosp(3, pt.region); const doc = doctor(h, 'cardiology');
    const c = inpatient(pt, h, 'cardiology', doc, a, 4); P.pci(c);
    const op = visit(pt, h, 'outpatient', 'cardiology', doc, c.dis); op.dx = ['I25.103'];
    consultFee(op);
    for (const [n, q] of [['替格瑞洛片', 56], ['阿托伐他汀钙片', 28], ['低分子量肝素钙注射液', 10], ['酒石酸美托洛尔片', 56]]) add(op, n, op.vday, q, { mut: true });
    return [[c, op], [op], { [op.seq]: op.mut }];
  }
  if (v === 1) { // hip replacement: anticoagulant and antibiotic course moved to next-day outpatient injections
    const h = hosp(3, pt.region); const doc = doctor(h, 'orthopedics');
    const c = inpatient(pt, h, 'orthopedics', doc, a, 7); P.hip(c);
    const op = visit(pt, h, 'outpatient', 'orthopedics', doc, c.dis + 1); op.dx = ['Z47.800x003'.replace('Z47.800x003', 'Z48.900x001')];
    consultFee(op);
    for (const [n, q] of [['依诺肝素钠注射液', 10], ['利伐沙班片', 14], ['塞来昔布胶囊', 28]]) add(op, n, op.vday, q, { mut: true });
    add(op, '皮下注射', op.vday, 1);
    return [[c, op], [op], { [op.seq]: op.mut }];
  }
  // pneumonia/COPD: inhalers and oral antibiotics bought at a pharmacy on discharge day with the inpatient diagnosis
  const h = hosp(LV23(), pt.region); const doc = doctor(h, 'respiratory');
  const c = inpatient(pt, h, 'respiratory', doc, a, ri(7, 9)); P.copd(c);
  const ph = PHARM.find((p) => p.region === h.region);
  const rx = visit(pt, ph, 'pharmacy', 'pharmacy', ph.docs.pharmacy[0], c.dis); rx.dx = ['J44.100'];
  for (const [n, q] of [['布地奈德福莫特罗吸入粉雾剂', 2], ['噻托溴铵粉吸入剂', 2], ['莫西沙星片', 7], ['乙酰半胱氨酸泡腾片', 20]]) add(rx, n, rx.vday, q, { mut: true });
  return [[c, rx], [rx], { [rx.seq]: rx.mut }];
}];
// T07 低标准入院
T.T07 = ['低标准入院：门诊可治疗的病情收住院', (i) => {
  const pw = ['urti', 'htn', 'gastritis', 'vertigo', 'lumbar'][i % 5];
  const c = stayP(pw, { level: pick([1, 1, 2]), dept: (h) => (h.level === 1 ? pick(['general_practice', 'internal_medicine']) : pw === 'lumbar' ? 'tcm' : pw === 'gastritis' ? 'gastroenterology' : pw === 'urti' ? 'respiratory' : pw === 'vertigo' ? 'neurology' : 'cardiology'), los: ri(3, 6), ptOpt: { age: ri(35, 75) } });
  return [[c], [c], {}];
}];
// T08 挂床住院: days without care
T.T08 = ['挂床住院：多日仅有床位/护理/诊查费', (i) => {
  const pw = ['rehab', 'lumbar', 'htn', 'diabetes', 'stroke'][i % 5];
  const lv = pw === 'stroke' ? 2 : pick([1, 2]);
  const h = hosp(lv); const dept = { rehab: 'rehabilitation', lumbar: 'tcm', htn: lv === 1 ? 'internal_medicine' : 'cardiology', diabetes: lv === 1 ? 'internal_medicine' : 'endocrinology', stroke: 'neurology' }[pw];
  const pt = patient({ age: ri(55, 85) });
  const los = ri(12, 18); const empty = ri(5, 8);
  const c = inpatient(pt, h, dept, doctor(h, dept), day(), los);
  const careTo = c.dis - empty;
  const realDis = c.dis; c.dis = careTo; P[pw](c); c.dis = realDis; // care only in the first part of the stay
  c.items = c.items.filter((it) => it.day < careTo || it.day === c.dis);
  for (let d = careTo; d < c.dis; d++) { add(c, '普通病房床位费(三人间)', d, 1, { mut: true }); add(c, pw === 'stroke' ? 'Ⅰ级护理' : 'Ⅱ级护理', d, 1, { mut: true }); add(c, '住院诊查费', d, 1, { mut: true }); if (chance(0.3)) add(c, '阿司匹林肠溶片', d, 1); }
  c.items.forEach((it, k) => { it.lineId = String(k + 1); });
  c.mut = c.items.filter((it) => it.day >= careTo && it.day < c.dis && /床位费|护理|住院诊查费/.test(it.name)).map((it) => it.lineId);
  return [[c], [c], mutOf(c)];
}];
// T09 高倍率：延长住院、堆叠检查和用药
T.T09 = ['高倍率：无指征延长住院并重复检查以突破病组支付', (i) => {
  const pw = ['pneumonia', 'chole', 'hernia', 'stroke', 'appendix'][i % 5];
  const dept = { pneumonia: 'respiratory', chole: 'general_surgery', hernia: 'general_surgery', stroke: 'neurology', appendix: 'general_surgery' }[pw];
  const base = { pneumonia: 8, chole: 5, hernia: 4, stroke: 11, appendix: 5 }[pw];
  const extraDays = ri(10, 16);
  const c = stayP(pw, { level: LV23(), dept, los: base + extraDays, ptOpt: { age: ri(40, 80), gender: pw === 'hernia' ? 'M' : undefined } });
  // padding from the planned discharge on: repeated imaging and labs, IV 'supportive' drugs
  const d0 = c.adm + base;
  for (let d = d0; d < c.dis; d++) {
    if ((d - d0) % 3 === 0) { add(c, '血常规(五分类)', d, 1, { mut: true }); add(c, 'C反应蛋白测定', d, 1, { mut: true }); add(c, '肝功能(全套)', d, 1, { mut: true }); add(c, '肾功能(三项)', d, 1, { mut: true }); }
    add(c, '静脉输液(第一组)', d, 1, { mut: true }); add(c, '氯化钠注射液', d, 1, { mut: true }); add(c, '一次性使用输液器', d, 1, { mut: true });
    add(c, pw === 'stroke' ? '胞磷胆碱钠注射液' : '注射用头孢呋辛钠', d, 2, { mut: true });
  }
  add(c, pw === 'stroke' ? '头颅CT平扫' : pw === 'pneumonia' ? '胸部CT平扫' : '腹部CT平扫', d0 + 2, 1, { mut: true });
  add(c, pw === 'stroke' ? '头颅CT平扫' : pw === 'pneumonia' ? '胸部CT平扫' : '腹部CT平扫', d0 + 8, 1, { mut: true });
  return [[c], [c], mutOf(c)];
}];
// T10 日间手术病例拉长住院
T.T10 = ['日间手术病种拉长住院（超48小时，无并发症）', (i) => {
  const pw = ['cataract', 'polyp', 'cataract', 'polyp', 'hernia'][i % 5];
  const dept = { cataract: 'ophthalmology', polyp: 'gastroenterology', hernia: 'general_surgery' }[pw];
  const los = ri(5, 8);
  const c = stayP(pw, { level: LV23(), dept, los, ptOpt: { age: ri(55, 80), gender: pw === 'hernia' ? 'M' : undefined } });
  for (let d = c.adm + 1; d < c.dis; d++) {
    add(c, '静脉输液(第一组)', d, 1, { mut: true }); add(c, '一次性使用输液器', d, 1, { mut: true }); add(c, '氯化钠注射液', d, 1, { mut: true });
    add(c, pw === 'cataract' ? '注射用头孢呋辛钠' : '注射用泮托拉唑钠', d, 2, { mut: true });
    if (pw === 'cataract') add(c, '裂隙灯检查', d, 1, { mut: true });
  }
  return [[c], [c], mutOf(c)];
}];
// T11 入院当日重复收费：门诊/急诊检查在住院结算中再收
T.T11 = ['重复收费：入院当日门急诊已做检查在住院清单中再收', (i) => {
  const pw = ['appendix', 'pneumonia', 'stroke', 'chole', 'hf'][i % 5];
  const dept = { appendix: 'general_surgery', pneumonia: 'respiratory', stroke: 'neurology', chole: 'general_surgery', hf: 'cardiology' }[pw];
  const pt = patient({ age: ri(35, 82), ins: 'employee' }); const h = hosp(LV23(), pt.region); const a = day();
  const op = visit(pt, h, 'outpatient', 'emergency', doctor(h, 'emergency'), a);
  op.dx = { appendix: ['R10.400'], pneumonia: ['J18.900'], stroke: ['I63.900'], chole: ['K80.100'], hf: ['I50.900'] }[pw];
  add(op, '急诊诊察费', a, 1);
  const tests = { appendix: ['血常规(五分类)', 'C反应蛋白测定', '腹部CT平扫'], pneumonia: ['血常规(五分类)', 'C反应蛋白测定', '胸部CT平扫'], stroke: ['头颅CT平扫', '血常规(五分类)', '凝血四项'],
    chole: ['血常规(五分类)', '腹部B超', '肝功能(全套)'], hf: ['B型钠尿肽(BNP)测定', '肌钙蛋白I测定', '常规心电图检查'] }[pw];
  for (const n of tests) add(op, n, a, 1);
  const c = inpatient(pt, h, dept, doctor(h, dept), a, { appendix: 4, pneumonia: 8, stroke: 11, chole: 5, hf: 8 }[pw], { route: 'emergency' });
  P[pw](c);
  const have = new Set(c.items.filter((it) => it.day === a).map((it) => it.name));
  for (const n of tests) if (!have.has(n)) add(c, n, a, 1);
  c.mut = c.items.filter((it) => it.day === a && tests.includes(it.name)).map((it) => it.lineId);
  return [[op, c], [c], mutOf(c)];
}];
// T12 虚增耗材
T.T12 = ['虚记耗材：单支病变记多枚支架/简单骨折记多块钢板螺钉', (i) => {
  if (i % 3 !== 2) {
    const h = hosp(3); const c = inpatient(patient({ age: ri(50, 78), region: h.region }), h, 'cardiology', null, day(), ri(4, 6));
    c.doc = doctor(c.h, 'cardiology'); P.pci(c, { vessels: 1, stents: 3, mutFrom: 1 });
    c.px = c.px.map((p) => (p.code.startsWith('00.47') ? { code: '00.4500', day: p.day } : p)); // record says one stent in one vessel
    return [[c], [c], mutOf(c)];
  }
  const h = hosp(LV23()); const c = inpatient(patient({ age: ri(30, 65), region: h.region }), h, 'orthopedics', null, day(), ri(8, 11));
  c.doc = doctor(c.h, 'orthopedics'); P.ankle(c, { principal: pick(['S82.802', 'S82.800x081']), plates: 2, mutPlate: 1, screws: 12, mutScrews: 6 });
  return [[c], [c], mutOf(c)];
}];
// T13 冒名/虚假住院：同一参保人住院时间重叠
T.T13 = ['冒名住院：参保人同期在另一机构住院（时间重叠）', (i) => {
  const pt = patient({ age: ri(45, 80) }); const a = day();
  const h1 = hosp(3, pt.region); const c1 = inpatient(pt, h1, 'orthopedics', doctor(h1, 'orthopedics'), a, 10); P.hip(c1);
  const h2 = hosp(pick([1, 2]), pt.region);
  const pw = pick(['lumbar', 'htn', 'diabetes']); const dept = h2.level === 1 ? 'internal_medicine' : pw === 'lumbar' ? 'tcm' : pw === 'htn' ? 'cardiology' : 'endocrinology';
  const c2 = inpatient(pt, h2, dept, doctor(h2, dept), a + ri(5, 8), ri(6, 9)); P[pw](c2);
  return [[c1, c2], [c2], {}];
}];
// T14 诱导住院：同一机构集中收治同病种参保人
let t14h = null;
T.T14 = ['诱导住院：基层机构批量收治老年居民同质化住院', (i) => {
  if (i % 5 === 0) t14h = { h: hosp(1), start: day() };
  const h = t14h.h; const pt = patient({ age: ri(65, 82), ins: 'resident', region: h.region });
  const c = inpatient(pt, h, 'internal_medicine', h.docs.internal_medicine[0], t14h.start + ri(0, 3), 8);
  c.dx = [pick(['I69.300', 'I63.900']), 'I10.x00x002'];
  admitLabs(c, c.adm, ['血脂(四项)', '空腹血糖测定', '颈部血管彩色多普勒超声', '头颅CT平扫']);
  ward(c);
  for (let d = c.adm; d < c.dis; d++) { add(c, '针灸', d, 1); add(c, '推拿治疗', d, 1); add(c, '中药定向透药疗法', d, 2); }
  ivDays(c, c.adm, c.dis, [['丹参注射液'.replace('丹参注射液', '胞磷胆碱钠注射液'), 2]]);
  return [[c], [c], {}];
}];
// T15 超限定支付 within DRG stays
T.T15 = ['超限定支付：限定适应证药品用于无相应诊断的住院', (i) => {
  const v = i % 5; let c, drug, per;
  if (v === 0) { c = stayP('vertigo', { level: 2, dept: 'neurology', los: ri(6, 8), ptOpt: { age: ri(50, 78) } }); drug = '单唾液酸四己糖神经节苷脂钠注射液'; per = 1; }
  else if (v === 1) { c = stayP('pneumonia', { level: 3, dept: 'respiratory', los: ri(7, 9), ptOpt: { age: ri(60, 85) } }); drug = '人血白蛋白'; per = 1; }
  else if (v === 2) { c = stayP('chole', { level: 2, dept: 'general_surgery', los: ri(5, 7), ptOpt: { age: ri(40, 75) } }); drug = '注射用还原型谷胱甘肽'; per = 2; }
  else if (v === 3) { c = stayP('hernia', { level: 2, dept: 'general_surgery', los: ri(4, 6), ptOpt: { age: ri(45, 80), gender: 'M' } }); drug = '脂肪乳注射液(C14～24)'; per = 1; }
  else { c = stayP('htn', { level: 2, dept: 'cardiology', los: ri(5, 7), ptOpt: { age: ri(55, 80) } }); drug = '依达拉奉注射液'; per = 2; }
  for (let d = c.adm + 1; d < c.dis; d++) add(c, drug, d, per, { mut: true });
  return [[c], [c], mutOf(c)];
}];

// ===== CONTROLS =====
const C = {};
C.C01 = ['真实MCC：重症肺炎合并呼吸衰竭，有血气、无创通气、监护', (i) => {
  const c = stayP('pneumonia', { level: 3, dept: 'respiratory', los: ri(10, 14), ptOpt: { age: ri(65, 88) }, p: { sec: ['J96.000'] } });
  for (let d = c.adm; d < c.adm + 5; d++) { add(c, '血气分析', d, 2); add(c, '无创呼吸机辅助通气', d, ri(10, 14)); add(c, '心电监测', d, 24); add(c, '血氧饱和度监测', d, 24); }
  add(c, '降钙素原测定', c.adm, 1); add(c, '降钙素原测定', c.adm + 4, 1);
  c.px = [{ code: '93.9000x002', day: c.adm }];
  return [[c]];
}];
C.C02 = ['真实CC：低钠血症/急性失血性贫血有监测和纠正', (i) => {
  if (i % 2) {
    const c = stayP('stroke', { level: LV23(), dept: 'neurology', los: ri(10, 13), ptOpt: { age: ri(65, 88) }, p: { sec: ['E87.100', 'I10.x00x002'] } });
    for (let d = c.adm + 2; d < c.adm + 7; d++) { add(c, '电解质(四项)', d, 1); add(c, '氯化钠注射液', d, 2); }
    return [[c]];
  }
  const c = stayP('femneck', { level: LV23(), dept: 'orthopedics', los: ri(9, 12), ptOpt: { age: ri(72, 90) }, p: { sec: ['D62.x00', 'I10.x00x002'] } });
  const td = c.adm + 3; add(c, '交叉配血', td, 2); add(c, '悬浮红细胞(去白细胞)', td, 2); add(c, '静脉输血', td, 1); add(c, '一次性使用输血器', td, 1);
  add(c, '血常规(五分类)', td + 1, 1); add(c, '血常规(五分类)', td + 3, 1); c.px.push({ code: '99.0401', day: td });
  return [[c]];
}];
C.C03 = ['化疗周期正确以Z51.1为主诊断', (i) => {
  const c = stayP('chemo', { level: 3, dept: 'oncology', los: ri(3, 4), ptOpt: { age: ri(45, 75) } });
  return [[c]];
}];
C.C04 = ['真实急性心梗急诊PCI（肌钙蛋白动态、监护）', (i) => {
  const c = stayP('pci', { level: 3, dept: 'cardiology', los: ri(6, 9), ptOpt: { age: ri(45, 80) }, c: { route: 'emergency' }, p: { acute: true } });
  return [[c]];
}];
C.C05 = ['限定适应证药品用于相符诊断（神经节苷脂用于脑梗、白蛋白用于肝硬化腹水）', (i) => {
  if (i % 2) { const c = stayP('cirrhosis', { level: LV23(), dept: 'gastroenterology', los: ri(9, 13), ptOpt: { age: ri(45, 75) } }); return [[c]]; }
  const c = stayP('stroke', { level: 3, dept: 'neurology', los: ri(10, 13), ptOpt: { age: ri(55, 82) } });
  for (let d = c.adm; d < c.adm + 10; d++) add(c, '单唾液酸四己糖神经节苷脂钠注射液', d, 1);
  return [[c]];
}];
C.C06 = ['计划分期治疗：分次PCI/双眼白内障分期手术', (i) => {
  const pt = patient({ age: ri(55, 80) }); const a = day();
  if (i % 2) {
    const h = hosp(3, pt.region); const doc = doctor(h, 'cardiology');
    const c1 = inpatient(pt, h, 'cardiology', doc, a, ri(5, 7), { route: 'emergency' }); P.pci(c1, { acute: true, vessels: 1 });
    const c2 = inpatient(pt, h, 'cardiology', doc, c1.dis + ri(20, 30), 3, { route: 'outpatient' }); P.pci(c2, { principal: 'I25.103', vessels: 1 });
    return [[c1, c2]];
  }
  const h = hosp(LV23(), pt.region); const doc = doctor(h, 'ophthalmology');
  const c1 = inpatient(pt, h, 'ophthalmology', doc, a, 1); P.cataract(c1);
  const c2 = inpatient(pt, h, 'ophthalmology', doc, c1.dis + ri(6, 13), 1); P.cataract(c2);
  return [[c1, c2]];
}];
C.C07 = ['无关疾病短期再入院（疝修补后肺炎、分娩后阑尾炎等）', (i) => {
  const pt = patient(i % 3 === 2 ? { age: ri(24, 36), gender: 'F' } : { age: ri(52, 80), gender: 'M' }); const a = day();
  const h = hosp(LV23(), pt.region);
  let c1;
  if (i % 3 === 2) { c1 = inpatient(pt, h, 'obstetrics', doctor(h, 'obstetrics'), a, 3); P.delivery(c1); }
  else if (i % 3 === 1) { c1 = inpatient(pt, h, 'urology', doctor(h, 'urology'), a, 5); P.turp(c1); }
  else { c1 = inpatient(pt, h, 'general_surgery', doctor(h, 'general_surgery'), a, 3); P.hernia(c1); }
  const h2 = chance(0.5) ? h : hosp(LV23(), pt.region);
  const [pw, dept] = i % 3 === 2 ? ['appendix', 'general_surgery'] : pick([['pneumonia', 'respiratory'], ['stroke', 'neurology'], ['hf', 'cardiology']]);
  const c2 = inpatient(pt, h2, dept, doctor(h2, dept), c1.dis + ri(3, 12), { appendix: 4, pneumonia: 8, stroke: 11, hf: 8 }[pw], { route: 'emergency' }); P[pw](c2);
  return [[c1, c2]];
}];
C.C08 = ['周期化疗：每21天一次的连续住院', (i) => {
  const pt = patient({ age: ri(45, 72) }); const h = hosp(3, pt.region); const doc = doctor(h, 'oncology'); let a = ri(10, 200);
  const cancer = pick(['C34.900x005', 'C18.900']); const cs = [];
  for (let k = 0; k < 3; k++) { const c = inpatient(pt, h, 'oncology', doc, a, 3); P.chemo(c, { cancer }); cs.push(c); a += 21; }
  return [cs];
}];
C.C09 = ['术后真实并发症再入院（切口感染、深静脉血栓）有相应治疗', (i) => {
  const pt = patient({ age: ri(45, 80) }); const a = day(); const h = hosp(3, pt.region);
  let c1;
  if (i % 2) { c1 = inpatient(pt, h, 'orthopedics', doctor(h, 'orthopedics'), a, 9); P.hip(c1); }
  else { c1 = inpatient(pt, h, 'general_surgery', doctor(h, 'general_surgery'), a, 5); P.chole(c1); }
  const dept = i % 2 ? 'orthopedics' : 'general_surgery';
  const c2 = inpatient(pt, h, dept, doctor(h, dept), c1.dis + ri(4, 12), ri(6, 9), { route: 'emergency' });
  if (i % 2) {
    c2.dx = ['I80.207', 'Z96.600'.replace('Z96.600', 'I10.x00x002')]; admitLabs(c2, c2.adm, ['D-二聚体测定', '凝血四项']); add(c2, '下肢血管彩色多普勒超声', c2.adm, 1); ward(c2, { nursing: 'Ⅰ级护理' });
    for (let d = c2.adm; d < c2.dis; d++) { add(c2, '依诺肝素钠注射液', d, 2); add(c2, '皮下注射', d, 2); oral(c2, d, [['利伐沙班片', 1]]); }
    add(c2, '下肢血管彩色多普勒超声', c2.dis - 1, 1);
  } else {
    c2.dx = ['T81.400x001', 'K80.100']; admitLabs(c2, c2.adm, ['C反应蛋白测定', '细菌培养及药敏']); add(c2, '腹部B超', c2.adm, 1); ward(c2);
    add(c2, '体表脓肿切开引流术', c2.adm, 1); add(c2, '局部浸润麻醉', c2.adm, 1);
    ivDays(c2, c2.adm, c2.dis, [['注射用头孢哌酮钠舒巴坦钠', 2]]);
    for (let d = c2.adm + 1; d < c2.dis; d++) { add(c2, '换药(中)', d, 1); add(c2, '藻酸盐敷料', d, 1); }
    c2.px = [{ code: '86.0400'.replace('86.0400', '86.2201'), day: c2.adm }];
  }
  return [[c1, c2]];
}];
C.C10 = ['转诊上级医院：基层/二级医院病情加重转三级（医嘱转院）', (i) => {
  const pt = patient({ age: ri(55, 85) }); const a = day();
  const h1 = hosp(pick([1, 2]), pt.region); const h2 = hosp(3, pt.region);
  const dept1 = h1.level === 1 ? 'internal_medicine' : pick(['cardiology', 'neurology']);
  const c1 = inpatient(pt, h1, dept1, doctor(h1, dept1), a, ri(1, 3), { mode: 'transfer', route: 'emergency' });
  const acute = i % 2 === 0;
  if (acute) { c1.dx = ['I21.001', 'I10.x00x002']; admitLabs(c1, c1.adm, ['肌钙蛋白I测定', '心肌酶谱']); ward(c1, { nursing: 'Ⅰ级护理' }); oral(c1, c1.adm, [['阿司匹林肠溶片', 3], ['硫酸氢氯吡格雷片', 4]]); add(c1, '心电监测', c1.adm, 24); }
  else { c1.dx = ['I63.900', 'I10.x00x002']; admitLabs(c1, c1.adm, ['头颅CT平扫', '凝血四项']); ward(c1, { nursing: 'Ⅰ级护理' }); oral(c1, c1.adm, [['阿司匹林肠溶片', 1]]); }
  const c2 = inpatient(pt, h2, acute ? 'cardiology' : 'neurology', doctor(h2, acute ? 'cardiology' : 'neurology'), c1.dis, acute ? ri(6, 8) : ri(10, 13), { route: 'transfer', transferFrom: h1.id });
  if (acute) P.pci(c2, { acute: true }); else P.stroke(c2);
  c2.route = 'transfer';
  return [[c1, c2]];
}];
C.C11 = ['门诊检查数周后择期住院手术（检查不重复）', (i) => {
  const pw = ['chole', 'hernia', 'hip', 'turp', 'cataract'][i % 5];
  const dept = { chole: 'general_surgery', hernia: 'general_surgery', hip: 'orthopedics', turp: 'urology', cataract: 'ophthalmology' }[pw];
  const pt = patient({ age: ri(50, 78), gender: pw === 'turp' || pw === 'hernia' ? 'M' : undefined, ins: 'employee' }); const h = hosp(3, pt.region); const doc = doctor(h, dept, 'senior'); const a = day();
  const op = visit(pt, h, 'outpatient', dept, doc, a - ri(14, 40));
  op.dx = { chole: ['K80.100'], hernia: ['K40.900x003'], hip: ['M16.101'], turp: ['N40.x00'], cataract: ['H25.001'] }[pw];
  consultFee(op);
  const t = { chole: ['腹部B超'], hernia: ['腹部B超'], hip: ['四肢X线摄影'], turp: ['泌尿系B超', '前列腺特异性抗原(PSA)测定'], cataract: ['裂隙灯检查', '眼底检查'] }[pw];
  for (const n of t) add(op, n, op.vday, 1);
  const c = inpatient(pt, h, dept, doc, a, { chole: 4, hernia: 3, hip: 10, turp: 5, cataract: 1 }[pw], { route: 'outpatient' }); P[pw](c);
  return [[op, c]];
}];
C.C12 = ['出院后2-4周门诊随访，慢病长处方', (i) => {
  const pt = patient({ age: ri(55, 80), ins: 'employee' }); const h = hosp(3, pt.region); const doc = doctor(h, 'cardiology', 'senior');
  const c = inpatient(pt, h, 'cardiology', doc, day() - 40, ri(5, 7)); if (i % 2) P.pci(c); else P.hf(c);
  const op = visit(pt, h, 'outpatient', 'cardiology', doc, c.dis + ri(14, 28)); op.dx = [i % 2 ? 'I25.103' : 'I50.900'];
  consultFee(op); add(op, '常规心电图检查', op.vday, 1);
  if (i % 2) oral(op, op.vday, [['阿司匹林肠溶片', 56], ['替格瑞洛片', 112], ['阿托伐他汀钙片', 56]], { long: true });
  else oral(op, op.vday, [['沙库巴曲缬沙坦钠片', 112], ['螺内酯片', 56], ['琥珀酸美托洛尔缓释片', 56]], { long: true });
  op.items.forEach((it) => { if (it.category === 'drug') it.long = true; });
  return [[c, op]];
}];
C.C13 = ['药店按月购买慢病药（出院前后持续同一方案）', (i) => {
  const pt = patient({ age: ri(55, 80), ins: 'employee' }); const a = day() - 30;
  const ph = PHARM.find((p) => p.region === pt.region);
  const r1 = visit(pt, ph, 'pharmacy', 'pharmacy', ph.docs.pharmacy[0], a); r1.dx = ['I10.x00x002']; oral(r1, a, [['苯磺酸氨氯地平片', 28], ['阿托伐他汀钙片', 28]]);
  const h = hosp(LV23(), pt.region); const c = inpatient(pt, h, 'respiratory', doctor(h, 'respiratory'), a + ri(3, 8), 8); P.pneumonia(c, { sec: ['I10.x00x002'] });
  const r2 = visit(pt, ph, 'pharmacy', 'pharmacy', ph.docs.pharmacy[0], a + 30); r2.dx = ['I10.x00x002']; oral(r2, r2.vday, [['苯磺酸氨氯地平片', 28], ['阿托伐他汀钙片', 28]]);
  return [[r1, c, r2]];
}];
C.C14 = ['高龄多病短住院：每日有实际治疗的低费用病例', (i) => {
  const pw = ['pneumonia', 'hf', 'copd'][i % 3];
  const c = stayP(pw, { level: 1, dept: 'internal_medicine', los: ri(5, 8), ptOpt: { age: ri(78, 92) }, p: pw === 'pneumonia' ? { sec: ['I10.x00x002', 'E11.900'] } : undefined });
  return [[c]];
}];
C.C15 = ['真实长住院：精神科/康复科每日有治疗', (i) => {
  const v = i % 3;
  if (v === 0) return [[stayP('depression', { level: LV23(), dept: 'psychiatry', los: ri(24, 35), ptOpt: { age: ri(25, 65) } })]];
  if (v === 1) return [[stayP('schizo', { level: LV23(), dept: 'psychiatry', los: ri(35, 55), ptOpt: { age: ri(22, 55) } })]];
  return [[stayP('rehab', { level: pick([2, 3]), dept: 'rehabilitation', los: ri(21, 28), ptOpt: { age: ri(55, 80) } })]];
}];
C.C16 = ['真实长住院：脓毒性休克机械通气+CRRT', (i) => [[stayP('sepsis', { level: 3, dept: 'icu', los: ri(18, 26), ptOpt: { age: ri(50, 85) } })]]];
C.C17 = ['特病单议类高费用：血友病因子替代/肝硬化腹水', (i) => {
  if (i % 2) return [[stayP('haemophilia', { level: 3, dept: 'hematology', los: ri(8, 12), ptOpt: { age: ri(18, 45), gender: 'M' } })]];
  return [[stayP('cirrhosis', { level: 3, dept: 'gastroenterology', los: ri(16, 24), ptOpt: { age: ri(45, 72) } })]];
}];
C.C18 = ['日间手术48小时内完成', (i) => {
  const pw = ['cataract', 'polyp', 'cataract'][i % 3];
  return [[stayP(pw, { level: LV23(), dept: pw === 'cataract' ? 'ophthalmology' : 'gastroenterology', los: 1, ptOpt: { age: ri(50, 82) } })]];
}];
C.C19 = ['日间手术因术后出血转普通住院（有止血、输液、复查）', (i) => {
  const c = stayP('polyp', { level: LV23(), dept: 'gastroenterology', los: ri(4, 6), ptOpt: { age: ri(50, 80) }, p: { sec: ['K91.800'.replace('K91.800', 'K92.200')] } });
  const d = c.adm + 1;
  add(c, '结肠镜检查', d, 1); add(c, '止血夹(结扎夹)', d, 3); add(c, '血常规(五分类)', d, 1); add(c, '血常规(五分类)', d + 1, 1); add(c, '大便常规+隐血', d + 1, 1);
  ivDays(c, d, c.dis, [['氨甲环酸注射液', 2], ['注射用泮托拉唑钠', 1], ['复方氯化钠注射液', 2]]);
  c.px.push({ code: '45.2302', day: d });
  return [[c]];
}];
C.C20 = ['急诊就诊后当日入院：急诊检查不在住院重复收取', (i) => {
  const pw = ['appendix', 'pneumonia', 'stroke', 'hf'][i % 4];
  const dept = { appendix: 'general_surgery', pneumonia: 'respiratory', stroke: 'neurology', hf: 'cardiology' }[pw];
  const pt = patient({ age: ri(35, 82), ins: 'employee' }); const h = hosp(LV23(), pt.region); const a = day();
  const op = visit(pt, h, 'outpatient', 'emergency', doctor(h, 'emergency'), a);
  op.dx = { appendix: ['R10.400'], pneumonia: ['J18.900'], stroke: ['I63.900'], hf: ['I50.900'] }[pw];
  add(op, '急诊诊察费', a, 1);
  const tests = { appendix: ['血常规(五分类)', 'C反应蛋白测定', '腹部CT平扫'], pneumonia: ['血常规(五分类)', 'C反应蛋白测定', '胸部CT平扫'], stroke: ['头颅CT平扫', '凝血四项'], hf: ['B型钠尿肽(BNP)测定', '肌钙蛋白I测定', '常规心电图检查'] }[pw];
  for (const n of tests) add(op, n, a, 1);
  const c = inpatient(pt, h, dept, doctor(h, dept), a, { appendix: 4, pneumonia: 8, stroke: 11, hf: 8 }[pw], { route: 'emergency' });
  P[pw](c);
  c.items = c.items.filter((it) => !(it.day === a && tests.includes(it.name))); c.items.forEach((it, k) => { it.lineId = String(k + 1); });
  return [[op, c]];
}];
C.C21 = ['多支病变PCI：三支血管三枚支架', (i) => {
  const h = hosp(3); const c = inpatient(patient({ age: ri(55, 80), region: h.region }), h, 'cardiology', null, day(), ri(5, 8), { route: i % 2 ? 'emergency' : 'outpatient' });
  c.doc = doctor(c.h, 'cardiology'); P.pci(c, { vessels: 3, stents: 3, acute: i % 2 === 1 });
  return [[c]];
}];
C.C22 = ['复杂骨折：三踝/Pilon骨折双钢板多螺钉', (i) => {
  const h = hosp(LV23()); const c = inpatient(patient({ age: ri(30, 70), region: h.region }), h, 'orthopedics', null, day(), ri(10, 14));
  c.doc = doctor(c.h, 'orthopedics'); P.ankle(c, { principal: pick(['S82.801', 'S82.300x083', 'S82.811']), plates: 2, screws: 12, hours: 3 });
  return [[c]];
}];
C.C23 = ['同日出院后次日他院门诊/出院当日转入他院（无重叠）', (i) => {
  const pt = patient({ age: ri(55, 85), ins: 'employee' }); const a = day();
  const h1 = hosp(3, pt.region); const c1 = inpatient(pt, h1, 'orthopedics', doctor(h1, 'orthopedics'), a, 9, { mode: i % 2 ? 'community' : 'ordered' }); P.femneck(c1);
  if (i % 2) { // discharged to community hospital rehab the same day
    const h2 = hosp(1, pt.region); const c2 = inpatient(pt, h2, 'rehabilitation', doctor(h2, 'rehabilitation'), c1.dis, ri(14, 20), { route: 'transfer', transferFrom: h1.id });
    P.rehab(c2, { principal: 'Z50.100x001' }); c2.dx = ['Z50.100x001', 'S72.000', 'I10.x00x002'];
    return [[c1, c2]];
  }
  const h2 = hosp(2, pt.region); const op = visit(pt, h2, 'outpatient', 'cardiology', doctor(h2, 'cardiology'), c1.dis + 1); OP.htn(op);
  return [[c1, op]];
}];
let c24h = null;
C.C24 = ['流感季乡镇卫生院集中收治呼吸道感染（病情与治疗各异）', (i) => {
  if (i % 5 === 0) c24h = { h: hosp(1), start: ri(5, 40) };
  const h = c24h.h; const pt = patient({ age: ri(60, 88), ins: 'resident', region: h.region });
  const c = inpatient(pt, h, 'internal_medicine', pick(h.docs.internal_medicine), c24h.start + ri(0, 6), ri(4, 9)); P.flu(c);
  return [[c]];
}];

// ===== ROUTINE =====
function routine(i) {
  const k = i % 20;
  if (k < 7) { const pt = patient({ age: ri(20, 80), ins: 'employee' }); const h = hosp(pick([1, 2, 3]), pt.region); const f = pick(Object.keys(OP));
    const dep = h.level === 1 ? 'general_practice' : { urti: 'respiratory', bronchitis: 'respiratory', htn: 'cardiology', dm: 'endocrinology', gastritis: 'gastroenterology', backpain: 'orthopedics', eye: 'ophthalmology', gout: 'endocrinology' }[f];
    const c = visit(pt, h, 'outpatient', dep, doctor(h, dep), day()); OP[f](c); return c; }
  if (k < 10) { const f = pick(Object.keys(CHRONIC)); const code = { htn: 'I10', dm: 'E11', chd: 'I25', copd: 'J44' }[f];
    const pt = patient({ age: ri(50, 80), ins: 'employee', chronic: [code] }); const h = hosp(pick([1, 2]), pt.region);
    const dep = h.level === 1 ? 'general_practice' : { htn: 'cardiology', dm: 'endocrinology', chd: 'cardiology', copd: 'respiratory' }[f];
    const c = visit(pt, h, 'chronic', dep, doctor(h, dep), day()); CHRONIC[f](c); return c; }
  if (k < 12) { const pt = patient({ age: ri(40, 80), ins: 'employee' }); const ph = PHARM.find((p) => p.region === pt.region);
    const c = visit(pt, ph, 'pharmacy', 'pharmacy', ph.docs.pharmacy[0], day()); const v = pick([0, 1, 2]);
    if (v === 0) { c.dx = ['I10.x00x002']; oral(c, c.vday, [['苯磺酸氨氯地平片', 28]]); } else if (v === 1) { c.dx = ['E11.900']; oral(c, c.vday, [['盐酸二甲双胍片', 84]]); } else { c.dx = ['J06.900']; oral(c, c.vday, [['连花清瘟胶囊', 36]]); }
    return c; }
  const list = [['pneumonia', 'respiratory', 7], ['chole', 'general_surgery', 5], ['hernia', 'general_surgery', 3], ['delivery', 'obstetrics', 3], ['caesarean', 'obstetrics', 4], ['appendix', 'general_surgery', 4],
    ['cataract', 'ophthalmology', 1], ['hf', 'cardiology', 8], ['diabetes', 'endocrinology', 8], ['turp', 'urology', 5], ['stroke', 'neurology', 11], ['femneck', 'orthopedics', 10]];
  const [pw, dept, los] = list[i % list.length];
  const g = pw === 'delivery' || pw === 'caesarean' ? 'F' : pw === 'turp' ? 'M' : undefined;
  const age = g === 'F' ? ri(23, 38) : pw === 'femneck' ? ri(70, 90) : pw === 'turp' ? ri(55, 82) : ri(30, 82);
  return stayP(pw, { level: pw === 'femneck' || pw === 'turp' ? LV23() : pick([2, 3]), dept, los: pw === 'cataract' ? 1 : los + ri(0, 2), ptOpt: { age, gender: g } });
}

// ---------- run ----------
for (const [code, [name, fn]] of Object.entries(T)) for (let i = 0; i < 15; i++) {
  const [claims, targets, mut] = fn(i);
  label('fraud', code, name, claims, targets, mut);
}
for (const [code, [name, fn]] of Object.entries(C)) for (let i = 0; i < 15; i++) {
  const [claims] = fn(i);
  label('control', code, name, claims, claims, {});
}
for (let i = 0; i < 100; i++) { const c = routine(i); label('routine', 'R', '常规单次结算', [c], [c], {}); }

// sanity: dates inside the stay, ages for obstetrics etc.
for (const c of CLAIMS) {
  if (c.visitType === 'inpatient') for (const it of c.items) { if (it.day < c.adm) it.day = c.adm; if (it.day > c.dis) it.day = c.dis; }
  else for (const it of c.items) it.day = c.vday;
  finish(c);
}
let groups = null;
if (GROUPS && fs.existsSync(GROUPS)) {
  groups = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); if (g.grouping && g.grouping.drg) groups[g.claimId] = g.grouping.drg; }
}
const settle = (c) => (c.visitType === 'inpatient' ? c.dis : c.vday);
const order = CLAIMS.slice().sort((a, b) => settle(a) - settle(b) || (a.visitType === 'inpatient') - (b.visitType === 'inpatient') || a.seq - b.seq);
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), order.map((c) => JSON.stringify(toJSON(c, groups))).join('\n') + '\n');
const idOf = {}; for (const c of CLAIMS) idOf[c.seq] = claimId(c);
const counters = {};
const labels = LABELS.map((l) => {
  counters[l.code] = (counters[l.code] || 0) + 1;
  const mutatedLines = {}; for (const [s, ids] of Object.entries(l.mut)) mutatedLines[idOf[s]] = ids.map(String);
  return { caseId: `B63-${l.code}-${String(counters[l.code]).padStart(3, '0')}`, kind: l.kind, code: l.code, name: l.name,
    typology: l.kind === 'fraud' ? l.code : undefined, control: l.kind === 'control' ? l.code : undefined,
    claimIds: l.claimsRef.map((c) => idOf[c.seq]), targets: l.targetsRef.map((c) => idOf[c.seq]), mutatedLines };
});
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind63: ${CLAIMS.length} claims, ${labels.length} cases${groups ? ' (reported groups filled)' : ''}`);
