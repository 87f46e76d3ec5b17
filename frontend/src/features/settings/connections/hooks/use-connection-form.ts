// The state both connection forms keep (connect, update credentials): open or not, the values
// typed, the errors next to fields and the one above them. Closing the form, or a success,
// forgets what was typed, so the secrets leave memory with the form.
import { useState } from 'react';
import type { FormValues } from '../connection-kinds.ts';

export function useConnectionForm(empty: () => FormValues, onReset?: () => void) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<FormValues>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();

  function reset() {
    setValues(empty());
    setErrors({});
    setFormError(undefined);
    onReset?.();
  }

  return {
    open,
    values,
    errors,
    formError,
    setValue: (field: string, value: string | boolean) =>
      setValues((v) => ({ ...v, [field]: value })),
    onOpenChange(next: boolean) {
      setOpen(next);
      if (!next) reset();
    },
    /** Shows what the form found before sending; true when it may be sent. */
    checked(found: Record<string, string>): boolean {
      setFormError(undefined);
      setErrors(found);
      return Object.keys(found).length === 0;
    },
    succeeded() {
      setOpen(false);
      reset();
    },
    refused(placed: { errors: Record<string, string>; formError: string | undefined }) {
      setErrors(placed.errors);
      setFormError(placed.formError);
    },
  };
}
