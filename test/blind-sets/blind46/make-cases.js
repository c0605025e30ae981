#!/usr/bin/env node
// blind46 — diagnostics (检验检查) fraud typologies and controls, written from public descriptions only.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Writes <outdir>/claims.ndjson and <outdir>/labels.json. Fixed seed: same output every run.
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = path.resolve(opt('--catalogue', path.join(__dirname, '..', 'base46', 'rules', 'catalogue')));
const GROUPS = opt('--groups', null);

// ---------- rng ----------
let _s = 46046 >>> 0;
function rnd() { _s = (_s + 0x6D2B79F5) >>> 0; let t = _s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
function rdate(from = '2026-01-05', to = '2026-11-08') { return add(from, ri(0, diff(from, to))); }

// ---------- catalogue ----------
const ROWS = {};
for (const f of ['services', 'drugs', 'consumables']) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f + '.json'), 'utf8')).rows) ROWS[r.name] = r;
}
function row(name) { const r = ROWS[name]; if (!r) throw new Error('no catalogue row: ' + name); return r; }

// ---------- groups ----------
const GRP = {};
if (GROUPS && fs.existsSync(GROUPS)) {
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) {
    if (!line.trim()) continue; const g = JSON.parse(line);
    if (g.claimId && g.grouping) GRP[g.claimId] = g.grouping.drg || null;
  }
}

// ---------- hospitals ----------
const REGIONS = ['510100', '220100', '230100', '370100', '370200', '510700'];
const HOSP = {}; // region -> list
for (const reg of REGIONS) {
  const spec = [[3, 'public'], [3, 'public'], [2, 'public'], [2, 'public'], [2, 'private'], [1, 'public'], [1, 'public'], [1, 'private'], [1, 'pharmacy']];
  HOSP[reg] = spec.map(([level, kind], i) => ({ id: 'H' + reg + String(i + 1).padStart(2, '0'), level, kind, region: reg, idx: i + 1 }));
}
const hosp = (reg, level, kind) => pick(HOSP[reg].filter(h => h.level === level && (!kind || h.kind === kind) && (kind === 'pharmacy' || h.kind !== 'pharmacy')));
const docId = (h, dept, n = 1) => 'D' + h.id.slice(-4) + String(Math.abs([...dept].reduce((a, c) => a * 31 + c.charCodeAt(0), 7)) % 90 + 10) + n;

// ---------- members ----------
let memSeq = 0;
function member({ ageMin = 20, ageMax = 80, gender = null, type = null, region = null, chronic = null, refYear = 2026 } = {}) {
  const g = gender || (chance(0.5) ? 'M' : 'F');
  const age = ri(ageMin, ageMax);
  const bd = `${refYear - age - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const realAge = age; // born the year before refYear-age: age at mid-2026 ≈ age (+0/1)
  const t = type || (realAge < 18 ? 'resident' : chance(0.55) ? 'employee' : 'resident');
  const contrib = t === 'employee' ? Math.max(1, Math.min(realAge - 20, ri(realAge > 50 ? 26 : 3, 38))) : 0;
  const retired = t === 'employee' && ((g === 'M' && realAge >= 61 && contrib >= 30) || (g === 'F' && realAge >= 56 && contrib >= 25));
  memSeq++;
  return {
    insuredId: 'P46' + String(memSeq).padStart(5, '0'), gender: g, birthDate: bd, type: t, retired, age: realAge,
    region: region || pick(REGIONS), chronic: chronic || [],
    enrollment: { enrolledOn: '2026-01-01', inConcentratedPeriod: true, continuousYears: Math.max(1, Math.min(realAge, ri(4, 15))), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: chance(0.2), contributionYears: contrib, special: null },
  };
}

// ---------- claims ----------
const CLAIMS = []; let claimSeq = 0;
function line(name, date, qty, extra = {}) { return Object.assign({ name, date, qty }, extra); }
function mk(m, h, o) {
  claimSeq++;
  const id = `${h.region}-${h.id}-2026-${String(claimSeq).padStart(6, '0')}`;
  const items = []; const mutated = [];
  let n = 0;
  for (const l of o.lines) {
    const r = row(l.name); n++;
    const cap = r.priceCap[String(h.level)];
    const unit = r2(cap * (l.factor || 1));
    const it = { lineId: String(n), code: r.category === 'drug' ? r.products[0] : r.code, name: r.name, category: r.category, date: l.date, quantity: l.qty, unitPrice: unit, amount: r2(unit * l.qty) };
    if (l.longRx) it.longPrescription = true;
    items.push(it); if (l.mut) mutated.push(String(n));
  }
  const c = {
    claimId: id, region: h.region, insuranceType: m.type, visitType: o.vt,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: Object.assign({}, m.enrollment, m.chronic.length ? { chronicDiseases: m.chronic } : {}),
    provider: { hospitalId: h.id, level: h.level, department: o.dept, doctorId: o.doctor || docId(h, o.dept) },
  };
  if (o.vt === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (o.vt === 'inpatient') {
    c.reportedGroup = { drg: GRP[id] || null, dip: null };
    if (o.route) c.admissionRoute = o.route;
    c.dischargeMode = o.dischargeMode || 'ordered';
    if (o.transferFrom) c.transferFromHospitalId = o.transferFrom;
  }
  if (m.insuredRegion && m.insuredRegion !== h.region) c.insuredRegion = m.insuredRegion;
  c.items = items;
  c.amounts = { total: 0, policy: 0, fundClaimed: 0 };
  c._settle = o.vt === 'inpatient' ? o.dis : o.date; c._seq = claimSeq; c._m = m; c._h = h; c._mut = mutated;
  CLAIMS.push(c);
  return c;
}

// ---------- bill fragments ----------
const days = (adm, dis) => { const out = []; for (let d = adm; d < dis; d = add(d, 1)) out.push(d); return out; };
function ward(adm, dis, { nursing = 'Ⅱ级护理', bed = '普通病房床位费(三人间)', nursingFrom = null } = {}) {
  const L = [];
  for (const d of days(adm, dis)) {
    L.push(line(bed, d, 1)); L.push(line(nursingFrom && d < nursingFrom.until ? nursingFrom.name : nursing, d, 1)); L.push(line('住院诊查费', d, 1));
  }
  return L;
}
function perDay(name, from, n, qty, extra = {}) { const L = []; for (let i = 0; i < n; i++) L.push(line(name, add(from, i), qty, extra)); return L; }
function infusion(from, n, groups = 2, adult = true) {
  const L = [];
  for (let i = 0; i < n; i++) {
    const d = add(from, i);
    L.push(line(adult ? '静脉输液(第一组)' : '小儿头皮静脉输液', d, 1));
    if (groups > 1 && adult) L.push(line('静脉输液(每增加一组)', d, groups - 1));
    L.push(line('一次性使用输液器', d, groups));
  }
  L.push(line('一次性使用静脉留置针', from, 1)); L.push(line('静脉留置针置管', from, 1));
  return L;
}
const admitLabs = (d) => [line('血常规(五分类)', d, 1), line('尿常规', d, 1), line('大便常规+隐血', d, 1), line('肝功能(全套)', d, 1), line('肾功能(三项)', d, 1), line('电解质(四项)', d, 1), line('凝血四项', d, 1), line('常规心电图检查', d, 1)];
const opConsult = (h, d, senior = false) => line(senior && h.level >= 2 ? '副主任医师门诊诊察费' : (h.level === 1 ? '一般诊疗费' : '普通门诊诊察费'), d, 1);
const OP = (m, h, date, dept, dx, lines, o = {}) => mk(m, h, Object.assign({ vt: 'outpatient', date, dept, dx, lines: [opConsult(h, date, o.senior), ...lines] }, o));
const CH = (m, h, date, dept, dx, lines, o = {}) => mk(m, h, Object.assign({ vt: 'chronic', date, dept, dx, lines: [line('门诊慢特病管理诊查费', date, 1), ...lines] }, o));
const ED = (m, h, date, dx, lines, o = {}) => mk(m, h, Object.assign({ vt: 'outpatient', date, dept: 'emergency', dx, lines: [line('急诊诊察费', date, 1), ...lines] }, o));
const IP = (m, h, adm, dis, dept, dx, lines, o = {}) => mk(m, h, Object.assign({ vt: 'inpatient', adm, dis, dept, dx, lines }, o));
const PH = (m, h, date, dx, lines) => mk(m, h, { vt: 'pharmacy', date, dept: 'pharmacy', dx, lines });

// chronic refills (30 days) by approved disease
function refill(m, d, dz) {
  const L = [];
  if (dz.includes('I10')) L.push(line(pick(['苯磺酸氨氯地平片', '硝苯地平控释片', '缬沙坦胶囊', '厄贝沙坦片']), d, 30));
  if (dz.includes('E11')) { L.push(line('盐酸二甲双胍片', d, 90)); if (chance(0.5)) L.push(line(pick(['格列美脲片', '阿卡波糖片']), d, pick([30, 90]))); }
  if (dz.includes('I25')) { L.push(line('阿司匹林肠溶片', d, 30)); L.push(line('阿托伐他汀钙片', d, 30)); }
  if (dz.includes('B18')) L.push(line('恩替卡韦分散片', d, 30));
  return L;
}
const DXOF = { I10: 'I10.x00x002', E11: 'E11.900', I25: 'I25.103', B18: 'B18.100', C: 'C50.900', Z94: 'Z94.002' };
const clampH = (d) => (d < '2026-01-04' ? add('2026-01-04', ri(0, 6)) : d);
function historyRefill(m, h, d) { d = clampH(d); const dz = m.chronic.filter(x => DXOF[x]); if (!dz.length) return null; return CH(m, h, d, 'internal', dz.map(x => DXOF[x]), refill(m, d, dz)); }
function historyVisit(m, h, d) {
  d = clampH(d);
  const k = ri(0, 2);
  if (k === 0) return OP(m, h, d, 'internal', ['J06.900'], [line('血常规(五分类)', d, 1), line('连花清瘟胶囊', d, 24)]);
  if (k === 1) return OP(m, h, d, 'gastroenterology', ['K29.700'], [line('奥美拉唑肠溶胶囊', d, 28), line('铝碳酸镁咀嚼片', d, 24)]);
  return OP(m, h, d, 'dermatology', ['L30.900'], [line('丁酸氢化可的松乳膏', d, 1), line('氯雷他定片', d, 10)]);
}

// ---------- labels ----------
const LABELS = [];
const CASECOUNT = {};
function addCase(kind, code, name, claims, targets) {
  CASECOUNT[code] = (CASECOUNT[code] || 0) + 1;
  const caseId = kind === 'routine' ? `R${String(CASECOUNT[code]).padStart(3, '0')}` : `${code}-${String(CASECOUNT[code]).padStart(2, '0')}`;
  const cl = claims.filter(Boolean); const tg = (kind === 'control' || kind === 'routine') ? cl : targets.filter(Boolean);
  const mutatedLines = {};
  if (kind === 'fraud') for (const c of tg) if (c._mut.length) mutatedLines[c.claimId] = c._mut.slice();
  LABELS.push({ caseId, kind, code, name, claimIds: cl.map(c => c.claimId), targets: tg.map(c => c.claimId), mutatedLines });
}
const N = 15;
const M = (l) => Object.assign(l, { mut: true });

// =====================================================================
// FRAUD TYPOLOGIES
// =====================================================================
const TN = {
  T01: '虚记检验：门诊慢特病随访检验结算日参保人正在他院住院（第三方检验经社区门诊结算）',
  T02: '分解收费：一次腹盆腔CT拆成两日两次腹部CT平扫',
  T03: '分解收费：急诊已做组套，同日入院后同一标本拆项另收',
  T04: '串换项目：甲状腺结节随访的甲状腺彩超按颈部血管彩色多普勒超声收费',
  T05: '串换项目：肺结节随访平扫CT加收CT增强',
  T06: '串换项目：高血压慢特病续方时诊室血压按24小时动态血压收费',
  T07: '重复检查：医共体内乡镇卫生院经共享影像/检验中心检查后上转，县医院入院重复同项CT与感染筛查',
  T08: '重复检查：稳定腔隙性脑梗死住院期间无病情变化反复头颅CT',
  T09: '过度检查：儿科普通感染住院一律加做心肌损伤与心功能检查',
  T10: '过度检查：急性腰扭伤首诊即行腰椎MRI与骨密度',
  T11: '体检费用纳入医保：单位年度体检套餐挂入门诊慢特病结算',
  T12: '超标准收费：增强CT注射耗材与注射操作重复计收',
  T13: '诱导检查：社区免费筛查日转为医保门诊结算',
  T14: '冒名检查：女儿早孕检查记在绝经后母亲的医保卡上',
  T15: '过度检查：急诊"胸痛套餐"用于非胸痛急诊患者',
};

// T01
for (let i = 0; i < N; i++) {
  const dz = chance(0.5) ? ['E11', 'I10'] : ['E11'];
  const m = member({ ageMin: 55, ageMax: 78, chronic: dz });
  const clinic = hosp(m.region, 1, 'public'); const big = hosp(m.region, 3);
  const h1d = rdate('2026-01-10', '2026-07-20');
  const c0 = CH(m, clinic, h1d, 'general', dz.map(x => DXOF[x]), [line('糖化血红蛋白测定', h1d, 1), line('空腹血糖测定', h1d, 1), ...refill(m, h1d, dz)]);
  const c0b = CH(m, clinic, add(h1d, 30), 'general', dz.map(x => DXOF[x]), refill(m, add(h1d, 30), dz));
  const adm = add(h1d, ri(50, 80)); const los = ri(7, 11); const dis = add(adm, los);
  const dx = pick([['J18.900'], ['J44.100'], ['I63.900'], ['K80.000x002']]);
  const L = [...ward(adm, dis, { nursing: 'Ⅱ级护理' }), ...admitLabs(adm), line('空腹血糖测定', adm, 1), line('糖化血红蛋白测定', add(adm, 1), 1), ...perDay('血糖监测(快速)', adm, los, 4), ...perDay('血糖试纸', adm, los, 4), line('血常规(五分类)', add(adm, 4), 1), line('C反应蛋白测定', adm, 1)];
  if (dx[0] === 'J18.900') L.push(line('胸部CT平扫', adm, 1), ...perDay('注射用头孢曲松钠', adm, los - 1, 2), ...perDay('氯化钠注射液', adm, los - 1, 2), ...infusion(adm, los - 1, 2));
  if (dx[0] === 'J44.100') L.push(line('胸部CT平扫', adm, 1), line('血气分析', adm, 1), ...perDay('吸入用布地奈德混悬液', adm, los - 1, 2), ...perDay('雾化吸入', adm, los - 1, 2), ...perDay('注射用头孢呋辛钠', adm, los - 2, 2), ...perDay('氯化钠注射液', adm, los - 2, 2), ...infusion(adm, los - 2, 2), ...perDay('吸氧', adm, los - 2, 10));
  if (dx[0] === 'I63.900') L.push(line('头颅CT平扫', adm, 1), line('头颅MRI平扫', add(adm, 1), 1), line('颈部血管彩色多普勒超声', add(adm, 2), 1), line('血脂(四项)', adm, 1), ...perDay('阿司匹林肠溶片', adm, los, 1), ...perDay('阿托伐他汀钙片', adm, los, 1), ...perDay('依达拉奉注射液', adm, Math.min(10, los - 1), 2), ...perDay('氯化钠注射液', adm, Math.min(10, los - 1), 2), ...infusion(adm, Math.min(10, los - 1), 2));
  if (dx[0] === 'K80.000x002') L.push(line('腹部B超', adm, 1), line('腹部CT平扫', adm, 1), ...perDay('注射用头孢哌酮钠舒巴坦钠', adm, los - 2, 2), ...perDay('甲硝唑氯化钠注射液', adm, los - 2, 2), ...perDay('注射用泮托拉唑钠', adm, Math.min(5, los - 2), 2), ...perDay('复方氯化钠注射液', adm, los - 2, 2), ...infusion(adm, los - 2, 3));
  L.push(...perDay('盐酸二甲双胍片', add(adm, 2), los - 2, 3));
  const ipc = IP(m, big, adm, dis, dx[0] === 'I63.900' ? 'neurology' : dx[0] === 'K80.000x002' ? 'general_surgery' : 'respiratory', [...dx, 'E11.900', ...(dz.includes('I10') ? ['I10.x00x002'] : [])], L, { route: 'emergency', px: [] });
  const fd = add(adm, ri(2, los - 2));
  const ft = CH(m, clinic, fd, 'general', dz.map(x => DXOF[x]), [line('糖化血红蛋白测定', fd, 1), line('肝功能(全套)', fd, 1), line('肾功能(三项)', fd, 1), line('血脂(四项)', fd, 1), line('尿常规', fd, 1), line('空腹血糖测定', fd, 1)]);
  addCase('fraud', 'T01', TN.T01, [c0, c0b, ipc, ft], [ft]);
}

// T02
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 30, ageMax: 80 });
  const h = hosp(m.region, pick([2, 3]), chance(0.4) ? 'private' : 'public') || hosp(m.region, 2);
  const pre = rdate('2026-01-05', '2026-10-20');
  const kind = pick(['K85.900', 'K56.701', 'K81.000', 'N10.x02']);
  const c0 = OP(m, h, pre, 'general_surgery', [kind === 'N10.x02' ? 'N39.000' : 'R10.400'], [line(kind === 'N10.x02' ? '泌尿系B超' : '腹部B超', pre, 1), line('血常规(五分类)', pre, 1), line(kind === 'N10.x02' ? '尿常规' : 'C反应蛋白测定', pre, 1)]);
  const adm = add(pre, ri(0, 1)); const los = ri(6, 10); const dis = add(adm, los);
  const L = [...ward(adm, dis), ...admitLabs(adm), line('C反应蛋白测定', adm, 1), line('腹部CT平扫', adm, 1), M(line('腹部CT平扫', add(adm, 1), 1)), line('血常规(五分类)', add(adm, 3), 1), line('肝功能(全套)', add(adm, 3), 1), line('电解质(四项)', add(adm, 2), 1)];
  if (kind === 'K85.900') L.push(line('血脂(四项)', adm, 1), ...perDay('注射用泮托拉唑钠', adm, 6, 2), ...perDay('复方氯化钠注射液', adm, los - 2, 3), ...perDay('葡萄糖注射液', adm, los - 2, 2), ...infusion(adm, los - 2, 3), ...perDay('胃肠减压', adm, 3, 1), line('一次性使用胃管', adm, 1));
  if (kind === 'K56.701') L.push(...perDay('胃肠减压', adm, 4, 1), line('一次性使用胃管', adm, 1), ...perDay('复方氯化钠注射液', adm, los - 2, 3), ...perDay('氯化钾注射液', adm, los - 2, 2), ...perDay('注射用泮托拉唑钠', adm, 5, 1), ...infusion(adm, los - 2, 3), line('胸部X线摄影(正侧位)', adm, 1));
  if (kind === 'K81.000') L.push(...perDay('注射用头孢哌酮钠舒巴坦钠', adm, los - 2, 2), ...perDay('甲硝唑氯化钠注射液', adm, los - 2, 2), ...perDay('复方氯化钠注射液', adm, los - 2, 2), ...infusion(adm, los - 2, 3));
  if (kind === 'N10.x02') L.push(line('细菌培养及药敏', adm, 1), line('尿常规', add(adm, 3), 1), ...perDay('注射用头孢曲松钠', adm, los - 1, 2), ...perDay('氯化钠注射液', adm, los - 1, 1), ...infusion(adm, los - 1, 1));
  const dept = kind === 'N10.x02' ? 'urology' : kind === 'K85.900' ? 'gastroenterology' : 'general_surgery';
  const ipc = IP(m, h, adm, dis, dept, [kind], L, { route: 'outpatient' });
  addCase('fraud', 'T02', TN.T02, [c0, ipc], [ipc]);
}

// T03
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 25, ageMax: 85 });
  const h = hosp(m.region, pick([2, 3]), 'public');
  const d = rdate();
  const kind = pick(['J18.900', 'K81.000', 'N10.x02', 'K56.701']);
  const edL = [line('血常规(五分类)', d, 1), line('肝功能(全套)', d, 1), line('肾功能(三项)', d, 1), line('电解质(四项)', d, 1), line('C反应蛋白测定', d, 1)];
  if (kind === 'J18.900') edL.push(line('胸部X线摄影(正侧位)', d, 1));
  if (kind === 'K81.000' || kind === 'K56.701') edL.push(line('腹部B超', d, 1));
  if (kind === 'N10.x02') edL.push(line('尿常规', d, 1), line('泌尿系B超', d, 1));
  edL.push(line('氯化钠注射液', d, 1), line('静脉输液(第一组)', d, 1), line('一次性使用输液器', d, 1));
  const ec = ED(m, h, d, [kind], edL);
  const los = ri(5, 9); const dis = add(d, los);
  const L = [...ward(d, dis), line('凝血四项', d, 1), line('常规心电图检查', d, 1),
    M(line('丙氨酸氨基转移酶测定', d, 1)), M(line('天门冬氨酸氨基转移酶测定', d, 1)), M(line('总胆红素测定', d, 1)), M(line('肌酐测定', d, 1)), M(line('尿素测定', d, 1)), M(line('血红蛋白测定', d, 1)),
    line('血常规(五分类)', add(d, 3), 1), line('C反应蛋白测定', add(d, 3), 1), line('肝功能(全套)', add(d, 3), 1)];
  if (kind === 'J18.900') L.push(line('胸部CT平扫', add(d, 1), 1), line('细菌培养及药敏', d, 1), ...perDay('注射用头孢曲松钠', d, los - 1, 2), ...perDay('注射用阿奇霉素', d, 3, 1), ...perDay('氯化钠注射液', d, los - 1, 2), ...infusion(d, los - 1, 2));
  if (kind === 'K81.000') L.push(...perDay('注射用头孢哌酮钠舒巴坦钠', d, los - 1, 2), ...perDay('甲硝唑氯化钠注射液', d, los - 1, 2), ...perDay('复方氯化钠注射液', d, los - 1, 2), ...infusion(d, los - 1, 3));
  if (kind === 'N10.x02') L.push(line('细菌培养及药敏', d, 1), ...perDay('注射用头孢曲松钠', d, los - 1, 2), ...perDay('氯化钠注射液', d, los - 1, 1), ...infusion(d, los - 1, 1));
  if (kind === 'K56.701') L.push(line('腹部CT平扫', d, 1), ...perDay('胃肠减压', d, 3, 1), line('一次性使用胃管', d, 1), ...perDay('复方氯化钠注射液', d, los - 1, 3), ...perDay('注射用泮托拉唑钠', d, 5, 1), ...infusion(d, los - 1, 3));
  const ipc = IP(m, h, d, dis, kind === 'J18.900' ? 'respiratory' : kind === 'N10.x02' ? 'nephrology' : 'general_surgery', [kind], L, { route: 'emergency' });
  const hist = chance(0.5) ? historyVisit(m, hosp(m.region, 1, 'public'), add(d, -ri(20, 60))) : null;
  addCase('fraud', 'T03', TN.T03, [hist, ec, ipc], [ipc]);
}

// T04
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 28, ageMax: 55, gender: chance(0.8) ? 'F' : 'M' });
  const h = hosp(m.region, pick([2, 3]), chance(0.5) ? 'public' : null) || hosp(m.region, 2);
  const d0 = rdate('2026-01-05', '2026-04-30');
  const c0 = OP(m, h, d0, 'endocrinology', ['E04.101'], [line('甲状腺彩超', d0, 1), line('甲状腺功能(三项)', d0, 1)], { senior: true });
  const d1 = add(d0, ri(85, 100));
  const c1 = OP(m, h, d1, 'endocrinology', ['E04.101'], [M(line('颈部血管彩色多普勒超声', d1, 1))]);
  const out = [c0, c1]; const tg = [c1];
  if (chance(0.6)) { const d2 = add(d1, ri(85, 100)); if (d2 < '2026-11-28') { const c2 = OP(m, h, d2, 'endocrinology', ['E04.101'], [M(line('颈部血管彩色多普勒超声', d2, 1)), line('甲状腺功能(三项)', d2, 1)]); out.push(c2); tg.push(c2); } }
  addCase('fraud', 'T04', TN.T04, out, tg);
}

// T05
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 40, ageMax: 75 });
  const h = hosp(m.region, pick([2, 3]));
  const d0 = rdate('2026-01-05', '2026-05-15');
  const c0 = OP(m, h, d0, 'respiratory', ['R91.x04'], [line('胸部CT平扫', d0, 1)]);
  const d1 = add(d0, ri(85, 190));
  const c1 = OP(m, h, d1, 'thoracic_surgery', ['R91.x04'], [line('胸部CT平扫', d1, 1), M(line('CT增强扫描(加收)', d1, 1))], { senior: true });
  addCase('fraud', 'T05', TN.T05, [c0, c1], [c1]);
}

// T06
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 50, ageMax: 80, chronic: ['I10'] });
  const h = hosp(m.region, pick([1, 2]), 'public');
  const drug = pick(['苯磺酸氨氯地平片', '硝苯地平控释片', '缬沙坦胶囊']);
  let d = rdate('2026-01-05', '2026-06-30');
  const out = [], tg = [];
  out.push(CH(m, h, d, 'cardiology', ['I10.x00x002'], [line(drug, d, 30)]));
  for (let k = 0; k < 3; k++) {
    d = add(d, ri(28, 31));
    const c = CH(m, h, d, 'cardiology', ['I10.x00x002'], [M(line('动态血压监测(24小时)', d, 1)), line(drug, d, 30)]);
    out.push(c); tg.push(c);
  }
  addCase('fraud', 'T06', TN.T06, out, tg);
}

// T07
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 35, ageMax: 75 });
  const reg = m.region;
  const town = hosp(reg, 1, 'public'); const county = HOSP[reg].find(h => h.level === 2 && h.kind === 'public');
  const d0 = rdate('2026-01-10', '2026-10-20');
  const kind = 'chole';
  const t0L = kind === 'chole'
    ? [line('腹部B超', d0, 1), line('腹部CT平扫', d0, 1), line('血常规(五分类)', d0, 1), line('肝功能(全套)', d0, 1), line('术前八项(感染筛查)', d0, 1), line('凝血四项', d0, 1)]
    : [line('胸部X线摄影(正侧位)', d0, 1), line('腹部CT平扫', d0, 1), line('血常规(五分类)', d0, 1), line('术前八项(感染筛查)', d0, 1), line('凝血四项', d0, 1), line('常规心电图检查', d0, 1)];
  const t0 = OP(m, town, d0, 'general', [kind === 'chole' ? 'K80.200x003' : 'K40.900'], t0L);
  const adm = add(d0, ri(2, 6)); const los = ri(4, 7); const dis = add(adm, los); const op = add(adm, 1);
  const L = [...ward(adm, dis), M(line('腹部CT平扫', adm, 1)), M(line('术前八项(感染筛查)', adm, 1)), line('血常规(五分类)', adm, 1), line('血型鉴定(ABO+Rh)', adm, 1), line('常规心电图检查', adm, 1),
    line('全身麻醉', op, 2), line('一次性手术衣及铺单包', op, 1), line('一次性使用麻醉穿刺包', op, 1), line('丙泊酚中/长链脂肪乳注射液', op, 2), line('枸橼酸芬太尼注射液', op, 2), line('注射用维库溴铵', op, 1), line('可吸收缝线', op, 2),
    ...perDay('注射用头孢呋辛钠', op, 1, 2), ...perDay('氯化钠注射液', adm, los - 1, 2), ...infusion(adm, los - 1, 2), line('血常规(五分类)', add(op, 1), 1)];
  let px;
  if (kind === 'chole') { L.push(line('腹腔镜下胆囊切除术', op, 1), line('一次性腹腔镜穿刺器', op, 1), line('止血夹(结扎夹)', op, 4), line('肝功能(全套)', add(op, 1), 1)); px = [['51.2300', op]]; }
  else { L.push(line('腹股沟疝修补术', op, 1), line('疝修补补片', op, 1)); px = [['53.0500', op]]; }
  const ipc = IP(m, county, adm, dis, 'general_surgery', [kind === 'chole' ? 'K80.200x003' : 'K40.900'], L, { route: 'outpatient', px });
  addCase('fraud', 'T07', TN.T07, [t0, ipc], [ipc]);
}

// T08
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 50, ageMax: 82, chronic: chance(0.5) ? ['I10'] : [] });
  const h = hosp(m.region, pick([2, 3]));
  const adm = rdate(); const los = ri(9, 12); const dis = add(adm, los);
  const L = [...ward(adm, dis), ...admitLabs(adm), line('血脂(四项)', adm, 1), line('空腹血糖测定', adm, 1), line('糖化血红蛋白测定', adm, 1),
    line('头颅CT平扫', adm, 1), line('头颅MRI平扫', add(adm, 1), 1), line('颈部血管彩色多普勒超声', add(adm, 1), 1), line('心脏彩色多普勒超声', add(adm, 2), 1),
    M(line('头颅CT平扫', add(adm, 3), 1)), M(line('头颅CT平扫', add(adm, 6), 1)),
    ...perDay('阿司匹林肠溶片', adm, los, 1), ...perDay('阿托伐他汀钙片', adm, los, 1), ...perDay('血塞通软胶囊', adm, los, 6),
    ...perDay('依达拉奉注射液', adm, Math.min(10, los - 1), 2), ...perDay('氯化钠注射液', adm, Math.min(10, los - 1), 2), ...infusion(adm, Math.min(10, los - 1), 2),
    line('康复评定', add(adm, 2), 1), ...perDay('运动疗法', add(adm, 3), los - 4, 1)];
  const ipc = IP(m, h, adm, dis, 'neurology', ['I63.801', ...(m.chronic.includes('I10') ? ['I10.x00x002'] : [])], L, { route: 'outpatient' });
  const hist = m.chronic.length ? historyRefill(m, hosp(m.region, 1, 'public'), add(adm, -ri(20, 40))) : historyVisit(m, hosp(m.region, 1, 'public'), add(adm, -ri(20, 60)));
  addCase('fraud', 'T08', TN.T08, [hist, ipc], [ipc]);
}

// T09
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 2, ageMax: 8, type: 'resident' });
  const h = pick(HOSP[m.region].filter(x => x.level === 2));
  const kind = pick(['J18.900', 'J20.900', 'A09.000']);
  const pre = rdate('2026-01-05', '2026-11-10');
  const c0 = OP(m, h, pre, 'pediatrics', [kind], [line('血常规(五分类)', pre, 1), line('C反应蛋白测定', pre, 1), kind === 'A09.000' ? line('大便常规+隐血', pre, 1) : line(m.age <= 12 ? '小儿对乙酰氨基酚颗粒' : '对乙酰氨基酚片', pre, 6)]);
  const adm = add(pre, ri(0, 1)); const los = ri(4, 6); const dis = add(adm, los);
  const young = m.age <= 4;
  const L = [...ward(adm, dis), line('血常规(五分类)', adm, 1), line('C反应蛋白测定', adm, 1), line('肝功能(全套)', adm, 1), line('肾功能(三项)', adm, 1), line('电解质(四项)', adm, 1), line('尿常规', adm, 1),
    M(line('心肌酶谱', adm, 1)), M(line('肌钙蛋白I测定', adm, 1)), M(line('B型钠尿肽(BNP)测定', adm, 1)), M(line('心脏彩色多普勒超声', add(adm, 1), 1)), line('常规心电图检查', adm, 1)];
  if (chance(0.5)) L.push(M(line('心肌酶谱', add(adm, 3), 1)));
  if (kind === 'J18.900') L.push(line('胸部X线摄影(正侧位)', adm, 1), ...perDay('注射用头孢呋辛钠', adm, los - 1, 2), ...perDay('葡萄糖注射液', adm, los - 1, 1), ...perDay('吸入用布地奈德混悬液', adm, los - 1, 2), ...perDay('雾化吸入', adm, los - 1, 2));
  if (kind === 'J20.900') L.push(line('胸部X线摄影(正侧位)', adm, 1), ...perDay('吸入用布地奈德混悬液', adm, los - 1, 2), ...perDay('雾化吸入', adm, los - 1, 2), ...perDay('小儿肺热咳喘口服液', adm, los - 1, 3), ...perDay('葡萄糖注射液', adm, 3, 1));
  if (kind === 'A09.000') L.push(line('大便常规+隐血', adm, 1), ...perDay('葡萄糖氯化钠注射液', adm, los - 2, 2), ...perDay('蒙脱石散', adm, los - 1, 3), ...perDay('双歧杆菌三联活菌胶囊', adm, los - 1, 3));
  const infDays = kind === 'J20.900' ? 3 : los - (kind === 'A09.000' ? 2 : 1);
  for (let k = 0; k < infDays; k++) { const dd = add(adm, k); L.push(line(young ? '小儿头皮静脉输液' : '静脉输液(第一组)', dd, 1), line('一次性使用输液器', dd, 1)); }
  const ipc = IP(m, h, adm, dis, 'pediatrics', [kind], L, { route: 'outpatient' });
  addCase('fraud', 'T09', TN.T09, [c0, ipc], [ipc]);
}

// T10
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 20, ageMax: 45 });
  const h = hosp(m.region, pick([2, 3]), chance(0.5) ? 'private' : null) || hosp(m.region, 2);
  const d = rdate();
  const c1 = OP(m, h, d, 'orthopedics', ['S33.501', 'M54.502'], [line('腰椎X线摄影', d, 1), M(line('腰椎MRI平扫', d, 1)), M(line('骨密度测定(双能X线)', d, 1)), line('双氯芬酸钠缓释片', d, 10), line('医用弹力绷带', d, 1)]);
  const out = [c1];
  if (chance(0.5)) { const d2 = add(d, ri(5, 9)); out.push(OP(m, h, d2, 'rehabilitation', ['S33.501'], [line('推拿治疗', d2, 1), line('针灸', d2, 1)])); }
  addCase('fraud', 'T10', TN.T10, out, [c1]);
}

// T11
{
  const events = [];
  for (let g = 0; g < 3; g++) { const reg = REGIONS[g]; events.push({ reg, h: HOSP[reg][0], date: rdate('2026-03-01', '2026-10-30'), doctor: 'D' + HOSP[reg][0].id.slice(-4) + '881' }); }
  for (let i = 0; i < N; i++) {
    const ev = events[i % 3];
    const dz = chance(0.3) ? ['I10', 'E11'] : ['I10'];
    const m = member({ ageMin: 42, ageMax: 59, type: 'employee', region: ev.reg, chronic: dz });
    const pre = add(ev.date, -ri(20, 45));
    const c0 = historyRefill(m, hosp(ev.reg, 1, 'public'), pre);
    const d = ev.date;
    const L = [line('血常规(五分类)', d, 1), line('尿常规', d, 1), line('肝功能(全套)', d, 1), line('肾功能(三项)', d, 1), line('血脂(四项)', d, 1), line('空腹血糖测定', d, 1), line('常规心电图检查', d, 1),
      M(line('胸部CT平扫', d, 1)), M(line('腹部B超', d, 1)), M(line('甲状腺彩超', d, 1)), M(line('肿瘤标志物(CEA)测定', d, 1)), M(line('甲胎蛋白(AFP)测定', d, 1))];
    if (m.gender === 'F') L.push(M(line('乳腺彩超', d, 1)), M(line('宫颈液基细胞学检查(TCT)', d, 1)), M(line('妇科B超', d, 1)));
    else if (m.age >= 40) L.push(M(line('前列腺特异性抗原(PSA)测定', d, 1)));
    L.push(M(line('骨密度测定(双能X线)', d, 1)));
    const c1 = CH(m, ev.h, d, 'health_management', dz.map(x => DXOF[x]), L, { doctor: ev.doctor });
    addCase('fraud', 'T11', TN.T11, [c0, c1], [c1]);
  }
}

// T12
for (let i = 0; i < N; i++) {
  const ca = pick([['C34.900x001', 'respiratory'], ['C18.700', 'oncology'], ['C50.900', 'oncology']]);
  const m = member({ ageMin: 40, ageMax: 75, gender: ca[0] === 'C50.900' ? 'F' : null, chronic: [ca[0].slice(0, 3)] });
  const h = hosp(m.region, 3);
  const d0 = rdate('2026-01-05', '2026-06-30');
  const ctA = ca[0] === 'C34.900x001' ? '胸部CT平扫' : '腹部CT平扫';
  const base = (d) => [line('胸部CT平扫', d, 1), ...(ctA === '腹部CT平扫' ? [line('腹部CT平扫', d, 1)] : []), line('CT增强扫描(加收)', d, 1), line('血常规(五分类)', d, 1), line('肝功能(全套)', d, 1), line('肾功能(三项)', d, 1), line(ca[0] === 'C18.700' ? '肿瘤标志物(CEA)测定' : ca[0] === 'C50.900' ? '糖类抗原125(CA125)测定' : '肿瘤标志物(CEA)测定', d, 1)];
  const c0 = CH(m, h, d0, ca[1], [ca[0]], [...base(d0), line('一次性使用静脉留置针', d0, 1), line('静脉留置针置管', d0, 1), line('一次性使用注射器(5ml)', d0, 1)]);
  const d1 = add(d0, ri(88, 120));
  const c1 = CH(m, h, d1, ca[1], [ca[0]], [...base(d1), M(line('一次性使用静脉留置针', d1, 2)), line('静脉留置针置管', d1, 1), M(line('一次性使用注射器(5ml)', d1, 4)), M(line('一次性使用精密输液器', d1, 2)), M(line('静脉注射', d1, 2))]);
  addCase('fraud', 'T12', TN.T12, [c0, c1], [c1]);
}

// T13
{
  const evs = [];
  for (let g = 0; g < 3; g++) { const reg = REGIONS[g + 3]; const h = HOSP[reg].find(x => x.level === 2 && x.kind === 'private'); let d = rdate('2026-03-01', '2026-10-25'); while (D(d).getUTCDay() !== 6) d = add(d, 1); evs.push({ reg, h, date: d, doctor: 'D' + h.id.slice(-4) + '771' }); }
  for (let i = 0; i < N; i++) {
    const ev = evs[i % 3];
    const m = member({ ageMin: 60, ageMax: 82, region: ev.reg, chronic: chance(0.5) ? ['I10'] : [] });
    const pre = add(ev.date, -ri(15, 60));
    const c0 = m.chronic.length ? historyRefill(m, hosp(ev.reg, 1, 'public'), pre) : historyVisit(m, hosp(ev.reg, 1, 'public'), pre);
    const d = ev.date;
    const c1 = OP(m, ev.h, d, 'geriatrics', ['M81.900', 'E78.500'], [line('骨密度测定(双能X线)', d, 1), line('颈部血管彩色多普勒超声', d, 1), line('空腹血糖测定', d, 1), line('血脂(四项)', d, 1)], { doctor: ev.doctor });
    addCase('fraud', 'T13', TN.T13, [c0, c1], [c1]);
  }
}

// T14
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 52, ageMax: 60, gender: 'F', chronic: chance(0.5) ? ['I10'] : [] });
  const hc = hosp(m.region, 1, 'public');
  const pre = rdate('2026-01-10', '2026-08-30');
  const c0 = m.chronic.length ? historyRefill(m, hc, pre) : historyVisit(m, hc, pre);
  const h = hosp(m.region, pick([2, 3]));
  const d1 = add(pre, ri(10, 40));
  const c1 = OP(m, h, d1, 'gynecology', ['N91.200'], [line('人绒毛膜促性腺激素(β-HCG)测定', d1, 1), line('妇科B超', d1, 1), line('血常规(五分类)', d1, 1)]);
  const d2 = add(d1, ri(2, 3));
  const c2 = OP(m, h, d2, 'gynecology', ['N93.900'], [line('人绒毛膜促性腺激素(β-HCG)测定', d2, 1), line('黄体酮注射液', d2, 3), line('肌肉注射', d2, 1)]);
  const d3 = add(d2, ri(10, 16));
  const c3 = OP(m, h, d3, 'gynecology', ['N93.900'], [line('妇科B超', d3, 1), line('人绒毛膜促性腺激素(β-HCG)测定', d3, 1), line('地屈孕酮片', d3, 28)]);
  addCase('fraud', 'T14', TN.T14, [c0, c1, c2, c3], [c1, c2, c3]);
}

// T15
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 20, ageMax: 50 });
  const h = hosp(m.region, pick([2, 3]));
  const d = rdate();
  const kind = pick(['A09.000', 'N23.x00', 'S93.400', 'J06.900', 'J03.900']);
  const L = [M(line('肌钙蛋白I测定', d, 2)), M(line('心肌酶谱', d, 1)), M(line('D-二聚体测定', d, 1)), M(line('B型钠尿肽(BNP)测定', d, 1)), line('常规心电图检查', d, 1)];
  if (kind === 'A09.000') L.push(line('血常规(五分类)', d, 1), line('大便常规+隐血', d, 1), line('电解质(四项)', d, 1), line('葡萄糖氯化钠注射液', d, 2), line('静脉输液(第一组)', d, 1), line('静脉输液(每增加一组)', d, 1), line('一次性使用输液器', d, 2), line('蒙脱石散', d, 9));
  if (kind === 'N23.x00') L.push(line('尿常规', d, 1), line('泌尿系B超', d, 1), line('肾功能(三项)', d, 1), line('双氯芬酸钠缓释片', d, 6));
  if (kind === 'S93.400') L.push(line('四肢X线摄影', d, 1), line('医用弹力绷带', d, 1), line('布洛芬缓释胶囊', d, 12));
  if (kind === 'J06.900') L.push(line('血常规(五分类)', d, 1), line('C反应蛋白测定', d, 1), line('连花清瘟胶囊', d, 24), line('对乙酰氨基酚片', d, 6));
  if (kind === 'J03.900') L.push(line('血常规(五分类)', d, 1), line('C反应蛋白测定', d, 1), line('阿莫西林胶囊', d, 36), line('布洛芬缓释胶囊', d, 8));
  const c = ED(m, h, d, [kind], L);
  const hist = chance(0.5) ? historyVisit(m, hosp(m.region, 1, 'public'), add(d, -ri(20, 90))) : null;
  addCase('fraud', 'T15', TN.T15, [hist, c], [c]);
}

// =====================================================================
// CONTROLS
// =====================================================================
const CN = {
  C01: '出院后1–3日社区门诊慢特病随访检验（住院与门诊日期不重叠）',
  C02: '多发伤多部位CT，24小时复查头颅CT',
  C03: '糖尿病酮症酸中毒：急诊检验后当日入院，当日再查电解质与血气',
  C04: '甲状腺结节合并已知颈动脉狭窄：同日甲状腺彩超与颈部血管彩超',
  C05: '乙状结肠癌术前增强CT分期与手术',
  C06: '新诊断高血压：24小时动态血压确诊，调药3个月后复查',
  C07: '入院复查：外院CT超互认时限或检验来自非互认民营诊所',
  C08: '脑梗死出血转化：病情加重后复查头颅CT',
  C09: '儿童急性病毒性心肌炎：心肌标志物与心脏彩超连续监测',
  C10: '绝经后骨质疏松腰椎压缩骨折：腰椎MRI与骨密度',
  C11: '乳腺癌术后门诊慢特病随访：肿瘤标志物与影像',
  C12: '急诊疑似肺栓塞：CT肺动脉造影后收住院抗凝',
  C13: '社区筛查阳性后自行就诊确诊骨质疏松并开始治疗',
  C14: '先兆流产：β-HCG连续监测与产科B超',
  C15: '急性胸痛：急诊连续肌钙蛋白，心内科门诊随访',
  C16: '不明原因发热住院全面检查',
  C17: '二尖瓣机械瓣置换术后华法林INR门诊监测',
  C18: '肾移植术后门诊慢特病月度监测',
  C19: '妊娠合并甲状腺功能减退：产检与每4–6周甲功',
  C20: 'Graves甲亢抗甲状腺药物治疗：甲功、血常规、肝功能监测',
  C21: '儿童急性阑尾炎：超声不确定后腹部CT，腹腔镜阑尾切除',
  C22: '老年无痛性肉眼血尿：泌尿系B超后CT增强尿路成像',
  C23: '急性胰腺炎：入院CT平扫，第7日增强CT评估坏死',
  C24: '成人首次癫痫发作：急诊头颅CT后住院MRI与脑电图',
};

// C01
for (let i = 0; i < N; i++) {
  const dz = chance(0.5) ? ['E11', 'I10'] : ['E11'];
  const m = member({ ageMin: 55, ageMax: 80, chronic: dz });
  const clinic = hosp(m.region, 1, 'public'); const big = hosp(m.region, 3);
  const adm = rdate('2026-02-01', '2026-10-20'); const los = ri(6, 9); const dis = add(adm, los);
  const L = [...ward(adm, dis), ...admitLabs(adm), line('空腹血糖测定', adm, 1), line('C反应蛋白测定', adm, 1), line('胸部CT平扫', adm, 1), ...perDay('血糖监测(快速)', adm, los, 4), ...perDay('血糖试纸', adm, los, 4),
    ...perDay('注射用头孢曲松钠', adm, los - 1, 2), ...perDay('氯化钠注射液', adm, los - 1, 2), ...infusion(adm, los - 1, 2), ...perDay('盐酸二甲双胍片', adm, los, 3), line('血常规(五分类)', add(adm, 4), 1)];
  const ipc = IP(m, big, adm, dis, 'respiratory', ['J18.900', 'E11.900', ...(dz.includes('I10') ? ['I10.x00x002'] : [])], L, { route: 'emergency' });
  const fd = add(dis, ri(1, 3));
  const fc = CH(m, clinic, fd, 'general', dz.map(x => DXOF[x]), [line('糖化血红蛋白测定', fd, 1), line('肝功能(全套)', fd, 1), line('肾功能(三项)', fd, 1), line('血常规(五分类)', fd, 1), ...refill(m, fd, dz)]);
  addCase('control', 'C01', CN.C01, [ipc, fc]);
}

// C02
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 18, ageMax: 65 });
  const h = hosp(m.region, 3);
  const adm = rdate(); const los = ri(10, 15); const dis = add(adm, los);
  const L = [...ward(adm, dis, { nursing: 'Ⅱ级护理', nursingFrom: { name: 'Ⅰ级护理', until: add(adm, 4) } }), ...admitLabs(adm), line('血型鉴定(ABO+Rh)', adm, 1), line('血气分析', adm, 1),
    line('头颅CT平扫', adm, 1), line('胸部CT平扫', adm, 1), line('腹部CT平扫', adm, 1), line('头颅CT平扫', add(adm, 1), 1), line('腹部B超', add(adm, 2), 1), line('胸部CT平扫', add(adm, 5), 1),
    line('血常规(五分类)', add(adm, 1), 1), line('血常规(五分类)', add(adm, 3), 1), line('肝功能(全套)', add(adm, 3), 1),
    ...perDay('心电监测', adm, 3, 24), ...perDay('血氧饱和度监测', adm, 3, 24), ...perDay('吸氧', adm, 4, 12), line('一次性使用吸氧管', adm, 1),
    ...perDay('氨甲环酸注射液', adm, 2, 2), ...perDay('复方氯化钠注射液', adm, 6, 2), ...perDay('氯化钠注射液', adm, 6, 2), ...infusion(adm, 6, 3),
    ...perDay('盐酸吗啡注射液', adm, 2, 2), ...perDay('布洛芬缓释胶囊', add(adm, 2), los - 2, 2), ...perDay('盐酸氨溴索注射液', adm, 6, 2)];
  const ipc = IP(m, h, adm, dis, 'trauma_surgery', ['S36.100x011', 'S27.301', 'S22.400', 'S06.300x011'], L, { route: 'emergency' });
  addCase('control', 'C02', CN.C02, [ipc]);
}

// C03
for (let i = 0; i < N; i++) {
  const t1 = chance(0.5);
  const m = member({ ageMin: t1 ? 14 : 30, ageMax: t1 ? 35 : 70, chronic: t1 ? [] : ['E11'] });
  const h = hosp(m.region, pick([2, 3]), 'public');
  const d = rdate();
  const ec = ED(m, h, d, [t1 ? 'E10.101' : 'E11.101'], [line('血气分析', d, 1), line('电解质(四项)', d, 1), line('血糖监测(快速)', d, 2), line('尿常规', d, 1), line('肾功能(三项)', d, 1), line('血常规(五分类)', d, 1), line('氯化钠注射液', d, 2), line('静脉输液(第一组)', d, 1), line('静脉输液(每增加一组)', d, 1), line('一次性使用输液器', d, 2)]);
  const los = ri(6, 9); const dis = add(d, los);
  const L = [...ward(d, dis, { nursing: 'Ⅱ级护理', nursingFrom: { name: 'Ⅰ级护理', until: add(d, 2) } }), line('电解质(四项)', d, 2), line('血气分析', d, 2), line('血乳酸测定', d, 1), line('血糖监测(快速)', d, 6), line('血糖监测(快速)', add(d, 1), 8), ...perDay('血糖监测(快速)', add(d, 2), los - 2, 7), ...perDay('血糖试纸', d, los, 7),
    line('电解质(四项)', add(d, 1), 2), line('血气分析', add(d, 1), 1), line('肾功能(三项)', add(d, 1), 1), line('电解质(四项)', add(d, 2), 1), line('肝功能(全套)', add(d, 1), 1), line('糖化血红蛋白测定', add(d, 1), 1), line('血脂(四项)', add(d, 1), 1), line('甲状腺功能(三项)', add(d, 2), 1), line('常规心电图检查', d, 1),
    ...perDay('生物合成人胰岛素注射液', d, 3, 1), ...perDay('氯化钠注射液', d, 3, 4), ...perDay('氯化钾注射液', d, 3, 4), ...perDay('葡萄糖注射液', add(d, 1), 2, 2), ...infusion(d, 3, 4), ...perDay('心电监测', d, 2, 24),
    line(t1 ? '甘精胰岛素注射液' : '门冬胰岛素注射液', add(d, 3), 1)];
  const ipc = IP(m, h, d, dis, 'endocrinology', [t1 ? 'E10.101' : 'E11.101'], L, { route: 'emergency' });
  addCase('control', 'C03', CN.C03, [ec, ipc]);
}

// C04
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 55, ageMax: 75, chronic: ['I10'] });
  const h = hosp(m.region, pick([2, 3]));
  const d0 = rdate('2026-01-05', '2026-06-20');
  const c0 = OP(m, h, d0, 'neurology', ['I65.200x001', 'I10.x00x002'], [line('颈部血管彩色多普勒超声', d0, 1), line('血脂(四项)', d0, 1), line('阿司匹林肠溶片', d0, 30), line('阿托伐他汀钙片', d0, 30)]);
  const d1 = add(d0, ri(120, 140));
  const c1 = OP(m, h, d1, 'neurology', ['I65.200x001', 'E04.101', 'I10.x00x002'], [line('颈部血管彩色多普勒超声', d1, 1), line('甲状腺彩超', d1, 1), line('甲状腺功能(三项)', d1, 1), line('血脂(四项)', d1, 1), line('阿托伐他汀钙片', d1, 30), line('阿司匹林肠溶片', d1, 30)]);
  addCase('control', 'C04', CN.C04, [c0, c1]);
}

// C05
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 50, ageMax: 78 });
  const h = hosp(m.region, 3);
  const d0 = rdate('2026-01-05', '2026-10-20');
  const c0 = OP(m, h, d0, 'gastroenterology', ['K92.200x001'], [line('结肠镜检查', d0, 1), line('病理检查(常规石蜡切片)', d0, 1), line('血常规(五分类)', d0, 1)]);
  const adm = add(d0, ri(6, 12)); const los = ri(11, 15); const dis = add(adm, los); const op = add(adm, 4);
  const L = [...ward(adm, dis, { nursing: 'Ⅱ级护理', nursingFrom: { name: 'Ⅰ级护理', until: add(op, 3) } }), ...admitLabs(adm), line('血型鉴定(ABO+Rh)', adm, 1), line('术前八项(感染筛查)', adm, 1), line('肿瘤标志物(CEA)测定', adm, 1), line('糖类抗原19-9(CA19-9)测定', adm, 1),
    line('胸部CT平扫', add(adm, 1), 1), line('腹部CT平扫', add(adm, 1), 1), line('CT增强扫描(加收)', add(adm, 1), 1), line('一次性使用静脉留置针', add(adm, 1), 1), line('静脉留置针置管', add(adm, 1), 1), line('一次性使用注射器(5ml)', add(adm, 1), 1), line('心脏彩色多普勒超声', add(adm, 2), 1), line('肺功能检查', add(adm, 2), 1),
    line('大肠部分切除术', op, 1), line('全身麻醉', op, 4), line('一次性使用吻合器', op, 1), line('一次性手术衣及铺单包', op, 1), line('一次性电刀笔', op, 1), line('可吸收缝线', op, 4), line('一次性使用麻醉穿刺包', op, 1), line('一次性负压引流器', op, 1), line('一次性使用导尿包', op, 1),
    line('丙泊酚中/长链脂肪乳注射液', op, 3), line('枸橼酸芬太尼注射液', op, 3), line('注射用维库溴铵', op, 2), ...perDay('注射用头孢呋辛钠', op, 2, 2), line('甲硝唑氯化钠注射液', op, 2),
    ...perDay('复方氨基酸注射液(18AA)', op, 4, 1), ...perDay('复方氯化钠注射液', op, 5, 2), ...perDay('葡萄糖注射液', op, 5, 2), ...perDay('氯化钾注射液', op, 5, 2), ...infusion(op, 5, 4),
    line('血常规(五分类)', add(op, 1), 1), line('电解质(四项)', add(op, 1), 1), line('肝功能(全套)', add(op, 3), 1), line('病理检查(常规石蜡切片)', op, 2), ...perDay('心电监测', op, 2, 24), ...perDay('低分子量肝素钙注射液', add(op, 1), 5, 1)];
  const ipc = IP(m, h, adm, dis, 'general_surgery', ['C18.700'], L, { route: 'outpatient', px: [['45.7601', op]] });
  addCase('control', 'C05', CN.C05, [c0, ipc]);
}

// C06
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 35, ageMax: 65 });
  const h = hosp(m.region, pick([2, 3]));
  const d0 = rdate('2026-01-05', '2026-07-30');
  const c0 = OP(m, h, d0, 'cardiology', ['I10.x00x002'], [line('常规心电图检查', d0, 1), line('肾功能(三项)', d0, 1), line('电解质(四项)', d0, 1), line('血脂(四项)', d0, 1), line('尿常规', d0, 1), line('空腹血糖测定', d0, 1), line('动态血压监测(24小时)', d0, 1)]);
  const d1 = add(d0, 2);
  const c1 = OP(m, h, d1, 'cardiology', ['I10.x00x002'], [line('心脏彩色多普勒超声', d1, 1), line('苯磺酸氨氯地平片', d1, 28)]);
  const d2 = add(d1, ri(84, 100));
  const c2 = OP(m, h, d2, 'cardiology', ['I10.x00x002'], [line('动态血压监测(24小时)', d2, 1), line('肾功能(三项)', d2, 1), line('电解质(四项)', d2, 1), line('苯磺酸氨氯地平片', d2, 28), line('缬沙坦胶囊', d2, 28)]);
  addCase('control', 'C06', CN.C06, [c0, c1, c2]);
}

// C07
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 40, ageMax: 78 });
  const reg = m.region; const big = hosp(reg, 3);
  const old = chance(0.5);
  const outside = old ? hosp(reg, 1, 'public') : HOSP[reg].find(x => x.level === 1 && x.kind === 'private');
  const d0 = rdate('2026-01-05', '2026-09-30');
  const c0 = old
    ? OP(m, outside, d0, 'general', ['J20.900'], [line('胸部CT平扫', d0, 1), line('血常规(五分类)', d0, 1), line('阿莫西林胶囊', d0, 36)])
    : OP(m, outside, d0, 'general', ['R10.400'], [line('血常规(五分类)', d0, 1), line('肝功能(全套)', d0, 1), line('腹部B超', d0, 1)]);
  const adm = add(d0, old ? ri(38, 60) : ri(2, 4)); const los = ri(7, 11); const dis = add(adm, los);
  let L, dx, dept;
  if (old) {
    L = [...ward(adm, dis), ...admitLabs(adm), line('胸部CT平扫', adm, 1), line('CT增强扫描(加收)', add(adm, 1), 1), line('一次性使用静脉留置针', add(adm, 1), 1), line('静脉留置针置管', add(adm, 1), 1), line('肿瘤标志物(CEA)测定', adm, 1), line('细菌培养及药敏', adm, 1), line('C反应蛋白测定', adm, 1),
      ...perDay('注射用哌拉西林钠他唑巴坦钠', adm, los - 1, 3), ...perDay('氯化钠注射液', adm, los - 1, 3), ...infusion(adm, los - 1, 3), line('胸部CT平扫', add(adm, los - 1), 1)];
    dx = ['J18.900']; dept = 'respiratory';
  } else {
    L = [...ward(adm, dis), ...admitLabs(adm), line('腹部CT平扫', adm, 1), line('腹部B超', adm, 1), line('C反应蛋白测定', adm, 1), ...perDay('注射用头孢哌酮钠舒巴坦钠', adm, los - 1, 2), ...perDay('甲硝唑氯化钠注射液', adm, los - 1, 2), ...perDay('复方氯化钠注射液', adm, los - 1, 2), ...infusion(adm, los - 1, 3), line('肝功能(全套)', add(adm, 3), 1)];
    dx = ['K81.000']; dept = 'general_surgery';
  }
  const ipc = IP(m, big, adm, dis, dept, dx, L, { route: 'outpatient' });
  addCase('control', 'C07', CN.C07, [c0, ipc]);
}

// C08
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 55, ageMax: 85 });
  const h = hosp(m.region, 3);
  const adm = rdate(); const los = ri(13, 17); const dis = add(adm, los);
  const L = [...ward(adm, dis, { nursing: 'Ⅱ级护理', nursingFrom: { name: 'Ⅰ级护理', until: add(adm, 7) } }), ...admitLabs(adm), line('血脂(四项)', adm, 1), line('糖化血红蛋白测定', adm, 1),
    line('头颅CT平扫', adm, 1), line('头颅MRI平扫', add(adm, 1), 1), line('头颅CT平扫', add(adm, 2), 1), line('头颅CT平扫', add(adm, 5), 1), line('头颅CT平扫', add(adm, 10), 1), line('颈部血管彩色多普勒超声', add(adm, 1), 1), line('心脏彩色多普勒超声', add(adm, 3), 1), line('动态心电图(24小时)', add(adm, 3), 1),
    line('电解质(四项)', add(adm, 3), 1), line('肾功能(三项)', add(adm, 3), 1), line('电解质(四项)', add(adm, 6), 1), line('肾功能(三项)', add(adm, 6), 1), line('凝血四项', add(adm, 2), 1),
    ...perDay('甘露醇注射液', add(adm, 2), 7, 3), ...perDay('心电监测', add(adm, 2), 4, 24), ...perDay('氯化钠注射液', adm, 10, 2), ...infusion(adm, 10, 3), ...perDay('阿托伐他汀钙片', adm, los, 1), ...perDay('阿司匹林肠溶片', adm, 2, 1), ...perDay('阿司匹林肠溶片', add(adm, 12), los - 12, 1), ...perDay('吸氧', add(adm, 2), 5, 12)];
  const ipc = IP(m, h, adm, dis, 'neurology', ['I63.900', 'I63.903'], L, { route: 'emergency' });
  addCase('control', 'C08', CN.C08, [ipc]);
}

// C09
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 3, ageMax: 13, type: 'resident' });
  const h = hosp(m.region, 3);
  const d0 = rdate('2026-01-05', '2026-11-05');
  const c0 = OP(m, h, d0, 'pediatrics', ['R00.200', 'J06.900'], [line('常规心电图检查', d0, 1), line('心肌酶谱', d0, 1), line('肌钙蛋白I测定', d0, 1), line('血常规(五分类)', d0, 1)]);
  const adm = d0; const los = ri(8, 11); const dis = add(adm, los);
  const L = [...ward(adm, dis, { nursing: 'Ⅱ级护理', nursingFrom: { name: 'Ⅰ级护理', until: add(adm, 3) } }), line('血常规(五分类)', adm, 1), line('C反应蛋白测定', adm, 1), line('肝功能(全套)', adm, 1), line('肾功能(三项)', adm, 1), line('电解质(四项)', adm, 1),
    line('心肌酶谱', add(adm, 2), 1), line('肌钙蛋白I测定', add(adm, 2), 1), line('心肌酶谱', add(adm, 6), 1), line('肌钙蛋白I测定', add(adm, 6), 1), line('B型钠尿肽(BNP)测定', adm, 1), line('B型钠尿肽(BNP)测定', add(adm, 6), 1),
    line('心脏彩色多普勒超声', add(adm, 1), 1), line('动态心电图(24小时)', add(adm, 1), 1), line('常规心电图检查', add(adm, 4), 1), line('常规心电图检查', add(adm, los - 1), 1), line('胸部X线摄影(正侧位)', adm, 1),
    ...perDay('心电监测', adm, 3, 24), ...perDay('葡萄糖注射液', adm, 7, 1), ...perDay('静脉输液(第一组)', adm, 7, 1), ...perDay('一次性使用输液器', adm, 7, 1)];
  const ipc = IP(m, h, adm, dis, 'pediatrics', ['I40.900'], L, { route: 'outpatient' });
  addCase('control', 'C09', CN.C09, [c0, ipc]);
}

// C10
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 62, ageMax: 85, gender: 'F' });
  const h = hosp(m.region, pick([2, 3]));
  const d = rdate('2026-01-05', '2026-09-30');
  const c1 = OP(m, h, d, 'orthopedics', ['M80.000', 'S32.000x002'], [line('腰椎X线摄影', d, 1), line('腰椎MRI平扫', d, 1), line('骨密度测定(双能X线)', d, 1), line('血常规(五分类)', d, 1), line('肾功能(三项)', d, 1), line('塞来昔布胶囊', d, 14), line('阿仑膦酸钠片', d, 4), line('碳酸钙D3片', d, 30), line('骨化三醇软胶囊', d, 30)], { senior: true });
  const d2 = add(d, ri(28, 35));
  const c2 = OP(m, h, d2, 'orthopedics', ['M80.000'], [line('腰椎X线摄影', d2, 1), line('阿仑膦酸钠片', d2, 4), line('碳酸钙D3片', d2, 30), line('骨化三醇软胶囊', d2, 30)]);
  addCase('control', 'C10', CN.C10, [c1, c2]);
}

// C11
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 42, ageMax: 70, gender: 'F', chronic: ['C50'] });
  const h = hosp(m.region, 3);
  let d = rdate('2026-01-05', '2026-04-30'); const out = [];
  out.push(CH(m, h, d, 'breast_surgery', ['C50.900', 'M81.900'], [line('乳腺彩超', d, 1), line('腹部B超', d, 1), line('肿瘤标志物(CEA)测定', d, 1), line('糖类抗原125(CA125)测定', d, 1), line('胸部CT平扫', d, 1), line('骨密度测定(双能X线)', d, 1), line('血常规(五分类)', d, 1), line('肝功能(全套)', d, 1), line('血脂(四项)', d, 1), line('阿仑膦酸钠片', d, 4), line('碳酸钙D3片', d, 30)]));
  d = add(d, ri(85, 100));
  out.push(CH(m, h, d, 'breast_surgery', ['C50.900', 'M81.900'], [line('乳腺彩超', d, 1), line('肿瘤标志物(CEA)测定', d, 1), line('糖类抗原125(CA125)测定', d, 1), line('血常规(五分类)', d, 1), line('阿仑膦酸钠片', d, 4), line('碳酸钙D3片', d, 30)]));
  d = add(d, ri(85, 100));
  if (d < '2026-11-28') out.push(CH(m, h, d, 'breast_surgery', ['C50.900', 'M81.900'], [line('乳腺彩超', d, 1), line('腹部B超', d, 1), line('肿瘤标志物(CEA)测定', d, 1), line('糖类抗原125(CA125)测定', d, 1), line('肝功能(全套)', d, 1), line('阿仑膦酸钠片', d, 4), line('碳酸钙D3片', d, 30)]));
  addCase('control', 'C11', CN.C11, out);
}

// C12
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 30, ageMax: 80 });
  const h = hosp(m.region, pick([2, 3]), 'public');
  const d = rdate();
  const ec = ED(m, h, d, ['I26.900x001'], [line('D-二聚体测定', d, 1), line('血气分析', d, 1), line('肌钙蛋白I测定', d, 1), line('B型钠尿肽(BNP)测定', d, 1), line('常规心电图检查', d, 1), line('血常规(五分类)', d, 1), line('肾功能(三项)', d, 1), line('胸部CT平扫', d, 1), line('CT增强扫描(加收)', d, 1), line('一次性使用静脉留置针', d, 1), line('静脉留置针置管', d, 1), line('一次性使用注射器(5ml)', d, 1), line('吸氧', d, 4), line('依诺肝素钠注射液', d, 1), line('皮下注射', d, 1)]);
  const los = ri(6, 9); const dis = add(d, los);
  const L = [...ward(d, dis), line('下肢血管彩色多普勒超声', add(d, 1), 1), line('心脏彩色多普勒超声', add(d, 1), 1), line('凝血四项', add(d, 1), 1), line('肝功能(全套)', add(d, 1), 1), line('血常规(五分类)', add(d, 3), 1), line('D-二聚体测定', add(d, 5), 1),
    ...perDay('依诺肝素钠注射液', add(d, 1), 4, 2), ...perDay('皮下注射', add(d, 1), 4, 2), ...perDay('利伐沙班片', add(d, 5), los - 5, 2), line('利伐沙班片', add(dis, -1), 28), ...perDay('吸氧', d, 3, 12), ...perDay('血氧饱和度监测', d, 2, 24)];
  const ipc = IP(m, h, d, dis, 'respiratory', ['I26.900x001'], L, { route: 'emergency' });
  addCase('control', 'C12', CN.C12, [ec, ipc]);
}

// C13
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 58, ageMax: 80, gender: chance(0.8) ? 'F' : 'M' });
  const h = hosp(m.region, 2, 'public');
  const d = rdate('2026-01-05', '2026-08-30');
  const c1 = OP(m, h, d, 'endocrinology', ['M81.900'], [line('骨密度测定(双能X线)', d, 1), line('腰椎X线摄影', d, 1), line('血常规(五分类)', d, 1), line('肝功能(全套)', d, 1), line('肾功能(三项)', d, 1), line('阿仑膦酸钠片', d, 4), line('碳酸钙D3片', d, 30)], { doctor: docId(h, 'endocrinology', ri(1, 4)) });
  const d2 = add(d, ri(85, 95));
  const c2 = OP(m, h, d2, 'endocrinology', ['M81.900'], [line('阿仑膦酸钠片', d2, 12), line('碳酸钙D3片', d2, 90)]);
  addCase('control', 'C13', CN.C13, [c1, c2]);
}

// C14
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 23, ageMax: 38, gender: 'F' });
  const h = hosp(m.region, pick([2, 3]));
  const d1 = rdate('2026-01-05', '2026-10-30');
  const c1 = OP(m, h, d1, 'obstetrics', ['O20.000'], [line('人绒毛膜促性腺激素(β-HCG)测定', d1, 1), line('产科B超', d1, 1), line('血常规(五分类)', d1, 1), line('黄体酮注射液', d1, 3), line('肌肉注射', d1, 1)]);
  const d2 = add(d1, 2);
  const c2 = OP(m, h, d2, 'obstetrics', ['O20.000'], [line('人绒毛膜促性腺激素(β-HCG)测定', d2, 1), line('黄体酮注射液', d2, 3), line('肌肉注射', d2, 1)]);
  const d3 = add(d2, ri(8, 12));
  const c3 = OP(m, h, d3, 'obstetrics', ['O20.000'], [line('产科B超', d3, 1), line('人绒毛膜促性腺激素(β-HCG)测定', d3, 1), line('地屈孕酮片', d3, 28)]);
  addCase('control', 'C14', CN.C14, [c1, c2, c3]);
}

// C15
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 40, ageMax: 75 });
  const h = hosp(m.region, pick([2, 3]), 'public');
  const d = rdate('2026-01-05', '2026-11-10');
  const ec = ED(m, h, d, ['R07.400'], [line('常规心电图检查', d, 2), line('肌钙蛋白I测定', d, 2), line('心肌酶谱', d, 1), line('D-二聚体测定', d, 1), line('胸部X线摄影(正侧位)', d, 1), line('血常规(五分类)', d, 1), line('电解质(四项)', d, 1), line('阿司匹林肠溶片', d, 3)]);
  const d2 = add(d, ri(2, 6));
  const oc = OP(m, h, d2, 'cardiology', ['R07.400', 'E78.500'], [line('心脏彩色多普勒超声', d2, 1), line('动态心电图(24小时)', d2, 1), line('血脂(四项)', d2, 1), line('阿托伐他汀钙片', d2, 28)], { senior: true });
  addCase('control', 'C15', CN.C15, [ec, oc]);
}

// C16
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 25, ageMax: 75 });
  const h = hosp(m.region, 3);
  const adm = rdate(); const los = ri(13, 18); const dis = add(adm, los);
  const L = [...ward(adm, dis), ...admitLabs(adm), line('C反应蛋白测定', adm, 1), line('降钙素原测定', adm, 1), line('细菌培养及药敏', adm, 2), line('细菌培养及药敏', add(adm, 1), 1), line('乙肝五项定量', adm, 1), line('术前八项(感染筛查)', adm, 1),
    line('甲状腺功能(三项)', add(adm, 1), 1), line('肿瘤标志物(CEA)测定', add(adm, 1), 1), line('甲胎蛋白(AFP)测定', add(adm, 1), 1), line('糖类抗原19-9(CA19-9)测定', add(adm, 1), 1), line('胸部CT平扫', add(adm, 1), 1), line('腹部CT平扫', add(adm, 2), 1), line('CT增强扫描(加收)', add(adm, 2), 1), line('一次性使用静脉留置针', add(adm, 2), 1),
    line('心脏彩色多普勒超声', add(adm, 3), 1), line('腹部B超', add(adm, 1), 1), line('血常规(五分类)', add(adm, 4), 1), line('C反应蛋白测定', add(adm, 4), 1), line('降钙素原测定', add(adm, 4), 1), line('血常规(五分类)', add(adm, 8), 1), line('C反应蛋白测定', add(adm, 8), 1), line('肝功能(全套)', add(adm, 8), 1),
    line('细菌培养及药敏', add(adm, 5), 2), line('血常规(五分类)', add(adm, 12), 1), ...perDay('对乙酰氨基酚片', adm, 8, 2), ...perDay('注射用头孢曲松钠', add(adm, 5), Math.min(10, los - 6), 2), ...perDay('氯化钠注射液', adm, los - 2, 2), ...infusion(adm, los - 2, 2)];
  if (m.gender === 'F') L.push(line('糖类抗原125(CA125)测定', add(adm, 1), 1), line('妇科B超', add(adm, 3), 1));
  const ipc = IP(m, h, adm, dis, 'infectious_disease', ['R50.900', 'D64.900'], L, { route: 'outpatient' });
  addCase('control', 'C16', CN.C16, [ipc]);
}

// C17
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 40, ageMax: 75 });
  const h = hosp(m.region, pick([2, 3]), 'public');
  let d = rdate('2026-01-05', '2026-06-30'); const out = [];
  const n = ri(4, 5);
  for (let k = 0; k < n; k++) {
    const L = [line('凝血四项', d, 1)];
    if (k === 0) L.push(line('心脏彩色多普勒超声', d, 1), line('血常规(五分类)', d, 1), line('肝功能(全套)', d, 1), line('比索洛尔片', d, 28));
    if (k === n - 1) L.push(line('比索洛尔片', d, 28));
    out.push(OP(m, h, d, 'cardiology', ['Z95.200x002', 'I48.100'], L));
    d = add(d, ri(14, 28));
  }
  addCase('control', 'C17', CN.C17, out);
}

// C18
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 25, ageMax: 65, chronic: ['Z94'] });
  const h = hosp(m.region, 3);
  let d = rdate('2026-01-05', '2026-07-30'); const out = [];
  for (let k = 0; k < 4; k++) {
    const L = [line('血常规(五分类)', d, 1), line('肾功能(三项)', d, 1), line('电解质(四项)', d, 1), line('尿常规', d, 1), line('空腹血糖测定', d, 1), line('醋酸泼尼松片', d, 30)];
    if (k % 2 === 0) L.push(line('肝功能(全套)', d, 1), line('血脂(四项)', d, 1));
    if (k === 0) L.push(line('泌尿系B超', d, 1));
    out.push(CH(m, h, d, 'nephrology', ['Z94.002'], L));
    d = add(d, ri(27, 33));
  }
  addCase('control', 'C18', CN.C18, out);
}

// C19
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 24, ageMax: 38, gender: 'F' });
  const h = hosp(m.region, pick([2, 3]));
  let d = rdate('2026-01-05', '2026-04-30'); const out = [];
  for (let k = 0; k < 4; k++) {
    const L = [line('甲状腺功能(三项)', d, 1), line('左甲状腺素钠片', d, 30)];
    if (k === 0) L.push(line('血常规(五分类)', d, 1), line('尿常规', d, 1), line('血型鉴定(ABO+Rh)', d, 1), line('术前八项(感染筛查)', d, 1), line('肝功能(全套)', d, 1), line('肾功能(三项)', d, 1), line('产科B超', d, 1));
    if (k === 1) L.push(line('产科B超', d, 1), line('尿常规', d, 1));
    if (k === 2) L.push(line('空腹血糖测定', d, 1), line('血常规(五分类)', d, 1));
    if (k === 3) L.push(line('产科B超', d, 1), line('尿常规', d, 1));
    out.push(OP(m, h, d, 'obstetrics', ['O99.215', 'Z34.900'], L));
    d = add(d, ri(28, 40));
  }
  addCase('control', 'C19', CN.C19, out);
}

// C20
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 20, ageMax: 55, gender: chance(0.8) ? 'F' : 'M' });
  const h = hosp(m.region, pick([2, 3]));
  let d = rdate('2026-01-05', '2026-07-30'); const out = [];
  for (let k = 0; k < 4; k++) {
    const L = [line('甲状腺功能(三项)', d, 1), line('血常规(五分类)', d, 1), line('肝功能(全套)', d, 1)];
    if (k === 0) L.push(line('甲状腺彩超', d, 1), line('常规心电图检查', d, 1), line('酒石酸美托洛尔片', d, 56));
    if (k === 1) L.push(line('酒石酸美托洛尔片', d, 56));
    out.push(OP(m, h, d, 'endocrinology', ['E05.001'], L));
    d = add(d, ri(26, 35));
  }
  addCase('control', 'C20', CN.C20, out);
}

// C21
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 5, ageMax: 13, type: 'resident' });
  const h = hosp(m.region, 3);
  const d = rdate();
  const ec = ED(m, h, d, ['R10.400'], [line('血常规(五分类)', d, 1), line('C反应蛋白测定', d, 1), line('尿常规', d, 1), line('腹部B超', d, 1), line('腹部CT平扫', d, 1)]);
  const los = ri(4, 6); const dis = add(d, los);
  const L = [...ward(d, dis), line('凝血四项', d, 1), line('肝功能(全套)', d, 1), line('肾功能(三项)', d, 1), line('电解质(四项)', d, 1), line('血型鉴定(ABO+Rh)', d, 1), line('术前八项(感染筛查)', d, 1), line('常规心电图检查', d, 1),
    line('腹腔镜下阑尾切除术', d, 1), line('全身麻醉', d, 2), line('一次性腹腔镜穿刺器', d, 1), line('一次性手术衣及铺单包', d, 1), line('可吸收缝线', d, 2), line('丙泊酚中/长链脂肪乳注射液', d, 1), line('枸橼酸芬太尼注射液', d, 1), line('病理检查(常规石蜡切片)', d, 1),
    ...perDay('注射用头孢呋辛钠', d, los - 1, 2), line('甲硝唑氯化钠注射液', d, 2), ...perDay('葡萄糖氯化钠注射液', d, los - 1, 2), ...infusion(d, los - 1, 2), line('血常规(五分类)', add(d, 2), 1)];
  const ipc = IP(m, h, d, dis, 'pediatric_surgery', ['K35.800x001'], L, { route: 'emergency', px: [['47.0100', d]] });
  addCase('control', 'C21', CN.C21, [ec, ipc]);
}

// C22
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 60, ageMax: 82, gender: 'M' });
  const h = hosp(m.region, 3);
  const d = rdate('2026-01-05', '2026-10-30');
  const c1 = OP(m, h, d, 'urology', ['R31.x00', 'N40.x00'], [line('尿常规', d, 1), line('泌尿系B超', d, 1), line('前列腺特异性抗原(PSA)测定', d, 1), line('肾功能(三项)', d, 1)]);
  const d2 = add(d, ri(4, 9));
  const c2 = OP(m, h, d2, 'urology', ['R31.x00', 'N40.x00'], [line('腹部CT平扫', d2, 1), line('CT增强扫描(加收)', d2, 1), line('一次性使用静脉留置针', d2, 1), line('静脉留置针置管', d2, 1), line('一次性使用注射器(5ml)', d2, 1), line('尿常规', d2, 1), line('盐酸坦索罗辛缓释胶囊', d2, 14)], { senior: true });
  addCase('control', 'C22', CN.C22, [c1, c2]);
}

// C23
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 30, ageMax: 75 });
  const h = hosp(m.region, 3);
  const adm = rdate(); const los = ri(12, 16); const dis = add(adm, los); const d7 = add(adm, 6);
  const L = [...ward(adm, dis, { nursing: 'Ⅱ级护理', nursingFrom: { name: 'Ⅰ级护理', until: add(adm, 4) } }), ...admitLabs(adm), line('血脂(四项)', adm, 1), line('C反应蛋白测定', adm, 1), line('血气分析', adm, 1), line('腹部B超', adm, 1), line('腹部CT平扫', adm, 1),
    line('血常规(五分类)', add(adm, 2), 1), line('电解质(四项)', add(adm, 1), 1), line('电解质(四项)', add(adm, 3), 1), line('C反应蛋白测定', add(adm, 3), 1), line('降钙素原测定', d7, 1), line('血常规(五分类)', d7, 1),
    line('腹部CT平扫', d7, 1), line('CT增强扫描(加收)', d7, 1), line('一次性使用静脉留置针', d7, 1), line('静脉留置针置管', d7, 1), line('一次性使用注射器(5ml)', d7, 1), line('细菌培养及药敏', d7, 1),
    ...perDay('胃肠减压', adm, 5, 1), line('一次性使用胃管', adm, 1), ...perDay('注射用泮托拉唑钠', adm, 7, 2), ...perDay('复方氯化钠注射液', adm, 8, 3), ...perDay('葡萄糖注射液', adm, 8, 2), ...perDay('氯化钾注射液', adm, 8, 2), ...perDay('复方氨基酸注射液(18AA)', add(adm, 2), 6, 1), ...infusion(adm, 9, 4),
    ...perDay('注射用亚胺培南西司他丁钠', d7, Math.min(7, los - 7), 3), line('肝功能(全套)', add(adm, 9), 1)];
  const ipc = IP(m, h, adm, dis, 'gastroenterology', ['K85.900'], L, { route: 'emergency' });
  addCase('control', 'C23', CN.C23, [ipc]);
}

// C24
for (let i = 0; i < N; i++) {
  const m = member({ ageMin: 20, ageMax: 60 });
  const h = hosp(m.region, pick([2, 3]), 'public');
  const d = rdate();
  const ec = ED(m, h, d, ['R56.801'], [line('头颅CT平扫', d, 1), line('血糖监测(快速)', d, 1), line('电解质(四项)', d, 1), line('血常规(五分类)', d, 1), line('肾功能(三项)', d, 1), line('常规心电图检查', d, 1), line('地西泮片', d, 2)]);
  const adm = d; const los = ri(5, 8); const dis = add(adm, los);
  const L = [...ward(adm, dis), line('肝功能(全套)', adm, 1), line('血脂(四项)', add(adm, 1), 1), line('头颅MRI平扫', add(adm, 1), 1), line('脑电图', add(adm, 1), 1), line('脑电图', add(adm, 4), 1), line('凝血四项', adm, 1),
    ...perDay('左乙拉西坦片', add(adm, 1), los - 1, 2), line('左乙拉西坦片', add(dis, -1), 56)];
  const ipc = IP(m, h, adm, dis, 'neurology', ['G40.900'], L, { route: 'emergency' });
  addCase('control', 'C24', CN.C24, [ec, ipc]);
}

// =====================================================================
// ROUTINE (100 single claims)
// =====================================================================
for (let i = 0; i < 100; i++) {
  const k = i % 12;
  let c;
  if (k === 0) { const m = member({ ageMin: 18, ageMax: 70 }); const h = hosp(m.region, pick([1, 2])); const d = rdate(); c = OP(m, h, d, 'internal', ['J06.900'], [line('血常规(五分类)', d, 1), line('连花清瘟胶囊', d, 24), line('对乙酰氨基酚片', d, 6)]); }
  if (k === 1) { const m = member({ ageMin: 1, ageMax: 10, type: 'resident' }); const h = hosp(m.region, pick([2, 3])); const d = rdate(); c = OP(m, h, d, 'pediatrics', ['J06.900'], [line('血常规(五分类)', d, 1), line('C反应蛋白测定', d, 1), line('小儿对乙酰氨基酚颗粒', d, 6), line('小儿氨酚黄那敏颗粒', d, 9)]); }
  if (k === 2) { const dz = pick([['I10'], ['E11'], ['I10', 'E11']]); const m = member({ ageMin: 50, ageMax: 85, chronic: dz }); const h = hosp(m.region, pick([1, 2])); const d = rdate(); const L = refill(m, d, dz); if (dz.includes('E11') && chance(0.4)) L.push(line('糖化血红蛋白测定', d, 1)); if (chance(0.3)) L.push(line('肾功能(三项)', d, 1)); c = CH(m, h, d, 'internal', dz.map(x => DXOF[x]), L); }
  if (k === 3) { const m = member({ ageMin: 18, ageMax: 75 }); const h = hosp(m.region, 1, 'pharmacy'); const d = rdate(); c = PH(m, h, d, ['J30.300'], [line('氯雷他定片', d, 12)]); }
  if (k === 4) { const m = member({ ageMin: 25, ageMax: 70 }); const h = hosp(m.region, pick([2, 3])); const d = rdate(); const L = [line('奥美拉唑肠溶胶囊', d, 28)]; if (chance(0.5)) L.unshift(line('胃镜检查', d, 1)); c = OP(m, h, d, 'gastroenterology', ['K29.700'], L); }
  if (k === 5) { const m = member({ ageMin: 15, ageMax: 60 }); const h = hosp(m.region, pick([1, 2])); const d = rdate(); c = OP(m, h, d, 'orthopedics', ['S93.400'], [line('四肢X线摄影', d, 1), line('布洛芬缓释胶囊', d, 12), line('医用弹力绷带', d, 1)]); }
  if (k === 6) { const m = member({ ageMin: 22, ageMax: 38, gender: 'F' }); const h = hosp(m.region, pick([2, 3])); const d = rdate(); c = OP(m, h, d, 'obstetrics', ['Z34.900'], [line('产科B超', d, 1), line('尿常规', d, 1), line('血常规(五分类)', d, 1)]); }
  if (k === 7) { const m = member({ ageMin: 25, ageMax: 85 }); const h = hosp(m.region, pick([2, 3])); const adm = rdate(); const los = ri(6, 9); const dis = add(adm, los);
    c = IP(m, h, adm, dis, 'respiratory', ['J18.900'], [...ward(adm, dis), ...admitLabs(adm), line('C反应蛋白测定', adm, 1), line('胸部CT平扫', adm, 1), line('血常规(五分类)', add(adm, 4), 1), ...perDay('注射用头孢曲松钠', adm, los - 1, 2), ...perDay('氯化钠注射液', adm, los - 1, 2), ...infusion(adm, los - 1, 2), ...perDay('盐酸氨溴索片', adm, los, 3)], { route: chance(0.5) ? 'emergency' : 'outpatient' }); }
  if (k === 8) { const m = member({ ageMin: 20, ageMax: 70 }); const h = hosp(m.region, pick([2, 3])); const adm = rdate(); const los = ri(3, 5); const dis = add(adm, los); const op = add(adm, 1);
    c = IP(m, h, adm, dis, 'general_surgery', ['K80.200x003'], [...ward(adm, dis), ...admitLabs(adm), line('术前八项(感染筛查)', adm, 1), line('血型鉴定(ABO+Rh)', adm, 1), line('腹部B超', adm, 1), line('胸部X线摄影(正侧位)', adm, 1), line('腹腔镜下胆囊切除术', op, 1), line('全身麻醉', op, 2), line('一次性腹腔镜穿刺器', op, 1), line('止血夹(结扎夹)', op, 4), line('一次性手术衣及铺单包', op, 1), line('丙泊酚中/长链脂肪乳注射液', op, 2), line('枸橼酸芬太尼注射液', op, 2), line('病理检查(常规石蜡切片)', op, 1), ...perDay('注射用头孢呋辛钠', op, 1, 2), ...perDay('复方氯化钠注射液', adm, los - 1, 2), ...infusion(adm, los - 1, 2)], { route: 'outpatient', px: [['51.2300', op]] }); }
  if (k === 9) { const m = member({ ageMin: 20, ageMax: 70, gender: chance(0.7) ? 'F' : 'M' }); const h = hosp(m.region, pick([1, 2])); const d = rdate(); c = OP(m, h, d, 'internal', ['N39.000'], [line('尿常规', d, 1), line(m.age >= 18 ? '左氧氟沙星片' : '头孢克肟胶囊', d, 7)]); }
  if (k === 10) { const m = member({ ageMin: 40, ageMax: 75 }); const h = hosp(m.region, pick([2, 3])); const d = rdate(); c = OP(m, h, d, 'cardiology', ['I10.x00x002'], [line('常规心电图检查', d, 1), line('肾功能(三项)', d, 1), line('苯磺酸氨氯地平片', d, 28)]); }
  if (k === 11) { const m = member({ ageMin: 30, ageMax: 70, chronic: ['B18'] }); const h = hosp(m.region, pick([2, 3])); const d = rdate(); const L = [line('恩替卡韦分散片', d, 30)]; if (chance(0.5)) L.push(line('肝功能(全套)', d, 1)); c = CH(m, h, d, 'infectious_disease', ['B18.100'], L); }
  addCase('routine', 'R', '常规就诊（检验检查普通组合）', [c]);
}

// =====================================================================
// amounts (settlement order) and output
// =====================================================================
function policyFor(prov, scheme, vt) {
  const T = {
    employee: { inpatient: { d: { 1: 200, 2: 500, 3: 900 }, r: { 1: 0.9, 2: 0.85, 3: 0.8 }, rb: 0.05 }, outpatient: { d: 1000, r: { 1: 0.7, 2: 0.6, 3: 0.5 }, rb: 0.1, cap: 3000 }, chronic: { d: 0, r: { 1: 0.85, 2: 0.85, 3: 0.8 }, rb: 0.05, cap: 10000 }, pharmacy: { d: 1000, r: { 1: 0.6, 2: 0.6, 3: 0.6 }, rb: 0.1, cap: 3000 } },
    resident: { inpatient: { d: { 1: 200, 2: 500, 3: 1000 }, r: { 1: 0.8, 2: 0.7, 3: 0.6 }, rb: 0 }, outpatient: { d: 0, r: { 1: 0.6, 2: 0.5, 3: 0.5 }, rb: 0, cap: 400 }, chronic: { d: 0, r: { 1: 0.7, 2: 0.65, 3: 0.6 }, rb: 0, cap: 5000 }, pharmacy: { d: 0, r: { 1: 0.5, 2: 0.5, 3: 0.5 }, rb: 0, cap: 400 } },
  };
  const p = JSON.parse(JSON.stringify(T[scheme][vt]));
  // province differences (policies.json, benefits only)
  if (vt === 'inpatient') {
    if (prov === '37') p.d = { 1: 300, 2: 600, 3: 1000 };
    if (prov === '23' && scheme === 'employee') p.d = { 1: 200, 2: 500, 3: 1000 };
    if (prov === '51') p.d = scheme === 'employee' ? { 1: 200, 2: 500, 3: 1000 } : { 1: 200, 2: 600, 3: 1100 };
  }
  return p;
}
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq));
const ytd = {};
for (const c of CLAIMS) {
  const m = c._m; const h = c._h; const lv = h.level;
  let total = 0, pol = 0;
  for (const it of c.items) { const r = row(it.name); total += it.amount; pol += it.amount * (1 - (r.class === '丙' ? 1 : (r.selfPayShare || 0))); }
  total = r2(total); pol = r2(pol);
  const p = policyFor(h.region.slice(0, 2), m.type, c.visitType);
  const key = m.insuredId + ':' + c.visitType;
  const y = ytd[key] || (ytd[key] = { ded: 0, fund: 0 });
  let fund;
  if (c.visitType === 'inpatient') {
    fund = Math.max(0, pol - p.d[lv]) * (p.r[lv] + (m.retired ? p.rb : 0));
  } else {
    const dedLeft = Math.max(0, p.d - y.ded); const usedDed = Math.min(dedLeft, pol); y.ded += usedDed;
    fund = (pol - usedDed) * (p.r[lv] + (m.retired ? p.rb : 0));
    let cap = p.cap; if (m.type === 'resident' && c.visitType === 'outpatient' && h.region === '510100') cap = 500;
    fund = Math.min(fund, Math.max(0, cap - y.fund));
  }
  fund = Math.floor(fund * 100) / 100; y.fund += fund;
  c.amounts = { total, policy: pol, fundClaimed: fund };
}
fs.mkdirSync(OUT, { recursive: true });
const clean = (c) => { const o = {}; for (const k of Object.keys(c)) if (!k.startsWith('_')) o[k] = c[k]; return o; };
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(c => JSON.stringify(clean(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const kinds = LABELS.reduce((a, l) => (a[l.kind] = (a[l.kind] || 0) + 1, a), {});
console.error(`blind46: ${CLAIMS.length} claims, cases ${JSON.stringify(kinds)}, groups loaded ${Object.keys(GRP).length}`);
