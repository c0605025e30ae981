#!/usr/bin/env node
// blind81: teeth and mouth (口腔科). usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CATDIR = opt('--catalogue') || '/work/wt/base77/rules/catalogue';
const GROUPS = opt('--groups');

// ---------- seeded random ----------
let seed = 81081;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue ----------
const FILES = ['services.json', 'drugs.json', 'consumables.json', 'services-procedures.json', 'consumables-procedures.json', 'services-tcm.json', 'services-home-and-online.json'];
const CAT = {};
for (const f of FILES) { const p = path.join(CATDIR, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) if (!CAT[r.name]) CAT[r.name] = r; }
function row(name) { const r = CAT[name]; if (!r) throw new Error('catalogue row missing: ' + name); return r; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const rdate = (from, to) => add(from, ri(0, Math.round((D(to) - D(from)) / 864e5)));
const days = (a, b) => Math.round((D(b) - D(a)) / 864e5);

// ---------- places ----------
const REGIONS = { '510100': '成都', '510700': '绵阳', '370100': '济南', '370200': '青岛', '220100': '长春', '230100': '哈尔滨' };
const TITLES = ['主任医师', '副主任医师', '主治医师', '住院医师'];
const HOSP = {}; const hospList = [];
function hospital(region, n, level, kind, depts) {
  const id = 'H' + region.slice(0, 4) + String(n).padStart(4, '0');
  const h = { id, region, level, kind, depts: {} };
  for (const dep of depts) {
    const docs = []; const nd = level === 1 ? 2 : 3;
    for (let i = 0; i < nd; i++) {
      const title = level === 1 ? pick(['主治医师', '住院医师', '主治医师']) : TITLES[(i + ri(0, 3)) % 4];
      docs.push({ id: 'D' + id.slice(1) + String(depts.indexOf(dep) + 1).padStart(2, '0') + (i + 1), title });
    }
    h.depts[dep] = docs;
  }
  HOSP[id] = h; hospList.push(h); return h;
}
const DENTAL_HOSP_DEPTS = ['oral_surgery', 'endodontics', 'periodontics', 'pediatric_dentistry', 'prosthodontics', 'oral_medicine', 'emergency'];
const H = {}; // H[region] = {dental3, general3, county2, community1, private:[..]}
for (const region of Object.keys(REGIONS)) {
  H[region] = {
    dental3: hospital(region, 1, 3, '口腔专科医院', DENTAL_HOSP_DEPTS.concat(['oral_maxillofacial_surgery'])),
    general3: hospital(region, 2, 3, '综合医院口腔科', ['stomatology', 'oral_maxillofacial_surgery', 'emergency']),
    county2: hospital(region, 21, 2, '县级医院口腔科', ['stomatology', 'oral_maxillofacial_surgery']),
    community1: hospital(region, 41, 1, '社区卫生服务中心口腔科', ['stomatology']),
    private: [61, 62, 63, 64, 65].map(n => hospital(region, n, 1, '民营口腔诊所', ['stomatology'])),
  };
}
const regionsArr = Object.keys(REGIONS);
const doc = (h, dep) => pick(h.depts[dep] || h.depts[Object.keys(h.depts)[0]]);
function deptOf(h, want) { return h.depts[want] ? want : Object.keys(h.depts)[0]; }

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  const age = o.age != null ? o.age : ri(18, 70);
  const gender = o.gender || pick(['M', 'F']);
  const year = 2025 - age; const birthDate = `${year}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  let insuranceType = o.insuranceType || (age < 18 ? 'resident' : chance(0.6) ? 'employee' : 'resident');
  if (age < 16) insuranceType = 'resident';
  const retired = insuranceType === 'employee' && age >= (gender === 'M' ? 60 : 55);
  const cy = Math.max(1, Math.min(age, ri(3, 15)));
  const contributionYears = insuranceType === 'employee' ? Math.max(1, Math.min(age - 18, retired ? ri(gender === 'M' ? 30 : 25, 38) : ri(2, 30))) : cy;
  memberSeq++;
  return {
    insuredId: 'P81' + String(memberSeq).padStart(6, '0'), gender, birthDate, age, retired, insuranceType,
    region: o.region || pick(regionsArr),
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: cy, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null },
  };
}

// ---------- claims ----------
const claims = []; let claimSeq = 0;
function consultName(h, d, visit) {
  if (visit === 'emergency') return '急诊诊察费';
  if (h.level >= 2 && d.title === '主任医师') return '主任医师门诊诊察费';
  if (h.level >= 2 && d.title === '副主任医师') return '副主任医师门诊诊察费';
  return '普通门诊诊察费';
}
// line spec: [name, qty] or [name, qty, date]
function mkLines(h, specs, defDate) {
  const out = []; let n = 0;
  for (const s of specs) {
    const r = row(s[0]); const qty = s[1]; const date = s[2] || defDate;
    const capFen = Math.round(r.priceCap[String(h.level)] * 100);
    const priceFen = capFen; // every institution bills at its level's cap (never above)
    n++;
    out.push({ lineId: String(n), code: (r.products && r.products[0]) || r.code, name: r.name, category: r.category, date, quantity: qty, _p: priceFen, _a: priceFen * qty, _row: r });
  }
  return out;
}
// outpatient / emergency claim
function op(m, h, dep, date, dx, px, specs, o = {}) {
  const dp = deptOf(h, dep); const d = o.doctor || doc(h, dp);
  const cons = o.noConsult ? [] : [[consultName(h, d, dp === 'emergency' ? 'emergency' : ''), 1]];
  const c = base(m, h, dp, d, 'outpatient');
  c.visitDate = date;
  c.diagnoses = dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (px || []).map(code => ({ code, date }));
  c._items = mkLines(h, cons.concat(specs), date);
  claims.push(c); return c;
}
function ip(m, h, dep, adm, dis, dx, px, specsFn, o = {}) {
  const dp = deptOf(h, dep); const d = o.doctor || doc(h, dp);
  const c = base(m, h, dp, d, 'inpatient');
  c.admissionDate = adm; c.dischargeDate = dis;
  if (o.route) c.admissionRoute = o.route;
  c.dischargeMode = 'ordered';
  c.diagnoses = dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (px || []).map(p => ({ code: p[0], date: p[1] }));
  const los = Math.max(1, days(adm, dis));
  const specs = [];
  for (let i = 0; i < los; i++) {
    const dt = add(adm, i);
    specs.push(['普通病房床位费(三人间)', 1, dt], [o.nursing || 'Ⅱ级护理', 1, dt]);
    if (!(o.idleDays && o.idleDays.includes(i))) specs.push(['住院诊查费', 1, dt]);
  }
  specs.push(...specsFn(add));
  c._items = mkLines(h, specs, adm);
  c.reportedGroup = { drg: null, dip: null };
  claims.push(c); return c;
}
function base(m, h, dep, d, visitType) {
  claimSeq++;
  return {
    claimId: `${h.region}-${h.id}-2025-${String(810000 + claimSeq).padStart(6, '0')}`,
    region: h.region, insuranceType: m.insuranceType, visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: { ...m.enrollment },
    provider: { hospitalId: h.id, level: h.level, department: dep, doctorId: d.id },
    _m: m,
  };
}
const lineIds = (c, names) => c._items.filter(l => names.includes(l.name)).map(l => l.lineId);

// ---------- common visit bundles ----------
const LA = () => [['局部浸润麻醉', 1], ['盐酸利多卡因注射液', ri(1, 2)], ['一次性使用注射器(5ml)', 1]];
const postExRx = () => [['阿莫西林胶囊', pick([18, 24])], ['布洛芬缓释胶囊', pick([6, 8, 10])]];
function extraction(m, h, date, n, o = {}) {
  const dx = o.dx || [pick(['K08.300', 'K08.300x002', 'K04.701', 'K05.300']), ...(o.dx2 || [])];
  return op(m, h, o.dep || 'oral_surgery', date, dx, o.px || [n > 5 ? '23.1901' : pick(['23.0900', '23.1100'])],
    [...LA(), ['牙拔除术', n], ['医用脱脂纱布', 1], ...(o.rx === false ? [] : postExRx())], o);
}
function impacted(m, h, date, o = {}) {
  return op(m, h, o.dep || 'oral_surgery', date, o.dx || ['K01.100', ...(o.dx2 || [])], ['23.1902'],
    [...(o.ct ? [['头颅CT平扫', 1]] : []), ...LA(), ['阻生牙拔除术', o.n || 1], ['可吸收缝线', 1], ['医用脱脂纱布', 1], ['阿莫西林胶囊', 24], ['奥硝唑片', 12], ['布洛芬缓释胶囊', 10]], o);
}
// a root-canal course: visits [day offsets]; canals billed once at the obturation visit (convention)
function rctCourse(m, h, start, canals, o = {}) {
  const dx = o.dx || [pick(['K04.002', 'K04.007', 'K04.500x001', 'K04.100', 'K02.500'])];
  const offs = o.offs || [0, ri(5, 9), ri(14, 21)];
  const out = [];
  offs.forEach((off, i) => {
    const date = add(start, off);
    const last = i === offs.length - 1;
    const specs = [];
    if (i === 0) specs.push(...LA());
    if (o.billEvery) specs.push(['根管治疗术', o.billEvery[i]]);
    else if (last) specs.push(['根管治疗术', canals]);
    if (i === 0 && o.rx !== false) specs.push(['布洛芬缓释胶囊', 6]);
    const px = i === 0 ? ['23.7000x001'] : last ? ['23.7002'] : ['23.7100'];
    out.push(op(m, h, o.dep || 'endodontics', date, dx, px, specs, { doctor: o.doctor }));
  });
  return out;
}
function scaling(m, h, date, o = {}) {
  return op(m, h, o.dep || 'periodontics', date, o.dx || [pick(['K05.100', 'K05.100x011', 'K05.300', 'K05.301']), ...(o.dx2 || [])], ['96.5401'],
    [['龈上洁治术(牙周洁治)', 1], ...(o.extra || [])], o);
}

// ---------- labels ----------
const labels = [];
const NAMES = {};
function label(kind, code, name, cs, targets, mutated) {
  NAMES[code] = name;
  const key = kind === 'fraud' ? 'typology' : kind === 'control' ? 'control' : 'routine';
  const n = labels.filter(l => l.code === code).length + 1;
  const l = { caseId: `${code}-${String(n).padStart(2, '0')}`, kind, code, name, claimIds: cs.map(c => c.claimId), targets: (targets || cs).map(c => c.claimId), mutatedLines: {} };
  l[key] = code;
  for (const [c, ids] of mutated || []) if (ids.length) l.mutatedLines[c.claimId] = (l.mutatedLines[c.claimId] || []).concat(ids);
  labels.push(l);
}
const H_of = (m) => H[m.region];
const priv = (m) => pick(H_of(m).private);
const anyOut = (m) => pick([H_of(m).dental3, H_of(m).general3, H_of(m).county2, H_of(m).community1, ...H_of(m).private]);

// ======================= FRAUD =======================
// T01 teeth whitening billed as 洁治 (串换)
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(19, 36), gender: chance(0.75) ? 'F' : 'M' }); const h = priv(m);
  if (i < 8) {
    const c = scaling(m, h, rdate('2025-02-01', '2025-11-20'), { dep: 'stomatology', dx: [pick(['K03.600x001', 'K03.700', 'K00.800x002', 'K03.600'])] });
    label('fraud', 'T01', 'whitening billed as scaling (牙齿美白→洁治)', [c], [c], [[c, lineIds(c, ['龈上洁治术(牙周洁治)'])]]);
  } else {
    const d0 = rdate('2025-02-01', '2025-10-01'); const cs = [];
    let d = d0; const dd = doc(h, 'stomatology');
    for (let k = 0; k < 3; k++) { cs.push(scaling(m, h, d, { dep: 'stomatology', dx: ['K05.100', 'K03.600x001'], doctor: dd })); d = add(d, ri(7, 12)); }
    label('fraud', 'T01', 'whitening billed as scaling (牙齿美白→洁治)', cs, cs, cs.map(c => [c, lineIds(c, ['龈上洁治术(牙周洁治)'])]));
  }
}
// T02 orthodontics billed as covered care (正畸→拔牙+洁治)
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(12, 16) }); const h = i % 3 === 0 ? H_of(m).dental3 : priv(m); const dep = h.level === 3 ? 'pediatric_dentistry' : 'stomatology';
  const dd = doc(h, dep); let d = rdate('2025-01-10', '2025-04-30'); const cs = [];
  const exDx = i < 8 ? [pick(['K07.304', 'K07.302', 'K07.200x012', 'K07.400x001'])] : ['K00.608', pick(['K07.304', 'K07.302'])];
  cs.push(extraction(m, h, d, 2, { dep, dx: exDx, px: ['23.0900'], doctor: dd })); d = add(d, ri(10, 18));
  cs.push(extraction(m, h, d, 2, { dep, dx: exDx, px: ['23.0900'], doctor: dd }));
  const nAdj = ri(4, 6);
  for (let k = 0; k < nAdj; k++) { d = add(d, ri(26, 35)); cs.push(scaling(m, h, d, { dep, dx: ['K05.100x008', pick(['K07.304', 'K07.200x012', 'K07.302'])], doctor: dd })); }
  label('fraud', 'T02', 'orthodontics billed as extractions and scaling (正畸→错颌 covered care)', cs, cs, cs.map(c => [c, lineIds(c, ['牙拔除术', '龈上洁治术(牙周洁治)'])]));
}
// T03 implant billed as surgical extraction (种植→拔牙+修复), parts billed apart over two stages
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(38, 66) }); const h = i % 2 ? priv(m) : H_of(m).county2; const dep = h.level === 1 ? 'stomatology' : 'oral_surgery';
  const cs = []; let d = rdate('2025-01-15', '2025-06-15');
  let prior = null;
  if (i >= 8) { // careful: a real extraction months before at another clinic, then the implant coded as a residual root
    prior = extraction(m, H_of(m).community1, add(d, -ri(70, 140)), 1, { dx: ['K08.300'], px: ['23.1100'] });
  }
  const dx1 = i < 8 ? [pick(['K08.104', 'K08.100', 'K08.103']), 'K08.203'] : ['K08.300', 'K08.104'];
  const dd = doc(h, dep);
  const s1 = impacted(m, h, d, { dep, dx: dx1, ct: true, doctor: dd });
  s1.procedures = [{ code: i < 8 ? '23.1902' : '23.1100', date: d }];
  d = add(d, ri(90, 130));
  const s2 = op(m, h, dep, d, dx1, [i < 8 ? '23.1902' : '23.1100'], [...LA(), ['阻生牙拔除术', 1], ['可吸收缝线', 1], ['拆线', 1]], { doctor: dd });
  cs.push(...(prior ? [prior] : []), s1, s2);
  label('fraud', 'T03', 'implant billed as surgical extraction in two stages (种植→拔牙)', cs, [s1, s2], [[s1, lineIds(s1, ['阻生牙拔除术', '头颅CT平扫', '可吸收缝线'])], [s2, lineIds(s2, ['阻生牙拔除术', '可吸收缝线', '拆线'])]]);
}
// T04 per-tooth items on teeth already extracted (more teeth than a mouth holds)
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(62, 82) }); const hA = H_of(m).general3; const cs = [];
  let d = rdate('2025-01-05', '2025-03-15'); let tot = 0;
  const visits = i < 8 ? [ri(7, 10), ri(7, 10), 0] : [ri(8, 10), ri(8, 10), ri(8, 9)];
  for (let k = 0; k < 3; k++) {
    const n = k === 2 && i < 8 ? 32 - 4 - tot - ri(0, 2) : visits[k];
    const last = k === 2;
    cs.push(extraction(m, hA, d, n, { dep: 'stomatology', dx: [last && i < 8 ? 'K08.101' : 'K05.300', 'K08.300'], px: [last && i < 8 ? '23.1901' : '23.0900'] }));
    tot += n; d = add(d, ri(14, 28));
  }
  // fraudulent later bills at a private clinic on a mouth that has no teeth left to treat
  d = add(d, ri(40, 120)); const hB = priv(m); const fr = [];
  if (i % 2) fr.push(...rctCourse(m, hB, d, ri(2, 3), { dep: 'stomatology', offs: [0, ri(6, 9)] }));
  else fr.push(extraction(m, hB, d, ri(4, 8), { dep: 'stomatology', dx: ['K08.300'], px: ['23.1100'] }));
  cs.push(...fr);
  label('fraud', 'T04', 'per-tooth items billed on teeth already extracted (拔光后仍计牙)', cs, fr, fr.map(c => [c, lineIds(c, ['牙拔除术', '根管治疗术'])]));
}
// T05 root canal billed per visit and beyond the tooth's canals (分解收费)
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(20, 65) }); const h = i % 3 ? priv(m) : H_of(m).county2; const dep = h.level === 1 ? 'stomatology' : 'stomatology';
  const canals = i < 8 ? ri(1, 2) : 3;
  const bill = i < 8 ? [canals, canals + 1, canals + 1] : [4, 0, 4];
  const cs = rctCourse(m, h, rdate('2025-01-10', '2025-11-01'), canals, { dep, billEvery: bill, dx: [i < 8 ? pick(['K04.002', 'K04.500x001']) : 'K04.007'], doctor: doc(h, dep) });
  const mut = []; let seen = 0;
  for (const c of cs) { const ids = lineIds(c, ['根管治疗术']).filter(id => c._items.find(l => l.lineId === id).quantity > 0); if (seen && ids.length) mut.push([c, ids]); if (ids.length) seen++; }
  for (const c of cs) c._items = c._items.filter(l => l.quantity > 0).map((l, k) => ({ ...l, lineId: String(k + 1) }));
  // recompute mutated ids after renumbering
  const mut2 = []; let s2 = 0;
  for (const c of cs) { const ids = lineIds(c, ['根管治疗术']); if (s2 && ids.length) mut2.push([c, ids]); if (ids.length) s2++; }
  label('fraud', 'T05', 'root canal billed at every visit, more canals than the tooth has (分解收费)', cs, mut2.map(x => x[0]), mut2);
}
// T06 anaesthesia and CBCT (stand-in 头颅CT平扫) billed with every visit
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(22, 70) }); const h = i % 2 ? priv(m) : H_of(m).county2; const dep = 'stomatology';
  const dd = doc(h, dep); let d = rdate('2025-01-10', '2025-10-20'); const cs = []; const n = ri(3, 5);
  for (let k = 0; k < n; k++) {
    const last = k === n - 1;
    const specs = [...LA(), ...((i < 8 || k % 2 === 0) ? [['头颅CT平扫', 1]] : [])];
    if (last) specs.push(['根管治疗术', ri(1, 3)]);
    cs.push(op(m, h, dep, d, [pick(['K04.500x001', 'K04.002'])], [k === 0 ? '23.7000x001' : last ? '23.7002' : '23.7100'], specs, { doctor: dd }));
    d = add(d, ri(5, 9));
  }
  const fr = cs.slice(1);
  label('fraud', 'T06', 'anaesthesia and CBCT billed with every visit (过度诊疗/重复收费)', cs, fr, fr.map(c => [c, lineIds(c, ['局部浸润麻醉', '盐酸利多卡因注射液', '头颅CT平扫'])]));
}
// T07 scaling every month
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(24, 60) }); const hs = [priv(m)]; if (i >= 8) hs.push(H_of(m).private.find(x => x !== hs[0]));
  let d = rdate('2025-01-05', '2025-03-01'); const cs = []; const n = ri(6, 9);
  for (let k = 0; k < n; k++) { const h = hs[k % hs.length]; cs.push(scaling(m, h, d, { dep: 'stomatology', dx: [pick(['K05.100', 'K05.100x011', 'K05.104'])] })); d = add(d, i < 8 ? ri(28, 33) : ri(34, 45)); }
  const fr = cs.slice(1);
  label('fraud', 'T07', 'scaling billed every month (洁治超频次)', cs, fr, fr.map(c => [c, lineIds(c, ['龈上洁治术(牙周洁治)'])]));
}
// T08 a school class billed for "scaling" in place of sealants (拉人头)
for (let i = 0; i < 15; i++) {
  const region = pick(regionsArr); const h = pick(H[region].private); const dd = doc(h, 'stomatology');
  const d0 = rdate('2025-03-01', '2025-11-20'); const n = ri(18, 30); const cs = [];
  const age = ri(7, 9);
  for (let k = 0; k < n; k++) {
    const m = member({ age, region, insuranceType: 'resident' });
    const date = i < 8 ? d0 : add(d0, ri(0, 3));
    cs.push(scaling(m, h, date, { dep: 'stomatology', dx: i < 8 ? ['K05.100'] : ['K05.100', 'K02.000'], doctor: i < 8 ? dd : doc(h, 'stomatology') }));
  }
  label('fraud', 'T08', 'a school class billed in place of free sealants (拉人头)', cs, cs, []);
}
// T09 personal-account spending on daily goods swapped for drugs (串换 of daily goods)
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(30, 68), insuranceType: 'employee' }); const h = priv(m); const cs = [];
  let d = rdate('2025-01-05', '2025-05-01'); const n = ri(4, 6);
  const basket = i < 8 ? [['阿莫西林胶囊', 60], ['布洛芬缓释胶囊', 40], ['复合维生素B片', 100], ['奥硝唑片', 40]] : [['复合维生素B片', 100], ['阿莫西林胶囊', 36], ['布洛芬缓释胶囊', 20]];
  for (let k = 0; k < n; k++) {
    cs.push(op(m, h, 'stomatology', d, [pick(['K05.100', 'K12.000', 'K05.300'])], [], basket.map(x => [x[0], x[1]]), { noConsult: i < 8 || k % 2 === 1 }));
    d = add(d, ri(26, 34));
  }
  label('fraud', 'T09', 'personal account spent on daily goods billed as drugs (串换日用品)', cs, cs, []);
}
// T10 the same tooth's root canal billed at two clinics
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(20, 65) }); const hA = pick([H_of(m).dental3, H_of(m).county2]); const hB = priv(m);
  const canals = ri(2, 3); const dx = pick(['K04.500x001', 'K04.002']);
  const s = rdate('2025-01-10', '2025-10-15');
  const a = rctCourse(m, hA, s, canals, { dx: [dx], dep: hA.level === 3 ? 'endodontics' : 'stomatology' });
  const bDate = add(a[a.length - 1].visitDate, ri(3, 20));
  const b = op(m, hB, 'stomatology', bDate, [i < 8 ? dx : (dx === 'K04.002' ? 'K04.007' : 'K04.501')], ['23.7002'], [['根管治疗术', canals]]);
  label('fraud', 'T10', 'the same tooth\'s root canal billed at two clinics (重复收费)', [...a, b], [b], [[b, lineIds(b, ['根管治疗术'])]]);
}
// T11 a child's card used for an adult's treatment (冒名就医)
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(4, 9) }); const h = priv(m);
  let c;
  if (i < 6) c = impacted(m, h, rdate('2025-01-10', '2025-11-30'), { dep: 'stomatology', dx: ['K01.100', 'K05.204'] });
  else if (i < 11) c = scaling(m, h, rdate('2025-01-10', '2025-11-30'), { dep: 'stomatology', dx: [pick(['K05.300', 'K05.301'])], extra: [['头颅CT平扫', 1]] });
  else c = op(m, h, 'stomatology', rdate('2025-01-10', '2025-11-30'), ['K08.104', 'K08.203'], ['23.1100'], [['头颅CT平扫', 1], ...LA(), ['阻生牙拔除术', 1], ['可吸收缝线', 1]]);
  label('fraud', 'T11', 'a child\'s card used for adult dental care (冒名就医)', [c], [c], []);
}
// inpatient helpers
const stdLabs = () => [['血常规(五分类)', 1], ['凝血四项', 1], ['术前八项(感染筛查)', 1], ['常规心电图检查', 1]];
function gaBundle(a, adm, teeth) {
  const s = add(adm, 1);
  return [...stdLabs(), ['全身麻醉', 2, s], ['丙泊酚中/长链脂肪乳注射液', 2, s], ['枸橼酸芬太尼注射液', 2, s], ['注射用维库溴铵', 1, s], ['一次性气管插管', 1, s], ['阻生牙拔除术', teeth, s], ['可吸收缝线', teeth, s],
    ['注射用头孢呋辛钠', 2, s], ['氯化钠注射液', 2, s], ['静脉输液(第一组)', 1, s], ['一次性使用输液器', 1, s], ['一次性使用静脉留置针', 1, s], ['地塞米松磷酸钠注射液', 1, s]];
}
// T12 low-standard / bed-blocking admission for an office extraction (低标准入院/挂床)
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(25, 70) }); const h = H_of(m).county2;
  const adm = rdate('2025-01-10', '2025-11-20'); const los = ri(4, 7); const dis = add(adm, los);
  const dx = i < 8 ? ['K01.100'] : [pick(['K05.204', 'K05.300', 'K12.000'])];
  const px = i < 8 ? [['23.1902', add(adm, 1)]] : [];
  const c = ip(m, h, 'oral_maxillofacial_surgery', adm, dis, dx, px, () => [
    ['血常规(五分类)', 1, adm], ...(i < 8 ? [['局部浸润麻醉', 1, add(adm, 1)], ['盐酸利多卡因注射液', 2, add(adm, 1)], ['阻生牙拔除术', 1, add(adm, 1)]] : [['龈上洁治术(牙周洁治)', 1, add(adm, 1)]]),
    ['阿莫西林胶囊', 24, adm], ['布洛芬缓释胶囊', 10, adm]], { nursing: 'Ⅲ级护理', idleDays: i >= 8 ? [2, 3, 4] : [] });
  label('fraud', 'T12', 'admission for an office procedure, days without care (低标准入院/挂床)', [c], [c], []);
}
// T13 split admission: one impacted-tooth stay cut in two (分解住院)
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(18, 40) }); const h = i % 2 ? H_of(m).county2 : H_of(m).general3;
  const a1 = rdate('2025-01-10', '2025-10-20'); const d1 = add(a1, ri(2, 3));
  const c1 = ip(m, h, 'oral_maxillofacial_surgery', a1, d1, ['K01.100'], [['23.1902', add(a1, 1)]], (ad) => gaBundle(ad, a1, 2), { nursing: 'Ⅱ级护理' });
  const a2 = add(d1, i < 8 ? ri(2, 7) : ri(9, 14)); const d2 = add(a2, ri(2, 3));
  const c2 = ip(m, h, 'oral_maxillofacial_surgery', a2, d2, [i < 8 ? 'K01.100' : 'K01.000', ...(i >= 8 ? ['K05.204'] : [])], [['23.1902', add(a2, 1)]], (ad) => gaBundle(ad, a2, 2), { nursing: 'Ⅱ级护理' });
  label('fraud', 'T13', 'one impacted-teeth stay split into two admissions (分解住院)', [c1, c2], [c1, c2], []);
}
// T14 IV drips after a simple extraction / mild pericoronitis (过度诊疗)
for (let i = 0; i < 15; i++) {
  const m = member({ age: ri(20, 60) }); const h = priv(m); const dd = doc(h, 'stomatology');
  let d = rdate('2025-01-10', '2025-11-20'); const cs = [];
  if (i < 8) cs.push(extraction(m, h, d, 1, { dep: 'stomatology', dx: ['K08.300'], px: ['23.1100'], doctor: dd, rx: false }));
  const nd = ri(3, 4);
  for (let k = 0; k < nd; k++) {
    const dt = i < 8 ? add(d, k) : add(d, k);
    cs.push(op(m, h, 'stomatology', dt, [i < 8 ? 'K08.300' : 'K05.204'], [], [['静脉输液(第一组)', 1], ['注射用头孢呋辛钠', 2], ['甲硝唑氯化钠注射液', 1], ['地塞米松磷酸钠注射液', 1], ['氯化钠注射液', 2], ['一次性使用输液器', 1], ['一次性使用静脉留置针', k === 0 ? 1 : 0]].filter(x => x[1] > 0), { doctor: dd, noConsult: k > 0 || i < 8 }));
  }
  const fr = cs.filter(c => c._items.some(l => l.name === '静脉输液(第一组)'));
  label('fraud', 'T14', 'IV antibiotics and steroid drips after a simple extraction (过度诊疗)', cs, fr, fr.map(c => [c, lineIds(c, ['静脉输液(第一组)', '注射用头孢呋辛钠', '甲硝唑氯化钠注射液', '地塞米松磷酸钠注射液', '氯化钠注射液', '一次性使用输液器', '一次性使用静脉留置针'])]));
}
// T15 elders brought in for "free dentures" (诱导就医): a cluster billed for extractions, scaling and CBCT
for (let i = 0; i < 15; i++) {
  const region = pick(regionsArr); const h = pick(H[region].private); const d0 = rdate('2025-02-01', '2025-11-15'); const n = ri(6, 10); const cs = [];
  for (let k = 0; k < n; k++) {
    const m = member({ age: ri(62, 80), region, insuranceType: chance(0.5) ? 'employee' : 'resident' });
    const date = add(d0, i < 8 ? ri(0, 1) : ri(0, 6));
    cs.push(op(m, h, 'stomatology', date, ['K08.300', 'K05.300'], ['23.1100', '96.5401'], [['头颅CT平扫', 1], ...LA(), ['牙拔除术', ri(3, 6)], ['龈上洁治术(牙周洁治)', 1], ['医用脱脂纱布', 1], ...postExRx()]));
  }
  label('fraud', 'T15', 'elders recruited for free dentures, billed for extractions (诱导就医)', cs, cs, []);
}

// ======================= CONTROLS =======================
const C = (code, name, n, fn) => { for (let i = 0; i < n; i++) { const cs = fn(i); label('control', code, name, cs, cs, []); } };
C('C01', 'three-visit root canal billed once', 15, (i) => { const m = member({ age: ri(18, 70) }); const h = anyOut(m); return rctCourse(m, h, rdate('2025-01-10', '2025-11-20'), ri(1, 3), { dep: h.level === 3 && h.depts.endodontics ? 'endodontics' : 'stomatology' }); });
C('C02', 'molar with four canals', 15, (i) => { const m = member({ age: ri(25, 65) }); const h = pick([H_of(m).dental3, H_of(m).general3, H_of(m).county2]); return rctCourse(m, h, rdate('2025-01-10', '2025-11-20'), 4, { dep: h.depts.endodontics ? 'endodontics' : 'stomatology', dx: ['K04.500x001'] }); });
C('C03', 'full-mouth periodontal therapy by quadrant', 15, (i) => {
  const m = member({ age: ri(35, 70) }); const h = pick([H_of(m).dental3, H_of(m).general3]); const dep = h.depts.periodontics ? 'periodontics' : 'stomatology'; const dd = doc(h, dep);
  let d = rdate('2025-01-10', '2025-10-01'); const cs = [scaling(m, h, d, { dep, dx: ['K05.300', 'K03.602'], doctor: dd })];
  for (let q = 0; q < 4; q++) { d = add(d, ri(7, 10)); cs.push(op(m, h, dep, d, ['K05.300'], ['96.5400x002'], [...LA()], { doctor: dd })); }
  return cs;
});
C('C04', 'dental trauma with several teeth', 15, (i) => {
  const m = member({ age: ri(8, 45) }); const h = pick([H_of(m).dental3, H_of(m).general3]); const d = rdate('2025-01-10', '2025-10-20');
  const e = op(m, h, 'emergency', d, ['S02.500', 'S03.200', 'K08.102'], ['23.0900', '24.3200x001'], [...LA(), ['清创术', 1], ['牙拔除术', 1], ['可吸收缝线', 1], ['医用脱脂纱布', 2], ['阿莫西林胶囊', 18], ['布洛芬缓释胶囊', 6]]);
  const r = rctCourse(m, h, add(d, ri(7, 14)), ri(2, 3), { dep: h.depts.endodontics ? 'endodontics' : 'stomatology', dx: ['S02.500', 'K04.100'], rx: false });
  return [e, ...r];
});
C('C05', 'child\'s first permanent molars at 6-8 (sealant paid by public health, visit only)', 15, (i) => {
  const m = member({ age: ri(6, 8) }); const h = pick([H_of(m).dental3, H_of(m).community1, H_of(m).general3]); const dep = h.depts.pediatric_dentistry ? 'pediatric_dentistry' : 'stomatology';
  return [op(m, h, dep, rdate('2025-03-01', '2025-11-20'), ['K02.000', 'Z01.200'], ['23.2x00'], [])];
});
C('C06', 'denture after extractions', 15, (i) => {
  const m = member({ age: ri(60, 82) }); const h = pick([H_of(m).general3, H_of(m).county2]); const dep = 'stomatology'; let d = rdate('2025-01-10', '2025-06-01'); const cs = [];
  for (let k = 0; k < ri(2, 3); k++) { cs.push(extraction(m, h, d, ri(2, 4), { dep, dx: ['K08.300', 'K05.300'] })); d = add(d, ri(10, 21)); }
  d = add(d, ri(45, 70)); cs.push(op(m, h, dep, d, ['K08.104', 'Z46.300'], ['23.4300'], [])); cs.push(op(m, h, dep, add(d, ri(7, 14)), ['Z46.300'], [], []));
  return cs;
});
C('C07', 'dry socket revisited', 15, (i) => {
  const m = member({ age: ri(20, 50) }); const h = pick([H_of(m).dental3, H_of(m).general3, H_of(m).county2]); const d = rdate('2025-01-10', '2025-11-20');
  const ex = i % 2 ? impacted(m, h, d, { dep: 'oral_surgery' }) : extraction(m, h, d, 1, { dep: 'oral_surgery', dx: ['K08.300'] });
  const cs = [ex]; let dd = add(d, ri(2, 4));
  for (let k = 0; k < ri(2, 3); k++) { cs.push(op(m, h, 'oral_surgery', dd, ['K10.302'], [], [['换药(小)', 1], ...(k === 0 ? [['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 1], ['布洛芬缓释胶囊', 10]] : [])])); dd = add(dd, ri(2, 3)); }
  return cs;
});
C('C08', 'impacted teeth under general anaesthesia in hospital', 15, (i) => {
  const m = member({ age: ri(16, 45) }); const h = pick([H_of(m).dental3, H_of(m).general3]); const a = rdate('2025-01-10', '2025-11-20'); const dis = add(a, ri(2, 3));
  return [ip(m, h, 'oral_maxillofacial_surgery', a, dis, ['K01.100', ...(i % 3 === 0 ? ['F40.200'] : [])], [['23.1902', add(a, 1)]], (ad) => gaBundle(ad, a, 4))];
});
C('C09', 'maxillofacial space infection admitted', 15, (i) => {
  const m = member({ age: ri(25, 75) }); const h = pick([H_of(m).general3, H_of(m).county2, H_of(m).dental3]); const a = rdate('2025-01-10', '2025-11-15'); const los = ri(5, 8); const dis = add(a, los);
  return [ip(m, h, 'oral_maxillofacial_surgery', a, dis, [pick(['K12.202', 'K12.213', 'K12.204', 'K12.217']), 'K04.701'], [['24.0x03', a]], (ad) => {
    const s = [['血常规(五分类)', 1, a], ['C反应蛋白测定', 1, a], ['细菌培养及药敏', 1, a], ['空腹血糖测定', 1, a], ['体表脓肿切开引流术', 1, a], ['一次性使用换药包', 1, a], ['血常规(五分类)', 1, add(a, 3)]];
    for (let k = 0; k < los; k++) s.push(['静脉输液(第一组)', 1, add(a, k)], ['注射用头孢呋辛钠', 3, add(a, k)], ['甲硝唑氯化钠注射液', 2, add(a, k)], ['氯化钠注射液', 2, add(a, k)], ['一次性使用输液器', 1, add(a, k)], ...(k > 0 ? [['换药(小)', 1, add(a, k)]] : []));
    s.push(['一次性使用静脉留置针', 1, a]); return s;
  }, { route: 'emergency', nursing: 'Ⅱ级护理' })];
});
C('C10', 'staged impacted third molars, outpatient, weeks apart', 15, (i) => {
  const m = member({ age: ri(18, 35) }); const h = pick([H_of(m).dental3, H_of(m).general3, H_of(m).county2]); const d = rdate('2025-01-10', '2025-09-20'); const dd = doc(h, 'oral_surgery');
  return [impacted(m, h, d, { ct: true, doctor: dd }), op(m, h, 'oral_surgery', add(d, 7), ['Z48.000'], [], [['拆线', 1]], { doctor: dd }), impacted(m, h, add(d, ri(28, 56)), { doctor: dd })];
});
C('C11', 'second side under general anaesthesia 6-10 weeks later', 15, (i) => {
  const m = member({ age: ri(16, 40) }); const h = pick([H_of(m).dental3, H_of(m).general3]); const a1 = rdate('2025-01-10', '2025-08-20'); const d1 = add(a1, 2);
  const c1 = ip(m, h, 'oral_maxillofacial_surgery', a1, d1, ['K01.100'], [['23.1902', add(a1, 1)]], (ad) => gaBundle(ad, a1, 2));
  const a2 = add(d1, ri(42, 70)); const c2 = ip(m, h, 'oral_maxillofacial_surgery', a2, add(a2, 2), ['K01.100'], [['23.1902', add(a2, 1)]], (ad) => gaBundle(ad, a2, 2));
  return [c1, c2];
});
C('C12', 'teen with retained primary teeth extracted (malocclusion noted)', 15, (i) => {
  const m = member({ age: ri(11, 14) }); const h = pick([H_of(m).dental3, H_of(m).community1, H_of(m).general3]); const dep = h.depts.pediatric_dentistry ? 'pediatric_dentistry' : 'stomatology';
  return [extraction(m, h, rdate('2025-01-10', '2025-11-20'), ri(1, 2), { dep, dx: ['K00.608', ...(i % 2 ? ['K07.304'] : [])], px: ['23.0100'], rx: false })];
});
C('C13', 'heavy calculus and stain in a smoker, one scaling', 15, (i) => {
  const m = member({ age: ri(35, 68), gender: 'M' }); const h = anyOut(m);
  return [scaling(m, h, rdate('2025-01-10', '2025-11-20'), { dep: h.depts.periodontics ? 'periodontics' : 'stomatology', dx: ['K05.300', 'K03.601', 'K03.600x001'] })];
});
C('C14', 'emergency pulp extirpation elsewhere, root canal finished at own dentist', 15, (i) => {
  const m = member({ age: ri(20, 65) }); const hE = H_of(m).general3; const hB = pick([H_of(m).dental3, H_of(m).county2, ...H_of(m).private.slice(0, 2)]);
  const d = rdate('2025-01-10', '2025-11-01');
  const e = op(m, hE, 'emergency', d, ['K04.001'], ['23.7000x001'], [...LA(), ['布洛芬缓释胶囊', 6]]);
  const r = rctCourse(m, hB, add(d, ri(3, 7)), ri(2, 3), { dep: hB.depts.endodontics ? 'endodontics' : 'stomatology', dx: ['K04.001'], offs: [0, ri(7, 12)], rx: false });
  r[0]._items = r[0]._items.filter(l => !['局部浸润麻醉', '盐酸利多卡因注射液', '一次性使用注射器(5ml)'].includes(l.name)).map((l, k) => ({ ...l, lineId: String(k + 1) }));
  r[0].procedures = [{ code: '23.7100', date: r[0].visitDate }];
  return [e, ...r];
});
C('C15', 'different teeth at two clinics months apart', 15, (i) => {
  const m = member({ age: ri(25, 65) }); const hA = priv(m); const hB = pick([H_of(m).county2, H_of(m).general3]); const d = rdate('2025-01-10', '2025-05-01');
  const a = rctCourse(m, hA, d, ri(1, 3), { dep: 'stomatology' });
  const b = extraction(m, hB, add(d, ri(90, 180)), 1, { dep: 'stomatology', dx: ['K08.300'] });
  return [...a, b];
});
C('C16', 'advanced periodontitis: many extractions over a year', 15, (i) => {
  const m = member({ age: ri(58, 80) }); const h = pick([H_of(m).general3, H_of(m).county2, H_of(m).dental3]); const dep = h.depts.oral_surgery ? 'oral_surgery' : 'stomatology'; let d = rdate('2025-01-05', '2025-03-01'); const cs = [];
  const n = ri(4, 6); for (let k = 0; k < n; k++) { cs.push(extraction(m, h, d, ri(2, 4), { dep, dx: ['K05.300', 'K08.300'] })); d = add(d, ri(21, 45)); }
  return cs;
});
C('C17', 'child with an embedded supernumerary tooth removed surgically', 15, (i) => {
  const m = member({ age: ri(7, 12) }); const h = pick([H_of(m).dental3, H_of(m).general3]); const dep = h.depts.pediatric_dentistry ? 'pediatric_dentistry' : 'stomatology';
  return [op(m, h, dep, rdate('2025-01-10', '2025-11-20'), [pick(['K00.100x001', 'K00.100']), 'K01.000'], ['23.1902'], [['头颅CT平扫', 1], ...LA(), ['阻生牙拔除术', 1], ['可吸收缝线', 1], ['医用脱脂纱布', 1], ['小儿对乙酰氨基酚颗粒', 6]])];
});
C('C18', 'residual root out with CBCT before a self-paid implant', 15, (i) => {
  const m = member({ age: ri(35, 68) }); const h = pick([H_of(m).dental3, H_of(m).general3, H_of(m).county2]); const d = rdate('2025-01-10', '2025-11-20');
  const ex = op(m, h, 'oral_surgery', d, ['K08.300', 'K08.104'], ['23.1100'], [['头颅CT平扫', 1], ...LA(), ['牙拔除术', 1], ['医用脱脂纱布', 1], ...postExRx()]);
  return [ex];
});
C('C19', 'periodontal maintenance every three months (aggressive periodontitis / diabetes)', 15, (i) => {
  const m = member({ age: ri(25, 70) }); const h = pick([H_of(m).dental3, H_of(m).general3]); const dep = h.depts.periodontics ? 'periodontics' : 'stomatology'; let d = rdate('2025-01-05', '2025-02-20'); const cs = [];
  for (let k = 0; k < 4; k++) { cs.push(scaling(m, h, d, { dep, dx: [i % 2 ? 'K05.500x002' : 'K05.300', ...(i % 2 ? [] : ['E11.900'])] })); d = add(d, ri(84, 100)); }
  return cs;
});
C('C20', 'pericoronitis prescription at a private clinic', 15, (i) => {
  const m = member({ age: ri(18, 35) }); const h = priv(m);
  return [op(m, h, 'stomatology', rdate('2025-01-10', '2025-11-20'), ['K05.204', 'K01.100'], [], [['阿莫西林胶囊', 24], ['奥硝唑片', 12], ['布洛芬缓释胶囊', 8]])];
});
C('C21', 'chronic oral mucosal disease followed monthly', 15, (i) => {
  const m = member({ age: ri(30, 72) }); const h = pick([H_of(m).dental3, H_of(m).general3]); const dep = h.depts.oral_medicine ? 'oral_medicine' : 'stomatology'; const dd = doc(h, dep);
  let d = rdate('2025-01-05', '2025-05-01'); const cs = []; const dx = pick([['K12.000'], ['K13.203'], ['K12.000', 'K14.100x001']]);
  for (let k = 0; k < ri(4, 5); k++) { cs.push(op(m, h, dep, d, dx, [], dx[0] === 'K12.000' ? [['复合维生素B片', 90], ...(k === 0 ? [['醋酸泼尼松片', 12]] : [])] : [['复合维生素B片', 90]], { doctor: dd })); d = add(d, ri(28, 35)); }
  return cs;
});
C('C22', 'nursing-home outreach day by a county hospital', 15, (i) => {
  const region = pick(regionsArr); const h = H[region].county2; const d = rdate('2025-02-01', '2025-11-20'); const n = ri(4, 6); const cs = [];
  for (let k = 0; k < n; k++) {
    const m = member({ age: ri(70, 90), region }); const t = k % 3;
    if (t === 0) cs.push(extraction(m, h, d, ri(1, 2), { dep: 'stomatology', dx: ['K08.300'], rx: false }));
    else if (t === 1) cs.push(op(m, h, 'stomatology', d, ['K12.108', 'Z46.300'], [], [['复合维生素B片', 30]]));
    else cs.push(op(m, h, 'stomatology', d, ['K05.300'], [], []));
  }
  return cs;
});
C('C23', 'outpatient IV antibiotics for a space infection', 15, (i) => {
  const m = member({ age: ri(20, 70) }); const h = pick([H_of(m).general3, H_of(m).county2]); const d = rdate('2025-01-10', '2025-11-20'); const cs = [];
  for (let k = 0; k < 3; k++) cs.push(op(m, h, k === 0 ? 'emergency' : 'stomatology', add(d, k), [pick(['K12.202', 'K12.204']), 'K04.701'], k === 0 ? ['24.0x03'] : [],
    [...(k === 0 ? [['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['体表脓肿切开引流术', 1], ['一次性使用静脉留置针', 1]] : [['换药(小)', 1]]), ['静脉输液(第一组)', 1], ['注射用头孢呋辛钠', 3], ['甲硝唑氯化钠注射液', 2], ['氯化钠注射液', 2], ['一次性使用输液器', 1]], { noConsult: k > 0 }));
  return cs;
});
C('C24', 'extraction admitted for a bleeding disorder or anticoagulation', 15, (i) => {
  const m = member({ age: ri(20, 78), gender: i % 2 ? 'M' : pick(['M', 'F']) }); const h = pick([H_of(m).general3, H_of(m).dental3]); const a = rdate('2025-01-10', '2025-11-20'); const dis = add(a, ri(2, 4));
  const dx2 = i % 2 ? 'D66.x01' : 'I48.100x002';
  return [ip(m, h, 'oral_maxillofacial_surgery', a, dis, ['K08.300', dx2], [['23.1100', add(a, 1)]], () => [['血常规(五分类)', 1, a], ['凝血四项', 1, a], ['凝血四项', 1, add(a, 1)], ['局部浸润麻醉', 1, add(a, 1)], ['盐酸利多卡因注射液', 1, add(a, 1)], ['牙拔除术', ri(1, 2), add(a, 1)], ['可吸收止血材料(止血纱布/明胶海绵)', 1, add(a, 1)], ['可吸收缝线', 1, add(a, 1)], ['氨甲环酸注射液', 2, add(a, 1)], ['氨甲环酸注射液', 2, add(a, 2)]], { nursing: 'Ⅱ级护理' })];
});

// ======================= ROUTINE =======================
for (let i = 0; i < 100; i++) {
  const m = member({ age: ri(5, 80) }); const h = anyOut(m); const d = rdate('2025-01-05', '2025-12-10'); const t = i % 10; let c;
  const kid = m.age < 12;
  if (t === 0) c = extraction(m, h, d, 1, { dep: 'oral_surgery', dx: [kid ? 'K00.608' : 'K08.300'], px: [kid ? '23.0100' : '23.1100'], rx: !kid });
  else if (t === 1 && !kid) c = impacted(m, h, d, {});
  else if (t === 2 && !kid) c = rctCourse(m, h, d, 1, { offs: [0], dep: 'endodontics' })[0];
  else if (t === 3 && !kid) c = scaling(m, h, d, { dx: ['K05.100'] });
  else if (t === 4) c = op(m, h, 'oral_medicine', d, ['K12.000'], [], [['复合维生素B片', 30]]);
  else if (t === 5 && !kid) c = op(m, h, 'stomatology', d, ['K05.204'], [], [['阿莫西林胶囊', 24], ['布洛芬缓释胶囊', 6]]);
  else if (t === 6) c = op(m, h, 'stomatology', d, [pick(['K04.002', 'K02.100'])], [], [['布洛芬缓释胶囊', 6]]);
  else if (t === 7) c = op(m, h, 'oral_medicine', d, ['K12.100'], [], [['复合维生素B片', 30]]);
  else if (t === 8 && !kid) c = op(m, h, 'stomatology', d, ['K07.600x001'], [], [['布洛芬缓释胶囊', 10]]);
  else c = op(m, h, 'stomatology', d, [kid ? 'K02.800x003' : 'K03.800x002'], [], []);
  label('routine', 'R', 'routine', [c], [c], []);
}

// ======================= amounts, order, output =======================
const POL = {
  '22': { emp: { ipDed: { 1: 200, 2: 500, 3: 900 }, ipRatio: { 1: .9, 2: .85, 3: .8 } }, res: { ipDed: { 1: 200, 2: 500, 3: 1000 }, ipRatio: { 1: .8, 2: .7, 3: .6 } } },
  '23': { emp: { ipDed: { 1: 200, 2: 500, 3: 1000 }, ipRatio: { 1: .9, 2: .85, 3: .8 } }, res: { ipDed: { 1: 200, 2: 500, 3: 1000 }, ipRatio: { 1: .8, 2: .7, 3: .6 } } },
  '37': { emp: { ipDed: { 1: 300, 2: 600, 3: 1000 }, ipRatio: { 1: .9, 2: .85, 3: .8 } }, res: { ipDed: { 1: 300, 2: 600, 3: 1000 }, ipRatio: { 1: .8, 2: .7, 3: .6 } } },
  '51': { emp: { ipDed: { 1: 200, 2: 500, 3: 1000 }, ipRatio: { 1: .9, 2: .85, 3: .8 } }, res: { ipDed: { 1: 200, 2: 600, 3: 1100 }, ipRatio: { 1: .8, 2: .7, 3: .6 } }, laterHalf: true },
};
const OPP = { emp: { ded: 1000, ratio: { 1: .7, 2: .6, 3: .5 }, bonus: .1, cap: 3000 }, res: { ded: 0, ratio: { 1: .6, 2: .5, 3: .5 }, bonus: 0, cap: 400 } };
const settle = (c) => c.visitDate || c.dischargeDate;
claims.sort((a, b) => settle(a).localeCompare(settle(b)) || a.claimId.localeCompare(b.claimId));
const acc = {};
for (const c of claims) {
  const m = c._m; const prov = c.region.slice(0, 2); const k = m.insuredId; const st = acc[k] || (acc[k] = { opDed: 0, opFund: 0, ipN: 0 });
  let total = 0, policy = 0;
  c.items = c._items.map(l => { total += l._a; const share = l._row.class === '丙' ? 1 : (l._row.selfPayShare || 0); policy += Math.round(l._a * (1 - share)); return { lineId: l.lineId, code: l.code, name: l.name, category: l.category, date: l.date, quantity: l.quantity, unitPrice: l._p / 100, amount: l._a / 100 }; });
  const sch = m.insuranceType === 'employee' ? 'emp' : 'res'; let fund = 0; const L = c.provider.level;
  if (c.visitType === 'inpatient') {
    const p = POL[prov][sch]; let ded = p.ipDed[L] * 100; if (POL[prov].laterHalf && st.ipN > 0) ded = Math.round(ded / 2);
    const ratio = Math.min(p.ipRatio[L] + (m.retired ? 0.05 : 0), sch === 'emp' ? 0.95 : 0.8);
    fund = Math.round(Math.max(0, policy - ded) * ratio); st.ipN++;
  } else {
    const p = OPP[sch]; const cap = (sch === 'res' && c.region === '510100' ? 500 : p.cap) * 100;
    const remDed = p.ded * 100 - st.opDed; const useDed = Math.min(Math.max(0, remDed), policy); st.opDed += useDed;
    const ratio = p.ratio[L] + (m.retired ? p.bonus : 0);
    fund = Math.min(Math.round((policy - useDed) * ratio), Math.max(0, cap - st.opFund)); st.opFund += fund;
  }
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
}
let groups = {};
if (GROUPS && fs.existsSync(GROUPS)) {
  const lines = fs.readFileSync(GROUPS, 'utf8').split('\n').filter(x => x.trim());
  for (const ln of lines) { const g = JSON.parse(ln); const id = g.claimId; const drg = (g.grouping && g.grouping.drg) || g.drg || null; groups[id] = { drg, dip: (g.grouping && g.grouping.dip) || g.dip || null }; }
}
const out = claims.map(c => {
  const o = { claimId: c.claimId, region: c.region, insuranceType: c.insuranceType, visitType: c.visitType, patient: c.patient, enrollment: c.enrollment, provider: c.provider };
  if (c.visitType === 'inpatient') { o.admissionDate = c.admissionDate; o.dischargeDate = c.dischargeDate; if (c.admissionRoute) o.admissionRoute = c.admissionRoute; o.dischargeMode = c.dischargeMode; }
  else o.visitDate = c.visitDate;
  o.diagnoses = c.diagnoses; o.procedures = c.procedures;
  if (c.visitType === 'inpatient') { const g = groups[c.claimId]; o.reportedGroup = { drg: g ? g.drg : null, dip: null }; }
  o.items = c.items; o.amounts = c.amounts; return o;
});
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.map(o => JSON.stringify(o)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1));
const cnt = (k) => labels.filter(l => l.kind === k).length;
console.error(`claims ${out.length}; cases fraud ${cnt('fraud')} control ${cnt('control')} routine ${cnt('routine')}`);
