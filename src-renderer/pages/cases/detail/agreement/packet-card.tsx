import { ExportOutlined } from '@ant-design/icons';
import { App, Button, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACKET_ROUTES, type PacketRoute } from '../../../../../src-main/domain/packet';
import { ENFORCEMENT_ROUTES } from '../../../../../src-main/domain/vocabulary';
import { base64ToBytes } from '../../../../files';
import { useApiMutation, useApiQuery } from '../../../../hooks/use-api';
import { saveAs } from '../../../../save-as';

/**
 * 申请材料: what the judicial confirmation (or notarization) packet holds and what is ready, and
 * the export that makes every document of it with the materials list, as one zip.
 */
export function PacketCard({ caseId, initialRoute }: { caseId: string; initialRoute: PacketRoute }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [route, setRoute] = useState<PacketRoute>(initialRoute);
  const items = useApiQuery('agreements.materials', { caseId, route });
  const packet = useApiMutation('agreements.packet', ['documents.list', 'documents.options', 'cases.history']);
  const exportPacket = async () => {
    try {
      const made = await packet.mutateAsync({ caseId, route });
      if (await saveAs(made.fileName, base64ToBytes(made.dataBase64), 'application/zip')) message.success(t('packet.exported', { n: made.files.length }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Card
      size="small"
      title={t('packet.title')}
      style={{ marginBottom: 16 }}
      data-testid="packet-card"
      extra={
        <Space>
          <Segmented<PacketRoute> aria-label={t('packet.route')} value={route} onChange={setRoute} options={PACKET_ROUTES.map((r) => ({ value: r, label: ENFORCEMENT_ROUTES[r] }))} />
          <Button type="primary" icon={<ExportOutlined />} loading={packet.isPending} disabled={!items.data} onClick={() => void exportPacket()}>
            {t('packet.export')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('packet.help')}</Typography.Paragraph>
      {items.error ? (
        <Typography.Text type="warning">{items.error.message}</Typography.Text>
      ) : (
        <Table
          size="small"
          rowKey="name"
          pagination={false}
          loading={items.isPending}
          dataSource={items.data ?? []}
          columns={[
            { title: '序号', render: (_v, _r, i) => i + 1, width: 64 },
            { title: '材料名称', dataIndex: 'name' },
            { title: '份数', dataIndex: 'copies', width: 64 },
            {
              title: '状态',
              width: 160,
              render: (_v, r) => (
                <Space size={4}>
                  <Tag color={r.ready ? 'success' : 'warning'}>{r.ready ? t('packet.ready') : t('packet.missing')}</Tag>
                  {r.note}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
