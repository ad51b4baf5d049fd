import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { CASE_CATEGORIES } from '../../../../src-main/domain/categories';
import type { ExchangeCase } from '../../../../src-main/domain/exchange';
import { formatYuanGrouped, parseYuan } from '../../../../src-main/domain/money';
import { CASE_SOURCES, IP_RIGHT_KINDS, TERMINATION_REASONS } from '../../../../src-main/domain/vocabulary';

const yuan = (s?: string) => {
  const parsed = s ? parseYuan(s) : undefined;
  return parsed?.ok ? `人民币${formatYuanGrouped(parsed.fen)}元` : '—';
};

/** 概况: source and referral, dates, the rights, the subject and requests, the amount. */
export function OverviewTab({ c, trackReason, trackNote }: { c: ExchangeCase; trackReason: string; trackNote: string | null }) {
  const { t } = useTranslation();
  return (
    <Descriptions bordered column={2} size="small">
      <Descriptions.Item label={t('register.source')}>{CASE_SOURCES[c.source]}</Descriptions.Item>
      <Descriptions.Item label={t('register.category')}>{CASE_CATEGORIES[c.category]}</Descriptions.Item>
      {c.referral && (
        <Descriptions.Item label={t('caseView.referral')} span={2}>
          {[c.referral.body, c.referral.referenceNumber, c.referral.referredOn].filter(Boolean).join('　')}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('register.receivedOn')}>{c.receivedOn}</Descriptions.Item>
      <Descriptions.Item label={t('caseView.acceptedOn')}>{c.acceptedOn ?? '—'}</Descriptions.Item>
      {c.refusal && (
        <Descriptions.Item label={t('caseView.refusal')} span={2}>
          {c.refusal.on}　{c.refusal.reason}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('caseView.track')} span={2}>
        {trackReason}
        {trackNote ? `（调整理由：${trackNote}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('register.rights')} span={2}>
        {c.ipRights.length
          ? c.ipRights.map((r, i) => (
              <div key={i}>
                {IP_RIGHT_KINDS[r.kind]}　{r.number ?? ''} {r.title}
                {r.holder ? `（权利人：${r.holder}）` : ''}
                {r.classes?.length ? `　第${r.classes.join('、')}类` : ''}
              </div>
            ))
          : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('register.subject')} span={2}>
        {c.subject}
      </Descriptions.Item>
      <Descriptions.Item label={t('register.requests')} span={2}>
        {c.requests.length
          ? c.requests.map((r, i) => (
              <div key={i}>
                {i + 1}. {r}
              </div>
            ))
          : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('register.claimAmount')}>{yuan(c.claimAmount)}</Descriptions.Item>
      <Descriptions.Item label={t('caseView.mediators')}>{c.mediators.map((m) => `${m.name}${m.role === 'lead' ? '（主持）' : ''}`).join('、') || '—'}</Descriptions.Item>
      {c.termination && (
        <Descriptions.Item label={t('caseView.termination')} span={2}>
          {c.termination.on}　{TERMINATION_REASONS[c.termination.reason]}
          {c.termination.note ? `　${c.termination.note}` : ''}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
