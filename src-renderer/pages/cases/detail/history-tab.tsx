import { Empty, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../hooks/use-api';

/** 日志: what was done to the case, by whom and when — read from the audit trail. */
export function HistoryTab({ id }: { id: string }) {
  const { t } = useTranslation();
  const history = useApiQuery('cases.history', { id });
  if (history.data?.length === 0) return <Empty description={t('caseView.noHistory')} />;
  return (
    <Timeline
      items={(history.data ?? []).map((h) => ({
        key: h.seq,
        content: (
          <>
            <strong>{t(`audit.${h.action}`, { defaultValue: h.action })}</strong>
            <span className="ant-typography ant-typography-secondary">
              　{h.at.slice(0, 16).replace('T', ' ')}　{h.actorName}
            </span>
            {describe(h.after)}
          </>
        ),
      }))}
    />
  );
}

function describe(after: unknown): string {
  if (!after || typeof after !== 'object') return '';
  const a = after as Record<string, unknown>;
  const parts = [a.caseNumber && `案号 ${String(a.caseNumber)}`, a.reason && `理由：${String(a.reason)}`, a.note && `说明：${String(a.note)}`].filter(Boolean);
  return parts.length ? `　${parts.join('　')}` : '';
}
