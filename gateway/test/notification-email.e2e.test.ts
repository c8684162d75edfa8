/**
 * Notification e-mail: notifications raised by the hub's real jobs, announced by the `email-notifications` job to a
 * real SMTP server in this process (nodemailer's `smtp-server`; Mailpit plays this part under docker compose). Each
 * is mailed once, to the address its recipient has (an organisation's contact points, a user's and a corner team's
 * addresses in the realm), naming the kind of fact and its day, never the person; an SMTP server that is down holds
 * the mail back until it is up again.
 */
import { addDays, addMonths, NOTIFICATION_MAIL_CLIENT, NotificationMailer, todayInItaly, type MailConfig } from '@shubh/platform';
import { testDatabaseUrl } from '@shubh/platform/testing';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startHub, type RunningHub } from '../../hub/hub.js';
import { loadRealm } from '../../identity/realm.js';
import { TestIdentity } from '../../test/support/test-identity.js';
import { createBeneficiary, createCaseFacts } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createReferral } from '../../subgraphs/catalogue/test/referral-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';

interface ReceivedMail {
  from: string;
  to: string[];
  /** Headers unfolded, body with quoted-printable soft breaks and escapes decoded. */
  subject: string;
  text: string;
}

/** A real SMTP server: what the hub hands it, as it arrived. */
class MailCatcher {
  readonly received: ReceivedMail[] = [];
  #server: SMTPServer | undefined;
  port = 0;

  async start(port = 0): Promise<void> {
    this.#server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const headers = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
          this.received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: /^Subject: (.*)$/m.exec(headers)?.[1] ?? '',
            text: raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.#server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.#server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }
}

const CONSOLE_URL = 'https://console.shubh.example';
let hub: RunningHub;
let identity: TestIdentity;
const smtp = new MailCatcher();

beforeAll(async () => {
  identity = await TestIdentity.start();
  await smtp.start();
  const mail: MailConfig = {
    smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
    from: 'SHUBH <noreply@shubh.example>',
    consoleUrl: CONSOLE_URL,
    userDirectory: { clientId: NOTIFICATION_MAIL_CLIENT, clientSecret: loadRealm().client(NOTIFICATION_MAIL_CLIENT)!.secret! },
  };
  hub = await startHub({
    databaseUrl: testDatabaseUrl(),
    host: '127.0.0.1',
    ports: 'ephemeral',
    logLevel: 'silent',
    identity: identity.config,
    // The scheduler on, every cron schedule off: the test runs each job when it means to.
    jobs: {
      enabled: true,
      pollingIntervalSeconds: 1,
      schedules: {
        'expire-overdue-referrals': 'off',
        'referral-reminders': 'off',
        'case-reminders': 'off',
        'email-notifications': 'off',
      },
    },
    mail,
  });
});
afterAll(async () => {
  await hub?.stop();
  await identity?.stop();
  await smtp.stop();
});

const day = (offset: number) => addDays(todayInItaly(), offset);
const jobsOf = (name: string) => hub.subgraphs.find((subgraph) => subgraph.name === name)!.jobs;
const deliver = () => jobsOf('beneficiaries').run('email-notifications');
const uniqueAddress = (name: string) => `${name}.${crypto.randomUUID().slice(0, 8)}@partner.example`;

/** A partner with a contact mailbox, a person referred to one of its services by a tutor. */
async function referralSetting() {
  const catalogue = hub.dataSources.catalogue!;
  const mailbox = uniqueAddress('referrals');
  const corner = await createIntegraCorner(catalogue, { province: 'TO' });
  const partner = await createOrganisation(catalogue, {
    type: 'TRAINING_PROVIDER',
    provinces: ['TO'],
    contactPoints: [
      { name: 'Sportello tirocini', role: 'Referente tirocini', email: mailbox, phone: null },
      { name: 'Mario Bianchi', role: 'Direttore', email: null, phone: '+39 011 1234567' },
    ],
  });
  const person = await createBeneficiary(hub.dataSources.beneficiaries!, { integraCornerId: corner.id });
  const referral = await createReferral(catalogue, {
    beneficiaryId: person.id,
    serviceId: (await createService(catalogue, { providerId: partner.id, provinces: ['TO'] })).id,
    fromCornerId: corner.id,
    status: 'SENT',
    sentBy: crypto.randomUUID(),
    responseDueOn: day(5),
  });
  return { catalogue, mailbox, partner, person, referral };
}

async function emailStateOf(referralId: string) {
  const rows: { emailed_at: Date | null; email_attempts: number; email_error: string | null }[] =
    await hub.dataSources.beneficiaries!.query(
      `SELECT emailed_at, email_attempts, email_error FROM notification.notification WHERE referral_id = $1 AND kind = 'REFERRAL_RECEIVED'`,
      [referralId],
    );
  return rows;
}

describe('notification e-mail', () => {
  it("mails an organisation's new referral once, to its contact mailbox, naming the fact and its day, never the person", async () => {
    const s = await referralSetting();
    await jobsOf('catalogue').run('referral-reminders');

    const first = await deliver();
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const mails = smtp.to(s.mailbox);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.from).toBe('noreply@shubh.example');
    expect(mail!.to).toEqual([s.mailbox]);
    expect(mail!.subject).toMatch(/^SHUBH: a new referral for your organisation \(answer due \d{1,2} \w+ \d{4}\)$/);
    expect(mail!.text).toContain('A new referral was sent to your organisation.');
    expect(mail!.text).toContain(CONSOLE_URL);
    expect(mail!.text).toContain('Auto-Submitted: auto-generated');
    // Nothing of the person, nor of the record: no name, no id of the person or the referral.
    for (const secret of [s.person.givenName, s.person.familyName, s.person.id, s.referral.id]) expect(mail!.text).not.toContain(secret);
    expect((await emailStateOf(s.referral.id))[0]).toMatchObject({ emailed_at: expect.any(Date), email_attempts: 0, email_error: null });

    // Run again: nothing more for this mailbox.
    await jobsOf('catalogue').run('referral-reminders');
    await deliver();
    expect(smtp.to(s.mailbox)).toHaveLength(1);
  });

  it("mails a tutor's and a corner team's reminders to their addresses in the realm, never a name or a record's text", async () => {
    const beneficiaries = hub.dataSources.beneficiaries!;
    const coordinatorId = crypto.randomUUID();
    const corner = await createIntegraCorner(hub.dataSources.catalogue!, {
      province: 'TO',
      team: [{ name: 'Laura Conti', role: 'COORDINATOR', userId: coordinatorId }],
    });
    const tutor = identity.addPerson({ userId: crypto.randomUUID(), roles: ['tutor'], cornerIds: [corner.id] });
    const coordinator = identity.addPerson({ userId: coordinatorId, roles: ['corner-coordinator'], cornerIds: [corner.id] });
    const person = await createBeneficiary(beneficiaries, {
      integraCornerId: corner.id,
      tutorUserId: tutor.id,
      caseStatus: 'PLAN_AGREED',
      receptionExitDate: day(-200),
      enrolledOn: day(-150),
    });
    await createCaseFacts(beneficiaries, person.id, { plan: 'agreed' });
    // The plan was made long enough ago that its first follow-up is past due.
    await beneficiaries.query('UPDATE beneficiaries.action_plan SET created_on = $2 WHERE beneficiary_id = $1', [person.id, day(-40)]);
    const [followUp] = await beneficiaries.query(
      `INSERT INTO beneficiaries.follow_up (beneficiary_id, plan_id, plan_version, held_on, recorded_at, recorded_by)
       SELECT $1, id, 1, $2, now(), 'test' FROM beneficiaries.action_plan WHERE beneficiary_id = $1 RETURNING id`,
      [person.id, day(-3)],
    );
    await beneficiaries.query(
      `INSERT INTO beneficiaries.critical_issue (follow_up_id, beneficiary_id, severity, description, raised_on)
       VALUES ($1, $2, 'HIGH', 'Depressive episode, seeing a psychologist', $3)`,
      [followUp.id, person.id, day(-3)],
    );
    // Referred, no tutor yet, 18 months since reception end in 20 days: the corner's team is told.
    const referred = await createBeneficiary(beneficiaries, {
      integraCornerId: corner.id,
      caseStatus: 'REFERRED',
      enrolledOn: null,
      receptionExitDate: addMonths(day(20), -18),
    });
    await jobsOf('beneficiaries').run('case-reminders');
    await deliver();

    const tutorMails = smtp.to(tutor.email!);
    expect(tutorMails.map((mail) => mail.subject.replace(/ \(.*\)$/, '')).sort()).toEqual([
      'SHUBH: a critical issue is open',
      'SHUBH: a follow-up is due',
    ]);
    const cornerMails = smtp.to(coordinator.email!);
    expect(cornerMails.map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^SHUBH: an eligibility window is closing \(window closes \d{1,2} \w+ \d{4}\)$/),
    ]);
    const everything = JSON.stringify([...tutorMails, ...cornerMails]);
    for (const secret of [person.givenName, person.familyName, person.id, referred.givenName, referred.familyName, referred.id]) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toMatch(/psycholog|depressive|Laura Conti/i);

    await jobsOf('beneficiaries').run('case-reminders');
    await deliver();
    expect(smtp.to(tutor.email!)).toHaveLength(2);
    expect(smtp.to(coordinator.email!)).toHaveLength(1);
  });

  it('holds the mail back while the SMTP server is down, and sends it once it is back', async () => {
    const s = await referralSetting();
    await jobsOf('catalogue').run('referral-reminders');
    const port = smtp.port;
    await smtp.stop();
    try {
      const down = await deliver();
      expect(down.failed).toBeGreaterThanOrEqual(1);
      expect((await emailStateOf(s.referral.id))[0]).toMatchObject({ emailed_at: null, email_attempts: 0 });
      expect((await emailStateOf(s.referral.id))[0]!.email_error).toMatch(/ECONNECTION|ESOCKET|ETIMEDOUT/);
    } finally {
      await smtp.start(port);
    }
    const back = await deliver();
    expect(back.sent).toBeGreaterThanOrEqual(1);
    expect(smtp.to(s.mailbox)).toHaveLength(1);
    expect((await emailStateOf(s.referral.id))[0]).toMatchObject({ emailed_at: expect.any(Date), email_error: null });
    await deliver();
    expect(smtp.to(s.mailbox)).toHaveLength(1);
  });

  it('never mails a notification raised before e-mail was switched on', async () => {
    const s = await referralSetting();
    await jobsOf('catalogue').run('referral-reminders');
    // As if raised yesterday, while the hub had no SMTP server.
    await hub.dataSources.beneficiaries!.query(
      `UPDATE notification.notification SET created_at = (SELECT started_at FROM notification.email_delivery) - interval '1 day'
       WHERE referral_id = $1`,
      [s.referral.id],
    );
    await deliver();
    expect(smtp.to(s.mailbox)).toEqual([]);
    expect((await emailStateOf(s.referral.id))[0]).toMatchObject({ emailed_at: null, email_attempts: 0 });
  });

  it('gives two replicas claiming at once disjoint notifications', async () => {
    const first = await referralSetting();
    const second = await referralSetting();
    await jobsOf('catalogue').run('referral-reminders');
    const beneficiaries = hub.dataSources.beneficiaries!;
    const mailer = new NotificationMailer(
      { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'noreply@shubh.example', consoleUrl: CONSOLE_URL },
      identity.config,
    );
    try {
      const [a, b] = await Promise.all([mailer.claim(beneficiaries, 1), mailer.claim(beneficiaries, 1)]);
      const ids = [...a, ...b].map((notification) => notification.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) await mailer.release(beneficiaries, id, 'test', false);
    } finally {
      mailer.close();
    }
    await deliver();
    expect(smtp.to(first.mailbox)).toHaveLength(1);
    expect(smtp.to(second.mailbox)).toHaveLength(1);
  });
});
