// The attributes of a partner that feedback learns about: what kind of company it is, what it
// offers, its science. Province and language are left out on purpose (the feed already pairs the
// provinces, and language is the engine's own rule).
import { extractFeatures } from '../text/extract.js';
import type { MatchProfile } from '../types.js';

const keysByProfile = new WeakMap<MatchProfile, string[]>();

/** Keys from tags, completed from the description where a field has no tag. */
export function partnerKeys(profile: MatchProfile): string[] {
  const cached = keysByProfile.get(profile);
  if (cached) return cached;
  const text = [profile.description.fr, profile.description.en].filter(Boolean).join('\n');
  const read = text ? extractFeatures(text, { mode: 'offer', modalities: profile.modalities }) : undefined;
  const pick = (tags: string[], fromText: string[] | undefined) =>
    tags.length > 0 ? tags : (fromText ?? []);
  const keys = [
    ...profile.sectors.map((code) => `sector:${code}`),
    ...pick(profile.offers, read?.offers).map((code) => `offer:${code}`),
    ...pick(profile.therapeuticAreas, read?.therapeuticAreas).map((code) => `area:${code}`),
    ...pick(profile.modalities, read?.modalities).map((code) => `modality:${code}`),
  ];
  const unique = [...new Set(keys)];
  keysByProfile.set(profile, unique);
  return unique;
}

/** The keys a company's own note names (a capability, area or modality it mentions). */
export function keysNamedIn(note: string): Set<string> {
  const read = extractFeatures(note, { mode: 'offer' });
  const both = extractFeatures(note, { mode: 'need' });
  return new Set([
    ...[...read.offers, ...both.seeks].map((code) => `offer:${code}`),
    ...[...read.therapeuticAreas, ...both.therapeuticAreas].map((code) => `area:${code}`),
    ...[...read.modalities, ...both.modalities].map((code) => `modality:${code}`),
  ]);
}

/** The groups whose global patterns apply to a viewer: its sectors, or `*` when it has none. */
export function viewerGroups(profile: MatchProfile | undefined): string[] {
  return profile && profile.sectors.length > 0 ? profile.sectors : ['*'];
}
