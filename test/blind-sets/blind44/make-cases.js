#!/usr/bin/env node
// blind44 — the careful fraudster. usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed; same inputs -> same claims. Writes <outdir>/claims.ndjson and <outdir>/labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base45/rules/catalogue');
const POL = opt('--policies', path.join(CAT, '..', 'benefits', 'policies.json'));
const GROUPS = opt('--groups', null);

// ---------- rng ----------
let seed = 44044044;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100) / 100;
const fl2 = (x) => Math.floor(x * 100 + 1e-6) / 100;

// ---------- catalogue ----------
const ROW = {};
for (const f of ['services', 'drugs', 'consumables']) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f + '.json'), 'utf8')).rows) ROW[r.name] = { ...r, bill: (r.products && r.products[0]) || r.code };
}
const row = (n) => { if (!ROW[n]) throw new Error('no catalogue row ' + n); return ROW[n]; };
const POLICIES = JSON.parse(fs.readFileSync(POL, 'utf8'));

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const fmt = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return fmt(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const dow = (s) => D(s).getUTCDay();
const workday = (s) => { let d = s; while (dow(d) === 0 || dow(d) === 6) d = add(d, 1); return d; };
function rdate(from = '2026-01-05', to = '2026-10-10') { return add(from, ri(0, diff(from, to))); }

// ---------- regions, providers, people ----------
const REGIONS = ['220100', '220200', '230100', '230600', '370100', '370200', '510100', '510700'];
const hosp = (region, level, k) => ({ hospitalId: `H${region}${level}${k}`, level });
const pharm = (region, k) => ({ hospitalId: `Y${region}0${k}`, level: 1 });
function provider(region, level, dept, k) { const h = hosp(region, level, k == null ? ri(1, level === 1 ? 4 : level === 2 ? 3 : 2) : k); return { hospitalId: h.hospitalId, level, department: dept, doctorId: `D${h.hospitalId.slice(1)}${dept.slice(0, 3).toUpperCase()}${ri(1, 4)}` }; }
function pharmacy(region, k) { const h = pharm(region, k == null ? ri(1, 4) : k); return { hospitalId: h.hospitalId, level: 1, department: 'pharmacy', doctorId: `R${h.hospitalId.slice(1)}01` }; }
let pidSeq = 0;
function person(o = {}) {
  const age = o.age != null ? o.age : ri(18, 85);
  const gender = o.gender || (chance(0.5) ? 'M' : 'F');
  const region = o.region || pick(REGIONS);
  const ins = o.ins || (age >= 18 && age < 70 && chance(0.55) ? 'employee' : (age >= 60 && chance(0.4) ? 'employee' : 'resident'));
  const bd = add('2026-06-30', -(age * 365 + Math.floor(age / 4)) - ri(0, 360));
  const retired = ins === 'employee' && age >= (gender === 'M' ? 60 : 55);
  const p = { insuredId: `B44${String(++pidSeq).padStart(6, '0')}`, gender, birthDate: bd, retired };
  const cont = Math.min(age, ri(5, 20));
  const enr = { enrolledOn: add('2026-01-01', -cont * 365), inConcentratedPeriod: true, continuousYears: cont, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: ins === 'employee' ? (retired ? ri(gender === 'M' ? 30 : 25, 40) : Math.max(1, Math.min(age - 18, ri(3, 25)))) : 0, special: null };
  if (o.chronic) enr.chronicDiseases = o.chronic;
  return { p, enr, region, ins, age };
}

// ---------- claims ----------
const ALL = []; let seq = 0;
function claim(m, prov, vt, o) {
  const c = { claimId: null, region: o.region || m.region, insuranceType: m.ins, visitType: vt, patient: { ...m.p }, enrollment: JSON.parse(JSON.stringify(m.enr)), provider: { ...prov } };
  if (o.insuredRegion) c.insuredRegion = o.insuredRegion;
  if (vt === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered'; if (o.from) c.transferFromHospitalId = o.from; }
  else c.visitDate = o.date;
  if (o.chronic) c.enrollment.chronicDiseases = o.chronic;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  c.items = [];
  c._seq = ++seq; c._m = m;
  c.claimId = `${c.region}-${prov.hospitalId}-2026-${String(c._seq).padStart(6, '0')}`;
  ALL.push(c);
  return c;
}
// bill a line; returns lineId
function it(c, name, date, qty, o = {}) {
  if (qty <= 0) return null;
  const r = row(name); const cap = r.priceCap[String(c.provider.level)];
  const price = o.price != null ? o.price : cap;
  const l = { lineId: String(c.items.length + 1), code: r.bill, name: r.name, category: r.category, date, quantity: qty, unitPrice: price, amount: r2(price * qty) };
  if (o.long) l.longPrescription = true;
  c.items.push(l); return l.lineId;
}
const nights = (c) => { const a = []; for (let d = c.admissionDate; d < c.dischargeDate; d = add(d, 1)) a.push(d); return a; };
const supply = (name, days) => Math.max(1, Math.ceil(row(name).usualPerDay * days - 1e-9));
function oral(c, date, name, days, o) { return it(c, name, date, supply(name, days), o); }
// inpatient daily care; nursing(dayIndex) -> grade name
function ward(c, o = {}) {
  const out = [];
  nights(c).forEach((d, i) => {
    out.push({ d, ids: [it(c, o.bed ? o.bed(i, d) : '普通病房床位费(三人间)', d, 1), it(c, o.nursing ? o.nursing(i, d) : (i === 0 ? 'Ⅰ级护理' : 'Ⅱ级护理'), d, 1), it(c, '住院诊查费', d, 1)] });
  });
  return out;
}
function admitLabs(c, d, extra = []) {
  for (const n of ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '空腹血糖测定', '凝血四项', '常规心电图检查', ...extra]) it(c, n, d, 1);
}
// one infusion day: bags = [[drug, qty] | null]; each bag gets its own carrier fluid
function ivDay(c, d, bags, o = {}) {
  const ids = [];
  bags.forEach((b, i) => { ids.push(it(c, o.fluid || '氯化钠注射液', d, 1)); if (b) ids.push(it(c, b[0], d, b[1])); });
  const child = o.child;
  ids.push(it(c, child ? '小儿头皮静脉输液' : '静脉输液(第一组)', d, 1));
  if (bags.length > 1) ids.push(it(c, '静脉输液(每增加一组)', d, bags.length - 1));
  ids.push(it(c, '一次性使用输液器', d, bags.length));
  return ids;
}
function consult(c, d, kind) {
  const lvl = c.provider.level;
  const n = kind || (c.visitType === 'chronic' ? '门诊慢特病管理诊查费' : lvl === 1 ? '一般诊疗费' : '普通门诊诊察费');
  return it(c, n, d, 1);
}
function surgeryKit(c, d, o) {
  it(c, o.svc, d, 1);
  if (o.ga) { it(c, '全身麻醉', d, o.ga); it(c, '丙泊酚中/长链脂肪乳注射液', d, 2); it(c, '枸橼酸芬太尼注射液', d, 2); it(c, '注射用维库溴铵', d, 1); it(c, '一次性气管插管', d, 1); }
  if (o.spinal) { it(c, '椎管内麻醉', d, 1); it(c, '盐酸罗哌卡因注射液', d, 1); it(c, '一次性使用麻醉穿刺包', d, 1); }
  it(c, '一次性手术衣及铺单包', d, 1); it(c, '一次性电刀笔', d, 1); it(c, '可吸收缝线', d, o.sutures || 2);
  if (o.lap) it(c, '一次性腹腔镜穿刺器', d, 1);
  if (o.clips) it(c, '止血夹(结扎夹)', d, o.clips);
  it(c, '注射用头孢呋辛钠', d, 2);
  it(c, '心电监测', d, o.mon || 12); it(c, '血氧饱和度监测', d, o.mon || 12); it(c, '吸氧', d, 6);
  it(c, '心电电极片', d, 5);
}

// ---------- labels ----------
const LABELS = []; const NAMES = {};
function kase(kind, code, name, fn) {
  NAMES[code] = name;
  const n = kind === 'routine' ? 0 : LABELS.filter(l => l.code === code).length + 1;
  const before = ALL.length; const ctx = { targets: [], mut: {} };
  fn(ctx);
  const claims = ALL.slice(before);
  const caseId = kind === 'routine' ? `R${String(LABELS.filter(l => l.kind === 'routine').length + 1).padStart(3, '0')}` : `${code}-${String(n).padStart(2, '0')}`;
  const ids = claims.map(c => c.claimId);
  const targets = kind === 'fraud' ? ctx.targets.map(c => c.claimId) : ids;
  const mutatedLines = {};
  for (const c of claims) if (ctx.mut[c._seq] && ctx.mut[c._seq].length) mutatedLines[c.claimId] = ctx.mut[c._seq].filter(Boolean);
  for (const c of claims) c._case = caseId;
  LABELS.push({ caseId, kind, code, name, claimIds: ids, targets, mutatedLines });
}
const T = (ctx, c) => { ctx.targets.push(c); return c; };
const M = (ctx, c, ...ids) => { (ctx.mut[c._seq] = ctx.mut[c._seq] || []).push(...ids.flat()); };

// ================= common bills =================
function billAppendectomy(c, adm, lap, o = {}) {
  const op = adm; admitLabs(c, adm, ['C反应蛋白测定', '腹部B超', '血型鉴定(ABO+Rh)', '术前八项(感染筛查)']);
  ward(c, { nursing: (i) => (i <= 1 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  surgeryKit(c, op, { svc: lap ? '腹腔镜下阑尾切除术' : '阑尾切除术', ga: 2, lap, clips: lap ? 2 : 0, sutures: lap ? 2 : 3 });
  nights(c).forEach((d, i) => { if (i <= 2) ivDay(c, d, [['注射用头孢呋辛钠', 2], ['甲硝唑氯化钠注射液', 1]], { fluid: '葡萄糖氯化钠注射液' }); });
  it(c, '病理检查(常规石蜡切片)', op, 1);
  if (c.dischargeDate > add(adm, 1)) it(c, '换药(小)', add(adm, 2), 1), it(c, '一次性使用换药包', add(adm, 2), 1);
}
function billChole(c, adm, lap, o = {}) {
  const op = add(adm, 1); admitLabs(c, adm, ['腹部B超', '血型鉴定(ABO+Rh)', '术前八项(感染筛查)', '胸部X线摄影(正侧位)']);
  ward(c, { nursing: (i) => (i === 1 || i === 2 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  surgeryKit(c, op, { svc: lap ? '腹腔镜下胆囊切除术' : '胆囊切除术', ga: lap ? 2 : 3, lap, clips: lap ? 4 : 0, sutures: lap ? 2 : 4 });
  ivDay(c, op, [null, ['注射用泮托拉唑钠', 1]], { fluid: '葡萄糖氯化钠注射液' });
  ivDay(c, add(op, 1), [null, ['注射用泮托拉唑钠', 1]], { fluid: '葡萄糖氯化钠注射液' });
  it(c, '病理检查(常规石蜡切片)', op, 1);
  it(c, '血常规(五分类)', add(op, 1), 1); it(c, '肝功能(全套)', add(op, 1), 1);
}
function billHyst(c, adm) {
  const op = add(adm, 1); admitLabs(c, adm, ['妇科B超', '血型鉴定(ABO+Rh)', '术前八项(感染筛查)', '胸部X线摄影(正侧位)', '宫颈液基细胞学检查(TCT)']);
  ward(c, { nursing: (i) => (i === 1 || i === 2 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  surgeryKit(c, op, { svc: '腹腔镜下子宫切除术', ga: 3, lap: true, clips: 4, sutures: 3 });
  it(c, '导尿', op, 1); it(c, '一次性使用导尿包', op, 1);
  ivDay(c, add(op, 1), [['注射用头孢呋辛钠', 2], null], {}); ivDay(c, add(op, 2), [null], {});
  it(c, '病理检查(常规石蜡切片)', op, 1); it(c, '血常规(五分类)', add(op, 1), 1);
}

// an ordinary pneumonia-type medical stay (used by several typologies)
function billMedical(c, kind, o = {}) {
  const adm = c.admissionDate; const days = nights(c); const n = o.ivDays || Math.min(days.length, 7);
  const K = {
    pneu: { labs: ['C反应蛋白测定', '胸部CT平扫', '细菌培养及药敏'], iv: [['注射用头孢曲松钠', 2], ['盐酸氨溴索注射液', 2]], oralOut: [['阿莫西林克拉维酸钾片', 5], ['盐酸氨溴索片', 7]] },
    copd: { labs: ['C反应蛋白测定', '胸部X线摄影(正侧位)', '血气分析', '肺功能检查'], iv: [['注射用头孢呋辛钠', 3], ['多索茶碱注射液', 2]], neb: true, oralOut: [['沙美特罗替卡松吸入粉雾剂', 30], ['盐酸氨溴索片', 7]] },
    hf: { labs: ['B型钠尿肽(BNP)测定', '心脏彩色多普勒超声', '肌钙蛋白I测定', '胸部X线摄影(正侧位)'], iv: [['呋塞米注射液', 2], ['左卡尼汀注射液', 1]], oralOut: [['呋塞米片', 14], ['螺内酯片', 14], ['沙库巴曲缬沙坦钠片', 14]] },
    stroke: { labs: ['头颅CT平扫', '头颅MRI平扫', '颈部血管彩色多普勒超声', '血脂(四项)', '心脏彩色多普勒超声'], iv: [['依达拉奉注射液', 2], null], oralOut: [['阿司匹林肠溶片', 14], ['阿托伐他汀钙片', 14]], oralIn: [['阿司匹林肠溶片'], ['阿托伐他汀钙片']] },
    uti: { labs: ['C反应蛋白测定', '泌尿系B超', '细菌培养及药敏'], iv: [['注射用头孢曲松钠', 2], null], oralOut: [['头孢克肟胶囊', 5]] },
    dm: { labs: ['糖化血红蛋白测定', '血脂(四项)', '眼底检查', '甲状腺功能(三项)'], iv: [], oralOut: [['盐酸二甲双胍片', 14], ['格列美脲片', 14]], glu: true },
  }[kind];
  admitLabs(c, adm, K.labs.filter(n => !(n.includes('MRI') && c.provider.level < 2)));
  const careDays = ward(c, o.wardOpt || {});
  days.slice(0, n).forEach((d) => { if (K.iv.length) ivDay(c, d, K.iv, {}); if (K.neb) { it(c, '雾化吸入', d, 2); it(c, '吸入用布地奈德混悬液', d, 2); it(c, '吸入用异丙托溴铵溶液', d, 2); } if (kind === 'copd' || kind === 'pneu' || kind === 'hf') it(c, '吸氧', d, 8); if (K.glu) { it(c, '血糖监测(快速)', d, 4); it(c, '血糖试纸', d, 4); } });
  days.forEach((d, i) => { if (K.oralIn && i < days.length) for (const [nm] of K.oralIn) it(c, nm, d, 1); if (K.glu) { it(c, '盐酸二甲双胍片', d, 3); if (i > 1) it(c, '格列美脲片', d, 1); } });
  if (days.length > 4 && !o.noRecheck) { const d = days[Math.min(days.length - 1, 4)]; it(c, '血常规(五分类)', d, 1); if (kind !== 'dm') it(c, 'C反应蛋白测定', d, 1); else it(c, '肾功能(三项)', d, 1); }
  if (o.takeHome !== false) { const d = o.takeHomeDate || c.dischargeDate; const ids = K.oralOut.map(([nm, days]) => oral(c, d, nm, days)); return { careDays, takeHome: ids }; }
  return { careDays };
}

// ---------- fund ----------
function finalize(list) {
  const track = {};
  for (const c of list) {
    let total = 0, policy = 0;
    for (const l of c.items) { const r = ROW[l.name]; total += l.amount; policy += l.amount * (1 - (r.selfPayShare || 0)); }
    total = r2(total); policy = r2(policy);
    const prov = (c.insuredRegion || c.region).slice(0, 2);
    const sch = POLICIES.provinces[prov].schemes[c.insuranceType];
    const lvl = String(c.provider.level); const ret = c.patient.retired;
    let fund = 0;
    const key = c.patient.insuredId;
    const t = track[key] || (track[key] = { ded: c.insuranceType === 'employee' ? sch.outpatient.deductible : 0, out: 0, chronic: {} });
    if (c.visitType === 'inpatient') {
      const s = sch.inpatient; const ratio = Math.min(s.maxRatio, s.ratio[lvl] + (ret ? s.retireeRatioBonus : 0));
      fund = Math.max(0, policy - s.deductible[lvl]) * ratio;
    } else if (c.visitType === 'chronic') {
      const s = sch.chronic; const ratio = s.ratio[lvl] + (ret ? s.retireeRatioBonus : 0);
      const pd = c.diagnoses[0].code; let g = 'other', cap = s.annualFundCap;
      for (const [k, v] of Object.entries(s.diseaseCaps || {})) if (v.codes.some(x => pd.startsWith(x))) { g = k; cap = v.annualFundCap; }
      const used = t.chronic[g] || 0; fund = Math.min(Math.max(0, cap - used), Math.max(0, policy - (s.deductible || 0)) * ratio);
      t.chronic[g] = used + fl2(fund);
    } else {
      const s = c.visitType === 'pharmacy' ? sch.pharmacy : sch.outpatient;
      const ratio = s.ratio[lvl] + (ret ? s.retireeRatioBonus : 0);
      const capOut = Math.min(sch.outpatient.annualFundCap, sch.pharmacy.annualFundCap);
      const dedUse = Math.min(t.ded, policy); t.ded -= dedUse;
      fund = Math.min(Math.max(0, capOut - t.out), (policy - dedUse) * ratio); t.out += fl2(fund);
    }
    c.amounts = { total, policy, fundClaimed: fl2(Math.max(0, fund)) };
  }
}

// =====================================================================
// FRAUD TYPOLOGIES
// =====================================================================
const N = 15;
// T01 冒名就医：同一器官二次切除（借卡给同性别同年龄段亲属）
for (let i = 0; i < N; i++) kase('fraud', 'T01', '冒名就医：借卡给同性别同年龄段者做手术，参保人同一器官半年内二次切除', (ctx) => {
  const v = i % 3; const m = person({ gender: v === 2 ? 'F' : (chance(0.5) ? 'M' : 'F'), age: v === 2 ? ri(42, 54) : ri(25, 60) });
  const d1 = rdate('2026-01-05', '2026-04-20'); const d2 = rdate(add(d1, 70), add(d1, 200));
  const other = REGIONS.filter(r => r.slice(0, 2) === m.region.slice(0, 2));
  const r2g = pick(other);
  if (v === 0) {
    const a = claim(m, provider(m.region, ri(2, 3), 'general_surgery'), 'inpatient', { adm: d1, dis: add(d1, ri(3, 4)), route: 'emergency', dx: ['K35.800x001'], px: [['47.0100', d1]] }); billAppendectomy(a, d1, true);
    const b = T(ctx, claim(m, provider(r2g, ri(2, 3), 'general_surgery'), 'inpatient', { region: r2g, adm: d2, dis: add(d2, ri(3, 5)), route: 'emergency', dx: [pick(['K35.800x001', 'K35.300'])], px: [['47.0100', d2]] })); billAppendectomy(b, d2, true);
  } else if (v === 1) {
    const a = claim(m, provider(m.region, ri(2, 3), 'hepatobiliary'), 'inpatient', { adm: d1, dis: add(d1, ri(4, 5)), dx: ['K80.101'], px: [['51.2300', add(d1, 1)]] }); billChole(a, d1, true);
    const b = T(ctx, claim(m, provider(r2g, ri(2, 3), 'hepatobiliary'), 'inpatient', { region: r2g, adm: d2, dis: add(d2, ri(4, 6)), dx: [pick(['K80.101', 'K80.100x001'])], px: [['51.2300', add(d2, 1)]] })); billChole(b, d2, true);
  } else {
    const a = claim(m, provider(m.region, 3, 'gynaecology'), 'inpatient', { adm: d1, dis: add(d1, ri(5, 7)), dx: ['D25.900', 'D50.900'], px: [['68.4100', add(d1, 1)]] }); billHyst(a, d1);
    const b = T(ctx, claim(m, provider(r2g, ri(2, 3), 'gynaecology'), 'inpatient', { region: r2g, adm: d2, dis: add(d2, ri(5, 7)), dx: [pick(['D25.900', 'D25.900x001'])], px: [['68.4100', add(d2, 1)]] })); billHyst(b, d2);
  }
});

// T02 倒卖/囤药：每次都不超过一个月用量，但12–16天一次、在医院慢特病门诊与双通道药店之间轮换
for (let i = 0; i < N; i++) kase('fraud', 'T02', '囤药：高值慢病药每次≤30天量，但12–16天即在医院与双通道药店轮换再取', (ctx) => {
  const v = i % 4;
  const spec = [
    { chronic: ['J44'], dx: ['J44.900'], age: [55, 80], drugs: [['布地奈德福莫特罗吸入粉雾剂', 1], ['噻托溴铵粉吸入剂', 1]], dept: 'respiratory' },
    { chronic: ['M81'], dx: ['M81.000'], age: [58, 78], gender: 'F', drugs: [['特立帕肽注射液', 1]], dept: 'endocrinology' },
    { chronic: ['I50', 'I10'], dx: ['I50.900', 'I10.x00x002'], age: [55, 82], drugs: [['沙库巴曲缬沙坦钠片', 56], ['达格列净片', 28]], dept: 'cardiology' },
    { chronic: ['I25'], dx: ['I25.103', 'Z95.501'], age: [50, 75], drugs: [['替格瑞洛片', 56], ['瑞舒伐他汀钙片', 28]], dept: 'cardiology' },
  ][v];
  const m = person({ age: ri(...spec.age), gender: spec.gender, chronic: spec.chronic });
  const hp = provider(m.region, pick([2, 3]), spec.dept); const ph = pharmacy(m.region);
  let d = rdate('2026-02-01', '2026-07-15'); const n = ri(6, 7);
  for (let k = 0; k < n; k++) {
    const atHosp = k % 2 === 0;
    const c = claim(m, atHosp ? hp : { ...ph, doctorId: hp.doctorId }, atHosp ? 'chronic' : 'pharmacy', { date: d, dx: spec.dx, chronic: spec.chronic });
    if (atHosp) consult(c, d);
    const ids = spec.drugs.map(([nm, q]) => it(c, nm, d, q));
    if (k >= 2) { T(ctx, c); M(ctx, c, ids); }
    d = add(d, ri(12, 16));
  }
});

// T03 虚构诊疗：春节闭诊期间逐日虚记针灸推拿（每日1次不超限），参保人当时在外地购药
for (let i = 0; i < N; i++) kase('fraud', 'T03', '虚构诊疗：春节假期乡镇卫生院逐日虚记针灸推拿（每日各1次），同期参保人在外地药店购药', (ctx) => {
  const m = person({ age: ri(55, 80) });
  const dx = pick([['M17.900x004'], ['M54.400'], ['M47.201'], ['M75.001']]);
  const pr = provider(m.region, 1, 'tcm');
  const real = []; for (let d = '2026-02-02'; d <= '2026-02-13'; d = add(d, 1)) if (dow(d) !== 0 && dow(d) !== 6) real.push(d);
  const realDays = real.filter((_, k) => k % 2 === 0 || chance(0.3));
  for (const d of realDays) { const c = claim(m, pr, 'outpatient', { date: d, dx }); consult(c, d); it(c, '针灸', d, 1); it(c, '推拿治疗', d, 1); }
  const hol = []; for (let d = '2026-02-15'; d <= '2026-02-23'; d = add(d, 1)) hol.push(d);
  const away = pick(REGIONS.filter(r => r !== m.region));
  const awayDay = pick(['2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
  const phc = claim(m, pharmacy(away), 'pharmacy', { region: away, insuredRegion: m.region, date: awayDay, dx: ['J06.900'] });
  oral(phc, awayDay, pick(['布洛芬缓释胶囊', '连花清瘟胶囊']), 3);
  for (const d of hol.filter(() => chance(0.8))) { const c = T(ctx, claim(m, pr, 'outpatient', { date: d, dx })); consult(c, d); it(c, '针灸', d, 1); it(c, '推拿治疗', d, 1); }
  if (!ctx.targets.length) { const d = '2026-02-18'; const c = T(ctx, claim(m, pr, 'outpatient', { date: d, dx })); consult(c, d); it(c, '针灸', d, 1); it(c, '推拿治疗', d, 1); }
});

// T04 串换项目：开腹手术按腹腔镜手术项目收费，编码同步改为腹腔镜术式，但无穿刺器、按开腹伤口换药
for (let i = 0; i < N; i++) kase('fraud', 'T04', '串换项目：开腹阑尾/胆囊切除按腹腔镜手术收费并改编术式码（无穿刺器，开腹伤口逐日换药）', (ctx) => {
  const app = i % 2 === 0; const m = person({ age: ri(20, 75) });
  const adm = rdate(); const los = ri(6, 8);
  const c = T(ctx, claim(m, provider(m.region, ri(2, 3), 'general_surgery'), 'inpatient', { adm, dis: add(adm, los), route: app ? 'emergency' : 'outpatient', dx: [app ? 'K35.800x001' : 'K80.101'], px: [[app ? '47.0100' : '51.2300', app ? adm : add(adm, 1)]] }));
  const op = app ? adm : add(adm, 1);
  admitLabs(c, adm, ['腹部B超', '血型鉴定(ABO+Rh)', '术前八项(感染筛查)', 'C反应蛋白测定']);
  ward(c, { nursing: (k) => (k <= 2 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  const svc = it(c, app ? '腹腔镜下阑尾切除术' : '腹腔镜下胆囊切除术', op, 1); M(ctx, c, svc);
  it(c, '全身麻醉', op, app ? 2 : 3); it(c, '丙泊酚中/长链脂肪乳注射液', op, 2); it(c, '枸橼酸芬太尼注射液', op, 2); it(c, '注射用维库溴铵', op, 1); it(c, '一次性气管插管', op, 1);
  it(c, '一次性手术衣及铺单包', op, 1); it(c, '一次性电刀笔', op, 1); it(c, '可吸收缝线', op, 4);
  if (!app) it(c, '一次性负压引流器', op, 1), it(c, '一次性使用引流袋', op, 1);
  it(c, '心电监测', op, 12); it(c, '血氧饱和度监测', op, 12); it(c, '吸氧', op, 6); it(c, '心电电极片', op, 5);
  for (let k = 0; k < 4; k++) ivDay(c, add(op, k), [['注射用头孢呋辛钠', 2], ['甲硝唑氯化钠注射液', 1]], { fluid: '葡萄糖氯化钠注射液' });
  for (let d = add(op, 2); d < c.dischargeDate; d = add(d, 1)) { it(c, '换药(中)', d, 1); it(c, '一次性使用换药包', d, 1); it(c, '医用脱脂纱布', d, 2); }
  it(c, '病理检查(常规石蜡切片)', op, 1); it(c, '血常规(五分类)', add(op, 2), 1);
});

// T05 分解住院：急性期疗程中途出院，3–6天后转同院另一科室再入院，主诊断改为同病的相邻编码，续用同一静脉疗程
for (let i = 0; i < N; i++) kase('fraud', 'T05', '分解住院：急性疗程中途出院，数日后同院换科室、换相邻主诊断编码再入院续用同一静脉疗程', (ctx) => {
  const v = i % 4;
  const s = [
    { k: 'stroke', d1: ['I63.900', 'I10.x00x002'], d2: ['I69.300x003', 'I63.900', 'I10.x00x002'], dep1: 'neurology', dep2: 'rehabilitation', iv: [['依达拉奉注射液', 2], null], age: [55, 82] },
    { k: 'pneu', d1: ['J18.900'], d2: ['J15.902'], dep1: 'respiratory', dep2: 'general_medicine', iv: [['注射用头孢曲松钠', 2], ['盐酸氨溴索注射液', 2]], age: [60, 88] },
    { k: 'copd', d1: ['J44.100'], d2: ['J44.000'], dep1: 'respiratory', dep2: 'geriatrics', iv: [['注射用头孢呋辛钠', 3], ['多索茶碱注射液', 2]], age: [60, 85] },
    { k: 'hf', d1: ['I50.900', 'I10.x00x002'], d2: ['I11.001', 'I50.900'], dep1: 'cardiology', dep2: 'geriatrics', iv: [['呋塞米注射液', 2], ['左卡尼汀注射液', 1]], age: [62, 88] },
  ][v];
  const m = person({ age: ri(...s.age) }); const lvl = ri(2, 3); const k = ri(1, 2);
  const adm = rdate('2026-01-10', '2026-10-20'); const l1 = ri(7, 9);
  const p1 = provider(m.region, lvl, s.dep1, k), p2 = provider(m.region, lvl, s.dep2, k);
  const a = claim(m, p1, 'inpatient', { adm, dis: add(adm, l1), route: 'emergency', dx: s.d1 });
  billMedical(a, s.k, { ivDays: l1, takeHome: false });
  const adm2 = add(a.dischargeDate, ri(3, 6)); const l2 = ri(6, 8);
  const b = T(ctx, claim(m, p2, 'inpatient', { adm: adm2, dis: add(adm2, l2), route: 'outpatient', dx: s.d2 }));
  it(b, '血常规(五分类)', adm2, 1); it(b, '肾功能(三项)', adm2, 1); it(b, '电解质(四项)', adm2, 1); it(b, '常规心电图检查', adm2, 1);
  ward(b, { nursing: () => 'Ⅱ级护理' });
  nights(b).slice(0, Math.min(l2, 14 - l1 + 2)).forEach(d => { ivDay(b, d, s.iv, {}); if (s.k === 'copd') { it(b, '雾化吸入', d, 2); it(b, '吸入用布地奈德混悬液', d, 2); } if (s.k === 'stroke') { it(b, '阿司匹林肠溶片', d, 1); it(b, '运动疗法', d, 1); } });
  if (s.k === 'stroke') it(b, '康复评定', adm2, 1);
});

// T06 挂床住院：每日一组葡萄糖氯化钠“输液”维持住院样貌，除首日外无检查、无有效治疗
for (let i = 0; i < N; i++) kase('fraud', 'T06', '挂床住院：乡镇/二级医院每日一组无药葡萄糖氯化钠输液维持“在治”，首日后无检查无有效治疗', (ctx) => {
  const m = person({ age: ri(60, 85) }); const lvl = i % 3 === 0 ? 2 : 1;
  const dx = pick([['M47.201'], ['I69.300', 'I10.x00x002'], ['M17.900x003'], ['M54.400'], ['G45.002']]);
  const adm = rdate(); const los = ri(11, 16);
  const c = T(ctx, claim(m, provider(m.region, lvl, 'general_medicine'), 'inpatient', { adm, dis: add(adm, los), dx }));
  admitLabs(c, adm, ['胸部X线摄影(正侧位)']);
  const days = ward(c, { nursing: () => (lvl === 1 ? 'Ⅲ级护理' : 'Ⅱ级护理') });
  days.forEach(({ d, ids }, k) => {
    const iv = ivDay(c, d, [null], { fluid: '葡萄糖氯化钠注射液' });
    if (k % 3 === 0) it(c, '复合维生素B片', d, 9);
    if (k >= 2) M(ctx, c, ids, iv);
  });
});

// T07 低标准入院：门诊慢特病高血压患者（门诊用药稳定）被收住院5–7天，加“脑供血不足”次诊断，住院用药与门诊相同
for (let i = 0; i < N; i++) kase('fraud', 'T07', '低标准入院：血压稳定的门诊慢特病高血压患者加“脑供血不足”收住院，住院只做常规检查、用与门诊相同的口服药', (ctx) => {
  const m = person({ age: ri(62, 84), chronic: ['I10'] }); const r = m.region;
  const cp = provider(r, 1, 'general_practice'); const drugs = pick([['苯磺酸氨氯地平片', '阿托伐他汀钙片'], ['硝苯地平控释片', '厄贝沙坦片'], ['缬沙坦胶囊', '氢氯噻嗪片']]);
  let d = rdate('2026-01-10', '2026-06-30');
  for (let k = 0; k < 2; k++) { const c = claim(m, cp, 'chronic', { date: d, dx: ['I10.x00x002'] }); consult(c, d); for (const n of drugs) oral(c, d, n, 30); d = add(d, ri(28, 31)); }
  const adm = add(d, ri(-10, -3)); const los = ri(5, 7); const lvl = chance(0.6) ? 1 : 2;
  const c = T(ctx, claim(m, provider(r, lvl, 'general_medicine'), 'inpatient', { adm, dis: add(adm, los), dx: ['I10.x00x002', 'I67.800x003'] }));
  admitLabs(c, adm, ['血脂(四项)', '头颅CT平扫', '颈部血管彩色多普勒超声', '腹部B超']);
  ward(c, { nursing: () => (lvl === 1 ? 'Ⅲ级护理' : 'Ⅱ级护理') });
  nights(c).forEach(dd => { for (const n of drugs) it(c, n, dd, 1); it(c, '无创血压监测', dd, 2); });
  const d3 = add(c.dischargeDate, ri(8, 15)); const c3 = claim(m, cp, 'chronic', { date: d3, dx: ['I10.x00x002'] }); consult(c3, d3); for (const n of drugs) oral(c3, d3, n, 30);
});

// T08 重复结算：同一次门诊先按普通门诊结算，2–5天后同一医生以门诊慢特病再结算一遍（检验、药品与数量完全相同）
for (let i = 0; i < N; i++) kase('fraud', 'T08', '重复结算：同一次门诊先按普通门诊结算，数日后同一医生以门诊慢特病身份原样再结算（同检验同药同量）', (ctx) => {
  const v = i % 3;
  const s = [{ chronic: ['E11', 'I10'], dx: ['E11.900', 'I10.x00x002'], labs: ['空腹血糖测定', '糖化血红蛋白测定', '肾功能(三项)', '血脂(四项)', '尿常规'], drugs: ['盐酸二甲双胍片', '格列美脲片', '苯磺酸氨氯地平片'], dept: 'endocrinology' },
    { chronic: ['I25', 'I10'], dx: ['I25.103', 'I10.x00x002'], labs: ['血脂(四项)', '肝功能(全套)', '常规心电图检查'], drugs: ['阿司匹林肠溶片', '阿托伐他汀钙片', '琥珀酸美托洛尔缓释片', '单硝酸异山梨酯缓释片'], dept: 'cardiology' },
    { chronic: ['J44'], dx: ['J44.900'], labs: ['血常规(五分类)', '胸部X线摄影(正侧位)'], drugs: ['噻托溴铵粉吸入剂', '盐酸氨溴索片'], dept: 'respiratory' }][v];
  const m = person({ age: ri(50, 80), chronic: s.chronic }); const pr = provider(m.region, ri(2, 3), s.dept);
  const d = rdate(); const d2 = add(d, ri(2, 5));
  for (const [vt, dd, tgt] of [['outpatient', d, false], ['chronic', d2, true]]) {
    const c = claim(m, pr, vt, { date: dd, dx: s.dx }); consult(c, dd);
    for (const n of s.labs) it(c, n, dd, 1); for (const n of s.drugs) oral(c, dd, n, 30);
    if (tgt) T(ctx, c);
  }
});

// T09 分解收费：一组（一袋）输液按多组收费；一次混合雾化按药物支数拆成多次雾化收费（均在每日上限内）
for (let i = 0; i < N; i++) kase('fraud', 'T09', '分解收费：一袋输液按“每增加一组”多计组数；混合雾化按药物拆成多次计费（均不超每日上限）', (ctx) => {
  if (i % 2 === 0) {
    const m = person({ age: ri(25, 80) }); const pr = provider(m.region, ri(1, 2), 'general_medicine');
    const dx = pick([['J20.900'], ['J18.900'], ['N39.000'], ['J03.900']]); const d0 = rdate(); const n = ri(3, 4);
    for (let k = 0; k < n; k++) {
      const d = add(d0, k); const c = T(ctx, claim(m, pr, 'outpatient', { date: d, dx }));
      consult(c, d); it(c, '氯化钠注射液', d, 1); it(c, pr.level === 1 ? '注射用头孢呋辛钠' : '注射用头孢曲松钠', d, 2);
      it(c, '静脉输液(第一组)', d, 1); M(ctx, c, it(c, '静脉输液(每增加一组)', d, ri(2, 3))); it(c, '一次性使用输液器', d, 1);
      if (k === 0) { it(c, '血常规(五分类)', d, 1); it(c, 'C反应蛋白测定', d, 1); }
    }
  } else {
    const child = chance(0.5); const m = person({ age: child ? ri(3, 12) : ri(20, 70), ins: child ? 'resident' : undefined });
    const adm = rdate(); const los = ri(4, 6);
    const c = T(ctx, claim(m, provider(m.region, ri(2, 3), child ? 'paediatrics' : 'respiratory'), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: [child ? 'J45.900x001' : 'J45.900x013'] }));
    admitLabs(c, adm, ['胸部X线摄影(正侧位)', 'C反应蛋白测定'].concat(child ? [] : ['血气分析']));
    ward(c);
    nights(c).forEach((d) => {
      M(ctx, c, it(c, '雾化吸入', d, 4)); it(c, '吸入用布地奈德混悬液', d, 2); it(c, '吸入用异丙托溴铵溶液', d, 2); it(c, '一次性使用雾化器', d, 1);
      it(c, '注射用甲泼尼龙琥珀酸钠', d, 1); it(c, '氯化钠注射液', d, 1); it(c, child && m.age <= 6 ? '小儿头皮静脉输液' : '静脉输液(第一组)', d, 1); it(c, '一次性使用输液器', d, 1);
      it(c, '吸氧', d, 6);
    });
  }
});

// T10 超标准收费：住院医师/主治医师的门诊按“主任医师门诊诊察费”收费（单价未超该项限价）；同一医生其他患者按普通诊察费
for (let i = 0; i < N; i++) kase('fraud', 'T10', '超标准收费：同一普通门诊医生对部分患者按主任医师诊察费收费（单价在该项限价内）', (ctx) => {
  const region = pick(REGIONS); const lvl = ri(2, 3); const dept = pick(['internal_medicine', 'dermatology', 'ent', 'orthopaedics']);
  const pr = { ...provider(region, lvl, dept, ri(1, 2)), doctorId: `D${region}${lvl}Q${String(i).padStart(2, '0')}` };
  const dxs = { internal_medicine: [['J06.900'], ['K29.500'], ['J20.900']], dermatology: [['L30.900'], ['L50.900']], ent: [['J02.900'], ['J01.000']], orthopaedics: [['M54.502'], ['M17.900x004']] }[dept];
  const day = rdate();
  for (let k = 0; k < 5; k++) {
    const m = person({ region, age: ri(18, 75) }); const d = add(day, pick([0, 0, 1, 7, 14]));
    const dx = pick(dxs); const up = k >= 3;
    const c = claim(m, pr, 'outpatient', { date: d, dx });
    const cid = consult(c, d, up ? '主任医师门诊诊察费' : '普通门诊诊察费');
    if (up) { T(ctx, c); M(ctx, c, cid); }
    const drug = { J06: '连花清瘟胶囊', K29: '奥美拉唑肠溶胶囊', J20: '盐酸氨溴索片', L30: '丁酸氢化可的松乳膏', L50: '氯雷他定片', J02: '阿莫西林胶囊', J01: '阿莫西林胶囊', M54: '双氯芬酸钠缓释片', M17: '塞来昔布胶囊' }[dx[0].slice(0, 3)];
    oral(c, d, drug, 5);
    if (dept === 'orthopaedics') it(c, dx[0].startsWith('M54') ? '腰椎X线摄影' : '四肢X线摄影', d, 1);
  }
});

// T11 过度检查：年轻人普通急性病加“胸痛/头晕/头痛”症状码，以覆盖心肌标志物、BNP、D-二聚体、胸部CT、头颅CT等一揽子检查
for (let i = 0; i < N; i++) kase('fraud', 'T11', '过度检查：青壮年急性胃肠炎/上感加胸痛、头晕等症状码，借以覆盖心肌标志物、BNP、D-二聚体和CT一揽子检查', (ctx) => {
  const m = person({ age: ri(19, 42) }); const ge = i % 2 === 0;
  const d = rdate(); const ed = chance(0.5);
  const c = T(ctx, claim(m, provider(m.region, ri(2, 3), ed ? 'emergency' : 'internal_medicine'), 'outpatient', { date: d, dx: [ge ? 'A09.001' : 'J06.900', 'R07.400', pick(['R42.x00x004', 'R51.x00'])] }));
  consult(c, d, ed ? '急诊诊察费' : undefined);
  for (const n of ['血常规(五分类)', 'C反应蛋白测定', '电解质(四项)']) it(c, n, d, 1);
  const over = ['心肌酶谱', '肌钙蛋白I测定', 'B型钠尿肽(BNP)测定', 'D-二聚体测定', '胸部CT平扫', '头颅CT平扫'];
  if (ge) over.push('腹部CT平扫');
  M(ctx, c, over.map(n => it(c, n, d, 1))); it(c, '常规心电图检查', d, 1);
  if (ge) { oral(c, d, '蒙脱石散', 3); oral(c, d, '双歧杆菌三联活菌胶囊', 3); } else { oral(c, d, '连花清瘟胶囊', 3); oral(c, d, '对乙酰氨基酚片', 2); }
});

// T12 高套病组：虚增一个严重并发症次诊断，只配一项“象征性”检验，无相应治疗
for (let i = 0; i < N; i++) kase('fraud', 'T12', '高套病组：虚增MCC/CC次诊断（呼衰、急性肾衰、脓毒症等），仅配一次象征性检验而无相应治疗', (ctx) => {
  const v = i % 3; const m = person({ age: ri(55, 88) }); const adm = rdate(); const los = ri(6, 9);
  const s = [{ k: 'pneu', dx: ['J18.900', 'J96.900x002'], token: ['血气分析'], dept: 'respiratory' },
    { k: 'stroke', dx: ['I63.900', 'N17.900', 'I10.x00x002'], token: ['肾功能(三项)'], dept: 'neurology' },
    { k: 'uti', dx: ['N39.000', 'A41.900'], token: ['降钙素原测定', '血乳酸测定'], dept: 'nephrology' }][v];
  const c = T(ctx, claim(m, provider(m.region, ri(2, 3), s.dept), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: s.dx }));
  billMedical(c, s.k, {});
  for (const n of s.token) it(c, n, add(adm, 1), 1);
});

// T13 超限定支付：限定适应症药品配一个“象征性”适应症诊断（腹水、脊髓损伤、脑震荡、耳鸣）
for (let i = 0; i < N; i++) kase('fraud', 'T13', '超限定支付：为限定适应症药品加一个象征性适应症诊断（腹水、脊髓损伤、脑震荡、耳鸣），无相应检查和治疗', (ctx) => {
  const v = i % 4; const m = person({ age: ri(45, 85) }); const adm = rdate(); const los = ri(7, 10);
  const s = [
    { dx: ['J18.900', 'R18.x00'], k: 'pneu', drug: ['人血白蛋白', 1], days: 3, dept: 'respiratory' },
    { dx: ['M51.202', 'S34.100x003'], k: null, drug: ['单唾液酸四己糖神经节苷脂钠注射液', 2], days: 7, dept: 'orthopaedics' },
    { dx: ['R42.x00x001', 'S06.000'], k: null, drug: ['奥拉西坦注射液', 2], days: 7, dept: 'neurology' },
    { dx: ['I67.800x003', 'H93.102'], k: null, drug: ['银杏叶提取物注射液', 2], days: 8, dept: 'neurology' },
  ][v];
  const c = T(ctx, claim(m, provider(m.region, ri(2, 3), s.dept), 'inpatient', { adm, dis: add(adm, los), dx: s.dx }));
  if (s.k) billMedical(c, s.k, {});
  else {
    admitLabs(c, adm, v === 1 ? ['腰椎X线摄影'] : ['头颅CT平扫', '颈部血管彩色多普勒超声']);
    ward(c, { nursing: () => 'Ⅱ级护理' });
    nights(c).forEach(d => { if (v === 1) { it(c, '运动疗法', d, 1); it(c, '塞来昔布胶囊', d, 2); } else { it(c, '甲磺酸倍他司汀片', d, 3); } });
  }
  if (v === 0) it(c, '腹部B超', add(adm, 1), 1);
  nights(c).slice(1, 1 + s.days).forEach(d => { const ids = ivDay(c, d, [s.drug], {}); M(ctx, c, ids[1]); });
});

// T14 虚构住院天数：出院带药已在第X天开出，其后2–3天只有床位、护理、诊查费
for (let i = 0; i < N; i++) kase('fraud', 'T14', '虚构住院天数：出院带药提前数日开出，其后2–3天只有床位、护理和诊查费', (ctx) => {
  const v = i % 3; const m = person({ age: ri(40, 85) }); const adm = rdate(); const real = ri(6, 9); const extra = ri(2, 3);
  const k = ['pneu', 'dm', 'uti'][v];
  const c = T(ctx, claim(m, provider(m.region, ri(2, 3), { pneu: 'respiratory', dm: 'endocrinology', uti: 'nephrology' }[k]), 'inpatient', { adm, dis: add(adm, real + extra), dx: { pneu: ['J18.900'], dm: ['E11.900', 'I10.x00x002'], uti: ['N39.000'] }[k] }));
  const r = billMedical(c, k, { ivDays: real - 1, takeHomeDate: add(adm, real - 1) });
  r.careDays.forEach(({ d, ids }) => { if (d >= add(adm, real)) M(ctx, c, ids); });
});

// T15 出院后收费：DRG出院结算后，患者次日起在同院同科以“门诊”逐日结算吸氧、雾化、静脉抗生素、心电监测
for (let i = 0; i < N; i++) kase('fraud', 'T15', '出院后收费：DRG住院结算出院后，同院同科逐日按门诊结算吸氧、雾化、静脉抗生素和监测（病房式治疗）', (ctx) => {
  const v = i % 2; const m = person({ age: ri(62, 90) }); const adm = rdate('2026-01-05', '2026-11-10'); const los = ri(6, 8);
  const pr = provider(m.region, ri(2, 3), 'respiratory', 1);
  const a = claim(m, pr, 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: v ? ['J44.100'] : ['J18.900', 'I10.x00x002'] });
  billMedical(a, v ? 'copd' : 'pneu', { takeHome: false });
  const n = ri(3, 4);
  for (let k = 1; k <= n; k++) {
    const d = add(a.dischargeDate, k); const c = T(ctx, claim(m, pr, 'outpatient', { date: d, dx: v ? ['J44.100'] : ['J18.900'] }));
    consult(c, d); it(c, '吸氧', d, ri(10, 14)); it(c, '心电监测', d, 12); it(c, '血氧饱和度监测', d, 12); it(c, '心电电极片', d, 5);
    it(c, '雾化吸入', d, 2); it(c, '吸入用布地奈德混悬液', d, 2);
    ivDay(c, d, v ? [['注射用头孢呋辛钠', 3], ['多索茶碱注射液', 2]] : [['注射用头孢曲松钠', 2], ['盐酸氨溴索注射液', 2]], {});
  }
});

// =====================================================================
// CONTROLS
// =====================================================================
const C = (code, name, fn) => { for (let i = 0; i < N; i++) kase('control', code, name, (ctx) => fn(i, ctx)); };
C('C01', '成对器官分期手术：双眼白内障相隔4–10周、双侧腹股沟疝先后修补', (i) => {
  const cat = i % 2 === 0; const m = person({ age: cat ? ri(62, 85) : ri(45, 78), gender: cat ? undefined : 'M' });
  const pr = provider(m.region, ri(2, 3), cat ? 'ophthalmology' : 'general_surgery', 1);
  let d = rdate('2026-01-05', '2026-07-01');
  for (let k = 0; k < 2; k++) {
    if (cat) {
      const c = claim(m, pr, 'inpatient', { adm: d, dis: add(d, 1), dx: ['H25.900'], px: [['13.7100x001', d]] });
      for (const n of ['血常规(五分类)', '凝血四项', '空腹血糖测定', '常规心电图检查', '眼科A超(生物测量)', '裂隙灯检查', '眼底检查']) it(c, n, d, 1);
      if (k === 0) it(c, '术前八项(感染筛查)', d, 1);
      ward(c, { nursing: () => 'Ⅱ级护理' }); it(c, '白内障超声乳化摘除+人工晶体植入术', d, 1); it(c, '人工晶状体', d, 1); it(c, '眼科粘弹剂', d, 1); it(c, '局部浸润麻醉', d, 1); it(c, '盐酸利多卡因注射液', d, 1);
      it(c, '左氧氟沙星滴眼液', add(d, 1), 1); it(c, '妥布霉素地塞米松滴眼液', add(d, 1), 1);
      d = add(d, ri(28, 70));
    } else {
      const c = claim(m, pr, 'inpatient', { adm: d, dis: add(d, ri(3, 4)), dx: [k === 0 ? 'K40.900x003' : 'K40.900x004'], px: [['53.0000', add(d, 1)]] });
      admitLabs(c, d, ['术前八项(感染筛查)', '胸部X线摄影(正侧位)']); ward(c);
      const op = add(d, 1); it(c, '腹股沟疝修补术', op, 1); it(c, '疝修补补片', op, 1); it(c, '椎管内麻醉', op, 1); it(c, '盐酸罗哌卡因注射液', op, 1); it(c, '一次性使用麻醉穿刺包', op, 1);
      it(c, '一次性手术衣及铺单包', op, 1); it(c, '一次性电刀笔', op, 1); it(c, '可吸收缝线', op, 2); it(c, '注射用头孢呋辛钠', op, 2); it(c, '心电监测', op, 8); it(c, '血氧饱和度监测', op, 8);
      d = add(d, ri(45, 100));
    }
  }
});
C('C02', '真实加量：心衰/慢阻肺随访中加量或加药，提前取药并有随访检查记录', (i) => {
  const hf = i % 2 === 0; const m = person({ age: ri(55, 82), chronic: hf ? ['I50'] : ['J44'] });
  const pr = provider(m.region, ri(2, 3), hf ? 'cardiology' : 'respiratory', 1); let d = rdate('2026-01-10', '2026-08-01');
  const dx = hf ? ['I50.900'] : ['J44.900'];
  let c = claim(m, pr, 'chronic', { date: d, dx }); consult(c, d);
  if (hf) { it(c, '沙库巴曲缬沙坦钠片', d, 60); oral(c, d, '琥珀酸美托洛尔缓释片', 30); oral(c, d, '螺内酯片', 30); } else { it(c, '沙美特罗替卡松吸入粉雾剂', d, 1); }
  const d2 = add(d, ri(12, 16)); c = claim(m, pr, 'chronic', { date: d2, dx: hf ? ['I50.900'] : ['J44.100'] }); consult(c, d2);
  if (hf) { it(c, 'B型钠尿肽(BNP)测定', d2, 1); it(c, '肾功能(三项)', d2, 1); it(c, '电解质(四项)', d2, 1); it(c, '沙库巴曲缬沙坦钠片', d2, 56); }
  else { it(c, '血常规(五分类)', d2, 1); it(c, '胸部X线摄影(正侧位)', d2, 1); it(c, '肺功能检查', d2, 1); it(c, '噻托溴铵粉吸入剂', d2, 1); oral(c, d2, '盐酸氨溴索片', 7); }
  const d3 = add(d2, ri(27, 31)); c = claim(m, pr, 'chronic', { date: d3, dx }); consult(c, d3);
  if (hf) { it(c, '沙库巴曲缬沙坦钠片', d3, 112); oral(c, d3, '琥珀酸美托洛尔缓释片', 30); oral(c, d3, '螺内酯片', 30); it(c, '电解质(四项)', d3, 1); } else { it(c, '沙美特罗替卡松吸入粉雾剂', d3, 1); it(c, '噻托溴铵粉吸入剂', d3, 1); }
});
C('C03', '真实疗程：工作日隔日针灸推拿（非节假日），参保人同期在本地', (i) => {
  const m = person({ age: ri(40, 78) }); const pr = provider(m.region, ri(1, 2), 'tcm'); const dx = pick([['M51.202'], ['M54.400'], ['M47.201']]);
  let d = workday(rdate('2026-03-02', '2026-11-02')); const n = ri(5, 7);
  for (let k = 0; k < n; k++) { const c = claim(m, pr, 'outpatient', { date: d, dx }); consult(c, d); it(c, '针灸', d, 1); it(c, '推拿治疗', d, 1); if (k === 0) oral(c, d, '塞来昔布胶囊', 7); d = workday(add(d, 2)); }
});
C('C04', '真腹腔镜阑尾/胆囊切除：有穿刺器与结扎夹，住院3–5天', (i) => {
  const app = i % 2 === 0; const m = person({ age: ri(18, 75) }); const adm = rdate();
  const c = claim(m, provider(m.region, ri(2, 3), 'general_surgery'), 'inpatient', { adm, dis: add(adm, app ? ri(3, 4) : ri(4, 5)), route: app ? 'emergency' : 'outpatient', dx: [app ? 'K35.800x001' : 'K80.101'], px: [[app ? '47.0100' : '51.2300', app ? adm : add(adm, 1)]] });
  app ? billAppendectomy(c, adm, true) : billChole(c, adm, true);
});
C('C05', '真实再入院：出院3–10天后同病新发事件（再发脑梗、心衰再失代偿伴低钾、慢阻肺再加重），有新的影像/检验与改变的治疗', (i) => {
  const v = i % 3; const m = person({ age: ri(58, 86) }); const adm = rdate('2026-01-05', '2026-10-15'); const pr = provider(m.region, ri(2, 3), ['neurology', 'cardiology', 'respiratory'][v], 1);
  const a = claim(m, pr, 'inpatient', { adm, dis: add(adm, ri(8, 10)), route: 'emergency', dx: [['I63.900', 'I10.x00x002'], ['I50.900', 'I10.x00x002'], ['J44.100']][v] });
  billMedical(a, ['stroke', 'hf', 'copd'][v], {});
  const adm2 = add(a.dischargeDate, ri(3, 10));
  const b = claim(m, pr, 'inpatient', { adm: adm2, dis: add(adm2, ri(7, 9)), route: 'emergency', dx: [['I63.500', 'I10.x00x002'], ['I50.900', 'E87.600'], ['J44.100', 'J96.900x003']][v] });
  admitLabs(b, adm2, [['头颅CT平扫', '头颅MRI平扫', '心脏彩色多普勒超声'], ['B型钠尿肽(BNP)测定', '胸部X线摄影(正侧位)', '肌钙蛋白I测定'], ['血气分析', '胸部CT平扫', '细菌培养及药敏', 'C反应蛋白测定']][v]);
  ward(b, { nursing: (k) => (k <= 2 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  nights(b).forEach((d, k) => {
    if (v === 0) { if (k < 7) ivDay(b, d, [['胞磷胆碱钠注射液', 2], null]); it(b, '阿司匹林肠溶片', d, 1); it(b, '硫酸氢氯吡格雷片', d, 1); it(b, '阿托伐他汀钙片', d, 1); if (k > 1) it(b, '运动疗法', d, 1); }
    if (v === 1) { if (k < 5) { ivDay(b, d, [['呋塞米注射液', 2], ['氯化钾注射液', 2]]); } it(b, '电解质(四项)', d, 1); it(b, '吸氧', d, 10); }
    if (v === 2) { if (k < 7) ivDay(b, d, [['注射用哌拉西林钠他唑巴坦钠', 3], ['多索茶碱注射液', 2]]); if (k < 3) { it(b, '无创呼吸机辅助通气', d, 10); it(b, '血气分析', d, 1); } it(b, '吸氧', d, 10); }
  });
  if (v === 0) it(b, '康复评定', add(adm2, 2), 1);
  oral(b, b.dischargeDate, ['阿托伐他汀钙片', '螺内酯片', '盐酸氨溴索片'][v], 14);
});
C('C06', '轻治疗但真实的长住院：老年骨质疏松性腰椎压缩骨折保守治疗10–14天', (i) => {
  const m = person({ age: ri(68, 90), gender: chance(0.75) ? 'F' : 'M' }); const adm = rdate(); const los = ri(10, 14);
  const c = claim(m, provider(m.region, ri(2, 3), 'orthopaedics'), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: ['S32.000x002', m.p.gender === 'F' ? 'M81.000' : 'M81.500'] });
  admitLabs(c, adm, ['腰椎X线摄影', '腰椎MRI平扫', '骨密度测定(双能X线)']);
  ward(c, { nursing: (k) => (k < 5 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  nights(c).forEach((d, k) => { if (k < 10) { it(c, '依诺肝素钠注射液', d, 1); it(c, '皮下注射', d, 1); } it(c, '塞来昔布胶囊', d, 2); it(c, '碳酸钙D3片', d, 1); it(c, '骨化三醇软胶囊', d, 1); if (k < 5) it(c, '盐酸曲马多缓释片', d, 2); if (k >= 4) it(c, '运动疗法', d, 1); });
  ivDay(c, add(adm, 3), [['唑来膦酸注射液', 1]]); it(c, '下肢血管彩色多普勒超声', add(adm, 6), 1); it(c, '血常规(五分类)', add(adm, 6), 1);
  oral(c, c.dischargeDate, '塞来昔布胶囊', 14); oral(c, c.dischargeDate, '碳酸钙D3片', 30);
});
C('C07', '真实短住院：高血压亚急症/急症，静脉降压、靶器官评估、调整方案', (i) => {
  const m = person({ age: ri(45, 82), chronic: ['I10'] }); const adm = rdate(); const los = ri(3, 5);
  const c = claim(m, provider(m.region, ri(2, 3), 'cardiology'), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: [pick(['I10.x14', 'I10.x10']), 'I10.x05'] });
  admitLabs(c, adm, ['头颅CT平扫', '肌钙蛋白I测定', '心脏彩色多普勒超声', '泌尿系B超', '血脂(四项)']);
  ward(c, { bed: (k) => (k === 0 ? '监护病房床位费' : '普通病房床位费(三人间)'), nursing: (k) => (k === 0 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  ivDay(c, adm, [['硝酸甘油注射液', 3]], {}); ivDay(c, add(adm, 1), [['硝酸甘油注射液', 2]], {});
  it(c, '心电监测', adm, 24); it(c, '无创血压监测', adm, 12); it(c, '心电监测', add(adm, 1), 12);
  nights(c).forEach(d => { it(c, '苯磺酸氨氯地平片', d, 1); it(c, '厄贝沙坦片', d, 1); it(c, '无创血压监测', d, 4); });
  it(c, '动态血压监测(24小时)', add(adm, 2), 1);
  oral(c, c.dischargeDate, '苯磺酸氨氯地平片', 30); oral(c, c.dischargeDate, '厄贝沙坦片', 30); oral(c, c.dischargeDate, '氢氯噻嗪片', 30);
});
C('C08', '普通门诊新诊断后数日，门诊慢特病资格获批，首次慢特病处方（内容不同、不重复检验）', (i) => {
  const m = person({ age: ri(40, 75) }); const pr = provider(m.region, ri(2, 3), 'endocrinology'); const d = rdate();
  let c = claim(m, pr, 'outpatient', { date: d, dx: ['E11.900'] }); consult(c, d);
  for (const n of ['空腹血糖测定', '糖化血红蛋白测定', '肾功能(三项)', '血脂(四项)', '尿常规', '肝功能(全套)']) it(c, n, d, 1); oral(c, d, '盐酸二甲双胍片', 7);
  const d2 = add(d, ri(3, 7)); m.enr.chronicDiseases = ['E11'];
  c = claim(m, pr, 'chronic', { date: d2, dx: ['E11.900', 'E78.500'] }); consult(c, d2); it(c, '血糖监测(快速)', d2, 1); oral(c, d2, '盐酸二甲双胍片', 30); oral(c, d2, '阿托伐他汀钙片', 30); it(c, '血糖试纸', d2, 50);
});
C('C09', '真实多组输液：每组各有一袋液体与药物；混合雾化按实际次数收费', (i) => {
  const m = person({ age: ri(50, 85) }); const adm = rdate(); const los = ri(7, 9);
  const c = claim(m, provider(m.region, ri(2, 3), 'respiratory'), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: ['J18.900', 'J44.900'] });
  admitLabs(c, adm, ['C反应蛋白测定', '胸部CT平扫', '细菌培养及药敏', '血气分析']); ward(c);
  nights(c).forEach((d, k) => { if (k < 7) ivDay(c, d, [['注射用头孢他啶', 3], ['注射用阿奇霉素', 1], ['盐酸氨溴索注射液', 2]], {}); it(c, '雾化吸入', d, 2); it(c, '吸入用布地奈德混悬液', d, 2); it(c, '吸入用异丙托溴铵溶液', d, 2); it(c, '吸氧', d, 10); });
  it(c, '血常规(五分类)', add(adm, 4), 1); it(c, 'C反应蛋白测定', add(adm, 4), 1);
});
C('C10', '真实主任医师门诊：同一主任医师对其所有患者均收主任诊察费', (i) => {
  const region = pick(REGIONS); const dept = pick(['cardiology', 'neurology', 'rheumatology']);
  const pr = { ...provider(region, 3, dept, 1), doctorId: `D${region}3Z${String(i).padStart(2, '0')}` }; const day = rdate();
  for (let k = 0; k < 3; k++) {
    const m = person({ region, age: ri(35, 80) }); const d = add(day, pick([0, 0, 7])); const dx = { cardiology: ['I48.000'], neurology: ['G40.000'], rheumatology: ['M79.100'] }[dept];
    const c = claim(m, pr, 'outpatient', { date: d, dx }); consult(c, d, '主任医师门诊诊察费');
    if (dept === 'cardiology') { it(c, '常规心电图检查', d, 1); it(c, '利伐沙班片', d, 30); it(c, '凝血四项', d, 1); }
    else if (dept === 'neurology') { it(c, '脑电图', d, 1); it(c, '左乙拉西坦片', d, 60); }
    else { it(c, 'C反应蛋白测定', d, 1); oral(c, d, '塞来昔布胶囊', 14); }
  }
});
C('C11', '老年晕厥门诊评估：心电、心肌标志物、心超、头颅CT、颈动脉彩超，次日动态心电图', (i) => {
  const m = person({ age: ri(65, 88) }); const pr = provider(m.region, 3, 'emergency'); const d = rdate();
  let c = claim(m, pr, 'outpatient', { date: d, dx: ['R55.x00x001', 'I10.x00x002'] }); consult(c, d, '急诊诊察费');
  for (const n of ['常规心电图检查', '血常规(五分类)', '电解质(四项)', '空腹血糖测定', '肌钙蛋白I测定', '心肌酶谱', 'D-二聚体测定', '头颅CT平扫']) it(c, n, d, 1);
  const d2 = add(d, 1); c = claim(m, { ...pr, department: 'cardiology' }, 'outpatient', { date: d2, dx: ['R55.x00x001'] }); consult(c, d2);
  for (const n of ['动态心电图(24小时)', '心脏彩色多普勒超声', '颈部血管彩色多普勒超声']) it(c, n, d2, 1);
});
C('C12', '真实严重并发症：肺炎合并Ⅰ型呼衰（多次血气、无创通气、监护）或尿路感染合并脓毒症（培养、PCT、乳酸、升压药）', (i) => {
  const v = i % 2; const m = person({ age: ri(60, 90) }); const adm = rdate(); const los = ri(9, 12);
  const c = claim(m, provider(m.region, 3, v ? 'nephrology' : 'respiratory'), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: v ? ['N39.000', 'A41.900'] : ['J18.900', 'J96.900x002'] });
  admitLabs(c, adm, ['C反应蛋白测定', '降钙素原测定', '细菌培养及药敏', '血气分析', '血乳酸测定', v ? '泌尿系B超' : '胸部CT平扫']);
  ward(c, { bed: (k) => (k < 2 ? '监护病房床位费' : '普通病房床位费(三人间)'), nursing: (k) => (k < 2 ? '特级护理' : k < 5 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  nights(c).forEach((d, k) => {
    if (k < 8) ivDay(c, d, [['注射用哌拉西林钠他唑巴坦钠', 3], null], {});
    if (k < 3) { it(c, '血气分析', d, k === 0 ? 1 : 2); if (!v) it(c, '无创呼吸机辅助通气', d, 16); else { it(c, '重酒石酸去甲肾上腺素注射液', d, 2); it(c, '复方氯化钠注射液', d, 3); it(c, '血乳酸测定', d, 2); } }
    if (!v && k >= 3 && k < 7) it(c, '吸氧', d, 16);
  });
  it(c, '降钙素原测定', add(adm, 3), 1); it(c, '细菌培养及药敏', add(adm, 3), 1); it(c, '血常规(五分类)', add(adm, 3), 1);
});
C('C13', '限定药品适应症真实成立：外伤性硬膜下血肿用奥拉西坦、脊髓损伤用神经节苷脂、突发性聋用银杏叶提取物，均有影像/专科检查', (i) => {
  const v = i % 3; const m = person({ age: ri(25, 75) }); const adm = rdate(); const los = ri(9, 14);
  const s = [{ dx: ['S06.500x004', 'S02.000'], drug: ['奥拉西坦注射液', 2], ex: ['头颅CT平扫', '头颅MRI平扫'], dept: 'neurosurgery' },
    { dx: ['S34.100x003', 'S32.000x011'], drug: ['单唾液酸四己糖神经节苷脂钠注射液', 3], ex: ['腰椎X线摄影', '腰椎MRI平扫', '腹部CT平扫'], dept: 'orthopaedics' },
    { dx: ['H91.200x001'], drug: ['银杏叶提取物注射液', 2], ex: ['头颅MRI平扫'], dept: 'ent' }][v];
  const c = claim(m, provider(m.region, 3, s.dept), 'inpatient', { adm, dis: add(adm, los), route: v === 2 ? 'outpatient' : 'emergency', dx: s.dx });
  admitLabs(c, adm, s.ex); ward(c, { nursing: (k) => (v < 2 && k < 4 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  nights(c).forEach((d, k) => { if (k < 10) ivDay(c, d, [s.drug, v === 2 && k < 5 ? ['注射用甲泼尼龙琥珀酸钠', 1] : null], {}); if (v === 0 && k < 5) { it(c, '甘露醇注射液', d, 2); } });
  if (v === 0) it(c, '头颅CT平扫', add(adm, 6), 1);
});
C('C14', '出院带药已开但出院推迟：当晚发热，新做培养/CRP/胸片并静脉用药2天后出院', (i) => {
  const m = person({ age: ri(50, 85) }); const adm = rdate(); const planned = ri(6, 8);
  const c = claim(m, provider(m.region, ri(2, 3), 'general_medicine'), 'inpatient', { adm, dis: add(adm, planned + 2), route: 'emergency', dx: ['N39.000', 'J18.900'] });
  billMedical(c, 'uti', { ivDays: planned - 1, takeHomeDate: add(adm, planned - 1) });
  const f = add(adm, planned - 1);
  for (const n of ['血常规(五分类)', 'C反应蛋白测定', '细菌培养及药敏', '胸部X线摄影(正侧位)']) it(c, n, f, 1);
  ivDay(c, add(f, 1), [['注射用头孢他啶', 3], null]); ivDay(c, add(f, 2), [['注射用头孢他啶', 3], null]); it(c, '血常规(五分类)', add(f, 2), 1); it(c, 'C反应蛋白测定', add(f, 2), 1);
});
C('C15', '出院后门诊续完静脉疗程：肾盂肾炎/蜂窝织炎出院后在同院门诊每日头孢曲松2–3天，无吸氧雾化监护', (i) => {
  const v = i % 2; const m = person({ age: ri(30, 80) }); const adm = rdate(); const pr = provider(m.region, ri(2, 3), v ? 'dermatology' : 'nephrology', 1);
  const a = claim(m, pr, 'inpatient', { adm, dis: add(adm, ri(4, 5)), route: 'emergency', dx: [v ? 'L03.107' : 'N10.x02'] });
  admitLabs(a, adm, ['C反应蛋白测定', '细菌培养及药敏', v ? '下肢血管彩色多普勒超声' : '泌尿系B超']); ward(a);
  nights(a).forEach(d => { ivDay(a, d, [['注射用头孢曲松钠', 2], null]); if (v) { it(a, '换药(小)', d, 1); it(a, '一次性使用换药包', d, 1); } });
  const n = ri(2, 3);
  for (let k = 1; k <= n; k++) { const d = add(a.dischargeDate, k); const c = claim(m, pr, 'outpatient', { date: d, dx: [v ? 'L03.107' : 'N10.x02'] }); consult(c, d); ivDay(c, d, [['注射用头孢曲松钠', 2], null]); if (k === n) { it(c, '血常规(五分类)', d, 1); it(c, 'C反应蛋白测定', d, 1); } }
});
C('C16', '胆源性胰腺炎：禁食补液抑酸，同次住院第6–8天行腹腔镜胆囊切除', (i) => {
  const m = person({ age: ri(30, 75) }); const adm = rdate(); const los = ri(10, 13); const op = add(adm, ri(6, 8));
  const c = claim(m, provider(m.region, 3, 'hepatobiliary'), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: ['K85.101', 'K80.100x001'], px: [['51.2300', op]] });
  admitLabs(c, adm, ['腹部CT平扫', '腹部B超', 'C反应蛋白测定', '血脂(四项)', '血气分析']);
  ward(c, { nursing: (k) => (k < 3 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  nights(c).forEach((d, k) => { if (k < 5) { ivDay(c, d, [['注射用奥美拉唑钠', 1], ['复方氨基酸注射液(18AA)', 1], null], { fluid: '葡萄糖氯化钠注射液' }); it(c, '胃肠减压', d, 1); } if (k === 0) it(c, '一次性使用胃管', d, 1); });
  it(c, '肝功能(全套)', add(adm, 3), 1); it(c, '血常规(五分类)', add(adm, 3), 1);
  surgeryKit(c, op, { svc: '腹腔镜下胆囊切除术', ga: 2, lap: true, clips: 4 }); it(c, '病理检查(常规石蜡切片)', op, 1);
});
C('C17', '热射病（7–8月）：监护、大量补液、心肌酶与肾功能逐日复查', (i) => {
  const m = person({ age: ri(25, 70), gender: chance(0.8) ? 'M' : 'F' }); const adm = rdate('2026-07-05', '2026-08-25'); const los = ri(4, 7);
  const c = claim(m, provider(m.region, ri(2, 3), 'icu'), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: ['T67.000x001', 'E86.x01'] });
  admitLabs(c, adm, ['血气分析', '心肌酶谱', '血乳酸测定', '头颅CT平扫']);
  ward(c, { bed: (k) => (k < 2 ? '监护病房床位费' : '普通病房床位费(三人间)'), nursing: (k) => (k < 2 ? '特级护理' : 'Ⅰ级护理') });
  nights(c).forEach((d, k) => { if (k < 4) { ivDay(c, d, [null, null, null], { fluid: '复方氯化钠注射液' }); it(c, '氯化钠注射液', d, 2); it(c, '心肌酶谱', d, 1); it(c, '肾功能(三项)', d, 1); it(c, '电解质(四项)', d, 1); } if (k >= 2) it(c, '心电监测', d, 12); });
  it(c, '凝血四项', add(adm, 1), 1); it(c, '肝功能(全套)', add(adm, 2), 1);
});
C('C18', '急性肺栓塞阿替普酶溶栓：CT、D-二聚体、心超、下肢静脉彩超，转口服抗凝', (i) => {
  const m = person({ age: ri(40, 80) }); const adm = rdate(); const los = ri(8, 11);
  const c = claim(m, provider(m.region, 3, 'respiratory'), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: ['I26.900x005', 'I80.201'], px: [['99.1000', adm]] });
  admitLabs(c, adm, ['D-二聚体测定', '肌钙蛋白I测定', 'B型钠尿肽(BNP)测定', '血气分析', '胸部CT平扫', 'CT增强扫描(加收)', '心脏彩色多普勒超声', '下肢血管彩色多普勒超声']);
  ward(c, { bed: (k) => (k < 2 ? '监护病房床位费' : '普通病房床位费(三人间)'), nursing: (k) => (k < 2 ? '特级护理' : 'Ⅰ级护理') });
  it(c, '注射用阿替普酶', adm, 2); it(c, '氯化钠注射液', adm, 1); it(c, '静脉输液(第一组)', adm, 1); it(c, '一次性使用输液器', adm, 1);
  nights(c).forEach((d, k) => { if (k >= 1 && k < 6) { it(c, '依诺肝素钠注射液', d, 2); it(c, '皮下注射', d, 2); } if (k >= 5) it(c, '利伐沙班片', d, 2); if (k >= 2) it(c, '吸氧', d, 8); });
  it(c, '凝血四项', add(adm, 1), 1); it(c, '凝血四项', add(adm, 3), 1); it(c, 'D-二聚体测定', add(adm, 5), 1);
  it(c, '利伐沙班片', c.dischargeDate, 42);
});
C('C19', '酒精戒断：地西泮、复合维生素B、补液，肝功复查', (i) => {
  const m = person({ age: ri(35, 65), gender: 'M' }); const adm = rdate(); const los = ri(5, 8);
  const c = claim(m, provider(m.region, 2, 'psychiatry'), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: ['F10.300', 'K76.000'] });
  admitLabs(c, adm, ['腹部B超', '头颅CT平扫']); ward(c, { nursing: (k) => (k < 3 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
  nights(c).forEach((d, k) => { it(c, '地西泮片', d, k < 3 ? 3 : 1); it(c, '复合维生素B片', d, 3); if (k < 3) ivDay(c, d, [null, ['氯化钾注射液', 1]], { fluid: '葡萄糖注射液' }); });
  it(c, '肝功能(全套)', add(adm, 4), 1); it(c, '电解质(四项)', add(adm, 2), 1);
});
C('C20', '幼儿热性惊厥：脑电图、电解质、血糖，退热与补液，2–3天', (i) => {
  const m = person({ age: ri(1, 4), ins: 'resident' }); const adm = rdate(); const los = ri(2, 3);
  const c = claim(m, provider(m.region, ri(2, 3), 'paediatrics'), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: ['R56.000', 'J06.900'] });
  for (const n of ['血常规(五分类)', 'C反应蛋白测定', '电解质(四项)', '空腹血糖测定', '尿常规']) it(c, n, adm, 1);
  ward(c); it(c, '脑电图', add(adm, 1), 1);
  nights(c).forEach((d, k) => { if (k < 2) ivDay(c, d, [null], { fluid: '葡萄糖氯化钠注射液', child: true }); it(c, '小儿对乙酰氨基酚颗粒', d, 2); });
  it(c, '布洛芬混悬液', adm, 1);
});
C('C21', '妊娠期急性肾盂肾炎：头孢曲松、尿培养、泌尿系与产科B超、胎心监护', (i) => {
  const m = person({ age: ri(22, 38), gender: 'F' }); const adm = rdate(); const los = ri(4, 6);
  const c = claim(m, provider(m.region, ri(2, 3), 'obstetrics'), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: ['O23.001'] });
  for (const n of ['血常规(五分类)', '尿常规', 'C反应蛋白测定', '细菌培养及药敏', '肾功能(三项)', '泌尿系B超', '产科B超']) it(c, n, adm, 1);
  ward(c); nights(c).forEach(d => { ivDay(c, d, [['注射用头孢曲松钠', 2], null]); it(c, '胎心监护', d, 1); });
  it(c, '尿常规', add(adm, 3), 1);
});
C('C22', '儿童过敏性紫癜：甲泼尼龙、尿常规与大便隐血复查、腹部B超', (i) => {
  const m = person({ age: ri(4, 12), ins: 'resident' }); const adm = rdate(); const los = ri(6, 9);
  const c = claim(m, provider(m.region, ri(2, 3), 'paediatrics'), 'inpatient', { adm, dis: add(adm, los), route: 'outpatient', dx: ['D69.000'] });
  for (const n of ['血常规(五分类)', '尿常规', '大便常规+隐血', '肾功能(三项)', '凝血四项', '腹部B超', '肝功能(全套)']) it(c, n, adm, 1);
  ward(c); nights(c).forEach((d, k) => { if (k < 4) ivDay(c, d, [['注射用甲泼尼龙琥珀酸钠', 1], null], { child: m.age <= 6 }); else it(c, '醋酸泼尼松片', d, 4); it(c, '西替利嗪片', d, 1); if (k % 2 === 1) it(c, '尿常规', d, 1); });
  it(c, '大便常规+隐血', add(adm, 3), 1);
});
C('C23', '百岁老人肺炎：98–104岁，Ⅰ级护理、吸氧、雾化、静脉抗生素', (i) => {
  const m = person({ age: ri(98, 104), ins: pick(['resident', 'employee']) }); const adm = rdate(); const los = ri(9, 12);
  const c = claim(m, provider(m.region, ri(2, 3), 'geriatrics'), 'inpatient', { adm, dis: add(adm, los), route: 'emergency', dx: ['J18.900', 'I50.900x008'] });
  billMedical(c, 'pneu', { wardOpt: { nursing: () => 'Ⅰ级护理' } });
  nights(c).forEach((d, k) => { if (k < 6) { it(c, '雾化吸入', d, 2); it(c, '吸入用布地奈德混悬液', d, 2); } });
  it(c, 'B型钠尿肽(BNP)测定', adm, 1);
});
C('C24', '异地就医：外省参保务工人员急性阑尾炎，就医地腹腔镜阑尾切除（insuredRegion为参保地）', (i) => {
  const home = pick(REGIONS); const m = person({ age: ri(20, 55), region: home, ins: 'employee' });
  const there = pick(REGIONS.filter(r => r.slice(0, 2) !== home.slice(0, 2))); const adm = rdate();
  const c = claim(m, provider(there, 3, 'general_surgery'), 'inpatient', { region: there, insuredRegion: home, adm, dis: add(adm, ri(3, 4)), route: 'emergency', dx: ['K35.800x001'], px: [['47.0100', adm]] });
  billAppendectomy(c, adm, true);
});

// =====================================================================
// ROUTINE
// =====================================================================
for (let i = 0; i < 100; i++) kase('routine', 'R', '常规结算', () => {
  const v = i % 10; const d = rdate();
  if (v === 0) { const m = person({ age: ri(2, 80) }); const c = claim(m, provider(m.region, ri(1, 3), 'internal_medicine'), 'outpatient', { date: d, dx: ['J06.900'] }); consult(c, d); it(c, '血常规(五分类)', d, 1); if (m.age <= 12) oral(c, d, '小儿氨酚黄那敏颗粒', 3); else oral(c, d, '连花清瘟胶囊', 3); }
  else if (v === 1) { const m = person({ age: ri(50, 85), chronic: ['I10'] }); const c = claim(m, provider(m.region, 1, 'general_practice'), 'chronic', { date: d, dx: ['I10.x00x002'] }); consult(c, d); oral(c, d, pick(['苯磺酸氨氯地平片', '硝苯地平控释片', '厄贝沙坦片']), 30); }
  else if (v === 2) { const m = person({ age: ri(30, 80) }); const c = claim(m, pharmacy(m.region), 'pharmacy', { date: d, dx: [pick(['J06.900', 'K29.500', 'M54.502'])] }); oral(c, d, pick(['布洛芬缓释胶囊', '奥美拉唑肠溶胶囊', '阿莫西林胶囊', '氯雷他定片']), 6); }
  else if (v === 3) { const m = person({ age: ri(45, 80), chronic: ['E11'] }); const c = claim(m, provider(m.region, ri(1, 2), 'general_practice'), 'chronic', { date: d, dx: ['E11.900'] }); consult(c, d); oral(c, d, '盐酸二甲双胍片', 30); oral(c, d, '格列美脲片', 30); it(c, '空腹血糖测定', d, 1); }
  else if (v === 4) { const m = person({ age: ri(60, 88) }); const adm = d; const c = claim(m, provider(m.region, ri(1, 3), 'respiratory'), 'inpatient', { adm, dis: add(adm, ri(6, 9)), route: 'emergency', dx: ['J18.900'] }); billMedical(c, 'pneu', {}); }
  else if (v === 5) { const m = person({ age: ri(22, 38), gender: 'F' }); const adm = d; const c = claim(m, provider(m.region, ri(2, 3), 'obstetrics'), 'inpatient', { adm, dis: add(adm, 2), route: 'emergency', dx: ['O80.000'] }); for (const n of ['血常规(五分类)', '尿常规', '凝血四项', '血型鉴定(ABO+Rh)', '产科B超']) it(c, n, adm, 1); ward(c); it(c, '阴道分娩接生', adm, 1); it(c, '一次性产包', adm, 1); it(c, '缩宫素注射液', adm, 2); it(c, '胎心监护', adm, 2); it(c, '肌肉注射', adm, 1); }
  else if (v === 6) { const m = person({ age: ri(1, 10), ins: 'resident' }); const c = claim(m, provider(m.region, ri(2, 3), 'paediatrics'), 'outpatient', { date: d, dx: ['J20.900'] }); consult(c, d); it(c, '血常规(五分类)', d, 1); it(c, 'C反应蛋白测定', d, 1); oral(c, d, '小儿肺热咳喘口服液', 5); it(c, '雾化吸入', d, 1); it(c, '吸入用布地奈德混悬液', d, 1); }
  else if (v === 7) { const m = person({ age: ri(30, 70) }); const c = claim(m, provider(m.region, ri(2, 3), 'gastroenterology'), 'outpatient', { date: d, dx: ['K29.500'] }); consult(c, d); it(c, '胃镜检查', d, 1); oral(c, d, '雷贝拉唑钠肠溶片', 14); }
  else if (v === 8) { const m = person({ age: ri(50, 80) }); const c = claim(m, provider(m.region, ri(1, 2), 'orthopaedics'), 'outpatient', { date: d, dx: ['M17.900x004'] }); consult(c, d); it(c, '四肢X线摄影', d, 1); oral(c, d, '塞来昔布胶囊', 14); }
  else { const m = person({ age: ri(30, 70) }); const adm = d; const c = claim(m, provider(m.region, ri(2, 3), 'hepatobiliary'), 'inpatient', { adm, dis: add(adm, 4), dx: ['K80.101'], px: [['51.2300', add(adm, 1)]] }); billChole(c, adm, true); }
});

// ---------- output ----------
const skey = (c) => (c.visitType === 'inpatient' ? c.dischargeDate : c.visitDate);
const sorted = ALL.slice().sort((a, b) => (skey(a) < skey(b) ? -1 : skey(a) > skey(b) ? 1 : a._seq - b._seq));
// sanity: stay dates, no empty claims
for (const c of sorted) {
  if (!c.items.length) throw new Error('empty claim ' + c.claimId);
  for (const l of c.items) { if (c.visitType === 'inpatient' ? (l.date < c.admissionDate || l.date > c.dischargeDate) : l.date !== c.visitDate) throw new Error('line date outside ' + c.claimId + ' ' + l.name); }
  if (c.visitDate && (c.visitDate < '2026-01-01' || c.visitDate > '2026-11-30')) throw new Error('date ' + c.claimId + ' ' + c.visitDate);
  if (c.dischargeDate && (c.admissionDate < '2026-01-01' || c.dischargeDate > '2026-11-30')) throw new Error('date ' + c.claimId + ' ' + c.dischargeDate);
}
{ const DX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/diagnoses.json', 'utf8')); const PX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/procedures.json', 'utf8'));
  const bad = new Set(); for (const c of sorted) { for (const d of c.diagnoses) if (!DX[d.code]) bad.add('dx ' + d.code); for (const p of c.procedures) if (!PX[p.code]) bad.add('px ' + p.code); }
  if (bad.size) throw new Error('unknown codes: ' + [...bad].join(', ')); }
finalize(sorted);
let groups = {};
if (GROUPS) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); groups[g.claimId] = g.grouping && g.grouping.drg; }
fs.mkdirSync(OUT, { recursive: true });
const lines = sorted.map((c) => {
  const o = {}; for (const k of Object.keys(c)) if (!k.startsWith('_')) o[k] = c[k];
  if (c.visitType === 'inpatient') o.reportedGroup = { drg: GROUPS ? (groups[c.claimId] || null) : null, dip: null };
  // key order close to the contract
  const { claimId, region, insuranceType, visitType, patient, enrollment, provider: pv, ...rest } = o;
  return JSON.stringify({ claimId, region, insuranceType, visitType, patient, enrollment, provider: pv, ...rest });
});
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), lines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const k = (x) => LABELS.filter(l => l.kind === x).length;
console.error(`claims ${sorted.length}; cases fraud ${k('fraud')} control ${k('control')} routine ${k('routine')}`);
