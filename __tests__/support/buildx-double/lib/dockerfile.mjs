// Just enough Dockerfile reading for the double: instruction names (to reject what BuildKit's
// parser rejects, with the excerpt of errors/dockerfile-syntax-error.stderr) and build steps.
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

/** @returns {{ instructions: {name:string,args:string,line:number}[] } | { error: {line:number,message:string} }} */
export function parseDockerfile(text) {
  const lines = text.split('\n');
  const instructions = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i];
    if (/^\s*(#|$)/.test(line)) continue;
    while (/\\\s*$/.test(line) && i + 1 < lines.length) line = line.replace(/\\\s*$/, ' ') + lines[++i];
    const m = /^\s*(\S+)\s*(.*)$/.exec(line);
    const word = m[1];
    if (!KNOWN.includes(word.toUpperCase())) {
      const near = KNOWN.find((k) => distance(k, word.toUpperCase()) <= 1);
      return {
        error: {
          line: start + 1,
          message: `dockerfile parse error on line ${start + 1}: unknown instruction: ${word}${near ? ` (did you mean ${near.toLowerCase() === word ? near : near}?)` : ''}`,
        },
      };
    }
    instructions.push({ name: word.toUpperCase(), args: m[2].trim(), line: start + 1 });
  }
  if (!instructions.some((x) => x.name === 'FROM'))
    return {
      error: { line: 1, message: 'dockerfile parse error on line 1: no build stage in current context' },
    };
  return { instructions };
}

/** The `Dockerfile:N` excerpt BuildKit prints before the final error. */
export function excerpt(fileName, text, line) {
  const lines = text.split('\n');
  const out = [`${fileName}:${line}`, '--------------------'];
  for (let n = Math.max(1, line - 4); n <= Math.min(lines.length, line + 1); n++)
    out.push(`${String(n).padStart(4)} | ${n === line ? '>>>' : '   '} ${lines[n - 1]}`);
  out.push('--------------------');
  return `${out.join('\n')}\n`;
}
