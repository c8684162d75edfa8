import {
  badUserInput,
  readEuros,
  notFound,
  unknownPerson,
  CaseAccessLoader,
  createListLoader,
  parseId,
  readText,
  SharedRecordReader,
  SHORT_TEXT,
  todayInItaly,
  type RequestAudit,
  type Caller,
  type ServiceScope,
  type ContextWith,
} from '@shubh/platform';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { HousingStatus, RecordHousingSituationInput } from '../generated/resolvers-types.js';
import { HousingSituationChangeEntity, HousingSituationEntity, HousingSituationInForceEntity } from './housing-situation.entity.js';
import { housingSituationPolicy } from './housing-situation.policy.js';

const FIELD = 'housingSituation';
/** Monthly income for rent is capped so that cents stay a PostgreSQL integer. */
const MAX_INCOME_EUROS = 100_000;
const MAX_AREAS = 10;

type Context = ContextWith<{ caseAccess: typeof CaseAccessLoader }>;

/** A person's housing situation, for one request: the platform's rule for data kept outside the beneficiaries subgraph. */
export class HousingSituationService extends SharedRecordReader<HousingSituationInForceEntity> {
  readonly #history;
  private readonly dataSource: DataSource;
  private readonly scopeCaller: Caller;
  private readonly scopeAudit: RequestAudit;
  private readonly context: Context;

  constructor({ dataSource, caller, audit, context }: ServiceScope<Context>) {
    super(dataSource, HousingSituationInForceEntity, caller, audit, {
      field: FIELD,
      what: 'housing situation',
      purpose: 'HOUSING_SUPPORT',
    });
    this.dataSource = dataSource;
    this.scopeCaller = caller;
    this.scopeAudit = audit;
    this.context = context;
    this.#history = createListLoader<string, HousingSituationChangeEntity>(
      (ids) =>
        dataSource
          .getRepository(HousingSituationChangeEntity)
          .find({ where: { beneficiaryId: In([...ids]) }, order: { recordedAt: 'ASC', id: 'ASC' } }),
      (change) => change.beneficiaryId,
    );
  }

  /** The recordings of a situation already read (so already authorized), oldest first; batched. */
  historyOf(situation: HousingSituationEntity): Promise<HousingSituationChangeEntity[]> {
    return this.#history.load(situation.beneficiaryId);
  }

  /** Records the situation and need (upsert) with a history row and the audit entry, in one transaction. */
  async recordSituation(input: RecordHousingSituationInput): Promise<HousingSituationEntity> {
    const beneficiaryId = parseId(input.beneficiaryId, 'input.beneficiaryId');
    const facts = await this.context.caseAccess.load(beneficiaryId);
    // Refused before anything says whether the person exists; only then is an unknown id NOT_FOUND.
    housingSituationPolicy.assert(this.scopeCaller, 'record', facts ?? unknownPerson(beneficiaryId));
    if (!facts) throw notFound('beneficiary', beneficiaryId, 'input.beneficiaryId');
    const today = todayInItaly();
    if (input.since != null && input.since > today) throw badUserInput(`input.since must be today (${today}) or earlier`, 'input.since');
    const municipality = input.municipality == null ? null : readText(input.municipality, 'input.municipality', SHORT_TEXT);
    const areas = (input.areasWanted ?? []).map((area, index) => readText(area, `input.areasWanted.${index}`, SHORT_TEXT));
    if (areas.length > MAX_AREAS) throw badUserInput(`At most ${MAX_AREAS} areas`, 'input.areasWanted');
    const values = {
      beneficiaryId,
      status: input.status,
      municipality: input.status === 'HOMELESS' ? null : municipality,
      since: input.since ?? null,
      risk: input.risk ?? 'NONE',
      rentIncomeCents: input.rentIncomeEuros == null ? null : readEuros(input.rentIncomeEuros, 'input.rentIncomeEuros', MAX_INCOME_EUROS),
      areasWanted: areas,
      needsAccessible: input.needsAccessibleHome ?? false,
      earliestMoveIn: input.earliestMoveIn ?? null,
      recordedBy: this.scopeCaller.userId,
    };
    return this.dataSource.transaction(async (manager) => {
      await this.write(manager, values);
      await this.scopeAudit.change(manager, 'recordHousingSituation', {
        beneficiaryId,
        fields: [FIELD],
        details: { status: values.status, risk: values.risk },
      });
      return manager.getRepository(HousingSituationInForceEntity).findOneByOrFail({ beneficiaryId });
    });
  }

  /**
   * Inside a placement's transaction (whose audit entry covers it): the person now lives in the placement's home,
   * at no risk; the need recorded before (income, areas, accessibility) stays.
   */
  async applyPlacement(
    manager: EntityManager,
    beneficiaryId: string,
    home: { status: HousingStatus; municipality: string; since: string },
  ): Promise<void> {
    const current = await manager.getRepository(HousingSituationEntity).findOneBy({ beneficiaryId });
    await this.write(manager, {
      beneficiaryId,
      ...home,
      risk: 'NONE',
      rentIncomeCents: current?.rentIncomeCents ?? null,
      areasWanted: current?.areasWanted ?? [],
      needsAccessible: current?.needsAccessible ?? false,
      earliestMoveIn: null,
      recordedBy: this.scopeCaller.userId,
    });
  }

  /** The situation (upserted) and its history row. */
  private async write(manager: EntityManager, values: SituationValues): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(HousingSituationEntity)
      .values({ ...values, rentGuaranteeActive: false })
      .orUpdate(
        [
          'status',
          'municipality',
          'since',
          'risk',
          'rent_income_cents',
          'areas_wanted',
          'needs_accessible',
          'earliest_move_in',
          'recorded_by',
          'updated_at',
        ],
        ['beneficiary_id'],
      )
      .execute();
    await manager.getRepository(HousingSituationChangeEntity).insert({
      beneficiaryId: values.beneficiaryId,
      status: values.status,
      municipality: values.municipality,
      since: values.since,
      risk: values.risk,
      recordedBy: this.scopeCaller.userId,
      recordedAt: () => 'clock_timestamp()',
    });
  }
}

type SituationValues = Pick<
  HousingSituationEntity,
  | 'beneficiaryId'
  | 'status'
  | 'municipality'
  | 'since'
  | 'risk'
  | 'rentIncomeCents'
  | 'areasWanted'
  | 'needsAccessible'
  | 'earliestMoveIn'
  | 'recordedBy'
>;
