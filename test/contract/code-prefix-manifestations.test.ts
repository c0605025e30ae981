import { startsWithAny, withManifestations } from '../../src/contract/code-prefix';

describe('withManifestations', () => {
  it('adds the asterisk half of a dagger–asterisk code after it', () => {
    expect(withManifestations(['M32.114+G94.8*', 'J18.900'])).toEqual(['M32.114+G94.8*', 'G94.8', 'J18.900']);
    // The asterisk half is what a neurological prefix finds; the code alone is not found by it.
    expect(startsWithAny(['M32.114+G94.8*'], ['G'])).toBe(false);
    expect(startsWithAny(withManifestations(['M32.114+G94.8*']), ['G'])).toBe(true);
  });

  it('leaves codes without a pair as they are', () => {
    const codes = ['N04.000', 'I12.000'];
    expect(withManifestations(codes)).toBe(codes);
    expect(withManifestations(['A18.0+M49.0*x'])).toEqual(['A18.0+M49.0*x']);
  });
});
