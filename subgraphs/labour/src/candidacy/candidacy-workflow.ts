import { defineWorkflow } from '@shubh/platform';
import type { CandidacyStatus } from '../generated/resolvers-types.js';

/**
 * The stages of a candidacy. The person (or whoever manages their case) agrees, declines or withdraws; the corner
 * sends the agreed CV; the employer interviews, offers, hires or rejects.
 */
export const candidacyWorkflow = defineWorkflow<CandidacyStatus>('candidacy', {
  PROPOSED: ['PERSON_AGREED', 'DECLINED', 'WITHDRAWN'],
  PERSON_AGREED: ['SENT', 'WITHDRAWN'],
  SENT: ['INTERVIEW', 'REJECTED', 'WITHDRAWN'],
  INTERVIEW: ['OFFERED', 'REJECTED', 'WITHDRAWN'],
  OFFERED: ['HIRED', 'DECLINED', 'REJECTED', 'WITHDRAWN'],
  HIRED: [],
  DECLINED: [],
  REJECTED: [],
  WITHDRAWN: [],
});

/** Who makes a move. */
export type CandidacySide = 'person' | 'corner' | 'employer';

export function sideOf(to: CandidacyStatus): CandidacySide {
  if (to === 'PERSON_AGREED' || to === 'DECLINED' || to === 'WITHDRAWN') return 'person';
  if (to === 'SENT' || to === 'PROPOSED') return 'corner';
  return 'employer';
}

/** The moves that end a candidacy and need a coded reason. */
export const ENDINGS: readonly CandidacyStatus[] = ['DECLINED', 'REJECTED', 'WITHDRAWN'];

/** The stages in which the employer sees the candidate's CV (while the LABOUR_MATCHING consent is in force). */
export const SEEN_BY_EMPLOYER: readonly CandidacyStatus[] = ['PERSON_AGREED', 'SENT', 'INTERVIEW', 'OFFERED', 'HIRED', 'REJECTED'];
