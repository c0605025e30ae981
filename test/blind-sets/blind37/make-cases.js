#!/usr/bin/env node
// blind37: generalisation test of core NHSA categories in medical (non-surgical) care.
// Plain Node 20, fixed seed. Usage: node make-cases.js [--groups groups.ndjson] [--n 20]
'use strict';
const fs = require('fs');
const path = require('path');
const HERE = __dirname;
const CAT = JSON.parse(fs.readFileSync(path.join(HERE, 'catalogue-snapshot.json'), 'utf8'));
const args = process.argv.slice(2);
const argv = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const N = Number(argv('--n', 20));
const NROUTINE = Number(argv('--routine', 100));
const groupsFile = argv('--groups', null);
const GROUPS = {};
if (groupsFile) {
  for (const l of fs.readFileSync(groupsFile, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const g = JSON.parse(l);
    const id = g.claimId;
    const drg = g.drg || (g.grouping && g.grouping.drg) || (g.group && g.group.drg) || null;
    if (id) GROUPS[id] = drg;
  }
}

// ---------- rng ----------
let S = 0x37b1d37;
function rnd() { S |= 0; S = (S + 0x6D2B79F5) | 0; let t = Math.imul(S ^ (S >>> 15), 1 | S); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100 + 1e-9) / 100;

// ---------- dates ----------
function addDays(d, n) { const t = new Date(d + 'T00:00:00Z'); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
function diffDays(a, b) { return Math.round((new Date(b + 'T00:00:00Z') - new Date(a + 'T00:00:00Z')) / 86400000); }
function rdate(m0 = 1, m1 = 10) { const m = ri(m0, m1); const d = ri(1, 28); return `2025-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`; }

// ---------- providers ----------
const REGIONS = ['220100', '230100', '370100', '510100', '430100', '410100'];
const HOSP = {};
for (const rg of REGIONS) {
  const L = [];
  let k = 1;
  for (const [lvl, n, kind] of [[3, 2, 'hospital'], [2, 3, 'hospital'], [1, 3, 'township'], [1, 4, 'village'], [1, 3, 'pharmacy']]) {
    for (let j = 0; j < n; j++) {
      const pre = kind === 'pharmacy' ? 'P' : kind === 'village' ? 'V' : 'H';
      L.push({ id: `${pre}${rg}${String(k++).padStart(3, '0')}`, level: lvl, kind, region: rg });
    }
  }
  HOSP[rg] = L;
}
const hosp = (rg, pred) => pick(HOSP[rg].filter(pred));
const H3 = (rg) => hosp(rg, (h) => h.kind === 'hospital' && h.level === 3);
const H2 = (rg) => hosp(rg, (h) => h.kind === 'hospital' && h.level === 2);
const H23 = (rg) => hosp(rg, (h) => h.kind === 'hospital');
const TWN = (rg) => hosp(rg, (h) => h.kind === 'township');
const VIL = (rg) => hosp(rg, (h) => h.kind === 'village');
const PHA = (rg) => hosp(rg, (h) => h.kind === 'pharmacy');
let docSeq = 1;
const DOCS = {};
function doctor(h, dept) { const k = h.id + dept; if (!DOCS[k]) DOCS[k] = [`D${String(docSeq++).padStart(4, '0')}`, `D${String(docSeq++).padStart(4, '0')}`, `D${String(docSeq++).padStart(4, '0')}`]; return pick(DOCS[k]); }

// ---------- members ----------
let memSeq = 1;
function member(o = {}) {
  const age = o.age != null ? o.age : ri(20, 80);
  const gender = o.gender || (chance(0.5) ? 'M' : 'F');
  const by = 2025 - age; const bm = ri(1, 12); const bd = ri(1, 28);
  const insuranceType = o.insuranceType || (age < 18 ? 'resident' : chance(0.55) ? 'employee' : 'resident');
  const retired = insuranceType === 'employee' && age >= (gender === 'M' ? 60 : 55);
  const cy = ri(3, 15);
  const m = {
    insuredId: `P37${String(memSeq++).padStart(6, '0')}`, gender, birthDate: `${by}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}`, retired,
    insuranceType, region: o.region || pick(REGIONS), age,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: Math.min(cy, Math.max(age, 1)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: insuranceType === 'employee' ? Math.max(1, Math.min(35, age - 20)) : 0, special: null },
  };
  if (o.chronic) m.enrollment.chronicDiseases = o.chronic;
  return m;
}
// age at a date must stay >= 0: birth date fixed in 2025-age; for young children keep birth before service date
function child(ageY, o = {}) { const m = member({ ...o, age: ageY, insuranceType: 'resident' }); if (ageY === 0) m.birthDate = '2024-06-15'; return m; }

// ---------- claims ----------
const CLAIMS = []; // {claim, settle, seq}
let claimSeq = 1; let settleSeq = 0;
function newClaim(o) {
  const { mem, h, visitType, dept } = o;
  const id = `${h.region}-${h.id}-2025-${String(claimSeq++).padStart(6, '0')}`;
  const c = {
    claimId: id, region: h.region, insuranceType: mem.insuranceType, visitType,
    patient: { insuredId: mem.insuredId, gender: mem.gender, birthDate: mem.birthDate, retired: mem.retired },
    enrollment: JSON.parse(JSON.stringify(mem.enrollment)),
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: o.doctorId || doctor(h, dept) },
  };
  if (visitType === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered'; }
  else c.visitDate = o.date;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = o.procs || [];
  if (visitType === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = [];
  c._h = h; c._policyAll = false;
  return c;
}
function L(c, name, date, qty, o = {}) {
  const it = CAT[name];
  if (!it) throw new Error('no catalogue row ' + name);
  const price = o.price != null ? o.price : it.price[String(c._h.level)];
  c._nl = (c._nl || 0) + 1;
  const line = { lineId: String(c._nl), code: it.code, name, category: it.category, date, quantity: qty, unitPrice: price, amount: r2(qty * price) };
  if (o.long) line.longPrescription = true;
  c.items.push(line);
  return line.lineId;
}
function finish(c, settleDate) {
  const total = r2(c.items.reduce((s, x) => s + x.amount, 0));
  let policy = 0;
  for (const x of c.items) if (c._policyAll || CAT[x.name].class !== '丙') policy += x.amount;
  policy = r2(policy);
  const emp = c.insuranceType === 'employee';
  let fund;
  // conservative fund figures (never above what a plausible deductible/ratio allows): inpatient (policy-1200)x0.55,
  // 门诊慢特病 policy x0.5, ordinary outpatient and pharmacy settled within the annual 门诊统筹 deductible / personal account (0).
  if (c.visitType === 'inpatient') fund = (policy - 1200) * 0.55;
  else if (c.visitType === 'chronic') fund = policy * 0.5;
  else fund = 0;
  c.amounts = { total, policy, fundClaimed: r2(Math.max(0, Math.min(policy, fund))) };
  if (c.visitType === 'inpatient' && GROUPS[c.claimId] !== undefined) c.reportedGroup.drg = GROUPS[c.claimId];
  delete c._h; delete c._policyAll; delete c._nl;
  CLAIMS.push({ claim: c, settle: settleDate || c.dischargeDate || c.visitDate, seq: settleSeq++ });
  return c.claimId;
}

// ---------- building blocks ----------
function consultName(h, senior) { if (h.kind === 'pharmacy') return null; if (h.level === 1) return '一般诊疗费'; return senior ? '副主任医师门诊诊察费' : '普通门诊诊察费'; }
function consult(c, date, senior) { const n = consultName(c._h, senior); if (n) return L(c, n, date, 1); }
const ADULT_ADM_LABS = ['血常规(五分类)', '尿常规', '大便常规+隐血', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '空腹血糖测定', '凝血四项', '常规心电图检查', '胸部X线摄影(正侧位)'];
const CHILD_ADM_LABS = ['血常规(五分类)', 'C反应蛋白测定', '尿常规', '大便常规+隐血'];

// stay plan: {los, grade: fn(day)->name|null, bed: fn(day)->name, iv:[[drug,perDay,d0,d1]], oral:[[drug,perDay,d0,d1]], extra:[[name,day,qty]], admLabs, o2:[h,d0,d1], neb:[[drug,perDay,d0,d1]], child}
function stay(c, p) {
  const adm = c.admissionDate; const los = p.los; const lvl = c._h.level;
  const day = (i) => addDays(adm, i);
  const ids = { bed: [], nursing: [], round: [], iv: [], ivfee: [] };
  for (let i = 0; i < los; i++) {
    ids.bed.push(L(c, p.bed ? p.bed(i) : '普通病房床位费(三人间)', day(i), 1));
    const g = p.grade ? p.grade(i) : 'Ⅱ级护理'; if (g) ids.nursing.push(L(c, g, day(i), 1));
    ids.round.push(L(c, '住院诊查费', day(i), 1));
  }
  const labs = p.admLabs === false ? [] : (p.child ? CHILD_ADM_LABS : ADULT_ADM_LABS);
  for (const n of labs) L(c, n, day(0), 1);
  for (const [n, d, q] of (p.extra || [])) if (d < los) L(c, n, day(d), q || 1);
  const ivAll = p.iv || [];
  let cannulaDay = -10;
  for (let i = 0; i < los; i++) {
    const act = ivAll.filter(([, , d0, d1]) => i >= d0 && i <= d1);
    if (!act.length) continue;
    for (const [n, q] of act) ids.iv.push(L(c, n, day(i), q));
    const groups = Math.min(act.length, 6);
    const scalp = p.child && p.childAge <= 3;
    ids.ivfee.push(L(c, scalp ? '小儿头皮静脉输液' : '静脉输液(第一组)', day(i), 1));
    if (groups > 1) L(c, '静脉输液(每增加一组)', day(i), groups - 1);
    L(c, '一次性使用输液器', day(i), Math.min(groups, 4));
    if (!scalp && i - cannulaDay >= 4) { L(c, '静脉留置针置管', day(i), 1); L(c, '一次性使用静脉留置针', day(i), 1); cannulaDay = i; }
  }
  for (const [n, q, d0, d1] of (p.oral || [])) for (let i = Math.max(0, d0); i <= Math.min(d1, los - 1); i++) L(c, n, day(i), q);
  if (p.neb && p.neb.length) for (let i = 0; i < los; i++) { let ses = 0; for (const [n, q, d0, d1] of p.neb) if (i >= d0 && i <= d1) { L(c, n, day(i), q); ses = Math.max(ses, q); } if (ses) { L(c, '雾化吸入', day(i), ses); if (i === 0) L(c, '一次性使用雾化器', day(i), 1); } }
  if (p.o2) { const [hrs, d0, d1] = p.o2; for (let i = d0; i <= Math.min(d1, los - 1); i++) L(c, '吸氧', day(i), hrs); L(c, '一次性使用吸氧管', day(d0), 1); }
  if (p.gluc) { const [q, d0, d1] = p.gluc; for (let i = d0; i <= Math.min(d1, los - 1); i++) { L(c, '血糖监测(快速)', day(i), q); L(c, '血糖试纸', day(i), q); } }
  if (p.ecg) { const [hrs, d0, d1] = p.ecg; for (let i = d0; i <= Math.min(d1, los - 1); i++) { L(c, '心电监测', day(i), hrs); L(c, '血氧饱和度监测', day(i), hrs); L(c, '心电电极片', day(i), 5); } }
  return ids;
}
const gradeSeq = (a, b) => (i) => (i < a ? 'Ⅰ级护理' : i < b ? 'Ⅱ级护理' : 'Ⅲ级护理');

// clinical profiles for adult medical stays
const PROFILES = {
  pneumonia: (lvl, age) => ({ dept: 'respiratory', dx: ['J18.900', ...(age > 60 ? ['I10.x00x002'] : [])], los: ri(7, 9), p: (los) => ({ los, grade: gradeSeq(2, 99), iv: [['注射用头孢呋辛钠', 3, 0, los - 3], ['盐酸氨溴索注射液', 2, 0, 4], ['氯化钠注射液', 2, 0, los - 3]], oral: [['乙酰半胱氨酸泡腾片', 2, 1, los - 1], ['头孢呋辛酯片', 2, los - 2, los - 1]], extra: [['C反应蛋白测定', 0], ['血常规(五分类)', 4], ['C反应蛋白测定', 4], ['胸部CT平扫', 1]], o2: [ri(6, 12), 0, 2] }) }),
  copd: (lvl, age) => ({ dept: 'respiratory', dx: ['J44.100', 'I10.x00x002'], los: ri(8, 10), p: (los) => ({ los, grade: gradeSeq(3, 99), iv: [['左氧氟沙星氯化钠注射液', 1, 0, 6], ['多索茶碱注射液', 2, 0, 5], ['注射用甲泼尼龙琥珀酸钠', 1, 0, 4]], neb: [['吸入用布地奈德混悬液', 2, 0, 6], ['吸入用异丙托溴铵溶液', 2, 0, 6]], oral: [['苯磺酸氨氯地平片', 1, 0, los - 1]], extra: [['血气分析', 0], ['血气分析', 3], ['C反应蛋白测定', 0], ['肺功能检查', los - 2]], o2: [ri(10, 14), 0, los - 2] }) }),
  hf: (lvl, age) => ({ dept: 'cardiology', dx: ['I50.000', 'I10.x00x002'], los: ri(7, 9), p: (los) => ({ los, grade: gradeSeq(2, 99), iv: [['呋塞米注射液', 2, 0, 3], ['氯化钠注射液', 1, 0, 3]], oral: [['螺内酯片', 1, 0, los - 1], ['琥珀酸美托洛尔缓释片', 1, 1, los - 1], ['沙库巴曲缬沙坦钠片', 2, 1, los - 1], ['呋塞米片', 1, 4, los - 1]], extra: [['B型钠尿肽(BNP)测定', 0], ...(los > 3 ? [['B型钠尿肽(BNP)测定', los - 1]] : []), ['心脏彩色多普勒超声', 1], ['电解质(四项)', 2], ['肌钙蛋白I测定', 0]], o2: [ri(6, 12), 0, 2], ecg: [12, 0, 1] }) }),
  t2dm: (lvl, age) => ({ dept: 'endocrinology', dx: ['E11.400', 'I10.x00x002'], los: ri(8, 10), p: (los) => ({ los, grade: gradeSeq(0, 99), iv: [], oral: [['盐酸二甲双胍片', 3, 0, los - 1], ['阿卡波糖片', 3, 0, los - 1], ['苯磺酸氨氯地平片', 1, 0, los - 1], ['复合维生素B片', 3, 0, los - 1]], extra: [['糖化血红蛋白测定', 0], ['血脂(四项)', 0], ['眼底检查', 2], ['下肢血管彩色多普勒超声', 2], ['门冬胰岛素注射液', 0, 1], ['精蛋白生物合成人胰岛素注射液', 0, 1]], gluc: [4, 0, los - 1] }) }),
  stroke: (lvl, age) => ({ dept: 'neurology', dx: ['I63.900', 'I10.x00x002'], los: ri(10, 13), p: (los) => ({ los, grade: gradeSeq(3, 99), iv: lvl >= 2 ? [['血栓通注射液', 2, 0, 9], ['氯化钠注射液', 1, 0, 9]] : [['氯化钠注射液', 1, 0, 2]], oral: [['阿司匹林肠溶片', 1, 0, los - 1], ['阿托伐他汀钙片', 1, 0, los - 1], ['苯磺酸氨氯地平片', 1, 0, los - 1]], extra: [['头颅CT平扫', 0], ['颈部血管彩色多普勒超声', 1], ['心脏彩色多普勒超声', 2], ['血脂(四项)', 0], ['康复评定', 2], ['运动疗法', 3], ['运动疗法', 5], ['运动疗法', 7]] }) }),
  angina: (lvl, age) => ({ dept: 'cardiology', dx: ['I20.000', 'I10.x00x002'], los: ri(6, 8), p: (los) => ({ los, grade: gradeSeq(2, 99), iv: [['硝酸甘油注射液', 2, 0, 3], ['氯化钠注射液', 1, 0, 3]], oral: [['阿司匹林肠溶片', 1, 0, los - 1], ['硫酸氢氯吡格雷片', 1, 0, los - 1], ['阿托伐他汀钙片', 1, 0, los - 1], ['单硝酸异山梨酯缓释片', 1, 3, los - 1]], extra: [['低分子量肝素钙注射液', 0, 2], ['低分子量肝素钙注射液', 1, 2], ['低分子量肝素钙注射液', 2, 2], ['皮下注射', 0, 2], ['皮下注射', 1, 2], ['皮下注射', 2, 2], ['心肌酶谱', 0], ['肌钙蛋白I测定', 0], ['肌钙蛋白I测定', 1], ['心脏彩色多普勒超声', 1], ['动态心电图(24小时)', 2], ['血脂(四项)', 0]], ecg: [24, 0, 1] }) }),
  gastro: (lvl, age) => ({ dept: 'gastroenterology', dx: ['A09.001'], los: ri(4, 5), p: (los) => ({ los, grade: gradeSeq(0, 99), iv: [['复方氯化钠注射液', 2, 0, 2], ['葡萄糖氯化钠注射液', 1, 0, 2], ['氯化钾注射液', 1, 0, 1]], oral: [['蒙脱石散', 3, 0, los - 1], ['双歧杆菌三联活菌胶囊', 6, 0, los - 1]], extra: [['电解质(四项)', 2], ['腹部B超', 1]] }) }),
  uti: (lvl, age) => ({ dept: 'nephrology', dx: ['N39.000'], los: ri(6, 7), p: (los) => ({ los, grade: gradeSeq(0, 99), iv: [['注射用头孢曲松钠', 2, 0, los - 2], ['氯化钠注射液', 1, 0, los - 2]], oral: [['左氧氟沙星片', 1, los - 1, los - 1]], extra: [['细菌培养及药敏', 0], ['泌尿系B超', 1], ['尿常规', 3], ['C反应蛋白测定', 0]] }) }),
};
const PKEYS = Object.keys(PROFILES);
function mkStay(mem, h, key, o = {}) {
  const pr = PROFILES[key](h.level, mem.age);
  const los = o.los || pr.los;
  const adm = o.adm || rdate();
  const dis = addDays(adm, los);
  const c = newClaim({ mem, h, visitType: 'inpatient', dept: o.dept || pr.dept, adm, dis, dx: o.dx || pr.dx, route: o.route, mode: o.mode, procs: o.procs });
  const plan = pr.p(los);
  if (o.tweak) o.tweak(plan);
  const ids = stay(c, plan);
  return { c, ids, los, adm, dis, plan };
}

// outpatient visit
function visit(mem, h, dept, date, dx, lines, o = {}) {
  const vt = o.visitType || (h.kind === 'pharmacy' ? 'pharmacy' : 'outpatient');
  const c = newClaim({ mem, h, visitType: vt, dept: h.kind === 'pharmacy' ? 'pharmacy' : dept, date, dx, doctorId: o.doctorId });
  const ids = {};
  if (vt === 'chronic') L(c, '门诊慢特病管理诊查费', date, 1);
  else if (vt === 'outpatient' && o.consult !== false) consult(c, date, o.senior);
  for (const ln of lines) { const [n, q, extra] = ln; const id = L(c, n, (extra && extra.date) || date, q, extra || {}); (ids[n] = ids[n] || []).push(id); }
  return { c, ids };
}

// ---------- labels ----------
const LABELS = [];
function label(kind, code, name, n, claimIds, targets, mutated) {
  LABELS.push({ caseId: `${code}-${String(n).padStart(2, '0')}`, kind, code, name, claimIds, targets, mutatedLines: mutated || {} });
}
const mut = (c, ids) => ({ [c.claimId]: ids });

// ======================================================================
// FRAUD TYPOLOGIES
// ======================================================================
const T = {};
T.T01 = ['冒名就医: 老人/配偶的医保卡给他人看病', (n) => {
  const rg = pick(REGIONS); const i = n % 3;
  if (i !== 2) { // grandparent's employee card used for a grandchild
    const mem = member({ age: ri(63, 82), region: rg, insuranceType: 'employee' });
    const h = i === 0 ? H23(rg) : TWN(rg); const date = rdate();
    const variant = n % 4;
    let lines;
    if (variant === 0) lines = [['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['小儿对乙酰氨基酚颗粒', 9], ['小儿氨酚黄那敏颗粒', 9]];
    else if (variant === 1) lines = [['血常规(五分类)', 1], ['小儿肺热咳喘口服液', 18], ['布洛芬混悬液', 1], ['吸入用布地奈德混悬液', 6], ['雾化吸入', 3]];
    else if (variant === 2) lines = [['小儿头皮静脉输液', 1], ['注射用阿奇霉素', 1], ['葡萄糖注射液', 1], ['一次性使用输液器', 1], ['小儿对乙酰氨基酚颗粒', 6]];
    else lines = [['大便常规+隐血', 1], ['蒙脱石散', 9], ['小儿氨酚黄那敏颗粒', 6], ['布洛芬混悬液', 1]];
    const dx = variant === 3 ? ['A09.001'] : variant === 1 ? ['J20.900'] : ['J06.900'];
    const { c, ids } = visit(mem, h, 'paediatrics', date, dx, lines);
    const m = []; for (const k of ['小儿对乙酰氨基酚颗粒', '小儿氨酚黄那敏颗粒', '小儿肺热咳喘口服液', '布洛芬混悬液', '小儿头皮静脉输液']) if (ids[k]) m.push(...ids[k]);
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, m) };
  }
  // husband's card used by his wife (gynaecology)
  const mem = member({ age: ri(30, 58), gender: 'M', region: rg, insuranceType: 'employee' });
  const h = H23(rg); const date = rdate();
  const v = n % 2;
  const lines = v ? [['人绒毛膜促性腺激素(β-HCG)测定', 1], ['妇科B超', 1], ['地屈孕酮片', 28], ['黄体酮注射液', 3], ['肌肉注射', 3]] : [['妇科B超', 1], ['宫颈液基细胞学检查(TCT)', 1], ['戊酸雌二醇片', 28]];
  const { c, ids } = visit(mem, h, 'gynaecology', date, v ? ['O20.000'] : ['N95.100'], lines);
  const m = []; for (const k of ['人绒毛膜促性腺激素(β-HCG)测定', '妇科B超', '地屈孕酮片', '黄体酮注射液', '宫颈液基细胞学检查(TCT)', '戊酸雌二醇片']) if (ids[k]) m.push(...ids[k]);
  finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, m) };
}];

const HIGHVAL = [
  ['甘精胰岛素注射液', 3, ['E11.900'], 'endocrinology', {}], ['利拉鲁肽注射液', 3, ['E11.900'], 'endocrinology', {}],
  ['布地奈德福莫特罗吸入粉雾剂', 1, ['J44.000'], 'respiratory', {}], ['噻托溴铵粉吸入剂', 1, ['J44.000'], 'respiratory', {}],
  ['特立帕肽注射液', 1, ['M81.000'], 'endocrinology', { age: [58, 78], gender: 'F' }], ['沙库巴曲缬沙坦钠片', 56, ['I50.900'], 'cardiology', {}],
  ['替格瑞洛片', 56, ['I25.103'], 'cardiology', {}], ['恩替卡韦分散片', 30, ['B18.100'], 'infectious', {}],
  ['达格列净片', 30, ['E11.900'], 'endocrinology', {}], ['沙美特罗替卡松吸入粉雾剂', 1, ['J45.900'], 'respiratory', {}],
];
T.T02 = ['倒卖药品: 多点/多医生短期内反复开同一高值药', (n) => {
  const rg = pick(REGIONS); const [drug, qty, dx, dept, o] = HIGHVAL[n % HIGHVAL.length];
  const mem = member({ region: rg, age: o.age ? ri(...o.age) : ri(45, 72), gender: o.gender });
  const k = ri(4, 6); let d = rdate(1, 9); const claims = []; const m = {};
  const hA = H23(rg); const hB = H23(rg); const ph = PHA(rg);
  for (let j = 0; j < k; j++) {
    const h = j % 3 === 2 ? ph : j % 2 ? hB : hA;
    const lines = [[drug, qty]];
    if (drug.includes('注射液') && drug !== '特立帕肽注射液') lines.push(['一次性使用注射器(5ml)', 0 + 1]);
    const { c, ids } = visit(mem, h, dept, d, dx, lines, { doctorId: h.kind === 'pharmacy' ? undefined : doctor(h, dept + j) });
    finish(c); claims.push(c.claimId); if (j > 0) m[c.claimId] = ids[drug];
    d = addDays(d, ri(2, 7));
  }
  return { claims, targets: claims.slice(1), mut: m };
}];

const CHRONIC_SETS = [
  [['I10', 'E11'], ['I10.x00x002', 'E11.900'], [['苯磺酸氨氯地平片', 1], ['盐酸二甲双胍片', 3], ['阿托伐他汀钙片', 1], ['格列美脲片', 1]]],
  [['J44'], ['J44.000'], [['噻托溴铵粉吸入剂', 0.035], ['沙美特罗替卡松吸入粉雾剂', 0.02], ['氨茶碱片', 3]]],
  [['I10', 'I50'], ['I10.x00x002', 'I50.900'], [['沙库巴曲缬沙坦钠片', 2], ['螺内酯片', 1], ['呋塞米片', 1]]],
  [['I10'], ['I10.x00x002'], [['缬沙坦胶囊', 1], ['氢氯噻嗪片', 1], ['硝苯地平控释片', 1]]],
  [['I25', 'E78'], ['I25.103', 'E78.500'], [['阿司匹林肠溶片', 1], ['瑞舒伐他汀钙片', 1], ['单硝酸异山梨酯缓释片', 1], ['比索洛尔片', 1]]],
  [['N18', 'I10'], ['N18.400', 'I10.x00x002'], [['骨化三醇软胶囊', 1], ['碳酸钙D3片', 1], ['琥珀酸亚铁片', 3], ['非洛地平缓释片', 1]]],
  [['E11'], ['E11.900'], [['甘精胰岛素注射液', 0.1], ['盐酸二甲双胍片', 3], ['阿卡波糖片', 3]]],
];
function supplyQty(perDay, days) { return Math.max(1, Math.round(perDay * days)); }
T.T03 = ['超量/提前取药: 门诊慢特病每隔 9–15 天取 30 天量', (n) => {
  const rg = pick(REGIONS); const [cd, dx, drugs] = CHRONIC_SETS[n % CHRONIC_SETS.length];
  const mem = member({ region: rg, age: ri(50, 80), chronic: cd });
  const h = n % 2 ? H2(rg) : TWN(rg); const k = ri(5, 6); let d = rdate(1, 8); const claims = []; const m = {};
  const sub = drugs.slice(0, Math.max(2, drugs.length - (n % 2)));
  for (let j = 0; j < k; j++) {
    const { c, ids } = visit(mem, h, 'chronic_clinic', d, dx, sub.map(([nm, pd]) => [nm, supplyQty(pd, 30)]), { visitType: 'chronic' });
    finish(c); claims.push(c.claimId); if (j > 0) m[c.claimId] = [].concat(...sub.map(([nm]) => ids[nm]));
    d = addDays(d, ri(9, 15));
  }
  return { claims, targets: claims.slice(1), mut: m };
}];

const CHRONIC_STAY = [
  [['I10.x00x002', 'M47.200'], 'geriatrics', [['苯磺酸氨氯地平片', 1], ['双氯芬酸钠缓释片', 1], ['甲磺酸倍他司汀片', 3]], '腰椎X线摄影'],
  [['E11.900', 'I10.x00x002'], 'endocrinology', [['盐酸二甲双胍片', 3], ['格列美脲片', 1], ['苯磺酸氨氯地平片', 1]], '空腹血糖测定'],
  [['I69.300', 'I10.x00x002'], 'neurology', [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['苯磺酸氨氯地平片', 1]], '头颅CT平扫'],
  [['K29.500'], 'gastroenterology', [['雷贝拉唑钠肠溶片', 2], ['铝碳酸镁咀嚼片', 6], ['多潘立酮片', 3]], '腹部B超'],
  [['J42.x00', 'I10.x00x002'], 'respiratory', [['盐酸氨溴索片', 3], ['氨茶碱片', 3], ['缬沙坦胶囊', 1]], '胸部X线摄影(正侧位)'],
];
T.T04 = ['挂床住院: 住院期间仅床位/护理/口服药, 患者不在院', (n) => {
  const rg = pick(REGIONS); const [dx, dept, oral, exam] = CHRONIC_STAY[n % CHRONIC_STAY.length];
  const mem = member({ region: rg, age: ri(55, 84) });
  const h = n % 3 === 0 ? H2(rg) : TWN(rg); const los = ri(10, 16); const adm = rdate(1, 10); const dis = addDays(adm, los);
  const c = newClaim({ mem, h, visitType: 'inpatient', dept, adm, dis, dx });
  stay(c, { los, grade: (i) => (n % 2 ? 'Ⅲ级护理' : 'Ⅱ级护理'), iv: n % 2 ? [['葡萄糖注射液', 1, 0, 1]] : [['氯化钠注射液', 1, 0, 0]], oral: oral.map(([d, q]) => [d, q, 0, los - 1]), extra: [[exam, 1]] });
  const claims = [];
  if (n % 2 === 0) { // the member at home during the stay buys at the pharmacy / sees village doctor
    const mid = addDays(adm, ri(4, los - 3));
    const h2 = n % 4 === 0 ? PHA(rg) : VIL(rg);
    const v = visit(mem, h2, 'general_practice', mid, [dx[0]], [[oral[0][0], supplyQty(oral[0][1], 14)]]);
    finish(v.c); claims.push(v.c.claimId);
  }
  finish(c); claims.push(c.claimId);
  return { claims, targets: [c.claimId], mut: {} };
}];

T.T05 = ['诱导/低标准住院: 门诊可治的儿童轻症与老人小病住院', (n) => {
  const rg = pick(REGIONS); const kid = n % 2 === 0;
  if (kid) {
    const age = ri(2, 10); const mem = child(age, { region: rg });
    const h = n % 4 === 0 ? TWN(rg) : H2(rg); const los = ri(3, 4); const adm = rdate(); const dis = addDays(adm, los);
    const v = n % 3; const dx = [['J06.900'], ['A09.001'], ['J02.900']][v];
    const c = newClaim({ mem, h, visitType: 'inpatient', dept: 'paediatrics', adm, dis, dx });
    stay(c, { los, child: true, childAge: age, grade: () => 'Ⅲ级护理', iv: [['葡萄糖氯化钠注射液', 1, 0, 1]], oral: v === 1 ? [['蒙脱石散', 3, 0, los - 1]] : [['小儿氨酚黄那敏颗粒', 3, 0, los - 1], ['小儿肺热咳喘口服液', 3, 0, los - 1]] });
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: {} };
  }
  const mem = member({ region: rg, age: ri(60, 82) });
  const h = n % 4 === 1 ? TWN(rg) : H2(rg); const los = ri(3, 5); const adm = rdate(); const dis = addDays(adm, los);
  const v = n % 3; const dx = [['H81.100'], ['K29.500'], ['M54.500']][v];
  const c = newClaim({ mem, h, visitType: 'inpatient', dept: 'geriatrics', adm, dis, dx });
  const oral = [[['甲磺酸倍他司汀片', 3]], [['奥美拉唑肠溶胶囊', 2], ['铝碳酸镁咀嚼片', 6]], [['双氯芬酸钠缓释片', 1]]][v];
  stay(c, { los, grade: () => 'Ⅲ级护理', iv: [['葡萄糖注射液', 1, 0, 1]], oral: oral.map(([d, q]) => [d, q, 0, los - 1]), extra: v === 2 ? [['推拿治疗', 1], ['推拿治疗', 2]] : [] });
  finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: {} };
}];

const SPLIT = [['pneumonia', ['J15.900'], 'geriatrics'], ['copd', ['J44.000'], 'geriatrics'], ['hf', ['I11.000', 'I10.x00x002'], 'geriatrics'], ['stroke', ['I63.800', 'I10.x00x002'], 'rehabilitation'], ['t2dm', ['E11.900'], 'geriatrics']];
T.T06 = ['分解住院: 同院转科/短间隔再入院, 同一疾病连续治疗', (n) => {
  const rg = pick(REGIONS); const [key, dx2, dept2] = SPLIT[n % SPLIT.length];
  const mem = member({ region: rg, age: ri(58, 85) }); const h = n % 3 ? H2(rg) : H3(rg);
  const a = mkStay(mem, h, key, { los: ri(6, 9), adm: rdate(1, 9) });
  finish(a.c);
  const gap = [0, 0, 1, 2, 3, 5, 8][n % 7];
  const adm2 = addDays(a.dis, gap); const los2 = ri(5, 9); const dis2 = addDays(adm2, los2);
  const c2 = newClaim({ mem, h, visitType: 'inpatient', dept: n % 2 ? dept2 : PROFILES[key](h.level, mem.age).dept, adm: adm2, dis: dis2, dx: n % 2 ? dx2 : a.c.diagnoses.map((d) => d.code), route: 'outpatient' });
  const plan = PROFILES[key](h.level, mem.age).p(los2);
  plan.admLabs = n % 3 === 0; plan.extra = (plan.extra || []).filter(([, d]) => d > 1);
  stay(c2, plan);
  finish(c2);
  return { claims: [a.c.claimId, c2.claimId], targets: [a.c.claimId, c2.claimId], mut: {} };
}];

T.T07 = ['虚记/多记: 吸氧时数、雾化次数、输液组次、监护时数多记', (n) => {
  const rg = pick(REGIONS); const v = n % 4; const mem = member({ region: rg, age: ri(40, 85) }); const h = n % 2 ? H2(rg) : H3(rg);
  const key = [['pneumonia', 'uti', 'stroke'][n % 3], 'copd', ['pneumonia', 'uti', 'gastro'][n % 3], ['uti', 'gastro', 't2dm'][n % 3]][v];
  const s = mkStay(mem, h, key);
  const c = s.c; const m = [];
  const day = (i) => addDays(s.adm, i);
  if (v === 0) { // oxygen 24 h every day though off oxygen
    c.items = c.items.filter((x) => x.name !== '吸氧');
    for (let i = 0; i < s.los; i++) m.push(L(c, '吸氧', day(i), 24));
  } else if (v === 1) { // nebulisation billed 4/day, drug for 2 sessions only
    for (const x of c.items) if (x.name === '雾化吸入') { x.quantity = 4; x.amount = r2(x.quantity * x.unitPrice); m.push(x.lineId); }
  } else if (v === 2) { // infusion fee on days without any IV drug
    const ivDays = new Set(c.items.filter((x) => x.category === 'drug' && /注射/.test(x.name)).map((x) => x.date));
    for (let i = 0; i < s.los; i++) if (!ivDays.has(day(i))) { m.push(L(c, '静脉输液(第一组)', day(i), 1)); m.push(L(c, '一次性使用输液器', day(i), 1)); }
    if (!m.length) { m.push(L(c, '静脉输液(第一组)', day(s.los - 1), 1)); }
  } else { // monitoring 24 h every day for a stable patient
    for (let i = 0; i < s.los; i++) { m.push(L(c, '心电监测', day(i), 24)); m.push(L(c, '血氧饱和度监测', day(i), 24)); }
  }
  finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, m) };
}];

T.T08 = ['算进又算出: 出院当日/转科当日床位与护理重复计', (n) => {
  const rg = pick(REGIONS); const mem = member({ region: rg, age: ri(30, 88) }); const h = n % 3 ? H2(rg) : H3(rg);
  const key = PKEYS[n % PKEYS.length];
  if (n % 3 === 2 && h.level >= 2) { // transfer day from monitoring bed to ward: both beds + both grades
    const s = mkStay(mem, h, 'hf', { tweak: (p) => { p.bed = (i) => (i < 2 ? '监护病房床位费' : '普通病房床位费(三人间)'); p.grade = (i) => (i < 2 ? '特级护理' : 'Ⅱ级护理'); } });
    const c = s.c; const d2 = addDays(s.adm, 2);
    const m = [L(c, '监护病房床位费', d2, 1), L(c, '特级护理', d2, 1)];
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, m) };
  }
  const s = mkStay(mem, h, key); const c = s.c;
  const nursing = c.items.find((x) => /护理$/.test(x.name) && x.date === addDays(s.dis, -1)).name;
  const m = [L(c, '普通病房床位费(三人间)', s.dis, 1), L(c, nursing, s.dis, 1)];
  if (n % 2) m.push(L(c, '住院诊查费', s.dis, 1));
  finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, m) };
}];

T.T09 = ['重复收费: 同一检查重复录入、诊察费与一般诊疗费并收、留置针置管逐日收', (n) => {
  const rg = pick(REGIONS); const v = n % 4; const mem = member({ region: rg, age: ri(25, 85) });
  if (v === 0) { const h = H23(rg); const key = ['pneumonia', 'hf', 'angina', 'stroke', 'gastro'][n % 5]; const s = mkStay(mem, h, key); const c = s.c;
    const ex = { pneumonia: '胸部CT平扫', hf: '心脏彩色多普勒超声', angina: '动态心电图(24小时)', stroke: '头颅CT平扫', gastro: '腹部B超' }[key];
    const orig = c.items.find((x) => x.name === ex); const m = [L(c, ex, orig.date, 1)];
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, m) }; }
  if (v === 1) { const h = TWN(rg); const date = rdate(); const dx = pick([['J06.900'], ['I10.x00x002'], ['K29.700']]);
    const { c, ids } = visit(mem, h, 'general_practice', date, dx, [['普通门诊诊察费', 1], ['血常规(五分类)', 1], [dx[0] === 'I10.x00x002' ? '苯磺酸氨氯地平片' : dx[0] === 'K29.700' ? '奥美拉唑肠溶胶囊' : '连花清瘟胶囊', dx[0] === 'I10.x00x002' ? 14 : 24]]);
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, ids['普通门诊诊察费']) }; }
  if (v === 2) { const h = H23(rg); const s = mkStay(mem, h, ['pneumonia', 'uti', 'stroke'][n % 3]); const c = s.c; const m = [];
    const placed = new Set(c.items.filter((x) => x.name === '静脉留置针置管').map((x) => x.date));
    const ivd = [...new Set(c.items.filter((x) => x.name === '静脉输液(第一组)').map((x) => x.date))];
    for (const d of ivd) if (!placed.has(d)) m.push(L(c, '静脉留置针置管', d, 1));
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, m) }; }
  const h = H23(rg); const date = rdate();
  const { c, ids } = visit(mem, h, 'internal_medicine', date, ['D50.900'], [['血常规(五分类)', 1], ['血常规(五分类)', 1], ['琥珀酸亚铁片', 42]]);
  finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, [ids['血常规(五分类)'][1]]) };
}];

T.T10 = ['分解收费: 输液按组拆为多个"第一组"、组合检验拆项另收', (n) => {
  const rg = pick(REGIONS); const v = n % 4; const mem = member({ region: rg, age: ri(35, 85) });
  if (v === 0) { const h = H23(rg); const s = mkStay(mem, h, ['pneumonia', 'copd', 'stroke', 'uti'][n % 4]); const c = s.c; const m = [];
    const add = c.items.filter((x) => x.name === '静脉输液(每增加一组)');
    for (const x of add) { x.name = '静脉输液(第一组)'; x.code = CAT['静脉输液(第一组)'].code; x.unitPrice = CAT['静脉输液(第一组)'].price[String(h.level)]; x.amount = r2(x.quantity * x.unitPrice); m.push(x.lineId); }
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, m) }; }
  if (v === 1) { const h = H23(rg); const { c, ids } = visit(mem, h, 'nephrology', rdate(), ['N18.400', 'I10.x00x002'], [['肾功能(三项)', 1], ['肌酐测定', 1], ['尿素测定', 1], ['电解质(四项)', 1], ['尿常规', 1], ['骨化三醇软胶囊', 30], ['非洛地平缓释片', 30]]);
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, [...ids['肌酐测定'], ...ids['尿素测定']]) }; }
  if (v === 2) { const h = n % 3 ? TWN(rg) : H2(rg); const { c, ids } = visit(mem, h, 'chronic_clinic', rdate(), ['E78.500', 'I10.x00x002'], [['血脂(四项)', 1], ['总胆固醇测定', 1], ['肝功能(全套)', 1], ['丙氨酸氨基转移酶测定', 1], ['阿托伐他汀钙片', 28], ['苯磺酸氨氯地平片', 28]]);
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, [...ids['总胆固醇测定'], ...ids['丙氨酸氨基转移酶测定']]) }; }
  const h = H23(rg); const { c, ids } = visit(mem, h, 'haematology', rdate(), ['D50.900'], [['血常规(五分类)', 1], ['血红蛋白测定', 1], ['琥珀酸亚铁片', 42]]);
  finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, ids['血红蛋白测定']) };
}];

T.T11 = ['串换: 药店/诊所以医保药品名目结算保健品、日用品或低价药', (n) => {
  const rg = pick(REGIONS); const v = n % 4;
  if (v === 0) { const mem = member({ region: rg, age: ri(30, 70) }); const h = PHA(rg); // tonic goods billed as inhaler/insulin, unrelated diagnosis
    const [drug, q] = pick([['布地奈德福莫特罗吸入粉雾剂', 2], ['甘精胰岛素注射液', 6], ['噻托溴铵粉吸入剂', 3], ['沙美特罗替卡松吸入粉雾剂', 3]]);
    const { c, ids } = visit(mem, h, 'pharmacy', rdate(), [pick(['J06.900', 'M54.500', 'K29.700'])], [[drug, q]]);
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, ids[drug]) }; }
  if (v === 1) { const mem = member({ region: rg, age: ri(30, 70) }); const h = PHA(rg); // household goods billed as glucose strips for non-diabetic
    const { c, ids } = visit(mem, h, 'pharmacy', rdate(), [pick(['I10.x00x002', 'J30.400', 'M17.900'])], [['血糖试纸', ri(80, 150)]]);
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, ids['血糖试纸']) }; }
  if (v === 2) { const mem = member({ region: rg, age: ri(30, 65), gender: 'M' }); const h = PHA(rg); // cosmetics billed as female hormone on a man's card
    const drug = pick(['戊酸雌二醇片', '地屈孕酮片']);
    const { c, ids } = visit(mem, h, 'pharmacy', rdate(), ['L30.900'], [[drug, ri(28, 60)], ['丁酸氢化可的松乳膏', 2]]);
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, ids[drug]) }; }
  const mem = member({ region: rg, age: ri(35, 75) }); const h = VIL(rg); // generic dispensed, brand-class drug billed
  const [cheap, dear, q, dx] = pick([['奥美拉唑肠溶胶囊', '艾司奥美拉唑镁肠溶片', 28, 'K21.000'], ['苯磺酸氨氯地平片', '硝苯地平控释片', 30, 'I10.x00x002'], ['阿托伐他汀钙片', '依折麦布片', 30, 'E78.500'], ['盐酸二甲双胍片', '磷酸西格列汀片', 30, 'E11.900']]);
  const { c, ids } = visit(mem, h, 'general_practice', rdate(), [dx], [[dear, q]]);
  finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, ids[dear]) };
}];

T.T12 = ['超标准收费: 单价高于目录限价(药品加价、耗材加价、服务超价)', (n) => {
  const rg = pick(REGIONS); const v = n % 4; const mem = member({ region: rg, age: ri(20, 85) });
  const up = 1 + [0.12, 0.2, 0.3, 0.15][n % 4];
  if (v === 0) { const h = VIL(rg); const drugs = pick([[['阿莫西林胶囊', 24], ['复方甘草片', 27], ['对乙酰氨基酚片', 9]], [['苯磺酸氨氯地平片', 30], ['阿司匹林肠溶片', 30]], [['头孢氨苄胶囊', 24], ['布洛芬缓释胶囊', 12]]]);
    const { c, ids } = visit(mem, h, 'general_practice', rdate(), [drugs[0][0] === '苯磺酸氨氯地平片' ? 'I10.x00x002' : 'J06.900'], drugs.map(([d, q]) => [d, q, { price: r2(CAT[d].price['1'] * up + 0.01) }]));
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, [].concat(...drugs.map(([d]) => ids[d]))) }; }
  if (v === 1) { const h = H2(rg); const s = mkStay(mem, h, ['pneumonia', 'uti', 'gastro'][n % 3]); const c = s.c; const m = [];
    for (const x of c.items) if (x.category === 'consumable') { x.unitPrice = r2(x.unitPrice * up + 0.5); x.amount = r2(x.quantity * x.unitPrice); m.push(x.lineId); }
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, m) }; }
  if (v === 2) { const h = PHA(rg); const [d, q, dx] = pick([['甘精胰岛素注射液', 5, 'E11.900'], ['布地奈德福莫特罗吸入粉雾剂', 2, 'J45.900'], ['瑞舒伐他汀钙片', 28, 'E78.500'], ['氯沙坦钾片', 28, 'I10.x00x002']]);
    const { c, ids } = visit(mem, h, 'pharmacy', rdate(), [dx], [[d, q, { price: r2(CAT[d].price['1'] * up) }]]);
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, ids[d]) }; }
  const h = H3(rg); const s = mkStay(mem, h, ['copd', 'hf', 'angina'][n % 3]); const c = s.c; const m = [];
  for (const x of c.items) if (['住院诊查费', '血气分析', '心脏彩色多普勒超声', 'B型钠尿肽(BNP)测定', '肌钙蛋白I测定'].includes(x.name)) { x.unitPrice = r2(x.unitPrice * up); x.amount = r2(x.quantity * x.unitPrice); m.push(x.lineId); }
  finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, m) };
}];

const OFFLABEL = [
  ['硫酸氢氯吡格雷片', 30, ['R42.x00', 'E78.500'], 'neurology', 'out'], ['达格列净片', 30, ['E66.000'], 'endocrinology', 'out'],
  ['沙库巴曲缬沙坦钠片', 56, ['I10.x00x002'], 'cardiology', 'out'], ['盐酸多奈哌齐片', 28, ['R41.300'], 'neurology', 'out'],
  ['多烯磷脂酰胆碱胶囊', 84, ['K81.100'], 'gastroenterology', 'out'], ['恩替卡韦分散片', 30, ['K76.000'], 'gastroenterology', 'out'],
  ['阿仑膦酸钠片', 4, ['M54.500'], 'orthopaedics', 'out'], ['唑来膦酸注射液', 1, ['M17.900'], 'orthopaedics', 'out'],
  ['人血白蛋白', 'stay', ['I63.900', 'E46.x00'], 'neurology', 'in'], ['左卡尼汀注射液', 'stay', ['I63.900', 'I10.x00x002'], 'neurology', 'in'],
  ['脂肪乳注射液(C14～24)', 'stay', ['J18.900', 'I10.x00x002'], 'respiratory', 'in'], ['银杏叶提取物注射液', 'stay', ['M47.200'], 'orthopaedics', 'in'],
];
T.T13 = ['超限定支付范围: 限定适应症药品用于目录限定以外的诊断', (n) => {
  const rg = pick(REGIONS); const [drug, q, dx, dept, where] = OFFLABEL[n % OFFLABEL.length]; const mem = member({ region: rg, age: ri(45, 82) });
  if (where === 'out') { const h = H23(rg); const lines = [[drug, q]]; if (drug === '唑来膦酸注射液') lines.push(['静脉输液(第一组)', 1], ['一次性使用输液器', 1]);
    const { c, ids } = visit(mem, h, dept, rdate(), dx, lines); finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, ids[drug]) }; }
  const h = H23(rg); const key = dx[0] === 'J18.900' ? 'pneumonia' : dx[0] === 'M47.200' ? 'stroke' : 'stroke';
  const s = mkStay(mem, h, key, { dx, dept, tweak: (p) => { if (dx[0] === 'M47.200') { p.iv = [['氯化钠注射液', 1, 0, 7]]; p.extra = [['腰椎X线摄影', 0]]; p.oral = [['双氯芬酸钠缓释片', 1, 0, 8]]; } } });
  const c = s.c; const m = []; const qd = { 人血白蛋白: 1, 左卡尼汀注射液: 1, '脂肪乳注射液(C14～24)': 1, 银杏叶提取物注射液: 2 }[drug];
  for (let i = 1; i < Math.min(s.los, 8); i++) m.push(L(c, drug, addDays(s.adm, i), qd));
  finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, m) };
}];

const NOIND = ['肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定', '糖类抗原19-9(CA19-9)测定', 'B型钠尿肽(BNP)测定', '降钙素原测定', 'D-二聚体测定', '甲状腺功能(三项)', '冠状动脉CTA', '头颅CT平扫', '胸部CT平扫', '心脏彩色多普勒超声', '颈部血管彩色多普勒超声'];
T.T14 = ['无指征检查检验: 慢病配药/轻症门诊附加肿瘤标志物、BNP、PCT、CTA 等', (n) => {
  const rg = pick(REGIONS); const kid = n % 5 === 4;
  if (kid) { const mem = child(ri(3, 10), { region: rg }); const h = H2(rg);
    const { c, ids } = visit(mem, h, 'paediatrics', rdate(), ['J06.900'], [['血常规(五分类)', 1], ['降钙素原测定', 1], ['D-二聚体测定', 1], ['胸部CT平扫', 1], ['心肌酶谱', 1], ['小儿对乙酰氨基酚颗粒', 6]]);
    finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, [...ids['降钙素原测定'], ...ids['D-二聚体测定'], ...ids['胸部CT平扫'], ...ids['心肌酶谱']]) }; }
  const mem = member({ region: rg, age: ri(45, 80) }); const h = H23(rg);
  const base = pick([[['I10.x00x002'], [['苯磺酸氨氯地平片', 30]]], [['E11.900'], [['盐酸二甲双胍片', 90], ['空腹血糖测定', 1]]], [['K29.500'], [['雷贝拉唑钠肠溶片', 28]]], [['J06.900'], [['连花清瘟胶囊', 24]]]]);
  const k = ri(3, 6); const tests = []; const pool = NOIND.slice(); for (let j = 0; j < k; j++) tests.push(pool.splice(ri(0, pool.length - 1), 1)[0]);
  if (h.level === 1) for (const t of ['降钙素原测定', '冠状动脉CTA']) if (tests.includes(t)) tests.splice(tests.indexOf(t), 1, '肿瘤标志物(CEA)测定');
  const uniq = [...new Set(tests)];
  const { c, ids } = visit(mem, h, 'internal_medicine', rdate(), base[0], [...base[1], ...uniq.map((t) => [t, 1])]);
  finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, [].concat(...uniq.map((t) => ids[t]))) };
}];

T.T15 = ['虚构医药服务: 出院后/入院前的收费记在住院单上', (n) => {
  const rg = pick(REGIONS); const v = n % 3; const mem = member({ region: rg, age: ri(30, 88) }); const h = n % 2 ? H2(rg) : H23(rg);
  const key = PKEYS[(n * 3) % PKEYS.length]; const s = mkStay(mem, h, key); const c = s.c; const m = [];
  const lastIv = c.items.filter((x) => x.category === 'drug').slice(-1)[0];
  const nursing = c.items.find((x) => /护理$/.test(x.name)).name;
  if (v === 0) { const k = ri(1, 3); for (let j = 0; j < k; j++) { const d = addDays(s.dis, j + (j === 0 ? 0 : 0) + 1 - 1 + (j ? 0 : 0)); const dd = addDays(s.dis, j); if (j === 0) { m.push(L(c, '普通病房床位费(三人间)', dd, 1)); m.push(L(c, nursing, dd, 1)); } else { m.push(L(c, '普通病房床位费(三人间)', dd, 1)); m.push(L(c, nursing, dd, 1)); m.push(L(c, '住院诊查费', dd, 1)); m.push(L(c, lastIv.name, dd, lastIv.quantity)); } } }
  else if (v === 1) { const k = ri(1, 2); for (let j = 1; j <= k; j++) { const dd = addDays(s.adm, -j); m.push(L(c, '普通病房床位费(三人间)', dd, 1)); m.push(L(c, nursing, dd, 1)); m.push(L(c, '住院诊查费', dd, 1)); } m.push(L(c, '血常规(五分类)', addDays(s.adm, -k), 1)); }
  else { const dd = addDays(s.dis, ri(2, 6)); m.push(L(c, pick(['胸部CT平扫', '心脏彩色多普勒超声', '腹部B超']), dd, 1)); m.push(L(c, '血常规(五分类)', dd, 1)); m.push(L(c, '肾功能(三项)', dd, 1)); }
  finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: mut(c, m) };
}];

T.T16 = ['重复结算: 前次就诊的检查/药品在后一张结算单上再次结算', (n) => {
  const rg = pick(REGIONS); const v = n % 3; const mem = member({ region: rg, age: ri(30, 80) });
  if (v === 2) { const h = PHA(rg); const d = rdate(); const [drug, q, dx] = pick([['瑞舒伐他汀钙片', 28, 'E78.500'], ['硝苯地平控释片', 30, 'I10.x00x002'], ['艾司奥美拉唑镁肠溶片', 28, 'K21.000'], ['塞来昔布胶囊', 20, 'M17.900']]);
    const a = visit(mem, h, 'pharmacy', d, [dx], [[drug, q], ['维生素C片', 30]]); finish(a.c);
    const b = visit(mem, h, 'pharmacy', addDays(d, ri(1, 2)), [dx], [[drug, q, { date: d }], ['维生素C片', 30, { date: d }]]); finish(b.c);
    return { claims: [a.c.claimId, b.c.claimId], targets: [b.c.claimId], mut: mut(b.c, [...b.ids[drug], ...b.ids['维生素C片']]) }; }
  const h = H23(rg); const d = rdate();
  const [dept, dx, exams, drug] = pick([['gastroenterology', 'K29.500', ['胃镜检查', '腹部B超', '血常规(五分类)'], ['雷贝拉唑钠肠溶片', 28]], ['cardiology', 'I20.900', ['动态心电图(24小时)', '心脏彩色多普勒超声', '血脂(四项)'], ['单硝酸异山梨酯缓释片', 28]], ['respiratory', 'J20.900', ['胸部CT平扫', '血常规(五分类)', 'C反应蛋白测定'], ['头孢呋辛酯片', 14]], ['endocrinology', 'E05.900', ['甲状腺功能(三项)', '甲状腺彩超', '肝功能(全套)'], ['普萘洛尔', 0]]].filter((x) => x[3][1] > 0));
  const a = visit(mem, h, dept, d, [dx], exams.map((e) => [e, 1])); finish(a.c);
  const d2 = addDays(d, ri(3, 12));
  const lines = exams.map((e) => [e, 1, { date: d }]); lines.push(drug);
  const b = visit(mem, h, dept, d2, [dx], v === 0 ? lines : [lines[0], drug]); finish(b.c);
  const mm = v === 0 ? [].concat(...exams.map((e) => b.ids[e])) : b.ids[exams[0]];
  return { claims: [a.c.claimId, b.c.claimId], targets: [b.c.claimId], mut: mut(b.c, mm) };
}];

T.T17 = ['高套病组: 主诊断或严重并发症按病历不支持的重编码', (n) => {
  const rg = pick(REGIONS); const v = n % 4; const mem = member({ region: rg, age: ri(45, 85) }); const h = H23(rg);
  if (v === 0) { const s = mkStay(mem, h, 'angina', { dx: ['I21.900', 'I10.x00x002'] }); finish(s.c); return { claims: [s.c.claimId], targets: [s.c.claimId], mut: {} }; }
  if (v === 1) { const los = ri(3, 4); const adm = rdate(); const c = newClaim({ mem, h, visitType: 'inpatient', dept: 'neurology', adm, dis: addDays(adm, los), dx: ['I63.900', 'I10.x00x002'] });
    stay(c, { los, oral: [['阿司匹林肠溶片', 1, 0, los - 1], ['阿托伐他汀钙片', 1, 0, los - 1]], extra: [['头颅CT平扫', 0], ['颈部血管彩色多普勒超声', 1], ['血脂(四项)', 0]] }); finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: {} }; }
  if (v === 2) { const s = mkStay(mem, h, 'gastro', { dx: ['A41.900', 'A09.001', 'E87.600'] }); finish(s.c); return { claims: [s.c.claimId], targets: [s.c.claimId], mut: {} }; }
  const los = ri(4, 6); const adm = rdate(); const c = newClaim({ mem, h, visitType: 'inpatient', dept: 'respiratory', adm, dis: addDays(adm, los), dx: ['J18.900', 'J96.000', 'I10.x00x002'] });
  stay(c, { los, iv: [['注射用头孢呋辛钠', 2, 0, los - 2]], oral: [['盐酸氨溴索片', 3, 0, los - 1], ['复方甘草片', 9, 0, los - 1]], extra: [['C反应蛋白测定', 0]] });
  finish(c); return { claims: [c.claimId], targets: [c.claimId], mut: {} };
}];

T.T18 = ['药店: 代刷卡套现、非医保商品按政策范围结算、日用品按医用耗材结算', (n) => {
  const rg = pick(REGIONS); const v = n % 3; const mem = member({ region: rg, age: ri(25, 75), insuranceType: 'employee' }); const h = PHA(rg);
  if (v === 0) { // monthly max-out with the same high-value basket, no matching condition
    const k = ri(3, 4); let d = `2025-${String(ri(1, 8)).padStart(2, '0')}-0${ri(1, 3)}`; const claims = []; const m = {};
    const [drug, q] = pick([['布地奈德福莫特罗吸入粉雾剂', 2], ['沙美特罗替卡松吸入粉雾剂', 2], ['甘精胰岛素注射液', 6], ['瑞舒伐他汀钙片', 100]]);
    for (let j = 0; j < k; j++) { const a = visit(mem, h, 'pharmacy', d, ['Z00.000'], [[drug, q], ['阿莫西林胶囊', 24]]); finish(a.c); claims.push(a.c.claimId); m[a.c.claimId] = a.ids[drug]; d = addDays(d, ri(28, 31)); }
    return { claims, targets: claims, mut: m }; }
  if (v === 1) { const goods = pick([[['阿胶', 1], ['辅酶Q10胶囊', 60]], [['维生素C片', 100], ['辅酶Q10胶囊', 30], ['复方樟脑乳膏', 2]], [['阿胶', 2]], [['医用冷敷贴', 10], ['维生素C片', 60]]]);
    const a = visit(mem, h, 'pharmacy', rdate(), ['R53.x00'], [['对乙酰氨基酚片', 10], ...goods]); a.c._policyAll = true; finish(a.c);
    return { claims: [a.c.claimId], targets: [a.c.claimId], mut: mut(a.c, [].concat(...goods.map(([g]) => a.ids[g]))) }; }
  const a = visit(mem, h, 'pharmacy', rdate(), [pick(['I10.x00x002', 'J06.900'])], [['医用脱脂纱布', ri(20, 40)], ['医用弹力绷带', ri(8, 15)], ['透明敷贴', ri(20, 40)]]); finish(a.c);
  return { claims: [a.c.claimId], targets: [a.c.claimId], mut: mut(a.c, [].concat(...Object.values(a.ids))) };
}];

const VBASKET = [[['复方丹参滴丸', 90], ['苯磺酸氨氯地平片', 30]], [['血塞通软胶囊', 36], ['阿司匹林肠溶片', 30]], [['六味地黄丸', 240], ['复合维生素B片', 60]], [['氨茶碱片', 30], ['复方甘草片', 36]], [['盐酸二甲双胍片', 90], ['格列美脲片', 30]]];
T.T19 = ['村卫生室/卫生院批量刷卡: 同日同医生为同村多名老人虚构相同门诊', (n) => {
  const rg = pick(REGIONS); const h = n % 4 === 3 ? TWN(rg) : VIL(rg); const date = rdate(); const k = ri(5, 9); const basket = VBASKET[n % VBASKET.length];
  const dx = basket[0][0] === '盐酸二甲双胍片' ? 'E11.900' : basket[0][0] === '氨茶碱片' ? 'J42.x00' : 'I10.x00x002';
  const doc = doctor(h, 'general_practice'); const claims = [];
  const rounds = n % 3 === 0 ? 2 : 1;
  const mems = []; for (let j = 0; j < k; j++) mems.push(member({ region: rg, age: ri(62, 86), insuranceType: 'resident' }));
  for (let r = 0; r < rounds; r++) for (const mem of mems) { const a = visit(mem, h, 'general_practice', addDays(date, r * ri(7, 10)), [dx], basket.concat(n % 2 ? [['静脉输液(第一组)', 1], ['葡萄糖注射液', 1], ['一次性使用输液器', 1]] : []), { doctorId: doc }); finish(a.c); claims.push(a.c.claimId); }
  return { claims, targets: claims, mut: {} };
}];

T.T20 = ['虚构门诊就诊: 参保人在外院住院期间, 基层机构记录其门诊/慢特病就诊', (n) => {
  const rg = pick(REGIONS); const mem = member({ region: rg, age: ri(55, 85), chronic: n % 2 ? ['I10', 'E11'] : undefined });
  const key = ['stroke', 'hf', 'pneumonia', 'copd', 'angina'][n % 5]; const h = H3(rg);
  const s = mkStay(mem, h, key, { los: ri(9, 12), route: n % 3 ? 'emergency' : 'outpatient' });
  const claims = []; const k = n % 4 === 0 ? 2 : 1;
  for (let j = 0; j < k; j++) { const d = addDays(s.adm, ri(2, s.los - 2)); const h2 = n % 2 ? TWN(rg) : VIL(rg);
    const lines = n % 3 === 2 ? [['静脉输液(第一组)', 1], ['氯化钠注射液', 1], ['注射用头孢呋辛钠', 2], ['一次性使用输液器', 1]] : [['苯磺酸氨氯地平片', 30], ['盐酸二甲双胍片', 90]];
    const a = visit(mem, h2, 'general_practice', d, n % 3 === 2 ? ['J06.900'] : ['I10.x00x002', 'E11.900'], lines, { visitType: n % 2 && n % 3 !== 2 ? 'chronic' : 'outpatient' }); finish(a.c); claims.push(a.c.claimId); }
  finish(s.c);
  return { claims: [...claims, s.c.claimId], targets: claims, mut: {} };
}];

// ======================================================================
// CONTROLS
// ======================================================================
const C = {};
C.C01 = ['高龄多病住院, 多项有指征的检查', (n) => {
  const rg = pick(REGIONS); const mem = member({ region: rg, age: ri(80, 93) }); const h = n % 3 ? H3(rg) : H2(rg); const los = ri(10, 14); const adm = rdate(); const dis = addDays(adm, los);
  const c = newClaim({ mem, h, visitType: 'inpatient', dept: 'geriatrics', adm, dis, dx: ['J18.900', 'I50.000', 'N18.400', 'E11.900', 'I48.900'], route: 'emergency' });
  stay(c, { los, grade: gradeSeq(4, 99), iv: [['注射用哌拉西林钠他唑巴坦钠', 3, 0, 8], ['呋塞米注射液', 2, 0, 3], ['氯化钠注射液', 1, 0, 8]], oral: [['琥珀酸美托洛尔缓释片', 1, 0, los - 1], ['利伐沙班片', 1, 0, los - 1], ['达格列净片', 1, 2, los - 1], ['螺内酯片', 1, 1, los - 1]],
    extra: [['B型钠尿肽(BNP)测定', 0], ['B型钠尿肽(BNP)测定', 6], ['肌钙蛋白I测定', 0], ['肌钙蛋白I测定', 1], ['降钙素原测定', 0], ['降钙素原测定', 4], ['细菌培养及药敏', 0, 2], ['D-二聚体测定', 0], ['下肢血管彩色多普勒超声', 1], ['电解质(四项)', 2], ['电解质(四项)', 4], ['肾功能(三项)', 3], ['肾功能(三项)', 7], ['心脏彩色多普勒超声', 1], ['胸部CT平扫', 0], ['血气分析', 0], ['糖化血红蛋白测定', 0], ['C反应蛋白测定', 4], ['血常规(五分类)', 4], ['甲状腺功能(三项)', 1]],
    o2: [ri(10, 16), 0, 5], gluc: [4, 0, los - 1], ecg: [24, 0, 2] });
  finish(c); return { claims: [c.claimId] };
}];
C.C02 = ['第二家药店购药: 第一家缺货仅配部分, 次日在另一家配齐', (n) => {
  const rg = pick(REGIONS); const [drug, pd, dx] = pick([['甘精胰岛素注射液', 0.1, 'E11.900'], ['瑞舒伐他汀钙片', 1, 'E78.500'], ['硝苯地平控释片', 1, 'I10.x00x002'], ['沙库巴曲缬沙坦钠片', 2, 'I50.900'], ['噻托溴铵粉吸入剂', 0.035, 'J44.000'], ['左甲状腺素钠片', 1, 'E03.900'], ['恩替卡韦分散片', 1, 'B18.100']]);
  const mem = member({ region: rg, age: ri(40, 80) }); const d = rdate(1, 10); const a = PHA(rg); let b = PHA(rg); let g = 0; while (b.id === a.id && g++ < 10) b = PHA(rg);
  const q1 = Math.max(1, Math.floor(pd * ri(7, 10))); const q2 = Math.max(1, supplyQty(pd, 30) - q1);
  const x = visit(mem, a, 'pharmacy', d, [dx], [[drug, q1]]); finish(x.c);
  const y = visit(mem, b, 'pharmacy', addDays(d, ri(1, 3)), [dx], [[drug, q2]]); finish(y.c);
  return { claims: [x.c.claimId, y.c.claimId] };
}];
C.C03 = ['长处方 12 周 (标注 longPrescription), 多病稳定期', (n) => {
  const rg = pick(REGIONS); const [cd, dx, drugs] = CHRONIC_SETS[n % CHRONIC_SETS.length]; const mem = member({ region: rg, age: ri(50, 80) }); const h = H23(rg);
  const days = n % 2 ? 84 : 56; const d = rdate(1, 6);
  const a = visit(mem, h, 'internal_medicine', d, dx, drugs.map(([nm, pd]) => [nm, supplyQty(pd, days), { long: true }])); finish(a.c);
  const claims = [a.c.claimId];
  if (n % 3 === 0) { const b = visit(mem, h, 'internal_medicine', addDays(d, days - ri(0, 3)), dx, drugs.map(([nm, pd]) => [nm, supplyQty(pd, days), { long: true }])); finish(b.c); claims.push(b.c.claimId); }
  return { claims };
}];
C.C04 = ['ICU 脓毒症/呼吸衰竭: 重症监护按小时、有创通气、每日多次血气', (n) => {
  const rg = pick(REGIONS); const mem = member({ region: rg, age: ri(45, 85) }); const h = H3(rg); const icu = ri(3, 6); const ward = ri(3, 5); const los = icu + ward; const adm = rdate(); const dis = addDays(adm, los);
  const vent = n % 2 === 0; const dx = n % 2 ? ['A41.900', 'N39.000', 'R57.100'] : ['J96.000', 'J18.900', 'A41.900'];
  const c = newClaim({ mem, h, visitType: 'inpatient', dept: 'icu', adm, dis, dx, route: 'emergency', procs: vent ? [{ code: '96.0400', date: adm }, { code: '96.7100', date: adm }] : [] });
  const day = (i) => addDays(adm, i);
  for (let i = 0; i < los; i++) {
    const inIcu = i < icu; const last = i === icu; // transfer day: 10 h ICU then ward
    L(c, inIcu ? '监护病房床位费' : '普通病房床位费(三人间)', day(i), 1);
    if (inIcu) L(c, '重症监护', day(i), 24); else { L(c, i < icu + 2 ? 'Ⅰ级护理' : 'Ⅱ级护理', day(i), 1); if (i < icu + 2) { L(c, '心电监测', day(i), 12); L(c, '血氧饱和度监测', day(i), 12); } }
    L(c, '住院诊查费', day(i), 1);
    if (inIcu) { L(c, '血气分析', day(i), i < 2 ? 4 : 2); L(c, '血乳酸测定', day(i), i < 2 ? 4 : 2); L(c, '电解质(四项)', day(i), 2); L(c, '血常规(五分类)', day(i), 1);
      if (vent && i < icu - 1) { L(c, '有创呼吸机辅助呼吸', day(i), 24); } else L(c, '吸氧', day(i), 16);
      L(c, '重酒石酸去甲肾上腺素注射液', day(i), i < 2 ? 6 : 2); if (vent && i < icu - 1) L(c, '咪达唑仑注射液', day(i), 4);
      L(c, '心电电极片', day(i), 5); }
    if (i < los - 1) { L(c, '注射用美罗培南', day(i), 3); L(c, '氯化钠注射液', day(i), 3); L(c, '静脉输液(第一组)', day(i), 1); L(c, '静脉输液(每增加一组)', day(i), 2); L(c, '一次性使用输液器', day(i), 3); }
  }
  for (const nm of ['肝功能(全套)', '肾功能(三项)', '凝血四项', '降钙素原测定', 'C反应蛋白测定', '胸部X线摄影(正侧位)', '常规心电图检查', '血型鉴定(ABO+Rh)']) L(c, nm, day(0), 1);
  L(c, '细菌培养及药敏', day(0), 2); L(c, '降钙素原测定', day(3), 1); L(c, '胸部CT平扫', day(1), 1);
  if (vent) { L(c, '一次性气管插管', day(0), 1); L(c, '一次性呼吸机管路', day(0), 1); }
  L(c, '一次性使用导尿包', day(0), 1); L(c, '双腔硅胶导尿管', day(0), 1); L(c, '一次性使用胃管', day(0), 1); L(c, '一次性血氧探头', day(0), 1);
  finish(c); return { claims: [c.claimId] };
}];
C.C05 = ['合规上转: 乡镇/二级医院 1–2 天后医嘱转院, 同日三级医院转入', (n) => {
  const rg = pick(REGIONS); const mem = member({ region: rg, age: ri(50, 85) }); const key = ['stroke', 'hf', 'pneumonia', 'angina', 'copd'][n % 5];
  const a = n % 2 ? TWN(rg) : H2(rg); const los1 = ri(1, 2);
  const s1 = mkStay(mem, a, key, { los: los1, mode: 'transfer', route: 'emergency' }); finish(s1.c);
  const b = H3(rg); const s2 = mkStay(mem, b, key, { adm: s1.dis, route: 'transfer' }); s2.c.transferFromHospitalId = a.id; finish(s2.c);
  return { claims: [s1.c.claimId, s2.c.claimId] };
}];
C.C06 = ['出院后 5–14 天因新的疾病再入院', (n) => {
  const rg = pick(REGIONS); const mem = member({ region: rg, age: ri(55, 88) }); const h = H23(rg);
  const pairs = [['pneumonia', 'uti'], ['stroke', 'pneumonia'], ['hf', 'gastro'], ['t2dm', 'pneumonia'], ['copd', 'angina'], ['angina', 'uti']];
  const [k1, k2] = pairs[n % pairs.length];
  const s1 = mkStay(mem, h, k1, { adm: rdate(1, 9) }); finish(s1.c);
  const s2 = mkStay(mem, n % 2 ? h : H23(rg), k2, { adm: addDays(s1.dis, ri(5, 14)), route: 'emergency' }); finish(s2.c);
  return { claims: [s1.c.claimId, s2.c.claimId] };
}];
C.C07 = ['家庭成员同日同医生就诊 (流感/胃肠炎家庭聚集)', (n) => {
  const rg = pick(REGIONS); const h = n % 2 ? TWN(rg) : H23(rg); const date = rdate(); const doc = doctor(h, 'general'); const flu = n % 3 !== 2;
  const fam = [member({ region: rg, age: ri(30, 45), gender: 'M' }), member({ region: rg, age: ri(28, 42), gender: 'F' }), child(ri(2, 10), { region: rg })];
  if (n % 2) fam.push(member({ region: rg, age: ri(62, 78) }));
  const claims = [];
  for (const m of fam) {
    const kid = m.age < 12; let lines;
    if (flu) lines = kid ? [['血常规(五分类)', 1], ['磷酸奥司他韦胶囊', 10], ['小儿对乙酰氨基酚颗粒', 6]] : [['血常规(五分类)', 1], ['磷酸奥司他韦胶囊', 10], ['对乙酰氨基酚片', 6]];
    else lines = kid ? [['大便常规+隐血', 1], ['蒙脱石散', 9], ['双歧杆菌三联活菌胶囊', 12]] : [['大便常规+隐血', 1], ['蒙脱石散', 9], ['诺氟', 0]].filter((x) => x[1] > 0);
    const a = visit(m, h, kid ? 'paediatrics' : 'general', date, [flu ? 'J11.100' : 'A09.001'], lines, { doctorId: doc }); finish(a.c); claims.push(a.c.claimId);
  }
  return { claims };
}];
C.C08 = ['晚期肿瘤姑息治疗 (吗啡、营养支持、吸氧, 部分院内死亡)', (n) => {
  const rg = pick(REGIONS); const ca = ['C34.901', 'C16.900', 'C22.000', 'C25.900', 'C18.900'][n % 5]; const mem = member({ region: rg, age: ri(55, 88) }); const h = n % 3 ? H2(rg) : H3(rg);
  const los = ri(15, 28); const adm = rdate(1, 10); const dis = addDays(adm, los); const death = n % 3 === 0;
  const c = newClaim({ mem, h, visitType: 'inpatient', dept: 'oncology', adm, dis, dx: [ca, 'Z51.500', ca === 'C34.901' ? 'R06.000' : 'R18.x00', 'R06.000'].filter((x, i, a) => a.indexOf(x) === i), mode: death ? 'death' : 'ordered' });
  stay(c, { los, grade: () => 'Ⅰ级护理', iv: [['脂肪乳注射液(C14～24)', 1, 0, los - 1], ['复方氨基酸注射液(18AA)', 1, 0, los - 1], ['盐酸昂丹司琼注射液', 1, 0, 6]], oral: [['盐酸曲马多缓释片', 2, 0, 3], ['乳果糖口服溶液', 2, 2, los - 1], ['螺内酯片', 2, 0, los - 1]],
    extra: [...Array.from({ length: los - 4 }, (_, i) => ['盐酸吗啡注射液', i + 4, 3]), ...Array.from({ length: los - 4 }, (_, i) => ['皮下注射', i + 4, 3]), ['腹部B超', 1], ['电解质(四项)', 5], ['肝功能(全套)', 7]], o2: [16, 0, los - 1] });
  finish(c); return { claims: [c.claimId] };
}];
C.C09 = ['儿科住院, 每日复查有理由 (脱水低钾每日电解质/重症肺炎每日血象CRP)', (n) => {
  const rg = pick(REGIONS); const v = n % 2; const age = v ? ri(3, 10) : ri(1, 4); const mem = child(age, { region: rg }); const h = H23(rg); const los = ri(5, 7); const adm = rdate(); const dis = addDays(adm, los);
  if (!v) { const c = newClaim({ mem, h, visitType: 'inpatient', dept: 'paediatrics', adm, dis, dx: ['A08.000', 'E86.x00', 'E87.600'] });
    stay(c, { los, child: true, childAge: age, grade: gradeSeq(2, 99), iv: [['葡萄糖氯化钠注射液', 2, 0, 3], ['氯化钾注射液', 1, 0, 3]], oral: [['蒙脱石散', 3, 0, los - 1]], extra: [['电解质(四项)', 0], ['电解质(四项)', 1], ['电解质(四项)', 2], ['电解质(四项)', 3], ['血气分析', 0], ['血气分析', 1], ['肾功能(三项)', 0]] });
    finish(c); return { claims: [c.claimId] }; }
  const c = newClaim({ mem, h, visitType: 'inpatient', dept: 'paediatrics', adm, dis, dx: ['J18.000', 'J96.000'] });
  stay(c, { los, child: true, childAge: age, grade: gradeSeq(3, 99), iv: [['注射用阿奇霉素', 1, 0, 4], ['注射用头孢呋辛钠', 2, 0, los - 2]], neb: [['吸入用布地奈德混悬液', 2, 0, los - 1]], o2: [12, 3, 4], ecg: [24, 0, 2],
    extra: [['血常规(五分类)', 1], ['血常规(五分类)', 2], ['血常规(五分类)', 3], ['C反应蛋白测定', 1], ['C反应蛋白测定', 2], ['C反应蛋白测定', 3], ['降钙素原测定', 0], ['降钙素原测定', 3], ['血气分析', 0], ['血气分析', 1], ['胸部X线摄影(正侧位)', 0], ['胸部X线摄影(正侧位)', 4], ['细菌培养及药敏', 0], ['经鼻高流量湿化氧疗', 0, 20], ['经鼻高流量湿化氧疗', 1, 20], ['经鼻高流量湿化氧疗', 2, 20]] });
  finish(c); return { claims: [c.claimId] };
}];
C.C10 = ['门诊慢特病多病种按月配药 (3 个月)', (n) => {
  const rg = pick(REGIONS); const sets = [CHRONIC_SETS[0], CHRONIC_SETS[4], CHRONIC_SETS[5]]; const s1 = CHRONIC_SETS[n % CHRONIC_SETS.length]; const s2 = sets[(n + 1) % 3];
  const cd = [...new Set([...s1[0], ...s2[0]])]; const dx = [...new Set([...s1[1], ...s2[1]])]; const drugs = [...new Map([...s1[2], ...s2[2]].map((x) => [x[0], x])).values()];
  const mem = member({ region: rg, age: ri(55, 85), chronic: cd }); const h = n % 2 ? H2(rg) : TWN(rg); let d = rdate(1, 7); const claims = [];
  for (let j = 0; j < 3; j++) { const lines = drugs.map(([nm, pd]) => [nm, supplyQty(pd, 30)]); if (j === 0 && cd.includes('E11')) lines.push(['糖化血红蛋白测定', 1]); if (j === 0) lines.push(['肾功能(三项)', 1]);
    const a = visit(mem, h, 'chronic_clinic', d, dx, lines, { visitType: 'chronic' }); finish(a.c); claims.push(a.c.claimId); d = addDays(d, ri(28, 31)); }
  return { claims };
}];
C.C11 = ['长期静脉抗感染住院 28–40 天 (心内膜炎/骨髓炎/肝脓肿)', (n) => {
  const rg = pick(REGIONS); const v = n % 3; const mem = member({ region: rg, age: ri(30, 75) }); const h = H3(rg); const los = ri(28, 40); const adm = rdate(1, 9); const dis = addDays(adm, los);
  const dx = [['I33.000x004'], ['M86.900', 'E11.500x043', 'L97.x00'], ['K75.000', 'E11.900']][v];
  const c = newClaim({ mem, h, visitType: 'inpatient', dept: ['cardiology', 'orthopaedics', 'infectious'][v], adm, dis, dx, route: 'emergency' });
  const iv = v === 0 ? [['注射用氨苄西林钠', 12, 0, los - 2], ['硫酸阿米卡星注射液', 2, 0, 13], ['氯化钠注射液', 4, 0, los - 2]] : [['注射用哌拉西林钠他唑巴坦钠', 3, 0, los - 2], ['甲硝唑氯化钠注射液', 2, 0, v === 2 ? 20 : 0], ['氯化钠注射液', 3, 0, los - 2]];
  const extra = [['细菌培养及药敏', 0, 2], ['细菌培养及药敏', 3, 1], ['细菌培养及药敏', 14, 1], ['降钙素原测定', 0]];
  for (let w = 7; w < los; w += 7) { extra.push(['C反应蛋白测定', w]); extra.push(['血常规(五分类)', w]); extra.push(['肾功能(三项)', w]); extra.push(['肝功能(全套)', w]); }
  if (v === 0) { extra.push(['心脏彩色多普勒超声', 0], ['心脏彩色多普勒超声', 14], ['心脏彩色多普勒超声', 27]); }
  if (v === 1) { extra.push(['四肢X线摄影', 0], ['四肢X线摄影', 21], ['糖化血红蛋白测定', 0]); for (let i = 1; i < los; i += 2) extra.push(['换药(中)', i], ['藻酸盐敷料', i]); }
  if (v === 2) { extra.push(['腹部CT平扫', 0], ['CT增强扫描(加收)', 0], ['腹部B超', 10], ['腹部B超', 20], ['糖化血红蛋白测定', 0]); }
  stay(c, { los, grade: v === 0 ? gradeSeq(3, 99) : gradeSeq(0, 99), iv, extra, gluc: v ? [4, 0, los - 1] : null, ecg: v === 0 ? [24, 0, 2] : null });
  finish(c); return { claims: [c.claimId] };
}];
C.C12 = ['新诊断 1 型糖尿病胰岛素起始住院, 每日 7 次血糖', (n) => {
  const rg = pick(REGIONS); const mem = n % 2 ? child(ri(10, 16), { region: rg }) : member({ region: rg, age: ri(18, 32) }); const h = H3(rg); const los = ri(7, 10); const adm = rdate(); const dis = addDays(adm, los);
  const c = newClaim({ mem, h, visitType: 'inpatient', dept: mem.age < 18 ? 'paediatrics' : 'endocrinology', adm, dis, dx: ['E10.900'] });
  stay(c, { los, grade: gradeSeq(2, 99), gluc: [7, 0, los - 1], extra: [['糖化血红蛋白测定', 0], ['甲状腺功能(三项)', 1], ['眼底检查', 2], ['尿常规', 1], ['尿常规', 2], ['血脂(四项)', 0], ['门冬胰岛素注射液', 0, 1], ['甘精胰岛素注射液', 0, 1], ['门冬胰岛素注射液', 5, 1], ['皮下注射', 0, 4], ['皮下注射', 1, 4], ['皮下注射', 2, 4]] });
  finish(c); return { claims: [c.claimId] };
}];
C.C13 = ['CKD 4–5 期肾性贫血: 每月促红素+铁剂, 慢特病', (n) => {
  const rg = pick(REGIONS); const mem = member({ region: rg, age: ri(50, 85), chronic: ['N18'] }); const h = H23(rg); let d = rdate(1, 8); const claims = [];
  for (let j = 0; j < 3; j++) { const a = visit(mem, h, 'nephrology', d, [n % 2 ? 'N18.500' : 'N18.400', 'I10.x00x002'], [['重组人促红素注射液', ri(8, 9)], ['皮下注射', 4], ['琥珀酸亚铁片', 90], ['骨化三醇软胶囊', 30], ['碳酸钙D3片', 30], ['血常规(五分类)', 1], ['肾功能(三项)', 1], ['电解质(四项)', 1]], { visitType: 'chronic' }); finish(a.c); claims.push(a.c.claimId); d = addDays(d, ri(28, 31)); }
  return { claims };
}];
C.C14 = ['门诊口服化疗 (卡培他滨 14/21 天) 每周期查血象、肝功、CEA', (n) => {
  const rg = pick(REGIONS); const ca = ['C18.900', 'C16.900', 'C50.900'][n % 3]; const mem = member({ region: rg, age: ri(40, 78), gender: ca === 'C50.900' ? 'F' : undefined }); const h = H3(rg); let d = rdate(1, 8); const claims = [];
  for (let j = 0; j < ri(2, 3); j++) { const a = visit(mem, h, 'oncology', d, [ca], [['卡培他滨片', 84], ['血常规(五分类)', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1], ['肿瘤标志物(CEA)测定', 1], ['甲氧氯普胺', 0]].filter((x) => x[1] > 0), { senior: true }); finish(a.c); claims.push(a.c.claimId); d = addDays(d, 21); }
  return { claims };
}];
C.C15 = ['心衰出院后每 7–12 天复诊调药, 复查 BNP/电解质/肾功', (n) => {
  const rg = pick(REGIONS); const mem = member({ region: rg, age: ri(55, 85) }); const h = H23(rg); let d = rdate(1, 9); const claims = [];
  for (let j = 0; j < 4; j++) { const gap = ri(7, 12); const lines = [['电解质(四项)', 1], ['肾功能(三项)', 1], ['沙库巴曲缬沙坦钠片', 2 * gap], ['螺内酯片', gap], ['琥珀酸美托洛尔缓释片', gap]]; if (j === 0 || j === 3) lines.push(['B型钠尿肽(BNP)测定', 1]);
    const a = visit(mem, h, 'cardiology', d, ['I50.000', 'I10.x00x002'], lines); finish(a.c); claims.push(a.c.claimId); d = addDays(d, gap); }
  return { claims };
}];
C.C16 = ['村卫生室流感暴发: 同日多名无关村民就诊, 处方按年龄与病情各异', (n) => {
  const rg = pick(REGIONS); const h = VIL(rg); const date = rdate(1, 3); const k = ri(5, 8); const claims = []; const doc = doctor(h, 'general_practice');
  for (let j = 0; j < k; j++) { const age = [ri(3, 11), ri(18, 45), ri(46, 64), ri(65, 85)][j % 4]; const m = age < 12 ? child(age, { region: rg }) : member({ region: rg, age, insuranceType: 'resident' });
    const lines = age < 12 ? [['小儿对乙酰氨基酚颗粒', ri(3, 9)], ['磷酸奥司他韦胶囊', 10]] : pick([[['磷酸奥司他韦胶囊', 10], ['对乙酰氨基酚片', ri(4, 9)]], [['连花清瘟胶囊', 24]], [['板蓝根颗粒', 9], ['对乙酰氨基酚片', 6]], [['复方甘草片', 27], ['磷酸奥司他韦胶囊', 10]]]);
    const a = visit(m, h, 'general_practice', date, [pick(['J11.100', 'J06.900'])], lines, { doctorId: doc }); finish(a.c); claims.push(a.c.claimId); }
  return { claims };
}];

// ======================================================================
// ROUTINE background
// ======================================================================
function routine(n) {
  const rg = pick(REGIONS); const r = n % 10;
  if (r < 4) { const mem = member({ region: rg, age: ri(30, 85) }); const h = H23(rg); const s = mkStay(mem, h, PKEYS[n % PKEYS.length]); finish(s.c); return [s.c.claimId]; }
  if (r === 4) { const mem = child(ri(1, 6), { region: rg }); const h = H23(rg); const los = ri(5, 6); const adm = rdate(); const age = mem.age;
    const c = newClaim({ mem, h, visitType: 'inpatient', dept: 'paediatrics', adm, dis: addDays(adm, los), dx: ['J18.000'] });
    stay(c, { los, child: true, childAge: age, iv: [['注射用头孢呋辛钠', 2, 0, los - 2]], neb: [['吸入用布地奈德混悬液', 2, 0, los - 2]], extra: [['胸部X线摄影(正侧位)', 0], ['血常规(五分类)', 3]] }); finish(c); return [c.claimId]; }
  if (r === 5) { const mem = member({ region: rg, age: ri(18, 70) }); const h = pick([H23(rg), TWN(rg), VIL(rg)]);
    const [dx, lines] = pick([['J06.900', [['血常规(五分类)', 1], ['连花清瘟胶囊', 24]]], ['J02.900', [['阿莫西林胶囊', 24], ['对乙酰氨基酚片', 6]]], ['K29.700', [['奥美拉唑肠溶胶囊', 14], ['铝碳酸镁咀嚼片', 24]]], ['M54.500', [['双氯芬酸钠缓释片', 7]]], ['L30.900', [['丁酸氢化可的松乳膏', 1], ['氯雷他定片', 7]]]]);
    const a = visit(mem, h, 'general', rdate(), [dx], lines); finish(a.c); return [a.c.claimId]; }
  if (r === 6) { const [cd, dx, drugs] = CHRONIC_SETS[n % CHRONIC_SETS.length]; const mem = member({ region: rg, age: ri(50, 80), chronic: cd }); const h = pick([H2(rg), TWN(rg)]);
    const a = visit(mem, h, 'chronic_clinic', rdate(), dx, drugs.map(([nm, pd]) => [nm, supplyQty(pd, 30)]), { visitType: 'chronic' }); finish(a.c); return [a.c.claimId]; }
  if (r === 7) { const mem = member({ region: rg, age: ri(30, 80) }); const h = PHA(rg);
    const [dx, lines] = pick([['I10.x00x002', [['苯磺酸氨氯地平片', 28]]], ['E11.900', [['盐酸二甲双胍片', 60]]], ['J06.900', [['板蓝根颗粒', 9], ['对乙酰氨基酚片', 6]]], ['E78.500', [['阿托伐他汀钙片', 28]]], ['J30.400', [['氯雷他定片', 10]]]]);
    const a = visit(mem, h, 'pharmacy', rdate(), [dx], lines); finish(a.c); return [a.c.claimId]; }
  if (r === 8) { const mem = child(ri(1, 10), { region: rg }); const h = pick([H23(rg), TWN(rg)]);
    const a = visit(mem, h, 'paediatrics', rdate(), ['J06.900'], [['血常规(五分类)', 1], ['小儿对乙酰氨基酚颗粒', 6], ['小儿氨酚黄那敏颗粒', 6]]); finish(a.c); return [a.c.claimId]; }
  const mem = member({ region: rg, age: ri(40, 80) }); const h = H23(rg);
  const a = visit(mem, h, 'cardiology', rdate(), ['I10.x00x002'], [['常规心电图检查', 1], ['血脂(四项)', 1], ['苯磺酸氨氯地平片', 28], ['阿托伐他汀钙片', 28]]); finish(a.c); return [a.c.claimId];
}

// ======================================================================
for (const [code, [name, fn]] of Object.entries(T)) for (let n = 1; n <= N; n++) { const r = fn(n); label('fraud', code, name, n, r.claims, r.targets, r.mut); }
for (const [code, [name, fn]] of Object.entries(C)) for (let n = 1; n <= N; n++) { const r = fn(n); label('control', code, name, n, r.claims, r.claims, {}); }
for (let n = 1; n <= NROUTINE; n++) { const ids = routine(n); label('routine', 'R', 'routine', n, ids, ids, {}); }

CLAIMS.sort((a, b) => (a.settle < b.settle ? -1 : a.settle > b.settle ? 1 : a.seq - b.seq));
fs.writeFileSync(path.join(HERE, 'claims.ndjson'), CLAIMS.map((x) => JSON.stringify(x.claim)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'labels.json'), JSON.stringify(LABELS, null, 1));
console.error(`claims ${CLAIMS.length}, cases ${LABELS.length}, groups applied ${Object.keys(GROUPS).length}`);
