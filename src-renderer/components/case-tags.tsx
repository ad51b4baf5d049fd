import { Tag, Tooltip } from 'antd';
import { CASE_STATUSES, TRACKS, type CaseStatus, type Track } from '../../src-main/domain/vocabulary';

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

export function StatusTag({ status }: { status: string }) {
  return <Tag color={STATUS_COLORS[status as CaseStatus] ?? 'default'}>{CASE_STATUSES[status as CaseStatus] ?? status}</Tag>;
}

/** 简 / 繁 with the reason (and any override note) on hover. */
export function TrackTag({ track, reason }: { track: string; reason?: string | undefined }) {
  const tag = <Tag color={track === 'complex' ? 'orange' : 'blue'}>{track === 'complex' ? '繁' : '简'}</Tag>;
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : <span aria-label={TRACKS[track as Track]}>{tag}</span>;
}
