import type { ApiInput } from '../../../../src-main/api/registry';
import { pruneEmpty } from '../../../form-fields';

/** The registration form's values: the API input, plus the scans each party carries while editing. */
export interface Scan {
  sha256: string;
  name: string;
}
type IntakeInput = ApiInput<'cases.register'>['case'];
export type PartyValues = IntakeInput['parties'][number] & { scans?: Scan[] };
export interface RegistrationValues {
  case: Omit<IntakeInput, 'parties'> & { parties: PartyValues[] };
}

export const emptyParty = (role: 'applicant' | 'respondent' | 'third_party', kind: PartyValues['kind'] = 'legal'): PartyValues => ({
  role,
  kind,
  name: '',
  agents: [],
  scans: [],
});

/** The API input: blank optional fields dropped, scans moved to `documents` by party index. */
export function toRegistration(values: RegistrationValues): ApiInput<'cases.register'> {
  const parties = values.case.parties ?? [];
  const documents = parties.flatMap((p, partyIndex) => (p.scans ?? []).map((s) => ({ partyIndex, sha256: s.sha256, name: s.name })));
  const intake = pruneEmpty({
    ...values.case,
    // the e-service switch alone is not an address for service: without an address there is none
    parties: parties.map(({ scans: _scans, serviceAddress, ...p }) => ({
      ...p,
      ...(serviceAddress?.address?.trim() ? { serviceAddress } : {}),
      agents: p.agents ?? [],
    })),
    requests: (values.case.requests ?? []).filter((r) => typeof r === 'string' && r.trim() !== ''),
  });
  return { case: intake as IntakeInput, documents };
}

/** Which step of the form shows a field the server refused (`case.parties.0.idNumber` → 1). */
export function stepOfField(path: string): number {
  if (path.startsWith('case.parties')) return 1;
  if (/^case\.(ipRights|subject|requests|claimAmount)/.test(path)) return 2;
  if (path.startsWith('documents')) return 1;
  return 0;
}
