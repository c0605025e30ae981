#!/usr/bin/env node
// blind48 — maternal, neonatal and children's care (妇幼). Fixed seed.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson] [--policies file]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base48/rules/catalogue');
const POL = opt('--policies', path.join(CAT, '..', 'benefits', 'policies.json'));
const GROUPS = opt('--groups', null);
fs.mkdirSync(OUT, { recursive: true });

// ---------- rng ----------
let seed = 48048048;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const rdate = (from, to) => add(from, ri(0, diff(from, to)));

// ---------- catalogue ----------
const rows = {};
for (const f of ['services', 'drugs', 'consumables']) for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f + '.json'), 'utf8')).rows) rows[r.name] = r;
const policies = JSON.parse(fs.readFileSync(POL, 'utf8'));
const groups = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const g = JSON.parse(l); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || (g.result && g.result.drg); if (id) groups[id] = drg; }

// ---------- providers ----------
const REGIONS = ['510100', '220100', '370100', '230100', '510700'];
function hosp(region, kind) {
  const r4 = region.slice(0, 4);
  const t = { G3: ['0001', 3], MCH3: ['0012', 3], MCH2: ['0023', 2], PRIVOB: ['0047', 2], PRIVPED: ['0058', 2], CHILD3: ['0031', 3], G2: ['0066', 2], COMM: ['0105', 1], PHARM: ['0207', 1] }[kind];
  const prefix = kind === 'COMM' ? 'C' : kind === 'PHARM' ? 'Y' : 'H';
  return { hospitalId: prefix + r4 + t[0], level: t[1], region, kind };
}
const doc = (h, n) => 'D' + h.hospitalId.slice(-3) + String(n).padStart(2, '0');

// ---------- members ----------
let memberSeq = 0;
function member(o) {
  memberSeq++;
  const m = { insuredId: 'P48' + String(memberSeq).padStart(6, '0'), gender: o.gender, birthDate: o.birthDate, region: o.region, insuranceType: o.insuranceType || 'resident', special: o.special || null, birthWeightGrams: o.birthWeightGrams };
  const age = (new Date('2026-01-01') - D(o.birthDate)) / 3.15576e10;
  if (m.special === 'newborn') m.enrollment = { enrolledOn: add(o.birthDate, ri(3, 40)), inConcentratedPeriod: false, continuousYears: 0, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: 0, special: 'newborn' };
  else if (m.insuranceType === 'employee') { const cy = Math.max(1, Math.min(20, Math.floor(age - 22))); m.enrollment = { enrolledOn: (2026 - cy) + '-0' + ri(1, 9) + '-01', inConcentratedPeriod: true, continuousYears: cy, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: chance(0.3), contributionYears: cy, special: null }; }
  else { const cy = Math.max(1, Math.min(12, Math.floor(age))); m.enrollment = { enrolledOn: '2026-01-01', inConcentratedPeriod: true, continuousYears: cy, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: chance(0.2), contributionYears: cy, special: null }; if (age < 1) { m.enrollment.enrolledOn = add(o.birthDate, 20); m.enrollment.inConcentratedPeriod = false; m.enrollment.special = 'newborn'; m.enrollment.continuousYears = 0; m.special = 'newborn'; } }
  return m;
}
const womanDob = (a0, a1) => add('2026-01-01', -Math.round((ri(a0, a1) + rnd()) * 365.25));
const childDob = (aDays0, aDays1, ref) => add(ref || '2026-06-01', -ri(aDays0, aDays1));

// ---------- claims ----------
const claims = []; let claimSeq = 0; let order = 0;
function L(name, qty, date, extra) { const r = rows[name]; if (!r) throw new Error('no catalogue row: ' + name); return Object.assign({ _row: r, name, qty, date }, extra || {}); }
function mkClaim(m, h, o) {
  claimSeq++;
  if ((o.admissionDate || o.visitDate) < '2026-01-02') return null; // 2026 service dates only: a history visit that would fall in 2025 is left out
  const c = { claimId: `${h.region}-${h.hospitalId}-2026-${String(claimSeq).padStart(6, '0')}`, region: h.region, insuranceType: o.insuranceType || m.insuranceType, visitType: o.visitType };
  const pat = { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: false };
  const start = o.admissionDate || o.visitDate;
  if (m.birthWeightGrams && diff(m.birthDate, start) < 365) pat.birthWeightGrams = m.birthWeightGrams;
  c.patient = pat;
  c.enrollment = Object.assign({}, m.enrollment);
  if (o.insuredRegion && o.insuredRegion !== h.region) c.insuredRegion = o.insuredRegion;
  c.provider = { hospitalId: h.hospitalId, level: h.level, department: o.department, doctorId: o.doctorId || doc(h, 1) };
  if (o.visitType === 'inpatient') { c.admissionDate = o.admissionDate; c.dischargeDate = o.dischargeDate; if (o.admissionRoute) c.admissionRoute = o.admissionRoute; c.dischargeMode = o.dischargeMode || 'ordered'; if (o.transferFrom) c.transferFromHospitalId = o.transferFrom; }
  else c.visitDate = o.visitDate;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.px || []).map((p) => ({ code: p[0], date: p[1] }));
  if (o.visitType === 'inpatient') c.reportedGroup = { drg: groups[c.claimId] || null, dip: null };
  let n = 0; const mut = []; let total = 0, pol = 0;
  c.items = o.items.filter((it) => it.qty > 0).map((it) => {
    n++; const r = it._row; const price = it.price != null ? it.price : r.priceCap[String(h.level)];
    const amount = r2(price * it.qty); total += amount;
    pol += r.class === '丙' ? 0 : amount * (1 - (r.selfPayShare || 0));
    if (it.mut) mut.push(String(n));
    const x = { lineId: String(n), code: r.code, name: r.name, category: r.category, date: it.date, quantity: it.qty, unitPrice: price, amount };
    if (it.longRx) x.longPrescription = true;
    return x;
  });
  total = r2(total); pol = r2(pol);
  // fund: policy-scope cost above the deductible times the level's ratio (insured region's policy)
  const prov = (c.insuredRegion || c.region).slice(0, 2);
  const P = policies.provinces[prov].schemes[c.insuranceType];
  const vt = o.visitType === 'inpatient' ? 'inpatient' : o.visitType === 'pharmacy' ? 'pharmacy' : o.visitType === 'chronic' ? 'chronic' : 'outpatient';
  const S = P[vt]; const lvl = String(h.level);
  const ratio = (typeof S.ratio === 'object' ? S.ratio[lvl] : S.ratio);
  let fund;
  if (vt === 'inpatient') fund = Math.max(0, pol - S.deductible[lvl]) * ratio;
  else fund = pol * ratio * (c.insuranceType === 'employee' ? 0.9 : 1); // outpatient: deductible assumed met (member's year-to-date)
  c.amounts = { total, policy: pol, fundClaimed: r2(fund) };
  c._settle = o.settle || (o.dischargeDate || o.visitDate); c._ord = order++; c._mut = mut;
  claims.push(c);
  return c;
}

// ---------- bill building blocks ----------
const consult = (h, d, senior) => L(senior && h.level >= 2 ? '副主任医师门诊诊察费' : h.kind === 'COMM' ? '一般诊疗费' : '普通门诊诊察费', 1, d);
function wardDays(adm, dis, opts) { // bed, nursing, 住院诊查费 per day (discharge day not counted)
  const out = []; const days = Math.max(1, diff(adm, dis));
  for (let i = 0; i < days; i++) { const d = add(adm, i);
    out.push(L(opts.newborn ? '新生儿床位费' : '普通病房床位费(三人间)', 1, d));
    out.push(L(opts.newborn ? '新生儿护理' : (opts.n1 && i < opts.n1 ? 'Ⅰ级护理' : 'Ⅱ级护理'), 1, d));
    out.push(L('住院诊查费', 1, d)); }
  return out;
}
function infusionDays(adm, n, child, drugs) { // one infusion group per day + set
  const out = []; for (let i = 0; i < n; i++) { const d = add(adm, i);
    out.push(L(child ? '小儿头皮静脉输液' : '静脉输液(第一组)', 1, d)); out.push(L('一次性使用输液器', 1, d));
    for (const [nm, q] of drugs) out.push(L(nm, q, d)); }
  out.push(L('一次性使用静脉留置针', 1, adm)); out.push(L('静脉留置针置管', 1, adm)); out.push(L('一次性使用输液贴', 2, adm));
  return out;
}
const labsBasic = (d) => [L('血常规(五分类)', 1, d), L('C反应蛋白测定', 1, d)];

// ---------- standard episodes ----------
function antenatal(m, h, d, wk, first, extra) {
  const it = [consult(h, d, h.level >= 2 && chance(0.3)), L('产科B超', 1, d), L('尿常规', 1, d)];
  if (first) it.push(L('血常规(五分类)', 1, d), L('肝功能(全套)', 1, d), L('肾功能(三项)', 1, d), L('乙肝五项定量', 1, d), L('血型鉴定(ABO+Rh)', 1, d), L('甲状腺功能(三项)', 1, d), L('空腹血糖测定', 1, d));
  else if (wk >= 28 && chance(0.5)) it.push(L('血常规(五分类)', 1, d));
  if (wk >= 32) it.push(L('胎心监护', 1, d));
  return mkClaim(m, h, Object.assign({ visitType: 'outpatient', visitDate: d, department: 'obstetrics', dx: ['Z34.900'], items: it.concat(extra || []) }, {}));
}
function vaginalDelivery(m, h, adm, opts) {
  opts = opts || {}; const los = opts.los || ri(2, 3); const dis = add(adm, los); const dd = opts.delivDay != null ? add(adm, opts.delivDay) : adm;
  const epi = opts.epi != null ? opts.epi : chance(0.35);
  const it = wardDays(adm, dis, { n1: 1 }).concat([
    L('阴道分娩接生', 1, dd), L('一次性产包', 1, dd), L('缩宫素注射液', 2, dd), L('肌肉注射', 1, dd),
    L('血常规(五分类)', 1, adm), L('尿常规', 1, adm), L('凝血四项', 1, adm), L('胎心监护', 2, adm), L('产科B超', 1, adm),
    L('静脉输液(第一组)', 1, dd), L('一次性使用输液器', 1, dd), L('乳酸钠林格注射液', 1, dd), L('一次性使用静脉留置针', 1, dd), L('静脉留置针置管', 1, dd),
    L('血常规(五分类)', 1, add(dd, 1))]);
  if (epi) it.push(L('局部浸润麻醉', 1, dd), L('盐酸利多卡因注射液', 2, dd), L('可吸收缝线', 2, dd), L('换药(小)', 1, add(dd, 1)));
  if (opts.extraItems) it.push(...opts.extraItems);
  const px = [[epi ? '73.6x01' : '73.5900', dd]];
  return mkClaim(m, h, { visitType: 'inpatient', admissionDate: adm, dischargeDate: dis, department: 'obstetrics', admissionRoute: opts.route || 'outpatient', doctorId: opts.doctorId, dx: opts.dx || ['O80.000', 'Z37.000'], px: opts.px || px, items: it, insuranceType: opts.insuranceType, insuredRegion: opts.insuredRegion, settle: opts.settle });
}
function caesarean(m, h, adm, opDay, dx, opts) {
  opts = opts || {}; const od = add(adm, opDay); const los = opDay + (opts.post || ri(3, 4)); const dis = add(adm, los);
  const it = wardDays(adm, dis, { n1: opDay + 2 }).concat([
    L('剖宫产术', 1, od), L('椎管内麻醉', 1, od), L('一次性使用麻醉穿刺包', 1, od), L('盐酸罗哌卡因注射液', 1, od), L('缩宫素注射液', 2, od),
    L('注射用头孢呋辛钠', 2, od), L('导尿', 1, od), L('一次性使用导尿包', 1, od), L('一次性手术衣及铺单包', 1, od), L('一次性电刀笔', 1, od), L('可吸收缝线', 3, od),
    L('心电监测', 8, od), L('血氧饱和度监测', 8, od), L('心电电极片', 5, od),
    L('血常规(五分类)', 1, adm), L('凝血四项', 1, adm), L('肝功能(全套)', 1, adm), L('肾功能(三项)', 1, adm), L('血型鉴定(ABO+Rh)', 1, adm), L('术前八项(感染筛查)', 1, adm), L('尿常规', 1, adm),
    L('血常规(五分类)', 1, add(od, 1)), L('换药(小)', 1, add(od, 2)), L('一次性使用换药包', 1, add(od, 2))]);
  if (!opts.noCTG) it.push(L('胎心监护', 1, adm), L('产科B超', 1, adm));
  for (let i = 0; i < 3; i++) { const d = add(od, i); it.push(L(i === 0 ? '静脉输液(第一组)' : '静脉输液(第一组)', 1, d), L('一次性使用输液器', 1, d), L('乳酸钠林格注射液', 1, d), L('葡萄糖氯化钠注射液', 1, d), L('静脉输液(每增加一组)', 1, d)); }
  it.push(L('一次性使用静脉留置针', 1, od), L('静脉留置针置管', 1, od));
  if (opts.extraItems) it.push(...opts.extraItems);
  return mkClaim(m, h, { visitType: 'inpatient', admissionDate: adm, dischargeDate: dis, department: 'obstetrics', admissionRoute: opts.route || 'outpatient', doctorId: opts.doctorId, dx: dx, px: [['74.1x01', od]], items: it, insuranceType: opts.insuranceType, insuredRegion: opts.insuredRegion });
}
function childOut(m, h, d, dx, drugs, opts) {
  opts = opts || {}; const it = [consult(h, d)].concat(opts.labs ? labsBasic(d) : []).concat(drugs.map(([n, q]) => L(n, q, d, opts.mutDrugs ? { mut: true } : null))).concat(opts.extra || []);
  return mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: opts.dept || 'pediatrics', dx, items: it, doctorId: opts.doctorId });
}
const coldDrugs = (age) => age >= 1 ? [['小儿氨酚黄那敏颗粒', 9], ['小儿肺热咳喘口服液', 9]] : [['小儿对乙酰氨基酚颗粒', 6]];
function pharmacyBuy(m, h, d, drugs, dx) { return mkClaim(m, h, { visitType: 'pharmacy', visitDate: d, department: 'pharmacy', dx: dx || ['J06.900'], items: drugs.map(([n, q]) => L(n, q, d)) }); }
function newbornClaimHealthyless() {}
function neonatalStay(baby, h, adm, los, dx, extra, opts) {
  opts = opts || {}; const dis = add(adm, los);
  const it = wardDays(adm, dis, { newborn: true }).concat([L('血常规(五分类)', 1, adm), L('C反应蛋白测定', 1, adm), L('肝功能(全套)', 1, adm), L('血糖监测(快速)', 2, adm)]).concat(extra);
  return mkClaim(baby, h, { visitType: 'inpatient', admissionDate: adm, dischargeDate: dis, department: 'neonatology', admissionRoute: opts.route || 'other', transferFrom: opts.transferFrom, dx, px: opts.px || [], items: it, doctorId: opts.doctorId });
}
function paedStay(m, h, adm, los, dx, opts) {
  opts = opts || {}; const dis = add(adm, los); const age = diff(m.birthDate, adm) / 365.25; const child = age < 6;
  let it = wardDays(adm, dis, { n1: opts.n1 || 0 }).concat(labsBasic(adm), [L('胸部X线摄影(正侧位)', 1, adm)]);
  it = it.concat(infusionDays(adm, opts.ivDays || Math.min(los, 4), child, opts.ivDrugs || [['葡萄糖氯化钠注射液', 1], ['注射用头孢呋辛钠', 2]]));
  if (opts.nebs) for (let i = 0; i < (opts.nebDays || los); i++) { const d = add(adm, i); it.push(L('雾化吸入', 2, d), L('吸入用布地奈德混悬液', 2, d)); }
  if (opts.nebs) it.push(L('一次性使用雾化器', 1, adm));
  if (opts.extra) it = it.concat(opts.extra);
  return mkClaim(m, h, { visitType: 'inpatient', admissionDate: adm, dischargeDate: dis, department: 'pediatrics', admissionRoute: opts.route || 'outpatient', dx, px: opts.px || [], items: it, doctorId: opts.doctorId, transferFrom: opts.transferFrom });
}

// ---------- labels ----------
const labels = [];
function addCase(kind, code, name, caseIdx, cl, targets, opts) {
  cl = cl.filter(Boolean); targets = targets.filter(Boolean); if (!targets.length) throw new Error('case without target ' + code + ' ' + caseIdx);
  const mutatedLines = {};
  if (opts && opts.mutated) for (const c of targets) if (c._mut.length) mutatedLines[c.claimId] = c._mut.slice();
  labels.push({ caseId: `${code}-${String(caseIdx).padStart(2, '0')}`, kind, code, name, claimIds: cl.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines });
}
const regionOf = (i) => REGIONS[i % REGIONS.length];
const ageDays = (m, d) => diff(m.birthDate, d);

// =====================================================================
// FRAUD TYPOLOGIES
// =====================================================================
const T = [];
// T01 诱导住院: 民营儿童医院 admits children with plain upper-respiratory infections for infusion + nebulisation
T.push(['T01', '诱导住院：民营儿童医院将普通上感/急性支气管炎患儿收住院输液雾化', (i) => {
  const reg = regionOf(i); const h = hosp(reg, 'PRIVPED'); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(400, 2300), region: reg });
  const adm = rdate('2026-01-05', '2026-11-20'); const hist = [];
  if (chance(0.6)) hist.push(childOut(m, hosp(reg, 'COMM'), add(adm, -ri(30, 120)), ['J06.900'], coldDrugs(2)));
  const first = childOut(m, h, adm, [pick(['J06.900', 'J20.900'])], [], { labs: true, doctorId: doc(h, 3) });
  const los = ri(3, 5);
  const st = paedStay(m, h, adm, los, [pick(['J20.900', 'J06.900', 'J20.902']), 'R50.900'], { nebs: true, ivDays: los, doctorId: doc(h, 3), ivDrugs: [['葡萄糖氯化钠注射液', 1], ['注射用头孢呋辛钠', 2]], extra: [L('小儿肺热咳喘口服液', 3 * los, adm)] });
  return [[...hist, first, st], [st], false];
}]);
// T02 低标准入院: term normal pregnancy admitted 2–3 days as "胎动减少" with CTG only, delivered a week later
T.push(['T02', '低标准入院：足月正常妊娠以"胎动减少"收住院仅做胎心监护，出院后一周内再入院分娩', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['PRIVOB', 'MCH2'])); const m = member({ gender: 'F', birthDate: womanDob(23, 36), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-02-01', '2026-10-20'); const cl = [];
  cl.push(antenatal(m, h, add(adm, -ri(150, 170)), 14, true)); cl.push(antenatal(m, h, add(adm, -ri(60, 75)), 28, false)); cl.push(antenatal(m, h, add(adm, -ri(7, 12)), 37, false));
  const los = ri(2, 3); const dis = add(adm, los); const it = wardDays(adm, dis, {});
  for (let k = 0; k < los; k++) it.push(L('胎心监护', 2, add(adm, k)));
  it.push(L('产科B超', 1, adm), L('血常规(五分类)', 1, adm), L('尿常规', 1, adm));
  const st = mkClaim(m, h, { visitType: 'inpatient', admissionDate: adm, dischargeDate: dis, department: 'obstetrics', admissionRoute: 'outpatient', doctorId: doc(h, 2), dx: ['O36.300x009', 'Z34.900'], items: it });
  cl.push(st);
  cl.push(vaginalDelivery(m, h, add(dis, ri(4, 8)), { doctorId: doc(h, 2) }));
  return [cl, [st], false];
}]);
// T03 分解住院 around a delivery: discharged on postpartum day 1, readmitted 0–2 days later as 产褥期贫血 for ordinary puerperal care
T.push(['T03', '分解住院：顺产后次日出院，0–2天内以"产褥期贫血"再入院完成常规产后观察', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['PRIVOB', 'MCH2', 'G2'])); const m = member({ gender: 'F', birthDate: womanDob(22, 37), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-11-10'); const cl = [antenatal(m, h, add(adm, -ri(20, 30)), 36, false)];
  const d1 = vaginalDelivery(m, h, adm, { los: 1, doctorId: doc(h, 4) }); cl.push(d1);
  const adm2 = add(adm, 1 + ri(0, 2)); const los2 = ri(3, 4); const dis2 = add(adm2, los2);
  const it = wardDays(adm2, dis2, {}).concat([L('血常规(五分类)', 1, adm2), L('妇科B超', 1, adm2), L('琥珀酸亚铁片', 3 * los2, adm2), L('缩宫素注射液', 1, adm2), L('肌肉注射', 1, adm2), L('换药(小)', 1, add(adm2, 1))]);
  const st2 = mkClaim(m, h, { visitType: 'inpatient', admissionDate: adm2, dischargeDate: dis2, department: 'obstetrics', admissionRoute: 'outpatient', doctorId: doc(h, 4), dx: ['O99.000x031', 'Z39.000x001'], items: it });
  cl.push(st2);
  return [cl, [d1, st2], false];
}]);
// T04 高套: a spontaneous vaginal birth coded as operative (forceps/vacuum/manual placenta) with no instrument, anaesthesia or repair items
T.push(['T04', '低码高编：自然顺产编码为产钳/胎吸/手取胎盘助产（无麻醉、器械、缝合项目）', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['PRIVOB', 'MCH2', 'MCH3'])); const m = member({ gender: 'F', birthDate: womanDob(22, 36), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-11-20'); const cl = [antenatal(m, h, add(adm, -ri(100, 130)), 22, false), antenatal(m, h, add(adm, -ri(10, 20)), 37, false)];
  const v = pick([['72.0x00', 'O63.100'], ['72.7100x001', 'O63.100'], ['75.4x00x002', 'O73.000'], ['73.5900x002', 'O62.201']]);
  const st = vaginalDelivery(m, h, adm, { los: 2, epi: false, dx: [v[1], 'Z37.000'], px: [[v[0], adm]], doctorId: doc(h, 5) });
  cl.push(st);
  return [cl, [st], false];
}]);
// T05 剖宫产 with an invented emergency indication (fetal distress in labour) on a scheduled, pre-booked section
T.push(['T05', '低码高编：择期剖宫产编造"产时胎儿窘迫"指征（术前检查门诊预约完成、无胎心监护）', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['PRIVOB', 'MCH2', 'G2'])); const m = member({ gender: 'F', birthDate: womanDob(24, 38), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-11-15'); const cl = [antenatal(m, h, add(adm, -ri(120, 140)), 20, true), antenatal(m, h, add(adm, -ri(25, 35)), 35, false)];
  const pre = add(adm, -ri(2, 5));
  cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: pre, department: 'obstetrics', dx: ['Z34.900'], doctorId: doc(h, 6), items: [consult(h, pre), L('术前八项(感染筛查)', 1, pre), L('凝血四项', 1, pre), L('血型鉴定(ABO+Rh)', 1, pre), L('血常规(五分类)', 1, pre), L('产科B超', 1, pre), L('常规心电图检查', 1, pre)] }));
  const st = caesarean(m, h, adm, 1, ['O68.003', 'Z37.000'], { noCTG: true, doctorId: doc(h, 6) });
  // pre-op tests were done in clinic: drop the inpatient duplicates
  st.items = st.items; cl.push(st);
  return [cl, [st], false];
}]);
// T06 串换: self-pay 产后修复 package billed as 生物反馈治疗 + 运动疗法 under a pelvic-floor diagnosis
T.push(['T06', '串换项目：自费"产后修复"套餐按生物反馈治疗、运动疗法结算（盆底诊断无评估）', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'MCH2', 'PRIVOB'])); const m = member({ gender: 'F', birthDate: womanDob(23, 36), region: reg, insuranceType: pick(['employee', 'resident']) });
  const deliv = rdate('2026-01-05', '2026-08-20'); const cl = [vaginalDelivery(m, h, deliv, {})];
  const chk = add(deliv, ri(42, 48));
  cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: chk, department: 'gynecology', dx: ['Z39.200'], items: [consult(h, chk), L('血常规(五分类)', 1, chk), L('尿常规', 1, chk)] }));
  const n = ri(8, 10); const tg = []; const dx = pick(['N81.101', 'N39.300x002']);
  for (let k = 0; k < n; k++) { const d = add(chk, 1 + Math.floor(k * 3.5) + ri(0, 1));
    tg.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: 'gynecology', doctorId: doc(h, 7), dx: [dx], items: [consult(h, d), L('生物反馈治疗', 1, d, { mut: true }), L('运动疗法', 1, d, { mut: true })] })); }
  return [cl.concat(tg), tg, true];
}]);
// T07 串换: 儿童保健 milestone check-ups with 微量元素 billed as 电解质 + 血红蛋白 under a deficiency diagnosis
T.push(['T07', '串换项目：儿童保健体检与微量元素检测按普通门诊诊察、电解质、血红蛋白结算（按月龄节点）', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'MCH2'])); const bd = add('2025-01-01', ri(0, 300));
  const m = member({ gender: pick(['M', 'F']), birthDate: bd, region: reg });
  const cl = []; const tg = [];
  if (chance(0.6)) cl.push(childOut(m, hosp(reg, 'COMM'), rdate('2026-01-10', '2026-03-01'), ['J06.900'], [['小儿对乙酰氨基酚颗粒', 6]]));
  for (const mo of [6, 9, 12, 18, 24]) { const d = add(bd, Math.round(mo * 30.44) + ri(-3, 5)); if (d < '2026-01-02' || d > '2026-11-28' || tg.length >= 3) continue;
    tg.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: 'child_health', doctorId: doc(h, 8), dx: [pick(['E61.100', 'E63.900', 'E55.900'])], items: [L('普通门诊诊察费', 1, d, { mut: true }), L('电解质(四项)', 1, d, { mut: true }), L('血红蛋白测定', 1, d, { mut: true })] })); }
  if (tg.length < 2) { const d = '2026-11-' + String(ri(10, 25)); tg.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: d > '2026-11-28' ? '2026-11-20' : d, department: 'child_health', doctorId: doc(h, 8), dx: ['E61.100'], items: [L('普通门诊诊察费', 1, d, { mut: true }), L('电解质(四项)', 1, d, { mut: true }), L('血红蛋白测定', 1, d, { mut: true })] })); }
  return [cl.concat(tg), tg, true];
}]);
// T08 过度检查: bone densitometry (DXA) and spirometry for toddlers with colds, covered by a "维生素D缺乏" secondary code
T.push(['T08', '过度检查：幼儿普通呼吸道感染门诊加做骨密度（双能X线）、肺功能，以"维生素D缺乏"作掩护', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['PRIVPED', 'G2'])); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(400, 1800), region: reg });
  const d = rdate('2026-01-10', '2026-11-20'); const cl = [];
  if (chance(0.7)) cl.push(childOut(m, hosp(reg, 'COMM'), add(d, -ri(40, 150)), ['J06.900'], coldDrugs(2)));
  const extra = [L('骨密度测定(双能X线)', 1, d, { mut: true })]; if (chance(0.5)) extra.push(L('肺功能检查', 1, d, { mut: true }));
  const c = childOut(m, h, d, [pick(['J06.900', 'J20.900']), 'E55.900'], coldDrugs(2), { labs: true, extra, doctorId: doc(h, 9) });
  cl.push(c);
  return [cl, [c], true];
}]);
// T09 重复收费: 一次性产包 billed on the admission day of a planned caesarean whose price includes it
T.push(['T09', '重复收费：择期剖宫产在入院当日另收一次性产包（剖宫产术价格已含）', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['PRIVOB', 'MCH2', 'MCH3', 'G3'])); const m = member({ gender: 'F', birthDate: womanDob(26, 40), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-11-15'); const cl = [antenatal(m, h, add(adm, -ri(20, 30)), 36, false)];
  const st = caesarean(m, h, adm, 1, [pick(['O34.200x002', 'O32.101']), 'O82.000', 'Z37.000'], { doctorId: doc(h, 10), extraItems: [L('一次性产包', 1, adm, { mut: true })] });
  cl.push(st); return [cl, [st], true];
}]);
// T10 重复收费: the baby's jaundice tests (bilirubin, rapid glucose, CBC) billed on the mother's postpartum claim as well as the baby's own stay
T.push(['T10', '重复收费：新生儿黄疸住院的胆红素、血糖、血常规同日同量重复记在母亲产后结算单', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'MCH2', 'G3'])); const mo = member({ gender: 'F', birthDate: womanDob(23, 37), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-11-10'); const bw = ri(2800, 3800);
  const baby = member({ gender: pick(['M', 'F']), birthDate: adm, region: reg, special: 'newborn', birthWeightGrams: bw });
  const bAdm = add(adm, 2); const bLos = ri(3, 5);
  const dup = []; for (let k = 0; k < 2; k++) { const d = add(bAdm, k); dup.push(['总胆红素测定', 1, d], ['血糖监测(快速)', 2, d]); } dup.push(['血常规(五分类)', 1, bAdm]);
  const mum = vaginalDelivery(mo, h, adm, { los: 4, doctorId: doc(h, 11), extraItems: dup.map(([n, q, d]) => L(n, q, d, { mut: true })) });
  const bst = neonatalStay(baby, h, bAdm, bLos, ['P59.901'], [L('新生儿蓝光治疗', 12, bAdm), L('新生儿蓝光治疗', 10, add(bAdm, 1)), L('总胆红素测定', 1, bAdm), L('总胆红素测定', 1, add(bAdm, 1)), L('血糖监测(快速)', 2, add(bAdm, 1))], { route: 'other' });
  return [[antenatal(mo, h, add(adm, -ri(20, 30)), 36, false), mum, bst], [mum, bst], true];
}]);
// T11 超量开药: 14–20-day supplies of children's antibiotics and 中成药 for an acute infection, refilled within a week
T.push(['T11', '超量开药：儿童急性呼吸道感染一次开14–20天抗菌药和中成药，一周内再次开具', (i) => {
  const reg = regionOf(i); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(800, 3600), region: reg });
  const h1 = hosp(reg, pick(['PRIVPED', 'G2', 'CHILD3'])); const h2 = hosp(reg, pick(['COMM', 'PRIVPED']));
  const d1 = rdate('2026-01-10', '2026-11-10'); const days = ri(14, 20);
  const ab = pick([['头孢克肟胶囊', 2 * days], ['阿奇霉素片', days], ['阿莫西林克拉维酸钾片', 2 * days]]);
  const rx = [ab, ['小儿肺热咳喘口服液', 3 * days], ['小儿氨酚黄那敏颗粒', 3 * Math.min(days, 10)]];
  const c1 = childOut(m, h1, d1, [pick(['J20.900', 'J03.900', 'J06.900'])], rx, { mutDrugs: true, labs: chance(0.5) });
  const d2 = add(d1, ri(5, 8)); const c2 = childOut(m, h2, d2, [pick(['J20.900', 'J06.900'])], [ab, ['小儿肺热咳喘口服液', 3 * days]], { mutDrugs: true });
  return [[c1, c2], [c1, c2], true];
}]);
// T12 冒名就医: an uninsured infant sibling admitted for bronchiolitis on the older sibling's card; the card-holder is seen in a clinic during the stay
T.push(['T12', '冒名就医：未参保婴儿以兄姐医保卡住院（毛细支气管炎），住院期间卡主本人在社区门诊就诊', (i) => {
  const reg = regionOf(i); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(1300, 2400), region: reg });
  const h = hosp(reg, pick(['CHILD3', 'PRIVPED', 'G3'])); const adm = rdate('2026-01-10', '2026-04-30'); const los = ri(4, 6);
  const cl = [];
  cl.push(childOut(m, hosp(reg, 'COMM'), add(adm, -ri(40, 100)), ['J06.900'], coldDrugs(4)));
  const oxy = []; for (let k = 0; k < 2; k++) oxy.push(L('吸氧', ri(10, 16), add(adm, k)), L('血氧饱和度监测', 12, add(adm, k)));
  const st = paedStay(m, h, adm, los, ['J21.900'], { nebs: true, n1: 2, ivDays: 3, extra: oxy.concat([L('一次性使用吸氧管', 1, adm)]) });
  const od = add(adm, ri(1, los - 2));
  const o = childOut(m, hosp(reg, 'COMM'), od, [pick(['J02.801', 'K59.000', 'L20.900'])], [['小儿氨酚黄那敏颗粒', 6]]);
  cl.push(o, st);
  return [cl, [st, o], false];
}]);
// T13 冒名就医: an uninsured woman's term delivery on a member's card 5–8 months after the card-holder's own delivery
T.push(['T13', '冒名就医：未参保孕妇持他人医保卡分娩（卡主本人5–8个月前刚分娩）', (i) => {
  const reg = regionOf(i); const m = member({ gender: 'F', birthDate: womanDob(22, 34), region: reg, insuranceType: pick(['employee', 'resident']) });
  const h1 = hosp(reg, pick(['MCH3', 'G3'])); const h2 = hosp(reg, pick(['PRIVOB', 'G2', 'MCH2']));
  const d1 = rdate('2026-01-05', '2026-03-20'); const cl = [antenatal(m, h1, add(d1, -ri(15, 25)), 37, false)];
  cl.push(chance(0.5) ? vaginalDelivery(m, h1, d1, {}) : caesarean(m, h1, d1, 1, ['O34.200x002', 'O82.000', 'Z37.000']));
  const pc = add(d1, 44); cl.push(mkClaim(m, h1, { visitType: 'outpatient', visitDate: pc, department: 'gynecology', dx: ['Z39.200'], items: [consult(h1, pc), L('妇科B超', 1, pc), L('血常规(五分类)', 1, pc)] }));
  const d2 = add(d1, ri(155, 240)); const st = vaginalDelivery(m, h2, d2, { route: 'emergency', doctorId: doc(h2, 12) });
  cl.push(st); return [cl, [st], false];
}]);
// T14 重复结算: one delivery settled under 职工医保(生育) at the hospital and again under 居民医保 (hometown) as 异地 reimbursement weeks later
T.push(['T14', '重复结算：同一次分娩先按职工医保（生育）结算，数周后以参保地居民医保异地报销再结算', (i) => {
  const reg = regionOf(i); const home = REGIONS[(i + 2) % REGIONS.length]; const h = hosp(reg, pick(['MCH3', 'G3', 'PRIVOB']));
  const m = member({ gender: 'F', birthDate: womanDob(24, 36), region: reg, insuranceType: 'employee' });
  const adm = rdate('2026-01-10', '2026-09-30'); const cl = [antenatal(m, h, add(adm, -ri(30, 40)), 35, false)];
  const cs = chance(0.4); seed += 0; const s0 = seed;
  const a = cs ? caesarean(m, h, adm, 1, ['O32.101', 'O82.000', 'Z37.000']) : vaginalDelivery(m, h, adm, {});
  seed = s0; // same bill again
  const mr = Object.assign({}, m, { enrollment: { enrolledOn: '2026-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 8), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: true, contributionYears: 5, special: null } });
  const settle = add(adm, ri(30, 50));
  const b = cs ? caesarean(mr, h, adm, 1, ['O32.101', 'O82.000', 'Z37.000'], { insuranceType: 'resident', insuredRegion: home }) : vaginalDelivery(mr, h, adm, { insuranceType: 'resident', insuredRegion: home, settle });
  b._settle = settle;
  // regroup the invoice: merge repeated lines of the same item (as a paper-invoice reimbursement shows them)
  const merged = {}; const its = []; for (const it of b.items) { const k = it.code + '|' + it.unitPrice; if (merged[k]) { merged[k].quantity += it.quantity; merged[k].amount = r2(merged[k].amount + it.amount); } else { merged[k] = Object.assign({}, it); its.push(merged[k]); } }
  its.forEach((x, k) => { x.lineId = String(k + 1); }); b.items = its;
  cl.push(a, b); return [cl, [a, b], false];
}]);
// T15 串换诊断: IVF luteal-phase support (not covered) billed as 先兆流产 保胎 before any pregnancy test
T.push(['T15', '超范围/串换诊断：辅助生殖移植后黄体支持以"先兆流产"结算（尚无妊娠确认）', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3'])); const m = member({ gender: 'F', birthDate: womanDob(28, 41), region: reg, insuranceType: pick(['employee', 'resident']) });
  const s = rdate('2026-01-10', '2026-09-30'); const cl = [];
  for (const k of [0, 5, 9]) { const d = add(s, k); cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: 'reproductive', dx: [pick(['N97.100', 'N97.000'])], items: [consult(h, d, true), L('妇科B超', 1, d)] })); }
  const tdate = add(s, ri(15, 19)); const days = 14;
  const c1 = mkClaim(m, h, { visitType: 'outpatient', visitDate: tdate, department: 'gynecology', doctorId: doc(h, 13), dx: ['O20.000'], items: [consult(h, tdate, true), L('黄体酮注射液', days, tdate, { mut: true }), L('肌肉注射', 1, tdate), L('地屈孕酮片', 2 * days, tdate, { mut: true }), L('戊酸雌二醇片', 2 * days, tdate, { mut: true })] });
  const d2 = add(tdate, ri(12, 14));
  const c2 = mkClaim(m, h, { visitType: 'outpatient', visitDate: d2, department: 'gynecology', doctorId: doc(h, 13), dx: ['O20.000'], items: [consult(h, d2, true), L('人绒毛膜促性腺激素(β-HCG)测定', 1, d2), L('黄体酮注射液', days, d2, { mut: true }), L('地屈孕酮片', 2 * days, d2, { mut: true })] });
  cl.push(c1, c2); return [cl, [c1, c2], true];
}]);

// =====================================================================
// CONTROLS
// =====================================================================
const C = [];
C.push(['C01', '哮吼（急性梗阻性喉炎）患儿住院：吸气性喉鸣，雾化布地奈德、地塞米松、吸氧2–3天', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['CHILD3', 'G3', 'G2'])); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(300, 1500), region: reg });
  const adm = rdate('2026-01-05', '2026-11-20'); const e = mkClaim(m, h, { visitType: 'outpatient', visitDate: adm, department: 'pediatrics', dx: ['J05.000'], items: [L('急诊诊察费', 1, adm), L('雾化吸入', 1, adm), L('吸入用布地奈德混悬液', 2, adm), L('地塞米松磷酸钠注射液', 1, adm), L('肌肉注射', 1, adm), L('血氧饱和度监测', 2, adm)] });
  const los = ri(2, 3); const ox = []; for (let k = 0; k < 2; k++) ox.push(L('吸氧', ri(8, 14), add(adm, k)), L('血氧饱和度监测', 16, add(adm, k)));
  const st = paedStay(m, h, adm, los, ['J05.000'], { route: 'emergency', nebs: true, n1: 1, ivDays: 2, ivDrugs: [['葡萄糖氯化钠注射液', 1], ['地塞米松磷酸钠注射液', 1]], extra: ox.concat([L('一次性使用吸氧管', 1, adm)]) });
  return [e, st];
}]);
C.push(['C02', '儿童流感并发肺炎住院：奥司他韦5天、血氧下降吸氧、胸片示肺炎', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['CHILD3', 'G3', 'MCH3'])); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(1500, 4000), region: reg });
  const adm = pick([rdate('2026-01-05', '2026-03-15'), rdate('2026-11-01', '2026-11-20')]); const o = childOut(m, h, add(adm, -1), ['J10.000'], [['磷酸奥司他韦胶囊', 2], ['布洛芬混悬液', 1]], { labs: true });
  const los = ri(5, 7); const ox = []; for (let k = 0; k < 3; k++) ox.push(L('吸氧', ri(10, 18), add(adm, k)), L('血氧饱和度监测', 20, add(adm, k)));
  const st = paedStay(m, h, adm, los, ['J10.000'], { route: 'outpatient', n1: 2, ivDays: los - 1, nebs: true, nebDays: 3, ivDrugs: [['葡萄糖氯化钠注射液', 1], ['注射用头孢呋辛钠', 3]], extra: ox.concat([L('磷酸奥司他韦胶囊', 8, adm), L('降钙素原测定', 1, adm), L('肝功能(全套)', 1, adm), L('电解质(四项)', 1, adm), L('血常规(五分类)', 1, add(adm, 3)), L('一次性使用吸氧管', 1, adm)]) });
  return [o, st];
}]);
C.push(['C03', '34–36周重度子痫前期住院：降压、每日化验、胎心监护，3–6天后剖宫产', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3'])); const m = member({ gender: 'F', birthDate: womanDob(26, 41), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-11-05'); const cl = [antenatal(m, h, add(adm, -ri(60, 80)), 24, false), antenatal(m, h, add(adm, -ri(14, 21)), 32, false)];
  const op = ri(3, 6); const extra = [];
  for (let k = 0; k < op; k++) { const d = add(adm, k); extra.push(L('胎心监护', 2, d), L('无创血压监测', 6, d), L('尿常规', 1, d), L('肝功能(全套)', k % 2 === 0 ? 1 : 0, d), L('肾功能(三项)', k % 2 === 0 ? 1 : 0, d), L('硝苯地平控释片', 2, d)); }
  extra.push(L('凝血四项', 1, add(adm, 2)), L('产科B超', 1, add(adm, 2)), L('地塞米松磷酸钠注射液', 2, adm), L('地塞米松磷酸钠注射液', 2, add(adm, 1)));
  const st = caesarean(m, h, adm, op, ['O14.100x002', 'O60.100x001', 'O82.100', 'Z37.000'], { route: 'outpatient', post: ri(4, 5), extraItems: extra.filter((x) => x.qty > 0) });
  return cl.concat([st]);
}]);
C.push(['C04', '妊娠期肝内胆汁淤积（ICP）36周住院：熊去氧胆酸、隔日肝功能与胆红素，催产素引产后顺产', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3', 'MCH2'])); const m = member({ gender: 'F', birthDate: womanDob(24, 38), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-11-05'); const ad = add(adm, -ri(20, 30)); const a0 = antenatal(m, h, ad, 33, false, [L('肝功能(全套)', 1, ad), L('总胆红素测定', 0, ad)]); if (a0) a0.diagnoses = [{ code: 'O26.606', principal: true }]; const cl = [a0];
  const dday = ri(3, 5); const extra = [];
  for (let k = 0; k < dday; k++) { const d = add(adm, k); extra.push(L('熊去氧胆酸胶囊', 3, d), L('胎心监护', 2, d)); if (k % 2 === 0) extra.push(L('总胆红素测定', 1, d), L('丙氨酸氨基转移酶测定', 1, d), L('天门冬氨酸氨基转移酶测定', 1, d)); }
  extra.push(L('缩宫素注射液', 2, add(adm, dday - 1)), L('静脉输液(第一组)', 1, add(adm, dday - 1)), L('一次性使用输液器', 1, add(adm, dday - 1)), L('葡萄糖注射液', 1, add(adm, dday - 1)));
  const st = vaginalDelivery(m, h, adm, { los: dday + 2, delivDay: dday, dx: ['O26.606', 'Z37.000'], px: [['73.4x01', add(adm, dday - 1)], ['73.5900', add(adm, dday)]], extraItems: extra });
  return cl.concat([st]);
}]);
C.push(['C05', '产褥期子宫内膜炎：顺产出院后6–10天发热、恶露异味再入院，培养后静脉抗菌药', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3', 'MCH2', 'G2'])); const m = member({ gender: 'F', birthDate: womanDob(22, 38), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-10-30'); const d1 = vaginalDelivery(m, h, adm, { los: 2, epi: true });
  const adm2 = add(d1.dischargeDate, ri(6, 10)); const los = ri(5, 7);
  const ex = [L('细菌培养及药敏', 2, adm2), L('降钙素原测定', 1, adm2), L('妇科B超', 1, adm2), L('血常规(五分类)', 1, add(adm2, 3)), L('C反应蛋白测定', 1, add(adm2, 3))];
  const it = wardDays(adm2, add(adm2, los), { n1: 2 }).concat(labsBasic(adm2), ex, infusionDays(adm2, los - 1, false, [['氯化钠注射液', 2], ['注射用头孢呋辛钠', 3], ['甲硝唑氯化钠注射液', 2]]), [L('静脉输液(每增加一组)', 2 * (los - 1), adm2)]);
  const st = mkClaim(m, h, { visitType: 'inpatient', admissionDate: adm2, dischargeDate: add(adm2, los), department: 'obstetrics', admissionRoute: 'emergency', dx: ['O85.x03', 'O75.200'].slice(0, 1), items: it });
  return [d1, st];
}]);
C.push(['C06', '早孕稽留流产两次处理：先药物流产，一周后不全流产行清宫术', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3', 'MCH2'])); const m = member({ gender: 'F', birthDate: womanDob(24, 40), region: reg, insuranceType: pick(['employee', 'resident']) });
  const d = rdate('2026-01-10', '2026-11-01');
  const a = mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: 'gynecology', dx: ['O02.100'], items: [consult(h, d), L('妇科B超', 1, d), L('人绒毛膜促性腺激素(β-HCG)测定', 1, d), L('血常规(五分类)', 1, d), L('血型鉴定(ABO+Rh)', 1, d)] });
  const b = mkClaim(m, h, { visitType: 'outpatient', visitDate: add(d, 2), department: 'gynecology', dx: ['O02.100'], items: [consult(h, add(d, 2)), L('妇科B超', 1, add(d, 2)), L('肌肉注射', 1, add(d, 2))] });
  const adm = add(d, ri(7, 10)); const los = ri(1, 2);
  const it = wardDays(adm, add(adm, los), { n1: 1 }).concat([L('妇科B超', 1, adm), L('血常规(五分类)', 1, adm), L('凝血四项', 1, adm), L('人绒毛膜促性腺激素(β-HCG)测定', 1, adm), L('缩宫素注射液', 1, adm), L('病理检查(常规石蜡切片)', 1, adm), L('静脉输液(第一组)', 1, adm), L('一次性使用输液器', 1, adm), L('氯化钠注射液', 1, adm), L('局部浸润麻醉', 1, adm), L('盐酸利多卡因注射液', 1, adm)]);
  const st = mkClaim(m, h, { visitType: 'inpatient', admissionDate: adm, dischargeDate: add(adm, los), department: 'gynecology', admissionRoute: 'outpatient', dx: ['O03.400x001'], px: [['69.5200', adm]], items: it });
  return [a, b, st];
}]);
C.push(['C07', '顺产伴Ⅲ度会阴裂伤：修补术（椎管内/局部麻醉）、预防性抗菌药、住院4–5天', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3'])); const m = member({ gender: 'F', birthDate: womanDob(22, 37), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-11-15'); const los = ri(4, 5);
  const ex = [L('椎管内麻醉', 1, adm), L('一次性使用麻醉穿刺包', 1, adm), L('可吸收缝线', 4, adm), L('注射用头孢呋辛钠', 3, adm), L('注射用头孢呋辛钠', 3, add(adm, 1)), L('甲硝唑氯化钠注射液', 2, adm), L('导尿', 1, adm), L('一次性使用导尿包', 1, adm), L('换药(小)', 1, add(adm, 2)), L('换药(小)', 1, add(adm, 3)), L('乳果糖口服溶液', 6, add(adm, 1))];
  const st = vaginalDelivery(m, h, adm, { los, epi: false, dx: ['O70.200', 'Z37.000'], px: [['75.6200', adm], ['73.5900', adm]], extraItems: ex });
  return [antenatal(m, h, add(adm, -ri(15, 25)), 37, false), st];
}]);
C.push(['C08', '双胎妊娠35–36周剖宫产：两名低体重新生儿各自参保住院观察7–10天', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3'])); const m = member({ gender: 'F', birthDate: womanDob(25, 39), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-11-05'); const op = add(adm, 1);
  const cl = [antenatal(m, h, add(adm, -ri(80, 100)), 20, false), antenatal(m, h, add(adm, -ri(10, 20)), 33, false)];
  cl.push(caesarean(m, h, adm, 1, ['O30.000', 'O60.100x001', 'O82.000', 'Z37.200']));
  for (let k = 0; k < 2; k++) { const b = member({ gender: pick(['M', 'F']), birthDate: op, region: reg, special: 'newborn', birthWeightGrams: ri(2050, 2450) }); const los = ri(7, 10);
    const ex = [L('血糖监测(快速)', 3, add(op, 1)), L('血糖监测(快速)', 2, add(op, 2)), L('总胆红素测定', 1, add(op, 3)), L('新生儿蓝光治疗', chance(0.5) ? 12 : 0, add(op, 3)), L('血氧饱和度监测', 24, op), L('静脉输液(第一组)', 1, op), L('葡萄糖注射液', 1, op), L('一次性使用精密输液器', 1, op)].filter((x) => x.qty > 0);
    cl.push(neonatalStay(b, h, op, los, ['P07.100', 'P07.300', 'Z38.300'], ex)); }
  return cl;
}]);
C.push(['C09', '臀位择期剖宫产：36周起产科B超连续提示臀先露，39周手术', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3', 'MCH2', 'PRIVOB'])); const m = member({ gender: 'F', birthDate: womanDob(23, 39), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-15', '2026-11-10'); const cl = [antenatal(m, h, add(adm, -21), 36, false), antenatal(m, h, add(adm, -14), 37, false), antenatal(m, h, add(adm, -7), 38, false)];
  cl.filter(Boolean).forEach((c) => { c.diagnoses = [{ code: 'O32.101', principal: true }]; });
  cl.push(caesarean(m, h, adm, 1, ['O32.101', 'O82.000', 'Z37.000']));
  return cl;
}]);
C.push(['C10', '前置胎盘伴出血：33–35周出血急诊入院，期待治疗数日后剖宫产', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3'])); const m = member({ gender: 'F', birthDate: womanDob(26, 41), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-11-05'); const op = ri(3, 7); const ex = [];
  for (let k = 0; k < op; k++) ex.push(L('胎心监护', 2, add(adm, k)));
  ex.push(L('产科B超', 1, add(adm, 2)), L('地塞米松磷酸钠注射液', 2, adm), L('地塞米松磷酸钠注射液', 2, add(adm, 1)), L('血常规(五分类)', 1, add(adm, 2)), L('氨甲环酸注射液', 2, add(adm, op)), L('血型鉴定(ABO+Rh)', 0, adm));
  const st = caesarean(m, h, adm, op, ['O44.100', 'O60.100x001', 'O82.100', 'Z37.000'], { route: 'emergency', extraItems: ex.filter((x) => x.qty > 0) });
  return [antenatal(m, h, add(adm, -ri(30, 45)), 28, false), st];
}]);
C.push(['C11', '产后6–9个月压力性尿失禁确诊后盆底生物反馈治疗：评估、B超、尿常规，疗程8–10次', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3'])); const m = member({ gender: 'F', birthDate: womanDob(26, 40), region: reg, insuranceType: pick(['employee', 'resident']) });
  const d = rdate('2026-01-10', '2026-09-01'); const cl = [];
  cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: 'gynecology', dx: ['N39.300x002'], items: [consult(h, d, true), L('妇科B超', 1, d), L('泌尿系B超', 1, d), L('尿常规', 1, d), L('康复评定', 1, d)] }));
  const n = ri(8, 10); for (let k = 0; k < n; k++) { const v = add(d, 7 + k * ri(3, 4)); cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: v, department: 'gynecology', dx: ['N39.300x002'], items: [consult(h, v), L('生物反馈治疗', 1, v)] })); }
  const f = add(d, 7 + n * 4 + 7); cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: f, department: 'gynecology', dx: ['N39.300x002'], items: [consult(h, f, true), L('康复评定', 1, f)] }));
  return cl;
}]);
C.push(['C12', '幼儿缺铁性贫血：血常规确诊，口服铁剂，4周与8周复查', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'CHILD3', 'MCH2'])); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(300, 1000), region: reg });
  const d = rdate('2026-01-10', '2026-08-30'); const cl = [];
  cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: 'pediatrics', dx: ['D50.900'], items: [consult(h, d), L('血常规(五分类)', 1, d), L('大便常规+隐血', 1, d), L('琥珀酸亚铁片', 30, d)] }));
  for (const w of [28, 56]) { const v = add(d, w + ri(0, 3)); cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: v, department: 'pediatrics', dx: ['D50.900'], items: [consult(h, v), L('血常规(五分类)', 1, v), L('琥珀酸亚铁片', 30, v)] })); }
  return cl;
}]);
C.push(['C13', '女童中枢性性早熟评估：骨龄片、盆腔B超、甲功、激素，内分泌科随访', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['CHILD3', 'MCH3'])); const m = member({ gender: 'F', birthDate: childDob(2300, 2900), region: reg });
  const d = rdate('2026-01-10', '2026-09-30');
  const a = mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: 'pediatric_endocrinology', dx: ['E30.100'], items: [consult(h, d, true), L('四肢X线摄影', 1, d), L('妇科B超', 1, d), L('甲状腺功能(三项)', 1, d), L('乳腺彩超', 1, d)] });
  const b2 = add(d, ri(7, 14)); const b = mkClaim(m, h, { visitType: 'outpatient', visitDate: b2, department: 'pediatric_endocrinology', dx: ['E22.802'], items: [consult(h, b2, true), L('头颅MRI平扫', 1, b2)] });
  let c3 = add(d, ri(85, 100)); if (c3 > '2026-11-28') c3 = '2026-11-26'; const c = mkClaim(m, h, { visitType: 'outpatient', visitDate: c3, department: 'pediatric_endocrinology', dx: ['E22.802'], items: [consult(h, c3, true), L('妇科B超', 1, c3)] });
  return [a, b, c];
}]);
C.push(['C14', '青少年神经性厌食伴继发闭经：骨密度、电解质、甲功、心电图，住院营养治疗', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['G3', 'CHILD3'])); const m = member({ gender: 'F', birthDate: childDob(4700, 6400), region: reg });
  const d = rdate('2026-01-10', '2026-10-20');
  const o = mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: 'pediatrics', dx: ['F50.000', 'N91.100'], items: [consult(h, d, true), L('骨密度测定(双能X线)', 1, d), L('电解质(四项)', 1, d), L('甲状腺功能(三项)', 1, d), L('常规心电图检查', 1, d), L('血常规(五分类)', 1, d), L('妇科B超', 1, d)] });
  const adm = add(d, ri(2, 6)); const los = ri(12, 18); const ex = [];
  for (let k = 0; k < los; k += 3) ex.push(L('电解质(四项)', 1, add(adm, k)), L('空腹血糖测定', 1, add(adm, k)));
  ex.push(L('肝功能(全套)', 1, adm), L('常规心电图检查', 1, add(adm, 7)), L('复合维生素B片', 3 * los, adm), L('个别心理治疗', 1, add(adm, 3)), L('个别心理治疗', 1, add(adm, 10)));
  const st = mkClaim(m, h, { visitType: 'inpatient', admissionDate: adm, dischargeDate: add(adm, los), department: 'pediatrics', admissionRoute: 'outpatient', dx: ['F50.000', 'N91.100', 'E87.600'].slice(0, 2), items: wardDays(adm, add(adm, los), { n1: 3 }).concat(ex, [L('血常规(五分类)', 1, adm)]) });
  return [o, st];
}]);
C.push(['C15', '顺产后胎盘滞留手取胎盘：会阴侧切、产包、缩宫素加量，复查血常规', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3', 'MCH2', 'G2'])); const m = member({ gender: 'F', birthDate: womanDob(22, 38), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-11-15');
  const st = vaginalDelivery(m, h, adm, { los: 3, epi: true, dx: ['O73.000', 'Z37.000'], px: [['75.4x00x002', adm], ['73.6x01', adm]], extraItems: [L('缩宫素注射液', 2, adm), L('血常规(五分类)', 1, add(adm, 2)), L('妇科B超', 1, add(adm, 1)), L('注射用头孢呋辛钠', 2, adm)] });
  return [antenatal(m, h, add(adm, -ri(15, 25)), 37, false), st];
}]);
C.push(['C16', '足月儿早发型败血症：出生次日转NICU，血培养、氨苄西林+头孢他啶7–10天（母亲同期住院）', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3', 'CHILD3'].slice(0, 2))); const mo = member({ gender: 'F', birthDate: womanDob(22, 38), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-01-10', '2026-11-05'); const mum = vaginalDelivery(mo, h, adm, { los: 3, dx: ['O42.000x001', 'Z37.000'], px: [['73.5900', adm]], extraItems: [L('注射用头孢呋辛钠', 2, adm)] });
  const baby = member({ gender: pick(['M', 'F']), birthDate: adm, region: reg, special: 'newborn', birthWeightGrams: ri(2900, 3700) });
  const bAdm = add(adm, 1); const los = ri(8, 11); const ex = [L('细菌培养及药敏', 1, bAdm), L('降钙素原测定', 1, bAdm), L('C反应蛋白测定', 1, add(bAdm, 3)), L('血常规(五分类)', 1, add(bAdm, 3)), L('血氧饱和度监测', 24, bAdm), L('心电监测', 24, bAdm), L('C反应蛋白测定', 1, add(bAdm, 7))];
  for (let k = 0; k < los - 1; k++) { const d = add(bAdm, k); ex.push(L('注射用氨苄西林钠', 2, d), L('注射用头孢他啶', 2, d), L('静脉注射', 4, d)); }
  ex.push(L('一次性使用静脉留置针', 1, bAdm), L('静脉留置针置管', 1, bAdm), L('一次性使用精密输液器', 1, bAdm));
  return [mum, neonatalStay(baby, h, bAdm, los, ['P36.900'], ex, { route: 'other' })];
}]);
C.push(['C17', '妊娠期糖尿病胰岛素治疗产妇与低血糖新生儿：母亲产检调药、分娩，婴儿入NICU监测血糖', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3'])); const mo = member({ gender: 'F', birthDate: womanDob(27, 41), region: reg, insuranceType: pick(['employee', 'resident']) });
  const adm = rdate('2026-02-01', '2026-11-05'); const cl = [];
  for (const w of [60, 40, 20]) { const d = add(adm, -w); cl.push(mkClaim(mo, h, { visitType: 'outpatient', visitDate: d, department: 'obstetrics', dx: ['O24.400'], items: [consult(h, d, true), L('空腹血糖测定', 1, d), L('糖化血红蛋白测定', w === 60 ? 1 : 0, d), L('血糖试纸', 50, d), L('精蛋白生物合成人胰岛素注射液', 2, d), L('产科B超', 1, d)].filter((x) => x.qty > 0) })); }
  const mum = vaginalDelivery(mo, h, adm, { los: 3, dx: ['O24.400', 'Z37.000'].reverse().reverse(), px: [['73.5900', adm]], extraItems: [L('血糖监测(快速)', 4, adm), L('血糖监测(快速)', 4, add(adm, 1))] });
  mum.diagnoses = [{ code: 'Z37.000', principal: true }, { code: 'O24.400' }];
  const baby = member({ gender: pick(['M', 'F']), birthDate: adm, region: reg, special: 'newborn', birthWeightGrams: ri(3600, 4300) }); const los = ri(3, 5);
  const ex = []; for (let k = 0; k < los; k++) ex.push(L('血糖监测(快速)', k === 0 ? 8 : 4, add(adm, k)));
  ex.push(L('静脉输液(第一组)', 1, adm), L('葡萄糖注射液', 2, adm), L('一次性使用精密输液器', 1, adm), L('静脉输液(第一组)', 1, add(adm, 1)), L('葡萄糖注射液', 2, add(adm, 1)), L('电解质(四项)', 1, adm));
  cl.push(mum, neonatalStay(baby, h, adm, los, ['P70.100', 'P70.400'], ex, { route: 'other' }));
  return cl;
}]);
C.push(['C18', '学龄儿童支气管哮喘控制治疗：布地奈德福莫特罗每月复诊续方，按需沙丁胺醇', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['CHILD3', 'G3', 'G2'])); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(2600, 4800), region: reg });
  const d = rdate('2026-01-10', '2026-07-30'); const cl = [];
  cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: 'pediatrics', dx: ['J45.900x001'], items: [consult(h, d, true), L('肺功能检查', 1, d), L('血常规(五分类)', 1, d), L('布地奈德福莫特罗吸入粉雾剂', 1, d), L('硫酸沙丁胺醇吸入气雾剂', 1, d)] }));
  for (let k = 1; k <= 3; k++) { const v = add(d, 28 * k + ri(0, 3)); cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: v, department: 'pediatrics', dx: ['J45.900x001'], items: [consult(h, v), L('布地奈德福莫特罗吸入粉雾剂', 1, v), L('肺功能检查', k === 3 ? 1 : 0, v)].filter((x) => x.qty > 0) })); }
  return cl;
}]);
C.push(['C19', '儿童肺炎支原体肺炎门诊治疗：阿奇霉素3天两疗程（间隔4天），胸片与复诊', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['CHILD3', 'G3', 'G2', 'MCH3'])); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(1800, 4300), region: reg });
  const d = rdate('2026-01-10', '2026-11-10');
  const a = mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: 'pediatrics', dx: ['J15.700'], items: [consult(h, d), L('血常规(五分类)', 1, d), L('C反应蛋白测定', 1, d), L('胸部X线摄影(正侧位)', 1, d), L('阿奇霉素片', 3, d), L('布洛芬混悬液', 1, d)] });
  const v = add(d, 7); const b = mkClaim(m, h, { visitType: 'outpatient', visitDate: v, department: 'pediatrics', dx: ['J15.700'], items: [consult(h, v), L('血常规(五分类)', 1, v), L('阿奇霉素片', 3, v), L('盐酸氨溴索片', 9, v)] });
  const w = add(d, ri(18, 24)); const c = mkClaim(m, h, { visitType: 'outpatient', visitDate: w, department: 'pediatrics', dx: ['J15.700'], items: [consult(h, w), L('胸部X线摄影(正侧位)', 1, w)] });
  return [a, b, c];
}]);
C.push(['C20', '出生即参保婴儿：新生儿期后首次住院（毛细支气管炎）用本人医保卡，兄姐同期以各自医保卡门诊', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['CHILD3', 'G3', 'PRIVPED'])); const bd = add('2025-12-01', ri(0, 120));
  const b = member({ gender: pick(['M', 'F']), birthDate: bd, region: reg, special: 'newborn', birthWeightGrams: ri(2800, 3800) });
  const sib = member({ gender: pick(['M', 'F']), birthDate: childDob(1300, 2400), region: reg });
  const adm = add(bd, ri(60, 150)); const los = ri(4, 6); const cl = [];
  cl.push(childOut(sib, hosp(reg, 'COMM'), add(adm, -2), ['J06.900'], coldDrugs(4)));
  cl.push(childOut(b, h, add(adm, -1), ['J21.900'], [['小儿对乙酰氨基酚颗粒', 6]], { labs: true }));
  const oxy = []; for (let k = 0; k < 2; k++) oxy.push(L('吸氧', ri(10, 16), add(adm, k)), L('血氧饱和度监测', 16, add(adm, k)));
  cl.push(paedStay(b, h, adm, los, ['J21.900'], { nebs: true, n1: 2, ivDays: 3, extra: oxy.concat([L('一次性使用吸氧管', 1, adm)]) }));
  cl.push(childOut(sib, hosp(reg, 'COMM'), add(adm, 1), ['J06.900'], [['小儿肺热咳喘口服液', 9]]));
  return cl;
}]);
C.push(['C21', '年初分娩、年末早孕稽留流产：同一参保人两次妊娠事件间隔合理（≥8个月）', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3', 'MCH2'])); const m = member({ gender: 'F', birthDate: womanDob(24, 37), region: reg, insuranceType: pick(['employee', 'resident']) });
  const d1 = rdate('2026-01-03', '2026-02-20'); const cl = [vaginalDelivery(m, h, d1, {})];
  const pc = add(d1, 43); cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: pc, department: 'gynecology', dx: ['Z39.200'], items: [consult(h, pc), L('妇科B超', 1, pc)] }));
  const d2 = add(d1, ri(250, 300)); const x = d2 > '2026-11-20' ? '2026-11-18' : d2;
  cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: x, department: 'gynecology', dx: ['O02.100'], items: [consult(h, x), L('妇科B超', 1, x), L('人绒毛膜促性腺激素(β-HCG)测定', 1, x), L('血常规(五分类)', 1, x)] }));
  const adm = add(x, 2); const it = wardDays(adm, add(adm, 1), { n1: 1 }).concat([L('妇科B超', 1, adm), L('凝血四项', 1, adm), L('病理检查(常规石蜡切片)', 1, adm), L('缩宫素注射液', 1, adm), L('局部浸润麻醉', 1, adm), L('盐酸利多卡因注射液', 1, adm)]);
  cl.push(mkClaim(m, h, { visitType: 'inpatient', admissionDate: adm, dischargeDate: add(adm, 1), department: 'gynecology', admissionRoute: 'outpatient', dx: ['O02.100'], px: [['69.5101', adm]], items: it }));
  return cl;
}]);
C.push(['C22', '异地分娩一次结算：户籍地居民医保孕妇在丈夫工作地产检与分娩（insuredRegion为参保地）', (i) => {
  const reg = regionOf(i); const home = REGIONS[(i + 1) % REGIONS.length]; const m = member({ gender: 'F', birthDate: womanDob(22, 35), region: home, insuranceType: 'resident' });
  const h0 = hosp(home, pick(['MCH2', 'COMM'].slice(0, 1))); const h = hosp(reg, pick(['MCH3', 'G3', 'PRIVOB']));
  const adm = rdate('2026-03-01', '2026-11-10'); const cl = [antenatal(m, h0, add(adm, -ri(150, 180)), 14, true)];
  for (const w of [60, 25]) { const d = add(adm, -w); const c = antenatal(m, h, d, w === 60 ? 31 : 36, false); if (!c) continue; c.insuredRegion = home; c.amounts.fundClaimed = r2(c.amounts.policy * policies.provinces[home.slice(0, 2)].schemes.resident.outpatient.ratio[String(h.level)]); cl.push(c); }
  cl.push(vaginalDelivery(m, h, adm, { insuredRegion: home }));
  return cl;
}]);
C.push(['C23', '复发性流产史者自然妊娠：β-HCG确认妊娠后黄体酮保胎，连续两次β-HCG与早孕B超', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3'])); const m = member({ gender: 'F', birthDate: womanDob(26, 40), region: reg, insuranceType: pick(['employee', 'resident']) });
  const d = rdate('2026-01-10', '2026-10-20'); const cl = [];
  cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: 'gynecology', dx: ['Z32.100', 'Z35.100'], items: [consult(h, d, true), L('人绒毛膜促性腺激素(β-HCG)测定', 1, d), L('甲状腺功能(三项)', 1, d)] }));
  const v = add(d, 2); cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: v, department: 'gynecology', dx: ['O26.200'], items: [consult(h, v, true), L('人绒毛膜促性腺激素(β-HCG)测定', 1, v), L('黄体酮注射液', 7, v), L('肌肉注射', 1, v), L('地屈孕酮片', 14, v)] }));
  const w = add(d, ri(12, 16)); cl.push(mkClaim(m, h, { visitType: 'outpatient', visitDate: w, department: 'gynecology', dx: ['O26.200'], items: [consult(h, w, true), L('妇科B超', 1, w), L('地屈孕酮片', 28, w)] }));
  return cl;
}]);
C.push(['C24', '青春期功能失调性子宫出血伴中度贫血：住院止血（氨甲环酸、孕激素）、铁剂、凝血与甲功排查', (i) => {
  const reg = regionOf(i); const h = hosp(reg, pick(['MCH3', 'G3', 'CHILD3'])); const m = member({ gender: 'F', birthDate: childDob(4300, 6000), region: reg });
  const adm = rdate('2026-01-10', '2026-11-10'); const los = ri(4, 6);
  const ex = [L('凝血四项', 1, adm), L('甲状腺功能(三项)', 1, adm), L('妇科B超', 1, adm), L('人绒毛膜促性腺激素(β-HCG)测定', 1, adm), L('血常规(五分类)', 1, add(adm, 2)), L('血常规(五分类)', 1, add(adm, los - 1)), L('地屈孕酮片', 2 * los, adm), L('琥珀酸亚铁片', 3 * los, adm)];
  for (let k = 0; k < 3; k++) ex.push(L('氨甲环酸注射液', 2, add(adm, k)), L('静脉输液(第一组)', 1, add(adm, k)), L('一次性使用输液器', 1, add(adm, k)), L('氯化钠注射液', 1, add(adm, k)));
  const st = mkClaim(m, h, { visitType: 'inpatient', admissionDate: adm, dischargeDate: add(adm, los), department: 'gynecology', admissionRoute: 'emergency', dx: ['N92.200', 'D50.000'], items: wardDays(adm, add(adm, los), { n1: 2 }).concat([L('血常规(五分类)', 1, adm)], ex) });
  let f = add(adm, los + ri(20, 30)); if (f > '2026-11-28') f = '2026-11-28'; const o = mkClaim(m, h, { visitType: 'outpatient', visitDate: f, department: 'gynecology', dx: ['N92.200'], items: [consult(h, f), L('血常规(五分类)', 1, f), L('琥珀酸亚铁片', 30, f)] });
  return [st, o];
}]);

// =====================================================================
// build
// =====================================================================
for (const [code, name, fn] of T) for (let i = 0; i < 15; i++) { const [cl, tg, mut] = fn(i); addCase('fraud', code, name, i + 1, cl, tg, { mutated: mut }); }
for (const [code, name, fn] of C) for (let i = 0; i < 15; i++) { const cl = fn(i); addCase('control', code, name, i + 1, cl, cl); }
// routine: 100 single claims
const R = [
  (reg) => { const h = hosp(reg, pick(['MCH3', 'MCH2', 'G3', 'COMM'])); const m = member({ gender: 'F', birthDate: womanDob(22, 38), region: reg, insuranceType: pick(['employee', 'resident']) }); return antenatal(m, h, rdate('2026-01-05', '2026-11-28'), ri(12, 38), chance(0.3)); },
  (reg) => { const h = hosp(reg, pick(['COMM', 'G2', 'CHILD3', 'PRIVPED'])); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(200, 4000), region: reg }); const d = rdate('2026-01-05', '2026-11-28'); return childOut(m, h, d, [pick(['J06.900', 'J02.801', 'J03.900', 'J20.900'])], ageDays(m, d) > 365 ? [['小儿氨酚黄那敏颗粒', 9], ['小儿肺热咳喘口服液', 9]] : [['小儿对乙酰氨基酚颗粒', 6]], { labs: chance(0.5) }); },
  (reg) => { const h = hosp(reg, 'PHARM'); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(500, 4000), region: reg }); return pharmacyBuy(m, h, rdate('2026-01-05', '2026-11-28'), [pick([['小儿氨酚黄那敏颗粒', 12], ['小儿肺热咳喘口服液', 12], ['布洛芬混悬液', 1], ['蒙脱石散', 9]])], [pick(['J06.900', 'A09.900', 'R50.900'])]); },
  (reg) => { const h = hosp(reg, pick(['MCH3', 'G3', 'G2', 'COMM'])); const m = member({ gender: 'F', birthDate: womanDob(20, 55), region: reg, insuranceType: pick(['employee', 'resident']) }); const d = rdate('2026-01-05', '2026-11-28'); return mkClaim(m, h, { visitType: 'outpatient', visitDate: d, department: 'gynecology', dx: ['N76.000x003'], items: [consult(h, d), L('妇科B超', chance(0.5) ? 1 : 0, d), L('奥硝唑片', 14, d)].filter((x) => x.qty > 0) }); },
  (reg) => { const h = hosp(reg, pick(['COMM', 'G2', 'CHILD3'])); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(200, 2000), region: reg }); const d = rdate('2026-01-05', '2026-11-28'); return childOut(m, h, d, [pick(['A09.900', 'A08.000'])], [['蒙脱石散', 9], ['双歧杆菌三联活菌胶囊', 12]], { extra: [L('大便常规+隐血', 1, d)] }); },
  (reg) => { const h = hosp(reg, pick(['MCH3', 'G3', 'MCH2', 'PRIVOB'])); const m = member({ gender: 'F', birthDate: womanDob(22, 37), region: reg, insuranceType: pick(['employee', 'resident']) }); return vaginalDelivery(m, h, rdate('2026-01-05', '2026-11-25'), {}); },
  (reg) => { const h = hosp(reg, pick(['CHILD3', 'G3', 'G2'])); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(400, 2500), region: reg }); const adm = rdate('2026-01-05', '2026-11-20'); const ox = [L('吸氧', 12, adm), L('血氧饱和度监测', 16, adm), L('吸氧', 8, add(adm, 1)), L('一次性使用吸氧管', 1, adm)]; return paedStay(m, h, adm, ri(5, 7), ['J18.000'], { nebs: true, n1: 1, ivDays: 5, extra: ox }); },
  (reg) => { const h = hosp(reg, pick(['CHILD3', 'G3', 'COMM'])); const m = member({ gender: pick(['M', 'F']), birthDate: childDob(100, 1500), region: reg }); const d = rdate('2026-01-05', '2026-11-28'); return childOut(m, h, d, ['L20.900'], [['丁酸氢化可的松乳膏', 1]], { dept: 'dermatology' }); },
];
const routine = [];
for (let i = 0; i < 100; i++) { const reg = regionOf(i); let c = null; while (!c) c = R[i < 24 ? 0 : i < 46 ? 1 : i < 58 ? 2 : i < 68 ? 3 : i < 78 ? 4 : i < 88 ? 5 : i < 94 ? 6 : 7](reg); labels.push({ caseId: `R-${String(i + 1).padStart(3, '0')}`, kind: 'routine', code: 'R', name: 'routine 妇幼 claim', claimIds: [c.claimId], targets: [c.claimId], mutatedLines: {} }); }

// ---------- sanity: prices and restrictions of the rows we bill ----------
for (const c of claims) for (const it of c.items) { const r = rows[it.name]; if (it.unitPrice > r.priceCap[String(c.provider.level)] + 1e-9) throw new Error('price above cap ' + c.claimId + ' ' + it.name); }

// ---------- write ----------
claims.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._ord - b._ord));
const out = claims.map((c) => { const x = Object.assign({}, c); delete x._settle; delete x._ord; delete x._mut; return JSON.stringify(x); });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
const nf = labels.filter((l) => l.kind === 'fraud').length, nc = labels.filter((l) => l.kind === 'control').length;
console.error(`blind48: ${claims.length} claims, ${nf} fraud cases, ${nc} control cases, ${labels.length - nf - nc} routine; grouped ${Object.keys(groups).length}`);
