#!/usr/bin/env node
// blind66: children and adolescents outside the neonatal ward. Written unseen (public typologies + clinical practice).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]   (fixed seed, no dependencies)
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || __dirname);
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CAT = path.resolve(opt('--catalogue', '/work/wt/base64/rules/catalogue'));
const GROUPS = opt('--groups', null);
fs.mkdirSync(OUT, { recursive: true });

// ---------- catalogue rows ----------
const ROWFILES = ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json',
  'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json'];
const ROW = {};
for (const f of ROWFILES) { const p = path.join(CAT, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) ROW[r.code] = r; }

// ---------- groups from pass 1 ----------
const GRP = {};
if (GROUPS && fs.existsSync(GROUPS)) {
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) {
    if (!line.trim()) continue; let g; try { g = JSON.parse(line); } catch (e) { continue; }
    const drg = g.drg || (g.grouping && g.grouping.drg) || (g.group && g.group.drg) || (g.result && g.result.drg);
    if (g.claimId && drg) GRP[g.claimId] = drg;
  }
}

// ---------- seeded RNG ----------
let SEED = 66066;
function rnd() { SEED |= 0; SEED = SEED + 0x6D2B79F5 | 0; let t = Math.imul(SEED ^ SEED >>> 15, 1 | SEED); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => iso(new Date(D(s).getTime() + n * 86400000));
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
function ageOn(birth, date) { const b = D(birth), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }
const randDate = (from, to) => add(from, ri(0, diff(from, to)));

// ---------- providers ----------
// regions: 220100 长春, 230100 哈尔滨, 370100 济南, 370200 青岛, 510100 成都, 510700 绵阳
const HOSP = [
  ['H22010001', '220100', 3, '长春市儿童医院(三级)'], ['H22010002', '220100', 2, '长春市妇幼保健院(二级)'], ['H22010003', '220100', 1, '社区卫生服务中心(一级)'],
  ['H23010001', '230100', 3, '哈尔滨市儿童医院(三级)'], ['H23010002', '230100', 2, '区人民医院儿科(二级)'], ['H23010003', '230100', 1, '乡镇卫生院(一级)'],
  ['H37010001', '370100', 3, '济南市儿童医院(三级)'], ['H37010002', '370100', 2, '济南市妇幼保健院(二级)'], ['H37010003', '370100', 1, '社区卫生服务中心(一级)'],
  ['H37020001', '370200', 3, '青岛市综合医院儿科(三级)'],
  ['H51010001', '510100', 3, '成都市儿童医院(三级)'], ['H51010002', '510100', 2, '成都市妇幼保健院(二级)'], ['H51010003', '510100', 2, '区综合医院儿科(二级)'], ['H51010004', '510100', 1, '社区卫生服务中心(一级)'],
  ['H51070001', '510700', 2, '绵阳市综合医院儿科(二级)'], ['H51070002', '510700', 1, '乡镇卫生院(一级)'],
].map(([id, region, level, name]) => ({ id, region, level, name, docs: {}, priceF: 1 }));
const HBY = Object.fromEntries(HOSP.map(h => [h.id, h]));
HOSP.forEach((h, i) => { h.priceF = [1, 0.95, 0.9][i % 3]; });
const DEPTS = ['paediatrics', 'paediatric_respiratory', 'paediatric_surgery', 'paediatric_neurology', 'child_health', 'child_psychiatry', 'ophthalmology', 'tcm_paediatrics', 'paediatric_emergency', 'internal_medicine', 'paediatric_ent'];
const TITLES_HI = ['主任医师', '副主任医师', '主治医师', '主治医师', '住院医师'];
const TITLES_LO = ['主治医师', '住院医师', '主治医师'];
let docSeq = 0; const DOCTORS = [];
function doctors(h, dept) {
  if (!h.docs[dept]) {
    const titles = h.level === 1 ? TITLES_LO : TITLES_HI.slice(0, 4);
    h.docs[dept] = titles.map(t => { const d = { id: 'D' + h.id.slice(1, 7) + String(++docSeq).padStart(4, '0'), title: t, dept, hospitalId: h.id }; DOCTORS.push(d); return d; });
  }
  return h.docs[dept];
}
const doctor = (h, dept, i) => { const ds = doctors(h, dept); return i === undefined ? pick(ds) : ds[i % ds.length]; };
const H = (lvl, region) => pick(HOSP.filter(h => (lvl == null || (Array.isArray(lvl) ? lvl.includes(h.level) : h.level === lvl)) && (!region || h.region === region)));

// ---------- patients ----------
let ptSeq = 0;
function person(age, ref, o = {}) {
  const birth = add(add(ref, -Math.round(age * 365.25)), -ri(40, 330));
  const b = birth; const by = +b.slice(0, 4);
  const enrolled = by >= 2016 ? add(b, ri(5, 25)) : "2016-01-01";
  const cy = Math.max(1, 2025 - +enrolled.slice(0, 4));
  const scheme = o.scheme || 'resident';
  return {
    insuredId: 'C66' + String(++ptSeq).padStart(6, '0'), gender: o.gender || pick(['M', 'F']), birthDate: birth, scheme,
    enrollment: { enrolledOn: enrolled, inConcentratedPeriod: by < 2025, continuousYears: cy, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: chance(0.2), contributionYears: scheme === 'employee' ? ri(5, 20) : cy, special: by >= 2025 ? 'newborn' : null },
  };
}
const child = (minA, maxA, ref, o) => { let p; for (let k = 0; k < 50; k++) { p = person(minA + rnd() * (maxA - minA + 0.99), ref, o); const a = ageOn(p.birthDate, ref); if (a >= minA && a <= maxA) return p; } return p; };
const adult = (ref, o = {}) => child(26, 44, ref, { scheme: o.scheme || pick(['resident', 'employee']), gender: o.gender });

// ---------- claims ----------
let claimSeq = 0; const CLAIMS = [];
const fen = (y) => Math.round(y * 100);
function line(h, code, qty, date) {
  const r = ROW[code]; if (!r) throw new Error('no catalogue row ' + code);
  const cap = r.priceCap[String(h.level)];
  const f = r.category === 'drug' || r.category === 'consumable' ? 1 : h.priceF;
  const upF = Math.floor(fen(cap) * f);
  return { code, name: r.name, category: r.category, date, quantity: qty, unitFen: upF, amountFen: upF * qty };
}
// spec: { pt, h, dept, doc, vt, date | adm,dis, dx:[...], procs:[[code,date]], items:[[code,qty,date]], extra }
function claim(s) {
  const h = s.h; const doc = s.doc || doctor(h, s.dept);
  const id = `${h.region}-${h.id}-2025-${String(++claimSeq).padStart(6, '0')}`;
  const items = []; let n = 0;
  for (const [code, qty, date, o] of s.items) { if (!qty) continue; const l = line(h, code, qty, date || s.date || s.adm); l.lineId = String(++n); if (o && o.longPrescription) l.longPrescription = true; items.push(l); }
  const c = {
    claimId: id, region: h.region, insuranceType: s.pt.scheme, visitType: s.vt || 'outpatient',
    patient: { insuredId: s.pt.insuredId, gender: s.pt.gender, birthDate: s.pt.birthDate, retired: false },
    enrollment: Object.assign({}, s.pt.enrollment),
    provider: { hospitalId: h.id, level: h.level, department: s.dept, doctorId: doc.id },
  };
  if (s.chronic) c.enrollment.chronicDiseases = s.chronic;
  if (c.visitType === 'inpatient') { c.admissionDate = s.adm; c.dischargeDate = s.dis; } else c.visitDate = s.date;
  c.diagnoses = s.dx.map((d, i) => i === 0 ? { code: d, principal: true } : { code: d });
  c.procedures = (s.procs || []).map(([code, date]) => ({ code, date }));
  if (c.visitType === 'inpatient') {
    c.reportedGroup = { drg: GRP[id] || null, dip: null };
    c.admissionRoute = s.route || 'outpatient'; c.dischargeMode = s.dmode || 'ordered';
    if (s.fromH) c.transferFromHospitalId = s.fromH;
  }
  c.items = items;
  c._settle = c.visitType === 'inpatient' ? c.dischargeDate : c.visitDate;
  c._seq = claimSeq;
  CLAIMS.push(c);
  return c;
}
const lineIds = (c, codes) => c.items.filter(l => codes.includes(l.code)).map(l => l.lineId);

// consult fee by the doctor's title (主任/副主任 fees only at level ≥2)
function consult(h, doc, date, emergency) {
  if (emergency) return ['001102000050001', 1, date];
  if (h.level >= 2 && doc.title === '主任医师') return ['001102000030001', 1, date];
  if (h.level >= 2 && doc.title === '副主任医师') return ['001102000020001', 1, date];
  return ['001102000010001', 1, date];
}
function op(pt, h, dept, date, dx, items, o = {}) {
  const doc = o.doc || doctor(h, dept);
  return claim({ pt, h, dept, doc, vt: o.vt || 'outpatient', date, dx, chronic: o.chronic, items: [consult(h, doc, date, o.emergency), ...items.map(x => [x[0], x[1], x[2] || date, x[3]])] });
}
// inpatient: daily bed/nursing/consult; per-day extras via fn(date, dayIndex) -> items
function ip(pt, h, dept, adm, los, dx, fn, o = {}) {
  const dis = add(adm, los); const items = [];
  for (let i = 0; i < los; i++) {
    const d = add(adm, i);
    items.push([o.bed || '001105000010001', 1, d], [i < (o.level1Days == null ? 2 : o.level1Days) ? '001201000020001' : '001201000030001', 1, d], ['001103000010001', 1, d]);
    for (const x of fn(d, i) || []) items.push([x[0], x[1], x[2] || d]);
  }
  return claim({ pt, h, dept, doc: o.doc, vt: 'inpatient', adm, dis, dx, procs: o.procs, items, route: o.route, dmode: o.dmode, fromH: o.fromH });
}

// ---------- clinical building blocks ----------
const small = (pt, d) => ageOn(pt.birthDate, d) <= 6;
const feverLabs = (h) => [['002501010010001', 1], ['002502080010001', 1]];
function antipyretic(pt, d) { const a = ageOn(pt.birthDate, d); return a <= 12 ? (chance(0.5) ? ['XN02BED510A010', ri(4, 6)] : ['XM01AEB502A004', 1]) : ['XN02BED510A001', ri(6, 10)]; }
function coldMed(pt, d) { const a = ageOn(pt.birthDate, d); return a <= 14 ? (chance(0.5) ? ['XR05XAX507A010', ri(6, 9)] : ['ZA03AAX508A004', ri(6, 9)]) : ['ZA03BAB510A010', 9]; }
function oralAbx(pt, d) { const a = ageOn(pt.birthDate, d); return a <= 5 ? ['XJ01CAA501A001', ri(12, 18)] : a <= 12 ? ['XJ01CAA501A001', ri(18, 24)] : ['XJ01CAA501A001', ri(24, 36)]; }
function ivDay(pt, h, d, first, drug, nDrug) {
  const x = [];
  if (small(pt, d)) x.push(['001204000030001', 1]); else x.push(['001204000010001', 1]);
  x.push([drug || 'XJ01DDT504B002', nDrug || (small(pt, d) ? 1 : 2)], ['XB05BBP506B002', 1], ['C14010150100001020350000001', 1]);
  if (first) x.push(['C14010150200001215730000001', 1], ['001204000070001', 1]);
  return x;
}
function admitLabs(h) { const x = [['002501010010001', 1], ['002502080010001', 1], ['002502010010001', 1], ['002502020010001', 1], ['002502030010001', 1]]; if (h.level >= 2) x.push(['002502080020001', 1]); return x; }
// pneumonia / bronchiolitis stay
function pneumonia(pt, h, adm, los, o = {}) {
  const dept = o.dept || pick(['paediatrics', 'paediatric_respiratory']);
  const mp = o.mp || false;
  return ip(pt, h, dept, adm, los, o.dx || [mp ? 'J15.700' : 'J18.000'], (d, i) => {
    let x = [];
    if (i === 0) x.push(...admitLabs(h), ['002202010010001', 1], ['C14050150200001429150000001', 1]);
    if (i === 3) x.push(['002501010010001', 1], ['002502080010001', 1]);
    if (i < los - 1) x.push(...ivDay(pt, h, d, i === 0, mp ? 'XJ01FAA503B002' : 'XJ01DDT504B002', mp ? 1 : undefined));
    if (i < 4) x.push(['001207000010001', 2], ['XR03BAB508C003', 2]);
    if (o.o2 && i < 3) x.push(['001208000010001', ri(8, 16)], ...(i === 0 ? [['C14050150100001832230000001', 1]] : []));
    if (i < los - 1 && ageOn(pt.birthDate, d) <= 14) x.push(['ZA03AAX508A004', 3]);
    return x;
  }, o);
}
function gastro(pt, h, adm, los, o = {}) {
  return ip(pt, h, o.dept || 'paediatrics', adm, los, o.dx || ['A08.000', 'E86.x01'], (d, i) => {
    const x = [];
    if (i === 0) x.push(['002501010010001', 1], ['002502030010001', 1], ['002501030010001', 1], ['002502080010001', 1], ['002502020010001', 1]);
    if (i === 1) x.push(['002502030010001', 1]);
    if (i < Math.min(3, los)) { x.push(small(pt, d) ? ['001204000030001', 1] : ['001204000010001', 1], ['XB05BBP506B002', 2], ['001204000020001', 1], ['XB05XAL512B002', 1], ['C14010150100001020350000001', 2]); if (i === 0) x.push(['C14010150200001215730000001', 1], ['001204000070001', 1]); }
    x.push(['XA07BCM505A006', 3], ['XA07FAS503A001', 3]);
    return x;
  }, o);
}
function surgery(pt, h, kind, adm, o = {}) {
  const S = {
    hernia: { dx: ['K40.900'], proc: '53.0000', svc: '003302030010001', los: 3, hours: 1 },
    tonsil: { dx: ['J35.000'], proc: '28.2x00', svc: '003304020010001', los: 4, hours: 1 },
    append: { dx: ['K35.800'], proc: '47.0100', svc: '003302010010001', los: 5, hours: 2 },
  }[kind];
  const los = o.los || S.los; const opd = add(adm, 1);
  return ip(pt, h, kind === 'tonsil' ? 'paediatric_ent' : 'paediatric_surgery', adm, los, o.dx || S.dx, (d, i) => {
    const x = [];
    if (i === 0) x.push(['002501010010001', 1], ['002502060010001', 1], ['002502120010001', 1], ['002502130010001', 1], ['003107010010001', 1], ['002202010010001', 1]);
    if (d === opd) {
      x.push([S.svc, 1], ['003301010010001', S.hours], ['XN01AXB503B002', 1], ['XN02ABF506B002', 1], ['C11010150600001900710000001', 1], ['C11010150200001895120000001', 2], ['C14010150200001215730000001', 1], ['001204000070001', 1]);
      if (kind === 'append') x.push(['C11010150100001004460000001', 1]);
      if (o.mesh) x.push(['C11010150500001036850000001', 1]);
    }
    if (kind === 'append' && i >= 1 && i <= 3) x.push(['001204000010001', 1], ['XJ01DCT505B002', 2], ['XJ01XDJ501B002', 1], ['C14010150100001020350000001', 1], ['XB05BBP506B002', 1]);
    if (kind !== 'append' && d === opd) x.push(['001204000010001', 1], ['XJ01DCT505B002', 1], ['C14010150100001020350000001', 1]);
    if (i >= 2) x.push(['001205000010001', 1], ['C14020150200001397260000001', 1]);
    return x;
  }, Object.assign({ procs: [[S.proc, opd]] }, o));
}

// ---------- cases ----------
const CASES = [];
const NAMES = {};
function addCase(kind, code, name, claims, targets, mutated) {
  NAMES[code] = name;
  const n = CASES.filter(c => c.code === code).length + 1;
  CASES.push({ caseId: `B66-${code}-${String(n).padStart(2, '0')}`, kind, code, name, claimIds: claims.map(c => c.claimId), targets: (targets || claims).map(c => c.claimId), mutatedLines: mutated || {} });
}
const M = (pairs) => { const o = {}; for (const [c, ids] of pairs) if (ids.length) o[c.claimId] = ids; return o; };
const Y1 = '2025-01-06', Y2 = '2025-12-10';
const winter = () => pick([randDate('2025-01-03', '2025-02-25'), randDate('2025-11-01', '2025-12-12')]);

// T01 限定儿童用药/项目 billed on an adult's (parent's) card
for (let k = 0; k < 15; k++) {
  const d = randDate(Y1, Y2); const careful = k >= 10;
  const pt = careful ? child(13, 16, d) : adult(d); const h = H([1, 2]);
  const kidItems = pick([[['XN02BED510A010', 6], ['XR05XAX507A010', 9]], [['XM01AEB502A004', 1], ['ZA03AAX508A004', 9]], [['XN02BED510A010', 6]], [['XM01AEB502A004', 2]]]);
  if (careful) kidItems.splice(0, kidItems.length, ...pick([[['XN02BED510A010', 6]], [['XM01AEB502A004', 1]]]));
  const c = op(pt, h, careful ? 'paediatrics' : 'internal_medicine', d, [pick(['J06.900', 'J02.900', 'J00.x00'])], [...kidItems, ...(chance(0.5) ? feverLabs(h) : [])]);
  addCase('fraud', 'T01', '限定儿童药品/项目记在成人(家长)卡上 (冒名/超限定年龄)', [c], [c], M([[c, lineIds(c, kidItems.map(x => x[0]))]]));
}
// T02 成人限定药品/成人耗材 on a child
for (let k = 0; k < 15; k++) {
  const d = randDate(Y1, Y2); const v = k % 5; const h = H([2, 3]);
  let c, bad;
  if (v === 4) { // adult hernia mesh in a small child's high ligation
    const pt = child(2, 6, d, { gender: 'M' }); c = surgery(pt, h, 'hernia', d, { mesh: true }); bad = ['C11010150500001036850000001'];
  } else if (v === 3) { // moxifloxacin / levofloxacin inpatient for childhood pneumonia
    const pt = child(k < 10 ? 4 : 15, k < 10 ? 10 : 17, d); const drug = pick(['XJ01MAZ501B002', 'XJ01MAM502B002']);
    c = ip(pt, h, 'paediatric_respiratory', d, 6, ['J15.700'], (dd, i) => { const x = []; if (i === 0) x.push(...admitLabs(h), ['002202010010001', 1]); if (i < 5) x.push(['001204000010001', 1], [drug, 1], ['C14010150100001020350000001', 1]); if (i === 0) x.push(['C14010150200001215730000001', 1]); return x; }); bad = [drug];
  } else {
    const pt = child(k < 10 ? 5 : 15, k < 10 ? 12 : 17, d);
    const drug = pick(['XJ01MAZ501A001', 'XJ01MAM502A001', 'XM01AHS505A001']);
    const dx = drug === 'XM01AHS505A001' ? ['M25.500'] : [pick(['J18.000', 'J20.900', 'N39.000'])];
    c = op(pt, h, 'paediatrics', d, dx, [[drug, drug === 'XM01AHS505A001' ? 14 : 7], ...(chance(0.6) ? feverLabs(h) : [])]); bad = [drug];
  }
  addCase('fraud', 'T02', '成人限定药品(喹诺酮/塞来昔布)或成人耗材(疝补片)用于儿童', [c], [c], M([[c, lineIds(c, bad)]]));
}
// T03 家长的慢病药记在孩子卡上
for (let k = 0; k < 15; k++) {
  const d = randDate(Y1, Y2); const careful = k >= 8; const pt = child(3, 11, d); const h = H(null);
  let items, dx;
  if (!careful) { const v = k % 4; items = [[['XC08CAA512A001', 30], ['XC10AAA511A001', 30]], [['XA10BAE503A001', 90], ['XA10BBG501A001', 30]], [['XG04CAT510A003', 30]], [['XC09CAE502A001', 30], ['XC08CAX503A003', 30]]][v]; dx = [['I10.x00'], ['E11.900'], ['N40.x00'], ['I10.x00']][v]; }
  else { items = pick([[['XC08CAA512A001', 28]], [['XA02BCA515A001', 28], ['XC10AAX502A001', 28]], [['XC07ABB501A001', 28]]]); dx = [pick(['I10.x00', 'K29.500', 'I10.x00x002'])]; }
  const c = op(pt, h, h.level === 1 ? 'paediatrics' : 'paediatrics', d, dx, items);
  addCase('fraud', 'T03', '家长的慢病用药(降压/降糖/前列腺)记在儿童卡上', [c], [c], M([[c, lineIds(c, items.map(x => x[0]))]]));
}
// T04 轻症门诊输液代替口服 (连续3日静脉输液)
for (let k = 0; k < 15; k++) {
  const d0 = winter(); const pt = child(1, 9, d0); const h = H([1, 2]); const doc = doctor(h, 'paediatrics');
  const dx = [k < 9 ? pick(['J06.900', 'J00.x00', 'J02.900']) : pick(['J03.900', 'A09.000'])];
  const cs = []; const mut = [];
  for (let i = 0; i < 3; i++) {
    const d = add(d0, i);
    const iv = ivDay(pt, h, d, true, pick(['XJ01DDT504B002', 'XJ01DCT505B002']), 1);
    if (k < 9) iv.push(['XB05BBR503B002', 1], ['001204000020001', 1]);
    const c = op(pt, h, 'paediatrics', d, dx, [...(i === 0 ? feverLabs(h) : []), ...iv, antipyretic(pt, d)], { doc });
    cs.push(c); mut.push([c, lineIds(c, iv.map(x => x[0]))]);
  }
  addCase('fraud', 'T04', '轻症(上感/咽炎/无脱水胃肠炎)门诊连续静脉输液，口服即可', cs, cs, M(mut));
}
// T05 每次就诊重复血常规+CRP(+PCT/胸片)
for (let k = 0; k < 15; k++) {
  const d0 = randDate('2025-02-01', '2025-10-15'); const pt = child(1, 10, d0); const h = H([2, 3]); const careful = k >= 9;
  const n = careful ? 4 : 5; const step = careful ? 3 : 2; const cs = []; const mut = [];
  for (let i = 0; i < n; i++) {
    const d = add(d0, i * step); const doc = careful ? doctor(h, 'paediatrics', i) : doctor(h, 'paediatrics', 0);
    const tests = [['002501010010001', 1], ['002502080010001', 1], ['002502080020001', 1]]; if (i === 1 && !careful) tests.push(['002202010010001', 1]);
    const c = op(pt, h, 'paediatrics', d, [pick(['J06.900', 'J02.900'])], [...tests, coldMed(pt, d)], { doc });
    cs.push(c); if (i >= 1) mut.push([c, lineIds(c, tests.map(x => x[0]))]);
  }
  addCase('fraud', 'T05', '同一上感病程每次复诊重复血常规+CRP+降钙素原', cs, cs.slice(1), M(mut));
}
// T06 雾化滥用: 无喘息的上感/咽炎雾化, 超频次
for (let k = 0; k < 15; k++) {
  const d0 = randDate(Y1, Y2); const pt = child(1, 8, d0); const h = H([1, 2, 3]); const overt = k < 6; const doc = doctor(h, 'paediatrics');
  const cs = []; const mut = [];
  for (let i = 0; i < 3; i++) {
    const d = add(d0, i); const q = overt ? 6 : 2;
    const neb = [['001207000010001', q], ['XR03BAB508C003', q], ['XR03BBY508C003', overt ? 5 : 2], ['C14050150200001429150000001', 1]];
    const c = op(pt, h, 'paediatrics', d, [pick(['J06.900', 'J02.900', 'J00.x00'])], [...neb, ...(i === 0 ? [antipyretic(pt, d)] : [])], { doc });
    cs.push(c); mut.push([c, lineIds(c, neb.map(x => x[0]))]);
  }
  addCase('fraud', 'T06', '无喘息上感/咽炎连续雾化(激素+抗胆碱)，超频次、每日一个雾化器', cs, cs, M(mut));
}
// T07 重复/分解收费 (包含项目另收、互斥项目同日)
for (let k = 0; k < 15; k++) {
  const d = randDate(Y1, Y2); const pt = child(1, 6, d); const v = k % 5; let c, bad;
  if (v === 0) { const h = H([2, 3]); c = op(pt, h, 'paediatrics', d, ['J06.900'], [['002501010010001', 1], ['002501010030001', 1], ['002502080010001', 1], coldMed(pt, d)]); bad = ['002501010030001']; }
  else if (v === 1) { const h = H([1, 2]); c = op(pt, h, 'paediatrics', d, ['A09.000', 'E86.x01'], [['001204000030001', 1], ['001204000010001', 1], ['XB05BBP506B002', 2], ['C14010150100001020350000001', 1], ['XA07BCM505A006', 3]]); bad = ['001204000010001']; }
  else if (v === 2) { const h = H([2, 3]); const doc = doctors(h, 'paediatrics').find(x => x.title === '副主任医师') || doctor(h, 'paediatrics', 1); c = claim({ pt, h, dept: 'paediatrics', doc, vt: 'outpatient', date: d, dx: ['J20.900'], items: [['001102000020001', 1, d], ['001102000010001', 1, d], ['002501010010001', 1, d], ['002502080010001', 1, d], coldMed(pt, d).concat([d])] }); bad = ['001102000010001']; }
  else if (v === 3) { const h = H([2, 3]); c = gastro(pt, h, d, 3, { dx: ['A08.000', 'E86.x01'] }); const dd = c.admissionDate; const extra = [['002502010020001', 1, dd], ['002502010030001', 1, dd], ['002502010010001', 1, dd]]; for (const [code, q, date] of extra) { const l = line(h, code, q, date); l.lineId = String(c.items.length + 1); c.items.push(l); } bad = ['002502010020001', '002502010030001']; }
  else { const h = H([2, 3]); c = pneumonia(pt, h, d, 5, {}); const dd = add(c.admissionDate, 1); for (const [code, q] of [['002502020020001', 1], ['002502020030001', 1]]) { const l = line(h, code, q, c.admissionDate); l.lineId = String(c.items.length + 1); c.items.push(l); } bad = ['002502020020001', '002502020030001']; }
  addCase('fraud', 'T07', '重复收费/分解收费: 血常规另收血红蛋白、头皮输液另收静脉输液、双诊察费、套餐内单项另收', [c], [c], M([[c, lineIds(c, bad)]]));
}
// T08 挂床住院: 前两三天治疗，其余天数仅床位/护理/诊查
for (let k = 0; k < 15; k++) {
  const adm = pick([randDate('2025-01-15', '2025-02-20'), randDate('2025-07-05', '2025-08-20')]); const pt = child(3, 12, adm); const h = H([1, 2]); const los = ri(8, 11); const careful = k >= 8;
  const c = ip(pt, h, 'paediatrics', adm, los, [pick(['J20.900', 'J06.900', 'R63.000'])], (d, i) => {
    const x = [];
    if (i === 0) x.push(['002501010010001', 1], ['002502080010001', 1]);
    if (i < 2) x.push(...ivDay(pt, h, d, i === 0, 'XJ01DCT505B002', 1));
    if (careful && i >= 2) x.push(chance(0.5) ? ['ZA03AAX508A004', 3] : ['XA07FAS503A001', 3]);
    return x;
  }, { level1Days: 1 });
  addCase('fraud', 'T08', '挂床住院: 寒暑假住院8-11天，仅前两天有治疗', [c], [c], {});
}
// T09 低标准入院: 轻症口服即可的儿童收住院
for (let k = 0; k < 15; k++) {
  const adm = randDate(Y1, Y2); const pt = child(2, 12, adm); const h = H([1, 2]); const los = ri(3, 4);
  const c = ip(pt, h, 'paediatrics', adm, los, [k < 9 ? pick(['J06.900', 'J00.x00', 'J02.900']) : pick(['J20.900', 'K59.100'])], (d, i) => {
    const x = [];
    if (i === 0) x.push(['002501010010001', 1], ['002502080010001', 1], ['002501020010001', 1]);
    x.push(coldMed(pt, d)); if (i === 0) x.push(antipyretic(pt, d));
    if (i === 0 && k >= 9) x.push(...ivDay(pt, h, d, true, 'XJ01DCT505B002', 1));
    return x;
  }, { level1Days: 0 });
  addCase('fraud', 'T09', '低标准入院: 无并发症上感/咽炎/支气管炎收住院，口服药为主', [c], [c], {});
}
// T10 分解住院: 肺炎出院后1-5天再入院(同院或同院另科, 编码换一个)
for (let k = 0; k < 15; k++) {
  const adm = winter(); const pt = child(1, 8, adm); const h = H([2, 3]); const careful = k >= 8;
  const c1 = pneumonia(pt, h, adm, ri(5, 6), {});
  const adm2 = add(c1.dischargeDate, careful ? ri(3, 6) : ri(0, 2));
  const c2 = pneumonia(pt, h, adm2, ri(4, 6), { dx: [careful ? pick(['J20.900', 'J21.900', 'J18.900']) : 'J18.000'], dept: careful ? 'paediatric_respiratory' : c1.provider.department });
  addCase('fraud', 'T10', '分解住院: 同一肺炎病程出院后数日内再次入院', [c1, c2], [c2], {});
}
// T11 超量开药/倒卖: 一类精神药品哌甲酯、抗癫痫药多院短间隔重复开具
for (let k = 0; k < 15; k++) {
  const d0 = randDate('2025-02-01', '2025-09-30'); const pt = child(7, 15, d0); const adhd = k % 3 !== 2;
  const hs = [H(3), H(2)]; const cs = []; const mut = []; const n = 4;
  for (let i = 0; i < n; i++) {
    const d = add(d0, i * ri(7, 11)); const h = hs[i % 2]; const dept = adhd ? 'child_psychiatry' : 'paediatric_neurology';
    const drug = adhd ? ['XN06BAP521A003', k < 5 ? 60 : 30] : ['XN03AXZ503A001', k < 5 ? 120 : 60];
    const c = op(pt, h, dept, d, [adhd ? 'F90.000' : 'G40.900'], [drug]);
    cs.push(c); if (i >= 1) mut.push([c, lineIds(c, [drug[0]])]);
  }
  addCase('fraud', 'T11', '超量开药: 哌甲酯/左乙拉西坦在两家医院间隔7-11天重复开30天量', cs, cs.slice(1), M(mut));
}
// T12 串换项目: 三伏贴(丙类)记为穴位贴敷治疗; 保健推拿记为小儿捏脊/推拿治疗
for (let k = 0; k < 15; k++) {
  const sanfu = k < 9; const h = H([1, 2]); const cs = []; const mut = [];
  if (sanfu) {
    const days = ['2025-07-20', '2025-07-30', '2025-08-09']; const pt = child(3, 12, days[0]);
    for (const d0 of days) { const d = add(d0, ri(0, 2)); const c = op(pt, h, 'tcm_paediatrics', d, [pick(['J45.900', 'J30.400', 'R05.x00'])], [['004300000230001', ri(6, 8)]]); cs.push(c); mut.push([c, lineIds(c, ['004300000230001'])]); }
  } else {
    const d0 = randDate('2025-03-01', '2025-10-30'); const pt = child(1, 6, d0);
    for (let i = 0; i < 4; i++) { const d = add(d0, i * 7); const c = op(pt, h, 'tcm_paediatrics', d, [pick(['R63.000', 'Z00.100'])], [['004500009020001', 1], ['001216000010001', 2]]); cs.push(c); mut.push([c, lineIds(c, ['004500009020001', '001216000010001'])]); }
  }
  addCase('fraud', 'T12', '串换项目: 三伏贴/保健推拿(不予支付)记为穴位贴敷治疗、小儿捏脊、推拿治疗', cs, cs, M(mut));
}
// T13 虚记/诱导就医: 幼儿园"免费体检"的孩子被记为门诊病人(同日、同医生、同项目)
for (let g = 0; g < 3; g++) {
  const h = HOSP.filter(x => x.level === 1)[g * 2 % 6]; const d = randDate('2025-03-10', '2025-11-20'); const doc = doctor(h, 'paediatrics', 0);
  const dx = pick(['J06.900', 'A09.000', 'J02.900']);
  for (let k = 0; k < 5; k++) {
    const pt = child(3, 6, d);
    const c = op(pt, h, 'paediatrics', d, [dx], [['002501010010001', 1], ['002501020010001', 1], ['002103010010001', 1], ['003107010010001', 1], coldMed(pt, d)], { doc });
    addCase('fraud', 'T13', '虚记就诊: 幼儿园集体"免费体检"记为同日同诊断门诊(血常规+尿常规+腹部B超+心电图)', [c], [c], {});
  }
}
// T14 静注人免疫球蛋白超限定(非川崎病/ITP/免疫缺陷)
for (let k = 0; k < 15; k++) {
  const adm = randDate(Y1, Y2); const pt = child(1, 10, adm); const h = H([2, 3]); const careful = k >= 8;
  const dx = careful ? [pick(['J18.000', 'A87.900', 'B27.900']), pick(['D84.900', 'R50.900'])] : [pick(['J18.000', 'J21.900', 'R50.900', 'J06.900'])];
  const c = pneumonia(pt, h, adm, 6, { dx, o2: true });
  const bottles = careful ? 2 : ri(4, 6);
  for (const i of [1, 2]) { const l = line(h, 'XJ06BAJ501B002', bottles, add(adm, i)); l.lineId = String(c.items.length + 1); c.items.push(l); }
  c.procedures.push({ code: '99.1400', date: add(adm, 1) });
  addCase('fraud', 'T14', '静注人免疫球蛋白用于普通肺炎/病毒感染/发热(超限定支付范围)', [c], [c], M([[c, lineIds(c, ['XJ06BAJ501B002'])]]));
}
// T15 儿童精神科限定药品超年龄/超适应症
for (let k = 0; k < 15; k++) {
  const d = randDate(Y1, Y2); const v = k % 3; let pt, drug, dx;
  if (v === 0) { pt = child(4, 5, d); drug = pick([['XN06BAP521A003', 30], ['XN06BAT522A001', 28]]); dx = ['F90.000']; }
  else if (v === 1) { pt = child(6, 12, d); drug = pick([['XN06BAP521A003', 30], ['XN06BAT522A001', 28]]); dx = [pick(['F84.000', 'F80.100', 'F82.x00'])]; }
  else { pt = child(7, 11, d); drug = pick([['XN06ABA517A001', 28], ['XN06ABS507A001', 28]]); dx = [pick(['F84.000', 'F90.000'])]; if (drug[0] === 'XN06ABS507A001') pt = child(4, 5, d); }
  const h = H([2, 3]);
  const c = op(pt, h, 'child_psychiatry', d, dx, [['003115010010001', 2], drug]);
  addCase('fraud', 'T15', '哌甲酯/托莫西汀/SSRI用于不满限定年龄或无多动症诊断的儿童', [c], [c], M([[c, lineIds(c, [drug[0]])]]));
}

// ---------------- controls ----------------
// C01 青少年成人剂量(无年龄限定药品)
for (let k = 0; k < 15; k++) { const d = randDate(Y1, Y2); const pt = child(14, 17, d); const h = H(null);
  const c = k < 10 ? op(pt, h, 'paediatrics', d, [pick(['J03.900', 'J02.000', 'H66.000'])], [['XJ01CAA501A001', 36], ['XM01AEB502A003', 12], ...feverLabs(h)])
    : pneumonia(pt, H([2, 3]), d, 6, { dx: ['J18.000'] });
  addCase('control', 'C01', '青少年(14-17岁)按成人剂量用无年龄限定药品', [c]); }
// C02 刚满18岁的学生用喹诺酮
for (let k = 0; k < 15; k++) { const d = randDate(Y1, Y2); const pt = child(18, 19, d); const h = H(null);
  const c = op(pt, h, 'internal_medicine', d, [pick(['N39.000', 'J20.900'])], [['XJ01MAZ501A001', 7], ['002501020010001', 1], ['002501010010001', 1]]);
  addCase('control', 'C02', '刚满18-19岁的学生用左氧氟沙星(年龄限定之上)', [c]); }
// C03 限定年龄之内的大龄儿童用儿童剂型
for (let k = 0; k < 15; k++) { const d = randDate(Y1, Y2); const h = H(null); const v = k % 2;
  const pt = v ? child(11, 12, d) : child(12, 13, d);
  const items = v ? [['XN02BED510A010', 6], ['XM01AEB502A004', 1]] : [['ZA03AAX508A004', 9], ['XR05XAX507A010', 9]];
  const c = op(pt, h, 'paediatrics', d, [pick(['J06.900', 'J20.900'])], items);
  addCase('control', 'C03', '11-13岁儿童用限定儿童剂型(在年龄上限之内)', [c]); }
// C04 青少年确有高血压/2型糖尿病/1型糖尿病
for (let k = 0; k < 15; k++) { const d = randDate(Y1, Y2); const h = H([2, 3]); const v = k % 3; let pt, dx, items;
  if (v === 0) { pt = child(12, 17, d); dx = ['I15.900', 'N04.900']; items = [['XC08CAA512A001', 30], ['002501020010001', 1], ['002502020010001', 1], ['XH02ABP507A001', 60]]; }
  else if (v === 1) { pt = child(13, 17, d); dx = ['E11.900', 'E66.900']; items = [['XA10BAE503A001', 90], ['002502050010001', 1], ['002502050020001', 1]]; }
  else { pt = child(7, 15, d); dx = ['E10.900']; items = [['XA10ABM504B002', 3], ['XA10AEG503B002', 1], ['C14060150300001162280000001', 60], ['002502050020001', 1]]; }
  const c = op(pt, h, v === 2 ? 'paediatrics' : 'paediatrics', d, dx, items);
  addCase('control', 'C04', '儿童/青少年确诊继发性高血压、2型或1型糖尿病用成人常见慢病药', [c]); }
// C05 中度脱水门诊静脉补液
for (let k = 0; k < 15; k++) { const d = winter(); const pt = child(0, 4, d); const h = H(null); const cs = [];
  for (let i = 0; i < 2; i++) { const dd = add(d, i); cs.push(op(pt, h, 'paediatrics', dd, ['A08.000', 'E86.x01'], [...(i === 0 ? [['002501010010001', 1], ['002502030010001', 1], ['002501030010001', 1]] : [['002502030010001', 1]]), ['001204000030001', 1], ['XB05BBP506B002', 2], ['XB05XAL512B002', 1], ['001204000020001', 1], ['C14010150100001020350000001', 2], ['C14010150200001215730000001', 1], ['XA07BCM505A006', 3]])); }
  addCase('control', 'C05', '轮状病毒肠炎中度脱水: 门诊两日静脉补液(电解质复查)', cs); }
// C06 小婴儿发热/严重细菌感染: 静脉抗生素
for (let k = 0; k < 15; k++) { const d = randDate(Y1, Y2); const pt = child(0, 0, d); const h = H([2, 3]); let c;
  if (k < 8) c = ip(pt, h, 'paediatrics', d, 7, [pick(['N39.000', 'J18.000']), 'R50.900'], (dd, i) => { const x = []; if (i === 0) x.push(...admitLabs(h), ['002502140010001', 2], ['002501020010001', 1]); if (i === 3) x.push(['002501010010001', 1], ['002502080010001', 1]); if (i < 6) x.push(...ivDay(pt, h, dd, i === 0, 'XJ01DDT504B002', 1)); return x; }, { level1Days: 3 });
  else { const cs = []; for (let i = 0; i < 3; i++) { const dd = add(d, i); cs.push(op(pt, h, 'paediatrics', dd, ['N39.000', 'R50.900'], [...(i === 0 ? [['002501010010001', 1], ['002502080010001', 1], ['002501020010001', 1], ['002502140010001', 1]] : []), ...ivDay(pt, h, dd, i === 0, 'XJ01DDT504B002', 1)])); } addCase('control', 'C06', '小婴儿发热伴尿路感染/肺炎: 静脉抗生素(口服不适用)', cs); continue; }
  addCase('control', 'C06', '小婴儿发热伴尿路感染/肺炎: 静脉抗生素(口服不适用)', [c]); }
// C07 流行季节反复就诊(不同疾病)
for (let k = 0; k < 15; k++) { const d0 = randDate('2025-11-01', '2025-11-20'); const pt = child(1, 6, d0); const h = H([2, 3]); const cs = [];
  const plan = [['J11.100', [...feverLabs(h), ['XJ05AHA508A001', 10]]], ['H66.000', [oralAbx(pt, d0)]], ['J20.900', [coldMed(pt, d0)]], ['J03.900', [['002501010010001', 1], ['002502080010001', 1], oralAbx(pt, d0)]]];
  let d = d0; for (let i = 0; i < 4; i++) { cs.push(op(pt, h, 'paediatrics', d, [plan[i][0]], plan[i][1])); d = add(d, ri(7, 10)); }
  addCase('control', 'C07', '流行季节托幼儿童一月内4次就诊(流感、中耳炎、支气管炎、扁桃体炎)', cs); }
// C08 川崎病出院后随访: 血常规/CRP/心脏超声按周复查
for (let k = 0; k < 15; k++) { const d0 = randDate('2025-02-01', '2025-10-01'); const pt = child(1, 5, d0); const h = H(3); const cs = [];
  for (let i = 0; i < 3; i++) { const d = add(d0, i * 7 + (i ? ri(0, 2) : 0)); cs.push(op(pt, h, 'paediatrics', d, ['M30.300'], [['002501010010001', 1], ['002502080010001', 1], ...(i !== 1 ? [['002103010020001', 1]] : []), ['XB01ACA509A001', 14]])); }
  addCase('control', 'C08', '川崎病出院后每周复查血常规+CRP、心脏彩超(冠脉随访)', cs); }
// C09 重症哮喘发作住院: 最大频次雾化+监护
for (let k = 0; k < 15; k++) { const adm = randDate(Y1, Y2); const pt = child(4, 14, adm); const h = H([2, 3]);
  const c = ip(pt, h, 'paediatric_respiratory', adm, 5, ['J46.x00'], (d, i) => { const x = []; if (i === 0) x.push(...admitLabs(h), ['002502090010001', 2], ['002202010010001', 1], ['C14050150200001429150000001', 1], ['C14050150100001832230000001', 1]);
    const q = i < 2 ? 4 : 2; x.push(['001207000010001', q], ['XR03BAB508C003', q], ['XR03BBY508C003', q]); if (i < 2) x.push(['001208000010001', 20], ['001209000010001', 24], ['001210000010001', 24], ['XH02ABJ504B002', 1], ['001204000040001', 1]); if (i === 3) x.push(['002503010020001', 1]); return x; }, { bed: h.level >= 2 && k % 3 === 0 ? '001105000030001' : undefined });
  addCase('control', 'C09', '重症哮喘发作住院: 每日4次雾化、激素、吸氧、心电血氧监护', [c]); }
// C10 婴儿毛细支气管炎: 吸氧、雾化
for (let k = 0; k < 15; k++) { const adm = winter(); const pt = child(0, 1, adm); const h = H([2, 3]);
  const c = ip(pt, h, 'paediatric_respiratory', adm, ri(4, 6), ['J21.000'], (d, i) => { const x = []; if (i === 0) x.push(['002501010010001', 1], ['002502080010001', 1], ['002202010010001', 1], ['C14050150200001429150000001', 1], ['C14050150100001832230000001', 1]); if (i < 3) x.push(['001207000010001', 3], ['XR03BAB508C003', 3], ['001208000010001', ri(12, 20)], ['001210000010001', 24]); return x; });
  addCase('control', 'C10', '婴儿RSV毛细支气管炎住院: 吸氧、每日3次雾化、血氧监测', [c]); }
// C11 同日两次检验(病情变化)
for (let k = 0; k < 15; k++) { const adm = randDate(Y1, Y2); const pt = child(0, 5, adm); const h = H([2, 3]); const c = gastro(pt, h, adm, 4, { dx: ['A08.000', 'E87.100'] });
  const d0 = c.admissionDate; for (const [code, q] of [['002502030010001', 1], ['002502090010001', 2]]) { const l = line(h, code, q, d0); l.lineId = String(c.items.length + 1); c.items.push(l); }
  addCase('control', 'C11', '低钠性脱水患儿入院当日电解质、血气复查(同日同项目2次)', [c]); }
// C12 同日两科就诊(儿科+眼科 / 儿科+口腔)
for (let k = 0; k < 15; k++) { const d = randDate(Y1, Y2); const pt = child(4, 12, d); const h = H([2, 3]);
  const c1 = op(pt, h, 'paediatrics', d, ['J06.900'], [coldMed(pt, d)]);
  const c2 = op(pt, h, 'ophthalmology', d, [pick(['H10.200', 'H52.100'])], pick([[['XS01AEZ501D001', 1], ['002503010060001', 1]], [['002503010070001', 1], ['002503010050001', 1], ['002503010060001', 1]]]));
  addCase('control', 'C12', '同日在儿科与眼科各挂号就诊(两个诊察费)', [c1, c2]); }
// C13 热性惊厥短期留观住院
for (let k = 0; k < 15; k++) { const adm = winter(); const pt = child(1, 5, adm); const h = H([2, 3]);
  const c = ip(pt, h, 'paediatric_neurology', adm, ri(1, 2), ['R56.000', 'J06.900'], (d, i) => i === 0 ? [['002501010010001', 1], ['002502080010001', 1], ['002502030010001', 1], ['002503010080001', 1], ['001209000010001', 12], ['001210000010001', 12], antipyretic(pt, d), ['XN05BAD511A001', 1]] : [['002502050010001', 1]], { route: 'emergency' });
  addCase('control', 'C13', '热性惊厥急诊收住1-2天观察(低费用短住院)', [c]); }
// C14 小婴儿肺炎(<6月龄)住院
for (let k = 0; k < 15; k++) { const adm = winter(); const pt = child(0, 0, adm); const h = H([1, 2, 3]);
  const c = pneumonia(pt, h, adm, ri(5, 7), { o2: true });
  addCase('control', 'C14', '不满1岁婴儿支气管肺炎住院(一级~三级医院)', [c]); }
// C15 15天内因无关疾病再入院
for (let k = 0; k < 15; k++) { const adm = randDate(Y1, '2025-11-20'); const pt = child(5, 12, adm); const h = H([2, 3]); let c1, c2;
  if (k % 2) { c1 = pneumonia(pt, h, adm, 6, {}); c2 = surgery(pt, h, 'append', add(c1.dischargeDate, ri(3, 10)), { dx: ['K35.800'] }); }
  else { c1 = surgery(pt, h, 'tonsil', adm, {}); const a2 = add(c1.dischargeDate, ri(4, 8)); c2 = ip(pt, h, 'paediatric_ent', a2, 2, ['T81.000', 'J35.000'], (d, i) => i === 0 ? [['002501010010001', 1], ['002502060010001', 1], ['XB02AAA519B002', 2], ['001204000010001', 1], ['C14010150100001020350000001', 1], ['XJ01DCT505B002', 2]] : [], { route: 'emergency' }); }
  addCase('control', 'C15', '15天内因不同疾病再入院(肺炎后急性阑尾炎; 扁桃体术后出血)', [c1, c2]); }
// C16 当日转上级医院
for (let k = 0; k < 15; k++) { const adm = randDate(Y1, Y2); const pt = child(0, 6, adm); const lo = H(2); const hi = HOSP.find(x => x.region === lo.region && x.level === 3) || H(3);
  const c1 = pneumonia(pt, lo, adm, 2, { dmode: 'transfer', o2: true });
  const c2 = pneumonia(pt, hi, c1.dischargeDate, 7, { route: 'transfer', fromH: lo.id, o2: true, dx: ['J18.000', 'J96.000'] });
  addCase('control', 'C16', '重症肺炎二级医院住院2天后转三级儿童医院', [c1, c2]); }
// C17 稳定期癫痫长处方(门诊慢特病)
for (let k = 0; k < 15; k++) { const d0 = randDate('2025-01-10', '2025-06-30'); const pt = child(6, 15, d0); const h = H([2, 3]); const cs = []; const doc = doctor(h, 'paediatric_neurology');
  for (let i = 0; i < 2; i++) { const d = add(d0, i * 84 + ri(-3, 3) * (i ? 1 : 0)); cs.push(op(pt, h, 'paediatric_neurology', d, ['G40.900'], [['XN03AXZ503A001', 168, null, { longPrescription: true }], ...(i === 1 ? [['002503010080001', 1], ['002502010010001', 1]] : [])], { vt: 'chronic', chronic: ['G40'], doc })); }
  addCase('control', 'C17', '稳定期癫痫门诊慢特病12周长处方(左乙拉西坦2片/日)', cs); }
// C18 多动症每月规律复诊取药(同一医院)
for (let k = 0; k < 15; k++) { const d0 = randDate('2025-01-10', '2025-08-30'); const pt = child(7, 14, d0); const h = H([2, 3]); const cs = []; const doc = doctor(h, 'child_psychiatry');
  for (let i = 0; i < 4; i++) { const d = add(d0, i * 30 + (i ? ri(-2, 3) : 0)); cs.push(op(pt, h, 'child_psychiatry', d, ['F90.000'], [['XN06BAP521A003', 30], ...(i === 0 ? [['003115010020001', 1]] : [])], { doc })); }
  addCase('control', 'C18', '多动症儿童同一医生每月复诊开30天哌甲酯', cs); }
// C19 冬季哮喘急性期穴位贴敷配合雾化
for (let k = 0; k < 15; k++) { const d = winter(); const pt = child(3, 12, d); const h = H([2, 3]);
  const c = op(pt, h, 'tcm_paediatrics', d, ['J45.900'], [['004300000230001', 4], ['001207000010001', 1], ['XR03BAB508C003', 1], ['C14050150200001429150000001', 1], ['XR03ACS508C003', 1]]);
  addCase('control', 'C19', '哮喘急性期(冬季)穴位贴敷配合雾化', [c]); }
// C20 小儿捏脊/推拿治疗功能性消化不良、腹泻
for (let k = 0; k < 15; k++) { const d0 = randDate(Y1, '2025-11-30'); const pt = child(1, 6, d0); const h = H([1, 2, 3]); const cs = [];
  for (let i = 0; i < 3; i++) { const d = add(d0, i * 3); cs.push(op(pt, h, 'tcm_paediatrics', d, [pick(['K30.x00', 'K59.100'])], [['004500009020001', 1], ...(i === 0 ? [['XA07FAS503A001', 18]] : [])])); }
  addCase('control', 'C20', '功能性消化不良/功能性腹泻患儿一周3次小儿捏脊', cs); }
// C21 幼儿园手足口病/流感聚集: 同日多名儿童就诊
for (let g = 0; g < 3; g++) { const h = HOSP.filter(x => x.level === 2)[g]; const d = pick(['2025-05-12', '2025-06-09', '2025-12-01']); const flu = g === 2;
  for (let k = 0; k < 5; k++) { const pt = child(3, 6, d); const dd = add(d, ri(0, 1));
    const items = flu ? [...feverLabs(h), ['XJ05AHA508A001', 10], antipyretic(pt, dd)] : [['002501010010001', 1], ...(chance(0.5) ? [['002502080010001', 1]] : []), antipyretic(pt, dd), ...(chance(0.4) ? [['XJ05ABA507A001', 10]] : [])];
    const c = op(pt, h, 'paediatrics', dd, [flu ? 'J10.100' : 'B08.400'], items);
    addCase('control', 'C21', '幼儿园手足口病/流感聚集: 同一两天内多名同龄儿童就诊', [c]); } }
// C22 川崎病 IVIG 2 g/kg (按体重大剂量)
for (let k = 0; k < 15; k++) { const adm = randDate(Y1, Y2); const pt = child(0, 6, adm); const h = H([2, 3]); const age = ageOn(pt.birthDate, adm); const wt = 7 + age * 2.2; const bottles = Math.round(wt * 2 / 2.5);
  const c = ip(pt, h, 'paediatrics', adm, 6, [k < 12 ? 'M30.300' : 'M30.301'], (d, i) => { const x = []; if (i === 0) x.push(...admitLabs(h), ['002103010020001', 1], ['003107010010001', 1], ['002501020010001', 1]); if (i === 1) { x.push(['XJ06BAJ501B002', bottles], ['001204000010001', 1], ['C14010150400001288520000001', 1], ['001209000010001', 12]); if (k >= 12) x.push(['XH02ABJ504B002', 1]); } if (i === 4) x.push(['002501010010001', 1], ['002502080010001', 1], ['002103010020001', 1]); x.push(['XB01ACA509A001', Math.max(2, Math.round(wt * 40 / 100))]); if (i === 0) x.push(['C14010150200001215730000001', 1], ['001204000070001', 1]); return x; }, { procs: [['99.1400', add(adm, 1)]] });
  addCase('control', 'C22', '川崎病 IVIG 2 g/kg 一次输注(按体重看似大剂量)+大剂量阿司匹林', [c]); }
// C23 免疫性血小板减少症 IVIG
for (let k = 0; k < 15; k++) { const adm = randDate(Y1, Y2); const pt = child(1, 10, adm); const h = H([2, 3]); const age = ageOn(pt.birthDate, adm); const wt = 8 + age * 2.2; const b = Math.max(2, Math.round(wt / 2.5));
  const c = ip(pt, h, 'paediatrics', adm, 4, ['D69.300'], (d, i) => { const x = []; if (i === 0) x.push(['002501010010001', 1], ['002502060010001', 1], ['002502010010001', 1], ['002503010160001', k % 3 === 0 ? 1 : 0]); if (i === 1 || i === 2) x.push(['XJ06BAJ501B002', b], ['001204000010001', 1], ['C14010150100001020350000001', 1]); if (i === 3) x.push(['002501010010001', 1]); return x.filter(y => y[1]); }, { procs: [['99.1400', add(adm, 1)]] });
  addCase('control', 'C23', '儿童免疫性血小板减少症 IVIG 1 g/kg/日×2日', [c]); }
// C24 ≥6岁确诊多动症(含孤独症共病)用哌甲酯/托莫西汀
for (let k = 0; k < 15; k++) { const d = randDate(Y1, Y2); const pt = child(6, 16, d); const h = H([2, 3]); const drug = pick([['XN06BAP521A003', 30], ['XN06BAT522A001', 28], ['XN06BAP521A003', 60]]);
  const c = op(pt, h, 'child_psychiatry', d, k % 3 === 0 ? ['F84.000', 'F90.000'] : ['F90.000'], [['003115010020001', 1], ['003115010010001', 2], drug]);
  addCase('control', 'C24', '6岁以上确诊多动症(含孤独症共病)用哌甲酯(含2片/日)或托莫西汀', [c]); }

// ---------------- routine ----------------
for (let k = 0; k < 100; k++) {
  const d = randDate(Y1, Y2); const v = k % 14; const h = H(null); let c;
  if (v === 0) { const pt = child(1, 10, d); c = op(pt, h, 'paediatrics', d, ['J06.900'], [antipyretic(pt, d), coldMed(pt, d)]); }
  else if (v === 1) { const pt = child(1, 8, d); c = op(pt, h, 'paediatrics', d, ['H66.000'], [oralAbx(pt, d), antipyretic(pt, d)]); }
  else if (v === 2) { const pt = child(0, 5, d); c = op(pt, h, 'paediatrics', d, ['A09.000'], [['XA07BCM505A006', 9], ['XA07FAS503A001', 18], ['002501030010001', 1]]); }
  else if (v === 3) { const pt = child(0, 6, d); c = op(pt, h, 'paediatrics', d, ['L20.800'], [['XD07ABQ506E001', 1]]); }
  else if (v === 4) { const pt = child(5, 16, d); c = op(pt, h, 'paediatrics', d, ['J30.400'], [['XR06AXL513A001', 14]]); }
  else if (v === 5) { const pt = child(6, 16, d); const hh = H([2, 3]); c = op(pt, hh, 'paediatric_respiratory', d, ['J45.900'], [['XR03AKB507C003', 1], ['XR03ACS508C003', 1], ...(chance(0.4) ? [['002503010020001', 1]] : [])]); }
  else if (v === 6) { const pt = child(6, 16, d); const hh = H([2, 3]); c = op(pt, hh, 'ophthalmology', d, ['H52.100'], [['002503010070001', 1], ['002503010060001', 1], ['002503010050001', 1]]); }
  else if (v === 7) { const pt = child(0, 8, d); c = pneumonia(pt, H([2, 3]), d, ri(5, 7), { o2: chance(0.3), mp: ageOn(pt.birthDate, d) >= 4 && chance(0.5) }); }
  else if (v === 8) { const pt = child(1, 8, d, { gender: 'M' }); c = surgery(pt, H([2, 3]), 'hernia', d, {}); }
  else if (v === 9) { const pt = child(4, 12, d); c = surgery(pt, H([2, 3]), 'tonsil', d, {}); }
  else if (v === 10) { const pt = child(5, 15, d); c = surgery(pt, H([2, 3]), 'append', d, {}); }
  else if (v === 11) { const pt = child(0, 4, d); c = gastro(pt, H([1, 2, 3]), d, 3, {}); }
  else if (v === 12) { const pt = child(4, 14, d); c = op(pt, h, 'paediatrics', d, ['J03.900'], [['002501010010001', 1], ['002502080010001', 1], oralAbx(pt, d), antipyretic(pt, d)]); }
  else { const pt = child(6, 16, d); const hh = H([2, 3]); c = op(pt, hh, 'paediatric_neurology', d, ['G40.900'], [['XN03AXZ503A001', 60], ...(chance(0.5) ? [['002503010080001', 1]] : [])]); }
  addCase('routine', 'R', 'routine', [c]);
}

// ---------------- money: fen, policy and fund (settlement order, per-member year-to-date) ----------------
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
function scheme(c) {
  const prov = POL.provinces[c.region.slice(0, 2)]; let s = prov.schemes[c.insuranceType][c.visitType];
  const ov = prov.regions && prov.regions[c.region] && prov.regions[c.region].schemes && prov.regions[c.region].schemes[c.insuranceType] && prov.regions[c.region].schemes[c.insuranceType][c.visitType];
  if (ov) s = Object.assign({}, s, ov);
  return s;
}
const val = (x, lvl) => (x && typeof x === 'object' ? x[String(lvl)] : x) || 0;
CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq));
const YTD = {};
for (const c of CLAIMS) {
  let total = 0, policy = 0;
  for (const l of c.items) { const r = ROW[l.code]; total += l.amountFen; policy += Math.round(l.amountFen * (1 - (r.class === '丙' ? 1 : (r.selfPayShare || 0)))); }
  const s = scheme(c); const lvl = c.provider.level;
  const key = c.patient.insuredId + ':' + (c.visitType === 'pharmacy' ? 'outpatient' : c.visitType);
  const y = YTD[key] || (YTD[key] = { ded: 0, fund: 0 });
  const dedFen = fen(val(s.deductible, lvl)); let base;
  if (c.visitType === 'inpatient') base = Math.max(0, policy - dedFen);
  else { const due = Math.max(0, dedFen - y.ded); const used = Math.min(due, policy); y.ded += used; base = policy - used; }
  let fund = Math.floor(base * val(s.ratio, lvl));
  const capFen = fen(s.annualFundCap || 0); if (capFen) fund = Math.max(0, Math.min(fund, capFen - y.fund));
  y.fund += fund;
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  c.items = c.items.map(l => { const o = { lineId: l.lineId, code: l.code, name: l.name, category: l.category, date: l.date, quantity: l.quantity, unitPrice: l.unitFen / 100, amount: l.amountFen / 100 }; if (l.longPrescription) o.longPrescription = true; return o; });
}
const out = CLAIMS.map(c => { const o = Object.assign({}, c); delete o._settle; delete o._seq; return JSON.stringify(o); });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
const labels = CASES.map(c => ({ caseId: c.caseId, kind: c.kind, code: c.code, name: c.name, ...(c.kind === 'fraud' ? { typology: c.code } : c.kind === 'control' ? { control: c.code } : {}), claimIds: c.claimIds, targets: c.targets, mutatedLines: c.mutatedLines }));
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
fs.writeFileSync(path.join(OUT, 'doctors.json'), JSON.stringify(DOCTORS, null, 1) + '\n');
process.stderr.write(`claims ${CLAIMS.length}, cases ${CASES.length} (fraud ${CASES.filter(c => c.kind === 'fraud').length}, control ${CASES.filter(c => c.kind === 'control').length}, routine ${CASES.filter(c => c.kind === 'routine').length}), grouped ${Object.keys(GRP).length}\n`);
