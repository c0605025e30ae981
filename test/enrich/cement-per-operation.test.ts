import { join } from 'node:path';
import { mostUsed } from '../../src/enrich/implant-facts';
import { loadImplantProcedures } from '../../src/enrich/stay-knowledge';

// Bone cement per primary arthroplasty (implant-procedures.json 骨水泥 maxPerOperation): one 40 g pack a component.
const CEMENT = loadImplantProcedures(join(__dirname, '../../rules/knowledge/implant-procedures.json')).get('C03010150900001899880000001')!;

describe('骨水泥 per cemented arthroplasty', () => {
  it('a primary total knee, hip or a hemiarthroplasty uses two packs at most; both knees four', () => {
    expect(mostUsed(CEMENT, ['81.5400'], ['81.5400'])).toBe(2);
    expect(mostUsed(CEMENT, ['81.5100'], ['81.5100'])).toBe(2);
    expect(mostUsed(CEMENT, ['81.5200'], ['81.5200'])).toBe(2);
    expect(mostUsed(CEMENT, ['81.5400', '81.5400'], ['81.5400', '81.5400'])).toBe(4);
  });
  it('a revision, a vertebroplasty or a cement spacer is not counted', () => {
    expect(mostUsed(CEMENT, ['81.5500'], ['81.5500'])).toBeNull();
    expect(mostUsed(CEMENT, ['00.7000'], ['00.7000'])).toBeNull();
    expect(mostUsed(CEMENT, ['81.6600'], ['81.6600'])).toBeNull();
    expect(mostUsed(CEMENT, ['81.5400', '84.5600x001'], ['81.5400', '84.5600x001'])).toBeNull();
  });
});
