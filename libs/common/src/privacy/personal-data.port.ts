import { SetMetadata } from '@nestjs/common';
import type { Transaction } from '@app/database';

/** Whose data is exported or erased: the signed-in person and the company their account is in. */
export interface PersonalDataSubject {
  userId: string;
  companyId: string | null;
}

/**
 * One domain's part of the rights of Law 25 and PIPEDA, over its own tables only (privacy reads no
 * table). Privacy gathers every contributor (`@ContributesPersonalData`): `myData` is the union of
 * their sections, and an erasure reads every contributor's words, then runs every `erase`, all in
 * one transaction, so that an account is erased everywhere or nowhere.
 */
export interface PersonalDataContributor {
  /** This domain's sections of the `myData` document, by name (a section name belongs to one domain). */
  export(subject: PersonalDataSubject, tx: Transaction): Promise<Record<string, unknown>>;
  /**
   * What the person is known by or wrote here (name, email, free texts), read before anything is
   * erased: copies other people hold elsewhere lose these words.
   */
  wordsOf(subject: PersonalDataSubject, tx: Transaction): Promise<string[]>;
  /**
   * Removes or anonymises what this domain holds about the person, and these words in the copies
   * it keeps for others. `words` are every contributor's, longest first.
   */
  erase(subject: PersonalDataSubject, words: string[], tx: Transaction): Promise<void>;
}

/** What stands in for erased words in copies kept for others (emails already sent, the audit log). */
export const ERASED_TEXT = '[erased]';

export const PERSONAL_DATA_CONTRIBUTOR = Symbol('PersonalDataContributor');

/**
 * Marks a provider as its domain's `PersonalDataContributor`; list it in the domain's module and
 * privacy finds it. `domain` names it in errors and orders the erasure (alphabetically), so that
 * every erasure takes its locks in the same order.
 */
export const ContributesPersonalData = (domain: string): ClassDecorator =>
  SetMetadata(PERSONAL_DATA_CONTRIBUTOR, domain);
