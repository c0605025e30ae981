#!/usr/bin/env node
// blind92: ENT, hearing and sleep (耳鼻咽喉、听力与睡眠). usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes claims.ndjson (settlement order) and labels.json. Money is computed in integer fen
// and written in yuan (CONTRACTS.md: yuan as a JSON number) with at most two decimals.
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || path.join(__dirname, '../base92/rules/catalogue'));
const GROUPS = opt('--groups');

// ---------- deterministic RNG ----------
let seed = 92092092;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];

// ---------- catalogue ----------
const ROW = {};
for (const f of fs.readdirSync(CAT).filter((f) => /^(services|drugs|consumables).*\.json$/.test(f))) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) if (!ROW[r.code]) ROW[r.code] = r;
}
const C = { // codes used (all real rows of the frozen catalogue)
  feeGen: '001102000010001', feeAssoc: '001102000020001', feeChief: '001102000030001', feeL1: '001102000040001', feeEmerg: '001102000050001',
  ipExam: '001103000010001', bed3: '001105000010001', bed2: '001105000020001', nurse1: '001201000020001', nurse2: '001201000030001', nurse3: '001201000040001',
  ivFirst: '001204000010001', ivMore: '001204000020001', ivPush: '001204000040001', im: '001204000050001', cannula: '001204000070001', neb: '001207000010001', oxygen: '001208000010001', spo2: '001210000010001',
  cbc: '002501010010001', coag: '002502060010001', lft: '002502010010001', rft: '002502020010001', preop8: '002502120010001', ecg: '003107010010001', drChest: '002202040010001', crp: '002502080010001', glucose: '002502050010001', lipids: '002502040010001', blood: '001204000080001', pathology: '002502200010001', headMRI: '002401010010001', headCT: '002301010010001', speech: '003402000020001',
  pta: '003104010010001', tymp: '003104010020001', abr: '003104010030001', oae: '003104010040001', vest: '003104010050001', reposition: '003104010060001', nasalEndo: '003104020010001', irrigation: '003104020020001', laryngo: '003104030010001', psg: '003106010010001', cpapTitr: '003106010020001', hbo: '003401030010001', grommet: '003304060010001', ci: '003304060020001', septo: '003304070010001', fessSingle: '003304070020101', fessFull: '003304070020201', uppp: '003304020020001', tonsil: '003304020010001', ga: '003301010010001', localAn: '003301010030001',
  // consumables
  ivSet: 'C14010150100001020350000001', ivNeedle: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001', nebCup: 'C14050150200001429150000001', o2Tube: 'C14050150100001832230000001', gown: 'C11010150600001900710000001', diathermy: 'C11010150700001990950000001', suture: 'C11010150200001895120000001', haemostat: 'C14100150100001761320000001', gauze: 'C14020150100001506610000001', dressPack: 'C14020150200001397260000001', spo2Probe: 'C14060150200001655310000001', ecgPads: 'C14060150100001436170000001',
  // drugs
  budesonideNS: 'XR01ADB501F001', mometasoneNS: 'XR01ADK501F001', loratadine: 'XR06AXL513A001', cetirizine: 'XR06AEX509A001', amox: 'XJ01CAA501A001', amoxClav: 'XJ01CRA502A001', cefuroximeTab: 'XJ01DCT502A001', cefixime: 'XJ01DDT503A001', cefuroximeIV: 'XJ01DCT505B002', ceftriaxone: 'XJ01DDT504B002', clarithro: 'XJ01FAK501A001', azithro: 'XJ01FAA503A001',
  ginkgoInj: 'XN06DXY505B002', mpred: 'XH02ABJ504B002', pred: 'XH02ABP507A001', dexa: 'XH02ABD515B002', mecobalamin: 'XB03BAJ501A001', betahistine: 'XN07CAB504A001', budesonideNeb: 'XR03BAB508C003', ambroxolTab: 'XR05CBA522A001', acetylcys: 'XR05CBY509A001',
  paracetamol: 'XN02BED510A001', paracetamolKid: 'XN02BED510A010', ibuprofenSus: 'XM01AEB502A004', ibuprofen: 'XM01AEB502A003', saline: 'XB05BBL511B002', glucoseInj: 'XB05BAP505B002', propofol: 'XN01AXB503B002', fentanyl: 'XN02ABF506B002', vecuronium: 'XM03ACW501B002', lidocaine: 'XN01BBL509B002', tranexamic: 'XB02AAA519B002', omeprazole: 'XA02BCA515A001', budFormoterol: 'XR03AKB507C003', amlodipine: 'XC08CAA512A001', metoclopramide: 'XA03FAJ503B002',
};
for (const [k, c] of Object.entries(C)) if (!ROW[c]) throw new Error(`catalogue row missing: ${k} ${c}`);

// ---------- institutions and doctors (a doctor keeps one title) ----------
const TITLES = { R: 'resident', A: 'attending', V: 'associate_chief', P: 'chief' };
const HOSP = {};
function hosp(id, region, level, kind, name, depts) {
  const d = {}; let n = 0;
  for (const [dep, titles] of Object.entries(depts)) d[dep] = titles.split('').map((t) => ({ id: `D${id.slice(1, 3)}${id.slice(-3)}${String(++n).padStart(2, '0')}`, title: TITLES[t] }));
  HOSP[id] = { id, region, level, kind, name, depts: d };
}
// 四川 成都 / 绵阳
hosp('H51010001', '510100', 3, 'public', '成都某省级三甲综合医院', { ent: 'PVVAAR', pediatrics: 'VAA', respiratory: 'PVA', hyperbaric: 'AA' });
hosp('H51010023', '510100', 2, 'private', '成都某民营耳鼻喉专科医院', { ent: 'VAAAR', hyperbaric: 'A' });
hosp('H51010107', '510100', 1, 'public', '成都某社区卫生服务中心', { general: 'AAR' });
hosp('H51070004', '510700', 2, 'public', '绵阳某二甲综合医院', { ent: 'VAA', pediatrics: 'AA', hyperbaric: 'A' });
hosp('H51010031', '510100', 2, 'private', '成都某民营五官医院', { ent: 'VAAR', plastic: 'AA' });
// 吉林 长春
hosp('H22010002', '220100', 3, 'public', '长春某三甲综合医院', { ent: 'PVAA', pediatrics: 'VA', respiratory: 'VA', hyperbaric: 'A' });
hosp('H22010041', '220100', 2, 'private', '长春某民营耳鼻喉医院', { ent: 'VAAR', hyperbaric: 'A' });
hosp('H22010118', '220100', 1, 'public', '长春某乡镇卫生院', { general: 'AR' });
// 黑龙江 哈尔滨
hosp('H23010003', '230100', 3, 'public', '哈尔滨某三甲综合医院', { ent: 'PVVA', pediatrics: 'PA', respiratory: 'VA', hyperbaric: 'A' });
hosp('H23010052', '230100', 2, 'private', '哈尔滨某民营听力耳科医院', { ent: 'VAA', hyperbaric: 'A' });
// 山东 济南 / 青岛
hosp('H37010001', '370100', 3, 'public', '济南某三甲综合医院', { ent: 'PVVAA', pediatrics: 'PVA', respiratory: 'PVA', hyperbaric: 'AA' });
hosp('H37020012', '370200', 2, 'public', '青岛某二甲区医院', { ent: 'VAA', pediatrics: 'A', hyperbaric: 'A' });
hosp('H37010133', '370100', 1, 'public', '济南某社区卫生服务中心', { general: 'AA' });
// 定点药店
hosp('Y51010207', '510100', 1, 'pharmacy', '成都某连锁药店', { pharmacy: 'A' });
hosp('Y22010311', '220100', 1, 'pharmacy', '长春某大药房', { pharmacy: 'A' });
hosp('Y37010415', '370100', 1, 'pharmacy', '济南某药店', { pharmacy: 'A' });
const byLevel = (lv, kind) => Object.values(HOSP).filter((h) => h.level === lv && (!kind || h.kind === kind));
const H3 = ['H51010001', 'H22010002', 'H23010003', 'H37010001'];
const H2PUB = ['H51070004', 'H37020012'];
const H2PRIV = ['H51010023', 'H22010041', 'H23010052', 'H51010031'];
const H1 = ['H51010107', 'H22010118', 'H37010133'];
const PHARM = { '51': 'Y51010207', '22': 'Y22010311', '37': 'Y37010415' };
const sameProv = (hid, list) => list.filter((x) => HOSP[x].region.slice(0, 2) === HOSP[hid].region.slice(0, 2));
function doctor(hid, dept, pref) {
  const list = HOSP[hid].depts[dept] || HOSP[hid].depts[Object.keys(HOSP[hid].depts)[0]];
  if (pref) { const p = list.filter((d) => d.title === pref); if (p.length) return pick(p); }
  return pick(list);
}

// ---------- policies (read from the frozen build's file only through these figures, copied into TYPOLOGIES.md) ----------
const POL = {
  '22': { employee: { inpatient: { d: { 1: 200, 2: 500, 3: 900 }, r: { 1: 0.9, 2: 0.85, 3: 0.8 }, rb: 0.05, cap: 200000 }, outpatient: { d: 1000, r: { 1: 0.7, 2: 0.6, 3: 0.5 }, rb: 0.1, cap: 3000 }, pharmacy: { d: 1000, r: { 1: 0.6, 2: 0.6, 3: 0.6 }, rb: 0.1, cap: 3000 } },
    resident: { inpatient: { d: { 1: 200, 2: 500, 3: 1000 }, r: { 1: 0.8, 2: 0.7, 3: 0.6 }, rb: 0, cap: 150000 }, outpatient: { d: 0, r: { 1: 0.6, 2: 0.5, 3: 0.5 }, rb: 0, cap: 400 }, pharmacy: { d: 0, r: { 1: 0.5, 2: 0.5, 3: 0.5 }, rb: 0, cap: 400 } } },
};
POL['23'] = JSON.parse(JSON.stringify(POL['22'])); POL['23'].employee.inpatient.d[3] = 1000;
POL['37'] = JSON.parse(JSON.stringify(POL['22'])); POL['37'].employee.inpatient.d = { 1: 300, 2: 600, 3: 1000 }; POL['37'].employee.inpatient.cap = 250000; POL['37'].resident.inpatient.d = { 1: 300, 2: 600, 3: 1000 }; POL['37'].resident.inpatient.cap = 180000;
POL['51'] = JSON.parse(JSON.stringify(POL['22'])); POL['51'].employee.inpatient.d[3] = 1000; POL['51'].employee.inpatient.cap = 250000; POL['51'].resident.inpatient.d = { 1: 200, 2: 600, 3: 1100 }; POL['51'].resident.inpatient.cap = 160000;
const residentOutCap = (region) => (region === '510100' ? 500 : 400);

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const addDays = (d, n) => iso(Date.parse(d + 'T00:00:00Z') + n * 86400000);
const dayOf = (n) => iso(D0 + n * 86400000); // day n of 2025
const diffDays = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000);

// ---------- members ----------
let memberSeq = 0;
function member(o) {
  // o: { age, gender, scheme, region, retired? }
  const age = o.age; const g = o.gender || pick(['M', 'F']);
  const by = 2025 - age - (rnd() < 0.5 ? 1 : 0); const bd = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const scheme = o.scheme || (age < 18 || (age >= 65 && rnd() < 0.4) ? 'resident' : 'employee');
  const retired = scheme === 'employee' && (age >= (g === 'M' ? 60 : 55));
  const contrib = scheme === 'employee' ? (retired ? (g === 'M' ? ri(30, 40) : ri(25, 35)) : Math.max(1, Math.min(age - 20, ri(3, 25)))) : 0;
  const cont = age < 3 ? Math.max(1, age) : ri(3, 15);
  memberSeq++;
  return {
    region: o.region, scheme,
    patient: { insuredId: `P92${String(memberSeq).padStart(5, '0')}`, gender: g, birthDate: bd, retired },
    enrollment: { enrolledOn: age < 1 ? addDays(bd, 20) : '2025-01-01', inConcentratedPeriod: true, continuousYears: cont, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: contrib, special: age < 1 ? 'newborn' : null },
  };
}
function ageOn(m, date) { const b = m.patient.birthDate; let a = +date.slice(0, 4) - +b.slice(0, 4); if (date.slice(5) < b.slice(5)) a--; return a; }

// ---------- claim builder ----------
// item spec: [codeKey, qty, dayOffset?, {mut, price}] ; dayOffset relative to visit/admission date
function priceFen(code, level, factor) { const cap = ROW[code].priceCap[String(level)]; return Math.floor(Math.round(cap * 100) * (factor || 1)); }
function feeKey(h, doc) {
  if (h.level === 1) return 'feeL1';
  if (doc.title === 'chief') return 'feeChief';
  if (doc.title === 'associate_chief') return 'feeAssoc';
  return 'feeGen';
}
function mkClaim(o) {
  // o: { m, hid, dept, doc?, visitType, date | adm,dis, dx:[codes], procs:[[code, dayOffset]], items:[spec], fee:true }
  const h = HOSP[o.hid]; const doc = o.doc || doctor(o.hid, o.dept, o.title);
  const factor = h.kind === 'private' ? 0.95 : 1;
  const start = o.visitType === 'inpatient' ? o.adm : o.date;
  const items = []; const mut = [];
  const add = (key, qty, off, extra) => {
    const code = C[key] || key; const row = ROW[code]; if (!row) throw new Error('no row ' + key);
    const pf = extra && extra.priceFen != null ? extra.priceFen : priceFen(code, h.level, factor);
    const lineId = String(items.length + 1);
    items.push({ lineId, code, name: row.name, category: row.category, date: addDays(start, off || 0), quantity: qty, unitPrice: pf / 100, amount: (pf * qty) / 100, _fen: pf * qty, _row: row });
    if (extra && extra.mut) mut.push(lineId);
  };
  if (o.visitType === 'outpatient' && o.fee !== false) add(feeKey(h, doc), 1, 0);
  for (const s of o.items) add(s[0], s[1], s[2] || 0, s[3]);
  const c = {
    claimId: null, region: h.region, insuranceType: o.m.scheme, visitType: o.visitType,
    patient: { ...o.m.patient }, enrollment: { ...o.m.enrollment },
    provider: { hospitalId: h.id, level: h.level, department: o.dept, doctorId: doc.id },
  };
  if (o.m.region !== h.region) c.insuredRegion = o.m.region;
  if (o.visitType === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = 'ordered'; } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.procs || []).map(([code, off]) => ({ code, date: addDays(start, off || 0) }));
  if (o.visitType === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = items;
  return { c, mut, sortDate: o.visitType === 'inpatient' ? o.dis : o.date, m: o.m };
}
const out = (m, hid, dept, date, dx, items, x) => mkClaim({ m, hid, dept, date, dx, items, visitType: 'outpatient', ...(x || {}) });
const pharm = (m, date, dx, items) => { const hid = PHARM[m.region.slice(0, 2)]; return mkClaim({ m, hid, dept: 'pharmacy', date, dx, items, visitType: 'pharmacy' }); };

// an inpatient stay: daily bed/nursing/诊查 for each day (admission day counted, discharge day not), admission labs,
// operation bundle on opDay, post-op care. o.surgery: [[key, qty, {mut}]]; o.daily: extra items each day; o.extra: specs
function stay(o) {
  const los = diffDays(o.adm, o.dis); const items = [];
  const kid = ageOn(o.m, o.adm) < 14;
  for (let d = 0; d < los; d++) {
    const nursing = o.nurse1Days && o.nurse1Days.includes(d) ? 'nurse1' : 'nurse2';
    items.push(['bed3', 1, d, o.hangDays && d >= o.hangFrom ? { mut: true } : undefined]);
    items.push([nursing, 1, d, o.hangDays && d >= o.hangFrom ? { mut: true } : undefined]);
    items.push(['ipExam', 1, d, o.hangDays && d >= o.hangFrom ? { mut: true } : undefined]);
  }
  if (o.labs !== false) { items.push(['cbc', 1, 0]); items.push(['crp', 1, 0]); if (o.surgery) { items.push(['coag', 1, 0]); items.push(['lft', 1, 0]); items.push(['rft', 1, 0]); items.push(['preop8', 1, 0]); items.push(['ecg', 1, 0]); if (!kid) items.push(['drChest', 1, 0]); } }
  if (o.surgery) {
    const od = o.opDay;
    for (const s of o.surgery) items.push([s[0], s[1], od, s[2]]);
    items.push(['ga', o.gaHours || 2, od]);
    items.push(['propofol', kid ? 1 : 2, od]); items.push(['fentanyl', kid ? 1 : 2, od]); items.push(['vecuronium', 1, od]);
    items.push(['gown', 1, od]); items.push(['diathermy', 1, od]); items.push(['suture', o.sutures || 1, od]);
    if (o.haemostat) items.push(['haemostat', o.haemostat, od]);
    items.push(['ivNeedle', 1, od]); items.push(['cannula', 1, od]);
    const abDays = o.abDays == null ? 2 : o.abDays;
    for (let d = od; d < Math.min(los, od + 1 + abDays); d++) {
      items.push(['ivFirst', 1, d]); items.push(['ivMore', 1, d]); items.push(['ivSet', 2, d]); items.push(['saline', 2, d]);
      items.push(['cefuroximeIV', kid ? 2 : 3, d]);
      if (d === od) items.push(['dexa', 1, d]);
    }
    if (o.pathology) items.push(['pathology', 1, od]);
  }
  for (const s of o.extra || []) items.push(s);
  if (o.daily) for (let d = o.daily.from || 0; d < (o.daily.to || los); d++) for (const s of o.daily.items) items.push([s[0], s[1], d, s[2]]);
  return mkClaim({ m: o.m, hid: o.hid, dept: o.dept, doc: o.doc, title: o.title, visitType: 'inpatient', adm: o.adm, dis: o.dis, dx: o.dx, procs: o.procs, items, route: o.route });
}

// ---------- cases ----------
const CASES = []; // {kind, code, name, parts:[{draft, target}], mutated: bool}
function addCase(kind, code, name, drafts, targetIdx, useMut) {
  CASES.push({ kind, code, name, drafts, targetIdx: targetIdx || drafts.map((_, i) => i), useMut: !!useMut });
}
const day = () => ri(20, 320);
const provOf = (hid) => HOSP[hid].region.slice(0, 2);
const regionOf = (hid) => HOSP[hid].region;
const adult = (hid, o) => member({ age: ri(25, 72), region: regionOf(hid), ...(o || {}) });

const TN = {
  T01: '助听器串换为听力检查（验配费分摊到反复的全套听力测试）',
  T02: '每次复诊都做纯音测听/声导抗（鼻科、咽科病人）',
  T03: '单纯耳部小病开全套听力前庭检查',
  T04: '耳石症手法复位反复计费（一天两次、多日连续）',
  T05: '鼻内镜鼻窦手术单侧病变按双侧全组并另计单窦手术',
  T06: '美容隆鼻/驼峰鼻矫正按鼻中隔矫正术报销',
  T07: '门诊每日鼻腔冲洗+雾化（连续十余天）',
  T08: '多导睡眠监测无变化反复做',
  T09: '悬雍垂腭咽成形术分解住院（术前检查住院+手术住院）',
  T10: '扁桃体切除术后挂床（术后数日仅床位护理诊查）',
  T11: '低标准入院（变应性鼻炎/咽炎/眩晕输液住院）',
  T12: '银杏叶提取物注射液超限定适应症（鼻咽喉病）',
  T13: '鼻喷激素超量开药、多机构重复配药（倒卖）',
  T14: '冒名就医：住院期间他院门诊刷同一医保卡',
  T15: '民营耳科医院诱导住院（耳鸣/老年聋免费接送、高压氧+输液）',
};
const CN = {
  C01: '反复中耳炎儿童两次鼓膜置管',
  C02: '全组鼻窦炎双侧全组FESS',
  C03: '突发性聋门诊每日疗程（激素+银杏叶+高压氧）',
  C04: '突发性聋住院十日综合治疗',
  C05: 'FESS术后门诊鼻腔清理随访',
  C06: '符合条件的儿童人工耳蜗植入',
  C07: '诊断PSG后CPAP压力滴定',
  C08: 'UPPP术后三到六个月复查PSG',
  C09: '扁桃体术后出血再入院',
  C10: '儿童OSA腺样体扁桃体切除（住院5-6天）',
  C11: '耳石症首日两次复位+一周复查',
  C12: '梅尼埃病数月内多次听力前庭监测',
  C13: '变应性鼻炎季节内规律续开鼻喷激素',
  C14: '分泌性中耳炎观察期定期声导抗',
  C15: '新生儿筛查未通过儿童OAE+ABR+声导抗',
  C16: '突发性聋伴眩晕首诊全套听力前庭检查',
  C17: '鼻中隔偏曲合并鼻息肉同期FESS+鼻中隔矫正',
  C18: '鼻中隔偏曲致鼻塞的鼻中隔矫正',
  C19: '声带结节教师嗓音训练与喉镜复查',
  C20: '社区转诊上级医院次日做ABR（两机构相邻日期）',
  C21: '公立医院社区筛查转诊同日集中听力检查',
  C22: '儿童急性中耳炎十日内三次复诊',
  C23: '扁桃体周脓肿住院静脉抗感染',
  C24: 'OSA住院两晚PSG+CPAP滴定',
};

// ---- fraud typologies ----
function T01(i) { // hearing aid fitting spread as repeated test batteries at a private hospital (串换)
  const hid = H2PRIV[i % H2PRIV.length]; const m = member({ age: ri(62, 84), region: regionOf(hid) }); const doc = doctor(hid, 'ent');
  const d0 = dayOf(day()); const n = ri(3, 4); const drafts = []; let d = d0;
  for (let k = 0; k < n; k++) {
    const careful = i % 3 === 0;
    const items = [['pta', 1, 0, { mut: k > 0 }], ['tymp', 1, 0, { mut: k > 0 }], ['oae', 1, 0, { mut: true }], ['abr', 1, 0, { mut: true }]];
    if (!careful || k === 1) items.push(['vest', 1, 0, { mut: true }]);
    if (k === n - 1) items.push(['mecobalamin', 42, 0]);
    drafts.push(out(m, hid, 'ent', d, [pick(['H91.100', 'H90.300', 'H91.900x002']), ...(rnd() < 0.4 ? ['H93.100'] : [])], items, { doc }));
    d = addDays(d, ri(3, 8));
  }
  addCase('fraud', 'T01', TN.T01, drafts, null, true);
}
function T02(i) { // audiometry every visit for nose/throat patients
  const hid = pick([...H3, ...H2PUB, ...H2PRIV]); const m = adult(hid); const doc = doctor(hid, 'ent');
  const dx = pick([['J30.400'], ['J32.400'], ['J31.200'], ['J30.300x001'], ['J37.000']]);
  let d = dayOf(ri(20, 250)); const drafts = []; const n = ri(4, 5);
  for (let k = 0; k < n; k++) {
    const items = [['pta', 1, 0, { mut: true }], ['tymp', 1, 0, { mut: true }]];
    if (dx[0].startsWith('J3') && dx[0] !== 'J37.000' && dx[0] !== 'J31.200') items.push([pick(['budesonideNS', 'mometasoneNS']), 1, 0]); else items.push(['ambroxolTab', 18, 0]);
    if (k === 0) items.push([dx[0] === 'J37.000' ? 'laryngo' : 'nasalEndo', 1, 0]);
    if (i % 2 === 0 && k % 2 === 1) items.push(['oae', 1, 0, { mut: true }]);
    drafts.push(out(m, hid, 'ent', d, dx, items, { doc }));
    d = addDays(d, ri(14, 24));
  }
  addCase('fraud', 'T02', TN.T02, drafts, null, true);
}
function T03(i) { // full battery for a trivial ear complaint
  const hid = pick([...H2PRIV, ...H2PUB, ...H3]); const m = adult(hid, { age: ri(18, 60) });
  const dx = pick([['H61.200'], ['H60.901'], ['H60.300x005'], ['H92.000']]);
  const items = [['pta', 1, 0, { mut: true }], ['tymp', 1, 0, { mut: true }], ['abr', 1, 0, { mut: true }], ['oae', 1, 0, { mut: true }], ['vest', 1, 0, { mut: true }]];
  if (i % 3 !== 0) items.push(['nasalEndo', 1, 0, { mut: true }]);
  if (i % 3 === 2) items.push(['laryngo', 1, 0, { mut: true }]);
  if (dx[0] !== 'H61.200') items.push(['cefuroximeTab', 12, 0]);
  addCase('fraud', 'T03', TN.T03, [out(m, hid, 'ent', dayOf(day()), dx, items)], null, true);
}
function T04(i) { // BPPV repositioning billed many times
  const hid = pick([...H2PRIV, ...H2PUB, ...H3]); const m = adult(hid, { age: ri(40, 75) }); const doc = doctor(hid, 'ent');
  let d = dayOf(day()); const drafts = []; const n = i % 3 === 0 ? 4 : ri(5, 7);
  for (let k = 0; k < n; k++) {
    const items = [['reposition', 2, 0, { mut: k > 0 }]];
    if (k === 0 || (i % 2 === 1 && k % 2 === 0)) items.push(['vest', 1, 0, { mut: k > 0 }]);
    if (k === 0) items.push(['betahistine', 21, 0]);
    drafts.push(out(m, hid, 'ent', d, ['H81.100'], items, { doc, fee: k === 0 || k % 2 === 0 }));
    d = addDays(d, ri(1, 2));
  }
  addCase('fraud', 'T04', TN.T04, drafts, null, true);
}
function T05(i) { // unilateral single-sinus disease billed as bilateral full-set FESS plus a single-sinus operation
  const hid = pick([...H2PRIV, ...H2PUB, ...H3]); const m = adult(hid); const adm = dayOf(day()); const los = ri(5, 7);
  const dx = pick([['J32.000'], ['J32.001'], ['J33.805'], ['J32.000', 'J34.300']]);
  const surgery = [['fessFull', 2, { mut: true }]];
  if (i % 3 !== 2) surgery.push(['fessSingle', 1, { mut: true }]);
  const procs = [[pick(['22.2x01', '22.6201']), 1]];
  addCase('fraud', 'T05', TN.T05, [stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx, procs, surgery, opDay: 1, haemostat: 2, nurse1Days: [1], gaHours: 2, extra: [['nasalEndo', 1, 0], ['budesonideNS', 1, los - 1]] })], null, true);
}
function T06(i) { // cosmetic rhinoplasty billed as septoplasty
  const hid = pick(['H51010031', 'H51010023', 'H22010041', 'H23010052']); const m = adult(hid, { age: ri(19, 38), gender: i % 4 === 0 ? 'M' : 'F', scheme: 'employee' });
  const adm = dayOf(day()); const los = ri(3, 5);
  const variant = i % 3;
  const dx = variant === 0 ? ['M95.006'] : variant === 1 ? ['J34.200', 'M95.001'] : ['J34.200', 'M95.005'];
  const procs = variant === 0 ? [['21.8402', 1]] : variant === 1 ? [['21.8500x010', 1], ['21.8800', 1]] : [['21.8401', 1], ['21.5x01', 1]];
  addCase('fraud', 'T06', TN.T06, [stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx, procs, surgery: [['septo', 1, { mut: true }]], opDay: 1, haemostat: 1, sutures: 3, nurse1Days: [1], abDays: 1 })], null, true);
}
function T07(i) { // daily clinic nasal irrigation + nebulisation
  const hid = i % 3 === 0 ? pick(H1) : pick([...H2PRIV, ...H1]); const m = adult(hid); const doc = doctor(hid, HOSP[hid].depts.ent ? 'ent' : 'general');
  const dept = HOSP[hid].depts.ent ? 'ent' : 'general';
  const dx = pick([['J30.400'], ['J32.900'], ['J31.000'], ['J01.900']]);
  let d = dayOf(ri(20, 300)); const drafts = []; const n = ri(9, 14);
  for (let k = 0; k < n; k++) {
    const items = [['irrigation', 2, 0, { mut: k > 1 }], ['neb', i % 2 ? 2 : 1, 0, { mut: k > 1 }], ['budesonideNeb', i % 2 ? 2 : 1, 0, { mut: k > 1 }], ['nebCup', 1, 0, { mut: k > 1 }]];
    if (k === 0) items.push([pick(['budesonideNS', 'mometasoneNS']), 1, 0]);
    drafts.push(out(m, hid, dept, d, dx, items, { doc, fee: k === 0 || k % 4 === 0 }));
    d = addDays(d, rnd() < 0.85 ? 1 : 2);
  }
  addCase('fraud', 'T07', TN.T07, drafts, null, true);
}
function T08(i) { // repeated PSG with no change
  const hid = pick([...H3, ...H2PRIV, ...H2PUB]); const m = adult(hid, { age: ri(35, 65), gender: 'M' }); const dept = HOSP[hid].depts.respiratory ? pick(['ent', 'respiratory']) : 'ent'; const doc = doctor(hid, dept);
  let d = dayOf(ri(15, 120)); const drafts = []; const n = ri(3, 4);
  for (let k = 0; k < n; k++) {
    const items = [['psg', 1, 0, { mut: k > 0 }]];
    if (k === 0) items.push(['laryngo', 1, 0]);
    drafts.push(out(m, hid, dept, d, ['G47.301', ...(i % 2 ? ['E66.900'] : [])], items, { doc }));
    d = addDays(d, ri(35, 70));
  }
  addCase('fraud', 'T08', TN.T08, drafts, null, true);
}
function T09(i) { // UPPP split into two stays
  const hid = pick([...H2PRIV, ...H2PUB, ...H3]); const m = adult(hid, { age: ri(30, 60), gender: 'M' });
  const a1 = dayOf(ri(20, 300)); const l1 = ri(2, 4); const a2 = addDays(a1, l1 + ri(2, 9)); const l2 = ri(5, 7);
  const s1 = stay({ m, hid, dept: 'ent', adm: a1, dis: addDays(a1, l1), dx: ['G47.301', 'J35.100'], procs: [['89.1702', 1]], extra: [['psg', 1, 1], ['laryngo', 1, 0], ['ecg', 1, 0], ['coag', 1, 0], ['lft', 1, 0], ['rft', 1, 0]] });
  const s2 = stay({ m, hid, dept: 'ent', adm: a2, dis: addDays(a2, l2), dx: ['G47.301', 'J35.100'], procs: [['27.6900x007', 1]], surgery: [['uppp', 1]], opDay: 1, nurse1Days: [1], abDays: 3, labs: i % 2 === 0 ? false : undefined });
  addCase('fraud', 'T09', TN.T09, [s1, s2], i % 3 === 0 ? [1] : null, false);
}
function T10(i) { // bed-blocking after tonsillectomy
  const hid = pick([...H2PRIV, ...H2PUB, ...H3]); const m = adult(hid, { age: ri(18, 45) });
  const adm = dayOf(day()); const los = ri(9, 13);
  addCase('fraud', 'T10', TN.T10, [stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx: ['J35.000'], procs: [['28.2x00x002', 1]], surgery: [['tonsil', 1]], opDay: 1, nurse1Days: [1], abDays: 2, pathology: true, extra: [['paracetamol', 9, 3]] })], null, false);
}
function T11(i) { // low-standard admission
  const hid = pick([...H1, ...H2PRIV, ...H2PUB]); const m = member({ age: ri(45, 80), region: regionOf(hid) });
  const dept = HOSP[hid].depts.ent ? 'ent' : 'general';
  const adm = dayOf(day()); const los = ri(4, 7);
  const dx = pick([['J30.400'], ['J02.900'], ['J31.200'], ['R42.x00x001']]);
  const daily = { items: [['ivFirst', 1], ['ivSet', 1], ['saline', 1], [dx[0].startsWith('R42') ? 'metoclopramide' : 'dexa', 1]] };
  const extra = [[dx[0].startsWith('R42') ? 'betahistine' : 'loratadine', dx[0].startsWith('R42') ? 9 : 3, 0]];
  if (dx[0] === 'J30.400') extra.push(['budesonideNS', 1, 0]);
  addCase('fraud', 'T11', TN.T11, [stay({ m, hid, dept, adm, dis: addDays(adm, los), dx, nurse1Days: [], daily, extra, route: 'outpatient' })], null, false);
}
function T12(i) { // ginkgo extract injection outside its indications
  const hid = pick([...H2PRIV, ...H2PUB, ...H3]); const m = adult(hid, { age: ri(40, 75) });
  const dx = pick([['J31.200'], ['J32.400'], ['J30.400'], ['J37.000'], ['J35.000']]);
  if (i % 2 === 0) { // outpatient infusion course
    let d = dayOf(day()); const drafts = []; const doc = doctor(hid, 'ent');
    for (let k = 0; k < ri(3, 5); k++) {
      drafts.push(out(m, hid, 'ent', d, dx, [['ginkgoInj', 2, 0, { mut: true }], ['ivFirst', 1, 0], ['ivSet', 1, 0], ['saline', 1, 0]], { doc, fee: k === 0 }));
      d = addDays(d, 1);
    }
    addCase('fraud', 'T12', TN.T12, drafts, null, true);
  } else { // inpatient, e.g. with sinus or tonsil operation
    const adm = dayOf(day()); const los = ri(5, 7);
    const st = stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx: ['J32.400'], procs: [['22.5301', 1]], surgery: [['fessFull', 2]], opDay: 1, haemostat: 2, nurse1Days: [1], daily: { from: 2, to: los, items: [['ginkgoInj', 2, { mut: true }], ['ivMore', 1]] } });
    addCase('fraud', 'T12', TN.T12, [st], null, true);
  }
}
function T13(i) { // nasal steroid over-supply across institutions
  const home = pick([...H3, ...H2PUB]); const m = adult(home, { age: ri(25, 65) }); const prov = provOf(home);
  const places = [home, ...sameProv(home, [...H2PRIV, ...H1, ...H3, ...H2PUB]).filter((x) => x !== home)];
  let d = dayOf(ri(30, 280)); const drafts = []; const n = ri(4, 6);
  for (let k = 0; k < n; k++) {
    const spray = k % 2 ? 'mometasoneNS' : 'budesonideNS'; const qty = i % 3 === 0 ? 3 : ri(4, 6);
    if (k % 3 === 2 && PHARM[prov]) drafts.push(pharm(m, d, ['J30.400'], [[spray, qty, 0, { mut: true }], ['loratadine', 14, 0]]));
    else { const hid = places[k % places.length]; const dept = HOSP[hid].depts.ent ? 'ent' : 'general'; drafts.push(out(m, hid, dept, d, ['J30.400'], [[spray, qty, 0, { mut: k > 0 || qty > 2 }], ['loratadine', 14, 0]])); }
    d = addDays(d, ri(6, 12));
  }
  // label: every claim after the first carries excess; the first too when its quantity already exceeds a month
  addCase('fraud', 'T13', TN.T13, drafts, null, true);
}
function T14(i) { // card used at another hospital while the member is in a stay
  const hid = pick([...H3, ...H2PUB]); const m = adult(hid, { age: ri(30, 70) });
  const adm = dayOf(day()); const los = ri(5, 7);
  const st = stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx: ['J35.000'], procs: [['28.2x00x002', 1]], surgery: [['tonsil', 1]], opDay: 1, nurse1Days: [1], pathology: true });
  const other = pick(sameProv(hid, [...H2PRIV, ...H1, ...H2PUB, ...H3]).filter((x) => x !== hid).concat(H2PRIV.filter((x) => provOf(x) === provOf(hid)))) || H2PRIV[0];
  const dept = HOSP[other].depts.ent ? 'ent' : 'general';
  const drafts = [st]; const n = i % 3 === 0 ? 1 : 2;
  for (let k = 0; k < n; k++) drafts.push(out(m, other, dept, addDays(adm, 2 + k * 2), [pick(['H91.900x002', 'J30.400', 'H93.100'])], [['pta', 1, 0], ['tymp', 1, 0], [pick(['budesonideNS', 'mecobalamin']), 1, 0]]));
  // fix mecobalamin quantity to a realistic box
  for (const dft of drafts.slice(1)) for (const it of dft.c.items) if (it.code === C.mecobalamin) { it.quantity = 42; it.amount = (it._fen = Math.round(it.unitPrice * 100) * 42) / 100; }
  addCase('fraud', 'T14', TN.T14, drafts, drafts.map((_, k) => k).slice(1), false);
}
function T15(i) { // induced admissions at private ear hospitals (cluster of members, same pattern)
  const hid = i % 2 ? 'H23010052' : 'H22010041'; const m = member({ age: ri(63, 82), region: regionOf(hid) });
  const base = i % 2 ? 150 : 140; const adm = dayOf(base + (i % 5) * 2 + ri(0, 1)); const los = ri(7, 9);
  const dx = pick([['H93.100', 'H91.100'], ['H91.100'], ['H93.100'], ['H91.100', 'I10.x00']]);
  const extra = [['pta', 1, 0], ['tymp', 1, 0], ['abr', 1, 1], ['oae', 1, 1], ['vest', 1, 2], ['headCT', 1, 1], ['mecobalamin', 3 * los, 0]];
  const daily = { from: 0, to: los - 1, items: [['hbo', 1], ['ivFirst', 1], ['ivSet', 1], ['saline', 1], ['glucoseInj', 1]] };
  addCase('fraud', 'T15', TN.T15, [stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx, procs: [['93.9500', 0]], daily, extra, route: 'other' })], null, false);
}

// ---- controls ----
function C01(i) { const hid = pick([...H3, ...H2PUB]); const m = member({ age: ri(2, 7), region: regionOf(hid), scheme: 'resident' }); const doc = doctor(hid, 'ent');
  const d1 = dayOf(ri(10, 120)); const d2 = addDays(d1, ri(150, 220)); const dr = [];
  for (const d of [d1, d2]) dr.push(out(m, hid, 'ent', d, ['H65.300x001', ...(rnd() < 0.5 ? ['J35.200'] : [])], [['tymp', 1, 0], ['oae', 1, 0], ['grommet', 2, 0], ['localAn', 1, 0]], { doc }));
  addCase('control', 'C01', CN.C01, dr); }
function C02(i) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid); const adm = dayOf(day()); const los = ri(6, 8);
  addCase('control', 'C02', CN.C02, [stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx: ['J32.400', ...(i % 2 ? ['J33.801'] : [])], procs: [['22.5301', 1]], surgery: [['fessFull', 2]], opDay: 1, haemostat: 2, nurse1Days: [1], gaHours: 3, pathology: i % 2 === 1, extra: [['nasalEndo', 1, 0], ['budesonideNS', 1, los - 1]] })]); }
function sdCourse(m, hid, d0, n, dx) { const doc = doctor(hid, 'ent'); const dr = [];
  for (let k = 0; k < n; k++) { const items = [];
    if (k === 0 || k === 4 || k === n - 1) { items.push(['pta', 1, 0]); if (k === 0) items.push(['tymp', 1, 0]); }
    if (k === 0 && dx.includes('H81.300')) items.push(['vest', 1, 0]);
    if (k < 5) items.push(['mpred', 1, 0]); if (k === 5) items.push(['pred', 20, 0]);
    items.push(['ginkgoInj', 2, 0], ['ivFirst', 1, 0], ['ivMore', k < 5 ? 1 : 0, 0], ['ivSet', 1, 0], ['saline', k < 5 ? 2 : 1, 0], ['hbo', 1, 0]);
    if (k === 0) items.push(['mecobalamin', 30, 0]);
    dr.push(out(m, hid, 'ent', addDays(d0, k), dx, items.filter((x) => x[1] > 0), { doc, fee: k === 0 || k === 4 || k === n - 1 })); }
  return dr; }
function C03(i) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid, { age: ri(28, 66) }); addCase('control', 'C03', CN.C03, sdCourse(m, hid, dayOf(day()), ri(9, 10), ['H91.200x001'])); }
function C04(i) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid, { age: ri(30, 70) }); const adm = dayOf(day()); const los = ri(9, 11);
  const daily = { from: 0, to: los - 1, items: [['ginkgoInj', 2], ['hbo', 1], ['ivFirst', 1], ['ivMore', 1], ['ivSet', 1], ['saline', 2]] };
  const extra = [['pta', 1, 0], ['tymp', 1, 0], ['abr', 1, 1], ['headMRI', 1, 1], ['pta', 1, 5], ['pta', 1, los - 1], ['mecobalamin', 30, 0], ['glucose', 1, 0], ['lipids', 1, 0], ['coag', 1, 0]];
  for (let d = 0; d < 5; d++) extra.push(['mpred', 1, d]);
  extra.push(['pred', 20, 5]); extra.push(['omeprazole', 10, 0]);
  addCase('control', 'C04', CN.C04, [stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx: ['H91.200x001', ...(i % 3 === 0 ? ['H93.100'] : [])], procs: [['93.9500', 0], ['95.4101', 0]], daily, extra, route: 'outpatient' })]); }
function C05(i) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid); const adm = dayOf(ri(20, 240)); const los = ri(6, 7); const doc = doctor(hid, 'ent');
  const dr = [stay({ m, hid, dept: 'ent', doc, adm, dis: addDays(adm, los), dx: ['J32.400', 'J33.900'], procs: [['22.5301', 1], ['21.3102', 1]], surgery: [['fessFull', 2]], opDay: 1, haemostat: 2, nurse1Days: [1], gaHours: 3, pathology: true, extra: [['budesonideNS', 1, los - 1]] })];
  let d = addDays(adm, los + 7);
  for (const gap of [7, 14, 21, 28].slice(0, ri(3, 4))) { dr.push(out(m, hid, 'ent', d, ['Z09.000x001', 'J32.400'], [['nasalEndo', 1, 0], ['irrigation', 1, 0], ...(gap === 14 ? [['budesonideNS', 1, 0]] : [])], { doc })); d = addDays(d, gap); }
  addCase('control', 'C05', CN.C05, dr); }
function C06(i) { const hid = pick(H3); const m = member({ age: ri(1, 5), region: regionOf(hid), scheme: 'resident' }); const doc = doctor(hid, 'ent', 'chief');
  const d0 = dayOf(ri(10, 200)); const dr = [out(m, hid, 'ent', d0, ['H90.300'], [['abr', 1, 0], ['oae', 1, 0], ['tymp', 1, 0]], { doc })];
  const adm = addDays(d0, ri(30, 60)); const los = ri(7, 9);
  dr.push(stay({ m, hid, dept: 'ent', doc, adm, dis: addDays(adm, los), dx: ['H90.300', ...(i % 3 === 0 ? ['H90.501'] : [])], procs: [['20.9801', 2]], surgery: [['ci', 1]], opDay: 2, nurse1Days: [2, 3], gaHours: 3, extra: [['headCT', 1, 0], ['headMRI', 1, 1]] }));
  addCase('control', 'C06', CN.C06, dr); }
function C07(i) { const hid = pick([...H3, ...H2PUB]); const dept = HOSP[hid].depts.respiratory ? 'respiratory' : 'ent'; const m = adult(hid, { age: ri(35, 68), gender: i % 4 ? 'M' : 'F' }); const doc = doctor(hid, dept);
  const d0 = dayOf(ri(10, 300)); const dr = [out(m, hid, dept, d0, ['G47.301'], [['psg', 1, 0]], { doc })];
  dr.push(out(m, hid, dept, addDays(d0, ri(14, 35)), ['G47.301'], [['psg', 1, 0], ['cpapTitr', 1, 0]], { doc }));
  addCase('control', 'C07', CN.C07, dr); }
function C08(i) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid, { age: ri(30, 58), gender: 'M' }); const doc = doctor(hid, 'ent');
  const d0 = dayOf(ri(10, 120)); const dr = [out(m, hid, 'ent', d0, ['G47.301', 'J35.100'], [['psg', 1, 0], ['laryngo', 1, 0]], { doc })];
  const adm = addDays(d0, ri(14, 30)); const los = ri(5, 7);
  dr.push(stay({ m, hid, dept: 'ent', doc, adm, dis: addDays(adm, los), dx: ['G47.301', 'J35.100'], procs: [['27.6900x007', 1], ['28.2x00x002', 1]], surgery: [['uppp', 1]], opDay: 1, nurse1Days: [1], abDays: 3, pathology: true }));
  dr.push(out(m, hid, 'ent', addDays(adm, ri(95, 170)), ['G47.301', 'Z09.000x001'], [['psg', 1, 0]], { doc }));
  addCase('control', 'C08', CN.C08, dr); }
function C09(i) { const hid = pick([...H3, ...H2PUB]); const m = member({ age: ri(8, 40), region: regionOf(hid) }); const doc = doctor(hid, 'ent');
  const adm = dayOf(day()); const los = ri(4, 5);
  const s1 = stay({ m, hid, dept: 'ent', doc, adm, dis: addDays(adm, los), dx: ['J35.000'], procs: [['28.2x00x002', 1]], surgery: [['tonsil', 1]], opDay: 1, nurse1Days: [1], pathology: true });
  const a2 = addDays(adm, ri(6, 10)); const l2 = ri(3, 4);
  const s2 = stay({ m, hid, dept: 'ent', doc, adm: a2, dis: addDays(a2, l2), dx: ['T81.000x001', 'J35.000'], procs: [['28.7x00', 0]], surgery: [['localAn', 1]], opDay: 0, abDays: 2, gaHours: 1, nurse1Days: [0], route: 'emergency', extra: [['tranexamic', 2, 0], ['tranexamic', 2, 1], ['cbc', 1, 1]] });
  addCase('control', 'C09', CN.C09, [s1, s2]); }
function C10(i) { const hid = pick([...H3, ...H2PUB]); const m = member({ age: ri(3, 9), region: regionOf(hid), scheme: 'resident' }); const dept = HOSP[hid].depts.pediatrics && i % 3 === 0 ? 'ent' : 'ent';
  const adm = dayOf(day()); const los = ri(5, 6);
  addCase('control', 'C10', CN.C10, [stay({ m, hid, dept, adm, dis: addDays(adm, los), dx: ['J35.300', 'G47.301'], procs: [['28.3x01', 1]], surgery: [['tonsil', 1]], opDay: 1, nurse1Days: [1, 2], abDays: 3, pathology: true, extra: [['spo2', 12, 1], ['spo2', 12, 2], ['ibuprofenSus', 1, 2], ['budesonideNS', 1, los - 1]] })]); }
function C11(i) { const hid = pick([...H3, ...H2PUB, ...H2PRIV]); const m = adult(hid, { age: ri(40, 78) }); const doc = doctor(hid, 'ent'); const d0 = dayOf(day());
  addCase('control', 'C11', CN.C11, [out(m, hid, 'ent', d0, ['H81.100'], [['vest', 1, 0], ['reposition', 2, 0], ['betahistine', 21, 0]], { doc }), out(m, hid, 'ent', addDays(d0, ri(6, 9)), ['H81.100'], [['reposition', 1, 0]], { doc })]); }
function C12(i) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid, { age: ri(35, 65) }); const doc = doctor(hid, 'ent'); let d = dayOf(ri(10, 150)); const dr = [];
  for (let k = 0; k < 3; k++) { dr.push(out(m, hid, 'ent', d, ['H81.000'], [['pta', 1, 0], ...(k !== 1 ? [['tymp', 1, 0]] : []), ...(k === 0 || k === 2 ? [['vest', 1, 0]] : []), ['betahistine', 42, 0]], { doc })); d = addDays(d, ri(28, 50)); }
  addCase('control', 'C12', CN.C12, dr); }
function C13(i) { const hid = pick([...H3, ...H2PUB, ...H1]); const m = adult(hid); const dept = HOSP[hid].depts.ent ? 'ent' : 'general'; const doc = doctor(hid, dept); let d = dayOf(ri(60, 200)); const dr = [];
  for (let k = 0; k < 3; k++) { dr.push(out(m, hid, dept, d, ['J30.100'], [[k === 1 ? 'mometasoneNS' : 'budesonideNS', 2, 0], ['loratadine', 28, 0]], { doc })); d = addDays(d, ri(28, 34)); }
  addCase('control', 'C13', CN.C13, dr); }
function C14(i) { const hid = pick([...H3, ...H2PUB]); const m = member({ age: ri(3, 8), region: regionOf(hid), scheme: 'resident' }); const doc = doctor(hid, 'ent'); let d = dayOf(ri(10, 150)); const dr = [];
  for (let k = 0; k < 3; k++) { dr.push(out(m, hid, 'ent', d, ['H65.900x001', ...(k === 0 ? ['J35.200'] : [])], [['tymp', 1, 0], ...(k !== 1 ? [['pta', 1, 0]] : []), ...(k === 0 ? [['mometasoneNS', 1, 0]] : [])], { doc })); d = addDays(d, ri(80, 100)); }
  addCase('control', 'C14', CN.C14, dr); }
function C15(i) { const hid = pick(H3); const m = member({ age: 0, region: regionOf(hid), scheme: 'resident' }); m.patient.birthDate = addDays(dayOf(ri(20, 200)), -ri(60, 110)); m.enrollment.enrolledOn = addDays(m.patient.birthDate, ri(10, 40)); m.enrollment.continuousYears = 1;
  const d = addDays(m.patient.birthDate, ri(90, 120)); const dept = i % 2 ? 'pediatrics' : 'ent';
  addCase('control', 'C15', CN.C15, [out(m, hid, dept, d, [pick(['H90.300', 'H90.501', 'H91.900x002'])], [['oae', 1, 0], ['abr', 1, 0], ['tymp', 1, 0]])]); }
function C16(i) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid, { age: ri(30, 70) });
  addCase('control', 'C16', CN.C16, [out(m, hid, 'ent', dayOf(day()), ['H91.200x001', 'H81.300'], [['pta', 1, 0], ['tymp', 1, 0], ['abr', 1, 0], ['oae', 1, 0], ['vest', 1, 0], ['pred', 24, 0], ['mecobalamin', 30, 0]])]); }
function C17(i) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid); const adm = dayOf(day()); const los = ri(6, 8);
  addCase('control', 'C17', CN.C17, [stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx: ['J33.900', 'J34.200', 'J32.400'], procs: [['22.5301', 1], ['21.5x01', 1], ['21.3102', 1]], surgery: [['fessFull', 2], ['septo', 1]], opDay: 1, haemostat: 3, sutures: 2, nurse1Days: [1], gaHours: 3, pathology: true, extra: [['nasalEndo', 1, 0], ['budesonideNS', 1, los - 1]] })]); }
function C18(i) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid, { age: ri(20, 55) }); const doc = doctor(hid, 'ent'); const d0 = dayOf(ri(10, 280));
  const dr = [out(m, hid, 'ent', d0, ['J34.200', 'J34.300'], [['nasalEndo', 1, 0], ['mometasoneNS', 1, 0]], { doc })];
  const adm = addDays(d0, ri(20, 40)); const los = ri(4, 6);
  dr.push(stay({ m, hid, dept: 'ent', doc, adm, dis: addDays(adm, los), dx: ['J34.200', 'J34.300'], procs: [['21.5x01', 1], ['21.6904', 1]], surgery: [['septo', 1]], opDay: 1, haemostat: 1, sutures: 2, nurse1Days: [1], abDays: 1 }));
  addCase('control', 'C18', CN.C18, dr); }
function C19(i) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid, { age: ri(26, 55), gender: i % 3 ? 'F' : 'M' }); const doc = doctor(hid, 'ent'); let d = dayOf(ri(10, 250)); const dr = [];
  dr.push(out(m, hid, 'ent', d, ['J38.200'], [['laryngo', 1, 0], ['neb', 1, 0], ['budesonideNeb', 1, 0], ['nebCup', 1, 0]], { doc }));
  for (let k = 0; k < 4; k++) { d = addDays(d, 7); dr.push(out(m, hid, 'ent', d, ['J38.200'], [['speech', 1, 0]], { doc, fee: false })); }
  dr.push(out(m, hid, 'ent', addDays(d, 14), ['J38.200'], [['laryngo', 1, 0]], { doc }));
  addCase('control', 'C19', CN.C19, dr); }
function C20(i) { const up = pick([...H3]); const low = sameProv(up, H1)[0] || H1[0]; const m = adult(low, { age: ri(45, 80) }); m.region = regionOf(low); const d0 = dayOf(day());
  const dr = [out(m, low, 'general', d0, ['H91.900x002'], [['pta', 1, 0]])];
  const upH = HOSP[up].region.slice(0, 2) === HOSP[low].region.slice(0, 2) ? up : sameProv(low, H3)[0] || up;
  dr.push(out(m, upH, 'ent', addDays(d0, ri(1, 3)), ['H90.300'], [['pta', 1, 0], ['tymp', 1, 0], ['abr', 1, 0]]));
  addCase('control', 'C20', CN.C20, dr); }
function C21(i) { const hid = i % 2 ? 'H37010001' : 'H51070004'; const m = member({ age: ri(60, 80), region: regionOf(hid) }); const d = dayOf(i % 2 ? 200 + (i % 3) : 180 + (i % 3));
  addCase('control', 'C21', CN.C21, [out(m, hid, 'ent', d, [pick(['H91.100', 'H90.300', 'H93.100'])], [['pta', 1, 0], ['tymp', 1, 0]])]); }
function C22(i) { const hid = pick([...H3, ...H2PUB]); const m = member({ age: ri(2, 9), region: regionOf(hid), scheme: 'resident' }); const dept = HOSP[hid].depts.pediatrics && i % 2 ? 'pediatrics' : 'ent'; const doc = doctor(hid, dept); const d0 = dayOf(day());
  const dr = [out(m, hid, dept, d0, ['H66.000'], [['cbc', 1, 0], ['amox', 24, 0], ['paracetamolKid', 6, 0]], { doc }), out(m, hid, dept, addDays(d0, ri(3, 4)), ['H66.000'], [['amoxClav', 15, 0]], { doc }), out(m, hid, dept, addDays(d0, ri(9, 11)), ['H66.000'], [['tymp', 1, 0]], { doc })];
  addCase('control', 'C22', CN.C22, dr); }
function C23(i) { const hid = pick([...H2PUB, ...H3]); const m = adult(hid, { age: ri(18, 50) }); const adm = dayOf(day()); const los = ri(5, 6);
  addCase('control', 'C23', CN.C23, [stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx: ['J36.x00'], route: 'emergency', extra: [['laryngo', 1, 0], ['crp', 1, 3], ['cbc', 1, 3], ['paracetamol', 6, 0], ['localAn', 1, 0], ['syringe', 2, 0]], daily: { items: [['ivFirst', 1], ['ivMore', 1], ['ivSet', 2], ['saline', 2], ['ceftriaxone', 2], ['dexa', 1]] } })]); }
function C24(i) { const hid = pick(H3); const dept = 'respiratory'; const m = member({ age: ri(58, 75), gender: 'M', region: regionOf(hid), scheme: 'employee' }); const adm = dayOf(day());
  addCase('control', 'C24', CN.C24, [stay({ m, hid, dept, adm, dis: addDays(adm, 2), dx: ['G47.301', 'I10.x00', 'E66.900'], procs: [['89.1702', 0], ['93.9001', 1]], extra: [['psg', 1, 0], ['cpapTitr', 1, 1], ['ecg', 1, 0], ['glucose', 1, 0], ['lipids', 1, 0], ['amlodipine', 7, 0]] })]); }

// ---- routine ----
function routine(i) {
  const k = i;
  if (k < 25) { const hid = pick([...H3, ...H2PUB, ...H2PRIV, ...H1]); const m = adult(hid, { age: ri(8, 70) }); const dept = HOSP[hid].depts.ent ? 'ent' : 'general';
    return out(m, hid, dept, dayOf(day()), [pick(['J30.400', 'J30.300x001', 'J30.100'])], [...(rnd() < 0.3 && HOSP[hid].depts.ent ? [['nasalEndo', 1, 0]] : []), [pick(['budesonideNS', 'mometasoneNS']), 1, 0], [ageOn(m, '2025-06-01') >= 12 ? pick(['loratadine', 'cetirizine']) : 'cetirizine', 14, 0]]); }
  if (k < 40) { const hid = pick([...H3, ...H2PUB, ...H1]); const m = adult(hid, { age: ri(18, 65) }); const dept = HOSP[hid].depts.ent ? 'ent' : 'general';
    return out(m, hid, dept, dayOf(day()), [pick(['J02.900', 'J03.900', 'J02.901'])], [['cbc', 1, 0], [pick(['amox', 'cefixime']), 12, 0], ['paracetamol', 6, 0]].map((x) => (x[0] === 'amox' ? ['amox', 24, 0] : x))); }
  if (k < 50) { const hid = pick([...H3, ...H2PUB]); const m = member({ age: ri(3, 60), region: regionOf(hid) });
    return out(m, hid, 'ent', dayOf(day()), [pick(['H66.000', 'H65.900x001'])], [['tymp', 1, 0], ...(ageOn(m, '2025-06-01') >= 6 ? [['pta', 1, 0]] : []), ['amoxClav', 15, 0]]); }
  if (k < 58) { const hid = pick([...H3, ...H2PUB, ...H1]); const m = adult(hid); const dept = HOSP[hid].depts.ent ? 'ent' : 'general'; return out(m, hid, dept, dayOf(day()), ['H61.200'], []); }
  if (k < 66) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid, { age: ri(25, 65) });
    return out(m, hid, 'ent', dayOf(day()), [pick(['J37.000', 'J38.200', 'J38.102'])], [['laryngo', 1, 0], ...(rnd() < 0.5 ? [['neb', 1, 0], ['budesonideNeb', 1, 0], ['nebCup', 1, 0]] : [])]); }
  if (k < 72) { const hid = pick([...H3, ...H2PUB, ...H2PRIV]); const m = adult(hid, { age: ri(30, 75) });
    return out(m, hid, 'ent', dayOf(day()), ['H93.100'], [['pta', 1, 0], ['tymp', 1, 0], ['mecobalamin', 42, 0]]); }
  if (k < 78) { const hid = pick([...H3, ...H2PUB, ...H2PRIV]); const m = adult(hid, { age: ri(35, 78) });
    return out(m, hid, 'ent', dayOf(day()), ['H81.100'], [['reposition', 1, 0], ...(rnd() < 0.5 ? [['betahistine', 21, 0]] : [])]); }
  if (k < 84) { const hid = pick(['Y51010207', 'Y22010311', 'Y37010415']); const m = adult(hid, { age: ri(20, 70) });
    return mkClaim({ m, hid, dept: 'pharmacy', date: dayOf(day()), dx: ['J30.400'], visitType: 'pharmacy', items: [[pick(['budesonideNS', 'mometasoneNS']), 1, 0], ['loratadine', 14, 0]] }); }
  if (k < 90) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid, { age: ri(18, 45) }); const adm = dayOf(day()); const los = ri(4, 6);
    return stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx: ['J35.000'], procs: [['28.2x00x002', 1]], surgery: [['tonsil', 1]], opDay: 1, nurse1Days: [1], pathology: true }); }
  if (k < 94) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid); const adm = dayOf(day()); const los = ri(5, 6); const polyp = k % 2;
    return stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx: polyp ? ['J33.900'] : ['J32.000'], procs: polyp ? [['21.3102', 1]] : [['22.2x01', 1]], surgery: [[polyp ? 'fessFull' : 'fessSingle', 1]], opDay: 1, haemostat: 2, nurse1Days: [1], pathology: !!polyp, extra: [['nasalEndo', 1, 0], ['budesonideNS', 1, los - 1]] }); }
  if (k < 97) { const hid = pick([...H3, ...H2PUB]); const m = adult(hid, { age: ri(20, 55) }); const adm = dayOf(day()); const los = ri(4, 5);
    return stay({ m, hid, dept: 'ent', adm, dis: addDays(adm, los), dx: ['J34.200'], procs: [['21.5x01', 1]], surgery: [['septo', 1]], opDay: 1, haemostat: 1, sutures: 2, nurse1Days: [1], abDays: 1 }); }
  { const hid = pick([...H3, ...H2PUB, ...H2PRIV]); const m = adult(hid, { age: ri(18, 65) });
    return out(m, hid, 'ent', dayOf(day()), ['J01.900'], [['amoxClav', 21, 0], ['irrigation', 1, 0], ['mometasoneNS', 1, 0]]); }
}

const FR = { T01, T02, T03, T04, T05, T06, T07, T08, T09, T10, T11, T12, T13, T14, T15 };
const CT = { C01, C02, C03, C04, C05, C06, C07, C08, C09, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21, C22, C23, C24 };
for (const [, f] of Object.entries(FR)) for (let i = 0; i < 15; i++) f(i);
for (const [, f] of Object.entries(CT)) for (let i = 0; i < 15; i++) f(i);
for (let i = 0; i < 100; i++) addCase('routine', 'R00', 'routine', [routine(i)]);

// ---------- ids, settlement order, money ----------
const all = []; CASES.forEach((cs, ci) => cs.drafts.forEach((d, di) => all.push({ d, ci, di })));
all.sort((a, b) => (a.d.sortDate < b.d.sortDate ? -1 : a.d.sortDate > b.d.sortDate ? 1 : a.ci - b.ci || a.di - b.di));
const seqByHosp = {};
for (const x of all) { const c = x.d.c; const h = c.provider.hospitalId; seqByHosp[h] = (seqByHosp[h] || 0) + 1; c.claimId = `${c.region}-${h}-2025-9${String(seqByHosp[h]).padStart(5, '0')}`; }
// ledger per member: outpatient/pharmacy deductible used and fund paid per year; inpatient fund paid
const ledger = {};
for (const x of all) {
  const c = x.d.c; const m = x.d.m; const prov = (c.insuredRegion || c.region).slice(0, 2); const p = POL[prov][c.insuranceType][c.visitType === 'chronic' ? 'outpatient' : c.visitType];
  let total = 0, policy = 0;
  for (const it of c.items) { total += it._fen; const r = it._row; const share = r.class === '丙' ? 1 : r.class === '乙' ? r.selfPayShare : 0; policy += it._fen - Math.round(it._fen * share); }
  const L = ledger[c.patient.insuredId] || (ledger[c.patient.insuredId] = { ded: {}, fund: {} });
  const lv = c.provider.level; const ratio = (p.r[lv] || p.r[String(lv)]) + (c.patient.retired ? p.rb : 0);
  let dedDue;
  if (c.visitType === 'inpatient') dedDue = Math.round((p.d[lv] || p.d[String(lv)]) * 100);
  else { const used = L.ded[c.visitType] || 0; dedDue = Math.max(0, Math.round(p.d * 100) - used); L.ded[c.visitType] = used + Math.min(policy, dedDue); }
  let fund = Math.floor(Math.max(0, policy - dedDue) * ratio);
  const cap = Math.round((c.visitType === 'outpatient' && c.insuranceType === 'resident' ? residentOutCap(c.insuredRegion || c.region) : p.cap) * 100);
  const paid = L.fund[c.visitType] || 0; fund = Math.max(0, Math.min(fund, cap - paid)); L.fund[c.visitType] = paid + fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}
// groups from pass 1
if (GROUPS && fs.existsSync(GROUPS)) {
  const g = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const o = JSON.parse(line); g[o.claimId] = o; }
  for (const x of all) { const c = x.d.c; if (c.visitType !== 'inpatient') continue; const o = g[c.claimId]; const drg = o && (o.drg || (o.grouping && o.grouping.drg) || (o.group && o.group.drg)); if (drg) c.reportedGroup = { drg, dip: null }; }
}
const clean = (c) => JSON.stringify({ ...c, items: c.items.map(({ _fen, _row, ...it }) => it) });
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), all.map((x) => clean(x.d.c)).join('\n') + '\n');
const labels = []; const cnt = {};
CASES.forEach((cs) => {
  cnt[cs.code] = (cnt[cs.code] || 0) + 1;
  const claimIds = cs.drafts.map((d) => d.c.claimId);
  const targets = cs.targetIdx.map((k) => cs.drafts[k].c.claimId);
  const mutatedLines = {};
  if (cs.useMut) for (const k of cs.targetIdx) { const d = cs.drafts[k]; if (d.mut.length) mutatedLines[d.c.claimId] = d.mut.slice(); }
  // targets of a mutated-line case are the claims that carry mutated lines
  const tg = cs.useMut ? targets.filter((id) => mutatedLines[id]) : targets;
  const l = { caseId: `${cs.code}-${String(cnt[cs.code]).padStart(3, '0')}`, kind: cs.kind, code: cs.code, name: cs.name, claimIds, targets: tg.length ? tg : targets, mutatedLines: cs.kind === 'fraud' ? mutatedLines : {} };
  if (cs.kind === 'fraud') l.typology = cs.code; else if (cs.kind === 'control') l.control = cs.code;
  labels.push(l);
});
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind92: ${all.length} claims, ${labels.length} cases`);
