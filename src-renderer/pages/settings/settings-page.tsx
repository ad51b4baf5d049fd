import { Tabs, Typography } from 'antd';
import { useVoice } from '../../hooks/use-voice';
import { useNavigate, useParams } from 'react-router';
import { AboutTab } from './about-tab';
import { ArbitrationFeesTab } from './arbitration-fees-tab';
import { AuditTab } from './audit-tab';
import { BackupsTab } from './backups-tab';
import { CourtsTab } from './courts-tab';
import { DeadlinesTab } from './deadlines-tab';
import { IntakeTab } from './intake-tab';
import { OrganizationTab } from './organization-tab';
import { RosterTab } from './roster-tab';

/** 设置. */
export function SettingsPage() {
  const { t } = useVoice();
  const navigate = useNavigate();
  const { tab = 'organization' } = useParams();
  return (
    <>
      <Typography.Title level={3}>{t('settings.title')}</Typography.Title>
      <Tabs
        destroyOnHidden
        activeKey={tab}
        onChange={(key) => void navigate(`/settings/${key}`)}
        items={[
          { key: 'organization', label: t('settings.organization'), children: <OrganizationTab /> },
          { key: 'roster', label: t('settings.roster'), children: <RosterTab /> },
          { key: 'intake', label: t('settings.intake'), children: <IntakeTab /> },
          { key: 'deadlines', label: t('settings.deadlines'), children: <DeadlinesTab /> },
          { key: 'courts', label: t('settings.courts'), children: <CourtsTab /> },
          { key: 'fees', label: t('settings.fees'), children: <ArbitrationFeesTab /> },
          { key: 'backups', label: t('settings.backups'), children: <BackupsTab /> },
          { key: 'audit', label: t('settings.auditLog'), children: <AuditTab /> },
          { key: 'about', label: t('settings.about'), children: <AboutTab /> },
        ]}
      />
    </>
  );
}
