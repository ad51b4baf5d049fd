import { Fragment } from 'react';
import { highlightRanges } from '../../src-main/domain/search';

/** The text with what the search matched marked — literally, or by pinyin initials. */
export function Highlight({ text, query }: { text: string; query: string | undefined }) {
  const ranges = query ? highlightRanges(text, query) : [];
  if (ranges.length === 0) return <>{text}</>;
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
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
