import { isMinor } from './household.service.js';

describe('isMinor', () => {
  it('is true until the 18th birthday', () => {
    expect(isMinor('2008-03-02', '2026-03-01')).toBe(true);
    expect(isMinor('2008-03-02', '2026-03-02')).toBe(false);
    expect(isMinor('2015-06-30', '2026-03-01')).toBe(true);
  });

  it('counts a 29 February birthday as the 28th in a common year', () => {
    expect(isMinor('2008-02-29', '2026-02-27')).toBe(true);
    expect(isMinor('2008-02-29', '2026-02-28')).toBe(false);
  });
});
