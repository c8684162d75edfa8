import { Input, Select, TextArea } from 'design-react-kit';
import type { ReactElement } from 'react';

/**
 * A form field of the design system with its error beside it: the graph names the argument at fault
 * (`extensions.field`), the form passes that message here, and the input is marked invalid and described by it.
 */
interface Common {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
}

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  return [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
}

function Messages({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint && (
        <small id={`${id}-hint`} className="form-text">
          {hint}
        </small>
      )}
      {error && (
        <div id={`${id}-error`} className="field-error" role="alert">
          {error}
        </div>
      )}
    </>
  );
}

export function TextField({
  id,
  label,
  error,
  hint,
  required,
  value,
  onChange,
  type = 'text',
  min,
  max,
}: Common & { value: string; onChange(value: string): void; type?: 'text' | 'date' | 'number' | 'email'; min?: string; max?: string }) {
  return (
    <div className="mb-4 pt-2">
      <Input
        id={id}
        type={type}
        label={label}
        value={value}
        min={min}
        max={max}
        required={required}
        onChange={(event) => onChange(event.target.value)}
        valid={error ? false : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextAreaField({
  id,
  label,
  error,
  hint,
  required,
  value,
  onChange,
}: Common & { value: string; onChange(value: string): void }) {
  return (
    <div className="mb-4 pt-2">
      <TextArea
        id={id}
        label={label}
        value={value}
        rows={3}
        required={required}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  error,
  hint,
  value,
  onChange,
  options,
}: Common & { value: string; onChange(value: string): void; options: { value: string; label: string }[] }) {
  const children = options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  )) as ReactElement<'option'>[];
  return (
    <div className="mb-4 pt-2">
      <Select
        id={id}
        label={label}
        value={value}
        onChange={onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      >
        {children}
      </Select>
      <Messages id={id} error={error} hint={hint} />
    </div>
  );
}
