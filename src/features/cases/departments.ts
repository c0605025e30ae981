// Chinese names of the department codes claims carry (provider.department, CONTRACTS.md: "cardiology"), so an
// investigator can look a department up in Chinese. Names after the common 临床科室 names of 《医疗机构诊疗
// 科目名录》; a code not listed here is shown and searched as it is.

export const DEPARTMENT_NAMES: Readonly<Record<string, string>> = {
  cardiology: '心血管内科', orthopaedics: '骨科', general_surgery: '普通外科', respiratory: '呼吸内科',
  gastroenterology: '消化内科', urology: '泌尿外科', neurology: '神经内科', pharmacy: '药房', obstetrics: '产科',
  nephrology: '肾病内科', endocrinology: '内分泌科', paediatrics: '儿科', ophthalmology: '眼科', oncology: '肿瘤科',
  infectious: '感染科', gynaecology: '妇科', general_medicine: '全科医疗科', dermatology: '皮肤科',
  vascular_surgery: '血管外科', rehabilitation: '康复医学科', psychiatry: '精神科', neurosurgery: '神经外科',
  ent: '耳鼻咽喉科', breast_surgery: '乳腺外科',
};

/** The codes whose Chinese name contains the text (内科 → every 内科). */
export function departmentCodesNamed(text: string): string[] {
  return Object.entries(DEPARTMENT_NAMES).filter(([, name]) => name.includes(text)).map(([code]) => code);
}
