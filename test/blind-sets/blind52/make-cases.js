#!/usr/bin/env node
// blind52 — eyes, ENT, teeth and day surgery, 2026.  usage: node make-cases.js <outdir> [--catalogue dir] [--groups groups.ndjson]
'use strict';
const fs = require('fs'); const path = require('path');
const args = process.argv.slice(2);
const OUT = path.resolve(args[0] || '.');
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const CAT = opt('--catalogue', '/work/wt/base51/rules/catalogue');
const GROUPS = opt('--groups', null);
let seed = 5252026; const rnd = () => { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1)); const pick = (a) => a[Math.floor(rnd() * a.length)];
const r2 = (x) => Math.round(x * 100) / 100;

// ---- catalogue: look rows up by name (bill only these rows) ----
const ROW = {};
for (const f of ['services', 'drugs', 'consumables']) for (const r of JSON.parse(fs.readFileSync(path.join(CAT, f + '.json'), 'utf8')).rows) ROW[r.name] = r;
const code = (r) => (r.products && r.products[0]) || r.code;
const grp = {}; if (GROUPS) { for (const l of fs.readFileSync(GROUPS, 'utf8').split('\n')) { if (!l.trim()) continue; const g = JSON.parse(l); const id = g.claimId; const drg = g.drg || (g.grouping && g.grouping.drg) || (g.group && g.group.drg); if (id) grp[id] = drg; } }

// ---- regions, hospitals ----
const REG = ['510100', '370100', '220100', '230100'];
const HOSP = {};
function hosp(region, kind) {
  const k = region + kind; if (HOSP[k]) return HOSP[k];
  const lv = { eye3: 3, ent3: 3, gen3: 3, cty2: 2, pveye: 2, pvdent: 1, comm: 1, pharm: 1, optic: 1, dent3: 3 }[kind];
  const n = Object.keys(HOSP).length + 1;
  return (HOSP[k] = { hospitalId: 'H' + region + String(n).padStart(3, '0'), level: lv, kind, region, doctors: Array.from({ length: 6 }, (_, i) => 'D' + String(n * 10 + i).padStart(4, '0')) });
}
const DEPT = { eye3: 'ophthalmology', ent3: 'otolaryngology', gen3: 'day_surgery', cty2: 'ophthalmology', pveye: 'ophthalmology', pvdent: 'stomatology', comm: 'general_practice', pharm: 'pharmacy', optic: 'pharmacy', dent3: 'stomatology' };

// ---- members ----
let mN = 0;
function member(ageMin, ageMax, opts = {}) {
  mN++; const age = ri(ageMin, ageMax); const g = opts.gender || (rnd() < 0.5 ? 'F' : 'M');
  const by = 2026 - age; const bd = `${by}-${String(ri(1, 12)).padStart(2, '0')}-${String(ri(1, 28)).padStart(2, '0')}`;
  const retired = age >= (g === 'M' ? 60 : 55) && !(opts.resident);
  const ins = opts.resident || age < 18 || (age >= 60 && rnd() < 0.35) ? 'resident' : 'employee';
  return { insuredId: 'P52' + String(mN).padStart(6, '0'), gender: g, birthDate: bd, age, retired: ins === 'employee' && retired, ins, region: opts.region || pick(REG) };
}
const enrollment = (m) => ({ enrolledOn: '2026-01-01', inConcentratedPeriod: true, continuousYears: 8, lapsedYears: 0, backPaidYears: 0, zeroClaimLastYear: false, contributionYears: m.ins === 'employee' ? Math.max(1, Math.min(35, m.age - 22)) : 0, special: null });

// ---- dates ----
const D0 = Date.UTC(2026, 0, 1);
const dt = (n) => new Date(D0 + n * 864e5).toISOString().slice(0, 10); // n = day of 2026 (0 = Jan 1)
const baseDay = () => ri(5, 250);

// ---- policy (fund) ----
const POL = JSON.parse(fs.readFileSync(path.join(CAT, '..', 'benefits', 'policies.json'), 'utf8'));
function fund(m, vt, level, policy, region, nthAdm) {
  const P = POL.provinces[region.slice(0, 2)].schemes[m.ins]; const s = P[vt === 'inpatient' ? 'inpatient' : vt === 'chronic' ? 'chronic' : vt === 'pharmacy' ? 'pharmacy' : 'outpatient'];
  let ded = 0; if (vt === 'inpatient') { ded = typeof s.deductible === 'object' ? s.deductible[level] : s.deductible; if (nthAdm > 1 && s.laterAdmissionDeductibleShare) ded *= s.laterAdmissionDeductibleShare; }
  const ratio = (typeof s.ratio === 'object' ? s.ratio[level] : s.ratio) + (m.retired ? (s.retireeRatioBonus || 0) : 0);
  return r2(Math.max(0, policy - ded) * Math.min(ratio, s.maxRatio || 0.95) * 0.97);
}

// ---- claims ----
const claims = []; const labels = []; let cN = 0; const admCount = {};
function claim(m, hk, vt, day, dx, items, o = {}) {
  const region = o.region || m.region; const h = hosp(region, hk); cN++;
  const inp = vt === 'inpatient'; const los = o.los || 0;
  const id = `${region}-${h.hospitalId}-2026-${String(cN).padStart(6, '0')}`;
  const date0 = dt(day);
  const its = []; let total = 0, policy = 0;
  for (const it of items) {
    const [name, qty, dOff, priceF] = it; const r = ROW[name]; if (!r) throw new Error('no row ' + name);
    const cap = r.priceCap[h.level] != null ? r.priceCap[h.level] : r.priceCap['3'];
    const up = r2(cap * (priceF || 1)); const amt = r2(up * qty);
    const line = { lineId: String(its.length + 1), code: code(r), name: r.name, category: r.category, date: dt(day + (dOff || 0)), quantity: qty, unitPrice: up, amount: amt };
    if (it[4] && it[4].long) line.longPrescription = true;
    its.push(line); total += amt;
    const share = r.class === '丙' ? 1 : r.class === '乙' ? (r.category === 'consumable' ? 0.2 : 0.1) : 0; policy += amt * (1 - share);
  }
  total = r2(total); policy = r2(policy);
  const key = m.insuredId; if (inp) admCount[key] = (admCount[key] || 0) + 1;
  const c = { claimId: id, region, insuranceType: m.ins, visitType: vt, patient: { insuredId: m.insuredId, gender: m.gender, birthDate: m.birthDate, retired: m.retired }, enrollment: enrollment(m), provider: { hospitalId: h.hospitalId, level: h.level, department: o.dept || DEPT[hk], doctorId: o.doctor || h.doctors[0] } };
  if (o.insuredRegion) c.insuredRegion = o.insuredRegion;
  if (inp) { c.admissionDate = date0; c.dischargeDate = dt(day + los); c.admissionRoute = o.route || 'outpatient'; c.dischargeMode = o.dmode || 'ordered'; } else c.visitDate = date0;
  c.diagnoses = dx.map((d, i) => (i === 0 ? { code: d, principal: true } : { code: d }));
  c.procedures = (o.px || []).map(p => ({ code: p, date: dt(day + (o.pxOff || 0)) }));
  if (inp) c.reportedGroup = { drg: grp[id] || null, dip: null };
  c.items = its;
  c.amounts = { total, policy, fundClaimed: fund(m, vt, h.level, policy, region, admCount[key]) };
  if (vt === 'chronic' && m.chronic) c.enrollment.chronicDiseases = m.chronic;
  c._day = day; c._ord = cN; claims.push(c); return c;
}
const lineIdsOf = (c, names) => c.items.filter(i => names.includes(i.name)).map(i => i.lineId);

// ---- building blocks (item lists) ----
const N = { reg: '普通门诊诊察费', regS: '副主任医师门诊诊察费', slit: '裂隙灯检查', fundus: '眼底检查', ascan: '眼科A超(生物测量)', phaco: '白内障超声乳化摘除+人工晶体植入术', iol: '人工晶状体', ovd: '眼科粘弹剂', local: '局部浸润麻醉', ga: '全身麻醉', levoE: '左氧氟沙星滴眼液', tobE: '妥布霉素地塞米松滴眼液', hyaE: '玻璃酸钠滴眼液', timE: '马来酸噻吗洛尔滴眼液', bed: '普通病房床位费(三人间)', n2: 'Ⅱ级护理', n1: 'Ⅰ级护理', visitIP: '住院诊查费', cbc: '血常规(五分类)', coag: '凝血四项', inf8: '术前八项(感染筛查)', ecg: '常规心电图检查', glu: '空腹血糖测定', drape: '一次性手术衣及铺单包', dexa: '地塞米松磷酸钠注射液', tonsil: '扁桃体切除术', suture: '可吸收缝线', cefur: '注射用头孢呋辛钠', ns: '氯化钠注射液', ivset: '一次性使用输液器', iv1: '静脉输液(第一组)', cxr: '胸部X线摄影(正侧位)', prop: '丙泊酚中/长链脂肪乳注射液', fent: '枸橼酸芬太尼注射液', lido: '盐酸利多卡因注射液', rct: '根管治疗术', ext: '牙拔除术', imp: '阻生牙拔除术', scale: '龈上洁治术(牙周洁治)', lora: '氯雷他定片', ceti: '西替利嗪片', amox: '阿莫西林胶囊', ibu: '布洛芬缓释胶囊', para: '对乙酰氨基酚片', mp: '注射用甲泼尼龙琥珀酸钠', pred: '醋酸泼尼松片', ginkgo: '银杏叶提取物注射液', eeg: '脑电图', crp: 'C反应蛋白测定', xr: '四肢X线摄影', ct: '头颅CT平扫', bandage: '医用脱脂纱布', dress: '一次性使用换药包', ortho: '口腔正畸(错颌畸形矫治)', amoxc: '阿莫西林克拉维酸钾片', metro: '奥硝唑片', cefx: '头孢呋辛酯片', ome: '奥美拉唑肠溶胶囊', plate: '接骨板', screw: '骨科螺钉', cathIV: '一次性使用静脉留置针', syr: '一次性使用注射器(5ml)', childPara: '小儿对乙酰氨基酚颗粒', ibuS: '布洛芬混悬液', amlo: '苯磺酸氨氯地平片', met: '盐酸二甲双胍片', acyc: '阿昔洛韦片', betah: '甲磺酸倍他司汀片', cefxn: '注射用头孢曲松钠', ctChest: '胸部CT平扫', hba1c: '糖化血红蛋白测定', lft: '肝功能(全套)', rft: '肾功能(三项)', elec: '电解质(四项)', vanc: '左氧氟沙星氯化钠注射液' };
const eyeVisit = (senior) => [[senior ? N.regS : N.reg, 1], [N.slit, 1], [N.fundus, 1]];
const preop = [[N.cbc, 1], [N.coag, 1], [N.inf8, 1], [N.ecg, 1], [N.glu, 1]];
function cataractStay(d, opts = {}) { // day-surgery stay (los 0 or 1)
  const los = opts.los || 0; const a = [[N.phaco, 1], [N.iol, 1, 0, opts.iolF || 0.95], [N.ovd, 1, 0, 0.9], [N.local, 1], [N.drape, 1], [N.levoE, 1], [N.tobE, 1], [N.visitIP, los + 1], [N.bed, los + 1], [N.n2, los + 1]];
  if (opts.preop) a.push(...preop); return a;
}
function ivtStay() { return [[N.dexa, 1], [N.local, 1], [N.drape, 1], [N.levoE, 1], [N.slit, 1], [N.fundus, 1], [N.visitIP, 1], [N.bed, 1], [N.n2, 1]]; }
function tonsilStay(los, child, adenoid) { const a = [[N.tonsil, 1, 1], [N.ga, ri(1, 2), 1], [N.prop, child ? 1 : 2, 1], [N.fent, 1, 1], [N.suture, 2, 1], [N.drape, 1, 1], [N.cefur, 2 * los, 1], [N.ns, 2 * los, 1], [N.iv1, los, 1], [N.ivset, los, 1], [N.visitIP, los + 1], [N.bed, los + 1], [N.n2, los + 1], ...preop, [N.cxr, 1]]; if (child) a.push([N.childPara, 6, 1]); else a.push([N.ibu, 6, 1]); return a; }
function dentVisit(extra) { return [[N.reg, 1], ...extra]; }

// ---- case registration ----
function addCase(kind, codeK, name, cs, targets, mutated) {
  const id = `${codeK}-${String(labels.filter(l => l.code === codeK).length + 1).padStart(2, '0')}`;
  labels.push({ caseId: kind === 'routine' ? 'R-' + String(labels.filter(l => l.kind === 'routine').length + 1).padStart(3, '0') : id, kind, code: codeK, name, claimIds: cs.map(c => c.claimId), targets: (targets || cs).map(c => c.claimId), mutatedLines: mutated || {} });
}
const mut = (pairs) => { const o = {}; for (const [c, names] of pairs) { const l = lineIdsOf(c, names); if (l.length) o[c.claimId] = l; } return o; };

// ================= FRAUD TYPOLOGIES =================
const T = [];
// T01 虚记眼底/影像检查: monthly glaucoma drop refills each bill fundus exam for both eyes + biometry (OCT proxy)
T.push(['T01', '虚记眼底检查与OCT：青光眼复诊取药每次双眼眼底+影像', () => {
  const m = member(50, 78); m.chronic = null; const d = baseDay(); const hk = pick(['eye3', 'pveye']);
  const c0 = claim(m, hk, 'outpatient', d, ['H40.100'], [...eyeVisit(true), [N.ascan, 1], [N.timE, 2]]);
  const cs = [c0]; for (let k = 1; k <= 3; k++) cs.push(claim(m, hk, 'outpatient', d + 28 * k + ri(-2, 2), ['H40.100'], [[N.reg, 1], [N.slit, 1], [N.fundus, 2], [N.ascan, 1], [N.timE, 2]]));
  const tg = cs.slice(1); return [cs, tg, mut(tg.map(c => [c, [N.fundus, N.ascan]]))];
}]);
// T02 根管治疗计次超牙根数: one tooth, three visits, each visit bills 3 canals
T.push(['T02', '根管治疗按根计次虚增：同一颗牙分次就诊每次均按3根计', () => {
  const m = member(20, 60); const d = baseDay(); const hk = pick(['pvdent', 'dent3']);
  const c1 = claim(m, hk, 'outpatient', d, ['K04.007'], dentVisit([[N.rct, 2], [N.lido, 1], [N.xr, 1, 0, 0.6]]), { px: ['23.7000'] });
  const c2 = claim(m, hk, 'outpatient', d + ri(6, 9), ['K04.007'], dentVisit([[N.rct, 3]]), { px: ['23.7100'] });
  const c3 = claim(m, hk, 'outpatient', c2._day + ri(6, 10), ['K04.007'], dentVisit([[N.rct, 3], [N.xr, 1, 0, 0.6]]), { px: ['23.7002'] });
  return [[c1, c2, c3], [c2, c3], mut([[c2, [N.rct]], [c3, [N.rct]]])];
}]);
// T03 近视儿童在视光门店附设诊所以“弱视训练”结算
T.push(['T03', '串换：近视防控视光服务按弱视训练（作业疗法）结算', () => {
  const m = member(8, 13); const d = baseDay(); const reg = m.region;
  const c0 = claim(m, 'eye3', 'outpatient', d, ['H52.100'], [[N.reg, 1], [N.slit, 1], [N.fundus, 1]]);
  const cs = [c0]; for (let k = 0; k < 4; k++) cs.push(claim(m, 'optic', 'outpatient', d + 10 + 7 * k, ['H53.001'], [[N.reg, 1], ['作业疗法', 1]], { dept: 'ophthalmology' }));
  const tg = cs.slice(1); return [cs, tg, mut(tg.map(c => [c, ['作业疗法']]))];
}]);
// T04 种植牙一期手术按阻生牙拔除结算
T.push(['T04', '串换：种植体植入按阻生牙拔除术结算（牙已缺失）', () => {
  const m = member(35, 65); const d = baseDay(); const hk = 'pvdent';
  const c1 = claim(m, hk, 'outpatient', d, ['K04.500x001'], dentVisit([[N.ext, 1], [N.lido, 1], [N.xr, 1, 0, 0.6]]), { px: ['23.0900'] });
  const c2 = claim(m, hk, 'outpatient', d + ri(90, 120), ['K01.100'], dentVisit([[N.imp, 2], [N.lido, 2], [N.suture, 1], [N.amox, 18], [N.metro, 6]]), { px: ['23.0900'] });
  return [[c1, c2], [c2], mut([[c2, [N.imp]]])];
}]);
// T05 抗VEGF玻璃体腔注药用于干性AMD（编码为未特指黄斑变性）
T.push(['T05', '超限定支付：玻璃体腔注药用于干性黄斑变性（主诊断写未特指）', () => {
  const m = member(68, 88); const d = baseDay(); const hk = pick(['eye3', 'pveye']);
  const c0 = claim(m, hk, 'outpatient', d, ['H35.300x010'], [...eyeVisit(true)]);
  const cs = [c0]; for (let k = 0; k < 3; k++) cs.push(claim(m, hk, 'inpatient', d + 7 + 30 * k, ['H35.300'], ivtStay(), { px: ['14.7903'], dept: 'ophthalmology' }));
  const tg = cs.slice(1); return [cs, tg, mut(tg.map(c => [c, [N.dexa]]))];
}]);
// T06 变应性鼻炎复诊每次“听力电生理”（ABR，脑电图行）+ 血常规
T.push(['T06', '过度检查：鼻炎复诊每次做听性脑干反应与血常规', () => {
  const m = member(18, 55); const d = baseDay(); const hk = pick(['ent3', 'cty2']);
  const cs = []; for (let k = 0; k < 3; k++) cs.push(claim(m, hk, 'outpatient', d + 14 * k, ['J30.400'], [[N.reg, 1], [N.eeg, 1], [N.cbc, 1], [N.lora, 14]], { dept: 'otolaryngology' }));
  return [cs, cs, mut(cs.map(c => [c, [N.eeg, N.cbc]]))];
}]);
// T07 低标准入院：干眼/结膜炎收住院，人工泪液+输液
T.push(['T07', '低标准入院：干眼综合征/急性结膜炎收住眼科病房4–6天', () => {
  const m = member(45, 80); const d = baseDay(); const los = ri(4, 6);
  const c0 = claim(m, 'pveye', 'outpatient', d, ['H04.103'], [...eyeVisit(false)]);
  const c1 = claim(m, 'pveye', 'inpatient', d + 1, [pick(['H04.103', 'H10.300'])], [[N.hyaE, 2], [N.levoE, 1], [N.slit, 2], [N.fundus, 1], [N.cbc, 1], [N.ecg, 1], [N.ns, los], [N.iv1, los], [N.ivset, los], [N.visitIP, los + 1], [N.bed, los + 1], [N.n2, los + 1]], { los, dept: 'ophthalmology' });
  return [[c0, c1], [c1], {}];
}]);
// T08 双耳鼓膜置管分两次日间住院
T.push(['T08', '分解住院：儿童双耳鼓室置管拆成两次日间住院（相隔2–4天）', () => {
  const m = member(3, 8); const d = baseDay(); const hk = pick(['ent3', 'gen3']);
  const st = () => [[N.ga, 1], [N.prop, 1], [N.drape, 1], [N.visitIP, 1], [N.bed, 1], [N.n2, 1], [N.childPara, 3], ...preop.slice(0, 3)];
  const c0 = claim(m, hk, 'outpatient', d, ['H65.300x001'], [[N.reg, 1], [N.childPara, 6]], { dept: 'otolaryngology' });
  const c1 = claim(m, hk, 'inpatient', d + 7, ['H65.300x001'], st(), { px: ['20.0100x005'], dept: 'otolaryngology' });
  const c2 = claim(m, hk, 'inpatient', d + 7 + ri(2, 4), ['H65.300x001'], st(), { px: ['20.0100x005'], dept: 'otolaryngology' });
  return [[c0, c1, c2], [c2], {}];
}]);
// T09 全麻扁桃体切除另收局部浸润麻醉
T.push(['T09', '重复收费：全身麻醉下扁桃体切除另收局部浸润麻醉与利多卡因', () => {
  const m = member(6, 40); const d = baseDay(); const los = ri(2, 3); const child = m.age < 14;
  const items = tonsilStay(los, child); items.push([N.local, 1, 1], [N.lido, 2, 1]);
  const c0 = claim(m, 'ent3', 'outpatient', d, ['J35.000'], [[N.reg, 1], [N.cbc, 1]], { dept: 'otolaryngology' });
  const c1 = claim(m, 'ent3', 'inpatient', d + ri(5, 12), ['J35.000'], items, { los, px: ['28.2x00x002'], pxOff: 1, dept: 'otolaryngology' });
  return [[c0, c1], [c1], mut([[c1, [N.local, N.lido]]])];
}]);
// T10 冒名就医：同一参保人同日两地就诊（本地口腔，异地眼科取药）
T.push(['T10', '冒名就医：借卡异地眼科取药，与本人当日本地就诊重叠', () => {
  const m = member(28, 50); const d = baseDay(); const other = pick(REG.filter(r => r !== m.region));
  const c1 = claim(m, 'pvdent', 'outpatient', d, ['K05.100'], dentVisit([[N.scale, 1]]));
  const c2 = claim(m, 'eye3', 'outpatient', d, ['H40.100'], [[N.reg, 1], [N.slit, 1], [N.timE, 3], [N.hyaE, 2]], { region: other, insuredRegion: m.region });
  return [[c1, c2], [c2], {}];
}]);
// T11 降眼压滴眼液多机构叠开
T.push(['T11', '超量开药：降眼压滴眼液在三处机构两周内叠开', () => {
  const m = member(55, 85); const d = baseDay();
  const c1 = claim(m, 'eye3', 'outpatient', d, ['H40.100'], [[N.reg, 1], [N.slit, 1], [N.timE, 2]]);
  const c2 = claim(m, 'comm', 'outpatient', d + ri(4, 7), ['H40.100'], [[N.reg, 1], [N.timE, 3]]);
  const c3 = claim(m, 'pharm', 'pharmacy', d + ri(9, 14), ['H40.100'], [[N.timE, 3]]);
  return [[c1, c2, c3], [c2, c3], mut([[c2, [N.timE]], [c3, [N.timE]]])];
}]);
// T12 抗组胺药跨机构叠开
T.push(['T12', '超量开药：变应性鼻炎抗组胺药医院、社区、药店叠开', () => {
  const m = member(18, 60); const d = baseDay();
  const c1 = claim(m, 'ent3', 'outpatient', d, ['J30.400'], [[N.reg, 1], [N.lora, 28]], { dept: 'otolaryngology' });
  const c2 = claim(m, 'comm', 'outpatient', d + ri(4, 8), ['J30.400'], [[N.reg, 1], [N.ceti, 28]]);
  const c3 = claim(m, 'pharm', 'pharmacy', d + ri(10, 15), ['J30.400'], [[N.lora, 30]]);
  return [[c1, c2, c3], [c2, c3], mut([[c2, [N.ceti]], [c3, [N.lora]]])];
}]);
// T13 义诊筛查车诱导：早期白内障集中手术
let scrDay = null;
T.push(['T13', '诱导就医：免费筛查后初期白内障集中日间手术', () => {
  const m = member(62, 82, { resident: true, region: '220100' }); if (!scrDay || rnd() < 0.2) scrDay = baseDay();
  const c0 = claim(m, 'pveye', 'outpatient', scrDay, ['H25.000'], [[N.reg, 1], [N.slit, 1], [N.fundus, 1], [N.ascan, 1]]);
  const c1 = claim(m, 'pveye', 'inpatient', scrDay + ri(3, 6), ['H25.000'], cataractStay(0, { preop: true }), { px: ['13.4100x001', '13.7100x001'], dept: 'ophthalmology' });
  return [[c0, c1], [c1], {}];
}]);
// T14 角膜塑形镜护理液按滴眼液结算（视光店药店）
T.push(['T14', '串换：角膜塑形镜护理液按玻璃酸钠/左氧氟沙星滴眼液结算', () => {
  const m = member(8, 14); const d = baseDay();
  const cs = []; for (let k = 0; k < 3; k++) cs.push(claim(m, 'optic', 'pharmacy', d + 30 * k, ['H04.103'], [[N.hyaE, 4], [N.levoE, 2]]));
  return [cs, cs, mut(cs.map(c => [c, [N.hyaE, N.levoE]]))];
}]);
// T15 鼻腔息肉切除编码为内镜下鼻窦病损切除
T.push(['T15', '高套编码：鼻腔息肉单纯切除编为内镜下鼻窦病损切除术', () => {
  const m = member(25, 65); const d = baseDay(); const los = ri(1, 2);
  const c0 = claim(m, 'ent3', 'outpatient', d, ['J33.000'], [[N.reg, 1]], { dept: 'otolaryngology' });
  const c1 = claim(m, 'gen3', 'inpatient', d + ri(5, 10), ['J32.000', 'J33.000'], [[N.local, 1], [N.lido, 2], [N.bandage, 2], [N.drape, 1], [N.visitIP, los + 1], [N.bed, los + 1], [N.n2, los + 1], ...preop, [N.cefx, 6]], { los, px: ['22.6002'], dept: 'otolaryngology' });
  return [[c0, c1], [c1], {}];
}]);

// ================= CONTROLS =================
const C = [];
C.push(['C01', '双眼白内障相隔3–6周分别日间手术', () => {
  const m = member(62, 85); const d = baseDay(); const hk = pick(['eye3', 'gen3', 'cty2']);
  const c0 = claim(m, hk, 'outpatient', d, ['H25.001'], [...eyeVisit(true), [N.ascan, 1], ...preop]);
  const c1 = claim(m, hk, 'inpatient', d + 5, ['H25.001'], cataractStay(0), { px: ['13.4100x001', '13.7100x001'], dept: 'ophthalmology' });
  const c2 = claim(m, hk, 'outpatient', d + 6, ['Z96.101'], [[N.reg, 1], [N.slit, 1]]);
  const c3 = claim(m, hk, 'inpatient', d + 5 + ri(21, 42), ['H25.001'], cataractStay(0), { px: ['13.4100x001', '13.7100x001'], dept: 'ophthalmology' });
  return [c0, c1, c2, c3];
}]);
C.push(['C02', '日间白内障术后眼压升高留观一晚', () => {
  const m = member(65, 88); const d = baseDay();
  const c1 = claim(m, 'eye3', 'inpatient', d, ['H25.001', 'H40.200'], [...cataractStay(1), [N.timE, 1], ['甘露醇注射液', 2], [N.iv1, 1], [N.ivset, 1]], { los: 1, px: ['13.4100x001', '13.7100x001'], dept: 'ophthalmology' });
  return [c1];
}]);
C.push(['C03', '湿性AMD抗VEGF每月负荷注射3次后按需', () => {
  const m = member(65, 88); const d = baseDay(); const hk = 'eye3';
  const cs = [claim(m, hk, 'outpatient', d, ['H35.300x011'], [...eyeVisit(true)])];
  for (let k = 0; k < 3; k++) cs.push(claim(m, hk, 'inpatient', d + 4 + 30 * k, ['H35.300x011'], ivtStay(), { px: ['14.7903'], dept: 'ophthalmology' }));
  cs.push(claim(m, hk, 'outpatient', d + 4 + 90 + 28, ['H35.300x011'], [...eyeVisit(true)]));
  return cs;
}]);
C.push(['C04', '儿童扁桃体伴腺样体同期切除（OSA）', () => {
  const m = member(4, 9); const d = baseDay(); const los = ri(2, 3);
  const c0 = claim(m, 'ent3', 'outpatient', d, ['J35.300'], [[N.reg, 1], [N.cbc, 1]], { dept: 'otolaryngology' });
  const c1 = claim(m, 'ent3', 'inpatient', d + ri(5, 14), ['J35.300', 'G47.300'], tonsilStay(los, true), { los, px: ['28.3x01'], pxOff: 1, dept: 'otolaryngology' });
  return [c0, c1];
}]);
C.push(['C05', '四根管磨牙根管治疗分三次完成', () => {
  const m = member(25, 60); const d = baseDay(); const hk = pick(['dent3', 'pvdent']);
  const c1 = claim(m, hk, 'outpatient', d, ['K04.007'], dentVisit([[N.rct, 4], [N.lido, 1], [N.xr, 1, 0, 0.6]]), { px: ['23.7000'] });
  const c2 = claim(m, hk, 'outpatient', d + 7, ['K04.007'], dentVisit([]), { px: ['23.7100'] });
  const c3 = claim(m, hk, 'outpatient', d + 14, ['K04.007'], dentVisit([[N.xr, 1, 0, 0.6]]), { px: ['23.7002'] });
  return [c1, c2, c3];
}]);
C.push(['C06', '白内障术后眼内炎再入院玻璃体切割', () => {
  const m = member(62, 85); const d = baseDay(); const los = ri(6, 9);
  const c1 = claim(m, 'eye3', 'inpatient', d, ['H25.001'], cataractStay(0), { px: ['13.4100x001', '13.7100x001'], dept: 'ophthalmology' });
  const c2 = claim(m, 'eye3', 'inpatient', d + ri(3, 6), ['H44.000x002'], [[N.ga, 2, 1], [N.drape, 1, 1], [N.dexa, 2, 1], ['注射用头孢他啶', 3 * los], [N.vanc, los], [N.ns, 2 * los], [N.iv1, los], [N.ivset, los], [N.levoE, 2], [N.tobE, 2], [N.cbc, 2], [N.crp, 2], ['细菌培养及药敏', 1], [N.visitIP, los + 1], [N.bed, los + 1], [N.n1, 3], [N.n2, los - 2]], { los, route: 'emergency', px: ['14.7401', '14.7903'], pxOff: 1, dept: 'ophthalmology' });
  return [c1, c2];
}]);
C.push(['C07', '突发性聋激素+银杏叶治疗，按指南复查听力', () => {
  const m = member(25, 65); const d = baseDay(); const los = ri(8, 10);
  const c0 = claim(m, 'ent3', 'outpatient', d, ['H91.200x001'], [[N.regS, 1], [N.eeg, 1]], { dept: 'otolaryngology' });
  const c1 = claim(m, 'ent3', 'inpatient', d + 1, ['H91.200x001'], [[N.mp, 3], [N.pred, 20], [N.ginkgo, 2 * Math.min(los, 10)], [N.ns, 2 * los], [N.iv1, los], [N.ivset, los], [N.eeg, 1, los - 1], [N.cbc, 1], [N.glu, 2], [N.elec, 1], [N.ome, 2 * los], [N.visitIP, los + 1], [N.bed, los + 1], [N.n2, los + 1]], { los, dept: 'otolaryngology' });
  const c2 = claim(m, 'ent3', 'outpatient', d + 1 + los + 14, ['H91.200x001'], [[N.reg, 1], [N.eeg, 1]], { dept: 'otolaryngology' });
  return [c0, c1, c2];
}]);
C.push(['C08', '颌面外伤（他人殴打，第三方已赔付部分）下颌骨骨折内固定+牙外伤处理', () => {
  const m = member(20, 50); const d = baseDay(); const los = ri(6, 9);
  const c1 = claim(m, 'dent3', 'inpatient', d, ['S02.600x081', 'S02.500'], [[N.ga, 3, 1], [N.prop, 3, 1], [N.fent, 2, 1], [N.plate, 2, 1], [N.screw, 8, 1], [N.suture, 4, 1], [N.drape, 1, 1], [N.ct, 1], [N.cbc, 2], [N.coag, 1], [N.inf8, 1], [N.ecg, 1], [N.cefur, 3 * los], [N.ns, 2 * los], [N.iv1, los], [N.ivset, los], [N.ext, 1, 2], [N.visitIP, los + 1], [N.bed, los + 1], [N.n1, 2], [N.n2, los - 1]], { los, route: 'emergency', px: ['76.7602', '23.0900'], pxOff: 1, dept: 'stomatology' });
  const c2 = claim(m, 'dent3', 'outpatient', d + los + 7, ['S02.600x081'], [[N.reg, 1], [N.dress, 1], [N.xr, 1]]);
  return [c1, c2];
}]);
C.push(['C09', '原发性开角型青光眼每3个月复诊取药', () => {
  const m = member(50, 80); const d = ri(5, 60);
  return [0, 1, 2].map(k => claim(m, 'eye3', 'outpatient', d + 84 * k, ['H40.100'], [[N.reg, 1], [N.slit, 1], ...(k === 0 || k === 2 ? [[N.fundus, 1]] : []), [N.timE, 3]]));
}]);
C.push(['C10', '变应性鼻炎季节性复诊，单一机构28天量', () => {
  const m = member(12, 55); const d = ri(60, 120);
  return [0, 1].map(k => claim(m, 'ent3', 'outpatient', d + 28 * k, ['J30.400'], [[N.reg, 1], [N.lora, 28]], { dept: 'otolaryngology' }));
}]);
C.push(['C11', '儿童近视/屈光参差性弱视：确诊与复诊', () => {
  const m = member(4, 8); const d = baseDay();
  return [0, 1].map(k => claim(m, 'eye3', 'outpatient', d + 90 * k, ['H53.002'], [[N.reg, 1], [N.slit, 1], [N.fundus, 1]]));
}]);
C.push(['C12', '慢性牙周炎分次龈上洁治（两次）', () => {
  const m = member(30, 70); const d = baseDay();
  return [0, 1].map(k => claim(m, pick(['dent3', 'pvdent']), 'outpatient', d + 10 * k, ['K05.100'], dentVisit([[N.scale, 1]])));
}]);
C.push(['C13', '阻生智齿拔除（真阻生，下颌）', () => {
  const m = member(18, 35); const d = baseDay();
  return [claim(m, 'dent3', 'outpatient', d, ['K01.100'], dentVisit([[N.imp, 1], [N.lido, 1], [N.suture, 1], [N.xr, 1, 0, 0.6], [N.amox, 18], [N.metro, 6]]), { px: ['23.0900'] })];
}]);
C.push(['C14', '视网膜中央静脉阻塞黄斑水肿玻璃体腔注药', () => {
  const m = member(55, 80); const d = baseDay();
  return [claim(m, 'eye3', 'outpatient', d, ['H34.803', 'I10.x00x002'], [...eyeVisit(true), [N.amlo, 30]]), claim(m, 'eye3', 'inpatient', d + 5, ['H34.803'], ivtStay(), { px: ['14.7903'], dept: 'ophthalmology' }), claim(m, 'eye3', 'inpatient', d + 35, ['H34.803'], ivtStay(), { px: ['14.7903'], dept: 'ophthalmology' })];
}]);
C.push(['C15', '成人慢性扁桃体炎反复发作扁桃体切除住院3天', () => {
  const m = member(18, 40); const d = baseDay(); const los = 3;
  return [claim(m, 'ent3', 'inpatient', d, ['J35.000'], tonsilStay(los, false), { los, px: ['28.2x00x002'], pxOff: 1, dept: 'otolaryngology' })];
}]);
C.push(['C16', '扁桃体术后出血再入院', () => {
  const m = member(8, 35); const d = baseDay(); const child = m.age < 14;
  const c1 = claim(m, 'ent3', 'inpatient', d, ['J35.000'], tonsilStay(2, child), { los: 2, px: ['28.2x00x002'], pxOff: 1, dept: 'otolaryngology' });
  const c2 = claim(m, 'ent3', 'inpatient', d + ri(6, 9), ['T81.000'], [[N.ga, 1], [N.prop, 1], [N.suture, 2], [N.drape, 1], ['氨甲环酸注射液', 2], [N.cbc, 2], [N.coag, 1], [N.cefur, 4], [N.ns, 4], [N.iv1, 2], [N.ivset, 2], [N.visitIP, 3], [N.bed, 3], [N.n1, 2]], { los: 2, route: 'emergency', px: ['28.7x00'], dept: 'otolaryngology' });
  return [c1, c2];
}]);
C.push(['C17', '家人同日同店配药：父母青光眼滴眼液与儿童过敏药', () => {
  const m = member(55, 80); const d = baseDay();
  return [claim(m, 'pharm', 'pharmacy', d, ['H40.100'], [[N.timE, 2]]), claim(m, 'pharm', 'pharmacy', d + 60, ['H40.100'], [[N.timE, 2]])];
}]);
C.push(['C18', '鼻内镜鼻息肉切除（真息肉）日间手术', () => {
  const m = member(25, 65); const d = baseDay();
  return [claim(m, 'ent3', 'outpatient', d, ['J33.000'], [[N.reg, 1]], { dept: 'otolaryngology' }), claim(m, 'gen3', 'inpatient', d + 7, ['J33.000'], [[N.ga, 1], [N.prop, 2], [N.fent, 1], [N.bandage, 2], [N.drape, 1], [N.visitIP, 1], [N.bed, 1], [N.n2, 1], ...preop], { px: ['21.3102'], dept: 'otolaryngology' })];
}]);
C.push(['C19', '急性化脓性中耳炎儿童抗生素调整复诊', () => {
  const m = member(2, 8); const d = baseDay();
  return [claim(m, 'ent3', 'outpatient', d, ['H66.000'], [[N.reg, 1], [N.amox, 21], [N.ibuS, 1]], { dept: 'otolaryngology' }), claim(m, 'ent3', 'outpatient', d + 3, ['H66.000'], [[N.reg, 1], [N.amoxc, 15]], { dept: 'otolaryngology' })];
}]);
C.push(['C20', '异地候鸟老人在居住地做白内障（异地就医）', () => {
  const m = member(65, 82, { region: '230100' }); const d = ri(5, 60);
  return [claim(m, 'eye3', 'outpatient', d, ['H25.001'], [...eyeVisit(true), [N.ascan, 1], ...preop], { region: '510100', insuredRegion: m.region }), claim(m, 'eye3', 'inpatient', d + 6, ['H25.001'], cataractStay(0), { region: '510100', insuredRegion: m.region, px: ['13.4100x001', '13.7100x001'], dept: 'ophthalmology' })];
}]);
C.push(['C21', '糖尿病患者白内障：术前血糖控制与检验', () => {
  const m = member(55, 80); const d = baseDay();
  return [claim(m, 'cty2', 'outpatient', d, ['H25.001', 'E11.900'], [...eyeVisit(false), [N.ascan, 1], ...preop, [N.hba1c, 1], [N.met, 90]]), claim(m, 'cty2', 'inpatient', d + 7, ['H25.001', 'E11.900'], [...cataractStay(0), ['血糖监测(快速)', 3]], { px: ['13.4100x001', '13.7100x001'], dept: 'ophthalmology' })];
}]);
C.push(['C22', '多颗牙急性牙髓炎同日开髓+止痛', () => {
  const m = member(20, 60); const d = baseDay();
  return [claim(m, 'dent3', 'outpatient', d, ['K04.001'], dentVisit([[N.rct, 3], [N.lido, 2], [N.xr, 1, 0, 0.6], [N.ibu, 12]]), { px: ['23.7000'] })];
}]);
C.push(['C23', '急性闭角型青光眼急诊+住院降眼压后激光虹膜切开', () => {
  const m = member(55, 80, { gender: 'F' }); const d = baseDay(); const los = ri(3, 5);
  return [claim(m, 'eye3', 'inpatient', d, ['H40.200x006'], [['甘露醇注射液', 2 * los], [N.timE, 1], [N.tobE, 1], [N.slit, los], [N.fundus, 1], [N.ascan, 1], [N.cbc, 1], [N.elec, 1], [N.iv1, los], [N.ivset, los], [N.visitIP, los + 1], [N.bed, los + 1], [N.n2, los + 1]], { los, route: 'emergency', px: ['12.1100x002'], pxOff: 2, dept: 'ophthalmology' })];
}]);
C.push(['C24', '儿童牙外伤（跌倒）前牙折断急诊处理', () => {
  const m = member(6, 14); const d = baseDay();
  return [claim(m, 'dent3', 'outpatient', d, ['S02.500'], [[N.reg, 1], [N.xr, 1, 0, 0.6], [N.rct, 1], [N.lido, 1]], { px: ['23.7000'] })];
}]);

// ---- build ----
for (const [k, name, fn] of T) for (let i = 0; i < 15; i++) { const [cs, tg, mu] = fn(); addCase('fraud', k, name, cs, tg, mu); }
for (const [k, name, fn] of C) for (let i = 0; i < 15; i++) { const cs = fn(); addCase('control', k, name, cs, cs, {}); }
const RT = [
  () => { const m = member(20, 60); return claim(m, pick(['eye3', 'comm']), 'outpatient', baseDay(), ['H10.300'], [[N.reg, 1], [N.slit, 1], [N.levoE, 1]]); },
  () => { const m = member(25, 70); return claim(m, pick(['dent3', 'pvdent']), 'outpatient', baseDay(), ['K02.100'], dentVisit([])); },
  () => { const m = member(3, 12); return claim(m, 'ent3', 'outpatient', baseDay(), ['H66.000'], [[N.reg, 1], [N.amox, 21]], { dept: 'otolaryngology' }); },
  () => { const m = member(40, 80); return claim(m, 'pharm', 'pharmacy', baseDay(), ['H04.103'], [[N.hyaE, 1]]); },
  () => { const m = member(18, 60); return claim(m, 'comm', 'outpatient', baseDay(), ['J30.400'], [[N.reg, 1], [N.ceti, 14]]); },
];
for (let i = 0; i < 100; i++) { const c = RT[i % RT.length](); addCase('routine', 'R', 'routine', [c], [c], {}); }

// settlement order: by discharge/visit date, then creation
const endDay = (c) => new Date((c.dischargeDate || c.visitDate) + 'T00:00:00Z').getTime();
claims.sort((a, b) => endDay(a) - endDay(b) || a._ord - b._ord);
fs.mkdirSync(OUT, { recursive: true });
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), claims.map(c => { const x = { ...c }; delete x._day; delete x._ord; return JSON.stringify(x); }).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1));
// code check against CHS-DRG dictionaries
const DX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/diagnoses.json', 'utf8')); const PX = JSON.parse(fs.readFileSync('/work/shared/chs-drg-1.1/procedures.json', 'utf8'));
const bad = new Set(); for (const c of claims) { for (const d of c.diagnoses) if (!DX[d.code]) bad.add('dx ' + d.code); for (const p of c.procedures) if (!PX[p.code]) bad.add('px ' + p.code); }
console.error(`claims ${claims.length}, cases ${labels.length}${bad.size ? ', unknown codes: ' + [...bad].join(' ') : ''}`);
