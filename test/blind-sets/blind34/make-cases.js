'use strict';
// Blind evaluation set 34: fraud typologies, legitimate controls and routine background claims.
// Plain Node 20, fixed seed. Writes claims.ndjson and labels.json next to this file.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const L = require('./lib');
const { R, ri, pick, addDays, diffDays, Claim, stay, iv, op, opVisit, newPid, newDoc, hospital, REGIONS, TREE } = L;

const N = Number(process.env.CASES_PER_KIND || 20);
const ROUTINE = 100;
const OUT = __dirname;

function d0(fromMonth = 1, toMonth = 11) { return `2025-${String(ri(fromMonth, toMonth)).padStart(2, '0')}-${String(ri(1, 27)).padStart(2, '0')}`; }
function ctx(o = {}) {
  const region = o.region || pick(REGIONS); const level = o.level || pick([1, 2, 2, 3, 3]);
  return { region, level, hosp: hospital(region, level), doctor: newDoc(), pid: newPid(), ins: o.ins || pick(['employee', 'employee', 'resident']) };
}
function mk(x, o) { return new Claim(Object.assign({ region: x.region, level: x.level, hosp: x.hosp, doctor: x.doctor, pid: x.pid, ins: x.ins }, o)); }

// ----------------------------------------------------------------- clinical building blocks
// TCM inpatient for lumbar / cervical / facial palsy problems
function tcmStay(x, adm, los, dx, o = {}) {
  const k = mk(x, { vt: 'inpatient', dept: 'tcm', adm, dis: addDays(adm, los), dx, age: o.age, gender: o.gender });
  stay(k, { grade: 'Ⅱ级护理', recheck: los > 10 ? los - 3 : 0 });
  if (dx[0].startsWith('M5')) k.add(k.level >= 2 ? '腰椎MRI平扫' : '腰椎X线摄影', adm, 1);
  if (dx[0].startsWith('G51')) k.add('头颅CT平扫', adm, 1);
  const ther = {};
  ther.acu = k.daily('针灸', addDays(adm, 1), los - 1, 1);
  ther.tuina = dx[0].startsWith('G51') ? [] : k.daily('推拿治疗', addDays(adm, 1), los - 1, 1);
  k.daily('双氯芬酸钠缓释片', adm, Math.min(los, 7), 1);
  k.daily('血塞通软胶囊', adm, los, 6);
  if (dx[0].startsWith('G51')) { k.daily('醋酸泼尼松片', adm, 7, 6); k.daily('阿昔洛韦片', adm, 7, 5); k.daily('复合维生素B片', adm, los, 3); }
  if (o.iv !== false) iv(k, adm, Math.min(7, los), 1, dx[0].startsWith('M5') ? [['甘露醇注射液', 1]] : [['地塞米松磷酸钠注射液', 1]]);
  k.ther = ther;
  return k;
}

function geriStay(x, adm, los, o = {}) {
  const k = mk(x, { vt: 'inpatient', dept: 'geriatrics', adm, dis: addDays(adm, los), dx: o.dx || ['J18.900', 'I69.300', 'I10.x00x002'], age: o.age || ri(76, 92) });
  stay(k, { grade: o.grade || ((i) => (i < 5 ? 'Ⅰ级护理' : 'Ⅱ级护理')), cxr: true, recheck: 6 });
  k.add('C反应蛋白测定', adm, 1); k.add('细菌培养及药敏', addDays(adm, 1), 1);
  iv(k, adm, Math.min(10, los - 1), 2, [['注射用头孢曲松钠', 2], ['盐酸氨溴索注射液', 2]]);
  k.daily('吸氧', adm, 5, 12); k.add('一次性使用吸氧管', adm, 1);
  k.daily('苯磺酸氨氯地平片', adm, los, 1); k.daily('阿司匹林肠溶片', adm, los, 1); k.daily('阿托伐他汀钙片', adm, los, 1);
  k.daily('雾化吸入', adm, 5, 2); k.daily('吸入用布地奈德混悬液', adm, 5, 2); k.add('一次性使用雾化器', adm, 1);
  k.add('胸部CT平扫', addDays(adm, los - 2), 1); k.add('C反应蛋白测定', addDays(adm, Math.min(7, los - 1)), 1);
  return k;
}

function herniaDay(x, date, o = {}) {
  const k = mk(x, { vt: 'inpatient', dept: 'day_surgery', adm: date, dis: addDays(date, o.los || 1), dx: ['K40.900x003'], px: [['53.0001', date]], gender: 'M', age: o.age || ri(35, 75), route: 'outpatient' });
  stay(k, { grade: 'Ⅱ级护理', preop: true, labList: ['血常规(五分类)', '凝血四项', '肝功能(全套)', '肾功能(三项)', '常规心电图检查'] });
  op(k, date, '腹股沟疝修补术', o.anaes || 'spinal');
  k.add('疝修补补片', date, 1);
  k.add('注射用头孢呋辛钠', date, 1); iv(k, date, 1, 1);
  k.add('布洛芬缓释胶囊', date, 4);
  return k;
}

function deliveryStay(x, adm, o = {}) {
  const cs = !!o.cs;
  const los = o.los || (cs ? 5 : 3);
  const dd = addDays(adm, 1);
  const dx = o.dx || (cs ? ['O82.000'] : ['O80.000']);
  const k = mk(x, { vt: 'inpatient', dept: 'obstetrics', adm, dis: addDays(adm, los), dx, px: [[cs ? '74.1x01' : '73.5900x002', dd]], gender: 'F', age: o.age || ri(22, 38) });
  stay(k, { grade: (i) => (i <= 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'), preop: true, labList: ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '凝血四项', '常规心电图检查'] });
  k.add('产科B超', adm, 1);
  k.daily('胎心监护', adm, 2, 2);
  if (cs) { op(k, dd, '剖宫产术', 'spinal'); k.add('一次性使用导尿包', dd, 1); k.add('导尿', dd, 1); k.add('一次性使用引流袋', dd, 1); k.add('注射用头孢呋辛钠', dd, 2); }
  else { k.add('阴道分娩接生', dd, 1); k.add('一次性产包', dd, 1); k.add('盐酸利多卡因注射液', dd, 1); k.add('可吸收缝线', dd, 1); }
  k.add('缩宫素注射液', dd, 2); iv(k, dd, cs ? 3 : 1, 2);
  k.add('血常规(五分类)', addDays(dd, 1), 1);
  return k;
}

function newbornStay(x, birth, los, o = {}) {
  const adm = addDays(birth, o.ageDays || 0);
  const k = mk(x, { vt: 'inpatient', dept: 'neonatology', adm, dis: addDays(adm, los), dx: o.dx || ['P59.900'], birthDate: birth, bw: o.bw || ri(2600, 3800), ins: 'resident', enrollment: { enrolledOn: birth, special: 'newborn', continuousYears: 0, contributionYears: 0 } });
  for (let i = 0; i < los; i++) { const d = addDays(adm, i); k.add('新生儿床位费', d, 1); k.add('新生儿护理', d, 1); k.add('住院诊查费', d, 1); }
  k.add('血常规(五分类)', adm, 1); k.add('肝功能(全套)', adm, 1); k.add('C反应蛋白测定', adm, 1); k.add('血型鉴定(ABO+Rh)', adm, 1);
  return k;
}

function endoStay(x, adm, los, dx, o = {}) {
  const k = mk(x, { vt: 'inpatient', dept: 'endocrinology', adm, dis: addDays(adm, los), dx, age: o.age, gender: o.gender });
  stay(k, { grade: o.grade || 'Ⅱ级护理', recheck: los - 2 });
  if (dx[0].startsWith('E11')) k.add('糖化血红蛋白测定', adm, 1); k.add('血脂(四项)', adm, 1); if (dx[0].startsWith('E03') || dx[0].startsWith('E05')) k.add('甲状腺功能(三项)', adm, 1); if (dx[0].startsWith('E11')) { k.add('眼底检查', addDays(adm, 1), 1); k.add('下肢血管彩色多普勒超声', addDays(adm, 2), 1); }
  if (dx[0].startsWith('E11')) {
    k.daily('血糖监测(快速)', adm, los, 4); k.daily('血糖试纸', adm, los, 4);
    k.daily('门冬胰岛素注射液', adm, 1, 1); k.add('甘精胰岛素注射液', adm, 1); k.daily('皮下注射', adm, los, 4);
    k.daily('盐酸二甲双胍片', adm, los, 3);
  } else {
    k.add('甲状腺彩超', addDays(adm, 1), 1); k.add('血脂(四项)', adm, 0); k.daily('左甲状腺素钠片', adm, los, 1);
  }
  return k;
}

function nephStay(x, adm, los, dx, o = {}) {
  const k = mk(x, { vt: 'inpatient', dept: 'nephrology', adm, dis: addDays(adm, los), dx, age: o.age, gender: o.gender });
  stay(k, { grade: 'Ⅱ级护理', recheck: Math.min(los - 1, 6) });
  k.add('泌尿系B超', addDays(adm, 1), 1); k.add('血脂(四项)', adm, 1); k.add('尿常规', addDays(adm, los - 1), 1);
  k.daily('呋塞米片', adm, los, 2); k.daily('螺内酯片', adm, los, 2); k.daily('厄贝沙坦片', adm, los, 1);
  return k;
}

function haemStay(x, adm, los, dx, o = {}) {
  const k = mk(x, { vt: 'inpatient', dept: 'haematology', adm, dis: addDays(adm, los), dx, age: o.age, gender: o.gender });
  stay(k, { grade: 'Ⅱ级护理' });
  k.add('腹部B超', addDays(adm, 1), 1);
  for (let i = 2; i < los; i += 2) k.add('血常规(五分类)', addDays(adm, i), 1);
  return k;
}

function infStay(x, adm, los, dx, o = {}) {
  const k = mk(x, { vt: 'inpatient', dept: 'infectious', adm, dis: addDays(adm, los), dx, age: o.age, gender: o.gender });
  stay(k, { grade: 'Ⅱ级护理', cxr: true, recheck: los - 2 });
  k.add('C反应蛋白测定', adm, 1); k.add('细菌培养及药敏', adm, 1);
  return k;
}

function entStay(x, adm, o = {}) {
  const los = o.los || 4; const od = addDays(adm, 1);
  const kinds = [
    [['J35.000'], '28.2x00x002', '扁桃体切除术'],
    [['J35.000', 'J35.200'], '28.3x01', '扁桃体切除术'],
    [['J35.000'], '28.2x00', '扁桃体切除术'],
  ];
  const [dx, px, svc] = o.kind != null ? kinds[o.kind] : kinds[0];
  const k = mk(x, { vt: 'inpatient', dept: 'ent', adm, dis: addDays(adm, los), dx, px: [[px, od]], age: o.age });
  stay(k, { grade: (i) => (i === 1 ? 'Ⅰ级护理' : 'Ⅱ级护理'), preop: true, cxr: true });
  op(k, od, svc || '扁桃体切除术', 'GA', { hours: 1 });
  iv(k, od, 3, 2, [['注射用头孢呋辛钠', 2], ['地塞米松磷酸钠注射液', 1]]);
  k.daily('雾化吸入', od, 3, 2);
  return k;
}

function derm(x, date, dx, o = {}) {
  const k = mk(x, { vt: 'outpatient', dept: 'dermatology', date, dx, age: o.age, gender: o.gender });
  opVisit(k);
  return k;
}

// ----------------------------------------------------------------- fraud typologies
const T = [];
// T01 虚构中医特色治疗：中医住院中虚记针灸/推拿/运动疗法
T.push({ code: 'T01', name: '虚构中医特色治疗(中医住院)', f(i) {
  const x = ctx(); const adm = d0(); const los = ri(9, 16);
  const dx = pick([['M51.202', 'M54.505'], ['M54.500'], ['G51.003'], ['M54.502']]);
  const k = tcmStay(x, adm, los, dx, { age: ri(35, 75) });
  const m = [];
  const v = i % 4;
  if (v === 0) { // second session of the same therapy every day
    m.push(...k.daily(dx[0].startsWith('G51') ? '针灸' : '推拿治疗', addDays(adm, 1), los - 1, 1));
  } else if (v === 1) { // therapy billed on days after discharge (patient already home)
    m.push(...k.daily('针灸', k.c.dischargeDate, ri(2, 5), 1));
    m.push(...k.daily('推拿治疗', k.c.dischargeDate, ri(1, 3), 1));
  } else if (v === 2) { // 运动疗法 twice a day although no rehabilitation prescribed
    m.push(...k.daily('运动疗法', addDays(adm, 1), los - 1, 2));
  } else { // therapy on the admission evening and weekends fabricated: extra sessions on a subset of days
    for (let j = 0; j < los; j += 2) m.push(k.add('针灸', addDays(adm, j), 1));
  }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T02 过度检查：口腔/耳鼻喉/皮肤门诊开与病情无关的大套检查
T.push({ code: 'T02', name: '与病情无关的检查(口腔/耳鼻喉/皮肤门诊)', f(i) {
  const x = ctx({ level: pick([2, 3]) }); const date = d0();
  const v = i % 4;
  const dxs = [['K04.001'], ['H60.001'], ['L50.900'], ['J30.400']];
  const depts = ['stomatology', 'ent', 'dermatology', 'ent'];
  const k = mk(x, { vt: 'outpatient', dept: depts[v], date, dx: dxs[v], age: ri(18, 60) });
  opVisit(k);
  if (v === 0) { k.add('局部浸润麻醉', date, 1); k.add('盐酸利多卡因注射液', date, 1); k.add('布洛芬缓释胶囊', date, 6); k.add('甲硝唑氯化钠注射液', date, 0); k.add('奥硝唑片', date, 6); }
  if (v === 1) { k.add('换药(小)', date, 1); k.add('莫匹罗星软膏', date, 1); k.add('头孢氨苄胶囊', date, 24); }
  if (v === 2) { k.add('氯雷他定片', date, 14); k.add('西替利嗪片', date, 0); k.add('血常规(五分类)', date, 1); }
  if (v === 3) { k.add('氯雷他定片', date, 14); }
  const pool = ['头颅CT平扫', '心脏彩色多普勒超声', '动态血压监测(24小时)', '肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定', '甲状腺功能(三项)', '腹部B超', '颈部血管彩色多普勒超声', '肝功能(全套)', '血脂(四项)', 'D-二聚体测定', '胸部CT平扫', '糖类抗原19-9(CA19-9)测定'];
  const n = ri(2, 5); const m = []; const used = new Set();
  while (m.length < n) { const t = pick(pool); if (used.has(t)) continue; used.add(t); m.push(k.add(t, date, 1)); }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T03 串换耗材：丙类/自费护理用品以医保敷料名义收费
T.push({ code: 'T03', name: '自费护理用品串换为医保敷料', f(i) {
  const x = ctx(); const v = i % 4; const m = [];
  let k;
  if (v === 0) { // 皮肤科门诊：医用冷敷贴(丙) 记作水胶体敷料
    const date = d0(); k = derm(x, date, ['L20.900'], { age: ri(18, 45), gender: 'F' });
    k.add('丁酸氢化可的松乳膏', date, 2); k.add('氯雷他定片', date, 14);
    m.push(k.add('水胶体敷料', date, ri(6, 12)));
  } else if (v === 1) { // 老年长期住院：护理垫记作藻酸盐敷料，无伤口诊断
    const adm = d0(1, 10); const los = ri(14, 24);
    k = geriStay(x, adm, los, { dx: ['J18.900', 'G30.900', 'I10.x00x002'] });
    for (let j = 0; j < los; j += 2) m.push(k.add('藻酸盐敷料', addDays(adm, j), 2));
  } else if (v === 2) { // 产科：会阴冷敷贴记作泡沫敷料
    const adm = d0(); k = deliveryStay(x, adm, { cs: false });
    m.push(k.add('泡沫敷料', addDays(adm, 1), ri(2, 4))); m.push(k.add('泡沫敷料', addDays(adm, 2), ri(2, 3)));
  } else { // 皮肤科带状疱疹门诊：冷敷贴记作银离子抗菌敷料
    const date = d0(); k = derm(x, date, ['B02.900x001'], { age: ri(50, 80) });
    k.add('阿昔洛韦片', date, 35); k.add('布洛芬缓释胶囊', date, 14);
    m.push(k.add('银离子抗菌敷料', date, ri(3, 6)));
  }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T04 体检串换为诊疗：单位体检套餐以门诊/医保项目结算，诊断为挂名诊断
T.push({ code: 'T04', name: '健康体检套餐串换为医保门诊诊疗', f(i) {
  const x = ctx({ level: pick([1, 2, 3]), ins: 'employee' }); const date = d0();
  const dx = pick([['E78.500'], ['I10.x00x002'], ['R10.400'], ['R10.402'], ['E03.900x006']]);
  const k = mk(x, { vt: 'outpatient', dept: pick(['health_check', 'internal', 'general_practice']), date, dx, age: ri(28, 58) });
  opVisit(k);
  const pack = ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '血脂(四项)', '空腹血糖测定', '常规心电图检查', '胸部X线摄影(正侧位)', '腹部B超', '甲状腺彩超', '乙肝五项定量', '肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定'];
  if (k.c.patient.gender === 'F') pack.push('乳腺彩超', '妇科B超', '宫颈液基细胞学检查(TCT)'); else if (ri(0, 1)) pack.push('前列腺特异性抗原(PSA)测定');
  const m = [];
  for (const t of pack) if (R() < 0.85) m.push(k.add(t, date, 1));
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T05 分解收费：组合检验与其组成项目同日分别收费
T.push({ code: 'T05', name: '组合检验拆成单项另收(分解收费)', f(i) {
  const x = ctx(); const adm = d0(); const v = i % 4; const m = [];
  let k;
  if (v === 0) { // 感染科慢乙肝：肝功能全套 + ALT/AST/TBIL
    const los = ri(8, 12); k = infStay(x, adm, los, ['B18.105']);
    k.daily('恩替卡韦分散片', adm, los, 1); iv(k, adm, los - 1, 2, [['异甘草酸镁注射液', 1], ['注射用还原型谷胱甘肽', 2]]);
    k.add('乙肝五项定量', adm, 1);
    for (const d of [adm, addDays(adm, los - 2)]) { m.push(k.add('丙氨酸氨基转移酶测定', d, 1)); m.push(k.add('天门冬氨酸氨基转移酶测定', d, 1)); m.push(k.add('总胆红素测定', d, 1)); }
  } else if (v === 1) { // 血液科缺铁性贫血：血常规 + 血红蛋白
    const los = ri(5, 8); k = haemStay(x, adm, los, ['D50.900'], { gender: 'F', age: ri(25, 55) });
    k.daily('琥珀酸亚铁片', adm, los, 3);
    for (let j = 0; j < los; j += 2) m.push(k.add('血红蛋白测定', addDays(adm, j), 1));
  } else if (v === 2) { // 肾内科：肾功能三项 + 肌酐 + 尿素
    const los = ri(7, 12); k = nephStay(x, adm, los, ['N03.900x003']);
    for (const d of [adm, addDays(adm, 3), addDays(adm, los - 1)]) { m.push(k.add('肌酐测定', d, 1)); m.push(k.add('尿素测定', d, 1)); }
  } else { // 内分泌：血脂四项 + 总胆固醇
    const los = ri(6, 9); k = endoStay(x, adm, los, ['E11.900', 'E78.500']);
    m.push(k.add('总胆固醇测定', adm, 1)); m.push(k.add('总胆固醇测定', addDays(adm, los - 2), 1)); k.add('血脂(四项)', addDays(adm, los - 2), 1);
  }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T06 重复收费：同一服务同日两条(输液首组/小儿头皮输液/床位/换药)
T.push({ code: 'T06', name: '同日重复收取同一服务', f(i) {
  const x = ctx(); const adm = d0(); const v = i % 4; const m = [];
  let k;
  if (v === 0) { // 儿童感染科：小儿头皮静脉输液 + 静脉输液(第一组) 同日
    const los = ri(4, 6);
    k = mk(x, { vt: 'inpatient', dept: 'paediatrics', adm, dis: addDays(adm, los), dx: ['A09.001'], age: ri(1, 4), ins: 'resident' });
    stay(k, { labList: ['血常规(五分类)', '大便常规+隐血', '电解质(四项)', 'C反应蛋白测定'] });
    for (let j = 0; j < los - 1; j++) { const d = addDays(adm, j); k.add('小儿头皮静脉输液', d, 1); k.add('葡萄糖氯化钠注射液', d, 1); k.add('一次性使用输液器', d, 1); m.push(k.add('静脉输液(第一组)', d, 1)); }
    k.daily('蒙脱石散', adm, los, 3);
  } else if (v === 1) { // 老年科：同日双人间+三人间床位
    const los = ri(10, 18); k = geriStay(x, adm, los, {});
    for (let j = 3; j < los; j += 1) m.push(k.add('普通病房床位费(双人间)', addDays(adm, j), 1));
  } else if (v === 2) { // 骨科：换药(中)+换药(小) 同日
    const los = ri(8, 12); const od = addDays(adm, 1);
    k = mk(x, { vt: 'inpatient', dept: 'orthopaedics', adm, dis: addDays(adm, los), dx: ['S72.000x031'], px: [['79.3500x017', od]], age: ri(45, 70) });
    stay(k, { grade: (j) => (j < 3 ? 'Ⅰ级护理' : 'Ⅱ级护理'), preop: true, cxr: true });
    k.add('四肢X线摄影', adm, 1); op(k, od, '骨折切开复位内固定术', 'spinal'); k.add('骨科螺钉', od, 3);
    iv(k, od, 3, 2, [['注射用头孢呋辛钠', 2]]); k.daily('低分子量肝素钙注射液', od, los - 2, 1);
    for (let j = 2; j < los; j += 2) { const d = addDays(adm, j); k.add('换药(中)', d, 1); m.push(k.add('换药(小)', d, 1)); }
  } else { // 肾内科：首组输液一天两次
    const los = ri(7, 10); k = nephStay(x, adm, los, ['N10.x02'], { gender: 'F' });
    k.add('细菌培养及药敏', adm, 1);
    iv(k, adm, los - 1, 1, [['注射用头孢曲松钠', 2]]);
    for (let j = 0; j < los - 1; j++) m.push(k.add('静脉输液(第一组)', addDays(adm, j), 1));
  }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T07 超标准收费：单价高于本级医院限价
T.push({ code: 'T07', name: '单价高于本级限价(超标准收费)', f(i) {
  const x = ctx({ level: pick([1, 2]) }); const adm = d0(); const v = i % 4; const m = [];
  let k;
  const bump = (name, d, q, factor) => { const r = L.rows[name]; return k.add(name, d, q, { price: L.r2(r.price[3] * factor) }); };
  if (v === 0) { // 二级/一级医院按三级价收护理与诊查
    const los = ri(6, 10); k = nephStay(x, adm, los, ['N04.900']);
    iv(k, adm, los - 1, 1, [['呋塞米注射液', 2]]); k.daily('低分子量肝素钙注射液', adm, los, 1); k.daily('醋酸泼尼松片', adm, los, 12);
    k.c.items = k.c.items.filter((it) => it.name !== '住院诊查费'); // re-bill at level-3 price
    for (let j = 0; j < los; j++) m.push(bump('住院诊查费', addDays(adm, j), 1, 1));
  } else if (v === 1) { // 骨科螺钉/接骨板加价
    const los = ri(7, 11); const od = addDays(adm, 1);
    k = mk(x, { vt: 'inpatient', dept: 'orthopaedics', adm, dis: addDays(adm, los), dx: ['S72.000x031'], px: [['79.3500x016', od]], age: ri(40, 70) });
    stay(k, { grade: (j) => (j < 3 ? 'Ⅰ级护理' : 'Ⅱ级护理'), preop: true, cxr: true }); op(k, od, '骨折切开复位内固定术', 'spinal');
    m.push(bump('接骨板', od, 1, 1 + ri(15, 60) / 100)); m.push(bump('骨科螺钉', od, ri(4, 8), 1 + ri(20, 80) / 100));
  } else if (v === 2) { // 门诊皮肤科：换药、敷料、软膏加价
    const date = d0(); k = derm(x, date, ['L03.103']);
    m.push(bump('换药(中)', date, 1, 1.3)); m.push(bump('莫匹罗星软膏', date, 2, 1.5)); k.add('头孢呋辛酯片', date, 14);
  } else { // 耳鼻喉住院：手术费按三级价上浮
    k = entStay(x, adm, { kind: 0 });
    const it = k.c.items.find((t) => t.name === '扁桃体切除术'); it.unitPrice = L.r2(L.rows['扁桃体切除术'].price[3] * 1.25); it.amount = it.unitPrice; m.push(it.lineId);
  }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T08 超限定适应症支付
T.push({ code: 'T08', name: '限定适应症以外使用(超限定支付)', f(i) {
  const x = ctx({ level: pick([2, 3]) }); const adm = d0(); const v = i % 5; const m = [];
  let k;
  if (v === 0) { // 血液科缺铁性贫血用促红素
    const los = ri(6, 9); k = haemStay(x, adm, los, ['D50.900'], { gender: 'F', age: ri(30, 60) });
    k.daily('琥珀酸亚铁片', adm, los, 3);
    for (let j = 1; j < los; j += 2) { m.push(k.add('重组人促红素注射液', addDays(adm, j), 1)); k.add('皮下注射', addDays(adm, j), 1); }
  } else if (v === 1) { // 内分泌门诊单纯肥胖用利拉鲁肽
    const date = d0(); k = mk(x, { vt: 'outpatient', dept: 'endocrinology', date, dx: ['E66.000'], age: ri(25, 45) }); opVisit(k);
    k.add('空腹血糖测定', date, 1); k.add('血脂(四项)', date, 1); m.push(k.add('利拉鲁肽注射液', date, ri(2, 3)));
  } else if (v === 2) { // 老年科脑梗后遗症+肺炎用白蛋白、脂肪乳
    const los = ri(12, 20); k = geriStay(x, adm, los, {});
    for (let j = 2; j < los; j += 2) m.push(k.add('人血白蛋白', addDays(adm, j), 1));
    for (let j = 2; j < 9; j++) m.push(k.add('脂肪乳注射液(C14～24)', addDays(adm, j), 1));
  } else if (v === 3) { // 皮肤科药疹/荨麻疹住院用异甘草酸镁保肝
    const los = ri(5, 8); k = mk(x, { vt: 'inpatient', dept: 'dermatology', adm, dis: addDays(adm, los), dx: ['L50.900'] });
    stay(k, {}); iv(k, adm, los - 1, 2, [['地塞米松磷酸钠注射液', 1]]); k.daily('氯雷他定片', adm, los, 1);
    for (let j = 0; j < los - 1; j++) m.push(k.add('异甘草酸镁注射液', addDays(adm, j), 1));
  } else { // 体检转诊非糖尿病者查糖化血红蛋白
    const date = d0(); k = mk(x, { vt: 'outpatient', dept: 'general_practice', date, dx: ['E78.500'], age: ri(35, 65) }); opVisit(k);
    k.add('血脂(四项)', date, 1); k.add('空腹血糖测定', date, 1); k.add('阿托伐他汀钙片', date, 28); m.push(k.add('糖化血红蛋白测定', date, 1));
  }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T09 超限定使用场景/医院级别
T.push({ code: 'T09', name: '限住院/限级别药品在门诊留观或低级别医院使用', f(i) {
  const v = i % 4; const m = []; let k;
  if (v === 0) { // 急诊留观（门诊结算）用注射用泮托拉唑、参麦注射液
    const x = ctx({ level: pick([2, 3]) }); const date = d0();
    k = mk(x, { vt: 'outpatient', dept: 'emergency', date, dx: ['R10.400'] }); k.add('急诊诊察费', date, 1);
    k.add('血常规(五分类)', date, 1); k.add('腹部B超', date, 1); iv(k, date, 1, 2);
    m.push(k.add('注射用泮托拉唑钠', date, 2)); if (R() < 0.5) m.push(k.add('参麦注射液', date, 4));
  } else if (v === 1) { // 门诊输注还原型谷胱甘肽（限住院）
    const x = ctx({ level: pick([2, 3]) }); const date = d0();
    k = mk(x, { vt: 'outpatient', dept: 'infectious', date, dx: ['B18.104'] }); opVisit(k); iv(k, date, 1, 2);
    m.push(k.add('注射用还原型谷胱甘肽', date, 2)); k.add('恩替卡韦分散片', date, 28);
  } else if (v === 2) { // 一级医院用头孢他啶/前列地尔（限二级以上）
    const x = ctx({ level: 1 }); const adm = d0(); const los = ri(6, 10);
    k = geriStay(x, adm, los, { dx: ['J18.900', 'E11.900'] });
    for (let j = 0; j < Math.min(6, los - 1); j++) m.push(k.add('注射用头孢他啶', addDays(adm, j), 3));
    if (R() < 0.5) for (let j = 0; j < 5; j++) m.push(k.add('前列地尔注射液', addDays(adm, j), 1));
  } else { // 二级医院用美罗培南（限三级）治疗肾盂肾炎
    const x = ctx({ level: 2 }); const adm = d0(); const los = ri(7, 10);
    k = nephStay(x, adm, los, ['N10.x02'], { gender: 'F' }); iv(k, adm, los - 1, 1);
    for (let j = 0; j < los - 1; j++) m.push(k.add('注射用美罗培南', addDays(adm, j), 3));
  }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T10 过度治疗：无指征的辅助用药/中药注射剂
T.push({ code: 'T10', name: '无指征辅助用药与中药注射剂(过度治疗)', f(i) {
  const x = ctx({ level: pick([2, 3]) }); const adm = d0(); const v = i % 4; const m = []; let k;
  const los = ri(7, 12);
  if (v === 0) { // 耳鼻喉良性阵发性眩晕住院 + 胞磷胆碱、奥拉西坦(限卒中)
    k = mk(x, { vt: 'inpatient', dept: 'ent', adm, dis: addDays(adm, los), dx: ['H81.100'] }); stay(k, {}); k.add('头颅CT平扫', adm, 1); k.daily('甲磺酸倍他司汀片', adm, los, 3);
    iv(k, adm, los - 1, 2);
    for (let j = 0; j < los - 1; j++) m.push(k.add('胞磷胆碱钠注射液', addDays(adm, j), 2));
  } else if (v === 1) { // 皮肤科银屑病住院 + 丹参注射液、血栓通
    k = mk(x, { vt: 'inpatient', dept: 'dermatology', adm, dis: addDays(adm, los), dx: ['L40.000'] }); stay(k, {}); k.daily('甲氨蝶呤片', adm, 1, 3); k.daily('丁酸氢化可的松乳膏', adm, 2, 1);
    iv(k, adm, los - 1, 2);
    for (let j = 0; j < los - 1; j++) m.push(k.add('丹参注射液', addDays(adm, j), 4));
  } else if (v === 2) { // 内分泌甲亢住院 + 参麦注射液、银杏叶提取物
    k = mk(x, { vt: 'inpatient', dept: 'endocrinology', adm, dis: addDays(adm, los), dx: ['E05.001'], gender: 'F' }); stay(k, {}); k.add('甲状腺功能(三项)', adm, 1); k.add('甲状腺彩超', adm, 1);
    iv(k, adm, los - 1, 2); k.daily('比索洛尔片', adm, los, 1);
    for (let j = 0; j < los - 1; j++) { m.push(k.add('参麦注射液', addDays(adm, j), 4)); m.push(k.add('银杏叶提取物注射液', addDays(adm, j), 2)); }
  } else { // 老年科失眠/高血压“调理”住院 + 单唾液酸四己糖神经节苷脂
    k = mk(x, { vt: 'inpatient', dept: 'geriatrics', adm, dis: addDays(adm, los), dx: ['I10.x00x002', 'E78.500'], age: ri(70, 88) }); stay(k, {}); k.add('头颅CT平扫', adm, 1);
    iv(k, adm, los - 1, 2); k.daily('苯磺酸氨氯地平片', adm, los, 1);
    for (let j = 0; j < los - 1; j++) m.push(k.add('单唾液酸四己糖神经节苷脂钠注射液', addDays(adm, j), 2));
  }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T11 单次处方超量开药（门诊/慢特病，未标长处方）
T.push({ code: 'T11', name: '门诊单次处方远超用量(超量开药)', f(i) {
  const x = ctx(); const date = d0(); const v = i % 5; const m = []; let k;
  const chronic = (dx, cd) => { const c = mk(x, { vt: 'chronic', dept: 'endocrinology', date, dx, chronicDiseases: cd }); c.add('门诊慢特病管理诊查费', date, 1); return c; };
  if (v === 0) { k = chronic(['E11.900'], ['E11']); m.push(k.add('甘精胰岛素注射液', date, ri(12, 20))); m.push(k.add('门冬胰岛素注射液', date, ri(15, 25))); k.add('血糖试纸', date, 50); }
  else if (v === 1) { k = mk(x, { vt: 'outpatient', dept: 'endocrinology', date, dx: ['E03.900'], gender: 'F' }); opVisit(k); m.push(k.add('左甲状腺素钠片', date, ri(300, 500))); }
  else if (v === 2) { k = mk(x, { vt: 'outpatient', dept: 'orthopaedics', date, dx: ['M81.900'], age: ri(60, 80), gender: 'F' }); opVisit(k); m.push(k.add('阿仑膦酸钠片', date, ri(40, 90))); k.add('碳酸钙D3片', date, 30); }
  else if (v === 3) { k = chronic(['N18.400'], ['N18']); k.c.provider.department = 'nephrology'; m.push(k.add('重组人促红素注射液', date, ri(40, 60))); k.add('骨化三醇软胶囊', date, 30); }
  else { k = mk(x, { vt: 'outpatient', dept: 'dermatology', date, dx: ['L40.000'] }); opVisit(k); m.push(k.add('丁酸氢化可的松乳膏', date, ri(30, 50))); m.push(k.add('甲氨蝶呤片', date, ri(120, 200))); }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T12 分解住院（非透析）：一次住院拆为两次
T.push({ code: 'T12', name: '同一疾病出院后数日内再入院(分解住院)', f(i) {
  const x = ctx({ level: pick([2, 3]) }); const adm = d0(1, 10); const v = i % 4; let a, b;
  if (v === 0) { // 骨科：置换术后出院次日以“康复”再入同院
    const od = addDays(adm, 1); const los = ri(6, 8);
    a = mk(x, { vt: 'inpatient', dept: 'orthopaedics', adm, dis: addDays(adm, los), dx: ['S72.000x031'], px: [['81.5201', od]], age: ri(68, 85) });
    stay(a, { grade: (j) => (j < 3 ? 'Ⅰ级护理' : 'Ⅱ级护理'), preop: true, cxr: true }); op(a, od, '人工股骨头置换术', 'spinal'); a.add('人工股骨头假体', od, 1); a.daily('低分子量肝素钙注射液', od, los - 1, 1); iv(a, od, 3, 2, [['注射用头孢呋辛钠', 2]]);
    const adm2 = addDays(a.c.dischargeDate, ri(1, 3)); const los2 = ri(10, 14);
    b = mk(x, { vt: 'inpatient', dept: 'orthopaedics', adm: adm2, dis: addDays(adm2, los2), dx: ['S72.000x031', 'Z96.601'], age: 70 });
    b.c.patient.birthDate = a.c.patient.birthDate; b.c.patient.gender = a.c.patient.gender;
    stay(b, {}); b.daily('运动疗法', adm2, los2, 1); b.add('康复评定', adm2, 1); b.daily('低分子量肝素钙注射液', adm2, 5, 1); b.add('四肢X线摄影', adm2, 1);
  } else if (v === 1) { // 肾内科肾病综合征：激素冲击拆两次
    const los = ri(7, 9); a = nephStay(x, adm, los, ['N04.900']);
    a.daily('注射用甲泼尼龙琥珀酸钠', adm, 3, 4); a.add('人血白蛋白', adm, 2); iv(a, adm, 3, 2);
    const adm2 = addDays(a.c.dischargeDate, ri(1, 4)); b = nephStay(x, adm2, ri(6, 9), ['N04.900']);
    b.c.patient = Object.assign({}, a.c.patient); b.daily('醋酸泼尼松片', adm2, 6, 12); b.add('人血白蛋白', adm2, 2); iv(b, adm2, 3, 1);
  } else if (v === 2) { // 老年科肺炎：第8天出院、两天后同诊断再入
    const los = ri(7, 9); a = geriStay(x, adm, los, {});
    const adm2 = addDays(a.c.dischargeDate, ri(1, 5)); b = geriStay(x, adm2, ri(7, 10), {}); b.c.patient = Object.assign({}, a.c.patient);
  } else { // 内分泌糖尿病：血糖调整拆成两段
    const los = ri(6, 8); a = endoStay(x, adm, los, ['E11.900']);
    const adm2 = addDays(a.c.dischargeDate, ri(1, 3)); b = endoStay(x, adm2, ri(5, 8), ['E11.900']); b.c.patient = Object.assign({}, a.c.patient);
  }
  return { claims: [a, b], targets: [a, b], mut: {} };
} });

// T13 挂床住院（老年/中医）：长期住院几无诊疗
T.push({ code: 'T13', name: '挂床住院(老年/中医长期住院几无诊疗)', f(i) {
  const x = ctx({ level: pick([1, 1, 2]) }); const adm = d0(1, 10); const v = i % 3; let k;
  const los = ri(12, 28);
  if (v === 0) { // 脑梗后遗症“养老式”住院，只有床位护理和口服药
    k = mk(x, { vt: 'inpatient', dept: 'geriatrics', adm, dis: addDays(adm, los), dx: ['I69.300', 'I10.x00x002'], age: ri(75, 90) });
    stay(k, { grade: 'Ⅲ级护理', labList: ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)'] });
    k.daily('苯磺酸氨氯地平片', adm, los, 1); k.daily('阿司匹林肠溶片', adm, los, 1);
  } else if (v === 1) { // 中医腰痛住院，推拿只有3次
    k = mk(x, { vt: 'inpatient', dept: 'tcm', adm, dis: addDays(adm, los), dx: ['M54.505'], age: ri(45, 70) });
    stay(k, { grade: 'Ⅲ级护理', labList: ['血常规(五分类)', '尿常规'] });
    for (let j = 1; j <= 3; j++) k.add('推拿治疗', addDays(adm, j), 1); k.daily('双氯芬酸钠缓释片', adm, 5, 1);
  } else { // 内分泌“控糖”长住，无调药
    k = mk(x, { vt: 'inpatient', dept: 'endocrinology', adm, dis: addDays(adm, los), dx: ['E11.900'], age: ri(60, 80) });
    stay(k, { grade: 'Ⅲ级护理', labList: ['血常规(五分类)', '空腹血糖测定'] }); k.daily('盐酸二甲双胍片', adm, los, 3); k.add('血糖监测(快速)', addDays(adm, 1), 1);
  }
  return { claims: [k], targets: [k], mut: {} };
} });

// T14 诱导住院/体检式住院：以轻诊断收住院做全套检查
T.push({ code: 'T14', name: '体检式住院(诱导住院、无治疗的检查住院)', f(i) {
  const x = ctx({ level: pick([1, 2, 2, 3]) }); const adm = d0(); const los = ri(2, 5);
  const dx = pick([['E78.500'], ['I10.x00x002'], ['R91.x04'], ['M81.900'], ['E11.900'], ['N18.400' === 'x' ? '' : 'E03.900x006']]);
  const k = mk(x, { vt: 'inpatient', dept: pick(['geriatrics', 'internal', 'health_management']), adm, dis: addDays(adm, los), dx, age: ri(55, 78), route: 'outpatient' });
  stay(k, { grade: 'Ⅲ级护理', cxr: true });
  const exams = ['心脏彩色多普勒超声', '颈部血管彩色多普勒超声', '腹部B超', '甲状腺彩超', '头颅CT平扫', '胸部CT平扫', '骨密度测定(双能X线)', '肺功能检查', '动态心电图(24小时)', '肿瘤标志物(CEA)测定', '甲胎蛋白(AFP)测定', '血脂(四项)', '头颅MRI平扫', '泌尿系B超'];
  for (const e of exams) if (R() < 0.7) k.add(e, addDays(adm, ri(0, los - 1)), 1);
  return { claims: [k], targets: [k], mut: {} };
} });

// T15 冒名就医：医保卡持有人的年龄/性别与所受诊疗不符，或异地同日两处就诊
T.push({ code: 'T15', name: '冒名就医(他人持卡)', f(i) {
  const v = i % 4; const m = []; let claims, targets;
  if (v === 0) { // 68岁女性医保卡用于女儿孕早期检查
    const x = ctx({ ins: 'employee' }); const date = d0();
    const k = mk(x, { vt: 'outpatient', dept: 'obstetrics', date, dx: ['O21.000'], gender: 'F', age: ri(64, 72) }); opVisit(k);
    m.push(k.add('人绒毛膜促性腺激素(β-HCG)测定', date, 1)); m.push(k.add('产科B超', date, 1)); m.push(k.add('黄体酮注射液', date, 3)); m.push(k.add('地屈孕酮片', date, 28));
    claims = [k]; targets = [k];
  } else if (v === 1) { // 祖父医保卡给2岁孙子看急性腹泻
    const x = ctx({ ins: 'employee' }); const date = d0();
    const k = mk(x, { vt: 'outpatient', dept: 'paediatrics', date, dx: ['A09.001'], gender: 'M', age: ri(62, 75) }); opVisit(k);
    m.push(k.add('小儿头皮静脉输液', date, 1)); m.push(k.add('小儿对乙酰氨基酚颗粒', date, 6)); m.push(k.add('布洛芬混悬液', date, 1)); k.add('蒙脱石散', date, 9); k.add('大便常规+隐血', date, 1);
    claims = [k]; targets = [k];
  } else if (v === 2) { // 男性职工卡为妻子做妇科检查
    const x = ctx({ ins: 'employee' }); const date = d0();
    const k = mk(x, { vt: 'outpatient', dept: 'gynaecology', date, dx: ['N39.000'], gender: 'M', age: ri(30, 50) }); opVisit(k);
    m.push(k.add('妇科B超', date, 1)); m.push(k.add('宫颈液基细胞学检查(TCT)', date, 1)); k.add('尿常规', date, 1); k.add('左氧氟沙星片', date, 7);
    claims = [k]; targets = [k];
  } else { // 同一医保卡同日在两个城市就诊
    const pid = newPid(); const date = d0(); const birth = addDays(date, -ri(40, 60) * 365);
    const xa = ctx({ region: '510100' }); xa.pid = pid; const xb = ctx({ region: '220100' }); xb.pid = pid; xb.ins = xa.ins;
    const a = mk(xa, { vt: 'outpatient', dept: 'dermatology', date, dx: ['L20.900'], birthDate: birth, gender: 'F' }); opVisit(a); a.add('丁酸氢化可的松乳膏', date, 2); a.add('氯雷他定片', date, 14);
    const b = mk(xb, { vt: 'outpatient', dept: 'stomatology', date, dx: ['K05.300'], birthDate: birth, gender: 'F' }); b.c.insuredRegion = '510100'; opVisit(b); b.add('甲硝唑氯化钠注射液', date, 0); b.add('奥硝唑片', date, 12); b.add('阿莫西林胶囊', date, 24);
    claims = [a, b]; targets = [a, b];
  }
  return { claims, targets, mut: m.length ? { [claims[0].id]: m } : {} };
} });

// T16 虚记数量：耗材/治疗次数按日虚增
T.push({ code: 'T16', name: '虚记耗材与治疗数量', f(i) {
  const x = ctx(); const adm = d0(); const v = i % 4; const m = []; let k;
  if (v === 0) { // 内分泌：饮食控制的2型糖尿病每日记8次血糖+8片试纸
    const los = ri(6, 9); k = mk(x, { vt: 'inpatient', dept: 'endocrinology', adm, dis: addDays(adm, los), dx: ['E11.900'] }); stay(k, {});
    k.add('糖化血红蛋白测定', adm, 1); k.daily('盐酸二甲双胍片', adm, los, 3);
    m.push(...k.daily('血糖监测(快速)', adm, los, 8)); m.push(...k.daily('血糖试纸', adm, los, 8));
  } else if (v === 1) { // 皮肤科带状疱疹住院：每天2次换药+10包纱布
    const los = ri(7, 10); k = mk(x, { vt: 'inpatient', dept: 'dermatology', adm, dis: addDays(adm, los), dx: ['B02.900x001'], age: ri(55, 80) }); stay(k, {});
    iv(k, adm, 7, 2, [['地塞米松磷酸钠注射液', 0]]); k.daily('阿昔洛韦片', adm, 7, 5); k.daily('盐酸曲马多缓释片', adm, los, 2);
    m.push(...k.daily('换药(中)', adm, los, 2)); m.push(...k.daily('医用脱脂纱布', adm, los, 10));
  } else if (v === 2) { // 耳鼻喉术后：每日留置针一支、注射器12支
    k = entStay(x, adm, { kind: ri(0, 2), los: ri(4, 6) });
    const los = diffDays(k.c.admissionDate, k.c.dischargeDate);
    m.push(...k.daily('一次性使用静脉留置针', adm, los, 1)); m.push(...k.daily('一次性使用注射器(5ml)', adm, los, 12));
  } else { // 产科：胎心监护每天3次持续整个产后住院
    k = deliveryStay(x, adm, { cs: true, los: ri(5, 7) });
    const los = diffDays(k.c.admissionDate, k.c.dischargeDate);
    m.push(...k.daily('胎心监护', addDays(adm, 2), los - 2, 3));
  }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T17 护理级别虚高：低风险、生活自理患者整个住院按Ⅰ级/特级护理收费
T.push({ code: 'T17', name: '护理级别虚高(自理患者按Ⅰ级/特级护理)', f(i) {
  const x = ctx(); const adm = d0(); const v = i % 4; let k;
  const hi = v === 3 ? '特级护理' : 'Ⅰ级护理';
  if (v === 0) { k = tcmStay(x, adm, ri(9, 14), ['M54.505'], { age: ri(35, 60) }); }
  else if (v === 1) { k = mk(x, { vt: 'inpatient', dept: 'dermatology', adm, dis: addDays(adm, ri(6, 10)), dx: ['L40.000'], age: ri(25, 55) }); stay(k, {}); k.daily('甲氨蝶呤片', adm, 1, 3); k.add('丁酸氢化可的松乳膏', adm, 3); }
  else if (v === 2) { k = endoStay(x, adm, ri(6, 9), ['E03.900']); }
  else { k = herniaDay(x, adm, { los: ri(2, 3) }); }
  const m = [];
  for (const it of k.c.items) if (/护理$/.test(it.name) && it.name !== hi) { const r = L.rows[hi]; it.name = hi; it.code = r.code; it.unitPrice = r.price[k.level]; it.amount = L.r2(it.unitPrice * it.quantity); m.push(it.lineId); }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// T18 日间手术前门诊检查在住院中重复收取
T.push({ code: 'T18', name: '术前门诊检查在住院中重复收取(日间手术)', f(i) {
  const x = ctx({ level: pick([2, 3]) }); const pre = d0(1, 10); const adm = addDays(pre, ri(2, 6)); const v = i % 3;
  const tests = ['血常规(五分类)', '凝血四项', '肝功能(全套)', '肾功能(三项)', '术前八项(感染筛查)', '常规心电图检查', '胸部X线摄影(正侧位)'];
  const o = mk(x, { vt: 'outpatient', dept: 'day_surgery', date: pre, dx: v === 0 ? ['K40.900x003'] : v === 1 ? ['K64.200'] : ['I83.903'], gender: v === 0 ? 'M' : undefined, age: ri(35, 70) });
  opVisit(o); for (const t of tests) o.add(t, pre, 1);
  let k;
  if (v === 0) { k = herniaDay(x, adm, {}); k.c.patient = Object.assign({}, o.c.patient); }
  else {
    const los = 1; const px = v === 1 ? '49.4600' : '38.5900x005'; const dx = v === 1 ? 'K64.200' : 'I83.903';
    k = mk(x, { vt: 'inpatient', dept: 'day_surgery', adm, dis: addDays(adm, los), dx: [dx], px: [[px, adm]], route: 'outpatient' }); k.c.patient = Object.assign({}, o.c.patient);
    stay(k, { labs: false }); op(k, adm, v === 1 ? '痔切除术' : '大隐静脉高位结扎+剥脱术', 'spinal'); iv(k, adm, 1, 1); if (v === 2) k.add('医用弹力绷带', adm, 2);
  }
  const m = []; for (const t of tests) { if (R() < 0.8 || !m.length) { const ex = k.c.items.find((it) => it.name === t); if (ex) m.push(ex.lineId); else m.push(k.add(t, adm, 1)); } }
  return { claims: [o, k], targets: [k], mut: { [k.id]: m } };
} });

// T19 分单结算：同一次急诊/门诊就诊拆成同日多张结算单
T.push({ code: 'T19', name: '同日同医生拆分多张结算单(分单结算)', f(i) {
  const x = ctx(); const date = d0(); const v = i % 3; const n = ri(2, 4); const cl = [];
  for (let j = 0; j < n; j++) {
    let k;
    if (v === 0) { k = mk(x, { vt: 'outpatient', dept: 'emergency', date, dx: ['T78.400x002'] }); k.add('急诊诊察费', date, 1); iv(k, date, 1, 2, [['地塞米松磷酸钠注射液', 1]]); k.add('氯雷他定片', date, 6); }
    else if (v === 1) { k = mk(x, { vt: 'outpatient', dept: 'stomatology', date, dx: ['K12.200x012'] }); opVisit(k); k.add('注射用头孢曲松钠', date, 2); k.add('甲硝唑氯化钠注射液', date, 2); iv(k, date, 1, 2); k.add('奥硝唑片', date, 12); }
    else { k = mk(x, { vt: 'outpatient', dept: 'infectious', date, dx: ['A09.001'] }); opVisit(k); iv(k, date, 1, 2, [['复方氯化钠注射液', 2]]); k.add('蒙脱石散', date, 9); k.add('大便常规+隐血', date, 1); }
    if (j > 0) k.c.patient = cl[0].c.patient;
    cl.push(k);
  }
  return { claims: cl, targets: cl, mut: {} };
} });

// T20 住院中逐日重复检验(过度检验)：感染/肾内/血液稳定患者每日查降钙素原、CRP、血气
T.push({ code: 'T20', name: '稳定患者逐日重复高价检验', f(i) {
  const x = ctx({ level: pick([2, 3]) }); const adm = d0(); const v = i % 3; const m = []; let k;
  const los = ri(7, 11);
  if (v === 0) { k = infStay(x, adm, los, ['L03.102']); iv(k, adm, los - 1, 1, [['注射用头孢呋辛钠', 3]]); k.daily('换药(小)', adm, los, 1); }
  else if (v === 1) { k = nephStay(x, adm, los, ['N39.000'], { gender: 'F' }); iv(k, adm, 5, 1, [['左氧氟沙星氯化钠注射液', 1]]); }
  else { k = infStay(x, adm, los, ['B27.001'], { age: ri(16, 25) }); k.add('腹部B超', adm, 1); k.daily('对乙酰氨基酚片', adm, 4, 3); }
  for (let j = 1; j < los; j++) { const d = addDays(adm, j); m.push(k.add('降钙素原测定', d, 1)); if (v !== 2) m.push(k.add('C反应蛋白测定', d, 1)); if (v === 1) m.push(k.add('血气分析', d, 1)); if (v === 2) m.push(k.add('D-二聚体测定', d, 1)); }
  return { claims: [k], targets: [k], mut: { [k.id]: m } };
} });

// ----------------------------------------------------------------- controls
const C = [];
C.push({ code: 'C01', name: '中医住院面瘫/腰椎间盘突出每日针灸推拿(有指征)', f() {
  const x = ctx(); const adm = d0(); const k = tcmStay(x, adm, ri(12, 18), pick([['G51.003'], ['M51.202']]), { age: ri(30, 70) }); return [k];
} });
C.push({ code: 'C02', name: '老年长期住院：压疮+肺炎，逐日换药与高级敷料', f() {
  const x = ctx({ level: pick([2, 3]) }); const adm = d0(1, 10); const los = ri(24, 36);
  const k = geriStay(x, adm, los, { dx: ['J18.900', 'L89.001', 'I69.300'] });
  for (let j = 0; j < los; j++) { const d = addDays(adm, j); k.add('换药(中)', d, 1); k.add(j % 3 === 0 ? '银离子抗菌敷料' : '泡沫敷料', d, 1); }
  k.add('细菌培养及药敏', addDays(adm, 10), 1); k.add('血常规(五分类)', addDays(adm, 14), 1); k.add('C反应蛋白测定', addDays(adm, 14), 1);
  return [k];
} });
C.push({ code: 'C03', name: '血液科ITP：逐日血小板监测与激素冲击', f() {
  const x = ctx({ level: 3 }); const adm = d0(); const los = ri(8, 12);
  const k = haemStay(x, adm, los, ['D69.300'], { age: ri(18, 60) });
  for (let j = 1; j < los; j += 2) k.add('血常规(五分类)', addDays(adm, j), 1);
  k.add('凝血四项', addDays(adm, 3), 1); iv(k, adm, 4, 2); k.daily('注射用甲泼尼龙琥珀酸钠', adm, 4, 4); k.daily('醋酸泼尼松片', addDays(adm, 4), los - 4, 12); k.daily('奥美拉唑肠溶胶囊', adm, los, 1);
  return [k];
} });
C.push({ code: 'C04', name: '肾病综合征：白蛋白+利尿+抗凝，肾穿刺', f() {
  const x = ctx({ level: 3 }); const adm = d0(); const los = ri(10, 15);
  const k = nephStay(x, adm, los, ['N04.900']); k.c.procedures = [{ code: '55.2300x001', date: addDays(adm, 3) }];
  k.add('局部浸润麻醉', addDays(adm, 3), 1); k.add('病理检查(常规石蜡切片)', addDays(adm, 3), 1); k.add('凝血四项', addDays(adm, 2), 1);
  for (let j = 1; j < 6; j++) { k.add('人血白蛋白', addDays(adm, j), 1); k.add('呋塞米注射液', addDays(adm, j), 2); }
  iv(k, adm, 5, 2); k.daily('低分子量肝素钙注射液', adm, Math.min(los, 14), 1); k.daily('醋酸泼尼松片', addDays(adm, 4), los - 4, 12);
  return [k];
} });
C.push({ code: 'C05', name: '糖尿病酮症酸中毒：频繁血糖血气与监护', f() {
  const x = ctx({ level: pick([2, 3]) }); const adm = d0(); const los = ri(6, 9);
  const k = mk(x, { vt: 'inpatient', dept: 'endocrinology', adm, dis: addDays(adm, los), dx: ['E11.101'], age: ri(20, 60), route: 'emergency' });
  stay(k, { grade: (j) => (j < 2 ? 'Ⅰ级护理' : 'Ⅱ级护理'), recheck: 3 });
  k.add('血气分析', adm, 4); k.add('血气分析', addDays(adm, 1), 2); k.add('血乳酸测定', adm, 2); k.add('电解质(四项)', addDays(adm, 1), 2); k.add('糖化血红蛋白测定', adm, 1);
  k.daily('血糖监测(快速)', adm, 2, 8); k.daily('血糖监测(快速)', addDays(adm, 2), los - 2, 4); k.daily('血糖试纸', adm, 2, 8);
  k.add('心电监测', adm, 24); k.add('心电监测', addDays(adm, 1), 12); k.add('心电电极片', adm, 5);
  iv(k, adm, 3, 4, [['生物合成人胰岛素注射液', 1], ['氯化钾注射液', 3]]); k.daily('甘精胰岛素注射液', addDays(adm, 2), 1, 1); k.daily('门冬胰岛素注射液', addDays(adm, 2), 1, 1); k.daily('皮下注射', addDays(adm, 2), los - 2, 4);
  return [k];
} });
C.push({ code: 'C06', name: '早产儿新生儿科住院(有出生体重)', f() {
  const x = ctx({ level: 3 }); const birth = d0(); const los = ri(14, 24);
  const k = newbornStay(x, birth, los, { dx: ['P07.300x021', 'P59.900'], bw: ri(1700, 2300) });
  k.add('血气分析', birth, 2); k.add('胸部X线摄影(正侧位)', birth, 1); k.add('头颅CT平扫', addDays(birth, 3), 0);
  k.daily('经鼻高流量湿化氧疗', birth, 3, 20); k.daily('血氧饱和度监测', birth, 5, 24); k.daily('心电监测', birth, 5, 24);
  k.daily('新生儿蓝光治疗', addDays(birth, 3), 3, 12); for (let j = 4; j < los; j += 4) k.add('肝功能(全套)', addDays(birth, j), 1);
  k.daily('注射用氨苄西林钠', birth, 5, 1); k.daily('维生素K1注射液', birth, 1, 1); k.add('一次性使用静脉留置针', birth, 1);
  return [k];
} });
C.push({ code: 'C07', name: '产科高危分娩：妊娠糖尿病剖宫产/产后出血', f(i) {
  const x = ctx({ level: pick([2, 3]) }); const adm = d0();
  if (i % 2 === 0) {
    const k = deliveryStay(x, adm, { cs: true, dx: ['O82.100', 'O24.400'], los: ri(5, 7) });
    const los = diffDays(adm, k.c.dischargeDate); k.daily('血糖监测(快速)', adm, los, 4); k.daily('生物合成人胰岛素注射液', adm, los, 1); k.add('糖化血红蛋白测定', adm, 1);
    return [k];
  }
  const k = deliveryStay(x, adm, { cs: false, dx: ['O80.000'], los: 4 });
  k.c.diagnoses.push({ code: 'O72.100' });
  const dd = addDays(adm, 1); k.add('马来酸麦角新碱注射液', dd, 1); k.add('缩宫素注射液', dd, 2); k.add('氨甲环酸注射液', dd, 2); k.add('血常规(五分类)', dd, 1); k.add('凝血四项', dd, 1); k.add('乳酸钠林格注射液', dd, 3); k.add('琥珀酸亚铁片', addDays(dd, 1), 6);
  return [k];
} });
C.push({ code: 'C08', name: '日间手术当日出院(费用低、住院1天)', f(i) {
  const x = ctx({ level: pick([2, 3]) }); const adm = d0(); const v = i % 3;
  if (v === 0) return [herniaDay(x, adm, {})];
  const px = v === 1 ? '49.4600' : '38.5900x005'; const dx = v === 1 ? 'K64.200' : 'I83.903';
  const k = mk(x, { vt: 'inpatient', dept: 'day_surgery', adm, dis: addDays(adm, 1), dx: [dx], px: [[px, adm]], route: 'outpatient', age: ri(30, 70) });
  stay(k, { labList: ['血常规(五分类)', '凝血四项', '常规心电图检查'], preop: true }); op(k, adm, v === 1 ? '痔切除术' : '大隐静脉高位结扎+剥脱术', 'spinal'); iv(k, adm, 1, 1); if (v === 2) k.add('医用弹力绷带', adm, 2);
  return [k];
} });
C.push({ code: 'C09', name: '急诊留观后次日收住院(两张结算单)', f(i) {
  const x = ctx({ level: pick([2, 3]) }); const date = d0(1, 10); const v = i % 2;
  const dx = v === 0 ? 'L03.102' : 'N10.x02';
  const e = mk(x, { vt: 'outpatient', dept: 'emergency', date, dx: [dx], gender: v ? 'F' : undefined }); e.add('急诊诊察费', date, 1); e.add('血常规(五分类)', date, 1); e.add('C反应蛋白测定', date, 1); if (v) { e.add('尿常规', date, 1); e.add('泌尿系B超', date, 1); } else e.add('下肢血管彩色多普勒超声', date, 1);
  iv(e, date, 1, 2, [['注射用头孢曲松钠', 2]]);
  const adm = addDays(date, 1); const los = ri(6, 9);
  const k = v ? nephStay(x, adm, los, [dx]) : infStay(x, adm, los, [dx]); k.c.patient = e.c.patient; k.c.admissionRoute = 'emergency';
  if (v) k.add('细菌培养及药敏', adm, 1); iv(k, adm, los - 1, 1, [['注射用头孢曲松钠', 2]]);
  return [e, k];
} });
C.push({ code: 'C10', name: '蜂窝织炎门诊连续每日静脉抗生素(OPAT)', f() {
  const x = ctx({ level: pick([1, 2]) }); const d = d0(1, 10); const n = ri(4, 6); const out = [];
  for (let j = 0; j < n; j++) { const date = addDays(d, j); const k = mk(x, { vt: 'outpatient', dept: 'dermatology', date, dx: ['L03.102'] }); if (j) k.c.patient = out[0].c.patient; opVisit(k, { consult: '一般诊疗费' }); iv(k, date, 1, 1, [['注射用头孢曲松钠', 2]]); if (j === 0) { k.add('血常规(五分类)', date, 1); k.add('C反应蛋白测定', date, 1); } if (j % 2 === 0) k.add('换药(小)', date, 1); out.push(k); }
  return out;
} });
C.push({ code: 'C11', name: '稳定慢病12周长处方(标注长处方)', f(i) {
  const x = ctx(); const date = d0(); const v = i % 3; const days = 84;
  if (v === 0) { const k = mk(x, { vt: 'chronic', dept: 'endocrinology', date, dx: ['E11.900'], chronicDiseases: ['E11'] }); k.add('门诊慢特病管理诊查费', date, 1); k.add('盐酸二甲双胍片', date, days * 3, { lp: true }); k.add('格列美脲片', date, days, { lp: true }); k.add('糖化血红蛋白测定', date, 1); return [k]; }
  if (v === 1) { const k = mk(x, { vt: 'outpatient', dept: 'endocrinology', date, dx: ['E03.900'], gender: 'F' }); opVisit(k); k.add('左甲状腺素钠片', date, days, { lp: true }); k.add('甲状腺功能(三项)', date, 1); return [k]; }
  const k = mk(x, { vt: 'chronic', dept: 'nephrology', date, dx: ['N18.400', 'I10.x00x002'], chronicDiseases: ['N18', 'I10'] }); k.add('门诊慢特病管理诊查费', date, 1); k.add('厄贝沙坦片', date, days, { lp: true }); k.add('骨化三醇软胶囊', date, days, { lp: true }); k.add('肾功能(三项)', date, 1); return [k];
} });
C.push({ code: 'C12', name: '同日多科就诊，问题不同(口腔+皮肤+耳鼻喉)', f() {
  const x = ctx({ level: 3 }); const date = d0(); const out = [];
  const a = mk(x, { vt: 'outpatient', dept: 'stomatology', date, dx: ['K04.001'], age: ri(25, 60) }); opVisit(a); a.add('局部浸润麻醉', date, 1); a.add('盐酸利多卡因注射液', date, 1); a.add('布洛芬缓释胶囊', date, 6); out.push(a);
  const b = mk(x, { vt: 'outpatient', dept: 'dermatology', date, dx: ['L50.900'] }); b.c.patient = a.c.patient; b.c.provider.doctorId = newDoc(); opVisit(b); b.add('氯雷他定片', date, 14); out.push(b);
  if (R() < 0.6) { const c = mk(x, { vt: 'outpatient', dept: 'ent', date, dx: ['H66.900x002'] }); c.c.patient = a.c.patient; c.c.provider.doctorId = newDoc(); opVisit(c); c.add('阿莫西林胶囊', date, 21); out.push(c); }
  return out;
} });
C.push({ code: 'C13', name: '血液科化疗按周期再入院', f() {
  const x = ctx({ level: 3 }); const adm = d0(1, 8); const out = []; const pid = x.pid; let pat = null;
  const ncy = ri(2, 3);
  for (let c = 0; c < ncy; c++) {
    const a = addDays(adm, c * 21 + ri(0, 2)); const los = ri(4, 6);
    const k = mk(x, { vt: 'inpatient', dept: 'haematology', adm: a, dis: addDays(a, los), dx: ['Z51.103', 'C83.300'], age: ri(40, 70), px: [['99.2500', addDays(a, 1)]] });
    if (pat) k.c.patient = pat; else pat = k.c.patient;
    stay(k, { grade: 'Ⅱ级护理', cxr: c === 0 });
    const d = addDays(a, 1); k.add('化疗药物配置', d, 3); k.add('注射用吉西他滨', d, 8); k.add('注射用奥沙利铂', d, 3); k.add('盐酸帕洛诺司琼注射液', d, 1); k.add('地塞米松磷酸钠注射液', d, 2); iv(k, d, 2, 3);
    k.add('血常规(五分类)', addDays(a, los - 1), 1); out.push(k);
  }
  return out;
} });
C.push({ code: 'C14', name: '突发性聋住院：激素+改善微循环输液', f() {
  const x = ctx({ level: pick([2, 3]) }); const adm = d0(); const los = ri(8, 11);
  const k = mk(x, { vt: 'inpatient', dept: 'ent', adm, dis: addDays(adm, los), dx: ['H91.200x001'], age: ri(25, 65) });
  stay(k, {}); k.add('头颅MRI平扫', addDays(adm, 1), 1);
  iv(k, adm, los - 1, 3); for (let j = 0; j < los - 1; j++) { const d = addDays(adm, j); k.add('银杏叶提取物注射液', d, 2); if (j < 5) k.add('注射用甲泼尼龙琥珀酸钠', d, 1); if (j < 10) k.add('前列地尔注射液', d, 1); }
  k.daily('奥美拉唑肠溶胶囊', adm, 5, 1); k.daily('复合维生素B片', adm, los, 3);
  return [k];
} });
C.push({ code: 'C15', name: '髋部骨折术后转入康复(转院，逐日运动疗法)', f() {
  const x = ctx({ level: 2 }); const adm = d0(); const los = ri(16, 24);
  const k = mk(x, { vt: 'inpatient', dept: 'rehabilitation', adm, dis: addDays(adm, los), dx: ['Z50.100x001', 'S72.000x031', 'Z96.601'], age: ri(68, 86), route: 'transfer', from: hospital(x.region, 3) });
  stay(k, { labList: ['血常规(五分类)', '肝功能(全套)', '肾功能(三项)', '凝血四项', 'D-二聚体测定'] });
  k.add('下肢血管彩色多普勒超声', adm, 1); k.add('四肢X线摄影', adm, 1);
  for (const j of [0, Math.floor(los / 2), los - 1]) k.add('康复评定', addDays(adm, j), 1);
  k.daily('运动疗法', addDays(adm, 1), los - 2, 2); k.daily('利伐沙班片', adm, Math.min(los, 21), 1); k.daily('碳酸钙D3片', adm, los, 1);
  return [k];
} });
C.push({ code: 'C16', name: '体检发现肺结节/甲状腺结节后专科转诊检查', f(i) {
  const x = ctx({ level: 3 }); const date = d0(); const v = i % 2;
  const k = mk(x, { vt: 'outpatient', dept: v ? 'thyroid_surgery' : 'thoracic_surgery', date, dx: [v ? 'E04.100' : 'R91.x04'], age: ri(40, 70) }); opVisit(k, { consult: '副主任医师门诊诊察费' });
  if (v) { k.add('甲状腺彩超', date, 1); k.add('甲状腺功能(三项)', date, 1); }
  else { k.add('胸部CT平扫', date, 1); k.add('CT增强扫描(加收)', date, 1); k.add('肿瘤标志物(CEA)测定', date, 1); k.add('肾功能(三项)', date, 1); }
  return [k];
} });

// ----------------------------------------------------------------- routine
function routine(i) {
  const x = ctx(); const v = i % 10; const date = d0();
  switch (v) {
    case 0: { const k = mk(x, { vt: 'outpatient', dept: 'internal', date, dx: ['J06.900'] }); opVisit(k); k.add('血常规(五分类)', date, 1); k.add('对乙酰氨基酚片', date, 6); k.add('连花清瘟胶囊', date, 36); return [k]; }
    case 1: { const k = mk(x, { vt: 'chronic', dept: 'cardiology', date, dx: ['I10.x00x002'], chronicDiseases: ['I10'], age: ri(50, 80) }); k.add('门诊慢特病管理诊查费', date, 1); k.add('苯磺酸氨氯地平片', date, 30); k.add('厄贝沙坦片', date, 30); return [k]; }
    case 2: return [deliveryStay(x, date, { cs: R() < 0.4 })];
    case 3: return [geriStay(x, date, ri(8, 12), { age: ri(65, 85) })];
    case 4: return [entStay(x, date, { kind: ri(0, 2) })];
    case 5: { const k = derm(x, date, [pick(['L20.900', 'L50.900', 'L40.000'])]); k.add('丁酸氢化可的松乳膏', date, 1); k.add('氯雷他定片', date, 14); return [k]; }
    case 6: { const k = mk(x, { vt: 'outpatient', dept: 'stomatology', date, dx: ['K05.300'] }); opVisit(k); k.add('奥硝唑片', date, 12); return [k]; }
    case 7: return [herniaDay(x, date, { los: ri(2, 4), anaes: pick(['spinal', 'GA']) })];
    case 8: { const k = endoStay(x, date, ri(7, 10), ['E11.900']); return [k]; }
    default: { const k = mk(x, { vt: 'pharmacy', dept: 'pharmacy', date, dx: ['E11.900'] }); k.add('盐酸二甲双胍片', date, 90); k.add('阿卡波糖片', date, 60); return [k]; }
  }
}

// ----------------------------------------------------------------- assemble
const all = []; const labels = [];
for (const t of T) for (let i = 0; i < N; i++) {
  const r = t.f(i); const caseId = `${t.code}-${String(i + 1).padStart(2, '0')}`;
  const mutated = {}; for (const [cid, ids] of Object.entries(r.mut)) mutated[cid] = ids.filter(Boolean);
  labels.push({ caseId, kind: 'fraud', code: t.code, name: t.name, claimIds: r.claims.map((c) => c.id), targets: r.targets.map((c) => c.id), mutatedLines: mutated });
  all.push(...r.claims);
}
for (const c of C) for (let i = 0; i < N; i++) {
  const cl = c.f(i); const caseId = `${c.code}-${String(i + 1).padStart(2, '0')}`;
  labels.push({ caseId, kind: 'control', code: c.code, name: c.name, claimIds: cl.map((k) => k.id), targets: cl.map((k) => k.id), mutatedLines: {} });
  all.push(...cl);
}
for (let i = 0; i < ROUTINE; i++) {
  const cl = routine(i); const caseId = `R-${String(i + 1).padStart(3, '0')}`;
  labels.push({ caseId, kind: 'routine', code: 'R', name: 'routine', claimIds: cl.map((k) => k.id), targets: cl.map((k) => k.id), mutatedLines: {} });
  all.push(...cl);
}
const claims = all.map((k) => k.finish());
// settlement order: by settlement (discharge / visit) date, stable
const sdate = (c) => c.dischargeDate || c.visitDate;
const order = claims.map((c, i) => [sdate(c), i]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])).map((p) => claims[p[1]]);
// reported group: what the coded record groups to (honest coding)
const tmp = path.join(OUT, '.group-input.ndjson');
fs.writeFileSync(tmp, order.filter((c) => c.visitType === 'inpatient').map((c) => JSON.stringify(c)).join('\n') + '\n');
const gout = execFileSync('node', [path.join(TREE, 'dist/src/cli.js'), 'group', tmp], { cwd: TREE, maxBuffer: 1 << 28 }).toString().trim().split('\n').map((l) => JSON.parse(l));
const byId = new Map(gout.map((g) => [g.claimId, g]));
for (const c of order) if (c.visitType === 'inpatient') { const g = byId.get(c.claimId); const gr = g && g.grouping; c.reportedGroup = { drg: (gr && gr.drg) || null, dip: (gr && gr.dip) || null }; }
fs.unlinkSync(tmp);
fs.writeFileSync(path.join(OUT, 'claims.ndjson'), order.map((c) => JSON.stringify(c)).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'labels.json'), JSON.stringify(labels, null, 1) + '\n');
console.error(`wrote ${order.length} claims, ${labels.length} cases`);
