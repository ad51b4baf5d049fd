import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Radio, Result, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ApiOutput } from '../../../src-main/api/registry';
import { CASE_CATEGORIES, type CaseCategory } from '../../../src-main/domain/categories';
import { call } from '../../api';
import { useApiMutation } from '../../hooks/use-api';

type Preview = ApiOutput<'cases.previewImport'>;
type Outcome = ApiOutput<'cases.import'> & { files?: number };
/** A chosen file: a mediation-case/1 JSON document, or an exchange bundle (zip) with where it came from. */
type Chosen = { name: string; content: string; bundle?: undefined } | { name: string; content?: undefined; bundle: { dataBase64: string; from: string; files: number } };

/** A zip by its first bytes (`PK`), whatever the file is called. */
const isZip = async (f: File) => {
  const head = new Uint8Array(await f.slice(0, 2).arrayBuffer());
  return head[0] === 0x50 && head[1] === 0x4b;
};
const base64Of = async (f: File) => {
  const bytes = new Uint8Array(await f.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** 导入: choose a mediation-case/1 file or an exchange bundle, see what it holds, then import all of it or nothing. */
export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [file, setFile] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problems, setProblems] = useState<string | null>(null);
  const [onConflict, setOnConflict] = useState<'fail' | 'skip' | 'replace'>('skip');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [checking, setChecking] = useState(false);
  const run = useApiMutation('cases.import', ['cases.list', 'mediators.list']);
  const runBundle = useApiMutation('bundles.import', ['cases.list', 'mediators.list']);

  const choose = async (picked: File) => {
    setOutcome(null);
    setPreview(null);
    setProblems(null);
    setChecking(true);
    try {
      if (await isZip(picked)) {
        const dataBase64 = await base64Of(picked);
        const seen = await call('bundles.preview', { dataBase64 });
        setFile({ name: picked.name, bundle: { dataBase64, from: seen.from, files: seen.files } });
        setPreview(seen.cases);
      } else {
        const content = await picked.text();
        setFile({ name: picked.name, content });
        setPreview(await call('cases.previewImport', { content }));
      }
    } catch (err) {
      setProblems(err instanceof Error ? err.message : String(err));
    } finally {
      setChecking(false);
    }
    return false;
  };

  const importAll = async () => {
    if (!file) return;
    try {
      setOutcome(file.bundle ? await runBundle.mutateAsync({ dataBase64: file.bundle.dataBase64, onConflict }) : await run.mutateAsync({ content: file.content, onConflict }));
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      setProblems(text);
      message.error(text.split('\n')[0] ?? text);
    }
  };

  if (outcome) {
    return (
      <Result
        status="success"
        title={t('import.done', { created: outcome.created.length, replaced: outcome.replaced.length, skipped: outcome.skipped.length }) + (outcome.files ? t('import.doneFiles', { files: outcome.files }) : '')}
        subTitle={[...outcome.created, ...outcome.replaced].join('、')}
        extra={[
          <Button type="primary" key="list" onClick={() => void navigate('/cases')}>
            {t('import.toList')}
          </Button>,
          <Button key="again" onClick={() => { setOutcome(null); setFile(null); setPreview(null); }}>
            {t('import.again')}
          </Button>,
        ]}
      />
    );
  }

  const conflicts = preview?.filter((r) => r.conflict).length ?? 0;
  return (
    <>
      <Typography.Title level={3}>{t('import.title')}</Typography.Title>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Card>
          <Upload.Dragger accept=".json,application/json,.zip,application/zip" showUploadList={false} beforeUpload={(f) => choose(f)} disabled={checking} data-testid="import-file">
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{file ? file.name : t('import.choose')}</p>
            <p className="ant-upload-hint">{t('import.hint')}</p>
          </Upload.Dragger>
        </Card>
        {problems && (
          <Alert
            type="error"
            showIcon
            title={t('import.refused')}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="import-problems">
                {problems.split('\n').map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            }
          />
        )}
        {preview && (
          <Card title={t('import.preview', { count: preview.length })}>
            {file?.bundle && (
              <Typography.Paragraph data-testid="bundle-origin">{t('import.bundleFrom', { from: file.bundle.from || t('import.unsigned'), files: file.bundle.files })}</Typography.Paragraph>
            )}
            <Table
              size="small"
              rowKey="index"
              pagination={preview.length > 20 ? { pageSize: 20 } : false}
              dataSource={preview}
              columns={[
                { title: '#', dataIndex: 'index', width: 50, render: (i: number) => i + 1 },
                { title: t('cases.col.caseNumber'), dataIndex: 'caseNumber', render: (n: string | null) => n ?? <Typography.Text type="secondary">{t('import.autoNumber')}</Typography.Text> },
                { title: t('cases.col.category'), dataIndex: 'category', render: (c: string) => CASE_CATEGORIES[c as CaseCategory] ?? c },
                { title: t('cases.col.parties'), key: 'parties', render: (_v, r) => `${r.applicants.join('、')} 诉 ${r.respondents.join('、')}` },
                { title: t('cases.col.receivedOn'), dataIndex: 'receivedOn', width: 110 },
                { title: '', dataIndex: 'conflict', width: 120, render: (c: string | null) => (c ? <Tag color="warning">{t('import.exists')}</Tag> : <Tag color="success">{t('import.new')}</Tag>) },
              ]}
            />
            {conflicts > 0 && (
              <Space orientation="vertical" style={{ marginTop: 12 }}>
                <Typography.Text>{t('import.conflicts', { count: conflicts })}</Typography.Text>
                <Radio.Group
                  value={onConflict}
                  onChange={(e) => setOnConflict(e.target.value)}
                  options={[
                    { value: 'skip', label: t('import.skip') },
                    { value: 'replace', label: t('import.replace') },
                    { value: 'fail', label: t('import.fail') },
                  ]}
                />
              </Space>
            )}
            <div style={{ marginTop: 16 }}>
              <Space>
                <Button type="primary" onClick={() => void importAll()} loading={run.isPending || runBundle.isPending}>
                  {t('import.run')}
                </Button>
                <Link to="/cases">{t('common.cancel')}</Link>
              </Space>
            </div>
          </Card>
        )}
      </Space>
    </>
  );
}
