import { Alert, Empty, Spin } from 'antd';
import type { ApiOutput } from '../../../src-main/api/registry';

type Preview = ApiOutput<'documents.preview'>;

/**
 * A document as it will print: the HTML the engine renders from the same model as the .docx
 * (every text in it is escaped by the engine), on A4 pages. 打印 prints exactly this area.
 */
export function DocumentPreview({ preview, loading, error }: { preview: Preview | undefined; loading: boolean; error?: string | undefined }) {
  if (error) return <Alert type="error" showIcon title={error} />;
  if (!preview) return loading ? <Spin /> : <Empty />;
  return (
    <Spin spinning={loading}>
      {preview.caveat && <Alert type="warning" showIcon title={preview.caveat} style={{ marginBottom: 8 }} data-testid="document-caveat" />}
      {/* focusable: a sheet wider than its pane scrolls, and keyboard users must be able to scroll it */}
      <div className="doc-sheet doc-print-area" data-testid="document-preview" role="region" aria-label={preview.title} tabIndex={0} dangerouslySetInnerHTML={{ __html: preview.html }} />
    </Spin>
  );
}
