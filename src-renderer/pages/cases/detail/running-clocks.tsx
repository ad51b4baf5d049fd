import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { clockLevel, RUNNING_CLOCKS } from '../../../../src-main/domain/deadlines';
import { useApiQuery } from '../../../hooks/use-api';

const COLORS = { running: 'default', soon: 'warning', urgent: 'orange', critical: 'error', expired: 'error' } as const;

/** The clock running for the case in its header — e.g. 申请司法确认 剩余 12 天 — coloured at 7, 3 and 1 days. */
export function RunningClocks({ id, status }: { id: string; status: string }) {
  const { t } = useTranslation();
  const kinds = RUNNING_CLOCKS[status];
  const deadlines = useApiQuery('cases.deadlines', { id }, { enabled: kinds !== undefined });
  const clock = kinds?.map((k) => deadlines.data?.deadlines.find((d) => d.kind === k)).find(Boolean);
  if (!clock) return null;
  const kind = clock.kind;
  const left = dayjs(clock.due).diff(dayjs().startOf('day'), 'day');
  const level = clockLevel(left);
  return (
    <Tag icon={<ClockCircleOutlined />} color={COLORS[level]} data-testid="running-clock">
      {level === 'expired' ? t('clocks.expired', { kind: t(`clocks.${kind}`), due: clock.due }) : t('clocks.left', { kind: t(`clocks.${kind}`), days: left })}
    </Tag>
  );
}
