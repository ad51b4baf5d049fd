import { Tag, Tooltip } from 'antd';
import { TRACKS, type CaseStatus, type Track } from '../../src-main/domain/vocabulary';
import { useVoice } from '../hooks/use-voice';

const STATUS_COLORS: Record<CaseStatus, string> = {
  registered: 'default',
  accepted: 'processing',
  refused: 'error',
  mediating: 'processing',
  agreed: 'success',
  terminated: 'warning',
  enforcement: 'purple',
  performing: 'geekblue',
  closed: 'default',
  archived: 'default',
};

/** The case's status as this office names it (a commission's case is 审理中, not 调解中). */
export function StatusTag({ status }: { status: string }) {
  const { statuses } = useVoice();
  return <Tag color={STATUS_COLORS[status as CaseStatus] ?? 'default'}>{statuses[status as CaseStatus] ?? status}</Tag>;
}

/** 简 / 繁 with the reason (and any override note) on hover. */
export function TrackTag({ track, reason }: { track: string; reason?: string | undefined }) {
  const tag = <Tag color={track === 'complex' ? 'orange' : 'blue'}>{track === 'complex' ? '繁' : '简'}</Tag>;
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : <span aria-label={TRACKS[track as Track]}>{tag}</span>;
}
