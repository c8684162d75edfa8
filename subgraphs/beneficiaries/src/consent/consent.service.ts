import { badUserInput, conflict, createListLoader, forbidden, notFound, parseId, type Caller, type RequestAudit } from '@shubh/platform';
import { In, IsNull, type DataSource, type Repository } from 'typeorm';
import { mayEdit } from '../beneficiary/beneficiary-access.js';
import type { BeneficiaryService } from '../beneficiary/beneficiary.service.js';
import type { GrantConsentInput } from '../generated/resolvers-types.js';
import { ConsentEntity } from './consent.entity.js';

/** Consents for one request: read through a DataLoader, changed only by whoever may manage the case. */
export class ConsentService {
  readonly #byBeneficiary;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: Repository<ConsentEntity>,
    private readonly beneficiaries: BeneficiaryService,
    private readonly caller: Caller,
    private readonly audit: RequestAudit,
  ) {
    this.#byBeneficiary = createListLoader<string, ConsentEntity>(
      (ids) => repository.find({ where: { beneficiaryId: In([...ids]) }, order: { grantedAt: 'DESC', id: 'ASC' } }),
      (consent) => consent.beneficiaryId,
    );
  }

  /** Every consent of a beneficiary the caller already may see (the beneficiary resolver checked that). */
  of(beneficiaryId: string): Promise<ConsentEntity[]> {
    return this.#byBeneficiary.load(beneficiaryId);
  }

  async purposesInForce(beneficiaryId: string): Promise<string[]> {
    const consents = await this.of(beneficiaryId);
    return [...new Set(consents.filter((consent) => consent.withdrawnAt === null).map((consent) => consent.purpose))].sort();
  }

  async grant(input: GrantConsentInput): Promise<ConsentEntity> {
    const beneficiary = await this.beneficiaries.get(input.beneficiaryId, 'input.beneficiaryId');
    if (!mayEdit(this.caller, beneficiary, { self: true })) {
      throw forbidden('Only the beneficiary, their tutor, their corner coordinator or an administrator may record a consent');
    }
    const sharing = input.purpose === 'SHARE_WITH_ORGANISATION';
    if (sharing && input.organisationId == null) {
      throw badUserInput('SHARE_WITH_ORGANISATION needs the organisation to share with', 'input.organisationId');
    }
    if (!sharing && input.organisationId != null) {
      throw badUserInput(`${input.purpose} is not given to an organisation: leave organisationId out`, 'input.organisationId');
    }
    const organisationId = sharing ? parseId(input.organisationId!, 'input.organisationId') : null;
    return this.dataSource.transaction(async (manager) => {
      const inForce = await manager.getRepository(ConsentEntity).findOneBy({
        beneficiaryId: beneficiary.id,
        purpose: input.purpose,
        organisationId: organisationId ?? IsNull(),
        withdrawnAt: IsNull(),
      });
      if (inForce) {
        throw conflict(`This consent is already in force since ${inForce.grantedAt.toISOString()}`, 'input.purpose');
      }
      const consent = await manager.getRepository(ConsentEntity).save({
        beneficiaryId: beneficiary.id,
        purpose: input.purpose,
        organisationId,
        grantedAt: new Date(),
        grantedBy: this.caller.userId,
        withdrawnAt: null,
        withdrawnBy: null,
      });
      await this.audit.change(manager, 'grantConsent', {
        beneficiaryId: beneficiary.id,
        fields: ['consents'],
        details: { consentId: consent.id, purpose: consent.purpose, organisationId },
      });
      return consent;
    });
  }

  async withdraw(id: string): Promise<ConsentEntity> {
    const consentId = parseId(id, 'id');
    const existing = await this.repository.findOneBy({ id: consentId });
    if (!existing) throw notFound('consent', id, 'id');
    const beneficiary = await this.beneficiaries.get(existing.beneficiaryId);
    if (!mayEdit(this.caller, beneficiary, { self: true })) {
      throw forbidden('Only the beneficiary, their tutor, their corner coordinator or an administrator may withdraw a consent');
    }
    return this.dataSource.transaction(async (manager) => {
      // Conditional update: of two concurrent withdrawals, exactly one changes the row.
      const result = await manager
        .createQueryBuilder()
        .update(ConsentEntity)
        .set({ withdrawnAt: () => 'now()', withdrawnBy: this.caller.userId })
        .where('id = :id AND withdrawn_at IS NULL', { id: consentId })
        .returning('*')
        .execute();
      if (result.affected !== 1) throw conflict('This consent was already withdrawn', 'id');
      await this.audit.change(manager, 'withdrawConsent', {
        beneficiaryId: beneficiary.id,
        fields: ['consents'],
        details: { consentId, purpose: existing.purpose, organisationId: existing.organisationId },
      });
      return manager.getRepository(ConsentEntity).findOneByOrFail({ id: consentId });
    });
  }
}
