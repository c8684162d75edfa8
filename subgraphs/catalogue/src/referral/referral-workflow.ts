import {
  type idempotencyServices,
  badUserInput,
  type Caller,
  caseClosed,
  conflict,
  type ContextWith,
  CONTRACTS,
  DUE_DAY,
  forbidden,
  NOTE_TEXT,
  notFound,
  parseId,
  readDate,
  readOptionalText,
  readText,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
  unlessUnique,
} from '@shubh/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { caseAccessServices } from '../case-access/case-access.module.js';
import type { enrollmentServices } from '../enrollment/enrollment.module.js';
import type { EnrollmentService } from '../enrollment/enrollment.service.js';
import type { ReferralOutcomeCode, ReferralRejectionCode, ReferralStatus, SendReferralInput } from '../generated/resolvers-types.js';
import type { integraCornerServices } from '../integra-corner/integra-corner.module.js';
import type { IntegraCornerService } from '../integra-corner/integra-corner.service.js';
import { releasePlace, takePlace } from '../service/places.js';
import type { serviceServices } from '../service/service.module.js';
import type { ServiceService } from '../service/service.service.js';
import { ReferralTransitionEntity } from './referral-transition.entity.js';
import { AWAITING_ANSWER, referralWorkflow, sideOf } from './referral-transitions.js';
import { ReferralEntity } from './referral.entity.js';
import { referralPolicy } from './referral.policy.js';
import type { ReferralService } from './referral.service.js';

const AUDITED_FIELDS = ['referrals'];

/** The services the workflow uses besides its own module's. */
type Context = ContextWith<
  typeof serviceServices & typeof integraCornerServices & typeof enrollmentServices & typeof caseAccessServices & typeof idempotencyServices
> & {
  readonly referrals: ReferralService;
};

/** What a change of status needs besides the referral: a reason (reject, cancel) or an outcome (complete). */
interface TransitionText {
  reason?: string | null;
  outcome?: string | null;
  reasonCode?: ReferralRejectionCode | null;
  outcomeCode?: ReferralOutcomeCode | null;
}

/** The referral statuses an action already follows: a second referral from it waits until this one ends. */
const FOLLOWED: readonly ReferralStatus[] = ['SENT', 'RECEIVED', 'ACCEPTED', 'COMPLETED'];

/**
 * A code, a note, or both; the note is required with OTHER. `codeField` is where the refusal points when neither
 * is given.
 */
function readCodedText<C extends string>(
  code: C | null | undefined,
  text: string | null | undefined,
  codeField: string,
  textField: string,
): { code: C | null; text: string | null } {
  const note = text == null ? null : readText(text, textField, NOTE_TEXT);
  if (code == null && note === null) throw badUserInput(`Give ${codeField}, ${textField}, or both`, codeField);
  if (code === 'OTHER' && note === null) throw badUserInput(`${codeField} OTHER needs ${textField} to say what`, textField);
  return { code: code ?? null, text: note };
}

/**
 * The closed loop of a referral, for one request and one caller. Every change is one transaction holding the
 * referral's row lock: the status it started from, the status it ends in, the side effects (a place taken or
 * given back, the enrolment completed), the recorded transition and the audit entry commit together or not at all.
 */
export class ReferralWorkflow {
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly referrals: ReferralService;
  private readonly services: ServiceService;
  private readonly integraCorners: IntegraCornerService;
  private readonly enrollments: EnrollmentService;
  private readonly context: Context;

  constructor({ dataSource, caller, audit, context }: ServiceScope<Context>) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.referrals = context.referrals;
    this.services = context.services;
    this.integraCorners = context.integraCorners;
    this.enrollments = context.enrollments;
    this.context = context;
  }

  /** `Beneficiary.viewerCanSendReferral`: the referral policy's `send` and `refer`, on the contract's facts. */
  async maySendFor(beneficiaryId: string): Promise<boolean> {
    if (!referralPolicy.may(this.caller, 'send')) return false;
    return referralPolicy.may(this.caller, 'refer', await this.context.caseAccess.factsOf(beneficiaryId));
  }

  async send(input: SendReferralInput, idempotencyKey?: string | null): Promise<ReferralEntity> {
    referralPolicy.assert(this.caller, 'send');
    this.context.idempotency.readKey(idempotencyKey);
    const fromCornerId = parseId(input.fromCornerId, 'input.fromCornerId');
    referralPolicy.assert(this.caller, 'sendFrom', { integraCornerId: fromCornerId });
    const beneficiaryId = parseId(input.beneficiaryId, 'input.beneficiaryId');
    const planActionId = input.actionId == null ? null : parseId(input.actionId, 'input.actionId');
    const note = readOptionalText(input.note, 'input.note', NOTE_TEXT);
    if (input.responseDueOn < todayInItaly()) {
      throw badUserInput(`input.responseDueOn must be today (${todayInItaly()}) or later`, 'input.responseDueOn');
    }
    readDate(input.responseDueOn, 'input.responseDueOn', DUE_DAY);
    const [service] = await Promise.all([
      this.services.get(input.serviceId, 'input.serviceId'),
      this.integraCorners.get(fromCornerId, 'input.fromCornerId'),
    ]);
    if (service.publicationStatus !== 'PUBLISHED') {
      throw badUserInput(`The service "${service.name}" is not published: referrals go to published services only`, 'input.serviceId');
    }
    const claim = { operation: 'sendReferral', key: idempotencyKey, request: input };
    return this.dataSource.transaction((manager) =>
      this.context.idempotency.once(
        manager,
        claim,
        async () => {
          // beneficiaries.sharing_consent_in_force is the beneficiaries subgraph's published contract.
          const [provider]: { name: string; consent_corner: string | null }[] = await manager.query(
            `SELECT o.name, (
           SELECT c.integra_corner_id FROM ${CONTRACTS.sharingConsentInForce} c
           WHERE c.beneficiary_id = $1 AND c.organisation_id = o.id LIMIT 1
         ) AS consent_corner
         FROM catalogue.organisation o WHERE o.id = $2`,
            [beneficiaryId, service.providerId],
          );
          if (!provider!.consent_corner) {
            throw forbidden(`The beneficiary has not consented to share their case with ${provider!.name}`, {
              reason: 'CONSENT_REQUIRED',
              field: 'input.beneficiaryId',
            });
          }
          if (provider!.consent_corner !== fromCornerId) {
            // A corner refers only the people it follows (checked after consent, so it reveals nothing without one).
            throw forbidden('This beneficiary is followed by another Integra Corner: only that corner may refer them', {
              reason: 'NOT_THIS_CORNER',
              field: 'input.fromCornerId',
            });
          }
          const [places]: { capacity: number | null; places_taken: number }[] = await manager.query(
            'SELECT capacity, places_taken FROM catalogue.service WHERE id = $1',
            [service.id],
          );
          await this.assertReferable(manager, beneficiaryId, planActionId);
          if (places!.capacity !== null && places!.places_taken >= places!.capacity) {
            throw conflict(`No places left in "${service.name}"`, 'input.serviceId');
          }
          const referral = await unlessUnique(
            manager.getRepository(ReferralEntity).save({
              beneficiaryId,
              serviceId: service.id,
              fromCornerId,
              toOrganisationId: service.providerId,
              status: 'SENT',
              sentBy: this.caller.userId,
              responseDueOn: input.responseDueOn,
              note,
              planActionId,
            }),
            () => conflict('This person already has an open referral to this service', 'input.serviceId'),
          );
          const saved = await manager.getRepository(ReferralEntity).findOneByOrFail({ id: referral.id });
          await this.record(manager, saved, null, 'SENT', {}, saved.sentAt);
          await this.audit.change(manager, 'sendReferral', {
            beneficiaryId,
            fields: AUDITED_FIELDS,
            details: {
              referralId: saved.id,
              serviceId: service.id,
              fromCornerId,
              toOrganisationId: service.providerId,
              ...(planActionId ? { planActionId } : {}),
            },
          });
          return saved;
        },
        (id) => manager.getRepository(ReferralEntity).findOneByOrFail({ id }),
      ),
    );
  }

  receive(id: string): Promise<ReferralEntity> {
    return this.move(id, 'RECEIVED', 'receiveReferral', {});
  }

  accept(id: string): Promise<ReferralEntity> {
    return this.move(id, 'ACCEPTED', 'acceptReferral', {});
  }

  reject(id: string, reason: string | null | undefined, reasonCode: ReferralRejectionCode | null | undefined): Promise<ReferralEntity> {
    return this.move(id, 'REJECTED', 'rejectReferral', { reason: reason ?? null, reasonCode: reasonCode ?? null });
  }

  complete(id: string, outcome: string | null | undefined, outcomeCode: ReferralOutcomeCode | null | undefined): Promise<ReferralEntity> {
    return this.move(id, 'COMPLETED', 'completeReferral', { outcome: outcome ?? null, outcomeCode: outcomeCode ?? null });
  }

  /**
   * A new referral needs an open case (CASE_CLOSED otherwise: the owner's fact, read in this transaction) and, when
   * sent from a plan action, an action of the person's plan in force (BAD_USER_INPUT), PLANNED and not already
   * following an open, accepted or completed referral (CONFLICT).
   */
  private async assertReferable(manager: EntityManager, beneficiaryId: string, planActionId: string | null): Promise<void> {
    const [facts]: { case_status: string | null; action_owner: string | null; action_status: string | null; followed: string | null }[] =
      await manager.query(
        `SELECT (SELECT a.case_status FROM ${CONTRACTS.caseAccess} a WHERE a.beneficiary_id = $1) AS case_status,
                p.beneficiary_id::text AS action_owner, p.status AS action_status,
                (SELECT r.status FROM ${CONTRACTS.planActionReferral} r WHERE r.plan_action_id = $2::uuid) AS followed
           FROM (SELECT 1) one LEFT JOIN ${CONTRACTS.planActionInForce} p ON p.plan_action_id = $2::uuid`,
        [beneficiaryId, planActionId],
      );
    if (facts!.case_status === 'CLOSED') {
      throw caseClosed('The case is CLOSED: no new referral is sent for it; a coordinator may reopen it', 'input.beneficiaryId');
    }
    if (planActionId === null) return;
    if (facts!.action_owner !== beneficiaryId) {
      throw badUserInput("input.actionId is not an action of this person's plan version in force", 'input.actionId');
    }
    if (facts!.followed !== null && FOLLOWED.includes(facts!.followed as ReferralStatus)) {
      throw conflict(`The action already follows a referral that is ${facts!.followed}`, 'input.actionId');
    }
    if (facts!.action_status !== 'PLANNED') {
      throw conflict(`The action is ${facts!.action_status}: a referral is sent from a PLANNED action`, 'input.actionId');
    }
  }

  cancel(id: string, reason: string): Promise<ReferralEntity> {
    return this.move(id, 'CANCELLED', 'cancelReferral', { reason });
  }

  /**
   * Expires the referrals still waiting for an answer after their due day (of one addressee when given), each with
   * its transition and an audit entry for the person. Administrators only.
   */
  async expireOverdue(toOrganisationId: string | null | undefined): Promise<number> {
    referralPolicy.assert(this.caller, 'expireOverdue');
    const organisationId = toOrganisationId == null ? null : parseId(toOrganisationId, 'toOrganisationId');
    return this.dataSource.transaction(async (manager) => {
      // An addressee that does not exist would expire nothing and answer 0, as if its inbox were in order.
      if (organisationId) {
        const addressee: unknown[] = await manager.query('SELECT 1 FROM catalogue.organisation WHERE id = $1', [organisationId]);
        if (addressee.length === 0) throw notFound('organisation', organisationId, 'toOrganisationId');
      }
      const [expired]: [{ id: string; beneficiary_id: string; from_status: ReferralStatus }[], number] = await manager.query(
        `WITH overdue AS (
           SELECT id, status FROM catalogue.referral
           WHERE status = ANY($1::text[]) AND response_due_on < $2::date AND ($3::uuid IS NULL OR to_organisation_id = $3::uuid)
           FOR UPDATE
         )
         UPDATE catalogue.referral r SET status = 'EXPIRED' FROM overdue o WHERE r.id = o.id
         RETURNING r.id, r.beneficiary_id, o.status AS from_status`,
        [AWAITING_ANSWER, todayInItaly(), organisationId],
      );
      if (expired.length === 0) return 0;
      await manager.query(
        `INSERT INTO catalogue.referral_transition (referral_id, from_status, to_status, by_user)
         SELECT referral_id, from_status, 'EXPIRED', $3 FROM unnest($1::uuid[], $2::text[]) AS t (referral_id, from_status)`,
        [expired.map((row) => row.id), expired.map((row) => row.from_status), this.caller.userId],
      );
      for (const row of expired) {
        await this.audit.change(manager, 'expireOverdueReferrals', {
          beneficiaryId: row.beneficiary_id,
          fields: AUDITED_FIELDS,
          details: { referralId: row.id, from: row.from_status, to: 'EXPIRED' },
        });
      }
      return expired.length;
    });
  }

  private async move(id: string, to: ReferralStatus, operation: string, given: TransitionText): Promise<ReferralEntity> {
    referralPolicy.assert(this.caller, 'read');
    // NOT_FOUND for a referral the caller may not see at all; FORBIDDEN for the wrong side of one they see.
    const referral = await this.referrals.get(id, 'id');
    referralPolicy.assert(this.caller, sideOf(to) === 'provider' ? 'answer' : 'cancel', referral);
    const text: TransitionText = { reason: null, outcome: null, reasonCode: null, outcomeCode: null };
    if (to === 'REJECTED') {
      const { code, text: note } = readCodedText(given.reasonCode, given.reason, 'reasonCode', 'reason');
      Object.assign(text, { reasonCode: code, reason: note });
    } else if (to === 'COMPLETED') {
      const { code, text: note } = readCodedText(given.outcomeCode, given.outcome, 'outcomeCode', 'outcome');
      Object.assign(text, { outcomeCode: code, outcome: note });
    } else if (given.reason !== undefined) {
      text.reason = readText(given.reason ?? '', 'reason', NOTE_TEXT);
    }
    return this.dataSource.transaction(async (manager) => {
      // The row lock orders concurrent changes of one referral; the status is read again under it.
      const [current]: { status: ReferralStatus }[] = await manager.query(
        'SELECT status FROM catalogue.referral WHERE id = $1 FOR UPDATE',
        [referral.id],
      );
      const from = current!.status;
      referralWorkflow.assert(from, to, 'id');
      if (to === 'ACCEPTED') await this.assertCaseNotClosed(manager, referral.beneficiaryId);
      await manager.getRepository(ReferralEntity).update({ id: referral.id }, { status: to });
      if (to === 'ACCEPTED') await takePlace(manager, referral.serviceId, referral.id);
      if (to === 'CANCELLED' || to === 'COMPLETED') await releasePlace(manager, referral.id, to);
      if (to === 'COMPLETED') await this.enrollments.completeFromReferral(manager, referral, text.outcome ?? text.outcomeCode!);
      await this.record(manager, referral, from, to, text);
      await this.audit.change(manager, operation, {
        beneficiaryId: referral.beneficiaryId,
        fields: AUDITED_FIELDS,
        details: {
          referralId: referral.id,
          from,
          to,
          ...(text.reason ? { reason: text.reason } : {}),
          ...(text.reasonCode ? { reasonCode: text.reasonCode } : {}),
          ...(text.outcomeCode ? { outcomeCode: text.outcomeCode } : {}),
        },
      });
      return manager.getRepository(ReferralEntity).findOneByOrFail({ id: referral.id });
    });
  }

  /** A closed case takes no place: accepting a referral of it is refused (CASE_CLOSED on `id`). */
  private async assertCaseNotClosed(manager: EntityManager, beneficiaryId: string): Promise<void> {
    const [row]: { case_status: string | null }[] = await manager.query(
      `SELECT case_status FROM ${CONTRACTS.caseAccess} WHERE beneficiary_id = $1`,
      [beneficiaryId],
    );
    if (row?.case_status === 'CLOSED') {
      throw caseClosed("The person's case is CLOSED: the referral cannot take a place; reject it or wait for the case to reopen", 'id');
    }
  }

  private async record(
    manager: EntityManager,
    referral: ReferralEntity,
    from: ReferralStatus | null,
    to: ReferralStatus,
    text: TransitionText,
    at?: Date,
  ): Promise<void> {
    await manager.getRepository(ReferralTransitionEntity).insert({
      referralId: referral.id,
      fromStatus: from,
      toStatus: to,
      byUser: this.caller.userId,
      reason: text.reason ?? null,
      outcome: text.outcome ?? null,
      reasonCode: text.reasonCode ?? null,
      outcomeCode: text.outcomeCode ?? null,
      ...(at ? { at } : { at: () => 'clock_timestamp()' }),
    });
  }
}
