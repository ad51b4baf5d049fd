import { Alert, Descriptions, Form, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASE_CATEGORIES, type CaseCategory } from '../../../../src-main/domain/categories';
import { formatYuanGrouped, parseYuan } from '../../../../src-main/domain/money';
import { deriveTrack } from '../../../../src-main/domain/triage';
import { CASE_SOURCES, CASE_STATUSES, PARTY_KINDS, PARTY_ROLES, type CaseSource, type CaseStatus } from '../../../../src-main/domain/vocabulary';
import { call } from '../../../api';
import type { ApiOutput } from '../../../../src-main/api/registry';
import { useApiQuery } from '../../../hooks/use-api';
import type { RegistrationValues } from './registration-values';

type Duplicate = ApiOutput<'cases.findDuplicates'>[number];

/** 核对提交: everything at a glance, the track the rules give, and any likely duplicate. */
export function ReviewStep() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<RegistrationValues>();
  const values = form.getFieldsValue(true) as RegistrationValues;
  const c = values.case;
  const intake = useApiQuery('settings.getIntake', {});
  const [duplicates, setDuplicates] = useState<Duplicate[] | null>(null);
  const claim = c.claimAmount ? parseYuan(c.claimAmount) : undefined;

  useEffect(() => {
    void call('cases.findDuplicates', {
      receivedOn: c.receivedOn,
      parties: c.parties.map((p) => ({ role: p.role, name: p.name, ...(p.idNumber ? { idNumber: p.idNumber } : {}), ...(p.uscc ? { uscc: p.uscc } : {}) })),
      ipRights: (c.ipRights ?? []).filter((r) => r?.title).map((r) => ({ title: r.title, ...(r.number ? { number: r.number } : {}) })),
    })
      .then(setDuplicates)
      .catch(() => setDuplicates([]));
  }, [c]);

  const track = intake.data ? deriveTrack({ category: c.category as CaseCategory, claimAmountFen: claim?.ok ? claim.fen : null, partyCount: c.parties.length }, intake.data.triage) : null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {duplicates && duplicates.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="duplicate-warning"
          title={t('register.duplicateTitle')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {duplicates.map((d) => (
                <li key={d.id}>
                  <Link to={`/cases/${d.id}`}>{d.caseNumber ?? t('register.unnumbered')}</Link>（{d.receivedOn} 登记，{CASE_STATUSES[d.status as CaseStatus]}）
                </li>
              ))}
            </ul>
          }
        />
      )}
      {track && <Alert type="info" showIcon title={track.reason} data-testid="triage-preview" />}
      <Descriptions bordered column={1} size="small" data-testid="registration-review">
        <Descriptions.Item label={t('register.source')}>{CASE_SOURCES[c.source as CaseSource]}{c.referral?.body ? `（${c.referral.body}${c.referral.referenceNumber ? ` ${c.referral.referenceNumber}` : ''}）` : ''}</Descriptions.Item>
        <Descriptions.Item label={t('register.category')}>{CASE_CATEGORIES[c.category as CaseCategory]}</Descriptions.Item>
        <Descriptions.Item label={t('register.receivedOn')}>{c.receivedOn}</Descriptions.Item>
        {c.parties.map((p, i) => (
          <Descriptions.Item key={i} label={PARTY_ROLES[p.role]}>
            {p.name} <Tag>{PARTY_KINDS[p.kind]}</Tag>
            {p.agents?.length ? `委托代理人：${p.agents.map((a) => a.name).join('、')}` : ''}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('register.rights')}>{(c.ipRights ?? []).map((r) => [r.number, r.title].filter(Boolean).join(' ')).join('；') || t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('register.subject')}>{c.subject}</Descriptions.Item>
        <Descriptions.Item label={t('register.requests')}>
          {(c.requests ?? []).filter(Boolean).map((r, i) => (
            <div key={i}>
              {i + 1}. {r}
            </div>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('register.claimAmount')}>{claim?.ok ? `人民币${formatYuanGrouped(claim.fen)}元` : t('common.none')}</Descriptions.Item>
      </Descriptions>
    </Space>
  );
}
