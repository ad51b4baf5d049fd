import { Fragment } from 'react';

/** The text with every occurrence of the query marked (case-insensitive), for search results. */
export function Highlight({ text, query }: { text: string; query: string | undefined }) {
  const q = query?.trim();
  if (!q || !text) return <>{text}</>;
  const lower = text.toLowerCase();
  const needle = q.toLowerCase();
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
    if (i > at) parts.push({ text: text.slice(at, i), hit: false });
    parts.push({ text: text.slice(i, i + needle.length), hit: true });
    at = i + needle.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>{p.hit ? <mark className="search-hit">{p.text}</mark> : p.text}</Fragment>
      ))}
    </>
  );
}
