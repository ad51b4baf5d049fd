import { useLayoutEffect } from 'react';

/**
 * Stand-in for @rc-component/portal's scroll locker, which locks the page behind a drawer or
 * modal by injecting a <style> element — refused by our CSP. Styles set through the CSSOM are
 * allowed, so this sets the same two properties on <body> directly. Locks nest: the body is
 * released when the last open portal closes.
 */
let holders = 0;
let saved: { overflowY: string; width: string } | null = null;

function lock(): void {
  holders += 1;
  if (holders > 1) return;
  const body = document.body;
  saved = { overflowY: body.style.overflowY, width: body.style.width };
  const scrollbar = window.innerWidth - document.documentElement.clientWidth;
  body.style.overflowY = 'hidden';
  if (scrollbar > 0) body.style.width = `calc(100% - ${scrollbar}px)`;
}

function unlock(): void {
  holders = Math.max(0, holders - 1);
  if (holders > 0 || !saved) return;
  document.body.style.overflowY = saved.overflowY;
  document.body.style.width = saved.width;
  saved = null;
}

export default function useScrollLocker(shouldLock?: boolean): void {
  const active = Boolean(shouldLock);
  useLayoutEffect(() => {
    if (!active) return undefined;
    lock();
    return unlock;
  }, [active]);
}
