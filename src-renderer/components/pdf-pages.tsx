import { Alert, Spin, Typography } from 'antd';
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// pdf.js parses in a worker served from our own origin (the page's CSP allows `worker-src 'self'`)
GlobalWorkerOptions.workerSrc = workerUrl;

/** Pages drawn at most, so that a 500-page bundle of evidence does not freeze the preview. */
const MAX_PAGES = 30;

type State = { phase: 'loading' } | { phase: 'done'; pages: number; shown: number } | { phase: 'failed' };

/**
 * A PDF drawn page by page onto canvases: no plug-in and no frame, so it works the same in the
 * Electron window and in browser mode.
 */
export function PdfPages({ data }: { data: Uint8Array }) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>({ phase: 'loading' });

  useEffect(() => {
    let cancelled = false;
    const task = getDocument({ data: data.slice(), isEvalSupported: false });
    const draw = async () => {
      const doc = await task.promise;
      const shown = Math.min(doc.numPages, MAX_PAGES);
      for (let n = 1; n <= shown && !cancelled; n += 1) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1.5 });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.className = 'pdf-page';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', t('pdf.page', { n }));
        host.current?.appendChild(canvas);
        await page.render({ canvas, viewport }).promise;
      }
      if (!cancelled) setState({ phase: 'done', pages: doc.numPages, shown });
    };
    draw().catch(() => !cancelled && setState({ phase: 'failed' }));
    const target = host.current;
    return () => {
      cancelled = true;
      void task.destroy();
      target?.replaceChildren();
    };
  }, [data, t]);

  return (
    <div data-testid="pdf-preview">
      {state.phase === 'loading' && <Spin />}
      {state.phase === 'failed' && <Alert type="error" showIcon title={t('pdf.failed')} />}
      {state.phase === 'done' && (
        <Typography.Text type="secondary">{state.shown < state.pages ? t('pdf.partial', { shown: state.shown, pages: state.pages }) : t('pdf.pages', { pages: state.pages })}</Typography.Text>
      )}
      <div ref={host} className="pdf-pages" />
    </div>
  );
}
