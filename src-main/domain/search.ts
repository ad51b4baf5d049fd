import { pinyin } from 'pinyin-pro';

/**
 * What a case offers to full-text search, and how a query is turned into an FTS5 MATCH.
 * Queries of three or more characters go to the trigram index (any substring); one or two
 * characters go to the per-character index as a phrase. Party names are also indexed by their
 * pinyin initials, so `hnsy` finds 河南嵩岳.
 */
export interface SearchDocument {
  number: string;
  names: string;
  rights: string;
  subject: string;
  initials: string;
}

export interface SearchableCase {
  caseNumber?: string | null | undefined;
  subject: string;
  parties: readonly { name: string; kind: string; representativeName?: string | null | undefined }[];
  agents: readonly { name: string; firm?: string | null | undefined }[];
  ipRights: readonly { number?: string | null | undefined; title: string }[];
}

/** Pinyin initials of a name, lower case; natural persons read their surname as a surname. */
export function nameInitials(name: string, natural: boolean): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', ...(natural ? { surname: 'head' as const } : {}) })
    .join('')
    .toLowerCase()
    .replace(/[^0-9a-z]/g, '');
}

export function searchDocument(c: SearchableCase): SearchDocument {
  const partyNames = c.parties.flatMap((p) => [p.name, p.representativeName ?? '']).filter(Boolean);
  const agentNames = c.agents.flatMap((a) => [a.name, a.firm ?? '']).filter(Boolean);
  return {
    number: c.caseNumber ?? '',
    names: [...partyNames, ...agentNames].join(' '),
    rights: c.ipRights.flatMap((r) => [r.number ?? '', r.title]).filter(Boolean).join(' '),
    subject: c.subject,
    initials: [
      ...c.parties.map((p) => nameInitials(p.name, p.kind === 'natural')),
      ...c.agents.map((a) => nameInitials(a.name, true)),
    ].join(' '),
  };
}

/** Every character its own token, for the per-character index. */
export const spaced = (text: string): string => [...text.replace(/\s+/g, '')].join(' ');

export function spacedDocument(doc: SearchDocument): SearchDocument {
  return {
    number: spaced(doc.number),
    names: doc.names.split(' ').map(spaced).join('  '),
    rights: doc.rights.split(' ').map(spaced).join('  '),
    subject: spaced(doc.subject),
    initials: doc.initials.split(' ').map(spaced).join('  '),
  };
}

export type SearchPlan = { index: 'trigram' | 'chars'; match: string } | null;

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** The MATCH expression for a query typed in the search box, or null for an empty one. */
export function planSearch(query: string): SearchPlan {
  const q = query.trim().replace(/\s+/g, ' ');
  if (q === '') return null;
  const length = [...q.replace(/ /g, '')].length;
  if (length >= 3) return { index: 'trigram', match: quote(q) };
  return { index: 'chars', match: quote(spaced(q)) };
}
