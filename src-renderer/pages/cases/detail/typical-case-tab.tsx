import { FileWordOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, Row, Space, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { WRITE_UP_PARTS, type WriteUp } from '../../../../src-main/domain/typical-case';
import { useApiMutation, useApiQuery } from '../../../hooks/use-api';
import { useFormSubmit } from '../../../hooks/use-form-submit';
import { useSaveDocument } from '../../../hooks/use-save-document';
import { useSaveShortcut } from '../../../hooks/use-save-shortcut';
import { call } from '../../../api';
import { DocumentPreview } from '../../documents/document-preview';

const PARTS = ['facts', 'process', 'result', 'significance'] as const;

/**
 * 典型案例 of a case: the write-up for publication, prefilled from the case with every name and
 * number anonymized, edited here and saved (refused while it still names anyone); beside it, the
 * document as the saved write-up prints, to save as Word. Written up after the case ends, so an
 * archived case's write-up can still be edited: it is not part of the case file.
 */
export function TypicalCaseTab({ caseId }: { caseId: string }) {
  const current = useApiQuery('typicalCases.get', { caseId });
  if (!current.data) return <Card loading />;
  // mounted afresh once saved, so the form starts from what was saved
  return <Editor key={current.data.saved?.at ?? 'draft'} caseId={caseId} start={current.data.writeUp} saved={current.data.saved} />;
}

function Editor({ caseId, start, saved }: { caseId: string; start: WriteUp; saved: { at: string; by: string } | null }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [form] = Form.useForm<WriteUp>();
  const save = useApiMutation('typicalCases.save', ['typicalCases.get', 'documents.preview', 'cases.history']);
  const submit = useFormSubmit(form, 'writeUp.');
  const preview = useApiQuery('documents.preview', { caseId, kind: 'typical-case' }, { keepPrevious: true });
  const word = useSaveDocument(caseId);

  const run = async () => {
    const v = await form.validateFields().catch(() => null);
    if (v) await submit(() => save.mutateAsync({ caseId, writeUp: v }), t('typicalCase.saved'));
  };
  useSaveShortcut(() => void run(), true);

  /** The draft drawn from the case again, with amounts written as asked; what was typed is replaced only once confirmed. */
  const redraw = (roundAmounts: boolean) => {
    const apply = async () => form.setFieldsValue(await call('typicalCases.draft', { caseId, roundAmounts }));
    if (!form.isFieldsTouched(['title', ...PARTS]) && !saved) return void apply();
    modal.confirm({ title: t('typicalCase.redrawConfirm'), content: t('typicalCase.redrawHelp'), onOk: apply, onCancel: () => form.setFieldValue('roundAmounts', !roundAmounts) });
  };

  return (
    <Row gutter={16}>
      <Col xs={24} xxl={12}>
        <Card
          size="small"
          title={t('typicalCase.editor')}
          extra={saved ? <Tag color="success">{t('typicalCase.savedAt', { at: saved.at.slice(0, 16).replace('T', ' '), by: saved.by })}</Tag> : <Tag>{t('typicalCase.draft')}</Tag>}
        >
          <Typography.Paragraph type="secondary">{t('typicalCase.help')}</Typography.Paragraph>
          <Form name="typicalCase" form={form} layout="vertical" initialValues={start}>
            <Form.Item label={t('typicalCase.title')} name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
              <Input maxLength={100} />
            </Form.Item>
            {PARTS.map((part) => (
              <Form.Item key={part} label={t(`typicalCase.${part}`)} name={part} rules={[{ required: true, whitespace: true, message: `请填写${WRITE_UP_PARTS[part]}` }]}>
                <Input.TextArea rows={part === 'significance' ? 4 : 7} maxLength={5000} showCount />
              </Form.Item>
            ))}
            <Form.Item label={t('typicalCase.roundAmounts')} name="roundAmounts" valuePropName="checked" extra={t('typicalCase.roundHelp')}>
              <Switch onChange={redraw} />
            </Form.Item>
            <Space wrap>
              <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={() => void run()}>
                {t('typicalCase.save')}
              </Button>
              <Button icon={<ReloadOutlined />} onClick={() => redraw(form.getFieldValue('roundAmounts') === true)}>
                {t('typicalCase.redraw')}
              </Button>
            </Space>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xxl={12}>
        <Card
          size="small"
          title={t(saved ? 'typicalCase.preview' : 'typicalCase.previewDraft')}
          extra={
            <Button icon={<FileWordOutlined />} loading={word.pending} onClick={() => void word.save('typical-case')}>
              {t('documents.saveWord')}
            </Button>
          }
        >
          <DocumentPreview preview={preview.data} loading={preview.isFetching} error={preview.error?.message} />
        </Card>
      </Col>
    </Row>
  );
}
