import { badUserInput, createRecordLoader, forbidden, type Caller, type RequestAudit } from '@shubh/platform';
import { In, type DataSource, type Repository } from 'typeorm';
import { mayReadSensitive } from '../beneficiary/beneficiary-access.js';
import type { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import type { BeneficiaryService } from '../beneficiary/beneficiary.service.js';
import type { SensitiveProfileInput } from '../generated/resolvers-types.js';
import { SensitiveProfileEntity } from './sensitive-profile.entity.js';

const SENSITIVE_FIELDS = ['sensitiveProfile.vulnerabilities', 'sensitiveProfile.healthNotes', 'sensitiveProfile.legalStatusDocuments'];
const MIN_REASON_LENGTH = 10;

function readReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < MIN_REASON_LENGTH) {
    throw badUserInput(`reason must say why, in at least ${MIN_REASON_LENGTH} characters`, 'reason');
  }
  return trimmed;
}

/** Special-category data: each read and change is checked against the case's team and audited with its reason. */
export class SensitiveProfileService {
  readonly #byBeneficiary;

  constructor(
    private readonly dataSource: DataSource,
    repository: Repository<SensitiveProfileEntity>,
    private readonly beneficiaries: BeneficiaryService,
    private readonly caller: Caller,
    private readonly audit: RequestAudit,
  ) {
    this.#byBeneficiary = createRecordLoader<string, SensitiveProfileEntity>(
      (ids) => repository.findBy({ beneficiaryId: In([...ids]) }),
      (profile) => profile.beneficiaryId,
    );
  }

  #authorize(beneficiary: BeneficiaryEntity): void {
    if (!mayReadSensitive(this.caller, beneficiary)) {
      throw forbidden("Only the assigned tutor, the corner's coordinator and administrators may see special-category data");
    }
  }

  async of(beneficiary: BeneficiaryEntity, reason: string): Promise<SensitiveProfileEntity | null> {
    this.#authorize(beneficiary);
    const why = readReason(reason);
    const profile = await this.#byBeneficiary.load(beneficiary.id);
    this.audit.read(beneficiary.id, SENSITIVE_FIELDS, why);
    return profile;
  }

  async record(beneficiaryId: string, input: SensitiveProfileInput, reason: string): Promise<SensitiveProfileEntity> {
    const beneficiary = await this.beneficiaries.get(beneficiaryId, 'beneficiaryId');
    this.#authorize(beneficiary);
    const why = readReason(reason);
    input.legalStatusDocuments.forEach((document, index) => {
      if (!document.reference.trim()) {
        throw badUserInput('A document needs its reference', `input.legalStatusDocuments.${index}.reference`);
      }
    });
    return this.dataSource.transaction(async (manager) => {
      const profile = await manager.getRepository(SensitiveProfileEntity).save({
        beneficiaryId: beneficiary.id,
        vulnerabilities: [...new Set(input.vulnerabilities)],
        healthNotes: input.healthNotes?.trim() || null,
        legalStatusDocuments: input.legalStatusDocuments.map((document) => ({
          kind: document.kind,
          reference: document.reference.trim(),
          expiresOn: document.expiresOn ?? null,
        })),
        updatedAt: new Date(),
        updatedBy: this.caller.userId,
      });
      await this.audit.change(manager, 'recordSensitiveProfile', { beneficiaryId: beneficiary.id, fields: SENSITIVE_FIELDS, reason: why });
      return profile;
    });
  }
}
