import { CheckCircleTwoTone, DownloadOutlined, PaperClipOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Empty, Space, Table, Tooltip, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiOutput } from '../../../src-main/api/registry';
import { deliveryText } from '../../../src-main/domain/delivery';
import { call } from '../../api';
import { base64ToBytes, DOCX_MIME, fileToBase64, shortHash } from '../../files';
import { useApiMutation, useApiQuery } from '../../hooks/use-api';
import { useFreshDialogAbout } from '../../hooks/use-fresh-dialog';
import { saveAs } from '../../save-as';
import { DeliveryDialog } from './delivery-dialog';

type Row = ApiOutput<'documents.list'>[number];

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The generated versions (of one case, or of all cases): kind, version, SHA-256, who and when,
 * and the signed paper copy's scan, linked to the version it was printed from.
 */
export function GeneratedDocuments({ caseId, emptyHint }: { caseId?: string; emptyHint: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useApiQuery('documents.list', caseId ? { caseId } : {});
  const attach = useApiMutation('documents.attachSignedScan', ['documents.list', 'cases.history']);
  const serving = useFreshDialogAbout<Row>();

  const download = async (row: Row) => {
    try {
      const doc = await call('documents.download', { id: row.id });
      await saveAs(doc.fileName, base64ToBytes(doc.dataBase64), DOCX_MIME);
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const openScan = async (row: Row) => {
    if (!row.signedScanSha256) return;
    try {
      const scan = await call('files.read', { sha256: row.signedScanSha256 });
      const extension = scan.mime === 'application/pdf' ? 'pdf' : scan.mime === 'image/png' ? 'png' : 'jpg';
      await saveAs(`${row.fileName.replace(/\.docx$/, '')}-签字件.${extension}`, base64ToBytes(scan.dataBase64), scan.mime);
    } catch (err) {
      message.error(errorText(err));
    }
  };

  const uploadScan = async (row: Row, file: File) => {
    try {
      const stored = await call('files.store', { mime: file.type, dataBase64: await fileToBase64(file) });
      await attach.mutateAsync({ id: row.id, sha256: stored.sha256 });
      message.success(t('documents.scanAttached', { name: file.name }));
    } catch (err) {
      message.error(errorText(err));
    }
    return false;
  };

  return (
    <>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={list.isError ? list.error.message : emptyHint} /> }}
        data-testid="generated-documents"
        scroll={{ x: 'max-content' }}
        columns={[
          ...(caseId
            ? []
            : [{ title: t('documents.case'), dataIndex: 'caseNumber', render: (v: string | null, r: Row) => <Link to={`/cases/${r.caseId}/documents`}>{v ?? t('register.unnumbered')}</Link> }]),
          { title: t('documents.kind'), dataIndex: 'title', minWidth: 160, fixed: 'left' as const, render: (v: string, r: Row) => (r.targetLabel ? `${v}（${r.targetLabel}）` : v) },
          { title: t('documents.version'), dataIndex: 'version', width: 70, render: (v: number) => `第${v}版` },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            width: 130,
            render: (v: string) => (
              <Tooltip title={v}>
                <Typography.Text code>{shortHash(v)}</Typography.Text>
              </Tooltip>
            ),
          },
          { title: t('documents.createdBy'), dataIndex: 'createdBy', width: 110 },
          { title: t('documents.createdAt'), dataIndex: 'createdAt', width: 150, render: (v: string) => v.slice(0, 16).replace('T', ' ') },
          {
            title: t('documents.signedScan'),
            dataIndex: 'signedScanSha256',
            width: 150,
            render: (v: string | null, r: Row) =>
              v ? (
                <Button type="link" size="small" icon={<CheckCircleTwoTone twoToneColor="#389e0d" />} onClick={() => void openScan(r)}>
                  {t('documents.scanOpen')}
                </Button>
              ) : (
                <Typography.Text type="secondary">{t('documents.scanNone')}</Typography.Text>
              ),
          },
          {
            title: t('delivery.column'),
            dataIndex: 'deliveries',
            width: 220,
            render: (v: Row['deliveries']) =>
              v.length > 0 ? (
                <Space orientation="vertical" size={0}>
                  {v.map((d) => (
                    <Typography.Text key={d.party} style={{ fontSize: 12 }}>
                      {deliveryText(d)}
                    </Typography.Text>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('delivery.none')}</Typography.Text>
              ),
          },
          {
            title: t('documents.actions'),
            key: 'actions',
            width: 300,
            render: (_: unknown, r: Row) => (
              <Space size={4}>
                <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(r)}>
                  {t('documents.download')}
                </Button>
                <Upload accept=".pdf,.jpg,.jpeg,.png" showUploadList={false} beforeUpload={(f) => uploadScan(r, f)}>
                  <Button size="small" icon={<PaperClipOutlined />} aria-label={`${t('documents.attachScan')} ${r.title} 第${r.version}版`}>
                    {t('documents.attachScan')}
                  </Button>
                </Upload>
                <Button size="small" icon={<SendOutlined />} onClick={() => serving.show(r)} aria-label={`${t('delivery.record')} ${r.title} 第${r.version}版`}>
                  {t('delivery.record')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {serving.open && serving.subject && <DeliveryDialog key={serving.count} row={serving.subject} onDone={serving.hide} />}
    </>
  );
}
