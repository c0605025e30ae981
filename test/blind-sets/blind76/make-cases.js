#!/usr/bin/env node
// blind76 — 时间与变化: 跨年度、跨政策、目录调整与日期操纵. Fixed seed, no dependencies.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || __dirname);
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CATDIR = path.resolve(opt('--catalogue') || path.join(__dirname, '../base72/rules/catalogue'));
const GROUPS = opt('--groups');

// ---------- rng ----------
let seed = 76076;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const CAT = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json',
  'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json']) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f), 'utf8')).rows) CAT[r.code] = r;
}
const K = (name) => { const r = Object.values(CAT).find(x => x.name === name); if (!r) throw new Error('no catalogue row ' + name); return r.code; };

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const yearOf = (s) => +s.slice(0, 4);
const ageAt = (birth, on) => { let a = yearOf(on) - yearOf(birth); if (on.slice(5) < birth.slice(5)) a--; return a; };

// ---------- policy (copied figures from rules/benefits/policies.json, frozen build) ----------
const POL = JSON.parse(fs.readFileSync(path.join(CATDIR, '..', 'benefits', 'policies.json'), 'utf8'));
function schemeOf(region, ins, vt) {
  const P = POL.provinces[region.slice(0, 2)]; let s = JSON.parse(JSON.stringify(P.schemes[ins][vt]));
  const ov = P.regions && P.regions[region] && P.regions[region].schemes && P.regions[region].schemes[ins] && P.regions[region].schemes[ins][vt];
  if (ov) Object.assign(s, ov);
  return { s, P };
}

// ---------- providers ----------
const REGIONS = ['220100', '230100', '370100', '510100', '220200', '370200', '510700'];
const TITLES = ['主任医师', '副主任医师', '主治医师', '住院医师'];
const HOSP = {}; const DOCS = {}; let docSeq = 0;
function hosp(region, nn, level, kind) { const id = (kind === 'pharmacy' ? 'Y' : 'H') + region + String(nn).padStart(2, '0'); HOSP[id] = { id, region, level, kind: kind || 'hospital' }; return id; }
function doctors(hid, dept) {
  const k = hid + '/' + dept; if (DOCS[k]) return DOCS[k];
  const lvl = HOSP[hid].level; const ts = lvl === 1 ? ['主治医师', '住院医师', '主治医师'] : lvl === 2 ? ['副主任医师', '主治医师', '住院医师', '主治医师'] : TITLES;
  DOCS[k] = ts.map(t => ({ id: 'D76' + String(++docSeq).padStart(4, '0'), title: t, dept, hid }));
  return DOCS[k];
}
const H = {};
for (const r of REGIONS) {
  H[r] = { l3: [hosp(r, 1, 3), hosp(r, 2, 3)], l2: [hosp(r, 11, 2), hosp(r, 12, 2), hosp(r, 13, 2)], l1: [hosp(r, 31, 1), hosp(r, 32, 1), hosp(r, 33, 1)], ph: [hosp(r, 61, 1, 'pharmacy'), hosp(r, 62, 1, 'pharmacy')] };
}
const SURGE = H['370100'].l2[1]; // 年底冲量 institution (T04)
const HOLIDAY_CLINICS = [H['510100'].l1[0], H['220100'].l1[1], H['370200'].l1[0]]; // T10
const LATE_CLINICS = [H['230100'].l1[0], H['510700'].l1[1]]; // T11
const docFor = (hid, dept, title) => { const ds = doctors(hid, dept); const m = title ? ds.filter(d => d.title === title) : ds; return pick(m.length ? m : ds); };

// ---------- members ----------
let memSeq = 0;
function member(o = {}) {
  const gender = o.gender || pick(['M', 'F']); const age = o.age != null ? o.age : ri(25, 80);
  const refDate = o.refDate || '2025-12-01';
  const by = yearOf(refDate) - age; const birth = o.birth || `${by - (rnd() < 0.5 ? 1 : 0)}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const a = ageAt(birth, refDate);
  const ins = o.ins || (a >= 18 && a < 75 && rnd() < 0.65 ? 'employee' : 'resident');
  const retired = ins === 'employee' && a >= (gender === 'M' ? 60 : 55);
  const cont = o.continuousYears != null ? o.continuousYears : Math.min(a, ri(6, 20));
  const m = {
    insuredId: 'P76' + String(++memSeq).padStart(5, '0'), gender, birthDate: birth, retired, ins, region: o.region || pick(REGIONS),
    enrollment: Object.assign({ enrolledOn: o.enrolledOn || `${Math.max(2000, 2025 - cont)}-01-01`, inConcentratedPeriod: true, continuousYears: cont, lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears: ins === 'employee' ? Math.max(retired ? (gender === 'M' ? 32 : 28) : Math.min(a - 20, 15), 1) : 0, special: null }, o.enrollment || {}),
  };
  if (o.chronic) m.enrollment.chronicDiseases = o.chronic;
  if (o.birthWeightGrams) m.birthWeightGrams = o.birthWeightGrams;
  return m;
}

// ---------- lines ----------
function L(name, date, qty, priceYuan) {
  const code = K(name); const r = CAT[code];
  return { rowCode: code, name: r.name, category: r.category, date, quantity: qty, priceFen: priceYuan != null ? Math.round(priceYuan * 100) : null };
}
const daysOf = (a, n) => Array.from({ length: n }, (_, i) => add(a, i));

// ---------- claims ----------
const CLAIMS = []; let claimSeq = 0;
function claim(o) {
  // o: {m, hid, dept, doctor?, vt, adm, dis, visit, dx:[codes], px:[{code,date}], lines:[], settle, extra:{}, fundMode}
  const h = HOSP[o.hid]; const doc = o.doctor || docFor(o.hid, o.dept, o.title);
  const c = { claimId: null, region: h.region, insuranceType: o.m.ins, visitType: o.vt,
    patient: { insuredId: o.m.insuredId, gender: o.m.gender, birthDate: o.m.birthDate, retired: o.m.retired },
    enrollment: JSON.parse(JSON.stringify(o.m.enrollment)),
    provider: { hospitalId: o.hid, level: h.level, department: o.dept, doctorId: doc.id } };
  if (o.m.birthWeightGrams) c.patient.birthWeightGrams = o.m.birthWeightGrams;
  if (o.m.region !== h.region && o.insuredRegion) c.insuredRegion = o.m.region;
  const svc = o.vt === 'inpatient' ? o.adm : o.visit;
  c.claimId = `${h.region}-${o.hid}-${yearOf(svc)}-76${String(++claimSeq).padStart(4, '0')}`;
  if (o.vt === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.visit;
  c.diagnoses = o.dx.map((d, i) => i === 0 ? { code: d, principal: true } : { code: d });
  c.procedures = (o.px || []).map(p => ({ code: p.code, date: p.date }));
  if (o.vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  Object.assign(c, o.extra || {});
  let n = 0;
  c.items = o.lines.map(l => {
    const r = CAT[l.rowCode]; const cap = Math.round(r.priceCap[String(h.level)] * 100);
    const p = l.priceFen != null ? l.priceFen : cap;
    const it = { lineId: String(++n), code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date: l.date, quantity: l.quantity, unitPrice: p / 100, amount: (p * l.quantity) / 100, _fen: p * l.quantity, _row: r };
    if (l.longPrescription) it.longPrescription = true;
    return it;
  });
  c._settle = o.settle || (o.vt === 'inpatient' ? add(o.dis, ri(0, 2)) : o.visit); c._ord = claimSeq; c._fundMode = o.fundMode || null; c._member = o.m;
  CLAIMS.push(c); return c;
}
const lineIdsWhere = (c, f) => c.items.filter(f).map(i => i.lineId);

// fund per policies.json basis: fund = max(0, policy − deductible still due) × (ratio + retiree bonus), capped by the annual fund cap
const YTD = {};
function settleAmounts(c) {
  const m = c._member; const prov = (c.insuredRegion || c.region);
  const { s, P } = schemeOf(prov, c.insuranceType, c.visitType === 'pharmacy' ? 'pharmacy' : c.visitType);
  const yi = P.yiSelfPayShare; let total = 0, self = 0;
  for (const it of c.items) { total += it._fen; if (it._row.class === '丙') self += it._fen; else if (it._row.class === '乙') self += Math.round(it._fen * (yi[it.category] != null ? yi[it.category] : it._row.selfPayShare)); }
  const policy = total - self; const lvl = String(c.provider.level);
  const svc = c.visitType === 'inpatient' ? c.admissionDate : c.visitDate; let yr = yearOf(svc);
  if (c._fundMode && c._fundMode.capYear) yr = c._fundMode.capYear;
  const key = (k) => m.insuredId + '/' + yr + '/' + k; const get = (k) => YTD[key(k)] || 0; const put = (k, v) => { YTD[key(k)] = get(k) + v; };
  const ratio = (typeof s.ratio === 'object' ? s.ratio[lvl] : s.ratio) + (c.patient.retired ? (s.retireeRatioBonus || 0) : 0);
  let fund = 0;
  // waiting period (resident, not in concentrated period): fund 0 when the honest hospital knows it
  if (c._fundMode && c._fundMode.zero) fund = 0;
  else if (c.visitType === 'inpatient') {
    let ded = Math.round(s.deductible[lvl] * 100); if (s.laterAdmissionDeductibleShare && get('adm') > 0) ded = Math.round(ded * s.laterAdmissionDeductibleShare);
    fund = Math.floor(Math.max(0, policy - ded) * ratio);
    const capLeft = Math.round(s.annualFundCap * 100) - get('ipFund'); fund = Math.max(0, Math.min(fund, capLeft));
    put('adm', 1); put('ipFund', fund);
  } else if (c.visitType === 'chronic') {
    const pd = c.diagnoses[0].code; let grp = 'other', cap = s.annualFundCap;
    for (const [g, v] of Object.entries(s.diseaseCaps || {})) if (v.codes.some(x => pd.startsWith(x))) { grp = g; cap = v.annualFundCap; }
    fund = Math.floor(policy * ratio); fund = Math.max(0, Math.min(fund, Math.round(cap * 100) - get('ch/' + grp))); put('ch/' + grp, fund);
  } else {
    const dedLeft = Math.max(0, Math.round(s.deductible * 100) - get('opDed')); const usedDed = Math.min(dedLeft, policy); put('opDed', usedDed);
    fund = Math.floor((policy - usedDed) * ratio); fund = Math.max(0, Math.min(fund, Math.round(s.annualFundCap * 100) - get('opFund'))); put('opFund', fund);
  }
  if (c._fundMode && c._fundMode.capYear) { // the fraud: fund computed as if the stay fell in capYear, the true year's cap is not charged
  }
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}

// ---------- clinical templates ----------
function stayLines(kind, adm, los, lvl, o = {}) {
  const days = daysOf(adm, los); const dis = add(adm, los); const out = [];
  const bed = lvl >= 2 && o.icu ? '监护病房床位费' : '普通病房床位费(三人间)';
  const nurse = o.nurse || 'Ⅱ级护理';
  for (const d of days) { out.push(L(bed, d, 1), L(nurse, d, 1), L('住院诊查费', d, 1)); }
  const inf = (d, groups) => { out.push(L('静脉输液(第一组)', d, 1), L('一次性使用输液器', d, 1)); if (groups > 1) out.push(L('静脉输液(每增加一组)', d, groups - 1)); };
  const labsIn = (d) => out.push(L('血常规(五分类)', d, 1), L('肝功能(全套)', d, 1), L('肾功能(三项)', d, 1), L('电解质(四项)', d, 1));
  const px = []; let dx = [];
  switch (kind) {
    case 'pneumonia': dx = ['J18.900', pick(['I10.x00x002', 'E11.900', 'J44.900'])];
      labsIn(adm); out.push(L('C反应蛋白测定', adm, 1), L('胸部CT平扫', adm, 1), L('细菌培养及药敏', adm, 1));
      days.slice(0, Math.min(los, 10)).forEach(d => { inf(d, 2); out.push(L('注射用头孢曲松钠', d, 2), L('氯化钠注射液', d, 2), L('盐酸氨溴索注射液', d, 2)); });
      out.push(L('血常规(五分类)', add(adm, Math.min(los - 1, 4)), 1)); break;
    case 'copd': dx = ['J44.100', 'I10.x00x002'];
      labsIn(adm); out.push(L('血气分析', adm, 1), L('胸部X线摄影(正侧位)', adm, 1), L('常规心电图检查', adm, 1));
      days.forEach((d, i) => { out.push(L('雾化吸入', d, 2), L('吸入用布地奈德混悬液', d, 2), L('吸氧', d, 12)); if (i < 8) { inf(d, 2); out.push(L('多索茶碱注射液', d, 1), L('注射用头孢呋辛钠', d, 3), L('氯化钠注射液', d, 2)); } });
      break;
    case 'stroke': dx = ['I63.900', 'I10.x00x002'];
      labsIn(adm); out.push(L('头颅CT平扫', adm, 1), L('凝血四项', adm, 1), L('血脂(四项)', adm, 1), L('常规心电图检查', adm, 1));
      if (lvl >= 2) out.push(L('头颅MRI平扫', add(adm, 1), 1));
      out.push(L('颈部血管彩色多普勒超声', add(adm, 1), 1));
      days.forEach((d, i) => { if (i < (o.edaravoneDays != null ? o.edaravoneDays : Math.min(los, 12))) { inf(d, 2); out.push(L('依达拉奉注射液', d, 2), L('氯化钠注射液', d, 2)); }
        out.push(L('阿司匹林肠溶片', d, 1), L('阿托伐他汀钙片', d, 1)); if (i >= 2) out.push(L('运动疗法', d, 1)); });
      break;
    case 'ami': dx = ['I21.000', 'I10.x00x002']; px.push({ code: '36.0700', date: adm }, { code: '88.5700', date: adm });
      out.push(L('肌钙蛋白I测定', adm, 2), L('心肌酶谱', adm, 1), L('常规心电图检查', adm, 2), L('凝血四项', adm, 1), L('血常规(五分类)', adm, 1), L('肾功能(三项)', adm, 1), L('电解质(四项)', adm, 1));
      out.push(L('经皮冠状动脉支架置入术', adm, 1), L('冠状动脉药物洗脱支架', adm, 1, o.stentPrice), L('冠状动脉球囊扩张导管', adm, 1), L('导引导丝', adm, 1), L('血管鞘组', adm, 1), L('冠脉造影导管', adm, 2), L('局部浸润麻醉', adm, 1), L('盐酸利多卡因注射液', adm, 2));
      days.forEach((d, i) => { out.push(L('阿司匹林肠溶片', d, 1), L('替格瑞洛片', d, 2), L('阿托伐他汀钙片', d, 1)); if (i < 5) out.push(L('依诺肝素钠注射液', d, 2), L('皮下注射', d, 2)); if (i > 0 && i < 3) out.push(L('心电监测', d, 24)); });
      out.push(L('心脏彩色多普勒超声', add(adm, 2), 1)); break;
    case 'chole': dx = ['K80.100']; { const op = add(adm, 1); px.push({ code: '51.2300', date: op });
      out.push(L('血常规(五分类)', adm, 1), L('肝功能(全套)', adm, 1), L('凝血四项', adm, 1), L('术前八项(感染筛查)', adm, 1), L('血型鉴定(ABO+Rh)', adm, 1), L('腹部B超', adm, 1), L('常规心电图检查', adm, 1));
      out.push(L('腹腔镜下胆囊切除术', op, 1), L('全身麻醉', op, 2), L('一次性腹腔镜穿刺器', op, 1), L('止血夹(结扎夹)', op, 4), L('可吸收缝线', op, 2), L('一次性手术衣及铺单包', op, 1), L('丙泊酚中/长链脂肪乳注射液', op, 2), L('枸橼酸芬太尼注射液', op, 2));
      days.slice(1, 4).forEach(d => { inf(d, 2); out.push(L('注射用头孢呋辛钠', d, 3), L('复方氯化钠注射液', d, 2)); });
      out.push(L('换药(小)', add(adm, 2), 1)); } break;
    case 'hernia': dx = ['K40.900']; { const op = add(adm, 1); px.push({ code: '53.0001', date: op });
      out.push(L('血常规(五分类)', adm, 1), L('凝血四项', adm, 1), L('术前八项(感染筛查)', adm, 1), L('常规心电图检查', adm, 1), L('胸部X线摄影(正侧位)', adm, 1));
      out.push(L('腹股沟疝修补术', op, 1), L('疝修补补片', op, 1), L('椎管内麻醉', op, 1), L('一次性使用麻醉穿刺包', op, 1), L('盐酸罗哌卡因注射液', op, 1), L('可吸收缝线', op, 2), L('一次性手术衣及铺单包', op, 1));
      inf(op, 1); out.push(L('注射用头孢呋辛钠', op, 2), L('氯化钠注射液', op, 1), L('换药(小)', add(adm, 2), 1)); } break;
    case 'cataract': dx = ['H25.900']; { const op = add(adm, 1); px.push({ code: '13.4100x001', date: op }, { code: '13.7000', date: op });
      out.push(L('血常规(五分类)', adm, 1), L('凝血四项', adm, 1), L('眼科A超(生物测量)', adm, 1), L('裂隙灯检查', adm, 1), L('常规心电图检查', adm, 1));
      out.push(L('白内障超声乳化摘除+人工晶体植入术', op, 1), L('人工晶状体', op, 1, o.iolPrice), L('眼科粘弹剂', op, 1), L('局部浸润麻醉', op, 1), L('左氧氟沙星滴眼液', op, 1), L('妥布霉素地塞米松滴眼液', op, 1));
      out.push(L('裂隙灯检查', add(op, 1), 1)); } break;
    case 'tka': dx = ['M17.100']; { const op = add(adm, 2); px.push({ code: '81.5400', date: op });
      labsIn(adm); out.push(L('凝血四项', adm, 1), L('术前八项(感染筛查)', adm, 1), L('血型鉴定(ABO+Rh)', adm, 1), L('常规心电图检查', adm, 1), L('四肢X线摄影', adm, 2), L('下肢血管彩色多普勒超声', adm, 1));
      out.push(L('人工全膝关节置换术', op, 1), L('膝关节假体(全膝)', op, 1, o.kneePrice), L('全身麻醉', op, 3), L('骨科螺钉', op, 2), L('一次性手术衣及铺单包', op, 1), L('一次性负压引流器', op, 1), L('氨甲环酸注射液', op, 2), L('丙泊酚中/长链脂肪乳注射液', op, 2));
      days.slice(2).forEach((d, i) => { if (i < 7) out.push(L('依诺肝素钠注射液', d, 1), L('皮下注射', d, 1)); out.push(L('塞来昔布胶囊', d, 2)); if (i >= 1) out.push(L('运动疗法', d, 1)); });
      days.slice(2, 5).forEach(d => { inf(d, 1); out.push(L('注射用头孢呋辛钠', d, 3)); }); out.push(L('换药(中)', add(op, 2), 1)); } break;
    case 'chemo': dx = ['Z51.100', 'C34.900']; px.push({ code: '99.2500', date: add(adm, 1) });
      labsIn(adm); out.push(L('肿瘤标志物(CEA)测定', adm, 1), L('常规心电图检查', adm, 1));
      { const d1 = add(adm, 1); inf(d1, 3); out.push(L('注射用吉西他滨', d1, 2), L('顺铂注射液', d1, 4), L('化疗药物配置', d1, 2), L('盐酸昂丹司琼注射液', d1, 2), L('氯化钠注射液', d1, 3));
        if (los > 2) { const d8 = add(adm, 2); inf(d8, 1); out.push(L('盐酸昂丹司琼注射液', d8, 1), L('氯化钠注射液', d8, 1)); } } break;
    case 'hf': dx = ['I50.900', 'I10.x00x002', 'I25.103'];
      labsIn(adm); out.push(L('B型钠尿肽(BNP)测定', adm, 1), L('心脏彩色多普勒超声', add(adm, 1), 1), L('常规心电图检查', adm, 1), L('胸部X线摄影(正侧位)', adm, 1));
      days.forEach((d, i) => { out.push(L('螺内酯片', d, 1), L('琥珀酸美托洛尔缓释片', d, 1)); if (i < 5) { out.push(L('呋塞米注射液', d, 2), L('静脉注射', d, 2)); } else out.push(L('呋塞米片', d, 1)); if (i > 1) out.push(L('沙库巴曲缬沙坦钠片', d, 2)); });
      break;
    case 'gastro': dx = ['A09.000'];
      out.push(L('血常规(五分类)', adm, 1), L('大便常规+隐血', adm, 1), L('电解质(四项)', adm, 1), L('C反应蛋白测定', adm, 1));
      days.forEach((d, i) => { if (i < 3) { inf(d, 2); out.push(L('葡萄糖氯化钠注射液', d, 2), L('复方氯化钠注射液', d, 1), L('氯化钾注射液', d, 2)); } out.push(L('蒙脱石散', d, 3)); });
      break;
    case 'lowstd': { // 低标准入院: mild chronic complaint, infusions of 活血 injections, physio
      const v = o.variant || pick(['g45', 'm54', 'i25']);
      dx = v === 'g45' ? ['G45.002', 'I10.x00x002'] : v === 'm54' ? ['M54.500'] : ['I25.103', 'I10.x00x002'];
      out.push(L('血常规(五分类)', adm, 1), L('肝功能(全套)', adm, 1), L('肾功能(三项)', adm, 1), L('血脂(四项)', adm, 1), L('常规心电图检查', adm, 1));
      if (v === 'g45') out.push(L('颈部血管彩色多普勒超声', add(adm, 1), 1)); if (v === 'm54') out.push(L('腰椎X线摄影', adm, 1)); if (v === 'i25') out.push(L('心脏彩色多普勒超声', add(adm, 1), 1));
      const inj = v === 'g45' ? '银杏叶提取物注射液' : v === 'i25' ? '丹参注射液' : null;
      days.forEach(d => { if (inj) { inf(d, 1); out.push(L(inj, d, v === 'i25' ? 4 : 2), L('氯化钠注射液', d, 1)); } if (v === 'm54') out.push(L('针灸', d, 1), L('推拿治疗', d, 1)); });
      break; }
    case 'icu': { dx = ['A41.900', 'R57.200', 'J96.000', 'J18.900']; px.push({ code: '96.7200', date: adm }, { code: '96.0400', date: adm });
      out.length = 0; // ICU bed, 重症监护 by the hour, no graded nursing
      for (const d of days) out.push(L('监护病房床位费', d, 1), L('住院诊查费', d, 1), L('重症监护', d, 24), L('有创呼吸机辅助呼吸', d, 22), L('注射用亚胺培南西司他丁钠', d, 4), L('人血白蛋白', d, 2), L('连续性血液净化(CRRT)', d, 20), L('血气分析', d, 2), L('氯化钠注射液', d, 4));
      out.push(L('一次性气管插管', adm, 1), L('一次性呼吸机管路', adm, 1), L('深静脉穿刺置管术', adm, 1), L('降钙素原测定', adm, 1), L('细菌培养及药敏', adm, 2));
      break; }
    default: throw new Error(kind);
  }
  if (o.dischargeMeds) for (const [n, q] of o.dischargeMeds) out.push(L(n, dis, q));
  return { lines: out, dx, px, dis };
}
const DEPT = { pneumonia: 'respiratory', copd: 'respiratory', stroke: 'neurology', ami: 'cardiology', chole: 'general_surgery', hernia: 'general_surgery', cataract: 'ophthalmology', tka: 'orthopaedics', chemo: 'oncology', hf: 'cardiology', gastro: 'internal_medicine', lowstd: 'internal_medicine', icu: 'icu' };
const MINLVL = { ami: 3, tka: 3, chemo: 2, cataract: 2, chole: 2, icu: 3, stroke: 2, lowstd: 2, hf: 1 };
function hospFor(region, kind, lvl) { const need = Math.max(MINLVL[kind] || 1, lvl || 1); return pick(need === 3 ? H[region].l3 : need === 2 ? (rnd() < 0.5 ? H[region].l2 : H[region].l3) : pick([H[region].l1, H[region].l2, H[region].l3])); }
function stay(m, kind, adm, los, o = {}) {
  const hid = o.hid || hospFor(m.region, kind, o.level); const lvl = HOSP[hid].level;
  const s = stayLines(kind, adm, los, lvl, o);
  const dept = o.dept || DEPT[kind];
  const extra = Object.assign({ admissionRoute: o.route || (['ami', 'stroke', 'icu'].includes(kind) ? 'emergency' : 'outpatient'), dischargeMode: o.dischargeMode || 'ordered' }, o.extra || {});
  const lines = (o.pre || []).concat(s.lines).concat(o.post || []);
  return claim({ m, hid, dept, doctor: o.doctor, vt: 'inpatient', adm, dis: s.dis, dx: o.dx || s.dx, px: s.px, lines, settle: o.settle, extra, fundMode: o.fundMode });
}
// outpatient / chronic / pharmacy visits
const consultFor = (doc, lvl) => doc.title === '主任医师' && lvl >= 2 ? '主任医师门诊诊察费' : doc.title === '副主任医师' && lvl >= 2 ? '副主任医师门诊诊察费' : '普通门诊诊察费';
const OPT = {
  uri: { dept: 'internal_medicine', dx: ['J06.900'], f: (d) => [L('血常规(五分类)', d, 1), L('连花清瘟胶囊', d, 24), L('对乙酰氨基酚片', d, 6)] },
  bronch: { dept: 'respiratory', dx: ['J20.900'], f: (d) => [L('血常规(五分类)', d, 1), L('C反应蛋白测定', d, 1), L('阿莫西林胶囊', d, 36), L('盐酸氨溴索片', d, 18)] },
  gastritis: { dept: 'gastroenterology', dx: ['K29.700'], f: (d) => [L('奥美拉唑肠溶胶囊', d, 28), L('铝碳酸镁咀嚼片', d, 42)] },
  backpain: { dept: 'rehabilitation', dx: ['M54.500'], f: (d) => [L('针灸', d, 1), L('推拿治疗', d, 1), L('塞来昔布胶囊', d, 14)] },
  tcm: { dept: 'tcm', dx: ['M54.500'], f: (d) => [L('普通针刺', d, 1), L('拔罐疗法', d, 2), L('推拿治疗', d, 1)] },
  er: { dept: 'emergency', dx: ['R10.100'], f: (d) => [L('急诊诊察费', d, 1), L('血常规(五分类)', d, 1), L('腹部B超', d, 1), L('电解质(四项)', d, 1), L('静脉输液(第一组)', d, 1), L('一次性使用输液器', d, 1), L('葡萄糖氯化钠注射液', d, 1)] , noConsult: true },
  skin: { dept: 'dermatology', dx: ['L30.900'], f: (d) => [L('丁酸氢化可的松乳膏', d, 2), L('氯雷他定片', d, 14)] },
};
function visit(m, kind, d, o = {}) {
  const t = OPT[kind]; const hid = o.hid || pick(H[m.region][o.lvl ? ('l' + o.lvl) : pick(['l1', 'l2', 'l3'])]); const lvl = HOSP[hid].level;
  const doc = o.doctor || docFor(hid, o.dept || t.dept); const lines = (t.noConsult ? [] : [L(consultFor(doc, lvl), d, 1)]).concat(o.lines || t.f(d));
  return claim({ m, hid, dept: o.dept || t.dept, doctor: doc, vt: 'outpatient', visit: d, dx: o.dx || t.dx, lines, settle: o.settle, fundMode: o.fundMode });
}
// chronic refill: set of drugs × days
const CHRONIC = {
  htn: { dx: ['I10.x00x002'], drugs: [['苯磺酸氨氯地平片', 1], ['厄贝沙坦片', 1]] },
  dm: { dx: ['E11.900', 'I10.x00x002'], drugs: [['盐酸二甲双胍片', 3], ['格列美脲片', 1], ['苯磺酸氨氯地平片', 1]] },
  chd: { dx: ['I25.103', 'I10.x00x002'], drugs: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['单硝酸异山梨酯缓释片', 1], ['酒石酸美托洛尔片', 2]] },
  copd: { dx: ['J44.900'], drugs: [['噻托溴铵粉吸入剂', 0.035], ['盐酸氨溴索片', 3]] },
  t1dm: { dx: ['E10.900'], drugs: [['门冬胰岛素注射液', 0.2], ['甘精胰岛素注射液', 0.1], ['血糖试纸', 3]] },
};
function refill(m, kind, d, days, o = {}) {
  const t = CHRONIC[kind]; const vt = o.vt || 'chronic';
  const hid = o.hid || (vt === 'pharmacy' ? pick(H[m.region].ph) : pick(H[m.region][pick(['l1', 'l2', 'l3'])])); const lvl = HOSP[hid].level;
  const doc = o.doctor || docFor(hid, vt === 'pharmacy' ? 'pharmacy' : 'internal_medicine');
  const lines = [];
  if (vt === 'chronic') lines.push(L('门诊慢特病管理诊查费', d, 1)); else if (vt === 'outpatient') lines.push(L(consultFor(doc, lvl), d, 1));
  if (kind === 'dm' && vt !== 'pharmacy' && o.lab !== false) lines.push(L('糖化血红蛋白测定', d, 1));
  const lp = days > 30;
  for (const [n, per] of t.drugs) { const q = Math.max(1, Math.ceil(per * days)); const l = L(n, d, q); if (lp && CAT[K(n)].category === 'drug') l.longPrescription = true; lines.push(l); }
  return claim({ m, hid, dept: vt === 'pharmacy' ? 'pharmacy' : 'internal_medicine', doctor: doc, vt, visit: d, dx: o.dx || t.dx, lines, settle: o.settle });
}
function dialysis(m, d, hid) {
  return claim({ m, hid, dept: 'nephrology', vt: 'chronic', visit: d, dx: ['N18.500'], lines: [L('门诊慢特病管理诊查费', d, 1), L('血液透析', d, 1), L('透析器', d, 1), L('一次性使用血液透析管路', d, 1), L('重组人促红素注射液', d, 1)] });
}

// ---------- cases ----------
const LABELS = []; let caseSeq = 0;
const NAMES = {
  T01: '出院后日期的项目 (items dated after discharge, 虚记)', T02: '跨年分解住院 (one stay split into two claims at the new year)',
  T03: '出院推迟跨年重置年度限额 (discharge pushed into the next year, fund over the year\'s cap)', T04: '年底冲量 低标准入院 (December surge of low-standard admissions at one institution)',
  T05: '跨年重叠长处方 (overlapping long prescriptions across the year end)', T06: '待遇等待期规避 (care inside the waiting period re-dated after it)',
  T07: '集采后仍按旧价 (集采 items billed at the old price after the new one applies)', T08: '目录调整前囤药 超量开药 (year-end stockpiling beyond 12 weeks)',
  T09: '住院期间门诊重复收费 (outpatient claim inside an inpatient stay across the year end)', T10: '春节闭诊日就诊 (visits dated on Spring Festival closure days)',
  T11: '迟报批次改期重复 (late batch: a January visit cloned and re-dated into December)', T12: '年底冒名就医 (December care on another member\'s card)',
  T13: '跨年挂床 (holiday days in a stay with no care)', T14: '入院前门诊检查重复计入住院 (pre-admission outpatient tests billed again in the stay)',
  T15: '超限定支付天数 (限定支付 period of a drug exceeded in a stay across the year end)',
  C01: '跨年住院一次结算', C02: '入院前检查在允许窗口内', C03: '出院当日带药', C04: '春节前提前取药', C05: '12月12周长处方', C06: '参保自1月1日起',
  C07: '晚参保但等待期已过', C08: '新生儿免等待期', C09: '12月真实急诊住院', C10: '12月择期手术 完整诊疗', C11: '迟报的真实住院', C12: '春节急诊',
  C13: '春节期间透析', C14: '1月因不同疾病再入院', C15: '跨年计划化疗周期', C16: '跨年住院节假日持续治疗', C17: '出院次日门诊复查', C18: '集采产品按新价',
  C19: '限价内最高价', C20: '限定支付天数用足未超', C21: '12月达年度限额 正确封顶', C22: '年轻参保人真实慢病', C23: '更换机构续方无重叠', C24: '急诊当日转住院',
  R: 'routine',
};
function label(code, claims, targets, mutated) {
  const kind = code === 'R' ? 'routine' : code[0] === 'T' ? 'fraud' : 'control';
  const l = { caseId: `B76-${String(++caseSeq).padStart(4, '0')}`, kind, code, name: NAMES[code], claimIds: claims.map(c => c.claimId), targets: (targets || claims).map(c => c.claimId), mutatedLines: mutated || {} };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  LABELS.push(l);
}
const careful = (i) => i >= 8; // cases 8..14 of each typology are the careful versions (no obvious tells)
const R = () => pick(REGIONS);
const decDay = () => `2025-12-${String(ri(1, 20)).padStart(2, '0')}`;

// T01 items after discharge
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(45, 80), region: R() }); const kind = pick(['pneumonia', 'copd', 'chole', 'hf']); const los = ri(6, 9); const adm = add('2025-12-20', ri(0, 9));
  const dis = add(adm, los); const post = careful(i)
    ? [L('换药(小)', add(dis, 1), 1), L('血常规(五分类)', add(dis, 1), 1)]
    : [L('普通病房床位费(三人间)', add(dis, 1), 1), L('Ⅱ级护理', add(dis, 1), 1), L('静脉输液(第一组)', add(dis, 2), 1), L('注射用头孢呋辛钠', add(dis, 2), 3), L('胸部CT平扫', add(dis, 3), 1)];
  const c = stay(m, kind, adm, los, { post });
  label('T01', [c], [c], { [c.claimId]: lineIdsWhere(c, it => it.date > dis) });
}
// T02 stay split at the new year
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(55, 85), region: R() }); const kind = pick(['pneumonia', 'copd', 'hf', 'stroke']); const adm = add('2025-12-31', -ri(4, 8));
  const hid = hospFor(m.region, kind); const doc = docFor(hid, DEPT[kind]);
  const a = stay(m, kind, adm, diff(adm, '2025-12-31'), { hid, doctor: doc });
  const adm2 = careful(i) ? add('2026-01-01', ri(1, 2)) : '2026-01-01';
  const b = stay(m, kind, adm2, ri(4, 7), { hid, doctor: careful(i) && i % 2 ? docFor(hid, DEPT[kind]) : doc, dx: a.diagnoses.map(d => d.code), route: 'outpatient' });
  label('T02', [a, b], [a, b], {});
}
// T03 / C21 annual cap: ICU history in 2025, then a December stay
function capMember() {
  const m = member({ age: ri(50, 70), ins: 'employee', region: pick(['220100', '230100', '220200']) });
  const h3 = H[m.region].l3[0]; const hist = [stay(m, 'icu', `2025-0${ri(3, 4)}-0${ri(1, 9)}`, ri(25, 28), { hid: h3 }), stay(m, 'icu', `2025-0${ri(6, 7)}-1${ri(0, 5)}`, ri(25, 28), { hid: h3 }), stay(m, 'icu', `2025-10-0${ri(1, 5)}`, ri(25, 28), { hid: h3 })];
  return { m, hist, h3 };
}
for (let i = 0; i < 15; i++) {
  const { m, hist, h3 } = capMember(); const adm = add('2025-12-12', ri(0, 6)); const realLos = ri(9, 12); const realDis = add(adm, realLos); const fakeDis = add('2026-01-01', ri(1, careful(i) ? 2 : 5));
  const tail = []; for (let d = realDis; d < fakeDis; d = add(d, 1)) tail.push(L('普通病房床位费(三人间)', d, 1), L('Ⅱ级护理', d, 1), L('住院诊查费', d, 1));
  if (!careful(i)) for (let d = realDis; d < fakeDis; d = add(d, 1)) tail.push(L('阿莫西林克拉维酸钾片', d, 2));
  const c = stay(m, 'pneumonia', adm, realLos, { hid: h3, post: tail, fundMode: { capYear: 2026 } });
  c.dischargeDate = fakeDis;
  label('T03', hist.concat([c]), [c], { [c.claimId]: lineIdsWhere(c, it => it.date >= realDis) });
}
// T04 年底冲量 at one institution
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(50, 78), region: '370100' }); const adm = add('2025-12-01', ri(0, 24)); const los = careful(i) ? ri(6, 9) : ri(4, 6);
  const c = stay(m, 'lowstd', adm, los, { hid: SURGE, variant: careful(i) ? pick(['g45', 'i25']) : pick(['m54', 'g45', 'i25']), nurse: 'Ⅲ级护理' });
  label('T04', [c], [c], {});
}
// T05 overlapping long prescriptions across the year end
for (let i = 0; i < 15; i++) {
  const kind = pick(['htn', 'dm', 'chd']); const m = member({ age: ri(55, 80), region: R(), chronic: CHRONIC[kind].dx.map(x => x.slice(0, 3)) });
  const d1 = add('2025-12-15', ri(0, 12)); const a = refill(m, kind, d1, careful(i) ? 56 : 84, { hid: pick(H[m.region].l2) });
  const d2 = add(d1, careful(i) ? ri(18, 28) : ri(8, 15)); const b = refill(m, kind, d2, careful(i) ? 56 : 84, { hid: careful(i) ? pick(H[m.region].ph) : pick(H[m.region].l3), vt: careful(i) ? 'pharmacy' : 'chronic' });
  label('T05', [a, b], [b], { [b.claimId]: lineIdsWhere(b, it => it.category === 'drug') });
}
// T06 waiting period: resident enrolled outside the concentrated period
for (let i = 0; i < 15; i++) {
  const enr = add('2025-09-01', ri(0, 40)); const m = member({ age: ri(30, 70), ins: 'resident', region: pick(['220100', '230100', '370100', '510100']), enrolledOn: enr, enrollment: { inConcentratedPeriod: false, continuousYears: 0, enrolledOn: enr } });
  const end = add(enr, 90); const kind = pick(['chole', 'hernia', 'pneumonia', 'gastro']);
  let c;
  if (!careful(i) && i < 5) { c = stay(m, kind, add(end, -ri(5, 20)), ri(4, 7)); label('T06', [c], [c], {}); continue; }
  const realAdm = add(end, -ri(1, 3)); const adm = add(end, ri(0, 1)); // re-dated to just after the waiting period
  const pre = [L('血常规(五分类)', realAdm, 1), L('腹部B超', realAdm, 1), L('电解质(四项)', realAdm, 1)];
  if (!careful(i)) pre.push(L('普通病房床位费(三人间)', realAdm, 1), L('Ⅱ级护理', realAdm, 1));
  c = stay(m, kind, adm, ri(4, 7), { pre });
  label('T06', [c], [c], { [c.claimId]: lineIdsWhere(c, it => it.date < adm) });
}
// T07 集采 item billed at the old price in 2026
for (let i = 0; i < 15; i++) {
  const f = careful(i) ? 1 + ri(12, 30) / 100 : ri(18, 35) / 10; const m = member({ age: ri(55, 80), region: R() }); const adm = add('2026-01-05', ri(0, 40)); const v = i % 3;
  let c;
  if (v === 0) c = stay(m, 'ami', adm, ri(5, 7), { stentPrice: Math.round(750 * f) });
  else if (v === 1) c = stay(m, 'cataract', adm, 2, { iolPrice: Math.round(1200 * f) });
  else c = stay(m, 'tka', adm, ri(8, 10), { kneePrice: Math.round(5600 * Math.min(f, 1.6)) });
  const nm = ['冠状动脉药物洗脱支架', '人工晶状体', '膝关节假体(全膝)'][v];
  label('T07', [c], [c], { [c.claimId]: lineIdsWhere(c, it => it.name === nm) });
}
// T08 year-end stockpiling beyond 12 weeks on one prescription
for (let i = 0; i < 15; i++) {
  const kind = pick(['htn', 'dm', 'chd']); const m = member({ age: ri(58, 82), region: R(), chronic: CHRONIC[kind].dx.map(x => x.slice(0, 3)) });
  const c = refill(m, kind, add('2025-12-18', ri(0, 12)), careful(i) ? ri(105, 126) : ri(168, 200), { vt: i % 4 === 3 ? 'outpatient' : 'chronic' });
  label('T08', [c], [c], { [c.claimId]: lineIdsWhere(c, it => it.category === 'drug') });
}
// T09 outpatient claim inside an inpatient stay across the year end
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(50, 82), region: R() }); const kind = pick(['pneumonia', 'hf', 'copd']); const adm = add('2025-12-31', -ri(2, 6)); const los = ri(8, 11);
  const hid = hospFor(m.region, kind, 2); const c = stay(m, kind, adm, los, { hid });
  const d = add(adm, ri(2, los - 2)); let o;
  if (!careful(i)) o = visit(m, 'bronch', d, { hid, lines: [L('胸部CT平扫', d, 1), L('血常规(五分类)', d, 1), L('肝功能(全套)', d, 1)], dx: c.diagnoses.slice(0, 1).map(x => x.code) });
  else { const dc = docFor(hid, 'internal_medicine'); o = claim({ m, hid, dept: 'internal_medicine', doctor: dc, vt: 'outpatient', visit: d, dx: ['I10.x00x002'], lines: [L(consultFor(dc, HOSP[hid].level), d, 1), L('苯磺酸氨氯地平片', d, 28), L('厄贝沙坦片', d, 28)] }); }
  label('T09', [c, o], [o], {});
}
// T10 Spring Festival closure days (2026: 除夕 02-16, 初一 02-17, 初二 02-18)
for (let i = 0; i < 15; i++) {
  const hid = HOLIDAY_CLINICS[i % 3]; const m = member({ age: ri(40, 80), region: HOSP[hid].region, ins: i % 3 ? 'resident' : undefined }); const d = pick(['2026-02-16', '2026-02-17', '2026-02-18']);
  const c = careful(i) ? visit(m, 'gastritis', d, { hid }) : visit(m, 'tcm', d, { hid });
  label('T10', [c], [c], {});
}
// T11 late batch: a January visit cloned and re-dated into December, settled in March
for (let i = 0; i < 15; i++) {
  const hid = LATE_CLINICS[i % 2]; const m = member({ age: ri(40, 80), region: HOSP[hid].region, ins: i % 3 ? 'resident' : undefined }); const kind = pick(['backpain', 'gastritis', 'bronch']);
  const d1 = add('2026-01-05', ri(0, 20)); const doc = docFor(hid, OPT[kind].dept); const a = visit(m, kind, d1, { hid, doctor: doc });
  const d0 = careful(i) ? add('2025-12-10', ri(0, 20)) : `2025-12-${d1.slice(8)}`;
  const lines = a.items.map(it => { const r = it._row; const l = L(r.name, d0, careful(i) && r.category === 'drug' ? Math.max(1, it.quantity - 2) : it.quantity); return l; });
  const b = visit(m, kind, d0, { hid, doctor: doc, lines: lines.slice(1), settle: add('2026-03-02', ri(0, 6)) });
  label('T11', [a, b], [b], {});
}
// T12 冒名: a young member's card carries an elderly patient's December care
for (let i = 0; i < 15; i++) {
  const g = careful(i) ? pick(['M', 'F']) : 'F'; const m = member({ age: ri(22, 34), gender: g, region: R() }); const hist = [visit(m, 'uri', add('2025-06-01', ri(0, 60)))];
  const d = add('2025-12-08', ri(0, 18)); let c;
  if (!careful(i)) c = claim({ m, hid: pick(H[m.region].ph), dept: 'pharmacy', vt: 'pharmacy', visit: d, dx: ['N40.x00', 'I10.x00x002'], lines: [L('盐酸坦索罗辛缓释胶囊', d, 28), L('非那雄胺片', d, 28), L('苯磺酸氨氯地平片', d, 28)] });
  else { const hid = pick(H[m.region].l2); c = claim({ m, hid, dept: 'cardiology', vt: 'outpatient', visit: d, dx: ['I25.103', 'E11.900'], lines: [L(consultFor(docFor(hid, 'cardiology'), 2), d, 1), L('硫酸氢氯吡格雷片', d, 28), L('阿托伐他汀钙片', d, 28), L('单硝酸异山梨酯缓释片', d, 28), L('盐酸二甲双胍片', d, 84), L('阿卡波糖片', d, 84)] }); }
  label('T12', hist.concat([c]), [c], {});
}
// T13 跨年挂床: holiday days with bed/nursing only
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(45, 80), region: R() }); const adm = add('2025-12-29', -ri(0, 3)); const los = ri(8, 11); const hid = pick(H[m.region][pick(['l1', 'l2'])]);
  const v = HOSP[hid].level >= 2 ? pick(['g45', 'm54']) : 'm54'; const empty = careful(i) ? ['2026-01-01', '2026-01-02'] : ['2025-12-31', '2026-01-01', '2026-01-02', '2026-01-03'];
  const c = stay(m, 'lowstd', adm, los, { hid, variant: v });
  c.items = c.items.filter(it => !empty.includes(it.date) || ['bed', 'nursing', 'consult'].includes(it._row.subcategory)); c.items.forEach((it, k) => it.lineId = String(k + 1));
  label('T13', [c], [c], { [c.claimId]: lineIdsWhere(c, it => empty.includes(it.date)) });
}
// T14 pre-admission outpatient tests billed again inside the stay
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(40, 78), region: R() }); const kind = pick(['chole', 'hernia', 'tka']); const adm = add('2025-12-26', ri(0, 12)); const hid = hospFor(m.region, kind, 2);
  const od = add(adm, -ri(1, 3)); const tests = careful(i) ? ['胸部CT平扫', '术前八项(感染筛查)'] : ['胸部CT平扫', '术前八项(感染筛查)', '凝血四项', '常规心电图检查', '肝功能(全套)'];
  const o = visit(m, 'bronch', od, { hid, dept: DEPT[kind], dx: kind === 'tka' ? ['M17.100'] : kind === 'chole' ? ['K80.100'] : ['K40.900'], lines: tests.map(t => L(t, od, 1)) });
  const dup = tests.filter(t => !(kind !== 'tka' && ['术前八项(感染筛查)', '凝血四项', '常规心电图检查', '肝功能(全套)'].includes(t)) && !(kind === 'tka' && ['凝血四项', '术前八项(感染筛查)', '常规心电图检查'].includes(t)));
  const c = stay(m, kind, adm, kind === 'tka' ? 9 : 4, { hid, pre: dup.map(t => L(t, adm, 1)) });
  const dupSet = new Set(tests); const ids = []; const seen = {};
  for (const it of c.items) if (dupSet.has(it.name) && it.date === adm && !seen[it.name]) { seen[it.name] = 1; ids.push(it.lineId); }
  label('T14', [o, c], [c], { [c.claimId]: ids });
}
// T15 限定支付 days exceeded (依达拉奉 14 days) in a stroke stay across the year end
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(55, 85), region: R() }); const adm = add('2025-12-24', ri(0, 5)); const ed = careful(i) ? ri(15, 16) : ri(18, 21); const los = ed + ri(1, 3);
  const c = stay(m, 'stroke', adm, los, { edaravoneDays: ed });
  const lim = add(adm, 14); label('T15', [c], [c], { [c.claimId]: lineIdsWhere(c, it => it.name === '依达拉奉注射液' && it.date >= lim) });
}

// ---------- controls ----------
const ctl = (code, claims) => label(code, claims, claims, {});
for (let i = 0; i < 15; i++) { // C01
  const m = member({ age: ri(55, 85), region: R() }); const kind = pick(['pneumonia', 'copd', 'hf', 'stroke']); const adm = add('2025-12-31', -ri(3, 8));
  ctl('C01', [stay(m, kind, adm, ri(9, 13))]);
}
for (let i = 0; i < 15; i++) { // C02 pre-admission tests inside the window, billed once, in the stay
  const m = member({ age: ri(40, 78), region: R() }); const kind = pick(['chole', 'hernia', 'cataract']); const adm = add('2025-12-22', ri(0, 20)); const pd = add(adm, -ri(1, 5));
  ctl('C02', [stay(m, kind, adm, kind === 'cataract' ? 2 : 4, { pre: [L('胸部CT平扫', pd, 1), L('乙肝五项定量', pd, 1), L('尿常规', pd, 1)] })]);
}
for (let i = 0; i < 15; i++) { // C03 discharge meds on the discharge day
  const m = member({ age: ri(50, 80), region: R() }); const kind = pick(['pneumonia', 'hf', 'chole']); const adm = add('2025-12-20', ri(0, 14));
  const meds = kind === 'pneumonia' ? [['阿莫西林克拉维酸钾片', 21], ['盐酸氨溴索片', 21]] : kind === 'hf' ? [['呋塞米片', 28], ['螺内酯片', 28], ['沙库巴曲缬沙坦钠片', 28]] : [['熊去氧胆酸胶囊', 21]];
  ctl('C03', [stay(m, kind, adm, ri(6, 9), { dischargeMeds: meds })]);
}
for (let i = 0; i < 15; i++) { // C04 early refill before the Spring Festival holiday
  const kind = pick(['htn', 'dm', 'chd']); const m = member({ age: ri(58, 82), region: R(), chronic: CHRONIC[kind].dx.map(x => x.slice(0, 3)) });
  const hid = pick(H[m.region].l2); const d1 = add('2025-11-20', ri(0, 8)); const a = refill(m, kind, d1, 84, { hid }); const due = add(d1, 84);
  const d2 = add('2026-02-06', ri(0, 8)); const b = refill(m, kind, d2 < due ? d2 : add(due, -7), 84, { hid });
  ctl('C04', [a, b]);
}
for (let i = 0; i < 15; i++) { // C05 12-week long prescription in December
  const kind = pick(['htn', 'dm', 'chd']); const m = member({ age: ri(58, 82), region: R(), chronic: CHRONIC[kind].dx.map(x => x.slice(0, 3)) });
  const a = refill(m, kind, add('2025-09-10', ri(0, 10)), 84); ctl('C05', [a, refill(m, kind, add(a.visitDate, ri(80, 86)), 84, { hid: a.provider.hospitalId })]);
}
for (let i = 0; i < 15; i++) { // C06 insurance starts on 1 January 2026
  const ins = i % 2 ? 'employee' : 'resident'; const m = member({ age: ri(22, 60), ins, region: R(), enrolledOn: '2026-01-01', continuousYears: 0, enrollment: { enrolledOn: '2026-01-01', continuousYears: 0, inConcentratedPeriod: true, contributionYears: ins === 'employee' ? 1 : 0 } });
  const d = add('2026-01-01', ri(1, 6));
  ctl('C06', [i % 3 === 0 ? stay(m, pick(['gastro', 'pneumonia']), d, ri(4, 6)) : visit(m, pick(['uri', 'bronch', 'gastritis']), d)]);
}
for (let i = 0; i < 15; i++) { // C07 late enrolment, care after the waiting period ended
  const enr = add('2025-07-01', ri(0, 40)); const m = member({ age: ri(30, 70), ins: 'resident', region: pick(['220100', '230100', '370100', '510100']), enrolledOn: enr, enrollment: { inConcentratedPeriod: false, continuousYears: 0, enrolledOn: enr } });
  const adm = add(enr, 90 + ri(25, 80)); const kind = pick(['chole', 'hernia', 'pneumonia', 'gastro']);
  ctl('C07', [stay(m, kind, adm, ri(4, 7), { pre: i % 2 ? [L('血常规(五分类)', add(adm, -1), 1)] : [] })]);
}
for (let i = 0; i < 15; i++) { // C08 newborn enrolled within 90 days: no waiting period
  const reg = pick(['220100', '230100', '370100', '510100']); const birth = add('2025-12-20', ri(0, 20)); const adm = add(birth, ri(3, 8));
  const m = member({ age: 0, birth, ins: 'resident', region: reg, birthWeightGrams: ri(2600, 3800), enrolledOn: add(birth, ri(1, 2)), continuousYears: 0, enrollment: { enrolledOn: add(birth, ri(1, 2)), continuousYears: 0, inConcentratedPeriod: false, special: 'newborn' } });
  m.enrollment.enrolledOn = add(birth, 2); const hid = pick(H[reg].l3); const los = ri(4, 6);
  const lines = []; for (const d of daysOf(adm, los)) lines.push(L('新生儿床位费', d, 1), L('新生儿护理', d, 1), L('住院诊查费', d, 1), L('新生儿蓝光治疗', d, 12));
  lines.push(L('血常规(五分类)', adm, 1), L('肝功能(全套)', adm, 1), L('血型鉴定(ABO+Rh)', adm, 1), L('肝功能(全套)', add(adm, 2), 1));
  ctl('C08', [claim({ m, hid, dept: 'neonatology', vt: 'inpatient', adm, dis: add(adm, los), dx: ['P59.900'], lines, extra: { admissionRoute: 'outpatient', dischargeMode: 'ordered' } })]);
}
for (let i = 0; i < 15; i++) { // C09 December real emergency (some at the surge institution)
  const atSurge = i < 5; const m = member({ age: ri(50, 85), region: atSurge ? '370100' : R() }); const adm = decDay();
  const kind = atSurge ? pick(['stroke', 'hf']) : pick(['ami', 'stroke', 'hf']); ctl('C09', [stay(m, kind, adm, ri(7, 11), { hid: atSurge ? SURGE : undefined, route: 'emergency' })]);
}
for (let i = 0; i < 15; i++) { // C10 December elective surgery, complete care
  const m = member({ age: ri(50, 80), region: R() }); const k = pick(['cataract', 'hernia', 'chole', 'tka']); ctl('C10', [stay(m, k, decDay(), { cataract: 2, hernia: ri(3, 4), chole: ri(4, 6), tka: ri(8, 10) }[k])]);
}
for (let i = 0; i < 15; i++) { // C11 late claim for a real stay (settled months later)
  const m = member({ age: ri(40, 85), region: R() }); const adm = add('2025-11-05', ri(0, 40));
  ctl('C11', [stay(m, pick(['pneumonia', 'gastro', 'hernia', 'chole']), adm, ri(4, 8), { settle: add('2026-03-01', ri(0, 9)) })]);
}
for (let i = 0; i < 15; i++) { // C12 Spring Festival emergency visit
  const m = member({ age: ri(5, 85), region: R() }); const d = pick(['2026-02-16', '2026-02-17', '2026-02-18']);
  ctl('C12', [visit(m, 'er', d, { hid: pick(H[m.region][pick(['l2', 'l3'])]), dx: [pick(['R10.100', 'K29.100x001', 'A09.000'])] })]);
}
for (let i = 0; i < 15; i++) { // C13 dialysis through the Spring Festival (thrice weekly)
  const m = member({ age: ri(40, 80), region: R(), chronic: ['N18'] }); const hid = pick(H[m.region].l3.concat(H[m.region].l2)); const st = add('2026-02-10', ri(0, 1));
  const cs = []; for (let k = 0; k < 5; k++) cs.push(dialysis(m, add(st, k * 2 + (k >= 3 ? 1 : 0)), hid)); ctl('C13', cs);
}
for (let i = 0; i < 15; i++) { // C14 January readmission for a different condition
  const m = member({ age: ri(55, 85), region: R() }); const a = stay(m, pick(['pneumonia', 'copd']), add('2025-12-31', -ri(8, 12)), ri(6, 8));
  const b = stay(m, pick(['chole', 'hernia', 'cataract', 'gastro']), add(a.dischargeDate, ri(9, 20)), ri(2, 4)); ctl('C14', [a, b]);
}
for (let i = 0; i < 15; i++) { // C15 planned chemotherapy cycles across the year end (21-day cycle)
  const m = member({ age: ri(45, 75), region: R() }); const hid = pick(H[m.region].l3); const doc = docFor(hid, 'oncology'); const d1 = add('2025-12-05', ri(0, 10));
  const cs = [stay(m, 'chemo', d1, 3, { hid, doctor: doc }), stay(m, 'chemo', add(d1, 21), 3, { hid, doctor: doc })]; ctl('C15', cs);
}
for (let i = 0; i < 15; i++) { // C16 stay across the holiday with daily care
  const m = member({ age: ri(60, 88), region: R() }); ctl('C16', [stay(m, pick(['copd', 'stroke', 'hf']), add('2025-12-29', -ri(0, 3)), ri(9, 12))]);
}
for (let i = 0; i < 15; i++) { // C17 follow-up visit the day after discharge
  const m = member({ age: ri(40, 80), region: R() }); const kind = pick(['chole', 'hernia']); const hid = hospFor(m.region, kind, 2); const a = stay(m, kind, add('2025-12-26', ri(0, 8)), 3, { hid });
  const d = add(a.dischargeDate, 1); const b = visit(m, 'backpain', d, { hid, dept: 'general_surgery', dx: ['Z48.000'], lines: [L('换药(小)', d, 1), L('一次性使用换药包', d, 1)] }); ctl('C17', [a, b]);
}
for (let i = 0; i < 15; i++) { // C18 集采 items at the current price in 2026
  const m = member({ age: ri(55, 80), region: R() }); const adm = add('2026-01-05', ri(0, 40)); const v = i % 3;
  ctl('C18', [v === 0 ? stay(m, 'ami', adm, ri(5, 7)) : v === 1 ? stay(m, 'cataract', adm, 2, { iolPrice: 1150 }) : stay(m, 'tka', adm, ri(8, 10), { kneePrice: 5400 })]);
}
for (let i = 0; i < 15; i++) { // C19 at the level's cap (level 3 prices), December
  const m = member({ age: ri(55, 80), region: R() }); const v = i % 3;
  ctl('C19', [stay(m, ['ami', 'cataract', 'tka'][v], decDay(), [6, 2, 9][v], { level: 3 })]);
}
for (let i = 0; i < 15; i++) { // C20 限定支付 days used exactly, stay across the year end
  const m = member({ age: ri(55, 85), region: R() }); ctl('C20', [stay(m, 'stroke', add('2025-12-24', ri(0, 5)), ri(15, 18), { edaravoneDays: 14 })]);
}
for (let i = 0; i < 15; i++) { // C21 annual cap reached in December, fund capped correctly
  const { m, hist, h3 } = capMember(); const adm = add('2025-12-10', ri(0, 12)); ctl('C21', hist.concat([stay(m, 'pneumonia', adm, ri(8, 12), { hid: h3 })]));
}
for (let i = 0; i < 15; i++) { // C22 young member with a genuine chronic disease
  const m = member({ age: ri(14, 34), region: pick(['370100', '370200']), chronic: ['E10'] }); const hid = pick(H[m.region].l3); const d1 = add('2025-10-10', ri(0, 20));
  ctl('C22', [refill(m, 't1dm', d1, 30, { hid, dx: ['E10.900'] }), refill(m, 't1dm', add(d1, 30), 30, { hid, dx: ['E10.900'] }), refill(m, 't1dm', add(d1, 60), 30, { hid, dx: ['E10.900'] })]);
}
for (let i = 0; i < 15; i++) { // C23 moved to a community clinic: refills follow on without overlap
  const kind = pick(['htn', 'dm', 'chd']); const m = member({ age: ri(58, 82), region: R(), chronic: CHRONIC[kind].dx.map(x => x.slice(0, 3)) });
  const d1 = add('2025-10-20', ri(0, 15)); const a = refill(m, kind, d1, 56, { hid: pick(H[m.region].l3) }); const b = refill(m, kind, add(d1, ri(53, 56)), 56, { hid: pick(H[m.region].l1) });
  ctl('C23', [a, b]);
}
for (let i = 0; i < 15; i++) { // C24 emergency visit, admitted the same day across the year end
  const m = member({ age: ri(50, 85), region: R() }); const kind = pick(['stroke', 'ami', 'hf']); const adm = add('2025-12-30', ri(0, 3)); const hid = hospFor(m.region, kind, 2);
  const e = claim({ m, hid, dept: 'emergency', vt: 'outpatient', visit: adm, dx: [kind === 'stroke' ? 'R51.x00' : 'R07.400'], lines: [L('急诊诊察费', adm, 1), L('常规心电图检查', adm, 1), L('血糖监测(快速)', adm, 1)] });
  ctl('C24', [e, stay(m, kind, adm, ri(6, 9), { hid, route: 'emergency' })]);
}
// ---------- routine ----------
for (let i = 0; i < 100; i++) {
  const r = i % 10; const m = member({ region: R() }); const d = add('2025-10-01', ri(0, 130)); let c;
  if (r < 4) c = visit(m, pick(['uri', 'bronch', 'gastritis', 'backpain', 'skin']), d);
  else if (r < 6) { const k = pick(['htn', 'dm', 'chd']); m.enrollment.chronicDiseases = CHRONIC[k].dx.map(x => x.slice(0, 3)); c = refill(m, k, d, 28, { vt: r === 5 ? 'pharmacy' : 'chronic' }); }
  else if (r === 6) c = claim({ m, hid: pick(H[m.region].ph), dept: 'pharmacy', vt: 'pharmacy', visit: d, dx: ['J06.900'], lines: [L('连花清瘟胶囊', d, 24), L('氯雷他定片', d, 6)] });
  else c = stay(m, pick(['pneumonia', 'gastro', 'hernia', 'chole', 'cataract', 'hf']), d, ri(3, 8));
  label('R', [c], [c], {});
}

// ---------- settle, amounts, output ----------
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._ord - b._ord));
for (const c of CLAIMS) settleAmounts(c);
let groups = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const drg = g.drg || (g.grouping && g.grouping.drg) || (g.result && g.result.drg); if (g.claimId) groups[g.claimId] = drg; }
const out = CLAIMS.map(c => {
  if (c.reportedGroup && groups[c.claimId]) c.reportedGroup.drg = groups[c.claimId];
  const o = {}; for (const k of Object.keys(c)) if (k[0] !== '_') o[k] = c[k];
  o.items = c.items.map(it => { const x = {}; for (const k of Object.keys(it)) if (k[0] !== '_') x[k] = it[k]; return x; });
  return JSON.stringify(o);
});
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1));
console.error(`claims ${CLAIMS.length}, cases ${LABELS.length}`);
