import { App, Button, Card, Descriptions, Image, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../../src-main/api/registry';
import type { ExchangeCase } from '../../../../src-main/domain/exchange';
import { NOTICE_MANNERS, type NoticeManner } from '../../../../src-main/domain/rights-notice';
import { AGENT_KINDS, GENDERS, ID_TYPES, PARTY_KINDS, PARTY_ROLES, REPRESENTATIVE_TITLES, SPECIAL_POWERS, type PartyKind } from '../../../../src-main/domain/vocabulary';
import { call } from '../../../api';
import { useApiQuery } from '../../../hooks/use-api';
import { saveAs } from '../../../save-as';
import { RightsNoticeDialog } from './rights-notice-dialog';

type PartyRecord = { id: string; documents: { sha256: string; name: string; addedAt: string }[] };

/** 当事人: each party with its agents and identity papers; a paper opens only if its hash still holds. */
export function PartiesTab({ caseId, c, records }: { caseId: string; c: ExchangeCase; records: PartyRecord[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [preview, setPreview] = useState<{ name: string; url: string } | null>(null);
  const notices = useApiQuery('cases.rightsNotices', { caseId });
  // each opening mounts a fresh form (a new key); the party stays set while the dialog closes
  const [notice, setNotice] = useState<{ party: { partyId: string; name: string }; open: boolean; count: number } | null>(null);

  const open = async (doc: PartyRecord['documents'][number]) => {
    try {
      const file = await call('files.read', { sha256: doc.sha256 });
      const bytes = Uint8Array.from(atob(file.dataBase64), (ch) => ch.charCodeAt(0));
      if (file.mime.startsWith('image/')) setPreview({ name: doc.name, url: URL.createObjectURL(new Blob([bytes], { type: file.mime })) });
      else await saveAs(doc.name, bytes, file.mime);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {c.parties.map((p, i) => (
        <Card key={i} size="small" title={<Space>{PARTY_ROLES[p.role]}<span>{p.name}</span><Tag>{PARTY_KINDS[p.kind]}</Tag></Space>}>
          <Descriptions column={2} size="small">
            {p.kind === 'natural' ? (
              <>
                <Descriptions.Item label="性别">{p.gender ? GENDERS[p.gender] : '—'}</Descriptions.Item>
                <Descriptions.Item label="出生日期">{p.birthDate ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={p.idType ? ID_TYPES[p.idType] : '证件号码'}>{p.idNumber ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="民族、职业">{[p.ethnicity, p.occupation, p.employer].filter(Boolean).join('　') || '—'}</Descriptions.Item>
              </>
            ) : (
              <>
                <Descriptions.Item label="统一社会信用代码">{p.uscc ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={REPRESENTATIVE_TITLES[p.kind as Exclude<PartyKind, 'natural'>]}>
                  {p.representative ? `${p.representative.name}（${p.representative.title}）` : '—'}
                </Descriptions.Item>
              </>
            )}
            <Descriptions.Item label={p.kind === 'natural' ? '住址' : '住所地'}>{p.address ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="电话">{p.phone ?? '—'}</Descriptions.Item>
            {p.serviceAddress && (
              <Descriptions.Item label="送达地址" span={2}>
                {p.serviceAddress.address}
                {p.serviceAddress.recipient ? `　收件人：${p.serviceAddress.recipient}` : ''}
                {p.serviceAddress.acceptsElectronicService ? '　同意电子送达' : '　不同意电子送达'}
              </Descriptions.Item>
            )}
            {p.agents.map((a, j) => (
              <Descriptions.Item key={j} label="委托代理人" span={2}>
                {a.name}（{AGENT_KINDS[a.kind]}
                {a.firm ? `，${a.firm}` : ''}）　{a.authority === 'special' ? `特别授权：${(a.specialPowers ?? []).map((s) => SPECIAL_POWERS[s]).join('、')}` : '一般授权'}
              </Descriptions.Item>
            ))}
            <Descriptions.Item label={t('rightsNotice.label')} span={2}>
              <RightsNoticeLine status={notices.data?.find((n) => n.partyId === records[i]?.id)} onRecord={(party) => setNotice((n) => ({ party, open: true, count: (n?.count ?? 0) + 1 }))} />
            </Descriptions.Item>
            <Descriptions.Item label={t('caseView.idPapers')} span={2}>
              {records[i]?.documents.length
                ? records[i]?.documents.map((d) => (
                    <Button key={d.sha256} type="link" onClick={() => void open(d)}>
                      {d.name}
                    </Button>
                  ))
                : t('common.none')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      ))}
      {notice && <RightsNoticeDialog key={notice.count} caseId={caseId} party={notice.party} open={notice.open} onClose={() => setNotice((n) => n && { ...n, open: false })} />}
      <Modal open={preview !== null} title={preview?.name} footer={null} onCancel={() => setPreview(null)} width={720}>
        {preview && <Image src={preview.url} alt={preview.name} preview={false} />}
      </Modal>
    </Space>
  );
}

type NoticeStatus = ApiOutput<'cases.rightsNotices'>[number];

/** Whether this party has had the notice of rights and duties, and the button to record it. */
function RightsNoticeLine({ status, onRecord }: { status: NoticeStatus | undefined; onRecord: (party: { partyId: string; name: string }) => void }) {
  const { t } = useTranslation();
  if (!status) return null;
  const n = status.notice;
  return (
    <Space wrap>
      {n ? (
        <Tag color={n.acknowledged ? 'success' : 'gold'}>
          {n.givenOn} {NOTICE_MANNERS[n.manner as NoticeManner] ?? n.manner}
          {n.acknowledged ? t('rightsNotice.acknowledgedShort') : t('rightsNotice.notAcknowledged')}
        </Tag>
      ) : (
        <Tag color="red">{t('rightsNotice.notGiven')}</Tag>
      )}
      <Button size="small" onClick={() => onRecord({ partyId: status.partyId, name: status.name })} aria-label={`${t('rightsNotice.record')} ${status.name}`}>
        {t('rightsNotice.record')}
      </Button>
    </Space>
  );
}
