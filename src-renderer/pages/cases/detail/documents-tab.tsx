import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Menu, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../src-main/api/registry';
import type { Target } from '../../../../src-main/documents/kind';
import { useApiQuery } from '../../../hooks/use-api';
import { useSaveDocument } from '../../../hooks/use-save-document';
import { useSaveShortcut } from '../../../hooks/use-save-shortcut';
import { DocumentPreview } from '../../documents/document-preview';
import { GeneratedDocuments } from '../../documents/generated-documents';

type KindOption = ApiOutput<'documents.options'>[number];
const ALL_COPIES = 'all';

const copyKey = (t: Target) => `${t.party ?? ''}:${t.agent ?? ''}:${t.session ?? ''}`;
const copyOf = (kind: KindOption, key: string): Target | undefined => {
  const copy = kind.copies.find((c) => copyKey(c) === key);
  if (!copy) return undefined;
  return {
    ...(copy.party !== undefined ? { party: copy.party } : {}),
    ...(copy.agent !== undefined ? { agent: copy.agent } : {}),
    ...(copy.session !== undefined ? { session: copy.session } : {}),
  };
};

/**
 * 文书 of a case: pick a kind (and, for papers made per party or agent, whose copy), see it as it
 * prints, save it as Word — each save is registered as a new version — or print it.
 */
export function DocumentsTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const options = useApiQuery('documents.options', { caseId });
  const [picked, setPicked] = useState<string | undefined>();
  const [copy, setCopy] = useState(ALL_COPIES);
  const kind = options.data?.find((k) => k.kind === picked) ?? options.data?.[0];
  const target = kind && copy !== ALL_COPIES ? copyOf(kind, copy) : undefined;
  const preview = useApiQuery('documents.preview', { caseId, kind: kind?.kind ?? '', ...(target ? { target } : {}) }, { enabled: Boolean(kind), keepPrevious: true });
  const word = useSaveDocument(caseId);

  const saveWord = async () => {
    if (!kind || word.pending) return;
    await word.save(kind.kind, target);
  };
  useSaveShortcut(() => void saveWord(), Boolean(kind));

  if (options.data?.length === 0) return <Empty />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Row gutter={16} wrap={false}>
        <Col flex="220px">
          <Menu
            mode="inline"
            className="doc-kind-menu"
            selectedKeys={kind ? [kind.kind] : []}
            onSelect={({ key }) => {
              setPicked(key);
              setCopy(ALL_COPIES);
            }}
            items={(options.data ?? []).map((k) => ({ key: k.kind, label: k.title }))}
            aria-label={t('documents.kinds')}
          />
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card
            size="small"
            title={kind?.title}
            extra={
              <Space wrap>
                {kind && kind.per !== 'case' && kind.copies.length > 0 && (
                  <Select
                    value={copy}
                    onChange={setCopy}
                    style={{ minWidth: 220 }}
                    aria-label={t('documents.copy')}
                    options={[
                      { value: ALL_COPIES, label: t('documents.allCopies', { count: kind.copies.length }) },
                      ...kind.copies.map((c) => ({ value: copyKey(c), label: c.label })),
                    ]}
                  />
                )}
                <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!preview.data}>
                  {t('documents.print')}
                </Button>
                <Button type="primary" icon={<FileWordOutlined />} loading={word.pending} onClick={() => void saveWord()} disabled={!kind}>
                  {t('documents.saveWord')}
                </Button>
              </Space>
            }
          >
            <DocumentPreview preview={preview.data} loading={preview.isFetching} error={preview.error?.message} />
          </Card>
        </Col>
      </Row>
      <div>
        <Typography.Title level={5}>{t('documents.generatedTitle')}</Typography.Title>
        <GeneratedDocuments caseId={caseId} emptyHint={t('documents.noneForCase')} />
      </div>
    </Space>
  );
}
