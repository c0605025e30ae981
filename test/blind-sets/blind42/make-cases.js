#!/usr/bin/env node
// blind42: elective/day surgery and follow-up care. Plain Node 20, fixed seed.
// usage: node make-cases.js [outdir] [--groups groups.ndjson] [--catalogue dir]
'use strict';
const fs = require('fs');
const path = require('path');
const args = process.argv.slice(2);
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const OUT = path.resolve(args[0] && !args[0].startsWith('--') ? args[0] : __dirname);
const CATDIR = opt('--catalogue', '/work/wt/base43/rules/catalogue');
const GROUPS = opt('--groups', null);
const N = 15; // cases per kind

// ---------- rng ----------
let seed = 4242042;
function rnd() { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const r2 = (x) => Math.round(x * 100 + 1e-9) / 100;

// ---------- catalogue ----------
const CAT = {};
for (const f of ['drugs', 'services', 'consumables']) {
  for (const r of JSON.parse(fs.readFileSync(path.join(CATDIR, f + '.json'), 'utf8')).rows) CAT[r.name] = r;
}
function row(name) { const r = CAT[name]; if (!r) throw new Error('no catalogue row ' + name); return r; }

// ---------- dates ----------
const D0 = Date.UTC(2026, 0, 1);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const add = (d, n) => iso(Date.parse(d + 'T00:00:00Z') + n * 86400000);
const diff = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
const rdate = (from = 5, to = 320) => iso(D0 + ri(from, to) * 86400000);

// ---------- institutions ----------
const REG = ['510100', '220100', '230100', '370100'];
const HOSP = [];
for (const reg of REG) {
  const p = reg.slice(0, 4);
  HOSP.push({ id: `H${p}0${ri(100, 199)}`, region: reg, level: 3 });
  HOSP.push({ id: `H${p}0${ri(200, 299)}`, region: reg, level: 3 });
  HOSP.push({ id: `H${p}1${ri(300, 399)}`, region: reg, level: 2 });
  HOSP.push({ id: `H${p}1${ri(400, 499)}`, region: reg, level: 2 });
  HOSP.push({ id: `H${p}2${ri(500, 599)}`, region: reg, level: 1, township: true });
  HOSP.push({ id: `H${p}2${ri(600, 699)}`, region: reg, level: 1, township: true });
  HOSP.push({ id: `Y${p}3${ri(700, 799)}`, region: reg, level: 1, pharmacy: true });
}
const hosp = (level, region, notId) => pick(HOSP.filter(h => h.level === level && !h.pharmacy && (!region || h.region === region) && h.id !== notId));
const pharm = (region) => pick(HOSP.filter(h => h.pharmacy && h.region === region));
const doc = (h, dept) => `D${h.id.slice(-4)}${dept.slice(0, 2).toUpperCase()}${ri(1, 6)}`;

// ---------- members ----------
let memSeq = 0;
function member(gender, age, o = {}) {
  const by = 2026 - age;
  const ins = o.ins || (rnd() < 0.6 ? 'employee' : 'resident');
  const retired = ins === 'employee' && age >= (gender === 'M' ? 60 : 55);
  memSeq++;
  return {
    insuredId: `P42${String(memSeq).padStart(6, '0')}`, gender, birthDate: `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`,
    retired, ins, region: o.region || pick(REG), chronic: o.chronic || null, age,
  };
}

// ---------- claims ----------
let claimSeq = 0;
const ALL = [];
function newClaim(m, h, visitType, dept, o = {}) {
  claimSeq++;
  const c = { m, h, visitType, dept, doctor: o.doctor || doc(h, dept), items: [], dx: [], px: [], o, seq: claimSeq };
  c.claimId = `${h.region}-${h.id}-2026-${String(claimSeq).padStart(6, '0')}`;
  ALL.push(c);
  return c;
}
// add a line: name, date, qty, flags
function L(c, name, date, qty, f = {}) {
  const r = row(name);
  if (!(qty > 0)) return null;
  const it = { name, date, qty, mut: !!f.mut, lp: !!f.lp, r };
  c.items.push(it);
  return it;
}
const isDrug = (r) => r.category === 'drug';

// ---------- settlement ----------
const DED = { employee: { 1: 300, 2: 600, 3: 900 }, resident: { 1: 200, 2: 500, 3: 800 } };
const RATIO_IN = { employee: { 1: 0.9, 2: 0.85, 3: 0.8 }, resident: { 1: 0.85, 2: 0.75, 3: 0.65 } };
const RATIO_OUT = { employee: { 1: 0.7, 2: 0.6, 3: 0.5 }, resident: { 1: 0.6, 2: 0.5, 3: 0.4 } };
const RATIO_CHR = { employee: { 1: 0.85, 2: 0.8, 3: 0.75 }, resident: { 1: 0.75, 2: 0.7, 3: 0.65 } };
const OUT_DED = { employee: 200, resident: 100 };
const OUT_CAP = { employee: 4000, resident: 1500 };
const usage = {}; // per member: {stays, outDedLeft, outPaid}

function finalize(c) {
  const h = c.h, lvl = h.level;
  // one line per item, day and price (an order repeated the same day is billed as one line with the summed quantity)
  const merged = [];
  for (const it of c.items) {
    const prev = merged.find(x => x.name === it.name && x.date === it.date && x.price === it.price);
    if (prev) { prev.qty = r2(prev.qty + it.qty); prev.mut = prev.mut || it.mut; prev.lp = prev.lp || it.lp; } else merged.push(it);
  }
  c.items = merged;
  c.items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let total = 0, policy = 0;
  const items = c.items.map((it, i) => {
    const r = it.r;
    const code = (r.products && r.products[0]) || r.code;
    const unitPrice = it.price != null ? it.price : r.priceCap[String(lvl)];
    const amount = r2(unitPrice * it.qty);
    total += amount;
    policy += amount * (1 - (r.selfPayShare || 0));
    it.lineId = String(i + 1);
    const o = { lineId: it.lineId, code, name: r.name, category: r.category, date: it.date, quantity: it.qty, unitPrice, amount };
    if (it.lp) o.longPrescription = true;
    return o;
  });
  total = r2(total); policy = r2(policy);
  const ins = c.m.ins;
  const u = usage[c.m.insuredId] || (usage[c.m.insuredId] = { stays: 0, outDedLeft: OUT_DED[ins], outPaid: 0 });
  let fund = 0;
  if (c.visitType === 'inpatient') {
    const ded = DED[ins][lvl] * (u.stays > 0 ? 0.5 : 1);
    u.stays++;
    let ratio = RATIO_IN[ins][lvl] + (c.m.retired ? 0.05 : 0);
    fund = Math.max(0, policy - ded) * Math.min(ratio, 0.95);
  } else if (c.visitType === 'chronic') {
    fund = policy * RATIO_CHR[ins][lvl];
  } else {
    const base = Math.max(0, policy - u.outDedLeft);
    u.outDedLeft = Math.max(0, u.outDedLeft - policy);
    const ratio = c.visitType === 'pharmacy' ? RATIO_OUT[ins][1] - 0.1 : RATIO_OUT[ins][lvl];
    fund = Math.min(base * ratio, Math.max(0, OUT_CAP[ins] - u.outPaid));
    u.outPaid += fund;
  }
  fund = r2(fund);
  const m = c.m;
  const claim = {
    claimId: c.claimId, region: h.region, insuranceType: ins, visitType: c.visitType,
    patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired },
    enrollment: {
      enrolledOn: '2019-01-01', inConcentratedPeriod: true, continuousYears: 7, lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears: ins === 'employee' ? Math.max(1, Math.min(40, m.age - 22)) : 0, special: null,
    },
    provider: { hospitalId: h.id, level: lvl, department: c.dept, doctorId: c.doctor },
  };
  if (m.chronic) claim.enrollment.chronicDiseases = m.chronic;
  if (m.region !== h.region) claim.insuredRegion = m.region;
  if (c.visitType === 'inpatient') {
    claim.admissionDate = c.admit; claim.dischargeDate = c.discharge;
    if (c.o.route) claim.admissionRoute = c.o.route;
    claim.dischargeMode = c.o.dmode || 'ordered';
    if (c.o.fromHosp) claim.transferFromHospitalId = c.o.fromHosp;
  } else claim.visitDate = c.visitDate;
  claim.diagnoses = c.dx.map((code, i) => (i === 0 ? { code, principal: true } : { code }));
  claim.procedures = c.px.map(p => ({ code: p.code, date: p.date }));
  if (c.visitType === 'inpatient') claim.reportedGroup = { drg: null, dip: null };
  claim.items = items;
  claim.amounts = { total, policy, fundClaimed: fund };
  c.settle = c.visitType === 'inpatient' ? c.discharge : c.visitDate;
  c.json = claim;
  c.mutIds = c.items.filter(i => i.mut).map(i => i.lineId);
  return c;
}

// ---------- building blocks ----------
function consult(c, d, kind) {
  const h = c.h;
  if (kind === 'chronic') return L(c, '门诊慢特病管理诊查费', d, 1);
  if (kind === 'er') return L(c, '急诊诊察费', d, 1);
  if (h.level === 1) return L(c, '一般诊疗费', d, 1);
  return L(c, kind === 'senior' ? '副主任医师门诊诊察费' : kind === 'chief' ? '主任医师门诊诊察费' : '普通门诊诊察费', d, 1);
}
function visit(m, h, dept, date, dx, type = 'outpatient', o = {}) {
  const c = newClaim(m, h, type, dept, o);
  c.visitDate = date; c.dx = dx.slice();
  if (type !== 'pharmacy') consult(c, date, type === 'chronic' ? 'chronic' : o.consult);
  return c;
}
function infuse(c, d, groups) {
  // a second infusion order on a day that already has the first group is billed as additional groups only
  if (c.items.some(it => it.date === d && it.name === '静脉输液(第一组)')) { L(c, '静脉输液(每增加一组)', d, groups); return; }
  L(c, '静脉输液(第一组)', d, 1); if (groups > 1) L(c, '静脉输液(每增加一组)', d, groups - 1); L(c, '一次性使用输液器', d, 1); L(c, '一次性使用输液贴', d, 1);
}

// Surgical profiles
const PROF = {
  hernia: { dept: 'general_surgery', dx: ['K40.900x003', 'K40.900x004', 'K40.900x002'], px: ['53.0501', '53.0401', '17.1200x001'], op: '腹股沟疝修补术', an: 'spinal', los: [2, 4], cons: [['疝修补补片', 1], ['可吸收缝线', 2]], path: 0, abx: 1, sex: 'M', age: [35, 82], lapIf: '17.1200x001', exam: [] },
  haem: { dept: 'anorectal', dx: ['K64.200', 'K64.300', 'K64.100'], px: ['49.4600', '49.4601'], op: '痔切除术', an: 'spinal', los: [3, 5], cons: [['可吸收缝线', 2], ['医用脱脂纱布', 2]], path: 1, abx: 0, age: [25, 75], exam: [] },
  varicose: { dept: 'vascular_surgery', dx: ['I83.900x004', 'I83.101'], px: ['38.5901', '38.5900x010'], op: '大隐静脉高位结扎+剥脱术', an: 'spinal', los: [3, 5], cons: [['可吸收缝线', 2], ['医用弹力绷带', 2]], path: 0, abx: 0, age: [40, 75], exam: [['下肢血管彩色多普勒超声', 1], ['D-二聚体测定', 1]] },
  polyp: { dept: 'gastroenterology', dx: ['K63.503', 'K63.501', 'K63.500', 'D12.500', 'D12.200'], px: ['45.4200x003', '45.4201'], op: '结肠镜检查', an: 'sedation', los: [1, 2], cons: [['止血夹(结扎夹)', 1]], path: 1, abx: 0, age: [42, 78], exam: [['大便常规+隐血', 1]], noWard: false, endo: true },
  turp: { dept: 'urology', dx: ['N40.x00'], px: ['60.2902', '60.2900x004'], op: '经尿道前列腺电切术', an: 'spinal', los: [5, 7], cons: [['双腔硅胶导尿管', 1], ['一次性使用引流袋', 2]], path: 1, abx: 2, sex: 'M', age: [60, 85], minL: 2, exam: [['泌尿系B超', 1], ['前列腺特异性抗原(PSA)测定', 1]], irrig: true },
  ursl: { dept: 'urology', dx: ['N20.100', 'N13.202'], px: ['56.0x00x011', '56.0x00x005'], op: '经输尿管镜碎石取石术', an: 'spinal', los: [2, 4], cons: [['双腔硅胶导尿管', 1], ['一次性使用引流袋', 1]], path: 0, abx: 2, age: [25, 72], minL: 2, exam: [['泌尿系B超', 1], ['腹部CT平扫', 1]] },
  hyst: { dept: 'gynaecology', dx: ['D25.900x001', 'D25.100x001', 'D25.900'], px: ['68.4100'], op: '腹腔镜下子宫切除术', an: 'GA', gaH: [2, 3], los: [5, 7], cons: [['一次性腹腔镜穿刺器', 1], ['可吸收缝线', 3], ['一次性使用导尿包', 1]], path: 1, abx: 2, sex: 'F', age: [40, 58], minL: 2, exam: [['妇科B超', 1], ['宫颈液基细胞学检查(TCT)', 1]], lap: true },
  ovary: { dept: 'gynaecology', dx: ['N83.201', 'D27.x00', 'N80.100x001'], px: ['65.2501'], op: '腹腔镜下卵巢囊肿剥除术', an: 'GA', gaH: [1, 2], los: [3, 5], cons: [['一次性腹腔镜穿刺器', 1], ['可吸收缝线', 2]], path: 1, abx: 1, sex: 'F', age: [20, 48], minL: 2, exam: [['妇科B超', 1], ['糖类抗原125(CA125)测定', 1], ['人绒毛膜促性腺激素(β-HCG)测定', 1]], lap: true },
  tonsil: { dept: 'ent', dx: ['J35.000', 'J35.100'], px: ['28.2x00x002', '28.2x03'], op: '扁桃体切除术', an: 'GA', gaH: [1, 1], los: [3, 5], cons: [['可吸收缝线', 2]], path: 1, abx: 1, age: [15, 45], exam: [] },
  thyroid: { dept: 'thyroid_surgery', dx: ['E04.101', 'D34.x00', 'E04.200x003'], px: ['06.2x02', '06.2x00'], op: '甲状腺腺叶切除术', an: 'GA', gaH: [2, 2], los: [3, 5], cons: [['止血夹(结扎夹)', 3], ['可吸收缝线', 3], ['一次性负压引流器', 1]], path: 1, abx: 0, age: [28, 68], minL: 2, exam: [['甲状腺彩超', 1], ['甲状腺功能(三项)', 1]] },
};
const ANAES = {
  GA: (c, d, hrs) => { L(c, '全身麻醉', d, hrs); L(c, '丙泊酚中/长链脂肪乳注射液', d, 2); L(c, '枸橼酸芬太尼注射液', d, 2); L(c, '注射用维库溴铵', d, 1); L(c, '一次性气管插管', d, 1); },
  spinal: (c, d) => { L(c, '椎管内麻醉', d, 1); L(c, '一次性使用麻醉穿刺包', d, 1); L(c, '盐酸罗哌卡因注射液', d, 1); },
  sedation: (c, d) => { L(c, '全身麻醉', d, 1); L(c, '丙泊酚中/长链脂肪乳注射液', d, 1); },
  local: (c, d) => { L(c, '局部浸润麻醉', d, 1); L(c, '盐酸利多卡因注射液', d, 2); },
};
function nurseGrade(i, opDay, los) { if (i === opDay) return 'Ⅰ级护理'; if (i === opDay + 1 && los > 2) return 'Ⅰ级护理'; return 'Ⅱ级护理'; }

// build a surgical stay. o: {prof, m, h, admit, los, opDay, dx(extra), px override, noOp, nurse fn, route}
function surgStay(o) {
  const P = PROF[o.prof];
  const m = o.m; const h = o.h;
  const c = newClaim(m, h, 'inpatient', o.dept || P.dept, { route: o.route || 'outpatient', dmode: o.dmode, fromHosp: o.fromHosp });
  const los = o.los || ri(P.los[0], P.los[1]);
  const opDay = o.opDay != null ? o.opDay : (los <= 2 ? 0 : 1);
  c.admit = o.admit; c.discharge = add(o.admit, los); c.los = los; c.opDay = opDay;
  c.opDate = add(o.admit, opDay);
  c.dx = [o.dx0 || pick(P.dx), ...(o.dxExtra || [])];
  const pxc = o.px || pick(P.px);
  c.px = o.noOp ? [] : [{ code: pxc, date: c.opDate }, ...(o.pxExtra || [])];
  const a = o.admit;
  // daily
  for (let i = 0; i < los; i++) {
    const d = add(a, i);
    c.bedLines = c.bedLines || [];
    c.bedLines.push(L(c, o.bed && o.bed(i) || '普通病房床位费(三人间)', d, 1));
    c.nurseLines = c.nurseLines || [];
    c.nurseLines.push(L(c, (o.nurse || ((j) => nurseGrade(j, opDay, los)))(i), d, 1));
    L(c, '住院诊查费', d, 1);
  }
  // admission work-up
  const d0 = a;
  for (const t of ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '术前八项(感染筛查)']) L(c, t, d0, 1);
  if (P.an !== 'sedation' && P.an !== 'local') L(c, '血型鉴定(ABO+Rh)', d0, 1);
  L(c, '常规心电图检查', d0, 1);
  if (m.age >= 40 || P.an === 'GA') L(c, '胸部X线摄影(正侧位)', d0, 1);
  L(c, '空腹血糖测定', d0, 1);
  for (const [n, q] of (o.exam || P.exam)) if (!(n.includes('PSA') && m.gender !== 'M')) L(c, n, d0, q);
  if (o.noOp) return c;
  // operation
  const od = c.opDate;
  c.opLine = L(c, o.opItem || P.op, od, 1);
  const an = o.an || P.an;
  c.anLines = [];
  const n0 = c.items.length;
  ANAES[an](c, od, o.gaH || (P.gaH ? ri(P.gaH[0], P.gaH[1]) : 1));
  c.anLines = c.items.slice(n0);
  L(c, '一次性手术衣及铺单包', od, 1);
  if (!P.endo) L(c, '一次性电刀笔', od, 1);
  c.consLines = {};
  for (const [n, q] of (o.cons || P.cons)) c.consLines[n] = L(c, n, od, q);
  if (P.lap === undefined && pxc === P.lapIf) c.consLines['一次性腹腔镜穿刺器'] = L(c, '一次性腹腔镜穿刺器', od, 1);
  if (P.path) c.pathLine = L(c, '病理检查(常规石蜡切片)', od, o.pathQ || 1);
  // prophylaxis: single dose (or up to 24h for abx 2)
  if (P.abx) { L(c, '注射用头孢呋辛钠', od, P.abx === 2 ? 2 : 1); }
  // fluids & infusion op day and next
  L(c, '一次性使用静脉留置针', od, 1); L(c, '静脉留置针置管', od, 1);
  const fl = P.endo ? 1 : 2;
  L(c, '葡萄糖氯化钠注射液', od, fl); L(c, '复方氯化钠注射液', od, 1);
  infuse(c, od, fl + 1 + (P.abx ? 1 : 0));
  if (an === 'spinal' || an === 'local') { L(c, '心电监测', od, 6); L(c, '血氧饱和度监测', od, 6); }
  if (P.irrig) { for (let i = 0; i < Math.min(3, los - opDay); i++) L(c, '氯化钠注射液', add(od, i), 8); }
  if (!P.endo && los > opDay + 1) {
    const d1 = add(od, 1);
    L(c, '葡萄糖氯化钠注射液', d1, 1); infuse(c, d1, 1);
    L(c, m.age > 65 ? '对乙酰氨基酚片' : '双氯芬酸钠缓释片', d1, m.age > 65 ? 3 : 1);
    if (!['turp', 'ursl', 'haem'].includes(o.prof)) L(c, '换药(中)', add(od, Math.min(2, los - opDay - 1)), 1);
    if (o.prof === 'haem') for (let i = 1; i < los - opDay; i++) L(c, '换药(小)', add(od, i), 1);
    if (o.prof === 'tonsil') L(c, '血常规(五分类)', d1, 1);
  }
  for (let k = 2; k < los - opDay; k++) {
    const d = add(od, k);
    if (o.prof === 'turp') L(c, '左氧氟沙星片', d, 1);
    else if (!P.endo) L(c, m.age > 65 ? '对乙酰氨基酚片' : '双氯芬酸钠缓释片', d, m.age > 65 ? 2 : 1);
  }
  if (o.prof === 'turp' && los - opDay > 3) L(c, '尿常规', add(od, los - opDay - 1), 1);
  if (o.prof === 'thyroid') L(c, '电解质(四项)', add(od, Math.min(1, los - opDay - 1)), 1);
  if (o.prof === 'turp') L(c, '血红蛋白测定', add(od, 1), 1);
  return c;
}

// chronic disease profiles (outpatient follow-up)
const CHR = {
  hbv: { dx: 'B18.100', dept: 'infectious', drugs: [['恩替卡韦分散片', 1]], tests: [['肝功能(全套)', 1], ['乙肝五项定量', 1], ['腹部B超', 1], ['甲胎蛋白(AFP)测定', 1]], every: 180 },
  bph: { dx: 'N40.x00', dept: 'urology', sex: 'M', age: [58, 84], drugs: [['盐酸坦索罗辛缓释胶囊', 1], ['非那雄胺片', 1]], tests: [['前列腺特异性抗原(PSA)测定', 1], ['泌尿系B超', 1]], every: 365 },
  op: { dx: 'M81.000', dept: 'endocrinology', sex: 'F', age: [56, 82], drugs: [['阿仑膦酸钠片', 1 / 7], ['碳酸钙D3片', 1], ['骨化三醇软胶囊', 1]], tests: [['骨密度测定(双能X线)', 1]], every: 365 },
  epi: { dx: 'G40.900', dept: 'neurology', drugs: [['左乙拉西坦片', 2]], tests: [['脑电图', 1], ['肝功能(全套)', 1], ['血常规(五分类)', 1]], every: 365 },
  pd: { dx: 'G20.x00', dept: 'neurology', age: [58, 82], drugs: [['多巴丝肼片', 3]], tests: [['肝功能(全套)', 1]], every: 365 },
  hypo: { dx: 'E03.900', dept: 'endocrinology', drugs: [['左甲状腺素钠片', 1]], tests: [['甲状腺功能(三项)', 1]], every: 180 },
};
function chrMember(key, o = {}) {
  const C = CHR[key];
  const sex = C.sex || o.sex || pick(['M', 'F']);
  const age = o.age || ri(...(C.age || [30, 75]));
  return member(sex, age, { chronic: [C.dx.slice(0, 3), ...(o.extraChronic || [])], region: o.region });
}
function chrVisit(key, m, h, date, days, o = {}) {
  const C = CHR[key];
  const c = visit(m, h, C.dept, date, [C.dx, ...(o.dxExtra || [])], o.type || 'chronic');
  c.drugLines = [];
  for (const [n, q] of C.drugs) c.drugLines.push(L(c, n, date, Math.max(1, Math.ceil(q * days)), { lp: days > 30 }));
  if (o.tests) for (const [n, q] of C.tests) L(c, n, date, q);
  return c;
}
function pharmVisit(key, m, region, date, days) {
  const C = CHR[key];
  const c = visit(m, pharm(region), 'pharmacy', date, [C.dx], 'pharmacy');
  c.drugLines = [];
  for (const [n, q] of C.drugs) c.drugLines.push(L(c, n, date, Math.max(1, Math.ceil(q * days))));
  return c;
}

// ---------- cases ----------
const LABELS = [];
function label(kind, code, name, caseNo, claims, targets, mutated) {
  const caseId = `${kind === 'routine' ? 'R' : code}-${String(caseNo).padStart(2, '0')}`;
  LABELS.push({ caseId, kind, code, name, claims, targets: targets || claims, mutatedClaims: mutated });
}
const profMember = (prof, o = {}) => { const P = PROF[prof]; return member(o.sex || P.sex || pick(['M', 'F']), o.age || ri(P.age[0], P.age[1]), o); };
const profHosp = (prof, m, lvl) => hosp(lvl || Math.max(PROF[prof].minL || 1, pick([2, 3, 3])), m.region);

const F = {};   // fraud builders: (i) => {claims, targets, mut}
const C = {};   // control builders
const NAMES = {};

// T01 endoscopic procedure coded as ESD / lesion resection (bill shows simple polypectomy or biopsy)
NAMES.T01 = '内镜手术编码高套：简单息肉切除/活检编为ESD或病损切除';
F.T01 = (i) => {
  const v = i % 4;
  const m = member(pick(['M', 'F']), ri(45, 76));
  const h = hosp(pick([2, 3]), m.region);
  let c;
  if (v === 0 || v === 2) {
    c = surgStay({ prof: 'polyp', m, h, admit: rdate(), los: 1, px: v === 0 ? '45.4300x009' : '45.4302' });
  } else if (v === 1) {
    c = surgStay({ prof: 'polyp', m, h, admit: rdate(), los: 1, dx0: 'K31.703', px: '43.4100x014', opItem: '胃镜检查', dept: 'gastroenterology' });
    c.consLines['止血夹(结扎夹)'].qty = 1;
  } else {
    c = surgStay({ prof: 'polyp', m, h, admit: rdate(), los: 2, dx0: 'K62.100', px: '45.4300x009', pxExtra: [] });
    c.px.push({ code: '45.4306', date: c.opDate });
  }
  return { claims: [c], targets: [c], mut: {} };
};

// T02 pathology invented or multiplied
NAMES.T02 = '病理检查虚记多计：单一标本按多例或无标本手术收病理';
F.T02 = (i) => {
  const v = i % 5;
  if (v === 0) { // outpatient gastroscopy with one biopsy billed 3-5 specimens
    const m = member(pick(['M', 'F']), ri(38, 75)); const h = hosp(pick([2, 3]), m.region);
    const c = visit(m, h, 'gastroenterology', rdate(), ['K29.500'], 'outpatient');
    c.px = [{ code: '45.1600x001', date: c.visitDate }];
    L(c, '胃镜检查', c.visitDate, 1); L(c, '盐酸利多卡因注射液', c.visitDate, 1);
    const p = L(c, '病理检查(常规石蜡切片)', c.visitDate, ri(3, 5), { mut: true });
    return { claims: [c], targets: [c] };
  }
  const prof = ['ursl', 'hernia', 'turp', 'varicose'][v - 1];
  const m = profMember(prof); const h = profHosp(prof, m);
  const c = surgStay({ prof, m, h, admit: rdate() });
  if (c.pathLine) { c.pathLine.qty = ri(3, 5); c.pathLine.mut = true; }
  else L(c, '病理检查(常规石蜡切片)', c.opDate, ri(1, 2), { mut: true });
  return { claims: [c], targets: [c] };
};

// T03 follow-up tests repeated far above guideline frequency in stable chronic patients
NAMES.T03 = '慢病随访检查超频次：稳定期逐月重复成套复查';
F.T03 = (i) => {
  const key = ['hbv', 'hypo', 'op', 'bph', 'epi'][i % 5];
  const m = chrMember(key);
  const h3 = hosp(pick([2, 3]), m.region); const h2 = hosp(pick([1, 2]), m.region);
  const start = rdate(10, 150); const n = ri(4, 6); const claims = [];
  for (let k = 0; k < n; k++) {
    const h = k % 3 === 2 ? h2 : h3;
    const c = chrVisit(key, m, h, add(start, k * ri(26, 33)), 30, { tests: false });
    for (const [nm, q] of CHR[key].tests) L(c, nm, c.visitDate, q, { mut: k > 0 });
    if (key === 'hypo' && k > 0) L(c, '甲状腺彩超', c.visitDate, 1, { mut: true });
    if (key === 'op' && k > 0) L(c, '肾功能(三项)', c.visitDate, 1, { mut: true });
    claims.push(c);
  }
  return { claims, targets: claims.slice(1) };
};

// T04 single-session operation split into two admissions
NAMES.T04 = '无指征分次手术分解住院：可一次完成的双侧/多发病变分两次住院';
F.T04 = (i) => {
  const v = i % 3;
  const prof = ['varicose', 'hernia', 'polyp'][v];
  const m = profMember(prof); const h = profHosp(prof, m);
  const a1 = rdate(5, 280);
  const o1 = v === 0 ? { dx0: 'I83.900x004' } : v === 1 ? { dx0: 'K40.200x001', px: '53.0501' } : { dx0: 'K63.504', los: 2 };
  const c1 = surgStay({ prof, m, h, admit: a1, ...o1 });
  const c2 = surgStay({ prof, m, h, admit: add(c1.discharge, ri(4, 13)), ...o1 });
  return { claims: [c1, c2], targets: [c1, c2] };
};

// T05 anaesthesia upgraded for procedures done under local/no anaesthesia
NAMES.T05 = '麻醉方式升级：门诊小操作收取椎管内麻醉或全身麻醉';
F.T05 = (i) => {
  const v = i % 3;
  const m = member(pick(['M', 'F']), ri(28, 72)); const h = hosp(pick([2, 3]), m.region);
  const d = rdate();
  if (v === 0) { // ESWL outpatient with spinal anaesthesia
    const c = visit(m, h, 'urology', d, ['N20.000'], 'outpatient');
    c.px = [{ code: '98.5101', date: d }];
    L(c, '体外冲击波碎石', d, 1); L(c, '泌尿系B超', d, 1);
    L(c, '椎管内麻醉', d, 1, { mut: true }); L(c, '一次性使用麻醉穿刺包', d, 1, { mut: true });
    L(c, '盐酸曲马多缓释片', d, 4);
    return { claims: [c], targets: [c] };
  }
  if (v === 1) { // rubber band ligation of internal haemorrhoids (outpatient) billed spinal anaesthesia
    const c = visit(m, h, 'anorectal', d, ['K64.100'], 'outpatient');
    c.px = [{ code: '49.4500x004', date: d }];
    L(c, '痔切除术', d, 1); L(c, '椎管内麻醉', d, 1, { mut: true }); L(c, '一次性使用麻醉穿刺包', d, 1, { mut: true });
    L(c, '医用脱脂纱布', d, 1); L(c, '乳果糖口服溶液', d, 10);
    return { claims: [c], targets: [c] };
  }
  // cystoscopic stent removal in a 1-day stay billed GA 2 h
  const c = newClaim(m, h, 'inpatient', 'urology', { route: 'outpatient' });
  c.admit = d; c.discharge = add(d, 1); c.dx = ['Z46.600x001', 'N20.100']; c.px = [{ code: '97.6205', date: d }];
  L(c, '普通病房床位费(三人间)', d, 1); L(c, 'Ⅱ级护理', d, 1); L(c, '住院诊查费', d, 1);
  L(c, '血常规(五分类)', d, 1); L(c, '尿常规', d, 1); L(c, '泌尿系B超', d, 1);
  L(c, '全身麻醉', d, 2, { mut: true }); L(c, '丙泊酚中/长链脂肪乳注射液', d, 2, { mut: true }); L(c, '枸橼酸芬太尼注射液', d, 1, { mut: true });
  L(c, '一次性使用导尿包', d, 1); L(c, '盐酸利多卡因注射液', d, 1);
  return { claims: [c], targets: [c] };
};

// T06 antibiotic prophylaxis in clean surgery prolonged for days with broad agents
NAMES.T06 = '清洁手术预防用抗菌药超时长越级：术后连用4-6天广谱静脉抗菌药';
F.T06 = (i) => {
  const prof = ['thyroid', 'hernia', 'varicose', 'ovary', 'thyroid'][i % 5];
  const m = profMember(prof); const h = hosp(Math.max(2, pick([2, 3])), m.region);
  const los = ri(6, 8);
  const c = surgStay({ prof, m, h, admit: rdate(), los, opDay: 1 });
  const drug = pick(['注射用头孢哌酮钠舒巴坦钠', '注射用头孢他啶', '注射用哌拉西林钠他唑巴坦钠', '盐酸莫西沙星氯化钠注射液']);
  const per = drug.includes('莫西') ? 1 : 2;
  const days = ri(4, Math.min(6, los - 1));
  for (let k = 0; k < days; k++) {
    const d = add(c.opDate, k);
    L(c, drug, d, per, { mut: true }); L(c, '氯化钠注射液', d, per, { mut: true });
    if (k > 0) infuse(c, d, per);
  }
  return { claims: [c], targets: [c] };
};

// T07 parenteral nutrition / albumin / liver protectors after minor surgery, patient eating
NAMES.T07 = '术后无指征肠外营养与辅助用药：进食正常的小手术后连用脂肪乳/氨基酸/白蛋白';
F.T07 = (i) => {
  const prof = ['haem', 'hernia', 'polyp', 'turp', 'ovary'][i % 5];
  const m = profMember(prof); const h = hosp(Math.max(2, PROF[prof].minL || 2, pick([2, 3])), m.region);
  const los = prof === 'polyp' ? 4 : ri(5, 7);
  const c = surgStay({ prof, m, h, admit: rdate(), los, opDay: 1 });
  const days = Math.min(los - 1, ri(3, 5));
  for (let k = 0; k < days; k++) {
    const d = add(c.opDate, k);
    L(c, '脂肪乳注射液(C14～24)', d, 1, { mut: true }); L(c, '复方氨基酸注射液(18AA)', d, pick([1, 2]), { mut: true });
    if (i % 3 === 0) L(c, '注射用还原型谷胱甘肽', d, 2, { mut: true });
    if (i % 4 === 1 && k < 2) L(c, '人血白蛋白', d, 1, { mut: true });
  }
  return { claims: [c], targets: [c] };
};

// T08 cosmetic procedure billed as covered operation
NAMES.T08 = '美容性手术串换：皮赘/蜘蛛痣/副乳美容切除按医保手术结算';
F.T08 = (i) => {
  const v = i % 3;
  const m = member(v === 2 ? 'F' : pick(['M', 'F']), ri(24, 52)); const h = hosp(v === 2 ? 3 : pick([2, 3]), m.region);
  const cd = rdate(10, 300);
  const consultC = visit(m, h, v === 2 ? 'general_surgery' : v === 0 ? 'anorectal' : 'vascular_surgery', cd, [v === 0 ? 'K64.401' : v === 1 ? 'I78.102' : 'D24.x02'], 'outpatient');
  L(consultC, '医疗美容咨询', cd, 1);
  let c;
  if (v === 0) { c = surgStay({ prof: 'haem', m, h, admit: add(cd, ri(2, 10)), los: ri(2, 3), dx0: pick(['K64.200', 'K64.300']), px: '49.4600' }); }
  else if (v === 1) { c = surgStay({ prof: 'varicose', m, h, admit: add(cd, ri(2, 10)), los: ri(2, 3), dx0: 'I83.900x004', px: '38.5901' }); }
  else { c = surgStay({ prof: 'thyroid', m, h, admit: add(cd, ri(2, 10)), los: ri(2, 3), dept: 'breast_surgery', dx0: 'D24.x00', px: '85.2100x003', opItem: '乳腺癌改良根治术', exam: [['乳腺彩超', 1]] }); }
  c.opLine.mut = true;
  return { claims: [consultC, c], targets: [c] };
};

// T09 long prescriptions stacked across channels
NAMES.T09 = '长处方叠加多渠道重复取药：12周长处方后数周内又在他院/药店取药';
F.T09 = (i) => {
  const key = ['hbv', 'bph', 'epi', 'pd', 'hypo'][i % 5];
  const m = chrMember(key);
  const h3 = hosp(3, m.region); const h2 = hosp(2, m.region);
  const d1 = rdate(10, 200);
  const c1 = chrVisit(key, m, h3, d1, 84);
  const c2 = chrVisit(key, m, h2, add(d1, ri(14, 35)), pick([56, 84]));
  c2.drugLines.forEach(l => (l.mut = true));
  const claims = [c1, c2];
  if (i % 2 === 0) { const c3 = pharmVisit(key, m, m.region, add(c2.visitDate, ri(7, 20)), 30); c3.drugLines.forEach(l => (l.mut = true)); claims.push(c3); }
  return { claims, targets: claims.slice(1) };
};

// T10 ordinary ward patients billed ICU bed after elective surgery
NAMES.T10 = '床位等级串换：普通病房术后按监护病房床位计费';
F.T10 = (i) => {
  const prof = ['hyst', 'turp', 'thyroid', 'ovary', 'tonsil'][i % 5];
  const m = profMember(prof); const h = hosp(pick([2, 3]), m.region);
  const los = ri(4, 7);
  const k = ri(2, 3);
  const c = surgStay({ prof, m, h, admit: rdate(), los, opDay: 1, bed: (j) => (j >= 1 && j <= k ? '监护病房床位费' : null) });
  c.bedLines.forEach((l, j) => { if (j >= 1 && j <= k) l.mut = true; });
  return { claims: [c], targets: [c] };
};

// T11 outpatient-capable procedures admitted
NAMES.T11 = '低标准入院：门诊可完成的碎石/取管/内镜检查/输液收住院';
F.T11 = (i) => {
  const v = i % 5;
  const m = v === 4 ? member('F', ri(58, 80)) : member(pick(['M', 'F']), ri(30, 75));
  const h = hosp(pick([1, 2, 2, 3]), m.region);
  const a = rdate(); const los = ri(2, 4);
  const c = newClaim(m, h, 'inpatient', ['urology', 'urology', 'gastroenterology', 'gastroenterology', 'endocrinology'][v], { route: 'outpatient' });
  c.admit = a; c.discharge = add(a, los);
  for (let k = 0; k < los; k++) { const d = add(a, k); L(c, '普通病房床位费(三人间)', d, 1); L(c, 'Ⅲ级护理', d, 1); L(c, '住院诊查费', d, 1); }
  for (const t of ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '常规心电图检查']) L(c, t, a, 1);
  const d1 = add(a, 1);
  if (v === 0) { c.dx = ['N20.000']; c.px = [{ code: '98.5101', date: d1 }]; L(c, '体外冲击波碎石', d1, 1); L(c, '泌尿系B超', a, 1); L(c, '盐酸曲马多缓释片', d1, 2); }
  if (v === 1) { c.dx = ['Z46.600x001']; c.px = [{ code: '97.6205', date: d1 }]; L(c, '盐酸利多卡因注射液', d1, 1); L(c, '泌尿系B超', a, 1); L(c, '一次性使用导尿包', d1, 1); }
  if (v === 2) { c.dx = ['K29.500', 'K21.001']; c.px = [{ code: '45.1600x001', date: d1 }]; L(c, '胃镜检查', d1, 1); L(c, '病理检查(常规石蜡切片)', d1, 1); L(c, '奥美拉唑肠溶胶囊', d1, 2 * (los - 1)); }
  if (v === 3) { c.dx = ['Z09.001']; c.px = [{ code: '45.2302', date: d1 }]; L(c, '结肠镜检查', d1, 1); L(c, '复方氯化钠注射液', a, 2); infuse(c, a, 2); }
  if (v === 4) { c.dx = ['M81.000']; L(c, '骨密度测定(双能X线)', a, 1); L(c, '唑来膦酸注射液', d1, 1); L(c, '氯化钠注射液', d1, 1); infuse(c, d1, 1); L(c, '碳酸钙D3片', a, los); }
  return { claims: [c], targets: [c] };
};

// T12 post-discharge dressing visits invented/padded at a township clinic
NAMES.T12 = '出院后虚记术后换药：伤口愈合后基层逐次换药并计高值敷料';
F.T12 = (i) => {
  const prof = ['hernia', 'thyroid', 'varicose', 'hyst', 'ovary'][i % 5];
  const m = profMember(prof); const h = profHosp(prof, m);
  const s = surgStay({ prof, m, h, admit: rdate(10, 250) });
  const t = hosp(1, m.region);
  const claims = [s]; const targets = [];
  let d = add(s.discharge, ri(4, 6));
  const n = ri(6, 9);
  for (let k = 0; k < n; k++) {
    const c = visit(m, t, 'general', d, ['Z48.000x002'], 'outpatient');
    const fake = k > 0;
    L(c, '换药(中)', d, 1, { mut: fake }); L(c, '一次性使用换药包', d, 1, { mut: fake });
    L(c, pick(['银离子抗菌敷料', '泡沫敷料', '藻酸盐敷料']), d, ri(1, 2), { mut: fake });
    claims.push(c); if (fake) targets.push(c);
    d = add(d, ri(2, 4));
  }
  return { claims, targets };
};

// T13 anti-osteoporosis drugs duplicated across institutions
NAMES.T13 = '抗骨质疏松药跨机构重复：唑来膦酸年内重复输注/双膦酸盐叠加';
F.T13 = (i) => {
  const v = i % 3;
  const m = member('F', ri(58, 82), { chronic: ['M81'] });
  const hA = hosp(3, m.region); const hB = hosp(2, m.region);
  const d1 = rdate(10, 150);
  const c1 = visit(m, hA, 'endocrinology', d1, ['M81.000'], 'chronic');
  L(c1, '唑来膦酸注射液', d1, 1); L(c1, '氯化钠注射液', d1, 1); infuse(c1, d1, 1); L(c1, '肾功能(三项)', d1, 1); L(c1, '碳酸钙D3片', d1, 60);
  let c2;
  const d2 = add(d1, ri(60, 150));
  if (v === 0) { c2 = visit(m, hB, 'orthopaedics', d2, ['M81.000'], 'chronic'); L(c2, '唑来膦酸注射液', d2, 1, { mut: true }); L(c2, '氯化钠注射液', d2, 1); infuse(c2, d2, 1); }
  else if (v === 1) { c2 = visit(m, pharm(m.region), 'pharmacy', d2, ['M81.000'], 'pharmacy'); L(c2, '阿仑膦酸钠片', d2, ri(8, 12), { mut: true }); L(c2, '碳酸钙D3片', d2, 30); }
  else { c2 = visit(m, hB, 'orthopaedics', d2, ['M81.000'], 'chronic'); L(c2, '阿仑膦酸钠片', d2, 12, { mut: true, lp: true }); L(c2, '骨化三醇软胶囊', d2, 84, { lp: true }); }
  return { claims: [c1, c2], targets: [c2] };
};

// T14 idle pre-operative days (bed-blocking before elective surgery)
NAMES.T14 = '术前无治疗住院日：择期小手术入院后空等3-6天才手术';
F.T14 = (i) => {
  const prof = ['hernia', 'haem', 'varicose', 'tonsil', 'polyp'][i % 5];
  const m = profMember(prof); const h = hosp(pick([1, 2, 2, 3]), m.region);
  const idle = ri(3, 6);
  const post = prof === 'polyp' ? 1 : ri(2, 3);
  const c = surgStay({ prof, m, h, admit: rdate(), los: idle + 1 + post, opDay: idle + 1 });
  for (let j = 1; j <= idle; j++) { c.bedLines[j].mut = true; c.nurseLines[j].mut = true; }
  return { claims: [c], targets: [c] };
};

// T15 high-value consumables multiplied
NAMES.T15 = '高值耗材数量虚增：单侧补片×2、穿刺器×2、结扎夹/缝线超用';
F.T15 = (i) => {
  const v = i % 5;
  const prof = ['hernia', 'ovary', 'thyroid', 'hyst', 'varicose'][v];
  const m = profMember(prof); const h = profHosp(prof, m);
  const c = surgStay({ prof, m, h, admit: rdate() });
  const bump = { hernia: ['疝修补补片', 2], ovary: ['一次性腹腔镜穿刺器', 2], thyroid: ['止血夹(结扎夹)', ri(8, 10)], hyst: ['一次性腹腔镜穿刺器', 2], varicose: ['可吸收缝线', ri(7, 8)] }[prof];
  const l = c.consLines[bump[0]]; l.qty = bump[1]; l.mut = true;
  if (v === 2 && i % 2) { c.consLines['一次性负压引流器'].qty = 2; c.consLines['一次性负压引流器'].mut = true; }
  return { claims: [c], targets: [c] };
};

// ================= controls =================
NAMES.C01 = '筛查结肠镜发现多发息肉当次切除（多部位病理、止血夹）';
C.C01 = (i) => {
  const m = member(pick(['M', 'F']), ri(50, 74)); const h = hosp(pick([2, 3]), m.region);
  const n = ri(2, 4);
  const c = surgStay({ prof: 'polyp', m, h, admit: rdate(), los: ri(1, 2), dx0: 'K63.504', dxExtra: ['Z12.100'], pathQ: Math.min(n, 2), cons: [['止血夹(结扎夹)', ri(2, 5)]] });
  c.px.push({ code: '45.2501', date: c.opDate });
  return [c];
};
NAMES.C02 = '腹腔镜中转开腹（粘连/出血），麻醉时间长、住院延长';
C.C02 = (i) => {
  const prof = i % 2 ? 'hyst' : 'ovary';
  const m = profMember(prof, { age: ri(38, 55) }); const h = hosp(pick([2, 3]), m.region);
  const los = ri(7, 10);
  const c = surgStay({ prof, m, h, admit: rdate(), los, opDay: 1, gaH: ri(3, 4), dxExtra: ['N73.600'], px: prof === 'hyst' ? '68.4901' : '65.2900', pxExtra: [] });
  c.px.push({ code: '54.2100', date: c.opDate });
  c.px.push({ code: '54.5901', date: c.opDate });
  for (let k = 1; k <= 2; k++) L(c, '盐酸吗啡注射液', add(c.opDate, k - 1), 1);
  for (let k = 3; k < los - 1; k++) L(c, '换药(中)', add(c.opDate, k), 1);
  L(c, '注射用头孢呋辛钠', add(c.opDate, 1), 2);
  return [c];
};
NAMES.C03 = '术后出血再次手术止血（甲状腺/扁桃体/TURP）';
C.C03 = (i) => {
  const prof = ['thyroid', 'tonsil', 'turp'][i % 3];
  const m = profMember(prof); const h = hosp(pick([2, 3]), m.region);
  const los = prof === 'tonsil' ? ri(8, 9) : ri(6, 9);
  const c = surgStay({ prof, m, h, admit: rdate(), los, opDay: 1, dxExtra: ['T81.000x001'] });
  const rd = add(c.opDate, prof === 'tonsil' ? ri(5, los - 3) : 0);
  const code = { thyroid: '06.0201', tonsil: '28.7x01', turp: '60.9400x001' }[prof];
  c.px.push({ code, date: rd });
  const gaD = prof === 'turp' ? add(c.opDate, 1) : rd;
  if (prof === 'turp') c.px[c.px.length - 1].date = gaD;
  L(c, '全身麻醉', gaD, 1); L(c, '丙泊酚中/长链脂肪乳注射液', gaD, 1); L(c, '枸橼酸芬太尼注射液', gaD, 1); L(c, '注射用维库溴铵', gaD, 1); L(c, '一次性气管插管', gaD, 1);
  L(c, '一次性手术衣及铺单包', gaD, 1); L(c, '可吸收缝线', gaD, 2); L(c, '止血夹(结扎夹)', gaD, 2);
  L(c, '氨甲环酸注射液', gaD, 2); L(c, '凝血四项', gaD, 1);
  c.items = c.items.filter(it => !(it.name === '血红蛋白测定' && it.date >= gaD));
  if (!c.items.some(it => it.date === gaD && it.name === '血常规(五分类)')) L(c, '血常规(五分类)', gaD, 1);
  if (!c.items.some(it => it.date === add(gaD, 1) && it.name === '血常规(五分类)')) L(c, '血常规(五分类)', add(gaD, 1), 1);
  L(c, '氨甲环酸注射液', add(gaD, 1), 2); L(c, '注射用头孢呋辛钠', add(gaD, 1), 2); infuse(c, add(gaD, 1), 2);
  return [c];
};
NAMES.C04 = '双侧腹股沟疝一次修补（两张补片）';
C.C04 = (i) => {
  const m = profMember('hernia', { age: ri(50, 80) }); const h = hosp(pick([2, 3]), m.region);
  const lap = i % 2 === 0;
  const c = surgStay({ prof: 'hernia', m, h, admit: rdate(), los: ri(3, 4), dx0: 'K40.200x001', px: lap ? '17.1300x002' : '53.1501', an: lap ? 'GA' : 'spinal', gaH: 2, cons: [['疝修补补片', 2], ['可吸收缝线', 3], ...(lap ? [['一次性腹腔镜穿刺器', 1]] : [])] });
  return [c];
};
NAMES.C05 = '梗阻性感染先置输尿管支架，2-4周后二期输尿管镜碎石，门诊拔管';
C.C05 = (i) => {
  const m = member(pick(['M', 'F']), ri(30, 70)); const h = hosp(pick([2, 3]), m.region);
  const a = rdate(5, 250);
  const s1 = newClaim(m, h, 'inpatient', 'urology', { route: 'emergency' });
  const los1 = ri(4, 6); s1.admit = a; s1.discharge = add(a, los1);
  s1.dx = ['N13.202', 'N10.x02']; s1.px = [{ code: '59.8x03', date: a }];
  for (let k = 0; k < los1; k++) { const d = add(a, k); L(s1, '普通病房床位费(三人间)', d, 1); L(s1, k < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理', d, 1); L(s1, '住院诊查费', d, 1); L(s1, '注射用头孢曲松钠', d, 2); L(s1, '氯化钠注射液', d, 2); infuse(s1, d, 2); }
  for (const t of ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '术前八项(感染筛查)', 'C反应蛋白测定', '降钙素原测定', '细菌培养及药敏', '常规心电图检查', '腹部CT平扫']) L(s1, t, a, 1);
  L(s1, '细菌培养及药敏', a, 1); L(s1, '血常规(五分类)', add(a, 2), 1); L(s1, 'C反应蛋白测定', add(a, 2), 1);
  L(s1, '局部浸润麻醉', a, 1); L(s1, '盐酸利多卡因注射液', a, 1); L(s1, '一次性使用导尿包', a, 1); L(s1, '双腔硅胶导尿管', a, 1);
  const s2 = surgStay({ prof: 'ursl', m, h, admit: add(s1.discharge, ri(14, 28)), los: ri(2, 3), dx0: 'N20.100', dxExtra: ['Z46.600'] });
  s2.px.push({ code: '59.8x03', date: s2.opDate });
  const v = visit(m, h, 'urology', add(s2.discharge, ri(21, 35)), ['Z46.600x001', 'N20.100'], 'outpatient');
  v.px = [{ code: '97.6205', date: v.visitDate }];
  L(v, '盐酸利多卡因注射液', v.visitDate, 1); L(v, '泌尿系B超', v.visitDate, 1); L(v, '尿常规', v.visitDate, 1);
  return [s1, s2, v];
};
NAMES.C06 = '日间手术术后尿潴留/恶心呕吐留院过夜延至2-3天';
C.C06 = (i) => {
  const prof = ['hernia', 'haem', 'polyp'][i % 3];
  const m = profMember(prof, { age: ri(55, 80), sex: prof === 'haem' || prof === 'polyp' ? 'M' : undefined }); const h = hosp(pick([2, 3]), m.region);
  const los = ri(2, 3);
  const ret = i % 2 === 0 && m.gender === 'M';
  const c = surgStay({ prof, m, h, admit: rdate(), los, opDay: 0, dxExtra: [ret ? 'R33.x00' : 'R11.x00'] });
  const d1 = add(c.opDate, 0);
  if (ret) { L(c, '导尿', d1, 1); L(c, '一次性使用导尿包', d1, 1); L(c, '双腔硅胶导尿管', d1, 1); L(c, '泌尿系B超', d1, 1); L(c, '盐酸坦索罗辛缓释胶囊', add(d1, 1), 1); }
  else { L(c, '盐酸甲氧氯普胺注射液', d1, 2); L(c, '肌肉注射', d1, 2); L(c, '盐酸昂丹司琼注射液', add(d1, 1), 1); L(c, '静脉注射', add(d1, 1), 1); L(c, '电解质(四项)', add(d1, 1), 1); L(c, '葡萄糖氯化钠注射液', add(d1, 1), 2); infuse(c, add(d1, 1), 2); }
  return [c];
};
NAMES.C07 = '慢性乙肝服恩替卡韦者择期手术（围术期续服抗病毒、肝功能/乙肝五项复查）';
C.C07 = (i) => {
  const prof = ['polyp', 'hernia', 'thyroid', 'ovary', 'turp'][i % 5];
  const m = profMember(prof, { chronic: ['B18'] }); m.chronic = ['B18']; const h = hosp(pick([2, 3]), m.region);
  const c = surgStay({ prof, m, h, admit: rdate(), dxExtra: ['B18.100'] });
  L(c, '乙肝五项定量', c.admit, 1); L(c, '恩替卡韦分散片', c.admit, c.los);
  if (c.los > 2) L(c, '肝功能(全套)', add(c.opDate, 1), 1);
  return [c];
};
NAMES.C08 = '癫痫/帕金森患者择期手术：围术期续服抗癫痫药/多巴丝肼、术后监护延长';
C.C08 = (i) => {
  const prof = ['hernia', 'thyroid', 'turp', 'varicose', 'hyst'][i % 5];
  const pd = i % 2 === 1;
  const m = profMember(prof, { age: pd ? ri(60, 78) : undefined }); if (PROF[prof].sex) m.gender = PROF[prof].sex;
  m.chronic = [pd ? 'G20' : 'G40'];
  const h = hosp(pick([2, 3]), m.region);
  const c = surgStay({ prof, m, h, admit: rdate(), los: ri(4, 6), opDay: 1, dxExtra: [pd ? 'G20.x00' : 'G40.900'] });
  for (let k = 0; k < c.los; k++) L(c, pd ? '多巴丝肼片' : '左乙拉西坦片', add(c.admit, k), pd ? 3 : 2);
  L(c, '院内会诊', c.admit, 1);
  L(c, '心电监测', add(c.opDate, 1), 12); L(c, '血氧饱和度监测', add(c.opDate, 1), 12);
  if (!pd) L(c, '脑电图', c.admit, 1);
  return [c];
};
NAMES.C09 = '较大肾结石门诊体外冲击波碎石分次进行（间隔10-14天，每次复查B超）';
C.C09 = (i) => {
  const m = member(pick(['M', 'F']), ri(28, 66)); const h = hosp(pick([2, 3]), m.region);
  const n = ri(2, 3); const claims = []; let d = rdate(5, 260);
  for (let k = 0; k < n; k++) {
    const c = visit(m, h, 'urology', d, [k === 0 ? 'N20.000' : 'N20.000', 'N13.201'].slice(0, k === 0 ? 2 : 1), 'outpatient');
    c.px = [{ code: '98.5101', date: d }];
    L(c, '体外冲击波碎石', d, 1); L(c, '泌尿系B超', d, 1); if (k === 0) { L(c, '尿常规', d, 1); L(c, '肾功能(三项)', d, 1); L(c, '凝血四项', d, 1); L(c, '腹部CT平扫', d, 1); }
    L(c, '盐酸坦索罗辛缓释胶囊', d, m.gender === 'M' && m.age >= 40 ? 14 : 0);
    L(c, '双氯芬酸钠缓释片', d, 6);
    claims.push(c); d = add(d, ri(10, 14));
  }
  return claims;
};
NAMES.C10 = '急性尿潴留门诊导尿、拔管试排尿失败后行TURP';
C.C10 = (i) => {
  const m = member('M', ri(62, 86)); const h = hosp(pick([2, 3]), m.region);
  let d = rdate(5, 260); const claims = [];
  const e = visit(m, h, 'urology', d, ['R33.x00', 'N40.x00'], 'outpatient', { consult: 'er' });
  L(e, '导尿', d, 1); L(e, '一次性使用导尿包', d, 1); L(e, '双腔硅胶导尿管', d, 1); L(e, '泌尿系B超', d, 1); L(e, '尿常规', d, 1); L(e, '肾功能(三项)', d, 1); L(e, '前列腺特异性抗原(PSA)测定', d, 1); L(e, '盐酸坦索罗辛缓释胶囊', d, 14);
  claims.push(e);
  d = add(d, ri(7, 10));
  const t = visit(m, h, 'urology', d, ['R33.x00', 'N40.x00'], 'outpatient'); L(t, '导尿', d, 1); L(t, '一次性使用导尿包', d, 1); L(t, '双腔硅胶导尿管', d, 1); L(t, '非那雄胺片', d, 14); L(t, '盐酸坦索罗辛缓释胶囊', d, 14); claims.push(t);
  const s = surgStay({ prof: 'turp', m, h, admit: add(d, ri(7, 14)), dxExtra: ['R33.x00'] });
  claims.push(s);
  return claims;
};
NAMES.C11 = '甲状腺全切术后低钙血症：连日查电解质、补钙及骨化三醇、起始左甲状腺素';
C.C11 = (i) => {
  const m = profMember('thyroid', { sex: pick(['F', 'F', 'M']) }); const h = hosp(pick([2, 3]), m.region);
  const los = ri(5, 7);
  const c = surgStay({ prof: 'thyroid', m, h, admit: rdate(), los, opDay: 1, dx0: 'E04.200x003', dxExtra: ['E89.201'], px: '06.4x00', gaH: 3 });
  for (let k = 1; k < los; k++) { const d = add(c.opDate, k - 1); L(c, '电解质(四项)', d, k === 1 ? 2 : 1); L(c, '碳酸钙D3片', d, 2); L(c, '骨化三醇软胶囊', d, 2); }
  L(c, '左甲状腺素钠片', add(c.opDate, 1), los - 2);
  return [c];
};
NAMES.C12 = '甲状腺结节术中冰冻提示癌，当台扩大为全切（冰冻+石蜡两次病理）';
C.C12 = (i) => {
  const m = profMember('thyroid', { age: ri(25, 60) }); const h = hosp(3, m.region);
  const c = surgStay({ prof: 'thyroid', m, h, admit: rdate(), los: ri(4, 6), opDay: 1, dx0: 'C73.x00', px: '06.4x00', gaH: 3, pathQ: 2, cons: [['止血夹(结扎夹)', 4], ['可吸收缝线', 4], ['一次性负压引流器', 2]] });
  L(c, '左甲状腺素钠片', add(c.opDate, 1), 2 * (c.los - 2));
  return [c];
};
NAMES.C13 = '儿童阻塞性睡眠呼吸暂停扁桃体腺样体切除，术后整夜血氧监测';
C.C13 = (i) => {
  const m = member(pick(['M', 'F']), ri(4, 9), { ins: 'resident' }); const h = hosp(3, m.region);
  const c = surgStay({ prof: 'tonsil', m, h, admit: rdate(), los: ri(3, 4), opDay: 1, dx0: 'J35.300', dxExtra: ['G47.300x001'], px: '28.3x01' });
  const od = c.opDate;
  L(c, '心电监测', od, 16); L(c, '血氧饱和度监测', od, 18); L(c, '无创血压监测', od, 6);
  L(c, '吸氧', od, 8); L(c, '一次性使用吸氧管', od, 1);
  let first = true;
  c.items = c.items.filter(it => { if (it.name !== '双氯芬酸钠缓释片') return true; if (!first) return false; first = false; it.r = row('布洛芬混悬液'); it.name = '布洛芬混悬液'; it.qty = 1; return true; });
  return [c];
};
NAMES.C14 = '房颤口服抗凝者择期手术：停药桥接低分子肝素，凝血多次复查';
C.C14 = (i) => {
  const prof = ['hernia', 'polyp', 'turp', 'varicose'][i % 4];
  const m = profMember(prof, { age: ri(62, 82) }); if (PROF[prof].sex) m.gender = PROF[prof].sex; const h = hosp(pick([2, 3]), m.region);
  const los = ri(5, 7);
  const c = surgStay({ prof, m, h, admit: rdate(), los, opDay: 2, dxExtra: ['I48.100', 'Z92.100'] });
  L(c, '依诺肝素钠注射液', c.admit, 2); L(c, '皮下注射', c.admit, 2);
  for (let k = 1; k < los - 2; k++) { L(c, '依诺肝素钠注射液', add(c.opDate, k), 2); L(c, '皮下注射', add(c.opDate, k), 2); }
  L(c, '凝血四项', c.opDate, 1); L(c, '凝血四项', add(c.opDate, 2), 1); L(c, '利伐沙班片', add(c.admit, los - 1), 14);
  L(c, '心脏彩色多普勒超声', c.admit, 1);
  return [c];
};
NAMES.C15 = '2型糖尿病患者围术期血糖管理：指尖血糖每日多次、胰岛素、糖化血红蛋白';
C.C15 = (i) => {
  const prof = ['hernia', 'haem', 'thyroid', 'turp', 'hyst'][i % 5];
  const m = profMember(prof, { age: ri(50, 75) }); if (PROF[prof].sex) m.gender = PROF[prof].sex; m.chronic = ['E11']; const h = hosp(pick([2, 3]), m.region);
  const los = ri(4, 6);
  const c = surgStay({ prof, m, h, admit: rdate(), los, opDay: 1, dxExtra: ['E11.900'] });
  L(c, '糖化血红蛋白测定', c.admit, 1);
  for (let k = 0; k < los; k++) { const d = add(c.admit, k); L(c, '血糖监测(快速)', d, k === 1 ? 7 : 4); L(c, '血糖试纸', d, k === 1 ? 7 : 4); }
  L(c, '生物合成人胰岛素注射液', c.opDate, 1); L(c, '皮下注射', c.opDate, 3); L(c, '皮下注射', add(c.opDate, 1), 3);
  L(c, '盐酸二甲双胍片', add(c.opDate, 1), 3 * (los - 2));
  return [c];
};
NAMES.C16 = '高龄合并心衰/慢阻肺者术前评估：心脏超声、BNP、肺功能、血气';
C.C16 = (i) => {
  const prof = ['hernia', 'turp', 'haem'][i % 3];
  const m = profMember(prof, { age: ri(78, 90) }); if (PROF[prof].sex) m.gender = PROF[prof].sex; const h = hosp(3, m.region);
  const hf = i % 2 === 0;
  const los = ri(6, 9);
  const c = surgStay({ prof, m, h, admit: rdate(), los, opDay: 2, dxExtra: hf ? ['I50.900x007', 'I10.x00x002'] : ['J44.900x003'] });
  L(c, '心脏彩色多普勒超声', c.admit, 1); L(c, '院内会诊', add(c.admit, 1), 1);
  if (hf) { L(c, 'B型钠尿肽(BNP)测定', c.admit, 1); L(c, 'B型钠尿肽(BNP)测定', add(c.opDate, 2), 1); L(c, '呋塞米片', c.admit, los); L(c, '螺内酯片', c.admit, los); }
  else { L(c, '肺功能检查', add(c.admit, 1), 1); L(c, '血气分析', add(c.admit, 1), 1); L(c, '噻托溴铵粉吸入剂', c.admit, 1); L(c, '雾化吸入', c.opDate, 2); L(c, '吸入用异丙托溴铵溶液', c.opDate, 2); }
  L(c, '心电监测', add(c.opDate, 1), 12); L(c, '血氧饱和度监测', add(c.opDate, 1), 12);
  return [c];
};
NAMES.C17 = '下肢静脉曲张合并溃疡：每日溃疡换药、藻酸盐敷料、分泌物培养、住院7-10天';
C.C17 = (i) => {
  const m = profMember('varicose', { age: ri(55, 80) }); const h = hosp(pick([2, 3]), m.region);
  const los = ri(7, 10);
  const c = surgStay({ prof: 'varicose', m, h, admit: rdate(), los, opDay: 2, dx0: 'I83.200x001', px: '38.5901', pxExtra: [] });
  c.px.push({ code: '86.2201', date: c.opDate });
  L(c, '细菌培养及药敏', c.admit, 1); L(c, 'C反应蛋白测定', c.admit, 1);
  for (let k = 0; k < los; k++) { const d = add(c.admit, k); if (k === 2) continue; if (k !== 4) L(c, '换药(中)', d, 1); L(c, '藻酸盐敷料', d, 1); }
  L(c, '头孢呋辛酯片', c.admit, 2 * 5);
  return [c];
};
NAMES.C18 = '痔出血致缺铁性贫血：术前结肠镜排除肿瘤、补铁、血红蛋白复查';
C.C18 = (i) => {
  const m = profMember('haem', { age: ri(45, 72) }); const h = hosp(pick([2, 3]), m.region);
  const los = ri(6, 8);
  const c = surgStay({ prof: 'haem', m, h, admit: rdate(), los, opDay: 2, dx0: 'K64.200', dxExtra: ['D50.000'] });
  const d1 = add(c.admit, 1);
  L(c, '结肠镜检查', d1, 1); L(c, '大便常规+隐血', c.admit, 1); L(c, '肿瘤标志物(CEA)测定', c.admit, 1);
  c.px.push({ code: '45.2302', date: d1 });
  L(c, '琥珀酸亚铁片', c.admit, 3 * los); L(c, '血红蛋白测定', add(c.opDate, 2), 1); L(c, '血常规(五分类)', add(c.opDate, 1), 1);
  return [c];
};
NAMES.C19 = '卵巢子宫内膜异位囊肿剥除后地屈孕酮3-6个月并季度复查';
C.C19 = (i) => {
  const m = profMember('ovary', { age: ri(24, 40) }); const h = hosp(pick([2, 3]), m.region);
  const s = surgStay({ prof: 'ovary', m, h, admit: rdate(5, 180), dx0: 'N80.100x001' });
  const claims = [s]; let d = add(s.discharge, ri(25, 32));
  for (let k = 0; k < 2; k++) {
    const v = visit(m, h, 'gynaecology', d, ['N80.100x001'], 'outpatient');
    L(v, '地屈孕酮片', d, 2 * 84, { lp: true }); L(v, '妇科B超', d, 1); L(v, '糖类抗原125(CA125)测定', d, 1); if (k === 1) L(v, '肝功能(全套)', d, 1);
    claims.push(v); d = add(d, ri(80, 90));
  }
  return claims;
};
NAMES.C20 = '卵巢囊肿蒂扭转急诊：急诊就诊后当日入院急诊腹腔镜手术';
C.C20 = (i) => {
  const m = member('F', ri(16, 38)); const h = hosp(pick([2, 3]), m.region);
  const d = rdate();
  const e = visit(m, h, 'emergency', d, ['N83.501', 'R10.400'], 'outpatient', { consult: 'er' });
  L(e, '血常规(五分类)', d, 1); L(e, '人绒毛膜促性腺激素(β-HCG)测定', d, 1); L(e, '妇科B超', d, 1); L(e, '尿常规', d, 1);
  const s = surgStay({ prof: 'ovary', m, h, admit: d, los: ri(3, 4), opDay: 0, dx0: 'N83.501', dxExtra: ['N83.201'], route: 'emergency' });
  return [e, s];
};
NAMES.C21 = '甲状腺术后/新诊甲减调药期每6周复查甲功（剂量变化）';
C.C21 = (i) => {
  const m = member(pick(['F', 'F', 'M']), ri(30, 70), { chronic: ['E03', 'E89'] }); const h = hosp(pick([2, 3]), m.region);
  let d = rdate(5, 150); const claims = [];
  const dx = i % 2 ? 'E89.001' : 'E03.900';
  const tabs = [1, 1.5, 2];
  for (let k = 0; k < 3; k++) {
    const v = visit(m, h, 'endocrinology', d, [dx], 'chronic');
    L(v, '甲状腺功能(三项)', d, 1); L(v, '左甲状腺素钠片', d, Math.ceil(tabs[k] * 42));
    claims.push(v); d = add(d, ri(40, 46));
  }
  return claims;
};
NAMES.C22 = '癫痫突破发作加量后提前续药（新剂量、复查脑电图）';
C.C22 = (i) => {
  const m = chrMember('epi'); const h = hosp(3, m.region);
  const d1 = rdate(10, 200);
  const c1 = chrVisit('epi', m, h, d1, 30);
  const d2 = add(d1, ri(9, 16));
  const e = visit(m, h, 'emergency', d2, ['G40.900', 'R56.800'], 'outpatient', { consult: 'er' });
  L(e, '血常规(五分类)', d2, 1); L(e, '电解质(四项)', d2, 1); L(e, '空腹血糖测定', d2, 1); L(e, '头颅CT平扫', d2, 1); L(e, '地西泮片', d2, 2);
  const c2 = visit(m, h, 'neurology', add(d2, ri(1, 3)), ['G40.900'], 'chronic');
  L(c2, '脑电图', c2.visitDate, 1); L(c2, '左乙拉西坦片', c2.visitDate, 4 * 30);
  if (i % 2) L(c2, '丙戊酸钠缓释片', c2.visitDate, 2 * 30);
  return [c1, e, c2];
};
NAMES.C23 = '骨质疏松规范续治：年度唑来膦酸输注后基层续钙剂/骨化三醇（长处方），或特立帕肽按月续药';
C.C23 = (i) => {
  const m = member('F', ri(60, 82), { chronic: ['M81'] }); const h = hosp(pick([2, 3]), m.region);
  const d1 = rdate(5, 40);
  if (i % 2 === 0) {
    // the once-yearly infusion (with renal function and DXA), then 12-week calcium/calcitriol refills at a township centre
    const c1 = visit(m, h, 'endocrinology', d1, ['M81.000'], 'chronic');
    L(c1, '骨密度测定(双能X线)', d1, 1); L(c1, '肾功能(三项)', d1, 1); L(c1, '唑来膦酸注射液', d1, 1); L(c1, '氯化钠注射液', d1, 1); infuse(c1, d1, 1); L(c1, '碳酸钙D3片', d1, 84, { lp: true });
    const c2 = visit(m, hosp(1, m.region), 'general', add(d1, ri(80, 90)), ['M81.000'], 'chronic');
    L(c2, '碳酸钙D3片', c2.visitDate, 84, { lp: true }); L(c2, '骨化三醇软胶囊', c2.visitDate, 84, { lp: true });
    return [c1, c2];
  }
  const c1 = visit(m, h, 'endocrinology', d1, ['M81.000'], 'chronic');
  L(c1, '骨密度测定(双能X线)', d1, 1); L(c1, '腰椎X线摄影', d1, 1); L(c1, '特立帕肽注射液', d1, 1); L(c1, '皮下注射', d1, 1); L(c1, '碳酸钙D3片', d1, 30);
  const c2 = visit(m, h, 'endocrinology', add(d1, ri(28, 31)), ['M81.000'], 'chronic');
  L(c2, '特立帕肽注射液', c2.visitDate, 1); L(c2, '碳酸钙D3片', c2.visitDate, 30); L(c2, '肾功能(三项)', c2.visitDate, 1); L(c2, '电解质(四项)', c2.visitDate, 1);
  return [c1, c2];
};
NAMES.C24 = '乙肝肝硬化每3-6个月肝癌监测（AFP+腹部B超+肝功能）';
C.C24 = (i) => {
  const m = member(pick(['M', 'M', 'F']), ri(42, 70), { chronic: ['B18', 'K74'] }); const h = hosp(pick([2, 3]), m.region);
  let d = rdate(5, 60); const claims = [];
  const n = 3;
  for (let k = 0; k < n; k++) {
    const v = visit(m, h, 'infectious', d, ['K74.600x003', 'B18.100'], 'chronic');
    L(v, '恩替卡韦分散片', d, 84, { lp: true }); L(v, '肝功能(全套)', d, 1); L(v, '甲胎蛋白(AFP)测定', d, 1); L(v, '腹部B超', d, 1); L(v, '血常规(五分类)', d, 1); if (k === 0) L(v, '凝血四项', d, 1);
    claims.push(v); d = add(d, ri(84, 100));
  }
  return claims;
};

// ---------- routine ----------
function routine(i) {
  const v = i % 10;
  if (v < 5) {
    const prof = ['hernia', 'haem', 'polyp', 'turp', 'ursl', 'hyst', 'ovary', 'tonsil', 'thyroid', 'varicose'][(i * 7) % 10];
    const m = profMember(prof); const h = profHosp(prof, m);
    return [surgStay({ prof, m, h, admit: rdate() })];
  }
  const key = ['hbv', 'bph', 'op', 'epi', 'pd', 'hypo'][i % 6];
  if (v === 5) { const m = chrMember(key); return [chrVisit(key, m, hosp(pick([2, 3]), m.region), rdate(), pick([28, 30]), { tests: i % 3 === 0 })]; }
  if (v === 6) { const m = chrMember(key); return [pharmVisit(key, m, m.region, rdate(), 30)]; }
  if (v === 7) { const m = chrMember(key); return [chrVisit(key, m, hosp(1, m.region), rdate(), 28)]; }
  const m = member(pick(['M', 'F']), ri(35, 75)); const h = hosp(pick([2, 3]), m.region); const d = rdate();
  if (v === 8) { const c = visit(m, h, 'gastroenterology', d, ['K29.500'], 'outpatient'); c.px = [{ code: '45.1300x004', date: d }]; L(c, '胃镜检查', d, 1); L(c, '盐酸利多卡因注射液', d, 1); L(c, pick(['雷贝拉唑钠肠溶片', '奥美拉唑肠溶胶囊']), d, 28); return [c]; }
  const c = visit(m, h, 'urology', d, ['N20.000'], 'outpatient'); L(c, '泌尿系B超', d, 1); L(c, '尿常规', d, 1); L(c, '双氯芬酸钠缓释片', d, 6); return [c];
}

// ---------- run ----------
for (let t = 1; t <= 15; t++) {
  const code = 'T' + String(t).padStart(2, '0');
  for (let i = 0; i < N; i++) {
    const r = F[code](i);
    label('fraud', code, NAMES[code], i + 1, r.claims, r.targets, null);
  }
}
for (let t = 1; t <= 24; t++) {
  const code = 'C' + String(t).padStart(2, '0');
  for (let i = 0; i < N; i++) { const cl = C[code](i); label('control', code, NAMES[code], i + 1, cl, cl, null); }
}
for (let i = 0; i < 100; i++) { const cl = routine(i); label('routine', 'R', 'routine', i + 1, cl, cl, null); }

// settle in date order (discharge/visit date), then creation order
for (const c of ALL) { c.settle0 = c.visitType === 'inpatient' ? c.discharge : c.visitDate; }
ALL.sort((a, b) => (a.settle0 < b.settle0 ? -1 : a.settle0 > b.settle0 ? 1 : a.seq - b.seq));
ALL.forEach(finalize);

let groups = {};
if (GROUPS) for (const line of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!line.trim()) continue; const g = JSON.parse(line); groups[g.claimId] = g.grouping && g.grouping.drg; }
const out = [];
for (const c of ALL) { if (c.json.reportedGroup && groups[c.claimId]) c.json.reportedGroup.drg = groups[c.claimId]; out.push(JSON.stringify(c.json)); }
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), out.join('\n') + '\n');
const labels = LABELS.map(l => {
  const mutatedLines = {};
  for (const c of l.targets) if (c.mutIds && c.mutIds.length) mutatedLines[c.claimId] = c.mutIds;
  return { caseId: l.caseId, kind: l.kind, code: l.code, name: l.name, claimIds: l.claims.map(c => c.claimId), targets: l.targets.map(c => c.claimId), mutatedLines };
});
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`claims ${ALL.length}, cases ${labels.length}`);
