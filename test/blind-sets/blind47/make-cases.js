#!/usr/bin/env node
// blind47 — emergency, critical and time-billed care. usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base47/rules/catalogue');
const GROUPS = opt('--groups', null);
// ---------- PRNG (fixed seed) ----------
let seed = 47047;
function rnd() { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100) / 100;
// ---------- catalogue ----------
const ROW = {};
for (const f of ['services', 'drugs', 'consumables']) for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f + '.json'), 'utf8')).rows) ROW[r.code] = r;
const K = { // short names → catalogue codes
  opd: '001102000010001', edConsult: '001102000050001', ipConsult: '001103000010001', consultIn: '001104000010001',
  bed3: '001105000010001', icuBed: '001105000030001', nbBed: '001105000050001',
  special: '001201000010001', n1: '001201000020001', n2: '001201000030001', icuCare: '001201000050001', nbCare: '001201000060001',
  ivFirst: '001204000010001', ivMore: '001204000020001', ivScalp: '001204000030001', ivPush: '001204000040001', im: '001204000050001', sc: '001204000060001', cannula: '001204000070001',
  dressS: '001205000010001', dressM: '001205000020001', cath: '001206000010001', neb: '001207000010001',
  o2: '001208000010001', hfnc: '001208000020001', ecg: '001209000010001', spo2: '001210000010001', nibp: '001211000010001', glu: '001212000010001', gid: '001213000010001',
  ivent: '001214000010001', niv: '001214000020001', ngt: '001219000010001', rehabEval: '001217000010001', pt: '001218000010001', acup: '001215000010001',
  cbc: '002501010010001', ua: '002501020010001', stool: '002501030010001', lft: '002502010010001', rft: '002502020010001', lytes: '002502030010001', lipids: '002502040010001', fbg: '002502050010001', hba1c: '002502050020001',
  coag: '002502060010001', cke: '002502070010001', tni: '002502070020001', bnp: '002502070030001', crp: '002502080010001', pct: '002502080020001', abg: '002502090010001', lact: '002502090020001', ddimer: '002502100010001',
  hbv: '002502110010001', preop: '002502120010001', abo: '002502130010001', culture: '002502140010001', hcg: '002502190010001',
  ekg: '003107010010001', cxr: '002202010010001', xlimb: '002202020010001', usAbd: '002103010010001', echo: '002103010020001', usLeg: '002103010040001', usUro: '002103010060001', usObs: '002103010070001',
  ctHead: '002301010010001', ctChest: '002301010020001', ctAbd: '002301010030001', ctEnh: '002301010040001', mriHead: '002401010010001', eeg: '002503010080001', fhr: '002503010090001', gastroscopy: '002503010030001',
  cag: '003101010010001', pci: '003101010020001', pacer: '003101010040001', ga: '003301010010001', spinal: '003301010020001', local: '003301010030001',
  lapAppy: '003302010010001', csec: '003305010010001', vagDel: '003305010020001', orif: '003303020010001', crrt: '003310010020001', hd: '003310010010001', phototx: '003112010010001',
  // drugs
  amox: 'XJ01CAA501A001', amoxclav: 'XJ01CRA502A001', cefurox: 'XJ01DCT502A001', ceftri: 'XJ01DDT504B002', cefuroxIv: 'XJ01DCT505B002', ceftaz: 'XJ01DDT506B002', cefoSul: 'XJ01DDT507B002',
  imipenem: 'XJ01DHY501B002', mero: 'XJ01DHM501B002', linez: 'XJ01XXL501B002', tige: 'XJ01AAT508B002', azi: 'XJ01FAA503A001', aziIv: 'XJ01FAA503B002', levo: 'XJ01MAZ501A001', levoIv: 'XJ01MAZ501B002', moxiIv: 'XJ01MAM502B002',
  metroIv: 'XJ01XDJ501B002', piptaz: 'XJ01CRP501B002', ampi: 'XJ01CAA505B002', amik: 'XJ01GBA506B002', oselt: 'XJ05AHA508A001',
  ntgTab: 'XC01DAX501A001', ntgIv: 'XC01DAX501B002', ismn: 'XC01DAD501A003', asa: 'XB01ACA509A001', clopi: 'XB01ACL502A001', tica: 'XB01ACT509A001', enox: 'XB01ABY502B002', lmwh: 'XB01ABD502B002', rivaro: 'XB01AFL503A001',
  urok: 'XB01ADN501B002', alteplase: 'XB01ADA510B002', atorva: 'XC10AAA511A001', rosu: 'XC10AAR501A001', metop: 'XC07ABM503A001', biso: 'XC07ABB501A001', amlo: 'XC08CAA512A001', nifed: 'XC08CAX503A003',
  valsartan: 'XC09CAX504A001', sacu: 'XC09DXS501A001', furoTab: 'XC03CAF503A001', furoIv: 'XC03CAF503B002', spiro: 'XC03DAL505A001', digoxin: 'XC01AAD503A001', amioTab: 'XC01BDA513A001', amioIv: 'XC01BDA513B002',
  dopamine: 'XC01CAD504B002', norepi: 'XC01CAQ502B002', metformin: 'XA10BAE503A001', dapa: 'XA10BKD506A001', insAsp: 'XA10ABM504B002', insNph: 'XA10ACJ502B002', insGlar: 'XA10AEG503B002', insReg: 'XA10ABS502B002',
  omeCap: 'XA02BCA515A001', omeIv: 'XA02BCA515B002', pantoIv: 'XA02BCP503B002', esome: 'XA02BCA516A001', metoclo: 'XA03FAJ503B002', smecta: 'XA07BCM505A006', lactulose: 'XA06ADR502A004',
  oxytocin: 'XH01BBS504B002', ergo: 'XG02ABM506B002', pcmTab: 'XN02BED510A001', pcmKid: 'XN02BED510A010', ibuKid: 'XM01AEB502A004', ibuCap: 'XM01AEB502A003', morphine: 'XN02AAM507B002', fentanyl: 'XN02ABF506B002',
  propofol: 'XN01AXB503B002', lido: 'XN01BBL509B002', vecur: 'XM03ACW501B002', midaz: 'XN05CDM508B002', diazTab: 'XN05BAD511A001', valpro: 'XN03AGB505A003', levetir: 'XN03AXZ503A001', edaravone: 'XN07XXY507B002', citicol: 'XN06BXB506B002',
  mannitol: 'XB05BCG505B002', ns: 'XB05BBL511B002', glucose: 'XB05BAP505B002', gns: 'XB05BBP506B002', ringer: 'XB05BBF507B002', lr: 'XB05BBR503B002', kcl: 'XB05XAL512B002', lipid: 'XB05BAZ504B002', aa: 'XB05BAF508B002',
  albumin: 'XB05AAR504B002', vitK: 'XB02BAW502B002', txa: 'XB02AAA519B002', iron: 'XB03AAH503A001', dexa: 'XH02ABD515B002', mpred: 'XH02ABJ504B002', pred: 'XH02ABP507A001',
  salb: 'XR03ACS508C003', budNeb: 'XR03BAB508C003', iprat: 'XR03BBY508C003', doxof: 'XR03DAD516B002', ambroxIv: 'XR05CBA522B002', ambroxTab: 'XR05CBA522A001', nac: 'XR05CBY509A001', ondan: 'XA04AAA524B002',
  // consumables
  ivSet: 'C14010150100001020350000001', ivCath: 'C14010150200001215730000001', syringe: 'C14010150300001156950000001', precSet: 'C14010150400001288520000001', tape: 'C14010150500001483520000001',
  cathKit: 'C14030150100001569850000001', foley: 'C14030150200001263900000001', drainBag: 'C14040150100001551930000001', ngTube: 'C14040150200001963360000001', vac: 'C14040150300001408220000001',
  gauze: 'C14020150100001506610000001', dressPack: 'C14020150200001397260000001', o2tube: 'C14050150100001832230000001', nebKit: 'C14050150200001429150000001', ett: 'C14050150300001941860000001', ventCirc: 'C14050150400001784750000001',
  electrode: 'C14060150100001436170000001', spo2Probe: 'C14060150200001655310000001', strip: 'C14060150300001162280000001', stent: 'C02010150100001259060000001', cagCath: 'C02010150300001651190000001', wire: 'C02010150400001146670000001', sheath: 'C02010150500001930830000001',
  pacemaker: 'C02010150600001849440000001', dialyzer: 'C10010150100001014100000001', hdLine: 'C10010150200001187780000001', gownPack: 'C11010150600001900710000001', suture: 'C11010150200001895120000001', esu: 'C11010150700001990950000001',
  anesKit: 'C11010150800001179070000001', trocar: 'C11010150100001004460000001', clip: 'C11010150400001380140000001', birthPack: 'C14070150100001630710000001', stapler: 'C11010150300001825820000001',
};
for (const k in K) if (!ROW[K[k]]) throw new Error('no catalogue row for ' + k + ' ' + K[k]);
const DX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/diagnoses.json', 'utf8'));
const PX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/procedures.json', 'utf8'));
// ---------- dates ----------
const D0 = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => { const d = D0(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const daysBetween = (a, b) => Math.round((D0(b) - D0(a)) / 86400000);
const rangeDays = (a, b) => { const out = []; for (let d = a; d <= b; d = addDays(d, 1)) out.push(d); return out; };
const randDate = (from = '2026-01-05', to = '2026-10-31') => addDays(from, ri(0, daysBetween(from, to)));
// ---------- regions, hospitals ----------
const REGIONS = ['220100', '220200', '230100', '370100', '370200', '510100', '510700'];
const HOSP = {}; // region -> list
let hs = 0;
for (const rg of REGIONS) {
  const pre = rg.slice(0, 4);
  const mk = (level, own, n) => ({ id: 'H' + pre + String(++hs).padStart(4, '0'), level, own, region: rg, pf: own === 'private' ? 0.95 : 1 });
  HOSP[rg] = { l3: [mk(3, 'public'), mk(3, 'public'), mk(3, 'private')], l2: [mk(2, 'public'), mk(2, 'public'), mk(2, 'private')], county: [mk(2, 'public'), mk(2, 'public')] };
}
const hosp3 = (rg) => pick(HOSP[rg].l3.filter(h => h.own === 'public').concat(chance(0.25) ? HOSP[rg].l3 : []));
const hospAny = (rg) => pick(HOSP[rg].l3.concat(HOSP[rg].l2));
const hospCounty = (rg) => pick(HOSP[rg].county);
const hospL2 = (rg) => pick(HOSP[rg].l2);
const doc = (h, dept) => 'D' + h.id.slice(5) + String(Math.abs(hashStr(dept)) % 40 + 1).padStart(2, '0') + ri(1, 6);
function hashStr(s) { let h = 0; for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0; return h; }
// ---------- members ----------
let pseq = 0;
function member(o = {}) {
  const region = o.region || pick(REGIONS);
  const age = o.age != null ? o.age : ri(o.ageMin != null ? o.ageMin : 18, o.ageMax != null ? o.ageMax : 85);
  const gender = o.gender || (chance(0.55) ? 'M' : 'F');
  const ref = o.refDate || '2026-06-01';
  let birthDate;
  if (o.birthDate) birthDate = o.birthDate; else { const y = Number(ref.slice(0, 4)) - age - (chance(0.5) ? 1 : 0); birthDate = `${y}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`; if (daysBetween(birthDate, ref) < age * 365.25) birthDate = `${Number(birthDate.slice(0, 4)) - 1}${birthDate.slice(4)}`; }
  const ageNow = Math.floor(daysBetween(birthDate, ref) / 365.25);
  const scheme = o.scheme || (ageNow < 18 ? 'resident' : ageNow >= 70 ? (chance(0.5) ? 'employee' : 'resident') : (chance(0.6) ? 'employee' : 'resident'));
  const retired = scheme === 'employee' && ageNow >= (gender === 'M' ? 60 : 55);
  const contrib = scheme === 'employee' ? Math.max(1, Math.min(ageNow - 20, ri(8, 38))) : 0;
  const enrolledOn = o.special === 'newborn' ? addDays(birthDate, ri(3, 20)) : `${ri(2008, 2022)}-01-01`;
  return {
    region, scheme, birthDate, gender, retired, birthWeightGrams: o.birthWeightGrams,
    insuredId: 'P47' + String(++pseq).padStart(6, '0'),
    enrollment: { enrolledOn, inConcentratedPeriod: true, continuousYears: o.special === 'newborn' ? 0 : Math.min(15, Math.max(1, 2026 - Number(enrolledOn.slice(0, 4)))), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: chance(0.15), contributionYears: contrib, special: o.special || null },
  };
}
const ageAt = (m, d) => Math.floor(daysBetween(m.birthDate, d) / 365.25);
// ---------- claims ----------
let cseq = 0;
const ALL = [];
class Claim {
  constructor(m, h, o) {
    this.m = m; this.h = h; this.o = o; this.items = []; this.dx = o.dx; this.px = o.px || [];
    this.id = `${h.region}-${h.id}-2026-${String(++cseq).padStart(6, '0')}`;
    ALL.push(this);
  }
  add(key, qty, date, o = {}) {
    if (!qty || qty <= 0) return null;
    const code = K[key] || key; const r = ROW[code]; if (!r) throw new Error('row ' + key);
    const lvl = String(this.h.level);
    let price = r2(r.priceCap[lvl] * (r.category === 'drug' || r.category === 'consumable' ? 1 : this.h.pf));
    const q = Math.round(qty * 100) / 100;
    const lineId = String(this.items.length + 1);
    const it = { lineId, code: r.code, name: r.name, category: r.category, date, quantity: q, unitPrice: price, amount: r2(q * price) };
    if (o.long) it.longPrescription = true;
    this.items.push(it);
    return lineId;
  }
  json() {
    const m = this.m, h = this.h, o = this.o;
    const inp = o.visitType === 'inpatient';
    const c = { claimId: this.id, region: h.region, insuranceType: m.scheme, visitType: o.visitType,
      patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
      enrollment: m.enrollment, provider: { hospitalId: h.id, level: h.level, department: o.dept, doctorId: o.doctorId || doc(h, o.dept) } };
    if (m.birthWeightGrams && inp && daysBetween(m.birthDate, o.adm) < 29) c.patient.birthWeightGrams = m.birthWeightGrams;
    if (inp) { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
    if (inp) { if (o.route) c.admissionRoute = o.route; if (o.dmode) c.dischargeMode = o.dmode; if (o.fromHosp) c.transferFromHospitalId = o.fromHosp; }
    c.diagnoses = this.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
    c.procedures = this.px.map(p => ({ code: p[0], date: p[1] }));
    if (inp) c.reportedGroup = { drg: GROUPED[this.id] || null, dip: null };
    c.items = this.items;
    c.amounts = amounts(this);
    return c;
  }
  end() { return this.o.visitType === 'inpatient' ? this.o.dis : this.o.date; }
}
const GROUPED = {};
if (GROUPS) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); if (g.grouping && g.grouping.drg) GROUPED[g.claimId] = g.grouping.drg; }
// fund: policy = total − 丙 − 乙 share; inpatient fund = (policy − deductible) × ratio (+retiree bonus), outpatient = policy × ratio, capped
const POL = JSON.parse(fs.readFileSync('/work/wt/base47/rules/benefits/policies.json', 'utf8'));
function amounts(cl) {
  const total = r2(cl.items.reduce((a, i) => a + i.amount, 0));
  let policy = 0; for (const i of cl.items) { const r = ROW[i.code]; const share = r.class === '丙' ? 1 : (r.selfPayShare || 0); policy += i.amount * (1 - share); }
  policy = r2(policy);
  const prov = POL.provinces[cl.h.region.slice(0, 2)]; const sch = prov.schemes[cl.m.scheme];
  const lvl = String(cl.h.level); let fund;
  if (cl.o.visitType === 'inpatient') {
    const p = sch.inpatient; const ratio = p.ratio[lvl] + (cl.m.retired ? (p.retireeRatioBonus || 0) : 0);
    fund = Math.max(0, policy - p.deductible[lvl]) * ratio * 0.985;
  } else {
    const p = sch.outpatient; const ratio = p.ratio[lvl] + (cl.m.retired ? (p.retireeRatioBonus || 0) : 0);
    fund = cl.m.scheme === 'employee' && cl.o.noDeduct !== true && cl.o.fundZero ? 0 : Math.min(policy * ratio * 0.98, cl.m.scheme === 'resident' ? 300 : 2000);
  }
  return { total, policy, fundClaimed: r2(fund) };
}
function ip(m, h, o) { return new Claim(m, h, Object.assign({ visitType: 'inpatient' }, o)); }
function op(m, h, o) { const c = new Claim(m, h, Object.assign({ visitType: 'outpatient', fundZero: m.scheme === 'employee' && chance(0.3) }, o)); return c; }
// ---------- care blocks ----------
function T(c, tag, id) { if (!id) return id; (c.tags = c.tags || {}); (c.tags[tag] = c.tags[tag] || []).push(id); return id; }
function iv(c, d, groups, fluids = [['ns', 1]]) { c.add('ivFirst', 1, d); if (groups > 1) c.add('ivMore', Math.min(groups - 1, 5), d); c.add('ivSet', 1, d); for (const [k, q] of fluids) c.add(k, q, d); }
function labs(c, d, keys) { for (const k of keys) c.add(k, 1, d); }
function bedNights(adm, dis) { return adm === dis ? [adm] : rangeDays(adm, addDays(dis, -1)); }
function wardDays(c, adm, dis, nursingFor) { for (const d of bedNights(adm, dis)) { c.add('bed3', 1, d); c.add(nursingFor(d), 1, d); c.add('ipConsult', 1, d); } }
function admLabs(c, d, extra = []) { labs(c, d, ['cbc', 'ua', 'lft', 'rft', 'lytes', 'coag', 'crp', 'ekg'].concat(extra)); }
// critical-care stay: ICU days then ward days; returns the claim with tags
function criticalStay(c, P) {
  const adm = c.o.adm; const icuN = P.icuN, wardN = P.wardN || 0;
  const icuEnd = addDays(adm, icuN); const dis = c.o.dis;
  const h0 = P.h0 != null ? P.h0 : ri(14, 20); const th = P.th != null ? P.th : ri(8, 12);
  const ventN = P.ventN || 0; const extH = P.extH != null ? P.extH : ri(6, 12);
  const seq = rangeDays(adm, dis);
  seq.forEach((d, i) => {
    const inIcuBed = i < icuN || (wardN === 0 && icuN === 0);
    const icuHours = i === 0 ? (icuN === 0 && wardN === 0 ? h0 : h0) : i < icuN ? 24 : i === icuN ? (wardN > 0 || P.endInIcu ? th : 0) : 0;
    if (i < icuN || (i === 0 && icuN === 0)) { T(c, 'icuBed@' + i, c.add(P.ccu ? 'icuBed' : 'icuBed', 1, d)); }
    if (icuHours > 0) { if (P.ccu) { if (i < icuN) T(c, 'special@' + i, c.add('special', 1, d)); } else T(c, 'icuCare@' + i, c.add('icuCare', icuHours, d)); }
    if (i >= icuN && i < seq.length - 1 && wardN > 0) { c.add('bed3', 1, d); c.add(i - icuN < 2 ? 'n1' : 'n2', 1, d); }
    if (i < seq.length - 1 || seq.length === 1) c.add('ipConsult', 1, d);
    // ventilation / oxygen
    let ventH = 0;
    if (ventN > 0) { if (i === 0) ventH = P.ventH0 != null ? P.ventH0 : Math.min(h0, 24); else if (i < ventN) ventH = 24; else if (i === ventN) ventH = extH; }
    if (ventH) T(c, 'vent@' + i, c.add(P.nivOnly ? 'niv' : 'ivent', ventH, d));
    if (ventN > 0 && i === 0 && ventH > 0 && !P.nivOnly) { c.add('ett', 1, d); c.add('ventCirc', 1, d); }
    if (ventN > 0 && i > 0 && i < ventN && i % 7 === 0 && !P.nivOnly) c.add('ventCirc', 1, d);
    let o2H = 0;
    if (!P.noO2 && ventH < 24) {
      if (i < icuN) o2H = (i === 0 ? h0 : 24) - ventH - (ventH ? 2 : 0);
      else if (wardN > 0 && i === icuN) o2H = 16 - ventH;
      else if (wardN > 0 && i === icuN + 1 && i < seq.length - 1) o2H = 12;
      else if (wardN === 0 && i === icuN && P.endInIcu) o2H = th - ventH;
    }
    if (P.hfncDays && i < P.hfncDays) o2H = 0;
    if (P.o2Override && P.o2Override[i] != null) o2H = P.o2Override[i];
    if (o2H > 0) T(c, 'o2@' + i, c.add('o2', Math.min(o2H, 24), d));
    if (P.hfncDays && i < P.hfncDays) T(c, 'hfnc@' + i, c.add('hfnc', i === 0 ? Math.min(h0, 20) : ri(18, 22), d));
    // monitoring on ward transfer day and first ward day (graded nursing does not include it)
    if (i >= icuN && i <= icuN + 1 && wardN > 0 && i < seq.length - 1) { c.add('ecg', i === icuN ? 24 - th : 24, d); c.add('spo2', i === icuN ? 24 - th : 24, d); }
    // labs
    if (i === 0) { admLabs(c, d, ['pct', 'bnp', 'tni', 'lact', 'abo', 'preop']); c.add('cxr', 1, d); }
    else if (i < icuN) { labs(c, d, ['cbc', 'lytes', 'rft']); if (i % 2 === 0) labs(c, d, ['lft', 'coag', 'crp']); if (i === 3) c.add('pct', 1, d); if (i < 4) c.add('lact', 1, d); }
    else if (i === icuN + 2 || (i === seq.length - 2 && i > icuN)) labs(c, d, ['cbc', 'lytes', 'rft', 'crp']);
    const gases = i < icuN ? (i === 0 ? (P.gases0 || 3) : ventH > 0 ? 2 : 1) : 0;
    if (gases) T(c, 'abg@' + i, c.add('abg', gases, d));
    // drugs
    const abx = P.abx || 'piptaz'; const abDays = P.abxDays || Math.min(seq.length - 1, 10);
    if (i < abDays && abx) { const q = { piptaz: 3, mero: 3, ceftri: 1, cefoSul: 2, imipenem: 4, levoIv: 1, moxiIv: 1, cefuroxIv: 3, ampi: 4 }[abx] || 2; T(c, 'abx@' + i, c.add(abx, abx === 'ceftri' ? 2 : q, d)); }
    if (i < icuN || (i < seq.length - 1 && i < icuN + 3)) iv(c, d, i < icuN ? 3 : 2, i < icuN ? [['ns', 3], ['glucose', 1], ['kcl', 2]] : [['ns', 2]]);
    if (P.pressorN && i < P.pressorN) T(c, 'pressor@' + i, c.add('norepi', i === 0 ? 6 : 4, d));
    if (ventH > 0 && !P.nivOnly) { c.add('midaz', 4, d); c.add('fentanyl', 3, d); if (i < 2) c.add('propofol', 2, d); }
    if (i < Math.min(icuN, 7)) c.add(P.ppiKey || 'pantoIv', 2, d);
    else if (i < seq.length - 1) c.add('omeCap', 2, d);
    if (i < Math.min(seq.length - 1, 12) && P.lmwh !== false && i >= 1) c.add('lmwh', 1, d);
    if (P.albuminN && i < P.albuminN) T(c, 'alb@' + i, c.add('albumin', 2, d));
    if (P.crrtN && i < P.crrtN) { T(c, 'crrt@' + i, c.add('crrt', i === 0 ? Math.min(h0 - 2, 20) : ri(20, 22), d)); if (i === 0) { c.add('dialyzer', 1, d); c.add('hdLine', 1, d); } else if (i % 2 === 0) { c.add('dialyzer', 1, d); c.add('hdLine', 1, d); } }
    if (i < icuN && i >= 1 && P.tpn) { c.add('aa', 1, d); c.add('lipid', 1, d); }
    if (i < icuN) { c.add('syringe', 6, d); c.add('electrode', 5, d); if (i === 0) { c.add('ivCath', 1, d); c.add('spo2Probe', 1, d); c.add('cathKit', 1, d); } }
    if (i < icuN && (ventN > i || P.ngt)) c.add('ngt', 1, d);
    if (P.day) P.day(c, d, i, seq);
  });
  return c;
}
function edVisit(m, h, d, o) {
  const c = op(m, h, { date: d, dept: o.dept || 'emergency', dx: o.dx, px: o.px });
  c.add('edConsult', 1, d);
  if (o.obsH) { T(c, 'edEcg', c.add('ecg', o.obsH, d)); T(c, 'edSpo2', c.add('spo2', o.obsH, d)); c.add('nibp', Math.min(24, Math.max(2, Math.round(o.obsH / 2))), d); c.add('electrode', 5, d); }
  if (o.o2H) T(c, 'edO2', c.add('o2', o.o2H, d));
  if (o.labs) labs(c, d, o.labs);
  if (o.abg) c.add('abg', o.abg, d);
  if (o.iv) iv(c, d, o.iv, o.fluids || [['ns', o.iv]]);
  for (const [k, q] of (o.drugs || [])) c.add(k, q, d);
  for (const [k, q] of (o.extra || [])) c.add(k, q, d);
  return c;
}
function followUp(m, h, d, dx, drugs, dept = 'general') {
  const c = op(m, h, { date: d, dept, dx });
  c.add(h.level >= 2 && chance(0.3) ? '001102000020001' : 'opd', 1, d);
  if (chance(0.6)) labs(c, d, ['cbc', 'rft']);
  for (const [k, q, long] of drugs) c.add(k, q, d, { long });
  return c;
}
// ---------- clinical profiles ----------
const ICU_PROFILES = [
  { name: 'severe CAP with respiratory failure', dx: ['J18.903', 'J96.000', 'I10.x00x002'], abx: 'piptaz', dept: 'icu', vent: true },
  { name: 'AECOPD with type II respiratory failure', dx: ['J44.100', 'J96.000', 'I27.900'], abx: 'cefoSul', dept: 'ricu', vent: true },
  { name: 'urosepsis with septic shock', dx: ['R57.200', 'A41.900', 'N39.000'], abx: 'mero', dept: 'icu', pressor: true },
  { name: 'duodenal ulcer bleeding', dx: ['K26.000', 'D62.x00'], abx: null, dept: 'icu', px: [['44.4300x001', 0]] },
  { name: 'hypertensive intracerebral haemorrhage', dx: ['I61.900x002', 'I10.x00x002'], abx: 'ceftri', dept: 'eicu', vent: true },
  { name: 'acute heart failure with pulmonary oedema', dx: ['I50.000', 'I11.001', 'E11.900'], abx: null, dept: 'ccu', niv: true },
];
const okDx = (code) => { if (!DX[code]) throw new Error('unknown dx ' + code); return code; };
const okPx = (code) => { if (!PX[code]) throw new Error('unknown px ' + code); return code; };
function icuPx(prof, adm, ventN) { const px = []; if (prof.vent && ventN) { px.push([okPx(ventN >= 4 ? '96.7201' : '96.7101'), adm]); px.push(['96.0400', adm]); } if (prof.niv) px.push(['93.9000x002', adm]); for (const [p, off] of (prof.px || [])) px.push([okPx(p), addDays(adm, off + 1)]); return px; }
const CASES = [];
function addCase(kind, code, name, claims, targets, mutated) { CASES.push({ kind, code, name, claims, targets, mutated: mutated || {} }); }
const tagIds = (c, re) => Object.entries(c.tags || {}).filter(([t]) => re.test(t)).flatMap(([, v]) => v);
// ================= FRAUD TYPOLOGIES =================
const TYP = {};
// T01 ED observation hours + ICU 24 h on the admission day
TYP.T01 = { name: '急诊抢救室/留观监护时数与入院当日ICU按24小时计费叠加超出当日时钟', fn(k, ctrl) {
  const prof = pick(ICU_PROFILES.filter(p => !p.niv)); const m = member({ ageMin: 45, ageMax: 88 }); const h = hosp3(m.region); const d = randDate();
  const edH = ctrl ? ri(2, 5) : ri(6, 11);
  const ed = edVisit(m, h, d, { dx: [prof.dx[0]], obsH: edH, o2H: edH, labs: ['cbc', 'lytes', 'rft', 'tni', 'crp'], abg: ctrl ? 1 : 2, iv: 2, extra: prof.name.includes('haemorrhage') ? [['ctHead', 1]] : [['ctChest', 1]] });
  const icuN = ri(3, 5), wardN = ri(3, 6), ventN = prof.vent ? ri(2, 3) : 0;
  const c = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: prof.dept, dx: prof.dx.map(okDx), px: icuPx(prof, d, ventN), route: 'emergency', dmode: 'ordered' });
  const h0 = ctrl ? 24 - edH - 1 : 24;
  criticalStay(c, { icuN, wardN, ventN, h0, abx: prof.abx, pressorN: prof.pressor ? 2 : 0 });
  const fu = followUp(m, h, addDays(c.o.dis, ri(10, 16)), [prof.dx[0]], [['omeCap', 14]]);
  return { claims: [ed, c, fu], targets: ctrl ? [ed, c, fu] : [c], mutated: ctrl ? {} : { [c.id]: tagIds(c, /^(icuCare|vent|o2)@0$/) } };
} };
// T02 county ICU bills full 24 h of ventilation and ICU care on the day it transfers the patient out
TYP.T02 = { name: '县级医院ICU转出当日按全天计收呼吸机与重症监护（转院两端时数重叠）', fn(k, ctrl) {
  const prof = pick(ICU_PROFILES.filter(p => p.vent)); const m = member({ ageMin: 40, ageMax: 85 }); const a = hospCounty(m.region); const b = hosp3(m.region);
  const d = randDate(); const nA = ri(1, 3); const x = addDays(d, nA);
  const thA = ctrl ? ri(6, 11) : 24;
  const ca = ip(m, a, { adm: d, dis: x, dept: 'icu', dx: prof.dx.map(okDx), px: icuPx(prof, d, nA + 1), route: 'emergency', dmode: 'transfer' });
  criticalStay(ca, { icuN: nA, wardN: 0, ventN: nA + 1, extH: thA, th: thA, endInIcu: true, abx: prof.abx, pressorN: prof.pressor ? nA : 0 });
  const hB = ctrl ? 24 - thA - ri(1, 3) : ri(14, 18);
  const icuN = ri(3, 6), wardN = ri(3, 6), ventN = ri(2, 4);
  const cb = ip(m, b, { adm: x, dis: addDays(x, icuN + wardN), dept: 'icu', dx: prof.dx.map(okDx), px: icuPx(prof, x, ventN), route: 'transfer', fromHosp: a.id, dmode: 'ordered' });
  criticalStay(cb, { icuN, wardN, ventN, h0: hB, abx: 'mero', pressorN: prof.pressor ? 1 : 0 });
  const fu = followUp(m, b, addDays(cb.o.dis, ri(12, 20)), [prof.dx[0]], [['omeCap', 14]]);
  const last = String(nA);
  return { claims: [ca, cb, fu], targets: ctrl ? [ca, cb, fu] : [ca], mutated: ctrl ? {} : { [ca.id]: tagIds(ca, new RegExp('^(icuCare|vent)@' + last + '$')) } };
} };
// T03 phantom resuscitation: CPR coded with arrest diagnosis and resuscitation drugs/tube, no post-arrest care
TYP.T03 = { name: '虚记抢救：编码心脏骤停复苏成功与心肺复苏，无复苏后监护与处置', fn(k) {
  const prof = pick([{ dx: ['I20.000', 'I10.x00x002'], dept: 'cardiology' }, { dx: ['I48.000', 'I10.x00x002'], dept: 'cardiology' }, { dx: ['J44.100'], dept: 'respiratory' }, { dx: ['R55.x00x002', 'I10.x00x002'], dept: 'cardiology' }, { dx: ['I63.900', 'I10.x00x002'], dept: 'neurology' }]);
  const m = member({ ageMin: 55, ageMax: 88 }); const h = pick([hosp3(m.region), hospL2(m.region)]); const d = randDate(); const los = ri(5, 8); const ev = ri(1, 2);
  const ed = edVisit(m, h, d, { dx: [prof.dx[0]], obsH: ri(2, 4), labs: ['cbc', 'tni', 'lytes'], iv: 1 });
  const c = ip(m, h, { adm: d, dis: addDays(d, los), dept: prof.dept, dx: [prof.dx[0], 'I46.000'].concat(prof.dx.slice(1)).map(okDx), px: [['99.6000', addDays(d, ev)]], route: 'emergency', dmode: 'ordered' });
  const dis = c.o.dis; const mut = [];
  for (const dd of bedNights(d, dis)) { c.add('bed3', 1, dd); c.add(dd === d ? 'n1' : 'n2', 1, dd); c.add('ipConsult', 1, dd); }
  admLabs(c, d, ['tni', 'bnp', 'lipids', 'fbg']); c.add('echo', 1, addDays(d, 1)); c.add('cxr', 1, d);
  for (const dd of rangeDays(d, addDays(dis, -1))) { iv(c, dd, 2, [['ns', 2]]); if (prof.dept === 'cardiology') { c.add('asa', 1, dd); c.add('atorva', 1, dd); c.add('metop', 2, dd); } else if (prof.dept === 'respiratory') { c.add('cefoSul', 2, dd); c.add('neb', 2, dd); c.add('budNeb', 2, dd); } else { c.add('asa', 1, dd); c.add('atorva', 1, dd); c.add('citicol', 2, dd); } }
  c.add('ecg', 12, d); c.add('spo2', 12, d);
  const e = addDays(d, ev);
  mut.push(c.add('ett', 1, e), c.add('ivPush', 6, e), c.add('norepi', 4, e), c.add('abg', 2, e), c.add('ecg', 24, e), c.add('spo2', 24, e), c.add('syringe', 10, e), c.add('electrode', 10, e));
  labs(c, addDays(dis, -1), ['cbc', 'lytes']);
  const fu = followUp(m, h, addDays(dis, ri(10, 20)), [prof.dx[0]], [['asa', 30], ['atorva', 30]]);
  return { claims: [ed, c, fu], targets: [c], mutated: { [c.id]: mut.filter(Boolean) } };
} };
// T04 CCU: 特级护理 (which includes ECG and SpO2 monitoring) plus separately billed ECG and SpO2 monitoring hours
TYP.T04 = { name: 'CCU特级护理期间另收心电监测、血氧饱和度监测（分解收费）', fn(k, ctrl) {
  const prof = pick([{ dx: ['I21.001', 'I10.x00x002'], pci: true }, { dx: ['I21.103', 'E11.900'], pci: true }, { dx: ['I50.000', 'I11.001'] }, { dx: ['I44.200', 'I10.x00x002'], pacer: true }]);
  const m = member({ ageMin: 50, ageMax: 86 }); const h = hosp3(m.region); const d = randDate(); const ccuN = ri(2, 4), wardN = ri(3, 5); const dis = addDays(d, ccuN + wardN);
  const px = prof.pci ? [['88.5500', d], ['36.0700', d]] : prof.pacer ? [['37.8300', addDays(d, 1)]] : [];
  const ed = edVisit(m, h, d, { dx: [prof.dx[0]], obsH: ri(1, 3), labs: ['tni', 'cke', 'lytes', 'coag'], drugs: [['asa', 3], prof.pci ? ['tica', 2] : ['furoTab', 2]] });
  const c = ip(m, h, { adm: d, dis, dept: 'ccu', dx: prof.dx.map(okDx), px: px.map(p => [okPx(p[0]), p[1]]), route: 'emergency', dmode: 'ordered' });
  const mut = [];
  rangeDays(d, dis).forEach((dd, i) => {
    const last = dd === dis;
    if (i < ccuN) { c.add('icuBed', 1, dd); c.add('special', 1, dd); c.add('ipConsult', 1, dd); c.add('nibp', 12, dd); c.add('electrode', 5, dd);
      if (!ctrl) { mut.push(c.add('ecg', ri(20, 24), dd), c.add('spo2', ri(20, 24), dd)); } c.add('o2', i === 0 ? 16 : 12, dd); }
    else if (!last) { c.add('bed3', 1, dd); c.add(i - ccuN < 2 ? 'n1' : 'n2', 1, dd); c.add('ipConsult', 1, dd); if (i - ccuN < 2) { c.add('ecg', ctrl ? 24 : 12, dd); c.add('spo2', ctrl ? 24 : 12, dd); } }
    if (!last) { c.add('asa', 1, dd); c.add('atorva', 1, dd); c.add(prof.pci ? 'tica' : 'furoTab', 2, dd); c.add('metop', 2, dd); if (i < 5) c.add('lmwh', 2, dd); }
    if (i < 3) { iv(c, dd, 2, [['ns', 1], ['glucose', 1]]); if (!prof.pci) c.add('furoIv', 2, dd); }
    if (i === 0) { admLabs(c, dd, ['tni', 'cke', 'bnp', 'lipids', 'fbg', 'preop']); c.add('echo', 1, dd); c.add('cxr', 1, dd); }
    if (i === 1 || i === 2) labs(c, dd, ['tni', 'lytes']);
  });
  if (prof.pci) { c.add('pci', 1, d); c.add('stent', 1, d); c.add('cagCath', 2, d); c.add('wire', 1, d); c.add('sheath', 1, d); c.add('local', 1, d); c.add('lido', 2, d); }
  if (prof.pacer) { const pd = addDays(d, 1); c.add('pacer', 1, pd); c.add('pacemaker', 1, pd); c.add('sheath', 1, pd); c.add('local', 1, pd); c.add('cefuroxIv', 2, pd); }
  const fu = followUp(m, h, addDays(dis, ri(14, 28)), [prof.dx[0]], [['asa', 28], ['atorva', 28], ['metop', 56]], 'cardiology');
  return { claims: [ed, c, fu], targets: ctrl ? [ed, c, fu] : [c], mutated: ctrl ? {} : { [c.id]: mut.filter(Boolean) } };
} };
// T05 RICU high-flow nasal oxygen billed together with ordinary oxygen hours on the same days
TYP.T05 = { name: '经鼻高流量湿化氧疗期间另收吸氧（重复收费）', fn(k, ctrl) {
  const prof = pick([{ dx: ['J18.903', 'J96.000'], abx: 'piptaz' }, { dx: ['J44.100', 'J96.000'], abx: 'cefoSul' }, { dx: ['J12.900', 'J96.000', 'E11.900'], abx: 'moxiIv' }, { dx: ['J15.900', 'J96.000', 'I50.900'], abx: 'piptaz' }]);
  const m = member({ ageMin: 50, ageMax: 90 }); const h = hosp3(m.region); const d = randDate(); const hfN = ri(3, 5); const wardN = ri(4, 6); const dis = addDays(d, hfN + wardN);
  const ed = edVisit(m, h, d, { dx: [prof.dx[0]], obsH: ri(2, 4), o2H: ri(2, 4), labs: ['cbc', 'crp', 'lytes'], abg: 1, extra: [['ctChest', 1]] });
  const c = ip(m, h, { adm: d, dis, dept: 'ricu', dx: prof.dx.map(okDx), px: [['93.9600', d]], route: 'emergency', dmode: 'ordered' });
  const mut = [];
  rangeDays(d, dis).forEach((dd, i) => {
    const last = dd === dis;
    if (i < hfN) { c.add('icuBed', 1, dd); c.add('special', 1, dd); c.add('ipConsult', 1, dd);
      const hf = i === 0 ? ri(14, 18) : ctrl && i === hfN - 1 ? ri(10, 14) : ri(18, 22); c.add('hfnc', hf, dd);
      if (ctrl) { if (i === hfN - 1) c.add('o2', 24 - hf - 1, dd); } else mut.push(c.add('o2', ri(10, 16), dd));
      c.add('abg', i === 0 ? 3 : 2, dd); c.add('nibp', 12, dd); c.add('electrode', 5, dd); c.add('syringe', 6, dd); if (i === 0) c.add('ventCirc', 1, dd); }
    else if (!last) { c.add('bed3', 1, dd); c.add(i - hfN < 2 ? 'n1' : 'n2', 1, dd); c.add('ipConsult', 1, dd); if (i - hfN < 3) { c.add('o2', i === hfN ? 18 : 12, dd); c.add('o2tube', 1, dd); } }
    if (!last) { c.add(prof.abx, prof.abx === 'moxiIv' ? 1 : prof.abx === 'cefoSul' ? 2 : 3, dd); c.add('neb', 2, dd); c.add('budNeb', 2, dd); c.add('iprat', 2, dd); c.add('ambroxIv', 2, dd); iv(c, dd, 3, [['ns', 3]]); if (i < 5) c.add('mpred', 1, dd); }
    if (i === 0) { admLabs(c, dd, ['pct', 'bnp', 'ddimer', 'culture']); c.add('cxr', 1, dd); }
    if (i === 3 || i === hfN + 2) labs(c, dd, ['cbc', 'crp', 'lytes', 'rft']);
  });
  const fu = followUp(m, h, addDays(dis, ri(10, 20)), [prof.dx[0]], [['ambroxTab', 21], ['nac', 14]], 'respiratory');
  return { claims: [ed, c, fu], targets: ctrl ? [ed, c, fu] : [c], mutated: ctrl ? {} : { [c.id]: mut.filter(Boolean) } };
} };
// T06 ordinary nasal-cannula oxygen on a general ward billed as high-flow nasal oxygen
TYP.T06 = { name: '普通病房鼻导管吸氧按经鼻高流量湿化氧疗计费（串换）', fn(k) {
  const prof = pick([{ dx: ['J15.902'], abx: 'cefuroxIv' }, { dx: ['J44.100'], abx: 'levoIv' }, { dx: ['J20.902', 'J44.900'], abx: 'ceftri' }, { dx: ['J18.000', 'I10.x00x002'], abx: 'ceftri' }]);
  const m = member({ ageMin: 55, ageMax: 88 }); const h = pick([hosp3(m.region), hospL2(m.region)]); const d = randDate(); const los = ri(6, 9); const dis = addDays(d, los); const hfN = ri(4, 6);
  const c = ip(m, h, { adm: d, dis, dept: 'respiratory', dx: prof.dx.filter(x => DX[x]).map(okDx), px: [['93.9600', d]], route: chance(0.5) ? 'emergency' : 'outpatient', dmode: 'ordered' });
  const mut = [];
  rangeDays(d, dis).forEach((dd, i) => {
    if (dd === dis) return;
    c.add('bed3', 1, dd); c.add(i < 2 ? 'n1' : 'n2', 1, dd); c.add('ipConsult', 1, dd);
    if (i < hfN) mut.push(c.add('hfnc', ri(16, 20), dd));
    if (i % 2 === 0 && i < hfN) c.add('o2tube', 1, dd);
    c.add(prof.abx, prof.abx === 'cefuroxIv' ? 3 : prof.abx === 'ceftri' ? 2 : 1, dd); iv(c, dd, 2, [['ns', 2]]); c.add('neb', 2, dd); c.add('budNeb', 2, dd); c.add('ambroxTab', 3, dd);
    if (i === 0) { admLabs(c, dd, ['abg', 'pct']); c.add('ctChest', 1, dd); }
    if (i === 4) labs(c, dd, ['cbc', 'crp']);
  });
  const fu = followUp(m, h, addDays(dis, ri(7, 14)), [prof.dx[0]], [['ambroxTab', 21]], 'respiratory');
  return { claims: [c, fu], targets: [c], mutated: { [c.id]: mut.filter(Boolean) } };
} };
// T07 non-invasive ventilation billed (and coded) as invasive ventilation
TYP.T07 = { name: '无创通气按有创呼吸机辅助呼吸计费并编码有创通气（串换）', fn(k) {
  const prof = pick([{ dx: ['J44.100', 'J96.000'] }, { dx: ['J44.100', 'J96.100', 'I27.900'] }, { dx: ['I50.000', 'J81.x00'] }, { dx: ['J18.900', 'J96.000', 'J44.900'] }]);
  const m = member({ ageMin: 60, ageMax: 90 }); const h = pick([hosp3(m.region), hospL2(m.region)]); const d = randDate(); const vN = ri(3, 4); const wardN = ri(3, 5); const dis = addDays(d, vN + wardN);
  const c = ip(m, h, { adm: d, dis, dept: 'ricu', dx: prof.dx.filter(x => DX[x]).map(okDx), px: [['96.7101', d]], route: 'emergency', dmode: 'ordered' });
  const mut = [];
  rangeDays(d, dis).forEach((dd, i) => {
    const last = dd === dis;
    if (i < vN) { c.add('icuBed', 1, dd); c.add('special', 1, dd); c.add('ipConsult', 1, dd); mut.push(c.add('ivent', i === 0 ? ri(10, 14) : ri(12, 16), dd)); c.add('o2', ri(6, 8), dd); c.add('abg', 2, dd); c.add('nibp', 8, dd); if (i === 0) c.add('ventCirc', 1, dd); }
    else if (!last) { c.add('bed3', 1, dd); c.add(i - vN < 2 ? 'n1' : 'n2', 1, dd); c.add('ipConsult', 1, dd); if (i - vN < 2) c.add('o2', 14, dd); }
    if (!last) { c.add('cefoSul', 2, dd); c.add('neb', 3, dd); c.add('budNeb', 2, dd); c.add('iprat', 3, dd); c.add('doxof', 1, dd); iv(c, dd, 2, [['ns', 2]]); c.add('ambroxTab', 3, dd); if (i < 5) c.add('mpred', 1, dd); if (prof.dx[0] === 'I50.000') c.add('furoIv', 2, dd); }
    if (i === 0) { admLabs(c, dd, ['bnp', 'pct']); c.add('cxr', 1, dd); }
    if (i === 3) labs(c, dd, ['cbc', 'lytes', 'crp']);
  });
  const ed = edVisit(m, h, d, { dx: [prof.dx[0]], obsH: ri(1, 3), o2H: ri(1, 3), abg: 1, labs: ['cbc', 'lytes'] });
  const fu = followUp(m, h, addDays(dis, ri(14, 30)), [prof.dx[0]], [['salb', 1]], 'respiratory');
  return { claims: [ed, c, fu], targets: [c], mutated: { [c.id]: mut.filter(Boolean) } };
} };
// T08 general-ward days billed as ICU days (ICU bed + hourly intensive care) while the patient does ward rehabilitation
TYP.T08 = { name: '神经内科普通病房日按监护病房床位与重症监护计费（串换床日）', fn(k) {
  const prof = pick([{ dx: ['I63.900', 'I10.x00x002'] }, { dx: ['I63.901', 'E11.900', 'I10.x00x002'] }, { dx: ['I61.900x002', 'I10.x00x002'] }, { dx: ['I63.900x007', 'I48.000'] }]);
  const m = member({ ageMin: 55, ageMax: 85 }); const h = pick([hosp3(m.region), hospL2(m.region)]); const d = randDate(); const los = ri(9, 13); const dis = addDays(d, los); const realIcu = ri(1, 2);
  const ed = edVisit(m, h, d, { dx: [prof.dx[0]], obsH: 2, labs: ['cbc', 'coag', 'fbg', 'lytes'], extra: [['ctHead', 1]] });
  const c = ip(m, h, { adm: d, dis, dept: 'neurology', dx: prof.dx.map(okDx), route: 'emergency', dmode: 'ordered' });
  const mut = []; const ich = prof.dx[0].startsWith('I61');
  rangeDays(d, dis).forEach((dd, i) => {
    if (dd === dis) return;
    const a = c.add('icuBed', 1, dd), b = c.add('icuCare', i === 0 ? 20 : 24, dd); c.add('ipConsult', 1, dd);
    if (i >= realIcu + 1) mut.push(a, b);
    if (i < 3) { c.add('o2', 12, dd); c.add('mannitol', ich ? 4 : 0, dd); }
    if (i >= 3) { c.add('pt', 1, dd); if (i >= 4) c.add('acup', 1, dd); }
    if (i === 3) c.add('rehabEval', 1, dd);
    if (ich) { c.add('citicol', 2, dd); } else { c.add('asa', 1, dd); c.add('atorva', 1, dd); if (i < 10) c.add('edaravone', 2, dd); }
    c.add('amlo', 1, dd); if (i < 7) iv(c, dd, 2, [['ns', 2]]);
    if (i === 0) { admLabs(c, dd, ['lipids', 'fbg', 'hba1c']); c.add('mriHead', 1, addDays(d, 1)); c.add('echo', 1, addDays(d, 2)); }
    if (i === 6) labs(c, dd, ['cbc', 'lytes', 'rft']);
  });
  const fu = followUp(m, h, addDays(dis, ri(14, 30)), [prof.dx[0]], ich ? [['amlo', 30]] : [['asa', 30], ['atorva', 30]], 'neurology');
  return { claims: [ed, c, fu], targets: [c], mutated: { [c.id]: mut.filter(Boolean) } };
} };
// T09 one night of ED observation settled as an ED claim and again as a one-night inpatient stay
TYP.T09 = { name: '急诊留观同一夜既按急诊结算又按住院结算（留观串换为住院、重复结算）', fn(k) {
  const prof = pick([{ dx: ['F10.001'], drugs: [['metoclo', 2], ['pantoIv', 0]], iv: 3 }, { dx: ['A09.001', 'E86.x00'], drugs: [['metoclo', 1]], iv: 3 }, { dx: ['N23.x00'], drugs: [['ibuCap', 2]], iv: 2 }, { dx: ['R42.x00x001'], drugs: [['metoclo', 1]], iv: 2 }, { dx: ['E16.200', 'E11.900'], drugs: [['glucose', 2]], iv: 2 }]);
  const m = member({ ageMin: 20, ageMax: 80 }); const h = pick([hospAny(m.region), HOSP[m.region].l3[2], HOSP[m.region].l2[2]]); const d = randDate(); const obs = ri(10, 16);
  const edLabs = ['cbc', 'lytes', 'rft', 'fbg'].concat(prof.dx[0] === 'N23.x00' ? ['ua'] : []);
  const ed = edVisit(m, h, d, { dx: prof.dx.map(okDx), obsH: obs, labs: edLabs, iv: prof.iv, fluids: [['ns', 2], ['gns', prof.iv - 2 > 0 ? 1 : 0], ['kcl', 1]], drugs: prof.drugs.filter(x => x[1] > 0), extra: prof.dx[0] === 'N23.x00' ? [['usUro', 1]] : prof.dx[0] === 'R42.x00x001' ? [['ctHead', 1]] : [] });
  const dis = addDays(d, 1);
  const c = ip(m, h, { adm: d, dis, dept: 'emergency', dx: prof.dx.map(okDx), route: 'emergency', dmode: 'ordered' });
  const mut = [];
  c.add('bed3', 1, d); c.add('n1', 1, d); c.add('ipConsult', 1, d);
  mut.push(c.add('ivFirst', 1, d), c.add('ivMore', Math.max(1, prof.iv - 1), d), c.add('ivSet', 1, d), c.add('ns', 2, d), c.add('kcl', 1, d), c.add('ecg', obs, d), c.add('spo2', obs, d));
  for (const [kk, q] of prof.drugs) if (q > 0) mut.push(c.add(kk, q, d));
  mut.push(c.add('lytes', 1, d));
  c.add('cbc', 1, dis);
  return { claims: [ed, c], targets: [c], mutated: { [c.id]: mut.filter(Boolean) } };
} };
// T10 stable patients on room air: several blood gases a day and daily full panels
TYP.T10 = { name: '未吸氧、无通气的稳定患者逐日多次血气分析与全套指标（过度检查）', fn(k) {
  const prof = pick([{ dx: ['R55.x00x001', 'I10.x00x002'], dept: 'eicu' }, { dx: ['I20.000', 'I10.x00x002'], dept: 'ccu' }, { dx: ['K85.001'], dept: 'eicu' }, { dx: ['G45.900', 'I10.x00x002'], dept: 'neurology' }, { dx: ['T51.001'], dept: 'eicu' }]);
  const m = member({ ageMin: 30, ageMax: 80 }); const h = hosp3(m.region); const d = randDate(); const los = ri(4, 6); const dis = addDays(d, los);
  const c = ip(m, h, { adm: d, dis, dept: prof.dept, dx: prof.dx.filter(x => DX[x]).map(okDx), route: 'emergency', dmode: 'ordered' });
  const mut = [];
  rangeDays(d, dis).forEach((dd, i) => {
    if (dd === dis) return;
    c.add('bed3', 1, dd); c.add(i < 2 ? 'n1' : 'n2', 1, dd); c.add('ipConsult', 1, dd); if (i < 2) { c.add('ecg', 12, dd); c.add('spo2', 12, dd); }
    if (i === 0) { admLabs(c, dd, ['tni', 'bnp', 'abg', 'lact', 'lipids']); c.add('ctHead', prof.dx[0].startsWith('G45') || prof.dx[0].startsWith('R55') ? 1 : 0, dd); c.add('echo', 1, dd); }
    else { mut.push(c.add('abg', ri(2, 3), dd), c.add('lact', ri(2, 3), dd), c.add('pct', 1, dd), c.add('bnp', 1, dd), c.add('lft', 1, dd), c.add('coag', 1, dd), c.add('cke', 1, dd)); c.add('lytes', 1, dd); c.add('cbc', 1, dd); }
    iv(c, dd, 2, [['ns', 2]]); if (prof.dx[0].startsWith('K85')) { c.add('omeIv', 2, dd); } else { c.add('asa', 1, dd); c.add('atorva', 1, dd); c.add('amlo', 1, dd); }
  });
  return { claims: [c], targets: [c], mutated: { [c.id]: mut.filter(Boolean) } };
} };
// T11 albumin continued daily on the ward after the shock has resolved (pressors stopped, ICU left)
TYP.T11 = { name: '休克纠正转出ICU后继续逐日输注人血白蛋白（过度治疗、借休克诊断满足限定）', fn(k, ctrl) {
  const prof = pick([{ dx: ['R57.200', 'A41.900', 'J18.900'], abx: 'piptaz' }, { dx: ['R57.200', 'A41.900', 'N39.000'], abx: 'mero' }, { dx: ['R57.200', 'K80.000', 'A41.900'], abx: 'cefoSul' }, { dx: ['R57.200', 'A41.900', 'L03.100'], abx: 'piptaz' }]);
  const m = member({ ageMin: 50, ageMax: 88 }); const h = hosp3(m.region); const d = randDate(); const icuN = ri(3, 4); const wardN = ri(5, 7);
  const c = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: 'icu', dx: prof.dx.map(okDx), route: 'emergency', dmode: 'ordered', px: ctrl ? [['39.9500x007', d], ['96.7101', d], ['96.0400', d]] : [] });
  const albN = ctrl ? 3 : icuN + wardN - 1;
  criticalStay(c, { icuN, wardN, ventN: ctrl ? 3 : 0, abx: prof.abx, pressorN: 2, albuminN: albN, crrtN: ctrl ? 3 : 0, abxDays: icuN + wardN - 1 });
  const mut = ctrl ? [] : tagIds(c, /^alb@/).filter(id => { const it = c.items[Number(id) - 1]; return daysBetween(d, it.date) >= icuN; });
  const ed = edVisit(m, h, d, { dx: [prof.dx[1]], obsH: ri(2, 3), labs: ['cbc', 'lact', 'crp'], abg: 1, iv: 2, fluids: [['ringer', 2]] });
  return { claims: [ed, c], targets: ctrl ? [ed, c] : [c], mutated: ctrl ? {} : { [c.id]: mut } };
} };
// T12 ABO/Rh typing (the nearest row for crossmatching) billed on several days though one transfusion (or none) was given
TYP.T12 = { name: '备血配血按日反复计收血型鉴定/交叉配血而未相应输血（临床用血）', fn(k) {
  const prof = pick([{ dx: ['K92.201', 'D62.x00'], dept: 'gastroenterology', px: [['44.4300x002', 1]] }, { dx: ['S72.000', 'I10.x00x002'], dept: 'orthopaedics' }, { dx: ['K26.000', 'D62.x00'], dept: 'gastroenterology' }, { dx: ['O72.101', 'O80.000'], dept: 'obstetrics', F: true }, { dx: ['I85.000x001', 'K74.600'], dept: 'gastroenterology' }]);
  const m = member(prof.F ? { gender: 'F', ageMin: 22, ageMax: 38 } : { ageMin: 40, ageMax: 86 }); const h = pick([hosp3(m.region), hospL2(m.region)]); const d = randDate(); const los = ri(6, 9); const dis = addDays(d, los);
  const tx = chance(0.6); const txDay = addDays(d, ri(0, 1));
  const px = (prof.px || []).map(([p, o]) => [okPx(p), addDays(d, o)]); if (tx) px.push(['99.0401', txDay]);
  const c = ip(m, h, { adm: d, dis, dept: prof.dept, dx: prof.dx.filter(x => DX[x]).map(okDx), px, route: 'emergency', dmode: 'ordered' });
  const mut = []; const aboDays = [d].concat(rangeDays(addDays(d, 1), addDays(d, los - 2)).filter(() => chance(0.7))).slice(0, ri(4, 6));
  rangeDays(d, dis).forEach((dd, i) => {
    if (dd === dis) return;
    c.add('bed3', 1, dd); c.add(i < 3 ? 'n1' : 'n2', 1, dd); c.add('ipConsult', 1, dd);
    if (i === 0) admLabs(c, dd, ['preop', 'hbv']);
    if (i % 2 === 1) c.add('cbc', 1, dd);
    if (aboDays.includes(dd)) { const id = c.add('abo', 1, dd); if (i > 0) mut.push(id); }
    if (tx && dd === txDay) { c.add('ivSet', 1, dd); c.add('ivMore', 1, dd); }
    iv(c, dd, 2, [['ns', 2]]);
    if (prof.dept === 'gastroenterology') { if (i < 5) c.add('pantoIv', 2, dd); else c.add('omeCap', 2, dd); }
    if (prof.dept === 'orthopaedics' && i < 6) c.add('lmwh', 1, dd);
    if (prof.dept === 'obstetrics' && i < 2) { c.add('oxytocin', 4, dd); c.add('txa', 2, dd); }
  });
  if (prof.dept === 'orthopaedics') { const od = addDays(d, 2); c.px.push(['79.3500', od]); c.add('orif', 1, od); c.add('spinal', 1, od); c.add('anesKit', 1, od); c.add('C03010150400001786600000001', 1, od); c.add('C03010150500001199820000001', 3, od); c.add('cefuroxIv', 3, od); }
  if (prof.dept === 'obstetrics') { c.add('vagDel', 1, d); c.add('birthPack', 1, d); c.px.push(['73.5900x002', d]); }
  if (prof.px) c.add('gastroscopy', 1, addDays(d, 1));
  return { claims: [c], targets: [c], mutated: { [c.id]: mut.filter(Boolean) } };
} };
// T13 ICU episode split: ventilated patient "discharged home" and readmitted to the same ICU the next day via ED route
TYP.T13 = { name: 'ICU住院中途办理出院次日同院ICU再入院（分解住院）', fn(k) {
  const prof = pick(ICU_PROFILES.filter(p => p.vent)); const m = member({ ageMin: 45, ageMax: 88 }); const h = hosp3(m.region); const d = randDate('2026-01-05', '2026-09-30');
  const n1 = ri(6, 9); const x = addDays(d, n1);
  const c1 = ip(m, h, { adm: d, dis: x, dept: prof.dept, dx: prof.dx.map(okDx), px: icuPx(prof, d, n1), route: 'emergency', dmode: 'ordered' });
  criticalStay(c1, { icuN: n1, wardN: 0, ventN: n1 + 1, extH: ri(14, 20), th: ri(14, 20), endInIcu: true, abx: prof.abx, abxDays: n1, pressorN: prof.pressor ? 2 : 0, tpn: true });
  const y = addDays(x, ri(0, 1)); const n2 = ri(5, 8); const wardN = ri(2, 4);
  const dx2 = [prof.dx[1] || prof.dx[0], prof.dx[0]].concat(prof.dx.slice(2)).filter((v, i, a) => a.indexOf(v) === i);
  const c2 = ip(m, h, { adm: y, dis: addDays(y, n2 + wardN), dept: prof.dept === 'icu' ? 'ricu' : 'icu', dx: dx2.map(okDx), px: [[okPx('96.7101'), y]], route: 'emergency', dmode: 'ordered' });
  criticalStay(c2, { icuN: n2, wardN, ventN: ri(3, 4), h0: ri(18, 22), abx: 'mero', tpn: true });
  return { claims: [c1, c2], targets: [c2], mutated: {} };
} };
// T14 special-use antibiotics (carbapenem + linezolid/tigecycline) from day 1 for non-severe infections, no culture, no consult
TYP.T14 = { name: '非重症感染首日即用特殊使用级抗菌药联用（无培养、无会诊，越级超说明书）', fn(k, ctrl) {
  const prof = ctrl ? pick([{ dx: ['A41.900', 'N39.000', 'E11.900'] }, { dx: ['J18.900', 'A41.900', 'I63.900'] }, { dx: ['A41.000', 'L03.100'] }, { dx: ['J15.900', 'J96.000', 'I50.900'] }])
    : pick([{ dx: ['J15.902'] }, { dx: ['N39.000', 'E11.900'] }, { dx: ['L03.100'] }, { dx: ['K80.000'] }, { dx: ['J20.902', 'I10.x00x002'] }]);
  const m = member({ ageMin: 30, ageMax: 85 }); const h = hosp3(m.region); const d = randDate(); const los = ri(6, 9); const dis = addDays(d, los);
  const c = ip(m, h, { adm: d, dis, dept: ctrl ? 'icu' : pick(['eicu', 'emergency', 'general_medicine']), dx: prof.dx.map(okDx), route: 'emergency', dmode: 'ordered' });
  const mut = []; const esc = ctrl ? ri(2, 3) : 0; const second = pick(['linez', 'tige']);
  rangeDays(d, dis).forEach((dd, i) => {
    if (dd === dis) return;
    c.add('bed3', 1, dd); c.add(i < 2 ? 'n1' : 'n2', 1, dd); c.add('ipConsult', 1, dd);
    if (i === 0) { admLabs(c, dd, ctrl ? ['pct', 'culture', 'lact'] : []); c.add(prof.dx[0].startsWith('J') ? 'ctChest' : prof.dx[0].startsWith('K80') ? 'usAbd' : 'usUro', 1, dd); }
    if (ctrl && i === 1) c.add('culture', 1, dd);
    if (ctrl && i === esc) { c.add('consultIn', 1, dd); c.add('pct', 1, dd); }
    if (i === 3) labs(c, dd, ['cbc', 'crp']);
    if (ctrl && i < esc) c.add('ceftri', 2, dd);
    else { const a = c.add('mero', 3, dd); const b = c.add(second, 2, dd); if (!ctrl) mut.push(a, b); }
    iv(c, dd, 3, [['ns', 3]]);
  });
  return { claims: [c], targets: [c], mutated: ctrl ? {} : { [c.id]: mut.filter(Boolean) } };
} };
// T15 bed-bound tube-fed member's card used in an ED by someone else
TYP.T15 = { name: '卧床鼻饲失能参保人医保卡在急诊被他人冒用（冒名就医）', fn(k, ctrl) {
  const m = member({ ageMin: 58, ageMax: 82, gender: chance(0.7) ? 'M' : 'F' }); const h = hospAny(m.region); const d = randDate('2026-01-05', '2026-07-31'); const los = ri(24, 34); const dis = addDays(d, los);
  const dx = pick([['I61.900x002', 'I10.x00x002', 'R13.x00'], ['I63.902', 'I48.000', 'R13.x00'], ['I69.300', 'J69.000', 'R13.x00']]).filter(x => DX[x]);
  const c = ip(m, h, { adm: d, dis, dept: 'neurology', dx: dx.map(okDx), route: 'emergency', dmode: chance(0.5) ? 'ordered' : 'community' });
  rangeDays(d, dis).forEach((dd, i) => { if (dd === dis) return; c.add('bed3', 1, dd); c.add(i < 7 ? 'n1' : 'n2', 1, dd); c.add('ipConsult', 1, dd); c.add('ngt', 1, dd); if (i % 7 === 0) { c.add('ngTube', 1, dd); c.add('cathKit', 1, dd); c.add('cath', 1, dd); } if (i < 14) iv(c, dd, 2, [['ns', 2]]); if (i >= 10) { c.add('pt', 1, dd); } if (i === 0) { admLabs(c, dd); c.add('ctHead', 1, dd); } if (i % 7 === 3) labs(c, dd, ['cbc', 'lytes', 'lft']); c.add('omeCap', 2, dd); });
  const e = addDays(dis, ri(12, 40)); const h2 = pick(HOSP[m.region].l3.concat(HOSP[m.region].l2).filter(x => x.id !== h.id));
  let ed;
  if (ctrl) ed = edVisit(m, h2, e, { dx: pick([['J69.000'], ['N39.000'], ['R13.x00']]).filter(x => DX[x]), obsH: 4, o2H: 4, labs: ['cbc', 'crp', 'lytes'], iv: 2, drugs: [['ceftri', 2]], extra: [['ngt', 1], ['ngTube', 1], ['cxr', 1]] });
  else { const which = k % 3;
    if (which === 0) ed = edVisit(m, h2, e, { dx: ['F10.001'], obsH: ri(4, 8), labs: ['fbg', 'lytes'], iv: 3, fluids: [['ns', 2], ['glucose', 1]], drugs: [['metoclo', 1]] });
    else if (which === 1) ed = edVisit(m, h2, e, { dx: ['S93.400', 'W01.x00'].filter(x => DX[x]), extra: [['xlimb', 2], ['C14020150400001537430000001', 2]], drugs: [['ibuCap', 20]] });
    else ed = edVisit(m, h2, e, { dx: ['S01.000'].filter(x => DX[x]), px: [['86.5902', e]], extra: [['dressS', 1], ['local', 1], ['lido', 1], ['suture', 1], ['dressPack', 1]], drugs: [['cefurox', 12]] }); }
  const fu = op(m, h, { date: addDays(e, ri(3, 9)), dept: 'rehabilitation', dx: ['I69.300'].concat(dx.includes('R13.x00') ? ['R13.x00'] : []) }); fu.add('opd', 1, fu.o.date); fu.add('ngt', 1, fu.o.date); fu.add('ngTube', 1, fu.o.date); fu.add('cath', 1, fu.o.date); fu.add('cathKit', 1, fu.o.date);
  return { claims: [c, ed, fu], targets: ctrl ? [c, ed, fu] : [ed], mutated: {} };
} };
// ================= CONTROLS =================
const CTL = {};
const ctlOf = (t, name) => ({ name, fn: (k) => TYP[t].fn(k, true) });
CTL.C01 = ctlOf('T01', '急诊抢救后当日转入ICU：急诊监护时数与ICU当日时数合计不超过24小时');
CTL.C02 = ctlOf('T02', '县级医院ICU 1–3天后上转三级医院ICU：转出日与转入日两端各计实际时数');
CTL.C03 = { name: '真实院内心脏骤停：急性心梗室颤，入院当日心肺复苏、除颤、插管机械通气，ICU监护与复苏后检查', fn(k) {
  const m = member({ ageMin: 45, ageMax: 82 }); const h = hosp3(m.region); const d = randDate(); const icuN = ri(3, 5), wardN = ri(3, 6); const dis = addDays(d, icuN + wardN);
  const dx = [pick(['I21.001', 'I21.103', 'I21.000']), 'I46.000', 'I49.001', 'R57.000'];
  const ed = edVisit(m, h, d, { dx: [dx[0]], obsH: 1, labs: ['tni', 'cke'], drugs: [['asa', 3], ['tica', 2]] });
  const c = ip(m, h, { adm: d, dis, dept: 'ccu', dx: dx.map(okDx), px: [['99.6000', d], ['99.6200x001', d], ['96.0400', d], ['96.7101', d], ['88.5500', d], ['36.0700', d]], route: 'emergency', dmode: chance(0.15) ? 'death' : 'ordered' });
  criticalStay(c, { icuN, wardN, ventN: ri(1, 2), h0: ri(18, 21), abx: 'cefuroxIv', pressorN: 2, ngt: true, day(c, dd, i) { if (i === 0) { c.add('ivPush', 6, dd); c.add('amioIv', 3, dd); c.add('pci', 1, dd); c.add('stent', 1, dd); c.add('cagCath', 2, dd); c.add('wire', 1, dd); c.add('sheath', 1, dd); c.add('echo', 1, dd); } if (i < icuN) labs(c, dd, ['tni', 'cke']); if (i === 2) c.add('ctHead', 1, dd); if (i >= 1 && dd !== c.o.dis) { c.add('asa', 1, dd); c.add('tica', 2, dd); c.add('atorva', 1, dd); } } });
  return { claims: [ed, c], targets: [ed, c] };
} };
CTL.C04 = ctlOf('T04', 'CCU特级护理不另收监护组成项目，转普通病房Ⅰ级护理后按时计收心电与血氧监测');
CTL.C05 = ctlOf('T05', '经鼻高流量撤机当日改普通吸氧：两项时数合计不超过当日');
CTL.C06 = { name: '重症肺炎伴Ⅰ型呼衰：ICU经鼻高流量氧疗，逐日血气，特级/重症监护', fn(k) {
  const m = member({ ageMin: 50, ageMax: 90 }); const h = hosp3(m.region); const d = randDate(); const icuN = ri(3, 5), wardN = ri(4, 6);
  const c = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: pick(['icu', 'ricu']), dx: ['J18.903', 'J96.000', pick(['E11.900', 'I10.x00x002', 'I48.000'])].map(okDx), px: [['93.9600', d]], route: 'emergency', dmode: 'ordered' });
  criticalStay(c, { icuN, wardN, hfncDays: icuN, abx: pick(['piptaz', 'moxiIv', 'cefoSul']), day(c, dd, i) { if (i === 0) { c.add('culture', 1, dd); c.add('ventCirc', 1, dd); c.add('ctChest', 1, dd); } if (i < icuN) { c.add('neb', 2, dd); c.add('budNeb', 2, dd); } } });
  const ed = edVisit(m, h, d, { dx: ['J18.903'], obsH: 2, o2H: 2, labs: ['cbc', 'crp'], abg: 1 });
  return { claims: [ed, c], targets: [ed, c] };
} };
CTL.C07 = { name: 'AECOPD无创通气失败转气管插管有创通气：插管、镇静、呼吸机管路俱全', fn(k) {
  const m = member({ ageMin: 60, ageMax: 88 }); const h = hosp3(m.region); const d = randDate(); const icuN = ri(5, 7), wardN = ri(3, 5); const ventN = ri(3, 4); const nivH = ri(12, 16); const h0 = ri(17, 20);
  const c = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: 'ricu', dx: ['J44.100', 'J96.000', 'I27.900'].map(okDx), px: [['93.9000x002', d], ['96.0400', addDays(d, 1)], ['96.7101', addDays(d, 1)]], route: 'emergency', dmode: 'ordered' });
  // day 0 on NIV (no invasive hours), intubated on day 1
  criticalStay(c, { icuN, wardN, ventN: ventN + 1, h0, ventH0: 0, o2Override: { 0: h0 - nivH - 1 }, abx: 'cefoSul', day(c, dd, i) { if (i === 0) { c.add('niv', nivH, dd); c.add('ventCirc', 1, dd); } if (i === 1) { c.add('ett', 1, dd); c.add('ventCirc', 1, dd); c.add('midaz', 2, dd); } if (i < icuN) { c.add('neb', 3, dd); c.add('iprat', 3, dd); c.add('budNeb', 2, dd); if (i < 5) c.add('mpred', 1, dd); } } });
  return { claims: [c], targets: [c] };
} };
CTL.C08 = { name: '大面积脑梗死：神经重症监护3–4天（甘露醇、吸氧、血气），转普通病房后开始康复', fn(k) {
  const m = member({ ageMin: 55, ageMax: 85 }); const h = hosp3(m.region); const d = randDate(); const icuN = ri(3, 4), wardN = ri(8, 12);
  const ed = edVisit(m, h, d, { dx: ['I63.902'], obsH: 2, labs: ['cbc', 'coag', 'fbg'], extra: [['ctHead', 1]] });
  const c = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: 'neurology', dx: ['I63.902', 'I48.000', 'I10.x00x002'].map(okDx), route: 'emergency', dmode: 'ordered' });
  criticalStay(c, { icuN, wardN, abx: null, lmwh: true, ngt: true, day(c, dd, i, seq) { const last = dd === c.o.dis; if (i < icuN) { c.add('mannitol', 4, dd); c.add('edaravone', 2, dd); } else if (!last) { if (i < 14) c.add('edaravone', 2, dd); if (i >= icuN + 1) c.add('pt', 1, dd); if (i === icuN + 1) c.add('rehabEval', 1, dd); } if (!last && i >= 1) { c.add('asa', 1, dd); c.add('atorva', 1, dd); } if (i === 1) { c.add('mriHead', 1, dd); c.add('echo', 1, dd); } if (i === 2) c.add('ctHead', 1, dd); } });
  return { claims: [ed, c], targets: [ed, c] };
} };
CTL.C09 = { name: '急诊留观一夜病情未缓解，次日晨收住院：留观费用在急诊结算，住院自次日起算不重复', fn(k) {
  const prof = pick([{ dx: ['A09.001', 'E86.x00'], dept: 'gastroenterology', ward: ['A09.001', 'E87.102'] }, { dx: ['N23.x00'], dept: 'urology', ward: ['N20.100', 'N13.300'] }, { dx: ['R42.x00x001'], dept: 'neurology', ward: ['I63.900', 'I10.x00x002'] }, { dx: ['J45.900'], dept: 'respiratory', ward: ['J46.x00', 'J45.900'] }]);
  const m = member({ ageMin: 25, ageMax: 85 }); const h = hospAny(m.region); const d = randDate(); const obs = ri(10, 16);
  const ed = edVisit(m, h, d, { dx: prof.dx.map(okDx), obsH: obs, labs: ['cbc', 'lytes', 'rft', 'fbg'], iv: 3, fluids: [['ns', 2], ['gns', 1], ['kcl', 1]], drugs: [['metoclo', 1]] });
  const a = addDays(d, 1); const los = ri(4, 7); const dis = addDays(a, los);
  const c = ip(m, h, { adm: a, dis, dept: prof.dept, dx: prof.ward.filter(x => DX[x]).map(okDx), route: 'emergency', dmode: 'ordered' });
  rangeDays(a, dis).forEach((dd, i) => { if (dd === dis) return; c.add('bed3', 1, dd); c.add(i < 2 ? 'n1' : 'n2', 1, dd); c.add('ipConsult', 1, dd); iv(c, dd, 2, [['ns', 2], ['kcl', 1]]); if (i === 0) admLabs(c, dd, prof.dept === 'neurology' ? ['lipids'] : []); if (i === 0 && prof.dept === 'neurology') c.add('mriHead', 1, dd); if (i === 0 && prof.dept === 'urology') c.add('ctAbd', 1, dd); if (prof.dept === 'respiratory') { c.add('neb', 2, dd); c.add('budNeb', 2, dd); c.add('mpred', i < 3 ? 1 : 0, dd); } if (i === 2) labs(c, dd, ['lytes']); });
  return { claims: [ed, c], targets: [ed, c] };
} };
CTL.C10 = { name: '糖尿病酮症酸中毒：EICU首两日每小时床旁血糖（按计费上限）与每日多次血气、电解质', fn(k) {
  const t1 = chance(0.4); const m = member(t1 ? { ageMin: 14, ageMax: 35 } : { ageMin: 30, ageMax: 75 }); const h = hosp3(m.region); const d = randDate(); const icuN = 2, wardN = ri(3, 6);
  const c = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: 'eicu', dx: [t1 ? 'E10.100' : 'E11.101', 'E87.100'].filter(x => DX[x]).map(okDx), route: 'emergency', dmode: 'ordered' });
  criticalStay(c, { icuN, wardN, abx: null, noO2: true, gases0: 4, lmwh: false, day(c, dd, i) { const last = dd === c.o.dis; if (i < 2) { c.add('glu', 8, dd); c.add('strip', 8, dd); c.add('insReg', 3, dd); c.add('lytes', 1, dd); if (i === 1) c.add('abg', 2, dd); } else if (!last) { c.add('glu', 7, dd); c.add('strip', 7, dd); c.add(t1 ? 'insAsp' : 'insNph', 1, dd); c.add('insGlar', i === 2 ? 1 : 0, dd); } if (i === 0) { c.add('hba1c', 1, dd); c.add('ua', 1, dd); } } });
  const ed = edVisit(m, h, d, { dx: [t1 ? 'E10.100' : 'E11.101'], obsH: 2, labs: ['fbg', 'lytes', 'ua'], abg: 1, iv: 2 });
  const fu = followUp(m, h, addDays(c.o.dis, ri(7, 14)), [t1 ? 'E10.900' : 'E11.900'].filter(x => DX[x]), [t1 ? ['insAsp', 3] : ['metformin', 56]], 'endocrinology');
  return { claims: [ed, c, fu], targets: [ed, c, fu] };
} };
CTL.C11 = ctlOf('T11', '脓毒性休克：去甲肾上腺素、休克期人血白蛋白、CRRT与72小时机械通气');
CTL.C12 = { name: '多发伤大量输血：肝脾破裂剖腹手术，红细胞与血浆多次输注（血型鉴定一次），ICU', fn(k) {
  const m = member({ ageMin: 18, ageMax: 70 }); const h = hosp3(m.region); const d = randDate(); const icuN = ri(3, 5), wardN = ri(6, 9);
  const spleen = chance(0.5);
  const dx = [spleen ? 'S36.000' : 'S36.100x021', 'R57.101', 'S22.400x031', 'S27.100', 'D62.x00', 'T07.x00'];
  const ed = edVisit(m, h, d, { dx: [dx[0]], obsH: 1, o2H: 1, labs: ['cbc', 'coag', 'abo'], abg: 1, iv: 3, fluids: [['lr', 3]], extra: [['ctAbd', 1], ['ctChest', 1], ['ctHead', 1], ['ctEnh', 1]] });
  const c = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: 'icu', dx: dx.map(okDx), px: [[spleen ? '41.5x00' : '50.6101', d], ['99.0401', d], ['99.0701', d], ['99.0401', addDays(d, 1)], ['96.7101', d]], route: 'emergency', dmode: 'ordered' });
  criticalStay(c, { icuN, wardN, ventN: ri(1, 2), abx: 'cefuroxIv', pressorN: 2, day(c, dd, i) { if (i === 0) { c.add('ga', ri(3, 4), dd); c.add('gownPack', 1, dd); c.add('esu', 1, dd); c.add('suture', 4, dd); c.add('vac', 2, dd); c.add('txa', 2, dd); c.add('ivSet', 3, dd); c.add('coag', 1, dd); } if (i === 1) { c.add('ivSet', 2, dd); labs(c, dd, ['coag', 'cbc']); } } });
  return { claims: [ed, c], targets: [ed, c] };
} };
CTL.C13 = { name: 'ICU出院后5–12天因新并发症经急诊再入ICU（吸入性肺炎、肺栓塞）', fn(k) {
  const prof = pick(ICU_PROFILES.filter(p => p.vent)); const m = member({ ageMin: 50, ageMax: 88 }); const h = hosp3(m.region); const d = randDate('2026-01-05', '2026-09-20');
  const icuN = ri(3, 5), wardN = ri(3, 5);
  const c1 = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: prof.dept, dx: prof.dx.map(okDx), px: icuPx(prof, d, 2), route: 'emergency', dmode: 'ordered' });
  criticalStay(c1, { icuN, wardN, ventN: 2, abx: prof.abx, pressorN: prof.pressor ? 2 : 0 });
  const e = addDays(c1.o.dis, ri(5, 12)); const comp = pick([['J69.000', 'J96.000'], ['I26.900x001', 'J96.000']]);
  const ed = edVisit(m, h, e, { dx: [comp[0]], obsH: 3, o2H: 3, labs: ['cbc', 'ddimer', 'tni', 'bnp'], abg: 1, extra: [['ctChest', 1], ['ctEnh', comp[0].startsWith('I26') ? 1 : 0]] });
  const c2 = ip(m, h, { adm: e, dis: addDays(e, 8), dept: 'icu', dx: comp.concat([prof.dx[0]]).map(okDx), route: 'emergency', dmode: 'ordered' });
  criticalStay(c2, { icuN: 3, wardN: 5, h0: 20, abx: comp[0].startsWith('J69') ? 'piptaz' : null, lmwh: true, day(c, dd, i) { if (comp[0].startsWith('I26') && i >= 1 && i < 8) c.add('enox', 2, dd); if (i === 1) c.add('usLeg', 1, dd); } });
  return { claims: [c1, ed, c2], targets: [c1, ed, c2] };
} };
CTL.C14 = ctlOf('T14', '培养证实的重症感染：先经验用药，药敏与会诊后升级碳青霉烯/利奈唑胺');
CTL.C15 = ctlOf('T15', '卧床鼻饲参保人本人因吸入性肺炎/尿路感染/胃管脱出到急诊就诊');
CTL.C16 = { name: '极早产儿县医院出生当日转三级医院NICU：CPAP后高流量，3–5周NICU（出生体重已填）', fn(k) {
  const rg = pick(REGIONS); const b = randDate('2026-01-05', '2026-09-15'); const bw = ri(1050, 1450);
  const m = member({ region: rg, birthDate: b, special: 'newborn', scheme: 'resident', birthWeightGrams: bw, gender: chance(0.5) ? 'M' : 'F' });
  const a = hospCounty(rg); const h = hosp3(rg);
  const ca = ip(m, a, { adm: b, dis: b, dept: 'neonatology', dx: ['P07.300x011', 'P07.102', 'P22.000'].map(okDx), px: [['93.9001', b]], route: 'other', dmode: 'transfer' });
  ca.add('nbBed', 1, b); ca.add('nbCare', 1, b); ca.add('ipConsult', 1, b); ca.add('o2', 4, b); ca.add('niv', 3, b); ca.add('ecg', 6, b); ca.add('spo2', 6, b); ca.add('abg', 1, b); ca.add('cbc', 1, b); ca.add('fbg', 1, b);
  const los = ri(21, 35); const dis = addDays(b, los); const cpapN = ri(5, 9); const hfN = cpapN + ri(4, 7);
  const c = ip(m, h, { adm: b, dis, dept: 'nicu', dx: ['P07.300x011', 'P07.102', 'P22.000', 'P59.000', 'P28.402'].map(okDx), px: [['93.9001', b]], route: 'transfer', fromHosp: a.id, dmode: 'ordered' });
  rangeDays(b, dis).forEach((dd, i) => { if (dd === dis) return;
    c.add('icuBed', 1, dd); c.add('icuCare', i === 0 ? ri(14, 18) : 24, dd); c.add('ipConsult', 1, dd);
    if (i < cpapN) c.add('niv', i === 0 ? 14 : 24, dd); else if (i < hfN) c.add('hfnc', ri(18, 22), dd); else if (i < hfN + 3) c.add('o2', 12, dd);
    if (i < 5) c.add('abg', i === 0 ? 3 : 2, dd); else if (i % 4 === 0) c.add('abg', 1, dd);
    if (i === 0) { labs(c, dd, ['cbc', 'crp', 'lytes', 'fbg', 'abo', 'culture']); c.add('cxr', 1, dd); c.add('echo', 1, dd); c.add('ventCirc', 1, dd); }
    if (i % 3 === 0 && i > 0) labs(c, dd, ['cbc', 'lytes']); if (i >= 2 && i <= 6) c.add('phototx', ri(12, 18), dd);
    if (i < 7) { c.add('ampi', 2, dd); c.add('glucose', 1, dd); } if (i < 14) { c.add('aa', 1, dd); c.add('lipid', i >= 1 ? 1 : 0, dd); }
    if (i >= 5) c.add('ngt', 1, dd); c.add('glu', i < 7 ? 4 : 1, dd); c.add('strip', i < 7 ? 4 : 1, dd);
  });
  return { claims: [ca, c], targets: [ca, c] };
} };
CTL.C17 = { name: '产后出血：剖宫产/阴道分娩后子宫收缩乏力，输红细胞、血浆、冷沉淀，转ICU 1–2天', fn(k) {
  const m = member({ gender: 'F', ageMin: 24, ageMax: 42 }); const h = hosp3(m.region); const d = randDate(); const cs = chance(0.6); const icuN = ri(1, 2), wardN = ri(3, 5);
  const c = ip(m, h, { adm: d, dis: addDays(d, 1 + icuN + wardN), dept: 'obstetrics', dx: ['O72.101', cs ? 'O82.000' : 'O80.000', 'D62.x00', 'O99.000'].map(okDx), px: [[cs ? '74.1x01' : '73.5900x002', addDays(d, 1)], ['99.0401', addDays(d, 1)], ['99.0701', addDays(d, 1)], ['99.0401', addDays(d, 2)]], route: 'outpatient', dmode: 'ordered' });
  const dd0 = d, dd1 = addDays(d, 1);
  c.add('bed3', 1, dd0); c.add('n2', 1, dd0); c.add('ipConsult', 1, dd0); admLabs(c, dd0, ['abo', 'preop', 'hbv']); c.add('usObs', 1, dd0); c.add('fhr', 2, dd0);
  if (cs) { c.add('csec', 1, dd1); c.add('spinal', 1, dd1); c.add('anesKit', 1, dd1); c.add('gownPack', 1, dd1); c.add('suture', 3, dd1); c.add('cefuroxIv', 2, dd1); } else { c.add('vagDel', 1, dd1); c.add('birthPack', 1, dd1); }
  c.add('oxytocin', 6, dd1); c.add('ergo', 2, dd1); c.add('txa', 2, dd1); c.add('ivSet', 3, dd1); c.add('cathKit', 1, dd1); labs(c, dd1, ['cbc', 'coag', 'abg']); c.add('ipConsult', 1, dd1);
  // ICU from day 1 evening
  for (let i = 0; i < icuN + 1; i++) { const dd = addDays(d, 1 + i); if (i < icuN) c.add('icuBed', 1, dd); c.add('icuCare', i === 0 ? ri(8, 12) : i < icuN ? 24 : ri(8, 12), dd); if (i > 0) c.add('ipConsult', 1, dd); labs(c, dd, ['cbc', 'coag']); c.add('o2', i === 0 ? 8 : 10, dd); iv(c, dd, 3, [['ns', 2], ['lr', 2]]); if (i === 1) c.add('ivSet', 2, dd); }
  const wStart = addDays(d, 1 + icuN); for (const dd of bedNights(wStart, c.o.dis)) { c.add('bed3', 1, dd); c.add('n1', 1, dd); if (dd !== wStart) c.add('ipConsult', 1, dd); c.add('iron', 2, dd); }
  c.add('cbc', 1, addDays(c.o.dis, -1));
  return { claims: [c], targets: [c] };
} };
CTL.C18 = { name: '重症ARDS：俯卧位通气≥96小时，VV-ECMO，三级医院ICU 2–3周', fn(k) {
  const m = member({ ageMin: 25, ageMax: 65 }); const h = HOSP[pick(REGIONS)].l3[0]; m.region = h.region; const d = randDate(); const icuN = ri(12, 18), wardN = ri(3, 6);
  const c = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: 'icu', dx: ['J80.x01', pick(['J12.900', 'J18.903']), 'J96.000', 'A41.900'].map(okDx), px: [['96.7201', d], ['96.0400', d], ['39.6500', addDays(d, 1)], ['31.1x00x005', addDays(d, 10)]], route: chance(0.5) ? 'transfer' : 'emergency', fromHosp: undefined, dmode: 'ordered' });
  if (c.o.route === 'transfer') c.o.fromHosp = HOSP[h.region].l2[0].id;
  criticalStay(c, { icuN, wardN, ventN: icuN - 2, abx: 'mero', abxDays: 10, pressorN: 4, tpn: true, crrtN: ri(0, 5), day(c, dd, i) { if (i < 10 && i >= 1) c.add('vecur', 2, dd); if (i % 4 === 1) c.add('ctChest', 1, dd); if (i >= 10 && i < icuN - 2) c.add('linez', 2, dd); if (i === 3) c.add('culture', 1, dd); } });
  return { claims: [c], targets: [c] };
} };
CTL.C19 = { name: '静脉丙种球蛋白有明确指征：川崎病患儿或吉兰-巴雷综合征成人（丙球目录无行，见缺口）', fn(k) {
  const kid = chance(0.6); const m = member(kid ? { ageMin: 1, ageMax: 5 } : { ageMin: 25, ageMax: 70 }); const h = hosp3(m.region); const d = randDate(); const los = kid ? ri(6, 9) : ri(10, 16); const dis = addDays(d, los);
  const c = ip(m, h, { adm: d, dis, dept: kid ? 'paediatrics' : 'neurology', dx: kid ? ['M30.300'] : ['G61.000x004'], px: [['99.1400', addDays(d, 1)]], route: 'emergency', dmode: 'ordered' });
  rangeDays(d, dis).forEach((dd, i) => { if (dd === dis) return; c.add('bed3', 1, dd); c.add(i < 3 ? 'n1' : 'n2', 1, dd); c.add('ipConsult', 1, dd);
    if (kid) { if (i < 5) { c.add('ivScalp', 1, dd); c.add('ivSet', 1, dd); c.add('glucose', 1, dd); } c.add('asa', i < 4 ? 6 : 1, dd); if (i === 0 || i === los - 2) { c.add('echo', 1, dd); labs(c, dd, ['cbc', 'crp', 'lft']); } if (i === 0) labs(c, dd, ['ua', 'coag', 'pct']); if (i < 3) c.add('ibuKid', 0, dd); }
    else { if (i < 5) iv(c, dd, 2, [['ns', 2]]); if (i === 0) { admLabs(c, dd); c.add('mriHead', 1, dd); c.add('consultIn', 1, dd); } if (i < 4) { c.add('ecg', 24, dd); c.add('spo2', 24, dd); } if (i >= 4) c.add('pt', 1, dd); if (i === 4) c.add('rehabEval', 1, dd); c.add('lmwh', i < 10 ? 1 : 0, dd); }
  });
  return { claims: [c], targets: [c] };
} };
CTL.C20 = { name: '入院当日死亡：院前急救送入，急诊抢救后入ICU，当日死亡（离院方式死亡）', fn(k) {
  const m = member({ ageMin: 50, ageMax: 95 }); const h = hospAny(m.region); const d = randDate();
  const dx = pick([['I21.000', 'R57.000', 'I46.900'], ['I71.000x002', 'R57.101'], ['I61.900x002', 'R40.200x004'], ['R57.200', 'A41.900', 'K72.000']]);
  const ed = edVisit(m, h, d, { dx: [dx[0]], obsH: ri(1, 2), o2H: 1, labs: ['cbc', 'tni', 'coag', 'lytes'], abg: 1, iv: 2, extra: [['ctHead', dx[0].startsWith('I61') ? 1 : 0], ['ctChest', dx[0].startsWith('I71') ? 1 : 0], ['ctEnh', dx[0].startsWith('I71') ? 1 : 0]] });
  const c = ip(m, h, { adm: d, dis: d, dept: 'icu', dx: dx.map(okDx), px: [['96.0400', d], ['96.7101', d], ['99.6000', d]], route: 'emergency', dmode: 'death' });
  const hrs = ri(4, 12);
  c.add('icuBed', 1, d); c.add('icuCare', hrs, d); c.add('ipConsult', 1, d); c.add('ivent', hrs, d); c.add('ett', 1, d); c.add('ventCirc', 1, d); c.add('norepi', 8, d); c.add('dopamine', 4, d); c.add('ivPush', 6, d); c.add('abg', 3, d); c.add('lact', 2, d);
  labs(c, d, ['cbc', 'lft', 'rft', 'lytes', 'coag', 'tni']); iv(c, d, 3, [['ns', 3]]); c.add('midaz', 2, d); c.add('syringe', 10, d); c.add('electrode', 5, d); c.add('ivCath', 1, d);
  return { claims: [ed, c], targets: [ed, c] };
} };
CTL.C21 = { name: '癫痫持续状态：PICU/ICU咪达唑仑持续泵入、插管通气1–2天、脑电图，转普通病房', fn(k) {
  const kid = chance(0.5); const m = member(kid ? { ageMin: 2, ageMax: 12 } : { ageMin: 18, ageMax: 75 }); const h = hosp3(m.region); const d = randDate(); const icuN = ri(2, 4), wardN = ri(3, 6);
  const ed = edVisit(m, h, d, { dx: ['G41.900'], obsH: 1, labs: ['fbg', 'lytes'], extra: [['ivPush', 2]] });
  const c = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: kid ? 'picu' : 'icu', dx: ['G41.000x002', kid ? 'R56.000' : 'G40.900'].filter(x => DX[x]).map(okDx), px: [['96.0400', d], ['96.7101', d], ['89.1400', addDays(d, 1)]], route: 'emergency', dmode: 'ordered' });
  criticalStay(c, { icuN, wardN, ventN: ri(1, 2), abx: null, lmwh: !kid, day(c, dd, i) { if (dd === c.o.dis) return; if (i === 1) { c.add('eeg', 1, dd); c.add('mriHead', 1, dd); } if (i < icuN) c.add('midaz', 4, dd); c.add('levetir', 2, dd); if (i >= 2) c.add('valpro', 2, dd); } });
  return { claims: [ed, c], targets: [ed, c] };
} };
CTL.C22 = { name: '重度中毒（百草枯、有机磷）：血液灌流（目录无行，按最近行计连续性血液净化时数），ICU', fn(k) {
  const pq = chance(0.5); const m = member({ ageMin: 18, ageMax: 75 }); const h = hosp3(m.region); const d = randDate(); const icuN = ri(4, 7), wardN = ri(2, 5);
  const ed = edVisit(m, h, d, { dx: [pq ? 'T60.300x001' : 'T60.001'], obsH: 2, labs: ['cbc', 'lft', 'rft', 'lytes'], abg: 1, iv: 3, extra: [['gid', 0]] });
  const c = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: 'eicu', dx: (pq ? ['T60.300x001', 'N17.900', 'J96.000'] : ['T60.001', 'J96.000', 'R40.200']).map(okDx), px: [['39.9600x003', d], ['39.9600x003', addDays(d, 1)], ['39.9600x003', addDays(d, 2)]].concat(pq ? [] : [['96.0400', d], ['96.7101', d]]), route: 'emergency', dmode: chance(0.2) ? 'death' : 'ordered' });
  criticalStay(c, { icuN, wardN, ventN: pq ? 0 : ri(2, 3), abx: pq ? null : 'cefuroxIv', ngt: true, day(c, dd, i) { if (i < 3) { c.add('crrt', ri(2, 3), dd); if (i === 1) c.add('lft', 1, dd); } if (i === 0) { c.add('gid', 1, dd); c.add('ngTube', 1, dd); } if (pq && i < 5) c.add('mpred', 2, dd); } });
  return { claims: [ed, c], targets: [ed, c] };
} };
CTL.C23 = { name: '儿童溺水：PICU机械通气2–4天、肺炎、低温复温', fn(k) {
  const m = member({ ageMin: 2, ageMax: 13 }); const h = hosp3(m.region); const d = randDate('2026-05-01', '2026-09-15'); const icuN = ri(3, 5), wardN = ri(3, 5);
  const c = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: 'picu', dx: ['T75.100x001', 'J69.000', 'J96.000'].map(okDx), px: [['96.0400', d], ['96.7101', d]], route: 'emergency', dmode: 'ordered' });
  criticalStay(c, { icuN, wardN, ventN: ri(2, 3), abx: 'cefuroxIv', lmwh: false, day(c, dd, i) { if (i === 0) c.add('ctHead', 1, dd); } });
  const ed = edVisit(m, h, d, { dx: ['T75.100x001'], obsH: 1, o2H: 1, abg: 1, labs: ['cbc', 'lytes'] });
  return { claims: [ed, c], targets: [ed, c] };
} };
CTL.C24 = { name: '重症肌无力危象：气管插管通气≥96小时、血浆置换（目录无行）、甲泼尼龙', fn(k) {
  const m = member({ ageMin: 25, ageMax: 75 }); const h = hosp3(m.region); const d = randDate(); const icuN = ri(7, 10), wardN = ri(4, 7);
  const c = ip(m, h, { adm: d, dis: addDays(d, icuN + wardN), dept: 'icu', dx: ['G70.000x002', 'J96.000', pick(['J18.900', 'J69.000'])].map(okDx), px: [['96.0400', d], ['96.7201', d], ['39.9500x005', addDays(d, 1)], ['39.9500x005', addDays(d, 3)], ['39.9500x005', addDays(d, 5)]], route: 'emergency', dmode: 'ordered' });
  criticalStay(c, { icuN, wardN, ventN: icuN - 2, abx: 'piptaz', day(c, dd, i) { if (i < 5) c.add('mpred', 2, dd); else if (dd !== c.o.dis) c.add('pred', 6, dd); if (i === 0) { c.add('ctChest', 1, dd); c.add('consultIn', 1, dd); } } });
  return { claims: [c], targets: [c] };
} };
// ================= ROUTINE =================
function routine(k) {
  const kind = k % 10;
  if (kind <= 5) { // ED visits
    const p = pick([
      { dx: ['J06.900'], age: [3, 70], o: { labs: ['cbc', 'crp'], drugs: [['pcmTab', 6]] } },
      { dx: ['A09.001'], age: [18, 80], o: { labs: ['cbc', 'stool', 'lytes'], iv: 2, fluids: [['ns', 1], ['gns', 1]], drugs: [['smecta', 6]] } },
      { dx: ['R07.400'], age: [35, 80], o: { obsH: ri(2, 4), labs: ['tni', 'cke', 'ddimer'], extra: [['ekg', 2], ['cxr', 1]] } },
      { dx: ['N23.x00'], age: [22, 65], o: { labs: ['ua', 'cbc'], extra: [['usUro', 1]], drugs: [['ibuCap', 10]] } },
      { dx: ['S52.500x001'], age: [50, 85], o: { extra: [['xlimb', 2], ['C14020150400001537430000001', 2]], drugs: [['ibuCap', 14]] } },
      { dx: ['R50.900'], age: [1, 6], o: { labs: ['cbc', 'crp'], drugs: [['ibuKid', 1]] } },
      { dx: ['J45.900x001'], age: [8, 60], o: { extra: [['neb', 2], ['nebKit', 1]], drugs: [['budNeb', 2], ['salb', 1]], obsH: 2 } },
      { dx: ['R42.x00x001'], age: [40, 80], o: { obsH: 2, labs: ['fbg', 'lytes'], extra: [['ctHead', 1]], drugs: [['metoclo', 1]] } },
      { dx: ['F10.001'], age: [20, 60], o: { obsH: ri(3, 6), labs: ['fbg', 'lytes'], iv: 2, fluids: [['ns', 1], ['glucose', 1]] } },
      { dx: ['S01.000'], age: [5, 70], px: true, o: { extra: [['dressS', 1], ['local', 1], ['lido', 1], ['suture', 1], ['dressPack', 1]] } },
    ]);
    const m = member({ ageMin: p.age[0], ageMax: p.age[1] }); const h = hospAny(m.region); const d = randDate();
    const o = Object.assign({ dx: p.dx.map(okDx) }, p.o); if (p.px) o.px = [['86.5902', d]];
    if (ageAt(m, d) < 12 && o.drugs) o.drugs = o.drugs.map(([kk, q]) => kk === 'pcmTab' ? ['pcmKid', 6] : [kk, q]);
    return [edVisit(m, h, d, o)];
  }
  // short ward stays
  const p = pick([
    { dx: ['J15.902'], dept: 'respiratory', abx: 'cefuroxIv', age: [20, 85], los: [6, 9] },
    { dx: ['K35.800x001'], dept: 'general_surgery', abx: 'cefuroxIv', age: [15, 70], los: [3, 5], appy: true },
    { dx: ['N39.000'], dept: 'nephrology', abx: 'ceftri', age: [20, 85], los: [5, 8] },
    { dx: ['I50.900', 'I10.x00x002'], dept: 'cardiology', abx: null, age: [60, 90], los: [6, 10] },
    { dx: ['L03.100'], dept: 'dermatology', abx: 'ceftri', age: [20, 80], los: [6, 9] },
  ]);
  const m = member({ ageMin: p.age[0], ageMax: p.age[1] }); const h = hospAny(m.region); const d = randDate(); const los = ri(p.los[0], p.los[1]); const dis = addDays(d, los);
  const c = ip(m, h, { adm: d, dis, dept: p.dept, dx: p.dx.map(okDx), px: p.appy ? [['47.0100', d]] : [], route: chance(0.5) ? 'emergency' : 'outpatient', dmode: 'ordered' });
  rangeDays(d, dis).forEach((dd, i) => { if (dd === dis) return; c.add('bed3', 1, dd); c.add(i < 2 ? 'n1' : 'n2', 1, dd); c.add('ipConsult', 1, dd); if (i === 0) admLabs(c, dd, p.appy ? ['preop'] : []); if (i === 3) labs(c, dd, ['cbc', 'crp']);
    if (p.abx) { c.add(p.abx, p.abx === 'ceftri' ? 2 : 3, dd); iv(c, dd, 2, [['ns', 2]]); } else { c.add('furoIv', i < 4 ? 2 : 0, dd); c.add('sacu', 2, dd); c.add('spiro', 1, dd); if (i === 0) { c.add('bnp', 1, dd); c.add('echo', 1, dd); } } });
  if (p.appy) { c.add('lapAppy', 1, d); c.add('ga', 2, d); c.add('trocar', 1, d); c.add('gownPack', 1, d); c.add('suture', 2, d); c.add('usAbd', 1, d); }
  return [c];
}
// ================= BUILD =================
const labels = [];
for (const [code, t] of Object.entries(TYP)) for (let k = 0; k < 15; k++) { const r = t.fn(k, false); labels.push({ caseId: `${code}-${String(k + 1).padStart(2, '0')}`, kind: 'fraud', code, name: t.name, cl: r.claims, targets: r.targets, mutated: r.mutated || {} }); }
for (const [code, t] of Object.entries(CTL)) for (let k = 0; k < 15; k++) { const r = t.fn(k); labels.push({ caseId: `${code}-${String(k + 1).padStart(2, '0')}`, kind: 'control', code, name: t.name, cl: r.claims, targets: r.claims, mutated: {} }); }
for (let k = 0; k < 100; k++) { const cl = routine(k); labels.push({ caseId: `R-${String(k + 1).padStart(3, '0')}`, kind: 'routine', code: 'R', name: 'routine emergency/ward care', cl, targets: cl, mutated: {} }); }
// sanity: no claim without items, mutated line ids exist
for (const l of labels) for (const [cid, ids] of Object.entries(l.mutated)) { const c = l.cl.find(x => x.id === cid); for (const id of ids) if (!c.items[Number(id) - 1]) throw new Error('bad mutated ' + l.caseId); if (!ids.length) throw new Error('empty mutated ' + l.caseId); }
// settlement order: by settlement date (discharge / visit), then creation order
const order = ALL.map((c, i) => ({ c, i })).sort((a, b) => (a.c.end() < b.c.end() ? -1 : a.c.end() > b.c.end() ? 1 : a.i - b.i));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), order.map(x => JSON.stringify(x.c.json())).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels.map(l => ({ caseId: l.caseId, kind: l.kind, code: l.code, name: l.name, claimIds: l.cl.map(c => c.id), targets: l.targets.map(c => c.id), mutatedLines: l.mutated })), null, 1));
console.error(`claims ${ALL.length}, cases ${labels.length}, grouped ${Object.keys(GROUPED).length}`);
