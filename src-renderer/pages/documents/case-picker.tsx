import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/use-api';

/** Choose a case by number or party name (the same search as the case list); the newest is chosen until one is picked. */
export function CasePicker({ value, onChange }: { value: string | undefined; onChange: (id: string | undefined) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const found = useApiQuery('cases.list', { limit: 20, ...(query ? { query } : {}) }, { keepPrevious: true });
  const rows = found.data?.rows ?? [];
  const newest = rows[0]?.id;
  useEffect(() => {
    if (value === undefined && newest) onChange(newest);
  }, [value, newest, onChange]);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQuery }}
      value={value}
      onChange={onChange}
      loading={found.isFetching}
      style={{ minWidth: 320 }}
      placeholder={t('documents.pickCase')}
      aria-label={t('documents.previewCase')}
      notFoundContent={t('documents.noCases')}
      options={rows.map((r) => ({ value: r.id, label: `${r.caseNumber ?? t('register.unnumbered')}　${[...r.applicants, ...r.respondents].join('、')}` }))}
    />
  );
}
