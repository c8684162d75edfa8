import {
  AuditTrail,
  badUserInput,
  checkpointMessage,
  readPageRequest,
  toConnection,
  type AuditCheckpoint,
  type AuditEntry,
  type AuditVerification,
  type Caller,
  type Connection,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import { auditTrailPolicy } from './audit-trail.policy.js';

/** Entries are paged by their public id: a cursor carries nothing of the hub-wide sequence. */
const ENTRY_SORT_KEY = ['id'] as const;
const CHECKPOINT_SORT_KEY = ['text'] as const;

/** A checkpoint with exactly the text its signature covers, for whoever checks it offline. */
export type SignedCheckpoint = AuditCheckpoint & { signedMessage: string };

/** The verification as the graph reports it: the entry's public id, an age instead of an instant. */
export type IntegrityReport = Omit<AuditVerification, 'firstBrokenId' | 'oldestUnsealedAt' | 'latestCheckpoint'> & {
  oldestUnsealedAgeSeconds: number | null;
  latestCheckpoint: SignedCheckpoint | null;
};

function signed<T extends AuditCheckpoint>(checkpoint: T): T & { signedMessage: string } {
  return { ...checkpoint, signedMessage: checkpointMessage(checkpoint) };
}

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
    const page = readPageRequest(args, ENTRY_SORT_KEY);
    const after = page.after?.[0];
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

  async integrity(): Promise<IntegrityReport> {
    auditTrailPolicy.assert(this.caller, 'verify');
    const { firstBrokenId: _internalId, oldestUnsealedAt, latestCheckpoint, ...verification } = await this.trail.verify();
    return {
      ...verification,
      oldestUnsealedAgeSeconds: oldestUnsealedAt ? Math.max(0, Math.floor((Date.now() - oldestUnsealedAt.getTime()) / 1000)) : null,
      latestCheckpoint: latestCheckpoint ? signed(latestCheckpoint) : null,
    };
  }

  /** The signed checkpoints, oldest first. */
  async checkpoints(args: { first?: number | null; after?: string | null }): Promise<Connection<SignedCheckpoint>> {
    auditTrailPolicy.assert(this.caller, 'downloadCheckpoints');
    const page = readPageRequest(args, CHECKPOINT_SORT_KEY);
    const after = page.after?.[0];
    if (after !== undefined && !/^[1-9]\d{0,17}$/.test(after)) throw badUserInput('after is not a cursor from this list', 'after');
    const rows = await this.trail.checkpoints({ first: page.first, ...(after ? { after } : {}) });
    return toConnection(rows.map(signed), page, (checkpoint) => [checkpoint.cursor]);
  }
}
