import { createHash } from 'node:crypto';
import type { OrganisationEntity } from '../organisation/organisation.entity.js';
import type { ProgrammeEntity } from '../programme/programme.entity.js';
import type { ServiceEntity } from '../service/service.entity.js';

/**
 * The published catalogue as Open Referral HSDS 3.0 objects (https://docs.openreferral.org/en/latest/hsds/).
 * Only fields the catalogue can fill honestly; field names are HSDS's own.
 */
export interface HsdsCatalogue {
  hsds_version: '3.0';
  organizations: HsdsOrganization[];
  programs: HsdsProgram[];
  services: HsdsService[];
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
}

export interface HsdsProgram {
  id: string;
  organization_id: string | null;
  name: string;
  description: string;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}

export interface HsdsSchedule {
  id: string;
  service_id: string;
  description: string | null;
  valid_from: string | null;
  valid_to: string | null;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  description: string;
  extent_type: null;
}

export interface HsdsService {
  id: string;
  organization_id: string;
  program_id: string;
  name: string;
  description: string;
  status: 'active';
  eligibility_description: string;
  minimum_age: number | null;
  maximum_age: number | null;
  languages: HsdsLanguage[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
}

const LANGUAGE_NAMES: Record<string, string> = {
  ar: 'Arabic',
  bn: 'Bengali',
  de: 'German',
  en: 'English',
  es: 'Spanish',
  fa: 'Persian',
  fr: 'French',
  it: 'Italian',
  ps: 'Pashto',
  pt: 'Portuguese',
  ru: 'Russian',
  so: 'Somali',
  ti: 'Tigrinya',
  uk: 'Ukrainian',
  ur: 'Urdu',
  wo: 'Wolof',
};

const ORGANISATION_ROLES: Record<string, string> = {
  PUBLIC_ADMINISTRATION: 'Public administration',
  RECEPTION_MANAGING_BODY: 'Reception managing body',
  PATRONATO: 'Welfare advice office (patronato)',
  NGO: 'Non-governmental organisation',
  TRAINING_PROVIDER: 'Vocational training provider',
  EMPLOYER: 'Employer',
  HOUSING_AGENCY: 'Housing agency',
  HEALTH_SERVICE: 'Health service',
  EMPLOYMENT_CENTRE: "Public employment centre (Centro per l'Impiego)",
  SCHOOL: 'School',
};

const PROTECTION_WORDS: Record<string, string> = { REFUGEE: 'refugee status', SUBSIDIARY_PROTECTION: 'subsidiary protection' };

/** A stable UUID for an object HSDS wants an id for and the hub keeps none: derived from its parent's id. */
export function derivedId(parentId: string, kind: string, key: string): string {
  const hex = createHash('sha1').update(`shubh-hsds:${parentId}:${kind}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** The service's eligibility conditions in words, as HSDS's free-text `eligibility_description`. */
export function describeEligibility(service: ServiceEntity): string {
  const conditions = ['Holders of international protection who left the Italian reception system'];
  if (service.eligibleProtectionStatuses.length > 0) {
    conditions[0] = `Holders of ${service.eligibleProtectionStatuses.map((status) => PROTECTION_WORDS[status] ?? status).join(' or ')} who left the Italian reception system`;
  }
  if (service.maxMonthsSinceReceptionExit !== null) conditions.push(`at most ${service.maxMonthsSinceReceptionExit} months ago`);
  if (service.minAge !== null && service.maxAge !== null) conditions.push(`aged ${service.minAge} to ${service.maxAge}`);
  else if (service.minAge !== null) conditions.push(`aged ${service.minAge} or over`);
  else if (service.maxAge !== null) conditions.push(`aged ${service.maxAge} or under`);
  if (service.minItalianLevel !== null) conditions.push(`with Italian at level ${service.minItalianLevel} or above (CEFR)`);
  return `${conditions.join(', ')}.`;
}

/** Builds the HSDS document from published services and the organisations and programmes they point at. */
export function toHsds(
  services: readonly ServiceEntity[],
  organisations: readonly OrganisationEntity[],
  programmes: readonly ProgrammeEntity[],
): HsdsCatalogue {
  const byName = <T extends { name: string; id: string }>(a: T, b: T) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  return {
    hsds_version: '3.0',
    organizations: [...organisations].sort(byName).map((organisation) => ({
      id: organisation.id,
      name: organisation.name,
      description: `${ORGANISATION_ROLES[organisation.type] ?? organisation.type} in the SHUBH partner network, working in the province(s) ${organisation.provinces.join(', ')}.`,
    })),
    programs: [...programmes]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((programme) => ({
        id: programme.id,
        organization_id: null,
        name: programme.name,
        description: `Funded by ${programme.fundingSource}; managed by ${programme.managingAuthority}.`,
      })),
    services: [...services].sort(byName).map((service) => ({
      id: service.id,
      organization_id: service.providerId,
      program_id: service.programmeId,
      name: service.name,
      description: service.description,
      status: 'active' as const,
      eligibility_description: describeEligibility(service),
      minimum_age: service.minAge,
      maximum_age: service.maxAge,
      languages: service.languages.map((code) => ({
        id: derivedId(service.id, 'language', code),
        service_id: service.id,
        name: LANGUAGE_NAMES[code] ?? code,
        code,
      })),
      schedules:
        service.scheduleDescription === null && service.startsOn === null && service.endsOn === null
          ? []
          : [
              {
                id: derivedId(service.id, 'schedule', 'current'),
                service_id: service.id,
                description: service.scheduleDescription,
                valid_from: service.startsOn,
                valid_to: service.endsOn,
              },
            ],
      service_areas: service.provinces.map((province) => ({
        id: derivedId(service.id, 'service_area', province),
        service_id: service.id,
        name: province,
        description: `The Italian province with the code (sigla) ${province}.`,
        extent_type: null,
      })),
    })),
  };
}
