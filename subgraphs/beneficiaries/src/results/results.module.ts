import { defineModule } from '@shubh/platform';
import { CreateResults1765300000002 } from './migrations/1765300000002-create-results.js';
import { SnapshotIndicators1768200000001 } from './migrations/1768200000001-snapshot-indicators.js';
import { NationalReport1769100000000 } from './migrations/1769100000000-national-report.js';
import { ReportingPeriodEntity, ReportingPeriodVersionEntity, ResultTargetEntity } from './results.entities.js';
import { refreshNationalResultsJob } from './results.jobs.js';
import { resultsPolicy } from './results.policy.js';
import { resultsResolvers } from './results.resolvers.js';
import { ResultsService } from './results.service.js';

/** The services this module adds to each request's context. */
export const resultsServices = { results: ResultsService };

/** Result-based management: indicators against the targets, by corner, province, period and disaggregation. */
export const resultsModule = defineModule({
  name: 'results',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: resultsResolvers,
  entities: [ResultTargetEntity, ReportingPeriodEntity, ReportingPeriodVersionEntity],
  migrations: [CreateResults1765300000002, SnapshotIndicators1768200000001, NationalReport1769100000000],
  jobs: [refreshNationalResultsJob],
  services: resultsServices,
  policy: resultsPolicy,
});
