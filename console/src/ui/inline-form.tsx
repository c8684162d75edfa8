import { Button } from 'design-react-kit';
import { useState } from 'react';
import { TextField } from './field';

/**
 * A one-field form beside its button, as the list screens use it to answer a record in place (a reason, an outcome,
 * a day, a capacity): the field shows the graph's error for it; the form submits what was typed.
 */
export function InlineTextForm({
  id,
  label,
  submitLabel,
  error,
  busy,
  onSubmit,
  color = 'primary',
  type = 'text',
  initial = '',
}: {
  id: string;
  label: string;
  submitLabel: string;
  error?: string;
  busy: boolean;
  onSubmit(value: string): void;
  color?: 'primary' | 'danger';
  type?: 'text' | 'date' | 'number';
  initial?: string;
}) {
  const [value, setValue] = useState(initial);
  return (
    <form
      className="row g-2 align-items-start"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(value);
      }}
    >
      <div className="col-md-8">
        <TextField id={id} type={type} label={label} value={value} onChange={setValue} error={error} />
      </div>
      <div className="col-md-4">
        <Button color={color} outline size="sm" type="submit" disabled={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
