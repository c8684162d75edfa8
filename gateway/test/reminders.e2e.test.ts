/**
 * Reminders and automatic expiry through the hub's job scheduler (pg-boss on the hub's PostgreSQL): an overdue
 * referral expired by the scheduler and its partner told; the case team told of what needs them; each user reading,
 * marking and dismissing their own notifications through the gateway; a job run twice notifying once; and the
 * notifications announced by e-mail to a real SMTP server, once, naming the fact and its day, never the person.
 * One file, one hub with a scheduler: the subgraphs' queues are the database's, so a second hub's workers would take
 * (and run with their own configuration) the jobs this file queues.
 */
import {
  addDays,
  addMonths,
  NOTIFICATION_MAIL_CLIENT,
  NotificationMailer,
  SCHEDULER_USER_ID,
  todayInItaly,
  type MailConfig,
} from '@shubh/platform';
import { graphqlRequest, testDatabaseUrl } from '@shubh/platform/testing';
import { startHub, type RunningHub } from '../../hub/hub.js';
import { loadRealm } from '../../identity/realm.js';
import { MailCatcher } from '../../test/support/mail-catcher.js';
import { TestIdentity } from '../../test/support/test-identity.js';
import { createBeneficiary, createCaseFacts } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createReferral } from '../../subgraphs/catalogue/test/referral-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';

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
    // The scheduler on, every cron schedule off: the test runs each job through the queue when it means to.
    jobs: {
      enabled: true,
      pollingIntervalSeconds: 1,
      schedules: Object.fromEntries(
        [
          'expire-overdue-referrals',
          'referral-reminders',
          'case-reminders',
          'email-notifications',
          'apply-retention',
          'refresh-national-results',
          ...['beneficiaries', 'catalogue', 'labour', 'housing'].map((subgraph) => `anonymise-${subgraph}`),
        ].map((name) => [name, 'off']),
      ),
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
const call = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` });
async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await call(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}
const jobsOf = (name: string) => hub.subgraphs.find((subgraph) => subgraph.name === name)!.jobs;

const MY_NOTIFICATIONS = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    edges { node { id kind message dueOn beneficiaryId referralId readAt createdAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;
interface NotificationNode {
  id: string;
  kind: string;
  message: string;
  dueOn: string | null;
  beneficiaryId: string | null;
  referralId: string | null;
  readAt: string | null;
}
async function notificationsOf(token: string, unreadOnly = false): Promise<NotificationNode[]> {
  const data = await ok(token, MY_NOTIFICATIONS, { first: 100, unreadOnly });
  return data.myNotifications.edges.map((edge: { node: NotificationNode }) => edge.node);
}

async function referralSetting() {
  const catalogue = hub.dataSources.catalogue!;
  const corner = await createIntegraCorner(catalogue, { province: 'TO' });
  const partner = await createOrganisation(catalogue, { type: 'TRAINING_PROVIDER', provinces: ['TO'] });
  const person = await createBeneficiary(hub.dataSources.beneficiaries!, { integraCornerId: corner.id });
  const tutorId = crypto.randomUUID();
  const tutor = await identity.tokenFor({ userId: tutorId, roles: ['tutor'], cornerIds: [corner.id] });
  const operator = await identity.tokenFor({ roles: ['partner-operator'], organisationId: partner.id });
  const colleague = await identity.tokenFor({ roles: ['partner-operator'], organisationId: partner.id });
  const elsewhere = await identity.tokenFor({
    roles: ['partner-operator'],
    organisationId: (await createOrganisation(catalogue, { provinces: ['TO'] })).id,
  });
  return { catalogue, corner, partner, person, tutorId, tutor, operator, colleague, elsewhere };
}

describe('the scheduler expires overdue referrals and tells the partner', () => {
  it('expires a referral past its due day, notifies its partner and the tutor who sent it, once', async () => {
    const s = await referralSetting();
    const overdue = await createReferral(s.catalogue, {
      beneficiaryId: s.person.id,
      serviceId: (await createService(s.catalogue, { providerId: s.partner.id, provinces: ['TO'] })).id,
      fromCornerId: s.corner.id,
      status: 'RECEIVED',
      sentBy: s.tutorId,
      responseDueOn: day(-2),
    });
    const onTime = await createReferral(s.catalogue, {
      beneficiaryId: s.person.id,
      serviceId: (await createService(s.catalogue, { providerId: s.partner.id, provinces: ['TO'] })).id,
      fromCornerId: s.corner.id,
      status: 'RECEIVED',
      sentBy: s.tutorId,
      responseDueOn: day(3),
    });

    const first = await jobsOf('catalogue').run('expire-overdue-referrals');
    expect(first.expired).toBeGreaterThanOrEqual(1);

    const referrals = (
      await ok(s.operator, `{ referrals(first: 10) { edges { node { id status history { to by } } } } }`)
    ).referrals.edges.map((edge: { node: { id: string; status: string; history: { to: string; by: string }[] } }) => edge.node);
    const expired = referrals.find((referral: { id: string }) => referral.id === overdue.id);
    expect(expired.status).toBe('EXPIRED');
    expect(expired.history.at(-1)).toEqual({ to: 'EXPIRED', by: SCHEDULER_USER_ID });
    expect(referrals.find((referral: { id: string }) => referral.id === onTime.id).status).toBe('RECEIVED');

    const partnerSees = await notificationsOf(s.operator);
    expect(partnerSees).toEqual([
      expect.objectContaining({
        kind: 'REFERRAL_EXPIRED',
        referralId: overdue.id,
        beneficiaryId: s.person.id,
        dueOn: day(-2),
        readAt: null,
        message: 'A referral expired without an answer.',
      }),
    ]);
    expect((await notificationsOf(s.tutor)).map((n) => [n.kind, n.referralId])).toEqual([['REFERRAL_EXPIRED', overdue.id]]);
    // Another organisation's operator is told nothing.
    expect(await notificationsOf(s.elsewhere)).toEqual([]);

    // Run again: nothing more to expire for this partner, nobody told twice.
    await jobsOf('catalogue').run('expire-overdue-referrals');
    expect(await notificationsOf(s.operator)).toHaveLength(1);
    expect(await notificationsOf(s.tutor)).toHaveLength(1);

    // The expiry is in the person's audit trail, by the scheduler.
    const [entry] = await hub.dataSources.catalogue!.query(
      `SELECT actor_username, actor_roles FROM audit.entry WHERE operation = 'expireOverdueReferrals' AND details->>'referralId' = $1`,
      [overdue.id],
    );
    expect(entry).toEqual({ actor_username: 'shubh-scheduler', actor_roles: ['network-admin'] });
  });

  it('tells a partner of a new referral and of one past its due day; each operator reads and dismisses their own', async () => {
    const s = await referralSetting();
    const fresh = await createReferral(s.catalogue, {
      beneficiaryId: s.person.id,
      serviceId: (await createService(s.catalogue, { providerId: s.partner.id, provinces: ['TO'] })).id,
      fromCornerId: s.corner.id,
      status: 'SENT',
      sentBy: s.tutorId,
      responseDueOn: day(5),
    });
    const late = await createReferral(s.catalogue, {
      beneficiaryId: s.person.id,
      serviceId: (await createService(s.catalogue, { providerId: s.partner.id, provinces: ['TO'] })).id,
      fromCornerId: s.corner.id,
      status: 'RECEIVED',
      sentBy: s.tutorId,
      responseDueOn: day(-1),
    });
    await jobsOf('catalogue').run('referral-reminders');
    await jobsOf('catalogue').run('referral-reminders');
    const seen = await notificationsOf(s.operator);
    expect(seen.map((n) => [n.kind, n.referralId]).sort()).toEqual(
      [
        ['REFERRAL_OVERDUE', late.id],
        ['REFERRAL_RECEIVED', fresh.id],
      ].sort(),
    );

    const received = seen.find((n) => n.kind === 'REFERRAL_RECEIVED')!;
    const marked = await ok(s.operator, `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`, { id: received.id });
    expect(marked.markNotificationRead.readAt).toEqual(expect.any(String));
    expect((await notificationsOf(s.operator, true)).map((n) => n.kind)).toEqual(['REFERRAL_OVERDUE']);
    // Read by one operator, still unread for their colleague.
    expect(await notificationsOf(s.colleague, true)).toHaveLength(2);

    const overdueNotice = seen.find((n) => n.kind === 'REFERRAL_OVERDUE')!;
    expect(await ok(s.operator, `mutation($id: ID!) { dismissNotification(id: $id) }`, { id: overdueNotice.id })).toEqual({
      dismissNotification: true,
    });
    expect((await notificationsOf(s.operator)).map((n) => n.kind)).toEqual(['REFERRAL_RECEIVED']);
    expect(await notificationsOf(s.colleague)).toHaveLength(2);

    // Someone else's notification is not found, and nothing of it is marked.
    const { body } = await call(s.elsewhere, `mutation($id: ID!) { dismissNotification(id: $id) }`, { id: received.id });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const { body: badCursor } = await call(s.operator, MY_NOTIFICATIONS, { after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('pages notifications newest first with cursors', async () => {
    const s = await referralSetting();
    for (let index = 0; index < 3; index += 1) {
      await createReferral(s.catalogue, {
        beneficiaryId: s.person.id,
        serviceId: (await createService(s.catalogue, { providerId: s.partner.id, provinces: ['TO'] })).id,
        fromCornerId: s.corner.id,
        status: 'SENT',
        sentBy: s.tutorId,
        responseDueOn: day(5),
      });
    }
    await jobsOf('catalogue').run('referral-reminders');
    const all = await notificationsOf(s.operator);
    expect(all).toHaveLength(3);
    const first = (await ok(s.operator, MY_NOTIFICATIONS, { first: 2 })).myNotifications;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok(s.operator, MY_NOTIFICATIONS, { first: 2, after: first.pageInfo.endCursor })).myNotifications;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((edge: { node: NotificationNode }) => edge.node.id)).toEqual(all.map((n) => n.id));
  });
});

/**
 * Two cases of a corner that need their team: one of the tutor `tutorUserId` with its first follow-up past due and a
 * critical issue open (its description special-category text that no notice may carry); one referred, with no tutor
 * yet, whose 18 months since reception end close in 20 days (its corner's team is told).
 */
async function casesNeedingTheTeam(cornerId: string, tutorUserId: string) {
  const beneficiaries = hub.dataSources.beneficiaries!;
  const person = await createBeneficiary(beneficiaries, {
    integraCornerId: cornerId,
    tutorUserId,
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
  const referred = await createBeneficiary(beneficiaries, {
    integraCornerId: cornerId,
    caseStatus: 'REFERRED',
    enrolledOn: null,
    receptionExitDate: addMonths(day(20), -18),
  });
  return { person, referred };
}

describe('the case team is told what needs them', () => {
  it('a follow-up due, a permit expiring, a critical issue to the tutor; a window closing to the corner; never a name or a description', async () => {
    const beneficiaries = hub.dataSources.beneficiaries!;
    const corner = await createIntegraCorner(hub.dataSources.catalogue!, { province: 'TO' });
    const tutorId = crypto.randomUUID();
    const tutor = await identity.tokenFor({ userId: tutorId, roles: ['tutor'], cornerIds: [corner.id] });
    const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [corner.id] });
    const otherTutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [crypto.randomUUID()] });
    const { person, referred } = await casesNeedingTheTeam(corner.id, tutorId);
    await ok(
      tutor,
      `mutation($id: ID!, $input: RecordAdministrativeProcedureInput!) { recordAdministrativeProcedure(beneficiaryId: $id, input: $input) { id } }`,
      { id: person.id, input: { kind: 'PERMIT_RENEWAL', status: 'IN_PROGRESS', permitExpiresOn: day(40) } },
    );

    const run = await jobsOf('beneficiaries').run('case-reminders');
    expect(run.notified).toBeGreaterThanOrEqual(4);
    const tutorSees = await notificationsOf(tutor);
    expect(tutorSees.map((n) => [n.kind, n.beneficiaryId]).sort()).toEqual(
      [
        ['CRITICAL_ISSUE_OPENED', person.id],
        ['FOLLOW_UP_DUE', person.id],
        ['PERMIT_EXPIRING', person.id],
        ['ELIGIBILITY_WINDOW_CLOSING', referred.id],
      ].sort(),
    );
    expect(tutorSees.find((n) => n.kind === 'PERMIT_EXPIRING')?.dueOn).toBe(day(40));
    expect(tutorSees.find((n) => n.kind === 'ELIGIBILITY_WINDOW_CLOSING')?.dueOn).toBe(addMonths(referred.receptionExitDate, 18));
    // The corner's coordinator sees the corner's (the referred person has no tutor), not the tutor's own.
    expect((await notificationsOf(coordinator)).map((n) => [n.kind, n.beneficiaryId])).toEqual([
      ['ELIGIBILITY_WINDOW_CLOSING', referred.id],
    ]);
    expect(await notificationsOf(otherTutor)).toEqual([]);
    // Nothing of the person travels in a notification: no name, no description of the issue.
    const text = JSON.stringify(tutorSees);
    expect(text).not.toContain(person.givenName);
    expect(text).not.toContain('psycholog');

    // Run again: the same facts, nobody told twice.
    await jobsOf('beneficiaries').run('case-reminders');
    expect(await notificationsOf(tutor)).toHaveLength(4);
    // Who was told about whom is in the person's audit trail, as a read.
    const reads = await beneficiaries.query(
      `SELECT count(*)::int AS n FROM audit.entry WHERE beneficiary_id = $1 AND operation = 'READ' AND 'notifications' = ANY(fields)`,
      [person.id],
    );
    expect(reads[0].n).toBeGreaterThanOrEqual(1);
  });
});

const deliver = () => jobsOf('beneficiaries').run('email-notifications');
const uniqueAddress = (name: string) => `${name}.${crypto.randomUUID().slice(0, 8)}@partner.example`;

/** A partner with a contact mailbox, a person referred to one of its services by a tutor. */
async function mailboxSetting() {
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

describe('notification e-mail (SMTP_URL set)', () => {
  it("mails an organisation's new referral once, to its contact mailbox, naming the fact and its day, never the person", async () => {
    const s = await mailboxSetting();
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
    const coordinatorId = crypto.randomUUID();
    const corner = await createIntegraCorner(hub.dataSources.catalogue!, {
      province: 'TO',
      team: [{ name: 'Laura Conti', role: 'COORDINATOR', userId: coordinatorId }],
    });
    const tutor = identity.addPerson({ userId: crypto.randomUUID(), roles: ['tutor'], cornerIds: [corner.id] });
    const coordinator = identity.addPerson({ userId: coordinatorId, roles: ['corner-coordinator'], cornerIds: [corner.id] });
    const { person, referred } = await casesNeedingTheTeam(corner.id, tutor.id);
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
    const s = await mailboxSetting();
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
    const s = await mailboxSetting();
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
    const first = await mailboxSetting();
    const second = await mailboxSetting();
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
