// National 3101/3103 messages built to the interface's field layout (realistic, invented: no real names).

export interface FsiOptions {
  trigScen?: string;
  mdtrtId?: string;
  medType?: string;
  insutype?: string;
  gend?: string;
  orders?: number;
  /** Extra orders appended after the routine ones (e.g. a restricted drug). */
  extraOrders?: Record<string, unknown>[];
  dscgDate?: string | null;
  hifpPayamt?: number;
}

const ROUTINE = [
  { hilist_code: '001105000010001', hilist_name: '普通病房床位费(三人间)', hilist_type: '201', pric: 45 },
  { hilist_code: '001201000030001', hilist_name: 'Ⅱ级护理', hilist_type: '201', pric: 18 },
  { hilist_code: 'XB01ACA509A001010119008', hilist_name: '阿司匹林肠溶片', hilist_type: '101', pric: 0.11 },
  { hilist_code: 'XC10AAA511A001010105600', hilist_name: '阿托伐他汀钙片', hilist_type: '101', pric: 0.35 },
  { hilist_code: 'XB05BBL511B002010178601', hilist_name: '氯化钠注射液', hilist_type: '101', pric: 2.5 },
];

export function order(rxId: string, o: { hilist_code: string; hilist_name: string; hilist_type: string; pric: number }, date: string, cnt = 1): Record<string, unknown> {
  return {
    rx_id: rxId,
    hilist_code: o.hilist_code,
    hilist_name: o.hilist_name,
    hilist_type: o.hilist_type,
    hilist_lv: '1',
    chrg_type: '01',
    cnt,
    pric: o.pric,
    sumamt: Math.round(cnt * o.pric * 100) / 100,
    drord_begn_date: `${date} 08:30:00`,
    drord_dr_codg: 'D5101000123',
    long_drord_flag: '1',
  };
}

/** A 3101 request for a 10-day stroke admission (inpatient unless medType says otherwise). */
export function make3101(opts: FsiOptions = {}): Record<string, any> {
  const medType = opts.medType ?? '21';
  const inpatient = medType === '21';
  const days = inpatient ? 10 : 1;
  const orders: Record<string, unknown>[] = [];
  const n = opts.orders ?? 50;
  for (let i = 0; orders.length < n; i++) {
    const day = `2025-03-${String(4 + (Math.floor(i / ROUTINE.length) % days)).padStart(2, '0')}`;
    orders.push(order(`RX${String(orders.length + 1).padStart(4, '0')}`, ROUTINE[i % ROUTINE.length], day));
  }
  orders.push(...(opts.extraOrders ?? []));
  const total = orders.reduce((s, o) => s + Math.round((o.sumamt as number) * 100), 0) / 100;
  return {
    infno: '3101',
    msgid: 'H51010001202503041030000001',
    mdtrtarea_admvs: '510100',
    insuplc_admdvs: '510100',
    recer_sys_code: 'FSI_LOCAL',
    infver: 'V1.0',
    opter_type: '1',
    opter: 'D5101000123',
    inf_time: '2025-03-13 10:30:00',
    fixmedins_code: 'H51010001',
    fixmedins_name: '成都市第一人民医院（示例）',
    input: {
      data: {
        syscode: 'HIS-DEMO',
        trig_scen: opts.trigScen ?? '8',
        task_id: 'TASK-0001',
        rule_ids: [],
        patient_dtos: [
          {
            patn_id: 'P51010000088',
            patn_name: '测试患者',
            gend: opts.gend ?? '1',
            brdy: '1958-06-12',
            poolarea: '510100',
            curr_mdtrt_id: opts.mdtrtId ?? 'MD202503040001',
            fsi_encounter_dtos: [
              {
                mdtrt_id: opts.mdtrtId ?? 'MD202503040001',
                medins_id: 'H51010001',
                medins_name: '成都市第一人民医院（示例）',
                medins_admdvs: '510100',
                medins_type: '1',
                medins_lv: '3',
                wardarea_codg: 'W01',
                wardno: '12',
                bedno: '05',
                adm_date: '2025-03-04 09:15:00',
                ...(inpatient && opts.dscgDate !== null ? { dscg_date: opts.dscgDate ?? '2025-03-14 10:00:00' } : {}),
                dscg_main_dise_codg: 'I63.900',
                dscg_main_dise_name: '脑梗死',
                dr_codg: 'D5101000123',
                adm_dept_codg: 'A03.04',
                adm_dept_name: '神经内科',
                med_mdtrt_type: '2',
                med_type: medType,
                insutype: opts.insutype ?? '310',
                matn_stas: '0',
                medfee_sumamt: total,
                ...(opts.hifpPayamt !== undefined ? { hifp_payamt: opts.hifpPayamt } : {}),
                fsi_diagnose_dtos: [
                  { dise_id: 'DX1', inout_dise_type: '2', maindise_flag: '1', dias_srt_no: 1, dise_codg: 'I63.900', dise_name: '脑梗死', dise_date: '2025-03-04' },
                  { dise_id: 'DX2', inout_dise_type: '2', maindise_flag: '0', dias_srt_no: 2, dise_codg: 'I10.x00', dise_name: '高血压', dise_date: '2025-03-04' },
                  // Dysphagia after the stroke: the daily saline is its fluid (a plain drip for a patient who eats would be 挂床).
                  { dise_id: 'DX3', inout_dise_type: '2', maindise_flag: '0', dias_srt_no: 3, dise_codg: 'R13.x00', dise_name: '吞咽困难', dise_date: '2025-03-04' },
                ],
                fsi_operation_dtos: [],
                fsi_order_dtos: orders,
              },
            ],
          },
        ],
      },
    },
  };
}

export function make3103(warns: { jrId: string; dspoWay: '1' | '2'; reason?: string }[]): Record<string, unknown> {
  return {
    infno: '3103',
    msgid: 'H51010001202503041031000002',
    fixmedins_code: 'H51010001',
    input: { data: { warns: warns.map((w) => ({ warn_rslt_id: w.jrId, dspo_way: w.dspoWay, dspo_way_rea: w.reason ?? '' })) } },
  };
}

/** Progesterone (female only) ordered for this male patient: a blocking catalogue finding. */
export const PROGESTERONE = order('RX9001', { hilist_code: 'XG03DAH502B002010104733', hilist_name: '黄体酮注射液', hilist_type: '101', pric: 0.9 }, '2025-03-05', 2);
