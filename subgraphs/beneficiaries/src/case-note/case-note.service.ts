import {
  badUserInput,
  createListLoader,
  parseId,
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
import { assertCaseOpen } from '../case-lifecycle/case-guard.js';
import type { RecordCaseNoteInput } from '../generated/resolvers-types.js';
import { CaseNoteEntity } from './case-note.entity.js';
import { caseNotePolicy } from './case-note.policy.js';

/** What the audit trail names: the ordinary notes, and the special-category ones apart. */
const ORDINARY_FIELDS = ['caseNotes'];
const SPECIAL_FIELDS = ['caseNotes.specialCategory'];
/** The same bounds as the sensitive profile's reason: it stays in the append-only trail. */
const REASON = { min: 10, max: 500 };
const NOTE = { max: 4000, multiline: true };

/** Case notes for one request: reads and writes checked against the case-note policy and audited. */
export class CaseNoteService {
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
    const repository = dataSource.getRepository(CaseNoteEntity);
    this.#byBeneficiary = createListLoader<string, CaseNoteEntity>(
      (ids) => repository.find({ where: { beneficiaryId: In([...ids]) }, order: { writtenAt: 'ASC', id: 'ASC' } }),
      (note) => note.beneficiaryId,
    );
  }

  async of(beneficiary: BeneficiaryEntity, specialCategoryReason: string | null | undefined): Promise<CaseNoteEntity[]> {
    caseNotePolicy.assert(this.caller, 'read', beneficiary);
    const reason = specialCategoryReason == null ? null : readText(specialCategoryReason, 'specialCategoryReason', REASON);
    if (reason !== null) caseNotePolicy.assert(this.caller, 'readSpecialCategory', beneficiary);
    const notes = await this.#byBeneficiary.load(beneficiary.id);
    this.audit.read(beneficiary.id, ORDINARY_FIELDS);
    if (reason === null) return notes.filter((note) => note.category === 'ORDINARY');
    this.audit.read(beneficiary.id, SPECIAL_FIELDS, reason);
    return notes;
  }

  async record(beneficiaryId: string, input: RecordCaseNoteInput): Promise<CaseNoteEntity> {
    const beneficiary = await this.beneficiaries.get(beneficiaryId, 'beneficiaryId');
    caseNotePolicy.assert(this.caller, 'write', beneficiary);
    if (input.category === 'SPECIAL_CATEGORY') caseNotePolicy.assert(this.caller, 'writeSpecialCategory', beneficiary);
    const text = readText(input.text, 'input.text', NOTE);
    const correctsNoteId = input.correctsNoteId == null ? null : parseId(input.correctsNoteId, 'input.correctsNoteId');
    return this.dataSource.transaction(async (manager) => {
      await assertCaseOpen(manager, beneficiary.id, 'processing', 'beneficiaryId');
      const repository = manager.getRepository(CaseNoteEntity);
      if (correctsNoteId !== null) {
        const corrected = await repository.findOneBy({ id: correctsNoteId, beneficiaryId: beneficiary.id });
        if (!corrected) throw badUserInput("input.correctsNoteId is not a note of this person's case", 'input.correctsNoteId');
        if (corrected.category === 'SPECIAL_CATEGORY' && input.category === 'ORDINARY') {
          throw badUserInput('A special-category note is corrected by a special-category note', 'input.correctsNoteId');
        }
      }
      const { id } = await repository.save({
        beneficiaryId: beneficiary.id,
        category: input.category,
        text,
        correctsNoteId,
        writtenBy: this.caller.userId,
      });
      await this.audit.change(manager, 'recordCaseNote', {
        beneficiaryId: beneficiary.id,
        fields: input.category === 'SPECIAL_CATEGORY' ? SPECIAL_FIELDS : ORDINARY_FIELDS,
        details: { noteId: id, category: input.category, ...(correctsNoteId ? { correctsNoteId } : {}) },
      });
      return repository.findOneByOrFail({ id });
    });
  }
}
