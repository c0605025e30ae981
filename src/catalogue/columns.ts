// The column headings catalogue files are published with, per kind, and the variants accepted for each.
// Matching ignores spaces, full-width brackets and line breaks inside a heading. Listed in rules/catalogue/README.md.

export type CatalogueKind = 'drug' | 'service' | 'consumable';
export const CATALOGUE_KINDS: readonly CatalogueKind[] = ['drug', 'service', 'consumable'];

export type Field =
  | 'code'
  | 'classCode'
  | 'classification'
  | 'serial'
  | 'name'
  | 'dosageForm'
  | 'class'
  | 'remark'
  | 'unit'
  | 'price'
  | 'price1'
  | 'price2'
  | 'price3';

const COMMON: Partial<Record<Field, string[]>> = {
  serial: ['编号', '序号'],
  class: ['甲乙类', '甲乙分类', '医保类别', '类别', '目录类别', '医保等级', '甲/乙类'],
  remark: ['备注', '限定支付范围', '支付范围', '医保支付范围', '限制使用范围', '医保限定支付范围'],
};

export const HEADINGS: Record<CatalogueKind, Partial<Record<Field, string[]>>> = {
  drug: {
    ...COMMON,
    code: ['医保药品代码', '国家医保药品代码', '医保代码', '国家医保代码', '药品代码', '医保编码'],
    classCode: ['药品分类代码', '分类代码'],
    classification: ['药品分类', '分类'],
    name: ['药品名称', '通用名', '通用名称', '药品通用名'],
    dosageForm: ['剂型'],
    unit: ['计价单位', '单位', '最小包装单位'],
    price: ['支付标准', '医保支付标准', '价格', '限价'],
  },
  service: {
    ...COMMON,
    code: ['项目编码', '医疗服务项目编码', '国家医保代码', '医保代码', '编码', '项目代码'],
    classification: ['项目分类', '分类'],
    name: ['项目名称', '医疗服务项目名称', '名称'],
    unit: ['计价单位', '单位'],
    price: ['价格', '收费标准', '支付标准'],
    price1: ['一级价格', '一级医疗机构价格', '一级医疗机构', '一级医院', '一级'],
    price2: ['二级价格', '二级医疗机构价格', '二级医疗机构', '二级医院', '二级'],
    price3: ['三级价格', '三级医疗机构价格', '三级医疗机构', '三级医院', '三级'],
  },
  consumable: {
    ...COMMON,
    code: ['医保耗材代码', '耗材代码', '医用耗材代码', '国家医保代码', '医保代码', '耗材编码', '医保编码'],
    classification: ['耗材分类', '分类'],
    name: ['耗材名称', '通用名', '医保通用名', '名称', '产品名称'],
    unit: ['计价单位', '单位'],
    price: ['支付标准', '医保支付标准', '价格', '最高支付限价', '限价'],
  },
};

/** Fields a file of the kind must have a column for. */
export const REQUIRED: Record<CatalogueKind, Field[]> = {
  drug: ['code', 'name', 'class'],
  service: ['code', 'name', 'class'],
  consumable: ['code', 'name', 'class'],
};

export function normalise(heading: string): string {
  return heading.replace(/[\s\u3000]/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/\(元\)$/, '');
}

/** Column index per field, from a header row; null when fewer than two headings of the kind are found. */
export function mapHeader(kind: CatalogueKind, cells: string[]): Partial<Record<Field, number>> | null {
  const found: Partial<Record<Field, number>> = {};
  const headings = HEADINGS[kind];
  cells.forEach((cell, i) => {
    const h = normalise(cell);
    for (const [field, names] of Object.entries(headings) as [Field, string[]][]) {
      if (found[field] === undefined && names.includes(h)) {
        found[field] = i;
        return;
      }
    }
  });
  return Object.keys(found).length >= 2 ? found : null;
}
