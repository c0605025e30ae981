#!/usr/bin/env node
'use strict';
// blind116: pharmacies and outpatient drug supply. usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2); const OUT = args[0]; if (!OUT) { console.error('usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]'); process.exit(2); }
const opt = (k) => { const i = args.indexOf(k); return i > 0 ? args[i + 1] : null; };
const CAT = opt('--catalogue') || '/work/wt/base115/rules/catalogue';
const GROUPS = opt('--groups');
const POL = require(path.join(CAT, '../benefits/policies.json'));
// ---- seeded RNG (seed 1160116)
let S = 1160116 >>> 0; const rnd = () => { S = (S + 0x6D2B79F5) >>> 0; let t = S; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1)); const pick = (a) => a[Math.floor(rnd() * a.length)];
// ---- catalogue
const ROWS = {}; const BYNAME = {};
for (const f of fs.readdirSync(CAT).filter(f => /^(drugs|services|consumables).*\.json$/.test(f))) for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f), 'utf8')).rows) { BYNAME[r.name] = r; }
const R = (name) => { const r = BYNAME[name]; if (!r) throw new Error('no catalogue row ' + name); return r; };
// ---- dates
const D = (s) => new Date(s + 'T00:00:00Z'); const fmt = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return fmt(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const fen = (y) => Math.round(y * 100); const yuan = (f) => Math.round(f) / 100;
// ---- regions and institutions
const REG = {
  '510100': { name: '成都', hosp: [['H51010001', 3, 'public'], ['H51010002', 2, 'public'], ['H51010003', 1, 'community'], ['H51010004', 1, 'private clinic']], ph: ['Y51010011', 'Y51010012', 'Y51010013'], dtp: 'Y51010019' },
  '370100': { name: '济南', hosp: [['H37010001', 3, 'public'], ['H37010002', 2, 'public'], ['H37010003', 1, 'community'], ['H37010004', 2, 'private']], ph: ['Y37010011', 'Y37010012', 'Y37010013'], dtp: 'Y37010019' },
  '220100': { name: '长春', hosp: [['H22010001', 3, 'public'], ['H22010002', 2, 'public'], ['H22010003', 1, 'community']], ph: ['Y22010011', 'Y22010012'], dtp: 'Y22010019' },
};
const REGIONS = Object.keys(REG);
const DEPTS = ['cardiology', 'endocrinology', 'respiratory', 'infectious', 'psychiatry', 'oncology', 'nephrology', 'general', 'neurology', 'pharmacy'];
const doc = (hid, dept) => 'D' + hid.slice(1, 7) + hid.slice(-2) + String(DEPTS.indexOf(dept)).padStart(2, '0') + (1 + (hid.charCodeAt(8) + dept.length) % 3);
const levelOf = (hid) => { for (const r of REGIONS) { const h = REG[r].hosp.find(x => x[0] === hid); if (h) return h[1]; } return 1; };
// ---- members
let memberN = 0;
function member(o = {}) {
  memberN++; const gender = o.gender || (rnd() < 0.5 ? 'M' : 'F');
  const age = o.age || ri(40, 78); const by = 2025 - age;
  const insuranceType = o.type || (rnd() < 0.6 ? 'employee' : 'resident');
  const retired = insuranceType === 'employee' && age >= (gender === 'M' ? 62 : 57);
  return { id: 'P116' + String(memberN).padStart(6, '0'), gender, birthDate: `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`, age, insuranceType, retired,
    region: o.region || pick(REGIONS), chronic: o.chronic || null, ledger: { outDed: 0, outFund: 0, chrFund: {}, } };
}
// ---- fund
function policyFor(region, type, vt) { const p = POL.provinces[region.slice(0, 2)]; let s = JSON.parse(JSON.stringify(p.schemes[type][vt])); const o = p.regions && p.regions[region] && p.regions[region].schemes && p.regions[region].schemes[type] && p.regions[region].schemes[type][vt]; if (o) Object.assign(s, o); return s; }
function fund(m, c, policyFen) {
  const vt = c.visitType; const reg = c.insuredRegion || c.region; const pol = policyFor(reg, m.insuranceType, vt); const lvl = String(c.provider.level);
  const ratio = (pol.ratio[lvl] || pol.ratio['1']) + (m.retired ? (pol.retireeRatioBonus || 0) : 0);
  let f;
  if (vt === 'inpatient') { const ded = fen(pol.deductible[lvl]); f = Math.max(0, policyFen - ded) * Math.min(ratio, pol.maxRatio || 1); }
  else if (vt === 'outpatient' || vt === 'pharmacy') { // shared 普通门诊统筹 deductible and cap
    const dedLeft = Math.max(0, fen(pol.deductible) - m.ledger.outDed); const used = Math.min(dedLeft, policyFen); m.ledger.outDed += used;
    f = (policyFen - used) * ratio; const capLeft = Math.max(0, fen(pol.annualFundCap) - m.ledger.outFund); f = Math.min(f, capLeft); m.ledger.outFund += Math.round(f);
  } else { // chronic
    const pd = c.diagnoses.find(d => d.principal).code; let grp = 'base', cap = pol.annualFundCap;
    for (const [k, g] of Object.entries(pol.diseaseCaps || {})) if (g.codes.some(x => pd.startsWith(x))) { grp = k; cap = g.annualFundCap; }
    f = policyFen * ratio; const u = m.ledger.chrFund[grp] || 0; f = Math.min(f, Math.max(0, fen(cap) - u)); m.ledger.chrFund[grp] = u + Math.round(f);
  }
  return Math.round(f);
}
// ---- limits
function ageAt(m, date) { const b = D(m.birthDate), d = D(date); let a = d.getUTCFullYear() - b.getUTCFullYear(); if (d.getUTCMonth() < b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() < b.getUTCDate())) a--; return a; }
function check(c, m, it, r) {
  const errs = []; const vt = c.visitType;
  if (r.setting === 'inpatient' && vt !== 'inpatient') errs.push('setting'); if (r.setting === 'outpatient' && vt === 'inpatient') errs.push('setting');
  if (r.minLevel && c.provider.level < r.minLevel) errs.push('minLevel'); if (r.gender && r.gender !== m.gender) errs.push('gender');
  const a = ageAt(m, it.date); if (r.ageMin != null && a < r.ageMin) errs.push('ageMin'); if (r.ageMax != null && a > r.ageMax) errs.push('ageMax');
  if (r.indications && !(r.indicationsFrom && it.date < r.indicationsFrom) && !c.diagnoses.some(d => r.indications.some(p => d.code.startsWith(p)))) errs.push('indications');
  if (r.maxPerDay != null && (vt === 'inpatient' || r.category !== 'drug') && it.quantity > r.maxPerDay) errs.push('maxPerDay');
  if (r.maxDays != null && vt !== 'inpatient' && it.quantity / (r.supplyPerDay || r.usualPerDay) > r.maxDays + 1e-9) errs.push('maxDays');
  if (it.unitPrice > r.priceCap[String(c.provider.level)] + 1e-9) errs.push('priceCap');
  return errs;
}
// ---- claims
const claims = []; const labels = []; let seq = 0; const seqBy = {};
function mkClaim(m, o) {
  // o: {hid, level, dept, visitType, date | adm/dis, dx:[codes], lines:[{name, date, qty, price?, long?, bad?}], region, doctorId, extra}
  const region = o.region || m.region; const hid = o.hid; const lvl = o.level || levelOf(hid);
  seqBy[hid] = (seqBy[hid] || 0) + 1;
  const c = { claimId: `${region}-${hid}-2025-${String(seqBy[hid]).padStart(6, '0')}`, region, insuranceType: m.insuranceType, visitType: o.visitType,
    patient: { insuredId: m.id, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: { enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: ri(4, 15), lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: m.insuranceType === 'employee' ? ri(18, 35) : 0, special: null },
    provider: { hospitalId: hid, level: lvl, department: o.dept, doctorId: o.doctorId || doc(hid, o.dept) } };
  if (m.chronic) c.enrollment.chronicDiseases = m.chronic;
  if (region !== m.region) c.insuredRegion = m.region;
  if (o.visitType === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.mode || 'ordered'; }
  else c.visitDate = o.date;
  c.diagnoses = o.dx.map((d, i) => i ? { code: d } : { code: d, principal: true });
  if (o.visitType === 'inpatient') { c.procedures = []; c.reportedGroup = { drg: null, dip: null }; }
  c.items = []; const bad = []; let tot = 0, pol = 0;
  o.lines.forEach((l, i) => {
    const r = R(l.name); const code = r.products ? r.products[0] : r.code; const price = l.price != null ? l.price : r.priceCap[String(lvl)];
    const it = { lineId: String(i + 1), code, name: r.name, category: r.category, date: l.date || o.date || o.adm, quantity: l.qty, unitPrice: price, amount: yuan(fen(price) * l.qty) };
    if (r.category === 'drug' && l.long) it.longPrescription = true;
    const e = check(c, m, it, r); if (e.length && !l.bad) throw new Error(`line breaks ${e} : ${r.name} in ${c.claimId} (${o.dx})`);
    if (l.bad) bad.push(it.lineId);
    c.items.push(it); const af = fen(it.amount); tot += af; pol += Math.round(af * (1 - r.selfPayShare));
  });
  c.amounts = { total: yuan(tot), policy: yuan(pol), fundClaimed: 0 };
  c._m = m; c._pol = pol; c._sort = o.visitType === 'inpatient' ? o.dis : o.date; c._bad = bad; c._seq = seq++;
  claims.push(c); return c;
}
// convenience builders
const H = (region, level) => REG[region].hosp.find(h => h[1] === level) || REG[region].hosp[0];
function pharm(m, date, dx, lines, o = {}) { const reg = o.region || m.region; const ph = o.ph || pick(REG[reg].ph); const pr = o.prescriber || H(reg, pick([3, 2]));
  return mkClaim(m, { hid: ph, level: 1, dept: 'pharmacy', visitType: 'pharmacy', date, dx, region: reg, doctorId: o.doctorId || doc(pr[0], o.pdept || 'general'), lines: lines.map(l => ({ date, ...l })) }); }
function dtp(m, date, dx, lines, o = {}) { const reg = o.region || m.region; const ph = o.ph || REG[reg].dtp; const pr = H(reg, 3);
  return mkClaim(m, { hid: ph, level: 1, dept: 'pharmacy', visitType: 'chronic', date, dx, region: reg, doctorId: o.doctorId || doc(pr[0], o.pdept || 'oncology'), lines: lines.map(l => ({ date, ...l })) }); }
function chronicVisit(m, date, dx, dept, lines, o = {}) { const reg = o.region || m.region; const h = o.h || H(reg, o.level || pick([3, 2, 1]));
  const base = [{ name: '门诊慢特病管理诊查费', qty: 1 }]; if (o.labs) base.push(...o.labs.map(n => ({ name: n, qty: 1 })));
  return mkClaim(m, { hid: h[0], level: h[1], dept, visitType: 'chronic', date, dx, region: reg, lines: base.concat(lines).map(l => ({ date, ...l })) }); }
function opVisit(m, date, dx, dept, lines, o = {}) { const reg = o.region || m.region; const h = o.h || H(reg, o.level || pick([3, 2, 1]));
  const base = [{ name: '普通门诊诊察费', qty: 1 }]; if (o.labs) base.push(...o.labs.map(n => ({ name: n, qty: 1 })));
  return mkClaim(m, { hid: h[0], level: h[1], dept, visitType: 'outpatient', date, dx, region: reg, lines: base.concat(lines).map(l => ({ date, ...l })) }); }
function stay(m, adm, nights, dx, o = {}) { // pneumonia or stroke ward
  const reg = o.region || m.region; const h = o.h || H(reg, o.level || 2); const dis = add(adm, nights); const L = [];
  for (let d = 0; d < nights; d++) { const dt = add(adm, d);
    L.push({ name: '普通病房床位费(三人间)', date: dt, qty: 1 }, { name: '住院诊查费', date: dt, qty: 1 }, { name: d < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理', date: dt, qty: 1 });
    for (const [n, q] of (o.daily || [])) L.push({ name: n, date: dt, qty: q }); }
  L.push({ name: '血常规(五分类)', date: adm, qty: 1 }, { name: 'C反应蛋白测定', date: adm, qty: 1 }, { name: '肝功能(全套)', date: add(adm, 1), qty: 1 }, { name: '肾功能(三项)', date: add(adm, 1), qty: 1 });
  for (const [n, q, dd] of (o.once || [])) L.push({ name: n, date: add(adm, dd || 0), qty: q });
  for (const [n, q] of (o.discharge || [])) L.push({ name: n, date: dis, qty: q });
  if (nights > 4) L.push({ name: '血常规(五分类)', date: add(adm, nights - 1), qty: 1 });
  return mkClaim(m, { hid: h[0], level: h[1], dept: o.dept || 'respiratory', visitType: 'inpatient', adm, dis, dx, region: reg, route: o.route, mode: o.mode, lines: L });
}
const PNEU = { daily: [['注射用头孢曲松钠', 2], ['氯化钠注射液', 2]], once: [['数字化X线摄影(DR)(胸部)', 1, 0]] };
// ---- chronic regimens: [dx, dept, drugs [[name, perDay]]]
const REGIMEN = {
  htn: { dx: ['I10.x00x002'], dept: 'cardiology', chronic: ['I10'], drugs: [['苯磺酸氨氯地平片', 1], ['厄贝沙坦片', 1]] },
  htn2: { dx: ['I10.x00x002', 'E78.500'], dept: 'cardiology', chronic: ['I10'], drugs: [['硝苯地平控释片', 1], ['阿托伐他汀钙片', 1]] },
  dm: { dx: ['E11.900'], dept: 'endocrinology', chronic: ['E11'], drugs: [['盐酸二甲双胍片', 3], ['格列美脲片', 1]] },
  dm2: { dx: ['E11.900', 'I10.x00x002'], dept: 'endocrinology', chronic: ['E11', 'I10'], drugs: [['盐酸二甲双胍缓释片', 2], ['达格列净片', 1], ['缬沙坦胶囊', 1]] },
  copd: { dx: ['J44.900'], dept: 'respiratory', chronic: ['J44'], drugs: [['噻托溴铵粉吸入剂', 0.035], ['布地奈德福莫特罗吸入粉雾剂', 0.0333333]] },
  hbv: { dx: ['B18.100'], dept: 'infectious', chronic: ['B18'], drugs: [['恩替卡韦分散片', 1]] },
  scz: { dx: ['F20.900'], dept: 'psychiatry', chronic: ['F20'], drugs: [['奥氮平片', 1], ['阿立哌唑片', 2]] },
  chd: { dx: ['I25.100', 'I10.x00x002'], dept: 'cardiology', chronic: ['I25', 'I10'], drugs: [['阿司匹林肠溶片', 1], ['瑞舒伐他汀钙片', 1], ['比索洛尔片', 1]] },
};
function rx(reg, days, long) { return REGIMEN[reg].drugs.map(([n, pd]) => { const r = R(n); let q = Math.ceil(pd * days - 1e-9); if (r.unit === '支' || r.unit === '盒') q = Math.max(1, Math.round(pd * days)); return { name: n, qty: q, long: !!long }; }); }
const MON = (mo, d) => `2025-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
// ---- case registry
let caseN = 0;
function addCase(kind, code, name, cs, targets, variant, mutated) {
  caseN++; const mut = {}; if (kind === 'fraud') { for (const c of (mutated || targets)) if (c._bad.length) mut[c.claimId] = c._bad.slice(); }
  labels.push({ caseId: 'B116-' + String(caseN).padStart(4, '0'), kind, code, name, claimIds: cs.map(c => c.claimId), targets: (kind === 'fraud' ? targets : cs).map(c => c.claimId), mutatedLines: mut, typology: code, variant });
}
const bad = (l) => ({ ...l, bad: true });
// ============ FRAUD ============
const F = [];
const T = (code, name, fn) => F.push([code, name, fn]);
T('T01', '串换：日用品/化妆品串换为医保药品', (i, careful) => {
  const m = member(); const cs = []; const d0 = MON(ri(2, 10), ri(3, 20)); const ph = pick(REG[m.region].ph);
  if (!careful) { cs.push(pharm(m, d0, ['J06.900'], [bad({ name: '玻璃酸钠滴眼液', qty: ri(8, 12) }), bad({ name: '重组人表皮生长因子外用溶液', qty: ri(6, 10) }), { name: '氯雷他定片', qty: 6 }], { ph, doctorId: 'D' + ph.slice(1) + '99' })); return [cs, cs]; }
  for (let k = 0; k < 3; k++) cs.push(pharm(m, add(d0, 30 * k + ri(0, 3)), ['H10.900'], [bad({ name: '玻璃酸钠滴眼液', qty: ri(3, 5) }), bad({ name: '莫匹罗星软膏', qty: ri(2, 4) })], { ph, doctorId: 'D' + ph.slice(1) + '99' }));
  return [cs, cs];
});
T('T02', '倒卖药品：GLP-1 数日内多店重复购买', (i, careful) => {
  const m = member({ chronic: ['E11'], age: ri(38, 65) }); const reg = m.region; const d0 = MON(ri(2, 9), ri(2, 20)); const cs = [];
  cs.push(opVisit(m, d0, ['E11.900'], 'endocrinology', [{ name: '司美格鲁肽注射液', qty: 2 }], { level: 3, labs: ['糖化血红蛋白测定'] }));
  const phs = REG[reg].ph; const n = careful ? 2 : 3;
  for (let k = 0; k < n; k++) cs.push(pharm(m, add(d0, careful ? 6 + 8 * k : 2 + 2 * k), ['E11.900'], [bad({ name: '司美格鲁肽注射液', qty: careful ? 2 : 4 })], { ph: phs[k % phs.length], pdept: 'endocrinology' }));
  return [cs, cs.slice(1)];
});
T('T03', '回流药：胰岛素囤积远超需要', (i, careful) => {
  const m = member({ chronic: ['E11'] }); const d0 = MON(ri(1, 4), ri(2, 25)); const cs = []; const gap = careful ? 21 : 10;
  for (let k = 0; k < (careful ? 6 : 5); k++) cs.push(pharm(m, add(d0, gap * k), ['E11.900'], [bad({ name: '甘精胰岛素注射液', qty: careful ? 6 : 10 }), bad({ name: '门冬胰岛素注射液', qty: careful ? 6 : 10 })], { ph: REG[m.region].ph[k % 2], pdept: 'endocrinology' }));
  return [cs, cs.slice(1)];
});
T('T04', '倒卖靶向药：双通道药店多处重复取药', (i, careful) => {
  const m = member({ chronic: ['C34'] }); const reg = m.region; const d0 = MON(ri(2, 8), ri(2, 20)); const cs = [];
  cs.push(opVisit(m, d0, ['C34.900x001'], 'oncology', [], { level: 3, labs: ['胸部CT平扫'] }));
  cs.push(dtp(m, d0, ['C34.900x001'], [{ name: '甲磺酸奥希替尼片', qty: 30 }]));
  const other = REGIONS.find(r => r !== reg);
  cs.push(mkClaim(m, { hid: H(reg, 3)[0], dept: 'oncology', visitType: 'chronic', date: add(d0, careful ? 12 : 4), dx: ['C34.900x001'], lines: [{ name: '门诊慢特病管理诊查费', qty: 1 }, bad({ name: '甲磺酸奥希替尼片', qty: 30 })].map(l => ({ date: add(d0, careful ? 12 : 4), ...l })) }));
  if (!careful) cs.push(dtp(m, add(d0, 8), ['C34.900x001'], [bad({ name: '甲磺酸奥希替尼片', qty: 30 })], { region: other }));
  return [cs, cs.slice(2)];
});
T('T05', '超量开药：普通处方超出用量上限', (i, careful) => {
  const m = member({ chronic: ['I10'] }); const d0 = MON(ri(2, 10), ri(2, 25)); const reg = pick(['htn', 'htn2']);
  const days = careful ? 60 : ri(150, 200);
  const c = opVisit(m, d0, REGIMEN[reg].dx, 'cardiology', rx(reg, days, false).map(bad), { level: pick([2, 1]) });
  return [[c], [c]];
});
T('T06', '提前续药：慢病续方间隔越来越短', (i, careful) => {
  const reg = pick(['htn', 'dm', 'chd']); const m = member({ chronic: REGIMEN[reg].chronic }); let d = MON(ri(1, 3), ri(2, 20)); const cs = []; const h = H(m.region, pick([2, 1]));
  const gaps = careful ? [26, 22, 19, 17, 15] : [20, 14, 10, 8, 7];
  cs.push(chronicVisit(m, d, REGIMEN[reg].dx, REGIMEN[reg].dept, rx(reg, 30), { h }));
  for (const g of gaps) { d = add(d, g); cs.push(chronicVisit(m, d, REGIMEN[reg].dx, REGIMEN[reg].dept, rx(reg, 30).map(bad), { h })); }
  return [cs, cs.slice(2)];
});
T('T07', '药品与参保人诊断不符', (i, careful) => {
  const m = member({ chronic: ['I10'] }); const d0 = MON(ri(2, 11), ri(2, 25)); const cs = [];
  cs.push(chronicVisit(m, d0, ['I10.x00x002'], 'cardiology', rx('htn', 30), { level: 2 }));
  if (!careful) cs.push(pharm(m, add(d0, ri(3, 10)), ['I10.x00x002'], [{ name: '苯磺酸氨氯地平片', qty: 14 }, bad({ name: '恩替卡韦分散片', qty: 28 }), bad({ name: '多烯磷脂酰胆碱胶囊', qty: 72 })]));
  else cs.push(pharm(m, add(d0, ri(3, 10)), ['I10.x00x002'], [bad({ name: '达比加群酯胶囊', qty: 60 }), bad({ name: '甲钴胺片', qty: 90 })]));
  return [cs, cs.slice(1)];
});
T('T08', '住院期间他处药店购药（借卡/冒名）', (i, careful) => {
  const m = member({ chronic: ['I10'], age: ri(60, 80) }); const adm = MON(ri(2, 10), ri(2, 18)); const n = ri(7, 10); const cs = [];
  cs.push(stay(m, adm, n, ['J18.900', 'I10.x00x002'], PNEU));
  const buy = careful ? [add(adm, 3)] : [add(adm, 2), add(adm, 5)];
  for (const b of buy) cs.push(pharm(m, b, ['I10.x00x002'], rx('htn', 30).map(bad)));
  cs.sort((a, b) => a._sort < b._sort ? -1 : 1);
  return [cs, cs.filter(c => c.visitType === 'pharmacy')];
});
T('T09', '参保人死亡后继续购药', (i, careful) => {
  const reg = pick(['dm2', 'chd']); const m = member({ chronic: REGIMEN[reg].chronic, age: ri(70, 86) }); const adm = MON(ri(1, 8), ri(2, 20)); const cs = [];
  const ph = pick(REG[m.region].ph);
  cs.push(pharm(m, add(adm, -25), REGIMEN[reg].dx, rx(reg, 30), { ph }));
  cs.push(stay(m, adm, ri(4, 9), ['I63.900'].concat(REGIMEN[reg].dx), { dept: 'neurology', mode: 'death', route: 'emergency', level: 3, daily: [['氯化钠注射液', 2]], once: [['胸部CT平扫', 1, 0]] }));
  const dis = cs[1].dischargeDate; const after = careful ? [add(dis, ri(40, 60))] : [add(dis, 7), add(dis, 37)];
  for (const a of after) cs.push(pharm(m, a, REGIMEN[reg].dx, rx(reg, 30).map(bad), { ph }));
  return [cs, cs.slice(2)];
});
T('T10', '限定支付药品超适应症/无双通道处方销售', (i, careful) => {
  const cs = [];
  if (!careful) { const m = member({ chronic: ['C50'], gender: 'F' }); const d0 = MON(ri(2, 10), ri(2, 20)); cs.push(dtp(m, d0, ['C50.900'], [bad({ name: '甲磺酸奥希替尼片', qty: 30 })], { doctorId: 'D' + REG[m.region].dtp.slice(1) + '99' })); cs.push(dtp(m, add(d0, 30), ['C50.900'], [bad({ name: '甲磺酸奥希替尼片', qty: 30 })], { doctorId: 'D' + REG[m.region].dtp.slice(1) + '99' })); return [cs, cs]; }
  const m = member({ age: ri(60, 78) }); const d0 = MON(ri(2, 10), ri(2, 20));
  cs.push(pharm(m, d0, ['I10.x00x002'], [{ name: '苯磺酸氨氯地平片', qty: 28 }, bad({ name: '利伐沙班片', qty: 30 })])); return [cs, cs];
});
T('T11', '同一处方重复配药结算', (i, careful) => {
  const reg = pick(['htn', 'dm', 'copd']); const m = member({ chronic: REGIMEN[reg].chronic }); const d0 = MON(ri(2, 11), ri(2, 20)); const phs = REG[m.region].ph; const pr = H(m.region, 3);
  const lines = rx(reg, 30); const dId = doc(pr[0], REGIMEN[reg].dept);
  const a = pharm(m, d0, REGIMEN[reg].dx, lines, { ph: phs[0], doctorId: dId });
  const b = pharm(m, careful ? add(d0, 1) : d0, REGIMEN[reg].dx, lines.map(bad), { ph: careful ? phs[1] : phs[0], doctorId: dId });
  return [[a, b], [b]];
});
T('T12', '药店虚构处方为无处方购药者结算', (i, careful) => {
  const m = member({ age: ri(25, 45) }); const ph = pick(REG[m.region].ph); const d0 = MON(ri(2, 11), ri(2, 25)); const cs = []; const dId = 'D' + ph.slice(1) + '98';
  const n = careful ? 1 : 3;
  for (let k = 0; k < n; k++) cs.push(pharm(m, add(d0, k * ri(5, 9)), ['I10.x00x002', 'E11.900'], [bad({ name: '阿莫西林克拉维酸钾片', qty: 18 }), bad({ name: '硝苯地平控释片', qty: 30 }), bad({ name: '磷酸西格列汀片', qty: 30 })], { ph, doctorId: dId }));
  return [cs, cs];
});
T('T13', '月底集中刷卡', (i, careful) => {
  const m = member({ chronic: ['E11'], type: 'employee' }); const ph = pick(REG[m.region].ph); const mo = ri(2, 11); const day = [28, 30, 31, 28, 30, 28, 31, 31, 30, 31, 30][mo - 1] || 28; const d = MON(mo, Math.min(day, 28 + (mo === 2 ? 0 : 2))); const cs = [];
  const baskets = careful ? [[{ name: '盐酸二甲双胍缓释片', qty: 60 }, { name: '磷酸西格列汀片', qty: 30 }], [{ name: '达格列净片', qty: 30 }]] : [[{ name: '盐酸二甲双胍缓释片', qty: 60 }], [{ name: '达格列净片', qty: 30 }], [{ name: '磷酸西格列汀片', qty: 30 }], [{ name: '阿托伐他汀钙片', qty: 30 }]];
  for (const bk of baskets) cs.push(pharm(m, d, ['E11.900'], bk.map(bad), { ph }));
  return [cs, cs];
});
T('T14', '异地重复配药：两地药店同期取同一慢病药', (i, careful) => {
  const reg = pick(['htn', 'dm', 'hbv']); const m = member({ chronic: REGIMEN[reg].chronic }); const other = REGIONS.find(r => r !== m.region); const d0 = MON(ri(2, 8), ri(2, 20)); const cs = [];
  for (let k = 0; k < 3; k++) { const dd = add(d0, 30 * k);
    cs.push(pharm(m, dd, REGIMEN[reg].dx, rx(reg, 30)));
    cs.push(pharm(m, add(dd, careful ? ri(8, 12) : ri(1, 3)), REGIMEN[reg].dx, rx(reg, 30).map(bad), { region: other })); }
  cs.sort((a, b) => a._sort < b._sort ? -1 : 1);
  return [cs, cs.filter(c => c.region === other)];
});
T('T15', '药店超医保支付标准价格销售', (i, careful) => {
  const reg = pick(['htn', 'dm2', 'copd', 'chd']); const m = member({ chronic: REGIMEN[reg].chronic }); const d0 = MON(ri(2, 11), ri(2, 25));
  const f = careful ? 1.06 : 1.6;
  const lines = rx(reg, 30).map(l => bad({ ...l, price: Math.round(R(l.name).priceCap['1'] * f * 100) / 100 }));
  return [[pharm(m, d0, REGIMEN[reg].dx, lines)], null];
});
// ============ CONTROLS ============
const C = [];
const K = (code, name, fn) => C.push([code, name, fn]);
K('C01', '稳定高血压 12 周长处方', () => { const reg = pick(['htn', 'htn2']); const m = member({ chronic: ['I10'], age: ri(55, 80) }); const d = MON(ri(1, 6), ri(2, 25)); const h = H(m.region, pick([1, 2]));
  return [chronicVisit(m, d, REGIMEN[reg].dx, 'cardiology', rx(reg, 84, true), { h, labs: ['肾功能(三项)'] }), chronicVisit(m, add(d, ri(80, 86)), REGIMEN[reg].dx, 'cardiology', rx(reg, 84, true), { h })]; });
K('C02', '稳定 2 型糖尿病 12 周长处方', () => { const m = member({ chronic: ['E11'] }); const d = MON(ri(1, 6), ri(2, 25)); const h = H(m.region, pick([1, 2]));
  return [chronicVisit(m, d, ['E11.900'], 'endocrinology', rx('dm', 84, true), { h, labs: ['糖化血红蛋白测定'] }), chronicVisit(m, add(d, ri(78, 85)), ['E11.900'], 'endocrinology', rx('dm', 84, true), { h, labs: ['糖化血红蛋白测定'] })]; });
K('C03', '春节前提前续药', () => { const reg = pick(['htn', 'dm', 'chd']); const m = member({ chronic: REGIMEN[reg].chronic }); const ph = pick(REG[m.region].ph); const d = MON(1, ri(2, 4));
  return [pharm(m, add(d, -30), REGIMEN[reg].dx, rx(reg, 30), { ph }), pharm(m, add(d, 18), REGIMEN[reg].dx, rx(reg, 30), { ph }), pharm(m, add(d, 48), REGIMEN[reg].dx, rx(reg, 30), { ph })]; });
K('C04', '出行前提前续药（长处方）', () => { const reg = pick(['htn', 'dm2']); const m = member({ chronic: REGIMEN[reg].chronic, age: ri(60, 75) }); const d = MON(ri(4, 6), ri(2, 20)); const h = H(m.region, 2);
  return [chronicVisit(m, d, REGIMEN[reg].dx, REGIMEN[reg].dept, rx(reg, 30), { h }), chronicVisit(m, add(d, 20), REGIMEN[reg].dx, REGIMEN[reg].dept, rx(reg, 84, true), { h })]; });
K('C05', '门诊调整剂量后加量续药', () => { const m = member({ chronic: ['I10'] }); const d = MON(ri(2, 8), ri(2, 20)); const ph = pick(REG[m.region].ph);
  const a = pharm(m, d, ['I10.x00x002'], [{ name: '苯磺酸氨氯地平片', qty: 30 }], { ph, pdept: 'cardiology' });
  const b = opVisit(m, add(d, 14), ['I10.x00x002'], 'cardiology', [{ name: '苯磺酸氨氯地平片', qty: 28 }, { name: '厄贝沙坦片', qty: 28 }], { level: 2, labs: ['常规心电图检查', '肾功能(三项)'] });
  const c = pharm(m, add(d, 40), ['I10.x00x002'], [{ name: '苯磺酸氨氯地平片', qty: 56 }, { name: '厄贝沙坦片', qty: 28 }], { ph, pdept: 'cardiology' }); return [a, b, c]; });
K('C06', '迁居异地后更换药店', () => { const reg = pick(['htn', 'dm', 'copd']); const m = member({ chronic: REGIMEN[reg].chronic }); const other = REGIONS.find(r => r !== m.region); const d = MON(ri(2, 6), ri(2, 20));
  return [pharm(m, d, REGIMEN[reg].dx, rx(reg, 30)), pharm(m, add(d, 29), REGIMEN[reg].dx, rx(reg, 30)), pharm(m, add(d, 57), REGIMEN[reg].dx, rx(reg, 30), { region: other }), pharm(m, add(d, 86), REGIMEN[reg].dx, rx(reg, 30), { region: other })]; });
K('C07', '同一家庭两人同药同日购药', () => { const reg = pick(['htn', 'dm']); const region = pick(REGIONS); const a = member({ chronic: REGIMEN[reg].chronic, region, gender: 'M', age: ri(62, 75) }); const b = member({ chronic: REGIMEN[reg].chronic, region, gender: 'F', age: ri(58, 72) }); const ph = pick(REG[region].ph); const d = MON(ri(2, 11), ri(2, 25));
  return [pharm(a, d, REGIMEN[reg].dx, rx(reg, 30), { ph }), pharm(b, d, REGIMEN[reg].dx, rx(reg, 30), { ph })]; });
K('C08', '双通道靶向药凭医院处方取药', () => { const m = member({ chronic: ['C34'] }); const d = MON(ri(1, 7), ri(2, 20)); const cs = [];
  for (let k = 0; k < 3; k++) { const dd = add(d, 30 * k); cs.push(chronicVisit(m, dd, ['C34.900x001'], 'oncology', [], { level: 3, labs: k === 0 ? ['胸部CT平扫', '血常规(五分类)'] : ['血常规(五分类)'] })); cs.push(dtp(m, dd, ['C34.900x001'], [{ name: '甲磺酸奥希替尼片', qty: 30 }])); }
  return cs; });
K('C09', '1 型糖尿病大剂量胰岛素', () => { const m = member({ chronic: ['E10'], age: ri(18, 35) }); const d = MON(ri(1, 6), ri(2, 20)); const h = H(m.region, 3); const cs = [];
  for (let k = 0; k < 3; k++) cs.push(chronicVisit(m, add(d, 30 * k), ['E10.900'], 'endocrinology', [{ name: '甘精胰岛素注射液', qty: 3 }, { name: '门冬胰岛素注射液', qty: 6 }], { h, labs: ['糖化血红蛋白测定'] }));
  return cs; });
K('C10', '出院带药后药店续药', () => { const m = member({ chronic: ['I10'], age: ri(60, 80) }); const adm = MON(ri(2, 10), ri(2, 18)); const n = ri(6, 9);
  const s = stay(m, adm, n, ['J18.900', 'I10.x00x002'], { ...PNEU, discharge: [['阿奇霉素片', 3], ['苯磺酸氨氯地平片', 14]] });
  return [s, pharm(m, add(s.dischargeDate, 13), ['I10.x00x002'], rx('htn', 30))]; });
K('C11', '慢性乙肝抗病毒门诊慢特病', () => { const m = member({ chronic: ['B18'], age: ri(30, 60) }); const d = MON(ri(1, 5), ri(2, 20)); const h = H(m.region, 3);
  return [chronicVisit(m, d, ['B18.100'], 'infectious', rx('hbv', 84, true), { h, labs: ['肝功能(全套)', '乙肝五项定量'] }), chronicVisit(m, add(d, 82), ['B18.100'], 'infectious', rx('hbv', 84, true), { h, labs: ['肝功能(全套)'] })]; });
K('C12', '慢病疗程中的无关急性购药', () => { const m = member({ chronic: ['I10'] }); const d = MON(ri(2, 10), ri(2, 20)); const ph = pick(REG[m.region].ph);
  return [pharm(m, d, ['I10.x00x002'], rx('htn', 30), { ph }), pharm(m, add(d, ri(8, 18)), ['J06.900'], [{ name: '连花清瘟胶囊', qty: 36 }, { name: '对乙酰氨基酚片', qty: 9 }], { ph }), pharm(m, add(d, 30), ['I10.x00x002'], rx('htn', 30), { ph })]; });
K('C13', 'COPD 吸入剂按月续药', () => { const m = member({ chronic: ['J44'], age: ri(60, 80) }); const d = MON(ri(1, 6), ri(2, 20)); const h = H(m.region, 2);
  return [0, 1, 2].map(k => chronicVisit(m, add(d, 30 * k), ['J44.900'], 'respiratory', rx('copd', 30), { h })); });
K('C14', '精神分裂症长效针剂与口服维持', () => { const m = member({ chronic: ['F20'], age: ri(25, 55) }); const d = MON(ri(1, 6), ri(2, 20)); const h = H(m.region, 3);
  return [0, 1, 2].map(k => chronicVisit(m, add(d, 28 * k), ['F20.900'], 'psychiatry', [{ name: '棕榈酸帕利哌酮注射液', qty: 1 }, { name: '奥氮平片', qty: 28 }], { h })); });
K('C15', '器官移植术后抗排异大剂量', () => { const m = member({ chronic: ['Z94'], age: ri(30, 60) }); const d = MON(ri(1, 6), ri(2, 20)); const h = H(m.region, 3);
  return [0, 1, 2].map(k => chronicVisit(m, add(d, 30 * k), ['Z94.000'], 'nephrology', [{ name: '他克莫司胶囊', qty: 180 }, { name: '吗替麦考酚酯胶囊', qty: 180 }], { h, labs: ['肾功能(三项)', '血常规(五分类)'] })); });
K('C16', '房颤华法林按 INR 调量', () => { const m = member({ age: ri(62, 80) }); const d = MON(ri(2, 8), ri(2, 20)); const h = H(m.region, 2);
  return [opVisit(m, d, ['I48.900'], 'cardiology', [{ name: '华法林钠片', qty: 45 }], { h }), opVisit(m, add(d, 21), ['I48.900'], 'cardiology', [{ name: '华法林钠片', qty: 60 }], { h })]; });
K('C17', '2 型糖尿病 GLP-1 规范续药', () => { const m = member({ chronic: ['E11'], age: ri(40, 65) }); const d = MON(ri(1, 6), ri(2, 20)); const h = H(m.region, 3);
  const cs = [opVisit(m, d, ['E11.900'], 'endocrinology', [{ name: '司美格鲁肽注射液', qty: 1 }, { name: '盐酸二甲双胍片', qty: 90 }], { h, labs: ['糖化血红蛋白测定'] })];
  cs.push(pharm(m, add(d, 27), ['E11.900'], [{ name: '司美格鲁肽注射液', qty: 2 }], { pdept: 'endocrinology' })); cs.push(pharm(m, add(d, 55), ['E11.900'], [{ name: '司美格鲁肽注射液', qty: 2 }, { name: '盐酸二甲双胍片', qty: 90 }], { pdept: 'endocrinology' })); return cs; });
K('C18', '出院当日药店续购慢病药', () => { const m = member({ chronic: ['I10'], age: ri(60, 80) }); const adm = MON(ri(2, 10), ri(2, 18)); const s = stay(m, adm, ri(6, 9), ['J18.900', 'I10.x00x002'], PNEU);
  return [s, pharm(m, s.dischargeDate, ['I10.x00x002'], rx('htn', 30))]; });
K('C19', '同一周在两家药店购买不同药品', () => { const m = member({ chronic: ['I10'], age: ri(55, 75) }); const d = MON(ri(2, 10), ri(2, 20)); const phs = REG[m.region].ph;
  return [pharm(m, d, ['I10.x00x002'], rx('htn', 30), { ph: phs[0] }), pharm(m, add(d, ri(2, 5)), ['H10.900'], [{ name: '左氧氟沙星滴眼液', qty: 1 }, { name: '玻璃酸钠滴眼液', qty: 1 }], { ph: phs[1] })]; });
K('C20', '月末正常续药（单次）', () => { const reg = pick(['dm', 'htn']); const m = member({ chronic: REGIMEN[reg].chronic }); const ph = pick(REG[m.region].ph); const mo = ri(2, 10);
  return [pharm(m, MON(mo, 28), REGIMEN[reg].dx, rx(reg, 30), { ph }), pharm(m, MON(mo + 1, 28), REGIMEN[reg].dx, rx(reg, 30), { ph })]; });
K('C21', '乳腺癌口服化疗门诊慢特病', () => { const m = member({ chronic: ['C50'], gender: 'F', age: ri(40, 65) }); const d = MON(ri(1, 7), ri(2, 20)); const h = H(m.region, 3);
  return [0, 1, 2].map(k => chronicVisit(m, add(d, 21 * k), ['C50.900'], 'oncology', [{ name: '卡培他滨片', qty: 112 }], { h, labs: ['血常规(五分类)', '肝功能(全套)'] })); });
K('C22', '多病共存老人多药长处方', () => { const m = member({ chronic: ['I10', 'E11', 'I25'], age: ri(70, 85) }); const d = MON(ri(1, 6), ri(2, 20)); const h = H(m.region, 1);
  const lines = rx('chd', 84, true).concat(rx('dm', 84, true));
  return [chronicVisit(m, d, ['I25.100', 'I10.x00x002', 'E11.900'], 'general', lines, { h }), chronicVisit(m, add(d, 83), ['I25.100', 'I10.x00x002', 'E11.900'], 'general', lines, { h })]; });
K('C23', '口服药失效改用胰岛素起始', () => { const m = member({ chronic: ['E11'], age: ri(50, 72) }); const d = MON(ri(2, 8), ri(2, 20)); const h = H(m.region, 2);
  return [chronicVisit(m, d, ['E11.900'], 'endocrinology', rx('dm', 30), { h, labs: ['糖化血红蛋白测定'] }), chronicVisit(m, add(d, 12), ['E11.900'], 'endocrinology', [{ name: '甘精胰岛素注射液', qty: 2 }, { name: '盐酸二甲双胍片', qty: 90 }], { h, labs: ['空腹血糖测定'] }), chronicVisit(m, add(d, 42), ['E11.900'], 'endocrinology', [{ name: '甘精胰岛素注射液', qty: 3 }, { name: '盐酸二甲双胍片', qty: 90 }], { h })]; });
K('C24', '精神分裂症社区 12 周长处方', () => { const m = member({ chronic: ['F20'], age: ri(30, 60) }); const d = MON(ri(1, 6), ri(2, 20)); const h = H(m.region, 1);
  return [chronicVisit(m, d, ['F20.900'], 'psychiatry', rx('scz', 84, true), { h }), chronicVisit(m, add(d, 84), ['F20.900'], 'psychiatry', rx('scz', 84, true), { h })]; });
// ============ build ============
for (const [code, name, fn] of F) for (let i = 0; i < 15; i++) { const careful = i % 3 === 2; const [cs, tg] = fn(i, careful); addCase('fraud', code, name, cs, tg || cs, careful ? 'careful' : 'overt'); }
for (const [code, name, fn] of C) for (let i = 0; i < 15; i++) addCase('control', code, name, fn(i), null, 'legitimate');
const ACUTE = [[['J06.900'], 'general', [{ name: '连花清瘟胶囊', qty: 24 }, { name: '对乙酰氨基酚片', qty: 6 }]], [['K29.700'], 'general', [{ name: '奥美拉唑肠溶胶囊', qty: 14 }]], [['M54.500'], 'general', [{ name: '布洛芬缓释胶囊', qty: 10 }]], [['J20.900'], 'respiratory', [{ name: '阿莫西林胶囊', qty: 42 }, { name: '盐酸氨溴索片', qty: 21 }]], [['J30.400'], 'general', [{ name: '氯雷他定片', qty: 14 }]]];
for (let i = 0; i < 100; i++) { const k = i % 4; let cs;
  if (k === 0) { const a = pick(ACUTE); const m = member(); cs = [opVisit(m, MON(ri(1, 12), ri(1, 28)), a[0], a[1], a[2], { labs: a[0][0] === 'J20.900' ? ['血常规(五分类)'] : [] })]; }
  else if (k === 1) { const a = pick(ACUTE); const m = member(); cs = [pharm(m, MON(ri(1, 12), ri(1, 28)), a[0], a[2])]; }
  else if (k === 2) { const reg = pick(['htn', 'htn2', 'dm', 'dm2', 'chd']); const m = member({ chronic: REGIMEN[reg].chronic }); cs = [chronicVisit(m, MON(ri(1, 12), ri(1, 28)), REGIMEN[reg].dx, REGIMEN[reg].dept, rx(reg, 30))]; }
  else { const reg = pick(['htn', 'dm', 'chd', 'copd']); const m = member({ chronic: REGIMEN[reg].chronic }); const d = MON(ri(1, 11), ri(1, 28)); cs = [pharm(m, d, REGIMEN[reg].dx, rx(reg, 30))]; }
  addCase('routine', 'R', '常规就诊/购药', cs, null, 'routine'); }
// ---- settle in date order, compute fund, groups
claims.sort((a, b) => a._sort < b._sort ? -1 : a._sort > b._sort ? 1 : a._seq - b._seq);
const groups = {}; if (GROUPS) for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const g = JSON.parse(l); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || (g.group && g.group.drg); if (id) groups[id] = drg; }
for (const c of claims) { c.amounts.fundClaimed = yuan(fund(c._m, c, c._pol)); if (c.visitType === 'inpatient' && GROUPS) c.reportedGroup.drg = groups[c.claimId] || null; }
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), claims.map(c => { const o = {}; for (const k in c) if (!k.startsWith('_')) o[k] = c[k]; return JSON.stringify(o); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1));
console.error(`claims ${claims.length}, cases ${labels.length}`);
