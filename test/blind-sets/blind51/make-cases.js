#!/usr/bin/env node
// blind51 — cancer care (chemotherapy, radiotherapy, 双通道/DTP pharmacies, follow-up), 2026.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed. Writes <outdir>/claims.ndjson (settlement order) and <outdir>/labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CATDIR = opt('--catalogue') || '/work/wt/base51/rules/catalogue';
const GROUPS = opt('--groups');

// ---------- seeded PRNG ----------
let seed = 51051051;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- catalogue ----------
const ROW = {};
for (const f of ['services', 'drugs', 'consumables']) for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f + '.json'), 'utf8')).rows) ROW[r.code] = r;
const K = { // short keys → catalogue codes
  opd: '001102000010001', opdAssoc: '001102000020001', opdChief: '001102000030001', gp: '001102000040001', er: '001102000050001',
  ward: '001103000010001', consult: '001104000010001', chronicVisit: '001109000010001',
  bed3: '001105000010001', bed2: '001105000020001', bedIcu: '001105000030001', bedLaminar: '001105000040001',
  n1: '001201000020001', n2: '001201000030001', n3: '001201000040001',
  ivFirst: '001204000010001', ivMore: '001204000020001', ivScalp: '001204000030001', ivPush: '001204000040001', im: '001204000050001', sc: '001204000060001', cannula: '001204000070001',
  dressS: '001205000010001', cath: '001206000010001', neb: '001207000010001', o2: '001208000010001', ecgMon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001', glu: '001212000010001', ngtube: '001219000010001',
  cbc: '002501010010001', ua: '002501020010001', stool: '002501030010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001', lipid: '002502040010001', fbg: '002502050010001', coag: '002502060010001',
  crp: '002502080010001', pct: '002502080020001', bga: '002502090010001', ddimer: '002502100010001', hbv: '002502110010001', preop8: '002502120010001', abo: '002502130010001', culture: '002502140010001', psa: '002502150010001',
  cea: '002502170010001', afp: '002502170020001', ca125: '002502170030001', ca199: '002502170040001', tft: '002502180010001', path: '002502200010001',
  ecg: '003107010010001', cxr: '002202010010001', usAbd: '002103010010001', usThy: '002103010050001', usBreast: '002103010090001', usLeg: '002103010040001', echo: '002103010020001',
  ctHead: '002301010010001', ctChest: '002301010020001', ctAbd: '002301010030001', ctEnh: '002301010040001', mriHead: '002401010010001', pet: '002401010040001', bmd: '002503010010001', gastro: '002503010030001', colono: '002503010040001',
  ga: '003301010010001', la: '003301010030001', colectomy: '003302050010001', gastrectomy: '003302060010001', thyroidectomy: '003304030010001', mastectomy: '003304040010001',
  chemoPrep: '003310020010001', rt: '003310030010001',
  // drugs
  ceftriaxone: 'XJ01DDT504B002', cefoperazone: 'XJ01DDT507B002', meropenem: 'XJ01DHM501B002', piptazo: 'XJ01CRP501B002', levoTab: 'XJ01MAZ501A001', fluconazole: 'XJ02ACF501A001', acyclovir: 'XJ05ABA507A001', entecavir: 'XJ05AFE501A001',
  lmwh: 'XB01ABD502B002', enox: 'XB01ABY502B002', rivaroxaban: 'XB01AFL503A001', amlodipine: 'XC08CAA512A001', metformin: 'XA10BAE503A001', atorva: 'XC10AAA511A001', nifedipine: 'XC08CAX503A003',
  omeprazoleCap: 'XA02BCA515A001', omeprazoleIv: 'XA02BCA515B002', furosemideIv: 'XC03CAF503B002', furosemide: 'XC03CAF503A001', spironolactone: 'XC03DAL505A001',
  paracetamol: 'XN02BED510A001', ibuprofenSusp: 'XM01AEB502A004', tramadol: 'XN02AXQ505A003', morphine: 'XN02AAM507B002', fentanyl: 'XN02ABF506B002', lidocaine: 'XN01BBL509B002', propofol: 'XN01AXB503B002', ropivacaine: 'XN01BBL510B002', vecuronium: 'XM03ACW501B002', midazolam: 'XN05CDM508B002', zolpidem: 'XN05CFZ502A001', diazepam: 'XN05BAD511A001',
  ns: 'XB05BBL511B002', glucose: 'XB05BAP505B002', gns: 'XB05BBP506B002', ringer: 'XB05BBF507B002', kcl: 'XB05XAL512B002', lipid: 'XB05BAZ504B002', aa: 'XB05BAF508B002', albumin: 'XB05AAR504B002',
  vitk: 'XB02BAW502B002', txa: 'XB02AAA519B002', iron: 'XB03AAH503A001', epo: 'XB03XAZ505B002', dexIv: 'XH02ABD515B002', mpred: 'XH02ABJ504B002', pred: 'XH02ABP507A001', levothyroxine: 'XH03AAZ506A001',
  zoledronic: 'XM05BAZ507B002', caD3: 'XA12AXT512A001',
  gemcitabine: 'XL01BCJ505B002', cisplatin: 'XL01XAS512B002', oxaliplatin: 'XL01XAA523B002', paclitaxel: 'XL01CDZ508B002', capecitabine: 'XL01BCK502A001', ondansetron: 'XA04AAA524B002', palonosetron: 'XA04AAP508B002', mtx: 'XL04AXJ506A001', leucovorin: 'XV03AFY510B002',
  shenmai: 'ZA09BAC502B002', vitB: 'XA11EAF513A001', vitC: 'XA11GAW503A001', coq10: 'XC01EBF512A001', ejiao: 'ZA09CAA525F001', liuwei: 'ZA09DAL515A007',
  // consumables
  ivSet: 'C14010150100001020350000001', cannulaC: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001', precSet: 'C14010150400001288520000001', tape: 'C14010150500001483520000001',
  cathKit: 'C14030150100001569850000001', drainBag: 'C14040150100001551930000001', gauze: 'C14020150100001506610000001', dressKit: 'C14020150200001397260000001', film: 'C14020150300001037150000001',
  o2tube: 'C14050150100001832230000001', electrode: 'C14060150100001436170000001', gastricTube: 'C14040150200001963360000001', negDrain: 'C14040150300001408220000001',
  trocar: 'C11010150100001004460000001', suture: 'C11010150200001895120000001', stapler: 'C11010150300001825820000001', clip: 'C11010150400001380140000001', drape: 'C11010150600001900710000001', diathermy: 'C11010150700001990950000001', anaesKit: 'C11010150800001179070000001',
};
for (const [k, c] of Object.entries(K)) if (!ROW[c]) throw new Error('catalogue row missing: ' + k + ' ' + c);

// ---------- policy (policies.json figures, for plausible fundClaimed) ----------
const POL = {
  employee: { inpatient: { ded: { 22: [200, 500, 900], 23: [200, 500, 1000], 37: [300, 600, 1000], 51: [200, 500, 1000] }, ratio: [0.9, 0.85, 0.8], bonus: 0.05 },
    outpatient: { ratio: [0.7, 0.6, 0.5], bonus: 0.1 }, chronic: { ratio: [0.85, 0.85, 0.8], bonus: 0.05 }, pharmacy: { ratio: [0.6, 0.6, 0.6], bonus: 0.1 } },
  resident: { inpatient: { ded: { 22: [200, 500, 1000], 23: [200, 500, 1000], 37: [300, 600, 1000], 51: [200, 600, 1100] }, ratio: [0.8, 0.7, 0.6], bonus: 0 },
    outpatient: { ratio: [0.6, 0.5, 0.5], bonus: 0 }, chronic: { ratio: [0.7, 0.65, 0.6], bonus: 0 }, pharmacy: { ratio: [0.5, 0.5, 0.5], bonus: 0 } },
};

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const dow = (s) => D(s).getUTCDay(); // 0 Sun
const nextWeekday = (s) => { while (dow(s) === 0 || dow(s) === 6) s = add(s, 1); return s; };
const weekdaysFrom = (s, n) => { const out = []; let d = nextWeekday(s); while (out.length < n) { if (dow(d) !== 0 && dow(d) !== 6) out.push(d); d = add(d, 1); } return out; };
const startDate = (minM = 1, maxM = 6) => `2026-${String(ri(minM, maxM)).padStart(2, '0')}-${String(ri(1, 26)).padStart(2, '0')}`;

// ---------- providers ----------
const REGIONS = [
  { code: '510100', prov: 51, name: '成都' }, { code: '511300', prov: 51, name: '南充' },
  { code: '370100', prov: 37, name: '济南' }, { code: '371300', prov: 37, name: '临沂' },
  { code: '220100', prov: 22, name: '长春' }, { code: '230100', prov: 23, name: '哈尔滨' },
];
function providers(reg) {
  const p = reg.code.slice(0, 4);
  return {
    cancer: { hospitalId: `H${p}0101`, level: 3 }, general: { hospitalId: `H${p}0102`, level: 3 }, county: { hospitalId: `H${p}2201`, level: 2 },
    county2: { hospitalId: `H${p}2202`, level: 2 }, privateOnc: { hospitalId: `H${p}2901`, level: 2 }, community: { hospitalId: `H${p}1101`, level: 1 },
    community2: { hospitalId: `H${p}1102`, level: 1 }, dtp: { hospitalId: `P${p}0801`, level: 1 }, dtp2: { hospitalId: `P${p}0802`, level: 1 }, retail: { hospitalId: `P${p}0305`, level: 1 },
  };
}

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  const reg = o.region || pick(REGIONS);
  const gender = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(o.ageMin || 40, o.ageMax || 78);
  const ins = o.ins || (age < 18 ? 'resident' : rnd() < 0.62 ? 'employee' : 'resident');
  const retired = ins === 'employee' && age >= (gender === 'M' ? 60 : 55);
  const by = 2026 - age; const birthDate = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  memberSeq++;
  return {
    reg, P: providers(reg), ins,
    patient: { insuredId: `B51${String(memberSeq).padStart(6, '0')}`, gender, birthDate, retired },
    enrollment: { enrolledOn: age < 18 ? birthDate : `${Math.min(2024, Math.max(1998, by + 18))}-01-01`, inConcentratedPeriod: true, continuousYears: Math.min(20, Math.max(1, age - 1)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: ins === 'employee' ? Math.max(1, Math.min(40, age - 22)) : 0, special: null, chronicDiseases: o.chronic || [] },
    doc: {},
  };
}
function docOf(m, hosp, dept) { const k = hosp.hospitalId + dept; if (!m.doc[k]) m.doc[k] = `D${hosp.hospitalId.slice(1, 5)}${String(ri(1, 60)).padStart(3, '0')}`; return m.doc[k]; }

// ---------- claims ----------
let claimSeq = 0; const ALL = [];
function line(code, date, qty, priceFactor) {
  return { code, date, qty, pf: priceFactor == null ? 1 : priceFactor };
}
function build(m, o) {
  // o: {vt, hosp, dept, adm, dis | date, dx:[codes], px:[[code,date]], items:[line], extra}
  const hosp = o.hosp; const lvl = hosp.level;
  const items = []; let n = 0; let total = 0; let selfPay = 0;
  for (const it of o.items) {
    if (!it || !it.qty) continue;
    const r = ROW[it.code];
    const unitPrice = r2(r.priceCap[String(lvl)] * it.pf);
    const amount = r2(unitPrice * it.qty);
    n++; const L = { lineId: String(n), code: r.code, name: r.name, category: r.category, date: it.date, quantity: it.qty, unitPrice, amount };
    if (it.long) L.longPrescription = true;
    items.push(L); total += amount; selfPay += amount * (r.selfPayShare || 0);
    it.lineId = L.lineId; // let the caller see the line id
  }
  total = r2(total); const policy = r2(total - selfPay);
  const pol = POL[m.ins][o.vt];
  let ratio = pol.ratio[lvl - 1] + (m.patient.retired ? pol.bonus : 0);
  let ded = 0; if (o.vt === 'inpatient') ded = pol.ded[m.reg.prov][lvl - 1];
  let fund = Math.max(0, policy - ded) * ratio; fund = r2(Math.floor(fund * 100) / 100);
  claimSeq++;
  const c = {
    claimId: `${m.reg.code}-${hosp.hospitalId}-2026-${String(claimSeq).padStart(6, '0')}`,
    region: m.reg.code, insuranceType: m.ins, visitType: o.vt,
    patient: { ...m.patient }, enrollment: JSON.parse(JSON.stringify(m.enrollment)),
    provider: { hospitalId: hosp.hospitalId, level: lvl, department: o.dept, doctorId: docOf(m, hosp, o.dept) },
  };
  if (!c.enrollment.chronicDiseases.length) delete c.enrollment.chronicDiseases;
  if (o.vt === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (o.vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = items;
  c.amounts = { total, policy, fundClaimed: fund };
  if (o.vt === 'inpatient') { c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.dmode || 'ordered'; if (o.fromHosp) c.transferFromHospitalId = o.fromHosp; }
  if (o.insuredRegion) c.insuredRegion = o.insuredRegion;
  c._settle = o.vt === 'inpatient' ? o.dis : o.date; c._seq = claimSeq;
  ALL.push(c);
  return c;
}
const lid = (c, code, date) => c.items.filter(i => i.code === code && (!date || i.date === date)).map(i => i.lineId);

// ---------- clinical building blocks ----------
const days = (a, b) => { const out = []; for (let d = a; d <= b; d = add(d, 1)) out.push(d); return out; };
function wardDays(adm, dis, nurse = 'n2', bed = 'bed3') { // bed/nursing/ward round per night (discharge day not charged)
  const L = []; const nights = Math.max(1, diff(adm, dis));
  for (let i = 0; i < nights; i++) { const d = add(adm, i); L.push(line(K[bed], d, 1), line(K[nurse], d, 1), line(K.ward, d, 1)); }
  return L;
}
function admitLabs(d, extra = []) { return [line(K.cbc, d, 1), line(K.lft, d, 1), line(K.rft, d, 1), line(K.lytes, d, 1), line(K.ecg, d, 1), ...extra.map(k => line(K[k], d, 1))]; }
// regimens: list of [drugKey, qty] given on a chemo day
const REG = {
  GP: { tumour: ['C34.100x004', 'C34.300x004', 'C34.900x001'], d: [['gemcitabine', 2], ['cisplatin', 6]] },
  TP: { tumour: ['C34.900x001', 'C53.900', 'C15.900'], d: [['paclitaxel', 4], ['cisplatin', 6]] },
  XELOX: { tumour: ['C18.700', 'C20.x00', 'C16.900'], d: [['oxaliplatin', 4]], oral: true },
  wT: { tumour: ['C50.900', 'C50.400'], d: [['paclitaxel', 2]] },
  ddT: { tumour: ['C50.900', 'C50.400'], d: [['paclitaxel', 4]] },
  GEMOX: { tumour: ['C25.900', 'C22.000'], d: [['gemcitabine', 2], ['oxaliplatin', 3]] },
  FOLFOX: { tumour: ['C18.700', 'C20.x00'], d: [['oxaliplatin', 3], ['leucovorin', 4]] },
};
// a chemotherapy day: drugs, preparation, premedication, infusion fees and sets
function chemoDay(d, regKey, o = {}) {
  const R = REG[regKey]; const L = [];
  let groups = 0;
  for (const [k, q] of R.d) { L.push(line(K[k], d, q)); if (k !== 'leucovorin') L.push(line(K.chemoPrep, d, 1)); groups++; }
  L.push(line(K.dexIv, d, 2), line(o.palo ? K.palonosetron : K.ondansetron, d, o.palo ? 1 : 2));
  const hydr = regKey === 'GP' || regKey === 'TP' ? 4 : 2;
  L.push(line(K.ns, d, hydr), line(K.glucose, d, 1));
  if (regKey === 'GP' || regKey === 'TP') L.push(line(K.kcl, d, 2));
  const totalGroups = groups + (hydr >= 4 ? 2 : 1);
  L.push(line(K.ivFirst, d, 1), line(K.ivMore, d, Math.min(4, totalGroups - 1)), line(K.ivSet, d, 1));
  if (R.d.some(([k]) => k === 'paclitaxel')) L.push(line(K.precSet, d, 1));
  return L;
}
function chemoStay(m, o) {
  // o: {hosp, adm, len, reg, tumour, dx(extra), cycle, capDays(dispense capecitabine), palo, extraItems, nurse, pxDate}
  const hosp = o.hosp; const adm = o.adm; const dis = add(adm, o.len); const reg = o.reg;
  const chemoD = add(adm, o.chemoOffset != null ? o.chemoOffset : (o.len >= 2 ? 1 : 0));
  const it = [...wardDays(adm, dis, o.nurse || 'n2'), ...admitLabs(adm, o.labs || []), line(K.cannula, adm, 1), line(K.cannulaC, adm, 1), line(K.tape, adm, 2)];
  if (!o.noChemo) it.push(...chemoDay(chemoD, reg, o));
  if (o.capDays) it.push(line(K.capecitabine, dis, o.capDays * 8));
  if (o.omeprazole !== false) it.push(line(K.omeprazoleCap, dis, 14));
  if (o.extraItems) it.push(...o.extraItems);
  const dx = o.dx || [o.z || 'Z51.103', o.tumour];
  const px = o.noChemo ? (o.px || []) : [['99.2503', chemoD], ...(o.px || [])];
  return build(m, { vt: 'inpatient', hosp, dept: o.dept || 'oncology', adm, dis, dx, px, items: it, route: o.route, dmode: o.dmode, fromHosp: o.fromHosp });
}
function rtVisit(m, o) { // one outpatient (门诊特殊病种) radiotherapy fraction
  const it = [line(K.chronicVisit, o.date, 1), line(K.rt, o.date, 1)];
  if (o.weekly) it.push(line(K.cbc, o.date, 1));
  if (o.extra) it.push(...o.extra);
  return build(m, { vt: 'chronic', hosp: o.hosp, dept: 'radiotherapy', date: o.date, dx: o.dx, items: it });
}
function pharmacyBuy(m, o) { // o: {hosp, date, dx, lines}
  return build(m, { vt: 'pharmacy', hosp: o.hosp, dept: 'pharmacy', date: o.date, dx: o.dx, items: o.lines });
}
function opVisit(m, o) { return build(m, { vt: o.vt || 'outpatient', hosp: o.hosp, dept: o.dept || 'oncology', date: o.date, dx: o.dx, items: o.lines }); }
function surgeryStay(m, o) { // o: {hosp, adm, len, tumour, op:'colectomy'|'gastrectomy'|'mastectomy'|'thyroidectomy', pxCode}
  const adm = o.adm; const dis = add(adm, o.len); const opD = add(adm, 2);
  const it = [...wardDays(adm, dis, 'n2'), ...admitLabs(adm, ['coag', 'preop8', 'abo', 'cxr', o.preImg || 'ctChest']), line(K.cea, adm, 1), line(K.path, opD, 1),
    line(K.n1, opD, 1), line(K[o.op], opD, 1), line(K.ga, opD, o.gaH || 3), line(K.propofol, opD, 2), line(K.vecuronium, opD, 2), line(K.fentanyl, opD, 2),
    line(K.drape, opD, 1), line(K.diathermy, opD, 1), line(K.suture, opD, 3), line(K.anaesKit, opD, 1), line(K.cefoperazone, opD, 2), line(K.cefoperazone, add(opD, 1), 2),
    line(K.ns, opD, 3), line(K.ringer, opD, 2), line(K.ivFirst, opD, 1), line(K.ivMore, opD, 2), line(K.ivSet, opD, 1), line(K.ecgMon, opD, 12), line(K.spo2, opD, 12),
    line(K.drainBag, opD, 1), line(K.dressS, add(opD, 2), 1), line(K.dressKit, add(opD, 2), 1), line(K.cbc, add(opD, 1), 1), line(K.lytes, add(opD, 1), 1)];
  if (o.op === 'colectomy' || o.op === 'gastrectomy') it.push(line(K.stapler, opD, o.op === 'gastrectomy' ? 2 : 1), line(K.gastricTube, opD, 1), line(K.ngtube, opD, 1), line(K.cathKit, opD, 1), line(K.cath, opD, 1), line(K.omeprazoleIv, add(opD, 1), 2), line(K.aa, add(opD, 1), 1), line(K.aa, add(opD, 2), 1));
  if (o.op === 'mastectomy') it.push(line(K.negDrain, opD, 1), line(K.usBreast, adm, 1));
  return build(m, { vt: 'inpatient', hosp: o.hosp, dept: o.dept || 'surgical_oncology', adm, dis, dx: [o.tumour, ...(o.dx2 || [])], px: [[o.pxCode, opD]], items: it });
}

// ---------- labels ----------
const LABELS = [];
function label(kind, code, name, idx, claims, targets, mutated) {
  const caseId = `${code}-${String(idx + 1).padStart(2, '0')}`;
  LABELS.push({ caseId, kind, code, name, claimIds: claims.map(c => c.claimId), targets: targets.map(c => c.claimId), mutatedLines: mutated || {} });
}
const cyc = (start, n, every) => Array.from({ length: n }, (_, i) => add(start, i * every));

// =====================================================================================
// FRAUD TYPOLOGIES
// =====================================================================================
const T = [];
// T01 放疗分次虚记于患者在他院住院期间
T.push(['T01', '放疗分次虚记：患者在他院住院期间仍逐日计放疗', (i) => {
  const tum = pick(['C15.900', 'C34.100x004', 'C11.900', 'C53.900']);
  const m = member({ ageMin: 50, ageMax: 76, gender: tum === 'C53.900' ? 'F' : undefined, chronic: [tum.slice(0, 3)] });
  const fr = weekdaysFrom(startDate(1, 8), 25);
  const claims = []; const targets = []; const mut = {};
  // the other admission: county hospital, Tue..Fri of week 3 (fractions 11..15 region)
  const a0 = fr[ri(10, 12)]; const aLen = ri(3, 4); const aEnd = add(a0, aLen);
  const adx = tum === 'C15.900' ? ['K20.x02', tum] : tum === 'C11.900' ? ['K12.303', tum] : ['J18.900', tum];
  const other = build(m, { vt: 'inpatient', hosp: m.P.county, dept: 'internal_medicine', adm: a0, dis: aEnd, dx: adx, route: 'emergency',
    items: [...wardDays(a0, aEnd, 'n2'), ...admitLabs(a0, ['crp', 'cxr']), line(K.er, a0, 1), line(K.cannula, a0, 1), line(K.cannulaC, a0, 1),
      ...days(a0, add(aEnd, -1)).flatMap(d => [line(adx[0] === 'J18.900' ? K.ceftriaxone : K.omeprazoleIv, d, 2), line(K.ns, d, 2), line(K.gns, d, 1), line(K.ivFirst, d, 1), line(K.ivMore, d, 2), line(K.ivSet, d, 1)]), line(K.cbc, add(a0, 2), 1)] });
  fr.forEach((d, k) => {
    const c = rtVisit(m, { hosp: m.P.cancer, date: d, dx: [tum, 'Z51.003'], weekly: k % 5 === 0 });
    claims.push(c);
    if (d >= a0 && d <= aEnd) { targets.push(c); mut[c.claimId] = lid(c, K.rt); }
  });
  claims.push(other);
  return { claims, targets, mut };
}]);
// T02 奥沙利铂因神经毒性停用后，口服卡培他滨维持期住院仍记奥沙利铂输注
T.push(['T02', '口服维持期虚记静脉化疗：奥沙利铂因神经毒性停用后仍计输注', (i) => {
  const tum = pick(['C18.700', 'C20.x00', 'C16.900']);
  const m = member({ ageMin: 45, ageMax: 72 });
  const st = startDate(1, 4); const d = cyc(st, 6, 21); const claims = []; const targets = []; const mut = {};
  d.forEach((a, k) => {
    if (k < 4) claims.push(chemoStay(m, { hosp: m.P.cancer, adm: a, len: 2, reg: 'XELOX', tumour: tum, z: 'Z51.102', capDays: 14, dx: k === 3 ? ['Z51.102', tum, 'G62.001'] : undefined, palo: true }));
    else {
      const c = chemoStay(m, { hosp: m.P.cancer, adm: a, len: 2, reg: 'XELOX', tumour: tum, capDays: 14, dx: ['Z51.103', tum, 'G62.001'], palo: true });
      claims.push(c); targets.push(c);
      const ids = [...lid(c, K.oxaliplatin), ...lid(c, K.chemoPrep)];
      mut[c.claimId] = ids;
    }
  });
  return { claims, targets, mut };
}]);
// T03 化疗每周期伴随中药注射剂与肠外营养（辅助用药，无营养风险）
T.push(['T03', '辅助用药：每个化疗周期参麦注射液＋肠外营养，无营养风险', (i) => {
  const rk = pick(['GP', 'TP', 'GEMOX']); const tum = pick(REG[rk].tumour);
  const m = member({ ageMin: 42, ageMax: 74, gender: tum === 'C53.900' ? 'F' : undefined });
  const hosp = rnd() < 0.5 ? m.P.privateOnc : m.P.county; const claims = []; const targets = []; const mut = {};
  cyc(startDate(1, 6), 4, 21).forEach((a) => {
    const len = 3; const extra = [];
    for (let k = 0; k < len; k++) { const d = add(a, k); extra.push(line(K.shenmai, d, 4), line(K.lipid, d, 1), line(K.aa, d, 1), line(K.ivMore, d, 1)); }
    const c = chemoStay(m, { hosp, adm: a, len, reg: rk, tumour: tum, extraItems: extra });
    claims.push(c); targets.push(c);
    mut[c.claimId] = [...lid(c, K.shenmai), ...lid(c, K.lipid), ...lid(c, K.aa)];
  });
  return { claims, targets, mut };
}]);
// T04 唑来膦酸：仅在输注单上编骨转移
T.push(['T04', '超限定支付：唑来膦酸输注单上单独加编骨转移，病史无骨转移', (i) => {
  const m = member({ gender: 'F', ageMin: 42, ageMax: 68, chronic: ['C50'] });
  const claims = []; const targets = []; const mut = {};
  const s = startDate(1, 3);
  claims.push(surgeryStay(m, { hosp: m.P.cancer, adm: s, len: 8, tumour: 'C50.400', op: 'mastectomy', pxCode: '85.4301', dx2: ['C77.300x001'] }));
  cyc(add(s, 28), 4, 21).forEach(a => claims.push(chemoStay(m, { hosp: m.P.cancer, adm: a, len: 1, reg: 'ddT', tumour: 'C50.400', z: 'Z51.102', chemoOffset: 0 })));
  const zs = cyc(add(s, 28 + 84 + 14), 4, 28);
  zs.forEach((d, k) => {
    const c = opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: d, dx: ['C50.400', 'C79.500x001'], lines: [line(K.chronicVisit, d, 1), line(K.zoledronic, d, 1), line(K.ns, d, 1), line(K.ivFirst, d, 1), line(K.ivSet, d, 1), line(K.rft, d, 1), line(K.cea, d, k === 0 ? 1 : 0)] });
    claims.push(c); targets.push(c); mut[c.claimId] = lid(c, K.zoledronic);
  });
  // a follow-up with imaging in between, no metastasis coded
  const f = add(zs[1], 10);
  claims.push(opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: f, dx: ['C50.400', 'Z08.700'], lines: [line(K.chronicVisit, f, 1), line(K.usBreast, f, 1), line(K.ctChest, f, 1), line(K.usAbd, f, 1), line(K.ca125, f, 1), line(K.cea, f, 1)] }));
  return { claims, targets, mut };
}]);
// T05 单纯放疗患者用促红素（限定为化疗所致贫血）
T.push(['T05', '超限定支付：单纯放疗（无化疗）患者贫血使用促红素', (i) => {
  const tum = pick(['C61.x00', 'C61.x00', 'C20.x00', 'C71.900']);
  const m = member({ gender: tum === 'C61.x00' ? 'M' : undefined, ageMin: 58, ageMax: 82, chronic: [tum.slice(0, 3)] });
  const fr = weekdaysFrom(startDate(1, 8), 20); const claims = []; const targets = []; const mut = {};
  fr.forEach((d, k) => {
    const epo = k >= 4 && (dow(d) === 1 || dow(d) === 4);
    const c = rtVisit(m, { hosp: m.P.cancer, date: d, dx: epo ? [tum, 'D64.900'] : [tum, 'Z51.003'], weekly: k % 5 === 0, extra: epo ? [line(K.epo, d, 1), line(K.sc, d, 1)] : [] });
    claims.push(c); if (epo) { targets.push(c); mut[c.claimId] = lid(c, K.epo); }
  });
  return { claims, targets, mut };
}]);
// T06 随访期每月全套肿瘤标志物＋胸腹增强CT
T.push(['T06', '过度诊疗：术后随访每月全套肿瘤标志物与胸腹增强CT', (i) => {
  const tum = pick(['C18.700', 'C20.x00', 'C16.900']);
  const m = member({ ageMin: 45, ageMax: 75, chronic: [tum.slice(0, 3)] });
  const hosp = pick([m.P.privateOnc, m.P.county, m.P.general]); const claims = []; const targets = []; const mut = {};
  cyc(startDate(1, 4), 7, ri(28, 31)).forEach((d, k) => {
    const lines = [line(K.chronicVisit, d, 1), line(K.cea, d, 1), line(K.ca199, d, 1), line(K.afp, d, 1), line(K.ca125, d, 1), line(K.cbc, d, 1), line(K.ctChest, d, 1), line(K.ctAbd, d, 1), line(K.ctEnh, d, 1), line(K.capecitabine, d, 0), line(K.omeprazoleCap, d, 28)];
    const c = opVisit(m, { vt: 'chronic', hosp, date: d, dx: [tum, 'Z08.700'], lines });
    claims.push(c);
    if (k > 0) { targets.push(c); mut[c.claimId] = [K.afp, K.ca125, K.ctChest, K.ctAbd, K.ctEnh, K.ca199].flatMap(x => lid(c, x)); }
  });
  return { claims, targets, mut };
}]);
// T07 化疗周期按首诊（肿瘤主诊断）编码并加编未处置的骨髓抑制
T.push(['T07', '低码高编：第3周期化疗以肿瘤为主诊断并加编未处置的化疗后骨髓抑制/肺炎', (i) => {
  const rk = pick(['GP', 'TP', 'XELOX', 'GEMOX']); const tum = pick(REG[rk].tumour);
  const m = member({ ageMin: 45, ageMax: 76, gender: tum === 'C53.900' ? 'F' : undefined });
  const claims = []; const targets = [];
  cyc(startDate(1, 6), 4, 21).forEach((a, k) => {
    if (k === 2) {
      const c = chemoStay(m, { hosp: m.P.cancer, adm: a, len: 4, reg: rk, tumour: tum, capDays: REG[rk].oral ? 14 : 0, dx: [tum, 'D61.101', pick(['J18.900', 'E87.600', 'D69.500'])], labs: ['ctChest'] });
      claims.push(c); targets.push(c);
    } else claims.push(chemoStay(m, { hosp: m.P.cancer, adm: a, len: 3, reg: rk, tumour: tum, capDays: REG[rk].oral ? 14 : 0, z: k === 0 ? 'Z51.103' : 'Z51.103' }));
  });
  return { claims, targets, mut: {} };
}]);
// T08 一个周期拆成两次住院（顺铂分三天，出院次日再入院续完）
T.push(['T08', '分解住院：顺铂d1–3方案在第2天出院、次日再入院完成第3天', (i) => {
  const tum = pick(['C34.100x004', 'C34.300x004', 'C15.900', 'C11.900']);
  const m = member({ ageMin: 45, ageMax: 74 }); const hosp = pick([m.P.county, m.P.county2, m.P.privateOnc]);
  const claims = []; const targets = [];
  cyc(startDate(1, 6), 3, 21).forEach((a, k) => {
    const mk = (adm, len, dd) => {
      const dis = add(adm, len); const it = [...wardDays(adm, dis), line(K.cannula, adm, 1), line(K.cannulaC, adm, 1)];
      for (const [d, gem] of dd) { it.push(line(K.cisplatin, d, 2), line(K.chemoPrep, d, gem ? 2 : 1), line(K.ns, d, 4), line(K.kcl, d, 2), line(K.glucose, d, 1), line(K.ondansetron, d, 2), line(K.dexIv, d, 1), line(K.ivFirst, d, 1), line(K.ivMore, d, 3), line(K.ivSet, d, 1)); if (gem) it.push(line(K.gemcitabine, d, 2)); }
      return { dis, it };
    };
    if (k === 1) {
      const s1 = mk(a, 2, [[a, true], [add(a, 1), false]]); s1.it.push(...admitLabs(a));
      const c1 = build(m, { vt: 'inpatient', hosp, dept: 'oncology', adm: a, dis: s1.dis, dx: ['Z51.103', tum], px: [['99.2503', a]], items: s1.it });
      const a2 = add(s1.dis, 1); const s2 = mk(a2, 1, [[a2, false]]); s2.it.push(line(K.cbc, a2, 1), line(K.rft, a2, 1), line(K.lytes, a2, 1));
      const c2 = build(m, { vt: 'inpatient', hosp, dept: 'oncology', adm: a2, dis: s2.dis, dx: ['Z51.103', tum], px: [['99.2503', a2]], items: s2.it });
      claims.push(c1, c2); targets.push(c1, c2);
    } else {
      const s = mk(a, 3, [[a, true], [add(a, 1), false], [add(a, 2), false]]); s.it.push(...admitLabs(a));
      claims.push(build(m, { vt: 'inpatient', hosp, dept: 'oncology', adm: a, dis: s.dis, dx: ['Z51.103', tum], px: [['99.2503', a]], items: s.it }));
    }
  });
  return { claims, targets, mut: {} };
}]);
// T09 口服卡培他滨单药周期收住院（低标准入院），配少量补液掩饰
T.push(['T09', '低标准入院：卡培他滨单药口服周期收住院，仅补液与取药', (i) => {
  const tum = pick(['C18.700', 'C20.x00', 'C50.900', 'C16.900']);
  const m = member({ ageMin: 50, ageMax: 80, gender: tum.startsWith('C50') ? 'F' : undefined });
  const hosp = pick([m.P.county, m.P.privateOnc, m.P.county2]); const claims = []; const targets = [];
  const st = startDate(1, 5);
  if (!tum.startsWith('C50')) cyc(st, 2, 21).forEach(a => claims.push(chemoStay(m, { hosp: m.P.cancer, adm: a, len: 2, reg: 'XELOX', tumour: tum, capDays: 14, palo: true })));
  cyc(add(st, 42), 3, 21).forEach(a => {
    const dis = add(a, ri(2, 3));
    const it = [...wardDays(a, dis, 'n3'), ...admitLabs(a, ['cea']), line(K.ns, a, 1), line(K.glucose, a, 1), line(K.vitB, dis, 0), line(K.ivFirst, a, 1), line(K.ivMore, a, 1), line(K.ivSet, a, 1), line(K.capecitabine, dis, 112), line(K.omeprazoleCap, dis, 14)];
    const c = build(m, { vt: 'inpatient', hosp, dept: 'oncology', adm: a, dis, dx: ['Z51.103', tum], px: [], items: it });
    claims.push(c); targets.push(c);
  });
  return { claims, targets, mut: {} };
}]);
// T10 放疗住院挂床：同期患者在原籍社区门诊与药店就诊
T.push(['T10', '挂床住院：放疗住院期间患者在家，同期社区门诊与药店结算', (i) => {
  const tum = pick(['C34.100x004', 'C15.900', 'C20.x00', 'C71.900', 'C50.900']);
  const m = member({ ageMin: 55, ageMax: 80, gender: tum === 'C50.900' ? 'F' : undefined });
  const a = startDate(1, 8); const fr = weekdaysFrom(add(a, 1), 25); const dis = add(fr[24], 1);
  const it = [...wardDays(a, dis, 'n2'), ...admitLabs(a, ['ctChest', 'coag'])];
  fr.forEach((d, k) => { it.push(line(K.rt, d, 1)); if (k % 5 === 0) it.push(line(K.cbc, d, 1)); });
  const stay = build(m, { vt: 'inpatient', hosp: m.P.cancer, dept: 'radiotherapy', adm: a, dis, dx: ['Z51.003', tum, 'I10.x00'], px: [['92.2400x003', fr[0]]], items: it });
  const claims = [stay];
  [fr[6], fr[13], fr[19]].forEach((d, k) => {
    if (k === 1) claims.push(pharmacyBuy(m, { hosp: m.P.retail, date: d, dx: ['I10.x00'], lines: [line(K.amlodipine, d, 28), line(K.atorva, d, 28)] }));
    else claims.push(opVisit(m, { hosp: m.P.community, dept: 'general_practice', date: d, dx: ['I10.x00'], lines: [line(K.gp, d, 1), line(K.nifedipine, d, 14), line(K.fbg, d, k === 0 ? 1 : 0)] }));
  });
  return { claims, targets: [stay], mut: {} };
}]);
// T11 化疗日预处理药物加入输液袋却另计静脉注射（重复收费）
T.push(['T11', '重复收费：预处理药物加入输液组内给药，另计静脉注射及注射器', (i) => {
  const rk = pick(['GP', 'TP', 'FOLFOX', 'wT']); const tum = pick(REG[rk].tumour);
  const m = member({ ageMin: 40, ageMax: 74, gender: tum.startsWith('C50') || tum === 'C53.900' ? 'F' : undefined });
  const hosp = pick([m.P.cancer, m.P.general, m.P.county]); const claims = []; const targets = []; const mut = {};
  cyc(startDate(1, 6), 4, rk === 'wT' ? 7 : 14 + 7 * (rk !== 'FOLFOX')).forEach((a) => {
    const len = 2; const cd = add(a, 1);
    const c = chemoStay(m, { hosp, adm: a, len, reg: rk, tumour: tum, extraItems: [line(K.ivPush, cd, 3), line(K.syringe, cd, 3)] });
    claims.push(c); targets.push(c); mut[c.claimId] = [...lid(c, K.ivPush), ...lid(c, K.syringe)];
  });
  return { claims, targets, mut };
}]);
// T12 一卡两人：卡培他滨在医院门诊特殊病种与DTP药房交错取药
T.push(['T12', '冒名/一卡两人：卡培他滨在医院门特与DTP药房交错各取全量', (i) => {
  const tum = pick(['C18.700', 'C20.x00', 'C50.900', 'C16.900']);
  const m = member({ ageMin: 48, ageMax: 76, gender: tum === 'C50.900' ? 'F' : undefined, chronic: [tum.slice(0, 3)] });
  const claims = []; const targets = []; const mut = {};
  const st = startDate(1, 5);
  cyc(st, 5, 21).forEach((d, k) => {
    claims.push(opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: d, dx: [tum, 'Z51.103'], lines: [line(K.chronicVisit, d, 1), line(K.cbc, d, 1), line(K.lft, d, 1), line(K.capecitabine, d, 112)] }));
    if (k >= 1) {
      const p = add(d, ri(9, 11)); const ph = k % 2 ? m.P.dtp : m.P.dtp2;
      const c = pharmacyBuy(m, { hosp: ph, date: p, dx: [tum], lines: [line(K.capecitabine, p, 112)] });
      claims.push(c); targets.push(c); mut[c.claimId] = lid(c, K.capecitabine);
    }
  });
  return { claims, targets, mut };
}]);
// T13 方案更换后仍持续在DTP药房购买已停用的卡培他滨（倒卖）
T.push(['T13', '倒卖药品：进展换用静脉方案后，DTP药房仍按周期购买已停用的卡培他滨', (i) => {
  const tum = pick(['C18.700', 'C20.x00', 'C16.900', 'C25.900']);
  const m = member({ ageMin: 48, ageMax: 76, chronic: [tum.slice(0, 3)] });
  const claims = []; const targets = []; const mut = {};
  const st = startDate(1, 3);
  const buys = cyc(st, 7, 21);
  // progression visit after the 3rd purchase: CT + markers, then switch to GEMOX/FOLFOX inpatient
  const prog = add(buys[2], 16);
  claims.push(opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: prog, dx: [tum, 'C78.000'], lines: [line(K.chronicVisit, prog, 1), line(K.ctChest, prog, 1), line(K.ctAbd, prog, 1), line(K.ctEnh, prog, 1), line(K.cea, prog, 1), line(K.ca199, prog, 1)] }));
  cyc(add(prog, 5), 4, 14).forEach(a => claims.push(chemoStay(m, { hosp: m.P.cancer, adm: a, len: 2, reg: tum === 'C25.900' ? 'GEMOX' : 'FOLFOX', tumour: tum, dx: ['Z51.104', tum, 'C78.000'] })));
  buys.forEach((d, k) => {
    const c = pharmacyBuy(m, { hosp: m.P.dtp, date: d, dx: [tum], lines: [line(K.capecitabine, d, 112)] });
    claims.push(c); if (d > prog) { targets.push(c); mut[c.claimId] = lid(c, K.capecitabine); }
  });
  return { claims, targets, mut };
}]);
// T14 编恶性腹水套用白蛋白限定
T.push(['T14', '超限定支付：化疗住院编“腹水”套用白蛋白，无穿刺、无超声', (i) => {
  const tum = pick(['C16.900', 'C56.x00', 'C25.900', 'C18.700']);
  const m = member({ ageMin: 45, ageMax: 78, gender: tum === 'C56.x00' ? 'F' : undefined });
  const rk = tum === 'C56.x00' ? 'TP' : tum === 'C25.900' ? 'GEMOX' : 'XELOX';
  const hosp = pick([m.P.county, m.P.privateOnc, m.P.general]); const claims = []; const targets = []; const mut = {};
  cyc(startDate(1, 6), 4, 21).forEach((a, k) => {
    if (k === 1 || k === 2) {
      const ex = []; for (let j = 0; j < 3; j++) ex.push(line(K.albumin, add(a, j), 2), line(K.furosemideIv, add(a, j), 1));
      const c = chemoStay(m, { hosp, adm: a, len: 3, reg: rk, tumour: tum, capDays: REG[rk].oral ? 14 : 0, dx: ['Z51.103', tum, 'R18.x00x005'], extraItems: ex });
      claims.push(c); targets.push(c); mut[c.claimId] = lid(c, K.albumin);
    } else claims.push(chemoStay(m, { hosp, adm: a, len: 3, reg: rk, tumour: tum, capDays: REG[rk].oral ? 14 : 0 }));
  });
  return { claims, targets, mut };
}]);
// T15 化疗住院逐日全套检验与降钙素原（无发热无感染）
T.push(['T15', '过度诊疗：化疗住院逐日全套检验与降钙素原，无发热无感染', (i) => {
  const rk = pick(['GP', 'TP', 'GEMOX', 'XELOX']); const tum = pick(REG[rk].tumour);
  const m = member({ ageMin: 42, ageMax: 76, gender: tum === 'C53.900' ? 'F' : undefined });
  const hosp = pick([m.P.privateOnc, m.P.county, m.P.county2]); const claims = []; const targets = []; const mut = {};
  cyc(startDate(1, 6), 3, 21).forEach((a) => {
    const len = 4; const ex = [];
    for (let j = 1; j < len; j++) { const d = add(a, j); ex.push(line(K.cbc, d, 1), line(K.lft, d, 1), line(K.rft, d, 1), line(K.lytes, d, 1), line(K.crp, d, 1), line(K.pct, d, 1), line(K.coag, d, 1)); }
    const c = chemoStay(m, { hosp, adm: a, len, reg: rk, tumour: tum, capDays: REG[rk].oral ? 14 : 0, extraItems: ex });
    claims.push(c); targets.push(c);
    mut[c.claimId] = c.items.filter(x => x.date !== a && [K.cbc, K.lft, K.rft, K.lytes, K.crp, K.pct, K.coag].includes(x.code)).map(x => x.lineId);
  });
  return { claims, targets, mut };
}]);

// =====================================================================================
// CONTROLS
// =====================================================================================
const C = [];
// C01 dose-dense paclitaxel every 14 days
C.push(['C01', '剂量密集方案：每14天紫杉醇（乳腺癌辅助）', () => {
  const m = member({ gender: 'F', ageMin: 35, ageMax: 62 });
  return cyc(startDate(1, 6), 4, 14).map(a => chemoStay(m, { hosp: m.P.cancer, adm: a, len: 1, reg: 'ddT', tumour: pick(['C50.900', 'C50.400']), z: 'Z51.102', chemoOffset: 0 }));
}]);
// C02 febrile neutropenia admitted 3 days after a cycle
C.push(['C02', '化疗后第3天出院后再入院：发热性中性粒细胞缺乏', () => {
  const rk = pick(['TP', 'GP', 'ddT']); const tum = pick(REG[rk].tumour);
  const m = member({ ageMin: 45, ageMax: 75, gender: tum.startsWith('C50') || tum === 'C53.900' ? 'F' : undefined });
  const a = startDate(1, 8); const c1 = chemoStay(m, { hosp: m.P.cancer, adm: a, len: 2, reg: rk, tumour: tum });
  const a2 = add(c1.dischargeDate, ri(3, 5)); const dis = add(a2, ri(5, 7));
  const it = [...wardDays(a2, dis, 'n1'), line(K.er, a2, 1), line(K.cbc, a2, 1), line(K.crp, a2, 1), line(K.pct, a2, 1), line(K.culture, a2, 2), line(K.lft, a2, 1), line(K.rft, a2, 1), line(K.lytes, a2, 1), line(K.cxr, a2, 1), line(K.cannula, a2, 1), line(K.cannulaC, a2, 1)];
  days(a2, add(dis, -1)).forEach((d, k) => { it.push(line(K.piptazo, d, 3), line(K.ns, d, 3), line(K.ivFirst, d, 1), line(K.ivMore, d, 2), line(K.ivSet, d, 1)); if (k % 2 === 0 && k > 0) it.push(line(K.cbc, d, 1)); if (k < 2) it.push(line(K.paracetamol, d, 3)); });
  it.push(line(K.pct, add(a2, 3), 1), line(K.crp, add(a2, 3), 1));
  const c2 = build(m, { vt: 'inpatient', hosp: m.P.cancer, dept: 'oncology', adm: a2, dis, dx: ['D70.x00x003', 'R50.900x002', tum], px: [], items: it, route: 'emergency' });
  return [c1, c2];
}]);
// C03 PET-CT at staging and at the end of treatment (丙类, self-paid)
C.push(['C03', 'PET-CT分期与治疗结束评估各一次（丙类自费）＋淋巴瘤化疗', () => {
  const m = member({ ageMin: 25, ageMax: 70 }); const tum = 'C83.300';
  const s = startDate(1, 3); const out = [];
  out.push(opVisit(m, { hosp: m.P.cancer, dept: 'haematology', date: s, dx: [tum], lines: [line(K.opdAssoc, s, 1), line(K.pet, s, 1), line(K.cbc, s, 1), line(K.lft, s, 1), line(K.hbv, s, 1)] }));
  const cy = cyc(add(s, 10), 4, 21);
  cy.forEach(a => out.push(chemoStay(m, { hosp: m.P.cancer, adm: a, len: 2, reg: 'GEMOX', tumour: tum, dept: 'haematology', dx: ['Z51.103', tum], extraItems: [line(K.pred, a, 20), line(K.entecavir, add(a, 2), 30)] })));
  const e = add(cy[3], 28);
  out.push(opVisit(m, { hosp: m.P.cancer, dept: 'haematology', date: e, dx: [tum, 'Z08.200'], lines: [line(K.opdAssoc, e, 1), line(K.pet, e, 1), line(K.cbc, e, 1)] }));
  return out;
}]);
// C04 40-day palliative stay at a level-1/2 hospital
C.push(['C04', '姑息治疗住院约40天（晚期癌痛、恶病质、胸水）', () => {
  const tum = pick(['C34.900x001', 'C16.900', 'C25.900', 'C22.000']);
  const m = member({ ageMin: 62, ageMax: 92 }); const hosp = rnd() < 0.5 ? m.P.community : m.P.county;
  const a = startDate(1, 7); const dis = add(a, ri(36, 44));
  const it = [...wardDays(a, dis, 'n2'), ...admitLabs(a, ['cxr', 'usAbd', 'crp'])];
  days(a, add(dis, -1)).forEach((d, k) => {
    it.push(line(K.tramadol, d, 2));
    if (k % 3 === 0) it.push(line(K.morphine, d, 1), line(K.sc, d, 1));
    if (k < 10) it.push(line(K.ns, d, 1), line(K.glucose, d, 1), line(K.ivFirst, d, 1), line(K.ivMore, d, 1), line(K.ivSet, d, 1));
    if (k % 7 === 0) it.push(line(K.cbc, d, 1), line(K.lytes, d, 1));
    if (k % 2 === 0) it.push(line(K.o2, d, 8));
  });
  it.push(line(K.o2tube, a, 2));
  return [build(m, { vt: 'inpatient', hosp, dept: 'palliative', adm: a, dis, dx: ['Z51.500x003', tum, 'R64.x00', 'C78.000'], px: [], items: it, dmode: rnd() < 0.5 ? 'death' : 'ordered' })];
}]);
// C05 child ALL induction with transfusions, laminar-flow room
C.push(['C05', '儿童急性淋巴细胞白血病诱导：层流病房、多次输血、鞘注', () => {
  const m = member({ age: ri(3, 12), ins: 'resident' }); const hosp = m.P.cancer;
  const a = startDate(1, 8); const len = ri(28, 33); const dis = add(a, len);
  const it = [...wardDays(a, dis, 'n1', 'bedLaminar'), ...admitLabs(a, ['coag', 'hbv', 'abo', 'cxr', 'echo', 'path'])];
  const px = [['41.3100', add(a, 1)]];
  days(a, add(dis, -1)).forEach((d, k) => {
    it.push(line(K.pred, d, k < 28 ? 6 : 2));
    if (k % 2 === 0) it.push(line(K.cbc, d, 1));
    if (k % 7 === 0) it.push(line(K.lft, d, 1), line(K.rft, d, 1), line(K.lytes, d, 1), line(K.coag, d, 1));
    if (k % 7 === 1) { it.push(line(K.mtx, d, 2), line(K.lidocaine, d, 1)); px.push(['03.9202', d]); }
    if (k % 6 === 3) { px.push(['99.0401', d]); it.push(line(K.ns, d, 1), line(K.ivScalp, d, m.patient.birthDate > '2020' ? 1 : 0), line(K.ivFirst, d, m.patient.birthDate > '2020' ? 0 : 1)); }
    if (k < 5) it.push(line(K.ns, d, 3), line(K.ondansetron, d, 1), line(K.ivFirst, d, 1), line(K.ivMore, d, 2), line(K.ivSet, d, 1));
    if (k >= 12 && k < 19) it.push(line(K.cefoperazone, d, 2));
  });
  it.push(line(K.fluconazole, a, 28));
  return [build(m, { vt: 'inpatient', hosp, dept: 'paediatric_haematology', adm: a, dis, dx: ['C91.000x006', 'D61.101', 'D70.x00x003'], px, items: it })];
}]);
// C06 real tumour lysis syndrome after first lymphoma cycle
C.push(['C06', '淋巴瘤首程化疗后真实肿瘤溶解综合征（高钾、急性肾损伤）', () => {
  const m = member({ ageMin: 30, ageMax: 75 }); const tum = pick(['C83.300', 'C91.000']);
  const a = startDate(1, 9); const dis = add(a, ri(9, 12));
  const it = [...wardDays(a, add(a, 2), 'n2'), ...wardDays(add(a, 2), add(a, 5), 'n1', 'bedIcu'), ...wardDays(add(a, 5), dis, 'n2'), ...admitLabs(a, ['coag', 'hbv', 'usAbd']), ...chemoDay(add(a, 1), 'GEMOX')];
  days(add(a, 2), add(dis, -1)).forEach((d, k) => { it.push(line(K.lytes, d, k < 4 ? 2 : 1), line(K.rft, d, 1), line(K.ns, d, 4), line(K.ivFirst, d, 1), line(K.ivMore, d, 3), line(K.ivSet, d, 1)); if (k < 4) it.push(line(K.furosemideIv, d, 2), line(K.bga, d, 1), line(K.ecgMon, d, 24), line(K.glucose, d, 2)); });
  return [build(m, { vt: 'inpatient', hosp: m.P.cancer, dept: 'haematology', adm: a, dis, dx: ['Z51.103', tum, 'E88.300', 'N17.901', 'E87.500'], px: [['99.2503', add(a, 1)]], items: it })];
}]);
// C07 radiotherapy with a boost phase replanned (30 + 5 fractions, re-simulation CT)
C.push(['C07', '放疗：主计划后加量阶段重新定位计划（30+5次）', () => {
  const tum = pick(['C50.900', 'C11.900', 'C53.900', 'C20.x00']);
  const m = member({ gender: tum === 'C50.900' || tum === 'C53.900' ? 'F' : undefined, ageMin: 35, ageMax: 72, chronic: [tum.slice(0, 3)] });
  const fr = weekdaysFrom(startDate(1, 7), 35);
  return fr.map((d, k) => rtVisit(m, { hosp: m.P.cancer, date: d, dx: [tum, 'Z51.002'], weekly: k % 5 === 0, extra: k === 0 || k === 29 ? [line(tum === 'C11.900' ? K.ctHead : K.ctChest, d, 1), line(K.ctEnh, d, 1)] : [] }));
}]);
// C08 双通道 purchase at two pharmacies because the first ran out
C.push(['C08', '双通道：首家药房缺货，同一周期在第二家药房补足剩余量', () => {
  const tum = pick(['C18.700', 'C20.x00', 'C50.900']);
  const m = member({ gender: tum === 'C50.900' ? 'F' : undefined, ageMin: 45, ageMax: 78, chronic: [tum.slice(0, 3)] });
  const out = []; const cy = cyc(startDate(1, 6), 4, 21);
  cy.forEach((d, k) => {
    out.push(opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: d, dx: [tum, 'Z51.103'], lines: [line(K.chronicVisit, d, 1), line(K.cbc, d, 1), line(K.lft, d, k % 2 ? 0 : 1)] }));
    if (k === 2) { out.push(pharmacyBuy(m, { hosp: m.P.dtp, date: d, dx: [tum], lines: [line(K.capecitabine, d, 40)] })); const d2 = add(d, 2); out.push(pharmacyBuy(m, { hosp: m.P.dtp2, date: d2, dx: [tum], lines: [line(K.capecitabine, d2, 72)] })); }
    else out.push(pharmacyBuy(m, { hosp: m.P.dtp, date: d, dx: [tum], lines: [line(K.capecitabine, d, 112)] }));
  });
  return out;
}]);
// C09 genuine switch after progression
C.push(['C09', '进展后换二线：卡培他滨停用，CT与标志物证实进展后改静脉方案', () => {
  const tum = pick(['C18.700', 'C20.x00', 'C25.900']);
  const m = member({ ageMin: 48, ageMax: 76, chronic: [tum.slice(0, 3)] }); const out = [];
  const buys = cyc(startDate(1, 4), 3, 21);
  buys.forEach(d => out.push(pharmacyBuy(m, { hosp: m.P.dtp, date: d, dx: [tum], lines: [line(K.capecitabine, d, 112)] })));
  const prog = add(buys[2], 17);
  out.push(opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: prog, dx: [tum, 'C78.000'], lines: [line(K.chronicVisit, prog, 1), line(K.ctChest, prog, 1), line(K.ctAbd, prog, 1), line(K.ctEnh, prog, 1), line(K.cea, prog, 1), line(K.ca199, prog, 1)] }));
  cyc(add(prog, 6), 4, 14).forEach(a => out.push(chemoStay(m, { hosp: m.P.cancer, adm: a, len: 2, reg: tum === 'C25.900' ? 'GEMOX' : 'FOLFOX', tumour: tum, dx: ['Z51.104', tum, 'C78.000'] })));
  return out;
}]);
// C10 concurrent chemoradiotherapy: outpatient RT, weekly cisplatin 1-day stays
C.push(['C10', '同步放化疗：门诊放疗期间每周一次顺铂日间住院', () => {
  const tum = pick(['C53.900', 'C11.900', 'C15.900']);
  const m = member({ gender: tum === 'C53.900' ? 'F' : undefined, ageMin: 35, ageMax: 70, chronic: [tum.slice(0, 3)] });
  const fr = weekdaysFrom(startDate(1, 8), 28); const out = [];
  fr.forEach((d, k) => {
    if (k % 5 === 1 && k < 26) { // 日间化疗 stay that day: the day's fraction is billed on the stay
      const it = [line(K.ward, d, 1), line(K.bed3, d, 1), line(K.n2, d, 1), line(K.cbc, d, 1), line(K.rft, d, 1), line(K.lytes, d, 1), line(K.cisplatin, d, 4), line(K.chemoPrep, d, 1), line(K.ns, d, 4), line(K.kcl, d, 2), line(K.ondansetron, d, 2), line(K.dexIv, d, 1), line(K.ivFirst, d, 1), line(K.ivMore, d, 3), line(K.ivSet, d, 1), line(K.rt, d, 1)];
      out.push(build(m, { vt: 'inpatient', hosp: m.P.cancer, dept: 'oncology', adm: d, dis: d, dx: ['Z51.103', tum, 'Z51.003'], px: [['99.2503', d], ['92.2400x003', d]], items: it }));
    } else out.push(rtVisit(m, { hosp: m.P.cancer, date: d, dx: [tum, 'Z51.003'], weekly: false }));
  });
  return out;
}]);
// C11 oxaliplatin stopped for neuropathy; capecitabine continued as outpatient
C.push(['C11', '奥沙利铂神经毒性后停用：后续卡培他滨门诊特殊病种单药', () => {
  const tum = pick(['C18.700', 'C20.x00', 'C16.900']);
  const m = member({ ageMin: 45, ageMax: 72, chronic: [tum.slice(0, 3)] }); const out = [];
  const d = cyc(startDate(1, 4), 6, 21);
  d.forEach((a, k) => {
    if (k < 4) out.push(chemoStay(m, { hosp: m.P.cancer, adm: a, len: 2, reg: 'XELOX', tumour: tum, z: 'Z51.102', capDays: 14, dx: k === 3 ? ['Z51.102', tum, 'G62.001'] : undefined, palo: true }));
    else out.push(opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: a, dx: [tum, 'G62.001'], lines: [line(K.chronicVisit, a, 1), line(K.cbc, a, 1), line(K.lft, a, 1), line(K.capecitabine, a, 112)] }));
  });
  return out;
}]);
// C12 genuine bone metastasis: zoledronic acid every 4 weeks, C79.5 on every claim
C.push(['C12', '骨转移确证：每4周唑来膦酸，所有就诊均有骨转移诊断', () => {
  const tum = pick(['C50.900', 'C61.x00', 'C34.900x001']);
  const m = member({ gender: tum === 'C50.900' ? 'F' : tum === 'C61.x00' ? 'M' : undefined, ageMin: 48, ageMax: 80, chronic: [tum.slice(0, 3), 'C79'] });
  const s = startDate(1, 5); const out = [];
  out.push(opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: s, dx: [tum, 'C79.500x006'], lines: [line(K.chronicVisit, s, 1), line(K.ctChest, s, 1), line(K.ctEnh, s, 1), line(K.cbc, s, 1), line(K.rft, s, 1), tum === 'C61.x00' ? line(K.psa, s, 1) : line(K.cea, s, 1)] }));
  cyc(add(s, 7), 5, 28).forEach(d => out.push(opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: d, dx: [tum, 'C79.500x006'], lines: [line(K.chronicVisit, d, 1), line(K.zoledronic, d, 1), line(K.ns, d, 1), line(K.ivFirst, d, 1), line(K.ivSet, d, 1), line(K.rft, d, 1), line(K.caD3, d, 28)] })));
  return out;
}]);
// C13 iron-deficiency anaemia during radiotherapy treated with oral iron
C.push(['C13', '放疗期间缺铁性贫血：口服铁剂（不用促红素）', () => {
  const tum = pick(['C20.x00', 'C53.900', 'C61.x00']);
  const m = member({ gender: tum === 'C53.900' ? 'F' : tum === 'C61.x00' ? 'M' : undefined, ageMin: 45, ageMax: 80, chronic: [tum.slice(0, 3)] });
  const fr = weekdaysFrom(startDate(1, 8), 25);
  return fr.map((d, k) => rtVisit(m, { hosp: m.P.cancer, date: d, dx: k === 5 ? [tum, 'D50.900'] : [tum, 'Z51.003'], weekly: k % 5 === 0, extra: k === 5 ? [line(K.iron, d, 90)] : [] }));
}]);
// C14 colon cancer stage III surveillance: CEA every 3 months, CT every 6 months
C.push(['C14', '结肠癌术后随访：CEA每3个月、胸腹CT每6个月', () => {
  const tum = pick(['C18.700', 'C18.900', 'C20.x00']);
  const m = member({ ageMin: 45, ageMax: 78, chronic: [tum.slice(0, 3)] });
  return cyc(startDate(1, 1), 4, ri(86, 91)).map((d, k) => opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: d, dx: [tum, 'Z08.700'], lines: [line(K.chronicVisit, d, 1), line(K.cea, d, 1), line(K.cbc, d, 1), ...(k % 2 === 0 ? [line(K.ctChest, d, 1), line(K.ctAbd, d, 1), line(K.ctEnh, d, 1)] : [line(K.usAbd, d, 1)]), ...(k === 2 ? [line(K.colono, d, 1)] : [])] }));
}]);
// C15 first-diagnosis work-up stay coded to the tumour, then Z51 cycles
C.push(['C15', '首次确诊住院（穿刺活检、CT、病理）以肿瘤为主诊断，之后化疗周期编Z51', () => {
  const rk = pick(['GP', 'TP']); const tum = pick(['C34.100x004', 'C34.300x004', 'C34.900x001']);
  const m = member({ ageMin: 45, ageMax: 78 }); const a = startDate(1, 6); const dis = add(a, ri(6, 9));
  const it = [...wardDays(a, dis, 'n2'), ...admitLabs(a, ['coag', 'ctChest', 'ctEnh', 'ctHead', 'usAbd', 'cea', 'preop8', 'hbv']), line(K.path, add(a, 3), 2), line(K.la, add(a, 3), 1), line(K.lidocaine, add(a, 3), 1)];
  const c0 = build(m, { vt: 'inpatient', hosp: m.P.cancer, dept: 'thoracic_oncology', adm: a, dis, dx: [tum, 'I10.x00'], px: [['33.2600', add(a, 3)]], items: it });
  const out = [c0];
  cyc(add(dis, 10), 3, 21).forEach((x, k) => out.push(chemoStay(m, { hosp: m.P.cancer, adm: x, len: 3, reg: rk, tumour: tum, z: 'Z51.103' })));
  return out;
}]);
// C16 gemcitabine day 1 / day 8 as two 1-day stays
C.push(['C16', '吉西他滨d1/d8方案：同一周期两次日间住院相隔7天', () => {
  const tum = pick(['C25.900', 'C34.900x001', 'C56.x00']);
  const m = member({ gender: tum === 'C56.x00' ? 'F' : undefined, ageMin: 48, ageMax: 78 }); const out = [];
  cyc(startDate(1, 6), 3, 21).forEach(a => {
    for (const off of [0, 7]) {
      const d = add(a, off);
      const it = [line(K.ward, d, 1), line(K.bed3, d, 1), line(K.n2, d, 1), line(K.cbc, d, 1), ...(off === 0 ? [line(K.lft, d, 1), line(K.rft, d, 1)] : []), line(K.gemcitabine, d, 2), line(K.chemoPrep, d, 1), line(K.ns, d, 2), line(K.ondansetron, d, 1), line(K.dexIv, d, 1), line(K.ivFirst, d, 1), line(K.ivMore, d, 1), line(K.ivSet, d, 1)];
      out.push(build(m, { vt: 'inpatient', hosp: m.P.cancer, dept: 'oncology', adm: d, dis: add(d, 1), dx: ['Z51.104', tum], px: [['99.2503', d]], items: it }));
    }
  });
  return out;
}]);
// C17 elderly on capecitabine admitted for grade-3 diarrhoea and dehydration
C.push(['C17', '卡培他滨口服期间3级腹泻、脱水、低钾收住院', () => {
  const tum = pick(['C18.700', 'C20.x00', 'C50.900']);
  const m = member({ gender: tum === 'C50.900' ? 'F' : undefined, ageMin: 70, ageMax: 88, chronic: [tum.slice(0, 3)] });
  const d0 = startDate(1, 8); const out = [opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: d0, dx: [tum, 'Z51.103'], lines: [line(K.chronicVisit, d0, 1), line(K.cbc, d0, 1), line(K.capecitabine, d0, 84)] })];
  const a = add(d0, ri(8, 12)); const dis = add(a, ri(4, 6));
  const it = [...wardDays(a, dis, 'n1'), line(K.er, a, 1), ...admitLabs(a, ['stool', 'crp', 'bga']), line(K.cannula, a, 1), line(K.cannulaC, a, 1)];
  days(a, add(dis, -1)).forEach((d, k) => { it.push(line(K.ns, d, 3), line(K.gns, d, 2), line(K.kcl, d, 3), line(K.ivFirst, d, 1), line(K.ivMore, d, 3), line(K.ivSet, d, 1)); if (k < 3) it.push(line(K.lytes, d, k === 0 ? 0 : 1)); });
  out.push(build(m, { vt: 'inpatient', hosp: m.P.cancer, dept: 'oncology', adm: a, dis, dx: ['K52.104', 'E86.x01', 'E87.600', tum], px: [], items: it, route: 'emergency' }));
  return out;
}]);
// C18 frail head-neck patient: RT as inpatient with mucositis and tube feeding, treated every day
C.push(['C18', '头颈部放疗住院：放射性口腔黏膜炎、鼻饲、每日治疗', () => {
  const tum = pick(['C11.900', 'C15.900']);
  const m = member({ ageMin: 55, ageMax: 82 }); const a = startDate(1, 7); const fr = weekdaysFrom(add(a, 2), 30); const dis = add(fr[29], 1);
  const it = [...wardDays(a, dis, 'n2'), ...admitLabs(a, ['ctHead', 'ctEnh', 'coag'])];
  fr.forEach((d, k) => { it.push(line(K.rt, d, 1)); if (k % 5 === 0) it.push(line(K.cbc, d, 1), line(K.lytes, d, 1)); });
  const mu = fr[12];
  days(mu, add(dis, -1)).forEach((d, k) => { it.push(line(K.neb, d, 2), line(K.ns, d, 1), line(K.glucose, d, 1), line(K.ivFirst, d, 1), line(K.ivMore, d, 1), line(K.ivSet, d, 1), line(K.tramadol, d, 2)); if (k % 7 === 0) it.push(line(K.aa, d, 1)); });
  it.push(line(K.ngtube, fr[16], 1), line(K.gastricTube, fr[16], 1));
  return [build(m, { vt: 'inpatient', hosp: m.P.cancer, dept: 'radiotherapy', adm: a, dis, dx: ['Z51.003', tum, 'K12.303', 'E86.x01'], px: [['92.2400x003', fr[0]], ['96.6x00', fr[16]]], items: it })];
}]);
// C19 chemo day with many infusion groups (FOLFOX + hydration + antiemetics + PPI)
C.push(['C19', '化疗日多组输液：每组按规定计一组首组＋增加组', () => {
  const tum = pick(['C18.700', 'C20.x00', 'C16.900']);
  const m = member({ ageMin: 40, ageMax: 72 }); const out = [];
  cyc(startDate(1, 6), 4, 14).forEach(a => {
    const cd = add(a, 1);
    out.push(chemoStay(m, { hosp: m.P.cancer, adm: a, len: 2, reg: 'FOLFOX', tumour: tum, palo: true, extraItems: [line(K.omeprazoleIv, cd, 1), line(K.gns, cd, 1), line(K.ivMore, cd, 1)] }));
  });
  return out;
}]);
// C20 husband and wife, both on capecitabine, same pharmacy same day, two cards
C.push(['C20', '夫妻均用卡培他滨：同日同一双通道药房各持本人医保卡购药', () => {
  const reg = pick(REGIONS); const age = ri(58, 76);
  const a = member({ region: reg, gender: 'M', age, chronic: ['C18'] }); const b = member({ region: reg, gender: 'F', age: age - ri(0, 4), chronic: ['C50'] });
  b.P = a.P; const out = [];
  cyc(startDate(1, 6), 4, 21).forEach(d => {
    out.push(pharmacyBuy(a, { hosp: a.P.dtp, date: d, dx: ['C18.700'], lines: [line(K.capecitabine, d, 112)] }));
    out.push(pharmacyBuy(b, { hosp: a.P.dtp, date: d, dx: ['C50.900'], lines: [line(K.capecitabine, d, 98)] }));
  });
  return out;
}]);
// C21 capecitabine as radiosensitiser during rectal RT, then stopped, no further purchases
C.push(['C21', '直肠癌新辅助放疗同步卡培他滨：放疗结束后停止购药', () => {
  const m = member({ ageMin: 40, ageMax: 75, chronic: ['C20'] }); const out = [];
  const fr = weekdaysFrom(startDate(1, 7), 25);
  fr.forEach((d, k) => out.push(rtVisit(m, { hosp: m.P.cancer, date: d, dx: ['C20.x00', 'Z51.001'], weekly: k % 5 === 0 })));
  [fr[0], fr[12]].forEach(d => out.push(pharmacyBuy(m, { hosp: m.P.dtp, date: d, dx: ['C20.x00'], lines: [line(K.capecitabine, d, 84)] })));
  const op = add(fr[24], ri(49, 60));
  out.push(surgeryStay(m, { hosp: m.P.cancer, adm: op, len: 10, tumour: 'C20.x00', op: 'colectomy', pxCode: '48.6300', gaH: 4 }));
  return out;
}]);
// C22 true malignant ascites: paracentesis, albumin, diuretics, ultrasound
C.push(['C22', '真实恶性腹水：超声、腹腔穿刺引流、白蛋白与利尿', () => {
  const tum = pick(['C56.x00', 'C16.900', 'C25.900']);
  const m = member({ gender: tum === 'C56.x00' ? 'F' : undefined, ageMin: 45, ageMax: 80 });
  const a = startDate(1, 9); const dis = add(a, ri(7, 10)); const pd = add(a, 1);
  const it = [...wardDays(a, dis, 'n2'), ...admitLabs(a, ['usAbd', 'coag', 'ca125', 'path']), line(K.la, pd, 1), line(K.lidocaine, pd, 1), line(K.drainBag, pd, 3), line(K.dressKit, pd, 1), line(K.cbc, add(a, 4), 1), line(K.lft, add(a, 4), 1)];
  days(pd, add(pd, 4)).forEach(d => it.push(line(K.albumin, d, 1), line(K.furosemideIv, d, 1), line(K.ivFirst, d, 1), line(K.ivSet, d, 1)));
  it.push(line(K.spironolactone, add(dis, 0), 28));
  return [build(m, { vt: 'inpatient', hosp: m.P.cancer, dept: 'oncology', adm: a, dis, dx: [tum, 'R18.x00x003', 'C78.600'], px: [['54.9101', pd]], items: it })];
}]);
// C23 sepsis during chemotherapy: daily labs and PCT justified
C.push(['C23', '化疗后粒缺伴脓毒症：逐日血常规、PCT、血培养', () => {
  const rk = pick(['TP', 'GP']); const tum = pick(REG[rk].tumour);
  const m = member({ ageMin: 50, ageMax: 80, gender: tum === 'C53.900' ? 'F' : undefined });
  const a = startDate(1, 9); const dis = add(a, ri(8, 11));
  const it = [...wardDays(a, add(a, 4), 'n1', 'bedIcu'), ...wardDays(add(a, 4), dis, 'n2'), line(K.er, a, 1), line(K.culture, a, 2), line(K.cxr, a, 1), line(K.cannula, a, 1), line(K.cannulaC, a, 1)];
  days(a, add(dis, -1)).forEach((d, k) => { it.push(line(K.meropenem, d, 3), line(K.ns, d, 3), line(K.ivFirst, d, 1), line(K.ivMore, d, 2), line(K.ivSet, d, 1)); if (k < 5) it.push(line(K.cbc, d, 1), line(K.pct, d, 1), line(K.crp, d, 1), line(K.lytes, d, 1), line(K.bga, d, 1), line(K.ecgMon, d, 24), line(K.spo2, d, 24)); if (k === 2) it.push(line(K.culture, d, 2)); });
  return [build(m, { vt: 'inpatient', hosp: m.P.cancer, dept: 'oncology', adm: a, dis, dx: ['A41.900', 'D70.x00x003', tum, 'R50.900x002'], px: [], items: it, route: 'emergency' })];
}]);
// C24 thyroid cancer after thyroidectomy: TSH suppression, 12-week 长处方, thyroid function every 3 months
C.push(['C24', '甲状腺癌术后TSH抑制治疗：12周长处方与每3个月甲功', () => {
  const m = member({ gender: rnd() < 0.75 ? 'F' : 'M', ageMin: 28, ageMax: 70, chronic: ['C73'] });
  return cyc(startDate(1, 3), 3, 84).map((d, k) => opVisit(m, { vt: 'chronic', hosp: m.P.general, dept: 'endocrinology', date: d, dx: ['C73.x00', 'Z08.000'], lines: [line(K.chronicVisit, d, 1), line(K.tft, d, 1), ...(k === 1 ? [line(K.usThy, d, 1)] : []), { ...line(K.levothyroxine, d, 168), long: true }] }));
}]);

// =====================================================================================
// ROUTINE (100 claims): ordinary oncology-network and community claims
// =====================================================================================
function routine(k) {
  const kind = k % 10;
  if (kind === 0) { const m = member({ chronic: ['C18'] }); const d = startDate(1, 10); return [opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: d, dx: ['C18.700', 'Z08.700'], lines: [line(K.chronicVisit, d, 1), line(K.cea, d, 1), line(K.cbc, d, 1)] })]; }
  if (kind === 1) { const m = member({ ageMin: 50, ageMax: 85 }); const d = startDate(1, 11); return [opVisit(m, { hosp: m.P.community, dept: 'general_practice', date: d, dx: ['I10.x00'], lines: [line(K.gp, d, 1), line(K.amlodipine, d, 28)] })]; }
  if (kind === 2) { const m = member({ ageMin: 45, ageMax: 80 }); const d = startDate(1, 11); return [pharmacyBuy(m, { hosp: m.P.retail, date: d, dx: ['E11.900'], lines: [line(K.metformin, d, 84)] })]; }
  if (kind === 3) { const rk = pick(['GP', 'TP', 'XELOX']); const tum = pick(REG[rk].tumour); const m = member({ gender: tum === 'C53.900' ? 'F' : undefined }); return [chemoStay(m, { hosp: m.P.cancer, adm: startDate(1, 10), len: 2, reg: rk, tumour: tum, capDays: REG[rk].oral ? 14 : 0, palo: rnd() < 0.5 })]; }
  if (kind === 4) { const m = member({ gender: 'F', ageMin: 35, ageMax: 70 }); const d = startDate(1, 11); return [opVisit(m, { hosp: m.P.general, dept: 'breast_surgery', date: d, dx: ['N60.100'], lines: [line(K.opdAssoc, d, 1), line(K.usBreast, d, 1)] })]; }
  if (kind === 5) { const m = member({ ageMin: 20, ageMax: 60 }); const d = startDate(1, 11); return [opVisit(m, { hosp: m.P.county, dept: 'internal_medicine', date: d, dx: ['J06.900'], lines: [line(K.opd, d, 1), line(K.cbc, d, 1), line(K.paracetamol, d, 6)] })]; }
  if (kind === 6) { const tum = pick(['C34.900x001', 'C61.x00', 'C50.900']); const m = member({ gender: tum === 'C61.x00' ? 'M' : tum === 'C50.900' ? 'F' : undefined, chronic: [tum.slice(0, 3)] }); const d = startDate(1, 10); return [opVisit(m, { vt: 'chronic', hosp: m.P.cancer, date: d, dx: [tum, 'Z08.000'], lines: [line(K.chronicVisit, d, 1), line(K.ctChest, d, 1), line(K.cbc, d, 1)] })]; }
  if (kind === 7) { const m = member({ ageMin: 40, ageMax: 75 }); const a = startDate(1, 10); return [surgeryStay(m, { hosp: m.P.cancer, adm: a, len: ri(9, 12), tumour: pick(['C18.700', 'C18.900']), op: 'colectomy', pxCode: '45.7600', gaH: 4 })]; }
  if (kind === 8) { const m = member({ ageMin: 60, ageMax: 88 }); const d = startDate(1, 11); return [opVisit(m, { hosp: m.P.community, dept: 'general_practice', date: d, dx: ['K59.000'], lines: [line(K.gp, d, 1)] })]; }
  const m = member({ gender: 'F', ageMin: 30, ageMax: 60 }); const a = startDate(1, 10); return [surgeryStay(m, { hosp: m.P.general, adm: a, len: 5, tumour: 'C73.x00', op: 'thyroidectomy', pxCode: '06.2x00', preImg: 'usThy' })];
}

// ---------- generate ----------
for (const [code, name, fn] of T) for (let i = 0; i < 15; i++) { const r = fn(i); label('fraud', code, name, i, r.claims, r.targets, r.mut); }
for (const [code, name, fn] of C) for (let i = 0; i < 15; i++) { const cl = fn(i); label('control', code, name, i, cl, cl, {}); }
{ let n = 0; let k = 0; while (n < 100) { const cl = routine(k); for (const c of cl) { n++; LABELS.push({ caseId: `R-${String(n).padStart(3, '0')}`, kind: 'routine', code: 'R', name: 'routine', claimIds: [c.claimId], targets: [c.claimId], mutatedLines: {} }); } k++; } }

// drop empty-quantity lines already skipped; check labels' mutated lines exist
const byId = Object.fromEntries(ALL.map(c => [c.claimId, c]));
for (const l of LABELS) for (const [cid, ids] of Object.entries(l.mutatedLines)) { const c = byId[cid]; for (const x of ids) if (!c.items.some(i => i.lineId === x)) throw new Error('bad mutated line ' + cid + ' ' + x); if (!ids.length) throw new Error('empty mutated ' + cid); }

{ const lab = new Set(LABELS.flatMap(l => l.claimIds)); for (const c of ALL) if (!lab.has(c.claimId)) throw new Error('orphan claim ' + c.claimId); }
// reported groups (pass 2)
if (GROUPS) {
  const G = {}; for (const ln of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!ln.trim()) continue; const g = JSON.parse(ln); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || (g.group && g.group.drg); if (id) G[id] = drg || null; }
  for (const c of ALL) if (c.visitType === 'inpatient') c.reportedGroup = { drg: G[c.claimId] || null, dip: null };
}

// settlement order: by settlement date, then creation order
ALL.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq));
for (const c of ALL) { if (c._settle > '2026-11-30') throw new Error('date beyond Nov ' + c.claimId + ' ' + c._settle); }
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), ALL.map(c => { const x = { ...c }; delete x._settle; delete x._seq; return JSON.stringify(x); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
console.error(`claims ${ALL.length}, cases ${LABELS.length} (fraud ${LABELS.filter(l => l.kind === 'fraud').length}, control ${LABELS.filter(l => l.kind === 'control').length}, routine ${LABELS.filter(l => l.kind === 'routine').length})`);
