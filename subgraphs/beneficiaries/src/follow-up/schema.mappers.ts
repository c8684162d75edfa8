import type { CriticalIssueEntity, FollowUpEntity, GoalProgressEntity } from './follow-up.entities.js';

export type FollowUpMapper = FollowUpEntity;
export type GoalProgressMapper = GoalProgressEntity;
export type CriticalIssueMapper = CriticalIssueEntity;
