#!/usr/bin/env node
// blind54 — mental-health outpatient care, 互联网医院, 长期护理/医养结合 and 家庭病床 boundaries, items outside basic insurance (2026)
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed: the same command writes the same claims.ndjson and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');

const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CATDIR = path.resolve(opt('--catalogue', '/work/wt/base53/rules/catalogue'));
const GROUPS = opt('--groups', null);
fs.mkdirSync(OUT, { recursive: true });

// ---------- seeded random ----------
let seed = 54054054 >>> 0;
function rnd() { seed = (seed + 0x6D2B79F5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------- catalogue ----------
const CAT = {};
for (const f of ['services', 'drugs', 'consumables']) for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f + '.json'), 'utf8')).rows) CAT[r.name] = r;
function row(name) { const r = CAT[name]; if (!r) throw new Error('no catalogue row ' + name); return r; }

// ---------- groups from pass 1 ----------
const GRP = {};
if (GROUPS) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); GRP[g.claimId] = g.grouping ? g.grouping.drg : null; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const rdate = (from = '2026-01-05', to = '2026-08-31') => add(from, ri(0, diff(from, to)));
const dow = (s) => D(s).getUTCDay();
const weekday = (s) => { let d = s; while (dow(d) === 0 || dow(d) === 6) d = add(d, 1); return d; };
const round2 = (x) => Math.round(x * 100) / 100;
const floor2 = (x) => Math.floor(x * 100 + 1e-6) / 100;

// ---------- regions, providers ----------
const REGIONS = ['220100', '230100', '370100', '510100'];
const PROV = (r) => r.slice(0, 2);
function providers(region) {
  const h = (n) => 'H' + region + n;
  return {
    P3: { hospitalId: h('11'), level: 3, department: 'psychiatry', region },         // 三级精神专科医院门诊
    G3psy: { hospitalId: h('12'), level: 3, department: 'psychology', region },     // 三级综合医院心理科
    G3: { hospitalId: h('12'), level: 3, region },                                  // same hospital, other departments
    NETP: { hospitalId: h('91'), level: 3, department: 'internet-psychiatry', region }, // 互联网医院 attached to P3
    NETG: { hospitalId: h('92'), level: 3, department: 'internet-psychology', region }, // 互联网医院 attached to G3
    G2: { hospitalId: h('21'), level: 2, region },
    G2psy: { hospitalId: h('21'), level: 2, department: 'psychiatry', region },
    CHC: { hospitalId: h('31'), level: 1, department: 'general-practice', region },
    HB: { hospitalId: h('31'), level: 1, department: 'home-sickbed', region },      // 家庭病床 of the community centre
    YY: { hospitalId: h('41'), level: 1, department: 'geriatrics', region },        // 医养结合 institution with a level-1 licence
    YY2: { hospitalId: h('42'), level: 2, department: 'geriatrics', region },       // nursing home's level-2 hospital
    PH: { hospitalId: 'Y' + region + '51', level: 1, department: 'pharmacy', region },
    PH2: { hospitalId: 'Y' + region + '52', level: 1, department: 'pharmacy', region }, // 双通道 pharmacy
  };
}
const withDept = (p, dept) => Object.assign({}, p, { department: dept });
let docSeq = 0; const DOCS = {};
function doctor(p, slot = 0) { const k = p.hospitalId + ':' + p.department + ':' + slot; if (!DOCS[k]) DOCS[k] = 'D' + p.region.slice(0, 2) + String(++docSeq).padStart(4, '0'); return DOCS[k]; }

// ---------- benefit policy (policies.json defaults; enough for plausible fund amounts) ----------
const POL = {
  employee: { inpatient: { ded: { 22: [200, 500, 900], 23: [200, 500, 1000], 37: [300, 600, 1000], 51: [200, 500, 1000] }, ratio: [0.9, 0.85, 0.8], bonus: 0.05 },
    outpatient: { ded: 1000, ratio: [0.7, 0.6, 0.5], bonus: 0.1, cap: 3000 }, chronic: { ded: 0, ratio: [0.85, 0.85, 0.8], bonus: 0.05, cap: 10000 },
    pharmacy: { ded: 1000, ratio: [0.6, 0.6, 0.6], bonus: 0.1, cap: 3000 } },
  resident: { inpatient: { ded: { 22: [200, 500, 1000], 23: [200, 500, 1000], 37: [300, 600, 1000], 51: [200, 500, 1000] }, ratio: [0.8, 0.7, 0.6], bonus: 0 },
    outpatient: { ded: 0, ratio: [0.6, 0.5, 0.5], bonus: 0, cap: 400 }, chronic: { ded: 0, ratio: [0.7, 0.65, 0.6], bonus: 0, cap: 5000 },
    pharmacy: { ded: 0, ratio: [0.5, 0.5, 0.5], bonus: 0, cap: 400 } },
};

// ---------- members ----------
let memSeq = 0;
function member(o) {
  const region = o.region || pick(REGIONS);
  const scheme = o.scheme || pick(['employee', 'employee', 'resident']);
  const age = o.age != null ? o.age : ri(o.ageMin || 20, o.ageMax || 60);
  const gender = o.gender || pick(['M', 'F']);
  const by = 2026 - age; const birthDate = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const contributionYears = scheme === 'employee' ? Math.max(1, Math.min(40, age - 20, ri(age - 28, age - 20))) : 0;
  const retired = scheme === 'employee' && ((gender === 'M' && age >= 60 && contributionYears >= 30) || (gender === 'F' && age >= 55 && contributionYears >= 25));
  const m = {
    insuredId: 'M54' + String(++memSeq).padStart(5, '0'), region, scheme, gender, birthDate, retired, age,
    enrollment: { enrolledOn: scheme === 'employee' ? `${2026 - Math.max(1, contributionYears)}-01-01` : `${ri(2008, 2020)}-01-01`, inConcentratedPeriod: true,
      continuousYears: scheme === 'employee' ? Math.min(contributionYears, 20) : ri(6, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false,
      contributionYears, special: null },
    ledger: { outPolicy: scheme === 'employee' ? pick([0, 300, 1100, 1600, 2500]) : 0, outFund: 0, chronicFund: 0 },
    insuredRegion: o.insuredRegion || null, chronic: o.chronic || null,
  };
  if (m.insuredRegion) m.region = o.region;
  return m;
}

// ---------- items and claims ----------
// it(name, qty, date, {mut, long})
const it = (name, quantity, date, x = {}) => ({ name, quantity, date, mut: !!x.mut, long: !!x.long, price: x.price });
let claimSeq = 0;
const ALL = [];
function claim(m, p, o) {
  const level = p.level; const region = p.region;
  const items = o.items.map((x, i) => {
    const r = row(x.name);
    const unitPrice = x.price != null ? x.price : r.priceCap[String(level)];
    const code = (r.products && r.products[0]) || r.code;
    const line = { lineId: String(i + 1), code, name: r.name, category: r.category, date: x.date, quantity: x.quantity, unitPrice, amount: round2(unitPrice * x.quantity) };
    if (x.long) line.longPrescription = true;
    line._self = r.selfPayShare != null ? r.selfPayShare : (r.class === '丙' ? 1 : 0);
    line._mut = x.mut;
    return line;
  });
  const total = round2(items.reduce((s, l) => s + l.amount, 0));
  const policy = round2(items.reduce((s, l) => s + l.amount * (1 - l._self), 0));
  const polRegion = m.insuredRegion || region;
  const P = POL[m.scheme][o.visitType]; const L = level - 1;
  let fund = 0;
  if (o.visitType === 'inpatient') {
    const ded = P.ded[PROV(polRegion)][L];
    fund = Math.max(0, policy - ded) * (P.ratio[L] + (m.retired ? P.bonus : 0));
  } else if (o.visitType === 'chronic') {
    fund = policy * (P.ratio[L] + (m.retired ? P.bonus : 0));
    fund = Math.min(fund, Math.max(0, P.cap - m.ledger.chronicFund)); m.ledger.chronicFund += fund;
  } else {
    const due = Math.max(0, P.ded - m.ledger.outPolicy);
    let cap = P.cap; if (m.scheme === 'resident' && polRegion === '510100') cap = 500;
    fund = Math.max(0, policy - due) * (P.ratio[L] + (m.retired ? P.bonus : 0));
    fund = Math.min(fund, Math.max(0, cap - m.ledger.outFund));
    m.ledger.outPolicy += policy; m.ledger.outFund += fund;
  }
  fund = floor2(fund);
  const date = o.visitType === 'inpatient' ? o.dis : o.date;
  const claimId = `${region}-${p.hospitalId}-2026-${String(++claimSeq).padStart(6, '0')}`;
  const c = {
    claimId, region, insuranceType: m.scheme, visitType: o.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: Object.assign({}, m.enrollment),
    provider: { hospitalId: p.hospitalId, level, department: o.dept || p.department, doctorId: o.doctorId || doctor(p, o.docSlot || 0) },
  };
  if (m.insuredRegion) c.insuredRegion = m.insuredRegion;
  const chronicDx = o.chronicDiseases || m.chronic;
  if (chronicDx) c.enrollment.chronicDiseases = chronicDx;
  if (o.visitType === 'inpatient') {
    c.admissionDate = o.adm; c.dischargeDate = o.dis;
    if (o.route) c.admissionRoute = o.route;
    c.dischargeMode = o.dmode || 'ordered';
    if (o.fromHosp) c.transferFromHospitalId = o.fromHosp;
  } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.px || []).map(([code, d]) => ({ code, date: d }));
  if (o.visitType === 'inpatient') c.reportedGroup = { drg: GRP[claimId] !== undefined ? GRP[claimId] : null, dip: null };
  c.items = items;
  c.amounts = { total, policy, fundClaimed: fund };
  c._settle = date; c._key = rnd();
  ALL.push(c);
  return c;
}
const mutLines = (c) => c.items.filter((l) => l._mut).map((l) => l.lineId);

// ---------- reusable bills ----------
const consult = (p, date, senior) => it(p.level >= 2 ? (senior === 2 ? '主任医师门诊诊察费' : senior === 1 ? '副主任医师门诊诊察费' : '普通门诊诊察费') : '一般诊疗费', 1, date);
const scales = (date, x) => it('康复评定', 1, date, x); // 心理测评量表组套 (catalogue gap: billed on the 康复评定 row)
const baseLabs = (date, x = {}) => [it('血常规(五分类)', 1, date, x), it('肝功能(全套)', 1, date, x), it('肾功能(三项)', 1, date, x)];
const ANTIDEP = ['盐酸舍曲林片', '草酸艾司西酞普兰片'];
function firstPsychVisit(m, p, date, dx, o = {}) {
  const drug = o.drug || pick(ANTIDEP);
  const items = [consult(p, date, pick([1, 2])), scales(date), it('血常规(五分类)', 1, date), it('甲状腺功能(三项)', 1, date), it('常规心电图检查', 1, date)];
  if (o.eeg) items.push(it('脑电图', 1, date));
  if (o.liver !== false) items.push(it('肝功能(全套)', 1, date));
  items.push(it(drug, o.days || 14, date));
  if (o.hyp) items.push(it('酒石酸唑吡坦片', 7, date));
  return { claim: claim(m, p, { visitType: 'outpatient', date, dx, items }), drug };
}
function followVisit(m, p, date, dx, drug, days = 28, extra = []) {
  return claim(m, p, { visitType: 'outpatient', date, dx, items: [consult(p, date, 1), it(drug, days, date), ...extra] });
}
function onlineVisit(m, p, date, dx, lines) { return claim(m, p, { visitType: 'outpatient', date, dx, items: [it('普通门诊诊察费', 1, date), ...lines] }); }
function therapy(m, p, date, dx, x = {}, qty = 1, docSlot = 1) { return claim(m, p, { visitType: 'outpatient', date, dx, docSlot, items: [it('个别心理治疗', qty, date, x)] }); }
function inpatientDaily(adm, dis, { bed = '普通病房床位费(三人间)', nursing = [['Ⅱ级护理', 999]], consultDaily = true } = {}) {
  const items = []; const los = diff(adm, dis);
  for (let d = 0; d < los; d++) {
    const day = add(adm, d);
    if (bed) items.push(it(bed, 1, day));
    let acc = 0; for (const [n, k] of nursing) { if (d < acc + k) { items.push(it(n, 1, day)); break; } acc += k; }
    if (consultDaily) items.push(it('住院诊查费', 1, day));
  }
  return items;
}

// ---------- cases ----------
const LABELS = [];
let caseSeq = {};
function addCase(kind, code, name, claims, targets, mutated) {
  caseSeq[code] = (caseSeq[code] || 0) + 1;
  const caseId = kind === 'routine' ? 'R' + String(caseSeq[code]).padStart(3, '0') : `${code}-${String(caseSeq[code]).padStart(2, '0')}`;
  const mt = {}; if (mutated) for (const c of targets) { const ml = mutLines(c); if (ml.length) mt[c.claimId] = ml; }
  LABELS.push({ caseId, kind, code, name, claimIds: claims.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines: mt });
}
const regionOf = (i) => REGIONS[i % 4];
const DEP_DX = ['F32.100', 'F32.100x011', 'F33.100', 'F41.200', 'F41.100'];
const MILD_DX = ['F32.000', 'F43.200', 'F41.200x002', 'F41.101'];

// ====== FRAUD TYPOLOGIES ======
const N = 15;
const T = {};
T.T01 = ['心理治疗超频次虚记（门诊个别心理治疗一周3–5次逐日单独结算）', (i) => {
  const m = member({ region: regionOf(i), ageMin: 19, ageMax: 52 }); const P = providers(m.region);
  const dx = [pick(MILD_DX)]; const d0 = weekday(rdate('2026-01-05', '2026-08-20'));
  const cs = []; const tg = [];
  const { claim: c0, drug } = firstPsychVisit(m, P.G3psy, d0, dx); cs.push(c0);
  const weeks = ri(3, 5);
  for (let w = 0; w < weeks; w++) {
    const real = add(d0, 7 * (w + 1)); cs.push(therapy(m, P.G3psy, real, dx));
    const extra = ri(2, 3); const offs = [1, 2, 3, 4, 5].sort(() => rnd() - 0.5).slice(0, extra).sort();
    for (const k of offs) { const c = therapy(m, P.G3psy, add(real, k), dx, { mut: true }); cs.push(c); tg.push(c); }
  }
  cs.push(followVisit(m, P.G3psy, add(d0, 7 * weeks + ri(1, 3)), dx, drug, 28));
  cs.sort((a, b) => (a.visitDate < b.visitDate ? -1 : 1));
  return [cs, tg, true];
}];
T.T02 = ['心理治疗超时长（每次50分钟会谈按2次计收）', (i) => {
  const m = member({ region: regionOf(i + 1), ageMin: 20, ageMax: 58 }); const P = providers(m.region); const p = pick([P.G3psy, P.P3]);
  const dx = [pick(['F33.100', 'F41.100', 'F43.200x031', 'F42.200'])]; const d0 = weekday(rdate('2026-01-05', '2026-07-31'));
  const cs = []; const tg = [];
  const { claim: c0, drug } = firstPsychVisit(m, p, d0, dx); cs.push(c0);
  const n = ri(6, 9);
  for (let w = 1; w <= n; w++) { const c = therapy(m, p, add(d0, 7 * w), dx, { mut: true }, 2); cs.push(c); tg.push(c); if (w === 4) cs.push(followVisit(m, p, add(d0, 7 * w), dx, drug, 28)); }
  return [cs, tg, true];
}];
T.T03 = ['同日线上线下重复收取诊察费（门诊面诊后同日互联网医院“复诊开方”再计诊察费）', (i) => {
  const m = member({ region: regionOf(i + 2), ageMin: 18, ageMax: 70 }); const P = providers(m.region);
  const dx = [pick(DEP_DX)]; const d0 = weekday(rdate('2026-01-05', '2026-07-15'));
  const cs = []; const tg = [];
  const { claim: c0, drug } = firstPsychVisit(m, P.P3, d0, dx, { days: 14 }); cs.push(c0);
  const k = ri(2, 3);
  for (let j = 1; j <= k; j++) {
    const d = weekday(add(d0, 14 + 28 * (j - 1) + ri(0, 3)));
    cs.push(claim(m, P.P3, { visitType: 'outpatient', date: d, dx, docSlot: 0, items: [consult(P.P3, d, 1), ...(j === 2 ? [scales(d)] : [])] }));
    const c = claim(m, P.NETP, { visitType: 'outpatient', date: d, dx, doctorId: doctor(P.P3, 0), items: [it('普通门诊诊察费', 1, d, { mut: true }), it(drug, 28, d)] });
    cs.push(c); tg.push(c);
  }
  return [cs, tg, true];
}];
T.T04 = ['过度检查：稳定期每次复诊必做脑电图、量表组套、心电图与甲功', (i) => {
  const m = member({ region: regionOf(i + 3), ageMin: 20, ageMax: 66 }); const P = providers(m.region); const p = pick([P.P3, P.G3psy, P.G2psy]);
  const dx = [pick(['F41.100', 'F32.100', 'F41.200', 'F51.000'])]; const d0 = weekday(rdate('2026-01-05', '2026-06-30'));
  const cs = []; const tg = [];
  const { claim: c0, drug } = firstPsychVisit(m, p, d0, dx, { eeg: true }); cs.push(c0);
  const n = ri(3, 5);
  for (let j = 1; j <= n; j++) {
    const d = weekday(add(d0, 28 * j + ri(-2, 2)));
    const items = [consult(p, d, 1), scales(d, { mut: true }), it('脑电图', 1, d, { mut: true }), it('常规心电图检查', 1, d, { mut: true }), it('甲状腺功能(三项)', 1, d, { mut: true })];
    if (chance(0.5)) items.push(it('肝功能(全套)', 1, d, { mut: true }));
    items.push(it(drug, 28, d));
    const c = claim(m, p, { visitType: 'outpatient', date: d, dx, items }); cs.push(c); tg.push(c);
  }
  return [cs, tg, true];
}];
T.T05 = ['互联网首诊：无线下首诊即在互联网医院确诊开具抗抑郁药并按“复诊”结算', (i) => {
  const m = member({ region: regionOf(i), ageMin: 18, ageMax: 60 }); const P = providers(m.region); const net = pick([P.NETP, P.NETG]);
  const dx = [pick(['F32.100', 'F41.100', 'F41.200']), ...(chance(0.5) ? ['F51.000'] : [])]; const d0 = rdate('2026-01-10', '2026-08-15');
  const cs = []; const tg = [];
  if (chance(0.6) && d0 > '2026-02-20') { const dp = add(d0, -ri(20, Math.min(90, diff('2026-01-05', d0)))); cs.push(claim(m, P.CHC, { visitType: 'outpatient', date: dp, dx: ['J06.900'], items: [it('一般诊疗费', 1, dp), it('连花清瘟胶囊', 24, dp)] })); }
  const drug = pick(ANTIDEP);
  const n = ri(2, 4);
  for (let j = 0; j < n; j++) { const d = add(d0, 28 * j + ri(0, 3)); const c = onlineVisit(m, net, d, dx, [it(drug, 28, d)]); cs.push(c); tg.push(c); }
  return [cs, tg, false];
}];
T.T06 = ['代开药：参保人住院期间家属经互联网医院“复诊”代开并配送其长期用药', (i) => {
  const m = member({ region: regionOf(i + 1), ageMin: 76, ageMax: 92, scheme: pick(['employee', 'resident']) }); const P = providers(m.region);
  const dx = [pick(['G30.901+F00.9*', 'F01.900', 'F03.x01'])]; const d0 = weekday(rdate('2026-01-05', '2026-06-30'));
  const cs = []; const tg = [];
  const dd = [it('盐酸多奈哌齐片', 28, d0)]; const second = chance(0.6) ? '草酸艾司西酞普兰片' : null; if (second) dd.push(it(second, 28, d0));
  cs.push(claim(m, P.P3, { visitType: 'outpatient', date: d0, dx, items: [consult(P.P3, d0, 2), scales(d0), it('头颅CT平扫', 1, d0), it('血常规(五分类)', 1, d0), ...dd] }));
  const d1 = add(d0, 27); cs.push(onlineVisit(m, P.NETP, d1, dx, [it('盐酸多奈哌齐片', 28, d1), ...(second ? [it(second, 28, d1)] : [])]));
  const adm = add(d1, ri(8, 18)); const los = ri(10, 16); const dis = add(adm, los);
  const ip = pneumoniaStay(m, pick([P.G2, P.YY2]), adm, dis, [dx[0]]); cs.push(ip);
  const dOn = add(adm, ri(3, los - 3));
  const c = claim(m, P.NETP, { visitType: 'outpatient', date: dOn, dx, items: [it('普通门诊诊察费', 1, dOn, { mut: true }), it('盐酸多奈哌齐片', 28, dOn, { mut: true }), ...(second ? [it(second, 28, dOn, { mut: true })] : [])] });
  cs.push(c); tg.push(c);
  const d3 = add(dOn, 28); cs.push(onlineVisit(m, P.NETP, d3, dx, [it('盐酸多奈哌齐片', 28, d3)]));
  return [cs, tg, true];
}];
function pneumoniaStay(m, p, adm, dis, extraDx = [], route = 'emergency') {
  const los = diff(adm, dis); const items = inpatientDaily(adm, dis, { nursing: [['Ⅰ级护理', 3], ['Ⅱ级护理', 999]] });
  const abx = pick(['注射用头孢曲松钠', '注射用头孢呋辛钠']); const abxDays = Math.min(los, ri(7, 10));
  for (let d = 0; d < abxDays; d++) { const day = add(adm, d); items.push(it(abx, abx === '注射用头孢曲松钠' ? 2 : 3, day), it('氯化钠注射液', 2, day), it('静脉输液(第一组)', 1, day), it('一次性使用输液器', 1, day)); }
  for (let d = 0; d < Math.min(los, 4); d++) items.push(it('吸氧', 12, add(adm, d)));
  items.push(it('一次性使用吸氧管', 1, adm), it('胸部X线摄影(正侧位)', 1, adm), it('血常规(五分类)', 1, adm), it('C反应蛋白测定', 1, adm), it('肝功能(全套)', 1, adm), it('肾功能(三项)', 1, adm), it('电解质(四项)', 1, adm), it('细菌培养及药敏', 1, adm));
  items.push(it('血常规(五分类)', 1, add(adm, Math.min(los - 1, 5))), it('C反应蛋白测定', 1, add(adm, Math.min(los - 1, 5))), it('胸部X线摄影(正侧位)', 1, add(dis, -1)));
  items.push(it('盐酸氨溴索片', 3 * Math.min(los, 7), adm));
  return claim(m, withDept(p, 'respiratory'), { visitType: 'inpatient', adm, dis, route, dx: [pick(['J69.001', 'J18.900']), ...extraDx], items });
}
T.T07 = ['互联网医院开具第二类精神药品（唑吡坦/地西泮）并与线下处方叠加', (i) => {
  const m = member({ region: regionOf(i + 2), ageMin: 30, ageMax: 75 }); const P = providers(m.region);
  const dx = [pick(['F51.000', 'G47.000x001']), ...(chance(0.5) ? ['F41.100'] : [])]; const d0 = weekday(rdate('2026-01-05', '2026-07-20'));
  const cs = []; const tg = [];
  const months = ri(2, 3);
  for (let k = 0; k < months; k++) {
    const d = weekday(add(d0, 30 * k));
    cs.push(claim(m, P.G3psy, { visitType: 'outpatient', date: d, dx, items: [consult(P.G3psy, d, 1), it('酒石酸唑吡坦片', 7, d), ...(dx.includes('F41.100') ? [it('草酸艾司西酞普兰片', 28, d)] : [])] }));
    for (const off of [ri(8, 11), ri(18, 22)]) {
      const dn = add(d, off); const hyp = pick(['酒石酸唑吡坦片', '地西泮片']);
      const c = onlineVisit(m, P.NETP, dn, dx, [it(hyp, 14, dn, { mut: true })]); cs.push(c); tg.push(c);
    }
  }
  return [cs, tg, true];
}];
T.T08 = ['门诊慢特病（精神分裂症）长处方叠加换机构续开（回流药）', (i) => {
  const m = member({ region: regionOf(i + 3), ageMin: 25, ageMax: 65, chronic: ['F20'] }); const P = providers(m.region);
  const dx = [pick(['F20.000', 'F20.900'])]; const d0 = weekday(rdate('2026-01-05', '2026-05-31'));
  const val = chance(0.4);
  const rx = (d, x) => [it('利培酮片', 168, d, Object.assign({ long: true }, x)), ...(val ? [it('丙戊酸钠缓释片', 168, d, Object.assign({ long: true }, x))] : [])];
  const cs = []; const tg = [];
  cs.push(claim(m, P.P3, { visitType: 'chronic', date: d0, dx, items: [it('门诊慢特病管理诊查费', 1, d0), it('血常规(五分类)', 1, d0), it('肝功能(全套)', 1, d0), it('空腹血糖测定', 1, d0), it('血脂(四项)', 1, d0), it('常规心电图检查', 1, d0), ...rx(d0)] }));
  const d1 = weekday(add(d0, ri(21, 35))); const c1 = claim(m, P.G2psy, { visitType: 'chronic', date: d1, dx, items: [it('门诊慢特病管理诊查费', 1, d1), ...rx(d1, { mut: true })] }); cs.push(c1); tg.push(c1);
  const d2 = weekday(add(d1, ri(21, 35))); const c2 = claim(m, chance(0.5) ? P.P3 : P.G2psy, { visitType: 'chronic', date: d2, dx, docSlot: 1, items: [it('门诊慢特病管理诊查费', 1, d2), ...rx(d2, { mut: true })] }); cs.push(c2); tg.push(c2);
  return [cs, tg, true];
}];
T.T09 = ['定点药店串换：化妆品/护肤品按医保外用药（激素乳膏、抗菌软膏）结算', (i) => {
  const m = member({ region: regionOf(i), ageMin: 19, ageMax: 42, gender: chance(0.8) ? 'F' : 'M' }); const P = providers(m.region); const ph = pick([P.PH, P.PH2]);
  const d0 = rdate('2026-01-05', '2026-07-31'); const cs = [];
  const n = ri(3, 4);
  for (let j = 0; j < n; j++) {
    const d = add(d0, 30 * j + ri(-3, 3));
    cs.push(claim(m, ph, { visitType: 'pharmacy', date: d, dx: [pick(['L30.902', 'L20.900', 'L23.901'])], items: [it('丁酸氢化可的松乳膏', ri(6, 10), d, { mut: true }), it('莫匹罗星软膏', ri(2, 4), d, { mut: true })] }));
  }
  return [cs, cs, true];
}];
T.T10 = ['长期照护按医疗住院结算：医养结合机构失能老人照护期整段按住院结算', (i) => {
  const m = member({ region: regionOf(i + 1), ageMin: 78, ageMax: 95, scheme: pick(['employee', 'resident']) }); const P = providers(m.region);
  const dx = ['I69.300', pick(['F01.900', 'G30.901+F00.9*', 'I10.x00']), ...(chance(0.5) ? ['E11.900'] : [])];
  const adm = rdate('2026-02-20', '2026-08-31'); const los = ri(40, 70); const dis = add(adm, los);
  const items = inpatientDaily(adm, dis, { nursing: [['Ⅱ级护理', 999]] });
  items.push(...baseLabs(adm), it('电解质(四项)', 1, adm), it('胸部X线摄影(正侧位)', 1, adm), it('常规心电图检查', 1, adm));
  for (let d = 0; d < los; d += 30) { const n = Math.min(30, los - d); const day = add(adm, d); items.push(it('苯磺酸氨氯地平片', n, day), it('阿司匹林肠溶片', n, day)); if (dx.includes('E11.900')) items.push(it('盐酸二甲双胍片', 3 * n, day)); if (dx[1] !== 'I10.x00') items.push(it('盐酸多奈哌齐片', n, day)); }
  const cs = [];
  const before = add(adm, -ri(25, 40));
  cs.push(claim(m, P.YY, { visitType: 'outpatient', date: before, dx: [dx[1] === 'I10.x00' ? 'I10.x00' : 'I69.300'], items: [it('一般诊疗费', 1, before), it('苯磺酸氨氯地平片', 30, before), it('阿司匹林肠溶片', 30, before)] }));
  const c = claim(m, P.YY, { visitType: 'inpatient', adm, dis, route: 'outpatient', dx, items }); cs.push(c);
  return [cs, [c], false];
}];
T.T11 = ['家庭病床虚记：参保人在医院住院期间家庭病床仍照记上门诊查、换药', (i) => {
  const m = member({ region: regionOf(i + 2), ageMin: 72, ageMax: 93, scheme: pick(['employee', 'resident']) }); const P = providers(m.region);
  const dx = ['I69.300', pick(['L89.101', 'L89.201', 'L89.102'])]; const adm = rdate('2026-01-05', '2026-07-15'); const los = ri(49, 63); const dis = add(adm, los);
  const hAdm = add(adm, ri(14, 24)); const hLos = ri(9, 14); const hDis = add(hAdm, hLos);
  const items = []; const visits = [];
  for (let d = 0; d < los; d += 7) visits.push(add(adm, d + (d ? ri(-1, 1) : 0)));
  for (const v of visits) { const inH = v >= hAdm && v < hDis; const x = { mut: inH };
    items.push(it('住院诊查费', 1, v, x), it('换药(中)', 1, v, x), it('一次性使用换药包', 1, v, x), it(pick(['藻酸盐敷料', '泡沫敷料']), 1, v, x)); }
  const extra = add(hAdm, ri(2, hLos - 2)); items.push(it('住院诊查费', 1, extra, { mut: true }), it('换药(中)', 1, extra, { mut: true }), it('一次性使用换药包', 1, extra, { mut: true }), it('藻酸盐敷料', 1, extra, { mut: true }));
  items.push(it('血常规(五分类)', 1, adm), it('苯磺酸氨氯地平片', 30, adm), it('阿司匹林肠溶片', 30, adm), it('苯磺酸氨氯地平片', 30, add(adm, 30)), it('阿司匹林肠溶片', 30, add(adm, 30)));
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const cs = [];
  const hp = pneumoniaStay(m, P.G3, hAdm, hDis, ['I69.300', dx[1]]); cs.push(hp);
  const c = claim(m, P.HB, { visitType: 'inpatient', adm, dis, route: 'outpatient', dx, items }); cs.push(c);
  return [cs, [c], true];
}];
const T12days = {};
T.T12 = ['非医保范围：单位/学校心理健康体检按精神科门诊诊疗结算（编焦虑、失眠诊断）', (i) => {
  const cl = Math.floor(i / 5); const key = cl;
  if (!T12days[key]) { const region = REGIONS[(cl + 1) % 4]; T12days[key] = { region, date: weekday(rdate('2026-03-01', '2026-10-31')), p: pick(['P3', 'G3psy']), scheme: 'employee' }; }
  const K = T12days[key]; const m = member({ region: K.region, ageMin: 22, ageMax: 50, scheme: K.scheme }); const P = providers(m.region); const p = P[K.p];
  const d = K.date;
  const items = [it('普通门诊诊察费', 1, d), scales(d), it('脑电图', 1, d), it('常规心电图检查', 1, d)];
  if (chance(0.5)) items.push(it('甲状腺功能(三项)', 1, d));
  const c = claim(m, p, { visitType: 'outpatient', date: d, dx: [pick(['F41.100', 'F51.000', 'F43.200', 'F41.200'])], docSlot: 3, items });
  return [[c], [c], false];
}];
T.T13 = ['生育费用串入基本医保：职工孕妇常规产检按“妊娠合并焦虑/贫血”普通门诊结算', (i) => {
  const m = member({ region: regionOf(i + 3), ageMin: 24, ageMax: 37, gender: 'F', scheme: 'employee' }); const P = providers(m.region);
  const dxc = pick(['O99.307', 'O99.005', 'O99.307']); const d0 = weekday(rdate('2026-01-05', '2026-06-30'));
  const cs = []; const n = ri(3, 4);
  for (let j = 0; j < n; j++) {
    const d = weekday(add(d0, 28 * j + ri(-2, 2)));
    const items = [consult(P.G3, d, 1), it('产科B超', 1, d), it('血常规(五分类)', 1, d), it('尿常规', 1, d)];
    if (j >= 1) items.push(it('胎心监护', 1, d));
    if (dxc === 'O99.005') items.push(it('琥珀酸亚铁片', 30, d)); else if (j === 0) items.push(scales(d));
    cs.push(claim(m, withDept(P.G3, 'obstetrics'), { visitType: 'outpatient', date: d, dx: [dxc], items }));
  }
  return [cs, cs, false];
}];
T.T14 = ['工伤费用由基本医保支付：工作中机器挤压伤，急诊记工作相关，住院改编“跌倒”', (i) => {
  const m = member({ region: regionOf(i), ageMin: 22, ageMax: 55, gender: chance(0.85) ? 'M' : 'F', scheme: 'employee' }); const P = providers(m.region);
  const hand = chance(0.5); const fx = hand ? pick(['S62.301', 'S62.300x021']) : pick(['S52.500x001', 'S52.801']); const px = hand ? '79.3300x005' : (fx === 'S52.801' ? '79.3200x011' : '79.3201');
  const d0 = weekday(rdate('2026-01-05', '2026-10-31'));
  const ed = claim(m, withDept(P.G3, 'emergency'), { visitType: 'outpatient', date: d0, dx: [fx, 'W23.x00', 'Y96.x00'], items: [it('急诊诊察费', 1, d0), it('四肢X线摄影', 2, d0), it('换药(小)', 1, d0), it('一次性使用换药包', 1, d0), it('布洛芬缓释胶囊', 2, d0)] });
  const adm = add(d0, ri(0, 1)); const los = ri(5, 8); const dis = add(adm, los); const op = add(adm, 1);
  const items = inpatientDaily(adm, dis, { nursing: [['Ⅱ级护理', 999]] });
  items.push(it('血常规(五分类)', 1, adm), it('凝血四项', 1, adm), it('术前八项(感染筛查)', 1, adm), it('肝功能(全套)', 1, adm), it('肾功能(三项)', 1, adm), it('常规心电图检查', 1, adm), it('胸部X线摄影(正侧位)', 1, adm));
  items.push(it('骨折切开复位内固定术', 1, op), it('全身麻醉', 2, op), it('接骨板', 1, op), it('骨科螺钉', ri(4, 6), op), it('一次性手术衣及铺单包', 1, op), it('可吸收缝线', 2, op), it('注射用头孢呋辛钠', 3, op), it('氯化钠注射液', 1, op), it('一次性使用输液器', 1, op), it('四肢X线摄影', 1, add(op, 1)));
  for (let d = 2; d < los; d += 2) items.push(it('换药(中)', 1, add(adm, d)), it('一次性使用换药包', 1, add(adm, d)));
  items.push(it('塞来昔布胶囊', 2 * Math.min(los, 7), op));
  const ip = claim(m, withDept(P.G3, 'orthopaedics'), { visitType: 'inpatient', adm, dis, route: 'emergency', dx: [fx, 'W19.x00'], px: [[px, op]], items });
  return [[ed, ip], [ed, ip], false];
}];
T.T15 = ['冒名就医：失能痴呆老人医保卡被家属用于心理科面诊、心理治疗与线上续方', (i) => {
  const m = member({ region: regionOf(i + 1), ageMin: 74, ageMax: 90, scheme: pick(['employee', 'employee', 'resident']) }); const P = providers(m.region);
  const ddx = [pick(['G30.901+F00.9*', 'F01.900'])]; const d0 = weekday(rdate('2026-01-05', '2026-05-31'));
  const cs = []; const tg = [];
  cs.push(claim(m, P.P3, { visitType: 'outpatient', date: d0, dx: ddx, items: [consult(P.P3, d0, 2), it('盐酸多奈哌齐片', 28, d0)] }));
  const d1 = add(d0, 28); cs.push(onlineVisit(m, P.NETP, d1, ddx, [it('盐酸多奈哌齐片', 28, d1)]));
  const di = weekday(add(d0, ri(5, 20))); const dx = [pick(['F41.200', 'F41.100', 'F32.100'])];
  const drug = pick(ANTIDEP);
  const c0 = claim(m, P.G3psy, { visitType: 'outpatient', date: di, dx, items: [consult(P.G3psy, di, 1), scales(di), it('个别心理治疗', 1, di), it(drug, 28, di)] }); cs.push(c0); tg.push(c0);
  for (let w = 1; w <= ri(2, 4); w++) { const c = therapy(m, P.G3psy, add(di, 7 * w), dx); cs.push(c); tg.push(c); }
  const dn = add(di, 28); const c2 = onlineVisit(m, P.NETG, dn, dx, [it(drug, 28, dn)]); cs.push(c2); tg.push(c2);
  const d2 = add(d1, 28); cs.push(onlineVisit(m, P.NETP, d2, ddx, [it('盐酸多奈哌齐片', 28, d2)]));
  return [cs, tg, false];
}];

// ====== CONTROLS ======
const C = {};
C.C01 = ['中重度抑郁按指南每周一次个别心理治疗8–12次，每4周精神科复诊', (i) => {
  const m = member({ region: regionOf(i), ageMin: 18, ageMax: 65 }); const P = providers(m.region); const p = pick([P.P3, P.G3psy]);
  const dx = [pick(['F32.200', 'F32.100', 'F33.200', 'F33.100'])]; const d0 = weekday(rdate('2026-01-05', '2026-07-15'));
  const { claim: c0, drug } = firstPsychVisit(m, p, d0, dx); const cs = [c0];
  const n = ri(8, 12);
  for (let w = 1; w <= n; w++) { const d = add(d0, 7 * w); cs.push(therapy(m, p, d, dx)); if (w % 4 === 0 || w === 2) cs.push(followVisit(m, p, d, dx, drug, w === 2 ? 14 : 28, w === 8 ? [scales(d)] : [])); }
  return cs;
}];
C.C02 = ['自杀未遂后危机期：急诊后两周内每周两次心理治疗，随后每周一次', (i) => {
  const m = member({ region: regionOf(i + 1), ageMin: 16, ageMax: 45 }); const P = providers(m.region);
  const dx = [pick(['F32.200', 'F33.200', 'F60.302'])]; const d0 = rdate('2026-01-05', '2026-08-15');
  const ed = claim(m, withDept(P.G3, 'emergency'), { visitType: 'outpatient', date: d0, dx: [dx[0]], items: [it('急诊诊察费', 1, d0), it('血常规(五分类)', 1, d0), it('肝功能(全套)', 1, d0), it('肾功能(三项)', 1, d0), it('电解质(四项)', 1, d0), it('常规心电图检查', 1, d0)] });
  const d1 = weekday(add(d0, 1)); const { claim: c1, drug } = firstPsychVisit(m, P.G3psy, d1, dx, { liver: false }); const cs = [ed, c1];
  for (const off of [2, 5, 9, 12]) cs.push(therapy(m, P.G3psy, add(d1, off), dx));
  for (let w = 3; w <= ri(6, 8); w++) cs.push(therapy(m, P.G3psy, add(d1, 7 * w), dx));
  cs.push(followVisit(m, P.G3psy, add(d1, 14), dx, drug, 28));
  cs.sort((a, b) => (a.visitDate < b.visitDate ? -1 : 1));
  return cs;
}];
C.C03 = ['线下面诊后数日由同一医生互联网复诊看检查结果并调整处方（不同日）', (i) => {
  const m = member({ region: regionOf(i + 2), ageMin: 18, ageMax: 70 }); const P = providers(m.region);
  const dx = [pick(DEP_DX)]; const d0 = weekday(rdate('2026-01-05', '2026-08-15'));
  const { claim: c0, drug } = firstPsychVisit(m, P.P3, d0, dx, { days: 7 });
  const d1 = add(d0, ri(5, 8)); const c1 = claim(m, P.NETP, { visitType: 'outpatient', date: d1, dx, doctorId: doctor(P.P3, 0), items: [it('普通门诊诊察费', 1, d1), it(drug, 21, d1)] });
  const d2 = add(d1, 21); const c2 = claim(m, P.NETP, { visitType: 'outpatient', date: d2, dx, doctorId: doctor(P.P3, 0), items: [it('普通门诊诊察费', 1, d2), it(drug, 28, d2)] });
  return [c0, c1, c2];
}];
C.C04 = ['首发病例检查有指征：首诊脑电图、量表、甲功、心电图，复诊仅诊察开药，第8周复评量表', (i) => {
  const m = member({ region: regionOf(i + 3), ageMin: 16, ageMax: 60 }); const P = providers(m.region); const p = pick([P.P3, P.G3psy, P.G2psy]);
  const dx = [pick(['F32.100', 'F41.100', 'F32.200', 'F41.000'])]; const d0 = weekday(rdate('2026-01-05', '2026-07-15'));
  const { claim: c0, drug } = firstPsychVisit(m, p, d0, dx, { eeg: true, days: 14 }); const cs = [c0];
  cs.push(followVisit(m, p, weekday(add(d0, 14)), dx, drug, 28));
  cs.push(followVisit(m, p, weekday(add(d0, 56)), dx, drug, 28, [scales(weekday(add(d0, 56))), it('肝功能(全套)', 1, weekday(add(d0, 56)))]));
  if (chance(0.5)) cs.push(followVisit(m, p, weekday(add(d0, 84)), dx, drug, 28));
  return cs;
}];
C.C05 = ['线下首诊确诊后互联网医院每2–4周复诊续方、处方流转至药店', (i) => {
  const m = member({ region: regionOf(i), ageMin: 18, ageMax: 72 }); const P = providers(m.region); const pair = pick([[P.P3, P.NETP], [P.G3psy, P.NETG]]);
  const dx = [pick(DEP_DX)]; const d0 = weekday(rdate('2026-01-05', '2026-07-15'));
  const { claim: c0, drug } = firstPsychVisit(m, pair[0], d0, dx, { days: 14 }); const cs = [c0];
  let d = add(d0, 14);
  for (let j = 0; j < ri(3, 4); j++) { const days = pick([14, 28, 28]); cs.push(onlineVisit(m, pair[1], d, dx, [it(drug, days, d)])); d = add(d, days - ri(0, 2)); }
  return cs;
}];
C.C06 = ['居家卧床痴呆老人：家属经互联网医院每月代为复诊续方（无同期住院）', (i) => {
  const m = member({ region: regionOf(i + 1), ageMin: 78, ageMax: 94, scheme: pick(['employee', 'resident']) }); const P = providers(m.region);
  const dx = [pick(['G30.901+F00.9*', 'F01.900', 'F03.x01'])]; const d0 = weekday(rdate('2026-01-05', '2026-06-30'));
  const cs = [claim(m, P.P3, { visitType: 'outpatient', date: d0, dx, items: [consult(P.P3, d0, 2), scales(d0), it('头颅CT平扫', 1, d0), it('血常规(五分类)', 1, d0), it('盐酸多奈哌齐片', 28, d0)] })];
  for (let j = 1; j <= ri(3, 4); j++) { const d = add(d0, 28 * j - ri(0, 2)); cs.push(onlineVisit(m, P.NETP, d, dx, [it('盐酸多奈哌齐片', 28, d)])); }
  return cs;
}];
C.C07 = ['短程催眠药：线下开唑吡坦7日，两周后再开7日后停用，配合失眠认知行为治疗', (i) => {
  const m = member({ region: regionOf(i + 2), ageMin: 25, ageMax: 78 }); const P = providers(m.region); const p = pick([P.G3psy, P.P3]);
  const dx = [pick(['F51.000', 'G47.000x001'])]; const d0 = weekday(rdate('2026-01-05', '2026-09-30'));
  const cs = [claim(m, p, { visitType: 'outpatient', date: d0, dx, items: [consult(p, d0, 1), scales(d0), it('酒石酸唑吡坦片', 7, d0)] })];
  cs.push(therapy(m, p, add(d0, 7), dx));
  const d2 = add(d0, 14); cs.push(claim(m, p, { visitType: 'outpatient', date: d2, dx, items: [consult(p, d2, 1), it('个别心理治疗', 1, d2), it('酒石酸唑吡坦片', 7, d2)] }));
  return cs;
}];
C.C08 = ['稳定期精神分裂症门诊慢特病12周长处方，按期续开', (i) => {
  const m = member({ region: regionOf(i + 3), ageMin: 25, ageMax: 68, chronic: ['F20'] }); const P = providers(m.region);
  const dx = [pick(['F20.000', 'F20.900'])]; const d0 = weekday(rdate('2026-01-05', '2026-05-15')); const val = chance(0.4);
  const rx = (d) => [it('利培酮片', 168, d, { long: true }), ...(val ? [it('丙戊酸钠缓释片', 168, d, { long: true })] : [])];
  const cs = [claim(m, P.P3, { visitType: 'chronic', date: d0, dx, items: [it('门诊慢特病管理诊查费', 1, d0), it('血常规(五分类)', 1, d0), it('肝功能(全套)', 1, d0), it('空腹血糖测定', 1, d0), it('血脂(四项)', 1, d0), it('常规心电图检查', 1, d0), ...rx(d0)] })];
  let d = d0; for (let j = 0; j < ri(1, 2); j++) { d = weekday(add(d, ri(80, 84))); cs.push(claim(m, P.P3, { visitType: 'chronic', date: d, dx, items: [it('门诊慢特病管理诊查费', 1, d), ...rx(d)] })); }
  return cs;
}];
C.C09 = ['湿疹皮炎：皮肤科就诊后药店购激素乳膏与抗菌软膏，3–5周后续购一次', (i) => {
  const m = member({ region: regionOf(i), ageMin: 18, ageMax: 70 }); const P = providers(m.region);
  const dx = [pick(['L30.902', 'L20.900', 'L23.901'])]; const d0 = weekday(rdate('2026-01-05', '2026-09-30'));
  const cs = [claim(m, withDept(P.G3, 'dermatology'), { visitType: 'outpatient', date: d0, dx, items: [consult(P.G3, d0, 0), it('丁酸氢化可的松乳膏', 1, d0), it('氯雷他定片', 14, d0)] })];
  const d1 = add(d0, ri(21, 35)); cs.push(claim(m, pick([P.PH, P.PH2]), { visitType: 'pharmacy', date: d1, dx, items: [it('丁酸氢化可的松乳膏', ri(1, 2), d1), ...(chance(0.5) ? [it('莫匹罗星软膏', 1, d1)] : [])] }));
  return cs;
}];
C.C10 = ['养老机构入住老人真实急性病住院：吸入性肺炎/肺炎8–12天静脉抗感染', (i) => {
  const m = member({ region: regionOf(i + 1), ageMin: 78, ageMax: 96, scheme: pick(['employee', 'resident']) }); const P = providers(m.region);
  const adm = rdate('2026-01-05', '2026-10-31'); const dis = add(adm, ri(8, 12));
  return [pneumoniaStay(m, pick([P.YY, P.YY2]), adm, dis, ['I69.300', pick(['F01.900', 'G30.901+F00.9*', 'I10.x00'])])];
}];
C.C11 = ['痴呆/卒中后卧床老人家庭病床：每周真实上门、换药，月度导尿管更换，无同期住院', (i) => {
  const m = member({ region: regionOf(i + 2), ageMin: 72, ageMax: 95, scheme: pick(['employee', 'resident']) }); const P = providers(m.region);
  const dx = ['I69.300', pick(['L89.101', 'L89.201', 'F01.900'])]; const adm = rdate('2026-01-05', '2026-09-15'); const los = ri(42, 63); const dis = add(adm, los);
  const items = [];
  for (let d = 0; d < los; d += 7) { const v = add(adm, d); items.push(it('住院诊查费', 1, v)); if (dx[1].startsWith('L89')) items.push(it('换药(中)', 1, v), it('一次性使用换药包', 1, v), it(pick(['藻酸盐敷料', '泡沫敷料']), 1, v)); }
  for (let d = 0; d < los; d += 28) { const v = add(adm, d); items.push(it('导尿', 1, v), it('一次性使用导尿包', 1, v), it('双腔硅胶导尿管', 1, v), it('苯磺酸氨氯地平片', 28, v), it('阿司匹林肠溶片', 28, v)); }
  items.push(it('血常规(五分类)', 1, adm));
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return [claim(m, P.HB, { visitType: 'inpatient', adm, dis, route: 'outpatient', dx, items })];
}];
const C12days = {};
C.C12 = ['工作场所突发事件后多名同事急性应激反应：同日首诊、量表、短期用药及随访心理治疗', (i) => {
  const cl = Math.floor(i / 4);
  if (!C12days[cl]) C12days[cl] = { region: REGIONS[(cl + 2) % 4], date: weekday(rdate('2026-02-01', '2026-10-15')) };
  const K = C12days[cl]; const m = member({ region: K.region, ageMin: 22, ageMax: 55, scheme: 'employee' }); const P = providers(m.region);
  const d = K.date; const dx = [pick(['F43.000', 'F43.100', 'F43.000'])];
  const c0 = claim(m, P.G3psy, { visitType: 'outpatient', date: d, dx, docSlot: 2, items: [consult(P.G3psy, d, 1), scales(d), it(dx[0] === 'F43.100' ? '盐酸舍曲林片' : '酒石酸唑吡坦片', dx[0] === 'F43.100' ? 14 : 5, d)] });
  const cs = [c0]; for (let w = 1; w <= ri(2, 4); w++) cs.push(therapy(m, P.G3psy, add(d, 7 * w + ri(0, 2)), dx));
  return cs;
}];
C.C13 = ['围产期精神障碍：孕期焦虑心理治疗/产后抑郁药物治疗，在精神心理科按疾病结算', (i) => {
  const m = member({ region: regionOf(i + 3), ageMin: 23, ageMax: 40, gender: 'F', scheme: pick(['employee', 'employee', 'resident']) }); const P = providers(m.region);
  const post = chance(0.5); const dx = [post ? pick(['F53.001', 'F53.002']) : 'O99.307']; const d0 = weekday(rdate('2026-01-05', '2026-08-31'));
  const cs = [claim(m, P.G3psy, { visitType: 'outpatient', date: d0, dx, items: [consult(P.G3psy, d0, 1), scales(d0), it('血常规(五分类)', 1, d0), it('甲状腺功能(三项)', 1, d0), ...(post ? [it('盐酸舍曲林片', 14, d0)] : [])] })];
  for (let w = 1; w <= ri(3, 5); w++) cs.push(therapy(m, P.G3psy, add(d0, 7 * w), dx));
  if (post) cs.push(followVisit(m, P.G3psy, add(d0, 14), dx, '盐酸舍曲林片', 28));
  cs.sort((a, b) => (a.visitDate < b.visitDate ? -1 : 1));
  return cs;
}];
C.C14 = ['无第三方的意外伤：居家跌倒桡骨远端骨折，急诊后切开复位内固定', (i) => {
  const m = member({ region: regionOf(i), ageMin: 50, ageMax: 82, gender: chance(0.7) ? 'F' : 'M' }); const P = providers(m.region);
  const fx = pick(['S52.500x001', 'S52.500x011', 'S52.600x002']); const cause = pick(['W01.x00', 'W10.x00', 'W18.x00']);
  const d0 = rdate('2026-01-05', '2026-10-31');
  const ed = claim(m, withDept(P.G3, 'emergency'), { visitType: 'outpatient', date: d0, dx: [fx, cause], items: [it('急诊诊察费', 1, d0), it('四肢X线摄影', 2, d0), it('布洛芬缓释胶囊', 2, d0)] });
  const adm = add(d0, ri(0, 2)); const los = ri(5, 8); const dis = add(adm, los); const op = add(adm, 1);
  const items = inpatientDaily(adm, dis, { nursing: [['Ⅱ级护理', 999]] });
  items.push(it('血常规(五分类)', 1, adm), it('凝血四项', 1, adm), it('术前八项(感染筛查)', 1, adm), it('肝功能(全套)', 1, adm), it('肾功能(三项)', 1, adm), it('常规心电图检查', 1, adm), it('胸部X线摄影(正侧位)', 1, adm));
  items.push(it('骨折切开复位内固定术', 1, op), it('全身麻醉', 2, op), it('接骨板', 1, op), it('骨科螺钉', ri(6, 9), op), it('一次性手术衣及铺单包', 1, op), it('可吸收缝线', 2, op), it('注射用头孢呋辛钠', 3, op), it('氯化钠注射液', 1, op), it('一次性使用输液器', 1, op), it('四肢X线摄影', 1, add(op, 1)));
  for (let d = 2; d < los; d += 2) items.push(it('换药(中)', 1, add(adm, d)), it('一次性使用换药包', 1, add(adm, d)));
  items.push(it('塞来昔布胶囊', 2 * Math.min(los, 7), op));
  const ip = claim(m, withDept(P.G3, 'orthopaedics'), { visitType: 'inpatient', adm, dis, route: 'emergency', dx: [fx, cause], px: [['79.3200x011', op]], items });
  return [ed, ip];
}];
C.C15 = ['老年痴呆伴晚发抑郁/激越：照护者陪同线下老年精神科就诊，艾司西酞普兰+多奈哌齐', (i) => {
  const m = member({ region: regionOf(i + 1), ageMin: 72, ageMax: 90, scheme: pick(['employee', 'resident']) }); const P = providers(m.region);
  const dx = [pick(['G30.901+F00.9*', 'F01.900']), 'F32.100']; const d0 = weekday(rdate('2026-01-05', '2026-07-31'));
  const cs = [claim(m, P.P3, { visitType: 'outpatient', date: d0, dx, items: [consult(P.P3, d0, 2), scales(d0), it('头颅CT平扫', 1, d0), it('血常规(五分类)', 1, d0), it('甲状腺功能(三项)', 1, d0), it('常规心电图检查', 1, d0), it('盐酸多奈哌齐片', 28, d0), it('草酸艾司西酞普兰片', 14, d0)] })];
  for (let j = 1; j <= ri(2, 3); j++) { const d = weekday(add(d0, 28 * j - 14 * (j === 1))); cs.push(claim(m, P.P3, { visitType: 'outpatient', date: d, dx, items: [consult(P.P3, d, 1), it('盐酸多奈哌齐片', 28, d), it('草酸艾司西酞普兰片', 28, d)] })); }
  return cs;
}];
C.C16 = ['青少年抑郁（13–17岁）：线下首诊、舍曲林/艾司西酞普兰、每周心理治疗（含家庭治疗）', (i) => {
  const m = member({ region: regionOf(i + 2), ageMin: 13, ageMax: 17, scheme: 'resident' }); const P = providers(m.region); const p = pick([P.P3, P.G3psy]);
  const dx = [pick(['F32.100', 'F32.200', 'F32.100x011'])]; const d0 = weekday(rdate('2026-01-05', '2026-08-15'));
  const { claim: c0, drug } = firstPsychVisit(m, p, d0, dx, { days: 14 }); const cs = [c0];
  for (let w = 1; w <= ri(5, 8); w++) { const d = add(d0, 7 * w); cs.push(therapy(m, p, d, dx)); if (w === 2 || w === 6) cs.push(followVisit(m, p, d, dx, drug, 28, w === 6 ? [scales(d)] : [])); }
  return cs;
}];
C.C17 = ['儿童ADHD（6–12岁）：首诊评定与脑电图一次，每周生物反馈/行为治疗与家长团体训练', (i) => {
  const m = member({ region: regionOf(i + 3), ageMin: 6, ageMax: 12, scheme: 'resident', gender: chance(0.75) ? 'M' : 'F' }); const P = providers(m.region); const p = pick([P.P3, P.G3psy]);
  const dx = ['F90.000x001']; const d0 = weekday(rdate('2026-01-05', '2026-08-31'));
  const cs = [claim(m, p, { visitType: 'outpatient', date: d0, dx, items: [consult(p, d0, 1), scales(d0), it('脑电图', 1, d0)] })];
  for (let w = 1; w <= ri(6, 8); w++) { const d = add(d0, 7 * w + (dow(add(d0, 7 * w)) === 0 ? -1 : 0)); cs.push(claim(m, p, { visitType: 'outpatient', date: d, dx, docSlot: 1, items: [it('生物反馈治疗', 1, d), ...(w % 2 === 0 ? [it('团体心理治疗', 1, d)] : [])] })); }
  return cs;
}];
C.C18 = ['难治性抑郁经颅磁刺激疗程：工作日每日一次共10–20次', (i) => {
  const m = member({ region: regionOf(i), ageMin: 20, ageMax: 65 }); const P = providers(m.region); const p = pick([P.P3, P.G3psy]);
  const dx = [pick(['F33.200', 'F32.200', 'F33.100'])]; const d0 = weekday(rdate('2026-01-05', '2026-09-30'));
  const { claim: c0, drug } = firstPsychVisit(m, p, d0, dx, { eeg: true, days: 28, drug: pick(ANTIDEP) }); const cs = [c0];
  let d = weekday(add(d0, 1)); const n = ri(10, 20);
  for (let k = 0; k < n; k++) { cs.push(claim(m, p, { visitType: 'outpatient', date: d, dx, docSlot: 2, items: [it('经颅磁刺激治疗', 1, d)] })); d = weekday(add(d, 1)); }
  cs.push(followVisit(m, p, d, dx, drug, 28, [scales(d)]));
  return cs;
}];
C.C19 = ['双相障碍丙戊酸钠起始：前3个月每月血常规与肝功能监测', (i) => {
  const m = member({ region: regionOf(i + 1), ageMin: 18, ageMax: 60 }); const P = providers(m.region); const p = pick([P.P3, P.G2psy]);
  const dx = [pick(['F31.300', 'F31.600', 'F31.400'])]; const d0 = weekday(rdate('2026-01-05', '2026-07-31'));
  const cs = [claim(m, p, { visitType: 'outpatient', date: d0, dx, items: [consult(p, d0, 2), scales(d0), ...baseLabs(d0), it('常规心电图检查', 1, d0), it('丙戊酸钠缓释片', 28, d0), ...(chance(0.5) ? [it('利培酮片', 28, d0)] : [])] })];
  for (let j = 1; j <= 3; j++) { const d = weekday(add(d0, 28 * j)); cs.push(claim(m, p, { visitType: 'outpatient', date: d, dx, items: [consult(p, d, 1), it('血常规(五分类)', 1, d), it('肝功能(全套)', 1, d), it('丙戊酸钠缓释片', 56, d)] })); }
  return cs;
}];
C.C20 = ['夜间惊恐发作急诊排除心源性后，次日精神科首诊', (i) => {
  const m = member({ region: regionOf(i + 2), ageMin: 20, ageMax: 55 }); const P = providers(m.region);
  const d0 = rdate('2026-01-05', '2026-10-31');
  const ed = claim(m, withDept(P.G3, 'emergency'), { visitType: 'outpatient', date: d0, dx: ['F41.001'], items: [it('急诊诊察费', 1, d0), it('常规心电图检查', 1, d0), it('肌钙蛋白I测定', 1, d0), it('心肌酶谱', 1, d0), it('血常规(五分类)', 1, d0), it('电解质(四项)', 1, d0)] });
  const d1 = add(d0, 1); const c1 = claim(m, P.G3psy, { visitType: 'outpatient', date: d1, dx: ['F41.000'], items: [consult(P.G3psy, d1, 1), scales(d1), it('甲状腺功能(三项)', 1, d1), it('草酸艾司西酞普兰片', 14, d1)] });
  return [ed, c1];
}];
C.C21 = ['养老机构入住老人压疮：机构门诊每周2–3次换药共3周', (i) => {
  const m = member({ region: regionOf(i + 3), ageMin: 75, ageMax: 96, scheme: pick(['employee', 'resident']) }); const P = providers(m.region);
  const dx = [pick(['L89.201', 'L89.101', 'L89.104']), 'I69.300']; let d = rdate('2026-01-05', '2026-10-15'); const cs = [];
  const n = ri(6, 9);
  for (let k = 0; k < n; k++) { cs.push(claim(m, P.YY, { visitType: 'outpatient', date: d, dx, items: [it('一般诊疗费', 1, d), it('换药(中)', 1, d), it('一次性使用换药包', 1, d), it(pick(['藻酸盐敷料', '泡沫敷料', '水胶体敷料']), 1, d)] })); d = add(d, pick([2, 3])); }
  return cs;
}];
C.C22 = ['首发精神病性障碍：线下全面检查后利培酮，随访后获批门诊慢特病按月取药', (i) => {
  const m = member({ region: regionOf(i), ageMin: 17, ageMax: 35 }); const P = providers(m.region);
  const dx = ['F20.900']; const d0 = weekday(rdate('2026-01-05', '2026-06-30'));
  const cs = [claim(m, P.P3, { visitType: 'outpatient', date: d0, dx: ['F20.900'], items: [consult(P.P3, d0, 2), scales(d0), it('头颅CT平扫', 1, d0), it('脑电图', 1, d0), ...baseLabs(d0), it('空腹血糖测定', 1, d0), it('血脂(四项)', 1, d0), it('常规心电图检查', 1, d0), it('利培酮片', 28, d0)] })];
  const d1 = weekday(add(d0, 14)); cs.push(followVisit(m, P.P3, d1, dx, '利培酮片', 28));
  let d = weekday(add(d1, 27));
  for (let j = 0; j < ri(2, 3); j++) { cs.push(claim(m, P.P3, { visitType: 'chronic', date: d, dx, chronicDiseases: ['F20'], items: [it('门诊慢特病管理诊查费', 1, d), it('利培酮片', 60, d)] })); d = weekday(add(d, ri(28, 31))); }
  return cs;
}];
C.C23 = ['老年失眠伴抑郁：线下开唑吡坦短程，互联网复诊只续抗抑郁药', (i) => {
  const m = member({ region: regionOf(i + 1), ageMin: 60, ageMax: 82 }); const P = providers(m.region);
  const dx = ['F32.100', 'F51.000']; const d0 = weekday(rdate('2026-01-05', '2026-07-31'));
  const { claim: c0, drug } = firstPsychVisit(m, P.P3, d0, dx, { days: 28, hyp: true }); const cs = [c0];
  const d1 = add(d0, 27); cs.push(onlineVisit(m, P.NETP, d1, dx, [it(drug, 28, d1)]));
  const d2 = weekday(add(d1, 27)); cs.push(claim(m, P.P3, { visitType: 'outpatient', date: d2, dx, items: [consult(P.P3, d2, 1), it(drug, 28, d2), it('酒石酸唑吡坦片', 7, d2)] }));
  const d3 = add(d2, 27); cs.push(onlineVisit(m, P.NETP, d3, dx, [it(drug, 28, d3)]));
  return cs;
}];
C.C24 = ['异地就读大学生抑郁：就读地线下诊治，寒暑假回参保地经互联网医院续方（供药不重叠）', (i) => {
  const home = REGIONS[i % 4]; const study = REGIONS[(i + 1 + (i % 3)) % 4] === home ? REGIONS[(i + 2) % 4] : REGIONS[(i + 1 + (i % 3)) % 4];
  const m = member({ region: study, insuredRegion: home, ageMin: 18, ageMax: 23, scheme: 'resident' }); const Ps = providers(study); const Ph = providers(home);
  const dx = [pick(['F32.100', 'F41.100', 'F32.000'])]; const d0 = weekday(rdate('2026-03-02', '2026-05-20'));
  const { claim: c0, drug } = firstPsychVisit(m, Ps.G3psy, d0, dx, { days: 28 }); const cs = [c0];
  const d1 = weekday(add(d0, 27)); cs.push(followVisit(m, Ps.G3psy, d1, dx, drug, 28));
  // home internet hospital (treating region = home; insuredRegion equal → omit)
  const mh = Object.assign({}, m, { region: home, insuredRegion: null });
  let d = add(d1, 27); for (let j = 0; j < 2; j++) { cs.push(onlineVisit(mh, Ph.NETP, d, dx, [it(drug, 28, d)])); d = add(d, 27); }
  cs.push(followVisit(m, Ps.G3psy, weekday(d), dx, drug, 28));
  return cs;
}];

// ====== ROUTINE ======
function routine(i) {
  const k = i % 10; const m = member({ region: regionOf(i), ageMin: 5, ageMax: 85 }); const P = providers(m.region); const d = rdate('2026-01-05', '2026-11-20');
  switch (k) {
    case 0: case 1: return [claim(m, P.CHC, { visitType: 'outpatient', date: d, dx: ['J06.900'], items: [it('一般诊疗费', 1, d), m.age <= 12 ? it('小儿对乙酰氨基酚颗粒', 6, d) : it('连花清瘟胶囊', 24, d)] })];
    case 2: { const mm = member({ region: m.region, ageMin: 50, ageMax: 80, chronic: ['I10'] }); return [claim(mm, P.G2, { visitType: 'chronic', date: d, dx: ['I10.x00'], items: [it('门诊慢特病管理诊查费', 1, d), it('苯磺酸氨氯地平片', 30, d), it('阿托伐他汀钙片', 30, d)] })]; }
    case 3: { const mm = member({ region: m.region, ageMin: 45, ageMax: 80, chronic: ['E11'] }); return [claim(mm, P.G2, { visitType: 'chronic', date: d, dx: ['E11.900'], items: [it('门诊慢特病管理诊查费', 1, d), it('空腹血糖测定', 1, d), it('盐酸二甲双胍片', 90, d)] })]; }
    case 4: { const mm = member({ region: m.region, ageMin: 25, ageMax: 80 }); return [claim(mm, P.PH, { visitType: 'pharmacy', date: d, dx: ['I10.x00'], items: [it('苯磺酸氨氯地平片', 28, d)] })]; }
    case 5: { const mm = member({ region: m.region, ageMin: 20, ageMax: 75 }); return [claim(mm, withDept(P.G3, 'gastroenterology'), { visitType: 'outpatient', date: d, dx: ['K29.500'], items: [consult(P.G3, d, 0), it('奥美拉唑肠溶胶囊', 28, d)] })]; }
    case 6: { const mm = member({ region: m.region, ageMin: 20, ageMax: 70, gender: 'F' }); return [claim(mm, P.CHC, { visitType: 'outpatient', date: d, dx: ['N39.000'], items: [it('一般诊疗费', 1, d), it('尿常规', 1, d), it('左氧氟沙星片', 3, d)] })]; }
    case 7: { const mm = member({ region: m.region, ageMin: 25, ageMax: 70 }); return [claim(mm, P.G3psy, { visitType: 'outpatient', date: d, dx: ['F41.100'], items: [consult(P.G3psy, d, 1), it('草酸艾司西酞普兰片', 28, d)] })]; }
    case 8: { const mm = member({ region: m.region, ageMin: 65, ageMax: 90 }); const adm = d; return [pneumoniaStay(mm, P.G2, adm, add(adm, ri(7, 10)), ['I10.x00'])]; }
    default: { const mm = member({ region: m.region, ageMin: 18, ageMax: 70 }); return [claim(mm, withDept(P.G3, 'dermatology'), { visitType: 'outpatient', date: d, dx: ['L30.902'], items: [consult(P.G3, d, 0), it('丁酸氢化可的松乳膏', 1, d), it('氯雷他定片', 14, d)] })]; }
  }
}

// ---------- build ----------
for (const [code, [name, fn]] of Object.entries(T)) for (let i = 0; i < N; i++) { const [cs, tg, mutated] = fn(i); addCase('fraud', code, name, cs, tg, mutated); }
for (const [code, [name, fn]] of Object.entries(C)) for (let i = 0; i < N; i++) { const cs = fn(i); addCase('control', code, name, cs, cs, false); }
for (let i = 0; i < 100; i++) { const cs = routine(i); addCase('routine', 'R', '常规就诊', cs, [], false); }

// settlement order: by settlement date (visit date; discharge date for stays), ties in a fixed shuffled order
ALL.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._key - b._key));
const out = ALL.map((c) => { const o = Object.assign({}, c); delete o._settle; delete o._key; o.items = c.items.map((l) => { const x = Object.assign({}, l); delete x._self; delete x._mut; return x; }); return JSON.stringify(o); });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'inpatient.ndjson'), ALL.filter((c) => c.visitType === 'inpatient').map((c) => out[ALL.indexOf(c)]).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1));
const byKind = {}; for (const l of LABELS) byKind[l.kind] = (byKind[l.kind] || 0) + 1;
console.error(`blind54: ${ALL.length} claims (${ALL.filter((c) => c.visitType === 'inpatient').length} inpatient), cases ${JSON.stringify(byKind)}, groups ${GROUPS ? Object.keys(GRP).length : 0}`);
