import { codiceFiscaleCheckCharacter, codiceFiscaleProblem, parseCodiceFiscale, provisionalCheckDigit } from './codice-fiscale.js';

describe('codice fiscale', () => {
  it.each([
    // Public examples: the usual specimen (Mario Rossi, Rome), its omocodia variant, and Matteo Moretti (Milan).
    ['RSSMRA85T10A562S'],
    ['RSSMRA85T10A56NH'],
    ['MRTMTT91D08F205J'],
  ])('accepts %s', (code) => {
    expect(codiceFiscaleProblem(code)).toBeNull();
  });

  it('computes the check character with the odd and even position tables', () => {
    expect(codiceFiscaleCheckCharacter('RSSMRA85T10A562')).toBe('S');
    // Omocodia: digits replaced from the right by L..V keep a valid code once the check character is recomputed.
    for (const first15 of ['RSSMRA85T10A5S2', 'RSSMRA85T1MA5SN', 'RSSMRAURTMLARSN']) {
      expect(codiceFiscaleProblem(first15 + codiceFiscaleCheckCharacter(first15))).toBeNull();
    }
    // A foreign-born person (Z-code for the country of birth), a woman (day + 40).
    const first15 = 'DLLMNA96E54Z319';
    const code = first15 + codiceFiscaleCheckCharacter(first15);
    expect(codiceFiscaleProblem(code)).toBeNull();
    expect(parseCodiceFiscale(code.toLowerCase(), 'input.codiceFiscale')).toBe(code);
  });

  it('tells a wrong check character apart from a wrong format', () => {
    expect(codiceFiscaleProblem('RSSMRA85T10A562T')).toEqual({ kind: 'check', expected: 'S', found: 'T' });
    expect(codiceFiscaleProblem('RSSMRA85T10A562')).toEqual({ kind: 'format' });
    expect(codiceFiscaleProblem('RSSMRA85T10A56AS')).toEqual({ kind: 'format' });
    expect(codiceFiscaleProblem('1234567890')).toEqual({ kind: 'format' });
    expect(codiceFiscaleProblem('RSSMRA85Z10A562S')).toEqual({ kind: 'month' });
    expect(codiceFiscaleProblem('RSSMRA85T99A562S')).toEqual({ kind: 'day' });
    expect(() => parseCodiceFiscale('RSSMRA85T10A562T', 'input.codiceFiscale')).toThrow(/check character.*should be S, not T/);
    expect(() => parseCodiceFiscale('RSSMRA85', 'input.codiceFiscale')).toThrow(/wrong format/);
  });

  it('accepts spaces and lower case as typed, and stores the canonical form', () => {
    expect(parseCodiceFiscale(' rssmra 85t10 a562s ', 'input.codiceFiscale')).toBe('RSSMRA85T10A562S');
  });
});

describe('the provisional codice fiscale (11 digits)', () => {
  it('is valid with its check digit, the partita IVA algorithm', () => {
    expect(provisionalCheckDigit('1234567890')).toBe('3');
    expect(codiceFiscaleProblem('12345678903')).toBeNull();
    expect(codiceFiscaleProblem('12345678901')).toEqual({ kind: 'check', expected: '3', found: '1' });
    expect(parseCodiceFiscale(' 123 456 789 03 ', 'input.codiceFiscale')).toBe('12345678903');
  });
});
