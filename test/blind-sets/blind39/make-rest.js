'use strict';
// Controls, routine background, ordering and output for make-cases.js.
const fs = require('fs');
const path = require('path');
const L = require('./lib');
const B = require('./bodies');
const { ri, pick, rnd, dstr, addDays, hosp, pharmacy, member, admissionLabs, ivDay, surgeryDay, REGIONS } = L;
const { stay, visit } = B;
const day = (lo, hi) => dstr(ri(lo, hi));
const H = (m, lvl) => hosp(m.region, lvl, ri(1, 4));

function controls(emit) {
  const C = [];
  // C01 extensive burns
  C.push(['C01', '大面积烧伤：白蛋白、银离子敷料逐日换药、吗啡、ICU', () => {
    const m = member({ age: ri(20, 65) }); const hid = H(m, 3); const adm = day(5, 300); const los = ri(18, 28);
    const c = stay(m, { hid, level: 3, dept: 'burns', adm, los, route: 'emergency', dx: [pick(['T24.000x003', 'T22.000x002']), pick(['T31.200', 'T31.300']), 'R57.100'], procs: [['86.2200', addDays(adm, 3)]],
      bed: undefined, nursing: (k) => (k < 2 ? null : k < 10 ? 'Ⅰ级护理' : 'Ⅱ级护理'), body: (b, days) => {
        admissionLabs(b, days[0], { surgery: true, cxr: true }); b.add('血气分析', days[0], 3); b.add('血乳酸测定', days[0], 2);
        days.slice(0, 2).forEach((d) => { b.add('重症监护', d, 24); b.add('监护病房床位费', d, 1); });
        days.forEach((d, k) => {
          if (k < 6) { b.add('人血白蛋白', d, k < 3 ? 2 : 1); b.add('复方氯化钠注射液', d, k < 2 ? 4 : 2); b.add('乳酸钠林格注射液', d, k < 2 ? 3 : 1); ivDay(b, d, 4); }
          if (k < 5) { b.add('盐酸吗啡注射液', d, 2); b.add('皮下注射', d, 2); }
          if (k >= 2 && k < 12) { b.add('注射用头孢哌酮钠舒巴坦钠', d, 2); }
          b.add('换药(中)', d, 1); b.add('银离子抗菌敷料', d, k < 10 ? 3 : 2); b.add('医用脱脂纱布', d, 4);
          if (k % 3 === 0 && k > 0) { b.add('血常规(五分类)', d, 1); b.add('电解质(四项)', d, 1); }
        });
        b.add('全身麻醉', days[3], 2); b.add('丙泊酚中/长链脂肪乳注射液', days[3], 2); b.add('枸橼酸芬太尼注射液', days[3], 2); b.add('一次性手术衣及铺单包', days[3], 1);
        b.add('细菌培养及药敏', days[4], 1); b.add('细菌培养及药敏', days[10], 1);
      } });
    // fix: the bed on ICU days is the ICU bed; drop the ward bed those days
    const icuDays = new Set(c._bill.items.filter((x) => x.name === '重症监护').map((x) => x.date));
    c._bill.items = c._bill.items.filter((x) => !(x.name === '普通病房床位费(三人间)' && icuDays.has(x.date)));
    c._bill.items.forEach((x, k) => (x.lineId = String(k + 1)));
    emit(c); return [c];
  }]);
  // C02 severe acute pancreatitis
  C.push(['C02', '重症急性胰腺炎：胃肠减压、肠外营养、PPI静滴、增强CT复查', () => {
    const m = member({ age: ri(30, 70) }); const hid = H(m, 3); const adm = day(5, 310); const los = ri(14, 21);
    const c = stay(m, { hid, level: 3, dept: 'gastroenterology', adm, los, route: 'emergency', dx: [pick(['K85.100', 'K85.200', 'K85.900']), 'E78.000'], nursing: (k) => (k < 5 ? 'Ⅰ级护理' : 'Ⅱ级护理'), body: (b, days) => {
      admissionLabs(b, days[0], { cxr: true }); b.add('血气分析', days[0], 2); b.add('C反应蛋白测定', days[0], 1); b.add('降钙素原测定', days[0], 1); b.add('血脂(四项)', days[0], 1);
      b.add('腹部CT平扫', days[0], 1); b.add('CT增强扫描(加收)', days[0], 1); b.add('腹部B超', days[1], 1);
      b.add('腹部CT平扫', days[8], 1); b.add('CT增强扫描(加收)', days[8], 1);
      b.add('一次性使用胃管', days[0], 1);
      days.forEach((d, k) => {
        if (k < 6) { b.add('胃肠减压', d, 1); b.add('心电监测', d, 24); b.add('血氧饱和度监测', d, 24); }
        if (k < 7) { b.add('注射用泮托拉唑钠', d, 2); }
        if (k < 10) { b.add('脂肪乳注射液(C14～24)', d, 1); b.add('复方氨基酸注射液(18AA)', d, 2); b.add('葡萄糖注射液', d, 2); b.add('氯化钾注射液', d, 3); b.add('一次性使用精密输液器', d, 1); ivDay(b, d, 5); }
        if (k < 8) b.add('注射用头孢哌酮钠舒巴坦钠', d, 2);
        if (k % 2 === 0 && k > 0) { b.add('电解质(四项)', d, 1); b.add('血常规(五分类)', d, 1); }
        if (k < 6) b.add('血糖监测(快速)', d, 4);
      });
    } });
    emit(c); return [c];
  }]);
  // C03 pacemaker in the very old
  C.push(['C03', '高龄（78-92岁）三度房室传导阻滞植入双腔起搏器', () => {
    const m = member({ age: ri(78, 92) }); const lvl = pick([2, 3]); const hid = H(m, lvl); const adm = day(5, 320);
    const c = stay(m, { hid, level: lvl, dept: 'cardiology', adm, los: ri(5, 7), route: 'emergency', dx: ['I44.200', 'I10.x00x002'], procs: [['37.8301', addDays(adm, 2)]], nursing: (k) => (k < 4 ? 'Ⅰ级护理' : 'Ⅱ级护理'), body: (b, days) => {
      admissionLabs(b, days[0], { surgery: true, cxr: true }); b.add('心脏彩色多普勒超声', days[0], 1); b.add('动态心电图(24小时)', days[1], 1); b.add('肌钙蛋白I测定', days[0], 1);
      days.slice(0, 3).forEach((d) => { b.add('心电监测', d, 24); });
      const d = days[2]; b.add('永久起搏器置入术', d, 1); b.add('局部浸润麻醉', d, 1); b.add('盐酸利多卡因注射液', d, 2); b.add('永久心脏起搏器(双腔)', d, 1); b.add('血管鞘组', d, 1); b.add('一次性手术衣及铺单包', d, 1); b.add('可吸收缝线', d, 2);
      days.slice(2, 4).forEach((dd) => { b.add('注射用头孢呋辛钠', dd, 2); ivDay(b, dd, 1); });
      b.add('胸部X线摄影(正侧位)', days[3], 1); b.add('常规心电图检查', days[3], 1); b.add('换药(小)', days[4], 1); days.slice(3).forEach((dd) => { b.add('常规心电图检查', dd, 1); b.add('对乙酰氨基酚片', dd, 3); });
    } });
    emit(c); return [c];
  }]);
  // C04 young STEMI / young stroke thrombolysis
  C.push(['C04', '青年（28-39岁）急性心梗介入或脑梗溶栓', (i) => {
    const m = member({ age: ri(28, 39), insuranceType: 'employee' }); const hid = H(m, 3); const adm = day(5, 320);
    let c;
    if (i % 2 === 0) c = stay(m, { hid, level: 3, dept: 'cardiology', adm, los: ri(5, 8), route: 'emergency', dx: ['I21.300x004', 'E78.000'], procs: [['36.0601', adm], ['88.5701', adm]], nursing: (k) => (k < 3 ? 'Ⅰ级护理' : 'Ⅱ级护理'), bed: undefined, body: (b, days) => {
      admissionLabs(b, days[0], { surgery: true, cxr: true }); b.add('肌钙蛋白I测定', days[0], 3); b.add('心肌酶谱', days[0], 2); b.add('血脂(四项)', days[0], 1); b.add('心脏彩色多普勒超声', days[1], 1);
      const d = days[0]; b.add('经皮冠状动脉支架置入术', d, 1); b.add('局部浸润麻醉', d, 1); b.add('冠状动脉药物洗脱支架', d, 1); b.add('冠状动脉球囊扩张导管', d, 1); b.add('导引导丝', d, 1); b.add('血管鞘组', d, 1); b.add('冠脉造影导管', d, 1);
      days.forEach((dd, k) => { b.add('阿司匹林肠溶片', dd, 1); b.add('替格瑞洛片', dd, 2); b.add('阿托伐他汀钙片', dd, 1); b.add('酒石酸美托洛尔片', dd, 2); if (k < 3) { b.add('心电监测', dd, 24); b.add('依诺肝素钠注射液', dd, 2); b.add('皮下注射', dd, 2); } });
      b.add('肌钙蛋白I测定', days[1], 1); days.slice(1).forEach((dd, k) => { b.add('常规心电图检查', dd, 1); if (k % 2 === 1) { b.add('血常规(五分类)', dd, 1); b.add('肾功能(三项)', dd, 1); b.add('电解质(四项)', dd, 1); } });
    } });
    else c = stay(m, { hid, level: 3, dept: 'neurology', adm, los: ri(8, 12), route: 'emergency', dx: ['I63.900', 'Q21.100'], nursing: (k) => (k < 3 ? 'Ⅰ级护理' : 'Ⅱ级护理'), body: B.strokeBody(true) });
    emit(c); return [c];
  }]);
  // C05 male breast cancer
  C.push(['C05', '男性乳腺癌改良根治术', () => {
    const m = member({ age: ri(55, 78), gender: 'M' }); const hid = H(m, 3); const adm = day(5, 320);
    const c = stay(m, { hid, level: 3, dept: 'breast surgery', adm, los: ri(7, 10), dx: [pick(['C50.000x001', 'C50.100'])], procs: [['85.4301', addDays(adm, 2)]], nursing: (k) => (k < 4 ? 'Ⅰ级护理' : 'Ⅱ级护理'), body: (b, days) => {
      admissionLabs(b, days[0], { surgery: true, cxr: true }); b.add('乳腺彩超', days[0], 1); b.add('腹部B超', days[1], 1); b.add('肿瘤标志物(CEA)测定', days[0], 1);
      surgeryDay(b, days[2], { op: '乳腺癌改良根治术', gaHours: 3, sutures: 3, extra: [['一次性负压引流器', 2], ['一次性电刀笔', 1]] });
      b.add('病理检查(常规石蜡切片)', days[2], 2);
      days.slice(2, 4).forEach((d) => { b.add('注射用头孢呋辛钠', d, 2); b.add('氯化钠注射液', d, 2); ivDay(b, d, 2); });
      b.add('心电监测', days[2], 12); days.slice(3).forEach((d, k) => { if (k % 2 === 0) b.add('换药(中)', d, 1); b.add('一次性使用引流袋', d, 1); });
    } });
    emit(c); return [c];
  }]);
  // C06 advanced maternal age caesarean
  C.push(['C06', '高龄产妇（43-47岁）剖宫产', () => {
    const m = member({ age: ri(43, 47), gender: 'F' }); const lvl = pick([2, 3]); const hid = H(m, lvl); const adm = day(5, 320);
    const c = stay(m, { hid, level: lvl, dept: 'obstetrics', adm, los: ri(5, 7), dx: ['O82.000', pick(['Z35.500x001', 'Z35.401'])], procs: [['74.1x01', addDays(adm, 1)]], nursing: (k) => (k < 3 ? 'Ⅰ级护理' : 'Ⅱ级护理'), body: B.caesBody() });
    emit(c); return [c];
  }]);
  // C07 child type-1 diabetes, monthly chronic claims
  C.push(['C07', '儿童1型糖尿病门诊慢特病：胰岛素与每月血糖试纸', () => {
    const m = member({ age: ri(5, 12), insuranceType: 'resident', chronicDiseases: ['E10'] }); const hid = H(m, 3); const d0 = day(5, 250); const cl = [];
    for (let k = 0; k < 3; k++) {
      const d = addDays(d0, 30 * k + ri(-2, 2));
      const c = visit(m, { hid, level: 3, dept: 'pediatric endocrinology', type: 'chronic', date: d, dx: ['E10.900'], body: (b, dd) => {
        b.add('门冬胰岛素注射液', dd, ri(3, 4)); b.add('精蛋白生物合成人胰岛素注射液', dd, 2); b.add('血糖试纸', dd, ri(100, 150));
        if (k === 0) { b.add('糖化血红蛋白测定', dd, 1); b.add('甲状腺功能(三项)', dd, 1); b.add('尿常规', dd, 1); }
      } });
      emit(c); cl.push(c);
    }
    return cl;
  }]);
  // C08 HF without diabetes on SGLT2i + ARNI
  C.push(['C08', '非糖尿病心衰：达格列净+沙库巴曲缬沙坦', () => {
    const m = member({ age: ri(50, 82), chronicDiseases: ['I50'] }); const lvl = pick([2, 3]); const hid = H(m, lvl); const d0 = day(5, 280); const cl = [];
    for (let k = 0; k < 2; k++) {
      const d = addDays(d0, 28 * k);
      const c = visit(m, { hid, level: lvl, dept: 'cardiology', type: 'chronic', date: d, dx: [pick(['I50.900x008', 'I50.900x007']), 'I10.x00x002'], body: (b, dd) => {
        b.add('达格列净片', dd, 28); b.add('沙库巴曲缬沙坦钠片', dd, 56); b.add('螺内酯片', dd, 28); b.add('琥珀酸美托洛尔缓释片', dd, 28);
        if (k === 0) { b.add('B型钠尿肽(BNP)测定', dd, 1); b.add('肾功能(三项)', dd, 1); b.add('电解质(四项)', dd, 1); } else b.add('电解质(四项)', dd, 1);
      } });
      emit(c); cl.push(c);
    }
    return cl;
  }]);
  // C09 premature ovarian insufficiency in women under 30
  C.push(['C09', '卵巢早衰（22-29岁）激素替代', () => {
    const m = member({ age: ri(22, 29), gender: 'F' }); const lvl = pick([2, 3]); const hid = H(m, lvl); const d0 = day(5, 250); const cl = [];
    for (let k = 0; k < 2; k++) {
      const d = addDays(d0, 84 * k + ri(0, 5));
      const c = visit(m, { hid, level: lvl, dept: 'gynecology', date: d, dx: ['E28.301'], senior: true, body: (b, dd) => {
        b.add('戊酸雌二醇片', dd, 84); b.add('地屈孕酮片', dd, 60);
        if (k === 0) { b.add('妇科B超', dd, 1); b.add('甲状腺功能(三项)', dd, 1); b.add('骨密度测定(双能X线)', dd, 1); b.add('血脂(四项)', dd, 1); } else b.add('肝功能(全套)', dd, 1);
      } });
      emit(c); cl.push(c);
    }
    cl.forEach((c) => c.items.forEach((it) => { if (/戊酸雌二醇|地屈孕酮/.test(it.name)) it.longPrescription = true; }));
    return cl;
  }]);
  // C10 glucocorticoid-induced osteoporosis in men
  C.push(['C10', '男性糖皮质激素性骨质疏松：特立帕肽/唑来膦酸', (i) => {
    const m = member({ age: ri(55, 75), gender: 'M' }); const hid = H(m, 3); const d0 = day(5, 280); const cl = [];
    const base = pick(['M06.900', 'J44.100', 'M32.100']);
    for (let k = 0; k < 2; k++) {
      const d = addDays(d0, 28 * k);
      const c = visit(m, { hid, level: 3, dept: 'endocrinology', date: d, dx: [k === 0 && i % 3 === 0 ? 'M80.400' : 'M81.400', base], senior: true, body: (b, dd) => {
        if (i % 2 === 0) b.add('特立帕肽注射液', dd, 1); else if (k === 0) { b.add('唑来膦酸注射液', dd, 1); b.add('静脉输液(第一组)', dd, 1); b.add('一次性使用输液器', dd, 1); b.add('氯化钠注射液', dd, 1); } else b.add('阿仑膦酸钠片', dd, 4);
        b.add('碳酸钙D3片', dd, 28); b.add('骨化三醇软胶囊', dd, 28);
        if (k === 0) { b.add('骨密度测定(双能X线)', dd, 1); b.add('肾功能(三项)', dd, 1); b.add('腰椎X线摄影', dd, 1); }
      } });
      emit(c); cl.push(c);
    }
    return cl;
  }]);
  // C11 AKI with CRRT in ICU
  C.push(['C11', '急性肾损伤ICU内CRRT', () => {
    const m = member({ age: ri(35, 80) }); const lvl = pick([2, 3]); const hid = H(m, lvl); const adm = day(5, 320); const los = ri(9, 15);
    const crrt = ri(2, 4); const icu = crrt + ri(1, 2);
    const c = stay(m, { hid, level: lvl, dept: 'ICU', adm, los, route: 'emergency', dx: ['N17.000', pick(['A41.900', 'R57.100', 'J18.900'])], procs: [['39.9500x007', addDays(adm, 1)]], nursing: (k) => (k < icu ? null : 'Ⅰ级护理'), bed: undefined, body: (b, days) => {
      admissionLabs(b, days[0], { cxr: true });
      days.forEach((d, k) => {
        if (k < icu) { b.add('重症监护', d, 24); b.add('监护病房床位费', d, 1); b.add('血气分析', d, k < crrt + 1 ? 4 : 2); b.add('电解质(四项)', d, k === 0 ? 1 : 2); }
        if (k >= 1 && k <= crrt) { b.add('连续性血液净化(CRRT)', d, ri(18, 22)); b.add('透析器', d, 1); b.add('一次性使用血液透析管路', d, 1); b.add('低分子量肝素钙注射液', d, 2); }
        if (k < 7) { b.add(lvl === 3 ? '注射用美罗培南' : '注射用哌拉西林钠他唑巴坦钠', d, 3); b.add('氯化钠注射液', d, 3); ivDay(b, d, 3); }
        if (k % 2 === 0 && k > 0) { b.add('肾功能(三项)', d, 1); b.add('血常规(五分类)', d, 1); }
      });
      b.add('泌尿系B超', days[0], 1);
    } });
    const icuDays = new Set(c._bill.items.filter((x) => x.name === '重症监护').map((x) => x.date));
    c._bill.items = c._bill.items.filter((x) => !(x.name === '普通病房床位费(三人间)' && icuDays.has(x.date)));
    c._bill.items.forEach((x, k) => (x.lineId = String(k + 1)));
    emit(c); return [c];
  }]);
  // C12 ectopic pregnancy with serial beta-HCG and laparoscopic salpingectomy
  C.push(['C12', '输卵管妊娠：连续β-HCG与腹腔镜输卵管切除', () => {
    const m = member({ age: ri(22, 38), gender: 'F' }); const lvl = pick([2, 3]); const hid = H(m, lvl); const adm = day(5, 320);
    const c = stay(m, { hid, level: lvl, dept: 'gynecology', adm, los: ri(5, 7), route: 'emergency', dx: [pick(['O00.100', 'O00.101'])], procs: [['66.4x02', addDays(adm, 2)]], nursing: (k) => (k < 4 ? 'Ⅰ级护理' : 'Ⅱ级护理'), body: (b, days) => {
      admissionLabs(b, days[0], { surgery: true }); b.add('人绒毛膜促性腺激素(β-HCG)测定', days[0], 1); b.add('妇科B超', days[0], 1); b.add('血常规(五分类)', days[1], 1);
      b.add('人绒毛膜促性腺激素(β-HCG)测定', days[1], 1); b.add('妇科B超', days[1], 1);
      surgeryDay(b, days[2], { op: '腹腔镜下卵巢囊肿剥除术', gaHours: 2, extra: [['一次性腹腔镜穿刺器', 1], ['一次性电刀笔', 1]] }); b.add('病理检查(常规石蜡切片)', days[2], 1);
      days.slice(2, 4).forEach((d) => { b.add('注射用头孢呋辛钠', d, 2); b.add('葡萄糖氯化钠注射液', d, 2); ivDay(b, d, 2); });
      b.add('人绒毛膜促性腺激素(β-HCG)测定', days[4], 1); b.add('血常规(五分类)', days[3], 1);
    } });
    emit(c); return [c];
  }]);
  // C13 food-poisoning cluster at a township health centre
  C.push(['C13', '食物中毒群体就诊：同日同院同医生多名无亲属关系患者', () => {
    const region = pick(REGIONS); const hid = hosp(region, 1, ri(5, 9)); const d = day(5, 330); const doc = L.doctor(); const n = ri(6, 10); const cl = [];
    for (let k = 0; k < n; k++) {
      const m = member({ age: ri(19, 58), region });
      const c = visit(m, { hid, level: 1, dept: 'general', doc, emergency: true, date: d, dx: ['A05.900'], body: (b, dd) => {
        b.add('血常规(五分类)', dd, 1); b.add('大便常规+隐血', dd, 1); b.add('电解质(四项)', dd, 1);
        b.add('葡萄糖氯化钠注射液', dd, 2); b.add('氯化钾注射液', dd, 1); ivDay(b, dd, 2);
        b.add('盐酸甲氧氯普胺注射液', dd, 1); b.add('肌肉注射', dd, 1); b.add('蒙脱石散', dd, 9);
      } });
      emit(c); cl.push(c);
    }
    return cl;
  }]);
  // C14 hyperemesis gravidarum (some readmitted)
  C.push(['C14', '妊娠剧吐住院补液（部分再次入院）', (i) => {
    const m = member({ age: ri(22, 36), gender: 'F' }); const lvl = pick([2, 3]); const hid = H(m, lvl); let adm = day(5, 300); const cl = [];
    const n = i % 3 === 0 ? 2 : 1;
    for (let k = 0; k < n; k++) {
      const c = stay(m, { hid, level: lvl, dept: 'obstetrics', adm, los: ri(4, 8), dx: ['O21.100x003', 'E87.600'], body: (b, days) => {
        admissionLabs(b, days[0], { noStool: true }); b.add('甲状腺功能(三项)', days[0], 1); b.add('产科B超', days[0], 1);
        days.forEach((d, j) => {
          if (j < days.length - 1) { b.add('葡萄糖注射液', d, 2); b.add('葡萄糖氯化钠注射液', d, 1); b.add('复方氯化钠注射液', d, 1); b.add('氯化钾注射液', d, 3); ivDay(b, d, 4); b.add('盐酸甲氧氯普胺注射液', d, 2); b.add('肌肉注射', d, 2); }
          if (j < 4 && j > 0) b.add('尿常规', d, 1);
          if (j % 2 === 0 && j > 0) b.add('电解质(四项)', d, 1);
          if (j >= 2) b.add('复合维生素B片', d, 3);
        });
      } });
      emit(c); cl.push(c); adm = addDays(c.dischargeDate, ri(10, 20));
    }
    return cl;
  }]);
  // C15 paediatric forearm fracture ORIF
  C.push(['C15', '儿童（7-13岁）前臂骨折切开复位钢板内固定', () => {
    const m = member({ age: ri(7, 13), insuranceType: 'resident' }); const lvl = pick([2, 3]); const hid = H(m, lvl); const adm = day(5, 320);
    const c = stay(m, { hid, level: lvl, dept: 'pediatric orthopedics', adm, los: ri(5, 7), route: 'emergency', dx: [pick(['S52.600x001', 'S52.500x001'])], procs: [['79.3200x011', addDays(adm, 1)]], nursing: (k) => (k < 3 ? 'Ⅰ级护理' : 'Ⅱ级护理'), body: B.fractureOrif({ child: m.age <= 12, teen: m.age > 12, plates: pick([1, 2]), screws: ri(6, 8), ga: 2 }) });
    emit(c); return [c];
  }]);
  // C16 chest-pain rule-out with serial troponin the same day
  C.push(['C16', '胸痛排除急性冠脉综合征：同日连续肌钙蛋白和心电图', (i) => {
    const m = member({ age: ri(45, 75) }); const lvl = pick([2, 3]); const hid = H(m, lvl); const d = day(5, 330);
    let c;
    if (i % 2 === 0) c = visit(m, { hid, level: lvl, dept: 'emergency', emergency: true, date: d, dx: ['R07.400'], body: (b, dd) => {
      b.add('肌钙蛋白I测定', dd, 3); b.add('常规心电图检查', dd, 2); b.add('心肌酶谱', dd, 1); b.add('D-二聚体测定', dd, 1); b.add('血常规(五分类)', dd, 1); b.add('电解质(四项)', dd, 1);
      b.add('胸部CT平扫', dd, 1); b.add('CT增强扫描(加收)', dd, 1); b.add('心电监测', dd, 8); b.add('阿司匹林肠溶片', dd, 3);
    } });
    else c = stay(m, { hid, level: lvl, dept: 'cardiology', adm: d, los: 2, route: 'emergency', dx: ['R07.400', 'I10.x00x002'], body: (b, days) => {
      admissionLabs(b, days[0], { cxr: true, noEcg: true }); b.add('肌钙蛋白I测定', days[0], 3); b.add('常规心电图检查', days[0], 2); b.add('心肌酶谱', days[0], 2); b.add('D-二聚体测定', days[0], 1);
      b.add('心电监测', days[0], 24); b.add('肌钙蛋白I测定', days[1], 1); b.add('常规心电图检查', days[1], 1); b.add('心脏彩色多普勒超声', days[1], 1); b.add('阿司匹林肠溶片', days[0], 1);
    } });
    emit(c); return [c];
  }]);
  return C;
}

function routine(emit) {
  const out = [];
  for (let i = 0; i < 100; i++) {
    const k = i % 20; let c;
    if (k < 6) { // outpatient
      const m = member({}); const lvl = pick([1, 2, 3]); const hid = lvl === 1 && rnd() < 0.5 ? L.village(m.region, ri(41, 80)) : H(m, lvl);
      const v = k % 6;
      const dx = [['J06.900'], ['I10.x00x002'], ['K29.500'], ['E11.900'], ['M17.000'], ['J20.900']][v];
      c = visit(m, { hid, level: lvl, dept: 'internal', date: day(3, 355), dx, body: (b, d) => {
        if (v === 0) { b.add('血常规(五分类)', d, 1); b.add('连花清瘟胶囊', d, 24); b.add('对乙酰氨基酚片', d, 6); }
        if (v === 1) { b.add('苯磺酸氨氯地平片', d, 28); b.add('常规心电图检查', d, 1); }
        if (v === 2) { b.add('奥美拉唑肠溶胶囊', d, 28); b.add('铝碳酸镁咀嚼片', d, 24); }
        if (v === 3) { b.add('盐酸二甲双胍片', d, 84); b.add('空腹血糖测定', d, 1); }
        if (v === 4) { b.add('塞来昔布胶囊', d, 14); b.add('四肢X线摄影', d, 1); }
        if (v === 5) { b.add('阿莫西林胶囊', d, 36); b.add('盐酸氨溴索片', d, 18); b.add('血常规(五分类)', d, 1); }
      } });
    } else if (k < 9) { // pharmacy
      const m = member({}); c = visit(m, { hid: pharmacy(m.region, ri(100, 200)), level: 1, dept: 'pharmacy', type: 'pharmacy', date: day(3, 355), dx: [['I10.x00x002', 'I10.x00x002', 'J06.900', 'E11.900'][i % 4]], body: (b, d) => { const j = i % 4; b.add(['苯磺酸氨氯地平片', '硝苯地平控释片', '板蓝根颗粒', '阿卡波糖片'][j], d, j === 2 ? 9 : pick([28, 30]) * (j === 3 ? 3 : 1)); } });
    } else if (k < 12) { // chronic
      const m = member({ age: ri(50, 85), chronicDiseases: ['I10', 'E11'] }); const lvl = pick([1, 2, 3]);
      c = visit(m, { hid: H(m, lvl), level: lvl, dept: 'chronic clinic', type: 'chronic', date: day(3, 355), dx: ['E11.900', 'I10.x00x002'], body: (b, d) => { b.add('盐酸二甲双胍片', d, 90); b.add('苯磺酸氨氯地平片', d, 30); if (rnd() < 0.3) b.add('糖化血红蛋白测定', d, 1); } });
    } else { // inpatient
      const v = k - 12; const adm = day(3, 340);
      const m = member({ age: v === 5 ? ri(22, 36) : v === 0 && rnd() < 0.4 ? ri(2, 9) : ri(30, 85), gender: v === 5 ? 'F' : undefined });
      const lvl = pick([1, 2, 3]);
      const spec = [
        { dept: m.age < 14 ? 'pediatrics' : 'respiratory', dx: [m.age < 14 ? 'J18.000' : 'J18.900'], los: ri(6, 9), body: B.pneumoniaBody(m.age < 14, m.age <= 6) },
        { dept: 'general surgery', dx: ['K35.800x001'], los: ri(4, 6), procs: [['47.0100', adm]], body: B.lapApp() },
        { dept: 'general surgery', dx: ['K80.101'], los: ri(4, 6), procs: [['51.2300', addDays(adm, 1)]], body: B.lapChole(), lvl: 2 },
        { dept: 'respiratory', dx: ['J44.100'], los: ri(7, 10), body: B.copdBody() },
        { dept: 'neurology', dx: ['I63.900', 'I10.x00x002'], los: ri(10, 14), body: B.strokeBody(false), lvl: 2 },
        { dept: 'obstetrics', dx: ['O80.000'], los: ri(2, 3), procs: [['73.5900x002', adm]], body: B.deliveryBody() },
        { dept: 'general surgery', dx: ['K40.900x003'], los: ri(3, 4), procs: [['53.0203', addDays(adm, 1)]], body: B.hernia() },
        { dept: 'cardiology', dx: ['I50.900x008', 'I10.x00x002'], los: ri(6, 9), body: (b, days) => { admissionLabs(b, days[0], { cxr: true }); b.add('B型钠尿肽(BNP)测定', days[0], 1); b.add('心脏彩色多普勒超声', days[1], 1); days.slice(0, 4).forEach((d) => { b.add('呋塞米注射液', d, 2); b.add('静脉注射', d, 2); }); days.forEach((d) => { b.add('螺内酯片', d, 1); b.add('沙库巴曲缬沙坦钠片', d, 2); }); } },
      ][v];
      const L2 = spec.lvl ? Math.max(spec.lvl, lvl) : lvl;
      c = stay(m, { hid: H(m, L2), level: L2, dept: spec.dept, adm, los: spec.los, dx: spec.dx, procs: spec.procs, body: spec.body, nursing: (j) => (spec.procs && j <= 1 ? 'Ⅰ级护理' : 'Ⅱ级护理') });
    }
    emit(c); out.push(c);
  }
  return out;
}

function run({ T, emit, caseOf, labels, out }) {
  const N = Number(process.env.N_PER_KIND || 20);
  T.forEach(([code, name, fn]) => { for (let i = 0; i < N; i++) { const r = fn(i); caseOf('fraud', code, name, i, r.claims, r.targets, r.mutated); } });
  const C = controls(emit);
  C.forEach(([code, name, fn]) => { for (let i = 0; i < N; i++) { const cl = fn(i); caseOf('control', code, name, i, cl, cl, {}); } });
  const rt = routine(emit);
  rt.forEach((c, i) => caseOf('routine', 'R', 'routine', i, [c], [c], {}));
  // settlement order: by settlement date (discharge or visit date); a claim settled the same day keeps generation order
  const sdate = (c) => c.dischargeDate || c.visitDate;
  const idx = new Map(out.map((c, i) => [c.claimId, i]));
  const sorted = out.slice().sort((a, b) => (sdate(a) < sdate(b) ? -1 : sdate(a) > sdate(b) ? 1 : idx.get(a.claimId) - idx.get(b.claimId)));
  // DRG pass 2
  const gi = process.argv.indexOf('--groups');
  if (gi > 0) {
    const g = new Map();
    for (const line of fs.readFileSync(process.argv[gi + 1], 'utf8').split('\n')) {
      if (!line.trim()) continue; const o = JSON.parse(line);
      const drg = o.drg || (o.grouping && o.grouping.drg) || (o.result && o.result.drg);
      if (o.claimId) g.set(o.claimId, drg || null);
    }
    for (const c of sorted) if (c.visitType === 'inpatient') c.reportedGroup = { drg: g.get(c.claimId) || null, dip: null };
  }
  const dir = __dirname;
  fs.writeFileSync(path.join(dir, 'claims.ndjson'), sorted.map((c) => JSON.stringify(c)).join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'labels.json'), JSON.stringify(labels, null, 1));
  console.error(`claims ${sorted.length}, cases ${labels.length}`);
}
module.exports = { run };
