#!/usr/bin/env node
// blind58: neurology, urology and care of the elderly. usage: make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed; no dependencies. Money is built in integer fen and written as yuan (CONTRACTS.md) = fen/100.
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CATDIR = path.resolve(opt('--catalogue') || '/work/wt/base58/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- random ----------
let seed = 58058;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue ----------
const CAT = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json', 'drugs-mental-health.json', 'services-home-and-online.json']) {
  const p = path.join(CATDIR, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) CAT[r.name] = r;
}
const row = (name) => { const r = CAT[name]; if (!r) throw new Error('no catalogue row ' + name); return r; };
const capFen = (r, lvl) => Math.round(r.priceCap[String(lvl)] * 100);

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const randDate = (from = '2025-02-03', to = '2025-11-20') => add(from, ri(0, (D(to) - D(from)) / 864e5));
const days = (a, b) => Math.round((D(b) - D(a)) / 864e5);

// ---------- regions, institutions, doctors ----------
const REGIONS = [['220100', '22'], ['220200', '22'], ['230100', '23'], ['370100', '37'], ['370200', '37'], ['510100', '51'], ['510700', '51']];
const TITLES = ['住院医师', '主治医师', '副主任医师', '主任医师'];
const HOSP = {}; // region -> {1:[..],2:[..],3:[..], pharm:[..]}
const DOCTORS = {}; // doctorId -> {title, hospitalId, dept}
let docSeq = 0;
function mkDocs(hid, dept, level) {
  const out = [];
  const n = level === 1 ? 2 : 4;
  for (let i = 0; i < n; i++) {
    const title = level === 1 ? pick(['住院医师', '主治医师', '主治医师']) : TITLES[i % 4];
    const id = 'D58' + String(++docSeq).padStart(4, '0');
    DOCTORS[id] = { title, hospitalId: hid, dept }; out.push(id);
  }
  return out;
}
for (const [reg] of REGIONS) {
  const h = { 1: [], 2: [], 3: [], pharm: [] };
  for (let k = 1; k <= 2; k++) { const id = 'H' + reg + '0' + k; h[1].push({ id, level: 1, depts: { general: mkDocs(id, 'general', 1), geriatrics: mkDocs(id, 'geriatrics', 1) } }); }
  for (let k = 1; k <= 2; k++) { const id = 'H' + reg + '1' + k; h[2].push({ id, level: 2, depts: { neurology: mkDocs(id, 'neurology', 2), urology: mkDocs(id, 'urology', 2), geriatrics: mkDocs(id, 'geriatrics', 2), emergency: mkDocs(id, 'emergency', 2) } }); }
  { const id = 'H' + reg + '21'; h[3].push({ id, level: 3, depts: { neurology: mkDocs(id, 'neurology', 3), urology: mkDocs(id, 'urology', 3), geriatrics: mkDocs(id, 'geriatrics', 3), emergency: mkDocs(id, 'emergency', 3) } }); }
  for (let k = 1; k <= 2; k++) { const id = 'P' + reg + '0' + k; h.pharm.push({ id, level: 1, depts: { pharmacy: mkDocs(id, 'pharmacy', 1) } }); }
  HOSP[reg] = h;
}
const provinceOf = (reg) => REGIONS.find(r => r[0] === reg)[1];

// ---------- members ----------
let memSeq = 0;
function member(o = {}) {
  const region = o.region || pick(REGIONS)[0];
  const gender = o.gender || (chance(0.5) ? 'M' : 'F');
  const age = o.age || ri(o.ageMin || 62, o.ageMax || 88);
  const birthDate = `${2025 - age - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const insuranceType = o.insuranceType || (chance(0.55) ? 'employee' : 'resident');
  const retired = insuranceType === 'employee' && age >= (gender === 'M' ? 60 : 55);
  return {
    region, insuranceType, age,
    patient: { insuredId: 'P58' + String(++memSeq).padStart(6, '0'), gender, birthDate, retired },
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(6, 20), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: insuranceType === 'employee' ? ri(32, 40) : ri(6, 15), special: null, ...(o.chronic ? { chronicDiseases: o.chronic } : {}) },
  };
}

// ---------- items and claims ----------
const CLAIMS = []; // {claim, settle, m}
function item(name, date, qty, o = {}) {
  const r = row(name);
  const code = r.products ? r.products[0] : r.code;
  const unitFen = o.priceFen != null ? o.priceFen : capFen(r, o.level);
  return { name: r.name, code, category: r.category, date, quantity: qty, unitFen, row: r, mut: !!o.mut, ...(o.long ? { longPrescription: true } : {}) };
}
function provider(inst, dept, doctorId) { return { hospitalId: inst.id, level: inst.level, department: dept, doctorId: doctorId || pick(inst.depts[dept]) }; }
function consultFor(doctorId, level) {
  const t = DOCTORS[doctorId].title;
  if (level >= 2 && t === '主任医师') return '主任医师门诊诊察费';
  if (level >= 2 && t === '副主任医师') return '副主任医师门诊诊察费';
  return level === 1 ? '一般诊疗费' : '普通门诊诊察费';
}
// spec: {m, inst, dept, doctor, visitType, date | adm, dis, dx:[codes], px:[[code,date]], items:[[name, date, qty, opt]], consult:true}
function claim(s) {
  const inst = s.inst; const level = inst.level;
  const prov = provider(inst, s.dept, s.doctor);
  const items = [];
  const vdate = s.date || s.adm;
  if (s.consult !== false && s.visitType !== 'inpatient' && s.visitType !== 'pharmacy') items.push(item(s.visitType === 'chronic' ? '门诊慢特病管理诊查费' : consultFor(prov.doctorId, level), vdate, 1, { level }));
  for (const it of s.items) items.push(item(it[0], it[1] || vdate, it[2] == null ? 1 : it[2], { level, ...(it[3] || {}) }));
  const c = {
    claimId: null, region: s.m.region, insuranceType: s.m.insuranceType, visitType: s.visitType,
    patient: s.m.patient, enrollment: s.m.enrollment, provider: prov,
  };
  if (s.visitType === 'inpatient') { c.admissionDate = s.adm; c.dischargeDate = s.dis; c.admissionRoute = s.route || 'outpatient'; c.dischargeMode = s.dmode || 'ordered'; }
  else c.visitDate = s.date;
  c.diagnoses = s.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = (s.px || []).map(([code, date]) => ({ code, date }));
  if (s.visitType === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c._items = items;
  const rec = { claim: c, settle: s.visitType === 'inpatient' ? s.dis : s.date, m: s.m, inst, mut: [] };
  CLAIMS.push(rec);
  return rec;
}
// daily inpatient base lines
function stayItems(adm, dis, o = {}) {
  const out = []; const n = Math.max(1, days(adm, dis));
  for (let i = 0; i < n; i++) {
    const d = add(adm, i);
    out.push([o.bed || '普通病房床位费(三人间)', d, 1]);
    out.push([o.nursing || 'Ⅱ级护理', d, 1]);
    out.push(['住院诊查费', d, 1]);
  }
  return out;
}
const admitLabs = (d) => [['血常规(五分类)', d], ['尿常规', d], ['肝功能(全套)', d], ['肾功能(三项)', d], ['电解质(四项)', d], ['凝血四项', d], ['常规心电图检查', d]];
const ivDays = (adm, n, drugs) => { const out = []; for (let i = 0; i < n; i++) { const d = add(adm, i); out.push(['静脉输液(第一组)', d, 1], ['一次性使用输液器', d, 1], ['氯化钠注射液', d, 1]); for (const [nm, q] of drugs) out.push([nm, d, q]); } return out; };

// ---------- labels ----------
const LABELS = [];
const NAMES = {};
function label(kind, code, name, caseRecs, targets, mutated) {
  NAMES[code] = name;
  const idx = LABELS.filter(l => l.code === code).length + 1;
  LABELS.push({ caseId: `${code}-${String(idx).padStart(2, '0')}`, kind, code, name, recs: caseRecs, targetRecs: targets || caseRecs, mutated: mutated || [] });
}
// mutated: [[rec, itemIndexInSpecItems(after consult)]] resolved via marker
const mark = (it) => { it[3] = { ...(it[3] || {}), mut: true }; return it; };

const inst = (reg, lvl, k = 0) => HOSP[reg][lvl][Math.min(k, HOSP[reg][lvl].length - 1)];
const pharm = (reg) => pick(HOSP[reg].pharm);
const anyReg = () => pick(REGIONS)[0];

// ============ FRAUD TYPOLOGIES ============
// T01 串换: incontinence pads (丙 医用护理垫) billed as 导尿包 + 导尿 in a 医养结合 level-1 clinic, no retention
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 75, ageMax: 93 });
  const d = randDate(); const h = inst(reg, 1, i % 2);
  const dx = pick([['R32.x00', 'I69.300'], ['R32.x00', 'F03.x01'], ['N39.300', 'I10.x00x002'], ['R54.x00x003', 'R32.x00']]);
  const q = ri(6, 14);
  const items = [mark(['一次性使用导尿包', d, q]), mark(['导尿', d, chance(0.5) ? 2 : 1]), ['尿常规', d, 1]];
  if (chance(0.5)) items.push(['一次性使用引流袋', d, ri(2, 4)]);
  const r = claim({ m, inst: h, dept: 'geriatrics', visitType: 'outpatient', date: d, dx, items });
  label('fraud', 'T01', '串换: incontinence pads billed as catheter kits/catheterisation (医养结合)', [r], [r], [r]);
}
// T02 超限定支付: cholinesterase inhibitor / memantine without a qualifying dementia diagnosis
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 62, ageMax: 85 });
  const d = randDate(); const lvl = pick([2, 2, 3]); const h = inst(reg, lvl, i % 2);
  const dx = pick([['F06.700'], ['R41.800'], ['G20.x00'], ['I69.300', 'R41.800'], ['F06.700', 'I10.x00x002'], ['G47.000x001', 'R41.000']]);
  const drug = pick(['盐酸多奈哌齐片', '盐酸美金刚片', '盐酸多奈哌齐片']);
  const q = drug === '盐酸美金刚片' ? 56 : 28;
  const items = [mark([drug, d, q])];
  if (chance(0.5)) items.push(['简易智能精神状态检查（MMSE）', d, 1]);
  const r = claim({ m, inst: h, dept: 'neurology', visitType: 'outpatient', date: d, dx, items });
  label('fraud', 'T02', '超限定支付: donepezil/memantine without a dementia diagnosis (MCI, Parkinson, stroke sequelae)', [r], [r], [r]);
}
// T03 超量开药/倒卖 across institutions: antiepileptic / antiparkinson drug refilled long before supply ran out
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const epi = i % 2 === 0;
  const m = member({ region: reg, ageMin: epi ? 30 : 60, ageMax: epi ? 70 : 82, chronic: [epi ? 'G40' : 'G20'] });
  const drug = epi ? pick(['左乙拉西坦片', '丙戊酸钠缓释片']) : '多巴丝肼片';
  const perDay = drug === '多巴丝肼片' ? 3 : 2; const qty = perDay * 30;
  const dx = epi ? [pick(['G40.900', 'G40.200x002', 'G40.100x001'])] : ['G20.x00'];
  let d = randDate('2025-02-03', '2025-08-30');
  const recs = [];
  const sites = [() => ({ inst: inst(reg, 3), dept: 'neurology', vt: 'chronic' }), () => ({ inst: inst(reg, 2, 0), dept: 'neurology', vt: 'outpatient' }), () => ({ inst: pharm(reg), dept: 'pharmacy', vt: 'pharmacy' }), () => ({ inst: inst(reg, 2, 1), dept: 'neurology', vt: 'outpatient' })];
  const n = ri(3, 4);
  for (let k = 0; k < n; k++) {
    const s = sites[k % sites.length]();
    const it = [drug, d, qty]; if (k > 0) mark(it);
    recs.push(claim({ m, inst: s.inst, dept: s.dept, visitType: s.vt, date: d, dx, items: [it] }));
    d = add(d, ri(6, 12));
  }
  label('fraud', 'T03', '超量开药/倒卖: AED or levodopa refilled at other institutions and pharmacies long before supply ran out', recs, recs.slice(1), recs.slice(1));
}
// T04 超量开药 single claim: months of supply without a long prescription, or beyond 12 weeks even as 长处方
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const d = randDate();
  const v = i % 3;
  let m, items, dx, dept;
  if (v === 0) { m = member({ region: reg, gender: 'M', ageMin: 60, ageMax: 84 }); dx = ['N40.x00']; dept = 'urology'; items = [mark(['盐酸坦索罗辛缓释胶囊', d, pick([180, 240, 270])]), mark(['非那雄胺片', d, pick([180, 240])])]; }
  else if (v === 1) { m = member({ region: reg, ageMin: 60, ageMax: 84 }); dx = ['G20.x00']; dept = 'neurology'; items = [mark(['多巴丝肼片', d, pick([450, 540, 630])])]; }
  else { m = member({ region: reg, ageMin: 20, ageMax: 70 }); dx = ['G40.900']; dept = 'neurology'; items = [mark(['左乙拉西坦片', d, pick([360, 420]), { long: true }])]; }
  const r = claim({ m, inst: inst(reg, pick([2, 3])), dept, visitType: 'outpatient', date: d, dx, items });
  label('fraud', 'T04', '超量开药: 6–9 months of α-blocker/5-ARI, levodopa or levetiracetam on one prescription', [r], [r], [r]);
}
// T05 冒名就医: the member's card used at a pharmacy / another clinic while the member is an inpatient elsewhere
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 65, ageMax: 88 });
  const adm = randDate(); const los = ri(8, 13); const dis = add(adm, los);
  const hi = inst(reg, 3);
  const ip = claim({ m, inst: hi, dept: 'neurology', visitType: 'inpatient', adm, dis, dx: ['I63.900', 'I10.x00x002'], px: [['88.9101', add(adm, 1)]],
    items: [...stayItems(adm, dis, { nursing: 'Ⅰ级护理' }), ...admitLabs(adm), ['头颅MRI平扫', add(adm, 1)], ['颈部血管彩色多普勒超声', add(adm, 2)], ['阿司匹林肠溶片', adm, los], ['阿托伐他汀钙片', adm, los], ...ivDays(adm, Math.min(10, los), [['血栓通注射液', 2]])] });
  const d = add(adm, ri(3, los - 2));
  const alt = chance(0.5)
    ? claim({ m, inst: pharm(reg), dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['I10.x00x002'], items: [['苯磺酸氨氯地平片', d, 28], ['阿托伐他汀钙片', d, 28]] })
    : claim({ m, inst: inst(reg, 1, i % 2), dept: 'general', visitType: 'outpatient', date: d, dx: ['I10.x00x002', 'N40.x00'].slice(0, m.patient.gender === 'M' ? 2 : 1), items: [['苯磺酸氨氯地平片', d, 28], ['血糖监测(快速)', d, 1]] });
  label('fraud', 'T05', '冒名就医: card used at a pharmacy/clinic while the member is an inpatient elsewhere', [ip, alt], [alt], []);
}
// T06 挂床住院: elderly 医养结合 stay with bed, nursing and ward rounds only
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 78, ageMax: 94 });
  const adm = randDate(); const los = ri(10, 18); const dis = add(adm, los);
  const items = [...stayItems(adm, dis, { nursing: pick(['Ⅱ级护理', 'Ⅲ级护理']) }), ['血常规(五分类)', adm], ['尿常规', adm]];
  if (chance(0.6)) items.push(['苯磺酸氨氯地平片', adm, los]);
  if (chance(0.4)) items.push(['血糖监测(快速)', add(adm, 1), 1]);
  const r = claim({ m, inst: inst(reg, 1, i % 2), dept: 'geriatrics', visitType: 'inpatient', adm, dis, dx: pick([['R54.x00x003', 'I10.x00x002'], ['I69.300', 'I10.x00x002'], ['F03.x01'], ['R26.000x001', 'R54.x00']]), items });
  label('fraud', 'T06', '挂床住院: 医养结合 stay billing bed, nursing and rounds with no treatment', [r], [r], []);
}
// T07 分解住院: one stay split in two, readmitted days after discharge for the same condition
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const uro = i % 2 === 0;
  const m = member({ region: reg, gender: uro ? 'M' : undefined, ageMin: 65, ageMax: 86 });
  const h = inst(reg, pick([2, 3]));
  const adm1 = randDate('2025-02-03', '2025-10-01'); const dis1 = add(adm1, ri(6, 9));
  const adm2 = add(dis1, ri(1, 6)); const dis2 = add(adm2, ri(5, 8));
  const mk = (adm, dis, first) => uro
    ? claim({ m, inst: h, dept: 'urology', visitType: 'inpatient', adm, dis, dx: ['N40.x00', 'R33.x00'], px: first ? [] : [['60.2900', add(adm, 2)]],
      items: [...stayItems(adm, dis), ...(first ? admitLabs(adm) : [['血常规(五分类)', adm]]), ['前列腺特异性抗原(PSA)测定', adm], ['泌尿系B超', adm], ['导尿', adm], ['一次性使用导尿包', adm], ['盐酸坦索罗辛缓释胶囊', adm, days(adm, dis)], ...(first ? ivDays(adm, 3, [['注射用头孢呋辛钠', 2]]) : [['经尿道前列腺电切术', add(adm, 2)], ['椎管内麻醉', add(adm, 2)], ['一次性使用麻醉穿刺包', add(adm, 2)], ['双腔硅胶导尿管', add(adm, 2)], ...ivDays(add(adm, 2), 3, [['注射用头孢呋辛钠', 2]])])] })
    : claim({ m, inst: h, dept: 'neurology', visitType: 'inpatient', adm, dis, dx: ['I63.900', 'I10.x00x002'], px: first ? [['88.9101', add(adm, 1)]] : [],
      items: [...stayItems(adm, dis), ...(first ? [...admitLabs(adm), ['头颅MRI平扫', add(adm, 1)]] : [['血常规(五分类)', adm]]), ['阿司匹林肠溶片', adm, days(adm, dis)], ...ivDays(adm, Math.min(6, days(adm, dis)), [['血栓通注射液', 2]]), ['运动疗法', add(adm, 2), 1]] });
  const a = mk(adm1, dis1, true); const b = mk(adm2, dis2, false);
  label('fraud', 'T07', '分解住院: same-hospital readmission 1–6 days after discharge for the same condition (stroke / BPH work-up then TURP)', [a, b], [b], []);
}
// T08 低标准入院: admission for uncomplicated vertigo / headache / cystitis treatable as an outpatient
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 55, ageMax: 80 });
  const adm = randDate(); const los = ri(3, 5); const dis = add(adm, los);
  const v = i % 3;
  const dx = v === 0 ? ['H81.100'] : v === 1 ? ['G43.000'] : ['N30.000'];
  const items = [...stayItems(adm, dis), ['血常规(五分类)', adm], v === 2 ? ['尿常规', adm] : ['头颅CT平扫', adm]];
  if (v === 0) items.push(['甲磺酸倍他司汀片', adm, 3 * los]);
  if (v === 1) items.push(['布洛芬缓释胶囊', adm, 2 * los]);
  if (v === 2) items.push(['左氧氟沙星片', adm, los]);
  const h = inst(reg, pick([1, 2]), i % 2);
  const r = claim({ m, inst: h, dept: h.level === 1 ? 'general' : (v === 2 ? 'urology' : 'neurology'), visitType: 'inpatient', adm, dis, dx, items });
  label('fraud', 'T08', '低标准入院: 3–5 day stays for BPPV, migraine or cystitis with oral drugs only', [r], [r], []);
}
// T09 重复收费: catheterisation billed on the TURP day (included in TURP), EEG twice, 血红蛋白 with 血常规
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const v = i % 3;
  if (v === 0) {
    const m = member({ region: reg, gender: 'M', ageMin: 64, ageMax: 85 });
    const adm = randDate(); const op = add(adm, 1); const dis = add(adm, ri(5, 7));
    const r = claim({ m, inst: inst(reg, pick([2, 3])), dept: 'urology', visitType: 'inpatient', adm, dis, dx: ['N40.x00'], px: [['60.2900', op]],
      items: [...stayItems(adm, dis), ...admitLabs(adm), ['前列腺特异性抗原(PSA)测定', adm], ['经尿道前列腺电切术', op], ['椎管内麻醉', op], ['一次性使用麻醉穿刺包', op], ['双腔硅胶导尿管', op], mark(['导尿', op, 1]), mark(['一次性使用导尿包', op, 1]), ['氯化钠注射液', op, 6], ...ivDays(op, 3, [['注射用头孢呋辛钠', 2]])] });
    label('fraud', 'T09', '重复收费: catheterisation, EEG or haemoglobin billed again inside an item that includes it', [r], [r], [r]);
  } else if (v === 1) {
    const m = member({ region: reg, ageMin: 18, ageMax: 70 }); const d = randDate();
    const r = claim({ m, inst: inst(reg, pick([2, 3])), dept: 'neurology', visitType: 'outpatient', date: d, dx: ['G40.900'], items: [['脑电图', d, 1], mark(['脑电图', d, 1]), ['左乙拉西坦片', d, 60]] });
    label('fraud', 'T09', '重复收费: catheterisation, EEG or haemoglobin billed again inside an item that includes it', [r], [r], [r]);
  } else {
    const m = member({ region: reg, ageMin: 70, ageMax: 90 }); const d = randDate();
    const r = claim({ m, inst: inst(reg, 1, i % 2), dept: 'geriatrics', visitType: 'outpatient', date: d, dx: ['E46.x00x003', 'R54.x00x003'], items: [['血常规(五分类)', d, 1], mark(['血红蛋白测定', d, 1]), ['肝功能(全套)', d, 1], mark(['丙氨酸氨基转移酶测定', d, 1])] });
    label('fraud', 'T09', '重复收费: catheterisation, EEG or haemoglobin billed again inside an item that includes it', [r], [r], [r]);
  }
}
// T10 分解收费: one ESWL session split into sessions on consecutive days / 2–4 days apart
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 35, ageMax: 70, gender: 'M' });
  const h = inst(reg, pick([2, 3])); const doc = pick(h.depts.urology);
  let d = randDate('2025-02-03', '2025-10-20'); const recs = [];
  const n = ri(2, 3);
  for (let k = 0; k < n; k++) {
    const it = ['体外冲击波碎石', d, 1]; if (k > 0) mark(it);
    const items = [it, ['泌尿系B超', d, 1]]; if (k === 0) items.push(['尿常规', d, 1], ['盐酸坦索罗辛缓释胶囊', d, 14]);
    recs.push(claim({ m, inst: h, dept: 'urology', doctor: doc, visitType: 'outpatient', date: d, dx: [pick(['N20.100', 'N20.000'])], items }));
    d = add(d, ri(1, 4));
  }
  label('fraud', 'T10', '分解收费: one ESWL treatment split into sessions 1–4 days apart', recs, recs.slice(1), recs.slice(1));
}
// T11 过度诊疗: tension-type headache / dizziness follow-ups each with head CT and MRI
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 30, ageMax: 60 });
  const h = inst(reg, pick([2, 3])); const doc = pick(h.depts.neurology);
  const d1 = randDate('2025-02-03', '2025-09-30'); const d2 = add(d1, ri(20, 50));
  const dx = [pick(['G44.200', 'G44.200x005', 'R51.x00', 'R42.x00x004'])];
  const a = claim({ m, inst: h, dept: 'neurology', doctor: doc, visitType: 'outpatient', date: d1, dx, items: [['头颅CT平扫', d1], ['头颅MRI平扫', d1], ['颈部血管彩色多普勒超声', d1], ['布洛芬缓释胶囊', d1, 12]] });
  const b = claim({ m, inst: h, dept: 'neurology', doctor: doc, visitType: 'outpatient', date: d2, dx, items: [mark(['头颅CT平扫', d2]), mark(['头颅MRI平扫', d2]), ['脑电图', d2], ['布洛芬缓释胶囊', d2, 12]] });
  label('fraud', 'T11', '过度诊疗: headache follow-ups repeating head CT and MRI within weeks, no red flags', [a, b], [a, b], [b]);
}
// T12 虚记/虚增: continuous ECG / SpO2 monitoring and oxygen billed 24 h a day through a routine urology stay
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, gender: 'M', ageMin: 60, ageMax: 82 });
  const adm = randDate(); const op = add(adm, 1); const los = ri(5, 7); const dis = add(adm, los);
  const stone = i % 2 === 0; const items = [...stayItems(adm, dis), ...admitLabs(adm)];
  if (stone) items.push(['经输尿管镜碎石取石术', op], ['椎管内麻醉', op], ['一次性使用麻醉穿刺包', op], ['泌尿系B超', adm]);
  else items.push(['经尿道前列腺电切术', op], ['椎管内麻醉', op], ['一次性使用麻醉穿刺包', op], ['双腔硅胶导尿管', op]);
  const hrs = pick([20, 22, 24]);
  for (let k = 0; k < los; k++) { const d = add(adm, k); items.push(mark(['心电监测', d, hrs]), mark(['血氧饱和度监测', d, hrs])); if (k % 2 === 0 || chance(0.5)) items.push(mark(['吸氧', d, hrs])); }
  items.push(...ivDays(op, 3, [['注射用头孢呋辛钠', 2]]));
  const r = claim({ m, inst: inst(reg, pick([2, 3])), dept: 'urology', visitType: 'inpatient', adm, dis, dx: stone ? ['N20.100'] : ['N40.x00'], px: [[stone ? '56.0x00x003' : '60.2900', op]], items });
  label('fraud', 'T12', '虚增: round-the-clock ECG/SpO2 monitoring and oxygen on every day of a routine TURP/ureteroscopy stay', [r], [r], [r]);
}
// T13 超标准收费 / 超级别: level-2 prices billed at level-3 caps; level-restricted imaging at level 1
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const d = randDate(); const v = i % 3;
  if (v === 2) {
    const m = member({ region: reg, ageMin: 65, ageMax: 85 }); const h = inst(reg, 1, i % 2);
    const r = claim({ m, inst: h, dept: 'general', visitType: 'outpatient', date: d, dx: ['R42.x00x001'], items: [mark(['头颅MRI平扫', d, 1]), ['甲磺酸倍他司汀片', d, 21]] });
    label('fraud', 'T13', '超标准收费: level-3 price caps billed at level-2 hospitals; MRI billed at a level-1 clinic', [r], [r], [r]);
  } else {
    const m = member({ region: reg, ageMin: 20, ageMax: 80 }); const h = inst(reg, 2, i % 2);
    const nm = v === 0 ? '脑电图' : pick(['头颅MRI平扫', '泌尿系B超']);
    const r = claim({ m, inst: h, dept: nm === '泌尿系B超' ? 'urology' : 'neurology', visitType: 'outpatient', date: d, dx: [nm === '泌尿系B超' ? 'N20.000' : nm === '脑电图' ? 'G40.900' : 'G43.900'], items: [mark([nm, d, 1, { priceFen: capFen(row(nm), 3) }])] });
    label('fraud', 'T13', '超标准收费: level-3 price caps billed at level-2 hospitals; MRI billed at a level-1 clinic', [r], [r], [r]);
  }
}
// T14 诱导住院: elderly residents recruited (free transport, "体检") and admitted together with the same template
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const h = inst(reg, pick([1, 2]), i % 2); const adm = randDate(); const recs = [];
  const n = ri(3, 4); const dept = h.level === 1 ? 'general' : 'geriatrics'; const doc = pick(h.depts[dept]);
  for (let k = 0; k < n; k++) {
    const m = member({ region: reg, ageMin: 66, ageMax: 82, insuranceType: 'resident' });
    const dis = add(adm, 6);
    recs.push(claim({ m, inst: h, dept, doctor: doc, visitType: 'inpatient', adm, dis, dx: ['I67.800x003', 'I10.x00x002'],
      items: [...stayItems(adm, dis), ...admitLabs(adm), ['血脂(四项)', adm], ['颈部血管彩色多普勒超声', add(adm, 1)], ['心脏彩色多普勒超声', add(adm, 1)], ['腹部B超', add(adm, 1)], ...ivDays(adm, 5, [['银杏叶提取物注射液', 2]])] }));
  }
  label('fraud', 'T14', '诱导住院: groups of elderly residents admitted the same day with an identical "脑供血不足" template', recs, recs, []);
}
// T15 高套/虚记诊断: MCC/CC diagnoses coded with nothing in the bill to support them
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const uti = i % 2 === 0;
  const m = member({ region: reg, ageMin: 70, ageMax: 90, gender: uti ? undefined : 'M' });
  const adm = randDate(); const los = ri(6, 9); const dis = add(adm, los);
  const extra = pick([['J96.000'], ['A41.900'], ['N17.900'], ['E87.102', 'J96.000']]);
  const items = [...stayItems(adm, dis), ...admitLabs(adm), ['尿常规', add(adm, 3)]];
  if (uti) items.push(['细菌培养及药敏', adm], ...ivDays(adm, 5, [['左氧氟沙星氯化钠注射液', 1]]));
  else items.push(['前列腺特异性抗原(PSA)测定', adm], ['泌尿系B超', adm], ['导尿', adm], ['一次性使用导尿包', adm], ['双腔硅胶导尿管', adm], ['盐酸坦索罗辛缓释胶囊', adm, los]);
  const r = claim({ m, inst: inst(reg, pick([2, 3])), dept: uti ? 'geriatrics' : 'urology', visitType: 'inpatient', adm, dis, dx: [uti ? 'N39.000' : 'R33.x00', ...extra, 'I10.x00x002'], items });
  label('fraud', 'T15', '高套: respiratory failure / sepsis / AKI coded on a UTI or retention stay with no blood gas, cultures or renal work-up behind it', [r], [r], []);
}

// ============ CONTROLS ============
// C01 (T01) real intermittent catheterisation for neurogenic bladder / chronic retention
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 65, ageMax: 90 }); const d = randDate();
  const dx = pick([['N31.901', 'I69.300'], ['R33.x00', 'G20.x00'], ['N31.901', 'E11.400x021+G63.2*']]);
  const r = claim({ m, inst: inst(reg, 1, i % 2), dept: 'geriatrics', visitType: 'outpatient', date: d, dx, items: [['一次性使用导尿包', d, 2], ['导尿', d, 1], ['尿常规', d, 1], ['一次性使用引流袋', d, 2]] });
  label('control', 'C01', 'neurogenic bladder / chronic retention: catheter kits and catheterisation at a community clinic', [r]);
}
// C02 (T02) cholinesterase inhibitor for documented dementia at 门诊慢特病
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 66, ageMax: 88, chronic: ['G30', 'F00', 'F01', 'F03'] }); const d = randDate();
  const dx = [pick(['G30.100x003+F00.1*', 'G30.901+F00.9*', 'F01.100', 'F03.x01'])];
  const r = claim({ m, inst: inst(reg, pick([2, 3])), dept: 'neurology', visitType: 'chronic', date: d, dx, items: [['盐酸多奈哌齐片', d, 30], ...(i % 3 === 0 ? [['简易智能精神状态检查（MMSE）', d, 1]] : [])] });
  label('control', 'C02', 'donepezil for diagnosed Alzheimer / vascular dementia at 门诊慢特病, with MMSE', [r]);
}
// C03 (T02) donepezil + memantine combination for moderate-severe Alzheimer's
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 70, ageMax: 90, chronic: ['G30', 'F00'] }); const d = randDate();
  const r = claim({ m, inst: inst(reg, 3), dept: 'neurology', visitType: 'chronic', date: d, dx: [pick(['G30.100x003+F00.1*', 'G30.901+F00.9*'])], items: [['盐酸多奈哌齐片', d, 28], ['盐酸美金刚片', d, 56], ['简易智能精神状态检查（MMSE）', d, 1]] });
  label('control', 'C03', 'donepezil + memantine for moderate–severe Alzheimer dementia', [r]);
}
// C04 (T03/T04) 12-week long prescriptions of levetiracetam, refilled on time at one hospital
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 20, ageMax: 70, chronic: ['G40'] }); const h = inst(reg, 3); const doc = pick(h.depts.neurology);
  let d = randDate('2025-02-03', '2025-05-30'); const recs = [];
  for (let k = 0; k < 2; k++) { recs.push(claim({ m, inst: h, dept: 'neurology', doctor: doc, visitType: 'chronic', date: d, dx: ['G40.900'], items: [['左乙拉西坦片', d, 168, { long: true }]] })); d = add(d, ri(80, 84)); }
  label('control', 'C04', 'epilepsy: 12-week 长处方 of levetiracetam refilled on schedule', recs);
}
// C05 (T03) Parkinson dose titration: refills at shortened intervals because the dose went up, same hospital then pharmacy
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 60, ageMax: 82, chronic: ['G20'] }); const h = inst(reg, pick([2, 3]));
  let d = randDate('2025-02-03', '2025-08-01'); const recs = [];
  recs.push(claim({ m, inst: h, dept: 'neurology', visitType: 'chronic', date: d, dx: ['G20.x00'], items: [['多巴丝肼片', d, 60]] })); // 2/day, 30 days
  d = add(d, ri(26, 30));
  recs.push(claim({ m, inst: h, dept: 'neurology', visitType: 'chronic', date: d, dx: ['G20.x00'], items: [['多巴丝肼片', d, 90]] })); // 3/day, 30 days
  d = add(d, ri(28, 30));
  recs.push(claim({ m, inst: pharm(reg), dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['G20.x00'], items: [['多巴丝肼片', d, 90]] }));
  label('control', 'C05', 'Parkinson titration: levodopa refills on time after a dose increase, then at a pharmacy', recs);
}
// C06 (T04) BPH: 12-week 长处方 of tamsulosin + finasteride
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, gender: 'M', ageMin: 60, ageMax: 85 }); const d = randDate();
  const r = claim({ m, inst: inst(reg, pick([2, 3])), dept: 'urology', visitType: 'outpatient', date: d, dx: ['N40.x00'], items: [['盐酸坦索罗辛缓释胶囊', d, 84, { long: true }], ['非那雄胺片', d, 84, { long: true }], ...(i % 2 ? [['前列腺特异性抗原(PSA)测定', d, 1]] : [])] });
  label('control', 'C06', 'BPH: 12-week 长处方 of tamsulosin + finasteride (with PSA)', [r]);
}
// C07 (T05) outpatient visit on the admission day (seen in clinic, then admitted) and a refill the day after discharge
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 65, ageMax: 85 }); const h = inst(reg, 3);
  const adm = randDate(); const los = ri(7, 10); const dis = add(adm, los);
  const op = claim({ m, inst: h, dept: 'neurology', visitType: 'outpatient', date: adm, dx: ['I63.900'], items: [['头颅CT平扫', adm, 1]] });
  const ip = claim({ m, inst: h, dept: 'neurology', visitType: 'inpatient', adm, dis, route: 'outpatient', dx: ['I63.900', 'I10.x00x002'], px: [['88.9101', add(adm, 1)]],
    items: [...stayItems(adm, dis, { nursing: 'Ⅰ级护理' }), ...admitLabs(adm), ['头颅MRI平扫', add(adm, 1)], ['阿司匹林肠溶片', adm, los], ['阿托伐他汀钙片', adm, los], ...ivDays(adm, Math.min(10, los), [['血栓通注射液', 2]])] });
  const d = add(dis, 1);
  const ph = claim({ m, inst: pharm(reg), dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['I63.900'], items: [['阿司匹林肠溶片', d, 30], ['阿托伐他汀钙片', d, 30]] });
  label('control', 'C07', 'clinic visit on the admission day and a pharmacy refill the day after discharge', [op, ip, ph]);
}
// C08 (T06) long 医养结合 stay with real care: stage III–IV pressure ulcer, dressings, nutrition, antibiotics
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 78, ageMax: 95 });
  const adm = randDate(); const los = ri(12, 18); const dis = add(adm, los); const lvl = pick([1, 2]);
  const items = [...stayItems(adm, dis, { nursing: 'Ⅰ级护理' }), ...admitLabs(adm), ['C反应蛋白测定', adm], ['细菌培养及药敏', adm]];
  for (let k = 0; k < los; k += 1) { const d = add(adm, k); items.push(['换药(中)', d, 1], [k % 2 ? '泡沫敷料' : '藻酸盐敷料', d, 1], ['一次性使用换药包', d, 1]); }
  items.push(...ivDays(adm, 7, [['注射用头孢呋辛钠', 2]]));
  const r = claim({ m, inst: inst(reg, lvl, i % 2), dept: lvl === 1 ? 'geriatrics' : 'geriatrics', visitType: 'inpatient', adm, dis, dx: [pick(['L89.201', 'L89.301', 'L89.200']), 'E46.x00x003', 'I69.300'], items });
  label('control', 'C08', 'long elderly stay for a stage III–IV pressure ulcer with daily dressings and antibiotics', [r]);
}
// C09 (T06/T14) 家庭病床: home-bed episode with set-up and weekly rounds, dressing changes
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 80, ageMax: 95 }); const h = inst(reg, 1, i % 2); const doc = pick(h.depts.general);
  let d = randDate('2025-02-03', '2025-10-01'); const recs = [];
  recs.push(claim({ m, inst: h, dept: 'general', doctor: doc, visitType: 'outpatient', date: d, consult: false, dx: ['L89.101', 'I69.300'], items: [['家庭病床建床费', d, 1], ['换药(小)', d, 1], ['水胶体敷料', d, 2]] }));
  for (let k = 0; k < 2; k++) { d = add(d, 7); recs.push(claim({ m, inst: h, dept: 'general', doctor: doc, visitType: 'outpatient', date: d, consult: false, dx: ['L89.101', 'I69.300'], items: [['家庭病床巡诊费', d, 1], ['换药(小)', d, 1], ['水胶体敷料', d, 2]] })); }
  label('control', 'C09', '家庭病床 for a bedridden stroke survivor: set-up, weekly rounds, dressings', recs);
}
// C10 (T07) planned return: ureteroscopy with D-J stent, stent removed 3–4 weeks later
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 35, ageMax: 75, gender: 'M' }); const h = inst(reg, pick([2, 3]));
  const adm = randDate('2025-02-03', '2025-09-30'); const op = add(adm, 1); const dis = add(adm, 4);
  const a = claim({ m, inst: h, dept: 'urology', visitType: 'inpatient', adm, dis, dx: ['N20.100', 'N13.202'], px: [['56.0x00x003', op], ['59.8x00x004', op]],
    items: [...stayItems(adm, dis), ...admitLabs(adm), ['泌尿系B超', adm], ['腹部CT平扫', adm], ['经输尿管镜碎石取石术', op], ['椎管内麻醉', op], ['一次性使用麻醉穿刺包', op], ...ivDays(op, 2, [['注射用头孢呋辛钠', 2]])] });
  const d2 = add(dis, ri(21, 28));
  const b = claim({ m, inst: h, dept: 'urology', visitType: 'outpatient', date: d2, dx: ['Z46.600x001'], px: [['97.6203', d2]], items: [['局部浸润麻醉', d2, 1], ['盐酸利多卡因注射液', d2, 1], ['一次性使用导尿包', d2, 1], ['泌尿系B超', d2, 1]] });
  label('control', 'C10', 'ureteroscopy with a D-J stent, stent removed as planned 3–4 weeks later', [a, b]);
}
// C11 (T07) early readmission for a different problem: clot retention / UTI after TURP
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, gender: 'M', ageMin: 65, ageMax: 85 }); const h = inst(reg, pick([2, 3]));
  const adm = randDate('2025-02-03', '2025-10-01'); const op = add(adm, 1); const dis = add(adm, 6);
  const a = claim({ m, inst: h, dept: 'urology', visitType: 'inpatient', adm, dis, dx: ['N40.x00'], px: [['60.2900', op]],
    items: [...stayItems(adm, dis), ...admitLabs(adm), ['前列腺特异性抗原(PSA)测定', adm], ['经尿道前列腺电切术', op], ['椎管内麻醉', op], ['一次性使用麻醉穿刺包', op], ['双腔硅胶导尿管', op], ['病理检查(常规石蜡切片)', op], ...ivDays(op, 3, [['注射用头孢呋辛钠', 2]])] });
  const adm2 = add(dis, ri(4, 10)); const dis2 = add(adm2, ri(4, 6));
  const b = claim({ m, inst: h, dept: 'urology', visitType: 'inpatient', adm: adm2, dis: dis2, route: 'emergency', dx: [pick(['N39.000', 'R31.x00']), 'R33.x00'],
    items: [...stayItems(adm2, dis2), ['血常规(五分类)', adm2], ['尿常规', adm2], ['细菌培养及药敏', adm2], ['C反应蛋白测定', adm2], ['导尿', adm2], ['双腔硅胶导尿管', adm2], ['一次性使用引流袋', adm2, 2], ...ivDays(adm2, 4, [['注射用头孢他啶', 2]])] });
  label('control', 'C11', 'emergency readmission after TURP for haematuria/UTI with clot retention', [a, b]);
}
// C12 (T08) short but intense stay: status epilepticus / myasthenic crisis observation
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 25, ageMax: 75 }); const h = inst(reg, pick([2, 3]));
  const adm = randDate(); const dis = add(adm, ri(2, 3));
  const items = [...stayItems(adm, dis, { nursing: 'Ⅰ级护理' }), ...admitLabs(adm), ['血气分析', adm], ['脑电图', adm], ['头颅CT平扫', adm], ['心电监测', adm, 24], ['血氧饱和度监测', adm, 24], ['吸氧', adm, 12], ['静脉注射', adm, 2], ['左乙拉西坦片', add(adm, 1), 4]];
  const r = claim({ m, inst: h, dept: 'neurology', visitType: 'inpatient', adm, dis, route: 'emergency', dx: ['G41.900'], px: [['89.1400', adm]], items });
  label('control', 'C12', 'status epilepticus: 2–3 day emergency stay with EEG, monitoring and IV loading', [r]);
}
// C13 (T08) vertigo admission that was a posterior-circulation infarct
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 62, ageMax: 85 }); const h = inst(reg, pick([2, 3]));
  const adm = randDate(); const los = ri(6, 9); const dis = add(adm, los);
  const r = claim({ m, inst: h, dept: 'neurology', visitType: 'inpatient', adm, dis, route: 'emergency', dx: ['I63.901', 'R42.x00x001', 'I10.x00x002'], px: [['88.9101', add(adm, 1)]],
    items: [...stayItems(adm, dis), ...admitLabs(adm), ['头颅CT平扫', adm], ['头颅MRI平扫', add(adm, 1)], ['颈部血管彩色多普勒超声', add(adm, 1)], ['阿司匹林肠溶片', adm, los], ['硫酸氢氯吡格雷片', adm, los], ['阿托伐他汀钙片', adm, los], ...ivDays(adm, 7, [['血栓通注射液', 2]])] });
  label('control', 'C13', 'acute vertigo admitted and found to be a brainstem infarct (CT, MRI, dual antiplatelets)', [r]);
}
// C14 (T09) catheter re-inserted days after TURP (failed trial without catheter): catheterisation on a later day
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, gender: 'M', ageMin: 66, ageMax: 88 }); const h = inst(reg, pick([2, 3]));
  const adm = randDate(); const op = add(adm, 1); const dis = add(adm, 7); const twoc = add(op, 4);
  const r = claim({ m, inst: h, dept: 'urology', visitType: 'inpatient', adm, dis, dx: ['N40.x00', 'R33.x00'], px: [['60.2900', op], ['57.9400', twoc]],
    items: [...stayItems(adm, dis), ...admitLabs(adm), ['经尿道前列腺电切术', op], ['椎管内麻醉', op], ['一次性使用麻醉穿刺包', op], ['双腔硅胶导尿管', op], ['导尿', twoc, 1], ['一次性使用导尿包', twoc, 1], ['双腔硅胶导尿管', twoc, 1], ...ivDays(op, 3, [['注射用头孢呋辛钠', 2]])] });
  label('control', 'C14', 'TURP with the catheter re-inserted days later after a failed voiding trial', [r]);
}
// C15 (T10) ESWL course properly spaced (2–3 weeks) for a large renal stone
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 30, ageMax: 70, gender: 'M' }); const h = inst(reg, pick([2, 3])); const doc = pick(h.depts.urology);
  let d = randDate('2025-02-03', '2025-09-01'); const recs = [];
  for (let k = 0; k < ri(2, 3); k++) { recs.push(claim({ m, inst: h, dept: 'urology', doctor: doc, visitType: 'outpatient', date: d, dx: ['N20.000'], items: [['体外冲击波碎石', d, 1], ['泌尿系B超', d, 1], ['尿常规', d, 1]] })); d = add(d, ri(14, 21)); }
  label('control', 'C15', 'renal stone: ESWL sessions 2–3 weeks apart', recs);
}
// C16 (T11) new headache in an older patient (red flag): CT in emergency, MRI days later, once
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 60, ageMax: 82 }); const h = inst(reg, pick([2, 3]));
  const d = randDate(); const d2 = add(d, ri(2, 6));
  const a = claim({ m, inst: h, dept: 'emergency', visitType: 'outpatient', date: d, consult: false, dx: ['R51.x00'], items: [['急诊诊察费', d, 1], ['头颅CT平扫', d, 1], ['血常规(五分类)', d, 1]] });
  const b = claim({ m, inst: h, dept: 'neurology', visitType: 'outpatient', date: d2, dx: ['R51.x00', 'I67.800'], items: [['头颅MRI平扫', d2, 1]] });
  label('control', 'C16', 'new headache after 60: emergency head CT, then one MRI days later', [a, b]);
}
// C17 (T11/T09) epilepsy follow-up EEGs six months apart
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 16, ageMax: 60, chronic: ['G40'] }); const h = inst(reg, pick([2, 3])); const doc = pick(h.depts.neurology);
  const d = randDate('2025-02-03', '2025-05-20'); const d2 = add(d, ri(170, 185));
  const recs = [d, d2].map(x => claim({ m, inst: h, dept: 'neurology', doctor: doc, visitType: 'chronic', date: x, dx: ['G40.200x002'], items: [['脑电图', x, 1], ['左乙拉西坦片', x, 60], ['肝功能(全套)', x, 1]] }));
  label('control', 'C17', 'focal epilepsy: EEG and labs at six-monthly follow-up', recs);
}
// C18 (T12) monitoring justified: post-op AF / COPD patient, monitoring on the op day and the day after
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, gender: 'M', ageMin: 68, ageMax: 86 }); const h = inst(reg, pick([2, 3]));
  const adm = randDate(); const op = add(adm, 1); const dis = add(adm, 6);
  const af = chance(0.5);
  const items = [...stayItems(adm, dis), ...admitLabs(adm), ['经尿道前列腺电切术', op], ['椎管内麻醉', op], ['一次性使用麻醉穿刺包', op], ['双腔硅胶导尿管', op], [af ? '心脏彩色多普勒超声' : '肺功能检查', adm]];
  for (const d of [op, add(op, 1)]) items.push(['心电监测', d, 24], ['血氧饱和度监测', d, 24], ['吸氧', d, 12], ['心电电极片', d, 5]);
  items.push(...ivDays(op, 3, [['注射用头孢呋辛钠', 2]]), af ? ['地高辛片', adm, 6] : ['吸入用异丙托溴铵溶液', op, 3]);
  const r = claim({ m, inst: h, dept: 'urology', visitType: 'inpatient', adm, dis, dx: ['N40.x00', af ? 'I48.100x002' : 'J44.100', 'I10.x00x002'], px: [['60.2900', op]], items });
  label('control', 'C18', 'TURP in a patient with AF/COPD: continuous monitoring and oxygen on the operative day and the day after', [r]);
}
// C19 (T13) level-3 hospital billing EEG/MRI/urinary ultrasound at its own level-3 cap
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 20, ageMax: 80 }); const d = randDate();
  const nm = pick(['脑电图', '头颅MRI平扫', '泌尿系B超']);
  const r = claim({ m, inst: inst(reg, 3), dept: nm === '泌尿系B超' ? 'urology' : 'neurology', visitType: 'outpatient', date: d, dx: [nm === '泌尿系B超' ? 'N20.000' : nm === '脑电图' ? 'G40.900' : 'G43.900'], items: [[nm, d, 1]] });
  label('control', 'C19', 'level-3 hospital billing EEG / MRI / urinary ultrasound at the level-3 price', [r]);
}
// C20 (T14) 家庭医生签约 annual review day: many contracted elders seen by one doctor on one day (outpatient)
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const h = inst(reg, 1, i % 2); const doc = pick(h.depts.general); const d = randDate(); const recs = [];
  for (let k = 0; k < 3; k++) {
    const m = member({ region: reg, ageMin: 65, ageMax: 85, insuranceType: 'resident' });
    recs.push(claim({ m, inst: h, dept: 'general', doctor: doc, visitType: 'outpatient', date: d, dx: ['I10.x00x002'], items: [['血常规(五分类)', d, 1], ['空腹血糖测定', d, 1], ['常规心电图检查', d, 1], ['苯磺酸氨氯地平片', d, 28]] }));
  }
  label('control', 'C20', '家庭医生签约 review day: contracted elders seen together by their family doctor', recs);
}
// C21 (T15) sepsis / hyponatraemia coded with the work-up that supports it
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 72, ageMax: 92 }); const h = inst(reg, pick([2, 3]));
  const adm = randDate(); const los = ri(8, 12); const dis = add(adm, los);
  const items = [...stayItems(adm, dis, { nursing: 'Ⅰ级护理' }), ...admitLabs(adm), ['细菌培养及药敏', adm, 2], ['降钙素原测定', adm], ['C反应蛋白测定', adm], ['血气分析', adm], ['血乳酸测定', adm], ['电解质(四项)', add(adm, 2)], ['电解质(四项)', add(adm, 4)], ['降钙素原测定', add(adm, 3)], ['腹部CT平扫', add(adm, 1)], ['心电监测', adm, 24], ['血氧饱和度监测', adm, 24],
    ...ivDays(adm, 8, [['注射用哌拉西林钠他唑巴坦钠', 3], ['氯化钾注射液', 1]]), ['氯化钠注射液', adm, 4]];
  const r = claim({ m, inst: h, dept: 'geriatrics', visitType: 'inpatient', adm, dis, route: 'emergency', dx: ['A41.900', 'N39.000', 'E87.102'], items });
  label('control', 'C21', 'urosepsis with hyponatraemia in an elderly patient: cultures, PCT, lactate, blood gas, repeated electrolytes', [r]);
}
// C22 (T05) same member at two institutions on one day: specialist visit then community refill under 长处方 referral
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 60, ageMax: 82, chronic: ['G20'] }); const d = randDate();
  const a = claim({ m, inst: inst(reg, 3), dept: 'neurology', visitType: 'outpatient', date: d, dx: ['G20.x00'], items: [['简易智能精神状态检查（MMSE）', d, 1]] });
  const b = claim({ m, inst: inst(reg, 1, i % 2), dept: 'general', visitType: 'chronic', date: d, dx: ['G20.x00'], items: [['多巴丝肼片', d, 90]] });
  label('control', 'C22', 'Parkinson: specialist review at a level-3 hospital and community refill the same day', [a, b]);
}
// C23 (T03) polypharmacy across departments: neurology, urology, geriatrics within a month, different drugs
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, gender: 'M', ageMin: 70, ageMax: 88 }); const h = inst(reg, pick([2, 3]));
  const d = randDate('2025-02-03', '2025-10-01');
  const a = claim({ m, inst: h, dept: 'neurology', visitType: 'outpatient', date: d, dx: ['G20.x00'], items: [['多巴丝肼片', d, 90]] });
  const d2 = add(d, ri(3, 10));
  const b = claim({ m, inst: h, dept: 'urology', visitType: 'outpatient', date: d2, dx: ['N40.x00'], items: [['盐酸坦索罗辛缓释胶囊', d2, 30], ['泌尿系B超', d2, 1]] });
  const d3 = add(d2, ri(3, 10));
  const c = claim({ m, inst: inst(reg, 1, i % 2), dept: 'general', visitType: 'outpatient', date: d3, dx: ['I10.x00x002', 'E11.900'], items: [['苯磺酸氨氯地平片', d3, 30], ['盐酸二甲双胍片', d3, 90], ['阿托伐他汀钙片', d3, 30]] });
  label('control', 'C23', 'polypharmacy: Parkinson, BPH and hypertension/diabetes drugs from three clinics in one month', [a, b, c]);
}
// C24 (T01/T10) long-term indwelling catheter changed every 4 weeks at a community clinic
for (let i = 0; i < 15; i++) {
  const reg = anyReg(); const m = member({ region: reg, ageMin: 75, ageMax: 94 }); const h = inst(reg, 1, i % 2); const doc = pick(h.depts.geriatrics);
  let d = randDate('2025-02-03', '2025-09-01'); const recs = [];
  for (let k = 0; k < 3; k++) { recs.push(claim({ m, inst: h, dept: 'geriatrics', doctor: doc, visitType: 'outpatient', date: d, dx: ['R33.x00', 'Z96.000'], items: [['导尿', d, 1], ['一次性使用导尿包', d, 1], ['双腔硅胶导尿管', d, 1], ['一次性使用引流袋', d, 2]] })); d = add(d, 28); }
  label('control', 'C24', 'long-term indwelling catheter changed every four weeks at a community clinic', recs);
}

// ============ ROUTINE ============
const ROUTINE = [
  (reg, d) => { const m = member({ region: reg, gender: 'M', ageMin: 55, ageMax: 80 }); return claim({ m, inst: inst(reg, pick([2, 3])), dept: 'urology', visitType: 'outpatient', date: d, dx: ['N40.x00'], items: [['前列腺特异性抗原(PSA)测定', d, 1], ['泌尿系B超', d, 1], ['尿常规', d, 1], ['盐酸坦索罗辛缓释胶囊', d, 30]] }); },
  (reg, d) => { const m = member({ region: reg, ageMin: 20, ageMax: 65 }); return claim({ m, inst: inst(reg, pick([2, 3])), dept: 'neurology', visitType: 'outpatient', date: d, dx: ['G43.000'], items: [['布洛芬缓释胶囊', d, 12]] }); },
  (reg, d) => { const m = member({ region: reg, ageMin: 18, ageMax: 60, chronic: ['G40'] }); return claim({ m, inst: inst(reg, pick([2, 3])), dept: 'neurology', visitType: 'chronic', date: d, dx: ['G40.900'], items: [['丙戊酸钠缓释片', d, 60]] }); },
  (reg, d) => { const m = member({ region: reg, ageMin: 60, ageMax: 85, chronic: ['G20'] }); return claim({ m, inst: inst(reg, pick([2, 3])), dept: 'neurology', visitType: 'chronic', date: d, dx: ['G20.x00'], items: [['多巴丝肼片', d, 90]] }); },
  (reg, d) => { const m = member({ region: reg, ageMin: 45, ageMax: 80 }); const h = inst(reg, pick([1, 2]), 0); return claim({ m, inst: h, dept: h.level === 1 ? 'general' : 'neurology', visitType: 'outpatient', date: d, dx: ['R42.x00x001'], items: [['甲磺酸倍他司汀片', d, 21]] }); },
  (reg, d) => { const m = member({ region: reg, ageMin: 20, ageMax: 70 }); const h = inst(reg, pick([1, 2]), 1); return claim({ m, inst: h, dept: h.level === 1 ? 'general' : 'urology', visitType: 'outpatient', date: d, dx: ['N30.000'], items: [['尿常规', d, 1], ['左氧氟沙星片', d, 3]] }); },
  (reg, d) => { const m = member({ region: reg, ageMin: 65, ageMax: 88 }); return claim({ m, inst: pharm(reg), dept: 'pharmacy', visitType: 'pharmacy', date: d, dx: ['I10.x00x002'], items: [['苯磺酸氨氯地平片', d, 28]] }); },
  (reg, d) => { const m = member({ region: reg, ageMin: 50, ageMax: 80 }); return claim({ m, inst: inst(reg, pick([2, 3])), dept: 'neurology', visitType: 'outpatient', date: d, dx: ['E11.400x024+G63.2*'], items: [['空腹血糖测定', d, 1], ['复合维生素B片', d, 42]] }); },
  (reg, d) => { const m = member({ region: reg, ageMin: 30, ageMax: 65, gender: 'M' }); return claim({ m, inst: inst(reg, pick([2, 3])), dept: 'urology', visitType: 'outpatient', date: d, dx: ['N20.100'], items: [['泌尿系B超', d, 1], ['尿常规', d, 1], ['双氯芬酸钠缓释片', d, 6], ['盐酸坦索罗辛缓释胶囊', d, 14]] }); },
  (reg, d) => { const m = member({ region: reg, ageMin: 70, ageMax: 90 }); return claim({ m, inst: inst(reg, 1, 0), dept: 'geriatrics', visitType: 'outpatient', date: d, dx: ['I10.x00x002', 'R54.x00x003'], items: [['血常规(五分类)', d, 1], ['肾功能(三项)', d, 1], ['苯磺酸氨氯地平片', d, 28]] }); },
  (reg, d) => { const m = member({ region: reg, gender: 'M', ageMin: 62, ageMax: 82 }); const adm = d; const op = add(adm, 1); const dis = add(adm, 6); return claim({ m, inst: inst(reg, pick([2, 3])), dept: 'urology', visitType: 'inpatient', adm, dis, dx: ['N40.x00'], px: [['60.2900', op]], items: [...stayItems(adm, dis), ...admitLabs(adm), ['前列腺特异性抗原(PSA)测定', adm], ['经尿道前列腺电切术', op], ['椎管内麻醉', op], ['一次性使用麻醉穿刺包', op], ['双腔硅胶导尿管', op], ['病理检查(常规石蜡切片)', op], ...ivDays(op, 3, [['注射用头孢呋辛钠', 2]])] }); },
  (reg, d) => { const m = member({ region: reg, ageMin: 60, ageMax: 85 }); const adm = d; const los = ri(8, 11); const dis = add(adm, los); return claim({ m, inst: inst(reg, pick([2, 3])), dept: 'neurology', visitType: 'inpatient', adm, dis, route: 'emergency', dx: ['I63.900', 'I10.x00x002'], px: [['88.9101', add(adm, 1)]], items: [...stayItems(adm, dis, { nursing: 'Ⅰ级护理' }), ...admitLabs(adm), ['头颅CT平扫', adm], ['头颅MRI平扫', add(adm, 1)], ['阿司匹林肠溶片', adm, los], ['阿托伐他汀钙片', adm, los], ...ivDays(adm, 8, [['血栓通注射液', 2]])] }); },
];
for (let i = 0; i < 100; i++) {
  const reg = anyReg(); const r = ROUTINE[i % ROUTINE.length](reg, randDate());
  label('routine', 'R', 'routine single claim', [r]);
}

// ============ settle: sort, ids, amounts ============
const POL = JSON.parse(fs.readFileSync(path.join(CATDIR, '..', 'benefits', 'policies.json'), 'utf8'));
CLAIMS.forEach((r, i) => { r.ord = i; });
CLAIMS.sort((a, b) => (a.settle < b.settle ? -1 : a.settle > b.settle ? 1 : a.ord - b.ord));
const seqByHosp = {}; const ledger = {};
for (const r of CLAIMS) {
  const c = r.claim; const hid = c.provider.hospitalId;
  seqByHosp[hid] = (seqByHosp[hid] || 0) + 1;
  c.claimId = `${c.region}-${hid}-2025-${String(seqByHosp[hid]).padStart(6, '0')}`;
  let total = 0; let policy = 0; c.items = [];
  r._items = c._items; delete c._items;
  r._items.forEach((it, k) => {
    const amt = Math.round(it.unitFen * it.quantity);
    total += amt;
    const share = it.row.class === '丙' ? 1 : (it.row.selfPayShare || 0);
    policy += Math.round(amt * (1 - share));
    const line = { lineId: String(k + 1), code: it.code, name: it.name, category: it.category, date: it.date, quantity: it.quantity, unitPrice: it.unitFen / 100, amount: amt / 100 };
    if (it.longPrescription) line.longPrescription = true;
    c.items.push(line);
    if (it.mut) r.mut.push(line.lineId);
  });
  const prov = POL.provinces[provinceOf(c.region)];
  const sch = prov.schemes[c.insuranceType][c.visitType];
  const lvl = String(c.provider.level);
  const ded = typeof sch.deductible === 'object' ? sch.deductible[lvl] : sch.deductible;
  const ratio = (typeof sch.ratio === 'object' ? sch.ratio[lvl] : sch.ratio) + (c.patient.retired ? (sch.retireeRatioBonus || 0) : 0);
  const key = `${c.patient.insuredId}|${c.visitType}`;
  const L = ledger[key] || (ledger[key] = { ded: 0, fund: 0 });
  let dedDue;
  if (c.visitType === 'inpatient') dedDue = Math.round(ded * 100);
  else { dedDue = Math.max(0, Math.round(ded * 100) - L.ded); L.ded += Math.min(policy, dedDue); }
  let fund = Math.floor(Math.max(0, policy - dedDue) * ratio);
  const capLeft = Math.round(sch.annualFundCap * 100) - L.fund;
  fund = Math.max(0, Math.min(fund, capLeft)); L.fund += fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}
// pass 2: reported DRG = the grouper's own group (pass 1 leaves drg null)
if (GROUPS) {
  const G = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) {
    if (!line.trim()) continue; const g = JSON.parse(line);
    const id = g.claimId; const drg = g.drg !== undefined ? g.drg : (g.grouping ? g.grouping.drg : g.group ? g.group.drg : null);
    if (id) G[id] = drg;
  }
  for (const r of CLAIMS) if (r.claim.visitType === 'inpatient' && G[r.claim.claimId] !== undefined) r.claim.reportedGroup = { drg: G[r.claim.claimId], dip: null };
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(r => JSON.stringify(r.claim)).join('\n') + '\n');
const out = LABELS.map(l => {
  const ml = {}; for (const r of l.mutated) if (r.mut.length) ml[r.claim.claimId] = r.mut.slice();
  return { caseId: l.caseId, kind: l.kind, code: l.code, name: l.name, typology: l.kind === 'fraud' ? l.code : undefined, control: l.kind === 'control' ? l.code : undefined,
    claimIds: l.recs.map(r => r.claim.claimId), targets: l.targetRecs.map(r => r.claim.claimId), mutatedLines: ml };
});
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(out, null, 1));
console.error(`claims ${CLAIMS.length}, cases ${out.length} (fraud ${out.filter(l => l.kind === 'fraud').length}, control ${out.filter(l => l.kind === 'control').length}, routine ${out.filter(l => l.kind === 'routine').length})`);
