import { ArrowLeftOutlined, LockOutlined, PhoneOutlined, StopOutlined, TeamOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Alert, Button, Card, Empty, Result, Space, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CASE_CATEGORIES } from '../../../../src-main/domain/categories';
import type { ExchangeCase } from '../../../../src-main/domain/exchange';
import { StatusTag, TrackTag } from '../../../components/case-tags';
import { useApiQuery } from '../../../hooks/use-api';
import { AssignDrawer } from './assign-drawer';
import { AttachmentsTab } from './attachments-tab';
import { BundleButton } from './bundle-button';
import { CaseFileTab } from './case-file-tab';
import { ClosureActions } from './closure-actions';
import { CourtCard } from './court-card';
import { DeadlinesCard } from './deadlines-card';
import { DocumentsTab } from './documents-tab';
import { FollowUpDialog } from './follow-up-dialog';
import { FollowUpPlans } from './follow-up-plans';
import { HistoryTab } from './history-tab';
import { IntakeActions } from './intake-actions';
import { OverviewTab } from './overview-tab';
import { PartiesTab } from './parties-tab';
import { RecusalPanel } from './recusal-panel';
import { RouteCard } from './route-card';
import { RunningClocks } from './running-clocks';
import { AgreementTab } from './agreement/agreement-tab';
import { ArbitrationTab } from './arbitration-tab';
import { PacketCard } from './agreement/packet-card';
import { packetRouteOf } from '../../../../src-main/domain/packet';
import { FollowUpsList, SessionsTab } from './record-tabs';
import { EnforcementCard } from './agreement/enforcement-card';
import { SessionPlan } from './session-plan';
import { TerminationDialog } from './termination-dialog';
import { TypicalCaseTab } from './typical-case-tab';
import { useFreshDialog } from '../../../hooks/use-fresh-dialog';
import { useVoice } from '../../../hooks/use-voice';

/** The parties with their representatives and agents: who may speak for a party. */
const partiesOf = (c: ExchangeCase) => c.parties.flatMap((p) => [p.name, ...(p.representative ? [p.representative.name] : []), ...p.agents.map((a) => a.name)]);
/** Everyone who may attend a session: the parties' side and the mediators. */
const peopleOf = (c: ExchangeCase) => [...partiesOf(c), ...c.mediators.map((m) => m.name)];

/** The case page: number, status, track and mediators above; the case's tabs below. */
export function CasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '', tab = 'overview' } = useParams();
  const detail = useApiQuery('cases.get', { id });
  const { commission } = useVoice();
  const [assigning, setAssigning] = useState(false);
  const terminating = useFreshDialog();
  const followingUp = useFreshDialog();
  if (detail.isPending) return <Spin />;
  if (detail.isError) return <Result status="warning" title={detail.error.message} extra={<Button onClick={() => void navigate('/cases')}>{t('caseView.back')}</Button>} />;
  const d = detail.data;
  const c = d.exchange;
  const lead = c.mediators.find((m) => m.role === 'lead');
  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => void navigate('/cases')} aria-label={t('caseView.back')} />
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="case-number">
              {c.caseNumber ?? t('register.unnumbered')}
            </Typography.Title>
            <StatusTag status={d.status} />
            <TrackTag track={d.track} reason={d.trackOverrideNote ? `${d.trackReason}；调整理由：${d.trackOverrideNote}` : d.trackReason} />
            <RunningClocks id={d.id} status={d.status} />
          </Space>
          <Typography.Text type="secondary">
            {CASE_CATEGORIES[c.category]}　{c.parties.filter((p) => p.role === 'applicant').map((p) => p.name).join('、')} 诉 {c.parties.filter((p) => p.role === 'respondent').map((p) => p.name).join('、')}
            {commission ? (c.mediators.length > 0 ? `　仲裁庭：${c.mediators.map((m) => m.name).join('、')}` : '') : lead ? `　主持调解员：${lead.name}` : ''}
          </Typography.Text>
          <Space wrap>
            <IntakeActions id={d.id} status={d.status} track={d.track} />
            {/* a commission composes a tribunal and records a withdrawal in the 仲裁 tab */}
            {(d.status === 'accepted' || d.status === 'mediating') && !commission && (
              <>
                <Button icon={<TeamOutlined />} onClick={() => setAssigning(true)}>
                  {t('assign.open')}
                </Button>
                <Button danger icon={<StopOutlined />} onClick={terminating.show}>
                  {t('terminate.title')}
                </Button>
              </>
            )}
            {(d.status === 'agreed' || d.status === 'enforcement' || d.status === 'performing') && (
              <Button icon={<PhoneOutlined />} onClick={followingUp.show}>
                {t('followUp.title')}
              </Button>
            )}
            <ClosureActions id={d.id} status={d.status} />
            {c.caseNumber && <BundleButton caseNumber={c.caseNumber} />}
          </Space>
          {d.archive && (
            <Alert
              type="warning"
              showIcon
              icon={<LockOutlined />}
              data-testid="archived-banner"
              title={t('closure.archivedBanner', { at: d.archive.at.slice(0, 10), by: d.archive.by })}
            />
          )}
          <FollowUpDialog
            key={`f${followingUp.count}`}
            caseId={d.id}
            open={followingUp.open}
            onClose={followingUp.hide}
            onDone={() => {
              followingUp.hide();
              void navigate(`/cases/${d.id}/enforcement`);
            }}
          />
          <TerminationDialog
            key={terminating.count}
            caseId={d.id}
            open={terminating.open}
            onClose={terminating.hide}
            onDone={() => {
              terminating.hide();
              void navigate(`/cases/${d.id}/documents`);
            }}
          />
          <AssignDrawer caseId={d.id} open={assigning} onClose={() => setAssigning(false)} />
        </Space>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => void navigate(`/cases/${id}/${key}`)}
        destroyOnHidden
        items={[
          {
            key: 'overview',
            label: '概况',
            children: (
              <>
                <OverviewTab c={c} trackReason={d.trackReason} trackNote={d.trackOverrideNote} />
                {/* an arbitration's period is extended by the chair, in the 仲裁 tab */}
                <DeadlinesCard id={d.id} extendable={(d.status === 'accepted' || d.status === 'mediating') && !commission} />
              </>
            ),
          },
          { key: 'parties', label: '当事人', children: <PartiesTab caseId={d.id} c={c} records={d.partyRecords} /> },
          ...(commission ? [{ key: 'arbitration', label: t('arbitration.tab'), children: <ArbitrationTab caseId={d.id} status={d.status} editable={d.status !== 'archived'} /> }] : []),
          {
            key: 'mediation',
            label: commission ? '庭审' : '调解',
            children: (
              <>
                <RecusalPanel caseId={d.id} parties={partiesOf(c)} open={d.status === 'accepted' || d.status === 'mediating'} />
                <SessionPlan caseId={d.id} canSchedule={d.status === 'accepted' || d.status === 'mediating'} mediators={c.mediators.map((m) => m.name)} people={peopleOf(c)} />
                <SessionsTab c={c} />
              </>
            ),
          },
          { key: 'agreement', label: '协议', children: <AgreementTab caseId={d.id} c={c} status={d.status} /> },
          {
            key: 'enforcement',
            label: '效力确认',
            children: (
              <>
                {c.agreement && <RouteCard caseId={d.id} />}
                {c.agreement && <CourtCard caseId={d.id} editable={d.status !== 'archived'} />}
                {c.agreement && <PacketCard caseId={d.id} initialRoute={packetRouteOf(c)} />}
                {c.agreement ? <EnforcementCard caseId={d.id} c={c} status={d.status} /> : <Empty description={t('caseView.noEnforcement')} />}
                {c.agreement && <FollowUpPlans caseId={d.id} canPlan={d.status === 'agreed' || d.status === 'enforcement' || d.status === 'performing'} />}
                <FollowUpsList c={c} />
              </>
            ),
          },
          { key: 'documents', label: '文书', children: <DocumentsTab caseId={d.id} /> },
          { key: 'attachments', label: '附件', children: <AttachmentsTab caseId={d.id} archived={d.status === 'archived'} /> },
          { key: 'case-file', label: '卷宗', children: <CaseFileTab caseId={d.id} /> },
          { key: 'typical-case', label: t('typicalCase.tab'), children: <TypicalCaseTab caseId={d.id} /> },
          { key: 'history', label: '日志', children: <HistoryTab id={d.id} /> },
        ]}
      />
    </>
  );
}
