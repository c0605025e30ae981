#!/usr/bin/env node
// blind119 — operations, anaesthesia and high-value consumables (every surgical specialty); controls-heavy.
// usage: node make-cases.js <outdir> [--catalogue <dir>] [--drg <dir>] [--policies <file>] [--groups <groups.ndjson>]
// Writes <outdir>/claims.ndjson (settlement order) and <outdir>/labels.json. Plain node, seeded RNG (1190119), deterministic.
// Written from CONTRACTS.md, DOMAIN.md, the seeds, chs-drg-1.1, the frozen build's catalogue rows and policies.json only.
'use strict';
const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : def; };
const positional = [];
for (let i = 0; i < argv.length; i++) { if (argv[i].startsWith('--')) { i++; continue; } positional.push(argv[i]); }
const OUT = path.resolve(positional[0] || '.');
const CAT = path.resolve(opt('--catalogue', '/work/wt/base118/rules/catalogue'));
const DRG = path.resolve(opt('--drg', '/work/shared/chs-drg-1.1'));
const POLFILE = path.resolve(opt('--policies', path.join(CAT, '../benefits/policies.json')));
const GROUPS = opt('--groups', null);

// ---------------------------------------------------------------- RNG
const SEED = 1190119;
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const rnd = mulberry32(SEED);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const qv = (v) => (Array.isArray(v) ? ri(v[0], v[1]) : v);
function wpick(pairs) { const tot = pairs.reduce((a, p) => a + p[1], 0); let x = rnd() * tot; for (const p of pairs) { x -= p[1]; if (x < 0) return p[0]; } return pairs[pairs.length - 1][0]; }

// ---------------------------------------------------------------- dates
const D = (s) => new Date(s + 'T00:00:00Z');
const addDays = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };
const diffDays = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const randDate = (from, to) => addDays(from, ri(0, diffDays(from, to)));
function ageAt(birth, date) { const b = D(birth), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }

// ---------------------------------------------------------------- reference data
const ROWS = {};
for (const f of fs.readdirSync(CAT).sort()) {
  if (!f.endsWith('.json') || f.endsWith('.rules.json')) continue;
  const d = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  if (!d || !Array.isArray(d.rows)) continue;
  for (const r of d.rows) ROWS[r.code] = r;
}
const DXT = JSON.parse(fs.readFileSync(path.join(DRG, 'diagnoses.json'), 'utf8'));
const PXT = JSON.parse(fs.readFileSync(path.join(DRG, 'procedures.json'), 'utf8'));
const POL = JSON.parse(fs.readFileSync(POLFILE, 'utf8'));
const GRP = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (l.trim()) { const g = JSON.parse(l); GRP[g.claimId] = g.drg; } }
const checkDx = (c) => { if (!(c in DXT)) throw new Error('diagnosis not in chs-drg-1.1: ' + c); return c; };
const checkPx = (c) => { if (!(c in PXT)) throw new Error('procedure not in chs-drg-1.1: ' + c); return c; };

// catalogue rows by alias (every alias must be a real row)
const K = {
  bed: '001105000010001', zc: '001103000010001', n1: '001201000020001', n2: '001201000030001', n3: '001201000040001', consultIn: '001104000010001',
  opd: '001102000010001', opdFu: '001102000020001', opdZr: '001102000030001', gdz: '001102000040001', er: '001102000050001',
  vein: '001204000080001', cbc: '002501010010001', urine: '002501020010001', stool: '002501030010001', lft: '002502010010001', rft: '002502020010001',
  lytes: '002502030010001', glu: '002502050010001', hba1c: '002502050020001', coag: '002502060010001', crp: '002502080010001', pct: '002502080020001',
  preop8: '002502120010001', abo: '002502130010001', xmatch: '002502130020001', culture: '002502140010001', bnp: '002502070030001',
  ddimer: '002502100010001', patho: '002502200010001', frozen: '002502200020001', psa: '002502150010001', cea: '002502170010001',
  ca125: '002502170030001', ca153: '002502170050001', cyfra: '002502170070001', tft: '002502180010001', hcg: '002502190010001', alb: '002502010050001',
  ptinr: '002502060020001', gluPoc: '001212000010001', bloodCulture: '002502140030001', bgas: '002502090010001',
  ecg: '003107010010001', drChest: '002202040010001', drLimb: '002202040020001', drLumbar: '002202030020001', kub: '002202060010001',
  usAbd: '002103010010001', echo: '002103010020001', usLegV: '002103010040001', usThy: '002103010050001', usUro: '002103010060001',
  usGyn: '002103010080001', usBreast: '002103010090001', ctHead: '002301010010001', ctChest: '002301010020001', ctAbd: '002301010030001',
  ctEnh: '002301010040001', ctJoint: '002301010100001', ctu: '002301010060001', mriLumbar: '002401010020001', mriKnee: '002401010030001',
  dexa: '002503010010001', pft: '002503010020001', gastroscopy: '002503010030001', colonoscopy: '002503010040001', cystoscopy: '002503010150001',
  nasalEndo: '003104020010001', laryngo: '003104030010001', psg: '003106010010001', uroflow: '003110010030001',
  aScan: '002503010070001', iop: '003103010050001', slit: '002503010060001', fundus: '002503010050001', oct: '003103010010001', refraction: '003103010060001',
  ga: '003301010010001', spinal: '003301010020001', local: '003301010030001',
  ivFirst: '001204000010001', ivAdd: '001204000020001', ivPush: '001204000040001', omeprazoleCap: 'XA02BCA515A001', im: '001204000050001', sc: '001204000060001', cannulation: '001204000070001',
  dressS: '001205000010001', dressM: '001205000020001', dressL: '001205000030001', cath: '001206000010001', neb: '001207000010001',
  o2: '001208000010001', ecgMon: '001209000010001', spo2Mon: '001210000010001', decomp: '001213000010001', ngInsert: '001219000010001',
  transfuse: '001204000210001', rbc: '002600000010001', sutureOut: '003309040010001', bladderIrr: '003110010010001',
  pt: '001218000010001', rehabEval: '001217000010001', jointMob: '003402000120001', isokin: '003402000130001', midFreq: '003401009010001', ipc: '003401000090001',
  s_lapAppy: '003302010010001', s_openAppy: '003302010020001', s_lapChole: '003302020010001', s_openChole: '003302020020001', s_hernia: '003302030010001',
  s_hemorrhoid: '003302040010001', s_fistulectomy: '003302040020001', s_seton: '003302040030001', s_colectomy: '003302050010001', s_gastrectomy: '003302060010001',
  s_sleeve: '003302060020001', s_tha: '003303010010001', s_hemi: '003303010020001', s_tka: '003303010030001', s_discectomy: '003303020020001',
  s_phaco: '003304010010001', s_tonsil: '003304020010001', s_thyroid: '003304030010001', s_mrm: '003304040010001', s_lapHyst: '003305020010001',
  s_lapOvary: '003305020020001', s_turp: '003306010010001', s_urs: '003306020010001', s_eswl: '003306020020001', s_varicose: '003307010010001',
  s_menisc: '003303040010001', s_meniscRepair: '003303040020001', s_acl: '003303040030001', s_kneeDebride: '003303040040001', s_plif: '003303050010001',
  s_pvp: '003303050020001', s_pkp: '003303050030001', s_orifClavicle: '003303020030001', s_orifRadius: '003303020040001', s_orifFemur: '003303020050001',
  s_orifTibia: '003303020060001', s_orifAnkle: '003303020070001', s_pfna: '003303020080001', s_closedRed: '003303020090001', s_exfix: '003303020100001',
  s_cast: '003303060010001', s_tymp: '003304060010001', s_septo: '003304070010001', s_fessSingle: '003304070020101', s_fessFull: '003304070020201',
  s_uppp: '003304020020001', s_adenoid: '003304020030001', s_vitrect: '003304010020001', s_trab: '003304010040001', s_strab: '003304010050001',
  s_ivi: '003103020040001', s_chestDrain: '003308010010001', s_vatsWedge: '003308020010001', s_vatsLob: '003308020020001', s_debride: '003309010010001',
  s_vsd: '003309030010001', s_abscess: '003309050010001', s_polypectomy: '002503010140001', s_pcnl: '003306020030001', s_stentIn: '003306020040001',
  s_stentOut: '003306020050001', s_circ: '003306030010001',
  propofol: 'XN01AXB503B002', fentanyl: 'XN02ABF506B002', vecuronium: 'XM03ACW501B002', midazolam: 'XN05CDM508B002', lidocaine: 'XN01BBL509B002',
  ropivacaine: 'XN01BBL510B002', oxybup: 'XS01HAA501D001', cefuroxime: 'XJ01DCT505B002', ceftriaxone: 'XJ01DDT504B002', metronidazole: 'XJ01XDJ501B002',
  cefoSul: 'XJ01DDT507B002', ns: 'XB05BBL511B002', g5: 'XB05BAP505B002', gns: 'XB05BBP506B002', ringer: 'XB05BBR503B002', kcl: 'XB05XAL512B002',
  omeprazoleInj: 'XA02BCA515B002', metoclopramide: 'XA03FAJ503B002', txa: 'XB02AAA519B002', enox: 'XB01ABY502B002', rivaroxaban: 'XB01AFL503A001',
  morphine: 'XN02AAM507B002', celecoxib: 'XM01AHS505A001', ibuprofen: 'XM01AEB502A003', paracetamol: 'XN02BED510A001', childPara: 'XN02BED510A010', furosemideInj: 'XC03CAF503B002',
  amlodipine: 'XC08CAA512A001', metformin: 'XA10BAE503A001', insulin: 'XA10ABS502B002', levoDrops: 'XS01AEZ501D001', tobradex: 'XS01CAT513D001',
  pranoprofen: 'XS01BCP501D001', tropicamide: 'XS01FAT501D001', ranibizumab: 'XS01LAL501B002', tamsulosin: 'XG04CAT510A003', cefuroximeTab: 'XJ01DCT502A001',
  amoxClav: 'XJ01CRA502A001', budesonideSpray: 'XR01ADB501F001', mupirocin: 'XD06AXM509E001', caD3: 'XA12AXT512A001', alendronate: 'XM05BAA520A001',
  ambroxolInj: 'XR05CBA522B002', budNeb: 'XR03BAB508C003', warfarin: 'XB01AAH501A001', pnBag: 'XB05BAZ505B002', vitsol: 'XB05XCS501B002', trace: 'XB05XAD501B002',
  ivSet: 'C14010150100001020350000001', cannula: 'C14010150200001215730000001', cathKit: 'C14030150100001569850000001', foley2: 'C14030150200001263900000001',
  foley3: 'C14030150300001674120000001', drainBag: 'C14040150100001551930000001', ngTube: 'C14040150200001963360000001', negDrain: 'C14040150300001408220000001',
  gauze: 'C14020150100001506610000001', dressPack: 'C14020150200001397260000001', elastic: 'C14020150400001537430000001', o2tube: 'C14050150100001832230000001',
  ett: 'C14050150300001941860000001', electrode: 'C14060150100001436170000001', trocar: 'C11010150100001004460000001', suture: 'C11010150200001895120000001',
  stapler: 'C11010150300001825820000001', clip: 'C11010150400001380140000001', mesh: 'C11010150500001036850000001', drape: 'C11010150600001900710000001',
  esu: 'C11010150700001990950000001', spinalKit: 'C11010150800001179070000001', hemostat: 'C14100150100001761320000001', bloodSet: 'C14100150200001872210000001',
  hip: 'C03010150100001403170000001', knee: 'C03010150200001029290000001', femHead: 'C03010150300001664990000001', plate: 'C03010150400001786600000001',
  screw: 'C03010150500001199820000001', cage: 'C03010150600001323210000001', nail: 'C03010150800001787350000001', cement: 'C03010150900001899880000001',
  anchor: 'C03010151000001628810000001', exfixKit: 'C03010151100001915620000001', pedicle: 'C03010151200001037310000001', iol: 'C08010150100001152110000001',
  ovd: 'C08010150200001585740000001', djStent: 'C14030150400001781530000001', vsdKit: 'C14040150400001519350000001',
};
for (const [a, code] of Object.entries(K)) if (!ROWS[code]) throw new Error(`catalogue row missing: ${a} ${code}`);
const ROW = (a) => { const r = ROWS[K[a] || a]; if (!r) throw new Error('unknown row ' + a); return r; };
const capFen = (row, level) => Math.round(row.priceCap[String(level)] * 100);
const PERDAY = new Set([K.bed, K.zc, K.n1, K.n2, K.n3, '001105000020001', '001105000030001', '001201000010001']);

// ---------------------------------------------------------------- regions, institutions, doctors
const REGIONS = [{ code: '510100', prov: '51' }, { code: '370100', prov: '37' }, { code: '230100', prov: '23' }];
const DEPTNO = { general_surgery: '01', orthopaedics: '02', urology: '03', gynaecology: '04', ent: '05', ophthalmology: '06', thoracic_surgery: '07',
  neurosurgery: '08', day_surgery: '09', emergency: '10', general_practice: '11', anorectal: '12', pharmacy: '13' };
const SURG = ['general_surgery', 'orthopaedics', 'urology', 'gynaecology', 'ent', 'ophthalmology', 'thoracic_surgery', 'neurosurgery'];
const HSPEC = {
  '01': { level: 3, type: 'public3', depts: [...SURG, 'day_surgery', 'emergency'], n: 5 },
  '08': { level: 3, type: 'public3', depts: [...SURG, 'emergency'], n: 4 },
  '02': { level: 2, type: 'public2', depts: [...SURG, 'day_surgery', 'emergency'], n: 3 },
  '04': { level: 2, type: 'private2', depts: ['general_surgery', 'orthopaedics', 'urology', 'gynaecology', 'ent', 'anorectal', 'neurosurgery'], n: 2 },
  '05': { level: 2, type: 'eye2', depts: ['ophthalmology'], n: 3 },
  '03': { level: 1, type: 'community', depts: ['general_practice'], n: 3 },
  '06': { level: 1, type: 'clinic', depts: ['general_practice'], n: 2 },
  '07': { level: 1, type: 'pharmacy', depts: ['pharmacy'], n: 2 },
};
const HOSPS = [];
for (const r of REGIONS) for (const [nn, s] of Object.entries(HSPEC)) {
  const h = { id: `H${r.code}${nn}`, nn, region: r.code, prov: r.prov, level: s.level, type: s.type, depts: s.depts, doctors: {} };
  for (const d of s.depts) { h.doctors[d] = []; const n = d === 'emergency' || d === 'day_surgery' ? 2 : s.n; for (let i = 1; i <= n; i++) h.doctors[d].push(`D${r.code.slice(0, 4)}${nn}${DEPTNO[d]}${String(i).padStart(2, '0')}`); }
  HOSPS.push(h);
}
const hospIn = (region, nn) => HOSPS.find((h) => h.region === region && h.nn === nn);
const docOf = (h, dept) => { const l = h.doctors[dept]; if (!l) throw new Error(`${h.id} has no ${dept}`); return pick(l); };

// ---------------------------------------------------------------- members
let memberSerial = 0;
function member({ sex, age, scheme, ref, retired }) {
  const refD = D(ref); const mo = ri(1, 12), da = ri(1, 28);
  const after = mo - 1 > refD.getUTCMonth() || (mo - 1 === refD.getUTCMonth() && da > refD.getUTCDate());
  const by = refD.getUTCFullYear() - age - (after ? 1 : 0);
  const birthDate = `${by}-${String(mo).padStart(2, '0')}-${String(da).padStart(2, '0')}`;
  if (ageAt(birthDate, ref) !== age) throw new Error('age calc');
  if (!scheme) scheme = age < 18 ? 'resident' : age >= 70 ? (chance(0.45) ? 'employee' : 'resident') : chance(0.68) ? 'employee' : 'resident';
  const retAge = sex === 'M' ? 60 : 55;
  if (retired == null) retired = scheme === 'employee' && age >= retAge;
  let enrollment;
  if (scheme === 'employee') {
    const need = retired ? (sex === 'M' ? 30 : 25) : 0;
    const work = Math.max(1, Math.min(age - 20, 45));
    const contributionYears = retired ? Math.max(need + ri(0, 8), Math.min(work, need + 12)) : Math.max(1, work - ri(0, 6));
    const enrolledYear = Math.max(1999, 2025 - contributionYears);
    enrollment = { enrolledOn: `${enrolledYear}-${String(ri(1, 12)).padStart(2, '0')}-01`, inConcentratedPeriod: true, continuousYears: 2025 - enrolledYear,
      lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: chance(0.2), contributionYears, special: null };
  } else {
    const cy = Math.max(1, Math.min(age, ri(3, 14)));
    enrollment = { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: cy, lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: chance(0.25), contributionYears: cy, special: null };
  }
  return { insuredId: `P119${String(++memberSerial).padStart(6, '0')}`, gender: sex, birthDate, retired: !!retired, scheme, enrollment };
}

// ---------------------------------------------------------------- claims
let claimSerial = 0;
const CLAIMS = [];
class Claim {
  constructor(o) {
    this.m = o.m; this.h = o.h; this.dept = o.dept; this.doctor = o.doctor || docOf(o.h, o.dept);
    if (!o.h.depts.includes(o.dept)) throw new Error(`${o.h.id} has no ${o.dept}`);
    this.vt = o.vt; this.adm = o.adm; this.dis = o.dis; this.date = o.date;
    this.route = o.route || null; this.mode = o.mode || (o.vt === 'inpatient' ? 'ordered' : null); this.transferFrom = o.transferFrom || null;
    this.dx = []; this.px = []; this.lines = [];
    this.id = `${o.h.region}-${o.h.id}-2025-${String(++claimSerial).padStart(6, '0')}`;
    CLAIMS.push(this);
  }
  get nights() { return diffDays(this.adm, this.dis); }
  get end() { return this.vt === 'inpatient' ? this.dis : this.date; }
  day(i) { return addDays(this.adm, i); }
  diag(...codes) { for (const c of codes) if (c && !this.dx.includes(c)) this.dx.push(checkDx(c)); return this; }
  proc(code, date) { this.px.push({ code: checkPx(code), date }); return this; }
  add(alias, qty, date, o = {}) {
    const row = ROW(alias);
    if (!date) throw new Error('line without date ' + alias);
    const line = { row, code: row.products ? row.products[0] : row.code, qty, date, priceFen: o.priceFen != null ? o.priceFen : capFen(row, this.h.level), fraud: !!o.fraud, seq: this.lines.length };
    this.lines.push(line); return line;
  }
  has(alias, date) { const code = (K[alias] || alias); return this.lines.some((l) => l.row.code === code && (!date || l.date === date)); }
}

function indicationOK(c, r) {
  if (r.indications && c.dx.some((d) => r.indications.some((p) => d.startsWith(p)))) return true;
  if (r.indicationProcedures && c.px.some((p) => r.indicationProcedures.some((x) => p.code.startsWith(x)))) return true;
  return false;
}
function checkClaim(c) {
  const err = (msg, l) => { throw new Error(`${c.id} ${l ? l.row.name + ' ' + l.date + ': ' : ''}${msg}`); };
  if (!c.dx.length) err('no diagnosis');
  if (c.vt === 'inpatient') { if (!(c.adm <= c.dis)) err('dates'); if (c.adm < '2025-01-01' || c.dis > '2025-12-31') err('outside 2025'); }
  else if (c.date < '2025-01-01' || c.date > '2025-12-31') err('outside 2025');
  for (const p of c.px) { if (c.vt === 'inpatient' ? p.date < c.adm || p.date > c.dis : p.date !== c.date) err('procedure date ' + p.code); }
  const perDay = {}; const days = {}; const codesOn = {}; let beds = 0;
  for (const l of c.lines) {
    if (!(Number.isInteger(l.qty) && l.qty > 0)) err('quantity ' + l.qty, l);
    if (l.fraud) continue;
    const r = l.row;
    if (r.setting === 'inpatient' && c.vt !== 'inpatient') err('inpatient-only row', l);
    if (r.setting === 'outpatient' && !['outpatient', 'chronic'].includes(c.vt)) err('outpatient-only row', l);
    if (r.minLevel && c.h.level < r.minLevel) err('minLevel', l);
    if (r.gender && r.gender !== c.m.gender) err('gender', l);
    const age = ageAt(c.m.birthDate, l.date);
    if (r.ageMin != null && age < r.ageMin) err('ageMin', l);
    if (r.ageMax != null && age > r.ageMax) err('ageMax', l);
    if (l.priceFen > capFen(r, c.h.level)) err('price above cap', l);
    if ((r.indications || r.indicationProcedures) && !indicationOK(c, r)) err('indication', l);
    if (c.vt === 'inpatient') {
      if (l.date < c.adm || l.date > c.dis) err('outside stay', l);
      if (PERDAY.has(r.code) && c.nights > 0 && l.date >= c.dis) err('per-day item on discharge day', l);
    } else if (l.date !== c.date) err('not the visit date', l);
    if (PERDAY.has(r.code) && r.code === K.bed) beds += l.qty;
    const k = r.code + '|' + l.date; perDay[k] = (perDay[k] || 0) + l.qty;
    (days[r.code] = days[r.code] || new Set()).add(l.date);
    (codesOn[l.date] = codesOn[l.date] || new Set()).add(r.code);
  }
  for (const [k, n] of Object.entries(perDay)) { const r = ROWS[k.split('|')[0]]; if (r.maxPerDay != null && n > r.maxPerDay) err(`${r.name} ${n} > maxPerDay ${r.maxPerDay} on ${k.split('|')[1]}`); }
  for (const [code, s] of Object.entries(days)) { const r = ROWS[code]; if (r.maxDays != null && s.size > r.maxDays) err(`${r.name} on ${s.size} days > maxDays`); }
  for (const [date, set] of Object.entries(codesOn)) for (const code of set) {
    const r = ROWS[code];
    for (const x of [...(r.includes || []), ...(r.excludes || [])]) if (set.has(x)) err(`${r.name} with ${ROWS[x].name} on ${date} (includes/excludes)`);
  }
  if (c.vt === 'inpatient' && beds > Math.max(1, c.nights)) err(`bed days ${beds} > nights ${c.nights}`);
}

// ---------------------------------------------------------------- benefits (policies.json)
function deepMerge(a, b) { if (!b) return a; const o = Array.isArray(a) ? [...a] : { ...a }; for (const [k, v] of Object.entries(b)) o[k] = v && typeof v === 'object' && !Array.isArray(v) && a && typeof a[k] === 'object' ? deepMerge(a[k], v) : v; return o; }
function inForce(e, date) { if (Array.isArray(e)) { const v = e.find((x) => (!x.effectiveFrom || x.effectiveFrom <= date) && (!x.effectiveTo || date <= x.effectiveTo)); if (!v) throw new Error('no policy variant in force'); return v; } return e; }
function policyFor(c) {
  const prov = POL.provinces[c.h.prov]; if (!prov) throw new Error('no province ' + c.h.prov);
  const merged = deepMerge(prov, (prov.regions || {})[c.h.region]);
  return inForce(merged.schemes[c.m.scheme][c.vt], c.vt === 'inpatient' ? c.adm : c.date);
}
const STATE = {};
function settle(c) {
  let total = 0, policy = 0;
  for (const l of c.lines) { l.amountFen = l.priceFen * l.qty; total += l.amountFen; const share = l.row.class === '丙' ? 1 : (l.row.selfPayShare || 0); policy += Math.round(l.amountFen * (1 - share)); }
  const p = policyFor(c); const st = STATE[c.m.insuredId] = STATE[c.m.insuredId] || {};
  const lvl = String(c.h.level); const bonus = c.m.retired ? (p.retireeRatioBonus || 0) : 0;
  const capFenY = Math.round(p.annualFundCap * 100); const usedKey = 'fund_' + c.vt; const used = st[usedKey] || 0;
  let fund;
  if (c.vt === 'inpatient') {
    const ded = Math.round(p.deductible[lvl] * 100);
    const ratio = Math.min(p.ratio[lvl] + bonus, p.maxRatio != null ? p.maxRatio : 1);
    fund = Math.round(Math.max(0, policy - ded) * ratio);
  } else {
    const dedY = Math.round((typeof p.deductible === 'object' ? p.deductible[lvl] : p.deductible) * 100);
    const dk = 'ded_' + c.vt; const left = Math.max(0, dedY - (st[dk] || 0)); const applied = Math.min(policy, left); st[dk] = (st[dk] || 0) + applied;
    const ratio = Math.min(p.ratio[lvl] + bonus, p.maxRatio != null ? p.maxRatio : 1);
    fund = Math.round((policy - applied) * ratio);
  }
  fund = Math.max(0, Math.min(fund, capFenY - used)); st[usedKey] = used + fund;
  c.totals = { total, policy, fund };
}

// ---------------------------------------------------------------- building blocks of a bill
function nursingFor(o, d) { return o.nursing ? o.nursing(d) : 'n2'; }
function dailyCare(c, from, to, nurse, fraudDays) {
  if (c.nights === 0) { c.add('bed', 1, c.adm, { fraud: fraudDays && fraudDays.has(0) }); c.add('zc', 1, c.adm); c.add(nurse(0), 1, c.adm); return; }
  for (let d = from; d < to; d++) { const f = !!(fraudDays && fraudDays.has(d)); c.add('bed', 1, c.day(d), { fraud: f }); c.add('zc', 1, c.day(d), { fraud: f }); c.add(nurse(d), 1, c.day(d), { fraud: f }); }
}
function ivDay(c, date, bottles, drugs = [], o = {}) {
  for (const [a, n] of bottles) c.add(a, n, date, o);
  for (const [a, n] of drugs) c.add(a, n, date, o);
  const groups = bottles.reduce((s, b) => s + b[1], 0);
  if (groups <= 0) return;
  c.add('ivFirst', 1, date, o); if (groups > 1) c.add('ivAdd', Math.min(5, groups - 1), date, o); c.add('ivSet', groups > 4 ? 2 : 1, date, o);
}
function workup(c, date, T, o = {}) {
  const age = ageAt(c.m.birthDate, date);
  if (T.eye) { c.add('vein', 1, date); c.add('cbc', 1, date); c.add('coag', 1, date); c.add('preop8', 1, date); c.add('glu', 1, date); c.add('ecg', 1, date); }
  else {
    c.add('vein', 1, date); c.add('cbc', 1, date); c.add('urine', 1, date); c.add('lft', 1, date); c.add('rft', 1, date); c.add('lytes', 1, date);
    c.add('glu', 1, date); c.add('coag', 1, date); c.add('preop8', 1, date); c.add('ecg', 1, date);
    if (T.anaes === 'GA' || T.major) c.add('abo', 1, date);
    if (age >= 40 || T.anaes === 'GA' || T.major) c.add('drChest', 1, date);
  }
  if (o.emergency) c.add('crp', 1, date);
  for (const a of (o.img || T.img || [])) c.add(a, 1, date);
  for (const a of (o.labs || T.labs || [])) c.add(a, 1, date);
  if (o.skip) c.lines = c.lines.filter((l) => !(l.date === date && o.skip.some((a) => K[a] === l.row.code)));
}
function anaesthesia(c, date, type, hours, o = {}) {
  const f = { fraud: !!o.fraud };
  if (type === 'GA') {
    c.add('ga', hours, date, f);
    c.add('propofol', hours >= 3 ? 3 : 2, date, o.fraudDrugs ? f : {}); c.add('fentanyl', Math.min(6, 2 + Math.floor(hours / 2)), date, o.fraudDrugs ? f : {});
    if (!o.noRelax) { c.add('vecuronium', hours >= 3 ? 2 : 1, date, o.fraudDrugs ? f : {}); c.add('ett', 1, date, o.fraudDrugs ? f : {}); }
    c.add('midazolam', 1, date, o.fraudDrugs ? f : {}); c.add('electrode', 5, date);
  } else if (type === 'spinal') { c.add('spinal', 1, date, f); c.add('spinalKit', 1, date); c.add('ropivacaine', 1, date); c.add('lidocaine', 1, date); c.add('electrode', 5, date); }
  else if (type === 'local') { c.add('local', 1, date, f); c.add('lidocaine', 2, date); }
  else if (type === 'topical') { c.add('oxybup', 1, date, f); }
}
function postOpWatch(c, date, hours) { c.add('ecgMon', hours, date); c.add('spo2Mon', hours, date); c.add('o2', hours, date); c.add('o2tube', 1, date); }
function ivMore(c, date, groups) {
  if (groups <= 0) return;
  const first = c.lines.find((l) => l.row.code === K.ivFirst && l.date === date && !l.fraud);
  if (!first) { c.add('ivFirst', 1, date); c.add('ivSet', 1, date); groups--; }
  if (groups > 0) { const a = c.lines.find((l) => l.row.code === K.ivAdd && l.date === date && !l.fraud); if (a) a.qty = Math.min(5, a.qty + groups); else c.add('ivAdd', Math.min(5, groups), date); }
}
const tamsOK = (m, date) => m.gender === 'M' && ageAt(m.birthDate, date) >= 40;
function lab(c, date, ...aliases) { if (!c.has('vein', date)) c.add('vein', 1, date); for (const a of aliases) if (!c.has(a, date)) c.add(a, 1, date); }
function analgesic(c, date, n = 2) { const age = ageAt(c.m.birthDate, date); if (age <= 12) c.add('childPara', Math.min(3, n + 1), date); else if (age < 18) c.add('paracetamol', n + 1, date); else c.add('celecoxib', n, date); }

// ---------------------------------------------------------------- operation templates
// cons: consumables on the operation day; path: paraffin specimens; frozen: chance of an intraoperative frozen section.
const OPS = {
  lap_appy: { label: '腹腔镜阑尾切除', depts: ['general_surgery'], row: 's_lapAppy', px: ['47.0100'], dx: ['K35.800x001', 'K35.300', 'K35.800x001', 'K36.x02'], age: [14, 62], anaes: 'GA', ga: [1, 2],
    cons: { trocar: 1, clip: [2, 4], suture: [2, 3], drape: 1, esu: 1 }, path: 1, pre: [0, 0], post: [3, 4], emergency: true, abx: 'appy', img: ['usAbd'] },
  open_appy: { label: '开腹阑尾切除', depts: ['general_surgery'], row: 's_openAppy', px: ['47.0901'], dx: ['K35.800x001', 'K35.300'], age: [14, 62], anaes: 'spinal',
    cons: { suture: 3, drape: 1, esu: 1 }, path: 1, pre: [0, 0], post: [4, 6], emergency: true, abx: 'appy', img: ['usAbd'] },
  lap_chole: { label: '腹腔镜胆囊切除', depts: ['general_surgery'], row: 's_lapChole', px: ['51.2300'], dx: ['K80.101', 'K81.100', 'K80.100x001', 'K80.200x003'], age: [30, 76], anaes: 'GA', ga: [2, 2],
    cons: { trocar: 1, clip: [3, 5], suture: 2, drape: 1, esu: 1 }, path: 1, pre: [1, 2], post: [2, 3], abx: 'cc', img: ['usAbd'] },
  open_chole: { label: '开腹胆囊切除', depts: ['general_surgery'], row: 's_openChole', px: ['51.2200'], dx: ['K80.101', 'K81.100'], age: [45, 80], anaes: 'GA', ga: [2, 3],
    cons: { suture: 4, drape: 1, esu: 1, hemostat: 1, negDrain: 1 }, path: 1, pre: [1, 2], post: [5, 7], abx: 'cc', img: ['usAbd'] },
  hernia: { label: '腹股沟疝修补', depts: ['general_surgery'], row: 's_hernia', px: ['53.0501', '53.0401', '53.0301'], dx: ['K40.901', 'K40.900x003', 'K40.902'], sex: 'M', age: [38, 84], anaes: 'spinal',
    cons: { mesh: 1, suture: 2, drape: 1, esu: 1 }, path: 0, pre: [1, 1], post: [2, 3], abx: 'single' },
  hemorrhoid: { label: '痔切除', depts: ['general_surgery', 'anorectal'], row: 's_hemorrhoid', px: ['49.4600'], dx: ['K64.200', 'K64.300', 'K64.803'], age: [24, 68], anaes: 'spinal',
    cons: { suture: 2, drape: 1, gauze: 2 }, path: 1, pre: [1, 1], post: [4, 6], abx: 'none', dressDaily: 'dressS' },
  fistula: { label: '肛瘘切除', depts: ['general_surgery', 'anorectal'], row: 's_fistulectomy', px: ['49.1200'], dx: ['K60.302', 'K60.300'], age: [20, 62], anaes: 'spinal',
    cons: { suture: 1, drape: 1, gauze: 2 }, path: 1, pre: [1, 1], post: [5, 7], abx: 'none', dressDaily: 'dressS' },
  seton: { label: '肛瘘挂线', depts: ['general_surgery', 'anorectal'], row: 's_seton', px: ['49.7301'], dx: ['K60.301', 'K60.303'], age: [20, 62], anaes: 'spinal',
    cons: { suture: 1, drape: 1, gauze: 2 }, path: 1, pre: [1, 1], post: [5, 7], abx: 'none', dressDaily: 'dressS' },
  thyroid: { label: '甲状腺腺叶切除', depts: ['general_surgery'], row: 's_thyroid', px: ['06.2x02', '06.2x00'], dx: ['E04.101', 'D34.x00', 'E04.200x003'], sex: 'F', age: [24, 66], anaes: 'GA', ga: [2, 2],
    cons: { suture: 3, drape: 1, esu: 1, hemostat: 1, negDrain: 1 }, path: 1, frozen: 0.5, pre: [1, 2], post: [3, 4], abx: 'none', img: ['usThy'], labs: ['tft'] },
  mastectomy: { label: '乳腺癌改良根治', depts: ['general_surgery'], row: 's_mrm', px: ['85.4301'], dx: ['C50.400', 'C50.801', 'C50.200'], sex: 'F', age: [36, 72], anaes: 'GA', ga: [3, 3],
    cons: { suture: 4, drape: 1, esu: 1, negDrain: 2, hemostat: 1, elastic: 2 }, path: 2, frozen: 1, pre: [2, 3], post: [6, 8], abx: 'single', img: ['usBreast', 'ctChest', 'usAbd'], labs: ['cea', 'ca153'], major: true },
  colectomy: { label: '腹腔镜右半结肠切除', depts: ['general_surgery'], row: 's_colectomy', px: ['17.3300'], dx: ['C18.200', 'C18.000'], age: [46, 80], anaes: 'GA', ga: [3, 4],
    cons: { trocar: 1, stapler: 2, clip: 6, suture: 4, drape: 1, esu: 1, negDrain: 1, hemostat: 1 }, path: 1, pre: [3, 3], post: [7, 9], abx: 'colon', img: ['ctAbd', 'ctEnh', 'ctChest'], labs: ['cea'], major: true, foley: true, gi: true },
  gastrectomy: { label: '胃大部切除', depts: ['general_surgery'], row: 's_gastrectomy', px: ['43.7x00x001'], dx: ['C16.300', 'C16.200'], age: [45, 78], anaes: 'GA', ga: [4, 4],
    cons: { stapler: 2, suture: 5, drape: 1, esu: 1, negDrain: 1, hemostat: 1 }, path: 1, pre: [3, 3], post: [8, 10], abx: 'cc', img: ['ctAbd', 'ctEnh', 'gastroscopy'], labs: ['cea'], major: true, foley: true, gi: true, pn: true },
  varicose: { label: '大隐静脉高位结扎剥脱', depts: ['general_surgery'], row: 's_varicose', px: ['38.5900'], dx: ['I83.903', 'I83.900x004'], age: [38, 72], anaes: 'spinal',
    cons: { suture: 2, drape: 1, elastic: 3 }, path: 0, pre: [1, 1], post: [3, 4], abx: 'none', img: ['usLegV'] },
  tha: { label: '人工全髋关节置换', depts: ['orthopaedics'], row: 's_tha', px: ['81.5100'], dx: ['M16.101', 'M87.002', 'M16.301'], age: [50, 80], anaes: 'GA', ga: [2, 3],
    cons: { hip: 1, suture: 4, drape: 2, esu: 1, negDrain: 1 }, cementQ: [0, 2], path: 0, pre: [2, 3], post: [6, 8], abx: 'implant', img: ['drLimb'], major: true, foley: true, rehab: 'hip', vte: true, dischargeRx: [['rivaroxaban', 28]] },
  hemi: { label: '人工股骨头置换', depts: ['orthopaedics'], row: 's_hemi', px: ['81.5201'], dx: ['S72.000x031', 'S72.000'], ext: 'W01.x00', age: [72, 92], anaes: 'spinal',
    cons: { femHead: 1, cement: 2, suture: 3, drape: 1, esu: 1, negDrain: 1 }, path: 0, pre: [1, 3], post: [6, 8], emergency: true, abx: 'implant', img: ['drLimb', 'echo'], major: true, foley: true, rehab: 'hip', vte: true, dischargeRx: [['rivaroxaban', 28]] },
  tka: { label: '人工全膝关节置换', depts: ['orthopaedics'], row: 's_tka', px: ['81.5400'], dx: ['M17.101', 'M17.900x002'], age: [58, 82], anaes: 'spinal',
    cons: { knee: 1, cement: 2, suture: 4, drape: 2, esu: 1, negDrain: 1 }, path: 0, pre: [2, 2], post: [6, 8], abx: 'implant', img: ['drLimb'], major: true, foley: true, rehab: 'knee', vte: true, dischargeRx: [['rivaroxaban', 14]] },
  orif_radius: { label: '桡骨远端骨折切开复位内固定', depts: ['orthopaedics'], row: 's_orifRadius', px: ['79.3200x011'], dx: ['S52.500x001', 'S52.500x011'], ext: 'W01.x00', age: [20, 80], anaes: 'GA', ga: [2, 2],
    cons: { plate: 1, screw: [6, 8], suture: 2, drape: 1, esu: 1 }, path: 0, pre: [1, 3], post: [3, 4], abx: 'implant', img: ['drLimb', 'ctJoint'], postImg: 'drLimb' },
  orif_clavicle: { label: '锁骨骨折切开复位内固定', depts: ['orthopaedics'], row: 's_orifClavicle', px: ['79.3900x051'], dx: ['S42.000x021'], ext: 'W01.x00', age: [18, 62], anaes: 'GA', ga: [2, 2],
    cons: { plate: 1, screw: [6, 8], suture: 2, drape: 1, esu: 1 }, path: 0, pre: [1, 2], post: [3, 4], abx: 'implant', img: ['drLimb'], postImg: 'drLimb' },
  orif_ankle: { label: '踝关节骨折切开复位内固定', depts: ['orthopaedics'], row: 's_orifAnkle', px: ['79.3600x009'], dx: ['S82.600', 'S82.500'], ext: 'W01.x00', age: [20, 72], anaes: 'spinal',
    cons: { plate: 1, screw: [7, 9], suture: 3, drape: 1, esu: 1 }, path: 0, pre: [3, 5], post: [4, 5], abx: 'implant', img: ['drLimb', 'ctJoint'], postImg: 'drLimb', rehab: 'limb' },
  orif_femur: { label: '股骨干骨折内固定', depts: ['orthopaedics'], row: 's_orifFemur', px: ['79.3500x018'], dx: ['S72.300'], ext: 'W10.x00', age: [18, 70], anaes: 'GA', ga: [3, 3],
    cons: { nail: 1, screw: 4, suture: 3, drape: 2, esu: 1 }, path: 0, pre: [1, 2], post: [7, 9], emergency: true, abx: 'implant', img: ['drLimb'], postImg: 'drLimb', major: true, foley: true, rehab: 'limb', vte: true },
  orif_tibia: { label: '胫腓骨骨折切开复位内固定', depts: ['orthopaedics'], row: 's_orifTibia', px: ['79.3600x013'], dx: ['S82.200x081', 'S82.201'], ext: 'W10.x00', age: [18, 70], anaes: 'spinal',
    cons: { plate: 1, screw: [8, 10], suture: 3, drape: 1, esu: 1 }, path: 0, pre: [2, 4], post: [6, 8], emergency: true, abx: 'implant', img: ['drLimb'], postImg: 'drLimb', rehab: 'limb', vte: true },
  pfna: { label: '股骨粗隆间骨折髓内钉', depts: ['orthopaedics'], row: 's_pfna', px: ['79.1500x006'], dx: ['S72.101', 'S72.100'], ext: 'W01.x00', age: [68, 93], anaes: 'spinal',
    cons: { nail: 1, suture: 2, drape: 1, esu: 1 }, path: 0, pre: [1, 2], post: [5, 7], emergency: true, abx: 'implant', img: ['drLimb', 'echo'], postImg: 'drLimb', major: true, foley: true, rehab: 'hip', vte: true },
  menisc: { label: '关节镜半月板切除', depts: ['orthopaedics'], row: 's_menisc', px: ['80.6x06', '80.6x07'], dx: ['S83.200', 'M23.205', 'M23.200x092'], age: [18, 56], anaes: 'spinal',
    cons: { suture: 1, drape: 1 }, path: 0, pre: [1, 1], post: [2, 3], abx: 'none', img: ['mriKnee'] },
  acl: { label: '关节镜前交叉韧带重建', depts: ['orthopaedics'], row: 's_acl', px: ['81.4504'], dx: ['S83.500x012', 'S83.500x001'], age: [17, 45], anaes: 'GA', ga: [2, 2],
    cons: { screw: 2, suture: 2, drape: 1, esu: 1 }, path: 0, pre: [1, 1], post: [3, 5], abx: 'implant', img: ['mriKnee'], rehab: 'knee' },
  knee_debride: { label: '关节镜膝关节清理', depts: ['orthopaedics'], row: 's_kneeDebride', px: ['80.8602'], dx: ['M23.205', 'M17.101'], age: [40, 70], anaes: 'spinal',
    cons: { suture: 1, drape: 1 }, path: 0, pre: [1, 1], post: [2, 3], abx: 'none', img: ['mriKnee'] },
  plif: { label: '腰椎后路椎体间融合', depts: ['orthopaedics', 'neurosurgery'], row: 's_plif', px: ['81.0801', '84.5100x006', '03.0900x006'], multiPx: true, dx: ['M48.005', 'M43.100x062', 'M51.100x002+G55.1*'], age: [45, 78], anaes: 'GA', ga: [3, 4],
    cons: { pedicle: 4, cage: 1, suture: 4, drape: 2, esu: 1, negDrain: 1, hemostat: 1 }, path: 0, pre: [2, 3], post: [7, 10], abx: 'implant', img: ['mriLumbar', 'drLumbar'], postImg: 'drLumbar', major: true, foley: true, vte: true },
  discectomy: { label: '腰椎间盘切除', depts: ['orthopaedics', 'neurosurgery'], row: 's_discectomy', px: ['80.5100x013', '80.5100x033'], dx: ['M51.100x002+G55.1*', 'M51.101+G55.1*'], age: [24, 66], anaes: 'GA', ga: [2, 2],
    cons: { suture: 2, drape: 1, esu: 1, hemostat: 1 }, path: 1, pre: [1, 2], post: [4, 6], abx: 'single', img: ['mriLumbar'] },
  pvp: { label: '经皮椎体成形', depts: ['orthopaedics'], row: 's_pvp', px: ['81.6500'], dx: ['M80.801', 'M80.000'], age: [62, 92], anaes: 'local',
    cons: { cement: 1, drape: 1 }, path: 0, pre: [1, 2], post: [2, 3], abx: 'none', img: ['drLumbar', 'mriLumbar', 'dexa'], dischargeRx: [['caD3', 30]] },
  pkp: { label: '经皮椎体后凸成形', depts: ['orthopaedics'], row: 's_pkp', px: ['81.6601'], dx: ['M80.801', 'M80.000'], age: [62, 92], anaes: 'local',
    cons: { cement: [1, 2], drape: 1 }, path: 0, pre: [1, 2], post: [2, 3], abx: 'none', img: ['drLumbar', 'mriLumbar', 'dexa'], dischargeRx: [['caD3', 30]] },
  turp: { label: '经尿道前列腺电切', depts: ['urology'], row: 's_turp', px: ['60.2902', '60.2900x004'], dx: ['N40.x00'], sex: 'M', age: [58, 88], anaes: 'spinal',
    cons: { foley3: 1, drape: 1 }, path: 1, pre: [1, 2], post: [4, 6], abx: 'cc', img: ['usUro', 'uroflow'], labs: ['psa'], irrigation: true, dischargeRx: [['tamsulosin', 14]] },
  urs: { label: '输尿管镜碎石取石', depts: ['urology'], row: 's_urs', px: ['56.0x00x011', '59.8x03'], multiPx: true, dx: ['N20.100', 'N13.202'], age: [24, 68], anaes: 'spinal',
    cons: { djStent: 1, foley2: 1, drape: 1 }, path: 0, pre: [1, 1], post: [2, 3], abx: 'cc', img: ['ctu', 'usUro'] },
  pcnl: { label: '经皮肾镜碎石取石', depts: ['urology'], row: 's_pcnl', px: ['55.0402', '59.8x04'], multiPx: true, dx: ['N20.000', 'N20.001', 'N13.201'], age: [28, 68], anaes: 'GA', ga: [2, 2],
    cons: { djStent: 1, foley2: 1, drape: 1, drainBag: 1 }, path: 0, pre: [2, 2], post: [4, 6], abx: 'cc', img: ['ctu'], major: true },
  lap_hyst: { label: '腹腔镜全子宫切除', depts: ['gynaecology'], row: 's_lapHyst', px: ['68.4100'], dx: ['D25.900', 'D25.100', 'N80.001'], sex: 'F', age: [40, 56], anaes: 'GA', ga: [2, 3],
    cons: { trocar: 1, suture: 3, clip: 2, drape: 1, esu: 1, hemostat: 1 }, path: 1, pre: [1, 2], post: [4, 5], abx: 'cc', img: ['usGyn'], labs: ['ca125'], foley: true, major: true },
  lap_ovary: { label: '腹腔镜卵巢囊肿剥除', depts: ['gynaecology'], row: 's_lapOvary', px: ['65.2501'], dx: ['N83.201', 'D27.x00', 'N80.100x001'], sex: 'F', age: [18, 48], anaes: 'GA', ga: [1, 2],
    cons: { trocar: 1, suture: 2, drape: 1, esu: 1 }, path: 1, pre: [1, 1], post: [2, 4], abx: 'single', img: ['usGyn'], labs: ['ca125', 'hcg'] },
  tonsil: { label: '扁桃体切除', depts: ['ent'], row: 's_tonsil', px: ['28.2x00x002', '28.2x03'], dx: ['J35.000', 'J35.100'], age: [8, 40], anaes: 'GA', ga: [1, 1],
    cons: { suture: 1, drape: 1 }, path: 1, pre: [1, 1], post: [3, 5], abx: 'single' },
  adenoid: { label: '腺样体切除', depts: ['ent'], row: 's_adenoid', px: ['28.6x00x001'], dx: ['J35.200'], age: [3, 9], anaes: 'GA', ga: [1, 1],
    cons: { drape: 1 }, path: 1, pre: [1, 1], post: [1, 2], abx: 'none' },
  fess_full: { label: '鼻内镜全组鼻窦手术', depts: ['ent'], row: 's_fessFull', px: ['22.5301'], dx: ['J32.400', 'J32.400x001'], dx2: ['J33.801', null], age: [22, 66], anaes: 'GA', ga: [2, 2],
    cons: { hemostat: 2, drape: 1 }, path: 1, pre: [1, 1], post: [3, 5], abx: 'single', img: ['nasalEndo'], dischargeRx: [['budesonideSpray', 2]] },
  fess_single: { label: '鼻内镜单个鼻窦手术', depts: ['ent'], row: 's_fessSingle', px: ['22.6201'], dx: ['J32.000', 'J32.001'], age: [22, 66], anaes: 'GA', ga: [1, 1],
    cons: { hemostat: 1, drape: 1 }, path: 1, pre: [1, 1], post: [2, 4], abx: 'single', img: ['nasalEndo'], dischargeRx: [['budesonideSpray', 1]] },
  septo: { label: '鼻中隔矫正', depts: ['ent'], row: 's_septo', px: ['21.5x01'], dx: ['J34.200'], age: [18, 52], anaes: 'GA', ga: [1, 2],
    cons: { suture: 1, hemostat: 2, drape: 1 }, path: 0, pre: [1, 1], post: [3, 4], abx: 'single', img: ['nasalEndo'] },
  uppp: { label: '悬雍垂腭咽成形', depts: ['ent'], row: 's_uppp', px: ['27.6900x007'], dx: ['G47.301', 'G47.300x037'], sex: 'M', age: [28, 58], anaes: 'GA', ga: [2, 2],
    cons: { suture: 2, drape: 1 }, path: 1, pre: [1, 2], post: [4, 6], abx: 'single', img: ['psg', 'laryngo'] },
  phaco: { label: '白内障超声乳化+人工晶体植入', depts: ['ophthalmology'], row: 's_phaco', px: ['13.4100x001', '13.7100x001'], multiPx: true, dx: ['H25.100', 'H25.001', 'H25.002', 'H26.900'], age: [56, 88], anaes: 'topical',
    cons: { iol: 1, ovd: 1, drape: 1 }, path: 0, pre: [0, 1], post: [1, 1], abx: 'none', eye: true, img: ['aScan', 'iop', 'slit', 'fundus', 'oct'], dischargeRx: [['levoDrops', 1], ['tobradex', 1], ['pranoprofen', 1]] },
  vitrect: { label: '玻璃体切除', depts: ['ophthalmology'], row: 's_vitrect', px: ['14.7401'], dx: ['H43.100', 'H33.001'], age: [40, 74], anaes: 'GA', ga: [2, 2],
    cons: { drape: 1 }, path: 0, pre: [1, 1], post: [3, 5], abx: 'none', eye: true, img: ['iop', 'slit', 'fundus', 'oct'], dischargeRx: [['levoDrops', 1], ['tobradex', 1]] },
  trab: { label: '小梁切除', depts: ['ophthalmology'], row: 's_trab', px: ['12.6400x003', '12.6404'], dx: ['H40.100', 'H40.202'], age: [45, 80], anaes: 'local',
    cons: { suture: 1, drape: 1 }, path: 0, pre: [1, 1], post: [3, 4], abx: 'none', eye: true, img: ['iop', 'slit', 'fundus'], dischargeRx: [['levoDrops', 1], ['tobradex', 1]] },
  strab: { label: '斜视矫正', depts: ['ophthalmology'], row: 's_strab', px: ['15.3x01'], dx: ['H50.000x002', 'H50.100x004'], age: [4, 12], anaes: 'GA', ga: [1, 1],
    cons: { suture: 2, drape: 1 }, path: 0, pre: [1, 1], post: [1, 2], abx: 'none', eye: true, img: ['refraction', 'slit'], dischargeRx: [['tobradex', 1]] },
  vats_wedge: { label: '胸腔镜肺楔形切除', depts: ['thoracic_surgery'], row: 's_vatsWedge', px: ['32.2001'], dx: ['R91.x04', 'D14.300x001'], age: [35, 72], anaes: 'GA', ga: [2, 3],
    cons: { stapler: 1, drape: 1, esu: 1, drainBag: 1, hemostat: 1 }, path: 1, frozen: 1, pre: [2, 2], post: [4, 5], abx: 'single', img: ['ctChest', 'ctEnh', 'pft'], postImg: 'drChest', major: true },
  vats_lob: { label: '胸腔镜肺叶切除', depts: ['thoracic_surgery'], row: 's_vatsLob', px: ['32.4100'], dx: ['C34.100x004', 'C34.300'], age: [45, 76], anaes: 'GA', ga: [3, 4],
    cons: { stapler: 2, clip: 6, drape: 2, esu: 1, drainBag: 1, hemostat: 1 }, path: 2, frozen: 1, pre: [3, 3], post: [5, 7], abx: 'single', img: ['ctChest', 'ctEnh', 'pft', 'ctHead', 'usAbd'], labs: ['cea', 'cyfra'], postImg: 'drChest', major: true, foley: true },
  bullectomy: { label: '胸腔镜肺大疱切除', depts: ['thoracic_surgery'], row: 's_vatsWedge', px: ['32.2002'], dx: ['J93.100x001'], sex: 'M', age: [16, 34], anaes: 'GA', ga: [2, 2],
    cons: { stapler: 1, drape: 1, esu: 1, drainBag: 1 }, path: 1, pre: [1, 2], post: [3, 5], abx: 'single', img: ['ctChest'], postImg: 'drChest' },
};
for (const [k, T] of Object.entries(OPS)) {
  T.key = k; T.dx.forEach((d) => checkDx(d)); T.px.forEach(checkPx); if (T.ext) checkDx(T.ext);
  let lvl = ROW(T.row).minLevel || 1; for (const a of Object.keys(T.cons)) lvl = Math.max(lvl, ROW(a).minLevel || 1); T.minLevel = lvl;
  T.rowObj = ROW(T.row);
}

// hospital choice: weights by type; op availability by department and level
const W_FRAUD = { public3: 3, public2: 3, private2: 4, eye2: 5 };
const W_CTRL = { public3: 4, public2: 3, private2: 3, eye2: 4 };
const W_ROUTINE = { public3: 5, public2: 3, private2: 2, eye2: 3 };
function pickHosp(T, weights, o = {}) {
  const cands = HOSPS.filter((h) => h.level >= Math.max(T.minLevel, o.minLevel || 1) && T.depts.some((d) => h.depts.includes(d)) && (!o.region || h.region === o.region) && (!o.types || o.types.includes(h.type)));
  if (!cands.length) throw new Error('no hospital for ' + T.key);
  const h = wpick(cands.map((x) => [x, weights[x.type] || 1]));
  const depts = T.depts.filter((d) => h.depts.includes(d));
  return { h, dept: h.type === 'private2' && depts.includes('anorectal') ? 'anorectal' : depts[0] };
}

// ---------------------------------------------------------------- the surgical stay
// o: m, h, dept, adm, pre, post, dx[], px[], anaes, gaH, row, rowQty, rowFraud, cons{}, consFraud{}, path, pathFraud, frozen, frozenFraud,
//    noOR, noAnaes, padPre, padPost, route, mode, opDayExtra(c, opDate), after(c, opDate), nursing(d)
function surgStay(T, o) {
  const pre = o.pre != null ? o.pre : qv(T.pre); const post = o.post != null ? o.post : qv(T.post);
  const padPre = o.padPre || 0, padPost = o.padPost || 0;
  const adm = o.adm; const opDate = addDays(adm, pre + padPre); const dis = addDays(opDate, post + padPost);
  const emergency = o.emergency != null ? o.emergency : !!T.emergency;
  const c = new Claim({ m: o.m, h: o.h, dept: o.dept, doctor: o.doctor, vt: 'inpatient', adm, dis, route: o.route || (emergency ? 'emergency' : 'outpatient'), mode: o.mode, transferFrom: o.transferFrom });
  const dxs = o.dx || [pick(T.dx)];
  c.diag(...dxs);
  if (T.dx2 && !o.dx) { const d2 = pick(T.dx2); if (d2) c.diag(d2); }
  if (T.ext && !o.noExt) c.diag(T.ext);
  const age = ageAt(o.m.birthDate, adm);
  const htn = o.htn != null ? o.htn : age >= 55 && chance(0.3);
  if (htn) c.diag('I10.x00');
  for (const d of (o.dxExtra || [])) c.diag(d);
  const pxs = o.px || (T.multiPx ? T.px : [pick(T.px)]);
  for (const p of pxs) c.proc(p, opDate);
  for (const p of (o.pxExtra || [])) c.proc(p.code, p.date);
  const opIdx = pre + padPre; const nights = c.nights;
  const anaes = o.anaes || T.anaes; const gaH = o.gaH != null ? o.gaH : (T.ga ? qv(T.ga) : 2);
  const majorNurse = T.major || (!o.anaesFraud && anaes === 'GA' && gaH >= 3);
  // padded pre-op days: the nights after the work-up day and before the real pre-op eve; padded post-op days: the last padPost nights
  const fraudPad = new Set();
  if (padPre) for (let d = 1; d <= padPre; d++) fraudPad.add(d);
  if (padPost) for (let d = nights - padPost; d < nights; d++) fraudPad.add(d);
  const nurse = o.nursing || ((d) => (d === opIdx || (majorNurse && d === opIdx + 1) ? 'n1' : (fraudPad.has(d) ? o.padNurse || 'n2' : 'n2')));
  dailyCare(c, 0, nights, nurse, o.markPad === false ? null : fraudPad);
  // admission work-up
  workup(c, adm, T, { emergency, img: o.img, labs: o.labs, skip: o.skipLabs });
  c.add('cannula', 1, emergency ? adm : opDate); c.add('cannulation', 1, emergency ? adm : opDate);
  if (htn) for (let d = 0; d < Math.max(1, nights); d++) c.add('amlodipine', 1, c.day(d));
  // pre-op days (real ones): nothing special; a padded pre-op day carries only the per-day items (or what o.padPreFill adds)
  if (o.padPreFill) for (let d = 1; d <= padPre; d++) o.padPreFill(c, c.day(d), d);
  // operation day
  if (!o.noOR) {
    if (!o.noAnaes) anaesthesia(c, opDate, anaes, gaH, { fraud: o.anaesFraud, fraudDrugs: o.anaesFraudDrugs, noRelax: o.noRelax });
    c.add(o.row || T.row, o.rowQty || 1, opDate, { fraud: !!o.rowFraud, priceFen: o.rowPriceFen });
    const cons = { ...T.cons, ...(o.cons || {}) };
    if (T.cementQ && !(o.cons && 'cement' in o.cons)) { const n = qv(T.cementQ); if (n) cons.cement = n; }
    for (const [a, v] of Object.entries(cons)) { const n = qv(v); if (n > 0) c.add(a, n, opDate, { fraud: !!(o.consFraud && o.consFraud[a]), priceFen: o.consPrice && o.consPrice[a] }); }
    const np = o.path != null ? o.path : T.path; if (np) c.add('patho', np, opDate, { fraud: !!o.pathFraud });
    const nf = o.frozen != null ? o.frozen : (T.frozen && chance(T.frozen) ? 1 : 0); if (nf) c.add('frozen', nf, opDate, { fraud: !!o.frozenFraud });
    if (['GA', 'spinal'].includes(anaes) && !o.noWatch) postOpWatch(c, opDate, Math.min(24 - (anaes === 'GA' ? gaH : 0), majorNurse ? 12 : 6));
    if (T.foley) { c.add('cath', 1, opDate); c.add('cathKit', 1, opDate); c.add('foley2', 1, opDate); }
    if (T.major && !T.eye) c.add('txa', 2, opDate);
  }
  if (o.opDayExtra) o.opDayExtra(c, opDate);
  // fluids and antibiotics on the operation day and after
  const abx = o.abx || T.abx;
  const abxPlan = (d) => { // d = days after operation
    if (o.noOR && !o.keepAbx) return [];
    if (abx === 'appy') return d <= 2 ? [['ceftriaxone', 2], ['metronidazole', 2]] : [];
    if (abx === 'colon') return d === 0 ? [['cefuroxime', 4], ['metronidazole', 2]] : d === 1 ? [['cefuroxime', 4]] : [];
    if (abx === 'cc') return d === 0 ? [['cefuroxime', 2]] : [];
    if (abx === 'single') return d === 0 ? [['cefuroxime', 2]] : [];
    if (abx === 'openfx') return d <= 2 ? [['cefuroxime', 4]] : [];
    if (abx === 'implant') return d === 0 ? [['cefuroxime', 4]] : d === 1 ? [['cefuroxime', 4]] : [];
    return [];
  };
  const carriers = (drugs) => drugs.filter(([a]) => a === 'cefuroxime' || a === 'ceftriaxone').reduce((s, [a, n]) => s + (a === 'cefuroxime' ? n / 2 : 1), 0);
  const ivDays = T.eye ? 0 : T.gi ? 4 : T.major ? 2 : (['GA', 'spinal'].includes(anaes) ? 1 : 0);
  for (let d = 0; opIdx + d < Math.max(1, nights) || (d === 0); d++) {
    const date = addDays(opDate, d); if (date > dis) break;
    const drugs = abxPlan(d);
    const bottles = [];
    const carr = Math.ceil(carriers(drugs)); if (carr) bottles.push(['ns', carr]);
    if (d === 0 && !o.noOR && ['GA', 'spinal'].includes(anaes)) { bottles.push(['ringer', 2]); bottles.push(['g5', 1]); }
    else if (d > 0 && d <= ivDays) { bottles.push(['gns', 1]); if (T.gi) { bottles.push(['g5', 1]); drugs.push(['kcl', 2]); } }
    else if (d === 0 && o.noOR && o.keepIv) bottles.push(['ns', 1]);
    const metro = drugs.find((x) => x[0] === 'metronidazole'); if (metro) bottles.push(['metronidazole', 0]);
    const realBottles = bottles.filter((b) => b[1] > 0);
    const groupCount = realBottles.reduce((s, b) => s + b[1], 0) + (metro ? metro[1] : 0);
    for (const [a, n] of drugs) c.add(a, n, date);
    for (const [a, n] of realBottles) c.add(a, n, date);
    if (groupCount > 0) { c.add('ivFirst', 1, date); if (groupCount > 1) c.add('ivAdd', Math.min(5, groupCount - 1), date); c.add('ivSet', groupCount > 4 ? 2 : 1, date); }
    if (T.gi && !o.noOR && d <= 4 && opIdx + d < nights) { c.add('omeprazoleInj', 2, date); if (d <= 2) c.add('decomp', 1, date); if (T.pn && d >= 1 && d <= 4) { c.add('pnBag', 1, date); c.add('vitsol', 1, date); c.add('trace', 1, date); } }
    if (d >= 1 && !o.noOR && !T.eye && opIdx + d < nights && !(o.padPost && opIdx + d >= nights - o.padPost && !o.padPostFill)) analgesic(c, date, 2);
  }
  if (T.gi && !o.noOR) { c.add('ngInsert', 1, opDate); c.add('ngTube', 1, opDate); }
  // after the operation
  if (!o.noOR) {
    const realPostEnd = nights - padPost; // nights index where padding starts
    if (T.major) { const d1 = addDays(opDate, 1); if (d1 < dis) { c.add('vein', 1, d1); c.add('cbc', 1, d1); c.add('lytes', 1, d1); } const d3 = addDays(opDate, 3); if (d3 < dis && post >= 4) { c.add('vein', 1, d3); c.add('cbc', 1, d3); } }
    if (T.postImg) { const dI = addDays(opDate, 1); if (dI <= dis) c.add(T.postImg, 1, dI); }
    if (T.vte) for (let d = opIdx + 1; d < Math.min(realPostEnd, opIdx + 15); d++) c.add('enox', 1, c.day(d));
    if (T.rehab) {
      for (let d = opIdx + 1; d < realPostEnd; d++) {
        const date = c.day(d);
        if (d === opIdx + 1) c.add('rehabEval', 1, date);
        c.add('pt', T.rehab === 'knee' ? 2 : 1, date);
        if (T.rehab === 'knee') c.add('jointMob', 1, date);
        if (T.vte && !(o.ipcOpDay)) c.add('ipc', 1, date);
      }
    }
    if (T.irrigation) for (let d = 0; d < 3 && opIdx + d < nights; d++) c.add('bladderIrr', 2, c.day(opIdx + d));
    if (o.noDress) { /* the hook bills the dressings */ }
    else if (T.dressDaily) { for (let d = opIdx + 1; d < realPostEnd; d++) c.add(T.dressDaily, 1, c.day(d)); }
    else if (!T.eye && !['tonsil', 'adenoid', 'uppp', 'septo', 'fess_full', 'fess_single', 'turp', 'urs'].includes(T.key)) {
      const d2 = opIdx + 2; if (d2 < realPostEnd) c.add('dressM', 1, c.day(d2));
      const dl = realPostEnd - 1; if (dl > d2 + 1) c.add('dressM', 1, c.day(dl));
    }
    if (T.eye) for (let d = opIdx + 1; d <= Math.min(nights, opIdx + 1); d++) { c.add('slit', 1, c.day(d)); c.add('iop', 1, c.day(d)); }
    for (const [a, n] of (T.dischargeRx || [])) c.add(a, n, dis);
  }
  if (o.after) o.after(c, opDate, { opIdx, pre, post, nights });
  return { c, opDate, opIdx };
}

// ---------------------------------------------------------------- outpatient and pharmacy claims
function consultAlias(h) { return h.level === 1 ? (chance(0.5) ? 'gdz' : 'opd') : wpick([['opd', 3], ['opdFu', 2], ['opdZr', 1]]); }
function outVisit(o) {
  const c = new Claim({ m: o.m, h: o.h, dept: o.dept, doctor: o.doctor, vt: o.vt || 'outpatient', date: o.date });
  c.diag(...o.dx); for (const p of (o.px || [])) c.proc(p, o.date);
  if (o.consult !== null && c.vt !== 'pharmacy') c.add(o.consult || consultAlias(o.h), 1, o.date);
  for (const it of (o.items || [])) c.add(it[0], it[1], o.date, it[2] || {});
  return c;
}

// ---------------------------------------------------------------- cases and labels
const LABELS = [];
let caseSerial = 0;
const NAMES = {
  T01: '低码高编（低价手术按高价手术收费/编码）', T02: '分解收费（手术入路、显露、关闭另收）', T03: '麻醉时长超出手术所需', T04: '局部/表面麻醉手术收取全身麻醉',
  T05: '高值耗材超量收费（吻合器、补片、螺钉、缝线）', T06: '集采耗材按集采前原价收费', T07: '同一手术、耗材或检查重复收费', T08: '虚构手术（编码有手术、无手术室项目）',
  T09: '无手术指征手术', T10: '手术前后分解住院', T11: '手术前后挂床住院', T12: '未取标本收取病理检查费', T13: '手术当日收取术后康复治疗费',
  T14: '虚增并发症高套病组（手术病例）', T15: '门诊小手术收住院（低标准入院）',
  C01: '双侧手术（单侧计价×2）', C02: '分期手术（双眼白内障先后两次住院）', C03: '腹腔镜中转开腹', C04: '并发症再次手术', C05: '困难病例长时间麻醉',
  C06: '一次手术多个标本', C07: '夜间急诊手术（急诊后当日入院手术）', C08: '日间手术留宿一晚', C09: '关节翻修手术', C10: '多发伤同台手术',
  C11: '儿童手术全身麻醉', C12: '真实合并症并有治疗', C13: '术日肢体气压治疗预防血栓', C14: '术前控制血糖/桥接抗凝', C15: '急性期保守或引流后择期手术',
  C16: '输尿管支架门诊拔除', C17: '吻合器合理使用（结肠、袖状胃、PPH、肺叶）', C18: '术中冰冻+术后石蜡病理', C19: '体外冲击波碎石分次治疗',
  C20: '高价术式确有指征', C21: '小手术因合并症住院', C22: '术后切口感染延长住院', C23: '胸腔镜术后再次胸腔闭式引流', C24: '开放性骨折清创加内固定',
  R: '常规手术与随访就诊',
};
function addCase(kind, code, claims, targets, variant) {
  const id = `B119-${String(++caseSerial).padStart(4, '0')}`;
  LABELS.push({ caseId: id, kind, code, name: NAMES[code], claims, targets: targets || claims, variant });
}
const opDateIn = (from = '2025-01-20', to = '2025-11-25') => randDate(from, to);
function memberFor(T, ref, o = {}) {
  const sex = o.sex || T.sex || (chance(0.5) ? 'M' : 'F');
  const age = o.age != null ? o.age : ri(T.age[0], T.age[1]);
  return member({ sex, age, ref, scheme: o.scheme });
}
// a stay of template T for a new member at a chosen hospital
function stayCase(T, weights, o = {}) {
  const { h, dept } = o.h ? { h: o.h, dept: o.dept } : pickHosp(T, weights, o);
  const adm = o.adm || opDateIn(o.from, o.to);
  const m = o.m || memberFor(T, adm, o);
  return surgStay(T, { ...o, m, h, dept, adm });
}

// =================================================================== FRAUD
const V = (i) => (i % 2 === 0 ? 'overt' : 'careful');
const fraud = (code, i, claims, targets) => addCase('fraud', code, claims.map((c) => c.id), (targets || claims).map((c) => c.id), V(i));

// T01 低码高编: the operation performed is the cheaper one; the bill (overt: only the bill; careful: bill and procedure code) names the costlier.
{
  const pairs = [
    { perf: 'open_appy', row: 's_lapAppy', code: '47.0100' },
    { perf: 'fess_single', row: 's_fessFull', code: '22.5301' },
    { perf: 'pvp', row: 's_pkp', code: '81.6601' },
    { perf: 'seton', row: 's_fistulectomy', code: '49.1200' },
    { perf: 'menisc', row: 's_meniscRepair', code: '81.4700x013' },
    { perf: 'open_chole', row: 's_lapChole', code: '51.2300' },
  ];
  for (let i = 0; i < 15; i++) {
    const p = pairs[i % pairs.length]; const T = OPS[p.perf];
    const o = { row: p.row, rowFraud: true };
    if (V(i) === 'careful') o.px = [p.code];
    const { c } = stayCase(T, W_FRAUD, o);
    fraud('T01', i, [c]);
  }
}
// T02 分解收费: a step of the operation billed as its own item on the operation day.
{
  const plans = [
    { T: 'lap_chole', add: (c, d) => c.add('local', 1, d, { fraud: true }) },                  // 全麻含局部浸润麻醉
    { T: 'vats_wedge', add: (c, d) => { c.add('s_chestDrain', 1, d, { fraud: true }); } },    // 术毕置胸腔引流管属手术内
    { T: 'turp', add: (c, d) => c.add('cath', 1, d, { fraud: true }) },                       // 电切术毕置三腔导尿管
    { T: 'thyroid', add: (c, d) => c.add('local', 1, d, { fraud: true }) },
    { T: 'urs', add: (c, d) => c.add('cystoscopy', 1, d, { fraud: true }) },                  // 入路：膀胱镜
    { T: 'fess_full', add: (c, d) => c.add('nasalEndo', 1, d, { fraud: true }) },             // 入路：鼻内镜检查
    { T: 'menisc', add: (c, d) => c.add('s_kneeDebride', 1, d, { fraud: true }) },            // 显露：关节清理
    { T: 'orif_radius', add: (c, d) => c.add('s_debride', 1, d, { fraud: true }) },           // 关闭：切口缝合按清创术
    { T: 'hernia', add: (c, d) => c.add('s_debride', 1, d, { fraud: true }) },
  ];
  const overt = [0, 1, 2, 3], careful = [4, 5, 6, 7, 8];
  for (let i = 0; i < 15; i++) {
    const pl = plans[V(i) === 'overt' ? overt[(i / 2) % 4 | 0] : careful[((i - 1) / 2) % 5 | 0]];
    const T = OPS[pl.T];
    const o = { opDayExtra: pl.add };
    if (pl.T === 'fess_full' || pl.T === 'urs') o.img = pl.T === 'urs' ? ['ctu'] : []; // the approach is not billed again on admission
    const { c } = stayCase(T, W_FRAUD, o);
    fraud('T02', i, [c]);
  }
}
// T03 麻醉时长: general anaesthesia hours far beyond the operation.
{
  const ops = ['lap_chole', 'lap_appy', 'thyroid', 'tonsil', 'lap_ovary', 'septo', 'discectomy', 'fess_single'];
  for (let i = 0; i < 15; i++) {
    const T = OPS[ops[i % ops.length]]; const base = T.ga[1];
    const gaH = V(i) === 'overt' ? ri(6, 8) : base + 2;
    const { c } = stayCase(T, W_FRAUD, { gaH, anaesFraud: true });
    fraud('T03', i, [c]);
  }
}
// T04 局部手术收全麻: operations done under topical or local anaesthesia billed with general anaesthesia.
{
  const ops = ['phaco', 'trab', 'pvp', 'phaco', 'pvp', 'trab'];
  const extra = [ // adult circumcision and abscess drainage admitted and billed with GA
    { key: 'circ' }, { key: 'abscess' },
  ];
  for (let i = 0; i < 15; i++) {
    const careful = V(i) === 'careful';
    if (i % 5 === 4) { // circumcision or abscess as an inpatient "operation under GA"
      const e = extra[(i / 5 | 0) % 2];
      const sex = e.key === 'circ' ? 'M' : pick(['M', 'F']);
      const adm = opDateIn(); const m = member({ sex, age: ri(18, 45), ref: adm });
      const h = wpick(HOSPS.filter((x) => x.type === 'private2' || x.type === 'public2').map((x) => [x, x.type === 'private2' ? 3 : 1]));
      const dept = e.key === 'circ' ? 'urology' : 'general_surgery';
      const c = new Claim({ m, h, dept, vt: 'inpatient', adm, dis: addDays(adm, ri(2, 3)), route: 'outpatient' });
      if (e.key === 'circ') { c.diag(pick(['N47.x01', 'N47.x00x001'])); c.proc('64.0x00', c.day(1)); }
      else { c.diag(pick(['L02.201', 'L02.402', 'L02.403'])); c.proc('86.0400x011', c.day(1)); }
      dailyCare(c, 0, c.nights, (d) => (d === 1 ? 'n1' : 'n2'));
      c.add('vein', 1, adm); c.add('cbc', 1, adm); c.add('coag', 1, adm); c.add('preop8', 1, adm); c.add('glu', 1, adm); c.add('ecg', 1, adm);
      const d1 = c.day(1);
      anaesthesia(c, d1, 'GA', careful ? 1 : 2, { fraud: true, fraudDrugs: !careful, noRelax: careful });
      if (e.key === 'circ') { c.add('s_circ', 1, d1); c.add('suture', 1, d1); c.add('drape', 1, d1); }
      else { c.add('s_abscess', 1, d1); c.add('gauze', 2, d1); c.add('drape', 1, d1); c.add('culture', 1, d1); }
      c.add('cannula', 1, d1); c.add('cannulation', 1, d1);
      c.add('ns', 1, d1); c.add('ringer', 1, d1); c.add('ivFirst', 1, d1); c.add('ivAdd', 1, d1); c.add('ivSet', 1, d1);
      for (let d = 2; d < c.nights; d++) c.add('dressS', 1, c.day(d));
      c.add('cefuroximeTab', 12, c.dis);
      fraud('T04', i, [c]);
      continue;
    }
    const T = OPS[ops[i % ops.length]];
    const { c } = stayCase(T, W_FRAUD, { anaes: 'GA', gaH: careful ? 1 : 2, anaesFraud: true, anaesFraudDrugs: !careful, noRelax: careful, noWatch: careful });
    fraud('T04', i, [c]);
  }
}
// T05 耗材超量: consumables far above what the operation uses.
{
  const plans = [
    { T: 'lap_chole', overt: { cons: { clip: 10, stapler: 1, trocar: 2 }, f: ['clip', 'stapler', 'trocar'] }, careful: { cons: { clip: 7, hemostat: 2 }, f: ['clip', 'hemostat'] } },
    { T: 'hernia', overt: { cons: { mesh: 2, suture: 6 }, f: ['mesh', 'suture'] }, careful: { cons: { suture: 5, hemostat: 1 }, f: ['suture', 'hemostat'] } },
    { T: 'orif_radius', overt: { cons: { plate: 2, screw: 12 }, f: ['plate', 'screw'] }, careful: { cons: { screw: 11 }, f: ['screw'] } },
    { T: 'plif', overt: { cons: { pedicle: 12, cage: 2 }, f: ['pedicle', 'cage'] }, careful: { cons: { pedicle: 6 }, f: ['pedicle'] } },
    { T: 'thyroid', overt: { cons: { suture: 8, hemostat: 4 }, f: ['suture', 'hemostat'] }, careful: { cons: { suture: 6, hemostat: 2 }, f: ['suture', 'hemostat'] } },
    { T: 'tka', overt: { cons: { cement: 4 }, f: ['cement'] }, careful: { cons: { cement: 3 }, f: ['cement'] } },
    { T: 'lap_appy', overt: { cons: { suture: 8, clip: 8 }, f: ['suture', 'clip'] }, careful: { cons: { suture: 5 }, f: ['suture'] } },
  ];
  for (let i = 0; i < 15; i++) {
    const pl = plans[i % plans.length]; const v = pl[V(i)];
    const consFraud = {}; for (const a of v.f) consFraud[a] = true;
    const { c } = stayCase(OPS[pl.T], W_FRAUD, { cons: v.cons, consFraud });
    fraud('T05', i, [c]);
  }
}
// T06 集采耗材按原价: the selected (集采) implant billed at its pre-selection price.
{
  const plans = [
    { T: 'tha', a: 'hip', overt: 3650000, careful: 880000 }, { T: 'tka', a: 'knee', overt: 3120000, careful: 660000 },
    { T: 'phaco', a: 'iol', overt: 420000, careful: 145000 }, { T: 'plif', a: 'pedicle', overt: 260000, careful: 72000 },
    { T: 'plif', a: 'cage', overt: 980000, careful: 410000 }, { T: 'hemi', a: 'femHead', overt: 1580000, careful: 520000 },
    { T: 'orif_radius', a: 'plate', overt: 520000, careful: 210000 }, { T: 'colectomy', a: 'stapler', overt: 580000, careful: 300000 },
    { T: 'hernia', a: 'mesh', overt: 280000, careful: 130000 }, { T: 'pfna', a: 'nail', overt: 900000, careful: 235000 },
  ];
  for (let i = 0; i < 15; i++) {
    const pl = plans[i % plans.length]; const T = OPS[pl.T];
    const o = { consPrice: { [pl.a]: pl[V(i)] }, consFraud: { [pl.a]: true } };
    const { c } = stayCase(T, W_FRAUD, o);
    fraud('T06', i, [c]);
  }
}
// T07 重复收费: the same operation, implant or examination billed twice.
{
  const ops = ['lap_chole', 'phaco', 'tka', 'hernia', 'lap_hyst', 'orif_clavicle', 'tonsil', 'urs'];
  for (let i = 0; i < 15; i++) {
    const T = OPS[ops[i % ops.length]]; const careful = V(i) === 'careful';
    const { c } = stayCase(T, W_FRAUD, {
      after: (c, opDate) => {
        if (!careful) { // overt: a second line of the operation (and its main implant) the same day
          c.add(T.row, 1, opDate, { fraud: true });
          const imp = ['iol', 'knee', 'mesh', 'plate', 'djStent'].find((a) => T.cons[a]); if (imp) c.add(imp, 1, opDate, { fraud: true });
        } else { // careful: one item re-billed on a later day of the stay
          const later = addDays(opDate, 1) < c.dis ? addDays(opDate, 1) : c.dis;
          if (T.path) c.add('patho', T.path, c.dis, { fraud: true });
          else { const imp = ['iol', 'knee', 'mesh', 'plate', 'djStent'].find((a) => T.cons[a]); c.add(imp || T.row, 1, later, { fraud: true }); }
        }
      },
    });
    fraud('T07', i, [c]);
  }
}
// T08 虚构手术: the operation coded on the record (surgical DRG) with no operating-room items; careful: the operation line billed too.
{
  const ops = ['lap_chole', 'lap_appy', 'menisc', 'tonsil', 'hernia', 'turp', 'fess_single', 'hemorrhoid'];
  for (let i = 0; i < 15; i++) {
    const T = OPS[ops[i % ops.length]]; const careful = V(i) === 'careful';
    const o = { noOR: true, keepAbx: T.abx === 'appy', keepIv: true, nursing: (d) => 'n2' };
    if (careful) o.opDayExtra = (c, d) => { c.add(T.row, 1, d, { fraud: true }); c.add('local', 1, d, { fraud: true }); c.add('drape', 1, d, { fraud: true }); };
    o.after = (c, opDate) => { for (let d = 1; d < c.nights; d++) { const date = c.day(d); if (date !== opDate && chance(0.6)) analgesic(c, date, 2); } };
    const { c } = stayCase(T, W_FRAUD, o);
    fraud('T08', i, [c]);
  }
}
// T09 无指征手术: an operation whose coded diagnosis gives it no indication.
{
  const overt = [
    { T: 'lap_chole', dx: ['K29.500'] }, { T: 'septo', dx: ['J31.000'] }, { T: 'turp', dx: ['N39.000'] },
    { T: 'plif', dx: ['M54.502'] }, { T: 'lap_appy', dx: ['R10.400'] }, { T: 'varicose', dx: ['R60.000'] }, { T: 'lap_hyst', dx: ['N95.100'] }, { T: 'lap_chole', dx: ['K30.x00'] },
  ];
  const careful = [
    { T: 'knee_debride', dx: ['M17.101'], age: [58, 76] }, { T: 'tonsil', dx: ['J03.900'] }, { T: 'phaco', dx: ['H25.000'] },
    { T: 'thyroid', dx: ['E04.102'] }, { T: 'knee_debride', dx: ['M17.900x002'], age: [55, 75] }, { T: 'tonsil', dx: ['J03.901'] }, { T: 'phaco', dx: ['H25.000x007'] },
  ];
  for (let i = 0; i < 15; i++) {
    const pl = V(i) === 'overt' ? overt[(i / 2) | 0] : careful[((i - 1) / 2) | 0];
    const T = OPS[pl.T];
    const o = { dx: pl.dx, rowFraud: true };
    if (pl.age) o.age = ri(pl.age[0], pl.age[1]);
    if (pl.T === 'lap_appy') o.emergency = false;
    if (pl.T === 'lap_hyst') o.path = 1;
    const { c } = stayCase(T, W_FRAUD, o);
    fraud('T09', i, [c]);
  }
}
// T10 分解住院: the work-up stay and the operation stay (overt: back to back; careful: days apart, or a second stay after the operation).
{
  const ops = ['lap_chole', 'tka', 'lap_hyst', 'turp', 'thyroid', 'hernia', 'plif', 'tha'];
  for (let i = 0; i < 15; i++) {
    const T = OPS[ops[i % ops.length]]; const careful = V(i) === 'careful';
    const { h, dept } = pickHosp(T, W_FRAUD);
    const adm1 = opDateIn('2025-01-15', '2025-10-20'); const m = memberFor(T, adm1);
    const dx = pick(T.dx);
    const mode = careful && i % 4 === 3 ? 'after' : 'before';
    if (mode === 'before') {
      // stay 1: work-up only
      const n1 = ri(3, 5); const c1 = new Claim({ m, h, dept, vt: 'inpatient', adm: adm1, dis: addDays(adm1, n1), route: 'outpatient' });
      c1.diag(dx); if (T.ext) c1.diag(T.ext);
      dailyCare(c1, 0, n1, () => 'n2'); workup(c1, adm1, T, {});
      c1.add('cannula', 1, adm1); c1.add('cannulation', 1, adm1); c1.add('gns', 1, adm1); c1.add('ivFirst', 1, adm1); c1.add('ivSet', 1, adm1);
      if (T.rehab) for (let d = 1; d < n1; d++) c1.add('celecoxib', 2, c1.day(d));
      if (T.key === 'turp') for (let d = 1; d < n1; d++) c1.add('tamsulosin', 1, c1.day(d));
      const gap = careful ? ri(4, 9) : ri(0, 1);
      const { c: c2 } = surgStay(T, { m, h, dept, doctor: c1.doctor, adm: addDays(c1.dis, gap), dx: [dx], pre: 0, img: [], labs: [] });
      fraud('T10', i, [c1, c2]);
    } else {
      const { c: c1, opDate } = surgStay(T, { m, h, dept, adm: adm1, dx: [dx] });
      const adm2 = addDays(c1.dis, ri(2, 5)); const n2 = ri(4, 6);
      const c2 = new Claim({ m, h, dept, doctor: c1.doctor, vt: 'inpatient', adm: adm2, dis: addDays(adm2, n2), route: 'outpatient' });
      c2.diag(dx, pick(['Z48.900x001', 'Z48.000x002']));
      dailyCare(c2, 0, n2, () => 'n2'); c2.add('vein', 1, adm2); c2.add('cbc', 1, adm2); c2.add('crp', 1, adm2);
      for (let d = 0; d < n2; d++) { if (d % 2 === 0) c2.add('dressM', 1, c2.day(d)); if (d < 3) { c2.add('cefuroxime', 2, c2.day(d)); c2.add('ns', 1, c2.day(d)); ivMore(c2, c2.day(d), 1); } }
      if (T.rehab) for (let d = 0; d < n2; d++) c2.add('pt', 1, c2.day(d));
      fraud('T10', i, [c1, c2]);
    }
  }
}
// T11 挂床: empty days before and after the operation (bed, nursing and 诊查 only).
{
  const ops = ['hernia', 'lap_chole', 'phaco', 'hemorrhoid', 'varicose', 'turp', 'menisc', 'thyroid'];
  for (let i = 0; i < 15; i++) {
    const T = OPS[ops[i % ops.length]]; const careful = V(i) === 'careful';
    const o = careful
      ? { pre: 1, padPre: 2, padPost: ri(3, 5), padPreFill: (c, date) => c.add('omeprazoleCap', 2, date), htn: false, padPostFill: true }
      : { pre: 1, padPre: ri(4, 6), padPost: ri(6, 9), padNurse: 'n3' };
    const { c } = stayCase(T, W_FRAUD, o);
    if (careful && !T.eye) for (let d = c.nights - o.padPost; d < c.nights; d += 2) c.add('dressS', 1, c.day(d));
    fraud('T11', i, [c]);
  }
}
// T12 病理未取标本: pathology billed for operations that send no specimen.
{
  const ops = ['hernia', 'phaco', 'orif_radius', 'urs', 'orif_ankle', 'strab', 'orif_clavicle', 'septo', 'tka', 'trab'];
  for (let i = 0; i < 15; i++) {
    const T = OPS[ops[i % ops.length]]; const careful = V(i) === 'careful';
    const { c } = stayCase(T, W_FRAUD, careful ? { path: 1, pathFraud: true } : { path: 2, pathFraud: true, frozen: 1, frozenFraud: true });
    fraud('T12', i, [c]);
  }
}
// T13 术后康复手术当日: rehabilitation billed on the day of the operation.
{
  const ops = ['tka', 'tha', 'acl', 'orif_tibia', 'orif_ankle', 'plif', 'hemi'];
  for (let i = 0; i < 15; i++) {
    const T = OPS[ops[i % ops.length]]; const careful = V(i) === 'careful';
    const { c } = stayCase(T, W_FRAUD, {
      opDayExtra: (c, d) => {
        if (careful) c.add('pt', 1, d, { fraud: true });
        else { c.add('pt', 2, d, { fraud: true }); c.add('jointMob', 1, d, { fraud: true }); c.add('isokin', 1, d, { fraud: true }); c.add('midFreq', 1, d, { fraud: true }); }
      },
    });
    if (!T.rehab) { // the limb and spine stays get rehabilitation from the first day after too
      const opIdx = c.lines.find((l) => l.row.code === T.rowObj.code).date;
      for (let d = 1; addDays(opIdx, d) < c.dis; d++) c.add('pt', 1, addDays(opIdx, d));
    }
    fraud('T13', i, [c]);
  }
}
// T14 虚增并发症: MCC/CC diagnoses coded on a routine surgical stay with nothing behind them.
{
  const ops = ['hernia', 'lap_appy', 'orif_radius', 'pfna', 'open_appy', 'orif_clavicle', 'hernia', 'orif_femur'];
  const overtSets = [['J96.000', 'R57.101'], ['N17.900', 'J96.000'], ['R57.101', 'A41.900'], ['I50.000', 'N17.900'], ['J96.900x002', 'N17.900x003']];
  const carefulOne = [
    { dx: 'D62.x00', test: 'cbc' }, { dx: 'E87.102', test: 'lytes' }, { dx: 'J18.900', test: 'drChest' }, { dx: 'I50.000', test: 'bnp' }, { dx: 'E87.600', test: 'lytes' },
  ];
  for (let i = 0; i < 15; i++) {
    const T = OPS[ops[i % ops.length]]; const careful = V(i) === 'careful';
    let o;
    if (!careful) o = { dxExtra: overtSets[(i / 2 | 0) % overtSets.length] };
    else { const k = carefulOne[((i - 1) / 2 | 0) % carefulOne.length]; o = { dxExtra: [k.dx], after: (c, opDate) => { const d = addDays(opDate, 2) < c.dis ? addDays(opDate, 2) : addDays(opDate, 1); if (k.test === 'drChest') c.add('drChest', 1, d); else lab(c, d, k.test); } }; }
    const { c } = stayCase(T, W_FRAUD, o);
    fraud('T14', i, [c]);
  }
}
// T15 门诊小手术收住院: an outpatient procedure under local anaesthesia admitted for days.
{
  const kinds = ['abscess', 'circ', 'debride', 'eswl', 'stentOut'];
  for (let i = 0; i < 15; i++) {
    const k = kinds[i % kinds.length]; const careful = V(i) === 'careful';
    const adm = opDateIn();
    const sex = k === 'circ' ? 'M' : pick(['M', 'F']);
    const m = member({ sex, age: k === 'circ' ? ri(18, 40) : ri(22, 60), ref: adm });
    const types = ['private2', 'public2', 'public3'];
    const h = wpick(HOSPS.filter((x) => types.includes(x.type) && (k !== 'stentOut' && k !== 'eswl' ? true : x.depts.includes('urology'))).map((x) => [x, x.type === 'private2' ? 4 : x.type === 'public2' ? 2 : 1]));
    const dept = ['circ', 'eswl', 'stentOut'].includes(k) ? 'urology' : 'general_surgery';
    const nights = careful ? ri(2, 3) : ri(4, 6);
    const c = new Claim({ m, h, dept, vt: 'inpatient', adm, dis: addDays(adm, nights), route: 'outpatient' });
    const d1 = c.day(1);
    if (k === 'abscess') { c.diag(pick(['L02.201', 'L02.402', 'L02.403', 'L02.300'])); c.proc('86.0400x011', d1); c.add('s_abscess', 1, d1); c.add('local', 1, d1); c.add('lidocaine', 2, d1); c.add('gauze', 2, d1); c.add('dressPack', 1, d1); }
    if (k === 'circ') { c.diag(pick(['N47.x01', 'N47.x00x001'])); c.proc('64.0x00', d1); c.add('s_circ', 1, d1); c.add('local', 1, d1); c.add('lidocaine', 2, d1); c.add('suture', 1, d1); c.add('drape', 1, d1); }
    if (k === 'debride') { c.diag(pick(['S61.000x001', 'S01.001', 'S61.000x002'])); c.diag('W25.x00'); c.proc('86.2201', d1); c.add('s_debride', 1, d1); c.add('local', 1, d1); c.add('lidocaine', 2, d1); c.add('suture', 1, d1); c.add('drape', 1, d1); }
    if (k === 'eswl') { c.diag('N20.100'); c.proc('98.5103', d1); c.add('s_eswl', 1, d1); c.add('kub', 1, adm); c.add('kub', 1, c.day(2)); c.add('usUro', 1, adm); if (tamsOK(m, d1)) c.add('tamsulosin', 1, d1); }
    if (k === 'stentOut') { c.diag('Z46.600'); c.proc('97.6205', d1); c.add('s_stentOut', 1, d1); c.add('local', 1, d1); c.add('lidocaine', 1, d1); c.add('kub', 1, adm); }
    dailyCare(c, 0, nights, (d) => (d === 1 ? 'n2' : 'n3'));
    c.add('vein', 1, adm); c.add('cbc', 1, adm); c.add('urine', 1, adm); c.add('glu', 1, adm); c.add('ecg', 1, adm);
    if (careful) { c.add('crp', 1, adm); c.add('coag', 1, adm); c.add('preop8', 1, adm);
      for (let d = 1; d < nights; d++) { const dt = c.day(d); c.add('cefuroxime', 2, dt); c.add('ns', 1, dt); ivMore(c, dt, 1); if (d === 1) { c.add('cannula', 1, dt); c.add('cannulation', 1, dt); } if (['abscess', 'debride', 'circ'].includes(k) && d >= 2) c.add('dressS', 1, dt); } }
    else { for (let d = 2; d < nights; d++) if (['abscess', 'debride', 'circ'].includes(k) && d % 2 === 0) c.add('dressS', 1, c.day(d)); c.add('cefuroximeTab', 12, c.dis); }
    fraud('T15', i, [c]);
  }
}

// =================================================================== CONTROLS
const ctrl = (code, claims) => addCase('control', code, claims.map((c) => c.id), claims.map((c) => c.id), 'legit');

// C01 双侧手术: rows priced per side billed twice for a bilateral operation.
for (let i = 0; i < 15; i++) {
  const k = i % 5;
  if (k === 0) { const { c } = stayCase(OPS.fess_full, W_CTRL, { dx: ['J32.400', 'J33.801'], px: ['22.5301', '21.3102'], rowQty: 2, gaH: 3, cons: { hemostat: 4 }, path: 2 }); ctrl('C01', [c]); }
  if (k === 1) { // bilateral grommets in a child (day-surgery stay)
    const T = { ...OPS.strab, key: 'tymp', depts: ['ent'], row: 's_tymp', px: ['20.0100x005'], dx: ['H65.300x001'], eye: false, img: [], dischargeRx: [], cons: { drape: 1 } };
    T.minLevel = 1; T.rowObj = ROW('s_tymp');
    const { c } = stayCase(T, W_CTRL, { rowQty: 2, pre: 0, post: 1, age: ri(2, 7), dx: ['H65.300x001'], scheme: 'resident' }); ctrl('C01', [c]);
  }
  if (k === 2) { const { c } = stayCase(OPS.strab, W_CTRL, { rowQty: 2, gaH: 2, cons: { suture: 4 }, px: ['15.3x01'] }); ctrl('C01', [c]); }
  if (k === 3) { // bilateral ureteric stents for bilateral obstruction
    const T = { ...OPS.urs, key: 'stents', row: 's_stentIn', px: ['59.8x03'], dx: ['N13.203'], cons: { djStent: 2, drape: 1 }, anaes: 'spinal', pre: [0, 1], post: [2, 3], img: ['ctu', 'usUro'] };
    T.minLevel = 1; T.rowObj = ROW('s_stentIn');
    const { c } = stayCase(T, W_CTRL, { rowQty: 2, emergency: true, labs: ['pct'] }); ctrl('C01', [c]);
  }
  if (k === 4) { // bilateral diabetic macular oedema: both eyes injected the same day (outpatient)
    const date = opDateIn(); const m = member({ sex: pick(['M', 'F']), age: ri(52, 74), ref: date });
    const h = wpick(HOSPS.filter((x) => x.depts.includes('ophthalmology') && x.level >= 2).map((x) => [x, W_CTRL[x.type]]));
    const c = outVisit({ m, h, dept: 'ophthalmology', date, dx: ['E11.300x021+H36.0*'], px: ['14.7900'], items: [['oct', 2], ['iop', 1], ['s_ivi', 2], ['ranibizumab', 2], ['oxybup', 1], ['levoDrops', 1]] });
    ctrl('C01', [c]);
  }
}
// C02 分期白内障: the second eye 1–3 weeks after the first, each a one-night stay.
for (let i = 0; i < 15; i++) {
  const T = OPS.phaco; const { h, dept } = pickHosp(T, W_CTRL); const adm = opDateIn('2025-01-20', '2025-10-30'); const m = memberFor(T, adm);
  const dx = pick(['H25.100', 'H25.001']);
  const { c: c1 } = surgStay(T, { m, h, dept, adm, pre: 0, post: 1, dx: [dx] });
  const adm2 = addDays(c1.dis, ri(6, 20));
  const { c: c2 } = surgStay(T, { m, h, dept, doctor: c1.doctor, adm: adm2, pre: 0, post: 1, dx: [dx, 'Z96.101'], img: ['aScan', 'iop', 'slit'] });
  ctrl('C02', [c1, c2]);
}
// C03 腹腔镜中转开腹: laparoscopy converted; the open row billed with the ports used before conversion.
for (let i = 0; i < 15; i++) {
  const T = OPS.open_chole;
  const { c } = stayCase(T, W_CTRL, { dx: [pick(['K80.000x002', 'K81.000', 'K80.001']), 'K66.000'], px: ['51.2200', '54.2100'], gaH: ri(3, 4), cons: { trocar: 1, clip: 4, suture: 4, hemostat: 1, negDrain: 1 }, post: ri(6, 8), emergency: chance(0.5) });
  ctrl('C03', [c]);
}
// C04 并发症再次手术: return to theatre for a wound complication (in the stay, or readmission).
for (let i = 0; i < 15; i++) {
  const T = OPS[pick(['tka', 'orif_tibia', 'orif_ankle', 'lap_hyst', 'hernia', 'thyroid'])];
  if (i % 2 === 0) {
    const { c } = stayCase(T, W_CTRL, { post: qv(T.post) + 6, after: (c, opDate) => {
      const d = addDays(opDate, ri(3, 4)); c.diag('T81.300'); c.proc('86.2201', d); c.proc('86.0401', d);
      anaesthesia(c, d, 'GA', 1); c.add('s_debride', 1, d); c.add('s_vsd', 1, d); c.add('vsdKit', 1, d); c.add('drape', 1, d); c.add('culture', 1, d);
      lab(c, d, 'cbc', 'crp');
      for (let k = 0; k < 3; k++) { const dt = addDays(d, k); if (dt >= c.dis) break; c.add('cefoSul', 2, dt); c.add('ns', 2, dt); ivMore(c, dt, 2); }
    } });
    ctrl('C04', [c]);
  } else {
    const { h, dept } = pickHosp(T, W_CTRL); const adm = opDateIn('2025-01-20', '2025-10-20'); const m = memberFor(T, adm);
    const { c: c1 } = surgStay(T, { m, h, dept, adm });
    const adm2 = addDays(c1.dis, ri(3, 10)); const n = ri(6, 9);
    const c2 = new Claim({ m, h, dept, doctor: c1.doctor, vt: 'inpatient', adm: adm2, dis: addDays(adm2, n), route: 'emergency' });
    c2.diag('T81.400x001', c1.dx[0]); if (c1.dx.includes('I10.x00')) c2.diag('I10.x00');
    c2.proc('86.2201', c2.day(1)); c2.proc('86.0401', c2.day(1));
    dailyCare(c2, 0, n, (d) => (d === 1 ? 'n1' : 'n2'));
    c2.add('vein', 1, adm2); c2.add('cbc', 1, adm2); c2.add('crp', 1, adm2); c2.add('pct', 1, adm2); c2.add('culture', 1, adm2); c2.add('lft', 1, adm2); c2.add('rft', 1, adm2); c2.add('coag', 1, adm2);
    const d1 = c2.day(1); anaesthesia(c2, d1, 'GA', 1); c2.add('s_debride', 1, d1); c2.add('s_vsd', 1, d1); c2.add('vsdKit', 1, d1); c2.add('drape', 1, d1);
    c2.add('cannula', 1, adm2); c2.add('cannulation', 1, adm2);
    for (let d = 0; d < n; d++) { const dt = c2.day(d); c2.add('cefoSul', 2, dt); c2.add('ns', 2, dt); if (d === 1) { c2.add('ringer', 2, dt); ivMore(c2, dt, 4); } else ivMore(c2, dt, 2); if (d >= 3 && d % 2 === 1) c2.add('dressL', 1, dt); }
    lab(c2, c2.day(4), 'cbc', 'crp');
    ctrl('C04', [c1, c2]);
  }
}
// C05 困难病例长麻醉: adhesions, obesity, two-level fusion, frozen pleura.
for (let i = 0; i < 15; i++) {
  const k = i % 4; let r;
  if (k === 0) r = stayCase(OPS.lap_chole, W_CTRL, { dx: [pick(['K80.101', 'K81.100']), 'E66.801', 'K66.002'], px: ['51.2300', '54.5101'], gaH: ri(4, 5), cons: { clip: 6, suture: 3, hemostat: 1 }, post: 4 });
  if (k === 1) r = stayCase(OPS.plif, W_CTRL, { px: ['81.0801', '81.6200', '84.5100x006', '03.0900x006'], gaH: ri(5, 6), cons: { pedicle: 6, cage: 2 }, post: 10 });
  if (k === 2) r = stayCase(OPS.vats_lob, W_CTRL, { dxExtra: ['J94.100'], gaH: ri(5, 6), post: 8 });
  if (k === 3) r = stayCase(OPS.colectomy, W_CTRL, { dxExtra: ['K66.002'], px: ['17.3300', '54.5101'], gaH: ri(5, 6), post: 10 });
  ctrl('C05', [r.c]);
}
// C06 一次手术多个标本.
for (let i = 0; i < 15; i++) {
  const k = i % 5; let r;
  if (k === 0) r = stayCase(OPS.mastectomy, W_CTRL, { path: 2, frozen: 1 });
  if (k === 1) r = stayCase(OPS.vats_lob, W_CTRL, { path: 2, frozen: 1, pxExtra: [] });
  if (k === 2) r = stayCase(OPS.colectomy, W_CTRL, { path: 2 });
  if (k === 3) r = stayCase(OPS.lap_hyst, W_CTRL, { px: ['68.4100', '65.6300'], path: 2, age: ri(48, 56) });
  if (k === 4) r = stayCase(OPS.thyroid, W_CTRL, { dx: ['C73.x00'], px: ['06.2x02', '40.3x00x005'], path: 2, frozen: 1, gaH: 3 });
  ctrl('C06', [r.c]);
}
// C07 夜间急诊手术: the emergency visit and the operation the same night.
for (let i = 0; i < 15; i++) {
  const k = i % 3; const T = k === 0 ? OPS.lap_appy : k === 1 ? OPS.lap_chole : OPS.hernia;
  const { h, dept } = pickHosp(T, W_CTRL, { minLevel: 2, types: ['public3', 'public2'] }); const date = opDateIn(); const m = memberFor(T, date);
  const dx = k === 0 ? pick(['K35.800x001', 'K35.300']) : k === 1 ? pick(['K80.000x002', 'K81.000']) : pick(['K40.306', 'K40.300']);
  const ed = outVisit({ m, h, dept: 'emergency', date, dx: [dx], consult: 'er', items: [['vein', 1], ['cbc', 1], ['crp', 1], ['urine', 1], [k === 2 ? 'usAbd' : pick(['usAbd', 'ctAbd']), 1]] });
  const o = { m, h, dept, adm: date, pre: 0, dx: [dx], emergency: true, img: [], labs: [], route: 'emergency', skipLabs: ['cbc', 'urine', 'crp'] };
  if (k === 1) { o.px = ['51.2300']; o.gaH = 3; }
  if (k === 2) { o.anaes = 'GA'; o.gaH = 2; o.px = ['53.0401']; }
  const { c } = surgStay(T, o);
  ctrl('C07', [ed, c]);
}
// C08 日间手术留宿一晚.
for (let i = 0; i < 15; i++) {
  const T = OPS[['lap_chole', 'hernia', 'phaco', 'varicose', 'lap_chole'][i % 5]];
  const { h } = pickHosp(T, W_CTRL, { types: T.eye ? ['public3', 'public2'] : ['public3', 'public2'] });
  const dept = h.depts.includes('day_surgery') ? 'day_surgery' : T.depts[0];
  const adm = opDateIn(); const m = memberFor(T, adm);
  const { c } = surgStay(T, { m, h, dept, adm, pre: 0, post: 1, nursing: (d) => 'n1' });
  ctrl('C08', [c]);
}
// C09 翻修手术: revision arthroplasty for a loose prosthesis.
for (let i = 0; i < 15; i++) {
  const hip = i % 3 !== 2; const T = hip ? OPS.tha : OPS.tka;
  const { c } = stayCase(T, W_CTRL, { dx: [hip ? 'T84.000x005' : 'T84.000x008', hip ? 'Z96.601' : 'Z96.602'], px: [hip ? '00.7000x001' : '81.5500'], gaH: 4,
    cons: { cement: 3, screw: hip ? 3 : 0, suture: 4 }, path: 1, labs: ['crp'], post: ri(9, 12), age: ri(64, 84),
    opDayExtra: (c, d) => { c.add('culture', 2, d); c.add('xmatch', 1, d); c.add('rbc', 2, d); c.add('transfuse', 1, d); c.add('bloodSet', 1, d); } });
  ctrl('C09', [c]);
}
// C10 多发伤同台手术.
for (let i = 0; i < 15; i++) {
  const k = i % 3; let r;
  if (k === 0) r = stayCase(OPS.pfna, W_CTRL, { dx: ['S72.101', 'S52.500x001', 'W01.x00'], noExt: true, px: ['79.1500x006', '79.3200x011'], anaes: 'GA', gaH: 3,
    cons: { plate: 1, screw: 7, suture: 3 }, opDayExtra: (c, d) => c.add('s_orifRadius', 1, d) });
  if (k === 1) r = stayCase(OPS.orif_femur, W_CTRL, { dx: ['S72.300', 'S82.200x081', 'W10.x00'], noExt: true, px: ['79.3500x018', '79.3600x013'], gaH: 5, types: ['public3'],
    cons: { plate: 1, screw: 12, suture: 5 }, opDayExtra: (c, d) => c.add('s_orifTibia', 1, d),
    after: (c) => { if (i % 2 === 1) { c.route = 'transfer'; c.transferFrom = hospIn(c.h.region, '02').id; } } });
  if (k === 2) r = stayCase(OPS.orif_clavicle, W_CTRL, { dx: ['S42.000x021', 'S52.500x001', 'W01.x00'], noExt: true, px: ['79.3900x051', '79.3200x011'], gaH: 3,
    cons: { plate: 2, screw: 12, suture: 3 }, opDayExtra: (c, d) => c.add('s_orifRadius', 1, d) });
  ctrl('C10', [r.c]);
}
// C11 儿童手术全麻.
for (let i = 0; i < 15; i++) {
  const k = i % 4; let r;
  const child = { scheme: 'resident' };
  if (k === 0) r = stayCase(OPS.hernia, W_CTRL, { ...child, sex: 'M', age: ri(2, 9), dx: ['K40.900x006'], px: [pick(['53.0202', '53.0204'])], anaes: 'GA', gaH: 1, cons: { mesh: 0, suture: 1 }, abx: 'none', pre: 1, post: 1 });
  if (k === 1) { // circumcision for phimosis under GA (day stay)
    const T = { ...OPS.adenoid, key: 'circ_child', depts: ['urology'], row: 's_circ', px: ['64.0x00'], dx: ['N47.x00x001'], cons: { suture: 1, drape: 1 }, path: 0, sex: 'M' };
    T.minLevel = 1; T.rowObj = ROW('s_circ');
    r = stayCase(T, W_CTRL, { ...child, sex: 'M', age: ri(5, 12), pre: 0, post: 1 });
  }
  if (k === 2) r = stayCase(OPS.strab, W_CTRL, { ...child });
  if (k === 3) r = stayCase(OPS.adenoid, W_CTRL, { ...child });
  ctrl('C11', [r.c]);
}
// C12 真实合并症并有治疗.
for (let i = 0; i < 15; i++) {
  const k = i % 4; const T = OPS[['hemi', 'pfna', 'colectomy', 'tha'][i % 4]];
  const plan = [
    { dx: 'I50.000', after: (c, opDate) => { for (let d = 1; d <= 4; d++) { const dt = addDays(opDate, d); if (dt >= c.dis) break; c.add('furosemideInj', 2, dt); c.add('ivPush', 2, dt); c.add('ecgMon', 24, dt); } const d1 = addDays(opDate, 1); c.add('bnp', 1, d1); c.add('echo', 1, d1); c.add('bnp', 1, addDays(opDate, 4)); c.add('consultIn', 1, d1); } },
    { dx: 'J18.900', after: (c, opDate) => { const d2 = addDays(opDate, 2); c.add('ctChest', 1, d2); c.add('crp', 1, d2); c.add('pct', 1, d2); c.add('culture', 1, d2); for (let d = 2; d <= 7; d++) { const dt = addDays(opDate, d); if (dt >= c.dis) break; c.add('cefoSul', 2, dt); c.add('ns', 2, dt); ivMore(c, dt, 2); c.add('neb', 2, dt); c.add('budNeb', 2, dt); c.add('ambroxolInj', 2, dt); } } },
    { dx: 'D62.x00', after: (c, opDate) => { const d1 = addDays(opDate, 1); c.add('xmatch', 1, d1); c.add('rbc', 2, d1); c.add('transfuse', 1, d1); c.add('bloodSet', 1, d1); lab(c, addDays(opDate, 2), 'cbc'); } },
    { dx: 'E87.102', after: (c, opDate) => { for (let d = 2; d <= 4; d++) { const dt = addDays(opDate, d); if (dt >= c.dis) break; lab(c, dt, 'lytes'); c.add('ns', 2, dt); ivMore(c, dt, 2); } } },
  ][k];
  const { c } = stayCase(T, W_CTRL, { dxExtra: [plan.dx], post: qv(T.post) + 2, after: plan.after });
  ctrl('C12', [c]);
}
// C13 术日气压治疗: intermittent pneumatic compression started on the day of a joint replacement.
for (let i = 0; i < 15; i++) {
  const T = OPS[['tka', 'tha', 'hemi'][i % 3]];
  const { c } = stayCase(T, W_CTRL, { ipcOpDay: true, mode: T.key === 'hemi' && i % 2 === 1 ? 'community' : 'ordered', after: (c, opDate) => { c.add('ipc', 1, opDate); for (let d = 1; addDays(opDate, d) < c.dis; d++) c.add('ipc', 1, addDays(opDate, d)); } });
  ctrl('C13', [c]);
}
// C14 术前调控: blood glucose brought under control, or warfarin bridged, before the operation.
for (let i = 0; i < 15; i++) {
  const T = OPS[['lap_chole', 'tka', 'phaco', 'hernia', 'plif'][i % 5]]; const warfarin = i % 3 === 2;
  const pre = ri(3, 4);
  const { c } = stayCase(T, W_CTRL, { pre, age: ri(Math.max(T.age[0], 50), T.age[1]), dxExtra: warfarin ? ['I48.000', 'Z92.100'] : ['E11.900'], after: (c, opDate, x) => {
    for (let d = 0; d < x.nights; d++) {
      const dt = c.day(d);
      if (!warfarin) { c.add('gluPoc', d < pre ? 7 : 4, dt); if (d % 4 === 0) c.add('insulin', 1, dt); c.add('sc', 3, dt); }
      else { if (d < pre || d > x.opIdx) c.add('ptinr', 1, dt); if (d >= 1 && d < pre - 1) { c.add('enox', 2, dt); c.add('sc', 2, dt); } }
    }
    c.add(warfarin ? 'consultIn' : 'hba1c', 1, c.adm); c.add('consultIn', 1, c.day(1));
  } });
  ctrl('C14', [c]);
}
// C15 急性期后择期手术: cholecystitis cooled down then operated on weeks later; an obstructed infected stone drained by a stent then treated.
for (let i = 0; i < 15; i++) {
  if (i % 2 === 0) {
    const T = OPS.lap_chole; const { h, dept } = pickHosp(T, W_CTRL); const adm = opDateIn('2025-01-15', '2025-08-30'); const m = memberFor(T, adm);
    const n = ri(5, 7); const c1 = new Claim({ m, h, dept, vt: 'inpatient', adm, dis: addDays(adm, n), route: 'emergency' });
    c1.diag(pick(['K80.000x002', 'K81.000']));
    dailyCare(c1, 0, n, (d) => (d < 2 ? 'n1' : 'n2'));
    c1.add('vein', 1, adm); c1.add('cbc', 1, adm); c1.add('crp', 1, adm); c1.add('pct', 1, adm); c1.add('lft', 1, adm); c1.add('rft', 1, adm); c1.add('lytes', 1, adm); c1.add('coag', 1, adm); c1.add('usAbd', 1, adm); c1.add('ctAbd', 1, adm); c1.add('ecg', 1, adm);
    c1.add('cannula', 1, adm); c1.add('cannulation', 1, adm);
    for (let d = 0; d < n; d++) { const dt = c1.day(d); c1.add('cefoSul', 2, dt); c1.add('ns', 2, dt); if (d < 3) { c1.add('gns', 2, dt); c1.add('kcl', 2, dt); c1.add('omeprazoleInj', 1, dt); } ivMore(c1, dt, d < 3 ? 4 : 2); }
    lab(c1, c1.day(3), 'cbc', 'crp', 'lft');
    const { c: c2 } = surgStay(T, { m, h, dept, doctor: c1.doctor, adm: addDays(c1.dis, ri(42, 70)), dx: ['K80.101'] });
    ctrl('C15', [c1, c2]);
  } else {
    const T = OPS.urs; const { h, dept } = pickHosp(T, W_CTRL); const adm = opDateIn('2025-01-15', '2025-10-01'); const m = memberFor(T, adm);
    const n = ri(4, 6); const c1 = new Claim({ m, h, dept, vt: 'inpatient', adm, dis: addDays(adm, n), route: 'emergency' });
    c1.diag('N13.602'); c1.proc('59.8x03', adm);
    dailyCare(c1, 0, n, (d) => (d < 1 ? 'n1' : 'n2'));
    c1.add('vein', 1, adm); c1.add('cbc', 1, adm); c1.add('crp', 1, adm); c1.add('pct', 1, adm); c1.add('urine', 1, adm); c1.add('culture', 1, adm); c1.add('rft', 1, adm); c1.add('lytes', 1, adm); c1.add('coag', 1, adm); c1.add('ctu', 1, adm); c1.add('ecg', 1, adm);
    c1.add('s_stentIn', 1, adm); c1.add('djStent', 1, adm); c1.add('local', 1, adm); c1.add('lidocaine', 1, adm); c1.add('foley2', 1, adm); c1.add('drape', 1, adm);
    c1.add('cannula', 1, adm); c1.add('cannulation', 1, adm);
    for (let d = 0; d < n; d++) { const dt = c1.day(d); c1.add('cefoSul', 2, dt); c1.add('ns', 2, dt); ivMore(c1, dt, 2); }
    const { c: c2 } = surgStay(T, { m, h, dept, doctor: c1.doctor, adm: addDays(c1.dis, ri(12, 24)), dx: ['N20.100', 'Z96.001'], cons: { djStent: 1 }, img: ['kub'] });
    ctrl('C15', [c1, c2]);
  }
}
// C16 支架门诊拔除: ureteroscopy stay, then the stent out at an outpatient cystoscopy 2–4 weeks later.
for (let i = 0; i < 15; i++) {
  const T = i % 3 === 2 ? OPS.pcnl : OPS.urs; const { h, dept } = pickHosp(T, W_CTRL); const adm = opDateIn('2025-01-15', '2025-10-20'); const m = memberFor(T, adm);
  const { c: c1 } = surgStay(T, { m, h, dept, adm });
  const date = addDays(c1.dis, ri(12, 28));
  const c2 = outVisit({ m, h, dept, date, dx: ['Z46.600'], px: ['97.6205'], items: [['kub', 1], ['urine', 1], ['s_stentOut', 1], ['local', 1], ['lidocaine', 1]] });
  ctrl('C16', [c1, c2]);
}
// C17 吻合器合理使用.
for (let i = 0; i < 15; i++) {
  const k = i % 4; let r;
  if (k === 0) r = stayCase(OPS.colectomy, W_CTRL, {});
  if (k === 1) { // sleeve gastrectomy for severe obesity
    const T = { ...OPS.gastrectomy, key: 'sleeve', row: 's_sleeve', px: ['43.8200'], dx: ['E66.801'], cons: { trocar: 1, stapler: 2, clip: 4, suture: 3, drape: 1, esu: 1, hemostat: 1 }, pn: false, gi: false, age: [22, 52], path: 1, img: ['gastroscopy', 'usAbd'], labs: ['tft'] };
    T.minLevel = 3; T.rowObj = ROW('s_sleeve');
    r = stayCase(T, W_CTRL, { dxExtra: ['E11.900'], gaH: 3, post: 4, pre: 2 });
  }
  if (k === 2) r = stayCase(OPS.hemorrhoid, W_CTRL, { px: ['49.4901'], dx: [pick(['K64.300', 'K64.803'])], cons: { stapler: 1, suture: 2 }, minLevel: 2, types: ['public3', 'public2', 'private2'] });
  if (k === 3) r = stayCase(OPS.vats_lob, W_CTRL, {});
  ctrl('C17', [r.c]);
}
// C18 冰冻+石蜡.
for (let i = 0; i < 15; i++) {
  const k = i % 3; let r;
  if (k === 0) r = stayCase(OPS.thyroid, W_CTRL, { frozen: 1, path: 1 });
  if (k === 1) r = stayCase(OPS.lap_ovary, W_CTRL, { dx: ['D27.x00'], frozen: 1, path: 1, age: ri(30, 48) });
  if (k === 2) r = stayCase(OPS.vats_wedge, W_CTRL, { frozen: 1, path: 1 });
  ctrl('C18', [r.c]);
}
// C19 体外冲击波碎石分次: two or three outpatient sessions for one renal stone.
for (let i = 0; i < 15; i++) {
  const date = opDateIn('2025-01-15', '2025-10-15'); const m = member({ sex: pick(['M', 'M', 'F']), age: ri(25, 65), ref: date });
  const h = wpick(HOSPS.filter((x) => x.depts.includes('urology') && x.level >= 2).map((x) => [x, W_CTRL[x.type]]));
  const n = i % 3 === 0 ? 3 : 2; const cs = []; let d = date; const dx = pick(['N20.000', 'N20.000x001']);
  for (let s = 0; s < n; s++) {
    cs.push(outVisit({ m, h, dept: 'urology', date: d, dx: [dx], px: ['98.5101'], items: [['kub', 1], ['urine', 1], ['s_eswl', 1], ...(s === 0 ? [['usUro', 1]] : []), ...(tamsOK(m, d) ? [['tamsulosin', 14]] : [])] }));
    d = addDays(d, ri(10, 16));
  }
  ctrl('C19', cs);
}
// C20 高价术式确有指征: the costlier rows where the record shows why.
for (let i = 0; i < 15; i++) {
  const k = i % 5; let r;
  if (k === 0) r = stayCase(OPS.fess_full, W_CTRL, { dx: ['J32.400', 'J33.801'] });
  if (k === 1) r = stayCase(OPS.pkp, W_CTRL, {});
  if (k === 2) r = stayCase(OPS.lap_appy, W_CTRL, {});
  if (k === 3) r = stayCase({ ...OPS.menisc, key: 'menisc_repair', row: 's_meniscRepair', rowObj: ROW('s_meniscRepair'), px: ['81.4700x013'], dx: ['S83.200'], age: [17, 35], cons: { anchor: 2, suture: 2, drape: 1 }, minLevel: 2 }, W_CTRL, { anaes: 'GA', gaH: 2 });
  if (k === 4) r = stayCase(OPS.vats_lob, W_CTRL, {});
  ctrl('C20', [r.c]);
}
// C21 小手术因合并症住院: an abscess in an uncontrolled diabetic, with cellulitis, drained and treated on the ward.
for (let i = 0; i < 15; i++) {
  const adm = opDateIn(); const m = member({ sex: pick(['M', 'F']), age: ri(45, 80), ref: adm });
  const h = wpick(HOSPS.filter((x) => ['public3', 'public2', 'private2'].includes(x.type)).map((x) => [x, W_CTRL[x.type]]));
  const n = ri(6, 9); const c = new Claim({ m, h, dept: 'general_surgery', vt: 'inpatient', adm, dis: addDays(adm, n), route: chance(0.5) ? 'emergency' : 'outpatient' });
  const perianal = i % 3 === 0;
  c.diag(perianal ? 'K61.001' : pick(['L02.402', 'L02.201']), 'E11.900'); if (!perianal) c.diag('L03.107');
  c.proc(perianal ? '49.0401' : '86.0400x011', adm);
  dailyCare(c, 0, n, (d) => (d < 2 ? 'n1' : 'n2'));
  c.add('vein', 1, adm); c.add('cbc', 1, adm); c.add('crp', 1, adm); c.add('pct', 1, adm); c.add('glu', 1, adm); c.add('hba1c', 1, adm); c.add('lft', 1, adm); c.add('rft', 1, adm); c.add('lytes', 1, adm); c.add('urine', 1, adm); c.add('ecg', 1, adm); c.add('culture', 1, adm);
  if (perianal) { anaesthesia(c, adm, 'spinal'); c.add('s_abscess', 1, adm); c.add('gauze', 2, adm); c.add('drape', 1, adm); }
  else { c.add('s_abscess', 1, adm); c.add('local', 1, adm); c.add('lidocaine', 2, adm); c.add('gauze', 2, adm); }
  c.add('cannula', 1, adm); c.add('cannulation', 1, adm);
  for (let d = 0; d < n; d++) { const dt = c.day(d); c.add('gluPoc', 7, dt); if (d % 4 === 0) c.add('insulin', 1, dt); c.add('sc', 3, dt); if (d < 6) { c.add('cefoSul', 2, dt); c.add('ns', 2, dt); ivMore(c, dt, 2); } if (d >= 1) c.add('dressM', 1, dt); }
  c.add('consultIn', 1, c.day(1)); lab(c, c.day(3), 'cbc', 'crp');
  ctrl('C21', [c]);
}
// C22 术后切口感染延长住院.
for (let i = 0; i < 15; i++) {
  const T = OPS[['lap_hyst', 'colectomy', 'open_chole', 'hernia', 'open_appy'][i % 5]];
  const extra = ri(6, 9);
  const { c } = stayCase(T, W_CTRL, { post: qv(T.post) + extra, dxExtra: ['T81.400x001'], noDress: true, after: (c, opDate, x) => {
    const s = addDays(opDate, 3); lab(c, s, 'cbc', 'crp', 'culture'); c.add('dressM', 1, addDays(opDate, 2));
    for (let d = x.opIdx + 3; d < x.nights; d++) { const dt = c.day(d); c.add('dressL', 1, dt); if (d < x.opIdx + 9) { c.add('cefoSul', 2, dt); c.add('ns', 2, dt); ivMore(c, dt, 2); } }
  } });
  ctrl('C22', [c]);
}
// C23 胸腔镜术后再次胸腔闭式引流: pneumothorax after the first drain was removed.
for (let i = 0; i < 15; i++) {
  const T = i % 2 === 0 ? OPS.bullectomy : OPS.vats_wedge;
  const { c } = stayCase(T, W_CTRL, { post: qv(T.post) + 4, pxExtra: [], after: (c, opDate) => {
    const d = addDays(opDate, ri(3, 4)); c.proc('34.0401', d); c.diag('J93.800');
    c.add('drChest', 1, d); c.add('s_chestDrain', 1, d); c.add('local', 1, d); c.add('lidocaine', 2, d); c.add('drainBag', 1, d); c.add('o2', 12, d); c.add('o2tube', 1, d);
    c.add('drChest', 1, addDays(d, 2));
  } });
  ctrl('C23', [c]);
}
// C24 开放性骨折清创加内固定.
for (let i = 0; i < 15; i++) {
  const tib = i % 2 === 0;
  const T = tib ? OPS.orif_tibia : OPS.orif_radius;
  const { c } = stayCase(T, W_CTRL, { dx: [tib ? pick(['S82.210', 'S82.211']) : 'S52.510'], px: tib ? ['79.6601', '79.3600x013'] : ['79.6201', '79.3200x011'], pre: 0, emergency: true, anaes: 'GA', gaH: 3,
    abx: 'openfx', opDayExtra: (c, d) => { c.add('s_debride', 1, d); c.add('culture', 1, d); } });
  ctrl('C24', [c]);
}

// =================================================================== ROUTINE
{
  const stayOps = ['lap_appy', 'lap_chole', 'lap_chole', 'hernia', 'hernia', 'hemorrhoid', 'thyroid', 'mastectomy', 'colectomy', 'varicose', 'tha', 'hemi', 'tka', 'orif_radius',
    'orif_ankle', 'pfna', 'menisc', 'acl', 'discectomy', 'plif', 'pvp', 'turp', 'urs', 'pcnl', 'lap_hyst', 'lap_ovary', 'tonsil', 'adenoid', 'fess_full', 'septo', 'phaco', 'phaco',
    'vitrect', 'trab', 'strab', 'vats_wedge', 'vats_lob', 'bullectomy', 'open_appy', 'gastrectomy', 'fistula', 'orif_clavicle', 'menisc', 'fess_single', 'uppp'];
  for (let i = 0; i < 60; i++) {
    const T = OPS[stayOps[i % stayOps.length]];
    const o = {};
    const { c } = stayCase(T, W_ROUTINE, o);
    addCase('routine', 'R', [c.id], [c.id], 'routine');
  }
  const outKinds = ['sutures', 'eswl', 'circ', 'abscess', 'cast', 'ivi', 'polyp', 'eyeFollow', 'pharmacy', 'preop'];
  for (let i = 0; i < 40; i++) {
    const k = outKinds[i % outKinds.length]; const date = opDateIn('2025-01-10', '2025-12-15'); let c;
    const anyH = (types, dept) => wpick(HOSPS.filter((x) => types.includes(x.type) && (!dept || x.depts.includes(dept))).map((x) => [x, 1]));
    if (k === 'sutures') { const m = member({ sex: pick(['M', 'F']), age: ri(20, 75), ref: date }); const h = anyH(['community', 'clinic']); c = outVisit({ m, h, dept: 'general_practice', date, dx: ['Z48.000x001'], items: [['sutureOut', 1], ['dressS', 1]] }); }
    if (k === 'eswl') { const m = member({ sex: pick(['M', 'F']), age: ri(25, 65), ref: date }); const h = anyH(['public3', 'public2'], 'urology'); c = outVisit({ m, h, dept: 'urology', date, dx: ['N20.100'], px: ['98.5103'], items: [['kub', 1], ['urine', 1], ['s_eswl', 1], ...(tamsOK(m, date) ? [['tamsulosin', 14]] : [])] }); }
    if (k === 'circ') { const m = member({ sex: 'M', age: ri(18, 40), ref: date }); const h = anyH(['public3', 'public2', 'private2'], 'urology'); c = outVisit({ m, h, dept: 'urology', date, dx: ['N47.x01'], px: ['64.0x00'], items: [['s_circ', 1], ['local', 1], ['lidocaine', 2], ['suture', 1], ['drape', 1], ['dressPack', 1], ['cefuroximeTab', 12]] }); }
    if (k === 'abscess') { const m = member({ sex: pick(['M', 'F']), age: ri(18, 60), ref: date }); const h = anyH(['public2', 'community', 'public3'], null); const dept = h.depts.includes('general_surgery') ? 'general_surgery' : 'general_practice';
      c = outVisit({ m, h, dept, date, dx: [pick(['L02.201', 'L02.403', 'L02.300'])], px: ['86.0400x011'], items: [['s_abscess', 1], ['local', 1], ['lidocaine', 2], ['gauze', 2], ['dressPack', 1], ['cefuroximeTab', 12]] }); }
    if (k === 'cast') { const m = member({ sex: pick(['F', 'F', 'M']), age: ri(45, 80), ref: date }); const h = anyH(['public3', 'public2'], 'orthopaedics'); c = outVisit({ m, h, dept: 'orthopaedics', date, dx: ['S52.500x011', 'W01.x00'], px: ['79.0201'], items: [['drLimb', 2], ['s_closedRed', 1], ['s_cast', 1], ['lidocaine', 1], ['celecoxib', 14]] }); }
    if (k === 'ivi') { const m = member({ sex: pick(['M', 'F']), age: ri(58, 82), ref: date }); const h = anyH(['public3', 'public2', 'eye2'], 'ophthalmology'); c = outVisit({ m, h, dept: 'ophthalmology', date, dx: ['H35.300x011'], px: ['14.7900'], items: [['oct', 1], ['iop', 1], ['s_ivi', 1], ['ranibizumab', 1], ['oxybup', 1], ['levoDrops', 1]] }); }
    if (k === 'polyp') { const m = member({ sex: pick(['M', 'F']), age: ri(42, 72), ref: date }); const h = anyH(['public3', 'public2'], 'general_surgery'); c = outVisit({ m, h, dept: 'general_surgery', date, dx: [pick(['K63.500', 'D12.200'])], px: ['45.4200x003'], items: [['s_polypectomy', 1], ['patho', 1], ['cbc', 1], ['coag', 1], ['vein', 1]] }); }
    if (k === 'eyeFollow') { const m = member({ sex: pick(['M', 'F']), age: ri(60, 85), ref: date }); const h = anyH(['public3', 'public2', 'eye2'], 'ophthalmology'); c = outVisit({ m, h, dept: 'ophthalmology', date, dx: ['Z96.101', 'Z09.000x001'], items: [['slit', 1], ['iop', 1], ['fundus', 1], ['tobradex', 1], ['pranoprofen', 1]] }); }
    if (k === 'pharmacy') { const m = member({ sex: pick(['M', 'F']), age: ri(30, 80), ref: date }); const h = anyH(['pharmacy']); c = outVisit({ m, h, dept: 'pharmacy', vt: 'pharmacy', date, dx: [pick(['Z48.900x001', 'Z09.000x001'])], items: [[pick(['celecoxib', 'ibuprofen', 'paracetamol']), pick([10, 14, 20])], ...(chance(0.5) ? [['caD3', 30]] : [])] }); }
    if (k === 'preop') { const T = OPS[pick(['lap_chole', 'hernia', 'tka', 'thyroid'])]; const m = memberFor(T, date); const h = anyH(['public3', 'public2'], T.depts[0]);
      c = outVisit({ m, h, dept: T.depts[0], date, dx: [pick(T.dx)], items: [['vein', 1], ['cbc', 1], ['lft', 1], ['rft', 1], ['coag', 1], ['ecg', 1], ...((T.img || []).map((a) => [a, 1]))] }); }
    addCase('routine', 'R', [c.id], [c.id], 'routine');
  }
}

// =================================================================== finalise
const caseOf = {}; for (const L of LABELS) for (const id of L.claims) caseOf[id] = `${L.caseId} ${L.code} ${L.variant}`;
for (const c of CLAIMS) { try { checkClaim(c); } catch (e) { e.message = `[${caseOf[c.id]}] ` + e.message; throw e; } }
const order = [...CLAIMS].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : 1));
for (const c of order) settle(c);
const yuan = (f) => Math.round(f) / 100;
const byId = {};
const out = [];
for (const c of order) {
  const lines = c.lines.map((l, i) => ({ l, i })).sort((a, b) => (a.l.date < b.l.date ? -1 : a.l.date > b.l.date ? 1 : a.i - b.i));
  lines.forEach((x, n) => { x.l.lineId = String(n + 1); });
  const claim = { claimId: c.id, region: c.h.region, insuranceType: c.m.scheme, visitType: c.vt,
    patient: { insuredId: c.m.insuredId, gender: c.m.gender, birthDate: c.m.birthDate, retired: c.m.retired }, enrollment: c.m.enrollment,
    provider: { hospitalId: c.h.id, level: c.h.level, department: c.dept, doctorId: c.doctor } };
  if (c.vt === 'inpatient') { claim.admissionDate = c.adm; claim.dischargeDate = c.dis; claim.admissionRoute = c.route || 'outpatient'; claim.dischargeMode = c.mode || 'ordered'; if (c.transferFrom) claim.transferFromHospitalId = c.transferFrom; }
  else claim.visitDate = c.date;
  claim.diagnoses = c.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  claim.procedures = c.px.map((p) => ({ code: p.code, date: p.date }));
  if (c.vt === 'inpatient') claim.reportedGroup = { drg: GROUPS ? (GRP[c.id] || null) : null, dip: null };
  claim.items = lines.map(({ l }) => ({ lineId: l.lineId, code: l.code, name: l.row.name, category: l.row.category, date: l.date, quantity: l.qty, unitPrice: yuan(l.priceFen), amount: yuan(l.amountFen) }));
  claim.amounts = { total: yuan(c.totals.total), policy: yuan(c.totals.policy), fundClaimed: yuan(c.totals.fund) };
  byId[c.id] = c; out.push(JSON.stringify(claim));
}
for (const L of LABELS) {
  const mutated = {};
  for (const id of L.claims) {
    const ids = byId[id].lines.filter((l) => l.fraud).map((l) => l.lineId);
    if (ids.length) { if (L.kind !== 'fraud') throw new Error(`${L.caseId} ${L.code}: fraud line on a ${L.kind} claim`); mutated[id] = ids; }
  }
  L.mutatedLines = mutated;
}
const labels = LABELS.map((L) => ({ caseId: L.caseId, kind: L.kind, code: L.code, name: L.name, claimIds: L.claims, targets: L.targets, mutatedLines: L.mutatedLines, typology: L.code, variant: L.variant }));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
const cnt = (k) => labels.filter((l) => l.kind === k).length;
process.stderr.write(`blind119: ${out.length} claims, ${cnt('fraud')} fraud / ${cnt('control')} control / ${cnt('routine')} routine cases${GROUPS ? ' (with groups)' : ''}\n`);
