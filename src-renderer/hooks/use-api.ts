import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiInput, ApiMethodName, ApiOutput } from '../../src-main/api/registry';
import { call, type ApiError } from '../api';

export interface QueryOptions {
  /** False while the input is not known yet. */
  enabled?: boolean;
  /** Keep showing the last result while the next one loads (previews that change as one types). */
  keepPrevious?: boolean;
}

export function useApiQuery<N extends ApiMethodName>(name: N, input: ApiInput<N>, options: QueryOptions = {}) {
  return useQuery<ApiOutput<N>, ApiError>({
    queryKey: [name, input],
    queryFn: () => call(name, input),
    enabled: options.enabled ?? true,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}

/** A write; on success the queries named in `invalidates` are fetched again. */
export function useApiMutation<N extends ApiMethodName>(name: N, invalidates: ApiMethodName[] = []) {
  const client = useQueryClient();
  return useMutation<ApiOutput<N>, ApiError, ApiInput<N>>({
    mutationFn: (input) => call(name, input),
    onSuccess: async () => {
      await Promise.all(invalidates.map((key) => client.invalidateQueries({ queryKey: [key] })));
    },
  });
}
