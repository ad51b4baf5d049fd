import { Button, Drawer, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/use-api';

/** The saved versions of one paragraph, newest first; any of them can be taken back into the editor. */
export function WordingHistory({ kind, wordingKey, defaultText, open, onClose, onUse }: {
  kind: string;
  wordingKey: string;
  defaultText: string;
  open: boolean;
  onClose: () => void;
  onUse: (text: string) => void;
}) {
  const { t } = useTranslation();
  const history = useApiQuery('wording.history', { kind, key: wordingKey }, { enabled: open });
  return (
    <Drawer title={t('wording.history')} open={open} onClose={onClose} size={520}>
      {history.data?.length === 0 ? (
        <Empty description={t('wording.noHistory')} />
      ) : (
        <Timeline
          items={(history.data ?? []).map((v) => ({
            key: v.version,
            content: (
              <>
                <Typography.Text strong>
                  {t('wording.versionLine', { version: v.version, at: v.savedAt.slice(0, 16).replace('T', ' ') })}
                </Typography.Text>
                <Typography.Paragraph type={v.text === null ? 'secondary' : undefined} className="wording-text">
                  {v.text ?? t('wording.wasReset')}
                </Typography.Paragraph>
                <Button size="small" onClick={() => onUse(v.text ?? defaultText)}>
                  {t('wording.useVersion')}
                </Button>
              </>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
