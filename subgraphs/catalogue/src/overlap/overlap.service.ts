import {
  addMonths,
  type CaseAccessLoader,
  type Caller,
  type ContextWith,
  type EntityReference,
  isId,
  parseId,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
} from '@shubh/platform';
import DataLoader from 'dataloader';
import type { caseAccessServices } from '../case-access/case-access.module.js';
import type { enrollmentServices } from '../enrollment/enrollment.module.js';
import type { ServiceEnrollmentEntity } from '../enrollment/service-enrollment.entity.js';
import type { ExternalServiceEntity } from '../external-service/external-service.entity.js';
import type { externalServiceServices } from '../external-service/external-service.module.js';
import type { ServiceType } from '../generated/resolvers-types.js';
import type { organisationServices } from '../organisation/organisation.module.js';
import type { OrganisationService } from '../organisation/organisation.service.js';
import type { programmeServices } from '../programme/programme.module.js';
import type { ProgrammeService } from '../programme/programme.service.js';
import type { ServiceEntity } from '../service/service.entity.js';
import type { serviceServices } from '../service/service.module.js';
import type { ServiceService } from '../service/service.service.js';
import { overlapPolicy } from './overlap.policy.js';

type Context = ContextWith<
  typeof enrollmentServices &
    typeof externalServiceServices &
    typeof serviceServices &
    typeof programmeServices &
    typeof organisationServices &
    typeof caseAccessServices
>;

/** A plan action as the gateway hands it over: its key, plus the person and the service (`@requires`). */
export interface PlanActionRepresentation extends EntityReference {
  beneficiary?: { id?: unknown } | null;
  service?: { id?: unknown } | null;
}

export interface OverlapCheckResult {
  hasOverlap: boolean;
  overlapping: ServiceEnrollmentEntity[];
  overlappingExternal: ExternalServiceEntity[];
  message: string | null;
}

/**
 * Types that do the same job for the person, whatever their name: a second one within the window is redundant.
 * Every other type is its own family.
 */
const FAMILIES: ServiceType[][] = [
  ['COACHING', 'COUNSELLING', 'JOB_SEARCH_SUPPORT'],
  ['SOFT_SKILLS_LAB', 'JOB_SEARCH_LAB'],
];
const familyOf = (type: ServiceType): ServiceType[] => FAMILIES.find((family) => family.includes(type)) ?? [type];

/** How far back a completed service still counts. */
const WINDOW_MONTHS = 24;

/** Whether a service of this type and area does the same job as `target` (see OverlapCheck in the SDL). */
function alike(received: Pick<ServiceEntity, 'type' | 'area'>, target: ServiceEntity): boolean {
  return received.type === target.type || (received.area === target.area && familyOf(target.type).includes(received.type));
}

/** Whether an enrolment of the person overlaps with `target`. */
function overlaps(enrollment: ServiceEnrollmentEntity, service: ServiceEntity, target: ServiceEntity, since: string): boolean {
  if (enrollment.status === 'DROPPED_OUT') return false;
  if (enrollment.status === 'COMPLETED' && (enrollment.endedOn ?? enrollment.startedOn) < since) return false;
  return alike(service, target);
}

/** Whether a service received before SHUBH overlaps with `target`: withdrawn never; ended, within the window. */
function overlapsExternal(received: ExternalServiceEntity, target: ServiceEntity, since: string): boolean {
  if (received.withdrawnAt !== null) return false;
  if (received.endedOn !== null && received.endedOn < since) return false;
  return alike(received, target);
}

/**
 * Overlap checks for one request: each (person, service) pair is checked once, and a page of plan actions costs
 * the same statements as one (the person's enrolments, their services, programmes and providers: all batched).
 */
export class OverlapService {
  readonly #checks: DataLoader<string, OverlapCheckResult>;

  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly services: ServiceService;
  private readonly programmes: ProgrammeService;
  private readonly organisations: OrganisationService;
  private readonly caseAccess: CaseAccessLoader;

  constructor({ caller, audit, context }: ServiceScope<Context>) {
    this.caller = caller;
    this.audit = audit;
    this.services = context.services;
    this.programmes = context.programmes;
    this.organisations = context.organisations;
    this.caseAccess = context.caseAccess;
    const { enrollments, externalServices, services } = context;
    this.#checks = new DataLoader((keys) =>
      Promise.all(
        keys.map(async (key) => {
          const [beneficiaryId, serviceId] = key.split(' ') as [string, string];
          // The service was read (and its visibility checked) before the key was queued: no statement here.
          const [target, history, external] = await Promise.all([
            services.findById(serviceId),
            enrollments.allOf(beneficiaryId),
            externalServices.allOf(beneficiaryId),
          ]);
          return this.evaluate(target!, history, external);
        }),
      ),
    );
  }

  /** `overlapCheck(beneficiaryId, serviceId)`: administrators for anyone; tutors and coordinators for their corner's people. */
  async check(beneficiaryIdArgument: string, serviceIdArgument: string): Promise<OverlapCheckResult> {
    overlapPolicy.assert(this.caller, 'checkAny');
    const beneficiaryId = parseId(beneficiaryIdArgument, 'beneficiaryId');
    const service = await this.services.get(serviceIdArgument, 'serviceId');
    overlapPolicy.assert(this.caller, 'check', await this.caseAccess.factsOf(beneficiaryId));
    return this.run(beneficiaryId, service.id);
  }

  /**
   * `PlanAction.overlapWarning`: the warning is for the people who write the person's plan. The person comes with
   * the representation; the right to see their history is checked against the beneficiaries subgraph's contract.
   */
  async forPlanAction(action: PlanActionRepresentation): Promise<OverlapCheckResult | null> {
    overlapPolicy.assert(this.caller, 'checkAny');
    const beneficiaryId = action.beneficiary?.id;
    const serviceId = action.service?.id;
    if (typeof beneficiaryId !== 'string' || !isId(beneficiaryId)) return null;
    if (typeof serviceId !== 'string' || !isId(serviceId)) return null;
    overlapPolicy.assert(this.caller, 'check', await this.caseAccess.factsOf(beneficiaryId));
    const service = await this.services.findById(serviceId);
    return service ? this.run(beneficiaryId.toLowerCase(), service.id) : null;
  }

  /** `ServiceEligibility.overlap`: the caller was allowed to see the person's eligible services. */
  forEligibleService(beneficiaryId: string, serviceId: string): Promise<OverlapCheckResult> {
    return this.run(beneficiaryId, serviceId);
  }

  private run(beneficiaryId: string, serviceId: string): Promise<OverlapCheckResult> {
    this.audit.read(beneficiaryId, ['serviceHistory', 'externalServices']);
    return this.#checks.load(`${beneficiaryId} ${serviceId}`);
  }

  private async evaluate(
    target: ServiceEntity,
    history: ServiceEnrollmentEntity[],
    external: ExternalServiceEntity[],
  ): Promise<OverlapCheckResult> {
    const since = addMonths(todayInItaly(), -WINDOW_MONTHS);
    const withServices = await Promise.all(
      history.map(async (enrollment) => ({ enrollment, service: await this.services.referencedBy(enrollment.serviceId) })),
    );
    const overlapping = withServices.filter(({ enrollment, service }) => overlaps(enrollment, service, target, since));
    const overlappingExternal = external.filter((received) => overlapsExternal(received, target, since));
    const count = overlapping.length + overlappingExternal.length;
    const more = count > 1 ? ` (and ${count - 1} more)` : '';
    const latest = overlapping[0];
    const latestExternal = overlappingExternal[0];
    if (!latest && !latestExternal) return { hasOverlap: false, overlapping: [], overlappingExternal: [], message: null };
    const result = { hasOverlap: true, overlapping: overlapping.map((entry) => entry.enrollment), overlappingExternal };
    // Both lists are newest first: the most recent overlap is the later start of their heads (a tie: SHUBH's own).
    if (latestExternal && (!latest || latestExternal.startedOn > latest.enrollment.startedOn)) {
      const when = latestExternal.endedOn === null ? `running since ${latestExternal.startedOn}` : `completed ${latestExternal.endedOn}`;
      const verb = latestExternal.endedOn === null ? 'Already receiving' : 'Already received';
      const message = `${verb} ${latestExternal.type} from ${latestExternal.programme} at ${latestExternal.providerName} (before SHUBH), ${when}${more}`;
      return { ...result, message };
    }
    const [programme, provider] = await Promise.all([
      this.programmes.referencedBy(latest!.service.programmeId),
      this.organisations.referencedBy(latest!.service.providerId),
    ]);
    const { enrollment } = latest!;
    const when =
      enrollment.status === 'COMPLETED'
        ? `completed ${enrollment.endedOn}`
        : enrollment.status === 'IN_PROGRESS'
          ? `in progress since ${enrollment.startedOn}`
          : `enrolled since ${enrollment.startedOn}`;
    const verb = enrollment.status === 'COMPLETED' ? 'Already received' : 'Already receiving';
    return { ...result, message: `${verb} ${latest!.service.type} from ${programme.code} at ${provider.name}, ${when}${more}` };
  }
}
