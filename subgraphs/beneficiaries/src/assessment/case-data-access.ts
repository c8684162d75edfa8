import { forbidden, type Caller } from '@shubh/platform';
import { mayEdit } from '../beneficiary/beneficiary-access.js';
import type { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';

/**
 * The case file (assessment, plan, follow-ups) of a person the caller already may see: administrators, the
 * tutors and coordinators of the person's corner, and the person themself. Partners see a referred person, not
 * their case file.
 */
export function mayReadCaseData(caller: Caller, beneficiary: BeneficiaryEntity): boolean {
  return (
    caller.isNetworkAdmin ||
    caller.worksAt(beneficiary.integraCornerId) ||
    (caller.has('beneficiary') && caller.beneficiaryId === beneficiary.id)
  );
}

export function requireCaseReader(caller: Caller, beneficiary: BeneficiaryEntity): void {
  if (!mayReadCaseData(caller, beneficiary)) {
    throw forbidden("Only the person's Integra Corner, administrators and the person themself may see their case file");
  }
}

/** Writes to the case file: the assigned tutor, a coordinator of the person's corner, an administrator. */
export function requireCaseEditor(caller: Caller, beneficiary: BeneficiaryEntity): void {
  if (!mayEdit(caller, beneficiary, { self: false })) {
    throw forbidden("Only the assigned tutor, a coordinator of the person's corner or an administrator may change the case file");
  }
}

/**
 * The beneficiary a case-file row belongs to, for a row reached through a list the caller may read: null from the
 * loader would mean the row escaped the visibility rule, so it is refused rather than shown half.
 */
export async function beneficiaryOfRow(
  beneficiaries: { findById(id: string): Promise<BeneficiaryEntity | null> },
  beneficiaryId: string,
): Promise<BeneficiaryEntity> {
  const beneficiary = await beneficiaries.findById(beneficiaryId);
  if (!beneficiary) throw forbidden('You may not see this beneficiary');
  return beneficiary;
}
