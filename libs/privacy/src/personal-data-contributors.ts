import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import {
  PERSONAL_DATA_CONTRIBUTOR,
  type PersonalDataContributor,
  type PersonalDataSubject,
} from '@app/common';
import type { Transaction } from '@app/database';

interface Contribution {
  domain: string;
  contributor: PersonalDataContributor;
}

/**
 * Every domain's `@ContributesPersonalData` provider, found once at start-up and kept in the order
 * of their domain names: the export lists its sections in that order, and every erasure writes the
 * tables in that order. Privacy itself reads no table.
 */
@Injectable()
export class PersonalDataContributors implements OnModuleInit {
  private contributions: Contribution[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const byDomain = new Map<string, PersonalDataContributor>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const domain = this.reflector.get<string | undefined>(PERSONAL_DATA_CONTRIBUTOR, wrapper.metatype);
      if (!domain) continue;
      const known = byDomain.get(domain);
      // Two would export a domain's sections twice and erase its tables twice: a wiring mistake.
      if (known && known !== wrapper.instance)
        throw new Error(`Two personal data contributors for "${domain}": list it in one module only`);
      byDomain.set(domain, wrapper.instance as PersonalDataContributor);
    }
    this.contributions = [...byDomain]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([domain, contributor]) => ({ domain, contributor }));
  }

  /** The `myData` document's sections, each from the one domain that holds it. */
  async export(subject: PersonalDataSubject, tx: Transaction): Promise<Record<string, unknown>> {
    const sections: Record<string, unknown> = {};
    for (const { domain, contributor } of this.contributions) {
      for (const [section, value] of Object.entries(await contributor.export(subject, tx))) {
        if (section in sections)
          throw new Error(`myData section "${section}" comes twice (again from ${domain})`);
        sections[section] = value;
      }
    }
    return sections;
  }

  /**
   * Reads every domain's words first (nothing is erased yet, so none is missed), then lets each
   * domain erase, all within `tx`: the caller's transaction makes it everywhere or nowhere.
   */
  async erase(subject: PersonalDataSubject, tx: Transaction): Promise<void> {
    const words = new Set<string>();
    for (const { contributor } of this.contributions) {
      for (const word of await contributor.wordsOf(subject, tx)) if (word.trim()) words.add(word.trim());
    }
    // Longest first, so that a name inside a longer text is replaced after the text that holds it.
    const longestFirst = [...words].sort((a, b) => b.length - a.length);
    for (const { contributor } of this.contributions) await contributor.erase(subject, longestFirst, tx);
  }
}
