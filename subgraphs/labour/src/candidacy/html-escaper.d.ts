/** html-escaper ships no type declarations: the one function this subgraph uses. */
declare module 'html-escaper' {
  /** `&`, `<`, `>`, `'` and `"` as HTML entities. */
  export function escape(text: string): string;
}
