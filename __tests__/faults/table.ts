/**
 * Collects what the fault runs did and prints it as markdown after the file ran: a matrix of
 * request kind x fault (how many requests of that kind met the fault), and one row per run.
 */
import type { StepResult } from '../../scripts/runner.mjs';

interface Run {
  name: string;
  step: StepResult;
  faulted: number;
  retries: number;
  requests: number;
}

export class FaultTable {
  private readonly cells = new Map<string, Map<string, string>>();
  private readonly faults: string[] = [];
  private readonly runs: Run[] = [];

  /** `value` for request kind `kind` under `fault` (e.g. how many requests met it). */
  cell(kind: string, fault: string, value: string): void {
    if (!this.faults.includes(fault)) this.faults.push(fault);
    const row = this.cells.get(kind) ?? new Map<string, string>();
    row.set(fault, value);
    this.cells.set(kind, row);
  }

  run(name: string, step: StepResult, faulted: number, retries: number, requests: number): void {
    this.runs.push({ name, step, faulted, retries, requests });
  }

  markdown(): string {
    const matrix = [
      `| request kind | ${this.faults.join(' | ')} |`,
      `|---|${this.faults.map(() => '---:').join('|')}|`,
      ...[...this.cells].map(
        ([kind, row]) => `| ${kind} | ${this.faults.map((f) => row.get(f) ?? '').join(' | ')} |`,
      ),
    ];
    const runs = [
      '| run | outcome | faulted | retries | requests | ms |',
      '|---|---|---:|---:|---:|---:|',
      ...this.runs.map((r) => {
        const outcome =
          r.step.exitCode === 0 ? 'success' : `exit ${r.step.exitCode}: ${r.step.errors[0] ?? '(killed)'}`;
        return `| ${r.name} | ${outcome} | ${r.faulted} | ${r.retries} | ${r.requests} | ${Math.round(r.step.elapsedMs)} |`;
      }),
    ];
    const total = this.runs.reduce((ms, r) => ms + r.step.elapsedMs, 0);
    return [
      'Requests of each kind that met the fault (every run succeeded):',
      '',
      ...matrix,
      '',
      ...runs,
      '',
      `${this.runs.length} runs, ${(total / 1000).toFixed(1)} s in the action`,
    ].join('\n');
  }
}
