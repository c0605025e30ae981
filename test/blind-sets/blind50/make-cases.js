#!/usr/bin/env node
// blind50 — bones, joints and pain. Independent test set written from public typology descriptions only.
// usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
// Fixed seed; same inputs, same files. Writes <outdir>/claims.ndjson and <outdir>/labels.json.
'use strict';
const fs = require('fs'); const path = require('path');
const argv = process.argv.slice(2);
const OUT = path.resolve(argv[0] || '.');
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base50/rules/catalogue');
const GROUPS = opt('--groups', null);

// ---------- rng ----------
let S = 50050501;
function rnd() { S |= 0; S = (S + 0x6D2B79F5) | 0; let t = Math.imul(S ^ (S >>> 15), 1 | S); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- catalogue ----------
const ROW = {};
for (const f of ['services', 'drugs', 'consumables']) for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f + '.json'), 'utf8')).rows) ROW[r.name] = r;
const BYCODE = {}; for (const r of Object.values(ROW)) BYCODE[r.code] = r;

// ---------- benefit figures (rules/benefits/policies.json: deductibles and ratios only) ----------
const POL = {
  '22': { employee: { inpatient: { d: { 1: 200, 2: 500, 3: 900 }, r: { 1: 0.9, 2: 0.85, 3: 0.8 }, rb: 0.05 }, outpatient: { d: 1000, r: { 1: 0.7, 2: 0.6, 3: 0.5 }, rb: 0.1, cap: 3000 }, chronic: { d: 0, r: { 1: 0.85, 2: 0.85, 3: 0.8 }, rb: 0.05 }, pharmacy: { d: 1000, r: { 1: 0.6, 2: 0.6, 3: 0.6 }, rb: 0.1, cap: 3000 } },
          resident: { inpatient: { d: { 1: 200, 2: 500, 3: 1000 }, r: { 1: 0.8, 2: 0.7, 3: 0.6 }, rb: 0 }, outpatient: { d: 0, r: { 1: 0.6, 2: 0.5, 3: 0.5 }, rb: 0, cap: 400 }, chronic: { d: 0, r: { 1: 0.7, 2: 0.65, 3: 0.6 }, rb: 0 }, pharmacy: { d: 0, r: { 1: 0.5, 2: 0.5, 3: 0.5 }, rb: 0, cap: 400 } } },
};
POL['23'] = JSON.parse(JSON.stringify(POL['22'])); POL['23'].employee.inpatient.d = { 1: 200, 2: 500, 3: 1000 };
POL['37'] = JSON.parse(JSON.stringify(POL['23'])); POL['37'].employee.inpatient.d = { 1: 300, 2: 600, 3: 1000 }; POL['37'].resident.inpatient.d = { 1: 300, 2: 600, 3: 1000 };
POL['51'] = JSON.parse(JSON.stringify(POL['23'])); POL['51'].resident.inpatient.d = { 1: 200, 2: 600, 3: 1100 };
POL['51'].resident.outpatient.cap = 400; // 510100 override raises it to 500; 400 is the lower bound

// ---------- dates ----------
const D = (s) => new Date(s + 'T00:00:00Z');
const add = (s, n) => { const d = D(s); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };
const diff = (a, b) => Math.round((D(b) - D(a)) / 86400000);
const rdate = (m1 = 1, m2 = 10) => `2026-${String(ri(m1, m2)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;

// ---------- providers ----------
const REGIONS = ['220100', '230100', '370100', '370200', '510100', '510700'];
const HK = { L3: ['01', 3], L3b: ['02', 3], COUNTY: ['11', 2], PRIV: ['12', 2], REHAB: ['13', 2], TCMH: ['14', 2], COMM: ['21', 1], TCMC: ['22', 1], TOWN: ['23', 1], PH1: ['31', 1], PH2: ['32', 1] };
const hosp = (region, k) => ({ hospitalId: 'H' + region + HK[k][0], level: HK[k][1] });
const otherRegion = (r) => pick(REGIONS.filter(x => x !== r));

// ---------- members ----------
let MEM = 0;
function member(o = {}) {
  const age = o.age ?? ri(30, 70); const gender = o.gender ?? (chance(0.5) ? 'M' : 'F');
  const region = o.region ?? pick(REGIONS);
  const bm = ri(1, 12), bd = ri(1, 28);
  const birthDate = `${2026 - age - (bm > 6 ? 1 : 0)}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}`;
  let ins = o.ins ?? (age < 18 ? 'resident' : (age >= 75 ? (chance(0.5) ? 'employee' : 'resident') : (chance(0.65) ? 'employee' : 'resident')));
  const retired = ins === 'employee' && age >= (gender === 'M' ? 60 : 55);
  const contrib = ins === 'employee' ? Math.max(1, Math.min(age - 20, ri(15, 40))) : 0;
  MEM++;
  return { insuredId: 'P50' + String(MEM).padStart(6, '0'), gender, birthDate, retired, age, region, ins, contrib,
    chronic: o.chronic || null, cy: ri(3, 15) };
}
const enrollment = (m) => { const e = { enrolledOn: '2026-01-01', inConcentratedPeriod: true, continuousYears: m.cy, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: m.contrib, special: null }; if (m.chronic) e.chronicDiseases = m.chronic; return e; };

// ---------- bills ----------
class Bill {
  constructor(level) { this.lv = level; this.items = []; this.mut = []; }
  add(name, date, q, o = {}) {
    const r = ROW[name]; if (!r) throw new Error('no catalogue row ' + name);
    if (q <= 0) return null;
    const up = o.price ?? r2(r.priceCap[String(this.lv)] * (o.pf ?? 1));
    const id = String(this.items.length + 1);
    const it = { lineId: id, code: r.code, name: r.name, category: r.category, date, quantity: q, unitPrice: up, amount: r2(q * up) };
    if (o.long) it.longPrescription = true;
    this.items.push(it); if (o.mut) this.mut.push(id); return id;
  }
}
let SEQ = 0; const CLAIMS = []; let ORD = 0;
function claim(m, h, o, b) {
  SEQ++;
  const c = { claimId: `${o.region || m.region}-${h.hospitalId}-2026-${String(SEQ).padStart(6, '0')}`, region: o.region || m.region, insuranceType: m.ins, visitType: o.type,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired }, enrollment: enrollment(m),
    provider: { hospitalId: h.hospitalId, level: h.level, department: o.dept, doctorId: o.doc || ('D' + h.hospitalId.slice(-4) + String(ri(1, 30)).padStart(2, '0')) } };
  if (o.type === 'inpatient') { c.admissionDate = o.adm; c.dischargeDate = o.dis; } else c.visitDate = o.date;
  c.diagnoses = o.dx.map((d, i) => i === 0 ? { code: d, principal: true } : { code: d });
  c.procedures = (o.px || []).map(([code, date]) => ({ code, date }));
  c.reportedGroup = { drg: null, dip: null };
  if (o.type === 'inpatient') { if (o.route) c.admissionRoute = o.route; c.dischargeMode = o.mode || 'ordered'; if (o.from) c.transferFromHospitalId = o.from; }
  if (o.region && o.region !== m.region) c.insuredRegion = m.region;
  c.items = b.items; c.amounts = { total: 0, policy: 0, fundClaimed: 0 };
  c._m = m; c._mut = b.mut.slice(); c._ord = ORD++; c._settle = o.type === 'inpatient' ? o.dis : o.date; c._pay = o.pay ?? 1;
  CLAIMS.push(c); return c;
}

// ---------- common blocks ----------
const CONS = (lv) => lv === 3 ? pick(['普通门诊诊察费', '副主任医师门诊诊察费', '主任医师门诊诊察费']) : lv === 2 ? pick(['普通门诊诊察费', '副主任医师门诊诊察费']) : '一般诊疗费';
function daily(b, adm, dis, nurse = () => 'Ⅱ级护理', bed = '普通病房床位费(三人间)') {
  const n = diff(adm, dis);
  for (let k = 0; k < n; k++) { const d = add(adm, k); b.add(bed, d, 1); b.add(nurse(k), d, 1); b.add('住院诊查费', d, 1); }
}
function ivDay(b, d, groups) { b.add('静脉输液(第一组)', d, 1); if (groups > 1) b.add('静脉输液(每增加一组)', d, Math.min(groups - 1, 4)); b.add('一次性使用输液器', d, 1); }
function preop(b, d, o = {}) {
  for (const n of ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '空腹血糖测定', '常规心电图检查']) b.add(n, d, 1);
  if (!o.noCxr) b.add('胸部X线摄影(正侧位)', d, 1);
  if (o.ddimer) b.add('D-二聚体测定', d, 1);
  if (o.crp) b.add('C反应蛋白测定', d, 1);
}
// operation day. implants: [[name, qty, mut?]]
function operate(b, d, o) {
  b.add(o.svc, d, 1, { mut: o.svcMut });
  if (o.anaes === 'spinal') { b.add('椎管内麻醉', d, 1); b.add('一次性使用麻醉穿刺包', d, 1); b.add('盐酸罗哌卡因注射液', d, 1); }
  else { b.add('全身麻醉', d, o.hours || 2); b.add('丙泊酚中/长链脂肪乳注射液', d, 2); b.add('枸橼酸芬太尼注射液', d, 2); b.add('注射用维库溴铵', d, 1); b.add('一次性气管插管', d, 1); }
  b.add('一次性手术衣及铺单包', d, 1); b.add('一次性电刀笔', d, 1); b.add('可吸收缝线', d, o.sutures || 2);
  for (const [n, q, mut] of (o.implants || [])) b.add(n, d, q, { mut });
  if (o.drain) b.add('一次性负压引流器', d, 1);
  if (o.txa) b.add('氨甲环酸注射液', d, 2);
  b.add('注射用头孢呋辛钠', d, 2); b.add('乳酸钠林格注射液', d, 2); b.add('氯化钠注射液', d, 2);
  ivDay(b, d, 3);
  b.add('心电监测', d, o.monH || 12); b.add('血氧饱和度监测', d, o.monH || 12); b.add('吸氧', d, 6); b.add('一次性使用吸氧管', d, 1); b.add('心电电极片', d, 5);
}
// after the operation until discharge
function postop(b, opd, dis, o = {}) {
  const n = diff(opd, dis);
  for (let k = 1; k < n; k++) {
    const d = add(opd, k);
    if (k === 1) { b.add('注射用头孢呋辛钠', d, 2); b.add('氯化钠注射液', d, 2); ivDay(b, d, 2); b.add('血常规(五分类)', d, 1); }
    if (o.lmwh && k <= Math.min(13, o.lmwh)) b.add('依诺肝素钠注射液', d, 1), b.add('皮下注射', d, 1);
    if (k <= (o.nsaidDays ?? 5)) b.add('塞来昔布胶囊', d, 2);
    if (o.rehab && k >= 1) { if (k === 1) b.add('康复评定', d, 1); b.add('运动疗法', d, 1); }
    if (k % 3 === 1) { b.add('换药(中)', d, 1); b.add('一次性使用换药包', d, 1); }
  }
  if (o.xray !== false) b.add(o.xray || '四肢X线摄影', add(opd, Math.min(2, n - 1)), 1);
  if (o.drain) b.add('一次性使用引流袋', add(opd, 1), 1);
}
function edVisit(m, h, d, dx, o = {}) {
  const b = new Bill(h.level);
  b.add('急诊诊察费', d, 1);
  for (const n of (o.imaging || ['四肢X线摄影'])) b.add(n, d, 1);
  if (o.labs !== false) { b.add('血常规(五分类)', d, 1); }
  if (o.inj) { b.add('盐酸曲马多缓释片', d, 2); }
  return claim(m, h, { type: 'outpatient', dept: 'emergency', date: d, dx }, b);
}
function ptVisit(m, h, d, dx, o = {}) {
  const b = new Bill(h.level);
  b.add(o.cons || CONS(h.level), d, 1);
  if (o.assess) b.add('康复评定', d, 1);
  for (const [n, q, mut] of o.tx) b.add(n, d, q, { mut });
  for (const [n, q] of (o.drugs || [])) b.add(n, d, q);
  return claim(m, h, { type: 'outpatient', dept: o.dept || 'rehabilitation', date: d, dx, region: o.region }, b);
}
function opdVisit(m, h, d, dx, lines, o = {}) {
  const b = new Bill(h.level);
  if (o.cons !== null) b.add(o.cons || CONS(h.level), d, 1);
  for (const [n, q, mut, x] of lines) b.add(n, d, q, { mut, long: x && x.long });
  return claim(m, h, { type: o.type || 'outpatient', dept: o.dept || 'orthopaedics', date: d, dx, region: o.region }, b);
}
function pharmacy(m, h, d, dx, lines, o = {}) {
  const b = new Bill(h.level);
  for (const [n, q, mut] of lines) b.add(n, d, q, { mut });
  return claim(m, h, { type: 'pharmacy', dept: 'pharmacy', date: d, dx, region: o.region }, b);
}
const COMOR = () => [...(chance(0.5) ? ['I10.x00'] : []), ...(chance(0.25) ? ['E11.900'] : [])];

// ================= the cases =================
const LABELS = []; let CASE = 0;
function record(kind, code, name, claims, targets, mutated) {
  CASE++;
  const caseId = `B50-${kind === 'fraud' ? 'F' : kind === 'control' ? 'C' : 'R'}${String(CASE).padStart(4, '0')}`;
  const mutatedLines = {};
  if (mutated) for (const c of claims) if (c._mut.length && targets.includes(c)) mutatedLines[c.claimId] = c._mut.slice();
  LABELS.push({ caseId, kind, code, name, claimIds: claims.map(c => c.claimId), targets: targets.map(c => c.claimId), mutatedLines });
}

// ---- typical surgical stays (used honestly in controls and routine, mutated in fraud) ----
function hipFractureStay(m, h, adm, o = {}) {
  // o.kind 'nail' (intertrochanteric, closed reduction IM nail) | 'hemi' (femoral-neck hemiarthroplasty) | 'thr'
  const kind = o.kind || 'nail';
  const opd = add(adm, o.opDelay ?? ri(1, 2)); const dis = add(opd, o.post ?? ri(6, 9));
  const b = new Bill(h.level);
  daily(b, adm, dis, (k) => (k >= diff(adm, opd) && k <= diff(adm, opd) + 2) ? 'Ⅰ级护理' : 'Ⅱ级护理');
  preop(b, adm, { ddimer: true });
  b.add('下肢血管彩色多普勒超声', adm, 1); b.add('心脏彩色多普勒超声', add(adm, 1) <= opd ? add(adm, 0) : adm, 1);
  if (!o.noXray) b.add('四肢X线摄影', adm, 1);
  b.add('依诺肝素钠注射液', adm, 1); b.add('皮下注射', adm, 1);
  const implants = kind === 'nail' ? [['接骨板', 1], ['骨科螺钉', 3]] : kind === 'hemi' ? [[o.prosth || '人工股骨头假体', 1, o.prosMut]] : [['髋关节假体(全髋)', 1]];
  const svc = o.svc || (kind === 'nail' ? '骨折切开复位内固定术' : kind === 'hemi' ? '人工股骨头置换术' : '人工全髋关节置换术');
  operate(b, opd, { svc, svcMut: o.prosMut, anaes: o.anaes || (chance(0.6) ? 'spinal' : 'GA'), hours: 2, implants, drain: kind !== 'nail', txa: true });
  postop(b, opd, dis, { lmwh: 12, rehab: true, drain: kind !== 'nail' });
  for (const f of (o.extra || [])) f(b, adm, opd, dis);
  const pcode = o.pcode || (kind === 'nail' ? '79.1500x006' : kind === 'hemi' ? '81.5201' : '81.5100');
  const dx = o.dx || [kind === 'nail' ? 'S72.101' : 'S72.000x031', 'W01.x00', ...COMOR()];
  return claim(m, h, { type: 'inpatient', dept: o.dept || 'orthopaedics', adm, dis, dx, px: [[pcode, opd]], route: o.route || 'emergency', mode: o.mode, from: o.from }, b);
}
function arthroplastyStay(m, h, adm, joint, o = {}) {
  const opd = add(adm, ri(1, 2)); const dis = add(opd, o.post ?? ri(5, 8));
  const b = new Bill(h.level);
  daily(b, adm, dis, (k) => (k >= diff(adm, opd) && k <= diff(adm, opd) + 1) ? 'Ⅰ级护理' : 'Ⅱ级护理');
  preop(b, adm, { ddimer: true, crp: true }); b.add('下肢血管彩色多普勒超声', adm, 1); b.add('四肢X线摄影', adm, 1);
  const svc = joint === 'knee' ? '人工全膝关节置换术' : '人工全髋关节置换术';
  const pros = joint === 'knee' ? '膝关节假体(全膝)' : '髋关节假体(全髋)';
  operate(b, opd, { svc, anaes: o.anaes || (joint === 'knee' ? pick(['spinal', 'GA']) : 'GA'), hours: o.hours || 2, implants: [[pros, 1]], drain: true, txa: true });
  if (o.infiltrate) { b.add('局部浸润麻醉', opd, 1, { mut: o.infMut }); b.add('盐酸罗哌卡因注射液', opd, 2, { mut: o.infMut }); }
  postop(b, opd, dis, { lmwh: 12, rehab: true, drain: true });
  const pcode = o.pcode || (joint === 'knee' ? '81.5400' : '81.5100');
  const dx = o.dx || (joint === 'knee' ? [pick(['M17.101', 'M17.900x004']), ...COMOR()] : [pick(['M16.101', 'M87.002']), ...COMOR()]);
  return claim(m, h, { type: 'inpatient', dept: 'orthopaedics', adm, dis, dx, px: [[pcode, opd]], route: 'outpatient' }, b);
}
function spineStay(m, h, adm, o) {
  // o.kind 'discectomy' | 'fusion1' | 'fusion2' | 'decompress'
  const opd = add(adm, ri(1, 3)); const dis = add(opd, o.post ?? ri(5, 9));
  const b = new Bill(h.level);
  daily(b, adm, dis, (k) => (k >= diff(adm, opd) && k <= diff(adm, opd) + 1) ? 'Ⅰ级护理' : 'Ⅱ级护理');
  preop(b, adm, {}); b.add('腰椎X线摄影', adm, 1); if (o.mriIn) b.add('腰椎MRI平扫', adm, 1);
  const implants = o.kind === 'fusion1' ? [['椎间融合器', 1, o.impMut], ['骨科螺钉', 4, o.impMut]] : o.kind === 'fusion2' ? [['椎间融合器', 2], ['骨科螺钉', 6]] : [];
  if (o.extraImplants) implants.push(...o.extraImplants);
  operate(b, opd, { svc: '腰椎间盘切除术', anaes: 'GA', hours: o.hours || (o.kind.startsWith('fusion') ? (o.kind === 'fusion2' ? 4 : 3) : 2), implants, drain: o.kind !== 'discectomy', txa: o.kind !== 'discectomy', sutures: 3 });
  postop(b, opd, dis, { rehab: true, xray: '腰椎X线摄影', drain: o.kind !== 'discectomy', nsaidDays: 5 });
  if (o.neuro) for (let k = 1; k <= Math.min(5, diff(opd, dis) - 1); k++) b.add('注射用甲泼尼龙琥珀酸钠', add(opd, k), 1);
  return claim(m, h, { type: 'inpatient', dept: o.dept || 'spine', adm, dis, dx: o.dx, px: o.px.map(p => [p, opd]), route: o.route || 'outpatient' }, b);
}
function orifStay(m, h, adm, o) {
  const opd = add(adm, o.opDelay ?? ri(1, 3)); const dis = add(opd, o.post ?? ri(4, 7));
  const b = new Bill(h.level);
  daily(b, adm, dis, (k) => (k === diff(adm, opd)) ? 'Ⅰ级护理' : 'Ⅱ级护理');
  preop(b, adm, { ddimer: o.lower });
  if (!o.noAdmXray) b.add('四肢X线摄影', adm, 1);
  operate(b, opd, { svc: '骨折切开复位内固定术', anaes: o.anaes || (o.lower ? 'spinal' : 'GA'), hours: o.hours || 2, implants: o.implants, txa: false });
  for (const f of (o.extra || [])) f(b, adm, opd, dis);
  postop(b, opd, dis, { lmwh: o.lower ? 8 : 0, rehab: !!o.rehab });
  return claim(m, h, { type: 'inpatient', dept: o.dept || 'trauma', adm, dis, dx: o.dx, px: o.px.map(p => [p[0], p[1] || opd]), route: o.route || 'emergency', mode: o.mode }, b);
}
function rehabStay(m, h, adm, dis, o) {
  const b = new Bill(h.level);
  daily(b, adm, dis, () => o.nurse || 'Ⅱ级护理');
  b.add('血常规(五分类)', adm, 1); b.add('肝功能(全套)', adm, 1); b.add('肾功能(三项)', adm, 1); b.add('电解质(四项)', adm, 1);
  const n = diff(adm, dis);
  for (let k = 0; k < n; k++) {
    const d = add(adm, k); const dow = D(d).getUTCDay();
    if (k === 0 || (o.assessEvery && k % o.assessEvery === 0)) b.add('康复评定', d, 1);
    if (!o.weekend && (dow === 0)) continue;
    for (const [nm, q, mut] of o.tx) b.add(nm, d, q, { mut: mut && (typeof mut === 'function' ? mut(k, d) : mut) });
  }
  for (const f of (o.extra || [])) f(b, adm, dis);
  return claim(m, h, { type: 'inpatient', dept: o.dept || 'rehabilitation', adm, dis, dx: o.dx, px: o.px || [], route: o.route || 'outpatient', mode: o.mode, from: o.from }, b);
}

// ================= FRAUD TYPOLOGIES =================
const T = {};
// T01 虚记接骨板螺钉：闭合复位克氏针固定的桡骨远端骨折按接骨板+螺钉计费
T.T01 = () => {
  const m = member({ age: ri(45, 78), gender: chance(0.7) ? 'F' : 'M' }); const h = hosp(m.region, pick(['COUNTY', 'PRIV', 'L3']));
  const d0 = rdate(1, 10); const ed = edVisit(m, h, d0, ['S52.500x011', 'W01.x00']);
  const st = orifStay(m, h, d0, { dx: ['S52.500x011', 'W01.x00', ...COMOR()], px: [['79.1200x004']], implants: [['接骨板', 1, true], ['骨科螺钉', ri(6, 8), true]], anaes: 'GA', hours: 1, post: ri(2, 4), route: 'emergency' });
  const f1 = opdVisit(m, h, add(st.dischargeDate, ri(12, 16)), ['Z09.400'], [['四肢X线摄影', 1]]);
  const f2 = opdVisit(m, h, add(st.dischargeDate, ri(38, 45)), ['Z09.400'], [['四肢X线摄影', 1]]); // K-wire removal at clinic
  return [[ed, st, f1, f2], [st], true];
};
// T02 康复虚记：上肢骨折门诊康复逐次加记减重支持系统训练（下肢步行训练）
T.T02 = () => {
  const m = member({ age: ri(40, 75) }); const h = hosp(m.region, pick(['REHAB', 'PRIV', 'L3b']));
  const dx = [pick(['S52.500x011', 'S42.200x001', 'S52.600x001']), 'M25.604'];
  const d0 = rdate(2, 9); const cl = []; const n = ri(8, 12);
  for (let k = 0; k < n; k++) {
    const d = add(d0, Math.floor(k * 7 / 3));
    cl.push(ptVisit(m, h, d, dx, { assess: k === 0, tx: [['运动疗法', 1], ['手功能训练', 1], ['减重支持系统训练', 1, k >= 1]] }));
  }
  return [cl, cl.slice(1), true];
};
// T03 串换：人工股骨头置换按全髋假体与全髋置换术计费（病案手术编码仍为人工股骨头置换）
T.T03 = () => {
  const m = member({ age: ri(75, 92), gender: chance(0.7) ? 'F' : 'M', ins: chance(0.5) ? 'employee' : 'resident' }); const h = hosp(m.region, 'L3');
  const d0 = rdate(1, 9); const ed = edVisit(m, h, d0, ['S72.000x031', 'W01.x00'], { imaging: ['四肢X线摄影', '头颅CT平扫'] });
  const st = hipFractureStay(m, h, d0, { kind: 'hemi', prosth: '髋关节假体(全髋)', svc: '人工全髋关节置换术', prosMut: true, noXray: true });
  const f = opdVisit(m, h, add(st.dischargeDate, ri(25, 35)), ['Z47.800x003'], [['四肢X线摄影', 1]]);
  return [[ed, st, f], [st], true];
};
// T04 串换：闭合性踝/膝扭伤自费冷敷贴、肌内效贴按水胶体/泡沫敷料结算（无伤口、无换药）
T.T04 = () => {
  const m = member({ age: ri(18, 55) }); const h = hosp(m.region, pick(['PRIV', 'COMM', 'TCMC', 'COUNTY']));
  const dx = [pick(['S93.401', 'S83.601', 'S93.400x021'])];
  const d0 = rdate(1, 10); const cl = [];
  cl.push(opdVisit(m, h, d0, dx, [['四肢X线摄影', 1], [pick(['水胶体敷料', '泡沫敷料']), ri(3, 4), true], ['医用弹力绷带', 2], ['双氯芬酸钠缓释片', 7]]));
  for (let k = 1; k <= ri(2, 3); k++) cl.push(opdVisit(m, h, add(d0, 3 * k + ri(0, 1)), dx, [[pick(['水胶体敷料', '泡沫敷料']), ri(2, 4), true], ['医用弹力绷带', 1]]));
  return [cl, cl, true];
};
// T05 过度检查：民营骨科首诊膝骨关节炎老人一次性多部位MRI（挂症状诊断作掩护）
T.T05 = () => {
  const m = member({ age: ri(58, 80) }); const h = hosp(m.region, pick(['PRIV', 'COUNTY', 'TCMH']));
  const d0 = rdate(1, 10);
  const v1 = opdVisit(m, h, d0, [pick(['M17.101', 'M17.900x004', 'M17.000']), 'M54.500', 'R42.x00x004'], [['四肢X线摄影', 1], ['膝关节MRI平扫', 1], ['腰椎MRI平扫', 1, true], ['头颅MRI平扫', 1, true], ['骨密度测定(双能X线)', 1, true], ['塞来昔布胶囊', 14]]);
  const v2 = opdVisit(m, h, add(d0, ri(12, 16)), [v1.diagnoses[0].code], [['塞来昔布胶囊', 14]]);
  return [[v1, v2], [v1], true];
};
// T06 过度诊疗：单节段腰椎间盘突出（无失稳、无滑脱、未经保守治疗）直接行TLIF融合
T.T06 = () => {
  const m = member({ age: ri(28, 50) }); const h = hosp(m.region, pick(['PRIV', 'COUNTY', 'L3b']));
  const d0 = rdate(1, 9); const v = opdVisit(m, h, d0, ['M51.202'], [['腰椎MRI平扫', 1], ['双氯芬酸钠缓释片', 7]], { dept: 'spine' });
  const st = spineStay(m, h, add(d0, ri(5, 12)), { kind: 'fusion1', impMut: true, dx: ['M51.202'], px: ['81.0800x018', '84.5100x006'] });
  return [[v, st], [st], true];
};
// T07 过度诊疗：疼痛科门诊腰神经根阻滞/硬膜外类固醇注射每周一次超出疗程（8–10次）
T.T07 = () => {
  const m = member({ age: ri(40, 72) }); const h = hosp(m.region, pick(['L3b', 'COUNTY', 'PRIV']));
  const dx = [pick(['M51.100x002+G55.1*', 'M47.204', 'M54.400'])];
  const d0 = rdate(1, 8); const cl = []; const n = ri(8, 10);
  for (let k = 0; k < n; k++) {
    const d = add(d0, 7 * k + ri(0, 1)); const mut = k >= 3;
    const lines = [['椎管内麻醉', 1, mut], ['一次性使用麻醉穿刺包', 1, mut], ['盐酸利多卡因注射液', 2, mut], [pick(['地塞米松磷酸钠注射液', '注射用甲泼尼龙琥珀酸钠']), 1, mut]];
    if (k === 0) lines.push(['腰椎MRI平扫', 1]);
    cl.push(opdVisit(m, h, d, dx, lines, { dept: 'pain' }));
  }
  return [cl, cl.slice(3), true];
};
// T08 低码高编：单纯腰椎间盘切除编码为经椎间孔腰椎融合+融合器置入（账单无融合器、无螺钉）
T.T08 = () => {
  const m = member({ age: ri(30, 62) }); const h = hosp(m.region, pick(['L3', 'COUNTY', 'PRIV']));
  const d0 = rdate(1, 8); const v = opdVisit(m, h, d0, ['M51.202'], [['腰椎MRI平扫', 1]], { dept: 'spine' });
  const st = spineStay(m, h, add(d0, ri(10, 30)), { kind: 'discectomy', dx: ['M51.202', 'M54.400'], px: ['81.0800x018', '84.5100x006'], post: ri(4, 6) });
  const f = opdVisit(m, h, add(st.dischargeDate, ri(28, 35)), ['Z09.000x001'], [], { dept: 'spine' });
  return [[v, st, f], [st], false];
};
// T09 低码高编：股骨粗隆间骨折髓内钉住院虚增MCC/CC（心衰、肺炎、贫血），仅一项象征性检验、无相应治疗
T.T09 = () => {
  const m = member({ age: ri(70, 88), gender: chance(0.65) ? 'F' : 'M' }); const h = hosp(m.region, pick(['L3', 'COUNTY']));
  const d0 = rdate(1, 10); const ed = edVisit(m, h, d0, ['S72.101', 'W01.x00']);
  const v = ri(0, 2);
  const add1 = v === 0 ? ['I50.900'] : v === 1 ? ['J15.902', 'D62.x00'] : ['I26.900x001'];
  const token = v === 0 ? 'B型钠尿肽(BNP)测定' : v === 1 ? 'C反应蛋白测定' : 'D-二聚体测定';
  const st = hipFractureStay(m, h, d0, { kind: 'nail', noXray: true, dx: ['S72.101', ...add1, 'W01.x00', ...COMOR()], extra: [(b, adm, opd) => b.add(token, add(opd, 1), 1)] });
  return [[ed, st], [st], false];
};
// T10 分解住院：同侧股骨干+胫骨干骨折（浮膝）两处内固定拆成两次住院，间隔1–3天，第二次以胫骨骨折为主诊断
T.T10 = () => {
  const m = member({ age: ri(20, 55), gender: chance(0.75) ? 'M' : 'F' }); const h = hosp(m.region, pick(['COUNTY', 'L3', 'PRIV']));
  const d0 = rdate(1, 9); const ed = edVisit(m, h, d0, ['S72.300', 'S82.201', 'W19.x00'], { imaging: ['四肢X线摄影'] });
  const s1 = orifStay(m, h, d0, { lower: true, dx: ['S72.300', 'W19.x00'], px: [['79.3500x018']], implants: [['接骨板', 1], ['骨科螺钉', 4]], anaes: 'GA', hours: 3, post: ri(5, 7), route: 'emergency' });
  const a2 = add(s1.dischargeDate, ri(1, 3));
  const s2 = orifStay(m, h, a2, { lower: true, dx: ['S82.201', 'T93.103'], px: [['79.3600x015']], implants: [['接骨板', 1], ['骨科螺钉', 4]], anaes: 'spinal', post: ri(5, 7), route: 'outpatient' });
  return [[ed, s1, s2], [s1, s2], false];
};
// T11 挂床住院：骨伤医院腰突“保守治疗”住院期间参保人在居住地药店、社区门诊刷卡
T.T11 = () => {
  const m = member({ age: ri(45, 75), chronic: null }); const reg = m.region;
  const h = hosp(reg, pick(['TCMH', 'PRIV', 'REHAB']));
  const adm = rdate(1, 9); const los = ri(14, 20); const dis = add(adm, los);
  const st = rehabStay(m, h, adm, dis, { dept: 'tcm_orthopaedics', dx: [pick(['M51.202', 'M54.400', 'M47.204'])], tx: [['针灸', 1], ['推拿治疗', 1], ['运动疗法', 1]], weekend: true,
    extra: [(b, a) => { b.add('腰椎X线摄影', a, 1); for (let k = 0; k < diff(a, dis); k++) b.add('双氯芬酸钠缓释片', add(a, k), 1); }] });
  const out = [];
  const ph = hosp(reg, pick(['PH1', 'PH2'])); const cm = hosp(reg, 'COMM');
  out.push(pharmacy(m, ph, add(adm, ri(4, 6)), ['I10.x00'], [['苯磺酸氨氯地平片', 28], ['碳酸钙D3片', 30]]));
  out.push(opdVisit(m, cm, add(adm, ri(8, 10)), ['I10.x00'], [['苯磺酸氨氯地平片', 14]], { dept: 'general' }));
  if (chance(0.6)) out.push(pharmacy(m, ph, add(adm, ri(11, 13)), ['M54.500'], [['布洛芬缓释胶囊', 20]]));
  return [[st, ...out], [st], false];
};
// T12 重复收费：关节置换全麻下术者关节周围“鸡尾酒”浸润另收局部浸润麻醉及罗哌卡因（全麻已含局部浸润）
T.T12 = () => {
  const m = member({ age: ri(58, 80) }); const h = hosp(m.region, 'L3');
  const joint = chance(0.65) ? 'knee' : 'hip';
  const st = arthroplastyStay(m, h, rdate(1, 10), joint, { anaes: 'GA', infiltrate: true, infMut: true });
  const v = opdVisit(m, h, add(st.dischargeDate, ri(12, 16)), ['Z47.800x003'], [['四肢X线摄影', 1]]);
  return [[st, v], [st], true];
};
// T13 第三方责任：急诊病历记交通事故外因，次日住院结算单改记“平地跌倒”由医保支付
T.T13 = () => {
  const m = member({ age: ri(20, 65) }); const h = hosp(m.region, pick(['L3', 'COUNTY']));
  const d0 = rdate(1, 10); const fx = pick([['S82.201', '79.3600x015'], ['S42.300', '79.3100x005'], ['S82.100x087', '79.3600x013'], ['S52.400x001', '79.3200x011']]);
  const ed = edVisit(m, h, d0, [fx[0], pick(['V23.x00', 'V87.000', 'V89.200x091'])], { imaging: ['四肢X线摄影', '头颅CT平扫'] });
  const st = orifStay(m, h, add(d0, 1), { lower: fx[0].startsWith('S82'), dx: [fx[0], 'W01.x00'], px: [[fx[1]]], implants: [['接骨板', 1], ['骨科螺钉', ri(6, 9)]], post: ri(5, 8), route: 'emergency', noAdmXray: true });
  return [[ed, st], [st], false];
};
// T14 冒名就医：高龄参保人医保卡被青壮年亲属用于腰椎间盘切除住院，住院期间卡主本人在居住地药店购降压药
T.T14 = () => {
  const m = member({ age: ri(80, 90), chronic: ['I10'] }); const h = hosp(m.region, pick(['PRIV', 'COUNTY']));
  const pre = pharmacy(m, hosp(m.region, 'PH1'), rdate(1, 3), ['I10.x00'], [['苯磺酸氨氯地平片', 30]]);
  const adm = add(pre.visitDate, ri(20, 60));
  const st = spineStay(m, h, adm, { kind: 'discectomy', dx: ['M51.202'], px: ['80.5100x013'], mriIn: true, post: ri(5, 7) });
  const mid = pharmacy(m, hosp(m.region, 'PH1'), add(adm, ri(2, diff(adm, st.dischargeDate) - 1)), ['I10.x00'], [['苯磺酸氨氯地平片', 30]]);
  return [[pre, st, mid], [st], false];
};
// T15 超量开药：同类NSAIDs与曲马多在骨科、疼痛科、社区与药店交叉叠加（每张处方均不超量）
T.T15 = () => {
  const m = member({ age: ri(45, 75) }); const r = m.region;
  const d0 = rdate(1, 8); const dx = [pick(['M17.101', 'M54.500', 'M47.204', 'M16.101'])];
  const c1 = opdVisit(m, hosp(r, 'L3'), d0, dx, [['塞来昔布胶囊', 56]], { dept: 'orthopaedics' });
  const c2 = opdVisit(m, hosp(r, pick(['L3b', 'COUNTY'])), add(d0, ri(3, 6)), dx, [['双氯芬酸钠缓释片', 28, true], ['盐酸曲马多缓释片', 28, true]], { dept: 'pain' });
  const c3 = opdVisit(m, hosp(r, 'COMM'), add(d0, ri(9, 13)), dx, [['布洛芬缓释胶囊', 56, true]], { dept: 'general' });
  const c4 = pharmacy(m, hosp(r, pick(['PH1', 'PH2'])), add(d0, ri(15, 20)), dx, [['塞来昔布胶囊', 40, true]]);
  const c5 = opdVisit(m, hosp(r, pick(['L3b', 'COUNTY'])), add(d0, ri(24, 28)), dx, [['盐酸曲马多缓释片', 28, true], ['双氯芬酸钠缓释片', 28, true]], { dept: 'pain' });
  return [[c1, c2, c3, c4, c5], [c2, c3, c4, c5], true];
};
const TNAME = {
  T01: '虚记接骨板螺钉：闭合复位克氏针固定的桡骨远端骨折按接骨板+螺钉计费', T02: '康复虚记：上肢骨折门诊康复逐次加记减重支持系统训练',
  T03: '串换耗材：人工股骨头置换按全髋假体与全髋置换术计费', T04: '串换：闭合性扭伤自费冷敷/肌内效贴按水胶体、泡沫敷料结算',
  T05: '过度检查：膝骨关节炎首诊多部位MRI与骨密度（症状码掩护）', T06: '过度诊疗：单节段腰突无失稳直接行TLIF融合',
  T07: '过度诊疗：腰神经根阻滞/硬膜外注射每周一次超出疗程', T08: '低码高编：腰椎间盘切除编码为TLIF融合（无植入物）',
  T09: '低码高编：粗隆间骨折髓内钉住院虚增MCC/CC', T10: '分解住院：浮膝损伤两处内固定拆成两次住院',
  T11: '挂床住院：骨伤医院腰突住院期间本人在居住地药店/社区刷卡', T12: '重复收费：关节置换全麻下另收局部浸润麻醉与罗哌卡因',
  T13: '第三方责任：急诊记交通事故，住院改记平地跌倒由医保支付', T14: '冒名就医：高龄参保人卡用于腰椎间盘切除住院，卡主同期药店购药',
  T15: '超量开药：同类NSAIDs与曲马多跨机构叠加',
};

// ================= CONTROLS =================
const C = {};
// C01 儿童前臂骨折两次复位：首次闭合复位石膏，1周复查再移位，再次闭合复位克氏针固定
C.C01 = () => {
  const m = member({ age: ri(5, 13), ins: 'resident' }); const h = hosp(m.region, pick(['L3', 'COUNTY']));
  const d0 = rdate(1, 10); const dx = [pick(['S52.400x001', 'S52.500x003'])];
  const ed = opdVisit(m, h, d0, [...dx, 'W01.x00'], [['四肢X线摄影', 2], ['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 1], ['医用弹力绷带', 2], ['小儿对乙酰氨基酚颗粒', 6]], { cons: '急诊诊察费', dept: 'emergency' });
  const f1 = opdVisit(m, h, add(d0, ri(6, 8)), dx, [['四肢X线摄影', 1]]);
  const st = orifStay(m, h, add(f1.visitDate, 1), { dx: [...dx], px: [['79.1200x004']], implants: [], anaes: 'GA', hours: 1, post: ri(1, 2), route: 'outpatient', dept: 'paediatric_orthopaedics' });
  const f2 = opdVisit(m, h, add(st.dischargeDate, ri(25, 32)), ['Z09.400'], [['四肢X线摄影', 1]]);
  return [ed, f1, st, f2];
};
// C02 桡骨远端关节内骨折掌侧锁定钢板（钢板1块、螺钉7–10枚，编码为钢板内固定）
C.C02 = () => {
  const m = member({ age: ri(35, 75), gender: chance(0.6) ? 'F' : 'M' }); const h = hosp(m.region, pick(['L3', 'COUNTY']));
  const d0 = rdate(1, 10); const ed = edVisit(m, h, d0, ['S52.500x091', 'W01.x00']);
  const st = orifStay(m, h, d0, { dx: ['S52.500x091', 'W01.x00', ...COMOR()], px: [['79.3200x011']], implants: [['接骨板', 1], ['骨科螺钉', ri(7, 10)]], anaes: 'GA', hours: 2, post: ri(2, 4) });
  const pts = []; const p0 = add(st.dischargeDate, ri(10, 14));
  for (let k = 0; k < ri(4, 6); k++) pts.push(ptVisit(m, h, add(p0, k * 3), ['S52.500x091', 'M25.604'], { assess: k === 0, tx: [['手功能训练', 1], ['运动疗法', 1]] }));
  return [ed, st, ...pts];
};
// C03 90岁以上髋部骨折合并真实肺炎（胸片、CRP、痰培养、抗菌药升级）
C.C03 = () => {
  const m = member({ age: ri(90, 98), gender: chance(0.7) ? 'F' : 'M' }); const h = hosp(m.region, 'L3');
  const d0 = rdate(1, 10); const kind = chance(0.5) ? 'nail' : 'hemi';
  const ed = edVisit(m, h, d0, [kind === 'nail' ? 'S72.101' : 'S72.000x031', 'W01.x00'], { imaging: ['四肢X线摄影', '头颅CT平扫'] });
  const st = hipFractureStay(m, h, d0, { kind, noXray: true, post: ri(9, 13), dx: [kind === 'nail' ? 'S72.101' : 'S72.000x031', 'J15.902', 'W01.x00', 'I10.x00'],
    extra: [(b, adm, opd, dis) => {
      const p = add(opd, 2); b.add('胸部CT平扫', p, 1); b.add('C反应蛋白测定', p, 1); b.add('降钙素原测定', p, 1); b.add('细菌培养及药敏', p, 1); b.add('血气分析', p, 1);
      for (let k = 2; k < Math.min(9, diff(opd, dis)); k++) { const d = add(opd, k); b.add('注射用哌拉西林钠他唑巴坦钠', d, 3); b.add('氯化钠注射液', d, 3); ivDay(b, d, 3); b.add('吸氧', d, 12); b.add('雾化吸入', d, 2); b.add('吸入用布地奈德混悬液', d, 2); }
      b.add('C反应蛋白测定', add(opd, 6), 1); b.add('血常规(五分类)', add(opd, 6), 1);
    }] });
  return [ed, st];
};
// C04 股骨头坏死/髋骨关节炎三级医院真实全髋置换
C.C04 = () => {
  const m = member({ age: ri(50, 78) }); const h = hosp(m.region, 'L3');
  const d0 = rdate(1, 9); const dx = pick(['M87.002', 'M16.101']);
  const v = opdVisit(m, h, d0, [dx], [['四肢X线摄影', 1], ['塞来昔布胶囊', 28]]);
  const st = arthroplastyStay(m, h, add(d0, ri(14, 40)), 'hip', { dx: [dx, ...COMOR()] });
  const f = opdVisit(m, h, add(st.dischargeDate, ri(25, 35)), ['Z47.800x003'], [['四肢X线摄影', 1]]);
  return [v, st, f];
};
// C05 双膝骨关节炎分期置换：左膝、3–5个月后右膝，两次住院
C.C05 = () => {
  const m = member({ age: ri(60, 78) }); const h = hosp(m.region, 'L3');
  const a1 = rdate(1, 4); const s1 = arthroplastyStay(m, h, a1, 'knee', { dx: ['M17.000', ...COMOR()] });
  const f = opdVisit(m, h, add(s1.dischargeDate, ri(28, 35)), ['Z47.800x003', 'M17.000'], [['四肢X线摄影', 1]]);
  const s2 = arthroplastyStay(m, h, add(s1.dischargeDate, ri(95, 150)), 'knee', { dx: ['M17.000', 'Z96.602'] });
  return [s1, f, s2];
};
// C06 多发伤一次住院多处内固定（股骨+胫骨+桡骨），经急诊入院
C.C06 = () => {
  const m = member({ age: ri(20, 60), gender: chance(0.75) ? 'M' : 'F' }); const h = hosp(m.region, 'L3');
  const d0 = rdate(1, 10);
  const ed = edVisit(m, h, d0, ['S72.300', 'S82.201', 'S52.500x001', 'W13.x00'], { imaging: ['四肢X线摄影', '头颅CT平扫', '胸部CT平扫'] });
  const b = new Bill(3); const o1 = add(d0, 1), o2 = add(d0, ri(4, 5)); const dis = add(o2, ri(8, 12));
  daily(b, d0, dis, (k) => k <= 2 ? 'Ⅰ级护理' : 'Ⅱ级护理');
  preop(b, d0, { ddimer: true }); b.add('腹部B超', d0, 1); b.add('下肢血管彩色多普勒超声', add(d0, 3), 1);
  operate(b, o1, { svc: '骨折切开复位内固定术', anaes: 'GA', hours: 3, implants: [['接骨板', 1], ['骨科螺钉', 6]] });
  operate(b, o2, { svc: '骨折切开复位内固定术', anaes: 'GA', hours: 3, implants: [['接骨板', 2], ['骨科螺钉', 12]] });
  postop(b, o2, dis, { lmwh: 12, rehab: true });
  const st = claim(m, h, { type: 'inpatient', dept: 'trauma', adm: d0, dis, dx: ['S72.300', 'S82.201', 'S52.500x001', 'W13.x00'], px: [['79.3500x018', o1], ['79.3600x013', o2], ['79.3200x011', o2]], route: 'emergency' }, b);
  return [ed, st];
};
// C07 人工髋关节假体松动翻修（T84.0），三级医院
C.C07 = () => {
  const m = member({ age: ri(62, 84) }); const h = hosp(m.region, 'L3');
  const d0 = rdate(1, 9); const v = opdVisit(m, h, d0, ['T84.002', 'Z96.601'], [['四肢X线摄影', 1], ['C反应蛋白测定', 1], ['血常规(五分类)', 1]]);
  const b = new Bill(3); const adm = add(d0, ri(10, 30)); const opd = add(adm, 2); const dis = add(opd, ri(8, 12));
  daily(b, adm, dis, (k) => (k >= 2 && k <= 4) ? 'Ⅰ级护理' : 'Ⅱ级护理');
  preop(b, adm, { ddimer: true, crp: true }); b.add('下肢血管彩色多普勒超声', adm, 1); b.add('心脏彩色多普勒超声', adm, 1);
  operate(b, opd, { svc: '人工全髋关节置换术', anaes: 'GA', hours: 4, implants: [['髋关节假体(全髋)', 1], ['骨科螺钉', 3]], drain: true, txa: true, sutures: 3 });
  b.add('病理检查(常规石蜡切片)', opd, 1); b.add('细菌培养及药敏', opd, 2);
  postop(b, opd, dis, { lmwh: 12, rehab: true, drain: true });
  const st = claim(m, h, { type: 'inpatient', dept: 'orthopaedics', adm, dis, dx: ['T84.002', 'Z96.601', ...COMOR()], px: [['81.5300', opd]], route: 'outpatient' }, b);
  return [v, st];
};
// C08 退变性腰椎滑脱伴椎管狭窄双节段融合（2枚融合器、6枚椎弓根螺钉），门诊保守治疗在先
C.C08 = () => {
  const m = member({ age: ri(55, 76) }); const h = hosp(m.region, pick(['L3', 'L3b']));
  const d0 = rdate(1, 8); const dx = ['M43.102', 'M48.005'];
  const v1 = opdVisit(m, h, d0, dx, [['腰椎X线摄影', 1], ['腰椎MRI平扫', 1], ['塞来昔布胶囊', 28]], { dept: 'spine' });
  const v2 = opdVisit(m, h, add(d0, ri(35, 60)), dx, [['双氯芬酸钠缓释片', 28]], { dept: 'spine' });
  const st = spineStay(m, h, add(v2.visitDate, ri(7, 20)), { kind: 'fusion2', dx: [...dx, ...COMOR()], px: ['81.0800x018', '81.6200', '84.5100x006'], post: ri(7, 10) });
  return [v1, v2, st];
};
// C09 脊髓损伤后转入康复医院长期康复（运动、作业、减重步行训练，40–60天）
C.C09 = () => {
  const m = member({ age: ri(25, 60), gender: chance(0.75) ? 'M' : 'F' }); const reg = m.region; const h = hosp(reg, 'REHAB');
  const adm = rdate(1, 8); const dis = add(adm, ri(40, 60));
  const st = rehabStay(m, h, adm, dis, { dx: [pick(['S24.100x023', 'S34.100x003']), 'G82.000x051', 'R33.x00', 'Z50.100x001'], route: 'transfer', from: hosp(reg, 'L3').hospitalId, nurse: 'Ⅰ级护理', assessEvery: 14,
    tx: [['运动疗法', 2], ['作业疗法', 1], ['减重支持系统训练', 1]], extra: [(b, a, d) => { for (let k = 0; k < diff(a, d); k += 7) { b.add('导尿', add(a, k), 1); b.add('一次性使用导尿包', add(a, k), 1); } b.add('尿常规', add(a, 10), 1); b.add('下肢血管彩色多普勒超声', a, 1); }] });
  return [st];
};
// C10 复杂性区域疼痛综合征（CRPS-I）疼痛科交感神经阻滞3次（间隔7–10天）
C.C10 = () => {
  const m = member({ age: ri(30, 70) }); const h = hosp(m.region, 'L3');
  const d0 = rdate(1, 9); const dx = ['G90.500', pick(['T93.101', 'S52.500x001'])]; const cl = [];
  cl.push(opdVisit(m, h, d0, dx, [['四肢X线摄影', 1], ['骨密度测定(双能X线)', 1], ['塞来昔布胶囊', 28]], { dept: 'pain' }));
  for (let k = 0; k < 3; k++) cl.push(opdVisit(m, h, add(d0, 3 + k * ri(7, 10)), dx, [['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 2], ['盐酸罗哌卡因注射液', 0]], { dept: 'pain' }));
  cl.push(ptVisit(m, h, add(d0, 35), dx, { assess: true, tx: [['运动疗法', 1], ['作业疗法', 1]] }));
  return cl;
};
// C11 脆性骨折后抗骨质疏松治疗（基线骨密度、唑来膦酸、钙剂维D，12个月复查）
C.C11 = () => {
  const m = member({ age: ri(60, 85), gender: 'F' }); const h = hosp(m.region, pick(['L3', 'COUNTY']));
  const d0 = rdate(1, 3);
  const v1 = opdVisit(m, h, d0, ['M80.000', 'S32.000x002'], [['腰椎X线摄影', 1], ['骨密度测定(双能X线)', 1], ['肾功能(三项)', 1], ['血常规(五分类)', 1], ['碳酸钙D3片', 60], ['骨化三醇软胶囊', 30]]);
  const v2 = opdVisit(m, h, add(d0, ri(10, 14)), ['M80.000'], [['唑来膦酸注射液', 1], ['氯化钠注射液', 1], ['静脉输液(第一组)', 1], ['一次性使用输液器', 1], ['对乙酰氨基酚片', 6]]);
  const ph = [];
  for (let k = 1; k <= 3; k++) ph.push(pharmacy(m, hosp(m.region, 'PH1'), add(d0, 60 * k), ['M80.000'], [['碳酸钙D3片', 120]]));
  const v3 = opdVisit(m, h, add(d0, ri(200, 230)), ['M80.000'], [['骨密度测定(双能X线)', 1], ['肾功能(三项)', 1]]);
  return [v1, v2, ...ph, v3];
};
// C12 工伤由工伤保险结算，同期医保只结算无关疾病（高血压门诊慢特病、药店）
C.C12 = () => {
  const m = member({ age: ri(40, 58), gender: 'M', ins: 'employee', chronic: ['I10'] }); const r = m.region;
  const d0 = rdate(2, 8); const cl = [];
  for (let k = 0; k < 3; k++) cl.push(opdVisit(m, hosp(r, 'COMM'), add(d0, 30 * k), ['I10.x00', 'T93.101'], [['苯磺酸氨氯地平片', 30], ['缬沙坦胶囊', 30]], { type: 'chronic', cons: '门诊慢特病管理诊查费', dept: 'general' }));
  cl.push(pharmacy(m, hosp(r, 'PH2'), add(d0, ri(40, 50)), ['J06.900'].filter(() => false).concat(['I10.x00']), [['苯磺酸氨氯地平片', 14]]));
  return cl;
};
// C13 自骑电动车单方摔伤（无第三方）：急诊与住院外因一致
C.C13 = () => {
  const m = member({ age: ri(25, 70) }); const h = hosp(m.region, pick(['L3', 'COUNTY']));
  const d0 = rdate(1, 10); const fx = pick([['S82.201', '79.3600x015'], ['S42.300', '79.3100x005'], ['S52.400x001', '79.3200x011']]);
  const ext = 'V89.100';
  const ed = edVisit(m, h, d0, [fx[0], ext], { imaging: ['四肢X线摄影', '头颅CT平扫'] });
  const st = orifStay(m, h, add(d0, 1), { lower: fx[0].startsWith('S82'), dx: [fx[0], ext], px: [[fx[1]]], implants: [['接骨板', 1], ['骨科螺钉', ri(6, 9)]], post: ri(5, 8), noAdmXray: true });
  return [ed, st];
};
// C14 腰椎间盘突出致马尾综合征急诊椎间盘切除（尿潴留、导尿）
C.C14 = () => {
  const m = member({ age: ri(30, 60) }); const h = hosp(m.region, 'L3');
  const d0 = rdate(1, 10); const ed = edVisit(m, h, d0, ['M51.003+G99.2*', 'G83.400', 'R33.x00'], { imaging: ['腰椎MRI平扫'] });
  const st = spineStay(m, h, d0, { kind: 'discectomy', route: 'emergency', dx: ['M51.003+G99.2*', 'G83.400', 'R33.x00'], px: ['80.5100x013'], neuro: true, post: ri(6, 9) });
  st.items.push(); // (same bill)
  return [ed, st];
};
// C15 膝关节交锁的半月板撕裂：X线后一次膝关节MRI
C.C15 = () => {
  const m = member({ age: ri(25, 60) }); const h = hosp(m.region, pick(['L3', 'COUNTY']));
  const d0 = rdate(1, 10); const dx = [pick(['S83.200x005', 'M23.303'])];
  const v1 = opdVisit(m, h, d0, dx, [['四肢X线摄影', 1], ['双氯芬酸钠缓释片', 7]]);
  const v2 = opdVisit(m, h, add(d0, ri(7, 14)), dx, [['膝关节MRI平扫', 1]]);
  const v3 = ptVisit(m, h, add(v2.visitDate, ri(7, 10)), dx, { assess: true, tx: [['运动疗法', 1]] });
  return [v1, v2, v3];
};
// C16 高龄跌倒伴头部外伤：急诊同日头颅CT、胸片、四肢与腰椎X线
C.C16 = () => {
  const m = member({ age: ri(78, 95) }); const h = hosp(m.region, pick(['L3', 'COUNTY']));
  const d0 = rdate(1, 10);
  const b = new Bill(h.level); b.add('急诊诊察费', d0, 1);
  for (const n of ['头颅CT平扫', '胸部X线摄影(正侧位)', '四肢X线摄影', '腰椎X线摄影', '血常规(五分类)', '常规心电图检查']) b.add(n, d0, 1);
  b.add('换药(小)', d0, 1); b.add('对乙酰氨基酚片', d0, 9);
  const ed = claim(m, h, { type: 'outpatient', dept: 'emergency', date: d0, dx: ['S00.001', 'S30.001', 'S70.000', 'W01.x00'] }, b);
  const f = opdVisit(m, hosp(m.region, 'COMM'), add(d0, ri(5, 8)), ['S00.001'], [['换药(小)', 1]], { dept: 'general' });
  return [ed, f];
};
// C17 踝关节骨折内固定术后门诊康复（下肢：运动疗法+减重支持步行训练）
C.C17 = () => {
  const m = member({ age: ri(25, 65) }); const h = hosp(m.region, pick(['REHAB', 'L3b']));
  const d0 = rdate(1, 9); const dx = [pick(['S82.801', 'S82.802']), 'M25.600x091'];
  const cl = []; for (let k = 0; k < ri(8, 10); k++) cl.push(ptVisit(m, h, add(d0, Math.floor(k * 7 / 3)), dx, { assess: k === 0, tx: [['运动疗法', 1], ['减重支持系统训练', 1]] }));
  return cl;
};
// C18 踝部开放伤口（擦裂伤）门诊换药：水胶体/泡沫敷料随换药使用
C.C18 = () => {
  const m = member({ age: ri(18, 70) }); const h = hosp(m.region, pick(['COMM', 'COUNTY', 'L3b']));
  const d0 = rdate(1, 10); const dx = ['S91.000', 'S93.401'];
  const cl = [opdVisit(m, h, d0, dx, [['四肢X线摄影', 1], ['换药(中)', 1], ['一次性使用换药包', 1], ['水胶体敷料', 1], ['医用弹力绷带', 1], ['头孢氨苄胶囊', 24]])];
  for (let k = 1; k <= ri(2, 4); k++) cl.push(opdVisit(m, h, add(d0, 2 * k + 1), dx, [['换药(中)', 1], ['一次性使用换药包', 1], [pick(['水胶体敷料', '泡沫敷料']), 1]]));
  return cl;
};
// C19 带状疱疹后神经痛：疼痛科肋间神经阻滞3次（间隔1–2周）
C.C19 = () => {
  const m = member({ age: ri(55, 85) }); const h = hosp(m.region, pick(['L3', 'L3b']));
  const d0 = rdate(1, 9); const dx = ['B02.206+G53.0*']; const cl = [];
  cl.push(opdVisit(m, h, d0, dx, [['阿昔洛韦片', 35], ['对乙酰氨基酚片', 21]], { dept: 'dermatology' }));
  for (let k = 0; k < 3; k++) cl.push(opdVisit(m, h, add(d0, 10 + k * ri(8, 12)), dx, [['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 2], ['地塞米松磷酸钠注射液', 1]], { dept: 'pain' }));
  return cl;
};
// C20 急诊前臂裂伤局麻清创缝合（局部浸润麻醉，无全麻）
C.C20 = () => {
  const m = member({ age: ri(8, 65) }); const h = hosp(m.region, pick(['COUNTY', 'COMM', 'L3b']));
  const d0 = rdate(1, 10); const dx = [pick(['S51.900', 'S61.000x001', 'S81.800x083'])];
  const ed = opdVisit(m, h, d0, dx, [['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 2], ['换药(中)', 1], ['一次性使用换药包', 1], ['可吸收缝线', 1], ['医用脱脂纱布', 2]], { cons: '急诊诊察费', dept: 'emergency' });
  const f1 = opdVisit(m, h, add(d0, 3), dx, [['换药(小)', 1]]); const f2 = opdVisit(m, h, add(d0, ri(9, 11)), ['Z48.000x001'], [['换药(小)', 1]]);
  return [ed, f1, f2];
};
// C21 全膝/全髋置换术后3–5周假体周围感染再入院：清创保留假体（DAIR）、培养、静脉抗菌药
C.C21 = () => {
  const m = member({ age: ri(60, 80) }); const h = hosp(m.region, 'L3');
  const s1 = arthroplastyStay(m, h, rdate(1, 8), 'knee', { dx: ['M17.101', 'E11.900'] });
  const adm = add(s1.dischargeDate, ri(20, 35)); const opd = add(adm, 1); const dis = add(opd, ri(12, 14));
  const b = new Bill(3); daily(b, adm, dis, (k) => k <= 2 ? 'Ⅰ级护理' : 'Ⅱ级护理');
  preop(b, adm, { crp: true }); b.add('降钙素原测定', adm, 1); b.add('四肢X线摄影', adm, 1); b.add('细菌培养及药敏', adm, 2);
  operate(b, opd, { svc: '骨折切开复位内固定术', anaes: 'GA', hours: 2, implants: [], drain: true });
  b.add('病理检查(常规石蜡切片)', opd, 1); b.add('细菌培养及药敏', opd, 2);
  for (let k = 1; k < diff(opd, dis); k++) { const d = add(opd, k); b.add('注射用头孢哌酮钠舒巴坦钠', d, 2); b.add('氯化钠注射液', d, 2); ivDay(b, d, 2); if (k % 2 === 1) { b.add('换药(中)', d, 1); b.add('一次性使用换药包', d, 1); } if (k % 4 === 0) { b.add('C反应蛋白测定', d, 1); b.add('血常规(五分类)', d, 1); } }
  const s2 = claim(m, h, { type: 'inpatient', dept: 'orthopaedics', adm, dis, dx: ['T84.502', 'Z96.602', 'E11.900'], px: [['80.8601', opd]], route: 'outpatient' }, b);
  return [s1, s2];
};
// C22 老年骨质疏松椎体压缩骨折卧床保守住院，配偶同期用本人医保卡在药店购药
C.C22 = () => {
  const m = member({ age: ri(72, 90), gender: 'F' }); const sp = member({ age: m.age + ri(0, 4), gender: 'M', region: m.region });
  const h = hosp(m.region, pick(['COUNTY', 'TCMH'])); const adm = rdate(1, 9); const dis = add(adm, ri(10, 14));
  const st = rehabStay(m, h, adm, dis, { dept: 'orthopaedics', dx: ['M80.000', 'S32.000x002', 'I10.x00'], nurse: 'Ⅱ级护理', tx: [], route: 'emergency',
    extra: [(b, a, d) => { b.add('腰椎X线摄影', a, 1); b.add('腰椎MRI平扫', a, 1); b.add('骨密度测定(双能X线)', add(a, 1), 1); for (let k = 0; k < diff(a, d); k++) { b.add('盐酸曲马多缓释片', add(a, k), 2); b.add('碳酸钙D3片', add(a, k), 2); } b.add('唑来膦酸注射液', add(a, 4), 1); b.add('氯化钠注射液', add(a, 4), 1); ivDay(b, add(a, 4), 1); b.add('康复评定', add(a, 7), 1); for (let k = 7; k < diff(a, d); k++) b.add('运动疗法', add(a, k), 1); }] });
  const p = pharmacy(sp, hosp(m.region, 'PH1'), add(adm, ri(3, 7)), ['I10.x00'], [['苯磺酸氨氯地平片', 30]]);
  return [st, p];
};
// C23 86–92岁腰椎管狭窄椎板减压（术前心脏评估、指征明确）
C.C23 = () => {
  const m = member({ age: ri(84, 92) }); const h = hosp(m.region, 'L3');
  const d0 = rdate(1, 8); const dx = ['M48.005', 'I10.x00'];
  const v1 = opdVisit(m, h, d0, dx, [['腰椎X线摄影', 1], ['腰椎MRI平扫', 1], ['塞来昔布胶囊', 28]], { dept: 'spine' });
  const v2 = opdVisit(m, h, add(d0, ri(30, 60)), dx, [['盐酸曲马多缓释片', 28]], { dept: 'spine' });
  const st = spineStay(m, h, add(v2.visitDate, ri(10, 20)), { kind: 'decompress', dx, px: ['03.0900x006'], post: ri(7, 10) });
  st.items.push(...[]);
  return [v1, v2, st];
};
// C24 膝骨关节炎镇痛药序贯调整（塞来昔布4周后停用，改曲马多，疗程不重叠）
C.C24 = () => {
  const m = member({ age: ri(50, 78) }); const r = m.region; const dx = [pick(['M17.101', 'M17.000'])];
  const d0 = rdate(1, 8);
  const c1 = opdVisit(m, hosp(r, 'L3'), d0, dx, [['四肢X线摄影', 1], ['塞来昔布胶囊', 56]]);
  const c2 = opdVisit(m, hosp(r, 'L3b'), add(d0, ri(29, 33)), [...dx, 'K29.700'].slice(0, 1), [['盐酸曲马多缓释片', 28], ['对乙酰氨基酚片', 42]], { dept: 'pain' });
  const c3 = pharmacy(m, hosp(r, 'PH1'), add(c2.visitDate, ri(28, 31)), dx, [['对乙酰氨基酚片', 60]]);
  const c4 = ptVisit(m, hosp(r, 'COMM'), add(c2.visitDate, ri(5, 10)), dx, { assess: true, tx: [['运动疗法', 1]] });
  return [c1, c2, c4, c3];
};
const CNAME = {
  C01: '儿童前臂骨折两次复位（闭合复位后再移位，克氏针固定）', C02: '桡骨远端关节内骨折掌侧锁定钢板（螺钉7–10枚）', C03: '90岁以上髋部骨折合并真实肺炎',
  C04: '股骨头坏死/髋骨关节炎真实全髋置换', C05: '双膝分期置换，间隔3–5个月', C06: '多发伤一次住院多处内固定', C07: '髋关节假体松动翻修',
  C08: '退变性滑脱伴狭窄双节段融合（保守治疗在先）', C09: '脊髓损伤转入康复医院长期康复', C10: 'CRPS疼痛科阻滞3次', C11: '脆性骨折后抗骨质疏松治疗',
  C12: '工伤由工伤保险结算，医保只结无关疾病', C13: '自骑电动车单方摔伤，外因前后一致', C14: '马尾综合征急诊椎间盘切除', C15: '半月板撕裂交锁后一次膝MRI',
  C16: '高龄跌倒头部外伤急诊多部位影像', C17: '踝骨折术后门诊康复含减重步行训练', C18: '踝部开放伤口换药使用水胶体/泡沫敷料', C19: '带状疱疹后神经痛肋间神经阻滞3次',
  C20: '急诊裂伤局麻清创缝合', C21: '关节置换术后假体周围感染再入院清创', C22: '椎体压缩骨折保守住院，配偶同期用本人卡购药', C23: '85岁以上腰椎管狭窄椎板减压',
  C24: '膝OA镇痛药序贯调整不重叠',
};

// ================= ROUTINE =================
function routine() {
  const k = ri(0, 9); const m = member({ age: ri(20, 85) }); const r = m.region;
  switch (k) {
    case 0: return opdVisit(m, hosp(r, pick(['L3', 'COUNTY'])), rdate(1, 11), [pick(['M17.101', 'M17.900x004'])], [['四肢X线摄影', 1], ['塞来昔布胶囊', 28]]);
    case 1: return opdVisit(m, hosp(r, pick(['COMM', 'COUNTY'])), rdate(1, 11), ['M54.505'], [['双氯芬酸钠缓释片', 14]], { dept: 'general' });
    case 2: return ptVisit(m, hosp(r, pick(['TCMC', 'TCMH'])), rdate(1, 11), [pick(['M47.801', 'M54.505', 'M75.001'])], { tx: [['针灸', 1], ['推拿治疗', 1]], dept: 'tcm' });
    case 3: return pharmacy(m, hosp(r, pick(['PH1', 'PH2'])), rdate(1, 11), ['M81.900'], [['碳酸钙D3片', 60]]);
    case 4: return opdVisit(m, hosp(r, pick(['COMM', 'COUNTY'])), rdate(1, 11), ['S93.401'], [['四肢X线摄影', 1], ['医用弹力绷带', 1], ['布洛芬缓释胶囊', 12]], { dept: 'emergency', cons: '急诊诊察费' });
    case 5: return opdVisit(m, hosp(r, 'L3'), rdate(1, 11), ['Z09.400'], [['四肢X线摄影', 1]]);
    case 6: return opdVisit(m, hosp(r, pick(['L3', 'L3b'])), rdate(1, 11), [pick(['M75.001', 'M77.101'])], [['双氯芬酸钠缓释片', 14]]);
    case 7: { const mm = member({ age: ri(60, 85), gender: 'F' }); return opdVisit(mm, hosp(mm.region, 'L3'), rdate(1, 11), ['M81.000'], [['骨密度测定(双能X线)', 1], ['碳酸钙D3片', 60], ['阿仑膦酸钠片', 4]]); }
    case 8: return ptVisit(m, hosp(r, 'REHAB'), rdate(1, 11), ['M54.400'], { tx: [['运动疗法', 1]] });
    default: return opdVisit(m, hosp(r, pick(['COMM', 'L3b'])), rdate(1, 11), ['M65.300'], [['局部浸润麻醉', 1], ['盐酸利多卡因注射液', 1], ['地塞米松磷酸钠注射液', 1]], { dept: 'orthopaedics' });
  }
}

// ================= build =================
for (const code of Object.keys(T)) for (let i = 0; i < 15; i++) { const [cl, tg, mut] = T[code](); record('fraud', code, TNAME[code], cl, tg, mut); }
for (const code of Object.keys(C)) for (let i = 0; i < 15; i++) { const cl = C[code](); record('control', code, CNAME[code], cl, cl, false); }
for (let i = 0; i < 100; i++) { const c = routine(); record('routine', 'R', '常规骨科/疼痛/康复结算', [c], [c], false); }

// ---------- amounts (settlement order, per-member year-to-date deductible and caps) ----------
CLAIMS.sort((a, b) => a._settle < b._settle ? -1 : a._settle > b._settle ? 1 : a._ord - b._ord);
const ytd = {};
for (const c of CLAIMS) {
  let total = 0, self = 0;
  for (const it of c.items) { total += it.amount; const r = BYCODE[it.code]; self += it.amount * (r.selfPayShare ?? 0); }
  total = r2(total); const policy = r2(total - self);
  const prov = (c.insuredRegion || c.region).slice(0, 2); const p = POL[prov][c.insuranceType][c.visitType]; const lv = c.provider.level;
  const ratio = (typeof p.r === 'object' ? p.r[lv] : p.r) + (c.patient.retired ? p.rb : 0);
  let fund;
  if (c.visitType === 'inpatient') fund = Math.max(0, policy - p.d[lv]) * ratio;
  else if (c.visitType === 'chronic') fund = policy * ratio;
  else {
    const k = c.patient.insuredId; const y = ytd[k] || (ytd[k] = { ded: 0, fund: 0 });
    const dedLeft = Math.max(0, (p.d || 0) - y.ded); const used = Math.min(dedLeft, policy); y.ded += used;
    fund = Math.max(0, policy - used) * ratio; fund = Math.min(fund, Math.max(0, p.cap - y.fund)); y.fund += fund;
  }
  c.amounts = { total, policy, fundClaimed: Math.floor(fund * 100) / 100 };
}
// ---------- groups (pass 2) ----------
if (GROUPS) {
  const g = {}; for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const o = JSON.parse(l); g[o.claimId] = o.grouping && o.grouping.drg; }
  for (const c of CLAIMS) if (c.visitType === 'inpatient') c.reportedGroup = { drg: g[c.claimId] ?? null, dip: null };
}
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), CLAIMS.map(c => { const o = { ...c }; for (const k of Object.keys(o)) if (k.startsWith('_')) delete o[k]; return JSON.stringify(o); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(LABELS, null, 1) + '\n');
const n = (k) => LABELS.filter(l => l.kind === k).length;
console.error(`claims ${CLAIMS.length}; cases fraud ${n('fraud')} control ${n('control')} routine ${n('routine')}`);
