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

/**
 * Where a query matches in a text, for highlighting: literal occurrences (ignoring case), or —
 * for a query of letters that occurs nowhere literally — the characters whose pinyin initials
 * spell it (`hnsy` in 河南嵩岳食品有限公司 → the first four characters).
 */
export function highlightRanges(text: string, query: string): [number, number][] {
  const q = query.trim().toLowerCase();
  if (!q || !text) return [];
  const lower = text.toLowerCase();
  const literal: [number, number][] = [];
  for (let i = lower.indexOf(q); i >= 0; i = lower.indexOf(q, i + q.length)) literal.push([i, i + q.length]);
  if (literal.length > 0 || !/^[a-z]+$/.test(q)) return literal;
  const chars = [...text];
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).map((s) => s.toLowerCase().slice(0, 1));
  if (initials.length !== chars.length) return [];
  const spelled = initials.join('');
  const ranges: [number, number][] = [];
  for (let i = spelled.indexOf(q); i >= 0; i = spelled.indexOf(q, i + q.length)) {
    // character offsets to string offsets (a character outside the BMP takes two)
    const start = chars.slice(0, i).join('').length;
    ranges.push([start, start + chars.slice(i, i + q.length).join('').length]);
  }
  return ranges;
}
