#!/usr/bin/env node
// blind82: pathology, the laboratory's costly tests and the blood bank (病理科、检验科特殊检验与输血科).
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed, no dependencies. Writes claims.ndjson (settlement order) and labels.json.
'use strict';
const fs = require('fs'); const path = require('path');

const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CAT = path.resolve(opt('--catalogue') || '/work/wt/base82/rules/catalogue');
const GROUPS = opt('--groups');

// ---------- catalogue rows ----------
const ROW = {};
for (const f of ['services.json', 'drugs.json', 'consumables.json', 'services-procedures.json', 'consumables-procedures.json', 'drugs-immunology-and-gout.json']) {
  const p = path.join(CAT, f); if (!fs.existsSync(p)) continue;
  for (const r of JSON.parse(fs.readFileSync(p, 'utf8')).rows) ROW[r.code] = r;
}
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));

// ---------- rng ----------
let seed = 82082;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- dates ----------
const D0 = Date.UTC(2025, 0, 1);
const day = (n) => new Date(D0 + n * 86400000).toISOString().slice(0, 10); // n = day of 2025 (0 = Jan 1)
const dn = (s) => Math.round((Date.parse(s + 'T00:00:00Z') - D0) / 86400000);
const add = (s, k) => day(dn(s) + k);

// ---------- institutions ----------
const REGIONS = { '510100': '成都', '510700': '绵阳', '220100': '长春', '220200': '吉林', '230100': '哈尔滨', '370100': '济南', '370200': '青岛' };
const H = {}; // id -> {id, region, level, lab, factor}
for (const r of Object.keys(REGIONS)) {
  const p = r.slice(0, 4);
  H['H' + p + '0001'] = { id: 'H' + p + '0001', region: r, level: 3, factor: 1 };
  H['H' + p + '0002'] = { id: 'H' + p + '0002', region: r, level: 3, factor: 0.95 };
  H['H' + p + '0011'] = { id: 'H' + p + '0011', region: r, level: 2, factor: 1 };
  H['H' + p + '0012'] = { id: 'H' + p + '0012', region: r, level: 2, factor: 0.9 };
  H['H' + p + '0031'] = { id: 'H' + p + '0031', region: r, level: 1, factor: 1 };
  H['H' + p + '0032'] = { id: 'H' + p + '0032', region: r, level: 1, factor: 0.9 };
  H['L' + p + '0901'] = { id: 'L' + p + '0901', region: r, level: 2, factor: 0.95, lab: true }; // 医学检验实验室 (third-party lab)
}
const RK = Object.keys(REGIONS);
const hosp = (region, level, k = 0) => { const p = region.slice(0, 4); const suf = level === 3 ? ['0001', '0002'] : level === 2 ? ['0011', '0012'] : ['0031', '0032']; return H['H' + p + suf[k % 2]]; };
const lab = (region) => H['L' + region.slice(0, 4) + '0901'];

// doctors: per hospital and department, 4 doctors; each keeps one title
const TITLES = ['主任医师', '副主任医师', '主治医师', '住院医师'];
const DEPTS = ['general_surgery', 'gynecology', 'oncology', 'hematology', 'internal_medicine', 'obstetrics', 'orthopedics', 'breast_surgery', 'gastroenterology', 'respiratory', 'laboratory', 'pathology', 'urology', 'thyroid_surgery', 'emergency', 'endocrinology'];
const DOCS = {};
function doctor(h, dept, k) {
  const di = DEPTS.indexOf(dept); if (di < 0) throw new Error('dept ' + dept);
  const kk = k == null ? ri(0, 3) : k % 4;
  const id = 'D' + h.id.slice(1, 5) + h.id.slice(-2) + String(di).padStart(2, '0') + kk;
  let title = TITLES[kk]; if (h.level === 1 && kk < 2) title = '主治医师'; // level-1: no senior clinic rows
  DOCS[id] = { id, hospitalId: h.id, dept, title };
  return DOCS[id];
}
function consultCode(h, doc) {
  if (h.lab) return null;
  if (h.level === 1) return '001102000040001';
  return doc.title === '主任医师' ? '001102000030001' : doc.title === '副主任医师' ? '001102000020001' : '001102000010001';
}

// ---------- members ----------
let mseq = 0;
function member(o) {
  const age = o.age; const g = o.g || (rnd() < 0.5 ? 'M' : 'F');
  const scheme = o.scheme || (rnd() < 0.6 ? 'employee' : 'resident');
  const region = o.region || pick(RK);
  const bd = `${2025 - age - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const retired = scheme === 'employee' && ((g === 'M' && age >= 61) || (g === 'F' && age >= 56));
  const cy = Math.min(age - 20, 30);
  const m = {
    insuredId: 'P82' + String(++mseq).padStart(5, '0'), gender: g, birthDate: bd, retired, scheme, region, age,
    enrollment: { enrolledOn: scheme === 'employee' ? `${2025 - Math.max(2, cy)}-07-01` : '2025-01-01', inConcentratedPeriod: true, continuousYears: Math.max(2, Math.min(cy, scheme === 'employee' ? 30 : 8)), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: scheme === 'employee' ? Math.max(3, cy) : Math.max(2, Math.min(cy, 8)), special: null },
  };
  if (o.chronic) m.enrollment.chronicDiseases = o.chronic;
  return m;
}

// ---------- claims ----------
const CLAIMS = [];
let cseq = 0;
// it: [code, date, qty, {price (yuan), mut, factor}]
function mk(o) {
  const h = o.h; const level = h.level;
  const items = []; const mut = [];
  let ln = 0;
  for (const it of o.items) {
    const [code, date, qty, x = {}] = it;
    const r = ROW[code]; if (!r) throw new Error('no row ' + code);
    if (!(qty > 0)) continue;
    let priceFen;
    if (x.price != null) priceFen = Math.round(x.price * 100);
    else { const cap = Math.round(r.priceCap[level] * 100); priceFen = r.category === 'service' ? Math.round(cap * (x.factor || h.factor)) : cap; if (priceFen > cap) priceFen = cap; }
    const amountFen = Math.round(priceFen * qty);
    const lineId = String(++ln);
    items.push({ lineId, code, name: r.name, category: r.category, date, quantity: qty, unitPrice: priceFen / 100, amount: amountFen / 100, _fen: amountFen, _share: r.selfPayShare || 0 });
    if (x.mut) mut.push(lineId);
  }
  const c = {
    claimId: null, region: h.region, insuranceType: o.m.scheme, visitType: o.vt,
    patient: { insuredId: o.m.insuredId, gender: o.m.gender, birthDate: o.m.birthDate, retired: o.m.retired },
    enrollment: o.m.enrollment,
    provider: { hospitalId: h.id, level, department: o.doc.dept, doctorId: o.doc.id },
  };
  if (o.vt === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (o.vt === 'inpatient') c.reportedGroup = { drg: null, dip: null };
  if (o.admissionRoute) c.admissionRoute = o.admissionRoute;
  if (o.dischargeMode) c.dischargeMode = o.dischargeMode;
  if (o.m.region !== h.region) c.insuredRegion = o.m.region;
  c.items = items;
  c._mut = mut; c._seq = ++cseq; c._settle = o.vt === 'inpatient' ? o.dis : o.date; c._m = o.m;
  c.claimId = `${h.region}-${h.id}-2025-${String(c._seq).padStart(6, '0')}`;
  CLAIMS.push(c);
  return c;
}

// ---------- benefit amounts (fen), in settlement order ----------
function policyFor(region) {
  const pv = POL.provinces[region.slice(0, 2)];
  const merged = JSON.parse(JSON.stringify(pv));
  const ov = pv.regions && pv.regions[region];
  const deep = (a, b) => { for (const k of Object.keys(b)) { if (b[k] && typeof b[k] === 'object' && !Array.isArray(b[k]) && a[k] && typeof a[k] === 'object') deep(a[k], b[k]); else a[k] = b[k]; } };
  if (ov) deep(merged, ov);
  return merged;
}
function computeAmounts(sorted) {
  const ytd = {}; // member|bucket -> {policy, fund}
  for (const c of sorted) {
    let total = 0, policy = 0;
    for (const it of c.items) { total += it._fen; policy += it._fen - Math.round(it._fen * it._share); }
    const m = c._m; const pol = policyFor(m.region).schemes[m.scheme];
    const vt = c.visitType; const lv = String(c.provider.level);
    let fund = 0;
    if (vt === 'inpatient') {
      const p = pol.inpatient; const ded = Math.round(p.deductible[lv] * 100);
      const ratio = p.ratio[lv] + (m.retired ? p.retireeRatioBonus || 0 : 0);
      const k = m.insuredId + '|inp'; const u = ytd[k] || (ytd[k] = { policy: 0, fund: 0 });
      fund = Math.floor(Math.max(0, policy - ded) * ratio);
      fund = Math.min(fund, Math.round(p.annualFundCap * 100) - u.fund); u.fund += fund;
    } else if (vt === 'chronic') {
      const p = pol.chronic; const ratio = p.ratio[lv] + (m.retired ? p.retireeRatioBonus || 0 : 0);
      const principal = c.diagnoses[0].code; let cap = p.annualFundCap, grp = 'other';
      for (const [g, dc] of Object.entries(p.diseaseCaps || {})) if (dc.codes.some((x) => principal.startsWith(x))) { cap = dc.annualFundCap; grp = g; }
      const k = m.insuredId + '|chr|' + grp; const u = ytd[k] || (ytd[k] = { policy: 0, fund: 0 });
      fund = Math.floor(Math.max(0, policy) * ratio); fund = Math.max(0, Math.min(fund, Math.round(cap * 100) - u.fund)); u.fund += fund;
    } else {
      const p = pol.outpatient; const ratio = p.ratio[lv] + (m.retired ? p.retireeRatioBonus || 0 : 0);
      const k = m.insuredId + '|out'; const u = ytd[k] || (ytd[k] = { policy: 0, fund: 0 });
      const dedDue = Math.max(0, Math.round(p.deductible * 100) - u.policy);
      fund = Math.floor(Math.max(0, policy - dedDue) * ratio);
      fund = Math.max(0, Math.min(fund, Math.round(p.annualFundCap * 100) - u.fund));
      u.policy += policy; u.fund += fund;
    }
    c.amounts = { total: total / 100, policy: policy / 100, fundClaimed: fund / 100 };
  }
}

// ---------- item bundles ----------
function consult(h, doc, date) { const c = consultCode(h, doc); return c ? [[c, date, 1]] : []; }
function ward(adm, dis, o = {}) { // per bed-day: bed, 住院诊查费, nursing
  const out = []; const n = Math.max(1, dn(dis) - dn(adm));
  for (let i = 0; i < n; i++) { const d = add(adm, i); out.push([o.bed || '001105000010001', d, 1], ['001103000010001', d, 1], [o.nurse || '001201000030001', d, 1]); }
  return out;
}
const admLabs = (d, more = []) => [['002501010010001', d, 1], ['002501020010001', d, 1], ['002502010010001', d, 1], ['002502020010001', d, 1], ['002502030010001', d, 1], ['002502060010001', d, 1], ['003107010010001', d, 1], ['002202010010001', d, 1], ...more.map((c) => [c, d, 1])];
const preop = (d) => [['002502120010001', d, 1], ['002502130010001', d, 1]];
function iv(d0, nDays, drug, perDay, extra = 0) { const out = []; for (let i = 0; i < nDays; i++) { const d = add(d0, i); out.push(['001204000010001', d, 1], ['C14010150100001020350000001', d, 1], [drug, d, perDay], ['XB05BBL511B002', d, 1 + extra]); if (extra) out.push(['001204000020001', d, extra]); } return out; }
function ga(d, hours) { return [['003301010010001', d, hours], ['XN01AXB503B002', d, 2], ['XN02ABF506B002', d, 2], ['XM03ACW501B002', d, 1], ['C14050150300001941860000001', d, 1], ['C11010150600001900710000001', d, 1], ['C11010150700001990950000001', d, 1]]; }
const path1 = (d, q = 1, x) => [['002502200010001', d, q, x]]; // 病理检查(常规石蜡切片), per 例
const frozen = (d, q = 1, x) => [['002502200020001', d, q, x]];
function transfuse(d, rbc, o = {}) { // one day's transfusion: cross-match per unit, RBC, one 静脉输血 per episode
  const out = [];
  if (o.cross !== false) out.push(['002502130020001', d, rbc + (o.plt || 0), o.x]);
  if (rbc) out.push(['002600000010001', d, rbc, o.x]);
  if (o.ffp) out.push(['002600000020001', d, o.ffp, o.x]);
  if (o.plt) out.push(['002600000030001', d, o.plt, o.x]);
  out.push(['001204000210001', d, o.episodes || 1, o.x], ['C14100150200001872210000001', d, o.sets || 1, o.x]);
  return out;
}
const markers = (d, g, x) => [['002502170010001', d, 1, x], ['002502170020001', d, 1, x], ['002502170040001', d, 1, x], ...(g === 'F' ? [['002502170030001', d, 1, x]] : [])];

// ---------- clinical templates (legitimate) ----------
// each returns {dx, px, items, dept, los}
function tplChole(adm, o = {}) { // laparoscopic cholecystectomy, 4-5 days
  const los = o.los || ri(4, 5); const dis = add(adm, los); const op = add(adm, 1);
  return { dept: 'general_surgery', adm, dis, op, dx: ['K80.100', ...(o.dx2 || [])], px: [['51.2300', op]], items: [...ward(adm, dis), ...admLabs(adm), ...preop(adm), ['002103010010001', adm, 1], ...ga(op, 2), ['003302020010001', op, 1], ['C11010150100001004460000001', op, 1], ['C11010150400001380140000001', op, 4], ['C11010150200001895120000001', op, 2], ...iv(op, 2, 'XJ01DCT505B002', 2), ...(o.noPath ? [] : path1(o.pathDay === 'next' ? add(op, 1) : op, 1)), ['002501010010001', add(op, 1), 1]] };
}
function tplAppy(adm, o = {}) {
  const los = o.los || ri(3, 5); const dis = add(adm, los); const op = adm;
  return { dept: 'general_surgery', adm, dis, op, dx: ['K35.800'], px: [['47.0100', op]], items: [...ward(adm, dis), ...admLabs(adm), ...preop(adm), ['002103010010001', adm, 1], ...ga(op, 2), ['003302010010001', op, 1], ['C11010150100001004460000001', op, 1], ['C11010150400001380140000001', op, 2], ['C11010150200001895120000001', op, 2], ...iv(op, 3, 'XJ01DCT505B002', 2, 1), ['XJ01XDJ501B002', op, 2], ...(o.noPath ? [] : path1(op, 1))] };
}
function tplHernia(adm, o = {}) {
  const los = o.los || ri(3, 4); const dis = add(adm, los); const op = add(adm, 1);
  return { dept: 'general_surgery', adm, dis, op, dx: ['K40.900'], px: [['53.0200', op]], items: [...ward(adm, dis), ...admLabs(adm), ...preop(adm), ['003301010020001', op, 1], ['C11010150800001179070000001', op, 1], ['003302030010001', op, 1], ['C11010150500001036850000001', op, 1], ['C11010150200001895120000001', op, 2], ['C11010150600001900710000001', op, 1], ...iv(op, 1, 'XJ01DCT505B002', 2)] };
}
function tplThyroid(adm, o = {}) { // lobectomy: frozen during the operation, paraffin the next day
  const los = o.los || ri(4, 6); const dis = add(adm, los); const op = add(adm, 1);
  const ca = o.ca; return { dept: 'thyroid_surgery', adm, dis, op, dx: [ca ? 'C73.x00' : 'E04.100'], px: [['06.2x00', op]], items: [...ward(adm, dis), ...admLabs(adm, ['002502180010001']), ...preop(adm), ['002103010050001', adm, 1], ...ga(op, 2), ['003304030010001', op, 1], ['C11010150200001895120000001', op, 3], ['C14040150300001408220000001', op, 1], ['C11010150600001900710000001', op, 1], ...frozen(op, 1), ...path1(add(op, 1), ca ? 2 : 1), ...iv(op, 2, 'XJ01DCT505B002', 2)] };
}
function tplMastectomy(adm, o = {}) { // modified radical mastectomy: sentinel frozen + blocks from breast and node groups
  const los = o.los || ri(7, 9); const dis = add(adm, los); const op = add(adm, 2);
  return { dept: 'breast_surgery', adm, dis, op, dx: ['C50.900', ...(o.nodes ? ['C77.300'] : [])], px: [['85.4300x004', op]], items: [...ward(adm, dis), ...admLabs(adm, ['002502170010001', '002502170030001']), ...preop(adm), ['002502130020001', add(op, -1), 2], ['002103010090001', adm, 1], ['002301010020001', add(adm, 1), 1], ...ga(op, 3), ['003304040010001', op, 1], ['C11010150200001895120000001', op, 4], ['C14040150300001408220000001', op, 2], ['C11010150600001900710000001', op, 1], ...frozen(op, 1), ...path1(op, 2), ...path1(add(op, 1), 2), ...iv(op, 3, 'XJ01DCT505B002', 2)] };
}
function tplHip(adm, o = {}) { // hemiarthroplasty for femoral neck fracture: type and cross-match 2 units, often none given
  const los = o.los || ri(8, 11); const dis = add(adm, los); const op = add(adm, 2);
  return { dept: 'orthopedics', adm, dis, op, dx: ['S72.000', ...(o.dx2 || [])], px: [['81.5201', op]], items: [...ward(adm, dis, { nurse: '001201000020001' }), ...admLabs(adm, ['002502100010001']), ...preop(adm), ['002502130020001', add(op, -1), 2], ['002202020010001', adm, 1], ...ga(op, 2), ['003303010020001', op, 1], ['C03010150300001664990000001', op, 1], ['C11010150200001895120000001', op, 3], ['C11010150600001900710000001', op, 1], ...iv(op, 3, 'XJ01DCT505B002', 2), ['XB01ABY502B002', add(op, 1), 1], ['XB01ABY502B002', add(op, 2), 1], ['XB01ABY502B002', add(op, 3), 1]] };
}
function tplGastrectomy(adm, o = {}) {
  const los = o.los || ri(10, 13); const dis = add(adm, los); const op = add(adm, 3);
  return { dept: 'general_surgery', adm, dis, op, dx: ['C16.900'], px: [['43.6x01', op]], items: [...ward(adm, dis, { nurse: '001201000020001' }), ...admLabs(adm, ['002502170010001', '002502170040001']), ...preop(adm), ['002502130020001', add(op, -1), 2], ['002503010030001', add(adm, 1), 1], ['002301010030001', add(adm, 1), 1], ['002301010040001', add(adm, 1), 1], ...ga(op, 4), ['003302060010001', op, 1], ['C11010150300001825820000001', op, 2], ['C11010150200001895120000001', op, 4], ['C14040150300001408220000001', op, 2], ['C11010150600001900710000001', op, 1], ...frozen(op, 1), ...path1(add(op, 1), 2), ...iv(op, 4, 'XJ01DCT505B002', 2, 1), ['XB05BAF508B002', add(op, 1), 1]] };
}
function tplPolypOut(h, doc, d, o = {}) { // colonoscopic polypectomy, outpatient, one polyp = one 例
  return { dx: ['K63.500'], px: [['45.4200', d]], items: [...consult(h, doc, d), ['002501010010001', d, 1], ['002502060010001', d, 1], ['002503010140001', d, 1], ...(o.noPath ? [] : path1(d, 1))] };
}
function tplPneumonia(adm, o = {}) {
  const los = o.los || ri(6, 9); const dis = add(adm, los);
  return { dept: 'respiratory', adm, dis, dx: [o.dx || 'J18.000', ...(o.dx2 || [])], px: [], items: [...ward(adm, dis), ...admLabs(adm, ['002502080010001']), ['002502140010001', adm, 1], ['002301010020001', adm, 1], ...iv(adm, los - 1, 'XJ01DDT504B002', 2), ['XR05CBA522B002', adm, 2], ['002501010010001', add(adm, 4), 1], ['002502080010001', add(adm, 4), 1]] };
}
function tplCOPD(adm, o = {}) {
  const los = o.los || ri(7, 10); const dis = add(adm, los);
  return { dept: 'respiratory', adm, dis, dx: ['J44.100', ...(o.dx2 || [])], px: [], items: [...ward(adm, dis, { nurse: '001201000020001' }), ...admLabs(adm), ['002502090010001', adm, 1], ['002301010020001', adm, 1], ...iv(adm, los - 1, 'XJ01DCT505B002', 2), ['XR03BAB508C003', adm, 2], ['XR03BBY508C003', adm, 3], ['XH02ABJ504B002', adm, 1], ['001208000010001', adm, 12], ['001208000010001', add(adm, 1), 12]] };
}

// ---------- case registry ----------
const LABELS = [];
function label(kind, code, name, n, claims, targets, mutated) {
  const l = { caseId: `B82-${code}-${String(n + 1).padStart(2, '0')}`, kind, code, name, claimIds: claims.map((c) => c.claimId), targets: targets.map((c) => c.claimId), mutatedLines: {} };
  if (kind === 'fraud') l.typology = code; else if (kind === 'control') l.control = code;
  if (mutated) for (const c of targets) if (c._mut.length) l.mutatedLines[c.claimId] = c._mut.slice();
  if (kind !== 'fraud') l.targets = l.claimIds.slice();
  LABELS.push(l);
}
function inp(m, h, t, o = {}) { const doc = o.doc || doctor(h, o.dept || t.dept); return mk({ m, h, doc, vt: 'inpatient', adm: t.adm, dis: t.dis, dx: t.dx, px: t.px, items: t.items, dischargeMode: o.dischargeMode || 'ordered', admissionRoute: o.admissionRoute || 'outpatient' }); }
function out(m, h, doc, d, dx, items, o = {}) { return mk({ m, h, doc, vt: o.vt || 'outpatient', date: d, dx, px: o.px || [], items }); }
const rd = () => ri(35, 320); // a day of 2025
const adultF = (o = {}) => member({ g: 'F', age: ri(o.min || 28, o.max || 72), ...o });
const adultM = (o = {}) => member({ g: 'M', age: ri(o.min || 30, o.max || 78), ...o });
const adult = (o = {}) => member({ age: ri(o.min || 25, o.max || 80), ...o });
const L3 = (r) => hosp(r || pick(RK), 3, ri(0, 1));
const L2 = (r) => hosp(r || pick(RK), 2, ri(0, 1));
const L1 = (r) => hosp(r || pick(RK), 1, ri(0, 1));
const L23 = (r) => (rnd() < 0.5 ? L2(r) : L3(r));

const T = {}; const C = {};
// ======================= FRAUD TYPOLOGIES =======================
T.T01 = ['病理例数虚增：单一良性标本多计石蜡切片例数 (虚增/分解收费)', (i) => {
  const m = adult({ min: 35, max: 75 });
  if (i % 3 === 0) { // outpatient polypectomy: one polyp, pathology billed as several 例
    const h = L23(m.region); const doc = doctor(h, 'gastroenterology'); const d = day(rd());
    const t = tplPolypOut(h, doc, d, { noPath: true });
    t.items.push(...path1(d, i % 2 ? 2 : 3, { mut: true }));
    const c = out(m, h, doc, d, t.dx, t.items, { px: t.px }); return [[c], [c]];
  }
  const a = day(rd()); const t = i % 3 === 1 ? tplChole(a, { noPath: true }) : tplAppy(a, { noPath: true });
  const careful = i >= 9;
  t.items.push(...path1(t.op, 2, { mut: true }));
  if (!careful) t.items.push(...path1(add(t.op, 1), 2, { mut: true }));
  const c = inp(m, L23(m.region), t); return [[c], [c]];
}];
T.T02 = ['冰冻切片无当日手术 (虚记)', (i) => {
  const m = adult({ min: 40, max: 82 });
  if (i < 8) { // medical stay, no operation at all
    const a = day(rd()); const t = i % 2 ? tplPneumonia(a) : tplCOPD(a);
    t.items.push(...frozen(add(a, ri(1, 3)), 1, { mut: true }));
    if (i % 4 === 0) t.items.push(...path1(add(a, 3), 1, { mut: true }));
    const c = inp(m, L23(m.region), t); return [[c], [c]];
  }
  const a = day(rd()); const t = i % 2 ? tplChole(a) : tplHernia(a); // operation on day op; frozen section dated on another day
  t.items.push(...frozen(add(t.op, i % 3 === 0 ? -1 : 2), 1, { mut: true }));
  const c = inp(m, L23(m.region), t); return [[c], [c]];
}];
T.T03 = ['医院与第三方实验室重复收费同一标本/项目 (重复收费)', (i) => {
  const gyn = i % 2 === 0; const m = gyn ? adultF({ min: 30, max: 65 }) : adult({ min: 40, max: 75 });
  const h = L23(m.region); const L = lab(m.region); const d = day(rd());
  const careful = i >= 10;
  if (gyn) {
    const doc = doctor(h, 'gynecology'); const ldoc = doctor(L, 'laboratory');
    const c1 = out(m, h, doc, d, ['N87.100'], [...consult(h, doc, d), ['002502160010001', d, 1], ...path1(d, 1), ['002103010080001', d, 1]]);
    const d2 = careful ? add(d, 2) : add(d, i % 4 === 0 ? 0 : 1);
    const c2 = out(m, L, ldoc, d2, ['N87.100'], careful ? [['002502160010001', d2, 1, { mut: true }]] : [['002502160010001', d2, 1, { mut: true }], ...path1(d2, 1, { mut: true })]);
    return [[c1, c2], [c2]];
  }
  const dx = pick(['C18.700', 'C50.900', 'C34.100', 'C16.900']);
  const doc = doctor(h, 'oncology'); const ldoc = doctor(L, 'laboratory');
  const c1 = out(m, h, doc, d, ['Z08.000', dx], [...consult(h, doc, d), ...markers(d, m.gender), ['002501010010001', d, 1], ['002502010010001', d, 1]]);
  const d2 = careful ? add(d, 1) : d;
  const c2 = out(m, L, ldoc, d2, ['Z08.000', dx], careful ? markers(d2, m.gender, { mut: true }).slice(0, 2) : markers(d2, m.gender, { mut: true }));
  return [[c1, c2], [c2]];
}];
T.T04 = ['交叉配血虚增：小手术按多单位配血、无输血 (虚增/过度)', (i) => {
  const m = adult({ min: 25, max: 70 }); const a = day(rd());
  const t = [tplHernia, tplAppy, tplChole][i % 3](a);
  const careful = i >= 10;
  const d1 = t.op === t.adm ? t.adm : add(t.op, -1); // the cross-match the day before (or on) the operation
  t.items.push(['002502130020001', d1, careful ? 3 : ri(4, 8), { mut: true }]);
  if (!careful && i % 2) t.items.push(['002502130020001', t.op, 4, { mut: true }]);
  const c = inp(m, L23(m.region), t); return [[c], [c]];
}];
T.T05 = ['输血虚记：无贫血无出血的内科住院记入红细胞输注 (虚记)', (i) => {
  const m = adult({ min: 55, max: 88 }); const a = day(rd());
  const t = i % 3 === 0 ? tplCOPD(a) : tplPneumonia(a, { dx: pick(['J18.000', 'J15.900']) });
  const careful = i >= 7; const d = add(a, ri(1, 3));
  if (careful) t.items.push(['002502130010001', d, 1, { mut: true }]);
  t.items.push(...transfuse(d, 2, { cross: careful, x: { mut: true } }));
  if (i % 4 === 1) t.items.push(...transfuse(add(d, 1), 2, { cross: careful, x: { mut: true } }));
  const c = inp(m, L23(m.region), t); return [[c], [c]];
}];
T.T06 = ['血液制品超限定支付：白蛋白/静注丙球无限定指征 (超限定支付)', (i) => {
  const m = adult({ min: 30, max: 80 }); const a = day(rd());
  if (i % 3 === 2) { // IVIG for a pneumonia ('增强免疫')
    const t = tplPneumonia(a); for (let k = 1; k <= (i > 9 ? 2 : 3); k++) t.items.push(['XJ06BAJ501B002', add(a, k), i > 9 ? 4 : 8, { mut: true }]);
    const c = inp(m, L23(m.region), t); return [[c], [c]];
  }
  const t = i % 3 === 0 ? tplChole(a) : tplGastrectomy(a); const h = i % 3 === 0 ? L23(m.region) : L3(m.region);
  const n = i > 9 ? 2 : 3; for (let k = 0; k < n; k++) t.items.push(['XB05AAR504B002', add(t.op, k), i > 9 ? 1 : 2, { mut: true }]);
  const c = inp(m, h, t); return [[c], [c]];
}];
T.T07 = ['死亡后仍有检验/病理收费 (虚记，跨单据)', (i) => {
  const m = adult({ min: 58, max: 90 }); const a = day(ri(40, 250));
  const los = ri(5, 12); const dis = add(a, los);
  const dx = pick([['C34.100', 'J18.000'], ['A41.900', 'J18.000'], ['J44.100', 'I50.900'], ['C16.900', 'K92.200']]);
  const hA = L23(m.region); const t = { dept: 'internal_medicine', adm: a, dis, dx, px: [], items: [...ward(a, dis, { nurse: '001201000020001' }), ...admLabs(a, ['002502080010001', '002502090010001']), ...iv(a, los, 'XJ01DDT507B002', 2), ['001208000010001', a, 24], ['001209000010001', a, 24], ['001209000010001', add(a, 1), 24]] };
  const c1 = inp(m, hA, t, { dischargeMode: 'death', admissionRoute: 'emergency' });
  const gap = i >= 10 ? ri(1, 2) : ri(3, 30); const d = add(dis, gap);
  let c2;
  if (i % 3 === 0) { const L = lab(m.region); c2 = out(m, L, doctor(L, 'laboratory'), d, ['Z08.000', dx[0]], [...markers(d, m.gender), ['002502120010001', d, 1]]); }
  else if (i % 3 === 1) { const hB = L1(m.region); const doc = doctor(hB, 'internal_medicine'); c2 = out(m, hB, doc, d, ['I10.x00x002'], [...consult(hB, doc, d), ['002501010010001', d, 1], ['002502010010001', d, 1], ['002502020010001', d, 1], ['XC08CAA512A001', d, 28]]); }
  else { const doc = doctor(hA, 'pathology'); c2 = out(m, hA, doc, d, [dx[0]], [...path1(d, 2), ['002502170010001', d, 1]]); }
  return [[c1, c2], [c2]];
}];
T.T08 = ['体检串换诊疗：健康体检套餐拆成目录内检验记账 (串换，批量)', (i) => {
  const r = RK[Math.floor(i / 5) % RK.length]; const h = Math.floor(i / 5) === 1 ? lab(r) : hosp(r, 1, 0);
  const m = adult({ min: 45, max: 75, region: r }); const d = day(100 + 40 * Math.floor(i / 5) + (i % 2)); // batches of five on the same or next day
  const doc = doctor(h, h.lab ? 'laboratory' : 'internal_medicine', i % 2);
  const careful = i % 5 >= 3;
  const items = [...consult(h, doc, d), ['002501010010001', d, 1], ['002501020010001', d, 1], ['002502010010001', d, 1], ['002502020010001', d, 1], ['002502040010001', d, 1], ['002502050010001', d, 1], ...markers(d, m.gender), ...(m.gender === 'M' && m.age >= 50 ? [['002502150010001', d, 1]] : [])];
  if (!careful) items.push(['002502180010001', d, 1], ['002502110010001', d, 1], ...(h.lab ? [] : [['002103010010001', d, 1], ['003107010010001', d, 1], ['002202010010001', d, 1]]));
  const c = out(m, h, doc, d, [pick(['R53.x00', 'K29.500', 'E78.500', 'I10.x00x002'])], items); return [[c], [c]];
}];
T.T09 = ['肿瘤标志物/感染筛查无指征反复检测 (过度诊疗，跨单据)', (i) => {
  const benign = [['K29.500', 'gastroenterology'], ['N60.100', 'breast_surgery'], ['E04.100', 'thyroid_surgery'], ['K76.000', 'gastroenterology']][i % 4];
  const m = benign[0] === 'N60.100' ? adultF({ min: 30, max: 60 }) : adult({ min: 30, max: 70 });
  const h = L23(m.region); const doc = doctor(h, benign[1]); const careful = i >= 10;
  const d0 = rd(); const claims = []; const n = careful ? 3 : 4;
  for (let k = 0; k < n; k++) {
    const d = day(d0 + k * (careful ? ri(20, 26) : ri(6, 10)));
    const x = k ? { mut: true } : undefined;
    const items = [...consult(h, doc, d), ...(careful ? markers(d, m.gender, x).slice(0, 2) : markers(d, m.gender, x)), ...(careful ? [] : [['002502110010001', d, 1, x], ['002502120010001', d, 1, x]])];
    claims.push(out(m, h, doc, d, [benign[0]], items));
  }
  return [claims, claims.slice(1)];
}];
T.T10 = ['冒名就医：住院期间参保人同时在他院门诊检验/病理 (冒名，跨机构)', (i) => {
  const wrongSex = i % 5 === 4; const m = wrongSex ? adultM({ min: 35, max: 70 }) : adultF({ min: 30, max: 75 });
  const a = day(rd()); const t = pick([tplPneumonia, tplHernia, tplChole])(a);
  const hA = L23(m.region); const c1 = inp(m, hA, t);
  const r2 = i % 2 ? m.region : pick(RK.filter((x) => x !== m.region));
  const hB = i % 3 === 0 ? lab(r2) : L23(r2); const doc = doctor(hB, hB.lab ? 'laboratory' : 'gynecology');
  const d = add(a, ri(1, dn(t.dis) - dn(a) - 1));
  const c2 = out(m, hB, doc, d, [wrongSex || i % 2 ? 'N87.100' : 'N72.x00'], [...consult(hB, doc, d), ['002502160010001', d, 1], ...path1(d, 1), ...(hB.lab ? [] : [['002103010080001', d, 1]])]);
  return [[c1, c2], [c2]];
}];
T.T11 = ['分解住院：活检/首次输血出院后数日再入院完成同一诊疗 (分解住院)', (i) => {
  const careful = i >= 10; const gap = careful ? ri(8, 13) : ri(1, 5);
  if (i % 3 === 2) { // transfusion-dependent anaemia: one course split in two stays
    const m = adult({ min: 50, max: 85 }); const h = L23(m.region); const doc = doctor(h, 'hematology');
    const a1 = day(rd()); const d1 = add(a1, 3); const a2 = add(d1, gap); const d2 = add(a2, 3);
    const mkT = (a, dis, first) => ({ dept: 'hematology', adm: a, dis, dx: ['D46.900', 'D64.900'], px: [['99.0401', add(a, 1)]], items: [...ward(a, dis), ...admLabs(a), ...(first ? [['002502130010001', a, 1]] : []), ...transfuse(add(a, 1), 2)] });
    const c1 = inp(m, h, mkT(a1, d1, true), { doc }); const c2 = inp(m, h, mkT(a2, d2, false), { doc });
    return [[c1, c2], [c1, c2]];
  }
  const m = adult({ min: 45, max: 80 }); const h = L3(m.region); const doc = doctor(h, 'general_surgery');
  const a1 = day(rd()); const d1 = add(a1, ri(2, 3));
  const t1 = { dept: 'general_surgery', adm: a1, dis: d1, dx: [careful ? 'D12.600' : 'C18.700'], px: [['45.2500', add(a1, 1)]], items: [...ward(a1, d1), ...admLabs(a1, ['002502170010001']), ['002503010040001', add(a1, 1), 1], ...path1(add(a1, 1), 1), ['002301010030001', add(a1, 1), 1]] };
  const c1 = inp(m, h, t1, { doc });
  const a2 = add(d1, gap); const los = ri(9, 12); const d2 = add(a2, los); const op = add(a2, 1);
  const t2 = { dept: 'general_surgery', adm: a2, dis: d2, dx: ['C18.700'], px: [['17.3600x001', op]], items: [...ward(a2, d2, { nurse: '001201000020001' }), ...admLabs(a2), ...preop(a2), ['002502130020001', a2, 2], ...ga(op, 4), ['003302050010001', op, 1], ['C11010150300001825820000001', op, 2], ['C11010150100001004460000001', op, 1], ['C11010150200001895120000001', op, 3], ...path1(add(op, 1), 2), ...iv(op, 4, 'XJ01DCT505B002', 2, 1)] };
  const c2 = inp(m, h, t2, { doc });
  return [[c1, c2], [c1, c2]];
}];
T.T12 = ['低标准入院：门诊可完成的宫颈细胞学/活检/骨穿收住院 (低标准入院/挂床)', (i) => {
  const careful = i >= 10; const a = day(rd()); const los = careful ? 3 : ri(2, 4); const dis = add(a, los);
  let m, t;
  if (i % 3 !== 2) {
    m = adultF({ min: 28, max: 60 });
    t = { dept: 'gynecology', adm: a, dis, dx: [pick(['N87.100', 'N87.101', 'N87.000'])], px: [], items: [...ward(a, dis, { nurse: '001201000040001' }), ['002501010010001', a, 1], ['002502160010001', a, 1], ...path1(add(a, 1), 1), ['002103010080001', a, 1], ...(careful ? iv(a, 2, 'XJ01DCT505B002', 2) : [])] };
  } else {
    m = adult({ min: 30, max: 70 });
    t = { dept: 'hematology', adm: a, dis, dx: ['D50.900'], px: [['41.3800x001', add(a, 1)]], items: [...ward(a, dis, { nurse: '001201000040001' }), ['002501010010001', a, 1], ['002503010160001', add(a, 1), 1], ...path1(add(a, 1), 1), ['XB03AAH503A001', a, 3 * los], ...(careful ? [['002502010010001', a, 1], ['002502020010001', a, 1]] : [])] };
  }
  const h = rnd() < 0.6 ? L1(m.region) : L2(m.region);
  const c = inp(m, h, t); return [[c], [c]];
}];
T.T13 = ['超标准收费：病理/配血/血液成分单价高于本级医院限价 (超标准收费)', (i) => {
  const careful = i >= 9; const m = adult({ min: 30, max: 80 });
  const h = i % 2 ? L1(m.region) : L2(m.region); const up = (code) => { const cap = ROW[code].priceCap; return careful ? cap[h.level + 1] : Math.round(cap['3'] * (1.2 + 0.1 * (i % 3)) * 100) / 100; };
  if (i % 3 === 0) { const doc = doctor(h, 'gastroenterology'); const d = day(rd()); const t = tplPolypOut(h, doc, d, { noPath: true }); t.items.push(['002502200010001', d, 1, { price: up('002502200010001'), mut: true }]); const c = out(m, h, doc, d, t.dx, t.items, { px: t.px }); return [[c], [c]]; }
  if (i % 3 === 1) { const g = adultF({ min: 25, max: 60 }); const doc = doctor(h, 'gynecology'); const d = day(rd()); const c = out(g, h, doc, d, ['N87.000'], [...consult(h, doc, d), ['002502160010001', d, 1, { price: up('002502160010001'), mut: true }], ['002103010080001', d, 1]]); return [[c], [c]]; }
  const a = day(rd()); const t = tplAppy(a); t.items.push(['002502130020001', a, 2, { price: up('002502130020001'), mut: true }]);
  const c = inp(m, h, t); return [[c], [c]];
}];
T.T14 = ['输血相关分解/重复收费：血型每日重复鉴定、静脉输血按袋计次 (分解/重复收费)', (i) => {
  const careful = i >= 9; const a = day(rd());
  const dx = pick([['K92.200', 'D62.x00'], ['D46.900', 'D64.900'], ['D50.000', 'N92.000']]);
  const m = dx[1] === 'N92.000' ? adultF({ min: 30, max: 52 }) : adult({ min: 40, max: 85 });
  const los = ri(5, 7); const dis = add(a, los); const h = L23(m.region);
  const items = [...ward(a, dis, { nurse: '001201000020001' }), ...admLabs(a), ['002502130010001', a, 1], ['002501010030001', add(a, 2), 1]];
  for (let k = 1; k <= 2; k++) {
    const d = add(a, k * 2 - 1);
    if (k > 1 || !careful) items.push(['002502130010001', d, 1, { mut: true }]);
    if (careful) items.push(...transfuse(d, 2));
    else { items.push(['002502130020001', d, 2], ['002600000010001', d, 2], ['001204000210001', d, 1], ['001204000210001', d, ri(3, 4), { mut: true }], ['C14100150200001872210000001', d, 2]); }
  }
  if (careful) items.push(['002502130010001', add(a, 4), 1, { mut: true }]);
  const c = inp(m, h, { dept: dx[0] === 'K92.200' ? 'gastroenterology' : 'hematology', adm: a, dis, dx, px: [['99.0401', add(a, 1)]], items }); return [[c], [c]];
}];
T.T15 = ['限定支付检验超范围：一级医院降钙素原、非糖尿病糖化血红蛋白、低龄PSA (超限定支付)', (i) => {
  const careful = i >= 10; const k = i % 3;
  if (k === 0) { const m = adult({ min: 20, max: 70 }); const h = L1(m.region); const doc = doctor(h, 'internal_medicine'); const d = day(rd()); const c = out(m, h, doc, d, [pick(['J06.900', 'J20.900'])], [...consult(h, doc, d), ['002501010010001', d, 1], ['002502080010001', d, 1], ['002502080020001', d, 1, { price: ROW['002502080020001'].priceCap['1'], mut: true }]]); return [[c], [c]]; }
  if (k === 1) { const m = adult({ min: 35, max: 75 }); const h = L23(m.region); const doc = doctor(h, 'internal_medicine'); const d = day(rd()); const c = out(m, h, doc, d, [careful ? 'R53.x00' : pick(['I10.x00x002', 'K29.500', 'M54.500'])], [...consult(h, doc, d), ['002502050010001', d, 1], ['002502050020001', d, 1, { mut: true }], ['002502040010001', d, 1]]); return [[c], [c]]; }
  const m = adultM({ min: careful ? 36 : 22, max: careful ? 39 : 34 }); const h = L23(m.region); const doc = doctor(h, 'urology'); const d = day(rd());
  const c = out(m, h, doc, d, [pick(['N41.000', 'N39.000'])], [...consult(h, doc, d), ['002501020010001', d, 1], ['002502150010001', d, 1, { mut: true }], ['002103010060001', d, 1]]); return [[c], [c]];
}];

// ======================= CONTROLS =======================
C.C01 = ['淋巴瘤诊断：骨髓穿刺活检+淋巴结标本大套病理 (合法多例病理)', (i) => {
  const m = adult({ min: 25, max: 78 }); const h = L3(m.region); const a = day(rd()); const los = ri(7, 10); const dis = add(a, los); const bm = add(a, 1);
  const t = { dept: 'hematology', adm: a, dis, dx: [pick(['C85.900', 'C83.300', 'C82.000'])], px: [['41.3100', bm], ['41.3800x001', bm]], items: [...ward(a, dis), ...admLabs(a, ['002502110010001', '002502120010001']), ['002503010160001', bm, 1], ...path1(bm, 2), ...path1(add(bm, 1), 2), ['002301010020001', a, 1], ['002301010030001', a, 1], ['002301010040001', a, 1], ['002103010010001', add(a, 1), 1]] };
  const c = inp(m, h, t); return [c];
}];
C.C02 = ['乳腺癌改良根治：前哨冰冻+多组淋巴结石蜡 (合法多例病理)', (i) => { const m = adultF({ min: 35, max: 72 }); const c = inp(m, L3(m.region), tplMastectomy(day(rd()), { nodes: i % 2 === 0 })); return [c]; }];
C.C03 = ['术中冰冻次日转石蜡：甲状腺腺叶切除 (合法冰冻+石蜡)', (i) => { const m = adult({ min: 25, max: 70 }); const c = inp(m, L23(m.region), tplThyroid(day(rd()), { ca: i % 3 === 0 })); return [c]; }];
C.C04 = ['外院病理切片会诊复核：术后数周到上级医院复核 (合法两次病理)', (i) => {
  const m = adult({ min: 35, max: 75 }); const a = day(rd()); const t = i % 2 ? tplThyroid(a, { ca: true }) : tplChole(a);
  const h1 = L2(m.region); const c1 = inp(m, h1, t);
  const h2 = L3(m.region); const doc = doctor(h2, 'pathology'); const d = add(t.dis, ri(10, 30));
  const c2 = out(m, h2, doc, d, [t.dx[0]], [...path1(d, 1)]); return [c1, c2];
}];
C.C05 = ['宫颈上皮内瘤变随访：半年后复查TCT (合法重复细胞学)', (i) => {
  const m = adultF({ min: 25, max: 60 }); const h = L23(m.region); const doc = doctor(h, 'gynecology', i % 4); const d1 = ri(30, 130); const d2 = d1 + ri(170, 190);
  const c1 = out(m, h, doc, day(d1), ['N87.000'], [...consult(h, doc, day(d1)), ['002502160010001', day(d1), 1], ...path1(day(d1), 1), ['002103010080001', day(d1), 1]]);
  const h2 = i % 3 === 0 ? L23(m.region) : h; const doc2 = h2 === h ? doc : doctor(h2, 'gynecology');
  const c2 = out(m, h2, doc2, day(d2), ['N87.000'], [...consult(h2, doc2, day(d2)), ['002502160010001', day(d2), 1]]); return [c1, c2];
}];
C.C06 = ['首次支气管镜活检未确诊、两周后上级医院重复活检 (合法重复活检)', (i) => {
  const m = adult({ min: 45, max: 78 }); const h1 = L2(m.region); const h2 = L3(m.region); const d1 = rd(); const d2 = d1 + ri(12, 25);
  const doc1 = doctor(h1, 'respiratory'); const doc2 = doctor(h2, 'respiratory');
  const c1 = out(m, h1, doc1, day(d1), ['R91.x00'], [...consult(h1, doc1, day(d1)), ['002503010130001', day(d1), 1], ...path1(day(d1), 1), ['002502060010001', day(d1), 1]], { px: [['33.2400', day(d1)]] });
  const c2 = out(m, h2, doc2, day(d2), [i % 3 ? 'C34.100' : 'R91.x00'], [...consult(h2, doc2, day(d2)), ['002301010020001', day(d2), 1], ['002503010130001', day(d2), 1], ...path1(day(d2), 2), ['002502060010001', day(d2), 1], ['002502170010001', day(d2), 1]], { px: [['33.2400', day(d2)]] });
  return [c1, c2];
}];
C.C07 = ['择期大手术备血配血未输血 (合法配血无输血)', (i) => { const m = adult({ min: 55, max: 88 }); const t = i % 2 ? tplHip(day(rd())) : tplGastrectomy(day(rd())); const c = inp(m, i % 2 ? L23(m.region) : L3(m.region), t); return [c]; }];
C.C08 = ['产后出血大量输血：红细胞+血浆+血小板 (合法大量输血)', (i) => {
  const m = member({ g: 'F', age: ri(22, 40) }); const a = day(rd()); const los = ri(5, 8); const dis = add(a, los); const h = L23(m.region);
  const rbc1 = ri(4, 6), rbc2 = ri(2, 4); const ffp = ri(4, 8);
  const items = [...ward(a, dis, { nurse: '001201000020001' }), ...admLabs(a), ['002502130010001', a, 1], ['002103010070001', a, 1], ['003305010020001', a, 1], ['XH01BBS504B002', a, 4], ['XG02ABM506B002', a, 1], ['XB02AAA519B002', a, 2], ['002501010010001', add(a, 1), 1], ['002502060010001', add(a, 1), 1],
    ...transfuse(a, rbc1, { ffp, plt: i % 3 === 0 ? 1 : 0, episodes: 2, sets: 3 }), ...transfuse(add(a, 1), rbc2, { ffp: i % 2 ? 4 : 0 }), ...iv(a, 3, 'XJ01DCT505B002', 2)];
  const c = inp(m, h, { dept: 'obstetrics', adm: a, dis, dx: ['O72.100', 'D62.x00', 'Z37.000'], px: [['73.5900', a], ['99.0401', a], ['99.0701', a]], items }, { admissionRoute: 'emergency' }); return [c];
}];
C.C09 = ['急性消化道大出血多日输血 (合法大量输血)', (i) => {
  const m = adult({ min: 40, max: 85 }); const a = day(rd()); const los = ri(6, 10); const dis = add(a, los); const h = L3(m.region);
  const dx = pick([['K92.200', 'D62.x00'], ['K25.000', 'D62.x00'], ['I85.000', 'K74.600', 'D62.x00']]);
  const items = [...ward(a, dis, { nurse: '001201000020001' }), ...admLabs(a), ['002502130010001', a, 1], ['002503010030001', add(a, 1), 1], ['XA02BCA515B002', a, 2], ['XA02BCA515B002', add(a, 1), 2], ['XA02BCA515B002', add(a, 2), 2], ['001209000010001', a, 24],
    ...transfuse(a, ri(3, 4), { ffp: 4, episodes: 2, sets: 2 }), ...transfuse(add(a, 1), 2), ['002501010010001', add(a, 1), 1], ['002501010010001', add(a, 2), 1], ...(i % 2 ? transfuse(add(a, 2), 2) : []), ...iv(a, 4, 'XB02AAA519B002', 2)];
  const c = inp(m, h, { dept: 'gastroenterology', adm: a, dis, dx, px: [['44.1300', add(a, 1)], ['99.0401', a]], items }, { admissionRoute: 'emergency' }); return [c];
}];
C.C10 = ['骨髓增生异常综合征/再障门诊规律输血 (合法反复输血)', (i) => {
  const m = adult({ min: 45, max: 85 }); const h = L23(m.region); const doc = doctor(h, 'hematology', i % 4); const d0 = rd(); const cl = [];
  for (let k = 0; k < 3; k++) { const d = day(d0 + k * ri(14, 21)); cl.push(out(m, h, doc, d, [i % 2 ? 'D46.900' : 'D61.900', 'D64.900'], [...consult(h, doc, d), ['002501010010001', d, 1], ...(k === 0 ? [['002502130010001', d, 1]] : []), ...transfuse(d, 2)])); }
  return cl;
}];
C.C11 = ['肝硬化低蛋白血症输注白蛋白 (限定范围内血液制品)', (i) => {
  const m = adult({ min: 40, max: 80 }); const a = day(rd()); const los = ri(7, 11); const dis = add(a, los); const h = L23(m.region);
  const items = [...ward(a, dis), ...admLabs(a, ['002502170020001']), ['002103010010001', a, 1], ...iv(a, 4, 'XV03ABH501B002', 2)];
  for (let k = 1; k <= 4; k++) items.push(['XB05AAR504B002', add(a, k), 1]);
  const c = inp(m, h, { dept: 'gastroenterology', adm: a, dis, dx: ['K74.600', 'E88.000'], px: [], items }); return [c];
}];
C.C12 = ['特发性血小板减少性紫癜静注丙球 (限定范围内血液制品)', (i) => {
  const m = adult({ min: 18, max: 70 }); const a = day(rd()); const los = ri(6, 8); const dis = add(a, los); const h = L3(m.region);
  const items = [...ward(a, dis), ...admLabs(a), ['002501010010001', add(a, 3), 1], ['002501010010001', add(a, 5), 1]];
  for (let k = 0; k < 5; k++) items.push(['XJ06BAJ501B002', add(a, k), 8]);
  if (i % 3 === 0) items.push(...transfuse(a, 0, { plt: 1 }));
  const c = inp(m, h, { dept: 'hematology', adm: a, dis, dx: ['D69.300'], px: [['99.1400', a]], items }); return [c];
}];
C.C13 = ['院内死亡：抢救期间输血与检验均在死亡日前 (合法死亡病例)', (i) => {
  const m = adult({ min: 55, max: 90 }); const a = day(rd()); const los = ri(2, 6); const dis = add(a, los); const h = L3(m.region);
  const items = [...ward(a, dis, { nurse: '001201000020001', bed: '001105000030001' }), ...admLabs(a, ['002502090010001']), ['002502130010001', a, 1], ...transfuse(a, 4, { ffp: 4, episodes: 2, sets: 2 }), ...transfuse(add(a, 1), 2), ['001209000010001', a, 24], ['001209000010001', add(a, 1), 24], ['XC01CAQ502B002', a, 4], ['XC01CAQ502B002', add(a, 1), 4]];
  const c = inp(m, h, { dept: 'emergency', adm: a, dis, dx: [pick(['I85.000', 'K92.200', 'R57.100'])], px: [['99.0401', a]], items }, { dischargeMode: 'death', admissionRoute: 'emergency' }); return [c];
}];
C.C14 = ['出院当日出病理报告、两周后门诊换药拆线 (合法出院后单据)', (i) => {
  const m = adult({ min: 30, max: 75 }); const a = day(rd()); const t = i % 2 ? tplChole(a, { noPath: true }) : tplHernia(a); if (i % 2) t.items.push(...path1(t.dis, 1));
  const h = L23(m.region); const c1 = inp(m, h, t); const doc = doctor(h, 'general_surgery'); const d = add(t.dis, ri(6, 14));
  const c2 = out(m, h, doc, d, ['Z09.000'], [...consult(h, doc, d), ['003309040010001', d, 1], ['001205000010001', d, 1], ['C14020150200001397260000001', d, 1]]); return [c1, c2];
}];
C.C15 = ['恶性肿瘤术后规律随访：每三个月复查肿瘤标志物 (合法重复检验)', (i) => {
  const ca = ['C18.700', 'C50.900', 'C16.900', 'C34.100'][i % 4]; const m = ca === 'C50.900' ? adultF({ min: 35, max: 70, chronic: [ca.slice(0, 3)] }) : adult({ min: 40, max: 78, chronic: [ca.slice(0, 3)] });
  const h = L23(m.region); const doc = doctor(h, 'oncology', i % 4); const d0 = ri(20, 60); const cl = [];
  for (let k = 0; k < 3; k++) { const d = day(d0 + k * ri(85, 95)); cl.push(out(m, h, doc, d, ['Z08.000', ca], [...consult(h, doc, d), ...markers(d, m.gender), ['002501010010001', d, 1], ['002502010010001', d, 1], ...(k === 1 ? [['002301010020001', d, 1]] : [])])); }
  return cl;
}];
C.C16 = ['妇科门诊有症状女性同日多例TCT (合法批量细胞学)', (i) => {
  const r = RK[Math.floor(i / 5)]; const h = hosp(r, 1 + (Math.floor(i / 5) % 2), 0); const doc = doctor(h, 'gynecology', 2); const d = day(150 + Math.floor(i / 5) * 30);
  const m = adultF({ min: 25, max: 65, region: r });
  const c = out(m, h, doc, d, [pick(['N93.000', 'N72.x00', 'N95.000'])], [...consult(h, doc, d), ['002502160010001', d, 1], ['002103010080001', d, 1], ...(i % 2 ? [['002501010010001', d, 1]] : [])]); return [c];
}];
C.C17 = ['门诊检查当日收入院 (合法同日门诊+住院)', (i) => {
  const m = adult({ min: 30, max: 80 }); const h = L23(m.region); const a = day(rd()); const t = i % 2 ? tplChole(a) : tplPneumonia(a);
  const doc = doctor(h, t.dept); const c1 = out(m, h, doc, a, [t.dx[0]], [...consult(h, doc, a), ['002501010010001', a, 1], ['002103010010001', a, 1]]);
  const c2 = inp(m, h, t, { doc }); return [c1, c2];
}];
C.C18 = ['异地就医：参保地外三级医院肿瘤手术冰冻+石蜡 (合法异地)', (i) => {
  const home = RK[i % RK.length]; const m = adult({ min: 35, max: 72, region: home, g: i % 3 === 0 ? 'F' : undefined });
  const away = RK[(i + 3) % RK.length]; const a = day(rd());
  const t = m.gender === 'F' && i % 3 === 0 ? tplMastectomy(a) : tplGastrectomy(a);
  const hB = L3(away); const c2 = inp(m, hB, t, { admissionRoute: 'transfer' });
  const hA = L2(home); const doc = doctor(hA, 'oncology'); const d = add(a, -ri(10, 20));
  const c1 = out(m, hA, doc, d, [t.dx[0]], [...consult(hA, doc, d), ...markers(d, m.gender), ['002501010010001', d, 1]]); return [c1, c2];
}];
C.C19 = ['计划性化疗每21天再入院 (合法短间隔再入院)', (i) => {
  const ca = i % 2 ? 'C50.900' : 'C34.100'; const m = ca === 'C50.900' ? adultF({ min: 35, max: 70 }) : adult({ min: 45, max: 75 });
  const h = L3(m.region); const doc = doctor(h, 'oncology', i % 4); const d0 = rd() - 20; const cl = [];
  for (let k = 0; k < 3; k++) {
    const a = day(d0 + k * 21); const dis = add(a, 2);
    const items = [...ward(a, dis), ['002501010010001', a, 1], ['002502010010001', a, 1], ['002502020010001', a, 1], ['XL01CDZ508B002', add(a, 1), 2], ['XL01XAS512B002', add(a, 1), 4], ['003310020010001', add(a, 1), 2], ['XA04AAA524B002', add(a, 1), 2], ['XH02ABD515B002', add(a, 1), 2], ['001204000010001', add(a, 1), 1], ['001204000020001', add(a, 1), 2], ['C14010150400001288520000001', add(a, 1), 1], ['XB05BBL511B002', add(a, 1), 3]];
    cl.push(inp(m, h, { dept: 'oncology', adm: a, dis, dx: ['Z51.102', ca], px: [['99.2500', add(a, 1)]], items }, { doc }));
  }
  return cl;
}];
C.C20 = ['肠镜活检确诊后三周再入院根治手术 (合法分期诊疗)', (i) => {
  const m = adult({ min: 45, max: 82 }); const h = L3(m.region); const doc = doctor(h, 'general_surgery', i % 4);
  const a1 = day(rd()); const d1 = add(a1, 3);
  const t1 = { dept: 'general_surgery', adm: a1, dis: d1, dx: ['C18.700', 'I10.x00x002'], px: [['45.2500', add(a1, 1)]], items: [...ward(a1, d1), ...admLabs(a1, ['002502170010001']), ['002503010040001', add(a1, 1), 1], ...path1(add(a1, 1), 1), ['002301010030001', add(a1, 2), 1], ['002301010040001', add(a1, 2), 1]] };
  const c1 = inp(m, h, t1, { doc });
  const a2 = add(d1, ri(18, 28)); const d2 = add(a2, ri(9, 12)); const op = add(a2, 1);
  const t2 = { dept: 'general_surgery', adm: a2, dis: d2, dx: ['C18.700'], px: [['17.3600x001', op]], items: [...ward(a2, d2, { nurse: '001201000020001' }), ...admLabs(a2), ...preop(a2), ['002502130020001', a2, 2], ...ga(op, 4), ['003302050010001', op, 1], ['C11010150300001825820000001', op, 2], ['C11010150100001004460000001', op, 1], ['C11010150200001895120000001', op, 3], ...path1(add(op, 1), 2), ...iv(op, 4, 'XJ01DCT505B002', 2, 1)] };
  const c2 = inp(m, h, t2, { doc }); return [c1, c2];
}];
C.C21 = ['发热伴全血细胞减少住院骨髓穿刺活检 (合法短期住院检查)', (i) => {
  const m = adult({ min: 18, max: 80 }); const a = day(rd()); const los = ri(4, 7); const dis = add(a, los); const h = L23(m.region); const bm = add(a, 1);
  const items = [...ward(a, dis, { nurse: '001201000020001' }), ...admLabs(a, ['002502080010001']), ['002502080020001', a, 1], ['002502140010001', a, 1], ['002502130010001', a, 1], ['002503010160001', bm, 1], ...path1(bm, 2), ...iv(a, los - 1, 'XJ01CRP501B002', 3), ...(i % 3 === 0 ? transfuse(add(a, 2), 0, { plt: 1 }) : [])];
  const c = inp(m, h, { dept: 'hematology', adm: a, dis, dx: [pick(['D61.900', 'C92.000', 'D46.900']), 'R50.900'], px: [['41.3100', bm], ['41.3800x001', bm]], items }, { admissionRoute: 'emergency' }); return [c];
}];
C.C22 = ['按本级医院限价上限收取病理/配血/输血费 (合法足额收费)', (i) => {
  const m = adult({ min: 30, max: 80 }); const lv = 1 + (i % 3); const h = hosp(m.region, lv, 0);
  if (lv === 1) { const doc = doctor(h, 'gynecology'); const d = day(rd()); const g = adultF({ min: 25, max: 60, region: m.region }); const c = out(g, h, doc, d, ['N87.000'], [...consult(h, doc, d), ['002502160010001', d, 1, { factor: 1 }], ...path1(d, 1, { factor: 1 })]); return [c]; }
  const a = day(rd()); const t = tplAppy(a); t.items.push(['002502130020001', a, 2, { factor: 1 }]); const c = inp(m, h, t); return [c];
}];
C.C23 = ['缺铁性贫血/消化道出血隔日输血：按单位配血、每次一次静脉输血 (合法多次输血)', (i) => {
  const m = adult({ min: 40, max: 85 }); const a = day(rd()); const los = ri(6, 8); const dis = add(a, los); const h = L23(m.region);
  const dx = pick([['K92.200', 'D62.x00'], ['D50.000', 'K29.500'], ['D46.900', 'D64.900']]);
  const items = [...ward(a, dis, { nurse: '001201000020001' }), ...admLabs(a), ['002502130010001', a, 1], ...transfuse(add(a, 1), 2), ['002501010030001', add(a, 2), 1], ...transfuse(add(a, 3), 2), ['002501010010001', add(a, 4), 1], ['XB03AAH503A001', add(a, 4), 3 * (los - 4)]];
  const c = inp(m, h, { dept: dx[0] === 'K92.200' ? 'gastroenterology' : 'hematology', adm: a, dis, dx, px: [['99.0401', add(a, 1)]], items }); return [c];
}];
C.C24 = ['限定支付检验在限定范围内：二三级医院降钙素原、糖尿病糖化、老年男性PSA (合法)', (i) => {
  const k = i % 3; const d = day(rd());
  if (k === 0) { const m = adult({ min: 50, max: 85 }); const c = inp(m, L23(m.region), (() => { const t = tplPneumonia(d); t.items.push(['002502080020001', d, 1], ['002502080020001', add(d, 3), 1]); return t; })()); return [c]; }
  if (k === 1) { const m = adult({ min: 40, max: 80, chronic: ['E11'] }); const h = L23(m.region); const doc = doctor(h, 'endocrinology'); const c = out(m, h, doc, d, ['E11.900'], [['001109000010001', d, 1], ['002502050010001', d, 1], ['002502050020001', d, 1], ['XA10BAE503A001', d, 90]], { vt: 'chronic' }); return [c]; }
  const m = adultM({ min: 55, max: 85 }); const h = L23(m.region); const doc = doctor(h, 'urology'); const c = out(m, h, doc, d, ['N40.x00'], [...consult(h, doc, d), ['002501020010001', d, 1], ['002502150010001', d, 1], ['002103010060001', d, 1], ['XG04CAT510A003', d, 28]]); return [c];
}];

// ======================= ROUTINE =======================
function routine(i) {
  const k = i % 10; const d = day(rd());
  switch (k) {
    case 0: { const m = adult({ min: 18, max: 70 }); const h = L1(m.region); const doc = doctor(h, 'internal_medicine'); return out(m, h, doc, d, ['J06.900'], [...consult(h, doc, d), ['002501010010001', d, 1], ['ZA01BAL514A001', d, 24]]); }
    case 1: { const m = adult({ min: 45, max: 80, chronic: ['I10'] }); const h = L23(m.region); const doc = doctor(h, 'internal_medicine'); return out(m, h, doc, d, ['I10.x00x002'], [['001109000010001', d, 1], ['XC08CAA512A001', d, 30], ['002502020010001', d, 1]], { vt: 'chronic' }); }
    case 2: { const m = adult({ min: 40, max: 75, chronic: ['E11'] }); const h = L23(m.region); const doc = doctor(h, 'endocrinology'); return out(m, h, doc, d, ['E11.900'], [['001109000010001', d, 1], ['XA10BAE503A001', d, 90], ['002502050010001', d, 1]], { vt: 'chronic' }); }
    case 3: { const m = adult({ min: 30, max: 70 }); const h = L23(m.region); const doc = doctor(h, 'gastroenterology'); return out(m, h, doc, d, ['K29.500'], [...consult(h, doc, d), ['002503010030001', d, 1], ...path1(d, 1), ['XA02BCA515A001', d, 28]]); }
    case 4: { const m = adult({ min: 25, max: 70 }); return inp(m, L23(m.region), tplChole(d)); }
    case 5: { const m = adult({ min: 15, max: 60 }); return inp(m, L23(m.region), tplAppy(d)); }
    case 6: { const m = adult({ min: 50, max: 88 }); return inp(m, L23(m.region), tplPneumonia(d)); }
    case 7: { const m = member({ g: 'F', age: ri(22, 38) }); const h = L23(m.region); const dis = add(d, 3); const items = [...ward(d, dis), ...admLabs(d), ['002502130010001', d, 1], ['003305010020001', d, 1], ['XH01BBS504B002', d, 2], ['002503010090001', d, 2], ['002103010070001', d, 1]]; return inp(m, h, { dept: 'obstetrics', adm: d, dis, dx: ['O80.000', 'Z37.000'], px: [['73.5900', d]], items }, { admissionRoute: 'emergency' }); }
    case 8: { const m = adultF({ min: 25, max: 60 }); const h = L23(m.region); const doc = doctor(h, 'gynecology'); return out(m, h, doc, d, [pick(['N72.x00', 'N93.000'])], [...consult(h, doc, d), ['002502160010001', d, 1], ['002103010080001', d, 1]]); }
    default: { const m = adult({ min: 25, max: 70 }); return inp(m, L23(m.region), tplHernia(d)); }
  }
}

// ---------- build ----------
for (const [code, [name, fn]] of Object.entries(T)) for (let i = 0; i < 15; i++) { const [claims, targets] = fn(i); label('fraud', code, name, i, claims, targets, true); }
for (const [code, [name, fn]] of Object.entries(C)) for (let i = 0; i < 15; i++) { const claims = fn(i); label('control', code, name, i, claims, claims, false); }
for (let i = 0; i < 100; i++) { const c = routine(i); LABELS.push({ caseId: `B82-R-${String(i + 1).padStart(3, '0')}`, kind: 'routine', code: 'R', name: 'routine', claimIds: [c.claimId], targets: [c.claimId], mutatedLines: {} }); }

// checks: dates inside stays, prices within caps unless mutated, every claim labelled once
for (const c of CLAIMS) {
  for (const it of c.items) {
    if (c.visitType === 'inpatient' && (it.date < c.admissionDate || it.date > c.dischargeDate)) throw new Error(`${c.claimId} line ${it.lineId} outside stay`);
    if (c.visitType !== 'inpatient' && it.date !== c.visitDate) throw new Error(`${c.claimId} line ${it.lineId} off visit date`);
    if (it.unitPrice > ROW[it.code].priceCap[c.provider.level] + 1e-9 && !c._mut.includes(it.lineId)) throw new Error(`${c.claimId} line ${it.lineId} over cap`);
  }
}

const sorted = CLAIMS.slice().sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._seq - b._seq));
computeAmounts(sorted);
let groups = {};
if (GROUPS && fs.existsSync(GROUPS)) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); if (g.claimId && g.grouping && g.grouping.drg) groups[g.claimId] = g.grouping.drg; }
const outLines = sorted.map((c) => {
  if (c.visitType === 'inpatient' && groups[c.claimId]) c.reportedGroup = { drg: groups[c.claimId], dip: null };
  const o = {}; for (const k of Object.keys(c)) if (!k.startsWith('_')) o[k] = c[k];
  o.items = c.items.map((it) => { const x = {}; for (const k of Object.keys(it)) if (!k.startsWith('_')) x[k] = it[k]; return x; });
  return JSON.stringify(o);
});
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), outLines.join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
fs.writeFileSync(path.join(OUT, 'doctors.json'), JSON.stringify(Object.values(DOCS), null, 1) + '\n');
console.error(`blind82: ${CLAIMS.length} claims, ${LABELS.length} cases (${LABELS.filter((l) => l.kind === 'fraud').length} fraud, ${LABELS.filter((l) => l.kind === 'control').length} control, ${LABELS.filter((l) => l.kind === 'routine').length} routine)`);
