import { readdirSync, readFileSync } from 'node:fs';

/** The variable that marks a child and its descendants (they inherit it) for `stopChild`. */
export const CHILD_MARKER = 'DIFY_IMAGE_ACTION_CHILD';

/**
 * Stops every process that carries `CHILD_MARKER=<marker>` in its environment: the child this
 * process started and its descendants (a shell's children hold its pipes open). TERM, then KILL
 * after a grace period. @actions/exec owns the spawn and hands back no handle, so on Linux (where
 * Docker builds run) they are found in /proc by the marker, which no other process carries.
 * Elsewhere nothing is done: the runner ends a job's orphans when the job ends.
 */
export function stopChild(marker: string, graceMs: number): void {
  const tag = `${CHILD_MARKER}=${marker}`;
  const doomed: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(tag))
        doomed.push(Number(entry));
    } catch {
      // the process ended while we looked, or is not ours to read
    }
  }
  for (const pid of doomed) signal(pid, 'SIGTERM');
  setTimeout(() => doomed.forEach((pid) => signal(pid, 'SIGKILL')), graceMs).unref();
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}
