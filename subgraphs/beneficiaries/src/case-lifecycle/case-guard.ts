import { caseClosed, forbidden } from '@shubh/platform';
import type { EntityManager } from 'typeorm';
import type { CaseStatus } from '../generated/resolvers-types.js';

/**
 * What a write does to a case, for the one guard every case-file write passes:
 * - `processing`: new processing of the person's case (an assessment, a plan, a follow-up, a note...): refused on a
 *   CLOSED case (CASE_CLOSED) and once the person withdrew their CASE_MANAGEMENT consent (FORBIDDEN, reason
 *   CASE_MANAGEMENT_CONSENT_WITHDRAWN);
 * - `record-keeping`: a write the person's rights or the case team's duty need even without the consent (granting
 *   a consent again, recording who follows the case): refused on a CLOSED case only;
 * - `closing`: closing the case, or the person exercising their rights (withdrawing a consent): always allowed.
 */
export type CaseWrite = 'processing' | 'record-keeping' | 'closing';

interface GuardRow {
  case_status: CaseStatus;
  consent_withdrawn: boolean;
}

/**
 * SQL, true when the person whose row is `alias` withdrew their CASE_MANAGEMENT consent and has not given it again
 * (a person for whom none was ever recorded is not refused): the one definition, for the guard and for lists that
 * leave such people out.
 */
export function caseManagementWithdrawnSql(alias: string): string {
  return `(EXISTS (SELECT 1 FROM beneficiaries.consent c
                    WHERE c.beneficiary_id = ${alias}.id AND c.purpose = 'CASE_MANAGEMENT' AND c.withdrawn_at IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM beneficiaries.consent c
                    WHERE c.beneficiary_id = ${alias}.id AND c.purpose = 'CASE_MANAGEMENT' AND c.withdrawn_at IS NULL))`;
}

/**
 * The one guard of every write to a person's case file, called first inside the write's own transaction: it locks
 * the case row FOR SHARE until the transaction ends, so a closure (which locks it FOR UPDATE) and a write never
 * interleave: the write either commits before the closure or is refused after it. One statement. It is the only
 * place that knows what "closed" and "consent withdrawn" mean for a write.
 */
export async function assertCaseOpen(
  manager: EntityManager,
  beneficiaryId: string,
  write: CaseWrite = 'processing',
  field = 'beneficiaryId',
  /** `update` for a write that may then move the case (an agreement, a started action): no lock upgrade, no deadlock. */
  lock: 'share' | 'update' = 'share',
): Promise<CaseStatus> {
  const rows: GuardRow[] = await manager.query(
    `SELECT b.case_status, ${caseManagementWithdrawnSql('b')} AS consent_withdrawn
       FROM beneficiaries.beneficiary b WHERE b.id = $1 FOR ${lock === 'update' ? 'UPDATE' : 'SHARE'} OF b`,
    [beneficiaryId],
  );
  const row = rows[0];
  if (!row) throw new Error(`Beneficiary ${beneficiaryId} vanished inside its own write`);
  if (write === 'closing') return row.case_status;
  if (row.case_status === 'CLOSED') {
    throw caseClosed('The case is CLOSED: nothing more is recorded in it; a coordinator may reopen it (reopenCase)', field);
  }
  if (write === 'processing' && row.consent_withdrawn) {
    throw forbidden(
      'The person withdrew their consent to case management: nothing new is processed in their case until they give it again; the case may still be closed',
      { reason: 'CASE_MANAGEMENT_CONSENT_WITHDRAWN', field },
    );
  }
  return row.case_status;
}
