import { characterCount, NOTE_TEXT, readText, SHORT_TEXT } from './text.js';

const refusal = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return { message: (error as Error).message, extensions: (error as { extensions?: unknown }).extensions };
  }
  return null;
};

describe('the bound of a text field', () => {
  it('counts characters as a person sees them: a family emoji of 11 UTF-16 units is one, up to the bound', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(family.length).toBe(11);
    expect(readText(family.repeat(NOTE_TEXT.max), 'note', NOTE_TEXT)).toHaveLength(11 * NOTE_TEXT.max);
    expect(refusal(() => readText(family.repeat(NOTE_TEXT.max + 1), 'note', NOTE_TEXT))).toEqual({
      message: 'note must be at most 2000 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'note' },
    });
  });

  it('refuses text far beyond the bound with the same answer, before counting it', () => {
    expect(refusal(() => readText('a'.repeat(1_000_000), 'title', SHORT_TEXT))).toEqual({
      message: 'title must be at most 200 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'title' },
    });
    // Counting stops once past the bound it checks.
    expect(characterCount('a'.repeat(10_000), 200)).toBe(201);
  });

  it('refuses half of a character (a lone surrogate) but takes a whole one', () => {
    expect(refusal(() => readText('Luca \uD83D', 'name', SHORT_TEXT))?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(readText('Luca \uD83D\uDE00', 'name', SHORT_TEXT)).toBe('Luca 😀');
  });
});
