import { defineWorkflow } from '@shubh/platform';
import type { CaseOutcome, CaseStatus } from '../generated/resolvers-types.js';

/**
 * The path of a case: forward one step at a time, any open case to CLOSED, and back to ASSESSED from an agreed
 * or running plan (re-modulation). CLOSED is final.
 */
export const caseWorkflow = defineWorkflow<CaseStatus>('case', {
  REFERRED: ['ENROLLED', 'CLOSED'],
  ENROLLED: ['ASSESSED', 'CLOSED'],
  ASSESSED: ['PLAN_AGREED', 'CLOSED'],
  PLAN_AGREED: ['IN_PROGRESS', 'ASSESSED', 'CLOSED'],
  IN_PROGRESS: ['ASSESSED', 'CLOSED'],
  CLOSED: [],
});

export function allowedTargets(from: CaseStatus): readonly CaseStatus[] {
  return caseWorkflow.allowedFrom(from);
}

export function isAllowedTransition(from: CaseStatus, to: CaseStatus): boolean {
  return caseWorkflow.may(from, to);
}

/** Why `from -> to` is refused, naming what is allowed from `from`; null when it is allowed. */
export function transitionRefusal(from: CaseStatus, to: CaseStatus): string | null {
  return caseWorkflow.refusal(from, to);
}

/** Why an outcome does not fit the target status; null when it fits (required for CLOSED, only then). */
export function outcomeRefusal(to: CaseStatus, outcome: CaseOutcome | null | undefined): string | null {
  if (to === 'CLOSED' && outcome == null) {
    return 'Closing a case needs its outcome: AUTONOMY_REACHED, PARTIAL, DROPPED_OUT, TRANSFERRED or INELIGIBLE';
  }
  if (to !== 'CLOSED' && outcome != null) return `An outcome is given only when closing a case, not for ${to}`;
  return null;
}
