import JSZip from 'jszip';
import { documentKind, targetLabel } from '../documents/catalog';
import { safeFileName } from '../documents/compose';
import { AppError } from '../domain/errors';
import type { ExchangeCase } from '../domain/exchange';
import { ENFORCEMENT_ROUTES } from '../domain/vocabulary';
import { monetaryTerms, packetContents, type PacketItem, type PacketRoute } from '../domain/packet';
import { readCase } from './case-detail';
import type { ServiceContext } from './context';
import { generateDocument } from './documents';

/**
 * The packet of an application for enforceability (issue 6 point 5): every document the route
 * needs, made and registered as versions like any other document, plus the materials list; named
 * by kind (`agreement.docx`, `commitment-河南嵩岳食品有限公司.docx`) so scripts can find them.
 */
export interface PacketFile {
  /** The file's name in the folder or zip. */
  name: string;
  bytes: Uint8Array;
}

/** The case as the packet prints it: with the route being prepared, if another was recorded. */
const onRoute = (route: PacketRoute) => (c: ExchangeCase): ExchangeCase => (c.enforcement?.route === route ? c : { ...c, enforcement: { ...c.enforcement, route } });

/** The case on the route, and what its packet holds; refused without an agreement or, for a notary, a money debt. */
async function packetOf(ctx: ServiceContext, caseId: string, route: PacketRoute): Promise<{ c: ExchangeCase; items: PacketItem[] }> {
  const detail = await readCase(ctx.store.db, caseId);
  const c = onRoute(route)(detail.exchange);
  if (!c.agreement) throw new AppError('INVALID_TRANSITION', '本案尚无调解协议，无从准备申请材料。');
  if (route === 'notarization' && monetaryTerms(c.agreement.terms).length === 0) {
    throw new AppError('INVALID_TRANSITION', '调解协议中没有金钱给付条款，不能申请赋予强制执行效力公证；停止侵权等行为义务可申请司法确认。');
  }
  return { c, items: packetContents(route, c, { identityPapers: detail.partyRecords.map((p) => p.documents) }) };
}

export const packetItems = async (ctx: ServiceContext, caseId: string, route: PacketRoute): Promise<PacketItem[]> => (await packetOf(ctx, caseId, route)).items;

export async function buildPacket(ctx: ServiceContext, caseId: string, route: PacketRoute): Promise<{ folder: string; items: PacketItem[]; files: PacketFile[] }> {
  const { c, items } = await packetOf(ctx, caseId, route);
  const documents = [...items.flatMap((i) => (i.document ? [i.document] : [])), { kind: 'materials-list' }];
  const files: PacketFile[] = [];
  for (const { kind, ...target } of documents) {
    const doc = await generateDocument(ctx, caseId, kind, target, onRoute(route));
    const k = documentKind(kind);
    const label = k ? targetLabel(k, c, target) : '';
    files.push({ name: `${safeFileName([kind, label].filter(Boolean).join('-'))}.docx`, bytes: doc.bytes });
  }
  // `（2026）豫郑知调字第0003号-司法确认申请材料`: the zip's folder, and what it is called
  const folder = safeFileName(`${c.caseNumber ?? `${c.receivedOn}登记`}-${ENFORCEMENT_ROUTES[route]}申请材料`);
  return { folder, items, files };
}

/** The packet as one zip, in a folder named after the case and the route. */
export async function packetZip(folder: string, files: readonly PacketFile[], at: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of files) zip.file(`${folder}/${f.name}`, f.bytes, { date: at });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
