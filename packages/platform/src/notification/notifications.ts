import type { DataSource, EntityManager } from 'typeorm';

/**
 * What someone must be told. Kinds name a fact, never its content: a notification carries ids and a day, and the
 * reader opens the record through the graph, where its own access rules apply. No special-category data (health,
 * vulnerability, religion...) ever goes into one, nor into the e-mail that may announce it.
 */
export const NOTIFICATION_KINDS = [
  'REFERRAL_RECEIVED',
  'REFERRAL_OVERDUE',
  'REFERRAL_EXPIRED',
  'FOLLOW_UP_DUE',
  'PERMIT_EXPIRING',
  'ELIGIBILITY_WINDOW_CLOSING',
  'CRITICAL_ISSUE_OPENED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Who a notification is for: a user (a tutor), an organisation's people (a partner), a corner's team. */
export type NoticeRecipient = { userId: string } | { organisationId: string } | { cornerId: string };

/** One notification to raise. */
export interface Notice {
  kind: NotificationKind;
  recipient: NoticeRecipient;
  /** The fact it is about, unique per recipient: raising it again raises nothing. */
  dedupeKey: string;
  beneficiaryId?: string | null;
  referralId?: string | null;
  dueOn?: string | null;
}

/**
 * Raises notifications from a subgraph's jobs into the shared `notification` schema. One INSERT whatever their
 * number; a notice already raised for its recipient (same `dedupeKey`) is skipped, so a job run twice, or by two
 * replicas at once, notifies once. Returns how many were new.
 */
export class Notifications {
  constructor(private readonly subgraph: string) {}

  async raise(db: DataSource | EntityManager, notices: readonly Notice[]): Promise<number> {
    if (notices.length === 0) return 0;
    const column = <T>(pick: (notice: Notice) => T) => notices.map(pick);
    const rows: unknown[] = await db.query(
      `INSERT INTO notification.notification
         (kind, recipient_user_id, recipient_organisation_id, recipient_corner_id, dedupe_key, beneficiary_id, referral_id, due_on,
          subgraph)
       SELECT kind, user_id, organisation_id, corner_id, dedupe_key, beneficiary_id, referral_id, due_on, $9
       FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::uuid[], $7::uuid[], $8::date[])
         AS n (kind, user_id, organisation_id, corner_id, dedupe_key, beneficiary_id, referral_id, due_on)
       ON CONFLICT ON CONSTRAINT notification_once DO NOTHING
       RETURNING id`,
      [
        column((notice) => notice.kind),
        column((notice) => ('userId' in notice.recipient ? notice.recipient.userId : null)),
        column((notice) => ('organisationId' in notice.recipient ? notice.recipient.organisationId : null)),
        column((notice) => ('cornerId' in notice.recipient ? notice.recipient.cornerId : null)),
        column((notice) => notice.dedupeKey),
        column((notice) => notice.beneficiaryId ?? null),
        column((notice) => notice.referralId ?? null),
        column((notice) => notice.dueOn ?? null),
        this.subgraph,
      ],
    );
    return rows.length;
  }
}
