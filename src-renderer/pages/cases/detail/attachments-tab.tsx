import { DeleteOutlined, DownloadOutlined, EditOutlined, EyeOutlined, InboxOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Form, Input, InputNumber, Modal, Progress, Select, Space, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../src-main/api/registry';
import { ATTACHMENT_KIND_KEYS, ATTACHMENT_KINDS, type AttachmentKind } from '../../../../src-main/domain/case-file';
import { call } from '../../../api';
import { PdfPages } from '../../../components/pdf-pages';
import { ReasonDialog } from '../../../components/reason-dialog';
import { base64ToBytes, fileToBase64, shortHash } from '../../../files';
import { useApiMutation, useApiQuery } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';
import { saveAs } from '../../../save-as';

type Attachment = ApiOutput<'attachments.list'>[number];
const INVALIDATES = ['attachments.list', 'caseFile.get', 'cases.history'] as const;
const ACCEPT = '.jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf';
const kindOptions = ATTACHMENT_KIND_KEYS.map((value) => ({ value, label: ATTACHMENT_KINDS[value] }));
const kindName = (kind: string) => ATTACHMENT_KINDS[kind as AttachmentKind] ?? kind;
const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * 附件: files dropped here go into the content-addressed store and are filed with the case under
 * an item of the file index; each opening or export re-checks the hash. An archived case's
 * attachments can be opened but not changed.
 */
export function AttachmentsTab({ caseId, archived }: { caseId: string; archived: boolean }) {
  const { t } = useTranslation();
  const list = useApiQuery('attachments.list', { caseId });
  const [preview, setPreview] = useState<{ name: string; mime: string; bytes: Uint8Array; url: string } | null>(null);
  const [editing, setEditing] = useState<{ row: Attachment; count: number } | null>(null);
  const [removing, setRemoving] = useState<{ row: Attachment; count: number } | null>(null);
  const { message } = App.useApp();

  const open = async (row: Attachment, purpose: 'view' | 'export') => {
    try {
      const file = await call('attachments.open', { id: row.id, purpose });
      const bytes = base64ToBytes(file.dataBase64);
      if (purpose === 'export') await saveAs(file.name, bytes, file.mime);
      else setPreview({ name: file.name, mime: file.mime, bytes, url: URL.createObjectURL(new Blob([bytes], { type: file.mime })) });
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
      void list.refetch(); // a failed check blocks the file: show it
    }
  };
  const closePreview = () => {
    if (preview) URL.revokeObjectURL(preview.url);
    setPreview(null);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {archived ? <Alert type="warning" showIcon icon={<LockOutlined />} title={t('attachments.archived')} /> : <Dropzone caseId={caseId} />}
      <Table<Attachment>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        data-testid="attachments"
        locale={{ emptyText: <Empty description={archived ? t('attachments.noneArchived') : t('attachments.none')} /> }}
        columns={[
          {
            title: t('attachments.name'),
            dataIndex: 'name',
            render: (name: string, row) => (
              <Space orientation="vertical" size={0}>
                <Space>
                  {name}
                  {row.blocked && (
                    <Tooltip title={t('attachments.blockedHelp')}>
                      <Tag color="error">{t('attachments.blocked')}</Tag>
                    </Tooltip>
                  )}
                </Space>
                {row.note && <Typography.Text type="secondary">{row.note}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('attachments.kind'),
            dataIndex: 'kind',
            filters: kindOptions.map((o) => ({ text: o.label, value: o.value })),
            onFilter: (value, row) => row.kind === value,
            render: (kind: string) => <Tag>{kindName(kind)}</Tag>,
          },
          { title: t('attachments.pages'), dataIndex: 'pages', width: 70 },
          { title: t('attachments.size'), dataIndex: 'size', width: 90, render: sizeText },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            width: 170,
            render: (sha: string) => (
              <Typography.Text code copyable={{ text: sha, tooltips: [t('attachments.copyHash'), t('attachments.copied')] }}>
                {shortHash(sha)}
              </Typography.Text>
            ),
          },
          { title: t('attachments.added'), render: (_: unknown, row) => `${row.addedBy}　${row.addedAt.slice(0, 16).replace('T', ' ')}` },
          {
            title: t('attachments.actions'),
            width: 330,
            render: (_: unknown, row) => (
              <Space size={0}>
                <Button type="link" size="small" icon={<EyeOutlined />} disabled={row.blocked} onClick={() => void open(row, 'view')} aria-label={t('attachments.previewOf', { name: row.name })}>
                  {t('attachments.preview')}
                </Button>
                <Button type="link" size="small" icon={<DownloadOutlined />} disabled={row.blocked} onClick={() => void open(row, 'export')} aria-label={t('attachments.exportOf', { name: row.name })}>
                  {t('attachments.export')}
                </Button>
                {!archived && (
                  <>
                    <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing((e) => ({ row, count: (e?.count ?? 0) + 1 }))} aria-label={t('attachments.editOf', { name: row.name })}>
                      {t('attachments.edit')}
                    </Button>
                    <Button type="link" size="small" danger icon={<DeleteOutlined />} onClick={() => setRemoving((r) => ({ row, count: (r?.count ?? 0) + 1 }))} aria-label={t('attachments.removeOf', { name: row.name })}>
                      {t('attachments.remove')}
                    </Button>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal open={preview !== null} title={preview?.name} onCancel={closePreview} footer={null} width={900} destroyOnHidden>
        {preview && (preview.mime === 'application/pdf' ? <PdfPages data={preview.bytes} /> : <img className="attachment-image" src={preview.url} alt={preview.name} />)}
      </Modal>
      {editing && <EditDialog key={editing.count} row={editing.row} onDone={() => setEditing(null)} />}
      {removing && <RemoveDialog key={removing.count} row={removing.row} onDone={() => setRemoving(null)} />}
    </Space>
  );
}

/** Drop or pick files; each is stored, then filed under the chosen item, with progress over the batch. */
function Dropzone({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [kind, setKind] = useState<AttachmentKind>('evidence');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const add = useApiMutation('attachments.add', [...INVALIDATES]);
  const queue = useRef<File[]>([]);

  // antd calls beforeUpload once per file of a drop; the batch is taken up after the last one
  const upload = async (files: File[]) => {
    setProgress({ done: 0, total: files.length });
    const items = [];
    try {
      for (const [i, file] of files.entries()) {
        const stored = await call('files.store', { mime: file.type, dataBase64: await fileToBase64(file) });
        items.push({ sha256: stored.sha256, name: file.name, kind });
        setProgress({ done: i + 1, total: files.length });
      }
      await add.mutateAsync({ caseId, items });
      message.success(t('attachments.addedN', { n: items.length }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Text>{t('attachments.fileAs')}</Typography.Text>
        <Select aria-label={t('attachments.fileAs')} value={kind} onChange={setKind} options={kindOptions} style={{ width: 220 }} />
      </Space>
      <Upload.Dragger
        multiple
        accept={ACCEPT}
        showUploadList={false}
        disabled={progress !== null}
        beforeUpload={(file, batch) => {
          queue.current.push(file);
          if (queue.current.length === batch.length) {
            void upload(queue.current);
            queue.current = [];
          }
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('attachments.drop')}</p>
        <p className="ant-upload-hint">{t('attachments.dropHint')}</p>
      </Upload.Dragger>
      {progress && <Progress percent={Math.round((progress.done / progress.total) * 100)} format={() => `${progress.done}/${progress.total}`} />}
    </Space>
  );
}

function EditDialog({ row, onDone }: { row: Attachment; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; kind: AttachmentKind; pages: number; note?: string }>();
  const update = useApiMutation('attachments.update', [...INVALIDATES]);
  const submit = useFormSubmit(form);
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (v && (await submit(() => update.mutateAsync({ id: row.id, name: v.name.trim(), kind: v.kind, pages: v.pages, note: v.note?.trim() || null }), t('attachments.saved')))) onDone();
  };
  return (
    <Modal open title={t('attachments.editTitle')} onCancel={onDone} onOk={() => void save()} confirmLoading={update.isPending}>
      <Form name="attachment-edit" form={form} layout="vertical" initialValues={{ name: row.name, kind: row.kind, pages: row.pages, note: row.note ?? '' }} onFinish={() => void save()}>
        <Form.Item label={t('attachments.name')} name="name" rules={[{ required: true, whitespace: true, message: '请填写文件名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('attachments.kind')} name="kind" rules={[{ required: true, message: '请选择附件类别' }]}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item label={t('attachments.pages')} name="pages" rules={[{ required: true, message: '请填写页数' }]}>
          <InputNumber min={1} max={9999} precision={0} />
        </Form.Item>
        <Form.Item label={t('attachments.note')} name="note">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RemoveDialog({ row, onDone }: { row: Attachment; onDone: () => void }) {
  const { t } = useTranslation();
  const remove = useApiMutation('attachments.remove', [...INVALIDATES]);
  return (
    <ReasonDialog
      open
      name="attachment-remove"
      title={t('attachments.removeTitle', { name: row.name })}
      help={t('attachments.removeHelp')}
      label={t('attachments.reason')}
      required="请填写移除理由"
      pending={remove.isPending}
      run={(reason) => remove.mutateAsync({ id: row.id, reason })}
      success={t('attachments.removed')}
      onDone={onDone}
    />
  );
}
