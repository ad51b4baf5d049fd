import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../src-main/db/connection';
import { applyMigrations, loadMigrations, pendingMigrations, readSchemaState } from '../../../src-main/db/migrate';
import { openStore } from '../../../src-main/db/store';
import { silentLogger } from '../../../src-main/app/logger';
import { openApp } from '../../../src-main/app/open-app';
import { logicalDump } from '../../support/dump';
import { openTestApp, resources, tempDir } from '../../support/temp';

const migrations = loadMigrations(resources.migrationsFolder);

/** A database file migrated to the first `n` migrations. */
async function databaseAt(n: number): Promise<{ file: string; conn: Connection }> {
  const dir = tempDir();
  const file = path.join(dir, 'mediation-desk.db');
  const conn = await openConnection(file);
  await applyMigrations(conn, migrations.slice(0, n), () => 1);
  return { file, conn };
}

describe('migrations, one test each (migrate to N−1, insert old rows, migrate, assert)', () => {
  it('has the migrations this file tests, in order, with purposeful names', () => {
    expect(migrations.map((m) => m.tag)).toEqual(['0000_foundation', '0001_audit-append-only', '0002_mediator-number-optional', '0003_cases', '0004_case-search', '0005_documents', '0006_mediator-assignments', '0007_rights-notices', '0008_session-scheduling', '0009_case-file', '0010_extensions-and-follow-up-plans', '0011_agreement-signing', '0012_court-overrides', '0013_material-requests', '0014_arbitrations', '0015_tribunal', '0016_arbitration-outcome', '0017_deliveries', '0018_typical_cases']);
  });

  it('0000_foundation: an empty database gains the foundation tables', async () => {
    const { conn } = await databaseAt(0);
    await applyMigrations(conn, migrations.slice(0, 1), () => 1);
    const tables = (await conn.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['organization', 'mediators', 'mediator_relations', 'settings', 'audit_log', '__drizzle_migrations']));
    expect(await conn.pragma('user_version')).toBe(1);
    await conn.run("INSERT INTO mediators (id, name, mediator_no, created_at, updated_at) VALUES ('m1', '陈静', 'A1', 'x', 'x')");
    await expect(conn.run("INSERT INTO mediators (id, name, mediator_no, created_at, updated_at) VALUES ('m2', '李', 'A1', 'x', 'x')")).rejects.toThrow(/UNIQUE/);
    await expect(conn.run("INSERT INTO mediator_relations (id, mediator_id, position, name, kind) VALUES ('r', 'nobody', 0, 'x', 'other')")).rejects.toThrow(/FOREIGN KEY/);
    await conn.close();
  });

  it('0001_audit-append-only: existing audit rows stay, and no row can be changed or removed afterwards', async () => {
    const { conn } = await databaseAt(1);
    await conn.run(
      "INSERT INTO audit_log (seq, at, actor_id, actor_name, action, entity, outcome, prev_hash, hash) VALUES (1, 't', 'a', '甲', 'setup.complete', 'organization', 'ok', 'p', 'h')",
    );
    await conn.run("UPDATE audit_log SET actor_name = '乙' WHERE seq = 1"); // still allowed before the migration
    await applyMigrations(conn, migrations.slice(1, 2), () => 1);
    expect(await conn.all('SELECT seq, actor_name FROM audit_log')).toEqual([{ seq: 1, actor_name: '乙' }]);
    await expect(conn.run("UPDATE audit_log SET actor_name = '丙' WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(conn.run('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await conn.run(
      "INSERT INTO audit_log (seq, at, actor_id, actor_name, action, entity, outcome, prev_hash, hash) VALUES (2, 't', 'a', '甲', 'x', 'y', 'ok', 'h', 'h2')",
    );
    expect(await conn.pragma('user_version')).toBe(2);
    await conn.close();
  });

  it('0002_mediator-number-optional: rebuilding the roster table keeps every mediator and their declared relations', async () => {
    const { conn } = await databaseAt(2);
    await conn.run("INSERT INTO mediators (id, name, mediator_no, specialties, created_at, updated_at) VALUES ('m1', '陈静', 'ZZ-IP-007', '[\"software\"]', 'a', 'b')");
    await conn.run("INSERT INTO mediator_relations (id, mediator_id, position, name, kind) VALUES ('r1', 'm1', 0, '陈强', 'close_relative'), ('r2', 'm1', 1, '某律师事务所', 'employment')");
    await applyMigrations(conn, migrations.slice(2, 3), () => 1);
    // the rebuild drops and recreates `mediators`; with foreign keys on, ON DELETE CASCADE would have emptied the relations
    expect(await conn.all('SELECT id, mediator_id FROM mediator_relations ORDER BY id')).toEqual([
      { id: 'r1', mediator_id: 'm1' },
      { id: 'r2', mediator_id: 'm1' },
    ]);
    expect(await conn.all('SELECT name, mediator_no, specialties FROM mediators')).toEqual([{ name: '陈静', mediator_no: 'ZZ-IP-007', specialties: '["software"]' }]);
    await conn.run("INSERT INTO mediators (id, name, mediator_no, created_at, updated_at) VALUES ('m2', '杨帆', NULL, 'a', 'b'), ('m3', '李明', NULL, 'a', 'b')");
    await expect(conn.run("INSERT INTO mediators (id, name, mediator_no, created_at, updated_at) VALUES ('m4', '王', 'ZZ-IP-007', 'a', 'b')")).rejects.toThrow(/UNIQUE/);
    expect(await conn.all('PRAGMA foreign_key_check')).toEqual([]);
    await conn.close();
  });

  it('0003_cases: case tables appear beside the roster, and deleting a case removes its rows', async () => {
    const { conn } = await databaseAt(3);
    await conn.run("INSERT INTO mediators (id, name, mediator_no, created_at, updated_at) VALUES ('m1', '陈静', 'A1', 'a', 'b')");
    await applyMigrations(conn, migrations.slice(3, 4), () => 1);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）豫知调字第0001号', 'software', 'party_application', '2026-01-05', '软件侵权', 'simple', 'r', 'registered', 'a', 'a');
      INSERT INTO case_parties (id, case_id, position, role, kind, name) VALUES ('p1', 'c1', 0, 'applicant', 'legal', '甲公司');
      INSERT INTO case_agents (id, case_id, party_id, position, name, kind, authority) VALUES ('a1', 'c1', 'p1', 0, '孙立', 'lawyer', 'general');
      INSERT INTO case_mediators (case_id, mediator_id, role, position) VALUES ('c1', 'm1', 'lead', 0);
    `);
    await expect(conn.run("INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at) VALUES ('c2', '（2026）豫知调字第0001号', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'a', 'a')")).rejects.toThrow(/UNIQUE/);
    await expect(conn.run("DELETE FROM mediators WHERE id = 'm1'")).rejects.toThrow(/FOREIGN KEY/); // a mediator with cases stays on file
    await conn.run("DELETE FROM cases WHERE id = 'c1'");
    for (const table of ['case_parties', 'case_agents', 'case_mediators']) expect(await conn.all(`SELECT * FROM ${table}`), table).toEqual([]);
    await conn.close();
  });

  it('0004_case-search: the two full-text indexes answer substring and short queries', async () => {
    const { conn } = await databaseAt(4);
    await applyMigrations(conn, migrations.slice(4, 5), () => 1);
    await conn.run("INSERT INTO case_search (rowid, number, names, rights, subject, initials) VALUES (7, '', '河南嵩岳食品有限公司 郭芳', '', '', 'hnsyspyxgs gf')");
    await conn.run("INSERT INTO case_search_chars (rowid, number, names, rights, subject, initials) VALUES (7, '', '河 南 嵩 岳  郭 芳', '', '', 'h n s y  g f')");
    expect(await conn.all("SELECT rowid FROM case_search WHERE case_search MATCH '\"嵩岳食品\"'")).toEqual([{ rowid: 7 }]);
    expect(await conn.all("SELECT rowid FROM case_search WHERE case_search MATCH '\"hnsy\"'")).toEqual([{ rowid: 7 }]);
    expect(await conn.all("SELECT rowid FROM case_search_chars WHERE case_search_chars MATCH '\"郭 芳\"'")).toEqual([{ rowid: 7 }]);
    await conn.run('DELETE FROM case_search WHERE rowid = 7');
    expect(await conn.all("SELECT rowid FROM case_search WHERE case_search MATCH '\"嵩岳食品\"'")).toEqual([]);
    await conn.close();
  });

  it('0005_documents: generated documents and wording appear beside the cases and their files, which stay as they were', async () => {
    const { conn } = await databaseAt(5);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）豫知调字第0001号', 'software', 'party_application', '2026-01-05', '软件侵权', 'simple', 'r', 'accepted', 'a', 'a');
      INSERT INTO case_parties (id, case_id, position, role, kind, name) VALUES ('p1', 'c1', 0, 'applicant', 'legal', '甲公司');
      INSERT INTO stored_files (sha256, size, mime, created_at, created_by) VALUES ('${'a'.repeat(64)}', 3, 'image/png', 'a', 'u'), ('${'b'.repeat(64)}', 4, 'application/pdf', 'a', 'u');
      INSERT INTO party_documents (id, party_id, sha256, name, added_at, added_by) VALUES ('d1', 'p1', '${'a'.repeat(64)}', '营业执照.png', 'a', 'u');
    `);
    const before = await Promise.all(['cases', 'case_parties', 'stored_files', 'party_documents'].map((t) => conn.all(`SELECT * FROM ${t} ORDER BY 1`)));
    await applyMigrations(conn, migrations.slice(5, 6), () => 1);
    expect(await Promise.all(['cases', 'case_parties', 'stored_files', 'party_documents'].map((t) => conn.all(`SELECT * FROM ${t} ORDER BY 1`)))).toEqual(before);
    expect(await conn.pragma('user_version')).toBe(6);
    const names = (await conn.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND (name LIKE 'generated_documents%' OR name LIKE 'document_wording%') ORDER BY name")).map((t) => t.name);
    expect(names).toEqual(['document_wording', 'document_wording_version_unique', 'generated_documents', 'generated_documents_created_idx', 'generated_documents_version_unique']);

    const doc = (id: string, version: number, sha = 'b'.repeat(64)) =>
      conn.run(`INSERT INTO generated_documents (id, case_id, kind, target_label, version, file_name, sha256, created_at, created_by) VALUES ('${id}', 'c1', 'file-cover', '', ${version}, 'x.docx', '${sha}', 'a', 'u')`);
    await doc('g1', 1);
    await doc('g2', 2);
    await expect(doc('g3', 2)).rejects.toThrow(/UNIQUE/); // one row per version
    await expect(doc('g4', 3, 'c'.repeat(64))).rejects.toThrow(/FOREIGN KEY/); // the file must be in the store
    await expect(conn.run(`UPDATE generated_documents SET signed_scan_sha256 = '${'c'.repeat(64)}' WHERE id = 'g1'`)).rejects.toThrow(/FOREIGN KEY/);
    await conn.run(`UPDATE generated_documents SET signed_scan_sha256 = '${'a'.repeat(64)}', signed_at = 't', signed_by = 'u' WHERE id = 'g1'`);
    await expect(conn.run("DELETE FROM stored_files WHERE sha256 = '" + 'b'.repeat(64) + "'")).rejects.toThrow(/FOREIGN KEY/); // a registered version keeps its file

    await conn.run("INSERT INTO document_wording (id, kind, key, version, text, saved_at, saved_by) VALUES ('w1', 'file-cover', 'retention', 1, '永久', 'a', 'u'), ('w2', 'file-cover', 'retention', 2, NULL, 'a', 'u')");
    await expect(conn.run("INSERT INTO document_wording (id, kind, key, version, text, saved_at, saved_by) VALUES ('w3', 'file-cover', 'retention', 2, 'x', 'a', 'u')")).rejects.toThrow(/UNIQUE/);

    await conn.run("DELETE FROM cases WHERE id = 'c1'");
    expect(await conn.all('SELECT id FROM generated_documents')).toEqual([]); // a case's documents go with it
    expect(await conn.all('PRAGMA foreign_key_check')).toEqual([]);
    await conn.close();
  });

  it('0006_mediator-assignments: assignments appear beside cases and the roster, which stay as they were', async () => {
    const { conn } = await databaseAt(6);
    await conn.exec(`
      INSERT INTO mediators (id, name, specialties, active, created_at, updated_at) VALUES ('m1', '陈静', '[]', 1, 'a', 'a');
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）豫知调字第0001号', 'software', 'party_application', '2026-01-05', '软件侵权', 'simple', 'r', 'accepted', 'a', 'a');
      INSERT INTO case_mediators (case_id, mediator_id, role, position) VALUES ('c1', 'm1', 'lead', 0);
    `);
    const tables = ['mediators', 'cases', 'case_mediators'];
    const before = await Promise.all(tables.map((t) => conn.all(`SELECT * FROM ${t} ORDER BY 1`)));
    await applyMigrations(conn, migrations.slice(6, 7), () => 1);
    expect(await Promise.all(tables.map((t) => conn.all(`SELECT * FROM ${t} ORDER BY 1`)))).toEqual(before);
    expect(await conn.pragma('user_version')).toBe(7);

    const assign = (id: string, mediator: string) =>
      conn.run(`INSERT INTO mediator_assignments (id, case_id, mediator_id, role, assigned_at, assigned_by, findings) VALUES ('${id}', 'c1', '${mediator}', 'lead', 'a', 'u', '[]')`);
    await assign('a1', 'm1');
    await expect(assign('a2', 'nobody')).rejects.toThrow(/FOREIGN KEY/); // only mediators on the roster
    await expect(conn.run("DELETE FROM mediators WHERE id = 'm1'")).rejects.toThrow(/FOREIGN KEY/); // the record keeps its mediator
    await conn.run("DELETE FROM cases WHERE id = 'c1'");
    expect(await conn.all('SELECT id FROM mediator_assignments')).toEqual([]); // a case's assignments go with it
    expect(await conn.all('PRAGMA foreign_key_check')).toEqual([]);
    await conn.close();
  });

  it('0007_rights-notices: one notice per party, going with its party and case; existing rows stay', async () => {
    const { conn } = await databaseAt(7);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）豫知调字第0001号', 'software', 'party_application', '2026-01-05', '软件侵权', 'simple', 'r', 'accepted', 'a', 'a');
      INSERT INTO case_parties (id, case_id, position, role, kind, name) VALUES ('p1', 'c1', 0, 'applicant', 'legal', '甲公司'), ('p2', 'c1', 1, 'respondent', 'natural', '乙');
    `);
    const before = await conn.all('SELECT * FROM case_parties ORDER BY id');
    await applyMigrations(conn, migrations.slice(7, 8), () => 1);
    expect(await conn.all('SELECT * FROM case_parties ORDER BY id')).toEqual(before);
    expect(await conn.pragma('user_version')).toBe(8);
    const give = (id: string, party: string) =>
      conn.run(`INSERT INTO rights_notices (id, case_id, party_id, given_on, manner, acknowledged, recorded_at, recorded_by) VALUES ('${id}', 'c1', '${party}', '2026-01-06', 'in_person', 1, 'a', 'u')`);
    await give('n1', 'p1');
    await expect(give('n2', 'p1')).rejects.toThrow(/UNIQUE/); // one notice per party
    await expect(give('n3', 'nobody')).rejects.toThrow(/FOREIGN KEY/);
    await give('n4', 'p2');
    await conn.run("DELETE FROM case_parties WHERE id = 'p2'");
    expect(await conn.all('SELECT id FROM rights_notices')).toEqual([{ id: 'n1' }]);
    await conn.run("DELETE FROM cases WHERE id = 'c1'");
    expect(await conn.all('SELECT id FROM rights_notices')).toEqual([]);
    await conn.close();
  });

  it('0008_session-scheduling: held sessions stay held and keep their end time from the record', async () => {
    const { conn } = await databaseAt(8);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）豫知调字第0001号', 'software', 'party_application', '2026-01-05', '软件侵权', 'simple', 'r', 'mediating', 'a', 'a');
      INSERT INTO case_sessions (id, case_id, position, starts_at, data) VALUES
        ('s1', 'c1', 0, '2026-01-10T09:00:00+08:00', '{"startsAt":"2026-01-10T09:00:00+08:00","endsAt":"2026-01-10T11:30:00+08:00","place":"调解室"}'),
        ('s2', 'c1', 1, '2026-01-12T09:00:00+08:00', '{"startsAt":"2026-01-12T09:00:00+08:00","place":"调解室"}');
    `);
    await applyMigrations(conn, migrations.slice(8, 9), () => 1);
    expect(await conn.pragma('user_version')).toBe(9);
    expect(await conn.all('SELECT id, status, ends_at FROM case_sessions ORDER BY id')).toEqual([
      { id: 's1', status: 'held', ends_at: '2026-01-10T11:30:00+08:00' },
      { id: 's2', status: 'held', ends_at: null },
    ]);
    await conn.close();
  });

  it('0009_case-file: attachments and file pages go with their case; cases and stored files keep their rows, not yet archived or blocked', async () => {
    const { conn } = await databaseAt(9);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）豫知调字第0001号', 'software', 'party_application', '2026-01-05', '软件侵权', 'simple', 'r', 'closed', 'a', 'a');
      INSERT INTO stored_files (sha256, size, mime, created_at, created_by) VALUES ('${'a'.repeat(64)}', 10, 'application/pdf', 'a', 'u');
    `);
    await applyMigrations(conn, migrations.slice(9, 10), () => 1);
    expect(await conn.pragma('user_version')).toBe(10);
    expect(await conn.all('SELECT id, status, archived_at, retention FROM cases')).toEqual([{ id: 'c1', status: 'closed', archived_at: null, retention: null }]);
    expect(await conn.all('SELECT size, damaged_at FROM stored_files')).toEqual([{ size: 10, damaged_at: null }]);
    await conn.exec(`
      INSERT INTO case_attachments (id, case_id, sha256, name, kind, pages, added_at, added_by) VALUES ('a1', 'c1', '${'a'.repeat(64)}', '证据.pdf', 'evidence', 3, 'a', 'u');
      INSERT INTO case_file_pages (case_id, item, pages) VALUES ('c1', 7, 4);
      DELETE FROM cases WHERE id = 'c1';
    `);
    expect(await conn.all('SELECT count(*) AS n FROM case_attachments')).toEqual([{ n: 0 }]);
    expect(await conn.all('SELECT count(*) AS n FROM case_file_pages')).toEqual([{ n: 0 }]);
    expect(await conn.all('SELECT count(*) AS n FROM stored_files')).toEqual([{ n: 1 }]);
    await conn.close();
  });

  it('0010_extensions-and-follow-up-plans: extensions and plans go with their case, a plan starts as planned; cases stay', async () => {
    const { conn } = await databaseAt(10);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）豫知调字第0001号', 'software', 'court_delegated', '2026-01-05', '软件侵权', 'simple', 'r', 'mediating', 'a', 'a');
    `);
    await applyMigrations(conn, migrations.slice(10, 11), () => 1);
    expect(await conn.pragma('user_version')).toBe(11);
    await conn.exec(`
      INSERT INTO mediation_extensions (id, case_id, n, unit, agreed_on, consent, recorded_at, recorded_by) VALUES ('e1', 'c1', 15, 'days', '2026-02-01', '双方书面同意', 'a', 'u');
      INSERT INTO follow_up_plans (id, case_id, due_on, method, created_at, created_by) VALUES ('f1', 'c1', '2026-03-01', 'phone', 'a', 'u');
    `);
    expect(await conn.all('SELECT status FROM follow_up_plans')).toEqual([{ status: 'planned' }]);
    await conn.exec(`DELETE FROM cases WHERE id = 'c1'`);
    expect(await conn.all('SELECT (SELECT count(*) FROM mediation_extensions) + (SELECT count(*) FROM follow_up_plans) AS n')).toEqual([{ n: 0 }]);
    await conn.close();
  });

  it('0011_agreement-signing: agreements keep their dates, with no signing record until one is made', async () => {
    const { conn } = await databaseAt(11);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）豫知调字第0001号', 'software', 'party_application', '2026-01-05', '软件侵权', 'simple', 'r', 'agreed', 'a', 'a');
      INSERT INTO case_agreements (case_id, signed_on, effective_on, copies) VALUES ('c1', '2026-02-01', '2026-02-01', 3);
    `);
    await applyMigrations(conn, migrations.slice(11, 12), () => 1);
    expect(await conn.pragma('user_version')).toBe(12);
    expect(await conn.all('SELECT signed_on, effective_on, copies, signing FROM case_agreements')).toEqual([{ signed_on: '2026-02-01', effective_on: '2026-02-01', copies: 3, signing: null }]);
    await conn.close();
  });

  it('0012_court-overrides: one court per case, going with its case', async () => {
    const { conn } = await databaseAt(12);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）豫知调字第0001号', 'software', 'party_application', '2026-01-05', '软件侵权', 'simple', 'r', 'agreed', 'a', 'a');
    `);
    await applyMigrations(conn, migrations.slice(12, 13), () => 1);
    expect(await conn.pragma('user_version')).toBe(13);
    await conn.exec(`INSERT INTO court_overrides (case_id, court, reason, set_at, set_by) VALUES ('c1', '郑州市中级人民法院', '双方约定', 'a', 'u')`);
    await expect(conn.exec(`INSERT INTO court_overrides (case_id, court, reason, set_at, set_by) VALUES ('c1', '另一法院', 'x', 'a', 'u')`)).rejects.toThrow(/UNIQUE|PRIMARY/);
    await conn.exec(`DELETE FROM cases WHERE id = 'c1'`);
    expect(await conn.all('SELECT count(*) AS n FROM court_overrides')).toEqual([{ n: 0 }]);
    await conn.close();
  });

  it('0013_material-requests: requests for more material from the court, open until supplied, going with their case', async () => {
    const { conn } = await databaseAt(13);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）豫知调字第0001号', 'software', 'party_application', '2026-01-05', '软件侵权', 'simple', 'r', 'enforcement', 'a', 'a');
    `);
    await applyMigrations(conn, migrations.slice(13, 14), () => 1);
    expect(await conn.pragma('user_version')).toBe(14);
    await conn.exec(`INSERT INTO material_requests (id, case_id, requested_on, due_on, what, recorded_at, recorded_by) VALUES ('m1', 'c1', '2026-02-01', '2026-02-08', '权利证书原件', 'a', 'u')`);
    expect(await conn.all('SELECT supplied_on FROM material_requests')).toEqual([{ supplied_on: null }]);
    await expect(conn.exec(`INSERT INTO material_requests (id, case_id, requested_on, due_on, what, recorded_at, recorded_by) VALUES ('m2', 'nope', '2026-02-01', '2026-02-08', 'x', 'a', 'u')`)).rejects.toThrow(/FOREIGN KEY/);
    await conn.exec(`DELETE FROM cases WHERE id = 'c1'`);
    expect(await conn.all('SELECT count(*) AS n FROM material_requests')).toEqual([{ n: 0 }]);
    await conn.close();
  });

  it('0014_arbitrations: the agreement relied on and the fee of an arbitration case, one row per case, going with it', async () => {
    const { conn } = await databaseAt(14);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）郑仲案字第0001号', 'patent_contract', 'party_application', '2026-01-05', '许可费争议', 'simple', 'r', 'registered', 'a', 'a');
    `);
    await applyMigrations(conn, migrations.slice(14, 15), () => 1);
    expect(await conn.pragma('user_version')).toBe(15);
    const insert = (caseId: string) =>
      conn.exec(`INSERT INTO arbitrations (case_id, agreement_form, agreement_source, created_at, updated_at) VALUES ('${caseId}', 'clause', '《专利实施许可合同》第十二条', 'a', 'a')`);
    await insert('c1');
    expect(await conn.all('SELECT handling, acceptance_fee_fen AS fee FROM arbitrations')).toEqual([{ handling: '[]', fee: null }]);
    await expect(insert('c1')).rejects.toThrow(/UNIQUE|PRIMARY KEY/);
    await expect(insert('nope')).rejects.toThrow(/FOREIGN KEY/);
    await conn.exec(`DELETE FROM cases WHERE id = 'c1'`);
    expect(await conn.all('SELECT count(*) AS n FROM arbitrations')).toEqual([{ n: 0 }]);
    await conn.close();
  });

  it('0015_tribunal: an arbitration recorded before keeps its particulars and has no tribunal yet', async () => {
    const { conn } = await databaseAt(15);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）郑仲案字第0001号', 'patent_contract', 'party_application', '2026-01-05', '许可费争议', 'simple', 'r', 'accepted', 'a', 'a');
      INSERT INTO arbitrations (case_id, agreement_form, agreement_source, acceptance_fee_fen, created_at, updated_at) VALUES ('c1', 'clause', '合同第十二条', 1355000, 'a', 'a');
    `);
    await applyMigrations(conn, migrations.slice(15, 16), () => 1);
    expect(await conn.pragma('user_version')).toBe(16);
    expect(await conn.all('SELECT agreement_source AS source, acceptance_fee_fen AS fee, tribunal FROM arbitrations')).toEqual([{ source: '合同第十二条', fee: 1355000, tribunal: null }]);
    await conn.close();
  });

  it('0016_arbitration-outcome: an arbitration recorded before is still running', async () => {
    const { conn } = await databaseAt(16);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）郑仲案字第0001号', 'patent_contract', 'party_application', '2026-01-05', '许可费争议', 'simple', 'r', 'mediating', 'a', 'a');
      INSERT INTO arbitrations (case_id, agreement_form, agreement_source, tribunal, created_at, updated_at) VALUES ('c1', 'clause', '合同第十二条', '{"form":"sole"}', 'a', 'a');
    `);
    await applyMigrations(conn, migrations.slice(16, 17), () => 1);
    expect(await conn.pragma('user_version')).toBe(17);
    expect(await conn.all('SELECT tribunal, outcome FROM arbitrations')).toEqual([{ tribunal: '{"form":"sole"}', outcome: null }]);
    await conn.close();
  });

  it('0017_deliveries: a generated document is served once on each addressee, and its services go with it', async () => {
    const { conn } = await databaseAt(17);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）郑仲案字第0001号', 'patent_contract', 'party_application', '2026-01-05', '许可费争议', 'simple', 'r', 'accepted', 'a', 'a');
      INSERT INTO stored_files (sha256, size, mime, created_at, created_by) VALUES ('${'a'.repeat(64)}', 10, 'application/zip', 'a', 'u');
      INSERT INTO generated_documents (id, case_id, kind, target_label, version, file_name, sha256, created_at, created_by)
        VALUES ('d1', 'c1', 'arbitration-award', '', 1, 'x.docx', '${'a'.repeat(64)}', 'a', 'u');
    `);
    await applyMigrations(conn, migrations.slice(17, 18), () => 1);
    expect(await conn.pragma('user_version')).toBe(18);
    const serve = (doc: string, party: string) =>
      conn.exec(`INSERT INTO deliveries (id, document_id, party, method, served_on, recorded_at, recorded_by) VALUES ('${doc}-${party}', '${doc}', '${party}', 'direct', '2026-01-06', 'a', 'u')`);
    await serve('d1', '李卫东');
    await expect(conn.exec(`INSERT INTO deliveries (id, document_id, party, method, served_on, recorded_at, recorded_by) VALUES ('again', 'd1', '李卫东', 'post', '2026-01-07', 'a', 'u')`)).rejects.toThrow(/UNIQUE/);
    await expect(serve('nope', '李卫东')).rejects.toThrow(/FOREIGN KEY/);
    await conn.exec(`DELETE FROM cases WHERE id = 'c1'`);
    expect(await conn.all('SELECT count(*) AS n FROM deliveries')).toEqual([{ n: 0 }]);
    await conn.close();
  });

  it('0018_typical_cases: a case has at most one saved write-up, which goes with the case', async () => {
    const { conn } = await databaseAt(18);
    await conn.exec(`
      INSERT INTO cases (id, case_number, category, source, received_on, subject, track, track_reason, status, created_at, updated_at)
        VALUES ('c1', '（2026）豫知调字第0001号', 'trademark', 'party_application', '2026-01-05', '商标侵权', 'simple', 'r', 'closed', 'a', 'a');
    `);
    await applyMigrations(conn, migrations.slice(18, 19), () => 1);
    expect(await conn.pragma('user_version')).toBe(19);
    const save = (id: string) =>
      conn.exec(`INSERT INTO typical_cases (case_id, title, facts, process, result, significance, round_amounts, saved_at, saved_by) VALUES ('${id}', '题', '案情', '过程', '结果', '意义', 1, 'a', 'u')`);
    await save('c1');
    await expect(save('c1')).rejects.toThrow(/UNIQUE|PRIMARY/);
    await expect(save('nope')).rejects.toThrow(/FOREIGN KEY/);
    await conn.exec(`DELETE FROM cases WHERE id = 'c1'`);
    expect(await conn.all('SELECT count(*) AS n FROM typical_cases')).toEqual([{ n: 0 }]);
    await conn.close();
  });
});

/** The real migrations plus a broken third one, in a folder of its own. */
function foldersWithBrokenMigration(): string {
  const folder = path.join(tempDir(), 'migrations');
  fs.cpSync(resources.migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries.push({ idx: 2, version: '6', when: 1, tag: '0002_broken', breakpoints: true });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(
    path.join(folder, '0002_broken.sql'),
    "ALTER TABLE `mediators` ADD `title` text;--> statement-breakpoint\nDELETE FROM `mediator_relations`;--> statement-breakpoint\nINSERT INTO `no_such_table` VALUES (1);",
  );
  return folder;
}

describe('migrating an existing database at start-up', () => {
  it('takes a verified online backup first, and a failing migration changes nothing', async () => {
    const dataDir = tempDir();
    const app = await openTestApp(dataDir);
    await app.registry.invoke(app.contextFor({ id: 'x', name: 'X', roles: ['admin'] }), 'setup.complete', {
      organization: { name: '洛阳市知识产权纠纷人民调解委员会', kind: 'people_mediation', region: '豫洛', caseNumberPattern: '（{year}）豫洛知调字第{seq:3}号' },
      mediators: [{ name: '王磊', mediatorNo: 'LY-01', relations: [{ name: '王强', kind: 'close_relative' }] }],
    });
    await app.close();
    const dbFile = path.join(dataDir, 'mediation-desk.db');
    const before = await logicalDump(dbFile);

    await expect(
      openApp({ dataDir, migrationsFolder: foldersWithBrokenMigration(), version: 't', logger: silentLogger }),
    ).rejects.toMatchObject({ code: 'MIGRATION_FAILED' });
    expect(await logicalDump(dbFile)).toEqual(before);

    const backups = fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('.db'));
    expect(backups).toEqual([expect.stringMatching(/^mediation-desk-\d{8}-\d{6}-pre-migration\.db$/)]);
    const backup = await logicalDump(path.join(dataDir, 'backups', backups[0] as string));
    expect(backup.rows).toEqual(before.rows);
    // listed with what it holds, so the settings screen offers it for restoring
    const manifest = JSON.parse(fs.readFileSync(path.join(dataDir, 'backups', 'manifest.json'), 'utf8'));
    expect(manifest.backups).toEqual([expect.objectContaining({ file: backups[0], reason: 'pre-migration', counts: expect.objectContaining({ cases: 0 }) })]);
  });

  it('does nothing — no backup, no write — when the schema is current', async () => {
    const dataDir = tempDir();
    await (await openTestApp(dataDir)).close();
    const app = await openTestApp(dataDir);
    expect(app.migrated).toEqual([]);
    expect(app.preMigrationBackup).toBeUndefined();
    await app.close();
    expect(fs.existsSync(path.join(dataDir, 'backups'))).toBe(false);
  });

  it('refuses a database made by a newer version, or whose history differs, and leaves it as it was', async () => {
    const { file, conn } = await databaseAt(migrations.length);
    await conn.run("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 3)");
    await conn.close();
    const before = await logicalDump(file);
    const store = await openStore(file);
    const state = await store.exclusive((w) => readSchemaState(w));
    expect(() => pendingMigrations(state, migrations)).toThrow(expect.objectContaining({ code: 'DB_NEWER_SCHEMA' }));
    expect(() => pendingMigrations({ applied: ['other', ...state.applied.slice(1, 2)], foreign: false }, migrations)).toThrow(
      expect.objectContaining({ code: 'DB_SCHEMA_MISMATCH' }),
    );
    await store.close();
    expect(await logicalDump(file)).toEqual(before);
  });

  it('refuses a foreign SQLite database in the data folder and does not touch its tables', async () => {
    const dataDir = tempDir();
    const conn = await openConnection(path.join(dataDir, 'mediation-desk.db'));
    await conn.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER); INSERT INTO invoices VALUES (1, 100);");
    await conn.close();
    const before = await logicalDump(path.join(dataDir, 'mediation-desk.db'));
    await expect(openTestApp(dataDir)).rejects.toMatchObject({ code: 'DB_NOT_DATABASE' });
    expect(await logicalDump(path.join(dataDir, 'mediation-desk.db'))).toEqual(before);
  });
});
