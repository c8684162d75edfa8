import type { EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import type { AuditTrail } from './audit-trail.js';

/**
 * The audit of one request. Reads of personal data are collected while the request resolves (one entry per
 * beneficiary and reason, with every field read) and written in one append when the response is ready; a change
 * is written by the mutation itself, inside its transaction, so the change and its entry commit together.
 */
export class RequestAudit {
  readonly #reads = new Map<string, { beneficiaryId: string; reason: string | null; fields: Set<string> }>();

  constructor(
    private readonly trail: AuditTrail,
    private readonly caller: Caller,
    /** The id the hub gave the request (never the caller's). */
    private readonly requestId: string,
    /** The caller's own `x-request-id`, kept beside it. */
    private readonly clientRequestId: string | null = null,
  ) {}

  /** Notes that the caller read these personal-data fields of a beneficiary (written when the response is ready). */
  read(beneficiaryId: string, fields: Iterable<string>, reason: string | null = null): void {
    const key = `${beneficiaryId}\u0000${reason ?? ''}`;
    const entry = this.#reads.get(key) ?? { beneficiaryId, reason, fields: new Set<string>() };
    for (const field of fields) entry.fields.add(field);
    this.#reads.set(key, entry);
  }

  /** Writes the reads collected so far. One append whatever their number. */
  async flushReads(): Promise<void> {
    const reads = [...this.#reads.values()];
    this.#reads.clear();
    await this.trail.append(
      reads.map((read) => ({
        requestId: this.requestId,
        clientRequestId: this.clientRequestId,
        actor: this.caller.auditActor,
        operation: 'READ',
        beneficiaryId: read.beneficiaryId,
        fields: [...read.fields].sort(),
        reason: read.reason,
      })),
    );
  }

  /** Records a change inside the transaction that makes it: the change and its entry commit together or not at all. */
  change(
    manager: EntityManager,
    operation: string,
    change: { beneficiaryId: string | null; fields?: string[]; reason?: string | null; details?: Record<string, unknown> },
  ): Promise<void> {
    return this.changes(manager, operation, [change]);
  }

  /** Records one change per person inside the transaction that makes them, in one append (a job's batch). */
  changes(
    manager: EntityManager,
    operation: string,
    changes: readonly { beneficiaryId: string | null; fields?: string[]; reason?: string | null; details?: Record<string, unknown> }[],
  ): Promise<void> {
    return this.trail.append(
      changes.map((change) => ({
        requestId: this.requestId,
        clientRequestId: this.clientRequestId,
        actor: this.caller.auditActor,
        operation,
        ...change,
      })),
      manager,
    );
  }
}
