import { HistoryOutlined, RollbackOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Form, Input, Menu, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api';
import { useApiMutation, useApiQuery } from '../../hooks/use-api';
import { useDebounced } from '../../hooks/use-debounced';
import { useSaveShortcut } from '../../hooks/use-save-shortcut';
import { CasePicker } from './case-picker';
import { DocumentPreview } from './document-preview';
import { WordingHistory } from './wording-history';

const entryKey = (e: { kind: string; key: string }) => `${e.kind}|${e.key}`;

/**
 * 文书模板: the fixed paragraphs of every kind, edited with a variable picker and previewed on a
 * real case before saving; every save is a version, and a paragraph can go back to the default.
 * Unsaved edits of several paragraphs are kept while moving between them.
 */
export function WordingEditor() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useApiQuery('wording.list', {});
  const [selected, setSelected] = useState<string | undefined>();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [caseId, setCaseId] = useState<string | undefined>();
  const [historyOpen, setHistoryOpen] = useState(false);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const textArea = useRef<TextAreaRef>(null);
  const save = useApiMutation('wording.save', ['wording.list', 'wording.history', 'documents.preview']);
  const reset = useApiMutation('wording.reset', ['wording.list', 'wording.history', 'documents.preview']);

  const entries = useMemo(() => list.data ?? [], [list.data]);
  const entry = entries.find((e) => entryKey(e) === selected) ?? entries[0];
  const id = entry ? entryKey(entry) : '';
  const text = entry ? (drafts[id] ?? entry.text) : '';
  const dirty = entry !== undefined && drafts[id] !== undefined && drafts[id] !== entry.text;
  const previewText = useDebounced(text);
  const preview = useApiQuery(
    'documents.preview',
    { caseId: caseId ?? '', kind: entry?.kind ?? '', draft: entry ? { [entry.key]: previewText } : {} },
    { enabled: Boolean(caseId && entry), keepPrevious: true },
  );

  const setText = (value: string) => {
    setFieldError(undefined);
    setDrafts((d) => ({ ...d, [id]: value }));
  };
  const dropDraft = () =>
    setDrafts((d) => {
      const { [id]: _, ...rest } = d;
      return rest;
    });

  const insertVariable = (name: string) => {
    const el = textArea.current?.resizableTextArea?.textArea;
    const at = el ? el.selectionStart : text.length;
    const end = el ? el.selectionEnd : text.length;
    const token = `{${name}}`;
    setText(text.slice(0, at) + token + text.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  const doSave = async () => {
    if (!entry || !dirty) return;
    try {
      const saved = await save.mutateAsync({ kind: entry.kind, key: entry.key, text });
      dropDraft();
      message.success(t('wording.saved', { version: saved.version }));
    } catch (err) {
      const e = err as ApiError;
      setFieldError(e.fields?.text ?? e.message);
      message.error(e.message);
    }
  };
  useSaveShortcut(() => void doSave(), dirty);

  const doReset = async () => {
    if (!entry) return;
    try {
      await reset.mutateAsync({ kind: entry.kind, key: entry.key });
      dropDraft();
      message.success(t('wording.resetDone'));
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  if (list.isError) return <Empty description={list.error.message} />;
  const kinds = [...new Map(entries.map((e) => [e.kind, e.title])).entries()];
  return (
    <Row gutter={16} wrap={false}>
      <Col flex="240px">
        <Menu
          mode="inline"
          className="doc-kind-menu"
          selectedKeys={id ? [id] : []}
          defaultOpenKeys={kinds.map(([k]) => k)}
          onSelect={({ key }) => {
            setSelected(key);
            setFieldError(undefined);
          }}
          aria-label={t('wording.paragraphs')}
          items={kinds.map(([kind, title]) => ({
            key: kind,
            label: title,
            children: entries
              .filter((e) => e.kind === kind)
              .map((e) => ({
                key: entryKey(e),
                label: (
                  <span>
                    {e.label}
                    {drafts[entryKey(e)] !== undefined && drafts[entryKey(e)] !== e.text ? ' *' : ''}
                    {e.customized && <Tag className="wording-tag">{t('wording.customized')}</Tag>}
                  </span>
                ),
              })),
          }))}
        />
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        {!entry ? (
          <Empty />
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card
              size="small"
              title={`${entry.title} · ${entry.label}`}
              extra={
                <Space wrap>
                  <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)}>
                    {t('wording.history')}
                  </Button>
                  <Popconfirm title={t('wording.resetConfirm')} onConfirm={() => void doReset()} disabled={!entry.customized}>
                    <Button icon={<RollbackOutlined />} disabled={!entry.customized} loading={reset.isPending}>
                      {t('wording.reset')}
                    </Button>
                  </Popconfirm>
                  <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={() => void doSave()}>
                    {t('wording.save')}
                  </Button>
                </Space>
              }
            >
              <Form layout="vertical">
                <Form.Item label={t('wording.text')} validateStatus={fieldError ? 'error' : undefined} help={fieldError} htmlFor="wording-text">
                  {/* no autoSize: its hidden measuring textarea is focusable and fails the accessibility check */}
                  <Input.TextArea id="wording-text" ref={textArea} value={text} onChange={(e) => setText(e.target.value)} rows={6} maxLength={3000} showCount />
                </Form.Item>
                <Form.Item label={t('wording.variables')} extra={t('wording.variablesHelp')}>
                  <Space size={[4, 4]} wrap>
                    {entry.variables.map((v) => (
                      <Button key={v} size="small" onClick={() => insertVariable(v)}>{`{${v}}`}</Button>
                    ))}
                  </Space>
                </Form.Item>
              </Form>
              {entry.customized && (
                <Typography.Paragraph type="secondary" className="wording-text">
                  {t('wording.defaultWas')}
                  {entry.defaultText}
                </Typography.Paragraph>
              )}
            </Card>
            <Card size="small" title={t('wording.preview')} extra={<CasePicker value={caseId} onChange={setCaseId} />}>
              {caseId ? (
                <DocumentPreview preview={preview.data} loading={preview.isFetching} error={preview.error?.message} />
              ) : (
                <Empty description={t('wording.previewNeedsCase')} />
              )}
            </Card>
            <WordingHistory
              kind={entry.kind}
              wordingKey={entry.key}
              defaultText={entry.defaultText}
              open={historyOpen}
              onClose={() => setHistoryOpen(false)}
              onUse={(v) => {
                setText(v);
                setHistoryOpen(false);
              }}
            />
          </Space>
        )}
      </Col>
    </Row>
  );
}
