import { join } from 'node:path';
import { fractureCap } from '../../src/enrich/implant-facts';
import { loadImplantProcedures } from '../../src/enrich/stay-knowledge';

// Plates and screws counted by the fracture fixed (implant-procedures.json maxPerFracture), on the shipped table.
const rows = loadImplantProcedures(join(__dirname, '../../rules/knowledge/implant-procedures.json'));
const PLATE = rows.get('C03010150400001786600000001')!;
const SCREW = rows.get('C03010150500001199820000001')!;

describe('内固定数量按骨折诊断（maxPerFracture）', () => {
  it('a lateral malleolus takes one plate and ten screws; a trimalleolar fracture three plates', () => {
    expect(fractureCap(PLATE, ['79.3600x009'], ['S82.600', 'W01.x00'])).toEqual({ cap: 1, site: '踝部', fractures: ['S82.600'] });
    expect(fractureCap(SCREW, ['79.3600x009'], ['S82.600'])?.cap).toBe(10);
    expect(fractureCap(PLATE, ['79.3600x013'], ['S82.801'])?.cap).toBe(3);
  });

  it('a medial malleolus beside (no entry) leaves it unjudged; a distal radius, intra-articular coded or not, takes two plates and 16 screws; two shafts add up', () => {
    expect(fractureCap(PLATE, ['79.3600x009'], ['S82.600', 'S82.500'])).toBeNull(); // medial malleolus alone has no entry: unjudged
    // S52.500 does not reliably say extra-articular: dual-column plating (two plates, 14–16 screws) is coded under it too
    expect(fractureCap(SCREW, ['79.3200'], ['S52.500x001'])?.cap).toBe(16);
    expect(fractureCap(PLATE, ['79.3200'], ['S52.500x001'])?.cap).toBe(2);
    expect(fractureCap(SCREW, ['79.3200'], ['S52.500x091'])?.cap).toBe(16);
    expect(fractureCap(PLATE, ['79.3200'], ['S52.500x091'])?.cap).toBe(2);
    expect(fractureCap(PLATE, ['79.3200'], ['S52.300', 'S52.200'])?.cap).toBe(2);
  });

  it('unjudged by fracture: a fracture with no entry, fixations of two sites, more fixations than fractures, none coded', () => {
    expect(fractureCap(PLATE, ['79.3600x013'], ['S82.300x083'])).toBeNull(); // Pilon
    // ankle codes naming no malleolus: a bi- or trimalleolar fixation coded generically is a coding matter, not a count
    expect(fractureCap(PLATE, ['79.3600x009'], ['S82.800x081'])).toBeNull();
    expect(fractureCap(SCREW, ['79.3600x009'], ['S82.800x082'])).toBeNull();
    expect(fractureCap(PLATE, ['79.3600x009'], ['S82.803'])).toBeNull();
    expect(fractureCap(PLATE, ['79.3600x009', '79.3500'], ['S82.600', 'S72.300'])).toBeNull();
    expect(fractureCap(PLATE, ['79.3600x009', '79.3600x009'], ['S82.600'])).toBeNull();
    expect(fractureCap(PLATE, ['79.3600x009'], ['W01.x00'])).toBeNull();
  });
});
