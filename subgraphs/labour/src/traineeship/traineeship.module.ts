import { ANONYMISED, defineModule } from '@shubh/platform';
import { CreateTraineeship1768100000000 } from './migrations/1768100000000-create-traineeship.js';
import { TraineeshipAttendanceEntity, TraineeshipEntity, TraineeshipTransitionEntity } from './traineeship.entity.js';
import { traineeshipPolicy } from './traineeship.policy.js';
import { traineeshipResolvers } from './traineeship.resolvers.js';
import { TraineeshipService } from './traineeship.service.js';

/** The services this module adds to each request's context. */
export const traineeshipServices = { traineeships: TraineeshipService };

/**
 * Extracurricular traineeships: started by the case team with the person's consent, attendance recorded by the host
 * employer, ended with an outcome; the contract `labour.traineeship_spell` published to the results domain. The
 * minimum allowances per region are configuration (`traineeship-allowances.ts`).
 */
export const traineeshipModule = defineModule({
  name: 'traineeship',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: traineeshipResolvers,
  entities: [TraineeshipEntity, TraineeshipTransitionEntity, TraineeshipAttendanceEntity],
  migrations: [CreateTraineeship1768100000000],
  services: traineeshipServices,
  policy: traineeshipPolicy,
  personalData: [
    {
      table: 'labour.traineeship',
      description: 'Your traineeships: host, promoter, training project, days, allowance, outcome.',
      orderBy: 't.starts_on, t.id',
      anonymise: {
        objectives: ANONYMISED,
        activities: ANONYMISED,
        company_tutor_name: ANONYMISED,
        company_tutor_contact: 'NULL',
        interruption_reason: 'NULL',
      },
    },
    {
      table: 'labour.traineeship_attendance',
      description: 'The hours you attended each traineeship.',
      rowsOf: 't.traineeship_id IN (SELECT id FROM labour.traineeship WHERE beneficiary_id = ANY($1::uuid[]))',
      orderBy: 't.period_start, t.id',
      anonymise: { note: 'NULL' },
    },
    {
      table: 'labour.traineeship_transition',
      description: 'Each stage of your traineeships.',
      rowsOf: 't.traineeship_id IN (SELECT id FROM labour.traineeship WHERE beneficiary_id = ANY($1::uuid[]))',
      orderBy: 't.at, t.id',
      anonymise: { note: 'NULL', reason: 'NULL' },
    },
  ],
});
