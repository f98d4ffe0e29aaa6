// Just enough of busybox sh for the RUN steps that use mounts (cache-mount recordings and the
// action's helper Dockerfiles): `sh -c '...'`, `&&`, `;`, `>`/`>>`, and ls, mkdir, cp, date,
// echo, cat, touch, rm, chown (a no-op: the double keeps no owners), true. Any other program is
// taken to succeed without effect: the double does not run images.
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Words and operators of a command line; quotes group, `\` escapes outside single quotes. */
export function tokenize(text) {
  const tokens = [];
  let word = null;
  const push = () => {
    if (word !== null) tokens.push({ word });
    word = null;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      word = (word ?? '') + text.slice(i + 1, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
    } else if (c === '"') {
      let j = i + 1;
      let s = '';
      for (; j < text.length && text[j] !== '"'; j++) s += text[j] === '\\' ? text[++j] : text[j];
      word = (word ?? '') + s;
      i = j;
    } else if (c === '\\') word = (word ?? '') + (text[++i] ?? '');
    else if (/\s/.test(c)) push();
    else if (c === ';') {
      push();
      tokens.push({ op: ';' });
    } else if (c === '&' && text[i + 1] === '&') {
      push();
      tokens.push({ op: '&&' });
      i++;
    } else if (c === '>') {
      push();
      const append = text[i + 1] === '>';
      tokens.push({ op: append ? '>>' : '>' });
      if (append) i++;
    } else word = (word ?? '') + c;
  }
  push();
  return tokens;
}

/** Splits into commands with the operator that follows each. */
function commands(tokens) {
  const list = [];
  let cur = { words: [], redirect: null, then: null };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.op === '>' || t.op === '>>') cur.redirect = { append: t.op === '>>', path: tokens[++i]?.word };
    else if (t.op) {
      cur.then = t.op;
      list.push(cur);
      cur = { words: [], redirect: null, then: null };
    } else cur.words.push(t.word);
  }
  if (cur.words.length > 0) list.push(cur);
  return list;
}

/**
 * Runs `script`; `resolve(path)` maps a path in the container to a host path (mounts, the stage
 * root). Answers { code, output: lines written to stdout/stderr }.
 */
export function runScript(script, resolve, now = new Date()) {
  const output = [];
  let code = 0;
  let skip = false;
  const list = commands(tokenize(script));
  for (const cmd of list) {
    if (!skip) {
      const [name, ...args] = cmd.words;
      // `sh -c 'script'` runs the script in the same (emulated) file system.
      if ((name === 'sh' || name === '/bin/sh') && args[0] === '-c') {
        const inner = runScript(args[1] ?? '', resolve, now);
        output.push(...inner.output);
        code = inner.code;
      } else {
        const out = [];
        code = runOne(name, args, resolve, out, now);
        if (cmd.redirect?.path) {
          const file = resolve(cmd.redirect.path);
          mkdirSync(dirname(file), { recursive: true });
          const text = out.map((l) => `${l}\n`).join('');
          if (cmd.redirect.append) appendFileSync(file, text);
          else writeFileSync(file, text);
        } else output.push(...out);
      }
    }
    // `a && b` skips b when a failed; `;` always goes on.
    skip = cmd.then === '&&' ? code !== 0 || skip : false;
  }
  return { code, output };
}

function runOne(name, args, resolve, out, now) {
  const flags = args.filter((a) => a.startsWith('-'));
  const paths = args.filter((a) => !a.startsWith('-'));
  const fail = (msg) => (out.push(msg), 1);
  switch (name) {
    case undefined:
    case 'true':
    case ':':
    case 'chown':
      return 0;
    case 'date': {
      // busybox's format, as in 4-export.stamp.stdout: `Sun Nov 29 13:45:59 UTC 2026`.
      const [day, , month, , time] = now.toUTCString().replace(',', '').split(' ');
      const date = String(now.getUTCDate()).padStart(2, ' ');
      out.push(`${day} ${month} ${date} ${time} UTC ${now.getUTCFullYear()}`);
      return 0;
    }
    case 'echo':
      out.push(args.join(' '));
      return 0;
    case 'ls': {
      const dir = resolve(paths[0] ?? '.');
      if (!existsSync(dir)) return fail(`ls: ${paths[0]}: No such file or directory`);
      if (!statSync(dir).isDirectory()) return (out.push(paths[0]), 0);
      out.push(...readdirSync(dir).sort());
      return 0;
    }
    case 'cat':
      for (const p of paths) {
        if (!existsSync(resolve(p))) return fail(`cat: can't open '${p}': No such file or directory`);
        out.push(...readFileSync(resolve(p), 'utf8').replace(/\n$/, '').split('\n'));
      }
      return 0;
    case 'mkdir':
      for (const p of paths) mkdirSync(resolve(p), { recursive: flags.includes('-p') });
      return 0;
    case 'touch':
      for (const p of paths) if (!existsSync(resolve(p))) writeFileSync(resolve(p), '');
      return 0;
    case 'rm':
      for (const p of paths)
        rmSync(resolve(p), { recursive: true, force: flags.some((f) => f.includes('f')) });
      return 0;
    case 'cp': {
      const dest = paths.at(-1);
      for (const src of paths.slice(0, -1)) {
        const from = resolve(src);
        if (!existsSync(from)) return fail(`cp: can't stat '${src}': No such file or directory`);
        // `src/.` copies the directory's contents; a directory target receives `src` by name.
        const contents = src.endsWith('/.') || src === '.';
        const to =
          !contents && existsSync(resolve(dest)) && statSync(resolve(dest)).isDirectory()
            ? join(resolve(dest), basename(from))
            : resolve(dest);
        cpSync(from, to, { recursive: true, force: true, preserveTimestamps: true, verbatimSymlinks: true });
      }
      return 0;
    }
    default:
      return 0;
  }
}
