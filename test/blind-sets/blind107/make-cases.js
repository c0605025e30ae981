#!/usr/bin/env node
// blind107 — 医养结合、安宁疗护与老年医学: fraud typologies, look-alike controls and routine claims,
// written on the frozen build's catalogue rows (see TYPOLOGIES.md).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
if (!argv[0] || argv[0].startsWith('--')) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const OUT = path.resolve(argv[0]);
let CAT_DIR = '/work/wt/base105/rules/catalogue';
let GROUPS = null;
for (let i = 1; i < argv.length; i++) {
  if (argv[i] === '--catalogue') CAT_DIR = argv[++i];
  else if (argv[i] === '--groups') GROUPS = argv[++i];
  else { console.error('unknown argument ' + argv[i]); process.exit(2); }
}
const POLICIES = path.join(path.dirname(path.resolve(CAT_DIR)), 'benefits', 'policies.json');

// ---------------------------------------------------------------- seeded random
const SEED = 1070107;
function mulberry32(a) { return function () { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
const rnd = mulberry32(SEED);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
function shuffle(arr) { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

// ---------------------------------------------------------------- catalogue
const CAT = {};
for (const f of fs.readdirSync(CAT_DIR).sort()) {
  if (!/^(services|drugs|consumables).*\.json$/.test(f)) continue;
  const d = JSON.parse(fs.readFileSync(path.join(CAT_DIR, f), 'utf8'));
  for (const r of (Array.isArray(d) ? d : d.rows)) CAT[r.code] = r;
}
const POL = JSON.parse(fs.readFileSync(POLICIES, 'utf8'));

// ---------------------------------------------------------------- dates
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const dow = (s) => D(s).getUTCDay(); // 0 Sunday
function ageOn(birth, date) { const b = D(birth), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }
function randDate(from, to) { return add(from, ri(0, diff(from, to))); }

// ---------------------------------------------------------------- codes (every code is a catalogue row; see TYPOLOGIES.md)
const S = {
  BED3: '001105000010001', BED2: '001105000020001', ZCF: '001103000010001', CONSULT: '001104000010001',
  NSP: '001201000010001', N1: '001201000020001', N2: '001201000030001', N3: '001201000040001',
  IVF1: '001204000010001', IVFADD: '001204000020001', IVPUSH: '001204000040001', IM: '001204000050001', SC: '001204000060001', CANNULA: '001204000070001',
  DR_S: '001205000010001', DR_M: '001205000020001', DR_L: '001205000030001', DR_XL: '001205000040001',
  CATH: '001206000010001', NEB: '001207000010001', O2: '001208000010001', ECGMON: '001209000010001', SPO2: '001210000010001', NIBP: '001211000010001', BGM: '001212000010001', DECOMP: '001213000010001', NIV: '001214000020001',
  NGPLACE: '001219000010001', NGFEED: '001219000020001', ENPUMP: '001219000030001',
  HOSPICE: '001111000010001', HBSETUP: '001110000010001', HBVISIT: '001110000020001',
  OPD: '001102000010001', OPD2: '001102000020001', GENFEE: '001102000040001', CHRFEE: '001109000010001',
  VEN: '001204000080001',
  CBC: '002501010010001', UA: '002501020010001', STOOL: '002501030010001', LFT: '002502010010001', RFT: '002502020010001', LYTES: '002502030010001', LIPID: '002502040010001', FBG: '002502050010001', HBA1C: '002502050020001', COAG: '002502060010001', TNI: '002502070020001', NTPRO: '002502070040001', CRP: '002502080010001', PCT: '002502080020001', ABG: '002502090010001', DDIMER: '002502100010001', CULT: '002502140010001', SPCULT: '002502140020001', ABO: '002502130010001', XMATCH: '002502130020001', RBC: '002600000010001', TRANSF: '001204000210001',
  ALB: '002502010050001', PREALB: '002502010060001', NRS: '003116010010001',
  ECG: '003107010010001', CXR: '002202040010001', CTHEAD: '002301010010001', CTCHEST: '002301010020001', USABD: '002103010010001', ECHO: '002103010020001', USLEG: '002103010040001', USURO: '002103010060001', MRIHEAD: '002401010010001', HOLTERBP: '003107010030001',
  DEBRIDE: '003309010010001', IRRIG: '003110010010001', PNMIX: '001203000010001', IVPUMP: '001204000220001',
  PT: '001218000010001', OT: '003402000010001', SWTRAIN: '003402000030001', HEMI: '003402000070001', ADL: '003402000100001', SWEVAL: '003402000170001', MIDF: '003401009010001', IR: '003401000010001', PNEUC: '003401000090001', BALANCE: '003402000110001', REVAL: '001217000010001', VFSS: '002202070010001', MMSE: '003115010020005',
};
const K = { // consumables
  IVSET: 'C14010150100001020350000001', CANN: 'C14010150200001215730000001', SYR: 'C14010150300001156950000001', CATHKIT: 'C14030150100001569850000001', FOLEY: 'C14030150200001263900000001', BAG: 'C14040150100001551930000001', NGTUBE: 'C14040150200001963360000001', GAUZE: 'C14020150100001506610000001', DRKIT: 'C14020150200001397260000001', FILM: 'C14020150300001037150000001', ALGI: 'C14020150700001472160000001', HYDRO: 'C14020150800001472160000001', FOAM: 'C14020150900001583490000001', SILVER: 'C14020151000001694820000001', O2TUBE: 'C14050150100001832230000001', NEBK: 'C14050150200001429150000001', ELEC: 'C14060150100001436170000001', STRIP: 'C14060150300001162280000001', TRANSSET: 'C14100150200001872210000001',
};
const M = { // drugs
  AMLO: 'XC08CAA512A001', NIFE: 'XC08CAX503A003', VALS: 'XC09CAX504A001', ASA: 'XB01ACA509A001', ATOR: 'XC10AAA511A001', CLOP: 'XB01ACL502A001', ISMN: 'XC01DAD501A003', METF: 'XA10BAE503A001', ACAR: 'XA10BFA514A001', GLIC: 'XA10BBG502A003',
  DONE: 'XN06DAD512A001', MEMA: 'XN06DXM521A001', MADO: 'XN04BAD513A001', FURO: 'XC03CAF503A001', SPIRO: 'XC03DAL505A001', BISO: 'XC07ABB501A001', SACU: 'XC09DXS501A001', DIGO: 'XC01AAD503A001', RIVA: 'XB01AFL503A001',
  LACT: 'XA06ADR502A004', ESTAZ: 'XN05CDA533A001', OMEP: 'XA02BCA515A001', CACD: 'XA12AXT512A001', TAMS: 'XG04CAT510A003', AMINO: 'XR03DAA521A001', AMBROX: 'XR05CBA522A001', PARA: 'XN02BED510A001', TRAM: 'XN02AXQ505A003', RISP: 'XN05AXL516A001', SMECT: 'XA07BCM505A006',
  CTRX: 'XJ01DDT504B002', CPZS: 'XJ01DDT507B002', TZP: 'XJ01CRP501B002', LEVO: 'XJ01MAZ501B002', OSEL: 'XJ05AHA508A001',
  NS: 'XB05BBL511B002', GS: 'XB05BAP505B002', GNS: 'XB05BBP506B002', LR: 'XB05BBF507B002', KCL: 'XB05XAL512B002',
  FUROI: 'XC03CAF503B002', MORPH: 'XN02AAM507B002', METO: 'XA03FAJ503B002', MIDAZ: 'XN05CDM508B002', DEXA: 'XH02ABD515B002', OMEPI: 'XA02BCA515B002', MPRED: 'XH02ABJ504B002', DOXO: 'XR03DAD516B002', BUDN: 'XR03BAB508C003', IPRA: 'XR03BBY508C003', AMBI: 'XR05CBA522B002', ENOX: 'XB01ABY502B002', ONDA: 'XA04AAA524B002',
  TPF: 'XV06DBC501A004', ENPOW: 'XV06DBC502A006', PN3: 'XB05BAZ505B002', WSV: 'XB05XCS501B002', TRACE: 'XB05XAD501B002',
  EGF: 'XD03AXC501E001', MUPI: 'XD06AXM509E001',
};
for (const code of [...Object.values(S), ...Object.values(K), ...Object.values(M)]) if (!CAT[code]) throw new Error('catalogue row missing: ' + code);

// ---------------------------------------------------------------- diagnoses (every code from chs-drg-1.1/diagnoses.json)
const DX = {
  HTN: 'I10.x00x002', HTN3: 'I10.x05', DM: 'E11.900', STROKE: 'I69.300', STROKE_OLD: 'I69.300x002', CHD: 'I25.103', CHD2: 'I25.102', HF: 'I50.908', HF3: 'I50.900x008', HF4: 'I50.900x010', HFAE: 'I50.900x018', AF: 'I48.100x002',
  AD: 'G30.901+F00.9*', SENDEM: 'F03.x01', PD: 'G20.x00', PD4: 'G20.x05', COPD: 'J44.900', COPDAE: 'J44.100', CONST: 'K59.000', BPH: 'N40.x00', OP: 'M81.900', INSOM: 'G47.000x001', FRAIL: 'R54.x00x003',
  HEMI: 'G81.900', HEMIC: 'G81.902', DYSPH: 'R13.x00', NEUROBL: 'N31.901', RETENT: 'R33.x00', UTI: 'N39.000', CAUTI: 'T83.500x003',
  PU1: 'L89.001', PU2: 'L89.101', PU3: 'L89.201', PU4: 'L89.301', CELL: 'L03.302',
  MAL_MOD: 'E44.000', MAL_MILD: 'E44.100', MAL_SEV: 'E43.x00', CACHEX: 'R64.x00', DEHYD: 'E86.x01', HYPONA: 'E87.102', HYPOK: 'E87.600',
  ASP: 'J69.001', PNEU: 'J18.900', PNEU_SEV: 'J18.903', HYPOST: 'J18.200', RESPF: 'J96.900x003', RESPF_A: 'J96.000', FLU_P: 'J10.000', FLU: 'J10.100x001', NORO: 'A08.100', DELIR: 'F05.100', UGIB: 'K92.208', ILEUS: 'K56.000', CKD: 'N18.900', ANEMIA: 'D64.900', NEWSTROKE: 'I63.900',
  PALL: 'Z51.500',
  LUNGCA: 'C34.900', GASTCA: 'C16.900', LIVERCA: 'C22.000', PANCCA: 'C25.900', COLONCA: 'C18.900', LUNGMET: 'C78.000', BONEMET: 'C79.500',
};

// ---------------------------------------------------------------- regions and institutions
const REGIONS = [
  { code: '510100', city: '成都' }, { code: '370100', city: '济南' }, { code: '220100', city: '长春' }, { code: '230100', city: '哈尔滨' },
];
const DEPTS = ['geriatrics', 'palliative', 'rehabilitation', 'respiratory', 'cardiology', 'neurology', 'general_practice', 'home_bed', 'clinic', 'pharmacy'];
const INST = {};
for (const r of REGIONS) {
  const p4 = r.code.slice(0, 4);
  const mk = (n, level, kind, name, depts, habit) => {
    const id = `H${p4}07${String(n).padStart(2, '0')}`;
    const doctors = {};
    for (const dep of depts) { const di = DEPTS.indexOf(dep); doctors[dep] = [1, 2, 3].map((k) => `D${p4}07${String(n).padStart(2, '0')}${di}${k}`); }
    return (INST[id] = { id, region: r.code, level, kind, name: r.city + name, depts, doctors, habit });
  };
  r.l3 = mk(1, 3, 'public', '市第一人民医院', ['geriatrics', 'respiratory', 'cardiology', 'neurology'], { bed: S.BED2, panel: [S.CBC, S.UA, S.STOOL, S.LFT, S.RFT, S.LYTES, S.FBG, S.COAG, S.CRP], ecg: true, cxr: true, weekly: [S.CBC, S.RFT, S.LYTES] });
  r.l2 = mk(2, 2, 'public', '区人民医院', ['geriatrics', 'palliative', 'rehabilitation', 'respiratory'], { bed: S.BED3, panel: [S.CBC, S.UA, S.LFT, S.RFT, S.LYTES, S.FBG], ecg: true, cxr: true, weekly: [S.CBC, S.LYTES] });
  r.chc = mk(3, 1, 'community', '社区卫生服务中心', ['general_practice', 'home_bed', 'palliative'], { bed: S.BED3, panel: [S.CBC, S.LFT, S.RFT, S.LYTES], ecg: true, cxr: false, weekly: [S.CBC, S.LYTES] });
  r.prv = mk(4, 2, 'private', '康养老年病医院', ['geriatrics', 'palliative', 'rehabilitation'], { bed: S.BED2, panel: [S.CBC, S.UA, S.STOOL, S.LFT, S.RFT, S.LYTES, S.LIPID, S.FBG], ecg: true, cxr: true, weekly: [S.CBC, S.RFT, S.LYTES] });
  r.clinic = mk(5, 1, 'carehome_clinic', '颐养中心医务室', ['clinic'], {});
  r.pharm = mk(6, 1, 'pharmacy', '惠民大药房', ['pharmacy'], {});
}

// ---------------------------------------------------------------- members
let memberSeq = 0;
const CHRONIC_PREFIX = { HTN: 'I10', HTN3: 'I10', DM: 'E11', STROKE: 'I69', STROKE_OLD: 'I69', CHD: 'I25', HF: 'I50', AD: 'G30', SENDEM: 'F03', PD: 'G20', COPD: 'J44', AF: 'I48' };
function newMember(o = {}) {
  memberSeq++;
  const gender = o.gender || (chance(0.58) ? 'F' : 'M');
  const age = o.age || ri(o.ageMin || 76, o.ageMax || 95);
  const birthDate = `${2025 - age - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const scheme = o.scheme || (chance(0.6) ? 'employee' : 'resident');
  const retired = scheme === 'employee';
  const contributionYears = scheme === 'employee' ? (gender === 'M' ? ri(30, 42) : ri(25, 38)) : 0;
  const chronic = o.chronic || [];
  return {
    insuredId: 'P107' + String(memberSeq).padStart(6, '0'), gender, birthDate, scheme, retired, region: o.region,
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: scheme === 'employee' ? ri(15, 30) : ri(6, 12), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears, special: null,
      ...(chronic.length ? { chronicDiseases: [...new Set(chronic.map((k) => CHRONIC_PREFIX[k]).filter(Boolean))] } : {}) },
    chronic,
  };
}

// chronic profiles: diagnosis key, daily oral meds [code, qty]
const PROFILE = {
  HTN: { dx: DX.HTN, meds: [[M.AMLO, 1]] }, HTN3: { dx: DX.HTN3, meds: [[M.NIFE, 1], [M.VALS, 1]] },
  DM: { dx: DX.DM, meds: [[M.METF, 3]] }, DMA: { dx: DX.DM, meds: [[M.ACAR, 3]] },
  STROKE: { dx: DX.STROKE, meds: [[M.ASA, 1], [M.ATOR, 1]] }, STROKE_OLD: { dx: DX.STROKE_OLD, meds: [[M.CLOP, 1], [M.ATOR, 1]] },
  CHD: { dx: DX.CHD, meds: [[M.ASA, 1], [M.ATOR, 1], [M.ISMN, 1]] },
  HF: { dx: DX.HF, meds: [[M.FURO, 1], [M.SPIRO, 1], [M.BISO, 1], [M.SACU, 2]] },
  AF: { dx: DX.AF, meds: [[M.RIVA, 1]] },
  AD: { dx: DX.AD, meds: [[M.DONE, 1], [M.MEMA, 2]] }, SENDEM: { dx: DX.SENDEM, meds: [[M.DONE, 1]] },
  PD: { dx: DX.PD, meds: [[M.MADO, 3]] },
  COPD: { dx: DX.COPD, meds: [[M.AMINO, 2], [M.AMBROX, 3]] },
  CONST: { dx: DX.CONST, meds: [[M.LACT, 1]] }, BPH: { dx: DX.BPH, meds: [[M.TAMS, 1]] }, OP: { dx: DX.OP, meds: [[M.CACD, 1]] }, INSOM: { dx: DX.INSOM, meds: [[M.ESTAZ, 1]] },
};
function profileMeds(keys) { const out = new Map(); for (const k of keys) for (const [c, q] of PROFILE[k].meds) out.set(c, Math.max(out.get(c) || 0, q)); return [...out.entries()]; }
function profileDx(keys) { return [...new Set(keys.map((k) => PROFILE[k].dx))]; }
function comorb(base, n, exclude = []) { // base + n further chronic profiles
  const pool = ['HTN', 'DM', 'CHD', 'CONST', 'OP', 'INSOM', 'AF'].filter((k) => !base.includes(k) && !exclude.includes(k));
  return [...base, ...shuffle(pool).slice(0, n)];
}

// ---------------------------------------------------------------- claims and bills
const ALL_CLAIMS = [];
let claimSeq = 0;
function newClaim(m, inst, dept, o) {
  const c = {
    _seq: ++claimSeq, _case: null, _settle: null,
    claimId: null, region: inst.region, insuranceType: m.scheme, visitType: o.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: JSON.parse(JSON.stringify(m.enrollment)),
    provider: { hospitalId: inst.id, level: inst.level, department: dept, doctorId: o.doctorId || pick(inst.doctors[dept]) },
  };
  if (o.visitType === 'inpatient') {
    c.admissionDate = o.adm; c.dischargeDate = o.dis;
    if (o.route) c.admissionRoute = o.route;
    if (o.mode) c.dischargeMode = o.mode;
    if (o.transferFrom) c.transferFromHospitalId = o.transferFrom;
    c._settle = o.dis;
  } else { c.visitDate = o.date; c._settle = o.date; }
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.procs || []).map((p) => ({ code: p.code, date: p.date }));
  if (o.visitType === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  c.items = [];
  c._inst = inst; c._member = m;
  ALL_CLAIMS.push(c);
  return c;
}
function addItem(c, code, date, qty, o = {}) {
  const row = CAT[code]; if (!row) throw new Error('no row ' + code);
  if (!(qty > 0) || !Number.isInteger(qty)) throw new Error(`quantity ${qty} of ${code}`);
  const capFen = Math.round(row.priceCap[String(c.provider.level)] * 100);
  const priceFen = o.priceFen != null ? o.priceFen : capFen;
  const it = { lineId: String(c.items.length + 1), code, name: row.name, category: row.category, date, quantity: qty, unitPrice: priceFen / 100, amount: (priceFen * qty) / 100 };
  if (o.longPrescription) it.longPrescription = true;
  Object.defineProperty(it, '_mut', { value: !!o.mut, enumerable: false, writable: true });
  Object.defineProperty(it, '_allow', { value: o.allow || null, enumerable: false, writable: true });
  Object.defineProperty(it, '_fen', { value: priceFen * qty, enumerable: false });
  c.items.push(it);
  return it;
}

// ---- clinical building blocks
const BLOOD = new Set([S.CBC, S.LFT, S.RFT, S.LYTES, S.LIPID, S.FBG, S.HBA1C, S.COAG, S.TNI, S.NTPRO, S.CRP, S.PCT, S.DDIMER, S.ALB, S.PREALB, S.ABO, S.XMATCH]);
const B = {
  labs(c, date, codes, o = {}) { let blood = false; for (const code of codes) { addItem(c, code, date, 1, o); if (BLOOD.has(code)) blood = true; } if (blood) addItem(c, S.VEN, date, 1, o); },
  meds(c, date, list, o = {}) { for (const [code, q] of list) addItem(c, code, date, q, o); },
  iv(c, date, bottles, o = {}) { // bottles: [[code, qty]...]; the day's infusion groups are billed once per day (finishIV)
    let groups = 0; for (const [code, q] of bottles) { addItem(c, code, date, q, o); if (CAT[code].unit === '瓶' || CAT[code].unit === '袋') groups += q; }
    if (groups < 1) groups = 1;
    c._iv = c._iv || new Map(); const e = c._iv.get(date) || { groups: 0, mut: true }; e.groups += groups; e.mut = e.mut && !!o.mut; c._iv.set(date, e);
  },
  o2(c, date, hours, first, o = {}) { addItem(c, S.O2, date, hours, o); if (first) addItem(c, K.O2TUBE, date, 1, o); },
  monitor(c, date, hours, nibp, o = {}) { addItem(c, S.ECGMON, date, hours, o); addItem(c, S.SPO2, date, hours, o); if (nibp) addItem(c, S.NIBP, date, nibp, o); addItem(c, K.ELEC, date, 5, o); },
  bg(c, date, n, o = {}) { addItem(c, S.BGM, date, n, o); addItem(c, K.STRIP, date, n, o); },
  admitPanel(c, inst, date, extra = [], o = {}) { const h = inst.habit; B.labs(c, date, [...new Set([...h.panel, ...extra])], o); if (h.ecg) addItem(c, S.ECG, date, 1, o); if (h.cxr) addItem(c, S.CXR, date, 1, o); },
};

// Inpatient stay: bed, 住院诊查费 and nursing per night (admission night to the night before discharge);
// p.day(c, i, date, nights) adds the day's clinical lines; p.meds daily oral meds on every night-day.
function stay(m, inst, dept, p) {
  const nights = diff(p.adm, p.dis);
  if (nights < 1) throw new Error('stay without a night');
  const c = newClaim(m, inst, dept, { visitType: 'inpatient', adm: p.adm, dis: p.dis, route: p.route || 'outpatient', mode: p.mode || 'ordered', transferFrom: p.transferFrom, dx: p.dx, procs: p.procs, doctorId: p.doctorId });
  const bed = p.bed === undefined ? inst.habit.bed : p.bed;
  for (let i = 0; i < nights; i++) {
    const date = add(p.adm, i);
    const mut = p.mutNight ? p.mutNight(i, date) : false;
    if (bed) addItem(c, bed, date, 1, { mut });
    addItem(c, S.ZCF, date, 1, { mut });
    const ng = p.nursing ? p.nursing(i, date, nights) : S.N2;
    if (ng) addItem(c, ng, date, 1, { mut: mut || (p.mutNursing ? p.mutNursing(i, date) : false) });
    if (p.meds && (!p.medsUntil || i < p.medsUntil)) B.meds(c, date, p.meds, { mut });
    if (p.panel !== false && i === 0) {
      if (p.panel === 'thin') B.labs(c, date, [S.CBC]); else B.admitPanel(c, inst, date, p.panelExtra || []);
      if (p.panel === 'thin') addItem(c, S.ECG, date, 1);
    }
    if (p.weekly !== false && i > 0 && i % 7 === 0 && i < nights - 1) B.labs(c, date, inst.habit.weekly);
    if (p.day) p.day(c, i, date, nights);
  }
  if (p.last) p.last(c, p.dis, nights);
  return c;
}

// Outpatient-type visit (outpatient / chronic / pharmacy)
function visit(m, inst, dept, vt, date, dx, fill, doctorId) {
  const c = newClaim(m, inst, dept, { visitType: vt, date, dx, doctorId });
  fill(c, date);
  return c;
}
function opdFee(c, inst, o = {}) {
  if (c.visitType === 'pharmacy') return;
  if (c.visitType === 'chronic') addItem(c, S.CHRFEE, c.visitDate, 1, o);
  else if (inst.level === 1) addItem(c, S.GENFEE, c.visitDate, 1, o);
  else addItem(c, chance(0.4) ? S.OPD2 : S.OPD, c.visitDate, 1, o);
}
function dispense(c, list, days, o = {}) { for (const [code, q] of list) addItem(c, code, c.visitDate, q * days, o); }

// 家庭病床 episode (settled as an inpatient claim of the community centre, 住院待遇 — see TYPOLOGIES.md):
// 建床费 on the first day, 巡诊费 on each visit, the visit's care and a week of oral drugs dispensed at visits.
function homeBed(m, inst, p) {
  const c = newClaim(m, inst, 'home_bed', { visitType: 'inpatient', adm: p.adm, dis: p.dis, route: p.route || 'outpatient', mode: p.mode || 'ordered', transferFrom: p.transferFrom, dx: p.dx, procs: p.procs, doctorId: p.doctorId });
  addItem(c, S.HBSETUP, p.adm, 1);
  for (const v of p.visits) {
    addItem(c, S.HBVISIT, v.date, 1, { mut: !!v.mut });
    if (v.care) v.care(c, v.date, !!v.mut);
    if (p.meds && v.dispense) B.meds(c, v.date, p.meds.map(([code, q]) => [code, q * v.dispense]), { mut: !!v.mut });
  }
  return c;
}
function weeklyVisits(adm, dis, perWeek) { // visit dates between adm and dis (inclusive of adm)
  const out = []; let d = adm; const step = perWeek >= 2 ? [3, 4] : [7];
  let k = 0; while (diff(d, dis) >= 0) { out.push(d); d = add(d, step[k++ % step.length]); }
  return out;
}

// ---------------------------------------------------------------- cases
const CASES = [];
let caseSeq = 0;
function newCase(kind, code, name, variant) { const cs = { caseId: 'B107-' + String(++caseSeq).padStart(4, '0'), kind, code, name, variant, claims: [], targets: [] }; CASES.push(cs); return cs; }
function own(cs, c, target) { c._case = cs; cs.claims.push(c); if (target) cs.targets.push(c); return c; }

const NAMES = {};
const TYPES = {};
function typ(code, name, fn) { NAMES[code] = name; TYPES[code] = fn; }

const careful = (i) => i % 3 === 2; // a third careful
const regionOf = (i, off = 0) => REGIONS[(i + off) % REGIONS.length];
function startIn(months) { const mth = pick(months); return `2025-${String(mth).padStart(2, '0')}-${String(ri(1, 26)).padStart(2, '0')}`; }
const ALLM = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

// ---------------------------------------------------------------- acute episodes the wards treat (shared by fraud, control and routine claims)
const CANCERS = [['LUNGCA', 'BONEMET'], ['GASTCA', 'LUNGMET'], ['LIVERCA', 'LUNGMET'], ['PANCCA', 'BONEMET'], ['COLONCA', 'LUNGMET']];
function abxFor(inst) { return inst.level >= 2 ? pick([[[M.CPZS, 2], 2], [[M.TZP, 3], 3]]) : [[M.CTRX, 2], 1]; }
function pneumoniaStay(m, inst, dept, adm, los, dx, o = {}) {
  const [abx, bottles] = abxFor(inst);
  const abxDays = Math.min(los, ri(7, 10));
  return stay(m, inst, dept, {
    adm, dis: add(adm, los), dx, route: o.route || 'emergency', mode: o.mode, transferFrom: o.transferFrom, procs: o.procs, meds: o.meds, doctorId: o.doctorId,
    panelExtra: [S.CRP, ...(inst.level >= 2 ? [S.PCT] : []), ...(inst.habit.cxr ? [] : [S.CXR])],
    nursing: o.nursing || ((i) => (i <= 2 ? S.N1 : S.N2)),
    day: (c, i, date, nights) => {
      if (i === 0) { addItem(c, S.SPCULT, date, 1); if (inst.level >= 2 && chance(0.5)) addItem(c, S.CTCHEST, date, 1); addItem(c, K.NEBK, date, 1); }
      if (i < abxDays) B.iv(c, date, [abx, [M.NS, bottles], ...(i < 3 ? [[M.GNS, 1]] : [])]);
      if (i < 7) addItem(c, M.AMBI, date, 2);
      if (i < Math.min(5, nights)) { B.o2(c, date, ri(10, 20), i === 0); addItem(c, S.NEB, date, 2); addItem(c, M.BUDN, date, 2); }
      if (o.severe && i < 2) B.monitor(c, date, ri(12, 24), 6);
      if ((i === 3 || i === nights - 1) && i > 0) B.labs(c, date, [S.CBC, S.CRP]);
      if (o.day) o.day(c, i, date, nights);
    },
  });
}
function hfStay(m, inst, dept, adm, los, dx, o = {}) {
  const mon = ri(2, 3);
  return stay(m, inst, dept, {
    adm, dis: add(adm, los), dx, route: o.route || 'emergency', mode: o.mode, transferFrom: o.transferFrom, meds: o.meds, doctorId: o.doctorId,
    panelExtra: [S.NTPRO, S.TNI], nursing: (i) => (i <= mon ? S.N1 : S.N2),
    day: (c, i, date, nights) => {
      if (i === 1) addItem(c, S.ECHO, date, 1);
      if (i < mon) B.monitor(c, date, 24, ri(6, 12));
      if (i < Math.min(5, nights)) { addItem(c, M.FUROI, date, 2); addItem(c, S.IVPUSH, date, 2); B.o2(c, date, ri(8, 20), i === 0); }
      if (i >= 1 && i <= 3) B.labs(c, date, [S.LYTES]);
      if (i === nights - 1 && i > 4) B.labs(c, date, [S.NTPRO, S.RFT]);
      if (o.day) o.day(c, i, date, nights);
    },
  });
}
function utiStay(m, inst, dept, adm, los, dx, o = {}) {
  const levo = chance(0.4);
  return stay(m, inst, dept, {
    adm, dis: add(adm, los), dx, route: o.route || 'emergency', mode: o.mode, meds: o.meds, procs: o.procs, doctorId: o.doctorId,
    panelExtra: [S.CRP, ...(inst.habit.panel.includes(S.UA) ? [] : [S.UA])], nursing: o.nursing || ((i) => (i <= 1 ? S.N1 : S.N2)),
    day: (c, i, date, nights) => {
      if (i === 0) { addItem(c, S.CULT, date, 1); addItem(c, S.USURO, date, 1); }
      if (i < Math.min(7, nights)) { if (levo) B.iv(c, date, [[M.LEVO, 1], ...(i < 2 ? [[M.GNS, 1]] : [])]); else B.iv(c, date, [[M.CTRX, 2], [M.NS, 1], ...(i < 2 ? [[M.GNS, 1]] : [])]); }
      if (i === 4 && nights > 5) B.labs(c, date, [S.UA, S.CBC]);
      if (o.day) o.day(c, i, date, nights);
    },
  });
}
function copdStay(m, inst, dept, adm, los, dx, o = {}) {
  const niv = chance(0.5);
  return stay(m, inst, dept, {
    adm, dis: add(adm, los), dx, route: o.route || 'emergency', mode: o.mode, meds: o.meds, doctorId: o.doctorId,
    panelExtra: [S.CRP, S.ABG], nursing: (i) => (i <= 2 ? S.N1 : S.N2),
    day: (c, i, date, nights) => {
      if (i === 0) { addItem(c, S.SPCULT, date, 1); addItem(c, K.NEBK, date, 1); }
      if (i === 2) B.labs(c, date, [S.ABG]);
      if (niv && i < 3) addItem(c, S.NIV, date, ri(8, 12));
      if (i < Math.min(7, nights)) { addItem(c, S.NEB, date, 3); addItem(c, M.BUDN, date, 2); addItem(c, M.IPRA, date, 3); B.o2(c, date, ri(12, 20) - (niv && i < 3 ? 8 : 0), i === 0); }
      if (i < 5) B.iv(c, date, [[M.MPRED, 1], [M.DOXO, 2], [M.NS, 2]]);
      if (i < Math.min(7, nights)) { if (inst.level >= 2) addItem(c, M.LEVO, date, 1); else B.iv(c, date, [[M.CTRX, 2], [M.NS, 1]]); }
      if (i === nights - 1 && i > 3) B.labs(c, date, [S.CBC, S.CRP]);
    },
  });
}
// 安宁疗护 day: the day fee, nursing billed by stay(), symptom control as the day needs it (《安宁疗护实践指南（试行）》)
function palliativeDay(c, i, date, nights, o = {}) {
  addItem(c, S.HOSPICE, date, 1, { mut: !!o.mutHospice });
  const morph = Math.min(6, (o.morphBase || 2) + Math.floor(i / 10));
  if (o.morphine !== false) { addItem(c, M.MORPH, date, morph, { mut: !!o.mutDrugs }); addItem(c, S.SC, date, Math.min(4, morph), { mut: !!o.mutDrugs }); }
  if (i % 3 === 1) addItem(c, M.METO, date, 2, { mut: !!o.mutDrugs });
  if (o.lactulose !== false) addItem(c, M.LACT, date, 1, { mut: !!o.mutDrugs });
  const o2start = nights - Math.max(3, Math.floor(nights / 3));
  if (o.oxygen !== false && i >= o2start) B.o2(c, date, Math.min(24, 8 + 2 * (i - o2start)), i === o2start, { mut: !!o.mutDrugs });
}

// ================================================================ fraud typologies
const RESIDENT_BASES = [['STROKE'], ['CHD'], ['AD'], ['COPD'], ['HTN3'], ['PD']];
const VARIANT_DX = { [DX.STROKE]: DX.STROKE_OLD, [DX.STROKE_OLD]: DX.STROKE, [DX.CHD]: DX.CHD2, [DX.HTN3]: 'I10.x04' };

typ('T01', '医养结合合作病房挂床住院（床位护理诊查为主、几无治疗）', (i) => {
  const r = regionOf(i, 0); const cf = careful(i);
  const cs = newCase('fraud', 'T01', NAMES.T01, cf ? 'careful' : 'overt'); cs.mutatedMode = 'claim';
  const base = pick(RESIDENT_BASES); const prof = comorb(base, ri(1, 2));
  const m = newMember({ region: r.code });
  const inst = i % 5 === 4 ? r.l2 : r.prv;
  const adm = startIn(ALLM); const dis = add(adm, ri(18, 32));
  own(cs, stay(m, inst, 'geriatrics', {
    adm, dis, dx: profileDx(prof), route: 'outpatient', panel: cf ? undefined : 'thin', weekly: cf ? undefined : false,
    meds: cf ? profileMeds(prof) : profileMeds(base).slice(0, 1),
    day: (c, d, date) => { if (cf) { if (prof.includes('DM')) B.bg(c, date, 1); if (d >= 1 && d <= 3) B.iv(c, date, [[M.GNS, 1]]); } },
  }), true);
});

typ('T02', '养老院老人按月反复住院（分解住院）', (i) => {
  const r = regionOf(i, 1); const cf = careful(i);
  const cs = newCase('fraud', 'T02', NAMES.T02, cf ? 'careful' : 'overt'); cs.mutatedMode = 'claim';
  const base = pick([['STROKE'], ['CHD'], ['HTN3'], ['STROKE_OLD']]); const prof = comorb(base, ri(1, 2));
  const m = newMember({ region: r.code });
  const inst = i % 4 === 3 ? r.l2 : r.prv; const doc = pick(inst.doctors.geriatrics);
  const n = cf ? 3 : ri(3, 4);
  let adm = startIn([1, 2, 3, 4, 5, 6]);
  for (let k = 0; k < n; k++) {
    const dis = add(adm, ri(12, 15));
    const dx = profileDx(prof); if (cf && k % 2 === 1 && VARIANT_DX[dx[0]]) dx[0] = VARIANT_DX[dx[0]];
    own(cs, stay(m, inst, 'geriatrics', {
      adm, dis, dx, doctorId: doc, route: 'outpatient', meds: profileMeds(prof),
      day: (c, d, date) => { if (d >= 1 && d <= 5) B.iv(c, date, [[M.GNS, 1]]); if (prof.includes('DM') && d % 2 === 0) B.bg(c, date, 2); },
    }), k > 0);
    adm = add(dis, cf ? ri(16, 19) : ri(1, 4));
  }
});

typ('T03', '病情稳定老人低标准入院', (i) => {
  const r = regionOf(i, 2); const cf = careful(i);
  const cs = newCase('fraud', 'T03', NAMES.T03, cf ? 'careful' : 'overt'); cs.mutatedMode = 'claim';
  const inst = [r.prv, r.l2, r.prv, r.l2, r.l3][i % 5];
  const m = newMember({ region: r.code });
  const adm = startIn(ALLM); const dis = add(adm, ri(5, 9));
  if (!cf) {
    const lead = pick([DX.FRAIL, DX.CONST, DX.INSOM, DX.HTN]);
    const prof = comorb([], 2, ['INSOM']);
    own(cs, stay(m, inst, 'geriatrics', {
      adm, dis, dx: [lead, ...profileDx(prof).filter((d) => d !== lead)], route: 'outpatient', meds: profileMeds(prof), nursing: () => S.N3,
      day: (c, d, date, nights) => { if (d < nights) B.iv(c, date, [[M.GNS, 1], [M.NS, 1]]); },
    }), true);
  } else {
    const prof = comorb(['HTN3', 'CHD'], 1, ['AF']);
    own(cs, stay(m, inst, 'geriatrics', {
      adm, dis, dx: profileDx(prof), route: 'outpatient', meds: profileMeds(prof), panelExtra: [S.LIPID],
      day: (c, d, date) => { if (d === 1) addItem(c, S.ECHO, date, 1); if (d === 2) addItem(c, S.HOLTERBP, date, 1); if (d === 3) addItem(c, S.USLEG, date, 1); },
    }), true);
  }
});

typ('T04', '病情稳定、能自理的入住老人计Ⅰ级护理和持续心电血氧监护', (i) => {
  const r = regionOf(i, 3); const cf = careful(i);
  const cs = newCase('fraud', 'T04', NAMES.T04, cf ? 'careful' : 'overt'); cs.mutatedMode = 'lines';
  const inst = [r.l2, r.prv, r.prv, r.l2, r.l3][i % 5];
  const prof = comorb([pick(['CHD', 'HTN3'])], 2, ['AF']);
  const m = newMember({ region: r.code });
  const adm = startIn(ALLM); const dis = add(adm, ri(10, 20));
  own(cs, stay(m, inst, 'geriatrics', {
    adm, dis, dx: profileDx(prof), route: 'outpatient', meds: profileMeds(prof), nursing: () => S.N1, mutNursing: () => true,
    day: (c, d, date) => {
      if (!cf) { B.monitor(c, date, 24, 12, { mut: true }); B.o2(c, date, ri(12, 24), d === 0, { mut: true }); }
      else B.monitor(c, date, 12, 0, { mut: true });
      if (prof.includes('DM') && d % 2 === 0) B.bg(c, date, 2);
    },
  }), true);
});

typ('T05', '长期鼻饲老人每日计鼻饲管置管（更换胃管）', (i) => {
  const r = regionOf(i, 0); const cf = careful(i);
  const cs = newCase('fraud', 'T05', NAMES.T05, cf ? 'careful' : 'overt'); cs.mutatedMode = 'lines';
  const inst = [r.prv, r.l2, r.prv, r.l3][i % 4];
  const base = pick(['STROKE', 'AD']); const prof = comorb([base], 1, ['DM', 'INSOM']);
  const dx = [PROFILE[base].dx, DX.DYSPH, ...(base === 'STROKE' ? [DX.HEMI] : []), ...profileDx(prof).slice(1)];
  const m = newMember({ region: r.code });
  const adm = startIn(ALLM); const dis = add(adm, ri(14, 24));
  own(cs, stay(m, inst, 'geriatrics', {
    adm, dis, dx, procs: [{ code: '96.0700', date: adm }], route: 'outpatient', meds: profileMeds(prof), nursing: () => S.N1,
    day: (c, d, date) => {
      if (d === 0) { addItem(c, S.NGPLACE, date, 1); addItem(c, K.NGTUBE, date, 1); addItem(c, S.NRS, date, 1); }
      else if (!cf || d % 3 === 0) { addItem(c, S.NGPLACE, date, 1, { mut: true }); addItem(c, K.NGTUBE, date, 1, { mut: true }); }
      else addItem(c, S.NGFEED, date, 5);
      addItem(c, M.TPF, date, 2);
    },
  }), true);
});

typ('T06', '长期留置导尿老人每日（隔日）计导尿更换导尿管', (i) => {
  const r = regionOf(i, 1); const cf = careful(i);
  const cs = newCase('fraud', 'T06', NAMES.T06, cf ? 'careful' : 'overt'); cs.mutatedMode = 'lines';
  const inst = [r.prv, r.l2, r.prv, r.l3][i % 4];
  const base = pick(['STROKE', 'PD', 'AD']); const prof = comorb([base], 1, ['INSOM']);
  const m = newMember({ region: r.code });
  const dx = [pick([DX.NEUROBL, DX.RETENT]), ...profileDx(prof)];
  const adm = startIn(ALLM); const dis = add(adm, ri(10, 18));
  own(cs, stay(m, inst, 'geriatrics', {
    adm, dis, dx, procs: [{ code: '57.9400', date: adm }], route: 'outpatient', meds: profileMeds(prof), nursing: () => S.N1,
    panelExtra: [S.UA],
    day: (c, d, date) => {
      if (d === 0) { addItem(c, S.CATH, date, 1); addItem(c, K.CATHKIT, date, 1); addItem(c, K.FOLEY, date, 1); addItem(c, S.USURO, date, 1); }
      else if (!cf || d % 2 === 0) { addItem(c, S.CATH, date, 1, { mut: true }); addItem(c, K.CATHKIT, date, 1, { mut: true }); addItem(c, K.FOLEY, date, 1, { mut: true }); }
      if (d % 7 === 0) addItem(c, K.BAG, date, 1);
      if (cf && d > 0) addItem(c, S.IRRIG, date, 2, { mut: true });
    },
  }), true);
});

typ('T07', 'Ⅰ–Ⅱ期压疮每日计大/特大换药和高值敷料', (i) => {
  const r = regionOf(i, 2); const cf = careful(i);
  const cs = newCase('fraud', 'T07', NAMES.T07, cf ? 'careful' : 'overt'); cs.mutatedMode = 'lines';
  const inst = [r.prv, r.l2, r.prv, r.l3, r.l2][i % 5];
  const base = pick(['STROKE', 'AD']); const prof = comorb([base], 1, ['INSOM']);
  const m = newMember({ region: r.code });
  const pu = i % 2 ? DX.PU1 : DX.PU2;
  const dx = cf ? [...profileDx(prof), DX.PU2] : [pu, ...profileDx(prof)];
  const adm = startIn(ALLM); const dis = add(adm, ri(10, 16));
  own(cs, stay(m, inst, 'geriatrics', {
    adm, dis, dx, route: 'outpatient', meds: profileMeds(prof), nursing: () => S.N1,
    day: (c, d, date) => {
      if (!cf) { addItem(c, S.DR_XL, date, 1, { mut: true }); addItem(c, K.SILVER, date, 2, { mut: true }); addItem(c, K.FOAM, date, 2, { mut: true }); addItem(c, K.DRKIT, date, 1, { mut: true }); }
      else { addItem(c, S.DR_L, date, 1, { mut: true }); addItem(c, K.ALGI, date, 1, { mut: true }); addItem(c, K.FOAM, date, 1, { mut: true }); addItem(c, K.DRKIT, date, 1, { mut: true }); }
    },
  }), true);
});

typ('T08', '住院期间仍计家庭病床巡诊', (i) => {
  const r = regionOf(i, 3); const cf = careful(i);
  const cs = newCase('fraud', 'T08', NAMES.T08, cf ? 'careful' : 'overt'); cs.mutatedMode = 'lines';
  const prof = comorb(['STROKE'], ri(1, 2), ['INSOM']);
  const m = newMember({ region: r.code, chronic: prof });
  const hbAdm = startIn([1, 2, 3, 4, 5, 6, 7, 8]); const hbDis = add(hbAdm, ri(55, 85));
  const sAdm = add(hbAdm, ri(18, 32)); const sLos = ri(8, 12); const sDis = add(sAdm, sLos);
  const hosp = i % 3 === 0 ? r.l3 : r.l2;
  const st = pneumoniaStay(m, hosp, hosp === r.l3 ? 'respiratory' : 'geriatrics', sAdm, sLos, [pick([DX.ASP, DX.HYPOST, DX.PNEU]), ...profileDx(prof), DX.HEMI], { meds: profileMeds(prof), mode: 'community' });
  own(cs, st, false);
  const care = (c, date, mut) => { addItem(c, S.DR_M, date, 1, { mut }); addItem(c, K.DRKIT, date, 1, { mut }); addItem(c, K.HYDRO, date, 1, { mut }); };
  const visits = [];
  for (const d of weeklyVisits(hbAdm, hbDis, 1)) {
    if (d >= sAdm && d <= sDis) continue;
    visits.push({ date: d, care: diff(hbAdm, d) % 14 === 0 ? care : null, dispense: 7 });
  }
  if (!cf) { for (let d = add(sAdm, 2); d < sDis; d = add(d, 3)) visits.push({ date: d, mut: true, care, dispense: 7 }); }
  else { const k = ri(1, 2); for (let j = 0; j < k; j++) visits.push({ date: add(sAdm, 2 + j * 3 + ri(0, 1)), mut: true }); }
  visits.sort((a, b) => (a.date < b.date ? -1 : 1));
  const hb = homeBed(m, r.chc, { adm: hbAdm, dis: hbDis, dx: [DX.STROKE, DX.HEMI, DX.PU2, ...profileDx(prof).slice(1)], meds: profileMeds(prof), visits });
  own(cs, hb, true);
});

function terminalCancer() { const [ca, met] = pick(CANCERS); return [DX[ca], DX[met], DX.PALL]; }

typ('T09', '安宁疗护住院叠加康复理疗和逐日化验检查', (i) => {
  const r = regionOf(i, 0); const cf = careful(i);
  const cs = newCase('fraud', 'T09', NAMES.T09, cf ? 'careful' : 'overt'); cs.mutatedMode = 'lines';
  const inst = [r.l2, r.prv, r.chc][i % 3];
  const m = newMember({ region: r.code, ageMin: 72 });
  const adm = startIn(ALLM); const los = ri(10, 24); const death = chance(0.5);
  own(cs, stay(m, inst, 'palliative', {
    adm, dis: add(adm, los), dx: terminalCancer(), route: 'outpatient', mode: death ? 'death' : 'ordered', weekly: false, nursing: () => S.N1,
    day: (c, d, date, nights) => {
      palliativeDay(c, d, date, nights);
      if (!cf) { addItem(c, S.PT, date, 1, { mut: true }); addItem(c, S.OT, date, 1, { mut: true }); addItem(c, S.MIDF, date, 2, { mut: true }); addItem(c, S.IR, date, 2, { mut: true }); if (d > 0) B.labs(c, date, [S.CBC, S.LYTES, S.CRP], { mut: true }); }
      else { if (d % 2 === 1) { addItem(c, S.PT, date, 1, { mut: true }); addItem(c, S.PNEUC, date, 1, { mut: true }); } if (d % 7 === 2) addItem(c, S.CTCHEST, date, 1, { mut: true }); }
    },
  }), true);
});

typ('T10', '患者转院死亡后原机构继续计安宁疗护床日', (i) => {
  const r = regionOf(i, 1); const cf = careful(i);
  const cs = newCase('fraud', 'T10', NAMES.T10, cf ? 'careful' : 'overt'); cs.mutatedMode = 'lines';
  const A = [r.chc, r.l2, r.prv][i % 3];
  const m = newMember({ region: r.code, ageMin: 72 });
  const dx = terminalCancer();
  const aAdm = startIn(ALLM); const T = add(aAdm, ri(8, 20)); const l3dis = add(T, ri(1, 2));
  const aDis = cf ? add(T, ri(1, 2)) : add(l3dis, ri(3, 5));
  const l3 = stay(m, r.l3, 'geriatrics', {
    adm: T, dis: l3dis, dx: [DX.RESPF_A, ...dx], route: 'transfer', transferFrom: A.id, mode: 'death', weekly: false, panelExtra: [S.CRP, S.ABG], nursing: () => S.N1,
    day: (c, d, date) => { B.monitor(c, date, 24, 12); B.o2(c, date, 24, d === 0); addItem(c, M.MORPH, date, 3); addItem(c, S.SC, date, 3); if (d === 0) addItem(c, M.MIDAZ, date, 1); },
    last: (c, date) => { B.o2(c, date, ri(4, 10), false); B.monitor(c, date, ri(4, 10), 0); },
  });
  l3._order = -1;
  own(cs, l3, false);
  own(cs, stay(m, A, 'palliative', {
    adm: aAdm, dis: aDis, dx, route: 'outpatient', mode: cf ? 'ordered' : 'death', weekly: false, nursing: () => S.N1,
    mutNight: (d, date) => date >= T,
    day: (c, d, date, nights) => { if (date < T) palliativeDay(c, d, date, diff(aAdm, T)); else { addItem(c, S.HOSPICE, date, 1, { mut: true }); if (!cf) { addItem(c, M.MORPH, date, 2, { mut: true }); addItem(c, S.SC, date, 2, { mut: true }); B.o2(c, date, 12, false, { mut: true }); } } },
  }), true);
});

typ('T11', '死亡参保人医保卡被继续使用（住院或慢特病取药）', (i) => {
  const r = regionOf(i, 2); const cf = careful(i);
  const cs = newCase('fraud', 'T11', NAMES.T11, cf ? 'careful' : 'overt'); cs.mutatedMode = 'claim';
  const prof = comorb([pick(['HTN', 'STROKE', 'CHD'])], 1, ['INSOM', 'AF', 'OP', 'CONST']);
  const m = newMember({ region: r.code, chronic: prof });
  const t0 = startIn([1, 2, 3, 4, 5]);
  const chronicVisit = (date, target, days) => own(cs, visit(m, r.clinic, 'clinic', 'chronic', date, profileDx(prof), (c) => { opdFee(c, r.clinic); dispense(c, profileMeds(prof), days, { longPrescription: days > 30 }); if (prof.includes('DM')) B.bg(c, date, 1); }), target);
  chronicVisit(t0, false, 28);
  const dAdm = add(t0, ri(20, 40)); const dLos = ri(3, 8);
  const hosp = i % 2 ? r.l2 : r.l3;
  own(cs, pneumoniaStay(m, hosp, hosp === r.l3 ? 'respiratory' : 'geriatrics', dAdm, dLos, [DX.PNEU_SEV, DX.RESPF, ...profileDx(prof)], { mode: 'death', severe: true, meds: profileMeds(prof), nursing: () => S.N1 }), false);
  const death = add(dAdm, dLos);
  if (!cf) {
    const a = add(death, ri(10, 30));
    own(cs, stay(m, r.prv, 'geriatrics', { adm: a, dis: add(a, ri(12, 20)), dx: profileDx(prof), route: 'outpatient', meds: profileMeds(prof) }), true);
  } else {
    const v1 = add(death, ri(7, 20));
    chronicVisit(v1, true, 28);
    chronicVisit(add(v1, ri(27, 32)), true, 56);
    const pd = add(death, ri(12, 45));
    own(cs, visit(m, r.pharm, 'pharmacy', 'pharmacy', pd, profileDx(prof).slice(0, 1), (c) => dispense(c, profileMeds(prof).slice(0, 1), 30)), true);
  }
});

typ('T12', '经鼻饲喂养的肠内营养按肠外营养药品计费', (i) => {
  const r = regionOf(i, 3); const cf = careful(i);
  const cs = newCase('fraud', 'T12', NAMES.T12, cf ? 'careful' : 'overt'); cs.mutatedMode = 'lines';
  const inst = [r.prv, r.l2, r.prv][i % 3];
  const base = pick(['STROKE', 'AD']); const prof = comorb([base], 1, ['DM', 'INSOM']);
  const dx = [PROFILE[base].dx, DX.DYSPH, ...(base === 'STROKE' ? [DX.HEMI] : []), ...profileDx(prof).slice(1)];
  const m = newMember({ region: r.code });
  const adm = startIn(ALLM); const dis = add(adm, ri(12, 20));
  own(cs, stay(m, inst, 'geriatrics', {
    adm, dis, dx, procs: [{ code: '96.0700', date: adm }], route: 'outpatient', meds: profileMeds(prof), nursing: () => S.N1,
    day: (c, d, date) => {
      if (d === 0) { addItem(c, S.NGPLACE, date, 1); addItem(c, K.NGTUBE, date, 1); addItem(c, S.NRS, date, 1); } else addItem(c, S.NGFEED, date, 5);
      const mut = { mut: true };
      addItem(c, M.PN3, date, 1, mut); addItem(c, M.WSV, date, 1, mut); addItem(c, M.TRACE, date, 1, mut);
      if (!cf) addItem(c, S.PNMIX, date, 1, mut);
      else { addItem(c, S.IVF1, date, 1, mut); addItem(c, K.IVSET, date, 1, mut); addItem(c, S.IVPUMP, date, 12, mut); if (d % 3 === 0) { addItem(c, S.CANNULA, date, 1, mut); addItem(c, K.CANN, date, 1, mut); } }
    },
  }), true);
});

typ('T13', '同一养老院老人同日批量入住合作病房（模板化病历与账单）', (i) => {
  const r = regionOf(i, 1); const cf = careful(i);
  const cs = newCase('fraud', 'T13', NAMES.T13, cf ? 'careful' : 'overt'); cs.mutatedMode = 'claim';
  const inst = r.prv; const doc = pick(inst.doctors.geriatrics);
  const n = cf ? 4 : ri(5, 6); const adm0 = startIn(ALLM);
  for (let k = 0; k < n; k++) {
    const base = cf ? [pick(['STROKE', 'CHD', 'HTN3', 'AD', 'COPD'])] : ['STROKE'];
    const prof = comorb(base, ri(1, 2), ['AF']);
    const m = newMember({ region: r.code });
    const adm = cf ? add(adm0, k % 2) : adm0; const dis = add(adm, cf ? ri(9, 12) : 10);
    own(cs, stay(m, inst, 'geriatrics', {
      adm, dis, dx: profileDx(prof), doctorId: doc, route: 'outpatient', meds: profileMeds(prof), panelExtra: [S.COAG],
      day: (c, d, date) => { if (d === 0) { addItem(c, S.CTHEAD, date, 1); addItem(c, S.USABD, date, 1); addItem(c, S.ECHO, date, 1); } if (d >= 1 && d <= 7) B.iv(c, date, [[M.GNS, 1], [M.KCL, 1]]); },
    }), true);
  }
});

typ('T14', '养老院医务室与合作病房重复计费（住院期间医务室门诊）', (i) => {
  const r = regionOf(i, 2); const cf = careful(i);
  const cs = newCase('fraud', 'T14', NAMES.T14, cf ? 'careful' : 'overt'); cs.mutatedMode = 'claim';
  const ward = i % 3 === 2 ? r.l2 : r.prv;
  const prof = comorb(['STROKE', 'DM'], 1, ['INSOM']);
  const m = newMember({ region: r.code });
  const pu = pick([DX.PU2, DX.PU3]);
  const adm = startIn(ALLM); const los = ri(12, 18); const dis = add(adm, los);
  own(cs, stay(m, ward, 'geriatrics', {
    adm, dis, dx: [pu, ...profileDx(prof)], route: 'outpatient', meds: profileMeds(prof), nursing: () => S.N1,
    day: (c, d, date) => { addItem(c, S.DR_M, date, 1); addItem(c, K.DRKIT, date, 1); addItem(c, K.FOAM, date, 1); B.bg(c, date, 3); B.o2(c, date, 8, d === 0); },
  }), false);
  const dates = [];
  if (!cf) { for (let d = add(adm, 1 + ri(0, 1)); d < dis; d = add(d, ri(2, 3))) dates.push(d); }
  else { dates.push(add(adm, ri(2, 5))); dates.push(add(adm, ri(7, los - 2))); }
  for (const d of dates) own(cs, visit(m, r.clinic, 'clinic', 'outpatient', d, [pu, DX.DM], (c) => { opdFee(c, r.clinic); addItem(c, S.DR_M, d, 1); addItem(c, K.DRKIT, d, 1); B.bg(c, d, 2); B.o2(c, d, 2, true); }), true);
});

typ('T15', '病情稳定的非终末期老人计安宁疗护服务费', (i) => {
  const r = regionOf(i, 3); const cf = careful(i);
  const cs = newCase('fraud', 'T15', NAMES.T15, cf ? 'careful' : 'overt'); cs.mutatedMode = 'lines';
  const inst = [r.prv, r.chc, r.prv, r.l2][i % 4];
  const m = newMember({ region: r.code });
  const adm = startIn(ALLM); const dis = add(adm, ri(20, 40));
  if (!cf) {
    const prof = comorb([pick(['STROKE', 'HTN3', 'CHD', 'PD'])], 2, ['INSOM']);
    own(cs, stay(m, inst, 'palliative', { adm, dis, dx: profileDx(prof), route: 'outpatient', meds: profileMeds(prof), day: (c, d, date) => addItem(c, S.HOSPICE, date, 1, { mut: true }) }), true);
  } else {
    const prof = comorb(['AD'], 1, ['INSOM']);
    own(cs, stay(m, inst, 'palliative', {
      adm, dis, dx: [DX.AD, DX.MAL_MILD, DX.PALL, ...profileDx(prof).slice(1)], route: 'outpatient', meds: profileMeds(prof), nursing: () => S.N1,
      day: (c, d, date) => { addItem(c, S.HOSPICE, date, 1, { mut: true }); addItem(c, M.TPF, date, 1); if (d % 7 === 0) addItem(c, S.NRS, date, 1); },
    }), true);
  }
});

// ================================================================ controls: legitimate, uncommon care that the frauds imitate
function ctl(code, i, variant) { return newCase('control', code, NAMES[code], variant || 'control'); }

typ('C01', '晚期肿瘤长期安宁疗护住院（症状控制）', (i) => {
  const r = regionOf(i, 0); const cs = ctl('C01', i);
  const inst = [r.l2, r.chc, r.prv, r.l2, r.chc][i % 5];
  const m = newMember({ region: r.code, ageMin: 70 });
  const adm = startIn(ALLM); const los = ri(25, 60); const death = chance(0.6);
  const retention = chance(0.4); const cathDay = ri(5, 15);
  own(cs, stay(m, inst, 'palliative', {
    adm, dis: add(adm, los), dx: [...terminalCancer(), ...(retention ? [DX.RETENT] : [])], procs: retention ? [{ code: '57.9400', date: add(adm, cathDay) }] : [],
    route: 'outpatient', mode: death ? 'death' : 'ordered', weekly: false, nursing: () => S.N1,
    day: (c, d, date, nights) => {
      palliativeDay(c, d, date, nights);
      if (d > 0 && d % 14 === 0) B.labs(c, date, [S.CBC, S.LYTES]);
      if (retention && d === cathDay) { addItem(c, S.CATH, date, 1); addItem(c, K.CATHKIT, date, 1); addItem(c, K.FOLEY, date, 1); addItem(c, K.BAG, date, 1); }
      if (death && d === nights - 1) addItem(c, M.MIDAZ, date, 2);
    },
  }), true);
});

typ('C02', '终末期非肿瘤疾病（重度痴呆、终末期心衰）安宁疗护', (i) => {
  const r = regionOf(i, 1); const cs = ctl('C02', i);
  const inst = [r.l2, r.prv, r.chc][i % 3];
  const m = newMember({ region: r.code, ageMin: 82 });
  const adm = startIn(ALLM); const los = ri(15, 40); const hf = i % 2 === 1;
  const dx = hf ? [DX.HF4, DX.CKD, DX.AF, DX.PALL] : [DX.AD, DX.CACHEX, DX.MAL_SEV, DX.PU3, DX.DYSPH, DX.PALL];
  own(cs, stay(m, inst, 'palliative', {
    adm, dis: add(adm, los), dx, route: 'outpatient', mode: chance(0.7) ? 'death' : 'ordered', weekly: false, nursing: () => S.N1,
    meds: hf ? [[M.SPIRO, 1], [M.BISO, 1], [M.RIVA, 1]] : [],
    day: (c, d, date, nights) => {
      palliativeDay(c, d, date, nights, { morphBase: 1, lactulose: !hf });
      if (hf) { addItem(c, M.FUROI, date, 2); addItem(c, S.IVPUSH, date, 2); if (d % 3 === 0) B.labs(c, date, [S.LYTES]); }
      else { if (d === 0) addItem(c, S.NRS, date, 1); addItem(c, M.TPF, date, 1); if (d % 2 === 0) { addItem(c, S.DR_L, date, 1); addItem(c, K.FOAM, date, 1); addItem(c, K.DRKIT, date, 1); } }
    },
  }), true);
});

typ('C03', '养老院老人吸入性肺炎住院', (i) => {
  const r = regionOf(i, 2); const cs = ctl('C03', i);
  const inst = [r.l2, r.l3, r.prv][i % 3];
  const base = pick(['AD', 'STROKE', 'PD']); const prof = comorb([base], 1, ['INSOM']);
  const m = newMember({ region: r.code });
  const adm = startIn(ALLM); const los = ri(8, 14); const tube = chance(0.4);
  own(cs, pneumoniaStay(m, inst, inst === r.l3 ? 'respiratory' : 'geriatrics', adm, los, [DX.ASP, ...profileDx(prof), DX.DYSPH], {
    meds: profileMeds(prof), severe: chance(0.5), procs: tube ? [{ code: '96.0700', date: adm }] : [],
    day: (c, d, date) => { if (tube) { if (d === 0) { addItem(c, S.NGPLACE, date, 1); addItem(c, K.NGTUBE, date, 1); addItem(c, S.NRS, date, 1); } else addItem(c, S.NGFEED, date, 5); addItem(c, M.TPF, date, 2); } },
  }), true);
});

typ('C04', '养老院老人慢性心衰急性加重住院', (i) => {
  const r = regionOf(i, 3); const cs = ctl('C04', i);
  const inst = [r.l2, r.l3, r.prv][i % 3];
  const prof = comorb(['HF'], 1, ['AF', 'INSOM']);
  const m = newMember({ region: r.code });
  own(cs, hfStay(m, inst, inst === r.l3 ? 'cardiology' : 'geriatrics', startIn(ALLM), ri(7, 12), [DX.HFAE, ...profileDx(prof).slice(1), DX.AF], { meds: [...profileMeds(prof).filter(([cd]) => cd !== M.FURO), [M.RIVA, 1]] }), true);
});

typ('C05', 'Ⅲ–Ⅳ期压疮清创与频繁换药', (i) => {
  const r = regionOf(i, 0); const cs = ctl('C05', i);
  const inst = [r.l2, r.prv, r.l3][i % 3];
  const base = pick(['STROKE', 'AD']); const prof = comorb([base], 1, ['INSOM']);
  const m = newMember({ region: r.code });
  const adm = startIn(ALLM); const los = ri(14, 28); const cell = inst.level >= 2 && chance(0.5); const second = los > 18;
  const dx = [i % 2 ? DX.PU4 : DX.PU3, ...(cell ? [DX.CELL] : []), DX.MAL_MOD, ...profileDx(prof)];
  const procs = [{ code: '86.2200', date: add(adm, 1) }, ...(second ? [{ code: '86.2200', date: add(adm, 8) }] : [])];
  own(cs, stay(m, inst, 'geriatrics', {
    adm, dis: add(adm, los), dx, procs, route: 'outpatient', meds: profileMeds(prof), nursing: () => S.N1,
    day: (c, d, date) => {
      if (d === 0) { addItem(c, S.NRS, date, 1); addItem(c, S.PREALB, date, 1); }
      if (d === 1) { addItem(c, S.DEBRIDE, date, 1); addItem(c, S.CULT, date, 1); }
      else if (second && d === 8) addItem(c, S.DEBRIDE, date, 1);
      else if (d < 10) { addItem(c, S.DR_L, date, 1); addItem(c, K.ALGI, date, 1); addItem(c, K.SILVER, date, 1); addItem(c, K.DRKIT, date, 1); }
      else if (d % 2 === 0) { addItem(c, S.DR_L, date, 1); addItem(c, K.FOAM, date, 1); addItem(c, K.DRKIT, date, 1); if (d % 4 === 0) addItem(c, M.EGF, date, 1); }
      if (cell && d >= 1 && d <= 7) B.iv(c, date, [[M.CPZS, 2], [M.NS, 2]]);
      if (d % 7 === 6) B.labs(c, date, [S.ALB]);
      addItem(c, M.TPF, date, 2);
    },
  }), true);
});

typ('C06', '出院后转社区家庭病床', (i) => {
  const r = regionOf(i, 1); const cs = ctl('C06', i);
  const prof = comorb(['STROKE'], ri(1, 2), ['INSOM']);
  const m = newMember({ region: r.code, chronic: prof });
  const hosp = i % 2 ? r.l3 : r.l2; const sAdm = startIn([1, 2, 3, 4, 5, 6, 7, 8]); const sLos = ri(8, 13);
  const st = i % 3 === 0 ? hfStay(m, hosp, hosp === r.l3 ? 'cardiology' : 'geriatrics', sAdm, sLos, [DX.HFAE, ...profileDx(prof)], { meds: profileMeds(prof), mode: 'community' })
    : pneumoniaStay(m, hosp, hosp === r.l3 ? 'respiratory' : 'geriatrics', sAdm, sLos, [DX.PNEU, ...profileDx(prof), DX.HEMI], { meds: profileMeds(prof), mode: 'community' });
  own(cs, st, true);
  const sDis = add(sAdm, sLos);
  const hbAdm = add(sDis, ri(0, 3)); const hbDis = add(hbAdm, ri(30, 75)); const cath = chance(0.4);
  const care = (c, date) => { addItem(c, S.DR_M, date, 1); addItem(c, K.DRKIT, date, 1); addItem(c, K.HYDRO, date, 1); };
  const visits = weeklyVisits(hbAdm, hbDis, 1).map((d, k) => ({ date: d, dispense: 7, care: (c, date) => { if (k % 2 === 0) care(c, date); if (k === 2) B.labs(c, date, [S.CBC, S.LYTES]); if (cath && k % 4 === 0) { addItem(c, S.CATH, date, 1); addItem(c, K.FOLEY, date, 1); addItem(c, K.CATHKIT, date, 1); addItem(c, K.BAG, date, 1); } } }));
  own(cs, homeBed(m, r.chc, { adm: hbAdm, dis: hbDis, route: 'transfer', transferFrom: hosp.id, dx: [DX.STROKE, DX.HEMI, DX.PU2, ...(cath ? [DX.NEUROBL] : []), ...profileDx(prof).slice(1)], meds: profileMeds(prof), visits }), true);
});

typ('C07', '同一养老院一周内多名老人因流感/诺如病毒暴发入院', (i) => {
  const r = regionOf(i, 2); const cs = ctl('C07', i);
  const inst = [r.l2, r.prv, r.l3][i % 3]; const flu = i % 2 === 0;
  const mon = pick(flu ? ['01', '02', '03', '12'] : ['01', '02', '03', '11', '12']);
  const adm0 = `2025-${mon}-${String(ri(1, mon === '12' ? 8 : 20)).padStart(2, '0')}`;
  const n = ri(4, 5);
  for (let k = 0; k < n; k++) {
    const prof = comorb([pick(['STROKE', 'CHD', 'HTN3', 'AD', 'COPD'])], 1, ['AF', 'INSOM']);
    const m = newMember({ region: r.code });
    const adm = add(adm0, k === 0 ? 0 : ri(0, 6));
    if (flu) {
      const pneu = chance(0.5); const los = pneu ? ri(7, 10) : ri(4, 7);
      own(cs, stay(m, inst, inst === r.l3 ? 'respiratory' : 'geriatrics', {
        adm, dis: add(adm, los), dx: [pneu ? DX.FLU_P : DX.FLU, ...profileDx(prof)], route: 'emergency', meds: profileMeds(prof), panelExtra: [S.CRP], nursing: (d) => (d <= 1 ? S.N1 : S.N2),
        day: (c, d, date, nights) => {
          if (d < 5) addItem(c, M.OSEL, date, 2);
          if (d < 3) B.iv(c, date, [[M.GNS, 1]]);
          if (pneu && d < Math.min(7, nights)) { B.iv(c, date, [[M.CTRX, 2], [M.NS, 1]]); }
          if (d < Math.min(4, nights)) { B.o2(c, date, pneu ? ri(12, 20) : ri(4, 8), d === 0); addItem(c, S.NEB, date, 2); addItem(c, M.BUDN, date, 2); if (d === 0) addItem(c, K.NEBK, date, 1); }
          if (d === 3 && nights > 4) B.labs(c, date, [S.CBC, S.CRP]);
        },
      }), true);
    } else {
      const los = ri(3, 6);
      own(cs, stay(m, inst, 'geriatrics', {
        adm, dis: add(adm, los), dx: [DX.NORO, DX.DEHYD, ...profileDx(prof)], route: 'emergency', meds: profileMeds(prof), panelExtra: [S.STOOL, S.CRP], nursing: (d) => (d <= 1 ? S.N1 : S.N2),
        day: (c, d, date, nights) => {
          if (d > 0 && d <= 2) B.labs(c, date, [S.LYTES]);
          if (d < 3) B.iv(c, date, [[M.LR, 2], [M.GNS, 1], [M.KCL, 2]]);
          if (d < 4) addItem(c, M.SMECT, date, 3);
        },
      }), true);
    }
  }
});

typ('C08', '临终数日的强化护理与监护（院内死亡）', (i) => {
  const r = regionOf(i, 3); const cs = ctl('C08', i);
  const inst = [r.l2, r.l3, r.prv][i % 3];
  const base = pick(['AD', 'STROKE', 'HF']); const prof = comorb([base], 1, ['INSOM', 'OP', 'CONST']);
  const m = newMember({ region: r.code, ageMin: 84 });
  const adm = startIn(ALLM); const los = ri(2, 5); const special = i % 2 === 0;
  const [abx, bottles] = abxFor(inst);
  own(cs, stay(m, inst, inst === r.l3 ? 'respiratory' : 'geriatrics', {
    adm, dis: add(adm, los), dx: [DX.PNEU_SEV, DX.RESPF, ...profileDx(prof)], route: 'emergency', mode: 'death', weekly: false, panelExtra: [S.CRP, S.ABG],
    nursing: () => (special ? S.NSP : S.N1),
    day: (c, d, date) => {
      if (!special) B.monitor(c, date, 24, 12);
      B.o2(c, date, 24, d === 0);
      B.iv(c, date, [abx, [M.NS, bottles]]);
      addItem(c, M.MORPH, date, ri(1, 2)); addItem(c, S.SC, date, 2);
      if (d === 1) B.labs(c, date, [S.ABG, S.LYTES]);
    },
    last: (c, date) => { B.o2(c, date, ri(3, 12), false); if (!special) B.monitor(c, date, ri(3, 12), 4); addItem(c, M.MIDAZ, date, 1); },
  }), true);
});

typ('C09', '痴呆合并谵妄入院（感染诱发）', (i) => {
  const r = regionOf(i, 0); const cs = ctl('C09', i);
  const inst = [r.l2, r.l3, r.prv][i % 3];
  const dem = i % 4 === 3 ? 'SENDEM' : 'AD'; const prof = comorb([dem], 1, ['INSOM']);
  const m = newMember({ region: r.code, ageMin: 78 });
  const adm = startIn(ALLM); const los = ri(7, 13); const trig = chance(0.6) ? DX.UTI : DX.PNEU;
  own(cs, stay(m, inst, 'geriatrics', {
    adm, dis: add(adm, los), dx: [DX.DELIR, PROFILE[dem].dx, trig, ...profileDx(prof).slice(1)], route: 'emergency', meds: profileMeds(prof), panelExtra: [S.CRP, ...(inst.habit.panel.includes(S.UA) ? [] : [S.UA])],
    nursing: (d) => (d <= 3 ? S.N1 : S.N2),
    day: (c, d, date, nights) => {
      if (d === 0) { addItem(c, S.CTHEAD, date, 1); addItem(c, trig === DX.UTI ? S.CULT : S.SPCULT, date, 1); }
      if (d < 7) B.iv(c, date, [[M.CTRX, 2], [M.NS, 1], ...(d < 3 ? [[M.GNS, 1]] : [])]);
      if (d >= 1 && d <= 6) addItem(c, M.RISP, date, 1);
      if (d === nights - 1) addItem(c, S.MMSE, date, 1);
    },
  }), true);
});

typ('C10', '长期鼻饲老人住院期间按周期更换胃管', (i) => {
  const r = regionOf(i, 1); const cs = ctl('C10', i);
  const [inst, dept] = [[r.l2, 'rehabilitation'], [r.prv, 'rehabilitation'], [r.l3, 'geriatrics']][i % 3];
  const base = pick(['STROKE', 'AD']); const prof = comorb([base], 1, ['DM', 'INSOM']);
  const dx = [PROFILE[base].dx, DX.DYSPH, ...(base === 'STROKE' ? [DX.HEMI] : []), ...profileDx(prof).slice(1)];
  const m = newMember({ region: r.code });
  const adm = startIn(ALLM); const los = ri(24, 40); const change = los > 29 ? ri(26, 29) : null;
  own(cs, stay(m, inst, dept, {
    adm, dis: add(adm, los), dx, procs: [{ code: '96.0700', date: adm }, ...(change ? [{ code: '96.0700', date: add(adm, change) }] : [])], ...(i % 2 === 0 ? { route: 'outpatient' } : { route: 'transfer', transferFrom: r.l3.id === inst.id ? r.l2.id : r.l3.id }), meds: profileMeds(prof), nursing: () => S.N1,
    day: (c, d, date) => {
      if (d === 0 || d === change) { addItem(c, S.NGPLACE, date, 1); addItem(c, K.NGTUBE, date, 1); } else addItem(c, S.NGFEED, date, 5);
      if (d === 0) addItem(c, S.SWEVAL, date, 1);
      if (d % 7 === 0) addItem(c, S.NRS, date, 1);
      if (d % 14 === 0) B.labs(c, date, [S.PREALB]);
      if (d > 0 && dow(date) !== 0) addItem(c, S.SWTRAIN, date, 1);
      addItem(c, M.TPF, date, 2);
    },
  }), true);
});

typ('C11', '导尿管相关尿路感染住院并更换导尿管', (i) => {
  const r = regionOf(i, 2); const cs = ctl('C11', i);
  const inst = [r.l2, r.prv, r.l3][i % 3];
  const base = pick(['STROKE', 'PD', 'AD']); const prof = comorb([base], 1, ['INSOM']);
  const m = newMember({ region: r.code });
  const adm = startIn(ALLM); const los = ri(7, 10); const reblock = i % 3 === 1;
  own(cs, utiStay(m, inst, 'geriatrics', adm, los, [DX.CAUTI, DX.NEUROBL, ...profileDx(prof)], {
    meds: profileMeds(prof), procs: [{ code: '57.9500', date: adm }, ...(reblock ? [{ code: '57.9500', date: add(adm, 5) }] : [])],
    day: (c, d, date) => { if (d === 0 || (reblock && d === 5)) { addItem(c, S.CATH, date, 1); addItem(c, K.FOLEY, date, 1); addItem(c, K.CATHKIT, date, 1); addItem(c, K.BAG, date, 1); } },
  }), true);
});

typ('C12', '消化道出血/麻痹性肠梗阻禁食期间短期肠外营养后恢复鼻饲', (i) => {
  const r = regionOf(i, 3); const cs = ctl('C12', i);
  const inst = [r.l2, r.l3, r.prv][i % 3];
  const base = pick(['STROKE', 'AD']); const prof = comorb([base], 1, ['DM', 'INSOM', 'AF']);
  const bleed = i % 2 === 0;
  const m = newMember({ region: r.code });
  const adm = startIn(ALLM); const los = ri(10, 16); const npo = ri(5, 7);
  own(cs, stay(m, inst, 'geriatrics', {
    adm, dis: add(adm, los), dx: [bleed ? DX.UGIB : DX.ILEUS, PROFILE[base].dx, DX.DYSPH, ...(bleed ? [DX.ANEMIA] : [DX.HYPOK]), ...profileDx(prof).slice(1)], procs: [{ code: '96.0700x001', date: adm }],
    route: 'emergency', meds: [], panelExtra: bleed ? [S.STOOL, S.COAG] : [], nursing: (d) => (d <= 3 ? S.N1 : S.N2),
    day: (c, d, date) => {
      if (d === 0) { addItem(c, K.NGTUBE, date, 1); addItem(c, S.NRS, date, 1); if (!bleed) addItem(c, S.USABD, date, 1); if (bleed) { B.labs(c, date, [S.ABO, S.XMATCH]); addItem(c, S.RBC, date, 2); addItem(c, S.TRANSF, date, 1); addItem(c, K.TRANSSET, date, 1); } }
      if (d < npo) {
        addItem(c, S.DECOMP, date, 1);
        B.iv(c, date, [[M.PN3, 1], [M.NS, 1], ...(bleed && d < 5 ? [[M.OMEPI, 2]] : [])]);
        addItem(c, M.WSV, date, 1); addItem(c, M.TRACE, date, 1); addItem(c, S.PNMIX, date, 1); addItem(c, S.IVPUMP, date, 16);
        if (d % 3 === 0) { addItem(c, S.CANNULA, date, 1); addItem(c, K.CANN, date, 1); }
        if (d >= 1 && d <= 2) B.labs(c, date, bleed ? [S.CBC] : [S.LYTES]);
      } else { addItem(c, S.NGFEED, date, d === npo ? 3 : 5); addItem(c, M.TPF, date, d === npo ? 1 : 2); B.meds(c, date, profileMeds(prof)); if (bleed) addItem(c, M.OMEP, date, 2); }
    },
  }), true);
});

typ('C13', '出院后短期内因另一急性病再次入院', (i) => {
  const r = regionOf(i, 0); const cs = ctl('C13', i);
  const base = pick(['AD', 'STROKE', 'PD']); const prof = comorb([base], 1, ['INSOM']);
  const m = newMember({ region: r.code });
  const inst1 = [r.l2, r.prv, r.l2][i % 3]; const adm1 = startIn([1, 2, 3, 4, 5, 6, 7, 8, 9]); const los1 = ri(6, 9);
  own(cs, utiStay(m, inst1, 'geriatrics', adm1, los1, [DX.UTI, ...profileDx(prof)], { meds: profileMeds(prof) }), true);
  const adm2 = add(adm1, los1 + ri(5, 28)); const inst2 = i % 2 ? r.l3 : inst1;
  own(cs, pneumoniaStay(m, inst2, inst2 === r.l3 ? 'respiratory' : 'geriatrics', adm2, ri(8, 12), [DX.ASP, ...profileDx(prof), DX.DYSPH], { meds: profileMeds(prof), severe: chance(0.4) }), true);
});

typ('C14', '养老院医务室首诊当日转入医院', (i) => {
  const r = regionOf(i, 1); const cs = ctl('C14', i);
  const kind = i % 3; const prof = comorb([kind === 1 ? 'HF' : 'STROKE'], 1, ['INSOM', 'AF']);
  const m = newMember({ region: r.code });
  const D0 = startIn(ALLM); const hosp = i % 2 ? r.l3 : r.l2;
  const lead = kind === 0 ? DX.PNEU : kind === 1 ? DX.HFAE : DX.NEWSTROKE;
  const cv = own(cs, visit(m, r.clinic, 'clinic', 'outpatient', D0, [lead, ...profileDx(prof)], (c) => { opdFee(c, r.clinic); addItem(c, S.ECG, D0, 1); B.bg(c, D0, 1); B.o2(c, D0, 2, true); }), true);
  cv._order = -1;
  const los = ri(8, 13); const o = { route: 'transfer', transferFrom: r.clinic.id, meds: profileMeds(prof) };
  let st;
  if (kind === 0) st = pneumoniaStay(m, hosp, hosp === r.l3 ? 'respiratory' : 'geriatrics', D0, los, [DX.PNEU, ...profileDx(prof)], o);
  else if (kind === 1) st = hfStay(m, hosp, hosp === r.l3 ? 'cardiology' : 'geriatrics', D0, los, [DX.HFAE, ...profileDx(prof).slice(1)], { ...o, meds: profileMeds(prof).filter(([cd]) => cd !== M.FURO) });
  else st = stay(m, hosp, hosp === r.l3 ? 'neurology' : 'geriatrics', { adm: D0, dis: add(D0, los), dx: [DX.NEWSTROKE, ...profileDx(prof).filter((d) => d !== DX.STROKE)], route: 'transfer', transferFrom: r.clinic.id, meds: [[M.ATOR, 1]], panelExtra: [S.COAG, S.LIPID, S.HBA1C],
    nursing: (d) => (d <= 3 ? S.N1 : S.N2),
    day: (c, d, date) => { if (d === 0) addItem(c, S.CTHEAD, date, 1); if (d === 1 && hosp.level >= 2) addItem(c, S.MRIHEAD, date, 1); if (d === 1) addItem(c, S.USLEG, date, 1); if (d < 3) B.monitor(c, date, 24, 12); addItem(c, M.ASA, date, 1); if (d < 21) addItem(c, M.CLOP, date, 1); if (d >= 2) { addItem(c, S.HEMI, date, 1); } if (d === 2) { addItem(c, S.SWEVAL, date, 1); addItem(c, S.REVAL, date, 1); } } });
  own(cs, st, true);
});

typ('C15', '卧床老人长期家庭病床（按周巡诊、按月换管）', (i) => {
  const r = regionOf(i, 2); const cs = ctl('C15', i);
  const prof = comorb(['STROKE'], ri(1, 2), ['INSOM']);
  const m = newMember({ region: r.code, chronic: prof });
  const adm = startIn([1, 2, 3, 4, 5, 6, 7, 8, 9]); const dis = add(adm, ri(60, 88));
  const cath = i % 3 !== 1; const tube = i % 3 !== 0;
  const visits = weeklyVisits(adm, dis, 1).map((d, k) => ({ date: d, dispense: 7, care: (c, date) => {
    if (k % 4 === 0) { if (cath) { addItem(c, S.CATH, date, 1); addItem(c, K.FOLEY, date, 1); addItem(c, K.CATHKIT, date, 1); addItem(c, K.BAG, date, 1); } if (tube) { addItem(c, S.NGPLACE, date, 1); addItem(c, K.NGTUBE, date, 1); } }
    addItem(c, S.DR_M, date, 1); addItem(c, K.HYDRO, date, 1); addItem(c, K.DRKIT, date, 1);
    if (k % 4 === 2) B.labs(c, date, [S.CBC, S.LYTES]);
    if (tube) addItem(c, M.TPF, date, 14);
    if (tube && k % 4 === 0) addItem(c, S.NRS, date, 1);
  } }));
  const procs = []; weeklyVisits(adm, dis, 1).forEach((d, k) => { if (k % 4 === 0) { if (cath) procs.push({ code: '57.9500', date: d }); if (tube) procs.push({ code: '96.0700', date: d }); } });
  own(cs, homeBed(m, r.chc, { adm, dis, dx: [DX.STROKE, DX.HEMIC, ...(cath ? [DX.NEUROBL] : []), ...(tube ? [DX.DYSPH] : []), DX.PU2, ...profileDx(prof).slice(1)], procs, meds: profileMeds(prof), visits }), true);
});

typ('C16', '晚期帕金森病伴吞咽障碍住院评估与训练', (i) => {
  const r = regionOf(i, 3); const cs = ctl('C16', i);
  const inst = i % 2 ? r.l3 : r.l2;
  const prof = comorb(['PD'], 1, ['INSOM']);
  const m = newMember({ region: r.code, ageMin: 72 });
  const adm = startIn(ALLM); const los = ri(10, 14);
  own(cs, stay(m, inst, inst === r.l3 ? 'neurology' : 'rehabilitation', {
    adm, dis: add(adm, los), dx: [DX.PD4, DX.DYSPH, ...profileDx(prof).slice(1)], route: 'outpatient', meds: [...profileMeds(prof).filter(([cd]) => cd !== M.MADO), [M.MADO, 4]],
    day: (c, d, date) => {
      if (d === 0) { addItem(c, S.SWEVAL, date, 1); addItem(c, S.ADL, date, 1); }
      if (d === 1) { addItem(c, S.MRIHEAD, date, 1); addItem(c, S.VFSS, date, 1); }
      if (d === 2) addItem(c, S.MMSE, date, 1);
      if (d >= 2 && dow(date) !== 0) { addItem(c, S.SWTRAIN, date, 1); addItem(c, S.BALANCE, date, 1); }
    },
  }), true);
});

typ('C17', '安宁疗护期间合并感染的对症抗感染治疗', (i) => {
  const r = regionOf(i, 0); const cs = ctl('C17', i);
  const inst = [r.chc, r.l2, r.prv][i % 3];
  const m = newMember({ region: r.code, ageMin: 70 });
  const adm = startIn(ALLM); const los = ri(14, 28); const onset = ri(4, los - 8); const uti = chance(0.5);
  own(cs, stay(m, inst, 'palliative', {
    adm, dis: add(adm, los), dx: [...terminalCancer(), uti ? DX.UTI : DX.PNEU], route: 'outpatient', mode: chance(0.5) ? 'death' : 'ordered', weekly: false, nursing: () => S.N1,
    day: (c, d, date, nights) => {
      palliativeDay(c, d, date, nights);
      if (d === onset) { B.labs(c, date, [S.CBC, S.CRP]); addItem(c, uti ? S.UA : S.CXR, date, 1); addItem(c, uti ? S.CULT : S.SPCULT, date, 1); }
      if (d >= onset && d < onset + 6) B.iv(c, date, [[M.CTRX, 2], [M.NS, 1]]);
      if (d >= onset && d < onset + 3) addItem(c, M.PARA, date, 3);
    },
  }), true);
});

typ('C18', '重度依赖卧床老人坠积性肺炎住院全程Ⅰ级护理', (i) => {
  const r = regionOf(i, 1); const cs = ctl('C18', i);
  const inst = [r.l2, r.prv, r.l3][i % 3];
  const prof = comorb(['STROKE'], 1, ['INSOM']);
  const m = newMember({ region: r.code, ageMin: 80 });
  const adm = startIn(ALLM); const los = ri(9, 14);
  own(cs, pneumoniaStay(m, inst, inst === r.l3 ? 'respiratory' : 'geriatrics', adm, los, [DX.HYPOST, DX.STROKE, DX.HEMIC, DX.DYSPH, ...profileDx(prof).slice(1)], {
    meds: profileMeds(prof), severe: true, nursing: () => S.N1,
    day: (c, d, date) => { addItem(c, S.NGFEED, date, 5); addItem(c, M.TPF, date, 2); if (d === 0) addItem(c, S.NRS, date, 1); },
  }), true);
});

typ('C19', '安宁疗护病房转上级医院后死亡（按转出日结算）', (i) => {
  const r = regionOf(i, 2); const cs = ctl('C19', i);
  const A = [r.chc, r.l2, r.prv][i % 3];
  const m = newMember({ region: r.code, ageMin: 72 });
  const dx = terminalCancer();
  const aAdm = startIn(ALLM); const T = add(aAdm, ri(8, 20));
  own(cs, stay(m, A, 'palliative', { adm: aAdm, dis: T, dx, route: 'outpatient', mode: 'transfer', weekly: false, nursing: () => S.N1, day: (c, d, date, nights) => palliativeDay(c, d, date, nights) }), true);
  own(cs, stay(m, r.l3, 'geriatrics', {
    adm: T, dis: add(T, ri(1, 3)), dx: [DX.RESPF_A, ...dx], route: 'transfer', transferFrom: A.id, mode: 'death', weekly: false, panelExtra: [S.CRP, S.ABG], nursing: () => S.N1,
    day: (c, d, date) => { B.monitor(c, date, 24, 12); B.o2(c, date, 24, d === 0); addItem(c, M.MORPH, date, 3); addItem(c, S.SC, date, 3); },
    last: (c, date) => { B.o2(c, date, ri(4, 10), false); B.monitor(c, date, ri(4, 10), 0); addItem(c, M.MIDAZ, date, 1); },
  }), true);
});

typ('C20', '慢特病长处方取药后数周内病故（死亡前的合规取药）', (i) => {
  const r = regionOf(i, 3); const cs = ctl('C20', i);
  const prof = comorb([pick(['HTN', 'CHD', 'STROKE'])], 1, ['INSOM', 'AF', 'OP', 'CONST']);
  const m = newMember({ region: r.code, chronic: prof, ageMin: 80 });
  const where = i % 2 ? r.clinic : r.chc; const dept = where === r.clinic ? 'clinic' : 'general_practice';
  let d = startIn([1, 2, 3, 4, 5]); const n = ri(2, 3); let lastDays = 28;
  for (let k = 0; k < n; k++) {
    lastDays = k === n - 1 && chance(0.5) ? 56 : 28;
    const date = d;
    own(cs, visit(m, where, dept, 'chronic', date, profileDx(prof), (c) => { opdFee(c, where); dispense(c, profileMeds(prof), lastDays, { longPrescription: lastDays > 30 }); if (k === 0) B.labs(c, date, [S.RFT, S.LYTES]); }), true);
    if (k < n - 1) d = add(d, ri(26, 30));
  }
  const adm = add(d, ri(8, lastDays - 4)); const los = ri(3, 9); const hosp = i % 3 ? r.l2 : r.l3;
  own(cs, pneumoniaStay(m, hosp, hosp === r.l3 ? 'respiratory' : 'geriatrics', adm, los, [DX.PNEU_SEV, DX.RESPF, ...profileDx(prof)], { meds: profileMeds(prof), mode: 'death', severe: true, nursing: () => S.N1 }), true);
});

typ('C21', '慢阻肺频繁急性加重反复住院', (i) => {
  const r = regionOf(i, 0); const cs = ctl('C21', i);
  const inst = [r.l2, r.l3, r.prv][i % 3]; const dept = inst === r.prv ? 'geriatrics' : 'respiratory';
  const prof = comorb(['COPD'], 1, ['INSOM']);
  const m = newMember({ region: r.code });
  let adm = startIn([1, 2, 3, 9, 10]); const n = ri(2, 3);
  for (let k = 0; k < n; k++) {
    const los = ri(7, 11); const resp = chance(0.4);
    own(cs, copdStay(m, inst, dept, adm, los, [DX.COPDAE, ...(resp ? [DX.RESPF] : []), ...profileDx(prof).slice(1)], { meds: profileMeds(prof).filter(([cd]) => cd !== M.AMBROX) }), true);
    adm = add(adm, los + ri(10, 40));
  }
});

typ('C22', '合作病房出院当日回养老院医务室换药', (i) => {
  const r = regionOf(i, 1); const cs = ctl('C22', i);
  const ward = i % 3 === 2 ? r.l2 : r.prv;
  const prof = comorb([pick(['STROKE', 'AD'])], 1, ['INSOM']);
  const m = newMember({ region: r.code });
  const adm = startIn(ALLM); const los = ri(10, 18); const dis = add(adm, los);
  const clinicDress = (date) => (c) => { opdFee(c, r.clinic); addItem(c, S.DR_L, date, 1); addItem(c, K.FOAM, date, 1); addItem(c, K.DRKIT, date, 1); };
  const dx = [DX.PU3, ...profileDx(prof)];
  const pre = add(adm, -ri(2, 4));
  own(cs, visit(m, r.clinic, 'clinic', 'outpatient', pre, dx, clinicDress(pre)), true);
  own(cs, stay(m, ward, 'geriatrics', {
    adm, dis, dx, route: 'outpatient', meds: profileMeds(prof), nursing: () => S.N1,
    day: (c, d, date) => { if (d === 1) addItem(c, S.DEBRIDE, date, 1); else if (d % 2 === 0) { addItem(c, S.DR_L, date, 1); addItem(c, K.FOAM, date, 1); addItem(c, K.DRKIT, date, 1); } addItem(c, M.TPF, date, 1); if (d === 0) addItem(c, S.NRS, date, 1); },
    procs: [{ code: '86.2200', date: add(adm, 1) }],
  }), true);
  const v1 = visit(m, r.clinic, 'clinic', 'outpatient', dis, dx, (c) => { opdFee(c, r.clinic); addItem(c, S.DR_L, dis, 1); addItem(c, K.FOAM, dis, 1); addItem(c, K.DRKIT, dis, 1); });
  own(cs, v1, true); v1._order = 1;
  const d2 = add(dis, ri(2, 3));
  own(cs, visit(m, r.clinic, 'clinic', 'outpatient', d2, dx, (c) => { opdFee(c, r.clinic); addItem(c, S.DR_L, d2, 1); addItem(c, K.FOAM, d2, 1); addItem(c, K.DRKIT, d2, 1); }), true);
});

typ('C23', '老人脱水/低钠血症短期住院纠正', (i) => {
  const r = regionOf(i, 2); const cs = ctl('C23', i);
  const inst = [r.l2, r.prv, r.l3][i % 3];
  const base = pick(['AD', 'STROKE', 'HF']); const prof = comorb([base], 1, ['INSOM']);
  const m = newMember({ region: r.code, ageMin: 80 });
  const adm = startIn(ALLM); const los = ri(3, 6); const na = i % 2 === 0;
  own(cs, stay(m, inst, 'geriatrics', {
    adm, dis: add(adm, los), dx: [na ? DX.HYPONA : DX.DEHYD, ...profileDx(prof)], route: 'emergency', meds: profileMeds(prof).filter(([cd]) => cd !== M.FURO && cd !== M.SPIRO), nursing: (d) => (d <= 1 ? S.N1 : S.N2),
    day: (c, d, date, nights) => {
      if (d > 0) B.labs(c, date, [S.LYTES]);
      if (d === 0 && na) B.labs(c, date, [S.LYTES]);
      if (d < Math.min(3, nights)) B.iv(c, date, na ? [[M.NS, 2], [M.KCL, 1]] : [[M.NS, 1], [M.GNS, 2], [M.KCL, 2]]);
      if (d === 2) B.labs(c, date, [S.RFT]);
    },
  }), true);
});

typ('C24', '脑梗死恢复期老人康复住院（每日康复训练）', (i) => {
  const r = regionOf(i, 3); const cs = ctl('C24', i);
  const inst = i % 2 ? r.prv : r.l2;
  const prof = comorb(['STROKE'], 1, ['INSOM']); const dys = chance(0.4);
  const m = newMember({ region: r.code, ageMin: 70, ageMax: 88 });
  const adm = startIn(ALLM); const los = ri(21, 30);
  own(cs, stay(m, inst, 'rehabilitation', {
    adm, dis: add(adm, los), dx: [DX.STROKE, DX.HEMI, ...(dys ? [DX.DYSPH] : []), ...profileDx(prof).slice(1)], route: 'transfer', transferFrom: r.l3.id, meds: profileMeds(prof),
    day: (c, d, date, nights) => {
      if (d === 0 || d === nights - 1) { addItem(c, S.REVAL, date, 1); addItem(c, S.ADL, date, 1); if (dys) addItem(c, S.SWEVAL, date, 1); }
      else if (dow(date) !== 0) { addItem(c, S.HEMI, date, 1); addItem(c, S.PT, date, 1); addItem(c, S.OT, date, 1); addItem(c, S.MIDF, date, 1); if (dys) addItem(c, S.SWTRAIN, date, 1); }
    },
  }), true);
});

// ================================================================ routine: ordinary care of the same institutions
typ('R', '常规诊疗', (i) => {
  const r = regionOf(i, 0);
  const cs = newCase('routine', 'R', '常规诊疗', 'routine');
  const kind = i < 20 ? 'opd' : i < 45 ? 'chronic' : i < 58 ? 'pharmacy' : i < 68 ? 'clinic' : i < 92 ? 'stay' : 'homebed';
  cs.variant = 'routine-' + kind;
  const date = randDate('2025-01-06', '2025-12-15');
  if (kind === 'opd') {
    const prof = comorb([pick(['HTN', 'CHD', 'STROKE', 'AD', 'PD', 'COPD', 'DM'])], ri(0, 2), ['INSOM']);
    const m = newMember({ region: r.code, ageMin: 70 });
    const inst = i % 2 ? r.l3 : r.l2;
    own(cs, visit(m, inst, 'geriatrics', 'outpatient', date, profileDx(prof), (c) => {
      opdFee(c, inst);
      if (chance(0.5)) B.labs(c, date, prof.includes('DM') ? [S.FBG, S.HBA1C, S.RFT] : [S.RFT, S.LIPID]);
      if (chance(0.3)) addItem(c, S.ECG, date, 1);
      if (prof.includes('AD') && chance(0.5)) addItem(c, S.MMSE, date, 1);
      dispense(c, profileMeds(prof), pick([14, 28]));
    }), true);
  } else if (kind === 'chronic') {
    const prof = comorb([pick(['HTN', 'DM', 'STROKE', 'CHD', 'AD'])], ri(0, 2), ['INSOM', 'OP', 'CONST', 'AF']);
    const m = newMember({ region: r.code, ageMin: 70, chronic: prof });
    const [inst, dept] = i % 3 === 0 ? [r.clinic, 'clinic'] : [r.chc, 'general_practice'];
    const days = chance(0.35) ? 84 : 28;
    own(cs, visit(m, inst, dept, 'chronic', date, profileDx(prof), (c) => {
      opdFee(c, inst);
      if (chance(0.3)) B.labs(c, date, prof.includes('DM') ? [S.FBG, S.HBA1C] : [S.RFT]);
      if (prof.includes('DM')) B.bg(c, date, 1);
      dispense(c, profileMeds(prof), days, { longPrescription: days > 30 });
    }), true);
  } else if (kind === 'pharmacy') {
    const prof = [pick(['HTN', 'HTN3', 'DM', 'CHD', 'OP', 'CONST'])];
    const m = newMember({ region: r.code, ageMin: 68 });
    own(cs, visit(m, r.pharm, 'pharmacy', 'pharmacy', date, profileDx(prof), (c) => dispense(c, profileMeds(prof), pick([14, 28, 30]))), true);
  } else if (kind === 'clinic') {
    const prof = comorb([pick(['STROKE', 'AD', 'DM', 'HTN'])], 1, ['INSOM']);
    const m = newMember({ region: r.code, ageMin: 75 });
    const what = i % 3;
    const dx = what === 0 ? [DX.PU2, ...profileDx(prof)] : what === 1 ? [DX.UTI, ...profileDx(prof)] : [DX.CONST, ...profileDx(prof)];
    own(cs, visit(m, r.clinic, 'clinic', 'outpatient', date, dx, (c) => {
      opdFee(c, r.clinic);
      if (what === 0) { addItem(c, S.DR_M, date, 1); addItem(c, K.DRKIT, date, 1); addItem(c, K.HYDRO, date, 1); }
      else if (what === 1) { addItem(c, S.UA, date, 1); addItem(c, 'XJ01XEF501A001', date, 12); }
      else addItem(c, M.LACT, date, 10);
    }), true);
  } else if (kind === 'stay') {
    const w = i % 6; const inst = [r.l2, r.l3, r.prv, r.l2, r.l3, r.l2][i % 6];
    const prof = comorb([pick(['STROKE', 'CHD', 'AD', 'HTN3'])], 1, ['INSOM', 'AF']);
    const m = newMember({ region: r.code, ageMin: 70 });
    const dept = inst === r.l3 ? 'respiratory' : 'geriatrics';
    if (w === 0 || w === 3) own(cs, pneumoniaStay(m, inst, dept, date, ri(7, 11), [DX.PNEU, ...profileDx(prof)], { meds: profileMeds(prof) }), true);
    else if (w === 1) own(cs, copdStay(m, inst, 'respiratory', date, ri(7, 10), [DX.COPDAE, ...profileDx(prof)], { meds: profileMeds(prof) }), true);
    else if (w === 2) own(cs, utiStay(m, inst, 'geriatrics', date, ri(6, 8), [DX.UTI, ...profileDx(prof)], { meds: profileMeds(prof) }), true);
    else if (w === 4) { const hp = comorb(['HF'], 1, ['AF', 'INSOM']); own(cs, hfStay(m, inst, 'cardiology', date, ri(7, 10), [DX.HFAE, ...profileDx(hp).slice(1)], { meds: profileMeds(hp).filter(([cd]) => cd !== M.FURO) }), true); }
    else { const pal = [r.chc, r.l2][i % 2]; const los = ri(12, 30); own(cs, stay(m, pal, 'palliative', { adm: date, dis: add(date, los), dx: terminalCancer(), route: 'outpatient', mode: chance(0.5) ? 'death' : 'ordered', weekly: false, nursing: () => S.N1, day: (c, d, dt, nights) => palliativeDay(c, d, dt, nights) }), true); }
  } else {
    const prof = comorb(['STROKE'], ri(0, 2), ['INSOM']);
    const m = newMember({ region: r.code, ageMin: 75, chronic: prof });
    const adm = randDate('2025-01-06', '2025-09-20'); const dis = add(adm, ri(28, 60));
    const visits = weeklyVisits(adm, dis, 1).map((d, k) => ({ date: d, dispense: 7, care: (c, date) => { if (k % 2 === 1) { addItem(c, S.DR_M, date, 1); addItem(c, K.DRKIT, date, 1); addItem(c, K.HYDRO, date, 1); } if (k === 1) B.labs(c, date, [S.CBC, S.RFT]); } }));
    own(cs, homeBed(m, r.chc, { adm, dis, dx: [DX.STROKE, DX.HEMI, DX.PU2, ...profileDx(prof).slice(1)], meds: profileMeds(prof), visits }), true);
  }
});


// ---------------------------------------------------------------- run the typologies
const FRAUD = ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10', 'T11', 'T12', 'T13', 'T14', 'T15'];
const CONTROL = Array.from({ length: 24 }, (_, i) => 'C' + String(i + 1).padStart(2, '0'));
for (const code of FRAUD) for (let i = 0; i < 15; i++) TYPES[code](i);
for (const code of CONTROL) for (let i = 0; i < 15; i++) TYPES[code](i);
for (let i = 0; i < 100; i++) TYPES.R(i);

// ---------------------------------------------------------------- checks against the rows' formal limits
function checkClaim(c) {
  const errs = [];
  const byDay = new Map(); const days = new Map();
  const dxs = c.diagnoses.map((d) => d.code);
  for (const it of c.items) {
    const row = CAT[it.code];
    const bad = (what) => { if (!(it._allow && (it._allow === true || it._allow.includes(what)))) errs.push(`${c._case.caseId} ${c._case.code} line ${it.lineId} ${row.name} ${it.date}: ${what}`); };
    const level = c.provider.level;
    if (Math.round(it.unitPrice * 100) > Math.round(row.priceCap[String(level)] * 100)) bad('price');
    if (row.setting === 'inpatient' && c.visitType !== 'inpatient') bad('setting');
    if (row.setting === 'outpatient' && c.visitType === 'inpatient') bad('setting');
    if (row.minLevel && level < row.minLevel) bad('minLevel');
    if (row.gender && row.gender !== c.patient.gender) bad('gender');
    const age = ageOn(c.patient.birthDate, it.date);
    if (row.ageMin != null && age < row.ageMin) bad('ageMin');
    if (row.ageMax != null && age > row.ageMax) bad('ageMax');
    if (row.indications && row.indications.length && !dxs.some((d) => row.indications.some((p) => d.startsWith(p)))) bad('indications');
    const k = it.code + '|' + it.date; byDay.set(k, (byDay.get(k) || 0) + it.quantity);
    if (!days.has(it.code)) days.set(it.code, new Set()); days.get(it.code).add(it.date);
    if (c.visitType === 'inpatient' && (it.date < c.admissionDate || it.date > c.dischargeDate)) bad('date outside stay');
    if (c.visitType !== 'inpatient' && it.date !== c.visitDate) bad('date not the visit');
  }
  for (const it of c.items) {
    const row = CAT[it.code];
    const bad = (what) => { if (!(it._allow && (it._allow === true || it._allow.includes(what)))) errs.push(`${c._case.caseId} ${c._case.code} line ${it.lineId} ${row.name} ${it.date}: ${what}`); };
    if (row.maxPerDay != null && byDay.get(it.code + '|' + it.date) > row.maxPerDay) bad('maxPerDay');
    if (row.maxDays != null && days.get(it.code).size > row.maxDays) bad('maxDays');
    for (const x of [...(row.excludes || []), ...(row.includes || [])]) if (byDay.has(x + '|' + it.date)) bad('excludes/includes ' + x);
    for (const e of row.includesDuring || []) {
      if (e.visitTypes && !e.visitTypes.includes(c.visitType)) continue;
      for (const x of e.codes) {
        const q = byDay.get(x + '|' + it.date); if (!q) continue;
        if (!e.hours) { bad('includesDuring ' + x); continue; }
        if (q > 24 - byDay.get(it.code + '|' + it.date) + (e.overlapHours || 0)) bad('includesDuring hours ' + x);
      }
    }
  }
  if (c.visitType === 'inpatient') for (const p of c.procedures) if (p.date < c.admissionDate || p.date > c.dischargeDate) errs.push(`${c._case.caseId} procedure ${p.code} outside stay`);
  return errs;
}
function finishIV(c) {
  if (!c._iv) return;
  for (const [date, e] of c._iv) { const o = { mut: e.mut }; addItem(c, S.IVF1, date, 1, o); if (e.groups > 1) addItem(c, S.IVFADD, date, Math.min(e.groups - 1, 5), o); addItem(c, K.IVSET, date, 1, o); }
}
for (const c of ALL_CLAIMS) {
  finishIV(c);
  c.items = c.items.map((it, k) => [it, k]).sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1])).map(([it]) => it);
  c.items.forEach((it, k) => { it.lineId = String(k + 1); });
}
const problems = [];
for (const c of ALL_CLAIMS) { problems.push(...checkClaim(c)); const last = c.dischargeDate || c.visitDate; const first = c.admissionDate || c.visitDate; if (first < '2025-01-01' || last > '2025-12-31') problems.push(`${c._case.caseId} ${c._case.code}: service dates outside 2025 (${first}..${last})`); }
if (problems.length) { console.error(problems.slice(0, 40).join('\n')); throw new Error(problems.length + ' lines break a row limit'); }

// ---------------------------------------------------------------- settlement order, ids
ALL_CLAIMS.sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : (a._order || 0) - (b._order || 0) || a._seq - b._seq));
const hospSeq = {};
for (const c of ALL_CLAIMS) { const h = c.provider.hospitalId; hospSeq[h] = (hospSeq[h] || 0) + 1; c.claimId = `${c.region}-${h}-2025-${String(hospSeq[h]).padStart(6, '0')}`; }

// ---------------------------------------------------------------- amounts and fund (policies.json: deductible, ratio, caps)
function policyOf(c) {
  const prov = POL.provinces[c.region.slice(0, 2)];
  let sch = JSON.parse(JSON.stringify(prov.schemes[c.insuranceType]));
  const reg = prov.regions && prov.regions[c.region];
  if (reg && reg.schemes && reg.schemes[c.insuranceType]) for (const [k, v] of Object.entries(reg.schemes[c.insuranceType])) sch[k] = Object.assign(sch[k] || {}, v);
  return sch;
}
const state = {};
for (const c of ALL_CLAIMS) {
  let totalFen = 0, policyFen = 0;
  for (const it of c.items) { totalFen += it._fen; policyFen += Math.round(it._fen * (1 - CAT[it.code].selfPayShare)); }
  const sch = policyOf(c);
  const st = state[c.patient.insuredId] || (state[c.patient.insuredId] = { admissions: 0, inpFund: 0, opDed: 0, opFund: 0, chrFund: 0 });
  const lvl = String(c.provider.level);
  let fundFen = 0;
  if (c.visitType === 'inpatient') {
    const s = sch.inpatient; let ded = s.deductible[lvl] * 100;
    if (s.laterAdmissionDeductibleShare != null && st.admissions >= 1) ded = Math.round(ded * s.laterAdmissionDeductibleShare);
    st.admissions++;
    const ratio = Math.min(s.ratio[lvl] + (c.patient.retired ? s.retireeRatioBonus : 0), s.maxRatio || 1);
    fundFen = Math.round(Math.max(0, policyFen - ded) * ratio);
    fundFen = Math.min(fundFen, s.annualFundCap * 100 - st.inpFund); st.inpFund += fundFen;
  } else if (c.visitType === 'chronic') {
    const s = sch.chronic; const ratio = s.ratio[lvl] + (c.patient.retired ? s.retireeRatioBonus : 0);
    fundFen = Math.round(policyFen * ratio); fundFen = Math.min(fundFen, s.annualFundCap * 100 - st.chrFund); st.chrFund += fundFen;
  } else {
    const s = c.visitType === 'pharmacy' ? sch.pharmacy : sch.outpatient; const o = sch.outpatient;
    const dedLeft = Math.max(0, o.deductible * 100 - st.opDed); const applied = Math.min(policyFen, dedLeft); st.opDed += applied;
    const ratio = s.ratio[lvl] + (c.patient.retired ? s.retireeRatioBonus : 0);
    fundFen = Math.round((policyFen - applied) * ratio); fundFen = Math.max(0, Math.min(fundFen, o.annualFundCap * 100 - st.opFund)); st.opFund += fundFen;
  }
  c.amounts = { total: totalFen / 100, policy: policyFen / 100, fundClaimed: fundFen / 100 };
}

// ---------------------------------------------------------------- reported groups (pass 2)
if (GROUPS) {
  const g = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const r = JSON.parse(line); g[r.claimId] = r; }
  for (const c of ALL_CLAIMS) if (c.visitType === 'inpatient') {
    const r = g[c.claimId]; if (!r) throw new Error('no grouping for ' + c.claimId);
    c.reportedGroup = { drg: r.grouping ? r.grouping.drg : null, dip: r.computed && r.computed.dip ? r.computed.dip : null };
  }
}

// ---------------------------------------------------------------- write
fs.mkdirSync(OUT, { recursive: true });
const KEYS = ['claimId', 'region', 'insuranceType', 'visitType', 'patient', 'enrollment', 'provider', 'admissionDate', 'dischargeDate', 'visitDate', 'admissionRoute', 'dischargeMode', 'transferFromHospitalId', 'diagnoses', 'procedures', 'reportedGroup', 'items', 'amounts'];
const lines = ALL_CLAIMS.map((c) => { const o = {}; for (const k of KEYS) if (c[k] !== undefined) o[k] = c[k]; return JSON.stringify(o); });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), lines.join('\n') + '\n');
const labels = CASES.map((cs) => {
  const mutatedLines = {};
  for (const c of cs.targets) { const ml = c.items.filter((it) => it._mut).map((it) => it.lineId); if (ml.length) mutatedLines[c.claimId] = ml; }
  if (cs.kind === 'fraud' && cs.mutatedMode === 'lines' && !Object.keys(mutatedLines).length) throw new Error(cs.caseId + ' has no mutated lines');
  if (cs.kind === 'fraud' && cs.mutatedMode !== 'lines') for (const k of Object.keys(mutatedLines)) delete mutatedLines[k];
  return { caseId: cs.caseId, kind: cs.kind, code: cs.code, name: cs.name, claimIds: cs.claims.map((c) => c.claimId), targets: (cs.kind === 'fraud' ? cs.targets : cs.claims).map((c) => c.claimId), mutatedLines, typology: cs.code, variant: cs.variant };
});
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
const nItems = ALL_CLAIMS.reduce((a, c) => a + c.items.length, 0);
console.error(`wrote ${ALL_CLAIMS.length} claims (${nItems} lines), ${labels.length} cases to ${OUT}${GROUPS ? ' with reported groups' : ''}`);
