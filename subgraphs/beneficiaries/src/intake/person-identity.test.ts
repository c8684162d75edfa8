import { normalisedName, samePerson } from './person-identity.js';

describe('duplicate detection', () => {
  const mariam = { givenName: 'Mariam', familyName: 'Traoré', birthDate: '2000-06-27', citizenship: 'CI', codiceFiscale: null };

  it('ignores case, accents, punctuation and spacing in names', () => {
    expect(normalisedName('  Traoré ')).toBe('traore');
    expect(normalisedName('AL-HASSAN')).toBe('al hassan');
    expect(normalisedName("N'Diaye  Fall")).toBe('n diaye fall');
    expect(samePerson(mariam, { ...mariam, givenName: 'MARIAM', familyName: 'traore' })).toBe('NAME_BIRTH_DATE_CITIZENSHIP');
  });

  it('needs the same birth date and citizenship as well as the names', () => {
    expect(samePerson(mariam, { ...mariam, birthDate: '2000-06-28' })).toBeNull();
    expect(samePerson(mariam, { ...mariam, citizenship: 'ML' })).toBeNull();
  });

  it('matches on the codice fiscale whatever the names', () => {
    const a = { ...mariam, codiceFiscale: 'TRRMRM00H67Z313X' };
    expect(samePerson(a, { ...a, givenName: 'Maryam', birthDate: '2000-06-21' })).toBe('CODICE_FISCALE');
  });
});
