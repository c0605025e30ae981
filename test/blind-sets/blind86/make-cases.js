#!/usr/bin/env node
// blind86: urology, stones and men's health (泌尿外科、结石与男科). Written unseen (TYPOLOGIES.md).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base82/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- deterministic randomness ----------
let SEED = 86086;
function rnd() { SEED |= 0; SEED = (SEED + 0x6D2B79F5) | 0; let t = Math.imul(SEED ^ (SEED >>> 15), 1 | SEED); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue rows (rows only) ----------
const FILES = ['services.json', 'drugs.json', 'consumables.json', 'services-procedures.json', 'consumables-procedures.json', 'services-home-and-online.json', 'drugs-immunology-and-gout.json'];
const ROW = {};
for (const f of FILES) { const p = path.join(CAT, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!ROW[r.code]) ROW[r.code] = r; }
const BYNAME = {}; for (const r of Object.values(ROW)) BYNAME[r.name] = r;
function row(name) { const r = BYNAME[name]; if (!r) throw new Error('catalogue row missing: ' + name); return r; }

// ---------- groups from pass 1 ----------
const GROUP = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) {
  if (!line.trim()) continue; const g = JSON.parse(line);
  const drg = g.drg || (g.grouping && g.grouping.drg) || (g.result && g.result.drg) || null;
  if (g.claimId) GROUP[g.claimId] = drg;
}

// ---------- policies (from /work/wt/base82/rules/benefits/policies.json, version 2025-defaults-1) ----------
const POL = {
  '22': { employee: { inpatient: { ded: { 1: 200, 2: 500, 3: 900 }, ratio: { 1: 0.9, 2: 0.85, 3: 0.8 }, bonus: 0.05 }, outpatient: { ratio: { 1: 0.7, 2: 0.6, 3: 0.5 }, bonus: 0.1, cap: 3000 }, chronic: { ratio: { 1: 0.85, 2: 0.85, 3: 0.8 }, bonus: 0.05 }, pharmacy: { ratio: { 1: 0.6, 2: 0.6, 3: 0.6 }, bonus: 0.1, cap: 3000 } },
    resident: { inpatient: { ded: { 1: 200, 2: 500, 3: 1000 }, ratio: { 1: 0.8, 2: 0.7, 3: 0.6 }, bonus: 0 }, outpatient: { ratio: { 1: 0.6, 2: 0.5, 3: 0.5 }, bonus: 0, cap: 400 }, chronic: { ratio: { 1: 0.7, 2: 0.65, 3: 0.6 }, bonus: 0 }, pharmacy: { ratio: { 1: 0.5, 2: 0.5, 3: 0.5 }, bonus: 0, cap: 400 } } },
};
POL['23'] = JSON.parse(JSON.stringify(POL['22'])); POL['23'].employee.inpatient.ded = { 1: 200, 2: 500, 3: 1000 };
POL['37'] = JSON.parse(JSON.stringify(POL['22'])); POL['37'].employee.inpatient.ded = { 1: 300, 2: 600, 3: 1000 }; POL['37'].resident.inpatient.ded = { 1: 300, 2: 600, 3: 1000 };
POL['51'] = JSON.parse(JSON.stringify(POL['22'])); POL['51'].employee.inpatient.ded = { 1: 200, 2: 500, 3: 1000 }; POL['51'].resident.inpatient.ded = { 1: 200, 2: 600, 3: 1100 };
const CAP_USED = {};

// ---------- institutions and doctors ----------
// title: 'resident' | 'attending' | 'associate' | 'chief' (职称 kept by each doctor)
const H = {};
function hosp(id, region, level, name, kind, depts) {
  const h = { id, region, level, name, kind, depts: {} };
  let n = 1;
  for (const [dept, titles] of Object.entries(depts)) h.depts[dept] = titles.map((t) => ({ id: `D${id.slice(1)}${String(n++).padStart(2, '0')}`, title: t }));
  H[id] = h; return h;
}
const U = ['chief', 'associate', 'associate', 'attending', 'attending', 'resident'];
hosp('H51010001', '510100', 3, '省级三甲综合医院(成都)', 'public', { urology: U, emergency: ['associate', 'attending', 'resident'], andrology: ['chief', 'associate', 'attending'], endocrinology: ['associate', 'attending'] });
hosp('H51010002', '510100', 2, '区级人民医院(成都)', 'public', { urology: ['associate', 'attending', 'attending', 'resident'], emergency: ['attending', 'resident'] });
hosp('H51010003', '510100', 1, '社区卫生服务中心(成都)', 'public', { general: ['attending', 'resident', 'resident'] });
hosp('H51010004', '510100', 2, '民营泌尿专科医院(成都)', 'private', { urology: ['associate', 'attending', 'attending', 'resident'] });
hosp('H51010005', '510100', 2, '民营男科医院(成都)', 'private', { andrology: ['associate', 'attending', 'resident'], urology: ['attending', 'resident'] });
hosp('H51070001', '510700', 3, '市中心医院(绵阳)', 'public', { urology: U, emergency: ['attending', 'resident'] });
hosp('H37010001', '370100', 3, '省立医院(济南)', 'public', { urology: U, emergency: ['associate', 'attending'], andrology: ['associate', 'attending'], endocrinology: ['chief', 'attending'] });
hosp('H37010002', '370100', 2, '区人民医院(济南)', 'public', { urology: ['associate', 'attending', 'resident'], emergency: ['attending', 'resident'] });
hosp('H37010003', '370100', 1, '街道卫生院(济南)', 'public', { general: ['attending', 'resident'] });
hosp('H37010004', '370100', 2, '民营男科医院(济南)', 'private', { andrology: ['associate', 'attending', 'resident'], urology: ['attending', 'resident'] });
hosp('H37020001', '370200', 3, '市立医院(青岛)', 'public', { urology: U, emergency: ['attending', 'resident'] });
hosp('H23010001', '230100', 3, '医科大学附属医院(哈尔滨)', 'public', { urology: U, emergency: ['associate', 'attending'], andrology: ['associate', 'attending'] });
hosp('H23010002', '230100', 2, '区医院(哈尔滨)', 'public', { urology: ['associate', 'attending', 'resident'], emergency: ['attending', 'resident'] });
hosp('H23010003', '230100', 1, '社区卫生服务中心(哈尔滨)', 'public', { general: ['attending', 'resident'] });
hosp('H22010001', '220100', 3, '大学第一医院(长春)', 'public', { urology: U, emergency: ['associate', 'attending'], pediatric_surgery: ['associate', 'attending'] });
hosp('H22010002', '220100', 2, '民营泌尿专科医院(长春)', 'private', { urology: ['associate', 'attending', 'resident'] });
hosp('H22010003', '220100', 1, '社区卫生服务中心(长春)', 'public', { general: ['attending', 'resident'] });
hosp('H22020001', '220200', 2, '市医院(吉林市)', 'public', { urology: ['associate', 'attending', 'resident'], emergency: ['attending'] });
H['H51010001'].depts.pediatric_surgery = [{ id: 'D5101000190', title: 'associate' }, { id: 'D5101000191', title: 'attending' }];
H['H37010001'].depts.pediatric_surgery = [{ id: 'D3701000190', title: 'chief' }, { id: 'D3701000191', title: 'attending' }];
// pharmacies (定点药店): level 1
hosp('H51019001', '510100', 1, '连锁药店(成都)', 'pharmacy', { pharmacy: ['attending'] });
hosp('H37019001', '370100', 1, '连锁药店(济南)', 'pharmacy', { pharmacy: ['attending'] });
hosp('H23019001', '230100', 1, '连锁药店(哈尔滨)', 'pharmacy', { pharmacy: ['attending'] });
hosp('H22019001', '220100', 1, '连锁药店(长春)', 'pharmacy', { pharmacy: ['attending'] });
const REGION_SETS = [
  { big: 'H51010001', mid: 'H51010002', low: 'H51010003', priv: 'H51010004', men: 'H51010005', pha: 'H51019001', alt: 'H51070001' },
  { big: 'H37010001', mid: 'H37010002', low: 'H37010003', priv: 'H37010002', men: 'H37010004', pha: 'H37019001', alt: 'H37020001' },
  { big: 'H23010001', mid: 'H23010002', low: 'H23010003', priv: 'H23010002', men: 'H23010002', pha: 'H23019001', alt: 'H23010002' },
  { big: 'H22010001', mid: 'H22020001', low: 'H22010003', priv: 'H22010002', men: 'H22010002', pha: 'H22019001', alt: 'H22020001' },
];
const regionSet = () => (chance(0.45) ? REGION_SETS[0] : pick(REGION_SETS));
const doctorOf = (h, dept, pref) => { const ds = H[h].depts[dept] || H[h].depts.urology || H[h].depts.general || Object.values(H[h].depts)[0]; return pref != null ? ds[pref % ds.length] : pick(ds); };
const deptOf = (h, want) => (H[h].depts[want] ? want : (H[h].depts.urology ? 'urology' : Object.keys(H[h].depts)[0]));

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const randDate = (from = '2025-01-06', to = '2025-10-20') => add(from, ri(0, diff(from, to)));

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  const gender = o.gender || 'M'; const age = o.age != null ? o.age : ri(30, 70);
  const scheme = o.scheme || (age < 18 ? 'resident' : chance(0.6) ? 'employee' : 'resident');
  const birth = add(`${2025 - age}-01-01`, -ri(0, 300) + 150);
  const retired = scheme === 'employee' && ((gender === 'M' && age >= 62) || (gender === 'F' && age >= 57));
  const id = `P86${String(++memberSeq).padStart(5, '0')}`;
  const cont = Math.max(1, Math.min(age - 1, ri(4, 20)));
  return {
    insuredId: id, gender, birthDate: birth, retired, scheme, age,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: cont, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: scheme === 'employee' ? (retired ? ri(31, 38) : Math.max(1, Math.min(age - 20, ri(3, 25)))) : 0, special: null, ...(o.chronic ? { chronicDiseases: o.chronic } : {}) },
  };
}
const ageOn = (m, date) => { const b = D(m.birthDate), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- claims ----------
const CLAIMS = []; let claimSeq = 0;
const consultRow = (h, doc, visitType) => {
  if (H[h].kind === 'pharmacy') return null;
  if (H[h].level >= 2 && doc.title === 'chief') return '主任医师门诊诊察费';
  if (H[h].level >= 2 && doc.title === 'associate') return '副主任医师门诊诊察费';
  return '普通门诊诊察费';
};
function priceFen(r, level, f) { const cap = Math.round(r.priceCap[String(level)] * 100); return Math.max(1, Math.min(cap, Math.round(cap * f))); }
// A claim. items: [name, dayOffset|date, qty, {priceFactor, longPrescription}]
function makeClaim(c) {
  const h = H[c.h]; const level = h.level;
  const dept = c.dept || deptOf(c.h, 'urology'); const doc = c.doc || doctorOf(c.h, dept);
  const start = c.visitType === 'inpatient' ? c.adm : c.visit;
  const pf = c.priceFactor != null ? c.priceFactor : (h.kind === 'private' ? 1 : pick([1, 1, 0.95, 0.9]));
  const items = []; const idOf = {};
  const lines = [];
  if (c.visitType !== 'inpatient' && c.visitType !== 'pharmacy' && c.consult !== false) lines.push([consultRow(c.h, doc, c.visitType), 0, 1, { tag: 'consult' }]);
  lines.push(...c.items);
  for (const [name, day, qty, o = {}] of lines) {
    const r = row(name);
    const date = typeof day === 'string' ? day : add(start, day);
    const unit = priceFen(r, level, o.priceFactor != null ? o.priceFactor : (r.category === 'drug' || r.category === 'consumable' ? 1 : pf));
    const it = { lineId: String(items.length + 1), code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date, quantity: qty, unitPrice: unit / 100, amount: (unit * qty) / 100, _fen: unit * qty, _share: r.selfPayShare != null ? r.selfPayShare : (r.class === '丙' ? 1 : 0) };
    if (o.longPrescription) it.longPrescription = true;
    items.push(it); if (o.tag) (idOf[o.tag] = idOf[o.tag] || []).push(it.lineId);
  }
  const totalFen = items.reduce((a, it) => a + it._fen, 0);
  const policyFen = items.reduce((a, it) => a + Math.round(it._fen * (1 - it._share)), 0);
  const m = c.m; const prov = h.region.slice(0, 2); const pol = POL[prov][m.scheme][c.visitType];
  const ratio = pol.ratio[level] + (m.retired ? pol.bonus : 0);
  let fundFen;
  if (c.visitType === 'inpatient') fundFen = Math.floor(Math.max(0, policyFen - pol.ded[level] * 100) * ratio);
  else fundFen = Math.floor(policyFen * ratio);
  if (pol.cap) { const key = `${m.insuredId}|${m.scheme}|opd|2025`; const used = CAP_USED[key] || 0; const capFen = Math.min(pol.cap, m.scheme === 'resident' ? 400 : 3000) * 100; fundFen = Math.max(0, Math.min(fundFen, capFen - used)); CAP_USED[key] = used + fundFen; }
  const claimId = `${h.region}-${h.id}-2025-86${String(++claimSeq).padStart(4, '0')}`;
  const claim = {
    claimId, region: h.region, insuranceType: m.scheme, visitType: c.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: m.enrollment,
    provider: { hospitalId: h.id, level, department: dept, doctorId: doc.id },
  };
  if (c.visitType === 'inpatient') { claim.admissionDate = c.adm; claim.dischargeDate = c.dis; } else claim.visitDate = c.visit;
  claim.diagnoses = c.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  claim.procedures = (c.px || []).map(([code, day]) => ({ code, date: typeof day === 'string' ? day : add(start, day) }));
  if (c.visitType === 'inpatient') claim.reportedGroup = { drg: GROUP[claimId] || null, dip: null };
  claim.items = items.map(({ _fen, _share, ...it }) => it);
  claim.amounts = { total: totalFen / 100, policy: policyFen / 100, fundClaimed: fundFen / 100 };
  if (c.visitType === 'inpatient') { claim.admissionRoute = c.route || 'outpatient'; claim.dischargeMode = 'ordered'; if (c.from) claim.transferFromHospitalId = c.from; }
  claim._sort = c.visitType === 'inpatient' ? c.dis : c.visit; claim._seq = claimSeq;
  CLAIMS.push(claim);
  return { id: claimId, lines: idOf, claim };
}

// ---------- clinical building blocks ----------
const isOld = (m, d) => m.gender === 'M' && ageOn(m, d) >= 40;
function ipDaily(adm, dis, opts = {}) { // bed, nursing, 住院诊查费 for each bed day
  const out = []; const n = Math.max(1, diff(adm, dis));
  for (let i = 0; i < n; i++) {
    out.push(['普通病房床位费(三人间)', i, 1, { tag: 'bed' }]);
    out.push([opts.level1Days && opts.level1Days.includes(i) ? 'Ⅰ级护理' : 'Ⅱ级护理', i, 1, { tag: 'nursing' }]);
    out.push(['住院诊查费', i, 1, { tag: 'ipconsult' }]);
  }
  return out;
}
const admitLabs = (d = 0, ct = true) => [['血常规(五分类)', d, 1], ['尿常规', d, 1], ['肾功能(三项)', d, 1], ['电解质(四项)', d, 1], ['凝血四项', d, 1], ['术前八项(感染筛查)', d, 1], ['血型鉴定(ABO+Rh)', d, 1], ['常规心电图检查', d, 1], ['胸部X线摄影(正侧位)', d, 1], ct ? ['腹部CT平扫', d, 1] : ['泌尿系B超', d, 1]];
const ivDay = (d, drug, n) => [[drug, d, n], ['氯化钠注射液', d, 2], ['静脉输液(第一组)', d, 1], ['静脉输液(每增加一组)', d, 1], ['一次性使用输液器', d, 2]];
function ursStay(m, adm, opDay, los, o = {}) { // ureteroscopic laser lithotripsy stay
  const it = [...ipDaily(adm, add(adm, los), { level1Days: [opDay] }), ...admitLabs(0, true)];
  it.push(['经输尿管镜碎石取石术', opDay, 1, { tag: 'urs' }], ['全身麻醉', opDay, 2], ['丙泊酚中/长链脂肪乳注射液', opDay, 2], ['枸橼酸芬太尼注射液', opDay, 1],
    ['一次性手术衣及铺单包', opDay, 1], ['一次性使用导尿包', opDay, 1, { tag: 'cath' }], ['双腔硅胶导尿管', opDay, 1, { tag: 'cath' }], ['一次性使用引流袋', opDay, 1],
    ['一次性使用静脉留置针', opDay, 1], ['静脉留置针置管', opDay, 1]);
  it.push(...ivDay(opDay, '注射用头孢呋辛钠', 2));
  for (let d = opDay + 1; d < los; d++) { if (d <= opDay + 1) it.push(...ivDay(d, '注射用头孢呋辛钠', 2)); else it.push(['头孢呋辛酯片', d, 2]); }
  if (los - 1 > opDay) it.push(['泌尿系B超', los - 1, 1], ['血常规(五分类)', opDay + 1, 1]);
  if (o.stent && isOld(m, adm)) it.push(['盐酸坦索罗辛缓释胶囊', los - 1, 14]);
  it.push(['双氯芬酸钠缓释片', 0, 2]);
  return it;
}
function turpStay(m, adm, opDay, los) {
  const it = [...ipDaily(adm, add(adm, los), { level1Days: [opDay, opDay + 1] }), ...admitLabs(0, false)];
  it.push(['前列腺特异性抗原(PSA)测定', 0, 1]);
  it.push(['经尿道前列腺电切术', opDay, 1, { tag: 'turp' }], ['椎管内麻醉', opDay, 1], ['盐酸罗哌卡因注射液', opDay, 1], ['一次性使用麻醉穿刺包', opDay, 1], ['一次性手术衣及铺单包', opDay, 1],
    ['一次性使用导尿包', opDay, 1, { tag: 'cath' }], ['双腔硅胶导尿管', opDay, 1, { tag: 'cath' }], ['病理检查(常规石蜡切片)', opDay, 1], ['氨甲环酸注射液', opDay, 2], ['一次性使用静脉留置针', opDay, 1], ['静脉留置针置管', opDay, 1]);
  for (let d = opDay; d < Math.min(los, opDay + 3); d++) { it.push(...ivDay(d, '注射用头孢呋辛钠', 2)); it.push(['一次性使用引流袋', d, 1]); }
  it.push(['血常规(五分类)', opDay + 1, 1], ['电解质(四项)', opDay + 1, 1]);
  return it;
}
const opd = (extra) => extra; // readability
const stoneDx = () => pick(['N20.100', 'N20.100', 'N13.202', 'N20.200']);

// ---------- labels ----------
const LABELS = []; const counters = {};
function label(kind, code, name, claimIds, targets, mutatedLines) {
  counters[code] = (counters[code] || 0) + 1;
  LABELS.push({ caseId: `B86-${code}-${String(counters[code]).padStart(2, '0')}`, kind, code, name, ...(kind === 'fraud' ? { typology: code } : kind === 'control' ? { control: code } : {}), claimIds, targets: targets && targets.length ? targets : claimIds, mutatedLines: mutatedLines || {} });
}
const ml = (pairs) => { const o = {}; for (const [c, tag] of pairs) { const ids = c.lines[tag] || []; if (ids.length) o[c.id] = (o[c.id] || []).concat(ids); } return o; };

// ===================== FRAUD TYPOLOGIES =====================
const TYP = {
  T01: 'ESWL 分解收费: one small stone, shock-wave sessions split over days at one hospital',
  T02: '输尿管镜与经皮肾镜重复收费: a simple ureteric stone billed both URS and PCNL',
  T03: '双J管取出虚记: stent removal billed with no stent placed, or removed twice',
  T04: '导尿管更换超频次: catheter kit, catheter and 导尿 billed daily through a stay',
  T05: 'TURP 含导尿重复收费: 导尿 billed on the day of the resection',
  T06: '非那雄胺超限定支付: BPH drug for a man under 40 (hair loss) under a BPH/prostatitis label',
  T07: '男科串换: ED/andrology care (testosterone, alprostadil, biofeedback, low-energy shock wave) billed as prostatitis or stone care',
  T08: 'PSA/尿检/B超每次就诊: repeat PSA and ultrasound every fortnight in stable BPH',
  T09: '日间手术后挂床: ESWL or stent removal followed by idle bed days',
  T10: '低标准入院: renal colic or simple cystitis admitted for oral analgesia',
  T11: '分解住院: one stone episode split into two admissions',
  T12: '冒名就医: outpatient andrology claim at another hospital while the member is an inpatient',
  T13: '超量开药/倒卖: BPH drugs collected at several institutions with overlapping supply',
  T14: '过度诊疗: CT, cystoscopy, PCT and IV antibiotics for uncomplicated cystitis',
  T15: '基金不予支付串换: cosmetic circumcision (包皮过长) billed as 包茎',
};
const CTL = {
  C01: 'staghorn/large renal stone: ESWL sessions two or more weeks apart',
  C02: 'ESWL failed, URS two to three weeks later',
  C03: 'staghorn stone: PCNL stage I and stage II in one stay',
  C04: 'stent placed at URS, removed 2-6 weeks later in an outpatient claim',
  C05: 'malignant ureteric obstruction: stent exchanged every 3-4 months',
  C06: 'chronic retention/neurogenic bladder: monthly catheter change at home',
  C07: 'post-TURP clot retention: catheter re-placed on day 2-3',
  C08: 'acute retention admitted: 导尿 on admission day, TURP days later',
  C09: 'BPH over 40: tamsulosin and finasteride on a 12-week long prescription',
  C10: 'hypogonadism: testosterone from endocrinology/andrology at a level-3 hospital',
  C11: 'chronic prostatitis over 40: biofeedback course at a public hospital',
  C12: 'PSA every 3 months after radical prostatectomy',
  C13: 'prostate cancer on ADT: quarterly PSA with the depot injection',
  C14: 'URS in an elderly diabetic with post-op fever: 5-7 day stay with IV antibiotics',
  C15: 'obstructive pyelonephritis: inpatient IV antibiotics, cultures, PCT',
  C16: 'infected obstructing stone: emergency stent, definitive URS 2-3 weeks later',
  C17: 'emergency visit at a level-1/2 hospital, transferred and admitted the same day',
  C18: 'BPH member who moved: refills at two institutions, supplies not overlapping',
  C19: 'recurrent stones with hyperparathyroidism/hyperuricaemia: repeat ESWL/URS in a year',
  C20: 'recurrent UTI in a woman: culture and imaging',
  C21: 'gross haematuria work-up: CT and cystoscopy',
  C22: "child's phimosis with recurrent balanoposthitis: circumcision",
  C23: 'adult paraphimosis or diabetic balanoposthitis: circumcision',
  C24: 'day-case URS at a private urology hospital, one night stay',
};

function circItems(d, child) { // 包皮环切: no service row in the catalogue (gap) -> anaesthesia, consumables and dressings
  return [['局部浸润麻醉', d, 1, { tag: 'circ' }], ['盐酸利多卡因注射液', d, 2, { tag: 'circ' }], ['可吸收缝线', d, 2, { tag: 'circ' }], ['一次性手术衣及铺单包', d, 1, { tag: 'circ' }], ['一次性使用换药包', d, 1, { tag: 'circ' }], ['医用脱脂纱布', d, 2, { tag: 'circ' }], ...(child ? [] : [['头孢呋辛酯片', d, 6]])];
}

for (let k = 0; k < 15; k++) {
  const careful = k >= 7;
  // ---------- T01 ESWL split ----------
  {
    const R = regionSet(); const h = pick([R.mid, R.priv, R.big]); const m = member({ age: ri(28, 66), gender: chance(0.75) ? 'M' : 'F' });
    const d0 = randDate('2025-01-06', '2025-10-01'); const doc = doctorOf(h, 'urology');
    const dx = pick(['N20.100', 'N20.000']); const px = dx === 'N20.100' ? '98.5103' : '98.5101';
    const n = careful ? ri(3, 4) : ri(3, 5); const gaps = careful ? [0, ri(3, 5), ri(3, 5), ri(4, 6), ri(4, 6)] : [0, 1, 1, 1, 1];
    const ids = []; const tg = []; const mls = []; let d = d0;
    for (let i = 0; i < n; i++) {
      d = add(d, gaps[i]);
      const it = [['体外冲击波碎石', 0, 1, { tag: 'eswl' }], ['尿常规', 0, 1]];
      if (i === 0) it.push(['泌尿系B超', 0, 1], ['双氯芬酸钠缓释片', 0, 10]);
      if (i === 0 && isOld(m, d)) it.push(['盐酸坦索罗辛缓释胶囊', 0, 14]);
      const c = makeClaim({ m, h, doc, dept: 'urology', visitType: 'outpatient', visit: d, dx: [dx], px: [[px, 0]], items: it });
      ids.push(c.id); if (i > 0) { tg.push(c.id); mls.push([c, 'eswl']); }
    }
    label('fraud', 'T01', TYP.T01, ids, tg, ml(mls));
  }
  // ---------- T02 URS + PCNL ----------
  {
    const R = regionSet(); const h = pick([R.big, R.mid, R.priv]); const m = member({ age: ri(30, 68) });
    const adm = randDate(); const los = ri(4, 6); const op = 1;
    const it = ursStay(m, adm, op, los);
    const second = careful ? op + 1 : op;
    it.push(['经输尿管镜碎石取石术', second, 1, { tag: 'pcnl' }], ['一次性负压引流器', second, 1, { tag: 'pcnl' }]);
    if (careful) it.push(['全身麻醉', second, 1, { tag: 'pcnl' }]);
    const c = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los), dx: [pick(['N20.100', 'N20.100', 'N13.202'])], px: [['56.0x00x011', op], ['55.0404', second]], items: it });
    label('fraud', 'T02', TYP.T02, [c.id], [c.id], ml([[c, 'pcnl']]));
  }
  // ---------- T03 stent removal phantom / twice ----------
  {
    const R = regionSet(); const h = pick([R.big, R.mid, R.priv]); const m = member({ age: ri(30, 68) });
    const adm = randDate('2025-01-06', '2025-09-01'); const los = ri(3, 5);
    const withStent = k % 2 === 1; // odd: stent placed, removal billed twice; even: no stent placed at all
    const s = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['N20.100'], px: [['56.0x00x011', 1], ...(withStent ? [['59.8x03', 1]] : [])], items: ursStay(m, adm, 1, los, { stent: withStent }) });
    const ids = [s.id]; const tg = [];
    const rem = (date, hh) => makeClaim({ m, h: hh, dept: 'urology', visitType: 'outpatient', visit: date, dx: ['Z46.600x001', 'N20.100'], px: [['97.6205', 0]], items: [['膀胱镜检查', 0, 1, { tag: 'rm' }], ['盐酸利多卡因注射液', 0, 1], ['尿常规', 0, 1], ['泌尿系B超', 0, 1]] });
    const r1 = rem(add(add(adm, los), ri(14, 30)), h);
    ids.push(r1.id);
    if (withStent) { const r2 = rem(add(add(adm, los), ri(35, 50)), careful ? pick([R.mid, R.priv, R.big].filter((x) => x !== h)) || h : h); ids.push(r2.id); tg.push(r2.id); } else tg.push(r1.id);
    label('fraud', 'T03', TYP.T03, ids, tg, {});
  }
  // ---------- T04 catheter daily ----------
  {
    const R = regionSet(); const h = pick([R.mid, R.priv, R.big]); const m = member({ age: ri(55, 82), gender: 'M' });
    const adm = randDate(); const los = ri(6, 9);
    const it = turpStay(m, adm, 1, los); const step = careful ? 2 : 1;
    for (let d = 2; d < los; d += step) it.push(['一次性使用导尿包', d, 1, { tag: 'x' }], ['双腔硅胶导尿管', d, 1, { tag: 'x' }], ['导尿', d, 1, { tag: 'x' }]);
    const c = makeClaim({ m, h: H[h].level >= 2 ? h : R.big, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['N40.x00'], px: [['60.2902', 1]], items: it });
    label('fraud', 'T04', TYP.T04, [c.id], [c.id], ml([[c, 'x']]));
  }
  // ---------- T05 TURP + 导尿 same day ----------
  {
    const R = regionSet(); const h = pick([R.mid, R.priv, R.big]); const m = member({ age: ri(58, 84), gender: 'M' });
    const adm = randDate(); const los = ri(5, 7); const op = careful ? 2 : 1;
    const it = turpStay(m, adm, op, los); it.push(['导尿', op, 1, { tag: 'x' }]);
    const c = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['N40.x00', ...(chance(0.4) ? ['I10.x00'] : [])], px: [[pick(['60.2902', '60.2900x004']), op]], items: it });
    label('fraud', 'T05', TYP.T05, [c.id], [c.id], ml([[c, 'x']]));
  }
  // ---------- T06 finasteride under 40 ----------
  {
    const R = regionSet(); const h = pick([R.men, R.priv, R.mid, R.low]); const age = careful ? ri(36, 39) : ri(22, 34); const m = member({ age, gender: 'M', scheme: 'employee' });
    const d = randDate(); const it = [['非那雄胺片', 0, 30, { tag: 'x' }], ['尿常规', 0, 1]];
    if (careful) it.push(['泌尿系B超', 0, 1]);
    const c = makeClaim({ m, h, dept: deptOf(h, 'andrology'), visitType: 'outpatient', visit: d, dx: [careful ? 'N40.x00' : 'N41.100'], items: it });
    const ids = [c.id]; const tg = [c.id]; const mm = ml([[c, 'x']]);
    if (careful) { const c2 = makeClaim({ m, h, dept: deptOf(h, 'andrology'), visitType: 'outpatient', visit: add(d, ri(28, 35)), dx: ['N40.x00'], items: [['非那雄胺片', 0, 30, { tag: 'x' }]] }); ids.push(c2.id); tg.push(c2.id); Object.assign(mm, ml([[c2, 'x']])); }
    label('fraud', 'T06', TYP.T06, ids, tg, mm);
  }
  // ---------- T07 andrology 串换 ----------
  {
    const R = regionSet(); const h = R.men; const m = member({ age: ri(28, 55), gender: 'M' });
    const d0 = randDate('2025-01-06', '2025-09-01'); const doc = doctorOf(h, deptOf(h, 'andrology'));
    const ids = []; const tg = []; const mls = [];
    if (!careful) {
      for (let i = 0; i < ri(2, 3); i++) {
        const it = [['十一酸睾酮软胶囊', 0, 28, { tag: 'x' }], ['生物反馈治疗', 0, 1, { tag: 'x' }], ['尿常规', 0, 1]];
        if (H[h].level >= 2) it.push(['前列地尔注射液', 0, 2, { tag: 'x' }], ['肌肉注射', 0, 2, { tag: 'x' }]);
        if (ageOn(m, d0) >= 40) it.push(['普适泰片', 0, 28]);
        const c = makeClaim({ m, h, doc, dept: deptOf(h, 'andrology'), visitType: 'outpatient', visit: add(d0, i * ri(12, 16)), dx: ['N41.100'], items: it });
        ids.push(c.id); tg.push(c.id); mls.push([c, 'x']);
      }
    } else { // low-intensity shock wave for ED billed as ESWL of a stone, weekly, from andrology, no imaging
      const n = ri(4, 6);
      for (let i = 0; i < n; i++) {
        const c = makeClaim({ m, h, doc, dept: deptOf(h, 'andrology'), visitType: 'outpatient', visit: add(d0, i * 7), dx: ['N20.000'], px: [['98.5101', 0]], items: [['体外冲击波碎石', 0, 1, { tag: 'x' }]] });
        ids.push(c.id); tg.push(c.id); mls.push([c, 'x']);
      }
    }
    label('fraud', 'T07', TYP.T07, ids, tg, ml(mls));
  }
  // ---------- T08 PSA every visit ----------
  {
    const R = regionSet(); const h = pick([R.mid, R.low, R.priv]); const m = member({ age: ri(56, 78), gender: 'M' });
    const d0 = randDate('2025-01-06', '2025-07-01'); const doc = doctorOf(h, deptOf(h, 'urology'));
    const n = careful ? ri(4, 5) : ri(6, 7); const gap = careful ? ri(26, 32) : ri(12, 15);
    const ids = []; const tg = []; const mls = [];
    for (let i = 0; i < n; i++) {
      const it = [['前列腺特异性抗原(PSA)测定', 0, 1, { tag: 'x' }], ['尿常规', 0, 1, { tag: 'x' }], ['盐酸坦索罗辛缓释胶囊', 0, gap >= 26 ? 30 : 14]];
      if (!careful || i % 2 === 0) it.push(['泌尿系B超', 0, 1, { tag: 'x' }]);
      const c = makeClaim({ m, h, doc, dept: deptOf(h, 'urology'), visitType: 'outpatient', visit: add(d0, i * gap), dx: ['N40.x00'], items: it });
      ids.push(c.id); if (i > 0) { tg.push(c.id); mls.push([c, 'x']); }
    }
    label('fraud', 'T08', TYP.T08, ids, tg, ml(mls));
  }
  // ---------- T09 挂床 after day operation ----------
  {
    const R = regionSet(); const h = pick([R.priv, R.mid, R.men]); const m = member({ age: ri(30, 65) });
    const adm = randDate(); const los = careful ? ri(4, 5) : ri(5, 7); const eswl = k % 2 === 0;
    const it = [...ipDaily(adm, add(adm, los)), ['血常规(五分类)', 0, 1], ['尿常规', 0, 1], ['泌尿系B超', 0, 1]];
    if (eswl) it.push(['体外冲击波碎石', 0, 1], ['双氯芬酸钠缓释片', 0, 4]); else it.push(['膀胱镜检查', 0, 1], ['盐酸利多卡因注射液', 0, 1]);
    if (careful) for (let d = 1; d < los; d++) it.push(['双氯芬酸钠缓释片', d, 1]);
    const c = makeClaim({ m, h, dept: deptOf(h, 'urology'), visitType: 'inpatient', adm, dis: add(adm, los), dx: eswl ? [pick(['N20.100', 'N20.000'])] : ['Z46.600x001'], px: eswl ? [['98.5101', 0]] : [['97.6205', 0]], items: it });
    label('fraud', 'T09', TYP.T09, [c.id], [c.id], {});
  }
  // ---------- T10 低标准入院 ----------
  {
    const R = regionSet(); const h = pick([R.low, R.mid, R.priv]); const female = k % 3 === 0; const m = member({ age: ri(25, 60), gender: female ? 'F' : 'M' });
    const adm = randDate(); const los = ri(2, 4);
    const it = [...ipDaily(adm, add(adm, los)), ['尿常规', 0, 1], ['血常规(五分类)', 0, 1]];
    if (female) it.push(['左氧氟沙星片', 0, los]); else it.push(['泌尿系B超', 0, 1], ['双氯芬酸钠缓释片', 0, los], ...(careful ? [['盐酸甲氧氯普胺注射液', 0, 1], ['肌肉注射', 0, 1]] : []));
    const c = makeClaim({ m, h, dept: deptOf(h, 'urology'), visitType: 'inpatient', adm, dis: add(adm, los), dx: female ? ['N30.000'] : ['N23.x00'], items: it });
    label('fraud', 'T10', TYP.T10, [c.id], [c.id], {});
  }
  // ---------- T11 分解住院 ----------
  {
    const R = regionSet(); const h = pick([R.big, R.mid, R.priv]); const m = member({ age: ri(30, 70) });
    const adm = randDate('2025-01-06', '2025-09-15'); const los1 = ri(3, 5);
    const it1 = [...ipDaily(adm, add(adm, los1)), ...admitLabs(0, true), ...ivDay(1, '注射用头孢呋辛钠', 2), ['双氯芬酸钠缓释片', 0, 4]];
    const s1 = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los1), dx: ['N20.100'], items: it1 });
    const adm2 = add(add(adm, los1), careful ? ri(8, 13) : ri(1, 4)); const los2 = ri(3, 5);
    const s2 = makeClaim({ m, h, visitType: 'inpatient', adm: adm2, dis: add(adm2, los2), dx: ['N20.100'], px: [['56.0x00x011', 1]], items: ursStay(m, adm2, 1, los2) });
    label('fraud', 'T11', TYP.T11, [s1.id, s2.id], [s2.id], {});
  }
  // ---------- T12 冒名就医 ----------
  {
    const R = regionSet(); const m = member({ age: ri(45, 75), gender: 'M' });
    const adm = randDate(); const los = ri(6, 9);
    const s = makeClaim({ m, h: R.big, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['N40.x00'], px: [['60.2902', 1]], items: turpStay(m, adm, 1, los) });
    const other = careful ? R.mid : R.men; const vd = add(adm, ri(2, los - 2));
    const it = careful ? [['盐酸坦索罗辛缓释胶囊', 0, 30], ['非那雄胺片', 0, 30]] : [['十一酸睾酮软胶囊', 0, 28], ['生物反馈治疗', 0, 1], ['尿常规', 0, 1]];
    const o = makeClaim({ m, h: other, dept: careful ? deptOf(other, 'urology') : deptOf(other, 'andrology'), visitType: 'outpatient', visit: vd, dx: [careful ? 'N40.x00' : 'N41.100'], items: it });
    label('fraud', 'T12', TYP.T12, [s.id, o.id], [o.id], {});
  }
  // ---------- T13 overlapping BPH supply ----------
  {
    const R = regionSet(); const m = member({ age: ri(55, 80), gender: 'M' });
    const d0 = randDate('2025-01-06', '2025-08-01'); const insts = [R.mid, R.big, R.pha, R.low];
    const n = careful ? 4 : 5; const ids = []; const tg = []; const mls = []; let d = d0;
    for (let i = 0; i < n; i++) {
      const hh = insts[i % insts.length]; const phar = H[hh].kind === 'pharmacy';
      const qty = careful ? 30 : 60;
      const c = makeClaim({ m, h: hh, dept: phar ? 'pharmacy' : deptOf(hh, 'urology'), visitType: phar ? 'pharmacy' : 'outpatient', visit: d, dx: ['N40.x00'], items: [['盐酸坦索罗辛缓释胶囊', 0, qty, { tag: 'x' }], ['非那雄胺片', 0, qty, { tag: 'x' }]] });
      ids.push(c.id); if (i > 0) { tg.push(c.id); mls.push([c, 'x']); }
      d = add(d, careful ? ri(9, 13) : ri(8, 12));
    }
    label('fraud', 'T13', TYP.T13, ids, tg, ml(mls));
  }
  // ---------- T14 over-treatment of cystitis ----------
  {
    const R = regionSet(); const h = pick([R.priv, R.mid, R.big]); const m = member({ age: ri(20, 45), gender: 'F' });
    const d = randDate();
    const it = [['尿常规', 0, 1], ['血常规(五分类)', 0, 1], ['腹部CT平扫', 0, 1, { tag: 'x' }], ['细菌培养及药敏', 0, 1]];
    if (!careful) it.push(['膀胱镜检查', 0, 1, { tag: 'x' }], ['降钙素原测定', 0, 1, { tag: 'x' }], ...ivDay(0, '注射用头孢曲松钠', 2).map((l) => [...l.slice(0, 3), { tag: 'x' }]));
    else it.push(['泌尿系B超', 0, 1, { tag: 'x' }], ['C反应蛋白测定', 0, 1], ['左氧氟沙星片', 0, 7]);
    const c = makeClaim({ m, h, dept: deptOf(h, 'urology'), visitType: 'outpatient', visit: d, dx: ['N30.000'], items: it });
    label('fraud', 'T14', TYP.T14, [c.id], [c.id], ml([[c, 'x']]));
  }
  // ---------- T15 cosmetic circumcision billed as 包茎 ----------
  {
    const R = regionSet(); const h = pick([R.men, R.priv]); const m = member({ age: ri(18, 32), gender: 'M' });
    const d0 = randDate(); const ids = [];
    if (!careful) { const c0 = makeClaim({ m, h, dept: deptOf(h, 'andrology'), visitType: 'outpatient', visit: d0, dx: ['N47.x01'], items: [['尿常规', 0, 1]] }); ids.push(c0.id); }
    const c = makeClaim({ m, h, dept: deptOf(h, 'andrology'), visitType: 'outpatient', visit: add(d0, careful ? 0 : ri(2, 7)), dx: ['N47.x00x001'], px: [['64.0x00', 0]], items: circItems(0, false) });
    ids.push(c.id);
    label('fraud', 'T15', TYP.T15, ids, [c.id], {});
  }
}

// ===================== CONTROLS =====================
for (let k = 0; k < 15; k++) {
  // C01 staghorn: ESWL sessions >= 2 weeks apart
  { const R = regionSet(); const h = pick([R.big, R.mid]); const m = member({ age: ri(35, 70) }); let d = randDate('2025-01-06', '2025-07-01'); const ids = [];
    for (let i = 0; i < ri(3, 4); i++) { const it = [['体外冲击波碎石', 0, 1], ['尿常规', 0, 1], ['泌尿系B超', 0, 1]]; if (i === 0) it.push(['腹部CT平扫', 0, 1], ['双氯芬酸钠缓释片', 0, 10]);
      ids.push(makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: d, dx: [pick(['N20.001', 'N20.000', 'N13.201'])], px: [['98.5101', 0]], items: it }).id); d = add(d, ri(14, 24)); }
    label('control', 'C01', CTL.C01, ids); }
  // C02 ESWL failed -> URS
  { const R = regionSet(); const h = pick([R.big, R.mid]); const m = member({ age: ri(30, 68) }); const d = randDate('2025-01-06', '2025-09-01');
    const a = makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: d, dx: ['N20.100'], px: [['98.5103', 0]], items: [['体外冲击波碎石', 0, 1], ['尿常规', 0, 1], ['泌尿系B超', 0, 1], ['双氯芬酸钠缓释片', 0, 10]] });
    const adm = add(d, ri(14, 21)); const los = ri(3, 5);
    const b = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['N20.100'], px: [['56.0x00x011', 1]], items: ursStay(m, adm, 1, los) });
    label('control', 'C02', CTL.C02, [a.id, b.id]); }
  // C03 staged PCNL in one stay
  { const R = regionSet(); const h = R.big; const m = member({ age: ri(35, 70) }); const adm = randDate(); const los = ri(9, 12); const op1 = 1, op2 = ri(5, 6);
    const it = [...ipDaily(adm, add(adm, los), { level1Days: [op1, op2] }), ...admitLabs(0, true), ['细菌培养及药敏', 0, 1],
      ['经输尿管镜碎石取石术', op1, 1], ['全身麻醉', op1, 3], ['丙泊酚中/长链脂肪乳注射液', op1, 2], ['一次性负压引流器', op1, 1], ['一次性使用导尿包', op1, 1], ['双腔硅胶导尿管', op1, 1], ['一次性手术衣及铺单包', op1, 1],
      ['经输尿管镜碎石取石术', op2, 1], ['全身麻醉', op2, 2], ['丙泊酚中/长链脂肪乳注射液', op2, 2], ['一次性手术衣及铺单包', op2, 1], ['腹部CT平扫', op2 - 1, 1]];
    for (let d = op1; d < los - 1; d++) it.push(...ivDay(d, '注射用头孢呋辛钠', 2)); for (let d = op1 + 1; d < los; d++) it.push(['一次性使用引流袋', d, 1]);
    const c = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['N20.001', 'N13.201'], px: [['55.0404', op1], ['55.0400x009', op2]], items: it });
    label('control', 'C03', CTL.C03, [c.id]); }
  // C04 stent placed then removed
  { const R = regionSet(); const h = pick([R.big, R.mid, R.priv]); const m = member({ age: ri(30, 70) }); const adm = randDate('2025-01-06', '2025-09-01'); const los = ri(3, 5);
    const s = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['N20.100'], px: [['56.0x00x011', 1], ['59.8x03', 1]], items: ursStay(m, adm, 1, los, { stent: true }) });
    const r = makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: add(add(adm, los), ri(14, 40)), dx: ['Z46.600x001', 'N20.100'], px: [['97.6205', 0]], items: [['膀胱镜检查', 0, 1], ['盐酸利多卡因注射液', 0, 1], ['尿常规', 0, 1], ['泌尿系B超', 0, 1]] });
    label('control', 'C04', CTL.C04, [s.id, r.id]); }
  // C05 malignant obstruction stent exchanges
  { const R = regionSet(); const h = R.big; const m = member({ age: ri(55, 80), gender: chance(0.5) ? 'M' : 'F' }); let d = randDate('2025-01-06', '2025-03-20'); const ids = [];
    for (let i = 0; i < 3; i++) { ids.push(makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: d, dx: ['Z46.602', m.gender === 'M' ? 'C61.x00' : 'C67.900', 'N13.100'], px: [['97.6205', 0], ['59.8x03', 0]], items: [['膀胱镜检查', 0, 1], ['盐酸利多卡因注射液', 0, 2], ['尿常规', 0, 1], ['肾功能(三项)', 0, 1], ['泌尿系B超', 0, 1]] }).id); d = add(d, ri(85, 110)); }
    label('control', 'C05', CTL.C05, ids); }
  // C06 monthly home catheter change
  { const R = regionSet(); const h = pick([R.low, R.mid]); const m = member({ age: ri(68, 88), gender: chance(0.7) ? 'M' : 'F', scheme: 'employee' }); let d = randDate('2025-01-06', '2025-05-01'); const ids = [];
    for (let i = 0; i < ri(4, 6); i++) { const it = [['家庭病床巡诊费', 0, 1], ['导尿', 0, 1], ['一次性使用导尿包', 0, 1], ['双腔硅胶导尿管', 0, 1], ['一次性使用引流袋', 0, 2]]; if (i % 2 === 0) it.push(['尿常规', 0, 1]);
      ids.push(makeClaim({ m, h, dept: deptOf(h, 'general'), visitType: 'outpatient', visit: d, dx: [m.gender === 'M' ? pick(['R33.x00', 'N31.901']) : 'N31.901'], px: [['57.9500', 0]], items: it, consult: false }).id); d = add(d, ri(27, 33)); }
    label('control', 'C06', CTL.C06, ids); }
  // C07 post-TURP clot retention re-catheterised
  { const R = regionSet(); const h = pick([R.big, R.mid]); const m = member({ age: ri(62, 84), gender: 'M' }); const adm = randDate(); const los = ri(6, 8);
    const it = turpStay(m, adm, 1, los); const rd = ri(2, 3); it.push(['一次性使用导尿包', rd, 1], ['双腔硅胶导尿管', rd, 1], ['导尿', rd, 1], ['血常规(五分类)', rd, 1]);
    const c = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['N40.x00', 'R31.x00'], px: [['60.2902', 1], ['57.9500', rd]], items: it });
    label('control', 'C07', CTL.C07, [c.id]); }
  // C08 acute retention admitted: 导尿 on day 0, TURP day 2-3
  { const R = regionSet(); const h = pick([R.big, R.mid]); const m = member({ age: ri(60, 85), gender: 'M' }); const adm = randDate(); const op = ri(2, 3); const los = op + ri(4, 5);
    const it = turpStay(m, adm, op, los); it.push(['导尿', 0, 1], ['一次性使用导尿包', 0, 1], ['双腔硅胶导尿管', 0, 1], ['急诊诊察费', 0, 1]);
    const c = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los), route: 'emergency', dx: ['N40.x00', 'R33.x00'], px: [['57.9400', 0], ['60.2902', op]], items: it });
    label('control', 'C08', CTL.C08, [c.id]); }
  // C09 BPH long prescription
  { const R = regionSet(); const h = pick([R.mid, R.big, R.low]); const m = member({ age: ri(50, 80), gender: 'M' }); let d = randDate('2025-01-06', '2025-04-01'); const ids = [];
    for (let i = 0; i < 3; i++) { const it = [['盐酸坦索罗辛缓释胶囊', 0, 84, { longPrescription: true }], ['非那雄胺片', 0, 84, { longPrescription: true }]]; if (i === 0) it.push(['前列腺特异性抗原(PSA)测定', 0, 1], ['泌尿系B超', 0, 1]);
      ids.push(makeClaim({ m, h, dept: deptOf(h, 'urology'), visitType: 'outpatient', visit: d, dx: ['N40.x00'], items: it }).id); d = add(d, ri(82, 88)); }
    label('control', 'C09', CTL.C09, ids); }
  // C10 hypogonadism testosterone at level 3
  { const R = regionSet(); const h = R.big; const m = member({ age: ri(25, 60), gender: 'M' }); let d = randDate('2025-01-06', '2025-07-01'); const ids = []; const dept = H[h].depts.endocrinology ? 'endocrinology' : deptOf(h, 'andrology');
    for (let i = 0; i < 3; i++) { const it = [['十一酸睾酮软胶囊', 0, 56]]; if (i === 0) it.push(['血常规(五分类)', 0, 1], ['肝功能(全套)', 0, 1]); if (ageOn(m, d) >= 40 && i === 0) it.push(['前列腺特异性抗原(PSA)测定', 0, 1]);
      ids.push(makeClaim({ m, h, dept, visitType: 'outpatient', visit: d, dx: [pick(['E29.100', 'E23.010', 'E29.101'])], items: it }).id); d = add(d, ri(26, 30)); }
    label('control', 'C10', CTL.C10, ids); }
  // C11 chronic prostatitis >= 40 biofeedback at public hospital
  { const R = regionSet(); const h = pick([R.big, R.mid]); const m = member({ age: ri(41, 60), gender: 'M' }); let d = randDate('2025-01-06', '2025-08-01'); const ids = [];
    for (let i = 0; i < ri(3, 4); i++) { const it = [['生物反馈治疗', 0, 1]]; if (i === 0) it.push(['尿常规', 0, 1], ['前列腺特异性抗原(PSA)测定', 0, 1], ['普适泰片', 0, 56], ['盐酸坦索罗辛缓释胶囊', 0, 28]);
      ids.push(makeClaim({ m, h, dept: deptOf(h, 'urology'), visitType: 'outpatient', visit: d, dx: ['N41.100'], items: it }).id); d = add(d, ri(6, 8)); }
    label('control', 'C11', CTL.C11, ids); }
  // C12 PSA after radical prostatectomy
  { const R = regionSet(); const h = R.big; const m = member({ age: ri(58, 78), gender: 'M' }); let d = randDate('2025-01-06', '2025-03-01'); const ids = [];
    for (let i = 0; i < 3; i++) { const it = [['前列腺特异性抗原(PSA)测定', 0, 1]]; if (i === 0) it.push(['尿常规', 0, 1], ['肾功能(三项)', 0, 1]);
      ids.push(makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: d, dx: ['Z08.000', 'Z85.407', 'Z90.708'], items: it }).id); d = add(d, ri(85, 95)); }
    label('control', 'C12', CTL.C12, ids); }
  // C13 ADT quarterly (depot drug has no catalogue row: the injection service and PSA are billed)
  { const R = regionSet(); const h = R.big; const m = member({ age: ri(62, 85), gender: 'M', chronic: ['C61'] }); let d = randDate('2025-01-06', '2025-03-01'); const ids = [];
    for (let i = 0; i < 3; i++) { const it = [['门诊慢特病管理诊查费', 0, 1], ['前列腺特异性抗原(PSA)测定', 0, 1], ['皮下注射', 0, 1], ['一次性使用注射器(5ml)', 0, 1]]; if (i === 1) it.push(['肝功能(全套)', 0, 1], ['骨密度测定(双能X线)', 0, 1]);
      ids.push(makeClaim({ m, h, dept: 'urology', visitType: 'chronic', visit: d, dx: ['C61.x00'], px: [['99.2400', 0]], items: it, consult: false }).id); d = add(d, ri(84, 91)); }
    label('control', 'C13', CTL.C13, ids); }
  // C14 URS in elderly diabetic with post-op fever
  { const R = regionSet(); const h = pick([R.big, R.mid]); const m = member({ age: ri(66, 84) }); const adm = randDate(); const los = ri(6, 8);
    const it = ursStay(m, adm, 1, los); for (let d = 2; d < los - 1; d++) it.push(...ivDay(d, '注射用头孢哌酮钠舒巴坦钠', 2), ['血糖监测(快速)', d, 3]); it.push(['细菌培养及药敏', 2, 1], ['降钙素原测定', 2, 1], ['C反应蛋白测定', 2, 1], ['降钙素原测定', 4, 1], ['盐酸二甲双胍片', 0, 3 * los]);
    const c = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['N20.100', 'E11.900', 'N39.000'], px: [['56.0x00x011', 1], ['59.8x03', 1]], items: it });
    label('control', 'C14', CTL.C14, [c.id]); }
  // C15 obstructive pyelonephritis admission
  { const R = regionSet(); const h = pick([R.big, R.mid]); const m = member({ age: ri(25, 75), gender: chance(0.6) ? 'F' : 'M' }); const adm = randDate(); const los = ri(6, 9);
    const it = [...ipDaily(adm, add(adm, los), { level1Days: [0, 1] }), ...admitLabs(0, true), ['细菌培养及药敏', 0, 2], ['降钙素原测定', 0, 1], ['C反应蛋白测定', 0, 1], ['血乳酸测定', 0, 1]];
    for (let d = 0; d < los - 1; d++) it.push(...ivDay(d, d < 3 ? '注射用哌拉西林钠他唑巴坦钠' : '注射用头孢曲松钠', 3));
    it.push(['降钙素原测定', 3, 1], ['血常规(五分类)', 3, 1], ['泌尿系B超', los - 1, 1]);
    const c = makeClaim({ m, h, visitType: 'inpatient', route: 'emergency', adm, dis: add(adm, los), dx: [pick(['N13.602', 'N10.x02'])], items: it });
    label('control', 'C15', CTL.C15, [c.id]); }
  // C16 emergency stent then definitive URS
  { const R = regionSet(); const h = pick([R.big, R.mid]); const m = member({ age: ri(30, 75) }); const adm = randDate('2025-01-06', '2025-09-01'); const los = ri(4, 6);
    const it = [...ipDaily(adm, add(adm, los), { level1Days: [0] }), ...admitLabs(0, true), ['细菌培养及药敏', 0, 1], ['降钙素原测定', 0, 1], ['膀胱镜检查', 0, 1], ['一次性使用导尿包', 0, 1], ['双腔硅胶导尿管', 0, 1]];
    for (let d = 0; d < los - 1; d++) it.push(...ivDay(d, '注射用头孢曲松钠', 2));
    const a = makeClaim({ m, h, visitType: 'inpatient', route: 'emergency', adm, dis: add(adm, los), dx: ['N13.602'], px: [['59.8x03', 0]], items: it });
    const adm2 = add(add(adm, los), ri(14, 24)); const los2 = ri(3, 4);
    const b = makeClaim({ m, h, visitType: 'inpatient', adm: adm2, dis: add(adm2, los2), dx: ['N20.100', 'Z96.001'], px: [['56.0x00x011', 1], ['97.6204', 1]], items: ursStay(m, adm2, 1, los2) });
    label('control', 'C16', CTL.C16, [a.id, b.id]); }
  // C17 emergency at level 1/2, transferred same day
  { const R = regionSet(); const m = member({ age: ri(30, 75) }); const d = randDate(); const lowH = pick([R.low, R.mid]);
    const e = makeClaim({ m, h: lowH, dept: deptOf(lowH, 'emergency'), visitType: 'outpatient', visit: d, dx: ['N23.x00', 'N20.100'], items: [['尿常规', 0, 1], ['泌尿系B超', 0, 1], ['双氯芬酸钠缓释片', 0, 2]] });
    const los = ri(3, 5); const s = makeClaim({ m, h: R.big, visitType: 'inpatient', route: 'transfer', from: lowH, adm: d, dis: add(d, los), dx: ['N13.202'], px: [['56.0x00x011', 1]], items: ursStay(m, d, 1, los) });
    label('control', 'C17', CTL.C17, [e.id, s.id]); }
  // C18 BPH moved: refills non-overlapping
  { const R = regionSet(); const m = member({ age: ri(58, 80), gender: 'M' }); let d = randDate('2025-01-06', '2025-05-01'); const ids = []; const seq = [R.mid, R.mid, R.alt, R.alt];
    for (let i = 0; i < 4; i++) { const hh = seq[i]; ids.push(makeClaim({ m, h: hh, dept: deptOf(hh, 'urology'), visitType: 'outpatient', visit: d, dx: ['N40.x00'], items: [['盐酸坦索罗辛缓释胶囊', 0, 30], ['非那雄胺片', 0, 30]] }).id); d = add(d, ri(29, 33)); }
    label('control', 'C18', CTL.C18, ids); }
  // C19 recurrent stones with metabolic disease
  { const R = regionSet(); const h = pick([R.big, R.mid]); const m = member({ age: ri(35, 65) }); const meta = pick(['E21.000', 'E79.001', 'E83.504']); let d = randDate('2025-01-06', '2025-04-01'); const ids = [];
    ids.push(makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: d, dx: ['N20.000', meta], px: [['98.5101', 0]], items: [['体外冲击波碎石', 0, 1], ['尿常规', 0, 1], ['泌尿系B超', 0, 1], ['电解质(四项)', 0, 1], ['肾功能(三项)', 0, 1]] }).id);
    const adm = add(d, ri(90, 130)); const los = ri(3, 5);
    ids.push(makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['N20.100', meta], px: [['56.0x00x011', 1]], items: ursStay(m, adm, 1, los) }).id);
    const d3 = add(adm, ri(80, 110)); const it3 = [['体外冲击波碎石', 0, 1], ['尿常规', 0, 1], ['泌尿系B超', 0, 1], ['电解质(四项)', 0, 1]]; if (meta === 'E79.001') it3.push(['别嘌醇片', 0, 60]);
    ids.push(makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: d3, dx: ['N20.000', meta], px: [['98.5101', 0]], items: it3 }).id);
    label('control', 'C19', CTL.C19, ids); }
  // C20 recurrent UTI in a woman
  { const R = regionSet(); const h = pick([R.big, R.mid]); const m = member({ age: ri(30, 70), gender: 'F' }); let d = randDate('2025-01-06', '2025-05-01'); const ids = [];
    for (let i = 0; i < 3; i++) { const it = [['尿常规', 0, 1], ['细菌培养及药敏', 0, 1], [i === 0 ? '左氧氟沙星片' : '头孢呋辛酯片', 0, i === 0 ? 5 : 10]]; if (i === 2) it.push(['泌尿系B超', 0, 1], ['空腹血糖测定', 0, 1]);
      ids.push(makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: d, dx: [i === 2 ? 'N39.000' : 'N30.000'], items: it }).id); d = add(d, ri(50, 75)); }
    label('control', 'C20', CTL.C20, ids); }
  // C21 gross haematuria
  { const R = regionSet(); const h = pick([R.big, R.mid]); const m = member({ age: ri(50, 78), gender: chance(0.7) ? 'M' : 'F' }); const d = randDate();
    const a = makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: d, dx: ['R31.x00'], items: [['尿常规', 0, 1], ['血常规(五分类)', 0, 1], ['肾功能(三项)', 0, 1], ['凝血四项', 0, 1], ['腹部CT平扫', 0, 1], ['CT增强扫描(加收)', 0, 1]] });
    const b = makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: add(d, ri(3, 10)), dx: ['R31.x00'], px: [['57.3200x001', 0]], items: [['膀胱镜检查', 0, 1], ['盐酸利多卡因注射液', 0, 1], ['尿常规', 0, 1]] });
    label('control', 'C21', CTL.C21, [a.id, b.id]); }
  // C22 child phimosis with recurrent balanitis
  { const R = regionSet(); const h = R.big; const m = member({ age: ri(5, 12), gender: 'M', scheme: 'resident' }); let d = randDate('2025-01-06', '2025-06-01'); const ids = [];
    for (let i = 0; i < 2; i++) { ids.push(makeClaim({ m, h, dept: deptOf(h, 'pediatric_surgery'), visitType: 'outpatient', visit: d, dx: ['N48.100', 'N47.x00x001'], items: [['尿常规', 0, 1], ['莫匹罗星软膏', 0, 1]] }).id); d = add(d, ri(40, 70)); }
    const adm = add(d, ri(20, 40));
    const it = [...ipDaily(adm, add(adm, 1)), ['血常规(五分类)', 0, 1], ['凝血四项', 0, 1], ['全身麻醉', 0, 1], ['丙泊酚中/长链脂肪乳注射液', 0, 1], ...circItems(0, true).map((l) => l.slice(0, 3))];
    ids.push(makeClaim({ m, h, dept: deptOf(h, 'pediatric_surgery'), visitType: 'inpatient', adm, dis: add(adm, 1), dx: ['N47.x00x001', 'N48.100'], px: [['64.0x00', 0]], items: it }).id);
    label('control', 'C22', CTL.C22, ids); }
  // C23 adult paraphimosis or diabetic balanoposthitis
  { const R = regionSet(); const h = pick([R.big, R.mid]); const diab = k % 2 === 0; const m = member({ age: diab ? ri(45, 70) : ri(18, 40), gender: 'M' }); const d = randDate(); const ids = [];
    if (diab) ids.push(makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: add(d, -ri(20, 40)), dx: ['N48.100', 'E11.900'], items: [['尿常规', 0, 1], ['空腹血糖测定', 0, 1], ['糖化血红蛋白测定', 0, 1], ['莫匹罗星软膏', 0, 1]] }).id);
    const it = circItems(0, false); if (!diab) it.push(['急诊诊察费', 0, 1]);
    ids.push(makeClaim({ m, h, dept: diab ? 'urology' : deptOf(h, 'emergency'), visitType: 'outpatient', visit: d, dx: diab ? ['N47.x00x001', 'N48.100', 'E11.900'] : ['N47.x02'], px: [['64.0x00', 0]], items: it, consult: diab }).id);
    label('control', 'C23', CTL.C23, ids); }
  // C24 day-case URS at private urology hospital
  { const R = regionSet(); const h = R.priv; const m = member({ age: ri(28, 60) }); const adm = randDate();
    const it = [...ipDaily(adm, add(adm, 1), { level1Days: [0] }), ['血常规(五分类)', 0, 1], ['尿常规', 0, 1], ['凝血四项', 0, 1], ['术前八项(感染筛查)', 0, 1], ['常规心电图检查', 0, 1],
      ['经输尿管镜碎石取石术', 0, 1], ['全身麻醉', 0, 1], ['丙泊酚中/长链脂肪乳注射液', 0, 1], ['一次性手术衣及铺单包', 0, 1], ['一次性使用导尿包', 0, 1], ['双腔硅胶导尿管', 0, 1], ...ivDay(0, '注射用头孢呋辛钠', 1)];
    const c = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, 1), dx: ['N20.100'], px: [['56.0x00x011', 0]], items: it });
    label('control', 'C24', CTL.C24, [c.id]); }
}

// ===================== ROUTINE =====================
for (let k = 0; k < 100; k++) {
  const R = regionSet(); const t = k % 10; let c;
  if (t === 0) { const m = member({ age: ri(22, 60), gender: 'F' }); const h = pick([R.low, R.mid]); c = makeClaim({ m, h, dept: deptOf(h, 'general'), visitType: 'outpatient', visit: randDate(), dx: ['N30.000'], items: [['尿常规', 0, 1], [pick(['左氧氟沙星片', '头孢呋辛酯片']), 0, 6]] }); }
  else if (t === 1) { const m = member({ age: ri(55, 82), gender: 'M' }); const h = pick([R.low, R.mid, R.big]); c = makeClaim({ m, h, dept: deptOf(h, 'urology'), visitType: 'outpatient', visit: randDate(), dx: ['N40.x00'], items: [['盐酸坦索罗辛缓释胶囊', 0, 30], ...(chance(0.5) ? [['非那雄胺片', 0, 30]] : [])] }); }
  else if (t === 2) { const m = member({ age: ri(55, 82), gender: 'M' }); c = makeClaim({ m, h: R.pha, dept: 'pharmacy', visitType: 'pharmacy', visit: randDate(), dx: ['N40.x00'], items: [['盐酸坦索罗辛缓释胶囊', 0, 28]] }); }
  else if (t === 3) { const m = member({ age: ri(25, 65) }); const h = pick([R.mid, R.big]); c = makeClaim({ m, h, dept: deptOf(h, 'emergency'), visitType: 'outpatient', visit: randDate(), dx: ['N23.x00'], items: [['急诊诊察费', 0, 1], ['尿常规', 0, 1], ['泌尿系B超', 0, 1], ['双氯芬酸钠缓释片', 0, 6]], consult: false }); }
  else if (t === 4) { const m = member({ age: ri(28, 66) }); const h = pick([R.mid, R.big]); c = makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: randDate(), dx: ['N20.000'], px: [['98.5101', 0]], items: [['体外冲击波碎石', 0, 1], ['尿常规', 0, 1], ['泌尿系B超', 0, 1]] }); }
  else if (t === 5) { const m = member({ age: ri(28, 70) }); const h = pick([R.big, R.mid]); const adm = randDate(); const los = ri(3, 5); c = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los), dx: [stoneDx()], px: [['56.0x00x011', 1]], items: ursStay(m, adm, 1, los) }); }
  else if (t === 6) { const m = member({ age: ri(60, 84), gender: 'M' }); const h = pick([R.big, R.mid]); const adm = randDate(); const los = ri(5, 7); c = makeClaim({ m, h, visitType: 'inpatient', adm, dis: add(adm, los), dx: ['N40.x00'], px: [['60.2902', 1]], items: turpStay(m, adm, 1, los) }); }
  else if (t === 7) { const m = member({ age: ri(50, 75), gender: 'M' }); const h = pick([R.mid, R.big]); c = makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: randDate(), dx: ['N40.x00'], items: [['前列腺特异性抗原(PSA)测定', 0, 1], ['尿常规', 0, 1], ['泌尿系B超', 0, 1]] }); }
  else if (t === 8) { const m = member({ age: ri(20, 50), gender: 'M' }); const h = pick([R.mid, R.big]); c = makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: randDate(), dx: [pick(['N45.903', 'N41.000', 'N43.301'])], items: [['尿常规', 0, 1], ['泌尿系B超', 0, 1], ['左氧氟沙星片', 0, 10]] }); }
  else { const m = member({ age: ri(25, 60), gender: 'M' }); const h = pick([R.big, R.mid]); c = makeClaim({ m, h, dept: 'urology', visitType: 'outpatient', visit: randDate(), dx: ['I86.101'], items: [['泌尿系B超', 0, 1], ['尿常规', 0, 1]] }); }
  label('routine', 'R', 'routine single claim', [c.id]);
}

// ---------- write (settlement order) ----------
CLAIMS.sort((a, b) => (a._sort < b._sort ? -1 : a._sort > b._sort ? 1 : a._seq - b._seq));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(({ _sort, _seq, ...c }) => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`blind86: ${CLAIMS.length} claims, ${LABELS.length} cases (${LABELS.filter((l) => l.kind === 'fraud').length} fraud, ${LABELS.filter((l) => l.kind === 'control').length} control, ${LABELS.filter((l) => l.kind === 'routine').length} routine)${GROUPS ? ', groups ' + Object.keys(GROUP).length : ''}`);
