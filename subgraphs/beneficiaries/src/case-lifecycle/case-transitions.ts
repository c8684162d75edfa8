import type { CaseOutcome, CaseStatus } from '../generated/resolvers-types.js';

/**
 * The path of a case: forward one step at a time, any open case to CLOSED, and back to ASSESSED from an agreed
 * or running plan (re-modulation). CLOSED is final.
 */
const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  REFERRED: ['ENROLLED', 'CLOSED'],
  ENROLLED: ['ASSESSED', 'CLOSED'],
  ASSESSED: ['PLAN_AGREED', 'CLOSED'],
  PLAN_AGREED: ['IN_PROGRESS', 'ASSESSED', 'CLOSED'],
  IN_PROGRESS: ['ASSESSED', 'CLOSED'],
  CLOSED: [],
};

export function allowedTargets(from: CaseStatus): readonly CaseStatus[] {
  return NEXT[from];
}

export function isAllowedTransition(from: CaseStatus, to: CaseStatus): boolean {
  return NEXT[from].includes(to);
}

/** Why `from -> to` is refused, naming what is allowed from `from`; null when it is allowed. */
export function transitionRefusal(from: CaseStatus, to: CaseStatus): string | null {
  if (isAllowedTransition(from, to)) return null;
  const allowed = NEXT[from];
  if (allowed.length === 0) return `A ${from} case cannot change status any more (${from} -> ${to} refused)`;
  if (from === to) return `The case is already ${from}; from ${from} it may go to ${allowed.join(', ')}`;
  return `A case cannot go from ${from} to ${to}; from ${from} it may go to ${allowed.join(', ')}`;
}

/** Why an outcome does not fit the target status; null when it fits (required for CLOSED, only then). */
export function outcomeRefusal(to: CaseStatus, outcome: CaseOutcome | null | undefined): string | null {
  if (to === 'CLOSED' && outcome == null) {
    return 'Closing a case needs its outcome: AUTONOMY_REACHED, PARTIAL, DROPPED_OUT, TRANSFERRED or INELIGIBLE';
  }
  if (to !== 'CLOSED' && outcome != null) return `An outcome is given only when closing a case, not for ${to}`;
  return null;
}
