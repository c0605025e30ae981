#!/usr/bin/env node
// blind55 — infectious diseases and their outpatient special-disease care (2026).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed: the same arguments give the same files.
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CATDIR = opt('--catalogue', '/work/wt/base55/rules/catalogue');
const GROUPS = opt('--groups', null);

// ---------- seeded random ----------
let seed = 55055;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- dates ----------
const toD = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = toD(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((toD(b) - toD(a)) / 86400000);
const D = (m, d) => `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const rdate = (m1, m2) => D(ri(m1, m2), ri(1, 28));
const LAST = '2026-11-30';

// ---------- catalogue ----------
const CAT = {};
for (const f of ['services', 'drugs', 'consumables']) for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f + '.json'), 'utf8')).rows) CAT[r.name] = r;
class Bill {
  constructor(level) { this.level = level; this.items = []; this.mut = []; }
  add(name, date, qty, o = {}) {
    const r = CAT[name]; if (!r) throw new Error('no catalogue row: ' + name);
    if (!qty) return null;
    const cap = r.priceCap[String(this.level)];
    const price = r2(o.price != null ? o.price : cap);
    const id = String(this.items.length + 1);
    const it = { lineId: id, code: r.code, name: r.name, category: r.category, date, quantity: qty, unitPrice: price, amount: r2(price * qty) };
    if (o.long) it.longPrescription = true;
    this.items.push(it); if (o.mut) this.mut.push(id);
    return id;
  }
}

// ---------- regions and providers ----------
const REGIONS = ['220100', '230100', '370100', '510100'];
const PROV = {};
function mkProv(region, suffix, level, kind) { const p = { id: (kind === 'pharmacy' ? 'Y' : 'H') + region + suffix, region, level, kind }; PROV[p.id] = p; return p; }
const H = {};
for (const r of REGIONS) {
  H[r] = {
    IDH: mkProv(r, '11', 3, 'infectious-disease hospital'),
    GEN: mkProv(r, '12', 3, 'general hospital'),
    TBH: mkProv(r, '13', r === '220100' || r === '230100' ? 2 : 3, 'TB designated hospital'),
    CTY: [mkProv(r, '21', 2, 'county hospital'), mkProv(r, '22', 2, 'county hospital')],
    COM: [mkProv(r, '31', 1, 'community'), mkProv(r, '32', 1, 'community'), mkProv(r, '33', 1, 'community')],
    PHA: [mkProv(r, '41', 1, 'pharmacy'), mkProv(r, '42', 1, 'pharmacy'), mkProv(r, '43', 1, 'pharmacy'), mkProv(r, '44', 1, 'pharmacy')],
    DTP: mkProv(r, '51', 1, 'pharmacy'),
  };
}
const TB3 = (r) => (H[r].TBH.level === 3 ? H[r].TBH : H[r].IDH); // level-3 TB care
const doc = (p, dept) => 'D' + p.id.slice(-4) + String((dept.length * 7 + dept.charCodeAt(0)) % 40 + ri(0, 2)).padStart(2, '0');

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  const region = o.region || pick(REGIONS);
  const age = ri(o.ageMin != null ? o.ageMin : 20, o.ageMax != null ? o.ageMax : 70);
  const gender = o.gender || (chance(0.55) ? 'M' : 'F');
  const birthDate = add(D(6, 30), -(age * 365 + ri(0, 360)));
  let type = o.type || (age < 18 ? 'resident' : chance(0.6) ? 'employee' : 'resident');
  if (age < 16) type = 'resident';
  const retireAge = gender === 'M' ? 60 : 55;
  const retired = type === 'employee' && age >= retireAge;
  const contributionYears = type === 'employee' ? (retired ? Math.max(gender === 'M' ? 30 : 25, Math.min(age - 22, 40)) : Math.max(1, Math.min(age - 22, ri(3, 30)))) : Math.max(1, Math.min(age, ri(3, 18)));
  memberSeq++;
  return {
    insuredId: 'B55' + String(100000 + memberSeq * 7 + ri(0, 6)).padStart(7, '0'), region, gender, birthDate, age, type, retired,
    enrollment: { enrolledOn: '2026-01-01', inConcentratedPeriod: true, continuousYears: Math.max(2, Math.min(contributionYears, ri(3, 20))), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null, ...(o.chronic ? { chronicDiseases: o.chronic } : {}) },
  };
}

// ---------- claims ----------
const ALL = []; let claimSeq = 0;
function claim(m, p, dept, vt, when, dx, b, o = {}) {
  claimSeq++;
  const c = {
    claimId: `${p.region}-${p.id}-2026-${String(claimSeq).padStart(6, '0')}`,
    region: p.region,
    ...(m.region !== p.region ? { insuredRegion: m.region } : {}),
    insuranceType: m.type, visitType: vt,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: m.enrollment,
    provider: { hospitalId: p.id, level: p.level, department: dept, doctorId: o.doctor || doc(p, dept) },
  };
  if (vt === 'inpatient') { c.admissionDate = when[0]; c.dischargeDate = when[1]; if (o.route) c.admissionRoute = o.route; c.dischargeMode = o.mode || 'ordered'; if (o.from) c.transferFromHospitalId = o.from; }
  else c.visitDate = when;
  c.diagnoses = dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = o.px || [];
  if (vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = b.items;
  c.amounts = { total: 0, policy: 0, fundClaimed: 0 };
  Object.defineProperty(c, '_mut', { value: b.mut.slice(), enumerable: false });
  Object.defineProperty(c, '_settle', { value: vt === 'inpatient' ? when[1] : when, enumerable: false });
  Object.defineProperty(c, '_tie', { value: rnd(), enumerable: false });
  Object.defineProperty(c, '_m', { value: m, enumerable: false });
  const bad = c.items.find(it => it.date < (c.admissionDate || c.visitDate) || it.date > (c.dischargeDate || c.visitDate));
  if (bad) throw new Error('item date outside claim ' + c.claimId + ' ' + bad.name + ' ' + bad.date);
  if (c._settle > LAST || (c.admissionDate || c.visitDate) < '2026-01-01') throw new Error('date out of 2026 window ' + c.claimId + ' ' + c._settle);
  ALL.push(c); return c;
}

// ---------- bill helpers ----------
function opConsult(b, p, date, kind) {
  if (kind === 'chronic') return b.add('门诊慢特病管理诊查费', date, 1);
  if (kind === 'er') return b.add('急诊诊察费', date, 1);
  if (p.level === 1) return b.add('一般诊疗费', date, 1);
  if (kind === 'senior' && p.level >= 2) return b.add(chance(0.5) ? '副主任医师门诊诊察费' : '主任医师门诊诊察费', date, 1);
  return b.add('普通门诊诊察费', date, 1);
}
function stayDaily(b, adm, dis, o = {}) {
  const los = diff(adm, dis); const ids = [];
  for (let d = 0; d < los; d++) {
    const dt = add(adm, d); const mut = o.mutFrom != null && d >= o.mutFrom;
    ids.push(b.add(o.bed || '普通病房床位费(三人间)', dt, 1, { mut }));
    const n1 = o.nurse1Days || 0;
    ids.push(b.add(d < n1 ? 'Ⅰ级护理' : (o.nurse || 'Ⅱ级护理'), dt, 1, { mut }));
    ids.push(b.add('住院诊查费', dt, 1, { mut }));
  }
  return los;
}
function infuse(b, date, groups, o = {}) {
  b.add('静脉输液(第一组)', date, 1, o);
  if (groups > 1) b.add('静脉输液(每增加一组)', date, Math.min(groups - 1, 5), o);
  b.add('一次性使用输液器', date, Math.min(groups, 4), o);
}
function admitLabs(b, date, extra = []) {
  for (const n of ['血常规(五分类)', '尿常规', '大便常规+隐血', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '术前八项(感染筛查)', '常规心电图检查', ...extra]) b.add(n, date, 1);
}
const dxTB = () => pick(['A15.000x018', 'A15.000x018', 'A15.100x006', 'A16.008']);
const dxCHB = () => pick(['B18.104', 'B18.104', 'B18.105', 'B18.100']);

// ======================================================================
// Fraud typologies
// ======================================================================
const T = {};
// T01 虚记检验: TB continuation-phase monthly sputum culture + DST
T.T01 = { name: '虚记检验：抗结核巩固期逐月计收痰培养及药敏（结核病定点医院门诊慢特病）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 18, ageMax: 75, chronic: ['A15', 'A16'] }); const p = H[r].TBH; const dx = pick(['A15.000x018', 'A15.100x006']);
  const claims = [], targets = [];
  let d = rdate(1, 4);
  let b = new Bill(p.level); opConsult(b, p, d, 'senior');
  for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '尿常规', '胸部CT平扫', '乙肝五项定量', '空腹血糖测定', '常规心电图检查']) b.add(n, d, 1);
  b.add('细菌培养及药敏', d, 2);
  claims.push(claim(m, p, 'tuberculosis', 'outpatient', d, [dx], b));
  for (let k = 1; k <= 6; k++) {
    d = add(d, ri(27, 31)); b = new Bill(p.level); opConsult(b, p, d, 'chronic');
    b.add('肝功能(全套)', d, 1); b.add('血常规(五分类)', d, 1);
    if (k === 2 || k === 5) b.add('细菌培养及药敏', d, 1);
    if (k === 2) b.add('胸部X线摄影(正侧位)', d, 1);
    if (k === 6) { b.add('细菌培养及药敏', d, 1); b.add('胸部CT平扫', d, 1); }
    const fraud = k === 1 || k === 3 || k === 4;
    if (fraud) b.add('细菌培养及药敏', d, 2, { mut: true });
    const c = claim(m, p, 'tuberculosis', 'chronic', d, [dx], b); claims.push(c); if (fraud) targets.push(c);
  }
  return { claims, targets };
} };

// T02 挂床住院: TB intensive-phase stay, nothing but bed/nursing/consult after the first ten days
T.T02 = { name: '挂床住院：肺结核强化期住院首十日后仅计床位、护理、诊查（无监测）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 22, ageMax: 72 }); const p = chance(0.5) ? H[r].TBH : pick(H[r].CTY); const dx = dxTB();
  const adm = rdate(1, 8); const los = ri(35, 50); const dis = add(adm, los);
  const b = new Bill(p.level);
  stayDaily(b, adm, dis, { nurse1Days: 3, mutFrom: 10 });
  admitLabs(b, adm, ['乙肝五项定量', '胸部CT平扫', '腹部B超', 'C反应蛋白测定']); b.add('细菌培养及药敏', adm, 2);
  for (let d = 0; d < 7; d++) { const dt = add(adm, d); infuse(b, dt, 1); b.add('盐酸氨溴索注射液', dt, 2); b.add('氯化钠注射液', dt, 1); }
  b.add('肝功能(全套)', add(adm, 7), 1); b.add('血常规(五分类)', add(adm, 7), 1);
  for (let d = 14; d < los; d += 7) b.add('血常规(五分类)', add(adm, d), 1, { mut: true });
  b.add('复方甘草片', adm, 27);
  const c = claim(m, p, 'tuberculosis', 'inpatient', [adm, dis], [dx], b, { route: 'outpatient' });
  // a later outpatient follow-up (history)
  const f = add(dis, ri(20, 30)); const claims = [c];
  if (f <= LAST) { const b2 = new Bill(p.level); opConsult(b2, p, f, 'gen'); b2.add('肝功能(全套)', f, 1); b2.add('血常规(五分类)', f, 1); claims.push(claim(m, p, 'tuberculosis', 'outpatient', f, [dx], b2)); }
  return { claims, targets: [c] };
} };

// T03 串换: rabies vaccine dose days billed as covered wound care
T.T03 = { name: '串换：狂犬疫苗接种日按医保伤口换药、抗菌敷料与注射结算（疫苗不属基本医保）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 5, ageMax: 75 }); const p = chance(0.6) ? pick(H[r].COM) : pick(H[r].CTY);
  const dx = [pick(['S61.000', 'S51.900', 'S81.800', 'S91.300']), 'W54.x00', 'Z20.300'];
  const d0 = rdate(3, 10); const claims = [], targets = [];
  let b = new Bill(p.level); opConsult(b, p, d0, 'er'); b.add('换药(中)', d0, 1); b.add('一次性使用换药包', d0, 1); b.add('医用脱脂纱布', d0, 2); b.add('肌肉注射', d0, 1, { mut: true });
  let c = claim(m, p, 'emergency', 'outpatient', d0, dx, b); claims.push(c); targets.push(c);
  for (const k of [3, 7, 14, 28]) {
    const d = add(d0, k); if (d > LAST) break;
    b = new Bill(p.level); opConsult(b, p, d, 'gen');
    b.add('换药(中)', d, 1, { mut: true }); b.add('一次性使用换药包', d, 1, { mut: true }); b.add('银离子抗菌敷料', d, ri(1, 2), { mut: true }); b.add('肌肉注射', d, 1, { mut: true });
    c = claim(m, p, 'surgery', 'outpatient', d, dx, b); claims.push(c); targets.push(c);
  }
  return { claims, targets };
} };

// T04 串换: free antiretroviral pick-ups settled as entecavir + hepatoprotectant under an added CHB code
T.T04 = { name: '串换：国家免费抗病毒药领药日以恩替卡韦、多烯磷脂酰胆碱结算（虚增慢性乙肝诊断）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 22, ageMax: 62, gender: chance(0.8) ? 'M' : 'F', chronic: ['B20', 'Z21', 'B18'] }); const p = H[r].IDH;
  const claims = [], targets = [];
  // history: an opportunistic infection stay (genuine) and a quarterly lab visit
  const adm = rdate(1, 3); const dis = add(adm, ri(7, 10)); let b = new Bill(3);
  stayDaily(b, adm, dis, { nurse1Days: 2 }); admitLabs(b, adm, ['胃镜检查', '血脂(四项)']);
  for (let d = 0; d < diff(adm, dis); d++) b.add('氟康唑胶囊', add(adm, d), 2);
  b.add('肝功能(全套)', add(adm, 5), 1);
  claims.push(claim(m, p, 'infectious', 'inpatient', [adm, dis], ['B20.400x001', 'Z21.x00'], b, { route: 'outpatient', px: [{ code: '45.1300', date: add(adm, 1) }] }));
  let d = add(dis, ri(10, 20));
  for (let k = 0; k < ri(5, 7); k++) {
    if (d > LAST) break;
    b = new Bill(3); opConsult(b, p, d, 'chronic');
    if (k % 3 === 1) { for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '血脂(四项)']) b.add(n, d, 1); }
    b.add('恩替卡韦分散片', d, 30, { mut: true }); b.add('多烯磷脂酰胆碱胶囊', d, 90, { mut: true });
    const c = claim(m, p, 'hiv_clinic', 'chronic', d, ['B18.104', 'Z21.x00'], b); claims.push(c); targets.push(c);
    d = add(d, ri(28, 31));
  }
  return { claims, targets };
} };

// T05 串换: self-paid liver "health product" settled at a pharmacy as polyene phosphatidylcholine
T.T05 = { name: '串换：药店自费护肝保健品按多烯磷脂酰胆碱胶囊结算（无肝病就诊史）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 35, ageMax: 72 }); const ph = pick(H[r].PHA);
  const claims = [], targets = [];
  const hd = rdate(1, 3); const c0p = pick(H[r].COM); let b = new Bill(1); opConsult(b, c0p, hd); b.add('苯磺酸氨氯地平片', hd, 28);
  claims.push(claim(m, c0p, 'general', 'outpatient', hd, ['I10.x00'], b));
  let d = rdate(3, 6); const n = ri(4, 6);
  for (let k = 0; k < n; k++) {
    if (d > LAST) break;
    b = new Bill(1); b.add('多烯磷脂酰胆碱胶囊', d, pick([48, 72, 72, 96]), { mut: true });
    const c = claim(m, ph, 'pharmacy', 'pharmacy', d, [pick(['K76.000', 'K76.001', 'K76.000'])], b); claims.push(c); targets.push(c);
    d = add(d, ri(10, 20));
  }
  return { claims, targets };
} };

// T06 过度诊疗/超限定: prophylactic hepatoprotectant stack in TB stays under a nominal DILI code
T.T06 = { name: '过度诊疗/超限定：结核住院预防性三联保肝（虚挂药物性肝损害，肝功能仅入院一次）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 20, ageMax: 78 }); const p = H[r].TBH; const dx = [dxTB(), 'K71.901'];
  const adm = rdate(1, 10); const los = ri(10, 14); const dis = add(adm, los);
  const b = new Bill(p.level); stayDaily(b, adm, dis, { nurse1Days: 2 });
  admitLabs(b, adm, ['胸部CT平扫', '乙肝五项定量', '腹部B超']); b.add('细菌培养及药敏', adm, 2);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); infuse(b, dt, 2); b.add('氯化钠注射液', dt, 2); b.add('异甘草酸镁注射液', dt, 1, { mut: true }); b.add('注射用还原型谷胱甘肽', dt, 2, { mut: true }); b.add('多烯磷脂酰胆碱胶囊', dt, 6, { mut: true }); }
  b.add('血常规(五分类)', add(adm, 7), 1);
  const c = claim(m, p, 'tuberculosis', 'inpatient', [adm, dis], dx, b, { route: 'outpatient' });
  return { claims: [c], targets: [c] };
} };

// T07 超限定: special-use carbapenem from day 0, culture and consultation dated days later
T.T07 = { name: '超限定支付：特殊使用级碳青霉烯入院即用，病原学送检与会诊补记于数日后', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 28, ageMax: 64 }); const p = chance(0.5) ? H[r].GEN : H[r].IDH;
  const pn = chance(0.6); const dx = pn ? ['J18.900'] : ['N10.x02'];
  const adm = rdate(1, 10); const los = ri(7, 10); const dis = add(adm, los);
  const b = new Bill(3); stayDaily(b, adm, dis, { nurse1Days: 1 });
  admitLabs(b, adm, ['C反应蛋白测定', pn ? '胸部CT平扫' : '泌尿系B超']);
  const carb = chance(0.6) ? ['注射用美罗培南', 3] : ['注射用亚胺培南西司他丁钠', 4];
  for (let d = 0; d < los; d++) { const dt = add(adm, d); infuse(b, dt, carb[1]); b.add('氯化钠注射液', dt, carb[1]); b.add(carb[0], dt, carb[1], { mut: true }); }
  const late = add(adm, ri(3, 4)); b.add('细菌培养及药敏', late, 1); b.add('院内会诊', late, 1);
  b.add('血常规(五分类)', add(adm, 3), 1); b.add('C反应蛋白测定', add(adm, 5), 1);
  const c = claim(m, p, pn ? 'respiratory' : 'infectious', 'inpatient', [adm, dis], dx, b, { route: 'outpatient' });
  return { claims: [c], targets: [c] };
} };

// T08 过度诊疗: fever-clinic full panel and chest CT for every cold
T.T08 = { name: '过度诊疗：发热门诊普通感冒一律加做降钙素原、生化、心肌酶、D-二聚体与胸部CT', build() {
  const r = pick(REGIONS); const child = chance(0.3); const m = member({ region: r, ageMin: child ? 3 : 18, ageMax: child ? 12 : 45 }); const p = pick([H[r].GEN, H[r].IDH, H[r].CTY[0]]);
  const claims = [], targets = []; const n = chance(0.4) ? 2 : 1; let d = rdate(1, 4);
  for (let k = 0; k < n; k++) {
    const b = new Bill(p.level); opConsult(b, p, d, 'gen'); b.add('血常规(五分类)', d, 1); b.add('C反应蛋白测定', d, 1);
    b.add('胸部CT平扫', d, 1, { mut: true });
    const extra = ['降钙素原测定', '肝功能(全套)', '肾功能(三项)', '心肌酶谱', 'D-二聚体测定', '电解质(四项)'].filter(() => chance(0.6));
    if (extra.length < 2) extra.push('降钙素原测定', '心肌酶谱');
    for (const e of new Set(extra)) b.add(e, d, 1, { mut: true });
    if (child) b.add('小儿对乙酰氨基酚颗粒', d, 6); else { b.add('对乙酰氨基酚片', d, 6); b.add('连花清瘟胶囊', d, 24); }
    const c = claim(m, p, 'fever_clinic', 'outpatient', d, ['J06.900', 'R50.900'], b); claims.push(c); targets.push(c);
    d = add(d, ri(40, 120));
  }
  return { claims, targets };
} };

// T09 超量开药: MDR-TB member's daily levofloxacin duplicated by quinolone "bronchitis/UTI" courses elsewhere
T.T09 = { name: '超量开药：耐多药结核门诊慢特病逐月左氧氟沙星，另在他院以“支气管炎/尿路感染”重复开具喹诺酮', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 25, ageMax: 65, chronic: ['A15'] }); const p = TB3(r); const o = chance(0.5) ? H[r].GEN : pick(H[r].CTY);
  const claims = [], targets = []; let d = rdate(1, 3);
  let b = new Bill(p.level); opConsult(b, p, d, 'senior'); for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '胸部CT平扫', '常规心电图检查']) b.add(n, d, 1); b.add('细菌培养及药敏', d, 2); b.add('左氧氟沙星片', d, 56);
  claims.push(claim(m, p, 'tuberculosis', 'chronic', d, ['A15.000x016'], b));
  const start = d;
  for (let k = 1; k <= 6; k++) { d = add(d, 28); if (d > LAST) break; b = new Bill(p.level); opConsult(b, p, d, 'chronic'); b.add('肝功能(全套)', d, 1); b.add('血常规(五分类)', d, 1); if (k % 2 === 0) b.add('肾功能(三项)', d, 1); b.add('左氧氟沙星片', d, 56); claims.push(claim(m, p, 'tuberculosis', 'chronic', d, ['A15.000x016'], b)); }
  let e = add(start, ri(12, 25));
  for (let k = 0; k < ri(4, 5); k++) {
    if (e > LAST) break;
    const uti = chance(0.3); b = new Bill(o.level); opConsult(b, o, e, 'gen');
    if (chance(0.5)) b.add('莫西沙星片', e, ri(7, 10), { mut: true }); else b.add('左氧氟沙星片', e, ri(14, 20), { mut: true });
    if (!uti) b.add('复方甘草片', e, 18);
    const c = claim(m, o, uti ? 'urology' : 'respiratory', 'outpatient', e, [uti ? 'N39.000' : 'J20.900'], b); claims.push(c); targets.push(c);
    e = add(e, ri(21, 35));
  }
  return { claims, targets };
} };

// T10 倒卖/囤药: oseltamivir bought again and again across pharmacies in the flu season
T.T10 = { name: '倒卖药品：流感季奥司他韦多店多次购药（无就诊、每次均不超5日量）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 25, ageMax: 62 }); const phs = H[r].PHA.concat([H[r].DTP]);
  const claims = [], targets = []; let d = chance(0.8) ? D(1, ri(3, 25)) : D(11, ri(1, 10)); const n = ri(4, 6);
  for (let k = 0; k < n; k++) {
    if (d > LAST) break;
    const b = new Bill(1); b.add('磷酸奥司他韦胶囊', d, 10, { mut: k > 0 }); if (chance(0.3)) b.add('对乙酰氨基酚片', d, 10);
    const c = claim(m, pick(phs), 'pharmacy', 'pharmacy', d, [pick(['J11.100x001', 'J10.100x001'])], b); claims.push(c); if (k > 0) targets.push(c);
    d = add(d, ri(2, 6));
  }
  return { claims, targets };
} };

// T11 低标准入院: stable chronic hepatitis B admitted for its periodic checks
T.T11 = { name: '低标准入院：稳定慢性乙肝以“复查”收住院，仅做门诊可完成的检查（附象征性静脉保肝）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 28, ageMax: 66, chronic: ['B18'] }); const p = chance(0.6) ? H[r].IDH : H[r].GEN; const dx = dxCHB();
  const claims = [], targets = []; let d = rdate(1, 2);
  let b = new Bill(3); opConsult(b, p, d, 'chronic'); for (const n of ['肝功能(全套)', '乙肝五项定量', '甲胎蛋白(AFP)测定', '腹部B超']) b.add(n, d, 1); b.add('恩替卡韦分散片', d, 84, { long: true });
  claims.push(claim(m, p, 'hepatology', 'chronic', d, [dx], b));
  const adm = add(d, ri(60, 110)); const los = ri(3, 5); const dis = add(adm, los);
  b = new Bill(3); stayDaily(b, adm, dis, {});
  admitLabs(b, adm, ['乙肝五项定量', '甲胎蛋白(AFP)测定', '腹部B超', '血脂(四项)', '空腹血糖测定', '胸部X线摄影(正侧位)']);
  b.add('腹部CT平扫', add(adm, 1), 1); if (chance(0.6)) b.add('CT增强扫描(加收)', add(adm, 1), 1);
  for (let k = 1; k < los; k++) { const dt = add(adm, k); infuse(b, dt, 1); b.add('氯化钠注射液', dt, 1); b.add('注射用还原型谷胱甘肽', dt, 2); }
  b.add('恩替卡韦分散片', adm, los);
  const c = claim(m, p, 'hepatology', 'inpatient', [adm, dis], [dx], b, { route: 'outpatient' }); claims.push(c); targets.push(c);
  const f = add(dis, ri(20, 40)); if (f <= LAST) { b = new Bill(3); opConsult(b, p, f, 'chronic'); b.add('恩替卡韦分散片', f, 84, { long: true }); claims.push(claim(m, p, 'hepatology', 'chronic', f, [dx], b)); }
  return { claims, targets };
} };

// T12 分解住院: MDR-TB injectable phase split into two stays, the injections continuing as outpatient in the gap
T.T12 = { name: '分解住院：耐多药结核注射期拆为两次住院，间隔期同院门诊续注阿米卡星', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 22, ageMax: 66, chronic: ['A15'] }); const p = TB3(r); const dx = pick(['A15.000x016', 'A15.000x026']);
  const claims = [], targets = [];
  const stay = (adm, los, first) => {
    const dis = add(adm, los); const b = new Bill(3); stayDaily(b, adm, dis, { nurse1Days: first ? 3 : 1 });
    if (first) { admitLabs(b, adm, ['胸部CT平扫', '乙肝五项定量']); b.add('细菌培养及药敏', adm, 2); } else { for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '电解质(四项)']) b.add(n, adm, 1); }
    for (let d = 0; d < los; d++) { const dt = add(adm, d); infuse(b, dt, 2); b.add('氯化钠注射液', dt, 2); b.add('硫酸阿米卡星注射液', dt, 3); b.add('利奈唑胺注射液', dt, 1); b.add('左氧氟沙星片', dt, 2); if (d % 7 === 6) { b.add('肝功能(全套)', dt, 1); b.add('肾功能(三项)', dt, 1); b.add('血常规(五分类)', dt, 1); b.add('常规心电图检查', dt, 1); } }
    return claim(m, p, 'tuberculosis', 'inpatient', [adm, dis], [dx], b, { route: 'outpatient' });
  };
  const a1 = rdate(1, 7); const l1 = ri(14, 20); const s1 = stay(a1, l1, true); claims.push(s1);
  const gap = ri(2, 5); const d1 = add(a1, l1);
  for (let g = 1; g <= gap; g++) { const dt = add(d1, g); const b = new Bill(3); opConsult(b, p, dt, 'chronic'); b.add('硫酸阿米卡星注射液', dt, 3); b.add('肌肉注射', dt, 1); b.add('左氧氟沙星片', dt, 2); claims.push(claim(m, p, 'tuberculosis', 'chronic', dt, [dx], b)); }
  const s2 = stay(add(d1, gap + 1), ri(14, 20), false); claims.push(s2);
  targets.push(s1, s2);
  return { claims, targets };
} };

// T13 冒名就医: one card, two TB patients — concurrent first-treatment work-ups in two regions
T.T13 = { name: '冒名就医：一卡两人，两地结核病定点医院同期各做初治基线检查并按月随访', build() {
  const r = pick(REGIONS); const r2_ = pick(REGIONS.filter(x => x !== r)); const m = member({ region: r, ageMin: 20, ageMax: 55, chronic: ['A15', 'A16'] });
  const pA = H[r].TBH, pB = H[r2_].TBH; const claims = [], targets = [];
  const base = (p, d, dx, vt) => { const b = new Bill(p.level); opConsult(b, p, d, 'senior'); for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '尿常规', '胸部CT平扫', '乙肝五项定量', '常规心电图检查']) b.add(n, d, 1); b.add('细菌培养及药敏', d, 2); return claim(m, p, 'tuberculosis', vt, d, [dx], b); };
  const fu = (p, d, dx, vt) => { const b = new Bill(p.level); opConsult(b, p, d, vt === 'chronic' ? 'chronic' : 'gen'); b.add('肝功能(全套)', d, 1); b.add('血常规(五分类)', d, 1); return claim(m, p, 'tuberculosis', vt, d, [dx], b); };
  let d = rdate(1, 5); claims.push(base(pA, d, 'A15.000x018', 'outpatient'));
  let e = add(d, ri(14, 42)); const cB = base(pB, e, 'A16.008', 'outpatient'); claims.push(cB); targets.push(cB);
  for (let k = 1; k <= 4; k++) { d = add(d, ri(28, 31)); if (d <= LAST) claims.push(fu(pA, d, 'A15.000x018', 'chronic')); }
  for (let k = 1; k <= 3; k++) { e = add(e, ri(28, 33)); if (e <= LAST) { const c = fu(pB, e, 'A16.008', 'outpatient'); claims.push(c); targets.push(c); } }
  return { claims, targets };
} };

// T14 串换: public-health TB contact screening settled as insured outpatient care
T.T14 = { name: '串换：结核病密切接触者筛查（公共卫生免费项目）按医保门诊诊疗结算，编“咳嗽/支气管炎”', build() {
  const r = pick(REGIONS); const p = H[r].TBH; const idx = member({ region: r, ageMin: 25, ageMax: 70, chronic: ['A15', 'A16'] });
  const claims = [], targets = []; const d = rdate(1, 9);
  let b = new Bill(p.level); opConsult(b, p, d, 'senior'); for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '胸部CT平扫', '乙肝五项定量']) b.add(n, d, 1); b.add('细菌培养及药敏', d, 2);
  claims.push(claim(idx, p, 'tuberculosis', 'outpatient', d, ['A15.000x018'], b));
  const f = add(d, ri(28, 31)); if (f <= LAST) { b = new Bill(p.level); opConsult(b, p, f, 'chronic'); b.add('肝功能(全套)', f, 1); b.add('血常规(五分类)', f, 1); claims.push(claim(idx, p, 'tuberculosis', 'chronic', f, ['A15.000x018'], b)); }
  const n = ri(3, 5);
  for (let k = 0; k < n; k++) {
    const kid = chance(0.3); const cm = member({ region: r, ageMin: kid ? 4 : 18, ageMax: kid ? 15 : 75 }); const cd = add(d, ri(0, 2));
    b = new Bill(p.level); opConsult(b, p, cd, 'gen'); b.add(kid || chance(0.5) ? '胸部X线摄影(正侧位)' : '胸部CT平扫', cd, 1); b.add('血常规(五分类)', cd, 1); b.add('皮下注射', cd, 1);
    const c = claim(cm, p, 'tuberculosis', 'outpatient', cd, [pick(['R05.x00', 'J20.900'])], b); claims.push(c); targets.push(c);
  }
  return { claims, targets };
} };

// T15 超限定: inactive HBV carrier's entecavir bought at pharmacies under a chronic hepatitis B code
T.T15 = { name: '超限定支付：乙肝病毒携带者（门诊随访编码为携带者）在药店以“慢性乙肝”购恩替卡韦', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 22, ageMax: 58 }); const p = chance(0.5) ? H[r].IDH : H[r].GEN; const ph = chance(0.5) ? H[r].DTP : pick(H[r].PHA);
  const claims = [], targets = [];
  let d = rdate(1, 3);
  for (let k = 0; k < 2; k++) { const b = new Bill(3); opConsult(b, p, d, 'gen'); for (const n of ['肝功能(全套)', '乙肝五项定量', '腹部B超']) b.add(n, d, 1); if (k === 1) b.add('甲胎蛋白(AFP)测定', d, 1); claims.push(claim(m, p, 'hepatology', 'outpatient', d, ['Z22.800'], b)); d = add(d, ri(170, 190)); }
  let e = add(claims[0]._settle, ri(10, 30));
  for (let k = 0; k < ri(5, 7); k++) { if (e > LAST) break; const b = new Bill(1); b.add('恩替卡韦分散片', e, pick([28, 30]), { mut: true }); const c = claim(m, ph, 'pharmacy', 'pharmacy', e, ['B18.104'], b); claims.push(c); targets.push(c); e = add(e, ri(27, 31)); }
  return { claims, targets };
} };

// ======================================================================
// Controls
// ======================================================================
const C = {};
C.C01 = { name: '初治肺结核6个月疗程：逐月肝功能，0/2/5/6月痰培养，药物性肝炎门诊调整方案（左氧氟沙星替代）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 18, ageMax: 78, chronic: ['A15', 'A16'] }); const p = H[r].TBH; const dx = pick(['A15.000x018', 'A15.100x006']);
  const cl = []; let d = rdate(1, 4);
  let b = new Bill(p.level); opConsult(b, p, d, 'senior'); for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '尿常规', '胸部CT平扫', '乙肝五项定量', '空腹血糖测定', '常规心电图检查']) b.add(n, d, 1); b.add('细菌培养及药敏', d, 2);
  cl.push(claim(m, p, 'tuberculosis', 'outpatient', d, [dx], b));
  const dili = ri(1, 2); let levo = false;
  for (let k = 1; k <= 6; k++) {
    d = add(d, ri(27, 31)); b = new Bill(p.level); opConsult(b, p, d, 'chronic'); b.add('肝功能(全套)', d, 1); b.add('血常规(五分类)', d, 1);
    if (k === 2 || k === 5 || k === 6) b.add('细菌培养及药敏', d, 1);
    if (k === 2) b.add('胸部X线摄影(正侧位)', d, 1); if (k === 6) b.add('胸部CT平扫', d, 1);
    const dxs = [dx];
    if (levo) { b.add('左氧氟沙星片', d, 56); }
    cl.push(claim(m, p, 'tuberculosis', 'chronic', d, dxs, b));
    if (k === dili) { // drug-induced hepatitis found: weekly checks, hepatoprotectant, regimen change
      let w = add(d, 7); b = new Bill(p.level); opConsult(b, p, w, 'chronic'); b.add('肝功能(全套)', w, 1); b.add('凝血四项', w, 1); b.add('多烯磷脂酰胆碱胶囊', w, 84);
      cl.push(claim(m, p, 'tuberculosis', 'chronic', w, [dx, 'K71.601'], b));
      w = add(w, 7); b = new Bill(p.level); opConsult(b, p, w, 'chronic'); b.add('肝功能(全套)', w, 1); b.add('左氧氟沙星片', w, 28);
      cl.push(claim(m, p, 'tuberculosis', 'chronic', w, [dx, 'K71.601'], b)); levo = true; d = add(d, 0);
    }
  }
  return cl;
} };
C.C02 = { name: '耐多药结核：三级定点医院连续住院注射期（阿米卡星、利奈唑胺、左氧氟沙星），出院后逐月门诊慢特病续药与监测', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 22, ageMax: 68, chronic: ['A15'] }); const p = TB3(r); const dx = pick(['A15.000x016', 'A15.000x026']);
  const cl = []; const adm = rdate(1, 4); const los = ri(30, 42); const dis = add(adm, los);
  let b = new Bill(3); stayDaily(b, adm, dis, { nurse1Days: 3 }); admitLabs(b, adm, ['胸部CT平扫', '乙肝五项定量']); b.add('细菌培养及药敏', adm, 2);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); infuse(b, dt, 2); b.add('氯化钠注射液', dt, 2); b.add('硫酸阿米卡星注射液', dt, 3); b.add('利奈唑胺注射液', dt, 1); b.add('左氧氟沙星片', dt, 2); if (d % 7 === 6) { b.add('肝功能(全套)', dt, 1); b.add('肾功能(三项)', dt, 1); b.add('血常规(五分类)', dt, 1); b.add('常规心电图检查', dt, 1); } if (d === 28) b.add('细菌培养及药敏', dt, 1); }
  cl.push(claim(m, p, 'tuberculosis', 'inpatient', [adm, dis], [dx], b, { route: 'outpatient' }));
  let d = add(dis, 0);
  for (let k = 0; k < 5; k++) { d = add(d, k === 0 ? 1 : 28); if (d > LAST) break; b = new Bill(3); opConsult(b, p, d, 'chronic'); b.add('肝功能(全套)', d, 1); b.add('血常规(五分类)', d, 1); b.add('肾功能(三项)', d, 1); if (k === 2) { b.add('胸部CT平扫', d, 1); b.add('细菌培养及药敏', d, 1); } b.add('左氧氟沙星片', d, 56); cl.push(claim(m, p, 'tuberculosis', 'chronic', d, [dx], b)); }
  return cl;
} };
C.C03 = { name: '化疗后粒细胞缺乏伴发热：先送血培养、当日会诊，再经验性碳青霉烯，培养阴性后降级', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 30, ageMax: 75 }); const p = H[r].GEN; const ca = pick(['C85.900', 'C50.900', 'C34.900', 'C92.000']);
  const adm = rdate(1, 11 - 1); const los = ri(6, 10); const dis = add(adm, los);
  const b = new Bill(3); stayDaily(b, adm, dis, { nurse1Days: 4 }); admitLabs(b, adm, ['C反应蛋白测定', '降钙素原测定', '血乳酸测定', '胸部CT平扫']); b.add('细菌培养及药敏', adm, 2); b.add('院内会诊', adm, 1);
  const esc = ri(3, 5);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); const carb = d < esc; infuse(b, dt, 3); b.add('氯化钠注射液', dt, 3); if (carb) b.add('注射用美罗培南', dt, 3); else b.add('注射用哌拉西林钠他唑巴坦钠', dt, 3); if (d > 0) b.add('血常规(五分类)', dt, 1); if (d === 2) b.add('降钙素原测定', dt, 1); }
  return [claim(m, p, 'haematology', 'inpatient', [adm, dis], ['D70.x00', 'R50.900', ca], b, { route: 'emergency' })];
} };
C.C04 = { name: '85岁以上重症肺炎伴呼吸衰竭：培养与降钙素原后哌拉西林他唑巴坦，会诊后升级美罗培南', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 85, ageMax: 97, type: chance(0.6) ? 'employee' : 'resident' }); const p = H[r].GEN;
  const adm = rdate(1, 10); const los = ri(11, 16); const dis = add(adm, los);
  const b = new Bill(3); stayDaily(b, adm, dis, { nurse1Days: los, nurse: 'Ⅰ级护理' }); admitLabs(b, adm, ['C反应蛋白测定', '降钙素原测定', '胸部CT平扫', 'B型钠尿肽(BNP)测定', '血气分析']); b.add('细菌培养及药敏', adm, 2);
  const sw = ri(4, 5); b.add('院内会诊', add(adm, sw), 1);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); infuse(b, dt, 3); b.add('氯化钠注射液', dt, 3); b.add(d < sw ? '注射用哌拉西林钠他唑巴坦钠' : '注射用美罗培南', dt, 3); if (d < 12) b.add('盐酸氨溴索注射液', dt, 2); b.add('吸氧', dt, ri(12, 20)); b.add('雾化吸入', dt, 2); b.add('吸入用异丙托溴铵溶液', dt, 2); if (d < 5) { b.add('心电监测', dt, 12); b.add('血氧饱和度监测', dt, 12); } if (d === 1 || d === 3) b.add('血气分析', dt, 1); if (d % 2 === 0 && d > 0) b.add('血常规(五分类)', dt, 1); if (d === 3) b.add('降钙素原测定', dt, 1); }
  b.add('一次性使用吸氧管', adm, 1); b.add('胸部CT平扫', add(adm, los - 2), 1);
  return [claim(m, p, 'respiratory', 'inpatient', [adm, dis], ['J18.903', 'J96.000', 'I10.x00'], b, { route: 'emergency' })];
} };
C.C05 = { name: '犬咬伤Ⅲ级暴露：首诊清洗处置、预防性抗菌药，2–3天后复查换药一次（疫苗与免疫球蛋白自费另付，不经医保结算）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 4, ageMax: 80 }); const p = chance(0.5) ? H[r].GEN : pick(H[r].CTY);
  const dx = [pick(['S61.000', 'S81.800', 'S51.900', 'S01.800']), 'W54.x00', 'Z20.300']; const d0 = rdate(3, 10); const cl = [];
  let b = new Bill(p.level); opConsult(b, p, d0, 'er'); b.add('换药(中)', d0, 1); b.add('一次性使用换药包', d0, 1); b.add('医用脱脂纱布', d0, 3); b.add('莫匹罗星软膏', d0, 1);
  if (m.age >= 12) b.add('阿莫西林克拉维酸钾片', d0, 15); else b.add('头孢氨苄胶囊', d0, 12);
  cl.push(claim(m, p, 'emergency', 'outpatient', d0, dx, b));
  const d1 = add(d0, ri(2, 3)); b = new Bill(p.level); opConsult(b, p, d1, 'gen'); b.add('换药(小)', d1, 1); b.add('一次性使用换药包', d1, 1); b.add('医用脱脂纱布', d1, 1);
  cl.push(claim(m, p, 'surgery', 'outpatient', d1, dx, b));
  return cl;
} };
C.C06 = { name: 'HIV感染者机会性感染住院（食管念珠菌病或细菌性肺炎），抗病毒药免费不入账，出院后随访检验', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 22, ageMax: 70, chronic: ['B20', 'Z21'] }); const p = H[r].IDH; const cand = chance(0.5);
  const adm = rdate(1, 10); const los = ri(8, 14); const dis = add(adm, los);
  let b = new Bill(3); stayDaily(b, adm, dis, { nurse1Days: 3 }); admitLabs(b, adm, cand ? ['胃镜检查', 'C反应蛋白测定'] : ['胸部CT平扫', 'C反应蛋白测定', '降钙素原测定']);
  if (!cand) b.add('细菌培养及药敏', adm, 2);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); if (cand) b.add('氟康唑胶囊', dt, 2); else if (d < 10) { infuse(b, dt, 1); b.add('氯化钠注射液', dt, 1); b.add('注射用头孢曲松钠', dt, 2); } if (d === 5) { b.add('血常规(五分类)', dt, 1); b.add('肝功能(全套)', dt, 1); } }
  const cl = [claim(m, p, 'infectious', 'inpatient', [adm, dis], [cand ? 'B20.400x001' : 'B20.100x001', 'Z21.x00'], b, { route: 'outpatient', px: cand ? [{ code: '45.1300', date: add(adm, 1) }] : [] })];
  const f = add(dis, ri(14, 30)); if (f <= LAST) { b = new Bill(3); opConsult(b, p, f, 'chronic'); b.add('血常规(五分类)', f, 1); b.add('肝功能(全套)', f, 1); b.add('肾功能(三项)', f, 1); cl.push(claim(m, p, 'hiv_clinic', 'chronic', f, ['Z21.x00'], b)); }
  return cl;
} };
C.C07 = { name: 'HIV感染者季度随访（抗病毒药免费不入账）：血常规、肝肾功能、血脂，偶发口腔念珠菌病氟康唑7天', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 20, ageMax: 70, chronic: ['B20', 'Z21'] }); const p = H[r].IDH;
  const cl = []; let d = rdate(1, 2);
  for (let k = 0; k < 4; k++) { if (d > LAST) break; const b = new Bill(3); opConsult(b, p, d, 'chronic'); for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)']) b.add(n, d, 1); if (k % 2 === 0) { b.add('血脂(四项)', d, 1); b.add('尿常规', d, 1); } cl.push(claim(m, p, 'hiv_clinic', 'chronic', d, ['Z21.x00'], b)); d = add(d, ri(85, 95)); }
  if (chance(0.6)) { const e = add(cl[0]._settle, ri(30, 50)); const b = new Bill(3); opConsult(b, p, e, 'gen'); b.add('氟康唑胶囊', e, 7); cl.push(claim(m, p, 'infectious', 'outpatient', e, ['B37.000', 'Z21.x00'], b)); }
  return cl;
} };
C.C08 = { name: '慢性乙肝门诊慢特病：恩替卡韦12周长处方按期续开，每6个月肝功能、乙肝五项、甲胎蛋白与B超', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 28, ageMax: 80, chronic: ['B18'] }); const p = chance(0.5) ? H[r].IDH : H[r].GEN; const dx = dxCHB();
  const cl = []; let d = rdate(1, 3);
  for (let k = 0; k < 4; k++) { if (d > LAST) break; const b = new Bill(3); opConsult(b, p, d, 'chronic'); if (k % 2 === 0) for (const n of ['肝功能(全套)', '乙肝五项定量', '甲胎蛋白(AFP)测定', '腹部B超']) b.add(n, d, 1); b.add('恩替卡韦分散片', d, 84, { long: true }); cl.push(claim(m, p, 'hepatology', 'chronic', d, [dx], b)); d = add(d, ri(80, 84)); }
  return cl;
} };
C.C09 = { name: '乙肝肝硬化失代偿（腹水、低蛋白血症）住院：B超确认腹水、腹腔穿刺、白蛋白、利尿剂、胃镜评估静脉曲张', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 40, ageMax: 82, chronic: ['B18', 'K74'] }); const p = chance(0.6) ? H[r].IDH : H[r].GEN;
  const cl = []; let d = rdate(1, 3);
  let b = new Bill(3); opConsult(b, p, d, 'chronic'); b.add('肝功能(全套)', d, 1); b.add('恩替卡韦分散片', d, 84, { long: true }); cl.push(claim(m, p, 'hepatology', 'chronic', d, ['K74.600x003', 'B18.100'], b));
  const adm = add(d, ri(20, 60)); const los = ri(9, 14); const dis = add(adm, los);
  b = new Bill(3); stayDaily(b, adm, dis, { nurse1Days: 3 }); admitLabs(b, adm, ['腹部B超', '甲胎蛋白(AFP)测定', '乙肝五项定量', 'C反应蛋白测定']); b.add('腹部CT平扫', add(adm, 1), 1); b.add('CT增强扫描(加收)', add(adm, 1), 1); b.add('胃镜检查', add(adm, 3), 1);
  for (let dd = 0; dd < los; dd++) { const dt = add(adm, dd); b.add('呋塞米片', dt, 1); b.add('螺内酯片', dt, 2); b.add('恩替卡韦分散片', dt, 1); b.add('乳果糖口服溶液', dt, 2); if (dd >= 1 && dd <= 4) { infuse(b, dt, 1); b.add('人血白蛋白', dt, 1); } if (dd % 3 === 0 && dd > 0) { b.add('肝功能(全套)', dt, 1); b.add('电解质(四项)', dt, 1); } }
  cl.push(claim(m, p, 'hepatology', 'inpatient', [adm, dis], ['K74.602', 'R18.x00', 'E77.801', 'B18.100'], b, { route: 'outpatient', px: [{ code: '54.9105', date: add(adm, 1) }] }));
  return cl;
} };
C.C10 = { name: '抗结核治疗中急性药物性肝损伤住院：隔日肝功能、静脉保肝（≤14天），肝功能恢复后改非肝毒性方案（左氧氟沙星+阿米卡星）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 20, ageMax: 80, chronic: ['A15', 'A16'] }); const p = chance(0.5) ? H[r].TBH : H[r].IDH; const tb = dxTB();
  const cl = []; let d = rdate(1, 6);
  let b = new Bill(p.level); opConsult(b, p, d, 'senior'); for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '胸部CT平扫', '乙肝五项定量']) b.add(n, d, 1); b.add('细菌培养及药敏', d, 2); cl.push(claim(m, p, 'tuberculosis', 'outpatient', d, [tb], b));
  const adm = add(d, ri(18, 40)); const los = ri(10, 14); const dis = add(adm, los);
  b = new Bill(p.level); stayDaily(b, adm, dis, { nurse1Days: 4 }); admitLabs(b, adm, ['腹部B超', '乙肝五项定量']);
  for (let dd = 0; dd < los; dd++) { const dt = add(adm, dd); infuse(b, dt, 2); b.add('葡萄糖注射液', dt, 1); b.add('氯化钠注射液', dt, 1); b.add('注射用还原型谷胱甘肽', dt, 2); b.add('异甘草酸镁注射液', dt, 1); if (dd % 2 === 0 && dd > 0) b.add('肝功能(全套)', dt, 1); if (dd === 4) b.add('凝血四项', dt, 1); if (dd >= 7) { b.add('左氧氟沙星片', dt, 2); b.add('硫酸阿米卡星注射液', dt, 2); } }
  cl.push(claim(m, p, 'tuberculosis', 'inpatient', [adm, dis], ['K71.601', tb], b, { route: 'outpatient' }));
  return cl;
} };
C.C11 = { name: '同一流感季两次流感（甲型后乙型，间隔6–10周）：每次先就诊再取奥司他韦5日量', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 4, ageMax: 80 }); const cl = []; let d = D(1, ri(2, 20));
  for (let k = 0; k < 2; k++) {
    const p = k === 0 ? pick([H[r].GEN, H[r].CTY[0]]) : pick(H[r].COM); let b = new Bill(p.level); opConsult(b, p, d, 'gen'); b.add('血常规(五分类)', d, 1);
    if (m.age < 12) b.add('小儿对乙酰氨基酚颗粒', d, 6); else b.add('对乙酰氨基酚片', d, 6);
    const viaPharm = k === 1 && chance(0.5);
    if (!viaPharm) b.add('磷酸奥司他韦胶囊', d, 10);
    cl.push(claim(m, p, k === 0 ? 'fever_clinic' : 'general', 'outpatient', d, [k === 0 ? 'J10.100x001' : 'J11.100x001', 'R50.900'], b));
    if (viaPharm) { b = new Bill(1); b.add('磷酸奥司他韦胶囊', d, 10); cl.push(claim(m, pick(H[r].PHA), 'pharmacy', 'pharmacy', d, ['J11.100x001'], b)); }
    d = add(d, ri(42, 70));
  }
  return cl;
} };
C.C12 = { name: '发热门诊成人社区获得性肺炎：血常规、CRP、降钙素原与胸部CT确诊，口服抗菌药，5–7天复诊', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 35, ageMax: 78 }); const p = pick([H[r].GEN, H[r].IDH, H[r].CTY[1]]); const cl = []; const d = rdate(1, 11 - 1);
  let b = new Bill(p.level); opConsult(b, p, d, 'gen'); for (const n of ['血常规(五分类)', 'C反应蛋白测定', '降钙素原测定', '胸部CT平扫', '肝功能(全套)', '肾功能(三项)']) b.add(n, d, 1);
  if (chance(0.5)) b.add('莫西沙星片', d, 7); else { b.add('阿莫西林克拉维酸钾片', d, 21); b.add('阿奇霉素片', d, 3); } b.add('对乙酰氨基酚片', d, 6);
  cl.push(claim(m, p, 'fever_clinic', 'outpatient', d, ['J18.900', 'R50.900'], b));
  const f = add(d, ri(5, 7)); b = new Bill(p.level); opConsult(b, p, f, 'gen'); b.add('血常规(五分类)', f, 1); b.add('C反应蛋白测定', f, 1); cl.push(claim(m, p, 'respiratory', 'outpatient', f, ['J18.900'], b));
  return cl;
} };
C.C13 = { name: '发热门诊儿童上呼吸道感染：仅血常规与CRP、退热药；第3天仍发热复诊复查血常规', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 2, ageMax: 12 }); const p = pick([H[r].GEN, H[r].CTY[0], H[r].IDH]); const cl = []; const d = rdate(1, 11 - 1);
  let b = new Bill(p.level); opConsult(b, p, d, 'gen'); b.add('血常规(五分类)', d, 1); b.add('C反应蛋白测定', d, 1); if (chance(0.5)) b.add('小儿对乙酰氨基酚颗粒', d, 6); else b.add('布洛芬混悬液', d, 1);
  cl.push(claim(m, p, 'fever_clinic', 'outpatient', d, ['J06.900', 'R50.900'], b));
  if (chance(0.6)) { const f = add(d, 2); b = new Bill(p.level); opConsult(b, p, f, 'gen'); b.add('血常规(五分类)', f, 1); b.add('小儿氨酚黄那敏颗粒', f, 6); cl.push(claim(m, p, 'paediatrics', 'outpatient', f, ['J06.900'], b)); }
  return cl;
} };
C.C14 = { name: '结核病密切接触者（疾控免费筛查未入账）6–10周后出现症状，自行就诊检查确诊并开始治疗', build() {
  const r = pick(REGIONS); const p = H[r].TBH; const idx = member({ region: r, ageMin: 25, ageMax: 70, chronic: ['A15', 'A16'] }); const ct = member({ region: r, ageMin: 16, ageMax: 75, chronic: ['A15', 'A16'] });
  const cl = []; const d = rdate(1, 6);
  let b = new Bill(p.level); opConsult(b, p, d, 'senior'); for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '胸部CT平扫', '乙肝五项定量']) b.add(n, d, 1); b.add('细菌培养及药敏', d, 2); cl.push(claim(idx, p, 'tuberculosis', 'outpatient', d, ['A15.000x018'], b));
  const e = add(d, ri(42, 70)); b = new Bill(p.level); opConsult(b, p, e, 'gen'); for (const n of ['血常规(五分类)', '胸部CT平扫', 'C反应蛋白测定', '肝功能(全套)', '肾功能(三项)']) b.add(n, e, 1); b.add('细菌培养及药敏', e, 2);
  cl.push(claim(ct, p, 'tuberculosis', 'outpatient', e, ['A16.008', 'Z20.100'], b));
  let f = e; for (let k = 0; k < 2; k++) { f = add(f, ri(28, 31)); if (f > LAST) break; b = new Bill(p.level); opConsult(b, p, f, 'chronic'); b.add('肝功能(全套)', f, 1); b.add('血常规(五分类)', f, 1); cl.push(claim(ct, p, 'tuberculosis', 'chronic', f, ['A16.008'], b)); }
  return cl;
} };
C.C15 = { name: '老年糖尿病尿源性脓毒症：血培养、尿培养、降钙素原与乳酸后哌拉西林他唑巴坦，胰岛素控糖', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 65, ageMax: 88, chronic: ['E11'] }); const p = chance(0.5) ? H[r].GEN : pick(H[r].CTY);
  const adm = rdate(1, 10); const los = ri(8, 12); const dis = add(adm, los);
  const b = new Bill(p.level); stayDaily(b, adm, dis, { nurse1Days: 4 }); admitLabs(b, adm, ['C反应蛋白测定', '降钙素原测定', '血乳酸测定', '泌尿系B超', '糖化血红蛋白测定']); b.add('细菌培养及药敏', adm, 2);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); infuse(b, dt, 3); b.add('氯化钠注射液', dt, 3); b.add('注射用哌拉西林钠他唑巴坦钠', dt, 3); b.add('血糖监测(快速)', dt, 4); b.add('血糖试纸', dt, 4); if (d < 6) b.add('生物合成人胰岛素注射液', dt, 1); if (d === 3) { b.add('血常规(五分类)', dt, 1); b.add('降钙素原测定', dt, 1); b.add('肾功能(三项)', dt, 1); } }
  return [claim(m, p, 'infectious', 'inpatient', [adm, dis], ['A41.501', 'N39.000', 'E11.900'], b, { route: 'emergency' })];
} };
C.C16 = { name: '肺结核住院出院后5–12天因大咯血或结核性气胸急诊再入院（不同主诊断、对症处置）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 25, ageMax: 80 }); const p = TB3(r); const tb = 'A15.000x018';
  const adm = rdate(1, 8); const los = ri(10, 15); const dis = add(adm, los);
  let b = new Bill(3); stayDaily(b, adm, dis, { nurse1Days: 2 }); admitLabs(b, adm, ['胸部CT平扫', '乙肝五项定量']); b.add('细菌培养及药敏', adm, 2);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); if (d < 7) { infuse(b, dt, 1); b.add('氯化钠注射液', dt, 1); b.add('盐酸氨溴索注射液', dt, 2); } if (d === 7) { b.add('肝功能(全套)', dt, 1); b.add('血常规(五分类)', dt, 1); } }
  const cl = [claim(m, p, 'tuberculosis', 'inpatient', [adm, dis], [tb], b, { route: 'outpatient' })];
  const a2 = add(dis, ri(5, 12)); const hem = chance(0.6); const l2 = ri(5, 9); const d2 = add(a2, l2);
  b = new Bill(3); stayDaily(b, a2, d2, { nurse1Days: 3 }); for (const n of ['血常规(五分类)', '凝血四项', '胸部CT平扫', '血型鉴定(ABO+Rh)', '肝功能(全套)']) b.add(n, a2, 1);
  for (let d = 0; d < l2; d++) { const dt = add(a2, d); infuse(b, dt, 2); b.add('氯化钠注射液', dt, 2); if (hem) { b.add('氨甲环酸注射液', dt, 2); b.add('维生素K1注射液', dt, 1); } if (d < 3) { b.add('心电监测', dt, 12); b.add('血氧饱和度监测', dt, 12); b.add('吸氧', dt, 12); } }
  if (!hem) { b.add('一次性负压引流器', a2, 1); b.add('局部浸润麻醉', a2, 1); b.add('胸部X线摄影(正侧位)', add(a2, 3), 1); }
  cl.push(claim(m, p, 'tuberculosis', 'inpatient', [a2, d2], hem ? ['R04.200', tb] : ['J93.100x001', tb], b, { route: 'emergency', px: hem ? [] : [{ code: '34.0401', date: a2 }] }));
  return cl;
} };
C.C17 = { name: '结核性脑膜炎长住院：脱水、激素、每周肝功能与电解质、腰穿与复查头颅MRI（30–40天）', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 16, ageMax: 70 }); const p = chance(0.5) ? H[r].IDH : TB3(r);
  const adm = rdate(1, 9); const los = ri(30, 40); const dis = add(adm, los);
  const b = new Bill(3); stayDaily(b, adm, dis, { nurse1Days: 10 }); admitLabs(b, adm, ['头颅MRI平扫', '胸部CT平扫', '乙肝五项定量', 'C反应蛋白测定']); b.add('细菌培养及药敏', adm, 2);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); const grp = (d < 10 ? 1 : 0) + (d < 28 ? 1 : 0) + 1; infuse(b, dt, grp); b.add('氯化钠注射液', dt, 1); if (d < 10) b.add('甘露醇注射液', dt, 3); if (d < 28) b.add('地塞米松磷酸钠注射液', dt, d < 14 ? 2 : 1); if (d % 7 === 3) { b.add('肝功能(全套)', dt, 1); b.add('电解质(四项)', dt, 1); b.add('血常规(五分类)', dt, 1); } if (d < 14 && d % 2 === 1) b.add('电解质(四项)', dt, 1); }
  b.add('头颅MRI平扫', add(adm, 21), 1);
  return [claim(m, p, 'infectious', 'inpatient', [adm, dis], ['A17.000+G01*'], b, { route: 'emergency', px: [{ code: '03.3101', date: adm }, { code: '03.3101', date: add(adm, 14) }] })];
} };
C.C18 = { name: '急性甲型/戊型肝炎住院（传染病院，7–14天）：每3天肝功能与凝血，葡萄糖、维生素K1、熊去氧胆酸', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 8, ageMax: 75 }); const p = H[r].IDH; const dx = chance(0.5) ? 'B15.902' : 'B17.202';
  const adm = rdate(1, 10); const los = ri(7, 14); const dis = add(adm, los);
  const b = new Bill(3); stayDaily(b, adm, dis, { nurse1Days: 3 }); admitLabs(b, adm, ['腹部B超', '乙肝五项定量']);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); if (d < 7) { infuse(b, dt, 2); b.add('葡萄糖注射液', dt, 1); b.add('氯化钾注射液', dt, 1); b.add('葡萄糖氯化钠注射液', dt, 1); } if (d < 5) b.add('维生素K1注射液', dt, 1); b.add('熊去氧胆酸胶囊', dt, 3); if (d % 3 === 0 && d > 0) { b.add('肝功能(全套)', dt, 1); b.add('凝血四项', dt, 1); } }
  return [claim(m, p, 'infectious', 'inpatient', [adm, dis], [dx], b, { route: 'outpatient' })];
} };
C.C19 = { name: '乙肝代偿期肝硬化门诊慢特病：每3个月肝癌筛查（甲胎蛋白+腹部B超+肝功能、凝血），恩替卡韦12周长处方', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 40, ageMax: 80, chronic: ['K74', 'B18'] }); const p = chance(0.5) ? H[r].IDH : H[r].GEN;
  const cl = []; let d = rdate(1, 2);
  for (let k = 0; k < 4; k++) { if (d > LAST) break; const b = new Bill(3); opConsult(b, p, d, 'chronic'); for (const n of ['肝功能(全套)', '甲胎蛋白(AFP)测定', '腹部B超', '血常规(五分类)']) b.add(n, d, 1); if (k % 2 === 0) b.add('凝血四项', d, 1); b.add('恩替卡韦分散片', d, 84, { long: true }); cl.push(claim(m, p, 'hepatology', 'chronic', d, ['K74.600x003', 'B18.100'], b)); d = add(d, ri(82, 90)); }
  return cl;
} };
C.C20 = { name: '脂肪肝/慢性乙肝肝功能异常经肝病门诊开具多烯磷脂酰胆碱，外配处方在药店续购，2个月复查', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 30, ageMax: 70 }); const p = H[r].GEN; const ph = pick(H[r].PHA); const dx = chance(0.6) ? 'K76.001' : 'B18.104';
  const cl = []; const d = rdate(1, 7);
  let b = new Bill(3); opConsult(b, p, d, 'gen'); for (const n of ['肝功能(全套)', '血脂(四项)', '腹部B超', '乙肝五项定量']) b.add(n, d, 1); b.add('多烯磷脂酰胆碱胶囊', d, 84);
  cl.push(claim(m, p, 'hepatology', 'outpatient', d, [dx, 'R74.000x001'], b));
  let e = add(d, 14); for (let k = 0; k < 2; k++) { b = new Bill(1); b.add('多烯磷脂酰胆碱胶囊', e, 72); cl.push(claim(m, ph, 'pharmacy', 'pharmacy', e, [dx], b)); e = add(e, 12); }
  const f = add(d, ri(56, 63)); b = new Bill(3); opConsult(b, p, f, 'gen'); b.add('肝功能(全套)', f, 1); cl.push(claim(m, p, 'hepatology', 'outpatient', f, [dx], b));
  return cl;
} };
C.C21 = { name: '肺非结核分枝杆菌病：克拉霉素长疗程逐月续开，每2个月肝功能与血常规，3个月复查胸部CT', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 45, ageMax: 82 }); const p = chance(0.5) ? H[r].GEN : TB3(r);
  const cl = []; let d = rdate(1, 4);
  let b = new Bill(3); opConsult(b, p, d, 'senior'); for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '胸部CT平扫', '常规心电图检查']) b.add(n, d, 1); b.add('细菌培养及药敏', d, 2); b.add('克拉霉素片', d, 60);
  cl.push(claim(m, p, 'respiratory', 'outpatient', d, ['A31.000x001'], b));
  for (let k = 1; k <= 5; k++) { d = add(d, ri(28, 31)); if (d > LAST) break; b = new Bill(3); opConsult(b, p, d, 'gen'); if (k % 2 === 0) { b.add('肝功能(全套)', d, 1); b.add('血常规(五分类)', d, 1); } if (k === 3) { b.add('胸部CT平扫', d, 1); b.add('细菌培养及药敏', d, 1); } b.add('克拉霉素片', d, 60); cl.push(claim(m, p, 'respiratory', 'outpatient', d, ['A31.000x001'], b)); }
  return cl;
} };
C.C22 = { name: '肺结核患者外出务工转出管理：参保地初治与强化期随访，转入地（异地）续治随访，不重复基线检查、时间不重叠', build() {
  const r = pick(REGIONS); const r2_ = pick(REGIONS.filter(x => x !== r)); const m = member({ region: r, ageMin: 20, ageMax: 55, chronic: ['A15', 'A16'] }); const pA = H[r].TBH, pB = H[r2_].TBH; const dx = 'A15.000x018';
  const cl = []; let d = rdate(1, 5);
  let b = new Bill(pA.level); opConsult(b, pA, d, 'senior'); for (const n of ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '尿常规', '胸部CT平扫', '乙肝五项定量', '常规心电图检查']) b.add(n, d, 1); b.add('细菌培养及药敏', d, 2);
  cl.push(claim(m, pA, 'tuberculosis', 'outpatient', d, [dx], b));
  d = add(d, ri(28, 31)); b = new Bill(pA.level); opConsult(b, pA, d, 'chronic'); b.add('肝功能(全套)', d, 1); b.add('血常规(五分类)', d, 1); cl.push(claim(m, pA, 'tuberculosis', 'chronic', d, [dx], b));
  for (let k = 0; k < 3; k++) { d = add(d, ri(28, 33)); if (d > LAST) break; b = new Bill(pB.level); opConsult(b, pB, d, 'gen'); b.add('肝功能(全套)', d, 1); b.add('血常规(五分类)', d, 1); if (k === 0) { b.add('细菌培养及药敏', d, 1); b.add('胸部X线摄影(正侧位)', d, 1); } cl.push(claim(m, pB, 'tuberculosis', 'outpatient', d, [dx], b)); }
  return cl;
} };
C.C23 = { name: '登革热（夏秋季）：住院4–7天逐日血常规看血小板，补液与对乙酰氨基酚，肝功能与凝血复查', build() {
  const r = pick(['510100', '370100']); const m = member({ region: r, ageMin: 12, ageMax: 75 }); const p = chance(0.5) ? H[r].IDH : H[r].GEN; const warn = chance(0.5);
  const adm = rdate(7, 10); const los = ri(4, 7); const dis = add(adm, los);
  const b = new Bill(3); stayDaily(b, adm, dis, { nurse1Days: warn ? 3 : 1 }); admitLabs(b, adm, ['C反应蛋白测定', '腹部B超']);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); if (d > 0) b.add('血常规(五分类)', dt, d < 4 ? 2 : 1); if (d < 4) { infuse(b, dt, 2); b.add('乳酸钠林格注射液', dt, 1); b.add('葡萄糖氯化钠注射液', dt, 1); } b.add('对乙酰氨基酚片', dt, 3); if (d === 3) { b.add('肝功能(全套)', dt, 1); b.add('凝血四项', dt, 1); } }
  return [claim(m, p, 'infectious', 'inpatient', [adm, dis], [warn ? 'A97.100' : 'A97.000', ...(warn ? ['D69.600'] : [])], b, { route: chance(0.5) ? 'emergency' : 'outpatient' })];
} };
C.C24 = { name: '乙肝病毒携带者半年随访后出现肝炎活动，肝病门诊确诊慢性乙肝并开始恩替卡韦，随后门诊慢特病与药店外配续药', build() {
  const r = pick(REGIONS); const m = member({ region: r, ageMin: 22, ageMax: 60, chronic: ['B18'] }); const p = chance(0.5) ? H[r].IDH : H[r].GEN; const ph = chance(0.5) ? H[r].DTP : pick(H[r].PHA);
  const cl = []; let d = rdate(1, 2);
  let b = new Bill(3); opConsult(b, p, d, 'gen'); for (const n of ['肝功能(全套)', '乙肝五项定量', '腹部B超']) b.add(n, d, 1); cl.push(claim(m, p, 'hepatology', 'outpatient', d, ['Z22.800'], b));
  d = add(d, ri(150, 180)); b = new Bill(3); opConsult(b, p, d, 'senior'); for (const n of ['肝功能(全套)', '乙肝五项定量', '凝血四项', '甲胎蛋白(AFP)测定', '血常规(五分类)', '腹部B超']) b.add(n, d, 1); b.add('恩替卡韦分散片', d, 30);
  cl.push(claim(m, p, 'hepatology', 'outpatient', d, ['B18.105', 'R74.000x001'], b));
  d = add(d, 28); if (d <= LAST) { b = new Bill(3); opConsult(b, p, d, 'chronic'); b.add('肝功能(全套)', d, 1); b.add('恩替卡韦分散片', d, 30); cl.push(claim(m, p, 'hepatology', 'chronic', d, ['B18.105'], b)); }
  for (let k = 0; k < 2; k++) { d = add(d, ri(27, 30)); if (d > LAST) break; b = new Bill(1); b.add('恩替卡韦分散片', d, 30); cl.push(claim(m, ph, 'pharmacy', 'pharmacy', d, ['B18.105'], b)); }
  return cl;
} };

// ======================================================================
// Routine claims (one claim each)
// ======================================================================
function routine() {
  const r = pick(REGIONS); const k = ri(1, 100);
  if (k <= 25) { const m = member({ region: r, ageMin: 3, ageMax: 80 }); const p = pick([H[r].GEN, H[r].CTY[0], H[r].CTY[1]]); const d = rdate(1, 11 - 1); const b = new Bill(p.level); opConsult(b, p, d, 'gen'); if (chance(0.5)) b.add('血常规(五分类)', d, 1); if (m.age < 12) b.add('小儿对乙酰氨基酚颗粒', d, 6); else { b.add(pick(['连花清瘟胶囊', '板蓝根颗粒']), d, pick([18, 24])); b.add('复方甘草片', d, 18); } return claim(m, p, 'general', 'outpatient', d, [pick(['J06.900', 'J02.900', 'J20.900'])], b); }
  if (k <= 45) { const m = member({ region: r, ageMin: 18, ageMax: 80 }); const p = pick(H[r].PHA); const d = rdate(1, 11 - 1); const b = new Bill(1); const it = pick([['阿莫西林胶囊', 24, 'J02.900'], ['板蓝根颗粒', 20, 'J06.900'], ['布洛芬缓释胶囊', 20, 'M54.500'], ['氯雷他定片', 12, 'J30.400'], ['奥美拉唑肠溶胶囊', 28, 'K29.700'], ['苯磺酸氨氯地平片', 28, 'I10.x00']]); b.add(it[0], d, it[1]); return claim(m, p, 'pharmacy', 'pharmacy', d, [it[2]], b); }
  if (k <= 65) { const which = pick(['I10', 'E11', 'B18']); const m = member({ region: r, ageMin: 35, ageMax: 85, chronic: [which] }); const p = which === 'B18' ? H[r].IDH : pick(H[r].COM.concat([H[r].CTY[0]])); const d = rdate(1, 11 - 1); const b = new Bill(p.level); opConsult(b, p, d, 'chronic');
    if (which === 'I10') { b.add('苯磺酸氨氯地平片', d, 30); b.add('缬沙坦胶囊', d, 30); return claim(m, p, 'general', 'chronic', d, ['I10.x00'], b); }
    if (which === 'E11') { b.add('盐酸二甲双胍片', d, 90); b.add('空腹血糖测定', d, 1); return claim(m, p, 'general', 'chronic', d, ['E11.900'], b); }
    b.add('恩替卡韦分散片', d, 30); return claim(m, p, 'hepatology', 'chronic', d, ['B18.104'], b); }
  if (k <= 82) { const m = member({ region: r, ageMin: 20, ageMax: 85 }); const p = pick(H[r].COM); const d = rdate(1, 11 - 1); const b = new Bill(1); opConsult(b, p, d, 'gen'); const it = pick([['阿莫西林胶囊', 24, 'J02.900'], ['蒙脱石散', 9, 'A09.001'], ['复方甘草片', 18, 'J20.900'], ['阿昔洛韦片', 35, 'B02.900']]); b.add(it[0], d, it[1]); return claim(m, p, 'general', 'outpatient', d, [it[2]], b); }
  // short stays
  const m = member({ region: r, ageMin: 20, ageMax: 85 }); const p = pick([H[r].GEN, H[r].CTY[0], H[r].CTY[1]]); const adm = rdate(1, 10); const pn = chance(0.6); const los = pn ? ri(6, 9) : ri(3, 4); const dis = add(adm, los);
  const b = new Bill(p.level); stayDaily(b, adm, dis, { nurse1Days: 1 }); admitLabs(b, adm, pn ? ['C反应蛋白测定', '胸部CT平扫'] : ['C反应蛋白测定', '腹部B超']); if (pn) b.add('细菌培养及药敏', adm, 1);
  for (let d = 0; d < los; d++) { const dt = add(adm, d); infuse(b, dt, 2); b.add(pn ? '注射用头孢曲松钠' : '葡萄糖氯化钠注射液', dt, pn ? 2 : 1); b.add('氯化钠注射液', dt, 1); if (!pn) b.add('蒙脱石散', dt, 3); }
  if (pn) b.add('血常规(五分类)', add(adm, 3), 1);
  return claim(m, p, pn ? 'respiratory' : 'gastroenterology', 'inpatient', [adm, dis], [pn ? 'J18.900' : 'A09.001'], b, { route: pn ? 'outpatient' : 'emergency' });
}

// ======================================================================
// Build
// ======================================================================
const labels = [];
for (const [code, t] of Object.entries(T)) for (let i = 1; i <= 15; i++) {
  const { claims, targets } = t.build();
  const mutatedLines = {}; for (const c of targets) if (c._mut.length) mutatedLines[c.claimId] = c._mut.slice();
  labels.push({ caseId: `${code}-${String(i).padStart(2, '0')}`, kind: 'fraud', code, name: t.name, claimIds: claims.map(c => c.claimId), targets: targets.map(c => c.claimId), mutatedLines });
}
for (const [code, t] of Object.entries(C)) for (let i = 1; i <= 15; i++) {
  const claims = t.build();
  labels.push({ caseId: `${code}-${String(i).padStart(2, '0')}`, kind: 'control', code, name: t.name, claimIds: claims.map(c => c.claimId), targets: claims.map(c => c.claimId), mutatedLines: {} });
}
for (let i = 1; i <= 100; i++) { const c = routine(); labels.push({ caseId: `R-${String(i).padStart(3, '0')}`, kind: 'routine', code: 'R', name: 'routine claim', claimIds: [c.claimId], targets: [], mutatedLines: {} }); }

// settlement order
ALL.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._tie - b._tie));

// amounts: policy = total − 丙类 − 乙类 self-pay share; fund from the insured province's policy, deductibles and caps met in settlement order
const POL = JSON.parse(fs.readFileSync(path.join(CATDIR, '..', 'benefits', 'policies.json'), 'utf8')).provinces;
const used = {};
for (const c of ALL) {
  let total = 0, policy = 0;
  for (const it of c.items) { const r = CAT[it.name]; total += it.amount; policy += it.amount * (1 - (r.selfPayShare || 0)); }
  total = r2(total); policy = r2(policy);
  const prov = (c.insuredRegion || c.region).slice(0, 2); const sch = POL[prov].schemes[c.insuranceType][c.visitType];
  const lvl = String(c.provider.level); const ratio = typeof sch.ratio === 'object' ? sch.ratio[lvl] : sch.ratio;
  const key = `${c.patient.insuredId}|${c.visitType}`;
  const u = used[key] || (used[key] = { ded: 0, fund: 0, groups: {} });
  let fund;
  if (c.visitType === 'inpatient') { const ded = sch.deductible[lvl]; fund = Math.max(0, policy - ded) * ratio; }
  else { const ded = typeof sch.deductible === 'object' ? sch.deductible[lvl] : sch.deductible; const due = Math.max(0, ded - u.ded); u.ded += policy; fund = Math.max(0, policy - due) * ratio; }
  let cap = sch.annualFundCap; let gkey = 'all';
  if (c.visitType === 'chronic' && sch.diseaseCaps) { const pd = c.diagnoses[0].code; for (const [g, v] of Object.entries(sch.diseaseCaps)) if (v.codes.some(x => pd.startsWith(x))) { cap = v.annualFundCap; gkey = g; } }
  const sofar = u.groups[gkey] || 0; fund = Math.max(0, Math.min(fund, cap - sofar)); fund = Math.floor(fund * 100) / 100; u.groups[gkey] = sofar + fund;
  c.amounts = { total, policy, fundClaimed: fund };
}

// pass 2: reported DRG from the grouping of pass 1
if (GROUPS) {
  const G = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || (g.result && g.result.drg); if (id) G[id] = drg; }
  let n = 0; for (const c of ALL) if (c.visitType === 'inpatient') { if (G[c.claimId] === undefined) throw new Error('no grouping for ' + c.claimId); c.reportedGroup.drg = G[c.claimId]; n++; }
  console.error(`reported DRG set on ${n} inpatient claims`);
}

fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), ALL.map(c => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
const byKind = {}; for (const l of labels) byKind[l.kind] = (byKind[l.kind] || 0) + 1;
console.error(`claims ${ALL.length}, cases ${JSON.stringify(byKind)}`);
