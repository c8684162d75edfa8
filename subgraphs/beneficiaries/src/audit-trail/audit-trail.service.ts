import {
  badUserInput,
  forbidden,
  readPageRequest,
  toConnection,
  type AuditEntry,
  type AuditTrail,
  type AuditVerification,
  type Caller,
  type Connection,
  type RequestAudit,
} from '@shubh/platform';

const SORT_KEY = ['text'] as const;

/** Reading the trail: administrators for anyone, a beneficiary for their own record. */
export class AuditTrailService {
  constructor(
    private readonly trail: AuditTrail,
    private readonly caller: Caller,
    private readonly audit: RequestAudit,
  ) {}

  async #page(beneficiaryId: string, args: { first?: number | null; after?: string | null }): Promise<Connection<AuditEntry>> {
    const page = readPageRequest(args, SORT_KEY);
    const after = page.after?.[0];
    if (after !== undefined && !/^\d{1,18}$/.test(after)) throw badUserInput('after is not a cursor from this list', 'after');
    const entries = await this.trail.forBeneficiary(beneficiaryId, { first: page.first, ...(after ? { after } : {}) });
    // Reading who accessed a record is itself an access to that record.
    this.audit.read(beneficiaryId, ['auditTrail']);
    return toConnection(entries, page, (entry) => [entry.id]);
  }

  ofBeneficiary(beneficiaryId: string, args: { first?: number | null; after?: string | null }): Promise<Connection<AuditEntry>> {
    if (!this.caller.isNetworkAdmin) throw forbidden("Only administrators may read a beneficiary's audit trail");
    return this.#page(beneficiaryId, args);
  }

  mine(args: { first?: number | null; after?: string | null }): Promise<Connection<AuditEntry>> {
    if (!this.caller.has('beneficiary') || !this.caller.beneficiaryId) {
      throw forbidden('myRecordAccesses is for beneficiaries signed in as themselves');
    }
    return this.#page(this.caller.beneficiaryId, args);
  }

  integrity(): Promise<AuditVerification> {
    if (!this.caller.isNetworkAdmin) throw forbidden('Only administrators may verify the audit trail');
    return this.trail.verify();
  }
}
