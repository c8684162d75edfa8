import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { smtpServerOf, type IdentityConfig, type MailConfig } from '../config.js';
import type { NotificationKind } from './notifications.js';
import { KeycloakUserDirectory, type UserDirectory } from './user-directory.js';

/** A notification taken for mailing: what the message may say (its kind and day) and whom it is for. */
export interface ClaimedNotification {
  id: string;
  kind: NotificationKind;
  recipientUserId: string | null;
  recipientOrganisationId: string | null;
  recipientCornerId: string | null;
  dueOn: string | null;
}

/** One message: plain text, and a simple HTML part. */
export interface MailMessage {
  to: readonly string[];
  subject: string;
  text: string;
  html: string;
}

/** Sends that fail this many times are given up (the notification stays in the graph, unmailed). */
export const MAX_EMAIL_ATTEMPTS = 5;

/**
 * A notification older than this is not mailed any more: e-mail off for a while and on again does not flood people
 * with what they have read in the console since (a process without `SMTP_URL` never switches e-mail off for the others).
 */
export const MAX_EMAIL_AGE_HOURS = 72;

/** Connection-level failures: the server is not there (or not answering), so nothing else can be sent this run. */
const UNREACHABLE = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EAUTH', 'ENOAUTH', 'EPROXY']);

export function isSmtpServerUnreachable(error: unknown): boolean {
  return UNREACHABLE.has(String((error as { code?: unknown }).code));
}

/**
 * The hub's e-mail: the SMTP server `SMTP_URL` names, the sender, the console's address, where users' addresses
 * come from, and the queue of notifications waiting for a message in the shared `notification` schema.
 */
export class NotificationMailer {
  /** Host and port of the SMTP server, as logs show it (never its credentials). */
  readonly server: string;
  readonly consoleUrl: string;
  /** Users' addresses (a tutor, a corner's team); null when no client may read them: those are not mailed. */
  readonly users: UserDirectory | null;
  readonly #from: string;
  readonly #transport: Transporter;

  constructor(config: MailConfig, identity: IdentityConfig) {
    this.server = smtpServerOf(config.smtpUrl);
    this.consoleUrl = config.consoleUrl;
    this.#from = config.from;
    this.users = config.userDirectory ? new KeycloakUserDirectory(identity, config.userDirectory) : null;
    // A server that does not answer is given up quickly: the job tries again on its next run.
    this.#transport = nodemailer.createTransport({
      url: config.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(message: MailMessage): Promise<void> {
    await this.#transport.sendMail({
      from: this.#from,
      to: [...message.to],
      subject: message.subject,
      text: message.text,
      html: message.html,
      // RFC 3834: machine-written, so auto-responders stay silent.
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }

  /**
   * E-mail is on from now, unless it already was: the notifications raised before it was first switched on are never
   * mailed. Called when a subgraph's scheduler starts with `SMTP_URL` set.
   */
  static async switchOn(dataSource: DataSource): Promise<void> {
    await dataSource.query(
      `INSERT INTO notification.email_delivery (started_at) VALUES (now())
       ON CONFLICT (singleton) DO UPDATE SET started_at = COALESCE(email_delivery.started_at, now())`,
    );
  }

  /**
   * Takes up to `limit` notifications raised since e-mail was switched on, in the last `MAX_EMAIL_AGE_HOURS`, and not
   * mailed yet, and marks them mailed
   * in the same statement: two replicas (or two runs) never take the same one (`SKIP LOCKED`), so each is mailed at
   * most once. A send that fails gives it back (`release`); a process that dies between the claim and the send loses
   * that one message, never sends it twice (the notification itself stays in the graph). `exclude`: those this run
   * already took and gave back.
   */
  async claim(dataSource: DataSource, limit: number, exclude: readonly string[] = []): Promise<ClaimedNotification[]> {
    // Wrapped in a SELECT: TypeORM answers a bare UPDATE ... RETURNING with [rows, count].
    return dataSource.query(
      `WITH claimed AS (UPDATE notification.notification n SET emailed_at = now()
       WHERE n.id IN (
         SELECT q.id FROM notification.notification q
         WHERE q.emailed_at IS NULL AND q.email_attempts < $2
           AND q.created_at >= (SELECT started_at FROM notification.email_delivery)
           AND q.created_at > now() - make_interval(hours => $4)
           AND NOT (q.id = ANY($3::uuid[]))
         ORDER BY q.email_attempts, q.created_at, q.id
         LIMIT $1
         FOR UPDATE SKIP LOCKED)
       RETURNING n.id, n.kind, n.recipient_user_id AS "recipientUserId", n.recipient_organisation_id AS "recipientOrganisationId",
         n.recipient_corner_id AS "recipientCornerId", n.due_on::text AS "dueOn")
       SELECT * FROM claimed`,
      [limit, MAX_EMAIL_ATTEMPTS, exclude, MAX_EMAIL_AGE_HOURS],
    );
  }

  /** Gives a claimed notification back, unmailed, with the reason; `counted`: one attempt fewer left. */
  async release(dataSource: DataSource, id: string, reason: string, counted: boolean): Promise<void> {
    await dataSource.query(
      `UPDATE notification.notification
       SET emailed_at = NULL, email_error = $2, email_attempts = email_attempts + CASE WHEN $3 THEN 1 ELSE 0 END
       WHERE id = $1`,
      [id, reason.slice(0, 500), counted],
    );
  }

  /** Records that a claimed notification was handed to the SMTP server. */
  async delivered(dataSource: DataSource, id: string): Promise<void> {
    await dataSource.query('UPDATE notification.notification SET email_error = NULL WHERE id = $1 AND email_error IS NOT NULL', [id]);
  }

  close(): void {
    this.#transport.close();
  }
}
