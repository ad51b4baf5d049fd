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
type Outcome = ApiOutput<'cases.import'>;

/** 导入: choose a mediation-case/1 file, see what it holds, then import all of it or nothing. */
export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problems, setProblems] = useState<string | null>(null);
  const [onConflict, setOnConflict] = useState<'fail' | 'skip' | 'replace'>('skip');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [checking, setChecking] = useState(false);
  const run = useApiMutation('cases.import', ['cases.list', 'mediators.list']);

  const choose = async (picked: File) => {
    setOutcome(null);
    setPreview(null);
    setProblems(null);
    setChecking(true);
    try {
      const content = await picked.text();
      setFile({ name: picked.name, content });
      setPreview(await call('cases.previewImport', { content }));
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
      setOutcome(await run.mutateAsync({ content: file.content, onConflict }));
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
        title={t('import.done', { created: outcome.created.length, replaced: outcome.replaced.length, skipped: outcome.skipped.length })}
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
          <Upload.Dragger accept=".json,application/json" showUploadList={false} beforeUpload={(f) => choose(f)} disabled={checking} data-testid="import-file">
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
                <Button type="primary" onClick={() => void importAll()} loading={run.isPending}>
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
