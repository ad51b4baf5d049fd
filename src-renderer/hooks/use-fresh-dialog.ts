import { useState } from 'react';

/**
 * A dialog opened afresh each time: `count` is its key, so the form inside starts from what is
 * saved rather than from what was typed the last time it was open.
 */
export function useFreshDialog() {
  const [state, setState] = useState({ open: false, count: 0 });
  return { ...state, show: () => setState((x) => ({ open: true, count: x.count + 1 })), hide: () => setState((x) => ({ ...x, open: false })) };
}
