import type { LabourProfileEntity } from '../labour-profile/labour-profile.entity.js';
import type { CandidacyEntity, CandidacyTransitionEntity, EmploymentEntity } from './candidacy.entity.js';

export type CandidacyMapper = CandidacyEntity;
export type CandidacyTransitionMapper = CandidacyTransitionEntity;
export type EmploymentMapper = EmploymentEntity;
/** The CV: the candidacy's name beside the person's labour profile (null when none), and whose CV it is. */
export type CandidateCvMapper = { name: string; profile: LabourProfileEntity | null; beneficiaryId: string };
/** Answered from the candidacy, with the workflow and the policy. */
export type CandidacyViewerCanMapper = CandidacyEntity;
