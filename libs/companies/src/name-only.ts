import { canSeeCompany } from '@app/auth';
import type { Viewer } from '@app/common';
import type { CompanyEntity } from './company.entity.js';

const NAME_ONLY = new WeakSet<CompanyEntity>();

/**
 * The company as the viewer may see it: whole, or, when it is hidden from them (it opted out of
 * matchmaking since it asked to meet, say), its name and province only — a meeting request's
 * other side is named, never profiled.
 */
export function asSeenBy(viewer: Viewer, company: CompanyEntity): CompanyEntity {
  if (canSeeCompany(viewer, company)) return company;
  const named: CompanyEntity = Object.assign(Object.create(Object.getPrototypeOf(company) as object), {
    ...company,
    externalId: null,
    city: null,
    website: null,
    languages: [],
    size: null,
    sectors: [],
    therapeuticAreas: [],
    modalities: [],
    stage: null,
    offers: [],
    seeks: [],
    partnershipTypes: [],
    descriptionFr: null,
    descriptionEn: null,
    seekingFr: null,
    seekingEn: null,
    matchmakingConsentAt: null,
    memberships: [],
  });
  NAME_ONLY.add(named);
  return named;
}

/** Whether fields resolved from elsewhere (memberships) must stay empty for this company. */
export function isNameOnly(company: CompanyEntity): boolean {
  return NAME_ONLY.has(company);
}
