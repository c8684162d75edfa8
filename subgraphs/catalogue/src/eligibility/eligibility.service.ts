import {
  badUserInput,
  type CaseAccessLoader,
  type Caller,
  type ContextWith,
  type EntityReference,
  isIsoDate,
  MAX_PAGE_SIZE,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
} from '@shubh/platform';
import type { caseAccessServices } from '../case-access/case-access.module.js';
import type { CefrLevel, ProtectionStatus } from '../generated/resolvers-types.js';
import type { serviceServices } from '../service/service.module.js';
import type { ServiceService } from '../service/service.service.js';
import { eligibilityPolicy } from './eligibility.policy.js';
import { CEFR_LEVELS, rankEligibleServices, type EligibilityFacts, type EligibleService } from './eligibility-ranking.js';

/**
 * A beneficiary as the gateway hands it over to this subgraph: the key plus the eligibility facts of `@requires`.
 * They only rank public services; who may see the result is decided from the beneficiaries subgraph's contract.
 */
export interface EligibilityRepresentation extends EntityReference {
  protectionStatus?: unknown;
  receptionExitDate?: unknown;
  birthDate?: unknown;
  province?: unknown;
  italianLevel?: unknown;
}

const PROTECTION_STATUSES: readonly string[] = ['REFUGEE', 'SUBSIDIARY_PROTECTION'];

/** Reads the facts defensively: a missing or malformed fact is null, and a rule that needs it fails. */
export function readEligibilityFacts(parent: EligibilityRepresentation): EligibilityFacts {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const date = (value: unknown) => {
    const day = text(value);
    return day !== null && isIsoDate(day) ? day : null;
  };
  const protection = text(parent.protectionStatus);
  const level = text(parent.italianLevel);
  return {
    protectionStatus: protection !== null && PROTECTION_STATUSES.includes(protection) ? (protection as ProtectionStatus) : null,
    receptionExitDate: date(parent.receptionExitDate),
    birthDate: date(parent.birthDate),
    province: text(parent.province)?.toUpperCase() ?? null,
    italianLevel: level !== null && (CEFR_LEVELS as readonly string[]).includes(level) ? (level as CefrLevel) : null,
  };
}

/** The services a person is eligible for now, for one request. */
export class EligibilityService {
  private readonly services: ServiceService;
  private readonly caseAccess: CaseAccessLoader;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly today: () => string = () => todayInItaly();

  constructor({ caller, audit, context }: ServiceScope<ContextWith<typeof serviceServices & typeof caseAccessServices>>) {
    this.services = context.services;
    this.caseAccess = context.caseAccess;
    this.caller = caller;
    this.audit = audit;
  }

  /**
   * The ranked services; FORBIDDEN before any read when the caller may not see them. The candidates of every
   * person in the request come from one statement (batched by province).
   */
  async eligibleServices(representation: EligibilityRepresentation, first: number | null | undefined): Promise<EligibleService[]> {
    const beneficiary = await this.caseAccess.factsOf(representation.id);
    eligibilityPolicy.assert(this.caller, 'readEligibleServices', beneficiary);
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw badUserInput(`first must be from 1 to ${MAX_PAGE_SIZE}, got ${limit}`, 'first');
    }
    const facts = readEligibilityFacts(representation);
    const candidates = facts.province ? await this.services.publishedIn(facts.province) : [];
    this.audit.read(beneficiary.id, ['eligibleServices']);
    return rankEligibleServices(facts, candidates, this.today(), limit).map((ranked) => ({ ...ranked, beneficiaryId: beneficiary.id }));
  }
}
