import { Alert, Button, Card, Popconfirm, Space, Tag, Timeline, Typography } from 'antd';
import { useFreshDialogAbout } from '../../../../hooks/use-fresh-dialog';
import { useTranslation } from 'react-i18next';
import type { ExchangeCase } from '../../../../../src-main/domain/exchange';
import { ENFORCEMENT_RESULTS, ENFORCEMENT_ROUTES } from '../../../../../src-main/domain/vocabulary';
import { todayString } from '../../../../form-fields';
import { useApiMutation, useApiQuery } from '../../../../hooks/use-api';
import { useFormSubmit } from '../../../../hooks/use-form-submit';
import { STEP_INVALIDATES, StepDialog, type StepDialogProps } from './step-dialog';

type Open = Omit<StepDialogProps, 'caseId' | 'onDone'>;
const FAILED = new Set(['rejected', 'not_accepted', 'withdrawn']);

/**
 * 效力确认进展: applying (to the court of the court card, or a notary office), then each step the
 * court takes — accepted, more material asked for by a date, ruled — or a withdrawal; after a
 * rejection, what the parties can do next. Or the parties' decision not to apply at all.
 */
export function EnforcementCard({ caseId, c, status }: { caseId: string; c: ExchangeCase; status: string }) {
  const { t } = useTranslation();
  const dialog = useFreshDialogAbout<Open>();
  const open = dialog.show;
  const requests = useApiQuery('enforcement.materialRequests', { caseId });
  const court = useApiQuery('cases.court', { caseId }).data?.court ?? null;
  const supply = useApiMutation('enforcement.record', [...STEP_INVALIDATES]);
  const submit = useFormSubmit();
  const e = c.enforcement;
  const pending = e?.result === 'pending';
  const notary = e?.route === 'notarization';
  const body = notary ? '公证机构' : '人民法院';

  const applyButtons = status === 'agreed' && (
    <Space wrap>
      <Button type="primary" onClick={() => open({ kind: 'apply', title: t('tracking.applyCourt'), help: t('tracking.applyCourtHelp'), initial: { route: 'judicial_confirmation', ...(court ? { body: court } : {}) }, labels: { body: '人民法院' } })}>
        {t('tracking.applyCourt')}
      </Button>
      <Button onClick={() => open({ kind: 'apply', title: t('tracking.applyNotary'), help: t('tracking.applyNotaryHelp'), initial: { route: 'notarization' }, labels: { body: '公证机构' } })}>{t('tracking.applyNotary')}</Button>
      <Button onClick={() => open({ kind: 'decline', title: t('tracking.decline'), help: t('tracking.declineHelp') })}>{t('tracking.decline')}</Button>
    </Space>
  );

  return (
    <Card size="small" title={t('tracking.title')} style={{ marginBottom: 16 }} data-testid="tracking-card">
      {e?.route === 'none' && <Alert type="info" showIcon title={t('tracking.declined', { reason: e.reason ?? '' })} style={{ marginBottom: 12 }} />}
      {e?.result === 'confirmed' && <Alert type="success" showIcon title={notary ? t('tracking.notarized') : t('tracking.confirmed')} style={{ marginBottom: 12 }} />}
      {e?.result && FAILED.has(e.result) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="tracking-next"
          title={`${ENFORCEMENT_ROUTES[e.route]}：${ENFORCEMENT_RESULTS[e.result]}${e.reason ? `（${e.reason}）` : ''}`}
          description={t('tracking.nextSteps')}
        />
      )}
      {e && e.route !== 'none' && e.appliedOn && (
        <Timeline
          items={[
            { color: 'blue', content: `${e.appliedOn}　向${e.court ?? e.notaryOffice ?? ''}申请${ENFORCEMENT_ROUTES[e.route]}` },
            ...(e.acceptedOn ? [{ color: 'blue', content: `${e.acceptedOn}　${body}受理${e.caseNumber ? `，案号${e.caseNumber}` : ''}` }] : []),
            ...(requests.data ?? []).map((r) => ({
              color: r.suppliedOn ? 'green' : 'orange',
              content: (
                <Space wrap>
                  <span>{`${r.requestedOn}　要求补充：${r.what}（${r.dueOn}前）`}</span>
                  {r.suppliedOn ? (
                    <Tag color="success">{`${r.suppliedOn} 已补交`}</Tag>
                  ) : (
                    pending && (
                      <Popconfirm title={t('tracking.supplyConfirm')} onConfirm={() => void submit(() => supply.mutateAsync({ caseId, step: { kind: 'supply_material', requestId: r.id, on: todayString() } }), t('tracking.supplied'))}>
                        <Button size="small">{t('tracking.supply')}</Button>
                      </Popconfirm>
                    )
                  )}
                </Space>
              ),
            })),
            ...(e.ruledOn && e.result && e.result !== 'pending'
              ? [{ color: e.result === 'confirmed' ? 'green' : 'red', content: `${e.ruledOn}　${ENFORCEMENT_RESULTS[e.result]}${e.rulingNumber ? `，${e.rulingNumber}` : ''}${e.reason ? `：${e.reason}` : ''}` }]
              : []),
          ]}
        />
      )}
      {pending && (
        <Space wrap>
          {!e.acceptedOn && <Button onClick={() => open({ kind: 'accept', title: t('tracking.accept'), help: t('tracking.acceptHelp') })}>{t('tracking.accept')}</Button>}
          <Button onClick={() => open({ kind: 'request_material', title: t('tracking.request'), help: t('tracking.requestHelp') })}>{t('tracking.request')}</Button>
          <Button type="primary" onClick={() => open({ kind: 'rule', title: t('tracking.rule'), help: t('tracking.ruleHelp'), labels: notary ? { on: '办结日期', rulingNumber: '公证书编号' } : {} })}>
            {t('tracking.rule')}
          </Button>
          <Button danger onClick={() => open({ kind: 'withdraw', title: t('tracking.withdraw'), help: t('tracking.withdrawHelp') })}>
            {t('tracking.withdraw')}
          </Button>
        </Space>
      )}
      {!pending && e?.result !== 'confirmed' && applyButtons}
      {!e && status !== 'agreed' && <Typography.Text type="secondary">{t('tracking.notYet')}</Typography.Text>}
      {dialog.open && dialog.subject && <StepDialog key={dialog.count} caseId={caseId} {...dialog.subject} onDone={dialog.hide} />}
    </Card>
  );
}
