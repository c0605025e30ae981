#!/usr/bin/env node
// blind78: care homes, palliative care and the very old (医养结合、安宁疗护、长期卧床).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base77/rules/catalogue');
const GROUPS = opt('--groups');
const DIAG = require('/work/shared/chs-drg-1.1/diagnoses.json');
const PROC = require('/work/shared/chs-drg-1.1/procedures.json');

// ---------- rng ----------
let S = 78078078;
const rnd = () => { S ^= S << 13; S >>>= 0; S ^= S >>> 17; S ^= S << 5; S >>>= 0; return S / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue ----------
const CATROWS = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json',
  'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json']) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) CATROWS[r.code] = r;
}
const byName = {}; for (const r of Object.values(CATROWS)) byName[r.name] = r;
const row = (name) => { const r = byName[name]; if (!r) throw new Error('no catalogue row ' + name); return r; };

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const randDate = (from, to) => add(from, ri(0, diff(from, to)));

// ---------- regions, institutions, doctors ----------
const REGIONS = ['220100', '220200', '230100', '370100', '370200', '510100'];
const TITLES = ['住院医师', '主治医师', '副主任医师', '主任医师'];
const HOSP = {}; const DOCS = {}; let docSeq = 0;
const DEPTS = {
  carehome: ['care-home-clinic'], nursinghome: ['nursing-home', 'palliative'], community: ['general', 'home-bed'],
  l2: ['geriatrics', 'palliative', 'respiratory', 'rehabilitation', 'orthopaedics', 'neurology', 'general-surgery'],
  l3: ['geriatrics', 'palliative', 'respiratory', 'orthopaedics', 'neurology', 'oncology', 'cardiology', 'general-surgery'],
};
const LEVEL = { carehome: 1, nursinghome: 1, community: 1, l2: 2, l3: 3 };
for (const reg of REGIONS) {
  HOSP[reg] = {}; let n = 0;
  for (const kind of ['carehome', 'carehome', 'nursinghome', 'community', 'l2', 'l2', 'l3']) {
    n++; const id = `H${reg}${String(n).padStart(2, '0')}`;
    const h = { id, region: reg, level: LEVEL[kind], kind, depts: {} };
    for (const dep of DEPTS[kind]) {
      h.depts[dep] = [];
      for (let k = 0; k < 3; k++) { docSeq++; const d = { id: `D${String(docSeq).padStart(4, '0')}`, title: TITLES[Math.min(3, (docSeq * 7) % 4)] }; DOCS[d.id] = d; h.depts[dep].push(d); }
    }
    (HOSP[reg][kind] = HOSP[reg][kind] || []).push(h);
  }
}
const hosp = (reg, kind, i) => { const a = HOSP[reg][kind]; return a[(i || 0) % a.length]; };
const doc = (h, dep) => { if (!h.depts[dep]) throw new Error(`${h.id} has no ${dep}`); return pick(h.depts[dep]); };

// ---------- members ----------
let memSeq = 0;
function member(reg, o = {}) {
  memSeq++;
  const scheme = o.scheme || (chance(0.55) ? 'employee' : 'resident');
  const age = o.age || ri(80, 99);
  const g = o.gender || (chance(0.6) ? 'F' : 'M');
  const birth = `${2025 - age - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  return {
    region: reg, scheme, chronic: o.chronic || null, ytd: {},
    patient: { insuredId: `P78${String(memSeq).padStart(6, '0')}`, gender: g, birthDate: birth, retired: scheme === 'employee' },
    enrollment: { enrolledOn: '2005-01-01', inConcentratedPeriod: true, continuousYears: 20, lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears: scheme === 'employee' ? (g === 'M' ? 35 : 30) : 0, special: null },
  };
}

// ---------- policies (from the frozen build's policies.json figures, restated) ----------
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
function policyFor(reg, scheme, vt) {
  const pv = POL.provinces[reg.slice(0, 2)];
  let p = JSON.parse(JSON.stringify(pv.schemes[scheme][vt]));
  const ov = pv.regions && pv.regions[reg] && pv.regions[reg].schemes && pv.regions[reg].schemes[scheme] && pv.regions[reg].schemes[scheme][vt];
  if (ov) Object.assign(p, ov);
  return p;
}

// ---------- bills ----------
class Bill {
  constructor(level) { this.level = level; this.items = []; this.mut = []; }
  add(name, date, qty, o = {}) {
    const r = row(name);
    const unitFen = Math.round((o.price != null ? o.price : r.priceCap[String(this.level)]) * 100);
    if (r.minLevel && r.minLevel > this.level) throw new Error(`${name} minLevel ${r.minLevel} at level ${this.level}`);
    const code = (r.products && r.products[0]) || r.code;
    const it = { lineId: String(this.items.length + 1), code, name: r.name, category: r.category, date, quantity: qty, unitFen, amountFen: Math.round(unitFen * qty), row: r };
    if (o.longPrescription) it.longPrescription = true;
    this.items.push(it); if (o.mut) this.mut.push(it.lineId);
    return it;
  }
}
const DAYROWS = { bed3: '普通病房床位费(三人间)', bed2: '普通病房床位费(双人间)', n1: 'Ⅰ级护理', n2: 'Ⅱ级护理', n3: 'Ⅲ级护理', cons: '住院诊查费' };
function daily(b, adm, dis, names, o = {}) { const n = diff(adm, dis); for (let i = 0; i < n; i++) for (const nm of names) b.add(nm, add(adm, i), 1, o); }
function labsIn(b, date, set) { for (const n of set) b.add(n, date, 1); }
const LABS_BASIC = ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)'];
const LABS_INF = ['血常规(五分类)', 'C反应蛋白测定', '肾功能(三项)', '电解质(四项)'];

let claimSeq = 0; const ALL = [];
function claim(m, h, dep, o, b, doctor) {
  claimSeq++;
  for (const c of [...o.dx.map((x) => x), ...(o.px || []).map((x) => x.code)]) if (!DIAG[c] && !PROC[c]) throw new Error('unknown code ' + c);
  const d = doctor || doc(h, dep);
  const items = b.items.map((it) => { const x = { lineId: it.lineId, code: it.code, name: it.name, category: it.category, date: it.date, quantity: it.quantity, unitPrice: it.unitFen / 100, amount: it.amountFen / 100 }; if (it.longPrescription) x.longPrescription = true; return x; });
  let totalFen = 0, policyFen = 0;
  for (const it of b.items) {
    totalFen += it.amountFen;
    const r = it.row; const share = r.class === '丙' ? 1 : r.class === '乙' ? (r.selfPayShare != null ? r.selfPayShare : (r.category === 'consumable' ? 0.2 : 0.1)) : 0;
    policyFen += Math.round(it.amountFen * (1 - share));
  }
  const vt = o.visitType; const p = policyFor(m.region, m.scheme, vt);
  const ratio = (typeof p.ratio === 'object' ? p.ratio[String(h.level)] : p.ratio) + (m.patient.retired ? (p.retireeRatioBonus || 0) : 0);
  const ded = vt === 'inpatient' ? Math.round((typeof p.deductible === 'object' ? p.deductible[String(h.level)] : p.deductible) * 100) : 0;
  let fundFen = Math.floor(Math.max(0, policyFen - ded) * Math.min(ratio, p.maxRatio || 1));
  const yk = vt; const used = m.ytd[yk] || 0; const capFen = Math.round(p.annualFundCap * 100);
  fundFen = Math.max(0, Math.min(fundFen, capFen - used)); m.ytd[yk] = used + fundFen;
  const id = `${h.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`;
  const c = { claimId: id, region: h.region, insuranceType: m.scheme, visitType: vt, patient: { ...m.patient }, enrollment: { ...m.enrollment },
    provider: { hospitalId: h.id, level: h.level, department: dep, doctorId: d.id } };
  if (m.chronic) c.enrollment.chronicDiseases = m.chronic;
  if (m.region !== h.region) c.insuredRegion = m.region;
  if (vt === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
  if (o.route) c.admissionRoute = o.route; if (o.mode) c.dischargeMode = o.mode; if (o.from) c.transferFromHospitalId = o.from;
  c.diagnoses = o.dx.map((x, i) => (i === 0 ? { code: x, principal: true } : { code: x }));
  c.procedures = o.px || [];
  if (vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = items;
  c.amounts = { total: totalFen / 100, policy: policyFen / 100, fundClaimed: fundFen / 100 };
  c._settle = vt === 'inpatient' ? o.dis : o.date; c._seq = claimSeq; c._mut = b.mut.slice();
  ALL.push(c); return c;
}

// ---------- building blocks ----------
const REG = () => pick(REGIONS);
const DEMENTIA = ['F03.x01', 'G30.100x003+F00.1*', 'F01.100'];
const COMORB = ['I10.x00x007', 'E11.900', 'I25.103', 'I48.200', 'J44.900', 'G20.x00', 'R54.x00x003'];
function someComorb(k) { const a = []; while (a.length < k) { const x = pick(COMORB); if (!a.includes(x)) a.push(x); } return a; }
const stayDx = (principal, extra) => [principal, ...extra];
function inpatient(m, h, dep, adm, los, dx, fill, o = {}) {
  const b = new Bill(h.level); const dis = add(adm, los);
  fill(b, adm, dis);
  return claim(m, h, dep, { visitType: 'inpatient', adm, dis, dx, px: o.px, route: o.route || 'outpatient', mode: o.mode || 'ordered', from: o.from }, b, o.doctor);
}
function visit(m, h, dep, vt, date, dx, fill, o = {}) {
  const b = new Bill(h.level); fill(b, date);
  return claim(m, h, dep, { visitType: vt, date, dx }, b, o.doctor);
}
const oralCourse = (b, date, list, days, o = {}) => { for (const [n, perDay] of list) b.add(n, date, Math.ceil(perDay * days), o); };
const CHRONIC_BUNDLE = [['阿司匹林肠溶片', 1], ['阿托伐他汀钙片', 1], ['苯磺酸氨氯地平片', 1]];

// pneumonia stay body (real)
function pneumoniaBody(b, adm, dis, o = {}) {
  const lvl = b.level;
  daily(b, adm, dis, [DAYROWS.bed3, o.n1 ? DAYROWS.n1 : DAYROWS.n2, DAYROWS.cons]);
  labsIn(b, adm, [...LABS_INF, '血气分析', '细菌培养及药敏']); if (lvl >= 2) b.add('降钙素原测定', adm, 1);
  b.add('胸部X线摄影(正侧位)', adm, 1); b.add('常规心电图检查', adm, 1);
  const n = diff(adm, dis); const abx = lvl >= 2 ? (chance(0.5) ? '注射用头孢哌酮钠舒巴坦钠' : '注射用哌拉西林钠他唑巴坦钠') : '注射用头孢曲松钠';
  const abDays = Math.min(n - 1, ri(7, 10));
  for (let i = 0; i < abDays; i++) { const d = add(adm, i); b.add(abx, d, abx.includes('曲松') ? 2 : abx.includes('哌拉') ? 3 : 2); b.add('氯化钠注射液', d, 2); b.add('静脉输液(第一组)', d, 1); b.add('一次性使用输液器', d, 1); }
  for (let i = 0; i < Math.min(n, 5); i++) { const d = add(adm, i); b.add('吸氧', d, ri(12, 24)); b.add('雾化吸入', d, 2); b.add('吸入用布地奈德混悬液', d, 2); }
  b.add('一次性使用吸氧管', adm, 1);
  b.add('血常规(五分类)', add(adm, Math.min(n - 1, 4)), 1); b.add('C反应蛋白测定', add(adm, Math.min(n - 1, 4)), 1);
  if (n > 6) b.add('胸部X线摄影(正侧位)', add(adm, n - 2), 1);
  b.add('盐酸氨溴索注射液', adm, 2);
}

// ---------- case registry ----------
const LABELS = [];
function addCase(kind, code, name, claims, targets, mut) {
  const caseId = `${code}-${String(LABELS.filter((l) => l.code === code).length + 1).padStart(2, '0')}`;
  const mutatedLines = {};
  if (mut) for (const c of targets) if (c._mut.length) mutatedLines[c.claimId] = c._mut.slice();
  const l = { caseId, kind, code, name, claimIds: claims.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  LABELS.push(l);
}

// ================= FRAUD TYPOLOGIES =================
const T = {};
T.T01 = ['挂床住院: care-home resident on the partner ward, thin daily bill, two monthly stays', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, chance(0.5) ? 'l2' : 'community'); const dep = h.level === 2 ? 'geriatrics' : 'general';
  const dx = [pick(['I69.300', 'I69.300x002', 'F03.x01']), ...someComorb(2)]; const d0 = randDate('2025-01-10', '2025-08-31'); const doctor = doc(h, dep); const out = [];
  let adm = d0; const careful = chance(0.5);
  for (let k = 0; k < 2; k++) {
    const los = ri(14, 24);
    out.push(inpatient(m, h, dep, adm, los, dx, (b, a, d) => {
      daily(b, a, d, [DAYROWS.bed3, DAYROWS.n2, DAYROWS.cons]);
      labsIn(b, a, ['血常规(五分类)', '尿常规']);
      if (careful) { b.add('常规心电图检查', a, 1); for (let i = 3; i < los; i += 7) b.add('血糖监测(快速)', add(a, i), 1); oralCourse(b, a, CHRONIC_BUNDLE, los); }
    }, { doctor }));
    adm = add(adm, los + ri(3, 8));
  }
  return [out, out, false];
}];
T.T02 = ['低标准入院: monthly 3-4 day "observation" admissions of a stable resident with the same panel', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, 'community'); const dep = 'general'; const doctor = doc(h, dep);
  const dx = [pick(['R54.x00x003', 'I10.x00x007', 'I69.300x002']), ...someComorb(1)]; let adm = randDate('2025-01-05', '2025-06-30'); const out = [];
  for (let k = 0; k < 3; k++) {
    const los = ri(3, 4);
    out.push(inpatient(m, h, dep, adm, los, dx, (b, a, d) => {
      daily(b, a, d, [DAYROWS.bed3, DAYROWS.n3, DAYROWS.cons]);
      labsIn(b, a, [...LABS_BASIC, '血脂(四项)', '空腹血糖测定']); b.add('常规心电图检查', a, 1);
      for (let i = 0; i < los; i++) { const x = add(a, i); b.add('静脉输液(第一组)', x, 1); b.add('氯化钠注射液', x, 1); b.add('葡萄糖注射液', x, 1); b.add('一次性使用输液器', x, 1); }
    }, { doctor }));
    adm = add(adm, ri(28, 35));
  }
  return [out, out, false];
}];
T.T03 = ['虚记一级护理/监护: stable resident billed Ⅰ级护理 and round-the-clock monitoring every day', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, 'l2', ri(0, 1)); const dep = 'geriatrics'; const careful = chance(0.5);
  const dx = ['I69.300', pick(DEMENTIA), 'I10.x00x007']; const adm = randDate('2025-01-05', '2025-11-20'); const los = ri(10, 15);
  const c = inpatient(m, h, dep, adm, los, dx, (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.cons]); daily(b, a, d, [DAYROWS.n1], { mut: true });
    labsIn(b, a, LABS_BASIC); b.add('常规心电图检查', a, 1); oralCourse(b, a, CHRONIC_BUNDLE, los);
    for (let i = 0; i < los; i++) { const x = add(a, i); const hrs = careful ? 12 : 24; b.add('心电监测', x, hrs, { mut: true }); b.add('血氧饱和度监测', x, hrs, { mut: true }); if (!careful) b.add('无创血压监测', x, 12, { mut: true }); b.add('心电电极片', x, 5, { mut: true }); }
  });
  return [[c], [c], true];
}];
T.T04 = ['生活照料 billed as 护理: 鼻饲 feeding of a tube-fed resident billed as 鼻饲管置管 every day', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, chance(0.5) ? 'nursinghome' : 'l2'); const dep = h.kind === 'l2' ? 'geriatrics' : 'nursing-home';
  const dx = ['I69.300', 'R13.x00', pick(DEMENTIA)]; const adm = randDate('2025-01-05', '2025-11-10'); const los = ri(14, 25); const careful = chance(0.5);
  const c = inpatient(m, h, dep, adm, los, dx, (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n2, DAYROWS.cons]); labsIn(b, a, LABS_BASIC);
    b.add('鼻饲管置管', a, 1); b.add('一次性使用胃管', a, 1);
    for (let i = 1; i < los; i++) { const x = add(a, i); b.add('鼻饲管置管', x, careful ? 1 : 2, { mut: true }); if (careful && i % 7 === 0) b.add('一次性使用胃管', x, 1, { mut: true }); }
  }, { px: [{ code: '96.0700', date: adm }] });
  return [[c], [c], true];
}];
T.T05 = ['导尿/换管 billed daily where the schedule is every few weeks (long-term catheter)', () => {
  const reg = REG(); const m = member(reg, { gender: chance(0.5) ? 'M' : 'F' }); const h = hosp(reg, chance(0.5) ? 'nursinghome' : 'l2', 1); const dep = h.kind === 'l2' ? 'geriatrics' : 'nursing-home';
  const dx = [pick(['I69.300', 'I69.400']), pick(['N31.901', 'R33.x00']), ...someComorb(1)]; const adm = randDate('2025-01-05', '2025-11-10'); const los = ri(10, 20); const careful = chance(0.5);
  const c = inpatient(m, h, dep, adm, los, dx, (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n2, DAYROWS.cons]); labsIn(b, a, LABS_BASIC);
    b.add('导尿', a, 1); b.add('一次性使用导尿包', a, 1); b.add('双腔硅胶导尿管', a, 1); b.add('一次性使用引流袋', a, 1);
    for (let i = careful ? 2 : 1; i < los; i += careful ? 2 : 1) { const x = add(a, i); b.add('导尿', x, 1, { mut: true }); b.add('一次性使用导尿包', x, 1, { mut: true }); if (!careful || i % 6 === 0) b.add('双腔硅胶导尿管', x, 1, { mut: true }); }
  }, { px: [{ code: '57.9400', date: adm }] });
  return [[c], [c], true];
}];
T.T06 = ['敷料 串换/超频: a stage Ⅱ or healing ulcer dressed daily with foam/silver dressings (changed every 3-7 days)', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, chance(0.5) ? 'nursinghome' : 'l2'); const dep = h.kind === 'l2' ? 'geriatrics' : 'nursing-home';
  const dx = ['I69.300', pick(['L89.101', 'L89.104', 'L89.100']), pick(DEMENTIA)]; const adm = randDate('2025-01-05', '2025-11-10'); const los = ri(12, 20); const careful = chance(0.5);
  const c = inpatient(m, h, dep, adm, los, dx, (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n2, DAYROWS.cons]); labsIn(b, a, LABS_BASIC);
    b.add('换药(中)', a, 1); b.add('泡沫敷料', a, 1); b.add('一次性使用换药包', a, 1);
    for (let i = 1; i < los; i++) { const x = add(a, i); b.add('换药(中)', x, 1, { mut: true }); b.add('一次性使用换药包', x, 1, { mut: true }); b.add(careful ? '泡沫敷料' : '银离子抗菌敷料', x, careful ? 1 : 2, { mut: true }); }
  });
  return [[c], [c], true];
}];
function homeBedVisit(m, h, date, dx, extra, doctor) {
  return visit(m, h, 'home-bed', 'outpatient', date, dx, (b, d) => { b.add('家庭病床巡诊费', d, 1); if (extra) extra(b, d); }, { doctor });
}
T.T07 = ['家庭病床 visits billed while the same member is an inpatient elsewhere', () => {
  const reg = REG(); const m = member(reg); const hc = hosp(reg, 'community'); const hw = hosp(reg, 'l2', ri(0, 1)); const doctor = doc(hc, 'home-bed');
  const dx = [pick(['I69.300', 'G30.100x003+F00.1*']), 'L89.101']; const start = randDate('2025-01-10', '2025-09-30'); const out = []; const tg = [];
  out.push(visit(m, hc, 'home-bed', 'outpatient', start, dx, (b, d) => { b.add('家庭病床建床费', d, 1); b.add('家庭病床巡诊费', d, 1); b.add('换药(小)', d, 1); }, { doctor }));
  const adm = add(start, ri(10, 20)); const los = ri(9, 13);
  const stay = inpatient(m, hw, 'respiratory', adm, los, ['J69.000', 'I69.300', 'L89.101'], pneumoniaBody, { route: 'emergency' }); out.push(stay);
  const careful = chance(0.5); const inside = careful ? [ri(3, los - 2)] : [2, 5, 8].filter((x) => x < los);
  for (let k = 7; diff(start, add(start, k)) < diff(start, adm); k += 7) out.push(homeBedVisit(m, hc, add(start, k), dx, (b, d) => b.add('换药(小)', d, 1), doctor));
  for (const i of inside) { const c = homeBedVisit(m, hc, add(adm, i), dx, (b, d) => { b.add('换药(小)', d, 1); b.add('一次性使用换药包', d, 1); }, doctor); out.push(c); tg.push(c); }
  out.push(homeBedVisit(m, hc, add(adm, los + 3), dx, (b, d) => b.add('换药(小)', d, 1), doctor));
  return [out, tg, false];
}];
function palliativeBody(b, adm, dis, o = {}) {
  const n = diff(adm, dis);
  daily(b, adm, dis, [DAYROWS.bed2, DAYROWS.n1, DAYROWS.cons]);
  labsIn(b, adm, LABS_BASIC);
  for (let i = 0; i < n; i++) { const x = add(adm, i); b.add('盐酸吗啡注射液', x, i < n - 3 ? 2 : 4); b.add('皮下注射', x, i < n - 3 ? 2 : 4); if (i % 3 === 0) b.add('乳果糖口服溶液', x, 2); }
  for (let i = Math.max(0, n - 5); i < n; i++) { const x = add(adm, i); b.add('吸氧', x, 24); }
  b.add('一次性使用吸氧管', add(adm, Math.max(0, n - 5)), 1);
  if (n > 10) { b.add('电解质(四项)', add(adm, 7), 1); b.add('盐酸甲氧氯普胺注射液', add(adm, 7), 2); b.add('肌肉注射', add(adm, 7), 2); }
}
const CANCER = ['C34.900x001', 'C16.900', 'C22.000', 'C25.900', 'C18.900'];
T.T08 = ['安宁疗护 stay billed with curative extras (chemotherapy, costly antibiotics, repeated CT, albumin)', () => {
  const reg = REG(); const m = member(reg, { age: ri(80, 92) }); const h = hosp(reg, chance(0.6) ? 'l3' : 'l2'); const dep = 'palliative';
  const ca = pick(CANCER); const dx = ['Z51.500x003', ca, ...someComorb(1)]; const adm = randDate('2025-01-05', '2025-11-01'); const los = ri(12, 22); const careful = chance(0.5);
  const c = inpatient(m, h, dep, adm, los, dx, (b, a, d) => {
    palliativeBody(b, a, d);
    const x1 = add(a, 2), x2 = add(a, 9);
    b.add('胸部CT平扫', x1, 1, { mut: true }); b.add('腹部CT平扫', x1, 1, { mut: true });
    if (!careful) { b.add('胸部CT平扫', x2, 1, { mut: true }); b.add('CT增强扫描(加收)', x1, 1, { mut: true }); b.add('紫杉醇注射液', x2, 4, { mut: true }); b.add('化疗药物配置', x2, 1, { mut: true }); b.add('人血白蛋白', x1, 2, { mut: true }); b.add('人血白蛋白', add(a, 3), 2, { mut: true }); }
    const abx = h.level === 3 ? '注射用美罗培南' : '注射用头孢哌酮钠舒巴坦钠';
    for (let i = 3; i < Math.min(los, 3 + (careful ? 7 : 10)); i++) b.add(abx, add(a, i), abx.includes('美罗') ? 3 : 2, { mut: true });
    b.add('肿瘤标志物(CEA)测定', x1, 1, { mut: true }); b.add('糖类抗原19-9(CA19-9)测定', x1, 1, { mut: true });
  }, { mode: chance(0.5) ? 'death' : 'ordered' });
  return [[c], [c], true];
}];
T.T09 = ['安宁疗护 daily fees beyond the stay (bed, nursing, 诊查 days more than the nights)', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, pick(['l2', 'l3', 'nursinghome'])); const dep = 'palliative';
  const dx = ['Z51.500x003', pick(CANCER)]; const adm = randDate('2025-01-05', '2025-11-01'); const los = ri(15, 40); const careful = chance(0.5);
  const c = inpatient(m, h, dep, adm, los, dx, (b, a, d) => {
    palliativeBody(b, a, d);
    const extra = careful ? 2 : ri(4, 7);
    b.add(DAYROWS.bed2, a, extra, { mut: true }); b.add(DAYROWS.n1, a, extra, { mut: true }); b.add(DAYROWS.cons, a, extra, { mut: true });
  }, { mode: chance(0.5) ? 'death' : 'ordered' });
  return [[c], [c], true];
}];
T.T10 = ['肠内营养 billed as drugs: the tube feed of a 鼻饲 resident billed as 复方氨基酸/脂肪乳 (no infusion)', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, chance(0.5) ? 'nursinghome' : 'l2'); const dep = h.kind === 'l2' ? 'geriatrics' : 'nursing-home';
  const dx = ['I69.300', 'R13.x00', pick(['E46.x00', 'E43.x00']), pick(DEMENTIA)]; const adm = randDate('2025-01-05', '2025-11-01'); const los = ri(12, 22); const careful = chance(0.5);
  const c = inpatient(m, h, dep, adm, los, dx, (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n2, DAYROWS.cons]); labsIn(b, a, LABS_BASIC);
    b.add('鼻饲管置管', a, 1); b.add('一次性使用胃管', a, 1);
    for (let i = 0; i < los; i++) { const x = add(a, i); b.add('复方氨基酸注射液(18AA)', x, careful ? 1 : 2, { mut: true }); if (!careful || i % 2 === 0) b.add('脂肪乳注射液(C14～24)', x, 1, { mut: true }); }
    if (careful) { b.add('静脉输液(第一组)', a, 1); b.add('一次性使用输液器', a, 1); }
  }, { px: [{ code: '96.0700', date: adm }, { code: '96.6x00', date: adm }] });
  return [[c], [c], true];
}];
T.T11 = ['冒名: the identity of a resident who died in hospital used afterwards (clinic refills, pharmacy)', () => {
  const reg = REG(); const m = member(reg, { chronic: ['I10', 'I25', 'E11'] }); const hw = hosp(reg, 'l2'); const hch = hosp(reg, 'carehome', ri(0, 1)); const out = [];
  const adm = randDate('2025-01-10', '2025-09-15'); const los = ri(4, 9);
  out.push(inpatient(m, hw, 'respiratory', adm, los, ['J18.900', 'I25.103', 'I10.x00x007'], pneumoniaBody, { mode: 'death', route: 'emergency' }));
  const dead = add(adm, los); const careful = chance(0.5); const tg = [];
  const dates = careful ? [add(dead, ri(20, 40))] : [add(dead, ri(5, 12)), add(dead, ri(35, 45))];
  for (const dt of dates) {
    const c = careful && chance(0.5) ? visit(m, hosp(reg, 'community'), 'general', 'outpatient', dt, ['I10.x00x007'], (b, d) => { b.add('一般诊疗费', d, 1); oralCourse(b, d, CHRONIC_BUNDLE, 30); })
      : visit(m, hch, 'care-home-clinic', 'chronic', dt, ['I25.103', 'I10.x00x007'], (b, d) => { b.add('门诊慢特病管理诊查费', d, 1); oralCourse(b, d, [...CHRONIC_BUNDLE, ['单硝酸异山梨酯缓释片', 1]], 30); });
    out.push(c); tg.push(c);
  }
  return [out, tg, false];
}];
T.T12 = ['集中开药/超量: the care-home clinic\'s prescribing day every two weeks, each time 30 days of the same bundle', () => {
  const reg = REG(); const m = member(reg, { chronic: ['I10', 'I25', 'F03', 'G30', 'F01'] }); const h = hosp(reg, 'carehome', ri(0, 1)); const doctor = doc(h, 'care-home-clinic');
  const dx = ['I25.103', 'I10.x00x007', pick(DEMENTIA)]; let d0 = randDate('2025-01-06', '2025-07-31'); const out = []; const tg = []; const careful = chance(0.5);
  const n = careful ? 5 : 6;
  for (let k = 0; k < n; k++) {
    const late = k >= 1;
    const c = visit(m, h, 'care-home-clinic', 'chronic', d0, dx, (b, d) => {
      b.add('门诊慢特病管理诊查费', d, 1);
      oralCourse(b, d, [...CHRONIC_BUNDLE, ['盐酸多奈哌齐片', 1], ['单硝酸异山梨酯缓释片', 1]], 30, { mut: late });
    }, { doctor });
    out.push(c); if (late) tg.push(c);
    d0 = add(d0, careful ? ri(17, 20) : ri(13, 15));
  }
  return [out, tg, true];
}];
T.T13 = ['分解住院: one pneumonia episode split into two stays at the same hospital', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, 'l2', ri(0, 1)); const careful = chance(0.5);
  const adm = randDate('2025-01-05', '2025-10-31'); const los1 = ri(6, 8); const dx1 = ['J69.000', pick(DEMENTIA), 'I69.300'];
  const a = inpatient(m, h, 'respiratory', adm, los1, dx1, pneumoniaBody, { route: 'emergency' });
  const adm2 = add(adm, los1 + (careful ? ri(5, 9) : ri(1, 3))); const los2 = ri(6, 9);
  const b2 = inpatient(m, h, careful ? 'geriatrics' : 'respiratory', adm2, los2, [careful ? 'J18.900' : 'J69.000', pick(DEMENTIA), 'I69.300'], (b, x, y) => pneumoniaBody(b, x, y), { route: 'outpatient' });
  return [[a, b2], [b2], false];
}];
T.T14 = ['过度检查: a routine UTI admission of a dementia resident with a full imaging and marker sweep', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, chance(0.5) ? 'l3' : 'l2'); const dep = 'geriatrics'; const careful = chance(0.5);
  const dx = ['N39.000', pick(DEMENTIA), ...someComorb(1)]; const adm = randDate('2025-01-05', '2025-11-20'); const los = ri(6, 9);
  const c = inpatient(m, h, dep, adm, los, dx, (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n2, DAYROWS.cons]); labsIn(b, a, [...LABS_BASIC, '细菌培养及药敏']);
    for (let i = 0; i < Math.min(los - 1, 7); i++) { const x = add(a, i); b.add('注射用头孢曲松钠', x, 1); b.add('氯化钠注射液', x, 1); b.add('静脉输液(第一组)', x, 1); b.add('一次性使用输液器', x, 1); }
    b.add('泌尿系B超', add(a, 1), 1);
    const sweep = careful ? ['头颅CT平扫', '胸部CT平扫', '心脏彩色多普勒超声', '颈部血管彩色多普勒超声', '肿瘤标志物(CEA)测定']
      : ['头颅CT平扫', '胸部CT平扫', '腹部CT平扫', '心脏彩色多普勒超声', '颈部血管彩色多普勒超声', '下肢血管彩色多普勒超声', '动态心电图(24小时)', '肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定', '糖类抗原19-9(CA19-9)测定', '甲状腺功能(三项)', '骨密度测定(双能X线)', 'B型钠尿肽(BNP)测定'];
    sweep.forEach((n, i) => b.add(n, add(a, 1 + (i % 3)), 1, { mut: true }));
  });
  return [[c], [c], true];
}];
T.T15 = ['虚构/诱导集体住院: one care home\'s residents admitted together, same doctor, same diagnosis, same bill', () => {
  const reg = REG(); const h = hosp(reg, 'l2', ri(0, 1)); const dep = 'geriatrics'; const doctor = doc(h, dep); const n = ri(5, 7);
  const adm = randDate('2025-01-05', '2025-11-10'); const los = ri(8, 12); const out = [];
  for (let k = 0; k < n; k++) {
    const m = member(reg);
    out.push(inpatient(m, h, dep, add(adm, k % 2), los, ['I25.103', 'I69.300', 'I10.x00x007'], (b, a, d) => {
      daily(b, a, d, [DAYROWS.bed3, DAYROWS.n2, DAYROWS.cons]); labsIn(b, a, [...LABS_BASIC, '血脂(四项)']); b.add('常规心电图检查', a, 1);
      for (let i = 0; i < los - 1; i++) { const x = add(a, i); b.add('丹参注射液', x, 4); b.add('葡萄糖注射液', x, 1); b.add('静脉输液(第一组)', x, 1); b.add('一次性使用输液器', x, 1); }
      oralCourse(b, a, CHRONIC_BUNDLE, los);
    }, { doctor }));
  }
  return [out, out, false];
}];

// ================= CONTROLS =================
const C = {};
C.C01 = ['real long palliative stay: 30-50 days of daily care, morphine, symptom control', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, pick(['l2', 'l3', 'nursinghome'])); const los = ri(30, 50);
  const c = inpatient(m, h, 'palliative', randDate('2025-01-05', '2025-10-20'), los, ['Z51.500x003', pick(CANCER), 'R52.100'], (b, a, d) => {
    palliativeBody(b, a, d); for (let i = 7; i < los; i += 7) { b.add('血常规(五分类)', add(a, i), 1); b.add('电解质(四项)', add(a, i), 1); }
  }, { mode: chance(0.6) ? 'death' : 'ordered' });
  return [[c]];
}];
C.C02 = ['frail resident\'s real aspiration pneumonia admission', () => {
  const reg = REG(); const m = member(reg, { age: ri(85, 99) }); const h = hosp(reg, pick(['l2', 'l3'])); const los = ri(8, 14);
  const c = inpatient(m, h, h.level === 3 ? 'respiratory' : pick(['respiratory', 'geriatrics']), randDate('2025-01-05', '2025-12-01'), los, ['J69.000', pick(DEMENTIA), 'I69.300', 'R13.x00'], (b, a, d) => { pneumoniaBody(b, a, d, { n1: true }); b.add('鼻饲管置管', a, 1); b.add('一次性使用胃管', a, 1); }, { route: 'emergency', px: [{ code: '96.0700', date: null }] });
  c.procedures[0].date = c.admissionDate;
  return [[c]];
}];
C.C03 = ['stage Ⅲ/Ⅳ pressure ulcer with genuine daily dressing of a heavily exuding wound', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, 'l2'); const los = ri(12, 18);
  const c = inpatient(m, h, 'geriatrics', randDate('2025-01-05', '2025-11-20'), los, [pick(['L89.201', 'L89.301', 'L89.203']), 'I69.300', pick(['E46.x00', 'E43.x00'])], (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n1, DAYROWS.cons]); labsIn(b, a, [...LABS_BASIC, '细菌培养及药敏', 'C反应蛋白测定']);
    b.add('清创术', a, 1);
    for (let i = 0; i < los; i++) { const x = add(a, i); b.add('换药(中)', x, 1); b.add('一次性使用换药包', x, 1); b.add(i < 7 ? '藻酸盐敷料' : '泡沫敷料', x, 1); }
    b.add('细菌培养及药敏', add(a, 7), 1);
  }, { px: [{ code: '86.2200x011', date: null }] });
  c.procedures[0].date = c.admissionDate;
  return [[c]];
}];
C.C04 = ['家庭病床 with scheduled weekly visits, no overlapping stay', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, 'community'); const doctor = doc(h, 'home-bed'); const s = randDate('2025-01-05', '2025-09-30');
  const dx = ['I69.300', pick(DEMENTIA)]; const out = [visit(m, h, 'home-bed', 'outpatient', s, dx, (b, d) => { b.add('家庭病床建床费', d, 1); b.add('家庭病床巡诊费', d, 1); }, { doctor })];
  for (let k = 1; k <= ri(6, 9); k++) out.push(homeBedVisit(m, h, add(s, 7 * k), dx, k % 4 === 0 ? (b, d) => labsIn(b, d, ['血常规(五分类)', '电解质(四项)']) : null, doctor));
  return [out];
}];
C.C05 = ['terminal last days: intensive symptom control, monitoring and death in hospital', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, pick(['l2', 'l3'])); const los = ri(3, 6);
  const c = inpatient(m, h, pick(['palliative', 'geriatrics']), randDate('2025-01-05', '2025-12-10'), los, [pick(['Z51.500x003', 'J96.000']), pick(CANCER), 'R52.100'], (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed2, DAYROWS.n1, DAYROWS.cons]); labsIn(b, a, [...LABS_BASIC, '血气分析']);
    for (let i = 0; i < los; i++) { const x = add(a, i); b.add('盐酸吗啡注射液', x, ri(4, 6)); b.add('皮下注射', x, 4); b.add('咪达唑仑注射液', x, 2); b.add('吸氧', x, 24); b.add('心电监测', x, 24); b.add('血氧饱和度监测', x, 24); b.add('心电电极片', x, 5); }
    b.add('一次性使用吸氧管', a, 1);
  }, { mode: 'death', route: 'emergency' });
  return [[c]];
}];
C.C06 = ['hip fracture in a 95-year-old: hemiarthroplasty with full pre-operative work-up', () => {
  const reg = REG(); const m = member(reg, { age: ri(93, 98), gender: 'F' }); const h = hosp(reg, chance(0.5) ? 'l3' : 'l2'); const los = ri(9, 14); const adm = randDate('2025-01-05', '2025-11-20');
  const op = add(adm, 2);
  const c = inpatient(m, h, 'orthopaedics', adm, los, ['S72.000', 'W01.x00', 'I10.x00x007', pick(DEMENTIA)], (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n1, DAYROWS.cons]); labsIn(b, a, [...LABS_BASIC, '凝血四项', 'D-二聚体测定', '血型鉴定(ABO+Rh)', '术前八项(感染筛查)']);
    b.add('四肢X线摄影', a, 1); b.add('胸部X线摄影(正侧位)', a, 1); b.add('常规心电图检查', a, 1); b.add('心脏彩色多普勒超声', add(a, 1), 1); b.add('下肢血管彩色多普勒超声', add(a, 1), 1);
    b.add('人工股骨头置换术', op, 1); b.add('人工股骨头假体', op, 1); b.add('全身麻醉', op, 2); b.add('一次性手术衣及铺单包', op, 1); b.add('可吸收缝线', op, 3); b.add('注射用头孢呋辛钠', op, 2);
    for (let i = 1; i < los - 1; i++) b.add('低分子量肝素钙注射液', add(a, i), 1);
    b.add('四肢X线摄影', add(op, 1), 1); b.add('血常规(五分类)', add(op, 1), 1); b.add('运动疗法', add(op, 3), 1);
  }, { px: [{ code: '81.5201', date: op }], route: 'emergency' });
  return [[c]];
}];
C.C07 = ['resident moved between home and ward for real exacerbations weeks apart', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, 'l2', ri(0, 1)); const adm = randDate('2025-01-05', '2025-09-30'); const los = ri(8, 11);
  const a = inpatient(m, h, 'respiratory', adm, los, ['J44.100', 'J96.100', 'I10.x00x007'], (b, x, y) => pneumoniaBody(b, x, y), { mode: 'community', route: 'emergency' });
  const b2 = inpatient(m, h, 'respiratory', add(adm, los + ri(25, 45)), ri(8, 12), ['J18.900', 'J44.900', 'I10.x00x007'], pneumoniaBody, { route: 'emergency' });
  return [[a, b2]];
}];
C.C08 = ['home bed paused for a hospital stay and resumed after discharge (adjacent, not overlapping)', () => {
  const reg = REG(); const m = member(reg); const hc = hosp(reg, 'community'); const hw = hosp(reg, 'l2'); const doctor = doc(hc, 'home-bed'); const s = randDate('2025-01-05', '2025-08-31');
  const dx = ['I69.300', 'L89.101']; const out = [visit(m, hc, 'home-bed', 'outpatient', s, dx, (b, d) => { b.add('家庭病床建床费', d, 1); b.add('家庭病床巡诊费', d, 1); b.add('换药(小)', d, 1); }, { doctor })];
  out.push(homeBedVisit(m, hc, add(s, 7), dx, (b, d) => b.add('换药(小)', d, 1), doctor));
  const adm = add(s, 10); const los = ri(8, 12);
  out.push(inpatient(m, hw, 'respiratory', adm, los, ['J69.000', 'I69.300', 'L89.101'], pneumoniaBody, { route: 'emergency', mode: 'community' }));
  for (const k of [1, 8, 15]) out.push(homeBedVisit(m, hc, add(adm, los + k), dx, (b, d) => b.add('换药(小)', d, 1), doctor));
  return [out];
}];
C.C09 = ['long-term catheter changed every four weeks at home, one extra change for a blocked catheter with UTI', () => {
  const reg = REG(); const m = member(reg, { gender: 'M' }); const h = hosp(reg, 'community'); const doctor = doc(h, 'home-bed'); let d0 = randDate('2025-01-05', '2025-07-31');
  const out = []; const base = ['N31.901', 'I69.300'];
  const ch = (b, d) => { b.add('导尿', d, 1); b.add('一次性使用导尿包', d, 1); b.add('双腔硅胶导尿管', d, 1); b.add('一次性使用引流袋', d, 1); };
  for (let k = 0; k < 4; k++) {
    out.push(homeBedVisit(m, h, d0, base, ch, doctor));
    if (k === 1) out.push(homeBedVisit(m, h, add(d0, ri(5, 9)), ['N39.000', ...base], (b, d) => { ch(b, d); b.add('尿常规', d, 1); b.add('细菌培养及药敏', d, 1); }, doctor));
    d0 = add(d0, 28);
  }
  return [out];
}];
C.C10 = ['post-stroke dysphagia: 鼻饲管 placed and replaced twice after the tube came out', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, 'l2'); const los = ri(16, 22);
  const c = inpatient(m, h, pick(['neurology', 'rehabilitation']), randDate('2025-01-05', '2025-11-01'), los, ['I69.300x003', 'R13.x00', 'I10.x00x007'], (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n2, DAYROWS.cons]); labsIn(b, a, LABS_BASIC);
    for (const i of [0, ri(6, 9), ri(12, 15)]) { b.add('鼻饲管置管', add(a, i), 1); b.add('一次性使用胃管', add(a, i), 1); }
    for (let i = 1; i < los; i++) { if (i % 7 !== 0) b.add('吞咽功能障碍训练', add(a, i), 1); }
    b.add('康复评定', add(a, 1), 1);
  }, { px: [{ code: '96.0700', date: null }] });
  c.procedures[0].date = c.admissionDate;
  return [[c]];
}];
C.C11 = ['parenteral nutrition given intravenously to a resident with bowel obstruction (nil by mouth)', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, chance(0.5) ? 'l3' : 'l2'); const los = ri(8, 12);
  const c = inpatient(m, h, 'general-surgery', randDate('2025-01-05', '2025-11-20'), los, ['K56.701', pick(DEMENTIA), 'E46.x00'], (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n1, DAYROWS.cons]); labsIn(b, a, [...LABS_BASIC, '血气分析']); b.add('腹部CT平扫', a, 1);
    for (let i = 0; i < los - 1; i++) { const x = add(a, i); b.add('胃肠减压', x, 1); b.add('复方氨基酸注射液(18AA)', x, 1); b.add('脂肪乳注射液(C14～24)', x, 1); b.add('葡萄糖氯化钠注射液', x, 2); b.add('氯化钾注射液', x, 2); b.add('静脉输液(第一组)', x, 1); b.add('静脉输液(每增加一组)', x, 3); b.add('一次性使用输液器', x, 2); }
    b.add('一次性使用胃管', a, 1); b.add('电解质(四项)', add(a, 3), 1);
  }, { route: 'emergency' });
  return [[c]];
}];
C.C12 = ['resident transferred from hospital to a 护理院 bed, claims continue at the receiving institution', () => {
  const reg = REG(); const m = member(reg, { chronic: ['I10', 'I69'] }); const h3 = hosp(reg, 'l3'); const hn = hosp(reg, 'nursinghome'); const adm = randDate('2025-01-05', '2025-08-31'); const los = ri(9, 13);
  const a = inpatient(m, h3, 'neurology', adm, los, ['I63.900', 'I10.x00x007'], strokeBody, { mode: 'transfer', route: 'emergency' });
  const adm2 = add(adm, los); const los2 = ri(20, 30);
  const b2 = inpatient(m, hn, 'nursing-home', adm2, los2, ['I69.300x003', 'I10.x00x007'], (b, x, y) => { daily(b, x, y, [DAYROWS.bed3, DAYROWS.n2, DAYROWS.cons]); labsIn(b, x, LABS_BASIC); for (let i = 1; i < los2; i++) if (i % 7) b.add('运动疗法', add(x, i), 1); oralCourse(b, x, CHRONIC_BUNDLE, los2); }, { route: 'transfer', from: h3.id });
  const c3 = visit(m, hosp(reg, 'carehome'), 'care-home-clinic', 'chronic', add(adm2, los2 + ri(20, 30)), ['I69.300', 'I10.x00x007'], (b, d) => { b.add('门诊慢特病管理诊查费', d, 1); oralCourse(b, d, CHRONIC_BUNDLE, 30); });
  return [[a, b2, c3]];
}];
function strokeBody(b, a, d) {
  const n = diff(a, d);
  daily(b, a, d, [DAYROWS.bed3, DAYROWS.cons]); for (let i = 0; i < n; i++) b.add(i < 3 ? DAYROWS.n1 : DAYROWS.n2, add(a, i), 1);
  labsIn(b, a, [...LABS_BASIC, '凝血四项', '血脂(四项)', '糖化血红蛋白测定']); b.add('头颅CT平扫', a, 1); b.add('常规心电图检查', a, 1);
  if (b.level >= 2) b.add('头颅MRI平扫', add(a, 1), 1);
  b.add('颈部血管彩色多普勒超声', add(a, 2), 1); b.add('心脏彩色多普勒超声', add(a, 2), 1); b.add('动态心电图(24小时)', add(a, 3), 1);
  for (let i = 0; i < Math.min(n, 3); i++) { const x = add(a, i); b.add('心电监测', x, 24); b.add('无创血压监测', x, 8); }
  for (let i = 0; i < Math.min(n - 1, 10); i++) { const x = add(a, i); b.add('依达拉奉注射液', x, 2); b.add('氯化钠注射液', x, 1); b.add('静脉输液(第一组)', x, 1); b.add('一次性使用输液器', x, 1); }
  oralCourse(b, a, [['阿司匹林肠溶片', 1], ['硫酸氢氯吡格雷片', 1], ['阿托伐他汀钙片', 1]], n);
  b.add('康复评定', add(a, 3), 1);
}
function chronicRefills(m, h, doctor, d0, n, gap, dx, bundle, o = {}) {
  const out = []; let d = d0;
  for (let k = 0; k < n; k++) { out.push(visit(m, h, h.kind === 'carehome' ? 'care-home-clinic' : 'general', 'chronic', d, dx, (b, x) => { b.add('门诊慢特病管理诊查费', x, 1); oralCourse(b, x, bundle, o.days || 30, { longPrescription: o.lp }); }, { doctor })); d = add(d, typeof gap === 'function' ? gap() : gap); }
  return out;
}
C.C13 = ['the home clinic\'s monthly chronic-disease day: same drugs for many residents, 30 days every month', () => {
  const reg = REG(); const m = member(reg, { chronic: ['I10', 'I25', 'F03', 'G30', 'F01'] }); const h = hosp(reg, 'carehome', ri(0, 1)); const doctor = doc(h, 'care-home-clinic');
  return [chronicRefills(m, h, doctor, randDate('2025-01-06', '2025-07-31'), 5, () => ri(29, 32), ['I25.103', 'I10.x00x007', pick(DEMENTIA)], [...CHRONIC_BUNDLE, ['盐酸多奈哌齐片', 1], ['单硝酸异山梨酯缓释片', 1]])];
}];
C.C14 = ['长处方: 12 weeks for a stable resident every 12 weeks', () => {
  const reg = REG(); const m = member(reg, { chronic: ['I10', 'I25', 'E11'] }); const h = hosp(reg, pick(['carehome', 'community'])); const doctor = doc(h, h.kind === 'carehome' ? 'care-home-clinic' : 'general');
  return [chronicRefills(m, h, doctor, randDate('2025-01-06', '2025-05-31'), 3, () => ri(82, 86), ['I10.x00x007', 'I25.103'], CHRONIC_BUNDLE, { days: 84, lp: true })];
}];
C.C15 = ['new ischaemic stroke in an 88-year-old: the full imaging work-up', () => {
  const reg = REG(); const m = member(reg, { age: ri(84, 92) }); const h = hosp(reg, pick(['l2', 'l3'])); const los = ri(10, 14);
  return [[inpatient(m, h, 'neurology', randDate('2025-01-05', '2025-11-20'), los, ['I63.900', 'I10.x00x007', pick(['I48.200', 'E11.900'])], strokeBody, { route: 'emergency' })]];
}];
C.C16 = ['readmission within 15 days for a different condition (a fall and hip fracture after pneumonia)', () => {
  const reg = REG(); const m = member(reg, { gender: 'F', age: ri(85, 96) }); const h = hosp(reg, 'l2', 0); const h3 = hosp(reg, 'l3'); const adm = randDate('2025-01-05', '2025-10-31'); const los = ri(7, 10);
  const a = inpatient(m, h, 'respiratory', adm, los, ['J18.900', pick(DEMENTIA)], pneumoniaBody, { route: 'emergency' });
  const adm2 = add(adm, los + ri(4, 12)); const op = add(adm2, 2); const los2 = ri(9, 13);
  const b2 = inpatient(m, h3, 'orthopaedics', adm2, los2, ['S72.101', 'W01.x00', pick(DEMENTIA)], (b, x, y) => {
    daily(b, x, y, [DAYROWS.bed3, DAYROWS.n1, DAYROWS.cons]); labsIn(b, x, [...LABS_BASIC, '凝血四项', '血型鉴定(ABO+Rh)', '术前八项(感染筛查)']); b.add('四肢X线摄影', x, 1); b.add('常规心电图检查', x, 1);
    b.add('骨折切开复位内固定术', op, 1); b.add('接骨板', op, 1); b.add('骨科螺钉', op, 6); b.add('全身麻醉', op, 2); b.add('一次性手术衣及铺单包', op, 1); b.add('可吸收缝线', op, 2); b.add('注射用头孢呋辛钠', op, 2);
    for (let i = 1; i < los2 - 1; i++) b.add('低分子量肝素钙注射液', add(x, i), 1); b.add('四肢X线摄影', add(op, 1), 1);
  }, { px: [{ code: '79.3500', date: op }], route: 'emergency' });
  return [[a, b2]];
}];
C.C17 = ['heart-failure exacerbation: Ⅰ级护理 and monitoring for the first days, then stepped down', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, pick(['l2', 'l3'])); const los = ri(7, 10);
  return [[inpatient(m, h, h.level === 3 ? 'cardiology' : 'geriatrics', randDate('2025-01-05', '2025-11-20'), los, ['I50.000', 'I48.200', 'I10.x00x007'], (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.cons]); for (let i = 0; i < los; i++) b.add(i < 4 ? DAYROWS.n1 : DAYROWS.n2, add(a, i), 1);
    labsIn(b, a, [...LABS_BASIC, 'B型钠尿肽(BNP)测定', '肌钙蛋白I测定']); b.add('胸部X线摄影(正侧位)', a, 1); b.add('常规心电图检查', a, 1); b.add('心脏彩色多普勒超声', add(a, 1), 1);
    for (let i = 0; i < 3; i++) { const x = add(a, i); b.add('心电监测', x, 24); b.add('血氧饱和度监测', x, 24); b.add('吸氧', x, 16); b.add('呋塞米注射液', x, 2); b.add('静脉注射', x, 2); b.add('心电电极片', x, 5); }
    b.add('一次性使用吸氧管', a, 1); b.add('电解质(四项)', add(a, 2), 1); b.add('B型钠尿肽(BNP)测定', add(a, los - 1), 1);
    oralCourse(b, add(a, 3), [['呋塞米片', 1], ['螺内酯片', 1], ['比索洛尔片', 1]], los - 3);
  }, { route: 'emergency' })]];
}];
C.C18 = ['influenza outbreak in a care home: several residents admitted over a week, each by their own course', () => {
  const reg = REG(); const h = hosp(reg, 'l2', ri(0, 1)); const d0 = randDate('2025-01-05', '2025-03-15'); const out = []; const n = ri(3, 4);
  for (let k = 0; k < n; k++) {
    const m = member(reg); const los = ri(5, 11); const sev = chance(0.4);
    out.push(inpatient(m, h, pick(['respiratory', 'geriatrics']), add(d0, ri(0, 6)), los, [pick(['J10.100', 'J11.100']), ...(sev ? ['J18.900'] : []), pick(DEMENTIA)], (b, a, d) => {
      daily(b, a, d, [DAYROWS.bed3, sev ? DAYROWS.n1 : DAYROWS.n2, DAYROWS.cons]); labsIn(b, a, LABS_INF); b.add('胸部X线摄影(正侧位)', a, 1);
      b.add('磷酸奥司他韦胶囊', a, 10);
      for (let i = 0; i < Math.min(los, sev ? 5 : 2); i++) b.add('吸氧', add(a, i), ri(8, 20));
      if (sev) for (let i = 0; i < Math.min(los - 1, 6); i++) { const x = add(a, i); b.add('注射用头孢呋辛钠', x, 3); b.add('氯化钠注射液', x, 2); b.add('静脉输液(第一组)', x, 1); b.add('一次性使用输液器', x, 1); }
      oralCourse(b, a, [['对乙酰氨基酚片', 2]], 3);
    }, { route: 'emergency' }));
  }
  return [out];
}];
C.C19 = ['long stroke rehabilitation stay with daily therapy', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, 'l2'); const los = ri(21, 32);
  return [[inpatient(m, h, 'rehabilitation', randDate('2025-01-05', '2025-10-31'), los, ['I69.300x003', 'I10.x00x007', 'R13.x00'], (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n2, DAYROWS.cons]); labsIn(b, a, LABS_BASIC);
    for (let i = 0; i < los; i++) { if (i % 7 === 6) continue; const x = add(a, i); b.add('运动疗法', x, 2); b.add('作业疗法', x, 1); b.add(i % 2 ? '言语训练' : '吞咽功能障碍训练', x, 1); }
    for (let i = 0; i < los; i += 14) b.add('康复评定', add(a, i), 1);
    oralCourse(b, a, CHRONIC_BUNDLE, los);
  })]];
}];
C.C20 = ['short real admission: hyponatraemia or syncope in a 90-year-old, 2-3 days with repeated tests', () => {
  const reg = REG(); const m = member(reg, { age: ri(88, 97) }); const h = hosp(reg, pick(['community', 'l2'])); const los = ri(2, 3); const hypo = chance(0.5);
  return [[inpatient(m, h, h.level === 1 ? 'general' : 'geriatrics', randDate('2025-01-05', '2025-12-10'), los, hypo ? ['E87.102', 'I10.x00x007', pick(DEMENTIA)] : ['R55.x00x001', 'I10.x00x007', 'W01.x00'], (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n1, DAYROWS.cons]); labsIn(b, a, [...LABS_BASIC, '空腹血糖测定']); b.add('常规心电图检查', a, 1);
    if (hypo) for (let i = 0; i < los; i++) { const x = add(a, i); b.add('电解质(四项)', x, 2); b.add('氯化钠注射液', x, 2); b.add('静脉输液(第一组)', x, 1); b.add('一次性使用输液器', x, 1); }
    else { b.add('头颅CT平扫', a, 1); b.add('动态心电图(24小时)', add(a, 1), 1); for (let i = 0; i < los; i++) b.add('心电监测', add(a, i), 24); }
  }, { route: 'emergency' })]];
}];
C.C21 = ['palliative home bed for terminal cancer: visits twice a week, oral analgesia', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, 'community'); const doctor = doc(h, 'home-bed'); const s = randDate('2025-01-05', '2025-10-15');
  const dx = ['Z51.500x003', pick(CANCER), 'R52.100']; const out = [visit(m, h, 'home-bed', 'outpatient', s, dx, (b, d) => { b.add('家庭病床建床费', d, 1); b.add('家庭病床巡诊费', d, 1); oralCourse(b, d, [['盐酸曲马多缓释片', 2], ['乳果糖口服溶液', 1]], 7); }, { doctor })];
  let d = s; for (let k = 1; k <= ri(6, 9); k++) { d = add(d, k % 2 ? 3 : 4); out.push(homeBedVisit(m, h, d, dx, k % 2 ? null : (b, x) => oralCourse(b, x, [['盐酸曲马多缓释片', 2], ['乳果糖口服溶液', 1]], 7), doctor)); }
  return [out];
}];
C.C22 = ['stage Ⅳ pressure ulcer: surgical debridement and negative-pressure dressing changed every 5-7 days', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, 'l2'); const los = ri(14, 20); const adm = randDate('2025-01-05', '2025-11-10');
  const c = inpatient(m, h, 'general-surgery', adm, los, ['L89.301', 'I69.300', 'E43.x00'], (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n1, DAYROWS.cons]); labsIn(b, a, [...LABS_BASIC, '细菌培养及药敏', 'C反应蛋白测定', '凝血四项']);
    b.add('清创术', add(a, 1), 1); b.add('局部浸润麻醉', add(a, 1), 1);
    for (const i of [1, 7, 13].filter((x) => x < los)) { b.add('负压封闭引流术(VSD)', add(a, i), 1); b.add('一次性负压引流器', add(a, i), 1); }
    for (let i = 0; i < 7; i++) { const x = add(a, i); b.add('注射用头孢呋辛钠', x, 3); b.add('氯化钠注射液', x, 1); b.add('静脉输液(第一组)', x, 1); b.add('一次性使用输液器', x, 1); }
  }, { px: [{ code: '86.2200x011', date: add(adm, 1) }] });
  return [[c]];
}];
C.C23 = ['dementia resident on donepezil and memantine: monthly 门诊慢特病 refills', () => {
  const reg = REG(); const m = member(reg, { chronic: ['G30', 'F00'] }); const h = hosp(reg, pick(['carehome', 'l2'])); const doctor = h.kind === 'carehome' ? doc(h, 'care-home-clinic') : doc(h, 'neurology');
  const out = []; let d = randDate('2025-01-06', '2025-06-30');
  for (let k = 0; k < 4; k++) { out.push(visit(m, h, h.kind === 'carehome' ? 'care-home-clinic' : 'neurology', 'chronic', d, ['G30.100x003+F00.1*'], (b, x) => { b.add('门诊慢特病管理诊查费', x, 1); oralCourse(b, x, [['盐酸多奈哌齐片', 1], ['盐酸美金刚片', 2]], 30); if (k === 2) b.add('简易智能精神状态检查（MMSE）', x, 1); }, { doctor })); d = add(d, ri(28, 31)); }
  return [out];
}];
C.C24 = ['chronic respiratory failure: long-hour oxygen every day of a COPD stay, blood gases, night NIV', () => {
  const reg = REG(); const m = member(reg); const h = hosp(reg, 'l2'); const los = ri(12, 18);
  return [[inpatient(m, h, 'respiratory', randDate('2025-01-05', '2025-11-20'), los, ['J44.100', 'J96.100', 'I10.x00x007'], (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n2, DAYROWS.cons]); labsIn(b, a, [...LABS_INF, '血气分析']); b.add('胸部X线摄影(正侧位)', a, 1); b.add('肺功能检查', add(a, los - 2), 1);
    for (let i = 0; i < los; i++) { const x = add(a, i); b.add('吸氧', x, ri(16, 22)); if (i < 6) { b.add('无创呼吸机辅助通气', x, 8); b.add('雾化吸入', x, 2); b.add('吸入用异丙托溴铵溶液', x, 2); } }
    b.add('一次性使用吸氧管', a, 1); b.add('血气分析', add(a, 2), 1); b.add('血气分析', add(a, 6), 1);
    for (let i = 0; i < 7; i++) { const x = add(a, i); b.add('注射用头孢呋辛钠', x, 3); b.add('多索茶碱注射液', x, 1); b.add('氯化钠注射液', x, 2); b.add('静脉输液(第一组)', x, 1); b.add('一次性使用输液器', x, 1); }
  }, { route: 'emergency' })]];
}];

// ================= ROUTINE =================
function routine() {
  const reg = REG(); const k = ri(0, 5);
  if (k === 0) { const m = member(reg); const h = hosp(reg, pick(['community', 'carehome'])); return visit(m, h, h.kind === 'carehome' ? 'care-home-clinic' : 'general', 'outpatient', randDate('2025-01-05', '2025-12-20'), [pick(['J06.900', 'K59.000', 'R05.x00', 'I10.x00x007'])], (b, d) => { b.add('一般诊疗费', d, 1); oralCourse(b, d, [[pick(['复方甘草片', '乳果糖口服溶液', '盐酸氨溴索片', '苯磺酸氨氯地平片']), 2]], 5); }); }
  if (k === 1) { const m = member(reg); return visit(m, hosp(reg, 'l2'), 'geriatrics', 'outpatient', randDate('2025-01-05', '2025-12-20'), ['I10.x00x007', 'E11.900'], (b, d) => { b.add('普通门诊诊察费', d, 1); b.add('空腹血糖测定', d, 1); b.add('常规心电图检查', d, 1); oralCourse(b, d, [['盐酸二甲双胍片', 3], ['苯磺酸氨氯地平片', 1]], 14); }); }
  if (k === 2) { const m = member(reg, { chronic: ['I10', 'E11'] }); const h = hosp(reg, pick(['carehome', 'community'])); return visit(m, h, h.kind === 'carehome' ? 'care-home-clinic' : 'general', 'chronic', randDate('2025-01-05', '2025-12-20'), ['E11.900', 'I10.x00x007'], (b, d) => { b.add('门诊慢特病管理诊查费', d, 1); oralCourse(b, d, [['盐酸二甲双胍片', 3], ['阿卡波糖片', 3], ['苯磺酸氨氯地平片', 1]], 30); }); }
  if (k === 3) { const m = member(reg, { chronic: ['J44'] }); const h = hosp(reg, 'l2'); return visit(m, h, 'respiratory', 'chronic', randDate('2025-01-05', '2025-12-20'), ['J44.900'], (b, d) => { b.add('门诊慢特病管理诊查费', d, 1); b.add('噻托溴铵粉吸入剂', d, 1); }); }
  if (k === 4) { const m = member(reg); const h = hosp(reg, 'l2'); const los = ri(6, 9); return inpatient(m, h, 'geriatrics', randDate('2025-01-05', '2025-12-10'), los, ['N39.000', pick(DEMENTIA)], (b, a, d) => {
    daily(b, a, d, [DAYROWS.bed3, DAYROWS.n2, DAYROWS.cons]); labsIn(b, a, [...LABS_BASIC, '细菌培养及药敏']); b.add('泌尿系B超', add(a, 1), 1);
    for (let i = 0; i < Math.min(los - 1, 6); i++) { const x = add(a, i); b.add('注射用头孢曲松钠', x, 1); b.add('氯化钠注射液', x, 1); b.add('静脉输液(第一组)', x, 1); b.add('一次性使用输液器', x, 1); }
  }, { route: 'outpatient' }); }
  const m = member(reg); const h = hosp(reg, 'l2'); const los = ri(7, 12); return inpatient(m, h, 'respiratory', randDate('2025-01-05', '2025-12-10'), los, ['J18.900', ...someComorb(1)], pneumoniaBody, { route: 'emergency' });
}

// ================= build =================
const N = 15;
for (const [code, [name, fn]] of Object.entries(T)) for (let i = 0; i < N; i++) { const [claims, targets, mut] = fn(); addCase('fraud', code, name, claims, targets, mut); }
for (const [code, [name, fn]] of Object.entries(C)) for (let i = 0; i < N; i++) { const [claims] = fn(); addCase('control', code, name, claims, claims, false); }
for (let i = 0; i < 100; i++) { const c = routine(); LABELS.push({ caseId: `R-${String(i + 1).padStart(3, '0')}`, kind: 'routine', code: 'R', name: 'routine single claim', routine: true, claimIds: [c.claimId], targets: [c.claimId], mutatedLines: {} }); }

// groups (pass 2)
if (GROUPS) {
  const g = {}; for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const x = JSON.parse(l); if (x.grouping && x.grouping.drg) g[x.claimId] = x.grouping.drg; }
  for (const c of ALL) if (c.visitType === 'inpatient' && g[c.claimId]) c.reportedGroup.drg = g[c.claimId];
}
ALL.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), ALL.map((c) => { const x = { ...c }; delete x._settle; delete x._seq; delete x._mut; return JSON.stringify(x); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`blind78: ${ALL.length} claims, ${LABELS.length} cases`);
