#!/usr/bin/env node
// blind85: digestive and liver care (消化内科、肝病与消化内镜). Fixed seed, no dependencies.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = path.resolve(opt('--catalogue', path.join(__dirname, '../base82/rules/catalogue')));
const GROUPS = opt('--groups', null);

// ---------- fixed-seed RNG ----------
let seed = 85085;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue rows (row files only) ----------
const ROWFILES = ['services.json', 'drugs.json', 'consumables.json', 'services-tcm.json', 'drugs-tcm-herbs.json', 'services-mental-health.json', 'drugs-mental-health.json', 'services-home-and-online.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json'];
const ROW = {};
for (const f of ROWFILES) { const p = path.join(CAT, f); if (!fs.existsSync(p)) continue; for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) ROW[r.code] = r; }

// ---------- policies (amounts) ----------
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '../benefits/policies.json'), 'utf8'));
function schemePol(region, ins, vt) {
  const prov = POL.provinces[region.slice(0, 2)];
  let s = JSON.parse(JSON.stringify(prov.schemes[ins][vt]));
  const ov = prov.regions && prov.regions[region] && prov.regions[region].schemes && prov.regions[region].schemes[ins] && prov.regions[region].schemes[ins][vt];
  if (ov) Object.assign(s, ov);
  return s;
}

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const randDate = (from = '2025-02-01', to = '2025-10-31') => addDays(from, ri(0, (D(to) - D(from)) / 86400000));

// ---------- regions, hospitals, departments, doctors ----------
const REGIONS = ['220100', '220200', '230100', '230600', '370100', '370200', '510100', '510700'];
const HOSP = []; const DOCS = {};
const TITLES3 = ['主任医师', '副主任医师', '主治医师', '主治医师', '住院医师'];
const TITLES1 = ['主治医师', '住院医师', '住院医师'];
let docSeq = 1;
for (const r of REGIONS) for (const lv of [3, 2, 1]) {
  const id = `H${r}${String(4 - lv).padStart(2, '0')}`;
  const depts = lv === 1 ? ['internal_medicine'] : ['gastroenterology', 'hepatology', 'emergency'];
  const h = { id, region: r, level: lv, depts }; HOSP.push(h);
  for (const dp of depts) { DOCS[id + '/' + dp] = (lv === 1 ? TITLES1 : TITLES3).map(t => ({ id: `D85${String(docSeq++).padStart(4, '0')}`, title: t })); }
}
const hospAt = (minLv, maxLv = 3, region) => pick(HOSP.filter(h => h.level >= minLv && h.level <= maxLv && (!region || h.region === region)));
const deptOf = (h, want) => h.level === 1 ? 'internal_medicine' : want;
const docOf = (h, dept, seniorOnly) => { const ds = DOCS[h.id + '/' + dept]; const c = seniorOnly ? ds.filter(d => d.title !== '住院医师') : ds; return pick(c.length ? c : ds); };

// ---------- patients ----------
let ptSeq = 1;
function patient(o = {}) {
  const gender = o.gender || pick(['M', 'M', 'F']);
  const age = o.age || ri(28, 78);
  const birthDate = `${2025 - age}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const ins = o.ins || (rnd() < 0.6 ? 'employee' : 'resident');
  const retAge = gender === 'M' ? 61 : 56;
  const retired = ins === 'employee' && age >= retAge;
  const contributionYears = ins === 'employee' ? Math.max(3, Math.min(age - 22, retired ? ri(31, 40) : ri(3, 30))) : 0;
  const region = o.region || pick(REGIONS);
  const p = {
    insuredId: `P85${String(ptSeq++).padStart(5, '0')}`, gender, birthDate, retired, ins, region, age,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null },
  };
  if (o.chronic) p.enrollment.chronicDiseases = o.chronic;
  return p;
}

// ---------- claims ----------
const CLAIMS = []; let claimSeq = 1;
function mkClaim(o) {
  // o: {pt, h, dept, doc, vt, adm, dis, visitDate, dx:[], procs:[], lines:[{code,date,qty,mut}], route, mode, insuredRegion}
  const h = o.h; const lv = h.level;
  const c = {
    claimId: `${h.region}-${h.id}-2025-85${String(claimSeq++).padStart(5, '0')}`,
    region: h.region, insuranceType: o.pt.ins, visitType: o.vt,
    patient: { insuredId: o.pt.insuredId, gender: o.pt.gender, birthDate: o.pt.birthDate, retired: o.pt.retired },
    enrollment: o.pt.enrollment,
    provider: { hospitalId: h.id, level: lv, department: o.dept, doctorId: o.doc.id },
  };
  if (o.insuredRegion && o.insuredRegion !== h.region) c.insuredRegion = o.insuredRegion;
  if (o.vt === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; if (o.route) c.admissionRoute = o.route; c.dischargeMode = o.mode || 'ordered'; }
  else c.visitDate = o.visitDate;
  c.diagnoses = o.dx.map((code, i) => i === 0 ? { code, principal: true } : { code });
  c.procedures = (o.procs || []).map(p => ({ code: p[0], date: p[1] }));
  if (o.vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  const mut = [];
  c.items = o.lines.map((l, i) => {
    const r = ROW[l.code]; if (!r) throw new Error('no catalogue row ' + l.code);
    const unitFen = Math.round((l.price != null ? l.price : r.priceCap[String(lv)]) * 100);
    const it = { lineId: String(i + 1), code: r.code, name: r.name, category: r.category, date: l.date, quantity: l.qty, unitPrice: unitFen / 100, amount: unitFen * l.qty / 100 };
    if (l.long) it.longPrescription = true;
    if (l.mut) mut.push(it.lineId);
    it._fen = unitFen * l.qty; it._share = r.selfPayShare || 0;
    return it;
  });
  c._mut = mut; c._sortDate = c.dischargeDate || c.visitDate; c._seq = CLAIMS.length;
  CLAIMS.push(c); return c;
}

// settle amounts in settlement order (deductible and caps met across a member's year)
function settle() {
  CLAIMS.sort((a, b) => a._sortDate < b._sortDate ? -1 : a._sortDate > b._sortDate ? 1 : a._seq - b._seq);
  const ytd = {};
  for (const c of CLAIMS) {
    let total = 0, self = 0;
    for (const it of c.items) { total += it._fen; self += Math.round(it._fen * it._share); delete it._fen; delete it._share; }
    const policy = total - self;
    const polRegion = c.insuredRegion || c.region;
    const vt = c.visitType === 'pharmacy' ? 'pharmacy' : c.visitType;
    const s = schemePol(polRegion, c.insuranceType, vt);
    const lv = String(c.provider.level);
    const ratio = (typeof s.ratio === 'object' ? s.ratio[lv] : s.ratio) + (c.patient.retired ? (s.retireeRatioBonus || 0) : 0);
    const key = c.patient.insuredId + '/' + (vt === 'pharmacy' ? 'outpatient' : vt);
    const y = ytd[key] || (ytd[key] = { ded: 0, fund: 0 });
    let dedFen;
    if (vt === 'inpatient') dedFen = Math.round((typeof s.deductible === 'object' ? s.deductible[lv] : s.deductible) * 100);
    else { const yearDed = Math.round((s.deductible || 0) * 100); dedFen = Math.max(0, Math.min(policy, yearDed - y.ded)); y.ded += dedFen; }
    let fund = Math.floor(Math.max(0, policy - dedFen) * ratio);
    const capFen = Math.round(s.annualFundCap * 100);
    fund = Math.max(0, Math.min(fund, capFen - y.fund)); y.fund += fund;
    c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  }
}

// ---------- line helpers ----------
const I = {
  consult: '001102000010001', consultAssoc: '001102000020001', consultChief: '001102000030001', chronicConsult: '001109000010001', emerg: '001102000050001',
  ipConsult: '001103000010001', bed: '001105000010001', bedICU: '001105000030001', n1: '001201000020001', n2: '001201000030001', huizhen: '001104000010001',
  iv1: '001204000010001', ivAdd: '001204000020001', ivStat: '001204000040001', cannula: '001204000070001', o2: '001208000010001', ecg: '001209000010001', spo2: '001210000010001', nibp: '001211000010001',
  glu: '001212000010001', gastroDecomp: '001213000010001', ngTube: '001219000010001',
  cbc: '002501010010001', hb: '002501010030001', urine: '002501020010001', stool: '002501030010001', lft: '002502010010001', alt: '002502010020001', ast: '002502010030001', tbil: '002502010040001',
  rft: '002502020010001', lytes: '002502030010001', lipid: '002502040010001', fbg: '002502050010001', coag: '002502060010001', crp: '002502080010001', pct: '002502080020001', abg: '002502090010001', lactate: '002502090020001',
  hbv: '002502110010001', preop8: '002502120010001', abo: '002502130010001', culture: '002502140010001', afp: '002502170020001', cea: '002502170010001', ca199: '002502170040001', path: '002502200010001',
  ecgStd: '003107010010001', cxr: '002202010010001', usAbd: '002103010010001', ctAbd: '002301010030001', ctEnh: '002301010040001', ctChest: '002301010020001',
  gastroscopy: '002503010030001', colonoscopy: '002503010040001', polypectomy: '002503010140001', ercp: '002503010110001', est: '002503010120001',
  ga: '003301010010001', localAn: '003301010030001', cvc: '003307040030001', xmatch: '002502130020001', transf: '001204000210001', rbc: '002600000010001', ffp: '002600000020001', crrt: '003310010020001',
  // drugs
  ppiIV: 'XA02BCP503B002', omeIV: 'XA02BCA515B002', omeOral: 'XA02BCA515A001', esoOral: 'XA02BCA516A001', rabe: 'XA02BCL507A001', famot: 'XA02BAF504A001', alMg: 'XA02ADL508A001', domp: 'XA03FAD507A001',
  smecta: 'XA07BCM505A006', bifid: 'XA07FAS503A001', lactulose: 'XA06ADR502A004', udca: 'XA05AAX506A001', ppc: 'XA05BAD508A001', gsh: 'XV03ABH501B002', mgIso: 'XA05BAY506B002',
  albumin: 'XB05AAR504B002', vitK: 'XB02BAW502B002', txa: 'XB02AAA519B002', ceftri: 'XJ01DDT504B002', cefop: 'XJ01DDT507B002', imip: 'XJ01DHY501B002', metroIV: 'XJ01XDJ501B002', levoIV: 'XJ01MAZ501B002',
  amox: 'XJ01CAA501A001', clari: 'XJ01FAK501A001', furoT: 'XC03CAF503A001', furoIV: 'XC03CAF503B002', spiro: 'XC03DAL505A001', entec: 'XJ05AFE501A001',
  ns: 'XB05BBL511B002', glucose: 'XB05BAP505B002', gns: 'XB05BBP506B002', ringer: 'XB05BBR503B002', kcl: 'XB05XAL512B002', lipidEm: 'XB05BAZ504B002', aa: 'XB05BAF508B002',
  propofol: 'XN01AXB503B002', midaz: 'XN05CDM508B002', fent: 'XN02ABF506B002', lido: 'XN01BBL509B002', mpred: 'XH02ABJ504B002', pred: 'XH02ABP507A001', mtx: 'XL04AXJ506A001', metoclo: 'XA03FAJ503B002',
  // consumables
  ivSet: 'C14010150100001020350000001', cann: 'C14010150200001215730000001', syr: 'C14010150300001156950000001', drainBag: 'C14040150100001551930000001', ngt: 'C14040150200001963360000001', negDrain: 'C14040150300001408220000001',
  clip: 'C11010150400001380140000001', o2tube: 'C14050150100001832230000001', electrode: 'C14060150100001436170000001', gauze: 'C14020150100001506610000001', anPack: 'C11010150800001179070000001', bloodSet: 'C14100150200001872210000001', dressPack: 'C14020150200001397260000001',
};
const IVDRUG = (code) => { const r = ROW[code]; return r && r.category === 'drug' && /B002$/.test(code) && r.subcategory !== 'anaesthetic' && code !== I.vitK; };

// A stay: base daily lines + admission work-up + the clinical lines, IV-set services computed per day.
function stay(o) {
  const { pt, h, los } = o; const adm = o.adm; const dis = addDays(adm, los);
  const dept = o.dept || deptOf(h, 'gastroenterology'); const doc = o.doc || docOf(h, dept, true);
  const L = [];
  const add = (code, date, qty, mut) => { if (qty > 0) L.push({ code, date, qty, mut: !!mut }); };
  for (let d = 0; d < los; d++) {
    const dt = addDays(adm, d);
    if (o.icuDays && d < o.icuDays && h.level >= 2) add(I.bedICU, dt, 1); else add(I.bed, dt, 1);
    add(d < (o.n1Days || 0) ? I.n1 : I.n2, dt, 1);
    add(I.ipConsult, dt, 1);
  }
  if (!o.noWorkup) {
    for (const c of [I.cbc, I.urine, I.stool, I.lft, I.rft, I.lytes, I.coag]) add(c, adm, 1);
    if (o.liver) { add(I.hbv, adm, 1); add(I.afp, adm, 1); }
    add(I.ecgStd, adm, 1);
    if (o.us !== false) add(I.usAbd, addDays(adm, Math.min(1, los - 1)), 1);
  }
  const mark = L.length;
  o.body(add, adm, dis, L);
  // IV services per day
  const byDay = {};
  for (const l of L) if (IVDRUG(l.code) || l.code === I.rbc) { byDay[l.date] = byDay[l.date] || new Set(); byDay[l.date].add(l.code); }
  for (const [dt, set] of Object.entries(byDay)) { const n = set.size; add(I.iv1, dt, 1); if (n > 1) add(I.ivAdd, dt, Math.min(n - 1, 5)); add(I.ivSet, dt, 1); }
  if (Object.keys(byDay).length) { add(I.cannula, adm, 1); add(I.cann, adm, 1); }
  void mark;
  L.sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  return mkClaim({ pt, h, dept, doc, vt: 'inpatient', adm, dis, dx: o.dx, procs: o.procs || [], lines: L, route: o.route || 'outpatient', mode: o.mode, insuredRegion: o.insuredRegion });
}

// An outpatient / chronic visit.
function visit(o) {
  const { pt, h, date } = o; const vt = o.vt || 'outpatient';
  const dept = o.dept || deptOf(h, 'gastroenterology'); const doc = o.doc || docOf(h, dept);
  const L = []; const add = (code, d, qty, mut, long) => { if (qty > 0) L.push({ code, date: d || date, qty, mut: !!mut, long }); };
  if (vt === 'chronic') add(I.chronicConsult, date, 1);
  else if (o.emergency) add(I.emerg, date, 1);
  else add(doc.title === '主任医师' && h.level >= 2 ? I.consultChief : doc.title === '副主任医师' && h.level >= 2 ? I.consultAssoc : I.consult, date, 1);
  o.body(add, date);
  return mkClaim({ pt, h, dept, doc, vt, visitDate: date, dx: o.dx, procs: o.procs || [], lines: L, insuredRegion: o.insuredRegion });
}

// ---------- cases ----------
const LABELS = []; const NAMES = {};
function addCase(kind, code, claims, targets, mutFrom) {
  const caseId = `B85-${code}-${String(LABELS.filter(l => l.code === code).length + 1).padStart(2, '0')}`;
  const mutatedLines = {};
  for (const c of (mutFrom || [])) if (c._mut.length) mutatedLines[c.claimId] = c._mut.slice();
  const lab = { caseId, kind, code, name: NAMES[code], claimIds: claims.map(c => c.claimId), targets: (targets || claims).map(c => c.claimId), mutatedLines };
  if (kind === 'fraud') lab.typology = code; else if (kind === 'control') lab.control = code;
  LABELS.push(lab);
}

// common clinical blocks
function cirrhosisDecompBody(opts) {
  return (add, adm, dis, L) => {
    const los = (D(dis) - D(adm)) / 86400000;
    for (let d = 0; d < los; d++) { const dt = addDays(adm, d); add(I.furoT, dt, 2); add(I.spiro, dt, 4); if (opts.he) add(I.lactulose, dt, 3); }
    add(I.lft, addDays(adm, Math.min(3, los - 1)), 1); add(I.lytes, addDays(adm, Math.min(3, los - 1)), 1);
    if (opts.paracentesis) for (const pd of opts.paracentesis) { const dt = addDays(adm, pd); add(I.localAn, dt, 1); add(I.lido, dt, 2); add(I.drainBag, dt, 2); add(I.negDrain, dt, 1); add(I.culture, dt, 1); add(I.albumin, dt, 3); add(I.albumin, addDays(dt, 1), 2); }
    if (opts.sbp) for (let d = 0; d < Math.min(7, los); d++) add(I.ceftri, addDays(adm, d), 2);
    if (opts.sbpAlbumin) { add(I.albumin, adm, 3); add(I.albumin, addDays(adm, 2), 2); }
    if (opts.he) { add(I.glucose, adm, 2); add(I.abg, adm, 1); }
  };
}

const T = {}; const Cc = {};
function def(code, name, fn) { NAMES[code] = name; (code[0] === 'T' ? T : Cc)[code] = fn; }

// ===== FRAUD TYPOLOGIES =====
def('T01', '白蛋白超限定支付: 代偿期肝硬化/慢乙肝住院每日人血白蛋白, 无腹水依据', (i) => {
  const careful = i % 2 === 1; const pt = patient({ age: ri(40, 70) }); const h = hospAt(2, 3, pt.region); const los = ri(7, 11);
  const dx = careful ? ['K74.608', 'B18.100'] : pick([['B18.100', 'K76.000'], ['K74.608', 'B18.100'], ['K70.900']]);
  const c = stay({ pt, h, los, adm: randDate(), dx, liver: true, dept: deptOf(h, 'hepatology'), us: careful, body: (add, adm) => {
    for (let d = 0; d < los; d++) { const dt = addDays(adm, d); add(I.ppc, dt, 6); add(I.entec, dt, dx.includes('B18.100') ? 1 : 0); }
    for (let d = 1; d < los - 1; d++) add(I.albumin, addDays(adm, d), careful ? 1 : 2, true);
    add(I.lft, addDays(adm, los - 2), 1);
  } });
  return [[c], [c], [c]];
});
def('T02', '静脉PPI超限定: 无出血、可口服的住院使用注射用泮托拉唑/奥美拉唑', (i) => {
  const careful = i % 2 === 1; const pt = patient(); const h = hospAt(1, 3, pt.region); const los = ri(5, 8);
  const dx = pick([['K29.500'], ['K21.001', 'K29.300'], ['K30.x00'], ['K80.101'], ['K76.000', 'K29.500']]);
  const c = stay({ pt, h, los, adm: randDate(), dx, body: (add, adm) => {
    const days = careful ? Math.min(5, los) : Math.min(7, los);
    for (let d = 0; d < days; d++) { const dt = addDays(adm, d); add(i % 3 === 0 ? I.omeIV : I.ppiIV, dt, 2, true); add(I.ns, dt, 2); }
    for (let d = 0; d < los; d++) { const dt = addDays(adm, d); add(I.domp, dt, 3); add(I.alMg, dt, 3); }
    if (!careful) add(I.gastroscopy, addDays(adm, 1), 1);
  }, procs: careful ? [] : [] });
  return [[c], [c], [c]];
});
def('T03', '保肝药叠加: 同一住院同时使用三种保肝/辅助用药 (谷胱甘肽+异甘草酸镁+多烯磷脂酰胆碱)', (i) => {
  const careful = i % 2 === 1; const pt = patient({ age: ri(30, 65) }); const h = hospAt(1, 3, pt.region); const los = ri(8, 13);
  const dx = pick([['B18.100'], ['K76.000'], ['K70.100'], ['B18.100', 'K76.000'], ['K71.600']]);
  const c = stay({ pt, h, los, adm: randDate(), dx, liver: true, dept: deptOf(h, 'hepatology'), body: (add, adm) => {
    for (let d = 0; d < los; d++) { const dt = addDays(adm, d); add(I.mgIso, dt, careful ? 2 : 3); add(I.gsh, dt, 2, true); add(I.ppc, dt, 6, true); add(I.glucose, dt, 2); if (dx[0] === 'B18.100') add(I.entec, dt, 1); }
    add(I.lft, addDays(adm, 4), 1); add(I.lft, addDays(adm, los - 1), 1);
  } });
  return [[c], [c], [c]];
});
def('T04', '无痛内镜麻醉虚记/虚增: 全身麻醉与丙泊酚计费, 无相应内镜或麻醉时长远超诊断性内镜', (i) => {
  const careful = i % 2 === 1; const pt = patient(); const h = hospAt(2, 3, pt.region); const los = ri(2, 4);
  const dx = pick([['K29.500'], ['K63.500'], ['K58.801'], ['K21.001']]);
  const c = stay({ pt, h, los, adm: randDate(), dx, us: false, body: (add, adm) => {
    const dt = addDays(adm, 1);
    if (careful) { add(dx[0] === 'K63.500' ? I.colonoscopy : I.gastroscopy, dt, 1); add(I.ga, dt, ri(3, 4), true); add(I.propofol, dt, ri(3, 4), true); }
    else { add(I.ga, dt, 2, true); add(I.propofol, dt, 2, true); add(I.fent, dt, 1, true); }
    add(I.midaz, dt, 1); add(I.anPack, dt, 1); add(I.omeOral, dt, 2);
  }, procs: careful ? [[dx[0] === 'K63.500' ? '45.2302' : '44.1300x001', null]] : [] });
  fixProcDates(c);
  return [[c], [c], [c]];
});
def('T05', '内镜串换: 诊断性肠镜按结肠镜下息肉切除术收费 (无息肉诊断或无病理)', (i) => {
  const careful = i % 2 === 1; const pt = patient({ age: ri(40, 72) }); const h = hospAt(1, 3, pt.region); const los = ri(2, 3);
  const dx = careful ? ['K63.500', 'K29.500'] : pick([['K58.801'], ['K59.000'], ['Z12.100'], ['K52.904']]);
  const c = stay({ pt, h, los, adm: randDate(), dx, us: false, body: (add, adm) => {
    const dt = addDays(adm, 1); add(I.polypectomy, dt, 1, true); if (careful) add(I.clip, dt, 2, true);
    add(I.ns, adm, 2); add(I.glucose, adm, 1);
  }, procs: [[careful ? '45.4200x003' : '45.2302', null]] });
  fixProcDates(c);
  return [[c], [c], [c]];
});
def('T06', '病理/活检虚增: 单部位胃镜活检按多例病理收费, 跨日重复计例', (i) => {
  const careful = i % 2 === 1; const pt = patient(); const h = hospAt(1, 3, pt.region); const date = randDate();
  const dx = pick([['K29.500', 'B98.000'], ['K29.300'], ['K29.400']]);
  if (!careful) {
    const c = visit({ pt, h, date, dx, procs: [['44.1401', date]], body: (add) => { add(I.gastroscopy, date, 1); add(I.path, date, 2, true); add(I.path, addDays(date, 1), 2, true); add(I.omeOral, date, 28); } });
    return [[c], [c], [c]];
  }
  const c = visit({ pt, h, date, dx, procs: [['44.1401', date]], body: (add) => { add(I.gastroscopy, date, 1); add(I.path, date, 2, true); add(I.rabe, date, 28); } });
  const c2 = visit({ pt, h, date: addDays(date, 2), dx, doc: undefined, body: (add, d) => { add(I.path, d, 2, true); } });
  return [[c, c2], [c, c2], [c, c2]];
});
def('T07', 'ERCP项目虚记: 仅诊断性ERCP而收取十二指肠乳头括约肌切开术(EST)及止血夹', (i) => {
  const careful = i % 2 === 1; const pt = patient({ age: ri(45, 80) }); const h = hospAt(2, 3, pt.region); const los = ri(5, 9);
  const dx = careful ? ['K83.000', 'K80.101'] : pick([['K83.000'], ['K80.101'], ['K86.100']]);
  const c = stay({ pt, h, los, adm: randDate(), dx, route: 'emergency', body: (add, adm) => {
    const dt = addDays(adm, 2); add(I.ercp, dt, 1); add(I.est, dt, 1, true); add(I.clip, dt, careful ? 1 : 3, true);
    add(I.ga, dt, 1); add(I.propofol, dt, 2);
    for (let d = 0; d < Math.min(5, los); d++) { const x = addDays(adm, d); add(I.cefop, x, 2); add(I.ns, x, 2); }
    add(I.lft, addDays(adm, 4 < los ? 4 : los - 1), 1);
  }, procs: [['51.1000', null]] });
  fixProcDates(c, 2);
  return [[c], [c], [c]];
});
def('T08', '挂床住院: 慢性肝病住院多日仅口服药与床位护理, 大部分日无诊疗', (i) => {
  const careful = i % 2 === 1; const pt = patient({ age: ri(40, 75), chronic: ['B18'] }); const h = hospAt(1, 3, pt.region); const los = ri(10, 16);
  const dx = pick([['B18.100'], ['K74.608', 'B18.100'], ['B18.200']]);
  const c = stay({ pt, h, los, adm: randDate(), dx, liver: true, dept: deptOf(h, 'hepatology'), body: (add, adm) => {
    for (let d = 0; d < los; d++) { const dt = addDays(adm, d); if (dx.includes('B18.100')) add(I.entec, dt, 1); add(I.ppc, dt, 6); }
    if (careful) { add(I.gsh, adm, 2); add(I.gsh, addDays(adm, 1), 2); add(I.lft, addDays(adm, los - 1), 1); }
  } });
  return [[c], [c], [{}]];
});
def('T09', '分解住院: 食管静脉曲张套扎疗程拆成15日内反复出入院 (同院同病)', (i) => {
  const careful = i % 2 === 1; const pt = patient({ age: ri(40, 70) }); const h = hospAt(2, 3, pt.region); let adm = randDate('2025-02-01', '2025-09-01');
  const dept = deptOf(h, 'gastroenterology'); const doc = docOf(h, dept, true);
  const out = [];
  for (let k = 0; k < 3; k++) {
    const los = ri(3, 5);
    const c = stay({ pt, h, dept, doc, los, adm, dx: ['K74.616+I98.2*', 'K74.602'], liver: k === 0, body: (add, a) => {
      const dt = addDays(a, 1); add(I.gastroscopy, dt, 1); add(I.ga, dt, 1); add(I.propofol, dt, 1);
      for (let d = 0; d < Math.min(3, los); d++) { const x = addDays(a, d); add(I.ppiIV, x, 2); add(I.ns, x, 2); }
      add(I.cbc, addDays(a, los - 1), 1);
    }, procs: [['42.3307', null]] });
    fixProcDates(c, 1); out.push(c);
    adm = addDays(c.dischargeDate, careful ? ri(8, 13) : ri(2, 6));
  }
  return [out, out.slice(1), [{}]];
});
def('T10', '低标准入院: 功能性消化不良/幽门螺杆菌感染等门诊可治疾病收住院, 日均费用低', (i) => {
  const careful = i % 2 === 1; const pt = patient(); const h = hospAt(1, 2, pt.region); const los = careful ? ri(3, 4) : ri(4, 6);
  const dx = pick([['K30.x00'], ['K29.500', 'B98.000'], ['K29.300'], ['K58.801']]);
  const c = stay({ pt, h, los, adm: randDate(), dx, us: careful, body: (add, adm) => {
    for (let d = 0; d < los; d++) { const dt = addDays(adm, d); add(I.omeOral, dt, 2); add(I.domp, dt, 3); if (dx.includes('B98.000')) { add(I.amox, dt, 4); add(I.clari, dt, 2); } }
    if (careful) add(I.gastroscopy, addDays(adm, 1), 1);
  }, procs: careful ? [['44.1300x001', null]] : [] });
  fixProcDates(c);
  return [[c], [c], [{}]];
});
def('T11', '门诊慢特病超量开药/倒卖: 恩替卡韦长处方未用完即在另一医院再次开足量', (i) => {
  const careful = i % 2 === 1; const pt = patient({ age: ri(30, 65), chronic: ['B18'] }); const h1 = hospAt(2, 3, pt.region); const h2b = pick(HOSP.filter(x => x.region === pt.region && x.id !== h1.id));
  const d0 = randDate('2025-02-01', '2025-06-30'); const out = [];
  const rx = (h, d, days, mut) => visit({ pt, h, date: d, vt: 'chronic', dept: deptOf(h, 'hepatology'), dx: ['B18.100'], body: (add) => { add(I.entec, d, days, mut, days > 30); } });
  out.push(rx(h1, d0, 84));
  out.push(rx(h2b, addDays(d0, careful ? ri(28, 40) : ri(10, 20)), 84, true));
  out.push(rx(h1, addDays(d0, careful ? ri(70, 80) : ri(35, 50)), 84, true));
  return [out, out.slice(1), out.slice(1)];
});
def('T12', '过度检查: 慢性胃炎门诊每月重复胃镜与腹部B超/肝功能 (代替呼气试验逐月复查)', (i) => {
  const careful = i % 2 === 1; const pt = patient(); const h = hospAt(1, 3, pt.region); const d0 = randDate('2025-02-01', '2025-05-31');
  const out = []; const doc = docOf(h, deptOf(h, 'gastroenterology'));
  for (let k = 0; k < 4; k++) {
    const d = addDays(d0, k * (careful ? ri(35, 45) : ri(26, 32)));
    out.push(visit({ pt, h, doc, date: d, dx: ['K29.500'], procs: [['44.1300x001', d]], body: (add) => { add(I.gastroscopy, d, 1, k > 0); add(I.usAbd, d, 1, k > 0); if (!careful) add(I.lft, d, 1, k > 0); add(I.omeOral, d, 28); } }));
  }
  return [out, out.slice(1), out.slice(1)];
});
def('T13', '冒名就医: 参保人住院期间同一身份在另一统筹区门诊/慢特病结算', (i) => {
  const careful = i % 2 === 1; const pt = patient({ age: ri(35, 70), chronic: ['B18'] }); const h = hospAt(2, 3, pt.region); const los = ri(8, 12); const adm = randDate();
  const c1 = stay({ pt, h, los, adm, dx: ['K74.602', 'R18.x00'], liver: true, dept: deptOf(h, 'hepatology'), body: cirrhosisDecompBody({ paracentesis: [2] }), procs: [['54.9100', null]] });
  fixProcDates(c1, 2);
  const other = REGIONS.filter(r => r.slice(0, 2) !== pt.region.slice(0, 2));
  const h2 = careful ? hospAt(1, 2, pick(REGIONS.filter(r => r !== pt.region && r.slice(0, 2) === pt.region.slice(0, 2)))) : hospAt(1, 3, pick(other));
  const d2 = addDays(adm, ri(2, los - 2));
  const c2 = visit({ pt, h: h2, date: d2, vt: careful ? 'chronic' : 'outpatient', dept: deptOf(h2, 'hepatology'), insuredRegion: pt.region, dx: ['B18.100'], body: (add) => { add(I.entec, d2, careful ? 28 : 30); add(I.ppc, d2, careful ? 84 : 126); if (!careful) add(I.lft, d2, 1); } });
  return [[c1, c2], [c2], [{}]];
});
def('T14', '重复收费: 肝功能全套同日另收其中单项, 或息肉切除术同日另收结肠镜检查', (i) => {
  const careful = i % 2 === 1; const pt = patient({ age: ri(35, 75) }); const h = hospAt(1, 3, pt.region); const los = ri(3, 7);
  const colon = i % 3 === 0;
  const dx = colon ? ['K63.500'] : pick([['B18.100'], ['K76.000'], ['K70.100']]);
  const c = stay({ pt, h, los, adm: randDate(), dx, liver: !colon, us: !colon, body: (add, adm) => {
    if (colon) { const dt = addDays(adm, 1); add(I.polypectomy, dt, 1); add(I.colonoscopy, dt, 1, true); add(I.path, dt, 1); add(I.ga, dt, 1); add(I.propofol, dt, 1); }
    else { add(I.alt, adm, 1, true); if (!careful) { add(I.ast, adm, 1, true); add(I.tbil, adm, 1, true); } for (let d = 0; d < los; d++) add(I.ppc, addDays(adm, d), 6); }
  }, procs: colon ? [['45.4200x003', null]] : [] });
  fixProcDates(c);
  return [[c], [c], [c]];
});
def('T15', '高套诊断: 加编肝性脑病/自发性腹膜炎等重要并发症而无相应治疗', (i) => {
  const careful = i % 2 === 1; const pt = patient({ age: ri(45, 75) }); const h = hospAt(2, 3, pt.region); const los = ri(7, 11);
  const add2 = careful ? ['K65.902'] : ['K72.900x003+G94.3*', 'K76.700'];
  const c = stay({ pt, h, los, adm: randDate(), dx: ['K74.602', 'R18.x00', ...add2], liver: true, dept: deptOf(h, 'hepatology'), body: cirrhosisDecompBody({}), procs: [] });
  return [[c], [c], [{}]];
});

function fixProcDates(c, dayIdx = 1) { const d = addDays(c.admissionDate || c.visitDate, c.admissionDate ? dayIdx : 0); for (const p of c.procedures) if (!p.date) p.date = d; }

// ===== CONTROLS =====
def('C01', '真实食管胃底静脉曲张破裂出血: 静脉PPI、输血、头孢曲松预防、急诊套扎', (i) => {
  const pt = patient({ age: ri(40, 72) }); const h = hospAt(2, 3, pt.region); const los = ri(8, 13);
  const c = stay({ pt, h, los, adm: randDate(), dx: ['K74.615+I98.3*', 'K74.602', 'D62.x00'], liver: true, route: 'emergency', icuDays: 2, n1Days: 4, body: (add, adm) => {
    add(I.abo, adm, 1); add(I.xmatch, adm, 2); add(I.rbc, adm, 2); add(I.rbc, addDays(adm, 1), 2); add(I.transf, adm, 1); add(I.transf, addDays(adm, 1), 1); add(I.bloodSet, adm, 1); add(I.bloodSet, addDays(adm, 1), 1); add(I.ffp, adm, 4);
    for (let d = 0; d < 5; d++) { const dt = addDays(adm, d); add(I.ppiIV, dt, d < 3 ? 3 : 2); add(I.ceftri, dt, 2); add(I.ns, dt, 2); add(I.gns, dt, 2); }
    for (let d = 0; d < 3; d++) { const dt = addDays(adm, d); add(I.vitK, dt, 1); add(I.ecg, dt, 24); add(I.spo2, dt, 24); add(I.o2, dt, 12); add(I.cbc, dt, 1); }
    add(I.gastroscopy, addDays(adm, 1), 1); add(I.lft, addDays(adm, 3), 1);
    for (let d = 5; d < los; d++) { const dt = addDays(adm, d); add(I.omeOral, dt, 2); add(I.spiro, dt, 2); add(I.lactulose, dt, 2); }
  }, procs: [['42.3307', null]] });
  fixProcDates(c);
  return [c];
});
def('C02', '失代偿期肝硬化大量放腹水后输注白蛋白 (有腹水诊断、B超、肝功能)', (i) => {
  const pt = patient({ age: ri(45, 75) }); const h = hospAt(2, 3, pt.region); const los = ri(9, 15);
  const c = stay({ pt, h, los, adm: randDate(), dx: ['K74.602', 'R18.x00', 'B18.100'], liver: true, dept: deptOf(h, 'hepatology'), body: (add, adm, dis) => { cirrhosisDecompBody({ paracentesis: los > 11 ? [2, 8] : [2] })(add, adm, dis); for (let d = 0; d < los; d++) add(I.entec, addDays(adm, d), 1); }, procs: [['54.9100', null]] });
  fixProcDates(c, 2);
  return [c];
});
def('C03', '肝硬化合并自发性细菌性腹膜炎: 头孢曲松+第1、3日白蛋白', (i) => {
  const pt = patient({ age: ri(45, 78) }); const h = hospAt(2, 3, pt.region); const los = ri(9, 14);
  const c = stay({ pt, h, los, adm: randDate(), dx: ['K65.902', 'K74.607', 'R18.x00'], liver: true, route: 'emergency', n1Days: 3, dept: deptOf(h, 'hepatology'), body: (add, adm, dis) => { cirrhosisDecompBody({ sbp: true, sbpAlbumin: true, paracentesis: [] })(add, adm, dis); add(I.localAn, adm, 1); add(I.culture, adm, 2); add(I.crp, adm, 1); add(I.crp, addDays(adm, 4), 1); add(I.pct, adm, 1); add(I.cbc, addDays(adm, 3), 1); }, procs: [['54.9100', null]] });
  fixProcDates(c, 0);
  return [c];
});
def('C04', '消化性溃疡出血: 静脉PPI 5-7日、内镜下止血、输血', (i) => {
  const pt = patient({ age: ri(30, 80) }); const h = hospAt(1, 3, pt.region); const los = ri(6, 9);
  const dx = pick([['K26.400', 'D62.x00'], ['K25.400', 'D62.x00'], ['K26.400']]);
  const c = stay({ pt, h, los, adm: randDate(), dx, route: 'emergency', n1Days: 3, us: false, body: (add, adm) => {
    for (let d = 0; d < Math.min(7, los - 1); d++) { const dt = addDays(adm, d); add(I.ppiIV, dt, d < 3 ? 3 : 2); add(I.ns, dt, 2); add(I.gns, dt, 2); add(I.kcl, dt, 2); }
    add(I.gastroscopy, addDays(adm, 1), 1); if (h.level >= 2) add(I.clip, addDays(adm, 1), 3);
    add(I.abo, adm, 1); add(I.xmatch, adm, 1); add(I.rbc, adm, 2); add(I.transf, adm, 1); add(I.bloodSet, adm, 1);
    add(I.cbc, addDays(adm, 1), 1); add(I.cbc, addDays(adm, 3), 1); add(I.hb, addDays(adm, 2), 1);
    for (let d = Math.min(7, los - 1); d < los; d++) add(I.omeOral, addDays(adm, d), 2);
  }, procs: [['44.4302', null]] });
  fixProcDates(c);
  return [c];
});
def('C05', '重症急性胰腺炎长期住院: 禁食、静脉PPI、肠外营养、碳青霉烯、监护', (i) => {
  const pt = patient({ age: ri(30, 70) }); const h = hospAt(3, 3, pt.region); const los = ri(18, 28);
  const c = stay({ pt, h, los, adm: randDate(), dx: [pick(['K85.102', 'K85.202', 'K85.902']), 'E87.600'], route: 'emergency', icuDays: 5, n1Days: 10, body: (add, adm) => {
    for (let d = 0; d < 7; d++) add(I.ppiIV, addDays(adm, d), 2);
    for (let d = 0; d < 12; d++) { const dt = addDays(adm, d); add(I.gastroDecomp, dt, 1); add(I.aa, dt, 2); add(I.lipidEm, dt, 1); add(I.ringer, dt, 3); add(I.kcl, dt, 3); }
    add(I.ngTube, adm, 1); add(I.ngt, adm, 1);
    for (let d = 3; d < 13; d++) add(I.imip, addDays(adm, d), 4);
    for (let d = 0; d < 5; d++) { const dt = addDays(adm, d); add(I.ecg, dt, 24); add(I.spo2, dt, 24); add(I.abg, dt, 1); add(I.lytes, dt, 1); add(I.glu, dt, 4); }
    add(I.ctAbd, addDays(adm, 1), 1); add(I.ctEnh, addDays(adm, 1), 1); add(I.ctAbd, addDays(adm, 10), 1); add(I.ctEnh, addDays(adm, 10), 1);
    add(I.pct, adm, 1); add(I.pct, addDays(adm, 5), 1); add(I.crp, adm, 1); add(I.lipid, adm, 1); add(I.culture, addDays(adm, 3), 2);
    for (let d = 12; d < los; d++) { const dt = addDays(adm, d); add(I.omeOral, dt, 2); add(I.bifid, dt, 6); }
  } });
  return [c];
});
def('C06', '急性重度肝损伤/肝衰竭前期: 两种不同机制保肝药 (谷胱甘肽+异甘草酸镁)', (i) => {
  const pt = patient({ age: ri(25, 65) }); const h = hospAt(2, 3, pt.region); const los = ri(12, 18);
  const dx = pick([['K71.600'], ['B18.106'], ['K70.100'], ['K72.003']]);
  const c = stay({ pt, h, los, adm: randDate(), dx, liver: true, n1Days: 4, dept: deptOf(h, 'hepatology'), body: (add, adm) => {
    for (let d = 0; d < Math.min(14, los); d++) { const dt = addDays(adm, d); add(I.mgIso, dt, 4); add(I.gsh, dt, 2); add(I.glucose, dt, 2); }
    for (let d = 0; d < los; d++) if (dx[0] === 'B18.106') add(I.entec, addDays(adm, d), 1);
    for (const k of [3, 6, 9]) { add(I.lft, addDays(adm, k), 1); add(I.coag, addDays(adm, k), 1); }
    add(I.vitK, adm, 1); add(I.vitK, addDays(adm, 1), 1); add(I.vitK, addDays(adm, 2), 1);
  } });
  return [c];
});
def('C07', '住院无痛结肠镜息肉切除: 麻醉1小时、丙泊酚、病理', (i) => {
  const pt = patient({ age: ri(45, 75) }); const h = hospAt(2, 3, pt.region); const los = ri(2, 3);
  const c = stay({ pt, h, los, adm: randDate(), dx: [pick(['K63.500', 'K63.504', 'D12.500', 'K62.100'])], us: false, body: (add, adm) => {
    const dt = addDays(adm, 1); add(I.polypectomy, dt, 1); add(I.ga, dt, 1); add(I.propofol, dt, 2); add(I.midaz, dt, 1); add(I.anPack, dt, 1); add(I.path, dt, 1); add(I.clip, dt, ri(1, 3)); add(I.ns, adm, 2); add(I.glucose, adm, 1);
  }, procs: [['45.4200x003', null]] });
  fixProcDates(c);
  return [c];
});
def('C08', '多发结肠息肉: 息肉切除与两例病理 (两处标本)', (i) => {
  const pt = patient({ age: ri(50, 78) }); const h = hospAt(2, 3, pt.region); const los = ri(3, 4);
  const c = stay({ pt, h, los, adm: randDate(), dx: ['K63.504', 'D12.600'], us: false, body: (add, adm) => {
    const dt = addDays(adm, 1); add(I.polypectomy, dt, 1); add(I.path, dt, 2); add(I.ga, dt, 1); add(I.propofol, dt, 2); add(I.clip, dt, ri(4, 6)); add(I.anPack, dt, 1); add(I.ns, adm, 2); add(I.ns, dt, 2); add(I.cea, adm, 1);
  }, procs: [['45.4200x003', null], ['45.2501', null]] });
  fixProcDates(c);
  return [c];
});
def('C09', '早癌ESD: 大标本、麻醉3小时、多枚止血夹、住院5-8日', (i) => {
  const pt = patient({ age: ri(50, 78) }); const h = hospAt(3, 3, pt.region); const los = ri(5, 8);
  const gastric = i % 2 === 0;
  const c = stay({ pt, h, los, adm: randDate(), dx: gastric ? ['D00.200'] : ['D01.000'], us: false, n1Days: 2, body: (add, adm) => {
    const dt = addDays(adm, 1); add(gastric ? I.gastroscopy : I.polypectomy, dt, 1); add(I.ga, dt, 3); add(I.propofol, dt, 4); add(I.fent, dt, 1); add(I.anPack, dt, 1); add(I.clip, dt, ri(6, 10)); add(I.path, dt, 2);
    for (let d = 1; d < 4; d++) { const x = addDays(adm, d); add(I.ppiIV, x, 2); add(I.gns, x, 2); add(I.glucose, x, 2); add(I.cefop, x, 2); }
    add(I.cea, adm, 1); add(I.ctChest, adm, 1); add(I.cbc, addDays(adm, 2), 1); add(I.preop8, adm, 1);
    for (let d = 4; d < los; d++) add(I.rabe, addDays(adm, d), 2);
  }, procs: [[gastric ? '43.4107' : '45.4300x009', null]] });
  fixProcDates(c);
  return [c];
});
def('C10', 'ERCP取石: 胆总管结石ERCP+EST+取石, 抗感染', (i) => {
  const pt = patient({ age: ri(45, 85) }); const h = hospAt(2, 3, pt.region); const los = ri(6, 10);
  const c = stay({ pt, h, los, adm: randDate(), dx: [pick(['K80.304', 'K80.501', 'K80.302'])], route: 'emergency', body: (add, adm) => {
    const dt = addDays(adm, 2); add(I.ercp, dt, 1); add(I.est, dt, 1); add(I.ga, dt, 1); add(I.propofol, dt, 2); add(I.anPack, dt, 1);
    for (let d = 0; d < 5; d++) { const x = addDays(adm, d); add(I.cefop, x, 2); add(I.gns, x, 2); }
    for (let d = 2; d < 5; d++) add(I.ppiIV, addDays(adm, d), 2);
    add(I.ctAbd, adm, 1); add(I.lft, addDays(adm, 3), 1); add(I.cbc, addDays(adm, 3), 1); add(I.ca199, adm, 1);
  }, procs: [['51.1000', null], ['51.8503', null], ['51.8800x009', null]] });
  fixProcDates(c, 2);
  return [c];
});
def('C11', '套扎序贯疗程: 每2-4周一次住院套扎直至曲张消失', (i) => {
  const pt = patient({ age: ri(40, 70) }); const h = hospAt(2, 3, pt.region); let adm = randDate('2025-02-01', '2025-07-31');
  const dept = deptOf(h, 'gastroenterology'); const doc = docOf(h, dept, true); const out = [];
  for (let k = 0; k < 3; k++) {
    const los = ri(2, 4);
    const c = stay({ pt, h, dept, doc, los, adm, dx: ['K74.619+I98.2*', 'K74.602'], liver: k === 0, noWorkup: k > 0, body: (add, a) => {
      const dt = addDays(a, 1); add(I.gastroscopy, dt, 1); add(I.ga, dt, 1); add(I.propofol, dt, 1); add(I.cbc, a, 1); add(I.coag, a, 1);
      for (let d = 0; d < los; d++) add(I.omeOral, addDays(a, d), 2);
    }, procs: [['42.3307', null]] });
    fixProcDates(c); out.push(c);
    adm = addDays(c.admissionDate, ri(16, 28));
  }
  return out;
});
def('C12', '15日内再入院但病种不同: 胆源性胰腺炎出院后择期ERCP取石', (i) => {
  const pt = patient({ age: ri(35, 75) }); const h = hospAt(2, 3, pt.region); const adm = randDate('2025-02-01', '2025-09-15'); const los = ri(7, 10);
  const c1 = stay({ pt, h, los, adm, dx: ['K85.101', 'K80.501'], route: 'emergency', body: (add, a) => {
    for (let d = 0; d < 5; d++) { const x = addDays(a, d); add(I.ppiIV, x, 2); add(I.ringer, x, 3); add(I.gastroDecomp, x, 1); }
    add(I.ctAbd, a, 1); add(I.lipid, a, 1); add(I.crp, a, 1); add(I.ngTube, a, 1); add(I.ngt, a, 1);
    for (let d = 5; d < los; d++) add(I.omeOral, addDays(a, d), 2);
  } });
  const adm2 = addDays(c1.dischargeDate, ri(6, 12)); const los2 = ri(4, 6);
  const c2 = stay({ pt, h, los: los2, adm: adm2, dx: ['K80.501'], us: false, body: (add, a) => {
    const dt = addDays(a, 1); add(I.ercp, dt, 1); add(I.est, dt, 1); add(I.ga, dt, 1); add(I.propofol, dt, 2);
    for (let d = 1; d < 3; d++) { const x = addDays(a, d); add(I.cefop, x, 2); add(I.gns, x, 2); }
    add(I.lft, addDays(a, 2), 1);
  }, procs: [['51.1000', null], ['51.8503', null], ['51.8800x009', null]] });
  fixProcDates(c2);
  return [c1, c2];
});
def('C13', '失代偿期肝硬化合并肝性脑病长期住院: 乳果糖、补液、反复化验', (i) => {
  const pt = patient({ age: ri(50, 80) }); const h = hospAt(2, 3, pt.region); const los = ri(14, 22);
  const c = stay({ pt, h, los, adm: randDate(), dx: ['K72.900x003+G94.3*', 'K74.602', 'R18.x00', 'B18.100'], liver: true, route: 'emergency', n1Days: 5, dept: deptOf(h, 'hepatology'), body: (add, adm, dis) => {
    cirrhosisDecompBody({ he: true, paracentesis: [3] })(add, adm, dis);
    for (let d = 0; d < 7; d++) { const dt = addDays(adm, d); add(I.glucose, dt, 2); add(I.kcl, dt, 2); }
    for (let d = 0; d < los; d++) add(I.entec, addDays(adm, d), 1);
    for (const k of [2, 5, 9, 13]) { add(I.lytes, addDays(adm, k), 1); add(I.abg, addDays(adm, k), 1); add(I.rft, addDays(adm, k), 1); }
    add(I.ctAbd, addDays(adm, 1), 1);
  }, procs: [['54.9100', null]] });
  fixProcDates(c, 3);
  return [c];
});
def('C14', '急性胃肠炎伴脱水低钾短期住院: 静脉补液补钾 (高龄)', (i) => {
  const pt = patient({ age: ri(72, 88) }); const h = hospAt(1, 2, pt.region); const los = ri(3, 5);
  const c = stay({ pt, h, los, adm: randDate(), dx: [pick(['A09.900x003', 'A09.004', 'K52.904']), 'E87.600', 'E86.x00'], route: 'emergency', n1Days: 1, us: false, body: (add, adm) => {
    for (let d = 0; d < los; d++) { const dt = addDays(adm, d); add(I.ns, dt, 3); add(I.gns, dt, 2); add(I.kcl, dt, 3); add(I.smecta, dt, 3); }
    add(I.lytes, addDays(adm, 1), 1); add(I.lytes, addDays(adm, 2), 1); add(I.culture, adm, 1); add(I.crp, adm, 1); add(I.levoIV, adm, 1); add(I.levoIV, addDays(adm, 1), 1); add(I.levoIV, addDays(adm, 2), 1);
  } });
  return [c];
});
def('C15', '慢乙肝门诊慢特病: 恩替卡韦12周长处方按期续方', (i) => {
  const pt = patient({ age: ri(30, 65), chronic: ['B18'] }); const h = hospAt(2, 3, pt.region); const d0 = randDate('2025-01-10', '2025-03-31'); const out = [];
  const doc = docOf(h, deptOf(h, 'hepatology'));
  for (let k = 0; k < 3; k++) { const d = addDays(d0, k * ri(80, 86)); out.push(visit({ pt, h, doc, date: d, vt: 'chronic', dept: deptOf(h, 'hepatology'), dx: ['B18.100'], body: (add) => { add(I.entec, d, 84, false, true); if (k !== 1) { add(I.lft, d, 1); add(I.hbv, d, 1); add(I.usAbd, d, 1); add(I.afp, d, 1); } } })); }
  return out;
});
def('C16', '异地长住慢乙肝患者: 出行前提前续方, 之后在居住地按期取药', (i) => {
  const pt = patient({ age: ri(30, 65), chronic: ['B18'] }); const h1 = hospAt(2, 3, pt.region); const d0 = randDate('2025-02-01', '2025-05-31'); const out = [];
  const other = pick(REGIONS.filter(r => r !== pt.region)); const h2 = hospAt(2, 3, other);
  out.push(visit({ pt, h: h1, date: d0, vt: 'chronic', dept: deptOf(h1, 'hepatology'), dx: ['B18.100'], body: (add) => { add(I.entec, d0, 84, false, true); add(I.lft, d0, 1); } }));
  const d1 = addDays(d0, ri(70, 78));
  out.push(visit({ pt, h: h1, date: d1, vt: 'chronic', dept: deptOf(h1, 'hepatology'), dx: ['B18.100'], body: (add) => { add(I.entec, d1, 84, false, true); } }));
  const d2 = addDays(d1, ri(82, 88));
  out.push(visit({ pt, h: h2, date: d2, vt: 'chronic', dept: deptOf(h2, 'hepatology'), insuredRegion: pt.region, dx: ['B18.100'], body: (add) => { add(I.entec, d2, 56, false, true); add(I.lft, d2, 1); add(I.hbv, d2, 1); } }));
  return out;
});
def('C17', '胃溃疡治疗8周后复查胃镜 (愈合评估, 根除后复查)', (i) => {
  const pt = patient(); const h = hospAt(1, 3, pt.region); const d0 = randDate('2025-02-01', '2025-08-31'); const doc = docOf(h, deptOf(h, 'gastroenterology'));
  const c1 = visit({ pt, h, doc, date: d0, dx: ['K25.700', 'B98.000'], procs: [['44.1401', d0]], body: (add) => { add(I.gastroscopy, d0, 1); add(I.path, d0, 1); add(I.esoOral, d0, 28); add(I.amox, d0, 56); add(I.clari, d0, 28); } });
  const d1 = addDays(d0, ri(54, 62));
  const c2 = visit({ pt, h, doc, date: d1, dx: ['K25.700', 'Z09.800'], procs: [['44.1300x001', d1]], body: (add) => { add(I.gastroscopy, d1, 1); add(I.esoOral, d1, 28); } });
  return [c1, c2];
});
def('C18', '慢乙肝启动抗病毒初期每月复查肝功能 (前3个月)', (i) => {
  const pt = patient({ age: ri(25, 60), chronic: ['B18'] }); const h = hospAt(2, 3, pt.region); const d0 = randDate('2025-02-01', '2025-07-31'); const out = [];
  const doc = docOf(h, deptOf(h, 'hepatology'));
  for (let k = 0; k < 4; k++) { const d = addDays(d0, k * ri(27, 31)); out.push(visit({ pt, h, doc, date: d, vt: 'chronic', dept: deptOf(h, 'hepatology'), dx: ['B18.100'], body: (add) => { add(I.entec, d, 28); add(I.lft, d, 1); if (k === 0 || k === 3) { add(I.hbv, d, 1); add(I.usAbd, d, 1); add(I.rft, d, 1); } } })); }
  return out;
});
def('C19', '异地就医住院: 参保地与就医地不同的真实肝硬化住院, 无时间重叠', (i) => {
  const pt = patient({ age: ri(45, 75), chronic: ['B18'] }); const other = pick(REGIONS.filter(r => r.slice(0, 2) !== pt.region.slice(0, 2))); const h = hospAt(2, 3, other); const los = ri(8, 12);
  const adm = randDate('2025-03-01', '2025-10-15');
  const h0 = hospAt(2, 3, pt.region);
  const c0 = visit({ pt, h: h0, date: addDays(adm, -ri(30, 50)), vt: 'chronic', dept: deptOf(h0, 'hepatology'), dx: ['B18.100'], body: (add, d) => { add(I.entec, d, 28); } });
  const c = stay({ pt, h, los, adm, dx: ['K74.602', 'R18.x00'], liver: true, insuredRegion: pt.region, dept: deptOf(h, 'hepatology'), body: cirrhosisDecompBody({ paracentesis: [2] }), procs: [['54.9100', null]] });
  fixProcDates(c, 2);
  return [c0, c];
});
def('C20', '同日门诊后收入院: 急诊就诊当日因消化道出血收住院', (i) => {
  const pt = patient({ age: ri(35, 80) }); const h = hospAt(2, 3, pt.region); const d0 = randDate(); const los = ri(5, 8);
  const c1 = visit({ pt, h, date: d0, emergency: true, dept: 'emergency', dx: ['K92.208'], body: (add) => { add(I.cbc, d0, 1); add(I.stool, d0, 1); add(I.coag, d0, 1); } });
  const c2 = stay({ pt, h, los, adm: d0, dx: ['K26.400', 'D62.x00'], route: 'emergency', n1Days: 2, us: false, body: (add, adm) => {
    for (let d = 0; d < 5; d++) { const dt = addDays(adm, d); add(I.ppiIV, dt, 2); add(I.ns, dt, 2); add(I.gns, dt, 1); }
    add(I.gastroscopy, addDays(adm, 1), 1); add(I.cbc, addDays(adm, 2), 1); for (let d = 5; d < los; d++) add(I.omeOral, addDays(adm, d), 2);
  }, procs: [['44.1300x001', null]] });
  fixProcDates(c2);
  return [c1, c2];
});
def('C21', '肝功能全套入院后另日复查单项转氨酶/胆红素', (i) => {
  const pt = patient({ age: ri(30, 70) }); const h = hospAt(1, 3, pt.region); const los = ri(6, 9);
  const c = stay({ pt, h, los, adm: randDate(), dx: [pick(['K75.901', 'K71.600', 'K70.100'])], liver: true, body: (add, adm) => {
    add(I.alt, addDays(adm, 2), 1); add(I.tbil, addDays(adm, 2), 1); add(I.alt, addDays(adm, 4), 1); add(I.ast, addDays(adm, 4), 1);
    for (let d = 0; d < los; d++) add(I.ppc, addDays(adm, d), 6);
    for (let d = 0; d < Math.min(5, los); d++) { add(I.mgIso, addDays(adm, d), 2); add(I.gns, addDays(adm, d), 2); }
  } });
  return [c];
});
def('C22', '先诊断性肠镜, 数日后另次住院行息肉切除 (不同日, 不重复)', (i) => {
  const pt = patient({ age: ri(45, 75) }); const h = hospAt(2, 3, pt.region); const d0 = randDate('2025-02-01', '2025-09-30'); const doc = docOf(h, deptOf(h, 'gastroenterology'));
  const c1 = visit({ pt, h, doc, date: d0, dx: ['K63.500'], procs: [['45.2302', d0]], body: (add) => { add(I.colonoscopy, d0, 1); add(I.cea, d0, 1); } });
  const adm = addDays(d0, ri(7, 21)); const los = ri(2, 3);
  const c2 = stay({ pt, h, los, adm, dx: ['K63.500'], us: false, body: (add, a) => { const dt = addDays(a, 1); add(I.polypectomy, dt, 1); add(I.path, dt, 1); add(I.ga, dt, 1); add(I.propofol, dt, 2); add(I.clip, dt, 2); add(I.ns, a, 2); }, procs: [['45.4200x003', null]] });
  fixProcDates(c2);
  return [c1, c2];
});
def('C23', '真实肝性脑病/自发性腹膜炎并发症编码且有治疗证据 (乳果糖、抗生素、血氨/培养)', (i) => {
  const pt = patient({ age: ri(45, 80) }); const h = hospAt(2, 3, pt.region); const los = ri(9, 14);
  const sbp = i % 2 === 1;
  const c = stay({ pt, h, los, adm: randDate(), dx: sbp ? ['K74.602', 'R18.x00', 'K65.902'] : ['K74.602', 'R18.x00', 'K72.900x003+G94.3*'], liver: true, route: 'emergency', n1Days: 3, dept: deptOf(h, 'hepatology'), body: (add, adm, dis) => {
    cirrhosisDecompBody({ he: !sbp, sbp, sbpAlbumin: sbp })(add, adm, dis);
    add(I.culture, adm, sbp ? 2 : 1); add(I.crp, adm, 1); if (sbp) add(I.pct, adm, 1); else { add(I.abg, addDays(adm, 2), 1); add(I.ctAbd, adm, 1); }
    add(I.localAn, adm, sbp ? 1 : 0);
  }, procs: sbp ? [['54.9100', null]] : [] });
  fixProcDates(c, 0);
  return [c];
});
def('C24', '重度溃疡性结肠炎住院: 静脉激素、肠外营养、肠镜评估, 住院2-3周', (i) => {
  const pt = patient({ age: ri(20, 55) }); const h = hospAt(3, 3, pt.region); const los = ri(14, 21);
  const dx0 = pick(['K51.903', 'K51.003', 'K50.102']);
  const c = stay({ pt, h, los, adm: randDate(), dx: [dx0, 'D50.000'], n1Days: 4, body: (add, adm) => {
    for (let d = 0; d < 7; d++) { const dt = addDays(adm, d); add(I.mpred, dt, 1); add(I.ppiIV, dt, 1); if (dx0[1] === '5' && dx0[2] === '0') add(I.aa, dt, 2); add(I.gns, dt, 2); add(I.kcl, dt, 2); }
    for (let d = 7; d < los; d++) { const dt = addDays(adm, d); add(I.pred, dt, 8); add(I.omeOral, dt, 1); }
    add(I.colonoscopy, addDays(adm, 2), 1); add(I.path, addDays(adm, 2), 2); add(I.culture, adm, 1); add(I.crp, adm, 1); add(I.crp, addDays(adm, 5), 1); add(I.ctAbd, adm, 1); add(I.cbc, addDays(adm, 5), 1);
  }, procs: [['45.2501', null]] });
  fixProcDates(c, 2);
  return [c];
});

// ===== ROUTINE =====
function routine(i) {
  const kind = i % 10;
  const pt = patient({ chronic: kind === 2 ? ['B18'] : undefined });
  if (kind === 0 || kind === 5) { const h = hospAt(1, 3, pt.region); const d = randDate(); return [visit({ pt, h, date: d, dx: [pick(['K29.500', 'K21.001', 'K30.x00', 'K58.801'])], body: (add) => { add(pick([I.omeOral, I.rabe, I.esoOral]), d, 28); if (rnd() < 0.5) add(I.domp, d, 42); } })]; }
  if (kind === 1) { const h = hospAt(1, 3, pt.region); const d = randDate(); return [visit({ pt, h, date: d, dx: ['K29.500'], procs: [['44.1300x001', d]], body: (add) => { add(I.gastroscopy, d, 1); add(I.omeOral, d, 28); } })]; }
  if (kind === 2) { const h = hospAt(2, 3, pt.region); const d = randDate(); return [visit({ pt, h, date: d, vt: 'chronic', dept: deptOf(h, 'hepatology'), dx: ['B18.100'], body: (add) => { add(I.entec, d, 28); if (rnd() < 0.5) add(I.lft, d, 1); } })]; }
  if (kind === 3) { const h = hospAt(1, 3, pt.region); const d = randDate(); return [visit({ pt, h, date: d, dx: [pick(['A09.900x003', 'K52.904'])], emergency: rnd() < 0.3, dept: deptOf(h, 'gastroenterology'), body: (add) => { add(I.smecta, d, 9); add(I.bifid, d, 18); add(I.stool, d, 1); } })]; }
  if (kind === 4) { const h = hospAt(2, 3, pt.region); const los = ri(5, 8); return [stay({ pt, h, los, adm: randDate(), dx: [pick(['K85.001', 'K85.101', 'K85.900x002'])], route: 'emergency', body: (add, adm) => { for (let d = 0; d < 4; d++) { const x = addDays(adm, d); add(I.ppiIV, x, 2); add(I.ringer, x, 3); add(I.gns, x, 2); } add(I.lipid, adm, 1); add(I.ctAbd, adm, 1); for (let d = 4; d < los; d++) add(I.omeOral, addDays(adm, d), 2); } })]; }
  if (kind === 6) { const h = hospAt(2, 3, pt.region); const los = ri(4, 7); return [stay({ pt, h, los, adm: randDate(), dx: [pick(['K80.101', 'K81.000', 'K80.000'])], body: (add, adm) => { for (let d = 0; d < Math.min(5, los); d++) { const x = addDays(adm, d); add(I.cefop, x, 2); add(I.gns, x, 2); } for (let d = 0; d < los; d++) add(I.udca, addDays(adm, d), 3); } })]; }
  if (kind === 7) { const h = hospAt(1, 3, pt.region); const d = randDate(); return [visit({ pt, h, date: d, dx: [pick(['K76.000', 'B18.100', 'K70.000'])], dept: deptOf(h, 'hepatology'), body: (add) => { add(I.lft, d, 1); add(I.usAbd, d, 1); if (rnd() < 0.5) add(I.ppc, d, 84); } })]; }
  if (kind === 8) { const h = hospAt(2, 3, pt.region); const los = ri(2, 3); const c = stay({ pt, h, los, adm: randDate(), dx: ['K63.500'], us: false, body: (add, adm) => { const dt = addDays(adm, 1); add(I.polypectomy, dt, 1); add(I.path, dt, 1); add(I.clip, dt, 2); add(I.ns, adm, 2); }, procs: [['45.4200x003', null]] }); fixProcDates(c); return [c]; }
  const h = hospAt(1, 3, pt.region); const d = randDate(); return [visit({ pt, h, date: d, dx: [pick(['K59.000', 'K58.801'])], body: (add) => { add(I.lactulose, d, 28); add(I.bifid, d, 36); } })];
}

// ---------- build ----------
for (const code of Object.keys(T)) for (let i = 0; i < 15; i++) {
  const [claims, targets, mutArg] = T[code](i);
  const mutFrom = (mutArg && mutArg.length && mutArg[0] && mutArg[0].claimId) ? mutArg : [];
  addCase('fraud', code, claims, targets, mutFrom);
}
for (const code of Object.keys(Cc)) for (let i = 0; i < 15; i++) { const claims = Cc[code](i); addCase('control', code, claims, claims, []); }
NAMES.R = '日常消化/肝病就诊 (routine)';
for (let i = 0; i < 100; i++) { const claims = routine(i); addCase('routine', 'R', claims, claims, []); }

// drop mutated-line marks from claims not carrying the fraud (controls, routine, untargeted claims)
settle();
const groups = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || (g.group && g.group.drg); if (id) groups[id] = drg || null; }
const out = [];
for (const c of CLAIMS) {
  if (c.reportedGroup && groups[c.claimId] !== undefined) c.reportedGroup.drg = groups[c.claimId];
  delete c._mut; delete c._sortDate; delete c._seq;
  out.push(JSON.stringify(c));
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1));
console.error(`blind85: ${CLAIMS.length} claims, ${LABELS.length} cases`);
