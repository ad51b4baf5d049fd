import {
  BarChartOutlined,
  CalendarOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  SettingOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Select, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCtrlKey } from '../hooks/use-keyboard';
import type { Language } from '../i18n';

export interface AppLayoutProps {
  organizationName: string;
  language: Language;
  onLanguageChange(language: Language): void;
  children: ReactNode;
}

/** The frame: left navigation, a top bar with the organization, the user and the language. */
export function AppLayout({ organizationName, language, onLanguageChange, children }: AppLayoutProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const section = location.pathname.split('/')[1] || 'workbench';
  useCtrlKey('n', () => void navigate('/cases/new'));
  // on the case list, Ctrl+K focuses its search box; anywhere else it takes you there
  useCtrlKey('k', () => {
    if (location.pathname !== '/cases') void navigate('/cases', { state: { focusSearch: true } });
  });
  const items = [
    { key: 'workbench', icon: <HomeOutlined />, label: t('nav.workbench') },
    { key: 'cases', icon: <FolderOpenOutlined />, label: t('nav.cases') },
    { key: 'calendar', icon: <CalendarOutlined />, label: t('nav.calendar') },
    { key: 'documents', icon: <FileTextOutlined />, label: t('nav.documents') },
    { key: 'statistics', icon: <BarChartOutlined />, label: t('nav.statistics') },
    { key: 'settings', icon: <SettingOutlined />, label: t('nav.settings') },
  ];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={200} theme="dark">
        <div className="app-brand">{collapsed ? '调' : t('app.name')}</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[section]}
          items={items}
          onClick={({ key }) => void navigate(`/${key}`)}
          aria-label={t('app.name')}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Title level={4} className="app-org-name" data-testid="organization-name">
            {organizationName}
          </Typography.Title>
          <Space size="large">
            <Select<Language>
              value={language}
              onChange={onLanguageChange}
              aria-label={t('header.language')}
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en-US', label: 'English' },
              ]}
              style={{ width: 110 }}
            />
            <Space>
              <UserOutlined />
              <span>{t('header.operator')}</span>
            </Space>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
