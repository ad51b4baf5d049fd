import { useCtrlKey } from './use-keyboard';

/** Ctrl+S (⌘S on macOS) saves the form on screen instead of the browser's "save page". */
export function useSaveShortcut(save: () => void, enabled = true): void {
  useCtrlKey('s', () => {
    if (enabled) save();
  });
}
