// `--call=check|outline|targets`: the Dockerfile linter (the four rules of
// build2/check/lint.stdout, detected from the text) and the reports buildx prints on stdout.
import { excerpt } from './dockerfile.mjs';
import { closure, findStage } from './stages.mjs';
import { dockerfileDefinition } from './llb.mjs';
import { emptyImage } from './image.mjs';
import { assemble } from './multi.mjs';
import { runExporter, writeMetadata } from './outputs.mjs';

const RULES = {
  FromAsCasing: {
    description: "The 'as' keyword should match the case of the 'from' keyword",
    url: 'https://docs.docker.com/go/dockerfile/rule/from-as-casing/',
  },
  LegacyKeyValueFormat: {
    description: 'Legacy key/value format with whitespace separator should not be used',
    url: 'https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/',
  },
  FromPlatformFlagConstDisallowed: {
    description: 'FROM --platform flag should not use a constant value',
    url: 'https://docs.docker.com/go/dockerfile/rule/from-platform-flag-const-disallowed/',
  },
  JSONArgsRecommended: {
    description:
      'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
    url: 'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
  },
};

const isJsonArray = (s) => {
  try {
    return Array.isArray(JSON.parse(s));
  } catch {
    return false;
  }
};
const casing = (w) => (w === w.toUpperCase() ? 'upper' : w === w.toLowerCase() ? 'lower' : 'mixed');

/**
 * Warnings in the order BuildKit reports them in `format=json`: rules of the parser first
 * (FromAsCasing), then of stage setup (FromPlatformFlagConstDisallowed), then of dispatch
 * (LegacyKeyValueFormat, JSONArgsRecommended), each in file order.
 */
export function lint(model) {
  const parse = [];
  const setup = [];
  const dispatch = [];
  const warn = (list, rule, x, detail) => list.push({ rule, detail, line: x.line, endLine: x.endLine });
  for (const s of model.stages) {
    const from = s.instruction;
    const c = casing(from.keyword);
    if (s.asWord && c !== 'mixed' && casing(s.asWord) !== c)
      warn(parse, 'FromAsCasing', from, `'${s.asWord}' and '${from.keyword}' keywords' casing do not match`);
    const p = s.platform;
    if (p && !p.includes('$')) {
      const [os, arch] = p.split('/');
      if (!(s.name && (s.name.includes(os) || (arch && s.name.includes(arch)))))
        warn(
          setup,
          'FromPlatformFlagConstDisallowed',
          from,
          `FROM --platform flag should not use constant value "${p}"`,
        );
    }
    let shell = false;
    for (const x of s.instructions) {
      if (x.name === 'SHELL') shell = true;
      if ((x.name === 'ENV' || x.name === 'LABEL') && !/^\S+=/.test(x.args))
        warn(
          dispatch,
          'LegacyKeyValueFormat',
          x,
          `"${x.name} key=value" should be used instead of legacy "${x.name} key value" format`,
        );
      if ((x.name === 'CMD' || x.name === 'ENTRYPOINT') && !shell && !isJsonArray(x.args))
        warn(
          dispatch,
          'JSONArgsRecommended',
          x,
          `JSON arguments recommended for ${x.name} to prevent unintended behavior related to OS signals`,
        );
    }
  }
  return [...parse, ...setup, ...dispatch];
}

/** The `result.json` of the lint subrequest (Go json.MarshalIndent of lint.LintResults). */
export function lintResult(warnings, dockerfile) {
  return {
    warnings: warnings.length
      ? warnings.map((w) => ({
          ruleName: w.rule,
          description: RULES[w.rule].description,
          url: RULES[w.rule].url,
          detail: w.detail,
          location: { ranges: [{ start: { line: w.line }, end: { line: w.endLine } }] },
        }))
      : null,
    sources: [
      {
        filename: dockerfile.name,
        data: Buffer.from(dockerfile.text).toString('base64'),
        definition: dockerfileDefinition(dockerfile.name),
        language: 'Dockerfile',
      },
    ],
  };
}

/** `result.txt`: the warnings by line, each with its excerpt (lint.LintResults.PrintTo). */
export function lintText(warnings, dockerfile) {
  return [...warnings]
    .sort((a, b) => a.line - b.line)
    .map(
      (w) =>
        `\nWARNING: ${w.rule} - ${RULES[w.rule].url}\n${w.detail}\n${excerpt(dockerfile.name, dockerfile.text, w.line, w.endLine)}`,
    )
    .join('');
}

export function checkReport(warnings, dockerfile, format) {
  if (format === 'json') return `${JSON.stringify(lintResult(warnings, dockerfile), null, 2)}\n`;
  if (warnings.length === 0) return 'Check complete, no warnings found.\n';
  const count =
    warnings.length === 1 ? '1 warning has been found!' : `${warnings.length} warnings have been found!`;
  return `Check complete, ${count}\n${lintText(warnings, dockerfile)}`;
}

/** text/tabwriter with minwidth 0, tabwidth 0, the given padding, padchar ' '. */
function table(rows, padding) {
  const widths = [];
  for (const r of rows) r.slice(0, -1).forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows
    .map((r) => `${r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i] + padding) : c)).join('')}\n`)
    .join('');
}

export const targetStage = (model, target) =>
  target ? findStage(model.stages, target) : model.stages[model.stages.length - 1];

/** `--call=outline`: the target stage and the build args it uses, with their descriptions. */
export function outline(model, stage) {
  const needed = closure(model.stages, stage);
  const used = new Set(needed.flatMap((s) => [...s.baseRaw.matchAll(/\$\{?(\w+)/g)].map((m) => m[1])));
  for (const s of needed) for (const a of s.args) used.add(a.name);
  const args = [];
  for (const a of model.metaArgs) if (used.has(a.name)) args.push(a);
  for (const s of needed)
    for (const a of s.args) {
      const meta = args.find((m) => m.name === a.name);
      if (!meta) args.push(a);
      else if (a.value !== undefined) Object.assign(meta, { value: a.value });
    }
  let out = '';
  const head = [];
  if (stage.name) head.push(['TARGET:', stage.name]);
  if (stage.description) head.push(['DESCRIPTION:', stage.description]);
  if (head.length) out += `${table(head, 1)}\n`;
  if (args.length)
    out += `${table(
      [['BUILD ARG', 'VALUE', 'DESCRIPTION'], ...args.map((a) => [a.name, a.value ?? '', a.description])],
      3,
    )}\n`;
  return out;
}

/** `--call=targets`: named stages with descriptions; the last one is the default. */
export function targets(model) {
  const last = model.stages.length - 1;
  const rows = model.stages
    .filter((s, i) => s.name || i === last)
    .map((s) => [s.index === last ? `${s.name ? `${s.name} ` : ''}(default)` : s.name, s.description]);
  return table([['TARGET', 'DESCRIPTION'], ...rows], 1);
}

/** `--call` value: `check`, `check,format=json`, `outline`, `targets`, `build`. */
export function parseCall(value) {
  const [name, ...opts] = String(value ?? 'build').split(',');
  const format = opts.find((o) => o.startsWith('format='))?.slice(7);
  return { name: name.trim().toLowerCase(), format };
}

/**
 * `--call=check`: prints the report, exits 1 with warnings. An image exporter still runs on an
 * empty image (pushed if it pushes); the metadata file then holds the check result and that
 * image, no buildx.build.* keys (observation 2). Throws outputs.mjs ExportFailure.
 */
export async function runCheck(ctx, { model, dockerfile, call, exporters, platforms, metadataFile }) {
  const warnings = lint(model);
  const meta = {};
  for (const e of exporters.filter((x) => x.type === 'image'))
    Object.assign(meta, await runExporter(ctx, e, assemble([emptyImage(platforms[0])])));
  if (metadataFile)
    writeMetadata(metadataFile, {
      ...meta,
      'result.json': lintResult(warnings, dockerfile),
      'result.statuscode': warnings.length ? '1' : '0',
      'result.txt': lintText(warnings, dockerfile),
      version: '1.0.0',
    });
  ctx.io.out(checkReport(warnings, dockerfile, call.format));
  return warnings.length ? 1 : 0;
}
