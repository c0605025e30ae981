import { z } from 'zod';

// The national request envelopes, as hospital systems send them. Codes and amounts arrive as strings or
// numbers depending on the vendor, so both are accepted; what does not parse is an error naming the field.

const code = z.union([z.string(), z.number()]).transform(String);
const num = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/, 'is not a number')]).transform(Number);
/** "2025-03-04", "2025-03-04 10:30:00" or "2025-03-04T10:30:00": the date part is what the contract keeps. */
const dateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/, 'is not a date or date-time (yyyy-MM-dd[ HH:mm:ss])')
  .transform((s) => s.slice(0, 10));

export const diagnoseSchema = z.looseObject({
  dise_codg: z.string().min(1),
  dise_name: z.string().optional(),
  maindise_flag: code.optional(),
  dias_srt_no: num.optional(),
  inout_dise_type: code.optional(),
});

export const operationSchema = z.looseObject({
  oprn_oprt_code: z.string().min(1),
  oprn_oprt_name: z.string().optional(),
  oprn_oprt_date: dateTime.optional(),
});

export const orderSchema = z.looseObject({
  rx_id: code,
  hilist_code: z.string().min(1),
  hilist_name: z.string().optional(),
  hilist_type: code,
  hilist_lv: code.optional(),
  chrg_type: code.optional(),
  cnt: num,
  pric: num,
  sumamt: num,
  drord_begn_date: dateTime,
  drord_dr_codg: z.string().optional(),
  long_drord_flag: code.optional(),
});

export const encounterSchema = z.looseObject({
  mdtrt_id: code,
  medins_id: z.string().optional(),
  medins_lv: code,
  medins_admdvs: code.optional(),
  adm_date: dateTime,
  dscg_date: dateTime.optional(),
  /** 入院途径 and 离院方式, codes of the national settlement list (医保结算清单), where the hospital sends them. */
  adm_way: code.optional(),
  dscg_way: code.optional(),
  dscg_main_dise_codg: z.string().optional(),
  dr_codg: z.string().optional(),
  adm_dept_codg: z.string().optional(),
  med_mdtrt_type: code.optional(),
  med_type: code,
  insutype: code,
  matn_stas: code.optional(),
  medfee_sumamt: num.optional(),
  hifp_payamt: num.optional(),
  fsi_diagnose_dtos: z.array(diagnoseSchema).min(1, 'needs at least one diagnosis'),
  fsi_operation_dtos: z.array(operationSchema).optional(),
  fsi_order_dtos: z.array(orderSchema).optional(),
});

export const patientSchema = z.looseObject({
  patn_id: code,
  patn_name: z.string().optional(),
  gend: code,
  brdy: dateTime,
  poolarea: code.optional(),
  curr_mdtrt_id: code.optional(),
  fsi_encounter_dtos: z.array(encounterSchema).min(1, 'needs at least one encounter'),
});

export const request3101Schema = z.looseObject({
  infno: code.refine((v) => v === '3101', 'must be 3101'),
  inf_time: z.string().optional(),
  msgid: z.string().optional(),
  fixmedins_code: z.string().min(1),
  fixmedins_name: z.string().optional(),
  mdtrtarea_admvs: code.optional(),
  insuplc_admdvs: code.optional(),
  input: z.looseObject({
    data: z.looseObject({
      rule_ids: z.array(z.string()).optional(),
      trig_scen: code,
      syscode: z.string().optional(),
      task_id: z.string().optional(),
      patient_dtos: z.array(patientSchema).min(1, 'needs at least one patient'),
    }),
  }),
});

export const request3103Schema = z.looseObject({
  infno: code.refine((v) => v === '3103', 'must be 3103'),
  msgid: z.string().optional(),
  fixmedins_code: z.string().optional(),
  input: z.looseObject({
    data: z.looseObject({
      warns: z
        .array(
          z.looseObject({
            warn_rslt_id: z.string().min(1),
            dspo_way: code.refine((v) => v === '1' || v === '2', 'must be 1 (继续执行) or 2 (返回修改)'),
            dspo_way_rea: z.string().optional(),
          }),
        )
        .min(1, 'needs at least one warn'),
    }),
  }),
});

export type Request3101 = z.infer<typeof request3101Schema>;
export type Encounter = z.infer<typeof encounterSchema>;
export type FsiPatient = z.infer<typeof patientSchema>;
export type Request3103 = z.infer<typeof request3103Schema>;
