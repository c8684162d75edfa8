import { addDays, todayInItaly, type JobContext, type ModuleJob, type Notice } from '@shubh/platform';
import { ELIGIBILITY_WINDOW_MONTHS } from '../eligibility/eligibility.js';

/** How far ahead a permit's expiry and an eligibility window's end are announced. */
export const PERMIT_NOTICE_DAYS = 60;
export const ELIGIBILITY_WINDOW_NOTICE_DAYS = 30;

interface Row {
  kind: Notice['kind'];
  beneficiary_id: string;
  tutor_user_id: string | null;
  integra_corner_id: string;
  fact: string;
  due_on: string | null;
}

/**
 * Tells the case team what needs them: a follow-up due, a permit expiring within 60 days, an eligibility window
 * closing within 30 days, a critical issue opened. To the person's tutor, or to the corner's team while the case has
 * none. One statement reads every fact; each notice names its fact, so a fact is told once however often this runs.
 */
export const caseRemindersJob: ModuleJob = {
  name: 'case-reminders',
  schedule: '*/15 * * * *',
  async run(context: JobContext) {
    const today = todayInItaly();
    const rows: Row[] = await context.dataSource.query(
      `WITH open_case AS (
         SELECT id, tutor_user_id, integra_corner_id, reception_exit_date, case_status
         FROM beneficiaries.beneficiary WHERE case_status <> 'CLOSED'
       )
       SELECT 'FOLLOW_UP_DUE' AS kind, b.id AS beneficiary_id, b.tutor_user_id, b.integra_corner_id,
              p.next_follow_up_due::text AS fact, p.next_follow_up_due::text AS due_on
       FROM beneficiaries.action_plan p JOIN open_case b ON b.id = p.beneficiary_id
       WHERE p.next_follow_up_due <= $1::date
       UNION ALL
       SELECT 'PERMIT_EXPIRING', b.id, b.tutor_user_id, b.integra_corner_id,
              a.id::text || ':' || a.permit_expires_on::text, a.permit_expires_on::text
       FROM beneficiaries.administrative_procedure a JOIN open_case b ON b.id = a.beneficiary_id
       WHERE a.kind = 'PERMIT_RENEWAL' AND a.status <> 'DONE' AND a.permit_expires_on <= $2::date
       UNION ALL
       SELECT 'ELIGIBILITY_WINDOW_CLOSING', b.id, b.tutor_user_id, b.integra_corner_id, w.closes_on::text, w.closes_on::text
       FROM open_case b CROSS JOIN LATERAL (
         SELECT (b.reception_exit_date + make_interval(months => $4::int))::date AS closes_on) w
       WHERE b.case_status = 'REFERRED' AND w.closes_on > $1::date AND w.closes_on <= $3::date
       UNION ALL
       SELECT 'CRITICAL_ISSUE_OPENED', b.id, b.tutor_user_id, b.integra_corner_id, i.id::text, i.raised_on::text
       FROM beneficiaries.critical_issue i JOIN open_case b ON b.id = i.beneficiary_id
       WHERE i.resolved_at IS NULL`,
      [today, addDays(today, PERMIT_NOTICE_DAYS), addDays(today, ELIGIBILITY_WINDOW_NOTICE_DAYS), ELIGIBILITY_WINDOW_MONTHS],
    );
    const notices = rows.map((row): Notice => ({
      kind: row.kind,
      recipient: row.tutor_user_id ? { userId: row.tutor_user_id } : { cornerId: row.integra_corner_id },
      dedupeKey: `${row.kind.toLowerCase().replace(/_/g, '-')}:${row.beneficiary_id}:${row.fact}`,
      beneficiaryId: row.beneficiary_id,
      dueOn: row.due_on,
    }));
    return { notified: await context.notifications.raise(context.dataSource, notices) };
  },
};
