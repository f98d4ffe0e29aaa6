import { InputError, quote } from '../base/input-error.js';

export const MODES = ['build', 'export-digest', 'merge', 'metadata'] as const;
export type Mode = (typeof MODES)[number];

export function parseMode(value: string): Mode {
  const mode = value.trim();
  if ((MODES as readonly string[]).includes(mode)) return mode as Mode;
  const problem = mode === '' ? 'is required' : `${quote(mode)} is not a mode`;
  throw new InputError('mode', problem, `one of ${MODES.join(', ')}`);
}
