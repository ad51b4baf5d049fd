import { Button, Card, Col, Descriptions, Row, Statistic, Typography } from 'antd';
import { useVoice } from '../../hooks/use-voice';
import { useNavigate } from 'react-router';
import { previewCaseNumber } from '../../../src-main/domain/case-number';
import { ORGANIZATION_KINDS, type OrganizationKind } from '../../../src-main/domain/organization';
import { useApiQuery } from '../../hooks/use-api';
import { DueDeadlines } from './due-deadlines';
import { PendingCases } from './pending-cases';
import { WeekSessions } from './week-sessions';

/** 工作台: this week's sessions, deadlines due, cases waiting for acceptance, and the organization at a glance. */
export function WorkbenchPage() {
  const { t } = useVoice();
  const navigate = useNavigate();
  const org = useApiQuery('organization.get', {});
  const roster = useApiQuery('mediators.list', {});
  const example = org.data ? previewCaseNumber(org.data.caseNumberPattern, new Date().getFullYear()) : undefined;
  return (
    <>
      <Typography.Title level={3}>{t('workbench.welcome')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <WeekSessions />
        </Col>
        <Col xs={24} lg={12}>
          <DueDeadlines />
        </Col>
        <Col span={24}>
          <PendingCases />
        </Col>
        <Col xs={24} lg={16}>
          <Card title={t('workbench.organization')} loading={org.isPending}>
            {org.data && (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('organization.name')}>{org.data.name}</Descriptions.Item>
                <Descriptions.Item label={t('organization.kind')}>{ORGANIZATION_KINDS[org.data.kind as OrganizationKind] ?? org.data.kind}</Descriptions.Item>
                <Descriptions.Item label={t('organization.region')}>{org.data.region}</Descriptions.Item>
                <Descriptions.Item label={t('workbench.nextNumber')}>{example?.ok ? example.example : '—'}</Descriptions.Item>
              </Descriptions>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('workbench.roster')} loading={roster.isPending}>
            <Statistic title={t('workbench.activeMediators')} value={roster.data?.length ?? 0} />
            <Button style={{ marginTop: 16 }} onClick={() => void navigate('/settings/roster')}>
              {t('workbench.manageRoster')}
            </Button>
          </Card>
        </Col>
      </Row>
    </>
  );
}
