import { FieldTimeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DEADLINE_KINDS, type DeadlineKind } from '../../../../src-main/domain/deadlines';
import { useApiQuery } from '../../../hooks/use-api';
import { ExtensionDialog } from './extension-dialog';
import { useFreshDialog } from '../../../hooks/use-fresh-dialog';

/**
 * 期限: the case's deadlines, soonest first, each with how it was counted; past ones marked.
 * While the case is in mediation, the period can be extended with the parties' consent.
 */
export function DeadlinesCard({ id, extendable }: { id: string; extendable: boolean }) {
  const { t } = useTranslation();
  const result = useApiQuery('cases.deadlines', { id });
  const extending = useFreshDialog();
  const today = dayjs().format('YYYY-MM-DD');
  const hasPeriod = result.data?.deadlines.some((d) => d.kind === 'mediation_period') ?? false;
  return (
    <Card
      size="small"
      title={t('deadlines.caseTitle')}
      style={{ marginTop: 16 }}
      data-testid="case-deadlines"
      extra={
        extendable &&
        hasPeriod && (
          <Button size="small" icon={<FieldTimeOutlined />} onClick={extending.show}>
            {t('extension.title')}
          </Button>
        )
      }
    >
      <ExtensionDialog key={extending.count} caseId={id} open={extending.open} onDone={extending.hide} />
      {result.data?.warnings.map((w) => <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 8 }} />)}
      <Table
        rowKey={(r) => `${r.kind}-${r.due}-${r.basis}`}
        size="small"
        loading={result.isPending}
        pagination={false}
        dataSource={result.data?.deadlines ?? []}
        locale={{ emptyText: <Empty description={t('deadlines.none')} /> }}
        columns={[
          { title: t('deadlines.kind'), dataIndex: 'kind', width: 130, render: (k: string) => DEADLINE_KINDS[k as DeadlineKind] ?? k },
          {
            title: t('deadlines.due'),
            dataIndex: 'due',
            width: 150,
            render: (due: string) => (
              <>
                {due}
                {due < today && <Tag className="deadline-tag">{t('deadlines.past')}</Tag>}
              </>
            ),
          },
          { title: t('deadlines.basis'), dataIndex: 'basis' },
        ]}
      />
    </Card>
  );
}
