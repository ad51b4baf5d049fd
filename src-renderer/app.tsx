import { StyleProvider } from '@ant-design/cssinjs';
import { App as AntApp, Button, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from './components/app-layout';
import { useApiMutation, useApiQuery } from './hooks/use-api';
import { i18n, type Language } from './i18n';
import { CaseListPage } from './pages/cases/case-list-page';
import { CasePage } from './pages/cases/detail/case-page';
import { CalendarPage } from './pages/calendar/calendar-page';
import { ImportPage } from './pages/cases/import-page';
import { DocumentsPage } from './pages/documents/documents-page';
import { RegisterCasePage } from './pages/cases/register/register-page';
import { StatisticsPage } from './pages/statistics/statistics-page';
import { SettingsPage } from './pages/settings/settings-page';
import { RecoveryPage } from './pages/recovery/recovery-page';
import { SetupPage } from './pages/setup/setup-page';
import { WorkbenchPage } from './pages/workbench/workbench-page';
import { appTheme } from './theme';

/**
 * Where antd would inject run-time <style> tags: a node outside the document. The CSP refuses
 * inline styles, and every rule is already in the stylesheet built from the same theme.
 */
const detachedStyleSink = document.createElement('div');

function Centered({ children }: { children: React.ReactNode }) {
  return <div className="app-center">{children}</div>;
}

function Workspace({ organizationName, language }: { organizationName: string; language: Language }) {
  const setLanguage = useApiMutation('preferences.update', ['preferences.get']);
  return (
    <HashRouter>
      <AppLayout organizationName={organizationName} language={language} onLanguageChange={(l) => setLanguage.mutate({ language: l })}>
        <Routes>
          <Route path="/" element={<Navigate to="/workbench" replace />} />
          <Route path="/workbench" element={<WorkbenchPage />} />
          <Route path="/cases" element={<CaseListPage />} />
          <Route path="/cases/new" element={<RegisterCasePage />} />
          <Route path="/cases/import" element={<ImportPage />} />
          <Route path="/cases/:id/:tab?" element={<CasePage />} />
          <Route path="/calendar" element={<CalendarPage />} />
          <Route path="/documents/:tab?" element={<DocumentsPage />} />
          <Route path="/statistics" element={<StatisticsPage />} />
          <Route path="/settings/:tab?" element={<SettingsPage />} />
          <Route path="*" element={<Navigate to="/workbench" replace />} />
        </Routes>
      </AppLayout>
    </HashRouter>
  );
}

function Shell() {
  const { t } = useTranslation();
  // the start-up check first: a damaged database opens nothing but the recovery page
  const recovery = useApiQuery('system.recovery', {});
  const healthy = recovery.data?.damaged === null;
  const preferences = useApiQuery('preferences.get', {}, { enabled: healthy });
  const status = useApiQuery('setup.status', {}, { enabled: healthy });
  const language: Language = preferences.data?.language ?? 'zh-CN';

  useEffect(() => {
    void i18n.changeLanguage(language);
    dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
    document.documentElement.lang = language;
  }, [language]);

  let body: React.ReactNode;
  if (recovery.data?.damaged) {
    body = <RecoveryPage problems={recovery.data.damaged.problems} />;
  } else if (recovery.isError) {
    body = (
      <Centered>
        <Result status="error" title={t('app.loadFailed')} subTitle={recovery.error.message} extra={<Button onClick={() => void recovery.refetch()}>{t('app.retry')}</Button>} />
      </Centered>
    );
  } else if (status.isPending || preferences.isPending) {
    body = (
      <Centered>
        <Spin size="large" description={t('app.loading')} />
      </Centered>
    );
  } else if (status.isError) {
    body = (
      <Centered>
        <Result
          status="error"
          title={t('app.loadFailed')}
          subTitle={status.error.message}
          extra={<Button onClick={() => void status.refetch()}>{t('app.retry')}</Button>}
        />
      </Centered>
    );
  } else if (!status.data.initialized || !status.data.organization) {
    body = <SetupPage />;
  } else {
    body = <Workspace organizationName={status.data.organization.name} language={language} />;
  }
  return (
    <StyleProvider container={detachedStyleSink}>
      <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={appTheme} componentSize="middle" button={{ autoInsertSpace: false }}>
        <AntApp>{body}</AntApp>
      </ConfigProvider>
    </StyleProvider>
  );
}

export { Shell as App };
