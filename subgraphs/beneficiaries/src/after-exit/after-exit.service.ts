import {
  addMonths,
  badUserInput,
  type Caller,
  conflict,
  type Connection,
  type ContextWith,
  createListLoader,
  daysBetween,
  forbidden,
  NOTE_TEXT,
  paginate,
  parseId,
  readOptionalText,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
} from '@shubh/platform';
import { In, type DataSource } from 'typeorm';
import { restrictToReadable } from '../beneficiary/beneficiary.policy.js';
import { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { BeneficiaryService } from '../beneficiary/beneficiary.service.js';
import { caseManagementWithdrawnSql } from '../case-lifecycle/case-guard.js';
import type { QueryAfterExitFollowUpsDueArgs, RecordAfterExitFollowUpInput } from '../generated/resolvers-types.js';
import { AfterExitFollowUpEntity } from './after-exit.entity.js';
import { afterExitPolicy } from './after-exit.policy.js';

/** The follow-up contact is due this many months after the case was closed (what funders ask). */
export const AFTER_EXIT_MONTHS = 6;

export interface AfterExitFollowUpDueRow {
  beneficiaryId: string;
  closedOn: string;
  dueOn: string;
  daysOverdue: number;
}

/** The follow-up contact six months after closure: the due list and the recorded results, for one request. */
export class AfterExitService {
  readonly #ofPerson;
  private readonly dataSource: DataSource;
  private readonly beneficiaries: BeneficiaryService;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit, context }: ServiceScope<ContextWith<typeof beneficiaryServices>>) {
    this.dataSource = dataSource;
    this.beneficiaries = context.beneficiaries;
    this.caller = caller;
    this.audit = audit;
    this.#ofPerson = createListLoader<string, AfterExitFollowUpEntity>(
      (ids) =>
        dataSource
          .getRepository(AfterExitFollowUpEntity)
          .find({ where: { beneficiaryId: In([...ids]) }, order: { closedOn: 'DESC', id: 'ASC' } }),
      (row) => row.beneficiaryId,
    );
  }

  /**
   * Closed cases six months or more after their closing day with no contact recorded for that closure, restricted in
   * SQL to the people the caller may read: one statement whatever the length of the list.
   */
  async due(args: QueryAfterExitFollowUpsDueArgs): Promise<Connection<AfterExitFollowUpDueRow>> {
    afterExitPolicy.assert(this.caller, 'listDue');
    const today = todayInItaly();
    const query = this.dataSource
      .getRepository(BeneficiaryEntity)
      .createQueryBuilder('b')
      .where("b.case_status = 'CLOSED'")
      .andWhere('b.closed_on <= :cutoff', { cutoff: addMonths(today, -AFTER_EXIT_MONTHS) })
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM beneficiaries.after_exit_follow_up f WHERE f.beneficiary_id = b.id AND f.closed_on = b.closed_on)',
      )
      .andWhere(`NOT ${caseManagementWithdrawnSql('b')}`);
    restrictToReadable(query, this.caller, 'b');
    const filter = args.filter;
    if (filter?.integraCornerId != null) {
      query.andWhere('b.integra_corner_id = :filterCorner', { filterCorner: parseId(filter.integraCornerId, 'filter.integraCornerId') });
    }
    if (filter?.tutorUserId != null && filter.allTutors)
      throw badUserInput('Give either a tutor or allTutors, not both', 'filter.allTutors');
    const tutorUserId =
      filter?.tutorUserId != null
        ? parseId(filter.tutorUserId, 'filter.tutorUserId')
        : !filter?.allTutors && this.caller.has('tutor')
          ? this.caller.userId
          : null;
    if (tutorUserId !== null) query.andWhere('b.tutor_user_id = :filterTutor', { filterTutor: tutorUserId });
    const page = await paginate(query, args, [
      { column: 'b.closed_on', key: 'date', value: (person) => person.closedOn! },
      { column: 'b.id', key: 'id', value: (person) => person.id },
    ]);
    for (const { node } of page.edges) this.audit.read(node.id, ['afterExitFollowUpsDue']);
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map(({ cursor, node: person }) => {
        const dueOn = addMonths(person.closedOn!, AFTER_EXIT_MONTHS);
        return { cursor, node: { beneficiaryId: person.id, closedOn: person.closedOn!, dueOn, daysOverdue: daysBetween(dueOn, today) } };
      }),
    };
  }

  async of(beneficiary: BeneficiaryEntity): Promise<AfterExitFollowUpEntity[]> {
    afterExitPolicy.assert(this.caller, 'read', beneficiary);
    this.audit.read(beneficiary.id, ['afterExitFollowUps']);
    return this.#ofPerson.load(beneficiary.id);
  }

  async record(beneficiaryId: string, input: RecordAfterExitFollowUpInput): Promise<AfterExitFollowUpEntity> {
    const beneficiary = await this.beneficiaries.get(beneficiaryId, 'beneficiaryId');
    afterExitPolicy.assert(this.caller, 'record', beneficiary);
    if (input.contactedOn > todayInItaly()) throw badUserInput('input.contactedOn must not be in the future', 'input.contactedOn');
    if (input.reached) {
      if (input.employmentStatus == null)
        throw badUserInput('A person reached says what they do: give input.employmentStatus', 'input.employmentStatus');
      if (input.housingStatus == null)
        throw badUserInput('A person reached says where they live: give input.housingStatus', 'input.housingStatus');
    } else {
      if (input.employmentStatus != null) {
        throw badUserInput('A person not reached said nothing: leave out input.employmentStatus', 'input.employmentStatus');
      }
      if (input.housingStatus != null)
        throw badUserInput('A person not reached said nothing: leave out input.housingStatus', 'input.housingStatus');
    }
    const note = readOptionalText(input.note, 'input.note', NOTE_TEXT);
    return this.dataSource.transaction(async (manager) => {
      // The case row FOR SHARE: a reopening (FOR UPDATE) and this record never interleave.
      const [row] = await manager.query<{ case_status: string; closed_on: string | null; withdrawn: boolean }[]>(
        `SELECT b.case_status, b.closed_on::text AS closed_on, ${caseManagementWithdrawnSql('b')} AS withdrawn
           FROM beneficiaries.beneficiary b WHERE b.id = $1 FOR SHARE OF b`,
        [beneficiary.id],
      );
      if (!row || row.case_status !== 'CLOSED' || row.closed_on == null) {
        throw conflict('The case is not closed: the after-exit follow-up is for a case closed six months ago', 'beneficiaryId');
      }
      if (row.withdrawn) {
        throw forbidden('The person withdrew their consent to case management: they are not contacted after leaving', {
          reason: 'CASE_MANAGEMENT_CONSENT_WITHDRAWN',
          field: 'beneficiaryId',
        });
      }
      const dueOn = addMonths(row.closed_on, AFTER_EXIT_MONTHS);
      if (input.contactedOn < dueOn) {
        throw badUserInput(`input.contactedOn must be on or after ${dueOn}, six months after the case was closed`, 'input.contactedOn');
      }
      // Once per closure; of two simultaneous records, exactly one is written.
      const inserted = await manager.query<{ id: string }[]>(
        `INSERT INTO beneficiaries.after_exit_follow_up
           (beneficiary_id, closed_on, contacted_on, reached, employment_status, housing_status, note, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (beneficiary_id, closed_on) DO NOTHING RETURNING id`,
        [
          beneficiary.id,
          row.closed_on,
          input.contactedOn,
          input.reached,
          input.employmentStatus ?? null,
          input.housingStatus ?? null,
          note,
          this.caller.userId,
        ],
      );
      if (inserted.length === 0) {
        throw conflict(`The after-exit follow-up of the closure of ${row.closed_on} is already recorded`, 'beneficiaryId');
      }
      await this.audit.change(manager, 'recordAfterExitFollowUp', {
        beneficiaryId: beneficiary.id,
        fields: ['afterExitFollowUps'],
        details: {
          followUpId: inserted[0]!.id,
          closedOn: row.closed_on,
          contactedOn: input.contactedOn,
          reached: input.reached,
          employmentStatus: input.employmentStatus ?? null,
          housingStatus: input.housingStatus ?? null,
        },
      });
      return manager.getRepository(AfterExitFollowUpEntity).findOneByOrFail({ id: inserted[0]!.id });
    });
  }
}
