// Blind evaluation set 32: specialty self-inspection (自查自纠) problems. Plain Node 20, fixed seed.
'use strict';
const fs = require('fs');
const path = require('path');
const CAT = '/work/wt/base32/rules/catalogue';
const DRG = '/work/shared/chs-drg-1.1';
const OUT = __dirname;
const N_FRAUD = 12, N_CTRL = 12, N_ROUTINE = 100;

// ---------- deterministic RNG ----------
let seed = 32032;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; }
function ri(a, b) { return a + Math.floor(rnd() * (b - a + 1)); }
function pick(arr) { return arr[Math.floor(rnd() * arr.length)]; }
const r2 = (x) => Math.round(x * 100) / 100;

// ---------- catalogue by name ----------
const byName = {};
for (const f of ['drugs', 'services', 'consumables']) {
  for (const row of JSON.parse(fs.readFileSync(path.join(CAT, f + '.json'), 'utf8')).rows) {
    byName[row.name] = row;
  }
}
const DX = JSON.parse(fs.readFileSync(path.join(DRG, 'diagnoses.json'), 'utf8'));
const PX = JSON.parse(fs.readFileSync(path.join(DRG, 'procedures.json'), 'utf8'));
function chkDx(c) { if (!DX[c]) throw new Error('unknown dx ' + c); return c; }
function chkPx(c) { if (!PX[c]) throw new Error('unknown px ' + c); return c; }

// ---------- dates ----------
function addDays(d, n) { const t = new Date(d + 'T00:00:00Z'); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10); }
function dow(d) { return new Date(d + 'T00:00:00Z').getUTCDay(); }
function randDate(m0 = 1, m1 = 11) { return `2025-${String(ri(m0, m1)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`; }

// ---------- hospitals, people ----------
const REGIONS = ['510100', '220100', '230100', '370100', '330100', '440100', '510700', '220200'];
function hospital(level, region) {
  region = region || pick(REGIONS);
  return { region, id: `H${region}${level}${String(ri(1, 6)).padStart(2, '0')}`, level };
}
let personSeq = 0, claimSeq = 0;
function person(ageMin, ageMax, gender, refDate) {
  personSeq++;
  const age = ri(ageMin, ageMax);
  const y = Number((refDate || '2025-06-01').slice(0, 4)) - age - 1;
  const bd = `${y}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  // birth date such that age at refDate is `age` (born between refDate-age-1 and refDate-age)
  let birth = bd;
  const ref = refDate || '2025-06-01';
  const ageAt = (b) => { const [by, bm, bdd] = b.split('-').map(Number); const [ry, rm, rdd] = ref.split('-').map(Number); let a = ry - by; if (rm < bm || (rm === bm && rdd < bdd)) a--; return a; };
  if (ageAt(birth) !== age) birth = `${y + 1}${bd.slice(4)}`;
  if (ageAt(birth) !== age) birth = `${y - 1}${bd.slice(4)}`;
  const g = gender || (rnd() < 0.5 ? 'M' : 'F');
  const employee = age >= 18 && age < 70 && rnd() < 0.6;
  return {
    insuredId: 'B32P' + String(personSeq).padStart(6, '0'), gender: g, birthDate: birth,
    retired: employee && age >= (g === 'M' ? 60 : 55), insuranceType: age >= 18 && (employee || (age >= 60 && rnd() < 0.4)) ? 'employee' : 'resident',
  };
}

// ---------- bill builder ----------
class Bill {
  constructor(level) { this.level = level; this.items = []; }
  add(name, date, qty, extra) {
    const row = byName[name];
    if (!row) throw new Error('no catalogue row ' + name);
    if (!(qty > 0)) return null;
    const code = (row.products && row.products[0]) || row.code;
    const unitPrice = row.priceCap[String(this.level)];
    const line = { lineId: String(this.items.length + 1), code, name: row.name, category: row.category, date, quantity: qty, unitPrice, amount: r2(qty * unitPrice) };
    if (extra) Object.assign(line, extra);
    this.items.push(line);
    return line.lineId;
  }
}

function amounts(items, insuranceType, visitType, level) {
  const total = r2(items.reduce((s, l) => s + l.amount, 0));
  let policy = 0;
  for (const l of items) { const row = byName[l.name]; policy += l.amount * (1 - (row.selfPayShare || 0)); }
  policy = r2(policy);
  // conservative settlement (no region's deductible/ratio is more generous than this)
  const ded = visitType === 'inpatient' ? [0, 800, 1200, 1600][level] : 0;
  const ratio = visitType === 'inpatient' ? 0.5 : visitType === 'chronic' ? 0.5 : 0.3;
  // ordinary outpatient visits stay under the outpatient deductible: nothing claimed from the pooled fund
  const fund = visitType === 'outpatient' ? 0 : r2(Math.max(0, (policy - ded) * ratio));
  return { total, policy, fundClaimed: fund };
}

function makeClaim(o) {
  // o: {hosp, pat, dept, doctorId, visitType, adm, dis, visitDate, dx[], px[], bill, extra}
  claimSeq++;
  const h = o.hosp;
  const claim = {
    claimId: `${h.region}-${h.id}-2025-B32${String(claimSeq).padStart(5, '0')}`,
    region: h.region,
    insuranceType: o.pat.insuranceType,
    visitType: o.visitType,
    patient: { insuredId: o.pat.insuredId, gender: o.pat.gender, birthDate: o.pat.birthDate, retired: o.pat.retired },
    enrollment: {
      enrolledOn: '2025-01-01', inConcentratedPeriod: true, continuousYears: o.pat.years || 8, lapsedYears: 0, backPaidYears: 0,
      zeroClaimLastYear: false, contributionYears: o.pat.insuranceType === 'employee' ? (o.pat.retired ? 32 : 12) : 0, special: null,
    },
    provider: { hospitalId: h.id, level: h.level, department: o.dept, doctorId: o.doctorId || `D${h.id.slice(-3)}${ri(10, 99)}` },
  };
  if (o.chronic) claim.enrollment.chronicDiseases = o.chronic;
  if (o.visitType === 'inpatient') { claim.admissionDate = o.adm; claim.dischargeDate = o.dis; claim.admissionRoute = o.route || 'outpatient'; claim.dischargeMode = o.dmode || 'ordered'; }
  else claim.visitDate = o.visitDate;
  claim.diagnoses = o.dx.map((c, i) => (i === 0 ? { code: chkDx(c), principal: true } : { code: chkDx(c) }));
  claim.procedures = (o.px || []).map(([c, d]) => ({ code: chkPx(c), date: d }));
  if (o.visitType === 'inpatient') claim.reportedGroup = { drg: null, dip: null };
  claim.items = o.bill.items;
  claim.amounts = amounts(claim.items, claim.insuranceType, o.visitType, h.level);
  return claim;
}

// ---------- building blocks ----------
function ward(b, adm, los, opts = {}) {
  // bed, daily consultation, nursing by grade per day
  const grades = opts.grades || []; // array of nursing names by day index
  const bed = opts.bed || '普通病房床位费(三人间)';
  for (let d = 0; d < los; d++) {
    const dt = addDays(adm, d);
    const bedName = (opts.bedByDay && opts.bedByDay[d]) || bed;
    if (bedName) b.add(bedName, dt, 1);
    b.add('住院诊查费', dt, 1);
    const g = grades[d] || opts.grade || 'Ⅱ级护理';
    if (g) b.add(g, dt, 1);
  }
}
function admitLabs(b, d, opts = {}) {
  b.add('血常规(五分类)', d, 1); b.add('尿常规', d, 1); b.add('大便常规+隐血', d, 1);
  b.add('肝功能(全套)', d, 1); b.add('肾功能(三项)', d, 1); b.add('电解质(四项)', d, 1);
  b.add('空腹血糖测定', d, 1); b.add('常规心电图检查', d, 1);
  if (opts.surgery) { b.add('凝血四项', d, 1); b.add('术前八项(感染筛查)', d, 1); b.add('血型鉴定(ABO+Rh)', d, 1); }
  if (opts.cxr !== false) b.add('胸部X线摄影(正侧位)', d, 1);
}
function infusion(b, d, groups, fluids) {
  b.add('静脉输液(第一组)', d, 1);
  if (groups > 1) b.add('静脉输液(每增加一组)', d, groups - 1);
  b.add('一次性使用输液器', d, Math.min(groups, 3));
  b.add('一次性使用输液贴', d, 1);
  for (const [n, q] of fluids || [['氯化钠注射液', groups]]) b.add(n, d, q);
}
function surgery(b, d, op, anaes, hours, opts = {}) {
  const ids = {};
  ids.op = b.add(op, d, 1);
  if (anaes === 'GA') {
    ids.anaes = b.add('全身麻醉', d, hours);
    b.add('丙泊酚中/长链脂肪乳注射液', d, 2); b.add('枸橼酸芬太尼注射液', d, 2); b.add('注射用维库溴铵', d, 1);
    b.add('一次性气管插管', d, 1);
  } else if (anaes === 'spinal') {
    ids.anaes = b.add('椎管内麻醉', d, 1); b.add('一次性使用麻醉穿刺包', d, 1); b.add('盐酸罗哌卡因注射液', d, 1);
  } else {
    ids.anaes = b.add('局部浸润麻醉', d, 1); b.add('盐酸利多卡因注射液', d, 2);
  }
  b.add('一次性手术衣及铺单包', d, 1);
  if (!opts.noCautery) b.add('一次性电刀笔', d, 1);
  b.add('可吸收缝线', d, opts.sutures || 2);
  b.add('医用脱脂纱布', d, 2);
  return ids;
}
function postOp(b, d0, days, opts = {}) {
  const abx = opts.abx || '注射用头孢呋辛钠';
  for (let k = 0; k < days; k++) {
    const d = addDays(d0, k);
    if (k < (opts.abxDays || 2)) b.add(abx, d, opts.abxQty || 2);
    if (k < (opts.ivDays || 3)) infusion(b, d, 2, [['氯化钠注射液', 1], ['葡萄糖氯化钠注射液', 1]]);
    if (k >= 1 && k % 2 === 1) { b.add(opts.dressing || '换药(小)', d, 1); b.add('一次性使用换药包', d, 1); }
  }
}
function monitor(b, d, hours) { b.add('心电监测', d, hours); b.add('血氧饱和度监测', d, hours); b.add('心电电极片', d, 5); }

// ---------- typical stays (also used for routine) ----------
// Each returns {claim, b, ctx}. ctx has adm, dis, opDay etc.
function stayAppendix(o = {}) {
  const h = o.hosp || hospital(pick([2, 3])); const adm = o.adm || randDate();
  const los = o.los || ri(4, 6); const dis = addDays(adm, los); const op = addDays(adm, 0);
  const pat = o.pat || person(16, 60, null, adm);
  const b = new Bill(h.level);
  const lap = o.lap !== undefined ? o.lap : rnd() < 0.7;
  const grades = ['Ⅰ级护理', 'Ⅰ级护理'];
  ward(b, adm, los, { grades });
  admitLabs(b, adm, { surgery: true }); b.add('C反应蛋白测定', adm, 1); b.add('腹部B超', adm, 1);
  const ids = surgery(b, op, lap ? '腹腔镜下阑尾切除术' : '阑尾切除术', 'GA', lap ? 2 : 2);
  if (lap) { b.add('一次性腹腔镜穿刺器', op, 1); b.add('止血夹(结扎夹)', op, 2); }
  b.add('甲硝唑氯化钠注射液', op, 2);
  postOp(b, op, los, { abxDays: 3, abx: '注射用头孢呋辛钠' });
  for (let k = 1; k < 3; k++) b.add('甲硝唑氯化钠注射液', addDays(op, k), 2);
  b.add('血常规(五分类)', addDays(adm, 2), 1);
  return { b, h, pat, adm, dis, op, ids, los, o: { dept: 'general_surgery', dx: ['K35.800x001'], px: [[lap ? '47.0100' : '47.0900', op]] } };
}
function finish(s, extra = {}) {
  return makeClaim(Object.assign({ hosp: s.h, pat: s.pat, visitType: 'inpatient', adm: s.adm, dis: s.dis, bill: s.b, dept: s.o.dept, dx: s.o.dx, px: s.o.px }, extra));
}
function stayChole(o = {}) {
  const h = o.hosp || hospital(pick([2, 3])); const adm = o.adm || randDate();
  const los = o.los || ri(4, 7); const dis = addDays(adm, los); const op = addDays(adm, 1);
  const pat = o.pat || person(30, 75, null, adm);
  const b = new Bill(h.level);
  ward(b, adm, los, { grades: ['Ⅱ级护理', 'Ⅰ级护理', 'Ⅰ级护理'] });
  admitLabs(b, adm, { surgery: true }); b.add('腹部B超', adm, 1);
  const ids = surgery(b, op, '腹腔镜下胆囊切除术', 'GA', ri(2, 3));
  b.add('一次性腹腔镜穿刺器', op, 1); b.add('止血夹(结扎夹)', op, ri(3, 5)); b.add('一次性使用引流袋', op, 1);
  postOp(b, op, los - 1, { abxDays: 2 });
  b.add('肝功能(全套)', addDays(op, 1), 1);
  return { b, h, pat, adm, dis, op, ids, los, o: { dept: 'general_surgery', dx: ['K80.101'], px: [['51.2300', op]] } };
}
function stayHernia(o = {}) {
  const h = o.hosp || hospital(pick([1, 2, 3])); const adm = o.adm || randDate();
  const los = o.los || ri(3, 5); const dis = addDays(adm, los); const op = addDays(adm, 1);
  const pat = o.pat || person(35, 80, 'M', adm);
  const b = new Bill(h.level);
  ward(b, adm, los, { grades: ['Ⅱ级护理', 'Ⅰ级护理'] });
  admitLabs(b, adm, { surgery: true });
  const ids = surgery(b, op, '腹股沟疝修补术', 'spinal', 1);
  b.add('疝修补补片', op, 1);
  postOp(b, op, los - 1, { abxDays: 1, ivDays: 2 });
  return { b, h, pat, adm, dis, op, ids, los, o: { dept: 'general_surgery', dx: ['K40.900x003'], px: [['53.0000', op]] } };
}
function stayThyroid(o = {}) {
  const h = o.hosp || hospital(pick([2, 3])); const adm = o.adm || randDate();
  const los = o.los || ri(4, 6); const dis = addDays(adm, los); const op = addDays(adm, 1);
  const pat = o.pat || person(25, 65, pick(['F', 'F', 'M']), adm);
  const b = new Bill(h.level);
  ward(b, adm, los, { grades: ['Ⅱ级护理', 'Ⅰ级护理', 'Ⅰ级护理'] });
  admitLabs(b, adm, { surgery: true }); b.add('甲状腺功能(三项)', adm, 1); b.add('甲状腺彩超', adm, 1);
  const ids = surgery(b, op, '甲状腺腺叶切除术', 'GA', 2);
  b.add('一次性负压引流器', op, 1); b.add('病理检查(常规石蜡切片)', op, 1);
  postOp(b, op, los - 1, { abxDays: 1 });
  return { b, h, pat, adm, dis, op, ids, los, o: { dept: 'general_surgery', dx: ['E04.101'], px: [['06.2x00', op]] } };
}
function stayVaricose(o = {}) {
  const h = o.hosp || hospital(pick([1, 2, 3])); const adm = o.adm || randDate();
  const los = o.los || ri(4, 6); const dis = addDays(adm, los); const op = addDays(adm, 1);
  const pat = o.pat || person(40, 70, null, adm);
  const b = new Bill(h.level);
  ward(b, adm, los, { grades: ['Ⅱ级护理', 'Ⅰ级护理'] });
  admitLabs(b, adm, { surgery: true }); b.add('下肢血管彩色多普勒超声', adm, 1);
  const ids = surgery(b, op, '大隐静脉高位结扎+剥脱术', 'spinal', 1);
  b.add('医用弹力绷带', op, 2);
  postOp(b, op, los - 1, { abxDays: 1, ivDays: 2 });
  return { b, h, pat, adm, dis, op, ids, los, o: { dept: 'vascular_surgery', dx: ['I83.900x004'], px: [['38.5901', op]] } };
}
function stayHip(o = {}) {
  const h = o.hosp || hospital(3); const adm = o.adm || randDate();
  const los = o.los || ri(9, 13); const dis = addDays(adm, los); const op = addDays(adm, 2);
  const pat = o.pat || person(60, 82, null, adm);
  const b = new Bill(h.level);
  ward(b, adm, los, { grades: ['Ⅱ级护理', 'Ⅱ级护理', 'Ⅰ级护理', 'Ⅰ级护理', 'Ⅰ级护理'] });
  admitLabs(b, adm, { surgery: true }); b.add('四肢X线摄影', adm, 1); b.add('D-二聚体测定', adm, 1); b.add('下肢血管彩色多普勒超声', adm, 1);
  const ids = surgery(b, op, o.femoralHead ? '人工股骨头置换术' : '人工全髋关节置换术', o.anaes || 'spinal', o.hours || 3, { sutures: 3 });
  b.add(o.femoralHead ? '人工股骨头假体' : '髋关节假体(全髋)', op, 1); b.add('一次性负压引流器', op, 1); b.add('氨甲环酸注射液', op, 2);
  postOp(b, op, los - 2, { abxDays: 2, ivDays: 3, dressing: '换药(中)' });
  for (let k = 1; k <= Math.min(10, los - 3); k++) b.add('低分子量肝素钙注射液', addDays(op, k), 1);
  b.add('血常规(五分类)', addDays(op, 1), 1); b.add('四肢X线摄影', addDays(op, 2), 1);
  const fx = o.fracture;
  return { b, h, pat, adm, dis, op, ids, los, o: { dept: 'orthopaedics', dx: [fx ? 'S72.000' : 'M16.101'], px: [[o.femoralHead ? '81.5201' : '81.5100', op]] } };
}
function stayKnee(o = {}) {
  const h = o.hosp || hospital(3); const adm = o.adm || randDate();
  const los = o.los || ri(8, 12); const dis = addDays(adm, los); const op = addDays(adm, 2);
  const pat = o.pat || person(58, 80, pick(['F', 'F', 'M']), adm);
  const b = new Bill(h.level);
  ward(b, adm, los, { grades: ['Ⅱ级护理', 'Ⅱ级护理', 'Ⅰ级护理', 'Ⅰ级护理', 'Ⅰ级护理'] });
  admitLabs(b, adm, { surgery: true }); b.add('四肢X线摄影', adm, 1); b.add('膝关节MRI平扫', adm, 1); b.add('下肢血管彩色多普勒超声', adm, 1);
  const ids = surgery(b, op, '人工全膝关节置换术', o.anaes || 'GA', o.hours || 3, { sutures: 3 });
  b.add('膝关节假体(全膝)', op, 1); b.add('一次性负压引流器', op, 1); b.add('氨甲环酸注射液', op, 2);
  postOp(b, op, los - 2, { abxDays: 2, ivDays: 3, dressing: '换药(中)' });
  for (let k = 1; k <= Math.min(10, los - 3); k++) b.add('低分子量肝素钙注射液', addDays(op, k), 1);
  return { b, h, pat, adm, dis, op, ids, los, o: { dept: 'orthopaedics', dx: ['M17.101'], px: [['81.5400', op]] } };
}
function stayDisc(o = {}) {
  const h = o.hosp || hospital(pick([2, 3])); const adm = o.adm || randDate();
  const los = o.los || ri(8, 11); const dis = addDays(adm, los); const op = addDays(adm, 2);
  const pat = o.pat || person(30, 65, null, adm);
  const b = new Bill(h.level);
  ward(b, adm, los, { grades: ['Ⅱ级护理', 'Ⅱ级护理', 'Ⅰ级护理', 'Ⅰ级护理'] });
  admitLabs(b, adm, { surgery: true }); b.add('腰椎X线摄影', adm, 1); b.add('腰椎MRI平扫', adm, 1);
  const ids = surgery(b, op, '腰椎间盘切除术', 'GA', 3, { sutures: 3 });
  b.add('一次性负压引流器', op, 1); b.add('注射用甲泼尼龙琥珀酸钠', op, 1);
  postOp(b, op, los - 2, { abxDays: 2, ivDays: 3, dressing: '换药(中)' });
  return { b, h, pat, adm, dis, op, ids, los, o: { dept: 'orthopaedics', dx: ['M51.202'], px: [['80.5100x013', op]] } };
}
function stayORIF(o = {}) {
  const h = o.hosp || hospital(pick([2, 3])); const adm = o.adm || randDate();
  const los = o.los || ri(8, 12); const dis = addDays(adm, los); const op = addDays(adm, ri(1, 3));
  const pat = o.pat || person(20, 70, null, adm);
  const site = o.site || pick(['femur', 'tibia', 'radius']);
  const dx = { femur: 'S72.300', tibia: 'S82.202', radius: 'S52.500x001' }[site];
  const pxc = { femur: '79.3500x016', tibia: '79.3600x013', radius: '79.3200x011' }[site];
  const b = new Bill(h.level);
  ward(b, adm, los, { grades: ['Ⅰ级护理', 'Ⅰ级护理', 'Ⅰ级护理', 'Ⅰ级护理'] });
  admitLabs(b, adm, { surgery: true }); b.add('四肢X线摄影', adm, 2);
  const ids = surgery(b, op, '骨折切开复位内固定术', site === 'radius' ? 'GA' : 'spinal', 2, { sutures: 3 });
  if (site === 'radius') {/* GA */}
  b.add('接骨板', op, 1); b.add('骨科螺钉', op, site === 'radius' ? 6 : 8);
  const off = Math.round((new Date(op) - new Date(adm)) / 86400000);
  postOp(b, op, los - off, { abxDays: 2, ivDays: 3, dressing: '换药(中)' });
  b.add('四肢X线摄影', addDays(op, 1), 1);
  return { b, h, pat, adm, dis, op, ids, los, site, o: { dept: 'orthopaedics', dx: [dx], px: [[pxc, op]] } };
}
function stayMedical(o) {
  // generic medical stay: o.dx, o.dept, o.los, o.drugs: [[name, perDay, days]], o.grade, o.extraDay1 []
  const h = o.hosp || hospital(o.level || pick([1, 2, 3])); const adm = o.adm || randDate();
  const los = o.los; const dis = addDays(adm, los);
  const pat = o.pat || person(o.ageMin || 40, o.ageMax || 80, o.gender || null, adm);
  const b = new Bill(h.level);
  ward(b, adm, los, { grade: o.grade || 'Ⅱ级护理', grades: o.grades, bed: o.bed });
  admitLabs(b, adm, { cxr: o.cxr });
  for (const n of o.extraDay1 || []) b.add(n, adm, 1);
  const ivDays = o.ivDays === undefined ? Math.min(los, 7) : o.ivDays;
  for (let k = 0; k < ivDays; k++) infusion(b, addDays(adm, k), o.groups || 2, o.fluids);
  for (const [n, q, days, start] of o.drugs || []) for (let k = start || 0; k < Math.min(los, (start || 0) + days); k++) b.add(n, addDays(adm, k), q);
  return { b, h, pat, adm, dis, los, o: { dept: o.dept, dx: o.dx, px: o.px || [] } };
}
function pneumonia(o = {}) {
  return stayMedical(Object.assign({ dept: 'respiratory', dx: ['J18.900'], los: ri(6, 9), extraDay1: ['C反应蛋白测定', '胸部CT平扫', '细菌培养及药敏'],
    drugs: [['注射用头孢曲松钠', 2, 7], ['盐酸氨溴索注射液', 2, 6], ['吸入用布地奈德混悬液', 2, 5]], groups: 2 }, o));
}
function gastritis(o = {}) {
  const st = stayMedical(Object.assign({ dept: 'gastroenterology', dx: ['K25.000'], los: ri(5, 7), extraDay1: ['腹部B超', '胃镜检查', '凝血四项', '血型鉴定(ABO+Rh)'],
    drugs: [['注射用泮托拉唑钠', 2, 5], ['铝碳酸镁咀嚼片', 6, 7, 3], ['血红蛋白测定', 1, 3, 1]], groups: 2, ageMin: 30, ageMax: 70, grades: ['Ⅰ级护理', 'Ⅰ级护理'] }, o));
  st.o.px = [['44.1300x001', st.adm]];
  return st;
}
function copd(o = {}) {
  return stayMedical(Object.assign({ dept: 'respiratory', dx: ['J44.100'], los: ri(7, 10), extraDay1: ['C反应蛋白测定', '胸部CT平扫', '血气分析', '肺功能检查'],
    drugs: [['注射用哌拉西林钠他唑巴坦钠', 3, 7], ['多索茶碱注射液', 2, 6], ['吸入用布地奈德混悬液', 2, 7], ['吸入用异丙托溴铵溶液', 3, 7]], groups: 3, ageMin: 60, ageMax: 85, level: pick([2, 3]) }, o));
}
function stroke(o = {}) {
  return stayMedical(Object.assign({ dept: 'neurology', dx: ['I63.900', 'I10.x00x002'], los: ri(10, 14), extraDay1: ['头颅CT平扫', '头颅MRI平扫', '颈部血管彩色多普勒超声', '血脂(四项)', '凝血四项'],
    drugs: [['阿司匹林肠溶片', 1, 14], ['硫酸氢氯吡格雷片', 1, 14], ['阿托伐他汀钙片', 1, 14], ['胞磷胆碱钠注射液', 2, 10]], groups: 2, ageMin: 55, ageMax: 85, level: pick([2, 3]), grades: ['Ⅰ级护理', 'Ⅰ级护理', 'Ⅰ级护理'] }, o));
}
function outpatient(o) {
  // o: hosp, pat, dept, dx, date, lines: [[name, qty, extra]]
  const h = o.hosp || hospital(o.level || pick([1, 2, 3]));
  const date = o.date || randDate();
  const pat = o.pat || person(o.ageMin || 18, o.ageMax || 75, o.gender || null, date);
  const b = new Bill(h.level);
  const reg = o.reg || (h.level === 1 ? '一般诊疗费' : pick(['普通门诊诊察费', '副主任医师门诊诊察费']));
  b.add(reg, date, 1);
  const ids = [];
  for (const [n, q, ex] of o.lines) ids.push(b.add(n, date, q, ex));
  return { b, h, pat, date, ids, o };
}
function finishOut(s, extra = {}) {
  return makeClaim(Object.assign({ hosp: s.h, pat: s.pat, visitType: s.o.visitType || 'outpatient', visitDate: s.date, bill: s.b, dept: s.o.dept, dx: s.o.dx, px: s.o.px || [], chronic: s.o.chronic }, extra));
}

// ---------- cases ----------
const claims = []; const labels = [];
function addCase(kind, code, name, cls, targets, mutated) {
  const idx = labels.filter((l) => l.code === code).length + 1;
  const caseId = `${code}-${String(idx).padStart(2, '0')}`;
  for (const c of cls) claims.push(c);
  labels.push({ caseId, kind, code, name, claimIds: cls.map((c) => c.claimId), targets: targets || cls.map((c) => c.claimId), mutatedLines: mutated || {} });
}
function mut(claim, ids) { return { [claim.claimId]: ids.filter(Boolean) }; }

const T = {};
// T01 麻醉: monitoring billed separately during general anaesthesia (术中监测 included in 全身麻醉), or 局部浸润麻醉 on top of GA
T['T01'] = ['麻醉：全麻术中监测另行收费/全麻叠加局麻', (i) => {
  const s = [stayChole, stayThyroid, stayKnee, stayDisc, stayAppendix, stayChole][i % 6]({ anaes: 'GA' });
  const hrs = s.b.items.find((l) => l.name === '全身麻醉').quantity;
  const ids = [];
  if (i % 3 !== 2) { ids.push(s.b.add('心电监测', s.op, hrs + 1)); ids.push(s.b.add('血氧饱和度监测', s.op, hrs + 1)); }
  if (i % 3 !== 0) ids.push(s.b.add('无创血压监测', s.op, (hrs + 1) * 4));
  if (i % 3 === 2 || i % 4 === 1) { ids.push(s.b.add('局部浸润麻醉', s.op, 1)); }
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T02 骨科: a second operation line billed that is a component of / alternative to the coded operation
T['T02'] = ['骨科：主手术之外重复收取关联手术项目', (i) => {
  const k = i % 4; let s, ids = [];
  if (k === 0) { s = stayHip({}); ids.push(s.b.add('人工股骨头置换术', s.op, 1)); }
  else if (k === 1) { s = stayKnee({}); ids.push(s.b.add('骨折切开复位内固定术', s.op, 1)); }
  else if (k === 2) { s = stayDisc({}); ids.push(s.b.add('骨折切开复位内固定术', s.op, 1)); }
  else { s = stayHip({ femoralHead: true, fracture: true }); ids.push(s.b.add('骨折切开复位内固定术', s.op, 1)); }
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T03 血液净化: injection / monitoring items billed on top of a haemodialysis session (included in the session)
function hdSession(pat, h, date, o = {}) {
  const b = new Bill(h.level);
  b.add('门诊慢特病管理诊查费', date, 1);
  b.add('血液透析', date, 1); b.add('透析器', date, 1); b.add('一次性使用血液透析管路', date, 1);
  b.add('低分子量肝素钙注射液', date, 1);
  if (o.epo) b.add('重组人促红素注射液', date, 1);
  if (o.labs) { b.add('血常规(五分类)', date, 1); b.add('肾功能(三项)', date, 1); b.add('电解质(四项)', date, 1); }
  return { b, h, pat, date, o: { dept: 'nephrology', dx: ['N18.500'], visitType: 'chronic', chronic: ['N18'], px: [['39.9500', date]] } };
}
T['T03'] = ['血液净化：透析中给药/监测另收静脉注射、心电监测等费用', (i) => {
  const h = hospital(pick([2, 3])); const d0 = randDate(2, 11); const pat = person(35, 80, null, d0);
  const out = [], mm = {};
  for (let k = 0; k < 2; k++) {
    const s = hdSession(pat, h, addDays(d0, k * 2 + (k ? 1 : 0)), { epo: true, labs: k === 0 });
    const ids = [];
    if (i % 3 !== 1) ids.push(s.b.add('静脉注射', s.date, 2));
    if (i % 3 !== 2) { ids.push(s.b.add('心电监测', s.date, 4)); ids.push(s.b.add('心电电极片', s.date, 5)); }
    if (i % 3 !== 0) ids.push(s.b.add('血氧饱和度监测', s.date, 4));
    if (i % 4 === 3) ids.push(s.b.add('静脉输液(第一组)', s.date, 1));
    const c = finishOut(s); out.push(c); mm[c.claimId] = ids;
  }
  return [out, null, mm];
}];
// T04 康复: rehabilitation items for patients without any functional impairment coded
T['T04'] = ['康复：无功能障碍诊断的住院患者收取康复评定、运动疗法、针灸', (i) => {
  const s = [pneumonia, gastritis, (o) => stayMedical({ dept: 'cardiology', dx: ['I10.x00x002'], los: ri(6, 9), extraDay1: ['心脏彩色多普勒超声', '动态血压监测(24小时)'], drugs: [['苯磺酸氨氯地平片', 1, 9], ['缬沙坦胶囊', 1, 9]], ivDays: 0, level: 1, ageMin: 45, ageMax: 70 }),
    (o) => stayMedical({ dept: 'endocrinology', dx: ['E11.900'], los: ri(7, 10), extraDay1: ['糖化血红蛋白测定', '血脂(四项)'], drugs: [['盐酸二甲双胍片', 3, 10], ['精蛋白生物合成人胰岛素注射液', 0.15, 10]], ivDays: 0, level: 1, ageMin: 40, ageMax: 68 })][i % 4]({ level: pick([1, 2]) });
  const ids = [];
  ids.push(s.b.add('康复评定', addDays(s.adm, 1), 1));
  const n = s.los - 2;
  for (let k = 1; k <= n; k++) {
    const d = addDays(s.adm, k);
    ids.push(s.b.add(i % 2 ? '运动疗法' : '推拿治疗', d, 1));
    if (i % 3 !== 1) ids.push(s.b.add('针灸', d, 1));
  }
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T05 临床检验: tumour markers / unrelated panels billed routinely at admission without indication
T['T05'] = ['临床检验：入院"套餐式"检验，肿瘤标志物等无指征项目', (i) => {
  const s = [stayAppendix, stayHernia, stayVaricose, stayChole, (o) => pneumonia(o), stayORIF][i % 6]({});
  const d = s.adm; const ids = [];
  const menu = ['肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定', '糖类抗原19-9(CA19-9)测定', '甲状腺功能(三项)', 'B型钠尿肽(BNP)测定', '降钙素原测定', '乙肝五项定量', 'D-二聚体测定'];
  const n = 3 + (i % 4);
  for (let k = 0; k < n; k++) ids.push(s.b.add(menu[(i + k) % menu.length], d, 1));
  if (s.pat.gender === 'F') ids.push(s.b.add('糖类抗原125(CA125)测定', d, 1));
  else if (Number(d.slice(0, 4)) - Number(s.pat.birthDate.slice(0, 4)) > 41) ids.push(s.b.add('前列腺特异性抗原(PSA)测定', d, 1));
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T06 医学影像: one scan billed as several (extra part or quantity)
T['T06'] = ['医学影像：一次扫描按多部位/多次收费', (i) => {
  const k = i % 4; let c, ids = [];
  if (k === 0) { // gallstone outpatient: abdominal CT plus chest CT billed for the same scan
    const s = outpatient({ dept: 'general_surgery', dx: ['K80.101'], level: pick([2, 3]), lines: [['腹部B超', 1], ['腹部CT平扫', 1], ['血常规(五分类)', 1], ['肝功能(全套)', 1]] });
    ids.push(s.b.add('胸部CT平扫', s.date, 1)); s.o.dx = ['K80.101']; c = finishOut(s);
  } else if (k === 1) { // headache: head CT qty 2
    const s = outpatient({ dept: 'neurology', dx: ['R51.x00'], level: pick([2, 3]), lines: [['头颅CT平扫', 2]] });
    ids.push(s.ids[0]); c = finishOut(s);
  } else if (k === 2) { // lumbar disc outpatient: lumbar MRI + lumbar X-ray + MRI qty 2
    const s = outpatient({ dept: 'orthopaedics', dx: ['M51.202'], level: 3, lines: [['腰椎MRI平扫', 2], ['塞来昔布胶囊', 14]] });
    ids.push(s.ids[0]); c = finishOut(s);
  } else { // pneumonia stay: chest CT billed twice on day 1 (two lines)
    const s = pneumonia({});
    ids.push(s.b.add('胸部CT平扫', s.adm, 1)); ids.push(s.b.add('腹部CT平扫', s.adm, 1)); c = finish(s);
  }
  return [[c], null, mut(c, ids)];
}];
// T07 心血管内科: diagnostic angiography / PTCA billed separately on the same day as stent placement
function stayPCI(o = {}) {
  const h = o.hosp || hospital(3); const adm = o.adm || randDate();
  const los = o.los || ri(5, 8); const dis = addDays(adm, los); const op = addDays(adm, o.opDay || 1);
  const pat = o.pat || person(45, 80, null, adm);
  const dx = o.dx || pick([['I21.001', 'I10.x00x002'], ['I20.000', 'E11.900'], ['I25.103', 'I10.x00x002']]);
  const b = new Bill(h.level);
  const icuDays = dx[0] === 'I21.001' ? 3 : 1;
  const bedByDay = {}; const grades = [];
  for (let d = 0; d < los; d++) { if (d < icuDays) { bedByDay[d] = '监护病房床位费'; grades[d] = 'Ⅰ级护理'; } }
  ward(b, adm, los, { bedByDay, grades });
  admitLabs(b, adm, { surgery: true }); b.add('心肌酶谱', adm, 1); b.add('肌钙蛋白I测定', adm, 2); b.add('心脏彩色多普勒超声', adm, 1); b.add('血脂(四项)', adm, 1);
  if (dx.includes('E11.900')) b.add('糖化血红蛋白测定', adm, 1);
  for (let d = 0; d < icuDays; d++) { monitor(b, addDays(adm, d), 24); b.add('无创血压监测', addDays(adm, d), 12); }
  const nst = o.stents || ri(1, 2);
  const ids = {};
  ids.stent = b.add('经皮冠状动脉支架置入术', op, 1);
  b.add('局部浸润麻醉', op, 1); b.add('盐酸利多卡因注射液', op, 1);
  b.add('血管鞘组', op, 1); b.add('冠脉造影导管', op, 2); b.add('导引导丝', op, Math.min(3, nst + 1));
  b.add('冠状动脉球囊扩张导管', op, Math.min(3, nst)); b.add('冠状动脉药物洗脱支架', op, nst);
  for (let k = 0; k < los; k++) { const d = addDays(adm, k); b.add('阿司匹林肠溶片', d, 1); b.add('替格瑞洛片', d, 2); b.add('阿托伐他汀钙片', d, 1); b.add('酒石酸美托洛尔片', d, 2); }
  for (let k = 0; k < Math.min(5, los); k++) b.add('依诺肝素钠注射液', addDays(adm, k), 2);
  return { b, h, pat, adm, dis, op, ids, los, o: { dept: 'cardiology', dx, px: [['36.0700', op], ['88.5600', op]] } };
}
T['T07'] = ['心血管内科：支架置入术同日另收冠状动脉造影术/PTCA', (i) => {
  const s = stayPCI({ level: 3 }); const ids = [];
  if (i % 3 !== 2) ids.push(s.b.add('冠状动脉造影术', s.op, 1));
  if (i % 3 !== 0) ids.push(s.b.add('经皮冠状动脉腔内成形术(PTCA)', s.op, 1));
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T08 肿瘤: radiotherapy fractions billed on weekend days / twice a day (plan is once daily Mon–Fri)
function stayRT(o = {}) {
  const h = o.hosp || hospital(3); const adm = o.adm || randDate(1, 10);
  const los = o.los || ri(18, 26); const dis = addDays(adm, los);
  const ca = o.ca || pick(['C34.900x001', 'C50.900', 'C20.x00', 'C16.900']);
  const pat = o.pat || person(40, 78, ca === 'C50.900' ? 'F' : null, adm);
  const b = new Bill(h.level);
  ward(b, adm, los, {});
  admitLabs(b, adm, {}); b.add('肿瘤标志物(CEA)测定', adm, 1); b.add('胸部CT平扫', adm, 1);
  const ids = [];
  const rtDays = [];
  for (let k = 1; k < los; k++) { const d = addDays(adm, k); if (dow(d) !== 0 && dow(d) !== 6) { rtDays.push(d); b.add('放射治疗(调强)', d, 1); } }
  for (let k = 7; k < los; k += 7) b.add('血常规(五分类)', addDays(adm, k), 1);
  for (let k = 0; k < los; k += 2) b.add('复合维生素B片', addDays(adm, k), 6);
  return { b, h, pat, adm, dis, los, rtDays, o: { dept: 'oncology', dx: [o.dx0 || 'Z51.000x003', ca], px: [['92.2400x003', rtDays[0]]] } };
}
T['T08'] = ['肿瘤：放疗按周末/每日两次虚记分次', (i) => {
  const s = stayRT({}); const ids = [];
  if (i % 2 === 0) { for (let k = 1; k < s.los; k++) { const d = addDays(s.adm, k); if (dow(d) === 0 || dow(d) === 6) ids.push(s.b.add('放射治疗(调强)', d, 1)); } }
  else { const n = 2 + (i % 5); for (let k = 0; k < n; k++) ids.push(s.b.add('放射治疗(调强)', s.rtDays[k * 2 + 1], 1)); }
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T09 眼科: eye drops prescribed far beyond the course (10+ bottles) without a long-prescription mark
T['T09'] = ['眼科：滴眼液超量开药（非长处方）', (i) => {
  const k = i % 4; const lvl = pick([1, 2, 3]);
  const cfg = [
    { dx: ['H04.103'], lines: [['裂隙灯检查', 1], ['玻璃酸钠滴眼液', ri(8, 15)]] },
    { dx: ['H40.900'], lines: [['裂隙灯检查', 1], ['眼底检查', 1], ['马来酸噻吗洛尔滴眼液', ri(10, 18)]] },
    { dx: ['H10.900'], lines: [['裂隙灯检查', 1], ['左氧氟沙星滴眼液', ri(6, 10)], ['玻璃酸钠滴眼液', ri(4, 8)]] },
    { dx: ['H10.300'], lines: [['裂隙灯检查', 1], ['妥布霉素地塞米松滴眼液', ri(6, 12)]] },
  ][k];
  const s = outpatient({ dept: 'ophthalmology', dx: cfg.dx, level: lvl, lines: cfg.lines, ageMin: 20, ageMax: 80 });
  const ids = s.ids.slice(1);
  const c = finishOut(s); return [[c], null, mut(c, ids)];
}];
// T10 中医/中药注射剂: TCM injections outside their indication (stroke/angina only) or beyond 14 days
T['T10'] = ['中医：中药注射剂超限定适应症/疗程使用', (i) => {
  const k = i % 4; let s; const ids = [];
  if (k === 0) { s = stayDisc({}); for (let d = 1; d < s.los; d++) ids.push(s.b.add('疏血通注射液', addDays(s.adm, d), 6)); }
  else if (k === 1) { s = stayMedical({ dept: 'tcm', dx: ['M47.201'], los: ri(9, 12), extraDay1: ['腰椎X线摄影'], drugs: [['塞来昔布胶囊', 2, 10]], ivDays: 8, level: 2, ageMin: 45, ageMax: 70 });
    for (let d = 0; d < 8; d++) ids.push(s.b.add('血栓通注射液', addDays(s.adm, d), 2)); for (let d = 1; d < s.los - 1; d++) { s.b.add('针灸', addDays(s.adm, d), 1); s.b.add('推拿治疗', addDays(s.adm, d), 1); } }
  else if (k === 2) { s = stayMedical({ dept: 'tcm', dx: ['R42.x00x004'], los: ri(7, 10), extraDay1: ['头颅CT平扫', '颈部血管彩色多普勒超声'], drugs: [['甲磺酸倍他司汀片', 3, 10]], ivDays: 7, level: pick([2, 3]), ageMin: 45, ageMax: 75 });
    for (let d = 0; d < 7; d++) ids.push(s.b.add('疏血通注射液', addDays(s.adm, d), 4)); }
  else { s = stroke({ los: ri(18, 21) }); for (let d = 0; d < s.los - 1; d++) { const id = s.b.add('血栓通注射液', addDays(s.adm, d), 2); if (d >= 14) ids.push(id); } }
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T11 妇产: caesarean delivery also billed vaginal delivery (接生) and a second delivery pack
function stayCS(o = {}) {
  const h = o.hosp || hospital(pick([2, 3])); const adm = o.adm || randDate();
  const los = o.los || ri(4, 6); const dis = addDays(adm, los); const op = addDays(adm, 1);
  const pat = o.pat || person(22, 40, 'F', adm);
  const b = new Bill(h.level);
  ward(b, adm, los, { grades: ['Ⅱ级护理', 'Ⅰ级护理', 'Ⅰ级护理'] });
  admitLabs(b, adm, { surgery: true, cxr: false }); b.add('产科B超', adm, 1); b.add('胎心监护', adm, 2);
  const ids = surgery(b, op, '剖宫产术', 'spinal', 1, { sutures: 3 });
  b.add('缩宫素注射液', op, 2); b.add('一次性使用导尿包', op, 1); b.add('导尿', op, 1);
  postOp(b, op, los - 1, { abxDays: 2 });
  for (let k = 1; k < 3; k++) b.add('缩宫素注射液', addDays(op, k), 1);
  return { b, h, pat, adm, dis, op, ids, los, o: { dept: 'obstetrics', dx: [o.dx0 || 'O82.000', 'Z37.000'], px: [['74.1x00', op]] } };
}
T['T11'] = ['妇产：剖宫产同时收取阴道分娩接生费/产包', (i) => {
  const s = stayCS({}); const ids = [];
  if (i % 3 !== 2) ids.push(s.b.add('阴道分娩接生', s.op, 1));
  if (i % 3 !== 0) ids.push(s.b.add('一次性产包', s.op, 1));
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T12 儿科: scalp-vein infusion billed for school-age children, or alongside the ordinary infusion fee
function paedPneu(o = {}) {
  const h = o.hosp || hospital(pick([2, 3])); const adm = o.adm || randDate();
  const los = o.los || ri(5, 7); const dis = addDays(adm, los);
  const pat = o.pat || person(o.ageMin !== undefined ? o.ageMin : 1, o.ageMax || 5, null, adm);
  const b = new Bill(h.level);
  ward(b, adm, los, { grade: 'Ⅱ级护理' });
  admitLabs(b, adm, {}); b.add('C反应蛋白测定', adm, 1);
  const ids = [];
  for (let k = 0; k < los - 1; k++) {
    const d = addDays(adm, k);
    ids.push(b.add(o.infName || '小儿头皮静脉输液', d, 1));
    b.add('一次性使用输液器', d, 1); b.add('葡萄糖氯化钠注射液', d, 1); b.add('注射用头孢呋辛钠', d, 2);
    b.add('雾化吸入', d, 2); b.add('吸入用布地奈德混悬液', d, 2); b.add('一次性使用雾化器', d, k === 0 ? 1 : 0);
  }
  b.add('小儿肺热咳喘口服液', adm, 3 * (los - 1));
  return { b, h, pat, adm, dis, los, ids, o: { dept: 'paediatrics', dx: ['J18.000'], px: [] } };
}
T['T12'] = ['儿科：学龄儿童收取小儿头皮静脉输液/与静脉输液重复收取', (i) => {
  let s, ids = [];
  if (i % 2 === 0) { s = paedPneu({ ageMin: 8, ageMax: 13 }); ids = s.ids; }
  else { s = paedPneu({ ageMin: 1, ageMax: 5 }); for (let k = 0; k < s.los - 1; k++) ids.push(s.b.add('静脉输液(第一组)', addDays(s.adm, k), 1)); }
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T13 呼吸: oxygen billed for the same hours as high-flow or non-invasive ventilation
T['T13'] = ['呼吸：高流量/无创通气期间重复计收吸氧', (i) => {
  const s = i % 2 ? copd({ dx: ['J44.100', 'J96.100'] }) : pneumonia({ dx: ['J18.903', 'J96.000'], level: pick([2, 3]), ageMin: 60, ageMax: 88 });
  const ids = []; const nd = Math.min(s.los - 1, 3 + (i % 3));
  for (let k = 0; k < nd; k++) {
    const d = addDays(s.adm, k);
    if (i % 2) s.b.add('无创呼吸机辅助通气', d, 20); else s.b.add('经鼻高流量湿化氧疗', d, 22);
    ids.push(s.b.add('吸氧', d, 24));
  }
  s.b.add('一次性使用吸氧管', s.adm, 1); s.b.add('血气分析', addDays(s.adm, 1), 1);
  if (i % 2) s.o.px = [['93.9000', s.adm]];
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T14 重症医学: bedside monitoring billed hourly on top of 重症监护 (which includes it)
function stayICU(o = {}) {
  const h = o.hosp || hospital(3); const adm = o.adm || randDate();
  const icu = o.icu || ri(4, 6); const los = o.los || icu + ri(4, 8); const dis = addDays(adm, los);
  const pat = o.pat || person(45, 85, null, adm);
  const b = new Bill(h.level);
  const bedByDay = {}, grades = [];
  for (let d = 0; d < icu; d++) { bedByDay[d] = '监护病房床位费'; grades[d] = null; }
  for (let d = icu; d < los; d++) grades[d] = d < icu + 2 ? 'Ⅰ级护理' : 'Ⅱ级护理';
  for (let d = 0; d < los; d++) { const dt = addDays(adm, d); b.add(bedByDay[d] || '普通病房床位费(三人间)', dt, 1); b.add('住院诊查费', dt, 1); if (grades[d]) b.add(grades[d], dt, 1); }
  admitLabs(b, adm, {}); b.add('降钙素原测定', adm, 1); b.add('血乳酸测定', adm, 2); b.add('细菌培养及药敏', adm, 2); b.add('胸部CT平扫', adm, 1);
  const vent = Math.min(icu, o.ventDays !== undefined ? o.ventDays : 3);
  for (let d = 0; d < icu; d++) {
    const dt = addDays(adm, d);
    b.add('重症监护', dt, 24); b.add('血气分析', dt, d < 2 ? 4 : 2); b.add('电解质(四项)', dt, d === 0 ? 0 : d < 2 ? 2 : 1);
    b.add('注射用美罗培南', dt, 3); b.add('氯化钠注射液', dt, 4); b.add('复方氯化钠注射液', dt, 3);
    if (d < 3) { b.add('重酒石酸去甲肾上腺素注射液', dt, 4); b.add('人血白蛋白', dt, 2); }
    if (d < vent) { b.add('有创呼吸机辅助呼吸', dt, 24); if (d === 0) { b.add('一次性气管插管', dt, 1); b.add('一次性呼吸机管路', dt, 1); b.add('咪达唑仑注射液', dt, 3); } else b.add('咪达唑仑注射液', dt, 2); }
    b.add('一次性使用精密输液器', dt, 2); b.add('一次性使用注射器(5ml)', dt, 6);
  }
  for (let d = icu; d < los; d++) { infusion(b, addDays(adm, d), 2); b.add('注射用哌拉西林钠他唑巴坦钠', addDays(adm, d), 3); }
  const px = []; if (vent) px.push([vent * 24 >= 96 ? '96.7200' : '96.7100', adm]); px.push(['96.0400', adm]);
  return { b, h, pat, adm, dis, los, icu, o: { dept: 'icu', dx: ['R57.200', 'J18.903'], px, route: 'emergency' } };
}
T['T14'] = ['重症医学：重症监护期间另收心电/血氧监测或特级护理', (i) => {
  const s = stayICU({}); const ids = [];
  for (let d = 0; d < s.icu; d++) {
    const dt = addDays(s.adm, d);
    if (i % 3 !== 2) { ids.push(s.b.add('心电监测', dt, 24)); ids.push(s.b.add('血氧饱和度监测', dt, 24)); }
    if (i % 3 !== 0) ids.push(s.b.add('特级护理', dt, 1));
  }
  const c = finish(s, { route: 'emergency' }); return [[c], null, mut(c, ids)];
}];
// T15 神经内科: neuro-protective injections outside their indication / beyond the course
T['T15'] = ['神经内科：脑保护类注射剂超适应症/超疗程', (i) => {
  const k = i % 4; let s; const ids = [];
  if (k === 0) { s = stayMedical({ dept: 'neurology', dx: ['R42.x00x004', 'I10.x00x002'], los: ri(7, 9), extraDay1: ['头颅CT平扫', '颈部血管彩色多普勒超声'], drugs: [['甲磺酸倍他司汀片', 3, 9]], ivDays: 6, level: 2, ageMin: 50, ageMax: 78 });
    for (let d = 0; d < 6; d++) ids.push(s.b.add('奥拉西坦注射液', addDays(s.adm, d), 2)); }
  else if (k === 1) { s = stayMedical({ dept: 'orthopaedics', dx: ['M51.202'], los: ri(9, 12), extraDay1: ['腰椎MRI平扫'], drugs: [['塞来昔布胶囊', 2, 12], ['甘露醇注射液', 2, 5]], ivDays: 7, level: 2, ageMin: 35, ageMax: 65 });
    for (let d = 0; d < 7; d++) ids.push(s.b.add('单唾液酸四己糖神经节苷脂钠注射液', addDays(s.adm, d), 2)); }
  else if (k === 2) { s = stayMedical({ dept: 'neurology', dx: ['G47.000x001'], los: ri(6, 8), extraDay1: ['脑电图', '头颅MRI平扫'], drugs: [['酒石酸唑吡坦片', 1, 8]], ivDays: 5, level: pick([2, 3]), ageMin: 40, ageMax: 70 });
    for (let d = 0; d < 5; d++) ids.push(s.b.add('依达拉奉注射液', addDays(s.adm, d), 2)); }
  else { s = stroke({ los: ri(19, 22) }); for (let d = 0; d < s.los - 1; d++) { const id = s.b.add('依达拉奉注射液', addDays(s.adm, d), 2); if (d >= 14) ids.push(id); } }
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T16 普外: disposable stapler billed in operations that use no stapler
T['T16'] = ['普外：无吻合操作的手术收取一次性吻合器', (i) => {
  const s = [stayAppendix, stayChole, stayHernia, stayThyroid, stayVaricose][i % 5]({ hosp: hospital(pick([2, 3])) });
  const ids = [s.b.add('一次性使用吻合器', s.op, i % 4 === 3 ? 2 : 1)];
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T17 泌尿外科: catheterisation + catheter kit billed every day while one indwelling catheter stays in
T['T17'] = ['泌尿外科：留置导尿期间每日重复收取导尿费及导尿包', (i) => {
  let s;
  const k = i % 3;
  if (k === 0) { // TURP
    const h = hospital(pick([2, 3])); const adm = randDate(); const los = ri(6, 8); const op = addDays(adm, 1);
    const pat = person(60, 85, 'M', adm); const b = new Bill(h.level);
    ward(b, adm, los, { grades: ['Ⅱ级护理', 'Ⅰ级护理', 'Ⅰ级护理'] }); admitLabs(b, adm, { surgery: true }); b.add('前列腺特异性抗原(PSA)测定', adm, 1); b.add('泌尿系B超', adm, 1);
    surgery(b, op, '经尿道前列腺电切术', 'spinal', 1, { noCautery: true }); b.add('病理检查(常规石蜡切片)', op, 1);
    postOp(b, op, los - 1, { abxDays: 3 }); for (let d = 0; d < los; d++) b.add('盐酸坦索罗辛缓释胶囊', addDays(adm, d), 1);
    s = { b, h, pat, adm, dis: addDays(adm, los), op, los, o: { dept: 'urology', dx: ['N40.x00'], px: [['60.2900', op]] } };
  } else if (k === 1) { s = stayHip({ femoralHead: true, fracture: true, pat: person(75, 90, null, '2025-06-01') }); }
  else { s = stroke({ ageMin: 70 }); s.op = s.adm; }
  const ids = [];
  const start = s.op;
  s.b.add('导尿', start, 1); s.b.add('一次性使用导尿包', start, 1); s.b.add('双腔硅胶导尿管', start, 1); s.b.add('一次性使用引流袋', start, 1);
  const nd = Math.min(s.los - 2, 4 + (i % 3));
  for (let k2 = 1; k2 <= nd; k2++) { const d = addDays(start, k2); if (d >= s.dis) break; ids.push(s.b.add('导尿', d, 1)); ids.push(s.b.add('一次性使用导尿包', d, 1)); if (i % 2) ids.push(s.b.add('双腔硅胶导尿管', d, 1)); }
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T18 精神/护理: 特级护理 billed daily for stable patients (no monitoring, oral drugs only)
function stayPsych(o = {}) {
  const h = o.hosp || hospital(pick([2, 3])); const adm = o.adm || randDate(1, 9);
  const los = o.los || ri(28, 42); const dis = addDays(adm, los);
  const pat = o.pat || person(20, 60, null, adm);
  const dx = o.dx || pick([['F20.000'], ['F32.200']]);
  const b = new Bill(h.level);
  const grades = o.grades || Array.from({ length: los }, (_, d) => (d < 7 ? 'Ⅰ级护理' : 'Ⅱ级护理'));
  ward(b, adm, los, { grades });
  admitLabs(b, adm, {}); b.add('脑电图', adm, 1); b.add('甲状腺功能(三项)', adm, 1); b.add('血脂(四项)', adm, 1);
  const drug = dx[0] === 'F20.000' ? ['利培酮片', 2] : ['盐酸舍曲林片', 2];
  for (let d = 0; d < los; d++) { b.add(drug[0], addDays(adm, d), drug[1]); if (d % 2 === 0) b.add('地西泮片', addDays(adm, d), 1); }
  b.add('血常规(五分类)', addDays(adm, 21), 1); b.add('肝功能(全套)', addDays(adm, 21), 1); b.add('常规心电图检查', addDays(adm, 21), 1);
  return { b, h, pat, adm, dis, los, o: { dept: 'psychiatry', dx, px: [] } };
}
T['T18'] = ['精神/护理：病情稳定患者全程收取特级护理', (i) => {
  let s;
  if (i % 3 !== 2) { const los = ri(26, 40); s = stayPsych({ los, grades: Array.from({ length: los }, () => '特级护理') }); }
  else { const los = ri(18, 26); s = stayMedical({ dept: 'rehabilitation', dx: ['I69.300', 'I10.x00x002'], los, grade: '特级护理', extraDay1: ['头颅CT平扫'], drugs: [['阿司匹林肠溶片', 1, 30], ['阿托伐他汀钙片', 1, 30]], ivDays: 0, level: 2, ageMin: 60, ageMax: 80 });
    for (let d = 1; d < los - 1; d++) { if (dow(addDays(s.adm, d)) % 6 !== 0) { s.b.add('运动疗法', addDays(s.adm, d), 1); s.b.add('针灸', addDays(s.adm, d), 1); } } s.b.add('康复评定', addDays(s.adm, 1), 1); s.b.add('康复评定', addDays(s.adm, los - 2), 1); }
  const ids = s.b.items.filter((l) => l.name === '特级护理').map((l) => l.lineId);
  const c = finish(s); return [[c], null, mut(c, ids)];
}];
// T19 超声: several ultrasound regions billed for a single-complaint visit
T['T19'] = ['超声：单一主诉就诊收取多部位超声', (i) => {
  const k = i % 3; const g = k === 2 ? 'F' : pick(['M', 'F']);
  const base = [
    { dept: 'gastroenterology', dx: ['K29.700'], lines: [['腹部B超', 1], ['奥美拉唑肠溶胶囊', 28]] },
    { dept: 'internal_medicine', dx: ['I10.x00x002'], lines: [['心脏彩色多普勒超声', 1], ['苯磺酸氨氯地平片', 28]] },
    { dept: 'general_surgery', dx: ['K80.101'], lines: [['腹部B超', 1], ['熊去氧胆酸胶囊', 42]] },
  ][k];
  const s = outpatient(Object.assign({ level: pick([1, 2, 3]), gender: g, ageMin: 30, ageMax: 70 }, base));
  const extra = ['泌尿系B超', '甲状腺彩超', '乳腺彩超', '颈部血管彩色多普勒超声', '下肢血管彩色多普勒超声'];
  if (g === 'F') extra.push('妇科B超');
  const ids = []; const n = 2 + (i % 3);
  for (let q = 0; q < n; q++) ids.push(s.b.add(extra[(i + q) % extra.length], s.date, 1));
  const c = finishOut(s); return [[c], null, mut(c, ids)];
}];
// T20 内镜: colonoscopy billed where only a gastroscopy was done (procedure record has gastroscopy only)
T['T20'] = ['内镜：仅行胃镜却同时收取结肠镜检查', (i) => {
  let c; const ids = [];
  if (i % 2 === 0) {
    const s = outpatient({ dept: 'gastroenterology', dx: [pick(['K29.700', 'K21.000', 'K25.900x001'])], level: pick([2, 3]), ageMin: 30, ageMax: 70, lines: [['胃镜检查', 1], ['盐酸利多卡因注射液', 1], ['雷贝拉唑钠肠溶片', 28]] });
    ids.push(s.b.add('结肠镜检查', s.date, 1)); s.o.px = [['44.1300x001', s.date]]; c = finishOut(s);
  } else {
    const s = gastritis({});
    ids.push(s.b.add('结肠镜检查', addDays(s.adm, 0), 1)); s.o.px = [['44.1300x001', s.adm]]; c = finish(s);
  }
  return [[c], null, mut(c, ids)];
}];

// ---------- controls ----------
const C = {};
C['C01'] = ['麻醉：长时间全麻大手术（5–7小时），术后病房监测只在术后日', (i) => {
  const k = i % 3; let s;
  const h = hospital(3); const adm = randDate(); const los = ri(10, 14); const op = addDays(adm, 2);
  const pat = person(50, 78, null, adm); const b = new Bill(3);
  ward(b, adm, los, { grades: ['Ⅱ级护理', 'Ⅱ级护理', 'Ⅰ级护理', 'Ⅰ级护理', 'Ⅰ级护理', 'Ⅰ级护理'] });
  admitLabs(b, adm, { surgery: true }); b.add('肿瘤标志物(CEA)测定', adm, 1); b.add('腹部CT平扫', adm, 1); b.add('结肠镜检查', addDays(adm, 1), 1);
  const opName = ['大肠部分切除术', '胃大部切除术', '大肠部分切除术'][k];
  surgery(b, op, opName, 'GA', ri(5, 7), { sutures: 4 });
  b.add('一次性使用吻合器', op, 2); b.add('一次性负压引流器', op, 1); b.add('病理检查(常规石蜡切片)', op, 1); b.add('一次性使用胃管', op, 1); b.add('一次性使用导尿包', op, 1); b.add('导尿', op, 1);
  for (let d = 1; d <= 2; d++) { monitor(b, addDays(op, d), 24); b.add('胃肠减压', addDays(op, d), 1); }
  postOp(b, op, los - 2, { abxDays: 3, ivDays: 5, dressing: '换药(中)' });
  for (let d = 1; d <= 4; d++) { b.add('复方氨基酸注射液(18AA)', addDays(op, d), 1); b.add('脂肪乳注射液(C14～24)', addDays(op, d), 1); }
  const dx = k === 1 ? ['C16.900'] : ['C18.900'];
  s = { b, h, pat, adm, dis: addDays(adm, los), op, los, o: { dept: 'general_surgery', dx, px: [[k === 1 ? '43.6x01' : '45.7300x007', op]] } };
  return [[finish(s)]];
}];
C['C02'] = ['骨科：同侧股骨+胫骨骨折分期两次内固定，两块接骨板、多枚螺钉', (i) => {
  const h = hospital(pick([2, 3])); const adm = randDate(); const los = ri(14, 18); const op1 = addDays(adm, 1), op2 = addDays(adm, 5);
  const pat = person(20, 60, pick(['M', 'M', 'F']), adm); const b = new Bill(h.level);
  ward(b, adm, los, { grade: 'Ⅰ级护理' }); admitLabs(b, adm, { surgery: true }); b.add('四肢X线摄影', adm, 2); b.add('D-二聚体测定', adm, 1); b.add('下肢血管彩色多普勒超声', adm, 1);
  for (const [op, n] of [[op1, 10], [op2, 8]]) { surgery(b, op, '骨折切开复位内固定术', 'spinal', 1, { sutures: 3 }); b.add('接骨板', op, 1); b.add('骨科螺钉', op, n); b.add('一次性负压引流器', op, 1); }
  postOp(b, op1, los - 1, { abxDays: 2, ivDays: 3, dressing: '换药(中)' }); for (let d = 0; d < 2; d++) b.add('注射用头孢呋辛钠', addDays(op2, d), 2);
  for (let d = 2; d < 12; d++) b.add('低分子量肝素钙注射液', addDays(adm, d), 1);
  b.add('四肢X线摄影', addDays(op2, 1), 2);
  return [[finish({ b, h, pat, adm, dis: addDays(adm, los), o: { dept: 'orthopaedics', dx: ['S72.300', 'S82.202'], px: [['79.3500x016', op1], ['79.3600x013', op2]] } }, { route: 'emergency' })]];
}];
C['C03'] = ['血液净化：每周三次规律血透，含促红素与抗凝', (i) => {
  const h = hospital(pick([2, 3])); const d0 = randDate(2, 11); const pat = person(30, 80, null, d0);
  const out = [];
  for (const off of [0, 2, 4]) { const s = hdSession(pat, h, addDays(d0, off), { epo: off !== 2, labs: off === 0 && i % 2 === 0 }); out.push(finishOut(s)); }
  return [out];
}];
C['C04'] = ['康复：脑梗死后遗症偏瘫住院康复4周，评定仅入院/中期/出院', (i) => {
  const los = ri(26, 30);
  const s = stayMedical({ dept: 'rehabilitation', dx: ['I69.300', 'I10.x00x002'], los, grade: 'Ⅱ级护理', extraDay1: ['头颅MRI平扫', '血脂(四项)'], drugs: [['阿司匹林肠溶片', 1, 40], ['阿托伐他汀钙片', 1, 40], ['苯磺酸氨氯地平片', 1, 40]], ivDays: 0, level: pick([2, 3]), ageMin: 50, ageMax: 80 });
  for (const d of [1, 14, los - 2]) s.b.add('康复评定', addDays(s.adm, d), 1);
  for (let d = 1; d < los - 1; d++) { const dt = addDays(s.adm, d); if (dow(dt) !== 0) { s.b.add('运动疗法', dt, 2); s.b.add('针灸', dt, 1); } }
  s.o.px = [['93.3900', addDays(s.adm, 1)]];
  return [[finish(s)]];
}];
C['C05'] = ['临床检验：糖尿病酮症酸中毒，首两日每日多次血气/电解质/血糖', (i) => {
  const los = ri(6, 9);
  const s = stayMedical({ dept: 'endocrinology', dx: ['E11.101'], los, level: pick([2, 3]), ageMin: 18, ageMax: 70, grades: ['Ⅰ级护理', 'Ⅰ级护理'], extraDay1: ['糖化血红蛋白测定', '血乳酸测定'], ivDays: 4, groups: 3, fluids: [['氯化钠注射液', 4], ['氯化钾注射液', 4]],
    drugs: [['生物合成人胰岛素注射液', 1, 3], ['门冬胰岛素注射液', 0.3, 6, 3], ['甘精胰岛素注射液', 0.1, 6, 3]] });
  for (let d = 0; d < 2; d++) { const dt = addDays(s.adm, d); s.b.add('血气分析', dt, 4 - d); s.b.add('电解质(四项)', dt, d === 0 ? 0 : 2); /* day 0: the admission panel line carries the first draw */ s.b.add('血糖监测(快速)', dt, 8); s.b.add('血糖试纸', dt, 8); }
  for (let d = 2; d < los; d++) { s.b.add('血糖监测(快速)', addDays(s.adm, d), 4); s.b.add('血糖试纸', addDays(s.adm, d), 4); }
  return [[finish(s, { route: 'emergency' })]];
}];
C['C06'] = ['医学影像：多发伤急诊同日头/胸/腹CT，保守治疗期连续复查血红蛋白', (i) => {
  const los = ri(8, 12);
  const s = stayMedical({ dept: 'emergency_surgery', dx: ['S36.100x021', 'S22.300', 'S06.000'], los, level: 3, ageMin: 20, ageMax: 65, grades: ['Ⅰ级护理', 'Ⅰ级护理', 'Ⅰ级护理', 'Ⅰ级护理'], extraDay1: ['头颅CT平扫', '胸部CT平扫', '腹部CT平扫', '腹部B超', '凝血四项', '血型鉴定(ABO+Rh)'],
    drugs: [['氨甲环酸注射液', 2, 3], ['注射用头孢呋辛钠', 2, 5], ['盐酸曲马多缓释片', 2, 12, 3], ['血红蛋白测定', 1, 3, 1]], ivDays: los - 1, groups: 2 });
  s.b.add('腹部CT平扫', addDays(s.adm, 2), 1); s.b.add('血常规(五分类)', addDays(s.adm, 5), 1);
  for (let d = 0; d < 3; d++) monitor(s.b, addDays(s.adm, d), 24);
  return [[finish(s, { route: 'emergency' })]];
}];
C['C07'] = ['心血管内科：急性心梗多支病变，一次置入3枚支架', (i) => {
  const s = stayPCI({ dx: ['I21.001', 'I10.x00x002'], stents: 3, los: ri(7, 9) });
  return [[finish(s, { route: 'emergency' })]];
}];
C['C08'] = ['肿瘤：规律化疗，21天周期三次入院', (i) => {
  const h = hospital(3); const d0 = randDate(1, 6); const ca = pick(['C34.900x001', 'C50.900', 'C18.900']);
  const pat = person(40, 72, ca === 'C50.900' ? 'F' : null, d0);
  const out = [];
  const reg = { 'C34.900x001': [['注射用吉西他滨', 1, 1], ['顺铂注射液', 3, 1]], 'C50.900': [['紫杉醇注射液', 2, 1], ['顺铂注射液', 2, 1]], 'C18.900': [['注射用奥沙利铂', 1, 1], ['亚叶酸钙注射液', 2, 2]] }[ca];
  for (let cyc = 0; cyc < 3; cyc++) {
    const adm = addDays(d0, cyc * 21); const los = ri(3, 4);
    const b = new Bill(3); ward(b, adm, los, {}); admitLabs(b, adm, { cxr: cyc === 0 }); b.add('肿瘤标志物(CEA)测定', adm, 1);
    const cd = addDays(adm, 1);
    for (const [n, q] of reg) b.add(n, cd, q);
    b.add('化疗药物配置', cd, reg.length); b.add('盐酸帕洛诺司琼注射液', cd, 1); b.add('地塞米松磷酸钠注射液', cd, 1);
    infusion(b, cd, 3); infusion(b, addDays(cd, 1), 2);
    out.push(finish({ b, h, pat, adm, dis: addDays(adm, los), o: { dept: 'oncology', dx: [ca === 'C34.900x001' ? 'Z51.103' : 'Z51.102', ca], px: [['99.2500', cd]] } }));
  }
  return [out];
}];
C['C09'] = ['眼科：双眼白内障分两次住院，先后各一眼', (i) => {
  const h = hospital(pick([2, 3])); const d0 = randDate(1, 9); const pat = person(62, 85, null, d0); const out = [];
  for (const off of [0, ri(14, 30)]) {
    const adm = addDays(d0, off); const los = 2; const b = new Bill(h.level);
    ward(b, adm, los, {}); admitLabs(b, adm, { surgery: false, cxr: off === 0 }); b.add('眼科A超(生物测量)', adm, 1); b.add('裂隙灯检查', adm, 1);
    const op = addDays(adm, 1);
    b.add('白内障超声乳化摘除+人工晶体植入术', op, 1); b.add('局部浸润麻醉', op, 1); b.add('盐酸利多卡因注射液', op, 1); b.add('人工晶状体', op, 1); b.add('眼科粘弹剂', op, 1); b.add('一次性手术衣及铺单包', op, 1);
    b.add('左氧氟沙星滴眼液', op, 1); b.add('妥布霉素地塞米松滴眼液', op, 1);
    out.push(finish({ b, h, pat, adm, dis: addDays(adm, los), o: { dept: 'ophthalmology', dx: ['H25.900'], px: [['13.7100x001', op]] } }));
  }
  return [out];
}];
C['C10'] = ['妇产：剖宫产术中产后出血，宫缩剂叠加、监护', (i) => {
  const s = stayCS({ dx0: 'O72.100', los: ri(5, 7) });
  s.b.add('马来酸麦角新碱注射液', s.op, 1); s.b.add('缩宫素注射液', s.op, 2); s.b.add('氨甲环酸注射液', s.op, 2); s.b.add('血常规(五分类)', s.op, 2); s.b.add('凝血四项', s.op, 1);
  monitor(s.b, s.op, 24); s.b.add('无创血压监测', s.op, 24); monitor(s.b, addDays(s.op, 1), 12);
  s.o.dx = ['O72.100', 'O82.000', 'Z37.000'];
  return [[finish(s)]];
}];
C['C11'] = ['儿科：幼儿支气管肺炎头皮针输液、雾化', (i) => [[finish(paedPneu({ ageMin: 1, ageMax: 5 }))]]];
C['C12'] = ['呼吸：慢阻肺呼衰夜间无创通气、日间吸氧（时段不重叠）', (i) => {
  const s = copd({ dx: ['J44.100', 'J96.100'] });
  const nd = Math.min(s.los - 1, 5);
  for (let k = 0; k < nd; k++) { const d = addDays(s.adm, k); s.b.add('无创呼吸机辅助通气', d, 10); s.b.add('吸氧', d, 14); if (k >= 1 && k < 3) s.b.add('血气分析', d, 2); }
  s.b.add('一次性使用吸氧管', s.adm, 1); s.o.px = [['93.9000', s.adm]];
  return [[finish(s)]];
}];
C['C13'] = ['重症医学：脓毒性休克ICU，有创通气+重症监护（不另收监测）', (i) => {
  const s = stayICU({ icu: ri(5, 8), ventDays: ri(3, 6) });
  if (i % 2) { for (let d = 1; d < 4; d++) s.b.add('连续性血液净化(CRRT)', addDays(s.adm, d), 20); s.o.dx.push('N17.001'); s.o.px.push(['39.9500x007', addDays(s.adm, 1)]); }
  return [[finish(s, { route: 'emergency' })]];
}];
C['C14'] = ['神经内科：急性脑梗死静脉溶栓+依达拉奉14天', (i) => {
  const s = stroke({ los: ri(14, 16), level: 3, bed: undefined });
  s.b.add('注射用阿替普酶', s.adm, ri(2, 3)); monitor(s.b, s.adm, 24); monitor(s.b, addDays(s.adm, 1), 24);
  for (let d = 0; d < 14; d++) s.b.add('依达拉奉注射液', addDays(s.adm, d), 2);
  s.o.px = [['99.1000', s.adm]];
  return [[finish(s, { route: 'emergency' })]];
}];
C['C15'] = ['普外：吻合器痔切除（PPH）/结直肠手术使用吻合器', (i) => {
  if (i % 2 === 0) {
    const h = hospital(pick([2, 3])); const adm = randDate(); const los = ri(4, 6); const op = addDays(adm, 1);
    const pat = person(30, 70, null, adm); const b = new Bill(h.level);
    ward(b, adm, los, { grades: ['Ⅱ级护理', 'Ⅰ级护理'] }); admitLabs(b, adm, { surgery: true });
    surgery(b, op, '痔切除术', 'spinal', 1); b.add('一次性使用吻合器', op, 1); b.add('病理检查(常规石蜡切片)', op, 1);
    postOp(b, op, los - 1, { abxDays: 1, ivDays: 2 });
    return [[finish({ b, h, pat, adm, dis: addDays(adm, los), o: { dept: 'anorectal', dx: ['K64.200'], px: [['49.4900x002', op]] } })]];
  }
  const h = hospital(3); const adm = randDate(); const los = ri(10, 13); const op = addDays(adm, 2);
  const pat = person(45, 78, null, adm); const b = new Bill(3);
  ward(b, adm, los, { grades: ['Ⅱ级护理', 'Ⅱ级护理', 'Ⅰ级护理', 'Ⅰ级护理', 'Ⅰ级护理'] }); admitLabs(b, adm, { surgery: true }); b.add('肿瘤标志物(CEA)测定', adm, 1); b.add('腹部CT平扫', adm, 1);
  surgery(b, op, '大肠部分切除术', 'GA', 4, { sutures: 4 }); b.add('一次性使用吻合器', op, 2); b.add('一次性负压引流器', op, 1); b.add('病理检查(常规石蜡切片)', op, 1);
  postOp(b, op, los - 2, { abxDays: 3, ivDays: 5, dressing: '换药(中)' });
  return [[finish({ b, h, pat, adm, dis: addDays(adm, los), o: { dept: 'general_surgery', dx: ['C20.x00'], px: [['45.7600x008', op]] } })]];
}];
C['C16'] = ['精神：精神分裂症/重度抑郁住院6周，一级护理首周后转二级', (i) => {
  const s = stayPsych({ los: ri(40, 48) });
  return [[finish(s)]];
}];

// ---------- routine ----------
function routine(i) {
  const k = i % 10;
  if (k === 0) return finish(stayAppendix({}));
  if (k === 1) return finish(pneumonia({}));
  if (k === 2) return finish(stayCS({}));
  if (k === 3) return finish(gastritis({}));
  if (k === 4) return finish(stayHernia({}));
  if (k === 5) { const s = outpatient({ dept: 'respiratory', dx: ['J06.900'], lines: [['血常规(五分类)', 1], ['连花清瘟胶囊', 24], ['对乙酰氨基酚片', 6]] }); return finishOut(s); }
  if (k === 6) { const s = outpatient({ dept: 'cardiology', dx: ['I10.x00x002'], visitType: 'chronic', lines: [['苯磺酸氨氯地平片', 30], ['缬沙坦胶囊', 30]], reg: '门诊慢特病管理诊查费' }); s.o.visitType = 'chronic'; s.o.chronic = ['I10']; return finishOut(s); }
  if (k === 7) { const s = outpatient({ dept: 'endocrinology', dx: ['E11.900'], lines: [['空腹血糖测定', 1], ['糖化血红蛋白测定', 1], ['盐酸二甲双胍片', 90], ['阿卡波糖片', 90]], reg: '门诊慢特病管理诊查费' }); s.o.visitType = 'chronic'; s.o.chronic = ['E11']; return finishOut(s); }
  if (k === 8) { const s = outpatient({ dept: 'paediatrics', dx: ['J20.900'], ageMin: 2, ageMax: 10, lines: [['血常规(五分类)', 1], ['C反应蛋白测定', 1], ['小儿氨酚黄那敏颗粒', 9], ['阿莫西林胶囊', 12]] }); return finishOut(s); }
  return finish(stayChole({}));
}

// ---------- build ----------
for (const [code, [name, fn]] of Object.entries(T)) for (let i = 0; i < N_FRAUD; i++) { const [cls, targets, m] = fn(i); addCase('fraud', code, name, cls, targets, m); }
for (const [code, [name, fn]] of Object.entries(C)) for (let i = 0; i < N_CTRL; i++) { const [cls] = fn(i); addCase('control', code, name, cls, null, {}); }
for (let i = 0; i < N_ROUTINE; i++) { const c = routine(i); addCase('routine', 'R', '常规住院/门诊', [c], null, {}); }

// settlement order: by settlement date (discharge or visit), ties by claimId
const sdate = (c) => c.dischargeDate || c.visitDate;
claims.sort((a, b) => (sdate(a) < sdate(b) ? -1 : sdate(a) > sdate(b) ? 1 : a.claimId < b.claimId ? -1 : 1));
// consistency check
for (const c of claims) {
  const s = r2(c.items.reduce((x, l) => x + l.amount, 0));
  if (Math.abs(s - c.amounts.total) > 0.001) throw new Error('total mismatch ' + c.claimId);
  c.items.forEach((l, k) => { if (l.lineId !== String(k + 1)) throw new Error('lineId'); });
}
// the hospital reports the DRG its own grouper computes from the coded record (CHS-DRG 1.1)
const TREE = process.env.GROUPER_TREE || '/work/wt/base32';
const grp = require('child_process').execFileSync('node', ['dist/src/cli.js', 'group', '-'], { cwd: TREE, input: claims.filter((c) => c.visitType === 'inpatient').map((c) => JSON.stringify(c)).join('\n') + '\n', maxBuffer: 1 << 28 }).toString().trim().split('\n').map((l) => JSON.parse(l));
const G = {}; for (const g of grp) G[g.claimId] = g;
let ungroupable = 0;
for (const c of claims) {
  const g = G[c.claimId]; if (!g) continue;
  if (g.grouping && g.grouping.status === 'ungroupable') ungroupable++;
  if (g.paymentScheme === 'DRG' && g.grouping && g.grouping.drg && g.grouping.drg !== '0000') c.reportedGroup = { drg: g.grouping.drg, dip: null };
  else if (g.paymentScheme === 'DIP' && g.computed && g.computed.dip) c.reportedGroup = { drg: null, dip: g.computed.dip };
}
if (ungroupable) console.log('ungroupable inpatient claims: ' + ungroupable);
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), claims.map((c) => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1));
console.log(`claims ${claims.length}, cases ${labels.length}`);
