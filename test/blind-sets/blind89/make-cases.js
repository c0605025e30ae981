#!/usr/bin/env node
// blind89: heart rhythm and cardiac devices (心律失常、起搏器与电生理). Fixed seed, no dependencies.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base87/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- catalogue rows ----------
const FILES = ['services.json', 'drugs.json', 'consumables.json', 'services-procedures.json', 'consumables-procedures.json',
  'services-imaging-and-lab.json', 'services-rehabilitation.json', 'drugs-immunology-and-gout.json', 'drugs-cardiology-and-nutrition.json'];
const ROW = {};
for (const f of FILES) for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) ROW[r.code] = r;
const C = { // short names -> catalogue row codes
  opd: '001102000010001', opdAssoc: '001102000020001', opdChief: '001102000030001', er: '001102000050001', ipdConsult: '001103000010001',
  chronicConsult: '001109000010001',
  bed3: '001105000010001', bed2: '001105000020001', bedICU: '001105000030001',
  nurseSp: '001201000010001', nurse1: '001201000020001', nurse2: '001201000030001', icuCare: '001201000050001',
  ivFirst: '001204000010001', ivAdd: '001204000020001', ivPush: '001204000040001', sc: '001204000060001', cannula: '001204000070001',
  dressMid: '001205000020001', oxygen: '001208000010001', ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001',
  cbc5: '002501010010001', hb: '002501010030001', urine: '002501020010001',
  liver: '002502010010001', alt: '002502010020001', ast: '002502010030001', renal: '002502020010001', creat: '002502020020001', urea: '002502020030001',
  lytes: '002502030010001', lipids: '002502040010001', glucose: '002502050010001', coag: '002502060010001', enzymes: '002502070010001',
  tnI: '002502070020001', bnp: '002502070030001', ntbnp: '002502070040001', crp: '002502080010001', ddimer: '002502100010001',
  preop8: '002502120010001', abo: '002502130010001', thyroid: '002502180010001', venipuncture: '001204000080001',
  ecg: '003107010010001', holter: '003107010020001', abpm: '003107010030001', drChest: '002202040010001',
  echo: '002103010020001', carotidUS: '002103010030001', headCT: '002301010010001', chestCT: '002301010020001', ccta: '002301010050001',
  cag: '003101010010001', pmImplant: '003101010040001', localAn: '003301010030001',
  rehabEval: '001217000010001', exercise: '001218000010001',
  // consumables
  infusionSet: 'C14010150100001020350000001', ivCath: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001',
  electrode: 'C14060150100001436170000001', gauze: 'C14020150100001506610000001', dressKit: 'C14020150200001397260000001',
  sheath: 'C02010150500001930830000001', guidewire: 'C02010150400001146670000001', cathDx: 'C02010150300001651190000001',
  pmDual: 'C02010150600001849440000001', drape: 'C11010150600001900710000001', suture: 'C11010150200001895120000001', o2tube: 'C14050150100001832230000001',
  // drugs (rows; the product code is billed)
  nacl: 'XB05BBL511B002', glu: 'XB05BAP505B002', kcl: 'XB05XAL512B002', lido: 'XN01BBL509B002', cefurox: 'XJ01DCT505B002',
  amioTab: 'XC01BDA513A001', amioInj: 'XC01BDA513B002', metoTab: 'XC07ABM503A001', metoSR: 'XC07ABM503A003', biso: 'XC07ABB501A001',
  digoxin: 'XC01AAD503A001', warfarin: 'XB01AAH501A001', rivaro: 'XB01AFL503A001', enox: 'XB01ABY502B002', aspirin: 'XB01ACA509A001',
  clopi: 'XB01ACL502A001', ticag: 'XB01ACT509A001', atorva: 'XC10AAA511A001', rosuva: 'XC10AAR501A001', amlo: 'XC08CAA512A001',
  nifed: 'XC08CAX503A003', valsartan: 'XC09CAX504A001', irbe: 'XC09CAE502A001', sacval: 'XC09DXS501A001', dapa: 'XA10BKD506A001',
  furoTab: 'XC03CAF503A001', furoInj: 'XC03CAF503B002', spiro: 'XC03DAL505A001', midaz: 'XN05CDM508B002', fentanyl: 'XN02ABF506B002',
  omepr: 'XA02BCA515A001', metformin: 'XA10BAE503A001', isosorbide: 'XC01DAD501A003', trimetaz: 'XC01EBQ503A001',
};
for (const [k, v] of Object.entries(C)) if (!ROW[v]) throw new Error(`catalogue row missing: ${k} ${v}`);

// ---------- rng ----------
let seed = 89089;
const rnd = () => { seed = (seed + 0x6D2B79F5) | 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const dayOf = (n) => add('2025-01-01', n); // day-of-year 0..364

// ---------- institutions and doctors ----------
const H = {
  CD1: { id: 'H51010001', region: '510100', level: 3, name: '成都 三甲 胸痛中心/电生理中心' },
  CD2: { id: 'H51010002', region: '510100', level: 3, name: '成都 三甲' },
  CD3: { id: 'H51010117', region: '510100', level: 2, name: '成都 二级' },
  CC1: { id: 'H22010001', region: '220100', level: 3, name: '长春 三甲 胸痛中心' },
  CC2: { id: 'H22010109', region: '220100', level: 2, name: '长春 二级' },
  HB1: { id: 'H23010001', region: '230100', level: 3, name: '哈尔滨 三甲 胸痛中心' },
  HB2: { id: 'H23010112', region: '230100', level: 2, name: '哈尔滨 二级' },
  JN1: { id: 'H37010001', region: '370100', level: 3, name: '济南 三甲 电生理中心' },
  JN2: { id: 'H37010108', region: '370100', level: 2, name: '济南 二级' },
  PCD: { id: 'P51010031', region: '510100', level: 1, name: '成都 定点药店', pharmacy: true },
  PHB: { id: 'P23010022', region: '230100', level: 1, name: '哈尔滨 定点药店', pharmacy: true },
  PJN: { id: 'P37010015', region: '370100', level: 1, name: '济南 定点药店', pharmacy: true },
  PCC: { id: 'P22010019', region: '220100', level: 1, name: '长春 定点药店', pharmacy: true },
};
const L3 = ['CD1', 'CD2', 'CC1', 'HB1', 'JN1'];
const L2 = ['CD3', 'CC2', 'HB2', 'JN2'];
const PH_OF = { '510100': 'PCD', '230100': 'PHB', '370100': 'PJN', '220100': 'PCC' };
const TITLES = ['主任医师', '副主任医师', '主治医师', '住院医师'];
const DEPTS = { cardiology: 4, emergency: 2, rehabilitation: 2 };
const DOC = {}; // hospital key -> dept -> [{id,title}]
for (const [k, h] of Object.entries(H)) {
  if (h.pharmacy) continue;
  DOC[k] = {};
  let n = 0;
  for (const [dept, cnt] of Object.entries(DEPTS)) {
    DOC[k][dept] = [];
    for (let j = 0; j < cnt; j++) {
      n++;
      const title = dept === 'cardiology' ? TITLES[j] : dept === 'emergency' ? TITLES[j + 1] : TITLES[j + 1];
      DOC[k][dept].push({ id: `D${h.id.slice(1)}${String(n).padStart(2, '0')}`, title });
    }
  }
}
const doc = (hk, dept = 'cardiology', j = null) => { const a = DOC[hk][dept]; return j == null ? pick(a) : a[j % a.length]; };
const consultFor = (d) => (d.title === '主任医师' ? C.opdChief : d.title === '副主任医师' ? C.opdAssoc : C.opd);

// ---------- members ----------
let memberSeq = 0;
const SCHEME_REGIONS = ['510100', '220100', '230100', '370100'];
function member(o = {}) {
  memberSeq++;
  const gender = o.gender || (rnd() < 0.55 ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(55, 82);
  const birth = `${2025 - age - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  let ey = 0;
  const scheme = o.scheme || (rnd() < 0.62 ? 'employee' : 'resident');
  const retireAge = gender === 'M' ? 60 : 55;
  const retired = scheme === 'employee' && age >= retireAge + 1;
  const contributionYears = scheme === 'employee' ? Math.min(age - 20, retired ? ri(30, 40) : ri(8, 30)) : 0;
  const enrollment = scheme === 'employee'
    ? { enrolledOn: `${2025 - (ey = ri(13, 26))}-01-01`, inConcentratedPeriod: true, continuousYears: ey, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null }
    : { enrolledOn: `2024-${String(ri(9, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`, inConcentratedPeriod: true, continuousYears: ri(6, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: 0, special: null };
  if (o.chronic) enrollment.chronicDiseases = o.chronic;
  return { insuredId: `P89${String(memberSeq).padStart(5, '0')}`, gender, birthDate: birth, retired, scheme, region: o.region || null, enrollment };
}

// ---------- items and claims ----------
function it(key, date, qty = 1, price = null, mut = false) {
  const code = C[key] || key; const r = ROW[code];
  return { key, code, date, qty, price, mut, row: r };
}
const M = (x) => { x.mut = true; return x; };
const CLAIMS = []; let claimSeq = 0;
function claim(m, hk, o) {
  const h = H[hk];
  if (!m.region) m.region = h.region;
  claimSeq++;
  const c = {
    claimId: `${h.region}-${h.id}-2025-${String(claimSeq).padStart(6, '0')}`,
    region: h.region,
    insuranceType: m.scheme,
    visitType: o.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: m.enrollment,
    provider: { hospitalId: h.id, level: h.level, department: o.dept || (h.pharmacy ? 'pharmacy' : 'cardiology'), doctorId: h.pharmacy ? `D${h.id.slice(1)}01` : o.doctor ? o.doctor.id : null },
  };
  if (m.region !== h.region) c.insuredRegion = m.region;
  if (o.visitType === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; if (o.route) c.admissionRoute = o.route; c.dischargeMode = o.dischargeMode || 'ordered'; }
  else c.visitDate = o.date;
  c.diagnoses = o.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (o.visitType === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c._items = o.items; c._level = h.level; c._m = m; c._settle = o.visitType === 'inpatient' ? o.dis : o.date; c._seq = claimSeq;
  CLAIMS.push(c);
  return c;
}
const ymdIn = (s, a, b) => s >= a && s <= b;

// outpatient visit bundle
function opVisit(m, hk, date, dx, extra = [], o = {}) {
  const d = o.doctor || doc(hk, o.dept || 'cardiology');
  const items = [it(o.dept === 'emergency' ? 'er' : consultFor(d), date), ...extra];
  return claim(m, hk, { visitType: o.visitType || 'outpatient', date, dx, items, doctor: d, dept: o.dept, px: o.px });
}
const drugDays = (key, date, days, perDay, mut = false) => it(key, date, Math.max(1, Math.round(days * perDay)), null, mut);

// inpatient stay bundle: per-night bed/nursing/consult; admission labs
function stay(m, hk, adm, dis, dx, o = {}) {
  const d = o.doctor || doc(hk, 'cardiology');
  const items = [];
  const nights = diff(adm, dis);
  for (let k = 0; k < nights; k++) {
    const day = add(adm, k);
    const icu = o.icuDays && k < o.icuDays;
    items.push(it(icu ? 'bedICU' : (o.bed || 'bed3'), day));
    if (!(o.noNursing)) items.push(it(icu ? 'nurse1' : (o.nursing || 'nurse2'), day));
    items.push(it('ipdConsult', day));
  }
  if (!o.noLabs) {
    items.push(it('cbc5', adm), it('renal', adm), it('lytes', adm), it('liver', adm), it('coag', adm), it('glucose', adm), it('venipuncture', adm), it('ecg', adm));
    if (o.cardiacLabs !== false) items.push(it('tnI', adm), it('ntbnp', adm));
    if (o.thyroid) items.push(it('thyroid', adm));
    items.push(it('drChest', adm));
    if (o.echo !== false) items.push(it('echo', add(adm, nights > 1 ? 1 : 0)));
  }
  for (const x of (o.items || [])) items.push(x);
  return claim(m, hk, { visitType: 'inpatient', adm, dis, dx, px: o.px, items, doctor: d, route: o.route || 'outpatient', dischargeMode: o.dischargeMode });
}
// pacemaker implant items on day p
function pmItems(p, o = {}) {
  const x = [
    it('pmImplant', p), it('localAn', p), it('lido', p, 2), it('cefurox', p, 2), it('cefurox', add(p, 1), 2),
    it('sheath', p, o.sheaths || 2), it('guidewire', p, 1), it('drape', p), it('suture', p, 2), it('electrode', p, 5),
    it('ecgMon', p, 12), it('ecgMon', add(p, 1), 12), it('drChest', add(p, 1)), it('ecg', add(p, 1)), it('dressMid', add(p, 2)),
  ];
  if (!o.noDevice) x.push(o.mutDevice ? M(it('pmDual', p, 1, o.devicePrice)) : it('pmDual', p, 1, o.devicePrice));
  return x;
}
const JICAI = () => ri(920, 1280) * 10; // 集采 dual-chamber pacemaker price, yuan (9,200–12,800)
// ablation items (stand-ins: 冠状动脉造影术 for 心内电生理检查/消融术 fee, 冠脉造影导管 for 诊断性电极导管)
function ablItems(p, o = {}) {
  const x = [it('cag', p), it('localAn', p), it('lido', p, 3), it('sheath', p, 2), it('guidewire', p, 1), it('cathDx', p, o.cath || 2),
    it('midaz', p, 1), it('fentanyl', p, 1), it('drape', p), it('ecgMon', p, 12), it('ecgMon', add(p, 1), 12), it('enox', add(p, 1), 1), it('ecg', add(p, 1))];
  if (o.af) x.push(it('amioTab', add(p, 1), 2), it('rivaro', add(p, 1), 30));
  return x;
}

// ---------- labels ----------
const LABELS = [];
function label(kind, code, name, idx, claims, targets, mutated) {
  LABELS.push({ caseId: `${code}-${String(idx + 1).padStart(2, '0')}`, kind, code, name, ...(kind === 'fraud' ? { typology: code } : kind === 'control' ? { control: code } : {}),
    claimIds: claims.map((c) => c.claimId), targets: targets.map((c) => c.claimId), _mut: mutated || null });
}

// ---------- frequently used diagnosis sets ----------
const AF_DX = ['I48.000', 'I48.100', 'I48.900x004'];
const HTN = 'I10.x00x002';
const spread = (i, from = 10, to = 330) => from + Math.floor((to - from) * (i + rnd() * 0.8) / 15);

// ======================= FRAUD TYPOLOGIES =======================
const TYP = [];
TYP.push(['T01', '串换: 双腔起搏器计费而植入单腔(永久性房颤/单腔编码)', (i) => {
  const m = member({ age: ri(72, 88) }); const hk = L3[i % 5]; const adm = dayOf(spread(i));
  const p = add(adm, 1); const dis = add(adm, ri(5, 7));
  const single = i < 8;
  const px = single ? [[i % 2 ? '37.8101' : '37.8201', p]] : [['37.8301', p]];
  const dx = ['I48.100x002', i % 3 === 0 ? 'R00.100x001' : 'I44.200', HTN];
  const c = stay(m, hk, adm, dis, dx, { px, items: [...pmItems(p, { mutDevice: true, devicePrice: JICAI(), sheaths: 1 })] });
  return { claims: [c], targets: [c] };
}]);
TYP.push(['T02', '虚记耗材: 起搏/消融术中鞘管、导丝、电极导管多记(含简单消融加记标测)', (i) => {
  const m = member(); const hk = L3[(i + 1) % 5]; const adm = dayOf(spread(i)); const p = add(adm, 1);
  if (i < 8) {
    const dis = add(adm, ri(5, 7));
    const items = [...pmItems(p, { devicePrice: JICAI() }), M(it('sheath', add(p, 1), 2)), M(it('guidewire', add(p, 1), 2)), M(it('cathDx', p, 2))];
    const c = stay(m, hk, adm, dis, [i % 2 ? 'I49.500' : 'I44.200', HTN], { px: [['37.8301', p]], items });
    return { claims: [c], targets: [c] };
  }
  const dis = add(adm, ri(3, 4));
  const items = [...ablItems(p, { cath: 2 }), M(it('cathDx', add(p, 1), 3)), M(it('guidewire', add(p, 1), 2)), M(it('sheath', add(p, 1), 2))];
  const c = stay(m, hk, adm, dis, [pick(['I47.106', 'I47.104', 'I45.600x005'])], { px: [['37.3401', p], ['37.2700', p]], items, cardiacLabs: false });
  return { claims: [c], targets: [c] };
}]);
TYP.push(['T03', '集采起搏器按集采前旧价计费(限价内, 同级同地集采价约1万)', (i) => {
  const m = member({ age: ri(68, 86) }); const hk = L2[i % 4]; const adm = dayOf(spread(i)); const p = add(adm, 1); const dis = add(adm, ri(5, 8));
  const price = ri(2480, 2760) * 10;
  const c = stay(m, hk, adm, dis, [i % 2 ? 'I49.500' : 'I44.200', HTN], { px: [['37.8301', p]], items: pmItems(p, { mutDevice: true, devicePrice: price }) });
  return { claims: [c], targets: [c] };
}]);
TYP.push(['T04', '过度检查: 房颤/高血压复诊每次都做动态心电图+心脏彩超+动态血压', (i) => {
  const m = member(); const hk = [...L3, ...L2][i % 9]; const d = doc(hk, 'cardiology', i % 2);
  const n = ri(6, 8); let day = ri(5, 60); const claims = []; const targets = []; const mut = {};
  const dx = [pick(AF_DX), HTN];
  for (let k = 0; k < n; k++) {
    const date = dayOf(day);
    const heavy = [it('holter', date), it('echo', date), it('abpm', date)];
    if (k >= 2) heavy.forEach(M);
    const c = opVisit(m, hk, date, dx, [...heavy, drugDays('metoSR', date, 30, 1), drugDays(k % 2 ? 'rivaro' : 'amlo', date, 30, 1)], { doctor: d });
    claims.push(c); if (k >= 2) targets.push(c);
    day += ri(26, 38);
  }
  return { claims, targets };
}]);
TYP.push(['T05', '程控随访每月一次(无事件, 起搏器植入已逾一年)', (i) => {
  const m = member({ age: ri(70, 86) }); const hk = L3[i % 5]; const d = doc(hk, 'cardiology', 1 + (i % 2));
  const claims = []; const targets = []; let day = ri(3, 20);
  for (let k = 0; k < 11 && day < 362; k++) {
    const date = dayOf(day);
    const ex = [it('ecg', date)]; if (k % 3 === 1) ex.push(it('drChest', date)); if (k % 4 === 2) ex.push(it('holter', add(date, 0))) && ex.shift();
    const c = opVisit(m, hk, date, ['Z95.001', 'I49.500'], ex, { doctor: d, px: [[k % 2 ? '89.4800' : '89.4501', date]] });
    claims.push(c); if (k !== 0 && k !== 5) targets.push(c);
    day += ri(28, 33);
  }
  return { claims, targets };
}]);
TYP.push(['T06', '分解住院: 电生理检查/造影与消融/起搏分两次住院', (i) => {
  const m = member(); const hk = L3[(i + 2) % 5]; const d = doc(hk, 'cardiology', i % 3);
  const a1 = dayOf(spread(i)); const d1 = add(a1, ri(2, 3));
  const gap = i >= 11 ? ri(16, 19) : ri(2, 9);
  const a2 = add(d1, gap); const d2 = add(a2, ri(3, 4));
  let c1, c2;
  if (i < 8) {
    const dx = i % 2 ? ['I48.000', HTN] : ['I47.106'];
    c1 = stay(m, hk, a1, d1, dx, { doctor: d, px: [['37.2600', add(a1, 1)]], items: [it('cag', add(a1, 1)), it('sheath', add(a1, 1), 2), it('cathDx', add(a1, 1), 2), it('localAn', add(a1, 1)), it('lido', add(a1, 1), 2), it('holter', a1)] });
    c2 = stay(m, hk, a2, d2, dx, { doctor: d, px: [[i % 2 ? '37.3400x001' : '37.3401', add(a2, 1)]], items: ablItems(add(a2, 1), { af: i % 2 === 1 }) });
  } else {
    const dx = [i % 2 ? 'I49.500' : 'I44.200', 'I25.103'];
    c1 = stay(m, hk, a1, d1, dx, { doctor: d, px: [['88.5600', add(a1, 1)]], items: [it('cag', add(a1, 1)), it('sheath', add(a1, 1), 1), it('cathDx', add(a1, 1), 2), it('localAn', add(a1, 1)), it('lido', add(a1, 1), 1)] });
    c2 = stay(m, hk, a2, d2, dx, { doctor: d, px: [['37.8301', add(a2, 1)]], items: pmItems(add(a2, 1), { devicePrice: JICAI() }) });
  }
  return { claims: [c1, c2], targets: [c1, c2] };
}]);
TYP.push(['T07', '更换起搏器电池按新植入整套系统计费(加记导线鞘管导丝/编码为首次植入)', (i) => {
  const m = member({ age: ri(74, 90) }); const hk = L3[(i + 3) % 5]; const d = doc(hk, 'cardiology', 0);
  const v1 = dayOf(ri(5, 120)); const claims = [];
  claims.push(opVisit(m, hk, v1, ['Z95.001', 'I49.500'], [it('ecg', v1)], { doctor: d, px: [['89.4800', v1]] }));
  const adm = add(v1, ri(20, 60)); const p = add(adm, 1); const dis = add(adm, ri(4, 6));
  const careful = i >= 8;
  const items = [it('pmImplant', p), it('localAn', p), it('lido', p, 2), it('cefurox', p, 2), it('cefurox', add(p, 1), 2), it('pmDual', p, 1, JICAI()), it('drape', p), it('suture', p, 2),
    M(it('sheath', p, 2)), M(it('guidewire', p, 2)), it('ecgMon', p, 12), it('drChest', add(p, 1)), it('ecg', add(p, 1)), it('dressMid', add(p, 2))];
  const c = stay(m, hk, adm, dis, careful ? ['I49.500', HTN] : ['Z45.005', 'I49.500', 'Z95.001'], { doctor: d, px: [[careful ? '37.8301' : '37.8701', p]], items });
  claims.push(c);
  return { claims, targets: [c] };
}]);
TYP.push(['T08', '超限定支付: 沙库巴曲缬沙坦/达格列净/替格瑞洛用于无心衰、糖尿病、冠心病的房颤患者', (i) => {
  const m = member(); const hk = [...L3, ...L2][(i + 4) % 9]; const date = dayOf(spread(i));
  const key = i < 8 ? 'sacval' : i < 12 ? 'dapa' : 'ticag';
  const per = key === 'dapa' ? 1 : 2;
  const c = opVisit(m, hk, date, [pick(AF_DX), HTN], [it('ecg', date), drugDays('metoSR', date, 28, 1), M(drugDays(key, date, 28, per)), drugDays('rivaro', date, 28, 1)]);
  return { claims: [c], targets: [c] };
}]);
TYP.push(['T09', '低标准入院: 晕厥/心悸收住院只做门诊可完成的检查', (i) => {
  const m = member({ age: ri(32, 62) }); const hk = [...L2, ...L3][i % 9]; const adm = dayOf(spread(i)); const dis = add(adm, ri(3, 5));
  const items = [it('holter', add(adm, 1)), it('abpm', add(adm, 2)), it('carotidUS', add(adm, 1)), it('headCT', adm), it('ecgMon', adm, 6)];
  if (i >= 10) items.push(it('ivFirst', adm), it('nacl', adm, 1), it('infusionSet', adm), it('ivFirst', add(adm, 1)), it('nacl', add(adm, 1), 1), it('infusionSet', add(adm, 1)));
  const c = stay(m, hk, adm, dis, [i % 2 ? 'R55.x00x013' : 'R00.200'], { items, thyroid: true });
  return { claims: [c], targets: [c] };
}]);
TYP.push(['T10', '挂床住院: 房颤/高血压老人住院多日仅计床位护理诊查, 口服药首日一次开全', (i) => {
  const m = member({ age: ri(70, 88) }); const hk = L2[i % 4]; const adm = dayOf(spread(i)); const n = ri(9, 13); const dis = add(adm, n);
  const items = [drugDays('metoSR', adm, n, 1), drugDays(i % 2 ? 'digoxin' : 'amlo', adm, n, 1), drugDays('atorva', adm, n, 1)];
  if (i >= 9) items.push(it('glucose', add(adm, 4)), it('ecg', add(adm, 6)));
  const c = stay(m, hk, adm, dis, [i % 2 ? 'I48.100x002' : 'I48.200', HTN, 'E78.500'], { items, nursing: 'nurse2', echo: i % 3 !== 0 });
  return { claims: [c], targets: [c] };
}]);
TYP.push(['T11', '超量开药: 抗凝/抗心律失常药在多家机构重叠开药(倒卖)', (i) => {
  const m = member(); const reg = SCHEME_REGIONS[i % 4];
  const hs = Object.keys(H).filter((k) => H[k].region === reg && !H[k].pharmacy);
  const ph = PH_OF[reg]; const claims = []; const targets = [];
  let day = ri(5, 90);
  for (let k = 0; k < ri(7, 9); k++) {
    const date = dayOf(day); const where = k % 3 === 2 ? ph : hs[k % hs.length];
    const drugs = [drugDays('rivaro', date, 30, 1, k > 0), drugDays('amioTab', date, 30, 1, k > 0), drugDays('metoSR', date, 30, 1, k > 0)];
    const c = H[where].pharmacy ? claim(m, where, { visitType: 'pharmacy', date, dx: ['I48.000'], items: drugs, doctor: doc(hs[0], 'cardiology') })
      : opVisit(m, where, date, ['I48.000'], drugs);
    claims.push(c); if (k > 0) targets.push(c);
    day += ri(8, 13);
  }
  return { claims, targets };
}]);
TYP.push(['T12', '冒名就医: 参保人住院期间其医保凭证在异地门诊/药店使用', (i) => {
  const m = member({ region: '510100' }); const adm = dayOf(spread(i)); const dis = add(adm, ri(6, 9)); const p = add(adm, 2);
  const c1 = stay(m, i % 2 ? 'CD1' : 'CD2', adm, dis, ['I48.100', HTN], { px: [['37.3400x001', p]], items: ablItems(p, { af: true }) });
  const date = add(adm, ri(2, diff(adm, dis) - 1));
  const away = ['HB1', 'JN1', 'CC1', 'HB2', 'PHB'][i % 5];
  const drugs = [drugDays('rivaro', date, 30, 1), drugDays('amioTab', date, 30, 1)];
  const c2 = H[away].pharmacy ? claim(m, away, { visitType: 'pharmacy', date, dx: ['I48.100'], items: drugs, doctor: doc('HB1', 'cardiology') })
    : opVisit(m, away, date, ['I48.100'], [it('ecg', date), it('holter', date), ...drugs].filter((x, j) => !(j === 0 && i % 3 === 0)));
  return { claims: [c1, c2], targets: [c2] };
}]);
TYP.push(['T13', '重复收费: 特级护理另收心电/血氧监测; 动态心电图同日另收常规心电图', (i) => {
  const m = member({ age: ri(60, 85) }); const hk = [...L3, ...L2][i % 9];
  if (i < 8) {
    const adm = dayOf(spread(i)); const n = ri(4, 6); const dis = add(adm, n); const items = [];
    for (let k = 0; k < 3; k++) { const day = add(adm, k); items.push(it('nurseSp', day), M(it('ecgMon', day, 24)), M(it('spo2', day, 24)), it('amioInj', day, 3), it('ivFirst', day), it('glu', day, 1), it('infusionSet', day)); }
    const c = stay(m, hk, adm, dis, ['I48.000', 'I50.908', HTN], { items, icuDays: 3, noNursing: false, nursing: 'nurse2', route: 'emergency' });
    // 特级护理 days: remove the Ⅱ级护理 lines on those days (stay() adds nursing per night)
    c._items = c._items.filter((x) => !(x.key === 'nurse1' && diff(adm, x.date) < 3));
    return { claims: [c], targets: [c] };
  }
  const date = dayOf(spread(i));
  const c = opVisit(m, hk, date, [i % 2 ? 'I49.300x002' : 'R00.200'], [it('holter', date), M(it('ecg', date)), drugDays('metoSR', date, 14, 1)]);
  return { claims: [c], targets: [c] };
}]);
TYP.push(['T14', '分解收费: 组套检验另收组内单项(肾功能+肌酐尿素, 肝功能+转氨酶, BNP+NT-proBNP)', (i) => {
  const m = member(); const hk = [...L3, ...L2][(i + 5) % 9];
  const parts = (date) => [[M(it('creat', date)), M(it('urea', date))], [M(it('alt', date)), M(it('ast', date))], [M(it('bnp', date))], [M(it('hb', date))]][i % 4];
  if (i % 2 === 0) {
    const adm = dayOf(spread(i)); const dis = add(adm, ri(4, 6));
    const c = stay(m, hk, adm, dis, ['I48.000', HTN], { items: [...parts(adm), drugDays('metoSR', adm, 5, 1), drugDays('rivaro', adm, 5, 1)] });
    return { claims: [c], targets: [c] };
  }
  const date = dayOf(spread(i));
  const c = opVisit(m, hk, date, ['I48.000', HTN], [it('cbc5', date), it('renal', date), it('liver', date), it('ntbnp', date), it('venipuncture', date), ...parts(date), drugDays('rivaro', date, 28, 1)]);
  return { claims: [c], targets: [c] };
}]);
TYP.push(['T15', '诱导住院: 二级医院"免费心律筛查"成批收治老人, 同医生同日入院同套检查', (i) => {
  const hk = ['CD3', 'JN2', 'HB2'][Math.floor(i / 5)];
  const wave = dayOf([95, 180, 260][Math.floor(i / 5)]);
  const m = member({ age: ri(66, 82), scheme: 'resident', region: H[hk].region });
  const adm = add(wave, i % 2); const dis = add(adm, 5); const d = doc(hk, 'cardiology', 1);
  const items = [it('holter', add(adm, 1)), it('abpm', add(adm, 2)), it('carotidUS', add(adm, 1)), it('ccta', add(adm, 2)), it('lipids', adm), it('thyroid', adm), it('ecgMon', adm, 12), it('ecgMon', add(adm, 1), 12),
    drugDays('trimetaz', adm, 5, 3), drugDays('atorva', adm, 5, 1)];
  const c = stay(m, hk, adm, dis, ['I49.900', HTN], { items, doctor: d });
  return { claims: [c], targets: [c] };
}]);

// ======================= CONTROLS =======================
const CTL = [];
CTL.push(['C01', '双腔起搏器: 病窦/房室阻滞按集采价(双腔编码)', (i) => {
  const m = member({ age: ri(66, 88) }); const hk = [...L3, ...L2][i % 9]; const adm = dayOf(spread(i)); const p = add(adm, 1); const dis = add(adm, ri(5, 7));
  return { claims: [stay(m, hk, adm, dis, [i % 2 ? 'I49.500' : 'I44.200', HTN], { px: [['37.8301', p]], items: pmItems(p, { devicePrice: JICAI() }) })] };
}]);
CTL.push(['C02', 'CRT升级: 既有起搏器心衰患者升级CRT-P(左室导线, 冠状窦造影, 装置院外自费)', (i) => {
  const m = member({ age: ri(62, 82) }); const hk = L3[i % 5]; const d = doc(hk, 'cardiology', 0);
  const v = dayOf(spread(i, 5, 250)); const c0 = opVisit(m, hk, v, ['Z95.001', 'I50.908'], [it('ecg', v), it('echo', v), it('ntbnp', v), it('venipuncture', v)], { doctor: d, px: [['89.4501', v]] });
  const adm = add(v, ri(14, 45)); const p = add(adm, 2); const dis = add(adm, ri(7, 9));
  const items = [it('pmImplant', p), it('localAn', p), it('lido', p, 3), it('cefurox', p, 2), it('cefurox', add(p, 1), 2), it('sheath', p, 2), it('guidewire', p, 2), it('cathDx', p, 1), it('drape', p), it('suture', p, 2),
    it('ecgMon', p, 24), it('ecgMon', add(p, 1), 24), it('drChest', add(p, 1)), it('ecg', add(p, 1)), it('dressMid', add(p, 3)), drugDays('sacval', adm, 8, 2), drugDays('spiro', adm, 8, 1), drugDays('furoTab', adm, 8, 1)];
  const c = stay(m, hk, adm, dis, ['I50.908', 'I42.000', 'Z95.001', 'I44.200'], { doctor: d, px: [['00.5001', p], ['00.5201', p]], items });
  return { claims: [c0, c] };
}]);
CTL.push(['C03', '房颤消融术后复发, 4-7个月后再次消融(redo)', (i) => {
  const m = member({ age: ri(48, 72) }); const hk = L3[i % 5]; const d = doc(hk, 'cardiology', i % 2);
  const a1 = dayOf(spread(i, 5, 150)); const p1 = add(a1, 1); const c1 = stay(m, hk, a1, add(a1, 4), ['I48.000', HTN], { doctor: d, px: [['37.3400x001', p1], ['37.2700', p1]], items: ablItems(p1, { af: true, cath: 3 }) });
  const a2 = add(a1, ri(125, 200)); const p2 = add(a2, 1); const c2 = stay(m, hk, a2, add(a2, 4), ['I48.100', HTN], { doctor: d, px: [['37.3400x001', p2], ['37.2700', p2]], items: ablItems(p2, { af: true, cath: 3 }) });
  return { claims: [c1, c2] };
}]);
CTL.push(['C04', 'ICD放电: 急诊程控读取后当日收住院(室速)', (i) => {
  const m = member({ age: ri(50, 78) }); const hk = L3[i % 5]; const date = dayOf(spread(i));
  const c0 = opVisit(m, hk, date, ['I47.200', 'Z95.004'], [it('ecg', date), it('tnI', date), it('lytes', date), it('venipuncture', date)], { dept: 'emergency', px: [['89.4900', date]] });
  const dis = add(date, ri(4, 7)); const items = [];
  for (let k = 0; k < 2; k++) { const day = add(date, k); items.push(it('amioInj', day, 3), it('ivFirst', day), it('glu', day, 1), it('infusionSet', day), it('ecgMon', day, 24), it('kcl', day, 2)); }
  items.push(drugDays('amioTab', add(date, 2), 5, 2), drugDays('metoSR', add(date, 1), 5, 1));
  const c = stay(m, hk, date, dis, ['I47.200', 'Z95.004', 'I25.103'], { items, route: 'emergency', icuDays: 2, thyroid: true });
  return { claims: [c0, c] };
}]);
CTL.push(['C05', '起搏器植入后1、3、12个月程控随访', (i) => {
  const m = member({ age: ri(66, 86) }); const hk = L3[i % 5]; const d = doc(hk, 'cardiology', 1);
  const adm = dayOf(ri(3, 18)); const p = add(adm, 1); const c0 = stay(m, hk, adm, add(adm, 6), ['I49.500', HTN], { doctor: d, px: [['37.8301', p]], items: pmItems(p, { devicePrice: JICAI() }) });
  const claims = [c0];
  for (const mo of [30, 91, 350]) { const date = add(p, mo + ri(0, 4)); if (date > '2025-12-31') continue; claims.push(opVisit(m, hk, date, ['Z95.001', 'I49.500'], mo === 30 ? [it('ecg', date), it('drChest', date)] : [it('ecg', date)], { doctor: d, px: [['89.4501', date]] })); }
  return { claims };
}]);
CTL.push(['C06', '房颤华法林抗凝, 每月复查INR', (i) => {
  const m = member({ age: ri(58, 84) }); const hk = [...L3, ...L2][i % 9]; const d = doc(hk, 'cardiology', 2 + (i % 2)); const claims = [];
  let day = ri(3, 25);
  for (let k = 0; k < 11 && day < 360; k++) { const date = dayOf(day); claims.push(opVisit(m, hk, date, [i % 3 ? 'I48.100x002' : 'I48.200', 'Z92.100'], [it('coag', date), it('venipuncture', date), drugDays('warfarin', date, 30, 1.5), ...(k % 4 === 0 ? [it('ecg', date)] : [])], { doctor: d })); day += ri(28, 34); }
  return { claims };
}]);
CTL.push(['C07', '起搏器电池耗竭更换脉冲发生器(如实编码, 无导线耗材)', (i) => {
  const m = member({ age: ri(74, 90) }); const hk = L3[(i + 2) % 5]; const d = doc(hk, 'cardiology', 0);
  const v1 = dayOf(ri(5, 150)); const c0 = opVisit(m, hk, v1, ['Z95.001', 'I49.500'], [it('ecg', v1)], { doctor: d, px: [['89.4800', v1]] });
  const adm = add(v1, ri(20, 60)); const p = add(adm, 1); const dis = add(adm, ri(3, 5));
  const items = [it('pmImplant', p), it('localAn', p), it('lido', p, 2), it('cefurox', p, 2), it('cefurox', add(p, 1), 2), it('pmDual', p, 1, JICAI()), it('drape', p), it('suture', p, 1), it('ecgMon', p, 12), it('ecg', add(p, 1)), it('dressMid', add(p, 2))];
  const c = stay(m, hk, adm, dis, ['Z45.005', 'I49.500', 'Z95.001'], { doctor: d, px: [['37.8701', p]], items, echo: false });
  return { claims: [c0, c] };
}]);
CTL.push(['C08', '晕厥住院查出三度房室阻滞, 同次住院植入起搏器', (i) => {
  const m = member({ age: ri(68, 88) }); const hk = [...L3, ...L2][(i + 3) % 9]; const adm = dayOf(spread(i)); const p = add(adm, 2); const dis = add(adm, ri(6, 8));
  const c = stay(m, hk, adm, dis, ['I44.200', 'R55.x00x002', HTN], { route: 'emergency', px: [['37.8301', p]], items: [it('holter', adm), it('ecgMon', adm, 24), ...pmItems(p, { devicePrice: JICAI() })] });
  return { claims: [c] };
}]);
CTL.push(['C09', '高危晕厥(老年、外伤)住院遥测观察, 无手术', (i) => {
  const m = member({ age: ri(72, 90) }); const hk = [...L3, ...L2][(i + 1) % 9]; const adm = dayOf(spread(i)); const dis = add(adm, ri(4, 6));
  const items = [it('headCT', adm), it('holter', add(adm, 1)), it('tnI', add(adm, 1)), it('ddimer', adm)];
  for (let k = 0; k < 3; k++) { const day = add(adm, k); items.push(it('ecgMon', day, 24), it('ivFirst', day), it('nacl', day, 2), it('infusionSet', day)); }
  items.push(it('dressMid', adm), it('dressMid', add(adm, 2)));
  const c = stay(m, hk, adm, dis, ['R55.x00x002', 'S00.800x055', 'I45.200', HTN], { items, route: 'emergency', nursing: 'nurse1' });
  return { claims: [c] };
}]);
CTL.push(['C10', '新发房颤快心室率住院: 胺碘酮静脉+抗凝起始', (i) => {
  const m = member({ age: ri(55, 85) }); const hk = [...L2, ...L3][i % 9]; const adm = dayOf(spread(i)); const dis = add(adm, ri(4, 6)); const items = [];
  for (let k = 0; k < 2; k++) { const day = add(adm, k); items.push(it('amioInj', day, 3), it('ivFirst', day), it('glu', day, 1), it('infusionSet', day), it('ecgMon', day, 24)); }
  items.push(it('enox', adm, 2), it('enox', add(adm, 1), 2), drugDays('rivaro', add(adm, 2), 5, 1), drugDays('metoSR', adm, 6, 1), it('ecg', add(adm, 2)));
  const c = stay(m, hk, adm, dis, ['I48.900x015', HTN], { items, route: 'emergency', thyroid: true });
  return { claims: [c] };
}]);
CTL.push(['C11', '稳定房颤长处方(12周)一家机构按期取药', (i) => {
  const m = member({ age: ri(60, 84) }); const hk = [...L3, ...L2][i % 9]; const d = doc(hk, 'cardiology', 1); const claims = [];
  let day = ri(3, 40);
  for (let k = 0; k < 4 && day < 360; k++) {
    const date = dayOf(day);
    const drugs = [drugDays('rivaro', date, 84, 1), drugDays('metoSR', date, 84, 1), drugDays('atorva', date, 84, 1)]; drugs.forEach((x) => { x.longRx = true; });
    claims.push(opVisit(m, hk, date, ['I48.100x002', HTN], [it('ecg', date), ...drugs], { doctor: d })); day += ri(82, 86);
  }
  return { claims };
}]);
CTL.push(['C12', '异地就医: 成都参保人冬季在哈尔滨/济南复诊取药, 日期不重叠', (i) => {
  const m = member({ region: '510100', age: ri(60, 80) }); const away = ['HB1', 'JN1', 'HB2', 'PHB', 'PJN'][i % 5]; const claims = [];
  const home = i % 2 ? 'CD1' : 'CD3';
  const v1 = dayOf(ri(5, 25)); claims.push(opVisit(m, home, v1, ['I48.000', HTN], [it('ecg', v1), drugDays('rivaro', v1, 28, 1), drugDays('biso', v1, 28, 1)]));
  let day = diff('2025-01-01', v1) + ri(29, 33);
  for (let k = 0; k < 3; k++) {
    const date = dayOf(day); const drugs = [drugDays('rivaro', date, 28, 1), drugDays('biso', date, 28, 1)];
    claims.push(H[away].pharmacy ? claim(m, away, { visitType: 'pharmacy', date, dx: ['I48.000'], items: drugs, doctor: doc(home, 'cardiology') }) : opVisit(m, away, date, ['I48.000', HTN], [it('ecg', date), ...drugs]));
    day += ri(28, 31);
  }
  const v5 = dayOf(day); claims.push(opVisit(m, home, v5, ['I48.000', HTN], [it('ecg', v5), drugDays('rivaro', v5, 28, 1), drugDays('biso', v5, 28, 1)]));
  return { claims };
}]);
CTL.push(['C13', '房颤消融术后3、6、12个月动态心电图随访', (i) => {
  const m = member({ age: ri(45, 72) }); const hk = L3[(i + 1) % 5]; const d = doc(hk, 'cardiology', 0);
  const a = dayOf(ri(3, 30)); const p = add(a, 1); const claims = [stay(m, hk, a, add(a, 4), ['I48.000', HTN], { doctor: d, px: [['37.3400x001', p], ['37.2700', p]], items: ablItems(p, { af: true, cath: 3 }) })];
  for (const mo of [91, 182, 330]) { const date = add(p, mo + ri(0, 5)); if (date > '2025-12-31') continue; claims.push(opVisit(m, hk, date, ['Z09.000x001', 'I48.000'], [it('holter', date), ...(mo === 91 ? [it('echo', date)] : []), drugDays('metoSR', date, 28, 1)], { doctor: d })); }
  return { claims };
}]);
CTL.push(['C14', '心衰合并房颤: 沙库巴曲缬沙坦+达格列净(限定条件满足)', (i) => {
  const m = member({ age: ri(58, 84) }); const hk = [...L3, ...L2][(i + 2) % 9]; const date = dayOf(spread(i));
  const c = opVisit(m, hk, date, ['I50.908', 'I48.100', HTN], [it('ecg', date), it('ntbnp', date), it('venipuncture', date), drugDays('sacval', date, 28, 2), drugDays('dapa', date, 28, 1), drugDays('rivaro', date, 28, 1), drugDays('metoSR', date, 28, 1)]);
  return { claims: [c] };
}]);
CTL.push(['C15', '房颤合并冠脉支架术后: 氯吡格雷+利伐沙班', (i) => {
  const m = member({ age: ri(58, 82) }); const hk = [...L3, ...L2][(i + 4) % 9]; const date = dayOf(spread(i));
  const c = opVisit(m, hk, date, ['I48.000', 'I25.103', 'Z95.501'], [it('ecg', date), drugDays('clopi', date, 28, 1), drugDays('rivaro', date, 28, 1), drugDays('atorva', date, 28, 1), drugDays('biso', date, 28, 1)]);
  return { claims: [c] };
}]);
CTL.push(['C16', '持续性房颤三维标测消融: 多根电极导管、鞘管(复杂消融)', (i) => {
  const m = member({ age: ri(50, 75) }); const hk = L3[(i + 2) % 5]; const a = dayOf(spread(i)); const p = add(a, 1);
  const its = [...ablItems(p, { af: true, cath: 3 }), it('guidewire', p, 1), it('cathDx', add(p, 1), 2), it('sheath', add(p, 1), 1)];
  const c = stay(m, hk, a, add(a, 5), ['I48.100', HTN], { px: [['37.3400x001', p], ['37.2700', p], ['37.3406', p]], items: its });
  return { claims: [c] };
}]);
CTL.push(['C17', '门诊先做常规心电图, 次日佩戴动态心电图(不同日)', (i) => {
  const m = member(); const hk = [...L3, ...L2][(i + 5) % 9]; const date = dayOf(spread(i)); const d = doc(hk, 'cardiology', 2);
  const c1 = opVisit(m, hk, date, [i % 2 ? 'I49.300x002' : 'R00.200'], [it('ecg', date)], { doctor: d });
  const d2 = add(date, 1); const c2 = opVisit(m, hk, d2, [i % 2 ? 'I49.300x002' : 'R00.200'], [it('holter', d2)], { doctor: d });
  return { claims: [c1, c2] };
}]);
CTL.push(['C18', 'CCU重症监护后转Ⅰ级护理+心电监测(无特级护理)', (i) => {
  const m = member({ age: ri(60, 86) }); const hk = L3[(i + 4) % 5]; const adm = dayOf(spread(i)); const dis = add(adm, ri(6, 8)); const items = [];
  for (let k = 0; k < 2; k++) { const day = add(adm, k); items.push(it('icuCare', day, 24), it('amioInj', day, 3), it('ivFirst', day), it('glu', day, 1), it('infusionSet', day)); }
  for (let k = 2; k < 5; k++) { const day = add(adm, k); items.push(it('ecgMon', day, 24), it('spo2', day, 12)); }
  const c = stay(m, hk, adm, dis, ['I47.200', 'I50.908', HTN], { items, icuDays: 2, nursing: 'nurse1', route: 'emergency' });
  c._items = c._items.filter((x) => !(x.key === 'nurse1' && diff(adm, x.date) < 2));
  return { claims: [c] };
}]);
CTL.push(['C19', '心衰房颤静脉利尿期间逐日复查肾功能电解质、肌钙蛋白动态', (i) => {
  const m = member({ age: ri(62, 88) }); const hk = [...L3, ...L2][(i + 6) % 9]; const adm = dayOf(spread(i)); const dis = add(adm, ri(6, 8)); const items = [it('tnI', add(adm, 0)), it('tnI', add(adm, 0)), it('tnI', add(adm, 1))];
  for (let k = 1; k < 4; k++) { const day = add(adm, k); items.push(it('renal', day), it('lytes', day, 2), it('venipuncture', day), it('furoInj', day, 2), it('ivPush', day, 2), it('kcl', day, 2)); }
  items.push(drugDays('digoxin', adm, 6, 1), drugDays('spiro', adm, 6, 1), it('ntbnp', add(adm, 4)));
  const c = stay(m, hk, adm, dis, ['I50.908', 'I48.100x002', HTN], { items, route: 'emergency', nursing: 'nurse1' });
  return { claims: [c] };
}]);
CTL.push(['C20', '心脏康复: 术后门诊运动训练12次(心电监护下)', (i) => {
  const m = member({ age: ri(45, 75) }); const hk = L3[(i + 3) % 5]; const d = doc(hk, 'rehabilitation', i % 2); const claims = [];
  let day = spread(i, 10, 250);
  for (let k = 0; k < 12; k++) { const date = dayOf(day); const ex = [it('exercise', date), it('ecgMon', date, 1)]; if (k === 0 || k === 11) ex.push(it('rehabEval', date)); claims.push(opVisit(m, hk, date, ['Z50.000', i % 2 ? 'I48.000' : 'Z95.001'], ex, { doctor: d, dept: 'rehabilitation', px: [['93.3600', date]] })); day += k % 2 ? 4 : 3; }
  return { claims };
}]);
CTL.push(['C21', '胸痛中心: 心悸胸痛连续肌钙蛋白+冠脉造影阴性, 2日出院', (i) => {
  const m = member({ age: ri(45, 70) }); const hk = L3[i % 5]; const adm = dayOf(spread(i)); const p = add(adm, 1);
  const items = [it('tnI', adm), it('tnI', adm), it('tnI', p), it('cag', p), it('sheath', p, 1), it('cathDx', p, 2), it('localAn', p), it('lido', p, 1), it('ecgMon', adm, 24), it('ecgMon', p, 12), it('aspirin', adm, 3)];
  const c = stay(m, hk, adm, add(adm, 2), ['R07.400', 'I47.100', 'R00.200'], { items, route: 'emergency', px: [['88.5600', p]] });
  return { claims: [c] };
}]);
CTL.push(['C22', '三甲电生理中心集中手术日: 同医生同日多台起搏器植入', (i) => {
  const hk = ['CD1', 'JN1', 'HB1'][Math.floor(i / 5)]; const adm = add(dayOf([100, 190, 270][Math.floor(i / 5)]), i % 2);
  const m = member({ age: ri(68, 88), region: H[hk].region }); const d = doc(hk, 'cardiology', 0); const p = add(adm, 1);
  const c = stay(m, hk, adm, add(adm, 5), [i % 2 ? 'I49.500' : 'I44.200', HTN], { doctor: d, px: [['37.8301', p]], items: pmItems(p, { devicePrice: JICAI() }) });
  return { claims: [c] };
}]);
CTL.push(['C23', '起搏器囊袋血肿住院延长(12-16天), 后期隔日换药', (i) => {
  const m = member({ age: ri(74, 90) }); const hk = [...L3, ...L2][(i + 7) % 9]; const adm = dayOf(spread(i)); const p = add(adm, 1); const n = ri(12, 16); const dis = add(adm, n);
  const items = [...pmItems(p, { devicePrice: JICAI() })];
  for (let k = 4; k < n; k += 2) items.push(it('dressMid', add(adm, k)), it('dressKit', add(adm, k)));
  for (let k = 3; k < 8; k++) items.push(it('cefurox', add(adm, k), 2), it('ivFirst', add(adm, k)), it('nacl', add(adm, k), 1), it('infusionSet', add(adm, k)));
  const c = stay(m, hk, adm, dis, ['I49.500', 'T82.100x013', HTN], { px: [['37.8301', p]], items });
  return { claims: [c] };
}]);
CTL.push(['C24', '起搏器导线脱位: 术后5-12天再入院电极调整', (i) => {
  const m = member({ age: ri(66, 88) }); const hk = L3[(i + 1) % 5]; const d = doc(hk, 'cardiology', 1);
  const a1 = dayOf(spread(i)); const p1 = add(a1, 1); const d1 = add(a1, 5);
  const c1 = stay(m, hk, a1, d1, ['I44.200', HTN], { doctor: d, px: [['37.8301', p1]], items: pmItems(p1, { devicePrice: JICAI() }) });
  const a2 = add(d1, ri(5, 12)); const p2 = add(a2, 1);
  const c2 = stay(m, hk, a2, add(a2, 4), ['T82.103', 'I44.200', 'Z95.001'], { doctor: d, route: 'emergency', px: [['37.7501', p2]], items: [it('pmImplant', p2), it('localAn', p2), it('lido', p2, 2), it('sheath', p2, 1), it('guidewire', p2, 1), it('cefurox', p2, 2), it('drChest', add(p2, 1)), it('ecg', add(p2, 1)), it('ecgMon', p2, 12)], echo: false, cardiacLabs: false });
  return { claims: [c1, c2] };
}]);

// ======================= ROUTINE =======================
function routine(i) {
  const kind = i % 20;
  const date = dayOf(ri(2, 360));
  if (kind < 8) { const m = member(); const hk = [...L3, ...L2][i % 9]; const dx = pick([[HTN], ['I48.000', HTN], ['R00.200'], ['I49.300x002'], ['I25.103', HTN]]);
    const drugs = dx[0] === HTN ? [drugDays(pick(['amlo', 'nifed', 'valsartan', 'irbe']), date, 28, 1)] : dx[0] === 'I48.000' ? [drugDays('rivaro', date, 28, 1), drugDays('metoSR', date, 28, 1)] : dx[0] === 'I25.103' ? [drugDays('aspirin', date, 28, 1), drugDays('atorva', date, 28, 1), drugDays('isosorbide', date, 28, 1)] : [drugDays('metoTab', date, 14, 2)];
    return opVisit(m, hk, date, dx, [it('ecg', date), ...drugs]); }
  if (kind < 12) { const m = member({ age: ri(55, 85), chronic: [kind % 2 ? 'I10' : 'I25'] }); const hk = [...L3, ...L2][i % 9]; const d = doc(hk, 'cardiology', 2);
    const items = kind % 2 ? [it('chronicConsult', date), drugDays('amlo', date, 30, 1), drugDays('irbe', date, 30, 1)] : [it('chronicConsult', date), drugDays('aspirin', date, 30, 1), drugDays('atorva', date, 30, 1), drugDays('metoSR', date, 30, 1)];
    return claim(m, hk, { visitType: 'chronic', date, dx: [kind % 2 ? HTN : 'I25.103'], items, doctor: d }); }
  if (kind < 15) { const reg = pick(SCHEME_REGIONS); const m = member({ region: reg }); const ph = PH_OF[reg]; const hs = Object.keys(H).filter((k) => H[k].region === reg && !H[k].pharmacy);
    return claim(m, ph, { visitType: 'pharmacy', date, dx: [pick([HTN, 'I25.103'])], items: [drugDays(pick(['amlo', 'metoSR', 'atorva', 'biso']), date, 28, 1)], doctor: doc(hs[0], 'cardiology') }); }
  if (kind < 17) { const m = member(); const hk = [...L3, ...L2][i % 9]; return opVisit(m, hk, date, [pick(['R00.200', 'I49.100x001', HTN])], [pick([it('holter', date), it('abpm', date)])]); }
  if (kind === 17) { const m = member({ age: ri(66, 88) }); const hk = [...L3, ...L2][i % 9]; const p = add(date, 1); const dd = date > '2025-12-20' ? '2025-12-20' : date; const pp = add(dd, 1);
    return stay(m, hk, dd, add(dd, 6), [i % 2 ? 'I49.500' : 'I44.200', HTN], { px: [['37.8301', pp]], items: pmItems(pp, { devicePrice: JICAI() }) }); }
  if (kind === 18) { const m = member({ age: ri(60, 88) }); const hk = [...L2, ...L3][i % 9]; const dd = date > '2025-12-20' ? '2025-12-20' : date; const items = [];
    for (let k = 0; k < 3; k++) { const day = add(dd, k); items.push(it('furoInj', day, 2), it('ivPush', day, 2), it('ecgMon', day, 12)); }
    items.push(drugDays('sacval', dd, 7, 2), drugDays('metoSR', dd, 7, 1), drugDays('spiro', dd, 7, 1));
    return stay(m, hk, dd, add(dd, 7), ['I50.908', 'I48.100x002', HTN], { items, route: 'emergency' }); }
  const m = member(); const hk = L3[i % 5]; return opVisit(m, hk, date, ['R00.200'], [it('ecg', date), it('tnI', date), it('venipuncture', date)], { dept: 'emergency' });
}

// ======================= build =======================
for (const [code, name, gen] of TYP) for (let i = 0; i < 15; i++) { const r = gen(i); label('fraud', code, name, i, r.claims, r.targets); }
for (const [code, name, gen] of CTL) for (let i = 0; i < 15; i++) { const r = gen(i); label('control', code, name, i, r.claims, r.claims); }
for (let i = 0; i < 100; i++) { const c = routine(i); label('routine', 'R00', '日常心血管诊疗', i, [c], [c]); }

// ---------- money (integer fen) ----------
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
function policyFor(region, scheme, vt) {
  const prov = POL.provinces[region.slice(0, 2)]; let s = JSON.parse(JSON.stringify(prov.schemes[scheme][vt]));
  const ov = prov.regions && prov.regions[region] && prov.regions[region].schemes && prov.regions[region].schemes[scheme] && prov.regions[region].schemes[scheme][vt];
  if (ov) s = { ...s, ...ov };
  return s;
}
const byLevel = (v, lvl) => (typeof v === 'object' ? v[String(lvl)] : v);
const groups = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const id = g.claimId; const drg = (g.grouping && g.grouping.drg) || g.drg || (g.result && g.result.drg); if (id) groups[id] = drg || null; }

CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq));
const ytd = {}; // member -> {ded: fen applied to outpatient deductible, fund: {vt: fen}, admissions}
for (const c of CLAIMS) {
  const lvl = c._level; let total = 0, selfShare = 0;
  c._items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const items = c._items.map((x, j) => {
    const capFen = Math.round(x.row.priceCap[String(lvl)] * 100);
    const unitFen = x.price != null ? Math.round(x.price * 100) : capFen;
    if (unitFen > capFen) throw new Error(`price above cap ${x.code} ${c.claimId}`);
    const amt = unitFen * x.qty; total += amt;
    selfShare += x.row.class === '丙' ? amt : Math.round(amt * (x.row.selfPayShare || 0));
    x.lineId = String(j + 1);
    const line = { lineId: x.lineId, code: x.row.products ? x.row.products[0] : x.code, name: x.row.name, category: x.row.category, date: x.date, quantity: x.qty, unitPrice: unitFen / 100, amount: amt / 100 };
    if (x.longRx) line.longPrescription = true;
    return line;
  });
  const policyFen = total - selfShare;
  const m = c._m; const key = m.insuredId; const y = ytd[key] || (ytd[key] = { ded: 0, fund: {}, adm: 0 });
  const benefitRegion = c.insuredRegion || c.region; const pol = policyFor(benefitRegion, m.scheme, c.visitType);
  const ratio = byLevel(pol.ratio, lvl) + (m.retired ? (pol.retireeRatioBonus || 0) : 0);
  let fund;
  if (c.visitType === 'inpatient') {
    let ded = Math.round(byLevel(pol.deductible, lvl) * 100); if (y.adm > 0 && pol.laterAdmissionDeductibleShare != null) ded = Math.round(ded * pol.laterAdmissionDeductibleShare); y.adm++;
    fund = Math.max(0, policyFen - ded) * ratio;
  } else {
    const dedYear = Math.round((pol.deductible || 0) * 100); const pool = c.visitType === 'chronic' ? 'chronic' : 'op';
    let base = policyFen;
    if (pool === 'op') { const left = Math.max(0, dedYear - y.ded); const used = Math.min(left, base); y.ded += used; base -= used; }
    fund = base * ratio;
  }
  fund = Math.floor(fund);
  const pool = c.visitType === 'inpatient' ? 'ip' : c.visitType === 'chronic' ? 'chronic' : 'op';
  const capFen = Math.round(pol.annualFundCap * 100); const usedFund = y.fund[pool] || 0;
  fund = Math.max(0, Math.min(fund, capFen - usedFund)); y.fund[pool] = usedFund + fund;
  c.items = items;
  c.amounts = { total: total / 100, policy: policyFen / 100, fundClaimed: fund / 100 };
  if (c.visitType === 'inpatient') c.reportedGroup = { drg: groups[c.claimId] || null, dip: null };
}
// labels: mutated lines
const byId = {}; for (const c of CLAIMS) byId[c.claimId] = c;
for (const l of LABELS) {
  const mut = {};
  for (const id of l.targets) { const ids = byId[id]._items.filter((x) => x.mut).map((x) => x.lineId); if (ids.length) mut[id] = ids; }
  l.mutatedLines = l.kind === 'fraud' ? mut : {}; delete l._mut;
}
const clean = (c) => { const o = {}; for (const [k, v] of Object.entries(c)) if (!k.startsWith('_')) o[k] = v; return o; };
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map((c) => JSON.stringify(clean(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`blind89: ${CLAIMS.length} claims, ${LABELS.length} cases (${LABELS.filter((l) => l.kind === 'fraud').length} fraud, ${LABELS.filter((l) => l.kind === 'control').length} control, ${LABELS.filter((l) => l.kind === 'routine').length} routine)`);
