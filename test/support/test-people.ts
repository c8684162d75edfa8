import { openTestDataSource } from '@shubh/platform/testing';
import { IsNull, type DataSource } from 'typeorm';
import { ConsentEntity } from '../../subgraphs/beneficiaries/src/consent/consent.entity.js';
import type { BeneficiaryEntity } from '../../subgraphs/beneficiaries/src/beneficiary/beneficiary.entity.js';
import type { ConsentPurpose } from '../../subgraphs/beneficiaries/src/generated/resolvers-types.js';
import { beneficiariesSubgraph } from '../../subgraphs/beneficiaries/src/subgraph.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { seedDemoData as seedDemoBeneficiaries } from '../../subgraphs/beneficiaries/demo/seed.js';
import type { DemoPlan } from '../../demo/demo-plan.js';
import { OrganisationEntity } from '../../subgraphs/catalogue/src/organisation/organisation.entity.js';
import { catalogueSubgraph } from '../../subgraphs/catalogue/src/subgraph.js';
import type { TeamMemberRecord } from '../../subgraphs/catalogue/src/integra-corner/integra-corner.entity.js';
import { IntegraCornerEntity } from '../../subgraphs/catalogue/src/integra-corner/integra-corner.entity.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createReferral } from '../../subgraphs/catalogue/test/referral-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';
import { ServiceEntity } from '../../subgraphs/catalogue/src/service/service.entity.js';

/** The facts about a person that the other subgraphs decide access by. */
export interface PersonFacts {
  id?: string;
  integraCornerId?: string;
  tutorUserId?: string | null;
  /** Consent purposes in force (SHARE_WITH_ORGANISATION is given by `reachedBy`). */
  purposes?: ConsentPurpose[];
  /** Organisations that reach the person: an open referral to each, and the person's consent to share with it. */
  reachedBy?: string[];
  /** Organisations the person consents to share their case with (no referral). */
  sharesWith?: string[];
}

/**
 * Real people for the tests of labour, housing and the catalogue: rows in the beneficiaries subgraph (the person,
 * their consents) and the catalogue (open referrals), made with those subgraphs' own factories, since the facts
 * those subgraphs read come from the published contracts over these rows, never from a representation.
 */
export class TestPeople {
  private constructor(
    private readonly beneficiaries: DataSource,
    private readonly catalogue: DataSource,
  ) {}

  static async open(): Promise<TestPeople> {
    return new TestPeople(await openTestDataSource(beneficiariesSubgraph), await openTestDataSource(catalogueSubgraph));
  }

  async person(facts: PersonFacts = {}): Promise<BeneficiaryEntity> {
    const person = await createBeneficiary(this.beneficiaries, {
      ...(facts.id ? { id: facts.id } : {}),
      integraCornerId: facts.integraCornerId ?? crypto.randomUUID(),
      tutorUserId: facts.tutorUserId ?? null,
    });
    for (const purpose of facts.purposes ?? []) await this.consent(person.id, purpose, null);
    for (const organisationId of facts.sharesWith ?? []) await this.consent(person.id, 'SHARE_WITH_ORGANISATION', organisationId);
    for (const organisationId of facts.reachedBy ?? []) {
      await this.organisation(organisationId);
      const service = await createService(this.catalogue, { providerId: organisationId });
      await createReferral(this.catalogue, { beneficiaryId: person.id, serviceId: service.id, status: 'SENT' });
      await this.consent(person.id, 'SHARE_WITH_ORGANISATION', organisationId);
    }
    return person;
  }

  async consent(beneficiaryId: string, purpose: ConsentPurpose, organisationId: string | null): Promise<void> {
    await this.beneficiaries.getRepository(ConsentEntity).save({
      beneficiaryId,
      purpose,
      organisationId,
      grantedAt: new Date(Date.now() - 86_400_000),
      grantedBy: 'test',
      withdrawnAt: null,
      withdrawnBy: null,
    });
  }

  /** Withdraws the person's consent to share with an organisation. */
  async withdrawSharing(beneficiaryId: string, organisationId: string): Promise<void> {
    await this.beneficiaries
      .getRepository(ConsentEntity)
      .update(
        { beneficiaryId, purpose: 'SHARE_WITH_ORGANISATION', organisationId, withdrawnAt: IsNull() },
        { withdrawnAt: new Date(), withdrawnBy: 'test' },
      );
  }

  /** The demo plan's people and their consents (the beneficiaries subgraph's share of the demo data). */
  async seedDemoPeople(plan: DemoPlan): Promise<void> {
    await seedDemoBeneficiaries(this.beneficiaries, plan);
  }

  /**
   * The catalogue's corner with this id (created when the test made the id up) with these members on its team: a case
   * is handed only to a member of the team of the person's corner.
   */
  async cornerTeam(cornerId: string, members: { userId: string; role?: TeamMemberRecord['role'] }[]): Promise<void> {
    const team = members.map(({ userId, role }, index): TeamMemberRecord => ({
      name: `Member ${index + 1}`,
      role: role ?? 'TUTOR',
      userId,
    }));
    const corners = this.catalogue.getRepository(IntegraCornerEntity);
    if (await corners.existsBy({ id: cornerId })) await corners.update({ id: cornerId }, { team });
    else await createIntegraCorner(this.catalogue, { id: cornerId, team });
  }

  /**
   * Catalogue rows with these ids, created when the test made the ids up: the beneficiaries subgraph refuses a corner,
   * organisation or service the network directory does not hold.
   */
  async inCatalogue({
    corners = [],
    organisations = [],
    services = [],
  }: {
    corners?: string[];
    organisations?: string[];
    services?: string[];
  }) {
    for (const id of corners)
      if (!(await this.catalogue.getRepository(IntegraCornerEntity).existsBy({ id }))) await createIntegraCorner(this.catalogue, { id });
    for (const id of organisations) await this.organisation(id);
    for (const id of services)
      if (!(await this.catalogue.getRepository(ServiceEntity).existsBy({ id }))) await createService(this.catalogue, { id });
  }

  /** The catalogue organisation with this id, created when the test made the id up. */
  private async organisation(id: string): Promise<void> {
    if (!(await this.catalogue.getRepository(OrganisationEntity).existsBy({ id }))) await createOrganisation(this.catalogue, { id });
  }

  async close(): Promise<void> {
    await this.beneficiaries.destroy();
    await this.catalogue.destroy();
  }
}
