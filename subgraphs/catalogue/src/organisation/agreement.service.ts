import {
  badUserInput,
  conflict,
  createListLoader,
  defineWorkflow,
  EntityLoader,
  LONG_TEXT,
  notFound,
  parseId,
  readText,
  SHORT_TEXT,
  todayInItaly,
  unlessUnique,
  type Caller,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import type DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AgreementStatus, CreateAgreementInput, ServiceArea, UpdateAgreementInput } from '../generated/resolvers-types.js';
import { refuseNull } from '../service/service-input.js';
import { AgreementEntity } from './agreement.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { organisationPolicy } from './organisation.policy.js';

type StoredStatus = AgreementEntity['status'];

/** An agreement is negotiated, signed, and may be ended early; a draft that goes nowhere is terminated. */
export const agreementWorkflow = defineWorkflow<StoredStatus>('agreement', {
  DRAFT: ['SIGNED', 'TERMINATED'],
  SIGNED: ['TERMINATED'],
  TERMINATED: [],
});

type AgreementFields = Partial<
  Pick<AgreementEntity, 'otherPartyIds' | 'title' | 'scope' | 'areas' | 'startsOn' | 'endsOn' | 'documentReference' | 'status'>
>;

/** The network's protocols of understanding for one request. Holds that request's DataLoaders. */
export class AgreementService {
  readonly #byId: EntityLoader<AgreementEntity>;
  /** The agreements each organisation is a party to, in one statement for a whole page of organisations. */
  readonly #ofOrganisation: DataLoader<string, { organisationId: string; agreement: AgreementEntity }[]>;

  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit }: ServiceScope) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    const repository = dataSource.getRepository(AgreementEntity);
    this.#byId = new EntityLoader(repository, 'agreement');
    this.#ofOrganisation = createListLoader<string, { organisationId: string; agreement: AgreementEntity }>(
      async (ids) => {
        const rows = await repository
          .createQueryBuilder('a')
          .where('a.organisation_id IN (:...ids) OR a.other_party_ids && CAST(:array AS uuid[])', { ids, array: `{${ids.join(',')}}` })
          .orderBy('a.starts_on', 'DESC')
          .addOrderBy('a.id', 'ASC')
          .getMany();
        return rows.flatMap((agreement) =>
          [agreement.organisationId, ...agreement.otherPartyIds]
            .filter((id) => ids.includes(id))
            .map((organisationId) => ({ organisationId, agreement })),
        );
      },
      (row) => row.organisationId,
    );
  }

  get(id: string, field = 'id'): Promise<AgreementEntity> {
    return this.#byId.get(id, field);
  }

  /** The agreements an organisation is a party to, most recent start first. */
  async ofOrganisation(organisationId: string): Promise<AgreementEntity[]> {
    return (await this.#ofOrganisation.load(organisationId)).map((row) => row.agreement);
  }

  /** EXPIRED is a signed agreement whose last day has passed. */
  statusOf(agreement: AgreementEntity, today = todayInItaly()): AgreementStatus {
    return agreement.status === 'SIGNED' && agreement.endsOn !== null && agreement.endsOn < today ? 'EXPIRED' : agreement.status;
  }

  async create(input: CreateAgreementInput): Promise<AgreementEntity> {
    organisationPolicy.assert(this.caller, 'manageAgreements');
    const organisationId = parseId(input.organisationId, 'input.organisationId');
    const status = parseStoredStatus(input.status ?? 'DRAFT', 'input.status');
    if (status === 'TERMINATED') throw badUserInput('A new agreement is DRAFT or SIGNED', 'input.status');
    const fields = {
      organisationId,
      otherPartyIds: parseParties(input.otherPartyIds ?? [], organisationId, 'input.otherPartyIds'),
      title: readText(input.title, 'input.title', SHORT_TEXT),
      scope: readText(input.scope, 'input.scope', LONG_TEXT),
      areas: parseAreas(input.areas, 'input.areas'),
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      documentReference: readText(input.documentReference, 'input.documentReference', SHORT_TEXT),
      status,
      createdBy: this.caller.userId,
    };
    requireOrder(fields.startsOn, fields.endsOn);
    return this.dataSource.transaction(async (manager) => {
      await requireActiveOrganisations(manager, [organisationId], 'input.organisationId');
      await requireActiveOrganisations(manager, fields.otherPartyIds, 'input.otherPartyIds');
      const saved = await unlessUnique(
        manager.getRepository(AgreementEntity).save(fields),
        () => duplicateReference(),
        'agreement_document_reference_unique',
      );
      await this.audit.change(manager, 'createAgreement', {
        beneficiaryId: null,
        details: {
          agreementId: saved.id,
          organisationId,
          otherPartyIds: fields.otherPartyIds,
          status,
          documentReference: fields.documentReference,
        },
      });
      return manager.getRepository(AgreementEntity).findOneByOrFail({ id: saved.id });
    });
  }

  async update(id: string, input: UpdateAgreementInput, expectedVersion: number): Promise<AgreementEntity> {
    organisationPolicy.assert(this.caller, 'manageAgreements');
    const agreementId = parseId(id, 'id');
    for (const key of ['otherPartyIds', 'title', 'scope', 'areas', 'startsOn', 'documentReference', 'status'] as const) {
      refuseNull(input[key], `input.${key}`);
    }
    const fields: AgreementFields = {};
    if (input.title != null) fields.title = readText(input.title, 'input.title', SHORT_TEXT);
    if (input.scope != null) fields.scope = readText(input.scope, 'input.scope', LONG_TEXT);
    if (input.areas != null) fields.areas = parseAreas(input.areas, 'input.areas');
    if (input.startsOn != null) fields.startsOn = input.startsOn;
    if (input.endsOn !== undefined) fields.endsOn = input.endsOn;
    if (input.documentReference != null)
      fields.documentReference = readText(input.documentReference, 'input.documentReference', SHORT_TEXT);
    const status = input.status != null ? parseStoredStatus(input.status, 'input.status') : undefined;

    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AgreementEntity);
      const current = await repository
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :id', { id: agreementId })
        .getOne();
      if (!current) throw notFound('agreement', agreementId, 'id');
      if (current.version !== expectedVersion) {
        throw conflict(
          `The agreement changed since you read it (version ${current.version}, not ${expectedVersion}): read it again`,
          'expectedVersion',
          { currentVersion: current.version },
        );
      }
      if (status !== undefined && status !== current.status) {
        agreementWorkflow.assert(current.status, status, 'input.status');
        fields.status = status;
      }
      if (input.otherPartyIds != null) {
        fields.otherPartyIds = parseParties(input.otherPartyIds, current.organisationId, 'input.otherPartyIds');
        await requireActiveOrganisations(manager, fields.otherPartyIds, 'input.otherPartyIds');
      }
      requireOrder(fields.startsOn ?? current.startsOn, fields.endsOn !== undefined ? fields.endsOn : current.endsOn);
      await unlessUnique(
        repository.update({ id: agreementId }, { ...fields, version: () => 'version + 1', updatedAt: () => 'now()' }),
        () => duplicateReference(),
        'agreement_document_reference_unique',
      );
      await this.audit.change(manager, 'updateAgreement', {
        beneficiaryId: null,
        fields: Object.keys(fields).sort(),
        details: {
          agreementId,
          organisationId: current.organisationId,
          version: current.version + 1,
          ...(fields.status ? { from: current.status, to: fields.status } : {}),
        },
      });
      return repository.findOneByOrFail({ id: agreementId });
    });
  }
}

function parseStoredStatus(status: AgreementStatus, field: string): StoredStatus {
  if (status === 'EXPIRED') throw badUserInput('EXPIRED follows from the end date: it is never set', field);
  return status;
}

function parseAreas(areas: readonly ServiceArea[], field: string): ServiceArea[] {
  if (areas.length === 0) throw badUserInput(`${field} needs at least one area`, field);
  return [...new Set(areas)];
}

function parseParties(ids: readonly string[], organisationId: string, field: string): string[] {
  const parsed = [...new Set(ids.map((id, index) => parseId(id, `${field}[${index}]`)))];
  if (parsed.includes(organisationId)) throw badUserInput(`${field} repeats the organisation SHUBH signs with`, field);
  return parsed;
}

function requireOrder(startsOn: string, endsOn: string | null): void {
  if (endsOn !== null && endsOn < startsOn)
    throw badUserInput(`input.endsOn (${endsOn}) is before input.startsOn (${startsOn})`, 'input.endsOn');
}

function duplicateReference() {
  return conflict('Another agreement already has this document reference', 'input.documentReference');
}

/** Every id an organisation of the network (NOT_FOUND) that is still active (BAD_USER_INPUT), both naming `field`. */
async function requireActiveOrganisations(manager: EntityManager, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const known = await manager.getRepository(OrganisationEntity).findBy({ id: In([...ids]) });
  for (const id of ids) {
    const organisation = known.find((candidate) => candidate.id === id);
    if (!organisation) throw notFound('organisation', id, field);
    if (organisation.deactivatedAt !== null) throw badUserInput(`${organisation.name} is deactivated: it cannot sign an agreement`, field);
  }
}
