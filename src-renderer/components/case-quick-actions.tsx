import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** 导入 and 登记案件, wherever a clerk starts new work. */
export function CaseQuickActions() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => void navigate('/cases/import')}>
        {t('cases.import')}
      </Button>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/cases/new')}>
        {t('cases.register')}
      </Button>
    </>
  );
}
