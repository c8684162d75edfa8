import type { JobContext, ModuleJob } from '@shubh/platform';
import type { ResultsService } from './results.service.js';

type Context = JobContext & { readonly results: ResultsService };

/**
 * The national report of every open period, computed again every 10 minutes (`JOB_SCHEDULE_REFRESH_NATIONAL_RESULTS`
 * changes it): at national scale the report takes longer than a request may wait (bench/README.md), so the national
 * report is served from its last refresh and says when that was (`figuresAsOf`). A corner's or a province's report
 * is computed when asked for.
 */
export const refreshNationalResultsJob: ModuleJob = {
  name: 'refresh-national-results',
  schedule: '*/10 * * * *',
  run: (context: Context) => context.results.refreshNational(),
};
