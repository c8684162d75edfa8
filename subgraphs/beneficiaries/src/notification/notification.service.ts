import {
  type Caller,
  type Connection,
  isId,
  type NotificationKind,
  notFound,
  parseId,
  readPageRequest,
  type RequestAudit,
  type ServiceScope,
  toConnection,
} from '@shubh/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { notificationPolicy, recipientsOf } from './notification.policy.js';

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  createdAt: Date;
  dueOn: string | null;
  beneficiaryId: string | null;
  referralId: string | null;
  readAt: Date | null;
  cursorAt: string;
}

/** The one sentence of each kind: what happened, never who it happened to or anything about them. */
const MESSAGES: Record<NotificationKind, string> = {
  REFERRAL_RECEIVED: 'A new referral was sent to your organisation.',
  REFERRAL_OVERDUE: 'A referral to your organisation is past the day its answer was due.',
  REFERRAL_EXPIRED: 'A referral expired without an answer.',
  FOLLOW_UP_DUE: 'A follow-up is due.',
  PERMIT_EXPIRING: 'A residence permit expires within 60 days and its renewal is not done.',
  ELIGIBILITY_WINDOW_CLOSING: "A referred person's eligibility window closes within 30 days.",
  CRITICAL_ISSUE_OPENED: 'A critical issue was recorded and is still open.',
};

export function messageOf(kind: NotificationKind): string {
  return MESSAGES[kind];
}

const COLUMNS = `n.id, n.kind, n.created_at AS "createdAt", n.due_on::text AS "dueOn", n.beneficiary_id AS "beneficiaryId",
  n.referral_id AS "referralId", r.read_at AS "readAt",
  to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`;

/** Addressed to the caller ($1 user, $2 organisation, $3 corners), with the caller's own receipt joined. */
const MINE = `FROM notification.notification n
  LEFT JOIN notification.receipt r ON r.notification_id = n.id AND r.user_id = $4
  WHERE (n.recipient_user_id = $1::uuid OR n.recipient_organisation_id = $2::uuid OR n.recipient_corner_id = ANY($3::uuid[]))`;

/** Each user's notifications: read in one statement a page, marked read or dismissed by them alone. */
export class NotificationService {
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit }: ServiceScope) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
  }

  async mine(args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }): Promise<Connection<NotificationRow>> {
    notificationPolicy.assert(this.caller, 'readOwn');
    const page = readPageRequest(args, ['instant', 'id'] as const);
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} ${MINE}
         AND r.dismissed_at IS NULL AND (NOT $5 OR r.read_at IS NULL)
         AND ($6::timestamptz IS NULL OR (n.created_at, n.id) < ($6::timestamptz, $7::uuid))
       ORDER BY n.created_at DESC, n.id DESC LIMIT $8`,
      [...this.#recipients(), args.unreadOnly === true, page.after?.[0] ?? null, page.after?.[1] ?? null, page.first + 1],
    );
    const connection = toConnection(rows, page, (row) => [row.cursorAt, row.id]);
    // Which person a notification points at is personal data too: who was told about whom is in the trail.
    for (const { node } of connection.edges) if (node.beneficiaryId) this.audit.read(node.beneficiaryId, ['notifications']);
    return connection;
  }

  async markRead(id: string): Promise<NotificationRow> {
    return this.#receipt(id, 'markNotificationRead', 'read_at');
  }

  async dismiss(id: string): Promise<boolean> {
    await this.#receipt(id, 'dismissNotification', 'dismissed_at');
    return true;
  }

  async #receipt(id: string, operation: string, column: 'read_at' | 'dismissed_at'): Promise<NotificationRow> {
    notificationPolicy.assert(this.caller, 'readOwn');
    const notificationId = parseId(id, 'id');
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const [found]: NotificationRow[] = await manager.query(`SELECT ${COLUMNS} ${MINE} AND n.id = $5`, [
        ...this.#recipients(),
        notificationId,
      ]);
      if (!found) throw notFound('Notification', notificationId, 'id');
      const [receipt]: { read_at: Date | null }[] = await manager.query(
        `INSERT INTO notification.receipt (notification_id, user_id, ${column}) VALUES ($1, $2, now())
         ON CONFLICT (notification_id, user_id) DO UPDATE SET ${column} = COALESCE(receipt.${column}, now())
         RETURNING read_at`,
        [notificationId, this.caller.userId],
      );
      await this.audit.change(manager, operation, {
        beneficiaryId: found.beneficiaryId,
        fields: ['notifications'],
        details: { notificationId, kind: found.kind },
      });
      return { ...found, readAt: receipt!.read_at };
    });
  }

  #recipients(): [string | null, string | null, string[], string] {
    const recipients = recipientsOf(this.caller);
    return [isId(recipients.userId) ? recipients.userId : null, recipients.organisationId, recipients.cornerIds, recipients.userId];
  }
}
