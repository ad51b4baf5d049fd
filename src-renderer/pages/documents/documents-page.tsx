import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { GeneratedDocuments } from './generated-documents';
import { WordingEditor } from './wording-editor';
import { WordingPackButtons } from './wording-pack';

/** 文书: the documents generated across all cases, and the organization's wording of each kind. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab = 'generated' } = useParams();
  return (
    <>
      <div className="page-heading">
        <Typography.Title level={3}>{t('nav.documents')}</Typography.Title>
        {tab === 'wording' && <WordingPackButtons />}
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => void navigate(`/documents/${key}`)}
        destroyOnHidden
        items={[
          { key: 'generated', label: t('documents.generatedTitle'), children: <GeneratedDocuments emptyHint={t('documents.noneYet')} /> },
          { key: 'wording', label: t('wording.title'), children: <WordingEditor /> },
        ]}
      />
    </>
  );
}
