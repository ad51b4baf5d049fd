import { useState } from 'react';

/**
 * A dialog opened afresh each time: `count` is its key, so the form inside starts from what is
 * saved rather than from what was typed the last time it was open.
 */
export function useFreshDialog() {
  const [state, setState] = useState({ open: false, count: 0 });
  return { ...state, show: () => setState((x) => ({ open: true, count: x.count + 1 })), hide: () => setState((x) => ({ ...x, open: false })) };
}

/**
 * The same for a dialog about one thing — a session, a document, a step to take: `subject` is
 * what it was opened for, kept while the dialog closes (null before it is first opened).
 */
export function useFreshDialogAbout<T>() {
  const [state, setState] = useState<{ subject: T | null; open: boolean; count: number }>({ subject: null, open: false, count: 0 });
  return { ...state, show: (subject: T) => setState((x) => ({ subject, open: true, count: x.count + 1 })), hide: () => setState((x) => ({ ...x, open: false })) };
}
