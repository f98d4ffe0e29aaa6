import { describe, expect, test } from 'vitest';
import { InputError } from '../../../src/base/input-error.js';
import { parseMode } from '../../../src/inputs/mode.js';
import { inputsFromRecord, parseList, readBoolean } from '../../../src/inputs/reader.js';

describe('list grammar', () => {
  test.each([
    ['one per line', 'a\nb\n\n c ', {}, ['a', 'b', 'c']],
    ['commas kept by default', 'type=ref,event=branch', {}, ['type=ref,event=branch']],
    ['commas split on request', 'a,b\nc', { splitCommas: true }, ['a', 'b', 'c']],
    ['CSV quoting keeps a comma', '"a,b",c', { splitCommas: true }, ['a,b', 'c']],
    ['comments dropped in rule lists', '# note\ntype=sha\n  # indented', { comments: true }, ['type=sha']],
    ['comments kept elsewhere', '#x', {}, ['#x']],
    ['CRLF lines', 'a\r\nb', {}, ['a', 'b']],
  ])('%s', (_name, text, options, expected) => {
    expect(parseList(text, 'tags', options)).toEqual(expected);
  });
});

describe('booleans', () => {
  test.each([
    ['', true, true],
    ['false', true, false],
    ['True', false, true],
  ])('%j with fallback %s is %s', (value, fallback, expected) => {
    expect(readBoolean(inputsFromRecord({ 'dry-run': value }), 'dry-run', fallback)).toBe(expected);
  });

  test('anything else names the input', () => {
    expect(() => readBoolean(inputsFromRecord({ 'dry-run': 'yes' }), 'dry-run', false)).toThrow(
      'input "dry-run": "yes" is not a boolean; expected "true" or "false"',
    );
  });
});

describe('mode', () => {
  test('accepts the four modes', () => {
    expect(parseMode(' merge ')).toBe('merge');
  });
  test.each([
    ['', 'input "mode": is required; expected one of build, export-digest, merge, metadata'],
    ['push', 'input "mode": "push" is not a mode; expected one of build, export-digest, merge, metadata'],
  ])('%j is refused', (value, message) => {
    expect(() => parseMode(value)).toThrow(new InputError('mode', '', '').constructor as never);
    expect(() => parseMode(value)).toThrow(message);
  });
});
