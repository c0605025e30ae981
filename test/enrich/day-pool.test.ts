import { dayPool } from '../../src/enrich/stay-facts';
import { resolve } from 'node:path';
import { loadCatalogue } from '../../src/enrich/catalogue';

const CATALOGUE = resolve(__dirname, '../../rules/catalogue');

// Which per-day rows a stay's nights pool (review35 item 5): the graded nursing rows by their catalogue mark, not by
// the code's 1201 prefix.
describe('dayPool', () => {
  it('pools the marked graded nursing rows of the sample catalogue, and the beds', () => {
    const cat = loadCatalogue(CATALOGUE);
    for (const code of ['001201000010001', '001201000020001', '001201000030001', '001201000040001', '001201000060001']) {
      expect(dayPool(cat.get(code)!)).toBe('护理费');
    }
    expect(dayPool(cat.get('001105000010001')!)).toBe('床位费');
  });

  it('leaves a per-day nursing row under 1201 without the mark on its own (特殊疾病护理 beside the grade)', () => {
    expect(dayPool({ subcategory: 'nursing' })).toBeNull();
    // The air mattress (001219…) stays apart as before.
    expect(dayPool(loadCatalogue(CATALOGUE).get('001219000060001')!)).toBeNull();
  });
});
