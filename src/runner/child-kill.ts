import { readdirSync, readFileSync } from 'node:fs';

/**
 * Finds the child this process started for `args` and stops it with its descendants (a shell's
 * children hold its pipes open): TERM, then KILL after a grace period. @actions/exec owns the
 * spawn and hands back no handle, so on Linux (where Docker builds run) the child is found in
 * /proc by its parent and its argv. Elsewhere, or when it is gone, nothing is done: the runner
 * ends a job's orphans when the job ends.
 */
export function stopChild(args: readonly string[], graceMs: number): void {
  const table = processTable();
  const child = table.find((p) => p.ppid === process.pid && endsWith(p.argv, args));
  if (!child) return;
  const doomed = [child.pid];
  for (let i = 0; i < doomed.length; i++) {
    for (const p of table) if (p.ppid === doomed[i]) doomed.push(p.pid);
  }
  for (const pid of doomed) signal(pid, 'SIGTERM');
  setTimeout(() => doomed.forEach((pid) => signal(pid, 'SIGKILL')), graceMs).unref();
}

interface ProcessEntry {
  pid: number;
  ppid: number;
  argv: string[];
}

function processTable(): ProcessEntry[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const table: ProcessEntry[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').slice(0, -1);
      table.push({ pid: Number(entry), ppid, argv });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/** The child may be a script that exec'd its interpreter: its argv then ends with ours. */
function endsWith(argv: readonly string[], args: readonly string[]): boolean {
  if (argv.length <= args.length) return false;
  const tail = argv.slice(argv.length - args.length);
  return tail.every((a, i) => a === args[i]);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}
