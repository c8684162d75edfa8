import { ageBandOn, ageOn } from './age-band.js';

describe('age bands', () => {
  it('counts a birthday from the day itself', () => {
    expect(ageOn('2008-03-10', '2026-03-09')).toBe(17);
    expect(ageOn('2008-03-10', '2026-03-10')).toBe(18);
  });
  it('puts each age in its band at the bands edges', () => {
    expect(ageBandOn('2008-03-10', '2026-03-09')).toBe('UNDER_18');
    expect(ageBandOn('2008-03-10', '2026-03-10')).toBe('FROM_18_TO_29');
    expect(ageBandOn('1996-03-10', '2026-03-10')).toBe('FROM_30_TO_54');
    expect(ageBandOn('1971-03-11', '2026-03-10')).toBe('FROM_30_TO_54');
    expect(ageBandOn('1971-03-10', '2026-03-10')).toBe('FROM_55');
  });
});
