/**
 * Who is signed in, read from the access token the realm issued (roles, organisation, corners, own record), as
 * keycloak-js's `tokenParsed` does. The console decides nothing with it that the graph does not decide again:
 * it picks the home screen and the navigation.
 */
export type Role = 'network-admin' | 'corner-coordinator' | 'tutor' | 'partner-operator' | 'employer' | 'monitoring' | 'beneficiary';

export interface Viewer {
  userId: string;
  username: string;
  name: string;
  roles: Role[];
  organisationId?: string;
  cornerIds: string[];
  beneficiaryId?: string;
}

export function decodeAccessToken(token: string): Viewer {
  const payload = token.split('.')[1] ?? '';
  const json = decodeURIComponent(
    Array.from(
      atob(payload.replace(/-/g, '+').replace(/_/g, '/')),
      (character) => `%${character.charCodeAt(0).toString(16).padStart(2, '0')}`,
    ).join(''),
  );
  const claims = JSON.parse(json) as {
    sub: string;
    preferred_username?: string;
    name?: string;
    realm_access?: { roles?: string[] };
    /** Keycloak 26's organization claim: alias -> { id, shubh-organisation-id: [catalogue id] }. */
    organization?: Record<string, { 'shubh-organisation-id'?: string[] }>;
    corners?: string[];
    beneficiary?: string;
  };
  return {
    userId: claims.sub,
    username: claims.preferred_username ?? claims.sub,
    name: claims.name ?? claims.preferred_username ?? '',
    roles: (claims.realm_access?.roles ?? []) as Role[],
    organisationId: organisationOf(claims.organization),
    cornerIds: claims.corners ?? [],
    beneficiaryId: claims.beneficiary,
  };
}

/** The catalogue organisation of the one organization the claim names, as the hub reads it; none for several. */
function organisationOf(claim: Record<string, { 'shubh-organisation-id'?: string[] }> | undefined): string | undefined {
  const organizations = Object.values(claim ?? {});
  const ids = organizations.length === 1 ? (organizations[0]?.['shubh-organisation-id'] ?? []) : [];
  return ids.length === 1 ? ids[0] : undefined;
}

export const hasRole = (viewer: Viewer, ...roles: Role[]) => roles.some((role) => viewer.roles.includes(role));

/** The screen each role lands on after signing in. */
export function homeOf(viewer: Viewer): string {
  if (hasRole(viewer, 'tutor', 'corner-coordinator', 'network-admin')) return '/caseload';
  if (hasRole(viewer, 'partner-operator')) return '/partner/referrals';
  if (hasRole(viewer, 'beneficiary')) return '/me/plan';
  if (hasRole(viewer, 'employer')) return '/employer';
  if (hasRole(viewer, 'monitoring')) return '/figures';
  return '/no-role';
}
