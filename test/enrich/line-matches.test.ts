import { lineMatches, selectorMatches } from '../../src/enrich/item-fact-types';

// lineMatches: the one test of "a line is one of these codes or carries one of these name marks" that the knowledge
// tables' rows share (item uses, standard courses, consumable indications, oxygen monitoring, theatre items).

const line = (code: string, name: string, catalogueCode: string | null = null) => ({ code, name, catalogue: catalogueCode ? { code: catalogueCode } : null });

describe('lineMatches', () => {
  it('matches a product line by the catalogue row it falls under, not its own code', () => {
    expect(lineMatches({ codes: ['XB01AB'] }, line('XB01ABA001E001010100001', '肝素钠注射液', 'XB01AB'))).toBe(true);
    expect(lineMatches({ codes: ['XB01ABA001E001010100001'] }, line('XB01ABA001E001010100001', '肝素钠注射液', 'XB01AB'))).toBe(false);
  });
  it('matches a line outside the codes by a mark in its name', () => {
    expect(lineMatches({ codes: ['C1'], nameMarks: ['血糖试纸'] }, line('L9', '血糖试纸（50片）'))).toBe(true);
    expect(lineMatches({ codes: ['C1'], nameMarks: ['血糖试纸'] }, line('L9', '尿糖试纸'))).toBe(false);
  });
  it('an empty selector matches nothing', () => {
    expect(lineMatches({}, line('C1', '纱布'))).toBe(false);
  });
});

describe('selectorMatches', () => {
  it('reads the row code and name it is given, as lineMatches reads them off a line', () => {
    expect(selectorMatches({ codes: ['XB01AB'] }, 'XB01AB', '肝素钠注射液')).toBe(true);
    expect(selectorMatches({ codes: ['XB01AB'] }, 'XB01ABA001E001010100001', '肝素钠注射液')).toBe(false);
    expect(selectorMatches({ nameMarks: ['血糖试纸'] }, 'L9', '血糖试纸（50片）')).toBe(true);
    expect(selectorMatches({ nameMarks: ['血糖试纸'] }, 'L9', '尿糖试纸')).toBe(false);
  });
});
