/**
 * `npm run bench`: measures our code against a raw baseline in the same run and rewrites the
 * tables in docs/benchmarks.md (between the BENCH markers). Never an assertion in the tests.
 * `npm run bench -- store`, `-- cases` or `-- documents` runs one section.
 */
import fs from 'node:fs';
import path from 'node:path';
import { appResources } from '../../src-main/app/resources';
import { benchCases } from './cases';
import { benchDocuments } from './documents';
import { machine, table } from './measure';
import { benchStore } from './store';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DOC = path.join(ROOT, 'docs', 'benchmarks.md');

function publish(section: string, body: string): void {
  const block = `<!-- BENCH:${section} -->\n${body}\n<!-- /BENCH:${section} -->`;
  const pattern = new RegExp(`<!-- BENCH:${section} -->[\\s\\S]*<!-- /BENCH:${section} -->`);
  const text = fs.readFileSync(DOC, 'utf8');
  fs.writeFileSync(DOC, pattern.test(text) ? text.replace(pattern, block) : `${text}\n${block}\n`);
  console.log(`${body}\n`);
}

async function main(): Promise<void> {
  const resources = appResources(ROOT);
  const only = process.argv[2];
  const stamp = () => `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}.`;
  if (!only || only === 'store') publish('store', `${stamp()}\n\n${table(await benchStore(resources))}`);
  if (!only || only === 'cases') {
    const { seconds, rows } = await benchCases(resources);
    publish('cases', `${stamp()} Seeding 100,000 demo cases took ${seconds.toFixed(1)} s.\n\n${table(rows, 'list service', 'raw SQL')}`);
  }
  if (!only || only === 'documents') publish('documents', `${stamp()}\n\n${table(await benchDocuments(resources), 'document engine', 'empty docx')}`);
}

void main();
