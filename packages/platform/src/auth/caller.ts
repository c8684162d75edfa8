import { ROLES, type Role } from './identity-contract.js';

/** Who is calling, as their verified access token says. Authorization rules ask this, never the raw token. */
export class Caller {
  readonly roles: ReadonlySet<Role>;

  constructor(
    readonly userId: string,
    readonly username: string | null,
    roles: readonly string[],
    readonly organisationId: string | null,
    readonly cornerIds: readonly string[],
    readonly beneficiaryId: string | null,
    readonly clientId: string | null,
  ) {
    this.roles = new Set(roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role)));
  }

  has(role: Role): boolean {
    return this.roles.has(role);
  }

  hasAny(...roles: Role[]): boolean {
    return roles.some((role) => this.roles.has(role));
  }

  get isNetworkAdmin(): boolean {
    return this.roles.has('network-admin');
  }

  /** A tutor or coordinator of this corner. */
  worksAt(cornerId: string): boolean {
    return this.hasAny('tutor', 'corner-coordinator') && this.cornerIds.includes(cornerId);
  }

  /** The fields an audit entry keeps about the actor. */
  get auditActor(): { id: string; username: string | null; roles: string[]; organisationId: string | null } {
    return { id: this.userId, username: this.username, roles: [...this.roles], organisationId: this.organisationId };
  }
}
