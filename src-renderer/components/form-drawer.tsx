import { Button, Drawer, Space } from 'antd';
import { useTranslation } from 'react-i18next';

interface FormDrawerProps {
  open: boolean;
  title: React.ReactNode;
  onClose: () => void;
  onSave: () => void;
  saving: boolean;
  saveLabel?: string;
  saveDisabled?: boolean;
  /** Keep the form mounted while closed, so it can be filled before it opens. */
  forceRender?: boolean;
  saveTestId?: string;
  /** Wider than `large` for an editor with its preview beside it (`'90%'`). */
  size?: 'large' | string;
  children: React.ReactNode;
}

/** The app's editing drawer: the form on the right, 取消 and the save button at the top. */
export function FormDrawer({ open, title, onClose, onSave, saving, saveLabel, saveDisabled, forceRender, saveTestId, size = 'large', children }: FormDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      title={title}
      size={size}
      onClose={onClose}
      {...(forceRender ? { forceRender: true } : { destroyOnHidden: true })}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={onSave} disabled={saveDisabled ?? false} data-testid={saveTestId}>
            {saveLabel ?? t('common.save')}
          </Button>
        </Space>
      }
    >
      {children}
    </Drawer>
  );
}
