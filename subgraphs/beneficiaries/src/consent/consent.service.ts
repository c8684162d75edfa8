import {
  assertInNetwork,
  badUserInput,
  type Caller,
  conflict,
  createListLoader,
  notFound,
  parseId,
  type RequestAudit,
  type ServiceScope,
  unlessUnique,
  type ContextWith,
} from '@shubh/platform';
import { In, IsNull, type DataSource, type Repository } from 'typeorm';
import type { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { BeneficiaryService } from '../beneficiary/beneficiary.service.js';
import type { GrantConsentInput } from '../generated/resolvers-types.js';
import { ConsentEntity } from './consent.entity.js';
import { concernsCaller, consentPolicy } from './consent.policy.js';
import { assertCaseOpen } from '../case-lifecycle/case-guard.js';

/** Consents for one request: read through a DataLoader, changed only by whoever may manage them. */
export class ConsentService {
  readonly #byBeneficiary;
  private readonly dataSource: DataSource;
  private readonly repository: Repository<ConsentEntity>;
  private readonly beneficiaries: BeneficiaryService;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit, context }: ServiceScope<ContextWith<typeof beneficiaryServices>>) {
    this.dataSource = dataSource;
    this.repository = dataSource.getRepository(ConsentEntity);
    this.beneficiaries = context.beneficiaries;
    this.caller = caller;
    this.audit = audit;
    this.#byBeneficiary = createListLoader<string, ConsentEntity>(
      (ids) => this.repository.find({ where: { beneficiaryId: In([...ids]) }, order: { grantedAt: 'DESC', id: 'ASC' } }),
      (consent) => consent.beneficiaryId,
    );
  }

  /** The consents of a person the caller already may see, as far as the consent policy lets them see them. */
  async of(beneficiary: BeneficiaryEntity): Promise<ConsentEntity[]> {
    this.audit.read(beneficiary.id, ['consents']);
    const consents = await this.#byBeneficiary.load(beneficiary.id);
    if (consentPolicy.may(this.caller, 'readAll', beneficiary)) return consents;
    return consents.filter((consent) => concernsCaller(this.caller, consent));
  }

  async grant(input: GrantConsentInput): Promise<ConsentEntity> {
    const beneficiary = await this.beneficiaries.get(input.beneficiaryId, 'input.beneficiaryId');
    consentPolicy.assert(this.caller, 'manage', beneficiary);
    const sharing = input.purpose === 'SHARE_WITH_ORGANISATION';
    if (sharing && input.organisationId == null) {
      throw badUserInput('SHARE_WITH_ORGANISATION needs the organisation to share with', 'input.organisationId');
    }
    if (!sharing && input.organisationId != null) {
      throw badUserInput(`${input.purpose} is not given to an organisation: leave organisationId out`, 'input.organisationId');
    }
    const organisationId = sharing ? parseId(input.organisationId!, 'input.organisationId') : null;
    if (organisationId)
      await assertInNetwork(this.dataSource, [{ id: organisationId, kind: 'ORGANISATION', field: 'input.organisationId' }]);
    const alreadyInForce = (since?: Date) =>
      conflict(`This consent is already in force${since ? ` since ${since.toISOString()}` : ''}`, 'input.purpose');
    return this.dataSource.transaction(async (manager) => {
      // Giving a consent (again) is the person's right even once they withdrew case management; not on a closed case.
      await assertCaseOpen(manager, beneficiary.id, 'record-keeping', 'input.beneficiaryId');
      const inForce = await manager.getRepository(ConsentEntity).findOneBy({
        beneficiaryId: beneficiary.id,
        purpose: input.purpose,
        organisationId: organisationId ?? IsNull(),
        withdrawnAt: IsNull(),
      });
      if (inForce) throw alreadyInForce(inForce.grantedAt);
      // Two identical grants at once: the unique index of consents in force lets one in.
      const consent = await unlessUnique(
        manager.getRepository(ConsentEntity).save({
          beneficiaryId: beneficiary.id,
          purpose: input.purpose,
          organisationId,
          grantedAt: new Date(),
          grantedBy: this.caller.userId,
          withdrawnAt: null,
          withdrawnBy: null,
        }),
        () => alreadyInForce(),
      );
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
    consentPolicy.assert(this.caller, 'manage', beneficiary);
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
