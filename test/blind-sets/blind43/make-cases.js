#!/usr/bin/env node
// blind43 — outpatient pooling era (门诊共济保障), 2026. Independent blind set; fixed seed.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = path.resolve(opt('--catalogue', '/work/wt/base44/rules/catalogue'));
const GROUPS = opt('--groups', null);
const POLICIES = path.resolve(opt('--policies', path.join(CAT, '..', 'benefits', 'policies.json')));

// ---------- rng ----------
let _s = 43043043 >>> 0;
function rnd() { _s = (_s + 0x6D2B79F5) >>> 0; let t = _s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- catalogue ----------
const ROW = {};
for (const f of ['services', 'drugs', 'consumables']) for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f + '.json'), 'utf8')).rows) ROW[r.name] = r;
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));
function row(name) { const r = ROW[name]; if (!r) throw new Error('no catalogue row ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const dow = (s) => D(s).getUTCDay();
function randDate(from = '2026-01-05', to = '2026-11-05') { const a = D(from).getTime(), b = D(to).getTime(); return iso(new Date(a + Math.floor(rnd() * ((b - a) / 864e5 + 1)) * 864e5)); }
function weekday(s) { while (dow(s) === 0 || dow(s) === 6) s = add(s, 1); return s; }
function sunday(s) { while (dow(s) !== 0) s = add(s, 1); return s; }

// ---------- regions and providers ----------
const REGIONS = ['220100', '220200', '230100', '370100', '370200', '510100', '510700'];
const PROV = {};
const KINDS = { TC: [1, '乡镇卫生院'], CHC: [1, '社区卫生服务中心'], CLN: [1, '中医诊所'], DEN: [1, '口腔诊所'], L2: [2, '县级医院'], L3: [3, '三级医院'], NET: [3, '互联网医院'], PH1: [1, '定点药店'], PH2: [1, '双通道药店'] };
function providers(region) {
  if (PROV[region]) return PROV[region];
  const p = {}; let n = 1;
  for (const k of Object.keys(KINDS)) {
    p[k] = [];
    const count = (k === 'TC' || k === 'CHC' || k === 'PH1') ? 3 : 2;
    for (let i = 0; i < count; i++) {
      const id = (k.startsWith('PH') ? 'P' : 'H') + region + String(n++).padStart(2, '0');
      const docs = []; for (let j = 0; j < 6; j++) docs.push('D' + id.slice(-4) + String(j + 1).padStart(2, '0'));
      p[k].push({ hospitalId: id, level: KINDS[k][0], kind: k, docs });
    }
  }
  return (PROV[region] = p);
}
function prov(region, kind, dept, doc) { const p = pick(providers(region)[kind]); return { p, dept, doc: doc || pick(p.docs) }; }

// ---------- people ----------
let pid = 0;
function person({ region = pick(REGIONS), ageMin = 20, ageMax = 70, gender = chance(0.5) ? 'M' : 'F', scheme, chronic, retiredOk = true, insuredRegion } = {}) {
  const age = ri(ageMin, ageMax);
  const birth = add('2026-06-30', -(age * 365 + ri(0, 364)));
  if (!scheme) scheme = age < 18 ? 'resident' : (age >= 18 && age <= 24 ? (chance(0.6) ? 'resident' : 'employee') : (chance(0.65) ? 'employee' : 'resident'));
  const retiredAge = gender === 'M' ? 60 : 55;
  const retired = scheme === 'employee' && retiredOk && age >= retiredAge;
  const contributionYears = scheme === 'employee' ? (retired ? ri(gender === 'M' ? 30 : 25, 40) : Math.max(1, Math.min(age - 18, ri(1, 30)))) : 0;
  const enrollment = { enrolledOn: '2026-01-01', inConcentratedPeriod: true, continuousYears: Math.max(1, Math.min(age + 1, ri(3, 18))), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: chance(0.15), contributionYears, special: null };
  if (chronic) enrollment.chronicDiseases = chronic;
  pid++;
  return { insuredId: 'B43' + String(pid).padStart(6, '0'), gender, birthDate: birth, retired, age, scheme, region, insuredRegion, enrollment,
    dedLeft: scheme === 'employee' ? pick([0, 0, 0, 0, 0, 200, 500, 1000]) : 0, used: { op: 0, ch: 0 } };
}

// ---------- claims ----------
const CLAIMS = []; let order = 0;
function policyOf(region) { const pr = POL.provinces[region.slice(0, 2)]; let s = JSON.parse(JSON.stringify(pr.schemes)); const ov = pr.regions && pr.regions[region]; if (ov && ov.schemes) for (const sc in ov.schemes) for (const vt in ov.schemes[sc]) Object.assign(s[sc][vt], ov.schemes[sc][vt]); return s; }
// spec: { pt, pv:{p,dept,doc}, date, vt, dx:[codes], px, items:[[name, qty, {mut, date, price, long}]], adm, dis, route, dmode, time, fromH }
function claim(spec) {
  const { pt, pv } = spec; const level = pv.p.level; const vt = spec.vt || 'outpatient';
  const items = []; const mut = [];
  let total = 0, excl = 0;
  spec.items.forEach((it, i) => {
    const [name, qty, o = {}] = it; const r = row(name);
    const unitPrice = o.price != null ? o.price : r.priceCap[String(level)];
    const amount = r2(unitPrice * qty);
    const line = { lineId: String(i + 1), code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date: o.date || spec.date || spec.adm, quantity: qty, unitPrice, amount };
    if (o.long) line.longPrescription = true;
    items.push(line); if (o.mut) mut.push(line.lineId);
    total += amount;
    if (r.class === '丙') excl += amount; else if (r.class === '乙') excl += amount * (r.selfPayShare != null ? r.selfPayShare : 0.1);
  });
  total = r2(total); const policy = r2(total - excl);
  const polRegion = pt.insuredRegion || pt.region;
  const S = policyOf(polRegion)[pt.scheme];
  let fund = 0;
  if (vt === 'inpatient') {
    const c = S.inpatient; let ratio = c.ratio[level] + (pt.retired ? c.retireeRatioBonus : 0); ratio = Math.min(ratio, c.maxRatio);
    fund = Math.max(0, policy - c.deductible[level]) * ratio;
  } else if (vt === 'chronic') {
    const c = S.chronic; const ratio = c.ratio[level] + (pt.retired ? c.retireeRatioBonus : 0);
    fund = Math.min(policy * ratio, Math.max(0, c.annualFundCap - pt.used.ch)); pt.used.ch += fund;
  } else {
    const c = vt === 'pharmacy' ? S.pharmacy : S.outpatient; const ratio = c.ratio[vt === 'pharmacy' ? '1' : level] + (pt.retired ? c.retireeRatioBonus : 0);
    const ded = Math.min(pt.dedLeft, policy); pt.dedLeft -= ded;
    fund = Math.min((policy - ded) * ratio, Math.max(0, c.annualFundCap - pt.used.op)); pt.used.op += fund;
  }
  fund = r2(Math.max(0, fund));
  const region = spec.region || pt.region;
  const c = {
    claimId: null, region, insuranceType: pt.scheme, visitType: vt,
    patient: { insuredId: pt.insuredId, gender: pt.gender, birthDate: pt.birthDate, retired: pt.retired },
    enrollment: pt.enrollment,
    provider: { hospitalId: pv.p.hospitalId, level, department: pv.dept, doctorId: pv.doc },
  };
  if (pt.insuredRegion && pt.insuredRegion !== region) c.insuredRegion = pt.insuredRegion;
  if (vt === 'inpatient') { c.admissionDate = spec.adm; c.dischargeDate = spec.dis; c.admissionRoute = spec.route || 'outpatient'; c.dischargeMode = spec.dmode || 'ordered'; if (spec.fromH) c.transferFromHospitalId = spec.fromH; }
  else c.visitDate = spec.date;
  c.diagnoses = spec.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = spec.px || [];
  if (vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = items;
  c.amounts = { total, policy, fundClaimed: fund };
  const meta = { c, mut, settle: vt === 'inpatient' ? spec.dis : spec.date, time: spec.time != null ? spec.time : ri(480, 1080), ord: order++ };
  CLAIMS.push(meta);
  return meta;
}

// ---------- bill fragments ----------
function consult(pv, o = {}) { const k = pv.p.kind; if (o.ed) return ['急诊诊察费', 1, o]; if (o.chronic) return ['门诊慢特病管理诊查费', 1, o]; if (pv.p.level === 1) return ['一般诊疗费', 1, o]; return [o.senior ? '副主任医师门诊诊察费' : '普通门诊诊察费', 1, o]; }
const child = (pt) => pt.age <= 12;
function acuteBill(kind, pt, pv, o = {}) { // routine acute templates: returns {dx, items}
  const L = pv.p.level; const kid = child(pt);
  switch (kind) {
    case 'uri': return { dx: ['J06.900'], items: kid ? [['血常规(五分类)', 1], ['小儿对乙酰氨基酚颗粒', ri(4, 6)], ['小儿氨酚黄那敏颗粒', ri(6, 9)]] : [['血常规(五分类)', 1], ['连花清瘟胶囊', 36], ['对乙酰氨基酚片', 6]] };
    case 'pharyngitis': return { dx: [pick(['J02.900', 'J03.900'])], items: [['血常规(五分类)', 1], ['C反应蛋白测定', 1], kid ? ['布洛芬混悬液', 1] : ['布洛芬缓释胶囊', 6], kid ? ['头孢克肟胶囊', 10] : ['阿莫西林胶囊', 36]] };
    case 'bronchitis': return { dx: ['J20.900'], items: [['血常规(五分类)', 1], ['C反应蛋白测定', 1], ...(L >= 2 ? [['胸部X线摄影(正侧位)', 1]] : []), ['盐酸氨溴索片', 18], ['阿莫西林克拉维酸钾片', 21]] };
    case 'gastro': return { dx: ['A09.900'], items: [['大便常规+隐血', 1], ['蒙脱石散', 9], ['双歧杆菌三联活菌胶囊', 18]] };
    case 'gastritis': return { dx: ['K29.700'], items: [['奥美拉唑肠溶胶囊', 28], ['铝碳酸镁咀嚼片', 42], ['多潘立酮片', 21]] };
    case 'derm': return { dx: ['L30.900'], items: [['丁酸氢化可的松乳膏', 2], ['氯雷他定片', 14]] };
    case 'eye': return { dx: ['H10.900'], items: [['裂隙灯检查', 1], ['左氧氟沙星滴眼液', 1]] };
    case 'uti': return { dx: ['N39.000'], items: [['尿常规', 1], ['左氧氟沙星片', 7]] };
    case 'back': return { dx: ['M54.500'], items: [...(L >= 2 ? [['腰椎X线摄影', 1]] : []), ['双氯芬酸钠缓释片', 14]] };
    case 'rhinitis': return { dx: ['J30.400'], items: [['西替利嗪片', 14]] };
    case 'insomnia': return { dx: ['G47.000'], items: [['酒石酸唑吡坦片', 14]] };
    case 'knee': return { dx: ['M17.900'], items: [['四肢X线摄影', 1], ['塞来昔布胶囊', 28]] };
  }
  throw new Error(kind);
}
const HTN = [['苯磺酸氨氯地平片'], ['缬沙坦胶囊'], ['厄贝沙坦片'], ['硝苯地平控释片'], ['氯沙坦钾片']];
function chronicDrugs(dz, days, o = {}) { // dz: list of 'I10','E11','E78','I25','I69'
  const out = []; const q = (n) => [n, days * (o.perDay && o.perDay[n] || 1), { long: !!o.long, mut: !!o.mut }];
  if (dz.includes('I10')) { out.push(q(o.htn || '苯磺酸氨氯地平片')); if (o.two) out.push(q('厄贝沙坦片')); }
  if (dz.includes('E11')) { out.push([ '盐酸二甲双胍片', days * 3, { long: !!o.long, mut: !!o.mut } ]); if (o.two) out.push(q('格列美脲片')); }
  if (dz.includes('E78') || dz.includes('I25')) out.push(q('阿托伐他汀钙片'));
  if (dz.includes('I25') || dz.includes('I69')) out.push(q('阿司匹林肠溶片'));
  return out;
}
const DXC = { I10: 'I10.x00x002', E11: 'E11.900', E78: 'E78.500', I25: 'I25.100', I69: 'I69.300', J44: 'J44.900' };

// ---------- cases ----------
const LABELS = [];
function addCase(kind, code, name, metas, targets, extra = {}) {
  const n = LABELS.filter(l => l.code === code).length + 1;
  LABELS.push({ caseId: `${code}-${String(n).padStart(2, '0')}`, kind, code, name, metas, targets: targets || metas, mutAll: extra.noMut ? false : true });
}

// === FRAUD ===
const TN = {
  T01: '签约履约批量虚构随访：社区中心周日同一医生同一套门诊慢特病账单批量刷卡',
  T02: '中医馆养生保健串换为针灸推拿：每日双份针灸推拿连续结算',
  T03: '分解挂号/分次结算：同日同医生一张处方拆成三次结算各收诊察费',
  T04: '互联网医院复诊超量开药：未标长处方的180日量并提前续方',
  T05: '双通道药店GLP-1高值药囤药倒卖：十日一购多店轮换',
  T06: '药店生活用品串换为医保耗材：血糖试纸/换药包/敷贴大量结算',
  T07: '冒用儿童医保卡购买成人药品',
  T08: '儿科门诊输液重复收费：小儿头皮静脉输液另收静脉输液',
  T09: '口腔串换：儿童乳牙拔除按阻生牙拔除收费',
  T10: '门诊康复每次收取康复评定',
  T11: '慢病年度评估检验组套与单项重复收费',
  T12: '医共体乡镇卫生院套用上级医院价格（超标准收费）',
  T13: '门诊套餐式无指征检查（急性轻症查肿瘤标志物、糖化、甲功等）',
  T14: '门诊统筹限额用尽后转低标准住院（乡镇卫生院）',
  T15: '急诊夜诊次日重复结算',
};
function fraud(code, metas, targets) { addCase('fraud', code, TN[code], metas, targets); }

for (let k = 0; k < 15; k++) {
  // T01
  { const region = pick(REGIONS); const pv = prov(region, 'CHC', 'family_medicine'); const day = sunday(randDate('2026-02-20', '2026-11-10')); const n = ri(5, 7); const metas = []; const prior = [];
    const tpl = [['门诊慢特病管理诊查费', 1], ['血糖监测(快速)', 1], ['无创血压监测', 1], ['尿常规', 1], ['肾功能(三项)', 1], ['苯磺酸氨氯地平片', 30], ['盐酸二甲双胍片', 90], ['阿司匹林肠溶片', 30]];
    let t = ri(540, 600);
    for (let i = 0; i < n; i++) {
      const dz = chance(0.6) ? ['I10', 'E11'] : ['I10']; const pt = person({ region, ageMin: 62, ageMax: 84, chronic: dz.map(x => x.slice(0, 3)) });
      const pd = add(day, -ri(25, 45)); prior.push(claim({ pt, pv: { p: pv.p, dept: 'family_medicine', doc: pv.doc }, date: pd, vt: 'chronic', dx: dz.map(x => DXC[x]), items: [consult(pv, { chronic: true }), ['血糖监测(快速)', 1], ...chronicDrugs(dz, 30)] }));
      metas.push(claim({ pt, pv, date: day, vt: 'chronic', time: t, dx: ['I10.x00x002', 'E11.900'], items: tpl })); t += ri(3, 7);
    }
    fraud('T01', [...prior, ...metas], metas); }
  // T02
  { const region = pick(REGIONS); const pv = prov(region, 'CLN', 'tcm'); const pt = person({ region, ageMin: 26, ageMax: 55 }); let d = randDate('2026-01-10', '2026-10-20'); const dx = pick(['M54.500', 'M54.200', 'M79.100']); const metas = []; const days = ri(16, 22);
    for (let i = 0; i < days; i++) { metas.push(claim({ pt, pv, date: d, time: ri(1080, 1260), dx: [dx], items: [consult(pv), ['针灸', 2, { mut: true }], ['推拿治疗', 2, { mut: true }]] })); d = add(d, 1); }
    fraud('T02', metas, metas); }
  // T03
  { const region = pick(REGIONS); const pv = prov(region, pick(['L2', 'L3']), 'internal_medicine'); const pt = person({ region, ageMin: 50, ageMax: 75 }); const d = weekday(randDate()); let t = ri(500, 660);
    const parts = [[DXC.I10, ['苯磺酸氨氯地平片', 30]], [DXC.E11, ['盐酸二甲双胍片', 90]], [DXC.E78, ['阿托伐他汀钙片', 30]]];
    const metas = parts.map(([dx, drug], i) => claim({ pt, pv, date: d, time: t + i * ri(4, 12), dx: [dx], items: [consult(pv, { mut: i > 0 }), drug] }));
    fraud('T03', metas, metas.slice(1)); }
  // T04
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 45, ageMax: 72, scheme: 'employee' }); const off = prov(region, 'L3', 'cardiology'); const net = prov(region, 'NET', 'internet_followup');
    const d0 = randDate('2026-01-10', '2026-07-01'); const dz = chance(0.5) ? ['I10', 'E78'] : ['I10', 'E11', 'E78'];
    const h = claim({ pt, pv: off, date: d0, dx: dz.map(x => DXC[x]), items: [consult(off), ['血脂(四项)', 1], ['肾功能(三项)', 1], ...chronicDrugs(dz, 28)] });
    const d1 = add(d0, ri(25, 32)); const d2 = add(d1, ri(30, 42));
    const a = claim({ pt, pv: net, date: d1, dx: dz.map(x => DXC[x]), items: [consult(net), ...chronicDrugs(dz, 180, { mut: true })] });
    const b = claim({ pt, pv: net, date: d2, dx: dz.map(x => DXC[x]), items: [consult(net), ...chronicDrugs(dz, 180, { mut: true })] });
    fraud('T04', [h, a, b], [a, b]); }
  // T05
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 32, ageMax: 60, scheme: 'employee', chronic: ['E11'] }); const phs = providers(region).PH2; let d = randDate('2026-01-10', '2026-08-01'); const metas = []; const n = ri(5, 6);
    for (let i = 0; i < n; i++) { const p = phs[i % 2]; metas.push(claim({ pt, pv: { p, dept: 'pharmacy', doc: pick(p.docs) }, date: d, vt: 'chronic', dx: ['E11.900'], items: [['利拉鲁肽注射液', ri(6, 9), { mut: true }], ...(chance(0.4) ? [['盐酸二甲双胍片', 60]] : [])] })); d = add(d, ri(8, 12)); }
    fraud('T05', metas, metas); }
  // T06
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 58, ageMax: 82 }); const ph = prov(region, 'PH1', 'pharmacy'); const d0 = randDate('2026-01-10', '2026-09-01'); const metas = [];
    for (const d of [d0, add(d0, ri(18, 30))]) metas.push(claim({ pt, pv: ph, date: d, vt: 'pharmacy', dx: [DXC.I10], items: [['苯磺酸氨氯地平片', 30], ['血糖试纸', ri(120, 200), { mut: true }], ['一次性使用换药包', ri(20, 40), { mut: true }], [pick(['透明敷贴', '医用弹力绷带']), ri(20, 40), { mut: true }]] }));
    fraud('T06', metas, metas); }
  // T07
  { const region = pick(REGIONS); const boy = chance(0.5); const pt = person({ region, ageMin: 3, ageMax: 9, gender: boy ? 'M' : 'F', scheme: 'resident' }); const ph = prov(region, pick(['PH1', 'CHC']), 'pharmacy');
    const h = claim({ pt, pv: ph, date: randDate('2026-01-05', '2026-03-30'), vt: ph.p.kind.startsWith('PH') ? 'pharmacy' : 'outpatient', dx: ['J06.900'], items: [['小儿对乙酰氨基酚颗粒', 6], ['小儿氨酚黄那敏颗粒', 9]] });
    const variants = [
      { dx: ['M54.500'], items: [['塞来昔布胶囊', 28, { mut: true }], ['双氯芬酸钠缓释片', 14]] },
      { dx: ['N39.000'], items: [['左氧氟沙星片', 14, { mut: true }]] },
      { dx: [DXC.I10], items: [['苯磺酸氨氯地平片', 30], ['缬沙坦胶囊', 28]] , allMut: true },
      { dx: ['G47.000'], items: [['酒石酸唑吡坦片', 14, { mut: true }], ['草酸艾司西酞普兰片', 14, { mut: true }]] },
      ...(boy ? [{ dx: ['N40.x00'], items: [['盐酸坦索罗辛缓释胶囊', 30, { mut: true }], ['非那雄胺片', 30, { mut: true }]] }] : [{ dx: ['N39.000'], items: [['莫西沙星片', 7, { mut: true }]] }]),
    ];
    const v = pick(variants); if (v.allMut) v.items = v.items.map(([a, b]) => [a, b, { mut: true }]);
    const pvx = prov(region, 'PH1', 'pharmacy');
    const a = claim({ pt, pv: pvx, date: randDate('2026-04-01', '2026-11-10'), vt: 'pharmacy', dx: v.dx, items: v.items });
    fraud('T07', [h, a], [a]); }
  // T08
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 1, ageMax: 5, scheme: 'resident' }); const pv = prov(region, 'L2', 'paediatrics'); let d = randDate(); const metas = [];
    for (let i = 0; i < 3; i++) { metas.push(claim({ pt, pv, date: d, dx: ['J18.000'], items: [...(i === 0 ? [consult(pv), ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['胸部X线摄影(正侧位)', 1]] : []), ['小儿头皮静脉输液', 1], ['静脉输液(第一组)', 1, { mut: true }], ['静脉输液(每增加一组)', 1], ['一次性使用输液器', 2], ['注射用阿奇霉素', 1], ['葡萄糖注射液', 2]] })); d = add(d, 1); }
    fraud('T08', metas, metas); }
  // T09
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 6, ageMax: 11, scheme: 'resident' }); const pv = prov(region, pick(['DEN', 'L2']), 'stomatology'); const n = ri(1, 3);
    const a = claim({ pt, pv, date: randDate(), dx: ['K00.600'], items: [consult(pv), ['局部浸润麻醉', 1], ['阻生牙拔除术', n, { mut: true }]] });
    fraud('T09', [a], [a]); }
  // T10
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 55, ageMax: 78 }); const pv = prov(region, 'L2', 'rehabilitation'); let d = weekday(randDate('2026-01-10', '2026-09-30')); const metas = []; const n = ri(9, 13);
    for (let i = 0; i < n; i++) { metas.push(claim({ pt, pv, date: d, dx: ['I69.300', 'G81.900'], items: [...(i === 0 ? [consult(pv)] : []), ['康复评定', 1, { mut: i > 0 }], ['运动疗法', 1], ['针灸', 1]] })); d = add(d, dow(d) === 5 ? 3 : 2); }
    fraud('T10', metas, metas.slice(1)); }
  // T11
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 60, ageMax: 80, chronic: ['I10', 'E11'] }); const pv = prov(region, 'CHC', 'family_medicine');
    const comp = [['血红蛋白测定', 1, { mut: true }], ['丙氨酸氨基转移酶测定', 1, { mut: true }], ['天门冬氨酸氨基转移酶测定', 1, { mut: true }], ['肌酐测定', 1, { mut: true }], ['尿素测定', 1, { mut: true }], ['总胆固醇测定', 1, { mut: true }]];
    const chosen = comp.filter(() => chance(0.55)); if (!chosen.length) chosen.push(comp[ri(0, 5)]);
    const a = claim({ pt, pv, date: weekday(randDate()), vt: 'chronic', dx: [DXC.I10, DXC.E11], items: [consult(pv, { chronic: true }), ['血常规(五分类)', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1], ['血脂(四项)', 1], ['糖化血红蛋白测定', 1], ['尿常规', 1], ['常规心电图检查', 1], ...chosen, ...chronicDrugs(['I10', 'E11'], 30)] });
    fraud('T11', [a], [a]); }
  // T12
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 20, ageMax: 80 }); const pv = prov(region, 'TC', 'general'); const kind = pick(['bronchitis', 'uri', 'gastro', 'pharyngitis']); const b = acuteBill(kind, pt, pv);
    const items = [['一般诊疗费', 1], ...b.items]; if (kind === 'bronchitis' || chance(0.5)) items.push(['胸部X线摄影(正侧位)', 1]); if (chance(0.5)) items.push(['静脉输液(第一组)', 1], ['注射用头孢呋辛钠', 2], ['氯化钠注射液', 1], ['一次性使用输液器', 1]);
    const metas = [claim({ pt, pv, date: randDate(), dx: b.dx, items: items.map(([n, q]) => { const r = row(n); if (r.category === 'service' && r.priceCap['3'] > r.priceCap['1']) return [n, q, { price: r.priceCap['3'], mut: true }]; return [n, q]; }) })];
    fraud('T12', metas, metas); }
  // T13
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 20, ageMax: 38 }); const pv = prov(region, 'L2', 'internal_medicine'); const kind = pick(['uri', 'gastro', 'pharyngitis']); const b = acuteBill(kind, pt, pv);
    const extra = [['糖化血红蛋白测定', 1, { mut: true }], ['甲状腺功能(三项)', 1, { mut: true }], ['肿瘤标志物(CEA)测定', 1, { mut: true }], ['甲胎蛋白(AFP)测定', 1, { mut: true }], ['腹部B超', 1, { mut: true }], ['心肌酶谱', 1, { mut: true }], ['常规心电图检查', 1, { mut: true }], ['乙肝五项定量', 1, { mut: true }]].filter(() => chance(0.7));
    if (extra.length < 3) extra.push(['糖化血红蛋白测定', 1, { mut: true }], ['肿瘤标志物(CEA)测定', 1, { mut: true }]);
    const seen = new Set(); const ex = extra.filter(([n]) => !seen.has(n) && seen.add(n));
    const a = claim({ pt, pv, date: randDate(), dx: b.dx, items: [consult(pv), ...b.items, ...ex] });
    fraud('T13', [a], [a]); }
  // T14
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 30, ageMax: 62 }); const tc = prov(region, 'TC', 'general'); const d0 = randDate('2026-03-01', '2026-11-05'); const pre = [];
    pre.push(claim({ pt, pv: tc, date: add(d0, -ri(20, 40)), ...(() => { const b = acuteBill('uri', pt, tc); return { dx: b.dx, items: [consult(tc), ...b.items] }; })() }));
    pre.push(claim({ pt, pv: tc, date: add(d0, -ri(2, 6)), ...(() => { const b = acuteBill('bronchitis', pt, tc); return { dx: b.dx, items: [consult(tc), ...b.items] }; })() }));
    const los = ri(3, 4); const dis = add(d0, los); const items = [];
    for (let i = 0; i < los; i++) { const dd = add(d0, i); items.push(['住院诊查费', 1, { date: dd }], ['普通病房床位费(三人间)', 1, { date: dd }], ['Ⅲ级护理', 1, { date: dd }], ['静脉输液(第一组)', 1, { date: dd }], ['静脉输液(每增加一组)', 1, { date: dd }], ['注射用头孢呋辛钠', 2, { date: dd }], ['盐酸氨溴索注射液', 2, { date: dd }], ['氯化钠注射液', 2, { date: dd }], ['一次性使用输液器', 2, { date: dd }]); }
    items.push(['血常规(五分类)', 1, { date: d0 }], ['C反应蛋白测定', 1, { date: d0 }], ['胸部X线摄影(正侧位)', 1, { date: d0 }], ['常规心电图检查', 1, { date: d0 }], ['复合维生素B片', 9, { date: d0 }]);
    const a = claim({ pt, pv: { p: tc.p, dept: 'general_ward', doc: tc.doc }, vt: 'inpatient', adm: d0, dis, route: 'outpatient', dx: ['J20.900'], items });
    fraud('T14', [...pre, a], [a]); }
  // T15
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 18, ageMax: 70 }); const pv = prov(region, pick(['L2', 'L3']), 'emergency'); const d = randDate(); const v = pick([
      { dx: ['N23.x00'], items: [['急诊诊察费', 1], ['尿常规', 1], ['血常规(五分类)', 1], ['泌尿系B超', 1], ['双氯芬酸钠缓释片', 6], ['肌肉注射', 1]] },
      { dx: ['T78.400'], items: [['急诊诊察费', 1], ['血常规(五分类)', 1], ['地塞米松磷酸钠注射液', 2], ['静脉注射', 1], ['氯雷他定片', 7]] },
      { dx: ['A09.900'], items: [['急诊诊察费', 1], ['血常规(五分类)', 1], ['大便常规+隐血', 1], ['电解质(四项)', 1], ['静脉输液(第一组)', 1], ['葡萄糖氯化钠注射液', 2], ['盐酸甲氧氯普胺注射液', 1], ['一次性使用输液器', 1], ['蒙脱石散', 9]] },
      { dx: ['R10.400', 'K29.700'], items: [['急诊诊察费', 1], ['血常规(五分类)', 1], ['腹部B超', 1], ['心肌酶谱', 1], ['常规心电图检查', 1], ['奥美拉唑肠溶胶囊', 14]] }]);
    const a = claim({ pt, pv, date: d, time: ri(1380, 1435), dx: v.dx, items: v.items });
    const b = claim({ pt, pv, date: add(d, 1), time: ri(480, 600), dx: v.dx, items: v.items });
    fraud('T15', [a, b], [b]); }
}

// === CONTROLS ===
const CN = {
  C01: '急性支气管炎/肺炎一周内三次就诊（复查、加药）',
  C02: '儿童同日两院就诊：社区上午、三级医院急诊晚上病情加重',
  C03: '互联网医院12周长处方按期续方（标记longPrescription）',
  C04: '卧床老人由登记代办人按月在药店代购',
  C05: '新诊2型糖尿病剂量滴定：两周一诊、用量逐次增加',
  C06: '哮喘急诊后2–4天专科门诊随访',
  C07: '接种流感疫苗（自费）次日接种后发热就诊',
  C08: '贝尔面瘫门诊针灸疗程（每日1次）+激素抗病毒',
  C09: '口腔多次就诊：根管治疗/牙周洁治/残根拔除分次完成',
  C10: '门诊康复疗程：首末次康复评定，每周三次运动疗法',
  C11: '家庭病床/签约上门：压疮每周换药、按月更换导尿管',
  C12: '儿童毛细支气管炎/哮喘门诊雾化每日两次连续三天',
  C13: '乡镇卫生院高龄社区获得性肺炎逐日门诊输液',
  C14: '候鸟退休人员异地长期居住按月开药后返乡',
  C15: '基层首诊胸痛当日上转三级医院（心电图重复）',
  C16: '儿童中耳炎三天无好转换用抗菌药',
  C17: '九旬多病共存门诊慢特病每月多药',
  C18: '高龄急性胃肠炎脱水低钾：急诊后收住院2–3天',
  C19: '慢阻肺门诊慢特病吸入剂每月续药',
  C20: '双通道药店购买口服抗肿瘤药/抗病毒药（上级医院处方）',
  C21: '带状疱疹大剂量阿昔洛韦',
  C22: '门诊下肢深静脉血栓低分子肝素+利伐沙班',
  C23: '甲状腺/乳腺结节二院复核超声（第二意见）',
  C24: '阻生智齿拔除后干槽症复诊',
};
function control(code, metas) { addCase('control', code, CN[code], metas, metas); }

for (let k = 0; k < 15; k++) {
  // C01
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 25, ageMax: 75 }); const pv = prov(region, 'L2', 'respiratory'); const d = randDate();
    const a = claim({ pt, pv, date: d, dx: ['J20.900'], items: [consult(pv), ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['胸部X线摄影(正侧位)', 1], ['阿莫西林克拉维酸钾片', 21], ['盐酸氨溴索片', 18]] });
    const b = claim({ pt, pv, date: add(d, ri(2, 3)), dx: ['J18.900'], items: [consult(pv), ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['阿奇霉素片', 3], ['对乙酰氨基酚片', 6]] });
    const c = claim({ pt, pv, date: add(d, ri(6, 7)), dx: ['J18.900'], items: [consult(pv), ['血常规(五分类)', 1], ['乙酰半胱氨酸泡腾片', 12]] });
    control('C01', [a, b, c]); }
  // C02
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 1, ageMax: 6, scheme: 'resident' }); const chc = prov(region, 'CHC', 'paediatrics'); const l3 = prov(region, 'L3', 'emergency'); const d = randDate();
    const a = claim({ pt, pv: chc, date: d, time: ri(480, 600), dx: ['J06.900'], items: [consult(chc), ['血常规(五分类)', 1], ['小儿对乙酰氨基酚颗粒', 6], ['小儿氨酚黄那敏颗粒', 9]] });
    const b = claim({ pt, pv: l3, date: d, time: ri(1140, 1320), dx: ['J18.000', 'R50.900'], items: [consult(l3, { ed: true }), ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['胸部X线摄影(正侧位)', 1], ['小儿头皮静脉输液', 1], ['注射用头孢曲松钠', 1], ['氯化钠注射液', 1], ['一次性使用输液器', 1], ['雾化吸入', 1], ['吸入用布地奈德混悬液', 2], ['布洛芬混悬液', 1]] });
    control('C02', [a, b]); }
  // C03
  { const region = pick(REGIONS); const dz = chance(0.5) ? ['I10', 'E78'] : ['I10', 'E11', 'E78']; const pt = person({ region, ageMin: 55, ageMax: 78, scheme: 'employee' }); const off = prov(region, 'L3', 'cardiology'); const net = prov(region, 'NET', 'internet_followup');
    const d0 = randDate('2026-01-05', '2026-03-15'); const o = claim({ pt, pv: off, date: d0, dx: dz.map(x => DXC[x]), items: [consult(off, { senior: true }), ['血脂(四项)', 1], ['肾功能(三项)', 1], ['肝功能(全套)', 1], ...(dz.includes('E11') ? [['糖化血红蛋白测定', 1]] : []), ...chronicDrugs(dz, 28)] });
    const metas = [o]; let d = add(d0, ri(25, 28));
    for (let i = 0; i < 3; i++) { metas.push(claim({ pt, pv: net, date: d, dx: dz.map(x => DXC[x]), items: [consult(net), ...chronicDrugs(dz, 84, { long: true })] })); d = add(d, ri(80, 84)); }
    control('C03', metas); }
  // C04
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 82, ageMax: 96, chronic: ['I69', 'I10'] }); const ph = prov(region, 'PH1', 'pharmacy'); let d = randDate('2026-01-05', '2026-07-01'); const metas = [];
    for (let i = 0; i < ri(3, 4); i++) { metas.push(claim({ pt, pv: ph, date: d, vt: 'pharmacy', dx: ['I69.300', DXC.I10, ...(i === 0 ? ['L89.100'] : [])], items: [['阿司匹林肠溶片', 30], ['阿托伐他汀钙片', 30], ['苯磺酸氨氯地平片', 30], ['乳果糖口服溶液', 30], ...(i === 0 ? [['水胶体敷料', 6]] : [])] })); d = add(d, ri(28, 31)); }
    control('C04', metas); }
  // C05
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 40, ageMax: 68 }); const pv = prov(region, pick(['CHC', 'L2']), 'endocrinology'); let d = weekday(randDate('2026-01-05', '2026-09-01')); const metas = [];
    metas.push(claim({ pt, pv, date: d, dx: ['E11.900'], items: [consult(pv), ['空腹血糖测定', 1], ['糖化血红蛋白测定', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1], ['血脂(四项)', 1], ['尿常规', 1], ['盐酸二甲双胍片', 28]] }));
    const steps = [[56], [84], [84, 14]]; for (const [mq, gq] of steps) { d = add(d, 14); metas.push(claim({ pt, pv, date: d, dx: ['E11.900'], items: [consult(pv), ['空腹血糖测定', 1], ['盐酸二甲双胍片', mq], ...(gq ? [['格列美脲片', gq]] : [])] })); }
    control('C05', metas); }
  // C06
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 14, ageMax: 60 }); const ed = prov(region, 'L3', 'emergency'); const rc = prov(region, 'L3', 'respiratory'); const d = randDate();
    const a = claim({ pt, pv: ed, date: d, time: ri(0, 300), dx: ['J45.900'], items: [consult(ed, { ed: true }), ['血常规(五分类)', 1], ['血气分析', 1], ['胸部X线摄影(正侧位)', 1], ['雾化吸入', 2], ['吸入用布地奈德混悬液', 4], ['吸入用异丙托溴铵溶液', 2], ['吸氧', 2], ['醋酸泼尼松片', 40]] });
    const b = claim({ pt, pv: rc, date: add(d, ri(2, 4)), dx: ['J45.900'], items: [consult(rc, { senior: true }), ['肺功能检查', 1], ['布地奈德福莫特罗吸入粉雾剂', 1], ['硫酸沙丁胺醇吸入气雾剂', 1]] });
    control('C06', [a, b]); }
  // C07
  { const region = pick(REGIONS); const kid = chance(0.4); const pt = kid ? person({ region, ageMin: 3, ageMax: 10, scheme: 'resident' }) : person({ region, ageMin: 60, ageMax: 85 }); const pv = prov(region, 'CHC', 'preventive_care'); const d = randDate('2026-09-20', '2026-11-15');
    const a = claim({ pt, pv, date: d, dx: ['Z25.100'], items: [['流感病毒裂解疫苗', 1]] });
    const b = claim({ pt, pv: { p: pv.p, dept: 'general', doc: pick(pv.p.docs) }, date: add(d, 1), dx: ['T88.100', 'R50.900'], items: [consult(pv), ['血常规(五分类)', 1], kid ? ['小儿对乙酰氨基酚颗粒', 4] : ['对乙酰氨基酚片', 6]] });
    control('C07', [a, b]); }
  // C08
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 20, ageMax: 65 }); const pv = prov(region, 'L2', 'tcm'); let d = weekday(randDate('2026-01-05', '2026-10-01')); const metas = [];
    metas.push(claim({ pt, pv, date: d, dx: ['G51.000'], items: [consult(pv), ['针灸', 1], ['醋酸泼尼松片', 42], ['阿昔洛韦片', 35], ['复合维生素B片', 21]] }));
    for (let i = 1; i < ri(9, 12); i++) { d = add(d, dow(d) === 5 ? 3 : 1); metas.push(claim({ pt, pv, date: d, dx: ['G51.000'], items: [['针灸', 1]] })); }
    control('C08', metas); }
  // C09
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 22, ageMax: 70 }); const pv = prov(region, pick(['DEN', 'L2', 'L3']), 'stomatology'); let d = randDate('2026-01-05', '2026-10-15'); const v = ri(0, 2); const metas = [];
    if (v === 0) { metas.push(claim({ pt, pv, date: d, dx: ['K04.000'], items: [consult(pv), ['局部浸润麻醉', 1], ['根管治疗术', 3]] })); d = add(d, ri(7, 10)); metas.push(claim({ pt, pv, date: d, dx: ['K04.000'], items: [consult(pv)] })); d = add(d, ri(7, 14)); metas.push(claim({ pt, pv, date: d, dx: ['K04.500'], items: [consult(pv)] })); }
    else if (v === 1) { metas.push(claim({ pt, pv, date: d, dx: ['K05.300'], items: [consult(pv), ['龈上洁治术(牙周洁治)', 1]] })); d = add(d, ri(7, 14)); metas.push(claim({ pt, pv, date: d, dx: ['K05.300'], items: [consult(pv), ['局部浸润麻醉', 1], ['奥硝唑片', 12]] })); d = add(d, ri(21, 35)); metas.push(claim({ pt, pv, date: d, dx: ['K05.300'], items: [consult(pv)] })); }
    else { metas.push(claim({ pt, pv, date: d, dx: ['K08.300'], items: [consult(pv), ['局部浸润麻醉', 1], ['牙拔除术', 1]] })); d = add(d, ri(7, 10)); metas.push(claim({ pt, pv, date: d, dx: ['K08.300'], items: [consult(pv), ['局部浸润麻醉', 1], ['牙拔除术', 2], ['可吸收缝线', 1]] })); }
    control('C09', metas); }
  // C10
  { const region = pick(REGIONS); const post = chance(0.5); const pt = person({ region, ageMin: 52, ageMax: 78 }); const pv = prov(region, 'L2', 'rehabilitation'); let d = weekday(randDate('2026-01-05', '2026-09-01')); const metas = []; const n = ri(10, 13); const dx = post ? ['I69.300', 'G81.900'] : ['Z96.602', 'M17.900'];
    for (let i = 0; i < n; i++) { metas.push(claim({ pt, pv, date: d, dx, items: [...(i === 0 ? [consult(pv)] : []), ...(i === 0 || i === n - 1 ? [['康复评定', 1]] : []), ['运动疗法', 1], ...(post && i % 2 === 0 ? [['针灸', 1]] : [])] })); d = add(d, dow(d) === 5 ? 3 : 2); }
    control('C10', metas); }
  // C11
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 84, ageMax: 97, chronic: ['I69'] }); const pv = prov(region, 'CHC', 'family_bed'); let d = randDate('2026-01-05', '2026-08-01'); const metas = []; const n = ri(5, 7);
    for (let i = 0; i < n; i++) { metas.push(claim({ pt, pv: { ...pv }, date: d, dx: ['L89.200', 'I69.300'], items: [consult(pv), ['换药(中)', 1], [pick(['水胶体敷料', '泡沫敷料']), 1], ['一次性使用换药包', 1], ...(i % 4 === 0 ? [['导尿', 1], ['双腔硅胶导尿管', 1], ['一次性使用导尿包', 1]] : [])] })); d = add(d, 7); }
    control('C11', metas); }
  // C12
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 1, ageMax: 5, scheme: 'resident' }); const pv = prov(region, pick(['CHC', 'L2']), 'paediatrics'); let d = randDate(); const metas = []; const dx = pick(['J21.900', 'J45.900']);
    for (let i = 0; i < 3; i++) { metas.push(claim({ pt, pv, date: d, dx: [dx], items: [...(i === 0 ? [consult(pv), ['血常规(五分类)', 1], ['一次性使用雾化器', 1]] : []), ['雾化吸入', 2], ['吸入用布地奈德混悬液', 4], ['吸入用异丙托溴铵溶液', 2]] })); d = add(d, 1); }
    control('C12', metas); }
  // C13
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 75, ageMax: 90 }); const pv = prov(region, 'TC', 'general'); let d = randDate(); const metas = []; const n = ri(6, 7);
    for (let i = 0; i < n; i++) { metas.push(claim({ pt, pv, date: d, dx: ['J18.900'], items: [...(i === 0 ? [consult(pv), ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['胸部X线摄影(正侧位)', 1]] : []), ...(i === n - 1 ? [['血常规(五分类)', 1], ['C反应蛋白测定', 1]] : []), ['静脉输液(第一组)', 1], ['注射用头孢曲松钠', 2], ['氯化钠注射液', 1], ['一次性使用输液器', 1]] })); d = add(d, 1); }
    control('C13', metas); }
  // C14
  { const home = pick(['230100', '220100', '220200']); const away = pick(['510100', '510700', '370200']); const pt = person({ region: home, ageMin: 62, ageMax: 78, scheme: 'employee', insuredRegion: home }); pt.retired = true; pt.enrollment.contributionYears = 33;
    let d = randDate('2026-01-05', '2026-01-25'); const metas = []; const dz = ['I10', 'E11'];
    for (let i = 0; i < 3; i++) { const pv = prov(away, 'CHC', 'general'); metas.push(claim({ pt, pv, region: away, date: d, dx: dz.map(x => DXC[x]), items: [consult(pv), ['血糖监测(快速)', 1], ...chronicDrugs(dz, 30)] })); d = add(d, ri(28, 31)); }
    const hv = prov(home, 'CHC', 'general'); metas.push(claim({ pt, pv: hv, region: home, date: add(d, ri(5, 15)), dx: dz.map(x => DXC[x]), items: [consult(hv), ['糖化血红蛋白测定', 1], ...chronicDrugs(dz, 30)] }));
    control('C14', metas); }
  // C15
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 48, ageMax: 75 }); const chc = prov(region, 'CHC', 'general'); const l3 = prov(region, 'L3', 'cardiology'); const d = weekday(randDate());
    const a = claim({ pt, pv: chc, date: d, time: ri(480, 560), dx: ['R07.400'], items: [consult(chc), ['常规心电图检查', 1], ['阿司匹林肠溶片', 1]] });
    const b = claim({ pt, pv: l3, date: d, time: ri(780, 960), dx: ['I20.900', DXC.E78], items: [consult(l3, { senior: true }), ['常规心电图检查', 1], ['肌钙蛋白I测定', 1], ['心肌酶谱', 1], ['心脏彩色多普勒超声', 1], ['血脂(四项)', 1], ['阿司匹林肠溶片', 30], ['阿托伐他汀钙片', 30], ['单硝酸异山梨酯缓释片', 30], ['硝酸甘油片', 12]] });
    control('C15', [a, b]); }
  // C16
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 2, ageMax: 8, scheme: 'resident' }); const pv = prov(region, 'L2', 'ent'); const d = randDate();
    const a = claim({ pt, pv, date: d, dx: ['H66.900'], items: [consult(pv), ['血常规(五分类)', 1], ['阿莫西林胶囊', 20], ['布洛芬混悬液', 1]] });
    const b = claim({ pt, pv, date: add(d, 3), dx: ['H66.900'], items: [consult(pv), ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['头孢克肟胶囊', 14]] });
    const c = claim({ pt, pv, date: add(d, ri(10, 12)), dx: ['H66.900'], items: [consult(pv)] });
    control('C16', [a, b, c]); }
  // C17
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 90, ageMax: 97, chronic: ['I10', 'E11', 'I25', 'I69'] }); const pv = prov(region, 'L2', 'geriatrics'); let d = randDate('2026-01-05', '2026-08-01'); const metas = [];
    for (let i = 0; i < 3; i++) { metas.push(claim({ pt, pv, date: d, vt: 'chronic', dx: [DXC.I10, DXC.E11, DXC.I25, DXC.I69], items: [consult(pv, { chronic: true }), ['血糖监测(快速)', 1], ...(i === 0 ? [['糖化血红蛋白测定', 1], ['肾功能(三项)', 1], ['电解质(四项)', 1]] : []), ['苯磺酸氨氯地平片', 30], ['厄贝沙坦片', 30], ['阿司匹林肠溶片', 30], ['阿托伐他汀钙片', 30], ['单硝酸异山梨酯缓释片', 30], ['精蛋白生物合成人胰岛素注射液', 2], ['阿卡波糖片', 90], ['血塞通软胶囊', 60], ['乳果糖口服溶液', 20]] })); d = add(d, ri(28, 31)); }
    control('C17', metas); }
  // C18
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 80, ageMax: 92 }); const ed = prov(region, 'L2', 'emergency'); const d = randDate('2026-01-05', '2026-11-20'); const los = ri(2, 3);
    const a = claim({ pt, pv: ed, date: d, time: ri(600, 900), dx: ['A09.001', 'E86.x00', 'E87.600'], items: [consult(ed, { ed: true }), ['血常规(五分类)', 1], ['电解质(四项)', 1], ['肾功能(三项)', 1], ['大便常规+隐血', 1], ['静脉输液(第一组)', 1], ['复方氯化钠注射液', 2], ['一次性使用输液器', 1]] });
    const items = []; for (let i = 0; i < los; i++) { const dd = add(d, i); items.push(['住院诊查费', 1, { date: dd }], ['普通病房床位费(三人间)', 1, { date: dd }], ['Ⅱ级护理', 1, { date: dd }], ['静脉输液(第一组)', 1, { date: dd }], ['静脉输液(每增加一组)', 2, { date: dd }], ['葡萄糖氯化钠注射液', 3, { date: dd }], ['氯化钾注射液', 4, { date: dd }], ['一次性使用输液器', 1, { date: dd }], ['电解质(四项)', 1, { date: dd }], ['蒙脱石散', 3, { date: dd }]); }
    items.push(['常规心电图检查', 1, { date: d }]);
    const b = claim({ pt, pv: { p: ed.p, dept: 'geriatrics', doc: pick(ed.p.docs) }, vt: 'inpatient', adm: d, dis: add(d, los), route: 'emergency', dx: ['A09.001', 'E86.x00', 'E87.600'], items });
    control('C18', [a, b]); }
  // C19
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 58, ageMax: 82, chronic: ['J44'] }); const pv = prov(region, 'L2', 'respiratory'); let d = randDate('2026-01-05', '2026-08-01'); const metas = [];
    for (let i = 0; i < 3; i++) { metas.push(claim({ pt, pv, date: d, vt: 'chronic', dx: ['J44.900'], items: [consult(pv, { chronic: true }), ...(i === 0 ? [['肺功能检查', 1]] : []), ['布地奈德福莫特罗吸入粉雾剂', 1], ['噻托溴铵粉吸入剂', 1], ['硫酸沙丁胺醇吸入气雾剂', 1]] })); d = add(d, ri(28, 31)); }
    control('C19', metas); }
  // C20
  { const region = pick(REGIONS); const cancer = chance(0.6); const pt = person({ region, ageMin: 42, ageMax: 72, chronic: [cancer ? 'C18' : 'B18'] }); const l3 = prov(region, 'L3', cancer ? 'oncology' : 'infectious_diseases'); const ph = providers(region).PH2[0]; let d = randDate('2026-01-05', '2026-08-01'); const metas = [];
    metas.push(claim({ pt, pv: l3, date: d, vt: 'chronic', dx: cancer ? ['C18.900', 'Z51.102'] : ['B18.100'], items: [consult(l3, { chronic: true }), ['血常规(五分类)', 1], ['肝功能(全套)', 1], ...(cancer ? [['肿瘤标志物(CEA)测定', 1], ['肾功能(三项)', 1]] : [['乙肝五项定量', 1], ['腹部B超', 1]])] }));
    for (let i = 0; i < 3; i++) { metas.push(claim({ pt, pv: { p: ph, dept: 'pharmacy', doc: pick(ph.docs) }, date: add(d, i === 0 ? 0 : 0), time: 1000 + i, vt: 'chronic', dx: cancer ? ['C18.900', 'Z51.102'] : ['B18.100'], items: cancer ? [['卡培他滨片', 84]] : [['恩替卡韦分散片', 30]] })); d = add(d, cancer ? 21 : ri(28, 30)); }
    control('C20', metas); }
  // C21
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 50, ageMax: 80 }); const pv = prov(region, 'L2', 'dermatology'); const d = randDate();
    const a = claim({ pt, pv, date: d, dx: ['B02.900'], items: [consult(pv), ['阿昔洛韦片', 140], ['复合维生素B片', 21], ['对乙酰氨基酚片', 9]] });
    const b = claim({ pt, pv, date: add(d, 7), dx: ['B02.900'], items: [consult(pv), ['盐酸曲马多缓释片', 14]] });
    control('C21', [a, b]); }
  // C22
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 40, ageMax: 75 }); const pv = prov(region, 'L3', 'vascular_surgery'); const d = randDate();
    const a = claim({ pt, pv, date: d, dx: ['I80.200'], items: [consult(pv, { senior: true }), ['D-二聚体测定', 1], ['下肢血管彩色多普勒超声', 1], ['凝血四项', 1], ['血常规(五分类)', 1], ['肾功能(三项)', 1], ['依诺肝素钠注射液', 10], ['皮下注射', 1], ['利伐沙班片', 42]] });
    const b = claim({ pt, pv, date: add(d, 21), dx: ['I80.200'], items: [consult(pv), ['血常规(五分类)', 1], ['利伐沙班片', 30]] });
    control('C22', [a, b]); }
  // C23
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 32, ageMax: 62, gender: 'F' }); const thy = chance(0.5); const l2 = prov(region, 'L2', thy ? 'endocrinology' : 'breast_surgery'); const l3 = prov(region, 'L3', thy ? 'endocrinology' : 'breast_surgery'); const d = randDate();
    const a = claim({ pt, pv: l2, date: d, dx: [thy ? 'E04.100' : 'N63.x00'], items: [consult(l2), thy ? ['甲状腺彩超', 1] : ['乳腺彩超', 1], ...(thy ? [['甲状腺功能(三项)', 1]] : [])] });
    const b = claim({ pt, pv: l3, date: add(d, ri(3, 7)), dx: [thy ? 'E04.100' : 'N63.x00'], items: [consult(l3, { senior: true }), thy ? ['甲状腺彩超', 1] : ['乳腺彩超', 1]] });
    control('C23', [a, b]); }
  // C24
  { const region = pick(REGIONS); const pt = person({ region, ageMin: 18, ageMax: 35 }); const pv = prov(region, pick(['L2', 'L3']), 'stomatology'); const d = randDate();
    const a = claim({ pt, pv, date: d, dx: ['K01.100'], items: [consult(pv), ['局部浸润麻醉', 1], ['阻生牙拔除术', 1], ['可吸收缝线', 1], ['阿莫西林胶囊', 18], ['布洛芬缓释胶囊', 6]] });
    const b = claim({ pt, pv, date: add(d, ri(3, 4)), dx: ['K10.300'], items: [consult(pv), ['换药(小)', 1], ['局部浸润麻醉', 1], ['布洛芬缓释胶囊', 6]] });
    control('C24', [a, b]); }
}

// === ROUTINE ===
for (let i = 0; i < 100; i++) {
  const region = pick(REGIONS); const r = rnd();
  let m;
  if (r < 0.4) { const kind = pick(['uri', 'pharyngitis', 'bronchitis', 'gastro', 'gastritis', 'derm', 'eye', 'uti', 'back', 'rhinitis', 'insomnia', 'knee']); const kidOk = ['uri', 'pharyngitis', 'gastro', 'derm', 'eye'].includes(kind);
    const pt = kidOk && chance(0.3) ? person({ region, ageMin: 2, ageMax: 12, scheme: 'resident' }) : person({ region, ageMin: kind === 'knee' ? 50 : 18, ageMax: 80, gender: kind === 'uti' ? 'F' : undefined });
    const pv = prov(region, pick(['TC', 'CHC', 'L2', 'L3']), child(pt) ? 'paediatrics' : 'general'); const b = acuteBill(kind, pt, pv); m = claim({ pt, pv, date: randDate(), dx: b.dx, items: [consult(pv), ...b.items] }); }
  else if (r < 0.6) { const pt = person({ region, ageMin: 18, ageMax: 75 }); const pv = prov(region, 'PH1', 'pharmacy'); const v = pick([[['J06.900'], [['连花清瘟胶囊', 24], ['板蓝根颗粒', 9]]], [[DXC.I10], [['苯磺酸氨氯地平片', 30]]], [['K29.700'], [['奥美拉唑肠溶胶囊', 14]]], [['J30.400'], [['氯雷他定片', 10]]], [['H10.900'], [['左氧氟沙星滴眼液', 1]]], [['M54.500'], [['布洛芬缓释胶囊', 12]]]]);
    m = claim({ pt, pv, date: randDate(), vt: 'pharmacy', dx: v[0], items: v[1] }); }
  else if (r < 0.85) { const dz = pick([['I10'], ['E11'], ['I10', 'E11'], ['I10', 'E78'], ['I25', 'E78']]); const pt = person({ region, ageMin: 50, ageMax: 85, chronic: dz.filter(x => x !== 'E78') }); const pv = prov(region, pick(['CHC', 'TC', 'L2']), 'general');
    m = claim({ pt, pv, date: randDate(), vt: dz.includes('E78') && dz.length === 1 ? 'outpatient' : 'chronic', dx: dz.map(x => DXC[x]), items: [consult(pv, { chronic: true }), ...(dz.includes('E11') ? [['血糖监测(快速)', 1]] : []), ...chronicDrugs(dz, 30)] }); }
  else { const pt = person({ region, ageMin: 12, ageMax: 70 }); const pv = prov(region, pick(['DEN', 'L2']), 'stomatology'); const v = pick([[['K02.900'], [['局部浸润麻醉', 1], ['根管治疗术', 1]]], [['K08.300'], [['局部浸润麻醉', 1], ['牙拔除术', 1]]], [['K05.100'], [['龈上洁治术(牙周洁治)', 1]]]]);
    m = claim({ pt, pv, date: randDate(), dx: v[0], items: [consult(pv), ...v[1]] }); }
  LABELS.push({ caseId: `R-${String(i + 1).padStart(3, '0')}`, kind: 'routine', code: 'R', name: '常规门诊/药店/慢特病结算', metas: [m], targets: [m] });
}

// ---------- settle order, ids, groups ----------
CLAIMS.sort((a, b) => (a.settle < b.settle ? -1 : a.settle > b.settle ? 1 : a.time - b.time || a.ord - b.ord));
const seqs = {};
for (const m of CLAIMS) { const h = m.c.provider.hospitalId; seqs[h] = (seqs[h] || 0) + 1; m.c.claimId = `${m.c.region}-${h}-2026-${String(seqs[h]).padStart(6, '0')}`; }
if (GROUPS) {
  const G = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const id = g.claimId; const drg = (g.grouping && g.grouping.drg) || g.drg || (g.group && g.group.drg); if (id) G[id] = { drg: drg || null, dip: (g.grouping && g.grouping.dip) || g.dip || null }; }
  for (const m of CLAIMS) if (m.c.visitType === 'inpatient') { const g = G[m.c.claimId]; if (!g) throw new Error('no grouping for ' + m.c.claimId); m.c.reportedGroup = { drg: g.drg, dip: g.dip }; }
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(m => JSON.stringify(m.c)).join('\n') + '\n');
const labels = LABELS.map(l => {
  const mutatedLines = {};
  if (l.kind === 'fraud') for (const m of l.targets) if (m.mut.length) mutatedLines[m.c.claimId] = m.mut.slice();
  return { caseId: l.caseId, kind: l.kind, code: l.code, name: l.name, claimIds: l.metas.map(m => m.c.claimId), targets: l.targets.map(m => m.c.claimId), mutatedLines };
});
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
const kinds = {}; for (const l of labels) kinds[l.kind] = (kinds[l.kind] || 0) + 1;
console.error(`blind43: ${CLAIMS.length} claims, cases ${JSON.stringify(kinds)}, inpatient ${CLAIMS.filter(m => m.c.visitType === 'inpatient').length}`);
