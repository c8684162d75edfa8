import { CONTRACTS } from '@shubh/platform';
import type { DataSource } from 'typeorm';
import { demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import { demoUsers } from '../../../identity/realm.js';
import type { ReferralStatus } from '../src/generated/resolvers-types.js';
import { ReferralTransitionEntity } from '../src/referral/referral-transition.entity.js';

/** The path each demo status took, after SENT. */
const PATHS: Partial<Record<ReferralStatus, ReferralStatus[]>> = {
  SENT: [],
  RECEIVED: ['RECEIVED'],
  ACCEPTED: ['RECEIVED', 'ACCEPTED'],
  COMPLETED: ['RECEIVED', 'ACCEPTED', 'COMPLETED'],
};
const OUTCOME = 'Percorso concluso: obiettivi del PAI raggiunti, attestato di frequenza rilasciato';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface SeededReferral {
  id: string;
  beneficiary_id: string;
  service_id: string;
  to_organisation_id: string;
  status: ReferralStatus;
  sent_at: Date;
  sent_by: string;
}

/**
 * The history of the plan's referrals (written by demo-data.ts just before): each one's transitions, in the
 * order the workflow allows, by the tutor who sent it and an operator of the partner; the places the accepted
 * ones took; and the enrolment a completed one created. Rows already there are left alone.
 */
export async function seedReferralWorkflowDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const referrals: SeededReferral[] = await dataSource.query(
    `SELECT id, beneficiary_id, service_id, to_organisation_id, status, sent_at, sent_by
     FROM catalogue.referral WHERE id = ANY($1::uuid[])`,
    [plan.referrals.map((referral) => referral.id)],
  );
  const users = demoUsers();
  const administrator = users.find((user) => user.roles.includes('network-admin'))!.id;
  // An organisation without a demo operator (the Agenzia answers through its partner-system client) has its answers
  // recorded as the administrator's.
  const operatorOf = (organisationId: string) =>
    users.find((user) => user.roles.includes('partner-operator') && user.org === organisationId)?.id ?? administrator;

  const transitions: Partial<ReferralTransitionEntity>[] = [];
  const completed: SeededReferral[] = [];
  for (const referral of referrals) {
    const steps = PATHS[referral.status] ?? [];
    const sentAt = new Date(referral.sent_at).getTime();
    transitions.push({
      id: demoId('referral-transition', `${referral.id}:SENT`),
      referralId: referral.id,
      fromStatus: null,
      toStatus: 'SENT',
      at: new Date(sentAt),
      byUser: referral.sent_by,
    });
    steps.forEach((to, index) => {
      transitions.push({
        id: demoId('referral-transition', `${referral.id}:${to}`),
        referralId: referral.id,
        fromStatus: index === 0 ? 'SENT' : steps[index - 1]!,
        toStatus: to,
        // Opened the next morning, accepted two days later, completed after five.
        at: new Date(sentAt + [DAY, 3 * DAY, 5 * DAY][index]!),
        byUser: operatorOf(referral.to_organisation_id),
        outcome: to === 'COMPLETED' ? OUTCOME : null,
        outcomeCode: to === 'COMPLETED' ? 'GOAL_ACHIEVED' : null,
      });
    });
    if (referral.status === 'COMPLETED') completed.push(referral);
  }
  if (transitions.length > 0) {
    await dataSource.createQueryBuilder().insert().into(ReferralTransitionEntity).values(transitions).orIgnore().execute();
  }

  // Each demo referral was sent from the action of the person's plan in force that uses its service (the plans are
  // seeded first, by the beneficiaries subgraph's demo): the plan shows the referral, the action follows it.
  await dataSource.query(
    `UPDATE catalogue.referral r SET plan_action_id = link.plan_action_id
     FROM (SELECT DISTINCT ON (p.plan_action_id) p.plan_action_id, r2.id AS referral_id
             FROM catalogue.referral r2
             JOIN ${CONTRACTS.planActionInForce} p ON p.beneficiary_id = r2.beneficiary_id AND p.service_id = r2.service_id
            WHERE r2.id = ANY($1::uuid[]) AND p.status <> 'CANCELLED'
            ORDER BY p.plan_action_id, r2.sent_at DESC) link
     WHERE r.id = link.referral_id AND r.plan_action_id IS NULL`,
    [referrals.map((referral) => referral.id)],
  );

  // Each accepted or completed demo referral holds a place of its service.
  await dataSource.query(
    `UPDATE catalogue.service s SET places_taken = GREATEST(s.places_taken, held.places)
     FROM (SELECT service_id, count(*)::int AS places FROM catalogue.referral
           WHERE id = ANY($1::uuid[]) AND status IN ('ACCEPTED', 'COMPLETED') GROUP BY service_id) held
     WHERE s.id = held.service_id AND (s.capacity IS NULL OR held.places <= s.capacity)`,
    [referrals.map((referral) => referral.id)],
  );

  // An accepted one still holds it (a cancellation or, for concurrent places, its completion gives it back).
  await dataSource.query(`UPDATE catalogue.referral SET holds_place = true WHERE id = ANY($1::uuid[]) AND status = 'ACCEPTED'`, [
    referrals.map((referral) => referral.id),
  ]);

  for (const referral of completed) {
    const sentAt = new Date(referral.sent_at).getTime();
    await dataSource.query(
      `INSERT INTO catalogue.service_enrollment
         (id, beneficiary_id, service_id, referral_id, status, started_on, ended_on, outcome, recorded_by)
       VALUES ($1, $2, $3, $4, 'COMPLETED', $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [
        demoId('enrollment', referral.id),
        referral.beneficiary_id,
        referral.service_id,
        referral.id,
        new Date(sentAt + 3 * DAY).toISOString().slice(0, 10),
        new Date(sentAt + 5 * DAY).toISOString().slice(0, 10),
        OUTCOME,
        operatorOf(referral.to_organisation_id),
      ],
    );
  }
}
