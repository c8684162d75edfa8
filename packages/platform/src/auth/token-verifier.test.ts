/**
 * How the hub reads the caller's organisation from Keycloak 26's organization claim: the one organization it names,
 * through the organization's `shubh-organisation-id` attribute; nothing it would have to guess.
 */
import { callerFromClaims } from './token-verifier.js';

const ORGANISATION = '1c395644-33be-5beb-b9af-bfb85a0fee33';
const base = { sub: 'a72a3022-322c-524a-aed1-b07ee2c0d9e0', realm_access: { roles: ['partner-operator'] } };

describe('the caller of an organization claim', () => {
  test('is the catalogue organisation of the one organization named', () => {
    const caller = callerFromClaims({
      ...base,
      organization: {
        'enaip-piemonte': { id: 'b2f1c9e0-1111-4a2b-9c3d-0e1f2a3b4c5d', 'shubh-organisation-id': [ORGANISATION.toUpperCase()] },
      },
    });
    expect(caller.organisationId).toBe(ORGANISATION);
  });

  test('has no organisation for several organizations, a list of aliases, a missing attribute or a malformed id', () => {
    const named = (attributes: Record<string, unknown>) => ({ id: 'b2f1c9e0-1111-4a2b-9c3d-0e1f2a3b4c5d', ...attributes });
    for (const organization of [
      { a: named({ 'shubh-organisation-id': [ORGANISATION] }), b: named({ 'shubh-organisation-id': [ORGANISATION] }) },
      ['enaip-piemonte'],
      { 'enaip-piemonte': named({}) },
      { 'enaip-piemonte': named({ 'shubh-organisation-id': ['not-a-uuid'] }) },
      { 'enaip-piemonte': named({ 'shubh-organisation-id': [ORGANISATION, ORGANISATION] }) },
      'enaip-piemonte',
    ]) {
      expect({ organization, id: callerFromClaims({ ...base, organization }).organisationId }).toEqual({ organization, id: null });
    }
  });

  test('ignores the free user attribute `org` the realm used before Organizations', () => {
    expect(callerFromClaims({ ...base, org: ORGANISATION }).organisationId).toBeNull();
  });
});
