import {
  addDays,
  addMonths,
  badUserInput,
  type Caller,
  conflict,
  type ContextWith,
  createListLoader,
  EntityLoader,
  NOTE_TEXT,
  notFound,
  readPositiveEuros,
  readOptionalText,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
  unlessUnique,
} from '@shubh/platform';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { ActivateRentGuaranteeInput, ClaimRentGuaranteeInput } from '../generated/resolvers-types.js';
import { fundOf, housingConfig } from '../housing-config.js';
import type { HousingOfferService } from '../housing-offer/housing-offer.service.js';
import type { HousingProposalService } from '../housing-request/housing-proposal.service.js';
import type { HousingProposalEntity } from '../housing-request/housing-request.entity.js';
import { RentGuaranteeClaimEntity, RentGuaranteeEntity } from './rent-guarantee.entity.js';
import { rentGuaranteePolicy } from './rent-guarantee.policy.js';

const FIELDS = ['rentGuarantee'];
const MAX_EUROS = 100_000;

type Context = ContextWith<{ housingProposals: typeof HousingProposalService; housingOffers: typeof HousingOfferService }>;

/** Rent guarantees for one request and one caller; each is reached through its placement, which decides who sees it. */
export class RentGuaranteeService {
  readonly #byId: EntityLoader<RentGuaranteeEntity>;
  readonly #ofPlacement;
  readonly #claims;
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly context: Context;

  constructor({ dataSource, caller, audit, context }: ServiceScope<Context>) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.context = context;
    this.#byId = new EntityLoader(dataSource.getRepository(RentGuaranteeEntity), 'rent guarantee');
    this.#ofPlacement = createListLoader<string, RentGuaranteeEntity>(
      (ids) =>
        dataSource
          .getRepository(RentGuaranteeEntity)
          .find({ where: { placementId: In([...ids]) }, order: { activatedAt: 'ASC', id: 'ASC' } }),
      (guarantee) => guarantee.placementId,
    );
    this.#claims = createListLoader<string, RentGuaranteeClaimEntity>(
      (ids) =>
        dataSource
          .getRepository(RentGuaranteeClaimEntity)
          .find({ where: { guaranteeId: In([...ids]) }, order: { recordedAt: 'ASC', id: 'ASC' } }),
      (claim) => claim.guaranteeId,
    );
  }

  /** The guarantees of a placement the caller already read (so may see); batched and audited. */
  async ofPlacement(placement: HousingProposalEntity): Promise<RentGuaranteeEntity[]> {
    const guarantees = await this.#ofPlacement.load(placement.id);
    if (guarantees.length > 0) this.audit.read(placement.beneficiaryId, FIELDS);
    return guarantees;
  }

  claimsOf(guarantee: RentGuaranteeEntity): Promise<RentGuaranteeClaimEntity[]> {
    return this.#claims.load(guarantee.id);
  }

  /**
   * Activates a guarantee: within the programme's end date, and drawn from the province's fund by a conditional
   * update of the fund's row (two activations racing for its last euros: the second waits on the row lock, then
   * finds too little left), the guarantee and the audit entry in the same transaction.
   */
  async activate(input: ActivateRentGuaranteeInput): Promise<RentGuaranteeEntity> {
    const placement = await this.context.housingProposals.get(input.placementId, 'input.placementId');
    rentGuaranteePolicy.assert(this.caller, 'activate', await this.context.housingProposals.factsOf(placement));
    if (placement.status !== 'PLACED' || placement.startsOn === null) {
      throw badUserInput(`The proposal is ${placement.status}: a rent guarantee is for a placement that began`, 'input.placementId');
    }
    const amountCents = readPositiveEuros(input.amountEuros, 'input.amountEuros', MAX_EUROS);
    if (!Number.isInteger(input.months) || input.months < 1 || input.months > 60) {
      throw badUserInput('input.months must be 1 to 60', 'input.months');
    }
    if (input.startsOn < placement.startsOn) {
      throw badUserInput(`input.startsOn cannot be before the placement began (${placement.startsOn})`, 'input.startsOn');
    }
    const config = housingConfig();
    const endsOn = addDays(addMonths(input.startsOn, input.months), -1);
    if (endsOn > config.programmeEndDate) {
      throw badUserInput(
        `A guarantee of ${input.months} months from ${input.startsOn} would end on ${endsOn}, after the programme ends on ${config.programmeEndDate}`,
        'input.months',
      );
    }
    const offer = await this.context.housingOffers.referencedBy(placement.offerId);
    const fundCents = fundOf(config, offer.province);
    return this.dataSource.transaction(async (manager) => {
      await drawFromFund(manager, offer.province, amountCents, fundCents);
      const saved = await unlessUnique(
        manager.getRepository(RentGuaranteeEntity).save({
          beneficiaryId: placement.beneficiaryId,
          placementId: placement.id,
          kind: input.kind,
          province: offer.province,
          amountCents,
          months: input.months,
          startsOn: input.startsOn,
          endsOn,
          status: 'ACTIVE' as const,
          activatedBy: this.caller.userId,
        }),
        () => conflict(`The placement already has an active ${input.kind.toLowerCase()}`, 'input.kind'),
      );
      await this.audit.change(manager, 'activateRentGuarantee', {
        beneficiaryId: placement.beneficiaryId,
        fields: FIELDS,
        details: { guaranteeId: saved.id, placementId: placement.id, amountCents, province: offer.province, endsOn },
      });
      return manager.getRepository(RentGuaranteeEntity).findOneByOrFail({ id: saved.id });
    });
  }

  async claim(id: string, input: ClaimRentGuaranteeInput): Promise<RentGuaranteeEntity> {
    const guarantee = await this.readable(id);
    rentGuaranteePolicy.assert(this.caller, 'claim', await this.placementFacts(guarantee));
    const amountCents = readPositiveEuros(input.amountEuros, 'input.amountEuros', MAX_EUROS);
    const note = readOptionalText(input.note, 'input.note', NOTE_TEXT);
    return this.dataSource.transaction(async (manager) => {
      const [updated]: [{ claimed_cents: number }[], number] = await manager.query(
        `UPDATE housing.rent_guarantee SET claimed_cents = claimed_cents + $2
         WHERE id = $1 AND status = 'ACTIVE' AND claimed_cents + $2 <= amount_cents RETURNING claimed_cents`,
        [guarantee.id, amountCents],
      );
      if (updated.length !== 1) {
        const current = await manager.getRepository(RentGuaranteeEntity).findOneByOrFail({ id: guarantee.id });
        if (current.status !== 'ACTIVE') throw conflict('The guarantee is released: nothing can be claimed any more', 'id');
        throw conflict(`Only €${(current.amountCents - current.claimedCents) / 100} is left to claim`, 'input.amountEuros');
      }
      await manager
        .getRepository(RentGuaranteeClaimEntity)
        .insert({ guaranteeId: guarantee.id, kind: input.kind, amountCents, note, recordedBy: this.caller.userId });
      await this.audit.change(manager, 'claimRentGuarantee', {
        beneficiaryId: guarantee.beneficiaryId,
        fields: FIELDS,
        details: { guaranteeId: guarantee.id, kind: input.kind, amountCents },
      });
      return manager.getRepository(RentGuaranteeEntity).findOneByOrFail({ id: guarantee.id });
    });
  }

  async release(id: string): Promise<RentGuaranteeEntity> {
    const guarantee = await this.readable(id);
    rentGuaranteePolicy.assert(this.caller, 'release', await this.placementFacts(guarantee));
    const today = todayInItaly();
    return this.dataSource.transaction(async (manager) => {
      const [released]: [{ amount_cents: number; claimed_cents: number; province: string }[], number] = await manager.query(
        `UPDATE housing.rent_guarantee SET status = 'RELEASED', released_on = greatest(starts_on, least(ends_on, $2::date))
         WHERE id = $1 AND status = 'ACTIVE' RETURNING amount_cents, claimed_cents, province`,
        [guarantee.id, today],
      );
      if (released.length !== 1) throw conflict('The guarantee is already released', 'id');
      const row = released[0]!;
      // What was not claimed returns to the fund.
      await manager.query('UPDATE housing.rent_guarantee_fund SET committed_cents = committed_cents - $2 WHERE province = $1', [
        row.province,
        row.amount_cents - row.claimed_cents,
      ]);
      await this.audit.change(manager, 'releaseRentGuarantee', {
        beneficiaryId: guarantee.beneficiaryId,
        fields: FIELDS,
        details: { guaranteeId: guarantee.id, returnedCents: row.amount_cents - row.claimed_cents },
      });
      return manager.getRepository(RentGuaranteeEntity).findOneByOrFail({ id: guarantee.id });
    });
  }

  /** A guarantee whose placement the caller may see; NOT_FOUND otherwise. */
  private async readable(id: string): Promise<RentGuaranteeEntity> {
    const guarantee = await this.#byId.get(id);
    // The placement decides who sees it; one the caller may not see is, to them, a guarantee that does not exist.
    if ((await this.context.housingProposals.find(guarantee.placementId)) === null) throw notFound('rent guarantee', id, 'id');
    return guarantee;
  }

  private async placementFacts(guarantee: RentGuaranteeEntity) {
    return this.context.housingProposals.factsOf(await this.context.housingProposals.get(guarantee.placementId));
  }
}

/** Commits `amountCents` of the province's fund, or CONFLICT (FUND_EXHAUSTED) naming what is left. */
async function drawFromFund(manager: EntityManager, province: string, amountCents: number, fundCents: number): Promise<void> {
  await manager.query('INSERT INTO housing.rent_guarantee_fund (province) VALUES ($1) ON CONFLICT (province) DO NOTHING', [province]);
  const [drawn]: [unknown[], number] = await manager.query(
    `UPDATE housing.rent_guarantee_fund SET committed_cents = committed_cents + $2
     WHERE province = $1 AND committed_cents + $2 <= $3 RETURNING committed_cents`,
    [province, amountCents, fundCents],
  );
  if (drawn.length === 1) return;
  const [fund]: { committed_cents: string }[] = await manager.query(
    'SELECT committed_cents FROM housing.rent_guarantee_fund WHERE province = $1',
    [province],
  );
  const remainingCents = Math.max(0, fundCents - Number(fund!.committed_cents));
  throw conflict(
    `The rent-guarantee fund of ${province} has €${remainingCents / 100} left, less than the €${amountCents / 100} asked`,
    'input.amountEuros',
    { reason: 'FUND_EXHAUSTED', remainingEuros: remainingCents / 100 },
  );
}
