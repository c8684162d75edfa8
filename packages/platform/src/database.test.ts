import { sqlTextList } from './database.js';

describe('sqlTextList', () => {
  it("writes the code's constants as SQL text literals", () => {
    expect(sqlTextList(['REFUGEE', 'SUBSIDIARY_PROTECTION', 'A1'])).toBe("'REFUGEE', 'SUBSIDIARY_PROTECTION', 'A1'");
  });

  it('refuses anything that is not a plain code, so no quote can reach the statement', () => {
    for (const value of ["O'Brien", "x'); DROP TABLE t; --", '', 'two words']) {
      expect(() => sqlTextList(['OK', value])).toThrow(/Not a code/);
    }
  });
});
