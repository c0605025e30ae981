import { join } from 'node:path';
import { z } from 'zod';
import { readJsonTable } from '../contract/json-table';

// The register of 定点 internet hospitals (互联网医院) as the 统筹地区 经办机构 holds it: each internet hospital's
// 定点医药机构编码, the 实体医疗机构 it is attached to (依托), and the dates of its 互联网+ 医保补充协议
// (国家医保局《关于积极推进"互联网+"医疗服务医保支付工作的指导意见》医保发〔2020〕45号: an internet hospital is
// contracted through its 实体定点医疗机构, which the fund settles with). The claim contract and the national 3101
// message carry no channel marker (med_type 11 covers a 复诊 online and in person alike), so an online visit is known
// by its institution being in this register on the service date, or by the consultation it bills: the 互联网复诊
// price item (医保发〔2019〕47号) is charged only online, and 45号 settles the internet hospital's care with its
// 实体医疗机构, so such a visit may carry the 实体 institution's own code.

export const INTERNET_HOSPITALS_FILE = 'internet-hospitals.json';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const rowSchema = z.strictObject({
  /** 定点医药机构编码 of the internet hospital (the claim's provider.hospitalId). */
  hospitalId: z.string().min(1),
  name: z.string().min(1),
  /** The 实体医疗机构 it is attached to (依托): its in-person visits are the same hospital group's. */
  parentHospitalId: z.string().min(1),
  /** First and last day (inclusive) of its 补充协议; no last day: in force. */
  effectiveFrom: date,
  effectiveTo: date.optional(),
});
export type InternetHospitalRow = z.infer<typeof rowSchema>;

/** A consultation row charged only for an online 复诊, with the document that defines it. */
const onlineConsultSchema = z.strictObject({ code: z.string().min(1), name: z.string().min(1), source: z.string().min(1) });

const fileSchema = z.strictObject({
  note: z.string().min(1),
  version: z.string().min(1),
  rows: z.array(rowSchema),
  onlineConsults: z.array(onlineConsultSchema).optional(),
});

export interface InternetHospitals {
  /** The register's row for the institution on the date (YYYY-MM-DD), else null: an in-person institution then. */
  on(hospitalId: string, date: string): InternetHospitalRow | null;
  /** The online consultation row's name when the catalogue row (code) is charged only online, else null. */
  onlineConsult(row: string): string | null;
}

export function loadInternetHospitals(historyDir: string): InternetHospitals | undefined {
  const file = join(historyDir, INTERNET_HOSPITALS_FILE);
  const parsed = readJsonTable(file, fileSchema);
  if (!parsed) return undefined;
  const byId = new Map<string, InternetHospitalRow[]>();
  parsed.rows.forEach((row, i) => {
    if (row.effectiveTo !== undefined && row.effectiveTo < row.effectiveFrom) throw new Error(`${file} row ${i}: effectiveTo is before effectiveFrom`);
    if (row.parentHospitalId === row.hospitalId) throw new Error(`${file} row ${i}: an internet hospital is attached to another institution`);
    byId.set(row.hospitalId, [...(byId.get(row.hospitalId) ?? []), row]);
  });
  const consults = new Map((parsed.onlineConsults ?? []).map((c) => [c.code, c.name]));
  return {
    onlineConsult: (row) => consults.get(row) ?? null,
    on: (hospitalId, day) => byId.get(hospitalId)?.find((r) => r.effectiveFrom <= day && (r.effectiveTo === undefined || day <= r.effectiveTo)) ?? null,
  };
}
