#!/usr/bin/env node
// blind88: clinical nutrition and infusions (临床营养、肠外肠内营养与输液).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed; writes claims.ndjson (settlement order) and labels.json. Money is computed in integer fen
// and written in yuan (CONTRACTS.md: yuan as a JSON number), so every total adds up to the fen.
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CATDIR = path.resolve(opt('--catalogue') || path.join(__dirname, '../base87/rules/catalogue'));
const POLICIES = JSON.parse(fs.readFileSync(path.join(CATDIR, '..', 'benefits', 'policies.json'), 'utf8'));
const GROUPS = {};
if (opt('--groups')) for (const line of fs.readFileSync(opt('--groups'), 'utf8').split('\n')) {
  if (!line.trim()) continue; const g = JSON.parse(line);
  GROUPS[g.claimId] = (g.computed && g.computed.group) || (g.grouping && g.grouping.drg) || null;
}

// ---------- random ----------
let seed = 88088;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue rows ----------
const ROWFILES = ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json',
  'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json',
  'services-dental.json', 'services-imaging-and-lab.json', 'services-palliative-care.json', 'services-rehabilitation.json', 'drugs-cardiology-and-nutrition.json'];
const ROW = {};
for (const f of ROWFILES) { const p = path.join(CATDIR, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!ROW[r.name]) ROW[r.name] = r; }
function row(name) { const r = ROW[name]; if (!r) throw new Error('no catalogue row: ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const randDate = (from, to) => addDays(from, ri(0, Math.round((D(to) - D(from)) / 864e5)));

// ---------- regions, hospitals, doctors ----------
const REGIONS = ['220100', '220200', '230100', '230600', '370100', '370200', '510100', '510700'];
const DEPTS = {
  3: ['general_surgery', 'gastroenterology', 'neurology', 'oncology', 'icu', 'burn', 'geriatrics', 'respiratory', 'cardiology', 'nephrology', 'hepatology', 'obstetrics', 'clinical_nutrition', 'internal_medicine', 'thoracic_surgery', 'orthopaedics'],
  2: ['general_surgery', 'gastroenterology', 'neurology', 'oncology', 'geriatrics', 'respiratory', 'cardiology', 'internal_medicine', 'nephrology', 'icu', 'obstetrics', 'orthopaedics', 'hepatology'],
  1: ['general_practice', 'internal_medicine'],
};
const TITLES = { 3: ['主任医师', '副主任医师', '主治医师', '主治医师'], 2: ['副主任医师', '主治医师', '主治医师', '住院医师'], 1: ['主治医师', '住院医师', '住院医师', '主治医师'] };
const HOS = {}; const DOCTITLE = {};
for (const reg of REGIONS) {
  const list = [];
  [3, 2, 1, 1].forEach((lv, i) => {
    const id = 'H' + reg + String(i + 1).padStart(2, '0');
    const h = { id, region: reg, level: lv, priceFactor: lv === 1 && i === 3 ? 0.95 : 1, docs: {} };
    DEPTS[lv].forEach((dep, di) => { h.docs[dep] = []; for (let k = 0; k < 4; k++) { const doc = 'D' + id.slice(1) + String(di + 1).padStart(2, '0') + k; h.docs[dep].push(doc); DOCTITLE[doc] = TITLES[lv][k]; } });
    list.push(h);
  });
  list.push({ id: 'Y' + reg + '01', region: reg, level: 1, priceFactor: 1, pharmacy: true, docs: { pharmacy: ['D' + reg + '0190', 'D' + reg + '0191'] } });
  list.push({ id: 'Y' + reg + '02', region: reg, level: 1, priceFactor: 1, pharmacy: true, docs: { pharmacy: ['D' + reg + '0290', 'D' + reg + '0291'] } });
  for (const d of ['D' + reg + '0190', 'D' + reg + '0191', 'D' + reg + '0290', 'D' + reg + '0291']) DOCTITLE[d] = '药师';
  HOS[reg] = list;
}
const hosp = (reg, level, n = 0) => HOS[reg].filter((h) => h.level === level && !h.pharmacy)[n] || HOS[reg].filter((h) => !h.pharmacy && h.level === level)[0];
const pharmacy = (reg, n = 0) => HOS[reg].filter((h) => h.pharmacy)[n];
const doctor = (h, dept, k) => { const l = h.docs[dept] || h.docs[Object.keys(h.docs)[0]]; return l[k === undefined ? ri(0, l.length - 1) : k % l.length]; };
const regionFor = () => pick(REGIONS);

// ---------- members ----------
let memSeq = 0;
function member({ age, gender, ins, reg, chronic }) {
  gender = gender || (chance(0.5) ? 'M' : 'F');
  ins = ins || (chance(0.55) ? 'employee' : 'resident');
  const by = 2025 - age; const birthDate = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const retired = ins === 'employee' && age >= (gender === 'M' ? 61 : 56);
  const contributionYears = ins === 'employee' ? (retired ? ri(gender === 'M' ? 31 : 26, 40) : Math.max(1, Math.min(age - 20, ri(3, 30)))) : 0;
  const m = {
    insuredId: 'P88' + String(++memSeq).padStart(6, '0'), gender, birthDate, age, insuranceType: ins, retired, region: reg,
    enrollment: { enrolledOn: ins === 'employee' ? `${Math.max(1995, 2025 - contributionYears)}-01-01` : '2024-12-20', inConcentratedPeriod: true,
      continuousYears: ins === 'employee' ? Math.max(2, contributionYears) : ri(3, 12), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false,
      contributionYears, special: null },
  };
  if (chronic) m.enrollment.chronicDiseases = chronic;
  return m;
}

// ---------- claims ----------
const CLAIMS = [];
function claim(kind, { m, h, dept, doc, adm, los, visitDate, dx, procs, extra }) {
  const c = {
    _h: h, _m: m, _lines: 0,
    claimId: null, region: h.region, insuranceType: m.insuranceType, visitType: kind,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: JSON.parse(JSON.stringify(m.enrollment)),
    provider: { hospitalId: h.id, level: h.level, department: dept, doctorId: doc || doctor(h, dept) },
  };
  if (kind === 'inpatient') { c.admissionDate = adm; c.dischargeDate = addDays(adm, los); c._settle = c.dischargeDate; }
  else { c.visitDate = visitDate; c._settle = visitDate; }
  c.diagnoses = dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (procs || []).map(([code, date]) => ({ code, date }));
  c.reportedGroup = { drg: null, dip: null };
  c.items = [];
  if (extra) Object.assign(c, extra);
  CLAIMS.push(c);
  return c;
}
const dayOf = (c, d) => (c.visitType === 'inpatient' ? addDays(c.admissionDate, d) : c.visitDate);
function add(c, name, d, qty, o = {}) {
  if (!qty) return null;
  const r = row(name); const lv = c._h.level;
  const cap = Math.round(r.priceCap[String(lv)] * 100);
  const unit = o.unitFen !== undefined ? Math.min(o.unitFen, cap) : Math.floor(cap * c._h.priceFactor);
  const code = r.products && r.products.length ? r.products[0] : r.code;
  const li = { lineId: String(++c._lines), code, name: r.name, category: r.category, date: typeof d === 'string' ? d : dayOf(c, d), quantity: qty, _unit: unit, _amt: unit * qty, _row: r };
  if (o.longPrescription) li.longPrescription = true;
  c.items.push(li);
  return li;
}
// a day of infusions: bags are separate infusions (one 组 each), adds are drugs given in a bag or as a push
const BAG = new Set(['氯化钠注射液', '葡萄糖注射液', '葡萄糖氯化钠注射液', '复方氯化钠注射液', '乳酸钠林格注射液', '甲硝唑氯化钠注射液', '左氧氟沙星氯化钠注射液',
  '盐酸莫西沙星氯化钠注射液', '复方氨基酸注射液(18AA)', '脂肪乳注射液(C14～24)', '甘露醇注射液', '人血白蛋白']);
function ivDay(c, d, drugs, o = {}) {
  const lines = []; let groups = 0;
  for (const [n, q] of drugs) { const l = add(c, n, d, q); if (l) lines.push(l); if (BAG.has(n)) groups += q; }
  if (o.groups !== undefined) groups = o.groups;
  const fee = [];
  if (groups > 0) {
    fee.push(add(c, '静脉输液(第一组)', d, 1));
    if (groups > 1) fee.push(add(c, '静脉输液(每增加一组)', d, Math.min(5, groups - 1)));
    fee.push(add(c, o.precision ? '一次性使用精密输液器' : '一次性使用输液器', d, o.sets || 1));
    if (!o.central) add(c, '一次性使用输液贴', d, 1);
  }
  return { lines, fee: fee.filter(Boolean), groups };
}
// inpatient frame: bed, nursing and ward round for each night, admission labs
function frame(c, o = {}) {
  const los = Math.round((D(c.dischargeDate) - D(c.admissionDate)) / 864e5);
  for (let d = 0; d < los; d++) {
    const icu = o.icuDays && d < o.icuDays;
    add(c, icu ? '监护病房床位费' : (o.bed || '普通病房床位费(三人间)'), d, 1);
    if (icu) add(c, '重症监护', d, 24);
    else add(c, o.nursing ? (typeof o.nursing === 'function' ? o.nursing(d) : o.nursing) : 'Ⅱ级护理', d, 1);
    add(c, '住院诊查费', d, 1);
  }
  if (o.labs !== false) admLabs(c, 0, o);
  return los;
}
function admLabs(c, d, o = {}) {
  add(c, '血常规(五分类)', d, 1); add(c, '尿常规', d, 1);
  add(c, '肝功能(全套)', d, 1); add(c, '肾功能(三项)', d, 1); add(c, '电解质(四项)', d, 1);
  if (o.surgical || o.coag) add(c, '凝血四项', d, 1);
  if (o.surgical) add(c, '术前八项(感染筛查)', d, 1);
  add(c, 'C反应蛋白测定', d, 1); add(c, '静脉采血', d, 1);
  add(c, '常规心电图检查', d, 1);
  if (o.chestCT) add(c, '胸部CT平扫', d, 1); else add(c, '胸部X线摄影(正侧位)', d, 1);
}
function recheck(c, d, full) { add(c, '血常规(五分类)', d, 1); add(c, '电解质(四项)', d, 1); if (full) { add(c, '肝功能(全套)', d, 1); add(c, '肾功能(三项)', d, 1); } add(c, '静脉采血', d, 1); }
function cannula(c, d) { add(c, '静脉留置针置管', d, 1); add(c, '一次性使用静脉留置针', d, 1); }
function picc(c, d) { add(c, '经外周静脉置入中心静脉导管术(PICC)', d, 1); add(c, '经外周插管的中心静脉导管(PICC)', d, 1); add(c, '透明敷贴', d, 1); }
function surgery(c, d, opName, hours, extraCons = []) {
  add(c, opName, d, 1); add(c, '全身麻醉', d, hours); add(c, '一次性手术衣及铺单包', d, 1); add(c, '一次性电刀笔', d, 1);
  add(c, '可吸收缝线', d, ri(2, 4)); for (const [n, q] of extraCons) add(c, n, d, q);
  add(c, '枸橼酸芬太尼注射液', d, 2); add(c, '丙泊酚中/长链脂肪乳注射液', d, 2); add(c, '注射用维库溴铵', d, 1);
}
function outpatientConsult(c) {
  const t = DOCTITLE[c.provider.doctorId]; const lv = c._h.level;
  if (c.provider.department === 'general_practice') return add(c, '一般诊疗费', 0, 1);
  if (lv >= 2 && t === '主任医师') return add(c, '主任医师门诊诊察费', 0, 1);
  if (lv >= 2 && t === '副主任医师') return add(c, '副主任医师门诊诊察费', 0, 1);
  return add(c, '普通门诊诊察费', 0, 1);
}
// standard nutrition building blocks
const PN_FULL = [['复方氨基酸注射液(18AA)', 2], ['脂肪乳注射液(C14～24)', 1], ['葡萄糖注射液', 2], ['氯化钾注射液', 3]];
const PN_HALF = [['复方氨基酸注射液(18AA)', 1], ['脂肪乳注射液(C14～24)', 1], ['葡萄糖注射液', 1], ['氯化钾注射液', 2]];
const isPN = (l) => l && (l.name === '复方氨基酸注射液(18AA)' || l.name === '脂肪乳注射液(C14～24)');
function oral(c, d, list) { for (const [n, q] of list) add(c, n, d, q); }

// ---------- cases ----------
const LABELS = [];
let caseSeq = {};
function label(kind, code, name, claims, targets, mutated) {
  caseSeq[code] = (caseSeq[code] || 0) + 1;
  LABELS.push({ _claims: claims, _targets: targets || claims, _mut: mutated || new Map(), caseId: `blind88-${code}-${String(caseSeq[code]).padStart(2, '0')}`, kind, code, name,
    [kind === 'fraud' ? 'typology' : kind === 'control' ? 'control' : 'routine']: code });
}
const mut = () => new Map();
const mark = (M, c, lines) => { const a = M.get(c) || []; for (const l of [].concat(lines)) if (l) a.push(l); M.set(c, a); };
const START = '2025-01-06', END = '2025-11-25';
const elderlyAge = () => ri(72, 91);

// ===================== FRAUD TYPOLOGIES =====================
const T = {};
// T01 超限定支付: PN (amino acids + fat emulsion) for inpatients who eat (no 限定 indication; careful: a secondary 食欲缺乏 coded)
T.T01 = { name: '超限定支付: 肠外营养(氨基酸/脂肪乳)用于能经口进食的患者', gen(i) {
  const reg = regionFor(); const lv = pick([2, 2, 3, 3, 1]); const h = hosp(reg, lv === 1 ? 2 : lv);
  const sc = pick([
    { dx: ['J18.900', 'I10.x00'], dept: 'respiratory', iv: [['注射用头孢曲松钠', 2], ['氯化钠注射液', 1]], oral: [['盐酸氨溴索片', 3]] },
    { dx: ['J44.100', 'I10.x00'], dept: 'respiratory', iv: [['左氧氟沙星氯化钠注射液', 1], ['多索茶碱注射液', 2], ['氯化钠注射液', 1]], oral: [['盐酸氨溴索片', 3]] },
    { dx: ['I63.900', 'I10.x00', 'E11.900'], dept: 'neurology', iv: [['胞磷胆碱钠注射液', 2], ['氯化钠注射液', 1]], oral: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['盐酸二甲双胍片', 3]] },
    { dx: ['N39.000'], dept: 'internal_medicine', iv: [['左氧氟沙星氯化钠注射液', 1]], oral: [] },
    { dx: ['I25.103', 'I10.x00'], dept: 'cardiology', iv: [['氯化钠注射液', 1]], oral: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['单硝酸异山梨酯缓释片', 1]] },
  ]);
  const careful = i >= 10;
  const m = member({ age: ri(55, 86), reg });
  const los = ri(7, 12); const adm = randDate(START, END);
  const dx = careful ? sc.dx.concat(['R63.000']) : sc.dx;
  const c = claim('inpatient', { m, h, dept: sc.dept, adm, los, dx });
  frame(c, { coag: true }); cannula(c, 0); cannula(c, 4);
  const M = mut(); const from = careful ? 1 : 0; const to = careful ? Math.min(los - 1, 6) : los - 1;
  for (let d = 0; d < los; d++) {
    const pn = d >= from && d < to ? (careful ? [['复方氨基酸注射液(18AA)', 1], ['脂肪乳注射液(C14～24)', 1]] : [['复方氨基酸注射液(18AA)', 2], ['脂肪乳注射液(C14～24)', 1]]) : [];
    const r = ivDay(c, d, sc.iv.concat(pn));
    mark(M, c, r.lines.filter(isPN));
    oral(c, d, sc.oral);
  }
  recheck(c, Math.floor(los / 2));
  return [[c], [c], M];
} };
// T02 PN and EN at full dose together for the whole stay (no taper)
T.T02 = { name: '过度诊疗: 肠外与肠内营养全量同时使用(无过渡减量)', gen(i) {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3]));
  const sc = pick([{ dx: ['I63.900', 'R13.x00', 'I10.x00'], dept: 'neurology' }, { dx: ['I61.900', 'R13.x00'], dept: 'neurology' }, { dx: ['C15.900', 'R13.x00'], dept: 'oncology' }, { dx: ['J18.900', 'R13.x00', 'F03.x00'], dept: 'geriatrics' }]);
  const m = member({ age: ri(62, 88), reg }); const los = ri(10, 16); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: sc.dept, adm, los, dx: sc.dx, procs: [['96.0700', adm]] });
  frame(c, { nursing: 'Ⅰ级护理' }); add(c, '鼻饲管置管', 0, 1); add(c, '一次性使用胃管', 0, 1);
  const careful = i >= 10; const M = mut();
  for (let d = 0; d < los; d++) {
    // days 0-1: PN while the tube feeding starts (legitimate); from day 2 PN and EN both at full dose to discharge
    const pn = d < 2 ? PN_FULL : careful ? PN_HALF : PN_FULL;
    const r = ivDay(c, d, pn.concat([['氯化钠注射液', 1]]).concat(sc.dept === 'neurology' && d < 14 ? [['胞磷胆碱钠注射液', 2]] : []), { precision: true });
    if (d >= 1) { add(c, '肠内营养乳剂(TPF)', d, d === 1 ? 1 : 2); add(c, '鼻饲(注食)', d, 4); }
    if (d >= 2) mark(M, c, r.lines.filter(isPN));
  }
  cannula(c, 0); cannula(c, 4); cannula(c, 8); recheck(c, 5); recheck(c, 10, true);
  return [[c], [c], M];
} };
// T03 routine amino acids + fat emulsion after minor surgery: one surgeon's series
T.T03 = { name: '超限定支付/过度诊疗: 小手术后常规使用氨基酸与脂肪乳(同一术者系列)', gen(i) {
  const reg = regionFor(); const h = hosp(reg, pick([2, 2, 3])); const doc = doctor(h, 'general_surgery');
  const ops = [
    { dx: ['K80.101'], proc: '51.2300', op: '腹腔镜下胆囊切除术', cons: [['一次性腹腔镜穿刺器', 1], ['止血夹(结扎夹)', 3]] },
    { dx: ['K35.800x001'], proc: '47.0100', op: '腹腔镜下阑尾切除术', cons: [['一次性腹腔镜穿刺器', 1], ['止血夹(结扎夹)', 2]] },
    { dx: ['K40.900'], proc: '53.0201', op: '腹股沟疝修补术', cons: [['疝修补补片', 1]] },
  ];
  const n = i < 10 ? 3 : 2; const start = randDate(START, '2025-10-01'); const claims = []; const M = mut();
  for (let k = 0; k < n; k++) {
    const o = ops[(i + k) % 3]; const m = member({ age: ri(30, 70), reg }); const los = ri(4, 6); const adm = addDays(start, k * ri(5, 12));
    const c = claim('inpatient', { m, h, dept: 'general_surgery', doc, adm, los, dx: o.dx, procs: [[o.proc, addDays(adm, 1)]] });
    frame(c, { surgical: true, nursing: (d) => (d <= 1 ? 'Ⅰ级护理' : 'Ⅱ级护理') }); cannula(c, 0);
    surgery(c, 1, o.op, 2, o.cons);
    const pdays = i < 10 ? 3 : 2;
    for (let d = 1; d < los; d++) {
      const pn = d >= 1 && d < 1 + pdays ? (i < 10 ? [['复方氨基酸注射液(18AA)', 2], ['脂肪乳注射液(C14～24)', 1]] : [['复方氨基酸注射液(18AA)', 1], ['脂肪乳注射液(C14～24)', 1]]) : [];
      const r = ivDay(c, d, [['注射用头孢呋辛钠', 2], ['氯化钠注射液', 1], ['葡萄糖氯化钠注射液', d <= 2 ? 1 : 0]].concat(pn));
      mark(M, c, r.lines.filter(isPN));
      if (d >= 2) add(c, '换药(小)', d, 1);
    }
    recheck(c, 2); claims.push(c);
  }
  return [claims, claims, M];
} };
// T04 串换: 特医食品/protein powder sold and billed as 整蛋白型肠内营养剂 to members who eat normally
T.T04 = { name: '串换: 特医食品/蛋白粉以肠内营养剂名义结算(药店与门诊, 连续数月)', gen(i) {
  const reg = regionFor(); const m = member({ age: ri(66, 85), reg });
  const careful = i >= 10; const claims = []; const M = mut(); const start = randDate(START, '2025-08-20');
  const ph = pharmacy(reg, i % 2); const h = hosp(reg, 2);
  for (let k = 0; k < 3; k++) {
    const date = addDays(start, k * ri(26, 33));
    let c;
    if (!careful) {
      c = claim('pharmacy', { m, h: ph, dept: 'pharmacy', doc: doctor(ph, 'pharmacy'), visitDate: date, dx: [pick(['I10.x00', 'E11.900', 'M81.000', 'K29.500'])] });
      if (c.diagnoses[0].code === 'I10.x00') add(c, '苯磺酸氨氯地平片', 0, 28);
      if (c.diagnoses[0].code === 'E11.900') add(c, '盐酸二甲双胍片', 0, 84);
      mark(M, c, add(c, '整蛋白型肠内营养剂(粉剂)', 0, ri(4, 8)));
    } else {
      c = claim('outpatient', { m, h, dept: 'gastroenterology', visitDate: date, dx: ['E46.x00', 'K29.500'] });
      outpatientConsult(c); mark(M, c, add(c, '整蛋白型肠内营养剂(粉剂)', 0, ri(5, 9)));
      add(c, '复合维生素B片', 0, 42);
    }
    claims.push(c);
  }
  return [claims, claims, M];
} };
// T05 nutrition monitoring labs every day (stand-in for 营养风险筛查 billed daily): 过度检查/重复收费
T.T05 = { name: '过度检查: 营养监测检验每日重复(稳定期管饲患者)', gen(i) {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3]));
  const m = member({ age: ri(65, 88), reg }); const los = ri(12, 16); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: pick(['neurology', 'geriatrics']), adm, los, dx: [pick(['I63.900', 'I69.300']), 'R13.x00', 'I10.x00'], procs: [['96.0700', adm]] });
  frame(c, { nursing: 'Ⅰ级护理' }); add(c, '鼻饲管置管', 0, 1); add(c, '一次性使用胃管', 0, 1);
  const careful = i >= 10; const M = mut();
  for (let d = 0; d < los; d++) {
    add(c, '肠内营养乳剂(TPF)', d, 2); add(c, '鼻饲(注食)', d, 4); oral(c, d, [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1]]);
    if (d >= 1 && (!careful || d % 2 === 0) && d !== 7) {
      const ls = [add(c, '肝功能(全套)', d, 1), add(c, '电解质(四项)', d, 1), add(c, '血常规(五分类)', d, 1), add(c, '肾功能(三项)', d, 1), add(c, '静脉采血', d, 1)];
      if (!careful) ls.push(add(c, 'C反应蛋白测定', d, 1));
      mark(M, c, ls);
    }
  }
  recheck(c, 7, true);
  for (let d = 0; d < Math.min(los, 10); d++) ivDay(c, d, [['氯化钠注射液', 1], ['胞磷胆碱钠注射液', 2]]);
  cannula(c, 0); cannula(c, 4);
  return [[c], [c], M];
} };
// T06 albumin on normal levels (no 限定 indication; careful: a fitted 腹水 code without any imaging, diuretic or liver test)
T.T06 = { name: '超限定支付: 人血白蛋白用于无低蛋白适应证的患者', gen(i) {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const careful = i >= 10;
  const sc = pick([
    { dx: ['S72.101', 'I10.x00'], dept: 'orthopaedics', proc: '81.5201', op: '人工股骨头置换术', cons: [['人工股骨头假体', 1]] },
    { dx: ['J18.900', 'J44.100'], dept: 'respiratory' },
    { dx: ['K80.101'], dept: 'general_surgery', proc: '51.2300', op: '腹腔镜下胆囊切除术', cons: [['一次性腹腔镜穿刺器', 1], ['止血夹(结扎夹)', 3]] },
    { dx: ['I63.900', 'I10.x00'], dept: 'neurology' },
  ]);
  const m = member({ age: ri(60, 88), reg }); const los = ri(8, 12); const adm = randDate(START, END);
  const dx = careful ? sc.dx.concat(['R18.x00']) : sc.dx;
  const c = claim('inpatient', { m, h, dept: sc.dept, adm, los, dx, procs: sc.proc ? [[sc.proc, addDays(adm, 2)]] : [] });
  frame(c, { surgical: !!sc.op, coag: true });
  if (careful) { /* the careful version bills no 肝功能 at all: drop it from the admission labs */ c.items = c.items.filter((l) => l.name !== '肝功能(全套)'); }
  if (sc.op) surgery(c, 2, sc.op, 2, sc.cons);
  cannula(c, 0); cannula(c, 4); const M = mut();
  const aFrom = sc.op ? 3 : 1; const aDays = ri(3, 6);
  for (let d = 0; d < los; d++) {
    const drugs = [['氯化钠注射液', 1], [sc.dept === 'respiratory' ? '注射用头孢曲松钠' : '注射用头孢呋辛钠', 2]];
    if (d >= aFrom && d < aFrom + aDays) drugs.push(['人血白蛋白', careful ? 1 : 2]);
    const r = ivDay(c, d, drugs);
    mark(M, c, r.lines.filter((l) => l.name === '人血白蛋白'));
  }
  if (!careful) recheck(c, 4, true); else recheck(c, 4);
  return [[c], [c], M];
} };
// T07 infusion groups billed beyond the bags given (虚记输液组数)
T.T07 = { name: '虚记: 静脉输液组数超过实际输注药品', gen(i) {
  const reg = regionFor(); const lv = pick([1, 2, 2, 3]); const h = hosp(reg, lv); const careful = i >= 10;
  const sc = pick([{ dx: ['J18.900'], dept: lv === 1 ? 'internal_medicine' : 'respiratory', ab: '注射用头孢曲松钠' }, { dx: ['A09.000', 'E86.x01'], dept: lv === 1 ? 'internal_medicine' : 'gastroenterology', ab: '左氧氟沙星氯化钠注射液' }, { dx: ['N39.000'], dept: 'internal_medicine', ab: '左氧氟沙星氯化钠注射液' }]);
  const m = member({ age: ri(40, 85), reg }); const los = ri(6, 10); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: sc.dept, adm, los, dx: sc.dx });
  frame(c); cannula(c, 0); cannula(c, 4); const M = mut();
  for (let d = 0; d < los; d++) {
    const drugs = sc.ab === '注射用头孢曲松钠' ? [['注射用头孢曲松钠', 2], ['氯化钠注射液', 1]] : [[sc.ab, 1]];
    if (d < 3) drugs.push(['葡萄糖氯化钠注射液', 1]);
    const real = drugs.filter(([n]) => BAG.has(n)).reduce((s, [, q]) => s + q, 0);
    const billed = careful ? real + 2 : real + ri(3, 4);
    const r = ivDay(c, d, drugs, { groups: billed, sets: careful ? 1 : ri(2, 3) });
    mark(M, c, r.fee.filter((l) => l.name === '静脉输液(每增加一组)' || (!careful && l.name === '一次性使用输液器')));
  }
  recheck(c, 3);
  return [[c], [c], M];
} };
// T08 配置费 billed for infusions that need no compounding (nutrition stays of cancer patients; careful: more groups than chemo drugs)
T.T08 = { name: '违规收费: 化疗药物配置费用于无需配置的营养液/普通输液', gen(i) {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const careful = i >= 10;
  const m = member({ age: ri(50, 80), reg }); const los = ri(7, 11); const adm = randDate(START, END);
  const ca = pick(['C16.900', 'C18.700', 'C25.000', 'C15.900']);
  const dx = careful ? [ 'Z51.100', ca, 'R64.x00'] : [ca, 'R64.x00', 'E43.x00'];
  const c = claim('inpatient', { m, h, dept: 'oncology', adm, los, dx });
  frame(c); picc(c, 0); const M = mut();
  for (let d = 0; d < los; d++) {
    const drugs = PN_FULL.slice();
    if (careful && d === 1) { drugs.push(['注射用奥沙利铂', 1], ['亚叶酸钙注射液', 2], ['盐酸昂丹司琼注射液', 1]); }
    const r = ivDay(c, d, drugs, { precision: true, central: true });
    if (careful && d === 1) mark(M, c, add(c, '化疗药物配置', d, 3));
    else if (d >= 1) mark(M, c, add(c, '化疗药物配置', d, careful ? 1 : 2));
    if (d % 7 === 6) add(c, '经外周静脉置入中心静脉导管维护(PICC维护)', d, 1);
  }
  recheck(c, 4, true); add(c, '肿瘤标志物(CEA)测定', 0, 1);
  return [[c], [c], M];
} };
// T09 辅助营养 on every elderly stay: one doctor codes 心力衰竭/食欲缺乏 to fit 左卡尼汀 and amino acids
T.T09 = { name: '超限定支付: 老年住院常规辅助营养(左卡尼汀+氨基酸)并套用适应证编码', gen(i) {
  const reg = regionFor(); const h = hosp(reg, 2); const dept = pick(['geriatrics', 'internal_medicine']); const doc = doctor(h, dept);
  const claims = []; const M = mut(); const start = randDate(START, '2025-09-15'); const n = i < 8 ? 3 : 2;
  for (let k = 0; k < n; k++) {
    const m = member({ age: elderlyAge(), reg }); const los = ri(7, 10); const adm = addDays(start, k * ri(6, 15));
    const base = pick([['J18.900'], ['J44.100'], ['I63.900'], ['I10.x00', 'E11.900']]);
    const c = claim('inpatient', { m, h, dept, doc, adm, los, dx: base.concat(['I50.900', 'R63.000']) });
    frame(c); cannula(c, 0); cannula(c, 4);
    for (let d = 0; d < los; d++) {
      const drugs = [['氯化钠注射液', 1], ['左卡尼汀注射液', 1], ['复方氨基酸注射液(18AA)', 1]];
      if (base[0] === 'J18.900' || base[0] === 'J44.100') drugs.push(['注射用头孢曲松钠', 2]);
      const r = ivDay(c, d, drugs);
      mark(M, c, r.lines.filter((l) => l.name === '左卡尼汀注射液' || l.name === '复方氨基酸注射液(18AA)'));
      oral(c, d, [['苯磺酸氨氯地平片', 1]]);
    }
    recheck(c, 4); claims.push(c);
  }
  return [claims, claims, M];
} };
// T10 低标准入院: admitted to a level-1 hospital for "nutrition infusions" a clinic could give
T.T10 = { name: '低标准入院: 一级医院以营养不良收住院仅输注葡萄糖/氨基酸', gen(i) {
  const reg = regionFor(); const h = hosp(reg, 1, i % 2); const careful = i >= 10;
  const m = member({ age: ri(68, 88), reg, ins: chance(0.7) ? 'resident' : 'employee' }); const los = ri(6, 9); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: pick(['general_practice', 'internal_medicine']), adm, los, dx: careful ? ['E46.x00', 'I10.x00'] : [pick(['E46.x00', 'R63.000'])] });
  frame(c, { nursing: 'Ⅲ级护理', labs: false });
  add(c, '血常规(五分类)', 0, 1); add(c, '静脉采血', 0, 1);
  if (careful) { add(c, '肝功能(全套)', 0, 1); add(c, '电解质(四项)', 0, 1); add(c, '常规心电图检查', 0, 1); }
  cannula(c, 0);
  for (let d = 0; d < los; d++) {
    ivDay(c, d, [['葡萄糖注射液', 1], ['复方氨基酸注射液(18AA)', 1]]);
    if (careful) oral(c, d, [['复合维生素B片', 3], ['苯磺酸氨氯地平片', 1]]);
  }
  return [[c], [c], new Map()];
} };
// T11 分解住院: a PN stay split into two admissions at the same hospital
T.T11 = { name: '分解住院: 肠外营养住院拆分为两次入院', gen(i) {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const careful = i >= 10;
  const sc = pick([{ dx: ['K85.101'], dept: 'gastroenterology', dx2: careful ? ['K86.100', 'E44.000'] : ['K85.101'] }, { dx: ['C16.900', 'R64.x00'], dept: 'oncology', dx2: careful ? ['E43.x00', 'C16.900'] : ['C16.900', 'R64.x00'] }, { dx: ['K56.700'], dept: 'general_surgery', dx2: careful ? ['K56.701', 'E44.000'] : ['K56.700'] }]);
  const m = member({ age: ri(45, 80), reg }); const doc = doctor(h, sc.dept);
  const adm1 = randDate(START, '2025-10-20'); const los1 = ri(8, 11); const gap = careful ? ri(6, 12) : ri(1, 4); const los2 = ri(6, 9);
  const mk = (adm, los, dx, first) => {
    const c = claim('inpatient', { m, h, dept: sc.dept, doc, adm, los, dx });
    frame(c, { coag: first }); cannula(c, 0); cannula(c, 4);
    for (let d = 0; d < los; d++) ivDay(c, d, (first && d < 4 ? PN_FULL : PN_HALF).concat(d < 5 && first ? [['注射用泮托拉唑钠', 2], ['氯化钠注射液', 1]] : []), { precision: true });
    if (!first) recheck(c, 0); else recheck(c, 4, true);
    return c;
  };
  const c1 = mk(adm1, los1, sc.dx, true); const c2 = mk(addDays(c1.dischargeDate, gap), los2, sc.dx2, false);
  return [[c1, c2], [c2], new Map()];
} };
// T12 超量开药/倒卖: enteral nutrition emulsion collected from several hospitals within weeks
T.T12 = { name: '超量开药: 肠内营养乳剂多院重复开具(累计远超日需量)', gen(i) {
  const reg = regionFor(); const careful = i >= 10;
  const m = member({ age: ri(55, 82), reg });
  const dx = pick([['C15.900', 'R13.x00'], ['I69.300', 'R13.x00'], ['C32.900', 'R13.x00']]);
  const hs = [hosp(reg, 3), hosp(reg, 2), hosp(reg, 1, 0)]; const start = randDate(START, '2025-10-15');
  const claims = []; const M = mut(); const n = careful ? 3 : ri(2, 3);
  for (let k = 0; k < n; k++) {
    const h = hs[k]; const dept = h.level === 1 ? 'general_practice' : (dx[0].startsWith('C') ? 'oncology' : 'neurology');
    const c = claim('outpatient', { m, h, dept, visitDate: addDays(start, k * ri(3, 7)), dx });
    outpatientConsult(c);
    mark(M, c, add(c, '肠内营养乳剂(TPF)', 0, careful ? 28 : ri(40, 60)));
    claims.push(c);
  }
  return [claims, claims, M];
} };
// T13 冒名就医: the member's card used elsewhere while the member is an inpatient
T.T13 = { name: '冒名就医: 住院期间他院同时发生营养类就诊结算', gen(i) {
  const reg = regionFor(); const m = member({ age: ri(55, 85), reg });
  const hA = hosp(reg, 3); const los = ri(8, 13); const adm = randDate(START, END);
  const cA = claim('inpatient', { m, h: hA, dept: 'gastroenterology', adm, los, dx: ['K85.101'] });
  frame(cA, { coag: true }); cannula(cA, 0); cannula(cA, 4);
  for (let d = 0; d < los; d++) ivDay(cA, d, (d < 5 ? [['注射用泮托拉唑钠', 2], ['氯化钠注射液', 2]] : [['氯化钠注射液', 1]]).concat(d < 7 ? PN_FULL : []), { precision: true });
  recheck(cA, 3, true);
  const when = addDays(adm, ri(2, los - 2)); let cB;
  if (i < 8) {
    const hB = hosp(reg, 1, i % 2);
    cB = claim('outpatient', { m, h: hB, dept: 'general_practice', visitDate: when, dx: [pick(['E46.x00', 'R63.000'])] });
    outpatientConsult(cB); add(cB, '整蛋白型肠内营养剂(粉剂)', 0, ri(3, 6));
  } else if (i < 11) {
    const ph = pharmacy(reg, i % 2);
    cB = claim('pharmacy', { m, h: ph, dept: 'pharmacy', doc: doctor(ph, 'pharmacy'), visitDate: when, dx: ['R63.000'] });
    add(cB, '肠内营养乳剂(TPF)', 0, ri(12, 24));
  } else {
    const hB = hosp(reg, 1, i % 2); const l2 = ri(4, 6);
    cB = claim('inpatient', { m, h: hB, dept: 'internal_medicine', adm: when, los: l2, dx: ['E46.x00'] });
    frame(cB, { nursing: 'Ⅲ级护理' }); cannula(cB, 0);
    for (let d = 0; d < l2; d++) ivDay(cB, d, [['葡萄糖注射液', 1], ['复方氨基酸注射液(18AA)', 1]]);
  }
  return [[cA, cB], [cB], new Map()];
} };
// T14 诱导住院: a batch of elderly residents admitted together for "营养液" with identical orders
T.T14 = { name: '诱导住院: 一级医院批量收治老年居民输注营养液(同日同医嘱)', gen(i) {
  const reg = regionFor(); const h = hosp(reg, 1, i % 2); const doc = doctor(h, 'internal_medicine');
  const adm = randDate(START, END); const los = ri(5, 8); const n = i < 10 ? 4 : 3; const claims = [];
  const careful = i >= 10;
  for (let k = 0; k < n; k++) {
    const m = member({ age: ri(70, 86), reg, ins: 'resident' });
    const dx = careful ? [pick(['I69.300', 'I10.x00', 'E11.900', 'J44.900']), 'R63.000'] : ['E46.x00'];
    const a = careful ? addDays(adm, k % 2) : adm;
    const c = claim('inpatient', { m, h, dept: 'internal_medicine', doc, adm: a, los, dx });
    frame(c, { nursing: 'Ⅲ级护理', labs: false }); add(c, '血常规(五分类)', 0, 1); add(c, '静脉采血', 0, 1); add(c, '常规心电图检查', 0, 1);
    cannula(c, 0);
    for (let d = 0; d < los; d++) ivDay(c, d, [['葡萄糖注射液', 1], ['复方氨基酸注射液(18AA)', 1], ['氯化钾注射液', 1]]);
    claims.push(c);
  }
  return [claims, claims, new Map()];
} };
// T15 虚记: enteral nutrition billed on days the patient is nil by mouth with gastric decompression
T.T15 = { name: '虚记: 胃肠减压禁食期间记肠内营养', gen(i) {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const careful = i >= 10;
  const m = member({ age: ri(45, 85), reg }); const los = ri(8, 12); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: 'general_surgery', adm, los, dx: [pick(['K56.700', 'K56.701', 'K56.000'])], procs: [['96.0700', adm]] });
  frame(c, { coag: true }); add(c, '一次性使用胃管', 0, 1); cannula(c, 0); cannula(c, 4); add(c, '腹部CT平扫', 0, 1);
  const npo = ri(4, 6); const M = mut();
  for (let d = 0; d < los; d++) {
    ivDay(c, d, (d < npo ? PN_FULL : PN_HALF.slice(0, 1)).concat([['甲硝唑氯化钠注射液', d < 6 ? 2 : 0], ['注射用头孢呋辛钠', d < 6 ? 2 : 0], ['氯化钠注射液', 1]]));
    if (d < npo) add(c, '胃肠减压', d, 1);
    if (d >= 1 && d < npo) { mark(M, c, add(c, '肠内营养乳剂(TPF)', d, careful ? 1 : 2)); if (careful) mark(M, c, add(c, '鼻饲(注食)', d, 3)); }
    if (d >= npo) add(c, '肠内营养乳剂(TPF)', d, 1);
  }
  recheck(c, 3); add(c, '一次性使用引流袋', 0, 1);
  return [[c], [c], M];
} };

// ===================== CONTROLS =====================
const C = {};
C.C01 = { name: '短肠综合征长期肠外营养(经PICC, 30天左右)', gen() {
  const reg = regionFor(); const h = hosp(reg, 3); const m = member({ age: ri(30, 70), reg }); const los = ri(24, 35); const adm = randDate(START, '2025-10-20');
  const c = claim('inpatient', { m, h, dept: 'gastroenterology', adm, los, dx: ['K91.201', 'E43.x00', 'E87.600'], procs: [['99.1501', adm]] });
  frame(c, { coag: true }); picc(c, 1);
  for (let d = 0; d < los; d++) { ivDay(c, d, PN_FULL.concat(d < 5 ? [['氯化钠注射液', 1]] : []), { precision: true, central: d >= 1 }); if (d % 7 === 6) add(c, '经外周静脉置入中心静脉导管维护(PICC维护)', d, 1); if (d % 4 === 2) recheck(c, d, d % 8 === 2); }
  add(c, '腹部B超', 1, 1); add(c, '蒙脱石散', 0, 3);
  return [c];
} };
C.C02 = { name: '胃癌根治术后肠外营养向肠内营养过渡(减量重叠2-3天)', gen() {
  const reg = regionFor(); const h = hosp(reg, 3); const m = member({ age: ri(48, 78), reg }); const los = ri(11, 15); const adm = randDate(START, END);
  const proc = pick(['43.7x00x001', '43.9901', '43.6x01']);
  const c = claim('inpatient', { m, h, dept: 'general_surgery', adm, los, dx: ['C16.900'], procs: [[proc, addDays(adm, 2)], ['96.0800x004', addDays(adm, 2)]] });
  frame(c, { surgical: true, nursing: (d) => (d >= 2 && d <= 4 ? 'Ⅰ级护理' : 'Ⅱ级护理'), chestCT: true });
  surgery(c, 2, '胃大部切除术', 4, [['一次性使用吻合器', 2], ['可吸收止血材料(止血纱布/明胶海绵)', 1]]); cannula(c, 0); cannula(c, 4); cannula(c, 8);
  add(c, '腹部CT平扫', 0, 1); add(c, '肿瘤标志物(CEA)测定', 0, 1); add(c, '病理检查(常规石蜡切片)', 2, 1);
  for (let d = 2; d < los; d++) {
    const k = d - 3; // post-op day
    const pn = k < 3 ? PN_FULL : k < 5 ? PN_HALF : k < 6 ? [['复方氨基酸注射液(18AA)', 1]] : [];
    ivDay(c, d, pn.concat(d <= 5 ? [['注射用头孢呋辛钠', 2], ['氯化钠注射液', 1]] : []), { precision: pn.length > 0 });
    const en = k < 2 ? 0 : k < 4 ? 1 : 2; if (en) add(c, '肠内营养乳剂(TPF)', d, en);
    if (d <= 5) add(c, '胃肠减压', d, 1);
    if (d >= 4) add(c, '换药(中)', d, 1);
  }
  recheck(c, 4, true); recheck(c, 8);
  return [c];
} };
C.C03 = { name: '脑梗死吞咽障碍长期鼻饲肠内营养(数周)', gen() {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const m = member({ age: ri(62, 88), reg }); const los = ri(18, 28); const adm = randDate(START, '2025-10-25');
  const c = claim('inpatient', { m, h, dept: 'neurology', adm, los, dx: ['I63.900', 'R13.x00', 'I10.x00'], procs: [['96.0700', adm]] });
  frame(c, { nursing: (d) => (d < 7 ? 'Ⅰ级护理' : 'Ⅱ级护理') }); add(c, '头颅MRI平扫', 1, 1); add(c, '颈部血管彩色多普勒超声', 2, 1);
  add(c, '鼻饲管置管', 0, 1); add(c, '一次性使用胃管', 0, 1); if (los > 16) { add(c, '鼻饲管置管', 15, 1); add(c, '一次性使用胃管', 15, 1); }
  cannula(c, 0); cannula(c, 4); cannula(c, 8);
  for (let d = 0; d < los; d++) {
    add(c, '肠内营养乳剂(TPF)', d, d === 0 ? 1 : 2); add(c, '鼻饲(注食)', d, 4); oral(c, d, [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1]]);
    if (d < 12) ivDay(c, d, [['氯化钠注射液', 1], ['胞磷胆碱钠注射液', 2]]);
    if (d >= 3) add(c, '吞咽功能障碍训练', d, 1);
    if (d % 7 === 3) recheck(c, d, true);
  }
  return [c];
} };
C.C04 = { name: '晚期肿瘤恶病质有营养风险记录的补充性肠外营养', gen() {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const m = member({ age: ri(50, 82), reg }); const los = ri(9, 14); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: 'oncology', adm, los, dx: [pick(['C25.000', 'C16.900', 'C15.900']), 'R64.x00', 'E43.x00'] });
  frame(c, { coag: true }); add(c, '腹部CT平扫', 1, 1); add(c, '肿瘤标志物(CEA)测定', 0, 1); add(c, '糖类抗原19-9(CA19-9)测定', 0, 1);
  picc(c, 1);
  for (let d = 0; d < los; d++) { ivDay(c, d, (d < 5 ? PN_FULL : PN_HALF), { precision: true, central: d >= 1 }); if (d >= 4) add(c, '整蛋白型肠内营养剂(粉剂)', d, 1); if (d < 6) add(c, '盐酸甲氧氯普胺注射液', d, 2); }
  add(c, '经外周静脉置入中心静脉导管维护(PICC维护)', 7, 1); recheck(c, 4, true); recheck(c, 9);
  return [c];
} };
C.C05 = { name: '大面积烧伤高代谢期白蛋白+肠外+肠内营养', gen() {
  const reg = regionFor(); const h = hosp(reg, 3); const m = member({ age: ri(25, 65), reg }); const los = ri(20, 30); const adm = randDate(START, '2025-10-20');
  const c = claim('inpatient', { m, h, dept: 'burn', adm, los, dx: [pick(['T31.300', 'T31.400']), 'T21.200', 'T22.200'], procs: [['86.2202', addDays(adm, 4)], ['86.6902', addDays(adm, 10)]], extra: { admissionRoute: 'emergency' } });
  frame(c, { icuDays: 5, nursing: 'Ⅰ级护理', coag: true }); picc(c, 0);
  for (let d = 0; d < los; d++) {
    const drugs = (d < 7 ? PN_FULL : PN_HALF).concat(d < 10 ? [['人血白蛋白', d < 4 ? 2 : 1]] : []).concat(d < 12 ? [['注射用哌拉西林钠他唑巴坦钠', 3], ['氯化钠注射液', 2]] : []).concat(d < 3 ? [['乳酸钠林格注射液', 4]] : []);
    ivDay(c, d, drugs, { precision: true, central: true });
    if (d >= 2) add(c, '肠内营养乳剂(TPF)', d, d < 5 ? 1 : 2);
    if (d >= 1) add(c, '换药(中)', d, 1);
    if (d % 3 === 0) recheck(c, d, d % 6 === 0);
  }
  surgery(c, 4, '清创术', 2); surgery(c, 10, '游离皮片移植术(植皮术)', 3); add(c, '银离子抗菌敷料', 5, 4); add(c, '银离子抗菌敷料', 11, 4);
  return [c];
} };
C.C06 = { name: '重症急性胰腺炎: ICU内早期每日监测, 肠外营养转鼻空肠管肠内营养', gen() {
  const reg = regionFor(); const h = hosp(reg, 3); const m = member({ age: ri(35, 72), reg }); const los = ri(16, 24); const adm = randDate(START, '2025-10-25');
  const c = claim('inpatient', { m, h, dept: 'icu', adm, los, dx: [pick(['K85.102', 'K85.202']), 'E87.600'], procs: [['96.0800x004', addDays(adm, 5)]], extra: { admissionRoute: 'emergency' } });
  frame(c, { icuDays: 7, nursing: 'Ⅰ级护理' }); add(c, '腹部CT平扫', 0, 1); add(c, 'CT增强扫描(加收)', 0, 1); add(c, '腹部CT平扫', 8, 1); picc(c, 1);
  for (let d = 0; d < los; d++) {
    const pn = d < 3 ? [] : d < 9 ? PN_FULL : d < 12 ? PN_HALF : [];
    ivDay(c, d, pn.concat(d < 7 ? [['注射用泮托拉唑钠', 2], ['乳酸钠林格注射液', 3], ['注射用美罗培南', 3]] : [['氯化钠注射液', 1]]), { precision: true, central: d >= 1 });
    if (d < 6) { add(c, '电解质(四项)', d, 1); add(c, '血气分析', d, 2); add(c, '血常规(五分类)', d, 1); add(c, '静脉采血', d, 1); if (d > 0) add(c, '肝功能(全套)', d, 1); }
    if (d >= 6) add(c, '肠内营养乳剂(TPF)', d, d < 9 ? 1 : 2);
    if (d < 8) add(c, '胃肠减压', d, 1);
    if (d >= 8 && d % 4 === 0) recheck(c, d, true);
  }
  return [c];
} };
C.C07 = { name: '肝硬化腹水输注人血白蛋白并利尿', gen() {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const m = member({ age: ri(45, 78), reg }); const los = ri(9, 14); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: 'hepatology', adm, los, dx: ['K74.600', 'R18.x00', 'B18.100'] });
  frame(c, { coag: true }); add(c, '腹部B超', 0, 1); add(c, '腹部B超', 7, 1); cannula(c, 0); cannula(c, 4);
  for (let d = 0; d < los; d++) {
    ivDay(c, d, (d < 6 ? [['人血白蛋白', 1]] : []).concat([['氯化钠注射液', 1], ['注射用还原型谷胱甘肽', 2]]).concat(d < 3 ? [['呋塞米注射液', 2]] : []));
    oral(c, d, [['螺内酯片', 2], ['呋塞米片', 1], ['恩替卡韦分散片', 1]]);
  }
  recheck(c, 3, true); recheck(c, 8, true);
  return [c];
} };
C.C08 = { name: '肾病综合征重度水肿输注白蛋白联合利尿', gen() {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const m = member({ age: ri(18, 70), reg }); const los = ri(10, 15); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: 'nephrology', adm, los, dx: [pick(['N04.200x001', 'N04.001', 'N04.100'])] });
  frame(c, { coag: true }); add(c, '泌尿系B超', 1, 1); add(c, '血脂(四项)', 0, 1); cannula(c, 0); cannula(c, 4);
  for (let d = 0; d < los; d++) {
    ivDay(c, d, (d < 5 ? [['人血白蛋白', 1], ['呋塞米注射液', 2]] : []).concat(d < 7 ? [['注射用甲泼尼龙琥珀酸钠', 1], ['氯化钠注射液', 1]] : []));
    if (d >= 7) oral(c, d, [['醋酸泼尼松片', 8]]);
    oral(c, d, [['厄贝沙坦片', 1]]);
  }
  recheck(c, 4, true); recheck(c, 9, true); add(c, '尿常规', 5, 1);
  return [c];
} };
C.C09 = { name: '脓毒性休克ICU多通路输液(输液组数多但与药品一致)', gen() {
  const reg = regionFor(); const h = hosp(reg, 3); const m = member({ age: ri(45, 85), reg }); const los = ri(9, 15); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: 'icu', adm, los, dx: ['A41.900', 'R57.200', 'J18.900'], extra: { admissionRoute: 'emergency' } });
  frame(c, { icuDays: 6, nursing: 'Ⅰ级护理', coag: true, chestCT: true }); add(c, '深静脉穿刺置管术', 0, 1);
  for (let d = 0; d < los; d++) {
    const drugs = d < 6
      ? [['注射用美罗培南', 3], ['氯化钠注射液', 3], ['乳酸钠林格注射液', 2], ['复方氯化钠注射液', 1], ['重酒石酸去甲肾上腺素注射液', d < 3 ? 4 : 0], ['人血白蛋白', d < 3 ? 1 : 0], ['注射用泮托拉唑钠', 2]]
      : [['注射用哌拉西林钠他唑巴坦钠', 3], ['氯化钠注射液', 3]];
    ivDay(c, d, drugs, { central: true, sets: d < 6 ? 3 : 1 });
    if (d < 6) { add(c, '血气分析', d, 3); add(c, '血乳酸测定', d, 2); add(c, '电解质(四项)', d, 1); add(c, '血常规(五分类)', d, 1); add(c, '静脉采血', d, 1); }
    if (d === 0 || d === 3) { add(c, '降钙素原测定', d, 1); add(c, '细菌培养及药敏', d, 1); }
  }
  return [c];
} };
C.C10 = { name: '化疗周期住院: 配置费组数与静脉化疗药一致', gen() {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const m = member({ age: ri(40, 75), reg }); const los = ri(4, 6); const adm = randDate(START, END);
  const reg2 = pick([{ ca: 'C18.700', drugs: [['注射用奥沙利铂', 1]], also: [['亚叶酸钙注射液', 2]] }, { ca: 'C34.100', drugs: [['紫杉醇注射液', 2], ['顺铂注射液', 3]], also: [] }, { ca: 'C25.000', drugs: [['注射用吉西他滨', 1]], also: [] }]);
  const c = claim('inpatient', { m, h, dept: 'oncology', adm, los, dx: ['Z51.100', reg2.ca] });
  frame(c); add(c, '肿瘤标志物(CEA)测定', 0, 1); add(c, '静脉输液港维护', 0, 1);
  for (let d = 0; d < los; d++) {
    if (d === 1) { ivDay(c, d, reg2.drugs.concat(reg2.also).concat([['葡萄糖注射液', 1], ['氯化钠注射液', 2], ['盐酸昂丹司琼注射液', 1], ['地塞米松磷酸钠注射液', 1]]), { central: true }); add(c, '化疗药物配置', d, reg2.drugs.length); }
    else ivDay(c, d, [['氯化钠注射液', 1]].concat(d === 2 ? [['盐酸昂丹司琼注射液', 1]] : []), { central: true });
  }
  recheck(c, 3, true);
  return [c];
} };
C.C11 = { name: '食管癌PEG术后居家肠内营养: 同一医院按月足量开具', gen() {
  const reg = regionFor(); const h = hosp(reg, 3); const m = member({ age: ri(55, 80), reg, chronic: ['C15'] }); const start = randDate(START, '2025-08-20'); const cs = [];
  for (let k = 0; k < 3; k++) {
    const c = claim('chronic', { m, h, dept: 'oncology', doc: h.docs.oncology[1], visitDate: addDays(start, k * 28), dx: ['C15.900', 'Z93.100', 'R13.x00'] });
    add(c, '门诊慢特病管理诊查费', 0, 1); add(c, '肠内营养乳剂(TPF)', 0, 56); if (k === 1) { add(c, '血常规(五分类)', 0, 1); add(c, '电解质(四项)', 0, 1); add(c, '静脉采血', 0, 1); }
    cs.push(c);
  }
  return cs;
} };
C.C12 = { name: '全胃切除术后空肠营养造口喂养: 胃肠减压期间经空肠管肠内营养', gen() {
  const reg = regionFor(); const h = hosp(reg, 3); const m = member({ age: ri(50, 76), reg }); const los = ri(12, 16); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: 'general_surgery', adm, los, dx: [pick(['C16.000', 'C16.001', 'C16.900'])], procs: [['43.9901', addDays(adm, 2)], ['46.3901', addDays(adm, 2)]] });
  frame(c, { surgical: true, nursing: (d) => (d >= 2 && d <= 5 ? 'Ⅰ级护理' : 'Ⅱ级护理'), chestCT: true }); add(c, '胃镜检查', 0, 1); add(c, '病理检查(常规石蜡切片)', 2, 1);
  surgery(c, 2, '胃大部切除术', 5, [['一次性使用吻合器', 2]]); picc(c, 1);
  for (let d = 2; d < los; d++) {
    const k = d - 2;
    ivDay(c, d, (k < 4 ? PN_HALF : []).concat(k < 5 ? [['注射用头孢呋辛钠', 2], ['氯化钠注射液', 1]] : []), { precision: k < 4, central: true });
    if (k < 7) add(c, '胃肠减压', d, 1);
    if (k >= 1) add(c, '肠内营养乳剂(TPF)', d, k < 3 ? 1 : 2);
    if (k >= 2) add(c, '换药(中)', d, 1);
  }
  add(c, '一次性负压引流器', 2, 1); recheck(c, 4, true); recheck(c, 9);
  return [c];
} };
C.C13 = { name: '胃癌计划化疗周期再入院(间隔约21天)伴营养支持', gen() {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const m = member({ age: ri(45, 75), reg }); const start = randDate(START, '2025-09-01'); const cs = [];
  for (let k = 0; k < 2; k++) {
    const adm = addDays(start, k * ri(20, 23)); const los = ri(4, 5);
    const c = claim('inpatient', { m, h, dept: 'oncology', doc: h.docs.oncology[0], adm, los, dx: ['Z51.100', 'C16.900', 'E44.000'] });
    frame(c); add(c, '静脉输液港维护', 0, 1);
    for (let d = 0; d < los; d++) {
      if (d === 1) { ivDay(c, d, [['注射用奥沙利铂', 1], ['葡萄糖注射液', 1], ['盐酸昂丹司琼注射液', 1]].concat(PN_HALF.slice(0, 2)), { central: true }); add(c, '化疗药物配置', d, 1); }
      else ivDay(c, d, PN_HALF.slice(0, 2).concat([['氯化钠注射液', 1]]), { central: true });
    }
    oral(c, 1, [['卡培他滨片', 84]]); recheck(c, 0, true);
    cs.push(c);
  }
  return cs;
} };
C.C14 = { name: '居家肠外营养患者出院后导管相关血流感染再入院(不同诊断)', gen() {
  const reg = regionFor(); const h = hosp(reg, 3); const m = member({ age: ri(30, 70), reg }); const adm1 = randDate(START, '2025-10-10'); const los1 = ri(12, 18);
  const c1 = claim('inpatient', { m, h, dept: 'gastroenterology', adm: adm1, los: los1, dx: ['K91.201', 'E43.x00'] });
  frame(c1, { coag: true }); picc(c1, 1);
  for (let d = 0; d < los1; d++) ivDay(c1, d, PN_FULL, { precision: true, central: d >= 1 });
  recheck(c1, 5, true); recheck(c1, 10);
  const adm2 = addDays(c1.dischargeDate, ri(4, 10)); const los2 = ri(8, 12);
  const c2 = claim('inpatient', { m, h, dept: 'gastroenterology', adm: adm2, los: los2, dx: ['T80.201', 'A41.900', 'K91.201'], extra: { admissionRoute: 'emergency' } });
  frame(c2, { coag: true }); add(c2, '细菌培养及药敏', 0, 2); add(c2, '降钙素原测定', 0, 1); add(c2, '细菌培养及药敏', 5, 1); picc(c2, 3);
  for (let d = 0; d < los2; d++) ivDay(c2, d, (d >= 3 ? PN_FULL : PN_HALF.slice(2)).concat(d < 10 ? [['注射用美罗培南', 3], ['氯化钠注射液', 3]] : []), { precision: true });
  recheck(c2, 3, true);
  return [c1, c2];
} };
C.C15 = { name: '老年慢性心衰(有BNP/彩超/利尿剂)使用左卡尼汀', gen() {
  const reg = regionFor(); const h = hosp(reg, 2); const m = member({ age: elderlyAge(), reg }); const los = ri(8, 12); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: 'cardiology', adm, los, dx: ['I50.900', 'I25.103', 'I10.x00'] });
  frame(c); add(c, 'N末端B型钠尿肽前体(NT-proBNP)测定', 0, 1); add(c, 'N末端B型钠尿肽前体(NT-proBNP)测定', 6, 1); add(c, '心脏彩色多普勒超声', 1, 1); cannula(c, 0); cannula(c, 4);
  for (let d = 0; d < los; d++) {
    ivDay(c, d, [['氯化钠注射液', 1], ['左卡尼汀注射液', 1]].concat(d < 4 ? [['呋塞米注射液', 2]] : []));
    oral(c, d, [['沙库巴曲缬沙坦钠片', 2], ['琥珀酸美托洛尔缓释片', 1], ['螺内酯片', 1]].concat(d >= 4 ? [['呋塞米片', 1]] : []));
  }
  recheck(c, 3);
  return [c];
} };
C.C16 = { name: '维持性血液透析患者住院期间左卡尼汀补充', gen() {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const m = member({ age: ri(45, 80), reg, chronic: ['N18'] }); const los = ri(7, 11); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: 'nephrology', adm, los, dx: ['N18.500', 'I12.000', 'D64.900'], procs: [['39.9500', addDays(adm, 1)]] });
  frame(c);
  for (let d = 0; d < los; d++) {
    if (d % 2 === 1) { add(c, '血液透析', d, 1); add(c, '透析器', d, 1); add(c, '一次性使用血液透析管路', d, 1); ivDay(c, d, [['左卡尼汀注射液', 1]], { groups: 0 }); add(c, '静脉注射', d, 1); }
    if (d % 3 === 0) add(c, '重组人促红素注射液', d, 1);
    oral(c, d, [['苯磺酸氨氯地平片', 1], ['碳酸钙D3片', 1]]);
  }
  recheck(c, 4, true);
  return [c];
} };
C.C17 = { name: '重症胰腺炎同日转院(出院日=入院日, 转出/转入有记录)', gen() {
  const reg = regionFor(); const hA = hosp(reg, 2); const hB = hosp(reg, 3); const m = member({ age: ri(35, 75), reg });
  const los1 = ri(3, 5); const adm = randDate(START, END);
  const c1 = claim('inpatient', { m, h: hA, dept: 'gastroenterology', adm, los: los1, dx: ['K85.102'], extra: { admissionRoute: 'emergency', dischargeMode: 'transfer' } });
  frame(c1, { coag: true }); add(c1, '腹部CT平扫', 0, 1); cannula(c1, 0);
  for (let d = 0; d < los1; d++) ivDay(c1, d, [['注射用泮托拉唑钠', 2], ['乳酸钠林格注射液', 3], ['氯化钠注射液', 1]]);
  const los2 = ri(10, 16);
  const c2 = claim('inpatient', { m, h: hB, dept: 'icu', adm: c1.dischargeDate, los: los2, dx: ['K85.102', 'E87.600'], extra: { admissionRoute: 'transfer', transferFromHospitalId: hA.id } });
  frame(c2, { icuDays: 4, nursing: 'Ⅰ级护理', coag: true }); add(c2, '腹部CT平扫', 0, 1); picc(c2, 0);
  for (let d = 0; d < los2; d++) { ivDay(c2, d, (d >= 1 ? PN_FULL : []).concat(d < 5 ? [['注射用泮托拉唑钠', 2], ['注射用美罗培南', 3], ['氯化钠注射液', 3]] : []), { precision: true, central: true }); if (d >= 6) add(c2, '肠内营养乳剂(TPF)', d, d < 8 ? 1 : 2); if (d % 3 === 1) recheck(c2, d, true); }
  return [c1, c2];
} };
C.C18 = { name: '一级医院流感季同日多名老人收治(诊断与医嘱各异)', gen() {
  const reg = regionFor(); const h = hosp(reg, 1, ri(0, 1)); const adm = randDate('2025-01-06', '2025-03-10'); const cs = [];
  const kinds = [
    { dx: ['J18.900', 'I10.x00'], iv: [['注射用头孢曲松钠', 2], ['氯化钠注射液', 1]], oral: [['盐酸氨溴索片', 3], ['苯磺酸氨氯地平片', 1]] },
    { dx: ['J11.100'], iv: [['葡萄糖氯化钠注射液', 1]], oral: [['磷酸奥司他韦胶囊', 2], ['对乙酰氨基酚片', 3]] },
    { dx: ['J44.100'], iv: [['左氧氟沙星氯化钠注射液', 1], ['多索茶碱注射液', 2], ['氯化钠注射液', 1]], oral: [['盐酸氨溴索片', 3]] },
    { dx: ['A09.000', 'E86.x01'], iv: [['葡萄糖氯化钠注射液', 2], ['氯化钾注射液', 2], ['复方氯化钠注射液', 1]], oral: [['蒙脱石散', 3]] },
  ];
  for (let k = 0; k < 3; k++) {
    const kd = kinds[(k + ri(0, 3)) % 4]; const m = member({ age: ri(68, 88), reg, ins: 'resident' }); const los = kd.dx[0] === 'J11.100' ? 5 : ri(5, 9);
    const dep = pick(['internal_medicine', 'general_practice']);
    const c = claim('inpatient', { m, h, dept: dep, doc: doctor(h, dep, k), adm, los, dx: kd.dx });
    frame(c); cannula(c, 0);
    for (let d = 0; d < los; d++) { ivDay(c, d, kd.iv.map(([n, q]) => [n, n === '磷酸奥司他韦胶囊' ? q : q])); oral(c, d, d < 5 ? kd.oral : kd.oral.filter(([n]) => n !== '磷酸奥司他韦胶囊')); }
    recheck(c, 3); cs.push(c);
  }
  return cs;
} };
C.C19 = { name: '一级医院重度营养不良老人: 完整评估+置胃管肠内营养', gen() {
  const reg = regionFor(); const h = hosp(reg, 1, ri(0, 1)); const m = member({ age: ri(75, 92), reg }); const los = ri(8, 12); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: 'internal_medicine', adm, los, dx: ['E43.x00', 'R13.x00', 'F03.x00'], procs: [['96.0700', addDays(adm, 1)]] });
  frame(c, { nursing: 'Ⅰ级护理' }); add(c, '腹部B超', 1, 1); add(c, '鼻饲管置管', 1, 1); add(c, '一次性使用胃管', 1, 1); cannula(c, 0);
  for (let d = 0; d < los; d++) {
    if (d < 4) ivDay(c, d, [['葡萄糖注射液', 1], ['复方氨基酸注射液(18AA)', 1], ['氯化钾注射液', 2]]);
    if (d >= 1) { add(c, '肠内营养乳剂(TPF)', d, d < 3 ? 1 : 2); add(c, '鼻饲(注食)', d, 4); }
    if (d < 4) { add(c, '电解质(四项)', d, 1); add(c, '静脉采血', d, 1); }
  }
  recheck(c, 7, true);
  return [c];
} };
C.C20 = { name: '妊娠剧吐不能进食: 补液+短期肠外营养', gen() {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const m = member({ age: ri(22, 36), reg, gender: 'F' }); const los = ri(5, 9); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: 'obstetrics', adm, los, dx: ['O21.100'] });
  frame(c); add(c, '产科B超', 0, 1); add(c, '甲状腺功能(三项)', 0, 1); cannula(c, 0); cannula(c, 4);
  for (let d = 0; d < los; d++) {
    ivDay(c, d, [['葡萄糖注射液', 2], ['复方氯化钠注射液', 1], ['氯化钾注射液', 2]].concat(d >= 1 && d < 5 ? [['复方氨基酸注射液(18AA)', 1], ['脂肪乳注射液(C14～24)', 1]] : []).concat(d < 3 ? [['盐酸甲氧氯普胺注射液', 2]] : []));
    if (d < 3) { add(c, '电解质(四项)', d, 1); add(c, '尿常规', d, 1); add(c, '静脉采血', d, 1); }
  }
  return [c];
} };
C.C21 = { name: '克罗恩病诱导缓解: 门诊全肠内营养(粉剂按月足量)', gen() {
  const reg = regionFor(); const h = hosp(reg, 3); const m = member({ age: ri(16, 40), reg }); const start = randDate(START, '2025-09-01'); const cs = [];
  for (let k = 0; k < 2; k++) {
    const c = claim('outpatient', { m, h, dept: 'gastroenterology', doc: h.docs.gastroenterology[1], visitDate: addDays(start, k * 28), dx: ['K50.900', 'E44.000'] });
    outpatientConsult(c); add(c, '整蛋白型肠内营养剂(粉剂)', 0, 28); add(c, 'C反应蛋白测定', 0, 1); add(c, '血常规(五分类)', 0, 1); add(c, '静脉采血', 0, 1);
    cs.push(c);
  }
  return cs;
} };
C.C22 = { name: '结直肠癌根治术后短期肠外营养(手术适应证)', gen() {
  const reg = regionFor(); const h = hosp(reg, 3); const m = member({ age: ri(45, 80), reg }); const los = ri(10, 14); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: 'general_surgery', adm, los, dx: ['C18.700'], procs: [['45.7601', addDays(adm, 2)]] });
  frame(c, { surgical: true, nursing: (d) => (d >= 2 && d <= 4 ? 'Ⅰ级护理' : 'Ⅱ级护理'), chestCT: true }); add(c, '结肠镜检查', 0, 1); add(c, '腹部CT平扫', 0, 1); add(c, '病理检查(常规石蜡切片)', 2, 1);
  surgery(c, 2, '大肠部分切除术', 4, [['一次性使用吻合器', 1], ['一次性腹腔镜穿刺器', 1]]); cannula(c, 0); cannula(c, 4); cannula(c, 8);
  for (let d = 2; d < los; d++) {
    const k = d - 2; const pn = k < 3 ? PN_FULL : k < 5 ? PN_HALF : [];
    ivDay(c, d, pn.concat(k < 4 ? [['注射用头孢呋辛钠', 2], ['甲硝唑氯化钠注射液', 2]] : [['氯化钠注射液', 1]]), { precision: pn.length > 0 });
    if (k >= 3) add(c, '肠内营养乳剂(TPF)', d, 1);
    if (k >= 1) add(c, '换药(中)', d, 1);
  }
  recheck(c, 4, true); recheck(c, 8);
  return [c];
} };
C.C23 = { name: '重度营养不良再喂养综合征风险: 首周每日电解质监测', gen() {
  const reg = regionFor(); const h = hosp(reg, pick([2, 3])); const m = member({ age: ri(25, 85), reg }); const los = ri(10, 14); const adm = randDate(START, END);
  const c = claim('inpatient', { m, h, dept: pick(['gastroenterology', 'clinical_nutrition', 'geriatrics'].filter((d) => h.docs[d])), adm, los, dx: ['E43.x00', 'E87.600', 'R63.000'] });
  frame(c); picc(c, 1);
  for (let d = 0; d < los; d++) {
    ivDay(c, d, d < 3 ? PN_HALF : PN_FULL, { precision: true, central: d >= 1 });
    if (d >= 2) add(c, '整蛋白型肠内营养剂(粉剂)', d, 1);
    if (d >= 1 && d < 6) { add(c, '电解质(四项)', d, 1); add(c, '空腹血糖测定', d, 1); add(c, '静脉采血', d, 1); }
    if (d < 7) add(c, '血糖监测(快速)', d, 3);
  }
  recheck(c, 7, true);
  return [c];
} };
C.C24 = { name: '鼻咽癌/喉癌放疗黏膜炎: 鼻饲肠内营养+补充性肠外营养', gen() {
  const reg = regionFor(); const h = hosp(reg, 3); const m = member({ age: ri(40, 72), reg }); const los = ri(14, 22); const adm = randDate(START, '2025-11-01');
  const c = claim('inpatient', { m, h, dept: 'oncology', adm, los, dx: ['Z51.000', pick(['C11.900', 'C32.900']), 'R13.x00'], procs: [['96.0700', addDays(adm, 2)]] });
  frame(c); add(c, '鼻饲管置管', 2, 1); add(c, '一次性使用胃管', 2, 1); cannula(c, 0); cannula(c, 4); cannula(c, 8); cannula(c, 12);
  for (let d = 0; d < los; d++) {
    if (d % 7 < 5) add(c, '放射治疗(调强)', d, 1);
    if (d >= 2) { add(c, '肠内营养乳剂(TPF)', d, d < 4 ? 1 : 2); add(c, '鼻饲(注食)', d, 4); }
    if (d < 6) ivDay(c, d, d < 3 ? PN_FULL : PN_HALF, { precision: true });
    if (d % 7 === 0) recheck(c, d, true);
  }
  return [c];
} };

// ===================== ROUTINE =====================
function routine(i) {
  const reg = regionFor(); const k = i % 10;
  if (k <= 2) { // outpatient visit
    const h = hosp(reg, pick([1, 2, 3])); const dept = h.level === 1 ? 'general_practice' : pick(['internal_medicine', 'respiratory', 'gastroenterology']);
    const sc = pick([{ dx: ['J06.900'], rx: [['连花清瘟胶囊', 24], ['对乙酰氨基酚片', 6]] }, { dx: ['I10.x00'], rx: [['苯磺酸氨氯地平片', 28]] }, { dx: ['K29.500'], rx: [['奥美拉唑肠溶胶囊', 28], ['铝碳酸镁咀嚼片', 24]] }, { dx: ['E11.900'], rx: [['盐酸二甲双胍片', 84]], lab: true }]);
    const m = member({ age: ri(20, 80), reg });
    const c = claim('outpatient', { m, h, dept, visitDate: randDate(START, END), dx: sc.dx });
    outpatientConsult(c); for (const [n, q] of sc.rx) add(c, n, 0, q); if (sc.lab) { add(c, '空腹血糖测定', 0, 1); add(c, '静脉采血', 0, 1); }
    return [c];
  }
  if (k === 3) { // chronic
    const h = hosp(reg, pick([2, 3])); const sc = pick([{ dx: ['I10.x00'], cd: ['I10'], rx: [['苯磺酸氨氯地平片', 28], ['缬沙坦胶囊', 28]] }, { dx: ['E11.900'], cd: ['E11'], rx: [['盐酸二甲双胍片', 84], ['阿卡波糖片', 84]] }, { dx: ['J44.900'], cd: ['J44'], rx: [['噻托溴铵粉吸入剂', 1]] }]);
    const m = member({ age: ri(50, 85), reg, chronic: sc.cd });
    const c = claim('chronic', { m, h, dept: 'internal_medicine', visitDate: randDate(START, END), dx: sc.dx });
    add(c, '门诊慢特病管理诊查费', 0, 1); for (const [n, q] of sc.rx) add(c, n, 0, q);
    return [c];
  }
  if (k === 4) { // pharmacy
    const ph = pharmacy(reg, ri(0, 1)); const sc = pick([{ dx: ['I10.x00'], rx: [['苯磺酸氨氯地平片', 28]] }, { dx: ['J06.900'], rx: [['连花清瘟胶囊', 24]] }, { dx: ['E78.500'], rx: [['阿托伐他汀钙片', 28]] }]);
    const m = member({ age: ri(25, 80), reg });
    const c = claim('pharmacy', { m, h: ph, dept: 'pharmacy', doc: doctor(ph, 'pharmacy'), visitDate: randDate(START, END), dx: sc.dx });
    for (const [n, q] of sc.rx) add(c, n, 0, q);
    return [c];
  }
  // inpatient
  const sc = pick(['pneumonia', 'chole', 'append', 'copd', 'stroke', 'gastro']);
  const h = hosp(reg, pick([2, 3, 3])); const adm = randDate(START, END);
  if (sc === 'chole' || sc === 'append') {
    const o = sc === 'chole' ? { dx: ['K80.101'], proc: '51.2300', op: '腹腔镜下胆囊切除术' } : { dx: ['K35.800x001'], proc: '47.0100', op: '腹腔镜下阑尾切除术' };
    const m = member({ age: ri(20, 70), reg }); const los = ri(3, 5);
    const c = claim('inpatient', { m, h, dept: 'general_surgery', adm, los, dx: o.dx, procs: [[o.proc, addDays(adm, 1)]] });
    frame(c, { surgical: true, nursing: (d) => (d === 1 ? 'Ⅰ级护理' : 'Ⅱ级护理') }); cannula(c, 0); add(c, '腹部B超', 0, 1);
    surgery(c, 1, o.op, 2, [['一次性腹腔镜穿刺器', 1], ['止血夹(结扎夹)', 2]]);
    for (let d = 1; d < los; d++) { ivDay(c, d, [['注射用头孢呋辛钠', 2], ['氯化钠注射液', 1]].concat(d === 1 ? [['葡萄糖氯化钠注射液', 1]] : [])); if (d >= 2) add(c, '换药(小)', d, 1); }
    return [c];
  }
  const m = member({ age: ri(40, 85), reg }); const los = ri(5, 10);
  const map = { pneumonia: { dx: ['J18.900'], dept: 'respiratory', iv: [['注射用头孢曲松钠', 2], ['氯化钠注射液', 1]], oral: [['盐酸氨溴索片', 3]] },
    copd: { dx: ['J44.100'], dept: 'respiratory', iv: [['左氧氟沙星氯化钠注射液', 1], ['多索茶碱注射液', 2], ['氯化钠注射液', 1]], oral: [] },
    stroke: { dx: ['I63.900', 'I10.x00'], dept: 'neurology', iv: [['氯化钠注射液', 1], ['胞磷胆碱钠注射液', 2]], oral: [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1]] },
    gastro: { dx: ['A09.000', 'E86.x01'], dept: 'gastroenterology', iv: [['葡萄糖氯化钠注射液', 2], ['氯化钾注射液', 2]], oral: [['蒙脱石散', 3]] } }[sc];
  const c = claim('inpatient', { m, h, dept: map.dept, adm, los, dx: map.dx });
  frame(c, { chestCT: sc === 'pneumonia' }); cannula(c, 0); if (los > 5) cannula(c, 4);
  if (sc === 'stroke') add(c, '头颅CT平扫', 0, 1);
  for (let d = 0; d < los; d++) { ivDay(c, d, map.iv); oral(c, d, map.oral); }
  recheck(c, 3);
  return [c];
}

// ===================== build =====================
for (const [code, t] of Object.entries(T)) for (let i = 0; i < 15; i++) { const [claims, targets, M] = t.gen(i); label('fraud', code, t.name, claims, targets, M); }
for (const [code, t] of Object.entries(C)) for (let i = 0; i < 15; i++) { const claims = t.gen(i); label('control', code, t.name, claims, claims); }
for (let i = 0; i < 100; i++) { const claims = routine(i); label('routine', 'R00', '常规单次就诊/住院(无营养类项目为主)', claims, claims); }

// items sorted by date within a claim, line ids renumbered in that order
for (const c of CLAIMS) {
  c.items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  c.items.forEach((l, i) => { l.lineId = String(i + 1); });
  const min = c.visitType === 'inpatient' ? c.admissionDate : c.visitDate;
  const max = c.visitType === 'inpatient' ? c.dischargeDate : c.visitDate;
  for (const l of c.items) if (l.date < min || l.date > max) throw new Error(`line out of stay ${c.provider.hospitalId} ${l.name} ${l.date}`);
}
for (const c of CLAIMS) if (!(c._h.docs[c.provider.department] || []).includes(c.provider.doctorId)) throw new Error(`doctor ${c.provider.doctorId} not in ${c._h.id}/${c.provider.department}`);
// settlement order, ids
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : 0));
const seqBy = {};
for (const c of CLAIMS) { seqBy[c._h.id] = (seqBy[c._h.id] || 0) + 1; c.claimId = `${c.region}-${c._h.id}-2025-${String(seqBy[c._h.id]).padStart(6, '0')}`; }
// money: fen → yuan, policy scope, fund entitlement in settlement order
const ytd = {};
function policyFor(c) {
  const p = POLICIES.provinces[c.region.slice(0, 2)]; let s = JSON.parse(JSON.stringify(p.schemes));
  if (p.regions && p.regions[c.region] && p.regions[c.region].schemes) { const o = p.regions[c.region].schemes; for (const sch in o) for (const vt in o[sch]) Object.assign(s[sch][vt], o[sch][vt]); }
  return s[c.insuranceType][c.visitType];
}
for (const c of CLAIMS) {
  let total = 0, policy = 0;
  for (const l of c.items) {
    const r = l._row; total += l._amt;
    const excl = r.class === '丙' ? l._amt : Math.round(l._amt * (r.selfPayShare || 0));
    policy += l._amt - excl;
  }
  const pol = policyFor(c); const lv = String(c.provider.level); const key = c.patient.insuredId;
  const y = ytd[key] || (ytd[key] = { fund: 0, inpatientN: 0, ded: {} });
  let ded = 0;
  if (c.visitType === 'inpatient') { ded = (typeof pol.deductible === 'object' ? pol.deductible[lv] : pol.deductible) * 100; if (y.inpatientN > 0 && pol.laterAdmissionDeductibleShare) ded = Math.round(ded * pol.laterAdmissionDeductibleShare); y.inpatientN++; }
  else { const yearDed = (typeof pol.deductible === 'object' ? pol.deductible[lv] : pol.deductible) * 100; const used = y.ded[c.visitType] || 0; ded = Math.max(0, yearDed - used); y.ded[c.visitType] = used + Math.min(policy, ded); }
  const ratio = (typeof pol.ratio === 'object' ? pol.ratio[lv] : pol.ratio) + (c.patient.retired ? pol.retireeRatioBonus || 0 : 0);
  let fund = Math.floor(Math.max(0, policy - ded) * ratio);
  const cap = pol.annualFundCap * 100; const capKey = c.visitType === 'inpatient' ? 'inp' : c.visitType; y[capKey] = y[capKey] || 0;
  fund = Math.max(0, Math.min(fund, cap - y[capKey])); y[capKey] += fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  if (c.visitType === 'inpatient') c.reportedGroup = { drg: GROUPS[c.claimId] || null, dip: null };
}
const clean = (c) => { const o = {}; for (const k of Object.keys(c)) if (!k.startsWith('_')) o[k] = c[k]; o.items = c.items.map((l) => { const x = { lineId: l.lineId, code: l.code, name: l.name, category: l.category, date: l.date, quantity: l.quantity, unitPrice: l._unit / 100, amount: l._amt / 100 }; if (l.longPrescription) x.longPrescription = true; return x; }); return o; };
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map((c) => JSON.stringify(clean(c))).join('\n') + '\n');
const labels = LABELS.map((l) => {
  const mutatedLines = {}; for (const [c, lines] of l._mut) if (lines.length) mutatedLines[c.claimId] = [...new Set(lines.map((x) => x.lineId))];
  const o = { caseId: l.caseId, kind: l.kind, code: l.code, name: l.name };
  if (l.kind === 'fraud') o.typology = l.code; else if (l.kind === 'control') o.control = l.code; else o.routine = l.code;
  o.claimIds = l._claims.map((c) => c.claimId); o.targets = l._targets.map((c) => c.claimId); o.mutatedLines = mutatedLines;
  return o;
});
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind88: ${CLAIMS.length} claims, ${labels.length} cases (${labels.filter((l) => l.kind === 'fraud').length} fraud, ${labels.filter((l) => l.kind === 'control').length} control, ${labels.filter((l) => l.kind === 'routine').length} routine)`);
