import { CheckCircleFilled, CloseCircleFilled, FileTextOutlined, InboxOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ApiOutput } from '../../../../src-main/api/registry';
import { RETENTION_PERIOD_KEYS, RETENTION_PERIODS, type RetentionPeriod } from '../../../../src-main/domain/case-file';
import { useApiMutation, useApiQuery } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';

type CaseFile = ApiOutput<'caseFile.get'>;
type Item = CaseFile['compiled']['items'][number];

const INVALIDATES = ['caseFile.get', 'cases.get', 'cases.list', 'cases.history', 'documents.options'] as const;

/**
 * 卷宗: the 13 items of the file index with what provides each, the pages the clerk counts, the
 * completeness check, and — once the case is closed — archiving it (read-only afterwards).
 */
export function CaseFileTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const file = useApiQuery('caseFile.get', { caseId });
  if (file.isPending) return <Spin />;
  if (file.isError) return <Alert type="error" showIcon title={file.error.message} />;
  const f = file.data;
  const archived = f.status === 'archived';
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Completeness file={f} />
      <ItemsTable caseId={caseId} items={f.compiled.items} readOnly={archived} />
      {archived ? <ArchiveRecord caseId={caseId} file={f} /> : f.status === 'closed' ? <ArchiveForm caseId={caseId} missing={f.compiled.missing} /> : <Alert type="info" showIcon title={t('caseFile.closeFirst')} />}
      <Typography.Text type="secondary">{t('caseFile.printHint')}</Typography.Text>
    </Space>
  );
}

function Completeness({ file }: { file: CaseFile }) {
  const { t } = useTranslation();
  const { missing, totalPages } = file.compiled;
  if (missing.length > 0) return <Alert type="error" showIcon title={t('caseFile.incomplete', { items: missing.join('、') })} description={t('caseFile.incompleteHelp')} data-testid="case-file-check" />;
  return (
    <Alert
      type="success"
      showIcon
      title={totalPages === null ? t('caseFile.completeUncounted') : t('caseFile.complete', { pages: totalPages })}
      data-testid="case-file-check"
    />
  );
}

function ItemsTable({ caseId, items, readOnly }: { caseId: string; items: Item[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const setPages = useApiMutation('caseFile.setPages', [...INVALIDATES]);
  const submit = useFormSubmit();
  const save = (item: number, pages: number | null, before: number | null) => {
    if (pages === before) return;
    void submit(() => setPages.mutateAsync({ caseId, counts: [{ item, pages }] }));
  };
  return (
    <Table<Item>
      rowKey="no"
      size="small"
      pagination={false}
      dataSource={items}
      data-testid="case-file-items"
      columns={[
        { title: t('caseFile.no'), dataIndex: 'no', width: 60 },
        {
          title: t('caseFile.item'),
          dataIndex: 'name',
          render: (name: string, it) => (
            <Space>
              {name}
              <Tag color={it.required ? 'red' : 'default'}>{it.required ? t('caseFile.required') : t('caseFile.asNeeded')}</Tag>
            </Space>
          ),
        },
        { title: t('caseFile.sources'), dataIndex: 'sources', render: (s: string[]) => s.join('；') || '—' },
        {
          title: t('caseFile.pages'),
          dataIndex: 'pages',
          width: 110,
          render: (pages: number | null, it) =>
            readOnly ? (
              (pages ?? '—')
            ) : (
              <InputNumber
                key={`${it.no}-${pages ?? ''}`}
                size="small"
                min={1}
                max={9999}
                precision={0}
                defaultValue={pages ?? undefined}
                aria-label={t('caseFile.pagesOf', { item: it.name })}
                onBlur={(e) => save(it.no, e.target.value === '' ? null : Number(e.target.value), pages)}
                onPressEnter={(e) => save(it.no, (e.target as HTMLInputElement).value === '' ? null : Number((e.target as HTMLInputElement).value), pages)}
              />
            ),
        },
        { title: t('caseFile.pageRange'), dataIndex: 'pageRange', width: 90, render: (r: string | null) => r ?? '' },
        {
          title: t('caseFile.state'),
          width: 100,
          render: (_: unknown, it) =>
            it.present ? (
              <Tag icon={<CheckCircleFilled />} color="success">
                {t('caseFile.present')}
              </Tag>
            ) : it.required ? (
              <Tag icon={<CloseCircleFilled />} color="error">
                {t('caseFile.missing')}
              </Tag>
            ) : (
              <Tag icon={<MinusCircleOutlined />}>{t('caseFile.none')}</Tag>
            ),
        },
      ]}
    />
  );
}

interface ArchiveValues {
  retention: RetentionPeriod;
  filedBy: string;
}

function ArchiveForm({ caseId, missing }: { caseId: string; missing: string[] }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ArchiveValues>();
  const archive = useApiMutation('cases.archive', [...INVALIDATES]);
  const submit = useFormSubmit(form);
  const run = async () => {
    const v = await form.validateFields().catch(() => null);
    if (v) await submit(() => archive.mutateAsync({ caseId, retention: v.retention, filedBy: v.filedBy.trim() }), t('caseFile.archived'));
  };
  return (
    <Card size="small" title={t('caseFile.archiveTitle')}>
      <Form name="archive" form={form} layout="inline" initialValues={{ retention: 'long' }} onFinish={() => void run()}>
        <Form.Item label={t('caseFile.retention')} name="retention" rules={[{ required: true, message: '请选择保管期限' }]}>
          <Select style={{ width: 120 }} options={RETENTION_PERIOD_KEYS.map((value) => ({ value, label: RETENTION_PERIODS[value] }))} />
        </Form.Item>
        <Form.Item label={t('caseFile.filedBy')} name="filedBy" rules={[{ required: true, whitespace: true, message: '请填写立卷人' }]}>
          <Input maxLength={30} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<InboxOutlined />} disabled={missing.length > 0} loading={archive.isPending}>
            {t('caseFile.archive')}
          </Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {missing.length > 0 ? t('caseFile.archiveBlocked') : t('caseFile.archiveHelp')}
      </Typography.Paragraph>
    </Card>
  );
}

function ArchiveRecord({ caseId, file }: { caseId: string; file: CaseFile }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card size="small" title={t('caseFile.archivedTitle')}>
      <Descriptions size="small" column={3}>
        <Descriptions.Item label={t('caseFile.retention')}>{file.retention}</Descriptions.Item>
        <Descriptions.Item label={t('caseFile.filedBy')}>{file.filedBy}</Descriptions.Item>
        <Descriptions.Item label={t('caseFile.filedOn')}>{file.filedOn}</Descriptions.Item>
      </Descriptions>
      <Button icon={<FileTextOutlined />} onClick={() => void navigate(`/cases/${caseId}/documents`)}>
        {t('caseFile.print')}
      </Button>
    </Card>
  );
}
