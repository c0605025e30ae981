#!/usr/bin/env node
// blind56: rheumatology, immunology, dermatology/allergy and nephrology outpatient care (and the stays they need).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes claims.ndjson (settlement order) and labels.json.
// Money is computed in integer fen and written as yuan (fen / 100), as CONTRACTS.md fixes yuan in the JSON.
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base56/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- seeded random ----------
let seed = 56056;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const ROW = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json', 'drugs-mental-health.json', 'services-home-and-online.json']) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!ROW[r.name]) ROW[r.name] = r;
}
function row(name) { const r = ROW[name]; if (!r) throw new Error('no catalogue row: ' + name); return r; }

// ---------- groups (pass 2) ----------
const GRP = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) {
  if (!line.trim()) continue; const g = JSON.parse(line);
  const id = g.claimId; const drg = (g.grouping && g.grouping.drg) || g.drg || (g.result && g.result.drg) || null;
  if (id) GRP[id] = drg;
}

// ---------- policies (rules/benefits/policies.json of the frozen build, copied figures) ----------
// employee/resident × visitType: deductible (inpatient by level), ratio by level, retiree bonus
const POL = {
  '22': { employee: { inpatient: { d: { 1: 200, 2: 500, 3: 900 }, r: { 1: .9, 2: .85, 3: .8 }, rb: .05 } }, resident: { inpatient: { d: { 1: 200, 2: 500, 3: 1000 }, r: { 1: .8, 2: .7, 3: .6 }, rb: 0 } } },
  '23': { employee: { inpatient: { d: { 1: 200, 2: 500, 3: 1000 }, r: { 1: .9, 2: .85, 3: .8 }, rb: .05 } }, resident: { inpatient: { d: { 1: 200, 2: 500, 3: 1000 }, r: { 1: .8, 2: .7, 3: .6 }, rb: 0 } } },
  '37': { employee: { inpatient: { d: { 1: 300, 2: 600, 3: 1000 }, r: { 1: .9, 2: .85, 3: .8 }, rb: .05 } }, resident: { inpatient: { d: { 1: 300, 2: 600, 3: 1000 }, r: { 1: .8, 2: .7, 3: .6 }, rb: 0 } } },
  '51': { employee: { inpatient: { d: { 1: 200, 2: 500, 3: 1000 }, r: { 1: .9, 2: .85, 3: .8 }, rb: .05 } }, resident: { inpatient: { d: { 1: 200, 2: 600, 3: 1100 }, r: { 1: .8, 2: .7, 3: .6 }, rb: 0 } } },
};
const COMMON = {
  employee: { outpatient: { r: { 1: .7, 2: .6, 3: .5 }, rb: .1 }, chronic: { r: { 1: .85, 2: .85, 3: .8 }, rb: .05 }, pharmacy: { r: { 1: .6, 2: .6, 3: .6 }, rb: .1 } },
  resident: { outpatient: { r: { 1: .6, 2: .5, 3: .5 }, rb: 0 }, chronic: { r: { 1: .7, 2: .65, 3: .6 }, rb: 0 }, pharmacy: { r: { 1: .5, 2: .5, 3: .5 }, rb: 0 } },
};

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const ds = (n) => new Date(D0 + n * 86400000).toISOString().slice(0, 10); // day number in 2025 -> ISO
const age = (birth, on) => { const b = new Date(birth), o = new Date(on); let a = o.getUTCFullYear() - b.getUTCFullYear(); if (o.getUTCMonth() < b.getUTCMonth() || (o.getUTCMonth() === b.getUTCMonth() && o.getUTCDate() < b.getUTCDate())) a--; return a; };

// ---------- regions, providers ----------
const REGIONS = ['220100', '220200', '230100', '230600', '370100', '370200', '510100', '510700'];
// n picks the kind of institution (1 general hospital, 2 TCM, 3 clinic group, 4/5 community); the number within it is drawn, so cases spread over several institutions
const hosp = (region, level, n = 1) => ({ hospitalId: 'H' + region + String(level) + String(n <= 1 ? ri(1, 4) : n === 2 ? ri(5, 6) : ri(7, 9)), level });
const pharm = (region) => ({ hospitalId: 'Y' + region + String(ri(1, 12)).padStart(2, '0'), level: 1 });
let docN = 100; const newDoc = () => 'D' + String(++docN).padStart(4, '0');
const DOC = {}; const doctorOf = (prov, dept) => { const k = prov.hospitalId + dept + ri(1, 3); return DOC[k] || (DOC[k] = newDoc()); };

// ---------- people ----------
let pidN = 0;
function person({ sex, ageMin = 30, ageMax = 65, ins, region, chronic } = {}) {
  const gender = sex || (rnd() < 0.55 ? 'F' : 'M');
  const a = ri(ageMin, ageMax);
  const birthDate = `${2025 - a - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const insuranceType = ins || (a < 22 ? 'resident' : rnd() < 0.7 ? 'employee' : 'resident');
  const retAge = gender === 'M' ? 60 : 55; const retired = insuranceType === 'employee' && a >= retAge;
  const cy = insuranceType === 'employee' ? (retired ? (gender === 'M' ? ri(31, 38) : ri(26, 35)) : Math.max(1, Math.min(a - 20, ri(5, 25)))) : Math.min(a, ri(6, 15));
  return {
    insuredId: 'B56' + String(++pidN).padStart(6, '0'), gender, birthDate, retired, insuranceType, region,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: Math.min(cy, 10), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: cy, special: null, ...(chronic ? { chronicDiseases: chronic } : {}) },
  };
}

// ---------- claims ----------
const USED = {}; let claimN = 0; const CLAIMS = []; let curCase = 0; let curSeq = 0;
// it: [name, qty, dayOffset|date, extra]
function mkItems(level, list, dateOf) {
  let n = 0; const items = [];
  for (const [name, qty, when, extra] of list) {
    if (!qty) continue;
    const r = row(name); const cap = r.priceCap[String(level)];
    const pf = Math.round(cap * 100 * ((extra && extra.priceFactor) || 1));
    const af = pf * qty;
    items.push({ lineId: String(++n), code: r.products ? r.products[0] : r.code, name: r.name, category: r.category, date: dateOf(when), quantity: qty, unitPrice: pf / 100, amount: af / 100, _af: af, _spf: Math.round(af * (r.selfPayShare || 0)), ...(extra && extra.long ? { longPrescription: true } : {}) });
  }
  return items;
}
function finish(c, p, lineCount) {
  const total = c.items.reduce((a, i) => a + i._af, 0); const self = c.items.reduce((a, i) => a + i._spf, 0);
  const policy = total - self; const prov = (c.insuredRegion || c.region).slice(0, 2); const lvl = c.provider.level;
  let fund;
  if (c.visitType === 'inpatient') {
    const P = POL[prov][p.insuranceType].inpatient; const r = P.r[lvl] + (p.retired ? P.rb : 0);
    fund = Math.floor(Math.max(0, policy - P.d[lvl] * 100) * r);
  } else {
    const P = COMMON[p.insuranceType][c.visitType]; const r = P.r[lvl] + (p.retired ? P.rb : 0);
    fund = Math.floor(policy * r);
    const chronicN18 = c.visitType === 'chronic' && c.diagnoses.some(x => x.code.startsWith('N18'));
    const capY = c.visitType === 'chronic' ? (p.insuranceType === 'employee' ? (chronicN18 ? 80000 : 10000) : (chronicN18 ? 60000 : 5000)) : (p.insuranceType === 'employee' ? 3000 : ((c.insuredRegion || c.region) === '510100' ? 500 : 400));
    const key = p.insuredId + (c.visitType === 'chronic' ? 'C' + chronicN18 : 'O');
    const used = USED[key] || 0; fund = Math.max(0, Math.min(fund, capY * 100 - used)); USED[key] = used + fund;
  }
  for (const i of c.items) { delete i._af; delete i._spf; }
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  return c;
}
function base(p, prov, dept, visitType, dx) {
  const id = `${p.region}-${prov.hospitalId}-2025-${String(++claimN).padStart(6, '0')}`;
  return {
    claimId: id, region: p.region, insuranceType: p.insuranceType, visitType,
    patient: { insuredId: p.insuredId, gender: p.gender, birthDate: p.birthDate, retired: p.retired },
    enrollment: { ...p.enrollment },
    provider: { hospitalId: prov.hospitalId, level: prov.level, department: dept, doctorId: doctorOf(prov, dept) },
  };
}
// outpatient / chronic / pharmacy visit on day number `day`
function visit(p, prov, dept, vt, day, dx, list, o = {}) {
  const c = base(p, prov, dept, vt, dx);
  if (o.region) { c.region = o.region; c.claimId = c.claimId.replace(/^\d{6}/, o.region); c.insuredRegion = p.region; }
  if (o.doctorId) c.provider.doctorId = o.doctorId;
  c.visitDate = ds(day);
  c.diagnoses = dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = [];
  c.items = mkItems(prov.level, list, () => ds(day));
  finish(c, p);
  CLAIMS.push({ c, sort: day, k: curCase, s: ++curSeq });
  return c;
}
// inpatient stay: admission day, los (nights); daily: [[name, qtyPerDay, fromDay?, toDay?]] (day offsets, toDay inclusive, default whole stay incl. discharge day for non-bed);
function stay(p, prov, dept, adm, los, dx, px, daily, once, o = {}) {
  const c = base(p, prov, dept, 'inpatient', dx);
  c.admissionDate = ds(adm); c.dischargeDate = ds(adm + los);
  c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered';
  c.diagnoses = dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = px.map(([code, off]) => ({ code, date: ds(adm + off) }));
  const list = [];
  const bedDays = [['普通病房床位费(三人间)', 1], ['Ⅱ级护理', 1], ['住院诊查费', 1]];
  if (!o.noBed) for (const [n, q] of (o.bed || bedDays)) for (let d = 0; d < los; d++) list.push([n, q, d]);
  for (const [n, q, from = 0, to = los - 1] of daily) for (let d = from; d <= Math.min(to, los); d++) list.push([n, q, d]);
  for (const [n, q, off = 0, extra] of once) {
    const mx = q ? row(n).maxPerDay : null; let left = q, dd = off;
    if (mx && q > mx) { while (left > 0) { list.push([n, Math.min(mx, left), Math.min(dd, los), extra]); left -= mx; dd++; } }
    else list.push([n, q, off, extra]);
  }
  c.items = mkItems(prov.level, list, (off) => ds(adm + Math.min(off, los)));
  if (GRP[c.claimId] !== undefined) c.reportedGroup = { drg: GRP[c.claimId], dip: null };
  finish(c, p);
  CLAIMS.push({ c, sort: adm + los, k: curCase, s: ++curSeq });
  return c;
}
const lineIds = (c, names) => c.items.filter(i => names.includes(i.name)).map(i => i.lineId);

// ---------- common item bundles ----------
const consult = (lvl, senior) => (lvl >= 2 && senior ? [senior === 2 ? '主任医师门诊诊察费' : '副主任医师门诊诊察费', 1] : ['普通门诊诊察费', 1]);
const MTXLABS = [['血常规(五分类)', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1]];
const RENALLABS = [['尿常规', 1], ['肾功能(三项)', 1], ['电解质(四项)', 1]];

// ---------- labels ----------
const LABELS = [];
function label(kind, code, name, claims, targets, mutated) {
  const caseId = `${code}-${String(LABELS.filter(l => l.code === code).length + 1).padStart(2, '0')}`;
  const L = { caseId, kind, code, name, claimIds: claims.map(c => c.claimId), targets: (targets || []).map(c => c.claimId), mutatedLines: {} };
  if (kind === 'fraud') L.typology = code; else if (kind === 'control') L.control = code;
  for (const [c, lines] of (mutated || [])) if (lines.length) L.mutatedLines[c.claimId] = lines;
  LABELS.push(L);
}
const startDay = () => ri(45, 300);
const reg = () => pick(REGIONS);

// =====================================================================================
// FRAUD TYPOLOGIES
// =====================================================================================
const T = {};
T.T01 = { name: '串换药品: 贵细饮片(冬虫夏草/西洋参)按甲类饮片记账', make(i) {
  const r = reg(); const p = person({ ageMin: 40, ageMax: 72, region: r }); const prov = hosp(r, pick([1, 2]), 2); const d = startDay();
  const dx = pick([['N02.801'], ['N18.300'], ['N04.900'], ['N18.400', 'I10.x00x002'], ['M06.900']]);
  const ji = i < 8 ? [ri(90, 150), ri(45, 80)] : [ri(40, 55), ri(28, 40)]; const jf = ri(7, 14);
  const c = visit(p, prov, 'tcm', 'outpatient', d, dx, [consult(prov.level, i % 3 === 0 ? 1 : 0), ['黄芪', ji[0] * jf], ['党参', ji[1] * jf], ['当归', 10 * jf], ['茯苓', 15 * jf], ['白术', 12 * jf], ['甘草', 6 * jf], ['丹参', 15 * jf]]);
  const hist = [];
  if (i % 2 === 0) hist.push(visit(p, prov, 'tcm', 'outpatient', d - ri(20, 35), dx, [consult(prov.level, 0), ['黄芪', 30 * 14], ['党参', 15 * 14], ['当归', 10 * 14], ['茯苓', 15 * 14], ['甘草', 6 * 14]]));
  label('fraud', 'T01', this.name, [...hist, c], [c], [[c, lineIds(c, ['黄芪', '党参'])]]);
} };
T.T02 = { name: '串换项目: 体检套餐拆成风湿/痛风随访检查(同日成批)', make(i) {
  const r = reg(); const prov = hosp(r, pick([1, 2]), 3); const d = startDay(); const doc = newDoc();
  const n = i < 8 ? 3 : 2; const claims = []; const mut = [];
  const dx = pick([['M10.900'], ['E79.001'], ['M06.900'], ['M15.900']]);
  for (let k = 0; k < n; k++) {
    const p = person({ ageMin: 35, ageMax: 58, ins: 'employee', region: r });
    const extra = i < 8 ? (p.gender === 'F' ? [['乳腺彩超', 1], ['妇科B超', 1], ['甲状腺彩超', 1], ['胸部X线摄影(正侧位)', 1], ['常规心电图检查', 1], ['血脂(四项)', 1], ['腹部B超', 1]] : [['前列腺特异性抗原(PSA)测定', p.gender === 'M' && age(p.birthDate, ds(d)) >= 40 ? 1 : 0], ['甲状腺彩超', 1], ['胸部X线摄影(正侧位)', 1], ['常规心电图检查', 1], ['血脂(四项)', 1], ['腹部B超', 1]])
      : [['血脂(四项)', 1], ['甲状腺彩超', 1], ['腹部B超', 1]];
    const c = visit(p, prov, 'rheumatology', 'outpatient', d, dx, [consult(prov.level, 0), ['血常规(五分类)', 1], ['尿常规', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1], ['空腹血糖测定', 1], ...extra], { doctorId: doc });
    claims.push(c); mut.push([c, lineIds(c, extra.map(e => row(e[0]).name))]);
  }
  label('fraud', 'T02', this.name, claims, claims, mut);
} };
T.T03 = { name: '超限定支付: 限定适应证/年龄的药品用于范围外', make(i) {
  const r = reg(); const v = i % 5; const d = startDay(); let c, hist = [], mline;
  if (v === 0) { // EPO for anaemia of RA (not renal)
    const p = person({ ageMin: 35, ageMax: 68, region: r, ins: 'employee' }); const prov = hosp(r, 3, 1);
    c = visit(p, prov, 'rheumatology', 'outpatient', d, i < 8 ? ['M06.900', 'D64.904'] : ['M05.900', 'D64.900', 'N28.900'], [consult(3, 1), ['血常规(五分类)', 1], ['肾功能(三项)', 1], ['重组人促红素注射液', 12], ['皮下注射', 1], ['琥珀酸亚铁片', 60]]); mline = ['重组人促红素注射液'];
  } else if (v === 1) { // teriparatide outside age / indication
    const p = person({ ageMin: i < 8 ? 38 : 52, ageMax: i < 8 ? 47 : 60, sex: 'F', region: r, ins: 'employee' }); const prov = hosp(r, 3, 1);
    c = visit(p, prov, 'rheumatology', 'outpatient', d, i < 8 ? ['M32.900', 'M81.400'] : ['M06.900', 'M85.800'], [consult(3, 2), ['骨密度测定(双能X线)', 1], ['特立帕肽注射液', 1], ['碳酸钙D3片', 30], ['骨化三醇软胶囊', 30]]); mline = ['特立帕肽注射液'];
  } else if (v === 2) { // albumin in lupus nephritis without nephrotic-range coding
    const p = person({ ageMin: 22, ageMax: 50, sex: 'F', region: r }); const prov = hosp(r, pick([2, 3]), 1); const los = ri(7, 11);
    c = stay(p, prov, 'rheumatology', d, los, i < 8 ? ['M32.101+N08.5*'] : ['M32.101+N08.5*', 'R80.x02'], [], [['醋酸泼尼松片', 8]], [...MTXLABS, ['尿常规', 2], ['电解质(四项)', 1], ['人血白蛋白', i < 8 ? 6 : 3, 2], ['呋塞米注射液', 4, 2], ['泌尿系B超', 1, 1]]); mline = ['人血白蛋白'];
  } else if (v === 3) { // levocarnitine in non-dialysis CKD
    const p = person({ ageMin: 50, ageMax: 78, region: r }); const prov = hosp(r, pick([2, 3]), 1); const los = ri(6, 10);
    c = stay(p, prov, 'nephrology', d, los, i < 8 ? ['N18.400'] : ['N18.500', 'I10.x00x002'], [], [['左卡尼汀注射液', 1, 1, los - 1], ['碳酸钙D3片', 2]], [['血常规(五分类)', 2], ['肾功能(三项)', 2], ['电解质(四项)', 2], ['泌尿系B超', 1], ['重组人促红素注射液', 2], ['静脉注射', los - 1, 1]]); mline = ['左卡尼汀注射液'];
  } else { // alendronate for osteopenia (not osteoporosis)
    const p = person({ ageMin: 48, ageMax: 70, sex: 'F', region: r }); const prov = hosp(r, 2, 1);
    c = visit(p, prov, 'rheumatology', 'outpatient', d, i < 8 ? ['M06.900', 'M85.800'] : ['M45.x00', 'M85.803'], [consult(2, 1), ['骨密度测定(双能X线)', 1], ['阿仑膦酸钠片', 4], ['碳酸钙D3片', 28], ['醋酸泼尼松片', 28]]); mline = ['阿仑膦酸钠片'];
  }
  label('fraud', 'T03', this.name, [...hist, c], [c], [[c, lineIds(c, mline)]]);
} };
T.T04 = { name: '超量开药/倒卖: 多机构重叠取药(塞来昔布、泼尼松、促红素、骨化三醇)', make(i) {
  const r = reg(); const p = person({ ageMin: 45, ageMax: 75, region: r, ins: 'employee' }); let d = ri(10, 250);
  const provs = [hosp(r, 3, 1), hosp(r, 2, 1), pharm(r, 1), pharm(r, 2)]; const claims = []; const targets = []; const mut = [];
  const renal = i % 3 === 2; const n = i < 8 ? 5 : 4; const gap = i < 8 ? [6, 10] : [15, 19];
  const drugs = renal ? [['重组人促红素注射液', 12], ['骨化三醇软胶囊', 30], ['碳酸钙D3片', 60]] : [['塞来昔布胶囊', 56], ['醋酸泼尼松片', 56], ['奥美拉唑肠溶胶囊', 28]];
  const dx = renal ? ['N18.400x001+D63.8*'] : pick([['M06.900'], ['M45.x00'], ['M10.002']]);
  for (let k = 0; k < n; k++) {
    const prov = provs[k % (i < 8 ? 4 : 2)]; const isPh = prov.hospitalId[0] === 'Y';
    const list = isPh ? drugs : [consult(prov.level, 0), ...drugs];
    const c = visit(p, prov, isPh ? 'pharmacy' : (renal ? 'nephrology' : 'rheumatology'), isPh ? 'pharmacy' : 'outpatient', d, dx, list);
    claims.push(c); if (k > 0) { targets.push(c); mut.push([c, lineIds(c, drugs.map(x => x[0]))]); }
    d += ri(gap[0], gap[1]);
  }
  label('fraud', 'T04', this.name, claims, targets, mut);
} };
T.T05 = { name: '重复收费: 组套项目与其组分同日重复计费', make(i) {
  const r = reg(); const p = person({ ageMin: 30, ageMax: 70, region: r }); const prov = hosp(r, pick([2, 3]), 1); const d = startDay();
  const dx = pick([['M06.900'], ['M32.900'], ['N02.801'], ['N18.300'], ['M10.002']]);
  const v = i % 3; let c, c2, mut;
  if (i < 10) {
    const dup = v === 0 ? [['肌酐测定', 1], ['尿素测定', 1]] : v === 1 ? [['血红蛋白测定', 1]] : [['丙氨酸氨基转移酶测定', 1], ['天门冬氨酸氨基转移酶测定', 1]];
    c = visit(p, prov, dx[0][0] === 'N' ? 'nephrology' : 'rheumatology', 'outpatient', d, dx, [consult(prov.level, 1), ...MTXLABS, ['尿常规', 1], ...dup, ['醋酸泼尼松片', 28]]);
    mut = [[c, lineIds(c, dup.map(x => x[0]))]];
    label('fraud', 'T05', this.name, [c], [c], mut);
  } else { // same tests billed again on a second same-day claim of the same hospital
    c = visit(p, prov, 'nephrology', 'outpatient', d, dx, [consult(prov.level, 1), ['肾功能(三项)', 1], ['血常规(五分类)', 1], ['尿常规', 1]]);
    c2 = visit(p, prov, 'nephrology', 'outpatient', d, dx, [['肾功能(三项)', 1], ['血常规(五分类)', 1], ['厄贝沙坦片', 28]]);
    label('fraud', 'T05', this.name, [c, c2], [c2], [[c2, lineIds(c2, ['肾功能(三项)', '血常规(五分类)'])]]);
  }
} };
T.T06 = { name: '分解收费: 输液按每组首组计费 / 一次就诊拆成两张结算单', make(i) {
  const r = reg(); const d = startDay();
  if (i % 2 === 0) {
    const p = person({ ageMin: 20, ageMax: 60, region: r }); const prov = hosp(r, pick([2, 3]), 1); const los = ri(6, 10);
    const c = stay(p, prov, 'rheumatology', d, los, pick([['M32.101+N08.5*'], ['N04.900'], ['M33.101']]), [], [['静脉输液(第一组)', i < 8 ? 3 : 2, 0, 4], ['注射用甲泼尼龙琥珀酸钠', 2, 0, 2], ['氯化钠注射液', 3, 0, 4], ['一次性使用输液器', 2, 0, 4], ['注射用奥美拉唑钠', 1, 0, 4]], [...MTXLABS, ['尿常规', 1], ['电解质(四项)', 1]]);
    label('fraud', 'T06', this.name, [c], [c], [[c, lineIds(c, ['静脉输液(第一组)'])]]);
  } else {
    const p = person({ ageMin: 30, ageMax: 70, region: r }); const prov = hosp(r, pick([2, 3]), 1); const dx = pick([['M06.900'], ['L40.000'], ['M10.002'], ['L20.900']]);
    const dept = dx[0][0] === 'L' ? 'dermatology' : 'rheumatology';
    const c1 = visit(p, prov, dept, 'outpatient', d, dx, [consult(prov.level, 1), ['血常规(五分类)', 1], ['肝功能(全套)', 1]]);
    const c2 = visit(p, prov, dept, 'outpatient', d + (i < 8 ? 0 : 1), dx, [consult(prov.level, 1), dept === 'dermatology' ? ['丁酸氢化可的松乳膏', 2] : ['塞来昔布胶囊', 28], ['奥美拉唑肠溶胶囊', 14]]);
    label('fraud', 'T06', this.name, [c1, c2], [c2], [[c2, lineIds(c2, [c2.items[0].name])]]);
  }
} };
T.T07 = { name: '虚记/虚增: 稳定住院患者每日监护、吸氧、康复计费', make(i) {
  const r = reg(); const p = person({ ageMin: 40, ageMax: 75, region: r }); const prov = hosp(r, pick([1, 2, 3]), 1); const d = startDay(); const los = ri(7, 11);
  const dx = pick([['M06.900'], ['M10.002'], ['N02.801'], ['M45.x00'], ['L40.000']]);
  const fake = i < 8 ? [['心电监测', 24], ['血氧饱和度监测', 24], ['吸氧', 20]] : [['心电监测', 10], ['血氧饱和度监测', 10], ['运动疗法', 2]];
  const c = stay(p, prov, dx[0][0] === 'L' ? 'dermatology' : dx[0][0] === 'N' ? 'nephrology' : 'rheumatology', d, los, dx, [], [...fake, ['塞来昔布胶囊', 2]], [...MTXLABS, ['尿常规', 1], ['C反应蛋白测定', 1]]);
  label('fraud', 'T07', this.name, [c], [c], [[c, lineIds(c, fake.map(x => x[0]))]]);
} };
T.T08 = { name: '过度检查: 稳定随访反复开高值影像/肿瘤标志物', make(i) {
  const r = reg(); const p = person({ ageMin: 30, ageMax: 65, region: r }); const prov = hosp(r, pick([2, 3]), 1); let d = ri(10, 230);
  const dx = pick([['L50.802'], ['M10.002'], ['L20.900'], ['M06.900'], ['J30.400']]);
  const dept = dx[0][0] === 'L' ? 'dermatology' : dx[0][0] === 'J' ? 'allergy' : 'rheumatology';
  const over = i < 8 ? [['胸部CT平扫', 1], ['心脏彩色多普勒超声', 1], ['肿瘤标志物(CEA)测定', 1], ['甲胎蛋白(AFP)测定', 1], ['糖类抗原19-9(CA19-9)测定', 1], ['B型钠尿肽(BNP)测定', 1], ['降钙素原测定', 1], ['D-二聚体测定', 1]] : [['胸部CT平扫', 1], ['肿瘤标志物(CEA)测定', 1], ['心脏彩色多普勒超声', 1]];
  const claims = []; const mut = [];
  for (let k = 0; k < 3; k++) {
    const c = visit(p, prov, dept, 'outpatient', d, dx, [consult(prov.level, 1), ['血常规(五分类)', 1], ...over, dept === 'rheumatology' ? ['塞来昔布胶囊', 28] : ['氯雷他定片', 28]]);
    claims.push(c); mut.push([c, lineIds(c, over.map(x => x[0]))]); d += ri(28, 40);
  }
  label('fraud', 'T08', this.name, claims, claims, mut);
} };
T.T09 = { name: '分解住院: 同院同病出院后短期再入院', make(i) {
  const r = reg(); const p = person({ ageMin: 20, ageMax: 75, region: r }); const prov = hosp(r, pick([2, 3]), 1); const d = ri(10, 270);
  const v = i % 3; const dx1 = v === 0 ? ['M32.101+N08.5*'] : v === 1 ? ['N04.900'] : ['M06.900'];
  const dx2 = i < 8 ? dx1 : v === 0 ? ['M32.100'] : v === 1 ? ['N04.200'] : ['M05.900'];
  const dept = v === 1 ? 'nephrology' : 'rheumatology';
  const l1 = ri(7, 10), l2 = ri(6, 9); const gap = i < 8 ? ri(1, 5) : ri(8, 14);
  const dd = [['醋酸泼尼松片', 8], ['奥美拉唑肠溶胶囊', 1], ['碳酸钙D3片', 1]];
  const c1 = stay(p, prov, dept, d, l1, dx1, [], dd, [...MTXLABS, ['尿常规', 1], ['电解质(四项)', 1], ['泌尿系B超', 1]]);
  const c2 = stay(p, prov, dept, d + l1 + gap, l2, dx2, [], dd, [...MTXLABS, ['尿常规', 1]]);
  label('fraud', 'T09', this.name, [c1, c2], [c2], []);
} };
T.T10 = { name: '挂床住院: 住院期间除床位护理外几乎无诊疗', make(i) {
  const r = reg(); const p = person({ ageMin: 50, ageMax: 80, region: r, ins: pick(['employee', 'resident']) }); const prov = hosp(r, pick([1, 2]), 1); const d = startDay(); const los = ri(9, 15);
  const dx = pick([['M06.900'], ['M10.002'], ['M15.900'], ['N18.300'], ['M45.x00']]);
  const once = i < 8 ? [['血常规(五分类)', 1], ['塞来昔布胶囊', 14]] : [['血常规(五分类)', 1], ['肾功能(三项)', 1, 4], ['塞来昔布胶囊', 2 * los], ['奥美拉唑肠溶胶囊', los], ['中药熏洗治疗（局部）', 1, 2], ['中药熏洗治疗（局部）', 1, 6]];
  const c = stay(p, prov, dx[0][0] === 'N' ? 'nephrology' : 'rheumatology', d, los, dx, [], [], once);
  label('fraud', 'T10', this.name, [c], [c], []);
} };
T.T11 = { name: '低标准入院: 门诊可治的荨麻疹/银屑病/痛风间歇期/湿疹收住院', make(i) {
  const r = reg(); const p = person({ ageMin: 25, ageMax: 70, region: r }); const prov = hosp(r, pick([1, 2]), 1); const d = startDay(); const los = ri(3, 6);
  const v = i % 4; const dx = [['L50.802'], ['L40.000'], ['M10.900'], ['L30.902']][v];
  const daily = v === 2 ? [['双氯芬酸钠缓释片', 1]] : [['氯雷他定片', 1]];
  const once = [['血常规(五分类)', 1], ['尿常规', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1], v === 2 ? ['泌尿系B超', 1] : ['丁酸氢化可的松乳膏', 2], ...(i >= 8 ? [['地塞米松磷酸钠注射液', 1], ['静脉注射', 1], ['中药熏洗治疗（局部）', 1, 1]] : [])];
  const c = stay(p, prov, v === 2 ? 'rheumatology' : 'dermatology', d, los, dx, [], daily, once);
  label('fraud', 'T11', this.name, [c], [c], []);
} };
T.T12 = { name: '冒名就医: 参保人住院期间或同日异地持卡就诊取药', make(i) {
  const r = reg(); const p = person({ ageMin: 45, ageMax: 80, region: r }); const d = startDay();
  const provA = hosp(r, 3, 1); const los = ri(8, 12);
  const s = stay(p, provA, 'nephrology', d, los, pick([['N04.900'], ['N18.400'], ['M32.101+N08.5*']]), [], [['醋酸泼尼松片', 6], ['呋塞米片', 2]], [...MTXLABS, ['尿常规', 2], ['泌尿系B超', 1]]);
  let c;
  if (i < 8) { const o = REGIONS.filter(x => x !== r && x.slice(0, 2) !== r.slice(0, 2)); const r2 = pick(o); c = visit(p, hosp(r2, 2, 2), 'rheumatology', 'outpatient', d + ri(2, los - 2), ['M06.900'], [consult(2, 0), ['塞来昔布胶囊', 28], ['醋酸泼尼松片', 56]], { region: r2 }); }
  else c = visit(p, pharm(r, 3), 'pharmacy', 'pharmacy', d + ri(2, los - 2), ['M10.002'], [['塞来昔布胶囊', 28], ['奥美拉唑肠溶胶囊', 14]]);
  label('fraud', 'T12', this.name, [s, c], [c], []);
} };
T.T13 = { name: '诱导就医: 基层机构组织老年参保人同日成批就诊、同方同量', make(i) {
  const r = reg(); const prov = hosp(r, 1, 4); const d = startDay(); const doc = newDoc(); const n = i < 8 ? 4 : 3;
  const dx = pick([['M15.900'], ['M10.002'], ['M06.900']]); const claims = [];
  for (let k = 0; k < n; k++) {
    const p = person({ ageMin: 66, ageMax: 82, region: r, ins: 'resident' });
    const list = [['一般诊疗费', 1], ['中药熏洗治疗（局部）', 1], ['中药定向透药疗法', i < 8 ? 3 : 2], ['普通针刺', 1], ['拔罐疗法', i < 8 ? 2 : 1], ['双氯芬酸钠缓释片', i < 8 ? 30 : 20 + k]];
    claims.push(visit(p, prov, 'tcm', 'outpatient', d, dx, list, { doctorId: doc }));
  }
  label('fraud', 'T13', this.name, claims, claims, []);
} };
T.T14 = { name: '门诊慢特病超范围: 以风湿/肾病慢特病待遇开其他疾病用药', make(i) {
  const r = i % 2 === 0 ? pick(['220100', '220200']) : reg(); const renal = i % 2 === 1;
  const p = person({ ageMin: 45, ageMax: 75, region: r, ins: 'employee', chronic: renal ? ['N18'] : ['M05'] }); const prov = hosp(r, pick([2, 3]), 1); const d = startDay();
  const dx = renal ? (i < 8 ? ['N18.500'] : ['N18.500', 'I10.x00x002']) : (i < 8 ? ['M05.900'] : ['M05.900', 'I10.x00x002']);
  const own = renal ? [['碳酸钙D3片', 60], ['骨化三醇软胶囊', 30]] : [['甲氨蝶呤片', 16], ['醋酸泼尼松片', 28]];
  const other = i < 8 ? [['阿托伐他汀钙片', 28], ['苯磺酸氨氯地平片', 28], ['琥珀酸美托洛尔缓释片', 28], ['单硝酸异山梨酯缓释片', 28]] : [['苯磺酸氨氯地平片', 28], ['阿托伐他汀钙片', 28]];
  const c = visit(p, prov, renal ? 'nephrology' : 'rheumatology', 'chronic', d, dx, [['门诊慢特病管理诊查费', 1], ...own, ...other]);
  label('fraud', 'T14', this.name, [c], [c], [[c, lineIds(c, other.map(x => x[0]))]]);
} };
T.T15 = { name: '高套编码: 加编无依据的严重并发症(MCC/CC)抬高DRG', make(i) {
  const r = reg(); const p = person({ ageMin: 25, ageMax: 75, region: r }); const prov = hosp(r, pick([2, 3]), 1); const d = startDay(); const los = ri(6, 10);
  const v = i % 3; const pdx = v === 0 ? 'M32.101+N08.5*' : v === 1 ? 'N04.900' : 'M06.900';
  const add = i < 8 ? pick([['J96.000', 'N17.900'], ['A41.900'], ['N17.900', 'E87.500']]) : pick([['E87.500'], ['D64.900'], ['N17.901']]);
  const c = stay(p, prov, v === 1 ? 'nephrology' : 'rheumatology', d, los, [pdx, ...add], [], [['醋酸泼尼松片', 6]], [...MTXLABS, ['尿常规', 1], ['电解质(四项)', 1]]);
  label('fraud', 'T15', this.name, [c], [c], []);
} };

// =====================================================================================
// CONTROLS (legitimate, uncommon look-alikes)
// =====================================================================================
const C = {};
C.C01 = { name: 'CKD/IgA肾病中药: 黄芪30g/剂足量, 冬虫夏草按丙类自费', pairs: 'T01', make(i) {
  const r = reg(); const p = person({ ageMin: 40, ageMax: 72, region: r }); const prov = hosp(r, pick([1, 2, 3]), 2); const d = startDay(); const jf = 14;
  const list = [consult(prov.level, 1), ['黄芪', 30 * jf], ['党参', 15 * jf], ['当归', 10 * jf], ['茯苓', 15 * jf], ['丹参', 15 * jf], ['甘草', 6 * jf]];
  if (i % 3 === 0) list.push(['冬虫夏草', 2 * jf]); if (i % 3 === 1) list.push(['西洋参', 4 * jf]);
  const c = visit(p, prov, 'tcm', 'outpatient', d, pick([['N02.801'], ['N18.300'], ['N04.900']]), list);
  label('control', 'C01', this.name, [c]);
} };
C.C02 = { name: '生物制剂/JAK抑制剂用药前筛查(乙肝、感染筛查、胸部CT)', pairs: 'T02,T08', make(i) {
  const r = reg(); const p = person({ ageMin: 20, ageMax: 60, region: r }); const prov = hosp(r, 3, 1); const d = startDay();
  const dx = pick([['M45.x00'], ['L40.000'], ['M05.900'], ['L20.900']]);
  const c = visit(p, prov, dx[0][0] === 'L' ? 'dermatology' : 'rheumatology', 'outpatient', d, dx, [consult(3, 2), ['乙肝五项定量', 1], ['术前八项(感染筛查)', 1], ['胸部CT平扫', 1], ['血常规(五分类)', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1], ['C反应蛋白测定', 1], ['尿常规', 1]]);
  label('control', 'C02', this.name, [c]);
} };
C.C03 = { name: 'CKD 3-4期肾性贫血: 促红素+铁剂(非透析)', pairs: 'T03,T04', make(i) {
  const r = reg(); const p = person({ ageMin: 50, ageMax: 80, region: r, ins: 'employee' }); const prov = hosp(r, pick([2, 3]), 1); let d = ri(10, 240);
  const claims = []; const dx = [pick(['N18.300x001+D63.8*', 'N18.400x001+D63.8*'])];
  for (let k = 0; k < 2; k++) { claims.push(visit(p, prov, 'nephrology', 'outpatient', d, dx, [consult(prov.level, 1), ['血常规(五分类)', 1], ['肾功能(三项)', 1], ['重组人促红素注射液', 12], ['皮下注射', 1], ['琥珀酸亚铁片', 84]])); d += 28; }
  label('control', 'C03', this.name, claims);
} };
C.C04 = { name: '糖皮质激素性骨质疏松: 特立帕肽(年龄≥50, 诊断M81.4)', pairs: 'T03', make(i) {
  const r = reg(); const p = person({ ageMin: 56, ageMax: 75, sex: pick(['F', 'F', 'M']), region: r, ins: 'employee' }); const prov = hosp(r, 3, 1); const d = startDay();
  const c = visit(p, prov, 'rheumatology', 'outpatient', d, [pick(['M81.400', 'M81.900']), pick(['M32.900', 'M06.900', 'M35.000'])], [consult(3, 2), ['骨密度测定(双能X线)', 1], ['特立帕肽注射液', 1], ['碳酸钙D3片', 30], ['骨化三醇软胶囊', 30], ['醋酸泼尼松片', 30]]);
  label('control', 'C04', this.name, [c]);
} };
C.C05 = { name: '肾病综合征低白蛋白血症住院: 人血白蛋白+利尿(N04编码)', pairs: 'T03', make(i) {
  const r = reg(); const p = person({ ageMin: 18, ageMax: 70, region: r }); const prov = hosp(r, pick([2, 3]), 1); const d = startDay(); const los = ri(8, 12);
  const c = stay(p, prov, 'nephrology', d, los, [pick(['N04.900', 'N04.200', 'N04.100', 'N04.000'])], [], [['醋酸泼尼松片', 12], ['奥美拉唑肠溶胶囊', 1]], [...MTXLABS, ['尿常规', 2], ['血脂(四项)', 1], ['凝血四项', 1], ['电解质(四项)', 2], ['人血白蛋白', 4, 1], ['呋塞米注射液', 6, 1], ['泌尿系B超', 1], ['下肢血管彩色多普勒超声', 1, 2]]);
  label('control', 'C05', this.name, [c]);
} };
C.C06 = { name: '维持性血透患者住院期间透析并用左卡尼汀', pairs: 'T03', make(i) {
  const r = reg(); const p = person({ ageMin: 45, ageMax: 78, region: r }); const prov = hosp(r, pick([2, 3]), 1); const d = startDay(); const los = 7;
  const days = [1, 3, 5];
  const once = [['血常规(五分类)', 2], ['肾功能(三项)', 2], ['电解质(四项)', 2], ['泌尿系B超', 1]];
  for (const k of days) once.push(['血液透析', 1, k], ['透析器', 1, k], ['一次性使用血液透析管路', 1, k], ['左卡尼汀注射液', 1, k], ['重组人促红素注射液', 1, k]);
  const c = stay(p, prov, 'nephrology', d, los, ['N18.500', 'I12.000'], days.map(k => ['39.9500', k]), [['碳酸钙D3片', 6]], once);
  label('control', 'C06', this.name, [c]);
} };
C.C07 = { name: '病情稳定长处方(12周): 狼疮/类风湿维持期激素+钙剂', pairs: 'T04', make(i) {
  const r = reg(); const p = person({ ageMin: 30, ageMax: 70, region: r, sex: 'F' }); const prov = hosp(r, 3, 1); let d = ri(10, 180);
  const claims = []; const dx = [pick(['M32.900', 'M06.900', 'M35.000'])];
  for (let k = 0; k < 2; k++) {
    claims.push(visit(p, prov, 'rheumatology', 'outpatient', d, dx, [consult(3, 1), ['血常规(五分类)', 1], ['肝功能(全套)', 1], ['醋酸泼尼松片', 84, 0, { long: true }], ['碳酸钙D3片', 84, 0, { long: true }], ['骨化三醇软胶囊', 84, 0, { long: true }]]));
    d += ri(80, 84);
  }
  label('control', 'C07', this.name, claims);
} };
C.C08 = { name: '异地居住参保人按时在居住地药店续药(不重叠)', pairs: 'T04,T12', make(i) {
  const r = reg(); const o = REGIONS.filter(x => x !== r); const r2 = pick(o); const p = person({ ageMin: 55, ageMax: 80, region: r, ins: 'employee' }); let d = ri(10, 200);
  const c1 = visit(p, hosp(r, 3, 1), 'rheumatology', 'outpatient', d, ['M06.900'], [consult(3, 1), ['甲氨蝶呤片', 16], ['塞来昔布胶囊', 28]]);
  const ph = pharm(r2);
  const c2 = visit(p, ph, 'pharmacy', 'pharmacy', d + ri(28, 31), ['M06.900'], [['甲氨蝶呤片', 16], ['塞来昔布胶囊', 28]], { region: r2 });
  const c3 = visit(p, ph, 'pharmacy', 'pharmacy', d + ri(57, 61), ['M06.900'], [['甲氨蝶呤片', 16], ['塞来昔布胶囊', 28]], { region: r2 });
  label('control', 'C08', this.name, [c1, c2, c3]);
} };
C.C09 = { name: '狼疮活动期大剂量泼尼松(1mg/kg)及减量方案', pairs: 'T04', make(i) {
  const r = reg(); const p = person({ ageMin: 18, ageMax: 45, sex: 'F', region: r }); const prov = hosp(r, 3, 1); const d = startDay();
  const c = visit(p, prov, 'rheumatology', 'outpatient', d, [pick(['M32.100', 'M32.111+D77*', 'M32.101+N08.5*'])], [consult(3, 2), ['血常规(五分类)', 1], ['尿常规', 1], ['肾功能(三项)', 1], ['醋酸泼尼松片', 12 * 14], ['奥美拉唑肠溶胶囊', 14], ['碳酸钙D3片', 14]]);
  label('control', 'C09', this.name, [c]);
} };
C.C10 = { name: '狼疮肾炎/皮肌炎甲泼尼龙冲击: 首组+加组输液', pairs: 'T06', make(i) {
  const r = reg(); const p = person({ ageMin: 18, ageMax: 55, region: r }); const prov = hosp(r, 3, 1); const d = startDay(); const los = ri(7, 10);
  const c = stay(p, prov, 'rheumatology', d, los, [pick(['M32.101+N08.5*', 'M33.101', 'M32.114+G94.8*'])], [], [['静脉输液(第一组)', 1, 0, 2], ['静脉输液(每增加一组)', 1, 0, 2], ['注射用甲泼尼龙琥珀酸钠', 2, 0, 2], ['氯化钠注射液', 2, 0, 2], ['一次性使用输液器', 2, 0, 2], ['醋酸泼尼松片', 10, 3]], [...MTXLABS, ['尿常规', 2], ['电解质(四项)', 2], ['血糖监测(快速)', 3, 1]]);
  label('control', 'C10', this.name, [c]);
} };
C.C11 = { name: '同日不同科室两次就诊(风湿科+眼科羟氯喹眼底筛查等)', pairs: 'T05,T06', make(i) {
  const r = reg(); const p = person({ ageMin: 25, ageMax: 65, region: r }); const prov = hosp(r, 3, 1); const d = startDay();
  const dx = [pick(['M32.900', 'M06.900', 'M35.000'])];
  const c1 = visit(p, prov, 'rheumatology', 'outpatient', d, dx, [consult(3, 1), ['血常规(五分类)', 1], ['肝功能(全套)', 1], ['醋酸泼尼松片', 28]]);
  const c2 = i % 2 ? visit(p, prov, 'ophthalmology', 'outpatient', d, dx, [consult(3, 0), ['眼底检查', 1], ['裂隙灯检查', 1]])
    : visit(p, prov, 'dermatology', 'outpatient', d, ['L30.902'], [consult(3, 0), ['丁酸氢化可的松乳膏', 1]]);
  label('control', 'C11', this.name, [c1, c2]);
} };
C.C12 = { name: '住院同日复查(高钾复测电解质、发热时复查血常规)', pairs: 'T05', make(i) {
  const r = reg(); const p = person({ ageMin: 30, ageMax: 78, region: r }); const prov = hosp(r, pick([2, 3]), 1); const d = startDay(); const los = ri(6, 9);
  const ren = i % 2 === 0;
  const c = stay(p, prov, ren ? 'nephrology' : 'rheumatology', d, los, ren ? ['N18.400', 'E87.500'] : ['M32.100', 'J18.900'], [], ren ? [['呋塞米片', 2]] : [['注射用头孢曲松钠', 2, 0, 5], ['静脉输液(第一组)', 1, 0, 5], ['氯化钠注射液', 1, 0, 5]],
    ren ? [['电解质(四项)', 2, 0], ['电解质(四项)', 2, 1], ['肾功能(三项)', 1], ['血常规(五分类)', 1], ['常规心电图检查', 2, 0]] : [['血常规(五分类)', 2, 0], ['血常规(五分类)', 1, 3], ['C反应蛋白测定', 1], ['细菌培养及药敏', 2, 0], ['胸部CT平扫', 1], ['肝功能(全套)', 1], ['肾功能(三项)', 1]]);
  label('control', 'C12', this.name, [c]);
} };
C.C13 = { name: '重症狼疮(狼疮脑病/狼疮肺炎呼衰)三级医院监护与吸氧', pairs: 'T07', make(i) {
  const r = reg(); const p = person({ ageMin: 18, ageMax: 50, sex: 'F', region: r }); const prov = hosp(r, 3, 1); const d = startDay(); const los = ri(9, 13);
  const c = stay(p, prov, 'rheumatology', d, los, i % 2 ? ['M32.114+G94.8*'] : ['M32.103+J99.1*', 'J96.000'], [], [['心电监测', 24, 0, 3], ['血氧饱和度监测', 24, 0, 3], ['吸氧', 20, 0, 4], ['Ⅱ级护理', 1, 4, los - 1], ['注射用甲泼尼龙琥珀酸钠', 2, 0, 2], ['静脉输液(第一组)', 1, 0, 5], ['氯化钠注射液', 2, 0, 5], ['醋酸泼尼松片', 12, 3]], [['血气分析', 2, 0], ['血气分析', 1, 2], ...MTXLABS, ['凝血四项', 1], ['胸部CT平扫', 1], i % 2 ? ['头颅MRI平扫', 1, 1] : ['细菌培养及药敏', 1], ['Ⅰ级护理', 1, 0], ['Ⅰ级护理', 1, 1], ['Ⅰ级护理', 1, 2], ['Ⅰ级护理', 1, 3]], { bed: [['普通病房床位费(三人间)', 1], ['住院诊查费', 1]] });
  label('control', 'C13', this.name, [c]);
} };
C.C14 = { name: '强直性脊柱炎/类风湿关节炎住院康复(康复评定+运动/作业疗法)', pairs: 'T07', make(i) {
  const r = reg(); const p = person({ ageMin: 25, ageMax: 65, region: r }); const prov = hosp(r, pick([2, 3]), 1); const d = startDay(); const los = ri(9, 13);
  const c = stay(p, prov, 'rheumatology', d, los, [pick(['M45.x00', 'M06.909', 'M05.900'])], [], [['运动疗法', 1, 1, los - 1], ['作业疗法', 1, 1, los - 1], ['塞来昔布胶囊', 2]], [['康复评定', 1, 0], ['康复评定', 1, los - 1], ...MTXLABS, ['C反应蛋白测定', 1], ['四肢X线摄影', 1]]);
  label('control', 'C14', this.name, [c]);
} };
C.C15 = { name: '新诊断皮肌炎: 肿瘤筛查与脏器评估(CT、肿瘤标志物、心肺)', pairs: 'T08', make(i) {
  const r = reg(); const p = person({ ageMin: 40, ageMax: 70, region: r }); const prov = hosp(r, 3, 1); const d = startDay();
  const c = visit(p, prov, 'rheumatology', 'outpatient', d, [pick(['M33.101', 'M33.100x004', 'M33.104'])], [consult(3, 2), ['心肌酶谱', 1], ['胸部CT平扫', 1], ['腹部CT平扫', 1], ['肿瘤标志物(CEA)测定', 1], ['甲胎蛋白(AFP)测定', 1], ['糖类抗原19-9(CA19-9)测定', 1], p.gender === 'F' ? ['糖类抗原125(CA125)测定', 1] : ['前列腺特异性抗原(PSA)测定', 1], ['心脏彩色多普勒超声', 1], ['肺功能检查', 1]]);
  label('control', 'C15', this.name, [c]);
} };
C.C16 = { name: '出院后15日内因新发不同疾病再入院(感染、药物不良反应)', pairs: 'T09', make(i) {
  const r = reg(); const p = person({ ageMin: 25, ageMax: 75, region: r }); const prov = hosp(r, 3, 1); const d = ri(10, 270); const l1 = ri(7, 10), gap = ri(3, 12), l2 = ri(5, 8);
  const c1 = stay(p, prov, 'rheumatology', d, l1, [pick(['M32.101+N08.5*', 'M06.900', 'M33.101'])], [], [['醋酸泼尼松片', 8]], [...MTXLABS, ['尿常规', 1]]);
  const c2 = i % 2 ? stay(p, prov, 'respiratory', d + l1 + gap, l2, ['J18.900'], [], [['注射用头孢曲松钠', 2], ['静脉输液(第一组)', 1], ['氯化钠注射液', 1], ['一次性使用输液器', 1]], [['血常规(五分类)', 2], ['C反应蛋白测定', 1], ['降钙素原测定', 1], ['细菌培养及药敏', 1], ['胸部CT平扫', 1]], { route: 'emergency' })
    : stay(p, prov, 'gastroenterology', d + l1 + gap, l2, ['K25.400x001'], [], [['注射用泮托拉唑钠', 2, 0, 4], ['静脉输液(第一组)', 1], ['氯化钠注射液', 1]], [['血常规(五分类)', 3], ['胃镜检查', 1, 1], ['凝血四项', 1], ['大便常规+隐血', 1]], { route: 'emergency' });
  label('control', 'C16', this.name, [c1, c2]);
} };
C.C17 = { name: '计划性周期住院(每4周一次冲击/评估, 间隔≥28天)', pairs: 'T09', make(i) {
  const r = reg(); const p = person({ ageMin: 18, ageMax: 60, region: r }); const prov = hosp(r, 3, 1); let d = ri(10, 200); const claims = [];
  const dx = [pick(['M32.101+N08.5*', 'M31.300', 'N04.900'])].map(x => x === 'M31.300' ? 'M32.101+N08.5*' : x);
  for (let k = 0; k < 3; k++) { const l = ri(3, 4); claims.push(stay(p, prov, 'rheumatology', d, l, dx, [], [['静脉输液(第一组)', 1, 0, 1], ['注射用甲泼尼龙琥珀酸钠', 1, 0, 1], ['氯化钠注射液', 1, 0, 1], ['一次性使用输液器', 1, 0, 1]], [...MTXLABS, ['尿常规', 1]])); d += l + ri(26, 30); }
  label('control', 'C17', this.name, claims);
} };
C.C18 = { name: '肾穿刺活检短期住院(术前评估、活检、病理)', pairs: 'T10,T11', make(i) {
  const r = reg(); const p = person({ ageMin: 18, ageMax: 65, region: r }); const prov = hosp(r, 3, 1); const d = startDay(); const los = ri(3, 5);
  const c = stay(p, prov, 'nephrology', d, los, [pick(['N02.801', 'N04.900', 'N05.900x002', 'R80.x02'])], [['55.2301', 1]], [], [['血常规(五分类)', 1], ['凝血四项', 1], ['血型鉴定(ABO+Rh)', 1], ['肾功能(三项)', 1], ['尿常规', 1], ['泌尿系B超', 1, 0], ['泌尿系B超', 1, 2], ['局部浸润麻醉', 1, 1], ['盐酸利多卡因注射液', 1, 1], ['病理检查(常规石蜡切片)', 1, 1], ['血常规(五分类)', 1, 2]]);
  label('control', 'C18', this.name, [c]);
} };
C.C19 = { name: '看似轻症实为急重症住院(血管性水肿/脓疱型银屑病/红皮病)', pairs: 'T11', make(i) {
  const r = reg(); const p = person({ ageMin: 20, ageMax: 70, region: r }); const prov = hosp(r, pick([2, 3]), 1); const d = startDay(); const v = i % 3;
  let c;
  if (v === 0) c = stay(p, prov, 'dermatology', d, 2, ['T78.300', 'L50.000'], [], [['心电监测', 12, 0, 0], ['血氧饱和度监测', 12, 0, 0], ['地塞米松磷酸钠注射液', 2, 0, 1], ['静脉注射', 2, 0, 1], ['氯雷他定片', 1]], [['血常规(五分类)', 1], ['电解质(四项)', 1]], { route: 'emergency', bed: [['普通病房床位费(三人间)', 1], ['Ⅰ级护理', 1], ['住院诊查费', 1]] });
  else c = stay(p, prov, 'dermatology', d, ri(10, 14), [v === 1 ? 'L40.100' : 'L53.901'], [], [['静脉输液(第一组)', 1, 0, 6], ['氯化钠注射液', 2, 0, 6], ['复方氯化钠注射液', 1, 0, 6], ['一次性使用输液器', 1, 0, 6], ['甲氨蝶呤片', 1, 2, 2], ['丁酸氢化可的松乳膏', 1], ['中药熏洗治疗（局部）', 1, 1]], [...MTXLABS, ['电解质(四项)', 3], ['C反应蛋白测定', 2], ['细菌培养及药敏', 1], ['人血白蛋白', 0]]);
  label('control', 'C19', this.name, [c]);
} };
C.C20 = { name: '同日两处合理就医: 门诊后当日收住院 / 就诊后同城药店取药', pairs: 'T12', make(i) {
  const r = reg(); const p = person({ ageMin: 40, ageMax: 78, region: r }); const prov = hosp(r, 3, 1); const d = startDay(); let claims;
  if (i % 2 === 0) { const o = visit(p, prov, 'nephrology', 'outpatient', d, ['N04.900'], [consult(3, 1), ['尿常规', 1], ['肾功能(三项)', 1]]); const s = stay(p, prov, 'nephrology', d, ri(8, 11), ['N04.900'], [], [['醋酸泼尼松片', 10]], [...MTXLABS, ['血脂(四项)', 1], ['泌尿系B超', 1]]); claims = [o, s]; }
  else { const o = visit(p, prov, 'rheumatology', 'outpatient', d, ['M10.002'], [consult(3, 1), ['肾功能(三项)', 1], ['尿常规', 1]]); const ph = visit(p, pharm(r, 4), 'pharmacy', 'pharmacy', d, ['M10.002'], [['塞来昔布胶囊', 14], ['奥美拉唑肠溶胶囊', 14]]); claims = [o, ph]; }
  label('control', 'C20', this.name, claims);
} };
C.C21 = { name: '社区慢病管理日: 多名CKD/痛风患者同日随访(诊断、处方各异)', pairs: 'T13,T02', make(i) {
  const r = reg(); const prov = hosp(r, 1, 5); const d = startDay(); const claims = []; const doc = newDoc();
  const menu = [
    [['N18.300'], [['肾功能(三项)', 1], ['尿常规', 1], ['碳酸钙D3片', 30], ['厄贝沙坦片', 30]]],
    [['M10.002'], [['肾功能(三项)', 1], ['双氯芬酸钠缓释片', 10]]],
    [['E79.001', 'I10.x00x002'], [['肾功能(三项)', 1], ['苯磺酸氨氯地平片', 30]]],
    [['N02.801'], [['尿常规', 1], ['氯沙坦钾片', 30]]],
    [['M06.900'], [['血常规(五分类)', 1], ['甲氨蝶呤片', 16]]]];
  for (let k = 0; k < 4; k++) { const p = person({ ageMin: 50, ageMax: 80, region: r }); const [dx, its] = menu[(i + k) % menu.length]; claims.push(visit(p, prov, 'general', 'outpatient', d, dx, [['一般诊疗费', 1], ...its], { doctorId: doc })); }
  label('control', 'C21', this.name, claims);
} };
C.C22 = { name: '多病种已认定慢特病: 类风湿+高血压+糖尿病同张慢特病单', pairs: 'T14', make(i) {
  const r = pick(['220100', '220200']); const p = person({ ageMin: 50, ageMax: 75, region: r, ins: 'employee', chronic: ['M05', 'I10', 'E11'] }); const prov = hosp(r, pick([2, 3]), 1); const d = startDay();
  const c = visit(p, prov, 'rheumatology', 'chronic', d, ['M05.900', 'I10.x00x002', 'E11.900'], [['门诊慢特病管理诊查费', 1], ['甲氨蝶呤片', 16], ['醋酸泼尼松片', 28], ['苯磺酸氨氯地平片', 28], ['盐酸二甲双胍片', 84], ['空腹血糖测定', 1], ['糖化血红蛋白测定', 1], ['肝功能(全套)', 1]]);
  label('control', 'C22', this.name, [c]);
} };
C.C23 = { name: '狼疮肾炎合并急性肾损伤需透析(MCC有项目支撑)', pairs: 'T15', make(i) {
  const r = reg(); const p = person({ ageMin: 18, ageMax: 55, region: r }); const prov = hosp(r, 3, 1); const d = startDay(); const los = ri(12, 16);
  const days = [1, 3, 5];
  const once = [['血常规(五分类)', 2], ['肝功能(全套)', 1], ['凝血四项', 1], ['泌尿系B超', 1], ['血气分析', 1, 0], ['血气分析', 1, 1]];
  for (const k of days) once.push(['血液透析', 1, k], ['透析器', 1, k], ['一次性使用血液透析管路', 1, k]);
  for (let k = 0; k < los; k += 2) once.push(['肾功能(三项)', 1, k], ['电解质(四项)', 1, k]);
  const c = stay(p, prov, 'nephrology', d, los, ['M32.101+N08.5*', 'N17.900', 'E87.500'], days.map(k => ['39.9500', k]), [['注射用甲泼尼龙琥珀酸钠', 2, 0, 2], ['静脉输液(第一组)', 1, 0, 5], ['氯化钠注射液', 1, 0, 5], ['呋塞米注射液', 4, 0, 5]], once);
  label('control', 'C23', this.name, [c]);
} };
C.C24 = { name: '变应性鼻炎/哮喘皮下脱敏治疗剂量递增期(每周注射就诊)', pairs: 'T13,T06', make(i) {
  const r = reg(); const p = person({ ageMin: 8, ageMax: 45, region: r }); const prov = hosp(r, pick([2, 3]), 1); let d = ri(10, 230); const claims = [];
  const dx = [pick(['J30.400', 'J45.000', 'J30.300x002'])];
  for (let k = 0; k < 6; k++) { claims.push(visit(p, prov, 'allergy', 'outpatient', d, dx, [k === 0 ? consult(prov.level, 1) : ['普通门诊诊察费', 1], ['皮下注射', 1], ...(k === 0 ? [['血常规(五分类)', 1], ['氯雷他定片', 28]] : [])])); d += 7; }
  label('control', 'C24', this.name, claims);
} };

// =====================================================================================
// ROUTINE single claims
// =====================================================================================
const ROUTINE = [
  (p, r, d) => visit(p, hosp(r, 3, 1), 'rheumatology', 'outpatient', d, ['M06.900'], [consult(3, 1), ...MTXLABS, ['甲氨蝶呤片', 16], ['醋酸泼尼松片', 28]]),
  (p, r, d) => visit(p, hosp(r, 2, 1), 'rheumatology', 'outpatient', d, ['M10.002'], [consult(2, 0), ['肾功能(三项)', 1], ['尿常规', 1], ['双氯芬酸钠缓释片', 7]]),
  (p, r, d) => visit(p, hosp(r, 3, 1), 'dermatology', 'outpatient', d, ['L20.900'], [consult(3, 0), ['丁酸氢化可的松乳膏', 2], ['西替利嗪片', 14]]),
  (p, r, d) => visit(p, hosp(r, 2, 1), 'dermatology', 'outpatient', d, ['L50.802'], [consult(2, 0), ['氯雷他定片', 28]]),
  (p, r, d) => visit(p, hosp(r, 3, 1), 'nephrology', 'outpatient', d, ['N02.801'], [consult(3, 1), ...RENALLABS, ['氯沙坦钾片', 28]]),
  (p, r, d) => visit(p, hosp(r, 3, 1), 'dermatology', 'outpatient', d, ['L40.000'], [consult(3, 0), ['丁酸氢化可的松乳膏', 2], ['中药熏洗治疗（局部）', 1]]),
  (p, r, d) => visit(p, hosp(r, 3, 1), 'ophthalmology', 'outpatient', d, ['M32.900'], [consult(3, 0), ['眼底检查', 1], ['裂隙灯检查', 1]]),
  (p, r, d) => visit(p, pharm(r, 2), 'pharmacy', 'pharmacy', d, ['M45.x00'], [['塞来昔布胶囊', 28]]),
  (p, r, d) => visit(p, hosp(r, 1, 5), 'general', 'outpatient', d, ['N18.300'], [['一般诊疗费', 1], ['肾功能(三项)', 1], ['碳酸钙D3片', 30]]),
  (p, r, d) => visit(p, hosp(r, 3, 1), 'rheumatology', 'outpatient', d, ['M81.400', 'M32.900'], [consult(3, 1), ['骨密度测定(双能X线)', 1], ['阿仑膦酸钠片', 4], ['碳酸钙D3片', 30]]),
  (p, r, d) => visit(p, hosp(r, 2, 1), 'allergy', 'outpatient', d, ['J30.400'], [consult(2, 0), ['氯雷他定片', 14]]),
  (p, r, d) => visit(p, hosp(r, 2, 1), 'dermatology', 'outpatient', d, ['L30.902'], [consult(2, 0), ['丁酸氢化可的松乳膏', 1], ['莫匹罗星软膏', 1]]),
  (p, r, d) => visit(p, hosp(r, 3, 1), 'rheumatology', 'outpatient', d, ['M35.000'], [consult(3, 1), ['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['玻璃酸钠滴眼液', 1]]),
  (p, r, d) => visit(p, hosp(r, 3, 1), 'rheumatology', 'outpatient', d, ['M10.002'], [['互联网复诊诊察费', 1], ['塞来昔布胶囊', 14]]),
  (p, r, d) => stay(p, hosp(r, 3, 1), 'rheumatology', d, 7, ['M06.900'], [], [['塞来昔布胶囊', 2], ['醋酸泼尼松片', 2]], [...MTXLABS, ['C反应蛋白测定', 1], ['四肢X线摄影', 1], ['甲氨蝶呤片', 4, 2]]),
  (p, r, d) => stay(p, hosp(r, 3, 1), 'nephrology', d, 9, ['N04.900'], [], [['醋酸泼尼松片', 12], ['呋塞米片', 2]], [...MTXLABS, ['尿常规', 2], ['血脂(四项)', 1], ['电解质(四项)', 1], ['泌尿系B超', 1]]),
  (p, r, d) => visit(p, hosp(r, 2, 1), 'nephrology', 'outpatient', d, ['N18.400x001+D63.8*'], [consult(2, 1), ['血常规(五分类)', 1], ['肾功能(三项)', 1], ['重组人促红素注射液', 8], ['琥珀酸亚铁片', 60]]),
  (p, r, d) => visit(p, hosp(r, 3, 1), 'rheumatology', 'chronic', d, ['M05.900'], [['门诊慢特病管理诊查费', 1], ['血常规(五分类)', 1], ['肝功能(全套)', 1], ['甲氨蝶呤片', 16], ['醋酸泼尼松片', 28], ['塞来昔布胶囊', 28]]),
];
const ROUTINE_AGE = [[30, 70], [35, 70], [8, 40], [20, 60], [20, 55], [25, 65], [25, 60], [25, 55], [55, 80], [56, 75], [12, 45], [20, 70], [40, 65], [35, 70], [35, 70], [20, 60], [55, 80], [35, 70]];
const ROUTINE_SEX = { 6: 'F', 9: 'F', 12: 'F' };

// =====================================================================================
for (const [code, t] of Object.entries(T)) for (let i = 0; i < 15; i++) { curCase++; t.make(i); }
for (const [code, c] of Object.entries(C)) for (let i = 0; i < 15; i++) { curCase++; c.make(i); }
for (let i = 0; i < 100; i++) {
  curCase++; const k = i % ROUTINE.length; const r = k === 17 ? pick(['220100', '220200']) : reg(); const [a, b] = ROUTINE_AGE[k];
  const chronic = k === 17 ? ['M05'] : null; const p = person({ ageMin: a, ageMax: b, region: r, sex: ROUTINE_SEX[k], chronic });
  const c = ROUTINE[k](p, r, startDay());
  label('routine', 'R', 'routine', [c]);
}

CLAIMS.sort((x, y) => x.sort - y.sort || x.k - y.k || x.s - y.s);
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(x => JSON.stringify(x.c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`blind56: ${CLAIMS.length} claims, ${LABELS.length} cases (${LABELS.filter(l => l.kind === 'fraud').length} fraud, ${LABELS.filter(l => l.kind === 'control').length} control, ${LABELS.filter(l => l.kind === 'routine').length} routine)${GROUPS ? ', groups ' + Object.keys(GRP).length : ''}`);
