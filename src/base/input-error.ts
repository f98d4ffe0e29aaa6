/**
 * The one error type for bad input: it names the input, shows the offending value (never a
 * secret) and says what was expected, on one line, before the action does anything.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    readonly input: string,
    readonly problem: string,
    readonly expected: string,
  ) {
    super(`input "${input}": ${problem}; expected ${expected}`);
  }
}

/** Quotes a user value for an error message, shortened so that one line stays one line. */
export function quote(value: string): string {
  const oneLine = value.replace(/\s*\n\s*/g, '⏎');
  return JSON.stringify(oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine);
}
