/**
 * A small evaluator for the Handlebars subset docker/metadata-action documents: mustaches
 * `{{name}}`, `{{name 'arg' key='value'}}` and the unescaped `{{{name}}}`. A name resolves to a
 * string or to a helper called with its arguments; an unknown name renders as nothing, as in
 * Handlebars. Blocks (`{{#if}}`) and partials are not part of that grammar and are refused.
 */

export type Helper = (args: string[], hash: Record<string, string>) => string;
export type Scope = Readonly<Record<string, string | Helper | undefined>>;

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

// Handlebars escapes these in `{{...}}` output (handlebars/lib/handlebars/utils.js escapeExpression).
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
  '`': '&#x60;',
  '=': '&#x3D;',
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`=]/g, (c) => ESCAPES[c] ?? c);
}

export interface Mustache {
  name: string;
  args: Token[];
  hash: Record<string, Token>;
  escape: boolean;
}

type Token = { kind: 'string'; value: string } | { kind: 'path'; value: string };

type Part = string | Mustache;

/** Splits a template into literal text and mustaches; throws TemplateError on bad syntax. */
export function parseTemplate(template: string): Part[] {
  const parts: Part[] = [];
  let i = 0;
  let text = '';
  while (i < template.length) {
    const open = template.indexOf('{{', i);
    if (open < 0) {
      text += template.slice(i);
      break;
    }
    // `\{{` is a literal `{{` in Handlebars.
    if (open > 0 && template[open - 1] === '\\') {
      text += template.slice(i, open - 1) + '{{';
      i = open + 2;
      continue;
    }
    text += template.slice(i, open);
    const triple = template.startsWith('{{{', open);
    const closer = triple ? '}}}' : '}}';
    const close = template.indexOf(closer, open + closer.length);
    if (close < 0)
      throw new TemplateError(`unclosed ${triple ? '{{{' : '{{'} in ${JSON.stringify(template)}`);
    const body = template.slice(open + closer.length, close).trim();
    i = close + closer.length;
    if (body.startsWith('!')) continue; // comment
    if (/^[#/^>&]/.test(body)) throw new TemplateError(`unsupported expression {{${body}}}`);
    if (text) parts.push(text);
    text = '';
    parts.push(parseMustache(body, !triple));
  }
  if (text) parts.push(text);
  return parts;
}

function parseMustache(body: string, escape: boolean): Mustache {
  const tokens = tokenize(body);
  const first = tokens.shift();
  if (!first || first.key !== undefined || first.token.kind !== 'path') {
    throw new TemplateError(`expected a name in {{${body}}}`);
  }
  const args: Token[] = [];
  const hash: Record<string, Token> = {};
  for (const { key, token } of tokens) {
    if (key === undefined) args.push(token);
    else hash[key] = token;
  }
  return { name: first.token.value, args, hash, escape };
}

function tokenize(body: string): { key?: string; token: Token }[] {
  const out: { key?: string; token: Token }[] = [];
  const re = /\s*(?:([A-Za-z_][\w-]*)=)?(?:'([^']*)'|"([^"]*)"|([^\s'"=]+))/y;
  let pos = 0;
  while (pos < body.length) {
    if (/^\s*$/.test(body.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(body);
    if (!m) throw new TemplateError(`cannot read {{${body}}} at ${JSON.stringify(body.slice(pos))}`);
    pos = re.lastIndex;
    const quoted = m[2] ?? m[3];
    const token: Token =
      quoted !== undefined ? { kind: 'string', value: quoted } : { kind: 'path', value: m[4] ?? '' };
    out.push(m[1] !== undefined ? { key: m[1], token } : { token });
  }
  return out;
}

function resolve(token: Token, scope: Scope): string {
  if (token.kind === 'string') return token.value;
  if (/^-?\d+(\.\d+)?$/.test(token.value) || token.value === 'true' || token.value === 'false')
    return token.value;
  const value = scope[token.value];
  return typeof value === 'string' ? value : '';
}

/** Renders a template against a scope. */
export function render(template: string, scope: Scope): string {
  if (!template.includes('{{')) return template;
  let out = '';
  for (const part of parseTemplate(template)) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = Object.hasOwn(scope, part.name) ? scope[part.name] : undefined;
    let rendered: string;
    if (typeof value === 'function') {
      const hash: Record<string, string> = {};
      for (const [key, token] of Object.entries(part.hash)) hash[key] = resolve(token, scope);
      rendered = value(
        part.args.map((a) => resolve(a, scope)),
        hash,
      );
    } else {
      rendered = value ?? '';
    }
    out += part.escape ? escapeHtml(rendered) : rendered;
  }
  return out;
}

/** True when the pattern is exactly one `{{raw}}` mustache (spaces allowed), as metadata-action checks. */
export function isRawStatement(pattern: string): boolean {
  try {
    const parts = parseTemplate(pattern);
    const only = parts[0];
    return parts.length === 1 && only !== undefined && typeof only !== 'string' && only.name === 'raw';
  } catch {
    return false;
  }
}
