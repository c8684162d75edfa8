import { addMonths, readInteger, todayInItaly, type JobContext, type ModuleJob, type PersonalDataService } from '@shubh/platform';

/** The default retention: five years after closure (check it against the grant agreement and the records of processing). */
export const DEFAULT_RETENTION_MONTHS = 60;

/** `RETENTION_MONTHS_AFTER_CLOSURE`, read on each run: a bad value fails the run with an error naming the variable. */
export function retentionMonths(env: Record<string, string | undefined> = process.env): number {
  return readInteger(env, 'RETENTION_MONTHS_AFTER_CLOSURE', DEFAULT_RETENTION_MONTHS, { min: 1, max: 1200 });
}

type Context = JobContext & { readonly personalData: PersonalDataService };

/**
 * Retention: the people whose case closed more than the configured period ago are anonymised. This job marks them
 * (`anonymised_at`, published as `beneficiaries.anonymised_person`) and anonymises this subgraph's records at once;
 * each other subgraph's `anonymise-<subgraph>` job anonymises its own. What stays is what the results count: the
 * codes, days, amounts, the corner, province, sex, citizenship, protection status, the year of birth.
 */
export const applyRetentionJob: ModuleJob = {
  name: 'apply-retention',
  schedule: '40 3 * * *',
  async run(context: Context) {
    const closedBefore = addMonths(todayInItaly(), -retentionMonths());
    const [marked]: { count: number }[] = await context.dataSource.query(
      `WITH due AS (
         UPDATE beneficiaries.beneficiary SET anonymised_at = now(), version = version + 1, updated_at = now()
         WHERE case_status = 'CLOSED' AND closed_on < $1::date AND anonymised_at IS NULL
         RETURNING id)
       SELECT count(*)::int AS count FROM due`,
      [closedBefore],
    );
    return { due: marked?.count ?? 0, anonymised: await context.personalData.anonymisePending() };
  },
};
