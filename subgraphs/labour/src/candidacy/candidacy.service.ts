import {
  badUserInput,
  conflict,
  CONTRACTS,
  createListLoader,
  createRecordLoader,
  EntityLoader,
  NOTE_TEXT,
  paginate,
  parseId,
  readPositiveEuros,
  readOptionalText,
  readText,
  SHORT_TEXT,
  todayInItaly,
  unknownPerson,
  unlessUnique,
  type CaseAccessLoader,
  type Caller,
  type Connection,
  type ContextWith,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import { In, type DataSource, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import type {
  CandidacyEndReason,
  CandidacyFilter,
  CandidacyStatus,
  CefrLevel,
  EmploymentInput,
  ProposeCandidacyInput,
  QueryCandidaciesArgs,
} from '../generated/resolvers-types.js';
import type { jobVacancyServices } from '../job-vacancy/job-vacancy.module.js';
import type { JobVacancyService } from '../job-vacancy/job-vacancy.service.js';
import { LabourProfileEntity } from '../labour-profile/labour-profile.entity.js';
import type { labourProfileServices } from '../labour-profile/labour-profile.module.js';
import type { LabourProfileService } from '../labour-profile/labour-profile.service.js';
import { candidacyWorkflow, ENDINGS, sideOf } from './candidacy-workflow.js';
import { CandidacyEntity, CandidacyTransitionEntity, EmploymentEntity } from './candidacy.entity.js';
import { candidacyPolicy, restrictToReadable } from './candidacy.policy.js';
import type { CvFacts } from './cv-document.js';

const AUDITED_FIELDS = ['candidacies'];
/** The highest monthly net pay accepted, in euros: a typo guard, far above any pay in the programme. */
const MAX_MONTHLY_PAY_EUROS = 100_000;
/** The employment a hire records: the input, with the pay read into cents. */
type HireFacts = EmploymentInput & { monthlyNetPayCents: number | null };
const CV_FIELDS = ['candidateCv'];

type Context = ContextWith<typeof jobVacancyServices & typeof labourProfileServices>;

/**
 * Candidacies for one request and one caller: only those the caller may see are ever loaded. Every move is one
 * transaction holding the candidacy's row lock: the stage it left, the stage it reached, a hire's employment, the
 * opening it fills and the profile's new status, the history row and the audit entry commit together or not at all.
 */
export class CandidacyService {
  readonly #readable: EntityLoader<CandidacyEntity>;
  readonly #history;
  readonly #employment;
  readonly #profiles;
  readonly #labourFacts;
  private readonly repository: Repository<CandidacyEntity>;
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly caseAccess: CaseAccessLoader;
  private readonly jobVacancies: JobVacancyService;
  private readonly labourProfiles: LabourProfileService;

  constructor({ dataSource, caller, audit, context }: ServiceScope<Context>) {
    this.#labourFacts = createRecordLoader<string, { beneficiary_id: string; italian_level: CefrLevel | null }>(
      (ids) =>
        dataSource.query(
          `SELECT beneficiary_id::text, italian_level FROM ${CONTRACTS.labourFacts} WHERE beneficiary_id = ANY ($1::uuid[])`,
          [[...ids]],
        ),
      (row) => row.beneficiary_id,
    );
    const repository = dataSource.getRepository(CandidacyEntity);
    this.repository = repository;
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.caseAccess = context.caseAccess;
    this.jobVacancies = context.jobVacancies;
    this.labourProfiles = context.labourProfiles;
    this.#readable = new EntityLoader(repository, 'candidacy', (ids) =>
      restrictToReadable(repository.createQueryBuilder('c').where('c.id IN (:...ids)', { ids }), caller).getMany(),
    );
    this.#history = createListLoader<string, CandidacyTransitionEntity>(
      (ids) =>
        dataSource.getRepository(CandidacyTransitionEntity).find({ where: { candidacyId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
      (transition) => transition.candidacyId,
    );
    this.#employment = createRecordLoader<string, EmploymentEntity>(
      (ids) => dataSource.getRepository(EmploymentEntity).findBy({ candidacyId: In([...ids]) }),
      (employment) => employment.candidacyId,
    );
    // The profiles behind CVs of candidacies already read (so already authorized).
    this.#profiles = createRecordLoader<string, LabourProfileEntity>(
      (ids) => dataSource.getRepository(LabourProfileEntity).findBy({ beneficiaryId: In([...ids]) }),
      (profile) => profile.beneficiaryId,
    );
  }

  get(id: string, field = 'id'): Promise<CandidacyEntity> {
    return this.#readable.get(id, field);
  }

  /** A candidacy the caller may see, noted in the audit trail. */
  async read(id: string): Promise<CandidacyEntity> {
    const candidacy = await this.get(id);
    this.audit.read(candidacy.beneficiaryId, AUDITED_FIELDS);
    return candidacy;
  }

  async findById(id: string): Promise<CandidacyEntity | null> {
    const candidacy = await this.#readable.find(id);
    if (candidacy) this.audit.read(candidacy.beneficiaryId, AUDITED_FIELDS);
    return candidacy;
  }

  async list(args: QueryCandidaciesArgs): Promise<Connection<CandidacyEntity>> {
    const query = restrictToReadable(this.repository.createQueryBuilder('c'), this.caller);
    applyFilter(query, args.filter ?? {});
    const connection = await paginate(query, args, [
      { column: 'c.proposed_at', direction: 'DESC', key: 'instant' },
      { column: 'c.id', key: 'id', value: (row) => row.id },
    ]);
    this.#readable.prime(connection.edges.map((edge) => edge.node));
    for (const { node } of connection.edges) this.audit.read(node.beneficiaryId, AUDITED_FIELDS);
    return connection;
  }

  historyOf(candidacy: CandidacyEntity): Promise<CandidacyTransitionEntity[]> {
    return this.#history.load(candidacy.id);
  }

  employmentOf(candidacy: CandidacyEntity): Promise<EmploymentEntity | null> {
    return candidacy.status === 'HIRED' ? this.#employment.load(candidacy.id) : Promise.resolve(null);
  }

  /** The person, for those who may see the case; null for employers. */
  beneficiaryOf(candidacy: CandidacyEntity): { id: string } | null {
    return candidacyPolicy.may(this.caller, 'seeCase') ? { id: candidacy.beneficiaryId } : null;
  }

  /** The CV view of a candidacy the caller already read. */
  async cvOf(candidacy: CandidacyEntity): Promise<{ name: string; profile: LabourProfileEntity | null; beneficiaryId: string }> {
    const profile = await this.#profiles.load(candidacy.beneficiaryId);
    this.audit.read(candidacy.beneficiaryId, CV_FIELDS);
    return { name: candidacy.cvName, profile, beneficiaryId: candidacy.beneficiaryId };
  }

  /** The Italian level in force of a person whose CV the caller already read (`cvOf`), from `labour_facts`; batched. */
  async italianLevelOf(beneficiaryId: string): Promise<CefrLevel | null> {
    this.audit.read(beneficiaryId, ['italianLevel']);
    return (await this.#labourFacts.load(beneficiaryId))?.italian_level ?? null;
  }

  /** Everything the CV shows, for its JSON and HTML forms. */
  async cvFacts(cv: { name: string; profile: LabourProfileEntity | null; beneficiaryId: string }): Promise<CvFacts> {
    const { profile } = cv;
    return {
      name: cv.name,
      desiredIscoCodes: profile?.desiredIscoCodes ?? [],
      workExperienceYears: profile?.workExperienceYears ?? null,
      drivingLicences: profile?.drivingLicences ?? [],
      hoursPerWeek: profile?.hoursPerWeek ?? null,
      shifts: profile?.shifts ?? [],
      availableFrom: profile?.availableFrom ?? null,
      italianLevel: await this.italianLevelOf(cv.beneficiaryId),
    };
  }

  /** `LabourViewerCan.proposeCandidacy`: the policy's `propose` and `consented`, on the contract's facts. */
  async mayPropose(beneficiaryId: string): Promise<boolean> {
    const facts = await this.caseAccess.load(beneficiaryId);
    return !!facts && candidacyPolicy.may(this.caller, 'propose', facts) && candidacyPolicy.may(this.caller, 'consented', facts);
  }

  /** `Candidacy.viewerCan`: the stage allows the move to `to`, and the policy lets the caller make it (as `move`). */
  async mayMove(candidacy: CandidacyEntity, to: CandidacyStatus): Promise<boolean> {
    if (!candidacyWorkflow.may(candidacy.status, to)) return false;
    const side = sideOf(to);
    if (side === 'employer')
      return candidacyPolicy.may(this.caller, 'employerSide', await this.jobVacancies.get(candidacy.vacancyId, 'id'));
    const facts = await this.caseAccess.factsOf(candidacy.beneficiaryId);
    return candidacyPolicy.may(this.caller, side === 'person' ? 'personSide' : 'cornerSide', facts);
  }

  async propose(input: ProposeCandidacyInput): Promise<CandidacyEntity> {
    const beneficiaryId = parseId(input.beneficiaryId, 'input.beneficiaryId');
    // The real facts even for an administrator: the consent must be in force whoever proposes.
    const facts = (await this.caseAccess.load(beneficiaryId)) ?? unknownPerson(beneficiaryId);
    candidacyPolicy.assert(this.caller, 'propose', facts);
    candidacyPolicy.assert(this.caller, 'consented', facts);
    const cvName = readText(input.cvName, 'input.cvName', SHORT_TEXT);
    const note = readOptionalText(input.note, 'input.note', NOTE_TEXT);
    const vacancy = await this.jobVacancies.get(input.vacancyId, 'input.vacancyId');
    if (vacancy.status !== 'OPEN')
      throw badUserInput(`The vacancy is ${vacancy.status}: people are proposed for OPEN vacancies only`, 'input.vacancyId');
    return this.dataSource.transaction(async (manager) => {
      const saved = await unlessUnique(
        manager.getRepository(CandidacyEntity).save({
          vacancyId: vacancy.id,
          beneficiaryId,
          cvName,
          status: 'PROPOSED' as const,
          proposedBy: this.caller.userId,
        }),
        () => conflict('This person already has a candidacy in progress for this vacancy', 'input.vacancyId'),
      );
      await this.record(manager, saved.id, null, 'PROPOSED', null, note);
      await this.audit.change(manager, 'proposeCandidacy', {
        beneficiaryId,
        fields: AUDITED_FIELDS,
        details: { candidacyId: saved.id, vacancyId: vacancy.id, employerId: vacancy.employerId },
      });
      return manager.getRepository(CandidacyEntity).findOneByOrFail({ id: saved.id });
    });
  }

  agree(id: string, agreedOn: string | null | undefined): Promise<CandidacyEntity> {
    const day = agreedOn ?? todayInItaly();
    if (day > todayInItaly()) throw badUserInput('agreedOn cannot be in the future', 'agreedOn');
    return this.move(id, 'PERSON_AGREED', 'agreeToCandidacy', { agreedOn: day });
  }

  async moveTo(
    id: string,
    to: CandidacyStatus,
    reason: CandidacyEndReason | null | undefined,
    note: string | null | undefined,
  ): Promise<CandidacyEntity> {
    if (to === 'PERSON_AGREED' || to === 'HIRED' || to === 'PROPOSED') {
      throw badUserInput(
        `Use ${to === 'HIRED' ? 'hireCandidate' : to === 'PROPOSED' ? 'proposeCandidacy' : 'agreeToCandidacy'} to reach ${to}`,
        'to',
      );
    }
    const ending = ENDINGS.includes(to);
    if (ending && reason == null) throw badUserInput(`Moving to ${to} needs a reason`, 'reason');
    if (!ending && reason != null) throw badUserInput(`Only DECLINED, REJECTED and WITHDRAWN take a reason`, 'reason');
    return this.move(id, to, 'moveCandidacy', { reason: reason ?? null, note: readOptionalText(note, 'note', NOTE_TEXT) });
  }

  hire(id: string, employment: EmploymentInput): Promise<CandidacyEntity> {
    if (employment.weeklyHours < 1 || employment.weeklyHours > 60) {
      throw badUserInput(`employment.weeklyHours must be from 1 to 60, got ${employment.weeklyHours}`, 'employment.weeklyHours');
    }
    if (employment.endedOn != null && employment.endedOn < employment.startedOn) {
      throw badUserInput('employment.endedOn cannot be before employment.startedOn', 'employment.endedOn');
    }
    // Read before anything is written: a bad amount leaves the candidacy as it was.
    const pay =
      employment.monthlyNetPayEuros == null
        ? null
        : readPositiveEuros(employment.monthlyNetPayEuros, 'employment.monthlyNetPayEuros', MAX_MONTHLY_PAY_EUROS);
    return this.move(id, 'HIRED', 'hireCandidate', { employment: { ...employment, monthlyNetPayCents: pay } });
  }

  private async move(
    id: string,
    to: CandidacyStatus,
    operation: string,
    given: { reason?: CandidacyEndReason | null; note?: string | null; agreedOn?: string; employment?: HireFacts },
  ): Promise<CandidacyEntity> {
    const candidacy = await this.get(id);
    const side = sideOf(to);
    if (side === 'employer') {
      candidacyPolicy.assert(this.caller, 'employerSide', await this.jobVacancies.get(candidacy.vacancyId, 'id'));
    } else {
      const facts = await this.caseAccess.factsOf(candidacy.beneficiaryId);
      candidacyPolicy.assert(this.caller, side === 'person' ? 'personSide' : 'cornerSide', facts);
    }
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CandidacyEntity);
      // The row lock orders concurrent moves of one candidacy; the stage is read again under it.
      const current = await repository.findOneOrFail({ where: { id: candidacy.id }, lock: { mode: 'pessimistic_write' } });
      candidacyWorkflow.assert(current.status, to, 'to');
      const changes: Partial<CandidacyEntity> = { status: to, version: current.version + 1 };
      if (given.agreedOn) changes.agreedOn = given.agreedOn;
      if (given.reason) changes.endReason = given.reason;
      let employmentId: string | null = null;
      if (given.employment) employmentId = await this.recordEmployment(manager, current, given.employment);
      await repository.update({ id: current.id }, changes);
      await this.record(manager, current.id, current.status, to, given.reason ?? null, given.note ?? null);
      await this.audit.change(manager, operation, {
        beneficiaryId: current.beneficiaryId,
        fields: AUDITED_FIELDS,
        details: {
          candidacyId: current.id,
          from: current.status,
          to,
          ...(given.reason ? { reason: given.reason } : {}),
          ...(employmentId ? { employmentId } : {}),
        },
      });
      return repository.findOneByOrFail({ id: current.id });
    });
  }

  /** The hire: an opening filled (or CONFLICT), the employment, the profile moved to EMPLOYED from the first day. */
  private async recordEmployment(manager: EntityManager, candidacy: CandidacyEntity, input: HireFacts): Promise<string> {
    const vacancy = await this.jobVacancies.get(candidacy.vacancyId, 'id');
    await this.jobVacancies.fillOpening(manager, vacancy.id);
    const employment = await manager.getRepository(EmploymentEntity).save({
      candidacyId: candidacy.id,
      beneficiaryId: candidacy.beneficiaryId,
      vacancyId: vacancy.id,
      employerId: vacancy.employerId,
      contractType: input.contractType,
      startedOn: input.startedOn,
      endedOn: input.endedOn ?? null,
      weeklyHours: input.weeklyHours,
      monthlyNetPayCents: input.monthlyNetPayCents,
    });
    await this.labourProfiles.moveStatus(manager, candidacy.beneficiaryId, 'EMPLOYED', input.startedOn, employment.id);
    return employment.id;
  }

  private async record(
    manager: EntityManager,
    candidacyId: string,
    from: CandidacyStatus | null,
    to: CandidacyStatus,
    reason: CandidacyEndReason | null,
    note: string | null,
  ): Promise<void> {
    await manager.getRepository(CandidacyTransitionEntity).insert({
      candidacyId,
      fromStatus: from,
      toStatus: to,
      reason,
      note,
      byUser: this.caller.userId,
      at: () => 'clock_timestamp()',
    });
  }
}

function applyFilter(query: SelectQueryBuilder<CandidacyEntity>, filter: CandidacyFilter): void {
  if (filter.vacancyId != null) query.andWhere('c.vacancy_id = :vacancyId', { vacancyId: parseId(filter.vacancyId, 'filter.vacancyId') });
  if (filter.beneficiaryId != null) {
    query.andWhere('c.beneficiary_id = :beneficiaryId', { beneficiaryId: parseId(filter.beneficiaryId, 'filter.beneficiaryId') });
  }
  if (filter.status != null) query.andWhere('c.status = :status', { status: filter.status });
}
