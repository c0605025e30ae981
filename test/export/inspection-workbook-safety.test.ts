import ExcelJS from 'exceljs';
import type { Inspection } from '../../src/features/inspections/inspection';
import { inspectionTotals } from '../../src/features/inspections/inspection-totals';
import { inspectionWorkbook } from '../../src/features/inspections/inspection-workbook';
import type { ViolationType } from '../../src/contract/violation-types';
import { expectSafe, HOSTILE, sheetRows } from '../helpers/hostile-cells';

// The inspection report workbook (GET /api/v1/inspections/:id/report.xlsx) with hostile text in every text field
// it shows (title, institution, team, conclusion, a point's claim, insured id, rule, evidence, finding, recorder),
// read back with exceljs: no cell a formula, none beginning like one, no control character, each value guarded
// exactly as the monthly exports guard it (test/export/cell-safety.test.ts).

/** An inspection, closed, whose every text field holds `bad`; its dates stay real (the workbook's own dates). */
function hostileInspection(bad: string): Inspection {
  return {
    id: bad, title: bad, hospitalId: bad, region: bad, province: '51', from: bad, to: bad, team: [bad], leader: bad,
    status: 'closed', createdBy: bad, createdAt: '2025-04-01T08:00:00.000Z', closedBy: bad, closedAt: '2025-04-20T08:00:00.000Z',
    conclusion: bad, omittedClaims: 0,
    points: [
      {
        no: 1, kind: 'claim', claimId: bad, title: bad, ruleIds: [bad], serviceDate: bad, insuredIdMasked: bad,
        amountAtStakeFen: 12_345, fundClaimedFen: 10_000,
        evidence: [{ ruleId: bad, message: bad, amountFen: 12_345, lineIds: [bad], evidence: { limit: bad } }],
        // Past the API's checks: the workbook must be safe whatever the store holds.
        finding: { result: 'confirmed', violationType: bad as ViolationType, amountFen: 5_000, note: bad, by: bad, at: bad },
      },
    ],
  };
}

async function sheets(buffer: Buffer): Promise<Map<string, ExcelJS.Worksheet>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const out = new Map<string, ExcelJS.Worksheet>();
  wb.eachSheet((ws) => out.set(ws.name, ws));
  return out;
}

describe('the inspection workbook is safe to open in a spreadsheet', () => {
  it.each(HOSTILE)('every text field holding %j: guarded in every cell, no formula', async (bad, want) => {
    const i = hostileInspection(bad);
    const book = await sheets(await inspectionWorkbook(i, inspectionTotals(i)));
    const summary = sheetRows(book.get('汇总')!, 3);
    const points = sheetRows(book.get('疑点清单')!, 16);
    for (const [name, rows] of [['汇总', summary], ['疑点清单', points]] as const) {
      rows.forEach((r, n) => r.forEach((c, j) => expectSafe(c, `${name} row ${n + 1} column ${j + 1}`)));
    }

    // Each field that is a cell of its own holds the guarded value.
    const field = (label: string) => summary.find((r) => r[0] === label)?.[1];
    for (const label of ['检查任务', '名称', '被检查机构', '统筹区', '检查组', '组长', '创建人', '检查结论']) expect([label, field(label)]).toEqual([label, want]);
    expect(summary).toContainEqual([want, 1, '50.00']); // the violation type's total
    const head = points[0] as string[];
    const col = (h: string) => points[1][head.indexOf(h)];
    for (const h of ['结算单号', '参保人编号', '就诊日期', '疑点', '规则', '违规类型', '说明', '记录人', '记录时间']) expect([h, col(h)]).toEqual([h, want]);
    expect(col('证据')).toEqual(expect.any(String)); // rule id and message together: safe above
  });
});
