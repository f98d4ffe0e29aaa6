// Just enough Dockerfile reading for the double: instruction names and flags (to reject what
// BuildKit's parser rejects, with the excerpt of errors/dockerfile-syntax-error.stderr) and steps.
const KNOWN = [
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
];

function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

// Flags the built-in (non-labs) Dockerfile frontend of BuildKit v0.24 accepts; `RUN --security`
// is labs-only (build2/flags/run-security-insecure.stderr).
const FLAGS = { RUN: ['mount', 'network'], FROM: ['platform'] };

/** Leading `--name=value` words of an instruction: { flags: [{name, value}], rest }. */
export function splitFlags(args) {
  const flags = [];
  let rest = args;
  for (let m = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest); m; m = /^--([a-z-]+)(?:=(\S*))?\s*/.exec(rest)) {
    flags.push({ name: m[1], value: m[2] ?? '' });
    rest = rest.slice(m[0].length);
  }
  return { flags, rest };
}

/**
 * @returns {{ instructions: {name:string,keyword:string,args:string,line:number,endLine:number}[] }
 *   | { error: {line:number,message:string} }}
 */
export function parseDockerfile(text) {
  const lines = text.split('\n');
  const instructions = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i];
    if (/^\s*(#|$)/.test(line)) continue;
    // a continuation drops only the backslash and the newline (BuildKit's step titles)
    while (/\\\s*$/.test(line) && i + 1 < lines.length) line = line.replace(/\\\s*$/, '') + lines[++i];
    const m = /^\s*(\S+)\s*(.*)$/.exec(line);
    const word = m[1];
    const name = word.toUpperCase();
    if (!KNOWN.includes(name)) {
      const near = KNOWN.find((k) => distance(k, name) <= 1);
      return {
        error: {
          line: start + 1,
          message: `dockerfile parse error on line ${start + 1}: unknown instruction: ${word}${near ? ` (did you mean ${near.toLowerCase() === word ? near : near}?)` : ''}`,
        },
      };
    }
    const args = m[2].trim();
    const unknown = FLAGS[name] && splitFlags(args).flags.find((f) => !FLAGS[name].includes(f.name));
    if (unknown)
      return {
        error: {
          line: start + 1,
          message: `dockerfile parse error on line ${start + 1}: unknown flag: --${unknown.name}`,
        },
      };
    instructions.push({ name, keyword: word, args, line: start + 1, endLine: i + 1 });
  }
  if (!instructions.some((x) => x.name === 'FROM'))
    return {
      error: { line: 1, message: 'dockerfile parse error on line 1: no build stage in current context' },
    };
  return { instructions };
}

/**
 * The `Dockerfile:N` excerpt BuildKit prints (solver/errdefs Source.Print): the range marked
 * `>>>`, padded to 2 lines either side for a single line (1 for a longer range) where the file
 * allows.
 */
export function excerpt(fileName, text, line, endLine = line) {
  const lines = text.split('\n');
  let start = line;
  let end = Math.min(endLine, lines.length);
  const pad = start === end ? 4 : 2;
  for (let p = 0; p < pad; p++) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
  }
  const out = [`${fileName}:${line}`, '--------------------'];
  for (let n = start; n <= end; n++)
    out.push(`${String(n).padStart(4)} | ${n >= line && n <= endLine ? '>>>' : '   '} ${lines[n - 1]}`);
  out.push('--------------------');
  return `${out.join('\n')}\n`;
}
