import { Caller } from './caller.js';
import { mayReadBeneficiaryData, readBeneficiary, resolveBeneficiaryReference } from './beneficiary-data-access.js';

const CORNER = '3f0c3c52-8a51-4c43-9d6f-0f7c2b1f1a01';
const PERSON = '7a1d2e9b-0c3e-4e4f-8a6b-2d9f1e5c7b02';
const ORGANISATION = 'c2b7e1a4-5d6f-4a8b-9c0d-1e2f3a4b5c03';
const caller = (roles: string[], options: { corners?: string[]; organisation?: string; self?: string } = {}) =>
  new Caller('user', null, roles, options.organisation ?? null, options.corners ?? [], options.self ?? null, null);
const person = (purposes: string[], cornerId: string | null = CORNER) => ({
  id: PERSON,
  integraCornerId: cornerId,
  consentedPurposes: purposes,
});

describe('mayReadBeneficiaryData', () => {
  it.each([
    ['an administrator', caller(['network-admin']), [], true],
    ['a tutor of the corner', caller(['tutor'], { corners: [CORNER] }), [], true],
    ['a coordinator of the corner', caller(['corner-coordinator'], { corners: [CORNER] }), [], true],
    ['a tutor of another corner', caller(['tutor'], { corners: [ORGANISATION] }), ['LABOUR_MATCHING'], false],
    ['the person', caller(['beneficiary'], { self: PERSON }), [], true],
    ['someone else with the person id but not the role', caller(['employer'], { self: PERSON }), ['LABOUR_MATCHING'], false],
    ['a partner with the consent', caller(['partner-operator'], { organisation: ORGANISATION }), ['LABOUR_MATCHING'], true],
    ['a partner with another consent', caller(['partner-operator'], { organisation: ORGANISATION }), ['HOUSING_SUPPORT'], false],
    ['a partner without an organisation', caller(['partner-operator']), ['LABOUR_MATCHING'], false],
    ['an employer with the consent', caller(['employer'], { organisation: ORGANISATION }), ['LABOUR_MATCHING'], false],
    ['monitoring with the consent', caller(['monitoring']), ['LABOUR_MATCHING'], false],
  ] as const)('%s: %s', (_name, who, purposes, expected) => {
    expect(mayReadBeneficiaryData(who, person([...purposes]), 'LABOUR_MATCHING')).toBe(expected);
  });

  it('asks a partner for the consent of the purpose at hand: housing support opens housing data only', () => {
    const partner = caller(['partner-operator'], { organisation: ORGANISATION });
    expect(mayReadBeneficiaryData(partner, person(['HOUSING_SUPPORT']), 'HOUSING_SUPPORT')).toBe(true);
    expect(mayReadBeneficiaryData(partner, person(['HOUSING_SUPPORT']), 'LABOUR_MATCHING')).toBe(false);
    expect(mayReadBeneficiaryData(partner, person(['LABOUR_MATCHING']), 'HOUSING_SUPPORT')).toBe(false);
  });

  it('gives a tutor nothing when the corner is unknown', () => {
    expect(mayReadBeneficiaryData(caller(['tutor'], { corners: [CORNER] }), person([], null), 'LABOUR_MATCHING')).toBe(false);
  });
});

describe('reading the representation', () => {
  it('keeps what the owner handed over and normalises the id', () => {
    const reference = { id: PERSON.toUpperCase(), integraCorner: { id: CORNER }, consentedPurposes: ['LABOUR_MATCHING'] };
    expect(resolveBeneficiaryReference(reference)).toEqual({ ...reference, id: PERSON });
    expect(resolveBeneficiaryReference({ id: 'x' })).toBeNull();
  });

  it('reads a missing or malformed corner or consent list as none', () => {
    expect(readBeneficiary({ id: PERSON })).toEqual(person([], null));
    expect(readBeneficiary({ id: PERSON, integraCorner: { id: 42 }, consentedPurposes: 'LABOUR_MATCHING' })).toEqual(person([], null));
    expect(readBeneficiary({ id: PERSON, integraCorner: { id: CORNER.toUpperCase() }, consentedPurposes: ['LABOUR_MATCHING', 7] })).toEqual(
      person(['LABOUR_MATCHING']),
    );
  });
});
