import { EditOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Descriptions, Empty, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExchangeCase } from '../../../../../src-main/domain/exchange';
import { termLine } from '../../../../../src-main/domain/term-wording';
import { TERM_KINDS } from '../../../../../src-main/domain/vocabulary';
import { useApiQuery } from '../../../../hooks/use-api';
import { useFreshDialog } from '../../../../hooks/use-fresh-dialog';
import { AgreementBuilder } from './agreement-builder';
import { ClauseFindings } from './clause-findings';
import { SignDialog } from './sign-dialog';

/**
 * 协议: the agreement as saved — its terms in their wording, the clause checks — with 起草 /
 * 修改 while mediation is under way and 标记已签署 once there is something to sign.
 */
export function AgreementTab({ caseId, c, status }: { caseId: string; c: ExchangeCase; status: string }) {
  const { t } = useTranslation();
  const a = c.agreement;
  const builder = useFreshDialog();
  const signing = useFreshDialog();
  const check = useApiQuery('agreements.check', { caseId }, { enabled: Boolean(a) });
  const drafting = (status === 'accepted' || status === 'mediating') && !a?.signedOn;
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        {drafting && (
          <Button type={a ? 'default' : 'primary'} icon={<FormOutlined />} onClick={builder.show} data-testid="open-builder">
            {a ? t('builder.edit') : t('builder.title')}
          </Button>
        )}
        {a && !a.signedOn && status === 'mediating' && (
          <Button type="primary" icon={<EditOutlined />} onClick={signing.show}>
            {t('signing.title')}
          </Button>
        )}
      </Space>
      {builder.open && <AgreementBuilder key={builder.count} caseId={caseId} c={c} open={builder.open} onClose={builder.hide} />}
      <SignDialog key={`sign-${signing.count}`} caseId={caseId} c={c} open={signing.open} onDone={signing.hide} />
      {a && check.data && <ClauseFindings findings={check.data.findings} />}
      {!a ? (
        <Empty description={drafting ? t('builder.empty') : t('caseView.noAgreement')} />
      ) : (
        <Descriptions bordered column={1} size="small" data-testid="agreement-terms">
          {a.number && <Descriptions.Item label="协议编号">{a.number}</Descriptions.Item>}
          {a.facts && <Descriptions.Item label="纠纷事实">{a.facts}</Descriptions.Item>}
          {a.terms.map((term, i) => (
            <Descriptions.Item key={i} label={`${i + 1}. ${TERM_KINDS[term.kind]}`}>
              {termLine(term, c)}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label="签署 / 生效">{[a.signedOn, a.effectiveOn].filter(Boolean).join(' / ') || '未签署'}</Descriptions.Item>
          {a.copies && <Descriptions.Item label="份数">一式{a.copies}份</Descriptions.Item>}
        </Descriptions>
      )}
    </>
  );
}
