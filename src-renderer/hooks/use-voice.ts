import type { TOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ARBITRATION_STATUSES, CASE_STATUSES, HEARING_NOTICES, HEARING_OUTCOMES, SESSION_NOTICES, SESSION_OUTCOMES } from '../../src-main/domain/vocabulary';
import { useApiQuery } from './use-api';

/**
 * How the screens speak for this office. An arbitration commission hears cases rather than
 * mediating them: its sessions are hearings, its roster is of arbitrators, its clerk is 书记员.
 * `t` looks up a `_hearing` variant of each text first (i18next's context), falling back to the
 * mediation wording where the two say the same.
 */
export function useVoice() {
  const { t } = useTranslation();
  const org = useApiQuery('organization.get', {});
  const commission = org.data?.kind === 'arbitration';
  const context = commission ? 'hearing' : undefined;
  return {
    commission,
    t: (key: string, options: TOptions = {}) => t(key, { ...options, context }),
    statuses: commission ? ARBITRATION_STATUSES : CASE_STATUSES,
    outcomes: commission ? HEARING_OUTCOMES : SESSION_OUTCOMES,
    notices: commission ? HEARING_NOTICES : SESSION_NOTICES,
  };
}
