import { COMMON_MESSAGES, FieldProblems } from '@app/common';
import { isEmail } from '../members/members.service.js';
import { checkProfile, cleanText, type ProfileDraft } from '../profile/profile-rules.js';
import { COMPANY_FIELDS, type ImportCompany } from './import-document.js';
import { IMPORT_MESSAGES as M } from './import.messages.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  return DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Reads one record field by field, noting every problem at its path and keeping what is usable. */
class RecordReader {
  constructor(
    private readonly problems: FieldProblems,
    private readonly record: Json,
    private readonly base: string,
  ) {}

  path(field: string): string {
    return `${this.base}.${field}`;
  }

  text(field: string, required = false): string | null {
    const value = this.record[field];
    if (value === undefined || value === null) {
      if (required) this.problems.add(this.path(field), COMMON_MESSAGES.required);
      return null;
    }
    if (typeof value !== 'string') {
      this.problems.add(this.path(field), M.mustBeString);
      return null;
    }
    const cleaned = cleanText(value) ?? null;
    if (required && !cleaned) this.problems.add(this.path(field), COMMON_MESSAGES.required);
    return cleaned;
  }

  /** Undefined when missing or not a list (already reported), so no rule reports it twice. */
  list(field: string, required = false): string[] | undefined {
    const value = this.record[field];
    if (value === undefined || value === null) {
      if (required) this.problems.add(this.path(field), COMMON_MESSAGES.required);
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.problems.add(this.path(field), M.mustBeList);
      return undefined;
    }
    return value.flatMap((item, i) => {
      if (typeof item === 'string') return [item.trim()];
      this.problems.add(`${this.path(field)}[${i}]`, M.mustBeString);
      return [];
    });
  }

  objects(field: string): { value: Json; path: string }[] {
    const value = this.record[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problems.add(this.path(field), M.mustBeList);
      return [];
    }
    return value.flatMap((item, i) => {
      const path = `${this.path(field)}[${i}]`;
      if (isObject(item)) return [{ value: item, path }];
      this.problems.add(path, M.mustBeObject);
      return [];
    });
  }

  onlyKnown(record: Json, base: string, known: readonly string[]): void {
    for (const key of Object.keys(record)) {
      if (!known.includes(key)) this.problems.add(`${base}.${key}`, M.unknownField);
    }
  }

  oneOf<T extends string>(field: string, value: string | null, values: readonly T[]): T | null {
    if (value === null) return null;
    if (values.includes(value as T)) return value as T;
    this.problems.add(this.path(field), M.oneOf, { values: values.join(', ') });
    return null;
  }

  bilingual(field: 'description' | 'seeking'): { fr: string | null; en: string | null } {
    const value = this.record[field];
    if (value === undefined || value === null) return { fr: null, en: null };
    if (!isObject(value)) {
      this.problems.add(this.path(field), M.mustBeObject);
      return { fr: null, en: null };
    }
    this.onlyKnown(value, this.path(field), ['fr', 'en']);
    const sub = new RecordReader(this.problems, value, this.path(field));
    return { fr: sub.text('fr'), en: sub.text('en') };
  }
}

function readMemberships(
  reader: RecordReader,
  problems: FieldProblems,
  record: Json,
): ImportCompany['memberships'] {
  if (record.memberships === undefined || record.memberships === null) {
    problems.add(reader.path('memberships'), COMMON_MESSAGES.required);
    return [];
  }
  const entries = reader.objects('memberships');
  if (Array.isArray(record.memberships) && record.memberships.length === 0) {
    problems.add(reader.path('memberships'), M.atLeastOne);
  }
  const seen = new Set<string>();
  return entries.map(({ value, path }) => {
    reader.onlyKnown(value, path, ['association', 'memberSince', 'expiresOn']);
    const sub = new RecordReader(problems, value, path);
    const association = sub.oneOf('association', sub.text('association', true), [
      'BIOQUEBEC',
      'LSO',
    ] as const);
    if (association && seen.has(association)) {
      problems.add(`${path}.association`, COMMON_MESSAGES.duplicateValue, { value: association });
    }
    if (association) seen.add(association);
    const dates = (['memberSince', 'expiresOn'] as const).map((field) => {
      const date = sub.text(field);
      if (date && !isDate(date)) problems.add(`${path}.${field}`, M.invalidDate);
      return date && isDate(date) ? date : null;
    });
    if (dates[0] && dates[1] && dates[1] < dates[0]) problems.add(`${path}.expiresOn`, M.expiresBeforeStart);
    return { association: association ?? 'BIOQUEBEC', memberSince: dates[0], expiresOn: dates[1] };
  });
}

function readContacts(
  reader: RecordReader,
  problems: FieldProblems,
  seen: Map<string, string>,
): ImportCompany['contacts'] {
  return reader.objects('contacts').map(({ value, path }) => {
    reader.onlyKnown(value, path, ['email', 'name', 'role', 'locale']);
    const sub = new RecordReader(problems, value, path);
    const email = sub.text('email', true);
    if (email && !isEmail(email)) problems.add(`${path}.email`, COMMON_MESSAGES.invalidEmail);
    const key = email?.toLowerCase();
    if (key && seen.has(key))
      problems.add(`${path}.email`, M.repeatedContact, { value: email!, other: seen.get(key)! });
    if (key) seen.set(key, path);
    return {
      email: email ?? '',
      name: sub.text('name', true) ?? '',
      role: sub.oneOf('role', sub.text('role', true), ['MEMBER', 'COMPANY_ADMIN'] as const) ?? 'MEMBER',
      locale: sub.oneOf('locale', sub.text('locale', true), ['fr', 'en'] as const) ?? 'en',
    };
  });
}

/**
 * Checks a whole import file and lists every problem as `companies[i].field`; the companies are
 * returned only when there is none, so a bad file never writes anything.
 */
export function validateImportDocument(document: unknown): {
  companies: ImportCompany[];
  problems: FieldProblems;
} {
  const problems = new FieldProblems();
  if (!isObject(document) || !Array.isArray(document.companies)) {
    problems.add('companies', M.notDocument);
    return { companies: [], problems };
  }
  for (const key of Object.keys(document)) if (key !== 'companies') problems.add(key, M.unknownField);
  const externalIds = new Map<string, number>();
  const contactEmails = new Map<string, string>();
  const companies = (document.companies as unknown[]).map((raw, index): ImportCompany | undefined => {
    const base = `companies[${index}]`;
    if (!isObject(raw)) {
      problems.add(base, M.mustBeObject);
      return undefined;
    }
    const r = new RecordReader(problems, raw, base);
    r.onlyKnown(raw, base, COMPANY_FIELDS);
    const externalId = r.text('externalId', true);
    if (externalId && externalId.length > 64)
      problems.add(r.path('externalId'), COMMON_MESSAGES.tooLong, { max: 64 });
    if (externalId && externalIds.has(externalId)) {
      problems.add(r.path('externalId'), M.repeatedExternalId, {
        value: externalId,
        other: externalIds.get(externalId)!,
      });
    } else if (externalId) externalIds.set(externalId, index);
    const description = r.bilingual('description');
    const seeking = r.bilingual('seeking');
    const optIn = raw.matchmakingOptIn;
    if (optIn !== undefined && optIn !== null && typeof optIn !== 'boolean') {
      problems.add(r.path('matchmakingOptIn'), M.mustBeBoolean);
    }
    const draft: ProfileDraft = {
      name: r.text('name', true) ?? undefined,
      city: r.text('city'),
      website: r.text('website'),
      languages: r.list('languages', true),
      size: r.text('size'),
      sectors: r.list('sectors', true),
      therapeuticAreas: r.list('therapeuticAreas'),
      modalities: r.list('modalities'),
      stage: r.text('stage'),
      offers: r.list('offers'),
      seeks: r.list('seeks'),
      partnershipTypes: r.list('partnershipTypes'),
      descriptionFr: description.fr,
      descriptionEn: description.en,
      seekingFr: seeking.fr,
      seekingEn: seeking.en,
    };
    const textPaths: Partial<Record<keyof ProfileDraft, string>> = {
      descriptionFr: 'description.fr',
      descriptionEn: 'description.en',
      seekingFr: 'seeking.fr',
      seekingEn: 'seeking.en',
    };
    checkProfile(draft, problems, (field) => `${base}.${textPaths[field] ?? field}`);
    return {
      externalId: externalId ?? '',
      name: draft.name ?? '',
      city: draft.city ?? null,
      website: draft.website ?? null,
      size: draft.size ?? null,
      sectors: draft.sectors ?? [],
      therapeuticAreas: draft.therapeuticAreas ?? [],
      modalities: draft.modalities ?? [],
      stage: draft.stage ?? null,
      offers: draft.offers ?? [],
      seeks: draft.seeks ?? [],
      partnershipTypes: draft.partnershipTypes ?? [],
      descriptionFr: description.fr,
      descriptionEn: description.en,
      seekingFr: seeking.fr,
      seekingEn: seeking.en,
      province: r.oneOf('province', r.text('province', true), ['QC', 'ON'] as const) ?? 'QC',
      memberships: readMemberships(r, problems, raw),
      languages: (draft.languages ?? []) as ('fr' | 'en')[],
      matchmakingOptIn: optIn === true,
      contacts: readContacts(r, problems, contactEmails),
    };
  });
  return { companies: problems.isEmpty ? (companies as ImportCompany[]) : [], problems };
}
