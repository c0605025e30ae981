#!/usr/bin/env node
// blind45 generator: long-stay and repeat-attendance care, 2026.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Deterministic: fixed seed, no clock, no environment. Writes <outdir>/claims.ndjson and <outdir>/labels.json.
'use strict';
const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : null; };
const CATDIR = path.resolve(opt('--catalogue') || path.join(__dirname, '..', 'base46', 'rules', 'catalogue'));
const GROUPS = opt('--groups');

// ---------------------------------------------------------------- rng (mulberry32, seed 45)
let S = 45 >>> 0;
function rnd() { S = (S + 0x6D2B79F5) >>> 0; let t = S; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;

// ---------------------------------------------------------------- catalogue
const ROWS = {};
for (const f of ['services', 'drugs', 'consumables']) {
  const j = JSON.parse(fs.readFileSync(path.join(CATDIR, f + '.json'), 'utf8'));
  for (const r of j.rows) ROWS[r.name] = r;
}
const r2 = (x) => Math.round(x * 100) / 100;

// ---------------------------------------------------------------- dates
const D = (s) => new Date(s + 'T00:00:00Z');
const iso = (d) => d.toISOString().slice(0, 10);
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return iso(d); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const dow = (s) => D(s).getUTCDay(); // 0 Sun
const weekday = (s) => { const w = dow(s); return w >= 1 && w <= 5; };
const HOLI = new Set(['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-06', '2026-05-01', '2026-05-04', '2026-05-05', '2026-06-19', '2026-09-25', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']);
const workday = (s) => weekday(s) && !HOLI.has(s);
const range = (a, n) => Array.from({ length: n }, (_, i) => add(a, i));
const nextDow = (s, days) => { let d = s; while (!days.includes(dow(d))) d = add(d, 1); return d; };

// ---------------------------------------------------------------- regions, hospitals, doctors
const REGIONS = ['220100', '220200', '230100', '230200', '370100', '370200', '510100', '510700'];
const HOSP = {};
let hospSeq = 0;
function hospital(region, level, kind, priv) {
  const key = region + '|' + kind + '|' + level + '|' + (priv ? 'p' : 'g');
  if (HOSP[key]) return HOSP[key];
  hospSeq++;
  const idx = String(hospSeq).padStart(3, '0');
  const h = { id: 'H' + region + idx, region, level, kind, priv, docs: {}, n: 0 };
  HOSP[key] = h; return h;
}
function sister(h, tag) { // a second hospital of the same group and level
  const key = h.region + '|' + h.kind + tag + '|' + h.level + '|' + (h.priv ? 'p' : 'g');
  if (HOSP[key]) return HOSP[key];
  hospSeq++;
  const s = { id: 'H' + h.region + String(hospSeq).padStart(3, '0'), region: h.region, level: h.level, kind: h.kind, priv: h.priv, docs: {}, n: 0 };
  HOSP[key] = s; return s;
}
function doctor(h, dept) {
  const L = h.docs[dept] || (h.docs[dept] = []);
  if (L.length < 4) { const d = 'D' + h.id.slice(-3) + String(Object.values(h.docs).flat().length + 1).padStart(2, '0'); L.push(d); return d; }
  return pick(L);
}

// ---------------------------------------------------------------- members
let memSeq = 0;
const FIRST_YEAR = 2026;
function member(o) {
  memSeq++;
  const region = o.region || pick(REGIONS);
  const age = o.age != null ? o.age : ri(o.ageMin || 30, o.ageMax || 80);
  const gender = o.gender || (chance(0.5) ? 'M' : 'F');
  const birthDate = `${FIRST_YEAR - age - 1}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  // age on 2026-06-30 is age (born in 2026-age-1, after mid-year birthdays age or age+... keep simple)
  let insuranceType = o.insuranceType || (age < 18 ? 'resident' : chance(0.55) ? 'employee' : 'resident');
  const retiredAge = gender === 'M' ? 60 : 55;
  const retired = insuranceType === 'employee' && age >= retiredAge;
  const contributionYears = insuranceType === 'employee' ? (retired ? ri(gender === 'M' ? 30 : 25, 40) : Math.max(1, Math.min(age - 20, ri(3, 30)))) : 0;
  const cont = age < 18 ? Math.max(1, Math.min(age, ri(1, 12))) : ri(3, 18);
  const m = {
    insuredId: 'P45' + String(memSeq).padStart(6, '0'), region, insuranceType, gender, birthDate, age, retired,
    enrollment: {
      enrolledOn: insuranceType === 'employee' ? `${2026 - Math.min(cont, 20)}-01-01` : `${2026 - cont}-01-01`,
      inConcentratedPeriod: true, continuousYears: cont, lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears, special: null,
    },
  };
  if (o.chronic) m.enrollment.chronicDiseases = o.chronic;
  return m;
}

// ---------------------------------------------------------------- claims
const CLAIMS = [];
let claimSeq = 0;
function it(name, date, qty, extra) {
  const r = ROWS[name];
  if (!r) throw new Error('no catalogue row ' + name);
  const o = { name, date, qty, row: r };
  if (extra) Object.assign(o, extra);
  return o;
}
function claim(o) {
  // o: m, h, visitType, dept, doc, adm, dis, date, dx [codes], px [[code,date]], items, route, mode, from, insuredRegion
  const lvl = o.h.level;
  const items = []; let n = 0;
  const raw = o.items.filter(Boolean).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const x of raw) {
    if (!x.qty) continue;
    n++;
    const price = x.price != null ? x.price : x.row.priceCap[String(lvl)];
    const line = { lineId: String(n), code: x.row.products ? x.row.products[0] : x.row.code, name: x.name, category: x.row.category, date: x.date, quantity: x.qty, unitPrice: price, amount: r2(price * x.qty) };
    if (x.longRx) line.longPrescription = true;
    line._mut = !!x.mut; line._row = x.row;
    items.push(line);
  }
  claimSeq++;
  const c = {
    _seq: claimSeq, _m: o.m, _h: o.h,
    claimId: null,
    region: o.h.region,
    insuranceType: o.m.insuranceType,
    visitType: o.visitType,
    patient: { insuredId: o.m.insuredId, gender: o.m.gender, birthDate: o.m.birthDate, retired: o.m.retired },
    enrollment: JSON.parse(JSON.stringify(o.m.enrollment)),
    provider: { hospitalId: o.h.id, level: lvl, department: o.dept, doctorId: o.doc || doctor(o.h, o.dept) },
  };
  if (o.h.region !== o.m.region) c.insuredRegion = o.m.region;
  if (o.visitType === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  if (o.visitType === 'inpatient') {
    c.reportedGroup = { drg: null, dip: null };
    if (o.route) c.admissionRoute = o.route;
    if (o.mode) c.dischargeMode = o.mode;
    if (o.from) c.transferFromHospitalId = o.from;
  }
  c.items = items;
  c.amounts = { total: 0, policy: 0, fundClaimed: 0 };
  c._noFund = !!o.noFund;
  c._settle = o.visitType === 'inpatient' ? o.dis : o.date;
  c._start = o.visitType === 'inpatient' ? o.adm : o.date;
  CLAIMS.push(c);
  return c;
}

// ---------------------------------------------------------------- benefit figures (rules/benefits/policies.json, read for deductibles/ratios only)
const POL = {
  '22': { empInpDed: { 1: 200, 2: 500, 3: 900 }, resInpDed: { 1: 200, 2: 500, 3: 1000 }, empCap: 200000, resCap: 150000 },
  '23': { empInpDed: { 1: 200, 2: 500, 3: 1000 }, resInpDed: { 1: 200, 2: 500, 3: 1000 }, empCap: 200000, resCap: 150000 },
  '37': { empInpDed: { 1: 300, 2: 600, 3: 1000 }, resInpDed: { 1: 300, 2: 600, 3: 1000 }, empCap: 250000, resCap: 180000 },
  '51': { empInpDed: { 1: 200, 2: 500, 3: 1000 }, resInpDed: { 1: 200, 2: 600, 3: 1100 }, empCap: 250000, resCap: 160000 },
};
function computeFunds(sorted) {
  const acc = {};
  const A = (k) => (acc[k] = acc[k] || { ded: 0, fund: 0 });
  for (const c of sorted) {
    let total = 0, policy = 0;
    for (const l of c.items) { total += l.amount; const sp = l._row.selfPayShare || 0; policy += l.amount * (1 - sp); }
    total = r2(total); policy = r2(policy);
    c.amounts.total = total; c.amounts.policy = policy;
    const m = c._m; const prov = (c.insuredRegion || c.region).slice(0, 2); const P = POL[prov];
    const emp = c.insuranceType === 'employee'; const lvl = c.provider.level; const ret = c.patient.retired;
    let fund = 0;
    if (c._noFund) fund = 0;
    else if (c.visitType === 'inpatient') {
      const ded = (emp ? P.empInpDed : P.resInpDed)[lvl];
      const ratio = emp ? ({ 1: 0.9, 2: 0.85, 3: 0.8 }[lvl] + (ret ? 0.05 : 0)) : { 1: 0.8, 2: 0.7, 3: 0.6 }[lvl];
      const a = A(m.insuredId + '|inp');
      fund = Math.max(0, policy - ded) * ratio;
      fund = Math.min(fund, (emp ? P.empCap : P.resCap) - a.fund); a.fund += fund;
    } else if (c.visitType === 'chronic') {
      const pr = c.diagnoses[0].code;
      const grp = pr.startsWith('N18') ? 'dial' : pr.startsWith('C') ? 'ca' : 'gen';
      const cap = emp ? { dial: 80000, ca: 80000, gen: 10000 }[grp] : { dial: 60000, ca: 60000, gen: 5000 }[grp];
      const ratio = emp ? ({ 1: 0.85, 2: 0.85, 3: 0.8 }[lvl] + (ret ? 0.05 : 0)) : { 1: 0.7, 2: 0.65, 3: 0.6 }[lvl];
      const a = A(m.insuredId + '|chr|' + grp);
      fund = Math.min(policy * ratio, cap - a.fund); a.fund += fund;
    } else if (c.visitType === 'outpatient') {
      const a = A(m.insuredId + '|out');
      const dedTot = emp ? 1000 : 0;
      const dedDue = Math.max(0, dedTot - a.ded); const used = Math.min(dedDue, policy); a.ded += used;
      const ratio = emp ? ({ 1: 0.7, 2: 0.6, 3: 0.5 }[lvl] + (ret ? 0.1 : 0)) : { 1: 0.6, 2: 0.5, 3: 0.5 }[lvl];
      const cap = emp ? 3000 : (c.region === '510100' && !c.insuredRegion ? 500 : 400);
      fund = Math.min((policy - used) * ratio, cap - a.fund); a.fund += fund;
    } else { // pharmacy
      const a = A(m.insuredId + '|ph');
      const dedTot = emp ? 1000 : 0;
      const dedDue = Math.max(0, dedTot - a.ded); const used = Math.min(dedDue, policy); a.ded += used;
      const ratio = emp ? 0.6 + (ret ? 0.1 : 0) : 0.5;
      fund = Math.min((policy - used) * ratio, (emp ? 3000 : 400) - a.fund); a.fund += fund;
    }
    c.amounts.fundClaimed = r2(Math.max(0, fund));
  }
}

// ---------------------------------------------------------------- bill fragments
const NURS = { 1: 'Ⅰ级护理', 2: 'Ⅱ级护理', 3: 'Ⅲ级护理' };
function baseDays(adm, dis, nursing, bed) { // 算入不算出: adm .. dis-1
  const n = Math.max(1, diff(adm, dis)); const out = [];
  for (let i = 0; i < n; i++) {
    const d = add(adm, i);
    out.push(it(bed || '普通病房床位费(三人间)', d, 1), it(NURS[typeof nursing === 'function' ? nursing(i) : nursing], d, 1), it('住院诊查费', d, 1));
  }
  return out;
}
const stayDays = (adm, dis) => range(adm, Math.max(1, diff(adm, dis)));
function labs(date, names) { return names.map((n) => it(n, date, 1)); }
const ADM_LABS = ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '空腹血糖测定', '常规心电图检查'];
function dailyDrug(days, name, q, extra) { return days.map((d) => it(name, d, q, extra)); }
function ivDay(d, bottles) { // infusion service + set for one day with `bottles` groups
  const o = [it('静脉输液(第一组)', d, 1), it('一次性使用输液器', d, 1)];
  if (bottles > 1) o.push(it('静脉输液(每增加一组)', d, bottles - 1));
  return o;
}

// ---------------------------------------------------------------- case registry
const LABELS = [];
function addCase(kind, code, name, claims, targets, mutated) {
  const n = LABELS.filter((l) => l.code === code).length + 1;
  LABELS.push({ caseId: kind === 'routine' ? `R${String(n).padStart(3, '0')}` : `${code}-${String(n).padStart(2, '0')}`, kind, code, name, _claims: claims, _targets: targets || claims, _mut: mutated });
}

// ---------------------------------------------------------------- common clinical building blocks
function psychSegment(o) {
  // o: m,h,adm,dis,dx,dept,drugDays (array of dates drugs given), drugs [[name,q]], actDays (dates of activity therapy), labsOn [[date,[names]]], nursing, route, mode, mutDays (set of dates whose bed/nursing/consult lines are fabricated)
  const days = stayDays(o.adm, o.dis);
  const items = [];
  days.forEach((d, i) => {
    const mut = o.mutDays && o.mutDays.has(d);
    items.push(it('普通病房床位费(三人间)', d, 1, { mut }), it(NURS[typeof o.nursing === 'function' ? o.nursing(i) : o.nursing], d, 1, { mut }), it('住院诊查费', d, 1, { mut }));
  });
  for (const [name, q] of o.drugs) for (const d of o.drugDays) items.push(it(name, d, q));
  for (const d of o.actDays || []) items.push(it('运动疗法', d, 1)); // 工娱治疗: catalogue gap, nearest row
  for (const [d, ns] of o.labsOn || []) items.push(...labs(d, ns));
  if (o.extra) items.push(...o.extra);
  return claim({ m: o.m, h: o.h, visitType: 'inpatient', dept: o.dept || 'psychiatry', doc: o.doc, adm: o.adm, dis: o.dis, dx: o.dx, px: o.px || [['94.2300x002', o.adm]], items, route: o.route, mode: o.mode, from: o.from });
}

function rehabStay(o) {
  // o: m,h,adm,dis,dx,route,mode,from,kind ('stroke'|'hip'|'child'|'pd'), doc
  const days = stayDays(o.adm, o.dis); const items = [...baseDays(o.adm, o.dis, o.nursing || 2)];
  items.push(...labs(days[0], o.admLabs || [...ADM_LABS, '血脂(四项)', '凝血四项']));
  const wd = days.filter(workday);
  wd.forEach((d, i) => {
    items.push(it('运动疗法', d, o.ptPerDay || 2));
    if (o.acu !== false) items.push(it('针灸', d, 1));
    if (o.massage && i % 2 === 0) items.push(it('推拿治疗', d, 1));
  });
  // 康复评定: on admission, every ~14 days, and before discharge
  const ev = new Set([days[0]]); for (let i = 14; i < days.length - 3; i += 14) ev.add(days[i]); if (days.length > 7) ev.add(days[days.length - 1]);
  for (const d of ev) items.push(it('康复评定', d, 1));
  const k = o.kind || 'stroke';
  if (k === 'stroke') { items.push(...dailyDrug(days, '阿司匹林肠溶片', 1), ...dailyDrug(days, '阿托伐他汀钙片', 1)); if (o.htn !== false) items.push(...dailyDrug(days, '苯磺酸氨氯地平片', 1)); }
  if (k === 'hip') { items.push(...dailyDrug(days, '碳酸钙D3片', 1), ...dailyDrug(days.slice(0, Math.min(days.length, 24)), '利伐沙班片', 1), ...dailyDrug(days.slice(0, 7), '塞来昔布胶囊', 2), it('四肢X线摄影', days[Math.min(days.length - 1, 10)], 1)); }
  if (k === 'pd') { items.push(...dailyDrug(days, '多巴丝肼片', 3)); }
  if (o.extra) items.push(...o.extra);
  const px = o.px || [['93.1100', days[0]], ['93.3900x001', days[0]]];
  return claim({ m: o.m, h: o.h, visitType: 'inpatient', dept: o.dept || 'rehabilitation', doc: o.doc, adm: o.adm, dis: o.dis, dx: o.dx, px, items, route: o.route, mode: o.mode || 'ordered', from: o.from });
}

function acuteStroke(o) { // level-3 acute ischaemic stroke stay
  const days = stayDays(o.adm, o.dis); const items = [...baseDays(o.adm, o.dis, (i) => (i < 3 ? 1 : 2))];
  items.push(it('急诊诊察费', days[0], 1), it('头颅CT平扫', days[0], 1), it('头颅MRI平扫', days[1], 1), it('颈部血管彩色多普勒超声', days[2], 1), it('心脏彩色多普勒超声', days[2], 1));
  items.push(...labs(days[0], [...ADM_LABS, '凝血四项', '血脂(四项)', '糖化血红蛋白测定', '心肌酶谱']));
  items.push(it('血常规(五分类)', days[Math.min(6, days.length - 1)], 1), it('肝功能(全套)', days[Math.min(6, days.length - 1)], 1));
  items.push(...dailyDrug(days, '阿司匹林肠溶片', 1), ...dailyDrug(days, '硫酸氢氯吡格雷片', 1), ...dailyDrug(days, '阿托伐他汀钙片', 1));
  const ed = days.slice(0, Math.min(days.length, 12));
  items.push(...dailyDrug(ed, '依达拉奉注射液', 2), ...dailyDrug(ed, '氯化钠注射液', 2));
  for (const d of ed) items.push(...ivDay(d, 2));
  items.push(...dailyDrug(days.slice(0, 3), '心电监测', 12), ...dailyDrug(days.slice(0, 3), '血氧饱和度监测', 12));
  items.push(it('康复评定', days[Math.min(4, days.length - 1)], 1));
  days.slice(5).filter(workday).forEach((d) => items.push(it('运动疗法', d, 1)));
  const dx = o.dx || ['I63.900', 'G81.900', 'I10.x00'];
  return claim({ m: o.m, h: o.h, visitType: 'inpatient', dept: 'neurology', adm: o.adm, dis: o.dis, dx, px: [['87.0300x001', days[0]], ['88.9101', days[1]]], items, route: 'emergency', mode: o.mode || 'ordered' });
}

// dialysis
function hdSession(o) { // o: m,h,date,first(bool),epo(bool),pd(n bags, mutated), quarterly
  const d = o.date; const items = [it('血液透析', d, 1), it('透析器', d, 1), it('一次性使用血液透析管路', d, 1), it('低分子量肝素钙注射液', d, 1), it('一次性使用注射器(5ml)', d, 2)];
  if (o.epo) items.push(it('重组人促红素注射液', d, 1));
  if (o.first) {
    items.push(it('门诊慢特病管理诊查费', d, 1), ...labs(d, ['血常规(五分类)', '肾功能(三项)', '电解质(四项)']));
    items.push(it('碳酸钙D3片', d, 60), it('骨化三醇软胶囊', d, 30), it('琥珀酸亚铁片', d, 90));
    if (o.htn) items.push(it(o.htn, d, 30));
    if (o.quarterly) items.push(...labs(d, ['肝功能(全套)', '乙肝五项定量']));
  }
  if (o.pdBags) items.push(it('腹膜透析液(乳酸盐)', d, o.pdBags, { mut: true }));
  const dx = o.dx || ['N18.500x001+D63.8*', 'Z99.201', 'I10.x00'];
  return claim({ m: o.m, h: o.h, visitType: 'chronic', dept: 'nephrology', doc: o.doc, date: d, dx, px: [['39.9500', d]], items });
}
function hdDates(start, nWeeks, pattern) { // pattern [1,3,5] or [2,4,6]
  const out = []; const end = add(start, nWeeks * 7);
  for (let d = start; d < end; d = add(d, 1)) if (pattern.includes(dow(d))) out.push(d);
  return out;
}
function hdCourse(o) { // sessions list; first session of each calendar month gets monthly items
  const seen = new Set(); const out = [];
  o.dates.forEach((d, i) => {
    const mon = d.slice(0, 7); const first = !seen.has(mon); seen.add(mon);
    out.push(hdSession({ m: o.m, h: o.h, date: d, first, epo: i % 3 !== 2, htn: o.htn, quarterly: first && ['01', '04', '07', '10'].includes(d.slice(5, 7)), doc: o.doc, dx: o.dx, pdBags: o.pdBags ? o.pdBags(d, i) : 0 }));
  });
  return out;
}
function pdMonth(o) { // peritoneal dialysis monthly chronic claim
  const d = o.date; const items = [it('门诊慢特病管理诊查费', d, 1), it('腹膜透析液(乳酸盐)', d, 4 * (o.days || 30)), ...labs(d, ['血常规(五分类)', '肾功能(三项)', '电解质(四项)']), it('重组人促红素注射液', d, 8), it('碳酸钙D3片', d, 60), it('骨化三醇软胶囊', d, 30)];
  if (o.htn) items.push(it(o.htn, d, 30));
  return claim({ m: o.m, h: o.h, visitType: 'chronic', dept: 'nephrology', date: d, dx: ['N18.500x001+D63.8*', 'Z99.200', 'I10.x00'], px: [['54.9800', d]], items });
}

// oncology
const CANCERS = [
  { dx: 'C34.900x001', name: 'lung', reg: 'TP' }, { dx: 'C50.900', name: 'breast', reg: 'TP', sex: 'F' }, { dx: 'C18.900', name: 'colon', reg: 'XELOX' },
  { dx: 'C16.900', name: 'stomach', reg: 'XELOX' }, { dx: 'C20.x00', name: 'rectum', reg: 'XELOX' }, { dx: 'C53.900', name: 'cervix', reg: 'TP', sex: 'F' },
];
function chemoStay(o) { // o: m,h,adm,los,ca,scale(dose factor), dx
  const dis = add(o.adm, o.los || 3); const days = stayDays(o.adm, dis); const d1 = days[0];
  const items = [...baseDays(o.adm, dis, 2), ...labs(d1, ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '肿瘤标志物(CEA)测定', '常规心电图检查'])];
  const sc = o.scale || 1; const c1 = days[1] || d1;
  if (o.ca.reg === 'XELOX') {
    items.push(it('注射用奥沙利铂', c1, Math.round(5 * sc)), it('葡萄糖注射液', c1, 2), it('盐酸昂丹司琼注射液', c1, 2), it('地塞米松磷酸钠注射液', c1, 1), it('化疗药物配置', c1, 1), ...ivDay(c1, 3));
    items.push(it('卡培他滨片', days[days.length - 1], Math.round(84 * sc)));
  } else {
    items.push(it('紫杉醇注射液', c1, Math.round(10 * sc)), it('顺铂注射液', c1, Math.round(13 * sc)), it('氯化钠注射液', c1, 4), it('氯化钾注射液', c1, 2), it('甘露醇注射液', c1, 1), it('盐酸昂丹司琼注射液', c1, 2), it('地塞米松磷酸钠注射液', c1, 2), it('化疗药物配置', c1, 2), ...ivDay(c1, 5));
    if (days[2]) items.push(it('盐酸昂丹司琼注射液', days[2], 1), it('氯化钠注射液', days[2], 2), ...ivDay(days[2], 2));
  }
  if (o.extra) items.push(...o.extra);
  const dx = o.dx || ['Z51.102', o.ca.dx];
  return claim({ m: o.m, h: o.h, visitType: 'inpatient', dept: 'oncology', doc: o.doc, adm: o.adm, dis, dx, px: [['99.2503', c1]], items, route: 'outpatient', mode: 'ordered' });
}

// ================================================================= FRAUD TYPOLOGIES
const T = {};
T.T01 = '精神科长期住院按月中途结算：末段出院后续记床日（虚记住院天数）';
function t01() {
  const h = hospital(pick(REGIONS), pick([1, 2]), 'psych', true);
  const m = member({ region: h.region, ageMin: 28, ageMax: 66, chronic: ['F20'] });
  const dx = [pick(['F20.000', 'F20.501', 'F20.900']), ...(chance(0.4) ? ['I10.x00'] : [])];
  const adm = add('2026-01-05', ri(0, 120)); const doc = doctor(h, 'psychiatry');
  const segs = []; let s = adm;
  const realDays = ri(7, 12);
  for (let k = 0; k < 3; k++) {
    const e = add(s, 30); const days = stayDays(s, e);
    const drugDays = k < 2 ? days : days.slice(0, realDays);
    const mutDays = k === 2 ? new Set(days.slice(realDays)) : null;
    const labsOn = k === 0 ? [[days[0], [...ADM_LABS, '血脂(四项)', '甲状腺功能(三项)', '脑电图', '胸部X线摄影(正侧位)']]] : k === 1 ? [[days[1], ['血常规(五分类)', '肝功能(全套)', '空腹血糖测定']]] : [];
    segs.push(psychSegment({ m, h, doc, adm: s, dis: e, dx, drugDays, drugs: [['利培酮片', 2], ...(chance(0.5) ? [['地西泮片', 1]] : [])], actDays: drugDays.filter(workday), labsOn, nursing: (i) => (k === 0 && i < 7 ? 1 : 2), route: k === 0 ? 'outpatient' : 'other', mode: k < 2 ? 'other' : 'ordered', mutDays }));
    s = e;
  }
  addCase('fraud', 'T01', T.T01, segs, [segs[2]]);
}

T.T02 = '医养结合机构“养转医”：入住老人按月成批轮流收住院（诱导/低标准入院）';
function t02cohort() {
  const h = hospital(pick(REGIONS), 1, 'yiyang', true); const doc = doctor(h, 'geriatrics');
  const m0 = ri(1, 7); const cohort = [];
  for (let j = 0; j < 5; j++) {
    const m = member({ region: h.region, ageMin: 74, ageMax: 93 });
    const dm = chance(0.45); const dx = ['I69.300', 'I10.x00', ...(dm ? ['E11.900'] : []), ...(chance(0.4) ? ['M17.000'] : [])];
    const cl = [];
    for (let k = 0; k < 3; k++) {
      const mon = m0 + k; const adm = `2026-${String(mon).padStart(2, '0')}-0${2 + (j % 2)}`; const dis = add(adm, 13 + (k % 2));
      const days = stayDays(adm, dis);
      const items = [...baseDays(adm, dis, 2), ...labs(days[0], [...ADM_LABS, '血脂(四项)'])];
      days.filter(workday).forEach((d) => items.push(it('运动疗法', d, 1), it('针灸', d, 1)));
      items.push(...dailyDrug(days, '阿司匹林肠溶片', 1), ...dailyDrug(days, '阿托伐他汀钙片', 1), ...dailyDrug(days, '苯磺酸氨氯地平片', 1));
      if (dm) items.push(...dailyDrug(days, '盐酸二甲双胍片', 3));
      cl.push(claim({ m, h, visitType: 'inpatient', dept: 'geriatrics', doc, adm, dis, dx, px: [['93.3900x001', days[0]]], items, route: 'outpatient', mode: 'ordered' }));
    }
    cohort.push(cl);
  }
  for (const cl of cohort) addCase('fraud', 'T02', T.T02, cl, cl);
}

T.T03 = '康复住院在同集团同级康复医院间往返“转院”（分解住院）';
function t03() {
  const r = pick(REGIONS); const l3 = hospital(r, 3, 'general', false); const A = hospital(r, 2, 'rehab', true); const B = sister(A, 'B');
  const m = member({ region: r, ageMin: 52, ageMax: 82 });
  const adm0 = add('2026-01-10', ri(0, 150)); const dis0 = add(adm0, ri(10, 13));
  const acute = acuteStroke({ m, h: l3, adm: adm0, dis: dis0, mode: 'transfer' });
  const dx = ['I69.300', 'G81.900', 'I10.x00'];
  const l1 = ri(14, 16), l2 = ri(14, 16), l3n = ri(13, 16);
  const a1 = rehabStay({ m, h: A, adm: dis0, dis: add(dis0, l1), dx, route: 'transfer', from: l3.id, mode: 'transfer' });
  const b = rehabStay({ m, h: B, adm: add(dis0, l1), dis: add(dis0, l1 + l2), dx, route: 'transfer', from: A.id, mode: 'transfer' });
  const a2 = rehabStay({ m, h: A, adm: add(dis0, l1 + l2), dis: add(dis0, l1 + l2 + l3n), dx, route: 'transfer', from: B.id, mode: 'ordered' });
  addCase('fraud', 'T03', T.T03, [acute, a1, b, a2], [b, a2]);
}

T.T04 = '老年精神科：卧床鼻饲的重度痴呆患者逐日记工娱/作业治疗（虚记治疗次数）';
function t04() {
  const h = hospital(pick(REGIONS), 2, 'psych', chance(0.7)); const doc = doctor(h, 'geriatric_psychiatry');
  const m = member({ region: h.region, ageMin: 78, ageMax: 95 });
  const dx = [pick(['G30.100x003+F00.1*', 'F01.100', 'F03.x01']), 'R26.301', 'R13.x00', pick(['L89.101', 'L89.001']), 'E44.000', 'I10.x00'];
  const adm = add('2026-02-01', ri(0, 180)); const segs = []; let s = adm;
  for (let k = 0; k < 2; k++) {
    const e = add(s, k === 0 ? 30 : ri(18, 28)); const days = stayDays(s, e);
    const items = [...baseDays(s, e, 1)];
    days.forEach((d, i) => {
      items.push(it('运动疗法', d, 2, { mut: true }));
      items.push(it('换药(中)', d, 1), it('利培酮片', d, 1), it('盐酸多奈哌齐片', d, 1));
      if (i % 3 === 0) items.push(it('泡沫敷料', d, 1));
      if (i % 7 === 0) items.push(it('一次性使用胃管', d, 1));
    });
    items.push(...labs(days[0], k === 0 ? [...ADM_LABS, '胸部X线摄影(正侧位)'] : ['血常规(五分类)', '肝功能(全套)', '电解质(四项)']));
    segs.push(claim({ m, h, visitType: 'inpatient', dept: 'geriatric_psychiatry', doc, adm: s, dis: e, dx, px: [['93.8300x001', days[0]], ['96.6x00', days[0]]], items, route: k === 0 ? 'outpatient' : 'other', mode: k === 0 ? 'other' : 'ordered' }));
    s = e;
  }
  const mut = {}; addCase('fraud', 'T04', T.T04, segs, segs);
}

T.T05 = '血液透析患者按“腹膜透析液”计收透析浓缩液（串换项目）';
function t05() {
  const h = hospital(pick(REGIONS), pick([1, 2]), 'dialysis', true); const doc = doctor(h, 'nephrology');
  const m = member({ region: h.region, ageMin: 40, ageMax: 78, chronic: ['N18'] });
  const pat = chance(0.5) ? [1, 3, 5] : [2, 4, 6];
  const start = nextDow(add('2026-01-05', ri(0, 200)), pat);
  const dates = hdDates(start, 7, pat); const cut = 9;
  const bags = ri(2, 3);
  const cl = hdCourse({ m, h, dates, htn: '苯磺酸氨氯地平片', doc, pdBags: (d, i) => (i >= cut ? bags : 0) });
  addCase('fraud', 'T05', T.T05, cl, cl.slice(cut));
}

T.T06 = '透析中监护拆成同日第二张门诊慢特病结算单（拆单重复收费）';
function t06() {
  const h = hospital(pick(REGIONS), pick([2, 3]), 'dialysis', chance(0.6)); const doc = doctor(h, 'nephrology');
  const m = member({ region: h.region, ageMin: 38, ageMax: 80, chronic: ['N18', 'I10'] });
  const pat = chance(0.5) ? [1, 3, 5] : [2, 4, 6];
  const start = nextDow(add('2026-01-05', ri(0, 220)), pat);
  const dates = hdDates(start, 5, pat);
  const sess = hdCourse({ m, h, dates, htn: '硝苯地平控释片', doc });
  const mon = [];
  dates.forEach((d, i) => {
    if (i < 2 || i % 5 === 4) return; // careful: not every session, not the first ones
    const hrs = 4;
    mon.push(claim({ m, h, visitType: 'chronic', dept: 'nephrology', doc: doctor(h, 'nephrology'), date: d, dx: ['I10.x00', 'N18.500'], items: [it('心电监测', d, hrs, { mut: true }), it('血氧饱和度监测', d, hrs, { mut: true }), it('无创血压监测', d, hrs, { mut: true }), it('心电电极片', d, 5, { mut: true })] }));
  });
  addCase('fraud', 'T06', T.T06, [...sess, ...mon], mon);
}

T.T07 = '门诊慢特病口服化疗药：卡培他滨按28天连续全量开具（方案为服14天停7天，超量开药）';
function t07() {
  const h = hospital(pick(REGIONS), 3, 'general', false);
  const ca = pick(CANCERS.filter((c) => c.reg === 'XELOX' || c.name === 'breast'));
  const m = member({ region: h.region, ageMin: 40, ageMax: 75, gender: ca.sex, chronic: [ca.dx.slice(0, 3)] });
  const adm = add('2026-01-06', ri(0, 90)); const doc = doctor(h, 'oncology');
  const first = chemoStay({ m, h, adm, los: 3, ca, doc, dx: ['Z51.102', ca.dx] });
  const cl = []; let d = add(adm, 21);
  for (let k = 0; k < 5; k++) {
    const items = [it('门诊慢特病管理诊查费', d, 1), ...labs(d, ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)']), it('卡培他滨片', d, 168, { mut: true })];
    if (k % 2 === 0) items.push(it('肿瘤标志物(CEA)测定', d, 1));
    cl.push(claim({ m, h, visitType: 'chronic', dept: 'oncology', doc, date: d, dx: [ca.dx, 'Z51.102'], items }));
    d = add(d, ri(27, 29));
  }
  addCase('fraud', 'T07', T.T07, [first, ...cl], cl);
}

T.T08 = '促红素用于骨髓恶性肿瘤（多发性骨髓瘤/MDS）贫血，超“非骨髓恶性肿瘤化疗所致贫血”限定';
function t08() {
  const mm = chance(0.6); const h = hospital(pick(REGIONS), pick([2, 3]), 'general', chance(0.3));
  const m = member({ region: h.region, ageMin: 52, ageMax: 82, chronic: mm ? ['C90'] : undefined });
  const doc = doctor(h, 'haematology'); const cl = [];
  let d = add('2026-01-08', ri(0, 200));
  const prin = mm ? pick(['C90.000', 'C90.000x005']) : pick(['D46.001', 'D46.000', 'D46.100']);
  for (let k = 0; k < 4; k++) {
    const items = [it(mm ? '门诊慢特病管理诊查费' : '普通门诊诊察费', d, 1), it('血常规(五分类)', d, 1), it('重组人促红素注射液', d, 9, { mut: true }), it('皮下注射', d, 1)];
    if (k === 0) items.push(it('肾功能(三项)', d, 1), it('肝功能(全套)', d, 1));
    if (mm) items.push(it('碳酸钙D3片', d, 30));
    cl.push(claim({ m, h, visitType: mm ? 'chronic' : 'outpatient', dept: 'haematology', doc, date: d, dx: [prin, 'D64.900'], items }));
    d = add(d, ri(28, 31));
  }
  addCase('fraud', 'T08', T.T08, cl, cl);
}

T.T09 = '卒中恢复期康复住院以“急性脑梗死”为主诊断（高套病组）';
function t09() {
  const r = pick(REGIONS); const l3 = hospital(r, 3, 'general', false); const rh = hospital(r, 2, 'rehab', chance(0.6));
  const m = member({ region: r, ageMin: 50, ageMax: 82 });
  const adm0 = add('2026-01-06', ri(0, 100)); const dis0 = add(adm0, ri(10, 14));
  const acute = acuteStroke({ m, h: l3, adm: adm0, dis: dis0 });
  const cl = [acute]; const tg = [];
  let a = add(dis0, ri(45, 90));
  const n = chance(0.5) ? 2 : 1;
  for (let k = 0; k < n; k++) {
    const dis = add(a, ri(16, 22));
    const c = rehabStay({ m, h: rh, adm: a, dis, dx: ['I63.900', 'G81.900', 'I10.x00'], route: 'outpatient' });
    cl.push(c); tg.push(c); a = add(dis, ri(40, 70));
  }
  addCase('fraud', 'T09', T.T09, cl, tg);
}

T.T10 = '冒名透析：同一医保卡在异地第二个透析中心隔日透析（每周合计6次）';
function t10() {
  const r1 = pick(REGIONS); const r2x = pick(REGIONS.filter((x) => x.slice(0, 2) !== r1.slice(0, 2)));
  const A = hospital(r1, pick([2, 3]), 'dialysis', false); const B = hospital(r2x, 1, 'dialysis', true);
  const m = member({ region: r1, ageMin: 40, ageMax: 75, chronic: ['N18'] });
  const start = nextDow(add('2026-01-05', ri(0, 200)), [1]);
  const home = hdCourse({ m, h: A, dates: hdDates(start, 6, [1, 3, 5]), htn: '苯磺酸氨氯地平片' });
  const bdates = hdDates(add(start, 14), 3, [2, 4, 6]);
  const away = hdCourse({ m, h: B, dates: bdates, doc: doctor(B, 'nephrology') });
  addCase('fraud', 'T10', T.T10, [...home, ...away], away);
}

T.T11 = '交通事故伤：急诊记外因后急性期由肇事方/商业险支付，后续康复住院与门诊康复转由医保支付（第三方责任）';
function t11() {
  const r = pick(REGIONS); const l3 = hospital(r, 3, 'general', false); const rh = hospital(r, 2, 'rehab', chance(0.7));
  const m = member({ region: r, ageMin: 30, ageMax: 72 });
  const inj = pick([{ dx: 'S72.101', x: '四肢X线摄影' }, { dx: 'S82.201', x: '四肢X线摄影' }, { dx: 'S72.000', x: '四肢X线摄影' }]);
  const ext = pick(['V89.200x091', 'V43.x00', 'V89.200x093']);
  const d0 = add('2026-01-10', ri(0, 160));
  const ed = claim({ m, h: l3, visitType: 'outpatient', dept: 'emergency', date: d0, dx: [inj.dx, ext], items: [it('急诊诊察费', d0, 1), it(inj.x, d0, 2), it('胸部X线摄影(正侧位)', d0, 1), it('头颅CT平扫', d0, 1), it('血常规(五分类)', d0, 1), it('凝血四项', d0, 1)], noFund: true });
  const a = add(d0, ri(18, 30)); const dis = add(a, ri(18, 24));
  const st = rehabStay({ m, h: rh, adm: a, dis, dx: [inj.dx, 'Z50.900x001', ...(chance(0.4) ? ['I10.x00'] : [])], kind: 'hip', acu: false, massage: true, route: 'outpatient', htn: false });
  const cl = [ed, st]; const tg = [st];
  let d = add(dis, ri(3, 6));
  for (let k = 0; k < ri(3, 5); k++) {
    const c = claim({ m, h: rh, visitType: 'outpatient', dept: 'rehabilitation', date: d, dx: [inj.dx, 'Z50.900x001'], items: [it('普通门诊诊察费', d, 1), it('运动疗法', d, 2), it('推拿治疗', d, 1)] });
    cl.push(c); tg.push(c); d = add(d, ri(3, 5));
  }
  addCase('fraud', 'T11', T.T11, cl, tg);
}

T.T12 = '维持性血透患者无并发症定期收住院“透析评估”（低标准入院）';
function t12() {
  const h = hospital(pick(REGIONS), 2, 'dialysis', true); const doc = doctor(h, 'nephrology');
  const m = member({ region: h.region, ageMin: 45, ageMax: 82, chronic: ['N18'] });
  const pat = [1, 3, 5]; let start = nextDow(add('2026-01-05', ri(0, 120)), pat);
  const cl = []; const tg = [];
  for (let k = 0; k < 2; k++) {
    const out = hdCourse({ m, h, dates: hdDates(start, 3, pat), htn: '苯磺酸氨氯地平片', doc }); cl.push(...out);
    const adm = add(start, 21); const los = ri(7, 10); const dis = add(adm, los); const days = stayDays(adm, dis);
    const items = [...baseDays(adm, dis, 2), ...labs(days[0], [...ADM_LABS, '血脂(四项)', '凝血四项', '乙肝五项定量', '胸部X线摄影(正侧位)', '心脏彩色多普勒超声', '腹部B超'])];
    days.filter((d) => [1, 3, 5].includes(dow(d))).forEach((d) => items.push(it('血液透析', d, 1), it('透析器', d, 1), it('一次性使用血液透析管路', d, 1), it('低分子量肝素钙注射液', d, 1), it('重组人促红素注射液', d, 1)));
    items.push(...dailyDrug(days, '左卡尼汀注射液', 1), ...dailyDrug(days, '苯磺酸氨氯地平片', 1), ...dailyDrug(days, '碳酸钙D3片', 2));
    days.forEach((d) => items.push(it('静脉注射', d, 1)));
    const c = claim({ m, h, visitType: 'inpatient', dept: 'nephrology', doc, adm, dis, dx: ['N18.500x001+D63.8*', 'I10.x00', 'Z99.201'], px: [['39.9500', days[0]]], items, route: 'outpatient', mode: 'ordered' });
    cl.push(c); tg.push(c);
    start = nextDow(dis, pat);
  }
  const tail = hdCourse({ m, h, dates: hdDates(start, 1, pat), doc }); cl.push(...tail);
  addCase('fraud', 'T12', T.T12, cl, tg);
}

T.T13 = '医养结合病区：留置导尿患者逐日计收“导尿”及导尿包（虚记治疗次数）';
function t13() {
  const h = hospital(pick(REGIONS), pick([1, 2]), 'yiyang', true); const doc = doctor(h, 'geriatrics');
  const m = member({ region: h.region, ageMin: 72, ageMax: 94 });
  const dx = ['I69.300', 'N31.901', 'R26.301', 'I10.x00', ...(chance(0.4) ? ['E11.900'] : [])];
  const adm = add('2026-01-10', ri(0, 200)); const segs = []; let s = adm;
  for (let k = 0; k < 2; k++) {
    const e = add(s, k === 0 ? 30 : ri(20, 30)); const days = stayDays(s, e);
    const items = [...baseDays(s, e, 2)];
    if (k === 0) items.push(...labs(days[0], [...ADM_LABS, '胸部X线摄影(正侧位)']));
    else items.push(it('血常规(五分类)', days[0], 1), it('尿常规', days[0], 1));
    items.push(it('双腔硅胶导尿管', days[0], 1));
    days.forEach((d, i) => {
      const first = k === 0 && i === 0;
      items.push(it('导尿', d, 1, { mut: !first }), it('一次性使用导尿包', d, 1, { mut: !first }));
      if (i % 7 === 0) items.push(it('一次性使用引流袋', d, 1));
      items.push(it('阿司匹林肠溶片', d, 1), it('苯磺酸氨氯地平片', d, 1));
      if (m.gender === 'M') items.push(it('盐酸坦索罗辛缓释胶囊', d, 1));
    });
    segs.push(claim({ m, h, visitType: 'inpatient', dept: 'geriatrics', doc, adm: s, dis: e, dx, px: [['57.9400', days[0]]], items, route: k === 0 ? 'outpatient' : 'other', mode: k === 0 ? 'other' : 'ordered' }));
    s = e;
  }
  addCase('fraud', 'T13', T.T13, segs, segs);
}

T.T14 = '日间化疗后次日收入普通病房“化疗后观察”，血象正常无处置（低标准入院）';
function t14() {
  const h = hospital(pick(REGIONS), 3, 'general', chance(0.3)); const doc = doctor(h, 'oncology');
  const ca = pick(CANCERS); const m = member({ region: h.region, ageMin: 38, ageMax: 74, gender: ca.sex, chronic: [ca.dx.slice(0, 3)] });
  let a = add('2026-01-05', ri(0, 150)); const cl = []; const tg = [];
  for (let k = 0; k < 3; k++) {
    const chemo = chemoStay({ m, h, adm: a, los: 1, ca, doc }); cl.push(chemo);
    const oa = add(a, 2); const od = add(oa, ri(5, 7)); const days = stayDays(oa, od);
    const items = [...baseDays(oa, od, 2), it('肝功能(全套)', days[0], 1), it('肾功能(三项)', days[0], 1)];
    days.forEach((d) => { items.push(it('血常规(五分类)', d, 1), it('葡萄糖注射液', d, 1), it('复方氯化钠注射液', d, 1), it('注射用还原型谷胱甘肽', d, 2), it('复合维生素B片', d, 3), ...ivDay(d, 2)); });
    const c = claim({ m, h, visitType: 'inpatient', dept: 'oncology', doc, adm: oa, dis: od, dx: [ca.dx, 'Z51.500x002'], items, route: 'outpatient', mode: 'ordered' });
    cl.push(c); tg.push(c);
    a = add(a, 21);
  }
  addCase('fraud', 'T14', T.T14, cl, tg);
}

T.T15 = '安宁疗护床位反复收治非终末期的稳定老年慢病患者';
function t15() {
  const h = hospital(pick(REGIONS), pick([1, 2]), 'hospice', chance(0.6)); const doc = doctor(h, 'palliative');
  const m = member({ region: h.region, ageMin: 80, ageMax: 96 });
  const prin = pick(['F03.x01', 'I69.300', 'F01.100']);
  const dx = [prin, 'Z51.500', 'I10.x00', ...(chance(0.5) ? ['E11.900'] : [])];
  let a = add('2026-01-12', ri(0, 90)); const cl = [];
  for (let k = 0; k < 3; k++) {
    const dis = add(a, ri(25, 30)); const days = stayDays(a, dis);
    const items = [...baseDays(a, dis, (i) => (i < 3 ? 1 : 2)), ...labs(days[0], ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '常规心电图检查'])];
    items.push(...dailyDrug(days, '苯磺酸氨氯地平片', 1), ...dailyDrug(days, '阿司匹林肠溶片', 1));
    if (dx.includes('E11.900')) items.push(...dailyDrug(days, '盐酸二甲双胍片', 2));
    days.forEach((d, i) => { if (i % 4 === 1) items.push(it('吸氧', d, 3)); });
    if (dx.includes('E11.900')) days.forEach((d, i) => { if (i % 3 === 0) items.push(it('血糖监测(快速)', d, 1)); });
    cl.push(claim({ m, h, visitType: 'inpatient', dept: 'palliative', doc, adm: a, dis, dx, items, route: 'outpatient', mode: 'ordered' }));
    a = add(dis, ri(10, 25));
  }
  addCase('fraud', 'T15', T.T15, cl, cl);
}

// ================================================================= CONTROLS
const C = {};
C.C01 = '真实12周精神科住院按月中途结算：每段药品、工娱与天数一致，出院带药';
function c01() {
  const h = hospital(pick(REGIONS), pick([2, 3]), 'psych', chance(0.35));
  const bip = chance(0.35);
  const m = member({ region: h.region, ageMin: 22, ageMax: 65, chronic: bip ? undefined : ['F20'] });
  const dx = bip ? [pick(['F31.200', 'F31.500'])] : [pick(['F20.000', 'F20.501', 'F20.900'])];
  const drugs = bip ? [['丙戊酸钠缓释片', 2], ['利培酮片', 2]] : [['利培酮片', 2]];
  const adm = add('2026-01-05', ri(0, 150)); const doc = doctor(h, 'psychiatry');
  const segs = []; let s = adm; const tot = ri(80, 88);
  for (let k = 0; k < 3; k++) {
    const e = k < 2 ? add(s, 30) : add(adm, tot); const days = stayDays(s, e);
    const labsOn = k === 0 ? [[days[0], [...ADM_LABS, '血脂(四项)', '甲状腺功能(三项)', '脑电图', '胸部X线摄影(正侧位)']]] : [[days[1], ['血常规(五分类)', '肝功能(全套)', '空腹血糖测定']]];
    const extra = k === 2 ? drugs.map(([n, q]) => it(n, days[days.length - 1], q * 14)) : [];
    segs.push(psychSegment({ m, h, doc, adm: s, dis: e, dx, drugDays: days, drugs, actDays: days.filter(workday), labsOn, nursing: (i) => (k === 0 && i < 10 ? 1 : 2), route: k === 0 ? (chance(0.5) ? 'outpatient' : 'emergency') : 'other', mode: k < 2 ? 'other' : 'ordered', extra }));
    s = e;
  }
  addCase('control', 'C01', C.C01, segs);
}

C.C02 = '医养结合入住老人因不同急性病（吸入性肺炎、尿路感染、心衰加重）多次住院';
function c02() {
  const h = hospital(pick(REGIONS), pick([1, 2]), 'yiyang', chance(0.5)); const doc = doctor(h, 'geriatrics');
  const m = member({ region: h.region, ageMin: 76, ageMax: 95 });
  const evs = ['asp', 'uti', 'hf'].sort(() => rnd() - 0.5).slice(0, ri(2, 3));
  let a = add('2026-01-08', ri(0, 120)); const cl = [];
  for (const e of evs) {
    const los = ri(7, 12); const dis = add(a, los); const days = stayDays(a, dis);
    const items = [...baseDays(a, dis, (i) => (i < 3 ? 1 : 2)), ...labs(days[0], [...ADM_LABS, 'C反应蛋白测定'])];
    let dx, px = [];
    if (e === 'asp') {
      dx = ['J69.001', 'I69.300', 'R13.x00', 'I10.x00'];
      items.push(it('胸部X线摄影(正侧位)', days[0], 1), it('细菌培养及药敏', days[0], 1), it('胸部X线摄影(正侧位)', days[days.length - 1], 1), it('C反应蛋白测定', days[4], 1), it('血常规(五分类)', days[4], 1));
      days.slice(0, 8).forEach((d) => items.push(it('注射用头孢曲松钠', d, 2), it('氯化钠注射液', d, 2), ...ivDay(d, 2)));
      days.slice(0, 4).forEach((d) => items.push(it('吸氧', d, 16), it('雾化吸入', d, 2), it('吸入用异丙托溴铵溶液', d, 2)));
      px = [['93.9601', days[0]]];
    } else if (e === 'uti') {
      dx = ['N39.000', 'I69.300', 'I10.x00'];
      items.push(it('细菌培养及药敏', days[0], 1), it('泌尿系B超', days[1], 1), it('尿常规', days[4], 1));
      days.slice(0, 7).forEach((d) => items.push(it('左氧氟沙星氯化钠注射液', d, 1), ...ivDay(d, 1)));
    } else {
      dx = ['I50.900x018', 'I10.x00', 'I69.300'];
      items.push(it('B型钠尿肽(BNP)测定', days[0], 1), it('胸部X线摄影(正侧位)', days[0], 1), it('心脏彩色多普勒超声', days[1], 1), it('电解质(四项)', days[3], 1), it('B型钠尿肽(BNP)测定', days[days.length - 1], 1));
      days.slice(0, 4).forEach((d) => items.push(it('呋塞米注射液', d, 2), it('静脉注射', d, 2), it('吸氧', d, 12), it('心电监测', d, 12)));
      days.slice(4).forEach((d) => items.push(it('呋塞米片', d, 1), it('螺内酯片', d, 1)));
    }
    items.push(...dailyDrug(days, '苯磺酸氨氯地平片', 1));
    cl.push(claim({ m, h, visitType: 'inpatient', dept: 'geriatrics', doc, adm: a, dis, dx, px, items, route: 'emergency', mode: 'ordered' }));
    a = add(dis, ri(6, 40));
  }
  addCase('control', 'C02', C.C02, cl);
}

C.C03 = '康复期并发症往返转院：康复医院→三级医院（下肢深静脉血栓/肺炎）→回原康复医院';
function c03() {
  const r = pick(REGIONS); const l3 = hospital(r, 3, 'general', false); const rh = hospital(r, 2, 'rehab', chance(0.4));
  const m = member({ region: r, ageMin: 55, ageMax: 84 });
  const adm0 = add('2026-01-08', ri(0, 150)); const dis0 = add(adm0, ri(10, 13));
  const acute = acuteStroke({ m, h: l3, adm: adm0, dis: dis0, mode: 'transfer' });
  const dx = ['I69.300', 'G81.900', 'I10.x00'];
  const r1d = add(dis0, ri(9, 14));
  const r1 = rehabStay({ m, h: rh, adm: dis0, dis: r1d, dx, route: 'transfer', from: l3.id, mode: 'transfer' });
  const dvt = chance(0.5); const ad = r1d; const dd = add(ad, ri(6, 9)); const days = stayDays(ad, dd);
  const items = [...baseDays(ad, dd, (i) => (i < 2 ? 1 : 2)), ...labs(days[0], [...ADM_LABS, '凝血四项', 'D-二聚体测定', 'C反应蛋白测定'])];
  let dx2;
  if (dvt) {
    dx2 = ['I80.201', 'I69.300', 'G81.900', 'I10.x00'];
    items.push(it('下肢血管彩色多普勒超声', days[0], 1), it('下肢血管彩色多普勒超声', days[days.length - 1], 1), it('D-二聚体测定', days[4], 1));
    days.slice(0, 5).forEach((d) => items.push(it('低分子量肝素钙注射液', d, 2), it('皮下注射', d, 2)));
    days.slice(5).forEach((d) => items.push(it('利伐沙班片', d, 2)));
  } else {
    dx2 = ['J69.001', 'I69.300', 'G81.900', 'I10.x00'];
    items.push(it('胸部CT平扫', days[0], 1), it('细菌培养及药敏', days[0], 1), it('降钙素原测定', days[0], 1), it('血常规(五分类)', days[3], 1), it('C反应蛋白测定', days[3], 1));
    days.forEach((d) => items.push(it('注射用哌拉西林钠他唑巴坦钠', d, 3), it('氯化钠注射液', d, 3), ...ivDay(d, 3)));
    days.slice(0, 3).forEach((d) => items.push(it('吸氧', d, 16)));
  }
  items.push(...dailyDrug(days, '阿托伐他汀钙片', 1), ...dailyDrug(days, '苯磺酸氨氯地平片', 1));
  const ac2 = claim({ m, h: l3, visitType: 'inpatient', dept: dvt ? 'vascular' : 'respiratory', adm: ad, dis: dd, dx: dx2, items, route: 'transfer', from: rh.id, mode: 'transfer' });
  const r2d = add(dd, ri(14, 20));
  const r2s = rehabStay({ m, h: rh, adm: dd, dis: r2d, dx: [...dx, ...(dvt ? ['I80.201'] : [])], route: 'transfer', from: l3.id, mode: 'ordered', extra: dvt ? dailyDrug(stayDays(dd, r2d), '利伐沙班片', 2) : [] });
  addCase('control', 'C03', C.C03, [acute, r1, ac2, r2s]);
}

C.C04 = '能下床活动的中度痴呆伴精神行为症状：老年精神科住院，工作日一次工娱治疗';
function c04() {
  const h = hospital(pick(REGIONS), pick([2, 3]), 'psych', chance(0.4)); const doc = doctor(h, 'geriatric_psychiatry');
  const m = member({ region: h.region, ageMin: 66, ageMax: 88 });
  const dx = [pick(['G30.100x003+F00.1*', 'F01.100', 'F03.x01']), 'R45.100x002', 'I10.x00'];
  const a = add('2026-01-10', ri(0, 220)); const dis = add(a, ri(21, 40)); const days = stayDays(a, dis);
  const items = [...baseDays(a, dis, (i) => (i < 7 ? 1 : 2)), ...labs(days[0], [...ADM_LABS, '甲状腺功能(三项)', '血脂(四项)']), it('头颅CT平扫', days[1], 1), it('脑电图', days[2], 1), it('血常规(五分类)', days[Math.min(14, days.length - 1)], 1)];
  days.filter(workday).slice(1).forEach((d) => items.push(it('运动疗法', d, 1)));
  items.push(...dailyDrug(days, '盐酸多奈哌齐片', 1), ...dailyDrug(days.slice(2), '利培酮片', 1), ...dailyDrug(days, '苯磺酸氨氯地平片', 1));
  items.push(it('盐酸多奈哌齐片', days[days.length - 1], 14), it('利培酮片', days[days.length - 1], 14));
  addCase('control', 'C04', C.C04, [claim({ m, h, visitType: 'inpatient', dept: 'geriatric_psychiatry', doc, adm: a, dis, dx, px: [['93.8300x001', days[1]], ['94.2300x002', days[2]]], items, route: 'outpatient', mode: 'ordered' })]);
}

C.C05 = '血液透析过渡到腹膜透析：置管住院后按月领取腹膜透析液';
function c05() {
  const r = pick(REGIONS); const h = hospital(r, pick([2, 3]), 'dialysis', false); const doc = doctor(h, 'nephrology');
  const m = member({ region: r, ageMin: 30, ageMax: 70, chronic: ['N18'] });
  const start = nextDow(add('2026-01-05', ri(0, 150)), [1]);
  const hd = hdCourse({ m, h, dates: hdDates(start, 3, [1, 3, 5]), htn: '苯磺酸氨氯地平片', doc });
  const a = add(start, 22); const dis = add(a, ri(6, 9)); const days = stayDays(a, dis);
  const items = [...baseDays(a, dis, 2), ...labs(days[0], [...ADM_LABS, '凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)']), it('胸部X线摄影(正侧位)', days[0], 1), it('腹部B超', days[0], 1)];
  items.push(it('局部浸润麻醉', days[1], 1), it('盐酸利多卡因注射液', days[1], 2), it('可吸收缝线', days[1], 2), it('一次性手术衣及铺单包', days[1], 1), it('注射用头孢呋辛钠', days[1], 2), ...ivDay(days[1], 1));
  days.filter((d) => [1, 3, 5].includes(dow(d))).forEach((d) => items.push(it('血液透析', d, 1), it('透析器', d, 1), it('一次性使用血液透析管路', d, 1), it('低分子量肝素钙注射液', d, 1)));
  days.slice(3).forEach((d) => items.push(it('腹膜透析液(乳酸盐)', d, 2)));
  days.slice(2).forEach((d, i) => { if (i % 2 === 0) items.push(it('换药(小)', d, 1)); });
  const st = claim({ m, h, visitType: 'inpatient', dept: 'nephrology', doc, adm: a, dis, dx: ['N18.500x001+D63.8*', 'Z49.201', 'I10.x00'], px: [['54.9300x004', days[1]], ['39.9500', days[0]]], items, route: 'outpatient', mode: 'ordered' });
  const pds = []; let d = add(dis, 1);
  for (let k = 0; k < ri(2, 3); k++) { pds.push(pdMonth({ m, h, date: d, htn: '苯磺酸氨氯地平片' })); d = add(d, 30); }
  addCase('control', 'C05', C.C05, [...hd, st, ...pds]);
}

C.C06 = '血透患者透析日同院另科就诊（皮肤瘙痒/心悸/膝痛），另行门诊结算';
function c06() {
  const h = hospital(pick(REGIONS), pick([2, 3]), 'general', false); const doc = doctor(h, 'nephrology');
  const m = member({ region: h.region, ageMin: 40, ageMax: 80, chronic: ['N18'] });
  const pat = chance(0.5) ? [1, 3, 5] : [2, 4, 6];
  const dates = hdDates(nextDow(add('2026-01-05', ri(0, 220)), pat), 4, pat);
  const sess = hdCourse({ m, h, dates, htn: '苯磺酸氨氯地平片', doc });
  const extra = []; const picks = [ri(2, 5), ri(7, 10)].slice(0, ri(1, 2));
  for (const i of picks) {
    const d = dates[i]; const k = pick(['derm', 'card', 'ortho']);
    let dx, items, dept;
    if (k === 'derm') { dept = 'dermatology'; dx = ['L29.800', 'N18.500']; items = [it('普通门诊诊察费', d, 1), it('氯雷他定片', d, 14), it('丁酸氢化可的松乳膏', d, 1)]; }
    else if (k === 'card') { dept = 'cardiology'; dx = ['I48.000', 'N18.500']; items = [it('副主任医师门诊诊察费', d, 1), it('常规心电图检查', d, 1), it('比索洛尔片', d, 14)]; }
    else { dept = 'orthopaedics'; dx = ['M17.000', 'N18.500']; items = [it('普通门诊诊察费', d, 1), it('四肢X线摄影', d, 2), it('对乙酰氨基酚片', d, 20)]; }
    extra.push(claim({ m, h, visitType: 'outpatient', dept, date: d, dx, items }));
  }
  addCase('control', 'C06', C.C06, [...sess, ...extra]);
}

C.C07 = '晚期结直肠/乳腺癌卡培他滨节拍维持治疗：每日3片连续服用，按28天开具';
function c07() {
  const h = hospital(pick(REGIONS), 3, 'general', false); const doc = doctor(h, 'oncology');
  const ca = pick([{ dx: 'C18.900', sec: 'C78.700' }, { dx: 'C20.x00', sec: 'C78.700' }, { dx: 'C50.900', sec: 'C79.500x001', sex: 'F' }]);
  const m = member({ region: h.region, ageMin: 45, ageMax: 82, gender: ca.sex, chronic: [ca.dx.slice(0, 3)] });
  let d = add('2026-01-06', ri(0, 120)); const cl = [];
  for (let k = 0; k < ri(4, 5); k++) {
    const items = [it('门诊慢特病管理诊查费', d, 1), ...labs(d, ['血常规(五分类)', '肝功能(全套)']), it('卡培他滨片', d, 84)];
    if (k % 2 === 0) items.push(it('肿瘤标志物(CEA)测定', d, 1), it('肾功能(三项)', d, 1));
    if (k === 2) items.push(it(ca.dx.startsWith('C50') ? '胸部CT平扫' : '腹部CT平扫', d, 1));
    cl.push(claim({ m, h, visitType: 'chronic', dept: 'oncology', doc, date: d, dx: [ca.dx, ca.sec, 'Z51.103'], items }));
    d = add(d, ri(27, 30));
  }
  addCase('control', 'C07', C.C07, cl);
}

C.C08 = '实体瘤化疗所致贫血：化疗住院后门诊使用促红素';
function c08() {
  const h = hospital(pick(REGIONS), 3, 'general', false); const doc = doctor(h, 'oncology');
  const ca = pick(CANCERS); const m = member({ region: h.region, ageMin: 40, ageMax: 76, gender: ca.sex, chronic: [ca.dx.slice(0, 3)] });
  let a = add('2026-01-05', ri(0, 150)); const cl = [];
  for (let k = 0; k < 2; k++) {
    const st = chemoStay({ m, h, adm: a, los: 3, ca, doc, dx: ['Z51.102', ca.dx, ...(k === 1 ? ['D64.900'] : [])] }); cl.push(st);
    if (k === 1) {
      let d = add(st.dischargeDate, ri(4, 7));
      for (let j = 0; j < 2; j++) {
        cl.push(claim({ m, h, visitType: 'chronic', dept: 'oncology', doc, date: d, dx: [ca.dx, 'D64.900', 'Z51.102'], items: [it('门诊慢特病管理诊查费', d, 1), it('血常规(五分类)', d, 1), it('重组人促红素注射液', d, 6), it('皮下注射', d, 1)] }));
        d = add(d, 14);
      }
    }
    a = add(a, 21);
  }
  addCase('control', 'C08', C.C08, cl);
}

C.C09 = '卒中复发：首次脑梗死恢复期后再次急性脑梗死，急性期主诊断脑梗死、康复期主诊断后遗症';
function c09() {
  const r = pick(REGIONS); const l3 = hospital(r, 3, 'general', false); const rh = hospital(r, 2, 'rehab', chance(0.5));
  const m = member({ region: r, ageMin: 55, ageMax: 85 });
  const a0 = add('2026-01-05', ri(0, 60)); const d0 = add(a0, ri(10, 13));
  const s1 = acuteStroke({ m, h: l3, adm: a0, dis: d0, mode: 'transfer' });
  const r1d = add(d0, ri(14, 20));
  const r1 = rehabStay({ m, h: rh, adm: d0, dis: r1d, dx: ['I69.300', 'G81.900', 'I10.x00'], route: 'transfer', from: l3.id });
  const a2 = add(r1d, ri(50, 110)); const d2 = add(a2, ri(10, 14));
  const s2 = acuteStroke({ m, h: l3, adm: a2, dis: d2, dx: [pick(['I63.900', 'I63.905', 'I63.906']), 'G81.900', 'I10.x00', 'I69.300'], mode: 'transfer' });
  const r2d = add(d2, ri(14, 21));
  const r2s = rehabStay({ m, h: rh, adm: d2, dis: r2d, dx: ['I69.300', 'G81.900', 'I10.x00'], route: 'transfer', from: l3.id });
  addCase('control', 'C09', C.C09, [s1, r1, s2, r2s]);
}

C.C10 = '异地探亲期间的血液透析：本地每周3次，异地两周每周3次，无重叠';
function c10() {
  const r1 = pick(REGIONS); const r2x = pick(REGIONS.filter((x) => x.slice(0, 2) !== r1.slice(0, 2)));
  const A = hospital(r1, pick([2, 3]), 'dialysis', false); const B = hospital(r2x, pick([2, 3]), 'dialysis', false);
  const m = member({ region: r1, ageMin: 35, ageMax: 78, chronic: ['N18'] });
  const start = nextDow(add('2026-01-05', ri(0, 200)), [1]);
  const h1 = hdCourse({ m, h: A, dates: hdDates(start, 2, [1, 3, 5]), htn: '苯磺酸氨氯地平片' });
  const away = hdCourse({ m, h: B, dates: hdDates(add(start, 15), 2, [2, 4, 6]) });
  const h2 = hdCourse({ m, h: A, dates: hdDates(add(start, 28), 2, [1, 3, 5]) });
  addCase('control', 'C10', C.C10, [...h1, ...away, ...h2]);
}

C.C11 = '康复疗程中居家再跌倒（无第三方）：急诊后重新开始康复住院';
function c11() {
  const r = pick(REGIONS); const l3 = hospital(r, 3, 'general', false); const rh = hospital(r, 2, 'rehab', chance(0.5));
  const m = member({ region: r, ageMin: 62, ageMax: 90 });
  const a0 = add('2026-01-06', ri(0, 120)); const d0 = add(a0, ri(8, 12)); const days0 = stayDays(a0, d0);
  const items0 = [...baseDays(a0, d0, (i) => (i < 3 ? 1 : 2)), ...labs(days0[0], [...ADM_LABS, '凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)']), it('急诊诊察费', days0[0], 1), it('四肢X线摄影', days0[0], 2), it('胸部X线摄影(正侧位)', days0[0], 1)];
  const op = days0[2];
  items0.push(it('骨折切开复位内固定术', op, 1), it('全身麻醉', op, 2), it('接骨板', op, 1), it('骨科螺钉', op, 6), it('一次性手术衣及铺单包', op, 1), it('可吸收缝线', op, 3), it('一次性使用麻醉穿刺包', op, 1), it('四肢X线摄影', days0[4], 1));
  days0.slice(2, 5).forEach((d) => items0.push(it('注射用头孢呋辛钠', d, 2), ...ivDay(d, 1)));
  days0.slice(2).forEach((d) => items0.push(it('低分子量肝素钙注射液', d, 1), it('皮下注射', d, 1)));
  days0.slice(3).forEach((d, i) => { if (i % 2 === 0) items0.push(it('换药(中)', d, 1)); });
  const surg = claim({ m, h: l3, visitType: 'inpatient', dept: 'orthopaedics', adm: a0, dis: d0, dx: ['S72.101', 'W19.x00', 'I10.x00'], px: [['79.3501', op]], items: items0, route: 'emergency', mode: 'transfer' });
  const r1d = add(d0, ri(14, 18));
  const r1 = rehabStay({ m, h: rh, adm: d0, dis: r1d, dx: ['S72.101', 'Z50.900x001', 'I10.x00'], kind: 'hip', acu: false, massage: true, route: 'transfer', from: l3.id, htn: false });
  const fd = add(r1d, ri(10, 40)); const inj2 = pick(['S42.200x001', 'S32.000x002']);
  const ed = claim({ m, h: l3, visitType: 'outpatient', dept: 'emergency', date: fd, dx: [inj2, 'W19.x00', 'T93.104'], items: [it('急诊诊察费', fd, 1), it(inj2.startsWith('S42') ? '四肢X线摄影' : '腰椎X线摄影', fd, 1), it('血常规(五分类)', fd, 1), it('盐酸曲马多缓释片', fd, 10), it('医用弹力绷带', fd, 1)] });
  const a2 = add(fd, ri(2, 6)); const r2d = add(a2, ri(14, 20));
  const r2s = rehabStay({ m, h: rh, adm: a2, dis: r2d, dx: [inj2, 'Z50.900x001', 'T93.104', 'I10.x00'], kind: 'hip', acu: false, massage: false, route: 'outpatient', htn: false });
  addCase('control', 'C11', C.C11, [surg, r1, ed, r2s]);
}

C.C12 = '血透患者容量超负荷/高钾急诊住院，连续加透两次后恢复每周3次';
function c12() {
  const h = hospital(pick(REGIONS), pick([2, 3]), 'general', chance(0.3)); const doc = doctor(h, 'nephrology');
  const m = member({ region: h.region, ageMin: 42, ageMax: 82, chronic: ['N18'] });
  const start = nextDow(add('2026-01-05', ri(0, 200)), [1]);
  const pre = hdCourse({ m, h, dates: hdDates(start, 3, [1, 3, 5]), htn: '苯磺酸氨氯地平片', doc });
  const a = add(start, 20); // Saturday after a long interval
  const dis = add(a, ri(3, 5)); const days = stayDays(a, dis);
  const items = [...baseDays(a, dis, (i) => (i < 2 ? 1 : 2)), it('急诊诊察费', days[0], 1), ...labs(days[0], ['血常规(五分类)', '肾功能(三项)', 'B型钠尿肽(BNP)测定', '肌钙蛋白I测定', '凝血四项']), it('胸部X线摄影(正侧位)', days[0], 1), it('常规心电图检查', days[0], 1), it('血气分析', days[0], 2)];
  days.forEach((d, i) => { items.push(it('电解质(四项)', d, 1)); if (i < 3) items.push(it('血液透析', d, 1), it('透析器', d, 1), it('一次性使用血液透析管路', d, 1), it('低分子量肝素钙注射液', d, 1)); if (i < 2) items.push(it('心电监测', d, 20), it('血氧饱和度监测', d, 20), it('吸氧', d, 16)); });
  items.push(it('生物合成人胰岛素注射液', days[0], 1), it('葡萄糖注射液', days[0], 1), ...ivDay(days[0], 1), it('胸部X线摄影(正侧位)', days[days.length - 1], 1));
  items.push(...dailyDrug(days, '苯磺酸氨氯地平片', 1));
  const st = claim({ m, h, visitType: 'inpatient', dept: 'nephrology', doc, adm: a, dis, dx: ['N18.500x001+D63.8*', 'J81.x00x002', 'E87.500', 'I10.x00'], px: [['39.9500', days[0]]], items, route: 'emergency', mode: 'ordered' });
  const post = hdCourse({ m, h, dates: hdDates(nextDow(add(dis, 1), [1, 3, 5]), 2, [1, 3, 5]), doc });
  addCase('control', 'C12', C.C12, [...pre, st, ...post]);
}

C.C13 = '长期留置导尿的居家/养老机构老人：每4周上门更换导尿管一次';
function c13() {
  const h = hospital(pick(REGIONS), 1, 'community', false); const doc = doctor(h, 'general');
  const m = member({ region: h.region, ageMin: 72, ageMax: 95 });
  let d = add('2026-01-06', ri(0, 120)); const cl = [];
  const n = ri(4, 6); const uti = ri(1, n - 1);
  for (let k = 0; k < n; k++) {
    const items = [it('一般诊疗费', d, 1), it('导尿', d, 1), it('一次性使用导尿包', d, 1), it('双腔硅胶导尿管', d, 1), it('一次性使用引流袋', d, 2)];
    if (k % 2 === 0) items.push(it('尿常规', d, 1));
    cl.push(claim({ m, h, visitType: 'outpatient', dept: 'general', doc, date: d, dx: ['N31.901', 'I69.300', 'R26.301'], px: [['57.9400', d]], items }));
    if (k === uti) { const u = add(d, ri(8, 14)); cl.push(claim({ m, h, visitType: 'outpatient', dept: 'general', doc, date: u, dx: ['N39.000', 'N31.901'], items: [it('一般诊疗费', u, 1), it('尿常规', u, 1), it('细菌培养及药敏', u, 1), it('左氧氟沙星片', u, 7)] })); }
    d = add(d, ri(27, 31));
  }
  addCase('control', 'C13', C.C13, cl);
}

C.C14 = '化疗后粒细胞缺乏伴发热急诊再入院，下周期减量';
function c14() {
  const h = hospital(pick(REGIONS), 3, 'general', false); const doc = doctor(h, 'oncology');
  const ca = pick(CANCERS.filter((c) => c.reg === 'TP')); const m = member({ region: h.region, ageMin: 38, ageMax: 75, gender: ca.sex, chronic: [ca.dx.slice(0, 3)] });
  const a = add('2026-01-05', ri(0, 160));
  const c1 = chemoStay({ m, h, adm: a, los: 3, ca, doc });
  const fa = add(a, ri(9, 12)); const fd = add(fa, ri(5, 8)); const days = stayDays(fa, fd);
  const items = [...baseDays(fa, fd, (i) => (i < 3 ? 1 : 2), '普通病房床位费(双人间)'), it('急诊诊察费', days[0], 1), ...labs(days[0], ['尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', 'C反应蛋白测定', '降钙素原测定']), it('细菌培养及药敏', days[0], 2), it('胸部X线摄影(正侧位)', days[0], 1), it('C反应蛋白测定', days[3], 1)];
  days.forEach((d, i) => { items.push(it('血常规(五分类)', d, 1)); if (i < days.length - 1) items.push(it('注射用头孢他啶', d, 3), it('氯化钠注射液', d, 3), ...ivDay(d, 3)); });
  const fn = claim({ m, h, visitType: 'inpatient', dept: 'oncology', doc, adm: fa, dis: fd, dx: ['D70.x00x003', 'R50.900', ca.dx, 'Z51.102'], items, route: 'emergency', mode: 'ordered' });
  const c2 = chemoStay({ m, h, adm: add(a, ri(25, 28)), los: 3, ca, doc, scale: 0.8 });
  addCase('control', 'C14', C.C14, [c1, fn, c2]);
}

C.C15 = '非癌终末期（终末期心衰/放弃透析的尿毒症/终末期痴呆）安宁疗护，住院中死亡';
function c15() {
  const h = hospital(pick(REGIONS), pick([1, 2]), 'hospice', chance(0.3)); const doc = doctor(h, 'palliative');
  const m = member({ region: h.region, ageMin: 70, ageMax: 97 });
  const k = pick(['hf', 'esrd', 'dem']);
  const a = add('2026-01-10', ri(0, 250)); const dis = add(a, ri(4, 20)); const days = stayDays(a, dis);
  const dx = k === 'hf' ? ['I50.900x017', 'Z51.500', 'I48.200'] : k === 'esrd' ? ['N18.500', 'Z51.500', 'E87.500'] : ['G30.100x003+F00.1*', 'J69.001', 'Z51.500', 'R13.x00'];
  const items = [...baseDays(a, dis, 1), ...labs(days[0], ['血常规(五分类)', '肾功能(三项)', '电解质(四项)'])];
  days.forEach((d, i) => {
    items.push(it('吸氧', d, i < days.length - 3 ? 12 : 20));
    const late = i >= days.length - 4;
    items.push(it('盐酸吗啡注射液', d, late ? 3 : 1), it('皮下注射', d, late ? 3 : 1));
    if (late) items.push(it('咪达唑仑注射液', d, 1));
    if (k === 'hf' && i < days.length - 2) items.push(it('呋塞米注射液', d, 1), it('静脉注射', d, 1));
    if (i % 2 === 0) items.push(it('换药(小)', d, 1));
  });
  if (k === 'dem') days.slice(0, 5).forEach((d) => items.push(it('注射用头孢曲松钠', d, 1), it('氯化钠注射液', d, 1), ...ivDay(d, 1)));
  addCase('control', 'C15', C.C15, [claim({ m, h, visitType: 'inpatient', dept: 'palliative', doc, adm: a, dis, dx, items, route: pick(['outpatient', 'transfer']), from: undefined, mode: 'death' })]);
}

C.C16 = '稳定期精神分裂症门诊慢特病12周长处方，按期续方';
function c16() {
  const h = hospital(pick(REGIONS), pick([2, 3]), 'psych', false); const doc = doctor(h, 'psychiatry');
  const m = member({ region: h.region, ageMin: 24, ageMax: 70, chronic: ['F20'] });
  let d = add('2026-01-05', ri(0, 60)); const cl = [];
  for (let k = 0; k < 3; k++) {
    const items = [it('门诊慢特病管理诊查费', d, 1), it('利培酮片', d, 168, { longRx: true }), ...labs(d, ['血常规(五分类)', '肝功能(全套)', '空腹血糖测定'])];
    if (k === 0) items.push(it('血脂(四项)', d, 1), it('常规心电图检查', d, 1));
    cl.push(claim({ m, h, visitType: 'chronic', dept: 'psychiatry', doc, date: d, dx: [pick(['F20.501', 'F20.000', 'F20.900'])], items }));
    d = add(d, ri(81, 84));
  }
  addCase('control', 'C16', C.C16, cl);
}

C.C17 = '学龄儿童获得性脑损伤（溺水缺氧、脑炎后、吉兰-巴雷）住院康复4–6周';
function c17() {
  const h = hospital(pick(REGIONS), 3, 'children', false);
  const m = member({ region: h.region, ageMin: 6, ageMax: 14, insuranceType: 'resident' });
  const dx = pick([['G93.100', 'G82.200'], ['G09.x00x002', 'G81.900'], ['G61.000', 'R26.200x001']]);
  const a = add('2026-01-10', ri(0, 220)); const dis = add(a, ri(28, 42));
  const st = rehabStay({ m, h, adm: a, dis, dx, kind: 'child', massage: true, dept: 'paediatric_rehabilitation', admLabs: ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '常规心电图检查'], extra: [it('脑电图', add(a, 1), 1), it('头颅MRI平扫', add(a, 2), 1)] });
  addCase('control', 'C17', C.C17, [st]);
}

C.C18 = '三周方案化疗：第2周期因骨髓抑制推迟一周并减量20%';
function c18() {
  const h = hospital(pick(REGIONS), pick([2, 3]), 'general', false); const doc = doctor(h, 'oncology');
  const ca = pick(CANCERS); const m = member({ region: h.region, ageMin: 35, ageMax: 75, gender: ca.sex, chronic: [ca.dx.slice(0, 3)] });
  const a1 = add('2026-01-05', ri(0, 150));
  const c1 = chemoStay({ m, h, adm: a1, los: 3, ca, doc });
  const cbc = claim({ m, h, visitType: 'chronic', dept: 'oncology', doc, date: add(a1, 21), dx: [ca.dx, 'D70.x00x003'], items: [it('门诊慢特病管理诊查费', add(a1, 21), 1), it('血常规(五分类)', add(a1, 21), 1)] });
  const c2 = chemoStay({ m, h, adm: add(a1, 28), los: 3, ca, doc, scale: 0.8 });
  const c3 = chemoStay({ m, h, adm: add(a1, 49), los: 3, ca, doc, scale: 0.8 });
  addCase('control', 'C18', C.C18, [c1, cbc, c2, c3]);
}

C.C19 = '同步放化疗住院（鼻咽癌/宫颈癌/食管癌）：工作日放疗30–33次，每周顺铂';
function c19() {
  const h = hospital(pick(REGIONS), 3, 'general', false); const doc = doctor(h, 'radiotherapy');
  const ca = pick([{ dx: 'C11.900' }, { dx: 'C53.900', sex: 'F' }, { dx: 'C15.900' }]);
  const m = member({ region: h.region, ageMin: 35, ageMax: 72, gender: ca.sex });
  const a = nextDow(add('2026-01-12', ri(0, 200)), [1]);
  const fx = ri(30, 33); const rtDays = []; let d = add(a, 3);
  while (rtDays.length < fx) { if (workday(d)) rtDays.push(d); d = add(d, 1); }
  const dis = add(rtDays[rtDays.length - 1], 1); const days = stayDays(a, dis);
  const items = [...baseDays(a, dis, 2), ...labs(days[0], [...ADM_LABS, '凝血四项', '肿瘤标志物(CEA)测定']), ...(ca.dx === 'C11.900' ? [it('头颅MRI平扫', days[1], 1)] : [it('腹部CT平扫', days[1], 1), it('CT增强扫描(加收)', days[1], 1)])];
  rtDays.forEach((x) => items.push(it('放射治疗(调强)', x, 1)));
  rtDays.filter((x) => dow(x) === 2).slice(0, 6).forEach((x) => items.push(it('顺铂注射液', x, 7), it('氯化钠注射液', x, 3), it('盐酸昂丹司琼注射液', x, 2), it('地塞米松磷酸钠注射液', x, 1), it('化疗药物配置', x, 1), ...ivDay(x, 3), it('血常规(五分类)', x, 1), it('肾功能(三项)', x, 1), it('电解质(四项)', x, 1)));
  const st = claim({ m, h, visitType: 'inpatient', dept: 'radiotherapy', doc, adm: a, dis, dx: ['Z51.003', ca.dx, 'Z51.102'], px: [['92.2400x003', rtDays[0]], ['99.2503', rtDays[0]]], items, route: 'outpatient', mode: 'ordered' });
  addCase('control', 'C19', C.C19, [st]);
}

C.C20 = '精神分裂症/双相障碍出院后停药复发，2周内经急诊再入院';
function c20() {
  const h = hospital(pick(REGIONS), pick([2, 3]), 'psych', chance(0.4)); const doc = doctor(h, 'psychiatry');
  const bip = chance(0.4); const m = member({ region: h.region, ageMin: 20, ageMax: 60, chronic: bip ? undefined : ['F20'] });
  const a = add('2026-01-05', ri(0, 180)); const d1 = add(a, ri(28, 40));
  const drugs = bip ? [['丙戊酸钠缓释片', 2], ['利培酮片', 2]] : [['利培酮片', 2]];
  const days1 = stayDays(a, d1);
  const s1 = psychSegment({ m, h, doc, adm: a, dis: d1, dx: bip ? ['F31.200'] : ['F20.000'], drugDays: days1, drugs, actDays: days1.filter(workday), labsOn: [[days1[0], [...ADM_LABS, '血脂(四项)', '胸部X线摄影(正侧位)']], [days1[14], ['血常规(五分类)', '肝功能(全套)']]], nursing: (i) => (i < 7 ? 1 : 2), route: 'outpatient', mode: 'ordered', extra: drugs.map(([n, q]) => it(n, days1[days1.length - 1], q * 14)) });
  const a2 = add(d1, ri(5, 13)); const d2 = add(a2, ri(18, 30)); const days2 = stayDays(a2, d2);
  const s2 = psychSegment({ m, h, doc, adm: a2, dis: d2, dx: [bip ? 'F31.200' : 'F20.000', 'R45.100x002'], drugDays: days2, drugs: [...drugs.map(([n, q]) => [n, n === '利培酮片' ? 3 : q]), ['地西泮片', 2]], actDays: days2.slice(7).filter(workday), labsOn: [[days2[0], ['血常规(五分类)', '肝功能(全套)', '电解质(四项)', '常规心电图检查']]], nursing: (i) => (i < 10 ? 1 : 2), route: 'emergency', mode: 'ordered', extra: [it('急诊诊察费', days2[0], 1)] });
  addCase('control', 'C20', C.C20, [s1, s2]);
}

C.C21 = '长期有创通气依赖（运动神经元病/缺氧性脑病）按月中途结算，其间一次呼吸机相关肺炎';
function c21() {
  const h = hospital(pick(REGIONS), pick([2, 3]), 'general', false); const doc = doctor(h, 'respiratory');
  const m = member({ region: h.region, ageMin: 45, ageMax: 80 });
  const dx = [pick(['G12.200', 'G93.100']), 'J96.100', 'Z99.100', 'Z93.000'];
  const a = add('2026-01-05', ri(0, 150)); let s = a; const segs = []; const vap = ri(0, 1);
  for (let k = 0; k < 2; k++) {
    const e = add(s, k === 0 ? 30 : ri(20, 30)); const days = stayDays(s, e);
    const items = [...baseDays(s, e, 1)];
    days.forEach((d, i) => {
      items.push(it('有创呼吸机辅助呼吸', d, 24), it('血氧饱和度监测', d, 24), it('雾化吸入', d, 2), it('吸入用异丙托溴铵溶液', d, 2), it('乙酰半胱氨酸泡腾片', d, 2));
      if (i % 7 === 0) items.push(it('一次性呼吸机管路', d, 1), it('血常规(五分类)', d, 1), it('电解质(四项)', d, 1), it('一次性使用胃管', d, 1));
      if (i % 4 === 2) items.push(it('血气分析', d, 1));
      if (i % 2 === 0) items.push(it('换药(小)', d, 1));
    });
    if (k === 0) items.push(...labs(days[0], ['肝功能(全套)', '肾功能(三项)', '凝血四项']), it('胸部X线摄影(正侧位)', days[0], 1));
    let dxs = dx;
    if (k === vap) {
      const v0 = ri(8, 14); dxs = [...dx, 'J18.900'];
      items.push(it('细菌培养及药敏', days[v0], 2), it('降钙素原测定', days[v0], 1), it('C反应蛋白测定', days[v0], 1), it('胸部X线摄影(正侧位)', days[v0], 1));
      days.slice(v0, v0 + 8).forEach((d) => items.push(it('注射用哌拉西林钠他唑巴坦钠', d, 3), it('氯化钠注射液', d, 3), ...ivDay(d, 3)));
    }
    segs.push(claim({ m, h, visitType: 'inpatient', dept: 'respiratory', doc, adm: s, dis: e, dx: dxs, px: [['96.7200', days[0]]], items, route: k === 0 ? 'transfer' : 'other', from: k === 0 ? hospital(h.region, 3, 'general', false).id : undefined, mode: k === 0 ? 'other' : 'ordered' }));
    s = e;
  }
  addCase('control', 'C21', C.C21, segs);
}

C.C22 = '帕金森病：门诊慢特病按月取药，跌倒风险增加后住院康复2–3周';
function c22() {
  const r = pick(['220100', '220200']); const h = hospital(r, 2, 'rehab', false); const doc = doctor(h, 'neurology');
  const m = member({ region: r, ageMin: 58, ageMax: 84, chronic: ['G20'] });
  let d = add('2026-01-06', ri(0, 90)); const cl = [];
  for (let k = 0; k < 3; k++) {
    cl.push(claim({ m, h, visitType: 'chronic', dept: 'neurology', doc, date: d, dx: ['G20.x00'], items: [it('门诊慢特病管理诊查费', d, 1), it('多巴丝肼片', d, 90)] }));
    if (k === 1) {
      const a = add(d, ri(5, 10)); const dis = add(a, ri(14, 21));
      cl.push(rehabStay({ m, h, adm: a, dis, dx: ['G20.x04', 'R26.802', 'I10.x00'], kind: 'pd', acu: true, route: 'outpatient', extra: [it('头颅MRI平扫', add(a, 1), 1)] }));
      d = add(dis, 10);
    } else d = add(d, 30);
  }
  addCase('control', 'C22', C.C22, cl);
}

C.C23 = '骨转移姑息放疗：5–10次放疗，唑来膦酸，镇痛';
function c23() {
  const h = hospital(pick(REGIONS), 3, 'general', false); const doc = doctor(h, 'radiotherapy');
  const p = pick([{ dx: 'C61.x00', sex: 'M' }, { dx: 'C50.900', sex: 'F' }, { dx: 'C34.900x001' }]);
  const m = member({ region: h.region, ageMin: 50, ageMax: 85, gender: p.sex, chronic: [p.dx.slice(0, 3), 'C79'] });
  const a = nextDow(add('2026-01-12', ri(0, 220)), [1, 2]); const fx = pick([5, 5, 8, 10]);
  const rt = []; let d = add(a, 2); while (rt.length < fx) { if (workday(d)) rt.push(d); d = add(d, 1); }
  const dis = add(rt[rt.length - 1], 1); const days = stayDays(a, dis);
  const items = [...baseDays(a, dis, 2), ...labs(days[0], [...ADM_LABS]), it('腰椎MRI平扫', days[1], 1)];
  rt.forEach((x) => items.push(it('放射治疗(调强)', x, 1)));
  items.push(it('唑来膦酸注射液', days[2], 1), it('氯化钠注射液', days[2], 1), ...ivDay(days[2], 1));
  days.forEach((x) => items.push(it('盐酸曲马多缓释片', x, 2)));
  days.slice(0, 5).forEach((x) => items.push(it('地塞米松磷酸钠注射液', x, 1), it('静脉注射', x, 1)));
  const st = claim({ m, h, visitType: 'inpatient', dept: 'radiotherapy', doc, adm: a, dis, dx: ['Z51.003', 'C79.500x006', p.dx], px: [['92.2400x003', rt[0]]], items, route: 'outpatient', mode: 'ordered' });
  addCase('control', 'C23', C.C23, [st]);
}

C.C24 = '腹膜透析相关腹膜炎住院（腹腔给药抗感染），出院后继续居家腹透';
function c24() {
  const h = hospital(pick(REGIONS), pick([2, 3]), 'general', false); const doc = doctor(h, 'nephrology');
  const m = member({ region: h.region, ageMin: 30, ageMax: 78, chronic: ['N18'] });
  let d = add('2026-01-08', ri(0, 150)); const cl = [];
  for (let k = 0; k < 2; k++) { cl.push(pdMonth({ m, h, date: d, htn: '苯磺酸氨氯地平片' })); d = add(d, 30); }
  const a = add(d, -ri(3, 10)); const dis = add(a, ri(8, 13)); const days = stayDays(a, dis);
  const items = [...baseDays(a, dis, 2), ...labs(days[0], [...ADM_LABS, 'C反应蛋白测定']), it('细菌培养及药敏', days[0], 2), it('腹部B超', days[0], 1), it('血常规(五分类)', days[3], 1), it('C反应蛋白测定', days[6], 1), it('血常规(五分类)', days[6], 1)];
  days.forEach((x) => items.push(it('腹膜透析液(乳酸盐)', x, 4)));
  days.slice(0, Math.min(days.length, 12)).forEach((x) => items.push(it('注射用头孢他啶', x, 1), it('注射用头孢呋辛钠', x, 1)));
  const st = claim({ m, h, visitType: 'inpatient', dept: 'nephrology', doc, adm: a, dis, dx: ['T85.711', 'N18.500', 'Z99.200'], px: [['54.9800', days[0]]], items, route: 'emergency', mode: 'ordered' });
  cl.push(st); cl.push(pdMonth({ m, h, date: add(dis, 1), htn: '苯磺酸氨氯地平片', days: 30 }));
  addCase('control', 'C24', C.C24, cl);
}

// ================================================================= ROUTINE
function routine(i) {
  const k = i % 10; const r = pick(REGIONS); const d = add('2026-01-04', ri(0, 320));
  let c;
  if (k === 0) { const h = hospital(r, pick([2, 3]), 'psych', false); const m = member({ region: r, ageMin: 18, ageMax: 70 }); c = claim({ m, h, visitType: 'outpatient', dept: 'psychiatry', date: d, dx: [pick(['F32.200', 'F41.200', 'F41.100'])], items: [it('普通门诊诊察费', d, 1), it(pick(['盐酸舍曲林片', '草酸艾司西酞普兰片']), d, 28)] }); }
  else if (k === 1) { const h = hospital(r, pick([2, 3]), 'dialysis', false); const m = member({ region: r, ageMin: 35, ageMax: 80, chronic: ['N18'] }); c = hdSession({ m, h, date: d, epo: chance(0.6) }); }
  else if (k === 2) { const h = hospital(r, pick([1, 2]), 'rehab', chance(0.5)); const m = member({ region: r, ageMin: 30, ageMax: 75 }); c = claim({ m, h, visitType: 'outpatient', dept: 'rehabilitation', date: d, dx: [pick(['M54.502', 'M54.504', 'M17.000'])], items: [it('普通门诊诊察费', d, 1), it('针灸', d, 1), it('推拿治疗', d, 1)] }); }
  else if (k === 3) { const h = hospital(r, 3, 'general', false); const m = member({ region: r, ageMin: 45, ageMax: 78 }); c = claim({ m, h, visitType: 'outpatient', dept: 'oncology', date: d, dx: ['Z85.000', 'K29.700'], items: [it('普通门诊诊察费', d, 1), it('血常规(五分类)', d, 1), it('肿瘤标志物(CEA)测定', d, 1), it('腹部B超', d, 1)] }); }
  else if (k === 4) { const h = hospital(r, 1, 'community', false); const m = member({ region: r, ageMin: 50, ageMax: 85, chronic: ['I10', 'E11'] }); c = claim({ m, h, visitType: 'chronic', dept: 'general', date: d, dx: ['I10.x00', 'E11.900'], items: [it('门诊慢特病管理诊查费', d, 1), it('苯磺酸氨氯地平片', d, 30), it('盐酸二甲双胍片', d, 90), it('空腹血糖测定', d, 1)] }); }
  else if (k === 5) { const h = hospital(r, 1, 'pharmacy', true); const m = member({ region: r, ageMin: 40, ageMax: 85 }); c = claim({ m, h, visitType: 'pharmacy', dept: 'pharmacy', date: d, dx: [pick(['I25.100', 'I10.x00'])], items: [it(pick(['阿托伐他汀钙片', '苯磺酸氨氯地平片']), d, 28), it('复方丹参滴丸', d, 270)] }); }
  else if (k === 6) { const h = hospital(r, 2, 'general', false); const m = member({ region: r, ageMin: 65, ageMax: 90 }); const dis = add(d, ri(6, 9)); const days = stayDays(d, dis); const items = [...baseDays(d, dis, 2), ...labs(days[0], [...ADM_LABS, 'C反应蛋白测定']), it('胸部X线摄影(正侧位)', days[0], 1), it('血常规(五分类)', days[4], 1)]; days.slice(0, 7).forEach((x) => items.push(it('注射用头孢曲松钠', x, 2), it('氯化钠注射液', x, 2), ...ivDay(x, 2))); days.forEach((x) => items.push(it('盐酸氨溴索片', x, 3))); c = claim({ m, h, visitType: 'inpatient', dept: 'respiratory', adm: d, dis, dx: ['J18.900', 'I10.x00'], items, route: 'outpatient', mode: 'ordered' }); }
  else if (k === 7) { const h = hospital(r, pick([2, 3]), 'children', false); const m = member({ region: r, ageMin: 2, ageMax: 10, insuranceType: 'resident' }); c = claim({ m, h, visitType: 'outpatient', dept: 'paediatrics', date: d, dx: ['J06.900'], items: [it('普通门诊诊察费', d, 1), it('血常规(五分类)', d, 1), it('小儿氨酚黄那敏颗粒', d, 9)] }); }
  else if (k === 8) { const h = hospital(r, pick([2, 3]), 'general', false); const m = member({ region: r, ageMin: 55, ageMax: 85, chronic: ['I69'] }); c = claim({ m, h, visitType: 'chronic', dept: 'neurology', date: d, dx: ['I69.300', 'I10.x00'], items: [it('门诊慢特病管理诊查费', d, 1), it('阿司匹林肠溶片', d, 30), it('阿托伐他汀钙片', d, 30), it('血塞通软胶囊', d, 180)] }); }
  else { const h = hospital(r, 3, 'general', false); const cdx = pick(['C50.900', 'C34.900x001', 'C18.900']); const m = member({ region: r, ageMin: 40, ageMax: 80, gender: cdx === 'C50.900' ? 'F' : undefined, chronic: [cdx.slice(0, 3)] }); c = claim({ m, h, visitType: 'chronic', dept: 'oncology', date: d, dx: [cdx, 'Z51.102'], items: [it('门诊慢特病管理诊查费', d, 1), it('血常规(五分类)', d, 1), it('肝功能(全套)', d, 1)] }); }
  addCase('routine', 'R', '常规结算', [c], [c]);
}

// ================================================================= build
const FR = { T01: t01, T02: null, T03: t03, T04: t04, T05: t05, T06: t06, T07: t07, T08: t08, T09: t09, T10: t10, T11: t11, T12: t12, T13: t13, T14: t14, T15: t15 };
for (const [code, f] of Object.entries(FR)) { if (code === 'T02') { for (let i = 0; i < 3; i++) t02cohort(); continue; } for (let i = 0; i < 15; i++) f(); }
const CT = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24];
for (const f of CT) for (let i = 0; i < 15; i++) f();
for (let i = 0; i < 100; i++) routine(i);

// settlement order: settlement date, then service start, then creation
const sorted = CLAIMS.slice().sort((a, b) => (a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._start < b._start ? -1 : a._start > b._start ? 1 : a._seq - b._seq));
const perHosp = {};
for (const c of sorted) { const h = c._h; perHosp[h.id] = (perHosp[h.id] || 0) + 1; c.claimId = `${c.region}-${h.id}-2026-${String(perHosp[h.id]).padStart(6, '0')}`; }
computeFunds(sorted);

// reported DRG from pass-1 grouping
if (GROUPS) {
  const G = {};
  for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); G[g.claimId] = (g.computed && g.computed.group) || (g.grouping && g.grouping.drg) || null; }
  for (const c of sorted) if (c.visitType === 'inpatient') c.reportedGroup = { drg: G[c.claimId] || null, dip: null };
}

// sanity: every code known to the CHS-DRG dictionaries (warn only)
try {
  const DX = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'shared', 'chs-drg-1.1', 'diagnoses.json'), 'utf8'));
  const PX = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'shared', 'chs-drg-1.1', 'procedures.json'), 'utf8'));
  const bad = new Set();
  for (const c of sorted) { for (const d of c.diagnoses) if (!DX[d.code]) bad.add('dx ' + d.code); for (const p of c.procedures) if (!PX[p.code]) bad.add('px ' + p.code); }
  if (bad.size) console.error('unknown codes: ' + [...bad].join(', '));
} catch (e) { /* dictionaries optional */ }

fs.mkdirSync(OUT, { recursive: true });
const strip = (c) => { const o = {}; for (const [k, v] of Object.entries(c)) if (!k.startsWith('_')) o[k] = v; o.items = c.items.map((l) => { const x = {}; for (const [k, v] of Object.entries(l)) if (!k.startsWith('_')) x[k] = v; return x; }); return o; };
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), sorted.map((c) => JSON.stringify(strip(c))).join('\n') + '\n');
const labels = LABELS.map((l) => {
  const mutatedLines = {};
  if (l.kind === 'fraud') for (const c of l._targets) { const ids = c.items.filter((x) => x._mut).map((x) => x.lineId); if (ids.length) mutatedLines[c.claimId] = ids; }
  const claimIds = l._claims.slice().sort((a, b) => sorted.indexOf(a) - sorted.indexOf(b)).map((c) => c.claimId);
  return { caseId: l.caseId, kind: l.kind, code: l.code, name: l.name, claimIds, targets: l._targets.map((c) => c.claimId), mutatedLines };
});
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
const cnt = { fraud: 0, control: 0, routine: 0 }; for (const l of labels) cnt[l.kind]++;
console.error(`claims ${sorted.length}, cases fraud ${cnt.fraud} control ${cnt.control} routine ${cnt.routine}, hospitals ${hospSeq}, members ${memSeq}`);
