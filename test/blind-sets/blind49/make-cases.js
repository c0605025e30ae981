#!/usr/bin/env node
// blind49 — heart and brain (心脑血管) 2026. usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Written from public fraud typologies only; fixed seed; writes <outdir>/claims.ndjson and <outdir>/labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CATDIR = path.resolve(opt('--catalogue', '/work/wt/base49/rules/catalogue'));
const GROUPS = opt('--groups', null);
const POLFILE = path.resolve(CATDIR, '../benefits/policies.json');

// ---------- seeded random ----------
let seed = 49049;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- catalogue ----------
const CAT = {};
for (const f of ['services', 'drugs', 'consumables']) for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f + '.json'), 'utf8')).rows) CAT[r.code] = r;
const POL = JSON.parse(fs.readFileSync(POLFILE, 'utf8'));
const GRP = {};
if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const g = JSON.parse(l); GRP[g.claimId] = g.grouping && g.grouping.drg || null; }

// item codes (short names)
const S = {
  op: '001102000010001', opAssoc: '001102000020001', opChief: '001102000030001', gen: '001102000040001', er: '001102000050001',
  ipc: '001103000010001', consult: '001104000010001', chr: '001109000010001',
  bed: '001105000010001', bed2: '001105000020001', bedICU: '001105000030001',
  nSp: '001201000010001', n1: '001201000020001', n2: '001201000030001', n3: '001201000040001', icu: '001201000050001',
  iv1: '001204000010001', ivn: '001204000020001', ivp: '001204000040001', sc: '001204000060001', cannula: '001204000070001',
  o2: '001208000010001', ecgmon: '001209000010001', spo2: '001210000010001', nibp: '001211000010001', bgl: '001212000010001',
  vent: '001214000010001', niv: '001214000020001', ng: '001219000010001', cath: '001206000010001',
  acu: '001215000010001', rehabEval: '001217000010001', pt: '001218000010001', ot: '003402000010001', speech: '003402000020001', swallow: '003402000030001', cogn: '003402000040001', hand: '003402000060001',
  cbc: '002501010010001', ua: '002501020010001', stool: '002501030010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001',
  lipid: '002502040010001', fbg: '002502050010001', hba1c: '002502050020001', coag: '002502060010001', ck: '002502070010001', tnI: '002502070020001',
  bnp: '002502070030001', crp: '002502080010001', abg: '002502090010001', lac: '002502090020001', dd: '002502100010001', preop8: '002502120010001', tft: '002502180010001', culture: '002502140010001',
  ecg: '003107010010001', holter: '003107010020001', abpm: '003107010030001', cxr: '002202010010001', abdUS: '002103010010001',
  echo: '002103010020001', carotid: '002103010030001', legUS: '002103010040001', ctHead: '002301010010001', ctChest: '002301010020001', ctEnh: '002301010040001', cta: '002301010050001', mri: '002401010010001',
  eeg: '002503010080001',
  cag: '003101010010001', pci: '003101010020001', ptca: '003101010030001', pm: '003101010040001', ga: '003301010010001', la: '003301010030001',
};
const D = {
  asp: 'XB01ACA509A001', clop: 'XB01ACL502A001', tica: 'XB01ACT509A001', enox: 'XB01ABY502B002', lmwh: 'XB01ABD502B002', riva: 'XB01AFL503A001',
  uk: 'XB01ADN501B002', tpa: 'XB01ADA510B002', atorva: 'XC10AAA511A001', rosu: 'XC10AAR501A001', ezet: 'XC10AXY503A001',
  meto: 'XC07ABM503A001', metoER: 'XC07ABM503A003', biso: 'XC07ABB501A001', amlo: 'XC08CAA512A001', nifed: 'XC08CAX503A003', felo: 'XC08CAF502A003',
  enal: 'XC09AAY504A001', peri: 'XC09AAP502A001', valsa: 'XC09CAX504A001', irbe: 'XC09CAE502A001', losar: 'XC09CAL504A001', arni: 'XC09DXS501A001',
  furoT: 'XC03CAF503A001', furoI: 'XC03CAF503B002', spiro: 'XC03DAL505A001', hctz: 'XC03AAQ501A001', dig: 'XC01AAD503A001', amioT: 'XC01BDA513A001', amioI: 'XC01BDA513B002',
  dopa: 'XC01CAD504B002', norepi: 'XC01CAQ502B002', tmz: 'XC01EBQ503A001', ntgT: 'XC01DAX501A001', ntgI: 'XC01DAX501B002', ismn: 'XC01DAD501A003',
  metf: 'XA10BAE503A001', glim: 'XA10BBG501A001', acar: 'XA10BFA514A001', dapa: 'XA10BKD506A001', insR: 'XA10ABS502B002', insG: 'XA10AEG503B002',
  ome: 'XA02BCA515A001', pantoI: 'XA02BCP503B002', rabe: 'XA02BCL507A001', lactu: 'XA06ADR502A004',
  edara: 'XN07XXY507B002', oxira: 'XN06BXA518B002', gang: 'XN06BXD514B002', citi: 'XN06BXB506B002', mannitol: 'XB05BCG505B002', ginkgo: 'XN06DXY505B002',
  ns: 'XB05BBL511B002', gs: 'XB05BAP505B002', gns: 'XB05BBP506B002', kcl: 'XB05XAL512B002', betahis: 'XN07CAB504A001',
  xst: 'ZA12BAX510A001', fdds: 'ZA12BAF510A007', xstI: 'ZA12BAX511B002', cefur: 'XJ01DCT505B002', ctx: 'XJ01DDT504B002', pipt: 'XJ01CRP501B002',
  lido: 'XN01BBL509B002', propofol: 'XN01AXB503B002', midaz: 'XN05CDM508B002', fenta: 'XN02ABF506B002', levet: 'XN03AXZ503A001', sertr: 'XN06ABS507A001', donep: 'XN06DAD512A001',
  ambrT: 'XR05CBA522A001', mosiT: 'XJ01MAM502A001', albumin: 'XB05AAR504B002',
};
const C = {
  iv: 'C14010150100001020350000001', cannula: 'C14010150200001215730000001', syr: 'C14010150300001156950000001', piv: 'C14010150400001288520000001',
  o2tube: 'C14050150100001832230000001', ett: 'C14050150300001941860000001', ventTube: 'C14050150400001784750000001',
  elec: 'C14060150100001436170000001', spo2probe: 'C14060150200001655310000001', strip: 'C14060150300001162280000001',
  stent: 'C02010150100001259060000001', balloon: 'C02010150200001882100000001', cath: 'C02010150300001651190000001', wire: 'C02010150400001146670000001', sheath: 'C02010150500001930830000001',
  pacer: 'C02010150600001849440000001', gown: 'C11010150600001900710000001', ngTube: 'C14040150200001963360000001', foley: 'C14030150100001569850000001', suture: 'C11010150200001895120000001',
};
for (const o of [S, D, C]) for (const k in o) if (!CAT[o[k]]) throw new Error('catalogue row missing ' + k + ' ' + o[k]);

// ---------- dates ----------
const dt = (s) => new Date(s + 'T00:00:00Z');
const ds = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = dt(s); d.setUTCDate(d.getUTCDate() + n); return ds(d); };
const diff = (a, b) => Math.round((dt(b) - dt(a)) / 86400000);
const dow = (s) => dt(s).getUTCDay(); // 0 Sunday, 6 Saturday
const randDate = (from = '2026-01-05', to = '2026-09-20') => add(from, ri(0, diff(from, to)));
const range = (s, n) => Array.from({ length: n }, (_, i) => add(s, i));

// ---------- institutions ----------
const REGIONS = {
  '510100': { name: '成都', prov: '51' }, '220100': { name: '长春', prov: '22' }, '370100': { name: '济南', prov: '37' }, '230100': { name: '哈尔滨', prov: '23' },
};
const H = {};
function inst(region, n, level, kind, label) { const id = (kind === 'pharmacy' ? 'P' : 'H') + region + String(n).padStart(2, '0'); H[id] = { id, region, level, kind, label, docs: Array.from({ length: kind === 'pharmacy' ? 2 : 8 }, (_, i) => (kind === 'pharmacy' ? 'Y' : 'D') + region.slice(0, 2) + String(n).padStart(2, '0') + String(i + 1).padStart(2, '0')) }; return id; }
const NET = {};
for (const reg of Object.keys(REGIONS)) {
  NET[reg] = {
    centre: inst(reg, 1, 3, 'hospital', '三级胸痛/卒中中心'),
    centre2: inst(reg, 2, 3, 'hospital', '三级综合医院'),
    privHeart: inst(reg, 3, 3, 'hospital', '民营心血管病医院(三级)'),
    county: inst(reg, 4, 2, 'hospital', '县人民医院(二级,卒中防治中心)'),
    privNeuro: inst(reg, 5, 2, 'hospital', '民营脑科/康复医院(二级)'),
    rehab: inst(reg, 6, 2, 'hospital', '康复医院(二级)'),
    comm: [inst(reg, 11, 1, 'hospital', '社区卫生服务中心'), inst(reg, 12, 1, 'hospital', '社区卫生服务中心'), inst(reg, 13, 1, 'hospital', '乡镇卫生院')],
    pharm: [inst(reg, 21, 1, 'pharmacy', '定点零售药店'), inst(reg, 22, 1, 'pharmacy', '定点零售药店'), inst(reg, 23, 1, 'pharmacy', '定点零售药店')],
  };
}
const regionList = Object.keys(REGIONS);

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  const region = o.region || pick(regionList);
  const gender = o.gender || (chance(0.6) ? 'M' : 'F');
  const age = o.age || ri(o.ageMin || 48, o.ageMax || 84);
  const ins = o.ins || (chance(0.6) ? 'employee' : 'resident');
  const by = 2026 - age; const birthDate = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const contributionYears = ins === 'employee' ? Math.min(age - 20, ri(gender === 'M' ? 26 : 22, 40)) : 0;
  const retired = ins === 'employee' && age >= (gender === 'M' ? 60 : 55) && contributionYears >= (gender === 'M' ? 30 : 25);
  memberSeq++;
  const m = {
    region, ins, age,
    patient: { insuredId: 'M49' + String(memberSeq).padStart(6, '0'), gender, birthDate, retired },
    enrollment: {
      enrolledOn: ins === 'employee' ? `${Math.max(1998, by + 22)}-01-01` : `${ri(2008, 2016)}-01-01`, inConcentratedPeriod: true,
      continuousYears: ins === 'employee' ? Math.min(contributionYears, 28) : ri(6, 17), lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears, special: null,
    },
    chronic: o.chronic || null,
    priorOut: ri(0, 1400), priorPh: ri(0, 1400),
  };
  return m;
}

// ---------- items and claims ----------
function I(code, date, qty, o = {}) {
  const r = CAT[code]; if (!r) throw new Error('no row ' + code);
  return { code, name: r.name, category: r.category, date, quantity: qty, lvl: null, mut: !!o.mut, lp: !!o.lp, pf: o.pf || 1 };
}
const daily = (code, dates, q, o) => dates.map(d => I(code, d, q, o));
let claimSeq = 0;
const CLAIMS = [];
function claim(m, hid, o) {
  const h = H[hid]; claimSeq++;
  const c = {
    claimId: `${h.region}-${hid}-2026-${String(claimSeq).padStart(6, '0')}`, region: h.region, insuranceType: m.ins, visitType: o.vt,
    patient: { ...m.patient }, enrollment: { ...m.enrollment },
    provider: { hospitalId: hid, level: h.level, department: o.dept || (h.kind === 'pharmacy' ? 'pharmacy' : 'cardiology'), doctorId: o.doc || pick(h.docs) },
  };
  if (m.region !== h.region) c.insuredRegion = m.region;
  if (o.chronic || m.chronic) c.enrollment.chronicDiseases = (o.chronic || m.chronic).slice();
  if (o.vt === 'inpatient') {
    c.admissionDate = o.adm; c.dischargeDate = o.dis;
    if (o.route) c.admissionRoute = o.route; if (o.dmode) c.dischargeMode = o.dmode; if (o.from) c.transferFromHospitalId = o.from;
  } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((d, i) => i === 0 ? { code: d, principal: true } : { code: d });
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (o.vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  const items = o.items.flat(5).filter(Boolean).filter(x => x.quantity > 0);
  c.items = items.map((x, i) => {
    const r = CAT[x.code]; const cap = r.priceCap[String(h.level)]; const unit = r2(cap * x.pf);
    const it = { lineId: String(i + 1), code: x.code, name: x.name, category: x.category, date: x.date, quantity: x.quantity, unitPrice: unit, amount: r2(unit * x.quantity) };
    if (x.lp) it.longPrescription = true;
    return it;
  });
  c._mut = items.map((x, i) => x.mut ? String(i + 1) : null).filter(Boolean);
  c._m = m; c._settle = o.vt === 'inpatient' ? o.dis : o.date; c._seq = claimSeq;
  CLAIMS.push(c);
  return c;
}

// ---------- bundles ----------
function stayBase(adm, los, nursing, o = {}) {
  const days = range(adm, los); const out = [];
  days.forEach((d, i) => {
    const icuDay = o.icuDays && i < o.icuDays;
    out.push(I(icuDay ? S.bedICU : S.bed, d, 1));
    if (icuDay) out.push(I(S.icu, d, i === 0 ? ri(16, 20) : 24));
    else out.push(I(typeof nursing === 'function' ? nursing(i) : nursing, d, 1));
    out.push(I(S.ipc, d, 1));
  });
  return out;
}
function admLabs(d, o = {}) {
  const a = [I(S.cbc, d, 1), I(S.ua, d, 1), I(S.stool, d, 1), I(S.lft, d, 1), I(S.rft, d, 1), I(S.lytes, d, 1), I(S.lipid, d, 1), I(S.fbg, d, 1), I(S.coag, d, 1), I(S.ecg, d, 1), I(S.cxr, d, 1)];
  if (o.cardiac) a.push(I(S.tnI, d, 1), I(S.ck, d, 1));
  if (o.pre) a.push(I(S.preop8, d, 1));
  if (o.dm) a.push(I(S.hba1c, d, 1));
  if (o.bnp) a.push(I(S.bnp, d, 1));
  if (o.dd) a.push(I(S.dd, d, 1));
  a.push(I(C.cannula, d, 1), I(S.cannula, d, 1));
  return a;
}
function ivDay(d, bottles, drugs = []) { return [I(S.iv1, d, 1), bottles > 1 ? I(S.ivn, d, bottles - 1) : null, I(C.iv, d, 1), ...drugs]; }
// PCI on day pd; o.stents, o.balloons, o.wires, o.caths, o.sheaths, o.vessels, o.mut {wires, caths, sheaths}
function pciItems(pd, o = {}) {
  const st = o.stents || 1; const v = o.vessels || 1;
  const items = [
    I(S.pci, pd, 1, { mut: o.mutProc }), I(C.stent, pd, st, { mut: o.mutProc }), I(C.balloon, pd, o.balloons || 1, { mut: o.mutProc }),
    I(C.wire, pd, o.wires || 1, { mut: o.mutWire }), I(C.cath, pd, o.caths || 1, { mut: o.mutWire }), I(C.sheath, pd, o.sheaths || 1, { mut: o.mutWire }),
    I(S.la, pd, 1), I(D.lido, pd, 1), I(C.gown, pd, 1), I(S.ecgmon, pd, 20), I(S.spo2, pd, 20), I(C.elec, pd, 5),
    I(S.iv1, pd, 1), I(S.ivn, pd, 1), I(D.ns, pd, 2), I(C.iv, pd, 2),
  ];
  const px = [['36.0601', pd], ['88.5701', pd], [v > 1 ? '00.4100' : '00.4000', pd], [st > 1 ? '00.4600' : '00.4500', pd]];
  return { items, px };
}
function cagItems(d, o = {}) {
  return { items: [I(S.cag, d, 1, { mut: o.mut }), I(C.cath, d, o.caths || 1), I(C.sheath, d, 1), I(S.la, d, 1), I(D.lido, d, 1), I(C.gown, d, 1), I(S.ecgmon, d, 6), I(D.ns, d, 1), I(S.iv1, d, 1), I(C.iv, d, 1)], px: [['88.5701', d]] };
}
// oral secondary prevention while inpatient
function cadOral(dates, o = {}) {
  const out = [];
  dates.forEach((d, i) => {
    out.push(I(D.asp, d, i === 0 && o.load ? 3 : 1));
    if (o.p2y12 === 'tica') out.push(I(D.tica, d, i === 0 && o.load ? 2 : 2)); else if (o.p2y12 !== 'none') out.push(I(D.clop, d, i === 0 && o.load ? 4 : 1));
    out.push(I(D.atorva, d, o.hiStatin ? 2 : 1), I(D.meto, d, 2), I(D.rabe, d, 1));
    if (o.ace) out.push(I(o.ace, d, 1));
  });
  return out;
}
function chronicRefill(m, hid, date, dx, drugs, o = {}) {
  // drugs: [[code, qty]]
  return claim(m, hid, { vt: 'chronic', date, dept: o.dept || 'cardiology', dx, items: [I(S.chr, date, 1), ...drugs.map(([c, q, mut]) => I(c, date, q, { mut, lp: o.lp })), ...(o.extra || [])], chronic: o.chronic });
}
function opVisit(m, hid, date, dx, items, o = {}) {
  const h = H[hid]; const reg = o.reg || (h.level === 1 ? S.gen : (chance(0.5) ? S.opAssoc : S.op));
  return claim(m, hid, { vt: 'outpatient', date, dept: o.dept || 'cardiology', dx, items: [I(reg, date, 1), ...items] });
}
function pharmacy(m, hid, date, dx, drugs) { return claim(m, hid, { vt: 'pharmacy', date, dept: 'pharmacy', dx, items: drugs.map(([c, q, mut]) => I(c, date, q, { mut })) }); }

// standard PCI stay; returns claim
function pciStay(m, hid, adm, o = {}) {
  const los = o.los || ri(4, 6); const pdi = o.pdi != null ? o.pdi : 1; const pd = add(adm, pdi);
  const dis = add(adm, los); const days = range(adm, los);
  const p = pciItems(pd, o.pci || {});
  const items = [stayBase(adm, los, (i) => i <= pdi + 1 ? S.n1 : S.n2), admLabs(adm, { cardiac: true, pre: true, dm: o.dm, bnp: o.bnp }), I(S.echo, add(adm, 1 <= los - 1 ? Math.min(1, los - 1) : 0), 1),
    p.items, I(S.tnI, add(pd, 1), 1), I(S.rft, add(pd, 1), 1), I(S.ecg, add(pd, 1), 1), I(S.ecgmon, add(pd, 1), 12), cadOral(days, { load: !o.preloaded, p2y12: o.p2y12, hiStatin: o.hiStatin, ace: o.ace }), o.extra || []];
  if (o.acs) items.push(daily(D.lmwh, range(adm, pdi + 1), 2), daily(S.sc, range(adm, pdi + 1), 2));
  return claim(m, hid, { vt: 'inpatient', adm, dis, dept: 'cardiology', dx: o.dx, px: [...p.px, ...(o.px || [])], items, route: o.route || 'outpatient', dmode: o.dmode || 'ordered', from: o.from });
}
function strokeStay(m, hid, adm, o = {}) {
  const los = o.los || ri(9, 13); const dis = add(adm, los); const days = range(adm, los);
  const items = [stayBase(adm, los, (i) => i < (o.n1days || 3) ? S.n1 : S.n2), admLabs(adm, { dm: true, dd: chance(0.5) }), I(S.ctHead, adm, 1)];
  if (o.mri !== false) items.push(I(S.mri, add(adm, 1), 1));
  items.push(I(S.carotid, add(adm, 1), 1), I(S.echo, add(adm, 2), 1));
  if (o.holter !== false) items.push(I(S.holter, add(adm, 2), 1));
  const ap0 = o.apStart != null ? o.apStart : 0;
  days.forEach((d, i) => {
    const onAc = o.anticoag && i >= o.anticoag;
    if (i >= ap0 && !onAc) { items.push(I(D.asp, d, i === ap0 ? 2 : 1)); if (o.dapt !== false && i < ap0 + 21) items.push(I(D.clop, d, i === ap0 ? 4 : 1)); }
    items.push(I(D.atorva, d, 2));
    if (o.anticoag && i >= o.anticoag) items.push(I(D.riva, d, 1));
  });
  const edDays = o.edaravone != null ? o.edaravone : Math.min(los, 10);
  range(adm, Math.min(edDays, los)).forEach((d) => { items.push(I(D.edara, d, 2), I(S.iv1, d, 1), I(S.ivn, d, 1), I(D.ns, d, 2), I(C.iv, d, 1)); });
  if (o.rehabFrom != null) {
    items.push(I(S.rehabEval, add(adm, o.rehabFrom), 1));
    range(add(adm, o.rehabFrom), Math.max(0, los - o.rehabFrom)).forEach(d => { if (dow(d) !== 0) { items.push(I(S.pt, d, 1)); if (o.swallow) items.push(I(S.swallow, d, 1)); } });
  }
  items.push(I(S.lytes, add(adm, Math.min(3, los - 1)), 1), I(S.cbc, add(adm, Math.min(5, los - 1)), 1), o.extra || []);
  return claim(m, hid, { vt: 'inpatient', adm, dis, dept: 'neurology', dx: o.dx, px: o.px || [], items, route: o.route || 'emergency', dmode: o.dmode || 'ordered', from: o.from });
}
function rehabStay(m, hid, adm, los, o = {}) {
  const dis = add(adm, los); const days = range(adm, los); const items = [stayBase(adm, los, o.nursing || S.n2), admLabs(adm, { dm: o.dm })];
  items.push(I(S.rehabEval, adm, 1)); if (o.evals) for (const k of o.evals) if (k < los) items.push(I(S.rehabEval, add(adm, k), 1));
  days.forEach((d, i) => {
    const wk = dow(d) === 0 || dow(d) === 6; const home = o.homeDays && o.homeDays.includes(d);
    if (i > 0 && (!wk || o.weekends)) {
      for (const t of (o.therapies || [S.pt, S.ot, S.acu])) items.push(I(t, d, 1, { mut: home }));
    }
    items.push(I(D.asp, d, 1), I(D.atorva, d, 1));
    if (o.bp) items.push(I(o.bp, d, 1));
  });
  items.push(o.extra || []);
  return claim(m, hid, { vt: 'inpatient', adm, dis, dept: 'rehabilitation', dx: o.dx, px: o.px || [['93.1100', add(adm, 1)], ['93.8301', add(adm, 1)]], items, route: o.route || 'outpatient', dmode: o.dmode || 'ordered', from: o.from });
}
function hfStay(m, hid, adm, o = {}) {
  const los = o.los || ri(7, 10); const dis = add(adm, los); const days = range(adm, los);
  const ivd = o.ivDays || 4;
  const items = [stayBase(adm, los, (i) => i < 3 ? S.n1 : S.n2), admLabs(adm, { cardiac: true, bnp: true, dm: o.dm }), I(S.echo, add(adm, 1), 1), I(S.bnp, add(adm, los - 1), 1),
    I(S.lytes, add(adm, 2), 1), I(S.rft, add(adm, 2), 1), I(S.lytes, add(adm, 5 < los ? 5 : los - 1), 1), daily(S.o2, range(adm, 3), 16), daily(C.o2tube, [adm], 1), daily(S.ecgmon, range(adm, 3), 24), daily(S.spo2, range(adm, 3), 24)];
  days.forEach((d, i) => {
    if (i < ivd) items.push(I(D.furoI, d, 2), I(S.ivp, d, 2), I(C.syr, d, 2)); else items.push(I(D.furoT, d, 1));
    items.push(I(D.spiro, d, 1), I(D.metoER, d, 1), I(D.dapa, d, 1));
    if (i >= 1) items.push(I(D.arni, d, 2));
    if (o.af) items.push(I(D.riva, d, 1), I(D.dig, d, 1));
    if (o.k && i < 3) items.push(I(D.kcl, d, 3), I(S.iv1, d, 1), I(D.ns, d, 1), I(C.iv, d, 1));
  });
  items.push(o.extra || []);
  return claim(m, hid, { vt: 'inpatient', adm, dis, dept: 'cardiology', dx: o.dx, px: [], items, route: o.route || 'emergency', dmode: 'ordered' });
}

// ---------- labels ----------
const LABELS = [];
function label(kind, code, name, caseNo, claims, targets, useMut = true) {
  const mutatedLines = {};
  if (kind === 'fraud' && useMut) for (const c of targets) if (c._mut.length) mutatedLines[c.claimId] = c._mut.slice();
  LABELS.push({ caseId: `${code}-${String(caseNo).padStart(2, '0')}`, kind, code, name, claimIds: claims.map(c => c.claimId), targets: targets.map(c => c.claimId), mutatedLines });
}
const CAD_CHR = ['I10', 'I25'];
const dxHTN = 'I10.x00x002';

// ======================================================================
// FRAUD TYPOLOGIES
// ======================================================================
const T = [];
// T01 溶栓药虚记: alteplase billed, thrombolysis not given (antiplatelet loading same day, no post-lysis monitoring or 24h CT)
T.push(['T01', '虚记溶栓：阿替普酶计费而未溶栓（同日双抗负荷、无溶栓后监护与24小时复查CT）', (k) => {
  const m = member({ ageMin: 55, ageMax: 82 }); const net = NET[m.region]; const hid = k % 3 === 0 ? net.county : (k % 3 === 1 ? net.centre : net.privNeuro);
  const adm = randDate(); const los = ri(7, 10);
  const extra = [I(D.tpa, adm, ri(2, 3), { mut: true }), I(S.ivp, adm, 1), I(D.ns, adm, 1)];
  const dx = [pick(['I63.500', 'I63.501', 'I63.300', 'I63.900']), dxHTN].concat(chance(0.4) ? ['E11.900'] : []);
  const s = strokeStay(m, hid, adm, { los, dx, px: [['99.1000', adm], ['87.0301', adm]], apStart: 0, mri: chance(0.5), edaravone: ri(6, 9), extra, n1days: 1 });
  const post = [];
  if (chance(0.7)) { const od = add(adm, los + ri(10, 20)); post.push(opVisit(m, net.comm[0], od, ['I69.300x003', dxHTN], [I(D.asp, od, 30), I(D.atorva, od, 30)], { dept: 'general' })); }
  return { claims: [s, ...post], targets: [s] };
}]);
// T02 虚记PCI附件耗材: single-vessel single-stent radial PCI with 3 wires, 3 catheters, 2 sheaths
T.push(['T02', '虚记介入附件耗材：单支单支架经桡PCI按多根导丝、造影导管、两套血管鞘计费', (k) => {
  const m = member({ ageMin: 50, ageMax: 78 }); const net = NET[m.region]; const hid = [net.centre, net.centre2, net.privHeart][k % 3];
  const adm = randDate(); const dx = [pick(['I20.000', 'I20.000', 'I21.401', 'I25.103']), dxHTN, ...(chance(0.3) ? ['E11.900'] : [])];
  const s = pciStay(m, hid, adm, { dx, acs: dx[0] !== 'I25.103', dm: dx.includes('E11.900'), pci: { stents: 1, balloons: 1, wires: 3, caths: 3, sheaths: 2, mutWire: true }, route: dx[0] === 'I25.103' ? 'outpatient' : 'emergency' });
  const post = [chronicRefill(m, net.comm[1], add(s.dischargeDate, ri(20, 30)), ['I25.103', dxHTN], [[D.asp, 30], [D.clop, 30], [D.atorva, 30], [D.meto, 60]], { chronic: CAD_CHR })];
  return { claims: [s, ...post], targets: [s] };
}]);
// T03 无指征PCI: asymptomatic check-up CTA at a private heart hospital, then angiography + stent without anti-anginal therapy or ischaemia test
T.push(['T03', '无指征PCI：体检冠脉CTA发现狭窄即收住院置入支架（无症状、无抗心绞痛治疗、无缺血证据）', (k) => {
  const m = member({ ageMin: 45, ageMax: 70, ins: 'employee' }); const net = NET[m.region]; const hid = k % 2 ? net.privHeart : net.centre2;
  const d0 = randDate(); const o1 = opVisit(m, hid, d0, ['I25.103'], [I(S.cta, d0, 1), I(S.ecg, d0, 1), I(S.lipid, d0, 1)]);
  const adm = add(d0, ri(3, 10));
  const s = pciStay(m, hid, adm, { dx: ['I25.103', ...(chance(0.5) ? ['E78.000'] : [])], pdi: 1, los: ri(3, 5), pci: { mutProc: true }, route: 'outpatient' });
  return { claims: [o1, s], targets: [s] };
}]);
// T04 稳定型心绞痛编为NSTEMI
T.push(['T04', '低码高编：择期稳定型心绞痛编为急性非ST段抬高型心肌梗死（单次肌钙蛋白、无抗凝、门诊预约入院）', (k) => {
  const m = member({ ageMin: 52, ageMax: 80 }); const net = NET[m.region]; const hid = [net.centre, net.centre2, net.privHeart][k % 3];
  const d0 = randDate(); const o1 = opVisit(m, hid, d0, ['I20.801', dxHTN], [I(S.ecg, d0, 1), I(D.ismn, d0, 28), I(D.ntgT, d0, 10)]);
  const adm = add(d0, ri(5, 12));
  const s = pciStay(m, hid, adm, { dx: ['I21.401', dxHTN], los: ri(4, 5), route: 'outpatient', preloaded: false });
  return { claims: [o1, s], targets: [s] };
}]);
// T05 TIA编为脑梗死
T.push(['T05', '低码高编：急诊TIA症状已完全缓解，住院仅CT即编为脑梗死（无MRI、无功能缺损处置）', (k) => {
  const m = member({ ageMin: 55, ageMax: 82 }); const net = NET[m.region]; const hid = [net.county, net.privNeuro, net.centre2][k % 3];
  const d0 = randDate(); const er = claim(m, hid, { vt: 'outpatient', date: d0, dept: 'emergency', dx: ['G45.900', dxHTN], items: [I(S.er, d0, 1), I(S.ctHead, d0, 1), I(S.ecg, d0, 1), I(S.bgl, d0, 1), I(S.cbc, d0, 1)] });
  const s = strokeStay(m, hid, d0, { los: ri(4, 6), dx: [pick(['I63.501', 'I63.300', 'I63.500x002']), dxHTN], mri: false, holter: chance(0.5), edaravone: ri(3, 4), n1days: 1 });
  return { claims: [er, s], targets: [s] };
}]);
// T06 虚增心衰/呼衰MCC on PCI stays
T.push(['T06', '低码高编：PCI住院虚增心力衰竭（心功能III级）/呼吸衰竭为并发症（无利尿剂、无吸氧与血气）', (k) => {
  const m = member({ ageMin: 55, ageMax: 82 }); const net = NET[m.region]; const hid = [net.centre, net.centre2, net.privHeart][k % 3];
  const adm = randDate(); const add2 = k % 3 === 2 ? ['J96.900x002'] : ['I50.900x008'];
  const s = pciStay(m, hid, adm, { dx: ['I20.000', ...add2, dxHTN], acs: true, bnp: true, route: 'emergency' });
  const post = chance(0.6) ? [chronicRefill(m, net.comm[0], add(s.dischargeDate, ri(15, 30)), ['I25.103', dxHTN], [[D.asp, 30], [D.clop, 30], [D.atorva, 30], [D.meto, 60]], { chronic: CAD_CHR })] : [];
  return { claims: [s, ...post], targets: [s] };
}]);
// T07 造影与PCI分两次住院
T.push(['T07', '分解住院：单支病变择期造影出院，3–9天后同院再入院置入支架（主诊断换为不稳定型心绞痛）', (k) => {
  const m = member({ ageMin: 50, ageMax: 80 }); const net = NET[m.region]; const hid = [net.centre2, net.privHeart, net.centre][k % 3];
  const a1 = randDate(); const l1 = ri(2, 3); const c1i = cagItems(add(a1, 1));
  const s1 = claim(m, hid, { vt: 'inpatient', adm: a1, dis: add(a1, l1), dept: 'cardiology', dx: ['I25.103', dxHTN], px: c1i.px, route: 'outpatient', dmode: 'ordered',
    items: [stayBase(a1, l1, S.n2), admLabs(a1, { cardiac: true, pre: true }), I(S.echo, a1, 1), c1i.items, cadOral(range(a1, l1), { load: true })] });
  const a2 = add(s1.dischargeDate, ri(3, 9));
  const s2 = pciStay(m, hid, a2, { dx: ['I20.000', dxHTN], los: ri(3, 4), route: 'outpatient', preloaded: true });
  return { claims: [s1, s2], targets: [s1, s2] };
}]);
// T08 卒中住院在康复转科处拆分: same hospital, same principal dx, edaravone course continues across the two stays
T.push(['T08', '分解住院：急性脑梗死住院6–8天办出院，1–2天后同院以同一主诊断再入院续完依达拉奉疗程并康复', (k) => {
  const m = member({ ageMin: 55, ageMax: 84 }); const net = NET[m.region]; const hid = [net.centre, net.county, net.privNeuro][k % 3];
  const a1 = randDate(); const l1 = ri(6, 8); const dx0 = pick(['I63.500', 'I63.501', 'I63.300', 'I63.402']);
  const s1 = strokeStay(m, hid, a1, { los: l1, dx: [dx0, dxHTN, 'G81.900'], edaravone: l1 });
  const a2 = add(s1.dischargeDate, ri(1, 2)); const l2 = ri(8, 12);
  const s2 = strokeStay(m, hid, a2, { los: l2, dx: [dx0, dxHTN, 'G81.900'], route: 'outpatient', mri: false, holter: false, edaravone: 14 - l1, rehabFrom: 1, apStart: 0, dapt: false, n1days: 0 });
  return { claims: [s1, s2], targets: [s1, s2] };
}]);
// T09 药店串换: health devices dispensed, settled as a second P2Y12 / anticoagulant duplicating the member's hospital supply
T.push(['T09', '串换：药店售出自费血压计/保健器械，按替格瑞洛或利伐沙班结算（与医院月度氯吡格雷重复）', (k) => {
  const m = member({ ageMin: 55, ageMax: 80, chronic: CAD_CHR }); const net = NET[m.region]; const hosp = [net.centre, net.county, net.comm[0]][k % 3];
  const d0 = randDate('2026-01-05', '2026-07-15'); const claims = []; const tg = [];
  for (let i = 0; i < 4; i++) claims.push(chronicRefill(m, hosp, add(d0, i * ri(28, 31)), ['I25.103', dxHTN], [[D.asp, 30], [D.clop, 30], [D.atorva, 30], [D.amlo, 30]]));
  const ph = pick(net.pharm); const drug = k % 3 === 2 ? D.riva : D.tica; const q = drug === D.riva ? 56 : 56;
  for (const off of [ri(8, 14), ri(62, 75)]) { const p = pharmacy(m, ph, add(d0, off), ['I25.103'], [[drug, q, true]]); claims.push(p); tg.push(p); }
  return { claims, targets: tg };
}]);
// T10 PCI当日造影改日期另收
T.push(['T10', '重复收费：一次导管室完成的造影+支架，造影费改记为前一日单独收取（手术编码同日、仅一套鞘管）', (k) => {
  const m = member({ ageMin: 50, ageMax: 80 }); const net = NET[m.region]; const hid = [net.centre, net.centre2, net.privHeart][k % 3];
  const adm = randDate(); const pdi = 2;
  const s = pciStay(m, hid, adm, { dx: [pick(['I20.000', 'I21.401', 'I25.103']), dxHTN], pdi, los: ri(5, 6), acs: true, extra: [I(S.cag, add(adm, pdi - 1), 1, { mut: true })], route: 'emergency' });
  return { claims: [s], targets: [s] };
}]);
// T11 长处方叠加月度慢特病续方
T.push(['T11', '超量开药：三级医院12周长处方后，社区门诊慢特病仍按月续开同种药物（跨机构重叠供药）', (k) => {
  const stroke = k % 2 === 0; const m = member({ ageMin: 58, ageMax: 84, chronic: stroke ? ['I10', 'I69'] : CAD_CHR }); const net = NET[m.region];
  const d0 = randDate('2026-01-05', '2026-07-01'); const dx = stroke ? ['I69.300x002', dxHTN, 'I65.200x001'] : ['I25.103', dxHTN];
  const drugs = stroke ? [[D.clop, 84], [D.atorva, 84], [D.amlo, 84], [D.xst, 504]] : [[D.asp, 84], [D.atorva, 84], [D.metoER, 84], [D.valsa, 84]];
  const lp = chronicRefill(m, net.centre, d0, dx, drugs, { lp: true, dept: stroke ? 'neurology' : 'cardiology' });
  const claims = [lp]; const tg = [];
  let d = add(d0, ri(18, 26));
  for (let i = 0; i < 2; i++) { const c = chronicRefill(m, pick(net.comm), d, dx, drugs.map(([c2, q]) => [c2, Math.round(q * 30 / 84), true]), { dept: 'general' }); claims.push(c); tg.push(c); d = add(d, ri(26, 30)); }
  return { claims, targets: tg };
}]);
// T12 康复挂床：周末回家，周末照记治疗
T.push(['T12', '挂床住院：民营康复病房患者周末回家（本人在家附近药店购药），周末仍逐日记康复治疗', (k) => {
  const m = member({ ageMin: 55, ageMax: 80 }); const net = NET[m.region]; const hid = k % 2 ? net.privNeuro : net.rehab;
  let adm = randDate(); while (dow(adm) !== 1) adm = add(adm, 1);
  const los = ri(21, 27); const sats = range(adm, los).filter(d => dow(d) === 6).slice(0, 3);
  const home = sats.flatMap(s => [s, add(s, 1)]);
  const s = rehabStay(m, hid, adm, los, { dx: ['I69.300x003', 'G81.900', dxHTN], weekends: true, homeDays: home, bp: D.amlo, therapies: [S.pt, S.ot, S.acu] });
  const claims = [s];
  for (const sd of sats.slice(0, ri(2, 3))) claims.push(pharmacy(m, pick(net.pharm), sd, [dxHTN], [[pick([D.amlo, D.nifed, D.irbe]), 28], [D.xst, 36]]));
  return { claims, targets: [s] };
}]);
// T13 冒名PCI: card of a diabetic chronic member used by someone else for a STEMI PCI (no diabetes management; no DAPT afterwards)
T.push(['T13', '冒名就医：借用糖尿病高血压慢特病参保人卡做急诊PCI（住院无糖尿病诊疗，出院后续方从无双抗）', (k) => {
  const m = member({ ageMin: 62, ageMax: 76, gender: 'M', ins: 'employee', chronic: ['I10', 'E11'] }); const net = NET[m.region];
  const d0 = randDate('2026-01-05', '2026-07-01'); const cc = net.comm[k % 3];
  const rx = () => [[D.metf, 90], [D.glim, 30], [D.amlo, 30], [D.irbe, 30]];
  const c1 = chronicRefill(m, cc, d0, ['E11.900', dxHTN], rx(), { dept: 'general', extra: [I(S.fbg, d0, 1)] });
  const adm = add(d0, ri(8, 20)); const hid = k % 2 ? net.centre : net.centre2;
  const s = pciStay(m, hid, adm, { dx: [pick(['I21.001', 'I21.103', 'I21.401'])], pdi: 0, los: ri(5, 7), acs: false, route: 'emergency', p2y12: 'tica' });
  const c2 = chronicRefill(m, cc, add(s.dischargeDate, ri(3, 8)), ['E11.900', dxHTN], rx(), { dept: 'general' });
  const c3 = chronicRefill(m, cc, add(c2.visitDate, 30), ['E11.900', dxHTN], rx(), { dept: 'general', extra: [I(S.hba1c, add(c2.visitDate, 30), 1)] });
  return { claims: [c1, s, c2, c3], targets: [s] };
}]);
// T14 门诊检查转入住院结算: outpatient CTA/Holter re-dated into an elective admission
T.push(['T14', '待遇套取：门诊已做的冠脉CTA/24小时动态血压改记入择期住院首日（次日即行有创造影），按住院报销', (k) => {
  const m = member({ ageMin: 50, ageMax: 80 }); const net = NET[m.region]; const hid = [net.centre, net.centre2, net.privHeart][k % 3];
  const d0 = randDate(); const o1 = opVisit(m, hid, d0, [pick(['I20.801', 'R07.400']), dxHTN], [I(S.ecg, d0, 1)], { reg: S.opAssoc });
  const adm = add(d0, ri(3, 7)); const mutd = [I(S.cta, adm, 1, { mut: true }), I(S.abpm, adm, 1, { mut: true })];
  let s;
  if (k % 3 === 2) { const c = cagItems(add(adm, 1)); s = claim(m, hid, { vt: 'inpatient', adm, dis: add(adm, 3), dept: 'cardiology', dx: ['I25.103', dxHTN], px: c.px, route: 'outpatient', dmode: 'ordered', items: [stayBase(adm, 3, S.n2), admLabs(adm, { cardiac: true, pre: true }), I(S.echo, adm, 1), c.items, cadOral(range(adm, 3), { load: true }), mutd] }); }
  else s = pciStay(m, hid, adm, { dx: ['I20.801', dxHTN], pdi: 1, los: ri(4, 5), route: 'outpatient', extra: mutd });
  return { claims: [o1, s], targets: [s] };
}]);
// T15 营养神经药无指征: vertigo / posterior-circulation admissions with an added lacunar-infarct code and three neuro drugs
T.push(['T15', '过度诊疗：眩晕/后循环缺血住院加编腔隙性脑梗死，神经节苷脂、奥拉西坦、胞磷胆碱三联输注（仅CT、无急性卒中处置）', (k) => {
  const m = member({ ageMin: 50, ageMax: 80 }); const net = NET[m.region]; const hid = [net.county, net.privNeuro, net.county][k % 3];
  const adm = randDate(); const los = ri(9, 12); const days = range(adm, los); const nd = range(adm, Math.min(10, los));
  const items = [stayBase(adm, los, S.n2), admLabs(adm, {}), I(S.ctHead, adm, 1), I(S.carotid, add(adm, 1), 1),
    nd.map(d => [I(D.gang, d, 2, { mut: true }), I(D.oxira, d, 2, { mut: true }), I(D.citi, d, 2, { mut: true }), I(S.iv1, d, 1), I(S.ivn, d, 2), I(D.ns, d, 3), I(C.iv, d, 3)]),
    days.map(d => [I(D.betahis, d, 3), I(D.asp, d, 1), I(D.atorva, d, 1)])];
  const s = claim(m, hid, { vt: 'inpatient', adm, dis: add(adm, los), dept: 'neurology', dx: [pick(['G45.004', 'G45.002', 'I67.800x003']), 'I63.801', dxHTN], px: [], items, route: 'outpatient', dmode: 'ordered' });
  return { claims: [s], targets: [s] };
}]);

// ======================================================================
// CONTROLS
// ======================================================================
const CT = [];
CT.push(['C01', 'NSTEMI多支病变：罪犯血管PCI后出院，2–4周后择期再入院处理第二支（分期PCI）', (k) => {
  const m = member({ ageMin: 50, ageMax: 80 }); const net = NET[m.region]; const hid = [net.centre, net.centre2][k % 2];
  const a1 = randDate(); const s1 = pciStay(m, hid, a1, { dx: ['I21.401', 'I25.103', dxHTN], acs: true, route: 'emergency', los: ri(5, 7), p2y12: 'tica', hiStatin: true });
  const a2 = add(s1.dischargeDate, ri(14, 28));
  const s2 = pciStay(m, hid, a2, { dx: ['I25.103', 'Z95.501', 'I25.200x014', dxHTN], los: ri(3, 4), route: 'outpatient', preloaded: true, p2y12: 'tica', hiStatin: true });
  return [s1, s2];
}]);
CT.push(['C02', '急性前壁STEMI伴心源性休克：急诊两支血管直接PCI，CCU监护、升压药、机械通气2–3天', (k) => {
  const m = member({ ageMin: 52, ageMax: 80 }); const net = NET[m.region]; const hid = [net.centre, net.centre2][k % 2];
  const adm = randDate(); const los = ri(10, 14); const icuDays = 3; const p = pciItems(adm, { stents: 2, balloons: 2, wires: 2, caths: 2, sheaths: 1, vessels: 2 });
  const vh = ri(40, 60);
  const items = [stayBase(adm, los, (i) => i < 6 ? S.n1 : S.n2, { icuDays }), admLabs(adm, { cardiac: true, pre: true, bnp: true }), p.items.filter(x => x.code !== S.ecgmon && x.code !== S.spo2), I(S.echo, adm, 1), I(S.echo, add(adm, 4), 1),
    range(adm, icuDays).map((d, i) => [I(S.abg, d, 3), I(S.lac, d, 3), I(D.norepi, d, i === 2 ? 2 : 4), I(D.dopa, d, 3), i === 0 ? null : I(S.iv1, d, 1), I(S.ivn, d, 3), I(D.ns, d, 3), I(C.piv, d, 2), I(S.tnI, d, 1), I(S.lytes, d, 1), I(S.vent, d, i === 0 ? 20 : i === 1 ? 24 : vh - 44 > 0 ? vh - 44 : 4)]),
    I(C.ett, adm, 1), I(C.ventTube, adm, 1), I(D.propofol, adm, 2), I(D.midaz, add(adm, 1), 2), I(D.fenta, adm, 2), I(C.foley, adm, 1), I(S.cath, adm, 1),
    range(add(adm, icuDays), 3).map(d => [I(S.ecgmon, d, 24), I(S.spo2, d, 24), I(S.o2, d, 18)]),
    range(adm, los).map((d, i) => i >= 1 ? [I(D.asp, d, 1), I(D.tica, d, 2), I(D.atorva, d, 2), I(D.rabe, d, 1)] : [I(D.asp, d, 3), I(D.tica, d, 2), I(D.atorva, d, 2)]), I(S.bnp, add(adm, los - 2), 1)];
  return [claim(m, hid, { vt: 'inpatient', adm, dis: add(adm, los), dept: 'cardiology', dx: ['I21.004', 'R57.000', 'I50.101', dxHTN], px: [...p.px, ['96.0400', adm], ['96.7101', adm]], items, route: 'emergency', dmode: 'ordered' })];
}]);
CT.push(['C03', '溶栓-转运-取栓：县医院时间窗内阿替普酶静脉溶栓后医嘱转院，三级卒中中心血管内取栓', (k) => {
  const m = member({ ageMin: 55, ageMax: 82 }); const net = NET[m.region]; const d0 = randDate();
  const s1 = claim(m, net.county, { vt: 'inpatient', adm: d0, dis: d0, dept: 'neurology', dx: ['I63.402', 'I48.000', dxHTN], px: [['99.1000', d0], ['87.0301', d0]], route: 'emergency', dmode: 'transfer',
    items: [I(S.bed, d0, 1), I(S.nSp, d0, 1), I(S.ipc, d0, 1), I(S.er, d0, 1), I(S.ctHead, d0, 1), I(S.cbc, d0, 1), I(S.coag, d0, 1), I(S.bgl, d0, 2), I(S.ecg, d0, 1), I(S.rft, d0, 1), I(S.lytes, d0, 1), I(D.tpa, d0, 3), I(S.ivp, d0, 1), I(S.iv1, d0, 1), I(D.ns, d0, 1), I(C.piv, d0, 1), I(C.cannula, d0, 1), I(S.nibp, d0, 16)] });
  const los = ri(10, 14); const adm = d0; const days = range(adm, los);
  const items = [stayBase(adm, los, (i) => i < 2 ? S.nSp : i < 5 ? S.n1 : S.n2), admLabs(adm, { dm: true }), I(S.ctHead, adm, 1), I(S.ctHead, add(adm, 1), 1), I(S.mri, add(adm, 3), 1), I(S.echo, add(adm, 2), 1), I(S.carotid, add(adm, 2), 1),
    I(S.ga, adm, 2), I(D.propofol, adm, 2), I(C.wire, adm, 2), I(C.cath, adm, 2), I(C.sheath, adm, 1), I(C.gown, adm, 1), I(C.foley, adm, 1), I(S.cath, adm, 1),
    I(S.nibp, adm, 24), I(S.nibp, add(adm, 1), 12), range(add(adm, 1), los - 1).map((d, i) => [I(D.riva, d, i >= 3 ? 1 : 0), I(D.atorva, d, 2)]), I(D.atorva, adm, 2),
    I(S.ecgmon, add(adm, 2), 24),
    I(S.rehabEval, add(adm, 3), 1), range(add(adm, 4), los - 4).filter(d => dow(d) !== 0).map(d => I(S.pt, d, 1))];
  const s2 = claim(m, net.centre, { vt: 'inpatient', adm, dis: add(adm, los), dept: 'neurology', dx: ['I63.402', 'I48.000', dxHTN], px: [['39.7400x002', adm], ['88.4101', adm]], items, route: 'transfer', from: net.county, dmode: 'ordered' });
  void days;
  return [s1, s2];
}]);
CT.push(['C04', 'TIA住院评估发现阵发性心房颤动：头颅MRI、颈动脉彩超、动态心电图，改为抗凝（利伐沙班）', (k) => {
  const m = member({ ageMin: 58, ageMax: 84 }); const net = NET[m.region]; const hid = [net.county, net.centre2, net.centre][k % 3];
  const adm = randDate(); const los = ri(4, 6); const days = range(adm, los);
  const items = [stayBase(adm, los, S.n2), admLabs(adm, { dm: true }), I(S.ctHead, adm, 1), I(S.mri, add(adm, 1), 1), I(S.carotid, add(adm, 1), 1), I(S.echo, add(adm, 1), 1), I(S.holter, add(adm, 1), 1), I(S.tft, adm, 1),
    daily(D.asp, days.slice(0, 2), 1), daily(D.riva, days.slice(2), 1), daily(D.atorva, days, 1), daily(D.metoER, days.slice(2), 1)];
  const s = claim(m, hid, { vt: 'inpatient', adm, dis: add(adm, los), dept: 'neurology', dx: ['G45.900', 'I48.000', dxHTN], px: [['89.5001', add(adm, 1)], ['88.9101', add(adm, 1)]], items, route: 'emergency', dmode: 'ordered' });
  const od = add(adm, los + ri(14, 25)); const o = opVisit(m, hid, od, ['I48.000', 'Z86.703'], [I(D.riva, od, 28), I(S.rft, od, 1)], { dept: 'neurology' });
  return [s, o];
}]);
CT.push(['C05', '心力衰竭30天内再入院：首次住院利尿减量出院，10–25天后急诊因真实失代偿（低钾/快室率房颤）再入院', (k) => {
  const m = member({ ageMin: 62, ageMax: 88 }); const net = NET[m.region]; const hid = [net.centre, net.county, net.centre2][k % 3];
  const a1 = randDate(); const s1 = hfStay(m, hid, a1, { dx: ['I50.900x008', 'I25.103', dxHTN], los: ri(7, 9) });
  const a2 = add(s1.dischargeDate, ri(10, 25)); const af = k % 2 === 0;
  const s2 = hfStay(m, hid, a2, { dx: ['I50.101', af ? 'I48.100' : 'E87.600', 'I25.103', dxHTN], af, k: !af, ivDays: 5, los: ri(8, 11) });
  return [s1, s2];
}]);
CT.push(['C06', '新发持续性房颤：经食道超声心动图排除心耳血栓后同步电复律（镇静），抗凝', (k) => {
  const m = member({ ageMin: 45, ageMax: 75 }); const net = NET[m.region]; const hid = [net.centre, net.centre2][k % 2];
  const adm = randDate(); const los = ri(4, 6); const days = range(adm, los);
  const items = [stayBase(adm, los, S.n1), admLabs(adm, { cardiac: true, bnp: true }), I(S.tft, adm, 1), I(S.echo, adm, 1), I(S.echo, add(adm, 2), 1), I(S.ecg, add(adm, 2), 1), I(S.ecg, add(adm, 3), 1),
    daily(D.enox, days.slice(0, 2), 2), daily(S.sc, days.slice(0, 2), 2), daily(D.riva, days.slice(2), 1), daily(D.amioT, days, 2), I(D.propofol, add(adm, 2), 1), I(S.ecgmon, add(adm, 2), 12), I(S.spo2, add(adm, 2), 12), I(S.o2, add(adm, 2), 4), I(C.elec, add(adm, 2), 5), I(D.lido, add(adm, 2), 1)];
  const s = claim(m, hid, { vt: 'inpatient', adm, dis: add(adm, los), dept: 'cardiology', dx: ['I48.100', dxHTN], px: [['88.7202', add(adm, 2)], ['99.6201', add(adm, 2)]], items, route: 'outpatient', dmode: 'ordered' });
  const od = add(adm, los + ri(25, 35)); const o = opVisit(m, hid, od, ['I48.100'], [I(S.ecg, od, 1), I(D.riva, od, 28), I(D.amioT, od, 28)]);
  return [s, o];
}]);
CT.push(['C07', '病态窦房结综合征（快慢综合征）：双腔永久起搏器置入，术前预防用抗菌药一次', (k) => {
  const m = member({ ageMin: 62, ageMax: 88 }); const net = NET[m.region]; const hid = [net.centre, net.centre2, net.county][k % 3];
  const adm = randDate(); const los = ri(5, 7); const pd = add(adm, 2); const days = range(adm, los);
  const items = [stayBase(adm, los, (i) => i <= 3 ? S.n1 : S.n2), admLabs(adm, { cardiac: true, pre: true }), I(S.echo, adm, 1), I(S.holter, add(adm, 1), 1),
    I(S.pm, pd, 1), I(C.pacer, pd, 1), I(C.sheath, pd, 2), I(S.la, pd, 1), I(D.lido, pd, 2), I(C.gown, pd, 1), I(C.suture, pd, 2), I(D.cefur, pd, 2), I(S.ivp, pd, 2), I(S.ecgmon, pd, 24), I(S.ecgmon, add(pd, 1), 24), I(S.cxr, add(pd, 1), 1), I(S.ecg, add(pd, 1), 1),
    range(add(pd, 1), 2).map(d => [I('001205000020001', d, 1), I('C14020150200001397260000001', d, 1)]), daily(D.atorva, days, 1)];
  const s = claim(m, hid, { vt: 'inpatient', adm, dis: add(adm, los), dept: 'cardiology', dx: ['I49.501', 'I48.000', dxHTN], px: [['37.8301', pd], ['37.7200', pd]], items, route: 'outpatient', dmode: 'ordered' });
  const od = add(adm, los + ri(28, 40)); const o = opVisit(m, hid, od, ['Z95.001'], [I(S.ecg, od, 1)]);
  return [s, o];
}]);
CT.push(['C08', '急性脑梗死三级医院住院后医嘱转院，二级康复医院3周康复（工作日治疗，主诊断脑梗死恢复期）', (k) => {
  const m = member({ ageMin: 55, ageMax: 84 }); const net = NET[m.region];
  const a1 = randDate(); const s1 = strokeStay(m, net.centre, a1, { los: ri(9, 12), dx: [pick(['I63.500', 'I63.300', 'I63.402']), dxHTN, 'G81.900'], rehabFrom: 3, dmode: 'transfer', swallow: k % 3 === 0 });
  let a2 = s1.dischargeDate;
  const s2 = rehabStay(m, net.rehab, a2, ri(19, 23), { dx: ['I69.300x003', 'G81.900', dxHTN], route: 'transfer', from: net.centre, evals: [10, 20], bp: D.amlo, therapies: k % 3 === 0 ? [S.pt, S.ot, S.swallow] : [S.pt, S.ot, S.acu] });
  return [s1, s2];
}]);
CT.push(['C09', 'PCI术后12个月双抗期满：门诊慢特病按月续方，第12个月后停用氯吡格雷改阿司匹林单药', (k) => {
  const m = member({ ageMin: 52, ageMax: 80, chronic: CAD_CHR }); const net = NET[m.region]; const hid = [net.comm[0], net.county, net.centre][k % 3];
  const d0 = randDate('2026-01-05', '2026-05-30'); const out = []; const swap = ri(1, 3);
  for (let i = 0; i < 5; i++) { const d = add(d0, i * ri(28, 31)); out.push(chronicRefill(m, hid, d, ['I25.103', 'Z95.501', dxHTN], i < swap ? [[D.asp, 30], [D.clop, 30], [D.atorva, 30], [D.meto, 60]] : [[D.asp, 30], [D.atorva, 30], [D.meto, 60]], { extra: i === swap ? [I(S.lipid, d, 1), I(S.lft, d, 1), I(S.ecg, d, 1)] : [] })); }
  return out;
}]);
CT.push(['C10', '脑卒中二级预防12周长处方按期续开，期间社区每月仅测血压随访、不另开药', (k) => {
  const m = member({ ageMin: 58, ageMax: 84, chronic: ['I10', 'I69'] }); const net = NET[m.region];
  const d0 = randDate('2026-01-05', '2026-05-01'); const dx = ['I69.300x002', dxHTN, 'I65.200x001'];
  const drugs = [[D.clop, 84], [D.atorva, 84], [D.amlo, 84]]; const out = [];
  out.push(chronicRefill(m, net.centre, d0, dx, drugs, { lp: true, dept: 'neurology' }));
  out.push(opVisit(m, net.comm[0], add(d0, ri(26, 32)), [dxHTN], [], { dept: 'general' }));
  const od = add(d0, ri(55, 60)); out.push(opVisit(m, net.comm[0], od, [dxHTN], [I(S.lytes, od, 1)], { dept: 'general' }));
  const d2 = add(d0, ri(80, 84)); out.push(chronicRefill(m, net.centre, d2, dx, drugs, { lp: true, dept: 'neurology', extra: [I(S.lipid, d2, 1), I(S.lft, d2, 1)] }));
  return out;
}]);
CT.push(['C11', '有症状稳定型心绞痛：两次门诊规范药物治疗仍发作，冠脉CTA示重度狭窄，择期PCI', (k) => {
  const m = member({ ageMin: 50, ageMax: 78 }); const net = NET[m.region]; const hid = [net.centre, net.privHeart, net.centre2][k % 3];
  const d0 = randDate(); const o1 = opVisit(m, hid, d0, ['I20.801', dxHTN], [I(S.ecg, d0, 1), I(S.lipid, d0, 1), I(D.ismn, d0, 28), I(D.meto, d0, 56), I(D.asp, d0, 28), I(D.atorva, d0, 28), I(D.ntgT, d0, 10)]);
  const d1 = add(d0, ri(21, 35)); const o2 = opVisit(m, hid, d1, ['I20.801', dxHTN], [I(S.cta, d1, 1), I(D.ismn, d1, 28), I(D.meto, d1, 56), I(D.tmz, d1, 84)]);
  const s = pciStay(m, hid, add(d1, ri(4, 10)), { dx: ['I20.801', dxHTN], los: ri(3, 5), route: 'outpatient' });
  return [o1, o2, s];
}]);
CT.push(['C12', '急诊NSTEMI：胸痛中心连续肌钙蛋白、低分子肝素、替格瑞洛，24–48小时内造影+PCI', (k) => {
  const m = member({ ageMin: 50, ageMax: 84 }); const net = NET[m.region]; const hid = [net.centre, net.centre2][k % 2];
  const adm = randDate(); const s = pciStay(m, hid, adm, { dx: ['I21.401', dxHTN, ...(k % 3 === 0 ? ['E11.900'] : [])], dm: k % 3 === 0, acs: true, pdi: ri(1, 2), los: ri(5, 7), route: 'emergency', p2y12: 'tica', hiStatin: true,
    extra: [I(S.er, adm, 1), I(S.tnI, adm, 1), I(S.tnI, add(adm, 1), 1), I(S.ecg, adm, 1)] });
  return [s];
}]);
CT.push(['C13', '急性缺血性卒中静脉溶栓（尿激酶/阿替普酶）：溶栓后24小时监护、24小时复查CT后才开始抗血小板', (k) => {
  const m = member({ ageMin: 55, ageMax: 84 }); const net = NET[m.region]; const hid = [net.county, net.centre, net.county][k % 3];
  const adm = randDate(); const uk = k % 3 !== 1;
  const extra = [uk ? I(D.uk, adm, ri(10, 13)) : I(D.tpa, adm, 3), I(S.ivp, adm, 1), I(S.ecgmon, adm, 22), I(S.ecgmon, add(adm, 1), 24), I(S.spo2, adm, 22), I(S.nibp, adm, 24), I(S.nibp, add(adm, 1), 12), I(S.ctHead, add(adm, 1), 1), I(C.elec, adm, 5)];
  const s = strokeStay(m, hid, adm, { los: ri(9, 12), dx: [pick(['I63.500', 'I63.300', 'I63.501']), dxHTN], px: [['99.1000', adm], ['87.0301', adm]], apStart: 1, extra, rehabFrom: 3 });
  return [s];
}]);
CT.push(['C14', '急性前壁STEMI合并急性左心衰（Killip III）：急诊PCI，静脉呋塞米、BNP复查、吸氧', (k) => {
  const m = member({ ageMin: 55, ageMax: 84 }); const net = NET[m.region]; const hid = [net.centre, net.centre2][k % 2];
  const adm = randDate(); const los = ri(7, 9);
  const extra = [range(adm, 4).map(d => [I(D.furoI, d, 2), I(S.ivp, d, 2), I(S.o2, d, 16)]), I(C.o2tube, adm, 1), I(S.bnp, add(adm, 4), 1), I(S.abg, adm, 1), I(S.lytes, add(adm, 2), 1), I(S.echo, add(adm, 4), 1), I(D.spiro, add(adm, 2), 5)];
  const s = pciStay(m, hid, adm, { dx: [pick(['I21.001', 'I21.004', 'I21.001']), 'I50.101', dxHTN], pdi: 0, los, acs: true, route: 'emergency', p2y12: 'tica', bnp: true, hiStatin: true, extra });
  return [s];
}]);
CT.push(['C15', '前降支-对角支分叉病变：双导丝、双球囊对吻、两枚支架（两根血管）', (k) => {
  const m = member({ ageMin: 50, ageMax: 80 }); const net = NET[m.region]; const hid = [net.centre, net.centre2, net.privHeart][k % 3];
  const adm = randDate(); const s = pciStay(m, hid, adm, { dx: [pick(['I20.000', 'I21.401']), 'I25.103', dxHTN], acs: true, los: ri(5, 6), route: 'emergency', pci: { stents: 2, balloons: 3, wires: 2, caths: 2, sheaths: 1, vessels: 2 } });
  return [s];
}]);
CT.push(['C16', '同次住院先造影、心脏团队讨论后第3日PCI：两次导管操作分日收费，各有鞘管', (k) => {
  const m = member({ ageMin: 55, ageMax: 82 }); const net = NET[m.region]; const hid = [net.centre, net.centre2][k % 2];
  const adm = randDate(); const c = cagItems(add(adm, 1)); const los = ri(6, 7);
  const s = pciStay(m, hid, adm, { dx: ['I20.000', 'I25.103', dxHTN, ...(k % 2 ? ['E11.900'] : [])], dm: k % 2 === 1, acs: true, pdi: 3, los, route: 'emergency', extra: c.items, px: [['88.5701', add(adm, 1)]] });
  // the PCI-day angiography code stays on day 3 (check shot before stenting)
  return [s];
}]);
CT.push(['C17', '糖尿病高血压慢特病参保人本人STEMI：住院血糖监测、胰岛素、停二甲双胍，出院后慢特病续方含双抗', (k) => {
  const m = member({ ageMin: 62, ageMax: 76, gender: 'M', ins: 'employee', chronic: ['I10', 'E11'] }); const net = NET[m.region];
  const d0 = randDate('2026-01-05', '2026-07-01'); const cc = net.comm[k % 3];
  const c1 = chronicRefill(m, cc, d0, ['E11.900', dxHTN], [[D.metf, 90], [D.glim, 30], [D.amlo, 30], [D.irbe, 30]], { dept: 'general', extra: [I(S.fbg, d0, 1)] });
  const adm = add(d0, ri(8, 20)); const hid = k % 2 ? net.centre : net.centre2; const los = ri(5, 7);
  const extra = [range(adm, los).map(d => [I(S.bgl, d, 4), I(C.strip, d, 4)]), range(adm, 3).map(d => [I(D.insR, d, 1), I(S.sc, d, 3)]), I(D.insG, add(adm, 3), 1), I(S.hba1c, adm, 1)];
  const s = pciStay(m, hid, adm, { dx: [pick(['I21.001', 'I21.103', 'I21.401']), 'E11.900', dxHTN], dm: false, pdi: 0, los, acs: false, route: 'emergency', p2y12: 'tica', extra });
  const ch2 = ['I10', 'E11', 'I25'];
  const c2 = chronicRefill(m, cc, add(s.dischargeDate, ri(20, 28)), ['I25.103', 'E11.900', dxHTN], [[D.asp, 30], [D.tica, 60], [D.atorva, 30], [D.metf, 90], [D.meto, 60]], { dept: 'general', chronic: ch2 });
  const c3 = chronicRefill(m, cc, add(c2.visitDate, 30), ['I25.103', 'E11.900', dxHTN], [[D.asp, 30], [D.tica, 60], [D.atorva, 30], [D.metf, 90], [D.meto, 60]], { dept: 'general', chronic: ch2 });
  return [c1, s, c2, c3];
}]);
CT.push(['C18', '胸痛中心急诊：急诊冠脉CTA分诊示重度狭窄，当日收住院，急诊费用并入住院结算，次日PCI', (k) => {
  const m = member({ ageMin: 48, ageMax: 78 }); const net = NET[m.region]; const hid = [net.centre, net.centre2][k % 2];
  const adm = randDate();
  const s = pciStay(m, hid, adm, { dx: ['I20.000', dxHTN], acs: true, pdi: 1, los: ri(4, 6), route: 'emergency', extra: [I(S.er, adm, 1), I(S.cta, adm, 1), I(S.tnI, adm, 1), I(S.dd, adm, 1)] });
  return [s];
}]);
CT.push(['C19', '高血压性基底节区脑出血：甘露醇脱水、奥拉西坦/神经节苷脂（限定适应症内）、三次头颅CT', (k) => {
  const m = member({ ageMin: 48, ageMax: 80 }); const net = NET[m.region]; const hid = [net.centre, net.county, net.centre2][k % 3];
  const adm = randDate(); const los = ri(14, 18); const days = range(adm, los);
  const items = [stayBase(adm, los, (i) => i < 5 ? S.n1 : S.n2), admLabs(adm, {}), I(S.ctHead, adm, 1), I(S.ctHead, add(adm, 1), 1), I(S.ctHead, add(adm, 7), 1),
    range(adm, 7).map((d, i) => [I(D.mannitol, d, i < 4 ? 3 : 2), I(S.iv1, d, 1), I(S.ivn, d, 3), I(C.iv, d, 3)]), range(adm, 12).map(d => [I(D.oxira, d, 2), I(D.ns, d, 2)]), range(adm, 12).map(d => I(D.gang, d, 1)),
    range(adm, 3).map(d => [I(S.ecgmon, d, 24), I(S.nibp, d, 12)]), days.map((d, i) => [I(D.amlo, d, 1), i < 5 ? I(D.ntgI, d, 2) : null]), I(S.lytes, add(adm, 2), 1), I(S.lytes, add(adm, 5), 1), I(S.rft, add(adm, 5), 1),
    I(S.rehabEval, add(adm, 4), 1), range(add(adm, 5), los - 5).filter(d => dow(d) !== 0).map(d => I(S.pt, d, 1))];
  return [claim(m, hid, { vt: 'inpatient', adm, dis: add(adm, los), dept: 'neurology', dx: [pick(['I61.000x008', 'I61.000x007', 'I61.000x009']), dxHTN, 'G81.900'], px: [['87.0301', adm]], items, route: 'emergency', dmode: 'ordered' })];
}]);
CT.push(['C20', '脑出血后失语、吞咽障碍：二级康复医院4–5周言语与吞咽训练（工作日），3次康复评定', (k) => {
  const m = member({ ageMin: 48, ageMax: 80 }); const net = NET[m.region]; const hid = k % 2 ? net.rehab : net.privNeuro;
  let adm = randDate(); const los = ri(28, 35);
  const s = rehabStay(m, hid, adm, los, { dx: ['I69.100x002', 'R47.000x001', 'R13.x00', dxHTN], evals: [14, 27], therapies: [S.pt, S.speech, S.swallow], nursing: S.n2, bp: D.amlo, route: 'outpatient', px: [['93.7500x001', add(adm, 1)], ['93.1100', add(adm, 1)]] });
  return [s];
}]);
CT.push(['C21', '卒中出院后5–12天再发（新发房颤致心源性栓塞，不同血管区）：急诊再入院，新MRI，重新开始依达拉奉', (k) => {
  const m = member({ ageMin: 60, ageMax: 85 }); const net = NET[m.region]; const hid = [net.centre, net.county][k % 2];
  const a1 = randDate(); const s1 = strokeStay(m, hid, a1, { los: ri(8, 10), dx: ['I63.300', dxHTN], rehabFrom: 3 });
  const a2 = add(s1.dischargeDate, ri(5, 12));
  const s2 = strokeStay(m, hid, a2, { los: ri(10, 13), dx: ['I63.402', 'I48.000', dxHTN], dapt: false, anticoag: 5, rehabFrom: 3 });
  return [s1, s2];
}]);
CT.push(['C22', 'ACS后替格瑞洛：定点药店每月购替格瑞洛（医院续方已无氯吡格雷）', (k) => {
  const m = member({ ageMin: 50, ageMax: 80, chronic: CAD_CHR }); const net = NET[m.region]; const hosp = [net.centre, net.county, net.comm[1]][k % 3];
  const d0 = randDate('2026-01-05', '2026-07-01'); const out = [];
  for (let i = 0; i < 3; i++) out.push(chronicRefill(m, hosp, add(d0, i * 30), ['I25.200x014', 'I25.103', dxHTN], [[D.asp, 30], [D.atorva, 30], [D.meto, 60]]));
  const ph = pick(net.pharm); for (let i = 0; i < 3; i++) out.push(pharmacy(m, ph, add(d0, 3 + i * ri(27, 29)), ['I25.200x014'], [[D.tica, 56]]));
  return out;
}]);
CT.push(['C23', '轻型卒中：急诊疑诊TIA，症状24小时内缓解但MRI-DWI阳性（组织学定义脑梗死），完整评估与双抗21天', (k) => {
  const m = member({ ageMin: 52, ageMax: 82 }); const net = NET[m.region]; const hid = [net.centre, net.county, net.centre2][k % 3];
  const d0 = randDate(); const er = claim(m, hid, { vt: 'outpatient', date: d0, dept: 'emergency', dx: ['G45.900', dxHTN], items: [I(S.er, d0, 1), I(S.ctHead, d0, 1), I(S.ecg, d0, 1), I(S.bgl, d0, 1), I(S.cbc, d0, 1)] });
  const s = strokeStay(m, hid, d0, { los: ri(7, 10), dx: [pick(['I63.900', 'I63.801', 'I63.500x002']), dxHTN], mri: true, edaravone: 0, rehabFrom: 2, n1days: 1, px: [['88.9101', add(d0, 1)]] });
  return [er, s];
}]);
CT.push(['C24', '青年女性颅内静脉窦血栓：MRI确诊，低分子肝素转利伐沙班，甘露醇，住院14–18天', (k) => {
  const m = member({ ageMin: 22, ageMax: 45, gender: 'F' }); const net = NET[m.region]; const hid = [net.centre, net.centre2][k % 2];
  const adm = randDate(); const los = ri(14, 18); const days = range(adm, los);
  const items = [stayBase(adm, los, (i) => i < 4 ? S.n1 : S.n2), admLabs(adm, { dd: true }), I(S.ctHead, adm, 1), I(S.mri, add(adm, 1), 1), I(S.mri, add(adm, 12), 1), I('002502190010001', adm, 1), I(S.tft, adm, 1), I(S.coag, add(adm, 3), 1), I(S.eeg, add(adm, 2), 1),
    range(adm, 8).map(d => [I(D.enox, d, 2), I(S.sc, d, 2)]), range(add(adm, 8), los - 8).map(d => I(D.riva, d, 2)), range(adm, 5).map(d => [I(D.mannitol, d, 2), I(S.iv1, d, 1), I(S.ivn, d, 1), I(C.iv, d, 2)]), days.map(d => I(D.levet, d, k % 3 === 0 ? 2 : 0))];
  const s = claim(m, hid, { vt: 'inpatient', adm, dis: add(adm, los), dept: 'neurology', dx: ['I67.601', 'I63.600', ...(k % 3 === 0 ? ['G40.900'] : [])], px: [['88.9100x003', add(adm, 1)]], items, route: 'emergency', dmode: 'ordered' });
  const od = add(adm, los + ri(25, 35)); const o = opVisit(m, hid, od, ['I67.601'], [I(D.riva, od, 56), I(S.coag, od, 1)], { dept: 'neurology' });
  return [s, o];
}]);

// ======================================================================
// ROUTINE
// ======================================================================
function routineCase(k) {
  const kind = k % 10; const m = member({ ageMin: 45, ageMax: 85, chronic: kind === 2 || kind === 7 ? CAD_CHR : kind === 8 ? ['I10', 'I69'] : null }); const net = NET[m.region];
  const d = randDate('2026-01-05', '2026-11-20');
  switch (kind) {
    case 0: return [opVisit(m, pick(net.comm), d, [dxHTN], [I(D.amlo, d, 28), I(S.ecg, d, chance(0.3) ? 1 : 0)], { dept: 'general' })];
    case 1: return [pharmacy(m, pick(net.pharm), d, [dxHTN], [[pick([D.amlo, D.nifed, D.felo, D.valsa]), 28]])];
    case 2: return [chronicRefill(m, pick([net.comm[0], net.county]), d, ['I25.103', dxHTN], [[D.asp, 30], [D.atorva, 30], [D.ismn, 30], [D.meto, 60]])];
    case 3: return [opVisit(m, net.centre2, d, ['R42.x00x004', dxHTN], [I(S.ecg, d, 1), I(D.betahis, d, 21)], { dept: 'neurology' })];
    case 4: return [opVisit(m, net.centre, d, ['I48.000'], [I(D.riva, d, 28), I(S.rft, d, 1), I(S.ecg, d, 1)])];
    case 5: return [opVisit(m, net.centre, d, ['I50.900x007', 'I25.103'], [I(D.arni, d, 56), I(D.metoER, d, 28), I(D.spiro, d, 28), I(D.furoT, d, 14), I(S.lytes, d, 1)])];
    case 6: { const los = ri(5, 7); const days = range(d, los); return [claim(m, net.county, { vt: 'inpatient', adm: d, dis: add(d, los), dept: 'cardiology', dx: ['I20.000', dxHTN], px: [], route: 'emergency', dmode: 'ordered',
      items: [stayBase(d, los, S.n2), admLabs(d, { cardiac: true }), I(S.tnI, add(d, 1), 1), I(S.echo, add(d, 1), 1), daily(D.lmwh, days.slice(0, 4), 2), daily(S.sc, days.slice(0, 4), 2), daily(D.ntgI, days.slice(0, 3), 2), daily(S.iv1, days.slice(0, 3), 1), daily(C.iv, days.slice(0, 3), 1), daily(D.ns, days.slice(0, 3), 1), cadOral(days, { load: true })] })]; }
    case 7: return [pharmacy(m, pick(net.pharm), d, ['I25.103'], [[D.fdds, 540], [D.asp, 30]])];
    case 8: return [chronicRefill(m, pick(net.comm), d, ['I69.300x002', dxHTN], [[D.asp, 30], [D.atorva, 30], [D.amlo, 30], [D.xst, 180]], { dept: 'general' })];
    default: return [opVisit(m, net.centre2, d, [dxHTN, 'E78.000'], [I(S.lipid, d, 1), I(S.lft, d, 1), I(D.atorva, d, 28), I(D.amlo, d, 28)])];
  }
}

// ======================================================================
// BUILD
// ======================================================================
for (const [code, name, fn] of T) for (let k = 0; k < 15; k++) { const r = fn(k); label('fraud', code, name, k + 1, r.claims, r.targets); }
for (const [code, name, fn] of CT) for (let k = 0; k < 15; k++) { const cl = fn(k); label('control', code, name, k + 1, cl, cl); }
let rtClaims = 0, rk = 0; while (rtClaims < 100) { const cl = routineCase(rk++); rtClaims += cl.length; label('routine', 'R', '日常心脑血管诊疗', rk, cl, cl); }

// settlement order and fund amounts
CLAIMS.sort((a, b) => a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq);
const STATE = {};
for (const c of CLAIMS) {
  const m = c._m; const prov = (c.insuredRegion || c.region).slice(0, 2); const P = POL.provinces[prov]; const sch = P.schemes[m.ins];
  let total = 0, self = 0;
  for (const it of c.items) { const r = CAT[it.code]; total += it.amount; self += it.amount * (r.class === '丙' ? 1 : (r.selfPayShare != null ? r.selfPayShare : 0)); }
  total = r2(total); const policy = r2(total - self);
  const st = STATE[m.patient.insuredId] || (STATE[m.patient.insuredId] = { adm: 0, outDed: m.ins === 'employee' ? Math.max(0, sch.outpatient.deductible - m.priorOut) : 0, phDed: m.ins === 'employee' ? Math.max(0, sch.pharmacy.deductible - m.priorPh) : 0, out: 0, ph: 0, chr: 0 });
  const lvl = String(c.provider.level); const bonus = (b) => (c.patient.retired ? (b || 0) : 0);
  let fund = 0;
  if (c.visitType === 'inpatient') {
    const ip = sch.inpatient; let ded = ip.deductible[lvl]; if (st.adm > 0 && ip.laterAdmissionDeductibleShare) ded *= ip.laterAdmissionDeductibleShare; st.adm++;
    fund = Math.max(0, policy - ded) * Math.min(ip.maxRatio || 1, ip.ratio[lvl] + bonus(ip.retireeRatioBonus));
  } else if (c.visitType === 'chronic') {
    const ch = sch.chronic; fund = policy * (ch.ratio[lvl] + bonus(ch.retireeRatioBonus)); fund = Math.min(fund, Math.max(0, ch.annualFundCap - st.chr)); st.chr += fund;
  } else if (c.visitType === 'pharmacy') {
    const ph = sch.pharmacy; const used = Math.min(st.phDed, policy); st.phDed -= used; fund = (policy - used) * (ph.ratio[lvl] + bonus(ph.retireeRatioBonus)); fund = Math.min(fund, Math.max(0, ph.annualFundCap - st.ph)); st.ph += fund;
  } else {
    const op = sch.outpatient; const cap = (P.regions && P.regions[c.region] && P.regions[c.region].schemes && P.regions[c.region].schemes[m.ins] && P.regions[c.region].schemes[m.ins].outpatient && P.regions[c.region].schemes[m.ins].outpatient.annualFundCap) || op.annualFundCap;
    const used = Math.min(st.outDed, policy); st.outDed -= used; fund = (policy - used) * (op.ratio[lvl] + bonus(op.retireeRatioBonus)); fund = Math.min(fund, Math.max(0, cap - st.out)); st.out += fund;
  }
  c.amounts = { total, policy, fundClaimed: r2(Math.max(0, fund)) };
  if (c.visitType === 'inpatient') c.reportedGroup = { drg: GRP[c.claimId] || null, dip: null };
}
fs.mkdirSync(OUT, { recursive: true });
const clean = (c) => { const o = {}; for (const k of Object.keys(c)) if (!k.startsWith('_')) o[k] = c[k]; return o; };
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(c => JSON.stringify(clean(c))).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const kinds = {}; for (const l of LABELS) kinds[l.kind] = (kinds[l.kind] || 0) + 1;
console.error(`blind49: ${CLAIMS.length} claims, cases ${JSON.stringify(kinds)}, routine claims ${rtClaims}, groups ${GROUPS ? Object.keys(GRP).length : 'none'}`);
