import {
  createRecordLoader,
  readOptionalText,
  readText,
  type Caller,
  type ContextWith,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import { In, type DataSource } from 'typeorm';
import type { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { BeneficiaryService } from '../beneficiary/beneficiary.service.js';
import type { SensitiveProfileInput } from '../generated/resolvers-types.js';
import { SensitiveProfileEntity } from './sensitive-profile.entity.js';
import { sensitiveProfilePolicy } from './sensitive-profile.policy.js';
import { assertCaseOpen } from '../case-lifecycle/case-guard.js';

const SENSITIVE_FIELDS = ['sensitiveProfile.vulnerabilities', 'sensitiveProfile.healthNotes', 'sensitiveProfile.legalStatusDocuments'];
/** Why the data is read: it stays in the append-only audit trail for ever, so a sentence, not a file. */
const REASON = { min: 10, max: 500 };
const readReason = (reason: string) => readText(reason, 'reason', REASON);

/** Special-category data: each read and change is checked against the policy and audited with its reason. */
export class SensitiveProfileService {
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
    const repository = dataSource.getRepository(SensitiveProfileEntity);
    this.#byBeneficiary = createRecordLoader<string, SensitiveProfileEntity>(
      (ids) => repository.findBy({ beneficiaryId: In([...ids]) }),
      (profile) => profile.beneficiaryId,
    );
  }

  async of(beneficiary: BeneficiaryEntity, reason: string): Promise<SensitiveProfileEntity | null> {
    sensitiveProfilePolicy.assert(this.caller, 'read', beneficiary);
    const why = readReason(reason);
    const profile = await this.#byBeneficiary.load(beneficiary.id);
    this.audit.read(beneficiary.id, SENSITIVE_FIELDS, why);
    return profile;
  }

  async record(beneficiaryId: string, input: SensitiveProfileInput, reason: string): Promise<SensitiveProfileEntity> {
    const beneficiary = await this.beneficiaries.get(beneficiaryId, 'beneficiaryId');
    sensitiveProfilePolicy.assert(this.caller, 'record', beneficiary);
    const why = readReason(reason);
    const documents = input.legalStatusDocuments.map((document, index) => ({
      kind: document.kind,
      reference: readText(document.reference, `input.legalStatusDocuments.${index}.reference`, { max: 100 }),
      expiresOn: document.expiresOn ?? null,
    }));
    const healthNotes = readOptionalText(input.healthNotes, 'input.healthNotes', { max: 4000, multiline: true });
    return this.dataSource.transaction(async (manager) => {
      await assertCaseOpen(manager, beneficiary.id);
      const profile = await manager.getRepository(SensitiveProfileEntity).save({
        beneficiaryId: beneficiary.id,
        vulnerabilities: [...new Set(input.vulnerabilities)],
        healthNotes,
        legalStatusDocuments: documents,
        updatedAt: new Date(),
        updatedBy: this.caller.userId,
      });
      await this.audit.change(manager, 'recordSensitiveProfile', { beneficiaryId: beneficiary.id, fields: SENSITIVE_FIELDS, reason: why });
      return profile;
    });
  }
}
