import type ExcelJS from 'exceljs';
import { yuan } from '../exports/format';
import { safeCell } from '../exports/safe-cell';
import type { Cell } from '../exports/sheets';
import { WORKBOOK_CREATOR } from '../exports/xlsx';
import { RESULT_LABEL, type Inspection } from './inspection';
import type { InspectionTotals } from './inspection-totals';

// exceljs is required on first use: loading it costs ~0.3 s of CPU, which every CLI command (a review of a
// claims file included) paid at start, though only workbook imports and exports use it.
const loadExcel = (): typeof ExcelJS => require('exceljs') as typeof ExcelJS;

// The inspection report as a workbook: 汇总 (the inspection, results, totals by violation type and the amount
// to recover) and 疑点清单 (every point with its evidence and what was found). Every cell goes through the
// exports' safeCell (no formula, no control character); money is a yuan string with two decimals, as in the
// monthly exports; the only identifier of a person is the insured id, masked when the list was made. The
// workbook's dates are the inspection's own (created, closed), so the same inspection gives the same cells.

const STATUS_LABEL = { open: '进行中', closed: '已结束' } as const;

function addSheet(wb: ExcelJS.Workbook, name: string, widths: number[], rows: Cell[][], boldRows: number[] = []) {
  const ws = wb.addWorksheet(name);
  ws.columns = widths.map((width) => ({ width }));
  rows.forEach((r, n) => {
    const row = ws.addRow(r.map(safeCell));
    if (boldRows.includes(n)) row.font = { bold: true };
  });
}

export async function inspectionWorkbook(i: Inspection, totals: InspectionTotals): Promise<Buffer> {
  const wb = new (loadExcel().Workbook)();
  wb.creator = WORKBOOK_CREATOR;
  wb.lastModifiedBy = WORKBOOK_CREATOR;
  wb.created = new Date(i.createdAt);
  wb.modified = new Date(i.closedAt ?? i.createdAt);

  const summary: Cell[][] = [
    ['检查任务', i.id],
    ['名称', i.title],
    ['被检查机构', i.hospitalId],
    ['统筹区', i.region],
    ['检查期间', `${i.from} 至 ${i.to}`],
    ['检查组', i.team.join('、')],
    ['组长', i.leader],
    ['状态', STATUS_LABEL[i.status]],
    ['创建人', i.createdBy],
    ['创建时间', i.createdAt],
    ['结束时间', i.closedAt ?? ''],
    ['检查结论', i.conclusion ?? ''],
    [],
    ['疑点数', totals.points],
    ['已核查', totals.recorded],
    ['未核查', totals.pending],
    [RESULT_LABEL.confirmed, totals.byResult.confirmed],
    [RESULT_LABEL.partial, totals.byResult.partial],
    [RESULT_LABEL.unfounded, totals.byResult.unfounded],
    ['疑点涉及金额(元)', yuan(totals.amountAtStakeFen)],
    ['应追回金额(元)', yuan(totals.amountToRecoverFen)],
    ...(i.omittedClaims ? [['未列入清单的疑点病例', i.omittedClaims] as Cell[]] : []),
    [],
    ['违规类型', '疑点数', '应追回金额(元)'],
    ...totals.byViolation.map((v): Cell[] => [v.violationType, v.points, yuan(v.amountToRecoverFen)]),
    ['合计', totals.byViolation.reduce((n, v) => n + v.points, 0), yuan(totals.amountToRecoverFen)],
  ];
  const headerAt = summary.findIndex((r) => r[0] === '违规类型');
  addSheet(wb, '汇总', [22, 40, 18], summary, [headerAt, summary.length - 1]);

  const points: Cell[][] = [
    ['序号', '类别', '结算单号', '参保人编号', '就诊日期', '疑点', '规则', '证据', '涉及金额(元)', '基金申报(元)', '核查结果', '违规类型', '追回金额(元)', '说明', '记录人', '记录时间'],
    ...i.points.map((p): Cell[] => [
      p.no,
      p.kind === 'claim' ? '疑点病例' : '机构级发现',
      p.claimId ?? '',
      p.insuredIdMasked ?? '',
      p.serviceDate ?? '',
      p.title,
      p.ruleIds.join('、'),
      p.evidence.map((e) => `${e.ruleId}：${e.message}`).join('；'),
      yuan(p.amountAtStakeFen),
      p.fundClaimedFen === null ? '' : yuan(p.fundClaimedFen),
      p.finding ? RESULT_LABEL[p.finding.result] : '未核查',
      p.finding?.violationType ?? '',
      p.finding ? yuan(p.finding.amountFen) : '',
      p.finding?.note ?? '',
      p.finding?.by ?? '',
      p.finding?.at ?? '',
    ]),
  ];
  addSheet(wb, '疑点清单', [6, 10, 16, 14, 12, 40, 30, 60, 14, 14, 10, 14, 14, 40, 12, 22], points, [0]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
