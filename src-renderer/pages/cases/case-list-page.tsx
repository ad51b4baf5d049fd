import { ExportOutlined } from '@ant-design/icons';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Space, Spin, Table, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api';
import { CaseQuickActions } from '../../components/case-quick-actions';
import { useApiMutation, useApiQuery } from '../../hooks/use-api';
import { saveAs } from '../../save-as';
import { caseColumns, DEFAULT_COLUMNS, type CaseRow } from './case-columns';
import { CaseFilterBar, type CaseFilters } from './case-filters';

const PAGE = 200;
const SORTABLE: Record<string, CaseFilters['sort']> = { caseNumber: 'caseNumber', receivedOn: 'receivedOn', acceptedOn: 'acceptedOn', claim: 'claimAmount' };

function useWindowHeight(): number {
  const [height, setHeight] = useState(window.innerHeight);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** 案件: every case, filtered, sorted and searched; rows load as the list scrolls. */
export function CaseListPage() {
  // the remembered filters and columns are the list's starting state, so it waits for them
  const preferences = useApiQuery('preferences.get', {});
  if (!preferences.data) return <Spin />;
  return <CaseList initialFilters={preferences.data.caseListFilters ?? {}} initialColumns={preferences.data.caseListColumns?.length ? preferences.data.caseListColumns : DEFAULT_COLUMNS} />;
}

function CaseList({ initialFilters, initialColumns }: { initialFilters: CaseFilters; initialColumns: string[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const client = useQueryClient();
  const savePreferences = useApiMutation('preferences.update');
  const [filters, setFilters] = useState<CaseFilters>(initialFilters);
  const [columns, setColumns] = useState<string[]>(initialColumns);
  const [exporting, setExporting] = useState(false);
  const height = useWindowHeight();

  const remember = useCallback((patch: { caseListFilters?: CaseFilters; caseListColumns?: string[] }) => {
    savePreferences.mutate(patch, { onSuccess: () => void client.invalidateQueries({ queryKey: ['preferences.get'] }) });
  }, [savePreferences, client]);

  const changeFilters = useCallback((next: CaseFilters) => {
    setFilters(next);
    remember({ caseListFilters: next });
  }, [remember]);

  const list = useInfiniteQuery({
    queryKey: ['cases.list', filters],
    initialPageParam: 0,
    queryFn: ({ pageParam }) => call('cases.list', { ...filters, offset: pageParam, limit: PAGE }),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.rows.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.rows) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;
  const filtered = Object.values(filters).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));

  const allColumns = caseColumns(filters.query, (key) => t(`cases.col.${key}`)).map((c) => {
    const sortKey = SORTABLE[String(c.key)];
    return sortKey ? { ...c, sorter: true, sortOrder: filters.sort === sortKey ? (filters.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null } : c;
  });
  const shown = allColumns.filter((c) => columns.includes(String(c.key)));

  const exportView = async () => {
    setExporting(true);
    try {
      const file = await call('cases.export', filtered ? { filter: { ...filters, offset: 0, limit: 100_000 } } : { all: true });
      if (await saveAs(file.fileName, file.content, 'application/json')) message.success(t('cases.exported', { count: file.count }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <div className="page-heading">
        <Typography.Title level={3}>
          {t('nav.cases')}
          <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 12 }} data-testid="case-total">
            {t('cases.total', { count: total })}
          </Typography.Text>
        </Typography.Title>
        <Space>
          <Button icon={<ExportOutlined />} onClick={() => void exportView()} loading={exporting} disabled={total === 0}>
            {t('cases.exportView')}
          </Button>
          <CaseQuickActions />
        </Space>
      </div>
      <CaseFilterBar
        filters={filters}
        onChange={changeFilters}
        columns={columns}
        onColumnsChange={(next) => {
          setColumns(next);
          remember({ caseListColumns: next });
        }}
      />
      <Table<CaseRow>
        virtual
        size="small"
        rowKey="id"
        columns={shown}
        dataSource={rows}
        loading={list.isPending || list.isFetchingNextPage}
        pagination={false}
        scroll={{ x: shown.reduce((w, c) => w + Number(c.width ?? 120), 0), y: Math.max(240, height - 330) }}
        rowClassName={() => 'clickable-row'}
        onRow={(r) => ({ onClick: () => void navigate(`/cases/${r.id}`) })}
        onScroll={(e) => {
          const el = e.currentTarget;
          if (el.scrollTop + el.clientHeight > el.scrollHeight - 400 && list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
        }}
        onChange={(_p, _f, sorter) => {
          const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<CaseRow> | undefined;
          const sort = s?.order ? SORTABLE[String(s.columnKey)] : undefined;
          changeFilters({ ...filters, sort, order: s?.order === 'ascend' ? 'asc' : s?.order ? 'desc' : undefined });
        }}
        locale={{
          emptyText: filtered ? (
            <Empty description={t('cases.noMatch')}>
              <Button onClick={() => changeFilters({})}>{t('cases.clearFilters')}</Button>
            </Empty>
          ) : (
            <Empty description={t('cases.empty')}>
              <Space>
                <Button type="primary" onClick={() => void navigate('/cases/new')}>
                  {t('cases.register')}
                </Button>
                <Button onClick={() => void navigate('/cases/import')}>{t('cases.import')}</Button>
              </Space>
            </Empty>
          ),
        }}
      />
    </>
  );
}
