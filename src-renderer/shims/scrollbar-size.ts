/**
 * Stand-in for @rc-component/util's scrollbar measurement, which copies an element's
 * `::-webkit-scrollbar` size through an injected <style> — refused by our CSP. This measures a
 * scrolling box whose styles are set through the CSSOM and whose scrollbar styling follows the
 * target's `scrollbar-width`, which covers how our own styles size scrollbars.
 */
interface ScrollBarSize {
  width: number;
  height: number;
}

function measure(target?: Element): ScrollBarSize {
  const box = document.createElement('div');
  const style = box.style;
  style.position = 'absolute';
  style.left = '0';
  style.top = '0';
  style.width = '100px';
  style.height = '100px';
  style.overflow = 'scroll';
  style.visibility = 'hidden';
  if (target) {
    const computed = getComputedStyle(target);
    style.scrollbarColor = computed.scrollbarColor;
    style.scrollbarWidth = computed.scrollbarWidth;
  }
  document.body.appendChild(box);
  const size = { width: box.offsetWidth - box.clientWidth, height: box.offsetHeight - box.clientHeight };
  document.body.removeChild(box);
  return size;
}

let cached: ScrollBarSize | undefined;

export default function getScrollBarSize(fresh?: boolean): number {
  if (typeof document === 'undefined') return 0;
  if (fresh || cached === undefined) cached = measure();
  return cached.width;
}

export function getTargetScrollBarSize(target: HTMLElement): ScrollBarSize {
  if (typeof document === 'undefined' || !(target instanceof Element)) return { width: 0, height: 0 };
  return measure(target);
}
