import { ClearOutlined, SearchOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Input, Popover, Select, Space, type InputRef } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { ApiInput } from '../../../src-main/api/registry';
import { CASE_CATEGORIES } from '../../../src-main/domain/categories';
import { CASE_SOURCES } from '../../../src-main/domain/vocabulary';
import { useVoice } from '../../hooks/use-voice';
import { useApiQuery } from '../../hooks/use-api';
import { useCtrlKey } from '../../hooks/use-keyboard';
import { CASE_COLUMN_KEYS } from './case-columns';

export type CaseFilters = Omit<ApiInput<'cases.list'>, 'offset' | 'limit'>;

const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }));
const range = (from?: string, to?: string): [dayjs.Dayjs | null, dayjs.Dayjs | null] | null => (from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null);

export interface CaseFilterBarProps {
  filters: CaseFilters;
  onChange(next: CaseFilters): void;
  columns: string[];
  onColumnsChange(next: string[]): void;
}

/** The bar above the case list: search (Ctrl+K), status, category, source, mediator, dates, columns. */
export function CaseFilterBar({ filters, onChange, columns, onColumnsChange }: CaseFilterBarProps) {
  const { t } = useTranslation();
  const { statuses } = useVoice();
  const searchRef = useRef<InputRef>(null);
  const [text, setText] = useState(filters.query ?? '');
  const mediators = useApiQuery('mediators.list', { includeInactive: true });
  const location = useLocation();
  useCtrlKey('k', () => searchRef.current?.focus());
  useEffect(() => {
    if ((location.state as { focusSearch?: boolean } | null)?.focusSearch) searchRef.current?.focus();
  }, [location.state]);

  // the search applies as the user pauses typing
  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filters.query ?? '') !== text.trim()) onChange({ ...filters, query: text.trim() || undefined });
    }, 300);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);

  const set = (patch: Partial<CaseFilters>) => onChange({ ...filters, ...patch });
  const dates = (from: 'receivedFrom' | 'acceptedFrom', to: 'receivedTo' | 'acceptedTo') => (value: readonly (dayjs.Dayjs | null)[] | null) =>
    set({ [from]: value?.[0]?.format('YYYY-MM-DD'), [to]: value?.[1]?.format('YYYY-MM-DD') });

  return (
    <div className="case-list-toolbar" role="search">
      <Input
        ref={searchRef}
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('cases.searchPlaceholder')}
        aria-label={t('cases.search')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ width: 380 }}
        data-testid="case-search"
      />
      <Select mode="multiple" allowClear maxTagCount="responsive" placeholder={t('cases.col.status')} aria-label={t('cases.col.status')} style={{ minWidth: 150 }} options={options(statuses)} value={filters.statuses ?? []} onChange={(v) => set({ statuses: v.length ? v : undefined })} />
      <Select mode="multiple" allowClear maxTagCount="responsive" placeholder={t('cases.col.category')} aria-label={t('cases.col.category')} style={{ minWidth: 170 }} options={options(CASE_CATEGORIES)} value={filters.categories ?? []} onChange={(v) => set({ categories: v.length ? v : undefined })} />
      <Select mode="multiple" allowClear maxTagCount="responsive" placeholder={t('cases.col.source')} aria-label={t('cases.col.source')} style={{ minWidth: 150 }} options={options(CASE_SOURCES)} value={filters.sources ?? []} onChange={(v) => set({ sources: v.length ? v : undefined })} />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('cases.col.mediators')}
        aria-label={t('cases.col.mediators')}
        style={{ minWidth: 130 }}
        options={(mediators.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
        value={filters.mediatorId}
        onChange={(v: string | undefined) => set({ mediatorId: v })}
      />
      <DatePicker.RangePicker allowEmpty={[true, true]} placeholder={[t('cases.receivedFrom'), t('cases.receivedTo')]} value={range(filters.receivedFrom, filters.receivedTo)} onChange={dates('receivedFrom', 'receivedTo')} />
      <DatePicker.RangePicker allowEmpty={[true, true]} placeholder={[t('cases.acceptedFrom'), t('cases.acceptedTo')]} value={range(filters.acceptedFrom, filters.acceptedTo)} onChange={dates('acceptedFrom', 'acceptedTo')} />
      <Space>
        <Popover
          trigger="click"
          title={t('cases.columns')}
          content={
            <Checkbox.Group
              style={{ display: 'grid', gap: 4 }}
              value={columns}
              onChange={(v) => onColumnsChange(v.length ? (v as string[]) : columns)}
              options={CASE_COLUMN_KEYS.map((k) => ({ value: k, label: t(`cases.col.${k}`) }))}
            />
          }
        >
          <Button icon={<SettingOutlined />}>{t('cases.columns')}</Button>
        </Popover>
        <Button
          icon={<ClearOutlined />}
          onClick={() => {
            setText('');
            onChange({});
          }}
        >
          {t('cases.clearFilters')}
        </Button>
      </Space>
    </div>
  );
}
