#!/usr/bin/env node
// blind121 generator: operations, anaesthesia and high-value consumables in every surgical specialty.
// usage: node make-cases.js <outdir> [--catalogue <dir>] [--drg <dir>] [--groups <groups.ndjson>]
'use strict';
const fs = require('fs'), path = require('path');
const argv = process.argv.slice(2);
const opt = (n, d) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : d; };
const OUT = argv[0];
const CAT = opt('--catalogue', '/work/wt/base120/rules/catalogue');
const DRG = opt('--drg', '/work/shared/chs-drg-1.1');
const GROUPS = opt('--groups', null);
const POL = opt('--policies', path.join(CAT, '..', 'benefits', 'policies.json'));
if (!OUT) throw new Error('usage: make-cases.js <outdir>');

// ---------- RNG ----------
let seed = 1210121;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = a => a[Math.floor(rnd() * a.length)];

// ---------- reference data ----------
const rows = {};
for (const f of fs.readdirSync(CAT)) {
  if (!f.endsWith('.json') || /rules|indications/.test(f)) continue;
  const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  if (!j.rows) continue;
  for (const r of j.rows) rows[r.code] = r;
}
const DX = JSON.parse(fs.readFileSync(path.join(DRG, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRG, 'procedures.json'), 'utf8'));
const POLICY = JSON.parse(fs.readFileSync(POL, 'utf8'));
const groups = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n').filter(Boolean)) { const g = JSON.parse(l); groups[g.claimId] = g.drg; }
function dx(c) { if (!DX[c]) throw new Error('unknown diagnosis ' + c); return c; }
function px(c) { if (!PX[c]) throw new Error('unknown procedure ' + c); return c; }

// ---------- dates ----------
const D = s => new Date(s + 'T00:00:00Z');
const iso = d => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 864e5);
const randDate = () => add('2025-01-06', ri(0, 320));

// ---------- providers ----------
const REGIONS = [{ code: '510100', name: '成都', h: '5101' }, { code: '370100', name: '济南', h: '3701' }, { code: '220100', name: '长春', h: '2201' }];
// 01 public L3, 02 public L2, 03 private L2 surgical hospital, 04 private L2 eye/ENT hospital, 05 community L1
const HOSP = {}; for (const r of REGIONS) {
  HOSP[r.code] = { pubL3: { id: 'H' + r.h + '0001', level: 3 }, pubL2: { id: 'H' + r.h + '0002', level: 2 }, priv: { id: 'H' + r.h + '0003', level: 2 }, eye: { id: 'H' + r.h + '0004', level: 2 }, comm: { id: 'H' + r.h + '0005', level: 1 } };
}
const DEPTS = ['general_surgery', 'orthopaedics', 'urology', 'gynaecology', 'ent', 'ophthalmology', 'thoracic_surgery', 'neurosurgery', 'day_surgery'];
function doctor(hid, dept) { return 'D' + hid.slice(1) + String(DEPTS.indexOf(dept) + 1).padStart(2, '0') + String(ri(1, 3)).padStart(2, '0'); }

// ---------- members ----------
let memberSeq = 0;
function member(opts) {
  const sex = opts.sex || (rnd() < 0.5 ? 'M' : 'F');
  const age = opts.age != null ? opts.age : ri(opts.ageMin || 25, opts.ageMax || 75);
  const bd = add('2025-06-30', -Math.round(age * 365.25) + ri(-150, 150));
  const emp = opts.insurance ? opts.insurance === 'employee' : (age >= 18 && rnd() < 0.6);
  const retired = emp && age >= (sex === 'M' ? 60 : 55);
  memberSeq++;
  return { insuredId: 'P121' + String(memberSeq).padStart(6, '0'), gender: sex, birthDate: bd, retired, age, insuranceType: emp ? 'employee' : 'resident', contributionYears: emp ? Math.max(1, Math.min(age - 20, 35)) : 0 };
}
function ageOn(m, date) { const b = D(m.birthDate), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }

// ---------- lines ----------
const C = { // codes used
  bed: '001105000010001', zhencha: '001103000010001', n1: '001201000020001', n2: '001201000030001', n3: '001201000040001',
  cbc: '002501010010001', urine: '002501020010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001', coag: '002502060010001',
  pre8: '002502120010001', abo: '002502130010001', ecg: '003107010010001', cxr: '002202040010001', draw: '001204000080001', crp: '002502080010001',
  ga: '003301010010001', spinal: '003301010020001', local: '003301010030001', path: '002502200010001', frozen: '002502200020001',
  xmatch: '002502130020001', transf: '001204000210001', rbc: '002600000010001', ffp: '002600000020001',
  ecgmon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001', o2: '001208000010001',
  iv1: '001204000010001', ivn: '001204000020001', cannula: '001204000070001', dress: '001205000020001', dressL: '001205000030001',
  gown: 'C11010150600001900710000001', pen: 'C11010150700001990950000001', suture: 'C11010150200001895120000001', kit: 'C11010150800001179070000001',
  ett: 'C14050150300001941860000001', ivset: 'C14010150100001020350000001', ivcath: 'C14010150200001215730000001', dpack: 'C14020150200001397260000001',
  trocar: 'C11010150100001004460000001', clip: 'C11010150400001380140000001', stapler: 'C11010150300001825820000001', mesh: 'C11010150500001036850000001',
  haemo: 'C14100150100001761320000001', drain: 'C14040150300001408220000001', bag: 'C14040150100001551930000001', foley2: 'C14030150200001263900000001', foley3: 'C14030150300001674120000001',
  dj: 'C14030150400001781530000001', plate: 'C03010150400001786600000001', screw: 'C03010150500001199820000001', nail: 'C03010150800001787350000001',
  knee: 'C03010150200001029290000001', hip: 'C03010150100001403170000001', head: 'C03010150300001664990000001', cement: 'C03010150900001899880000001',
  pedicle: 'C03010151200001037310000001', cage: 'C03010150600001323210000001', anchor: 'C03010151000001628810000001', iol: 'C08010150100001152110000001', ovd: 'C08010150200001585740000001',
  vsd: 'C14040150400001519350000001', silver: 'C14020151000001694820000001', film: 'C14020150300001037150000001', trayburn: 'C14100150200001872210000001',
  cxdrain: '003308010010001', cysto: '002503010150001', irrig: '001110010010001',
  propofol: 'XN01AXB503B002', fentanyl: 'XN02ABF506B002', vecur: 'XM03ACW501B002', midaz: 'XN05CDM508B002', lido: 'XN01BBL509B002', ropi: 'XN01BBL510B002',
  cefur: 'XJ01DCT505B002', ns: 'XB05BBL511B002', ringer: 'XB05BBR503B002', gs: 'XB05BAP505B002', celecoxib: 'XM01AHS505A001', paracet: 'XN02BED510A001', ibuSusp: 'XM01AEB502A004',
  txa: 'XB02AAA519B002', enox: 'XB01ABY502B002', tobradex: 'XS01CAT513D001', levoEye: 'XS01AEZ501D001', ceftri: 'XJ01DDT504B002', pip: 'XJ01CRP501B002',
  omep: 'XA02BCA515B002', kcl: 'XB05XAL512B002', dex: 'XH02ABD515B002', tamsu: 'XG04CAT510A003', cxrDR: '002202040010001', limbDR: '002202040020001',
};
C.irrig = '003110010010001';
for (const [k, v] of Object.entries(C)) if (!rows[v]) throw new Error('no catalogue row ' + k + ' ' + v);

class Claim {
  constructor(o) { Object.assign(this, o); this.items = []; this.fraudLines = []; }
  add(code, date, qty, o = {}) {
    const r = rows[code]; if (!r) throw new Error('no row ' + code);
    const lvl = this.provider.level;
    const price = o.price != null ? o.price : r.priceCap[String(lvl)];
    const pf = Math.round(price * 100);
    const lineId = String(this.items.length + 1);
    const it = { lineId, code: r.category === 'drug' ? r.products[0] : r.code, name: r.name, category: r.category, date, quantity: qty, unitPrice: pf / 100, amount: 0, _fen: pf * qty, _row: r, _fraud: !!o.fraud };
    if (o.longPrescription) it.longPrescription = true;
    it.amount = it._fen / 100;
    this.items.push(it);
    if (o.fraud) this.fraudLines.push(lineId);
    return it;
  }
  remove(pred) { this.items = this.items.filter(i => !pred(i)); this.items.forEach((i, k) => { i.lineId = String(k + 1); }); }
}

// ---------- templates ----------
// anaesthesia: ['ga', hours] | ['spinal'] | ['local']
const T = {
  lapAppy: { dept: 'general_surgery', dx: 'K35.800x001', px: ['47.0100'], op: '003302010010001', an: ['ga', 2], cons: [['trocar', 1], ['clip', 3], ['suture', 2]], pre: 0, post: 3, path: 1, abx: 1, emerg: 1 },
  openAppy: { dept: 'general_surgery', dx: 'K35.800x001', px: ['47.0901'], op: '003302020010001', an: ['spinal'], cons: [['suture', 3]], pre: 0, post: 4, path: 1, abx: 1, emerg: 1 },
  lapChole: { dept: 'general_surgery', dx: 'K80.101', px: ['51.2300'], op: '003302020010001', an: ['ga', 2], cons: [['trocar', 1], ['clip', 4], ['suture', 2]], pre: 1, post: 3, path: 1, abx: 1, min: 2, extraPre: ['002103010010001'] },
  hernia: { dept: 'general_surgery', dx: 'K40.900x003', px: ['53.0301'], op: '003302030010001', an: ['spinal'], cons: [['mesh', 1], ['suture', 3]], pre: 1, post: 2, path: 0, abx: 0 },
  haemorrhoid: { dept: 'general_surgery', dx: 'K64.200', px: ['49.4600'], op: '003302040010001', an: ['spinal'], cons: [['suture', 2]], pre: 1, post: 3, path: 1, abx: 0 },
  thyroid: { dept: 'general_surgery', dx: 'E04.101', px: ['06.2x00'], op: '003304030010001', an: ['ga', 2], cons: [['suture', 3], ['drain', 1], ['haemo', 1]], pre: 1, post: 3, path: 1, abx: 0, min: 2, extraPre: ['002103010050001'] },
  varicose: { dept: 'general_surgery', dx: 'I83.900x004', px: ['38.5900'], op: '003307010010001', an: ['spinal'], cons: [['suture', 3]], pre: 1, post: 3, path: 0, abx: 0, extraPre: ['002103010040001'] },
  tka: { dept: 'orthopaedics', dx: 'M17.101', px: ['81.5400'], op: '003303010030001', an: ['ga', 3], cons: [['knee', 1], ['cement', 1], ['suture', 4], ['drain', 1]], pre: 2, post: 6, path: 0, abx: 1, min: 3, ageMin: 60, txa: 1, enox: 1, postFilm: 'limbDR' },
  tha: { dept: 'orthopaedics', dx: 'M16.101', px: ['81.5100'], op: '003303010010001', an: ['ga', 3], cons: [['hip', 1], ['suture', 4], ['drain', 1]], pre: 2, post: 6, path: 0, abx: 1, min: 3, ageMin: 55, txa: 1, enox: 1, postFilm: 'limbDR' },
  hemi: { dept: 'orthopaedics', dx: 'S72.000', px: ['81.5201'], op: '003303010020001', an: ['spinal'], cons: [['head', 1], ['cement', 1], ['suture', 3], ['drain', 1]], pre: 2, post: 6, path: 0, abx: 1, min: 2, ageMin: 70, emerg: 1, txa: 1, enox: 1, postFilm: 'limbDR' },
  tibia: { dept: 'orthopaedics', dx: 'S82.201', px: ['79.3600'], op: '003303020060001', an: ['spinal'], cons: [['plate', 1], ['screw', 8], ['suture', 3]], pre: 2, post: 5, path: 0, abx: 1, emerg: 1, ageMax: 70, postFilm: 'limbDR' },
  ankle: { dept: 'orthopaedics', dx: 'S82.802', px: ['79.3600x009'], op: '003303020070001', an: ['spinal'], cons: [['plate', 1], ['screw', 6], ['suture', 2]], pre: 2, post: 4, path: 0, abx: 1, emerg: 1, ageMax: 70, postFilm: 'limbDR' },
  menisc: { dept: 'orthopaedics', dx: 'S83.200x001', px: ['80.6x06'], op: '003303040010001', an: ['spinal'], cons: [['suture', 1]], pre: 1, post: 2, path: 0, abx: 0, min: 2, ageMax: 55 },
  pvp: { dept: 'orthopaedics', dx: 'M80.000', px: ['81.6500'], op: '003303050020001', an: ['local'], cons: [['cement', 1]], pre: 1, post: 3, path: 0, abx: 0, min: 2, sex: 'F', ageMin: 65 },
  disc: { dept: 'neurosurgery', dx: 'M51.202', px: ['80.5100x013'], op: '003303020020001', an: ['ga', 2], cons: [['suture', 3], ['drain', 1], ['haemo', 1]], pre: 2, post: 5, path: 0, abx: 1, min: 2, ageMin: 30, ageMax: 65 },
  plif: { dept: 'neurosurgery', dx: 'M48.005', px: ['81.0801'], op: '003303050010001', an: ['ga', 4], cons: [['pedicle', 4], ['cage', 1], ['suture', 4], ['drain', 1], ['haemo', 2]], pre: 2, post: 7, path: 0, abx: 1, min: 2, ageMin: 50, txa: 1, postFilm: 'lspine' },
  turp: { dept: 'urology', dx: 'N40.x00', px: ['60.2902'], op: '003306010010001', an: ['spinal'], cons: [['foley3', 1]], pre: 1, post: 4, path: 1, abx: 1, min: 2, sex: 'M', ageMin: 60, irrig: 1, extraPre: ['003110010030001'] },
  urs: { dept: 'urology', dx: 'N20.100', px: ['56.0x00x011'], op: '003306020010001', an: ['spinal'], cons: [['dj', 1], ['foley2', 1]], pre: 1, post: 2, path: 0, abx: 1, min: 2, extraPre: ['002202060010001'] },
  pcnl: { dept: 'urology', dx: 'N20.000', px: ['55.0400'], op: '003306020030001', an: ['ga', 3], cons: [['dj', 1], ['foley2', 1], ['bag', 1]], pre: 2, post: 4, path: 0, abx: 1, min: 2, extraPre: ['002301010060001'] },
  lapHyst: { dept: 'gynaecology', dx: 'D25.100', px: ['68.4100'], op: '003305020010001', an: ['ga', 3], cons: [['trocar', 1], ['suture', 4], ['foley2', 1]], pre: 1, post: 4, path: 1, abx: 1, min: 2, sex: 'F', ageMin: 40, ageMax: 58, extraPre: ['002103010080001'] },
  lapOvary: { dept: 'gynaecology', dx: 'N83.201', px: ['65.2501'], op: '003305020020001', an: ['ga', 2], cons: [['trocar', 1], ['suture', 2]], pre: 1, post: 3, path: 1, abx: 1, min: 2, sex: 'F', ageMin: 20, ageMax: 48, extraPre: ['002103010080001'] },
  tonsil: { dept: 'ent', dx: 'J35.000', px: ['28.2x00x002'], op: '003304020010001', an: ['ga', 1], cons: [['suture', 1]], pre: 1, post: 3, path: 1, abx: 1, ageMin: 16, ageMax: 45 },
  fess: { dept: 'ent', dx: 'J32.000', px: ['22.6201'], op: '003304070020101', an: ['ga', 2], cons: [['haemo', 2]], pre: 1, post: 4, path: 1, abx: 1, min: 2, extraPre: ['003104020010001'] },
  septum: { dept: 'ent', dx: 'J34.200', px: ['21.5x01'], op: '003304070010001', an: ['ga', 1], cons: [['haemo', 2]], pre: 1, post: 3, path: 0, abx: 0, min: 2 },
  phaco: { dept: 'ophthalmology', dx: 'H25.100', px: ['13.4100x001', '13.7100x001'], op: '003304010010001', an: ['local'], cons: [['iol', 1], ['ovd', 1]], pre: 0, post: 1, path: 0, abx: 0, min: 2, ageMin: 55, eye: 1, extraPre: ['002503010070001'] },
  vitrect: { dept: 'ophthalmology', dx: 'H33.001', px: ['14.7401'], op: '003304010020001', an: ['local'], cons: [['ovd', 1]], pre: 1, post: 3, path: 0, abx: 0, min: 2, ageMin: 40, eye: 1 },
  trab: { dept: 'ophthalmology', dx: 'H40.100', px: ['12.6400x003'], op: '003304010040001', an: ['local'], cons: [['suture', 1]], pre: 1, post: 3, path: 0, abx: 0, min: 2, ageMin: 45, eye: 1 },
  vatsWedge: { dept: 'thoracic_surgery', dx: 'R91.x03', px: ['32.2001'], op: '003308020010001', an: ['ga', 3], cons: [['trocar', 1], ['stapler', 2], ['bag', 1]], pre: 2, post: 4, path: 1, abx: 1, min: 2, ageMin: 35 },
  vatsLobe: { dept: 'thoracic_surgery', dx: 'C34.100', px: ['32.4100'], op: '003308020020001', an: ['ga', 4], cons: [['trocar', 1], ['stapler', 2], ['bag', 1], ['haemo', 1]], pre: 2, post: 6, path: 1, abx: 1, min: 3, ageMin: 45 },
};
for (const t of Object.values(T)) { dx(t.dx); t.px.forEach(px); }
const ROUTINE_TPL = Object.keys(T);

function pickHosp(region, tpl, kind) {
  const H = HOSP[region], min = tpl.min || 1;
  if (min >= 3) return H.pubL3;
  const r = rnd();
  if (tpl.eye || tpl.dept === 'ent') { if (kind === 'fraud') return r < 0.6 ? H.eye : (r < 0.8 ? H.pubL2 : H.pubL3); return r < 0.3 ? H.eye : (r < 0.65 ? H.pubL2 : H.pubL3); }
  if (kind === 'fraud') return r < 0.55 ? H.priv : (r < 0.8 ? H.pubL2 : H.pubL3);
  return r < 0.25 ? H.priv : (r < 0.6 ? H.pubL2 : H.pubL3);
}

let claimSeq = 0;
function newClaim(region, hosp, dept, m, visitType, dates) {
  claimSeq++;
  const c = new Claim({ claimId: `${region}-${hosp.id}-2025-${String(claimSeq).padStart(6, '0')}`, region, insuranceType: m.insuranceType, visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: { enrolledOn: '2016-01-01', inConcentratedPeriod: true, continuousYears: 9, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: m.contributionYears, special: null },
    provider: { hospitalId: hosp.id, level: hosp.level, department: dept, doctorId: doctor(hosp.id, dept) } });
  c._m = m;
  Object.assign(c, dates);
  return c;
}

// Build an operative stay. o: {region, tpl, member, hosp, admit, pre, post, anaes, noPath, extraDx, ...}
function opStay(o) {
  const t = o.tpl, region = o.region;
  const m = o.member || member({ sex: t.sex, ageMin: t.ageMin || 25, ageMax: t.ageMax || 78 });
  const hosp = o.hosp || pickHosp(region, t, o.kind);
  const pre = o.pre != null ? o.pre : t.pre, post = o.post != null ? o.post : t.post;
  const admit = o.admit || randDate();
  const opDay = add(admit, pre), dis = add(opDay, post);
  const c = newClaim(region, hosp, o.dept || t.dept, m, 'inpatient', { admissionDate: admit, dischargeDate: dis });
  c.admissionRoute = t.emerg ? 'emergency' : 'outpatient';
  c.dischargeMode = 'ordered';
  c.diagnoses = [{ code: dx(o.dx || t.dx), principal: true }].concat((o.extraDx || []).map(x => ({ code: dx(x) })));
  c.procedures = (o.px || t.px).map(p => ({ code: px(p), date: opDay }));
  c.reportedGroup = { drg: null, dip: null };
  c._opDay = opDay;
  const nights = diff(admit, dis);
  for (let i = 0; i < nights; i++) {
    const d = add(admit, i);
    c.add(C.bed, d, 1); c.add(C.zhencha, d, 1);
    const k = diff(opDay, d);
    c.add(o.nursing ? o.nursing(k) : ((k === 0 || k === 1) ? C.n1 : C.n2), d, 1);
  }
  // admission work-up
  for (const k of ['cbc', 'urine', 'lft', 'rft', 'lytes', 'coag', 'pre8', 'abo', 'ecg', 'cxr', 'draw']) c.add(C[k], admit, 1);
  for (const e of (t.extraPre || [])) c.add(e, admit, 1);
  // operation
  c.add(o.opCode || t.op, opDay, o.opQty || 1, o.opPrice ? { price: o.opPrice } : {});
  const an = o.anaes || t.an;
  let gaH = 0;
  if (an[0] === 'ga') {
    gaH = an[1];
    c.add(C.ga, opDay, gaH); c.add(C.propofol, opDay, gaH >= 3 ? 3 : 2); c.add(C.fentanyl, opDay, 2); c.add(C.vecur, opDay, 1); c.add(C.midaz, opDay, 1); c.add(C.ett, opDay, 1);
  } else if (an[0] === 'spinal') { c.add(C.spinal, opDay, 1); c.add(C.kit, opDay, 1); c.add(C.ropi, opDay, 1); }
  else { c.add(C.local, opDay, 1); c.add(C.lido, opDay, 2); }
  c._gaH = gaH;
  c.add(C.gown, opDay, 1); if (!t.eye) c.add(C.pen, opDay, 1);
  for (const [k, q] of (o.cons || t.cons)) c.add(C[k], opDay, q);
  if (t.path && !o.noPath) c.add(C.path, opDay, 1);
  if (t.abx) c.add(C.cefur, opDay, 2);
  if (t.txa) c.add(C.txa, opDay, 2);
  if (t.irrig) { c.add(C.irrig, opDay, 2); if (post >= 2) c.add(C.irrig, add(opDay, 1), 3); }
  // fluids and infusion op day and day 1
  const fluidDays = t.eye ? [opDay] : [opDay, add(opDay, 1)];
  for (const d of fluidDays) { if (d >= dis && d !== opDay) continue; c.add(C.ringer, d, 1); c.add(C.ns, d, t.abx ? 2 : 1); c.add(C.iv1, d, 1); c.add(C.ivn, d, 1); c.add(C.ivset, d, 2); }
  c.add(C.cannula, opDay, 1); c.add(C.ivcath, opDay, 1);
  // post-op watch (outside anaesthesia hours)
  if (!t.eye) { const h = Math.min(12, 24 - gaH - 2); c.add(C.ecgmon, opDay, h); c.add(C.spo2, opDay, h); c.add(C.o2, opDay, 6); }
  // day 1 onwards
  const d1 = add(opDay, 1);
  if (d1 < dis) {
    if (!t.eye) { c.add(C.cbc, d1, 1); c.add(C.draw, d1, 1); c.add(C.dress, d1, 1); c.add(C.dpack, d1, 1); }
    if (t.postFilm === 'limbDR') c.add(C.limbDR, d1, 1);
    if (t.postFilm === 'lspine') c.add('002202030020001', d1, 1);
    for (let d = d1; d < dis; d = add(d, 1)) { if (ageOn(m, d) >= 18) c.add(C.celecoxib, d, 2); else c.add(C.paracet, d, 3); }
    if (t.enox) { for (let d = d1, k = 0; d < dis && k < 14; d = add(d, 1), k++) c.add(C.enox, d, 1); }
    if (post >= 4 && !t.eye) { const d3 = add(opDay, 3); if (d3 < dis) { c.add(C.dress, d3, 1); c.add(C.dpack, d3, 1); } }
  }
  if (t.eye) { c.add(C.tobradex, dis, 1); c.add(C.levoEye, dis, 1); c.add('002503010060001', dis, 1); }
  return c;
}

function outpatientOp(o) {
  const m = o.member, hosp = o.hosp, date = o.date;
  const c = newClaim(o.region, hosp, o.dept, m, 'outpatient', { visitDate: date });
  c.diagnoses = [{ code: dx(o.dx), principal: true }];
  c.procedures = o.px.map(p => ({ code: px(p), date }));
  c.add('001102000010001', date, 1);
  for (const [code, q, x] of o.lines) c.add(code, date, q, x || {});
  return c;
}

// ---------- validation ----------
function validate(c) {
  const m = c._m; const perDay = {}, days = {};
  const codes = c.diagnoses.map(d => d.code);
  for (const it of c.items) {
    const r = it._row, where = `${c.claimId} line ${it.lineId} ${r.name}`;
    if (c.visitType === 'inpatient') { if (it.date < c.admissionDate || it.date > c.dischargeDate) throw new Error('date outside stay ' + where); }
    else if (it.date !== c.visitDate) throw new Error('date ' + where);
    const k = r.code + '|' + it.date; perDay[k] = (perDay[k] || 0) + it.quantity;
    (days[r.code] = days[r.code] || new Set()).add(it.date);
    if (it._fraud) continue;
    if (r.setting && r.setting !== (c.visitType === 'inpatient' ? 'inpatient' : 'outpatient')) throw new Error('setting ' + where);
    if (r.minLevel && c.provider.level < r.minLevel) throw new Error('level ' + where);
    if (r.gender && r.gender !== m.gender) throw new Error('gender ' + where);
    const a = ageOn(m, it.date);
    if (r.ageMin != null && a < r.ageMin) throw new Error('ageMin ' + where);
    if (r.ageMax != null && a > r.ageMax) throw new Error('ageMax ' + where);
    if (it.unitPrice > r.priceCap[String(c.provider.level)] + 1e-9) throw new Error('price ' + where);
    if (r.indications && !codes.some(x => r.indications.some(p => x.startsWith(p)))) throw new Error('indication ' + where);
    if (r.maxPerDay && perDay[k] > r.maxPerDay) throw new Error('maxPerDay ' + where);
    if (r.maxDays && days[r.code].size > r.maxDays) throw new Error('maxDays ' + where);
    if (c.visitType === 'inpatient' && ['bed', 'nursing'].includes(r.subcategory) && it.date >= c.dischargeDate) throw new Error('bed on discharge ' + where);
  }
  for (const d of c.diagnoses) dx(d.code);
  for (const p of c.procedures) px(p.code);
}

// ---------- money ----------
const ytdDeductible = {};
function settle(c) {
  let total = 0, policy = 0;
  for (const it of c.items) { total += it._fen; const share = it._row.selfPayShare != null ? it._row.selfPayShare : (it._row.class === '丙' ? 1 : 0); policy += Math.round(it._fen * (1 - share)); }
  const prov = POLICY.provinces[c.region.slice(0, 2)];
  const sch = prov.schemes[c.insuranceType][c.visitType === 'inpatient' ? 'inpatient' : 'outpatient'];
  const lvl = String(c.provider.level);
  let ratio = sch.ratio[lvl] + (c.patient.retired ? (sch.retireeRatioBonus || 0) : 0);
  if (sch.maxRatio) ratio = Math.min(ratio, sch.maxRatio);
  let ded;
  if (c.visitType === 'inpatient') ded = Math.round(sch.deductible[lvl] * 100);
  else { const key = c.patient.insuredId; const left = Math.max(0, Math.round(sch.deductible * 100) - (ytdDeductible[key] || 0)); ded = Math.min(left, policy); ytdDeductible[key] = (ytdDeductible[key] || 0) + ded; }
  const fund = Math.max(0, Math.round((policy - ded) * ratio));
  c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: Math.min(fund, Math.round(sch.annualFundCap * 100)) / 100 };
}

// ---------- cases ----------
const cases = [];
const allClaims = [];
function push(kind, code, name, variant, claims, targets, o = {}) {
  for (const c of claims) { if (!allClaims.includes(c)) allClaims.push(c); }
  cases.push({ kind, code, name, claims, targets, variant, typology: kind === 'routine' ? 'R' : code });
}
const regionAt = i => REGIONS[i % 3].code;
const V = i => (i % 2 === 0 || i < 4) && i < 12 ? 'overt' : 'careful'; // 8 overt, 7 careful
function lineOf(c, code) { return c.items.find(i => i._row.code === code || i.code === code); }
function markFraud(it, c) { it._fraud = true; c.fraudLines.push(it.lineId); }
function setPrice(c, it, price) { it.unitPrice = price; it._fen = Math.round(price * 100) * it.quantity; it.amount = it._fen / 100; }
function setQty(c, it, q) { it.quantity = q; it._fen = Math.round(it.unitPrice * 100) * q; it.amount = it._fen / 100; }

// T01 高套手术
{ const N = '高套手术（低价手术按高价手术收费/编码）';
  const specs = [
    ['pvp', '003303050030001', null], ['menisc', '003303040020001', null], ['fess', '003304070020201', null], ['openAppy', '003302010010001', null],
    ['vatsWedge', '003308020020001', null], ['hemi', '003303010010001', null], ['septum', '003304070020201', null], ['menisc', '003303040030001', null]];
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i);
    if (v === 'overt') {
      const [tk, dear] = specs[i % specs.length]; let t = T[tk];
      if (tk === 'vatsWedge') t = { ...t, min: 3 };
      const c = opStay({ region, tpl: t, kind: 'fraud' });
      const op = lineOf(c, t.op); const nr = rows[dear];
      op.code = nr.code; op.name = nr.name; op._row = nr; setPrice(c, op, nr.priceCap[String(c.provider.level)]); markFraud(op, c);
      push('fraud', 'T01', N, v, [c], [c]);
    } else {
      // careful: dearer procedure coded AND billed; record otherwise fits the cheaper one
      const k = i % 4; let c;
      if (k === 0) { c = opStay({ region, tpl: T.pvp, kind: 'fraud', px: ['81.6600x001'], opCode: '003303050030001' }); }
      else if (k === 1) { c = opStay({ region, tpl: T.fess, kind: 'fraud', px: ['22.6201', '22.6301', '22.6401'], opCode: '003304070020201' }); }
      else if (k === 2) { c = opStay({ region, tpl: { ...T.vatsWedge, min: 3 }, kind: 'fraud', px: ['32.4100'], opCode: '003308020020001', extraDx: [] }); }
      else { c = opStay({ region, tpl: T.menisc, kind: 'fraud', px: ['81.4501'], opCode: '003303040030001' }); }
      markFraud(c.items.find(x => x._row.subcategory === 'surgery' && x._row.code !== C.ga && x._row.code !== C.spinal && x._row.code !== C.local), c);
      push('fraud', 'T01', N, v, [c], [c]);
    }
  }
}
// T02 分解手术
{ const N = '分解手术（一台手术拆成多项收费）';
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i); let c;
    const k = i % 5;
    if (k === 0) { c = opStay({ region, tpl: T.urs, kind: 'fraud' }); markFraud(c.add(C.cysto, c._opDay, 1), c); if (v === 'careful') c.procedures.push({ code: px('57.3200x001'), date: c._opDay }); }
    else if (k === 1) { c = opStay({ region, tpl: T.vatsWedge, kind: 'fraud' }); markFraud(c.add(C.cxdrain, c._opDay, 1), c); if (v === 'careful') c.procedures.push({ code: px('34.0401'), date: c._opDay }); }
    else if (k === 2) { c = opStay({ region, tpl: T.turp, kind: 'fraud' }); markFraud(c.add(C.cysto, c._opDay, 1), c); markFraud(c.add('003306010020001', c._opDay, 1), c); if (v === 'careful') { c.procedures.push({ code: px('57.3200x001'), date: c._opDay }); } }
    else if (k === 3) { c = opStay({ region, tpl: T.lapHyst, kind: 'fraud' }); markFraud(c.add('003305020020001', c._opDay, 1), c); if (v === 'careful') c.procedures.push({ code: px('65.2501'), date: c._opDay }); }
    else { c = opStay({ region, tpl: T.fess, kind: 'fraud' }); markFraud(c.add('003304070010001', c._opDay, 1), c); markFraud(c.add('003104020010001', c._opDay, 1), c); if (v === 'careful') c.procedures.push({ code: px('21.5x01'), date: c._opDay }); }
    push('fraud', 'T02', N, v, [c], [c]);
  }
}
// T03 麻醉时长超过手术
{ const N = '全身麻醉计费时长远超手术所需';
  const tk = ['lapAppy', 'lapChole', 'thyroid', 'lapOvary', 'tonsil', 'septum', 'disc', 'fess'];
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i), t = T[tk[i % tk.length]];
    const hours = v === 'overt' ? t.an[1] + ri(4, 5) : t.an[1] + 2;
    const c = opStay({ region, tpl: t, kind: 'fraud', anaes: ['ga', hours] });
    markFraud(lineOf(c, C.ga), c);
    push('fraud', 'T03', N, v, [c], [c]);
  }
}
// T04 无指征全身麻醉（局麻/椎管内即可的手术，配合的成年人）
{ const N = '局麻或椎管内麻醉即可的手术改用全身麻醉';
  const tk = ['phaco', 'haemorrhoid', 'hernia', 'varicose', 'trab', 'menisc', 'urs', 'pvp'];
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i), t = T[tk[i % tk.length]];
    const c = opStay({ region, tpl: t, kind: 'fraud', member: member({ sex: t.sex, ageMin: Math.max(t.ageMin || 30, 30), ageMax: t.ageMax || 75 }), anaes: ['ga', v === 'overt' ? 3 : 1] });
    markFraud(lineOf(c, C.ga), c);
    push('fraud', 'T04', N, v, [c], [c]);
  }
}
// T05 耗材多计（超出实际使用）
{ const N = '高值耗材计费数量超过实际使用';
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i), k = i % 5; let c;
    if (k === 0) { c = opStay({ region, tpl: T.lapChole, kind: 'fraud' }); if (v === 'overt') { markFraud(c.add(C.stapler, c._opDay, 2), c); } else { const it = lineOf(c, C.clip); setQty(c, it, 9); markFraud(it, c); } }
    else if (k === 1) { c = opStay({ region, tpl: T.tibia, kind: 'fraud' }); const it = lineOf(c, C.screw); if (v === 'overt') { markFraud(c.add(C.plate, c._opDay, 1), c); setQty(c, it, 14); markFraud(it, c); } else { setQty(c, it, 12); markFraud(it, c); } }
    else if (k === 2) { c = opStay({ region, tpl: T.plif, kind: 'fraud' }); const it = lineOf(c, C.pedicle); setQty(c, it, v === 'overt' ? 10 : 6); markFraud(it, c); if (v === 'overt') { const cg = lineOf(c, C.cage); setQty(c, cg, 2); markFraud(cg, c); } }
    else if (k === 3) { c = opStay({ region, tpl: T.menisc, kind: 'fraud' }); markFraud(c.add(C.anchor, c._opDay, v === 'overt' ? 4 : 2), c); }
    else { c = opStay({ region, tpl: T.vatsWedge, kind: 'fraud' }); const it = lineOf(c, C.stapler); setQty(c, it, v === 'overt' ? 6 : 3); markFraud(it, c); }
    push('fraud', 'T05', N, v, [c], [c]);
  }
}
// T06 耗材串换（以高价耗材行收费）
{ const N = '耗材串换（低价耗材按高价耗材收费）';
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i), k = i % 4; let c;
    if (k === 0) { c = opStay({ region, tpl: T.hemi, kind: 'fraud' }); const it = lineOf(c, C.head); const nr = rows[C.hip]; it.code = nr.code; it.name = nr.name; it._row = nr; setPrice(c, it, nr.priceCap['3']); markFraud(it, c); }
    else if (k === 1) { c = opStay({ region, tpl: T.thyroid, kind: 'fraud' }); const d1 = add(c._opDay, 1); if (v === 'overt') markFraud(c.add(C.vsd, d1, 1), c); else { markFraud(c.add(C.silver, d1, 2), c); } }
    else if (k === 2) { c = opStay({ region, tpl: T.hernia, kind: 'fraud' }); const it = lineOf(c, C.mesh); if (v === 'overt') { const nr = rows[C.stapler]; it.code = nr.code; it.name = nr.name; it._row = nr; setPrice(c, it, nr.priceCap[String(c.provider.level)]); markFraud(it, c); } else { markFraud(c.add(C.haemo, c._opDay, 2), c); } }
    else { c = opStay({ region, tpl: T.tibia, kind: 'fraud' }); if (v === 'overt') { markFraud(c.add(C.nail, c._opDay, 1), c); } else { markFraud(c.add(C.silver, add(c._opDay, 1), 2), c); } }
    push('fraud', 'T06', N, v, [c], [c]);
  }
}
// T07 集采耗材按非集采价格收费
{ const N = '集采植入物按非集采（高于挂网限价）价格收费';
  const tk = ['tka', 'tha', 'hemi', 'phaco', 'plif'];
  const key = { tka: 'knee', tha: 'hip', hemi: 'head', phaco: 'iol', plif: 'cage' };
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i), tn = tk[i % tk.length];
    const c = opStay({ region, tpl: T[tn], kind: 'fraud' });
    const it = lineOf(c, C[key[tn]]); const cap = it._row.priceCap[String(c.provider.level)];
    setPrice(c, it, v === 'overt' ? Math.round(cap * (tn === 'iol' ? 3 : 4.5)) : Math.round(cap * 1.18)); markFraud(it, c);
    push('fraud', 'T07', N, v, [c], [c]);
  }
}
// T08 无指征手术（过度诊疗）
{ const N = '无手术指征的手术（过度诊疗）';
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i), k = i % 5; let c;
    if (v === 'overt') {
      if (k === 0) c = opStay({ region, tpl: T.tonsil, kind: 'fraud', dx: 'J03.901', pre: 0 });
      else if (k === 1) c = opStay({ region, tpl: T.pvp, kind: 'fraud', dx: 'M81.000' });
      else if (k === 2) c = opStay({ region, tpl: T.lapChole, kind: 'fraud', dx: 'K29.500' });
      else if (k === 3) c = opStay({ region, tpl: { ...T.menisc, op: '003303040040001', ageMax: 78 }, kind: 'fraud', dx: 'M17.101', px: ['80.8602'], member: member({ ageMin: 62, ageMax: 78 }) });
      else c = opStay({ region, tpl: T.septum, kind: 'fraud', dx: 'J30.400' });
    } else {
      if (k === 0) c = opStay({ region, tpl: T.turp, kind: 'fraud', member: member({ sex: 'M', age: ri(50, 58) }) });
      else if (k === 1) c = opStay({ region, tpl: T.lapHyst, kind: 'fraud', dx: 'D25.100', member: member({ sex: 'F', age: ri(32, 39) }) });
      else if (k === 2) c = opStay({ region, tpl: T.lapChole, kind: 'fraud', dx: 'K80.200x003' });
      else if (k === 3) c = opStay({ region, tpl: { ...T.menisc, op: '003303040040001', ageMax: 78 }, kind: 'fraud', dx: 'M23.303', px: ['80.8602'], member: member({ ageMin: 58, ageMax: 75 }), extraDx: ['M17.101'] });
      else c = opStay({ region, tpl: T.varicose, kind: 'fraud', dx: 'I83.900x004', member: member({ ageMin: 25, ageMax: 35 }) });
      if (k === 0) c.remove(x => x._row.code === '003110010030001');
      if (k === 2) c.remove(x => x._row.code === '002103010010001');
    }
    push('fraud', 'T08', N, v, [c], [c]);
  }
}
// T09 无标本病理
{ const N = '无切除标本的手术收取病理检查费';
  const tk = ['phaco', 'hernia', 'tibia', 'urs', 'varicose', 'trab', 'septum', 'pvp'];
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i); let c;
    if (v === 'overt') { c = opStay({ region, tpl: T[tk[i % tk.length]], kind: 'fraud' }); markFraud(c.add(C.path, c._opDay, 2), c); markFraud(c.add(C.frozen, c._opDay, 1), c); }
    else if (i % 3 === 0) { c = opStay({ region, tpl: T.lapAppy, kind: 'fraud' }); markFraud(c.add(C.frozen, c._opDay, 1), c); const p = lineOf(c, C.path); setQty(c, p, 2); markFraud(p, c); }
    else { c = opStay({ region, tpl: T[tk[(i + 3) % tk.length]], kind: 'fraud' }); markFraud(c.add(C.path, c._opDay, 1), c); }
    push('fraud', 'T09', N, v, [c], [c]);
  }
}
// T10 无需输血的手术收取用血
{ const N = '无输血指征的手术收取配血、输血及血液';
  const tk = ['lapChole', 'hernia', 'lapAppy', 'menisc', 'thyroid', 'lapOvary', 'urs', 'varicose'];
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i), t = T[tk[i % tk.length]];
    const c = opStay({ region, tpl: t, kind: 'fraud' });
    const d = c._opDay;
    markFraud(c.add(C.xmatch, d, v === 'overt' ? 2 : 1), c); markFraud(c.add(C.transf, d, 1), c); markFraud(c.add(C.rbc, d, v === 'overt' ? 2 : 1), c); markFraud(c.add(C.trayburn, d, 1), c);
    if (v === 'overt') markFraud(c.add(C.ffp, d, 2), c);
    push('fraud', 'T10', N, v, [c], [c]);
  }
}
// T11 无需监护的手术全程收取监护
{ const N = '小手术全程收取心电、血氧、血压监护';
  const tk = ['hernia', 'phaco', 'haemorrhoid', 'varicose', 'septum', 'menisc', 'trab', 'urs'];
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i), t = T[tk[i % tk.length]];
    const c = opStay({ region, tpl: t, kind: 'fraud', post: v === 'overt' ? t.post + 1 : t.post });
    c.remove(x => [C.ecgmon, C.spo2].includes(x._row.code));
    const nights = diff(c.admissionDate, c.dischargeDate);
    for (let k = 0; k < nights; k++) { const d = add(c.admissionDate, k); const h = d === c._opDay ? 24 - c._gaH : 24;
      if (v === 'overt' || d >= c._opDay) { markFraud(c.add(C.ecgmon, d, h), c); markFraud(c.add(C.spo2, d, h), c); if (v === 'overt') markFraud(c.add(C.nibp, d, 24), c); } }
    push('fraud', 'T11', N, v, [c], [c]);
  }
}
// T12 DRG 高套：编码并发症无任何诊疗
{ const N = '编码并发症/合并症而无相应诊疗（DRG高套）';
  const tk = ['lapChole', 'tka', 'hemi', 'thyroid', 'lapHyst', 'turp', 'plif', 'vatsWedge'];
  const comp = [['J18.900'], ['N39.000'], ['D62.x00'], ['E87.102'], ['T81.400x001'], ['J98.101', 'E87.102'], ['I26.900x001'], ['D62.x00', 'J18.900']];
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i), t = T[tk[i % tk.length]];
    const cx = v === 'overt' ? comp[i % comp.length].concat(['J18.900', 'D62.x00'].filter(x => !comp[i % comp.length].includes(x)).slice(0, 1)) : [comp[i % comp.length][0]];
    const c = opStay({ region, tpl: t, kind: 'fraud', extraDx: cx });
    push('fraud', 'T12', N, v, [c], [c]);
  }
}
// T13 一次手术分解住院
{ const N = '一次手术拆分两次住院（术前检查住院+手术住院）';
  const tk = ['lapChole', 'tka', 'thyroid', 'lapHyst', 'turp', 'fess', 'vatsWedge', 'disc'];
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i), t = T[tk[i % tk.length]];
    const m = member({ sex: t.sex, ageMin: t.ageMin || 30, ageMax: t.ageMax || 75 });
    const hosp = pickHosp(region, t, 'fraud');
    const a1 = add('2025-01-10', ri(0, 300));
    // first stay: work-up only, 3-4 nights
    const n1 = ri(3, 4), dis1 = add(a1, n1);
    const c1 = newClaim(region, hosp, t.dept, m, 'inpatient', { admissionDate: a1, dischargeDate: dis1 });
    c1.admissionRoute = 'outpatient'; c1.dischargeMode = 'ordered'; c1.diagnoses = [{ code: t.dx, principal: true }]; c1.procedures = []; c1.reportedGroup = { drg: null, dip: null };
    for (let k = 0; k < n1; k++) { const d = add(a1, k); c1.add(C.bed, d, 1); c1.add(C.zhencha, d, 1); c1.add(C.n2, d, 1); }
    for (const k of ['cbc', 'urine', 'lft', 'rft', 'lytes', 'coag', 'pre8', 'abo', 'ecg', 'cxr', 'draw']) c1.add(C[k], a1, 1);
    for (const e of (t.extraPre || [])) c1.add(e, a1, 1);
    c1.add('002103010020001', add(a1, 1), 1); c1.add('002301010020001', add(a1, 1), 1);
    const gap = v === 'overt' ? ri(0, 2) : ri(8, 13);
    const c2 = opStay({ region, tpl: t, kind: 'fraud', member: m, hosp, admit: add(dis1, gap), pre: 0 });
    c2.remove(x => ['002502120010001', '002502130010001'].includes(x._row.code) && x.date === c2.admissionDate);
    c2.provider.doctorId = c1.provider.doctorId;
    push('fraud', 'T13', N, v, [c1, c2], [c1, c2]);
  }
}
// T14 麻醉叠加收费（全麻另收局麻/椎管内、麻醉期间另收监护）
{ const N = '麻醉叠加收费（全麻另收局部浸润/椎管内麻醉或麻醉期间监护）';
  const tk = ['lapAppy', 'lapChole', 'thyroid', 'tka', 'lapOvary', 'disc', 'pcnl', 'lapHyst'];
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i), t = T[tk[i % tk.length]];
    const c = opStay({ region, tpl: t, kind: 'fraud' });
    const d = c._opDay;
    if (v === 'overt') { markFraud(c.add(i % 2 ? C.spinal : C.local, d, 1), c); if (i % 2) markFraud(c.add(C.kit, d, 1), c); }
    else { const m1 = lineOf(c, C.ecgmon), m2 = lineOf(c, C.spo2); setQty(c, m1, 24); setQty(c, m2, 24); markFraud(m1, c); markFraud(m2, c); markFraud(c.add(C.nibp, d, 12), c); }
    push('fraud', 'T14', N, v, [c], [c]);
  }
}
// T15 日间/小手术术后挂床
{ const N = '日间或小手术术后挂床（延长住院无诊疗）';
  const tk = ['phaco', 'hernia', 'menisc', 'urs', 'haemorrhoid', 'septum', 'varicose', 'trab'];
  for (let i = 0; i < 15; i++) {
    const v = V(i), region = regionAt(i), t = T[tk[i % tk.length]];
    const post = v === 'overt' ? ri(9, 13) : t.post + ri(3, 4);
    const c = opStay({ region, tpl: t, kind: 'fraud', post, nursing: k => (k === 0 || k === 1) ? C.n1 : (k > 3 ? C.n3 : C.n2) });
    push('fraud', 'T15', N, v, [c], [c]);
  }
}

// ---------- controls ----------
function ctl(code, name, mk) { for (let i = 0; i < 15; i++) { const region = regionAt(i); const cl = [].concat(mk(i, region)); push('control', code, name, i % 2 ? 'careful' : 'overt', cl, cl); } }
ctl('C01', '真实联合手术（子宫肌瘤+卵巢囊肿同台，两项诊断均有）', (i, region) => {
  const c = opStay({ region, tpl: T.lapHyst, kind: 'control', extraDx: ['N83.201'], px: ['68.4100', '65.2501'], anaes: ['ga', 4] });
  c.add('003305020020001', c._opDay, 1, { price: Math.round(rows['003305020020001'].priceCap[String(c.provider.level)] * 50) / 100 }); c.add(C.path, c._opDay, 1); return c; });
ctl('C02', '儿童斜视矫正术全身麻醉', (i, region) => {
  const m = member({ age: ri(4, 9), insurance: 'resident' });
  const t = { ...T.trab, dx: 'H50.000x002', px: ['15.3x01'], op: '003304010050001', ageMin: 0 };
  const c = opStay({ region, tpl: t, kind: 'control', member: m, anaes: ['ga', 1], dept: 'ophthalmology', opQty: i % 3 === 0 ? 2 : 1, hosp: HOSP[region][i % 2 ? 'pubL3' : 'eye'] });
  c.remove(x => x._row.code === C.suture); c.add(C.suture, c._opDay, 2); return c; });
ctl('C03', '不能配合的成人（智力障碍/孤独症）白内障手术全身麻醉', (i, region) => {
  const m = member({ ageMin: 45, ageMax: 70 });
  return opStay({ region, tpl: T.phaco, kind: 'control', member: m, extraDx: [pick(['F72.900', 'F84.000x001', 'Q90.900'])], anaes: ['ga', 1], dx: 'H25.900', hosp: HOSP[region].pubL3 }); });
ctl('C04', '腹腔镜中转开腹胆囊切除', (i, region) => {
  const c = opStay({ region, tpl: T.lapChole, kind: 'control', dx: 'K80.000x002', px: ['51.2200'], anaes: ['ga', 4], post: 6, hosp: HOSP[region][i % 2 ? 'pubL3' : 'pubL2'] });
  c.procedures.unshift({ code: px('54.1101'), date: c._opDay }); c.add(C.drain, c._opDay, 1); c.add(C.suture, c._opDay, 2);
  for (let k = 2; k <= 4; k++) c.add(C.ceftri, add(c._opDay, k - 1), 2); return c; });
ctl('C05', '甲状腺术后出血再次手术止血', (i, region) => {
  const c = opStay({ region, tpl: T.thyroid, kind: 'control', extraDx: ['T81.000x001'], post: 5, hosp: HOSP[region][i % 2 ? 'pubL3' : 'pubL2'] });
  const d = add(c._opDay, 1); c.procedures.push({ code: px('06.0201'), date: d });
  c.add('003309010010001', d, 1); c.add(C.ga, d, 1); c.add(C.propofol, d, 2); c.add(C.fentanyl, d, 1); c.add(C.ett, d, 1); c.add(C.haemo, d, 2); c.add(C.suture, d, 2); c.add(C.cbc, d, 1); c.add(C.coag, d, 1); c.add(C.gown, d, 1);
  return c; });
ctl('C06', '术后肺炎真实诊治', (i, region) => {
  const t = pick([T.hemi, T.lapChole, T.plif]);
  const c = opStay({ region, tpl: t, kind: 'control', extraDx: ['J18.900'], post: t.post + 4, member: member({ sex: t.sex, ageMin: 70, ageMax: 85 }), hosp: HOSP[region].pubL3 });
  const d = add(c._opDay, 2); c.add('002301010020001', d, 1); c.add(C.crp, d, 1); c.add('002502140020001', d, 1); c.add('002502080020001', d, 1);
  for (let k = 0; k < 6; k++) c.add(C.pip, add(d, k), 3); c.add(C.cbc, add(d, 4), 1); c.add(C.draw, add(d, 4), 1); for (let k = 0; k < 4; k++) c.add('001207000010001', add(d, k), 2); return c; });
ctl('C07', '多节段腰椎融合长时间手术', (i, region) => {
  const c = opStay({ region, tpl: T.plif, kind: 'control', px: ['81.0801', '81.6300'], anaes: ['ga', 6], cons: [['pedicle', 8], ['cage', 2], ['suture', 5], ['drain', 2], ['haemo', 3]], post: 9, hosp: HOSP[region].pubL3 });
  return c; });
ctl('C08', '双侧手术（双侧全组鼻窦/双侧鼓膜置管）', (i, region) => {
  if (i % 2 === 0) { const c = opStay({ region, tpl: T.fess, kind: 'control', dx: 'J32.400x001', extraDx: ['J33.100'], px: ['22.6301', '22.6401', '22.6201'], opCode: '003304070020201', opQty: 2, anaes: ['ga', 3], hosp: HOSP[region].pubL3 }); return c; }
  const m = member({ age: ri(3, 7), insurance: 'resident' });
  const t = { ...T.septum, dx: 'H65.300x001', px: ['20.0100x005'], op: '003304060010001', min: 1, ageMin: 0 };
  const c = opStay({ region, tpl: t, kind: 'control', member: m, opQty: 2, anaes: ['ga', 1], pre: 1, post: 1, cons: [], hosp: HOSP[region].pubL2 });
  c.add('003104010020001', c.admissionDate, 1); return c; });
ctl('C09', '高龄髋部骨折术后失血性贫血真实输血', (i, region) => {
  const c = opStay({ region, tpl: T.hemi, kind: 'control', extraDx: ['D62.x00'], member: member({ ageMin: 80, ageMax: 92 }), hosp: HOSP[region][i % 2 ? 'pubL3' : 'pubL2'] });
  const d2 = add(c._opDay, 2); c.add(C.cbc, d2, 1); c.add(C.draw, d2, 1); c.add(C.xmatch, d2, 2); c.add(C.rbc, d2, 2); c.add(C.transf, d2, 1); c.add(C.trayburn, d2, 1); c.add(C.cbc, add(d2, 1), 1); c.add(C.draw, add(d2, 1), 1); return c; });
ctl('C10', '有标本的病理（甲状腺术中冰冻+石蜡、阑尾病理）', (i, region) => {
  if (i % 2 === 0) { const c = opStay({ region, tpl: T.thyroid, kind: 'control', dx: 'D34.x00', hosp: HOSP[region].pubL3 }); c.add(C.frozen, c._opDay, 1); return c; }
  return opStay({ region, tpl: T.lapAppy, kind: 'control', hosp: HOSP[region].pubL2 }); });
ctl('C11', '心脏病高龄患者术后连续心电监护', (i, region) => {
  const t = pick([T.hernia, T.turp, T.hemi]);
  const c = opStay({ region, tpl: t, kind: 'control', extraDx: [pick(['I48.000', 'I25.103'])], member: member({ sex: t.sex, ageMin: 72, ageMax: 86 }), hosp: HOSP[region].pubL3 });
  const d1 = add(c._opDay, 1); if (d1 < c.dischargeDate) { c.add(C.ecgmon, d1, 24); c.add(C.spo2, d1, 24); c.add(C.ecg, d1, 1); }
  c.add('002502070020001', c.admissionDate, 1); c.add('002103010020001', c.admissionDate, 1); return c; });
ctl('C12', '双眼白内障分两次住院（间隔数周）', (i, region) => {
  const m = member({ ageMin: 62, ageMax: 82 }); const hosp = HOSP[region][i % 2 ? 'eye' : 'pubL2'];
  const c1 = opStay({ region, tpl: T.phaco, kind: 'control', member: m, hosp, extraDx: [] });
  const c2 = opStay({ region, tpl: T.phaco, kind: 'control', member: m, hosp, admit: add(c1.dischargeDate, ri(14, 35)) });
  return [c1, c2]; });
ctl('C13', '真实经皮椎体后凸成形（PKP，骨折有编码）', (i, region) => {
  return opStay({ region, tpl: T.pvp, kind: 'control', dx: 'M80.000', extraDx: ['S32.000x002'], px: ['81.6600x001'], opCode: '003303050030001', hosp: HOSP[region][i % 2 ? 'pubL3' : 'pubL2'] }); });
ctl('C14', '慢性全鼻窦炎伴息肉全组鼻窦手术', (i, region) => {
  return opStay({ region, tpl: T.fess, kind: 'control', dx: 'J32.400x001', extraDx: ['J33.100'], px: ['22.6301', '22.6401', '22.6201'], opCode: '003304070020201', anaes: ['ga', 3], hosp: HOSP[region][i % 2 ? 'pubL3' : 'pubL2'] }); });
ctl('C15', '输尿管镜碎石置双J管，术后门诊拔管', (i, region) => {
  const c = opStay({ region, tpl: T.urs, kind: 'control', hosp: HOSP[region][i % 2 ? 'pubL3' : 'pubL2'] });
  const o = outpatientOp({ region, hosp: { id: c.provider.hospitalId, level: c.provider.level }, dept: 'urology', member: c._m, date: add(c.dischargeDate, ri(14, 28)), dx: 'Z46.600', px: ['97.6203'],
    lines: [['003306020050001', 1], ['002202060010001', 1], [C.lido, 1]] });
  return [c, o]; });
ctl('C16', '胸腔镜术后迟发气胸另日置管引流', (i, region) => {
  const c = opStay({ region, tpl: T.vatsWedge, kind: 'control', extraDx: ['J93.800x001'], post: 7, hosp: HOSP[region].pubL3 });
  const d = add(c._opDay, 3); c.procedures.push({ code: px('34.0401'), date: d }); c.add(C.cxdrain, d, 1); c.add(C.bag, d, 1); c.add(C.cxrDR, d, 1); c.add(C.cxrDR, add(d, 2), 1); c.add(C.local, d, 1); c.add(C.lido, d, 1); return c; });
ctl('C17', '肥胖患者全膝置换（集采价假体，两袋骨水泥）', (i, region) => {
  return opStay({ region, tpl: T.tka, kind: 'control', extraDx: ['E66.800'], cons: [['knee', 1], ['cement', 2], ['suture', 5], ['drain', 1]], anaes: ['ga', 4] }); });
ctl('C18', '儿童扁桃体伴腺样体切除（OSA），第二项手术减半收费', (i, region) => {
  const m = member({ age: ri(4, 10), insurance: 'resident' });
  const t = { ...T.tonsil, dx: 'J35.300', px: ['28.3x01'], ageMin: 0 };
  const c = opStay({ region, tpl: t, kind: 'control', member: m, extraDx: ['G47.300x001'], anaes: ['ga', 2], hosp: HOSP[region][i % 2 ? 'pubL3' : 'pubL2'] });
  c.add('003304020030001', c._opDay, 1, { price: rows['003304020030001'].priceCap[String(c.provider.level)] / 2 });
  c.add('003106010010001', c.admissionDate, 1);
  return c; });
ctl('C19', '高龄术后肠梗阻真实治疗延长住院', (i, region) => {
  const t = pick([T.lapChole, T.lapAppy, T.hernia]);
  const c = opStay({ region, tpl: t, kind: 'control', extraDx: ['K91.300'], member: member({ ageMin: 70, ageMax: 88 }), post: t.post + 6, hosp: HOSP[region].pubL3 });
  const d = add(c._opDay, 2); c.add('002202060010001', d, 1); c.add('002301010030001', add(d, 1), 1);
  for (let k = 0; k < 5; k++) { const dd = add(d, k); c.add('001213000010001', dd, 1); c.add(C.ns, dd, 2); c.add(C.gs, dd, 2); c.add(C.kcl, dd, 2); c.add(C.iv1, dd, 1); c.add(C.ivn, dd, 3); c.add(C.ivset, dd, 2); if (k % 2 === 0) { c.add(C.lytes, dd, 1); c.add(C.draw, dd, 1); } }
  c.add('C14040150200001963360000001', d, 1); return c; });
ctl('C20', '儿童包皮环切日间手术全身麻醉', (i, region) => {
  const m = member({ sex: 'M', age: ri(5, 11), insurance: 'resident' });
  const t = { ...T.septum, dept: 'urology', dx: 'N47.x00x001', px: ['64.0x00'], op: '003306030010001', min: 1, ageMin: 0 };
  return opStay({ region, tpl: t, kind: 'control', member: m, pre: 0, post: 1, anaes: ['ga', 1], cons: [['suture', 1]], dept: 'day_surgery', hosp: HOSP[region][i % 2 ? 'pubL2' : 'pubL3'] }); });
ctl('C21', '糖尿病患者术前控制血糖后全髋置换（术前住院较长）', (i, region) => {
  const c = opStay({ region, tpl: T.tha, kind: 'control', extraDx: ['E11.900'], pre: 5 });
  for (let k = 0; k < diff(c.admissionDate, c.dischargeDate); k++) c.add('001212000010001', add(c.admissionDate, k), 4);
  c.add('002502050020001', c.admissionDate, 1); return c; });
ctl('C22', '肺结节术中冰冻为恶性，同台扩大为肺叶切除', (i, region) => {
  const c = opStay({ region, tpl: T.vatsLobe, kind: 'control', dx: 'C34.100', px: ['32.2001', '32.4100'], anaes: ['ga', 5] });
  c.add(C.frozen, c._opDay, 1); return c; });
ctl('C23', '复杂胫骨平台骨折双钢板内固定', (i, region) => {
  return opStay({ region, tpl: T.tibia, kind: 'control', dx: 'S82.100x012', px: ['79.3600'], anaes: ['ga', 4], cons: [['plate', 2], ['screw', 12], ['suture', 4], ['drain', 1]], post: 7, hosp: HOSP[region][i % 2 ? 'pubL3' : 'pubL2'] }); });
ctl('C24', '疝修补术后切口感染再入院清创', (i, region) => {
  const hosp = HOSP[region][i % 2 ? 'pubL3' : 'pubL2'];
  const c1 = opStay({ region, tpl: T.hernia, kind: 'control', hosp, member: member({ ageMin: 55, ageMax: 80 }) });
  const a2 = add(c1.dischargeDate, ri(6, 12));
  const c2 = newClaim(region, hosp, 'general_surgery', c1._m, 'inpatient', { admissionDate: a2, dischargeDate: add(a2, 6) });
  c2.admissionRoute = 'emergency'; c2.dischargeMode = 'ordered'; c2.diagnoses = [{ code: 'T81.400x001', principal: true }, { code: 'Z98.800' in DX ? 'Z98.800' : 'K40.900x003' }]; c2.procedures = [{ code: px('86.2201'), date: add(a2, 1) }]; c2.reportedGroup = { drg: null, dip: null };
  for (let k = 0; k < 6; k++) { const d = add(a2, k); c2.add(C.bed, d, 1); c2.add(C.zhencha, d, 1); c2.add(k < 2 ? C.n1 : C.n2, d, 1); c2.add(C.dressL, d, 1); c2.add(C.dpack, d, 1); c2.add(C.ceftri, d, 2); c2.add(C.ns, d, 1); c2.add(C.iv1, d, 1); c2.add(C.ivset, d, 1); }
  c2.add(C.cbc, a2, 1); c2.add(C.crp, a2, 1); c2.add(C.draw, a2, 1); c2.add('002502140010001', a2, 1); c2.add('003309010010001', add(a2, 1), 1); c2.add(C.local, add(a2, 1), 1); c2.add(C.lido, add(a2, 1), 2); c2.add(C.cbc, add(a2, 4), 1); c2.add(C.draw, add(a2, 4), 1);
  return [c1, c2]; });

// ---------- routine ----------
for (let i = 0; i < 100; i++) {
  const region = regionAt(i), tn = ROUTINE_TPL[i % ROUTINE_TPL.length];
  const dayOk = ['phaco', 'hernia', 'menisc', 'urs'].includes(tn) && i % 2 === 1;
  const c = opStay({ region, tpl: T[tn], kind: 'routine', dept: dayOk ? 'day_surgery' : undefined, hosp: dayOk ? HOSP[region].pubL3 : undefined, post: dayOk ? 1 : undefined });
  const cl = [c];
  if (i % 3 === 0 && !T[tn].eye) { // suture removal and dressing at the community centre
    const f = outpatientOp({ region, hosp: HOSP[region].comm, dept: 'general_practice', member: c._m, date: add(c.dischargeDate, ri(5, 9)), dx: 'Z48.000', px: [], lines: [['003309040010001', 1], ['001205000010001', 1], [C.dpack, 1]] });
    f.items[0] = null; f.items = f.items.filter(Boolean); f.add('001102000040001', f.visitDate, 1); f.items.forEach((it, k) => { it.lineId = String(k + 1); });
    cl.push(f);
  }
  if (i % 7 === 3) { // analgesic bought at a pharmacy after discharge
    const h = { id: 'H' + REGIONS[i % 3].h + '0006', level: 1 };
    const f = newClaim(region, h, 'pharmacy', c._m, 'pharmacy', { visitDate: add(c.dischargeDate, ri(2, 6)) });
    f.diagnoses = [{ code: dx(c.diagnoses[0].code), principal: true }]; f.procedures = [];
    f.add(ageOn(c._m, f.visitDate) >= 18 ? C.celecoxib : C.paracet, f.visitDate, 20);
    cl.push(f);
  }
  push('routine', 'R', '常规手术住院', 'overt', cl, []);
}

// ---------- finish ----------
for (const c of allClaims) validate(c);
// bills list lines by date (stable), line ids renumbered; fraud lines follow their items
for (const c of allClaims) {
  const fr = new Set(c.fraudLines.map(id => c.items.find(i => i.lineId === id)));
  c.items = c.items.map((it, k) => [it, k]).sort((a, b) => a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1]).map(x => x[0]);
  c.items.forEach((it, k) => { it.lineId = String(k + 1); });
  c.fraudLines = c.items.filter(i => fr.has(i)).map(i => i.lineId);
}
for (const k of cases) { k.mutated = {}; if (k.kind === 'fraud') for (const c of k.targets) if (c.fraudLines.length) k.mutated[c.claimId] = c.fraudLines.slice(); }
const sortKey = c => (c.dischargeDate || c.visitDate) + c.claimId;
allClaims.sort((a, b) => sortKey(a) < sortKey(b) ? -1 : 1);
for (const c of allClaims) settle(c);
const out = allClaims.map(c => {
  const o = { claimId: c.claimId, region: c.region, insuranceType: c.insuranceType, visitType: c.visitType, patient: c.patient, enrollment: c.enrollment, provider: c.provider };
  if (c.visitType === 'inpatient') { o.admissionDate = c.admissionDate; o.dischargeDate = c.dischargeDate; o.admissionRoute = c.admissionRoute; o.dischargeMode = c.dischargeMode; }
  else o.visitDate = c.visitDate;
  o.diagnoses = c.diagnoses; o.procedures = c.procedures;
  if (c.visitType === 'inpatient') o.reportedGroup = { drg: groups[c.claimId] || null, dip: null };
  o.items = c.items.map(i => { const x = { lineId: i.lineId, code: i.code, name: i.name, category: i.category, date: i.date, quantity: i.quantity, unitPrice: i.unitPrice, amount: i.amount }; if (i.longPrescription) x.longPrescription = true; return x; });
  o.amounts = c.amounts;
  return JSON.stringify(o);
});
const labels = cases.map((k, n) => ({ caseId: 'B121-' + String(n + 1).padStart(4, '0'), kind: k.kind, code: k.code, name: k.name, claimIds: k.claims.map(c => c.claimId), targets: k.targets.map(c => c.claimId), mutatedLines: k.mutated, typology: k.typology, variant: k.variant }));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`blind121: ${labels.length} cases, ${out.length} claims`);
