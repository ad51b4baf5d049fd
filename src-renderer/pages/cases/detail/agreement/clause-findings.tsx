import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLAUSE_RULES, type ClauseRule } from '../../../../../src-main/domain/clause-checks';

export interface Finding {
  rule: string;
  severity: 'error' | 'warning';
  term: number | null;
  message: string;
}

/** 条款审查: what a court would refuse, and advice, each naming its rule and term; a green line when the agreement is clean. */
export function ClauseFindings({ findings }: { findings: readonly Finding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return <Alert type="success" showIcon title={t('clauses.clean')} style={{ marginBottom: 12 }} data-testid="clause-findings" />;
  return (
    <Alert
      type={findings.some((f) => f.severity === 'error') ? 'error' : 'warning'}
      showIcon
      title={t('clauses.title', { n: findings.length })}
      style={{ marginBottom: 12 }}
      data-testid="clause-findings"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {findings.map((f, i) => (
            <li key={i}>
              <Tag color={f.severity === 'error' ? 'error' : 'warning'}>{CLAUSE_RULES[f.rule as ClauseRule] ?? f.rule}</Tag>
              {f.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
