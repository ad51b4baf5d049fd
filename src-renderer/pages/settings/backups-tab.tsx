import { CloudDownloadOutlined, DatabaseOutlined, HistoryOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Form, InputNumber, Modal, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../src-main/api/registry';
import type { BackupPolicy } from '../../../src-main/domain/backup-rotation';
import { call } from '../../api';
import { fileSize } from '../../files';
import { useApiMutation, useApiQuery } from '../../hooks/use-api';
import { useFormSubmit } from '../../hooks/use-form-submit';
import { useFileExport } from '../../hooks/use-file-export';

type Listed = ApiOutput<'backups.list'>['backups'][number];

const when = (ts: string) => ts.slice(0, 19).replace('T', ' ');

/**
 * 设置 → 备份与恢复: the backups the app keeps (each verified, with what it holds), a backup now,
 * a copy to take away (a USB stick), the policy (how many to keep, daily and on closing), and a
 * restore that first shows what it would bring back.
 */
export function BackupsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useApiQuery('backups.list', {});
  const make = useApiMutation('backups.make', ['backups.list']);
  const [restoring, setRestoring] = useState<Listed | null>(null);

  const backUpNow = async () => {
    try {
      const made = await make.mutateAsync({});
      message.success(t('backups.made', { file: made.file }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const copying = useFileExport();
  const copy = (b: Listed) => copying.run(b.file, () => call('backups.download', { file: b.file }), 'application/vnd.sqlite3', (file) => t('backups.copied', { file: file.fileName }));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {list.error && <Alert type="error" showIcon title={list.error.message} />}
      <Card
        size="small"
        title={t('backups.title')}
        extra={
          <Button type="primary" icon={<DatabaseOutlined />} loading={make.isPending} onClick={() => void backUpNow()}>
            {t('backups.makeNow')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('backups.help', { folder: list.data?.folder ?? '' })}</Typography.Paragraph>
        <BackupTable backups={list.data?.backups} loading={list.isPending} onCopy={(b) => void copy(b)} onRestore={setRestoring} />
      </Card>
      {list.data && <PolicyCard key={JSON.stringify(list.data.policy)} policy={list.data.policy} />}
      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />}
    </Space>
  );
}

/** The backups, newest first, with what each holds; a backup whose file is gone cannot be restored. */
export function BackupTable({ backups, loading, onCopy, onRestore }: { backups: Listed[] | undefined; loading: boolean; onCopy?: (b: Listed) => void; onRestore: (b: Listed) => void }) {
  const { t } = useTranslation();
  return (
    <Table<Listed>
      rowKey="file"
      size="small"
      loading={loading}
      dataSource={backups ?? []}
      pagination={false}
      data-testid="backup-list"
      locale={{ emptyText: <Empty description={t('backups.empty')} /> }}
      columns={[
        { title: t('backups.createdAt'), dataIndex: 'createdAt', render: when },
        { title: t('backups.reason'), dataIndex: 'reasonLabel', render: (label: string, b) => <Tag color={b.reason === 'manual' ? 'blue' : undefined}>{label}</Tag> },
        { title: t('backups.holds'), key: 'counts', render: (_: unknown, b) => t('backups.counts', b.counts) },
        { title: t('backups.size'), dataIndex: 'bytes', render: fileSize },
        { title: 'SHA-256', dataIndex: 'sha256', render: (h: string) => <Typography.Text code copyable={{ text: h }}>{h.slice(0, 12)}…</Typography.Text> },
        {
          title: t('backups.actions'),
          key: 'actions',
          render: (_: unknown, b) =>
            b.present ? (
              <Space size={0}>
                {onCopy && (
                  <Button type="link" size="small" icon={<CloudDownloadOutlined />} onClick={() => onCopy(b)}>
                    {t('backups.copy')}
                  </Button>
                )}
                <Button type="link" size="small" danger icon={<HistoryOutlined />} onClick={() => onRestore(b)}>
                  {t('backups.restore')}
                </Button>
              </Space>
            ) : (
              <Tag color="error">{t('backups.missing')}</Tag>
            ),
        },
      ]}
    />
  );
}

function PolicyCard({ policy }: { policy: BackupPolicy }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BackupPolicy>();
  const save = useApiMutation('backups.savePolicy', ['backups.list']);
  const submit = useFormSubmit(form);
  const run = async () => {
    const v = await form.validateFields().catch(() => null);
    if (v) await submit(() => save.mutateAsync(v), t('backups.policySaved'));
  };
  return (
    <Card size="small" title={t('backups.policy')}>
      <Form name="backupPolicy" form={form} layout="inline" initialValues={policy} onFinish={() => void run()}>
        <Form.Item label={t('backups.automatic')} name="automatic" valuePropName="checked" extra={t('backups.automaticHelp')}>
          <Switch />
        </Form.Item>
        <Form.Item label={t('backups.keep')} name="keep" rules={[{ required: true, message: '请填写保留份数' }]}>
          <InputNumber min={3} max={100} precision={0} suffix={t('backups.copies')} />
        </Form.Item>
        <Button htmlType="submit" loading={save.isPending}>
          {t('backups.savePolicy')}
        </Button>
      </Form>
    </Card>
  );
}

/** What the backup holds and whether it checks out, then the restore itself once confirmed. */
export function RestoreDialog({ backup, onClose }: { backup: Listed; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const inspection = useApiQuery('backups.inspect', { file: backup.file });
  const restore = useApiMutation('backups.restore');
  const run = async () => {
    try {
      const done = await restore.mutateAsync({ file: backup.file });
      message.success(done.preRestore ? t('backups.restored', { file: done.restored.file, pre: done.preRestore.file }) : t('backups.restoredOverDamaged', { file: done.restored.file, kept: done.damagedKeptAs }));
      // every screen's data changed
      await client.invalidateQueries();
      onClose();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  const i = inspection.data;
  return (
    <Modal
      open
      title={t('backups.restoreTitle')}
      onCancel={onClose}
      okText={t('backups.restoreConfirm')}
      okButtonProps={{ danger: true, disabled: !i?.ok }}
      onOk={() => void run()}
      confirmLoading={restore.isPending}
    >
      {inspection.isPending && <Spin tip={t('backups.checking')}><div style={{ minHeight: 80 }} /></Spin>}
      {inspection.error && <Alert type="error" showIcon title={inspection.error.message} />}
      {i && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions bordered column={1} size="small" data-testid="restore-preview">
            <Descriptions.Item label={t('backups.createdAt')}>{when(i.createdAt ?? backup.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('backups.reason')}>{backup.reasonLabel}</Descriptions.Item>
            <Descriptions.Item label={t('backups.cases')}>{i.counts.cases}</Descriptions.Item>
            <Descriptions.Item label={t('backups.documents')}>{i.counts.documents}</Descriptions.Item>
            <Descriptions.Item label={t('backups.files')}>{i.counts.files}</Descriptions.Item>
            <Descriptions.Item label={t('backups.check')}>{i.ok ? <Tag color="success">{t('backups.checkOk')}</Tag> : <Typography.Text type="danger">{i.problems.join('；')}</Typography.Text>}</Descriptions.Item>
          </Descriptions>
          {i.ok && <Alert type="warning" showIcon title={t('backups.restoreWarning')} />}
        </Space>
      )}
    </Modal>
  );
}
