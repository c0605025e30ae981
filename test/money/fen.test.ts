import { fenOf, isWholeFen, lineFen, prorateFen, toFen, toYuan } from '../../src/money/fen';

describe('money in fen', () => {
  it('converts without float drift', () => {
    expect(toFen(0.1 + 0.2)).toBe(30);
    expect(toFen(35210.5)).toBe(3521050);
    expect(toFen(1.005)).toBe(101); // 1.005 is 1.00499999… in binary; the epsilon rounds it the way a clerk would
    expect(toYuan(3521050)).toBe(35210.5);
  });
  it('knows whole fen', () => {
    expect(isWholeFen(12.34)).toBe(true);
    expect(isWholeFen(12.345)).toBe(false);
  });
  it('prices a line to the fen', () => {
    expect(lineFen(3, 0.125)).toBe(38);
    expect(lineFen(2, 35.5)).toBe(7100);
  });
  it('sums the fen of lines, all or those named', () => {
    const lines = [{ lineId: '1', amountFen: 1050 }, { lineId: '2', amountFen: 20 }, { lineId: '3', amountFen: 7 }];
    expect(fenOf(lines)).toBe(1077);
    expect(fenOf(lines, new Set(['1', '3']))).toBe(1057);
    expect(fenOf(lines, new Set())).toBe(0);
  });

  it('prorates a share of a line in whole fen, rounded down, never above the line', () => {
    expect(prorateFen(1000, 1, 3)).toBe(333);
    expect(prorateFen(1001, 2, 3)).toBe(667);
    expect(prorateFen(1000, 5, 3)).toBe(1000);
    expect(prorateFen(1000, 1, 0)).toBe(0);
  });
});
