import {
  ageOn,
  badUserInput,
  type Caller,
  conflict,
  type ContextWith,
  createListLoader,
  createRecordLoader,
  defineWorkflow,
  DUE_DAY,
  EXPIRY_DAY,
  notFound,
  parseId,
  readOptionalDate,
  readOptionalText,
  readText,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
  unlessUnique,
} from '@shubh/platform';
import { In, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { BeneficiaryService } from '../beneficiary/beneficiary.service.js';
import type {
  CefrLevel,
  RecognitionStatus,
  RecordAdministrativeProcedureInput,
  RecordEducationInput,
  RecordLanguageLevelInput,
  RecordSkillInput,
  UpdateAdministrativeProcedureInput,
  UpdateQualificationRecognitionInput,
} from '../generated/resolvers-types.js';
import {
  AdministrativeProcedureEntity,
  EducationEntity,
  LanguageAssessmentEntity,
  SkillEntity,
  WorkExperienceEntity,
} from './assessment.entities.js';
import { assessmentPolicy } from './assessment.policy.js';
import { computeEmployability, type EmployabilityProfile } from './employability.js';
import { ISO_639_1_CODES } from './language-codes.js';
import { assertCaseOpen } from '../case-lifecycle/case-guard.js';

const ITALIAN = 'it';
const ESCO_PREFIX = 'http://data.europa.eu/esco/';
/** Labels, titles, certificates, authorities: one line. */
const ASSESSMENT_TEXT = { max: 500 };
/** A note or the description of a procedure: a few lines. */
const ASSESSMENT_NOTE = { max: 2000, multiline: true };

/** The steps a recognition procedure may take from each status (staying put edits the details). */
const recognitionWorkflow = defineWorkflow<RecognitionStatus>(
  'recognition',
  {
    NOT_STARTED: ['NOT_STARTED', 'SUBMITTED'],
    SUBMITTED: ['SUBMITTED', 'IN_PROGRESS', 'RECOGNISED', 'REJECTED'],
    IN_PROGRESS: ['IN_PROGRESS', 'RECOGNISED', 'REJECTED'],
    RECOGNISED: ['RECOGNISED'],
    REJECTED: ['REJECTED', 'SUBMITTED'],
  },
  {
    final: (from, to) => `A recognition ${from} cannot become ${to}`,
    illegal: (from, to) => `A recognition ${from} cannot become ${to}`,
  },
);

/** Required text of an assessment field (BAD_USER_INPUT naming it when blank or too long). */
function text(value: string, field: string): string {
  return readText(value, field, ASSESSMENT_TEXT);
}

/** Optional text of an assessment field: blank is null. */
function optionalText(value: string | null | undefined, field: string): string | null {
  return readOptionalText(value, field, ASSESSMENT_TEXT);
}

/** The youngest age at which an education is completed (a primary school certificate). */
const MINIMUM_AGE_AT_COMPLETION = 6;
/** Years of work experience are counted from this age (the youngest at which people the programme follows worked). */
const MINIMUM_WORKING_AGE = 14;

function notInFuture(date: string | null | undefined, field: string, today: string): void {
  if (date != null && date > today) throw badUserInput(`${field} must not be in the future`, field);
}

/** Saves a new procedure; the open-per-kind unique index turns a concurrent duplicate into a CONFLICT. */
async function saveUnlessOpen(
  manager: EntityManager,
  kind: string,
  procedure: AdministrativeProcedureEntity,
): Promise<AdministrativeProcedureEntity> {
  return unlessUnique(manager.getRepository(AdministrativeProcedureEntity).save(procedure), () =>
    conflict(`A ${kind} procedure is already open: update it`, 'input.kind'),
  );
}

/**
 * The assessment (WP2) of a beneficiary for one request: read through DataLoaders (one statement per relation
 * whatever the number of people), changed by the case's editors in one audited transaction.
 */
export class AssessmentService {
  readonly #skills;
  readonly #education;
  readonly #languages;
  readonly #workExperience;
  readonly #procedures;

  private readonly dataSource: DataSource;
  private readonly beneficiaries: BeneficiaryService;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit, context }: ServiceScope<ContextWith<typeof beneficiaryServices>>) {
    this.dataSource = dataSource;
    this.beneficiaries = context.beneficiaries;
    this.caller = caller;
    this.audit = audit;
    const byBeneficiary = <T extends ObjectLiteral & { beneficiaryId: string }>(
      entity: EntityTarget<T>,
      order: Record<string, 'ASC' | 'DESC'>,
    ) =>
      createListLoader<string, T>(
        (ids) => dataSource.getRepository(entity).find({ where: { beneficiaryId: In([...ids]) } as never, order: order as never }),
        (row) => row.beneficiaryId,
      );
    this.#skills = byBeneficiary(SkillEntity, { recordedAt: 'DESC', id: 'ASC' });
    this.#education = byBeneficiary(EducationEntity, { recordedAt: 'DESC', id: 'ASC' });
    this.#procedures = createListLoader<string, AdministrativeProcedureEntity>(
      (ids) =>
        dataSource
          .getRepository(AdministrativeProcedureEntity)
          .createQueryBuilder('p')
          .where('p.beneficiary_id IN (:...ids)', { ids })
          .orderBy('p.due_on', 'ASC', 'NULLS LAST')
          .addOrderBy('p.id')
          .getMany(),
      (row) => row.beneficiaryId,
    );
    // The level in force per language: the latest assessment (then the latest recorded).
    this.#languages = createListLoader<string, LanguageAssessmentEntity>(
      (ids) =>
        dataSource
          .getRepository(LanguageAssessmentEntity)
          .createQueryBuilder('l')
          .distinctOn(['l.beneficiary_id', 'l.language'])
          .where('l.beneficiary_id IN (:...ids)', { ids })
          .orderBy('l.beneficiary_id')
          .addOrderBy('l.language')
          .addOrderBy('l.assessed_on', 'DESC')
          .addOrderBy('l.recorded_at', 'DESC')
          .getMany(),
      (row) => row.beneficiaryId,
    );
    this.#workExperience = createRecordLoader<string, WorkExperienceEntity>(
      (ids) => dataSource.getRepository(WorkExperienceEntity).findBy({ beneficiaryId: In([...ids]) }),
      (row) => row.beneficiaryId,
    );
  }

  // Reads. The beneficiary is one the caller may see (its resolver checked); the case file needs more.

  skills(beneficiary: BeneficiaryEntity): Promise<SkillEntity[]> {
    return this.#read(beneficiary, 'skills', () => this.#skills.load(beneficiary.id));
  }

  education(beneficiary: BeneficiaryEntity): Promise<EducationEntity[]> {
    return this.#read(beneficiary, 'education', () => this.#education.load(beneficiary.id));
  }

  languages(beneficiary: BeneficiaryEntity): Promise<LanguageAssessmentEntity[]> {
    return this.#read(beneficiary, 'languages', () => this.#languages.load(beneficiary.id));
  }

  administrativeProcedures(beneficiary: BeneficiaryEntity): Promise<AdministrativeProcedureEntity[]> {
    return this.#read(beneficiary, 'administrativeProcedures', () => this.#procedures.load(beneficiary.id));
  }

  workExperienceYears(beneficiary: BeneficiaryEntity): Promise<number | null> {
    return this.#read(beneficiary, 'workExperienceYears', async () => (await this.#workExperience.load(beneficiary.id))?.years ?? null);
  }

  /** Readable by anyone who may see the person: services check it for eligibility. */
  async italianLevel(beneficiary: BeneficiaryEntity): Promise<CefrLevel | null> {
    this.audit.read(beneficiary.id, ['italianLevel']);
    const languages = await this.#languages.load(beneficiary.id);
    return languages.find((language) => language.language === ITALIAN)?.level ?? null;
  }

  employability(beneficiary: BeneficiaryEntity): Promise<EmployabilityProfile> {
    return this.#read(beneficiary, 'employability', async () => {
      const [languages, skills, experience, education, procedures] = await Promise.all([
        this.#languages.load(beneficiary.id),
        this.#skills.load(beneficiary.id),
        this.#workExperience.load(beneficiary.id),
        this.#education.load(beneficiary.id),
        this.#procedures.load(beneficiary.id),
      ]);
      return computeEmployability({
        italianLevel: languages.find((language) => language.language === ITALIAN)?.level ?? null,
        skills,
        workExperienceYears: experience?.years ?? null,
        education,
        procedures,
        today: todayInItaly(),
      });
    });
  }

  async #read<T>(beneficiary: BeneficiaryEntity, field: string, load: () => Promise<T>): Promise<T> {
    assessmentPolicy.assert(this.caller, 'read', beneficiary);
    this.audit.read(beneficiary.id, [field]);
    return load();
  }

  // Changes.

  async recordSkill(beneficiaryId: string, input: RecordSkillInput): Promise<SkillEntity> {
    const beneficiary = await this.#editable(beneficiaryId);
    const label = text(input.label, 'input.label');
    const escoUri = optionalText(input.escoUri, 'input.escoUri');
    if (escoUri !== null && !escoUri.startsWith(ESCO_PREFIX)) {
      throw badUserInput(`input.escoUri must be an ESCO concept URI starting ${ESCO_PREFIX}`, 'input.escoUri');
    }
    const certifiedBy = optionalText(input.certifiedBy, 'input.certifiedBy');
    if (input.certified && certifiedBy === null) throw badUserInput('A certified skill needs who certified it', 'input.certifiedBy');
    if (!input.certified && certifiedBy !== null) {
      throw badUserInput('certifiedBy is only for a certified skill: leave it out or set certified', 'input.certifiedBy');
    }
    return this.#change(beneficiary, 'recordSkill', ['skills'], async (manager) => {
      const skill = await manager.getRepository(SkillEntity).save({
        beneficiaryId: beneficiary.id,
        label,
        escoUri,
        level: input.level,
        certified: input.certified,
        certifiedBy,
        recordedAt: new Date(),
        recordedBy: this.caller.userId,
      });
      return { result: skill, details: { skillId: skill.id, label, certified: input.certified } };
    });
  }

  async recordEducation(beneficiaryId: string, input: RecordEducationInput): Promise<EducationEntity> {
    const beneficiary = await this.#editable(beneficiaryId);
    const title = text(input.title, 'input.title');
    const country = input.country.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(country))
      throw badUserInput('input.country must be an ISO 3166-1 alpha-2 code such as AF or NG', 'input.country');
    const thisYear = Number(todayInItaly().slice(0, 4));
    if (input.completedYear != null && (input.completedYear < 1940 || input.completedYear > thisYear)) {
      throw badUserInput(`input.completedYear must be from 1940 to ${thisYear}`, 'input.completedYear');
    }
    // Nobody completes an education before school age.
    const earliestYear = Number(beneficiary.birthDate.slice(0, 4)) + MINIMUM_AGE_AT_COMPLETION;
    if (input.completedYear != null && input.completedYear < earliestYear) {
      throw badUserInput(
        `input.completedYear must be ${earliestYear} or later: the person was born in ${beneficiary.birthDate.slice(0, 4)}`,
        'input.completedYear',
      );
    }
    return this.#change(beneficiary, 'recordEducation', ['education'], async (manager) => {
      const now = new Date();
      const entry = await manager.getRepository(EducationEntity).save({
        beneficiaryId: beneficiary.id,
        iscedLevel: input.iscedLevel,
        title,
        country,
        completedYear: input.completedYear ?? null,
        recognitionStatus: 'NOT_STARTED',
        recognitionAuthority: null,
        recognitionSubmittedOn: null,
        recognitionDecidedOn: null,
        recognitionNote: null,
        recordedAt: now,
        updatedAt: now,
        updatedBy: this.caller.userId,
        version: 1,
      });
      return { result: entry, details: { educationId: entry.id, iscedLevel: input.iscedLevel, country } };
    });
  }

  async updateQualificationRecognition(educationId: string, input: UpdateQualificationRecognitionInput): Promise<EducationEntity> {
    const id = parseId(educationId, 'educationId');
    const existing = await this.dataSource.getRepository(EducationEntity).findOneBy({ id });
    if (!existing) throw notFound('education entry', educationId, 'educationId');
    const beneficiary = await this.#editable(existing.beneficiaryId);
    if (existing.version !== input.expectedVersion) {
      throw conflict(`The education entry changed since version ${input.expectedVersion}`, 'input.expectedVersion', {
        currentVersion: existing.version,
      });
    }
    recognitionWorkflow.assert(existing.recognitionStatus, input.status, 'input.status');
    const started = input.status !== 'NOT_STARTED';
    const decided = input.status === 'RECOGNISED' || input.status === 'REJECTED';
    const authority = optionalText(input.authority, 'input.authority');
    if (started && authority === null) throw badUserInput(`A ${input.status} recognition needs the deciding authority`, 'input.authority');
    if (started && input.submittedOn == null)
      throw badUserInput(`A ${input.status} recognition needs the submission day`, 'input.submittedOn');
    if (decided && input.decidedOn == null) throw badUserInput(`A ${input.status} recognition needs the decision day`, 'input.decidedOn');
    if (!decided && input.decidedOn != null) throw badUserInput('Only a decided recognition has a decision day', 'input.decidedOn');
    const today = todayInItaly();
    notInFuture(input.submittedOn, 'input.submittedOn', today);
    notInFuture(input.decidedOn, 'input.decidedOn', today);
    if (input.decidedOn != null && input.submittedOn != null && input.decidedOn < input.submittedOn) {
      throw badUserInput('input.decidedOn must not be before input.submittedOn', 'input.decidedOn');
    }
    return this.#change(beneficiary, 'updateQualificationRecognition', ['education'], async (manager) => {
      await this.#updateVersioned(manager, EducationEntity, id, input.expectedVersion, {
        recognitionStatus: input.status,
        recognitionAuthority: started ? authority : null,
        recognitionSubmittedOn: started ? input.submittedOn! : null,
        recognitionDecidedOn: decided ? input.decidedOn! : null,
        recognitionNote: readOptionalText(input.note, 'input.note', ASSESSMENT_NOTE),
        updatedBy: this.caller.userId,
      });
      return {
        result: await manager.getRepository(EducationEntity).findOneByOrFail({ id }),
        details: { educationId: id, from: existing.recognitionStatus, to: input.status },
      };
    });
  }

  async recordLanguageLevel(beneficiaryId: string, input: RecordLanguageLevelInput): Promise<LanguageAssessmentEntity> {
    const beneficiary = await this.#editable(beneficiaryId);
    const language = input.language.trim().toLowerCase();
    if (!ISO_639_1_CODES.has(language)) {
      throw badUserInput(
        `input.language must be an ISO 639-1 code such as it, en or ar, got ${JSON.stringify(input.language)}`,
        'input.language',
      );
    }
    notInFuture(input.assessedOn, 'input.assessedOn', todayInItaly());
    const certificate = optionalText(input.certificate, 'input.certificate');
    return this.#change(
      beneficiary,
      'recordLanguageLevel',
      ['languages', ...(language === ITALIAN ? ['italianLevel'] : [])],
      async (manager) => {
        const assessment = await manager.getRepository(LanguageAssessmentEntity).save({
          beneficiaryId: beneficiary.id,
          language,
          level: input.level,
          assessedOn: input.assessedOn,
          certificate,
          recordedAt: new Date(),
          recordedBy: this.caller.userId,
        });
        return { result: assessment, details: { language, level: input.level, assessedOn: input.assessedOn } };
      },
    );
  }

  async recordWorkExperience(beneficiaryId: string, years: number): Promise<BeneficiaryEntity> {
    const beneficiary = await this.#editable(beneficiaryId);
    if (!Number.isInteger(years) || years < 0 || years > 60) throw badUserInput('years must be from 0 to 60', 'years');
    // Years of work fit in the years since the age a person may first work.
    const most = Math.max(0, ageOn(beneficiary.birthDate) - MINIMUM_WORKING_AGE);
    if (years > most) throw badUserInput(`years must be at most ${most} for a person born on ${beneficiary.birthDate}`, 'years');
    return this.#change(beneficiary, 'recordWorkExperience', ['workExperienceYears'], async (manager) => {
      await manager
        .getRepository(WorkExperienceEntity)
        .upsert({ beneficiaryId: beneficiary.id, years, recordedAt: new Date(), recordedBy: this.caller.userId }, ['beneficiaryId']);
      this.#workExperience.clear(beneficiary.id);
      return { result: beneficiary, details: { years } };
    });
  }

  async recordAdministrativeProcedure(
    beneficiaryId: string,
    input: RecordAdministrativeProcedureInput,
  ): Promise<AdministrativeProcedureEntity> {
    const beneficiary = await this.#editable(beneficiaryId);
    const description = readOptionalText(input.description, 'input.description', ASSESSMENT_NOTE);
    if (input.kind === 'OTHER' && description === null) throw badUserInput('An OTHER procedure needs its description', 'input.description');
    const permit = input.kind === 'PERMIT_RENEWAL';
    if (permit && input.permitExpiresOn == null) {
      throw badUserInput('A permit renewal needs the day the current permit expires', 'input.permitExpiresOn');
    }
    if (!permit && input.permitExpiresOn != null) {
      throw badUserInput('permitExpiresOn is only for PERMIT_RENEWAL', 'input.permitExpiresOn');
    }
    readOptionalDate(input.dueOn, 'input.dueOn', DUE_DAY);
    readOptionalDate(input.permitExpiresOn, 'input.permitExpiresOn', EXPIRY_DAY);
    const repository = this.dataSource.getRepository(AdministrativeProcedureEntity);
    return this.#change(beneficiary, 'recordAdministrativeProcedure', ['administrativeProcedures'], async (manager) => {
      if (input.kind !== 'OTHER') {
        // The unique index settles a race; this check names the field.
        const open = await manager
          .getRepository(AdministrativeProcedureEntity)
          .createQueryBuilder('p')
          .where("p.beneficiary_id = :id AND p.kind = :kind AND p.status <> 'DONE'", { id: beneficiary.id, kind: input.kind })
          .getExists();
        if (open) throw conflict(`A ${input.kind} procedure is already open: update it`, 'input.kind');
      }
      const now = new Date();
      const procedure = await saveUnlessOpen(
        manager,
        input.kind,
        repository.create({
          beneficiaryId: beneficiary.id,
          kind: input.kind,
          description,
          status: input.status ?? 'TO_DO',
          dueOn: input.dueOn ?? null,
          permitExpiresOn: input.permitExpiresOn ?? null,
          createdAt: now,
          updatedAt: now,
          updatedBy: this.caller.userId,
          version: 1,
        }),
      );
      return { result: procedure, details: { procedureId: procedure.id, kind: input.kind, status: procedure.status } };
    });
  }

  async updateAdministrativeProcedure(
    procedureId: string,
    input: UpdateAdministrativeProcedureInput,
  ): Promise<AdministrativeProcedureEntity> {
    const id = parseId(procedureId, 'procedureId');
    const existing = await this.dataSource.getRepository(AdministrativeProcedureEntity).findOneBy({ id });
    if (!existing) throw notFound('administrative procedure', procedureId, 'procedureId');
    const beneficiary = await this.#editable(existing.beneficiaryId);
    if (existing.version !== input.expectedVersion) {
      throw conflict(`The procedure changed since version ${input.expectedVersion}`, 'input.expectedVersion', {
        currentVersion: existing.version,
      });
    }
    if (input.status === null) throw badUserInput('input.status cannot be cleared', 'input.status');
    if (input.permitExpiresOn != null && existing.kind !== 'PERMIT_RENEWAL') {
      throw badUserInput('permitExpiresOn is only for PERMIT_RENEWAL', 'input.permitExpiresOn');
    }
    if (input.permitExpiresOn === null && existing.kind === 'PERMIT_RENEWAL') {
      throw badUserInput('A permit renewal keeps the expiry of the permit', 'input.permitExpiresOn');
    }
    readOptionalDate(input.dueOn, 'input.dueOn', DUE_DAY);
    readOptionalDate(input.permitExpiresOn, 'input.permitExpiresOn', EXPIRY_DAY);
    const description =
      input.description === undefined ? existing.description : readOptionalText(input.description, 'input.description', ASSESSMENT_NOTE);
    if (existing.kind === 'OTHER' && description === null)
      throw badUserInput('An OTHER procedure needs its description', 'input.description');
    const changes: Partial<AdministrativeProcedureEntity> = {
      status: input.status ?? existing.status,
      description,
      dueOn: input.dueOn === undefined ? existing.dueOn : input.dueOn,
      permitExpiresOn: input.permitExpiresOn ?? existing.permitExpiresOn,
      updatedBy: this.caller.userId,
    };
    return this.#change(beneficiary, 'updateAdministrativeProcedure', ['administrativeProcedures'], async (manager) => {
      await this.#updateVersioned(manager, AdministrativeProcedureEntity, id, input.expectedVersion, changes);
      return {
        result: await manager.getRepository(AdministrativeProcedureEntity).findOneByOrFail({ id }),
        details: { procedureId: id, kind: existing.kind, from: existing.status, to: changes.status },
      };
    });
  }

  async #editable(beneficiaryId: string): Promise<BeneficiaryEntity> {
    const beneficiary = await this.beneficiaries.get(beneficiaryId, 'beneficiaryId');
    assessmentPolicy.assert(this.caller, 'record', beneficiary);
    return beneficiary;
  }

  /** One transaction: the change, then its audit entry (last), so both commit or neither. */
  #change<T>(
    beneficiary: BeneficiaryEntity,
    operation: string,
    fields: string[],
    write: (manager: EntityManager) => Promise<{ result: T; details: Record<string, unknown> }>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await assertCaseOpen(manager, beneficiary.id);
      const { result, details } = await write(manager);
      await this.audit.change(manager, operation, { beneficiaryId: beneficiary.id, fields, details });
      return result;
    });
  }

  /** A conditional UPDATE on the version: of two concurrent changes from the same version, exactly one applies. */
  async #updateVersioned<T extends ObjectLiteral>(
    manager: EntityManager,
    entity: EntityTarget<T>,
    id: string,
    expectedVersion: number,
    changes: Partial<T>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(entity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (result.affected !== 1) {
      const current = await manager.getRepository(entity).findOneByOrFail({ id } as never);
      throw conflict(`The record changed since version ${expectedVersion}`, 'input.expectedVersion', { currentVersion: current.version });
    }
  }
}
