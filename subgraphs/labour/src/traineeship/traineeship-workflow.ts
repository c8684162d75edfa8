import { defineWorkflow } from '@shubh/platform';
import type { TraineeshipStatus } from '../generated/resolvers-types.js';

/**
 * The statuses of a traineeship: it runs (ACTIVE) from its start until the case team records how it ended: HIRED by
 * the host, COMPLETED (the project carried through), or INTERRUPTED with a coded reason. An ended traineeship does
 * not run again: a new one is started instead.
 */
export const traineeshipWorkflow = defineWorkflow<TraineeshipStatus>('traineeship', {
  ACTIVE: ['COMPLETED', 'HIRED', 'INTERRUPTED'],
  COMPLETED: [],
  HIRED: [],
  INTERRUPTED: [],
});
