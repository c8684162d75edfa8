import { DateScalar, DateTimeScalar, isIsoDate } from './scalars.js';

describe('Date scalar', () => {
  it.each(['2025-02-28', '2024-02-29', '1999-12-31'])('accepts the real day %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
    expect(DateScalar.parseValue(value)).toBe(value);
  });

  it.each(['2025-02-29', '2025-02-30', '2025-13-01', '2025-1-1', '01/02/2025', '2025-02-28T00:00:00Z', ''])(
    'rejects %j with a message that shows the expected form',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
      expect(() => DateScalar.parseValue(value)).toThrow(/YYYY-MM-DD/);
    },
  );

  it('serializes what PostgreSQL returns for a date column', () => {
    expect(DateScalar.serialize('2025-06-01')).toBe('2025-06-01');
  });
});

describe('DateTime scalar', () => {
  it('keeps the instant whatever the offset it was written with', () => {
    expect(DateTimeScalar.parseValue('2026-03-01T10:30:00+01:00').toISOString()).toBe('2026-03-01T09:30:00.000Z');
  });

  it.each(['2026-03-01T09:30:00', '2026-03-01', '2026-02-30T09:30:00Z', 'yesterday'])('rejects %j', (value) => {
    expect(() => DateTimeScalar.parseValue(value)).toThrow(/ISO 8601/);
  });
});
