import type {
  CoordinationActionEntity,
  CoordinationDecisionEntity,
  CoordinationMeetingEntity,
  CoordinationTableEntity,
} from './coordination.entities.js';

export type CoordinationTableMapper = CoordinationTableEntity;
export type CoordinationMeetingMapper = CoordinationMeetingEntity;
export type CoordinationDecisionMapper = CoordinationDecisionEntity;
export type CoordinationActionMapper = CoordinationActionEntity;
