// Clinical scenarios the generator draws from. Diagnosis and procedure codes are looked up in the
// CHS-DRG 1.1 tables (rules/grouping/chs-drg-1.1), never invented; items are catalogue names,
// resolved to codes when the catalogue loads (a typo fails loudly there).

export type Gender = 'M' | 'F';

export interface InpatientScenario {
  id: string;
  department: string;
  /** Candidate principal diagnoses (one is drawn). */
  principal: string[];
  /** Ordinary secondary diagnoses (comorbidities) drawn now and then. */
  comorbid: string[];
  /** CC/MCC complications (from cc.json / mcc.json) added to a minority of stays. */
  complications: string[];
  /** Procedures in order, first = principal; empty for medical stays. */
  procedures: string[];
  los: [number, number];
  ages: [number, number];
  gender?: Gender;
  minLevel: 1 | 2 | 3;
  weight: number;
  /** Drugs and services billed every day of the stay. */
  daily: string[];
  /** Drugs given for a course of a few days, starting on day 1 or the procedure day. */
  course: string[];
  /** Labs and exams at admission. */
  admission: string[];
  /** Services and consumables on the procedure day. */
  operation: string[];
}

export interface VisitScenario {
  id: string;
  visitType: 'outpatient' | 'chronic' | 'pharmacy';
  department: string;
  principal: string[];
  comorbid: string[];
  ages: [number, number];
  gender?: Gender;
  weight: number;
  /** Drugs dispensed for `days` days of supply. */
  drugs: string[];
  days: [number, number];
  /** Labs, exams and treatments done at the visit (none at a pharmacy). */
  services: string[];
}

const IV = ['静脉输液(第一组)', '静脉输液(每增加一组)', '一次性使用输液器', '氯化钠注射液'];
const ADMIT_LABS = ['血常规(五分类)', '尿常规', '肝功能(全套)', '肾功能(三项)', '电解质(四项)', '凝血四项', '常规心电图检查'];
const PRE_OP = ['术前八项(感染筛查)', '血型鉴定(ABO+Rh)', '胸部X线摄影(正侧位)'];
const GA = ['全身麻醉', '丙泊酚中/长链脂肪乳注射液', '枸橼酸芬太尼注射液', '注射用维库溴铵', '一次性使用麻醉穿刺包', '一次性手术衣及铺单包', '一次性电刀笔', '可吸收缝线'];
const SPINAL = ['椎管内麻醉', '盐酸罗哌卡因注射液', '一次性使用麻醉穿刺包', '一次性手术衣及铺单包', '可吸收缝线'];
const POST_OP = ['注射用头孢呋辛钠', '盐酸昂丹司琼注射液', '换药(小)', '一次性使用换药包'];
const HTN = ['I10.x00x002', 'E11.900', 'E78.000', 'K76.000'];

const ip = (s: Omit<InpatientScenario, 'comorbid' | 'complications'> & Partial<InpatientScenario>): InpatientScenario => ({
  comorbid: HTN,
  complications: [],
  ...s,
});

export const INPATIENT_SCENARIOS: InpatientScenario[] = [
  ip({ id: 'ami_pci', department: 'cardiology', principal: ['I21.001', 'I21.103', 'I21.004', 'I21.002'], complications: ['I50.900', 'E87.600', 'I48.000'], procedures: ['36.0601', '88.5600'], los: [5, 10], ages: [40, 88], minLevel: 3, weight: 3, daily: ['阿司匹林肠溶片', '替格瑞洛片', '阿托伐他汀钙片', '心电监测', '血氧饱和度监测', '依诺肝素钠注射液', ...IV], course: ['硝酸甘油注射液', '注射用泮托拉唑钠'], admission: [...ADMIT_LABS, '肌钙蛋白I测定', '心肌酶谱', 'B型钠尿肽(BNP)测定', '心脏彩色多普勒超声', '血脂(四项)'], operation: ['经皮冠状动脉支架置入术', '冠状动脉药物洗脱支架', '冠状动脉球囊扩张导管', '导引导丝', '血管鞘组', '盐酸利多卡因注射液', '局部浸润麻醉'] }),
  ip({ id: 'ami_medical', department: 'cardiology', principal: ['I21.103', 'I21.105', 'I21.003'], complications: ['I50.900', 'N17.000'], procedures: [], los: [6, 12], ages: [50, 92], minLevel: 2, weight: 1, daily: ['阿司匹林肠溶片', '硫酸氢氯吡格雷片', '阿托伐他汀钙片', '心电监测', '低分子量肝素钙注射液', ...IV], course: ['硝酸甘油注射液', '注射用奥美拉唑钠'], admission: [...ADMIT_LABS, '肌钙蛋白I测定', '心肌酶谱', '心脏彩色多普勒超声'], operation: [] }),
  ip({ id: 'unstable_angina_pci', department: 'cardiology', principal: ['I20.000', 'I20.001'], complications: ['I48.000'], procedures: ['36.0601'], los: [3, 7], ages: [45, 85], minLevel: 3, weight: 3, daily: ['阿司匹林肠溶片', '硫酸氢氯吡格雷片', '阿托伐他汀钙片', '单硝酸异山梨酯缓释片', '心电监测'], course: ['依诺肝素钠注射液'], admission: [...ADMIT_LABS, '肌钙蛋白I测定', '血脂(四项)', '心脏彩色多普勒超声'], operation: ['经皮冠状动脉支架置入术', '冠状动脉药物洗脱支架', '导引导丝', '血管鞘组', '盐酸利多卡因注射液'] }),
  ip({ id: 'angina_medical', department: 'cardiology', principal: ['I20.000', 'I20.002'], procedures: [], los: [4, 9], ages: [45, 90], minLevel: 1, weight: 3, daily: ['阿司匹林肠溶片', '阿托伐他汀钙片', '单硝酸异山梨酯缓释片', '酒石酸美托洛尔片', ...IV], course: ['丹参注射液', '低分子量肝素钙注射液'], admission: [...ADMIT_LABS, '肌钙蛋白I测定', '血脂(四项)'], operation: [] }),
  ip({ id: 'chd_angiography', department: 'cardiology', principal: ['I25.103', 'I25.102'], procedures: ['88.5600'], los: [2, 5], ages: [45, 85], minLevel: 2, weight: 2, daily: ['阿司匹林肠溶片', '阿托伐他汀钙片', '心电监测'], course: [], admission: [...ADMIT_LABS, '血脂(四项)', '心脏彩色多普勒超声'], operation: ['冠状动脉造影术', '冠脉造影导管', '血管鞘组', '盐酸利多卡因注射液'] }),
  ip({ id: 'chd_medical', department: 'cardiology', principal: ['I25.103', 'I25.100x003'], procedures: [], los: [5, 10], ages: [50, 90], minLevel: 1, weight: 3, daily: ['阿司匹林肠溶片', '阿托伐他汀钙片', '曲美他嗪片', ...IV], course: ['丹参注射液'], admission: [...ADMIT_LABS, '血脂(四项)', '动态心电图(24小时)'], operation: [] }),
  ip({ id: 'heart_failure', department: 'cardiology', principal: ['I50.900', 'I50.002', 'I11.002'], complications: ['E87.600', 'E87.102', 'J18.000'], procedures: [], los: [6, 14], ages: [55, 95], minLevel: 1, weight: 3, daily: ['呋塞米注射液', '螺内酯片', '沙库巴曲缬沙坦钠片', '琥珀酸美托洛尔缓释片', '心电监测', '吸氧', '一次性使用吸氧管', ...IV], course: ['左卡尼汀注射液'], admission: [...ADMIT_LABS, 'B型钠尿肽(BNP)测定', '心脏彩色多普勒超声', '胸部X线摄影(正侧位)'], operation: [] }),
  ip({ id: 'atrial_fibrillation', department: 'cardiology', principal: ['I48.000', 'I48.100'], procedures: [], los: [4, 9], ages: [50, 92], minLevel: 1, weight: 2, daily: ['盐酸胺碘酮片', '利伐沙班片', '心电监测'], course: ['盐酸胺碘酮注射液'], admission: [...ADMIT_LABS, '心脏彩色多普勒超声', '甲状腺功能(三项)', '动态心电图(24小时)'], operation: [] }),
  ip({ id: 'av_block_pacemaker', department: 'cardiology', principal: ['I44.200', 'I44.201'], procedures: ['37.8001'], los: [5, 9], ages: [60, 92], minLevel: 2, weight: 1, daily: ['心电监测'], course: ['注射用头孢呋辛钠'], admission: [...ADMIT_LABS, ...PRE_OP, '心脏彩色多普勒超声'], operation: ['永久起搏器置入术', '永久心脏起搏器(双腔)', '盐酸利多卡因注射液', '局部浸润麻醉', '可吸收缝线'] }),
  ip({ id: 'hypertension', department: 'cardiology', principal: ['I10.x00x002', 'I10.x00x007'], comorbid: ['E11.900', 'E78.000'], procedures: [], los: [4, 9], ages: [40, 90], minLevel: 1, weight: 3, daily: ['苯磺酸氨氯地平片', '厄贝沙坦片', ...IV], course: [], admission: [...ADMIT_LABS, '动态血压监测(24小时)', '心脏彩色多普勒超声', '颈部血管彩色多普勒超声'], operation: [] }),
  ip({ id: 'pneumonia', department: 'respiratory', principal: ['J18.000', 'J18.100', 'J18.001'], complications: ['J96.000', 'E87.600', 'E87.102'], procedures: [], los: [6, 12], ages: [18, 95], minLevel: 1, weight: 5, daily: ['注射用头孢曲松钠', '盐酸氨溴索注射液', '雾化吸入', '吸入用布地奈德混悬液', '一次性使用雾化器', ...IV], course: ['注射用阿奇霉素'], admission: [...ADMIT_LABS, 'C反应蛋白测定', '胸部CT平扫', '细菌培养及药敏'], operation: [] }),
  ip({ id: 'pneumonia_child', department: 'paediatrics', principal: ['J18.000', 'J18.000x001'], comorbid: [], procedures: [], los: [5, 9], ages: [1, 12], minLevel: 1, weight: 3, daily: ['注射用头孢呋辛钠', '雾化吸入', '吸入用布地奈德混悬液', '一次性使用雾化器', '小儿头皮静脉输液', '葡萄糖注射液', '一次性使用输液器', '小儿肺热咳喘口服液'], course: ['小儿对乙酰氨基酚颗粒'], admission: ['血常规(五分类)', 'C反应蛋白测定', '胸部X线摄影(正侧位)'], operation: [] }),
  ip({ id: 'copd', department: 'respiratory', principal: ['J44.100', 'J44.000'], complications: ['J96.100', 'I50.900'], procedures: [], los: [7, 14], ages: [50, 92], minLevel: 1, weight: 4, daily: ['多索茶碱注射液', '吸入用异丙托溴铵溶液', '吸入用布地奈德混悬液', '雾化吸入', '吸氧', '一次性使用吸氧管', ...IV], course: ['注射用哌拉西林钠他唑巴坦钠', '注射用甲泼尼龙琥珀酸钠'], admission: [...ADMIT_LABS, '血气分析', '胸部CT平扫', '肺功能检查'], operation: [] }),
  ip({ id: 'asthma', department: 'respiratory', principal: ['J45.000', 'J45.003'], procedures: [], los: [4, 8], ages: [14, 80], minLevel: 1, weight: 1, daily: ['吸入用布地奈德混悬液', '吸入用异丙托溴铵溶液', '雾化吸入', ...IV], course: ['注射用甲泼尼龙琥珀酸钠'], admission: [...ADMIT_LABS, '血气分析', '肺功能检查'], operation: [] }),
  ip({ id: 'bronchitis', department: 'respiratory', principal: ['J20.000', 'J20.200'], procedures: [], los: [4, 8], ages: [14, 90], minLevel: 1, weight: 2, daily: ['左氧氟沙星氯化钠注射液', '盐酸氨溴索注射液', ...IV], course: [], admission: ['血常规(五分类)', 'C反应蛋白测定', '胸部X线摄影(正侧位)'], operation: [] }),
  ip({ id: 'lung_cancer_chemo', department: 'oncology', principal: ['Z51.102', 'Z51.103'], comorbid: ['C34.100x003'], procedures: [], los: [3, 6], ages: [40, 85], minLevel: 2, weight: 3, daily: ['盐酸帕洛诺司琼注射液', ...IV], course: ['注射用吉西他滨', '顺铂注射液', '化疗药物配置'], admission: [...ADMIT_LABS, '肿瘤标志物(CEA)测定', '胸部CT平扫'], operation: [] }),
  ip({ id: 'lung_cancer', department: 'oncology', principal: ['C34.100x003', 'C34.001'], procedures: [], los: [6, 14], ages: [45, 90], minLevel: 2, weight: 1, daily: ['盐酸氨溴索注射液', '复方氨基酸注射液(18AA)', ...IV], course: ['盐酸吗啡注射液'], admission: [...ADMIT_LABS, '肿瘤标志物(CEA)测定', '胸部CT平扫', 'CT增强扫描(加收)'], operation: [] }),
  ip({ id: 'cerebral_infarction', department: 'neurology', principal: ['I63.000', 'I63.001', 'I63.100'], complications: ['J18.000', 'E87.600'], procedures: [], los: [8, 16], ages: [45, 95], minLevel: 1, weight: 5, daily: ['阿司匹林肠溶片', '阿托伐他汀钙片', '依达拉奉注射液', '血栓通注射液', ...IV], course: ['甘露醇注射液', '注射用奥美拉唑钠'], admission: [...ADMIT_LABS, '头颅CT平扫', '头颅MRI平扫', '颈部血管彩色多普勒超声', '血脂(四项)'], operation: [] }),
  ip({ id: 'tia', department: 'neurology', principal: ['G45.000', 'G45.003'], procedures: [], los: [4, 8], ages: [45, 90], minLevel: 1, weight: 2, daily: ['阿司匹林肠溶片', '阿托伐他汀钙片', '疏血通注射液', ...IV], course: [], admission: [...ADMIT_LABS, '头颅CT平扫', '颈部血管彩色多普勒超声'], operation: [] }),
  ip({ id: 'post_stroke_rehab', department: 'rehabilitation', principal: ['I69.300', 'I69.300x003'], procedures: [], los: [10, 20], ages: [50, 92], minLevel: 1, weight: 2, daily: ['阿司匹林肠溶片', '阿托伐他汀钙片', '针灸', '运动疗法'], course: ['康复评定'], admission: [...ADMIT_LABS, '头颅CT平扫'], operation: [] }),
  ip({ id: 'intracerebral_haemorrhage', department: 'neurology', principal: ['I61.000x008', 'I61.000x006'], complications: ['J18.000', 'E87.102'], procedures: [], los: [10, 20], ages: [45, 90], minLevel: 2, weight: 1, daily: ['甘露醇注射液', '单唾液酸四己糖神经节苷脂钠注射液', '心电监测', ...IV], course: ['注射用泮托拉唑钠', '奥拉西坦注射液'], admission: [...ADMIT_LABS, '头颅CT平扫'], operation: [] }),
  ip({ id: 'vertigo', department: 'neurology', principal: ['H81.100', 'H81.000'], procedures: [], los: [4, 8], ages: [30, 85], minLevel: 1, weight: 2, daily: ['甲磺酸倍他司汀片', '银杏叶提取物注射液', ...IV], course: [], admission: [...ADMIT_LABS, '头颅CT平扫'], operation: [] }),
  ip({ id: 'diabetes', department: 'endocrinology', principal: ['E11.900'], comorbid: ['I10.x00x002', 'E78.000'], complications: ['E11.400', 'E87.600'], procedures: [], los: [6, 12], ages: [30, 90], minLevel: 1, weight: 4, daily: ['门冬胰岛素注射液', '甘精胰岛素注射液', '盐酸二甲双胍片', '血糖监测(快速)', '血糖试纸', '皮下注射'], course: [], admission: [...ADMIT_LABS, '糖化血红蛋白测定', '血脂(四项)', '眼底检查'], operation: [] }),
  ip({ id: 'gastroenteritis', department: 'gastroenterology', principal: ['A09.001', 'A09.000x001'], procedures: [], los: [3, 6], ages: [14, 85], minLevel: 1, weight: 3, daily: ['蒙脱石散', '复方氯化钠注射液', '葡萄糖氯化钠注射液', '氯化钾注射液', '静脉输液(第一组)', '一次性使用输液器'], course: ['左氧氟沙星氯化钠注射液'], admission: ['血常规(五分类)', '大便常规+隐血', '电解质(四项)'], operation: [] }),
  ip({ id: 'ulcer_bleeding', department: 'gastroenterology', principal: ['K25.000', 'K25.001'], complications: ['D64.900'], procedures: [], los: [5, 10], ages: [25, 90], minLevel: 1, weight: 2, daily: ['注射用泮托拉唑钠', '氨甲环酸注射液', ...IV], course: ['铝碳酸镁咀嚼片'], admission: [...ADMIT_LABS, '胃镜检查', '大便常规+隐血'], operation: [] }),
  ip({ id: 'acute_pancreatitis', department: 'gastroenterology', principal: ['K85.001', 'K85.101'], procedures: [], los: [7, 14], ages: [25, 85], minLevel: 2, weight: 1, daily: ['注射用奥美拉唑钠', '胃肠减压', '一次性使用胃管', '复方氨基酸注射液(18AA)', ...IV], course: ['注射用亚胺培南西司他丁钠'], admission: [...ADMIT_LABS, '腹部CT平扫', '腹部B超'], operation: [] }),
  ip({ id: 'cirrhosis', department: 'gastroenterology', principal: ['K74.100', 'K74.200'], procedures: [], los: [8, 15], ages: [35, 85], minLevel: 2, weight: 1, daily: ['螺内酯片', '呋塞米片', '异甘草酸镁注射液', ...IV], course: ['人血白蛋白', '乳果糖口服溶液'], admission: [...ADMIT_LABS, '乙肝五项定量', '腹部B超', '腹部CT平扫'], operation: [] }),
  ip({ id: 'chronic_hepatitis_b', department: 'infectious', principal: ['B18.100'], procedures: [], los: [7, 14], ages: [20, 75], minLevel: 2, weight: 1, daily: ['恩替卡韦分散片', '注射用还原型谷胱甘肽', ...IV], course: ['多烯磷脂酰胆碱胶囊'], admission: [...ADMIT_LABS, '乙肝五项定量', '腹部B超'], operation: [] }),
  ip({ id: 'uti', department: 'nephrology', principal: ['N39.000'], procedures: [], los: [4, 8], ages: [18, 90], minLevel: 1, weight: 2, daily: ['左氧氟沙星氯化钠注射液', ...IV], course: [], admission: [...ADMIT_LABS, '细菌培养及药敏', '泌尿系B超'], operation: [] }),
  ip({ id: 'ckd', department: 'nephrology', principal: ['N18.400', 'N18.500'], procedures: [], los: [7, 14], ages: [30, 90], minLevel: 2, weight: 1, daily: ['重组人促红素注射液', '碳酸钙D3片', '骨化三醇软胶囊', '血液透析', '透析器', '一次性使用血液透析管路'], course: [], admission: [...ADMIT_LABS, '泌尿系B超'], operation: [] }),
  ip({ id: 'cellulitis', department: 'dermatology', principal: ['L03.000', 'L03.001'], procedures: [], los: [5, 10], ages: [18, 85], minLevel: 1, weight: 1, daily: ['注射用头孢呋辛钠', '换药(小)', '一次性使用换药包', ...IV], course: [], admission: ['血常规(五分类)', 'C反应蛋白测定'], operation: [] }),
  ip({ id: 'disc_conservative', department: 'orthopaedics', principal: ['M51.100x002+G55.1*'], procedures: [], los: [7, 14], ages: [25, 80], minLevel: 1, weight: 2, daily: ['塞来昔布胶囊', '甘露醇注射液', '推拿治疗', '针灸', ...IV], course: [], admission: [...ADMIT_LABS, '腰椎MRI平扫', '腰椎X线摄影'], operation: [] }),
  ip({ id: 'rib_fracture', department: 'orthopaedics', principal: ['S22.300'], comorbid: [], procedures: [], los: [5, 10], ages: [25, 90], minLevel: 1, weight: 1, daily: ['盐酸曲马多缓释片', '医用弹力绷带'], course: [], admission: [...ADMIT_LABS, '胸部CT平扫'], operation: [] }),
  // Surgical stays.
  ip({ id: 'appendectomy_lap', department: 'general_surgery', principal: ['K35.300', 'K35.200'], comorbid: [], procedures: ['47.0100'], los: [3, 7], ages: [10, 80], minLevel: 1, weight: 4, daily: ['甲硝唑氯化钠注射液', ...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '腹部B超'], operation: ['腹腔镜下阑尾切除术', ...GA, '一次性腹腔镜穿刺器', '止血夹(结扎夹)', '病理检查(常规石蜡切片)'] }),
  ip({ id: 'appendectomy_open', department: 'general_surgery', principal: ['K35.301', 'K35.200'], comorbid: [], procedures: ['47.0901'], los: [4, 8], ages: [10, 80], minLevel: 1, weight: 2, daily: ['甲硝唑氯化钠注射液', ...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP], operation: ['阑尾切除术', ...SPINAL, '病理检查(常规石蜡切片)'] }),
  ip({ id: 'cholecystectomy_lap', department: 'general_surgery', principal: ['K80.101', 'K80.100x001', 'K81.000'], procedures: ['51.2200'], los: [3, 7], ages: [25, 85], minLevel: 2, weight: 4, daily: ['注射用泮托拉唑钠', ...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '腹部B超'], operation: ['腹腔镜下胆囊切除术', ...GA, '一次性腹腔镜穿刺器', '止血夹(结扎夹)', '病理检查(常规石蜡切片)'] }),
  ip({ id: 'inguinal_hernia', department: 'general_surgery', principal: ['K40.001', 'K40.002'], procedures: ['53.0001'], los: [3, 6], ages: [20, 88], gender: 'M', minLevel: 1, weight: 3, daily: [...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP], operation: ['腹股沟疝修补术', ...SPINAL, '疝修补补片'] }),
  ip({ id: 'haemorrhoids', department: 'general_surgery', principal: ['K64.200', 'K64.300'], comorbid: [], procedures: ['49.4600'], los: [4, 8], ages: [20, 80], minLevel: 1, weight: 2, daily: ['换药(小)', '一次性使用换药包'], course: ['甲硝唑氯化钠注射液'], admission: [...ADMIT_LABS, ...PRE_OP], operation: ['痔切除术', ...SPINAL] }),
  ip({ id: 'varicose_veins', department: 'vascular_surgery', principal: ['I83.101', 'I83.100x001'], procedures: ['38.5000'], los: [4, 8], ages: [30, 80], minLevel: 1, weight: 1, daily: ['医用弹力绷带'], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '下肢血管彩色多普勒超声'], operation: ['大隐静脉高位结扎+剥脱术', ...SPINAL] }),
  ip({ id: 'colectomy_cancer', department: 'general_surgery', principal: ['C18.000', 'C18.200'], procedures: ['45.7300x003'], los: [10, 18], ages: [40, 85], minLevel: 3, weight: 1, daily: ['复方氨基酸注射液(18AA)', '脂肪乳注射液(C14～24)', '注射用泮托拉唑钠', '胃肠减压', ...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '肿瘤标志物(CEA)测定', '腹部CT平扫', '结肠镜检查'], operation: ['大肠部分切除术', ...GA, '一次性使用吻合器', '一次性负压引流器', '病理检查(常规石蜡切片)'] }),
  ip({ id: 'gastrectomy_cancer', department: 'general_surgery', principal: ['C16.000', 'C16.000x004'], procedures: ['43.6x00x006'], los: [12, 20], ages: [40, 85], minLevel: 3, weight: 1, daily: ['复方氨基酸注射液(18AA)', '脂肪乳注射液(C14～24)', '注射用泮托拉唑钠', '胃肠减压', ...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '肿瘤标志物(CEA)测定', '腹部CT平扫', '胃镜检查'], operation: ['胃大部切除术', ...GA, '一次性使用吻合器', '一次性负压引流器', '病理检查(常规石蜡切片)'] }),
  ip({ id: 'thyroidectomy', department: 'general_surgery', principal: ['E04.100', 'E04.001'], comorbid: [], procedures: ['06.2x00'], los: [4, 7], ages: [20, 75], minLevel: 2, weight: 2, daily: [...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '甲状腺功能(三项)', '甲状腺彩超'], operation: ['甲状腺腺叶切除术', ...GA, '一次性负压引流器', '病理检查(常规石蜡切片)'] }),
  ip({ id: 'mastectomy_cancer', department: 'breast_surgery', principal: ['C50.100'], comorbid: [], procedures: ['85.4100x001'], los: [7, 14], ages: [35, 80], gender: 'F', minLevel: 3, weight: 1, daily: [...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '乳腺彩超', '肿瘤标志物(CEA)测定'], operation: ['乳腺癌改良根治术', ...GA, '一次性负压引流器', '病理检查(常规石蜡切片)'] }),
  ip({ id: 'hip_replacement', department: 'orthopaedics', principal: ['M16.101', 'M16.000'], procedures: ['81.5100'], los: [8, 15], ages: [50, 88], minLevel: 3, weight: 2, daily: ['低分子量肝素钙注射液', '塞来昔布胶囊', ...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '四肢X线摄影', '下肢血管彩色多普勒超声'], operation: ['人工全髋关节置换术', '髋关节假体(全髋)', ...SPINAL, '一次性负压引流器'] }),
  ip({ id: 'femoral_neck_hemiarthroplasty', department: 'orthopaedics', principal: ['S72.000', 'S72.000x031'], comorbid: ['I10.x00x002', 'E11.900'], procedures: ['81.5201'], los: [8, 15], ages: [60, 95], minLevel: 2, weight: 2, daily: ['低分子量肝素钙注射液', ...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '四肢X线摄影', '骨密度测定(双能X线)'], operation: ['人工股骨头置换术', '人工股骨头假体', ...SPINAL, '一次性负压引流器'] }),
  ip({ id: 'knee_replacement', department: 'orthopaedics', principal: ['M17.101', 'M17.900x002'], procedures: ['81.5400'], los: [8, 14], ages: [55, 85], minLevel: 3, weight: 2, daily: ['低分子量肝素钙注射液', '塞来昔布胶囊', ...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '膝关节MRI平扫', '四肢X线摄影'], operation: ['人工全膝关节置换术', '膝关节假体(全膝)', ...SPINAL, '一次性负压引流器'] }),
  ip({ id: 'radius_fracture_orif', department: 'orthopaedics', principal: ['S52.500x001', 'S52.500x011'], comorbid: [], procedures: ['79.3200x001'], los: [4, 9], ages: [15, 85], minLevel: 1, weight: 2, daily: [...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '四肢X线摄影'], operation: ['骨折切开复位内固定术', '接骨板', '骨科螺钉', ...GA] }),
  ip({ id: 'ankle_fracture_orif', department: 'orthopaedics', principal: ['S82.000'], comorbid: [], procedures: ['79.3600x009'], los: [5, 10], ages: [15, 80], minLevel: 1, weight: 2, daily: ['低分子量肝素钙注射液', ...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '四肢X线摄影'], operation: ['骨折切开复位内固定术', '接骨板', '骨科螺钉', ...SPINAL] }),
  ip({ id: 'lumbar_discectomy', department: 'orthopaedics', principal: ['M51.100x002+G55.1*'], procedures: ['80.5100x013'], los: [7, 13], ages: [25, 80], minLevel: 2, weight: 2, daily: ['甘露醇注射液', '塞来昔布胶囊', ...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '腰椎MRI平扫'], operation: ['腰椎间盘切除术', '椎间融合器', '骨科螺钉', ...GA] }),
  ip({ id: 'cataract', department: 'ophthalmology', principal: ['H25.000', 'H26.900'], procedures: ['13.4100x001', '13.7100x001'], los: [1, 3], ages: [50, 92], minLevel: 2, weight: 4, daily: ['左氧氟沙星滴眼液', '妥布霉素地塞米松滴眼液'], course: [], admission: ['血常规(五分类)', '凝血四项', '常规心电图检查', '眼科A超(生物测量)', '裂隙灯检查'], operation: ['白内障超声乳化摘除+人工晶体植入术', '人工晶状体', '眼科粘弹剂', '局部浸润麻醉', '盐酸利多卡因注射液'] }),
  ip({ id: 'tonsillectomy', department: 'ent', principal: ['J35.000'], comorbid: [], procedures: ['28.2x00x002'], los: [3, 6], ages: [5, 45], minLevel: 1, weight: 2, daily: [...IV], course: ['注射用头孢呋辛钠'], admission: ['血常规(五分类)', '凝血四项', ...PRE_OP], operation: ['扁桃体切除术', ...GA] }),
  ip({ id: 'prostate_turp', department: 'urology', principal: ['N40.x00'], procedures: ['60.2900x004'], los: [5, 10], ages: [55, 90], gender: 'M', minLevel: 2, weight: 2, daily: ['盐酸坦索罗辛缓释胶囊', '双腔硅胶导尿管', '一次性使用引流袋', ...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '前列腺特异性抗原(PSA)测定', '泌尿系B超'], operation: ['经尿道前列腺电切术', ...SPINAL, '病理检查(常规石蜡切片)'] }),
  ip({ id: 'ureteroscopy', department: 'urology', principal: ['N20.000', 'N20.000x001'], procedures: ['56.0x00x003'], los: [3, 7], ages: [20, 80], minLevel: 2, weight: 2, daily: [...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '泌尿系B超'], operation: ['经输尿管镜碎石取石术', ...SPINAL, '双腔硅胶导尿管'] }),
  ip({ id: 'hysterectomy_fibroid', department: 'gynaecology', principal: ['D25.100x001', 'D25.000'], procedures: ['68.4100'], los: [6, 10], ages: [35, 60], gender: 'F', minLevel: 2, weight: 2, daily: [...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '妇科B超', '宫颈液基细胞学检查(TCT)'], operation: ['腹腔镜下子宫切除术', ...GA, '一次性腹腔镜穿刺器', '病理检查(常规石蜡切片)'] }),
  ip({ id: 'ovarian_cyst', department: 'gynaecology', principal: ['N83.201', 'N83.204'], comorbid: [], procedures: ['65.2400'], los: [4, 7], ages: [18, 55], gender: 'F', minLevel: 2, weight: 2, daily: [...IV], course: POST_OP, admission: [...ADMIT_LABS, ...PRE_OP, '妇科B超', '人绒毛膜促性腺激素(β-HCG)测定'], operation: ['腹腔镜下卵巢囊肿剥除术', ...GA, '一次性腹腔镜穿刺器', '病理检查(常规石蜡切片)'] }),
  ip({ id: 'caesarean', department: 'obstetrics', principal: ['O82.000', 'O34.201', 'O82.100'], comorbid: [], procedures: ['74.1x01'], los: [4, 7], ages: [20, 42], gender: 'F', minLevel: 1, weight: 4, daily: ['缩宫素注射液', ...IV], course: POST_OP, admission: ['血常规(五分类)', '尿常规', '凝血四项', ...PRE_OP, '产科B超', '胎心监护'], operation: ['剖宫产术', ...SPINAL, '一次性产包'] }),
  ip({ id: 'vaginal_delivery', department: 'obstetrics', principal: ['O80.000', 'O80.900'], comorbid: [], procedures: ['73.6x01'], los: [2, 4], ages: [20, 42], gender: 'F', minLevel: 1, weight: 4, daily: ['缩宫素注射液'], course: [], admission: ['血常规(五分类)', '尿常规', '凝血四项', '产科B超', '胎心监护'], operation: ['阴道分娩接生', '一次性产包', '盐酸利多卡因注射液', '可吸收缝线'] }),
  ip({ id: 'threatened_preterm', department: 'obstetrics', principal: ['O60.001'], comorbid: [], procedures: [], los: [3, 8], ages: [20, 42], gender: 'F', minLevel: 1, weight: 1, daily: ['黄体酮注射液', '胎心监护'], course: [], admission: ['血常规(五分类)', '尿常规', '产科B超'], operation: [] }),
  ip({ id: 'ureter_stone_eswl', department: 'urology', principal: ['N20.000'], comorbid: [], procedures: ['98.5101'], los: [2, 5], ages: [20, 80], minLevel: 1, weight: 1, daily: [...IV], course: [], admission: ['血常规(五分类)', '尿常规', '泌尿系B超'], operation: ['体外冲击波碎石'] }),
  ip({ id: 'concussion', department: 'neurosurgery', principal: ['S06.000'], comorbid: [], procedures: [], los: [3, 7], ages: [10, 85], minLevel: 1, weight: 1, daily: ['胞磷胆碱钠注射液', ...IV], course: [], admission: ['血常规(五分类)', '头颅CT平扫'], operation: [] }),
  ip({ id: 'urti_observation', department: 'general_medicine', principal: ['J06.900', 'J03.900'], comorbid: [], procedures: [], los: [3, 6], ages: [14, 80], minLevel: 1, weight: 1, daily: ['注射用头孢呋辛钠', ...IV], course: [], admission: ['血常规(五分类)', 'C反应蛋白测定'], operation: [] }),
];

export const VISIT_SCENARIOS: VisitScenario[] = [
  { id: 'urti', visitType: 'outpatient', department: 'general_medicine', principal: ['J06.900', 'J02.801', 'J03.900'], comorbid: [], ages: [3, 85], weight: 8, drugs: ['阿莫西林胶囊', '连花清瘟胶囊', '对乙酰氨基酚片', '复方甘草片', '板蓝根颗粒'], days: [3, 5], services: ['血常规(五分类)', 'C反应蛋白测定'] },
  { id: 'urti_child', visitType: 'outpatient', department: 'paediatrics', principal: ['J06.900', 'J02.801'], comorbid: [], ages: [1, 12], weight: 4, drugs: ['小儿氨酚黄那敏颗粒', '小儿对乙酰氨基酚颗粒', '布洛芬混悬液', '小儿肺热咳喘口服液'], days: [3, 5], services: ['血常规(五分类)'] },
  { id: 'bronchitis', visitType: 'outpatient', department: 'respiratory', principal: ['J20.000', 'J20.200'], comorbid: [], ages: [14, 85], weight: 4, drugs: ['阿奇霉素片', '盐酸氨溴索片', '头孢克肟胶囊', '乙酰半胱氨酸泡腾片'], days: [3, 7], services: ['血常规(五分类)', '胸部X线摄影(正侧位)'] },
  { id: 'gastritis', visitType: 'outpatient', department: 'gastroenterology', principal: ['K29.100x001', 'K30.x00', 'K21.001'], comorbid: [], ages: [16, 85], weight: 4, drugs: ['奥美拉唑肠溶胶囊', '铝碳酸镁咀嚼片', '多潘立酮片', '雷贝拉唑钠肠溶片'], days: [7, 14], services: ['血常规(五分类)', '腹部B超'] },
  { id: 'diarrhoea', visitType: 'outpatient', department: 'gastroenterology', principal: ['A09.001', 'A09.000x001'], comorbid: [], ages: [2, 85], weight: 3, drugs: ['蒙脱石散', '双歧杆菌三联活菌胶囊'], days: [3, 5], services: ['大便常规+隐血', '血常规(五分类)'] },
  { id: 'back_pain', visitType: 'outpatient', department: 'orthopaedics', principal: ['M54.500', 'M51.100x002+G55.1*'], comorbid: [], ages: [20, 85], weight: 3, drugs: ['塞来昔布胶囊', '双氯芬酸钠缓释片', '布洛芬缓释胶囊'], days: [7, 14], services: ['腰椎X线摄影', '推拿治疗'] },
  { id: 'knee_oa', visitType: 'outpatient', department: 'orthopaedics', principal: ['M17.900x002', 'M17.101'], comorbid: [], ages: [45, 90], weight: 2, drugs: ['塞来昔布胶囊', '碳酸钙D3片'], days: [14, 28], services: ['四肢X线摄影'] },
  { id: 'conjunctivitis', visitType: 'outpatient', department: 'ophthalmology', principal: ['H10.000', 'H10.101'], comorbid: [], ages: [3, 85], weight: 2, drugs: ['左氧氟沙星滴眼液', '玻璃酸钠滴眼液'], days: [7, 10], services: ['裂隙灯检查'] },
  { id: 'dermatitis', visitType: 'outpatient', department: 'dermatology', principal: ['L30.000', 'L30.100'], comorbid: [], ages: [3, 85], weight: 2, drugs: ['丁酸氢化可的松乳膏', '氯雷他定片', '莫匹罗星软膏'], days: [7, 14], services: [] },
  { id: 'uti_outpatient', visitType: 'outpatient', department: 'urology', principal: ['N39.000'], comorbid: [], ages: [18, 85], weight: 2, drugs: ['左氧氟沙星片', '头孢克肟胶囊'], days: [3, 7], services: ['尿常规', '泌尿系B超'] },
  { id: 'bph', visitType: 'outpatient', department: 'urology', principal: ['N40.x00'], comorbid: [], ages: [50, 90], gender: 'M', weight: 2, drugs: ['盐酸坦索罗辛缓释胶囊', '非那雄胺片', '普适泰片'], days: [14, 30], services: ['前列腺特异性抗原(PSA)测定', '泌尿系B超'] },
  { id: 'pregnancy_check', visitType: 'outpatient', department: 'obstetrics', principal: ['Z34.000x001', 'Z34.800'], comorbid: [], ages: [20, 42], gender: 'F', weight: 2, drugs: ['琥珀酸亚铁片'], days: [14, 30], services: ['产科B超', '血常规(五分类)', '尿常规', '胎心监护'] },
  { id: 'depression', visitType: 'outpatient', department: 'psychiatry', principal: ['F32.000x002'], comorbid: [], ages: [18, 80], weight: 1, drugs: ['草酸艾司西酞普兰片', '盐酸舍曲林片', '酒石酸唑吡坦片'], days: [14, 28], services: [] },
  { id: 'osteoporosis', visitType: 'outpatient', department: 'endocrinology', principal: ['M81.000'], comorbid: [], ages: [55, 90], gender: 'F', weight: 1, drugs: ['阿仑膦酸钠片', '碳酸钙D3片', '骨化三醇软胶囊'], days: [28, 30], services: ['骨密度测定(双能X线)'] },
  // 门诊慢特病: long prescriptions, regular labs.
  { id: 'htn_chronic', visitType: 'chronic', department: 'cardiology', principal: ['I10.x00x002', 'I10.x00x007'], comorbid: ['E78.000'], ages: [40, 95], weight: 8, drugs: ['苯磺酸氨氯地平片', '缬沙坦胶囊', '硝苯地平控释片', '阿托伐他汀钙片', '厄贝沙坦片', '氢氯噻嗪片'], days: [28, 30], services: ['门诊慢特病管理诊查费', '肾功能(三项)'] },
  { id: 'dm_chronic', visitType: 'chronic', department: 'endocrinology', principal: ['E11.900'], comorbid: ['I10.x00x002'], ages: [35, 95], weight: 7, drugs: ['盐酸二甲双胍片', '阿卡波糖片', '格列美脲片', '磷酸西格列汀片', '达格列净片', '甘精胰岛素注射液', '血糖试纸'], days: [28, 30], services: ['门诊慢特病管理诊查费', '糖化血红蛋白测定', '空腹血糖测定'] },
  { id: 'chd_chronic', visitType: 'chronic', department: 'cardiology', principal: ['I25.103'], comorbid: ['I10.x00x002'], ages: [45, 95], weight: 4, drugs: ['阿司匹林肠溶片', '阿托伐他汀钙片', '单硝酸异山梨酯缓释片', '酒石酸美托洛尔片', '复方丹参滴丸'], days: [28, 30], services: ['门诊慢特病管理诊查费', '常规心电图检查'] },
  { id: 'copd_chronic', visitType: 'chronic', department: 'respiratory', principal: ['J44.801', 'J44.802'], comorbid: [], ages: [50, 95], weight: 3, drugs: ['噻托溴铵粉吸入剂', '布地奈德福莫特罗吸入粉雾剂', '氨茶碱片'], days: [28, 30], services: ['门诊慢特病管理诊查费'] },
  { id: 'stroke_sequela_chronic', visitType: 'chronic', department: 'neurology', principal: ['I69.300'], comorbid: ['I10.x00x002'], ages: [50, 95], weight: 3, drugs: ['阿司匹林肠溶片', '阿托伐他汀钙片', '血塞通软胶囊'], days: [28, 30], services: ['门诊慢特病管理诊查费'] },
  { id: 'dialysis_chronic', visitType: 'chronic', department: 'nephrology', principal: ['N18.500'], comorbid: ['I10.x00x002'], ages: [30, 90], weight: 2, drugs: ['重组人促红素注射液', '骨化三醇软胶囊'], days: [14, 14], services: ['血液透析', '透析器', '一次性使用血液透析管路', '肾功能(三项)'] },
  { id: 'hbv_chronic', visitType: 'chronic', department: 'infectious', principal: ['B18.100'], comorbid: [], ages: [20, 80], weight: 1, drugs: ['恩替卡韦分散片'], days: [28, 30], services: ['门诊慢特病管理诊查费', '肝功能(全套)'] },
  // 定点药店: dispensing only.
  { id: 'pharmacy_htn', visitType: 'pharmacy', department: 'pharmacy', principal: ['I10.x00x002'], comorbid: [], ages: [40, 95], weight: 4, drugs: ['苯磺酸氨氯地平片', '缬沙坦胶囊', '马来酸依那普利片'], days: [14, 30], services: [] },
  { id: 'pharmacy_dm', visitType: 'pharmacy', department: 'pharmacy', principal: ['E11.900'], comorbid: [], ages: [35, 95], weight: 3, drugs: ['盐酸二甲双胍片', '格列齐德缓释片', '血糖试纸'], days: [14, 30], services: [] },
  { id: 'pharmacy_cold', visitType: 'pharmacy', department: 'pharmacy', principal: ['J06.900'], comorbid: [], ages: [3, 85], weight: 3, drugs: ['连花清瘟胶囊', '对乙酰氨基酚片', '板蓝根颗粒', '氯雷他定片'], days: [3, 5], services: [] },
  { id: 'pharmacy_lipid', visitType: 'pharmacy', department: 'pharmacy', principal: ['E78.000'], comorbid: [], ages: [35, 95], weight: 2, drugs: ['阿托伐他汀钙片', '瑞舒伐他汀钙片'], days: [28, 30], services: [] },
];
