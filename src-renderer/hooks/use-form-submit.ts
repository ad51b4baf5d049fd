import { App, type FormInstance } from 'antd';
import { showFieldErrors } from '../form-rules';

/**
 * Runs a save: on success an optional confirmation; on failure the API's Chinese message, and
 * the fields it names marked in the form (`strip` removes the input's wrapper from the paths).
 * Resolves whether it succeeded.
 */
export function useFormSubmit(form?: FormInstance, strip = '') {
  const { message } = App.useApp();
  return async (work: () => Promise<unknown>, success?: string): Promise<boolean> => {
    try {
      await work();
      if (success) message.success(success);
      return true;
    } catch (err) {
      if (form) showFieldErrors(form, err, strip);
      message.error(err instanceof Error ? err.message : String(err));
      return false;
    }
  };
}
