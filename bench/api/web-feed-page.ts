import { readFileSync } from 'node:fs';

const SUGGESTIONS_DOCUMENTS = new URL(
  '../../../apps/web/src/pages/suggestions/suggestions.graphql.ts',
  import.meta.url,
);

/** The first page the web app's feed shows, with its default lens. */
const FIRST_PAGE = { first: 12, filter: { lens: 'ALL' } };

export interface PageRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The text of the web app's operation of that name, as its source holds it. */
function webOperation(name: string): string | undefined {
  const source = readFileSync(SUGGESTIONS_DOCUMENTS, 'utf8');
  return [...source.matchAll(/graphql\(`([\s\S]*?)`\)/g)]
    .map((match) => match[1])
    .find((text) => new RegExp(`query ${name}\\b`).test(text));
}

/**
 * The requests the web app's feed page sends when it opens, as its source says today: the feed
 * (SuggestedPartners) and, when the page asks them apart, where the company stands with the
 * partners shown (MeetingsWithPartners, given the partners of a first answer).
 */
export async function webFeedPage(
  ask: (
    request: PageRequest,
  ) => Promise<{ suggestedConnections: { edges: { node: { partner: { id: string } } }[] } }>,
): Promise<PageRequest[]> {
  const feed = {
    operationName: 'SuggestedPartners',
    query: webOperation('SuggestedPartners')!,
    variables: FIRST_PAGE,
  };
  const meetings = webOperation('MeetingsWithPartners');
  if (!meetings) return [feed];
  const { suggestedConnections } = await ask(feed);
  const companyIds = suggestedConnections.edges.map((edge) => edge.node.partner.id);
  return [feed, { operationName: 'MeetingsWithPartners', query: meetings, variables: { companyIds } }];
}
