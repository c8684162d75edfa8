import {
  badUserInput,
  type BeneficiaryRepresentation,
  type Caller,
  forbidden,
  isIsoDate,
  MAX_PAGE_SIZE,
  readBeneficiary,
  type RequestAudit,
  todayInItaly,
} from '@shubh/platform';
import type { CefrLevel, ProtectionStatus } from '../generated/resolvers-types.js';
import type { ServiceService } from '../service/service.service.js';
import { CEFR_LEVELS, rankEligibleServices, type EligibilityFacts, type EligibleService } from './eligibility-ranking.js';

/** A beneficiary as the gateway hands it over to this subgraph: the key plus the facts of `@requires`. */
export interface EligibilityRepresentation extends BeneficiaryRepresentation {
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

/**
 * Who may see which services a person is eligible for: it is derived from their personal data (status, age,
 * reception exit, language level), so it follows the case team. Network-admin; tutors and coordinators of the
 * person's corner; the person themself. Partners and every other role: FORBIDDEN.
 */
export function mayReadEligibility(caller: Caller, beneficiary: { id: string; integraCornerId: string | null }): boolean {
  if (caller.isNetworkAdmin) return true;
  if (beneficiary.integraCornerId && caller.worksAt(beneficiary.integraCornerId)) return true;
  return caller.has('beneficiary') && caller.beneficiaryId === beneficiary.id;
}

/** The services a person is eligible for now, for one request. */
export class EligibilityService {
  constructor(
    private readonly services: ServiceService,
    private readonly caller: Caller,
    private readonly audit: RequestAudit,
    private readonly today: () => string = () => todayInItaly(),
  ) {}

  /**
   * The ranked services; FORBIDDEN before any read when the caller may not see them. The candidates of every
   * person in the request come from one statement (batched by province).
   */
  async eligibleServices(representation: EligibilityRepresentation, first: number | null | undefined): Promise<EligibleService[]> {
    const beneficiary = readBeneficiary(representation);
    if (!mayReadEligibility(this.caller, beneficiary)) {
      throw forbidden('You may not read the services this beneficiary is eligible for');
    }
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
