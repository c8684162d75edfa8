import {
  addMonths,
  badUserInput,
  BIRTH_DATE,
  type Caller,
  type ContextWith,
  createListLoader,
  isIsoDate,
  notFound,
  parseId,
  readDate,
  readPersonName,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
} from '@shubh/platform';
import { In, type DataSource } from 'typeorm';
import type { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { BeneficiaryService } from '../beneficiary/beneficiary.service.js';
import { householdPolicy } from './household.policy.js';
import type { AddHouseholdMemberInput } from '../generated/resolvers-types.js';
import { HouseholdMemberEntity } from './household-member.entity.js';
import { assertCaseOpen } from '../case-lifecycle/case-guard.js';

/** Under 18 on `today`: the 18th birthday (29 February counts as 28 in a common year) is still to come. */
export function isMinor(birthDate: string, today: string = todayInItaly()): boolean {
  return addMonths(birthDate, 18 * 12) > today;
}

/** The people living with a beneficiary: read through a DataLoader, changed by whoever may change the case. */
export class HouseholdService {
  readonly #byBeneficiary;

  private readonly dataSource: DataSource;
  private readonly beneficiaries: BeneficiaryService;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit, context }: ServiceScope<ContextWith<typeof beneficiaryServices>>) {
    this.dataSource = dataSource;
    this.beneficiaries = context.beneficiaries;
    this.caller = caller;
    this.audit = audit;
    this.#byBeneficiary = createListLoader<string, HouseholdMemberEntity>(
      (ids) =>
        dataSource
          .getRepository(HouseholdMemberEntity)
          .find({ where: { beneficiaryId: In([...ids]) }, order: { birthDate: 'ASC', id: 'ASC' } }),
      (member) => member.beneficiaryId,
    );
  }

  /** The household of a beneficiary the caller already may see, if the household policy lets them. */
  of(beneficiary: BeneficiaryEntity): Promise<HouseholdMemberEntity[]> {
    householdPolicy.assert(this.caller, 'read', beneficiary);
    this.audit.read(beneficiary.id, ['household']);
    return this.#byBeneficiary.load(beneficiary.id);
  }

  async add(beneficiaryId: string, input: AddHouseholdMemberInput): Promise<HouseholdMemberEntity> {
    const beneficiary = await this.#editable(beneficiaryId, 'beneficiaryId');
    const givenName = readPersonName(input.givenName, 'input.givenName');
    if (!isIsoDate(input.birthDate)) throw badUserInput('input.birthDate must be a day (YYYY-MM-DD)', 'input.birthDate');
    const today = todayInItaly();
    if (input.birthDate > today) throw badUserInput(`input.birthDate must not be in the future (today is ${today})`, 'input.birthDate');
    readDate(input.birthDate, 'input.birthDate', BIRTH_DATE, today);
    return this.dataSource.transaction(async (manager) => {
      await assertCaseOpen(manager, beneficiary.id);
      const member = await manager.getRepository(HouseholdMemberEntity).save({
        beneficiaryId: beneficiary.id,
        relation: input.relation,
        givenName,
        birthDate: input.birthDate,
        schoolEnrolled: input.schoolEnrolled ?? null,
        createdAt: new Date(),
        createdBy: this.caller.userId,
      });
      await this.audit.change(manager, 'addHouseholdMember', {
        beneficiaryId: beneficiary.id,
        fields: ['household'],
        details: { householdMemberId: member.id, relation: member.relation },
      });
      return member;
    });
  }

  async remove(id: string): Promise<BeneficiaryEntity> {
    const memberId = parseId(id, 'id');
    const member = await this.dataSource.getRepository(HouseholdMemberEntity).findOneBy({ id: memberId });
    if (!member) throw notFound('household member', id, 'id');
    const beneficiary = await this.#editable(member.beneficiaryId, 'id');
    await this.dataSource.transaction(async (manager) => {
      await assertCaseOpen(manager, beneficiary.id, 'processing', 'id');
      const result = await manager.getRepository(HouseholdMemberEntity).delete({ id: memberId });
      // Removed by someone else in the meantime: the member is gone either way, as for an unknown id.
      if (result.affected !== 1) throw notFound('household member', id, 'id');
      await this.audit.change(manager, 'removeHouseholdMember', {
        beneficiaryId: beneficiary.id,
        fields: ['household'],
        details: { householdMemberId: memberId, relation: member.relation },
      });
    });
    return beneficiary;
  }

  async #editable(beneficiaryId: string, field: string): Promise<BeneficiaryEntity> {
    const beneficiary = await this.beneficiaries.get(beneficiaryId, field);
    householdPolicy.assert(this.caller, 'change', beneficiary);
    return beneficiary;
  }
}
