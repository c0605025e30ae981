#!/usr/bin/env node
// blind36: operations, anaesthesia, high-value consumables, coding of surgical stays.
// Plain Node 20, no packages, fixed seed. Usage:
//   node make-cases.js [--catalogue <dir>] [--groups groups.ndjson]
// writes claims.ndjson and labels.json in this folder.
'use strict';
const fs = require('fs');
const path = require('path');
const HERE = __dirname;
const argv = process.argv.slice(2);
const arg = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = arg('--catalogue', '/work/wt/base36/rules/catalogue');
const GROUPS = arg('--groups', null);

// ---------- rng ----------
let seed = 36036036;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- catalogue ----------
const CATROWS = {};
for (const f of ['drugs.json', 'services.json', 'consumables.json']) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) {
    const code = r.products ? r.products[0] : r.code;
    CATROWS[r.name] = { code, name: r.name, category: r.category, cap: r.priceCap, sps: r.selfPayShare || 0, cls: r.class };
  }
}
function row(name) { const r = CATROWS[name]; if (!r) throw new Error('no catalogue row ' + name); return r; }

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const addDays = (s, n) => iso(Date.parse(s + 'T00:00:00Z') + n * 86400000);
const randDate = (from = 0, to = 350) => iso(D0 + ri(from, to) * 86400000);

// ---------- hospitals / people ----------
const REGIONS = ['510100', '510700', '220100', '220200', '370100', '370200', '230100'];
const HOSP = [];
for (const reg of REGIONS) for (const lvl of [1, 2, 3]) for (let k = 1; k <= (lvl === 3 ? 2 : 2); k++) HOSP.push({ id: `H${reg}${lvl}${k}`, region: reg, level: lvl });
const hospOf = (minLvl = 1, maxLvl = 3) => pick(HOSP.filter((h) => h.level >= minLvl && h.level <= maxLvl));
let pseq = 0;
function person(sex, aMin, aMax, refDate = '2025-06-30') {
  pseq++;
  const age = ri(aMin, aMax);
  const by = Number(refDate.slice(0, 4)) - age - 1;
  const birth = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const employee = age >= 18 && age < 75 ? chance(0.6) : chance(0.25);
  const g = sex || (chance(0.5) ? 'M' : 'F');
  return {
    insuredId: `P36${String(pseq).padStart(6, '0')}`, gender: g, birthDate: birth, age,
    insuranceType: employee ? 'employee' : 'resident', retired: employee && age >= (g === 'M' ? 60 : 55),
    contributionYears: employee ? Math.max(1, Math.min(40, age - 22)) : 0,
  };
}
const ageAt = (p, date) => { const b = p.birthDate; let a = Number(date.slice(0, 4)) - Number(b.slice(0, 4)); if (date.slice(5) < b.slice(5)) a--; return a; };

let cseq = 0;
const claims = [];
const labels = [];

function money(items, level, ins, visitType) {
  const total = r2(items.reduce((s, i) => s + i.amount, 0));
  const policy = r2(items.reduce((s, i) => s + i.amount * (1 - (i._sps || 0)), 0));
  let fund;
  if (visitType === 'inpatient') {
    const ded = 1500; // conservative: above every level's deductible
    const ratio = (ins === 'employee' ? { 1: 0.75, 2: 0.72, 3: 0.7 } : { 1: 0.65, 2: 0.58, 3: 0.5 })[level];
    fund = r2(Math.max(0, (policy - ded) * ratio));
  } else {
    fund = 0; // ordinary outpatient: below the annual outpatient deductible, paid from the personal account
  }
  return { total, policy, fundClaimed: fund };
}

// claim assembly. items: [{name, day, qty, price?}] ; returns claim (lineIds assigned)
function mkClaim(o) {
  const h = o.hosp; const p = o.pat;
  cseq++;
  const start = o.visitType === 'inpatient' ? o.adm : o.date;
  const items = [];
  let ln = 0;
  for (const it of o.items) {
    const r = row(it.name);
    const price = it.price != null ? it.price : r.cap[String(h.level)];
    const qty = it.qty;
    if (!(qty > 0)) continue;
    ln++;
    const line = { lineId: String(ln), code: r.code, name: r.name, category: r.category, date: addDays(start, it.day || 0), quantity: qty, unitPrice: price, amount: r2(qty * price) };
    if (it.longRx) line.longPrescription = true;
    Object.defineProperty(line, '_sps', { value: r.sps, enumerable: false });
    Object.defineProperty(line, '_tag', { value: it.tag || null, enumerable: false });
    items.push(line);
  }
  const c = {
    claimId: `${h.region}-${h.id}-2025-36${String(cseq).padStart(5, '0')}`,
    region: h.region, insuranceType: p.insuranceType, visitType: o.visitType,
    patient: { insuredId: p.insuredId, gender: p.gender, birthDate: p.birthDate, retired: p.retired },
    enrollment: { enrolledOn: '2014-01-01', inConcentratedPeriod: true, continuousYears: 11, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: p.contributionYears, special: null },
    provider: { hospitalId: h.id, level: h.level, department: o.dept, doctorId: o.doctor || `D${h.id.slice(-4)}${ri(10, 39)}` },
  };
  if (o.visitType === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = (o.procs || []).map((pr) => ({ code: pr.code, date: addDays(start, pr.day || 0) }));
  if (o.visitType === 'inpatient') { c.reportedGroup = { drg: null, dip: null }; c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.dmode || 'ordered'; }
  c.items = items;
  c.amounts = money(items, h.level, p.insuranceType, o.visitType);
  claims.push(c);
  return c;
}
const tagged = (c, tag) => c.items.filter((i) => i._tag === tag).map((i) => i.lineId);

// ---------- operation templates ----------
const CONS = { hip: '髋关节假体(全髋)', knee: '膝关节假体(全膝)', head: '人工股骨头假体', plate: '接骨板', screw: '骨科螺钉', cage: '椎间融合器', stent: '冠状动脉药物洗脱支架', balloon: '冠状动脉球囊扩张导管', cath: '冠脉造影导管', wire: '导引导丝', sheath: '血管鞘组', pacer: '永久心脏起搏器(双腔)', iol: '人工晶状体', visco: '眼科粘弹剂', trocar: '一次性腹腔镜穿刺器', suture: '可吸收缝线', clip: '止血夹(结扎夹)', mesh: '疝修补补片', pack: '一次性手术衣及铺单包', pen: '一次性电刀笔', spinalKit: '一次性使用麻醉穿刺包', drain: '一次性负压引流器', bag: '一次性使用引流袋', cathKit: '一次性使用导尿包', foley: '双腔硅胶导尿管', bandage: '医用弹力绷带' };
const OPS = {
  THA: { dept: 'orthopedics', dx: ['M16.101'], procs: ['81.5100'], op: '人工全髋关节置换术', an: 'GA', h: [2, 3], lvl: [3, 3], cons: [['hip', 1], ['suture', 3], ['drain', 1]], pre: [2, 3], post: [6, 9], age: [55, 80], kind: 'arthro' },
  HEMI: { dept: 'orthopedics', dx: ['S72.000x031'], procs: ['81.5201'], op: '人工股骨头置换术', an: 'GA', h: [2, 2], lvl: [2, 3], cons: [['head', 1], ['suture', 3], ['drain', 1]], pre: [1, 3], post: [6, 9], age: [72, 90], kind: 'arthro', route: 'emergency' },
  TKA: { dept: 'orthopedics', dx: ['M17.101'], procs: ['81.5400'], op: '人工全膝关节置换术', an: 'GA', h: [2, 3], lvl: [3, 3], cons: [['knee', 1], ['suture', 3], ['drain', 1]], pre: [2, 3], post: [6, 9], age: [58, 80], kind: 'arthro' },
  RADIUS: { dept: 'orthopedics', dx: ['S52.500x001'], procs: ['79.3200x011'], op: '骨折切开复位内固定术', an: 'GA', h: [1, 2], lvl: [1, 3], cons: [['plate', 1], ['screw', 6], ['suture', 2]], pre: [1, 2], post: [3, 5], age: [35, 75], kind: 'fracture', route: 'emergency' },
  ANKLE: { dept: 'orthopedics', dx: ['S82.801'], procs: ['79.3600x009'], op: '骨折切开复位内固定术', an: 'SP', h: [2, 2], lvl: [2, 3], cons: [['plate', 1], ['screw', 7], ['suture', 2]], pre: [2, 4], post: [4, 6], age: [25, 70], kind: 'fracture', route: 'emergency' },
  TIBIA: { dept: 'orthopedics', dx: ['S82.201'], procs: ['79.3600x013'], op: '骨折切开复位内固定术', an: 'SP', h: [2, 3], lvl: [1, 3], cons: [['plate', 1], ['screw', 8], ['suture', 3]], pre: [2, 3], post: [5, 7], age: [20, 65], kind: 'fracture', route: 'emergency' },
  PATELLA: { dept: 'orthopedics', dx: ['S82.000'], procs: ['79.3900x002'], op: '骨折切开复位内固定术', an: 'SP', h: [1, 2], lvl: [1, 3], cons: [['screw', 3], ['suture', 2]], pre: [1, 2], post: [3, 5], age: [30, 75], kind: 'fracture', route: 'emergency' },
  DISC: { dept: 'orthopedics', dx: ['M51.202'], procs: ['80.5100x013'], op: '腰椎间盘切除术', an: 'GA', h: [2, 2], lvl: [2, 3], cons: [['suture', 2]], pre: [2, 3], post: [4, 6], age: [30, 65], kind: 'spine' },
  FUSION: { dept: 'orthopedics', dx: ['M48.005', 'M51.202'], procs: ['81.0800x016', '80.5100x013'], op: '腰椎间盘切除术', an: 'GA', h: [3, 4], lvl: [3, 3], cons: [['cage', 1], ['screw', 4], ['suture', 3], ['drain', 1]], pre: [2, 3], post: [6, 9], age: [50, 75], kind: 'spine' },
  PCI: { dept: 'cardiology', dx: ['I20.000', 'I25.103'], procs: ['36.0601', '00.4000', '00.4500'], op: '经皮冠状动脉支架置入术', an: 'LA', h: [1, 1], lvl: [3, 3], cons: [['sheath', 1], ['cath', 2], ['wire', 1], ['balloon', 1], ['stent', 1]], pre: [1, 2], post: [2, 4], age: [48, 80], kind: 'cardiac' },
  ANGIO: { dept: 'cardiology', dx: ['I20.000', 'I25.103'], procs: ['88.5600'], op: '冠状动脉造影术', an: 'LA', h: [1, 1], lvl: [2, 3], cons: [['sheath', 1], ['cath', 2]], pre: [1, 2], post: [1, 2], age: [45, 78], kind: 'cardiac' },
  PACER: { dept: 'cardiology', dx: ['I44.200'], procs: ['37.8301'], op: '永久起搏器置入术', an: 'LA', h: [1, 1], lvl: [2, 3], cons: [['pacer', 1], ['sheath', 2], ['suture', 2]], pre: [2, 3], post: [3, 5], age: [65, 88], kind: 'pacer' },
  CATARACT: { dept: 'ophthalmology', dx: ['H25.900'], procs: ['13.4100x001', '13.7100x001'], op: '白内障超声乳化摘除+人工晶体植入术', an: 'LA', h: [1, 1], lvl: [2, 3], cons: [['iol', 1], ['visco', 1]], pre: [1, 1], post: [1, 2], age: [58, 86], kind: 'eye' },
  LAPAPP: { dept: 'general_surgery', dx: ['K35.800x001'], procs: ['47.0100'], op: '腹腔镜下阑尾切除术', an: 'GA', h: [1, 2], lvl: [1, 3], cons: [['trocar', 1], ['clip', 2], ['suture', 2]], pre: [0, 0], post: [3, 4], age: [14, 60], kind: 'appx', route: 'emergency' },
  OPENAPP: { dept: 'general_surgery', dx: ['K35.800x001'], procs: ['47.0901'], op: '阑尾切除术', an: 'SP', h: [1, 1], lvl: [1, 2], cons: [['suture', 2]], pre: [0, 0], post: [4, 5], age: [16, 65], kind: 'appx', route: 'emergency' },
  LAPCHOLE: { dept: 'general_surgery', dx: ['K80.101'], procs: ['51.2300'], op: '腹腔镜下胆囊切除术', an: 'GA', h: [2, 2], lvl: [2, 3], cons: [['trocar', 1], ['clip', 4], ['suture', 2]], pre: [1, 2], post: [2, 4], age: [30, 72], kind: 'abdo' },
  HERNIA: { dept: 'general_surgery', dx: ['K40.900x003'], procs: ['53.0401'], op: '腹股沟疝修补术', an: 'SP', h: [1, 1], lvl: [1, 3], cons: [['mesh', 1], ['suture', 2]], pre: [1, 2], post: [2, 3], age: [40, 80], sex: 'M', kind: 'minor' },
  THYROID: { dept: 'general_surgery', dx: ['E04.101'], procs: ['06.2x02'], op: '甲状腺腺叶切除术', an: 'GA', h: [2, 2], lvl: [2, 3], cons: [['suture', 3], ['drain', 1]], pre: [1, 2], post: [3, 4], age: [28, 65], sex: 'F', kind: 'neck', path: 1 },
  MASTECTOMY: { dept: 'breast_surgery', dx: ['C50.900'], procs: ['85.4301'], op: '乳腺癌改良根治术', an: 'GA', h: [3, 3], lvl: [3, 3], cons: [['drain', 2], ['suture', 4]], pre: [2, 3], post: [6, 8], age: [38, 70], sex: 'F', kind: 'major', path: 2 },
  LAPHYST: { dept: 'gynecology', dx: ['D25.900'], procs: ['68.4100'], op: '腹腔镜下子宫切除术', an: 'GA', h: [2, 3], lvl: [2, 3], cons: [['trocar', 1], ['suture', 4]], pre: [2, 3], post: [4, 5], age: [42, 55], sex: 'F', kind: 'gyn', path: 1 },
  LAPOVARY: { dept: 'gynecology', dx: ['N83.201'], procs: ['65.2501'], op: '腹腔镜下卵巢囊肿剥除术', an: 'GA', h: [1, 2], lvl: [2, 3], cons: [['trocar', 1], ['suture', 2]], pre: [1, 2], post: [2, 3], age: [20, 45], sex: 'F', kind: 'gyn', path: 1 },
  CSECTION: { dept: 'obstetrics', dx: ['O82.000', 'O34.200x002'], procs: ['74.1x01'], op: '剖宫产术', an: 'SP', h: [1, 1], lvl: [1, 3], cons: [['suture', 3]], pre: [1, 1], post: [3, 4], age: [24, 38], sex: 'F', kind: 'cs' },
  TURP: { dept: 'urology', dx: ['N40.x00'], procs: ['60.2902'], op: '经尿道前列腺电切术', an: 'SP', h: [1, 2], lvl: [2, 3], cons: [['foley', 1], ['cathKit', 1]], pre: [2, 3], post: [4, 5], age: [62, 85], sex: 'M', kind: 'turp' },
  URS: { dept: 'urology', dx: ['N20.100'], procs: ['56.0x00x011'], op: '经输尿管镜碎石取石术', an: 'SP', h: [1, 1], lvl: [2, 3], cons: [['cathKit', 1]], pre: [1, 1], post: [2, 3], age: [28, 65], kind: 'uro' },
  TONSIL: { dept: 'ent', dx: ['J35.000'], procs: ['28.2x00x002'], op: '扁桃体切除术', an: 'GA', h: [1, 1], lvl: [1, 3], cons: [['suture', 1]], pre: [1, 1], post: [3, 4], age: [8, 35], kind: 'ent' },
  VARICOSE: { dept: 'vascular_surgery', dx: ['I83.903'], procs: ['38.5901'], op: '大隐静脉高位结扎+剥脱术', an: 'SP', h: [1, 1], lvl: [1, 3], cons: [['bandage', 2], ['suture', 2]], pre: [1, 1], post: [2, 3], age: [40, 72], kind: 'minor' },
  HAEM: { dept: 'anorectal', dx: ['K64.200'], procs: ['49.4600'], op: '痔切除术', an: 'SP', h: [1, 1], lvl: [1, 3], cons: [['suture', 1]], pre: [1, 1], post: [3, 4], age: [25, 65], kind: 'anal' },
};

// Build a surgical stay. opts override template; hooks let typologies add/modify items.
// returns {claim, ctx}
function surgicalStay(key, opts = {}) {
  const T = { ...OPS[key], ...(opts.T || {}) };
  const hosp = opts.hosp || hospOf(T.lvl[0], T.lvl[1]);
  const pat = opts.pat || person(T.sex || null, T.age[0], T.age[1]);
  const pre = opts.pre != null ? opts.pre : ri(T.pre[0], T.pre[1]);
  const post = opts.post != null ? opts.post : ri(T.post[0], T.post[1]);
  const los = Math.max(1, pre + post);
  const adm = opts.adm || randDate(5, 330);
  const opd = pre;
  const items = [];
  const add = (name, day, qty, extra = {}) => items.push({ name, day, qty, ...extra });
  const major = T.an === 'GA' || ['arthro', 'spine', 'major', 'fracture', 'turp'].includes(T.kind);
  // daily
  for (let d = 0; d < los; d++) {
    add('普通病房床位费(三人间)', d, 1, { tag: 'bed' + d });
    let nurse = 'Ⅱ级护理';
    if (d === opd || (major && d === opd + 1)) nurse = 'Ⅰ级护理';
    if (opts.nursing) nurse = opts.nursing(d, opd) || nurse;
    add(nurse, d, 1, { tag: 'nurse' + d });
    add('住院诊查费', d, 1, { tag: 'cons' + d });
  }
  // admission work-up
  add('血常规(五分类)', 0, 1); add('尿常规', 0, 1); add('肝功能(全套)', 0, 1); add('肾功能(三项)', 0, 1);
  add('电解质(四项)', 0, 1); add('凝血四项', 0, 1); add('术前八项(感染筛查)', 0, 1); add('血型鉴定(ABO+Rh)', 0, 1);
  add('常规心电图检查', 0, 1);
  if (pat.age >= 40 || T.an === 'GA') add('胸部X线摄影(正侧位)', 0, 1);
  add('空腹血糖测定', 0, 1);
  add('一次性使用静脉留置针', 0, 1); add('静脉留置针置管', 0, 1);
  // kind-specific diagnostics
  const k = T.kind;
  if (k === 'arthro') { add('四肢X线摄影', 0, 1); add('下肢血管彩色多普勒超声', 0, 1); add('D-二聚体测定', 0, 1); }
  if (k === 'fracture') { add('四肢X线摄影', 0, 2); add('四肢X线摄影', opd + 1, 1); add('D-二聚体测定', 0, 1); }
  if (k === 'spine') { add('腰椎X线摄影', 0, 1); add('腰椎MRI平扫', 0, 1); }
  if (k === 'cardiac' || k === 'pacer') { add('心肌酶谱', 0, 1); add('肌钙蛋白I测定', 0, 1); add('血脂(四项)', 0, 1); add('心脏彩色多普勒超声', 0, 1); if (k === 'pacer') { add('动态心电图(24小时)', 1, 1); for (let d = 0; d < opd; d++) add('心电监测', d, 24); } add('常规心电图检查', opd + 1, 1); }
  if (k === 'eye') { add('裂隙灯检查', 0, 1); add('眼底检查', 0, 1); add('眼科A超(生物测量)', 0, 1); add('裂隙灯检查', opd + 1, 1); }
  if (k === 'appx') { add('腹部B超', 0, 1); add('C反应蛋白测定', 0, 1); }
  if (k === 'abdo') { add('腹部B超', 0, 1); }
  if (k === 'neck') { add('甲状腺彩超', 0, 1); add('甲状腺功能(三项)', 0, 1); }
  if (k === 'major') { add('乳腺彩超', 0, 1); add('胸部CT平扫', 0, 1); add('腹部B超', 0, 1); add('肿瘤标志物(CEA)测定', 0, 1); }
  if (k === 'gyn') { add('妇科B超', 0, 1); if (key === 'LAPHYST') add('宫颈液基细胞学检查(TCT)', 0, 1); }
  if (k === 'cs') { add('产科B超', 0, 1); add('胎心监护', 0, 1); }
  if (k === 'turp') { add('泌尿系B超', 0, 1); add('前列腺特异性抗原(PSA)测定', 0, 1); }
  if (k === 'uro') { add('泌尿系B超', 0, 1); add('腹部CT平扫', 0, 1); }
  if (k === 'minor' && key === 'VARICOSE') add('下肢血管彩色多普勒超声', 0, 1);
  if (T.path) add('病理检查(常规石蜡切片)', opd, T.path);
  // operation day
  if (!opts.noOp) {
    add(T.op, opd, 1, { tag: 'op' });
    const hours = opts.gaHours || ri(T.h[0], T.h[1]);
    if (T.an === 'GA') {
      add('全身麻醉', opd, hours, { tag: 'anaes' });
      add('丙泊酚中/长链脂肪乳注射液', opd, 2); add('枸橼酸芬太尼注射液', opd, 2); add('注射用维库溴铵', opd, 1); add('咪达唑仑注射液', opd, 1);
      add('一次性气管插管', opd, 1);
    } else if (T.an === 'SP') {
      add('椎管内麻醉', opd, 1, { tag: 'anaes' }); add(CONS.spinalKit, opd, 1); add('盐酸罗哌卡因注射液', opd, 1);
    } else {
      add('局部浸润麻醉', opd, 1, { tag: 'anaes' }); add('盐酸利多卡因注射液', opd, 2);
    }
    if (T.an !== 'LA' || k === 'pacer') { add(CONS.pack, opd, 1); add(CONS.pen, opd, 1); }
    for (const [c, q] of T.cons) add(CONS[c], opd, q, { tag: 'cons_' + c });
  }
  // drugs & nursing care after operation
  const ivDays = [];
  if (k === 'appx') { for (let d = opd; d < Math.min(los, opd + 3); d++) { add('注射用头孢曲松钠', d, 2); add('甲硝唑氯化钠注射液', d, 2); ivDays.push(d); } }
  else if (k === 'cardiac' || k === 'pacer' || k === 'eye' || k === 'ent' || k === 'anal') { if (k === 'pacer') { for (let d = opd; d < Math.min(los, opd + 2); d++) { add('注射用头孢呋辛钠', d, 2); add('氯化钠注射液', d, 1); ivDays.push(d); } } }
  else if (!opts.noOp) { add('注射用头孢呋辛钠', opd, 2); ivDays.push(opd); }
  if (T.an !== 'LA' && !opts.noOp) {
    for (let d = opd; d < Math.min(los, opd + (major ? 3 : 2)); d++) { add(pick(['复方氯化钠注射液', '乳酸钠林格注射液']), d, 2); add('葡萄糖氯化钠注射液', d, 1); if (!ivDays.includes(d)) ivDays.push(d); }
  }
  for (const d of ivDays) { add('静脉输液(第一组)', d, 1); add('静脉输液(每增加一组)', d, 2); add('一次性使用输液器', d, 1); }
  if (!opts.noOp) {
    if (['arthro', 'fracture', 'spine', 'major', 'gyn', 'abdo', 'neck', 'minor', 'uro', 'turp', 'cs'].includes(k)) {
      for (let d = opd + 1; d < los; d++) add(k === 'cs' ? '布洛芬缓释胶囊' : '塞来昔布胶囊', d, 2);
    }
    if (k === 'arthro' || (k === 'fracture' && key !== 'RADIUS')) {
      add('氨甲环酸注射液', opd, 2);
      const n = Math.min(los - opd - 1, 10); for (let d = opd + 1; d < opd + 1 + n; d++) { add('依诺肝素钠注射液', d, 1); add('皮下注射', d, 1); }
    }
    if (k === 'cardiac' && key === 'PCI') { for (let d = 0; d < los; d++) { add('阿司匹林肠溶片', d, 1); add('替格瑞洛片', d, 2); add('阿托伐他汀钙片', d, 1); } add('依诺肝素钠注射液', opd, 1); add('皮下注射', opd, 1); }
    if (k === 'cardiac' && key === 'ANGIO') { for (let d = 0; d < los; d++) { add('阿司匹林肠溶片', d, 1); add('阿托伐他汀钙片', d, 1); } }
    if (k === 'cardiac' || k === 'pacer') { add('心电监测', opd, 12); add('心电电极片', opd, 5); }
    if (k === 'eye') { add('左氧氟沙星滴眼液', opd, 1); add('妥布霉素地塞米松滴眼液', opd, 1); }
    if (k === 'ent' || k === 'anal') { for (let d = opd; d < Math.min(los, opd + 3); d++) add('头孢呋辛酯片', d, 2); }
    if (k === 'cs') { add('缩宫素注射液', opd, 2); add('缩宫素注射液', opd + 1, 1); add('肌肉注射', opd + 1, 1); }
    if (k === 'turp' || k === 'cs' || key === 'LAPHYST') { if (k !== 'turp') { add('导尿', opd, 1); add(CONS.cathKit, opd, 1); } }
    // dressings
    if (!['eye', 'cardiac', 'ent', 'turp'].includes(k)) {
      add(k === 'minor' || k === 'anal' ? '换药(小)' : '换药(中)', Math.min(los - 1, opd + 2), 1); add('一次性使用换药包', Math.min(los - 1, opd + 2), 1);
      if (los - opd > 5) { add('换药(中)', los - 1, 1); add('一次性使用换药包', los - 1, 1); }
    }
    if (['arthro', 'spine', 'major', 'neck'].includes(k) || (k === 'fracture' && T.cons.some((c) => c[0] === 'drain'))) { for (let d = opd; d < Math.min(los, opd + 2); d++) add(CONS.bag, d, 1); }
    if (k === 'fracture' || k === 'arthro' || k === 'spine') add('血常规(五分类)', opd + 1, 1);
    if (k === 'arthro' || k === 'major') add('电解质(四项)', opd + 1, 1);
  }
  if (opts.hook) opts.hook({ add, items, opd, los, T, hosp, pat });
  const procs = opts.procs || (opts.noOp ? [] : T.procs.map((c) => ({ code: c, day: opd })));
  const claim = mkClaim({ visitType: 'inpatient', hosp, pat, dept: T.dept, doctor: opts.doctor, adm, dis: addDays(adm, los), dx: opts.dx || T.dx, procs, items, route: opts.route || T.route || 'outpatient', dmode: opts.dmode });
  return { claim, ctx: { hosp, pat, opd, los, adm, T } };
}

// outpatient visit
function visit(o) {
  const items = [];
  const add = (name, qty, extra = {}) => items.push({ name, day: 0, qty, ...extra });
  add(o.consult || (o.hosp.level >= 2 && chance(0.3) ? '副主任医师门诊诊察费' : (o.hosp.level === 1 ? '一般诊疗费' : '普通门诊诊察费')), 1);
  for (const it of o.items) items.push({ day: 0, ...it });
  return mkClaim({ visitType: o.visitType || 'outpatient', hosp: o.hosp, pat: o.pat, dept: o.dept, date: o.date, dx: o.dx, procs: o.procs, items, doctor: o.doctor });
}

// medical stay (routine background)
function medicalStay(kind, opts = {}) {
  const M = {
    PNEU: { dept: 'respiratory', dx: ['J18.900'], age: [20, 85], los: [6, 10], lvl: [1, 3] },
    COPD: { dept: 'respiratory', dx: ['J44.100'], age: [58, 85], los: [7, 11], lvl: [1, 3] },
    STROKE: { dept: 'neurology', dx: ['I63.900', 'I10.x00'], age: [55, 85], los: [9, 14], lvl: [2, 3] },
    GASTRO: { dept: 'gastroenterology', dx: ['K92.201'], age: [30, 75], los: [5, 7], lvl: [2, 3] },
    UTI: { dept: 'nephrology', dx: ['N39.000'], age: [25, 80], los: [4, 7], lvl: [1, 3] },
    HF: { dept: 'cardiology', dx: ['I50.900', 'I10.x00'], age: [62, 88], los: [7, 11], lvl: [2, 3] },
  }[kind];
  const hosp = opts.hosp || hospOf(M.lvl[0], M.lvl[1]);
  const pat = opts.pat || person(null, M.age[0], M.age[1]);
  const los = ri(M.los[0], M.los[1]);
  const adm = opts.adm || randDate(5, 335);
  const items = [];
  const add = (name, day, qty, extra = {}) => items.push({ name, day, qty, ...extra });
  for (let d = 0; d < los; d++) { add('普通病房床位费(三人间)', d, 1); add(d < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理', d, 1); add('住院诊查费', d, 1); }
  add('血常规(五分类)', 0, 1); add('尿常规', 0, 1); add('肝功能(全套)', 0, 1); add('肾功能(三项)', 0, 1); add('电解质(四项)', 0, 1); add('常规心电图检查', 0, 1); add('空腹血糖测定', 0, 1); add('C反应蛋白测定', 0, 1);
  add('一次性使用静脉留置针', 0, 1); add('静脉留置针置管', 0, 1);
  let ivd = Math.min(los - 1, kind === 'STROKE' ? 10 : 7);
  if (kind === 'PNEU') { add('胸部CT平扫', 0, 1); add('细菌培养及药敏', 0, 1); add('血常规(五分类)', 4, 1); for (let d = 0; d < ivd; d++) { add('注射用头孢曲松钠', d, 2); add('盐酸氨溴索注射液', d, 2); add('氯化钠注射液', d, 2); } }
  if (kind === 'COPD') { add('胸部CT平扫', 0, 1); add('血气分析', 0, 1); add('血气分析', 3, 1); for (let d = 0; d < ivd; d++) { add('注射用头孢呋辛钠', d, 3); add('多索茶碱注射液', d, 2); add('吸入用布地奈德混悬液', d, 2); add('雾化吸入', d, 2); add('吸氧', d, 12); add('氯化钠注射液', d, 2); } }
  if (kind === 'STROKE') { add('头颅CT平扫', 0, 1); add('头颅MRI平扫', 1, 1); add('颈部血管彩色多普勒超声', 1, 1); add('血脂(四项)', 0, 1); add('凝血四项', 0, 1); for (let d = 0; d < los; d++) { add('阿司匹林肠溶片', d, 1); add('阿托伐他汀钙片', d, 1); add('苯磺酸氨氯地平片', d, 1); } for (let d = 0; d < ivd; d++) { add('依达拉奉注射液', d, 2); add('氯化钠注射液', d, 2); } for (let d = 2; d < los; d++) add('运动疗法', d, 1); add('康复评定', 2, 1); add('康复评定', los - 1, 1); }
  if (kind === 'GASTRO') { add('胃镜检查', 1, 1); add('腹部B超', 0, 1); add('大便常规+隐血', 0, 1); add('血常规(五分类)', 2, 1); add('凝血四项', 0, 1); add('血型鉴定(ABO+Rh)', 0, 1); ivd = 4; for (let d = 0; d < 4; d++) { add('注射用泮托拉唑钠', d, 2); add('葡萄糖氯化钠注射液', d, 2); add('氯化钠注射液', d, 2); } for (let d = 4; d < los; d++) add('雷贝拉唑钠肠溶片', d, 2); }
  if (kind === 'UTI') { add('细菌培养及药敏', 0, 1); add('泌尿系B超', 0, 1); add('尿常规', 3, 1); for (let d = 0; d < ivd; d++) { add('左氧氟沙星氯化钠注射液', d, 1); add('氯化钠注射液', d, 1); } }
  if (kind === 'HF') { add('B型钠尿肽(BNP)测定', 0, 1); add('B型钠尿肽(BNP)测定', 5, 1); add('心脏彩色多普勒超声', 1, 1); add('胸部X线摄影(正侧位)', 0, 1); for (let d = 0; d < los; d++) { add('沙库巴曲缬沙坦钠片', d, 2); add('螺内酯片', d, 1); add('琥珀酸美托洛尔缓释片', d, 1); } for (let d = 0; d < 4; d++) { add('呋塞米注射液', d, 2); add('静脉注射', d, 2); } ivd = 0; }
  for (let d = 0; d < ivd; d++) { add('静脉输液(第一组)', d, 1); add('静脉输液(每增加一组)', d, 1); add('一次性使用输液器', d, 1); }
  if (opts.hook) opts.hook({ add, items, los });
  return mkClaim({ visitType: 'inpatient', hosp, pat, dept: M.dept, adm, dis: addDays(adm, los), dx: M.dx, procs: [], items, route: kind === 'STROKE' || kind === 'HF' ? 'emergency' : 'outpatient' });
}

function label(kind, code, name, caseNo, cls, targets, mutated) {
  const caseId = `${code}-${String(caseNo).padStart(2, '0')}`;
  const ids = cls.map((c) => c.claimId);
  labels.push({ caseId, kind, code, name, claimIds: ids, targets: targets ? targets.map((c) => c.claimId) : ids, mutatedLines: mutated || {} });
}
const tagLines = (c, pred) => c.items.filter(pred).map((i) => i.lineId);

// ======================= FRAUD TYPOLOGIES =======================
const N = 20;
const TYP = {};
TYP.T01 = ['骨科植入物多计(螺钉/接骨板数量超出内固定所用)', (i) => {
  const key = ['RADIUS', 'ANKLE', 'TIBIA', 'PATELLA', 'FUSION'][i % 5];
  const v = Math.floor(i / 5) % 3; // 0 more screws on same line, 1 extra plate, 2 add-on screws next day
  let extraDay = null;
  const { claim } = surgicalStay(key, { hook: ({ items, opd, add }) => {
    const sc = items.find((x) => x._tag === 'cons_screw' || x.tag === 'cons_screw');
    if (v === 0 || (v === 1 && key === 'PATELLA')) { sc.qty = sc.qty + ri(4, 6); sc.tag = 'MUT'; }
    else if (v === 1) { const pl = items.find((x) => x.tag === 'cons_plate' || x.tag === 'cons_cage'); pl.qty = pl.qty + 1; pl.tag = 'MUT'; }
    else { add(CONS.screw, opd + 1, ri(3, 6), { tag: 'MUT' }); extraDay = opd + 1; }
  } });
  label('fraud', 'T01', TYP.T01[0], i + 1, [claim], null, { [claim.claimId]: tagged(claim, 'MUT') });
}];
TYP.T02 = ['冠脉支架/球囊多计(结算清单单支架单血管, 账单多枚)', (i) => {
  const v = i % 4;
  const { claim } = surgicalStay('PCI', { dx: [pick(['I20.000', 'I21.001', 'I20.003']), 'I25.103', 'I10.x00'], hook: ({ items, opd, add }) => {
    const st = items.find((x) => x.tag === 'cons_stent'); const ba = items.find((x) => x.tag === 'cons_balloon');
    if (v === 0) { st.qty = ri(2, 3); st.tag = 'MUT'; }
    else if (v === 1) { add(CONS.stent, opd, 1, { tag: 'MUT' }); add(CONS.balloon, opd, 1, { tag: 'MUT' }); }
    else if (v === 2) { st.qty = 2; st.tag = 'MUT'; ba.qty = 3; ba.tag = 'MUT'; }
    else { add(CONS.stent, opd + 1, ri(1, 2), { tag: 'MUT' }); }
  } });
  label('fraud', 'T02', TYP.T02[0], i + 1, [claim], null, { [claim.claimId]: tagged(claim, 'MUT') });
}];
TYP.T03 = ['串换高值耗材(低价器械按高价器械收费)', (i) => {
  const v = i % 3; let c;
  if (v === 0) { // hemiarthroplasty coded, total hip prosthesis billed
    c = surgicalStay('HEMI', { hook: ({ items }) => { const h = items.find((x) => x.tag === 'cons_head'); h.name = CONS.hip; h.tag = 'MUT'; } }).claim;
  } else if (v === 1) { // single-chamber pacemaker coded, dual billed
    c = surgicalStay('PACER', { dx: [pick(['I48.100x002', 'I48.200']), 'I49.500'], procs: null, T: { procs: ['37.8101'] }, hook: ({ items }) => { const p = items.find((x) => x.tag === 'cons_pacer'); p.tag = 'MUT'; const s = items.find((x) => x.tag === 'cons_sheath'); s.qty = 1; } }).claim;
  } else { // unicompartmental knee coded, total knee prosthesis billed
    c = surgicalStay('TKA', { dx: ['M17.101'], T: { procs: ['81.5400x004'] }, hook: ({ items }) => { const k = items.find((x) => x.tag === 'cons_knee'); k.tag = 'MUT'; } }).claim;
  }
  label('fraud', 'T03', TYP.T03[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
}];
TYP.T04 = ['耗材与手术不匹配', (i) => {
  const v = i % 4; let c;
  if (v === 0) c = surgicalStay('THA', { hook: ({ add, opd }) => add(CONS.knee, opd, 1, { tag: 'MUT' }) }).claim;
  else if (v === 1) c = surgicalStay('DISC', { hook: ({ add, opd }) => { add(CONS.cage, opd, 1, { tag: 'MUT' }); add(CONS.screw, opd, 4, { tag: 'MUT' }); } }).claim;
  else if (v === 2) c = surgicalStay(pick(['LAPCHOLE', 'LAPAPP']), { hook: ({ add, opd }) => add(CONS.mesh, opd, 1, { tag: 'MUT' }) }).claim;
  else c = surgicalStay(pick(['HEMI', 'TKA']), { hook: ({ add, opd }) => add(CONS.plate, opd, 1, { tag: 'MUT' }) }).claim;
  label('fraud', 'T04', TYP.T04[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
}];
TYP.T05 = ['手术编码高套(结算清单编码大于账单所支持的手术)', (i) => {
  const v = i % 5; let c;
  if (v === 0) c = surgicalStay('LAPOVARY', { dx: ['D25.900', 'N83.201'], T: { procs: ['68.4100'] } }).claim;
  else if (v === 1) c = surgicalStay('DISC', { dx: ['M48.005', 'M51.202'], procs: null, T: { procs: ['81.0800x016', '80.5100x013'] } }).claim;
  else if (v === 2) c = surgicalStay('THYROID', { dx: ['E04.200x003'], T: { procs: ['06.4x00'] } }).claim;
  else if (v === 3) c = vaginalDeliveryCodedCS();
  else c = surgicalStay('HEMI', { T: { procs: ['81.5100'] } }).claim;
  label('fraud', 'T05', TYP.T05[0], i + 1, [c], null, { [c.claimId]: [] });
}];
function vaginalDeliveryCodedCS() {
  const hosp = hospOf(1, 3); const pat = person('F', 22, 36); const adm = randDate(5, 330); const los = ri(2, 3);
  const items = [];
  const add = (name, day, qty, extra = {}) => items.push({ name, day, qty, ...extra });
  for (let d = 0; d < los; d++) { add('普通病房床位费(三人间)', d, 1); add(d === 0 ? 'Ⅰ级护理' : 'Ⅱ级护理', d, 1); add('住院诊查费', d, 1); }
  add('血常规(五分类)', 0, 1); add('尿常规', 0, 1); add('凝血四项', 0, 1); add('术前八项(感染筛查)', 0, 1); add('血型鉴定(ABO+Rh)', 0, 1); add('产科B超', 0, 1); add('胎心监护', 0, 2);
  add('阴道分娩接生', 0, 1); add('一次性产包', 0, 1); add('缩宫素注射液', 0, 2); add('肌肉注射', 0, 1); add('可吸收缝线', 0, 1); add('血常规(五分类)', 1, 1);
  add('一次性使用静脉留置针', 0, 1); add('静脉留置针置管', 0, 1); add('乳酸钠林格注射液', 0, 2); add('静脉输液(第一组)', 0, 1); add('一次性使用输液器', 0, 1);
  return mkClaim({ visitType: 'inpatient', hosp, pat, dept: 'obstetrics', adm, dis: addDays(adm, los), dx: ['O82.000', 'O34.200x002'], procs: [{ code: '74.1x01', day: 0 }], items, route: 'outpatient' });
}
TYP.T06 = ['一台手术按两个手术项目收费(中转开腹双收/置换术分拆)', (i) => {
  const v = i % 3; let c;
  if (v === 0) c = surgicalStay('LAPCHOLE', { dx: ['K80.000x002'], T: { procs: ['51.2200'], h: [3, 3] }, post: ri(4, 6), hook: ({ add, opd }) => { add('胆囊切除术', opd, 1, { tag: 'MUT2' }); add('C反应蛋白测定', 0, 1); for (let d = 0; d < opd + 3; d++) { add('甲硝唑氯化钠注射液', d, 2); if (d !== opd) add('注射用头孢呋辛钠', d, 3); } } }).claim;
  else if (v === 1) c = surgicalStay('LAPAPP', { dx: ['K35.300'], T: { procs: ['47.0901'], h: [2, 3] }, hook: ({ add, opd }) => add('阑尾切除术', opd, 1, { tag: 'MUT2' }) }).claim;
  else c = surgicalStay(pick(['THA', 'TKA']), { hook: ({ add, opd, T }) => add(T.op === '人工全髋关节置换术' ? '人工股骨头置换术' : '人工股骨头置换术', opd, 1, { tag: 'MUT' }) }).claim;
  // for conversions the coded operation is the open one: the laparoscopic fee line is the added one
  const mut = v === 2 ? tagged(c, 'MUT') : tagged(c, 'op');
  label('fraud', 'T06', TYP.T06[0], i + 1, [c], null, { [c.claimId]: mut });
}];
TYP.T07 = ['麻醉时长虚高(全麻计时远超手术所需)', (i) => {
  const key = ['LAPAPP', 'LAPCHOLE', 'TONSIL', 'THYROID', 'RADIUS', 'LAPOVARY', 'DISC'][i % 7];
  const c = surgicalStay(key, { gaHours: ri(5, 8) }).claim;
  label('fraud', 'T07', TYP.T07[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'anaes') });
}];
TYP.T08 = ['麻醉重复收费', (i) => {
  const v = i % 3; let c;
  if (v === 0) c = surgicalStay(pick(['LAPCHOLE', 'THYROID', 'TONSIL', 'LAPOVARY']), { hook: ({ add, opd }) => { add('椎管内麻醉', opd, 1, { tag: 'MUT' }); } }).claim;
  else if (v === 1) c = surgicalStay(pick(['HERNIA', 'TURP', 'CSECTION', 'VARICOSE', 'HAEM']), { hook: ({ add, opd }) => { add('椎管内麻醉', opd + 1, 1, { tag: 'MUT' }); } }).claim;
  else c = surgicalStay(pick(['LAPAPP', 'RADIUS', 'DISC', 'LAPHYST']), { hook: ({ add, opd }) => { add('全身麻醉', opd, ri(1, 2), { tag: 'MUT' }); } }).claim;
  label('fraud', 'T08', TYP.T08[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
}];
const PREOP_PKG = ['冠状动脉CTA', '心脏彩色多普勒超声', 'B型钠尿肽(BNP)测定', '肌钙蛋白I测定', '心肌酶谱', '肺功能检查', '头颅CT平扫', '肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定', '糖类抗原19-9(CA19-9)测定', '甲状腺功能(三项)', '颈部血管彩色多普勒超声', '动态血压监测(24小时)', '胸部CT平扫'];
TYP.T09 = ['无指征的术前检查套餐(年轻低危患者小手术)', (i) => {
  const key = ['LAPAPP', 'TONSIL', 'LAPOVARY', 'HAEM', 'HERNIA', 'URS', 'VARICOSE'][i % 7];
  const T = OPS[key];
  const pat = person(T.sex || null, Math.max(18, T.age[0]), Math.min(40, Math.max(T.age[0] + 5, 40)));
  const n = ri(4, 7); const pkg = [...PREOP_PKG].sort(() => rnd() - 0.5).slice(0, n);
  const c = surgicalStay(key, { pat, hosp: hospOf(Math.max(2, T.lvl[0]), 3), hook: ({ add, items }) => { for (const t of pkg) { if (t === '心脏彩色多普勒超声' && items.some((x) => x.name === t)) continue; if (t === '胸部CT平扫' && items.some((x) => x.name === t)) continue; add(t, 0, 1, { tag: 'MUT' }); } } }).claim;
  label('fraud', 'T09', TYP.T09[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
}];
TYP.T10 = ['日间手术病种转普通住院(术前术后空床日)', (i) => {
  const key = ['CATARACT', 'HERNIA', 'HAEM', 'VARICOSE', 'URS'][i % 5];
  const pre = ri(2, 4); const post = ri(4, 6);
  const r = surgicalStay(key, { pre, post });
  const c = r.claim; const opd = pre;
  // padding days: every pre-operative day and post-operative days beyond the day after the operation
  const pad = new Set(); for (let d = 0; d < r.ctx.los; d++) if (d < opd || d > opd + 1) pad.add(d);
  const mut = c.items.filter((x) => /^(bed|nurse|cons)(\d+)$/.test(x._tag || '') && pad.has(Number(x._tag.replace(/\D/g, '')))).map((x) => x.lineId);
  label('fraud', 'T10', TYP.T10[0], i + 1, [c], null, { [c.claimId]: mut });
}];
TYP.T11 = ['术后康复治疗虚记', (i) => {
  const key = ['TKA', 'THA', 'ANKLE', 'TIBIA', 'FUSION', 'DISC', 'HEMI'][i % 7];
  const v = i % 3;
  const c = surgicalStay(key, { hook: ({ add, opd, los }) => {
    if (v === 0) { for (let d = opd; d < los; d++) add('运动疗法', d, 2, { tag: d <= opd + 1 ? 'MUT' : 'MUT' }); add('康复评定', opd, 1, { tag: 'MUT' }); }
    else if (v === 1) { for (let d = opd; d < los; d++) { add('康复评定', d, 1, { tag: 'MUT' }); add('运动疗法', d, 1, { tag: d === opd ? 'MUT' : 'ok' }); } }
    else { for (let d = opd; d < los; d++) { add('推拿治疗', d, 2, { tag: 'MUT' }); add('针灸', d, 2, { tag: 'MUT' }); } }
  } }).claim;
  label('fraud', 'T11', TYP.T11[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
}];
TYP.T12 = ['一次手术两次结算(手术费/耗材另以门诊或日间单结算)', (i) => {
  const v = i % 4;
  const key = v === 0 ? 'CATARACT' : v === 1 ? 'HAEM' : v === 2 ? pick(['HERNIA', 'CATARACT']) : pick(['CATARACT', 'VARICOSE', 'HAEM']);
  const r = surgicalStay(key); const s = r.claim; const T = r.ctx.T;
  const opDate = addDays(r.ctx.adm, r.ctx.opd);
  let dup;
  const devs = T.cons.filter(([k]) => ['iol', 'visco', 'mesh', 'bandage'].includes(k));
  if (v === 3) { // overlapping one-day "day surgery" inpatient claim with the same operation
    const items = [{ name: '普通病房床位费(三人间)', day: 0, qty: 1 }, { name: 'Ⅱ级护理', day: 0, qty: 1 }, { name: '住院诊查费', day: 0, qty: 1 }, { name: T.op, day: 0, qty: 1, tag: 'MUT' }, { name: T.an === 'SP' ? '椎管内麻醉' : '局部浸润麻醉', day: 0, qty: 1, tag: 'MUT' }];
    for (const [k, q] of devs) items.push({ name: CONS[k], day: 0, qty: q, tag: 'MUT' });
    dup = mkClaim({ visitType: 'inpatient', hosp: r.ctx.hosp, pat: r.ctx.pat, dept: T.dept, adm: opDate, dis: addDays(opDate, 1), dx: T.dx, procs: T.procs.map((c) => ({ code: c, day: 0 })), items, route: 'outpatient' });
  } else {
    const its = [{ name: T.op, qty: 1, tag: 'MUT' }];
    for (const [k, q] of devs) its.push({ name: CONS[k], qty: q, tag: 'MUT' });
    if (v === 2) its.splice(0, 1);
    dup = visit({ hosp: r.ctx.hosp, pat: r.ctx.pat, dept: T.dept, date: addDays(opDate, v === 2 ? -ri(1, 2) : 0), dx: T.dx, items: its });
  }
  // the pair is the fraud: either settlement may be the one examined second, so both are targets;
  // mutated lines are the duplicated operation / anaesthesia / device lines on each side
  const dupNames = new Set(dup.items.filter((x) => x._tag === 'MUT').map((x) => x.name));
  const stayLines = s.items.filter((x) => dupNames.has(x.name) && x.date === opDate).map((x) => x.lineId);
  label('fraud', 'T12', TYP.T12[0], i + 1, [s, dup], [s, dup], { [dup.claimId]: tagged(dup, 'MUT'), [s.claimId]: stayLines });
}];
TYP.T13 = ['手术未做而收费(无手术编码、无麻醉、无术中耗材)', (i) => {
  const v = i % 4;
  const key = ['DISC', 'HAEM', 'VARICOSE', 'TONSIL'][v];
  const T = OPS[key];
  const dx = { DISC: ['M51.202'], HAEM: ['K64.200'], VARICOSE: ['I83.903'], TONSIL: ['J35.000'] }[key];
  const c = surgicalStay(key, { noOp: true, dx, pre: ri(2, 4), post: ri(3, 5), nursing: () => 'Ⅱ级护理', hook: ({ add, los }) => {
    const opd = ri(1, 2);
    add(T.op, opd, 1, { tag: 'MUT' });
    for (let d = 0; d < los; d++) {
      if (key === 'DISC') { add('塞来昔布胶囊', d, 2); if (d < 5) { add('甘露醇注射液', d, 1); add('静脉输液(第一组)', d, 1); add('一次性使用输液器', d, 1); } add('推拿治疗', d, 1); }
      if (key === 'HAEM') { add('乳果糖口服溶液', d, 2); }
      if (key === 'VARICOSE') { add(CONS.bandage, d, 1); }
      if (key === 'TONSIL' && d < 5) { add('注射用头孢呋辛钠', d, 3); add('静脉输液(第一组)', d, 1); add('一次性使用输液器', d, 1); }
    }
    if (i % 8 >= 4 && key === 'VARICOSE') add(CONS.suture, opd, 2, { tag: 'MUT' });
  } }).claim;
  label('fraud', 'T13', TYP.T13[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
}];
TYP.T14 = ['限定手术使用的药品/耗材用于非手术或不符术式', (i) => {
  const v = i % 4; let c;
  if (v === 0) {
    const hosp = hospOf(2, 3); const pat = person(null, 45, 80);
    c = visit({ hosp, pat, dept: 'ophthalmology', date: randDate(5, 340), dx: [pick(['H10.900', 'H40.100', 'H25.900'])], items: [{ name: '裂隙灯检查', qty: 1 }, { name: '眼底检查', qty: 1 }, { name: CONS.visco, qty: ri(1, 2), tag: 'MUT' }, { name: pick(['玻璃酸钠滴眼液', '左氧氟沙星滴眼液']), qty: 1 }] });
  } else if (v === 1) c = surgicalStay('OPENAPP', { hook: ({ add, opd }) => add(CONS.trocar, opd, 1, { tag: 'MUT' }) }).claim;
  else if (v === 2) c = medicalStay(pick(['PNEU', 'COPD', 'UTI']), { hook: ({ add, los }) => { const d = ri(1, los - 2); add('盐酸罗哌卡因注射液', d, ri(1, 2), { tag: 'MUT' }); add(CONS.spinalKit, d, 1, { tag: 'MUT' }); } });
  else c = surgicalStay(pick(['LAPCHOLE', 'HERNIA', 'THYROID', 'LAPOVARY']), { hook: ({ add, opd }) => { for (let d = opd; d < opd + ri(2, 3); d++) add('人血白蛋白', d, ri(1, 2), { tag: 'MUT' }); } }).claim;
  label('fraud', 'T14', TYP.T14[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
}];
TYP.T15 = ['重复收取手术中已含的项目(术毕换药、麻醉访视按会诊、术中置管)', (i) => {
  const v = i % 4; let c;
  if (v === 0) c = surgicalStay(pick(['LAPCHOLE', 'THYROID', 'TKA', 'ANKLE', 'LAPHYST']), { hook: ({ add, opd }) => { add('换药(中)', opd, 1, { tag: 'MUT' }); add('一次性使用换药包', opd, 1, { tag: 'MUT' }); add('医用脱脂纱布', opd, 2, { tag: 'MUT' }); } }).claim;
  else if (v === 1) c = surgicalStay(pick(['LAPAPP', 'HERNIA', 'TONSIL', 'LAPOVARY', 'RADIUS']), { pat: null, hook: ({ add, opd }) => { add('院内会诊', Math.max(0, opd - 1), 1, { tag: 'MUT' }); } }).claim;
  else if (v === 2) c = surgicalStay('TURP', { hook: ({ add, opd }) => { add('导尿', opd, 1, { tag: 'MUT' }); add(CONS.cathKit, opd, 1, { tag: 'MUT' }); } }).claim;
  else c = surgicalStay('CATARACT', { hook: ({ add, opd }) => { add('裂隙灯检查', opd, 1, { tag: 'MUT' }); add('眼底检查', opd, 1, { tag: 'MUT' }); add('眼科A超(生物测量)', opd, 1, { tag: 'MUT' }); } }).claim;
  label('fraud', 'T15', TYP.T15[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
}];
TYP.T16 = ['单纯冠脉造影收取介入治疗耗材', (i) => {
  const v = i % 3;
  const c = surgicalStay('ANGIO', { dx: [pick(['I20.000', 'I25.103', 'I20.002']), 'I10.x00'], hook: ({ add, opd }) => {
    add(CONS.wire, opd, ri(1, 2), { tag: 'MUT' });
    if (v >= 1) add(CONS.balloon, opd, 1, { tag: 'MUT' });
    if (v === 2) add(CONS.stent, opd, 1, { tag: 'MUT' });
  } }).claim;
  label('fraud', 'T16', TYP.T16[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
}];
TYP.T17 = ['单眼白内障手术多计人工晶体/粘弹剂/生物测量', (i) => {
  const v = i % 4;
  const c = surgicalStay('CATARACT', { pre: v === 3 ? 2 : 1, hook: ({ items, add, opd }) => {
    const iol = items.find((x) => x.tag === 'cons_iol'); const vis = items.find((x) => x.tag === 'cons_visco');
    if (v === 0) { iol.qty = 2; iol.tag = 'MUT'; }
    else if (v === 1) { vis.qty = ri(3, 4); vis.tag = 'MUT'; }
    else if (v === 2) { add(CONS.iol, opd + 1, 1, { tag: 'MUT' }); add(CONS.visco, opd + 1, 1, { tag: 'MUT' }); }
    else { add('眼科A超(生物测量)', 1, 1, { tag: 'MUT' }); add('眼科A超(生物测量)', opd, 1, { tag: 'MUT' }); vis.qty = 2; }
  } }).claim;
  label('fraud', 'T17', TYP.T17[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
}];
TYP.T18 = ['体外冲击波碎石重复/叠加收费', (i) => {
  const v = i % 4;
  if (v === 0 || v === 3) {
    const c = surgicalStay('URS', { hook: ({ add, opd }) => add('体外冲击波碎石', v === 0 ? opd + 1 : opd, 1, { tag: 'MUT' }) }).claim;
    label('fraud', 'T18', TYP.T18[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
  } else if (v === 1) {
    const hosp = hospOf(1, 3); const pat = person(null, 28, 66);
    const c = visit({ hosp, pat, dept: 'urology', date: randDate(5, 340), dx: [pick(['N20.000', 'N20.100'])], items: [{ name: '泌尿系B超', qty: 1 }, { name: '尿常规', qty: 1 }, { name: '体外冲击波碎石', qty: ri(2, 3), tag: 'MUT' }, { name: '双氯芬酸钠缓释片', qty: 7 }] });
    label('fraud', 'T18', TYP.T18[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
  } else {
    const hosp = hospOf(1, 3); const pat = person(null, 28, 66); const d0 = randDate(5, 330); const dx = ['N20.100'];
    const cs = []; let day = 0;
    for (let k = 0; k < 3; k++) {
      cs.push(visit({ hosp, pat, dept: 'urology', date: addDays(d0, day), dx, items: [...(k === 0 ? [{ name: '泌尿系B超', qty: 1 }, { name: '尿常规', qty: 1 }] : []), { name: '体外冲击波碎石', qty: 1, tag: k > 0 ? 'MUT' : 'ok' }, { name: '双氯芬酸钠缓释片', qty: 4 }] }));
      day += ri(1, 3);
    }
    label('fraud', 'T18', TYP.T18[0], i + 1, cs, cs.slice(1), { [cs[1].claimId]: tagged(cs[1], 'MUT'), [cs[2].claimId]: tagged(cs[2], 'MUT') });
  }
}];
TYP.T19 = ['单侧手术按双侧收费', (i) => {
  const key = ['HERNIA', 'VARICOSE', 'TKA', 'HERNIA', 'CATARACT'][i % 5];
  const c = surgicalStay(key, { hook: ({ add, opd, T, hosp }) => {
    add(T.op, opd, 1, { tag: 'MUT', price: r2(row(T.op).cap[String(hosp.level)] * (i % 2 ? 1 : 0.5)) });
    for (const [k, q] of T.cons) if (['mesh', 'knee', 'iol', 'bandage'].includes(k)) add(CONS[k], opd, q, { tag: 'MUT' });
  } }).claim;
  label('fraud', 'T19', TYP.T19[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
}];
TYP.T20 = ['虚构二次手术(无并发症诊断、无再手术编码)', (i) => {
  const key = ['THYROID', 'LAPCHOLE', 'TIBIA', 'LAPHYST', 'RADIUS', 'MASTECTOMY'][i % 6];
  const c = surgicalStay(key, { post: ri(5, 7), hook: ({ add, opd, T }) => {
    const d2 = opd + ri(1, 3);
    add(T.op, d2, 1, { tag: 'MUT' });
    if (T.an === 'GA') add('全身麻醉', d2, ri(1, 2), { tag: 'MUT' }); else add('椎管内麻醉', d2, 1, { tag: 'MUT' });
    add(CONS.pack, d2, 1, { tag: 'MUT' });
    if (i % 3 === 0) add(CONS.suture, d2, 2, { tag: 'MUT' });
  } }).claim;
  label('fraud', 'T20', TYP.T20[0], i + 1, [c], null, { [c.claimId]: tagged(c, 'MUT') });
}];

// ======================= CONTROLS =======================
const CTL = {};
CTL.C01 = ['多节段腰椎融合(多枚椎弓根螺钉, 2个融合器)', (i) => {
  const lv = i % 2 ? 3 : 2;
  const c = surgicalStay('FUSION', { gaHours: ri(4, 6), post: ri(8, 11), dx: ['M48.005', 'M51.202', ...(i % 3 === 0 ? ['M47.800'] : [])], procs: null,
    T: { procs: ['81.0800x016', lv === 3 ? '81.6300' : '81.6200', '80.5100x013'] },
    hook: ({ items }) => { items.find((x) => x.tag === 'cons_screw').qty = lv === 3 ? ri(8, 12) : 6; items.find((x) => x.tag === 'cons_cage').qty = 2; } }).claim;
  label('control', 'C01', CTL.C01[0], i + 1, [c]);
}];
CTL.C02 = ['多支血管病变PCI(2–3枚支架, 结算清单编码相符)', (i) => {
  const n = i % 2 ? 3 : 2;
  const c = surgicalStay('PCI', { dx: [pick(['I21.001', 'I21.103', 'I20.000']), 'I25.103', 'I10.x00'], procs: null,
    T: { procs: ['36.0601', n === 3 ? '00.4200' : '00.4100', n === 3 ? '00.4700' : '00.4600', '00.6600x004'] },
    hook: ({ items }) => { items.find((x) => x.tag === 'cons_stent').qty = n; items.find((x) => x.tag === 'cons_balloon').qty = n; items.find((x) => x.tag === 'cons_wire').qty = 2; } }).claim;
  label('control', 'C02', CTL.C02[0], i + 1, [c]);
}];
CTL.C03 = ['同一次麻醉双侧手术(双侧疝/双侧膝置换, 编码为双侧)', (i) => {
  let c;
  if (i % 2 === 0) c = surgicalStay('HERNIA', { dx: ['K40.201'], T: { procs: ['53.1701'], an: 'SP' }, hook: ({ add, opd, hosp }) => { add('腹股沟疝修补术', opd, 1, { price: r2(row('腹股沟疝修补术').cap[String(hosp.level)] * 0.5) }); add(CONS.mesh, opd, 1); } }).claim;
  else c = surgicalStay('TKA', { dx: ['M17.000'], gaHours: ri(4, 5), post: ri(9, 12), procs: null, T: { procs: ['81.5400', '81.5400'] }, hook: ({ add, opd, hosp }) => { add('人工全膝关节置换术', opd, 1, { price: r2(row('人工全膝关节置换术').cap['3'] * 0.5) }); add(CONS.knee, opd, 1); add(CONS.drain, opd, 1); } }).claim;
  label('control', 'C03', CTL.C03[0], i + 1, [c]);
}];
CTL.C04 = ['腹腔镜中转开腹(只收开腹手术费, 穿刺器已用)', (i) => {
  let c;
  if (i % 2 === 0) c = surgicalStay('LAPCHOLE', { dx: [pick(['K80.000x002', 'K81.003', 'K80.001'])], gaHours: 3, post: ri(5, 7), procs: null, T: { procs: ['51.2200'], op: '胆囊切除术', cons: [['trocar', 1], ['clip', 4], ['suture', 3], ['drain', 1]] }, hook: ({ add, opd }) => { for (let d = opd; d < opd + 3; d++) add('甲硝唑氯化钠注射液', d, 2); } }).claim;
  else c = surgicalStay('LAPAPP', { dx: ['K35.300'], gaHours: ri(2, 3), post: ri(5, 6), procs: null, T: { procs: ['47.0901'], op: '阑尾切除术', cons: [['trocar', 1], ['suture', 3], ['drain', 1]] } }).claim;
  label('control', 'C04', CTL.C04[0], i + 1, [c]);
}];
CTL.C05 = ['并发症再手术(术后出血再探查 / 内固定失效再固定)', (i) => {
  if (i % 2 === 0) {
    const c = surgicalStay('THYROID', { post: ri(5, 7), dx: ['E04.200x003', 'T81.000x001'], procs: null, hook: ({ add, opd }) => {
      add('甲状腺腺叶切除术', opd, 1, { note: 'nearest row for 甲状腺术后止血术' }); add('全身麻醉', opd, 1); add(CONS.pack, opd, 1); add(CONS.suture, opd, 2); add('血常规(五分类)', opd, 1);
    }, T: {}, }).claim;
    // the re-exploration is the same evening as the first operation: coded
    c.procedures.push({ code: '06.0201', date: c.procedures[0].date });
    label('control', 'C05', CTL.C05[0], i + 1, [c]);
  } else {
    const r1 = surgicalStay('ANKLE');
    const adm2 = addDays(r1.claim.dischargeDate, ri(18, 40));
    const r2c = surgicalStay('ANKLE', { hosp: r1.ctx.hosp, pat: r1.ctx.pat, adm: adm2, dx: ['T84.100', 'S82.801'], procs: null, route: 'outpatient', T: { procs: ['78.6705', '79.3600x009'], route: 'outpatient' } }).claim;
    label('control', 'C05', CTL.C05[0], i + 1, [r1.claim, r2c]);
  }
}];
CTL.C06 = ['长时间麻醉的长手术(根治术/复杂子宫切除, 全麻4–6小时)', (i) => {
  const v = i % 3; let c;
  if (v === 0) c = surgicalStay('MASTECTOMY', { gaHours: ri(4, 5) }).claim;
  else if (v === 1) c = surgicalStay('THYROID', { dx: ['C73.x00'], gaHours: 4, T: { path: 2, lvl: [3, 3] } }).claim;
  else c = surgicalStay('LAPHYST', { dx: ['D25.900', 'D62.x00'], gaHours: ri(4, 5), hook: ({ add }) => { add('琥珀酸亚铁片', 0, 3); } }).claim;
  label('control', 'C06', CTL.C06[0], i + 1, [c]);
}];
CTL.C07 = ['髋关节翻修术(假体松动, 长住院)', (i) => {
  const c = surgicalStay('THA', { dx: [pick(['T84.000x005', 'T84.002', 'T84.000x006'])], gaHours: ri(4, 5), post: ri(11, 14), procs: null, T: { procs: ['00.7000x001'] }, hook: ({ add, opd }) => { add(CONS.screw, opd, ri(2, 4)); add('C反应蛋白测定', 0, 1); add('血常规(五分类)', opd + 3, 1); } }).claim;
  label('control', 'C07', CTL.C07[0], i + 1, [c]);
}];
CTL.C08 = ['夜间急诊手术(急诊入院当日手术)', (i) => {
  const key = ['LAPAPP', 'LAPCHOLE', 'OPENAPP', 'RADIUS'][i % 4];
  const dx = key === 'LAPCHOLE' ? ['K80.000x002'] : undefined;
  const c = surgicalStay(key, { pre: 0, dx, route: 'emergency', hook: ({ add, opd }) => { if (key === 'LAPCHOLE') { add('C反应蛋白测定', 0, 1); for (let d = 0; d < 3; d++) { add('甲硝唑氯化钠注射液', d, 2); if (d > 0) add('注射用头孢呋辛钠', d, 3); } } add('急诊诊察费', 0, 1); if (key !== 'RADIUS') add('腹部CT平扫', 0, 1); } }).claim;
  label('control', 'C08', CTL.C08[0], i + 1, [c]);
}];
CTL.C09 = ['高龄多病患者术前全面评估(检查均有合并症指征)', (i) => {
  const key = ['HEMI', 'THA', 'TKA', 'LAPCHOLE'][i % 4];
  const dx = [...OPS[key].dx, 'I25.103', 'I48.000', 'E11.900', 'N18.300', ...(i % 2 ? ['J44.900'] : ['I10.x00'])];
  const c = surgicalStay(key, { pat: person(null, 76, 89), pre: ri(3, 4), dx, hook: ({ add, los }) => {
    add('B型钠尿肽(BNP)测定', 0, 1); add('肌钙蛋白I测定', 0, 1); add('动态心电图(24小时)', 1, 1); add('糖化血红蛋白测定', 0, 1); add('血气分析', 0, 1);
    add('心脏彩色多普勒超声', 1, 1);
    if (key === 'LAPCHOLE') add('下肢血管彩色多普勒超声', 1, 1);
    add('院内会诊', 1, 1); add('院内会诊', 2, 1);
    for (let d = 0; d < Math.min(6, los); d++) { add('血糖监测(快速)', d, 4); add('血糖试纸', d, 4); }
    if (i % 2) add('肺功能检查', 1, 1);
    add('肾功能(三项)', 2, 1); add('电解质(四项)', 2, 1);
    for (let d = 0; d < los; d++) { add('琥珀酸美托洛尔缓释片', d, 1); add('达格列净片', d, 1); }
  } }).claim;
  label('control', 'C09', CTL.C09[0], i + 1, [c]);
}];
CTL.C10 = ['完全性房室传导阻滞双腔起搏器植入', (i) => {
  const c = surgicalStay('PACER', { dx: [pick(['I44.200', 'I44.201']), 'I10.x00'], route: i % 2 ? 'emergency' : 'outpatient', hook: ({ add, opd }) => { add('心电监测', opd + 1, 24); add('常规心电图检查', opd + 2, 1); add('胸部X线摄影(正侧位)', opd + 1, 1); } }).claim;
  label('control', 'C10', CTL.C10[0], i + 1, [c]);
}];
CTL.C11 = ['经尿道前列腺电切术后持续膀胱冲洗(大量冲洗液)', (i) => {
  const irr = ri(2, 3);
  const c = surgicalStay('TURP', { post: ri(5, 6), hook: ({ add, opd }) => { for (let d = opd; d < opd + irr; d++) { add('氯化钠注射液', d, ri(12, 20)); add(CONS.bag, d, 1); } add('血常规(五分类)', opd + 1, 1); add('心电监测', opd, 12); } }).claim;
  label('control', 'C11', CTL.C11[0], i + 1, [c]);
}];
CTL.C12 = ['日间手术: 门诊术前检查 + 次日出院(检查不重复)', (i) => {
  const key = ['CATARACT', 'HERNIA', 'HAEM', 'VARICOSE', 'LAPCHOLE'][i % 5];
  const T = OPS[key]; const hosp = hospOf(Math.max(2, T.lvl[0]), 3); const pat = person(T.sex || null, T.age[0], T.age[1]);
  const adm = randDate(10, 330);
  const pre = visit({ hosp, pat, dept: T.dept, date: addDays(adm, -ri(2, 7)), dx: T.dx, items: [{ name: '血常规(五分类)', qty: 1 }, { name: '凝血四项', qty: 1 }, { name: '术前八项(感染筛查)', qty: 1 }, { name: '肝功能(全套)', qty: 1 }, { name: '肾功能(三项)', qty: 1 }, { name: '常规心电图检查', qty: 1 }, ...(key === 'CATARACT' ? [{ name: '眼科A超(生物测量)', qty: 1 }, { name: '裂隙灯检查', qty: 1 }] : [{ name: '胸部X线摄影(正侧位)', qty: 1 }])] });
  const r = surgicalStay(key, { hosp, pat, adm, pre: 0, post: 1, hook: ({ items }) => {
    const drop = new Set(['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '术前八项(感染筛查)', '常规心电图检查', '胸部X线摄影(正侧位)', '眼科A超(生物测量)', '下肢血管彩色多普勒超声', '腹部B超', '空腹血糖测定', '裂隙灯检查']);
    for (const it of items) if (drop.has(it.name) && it.day === 0) it.qty = 0;
  } });
  label('control', 'C12', CTL.C12[0], i + 1, [pre, r.claim]);
}];
CTL.C13 = ['肾结石体外碎石分次治疗(间隔2–4周, 复查示残石)', (i) => {
  const hosp = hospOf(1, 3); const pat = person(null, 30, 68); let d = randDate(5, 280); const cs = [];
  const n = i % 2 ? 3 : 2;
  for (let k = 0; k < n; k++) {
    cs.push(visit({ hosp, pat, dept: 'urology', date: d, dx: ['N20.000'], items: [{ name: '泌尿系B超', qty: 1 }, ...(k === 0 ? [{ name: '尿常规', qty: 1 }, { name: '肾功能(三项)', qty: 1 }] : []), { name: '体外冲击波碎石', qty: 1 }, { name: '双氯芬酸钠缓释片', qty: 6 }, ...(pat.gender === 'M' && pat.age >= 40 ? [{ name: '盐酸坦索罗辛缓释胶囊', qty: 14 }] : [])] }));
    d = addDays(d, ri(14, 28));
  }
  label('control', 'C13', CTL.C13[0], i + 1, cs);
}];
CTL.C14 = ['胫骨平台双髁骨折双钢板内固定(12枚螺钉)', (i) => {
  const c = surgicalStay('TIBIA', { dx: [pick(['S82.100x087', 'S82.100x088', 'S82.101'])], gaHours: 3, pre: ri(4, 6), post: ri(7, 9), procs: null, T: { procs: ['79.3600x013'], an: 'GA', h: [3, 3], lvl: [2, 3] }, hook: ({ items, add, opd }) => { for (let d = 0; d < opd; d++) { add('甘露醇注射液', d, 2); add('静脉输液(第一组)', d, 1); add('一次性使用输液器', d, 1); add('依诺肝素钠注射液', d, 1); add('皮下注射', d, 1); add('塞来昔布胶囊', d, 2); } items.find((x) => x.tag === 'cons_plate').qty = 2; items.find((x) => x.tag === 'cons_screw').qty = ri(11, 12); add(CONS.drain, opd, 1); add('膝关节MRI平扫', 1, 1); } }).claim;
  label('control', 'C14', CTL.C14[0], i + 1, [c]);
}];
CTL.C15 = ['乳腺癌改良根治术后引流7–10天', (i) => {
  const c = surgicalStay('MASTECTOMY', { post: ri(9, 11), hook: ({ add, opd, los }) => { for (let d = opd + 2; d < los; d++) add(CONS.bag, d, 1); for (let d = opd + 4; d < los - 1; d += 2) { add('换药(中)', d, 1); add('一次性使用换药包', d, 1); } } }).claim;
  label('control', 'C15', CTL.C15[0], i + 1, [c]);
}];
CTL.C16 = ['膝/髋关节置换术后早期康复(每日一次, 评定三次)', (i) => {
  const key = i % 2 ? 'THA' : 'TKA';
  const c = surgicalStay(key, { post: ri(9, 12), hook: ({ add, opd, los }) => { for (let d = opd + 1; d < los; d++) add('运动疗法', d, 1); add('康复评定', opd + 1, 1); add('康复评定', Math.floor((opd + 1 + los - 1) / 2), 1); add('康复评定', los - 1, 1); } }).claim;
  label('control', 'C16', CTL.C16[0], i + 1, [c]);
}];

// ======================= ROUTINE =======================
function routine(i) {
  let c;
  const r = i % 10;
  if (r <= 3) { // ordinary operations billed correctly
    const key = ['THA', 'TKA', 'RADIUS', 'ANKLE', 'DISC', 'PCI', 'ANGIO', 'CATARACT', 'LAPAPP', 'LAPCHOLE', 'HERNIA', 'THYROID', 'LAPHYST', 'LAPOVARY', 'CSECTION', 'TURP', 'URS', 'TONSIL', 'VARICOSE', 'HAEM', 'PACER', 'PATELLA', 'OPENAPP', 'MASTECTOMY'][Math.floor(i / 10) * 4 % 24 + r];
    c = surgicalStay(key).claim;
  } else if (r <= 6) {
    c = medicalStay(['PNEU', 'COPD', 'STROKE', 'GASTRO', 'UTI', 'HF'][i % 6]);
  } else {
    const hosp = hospOf(1, 3); const kind = i % 6;
    const pat = person(null, kind === 0 ? 4 : 20, kind === 0 ? 12 : 80);
    const date = randDate(5, 345);
    if (kind === 0) c = visit({ hosp, pat, dept: 'pediatrics', date, dx: ['J06.900'], items: [{ name: '血常规(五分类)', qty: 1 }, { name: '小儿氨酚黄那敏颗粒', qty: 9 }] });
    else if (kind === 1) c = visit({ hosp, pat, dept: 'cardiology', date, dx: ['I10.x00'], items: [{ name: '苯磺酸氨氯地平片', qty: 28 }, { name: '常规心电图检查', qty: 1 }] });
    else if (kind === 2) c = visit({ hosp, pat, dept: 'endocrinology', date, dx: ['E11.900'], items: [{ name: '糖化血红蛋白测定', qty: 1 }, { name: '空腹血糖测定', qty: 1 }, { name: '盐酸二甲双胍片', qty: 84 }] });
    else if (kind === 3) c = visit({ hosp, pat, dept: 'gastroenterology', date, dx: ['K29.500'], items: [{ name: '奥美拉唑肠溶胶囊', qty: 28 }, { name: '铝碳酸镁咀嚼片', qty: 42 }] });
    else if (kind === 4) c = visit({ hosp, pat, dept: 'orthopedics', date, dx: ['M54.500'], items: [{ name: '腰椎X线摄影', qty: 1 }, { name: '塞来昔布胶囊', qty: 14 }] });
    else c = visit({ hosp, pat, dept: 'respiratory', date, dx: ['J20.900'], items: [{ name: '血常规(五分类)', qty: 1 }, { name: 'C反应蛋白测定', qty: 1 }, { name: '阿莫西林胶囊', qty: 36 }, { name: '盐酸氨溴索片', qty: 18 }] });
  }
  labels.push({ caseId: `R-${String(i + 1).padStart(3, '0')}`, kind: 'routine', code: 'R', name: 'routine', claimIds: [c.claimId], targets: [], mutatedLines: {} });
}

// ---------- build ----------
const ORDER = [];
for (let i = 0; i < N; i++) {
  for (const k of Object.keys(TYP)) ORDER.push(() => TYP[k][1](i));
  for (const k of Object.keys(CTL)) ORDER.push(() => CTL[k][1](i));
  for (let j = 0; j < 5; j++) { const idx = i * 5 + j; ORDER.push(() => routine(idx)); }
}
for (const f of ORDER) f();

// fix lines with zero quantity removed already; recompute amounts
for (const c of claims) c.amounts = money(c.items, c.provider.level, c.insuranceType, c.visitType);

// reported DRG (pass 2)
if (GROUPS) {
  const g = new Map();
  for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const o = JSON.parse(l); const id = o.claimId || (o.claim && o.claim.claimId); const drg = o.drg || (o.grouping && o.grouping.drg) || (o.group && o.group.drg); if (id) g.set(id, drg || null); }
  for (const c of claims) if (c.visitType === 'inpatient') c.reportedGroup.drg = g.get(c.claimId) || null;
}

// settlement order: by settlement date (discharge / visit), then creation order
const settle = (c) => c.dischargeDate || c.visitDate;
const idx = new Map(claims.map((c, k) => [c.claimId, k]));
const sorted = [...claims].sort((a, b) => (settle(a) < settle(b) ? -1 : settle(a) > settle(b) ? 1 : idx.get(a.claimId) - idx.get(b.claimId)));
fs.writeFileSync(path.join(HERE, 'claims.ndjson'), sorted.map((c) => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(HERE, 'labels.json'), JSON.stringify(labels, null, 1));
console.error(`claims ${claims.length}, cases ${labels.length}`);
