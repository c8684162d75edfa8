import {
  assertInNetwork,
  type ContextWith,
  type IdempotencyService,
  type idempotencyServices,
  badUserInput,
  BIRTH_DATE,
  type Caller,
  conflict,
  type Connection,
  type DateRule,
  createListLoader,
  EntityLoader,
  notFound,
  NOTE_TEXT,
  paginate,
  parseId,
  parseProvince,
  readDate,
  readOptionalText,
  readFamilyName,
  readPersonName,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
} from '@shubh/platform';
import { GraphQLError } from 'graphql';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import { CaseStatusChangeEntity } from '../case-lifecycle/case-status-change.entity.js';
import type {
  CloseIntakeReferralInput,
  QueryIntakeReferralsArgs,
  RecordContactAttemptInput,
  RecordIntakeReferralInput,
} from '../generated/resolvers-types.js';
import { parseCodiceFiscale } from './codice-fiscale.js';
import { ContactAttemptEntity } from './contact-attempt.entity.js';
import { intakePolicy, refersAsReceptionBody, restrictIntakeToReadable } from './intake.policy.js';
import { IntakeReferralEntity } from './intake-referral.entity.js';
import { samePerson, type DuplicateRule } from './person-identity.js';

/** A reception exit: seen up to 30 years back (long stays), and up to a year ahead (a planned exit, for outreach). */
const RECEPTION_EXIT_DAY: DateRule = { what: 'a reception exit day', maxYearsAgo: 30, maxYearsAhead: 1 };

/** What an intake referral read tells the audit trail (under the referral's id, the future beneficiary's). */
const AUDITED_FIELDS = ['intakeReferral'];
/** How to reach the person: a phone number, an address, a contact person. */
const CONTACT_TEXT = { max: 200 };
/** A device clock a little ahead of the server's is not a future attempt. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** Namespace of the advisory locks that serialise conversions of the same person. */
const IDENTITY_LOCK_CLASS = 1_764_700;

const DUPLICATE_RULES: Record<DuplicateRule, string> = {
  CODICE_FISCALE: 'the same codice fiscale',
  NAME_BIRTH_DATE_CITIZENSHIP: 'the same given and family name, birth date and citizenship',
};

/** People referred to the programme, for one request and one caller: reached, then converted or closed. */
export class IntakeService {
  readonly #readable: EntityLoader<IntakeReferralEntity>;
  readonly #attempts;

  private readonly dataSource: DataSource;
  private readonly repository: Repository<IntakeReferralEntity>;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly idempotency: IdempotencyService;

  constructor({ dataSource, caller, audit, context }: ServiceScope<ContextWith<typeof idempotencyServices>>) {
    this.dataSource = dataSource;
    this.idempotency = context.idempotency;
    const repository = dataSource.getRepository(IntakeReferralEntity);
    this.repository = repository;
    this.caller = caller;
    this.audit = audit;
    this.#readable = new EntityLoader(repository, 'intake referral', (ids) =>
      restrictIntakeToReadable(repository.createQueryBuilder('r').where('r.id IN (:...ids)', { ids }), caller).getMany(),
    );
    this.#attempts = createListLoader<string, ContactAttemptEntity>(
      (ids) =>
        dataSource.getRepository(ContactAttemptEntity).find({ where: { intakeReferralId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
      (attempt) => attempt.intakeReferralId,
    );
  }

  /** The contact attempts, for the corner's team; a referring reception body sees only `contacted`. */
  async attemptsOf(referralId: string): Promise<ContactAttemptEntity[]> {
    if (!intakePolicy.may(this.caller, 'readCaseDetail')) return [];
    return this.#attempts.load(referralId);
  }

  /** Whether anyone from the corner has tried to contact the person yet (what a referring body may know). */
  async contacted(referralId: string): Promise<boolean> {
    return (await this.#attempts.load(referralId)).length > 0;
  }

  /** The referring organisation given, or for a reception body its own (another one is refused). */
  #referringOrganisation(given: string | null | undefined): string | null {
    const id = given == null ? null : parseId(given, 'input.referringOrganisationId');
    if (!refersAsReceptionBody(this.caller)) return id;
    const own = id ?? this.caller.organisationId;
    intakePolicy.assert(this.caller, 'referAs', { referringOrganisationId: own });
    return own;
  }

  /** Oldest first (a queue), ties by id. */
  async list(args: QueryIntakeReferralsArgs): Promise<Connection<IntakeReferralEntity>> {
    intakePolicy.assert(this.caller, 'handle');
    const query = restrictIntakeToReadable(this.repository.createQueryBuilder('r'), this.caller);
    const filter = args.filter ?? {};
    if (filter.integraCornerId != null) {
      query.andWhere('r.integra_corner_id = :cornerId', { cornerId: parseId(filter.integraCornerId, 'filter.integraCornerId') });
    }
    if (filter.status != null) query.andWhere('r.status = :status', { status: filter.status });
    const connection = await paginate(query, args, [
      { column: 'r.referred_on', key: 'date', value: (row) => row.referredOn },
      { column: 'r.id', key: 'id', value: (row) => row.id },
    ]);
    this.#readable.prime(connection.edges.map((edge) => edge.node));
    for (const { node } of connection.edges) this.audit.read(node.id, AUDITED_FIELDS);
    return connection;
  }

  async record(input: RecordIntakeReferralInput, idempotencyKey?: string | null): Promise<IntakeReferralEntity> {
    intakePolicy.assert(this.caller, 'handle');
    this.idempotency.readKey(idempotencyKey);
    const integraCornerId = parseId(input.integraCornerId, 'input.integraCornerId');
    intakePolicy.assert(this.caller, 'recordFor', { integraCornerId });
    const today = todayInItaly();
    const referredOn = input.referredOn ?? today;
    if (referredOn > today) throw badUserInput(`input.referredOn must not be in the future (today is ${today})`, 'input.referredOn');
    if (input.birthDate >= today) throw badUserInput('input.birthDate must be in the past', 'input.birthDate');
    readDate(input.birthDate, 'input.birthDate', BIRTH_DATE, today);
    readDate(input.receptionExitDate, 'input.receptionExitDate', RECEPTION_EXIT_DAY, today);
    if (input.receptionExitDate <= input.birthDate) {
      throw badUserInput('input.receptionExitDate must be after the birth date', 'input.receptionExitDate');
    }
    const citizenship = input.citizenship.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(citizenship)) {
      throw badUserInput('input.citizenship must be an ISO 3166-1 alpha-2 code such as NG or AF', 'input.citizenship');
    }
    const values = {
      source: input.source,
      referringOrganisationId: this.#referringOrganisation(input.referringOrganisationId),
      integraCornerId,
      referredOn,
      givenName: readPersonName(input.givenName, 'input.givenName'),
      familyName: readFamilyName(input.familyName, 'input.familyName'),
      birthDate: input.birthDate,
      citizenship,
      protectionStatus: input.protectionStatus,
      receptionType: input.receptionType,
      receptionExitDate: input.receptionExitDate,
      province: parseProvince(input.province, 'input.province'),
      codiceFiscale:
        input.codiceFiscale == null || input.codiceFiscale.trim() === ''
          ? null
          : parseCodiceFiscale(input.codiceFiscale, 'input.codiceFiscale'),
      contact: readOptionalText(input.contact, 'input.contact', CONTACT_TEXT),
      status: 'OPEN' as const,
      convertedBeneficiaryId: null,
      closingNote: null,
      createdBy: this.caller.userId,
    };
    await assertInNetwork(this.dataSource, [
      { id: integraCornerId, kind: 'INTEGRA_CORNER', field: 'input.integraCornerId' },
      ...(values.referringOrganisationId
        ? [{ id: values.referringOrganisationId, kind: 'ORGANISATION' as const, field: 'input.referringOrganisationId' }]
        : []),
    ]);
    return this.dataSource.transaction((manager) =>
      this.idempotency.once(
        manager,
        { operation: 'recordIntakeReferral', key: idempotencyKey, request: input },
        async () => {
          const referral = await manager.getRepository(IntakeReferralEntity).save(values);
          await this.audit.change(manager, 'recordIntakeReferral', {
            beneficiaryId: referral.id,
            fields: AUDITED_FIELDS,
            details: { intakeReferralId: referral.id, source: referral.source, integraCornerId },
          });
          return referral;
        },
        (id) => manager.getRepository(IntakeReferralEntity).findOneByOrFail({ id }),
      ),
    );
  }

  async recordContactAttempt(referralId: string, input: RecordContactAttemptInput): Promise<IntakeReferralEntity> {
    const referral = await this.#handled(referralId);
    const at = input.at ?? new Date();
    if (at.getTime() > Date.now() + CLOCK_SKEW_MS) throw badUserInput('input.at must not be in the future', 'input.at');
    const note = readOptionalText(input.note, 'input.note', NOTE_TEXT);
    return this.dataSource.transaction(async (manager) => {
      const current = await lockedOpenReferral(manager, referral.id);
      await manager.getRepository(ContactAttemptEntity).insert({
        intakeReferralId: current.id,
        at,
        channel: input.channel,
        outcome: input.outcome,
        note,
        recordedBy: this.caller.userId,
        recordedAt: new Date(),
      });
      const declined = input.outcome === 'DECLINED';
      if (declined) await manager.getRepository(IntakeReferralEntity).update({ id: current.id }, { status: 'DECLINED', closingNote: note });
      await this.audit.change(manager, 'recordContactAttempt', {
        beneficiaryId: current.id,
        fields: declined ? ['intakeReferral', 'contactAttempts'] : ['contactAttempts'],
        details: { intakeReferralId: current.id, channel: input.channel, outcome: input.outcome },
      });
      return manager.getRepository(IntakeReferralEntity).findOneByOrFail({ id: current.id });
    });
  }

  async close(referralId: string, input: CloseIntakeReferralInput): Promise<IntakeReferralEntity> {
    const referral = await this.#handled(referralId);
    const note = readOptionalText(input.note, 'input.note', NOTE_TEXT);
    return this.dataSource.transaction(async (manager) => {
      const current = await lockedOpenReferral(manager, referral.id);
      if (
        input.status === 'UNREACHABLE' &&
        !(await manager.getRepository(ContactAttemptEntity).existsBy({ intakeReferralId: current.id }))
      ) {
        throw badUserInput('A referral is UNREACHABLE only after at least one contact attempt: record the attempts first', 'input.status');
      }
      await manager.getRepository(IntakeReferralEntity).update({ id: current.id }, { status: input.status, closingNote: note });
      await this.audit.change(manager, 'closeIntakeReferral', {
        beneficiaryId: current.id,
        fields: AUDITED_FIELDS,
        details: { intakeReferralId: current.id, status: input.status, note },
      });
      return manager.getRepository(IntakeReferralEntity).findOneByOrFail({ id: current.id });
    });
  }

  /**
   * Creates the beneficiary (status REFERRED, the referral's id) unless the person already is one: CONFLICT,
   * with `existingBeneficiaryId`. The check runs under a lock per birth date and citizenship (and codice fiscale),
   * so two conversions of the same person cannot both pass it.
   */
  async convert(referralId: string): Promise<IntakeReferralEntity> {
    const referral = await this.#handled(referralId);
    return this.dataSource.transaction(async (manager) => {
      const current = await lockedOpenReferral(manager, referral.id);
      const keys = [`identity:${current.birthDate}:${current.citizenship}`];
      if (current.codiceFiscale) keys.push(`codice-fiscale:${current.codiceFiscale}`);
      for (const key of keys) await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [IDENTITY_LOCK_CLASS, key]);
      const candidates = await manager
        .getRepository(BeneficiaryEntity)
        .createQueryBuilder('b')
        .where('(b.birth_date = :birthDate AND b.citizenship = :citizenship)', {
          birthDate: current.birthDate,
          citizenship: current.citizenship,
        })
        .orWhere('b.codice_fiscale = :codiceFiscale', { codiceFiscale: current.codiceFiscale ?? '' })
        .orderBy('b.created_at')
        .addOrderBy('b.id')
        .getMany();
      for (const candidate of candidates) {
        const rule = samePerson(current, candidate);
        if (rule) throw duplicateBeneficiary(candidate.id, rule);
      }
      await manager.getRepository(BeneficiaryEntity).insert({
        id: current.id,
        givenName: current.givenName,
        familyName: current.familyName,
        birthDate: current.birthDate,
        citizenship: current.citizenship,
        codiceFiscale: current.codiceFiscale,
        protectionStatus: current.protectionStatus,
        receptionType: current.receptionType,
        receptionExitDate: current.receptionExitDate,
        province: current.province,
        integraCornerId: current.integraCornerId,
        tutorUserId: null,
        caseStatus: 'REFERRED',
        enrolledOn: null,
        closedOn: null,
        outcome: null,
      });
      await manager.getRepository(CaseStatusChangeEntity).insert({
        beneficiaryId: current.id,
        from: null,
        to: 'REFERRED',
        outcome: null,
        note: `Converted from an intake referral (${current.source})`,
        changedAt: new Date(),
        changedBy: this.caller.userId,
      });
      await manager
        .getRepository(IntakeReferralEntity)
        .update({ id: current.id }, { status: 'CONVERTED', convertedBeneficiaryId: current.id });
      await this.audit.change(manager, 'convertIntakeReferral', {
        beneficiaryId: current.id,
        fields: ['intakeReferral', 'caseStatus'],
        details: { intakeReferralId: current.id, integraCornerId: current.integraCornerId },
      });
      return manager.getRepository(IntakeReferralEntity).findOneByOrFail({ id: current.id });
    });
  }

  /** An intake referral the caller handles: BAD_USER_INPUT / NOT_FOUND / FORBIDDEN on `referralId` otherwise. */
  async #handled(referralId: string): Promise<IntakeReferralEntity> {
    intakePolicy.assert(this.caller, 'handle');
    const id = parseId(referralId, 'referralId');
    const referral = await this.#readable.find(id);
    if (referral) {
      // Readable is not workable: a reception body sees its own referrals, the corner works them.
      intakePolicy.assert(this.caller, 'handleReferral', referral);
      return referral;
    }
    const hidden = await this.repository.findOneBy({ id });
    if (!hidden) throw notFound('intake referral', referralId, 'referralId');
    intakePolicy.assert(this.caller, 'handleReferral', hidden);
    // The SQL scope and the policy are the same rule: a row one hides and the other shows is a fault.
    throw new Error(`intake referral ${id} is outside the caller's scope but allowed by the policy`);
  }
}

/** The referral row, locked until the transaction ends, provided it is still OPEN (CONFLICT otherwise). */
async function lockedOpenReferral(manager: EntityManager, id: string): Promise<IntakeReferralEntity> {
  const referral = await manager.getRepository(IntakeReferralEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (referral.status !== 'OPEN') throw conflict(`This intake referral is already ${referral.status}`, 'referralId');
  return referral;
}

function duplicateBeneficiary(existingBeneficiaryId: string, rule: DuplicateRule): GraphQLError {
  return conflict(
    `This person is already a beneficiary (id ${existingBeneficiaryId}, found by ${DUPLICATE_RULES[rule]}): ` +
      'continue with that case instead of creating a second one',
    'referralId',
    { existingBeneficiaryId, duplicateRule: rule },
  );
}
