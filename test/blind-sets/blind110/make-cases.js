#!/usr/bin/env node
// blind110 — orthopaedics and trauma, written on the real catalogue rows. Fixed seed 1100110.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = args[0]; if (!OUT) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k, d) => { const i = args.indexOf(k); return i > 0 ? args[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base109/rules/catalogue');
const GROUPS = opt('--groups', null);
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));

// ---------- random ----------
let seed = 1100110;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];

// ---------- catalogue ----------
const ROW = {};
for (const f of fs.readdirSync(CAT).filter(f => /^(services|drugs|consumables).*\.json$/.test(f))) {
  const j = JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8'));
  for (const r of j.rows || []) ROW[r.code] = r;
}
const byName = {}; for (const c in ROW) byName[ROW[c].name] = c;
function code(name) { const c = byName[name]; if (!c) throw new Error('no catalogue row named ' + name); return c; }

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const fen = (y) => Math.round(y * 100);

// ---------- regions, institutions, doctors ----------
const REGIONS = {
  '510100': { prov: '51', name: '成都' }, '370100': { prov: '37', name: '济南' }, '220100': { prov: '22', name: '长春' },
};
const INST = {};
function inst(id, region, level, kind, depts) { INST[id] = { id, region, level, kind, depts }; }
for (const r of Object.keys(REGIONS)) {
  const p = r.slice(0, 4);
  inst(`H${p}0001`, r, 3, 'public-3', ['orthopaedics', 'spine', 'emergency', 'rehabilitation']);
  inst(`H${p}0002`, r, 2, 'public-2', ['orthopaedics', 'emergency', 'rehabilitation']);
  inst(`H${p}0003`, r, 2, 'private-ortho', ['orthopaedics']);
  inst(`H${p}0004`, r, 1, 'community', ['general']);
  inst(`Y${p}0005`, r, 1, 'pharmacy', ['pharmacy']);
}
const DOCS = {};
function doctor(h, dept) { const k = h + dept; if (!DOCS[k]) { DOCS[k] = []; for (let i = 1; i <= 3; i++) DOCS[k].push(`D${h.slice(1)}${dept.slice(0, 2).toUpperCase()}${i}`); } return pick(DOCS[k]); }
const H = (region, n) => `H${region.slice(0, 4)}000${n}`;
const PH = (region) => `Y${region.slice(0, 4)}0005`;

// ---------- members ----------
let memberSeq = 0;
function member(o = {}) {
  memberSeq++;
  const age = o.age != null ? o.age : ri(25, 80);
  const gender = o.gender || pick(['M', 'F']);
  const by = 2025 - age; const bd = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const insuranceType = o.ins || (age >= 18 && rnd() < 0.7 ? 'employee' : 'resident');
  const retired = insuranceType === 'employee' && age >= (gender === 'M' ? 60 : 55);
  return {
    insuredId: 'P110' + String(memberSeq).padStart(6, '0'), gender, birthDate: bd, retired, insuranceType, age,
    region: o.region || pick(Object.keys(REGIONS)),
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(3, 15), lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears: insuranceType === 'employee' ? Math.max(1, Math.min(age - 20, 35)) : 0, special: null },
    used: { outPolicy: 0, outFund: 0, phFund: 0, inFund: 0, admissions: 0 },
  };
}
function ageOn(m, date) { const b = D(m.birthDate), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }

// ---------- lines ----------
function mkLines() { const L = []; L.add = (name, date, qty = 1, o = {}) => { L.push({ name, date, qty, ...o }); return L; }; return L; }

// ---------- claim building ----------
let claimSeq = 0; const CLAIMS = [];
function checkLine(c, it, row, m, dateCounts) {
  const lvl = c.provider.level;
  const where = `${c.claimId} line ${it.lineId} ${row.name}`;
  if (row.setting === 'inpatient' && c.visitType !== 'inpatient') throw new Error(where + ': inpatient only');
  if (row.setting === 'outpatient' && c.visitType === 'inpatient') throw new Error(where + ': outpatient only');
  if (row.minLevel && lvl < row.minLevel) throw new Error(where + ': min level');
  if (row.gender && row.gender !== m.gender) throw new Error(where + ': gender');
  const a = ageOn(m, it.date);
  if (row.ageMin != null && a < row.ageMin) throw new Error(where + ': age min');
  if (row.ageMax != null && a > row.ageMax) throw new Error(where + ': age max');
  if (row.indications) { const dx = c.diagnoses.map(d => d.code); if (!row.indications.some(p => dx.some(d => d.startsWith(p))) && !(row.indicationProcedures && c.procedures && row.indicationProcedures.some(p => c.procedures.some(x => x.code.startsWith(p))))) throw new Error(where + ': indication'); }
  if (row.maxPerDay != null && dateCounts[row.code + it.date] > row.maxPerDay) throw new Error(where + ': maxPerDay ' + dateCounts[row.code + it.date]);
}
function claim(m, o) {
  // o: {visitType, hospital, dept, doctor, date | admit, discharge, dx, procs, lines, fraudLines:Set(index), admissionRoute, dischargeMode, transferFrom, priceOverride}
  const I = INST[o.hospital]; claimSeq++;
  const c = { claimId: `${I.region}-${I.id}-2025-${String(claimSeq).padStart(6, '0')}`, region: I.region, insuranceType: m.insuranceType, visitType: o.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired }, enrollment: { ...m.enrollment },
    provider: { hospitalId: I.id, level: I.level, department: o.dept || I.depts[0], doctorId: o.doctor || doctor(I.id, o.dept || I.depts[0]) } };
  if (m.region !== I.region) c.insuredRegion = m.region;
  if (o.visitType === 'inpatient') { c.admissionDate = o.admit; c.dischargeDate = o.discharge; c.admissionRoute = o.admissionRoute || 'outpatient'; c.dischargeMode = o.dischargeMode || 'ordered'; if (o.transferFrom) c.transferFromHospitalId = o.transferFrom; }
  else c.visitDate = o.date;
  c.diagnoses = o.dx.map((d, i) => i === 0 ? { code: d, principal: true } : { code: d });
  for (const d of o.dx) if (!DX[d]) throw new Error('unknown diagnosis ' + d);
  if (o.visitType === 'inpatient') { c.procedures = (o.procs || []).map(p => { if (!PX[p.code]) throw new Error('unknown procedure ' + p.code); return { code: p.code, date: p.date }; }); c.reportedGroup = { drg: null, dip: null }; }
  const dateCounts = {}; const items = []; const mut = [];
  let tot = 0, pol = 0;
  o.lines.forEach((l, i) => {
    const cd = code(l.name); const row = ROW[cd];
    const price = l.price != null ? l.price : row.priceCap[String(I.level)];
    const amt = Math.round(fen(price) * l.qty);
    const it = { lineId: String(i + 1), code: cd, name: row.name, category: row.category, date: l.date, quantity: l.qty, unitPrice: fen(price) / 100, amount: amt / 100 };
    if (l.long) it.longPrescription = true;
    items.push(it);
    dateCounts[cd + l.date] = (dateCounts[cd + l.date] || 0) + l.qty;
    tot += amt;
    const share = row.class === '丙' ? 1 : (row.selfPayShare || 0);
    pol += Math.round(amt * (1 - share));
    if (l.fraud) mut.push(it.lineId);
    it._fraud = !!l.fraud;
  });
  c.items = items;
  for (const it of items) {
    const row = ROW[it.code];
    if (!it._fraud) {
      checkLine(c, it, row, m, dateCounts);
      if (row.maxDays) { const ds = new Set(items.filter(x => x.code === it.code).map(x => x.date)); if (ds.size > row.maxDays) throw new Error(c.claimId + ' maxDays ' + row.name); }
      if (c.visitType === 'inpatient' && (it.date < c.admissionDate || it.date > c.dischargeDate)) throw new Error(c.claimId + ' line outside stay ' + it.name);
      if (c.visitType !== 'inpatient' && it.date !== c.visitDate) throw new Error(c.claimId + ' line date');
    }
    delete it._fraud;
  }
  // fund
  const prov = POL.provinces[(c.insuredRegion || c.region).slice(0, 2)];
  const sch = prov.schemes[m.insuranceType];
  const vt = o.visitType === 'chronic' ? 'chronic' : o.visitType;
  const P = sch[vt];
  let fund = 0;
  if (vt === 'inpatient') {
    let ded = fen(P.deductible[String(I.level)]);
    if (P.laterAdmissionDeductibleShare && m.used.admissions > 0) ded = Math.round(ded * P.laterAdmissionDeductibleShare);
    const ratio = Math.min(P.ratio[String(I.level)] + (m.retired ? P.retireeRatioBonus : 0), P.maxRatio || 1);
    fund = Math.max(0, pol - ded) * ratio;
    fund = Math.min(fund, fen(P.annualFundCap) - m.used.inFund);
    m.used.admissions++; m.used.inFund += Math.round(fund);
  } else {
    const dedTot = fen(P.deductible || 0);
    const dedLeft = Math.max(0, dedTot - m.used.outPolicy);
    const ratio = P.ratio[String(I.level)] + (m.retired ? P.retireeRatioBonus : 0);
    fund = Math.max(0, pol - dedLeft) * ratio;
    let cap = fen(P.annualFundCap);
    const reg = prov.regions && prov.regions[c.insuredRegion || c.region];
    if (reg && reg.schemes && reg.schemes[m.insuranceType] && reg.schemes[m.insuranceType][vt] && reg.schemes[m.insuranceType][vt].annualFundCap) cap = fen(reg.schemes[m.insuranceType][vt].annualFundCap);
    const usedKey = vt === 'pharmacy' ? 'phFund' : 'outFund';
    fund = Math.min(fund, cap - m.used[usedKey]);
    m.used.outPolicy += pol; m.used[usedKey] += Math.round(fund);
  }
  fund = Math.max(0, Math.round(fund));
  if (o.inflateFund) { fund = Math.round(pol * o.inflateFund); }
  c.amounts = { total: tot / 100, policy: pol / 100, fundClaimed: fund / 100 };
  c._mut = mut; c._sort = c.dischargeDate || c.visitDate;
  CLAIMS.push(c);
  return c;
}
const DX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/diagnoses.json', 'utf8'));
const PX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/procedures.json', 'utf8'));

// ---------- clinical building blocks ----------
function admissionWorkup(L, d, o = {}) {
  L.add('血常规(五分类)', d).add('尿常规', d).add('肝功能(全套)', d).add('肾功能(三项)', d).add('电解质(四项)', d).add('凝血四项', d)
    .add('空腹血糖测定', d).add('常规心电图检查', d).add('静脉采血', d);
  if (o.surgery) L.add('术前八项(感染筛查)', d).add('血型鉴定(ABO+Rh)', d).add('胸部X线摄影(正侧位)', d);
  if (o.ddimer) L.add('D-二聚体测定', d);
}
function ward(L, admit, discharge, o = {}) {
  // per night (not the discharge day): bed, 住院诊查费, nursing
  const n = diff(admit, discharge) || 1;
  for (let i = 0; i < n; i++) {
    const d = add(admit, i);
    L.add(o.bed || '普通病房床位费(三人间)', d).add('住院诊查费', d);
    const nurse = (o.nurse1 && o.nurse1.includes(i)) ? 'Ⅰ级护理' : (o.nurse3 ? 'Ⅲ级护理' : 'Ⅱ级护理');
    L.add(nurse, d);
  }
}
function ivDay(L, d, bottles = 2) { L._iv = L._iv || {}; if (d in L._iv) { L.add('氯化钠注射液', d, bottles); const q = Math.min(bottles, 5 - L._iv[d]); if (q > 0) L.add('静脉输液(每增加一组)', d, q); L._iv[d] += bottles; return; } L._iv[d] = bottles - 1; L.add('静脉输液(第一组)', d).add('一次性使用输液器', d).add('氯化钠注射液', d, bottles); if (bottles > 1) L.add('静脉输液(每增加一组)', d, bottles - 1); }
function surgeryDay(L, d, o) {
  // o: {service, anaesth: 'general'|'spinal', hours, implants: [[name, qty, price?, fraud?]], extra}
  if (o.anaesth === 'spinal') L.add('椎管内麻醉', d).add('一次性使用麻醉穿刺包', d);
  else L.add('全身麻醉', d, o.hours || 2, o.hoursFraud ? { fraud: true } : {}).add('丙泊酚中/长链脂肪乳注射液', d, 2).add('枸橼酸芬太尼注射液', d, 2).add('一次性气管插管', d);
  L.add(o.service, d, 1, o.serviceFraud ? { fraud: true } : {});
  for (const im of o.implants || []) L.add(im[0], d, im[1], { price: im[2], fraud: im[3] });
  L.add('一次性手术衣及铺单包', d).add('一次性电刀笔', d).add('可吸收缝线', d, 3).add('医用脱脂纱布', d, 4).add('一次性使用导尿包', d);
  L.add('注射用头孢呋辛钠', d, 2).add('一次性使用静脉留置针', d).add('静脉留置针置管', d);
  ivDay(L, d, 3);
  if (o.tranexamic) L.add('氨甲环酸注射液', d, 2);
}
function postOp(L, d0, days, o = {}) {
  // days after surgery day d0 (1..days)
  for (let k = 1; k <= days; k++) {
    const d = add(d0, k);
    if (k === 1) { L.add('注射用头孢呋辛钠', d, 2); ivDay(L, d, 2); L.add('血常规(五分类)', d).add('静脉采血', d); }
    if (k === 1 && o.xray) L.add(o.xray, d);
    if (o.lmwh && k <= Math.min(days, 13)) L.add('依诺肝素钠注射液', d).add('皮下注射', d);
    if (k % 2 === 0) L.add('换药(中)', d).add('一次性使用换药包', d);
    if (k <= 3) L.add('塞来昔布胶囊', d, 2);
    if (o.rehabFrom && k >= o.rehabFrom) L.add('运动疗法', d);
  }
}

// ---------- labels ----------
const LABELS = []; let caseSeq = 0;
function label(kind, code, name, claims, targets, variant, fraudByClaim) {
  caseSeq++;
  const mutatedLines = {};
  if (kind === 'fraud') for (const c of targets) if (c._mut.length) mutatedLines[c.claimId] = c._mut.slice();
  LABELS.push({ caseId: 'B110-' + String(caseSeq).padStart(4, '0'), kind, code, name, claimIds: claims.map(c => c.claimId), targets: (kind === 'fraud' ? targets : claims).map(c => c.claimId), mutatedLines, typology: code, variant });
}
const month = () => `2025-${String(ri(1, 11)).padStart(2, '0')}-${String(ri(1, 26)).padStart(2, '0')}`;
const orthoDept = 'orthopaedics';

// ---------- standard episodes ----------
// ankle fracture ORIF (level 2 or 3)
function ankleORIF(m, h, admit, o = {}) {
  const L = mkLines(); const los = o.los || ri(6, 9); const dis = add(admit, los); const sd = add(admit, o.opDay || 2);
  ward(L, admit, dis, { nurse1: [o.opDay || 2] });
  admissionWorkup(L, admit, { surgery: true });
  L.add('数字化X线摄影(DR)(四肢)', admit).add('四肢关节CT平扫', admit, 1);
  if (!o.noRoutineIv) ivDay(L, add(admit, 1), 1);
  surgeryDay(L, sd, { service: '踝关节骨折切开复位内固定术', hours: o.hours || 2, hoursFraud: o.hoursFraud, implants: o.implants || [['接骨板', 1], ['骨科螺钉', 7]] });
  if (o.monitorFraud) L.add('心电监测', sd, 24, { fraud: true }).add('血氧饱和度监测', sd, 24, { fraud: true });
  postOp(L, sd, diff(sd, dis) - 1 < 0 ? 0 : diff(sd, dis) - 1, { xray: '数字化X线摄影(DR)(四肢)', rehabFrom: o.rehabFrom });
  if (o.extra) o.extra(L, admit, sd, dis);
  const dx = o.dx || [pick(['S82.801', 'S82.802', 'S82.600']), o.cause || 'W01.x00'];
  return claim(m, { visitType: 'inpatient', hospital: h, dept: orthoDept, admit, discharge: dis, dx, procs: o.procs || [{ code: '79.3603', date: sd }], lines: L, admissionRoute: o.route || 'emergency' });
}
function distalRadiusORIF(m, h, admit, o = {}) {
  const L = mkLines(); const los = o.los || ri(4, 6); const dis = add(admit, los); const sd = add(admit, 1);
  ward(L, admit, dis, { nurse1: [1] }); admissionWorkup(L, admit, { surgery: true });
  L.add('数字化X线摄影(DR)(四肢)', admit);
  surgeryDay(L, sd, { service: o.service || '桡骨远端骨折切开复位内固定术', serviceFraud: o.serviceFraud, hours: o.hours || 2, implants: o.implants === undefined ? [['接骨板', 1], ['骨科螺钉', 6]] : o.implants });
  postOp(L, sd, diff(sd, dis) - 1, { xray: '数字化X线摄影(DR)(四肢)' });
  return claim(m, { visitType: 'inpatient', hospital: h, dept: orthoDept, admit, discharge: dis, dx: o.dx || ['S52.500x001', 'W01.x00'], procs: o.procs || [{ code: '79.3201', date: sd }], lines: L, admissionRoute: 'emergency' });
}
function hipArthro(m, h, admit, o = {}) {
  // o.kind: 'tha' | 'hemi'
  const L = mkLines(); const los = o.los || ri(8, 12); const dis = add(admit, los); const sd = add(admit, o.opDay || 2);
  ward(L, admit, dis, { nurse1: [o.opDay || 2, (o.opDay || 2) + 1] }); admissionWorkup(L, admit, { surgery: true, ddimer: true });
  L.add('数字化X线摄影(DR)(四肢)', admit).add('盆腔CT平扫', admit).add('下肢血管彩色多普勒超声', add(admit, 1)).add('心脏彩色多普勒超声', add(admit, 1));
  const tha = o.kind === 'tha';
  surgeryDay(L, sd, { service: tha ? '人工全髋关节置换术' : '人工股骨头置换术', hours: o.hours || 3, tranexamic: true,
    implants: o.implants || (tha ? [['髋关节假体(全髋)', 1]] : [['人工股骨头假体', 1], ['骨水泥', 1]]) });
  if (o.extraSurg) o.extraSurg(L, sd);
  postOp(L, sd, diff(sd, dis) - 1, { xray: '数字化X线摄影(DR)(四肢)', lmwh: true, rehabFrom: o.rehabFrom || 2 });
  if (o.extra) o.extra(L, admit, sd, dis);
  return claim(m, { visitType: 'inpatient', hospital: h, dept: orthoDept, admit, discharge: dis, dx: o.dx, procs: o.procs || [{ code: tha ? '81.5100' : '81.5201', date: sd }], lines: L, admissionRoute: o.route || (o.dx[0].startsWith('S') ? 'emergency' : 'outpatient'), dischargeMode: o.dischargeMode });
}
function tka(m, h, admit, o = {}) {
  const L = mkLines(); const los = o.los || ri(7, 10); const dis = add(admit, los); const sd = add(admit, 2);
  ward(L, admit, dis, { nurse1: [2, 3] }); admissionWorkup(L, admit, { surgery: true, ddimer: true });
  L.add('数字化X线摄影(DR)(四肢)', admit).add('下肢血管彩色多普勒超声', add(admit, 1));
  surgeryDay(L, sd, { service: '人工全膝关节置换术', hours: 2.5, tranexamic: true, implants: [['膝关节假体(全膝)', 1], ['骨水泥', 2]] });
  if (o.sameDayRehab) L.add('运动疗法', sd, 2, { fraud: true }).add('关节松动训练', sd, 1, { fraud: true });
  postOp(L, sd, diff(sd, dis) - 1, { xray: '数字化X线摄影(DR)(四肢)', lmwh: true, rehabFrom: o.rehabFrom || 1 });
  if (o.afterDischargeRehab) for (let k = 1; k <= o.afterDischargeRehab; k++) L.add('运动疗法', add(dis, k), 1, { fraud: true }).add('关节松动训练', add(dis, k), 1, { fraud: true });
  return claim(m, { visitType: 'inpatient', hospital: h, dept: orthoDept, admit, discharge: dis, dx: o.dx || ['M17.101'], procs: [{ code: '81.5400', date: sd }], lines: L, admissionRoute: 'outpatient' });
}
function discectomy(m, h, admit, o = {}) {
  const L = mkLines(); const los = o.los || ri(6, 9); const dis = add(admit, los); const sd = add(admit, 2);
  ward(L, admit, dis, { nurse1: [2] }); admissionWorkup(L, admit, { surgery: true });
  L.add('数字化X线摄影(DR)(腰椎)', admit).add('腰椎MRI平扫', admit);
  surgeryDay(L, sd, { service: '腰椎间盘切除术', hours: 2, implants: o.implants || [] });
  postOp(L, sd, diff(sd, dis) - 1, { rehabFrom: 3 });
  return claim(m, { visitType: 'inpatient', hospital: h, dept: 'spine', admit, discharge: dis, dx: ['M51.202', 'M54.400'], procs: [{ code: '80.5107', date: sd }], lines: L });
}
function fusion(m, h, admit, o = {}) {
  const L = mkLines(); const los = o.los || ri(9, 12); const dis = add(admit, los); const sd = add(admit, 2);
  ward(L, admit, dis, { nurse1: [2, 3] }); admissionWorkup(L, admit, { surgery: true });
  L.add('数字化X线摄影(DR)(腰椎)', admit).add('腰椎MRI平扫', admit);
  surgeryDay(L, sd, { service: '腰椎后路椎体间融合术(PLIF/TLIF)', hours: o.hours || 3.5, tranexamic: true, implants: o.implants || [['椎弓根螺钉', 4], ['椎间融合器', 1]] });
  if (o.splitDisc) L.add('腰椎间盘切除术', sd, 1, { fraud: true });
  postOp(L, sd, diff(sd, dis) - 1, { xray: '数字化X线摄影(DR)(腰椎)', rehabFrom: 3 });
  const procs = [{ code: '81.0801', date: sd }]; if (o.splitDiscCode) procs.push({ code: '80.5107', date: sd });
  return claim(m, { visitType: 'inpatient', hospital: h, dept: 'spine', admit, discharge: dis, dx: o.dx || ['M48.005', 'M51.202'], procs, lines: L });
}
function kypho(m, h, admit, o = {}) {
  const L = mkLines(); const los = o.los || ri(4, 6); const dis = add(admit, los); const sd = add(admit, 1);
  ward(L, admit, dis, { nurse1: [1] }); admissionWorkup(L, admit, { surgery: true });
  L.add('数字化X线摄影(DR)(腰椎)', admit).add('腰椎MRI平扫', admit).add('骨密度测定(双能X线)', admit);
  L.add('局部浸润麻醉', sd).add('盐酸利多卡因注射液', sd, 2).add(o.service || '经皮椎体后凸成形术(PKP)', sd, 1, o.serviceFraud ? { fraud: true } : {}).add('骨水泥', sd, o.cement || 1, o.cementFraud ? { fraud: true } : {});
  L.add('一次性手术衣及铺单包', sd).add('注射用头孢呋辛钠', sd, 2); ivDay(L, sd, 2);
  L.add('数字化X线摄影(DR)(腰椎)', add(sd, 1)).add('塞来昔布胶囊', add(sd, 1), 2);
  if (o.zoledronic) L.add('唑来膦酸注射液', add(sd, 2)).add('静脉输液(第一组)', add(sd, 2)).add('一次性使用输液器', add(sd, 2));
  L.add('碳酸钙D3片', add(sd, 1), 2).add('骨化三醇软胶囊', add(sd, 1), 2);
  return claim(m, { visitType: 'inpatient', hospital: h, dept: 'spine', admit, discharge: dis, dx: o.dx || ['M80.000', 'S32.000x021'], procs: [{ code: o.proc || '81.6600x002', date: sd }], lines: L });
}
function arthroscopy(m, h, admit, o = {}) {
  const L = mkLines(); const los = o.los != null ? o.los : ri(3, 5); const dis = add(admit, los); const sd = add(admit, los >= 2 ? 1 : 0);
  ward(L, admit, dis, { nurse1: [los >= 2 ? 1 : 0] }); admissionWorkup(L, admit, { surgery: true });
  if (!o.noMri) L.add('膝关节MRI平扫', admit);
  surgeryDay(L, sd, { service: o.service || '关节镜下半月板切除术', serviceFraud: o.serviceFraud, anaesth: 'spinal', implants: o.implants || [] });
  if (o.extraService) L.add(o.extraService, sd);
  if (diff(sd, dis) >= 1) postOp(L, sd, diff(sd, dis) - 1 >= 0 ? Math.max(0, diff(sd, dis) - 1) : 0, { rehabFrom: 1 });
  return claim(m, { visitType: 'inpatient', hospital: h, dept: orthoDept, admit, discharge: dis, dx: o.dx || ['S83.200x005'], procs: o.procs || [{ code: '80.6x07', date: sd }], lines: L });
}
// outpatient fracture clinic / sprain / back pain
function opVisit(m, h, date, dx, extra, o = {}) {
  const I = INST[h]; const L = mkLines();
  if (o.emergency) L.add('急诊诊察费', date);
  else if (I.level === 1) L.add('一般诊疗费', date);
  else L.add(o.senior ? '副主任医师门诊诊察费' : '普通门诊诊察费', date);
  extra(L, date);
  return claim(m, { visitType: 'outpatient', hospital: h, dept: o.emergency ? 'emergency' : (I.level === 1 ? 'general' : orthoDept), date, dx, lines: L });
}
function pharmacy(m, region, date, dx, drugs) {
  const L = mkLines(); for (const [n, q, long] of drugs) L.add(n, date, q, long ? { long: true } : {});
  return claim(m, { visitType: 'pharmacy', hospital: PH(region), dept: 'pharmacy', date, dx, lines: L });
}
const lvl3 = (r) => H(r, 1), lvl2 = (r) => H(r, 2), priv = (r) => H(r, 3), comm = (r) => H(r, 4);
const regions = Object.keys(REGIONS);
const anyHosp = (r) => pick([lvl3(r), lvl2(r), priv(r)]);
const careful = (i) => i % 3 === 2; // roughly a third careful

// ======================= FRAUD TYPOLOGIES =======================
const T = [];
// T01 implants billed beyond those used
T.push(['T01', '内固定耗材多计(螺钉/接骨板/骨水泥超出实际使用)', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(30, 65) }); const h = anyHosp(r);
  const c = careful(i);
  const implants = c ? [['接骨板', 1], ['骨科螺钉', 10, undefined, true]] : [['接骨板', 2, undefined, true], ['骨科螺钉', 12, undefined, true], ['骨水泥', 2, undefined, true]];
  const cl = ankleORIF(m, h, month(), { implants });
  return { claims: [cl], targets: [cl], variant: c ? 'careful' : 'overt' };
}]);
// T02 集采 prosthesis billed at the old / premium price
T.push(['T02', '集采人工关节按原价/溢价收费', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(58, 80) }); const c = careful(i);
  const hipT = i % 2 === 0;
  const price = c ? (hipT ? 8900 : 6800) : (hipT ? 32000 : 26000);
  const cl = hipT ? hipArthro(m, lvl3(r), month(), { kind: 'tha', dx: ['M16.101'], implants: [['髋关节假体(全髋)', 1, price, true]] })
    : (() => { const x = tkaPriced(m, lvl3(r), month(), price); return x; })();
  return { claims: [cl], targets: [cl], variant: c ? 'careful' : 'overt' };
}]);
function tkaPriced(m, h, admit, price) {
  const L = mkLines(); const los = ri(7, 10); const dis = add(admit, los); const sd = add(admit, 2);
  ward(L, admit, dis, { nurse1: [2, 3] }); admissionWorkup(L, admit, { surgery: true, ddimer: true });
  L.add('数字化X线摄影(DR)(四肢)', admit).add('下肢血管彩色多普勒超声', add(admit, 1));
  surgeryDay(L, sd, { service: '人工全膝关节置换术', hours: 2.5, tranexamic: true, implants: [['膝关节假体(全膝)', 1, price, true], ['骨水泥', 2]] });
  postOp(L, sd, diff(sd, dis) - 1, { xray: '数字化X线摄影(DR)(四肢)', lmwh: true, rehabFrom: 1 });
  return claim(m, { visitType: 'inpatient', hospital: h, dept: orthoDept, admit, discharge: dis, dx: ['M17.101'], procs: [{ code: '81.5400', date: sd }], lines: L });
}
// T03 串换: hemiarthroplasty done, total-hip prosthesis billed
T.push(['T03', '耗材串换(人工股骨头置换术计全髋假体)', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(72, 90) }); const c = careful(i);
  const cl = hipArthro(m, lvl3(r), month(), { kind: 'hemi', dx: ['S72.000x031', 'W01.x00', 'I10.x00'], implants: c ? [['髋关节假体(全髋)', 1, undefined, true]] : [['髋关节假体(全髋)', 1, undefined, true], ['骨水泥', 2, undefined, true]] });
  return { claims: [cl], targets: [cl], variant: c ? 'careful' : 'overt' };
}]);
// T04 closed reduction + cast billed as open reduction internal fixation
T.push(['T04', '手术升级(闭合复位石膏固定计切开复位内固定)', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(45, 75) }); const c = careful(i);
  const cl = distalRadiusORIF(m, pick([lvl2(r), priv(r)]), month(), { serviceFraud: true, los: ri(3, 4), hours: 1, implants: c ? [['接骨板', 1, undefined, true], ['骨科螺钉', 4, undefined, true]] : [] });
  return { claims: [cl], targets: [cl], variant: c ? 'careful' : 'overt' };
}]);
// T05 simple arthroscopy billed as reconstruction
T.push(['T05', '关节镜手术升级(半月板部分切除计前交叉韧带重建)', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(35, 60) }); const c = careful(i);
  const admit = month();
  const cl = arthroscopy(m, pick([lvl2(r), priv(r)]), admit, { service: '关节镜下前交叉韧带重建术', serviceFraud: true, implants: [['带线锚钉', 2, undefined, true]],
    dx: c ? ['M23.205', 'S83.500x003'] : ['M23.205'], procs: [{ code: '81.4504', date: add(admit, 1) }], los: 4 });
  return { claims: [cl], targets: [cl], variant: c ? 'careful' : 'overt' };
}]);
// T06 one procedure split into its parts: discectomy billed inside a fusion
T.push(['T06', '分解收费(椎体间融合术另计椎间盘切除术)', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(45, 72) }); const c = careful(i);
  const cl = fusion(m, lvl3(r), month(), { splitDisc: true, splitDiscCode: c });
  return { claims: [cl], targets: [cl], variant: c ? 'careful' : 'overt' };
}]);
// T07 anaesthesia and monitoring hours beyond the operation
T.push(['T07', '麻醉及监护时长超出手术时间', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(25, 60) }); const c = careful(i);
  const cl = ankleORIF(m, pick([lvl2(r), priv(r)]), month(), { hours: c ? 5 : 8, hoursFraud: true, monitorFraud: !c });
  return { claims: [cl], targets: [cl], variant: c ? 'careful' : 'overt' };
}]);
// T08 imaging every day
T.push(['T08', '住院期间每日重复影像检查', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(30, 70) }); const c = careful(i);
  const cl = ankleORIF(m, pick([lvl2(r), priv(r), lvl3(r)]), month(), { los: 9, extra: (L, admit, sd, dis) => {
    for (let d = add(admit, 1); d < dis; d = add(d, c ? 2 : 1)) if (d !== add(sd, 1)) L.add('数字化X线摄影(DR)(四肢)', d, 1, { fraud: true });
    if (!c) { L.add('四肢关节CT平扫', add(sd, 1), 1, { fraud: true }).add('四肢关节CT平扫', add(sd, 4), 1, { fraud: true }); }
  } });
  return { claims: [cl], targets: [cl], variant: c ? 'careful' : 'overt' };
}]);
// T09 third-party injury (traffic accident) billed to the fund as a fall
T.push(['T09', '第三方责任(交通事故)伤害按跌倒报销', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(20, 55) }); const c = careful(i); const d = month();
  const claims = [];
  if (!c) claims.push(opVisit(m, lvl3(r), d, ['S82.203', 'V89.200x091'], (L, dt) => L.add('数字化X线摄影(DR)(四肢)', dt).add('小夹板固定术', dt), { emergency: true }));
  const ip = ankleORIF(m, lvl3(r), d, { dx: ['S82.203', 'W19.x00'], procs: [{ code: '79.3601', date: add(d, 2) }] });
  claims.push(ip);
  return { claims, targets: claims, variant: c ? 'careful' : 'overt' };
}]);
// T10 low-standard admission for back pain / sprain
T.push(['T10', '低标准入院(腰痛/扭伤住院理疗)', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(35, 70) }); const c = careful(i);
  const h = pick([lvl2(r), priv(r)]); const admit = month(); const los = ri(6, 9); const dis = add(admit, los);
  const L = mkLines(); ward(L, admit, dis, { nurse3: true }); admissionWorkup(L, admit);
  const back = i % 2 === 0;
  L.add(back ? '数字化X线摄影(DR)(腰椎)' : '数字化X线摄影(DR)(四肢)', admit);
  if (c) { if (back) L.add('腰椎MRI平扫', add(admit, 1)); ivDay(L, add(admit, 1), 1); ivDay(L, add(admit, 2), 1); }
  for (let k = 1; k < los; k++) { const d = add(admit, k); L.add('红外线治疗', d, 2).add('中频脉冲电治疗', d); if (back) L.add('牵引(腰椎牵引)', d); L.add('推拿治疗', d); }
  L.add('双氯芬酸钠缓释片', admit, 14);
  const cl = claim(m, { visitType: 'inpatient', hospital: h, dept: orthoDept, admit, discharge: dis, dx: back ? ['M54.502'] : ['S93.401', 'W01.x00'], procs: [], lines: L });
  return { claims: [cl], targets: [cl], variant: c ? 'careful' : 'overt' };
}]);
// T11 bed-blocking after surgery
T.push(['T11', '术后挂床住院', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(30, 65) }); const c = careful(i);
  const los = c ? 16 : 24;
  const cl = ankleORIF(m, pick([lvl2(r), priv(r)]), month(), { los });
  return { claims: [cl], targets: [cl], variant: c ? 'careful' : 'overt' };
}]);
// T12 split stays around one fracture: closed reduction, discharge, readmission for fixation
T.push(['T12', '分解住院(同一骨折先复位出院再入院手术)', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(30, 70) }); const c = careful(i); const h = pick([lvl2(r), priv(r)]);
  const a1 = month(); const dis1 = add(a1, ri(3, 5));
  const L = mkLines(); ward(L, a1, dis1); admissionWorkup(L, a1, { surgery: true });
  L.add('数字化X线摄影(DR)(四肢)', a1).add('骨折闭合复位术', a1).add('石膏固定术', a1).add('四肢关节CT平扫', add(a1, 1));
  ivDay(L, add(a1, 1), 1); L.add('塞来昔布胶囊', add(a1, 1), 2);
  const dx = ['S82.802', 'W01.x00'];
  const c1 = claim(m, { visitType: 'inpatient', hospital: h, dept: orthoDept, admit: a1, discharge: dis1, dx, procs: [{ code: '79.0603', date: a1 }], lines: L, admissionRoute: 'emergency' });
  const a2 = add(dis1, c ? ri(6, 9) : 1);
  const c2 = ankleORIF(m, h, a2, { dx, route: 'outpatient', opDay: 1 });
  if (c) c2.provider.doctorId = doctor(h, orthoDept);
  return { claims: [c1, c2], targets: [c1, c2], variant: c ? 'careful' : 'overt' };
}]);
// T13 rehabilitation on the day of surgery or after discharge
T.push(['T13', '康复治疗记于手术当日或出院后', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(58, 80) }); const c = careful(i);
  const cl = tka(m, lvl3(r), month(), c ? { sameDayRehab: true } : { afterDischargeRehab: 3 });
  return { claims: [cl], targets: [cl], variant: c ? 'careful' : 'overt' };
}]);
// T14 osteoporosis drugs outside their indication
T.push(['T14', '骨质疏松药物超适应症(创伤性骨折无骨质疏松诊断)', (i) => {
  const r = regions[i % 3]; const c = careful(i); const m = member({ region: r, age: ri(41, 52), gender: 'M' });
  const cl = ankleORIF(m, pick([lvl2(r), lvl3(r), priv(r)]), month(), { dx: c ? ['S82.802', 'W01.x00', 'M81.900'] : ['S82.802', 'W01.x00'],
    extra: (L, admit, sd, dis) => { L.add('唑来膦酸注射液', add(sd, 2), 1, { fraud: true }); if (!c) L.add('阿仑膦酸钠片', add(sd, 3), 4, { fraud: true }); L.add('碳酸钙D3片', add(sd, 2), 2); } });
  return { claims: [cl], targets: [cl], variant: c ? 'careful' : 'overt' };
}]);
// T15 pharmacy or clinic claims during the stay
T.push(['T15', '住院期间门诊/药店结算', (i) => {
  const r = regions[i % 3]; const m = member({ region: r, age: ri(45, 80) }); const c = careful(i);
  const admit = month(); const ip = hipArthro(m, lvl3(r), admit, { kind: m.age > 70 ? 'hemi' : 'tha', dx: m.age > 70 ? ['S72.000x031', 'W01.x00'] : ['M16.101'] });
  const d1 = add(admit, 3), d2 = add(admit, 6);
  const out = [];
  if (!c) { out.push(pharmacy(m, r, d1, ['M81.900'], [['碳酸钙D3片', 60], ['塞来昔布胶囊', 20]])); out.push(pharmacy(m, r, d2, ['M25.505'], [['塞来昔布胶囊', 20], ['骨化三醇软胶囊', 30]])); }
  else out.push(opVisit(m, comm(r), d2, ['M25.505'], (L, dt) => L.add('塞来昔布胶囊', dt, 20).add('碳酸钙D3片', dt, 30)));
  return { claims: [ip, ...out], targets: out, variant: c ? 'careful' : 'overt' };
}]);

// ======================= CONTROLS =======================
const C = [];
C.push(['C01', '多节段腰椎椎体间融合(两节段)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(50, 75) });
  const cl = fusion(m, lvl3(r), month(), { implants: [['椎弓根螺钉', 6], ['椎间融合器', 2]], hours: 4.5, dx: ['M48.005', 'M51.202'] }); return { claims: [cl] }; }]);
C.push(['C02', '分期双侧全膝关节置换(间隔6-12周)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(60, 78) });
  const a = `2025-0${ri(1, 4)}-${String(ri(1, 25)).padStart(2, '0')}`; const c1 = tka(m, lvl3(r), a, { dx: ['M17.000'] }); const c2 = tka(m, lvl3(r), add(c1.dischargeDate, ri(42, 84)), { dx: ['M17.000', 'Z96.602'] }); return { claims: [c1, c2] }; }]);
C.push(['C03', '复杂胫骨骨折分期手术(先外固定后内固定,同一住院)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(25, 60) });
  const admit = month(); const los = ri(18, 22); const dis = add(admit, los); const s1 = admit, s2 = add(admit, ri(9, 12));
  const L = mkLines(); ward(L, admit, dis, { nurse1: [0, 1, diff(admit, s2)] }); admissionWorkup(L, admit, { surgery: true, ddimer: true });
  L.add('数字化X线摄影(DR)(四肢)', admit).add('四肢关节CT平扫', admit);
  surgeryDay(L, s1, { service: '骨折外固定架固定术', hours: 2, implants: [['骨科外固定架', 1]] }); postOp(L, s1, diff(s1, s2) - 1, { xray: '数字化X线摄影(DR)(四肢)', lmwh: true });
  L.add('四肢关节CT平扫', add(s2, -1));
  surgeryDay(L, s2, { service: '胫腓骨骨折切开复位内固定术', hours: 3, implants: [['接骨板', 2], ['骨科螺钉', 12]] }); postOp(L, s2, diff(s2, dis) - 1, { xray: '数字化X线摄影(DR)(四肢)', rehabFrom: 3 });
  const cl = claim(m, { visitType: 'inpatient', hospital: lvl3(r), dept: orthoDept, admit, discharge: dis, dx: ['S82.201', 'W19.x00'], procs: [{ code: '78.1701', date: s1 }, { code: '78.6702', date: s2 }, { code: '79.3601', date: s2 }], lines: L, admissionRoute: 'emergency' });
  return { claims: [cl] }; }]);
C.push(['C04', '人工髋关节翻修术(假体松动)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(62, 82) });
  const cl = hipArthro(m, lvl3(r), month(), { kind: 'tha', los: ri(11, 14), hours: 4.5, dx: ['T84.002', 'Z96.601'], implants: [['髋关节假体(全髋)', 1], ['骨水泥', 2], ['骨科螺钉', 3]], procs: null,
    extraSurg: (L, sd) => L.add('悬浮红细胞(去白细胞)', sd, 2).add('交叉配血', sd, 2).add('静脉输血', sd) });
  cl.procedures = [{ code: '00.7000x001', date: cl.procedures[0].date }]; return { claims: [cl] }; }]);
C.push(['C05', '假体周围感染一期取出间隔器置入+长程抗生素', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(60, 80) });
  const admit = month(); const los = ri(24, 28); const dis = add(admit, los); const sd = add(admit, 3);
  const L = mkLines(); ward(L, admit, dis, { nurse1: [3, 4] }); admissionWorkup(L, admit, { surgery: true });
  L.add('C反应蛋白测定', admit).add('血培养及鉴定(需氧/厌氧)', admit, 2).add('数字化X线摄影(DR)(四肢)', admit).add('四肢关节CT平扫', admit);
  // no catalogue row for 假体取出/间隔器置入 (catalogue gap): the debridement (清创术) and the cement spacer are billed
  surgeryDay(L, sd, { service: '清创术', hours: 3.5, implants: [['骨水泥', 4]] });
  L.add('细菌培养及药敏', sd, 2).add('病理检查(常规石蜡切片)', sd);
  for (let k = 1; k < los - 3; k++) { const d = add(sd, k); if (diff(d, dis) <= 0) break; L.add('注射用哌拉西林钠他唑巴坦钠', d, 3); ivDay(L, d, 2); if (k % 7 === 0) L.add('C反应蛋白测定', d).add('血常规(五分类)', d).add('静脉采血', d); if (k % 3 === 0) L.add('换药(中)', d); }
  const cl = claim(m, { visitType: 'inpatient', hospital: lvl3(r), dept: orthoDept, admit, discharge: dis, dx: ['T84.502', 'Z96.602'], procs: [{ code: '80.0601', date: sd }, { code: '84.5600x001', date: sd }], lines: L });
  return { claims: [cl] }; }]);
C.push(['C06', '多发伤(骨盆+股骨+胫骨)多次手术多耗材多影像', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(25, 55) });
  const admit = month(); const los = ri(20, 26); const dis = add(admit, los); const s1 = add(admit, 1), s2 = add(admit, 6);
  const L = mkLines(); ward(L, admit, dis, { nurse1: [1, 2, 3, 6, 7], bed: undefined }); admissionWorkup(L, admit, { surgery: true, ddimer: true });
  L.add('急诊诊察费', admit).add('头颅CT平扫', admit).add('胸部CT平扫', admit).add('腹部CT平扫', admit).add('盆腔CT平扫', admit).add('四肢关节CT平扫', admit, 2).add('数字化X线摄影(DR)(四肢)', admit, 2);
  L.add('悬浮红细胞(去白细胞)', admit, 4).add('交叉配血', admit, 4).add('静脉输血', admit);
  surgeryDay(L, s1, { service: '股骨干骨折切开复位内固定术', hours: 4, implants: [['髓内钉', 1], ['骨科螺钉', 4]] });
  postOp(L, s1, 4, { xray: '数字化X线摄影(DR)(四肢)', lmwh: true });
  surgeryDay(L, s2, { service: '胫腓骨骨折切开复位内固定术', hours: 3, implants: [['接骨板', 2], ['骨科螺钉', 10]] });
  L.add('盆腔CT平扫', add(s2, 2)); postOp(L, s2, diff(s2, dis) - 1, { xray: '数字化X线摄影(DR)(四肢)', rehabFrom: 4 });
  const cl = claim(m, { visitType: 'inpatient', hospital: lvl3(r), dept: orthoDept, admit, discharge: dis, dx: ['T02.500x001', 'S72.300', 'S82.201', 'S32.501', 'W19.x00'].filter(x => DX[x]), procs: [{ code: '79.3501', date: s1 }, { code: '79.3601', date: s2 }], lines: L, admissionRoute: 'emergency' });
  return { claims: [cl] }; }]);
C.push(['C07', '高龄髋部骨折术后并发症转院康复(转院字段)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(80, 93) });
  const c1 = hipArthro(m, lvl3(r), month(), { kind: 'hemi', los: ri(10, 13), dx: ['S72.000x031', 'W01.x00', 'J18.900', 'F05.802'], dischargeMode: 'transfer',
    extra: (L, a, sd, dis) => { for (let d = add(sd, 2); d < add(sd, 8) && d < dis; d = add(d, 1)) L.add('注射用哌拉西林钠他唑巴坦钠', d, 3); L.add('胸部CT平扫', add(sd, 2)).add('痰细菌培养及鉴定', add(sd, 2)); } });
  const a2 = c1.dischargeDate; const los = ri(12, 18); const dis = add(a2, los);
  const L = mkLines(); ward(L, a2, dis); L.add('血常规(五分类)', a2).add('静脉采血', a2).add('康复评定', a2).add('日常生活能力评定', a2);
  for (let k = 1; k < los; k++) { const d = add(a2, k); L.add('运动疗法', d).add('平衡功能训练', d); if (k % 3 === 0) L.add('肢体气压治疗', d); }
  const c2 = claim(m, { visitType: 'inpatient', hospital: lvl2(r), dept: 'rehabilitation', admit: a2, discharge: dis, dx: ['Z50.900x001', 'Z96.601', 'S72.000x031'].filter(x => DX[x]), procs: [], lines: L, admissionRoute: 'transfer', transferFrom: lvl3(r) });
  return { claims: [c1, c2] }; }]);
C.push(['C08', '确诊骨质疏松性椎体压缩骨折行椎体后凸成形术', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(65, 85), gender: pick(['F', 'F', 'M']) });
  const cl = kypho(m, pick([lvl3(r), lvl2(r)]), month(), { zoledronic: true, cement: i % 2 ? 2 : 1, dx: [m.gender === 'F' ? 'M80.000' : 'M80.801', 'S32.000x011'] }); return { claims: [cl] }; }]);
C.push(['C09', '数月后第二次骨折(先腕部后髋部)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(68, 85), gender: 'F' });
  const d1 = `2025-0${ri(1, 4)}-${String(ri(1, 25)).padStart(2, '0')}`;
  const o1 = opVisit(m, lvl2(r), d1, ['S52.500x011', 'W01.x00'], (L, dt) => L.add('数字化X线摄影(DR)(四肢)', dt).add('骨折闭合复位术', dt).add('石膏固定术', dt), { emergency: true });
  const o2 = opVisit(m, lvl2(r), add(d1, 14), ['Z09.400'], (L, dt) => L.add('数字化X线摄影(DR)(四肢)', dt));
  const c2 = hipArthro(m, lvl3(r), add(d1, ri(120, 200)), { kind: 'hemi', dx: ['S72.000x031', 'W01.x00', 'M81.000'] });
  return { claims: [o1, o2, c2] }; }]);
C.push(['C10', '交通肇事逃逸第三人不明医保先行支付', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(20, 65) });
  const cl = ankleORIF(m, lvl3(r), month(), { dx: ['S82.203', 'V89.200x091'], procs: [{ code: '79.3601', date: null }] });
  cl.procedures[0].date = cl.items.find(x => x.name === '踝关节骨折切开复位内固定术').date; return { claims: [cl] }; }]);
C.push(['C11', '居家跌倒急诊后收住院(急诊与住院同记跌倒)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(55, 85) }); const d = month();
  const e = opVisit(m, lvl3(r), d, ['S82.802', 'W01.x00'], (L, dt) => L.add('数字化X线摄影(DR)(四肢)', dt).add('石膏固定术', dt), { emergency: true });
  const ip = ankleORIF(m, lvl3(r), d, { dx: ['S82.802', 'W01.x00'] }); return { claims: [e, ip] }; }]);
C.push(['C12', '骨折门诊随访(2/6/12周复查X线及换石膏)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(20, 75) }); const d = `2025-0${ri(1, 7)}-${String(ri(1, 25)).padStart(2, '0')}`; const h = pick([lvl2(r), lvl3(r)]);
  const cs = [opVisit(m, h, d, ['S52.500x011', 'W01.x00'], (L, dt) => L.add('数字化X线摄影(DR)(四肢)', dt).add('骨折闭合复位术', dt).add('石膏固定术', dt), { emergency: true })];
  cs.push(opVisit(m, h, add(d, 7), ['Z09.400'], (L, dt) => L.add('数字化X线摄影(DR)(四肢)', dt)));
  cs.push(opVisit(m, h, add(d, 14), ['Z09.400'], (L, dt) => L.add('数字化X线摄影(DR)(四肢)', dt).add('石膏固定术', dt)));
  cs.push(opVisit(m, h, add(d, 42), ['Z09.400'], (L, dt) => L.add('数字化X线摄影(DR)(四肢)', dt), { senior: true }));
  cs.push(opVisit(m, h, add(d, 84), ['Z09.400'], (L, dt) => L.add('数字化X线摄影(DR)(四肢)', dt).add('关节松动训练', dt)));
  return { claims: cs }; }]);
C.push(['C13', '日间手术关节镜半月板部分切除(当日出院)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(25, 60) });
  const admit = month(); const L = mkLines(); L.add('普通病房床位费(三人间)', admit).add('住院诊查费', admit).add('Ⅱ级护理', admit);
  L.add('血常规(五分类)', admit).add('凝血四项', admit).add('静脉采血', admit);
  surgeryDay(L, admit, { service: '关节镜下半月板切除术', anaesth: 'spinal' });
  const cl = claim(m, { visitType: 'inpatient', hospital: pick([lvl3(r), lvl2(r)]), dept: orthoDept, admit, discharge: add(admit, 1), dx: ['S83.200x005'], procs: [{ code: '80.6x07', date: admit }], lines: L });
  return { claims: [cl] }; }]);
C.push(['C14', '出院当日药店购药(住院结束后)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(55, 80) });
  const ip = hipArthro(m, lvl3(r), month(), { kind: 'tha', dx: ['M16.101'] });
  const ph = pharmacy(m, r, ip.dischargeDate, ['Z96.601'], [['塞来昔布胶囊', 20], ['碳酸钙D3片', 30]]); return { claims: [ip, ph] }; }]);
C.push(['C15', '全膝置换术后第1日起早期康复(ERAS)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(60, 80) });
  const cl = tka(m, lvl3(r), month(), { rehabFrom: 1 }); return { claims: [cl] }; }]);
C.push(['C16', '髋部骨折术后下肢深静脉血栓致住院延长(每日有治疗)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(70, 88) });
  const cl = hipArthro(m, lvl3(r), month(), { kind: 'hemi', los: ri(17, 21), dx: ['S72.000x031', 'W01.x00', 'I80.209'],
    extra: (L, a, sd, dis) => { L.add('下肢血管彩色多普勒超声', add(sd, 5)).add('D-二聚体测定', add(sd, 5)); for (let d = add(sd, 6); d < dis; d = add(d, 1)) { L.add('利伐沙班片', d, 2); if (diff(sd, d) % 3 === 0) L.add('凝血四项', d).add('静脉采血', d); L.add('运动疗法', d); } L.add('下肢血管彩色多普勒超声', add(dis, -1)); } });
  return { claims: [cl] }; }]);
C.push(['C17', '腰椎间盘突出急性根性痛伴肌力下降保守住院(静脉脱水+牵引)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(35, 65) });
  const h = pick([lvl2(r), lvl3(r)]); const admit = month(); const los = ri(7, 10); const dis = add(admit, los);
  const L = mkLines(); ward(L, admit, dis); admissionWorkup(L, admit); L.add('腰椎MRI平扫', admit).add('数字化X线摄影(DR)(腰椎)', admit).add('肌电图(EMG)', add(admit, 1));
  for (let k = 0; k < Math.min(los, 5); k++) { const d = add(admit, k); L.add('甘露醇注射液', d, 2).add('地塞米松磷酸钠注射液', d, 2); ivDay(L, d, 2); }
  for (let k = 1; k < los; k++) { const d = add(admit, k); L.add('牵引(腰椎牵引)', d).add('中频脉冲电治疗', d); }
  L.add('塞来昔布胶囊', admit, 14).add('甲钴胺片', admit, 21);
  const cl = claim(m, { visitType: 'inpatient', hospital: h, dept: 'spine', admit, discharge: dis, dx: ['M51.202', 'M54.400'], procs: [], lines: L, admissionRoute: 'emergency' });
  return { claims: [cl] }; }]);
C.push(['C18', '开放性胫腓骨骨折清创外固定+负压引流', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(22, 60) });
  const admit = month(); const los = ri(14, 18); const dis = add(admit, los);
  const L = mkLines(); ward(L, admit, dis, { nurse1: [0, 1] }); admissionWorkup(L, admit, { surgery: true });
  L.add('数字化X线摄影(DR)(四肢)', admit).add('四肢关节CT平扫', admit).add('细菌培养及药敏', admit);
  surgeryDay(L, admit, { service: '骨折外固定架固定术', hours: 3, implants: [['骨科外固定架', 1]] }); L.add('清创术', admit).add('负压封闭引流术(VSD)', admit).add('一次性负压引流敷料套件(VSD)', admit);
  const d7 = add(admit, 7); L.add('负压封闭引流术(VSD)', d7).add('一次性负压引流敷料套件(VSD)', d7).add('局部浸润麻醉', d7);
  postOp(L, admit, los - 1, { xray: '数字化X线摄影(DR)(四肢)', lmwh: true });
  const cl = claim(m, { visitType: 'inpatient', hospital: lvl3(r), dept: orthoDept, admit, discharge: dis, dx: ['S82.212', 'W23.x00'], procs: [{ code: '79.6601', date: admit }, { code: '78.1701', date: admit }], lines: L, admissionRoute: 'emergency' });
  return { claims: [cl] }; }]);
C.push(['C19', '股骨干粉碎骨折长时间手术(全麻5小时+输血)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(20, 60) });
  const admit = month(); const los = ri(10, 13); const dis = add(admit, los); const sd = add(admit, 2);
  const L = mkLines(); ward(L, admit, dis, { nurse1: [2, 3] }); admissionWorkup(L, admit, { surgery: true, ddimer: true });
  L.add('数字化X线摄影(DR)(四肢)', admit).add('四肢关节CT平扫', admit).add('骨牵引术', admit);
  surgeryDay(L, sd, { service: '股骨干骨折切开复位内固定术', hours: 5, tranexamic: true, implants: [['接骨板', 2], ['骨科螺钉', 12]] });
  L.add('悬浮红细胞(去白细胞)', sd, 2).add('交叉配血', sd, 2).add('静脉输血', sd);
  postOp(L, sd, diff(sd, dis) - 1, { xray: '数字化X线摄影(DR)(四肢)', lmwh: true, rehabFrom: 3 });
  const cl = claim(m, { visitType: 'inpatient', hospital: lvl3(r), dept: orthoDept, admit, discharge: dis, dx: ['S72.300', 'W19.x00'], procs: [{ code: '79.3501', date: sd }], lines: L, admissionRoute: 'emergency' });
  return { claims: [cl] }; }]);
C.push(['C20', '急性前交叉韧带断裂关节镜重建(MRI证实)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(18, 40) }); const admit = month();
  const cl = arthroscopy(m, pick([lvl3(r), lvl2(r)]), admit, { service: '关节镜下前交叉韧带重建术', implants: [['带线锚钉', 2]], extraService: i % 2 ? '关节镜下半月板缝合术' : null, dx: ['S83.500x032', 'S83.200x005'], procs: [{ code: '81.4504', date: add(admit, 1) }].concat(i % 2 ? [{ code: '81.4700', date: add(admit, 1) }].filter(p => PX[p.code]) : []), los: 4 });
  return { claims: [cl] }; }]);
C.push(['C21', '绝经后骨质疏松门诊规范抗骨松治疗(骨密度证实)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(58, 78), gender: 'F' });
  const d = month(); const h = pick([lvl2(r), lvl3(r)]);
  const o1 = opVisit(m, h, d, ['M81.000'], (L, dt) => L.add('骨密度测定(双能X线)', dt).add('阿仑膦酸钠片', dt, 12, { long: true }).add('碳酸钙D3片', dt, 84, { long: true }), { senior: true });
  const o2 = opVisit(m, h, add(d, 84), ['M81.000'], (L, dt) => L.add('阿仑膦酸钠片', dt, 12, { long: true }).add('碳酸钙D3片', dt, 84, { long: true }));
  return { claims: [o1, o2] }; }]);
C.push(['C22', '中年股骨头坏死全髋置换(集采中选价)', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(38, 55) });
  const cl = hipArthro(m, lvl3(r), month(), { kind: 'tha', dx: ['M87.002'] }); return { claims: [cl] }; }]);
C.push(['C23', '慢性骨髓炎病灶清除+长程抗生素', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(25, 70) });
  const admit = month(); const los = ri(18, 24); const dis = add(admit, los); const sd = add(admit, 3);
  const L = mkLines(); ward(L, admit, dis, { nurse1: [3] }); admissionWorkup(L, admit, { surgery: true });
  L.add('C反应蛋白测定', admit).add('数字化X线摄影(DR)(四肢)', admit).add('四肢关节CT平扫', admit).add('细菌培养及药敏', admit);
  surgeryDay(L, sd, { service: '清创术', hours: 2, implants: [['骨水泥', 1]] }); L.add('病理检查(常规石蜡切片)', sd).add('细菌培养及药敏', sd);
  for (let d = add(sd, 1); d < dis; d = add(d, 1)) { L.add('注射用头孢哌酮钠舒巴坦钠', d, 2); ivDay(L, d, 2); if (diff(sd, d) % 4 === 0) L.add('换药(大)', d); if (diff(sd, d) >= 13) break; }
  for (let d = add(sd, 15); d < dis; d = add(d, 1)) { L.add('左氧氟沙星片', d, 1); }
  L.add('C反应蛋白测定', add(sd, 7)).add('C反应蛋白测定', add(sd, 14));
  const cl = claim(m, { visitType: 'inpatient', hospital: lvl3(r), dept: orthoDept, admit, discharge: dis, dx: ['M86.600x061'], procs: [{ code: '77.6701', date: sd }], lines: L });
  return { claims: [cl] }; }]);
C.push(['C24', '股骨粗隆间骨折闭合复位髓内钉内固定', (i) => { const r = regions[i % 3]; const m = member({ region: r, age: ri(70, 90) });
  const admit = month(); const los = ri(8, 11); const dis = add(admit, los); const sd = add(admit, 2);
  const L = mkLines(); ward(L, admit, dis, { nurse1: [2, 3] }); admissionWorkup(L, admit, { surgery: true, ddimer: true });
  L.add('数字化X线摄影(DR)(四肢)', admit).add('盆腔CT平扫', admit).add('皮肤牵引术', admit).add('下肢血管彩色多普勒超声', add(admit, 1));
  surgeryDay(L, sd, { service: '股骨近端骨折闭合复位髓内钉内固定术', hours: 1.5, tranexamic: true, implants: [['髓内钉', 1], ['骨科螺钉', 2]] });
  postOp(L, sd, diff(sd, dis) - 1, { xray: '数字化X线摄影(DR)(四肢)', lmwh: true, rehabFrom: 2 });
  const cl = claim(m, { visitType: 'inpatient', hospital: pick([lvl3(r), lvl2(r)]), dept: orthoDept, admit, discharge: dis, dx: ['S72.101', 'W01.x00', 'M81.800x091'], procs: [{ code: '79.1500x006', date: sd }], lines: L, admissionRoute: 'emergency' });
  return { claims: [cl] }; }]);

// ======================= ROUTINE =======================
const R = [
  (r) => { const m = member({ region: r }); return [opVisit(m, anyHosp(r), month(), ['S93.401', 'W01.x00'], (L, d) => L.add('数字化X线摄影(DR)(四肢)', d).add('医用弹力绷带', d, 2).add('布洛芬缓释胶囊', d, 20))]; },
  (r) => { const m = member({ region: r, age: ri(35, 75) }); return [opVisit(m, pick([lvl2(r), comm(r)]), month(), ['M54.502'], (L, d) => L.add('双氯芬酸钠缓释片', d, 14))]; },
  (r) => { const m = member({ region: r, age: ri(35, 75) }); return [opVisit(m, lvl3(r), month(), ['M51.202'], (L, d) => L.add('腰椎MRI平扫', d).add('塞来昔布胶囊', d, 14), { senior: true })]; },
  (r) => { const m = member({ region: r, age: ri(50, 80) }); return [opVisit(m, pick([lvl2(r), lvl3(r)]), month(), ['M17.101'], (L, d) => L.add('数字化X线摄影(DR)(四肢)', d).add('塞来昔布胶囊', d, 14))]; },
  (r) => { const m = member({ region: r, age: ri(50, 80) }); return [pharmacy(m, r, month(), ['M17.101'], [['双氯芬酸钠缓释片', 20], ['碳酸钙D3片', 30]])]; },
  (r) => { const m = member({ region: r, age: ri(25, 65) }); return [ankleORIF(m, anyHosp(r), month())]; },
  (r) => { const m = member({ region: r, age: ri(45, 80) }); return [distalRadiusORIF(m, anyHosp(r), month())]; },
  (r) => { const m = member({ region: r, age: ri(55, 80) }); return [hipArthro(m, lvl3(r), month(), { kind: 'tha', dx: ['M16.101'] })]; },
  (r) => { const m = member({ region: r, age: ri(55, 80) }); return [tka(m, lvl3(r), month())]; },
  (r) => { const m = member({ region: r, age: ri(30, 65) }); return [discectomy(m, pick([lvl3(r), lvl2(r)]), month())]; },
  (r) => { const m = member({ region: r, age: ri(75, 92) }); return [hipArthro(m, pick([lvl3(r), lvl2(r)]), month(), { kind: 'hemi', dx: ['S72.000x031', 'W01.x00'] })]; },
  (r) => { const m = member({ region: r, age: ri(25, 55) }); return [arthroscopy(m, pick([lvl3(r), lvl2(r), priv(r)]), month())]; },
  (r) => { const m = member({ region: r, age: ri(20, 70) }); const d = month(); return [opVisit(m, pick([lvl2(r), lvl3(r)]), d, ['S52.500x011', 'W01.x00'], (L, dt) => L.add('数字化X线摄影(DR)(四肢)', dt).add('骨折闭合复位术', dt).add('石膏固定术', dt), { emergency: true })]; },
  (r) => { const m = member({ region: r, age: ri(30, 70) }); return [opVisit(m, comm(r), month(), ['Z09.400'], (L, d) => L.add('换药(小)', d).add('拆线', d))]; },
];

// ======================= run =======================
for (const [cd, name, fn] of T) for (let i = 0; i < 15; i++) { const x = fn(i); label('fraud', cd, name, x.claims, x.targets, x.variant); }
for (const [cd, name, fn] of C) for (let i = 0; i < 15; i++) { const x = fn(i); label('control', cd, name, x.claims, x.claims, 'legitimate'); }
for (let i = 0; i < 100; i++) { const r = regions[i % 3]; const cs = R[i % R.length](r); label('routine', 'R', '同机构常规骨科诊疗', cs, cs, 'routine'); }

// groups (pass 2)
if (GROUPS) {
  const g = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const o = JSON.parse(line); const id = o.claimId; const drg = (o.grouping && o.grouping.drg) || o.drg || (o.result && o.result.drg); if (id) g[id] = drg; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient') c.reportedGroup = { drg: g[c.claimId] || null, dip: null };
}
CLAIMS.sort((a, b) => a._sort < b._sort ? -1 : a._sort > b._sort ? 1 : (a.claimId < b.claimId ? -1 : 1));
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(c => { const x = { ...c }; delete x._mut; delete x._sort; return JSON.stringify(x); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1));
console.error(`claims ${CLAIMS.length}, cases ${LABELS.length}`);
