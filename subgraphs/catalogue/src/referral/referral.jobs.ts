import { todayInItaly, type JobContext, type ModuleJob, type Notice } from '@shubh/platform';
import { AWAITING_ANSWER } from './referral-transitions.js';
import type { ReferralWorkflow } from './referral-workflow.js';

type Context = JobContext & { readonly referralWorkflow: ReferralWorkflow };

/** How far back a job looks for facts to tell people about (older ones were told, or are no longer news). */
const LOOK_BACK_DAYS = 30;

interface ReferralRow {
  id: string;
  beneficiary_id: string;
  to_organisation_id: string;
  sent_by: string;
  response_due_on: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Expires the referrals still waiting for an answer after their due day (the workflow's own rule, audited per
 * person), then tells the partner, and the tutor who sent it, about every referral expired in the look-back.
 */
export const expireOverdueReferralsJob: ModuleJob = {
  name: 'expire-overdue-referrals',
  schedule: '5 * * * *',
  async run(context: Context) {
    const expired = await context.referralWorkflow.expireOverdue(null);
    const rows: ReferralRow[] = await context.dataSource.query(
      `SELECT r.id, r.beneficiary_id, r.to_organisation_id, r.sent_by, r.response_due_on::text AS response_due_on
       FROM catalogue.referral r
       WHERE r.status = 'EXPIRED' AND r.response_due_on >= $1::date - $2::int`,
      [todayInItaly(), LOOK_BACK_DAYS],
    );
    const notices = rows.flatMap((row): Notice[] => [
      {
        kind: 'REFERRAL_EXPIRED',
        recipient: { organisationId: row.to_organisation_id },
        dedupeKey: `referral-expired:${row.id}`,
        beneficiaryId: row.beneficiary_id,
        referralId: row.id,
        dueOn: row.response_due_on,
      },
      ...(UUID.test(row.sent_by)
        ? [
            {
              kind: 'REFERRAL_EXPIRED' as const,
              recipient: { userId: row.sent_by },
              dedupeKey: `referral-expired:${row.id}`,
              beneficiaryId: row.beneficiary_id,
              referralId: row.id,
              dueOn: row.response_due_on,
            },
          ]
        : []),
    ]);
    const notified = await context.notifications.raise(context.dataSource, notices);
    return { expired, notified };
  },
};

/** Tells each partner of the referrals newly addressed to it, and of those it has not answered by their due day. */
export const referralRemindersJob: ModuleJob = {
  name: 'referral-reminders',
  schedule: '*/10 * * * *',
  async run(context: Context) {
    const today = todayInItaly();
    const rows: (ReferralRow & { status: string; overdue: boolean })[] = await context.dataSource.query(
      `SELECT r.id, r.beneficiary_id, r.to_organisation_id, r.sent_by, r.response_due_on::text AS response_due_on, r.status,
              r.response_due_on < $2::date AS overdue
       FROM catalogue.referral r
       WHERE r.status = ANY($1::text[]) AND r.sent_at >= $2::date - $3::int`,
      [AWAITING_ANSWER, today, LOOK_BACK_DAYS],
    );
    const notices = rows.flatMap((row): Notice[] => {
      const about = { beneficiaryId: row.beneficiary_id, referralId: row.id, dueOn: row.response_due_on };
      const recipient = { organisationId: row.to_organisation_id };
      return [
        ...(row.status === 'SENT'
          ? [{ kind: 'REFERRAL_RECEIVED' as const, recipient, dedupeKey: `referral-received:${row.id}`, ...about }]
          : []),
        ...(row.overdue ? [{ kind: 'REFERRAL_OVERDUE' as const, recipient, dedupeKey: `referral-overdue:${row.id}`, ...about }] : []),
      ];
    });
    return { notified: await context.notifications.raise(context.dataSource, notices) };
  },
};
