#!/usr/bin/env node
// blind53 — 中医 (TCM) claims: typologies, controls and routine claims. Fixed seed.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CATDIR = opt('--catalogue', '/work/wt/base53/rules/catalogue');
const GROUPS = opt('--groups', null);

// ---------- rng ----------
let seed = 53053053;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- catalogue ----------
const CAT = {};
for (const f of ['services', 'drugs', 'consumables']) for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f + '.json'), 'utf8')).rows) CAT[r.code] = r;
const C = {
  op: '001102000010001', opAssoc: '001102000020001', opChief: '001102000030001', gen: '001102000040001', chronic: '001109000010001',
  ipc: '001103000010001', bed: '001105000010001', n1: '001201000020001', n2: '001201000030001', n3: '001201000040001',
  iv1: '001204000010001', ivAdd: '001204000020001', im: '001204000050001', venflon: '001204000070001',
  acu: '001215000010001', tuina: '001216000010001', reval: '001217000010001', pt: '001218000010001', ot: '003402000010001',
  speech: '003402000020001', swallow: '003402000030001', bws: '003402000050001', hand: '003402000060001', bio: '003115030070001',
  cbc: '002501010010001', urine: '002501020010001', stool: '002501030010001', lft: '002502010010001', rft: '002502020010001',
  lytes: '002502030010001', lipid: '002502040010001', fbg: '002502050010001', hba1c: '002502050020001', coag: '002502060010001',
  crp: '002502080010001', dd: '002502100010001', infect: '002502120010001', bnp: '002502070030001', ecg: '003107010010001',
  cxr: '002202010010001', limbX: '002202020010001', spineX: '002202030010001', absUS: '002103010010001', carotid: '002103010030001',
  echo: '002103010020001', headCT: '002301010010001', chestCT: '002301010020001', headMRI: '002401010010001', lumbMRI: '002401010020001',
  kneeMRI: '002401010030001', bg: '001212000010001', delivery: '003305010020001', cbcHb: '002501010030001',
  // drugs
  yp: 'ZA09DAL515A007', // 饮片/配方颗粒 (catalogue gap): billed on the 六味地黄丸 row, 24 units = one 剂 (one day)
  xst: 'ZA12BAX510A001', fdds: 'ZA12BAF510A007', lhqw: 'ZA01BAL514A001', blg: 'ZA03BAB510A010', xefr: 'ZA03AAX508A004', ejiao: 'ZA09CAA525F001',
  dsInj: 'ZA12BAD505B002', yxyInj: 'XN06DXY505B002', sxtInj: 'ZA12BAS513B002', xstInj: 'ZA12BAX511B002', smInj: 'ZA09BAC502B002',
  ns: 'XB05BBL511B002', gs: 'XB05BAP505B002', mannitol: 'XB05BCG505B002', celecoxib: 'XM01AHS505A001', diclo: 'XM01ABS506A003',
  ibuSR: 'XM01AEB502A003', vitB: 'XA11EAF513A001', aspirin: 'XB01ACA509A001', clop: 'XB01ACL502A001', atorva: 'XC10AAA511A001',
  amlo: 'XC08CAA512A001', metf: 'XA10BAE503A001', glim: 'XA10BBG501A001', pred: 'XH02ABP507A001', acyclovir: 'XJ05ABA507A001',
  smectite: 'XA07BCM505A006', probio: 'XA07FAS503A001', omep: 'XA02BCA515A001', domp: 'XA03FAD507A001', betahistine: 'XN07CAB504A001',
  diazepam: 'XN05BAD511A001', loratadine: 'XR06AXL513A001', budfor: 'XR03AKB507C003', salb: 'XR03ACS508C003', ambroxol: 'XR05CBA522A001',
  metop: 'XC07ABM503A001', furo: 'XC03CAF503A001', spiro: 'XC03DAL505A001', isdn: 'XC01DAD501A003', oxaliplatin: 'XL01XAA523B002',
  capecit: 'XL01BCK502A001', ondans: 'XA04AAA524B002', dexa: 'XH02ABD515B002', edaravone: 'XN07XXY507B002', kcl: 'XB05XAL512B002',
  oxytocin: 'XH01BBS504B002', paracetKid: 'XN02BED510A010', cefurox: 'XJ01DCT502A001', amox: 'XJ01CAA501A001',
  // consumables
  ivset: 'C14010150100001020350000001', syr: 'C14010150300001156950000001', tape: 'C14010150500001483520000001', cannula: 'C14010150200001215730000001',
  gauze: 'C14020150100001506610000001', delivPack: 'C14070150100001630710000001', suture: 'C11010150200001895120000001',
};
for (const [k, v] of Object.entries(C)) if (!CAT[v]) throw new Error('catalogue row missing ' + k + ' ' + v);

// ---------- providers ----------
const PROV = {
  '220100': { L3: 'H22010011', L2: 'H22010012', L1: 'H22010013', GH2: 'H22010015', PH: 'P22010014' },
  '230100': { L3: 'H23010021', L2: 'H23010024', L1: 'H23010022', GH2: 'H23010025', PH: 'P23010023' },
  '370100': { L3: 'H37010031', L2: 'H37010032', L1: 'H37010033', GH2: 'H37010035', PH: 'P37010034' },
  '510100': { L3: 'H51010041', L2: 'H51010042', L1: 'H51010043', GH2: 'H51010045', PH: 'P51010044' },
};
const REGIONS = Object.keys(PROV);
const LEVEL = { L3: 3, L2: 2, L1: 1, GH2: 2, PH: 1 };
function prov(region, kind, dept, doc) {
  const id = PROV[region][kind];
  return { hospitalId: id, level: LEVEL[kind], department: dept, doctorId: doc || ('D' + id.slice(-2) + String(ri(1, 18)).padStart(2, '0')) };
}

// ---------- dates ----------
const dt = (s) => new Date(s + 'T00:00:00Z');
const fmt = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = dt(s); d.setUTCDate(d.getUTCDate() + n); return fmt(d); };
const diff = (a, b) => Math.round((dt(b) - dt(a)) / 86400000);
const randDate = (from = '2026-01-05', to = '2026-11-20') => add(from, ri(0, diff(from, to)));
const weekday = (s) => dt(s).getUTCDay();
const nextWorkday = (s) => { let x = s; while (weekday(x) === 0) x = add(x, 1); return x; };
// course dates: n sessions, skipping Sundays (and optionally Saturdays)
function course(start, n, opts = {}) { const out = []; let d = start; while (out.length < n) { const w = weekday(d); if (!(w === 0 || (opts.noSat && w === 6))) out.push(d); d = add(d, opts.every || 1); } return out; }

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  memberSeq++;
  const region = o.region || pick(REGIONS);
  const age = o.age != null ? o.age : ri(30, 70);
  const gender = o.gender || (chance(0.5) ? 'F' : 'M');
  const bd = o.birthDate || add(`${2026 - age - 1}-06-01`, ri(0, 364));
  const ageAt = (s) => { const a = dt(s), b = dt(bd); let y = a.getUTCFullYear() - b.getUTCFullYear(); if (a.getUTCMonth() < b.getUTCMonth() || (a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() < b.getUTCDate())) y--; return y; };
  let ins = o.insuranceType || (age < 18 ? 'resident' : age >= 60 ? (chance(0.65) ? 'employee' : 'resident') : (chance(0.6) ? 'employee' : 'resident'));
  const retAge = gender === 'M' ? 60 : 55;
  const contributionYears = ins === 'employee' ? Math.max(1, Math.min(age - 18, age >= retAge ? ri(gender === 'M' ? 31 : 26, 40) : ri(1, Math.max(1, age - 20)))) : 0;
  const retired = ins === 'employee' && ageAt('2026-01-01') >= retAge;
  let enrolledOn = age < 1 ? add(bd, ri(5, 40)) : `${2026 - Math.min(age, ri(3, 20))}-01-01`; if (enrolledOn < add(bd, 30)) enrolledOn = add(bd, ri(20, 60));
  const continuousYears = Math.max(1, 2026 - Number(enrolledOn.slice(0, 4)));
  return {
    insuredId: 'P53' + String(memberSeq).padStart(6, '0'), region, gender, birthDate: bd, retired, insuranceType: ins, ageAt,
    enrollment: {
      enrolledOn, inConcentratedPeriod: true, continuousYears, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false,
      contributionYears, special: age < 1 ? 'newborn' : null,
      ...(o.chronic ? { chronicDiseases: o.chronic } : {}),
    },
    insuredRegion: o.insuredRegion,
  };
}

// ---------- benefits (policies.json figures: deductibles, ratios, caps) ----------
const POL = {
  employee: { inpatient: { d: { 22: [200, 500, 900], 23: [200, 500, 1000], 37: [300, 600, 1000], 51: [200, 500, 1000] }, r: [0.9, 0.85, 0.8], rb: 0.05 },
    outpatient: { d: 1000, r: [0.7, 0.6, 0.5], rb: 0.1, cap: 3000 }, chronic: { d: 0, r: [0.85, 0.85, 0.8], rb: 0.05, cap: 10000 }, pharmacy: { d: 1000, r: [0.6, 0.6, 0.6], rb: 0.1, cap: 3000 } },
  resident: { inpatient: { d: { 22: [200, 500, 1000], 23: [200, 500, 1000], 37: [300, 600, 1000], 51: [200, 600, 1100] }, r: [0.8, 0.7, 0.6], rb: 0 },
    outpatient: { d: 0, r: [0.6, 0.5, 0.5], rb: 0, cap: 400 }, chronic: { d: 0, r: [0.7, 0.65, 0.6], rb: 0, cap: 5000 }, pharmacy: { d: 0, r: [0.5, 0.5, 0.5], rb: 0, cap: 400 } },
};
const ytd = {}; // insuredId -> {opDeductibleUsed, opFund, chronicFund}
function fundFor(m, c, policy) {
  const regionOfPolicy = (c.insuredRegion || c.region).slice(0, 2);
  const p = POL[m.insuranceType][c.visitType]; const lv = c.provider.level - 1;
  const ratio = p.r[lv] + (m.retired ? p.rb : 0);
  const y = ytd[m.insuredId] || (ytd[m.insuredId] = { ded: 0, op: 0, chronic: 0 });
  if (c.visitType === 'inpatient') return r2(Math.max(0, policy - p.d[regionOfPolicy][lv]) * ratio);
  let base = policy;
  if (c.visitType === 'outpatient' || c.visitType === 'pharmacy') {
    const left = Math.max(0, p.d - y.ded); const used = Math.min(left, base); y.ded += used; base -= used;
    let f = r2(base * ratio);
    const cap = (m.insuranceType === 'resident' && regionOfPolicy === '51' && c.visitType === 'outpatient') ? 500 : p.cap;
    f = r2(Math.max(0, Math.min(f, cap - y.op))); y.op = r2(y.op + f); return f;
  }
  let f = r2(base * ratio); f = r2(Math.max(0, Math.min(f, p.cap - y.chronic))); y.chronic = r2(y.chronic + f); return f;
}

// ---------- claims ----------
const claims = []; let claimSeq = 0;
function L(code, date, qty, o = {}) { return { code, date, qty, ...o }; }
function makeClaim(m, o) {
  claimSeq++;
  const pv = o.provider; const date = o.visitType === 'inpatient' ? o.discharge : o.date;
  const c = {
    claimId: `${regionOf(pv.hospitalId)}-${pv.hospitalId}-2026-${String(claimSeq).padStart(6, '0')}`,
    region: regionOf(pv.hospitalId), insuranceType: m.insuranceType, visitType: o.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: m.enrollment, provider: pv,
  };
  if (regionOf(pv.hospitalId) !== m.region) c.insuredRegion = m.region;
  if (o.visitType === 'inpatient') { c.admissionDate = o.admission; c.dischargeDate = o.discharge; c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.dischargeMode || 'ordered'; if (o.transferFrom) c.transferFromHospitalId = o.transferFrom; }
  else c.visitDate = o.date;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (o.visitType === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  let total = 0, self = 0; const marks = {};
  c.items = o.items.map((it, i) => {
    const row = CAT[it.code]; const cap = row.priceCap[String(pv.level)];
    const unitPrice = it.price != null ? it.price : cap; const amount = r2(unitPrice * it.qty);
    total += amount; self += amount * (row.selfPayShare || 0);
    const line = { lineId: String(i + 1), code: row.code, name: row.name, category: row.category, date: it.date, quantity: it.qty, unitPrice, amount };
    if (it.long) line.longPrescription = true;
    if (it.mark) marks[it.mark] = (marks[it.mark] || []).concat(line.lineId);
    return line;
  });
  total = r2(total); const policy = r2(total - self);
  c.amounts = { total, policy, fundClaimed: 0 }; c._m = m;
  c._sort = date + (o.visitType === 'inpatient' ? 'T18' : 'T' + String(o.hour || ri(8, 16)).padStart(2, '0'));
  c._marks = marks;
  claims.push(c); return c;
}
function regionOf(hid) { return hid.slice(1, 7); }

// outpatient visit
function visit(m, pv, date, dx, items, o = {}) {
  const lvl = pv.level; const consult = o.consult || (pv.hospitalId.startsWith('P') ? null : lvl === 1 ? C.gen : o.assoc ? C.opAssoc : C.op);
  const its = []; if (consult) its.push(L(consult, date, 1));
  for (const it of items) its.push(it.date ? it : { ...it, date });
  return makeClaim(m, { provider: pv, visitType: o.visitType || 'outpatient', date, dx, px: o.px, items: its, hour: o.hour });
}
function pharmacy(m, region, date, dx, items, o = {}) {
  const pv = { hospitalId: PROV[region].PH, level: 1, department: 'pharmacy', doctorId: 'D' + PROV[region].PH.slice(-2) + '90' };
  return makeClaim(m, { provider: pv, visitType: 'pharmacy', date, dx, items: items.map(it => ({ ...it, date })), hour: o.hour });
}
// inpatient stay: daily(dayIndex, date) -> items; bed/nursing/consult every night
function stay(m, pv, adm, los, dx, o) {
  const dis = add(adm, los); const its = [];
  for (let i = 0; i < los; i++) {
    const d = add(adm, i); const mk = o.markDay && o.markDay(i) ? o.markDay(i) : undefined;
    its.push(L(C.bed, d, 1, { mark: mk })); its.push(L(o.nursing ? o.nursing(i) : C.n2, d, 1, { mark: mk })); its.push(L(C.ipc, d, 1, { mark: mk }));
    for (const it of (o.daily ? o.daily(i, d) : [])) its.push(it.date ? it : { ...it, date: d });
  }
  for (const it of (o.extra || [])) its.push(it);
  return makeClaim(m, { provider: pv, visitType: 'inpatient', admission: adm, discharge: dis, dx, px: o.px || [], items: its, route: o.route, dischargeMode: o.dischargeMode, transferFrom: o.transferFrom });
}
const admitLabs = (d, o = {}) => [L(C.cbc, d, 1), L(C.urine, d, 1), L(C.lft, d, 1), L(C.rft, d, 1), L(C.lytes, d, 1), L(C.fbg, d, 1), L(C.lipid, d, 1), L(C.coag, d, 1), L(C.ecg, d, 1), ...(o.cxr === false ? [] : [L(C.cxr, d, 1)]), ...(o.infect ? [L(C.infect, d, 1)] : [])];
const ivDay = (d, bottles, o = {}) => [L(C.iv1, d, 1), ...(bottles > 1 ? [L(C.ivAdd, d, bottles - 1)] : []), L(C.ivset, d, 1), L(C.tape, d, 2)];

// ---------- labels ----------
const labels = []; let caseSeq = 0;
function addCase(kind, code, name, cs, targets, mutate) {
  caseSeq++;
  const caseId = `${code}-${String(labels.filter(l => l.code === code).length + 1).padStart(2, '0')}`;
  const mutatedLines = {};
  if (kind === 'fraud') for (const c of targets) { const ls = mutate === 'whole' ? [] : (c._marks.fraud || []); if (ls.length) mutatedLines[c.claimId] = ls; }
  labels.push({ caseId, kind, code, name, claimIds: cs.map(c => c.claimId), targets: targets.map(c => c.claimId), mutatedLines });
}

// ---------- diagnosis pools ----------
const DX = {
  neck: ['M47.201', 'M47.802', 'M54.200', 'M50.201'], low: ['M54.505', 'M54.502', 'M54.503', 'M54.504'], disc: ['M51.202', 'M51.204'],
  discRad: ['M51.100x002+G55.1*', 'M51.101+G55.1*'], shoulder: ['M75.001', 'M75.000x001'], knee: ['M17.000', 'M17.101', 'M17.900x002'],
  strokeSeq: ['I69.300', 'I69.300x003'], palsy: ['G51.000', 'G51.003'], insomnia: ['G47.000x001', 'F51.000'], gastr: ['K29.500', 'K30.x00'],
  meno: ['N95.101'], fatigue: ['R53.x00x002', 'R53.x00x006'], cold: ['J06.900', 'J06.900x001'], htn: ['I10.x00x002', 'I10.x04'],
  chd: ['I25.103', 'I25.102'], t2dm: ['E11.900'], asthma: ['J45.900x023', 'J45.900x001'], rhinitis: ['J30.400', 'J30.300x002'],
  kidDiarr: ['K52.917', 'A09.900x003', 'A09.004'], copd: ['J44.900'],
};
const dx1 = (k) => pick(DX[k]);
const TCM_DEPT = ['tcm', 'acupuncture', 'tuina', 'tcm_rehabilitation'];

// =====================================================================
// FRAUD TYPOLOGIES
// =====================================================================
const T = [];
// T01 分解收费：电针与普通针刺同穴同次分别计费
T.push(['T01', '分解收费：电针与同穴普通针刺同次分别计费（颈腰痛门诊疗程）', (i) => {
  const m = member({ age: ri(28, 66) }); const kind = pick(['L1', 'L2', 'L1']); const pv = prov(m.region, kind, 'acupuncture');
  const neck = chance(0.5); const dx = neck ? dx1('neck') : dx1('low'); const start = randDate('2026-03-05', '2026-10-20');
  const cs = [], tg = [];
  cs.push(pharmacy(m, m.region, add(start, -ri(20, 60)), [dx1('cold')], [L(C.lhqw, null, 24)]));
  const dates = course(start, ri(8, 10));
  dates.forEach((d, k) => {
    const items = [L(C.acu, d, 1), L(C.acu, d, 1, { mark: 'fraud' })];
    if (k === 0) items.push(L(C.spineX, d, 1));
    const c = visit(m, pv, d, [dx], items, { px: [['17.912A0', d], ['17.91100', d]] }); cs.push(c); tg.push(c);
  });
  return [cs, tg];
}]);
// T02 虚记推拿：参保人在外地期间本地国医堂照记推拿
T.push(['T02', '虚记推拿：参保人在异地就医/购药期间，本地国医堂照常结算推拿', (i) => {
  const home = pick(['370100', '220100', '230100']); const away = '510100';
  const m = member({ region: home, age: ri(45, 72), insuranceType: 'employee' }); const pv = prov(home, pick(['L1', 'L1', 'L2']), 'tuina');
  const dx = dx1('neck'); const start = randDate('2026-02-01', '2026-09-30'); const cs = [], tg = [];
  const realDates = course(start, 5, { every: 2 });
  realDates.forEach((d, k) => cs.push(visit(m, pv, d, [dx], [L(C.tuina, d, 1), ...(k === 0 ? [L(C.spineX, d, 1)] : [])], { px: [['17.92110', d]] })));
  const trip = add(realDates[4], ri(3, 5)); // member travels
  const a1 = visit(m, prov(away, pick(['L3', 'L2']), 'internal_medicine'), trip, [pick(['A09.900x003', 'J06.900', 'K29.500'])], [L(C.cbc, trip, 1), L(C.omep, trip, 14)]);
  const a2 = pharmacy(m, away, add(trip, 3), ['J06.900'], [L(C.lhqw, null, 24)]);
  const a3 = visit(m, prov(away, 'L3', 'tcm'), add(trip, 6), [dx1('gastr')], [L(C.yp, add(trip, 6), 7 * 24)]);
  cs.push(a1, a2, a3);
  for (const off of [0, 1, 2, 4, 5, 6]) { if (off !== 0 && off !== 6 && chance(0.3)) continue; const d = add(trip, off); if (weekday(d) === 0) continue; const c = visit(m, pv, d, [dx], [L(C.tuina, d, 1)], { px: [['17.92110', d]] }); cs.push(c); tg.push(c); }
  const back = add(trip, 10); cs.push(visit(m, pv, back, [dx], [L(C.tuina, back, 1)], { px: [['17.92110', back]] }));
  return [cs, tg, 'whole'];
}]);
// T03 串换：三伏贴（自费穴位贴敷）按针灸+推拿结算
const FU = ['2026-07-15', '2026-07-25', '2026-08-14'];
T.push(['T03', '串换：冬病夏治三伏贴（自费穴位贴敷）按针灸、推拿结算', (i) => {
  const kid = i % 3 === 0; const m = member({ age: kid ? ri(5, 12) : ri(35, 72), region: ['370100', '510100', '220100'][i % 3] });
  const pv = prov(m.region, i % 2 ? 'L2' : 'L3', 'tcm', 'D' + PROV[m.region].L3.slice(-2) + '07');
  const dx = kid ? pick(['J45.006', 'J45.005', 'J30.400']) : pick(['J45.900x023', 'J44.900', 'J30.400']);
  const cs = [], tg = [];
  const w = randDate('2026-01-08', '2026-03-20');
  cs.push(visit(m, pv, w, [dx.startsWith('J45') ? 'J45.900x021' : dx.startsWith('J44') ? 'J44.100' : dx], kid ? [L(C.xefr, w, 15), L(C.cbc, w, 1)] : dx.startsWith('J30') ? [L(C.loratadine, w, 14)] : [L(C.budfor, w, 1), L(C.cbc, w, 1), L(C.cxr, w, 1)]));
  for (const d of FU) { const c = visit(m, pv, d, [dx], [L(C.acu, d, 1, { mark: 'fraud' }), L(C.tuina, d, 1, { mark: 'fraud' })], { px: [['17.91100', d], ['17.92250', d]] }); cs.push(c); tg.push(c); }
  return [cs, tg];
}]);
// T04 过度诊疗：轻症每日全套中医治疗
T.push(['T04', '过度诊疗：轻症颈肩腰痛每日针刺+艾灸+推拿+拔罐+透药+运动疗法全套', (i) => {
  const m = member({ age: ri(30, 68) }); const pv = prov(m.region, pick(['L1', 'L2']), 'tcm_rehabilitation');
  const dx = pick([...DX.low, ...DX.shoulder, 'M54.200']); const start = randDate('2026-01-10', '2026-10-20'); const cs = [], tg = [];
  course(start, ri(10, 12)).forEach((d, k) => {
    const items = [L(C.acu, d, 1), L(C.acu, d, 1, { mark: 'fraud' }), L(C.tuina, d, 1, { mark: 'fraud' }), L(C.tuina, d, 1, { mark: 'fraud' }), L(C.bio, d, 1, { mark: 'fraud' }), L(C.pt, d, 1, { mark: 'fraud' })];
    if (k === 0) items.push(L(C.reval, d, 1));
    const c = visit(m, pv, d, [dx], items, { px: [['17.91100', d], ['17.91330', d], ['17.92500', d], ['17.94100', d]] }); cs.push(c); tg.push(c);
  });
  return [cs, tg];
}]);
// T05 中成药跨机构叠加
T.push(['T05', '超量开药：活血化瘀中成药在中医院门特、社区中医馆和药店叠加开取', (i) => {
  const m = member({ age: ri(62, 82), insuranceType: 'employee', chronic: ['I69', 'I10'] }); const pv3 = prov(m.region, 'L3', 'tcm'); const pv1 = prov(m.region, 'L1', 'tcm');
  const start = randDate('2026-01-10', '2026-07-30'); const cs = [], tg = [];
  for (let k = 0; k < 4; k++) { const d = add(start, 28 * k); cs.push(visit(m, pv3, d, ['I69.300', 'I10.x00x002'], [L(C.xst, d, 168), L(C.aspirin, d, 28), L(C.amlo, d, 28)], { visitType: 'chronic', consult: C.chronic })); }
  for (let k = 0; k < 3; k++) {
    const d = add(start, 28 * k + ri(8, 14)); const c = visit(m, pv1, d, ['I69.300'], [L(C.fdds, d, 840, { mark: 'fraud' }), L(C.xst, d, 168, { mark: 'fraud' })]); cs.push(c); tg.push(c);
    const d2 = add(d, ri(5, 9)); const p = pharmacy(m, m.region, d2, ['I69.300'], [L(C.xst, null, 120, { mark: 'fraud' })]); cs.push(p); tg.push(p);
  }
  return [cs, tg];
}]);
// T06 饮片超量
T.push(['T06', '超量开药：中药饮片单剂剂量超出药典用量范围，每周续方', (i) => {
  const m = member({ age: ri(35, 70) }); const pv = prov(m.region, pick(['L2', 'L3']), 'tcm');
  const dx = pick([...DX.gastr, ...DX.insomnia, ...(m.gender === 'F' ? DX.meno : DX.fatigue)]); const start = randDate('2026-01-10', '2026-10-10'); const cs = [], tg = [];
  for (let k = 0; k < 4; k++) {
    const d = add(start, 7 * k + ri(0, 1)); const per = ri(58, 72);
    const items = [L(C.yp, d, 7 * per, { mark: 'fraud' })]; if (k === 0) items.push(L(C.cbc, d, 1), L(C.lft, d, 1), L(C.rft, d, 1));
    const c = visit(m, pv, d, [dx], items, { assoc: pv.level >= 2 && chance(0.5) }); cs.push(c); tg.push(c);
  }
  return [cs, tg];
}]);
// T07 中药注射剂超限定：恢复期按急性期编码使用银杏叶提取物注射液
T.push(['T07', '超限定支付：中风恢复期再入院编为急性脑梗死，使用银杏叶提取物注射液', (i) => {
  const m = member({ age: ri(58, 80) }); const r = m.region; const cs = [], tg = [];
  const a1 = randDate('2026-01-05', '2026-05-30'); const los1 = ri(10, 13);
  cs.push(stay(m, prov(r, 'L3', 'neurology'), a1, los1, ['I63.900', 'I10.x04'], {
    route: 'emergency', nursing: (d) => d < 3 ? C.n1 : C.n2, px: [['17.91100', add(a1, 4)]],
    daily: (d, day) => [...(d === 0 ? [...admitLabs(day), L(C.headCT, day, 1), L(C.headMRI, add(day, 1), 1), L(C.carotid, add(day, 1), 1), L(C.echo, add(day, 2), 1), L(C.hba1c, day, 1)] : []),
      ...(d < 10 ? [L(C.sxtInj, day, 6), L(C.ns, day, 1), ...ivDay(day, 1)] : []), L(C.aspirin, day, 1), L(C.atorva, day, 1), ...(d >= 4 ? [L(C.acu, day, 1)] : [])],
  }));
  const a2 = add(a1, los1 + ri(75, 130)); const los2 = ri(15, 18);
  const c2 = stay(m, prov(r, pick(['L2', 'L3']), 'tcm'), a2, los2, ['I63.900', 'G81.900', 'I10.x04'], {
    px: [['17.91110', add(a2, 1)], ['17.92130', add(a2, 1)]],
    daily: (d, day) => [...(d === 0 ? admitLabs(day) : []), ...(d < 14 ? [L(C.yxyInj, day, 2, { mark: 'fraud' }), L(C.ns, day, 1), ...ivDay(day, 1)] : []),
      L(C.aspirin, day, 1), L(C.atorva, day, 1), L(C.amlo, day, 1), ...(weekday(day) ? [L(C.acu, day, 2), L(C.tuina, day, 1), L(C.pt, day, 1)] : [])],
  });
  cs.push(c2); tg.push(c2);
  return [cs, tg];
}]);
// T08 挂床住院
T.push(['T08', '挂床住院：中医病房腰突症后半程仅计床位护理诊查，其间本人在他处门特取药/药店购药', (i) => {
  const m = member({ age: ri(45, 72), insuranceType: 'employee', chronic: ['E11', 'I10'] }); const r = m.region; const cs = [], tg = [];
  const adm = randDate('2026-01-26', '2026-10-20'); const los = ri(13, 16); const active = ri(5, 7);
  cs.push(visit(m, prov(r, 'L1', 'general'), add(adm, -ri(10, 20)), ['E11.900', 'I10.x00x002'], [L(C.metf, null, 90), L(C.amlo, null, 30)], { visitType: 'chronic', consult: C.chronic }));
  const pv = prov(r, pick(['L2', 'L2', 'L3']), 'tcm');
  const c = stay(m, pv, adm, los, [dx1('disc'), 'E11.900', 'I10.x00x002'], {
    markDay: (d) => d >= active ? 'fraud' : null, px: [['17.91100', add(adm, 1)], ['17.92650', add(adm, 1)]],
    daily: (d, day) => [...(d === 0 ? [...admitLabs(day), L(C.lumbMRI, day, 1)] : []),
      ...(d < active ? [L(C.acu, day, 1), L(C.tuina, day, 1), L(C.bio, day, 1), L(C.celecoxib, day, 2), L(C.metf, day, 3), L(C.amlo, day, 1), ...(d < 3 ? [L(C.mannitol, day, 2), ...ivDay(day, 1)] : [])]
        : (d % 3 === 0 ? [L(C.tuina, day, 1)] : []))],
  });
  cs.push(c); tg.push(c);
  cs.push(visit(m, prov(r, 'L1', 'general'), add(adm, active + ri(2, 4)), ['E11.900', 'I10.x00x002'], [L(C.metf, null, 90), L(C.amlo, null, 30), L(C.fbg, null, 1)], { visitType: 'chronic', consult: C.chronic }));
  cs.push(pharmacy(m, r, add(adm, los - ri(2, 3)), [dx1('cold')], [L(C.lhqw, null, 24), L(C.blg, null, 9)]));
  return [cs, tg];
}]);
// T09 低标准入院：义诊后成批收住膝骨关节炎
const T09day = {};
T.push(['T09', '低标准入院：社区义诊后成批收治轻度膝骨关节炎，住院只做门诊可完成的针灸推拿透药', (i) => {
  const grp = Math.floor(i / 5); const region = ['370100', '230100', '220100'][grp];
  const adm = T09day[grp] || (T09day[grp] = randDate('2026-05-05', '2026-10-15'));
  const m = member({ region, age: ri(62, 76), insuranceType: 'resident' }); const cs = [], tg = [];
  cs.push(visit(m, prov(region, 'L1', 'general'), add(adm, -ri(40, 120)), ['M17.900x002'], [L(C.diclo, null, 14)]));
  const pv = prov(region, 'L2', 'tcm', 'D' + PROV[region].L2.slice(-2) + '03');
  const c = stay(m, pv, adm, 8, [pick(['M17.000', 'M17.900x003']), ...(chance(0.5) ? ['I10.x00x002'] : [])], {
    px: [['17.91100', add(adm, 1)], ['17.92690', add(adm, 1)]],
    daily: (d, day) => [...(d === 0 ? [...admitLabs(day, { cxr: false }), L(C.limbX, day, 1)] : []), L(C.acu, day, 1), L(C.tuina, day, 1), L(C.bio, day, 1), L(C.celecoxib, day, 2)],
  });
  cs.push(c); tg.push(c);
  return [cs, tg, 'whole'];
}]);
// T10 膏方串换
T.push(['T10', '串换：冬令膏方（阿胶、参茸、加工费，自费）按医保饮片和中成药结算', (i) => {
  const m = member({ age: ri(58, 76), insuranceType: 'employee' }); const pv = prov(m.region, 'L3', 'tcm'); const cs = [], tg = [];
  const dx = pick([...DX.insomnia, ...DX.gastr, ...DX.fatigue]);
  const d0 = i % 2 ? randDate('2026-01-20', '2026-01-31') : randDate('2026-11-02', '2026-11-06');
  cs.push(visit(m, pv, add(d0, -ri(7, 16)), [dx], [L(C.yp, null, 7 * 24)], { assoc: true }));
  const c = visit(m, pv, d0, [dx], [L(C.yp, d0, 45 * 24, { mark: 'fraud' }), L(C.xst, d0, ri(360, 540), { mark: 'fraud' }), L(C.fdds, d0, ri(900, 1350), { mark: 'fraud' })], { consult: C.opChief });
  cs.push(c); tg.push(c);
  const d1 = add(d0, ri(18, 24)); cs.push(visit(m, pv, d1, [dx], [L(C.yp, d1, 7 * 24)], { assoc: true }));
  return [cs, tg];
}]);
// T11 贵细药材礼盒
const T11 = { '230100': '2026-09-18', '220100': '2026-02-09' };
T.push(['T11', '串换：节前药店贵细药材礼盒（冬虫夏草、西洋参）刷多人医保卡按饮片/中成药结算', (i) => {
  const region = i < 8 ? '230100' : '220100'; const m = member({ region, age: ri(40, 75), insuranceType: 'employee' }); const cs = [], tg = [];
  cs.push(visit(m, prov(region, pick(['L1', 'L2']), 'general'), randDate('2026-03-01', '2026-06-30'), [dx1('cold')], [L(C.lhqw, null, 24)]));
  const d = add(T11[region], ri(0, 6));
  const p = pharmacy(m, region, d, [pick(DX.fatigue)], [L(C.yp, null, 100 * 24, { mark: 'fraud' }), L(C.xst, null, 480, { mark: 'fraud' })]); cs.push(p); tg.push(p);
  return [cs, tg];
}]);
// T12 养老院代取：长处方提前续方
const T12 = {};
T.push(['T12', '倒卖药品：养老院代取人持多张卡同日同医生续开12周中成药长处方，每6周一次', (i) => {
  const grp = Math.floor(i / 5); const region = ['510100', '370100', '220100'][grp]; const d0 = T12[grp] || (T12[grp] = randDate('2026-01-12', '2026-05-30'));
  const m = member({ region, age: ri(75, 90), chronic: ['I69', 'I10'] }); const pv = prov(region, 'L2', 'tcm', 'D' + PROV[region].L2.slice(-2) + '11'); const cs = [], tg = [];
  for (let k = 0; k < 4; k++) {
    const d = add(d0, 42 * k); const mk = k > 0 ? 'fraud' : null;
    const c = visit(m, pv, d, ['I69.300', 'I10.x00x002'], [L(C.xst, d, 504, { long: true, mark: mk }), L(C.fdds, d, 2520, { long: true, mark: mk }), L(C.aspirin, d, 84, { long: true }), L(C.amlo, d, 84, { long: true })], { visitType: 'chronic', consult: C.chronic, hour: 9 });
    cs.push(c); if (k > 0) tg.push(c);
  }
  return [cs, tg];
}]);
// T13 拆单超频次
T.push(['T13', '超频次：同一日上午、下午分两次挂号结算，针灸推拿每日计两遍', (i) => {
  const m = member({ age: ri(25, 65) }); const pv = prov(m.region, pick(['L1', 'L2']), 'acupuncture'); const cs = [], tg = [];
  const palsy = chance(0.5); const dx = palsy ? dx1('palsy') : dx1('low'); const start = randDate('2026-01-10', '2026-10-20');
  const pxA = palsy ? '17.92280' : '17.92640';
  course(start, ri(6, 8)).forEach((d, k) => {
    cs.push(visit(m, pv, d, [dx], [L(C.acu, d, 2), L(C.tuina, d, 1), ...(k === 0 && palsy ? [L(C.pred, d, 12), L(C.vitB, d, 30)] : [])], { hour: 9, px: [['17.91100', d], [pxA, d]] }));
    const c = visit(m, pv, d, [dx], [L(C.acu, d, 2, { mark: 'fraud' }), L(C.tuina, d, 1, { mark: 'fraud' })], { hour: 15, px: [['17.912A0', d], [pxA, d]] }); cs.push(c); tg.push(c);
  });
  return [cs, tg];
}]);
// T14 冒名：婴儿推拿记在母亲卡上
T.push(['T14', '冒名就医：未参保婴儿的小儿推拿疗程记在产后母亲的医保卡上（改编成人诊断）', (i) => {
  const m = member({ age: ri(24, 35), gender: 'F', insuranceType: 'employee' }); const r = m.region; const cs = [], tg = [];
  const adm = randDate('2026-01-05', '2026-06-30');
  cs.push(stay(m, prov(r, pick(['L2', 'L3']), 'obstetrics'), adm, ri(2, 3), ['O80.000', 'Z37.000'].slice(0, 1), {
    px: [['73.5900', adm]], daily: (d, day) => d === 0 ? [...admitLabs(day, { cxr: false }), L(C.delivery, day, 1), L(C.delivPack, day, 1), L(C.oxytocin, day, 2), L(C.suture, day, 1)] : [L(C.cbc, day, 1)],
  }));
  const start = add(adm, ri(60, 150)); const pv = prov(r, pick(['L1', 'L2']), 'tcm_pediatrics');
  const diarr = chance(0.6);
  course(start, ri(5, 7)).forEach((d, k) => {
    const c = visit(m, pv, d, [diarr ? 'K52.904' : 'R63.000'], [L(C.tuina, d, 1), ...(k === 0 && diarr ? [L(C.smectite, d, 6), L(C.stool, d, 1)] : [])], { px: [[diarr ? '17.92730' : '17.92750', d]] });
    cs.push(c); tg.push(c);
  });
  return [cs, tg, 'whole'];
}]);
// T15 日间病房疗程与门诊重复结算
T.push(['T15', '重复结算：中医日间病房按病种疗程结算后，同日针灸推拿又按门诊结算', (i) => {
  const m = member({ age: ri(35, 70) }); const r = m.region; const kind = pick(['L2', 'L3']); const cs = [], tg = [];
  const adm = randDate('2026-01-10', '2026-10-20'); const los = ri(9, 11);
  cs.push(visit(m, prov(r, kind, 'tcm'), add(adm, -ri(2, 6)), [dx1('disc')], [L(C.lumbMRI, null, 1), L(C.celecoxib, null, 14)]));
  cs.push(stay(m, prov(r, kind, 'tcm_day_ward'), adm, los, [dx1('disc')], {
    nursing: () => C.n3, px: [['17.91100', adm], ['17.92650', adm]],
    daily: (d, day) => [...(d === 0 ? [L(C.cbc, day, 1), L(C.coag, day, 1)] : []), ...(weekday(day) ? [L(C.acu, day, 1), L(C.tuina, day, 1), L(C.bio, day, 1)] : [])],
  }));
  const pv = prov(r, kind, 'acupuncture'); const ds = course(add(adm, 1), los - 1).filter(d => d < add(adm, los)).filter(() => chance(0.6)).slice(0, 6);
  for (const d of (ds.length ? ds : [add(adm, 2)])) { const c = visit(m, pv, d, [dx1('disc')], [L(C.acu, d, 1, { mark: 'fraud' }), L(C.tuina, d, 1, { mark: 'fraud' })], { px: [['17.91100', d]] }); cs.push(c); tg.push(c); }
  return [cs, tg];
}]);

// =====================================================================
// CONTROLS
// =====================================================================
const K = [];
K.push(['C01', '中风后偏瘫针灸疗程：头针+体针+推拿每次，4周16–20次（门诊）', (i) => {
  const m = member({ age: ri(55, 82) }); const pv = prov(m.region, 'L3', 'acupuncture'); const start = randDate('2026-01-10', '2026-09-30');
  return course(start, ri(16, 20), { noSat: true }).map((d, k) => visit(m, pv, d, ['I69.300x003', 'G81.900'], [L(C.acu, d, 1), L(C.acu, d, 1), L(C.tuina, d, 1), ...(k === 0 ? [L(C.reval, d, 1)] : [])], { px: [['17.91110', d], ['17.91100', d], ['17.92130', d]] }));
}]);
K.push(['C02', '重症大剂量饮片：肺癌/类风湿关节炎饮片每14天14剂，药典上限内', (i) => {
  const m = member({ age: ri(45, 78) }); const pv = prov(m.region, 'L3', 'tcm'); const ca = chance(0.5); const dx = ca ? ['C34.900x001', 'Z51.500x002'] : ['M06.900'];
  const start = randDate('2026-01-10', '2026-08-30');
  return [0, 1, 2, 3].map(k => { const d = add(start, 14 * k); return visit(m, pv, d, dx, [L(C.yp, d, 14 * 24), ...(k === 0 ? [L(C.cbc, d, 1), L(C.lft, d, 1), L(C.rft, d, 1), ...(ca ? [] : [L(C.crp, d, 1)])] : [])], { assoc: true }); });
}]);
K.push(['C03', '中风恢复期住院4周：每日针灸、推拿、运动/作业/言语训练', (i) => {
  const m = member({ age: ri(55, 82) }); const los = ri(26, 30); const adm = randDate('2026-01-05', '2026-10-01');
  const aph = chance(0.5);
  return [stay(m, prov(m.region, pick(['L3', 'L2']), 'tcm_rehabilitation'), adm, los, ['I69.300x003', 'G81.900', 'I10.x04', ...(aph ? ['R47.000'] : [])], {
    route: chance(0.5) ? 'transfer' : 'outpatient', transferFrom: undefined,
    px: [['17.91110', add(adm, 1)], ['17.92130', add(adm, 1)], ['93.1100', add(adm, 1)], ['93.8301', add(adm, 1)]],
    daily: (d, day) => [...(d === 0 ? [...admitLabs(day), L(C.reval, day, 1), L(C.headCT, day, 1)] : []), ...(d === 14 ? [L(C.reval, day, 1), L(C.cbc, day, 1), L(C.lytes, day, 1), L(C.lft, day, 1)] : []),
      L(C.aspirin, day, 1), L(C.atorva, day, 1), L(C.amlo, day, 1), L(C.xst, day, 6),
      ...(weekday(day) ? [L(C.acu, day, 2), L(C.tuina, day, 1), L(C.pt, day, 1), L(C.ot, day, 1), ...(aph ? [L(C.speech, day, 1)] : [])] : [])],
  })];
}]);
// fix transferFrom when route transfer
K.push(['C04', '幼儿腹泻小儿推拿疗程：4–6次，首诊大便常规与蒙脱石散', (i) => {
  const m = member({ age: ri(1, 3), insuranceType: 'resident' }); const pv = prov(m.region, pick(['L2', 'L3']), 'tcm_pediatrics'); const start = randDate('2026-01-10', '2026-11-01');
  return course(start, ri(4, 6)).map((d, k) => visit(m, pv, d, [dx1('kidDiarr')], [L(C.tuina, d, 1), ...(k === 0 ? [L(C.stool, d, 1), L(C.smectite, d, 9), L(C.probio, d, 12)] : [])], { px: [['17.92730', d]] }));
}]);
K.push(['C05', '膏方自费：冬令膏方门诊，阿胶按丙类全自费，仅诊察费由统筹支付', (i) => {
  const m = member({ age: ri(50, 75), insuranceType: 'employee' }); const pv = prov(m.region, 'L3', 'tcm'); const d0 = i % 2 ? randDate('2026-01-05', '2026-01-25') : randDate('2026-11-01', '2026-11-05');
  const dx = pick([...DX.insomnia, ...DX.fatigue]);
  return [visit(m, pv, d0, [dx], [L(C.ejiao, d0, ri(2, 3))], { consult: C.opChief }), visit(m, pv, add(d0, ri(18, 24)), [dx], [L(C.yp, null, 7 * 24)], { assoc: true })];
}]);
K.push(['C06', '急性脑梗死三级医院中药注射剂：疏血通注射液≤14天，MRI证实', (i) => {
  const m = member({ age: ri(55, 85) }); const adm = randDate('2026-01-05', '2026-11-01'); const los = ri(10, 14);
  return [stay(m, prov(m.region, 'L3', pick(['neurology', 'tcm_encephalopathy'])), adm, los, [pick(['I63.900', 'I63.501', 'I63.906']), 'I10.x04'], {
    route: 'emergency', nursing: (d) => d < 3 ? C.n1 : C.n2, px: [['17.91100', add(adm, 3)]],
    daily: (d, day) => [...(d === 0 ? [...admitLabs(day), L(C.headCT, day, 1), L(C.hba1c, day, 1)] : []), ...(d === 1 ? [L(C.headMRI, day, 1), L(C.carotid, day, 1), L(C.echo, day, 1)] : []),
      ...(d < Math.min(los, 13) ? [L(C.sxtInj, day, 6), L(C.ns, day, 1), ...ivDay(day, 1)] : []), L(C.aspirin, day, 1), L(C.clop, day, 1), L(C.atorva, day, 1), ...(d >= 3 ? [L(C.acu, day, 1)] : [])],
  })];
}]);
K.push(['C07', '腰椎间盘突出电针疗程：每次只计一次针灸加推拿，10次', (i) => {
  const m = member({ age: ri(30, 65) }); const pv = prov(m.region, pick(['L2', 'L3']), 'acupuncture'); const start = randDate('2026-01-10', '2026-10-20'); const dx = dx1('disc');
  return course(start, 10).map((d, k) => visit(m, pv, d, [dx], [L(C.acu, d, 1), L(C.tuina, d, 1), ...(k === 0 ? [L(C.lumbMRI, d, 1), L(C.celecoxib, d, 14)] : [])], { px: [['17.912A0', d], ['17.92650', d]] }));
}]);
K.push(['C08', '出差参保人：本地推拿疗程结束一周后在外地就医（日期不重叠）', (i) => {
  const home = pick(['370100', '220100', '230100']); const m = member({ region: home, age: ri(40, 70), insuranceType: 'employee' }); const pv = prov(home, pick(['L1', 'L2']), 'tuina');
  const start = randDate('2026-02-01', '2026-09-15'); const ds = course(start, 8, { every: 2 }); const dx = dx1('neck');
  const cs = ds.map((d, k) => visit(m, pv, d, [dx], [L(C.tuina, d, 1), ...(k === 0 ? [L(C.spineX, d, 1)] : [])], { px: [['17.92110', d]] }));
  const trip = add(ds[ds.length - 1], ri(6, 10));
  cs.push(visit(m, prov('510100', 'L3', 'internal_medicine'), trip, [pick(['A09.900x003', 'J06.900'])], [L(C.cbc, trip, 1), L(C.omep, trip, 14)]));
  cs.push(pharmacy(m, '510100', add(trip, 2), ['J06.900'], [L(C.lhqw, null, 24)]));
  return cs;
}]);
K.push(['C09', '过敏性鼻炎/哮喘夏季针灸疗程：非固定伏日，6–8次，配抗组胺药或吸入剂', (i) => {
  const kid = i % 3 === 0; const m = member({ age: kid ? ri(6, 12) : ri(25, 60) }); const pv = prov(m.region, pick(['L2', 'L3']), 'acupuncture');
  const start = randDate('2026-06-20', '2026-08-10'); const dx = kid ? 'J45.005' : pick(['J30.400', 'J30.300x002', 'J45.900x001']);
  return course(start, ri(6, 8), { every: 2 }).map((d, k) => visit(m, pv, d, [dx], [L(C.acu, d, 1), ...(k === 0 ? (dx.startsWith('J45') ? [L(C.salb, d, 1)] : [L(C.loratadine, d, 14)]) : [])], { px: [['17.91100', d]] }));
}]);
K.push(['C10', '重度腰突症伴神经根病门诊综合治疗：针灸+推拿+透药+运动疗法2周', (i) => {
  const m = member({ age: ri(30, 65) }); const pv = prov(m.region, pick(['L2', 'L3']), 'tcm_rehabilitation'); const start = randDate('2026-01-10', '2026-10-20'); const dx = dx1('discRad');
  return course(start, ri(10, 12)).map((d, k) => visit(m, pv, d, [dx], [L(C.acu, d, 1), L(C.tuina, d, 1), L(C.bio, d, 1), L(C.pt, d, 1), ...(k === 0 ? [L(C.lumbMRI, d, 1), L(C.reval, d, 1), L(C.celecoxib, d, 14)] : [])], { px: [['17.91100', d], ['17.92650', d]] }));
}]);
K.push(['C11', '门诊慢特病中成药：一家中医院按28天续开血塞通，另在药店购六味地黄丸', (i) => {
  const m = member({ age: ri(62, 82), insuranceType: 'employee', chronic: ['I69', 'I10'] }); const pv = prov(m.region, 'L3', 'tcm'); const start = randDate('2026-01-10', '2026-07-30');
  const cs = [0, 1, 2, 3].map(k => { const d = add(start, 28 * k + ri(-1, 1)); return visit(m, pv, d, ['I69.300', 'I10.x00x002'], [L(C.xst, d, 168), L(C.aspirin, d, 28), L(C.amlo, d, 28)], { visitType: 'chronic', consult: C.chronic }); });
  cs.push(pharmacy(m, m.region, add(start, ri(30, 50)), [pick(DX.fatigue)], [L(C.yp, null, 30 * 24)]));
  return cs;
}]);
K.push(['C12', '药店每月自购中成药：冠心病参保人复方丹参滴丸30天量，连续三月', (i) => {
  const m = member({ age: ri(55, 80), insuranceType: 'employee' }); const start = randDate('2026-01-10', '2026-08-30');
  return [0, 1, 2].map(k => pharmacy(m, m.region, add(start, 30 * k + ri(-2, 2)), [dx1('chd')], [L(C.fdds, null, 900)]));
}]);
K.push(['C13', '复发性急性脑梗死：首发4–5个月后新发梗死，MRI证实，银杏叶提取物注射液≤14天', (i) => {
  const m = member({ age: ri(60, 82) }); const r = m.region; const a1 = randDate('2026-01-05', '2026-05-15'); const los1 = ri(10, 12);
  const c1 = stay(m, prov(r, 'L3', 'neurology'), a1, los1, ['I63.900', 'I10.x04'], { route: 'emergency', nursing: (d) => d < 3 ? C.n1 : C.n2,
    daily: (d, day) => [...(d === 0 ? [...admitLabs(day), L(C.headCT, day, 1), L(C.headMRI, add(day, 1), 1), L(C.carotid, add(day, 1), 1), L(C.hba1c, day, 1)] : []), ...(d < 10 ? [L(C.sxtInj, day, 6), L(C.ns, day, 1), ...ivDay(day, 1)] : []), L(C.aspirin, day, 1), L(C.atorva, day, 1)] });
  const a2 = add(a1, los1 + ri(110, 150)); const los2 = ri(12, 14);
  const c2 = stay(m, prov(r, 'L3', 'tcm_encephalopathy'), a2, los2, [pick(['I63.906', 'I63.501']), 'I69.300', 'I10.x04'], { route: 'emergency', nursing: (d) => d < 3 ? C.n1 : C.n2, px: [['17.91110', add(a2, 3)]],
    daily: (d, day) => [...(d === 0 ? [...admitLabs(day), L(C.headCT, day, 1), L(C.hba1c, day, 1)] : []), ...(d === 1 ? [L(C.headMRI, day, 1), L(C.carotid, day, 1)] : []), ...(d < Math.min(los2, 12) ? [L(C.yxyInj, day, 2), L(C.ns, day, 1), ...ivDay(day, 1)] : []), L(C.aspirin, day, 1), L(C.clop, day, 1), L(C.atorva, day, 1), ...(d >= 3 ? [L(C.acu, day, 1)] : [])] });
  return [c1, c2];
}]);
K.push(['C14', '腰突症中医病房16–20天全程每日治疗，入院前与出院后门特续药', (i) => {
  const m = member({ age: ri(45, 72), insuranceType: 'employee', chronic: ['E11', 'I10'] }); const r = m.region; const adm = randDate('2026-01-10', '2026-10-15'); const los = ri(16, 20);
  const cs = [visit(m, prov(r, 'L1', 'general'), add(adm, -2), ['E11.900', 'I10.x00x002'], [L(C.metf, null, 90), L(C.amlo, null, 30)], { visitType: 'chronic', consult: C.chronic })];
  cs.push(stay(m, prov(r, pick(['L2', 'L3']), 'tcm'), adm, los, [dx1('discRad'), 'E11.900', 'I10.x00x002'], { px: [['17.91100', add(adm, 1)], ['17.92650', add(adm, 1)]],
    daily: (d, day) => [...(d === 0 ? [...admitLabs(day), L(C.lumbMRI, day, 1)] : []), ...(d === 10 ? [L(C.fbg, day, 1), L(C.cbc, day, 1)] : []), ...(d < 5 ? [L(C.mannitol, day, 2), L(C.dexa, day, 1), ...ivDay(day, 2)] : []),
      L(C.celecoxib, day, 2), L(C.metf, day, 3), L(C.amlo, day, 1), L(C.bg, day, 2), ...(weekday(day) ? [L(C.acu, day, 1), L(C.tuina, day, 1), L(C.bio, day, 1)] : [L(C.acu, day, 1)])] }));
  cs.push(visit(m, prov(r, 'L1', 'general'), add(adm, los + 3), ['E11.900', 'I10.x00x002'], [L(C.metf, null, 90), L(C.amlo, null, 30), L(C.hba1c, null, 1)], { visitType: 'chronic', consult: C.chronic }));
  return cs;
}]);
K.push(['C15', '高龄重度双膝骨关节炎（行走不能、积液）入住中医院12天，MRI与综合治疗', (i) => {
  const m = member({ age: ri(78, 90) }); const adm = randDate('2026-01-10', '2026-10-20');
  return [stay(m, prov(m.region, pick(['L2', 'L3']), 'tcm_orthopaedics'), adm, 12, ['M17.000', 'I10.x04', pick(['E11.900', 'I25.103'])], { nursing: (d) => d < 4 ? C.n1 : C.n2, px: [['17.91350', add(adm, 1)], ['17.92690', add(adm, 1)]],
    daily: (d, day) => [...(d === 0 ? [...admitLabs(day), L(C.limbX, day, 2), L(C.crp, day, 1)] : []), ...(d === 1 ? [L(C.kneeMRI, day, 1), L(C.dd, day, 1), L(C.echo, day, 1)] : []), ...(d === 7 ? [L(C.cbc, day, 1), L(C.rft, day, 1)] : []),
      L(C.celecoxib, day, 2), L(C.amlo, day, 1), L(C.omep, day, 1), ...(weekday(day) ? [L(C.acu, day, 1), L(C.tuina, day, 1), L(C.bio, day, 1), L(C.pt, day, 1)] : [])] })];
}]);
K.push(['C16', '一家三代同日在国医堂就诊：祖辈针灸颈椎病、父母推拿腰痛、孩子推拿厌食，各用本人医保卡', (i) => {
  const region = pick(REGIONS); const pv = (dept) => prov(region, 'L1', dept); const d0 = randDate('2026-01-10', '2026-10-20');
  const g = member({ region, age: ri(62, 80) }); const p = member({ region, age: ri(32, 45) }); const k = member({ region, age: ri(3, 8), insuranceType: 'resident' });
  const cs = [];
  for (const d of [d0, add(d0, 7)]) {
    cs.push(visit(g, pv('acupuncture'), d, [dx1('neck')], [L(C.acu, d, 1)], { px: [['17.91100', d]] }));
    cs.push(visit(p, pv('tuina'), d, [dx1('low')], [L(C.tuina, d, 1)], { px: [['17.92640', d]] }));
    cs.push(visit(k, pv('tcm_pediatrics'), d, ['R63.000'], [L(C.tuina, d, 1)], { px: [['17.92790', d]] }));
  }
  return cs;
}]);
K.push(['C17', '养老院老人门特12周长处方按期续开（每84天），护工代取', (i) => {
  const m = member({ age: ri(75, 92), chronic: ['I69', 'I10'] }); const region = m.region; const pv = prov(region, 'L2', 'tcm'); const d0 = randDate('2026-01-12', '2026-04-30');
  return [0, 1, 2].map(k => { const d = add(d0, 84 * k + ri(-3, 0)); return visit(m, pv, d, ['I69.300', 'I10.x00x002'], [L(C.xst, d, 504, { long: true }), L(C.aspirin, d, 84, { long: true }), L(C.amlo, d, 84, { long: true })], { visitType: 'chronic', consult: C.chronic }); });
}]);
K.push(['C18', '同日两科：上午针灸科颈椎病，下午内分泌门特糖尿病取药', (i) => {
  const m = member({ age: ri(50, 75), insuranceType: 'employee', chronic: ['E11'] }); const r = m.region; const lv = pick(['L2', 'L3']); const d0 = randDate('2026-01-10', '2026-09-30');
  const cs = [];
  for (const d of [d0, add(d0, ri(28, 35))]) {
    cs.push(visit(m, prov(r, lv, 'acupuncture'), d, [dx1('neck')], [L(C.acu, d, 1)], { hour: 9, px: [['17.91100', d]] }));
    cs.push(visit(m, prov(r, lv, 'endocrinology'), d, ['E11.900'], [L(C.metf, d, 90), L(C.glim, d, 30), L(C.fbg, d, 1)], { hour: 15, visitType: 'chronic', consult: C.chronic }));
  }
  return cs;
}]);
K.push(['C19', '产后母婴各用本人卡：母亲产后缺乳揉抓排乳，婴儿（新生儿参保）小儿推拿', (i) => {
  const m = member({ age: ri(24, 36), gender: 'F', insuranceType: 'employee' }); const r = m.region; const adm = randDate('2026-01-05', '2026-07-10');
  const cs = [stay(m, prov(r, pick(['L2', 'L3']), 'obstetrics'), adm, ri(2, 3), ['O80.000'], { px: [['73.5900', adm]],
    daily: (d, day) => d === 0 ? [...admitLabs(day, { cxr: false }), L(C.delivery, day, 1), L(C.delivPack, day, 1), L(C.oxytocin, day, 2), L(C.suture, day, 1)] : [L(C.cbc, day, 1)] })];
  const pvW = prov(r, 'L2', 'tcm_gynaecology');
  for (const d of course(add(adm, ri(7, 14)), 3, { every: 2 })) cs.push(visit(m, pvW, d, ['O92.400'], [L(C.tuina, d, 1)], { px: [['17.92010', d]] }));
  const baby = member({ region: r, age: 0, birthDate: adm, insuranceType: 'resident' });
  baby.enrollment.enrolledOn = add(adm, ri(10, 30)); baby.enrollment.continuousYears = 1; baby.enrollment.special = 'newborn';
  for (const d of course(add(adm, ri(60, 120)), ri(4, 5))) cs.push(visit(baby, prov(r, pick(['L2', 'L3']), 'tcm_pediatrics'), d, [pick(['K52.917', 'R10.400x004'])], [L(C.tuina, d, 1)], { px: [['17.92730', d]] }));
  return cs;
}]);
K.push(['C20', '中医日间病房疗程一次结算，出院后门诊复诊（日期不重叠）', (i) => {
  const m = member({ age: ri(35, 70) }); const r = m.region; const kind = pick(['L2', 'L3']); const adm = randDate('2026-01-10', '2026-10-20'); const los = ri(9, 11);
  const cs = [visit(m, prov(r, kind, 'tcm'), add(adm, -ri(2, 6)), [dx1('disc')], [L(C.lumbMRI, null, 1), L(C.celecoxib, null, 14)])];
  cs.push(stay(m, prov(r, kind, 'tcm_day_ward'), adm, los, [dx1('disc')], { nursing: () => C.n3, px: [['17.91100', adm], ['17.92650', adm]],
    daily: (d, day) => [...(d === 0 ? [L(C.cbc, day, 1), L(C.coag, day, 1)] : []), ...(weekday(day) ? [L(C.acu, day, 1), L(C.tuina, day, 1), L(C.bio, day, 1)] : [])] }));
  for (const d of [add(adm, los + ri(5, 8)), add(adm, los + ri(18, 25))]) cs.push(visit(m, prov(r, kind, 'acupuncture'), d, [dx1('disc')], [L(C.acu, d, 1)], { px: [['17.91100', d]] }));
  return cs;
}]);
K.push(['C21', '小儿厌食/疳积：捏脊推拿疗程加每周饮片', (i) => {
  const m = member({ age: ri(3, 9), insuranceType: 'resident' }); const pv = prov(m.region, pick(['L2', 'L3']), 'tcm_pediatrics'); const start = randDate('2026-01-10', '2026-10-20');
  return course(start, ri(6, 8), { every: 2 }).map((d, k) => visit(m, pv, d, ['R63.000'], [L(C.tuina, d, 1), ...(k % 3 === 0 ? [L(C.yp, d, 7 * 12)] : [])], { px: [['17.92750', d]] }));
}]);
K.push(['C22', '90岁以上冠心病心衰中医病房：参麦注射液≤10天，利尿与监测', (i) => {
  const m = member({ age: ri(90, 99) }); const adm = randDate('2026-01-05', '2026-11-10'); const los = ri(10, 14);
  return [stay(m, prov(m.region, 'L3', 'tcm_cardiology'), adm, los, ['I25.103', 'I50.900x008', 'I10.x04'], { route: 'emergency', nursing: (d) => d < 4 ? C.n1 : C.n2,
    daily: (d, day) => [...(d === 0 ? [...admitLabs(day), L(C.bnp, day, 1), L(C.echo, day, 1)] : []), ...(d === 5 ? [L(C.lytes, day, 1), L(C.rft, day, 1), L(C.bnp, day, 1)] : []),
      ...(d < 10 ? [L(C.smInj, day, 4), L(C.gs, day, 1), ...ivDay(day, 1)] : []), L(C.furo, day, 1), L(C.spiro, day, 1), L(C.metop, day, 2), L(C.isdn, day, 1), L(C.aspirin, day, 1), L(C.atorva, day, 1)] })];
}]);
K.push(['C23', '中西医结合医院化疗周期伴参麦注射液（化疗增效减毒，限定内）', (i) => {
  const m = member({ age: ri(45, 75) }); const ca = pick(['C16.900', 'C34.900x001']); const a1 = randDate('2026-01-05', '2026-09-30'); const pv = prov(m.region, 'L3', 'oncology');
  return [0, 21].map(off => { const adm = add(a1, off); return stay(m, pv, adm, 3, ['Z51.102', ca], { px: [['99.2500', add(adm, 1)]],
    daily: (d, day) => [...(d === 0 ? [L(C.cbc, day, 1), L(C.lft, day, 1), L(C.rft, day, 1), L(C.ecg, day, 1)] : []), ...(d === 1 ? [L(C.oxaliplatin, day, 4), L(C.ondans, day, 2), L(C.dexa, day, 1), L(C.gs, day, 2), ...ivDay(day, 3)] : []),
      L(C.smInj, day, 4), L(C.gs, day, 1), ...(d !== 1 ? ivDay(day, 1) : []), ...(d === 1 ? [L(C.capecit, day, 112)] : [])] }); });
}]);
K.push(['C24', '糖尿病门特在中医院：二甲双胍+六味地黄丸，周围神经病针灸疗程', (i) => {
  const m = member({ age: ri(52, 78), insuranceType: 'employee', chronic: ['E11'] }); const pv = prov(m.region, pick(['L2', 'L3']), 'tcm_endocrinology'); const start = randDate('2026-01-10', '2026-08-30');
  const cs = [0, 1, 2].map(k => { const d = add(start, 30 * k); return visit(m, pv, d, ['E11.400x024+G63.2*'], [L(C.metf, d, 90), L(C.yp, d, 30 * 24), L(C.vitB, d, 90), ...(k === 0 ? [L(C.hba1c, d, 1), L(C.fbg, d, 1)] : [])], { visitType: 'chronic', consult: C.chronic }); });
  for (const d of course(add(start, 3), ri(6, 8), { every: 2 })) cs.push(visit(m, prov(m.region, pv.level === 3 ? 'L3' : 'L2', 'acupuncture'), d, ['E11.400x024+G63.2*'], [L(C.acu, d, 1)], { px: [['17.91100', d]] }));
  return cs;
}]);

// =====================================================================
// ROUTINE
// =====================================================================
function routine(n) {
  const out = []; let made = 0;
  const kinds = [
    (m, d) => visit(m, prov(m.region, pick(['L1', 'L2', 'L3']), 'acupuncture'), d, [dx1('neck')], [L(C.acu, d, 1)], { px: [['17.91100', d]] }),
    (m, d) => visit(m, prov(m.region, pick(['L1', 'L2']), 'tuina'), d, [dx1('low')], [L(C.tuina, d, 1)], { px: [['17.92640', d]] }),
    (m, d) => pharmacy(m, m.region, d, [dx1('cold')], [L(C.lhqw, null, 24), L(C.blg, null, 9)]),
    (m, d) => visit(m, prov(m.region, pick(['L2', 'L3']), 'tcm'), d, [dx1('gastr')], [L(C.yp, d, 7 * 24), L(C.omep, d, 14)]),
    (m, d) => visit(m, prov(m.region, pick(['L1', 'L2']), 'tcm'), d, [dx1('insomnia')], [L(C.yp, d, 7 * 24)]),
    (m, d) => visit(m, prov(m.region, pick(['L1', 'L2', 'L3']), 'general'), d, [dx1('htn')], [L(C.amlo, d, 30)], { visitType: 'chronic', consult: C.chronic }),
    (m, d) => pharmacy(m, m.region, d, [dx1('chd')], [L(C.fdds, null, 900)]),
    (m, d) => visit(m, prov(m.region, pick(['L2', 'L3']), 'tcm'), d, [dx1('cold')], [L(C.lhqw, d, 24), L(C.cbc, d, 1)]),
  ];
  const kidKinds = [
    (m, d) => visit(m, prov(m.region, pick(['L2', 'L3']), 'tcm_pediatrics'), d, ['J20.900'], [L(C.xefr, d, 15), L(C.cbc, d, 1)]),
    (m, d) => visit(m, prov(m.region, pick(['L2', 'L3']), 'tcm_pediatrics'), d, ['R63.000'], [L(C.tuina, d, 1)], { px: [['17.92750', d]] }),
  ];
  while (made < n) {
    const kid = chance(0.12); const m = member({ age: kid ? ri(2, 12) : ri(20, 85) });
    const k = Math.min(n - made, pick([1, 1, 2, 3])); const cs = []; let d = randDate('2026-01-05', '2026-10-31');
    for (let j = 0; j < k; j++) { const f = pick(kid ? kidKinds : kinds); const c = f(m, d); if (m.enrollment.chronicDiseases == null && c.visitType === 'chronic') { c.enrollment = { ...c.enrollment, chronicDiseases: ['I10'] }; } cs.push(c); d = add(d, ri(5, 40)); if (d > '2026-11-30') d = '2026-11-30'; }
    made += cs.length; out.push(cs);
  }
  return out;
}

// ---------- build ----------
for (const [code, name, fn] of T) for (let i = 0; i < 15; i++) { const [cs, tg, mode] = fn(i); addCase('fraud', code, name, cs, tg, mode); }
for (const [code, name, fn] of K) for (let i = 0; i < 15; i++) { const cs = fn(i); addCase('control', code, name, cs, cs); }
for (const cs of routine(100)) addCase('routine', 'R', '常规中医门诊、药店与门特', cs, cs);

// transfers: C03 with route transfer need a source hospital
for (const c of claims) if (c.admissionRoute === 'transfer' && !c.transferFromHospitalId) { c.transferFromHospitalId = PROV[c.region].L3 === c.provider.hospitalId ? PROV[c.region].GH2 : PROV[c.region].L3; }
// chronic claims need approved diseases
for (const c of claims) if (c.visitType === 'chronic' && !c.enrollment.chronicDiseases) c.enrollment = { ...c.enrollment, chronicDiseases: [c.diagnoses[0].code.slice(0, 3)] };

// grouping from pass 1
if (GROUPS) {
  const G = {}; for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); G[g.claimId] = g.grouping; }
  for (const c of claims) if (c.visitType === 'inpatient') { const g = G[c.claimId]; c.reportedGroup = { drg: g ? g.drg : null, dip: null }; }
}

// settlement order, then fund amounts in that order (deductible and annual caps used up in date order)
claims.sort((a, b) => (a._sort < b._sort ? -1 : a._sort > b._sort ? 1 : 0));
for (const c of claims) c.amounts.fundClaimed = fundFor(c._m, c, c.amounts.policy);
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), claims.map(c => { const o = { ...c }; delete o._sort; delete o._marks; delete o._m; return JSON.stringify(o); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1));
const n = (k) => labels.filter(l => l.kind === k).length;
console.error(`claims ${claims.length}; cases fraud ${n('fraud')} control ${n('control')} routine ${n('routine')} (routine claims ${labels.filter(l => l.kind === 'routine').reduce((a, l) => a + l.claimIds.length, 0)})`);
