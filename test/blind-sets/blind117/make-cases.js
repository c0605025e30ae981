#!/usr/bin/env node
// blind117 generator: organised fraud and member identity. node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'), path = require('path');
const argv = process.argv.slice(2); const OUT = argv[0]; if (!OUT) throw new Error('usage: make-cases.js <outdir>');
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base115/rules/catalogue'); const GROUPS = opt('--groups', null);
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
const DX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/diagnoses.json', 'utf8'));
const PX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/procedures.json', 'utf8'));
// ---- seeded RNG (mulberry32), seed 1170117
let s = 1170117 >>> 0; const rnd = () => { s = (s + 0x6D2B79F5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1)); const pick = (a) => a[Math.floor(rnd() * a.length)];
// ---- catalogue
const ROW = {};
for (const f of fs.readdirSync(CAT)) if (/^(services|drugs|consumables).*\.json$/.test(f)) { const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')); for (const r of j.rows || []) ROW[r.code] = r; }
const byName = {}; for (const r of Object.values(ROW)) if (!byName[r.name]) byName[r.name] = r;
const R = (name) => { const r = byName[name]; if (!r) throw new Error('no row ' + name); return r; };
// ---- dates
const D = (iso) => new Date(iso + 'T00:00:00Z'); const iso = (d) => d.toISOString().slice(0, 10);
const add = (x, n) => { const d = D(x); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const days = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const ageOn = (birth, on) => { const b = D(birth), o = D(on); let a = o.getUTCFullYear() - b.getUTCFullYear(); if (o.getUTCMonth() < b.getUTCMonth() || (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate())) a--; return a; };
const fen = (y) => Math.round(y * 100); const yuan = (f) => Math.round(f) / 100;
// ---- regions & institutions
const REG = {
  '510100': { name: '成都', h: [['H51010001', 3, 'public'], ['H51010002', 2, 'public'], ['H51010003', 1, 'community'], ['H51010004', 2, 'private'], ['H51010005', 1, 'clinic'], ['H51010006', 1, 'pharmacy']] },
  '370100': { name: '济南', h: [['H37010001', 3, 'public'], ['H37010002', 2, 'public'], ['H37010003', 1, 'community'], ['H37010004', 2, 'private'], ['H37010005', 1, 'clinic'], ['H37010006', 1, 'pharmacy']] },
  '220100': { name: '长春', h: [['H22010001', 3, 'public'], ['H22010002', 2, 'public'], ['H22010003', 1, 'community'], ['H22010004', 1, 'private'], ['H22010005', 1, 'clinic'], ['H22010006', 1, 'pharmacy']] },
};
const inst = (reg, kind) => { const h = REG[reg].h.find(x => x[2] === kind); return { id: h[0], level: h[1], kind }; };
const doc = (hid, dept, n) => 'D' + hid.slice(1, 3) + hid.slice(-2) + ({ internal: '1', respiratory: '2', geriatrics: '3', rehabilitation: '4', orthopaedics: '5', gastro: '6', general: '7', gynaecology: '8', urology: '9', emergency: '0', pharmacy: 'P', neurology: 'N', endocrinology: 'E', paediatrics: 'K' })[dept] + String(n).padStart(2, '0');
// ---- members
let memberSeq = 0;
function member(o) {
  memberSeq++; const id = 'P117' + String(memberSeq).padStart(6, '0');
  const age = o.age; const y = 2025 - age - 1 + (rnd() < 0.5 ? 1 : 0);
  const birth = o.birth || `${2025 - age - 1}-${String(ri(6, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const scheme = o.scheme || (age >= 18 && age < 60 && rnd() < 0.6 ? 'employee' : (age >= 60 && rnd() < 0.45 ? 'employee' : 'resident'));
  const retired = scheme === 'employee' && age >= (o.gender === 'M' ? 60 : 55);
  return { id, gender: o.gender, birth, scheme, retired, chronic: o.chronic || null };
}
// ---- claim building
let claimSeq = 0; const CLAIMS = [];
function newClaim(m, reg, h, dept, doctorId, vt, diags, dates, extra = {}) {
  claimSeq++;
  const c = { claimId: `${reg}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`, region: reg, insuranceType: m.scheme, visitType: vt,
    patient: { insuredId: m.id, gender: m.gender, birthDate: m.birth, retired: m.retired },
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: 8, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: m.scheme === 'employee' ? Math.min(35, Math.max(1, ageOn(m.birth, '2025-01-01') - 20)) : 0, special: null },
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId },
    diagnoses: diags.map((d, i) => { if (!DX[d]) throw new Error('dx ' + d); return i === 0 ? { code: d, principal: true } : { code: d }; }),
    procedures: [], items: [], amounts: null };
  if (m.chronic) c.enrollment.chronicDiseases = m.chronic;
  if (vt === 'inpatient') { c.admissionDate = dates[0]; c.dischargeDate = dates[1]; c.reportedGroup = { drg: null, dip: null }; c.admissionRoute = extra.route || 'outpatient'; c.dischargeMode = extra.mode || 'ordered'; if (extra.from) c.transferFromHospitalId = extra.from; }
  else c.visitDate = dates[0];
  if (extra.insuredRegion) c.insuredRegion = extra.insuredRegion;
  c._m = m; c._h = h; c._fraud = [];
  CLAIMS.push(c); return c;
}
function bill(c, name, date, qty, o = {}) {
  const r = R(name); const code = r.products ? r.products[0] : r.code;
  const level = c._h.level; let price = o.price != null ? o.price : r.priceCap[level];
  if (o.discount) price = Math.round(price * o.discount * 100) / 100;
  const lineId = String(c.items.length + 1);
  const it = { lineId, code, name: r.name, category: r.category, date, quantity: qty, unitPrice: price, amount: yuan(fen(price) * qty) };
  if (o.long) it.longPrescription = true;
  c.items.push(it); it._row = r;
  // formal limits
  const errs = [];
  const setting = c.visitType === 'inpatient' ? 'inpatient' : 'outpatient';
  if (r.setting && r.setting !== setting) errs.push('setting');
  if (r.minLevel && level < r.minLevel) errs.push('minLevel');
  if (r.gender && r.gender !== c.patient.gender) errs.push('gender');
  const age = ageOn(c.patient.birthDate, date);
  if (r.ageMin != null && age < r.ageMin) errs.push('ageMin'); if (r.ageMax != null && age > r.ageMax) errs.push('ageMax');
  if (r.indications && !c.diagnoses.some(d => r.indications.some(p => d.code.startsWith(p)))) errs.push('indications');
  if (r.maxPerDay != null) { const q = c.items.filter(x => x.code === code && x.date === date).reduce((a, x) => a + x.quantity, 0); if (q > r.maxPerDay) errs.push('maxPerDay'); }
  if (r.maxDays != null && !o.long) { const n = new Set(c.items.filter(x => x.code === code).map(x => x.date)).size; if (n > r.maxDays) errs.push('maxDays'); }
  if (price > r.priceCap[level] + 1e-9) errs.push('price');
  if (c.visitType === 'inpatient' && (date < c.admissionDate || date > c.dischargeDate)) errs.push('date-outside-stay');
  if (errs.length && !o.fraud) throw new Error(`limit ${errs} ${r.name} on ${c.claimId}`);
  if (o.fraud) c._fraud.push(lineId);
  return it;
}
function proc(c, code, date) { if (!PX[code]) throw new Error('px ' + code); c.procedures.push({ code, date }); }
// daily ward habits: bed, 住院诊查费, nursing per night (not the discharge day)
function ward(c, o = {}) {
  const n = days(c.admissionDate, c.dischargeDate);
  for (let i = 0; i < n; i++) { const d = add(c.admissionDate, i);
    bill(c, o.bed || '普通病房床位费(三人间)', d, 1); bill(c, '住院诊查费', d, 1); bill(c, o.nursing || 'Ⅱ级护理', d, 1); }
  return n;
}
const admLabs = (c, d, extra = []) => { bill(c, '静脉采血', d, 1); for (const x of ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', ...extra]) bill(c, x, d, 1); };
// ---- care templates (inpatient)
const T = {
  pneumonia(c, o = {}) { const n = ward(c); const a = c.admissionDate; admLabs(c, a, ['C反应蛋白测定', '痰细菌培养及鉴定']); bill(c, c._h.level >= 2 ? '胸部CT平扫' : '数字化X线摄影(DR)(胸部)', a, 1); bill(c, '常规心电图检查', a, 1);
    for (let i = 0; i < Math.min(n, 10); i++) { const d = add(a, i); bill(c, '注射用头孢曲松钠', d, 2); bill(c, '氯化钠注射液', d, 2); bill(c, '静脉输液(第一组)', d, 1); bill(c, '静脉输液(每增加一组)', d, 1); if (i < 5) bill(c, '雾化吸入', d, 2); }
    if (n >= 4) { bill(c, '静脉采血', add(a, 3), 1); bill(c, '血常规(五分类)', add(a, 3), 1); bill(c, 'C反应蛋白测定', add(a, 3), 1); } },
  copd(c) { const n = ward(c); const a = c.admissionDate; admLabs(c, a, ['C反应蛋白测定']); bill(c, '血气分析', a, 1); bill(c, '动脉穿刺(采血)', a, 1); bill(c, c._h.level >= 2 ? '胸部CT平扫' : '数字化X线摄影(DR)(胸部)', a, 1);
    for (let i = 0; i < n; i++) { const d = add(a, i); if (i < 7) { bill(c, '左氧氟沙星氯化钠注射液', d, 1); bill(c, '静脉输液(第一组)', d, 1); } bill(c, '雾化吸入', d, 2); bill(c, '吸氧', d, 12); } },
  gastro(c, dx) { const n = ward(c); const a = c.admissionDate; admLabs(c, a, ['大便常规+隐血', 'C反应蛋白测定']);
    for (let i = 0; i < n; i++) { const d = add(a, i); bill(c, '葡萄糖氯化钠注射液', d, 2); bill(c, '复方氯化钠注射液', d, 1); bill(c, '氯化钾注射液', d, 2); bill(c, '静脉输液(第一组)', d, 1); bill(c, '静脉输液(每增加一组)', d, 2); bill(c, '蒙脱石散', d, 3); }
    bill(c, '静脉采血', add(a, 1), 1); bill(c, '电解质(四项)', add(a, 1), 1); },
  flu(c) { const n = ward(c); const a = c.admissionDate; admLabs(c, a, ['C反应蛋白测定']); bill(c, '数字化X线摄影(DR)(胸部)', a, 1);
    for (let i = 0; i < n; i++) { const d = add(a, i); if (i < 5) bill(c, '磷酸奥司他韦胶囊', d, 2); bill(c, '对乙酰氨基酚片', d, 2); bill(c, '氯化钠注射液', d, 1); bill(c, '葡萄糖注射液', d, 1); bill(c, '静脉输液(第一组)', d, 1); bill(c, '静脉输液(每增加一组)', d, 1); } },
  fracture(c) { const n = ward(c, { nursing: 'Ⅰ级护理' }); const a = c.admissionDate; const op = add(a, 1);
    admLabs(c, a, ['凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)']); bill(c, '数字化X线摄影(DR)(四肢)', a, 1); bill(c, '常规心电图检查', a, 1); bill(c, '数字化X线摄影(DR)(胸部)', a, 1);
    bill(c, '骨折切开复位内固定术', op, 1); proc(c, '79.3600x013', op); bill(c, '全身麻醉', op, 2); bill(c, '丙泊酚中/长链脂肪乳注射液', op, 2); bill(c, '枸橼酸芬太尼注射液', op, 2); bill(c, '注射用头孢呋辛钠', op, 2);
    for (let i = 0; i < n; i++) { const d = add(a, i); bill(c, '氯化钠注射液', d, 2); bill(c, '静脉输液(第一组)', d, 1); if (i >= 2) bill(c, '换药(中)', d, 1); if (i >= 1 && i <= 3) bill(c, '注射用头孢呋辛钠', d, i === 1 ? 2 : 2); if (i >= 1) bill(c, '低分子量肝素钙注射液', d, 1); bill(c, '布洛芬缓释胶囊', d, 2); }
    bill(c, '数字化X线摄影(DR)(四肢)', add(a, 3), 1); },
  concussion(c) { const n = ward(c); const a = c.admissionDate; admLabs(c, a); bill(c, '头颅CT平扫', a, 1); bill(c, '常规心电图检查', a, 1); bill(c, '换药(小)', a, 1);
    for (let i = 0; i < n; i++) { const d = add(a, i); bill(c, '无创血压监测', d, 6); bill(c, '对乙酰氨基酚片', d, 2); } },
  stroke_rehab(c) { const n = ward(c); const a = c.admissionDate; admLabs(c, a, ['血脂(四项)', '凝血四项']); bill(c, '康复评定', a, 1); bill(c, '日常生活能力评定', a, 1);
    for (let i = 0; i < n; i++) { const d = add(a, i); if (i >= 1) { bill(c, '偏瘫肢体综合训练', d, 1); bill(c, '作业疗法', d, 1); bill(c, '针灸', d, 1); if (i % 2) bill(c, '中频脉冲电治疗', d, 1); }
      bill(c, '阿司匹林肠溶片', d, 1); bill(c, '阿托伐他汀钙片', d, 1); bill(c, '苯磺酸氨氯地平片', d, 1); if (i && i % 7 === 0) bill(c, '康复评定', d, 1); } },
  backpain(c) { const n = ward(c); const a = c.admissionDate; admLabs(c, a); bill(c, c._h.level >= 2 ? '腰椎MRI平扫' : '数字化X线摄影(DR)(腰椎)', a, 1);
    for (let i = 0; i < n; i++) { const d = add(a, i); bill(c, '牵引(腰椎牵引)', d, 1); bill(c, '中频脉冲电治疗', d, 1); bill(c, '针灸', d, 1); bill(c, '红外线治疗', d, 2); bill(c, '双氯芬酸钠缓释片', d, 1); } },
  diabetes(c) { const n = ward(c); const a = c.admissionDate; admLabs(c, a, ['糖化血红蛋白测定', '血脂(四项)']); bill(c, '眼底检查', add(a, 1), 1); bill(c, '颈部血管彩色多普勒超声', add(a, 1), 1);
    for (let i = 0; i < n; i++) { const d = add(a, i); bill(c, '血糖监测(快速)', d, 7); bill(c, '生物合成人胰岛素注射液', d, 1); bill(c, '皮下注射', d, 3); bill(c, '盐酸二甲双胍片', d, 3); } },
  // 体检式住院: check-up tests only
  checkup(c, careful) { ward(c, { nursing: 'Ⅲ级护理' }); const a = c.admissionDate; const d1 = add(a, 1);
    admLabs(c, a, ['血脂(四项)', '空腹血糖测定', '大便常规+隐血', '甲状腺功能(三项)', '肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定']);
    bill(c, '常规心电图检查', a, 1); bill(c, '胸部CT平扫', a, 1); bill(c, '心脏彩色多普勒超声', d1, 1); bill(c, '颈部血管彩色多普勒超声', d1, 1); bill(c, '腹部B超', d1, 1); bill(c, '甲状腺彩超', d1, 1);
    if (c._h.level >= 2) bill(c, '头颅MRI平扫', add(a, 2), 1); bill(c, '骨密度测定(双能X线)', add(a, 2), 1); bill(c, '动态心电图(24小时)', add(a, 2), 1);
    if (careful) { const n = days(a, c.dischargeDate); for (let i = 0; i < n; i++) bill(c, '苯磺酸氨氯地平片', add(a, i), 1); } },
  // 挂床: thin bill
  thin(c, careful) { const n = ward(c, { nursing: 'Ⅲ级护理' }); const a = c.admissionDate; bill(c, '静脉采血', a, 1); bill(c, '血常规(五分类)', a, 1);
    if (careful) { bill(c, '肝功能(全套)', a, 1); bill(c, '常规心电图检查', a, 1); for (let i = 0; i < n; i += 3) bill(c, '苯磺酸氨氯地平片', add(a, i), 3); } },
};
// outpatient visit
function opVisit(c, kind, o = {}) { const d = c.visitDate; const lvl = c._h.level;
  if (c.visitType === 'pharmacy') return;
  if (c.visitType === 'chronic') bill(c, '门诊慢特病管理诊查费', d, 1); else bill(c, lvl === 1 ? '一般诊疗费' : '普通门诊诊察费', d, 1);
  const k = { uri() { bill(c, '阿莫西林胶囊', d, 18); bill(c, '对乙酰氨基酚片', d, 6); },
    uriLab() { bill(c, '静脉采血', d, 1); bill(c, '血常规(五分类)', d, 1); bill(c, '阿莫西林胶囊', d, 18); bill(c, '对乙酰氨基酚片', d, 6); },
    flu() { bill(c, '静脉采血', d, 1); bill(c, '血常规(五分类)', d, 1); bill(c, '磷酸奥司他韦胶囊', d, 10); bill(c, '对乙酰氨基酚片', d, 6); },
    htn() { bill(c, '苯磺酸氨氯地平片', d, o.days || 28, { long: (o.days || 28) > 30 }); if (o.lab) { bill(c, '静脉采血', d, 1); bill(c, '肾功能(三项)', d, 1); bill(c, '电解质(四项)', d, 1); } },
    dm() { bill(c, '盐酸二甲双胍片', d, 3 * (o.days || 28), { long: (o.days || 28) > 30 }); bill(c, '阿托伐他汀钙片', d, o.days || 28, { long: (o.days || 28) > 30 }); if (o.lab) { bill(c, '静脉采血', d, 1); bill(c, '空腹血糖测定', d, 1); bill(c, '糖化血红蛋白测定', d, 1); } },
    gastritis() { bill(c, '奥美拉唑肠溶胶囊', d, 14); bill(c, '铝碳酸镁咀嚼片', d, 21); },
    backpain() { bill(c, '双氯芬酸钠缓释片', d, 14); bill(c, '中频脉冲电治疗', d, 1); },
    knee() { bill(c, '数字化X线摄影(DR)(四肢)', d, 1); bill(c, '塞来昔布胶囊', d, 14); },
    none() {} };
  k[kind]();
}
// ---- labels
const LABELS = []; let caseSeq = 0;
function addCase(kind, code, name, claims, variant, targets) {
  caseSeq++; const tg = targets || claims;
  const ml = {}; if (kind === 'fraud') for (const c of tg) if (c._fraud.length) ml[c.claimId] = c._fraud.slice();
  LABELS.push({ caseId: 'B117-' + String(caseSeq).padStart(4, '0'), kind, code, name, claimIds: claims.map(c => c.claimId), targets: tg.map(c => c.claimId), mutatedLines: ml, typology: code, variant });
}
const regs = Object.keys(REG);
const variantOf = (i) => (i % 3 === 2 ? 'careful' : 'overt');
const rdate = (from = '2025-01-06', to = '2025-11-20') => add(from, ri(0, days(from, to)));
// ================= FRAUD =================
// T01 拉人头/诱导住院: village groups bussed to a private hospital, admitted the same days, near-identical bills
for (let g = 0; g < 3; g++) { const reg = regs[g]; const h = inst(reg, 'private'); const a = rdate('2025-03-01', '2025-10-01'); const dr = doc(h.id, 'internal', 1);
  for (let i = 0; i < 5; i++) { const idx = g * 5 + i; const careful = variantOf(idx) === 'careful';
    const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(66, 82), scheme: 'resident' });
    const a2 = careful ? add(a, ri(0, 2)) : a; const len = careful ? ri(6, 9) : 7;
    const c = newClaim(m, reg, h, 'internal', careful ? doc(h.id, 'internal', ri(1, 3)) : dr, 'inpatient', careful ? [pick(['I63.900', 'I25.103', 'I10.x00x002']), 'E78.500'] : ['I63.900', 'I10.x00x002'], [a2, add(a2, len)]);
    ward(c); admLabs(c, a2, ['血脂(四项)']); bill(c, '头颅CT平扫', a2, 1); bill(c, '颈部血管彩色多普勒超声', add(a2, 1), 1);
    for (let k = 0; k < len; k++) { const d = add(a2, k); bill(c, '氯化钠注射液', d, 1); bill(c, '静脉输液(第一组)', d, 1); bill(c, '针灸', d, 1); bill(c, '中频脉冲电治疗', d, 1); bill(c, '阿司匹林肠溶片', d, 1); }
    addCase('fraud', 'T01', '拉人头诱导住院（同村组团同日入院）', [c], careful ? 'careful' : 'overt'); } }
// T02 敬老院集体“住院”: care-home residents all admitted together, identical bills, no acute illness
for (let g = 0; g < 3; g++) { const reg = regs[(g + 1) % 3]; const h = inst(reg, g === 2 ? 'community' : 'private'); const a = rdate('2025-02-01', '2025-10-15'); const dr = doc(h.id, 'geriatrics', 1);
  for (let i = 0; i < 5; i++) { const idx = g * 5 + i; const careful = variantOf(idx) === 'careful';
    const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(75, 92), scheme: 'resident' });
    const c = newClaim(m, reg, h, 'geriatrics', dr, 'inpatient', careful ? [pick(['I69.300', 'I25.103']), 'I10.x00x002'] : ['I69.300', 'I10.x00x002'], [a, add(a, careful ? ri(8, 11) : 10)]);
    ward(c); admLabs(c, a); bill(c, '常规心电图检查', a, 1); const n = days(a, c.dischargeDate);
    for (let k = 0; k < n; k++) { const d = add(a, k); bill(c, '氯化钠注射液', d, 1); bill(c, '静脉输液(第一组)', d, 1); bill(c, '推拿治疗', d, 1); bill(c, '阿司匹林肠溶片', d, 1); }
    addCase('fraud', 'T02', '敬老院集体挂床住院（同日入住同单据）', [c], careful ? 'careful' : 'overt'); } }
// T03 体检式住院 of elderly members
for (let i = 0; i < 15; i++) { const reg = regs[i % 3]; const careful = variantOf(i) === 'careful'; const h = inst(reg, i % 2 ? 'private' : 'public');
  const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(62, 80) }); const a = rdate(); const c = newClaim(m, reg, h, 'geriatrics', doc(h.id, 'geriatrics', ri(1, 3)), 'inpatient', ['I10.x00x002', 'E78.500'], [a, add(a, ri(4, 6))]);
  T.checkup(c, careful); addCase('fraud', 'T03', '体检式住院（只检查无治疗）', [c], variantOf(i)); }
// T04 挂床住院: bed and nursing billed while the member is at home
for (let i = 0; i < 15; i++) { const reg = regs[i % 3]; const careful = variantOf(i) === 'careful'; const h = inst(reg, i % 3 === 1 ? 'community' : 'private');
  const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(58, 84) }); const a = rdate(); const c = newClaim(m, reg, h, 'internal', doc(h.id, 'internal', ri(1, 3)), 'inpatient', [pick(['I25.103', 'I10.x00x002', 'M54.500', 'I69.300'])], [a, add(a, ri(10, 18))]);
  T.thin(c, careful); addCase('fraud', 'T04', '挂床住院（只有床位护理诊查费）', [c], variantOf(i)); }
// T05 集中刷卡: clinic holds members' cards and swipes them all on one day with the same items
for (let g = 0; g < 3; g++) { const reg = regs[g]; const h = inst(reg, 'clinic'); const d = rdate(); const dr = doc(h.id, 'general', 1);
  for (let i = 0; i < 5; i++) { const idx = g * 5 + i; const careful = variantOf(idx) === 'careful'; const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(45, 78), scheme: 'resident' });
    const c = newClaim(m, reg, h, 'general', dr, 'outpatient', [careful ? pick(['J06.900', 'K29.700', 'M54.500']) : 'J06.900'], [d]);
    bill(c, '一般诊疗费', d, 1); 
    bill(c, '静脉采血', d, 1); bill(c, '血常规(五分类)', d, 1); bill(c, 'C反应蛋白测定', d, 1); bill(c, '阿莫西林克拉维酸钾片', d, 18); bill(c, '对乙酰氨基酚片', d, 6);
    addCase('fraud', 'T05', '诊所集中刷卡（同日同医生同处方）', [c], careful ? 'careful' : 'overt'); } }
// T06 冒名就医: another sex billed on the card
for (let i = 0; i < 15; i++) { const reg = regs[i % 3]; const careful = variantOf(i) === 'careful'; const h = inst(reg, i % 2 ? 'public' : 'private');
  const m = member({ gender: 'M', age: ri(28, 50), scheme: 'employee' }); const d = rdate();
  if (!careful) { const c = newClaim(m, reg, h, 'gynaecology', doc(h.id, 'gynaecology', ri(1, 2)), 'outpatient', ['N76.000'], [d]);
    opVisit(c, 'none'); bill(c, '妇科B超', d, 1, { fraud: true }); bill(c, '宫颈液基细胞学检查(TCT)', d, 1, { fraud: true }); bill(c, '奥硝唑片', d, 14);
    addCase('fraud', 'T06', '冒名就医（男性参保人妇科项目）', [c], 'overt'); }
  else { const c = newClaim(m, reg, h, 'gynaecology', doc(h.id, 'gynaecology', ri(1, 2)), 'outpatient', ['N76.000'], [d]);
    opVisit(c, 'none'); bill(c, '静脉采血', d, 1); bill(c, '血常规(五分类)', d, 1); bill(c, '奥硝唑片', d, 14);
    addCase('fraud', 'T06', '冒名就医（男性参保人女性诊断）', [c], 'careful'); } }
// T07 冒名就医: an age that does not fit (child card for adult care, elderly card for obstetric care)
for (let i = 0; i < 15; i++) { const reg = regs[i % 3]; const careful = variantOf(i) === 'careful'; const h = inst(reg, 'public'); const d = rdate();
  if (!careful) { const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(4, 9), scheme: 'resident' }); const c = newClaim(m, reg, h, 'internal', doc(h.id, 'internal', ri(1, 3)), 'outpatient', ['J18.900'], [d]);
    opVisit(c, 'none'); bill(c, '数字化X线摄影(DR)(胸部)', d, 1); bill(c, '左氧氟沙星片', d, 7, { fraud: true }); bill(c, '盐酸莫西沙星氯化钠注射液', d, 1, { fraud: true });
    addCase('fraud', 'T07', '冒名就医（儿童卡开成人处方）', [c], 'overt'); }
  else { const m = member({ gender: 'F', age: ri(72, 84), scheme: 'resident' }); const c = newClaim(m, reg, h, 'gynaecology', doc(h.id, 'gynaecology', ri(1, 2)), 'outpatient', ['Z34.900'], [d]);
    opVisit(c, 'none'); bill(c, '产科B超', d, 1); bill(c, '胎心监护', d, 1); bill(c, '人绒毛膜促性腺激素(β-HCG)测定', d, 1);
    addCase('fraud', 'T07', '冒名就医（七旬参保人产检）', [c], 'careful'); } }
// T08 one card used at two institutions far apart on the same day
for (let i = 0; i < 15; i++) { const careful = variantOf(i) === 'careful'; const r1 = regs[i % 3], r2 = regs[(i + 1) % 3]; const d = rdate();
  const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(50, 75), scheme: 'employee', chronic: ['I10'] });
  const h1 = inst(r1, 'community'); const c1 = newClaim(m, r1, h1, 'internal', doc(h1.id, 'internal', 1), 'chronic', ['I10.x00x002'], [d]); opVisit(c1, 'htn', { days: 28 });
  const h2 = inst(r2, careful ? 'pharmacy' : 'public'); const c2 = newClaim(m, r2, h2, careful ? 'pharmacy' : 'internal', doc(h2.id, careful ? 'pharmacy' : 'internal', 1), careful ? 'pharmacy' : 'outpatient', [careful ? 'E11.900' : 'K29.700'], [d], { insuredRegion: r1 });
  if (careful) { bill(c2, '达格列净片', d, 28); bill(c2, '磷酸西格列汀片', d, 28); } else { opVisit(c2, 'gastritis'); bill(c2, '胃镜检查', d, 1); }
  addCase('fraud', 'T08', '一卡同日两地使用', [c1, c2], variantOf(i), [c2]); }
// T09 card used elsewhere during a stay (the stay is fictitious; the member is at home)
for (let i = 0; i < 15; i++) { const careful = variantOf(i) === 'careful'; const reg = regs[i % 3]; const h = inst(reg, 'private'); const a = rdate('2025-02-01', '2025-10-30');
  const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(55, 78), scheme: 'employee', chronic: ['E11'] });
  const c = newClaim(m, reg, h, 'internal', doc(h.id, 'internal', ri(1, 3)), 'inpatient', ['I25.103', 'E11.900'], [a, add(a, 9)]); ward(c); admLabs(c, a, ['心肌酶谱']); bill(c, '常规心电图检查', a, 1);
  for (let k = 0; k < 9; k++) { const d = add(a, k); bill(c, '单硝酸异山梨酯缓释片', d, 2); bill(c, '阿司匹林肠溶片', d, 1); bill(c, '氯化钠注射液', d, 1); bill(c, '静脉输液(第一组)', d, 1); }
  const d2 = add(a, ri(3, 6)); const h2 = inst(reg, careful ? 'pharmacy' : 'community');
  const c2 = newClaim(m, reg, h2, careful ? 'pharmacy' : 'internal', doc(h2.id, careful ? 'pharmacy' : 'internal', 1), careful ? 'pharmacy' : 'chronic', ['E11.900'], [d2]);
  if (careful) bill(c2, '盐酸二甲双胍片', d2, 84); else opVisit(c2, 'dm', { days: 28, lab: true });
  addCase('fraud', 'T09', '虚构住院（住院期间本人在他处就医购药）', [c, c2], variantOf(i), [c]); }
// T10 claims dated after the member's death (death in hospital recorded earlier)
for (let i = 0; i < 15; i++) { const careful = variantOf(i) === 'careful'; const reg = regs[i % 3]; const h = inst(reg, 'public'); const a = rdate('2025-01-10', '2025-07-30');
  const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(70, 88), scheme: 'employee', chronic: ['I10', 'E11'] });
  const c = newClaim(m, reg, h, 'respiratory', doc(h.id, 'respiratory', ri(1, 3)), 'inpatient', ['J18.900', 'I50.900'], [a, add(a, ri(5, 9))], { route: 'emergency', mode: 'death' }); T.pneumonia(c);
  const d2 = add(c.dischargeDate, careful ? ri(40, 120) : ri(5, 20)); const h2 = inst(reg, careful ? 'pharmacy' : 'community');
  const c2 = newClaim(m, reg, h2, careful ? 'pharmacy' : 'internal', doc(h2.id, careful ? 'pharmacy' : 'internal', 1), careful ? 'pharmacy' : 'chronic', ['I10.x00x002', 'E11.900'], [d2]);
  if (careful) { bill(c2, '苯磺酸氨氯地平片', d2, 28); bill(c2, '盐酸二甲双胍片', d2, 84); } else { opVisit(c2, 'htn', { days: 28 }); bill(c2, '盐酸二甲双胍片', d2, 84); }
  addCase('fraud', 'T10', '死亡后继续刷卡', [c, c2], variantOf(i), [c2]); }
// T11 the same patients readmitted again and again at one private hospital
for (let i = 0; i < 15; i++) { const careful = variantOf(i) === 'careful'; const reg = regs[i % 3]; const h = inst(reg, 'private'); const dr = doc(h.id, 'internal', 2);
  const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(65, 85), scheme: 'resident' }); let a = rdate('2025-01-06', '2025-03-01'); const cl = [];
  for (let k = 0; k < 4; k++) { const c = newClaim(m, reg, h, 'internal', dr, 'inpatient', ['I25.103', 'I10.x00x002'], [a, add(a, 8)]); ward(c); admLabs(c, a, ['心肌酶谱']); bill(c, '常规心电图检查', a, 1);
    for (let j = 0; j < 8; j++) { const d = add(a, j); bill(c, '单硝酸异山梨酯缓释片', d, 2); bill(c, '氯化钠注射液', d, 1); bill(c, '静脉输液(第一组)', d, 1); bill(c, '针灸', d, 1); }
    cl.push(c); a = add(c.dischargeDate, careful ? ri(17, 25) : ri(6, 12)); }
  addCase('fraud', 'T11', '私立医院同一患者反复住院', cl, variantOf(i), cl.slice(1)); }
// T12 a doctor whose patients all carry the same diagnosis and the same bill
for (let g = 0; g < 3; g++) { const reg = regs[g]; const h = inst(reg, 'private'); const dr = doc(h.id, 'rehabilitation', 9);
  for (let i = 0; i < 5; i++) { const idx = g * 5 + i; const careful = variantOf(idx) === 'careful'; const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(40, 75) });
    const a = rdate(); const c = newClaim(m, reg, h, 'rehabilitation', dr, 'inpatient', ['M54.500'], [a, add(a, careful ? ri(8, 11) : 10)]); T.backpain(c);
    addCase('fraud', 'T12', '医生名下患者同诊断同单据', [c], careful ? 'careful' : 'overt'); } }
// T13 two overlapping stays of one member at two hospitals
for (let i = 0; i < 15; i++) { const careful = variantOf(i) === 'careful'; const r1 = regs[i % 3], r2 = careful ? regs[i % 3] : regs[(i + 2) % 3]; const a = rdate('2025-01-10', '2025-10-20');
  const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(55, 80), scheme: 'employee' });
  const h1 = inst(r1, 'public'); const c1 = newClaim(m, r1, h1, 'respiratory', doc(h1.id, 'respiratory', 1), 'inpatient', ['J44.100'], [a, add(a, 8)]); T.copd(c1);
  const a2 = add(a, ri(2, 4)); const h2 = inst(r2, 'private'); const c2 = newClaim(m, r2, h2, 'internal', doc(h2.id, 'internal', 1), 'inpatient', ['I63.900', 'I10.x00x002'], [a2, add(a2, 7)], { insuredRegion: r1 === r2 ? undefined : r1 });
  ward(c2); admLabs(c2, a2); bill(c2, '头颅CT平扫', a2, 1); for (let k = 0; k < 7; k++) { const d = add(a2, k); bill(c2, '阿司匹林肠溶片', d, 1); bill(c2, '阿托伐他汀钙片', d, 1); bill(c2, '针灸', d, 1); }
  addCase('fraud', 'T13', '同一参保人同期两院住院', [c1, c2], variantOf(i), [c2]); }
// T14 recruited cards buying resale drugs at several pharmacies with overlapping supply (药品回流)
for (let i = 0; i < 15; i++) { const careful = variantOf(i) === 'careful'; const reg = regs[i % 3]; const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(55, 75), scheme: 'employee', chronic: ['E11'] });
  let d = rdate('2025-02-01', '2025-08-01'); const cl = [];
  for (let k = 0; k < 5; k++) { const h = k % 2 ? inst(reg, 'pharmacy') : inst(reg, 'community'); const vt = k % 2 ? 'pharmacy' : 'chronic';
    const c = newClaim(m, reg, h, vt === 'pharmacy' ? 'pharmacy' : 'endocrinology', doc(h.id, vt === 'pharmacy' ? 'pharmacy' : 'endocrinology', 1), vt, ['E11.900'], [d]);
    if (vt === 'chronic') bill(c, '门诊慢特病管理诊查费', d, 1); bill(c, '达格列净片', d, careful ? 28 : 56, { long: !careful }); bill(c, '磷酸西格列汀片', d, careful ? 28 : 56, { long: !careful });
    cl.push(c); d = add(d, careful ? ri(8, 12) : ri(4, 7)); }
  addCase('fraud', 'T14', '参保卡药店循环购药回流（重叠供药）', cl, variantOf(i), cl.slice(1)); }
// T15 two cooperating private hospitals passing the same patient back and forth by 转院
for (let i = 0; i < 15; i++) { const careful = variantOf(i) === 'careful'; const reg = regs[i % 3]; const hA = inst(reg, 'private'), hB = inst(reg, 'clinic').level >= 1 ? { id: hA.id.slice(0, 7) + '07', level: 1, kind: 'private' } : null;
  const m = member({ gender: rnd() < 0.5 ? 'M' : 'F', age: ri(68, 86), scheme: 'resident' }); let a = rdate('2025-01-06', '2025-06-01'); const cl = []; let prev = null;
  for (let k = 0; k < 3; k++) { const h = k % 2 ? hB : hA; const c = newClaim(m, reg, h, 'rehabilitation', doc(h.id, 'rehabilitation', 1), 'inpatient', ['I69.300', 'I10.x00x002'], [a, add(a, careful ? 12 : 14)], { route: prev ? 'transfer' : 'outpatient', from: prev ? prev._h.id : undefined, mode: k < 2 ? 'transfer' : 'ordered' });
    T.stroke_rehab(c); cl.push(c); prev = c; a = add(c.dischargeDate, careful ? 1 : 0); }
  addCase('fraud', 'T15', '私立医院间轮转住院（转院接力）', cl, variantOf(i), cl.slice(1)); }
// ================= CONTROLS =================
const CTL = (code, name, fn) => { for (let i = 0; i < 15; i++) { const r = fn(i, regs[i % 3]); addCase('control', code, name, r, r.variant || 'legit'); } };
const mk = (o) => member({ gender: o.g || (rnd() < 0.5 ? 'M' : 'F'), age: o.age, scheme: o.scheme, chronic: o.chronic });
{ const day = {}; CTL('C01', '交通事故群体伤同日入院', (i, reg) => { const g = Math.floor(i / 5); const rr = regs[g]; day[g] = day[g] || rdate(); const h = inst(rr, 'public'); const m = mk({ age: ri(20, 70) }); const a = day[g];
  const frac = i % 2 === 0; const c = newClaim(m, rr, h, frac ? 'orthopaedics' : 'emergency', doc(h.id, frac ? 'orthopaedics' : 'emergency', ri(1, 3)), 'inpatient', frac ? ['S82.200', 'V89.200'] : ['S06.000', 'V89.200'], [a, add(a, frac ? ri(7, 10) : ri(2, 4))], { route: 'emergency' });
  frac ? T.fracture(c) : T.concussion(c); return [c]; }); }
{ const day = {}; CTL('C02', '集体食物中毒同日入院', (i, reg) => { const g = Math.floor(i / 5); const rr = regs[g]; day[g] = day[g] || rdate(); const h = inst(rr, g === 1 ? 'public' : 'public'); const m = mk({ age: ri(18, 55) }); const a = day[g];
  const c = newClaim(m, rr, h, 'gastro', doc(h.id, 'gastro', ri(1, 3)), 'inpatient', ['A05.900'], [a, add(a, ri(2, 4))], { route: 'emergency' }); T.gastro(c); return [c]; }); }
{ const day = {}; CTL('C03', '养老院诺如病毒聚集性疫情', (i, reg) => { const g = Math.floor(i / 5); const rr = regs[g]; day[g] = day[g] || rdate('2025-01-06', '2025-03-20'); const h = inst(rr, 'public'); h.level === 3; const hh = inst(rr, 'public'); const m = mk({ age: ri(76, 93), scheme: 'resident' }); const a = add(day[g], ri(0, 2));
  const c = newClaim(m, rr, inst(rr, 'public'), 'geriatrics', doc(hh.id, 'geriatrics', ri(1, 3)), 'inpatient', ['A08.101', 'E86.x00'], [a, add(a, ri(3, 5))], { route: 'emergency' }); T.gastro(c); return [c]; }); }
{ const day = {}; CTL('C04', '养老院流感聚集住院', (i, reg) => { const g = Math.floor(i / 5); const rr = regs[g]; day[g] = day[g] || rdate('2025-01-06', '2025-02-25'); const m = mk({ age: ri(75, 92), scheme: 'resident' }); const a = add(day[g], ri(0, 3)); const h = inst(rr, 'public');
  const c = newClaim(m, rr, h, 'respiratory', doc(h.id, 'respiratory', ri(1, 3)), 'inpatient', ['J11.100'], [a, add(a, ri(4, 6))], { route: 'emergency' }); T.flu(c); return [c]; }); }
CTL('C05', '家庭成员同日同诊所就诊', (i, reg) => { const h = inst(reg, 'community'); const d = rdate('2025-01-06', '2025-03-15'); const m = mk({ age: ri(30, 65) }); const c = newClaim(m, reg, h, 'general', doc(h.id, 'general', 1), 'outpatient', ['J11.100'], [d]); opVisit(c, 'flu'); const m2 = mk({ age: ri(30, 65) }); const c2 = newClaim(m2, reg, h, 'general', doc(h.id, 'general', 1), 'outpatient', ['J11.100'], [d]); opVisit(c2, 'flu'); return [c, c2]; });
CTL('C06', '双胞胎同日就诊', (i, reg) => { const h = inst(reg, 'public'); const d = rdate(); const age = ri(2, 8); const m = mk({ age }); const m2 = member({ gender: rnd() < 0.5 ? 'M' : 'F', age, birth: m.birth, scheme: 'resident' }); m.scheme = 'resident';
  const cs = [m, m2].map(x => { const c = newClaim(x, reg, h, 'paediatrics', doc(h.id, 'paediatrics', 1), 'outpatient', ['J06.900'], [d]); opVisit(c, 'none'); bill(c, '静脉采血', d, 1); bill(c, '血常规(五分类)', d, 1); bill(c, '小儿对乙酰氨基酚颗粒', d, 6); return c; }); return cs; });
CTL('C07', '高龄老人一年多次合理住院', (i, reg) => { const m = mk({ age: ri(88, 97), scheme: 'resident' }); const h = inst(reg, 'public'); const a1 = rdate('2025-01-06', '2025-02-20');
  const c1 = newClaim(m, reg, h, 'respiratory', doc(h.id, 'respiratory', 1), 'inpatient', ['J18.900'], [a1, add(a1, 8)], { route: 'emergency' }); T.pneumonia(c1);
  const a2 = add(c1.dischargeDate, ri(60, 100)); const c2 = newClaim(m, reg, h, 'orthopaedics', doc(h.id, 'orthopaedics', 1), 'inpatient', ['S06.000', 'W19.x00'], [a2, add(a2, 3)], { route: 'emergency' }); T.concussion(c2);
  const a3 = add(c2.dischargeDate, ri(60, 120)); const c3 = newClaim(m, reg, h, 'gastro', doc(h.id, 'gastro', 1), 'inpatient', ['A09.900', 'E86.x00'], [a3, add(a3, 4)], { route: 'emergency' }); T.gastro(c3); return [c1, c2, c3]; });
CTL('C08', '住院中死亡（费用止于死亡日）', (i, reg) => { const m = mk({ age: ri(72, 92), chronic: null }); const h = inst(reg, 'public'); const a = rdate();
  const c = newClaim(m, reg, h, 'respiratory', doc(h.id, 'respiratory', ri(1, 3)), 'inpatient', ['J18.900', 'I50.900'], [a, add(a, ri(4, 9))], { route: 'emergency', mode: 'death' }); T.pneumonia(c); return [c]; });
CTL('C09', '老年男性前列腺检查', (i, reg) => { const m = mk({ g: 'M', age: ri(58, 80) }); const h = inst(reg, 'public'); const d = rdate(); const c = newClaim(m, reg, h, 'urology', doc(h.id, 'urology', 1), 'outpatient', ['N40.x00'], [d]);
  opVisit(c, 'none'); bill(c, '静脉采血', d, 1); bill(c, '前列腺特异性抗原(PSA)测定', d, 1); bill(c, '泌尿系B超', d, 1); bill(c, '盐酸坦索罗辛缓释胶囊', d, 28); return [c]; });
CTL('C10', '女性妇科超声与宫颈筛查', (i, reg) => { const m = mk({ g: 'F', age: ri(28, 55) }); const h = inst(reg, 'public'); const d = rdate(); const c = newClaim(m, reg, h, 'gynaecology', doc(h.id, 'gynaecology', 1), 'outpatient', ['N76.000'], [d]);
  opVisit(c, 'none'); bill(c, '妇科B超', d, 1); bill(c, '宫颈液基细胞学检查(TCT)', d, 1); bill(c, '奥硝唑片', d, 14); return [c]; });
CTL('C11', '育龄女性早孕检查', (i, reg) => { const m = mk({ g: 'F', age: ri(22, 38) }); const h = inst(reg, 'public'); const d = rdate(); const c = newClaim(m, reg, h, 'gynaecology', doc(h.id, 'gynaecology', 2), 'outpatient', ['Z34.900'], [d]);
  opVisit(c, 'none'); bill(c, '静脉采血', d, 1); bill(c, '人绒毛膜促性腺激素(β-HCG)测定', d, 1); bill(c, '产科B超', d, 1); return [c]; });
CTL('C12', '脑梗死后长期康复住院', (i, reg) => { const m = mk({ age: ri(62, 82) }); const h = inst(reg, i % 2 ? 'public' : 'public'); const hh = REG[reg].h.find(x => x[1] === 2 && x[2] === 'public'); const H = { id: hh[0], level: 2, kind: 'public' }; const a = rdate('2025-01-06', '2025-10-01');
  const c = newClaim(m, reg, H, 'rehabilitation', doc(H.id, 'rehabilitation', ri(1, 3)), 'inpatient', ['I69.300', 'I10.x00x002'], [a, add(a, ri(18, 28))], { route: 'transfer', from: inst(reg, 'public').id }); T.stroke_rehab(c); return [c]; });
CTL('C13', '单位体检自费与同日医保门诊', (i, reg) => { const m = mk({ age: ri(35, 58), scheme: 'employee', chronic: null }); const h = inst(reg, 'public'); const d = rdate();
  const c = newClaim(m, reg, h, 'general', doc(h.id, 'general', 3), 'outpatient', ['Z00.000'], [d]); bill(c, '健康体检套餐', d, 1);
  const c2 = newClaim(m, reg, h, 'internal', doc(h.id, 'internal', 1), 'outpatient', ['I10.x00x002'], [d]); opVisit(c2, 'htn', { days: 14, lab: true }); return [c, c2]; });
{ const day = {}; CTL('C14', '社区慢病门诊繁忙日', (i, reg) => { const g = Math.floor(i / 5); const rr = regs[g]; day[g] = day[g] || rdate(); const h = inst(rr, 'community'); const dm = i % 2 === 0; const m = mk({ age: ri(55, 82), chronic: [dm ? 'E11' : 'I10'] });
  const c = newClaim(m, rr, h, 'internal', doc(h.id, 'internal', ri(1, 3)), 'chronic', [dm ? 'E11.900' : 'I10.x00x002'], [day[g]]); opVisit(c, dm ? 'dm' : 'htn', { days: pick([28, 56, 84]), lab: rnd() < 0.3 }); return [c]; }); }
CTL('C15', '急诊就诊后同日收住院', (i, reg) => { const m = mk({ age: ri(60, 85) }); const h = inst(reg, 'public'); const d = rdate();
  const c1 = newClaim(m, reg, h, 'emergency', doc(h.id, 'emergency', 1), 'outpatient', ['J18.900'], [d]); bill(c1, '急诊诊察费', d, 1); bill(c1, '静脉采血', d, 1); bill(c1, '血常规(五分类)', d, 1); bill(c1, '数字化X线摄影(DR)(胸部)', d, 1);
  const c2 = newClaim(m, reg, h, 'respiratory', doc(h.id, 'respiratory', 1), 'inpatient', ['J18.900'], [d, add(d, ri(6, 9))], { route: 'emergency' }); T.pneumonia(c2); return [c1, c2]; });
CTL('C16', '出院当日药店购药', (i, reg) => { const m = mk({ age: ri(55, 80), scheme: 'employee', chronic: ['I10'] }); const h = inst(reg, 'public'); const a = rdate();
  const c1 = newClaim(m, reg, h, 'respiratory', doc(h.id, 'respiratory', 1), 'inpatient', ['J18.900', 'I10.x00x002'], [a, add(a, ri(6, 8))]); T.pneumonia(c1);
  const ph = inst(reg, 'pharmacy'); const c2 = newClaim(m, reg, ph, 'pharmacy', doc(ph.id, 'pharmacy', 1), 'pharmacy', ['I10.x00x002'], [c1.dischargeDate]); bill(c2, '苯磺酸氨氯地平片', c1.dischargeDate, 28); return [c1, c2]; });
CTL('C17', '新诊断糖尿病住院胰岛素调整', (i, reg) => { const m = mk({ age: ri(45, 75) }); const h = inst(reg, i % 3 === 0 ? 'public' : 'public'); const a = rdate();
  const c = newClaim(m, reg, h, 'endocrinology', doc(h.id, 'endocrinology', ri(1, 2)), 'inpatient', ['E11.900'], [a, add(a, ri(6, 9))]); T.diabetes(c); return [c]; });
CTL('C18', '跌倒后短期留观住院', (i, reg) => { const m = mk({ age: ri(65, 88) }); const h = inst(reg, i % 2 ? 'public' : 'community'); const a = rdate();
  const c = newClaim(m, reg, h, 'emergency', doc(h.id, 'emergency', 1), 'inpatient', ['S06.000', 'W19.x00'], [a, add(a, 2)], { route: 'emergency' }); T.concussion(c); return [c]; });
CTL('C19', '慢阻肺频繁急性加重多次住院', (i, reg) => { const m = mk({ age: ri(66, 84) }); const hh = REG[reg].h.find(x => x[1] === 2 && x[2] === 'public'); const H = { id: hh[0], level: 2, kind: 'public' }; let a = rdate('2025-01-06', '2025-03-01'); const cl = [];
  for (let k = 0; k < 3; k++) { const c = newClaim(m, reg, H, 'respiratory', doc(H.id, 'respiratory', 1), 'inpatient', ['J44.100'], [a, add(a, ri(7, 10))], { route: 'emergency' }); T.copd(c); cl.push(c); a = add(c.dischargeDate, ri(45, 90)); } return cl; });
CTL('C20', '专病门诊医生患者同病种', (i, reg) => { const h = inst(reg, 'public'); const m = mk({ age: ri(40, 78), chronic: ['E11'] }); const d = rdate();
  const c = newClaim(m, reg, h, 'endocrinology', doc(h.id, 'endocrinology', 5), 'chronic', ['E11.900'], [d]); bill(c, '门诊慢特病管理诊查费', d, 1);
  const v = i % 4; if (v === 0) bill(c, '盐酸二甲双胍片', d, 84); if (v === 1) { bill(c, '盐酸二甲双胍片', d, 56); bill(c, '格列美脲片', d, 28); } if (v === 2) { bill(c, '甘精胰岛素注射液', d, 2); bill(c, '盐酸二甲双胍片', d, 84); } if (v === 3) { bill(c, '达格列净片', d, 28); bill(c, '静脉采血', d, 1); bill(c, '糖化血红蛋白测定', d, 1); } return [c]; });
CTL('C21', '二级医院转三级医院手术', (i, reg) => { const m = mk({ age: ri(25, 70) }); const h2 = REG[reg].h.find(x => x[1] === 2 && x[2] === 'public'); const H2 = { id: h2[0], level: 2, kind: 'public' }; const a = rdate();
  const c1 = newClaim(m, reg, H2, 'emergency', doc(H2.id, 'emergency', 1), 'inpatient', ['S82.200'], [a, add(a, 1)], { route: 'emergency', mode: 'transfer' }); ward(c1); admLabs(c1, a); bill(c1, '数字化X线摄影(DR)(四肢)', a, 1); bill(c1, '布洛芬缓释胶囊', a, 2);
  const h3 = inst(reg, 'public'); const c2 = newClaim(m, reg, h3, 'orthopaedics', doc(h3.id, 'orthopaedics', 1), 'inpatient', ['S82.200'], [add(a, 1), add(a, 1 + ri(7, 10))], { route: 'transfer', from: H2.id }); T.fracture(c2); return [c1, c2]; });
CTL('C22', '稳定慢病长处方按期取药', (i, reg) => { const m = mk({ age: ri(55, 80), scheme: 'employee', chronic: ['I10'] }); const h = inst(reg, 'community'); let d = rdate('2025-01-06', '2025-04-01'); const cl = [];
  for (let k = 0; k < 3; k++) { const c = newClaim(m, reg, h, 'internal', doc(h.id, 'internal', 1), 'chronic', ['I10.x00x002'], [d]); opVisit(c, 'htn', { days: 84 }); cl.push(c); d = add(d, ri(80, 86)); } return cl; });
CTL('C23', '儿童用儿童剂型（年龄相符）', (i, reg) => { const m = mk({ age: ri(2, 10), scheme: 'resident' }); const h = inst(reg, i % 2 ? 'public' : 'community'); const d = rdate();
  const c = newClaim(m, reg, h, 'paediatrics', doc(h.id, h.level === 1 ? 'general' : 'paediatrics', 1), 'outpatient', ['J06.900'], [d]); opVisit(c, 'none'); bill(c, '小儿氨酚黄那敏颗粒', d, 9); bill(c, '布洛芬混悬液', d, 1); return [c]; });
CTL('C24', '随子女异地居住老人异地就医住院', (i, reg) => { const home = regs[(i + 1) % 3]; const m = mk({ age: ri(66, 84), scheme: 'resident' }); const h = inst(reg, 'public'); const a = rdate();
  const c = newClaim(m, reg, h, 'respiratory', doc(h.id, 'respiratory', 1), 'inpatient', ['J44.100'], [a, add(a, ri(7, 10))], { route: 'emergency', insuredRegion: home }); T.copd(c); return [c]; });
// ================= ROUTINE =================
for (let i = 0; i < 100; i++) { const reg = regs[i % 3]; const k = i % 10; let cl;
  if (k < 6) { const kinds = [['community', 'J06.900', 'uri', 'outpatient'], ['public', 'K29.700', 'gastritis', 'outpatient'], ['community', 'I10.x00x002', 'htn', 'chronic'], ['public', 'M54.500', 'backpain', 'outpatient'], ['clinic', 'J06.900', 'uriLab', 'outpatient'], ['public', 'M17.900', 'knee', 'outpatient']][k];
    const m = mk({ age: ri(25, 80), chronic: kinds[3] === 'chronic' ? ['I10'] : null }); const h = inst(reg, kinds[0]); const d = rdate(); const c = newClaim(m, reg, h, 'internal', doc(h.id, 'internal', ri(1, 3)), kinds[3], [kinds[1]], [d]); opVisit(c, kinds[2]); cl = [c]; }
  else if (k === 6) { const m = mk({ age: ri(40, 80), scheme: 'employee' }); const h = inst(reg, 'pharmacy'); const d = rdate(); const c = newClaim(m, reg, h, 'pharmacy', doc(h.id, 'pharmacy', 1), 'pharmacy', ['E11.900'], [d]); bill(c, '盐酸二甲双胍片', d, 84); cl = [c]; }
  else { const m = mk({ age: ri(45, 85) }); const h = inst(reg, k === 9 ? 'private' : 'public'); const a = rdate(); const kind = [null, null, null, null, null, null, null, 'pneumonia', 'copd', 'backpain'][k];
    const c = newClaim(m, reg, h, k === 9 ? 'rehabilitation' : 'respiratory', doc(h.id, k === 9 ? 'rehabilitation' : 'respiratory', ri(1, 3)), 'inpatient', [kind === 'pneumonia' ? 'J18.900' : kind === 'copd' ? 'J44.100' : 'M54.500'], [a, add(a, ri(6, 10))]); T[kind](c); cl = [c]; }
  addCase('routine', 'R', '常规就诊', cl, 'routine'); }
// ================= amounts & fund =================
const GR = {}; if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const g = JSON.parse(l); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || (g.group && g.group.drg); if (id) GR[id] = drg || null; }
const vdate = (c) => c.visitType === 'inpatient' ? c.dischargeDate : c.visitDate;
CLAIMS.sort((a, b) => (vdate(a) < vdate(b) ? -1 : vdate(a) > vdate(b) ? 1 : a.claimSeqN - b.claimSeqN));
const used = {};
for (const c of CLAIMS) { let tot = 0, pol = 0; for (const it of c.items) { const a = fen(it.amount); tot += a; pol += Math.round(a * (1 - (it._row.selfPayShare || 0))); }
  const prov = POL.provinces[(c.insuredRegion || c.region).slice(0, 2)]; let sch = JSON.parse(JSON.stringify(prov.schemes[c.insuranceType])); const ov = prov.regions && prov.regions[c.insuredRegion || c.region]; if (ov && ov.schemes && ov.schemes[c.insuranceType]) for (const [k, v] of Object.entries(ov.schemes[c.insuranceType])) Object.assign(sch[k], v);
  const p = sch[c.visitType]; const lv = String(c.provider.level); const key = c.patient.insuredId + '|' + c.visitType; const u = used[key] || (used[key] = { ded: 0, fund: 0 });
  const ratio = (typeof p.ratio === 'object' ? p.ratio[lv] : p.ratio) + (c.patient.retired ? (p.retireeRatioBonus || 0) : 0);
  let dedDue; if (c.visitType === 'inpatient') dedDue = fen(typeof p.deductible === 'object' ? p.deductible[lv] : p.deductible); else dedDue = Math.max(0, fen(p.deductible) - u.ded);
  const over = Math.max(0, pol - dedDue); if (c.visitType !== 'inpatient') u.ded += Math.min(pol, dedDue);
  let fund = Math.floor(over * Math.min(ratio, p.maxRatio || 1)); fund = Math.min(fund, Math.max(0, fen(p.annualFundCap) - u.fund)); u.fund += fund;
  c.amounts = { total: yuan(tot), policy: yuan(pol), fundClaimed: yuan(fund) };
  if (c.visitType === 'inpatient') c.reportedGroup = { drg: GROUPS ? (GR[c.claimId] || null) : null, dip: null };
}
fs.mkdirSync(OUT, { recursive: true });
const clean = (c) => { const o = JSON.parse(JSON.stringify(c, (k, v) => (k.startsWith('_') ? undefined : v))); return o; };
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(c => JSON.stringify(clean(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1));
console.error(`claims ${CLAIMS.length}, cases ${LABELS.length}`);
