import type { Viewer } from '@app/common';

/** Who may do what, in one place; services call these before acting. */
export function isStaff(viewer: Viewer): boolean {
  return viewer.role === 'STAFF' || viewer.role === 'ADMIN';
}

export function belongsTo(viewer: Viewer, companyId: string): boolean {
  return viewer.companyId === companyId;
}

/** A company admin edits their own company; staff edit any. */
export function canManageCompany(viewer: Viewer, companyId: string): boolean {
  return isStaff(viewer) || (viewer.role === 'COMPANY_ADMIN' && belongsTo(viewer, companyId));
}

/** A company that has not opted in to matchmaking is seen by staff and its own people only. */
export function canSeeCompany(viewer: Viewer, company: { id: string; matchmakingOptIn: boolean }): boolean {
  return company.matchmakingOptIn || isStaff(viewer) || belongsTo(viewer, company.id);
}

/**
 * Staff act for their own association only: on an event it organizes, a curation involving one of
 * its members (and, later, a trade mission it leads). Administrators act for every association.
 */
export function isStaffOf(viewer: Viewer, associations: readonly string[]): boolean {
  if (viewer.role === 'ADMIN') return true;
  return viewer.role === 'STAFF' && viewer.association !== null && associations.includes(viewer.association);
}
