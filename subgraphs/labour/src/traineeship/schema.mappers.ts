import type { TraineeshipAttendanceEntity, TraineeshipEntity, TraineeshipTransitionEntity } from './traineeship.entity.js';

export type TraineeshipMapper = TraineeshipEntity;
export type TrainingProjectMapper = Pick<TraineeshipEntity, 'objectives' | 'activities'>;
export type TraineeshipAttendanceMapper = TraineeshipAttendanceEntity;
export type TraineeshipTransitionMapper = TraineeshipTransitionEntity;
