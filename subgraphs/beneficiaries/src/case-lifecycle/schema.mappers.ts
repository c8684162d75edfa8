import type { CaseStatusChangeEntity } from './case-status-change.entity.js';
import type { TutorAssignmentEntity } from './tutor-assignment.entity.js';

export type CaseStatusChangeMapper = CaseStatusChangeEntity;
export type TutorAssignmentMapper = TutorAssignmentEntity;
