import { ConfigurationError, PROVINCE_CODES } from '@shubh/platform';
import { minimumAllowanceCents, NATIONAL_MINIMUM_ALLOWANCE_EUROS, regionOf } from './traineeship-allowances.js';

describe('the minimum traineeship allowance', () => {
  it('knows the region of every Italian province', () => {
    for (const province of PROVINCE_CODES) expect(() => regionOf(province)).not.toThrow();
    expect([regionOf('TO'), regionOf('BA'), regionOf('RM'), regionOf('SU')]).toEqual(['PIEMONTE', 'PUGLIA', 'LAZIO', 'SARDEGNA']);
  });

  it("takes the region's default, an override, or else the national floor", () => {
    expect(minimumAllowanceCents('TO', {})).toEqual({ region: 'PIEMONTE', cents: 60_000 });
    expect(minimumAllowanceCents('BA', {})).toEqual({ region: 'PUGLIA', cents: 45_000 });
    expect(minimumAllowanceCents('RM', {})).toEqual({ region: 'LAZIO', cents: 80_000 });
    expect(minimumAllowanceCents('PG', {})).toEqual({ region: 'UMBRIA', cents: NATIONAL_MINIMUM_ALLOWANCE_EUROS * 100 });
    const env = { TRAINEESHIP_MINIMUM_ALLOWANCES_EUROS: 'PUGLIA=500, UMBRIA=400' };
    expect(minimumAllowanceCents('BA', env).cents).toBe(50_000);
    expect(minimumAllowanceCents('PG', env).cents).toBe(40_000);
    expect(minimumAllowanceCents('TO', env).cents).toBe(60_000);
  });

  it('refuses a malformed override, naming the variable', () => {
    for (const value of ['PUGLIA', 'ATLANTIDE=500', 'PUGLIA=0', 'PUGLIA=4.5']) {
      expect(() => minimumAllowanceCents('BA', { TRAINEESHIP_MINIMUM_ALLOWANCES_EUROS: value })).toThrow(ConfigurationError);
      expect(() => minimumAllowanceCents('BA', { TRAINEESHIP_MINIMUM_ALLOWANCES_EUROS: value })).toThrow(
        /TRAINEESHIP_MINIMUM_ALLOWANCES_EUROS/,
      );
    }
  });
});
