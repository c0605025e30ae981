#!/usr/bin/env node
// blind59: general surgery and its specialty hospitals. usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Money is computed in integer fen and written as yuan (fen/100, two decimals at most).
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base59/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- rng ----------
let seed = 59059;
function rnd() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x80000000; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue ----------
const ROWS = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'services-home-and-online.json']) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) ROWS[r.name] = r;
}
function R(name) { const r = ROWS[name]; if (!r) throw new Error('no catalogue row ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const randDate = (from = '2025-02-10', to = '2025-11-10') => add(from, ri(0, Math.round((D(to) - D(from)) / 864e5)));
const ageOn = (birth, on) => { const b = D(birth), o = D(on); let a = o.getUTCFullYear() - b.getUTCFullYear(); if (o.getUTCMonth() < b.getUTCMonth() || (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- providers ----------
const REGIONS = [
  { code: '510100', prov: '51', name: '成都' }, { code: '510700', prov: '51', name: '绵阳' }, { code: '511300', prov: '51', name: '南充' },
  { code: '370100', prov: '37', name: '济南' }, { code: '370800', prov: '37', name: '济宁' },
  { code: '220100', prov: '22', name: '长春' }, { code: '220200', prov: '22', name: '吉林' },
  { code: '230100', prov: '23', name: '哈尔滨' }, { code: '230600', prov: '23', name: '大庆' },
];
const TITLES = ['主任医师', '副主任医师', '主治医师', '住院医师'];
const HOSP = []; const DOCS = {}; let docSeq = 0;
for (const rg of REGIONS) {
  const kinds = [
    { n: '01', level: 3, type: 'public', depts: ['general_surgery', 'anorectal', 'breast_thyroid', 'vascular_surgery', 'burns', 'wound_care', 'day_surgery'] },
    { n: '02', level: 2, type: 'public', depts: ['general_surgery', 'anorectal', 'breast_thyroid', 'wound_care'] },
    { n: '03', level: 1, type: 'community', depts: ['general_practice'] },
    { n: '04', level: 2, type: 'private_anorectal', depts: ['anorectal'] },
    { n: '05', level: 1, type: 'private_anorectal', depts: ['anorectal'] },
    { n: '06', level: 2, type: 'private_surgical', depts: ['general_surgery', 'vascular_surgery', 'wound_care'] },
  ];
  for (const k of kinds) {
    const h = { id: 'H' + rg.code + k.n, region: rg.code, prov: rg.prov, level: k.level, type: k.type, depts: k.depts };
    HOSP.push(h);
    for (const dp of k.depts) {
      const n = dp === 'general_surgery' && k.level === 3 ? 5 : 3;
      DOCS[h.id + '/' + dp] = [];
      for (let i = 0; i < n; i++) {
        const title = k.level === 1 ? pick(['主治医师', '住院医师', '主治医师']) : TITLES[i % TITLES.length];
        DOCS[h.id + '/' + dp].push({ id: 'D' + String(++docSeq).padStart(4, '0'), title });
      }
    }
  }
}
const hosp = (region, n) => HOSP.find(h => h.id === 'H' + region + n);
const hospOf = (pred) => pick(HOSP.filter(pred));
const doc = (h, dept, pred) => { const l = DOCS[h.id + '/' + dept]; if (!l) throw new Error('no dept ' + dept + ' at ' + h.id); const c = pred ? l.filter(pred) : l; return pick(c.length ? c : l); };

// ---------- patients ----------
let pSeq = 0;
function person(o = {}) {
  const gender = o.gender || (chance(0.5) ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(25, 75);
  const birth = `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const scheme = o.scheme || (chance(0.55) ? 'employee' : 'resident');
  const retireAge = gender === 'M' ? 60 : 55;
  const retired = scheme === 'employee' && age >= retireAge + 1;
  return {
    insuredId: 'P59' + String(++pSeq).padStart(6, '0'), gender, birthDate: birth, retired, scheme,
    region: o.region || null, contributionYears: retired ? ri(31, 40) : Math.max(1, Math.min(age - 20, ri(3, 30))),
  };
}

// ---------- items and amounts ----------
function price(row, level, factor = 1) { return Math.round(row.priceCap[String(level)] * 100 * factor); } // fen
class Bill {
  constructor(level, factor = 1) { this.level = level; this.factor = factor; this.items = []; }
  add(name, date, qty, o = {}) {
    const row = R(name); const unit = o.unitFen != null ? o.unitFen : price(row, this.level, o.factor || this.factor);
    const code = row.products ? row.products[0] : row.code;
    const it = { lineId: String(this.items.length + 1), code, name: row.name, category: row.category, date, quantity: qty, unitFen: unit, amountFen: Math.round(unit * qty), row };
    if (o.longPrescription) it.longPrescription = true;
    this.items.push(it); return it.lineId;
  }
}
const FUND = {}; // per member-year-bucket: outpatient deductible used and fund used
function policyOf(p, claim) {
  const pol = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
  return pol;
}
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
function schemeRules(prov, scheme, bucket) { return POL.provinces[prov].schemes[scheme][bucket]; }

const CLAIMS = []; const claimSeq = {};
function mkClaim(o) {
  // o: {h, dept, doctor, p, visitType, visitDate | adm, dis, dx:[codes], px:[{code,date}], bill, extra}
  const h = o.h; const p = o.p;
  const key = h.id; claimSeq[key] = (claimSeq[key] || 0) + 1;
  const claimId = `${h.region}-${h.id}-2025-${String(claimSeq[key]).padStart(6, '0')}`;
  let totalF = 0, selfF = 0;
  const items = o.bill.items.map(it => {
    totalF += it.amountFen; selfF += Math.round(it.amountFen * (it.row.selfPayShare || 0));
    const x = { lineId: it.lineId, code: it.code, name: it.name, category: it.category, date: it.date, quantity: it.quantity, unitPrice: it.unitFen / 100, amount: it.amountFen / 100 };
    if (it.longPrescription) x.longPrescription = true; return x;
  });
  const policyF = totalF - selfF;
  if (!p.region) p.region = h.region;
  const insuredRegion = o.insuredRegion || p.region;
  const prov = insuredRegion.slice(0, 2);
  const bucket = o.visitType === 'inpatient' ? 'inpatient' : o.visitType === 'pharmacy' ? 'pharmacy' : 'outpatient';
  const sr = schemeRules(prov, p.scheme, bucket);
  const lvl = String(h.level);
  const ratio = sr.ratio[lvl] + (p.retired ? (sr.retireeRatioBonus || 0) : 0);
  let fundF;
  if (bucket === 'inpatient') {
    fundF = Math.max(0, Math.floor((policyF - sr.deductible[lvl] * 100) * ratio));
  } else {
    const k = p.insuredId + '/' + bucket; const st = FUND[k] || (FUND[k] = { ded: 0, fund: 0 });
    const dedLeft = Math.max(0, sr.deductible * 100 - st.ded); const usedDed = Math.min(dedLeft, policyF); st.ded += usedDed;
    fundF = Math.floor((policyF - usedDed) * ratio);
    fundF = Math.max(0, Math.min(fundF, sr.annualFundCap * 100 - st.fund)); st.fund += fundF;
  }
  const d0 = o.visitType === 'inpatient' ? o.adm : o.visitDate;
  const age = ageOn(p.birthDate, d0);
  const c = {
    claimId, region: h.region, insuranceType: p.scheme, visitType: o.visitType,
    patient: { insuredId: p.insuredId, gender: p.gender, birthDate: p.birthDate, retired: p.retired },
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: Math.min(12, Math.max(2, age - 18)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: p.contributionYears, special: null },
    provider: { hospitalId: h.id, level: h.level, department: o.dept, doctorId: o.doctor.id },
  };
  if (insuredRegion !== h.region) c.insuredRegion = insuredRegion;
  if (o.visitType === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.dischargeMode || 'ordered'; if (o.transferFrom) c.transferFromHospitalId = o.transferFrom; }
  else c.visitDate = o.visitDate;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.px || []).map(x => ({ code: x.code, date: x.date }));
  c.reportedGroup = o.visitType === 'inpatient' ? { drg: null, dip: null } : null;
  if (c.reportedGroup === null) delete c.reportedGroup;
  c.items = items;
  c.amounts = { total: totalF / 100, policy: policyF / 100, fundClaimed: fundF / 100 };
  c._settle = o.visitType === 'inpatient' ? o.dis : o.visitDate;
  CLAIMS.push(c); return c;
}

// ---------- clinical building blocks ----------
function labsAdmission(b, d, extra = []) {
  for (const n of ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '常规心电图检查', '胸部X线摄影(正侧位)', ...extra]) b.add(n, d, 1);
}
function wardDays(b, adm, los, opIdx, o = {}) {
  const bed = o.bed || '普通病房床位费(三人间)';
  for (let i = 0; i < los; i++) {
    const d = add(adm, i);
    b.add(bed, d, 1);
    b.add(opIdx != null && (i === opIdx || i === opIdx + 1) ? 'Ⅰ级护理' : 'Ⅱ级护理', d, 1);
    b.add('住院诊查费', d, 1);
  }
}
function gaOp(b, d, surgery, hours, o = {}) {
  b.add(surgery, d, 1);
  if (o.spinal) { b.add('椎管内麻醉', d, 1); b.add('一次性使用麻醉穿刺包', d, 1); b.add('盐酸罗哌卡因注射液', d, 1); }
  else if (o.local) { b.add('局部浸润麻醉', d, 1); b.add('盐酸利多卡因注射液', d, 2); }
  else { b.add('全身麻醉', d, hours); b.add('丙泊酚中/长链脂肪乳注射液', d, 2); b.add('枸橼酸芬太尼注射液', d, 1); b.add('注射用维库溴铵', d, 1); b.add('一次性气管插管', d, 1); }
  b.add('一次性手术衣及铺单包', d, 1); b.add('一次性电刀笔', d, 1); b.add('可吸收缝线', d, o.sutures || 2);
  b.add('注射用头孢呋辛钠', d, 1); b.add('静脉输液(第一组)', d, 1); b.add('一次性使用输液器', d, 1); b.add('乳酸钠林格注射液', d, 2); b.add('氯化钠注射液', d, 2);
  b.add('一次性使用静脉留置针', d, 1);
}
function postOp(b, d0, days, o = {}) {
  for (let i = 1; i <= days; i++) {
    const d = add(d0, i);
    if (i <= (o.ivDays || 1)) { b.add('静脉输液(第一组)', d, 1); b.add('一次性使用输液器', d, 1); b.add('氯化钠注射液', d, 2); b.add('葡萄糖氯化钠注射液', d, 1); }
    if (i % 2 === 1 || o.dailyDressing) { b.add(o.dressing || '换药(小)', d, 1); b.add('一次性使用换药包', d, 1); }
    if (i <= 3) b.add(o.analgesic || '对乙酰氨基酚片', d, 3);
  }
}

// Standard surgical stays. Returns {c, b, ...}. Each template: dx, px, surgery row, los, op day index.
const TEMPL = {
  hernia: { dept: 'general_surgery', dx: () => pick(['K40.900x003', 'K40.900x004', 'K40.900x002']), px: '53.0401', surgery: '腹股沟疝修补术', los: [3, 5], opIdx: 1, hours: 2, mesh: true, minLevel: 1, gender: 'M', age: [45, 80] },
  lapChole: { dept: 'general_surgery', dx: () => pick(['K80.101', 'K80.100x001']), px: '51.2300', surgery: '腹腔镜下胆囊切除术', los: [4, 6], opIdx: 1, hours: 2, lap: true, minLevel: 2, age: [35, 72] },
  lapAppy: { dept: 'general_surgery', dx: () => 'K35.800x001', px: '47.0100', surgery: '腹腔镜下阑尾切除术', los: [4, 6], opIdx: 0, hours: 2, lap: true, minLevel: 2, age: [16, 60], route: 'emergency' },
  openAppy: { dept: 'general_surgery', dx: () => 'K35.800x001', px: '47.0901', surgery: '阑尾切除术', los: [5, 7], opIdx: 0, hours: 2, minLevel: 1, age: [16, 60], route: 'emergency' },
  haem: { dept: 'anorectal', dx: () => pick(['K64.200', 'K64.300', 'K64.803']), px: '49.4600', surgery: '痔切除术', los: [5, 8], opIdx: 1, spinal: true, minLevel: 1, age: [25, 70] },
  fistula: { dept: 'anorectal', dx: () => pick(['K60.302', 'K60.300']), px: '49.1200', surgery: '痔切除术', los: [6, 9], opIdx: 1, spinal: true, minLevel: 1, age: [22, 60], gender: 'M' },
  fissure: { dept: 'anorectal', dx: () => 'K60.200', px: '49.3901', surgery: '痔切除术', los: [4, 6], opIdx: 1, spinal: true, minLevel: 1, age: [22, 55] },
  thyroid: { dept: 'breast_thyroid', dx: () => pick(['E04.101', 'E04.200x003', 'D34.x00']), px: '06.2x00', surgery: '甲状腺腺叶切除术', los: [4, 6], opIdx: 1, hours: 2, minLevel: 2, age: [28, 65], gender: 'F', pathology: 1, thyroidLabs: true },
  breastLump: { dept: 'breast_thyroid', dx: () => pick(['D24.x00', 'N60.100x003']), px: '85.2100x003', surgery: '乳腺癌改良根治术', los: [2, 3], opIdx: 1, local: true, minLevel: 3, age: [22, 50], gender: 'F', pathology: 1, noSurgeryRow: true },
  mastectomy: { dept: 'breast_thyroid', dx: () => 'C50.900', px: '85.4300x003', surgery: '乳腺癌改良根治术', los: [8, 11], opIdx: 2, hours: 3, minLevel: 3, age: [40, 70], gender: 'F', pathology: 2, drains: 2 },
  varicose: { dept: 'vascular_surgery', dx: () => pick(['I83.903', 'I83.900x004']), px: '38.5901', surgery: '大隐静脉高位结扎+剥脱术', los: [4, 6], opIdx: 1, spinal: true, minLevel: 2, age: [40, 72], duplex: true, bandage: true },
};
function surgicalStay(tk, o = {}) {
  const T = TEMPL[tk];
  const h = o.h || hospOf(x => x.level >= T.minLevel && x.depts.includes(T.dept) && (o.hPred ? o.hPred(x) : x.type !== 'private_anorectal' || T.dept === 'anorectal'));
  const p = o.p || person({ gender: T.gender, age: ri(T.age[0], T.age[1]), region: o.insuredRegion || h.region });
  const los = o.los || ri(T.los[0], T.los[1]);
  const adm = o.adm || randDate();
  const dis = add(adm, los);
  const opIdx = o.opIdx != null ? o.opIdx : T.opIdx; const opDay = add(adm, opIdx);
  const b = new Bill(h.level, o.factor || 1);
  labsAdmission(b, adm, [...(T.thyroidLabs ? ['甲状腺功能(三项)', '甲状腺彩超'] : []), ...(T.duplex ? ['下肢血管彩色多普勒超声'] : []), ...(tk === 'lapChole' ? ['腹部B超'] : []), ...(tk === 'breastLump' || tk === 'mastectomy' ? ['乳腺彩超'] : []), ...(o.extraLabs || [])]);
  wardDays(b, adm, los, opIdx, o);
  if (T.noSurgeryRow) { b.add('局部浸润麻醉', opDay, 1); b.add('盐酸利多卡因注射液', opDay, 2); b.add('一次性手术衣及铺单包', opDay, 1); b.add('可吸收缝线', opDay, 1); }
  else gaOp(b, opDay, T.surgery, T.hours || 0, { spinal: T.spinal, local: T.local });
  if (T.lap) { b.add('一次性腹腔镜穿刺器', opDay, 1); b.add('止血夹(结扎夹)', opDay, tk === 'lapChole' ? 4 : 3); }
  if (T.mesh) b.add('疝修补补片', opDay, 1);
  if (T.pathology) b.add('病理检查(常规石蜡切片)', opDay, T.pathology);
  if (T.drains) { b.add('一次性负压引流器', opDay, T.drains); }
  if (T.bandage) b.add('医用弹力绷带', opDay, 2);
  if (!T.spinal && !T.local && !T.noSurgeryRow) { b.add('心电监测', opDay, 6); b.add('血氧饱和度监测', opDay, 6); b.add('吸氧', opDay, 6); b.add('一次性使用吸氧管', opDay, 1); }
  const postDays = los - opIdx - 1;
  if (T.dept === 'anorectal') {
    for (let i = 1; i <= postDays; i++) { const d = add(opDay, i); b.add('中药熏洗治疗（局部）', d, 1); b.add('换药(小)', d, 1); if (i <= 3) b.add('双氯芬酸钠缓释片', d, 1); if (i <= 4) b.add('乳果糖口服溶液', d, 2); }
    b.add('静脉输液(第一组)', add(opDay, 1), 1); b.add('氯化钠注射液', add(opDay, 1), 2);
  } else postOp(b, opDay, postDays, { ivDays: tk === 'lapAppy' || tk === 'openAppy' ? 3 : 1 });
  if (tk === 'lapAppy' || tk === 'openAppy') for (let i = 1; i <= 2; i++) { b.add('甲硝唑氯化钠注射液', add(opDay, i), 2); b.add('注射用头孢呋辛钠', add(opDay, i), 3); }
  if (T.drains) for (let i = 1; i <= Math.min(postDays, 6); i++) b.add('一次性使用引流袋', add(opDay, i), 1);
  const dx = o.dx || [T.dx(), ...(o.dxExtra || [])];
  const px = o.px || [{ code: T.px, date: opDay }];
  const dept = o.dept || T.dept;
  const doctor = o.doctor || doc(h, dept);
  return { h, p, adm, dis, los, opDay, b, dx, px, dept, doctor, T, route: o.route || T.route, insuredRegion: o.insuredRegion, finish(extra = {}) { return mkClaim(Object.assign({ h: this.h, dept: this.dept, doctor: this.doctor, p: this.p, visitType: 'inpatient', adm: this.adm, dis: this.dis, dx: this.dx, px: this.px, bill: this.b, route: this.route, insuredRegion: this.insuredRegion }, extra)); } };
}
function consultRow(h, d) {
  if (h.level >= 2 && d.title === '主任医师') return '主任医师门诊诊察费';
  if (h.level >= 2 && d.title === '副主任医师') return '副主任医师门诊诊察费';
  return '普通门诊诊察费';
}
function outVisit(o) {
  // o: {h, dept, doctor?, p, date, dx:[..], add(b)}
  const b = new Bill(o.h.level, o.factor || 1); const doctor = o.doctor || doc(o.h, o.dept);
  b.add(consultRow(o.h, doctor), o.date, 1);
  if (o.add) o.add(b, o.date);
  return mkClaim({ h: o.h, dept: o.dept, doctor, p: o.p, visitType: o.visitType || 'outpatient', visitDate: o.date, dx: o.dx, px: o.px || [], bill: b, insuredRegion: o.insuredRegion });
}
const lines = (c, pred) => c.items.filter(pred).map(x => x.lineId);

// ---------- cases ----------
const LABELS = [];
function label(kind, code, name, claims, targets, mutated) {
  const n = LABELS.filter(l => l.code === code).length + 1;
  const mutatedLines = {};
  for (const [id, ls] of Object.entries(mutated || {})) if (ls && ls.length) mutatedLines[id] = ls;
  LABELS.push({ caseId: `${code}-${String(n).padStart(2, '0')}`, kind, code, name, typology: kind === 'fraud' ? code : undefined, control: kind === 'control' ? code : undefined, claimIds: claims.map(c => c.claimId), targets: targets.map(c => c.claimId), mutatedLines });
}
const F = (code, name, fn) => ({ kind: 'fraud', code, name, fn });
const C = (code, name, fn) => ({ kind: 'control', code, name, fn });

const GEN = [];
// T01 串换耗材: clean post-haemorrhoidectomy wound, gauze dressing billed as silver antimicrobial dressing at outpatient follow-up
GEN.push(F('T01', '串换耗材: 普通纱布换药以银离子抗菌敷料收费 (肛肠术后门诊换药)', () => {
  const h = hospOf(x => x.type.startsWith('private_anorectal')); const p = person({ age: ri(25, 60) });
  const d0 = randDate(); const out = []; const mut = {};
  const doctor = doc(h, 'anorectal');
  for (let k = 0; k < ri(2, 3); k++) {
    const c = outVisit({ h, dept: 'anorectal', doctor, p, date: add(d0, k * ri(3, 5)), dx: ['Z48.000x002', 'K64.200'], add: (b, d) => { b.add('换药(小)', d, 1); b.add('一次性使用换药包', d, 1); b.add('银离子抗菌敷料', d, ri(1, 2)); b.add('莫匹罗星软膏', d, 1); } });
    out.push(c); mut[c.claimId] = lines(c, x => x.name === '银离子抗菌敷料');
  }
  return [out, out, mut];
}));
// T02 虚记高值耗材: stapler billed in a lap cholecystectomy / open hernia repair where none is used
GEN.push(F('T02', '虚记高值耗材: 胆囊切除/疝修补记吻合器', () => {
  const s = surgicalStay(pick(['lapChole', 'lapChole', 'hernia']), { hPred: x => x.level >= 2 });
  const l = s.b.add('一次性使用吻合器', s.opDay, 1);
  const c = s.finish(); return [[c], [c], { [c.claimId]: [l] }];
}));
// T03 虚增换药次数: small partial-thickness burn inpatient, dressing change billed twice daily every day with gauze
GEN.push(F('T03', '虚增数量: 小面积浅二度烧伤每日两次换药', () => {
  const h = hospOf(x => x.level === 3); const p = person({ age: ri(20, 65) });
  const adm = randDate(); const los = ri(7, 10); const b = new Bill(h.level);
  labsAdmission(b, adm); wardDays(b, adm, los, null);
  const mut = [];
  for (let i = 0; i < los; i++) {
    const d = add(adm, i);
    const a = b.add('换药(中)', d, 1); b.add('一次性使用换药包', d, 1); b.add('医用脱脂纱布', d, 2);
    if (i % 3 !== 0) mut.push(a);
    if (i > 0) { mut.push(b.add('换药(中)', d, 1)); mut.push(b.add('医用脱脂纱布', d, 3)); }
    if (i < 3) { b.add('对乙酰氨基酚片', d, 3); }
  }
  b.add('莫匹罗星软膏', adm, 2);
  const c = mkClaim({ h, dept: 'burns', doctor: doc(h, 'burns'), p, visitType: 'inpatient', adm, dis: add(adm, los), dx: [pick(['T22.200x002', 'T23.200x003', 'T24.200x004']), 'T31.000'], px: [{ code: '93.5700', date: adm }], bill: b, route: 'emergency' });
  return [[c], [c], { [c.claimId]: mut }];
}));
// T04 超限定支付: albumin / parenteral nutrition after routine surgery without the restricted indication
GEN.push(F('T04', '超限定支付: 常规腹部手术后无指征使用人血白蛋白/肠外营养', () => {
  const s = surgicalStay(pick(['lapChole', 'lapAppy', 'hernia']), { hPred: x => x.level >= 2 && x.type !== 'private_anorectal' });
  const mut = [];
  const alb = chance(0.6);
  for (let i = 1; i <= 3; i++) { const d = add(s.opDay, i); if (d >= s.dis) break; if (alb) mut.push(s.b.add('人血白蛋白', d, 1)); else { mut.push(s.b.add('脂肪乳注射液(C14～24)', d, 1)); mut.push(s.b.add('复方氨基酸注射液(18AA)', d, 1)); } }
  const c = s.finish(); return [[c], [c], { [c.claimId]: mut }];
}));
// T05 过度检查: anorectal private hospital pre-op panel (CT, echo, tumour markers, colonoscopy) in young low-risk patients
GEN.push(F('T05', '过度诊疗: 肛肠专科医院痔手术前套餐式检查', () => {
  const s = surgicalStay('haem', { h: hospOf(x => x.type === 'private_anorectal' && x.level === 2), p: person({ age: ri(24, 42) }) });
  const mut = [];
  for (const n of ['胸部CT平扫', '腹部CT平扫', '心脏彩色多普勒超声', '肿瘤标志物(CEA)测定', '糖类抗原19-9(CA19-9)测定', '甲胎蛋白(AFP)测定', '结肠镜检查', '动态心电图(24小时)']) if (chance(0.8)) mut.push(s.b.add(n, s.adm, 1));
  const c = s.finish(); return [[c], [c], { [c.claimId]: mut }];
}));
// T06 重复收费: local infiltration anaesthesia billed on the day of a general anaesthesia
GEN.push(F('T06', '重复收费: 全身麻醉同日另收局部浸润麻醉', () => {
  const s = surgicalStay(pick(['lapChole', 'lapAppy', 'thyroid']));
  const mut = [s.b.add('局部浸润麻醉', s.opDay, 1)];
  const c = s.finish(); return [[c], [c], { [c.claimId]: mut }];
}));
// T07 分解收费: liver panel and its component tests billed on the same day
GEN.push(F('T07', '分解收费: 肝功能全套同日拆项另收转氨酶/胆红素', () => {
  const s = surgicalStay(pick(['lapChole', 'lapAppy', 'hernia', 'haem', 'varicose']));
  const d = s.adm; const mut = [s.b.add('丙氨酸氨基转移酶测定', d, 1), s.b.add('天门冬氨酸氨基转移酶测定', d, 1)];
  if (chance(0.5)) mut.push(s.b.add('总胆红素测定', d, 1));
  const c = s.finish(); return [[c], [c], { [c.claimId]: mut }];
}));
// T08 超量开药/倒卖: tramadol after anorectal surgery, refilled early across hospitals (overlapping supply)
GEN.push(F('T08', '超量开药: 术后曲马多多院提前续方(供药重叠)', () => {
  const reg = pick(REGIONS).code; const p = person({ age: ri(30, 60), scheme: 'employee', region: reg });
  const hs = HOSP.filter(x => x.region === reg && x.depts.some(d => ['anorectal', 'general_surgery'].includes(d)));
  const d0 = randDate('2025-02-10', '2025-09-30'); const out = []; const mut = {};
  let d = d0;
  for (let k = 0; k < ri(4, 5); k++) {
    const h = hs[k % hs.length]; const dept = h.depts.includes('anorectal') ? 'anorectal' : 'general_surgery';
    const c = outVisit({ h, dept, p, date: d, dx: ['K64.200', 'R52.100'], add: (b, dd) => { b.add('盐酸曲马多缓释片', dd, 28); b.add('双氯芬酸钠缓释片', dd, 14); } });
    out.push(c); if (k > 0) mut[c.claimId] = lines(c, x => x.name === '盐酸曲马多缓释片');
    d = add(d, ri(4, 7));
  }
  return [out, out.slice(1), mut];
}));
// T09 冒名就医: the member's card used at another hospital while the member is an inpatient
GEN.push(F('T09', '冒名就医: 住院期间他院门诊手术/换药使用同一医保卡', () => {
  const s = surgicalStay(pick(['lapChole', 'hernia', 'thyroid', 'varicose']));
  const c1 = s.finish();
  const h2 = hospOf(x => x.region === s.h.region && x.id !== s.h.id && (x.depts.includes('wound_care') || x.depts.includes('anorectal') || x.depts.includes('general_practice')));
  const dept = h2.depts.includes('wound_care') ? 'wound_care' : h2.depts.includes('anorectal') ? 'anorectal' : 'general_practice';
  const d = add(s.adm, ri(2, Math.max(2, s.los - 1)));
  const c2 = outVisit({ h: h2, dept, p: s.p, date: d, dx: [pick(['L02.201', 'S61.000x001', 'K64.801'])], px: [{ code: '86.0400x011', date: d }], add: (b, dd) => { b.add('局部浸润麻醉', dd, 1); b.add('盐酸利多卡因注射液', dd, 1); b.add('换药(中)', dd, 1); b.add('一次性使用换药包', dd, 1); b.add('头孢克肟胶囊', dd, 12); } });
  return [[c1, c2], [c1, c2], {}];
}));
// T10 挂床住院: anorectal admission with days of bed and nursing only
GEN.push(F('T10', '挂床住院: 肛肠保守治疗住院多日仅床位护理', () => {
  const h = hospOf(x => x.type === 'private_anorectal'); const p = person({ age: ri(40, 75) });
  const adm = randDate(); const los = ri(8, 12); const b = new Bill(h.level);
  labsAdmission(b, adm, ['大便常规+隐血']);
  const mut = [];
  for (let i = 0; i < los; i++) {
    const d = add(adm, i);
    const l1 = b.add('普通病房床位费(三人间)', d, 1); const l2 = b.add('Ⅱ级护理', d, 1); const l3 = b.add('住院诊查费', d, 1);
    if (i < 3) { b.add('中药熏洗治疗（局部）', d, 1); b.add('乳果糖口服溶液', d, 2); }
    else mut.push(l1, l2, l3);
  }
  const c = mkClaim({ h, dept: 'anorectal', doctor: doc(h, 'anorectal'), p, visitType: 'inpatient', adm, dis: add(adm, los), dx: [pick(['K64.100', 'K64.805', 'K60.200'])], px: [], bill: b });
  return [[c], [c], { [c.claimId]: mut }];
}));
// T11 低标准入院: inpatient stay for an outpatient-level work-up (varicose veins, thyroid nodule follow-up)
GEN.push(F('T11', '低标准入院: 静脉曲张/甲状腺结节仅检查的短期住院', () => {
  const vv = chance(0.5);
  const h = hospOf(x => x.level >= 2 && x.depts.includes(vv ? 'vascular_surgery' : 'breast_thyroid'));
  const p = person({ age: ri(35, 70), gender: vv ? undefined : 'F' });
  const adm = randDate(); const los = ri(3, 4); const b = new Bill(h.level);
  labsAdmission(b, adm, vv ? ['下肢血管彩色多普勒超声', 'D-二聚体测定'] : ['甲状腺功能(三项)', '甲状腺彩超']);
  wardDays(b, adm, los, null);
  if (vv) b.add('医用弹力绷带', add(adm, 1), 2);
  const dept = vv ? 'vascular_surgery' : 'breast_thyroid';
  const c = mkClaim({ h, dept, doctor: doc(h, dept), p, visitType: 'inpatient', adm, dis: add(adm, los), dx: [vv ? 'I83.900x004' : 'E04.101'], px: [], bill: b });
  return [[c], [c], {}];
}));
// T12 分解住院: haemorrhoid / fistula stay split in two, readmitted days later for continued dressings and sitz baths
GEN.push(F('T12', '分解住院: 肛肠术后出院数日再入院继续换药熏洗', () => {
  const s = surgicalStay(pick(['haem', 'fistula']), { hPred: x => x.depts.includes('anorectal') && x.level <= 2 });
  const c1 = s.finish();
  const adm = add(s.dis, ri(1, 6)); const los = ri(5, 8); const b = new Bill(s.h.level);
  b.add('血常规(五分类)', adm, 1);
  wardDays(b, adm, los, null);
  for (let i = 0; i < los; i++) { const d = add(adm, i); b.add('中药熏洗治疗（局部）', d, 1); b.add('换药(小)', d, 1); b.add('一次性使用换药包', d, 1); }
  const dx2 = s.dx[0].startsWith('K64') ? pick(['K64.805', 'K64.801', 'K64.803']) : pick(['K60.303', 'K61.001']);
  const c2 = mkClaim({ h: s.h, dept: 'anorectal', doctor: s.doctor, p: s.p, visitType: 'inpatient', adm, dis: add(adm, los), dx: [dx2], px: [], bill: b });
  return [[c1, c2], [c2], {}];
}));
// T13 诱导就医: free screening + transport: cluster of out-of-region elderly admitted together to a private anorectal hospital
GEN.push(F('T13', '诱导就医: 免费筛查接送, 异地老人同日集中入住民营肛肠医院', () => {
  const h = hospOf(x => x.type === 'private_anorectal');
  const home = pick(REGIONS.filter(r => r.prov === h.prov && r.code !== h.region)) || REGIONS.find(r => r.code !== h.region);
  const adm = randDate(); const doctor = doc(h, 'anorectal'); const out = [];
  for (let k = 0; k < 3; k++) {
    const p = person({ age: ri(62, 80), scheme: 'resident', region: home.code });
    const s = surgicalStay('haem', { h, p, adm: add(adm, k === 2 ? 1 : 0), los: 7, doctor, insuredRegion: home.code });
    s.dx = [pick(['K64.100', 'K64.200'])];
    for (const n of ['结肠镜检查', '腹部B超', '心脏彩色多普勒超声']) s.b.add(n, s.adm, 1);
    out.push(s.finish());
  }
  return [out, out, {}];
}));
// T14 高套分组: appendicectomy/cholecystectomy coded with an unsupported major complication
GEN.push(F('T14', '高套分组: 阑尾/胆囊切除病案加编无依据的严重并发症', () => {
  const s = surgicalStay(pick(['lapAppy', 'lapChole', 'openAppy']));
  s.dx.push(pick(['J96.000', 'N17.900', 'R57.100', 'I50.900', 'A41.900']));
  const c = s.finish(); return [[c], [c], {}];
}));
// T15 虚构服务: phantom post-operative dressing visits long after a simple wound healed
GEN.push(F('T15', '虚构服务: 体表小手术后长期虚构门诊换药', () => {
  const h = hospOf(x => x.depts.includes('wound_care') || x.type === 'private_anorectal'); const dept = h.depts.includes('wound_care') ? 'wound_care' : 'anorectal';
  const p = person({ age: ri(25, 65), scheme: 'employee' }); const doctor = doc(h, dept);
  const d0 = randDate('2025-02-10', '2025-08-31'); const out = [];
  const dx = dept === 'anorectal' ? 'K60.200' : pick(['D17.000x004', 'L72.105']);
  const c0 = outVisit({ h, dept, doctor, p, date: d0, dx: [dx], px: [{ code: dept === 'anorectal' ? '49.3901' : '86.3x03', date: d0 }], add: (b, d) => { b.add('局部浸润麻醉', d, 1); b.add('盐酸利多卡因注射液', d, 1); b.add('可吸收缝线', d, 1); b.add('病理检查(常规石蜡切片)', d, 1); } });
  out.push(c0);
  let d = add(d0, 3); const tg = [];
  for (let k = 0; k < ri(10, 14); k++) {
    const c = outVisit({ h, dept, doctor, p, date: d, dx: ['Z48.000x002', dx], add: (b, dd) => { b.add('换药(中)', dd, 1); b.add('一次性使用换药包', dd, 1); b.add('藻酸盐敷料', dd, 1); } });
    out.push(c); if (D(d) - D(d0) > 14 * 864e5) tg.push(c);
    d = add(d, ri(2, 4));
  }
  return [out, tg, {}];
}));

// ---------- controls ----------
GEN.push(C('C01', '感染性肛周脓肿切开引流术后门诊换药使用银离子敷料', () => {
  const h = hospOf(x => x.depts.includes('anorectal') && x.type === 'public'); const p = person({ age: ri(25, 60), gender: 'M', scheme: 'employee' }); const doctor = doc(h, 'anorectal');
  const d0 = randDate(); const out = [];
  for (let k = 0; k < ri(2, 3); k++) out.push(outVisit({ h, dept: 'anorectal', doctor, p, date: add(d0, k * ri(2, 3)), dx: ['K61.001', 'T81.400x001'], add: (b, d) => { b.add('换药(中)', d, 1); b.add('一次性使用换药包', d, 1); b.add('银离子抗菌敷料', d, 1); if (k === 0) b.add('细菌培养及药敏', d, 1); } }));
  return out;
}));
GEN.push(C('C02', '糖尿病足溃疡门诊换药 (银离子/泡沫敷料)', () => {
  const h = hospOf(x => x.depts.includes('wound_care') && x.level >= 2); const p = person({ age: ri(50, 78), scheme: 'employee' }); const doctor = doc(h, 'wound_care');
  const d0 = randDate(); const out = [];
  for (let k = 0; k < ri(2, 4); k++) out.push(outVisit({ h, dept: 'wound_care', doctor, p, date: add(d0, k * ri(3, 4)), dx: ['E11.500x043', 'L97.x00'], add: (b, d) => { b.add('换药(中)', d, 1); b.add('一次性使用换药包', d, 1); b.add(k % 2 ? '泡沫敷料' : '银离子抗菌敷料', d, 1); b.add('血糖监测(快速)', d, 1); } }));
  return out;
}));
GEN.push(C('C03', '穿孔性阑尾炎腹腔镜切除, 阑尾根部宽大使用吻合器', () => {
  const s = surgicalStay('lapAppy', { hPred: x => x.level === 3, dx: ['K35.300'], los: ri(6, 8) });
  s.b.add('一次性使用吻合器', s.opDay, 1); s.b.add('一次性负压引流器', s.opDay, 1);
  return [s.finish()];
}));
GEN.push(C('C04', '腹腔镜腹股沟疝修补 (TAPP): 穿刺器+补片+钉夹', () => {
  const s = surgicalStay('hernia', { hPred: x => x.level >= 2 && x.type === 'public', px: null });
  s.px = [{ code: '53.0203', date: s.opDay }];
  s.b.add('一次性腹腔镜穿刺器', s.opDay, 1); s.b.add('止血夹(结扎夹)', s.opDay, 4);
  return [s.finish()];
}));
GEN.push(C('C05', '大面积深二度烧伤每日换药', () => {
  const h = hospOf(x => x.level === 3); const p = person({ age: ri(20, 60) });
  const adm = randDate(); const los = ri(14, 20); const b = new Bill(h.level);
  labsAdmission(b, adm, ['C反应蛋白测定']); wardDays(b, adm, los, 0);
  for (let i = 0; i < los; i++) { const d = add(adm, i); b.add('换药(中)', d, i < 10 ? 2 : 1); b.add('一次性使用换药包', d, 2); b.add('医用脱脂纱布', d, 6); if (i < 7) { b.add('静脉输液(第一组)', d, 1); b.add('乳酸钠林格注射液', d, 3); b.add('一次性使用输液器', d, 1); } if (i % 3 === 0) b.add('银离子抗菌敷料', d, 2); }
  b.add('细菌培养及药敏', add(adm, 3), 1);
  return [mkClaim({ h, dept: 'burns', doctor: doc(h, 'burns'), p, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['T21.200x031', 'T24.200x003', 'T31.200'], px: [{ code: '86.2800x012', date: adm }], bill: b, route: 'emergency' })];
}));
GEN.push(C('C06', '大面积烧伤休克期使用人血白蛋白', () => {
  const h = hospOf(x => x.level === 3); const p = person({ age: ri(20, 60) });
  const adm = randDate(); const los = ri(18, 25); const b = new Bill(h.level);
  labsAdmission(b, adm, ['血气分析', 'C反应蛋白测定']); wardDays(b, adm, los, 0);
  for (let i = 0; i < los; i++) { const d = add(adm, i); b.add('换药(中)', d, 1); b.add('一次性使用换药包', d, 1); b.add('医用脱脂纱布', d, 6); if (i < 4) { b.add('人血白蛋白', d, 2); b.add('乳酸钠林格注射液', d, 4); b.add('静脉输液(第一组)', d, 1); b.add('静脉输液(每增加一组)', d, 3); b.add('一次性使用输液器', d, 2); b.add('电解质(四项)', d, 1); } }
  return [mkClaim({ h, dept: 'burns', doctor: doc(h, 'burns'), p, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['T21.300x031', 'T22.200x002', 'T31.200'], px: [{ code: '86.2200x011', date: add(adm, 3) }], bill: b, route: 'emergency' })];
}));
GEN.push(C('C07', '粘连性肠梗阻禁食期肠外营养', () => {
  const h = hospOf(x => x.level >= 2 && x.depts.includes('general_surgery') && x.type === 'public'); const p = person({ age: ri(45, 80) });
  const adm = randDate(); const los = ri(7, 10); const b = new Bill(h.level);
  labsAdmission(b, adm, ['腹部CT平扫']); wardDays(b, adm, los, null);
  for (let i = 0; i < los - 2; i++) { const d = add(adm, i); b.add('胃肠减压', d, 1); b.add('脂肪乳注射液(C14～24)', d, 1); b.add('复方氨基酸注射液(18AA)', d, 1); b.add('葡萄糖氯化钠注射液', d, 2); b.add('氯化钾注射液', d, 2); b.add('静脉输液(第一组)', d, 1); b.add('静脉输液(每增加一组)', d, 3); b.add('一次性使用输液器', d, 2); if (i < 3) b.add('注射用泮托拉唑钠', d, 1); }
  b.add('一次性使用胃管', adm, 1);
  return [mkClaim({ h, dept: 'general_surgery', doctor: doc(h, 'general_surgery'), p, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['K56.500x003'], px: [], bill: b, route: 'emergency' })];
}));
GEN.push(C('C08', '老年便血贫血者痔手术前全面排查 (结肠镜/CT/肿瘤标志物)', () => {
  const s = surgicalStay('haem', { hPred: x => x.type === 'public' && x.level >= 2 && x.depts.includes('anorectal'), p: person({ age: ri(62, 80) }), dxExtra: ['K62.500', 'D50.000'] });
  for (const n of ['结肠镜检查', '肿瘤标志物(CEA)测定', '腹部CT平扫', '大便常规+隐血']) s.b.add(n, s.adm, 1);
  s.b.add('病理检查(常规石蜡切片)', s.opDay, 1);
  return [s.finish()];
}));
GEN.push(C('C09', '全麻术后第3日床旁局麻切口引流', () => {
  const s = surgicalStay(pick(['lapAppy', 'openAppy']), { los: ri(7, 9) });
  const d = add(s.opDay, 3); s.b.add('局部浸润麻醉', d, 1); s.b.add('盐酸利多卡因注射液', d, 1); s.b.add('细菌培养及药敏', d, 1);
  s.dx.push('T81.400x004');
  return [s.finish()];
}));
GEN.push(C('C10', '肝功能全套入院查, 术后第2日复查转氨酶', () => {
  const s = surgicalStay(pick(['lapChole', 'lapChole', 'lapAppy']));
  const d = add(s.opDay, 1); s.b.add('丙氨酸氨基转移酶测定', d, 1); s.b.add('天门冬氨酸氨基转移酶测定', d, 1); s.b.add('总胆红素测定', d, 1);
  return [s.finish()];
}));
GEN.push(C('C11', '直肠癌术后癌痛规律续方曲马多 (供药不重叠)', () => {
  const h = hospOf(x => x.level === 3); const p = person({ age: ri(50, 75), scheme: 'employee', region: h.region });
  const doctor = doc(h, 'general_surgery'); const d0 = randDate('2025-02-10', '2025-08-31'); const out = [];
  for (let k = 0; k < ri(4, 5); k++) out.push(outVisit({ h, dept: 'general_surgery', doctor, p, date: add(d0, k * ri(14, 16)), dx: ['C20.x00', 'R52.100'], add: (b, d) => { b.add('盐酸曲马多缓释片', d, 28); b.add('乳果糖口服溶液', d, 14); } }));
  return out;
}));
GEN.push(C('C12', '他院门诊就诊当日转诊入院手术', () => {
  const s = surgicalStay(pick(['lapChole', 'lapAppy', 'hernia']), { hPred: x => x.level === 3 });
  const h1 = hospOf(x => x.region === s.h.region && x.level <= 2 && x.type !== 'private_anorectal' && x.id !== s.h.id);
  const dept = h1.depts.includes('general_surgery') ? 'general_surgery' : 'general_practice';
  const c1 = outVisit({ h: h1, dept, p: s.p, date: s.adm, dx: [s.dx[0]], add: (b, d) => { b.add('血常规(五分类)', d, 1); b.add('腹部B超', d, 1); } });
  s.route = 'outpatient';
  return [c1, s.finish()];
}));
GEN.push(C('C13', '高龄抗凝患者血栓性痔保守住院 (每日熏洗换药用药)', () => {
  const h = hospOf(x => x.type === 'public' && x.depts.includes('anorectal')); const p = person({ age: ri(76, 88) });
  const adm = randDate(); const los = ri(6, 8); const b = new Bill(h.level);
  labsAdmission(b, adm, ['大便常规+隐血', '心脏彩色多普勒超声']); wardDays(b, adm, los, null);
  for (let i = 0; i < los; i++) { const d = add(adm, i); b.add('中药熏洗治疗（局部）', d, 1); b.add('换药(小)', d, 1); b.add('一次性使用换药包', d, 1); b.add('乳果糖口服溶液', d, 2); b.add('利伐沙班片', d, 1); if (i % 2 === 0) b.add('凝血四项', d, 1); if (i < 4) b.add('对乙酰氨基酚片', d, 3); }
  return [mkClaim({ h, dept: 'anorectal', doctor: doc(h, 'anorectal'), p, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['K64.801', 'I48.900', 'I10.x00'], px: [], bill: b, route: 'emergency' })];
}));
GEN.push(C('C14', '日间手术: 下肢静脉曲张硬化剂注射/剥脱 1日住院', () => {
  const h = hospOf(x => x.level === 3); const p = person({ age: ri(40, 70) });
  const adm = randDate(); const b = new Bill(h.level);
  for (const n of ['血常规(五分类)', '凝血四项', '常规心电图检查', '下肢血管彩色多普勒超声']) b.add(n, adm, 1);
  b.add('普通病房床位费(三人间)', adm, 1); b.add('Ⅱ级护理', adm, 1); b.add('住院诊查费', adm, 1);
  gaOp(b, adm, '大隐静脉高位结扎+剥脱术', 0, { local: true }); b.add('医用弹力绷带', adm, 3);
  return [mkClaim({ h, dept: 'day_surgery', doctor: doc(h, 'day_surgery'), p, visitType: 'inpatient', adm, dis: add(adm, 1), dx: ['I83.903'], px: [{ code: pick(['39.9200', '38.5900x010']), date: adm }], bill: b })];
}));
GEN.push(C('C15', '阑尾切除术后切口感染, 一周内急诊入住上级医院', () => {
  const s = surgicalStay('openAppy', { hPred: x => x.level <= 2 && x.depts.includes('general_surgery') && x.type === 'public' });
  const c1 = s.finish();
  const h2 = hosp(s.h.region, '01'); const adm = add(s.dis, ri(2, 6)); const los = ri(6, 9); const b = new Bill(3);
  labsAdmission(b, adm, ['C反应蛋白测定', '细菌培养及药敏', '腹部CT平扫']); wardDays(b, adm, los, 1);
  b.add('局部浸润麻醉', add(adm, 1), 1); b.add('盐酸利多卡因注射液', add(adm, 1), 2);
  for (let i = 1; i < los; i++) { const d = add(adm, i); b.add('换药(中)', d, 1); b.add('一次性使用换药包', d, 1); if (i < 6) { b.add('注射用头孢哌酮钠舒巴坦钠', d, 2); b.add('甲硝唑氯化钠注射液', d, 2); b.add('静脉输液(第一组)', d, 1); b.add('一次性使用输液器', d, 1); } }
  const c2 = mkClaim({ h: h2, dept: 'general_surgery', doctor: doc(h2, 'general_surgery'), p: s.p, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['T81.400x001', 'K35.800x001'], px: [{ code: '86.0400x011', date: add(adm, 1) }], bill: b, route: 'emergency' });
  return [c1, c2];
}));
GEN.push(C('C16', '甲状腺腺叶切除病理示癌, 10日后再入院行残余甲状腺切除', () => {
  const s = surgicalStay('thyroid', { hPred: x => x.level === 3 });
  const c1 = s.finish();
  const s2 = surgicalStay('thyroid', { h: s.h, p: s.p, adm: add(s.dis, ri(8, 14)), doctor: s.doctor, dx: ['C73.x00'] });
  s2.px = [{ code: '06.4x01', date: s2.opDay }, { code: '40.2100', date: s2.opDay }];
  return [c1, s2.finish()];
}));
GEN.push(C('C17', '同日多名上转患者入住三级医院普外 (分级诊疗转诊)', () => {
  const h = hosp(pick(REGIONS).code, '01'); const adm = randDate(); const out = [];
  const from = hosp(h.region, '03');
  for (const tk of ['lapChole', 'hernia', 'lapAppy']) {
    const s = surgicalStay(tk, { h, adm: add(adm, ri(0, 1)), route: 'transfer' });
    out.push(s.finish({ route: 'transfer', transferFrom: from.id }));
  }
  return out;
}));
GEN.push(C('C18', '急性坏疽性胆囊炎并感染性休克/急性肾损伤 (ICU、血气、升压药支持)', () => {
  const s = surgicalStay('lapChole', { hPred: x => x.level === 3, los: ri(10, 14), bed: '普通病房床位费(三人间)' });
  s.dx = ['K80.001', pick(['R57.200', 'N17.900', 'A41.900'])];
  for (let i = 0; i < 3; i++) { const d = add(s.opDay, i); s.b.add('重症监护', d, i === 0 ? 16 : 24); s.b.add('血气分析', d, 2); s.b.add('血乳酸测定', d, 2); s.b.add('重酒石酸去甲肾上腺素注射液', d, 4); s.b.add('注射用美罗培南', d, 3); s.b.add('降钙素原测定', d, 1); }
  s.b.add('细菌培养及药敏', s.opDay, 2);
  const icuDays = [add(s.opDay, 1), add(s.opDay, 2)];
  s.b.items = s.b.items.filter(x => !(icuDays.includes(x.date) && /护理$/.test(x.name)));
  for (const x of s.b.items) if (icuDays.includes(x.date) && x.name === '普通病房床位费(三人间)') { const r = R('监护病房床位费'); x.row = r; x.code = r.code; x.name = r.name; x.unitFen = price(r, s.h.level); x.amountFen = x.unitFen * x.quantity; }
  s.b.items.forEach((x, i) => { x.lineId = String(i + 1); });
  return [s.finish({ route: 'emergency' })];
}));
GEN.push(C('C19', '下肢静脉性溃疡长期门诊换药 (8周)', () => {
  const h = hospOf(x => x.depts.includes('wound_care') && x.type === 'public'); const p = person({ age: ri(55, 80), scheme: 'employee' }); const doctor = doc(h, 'wound_care');
  const d0 = randDate('2025-02-10', '2025-08-31'); const out = []; let d = d0;
  for (let k = 0; k < ri(10, 14); k++) { out.push(outVisit({ h, dept: 'wound_care', doctor, p, date: d, dx: ['I83.001', 'L97.x00'], add: (b, dd) => { b.add('换药(中)', dd, 1); b.add('一次性使用换药包', dd, 1); b.add(k % 3 ? '藻酸盐敷料' : '泡沫敷料', dd, 1); b.add('医用弹力绷带', dd, 1); } })); d = add(d, ri(3, 5)); }
  return out;
}));
GEN.push(C('C20', '复杂性高位肛瘘挂线术后每周紧线换药', () => {
  const h = hospOf(x => x.type === 'public' && x.depts.includes('anorectal')); const p = person({ age: ri(25, 55), gender: 'M', scheme: 'employee' }); const doctor = doc(h, 'anorectal');
  const d0 = randDate('2025-02-10', '2025-08-31'); const out = [];
  for (let k = 0; k < ri(6, 9); k++) out.push(outVisit({ h, dept: 'anorectal', doctor, p, date: add(d0, k * 7), dx: ['K60.301', 'Z48.000x002'], add: (b, d) => { b.add('换药(中)', d, 1); b.add('一次性使用换药包', d, 1); b.add('局部浸润麻醉', d, 1); b.add('中药熏洗治疗（局部）', d, 1); } }));
  return out;
}));
GEN.push(C('C21', '糖尿病足清创后负压封闭引流 (VSD) 住院', () => {
  const h = hospOf(x => x.level === 3); const p = person({ age: ri(50, 78) });
  const adm = randDate(); const los = ri(14, 21); const b = new Bill(h.level);
  labsAdmission(b, adm, ['糖化血红蛋白测定', 'C反应蛋白测定', '下肢血管彩色多普勒超声', '细菌培养及药敏']); wardDays(b, adm, los, 2);
  for (let i = 0; i < los; i++) { const d = add(adm, i); b.add('血糖监测(快速)', d, 4); b.add('血糖试纸', d, 4); if (i % 4 === 0) b.add('门冬胰岛素注射液', d, 1); if (i >= 2 && (i - 2) % 4 === 0) { b.add('一次性负压引流器', d, 1); b.add('泡沫敷料', d, 2); b.add('局部浸润麻醉', d, 1); } else if (i >= 2) b.add('换药(小)', d, 1); }
  return [mkClaim({ h, dept: 'wound_care', doctor: doc(h, 'wound_care'), p, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['E11.500x044', 'L97.x00'], px: [{ code: '86.2200x011', date: add(adm, 2) }, { code: '86.0401', date: add(adm, 2) }], bill: b })];
}));
GEN.push(C('C22', '乳腺癌改良根治术前分期检查 (CT/彩超/肿瘤标志物)', () => {
  const s = surgicalStay('mastectomy', { hPred: x => x.level === 3 });
  for (const n of ['胸部CT平扫', '腹部CT平扫', '肿瘤标志物(CEA)测定', '糖类抗原125(CA125)测定', '心脏彩色多普勒超声']) s.b.add(n, s.adm, 1);
  return [s.finish()];
}));
GEN.push(C('C23', '甲状腺手术两份标本病理 + 术后当日复查血常规', () => {
  const s = surgicalStay('thyroid', { hPred: x => x.level === 3 });
  s.b.add('病理检查(常规石蜡切片)', s.opDay, 1); s.b.add('血常规(五分类)', s.opDay, 1); s.b.add('血常规(五分类)', add(s.opDay, 1), 1);
  s.px.push({ code: '40.2100', date: s.opDay });
  return [s.finish()];
}));
GEN.push(C('C24', '急诊阑尾术后回参保地社区拆线 (异地就医后本地随访)', () => {
  const home = pick(REGIONS); const away = pick(REGIONS.filter(r => r.code !== home.code));
  const p = person({ age: ri(20, 55), region: home.code });
  const s = surgicalStay('lapAppy', { h: hosp(away.code, '01'), p, insuredRegion: home.code });
  const c1 = s.finish();
  const h2 = hosp(home.code, '03');
  const c2 = outVisit({ h: h2, dept: 'general_practice', p, date: add(s.dis, ri(3, 5)), dx: ['Z48.000x001'], add: (b, d) => { b.add('换药(小)', d, 1); b.add('一次性使用换药包', d, 1); } });
  return [c1, c2];
}));

// ---------- routine ----------
function routine() {
  const r = rnd();
  if (r < 0.45) {
    const tk = pick(['hernia', 'lapChole', 'lapAppy', 'openAppy', 'haem', 'fistula', 'fissure', 'thyroid', 'breastLump', 'varicose', 'mastectomy', 'hernia', 'lapChole', 'haem']);
    return [surgicalStay(tk).finish()];
  }
  const h = hospOf(() => true); const dept = pick(h.depts);
  const kinds = {
    general_surgery: [['K40.900x003', (b, d) => b.add('腹部B超', d, 1)], ['K80.101', (b, d) => { b.add('腹部B超', d, 1); b.add('肝功能(全套)', d, 1); b.add('熊去氧胆酸胶囊', d, 30); }], ['Z48.000x001', (b, d) => { b.add('换药(小)', d, 1); b.add('一次性使用换药包', d, 1); }], ['Z09.000x001', (b, d) => b.add('血常规(五分类)', d, 1)]],
    anorectal: [['K64.100', (b, d) => { b.add('大便常规+隐血', d, 1); b.add('乳果糖口服溶液', d, 10); }], ['K60.200', (b, d) => { b.add('中药熏洗治疗（局部）', d, 1); b.add('乳果糖口服溶液', d, 6); }], ['K64.801', (b, d) => { b.add('中药熏洗治疗（局部）', d, 1); b.add('双氯芬酸钠缓释片', d, 6); }]],
    breast_thyroid: [['E04.101', (b, d) => { b.add('甲状腺彩超', d, 1); b.add('甲状腺功能(三项)', d, 1); }], ['N60.100x003', (b, d) => b.add('乳腺彩超', d, 1)], ['E89.001', (b, d) => { b.add('甲状腺功能(三项)', d, 1); b.add('左甲状腺素钠片', d, 30); }]],
    vascular_surgery: [['I83.900x004', (b, d) => { b.add('下肢血管彩色多普勒超声', d, 1); b.add('医用弹力绷带', d, 2); }]],
    burns: [['T23.200x003', (b, d) => { b.add('换药(小)', d, 1); b.add('一次性使用换药包', d, 1); b.add('莫匹罗星软膏', d, 1); }]],
    wound_care: [['S81.800', (b, d) => { b.add('换药(中)', d, 1); b.add('一次性使用换药包', d, 1); }], ['Z48.000x001', (b, d) => { b.add('换药(小)', d, 1); b.add('一次性使用换药包', d, 1); }]],
    day_surgery: [['Z09.000x001', (b, d) => b.add('血常规(五分类)', d, 1)]],
    general_practice: [['Z48.000x001', (b, d) => { b.add('换药(小)', d, 1); b.add('一次性使用换药包', d, 1); }], ['Z48.000x002', (b, d) => { b.add('换药(小)', d, 1); b.add('医用脱脂纱布', d, 2); }], ['K64.900', (b, d) => b.add('乳果糖口服溶液', d, 6)]],
  };
  const [dx, fn] = pick(kinds[dept]);
  return [outVisit({ h, dept, p: person({ region: h.region }), date: randDate(), dx: [dx], add: fn })];
}

// ---------- run ----------
for (const g of GEN) {
  for (let i = 0; i < 15; i++) {
    const res = g.fn();
    if (g.kind === 'fraud') { const [claims, targets, mut] = res; label('fraud', g.code, g.name, claims, targets, mut); }
    else label('control', g.code, g.name, res, res, {});
  }
}
for (let i = 0; i < 100; i++) { const res = routine(); const n = i + 1; LABELS.push({ caseId: `R-${String(n).padStart(3, '0')}`, kind: 'routine', code: 'R', name: 'routine', claimIds: res.map(c => c.claimId), targets: res.map(c => c.claimId), mutatedLines: {} }); }

// groups from pass 1
if (GROUPS && fs.existsSync(GROUPS)) {
  const G = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const drg = g.drg || (g.grouping && g.grouping.drg) || (g.drg && g.drg.code); if (g.claimId) G[g.claimId] = { drg: drg || null, dip: (g.grouping && g.grouping.dip) || g.dip || null }; }
  for (const c of CLAIMS) if (c.reportedGroup && G[c.claimId]) c.reportedGroup = { drg: G[c.claimId].drg, dip: typeof G[c.claimId].dip === 'string' ? G[c.claimId].dip : null };
}
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a.claimId < b.claimId ? -1 : 1));
const outLines = CLAIMS.map(c => { const x = Object.assign({}, c); delete x._settle; return JSON.stringify(x); });
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), outLines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS.map(l => { const x = Object.assign({}, l); if (x.typology === undefined) delete x.typology; if (x.control === undefined) delete x.control; return x; }), null, 1));
console.error(`blind59: ${CLAIMS.length} claims, ${LABELS.length} cases`);
