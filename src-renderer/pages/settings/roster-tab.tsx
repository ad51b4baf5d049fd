import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useVoice } from '../../hooks/use-voice';
import type { MediatorInput, RelationKind } from '../../../src-main/domain/mediator';
import type { CaseCategory } from '../../../src-main/domain/categories';
import type { ApiOutput } from '../../../src-main/api/registry';
import { MediatorDrawer } from '../../components/mediator-drawer';
import { MediatorTable } from '../../components/mediator-table';
import { showFieldErrors } from '../../form-rules';
import { useApiMutation, useApiQuery } from '../../hooks/use-api';
import { useFormSubmit } from '../../hooks/use-form-submit';

type Mediator = ApiOutput<'mediators.list'>[number];

const toInput = (m: Mediator): MediatorInput => ({
  name: m.name,
  mediatorNo: m.mediatorNo ?? '',
  phone: m.phone ?? undefined,
  specialties: m.specialties as CaseCategory[],
  relations: m.relations.map((r) => ({
    name: r.name,
    kind: r.kind as RelationKind,
    idNumber: r.idNumber ?? undefined,
    uscc: r.uscc ?? undefined,
    note: r.note ?? undefined,
  })),
});

/** 设置 → 调解员名册: add, edit and deactivate mediators. */
export function RosterTab() {
  const { t } = useVoice();
  const { message } = App.useApp();
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<{ mediator: Mediator | null } | null>(null);
  const list = useApiQuery('mediators.list', { includeInactive: showInactive });
  const create = useApiMutation('mediators.create', ['mediators.list']);
  const update = useApiMutation('mediators.update', ['mediators.list']);
  const setActive = useApiMutation('mediators.setActive', ['mediators.list']);

  const submit = useFormSubmit();
  const save = async (values: MediatorInput, form: Parameters<typeof showFieldErrors>[0]) => {
    try {
      if (editing?.mediator) await update.mutateAsync({ id: editing.mediator.id, mediator: values });
      else await create.mutateAsync(values);
      message.success(t('common.saved'));
      setEditing(null);
    } catch (err) {
      showFieldErrors(form, err, editing?.mediator ? 'mediator.' : '');
      message.error(err instanceof Error ? err.message : String(err));
      throw err; // keeps the drawer open
    }
  };

  const toggle = (m: Mediator) => submit(() => setActive.mutateAsync({ id: m.id, active: !m.active }));

  const mediators = list.data ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">{t('mediators.count', { count: mediators.length })}</Typography.Text>
        <Space>
          <Checkbox checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)}>
            {t('mediators.showInactive')}
          </Checkbox>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ mediator: null })}>
            {t('mediators.add')}
          </Button>
        </Space>
      </Space>
      <MediatorTable
        rows={mediators.map((m) => ({ key: m.id, ...m }))}
        actions={(row) => {
          const m = mediators.find((x) => x.id === row.key);
          if (!m) return null;
          return (
            <Space>
              <Button size="small" onClick={() => setEditing({ mediator: m })}>
                {t('common.edit')}
              </Button>
              {m.active ? (
                <Popconfirm title={t('mediators.deactivateConfirm')} onConfirm={() => void toggle(m)}>
                  <Button size="small" danger>
                    {t('mediators.deactivate')}
                  </Button>
                </Popconfirm>
              ) : (
                <Button size="small" onClick={() => void toggle(m)}>
                  {t('mediators.activate')}
                </Button>
              )}
            </Space>
          );
        }}
      />
      <MediatorDrawer
        open={editing !== null}
        title={editing?.mediator ? t('mediators.edit') : t('mediators.add')}
        initial={editing?.mediator ? toInput(editing.mediator) : undefined}
        saving={create.isPending || update.isPending}
        onClose={() => setEditing(null)}
        onSubmit={save}
      />
    </Space>
  );
}
