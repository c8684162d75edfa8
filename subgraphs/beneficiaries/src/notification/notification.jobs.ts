import {
  CONTRACTS,
  isSmtpServerUnreachable,
  type ClaimedNotification,
  type JobContext,
  type JobResult,
  type ModuleJob,
  type UserDirectory,
} from '@shubh/platform';
import type { DataSource } from 'typeorm';
import { notificationEmail } from './notification-email.js';

/** Notifications taken per statement, and at most per run (the rest wait for the next). */
const BATCH = 50;
const MAX_PER_RUN = 1000;

/** Why a notification could not be addressed: the Keycloak lookup of users is not configured, or failed. */
class UsersUnavailable extends Error {}

/**
 * Where each kind of recipient is written to, learnt when the message is sent and never stored: a user (a tutor) at
 * the address the realm holds for them; a corner's team at its members' realm addresses (the catalogue's published
 * team, `corner_team_member`); an organisation at the e-mail addresses of its contact points (`organisation_mailbox`),
 * the addresses it gave the network, rather than each of its people.
 */
class RecipientAddresses {
  readonly #users = new Map<string, string | null>();
  #usersFailed: Error | undefined;
  /** The batch's organisations' mailboxes and corners' team members, read once per batch (`prepare`). */
  readonly #mailboxes = new Map<string, string[]>();
  readonly #teams = new Map<string, string[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: UserDirectory | null,
  ) {}

  /** Reads the mailboxes and teams a batch of notifications is for: two statements, whatever its size. */
  async prepare(batch: readonly ClaimedNotification[]): Promise<void> {
    const organisations = [...new Set(batch.flatMap((n) => (n.recipientOrganisationId ? [n.recipientOrganisationId] : [])))];
    const corners = [...new Set(batch.flatMap((n) => (!n.recipientUserId && n.recipientCornerId ? [n.recipientCornerId] : [])))];
    const [mailboxes, teams] = await Promise.all([
      organisations.length === 0
        ? []
        : this.dataSource.query<{ organisation_id: string; email: string }[]>(
            `SELECT organisation_id::text, email FROM ${CONTRACTS.organisationMailbox} WHERE organisation_id = ANY($1::uuid[]) ORDER BY email`,
            [organisations],
          ),
      corners.length === 0
        ? []
        : this.dataSource.query<{ integra_corner_id: string; user_id: string }[]>(
            `SELECT DISTINCT integra_corner_id::text, user_id FROM ${CONTRACTS.cornerTeamMember}
             WHERE integra_corner_id = ANY($1::uuid[]) ORDER BY user_id`,
            [corners],
          ),
    ]);
    for (const id of organisations) this.#mailboxes.set(id, []);
    for (const id of corners) this.#teams.set(id, []);
    for (const row of mailboxes) this.#mailboxes.get(row.organisation_id)?.push(row.email);
    for (const row of teams) this.#teams.get(row.integra_corner_id)?.push(row.user_id);
  }

  /** The addresses of a notification of a prepared batch. */
  async of(notification: ClaimedNotification): Promise<string[]> {
    if (notification.recipientOrganisationId) return this.#mailboxes.get(notification.recipientOrganisationId) ?? [];
    const userIds = notification.recipientUserId
      ? [notification.recipientUserId]
      : (this.#teams.get(notification.recipientCornerId ?? '') ?? []);
    const addresses = new Set<string>();
    for (const userId of userIds) {
      const address = await this.#userEmail(userId);
      if (address) addresses.add(address);
    }
    return [...addresses];
  }

  async #userEmail(userId: string): Promise<string | null> {
    if (!this.directory) throw new UsersUnavailable("users' addresses are not read (MAIL_USER_DIRECTORY_CLIENT_SECRET is not set)");
    if (this.#usersFailed) throw this.#usersFailed;
    if (!this.#users.has(userId)) {
      try {
        this.#users.set(userId, await this.directory.emailOf(userId));
      } catch (error) {
        // Keycloak away: no more lookups this run, the user and corner notifications wait for the next.
        this.#usersFailed = new UsersUnavailable(`users' addresses could not be read: ${(error as Error).message}`);
        throw this.#usersFailed;
      }
    }
    return this.#users.get(userId) ?? null;
  }
}

/**
 * Announces notifications by e-mail when `SMTP_URL` is set: each one raised since e-mail was switched on, once (the
 * claim marks it mailed; see `NotificationMailer.claim`), to the addresses its recipient has. A send that fails is
 * given back and tried on a later run, up to `MAX_EMAIL_ATTEMPTS`, without holding up the others; an SMTP server that
 * cannot be reached ends the run (logged with its name) and every notification waits, its attempts untouched.
 */
export const emailNotificationsJob: ModuleJob = {
  name: 'email-notifications',
  schedule: '*/5 * * * *',
  async run(context: JobContext): Promise<JobResult> {
    const { mail, dataSource, logger } = context;
    if (!mail) return { sent: 0 };
    const result = { sent: 0, failed: 0, withoutAddress: 0, usersUnavailable: 0 };
    const addresses = new RecipientAddresses(dataSource, mail.users);
    const taken: string[] = [];
    for (;;) {
      const batch = await mail.claim(dataSource, BATCH, taken);
      taken.push(...batch.map((notification) => notification.id));
      await addresses.prepare(batch);
      for (const [index, notification] of batch.entries()) {
        let to: string[];
        try {
          to = await addresses.of(notification);
        } catch (error) {
          if (!(error instanceof UsersUnavailable)) throw error;
          result.usersUnavailable += 1;
          await mail.release(dataSource, notification.id, error.message, !mail.users);
          continue;
        }
        if (to.length === 0) {
          result.withoutAddress += 1;
          await mail.release(dataSource, notification.id, 'no e-mail address is known for its recipient', true);
          continue;
        }
        try {
          await mail.send({ to, ...notificationEmail(notification, mail.consoleUrl) });
          await mail.delivered(dataSource, notification.id);
          result.sent += 1;
        } catch (error) {
          const reason = smtpFailure(error);
          if (isSmtpServerUnreachable(error)) {
            const waiting = batch.slice(index);
            for (const unsent of waiting) await mail.release(dataSource, unsent.id, reason, false);
            result.failed += waiting.length;
            logger.error(
              { smtpServer: mail.server, reason, result },
              `SMTP server ${mail.server} cannot be reached: e-mail waits for the next run`,
            );
            return result;
          }
          result.failed += 1;
          await mail.release(dataSource, notification.id, reason, true);
          logger.warn({ smtpServer: mail.server, reason, notificationId: notification.id }, 'a notification e-mail was refused');
        }
      }
      if (batch.length < BATCH || taken.length >= MAX_PER_RUN) break;
    }
    if (result.withoutAddress > 0 || result.usersUnavailable > 0) {
      logger.warn(result, "some notifications were not mailed: no address known, or users' addresses not readable");
    }
    return result;
  },
};

/** What went wrong, as an operator may read it: nodemailer's code and the server's reply code, never an address. */
function smtpFailure(error: unknown): string {
  const { code, responseCode, message } = error as { code?: string; responseCode?: number; message?: string };
  return [code ?? 'ERROR', responseCode, code ? '' : message].filter(Boolean).join(' ');
}
