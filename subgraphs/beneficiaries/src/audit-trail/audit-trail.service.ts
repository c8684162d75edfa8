import {
  AuditTrail,
  badUserInput,
  readPageRequest,
  toConnection,
  type AuditEntry,
  type AuditVerification,
  type Caller,
  type Connection,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import { auditTrailPolicy } from './audit-trail.policy.js';

const SORT_KEY = ['text'] as const;

/** Reading the trail: administrators for anyone, a beneficiary for their own record. */
export class AuditTrailService {
  private readonly trail: AuditTrail;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit }: ServiceScope) {
    this.trail = new AuditTrail(dataSource, 'beneficiaries');
    this.caller = caller;
    this.audit = audit;
  }

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
    auditTrailPolicy.assert(this.caller, 'readAnyone');
    return this.#page(beneficiaryId, args);
  }

  mine(args: { first?: number | null; after?: string | null }): Promise<Connection<AuditEntry>> {
    auditTrailPolicy.assert(this.caller, 'readOwnAccesses');
    return this.#page(this.caller.beneficiaryId!, args);
  }

  integrity(): Promise<AuditVerification> {
    auditTrailPolicy.assert(this.caller, 'verify');
    return this.trail.verify();
  }
}
