import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** The honest page for an area that later work will build: what it will do, and nothing fake. */
export function NotBuilt({ area, description }: { area: string; description: string }) {
  const { t } = useTranslation();
  return <Result status="info" title={t('notBuilt.title', { area })} subTitle={description} />;
}
