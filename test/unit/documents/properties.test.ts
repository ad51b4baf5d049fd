import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, targetsOf } from '../../../src-main/documents/catalog';
import { composeDocument } from '../../../src-main/documents/compose';
import { toDocx, xmlSafe } from '../../../src-main/documents/to-docx';
import { toHtml } from '../../../src-main/documents/to-html';
import { anonymizerFor } from '../../../src-main/domain/anonymize';
import { caseSchema, type ExchangeCase } from '../../../src-main/domain/exchange';
import { demoCase, seededRandom } from '../../../src-main/services/demo/generate';
import { ORGANIZATION, composeInputFor, parseXml, wordText } from '../../support/documents';

/**
 * For any valid case — the demo generator's realistic ones, with names and the organization
 * made of whatever characters a user could type or paste — every kind composes, and its Word
 * file is a valid package whose text names the parties.
 */
const awkward = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...'张王李赵有限公司超市（）·　') },
    // CJK Extension B and beyond: rare surnames and place names outside the BMP
    fc.constantFrom('𠀀', '𪚥', '𡈼', '𬌗', '𰻝'),
    fc.constantFrom('<', '>', '&', '"', "'", '{', '}', '{申请人}', '$&', '\\', '/', ':', '*', '?', '|', '\n', '\r', '\t', '\0', '\u0001', '\u001b', '\u007f', '\u0085', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF', '😀'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  minLength: 1,
  maxLength: 16,
});

const validCase = fc
  .record({
    seed: fc.integer(),
    names: fc.array(awkward, { minLength: 3, maxLength: 3 }),
    agent: awkward,
    // the longest fields the exchange format allows, or every optional field left out
    shape: fc.constantFrom('as generated', 'longest', 'sparse'),
  })
  .map(({ seed, names, agent, shape }) => {
    const c = demoCase(seededRandom(seed), '2026-03-02', '2026-11-24');
    c.parties.forEach((p, i) => {
      p.name = shape === 'longest' ? `${names[i % names.length]}${i}`.padEnd(100, '𪚥') : `${names[i % names.length]}${i}`; // never blank once trimmed
      p.agents.forEach((a) => (a.name = `${agent}代理`));
      if (shape === 'sparse') {
        for (const key of ['address', 'phone', 'serviceAddress', 'occupation', 'ethnicity', 'employer'] as const) delete (p as Record<string, unknown>)[key];
        p.agents = [];
      }
    });
    if (shape === 'longest') c.subject = '侵权'.repeat(1000);
    if (shape === 'sparse') {
      delete (c as Record<string, unknown>).claimAmount;
      c.source = 'party_application';
      delete (c as Record<string, unknown>).referral;
      c.mediators = [];
    }
    return caseSchema.parse(c);
  });

/** Whitespace is left to the file format (XML reads CR as LF; a line break in a cell starts a new paragraph). */
const squash = (s: string) => s.replace(/\s+/gu, '');

/** Whose names a kind prints: everyone, except that a power of attorney names its principal and the other side, and a typical case names them anonymized. */
function namesIn(kind: string, c: ExchangeCase): string[] {
  if (kind === 'typical-case') return c.parties.map((p) => anonymizerFor(c).name(p.name));
  if (kind !== 'power-of-attorney') return c.parties.map((p) => p.name);
  return targetsOf(DOCUMENT_KINDS.find((k) => k.kind === kind) as (typeof DOCUMENT_KINDS)[number], c).flatMap((t) => {
    const principal = c.parties[t.party ?? 0];
    return [principal?.name ?? '', ...c.parties.filter((p) => p.role !== principal?.role).map((p) => p.name)];
  });
}

describe('any valid case', () => {
  it('composes every kind into a valid .docx naming its parties, and a preview', async () => {
    await fc.assert(
      fc.asyncProperty(validCase, awkward, async (c, orgName) => {
        const input = composeInputFor(c, { organization: { ...ORGANIZATION, name: orgName } });
        for (const k of DOCUMENT_KINDS) {
          const model = composeDocument(k, input);
          expect(model.fileName).not.toMatch(/[\\/:*?"<>|\p{Cc}]/u);
          expect(model.blocks.filter((b) => b.type === 'pageBreak')).toHaveLength(targetsOf(k, c).length - 1);
          expect(toHtml(model)).not.toMatch(/<(?!\/?(article|h1|p|br|span|table|colgroup|col|thead|tbody|tr|th|td|div|hr)[\s>])/);

          const bytes = await toDocx(model, { author: orgName, at: new Date('2026-11-24T02:00:00Z') });
          const again = await toDocx(composeDocument(k, input), { author: orgName, at: new Date('2026-11-24T02:00:00Z') });
          expect(Buffer.from(again).equals(Buffer.from(bytes)), `${k.kind}: same case, same clock, same file`).toBe(true);
          const zip = await JSZip.loadAsync(bytes);
          for (const name of ['word/document.xml', 'docProps/core.xml', 'word/styles.xml']) {
            const xml = await zip.file(name)?.async('string');
            expect(xml, `${k.kind} ${name}`).toBeDefined();
            parseXml(xml as string);
          }
          const text = squash(wordText((await zip.file('word/document.xml')?.async('string')) as string).join(''));
          for (const name of namesIn(k.kind, c)) expect(text, `${k.kind}: ${JSON.stringify(name)}`).toContain(squash(xmlSafe(name)));
          if (c.caseNumber && !['mediation-application', 'power-of-attorney'].includes(k.kind)) expect(text).toContain(squash(c.caseNumber));
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
